"""Numbers, addresses, dates and spellings said aloud, as speech-to-text writes them: voicemail
transcripts, call-centre recordings, dictated letters.

    "my new number is oh one six three two oh five three two five one"   -> PHONE_NUMBER
    "the card is three triple seven six double one eight ..."             -> CREDIT_CARD
    "hospital number four four three three two two nine"                   -> ID_NUMBER
    "the party's at one oh four dawn village", "forty nine station road"   -> STREET_ADDRESS
    "date of birth december the twentieth nineteen seventy three"          -> DATE_OF_BIRTH
    "l three t for tango seven f d for delta", "i v seven six three n x"   -> ZIP_CODE
    "b a n d y o p a d h y a y" (a name spelt out)                          -> PERSON

A run of number words counts when it holds at least six digits (phone numbers, cards, record
numbers; "oh one more thing" is no number), or four after a cue like "zip" or "postcode". A street
is a spoken number, at most three words and a street type. Spelt letters count from three on.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.structure import result

_UNITS = "zero|oh|nought|nil|one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TIMES = "double|triple|treble"
_DIGIT_WORD = lexicon.trie(f"{_UNITS}|{_TEENS}|{_TENS}|{_TIMES}|hundred|thousand")
_SEP = r"(?:[ \t]{0,40}[,-][ \t]{0,40}|[ \t]{1,40})"
# A run of number words ("plus four four zero one six one ...", "nine oh four, five nine two")
_RUN = regex.compile(
    rf"(?i)(?<![\w-])(?P<v>(?:plus[ \t]{{1,40}})?(?:{_DIGIT_WORD})"
    rf"(?:{_SEP}(?:and{_SEP})?(?:{_DIGIT_WORD})){{1,64}})(?![\w-])"
)
_WEIGHT = {
    **dict.fromkeys(_UNITS.split("|"), 1),
    **dict.fromkeys(_TEENS.split("|"), 2),
    **dict.fromkeys(_TENS.split("|"), 2),
    "double": 1,
    "triple": 2,
    "treble": 2,
    "hundred": 2,
    "thousand": 3,
}
_CARD = regex.compile(r"(?i)\b(?:card|visa|mastercard|amex|long[ \t]number)\b[^.\n]{0,30}$")
_ID = regex.compile(
    r"(?i)\b(?:number|no|nhs|hospital|account|acct|reference|ref|policy|member|membership|id|"
    r"passport|licen[cs]e|social[ \t]security|ssn|customer|patient|mrn)\b[^.\n]{0,20}$"
)
_PHONE = regex.compile(r"(?i)\b(?:phone|call|ring|mobile|cell|reach|text|whatsapp)\b[^.\n]{0,25}$")
_ZIP = regex.compile(
    r"(?i)\b(?:zip|zip[ \t]code|postcode|post[ \t]code|postal[ \t]code|eircode)\b[^.\n]{0,12}$"
)

# A street: "forty nine station road", "flat twenty three one fourteen church lane"
_NUMBER_PHRASE = rf"(?:{_DIGIT_WORD})(?:[ \t]{{1,40}}(?:and[ \t]{{1,40}})?(?:{_DIGIT_WORD})){{0,5}}"
_STREET_TYPE = lexicon.trie(
    r"street|avenue|road|drive|lane|boulevard|way|court|place|terrace|row|square|parkway|circle|"
    r"highway|heights|crescent|close|grove|gardens|walk|hill|alley|trail|plaza|mews|crossing|loop|"
    r"pike|village|park|green|rise|view|vale|summit|mountain|ridge|meadow|meadows|fields|wharf|quay|"
    r"gate|end|side|wood|woods|circus|parade|mount|hollow|estates|landing|springs|junction|cove"
)
_STREET = regex.compile(
    rf"(?i)(?<![\w-])(?P<v>(?:(?:flat|apartment|apt|unit|number)[ \t]{{1,40}})?{_NUMBER_PHRASE}[ \t]{{1,40}}"
    rf"(?P<name>(?:[^\W\d_][\w'’-]{{0,64}}[ \t]{{1,40}}){{0,2}}[^\W\d_][\w'’-]{{0,64}})[ \t]{{1,40}}"
    rf"(?:{_STREET_TYPE}))(?![\w-])"
)
_NOT_IN_STREET_NAME = lexicon.word_set(
    "the a an of to in on at by for from my your his her our their this that these those and or but "
    "is was are were be it its me you him them us up down off over into onto about past near "
    "hours minutes days weeks years times people pounds dollars euros miles"
)
_ORDINAL = lexicon.trie(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
# Any of the above said at all (a number word or an ordinal): else there is nothing more to find
_NUMBER_WORD = regex.compile(rf"(?i)(?<![\w-])(?:{_DIGIT_WORD}|{_ORDINAL})(?![\w-])")
_DAY = rf"(?:(?:twenty|thirty)[ \t-]{{1,40}})?(?:{_ORDINAL})|\d{{1,2}}(?:st|nd|rd|th)?"
_MONTH = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_YEAR = (
    rf"(?:nineteen|twenty)[ \t]{{1,40}}(?:(?:{_TENS})(?:[ \t-]{{1,40}}(?:{_UNITS}))?|{_TEENS}|hundred|oh"
    rf"[ \t]{{1,40}}(?:{_UNITS}))"
    rf"|two[ \t]{{1,40}}thousand(?:[ \t]{{1,40}}(?:and[ \t]{{1,40}})?(?:(?:{_TENS})(?:[ \t-]{{1,40}}"
    rf"(?:{_UNITS}))?|{_TEENS}|{_UNITS}))?"
    r"|(?:19|20)\d\d"
)
_DATE = regex.compile(
    rf"(?i)(?<![\w-])(?P<v>(?:(?:{_MONTH})[ \t]{{1,40}}(?:the[ \t]{{1,40}})?(?:{_DAY})"
    rf"|(?:the[ \t]{{1,40}})?(?:{_DAY})[ \t]{{1,40}}of[ \t]{{1,40}}(?:{_MONTH}))[ \t]{{0,40}},?"
    rf"[ \t]{{0,40}}(?:{_YEAR}))(?![\w-])"
)
_BIRTH = regex.compile(r"(?i)\b(?:birth|born|dob|d[ \t]o[ \t]b|birthday)\b[^.\n]{0,20}$")
# asked on the line before, answered on this one: "can you confirm your date of birth" /
# "00:03:00 customer: erm march first nineteen forty"
_BIRTH_ASKED = regex.compile(r"(?i)\b(?:birth|born|dob|birthday)\b[^\n]{0,40}\n[^\n]{0,40}$")
SPOKEN_DATE = _DATE

# Spelt out: letters one by one, each maybe with its word ("t for tango"); digits said among them
_LETTER = r"[a-zA-Z](?:[ \t]{1,40}(?:for|as[ \t]{1,40}in)[ \t]{1,40}[a-zA-Z]{1,64})?"
_SAID = rf"{_LETTER}|{lexicon.trie(_UNITS)}"
_SPELT = regex.compile(
    rf"(?<![\w'’-])(?P<v>(?:{_SAID})(?:[ \t]{{1,40}}(?:{_SAID})){{2,64}})"
    r"(?![\w'’-])",
    regex.IGNORECASE,
)
# Spelt with hyphens: "g-r-e-e-n-w-o-o-d"
_HYPHEN_SPELT = regex.compile(r"(?i)(?<![\w-])[a-z](?:-[a-z]){2,64}(?![\w-])")
_SAID_AS = regex.compile(r"(?i)(?<=\b[a-z])[ \t]{1,40}(?:for|as[ \t]{1,40}in)[ \t]{1,40}[a-z]{1,64}")


def _digits(run: str) -> int:
    return sum(_WEIGHT.get(w, 0) for w in regex.split(r"[\s,-]{1,40}", run.lower()))


class SpokenRecognizer(EntityRecognizer):
    """Identifiers said aloud (see the module's docstring)."""

    ENTITIES = (
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "ID_NUMBER",
        "ZIP_CODE",
        "STREET_ADDRESS",
        "DATE_OF_BIRTH",
        "DATE",
        "PERSON",
    )

    def __init__(self, language: str = "en"):
        super().__init__(
            supported_entities=list(self.ENTITIES), name="SpokenRecognizer", supported_language=language
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []

        def add(entity: str, start: int, end: int, score: float) -> None:
            if entity in entities:
                out.append(result(self, entity, start, end, score))

        for m in _SPELT.finditer(text):
            said = _SAID_AS.sub("", m["v"]).split()  # "t for tango" is one letter
            letters = [w for w in said if len(w) == 1 and w.isalpha()]
            if len(letters) < 2 or {c.lower() for c in letters} <= {"a", "i", "o"}:
                continue
            digits = len(said) - len(letters)
            if digits and len(said) >= 5:
                add("ZIP_CODE", m.start("v"), m.end("v"), 0.7)
            elif not digits and len(letters) >= 3:
                add("PERSON", m.start("v"), m.end("v"), 0.7)
        if "-" in text:
            for m in _HYPHEN_SPELT.finditer(text):
                # "g-r-e-e-n-w-o-o-d", not an acronym ("U-S-A", "F-B-I")
                if not set(m.group().lower()) <= {"a", "i", "o", "-"} and (
                    m.group().islower() or len(m.group()) >= 9
                ):
                    add("PERSON", m.start(), m.end(), 0.7)
        if not _NUMBER_WORD.search(text):  # no number said: no street, date or number run either
            return out
        for m in _STREET.finditer(text):
            name = m["name"].lower().split()
            if not any(w in _NOT_IN_STREET_NAME or w in _WEIGHT for w in name):
                add("STREET_ADDRESS", m.start("v"), m.end("v"), 0.7)
        for m in _DATE.finditer(text):
            before = text[max(0, m.start() - 90) : m.start()]
            birth = _BIRTH.search(before) or _BIRTH_ASKED.search(before)
            add("DATE_OF_BIRTH" if birth else "DATE", m.start("v"), m.end("v"), 0.7)
        for m in _RUN.finditer(text):
            value = m["v"].rstrip(" ,-")
            start, end = m.start("v"), m.start("v") + len(value)
            n = _digits(value)
            before = text[max(0, start - 40) : start]
            if _ZIP.search(before) and n >= 4:
                add("ZIP_CODE", start, end, 0.7)
            elif n >= 6:
                if _CARD.search(before):
                    add("CREDIT_CARD", start, end, 0.7)
                elif _ID.search(before) and not _PHONE.search(before):
                    add("ID_NUMBER", start, end, 0.7)
                else:
                    add("PHONE_NUMBER", start, end, 0.7)
        return out
