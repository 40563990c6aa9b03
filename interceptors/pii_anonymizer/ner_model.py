"""Our own small learned NER (model/ner/, made by train_ner.py), as one more recognizer.

It was trained offline on generated documents of bench/pii_eval's tune split and Faker's names, and
is shipped in the package: it is loaded from the directory beside this file, never downloaded.
`build_analyzer(..., learned_ner=...)` switches it on or off; ENABLED is the default.
"""

from __future__ import annotations

import threading
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.common.spacy_zone import MemoryZone, tokenizable
from interceptors.pii_anonymizer import lexicon, names, places
from interceptors.pii_anonymizer.structure import result

MODEL_DIR = Path(__file__).parent / "model" / "ner"
# On: with plausible() below it lowers leak on every split nobody tuned on (bench/pii_leak.py,
# ours-ner against ours-no-ner) and leaves the unit tests' ordinary texts alone.
ENABLED = True
SCORE = 0.6  # below spaCy's 0.85 and most rules: in a conflict their span wins
# The model's labels (bench/pii_eval's) -> the detector's entities.
ENTITY_OF = {"PERSON": "PERSON", "STREET_ADDRESS": "STREET_ADDRESS", "CITY": "LOCATION", "ID": "ID_NUMBER"}


# A model reads shapes, not meaning: what it marks is kept only when the value could be what it says.
_EDGE = " \t.,;:!?)(\"'"
_NOT_IN_NAME = regex.compile(r"[\d_@#/\\]|\p{L}\.\p{L}|\.(?:txt|py|js|json|csv|md|pdf|docx?)\b", regex.I)
# "InvoiceNumber", "cbc:RegistrationName": a field or tag name joined in PascalCase, where a name's
# inner capital follows a short prefix ("McDonald", "MacArthur", "DeShawn", "FitzGerald")
_PASCAL_CASE = regex.compile(r"\p{Lu}\p{Ll}{4,64}\p{Lu}\p{Ll}")
_SEPARATOR = regex.compile(r"[<>{}\[\]\"=|^;]{1,64}")
_NOT_IN_PLACE = regex.compile(r"[_@#/\\]")
_LATIN = regex.compile(r"\p{Latin}")
_VERSION = regex.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3}")
# A single name that is mainly an ordinary word ("mark", "joy", "rose", "early") only where spelled as
# a name; at a sentence's start a capital proves nothing ("Grace is needed here").
_LOWER_NAME_BELOW = 4.0
_START_NAME_BELOW = 4.3
_PLAIN_PLACE_FROM = 4.0  # "Quantity" in a table's heading, "reading" in a sentence


# What makes a lower-case word that is also a name ("joy", "june", "mark") a person: a speaker's
# label, someone told or thanked before it, or something done after it.
_DONE_AFTER = regex.compile(
    r"[ \t]{1,40}(?:[a-z]{1,64}ed|said|says|is|was|has|had|will|can|thinks|wants|went|got|came)\b"
)
_SPEAKER_AFTER = regex.compile(r"[ \t]{0,40}:")


def _said_of_a_person(text: str, start: int, end: int) -> bool:
    i = start  # only white space between the line's start and the name (read back, no copy)
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    if (i == 0 or text[i - 1] == "\n") and _SPEAKER_AFTER.match(text, end):
        return True
    before = max(0, start - 60)  # the cue is a few words before it ("tell my flatmate ")
    return bool(names.STRONG_BEFORE.search(text, before, start) or _DONE_AFTER.match(text, end))


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1  # back over spaces, quotes and brackets (not a copy of everything before it)
    while i >= 0 and text[i] in " \t\"'(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def plausible(entity: str, text: str, start: int, end: int) -> bool:
    """Whether the model's finding text[start:end] could be a value of `entity`."""
    value = text[start:end]
    words = lexicon.words(value)
    if entity == "ID_NUMBER":
        digits = sum(c.isdigit() for c in value)
        return digits >= 5 and not _VERSION.fullmatch(value)  # "5000 is the claim limit", "3.2.1"
    if entity == "STREET_ADDRESS":  # "ID: 42" and "streetAddressLine" are no street
        return any(len(w) > 1 for w in words) and (len(words) > 1 or any(c.isdigit() for c in value))
    if not words or not _LATIN.search(value) or names.is_false_name(value, entity):
        return False  # other scripts' places and names have rules of their own (cjk.py)
    one = words[0] if len(words) == 1 else None
    low = value.lower()
    if entity == "PERSON":
        if _NOT_IN_NAME.search(value) or _PASCAL_CASE.search(value):  # "self.value", "notes.txt"
            return False
        if one is None:
            return True
        if one.islower():
            if not lexicon.is_known_name(one):
                return False
            return lexicon.zipf(one) < _LOWER_NAME_BELOW or _said_of_a_person(text, start, end)
        return not _at_sentence_start(text, start) or lexicon.zipf(one.lower()) < _START_NAME_BELOW
    # LOCATION: a single ordinary word is a town only where a list of towns says so and it is capitalized
    if _NOT_IN_PLACE.search(value):  # "conv_XC91X9LF14" (a town may carry its postcode: "Halifax NS J1Y")
        return False
    if one is None:
        return True
    if one.islower():
        return places.is_town(value) and lexicon.zipf(low) < _PLAIN_PLACE_FROM
    return places.is_town(value) or lexicon.zipf(low) < _PLAIN_PLACE_FROM


def _pieces(text: str) -> list[tuple[int, int]]:
    """The parts of a finding between markup and field separators (tags, JSON, HL7's | and ^, ;):
    the model reads a line of a record as one span where each field is a value of its own."""
    out, start = [], 0
    for m in _SEPARATOR.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


class LearnedNerUnavailableError(RuntimeError):
    """The model's files are missing: the message says how to make them."""


def load_model(path: Path = MODEL_DIR):
    import spacy

    if not (path / "meta.json").is_file() or not (path / "ner").is_dir():
        raise LearnedNerUnavailableError(
            f"the learned NER model is missing from {path}: it ships in the repository; rebuild it "
            "offline with `python -m interceptors.pii_anonymizer.train_ner`, or build the analyzer "
            "with learned_ner=False. It is never downloaded."
        )
    return spacy.load(path)


class LearnedNerRecognizer(EntityRecognizer):
    """The model as a Presidio recognizer. It runs in the analyzing thread, beside spaCy's: measured
    in a thread of its own too, it was slower (the three threads contend for the GIL on two cores)."""

    ENTITIES = sorted(set(ENTITY_OF.values()))

    def __init__(self, language: str = "en", path: Path | None = None, score: float | None = None):
        self._path = MODEL_DIR if path is None else path
        self._score = SCORE if score is None else score
        self._lock = threading.Lock()
        super().__init__(
            supported_entities=list(self.ENTITIES), name="LearnedNerRecognizer", supported_language=language
        )

    def load(self) -> None:
        self.nlp = load_model(self._path)
        self.labels = {label: ENTITY_OF[label] for label in self.nlp.get_pipe("ner").labels}

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(entity, start, end) of every plausible finding in `text`."""
        if not text.strip():
            return []
        # One pipeline, perhaps several analyzing threads. In a memory zone: the words of a text are
        # forgotten once it is read (a service sees new names and numbers all day; spaCy's vocabulary
        # would keep every one of them), so the doc is used only inside it.
        with self._lock, MemoryZone(self.nlp):
            spans = [
                (
                    self.labels[span.label_],
                    part.start_char,
                    part.end_char,
                    text[part.start_char : part.end_char],
                )
                for span in self.nlp(tokenizable(text)).ents
                for part in names.line_parts(span)  # a name never runs over a line break
            ]
        out = []
        for entity, first, _, value in spans:
            for a, b in _pieces(value):  # "streetAddressLine>391 Lakeview Rd</…"
                start, end = _trimmed(text, first + a, first + b)
                if start < end and plausible(entity, text, start, end):
                    out.append((entity, start, end))
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not set(entities) & set(self.ENTITIES):
            return []
        found = self.find(text)
        return [result(self, e, start, end, self._score) for e, start, end in found if e in entities]
