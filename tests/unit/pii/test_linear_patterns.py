"""The detector's time stays linear in the text: no pattern repeats without a bound, and spaCy never
reads a run long enough to take it quadratic time. (bench/pii_crafted.py measures the time.)"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
import regex
from presidio_analyzer import PatternRecognizer

import interceptors.pii_anonymizer as package
from interceptors.common.spacy_zone import PUNCT_RUN, RUN, tokenizable
from interceptors.pii_anonymizer import recognizers
from interceptors.pii_anonymizer.structure import Rule

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
}


def unbounded(pattern: str) -> list[str]:
    return [m.group(0) for m in _UNIT.finditer(pattern) if m.group(2)]


def _patterns():
    """(name, pattern text) of every compiled pattern of the detector's modules and recognizers."""
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("train_ner", "__main__"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for attr, value in vars(module).items():
            items = (
                value.items()
                if isinstance(value, dict)
                else enumerate(value)
                if isinstance(value, list | tuple)
                else [(None, value)]
            )
            for key, item in items:
                name = f"{info.name}.{attr}" + ("" if key is None else f"[{key!r}]")
                if isinstance(item, re.Pattern | regex.Pattern):
                    yield name, item.pattern
                elif isinstance(item, Rule):
                    yield name, item.pattern.pattern
                    if item.gate is not None:
                        yield name + ".gate", item.gate.pattern
    for make in (
        recognizers.phone_shape_recognizer,
        recognizers.address_recognizer,
        recognizers.postcode_recognizer,
        recognizers.country_recognizer,
        recognizers.name_cue_recognizer,
        recognizers.honorific_recognizer,
    ):
        recognizer: PatternRecognizer = make("en")
        for p in recognizer.patterns:
            yield f"{recognizer.name}:{p.name}", p.regex


PATTERNS = dict(_patterns())


def test_every_pattern_is_found():
    # the walk above sees the rules, the module patterns and the recognizers' patterns
    assert len(PATTERNS) > 250
    assert sum(name.startswith("structure.RULES") for name in PATTERNS) > 50
    assert sum(name.startswith("names.") for name in PATTERNS) > 30
    assert sum(":" in name for name in PATTERNS) > 15
    # and every pattern let through above still has an unbounded repeat: the list does not go stale
    for name in ANCHORED:
        assert any(unbounded(text) for n, text in PATTERNS.items() if n.split("[")[0] == name), name


def test_no_pattern_repeats_without_a_bound():
    # "phone" then 64 KB of spaces took 146 s: `[ \t]*[:#]?[ \t]*` after a cue tried every split of
    # the run; "0.1234 -0.5678 …" took 574 s (`\d[\d \t().-/]{5,}\d` from every digit). A bound
    # ({0,40} spaces, {1,64} letters, {0,16} repeats of a group) keeps each try short.
    offenders = {
        name: found
        for name, text in PATTERNS.items()
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


def test_the_url_recognizer_starts_only_where_a_host_can():
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    url = recognizers.url_starts(UrlRecognizer())
    found = lambda t: [t[r.start : r.end] for r in url.analyze(t, ["URL"])]  # noqa: E731
    assert found("visit www.example.com today") == ["www.example.com"]
    assert found("see https://foo.example.org/x?y=1 now") == ["https://foo.example.org/x?y=1"]
    assert found("site:example.com,") == ["example.com"]
    # a run of host characters is tried from its start only (from every character, 16 KB took 13 s)
    assert url.patterns[1].regex.startswith("(?i)(?<![a-z0-9.\\-])")
    assert UrlRecognizer.PATTERNS[1].regex.startswith("(?i)((www")  # Presidio's own are not changed
