"""Recognizers we add to Presidio's predefined ones, and the growing of address spans.

Presidio has no street-address recognizer and spaCy's small model finds cities and countries but
not streets, house numbers or postcodes, so an address in a prompt would reach the model mostly in
clear. These patterns find the street part; `grow_addresses` then widens it over the rest of the
address block (house number before it, flat/suite, postcode, city and country after it).
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import replace

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.places import grow_back, is_town

# Presidio compiles patterns case-insensitively by default; ours say where case does not matter.
_FLAGS = re.DOTALL | re.MULTILINE

_WORD = r"[^\W\d_][\w'’.-]{0,64}"
_CAP = r"[^\W\d_a-z][\w'’-]{0,64}"  # a word starting with a capital (or a non-Latin letter)
_NUM = r"(?<![\d/.-])\d{1,6}[A-Za-z]?(?:[/-]\d{1,4})?(?![/.]\d)"
_SUFFIX = lexicon.trie(
    r"street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl|"
    r"terrace|row|square|sq|parkway|pkwy|circle|cir|highway|hwy|heights|crescent|close|grove|"
    r"gardens|walk|hill|alley|trail|plaza|mews|crossing|loop|pike"
)
_PREFIX = (
    r"via|viale|vicolo|corso|rua|r\.|rue|bd\.?|boulevard|quai|cours|calle|c/|avenida|avda\.?|av\.|"
    # Spanish, Mexican, Italian, Portuguese, Brazilian and Romanian street types (Faker's lists)
    r"rambla|glorieta|urbanización|callejón|cañada|ronda|pasaje|cuesta|pasadizo|calzada|cerrada|"
    r"circuito|privada|prolongación|andador|retorno|borgo|contrada|rotonda|stretto|canale|ladeira|"
    r"estação|jardim|rodovia|setor|quadra|vila|viela|alameda|travessa|trecho|residencial|"
    r"condomínio|loteamento|aleea|intrarea|bulevardul|soseaua|drumul|strada|"
    r"piazza|praça|largo|strada|travessa|camino|carrer|paseo|plaza|chemin|allée|impasse|estrada|"
    r"alameda|trg|ul\.|ulica|al\.|aleja|pl\.|plac|os\.|nám\.|náměstí|námestie|ulitsa|prospekt|"
    r"sokak|jalan|jl\.|đường|phố|ngõ"
)
# "Via Roma 5" or "via Roma 5", not "VIA EMS FROM 361": a prefix as people write it.
# In capitals ("CALLE DE LA PAZ, 73") only the longer types: "AV." or "PL." in capitals is anything.
# As a trie ("[Vv]ia" written as "Via|via", then grouped by first letters): the same matches, a
# fifth of the cost of trying every alternative at every word.
_PREFIX_AS_WRITTEN = lexicon.trie(
    "|".join(
        [f"{p[0].upper()}{p[1:]}|{p[0]}{p[1:]}" for p in _PREFIX.split("|")]
        + [p.upper() for p in _PREFIX.split("|") if p.isalpha() and len(p) >= 4]
        + [r"RUE|RUA|UL\.|AL\.|VIA(?=\s{1,40}[A-Z]{1,64},?\s{1,40}\d)"]
    )
)
_COMPOUND = lexicon.trie(
    r"straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|vej|gade|stræde|allé|gatan|gata|"
    r"gate|vägen|väg|veien|vei|vegen|veg|stien|bakken|katu|tie|kuja|polku|laan|straat|gracht|"
    r"plein|kade|singel|ská|ova|ová|ulica|utca|út|körút|tér|cesta|sokak|caddesi|ulice|baan|haugen|åsen|"
    r"lia|svingen|tunet|plassen|dalen|berget|holmen|vika|brekka|jordet|skogen|toppen|marka|dreef|"
    r"hoven|pad|dijk|dyk|markt|wal|hof|park|plantsoen|vænget|parken|høj|toften|gården|stræde|"
    r"chaussee|steig|pfad|berg|feld|hain|kamp|stieg|brink|stig|backe|backen|torget|torg|"
    r"gränd|kuja|rinne|polku|raitti|tori|aukio|puistikko|kaari|ranta|mäki|tanhua"
)
_US_STATES = lexicon.trie(
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|AA|AE|AP"
)
_TYPE_WORD = lexicon.trie(
    r"utca|út|útja|körút|tér|köz|sor|ulica|ulice|cesta|trg|sokak|caddesi|bulvarı|straße|strasse|"
    r"gasse|allee|allé|platz|vej|gade|gata|gatan|vägen|veien|vegen|katu|tie|kuja|laan|straat|"
    r"gracht|weg|plein|kade|steeg|hof|ring|damm|chaussee|bulevar|avenija|prospekt|ulitsa|namesti|"
    r"náměstí|trida|třída|aleja|aleje|plac|osiedle|rynek"
)
# Street types of the US (USPS) and Australian postal lists, as Faker ships them, less those that are
# also common words after a number ("3 Key Points", "Top 10 Tips"): used only capitalized, after a
# number and a capitalized name ("371 Teresa Mountains", "10 Hobbs Frontage").
_AMBIGUOUS = """
Point Points Key Keys Light Lights Rest Run Union Unions Well Wells Course Club Mission Camp Fall
Top End Little Lower Upper Part Follow Turn Round Line Cross Front Break Edge Dip Block Access
Entrance Formation Ground Steps Strip Range Reach Ride Sound Subway Gap Link Pocket Lookout Outlook
Retreat Reserve Trailer Triangle Quad Bend Basin Branch Spring Springs Divide Common Center Centers
Station Port Ports Forge Lock Locks Neck Spur Spurs Radial Ramp Rapid Rapids Shoal Trace Track Loaf
Burg Burgs Cape Flat Flats Union Ville
Well Wall Ways Key Drives
"""
_AMBIGUOUS_TYPES = frozenset(_AMBIGUOUS.split())


def _street_types() -> str:
    from faker.providers.address.en_AU import Provider as Au
    from faker.providers.address.en_US import Provider as Us

    types = {t for t in (*Us.street_suffixes, *Au.street_suffixes) if " " not in t} - _AMBIGUOUS_TYPES
    return lexicon.trie("|".join(sorted(types, key=len, reverse=True)))


_TYPES = _street_types()
# Flat, floor and door, also as Hungarian, Swedish, German, Spanish, Italian and Czech write them
_UNIT = (
    r"(?:apt|apartment|suite|ste|unit|flat|floor|fl|fsz|em|ajtó|lgh|og|stg|piso|puerta|int|scala|byt|"
    r"tür)\.?\s{0,40}#?\s{0,40}\d{1,5}[A-Za-z]?"
)

ADDRESS_PATTERNS = [
    # 254 Damvergi Street, 50 Point Walter Road, 1719 Kamp St
    Pattern(
        "number_words_suffix",
        rf"(?i:\b{_NUM}\s{{1,40}}(?:{_WORD}\s{{1,40}}){{0,3}}"
        rf"(?:{_SUFFIX})\b\.?)",
        0.7,
    ),
    # 371 Teresa Mountains, 10 Hobbs Frontage, 202 W 3rd Street, 60 N. Main
    Pattern(
        "number_name_type",
        rf"\b{_NUM}\s{{1,40}}(?:[NSEW]\.?\s{{1,40}})?(?:\d{{1,3}}(?:st|nd|rd|th)\s{{1,40}})?"
        rf"(?:{_CAP}\s{{1,40}}){{1,3}}(?:{_TYPES}|{_TYPES.upper()})\b",
        0.7,
    ),
    Pattern(
        "number_ordinal_suffix",
        rf"(?i:\b{_NUM}\s{{1,40}}(?:[NSEW]\.?\s{{1,40}})?\d{{1,3}}(?:st|nd|rd|th)\s{{1,40}}"
        rf"(?:{_SUFFIX})\b\.?)",
        0.7,
    ),
    # Calle de Alcalá, 10, 2º izda.; Travessa do Comércio, 40, casa 2; Plaza España, 61
    Pattern(
        "prefix_words_comma_number",
        rf"\b(?:(?:{_PREFIX_AS_WRITTEN})\s{{1,40}}|C/\s?)(?:{_WORD}\s{{1,40}}){{0,5}}?{_WORD},\s{{0,40}}"
        rf"{_NUM}\b",
        0.7,
    ),
    # 32 chemin de Adam, 25 bis chemin Potier, 126, rue des Lilas, Số 88 Phạm Thế Hiển
    Pattern(
        "number_prefix_particles",
        rf"\b{_NUM}(?:,|\s{{1,40}}(?i:bis|ter))?\s{{1,40}}(?:{_PREFIX_AS_WRITTEN})\s{{1,40}}"
        rf"(?:(?i:de|du|des|de la|del|da|do|dos|das|di|della|la|le|les)\s{{1,40}})?"
        rf"(?:{_CAP}\s{{1,40}}){{0,3}}{_CAP}",
        0.7,
    ),
    Pattern(
        "vietnamese_number",
        rf"\b(?:Số|SỐ|số)\s{{1,40}}{_NUM}\s{{1,40}}"
        rf"(?:{_CAP}\s{{1,40}}){{0,3}}{_CAP}",
        0.7,
    ),
    # Via Leopardi 83, Rue de Bouillon 316, 8 Rue Hedi Labidi
    Pattern(
        "prefix_words_number",
        rf"\b(?:{_PREFIX_AS_WRITTEN})\s{{1,40}}"
        rf"(?:{_WORD}\s{{1,40}}){{0,4}}?{_NUM}\b",
        0.7,
    ),
    Pattern(
        "number_prefix_words",
        rf"\b{_NUM}\s{{1,40}}(?:{_PREFIX_AS_WRITTEN})\s{{1,40}}"
        rf"(?:{_CAP}\s{{1,40}}){{0,3}}{_CAP}",
        0.7,
    ),
    # Ulriksholmvej 46, Alingsåsvägen 42, Strojírenská 1006, Gosposka ulica 53
    # (the look-ahead first: only a word followed by a number is tried against the endings)
    Pattern(
        "compound_number",
        rf"(?i:\b(?:{_WORD}\s{{1,40}})?(?=[^\W\d_][\w-]{{0,64}}\s{{1,40}}\d)[^\W\d_][\w-]{{0,64}}?"
        rf"(?:{_COMPOUND})\s{{1,40}}{_NUM}\b)",
        0.7,
    ),
    # Rákóczi út 115a, Prešernova ulica 89, Åløkke Allé 65: the street type as a word of its own
    Pattern(
        "words_type_number",
        rf"(?i:\b(?:{_WORD}\s{{1,40}}){{1,3}}"
        rf"(?:{_TYPE_WORD})\s{{1,40}}{_NUM}\b)",
        0.7,
    ),
    # Apt. 910, Suite 026
    Pattern("unit", rf"(?i:\b{_UNIT}\b)", 0.6),
    # P.O. Box 50, PSC 2945, Box 1168, APO AA 72859, Unit 0143 Box 6349
    Pattern("po_box", r"(?i:\bp\.?\s?o\.?\s{1,40}box\s{1,40}\d{1,6}\b)|\bPOB\s{1,40}\d{1,6}\b", 0.7),
    # 7-34-7 Nishi-Shinjuku (Japan), Teheran-ro 8-gil (Korea), 81/3, Anna Salai (India)
    Pattern("japan_block", rf"\b\d{{1,2}}-\d{{1,3}}-\d{{1,4}}\s{{1,40}}{_CAP}", 0.7),
    Pattern("korea_road", r"\b[A-Z][a-z]{1,64}-(?:ro|gil|daero)\b(?:\s{1,40}\d{1,4}(?:-gil)?)?", 0.7),
    Pattern("india_door", rf"\b\d{{1,4}}/\d{{1,4}},\s{{1,40}}{_CAP}(?:\s{{1,40}}{_CAP}){{0,2}}", 0.6),
    Pattern(
        "india_road",
        rf"\b{_CAP}\s{{1,40}}(?:Salai|Marg|Nagar|Road|Gali|Chowk|Bagh|Layout|Colony"
        rf"|Sector)\b",
        0.55,
    ),
    # House 12, Plot 18 (Ring Road), Flat 4B, Erf 2231: where streets are not numbered
    Pattern(
        "house_plot",
        r"\b(?:House|HOUSE|Plot|PLOT|Erf|Stand|Flat|FLAT)\s{1,40}(?:No\.?\s{0,40})?\d{1,5}[A-Za-z]?\b",
        0.6,
    ),
    Pattern(
        "military",
        r"\b(?:(?:PSC|CMR|Unit)\s{1,40}\d{3,5},?\s{1,40}Box\s{1,40}\d{3,5}|[AFD]PO\s{1,40}A"
        r"[AEP]\s{1,40}\d{5}|"
        r"USN?S\s{1,40}[A-Z][a-z]{1,64})\b",
        0.7,
    ),
    # Hyderabad, WI 62297; Springfield IL 62704-1234
    Pattern(
        "city_state_zip",
        rf"\b{_CAP}(?:[ \t]{_CAP}){{0,2}},?[ \t]{{1,40}}(?:{_US_STATES})[ \t]{{1,40}}\d{{5}}(?:-\d{{4}})?\b",
        0.7,
    ),
    # 5961 Slovenčeva 62, 788 Fitjabraut 5: counts only next to a word like "address" or "lives"
    Pattern("number_names_number", rf"\b{_NUM}\s{{1,40}}(?:{_CAP}\s{{1,40}}){{1,3}}{_NUM}\b", 0.45),
]
# A street named without its number in a sentence: "our office on Park Row", "the one on
# václavské náměstí", "the flat on Vesterbrogade". The name ends in a street type, or is one word
# that no dictionary has.
_ON_CUE = lexicon.trie(
    r"office|offices|shop|store|flat|house|apartment|home|place|studio|clinic|restaurant|café|cafe|"
    r"bar|branch|one|live|lives|living|lived|located|situated|parked|building|practice|surgery|"
    r"salon|gym|hotel|hostel|room|address|parking|parked|park"
)
_PROSE_STREET = re.compile(
    rf"(?i:\b(?:{_ON_CUE})(?:[ \t]{{1,40}}(?:is|are|was|were|'s))?[ \t]{{1,40}}(?:on|down|along|off)"
    rf"[ \t]{{1,40}}(?:the[ \t]{{1,40}})?)"
    r"(?P<v>[^\W\d_][\w'’.-]{0,64}(?:[ \t]{1,40}[^\W\d_][\w'’.-]{0,64}){0,3})"
)
_TYPE_END = re.compile(rf"(?i:(?:{_COMPOUND}|{_TYPE_WORD})$)")
_TYPE_LAST = re.compile(rf"(?i:^(?:{_SUFFIX}|{_TYPE_WORD}|{_PREFIX})\.?$)")


def prose_streets(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _PROSE_STREET.search(text, pos)) is not None:
        pos = m.start("v")  # the words after a street may hold the next cue ("… and the shop on Avenyn")
        words = m["v"].split()
        for n in range(len(words), 0, -1):  # the longest run of words that reads as a street
            name = words[:n]
            if n > 1 and _TYPE_LAST.match(name[-1].rstrip(".,")) and not _TYPE_LAST.match(name[0]):
                break
            if (
                n == 1
                and not lexicon.is_ordinary(name[0].strip(".,"))
                and (
                    _TYPE_END.search(name[0].strip(".,"))
                    or name[0][0].isupper()
                    and not lexicon.zipf(name[0])
                )
            ):
                break
        else:
            continue
        value = " ".join(name).rstrip(".,")
        out.append((m.start("v"), m.start("v") + len(value)))
    return out


ADDRESS_CONTEXT = [
    "address",
    "live",
    "lives",
    "living",
    "street",
    "ship",
    "deliver",
    "located",
    "moved",
    "stop",
    "corner",
    "office",
    "visit",
    "meet",
]


class _EndingBeforeNumber:
    """A gate: a word ending in one of `endings` right before whitespace and a digit ("…vej 46"),
    looked for only in front of each such number (the endings tried at every letter cost more)."""

    _NUMBER = regex.compile(r"\s{1,40}\d", _FLAGS)

    def __init__(self, endings: str) -> None:
        self.ending = regex.compile(rf"(?i:(?:{endings}))\Z", _FLAGS)

    def search(self, text: str):
        for m in self._NUMBER.finditer(text):
            if self.ending.search(text, max(0, m.start() - 24), m.start()):
                return m
        return None


# What every match of these address patterns contains, found far more cheaply than the pattern
# itself is tried at every word: a text without it skips the pattern. Keep in step with the patterns.
ADDRESS_GATES: dict[str, object] = {
    "words_type_number": rf"(?i:\s(?:{_TYPE_WORD})\s{{1,40}}\d)",
    "compound_number": _EndingBeforeNumber(_COMPOUND),
    "city_state_zip": rf"[ \t](?:{_US_STATES})[ \t]{{1,40}}\d{{5}}",
    "india_road": r"\s(?:Salai|Marg|Nagar|Road|Gali|Chowk|Bagh|Layout|Colony|Sector)\b",
}


def address_recognizer(language: str) -> PatternRecognizer:
    return gated(
        PatternRecognizer(
            supported_entity="STREET_ADDRESS",
            name="StreetAddressRecognizer",
            patterns=ADDRESS_PATTERNS,
            supported_language=language,
            context=ADDRESS_CONTEXT,
            global_regex_flags=_FLAGS,
        ),
        ADDRESS_GATES,
    )


class _Gated:
    """A compiled pattern searched only in texts where its gate, a cheap search for something every
    match of the pattern contains, finds it: the same matches."""

    def __init__(self, pattern, gate) -> None:
        self.pattern, self.gate = pattern, gate

    def finditer(self, text: str, *args, **kwargs):
        if self.gate.search(text) is None:
            return iter(())
        return self.pattern.finditer(text, *args, **kwargs)


def gated(recognizer: PatternRecognizer, gates: dict[str, object]) -> PatternRecognizer:
    """`recognizer` with its patterns named in `gates` (pattern name -> a regex, or an object with a
    `search(text)`, that finds what every match of that pattern contains) compiled now, as Presidio
    compiles them (with `regex`), each behind its gate. The gated patterns are copies: Presidio's
    recognizers share theirs with every other instance (a stock AnalyzerEngine's too)."""
    flags = recognizer.global_regex_flags
    patterns = []
    for pattern in recognizer.patterns:  # type: ignore[has-type]
        gate = gates.get(pattern.name)
        if gate is not None:
            gate = regex.compile(gate, flags=flags) if isinstance(gate, str) else gate
            pattern = copy.copy(pattern)
            pattern.compiled_regex = _Gated(regex.compile(pattern.regex, flags=flags), gate)
            pattern.compiled_with_flags = flags
        patterns.append(pattern)
    recognizer.patterns = patterns  # type: ignore[has-type]
    return recognizer


def _url_start(regex_text: str) -> str:
    # The schema-less URL pattern (up to 253 host characters, then one of ~1,000 top-level domains)
    # was tried from every character of a run like "a.a.a.…": 16 KB took 13 s. It now starts only
    # where a host name can; a match inside a run of host characters is never the leftmost anyway.
    if regex_text.startswith("(?i)((www"):
        return r"(?i)(?<![a-z0-9.\-])" + regex_text.removeprefix("(?i)")
    return regex_text


def _email_local_part(regex_text: str) -> str:
    # The local part ran on without a bound from every word boundary of "a.a.a.…@": 8 KB took 3 s.
    # It is at most 64 characters long (RFC 5321), a domain's labels 63 (RFC 1035).
    local, at, domain = regex_text.partition("[@]")
    domain = domain.replace(r"\w+", r"\w{1,63}").replace("-+", "-{1,63}").replace(")*", "){0,16}")
    return local.replace("{0,}", "{0,62}") + at + domain.replace(")+", "){1,16}")


# Presidio's own patterns that took time quadratic in a crafted text (as pinned in pyproject.toml):
# recognizer -> a rewrite of its patterns' text that keeps every match of ordinary length.
PRESIDIO_REWRITES = {"UrlRecognizer": _url_start, "EmailRecognizer": _email_local_part}


def linear_presidio(recognizer: PatternRecognizer) -> PatternRecognizer:
    """`recognizer` with its patterns rewritten by PRESIDIO_REWRITES; copies, as in `gated`."""
    rewrite = PRESIDIO_REWRITES.get(recognizer.name)  # type: ignore[has-type]
    if rewrite is None:
        return recognizer
    patterns = []
    for pattern in recognizer.patterns:  # type: ignore[has-type]
        if (text := rewrite(pattern.regex)) != pattern.regex:
            pattern = copy.copy(pattern)
            pattern.regex, pattern.compiled_regex = text, None
        patterns.append(pattern)
    recognizer.patterns = patterns  # type: ignore[has-type]
    return recognizer


# The same for Presidio's own pattern recognizers (as pinned in pyproject.toml): pattern name -> what
# every match contains ("::" or ":" for IPv6 shapes, "@" for an e-mail, a letter next to a digit for
# a driver's licence, runs of digits for passports and licences).
PRESIDIO_GATES: dict[str, dict[str, object]] = {
    "IpRecognizer": {"IPv4_mapped": "::", "IPv4_embedded": ":", "IPv6": ":", "IPv6_unspecified": "::"},
    "EmailRecognizer": {"Email (Medium)": "@"},
    "UsLicenseRecognizer": {
        "Driver License - Alphanumeric (weak)": r"[A-Z][0-9]|[0-9][A-Z]|\][0-9]",
        "Driver License - Digits (very weak)": r"[0-9]{6}",
    },
    "UsPassportRecognizer": {
        "Passport (very weak)": r"[0-9]{9}",
        "Passport Next Generation (very weak)": r"[0-9]{8}",
    },
    "MedicalLicenseRecognizer": {"USA DEA Certificate Number (weak)": r"[a-zA-Z]\d{7}"},
}


def postcode_recognizer(language: str) -> PatternRecognizer:
    """US ZIP and UK postcodes; a bare five-digit number counts only next to "zip" or "postcode"."""
    return PatternRecognizer(
        supported_entity="ZIP_CODE",
        name="PostcodeRecognizer",
        supported_language=language,
        patterns=[
            Pattern("zip", r"\b\d{5}(?:-\d{4})?\b", 0.2),
            Pattern("uk_postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b", 0.5),
        ],
        context=["zip", "postcode", "postal", "post code"],
        global_regex_flags=_FLAGS,
    )


class _TrieDenyListRecognizer(PatternRecognizer):
    """Presidio's deny-list recognizer, its alternation of values compiled as a trie: the same
    matches, without trying every value at every word."""

    def _deny_list_to_regex(self, deny_list: list[str]) -> Pattern:
        values = lexicon.trie("|".join(regex.escape(value) for value in deny_list))  # as Presidio escapes
        return Pattern(
            name="deny_list", regex=rf"(?:^|(?<=\W))({values})(?:(?=\W)|$)", score=self.deny_list_score
        )


_AMBIGUOUS_COUNTRIES = {"Jordan", "Chad", "Turkey", "Georgia", "Jersey", "Guinea", "China", "Niger", "Panama"}


@functools.cache
def countries() -> frozenset[str]:
    """Country names, from Faker's English list, and the usual short forms."""
    from faker.providers.address.en import Provider

    names = {c.split(" (")[0] for c in Provider.countries}
    return frozenset(names | {"USA", "U.S.A.", "UK", "England", "Scotland", "Wales", "United States"})


def is_country(text: str) -> bool:
    return text.strip() in countries()


def country_recognizer(language: str) -> PatternRecognizer:
    """Country names (spaCy's small model misses many), so that a country's line joins its address
    block; names that are also common first names or words (Jordan, Chad, Turkey, ...) are left to
    spaCy. A country alone is no identifier: the detector drops it unless it joined an address."""
    names = countries() - _AMBIGUOUS_COUNTRIES
    return _TrieDenyListRecognizer(
        supported_entity="LOCATION",
        name="CountryRecognizer",
        supported_language=language,
        deny_list=sorted(names, key=len, reverse=True),
        deny_list_score=0.6,
        global_regex_flags=_FLAGS,
    )


def phone_shape_recognizer(language: str) -> PatternRecognizer:
    """Presidio's phone recognizer reports only numbers `phonenumbers` deems valid, so reserved or
    mistyped ones (+1 415-555-0134) reach the model. These patterns catch phone-shaped numbers too:
    three separated digit groups (dates and versions don't fit), or two groups next to a word like
    "phone" or "call" (the context lifts them over the threshold)."""
    # Not inside a longer number or word; not shaped like a US SSN or a date.
    lead = (
        r"(?<![\w+./:-])(?<!\d,)(?!\d{3}-\d{2}-\d{4}(?!\d)|\d{4}-\d\d-\d\d|\d\d[-./]\d\d[-./]\d{4}"
        r"|\d{1,2}([-./])\d{1,2}\1\d{2}(?![\d./-]))"
        r"(?:\+\d{1,3}[ \t.-]?(?:\(0\)[ \t]?)?)?"
    )
    return PatternRecognizer(
        supported_entity="PHONE_NUMBER",
        name="PhoneShapeRecognizer",
        supported_language=language,
        global_regex_flags=_FLAGS,
        patterns=[
            Pattern(
                "three_groups",
                lead + r"(?:\(\d{1,5}\)[ \t.-]?|\d{2,5}[ \t.-])\d{2,4}[ \t.-]\d{2,4}"
                r"(?:[ \t.-]\d{2,4}){0,2}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w.,/:-]?\d)",
                0.6,
            ),
            # "+" then digits: a phone number, even when the digits pass a card's checksum
            Pattern("international_run", r"(?<![\w+])\+\d{8,15}(?!\d)", 1.0),
            Pattern(
                "two_groups_or_run",
                lead + r"(?:\(\d{2,5}\)[ \t]?\d{5,8}|\d{2,5}[ \t-]\d{4,8}|\d{9,11})"
                r"(?![\w.,/:-]?\d)",
                0.35,
            ),
        ],
        context=[
            "phone",
            "call",
            "tel",
            "telephone",
            "mobile",
            "cell",
            "fax",
            "desk",
            "office",
            "number",
            "reach",
            "contact",
            "whatsapp",
            "sms",
            "text",
            "message",
            "answer",
            "dial",
            "ring",
        ],
    )


# Words that introduce a name in chat and letters: "my name is Csanád", "Dear Ms. Ágnes Kovács".
_NAME_CUES = lexicon.trie(
    r"my name is|my name's|name:|call me|calls me|i am|i'm|this is|dear|hi|hello|hey|thanks|"
    r"regards,|sincerely,|follow up with|talk to|speak to|ask|tell|meet|met|from|cc:?|"
    r"spoke to|spoke with|"
    r"speaking with|speaking to|chatting with|talked to|talking to|reporting to|reports to|"
    r"meeting w/|meeting with|signed by|on behalf of|attn:?|c/o|"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?"
)
_NAME = (
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)[^\W\d_a-z][^\W\d_]{1,64}"
    r"(?:[\s-]{1,40}(?:[A-Z]\.?\s{1,40})?[^\W\d_a-z][^\W\d_]{1,64}){0,3}"
)


_ONE_NAME = r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)[^\W\d_a-z][^\W\d_]{1,64}"
# Kinship and respect words said after a name: "Sonu uncle", "Jayalakshmi aunty", "Tanaka-san".
_HONORIFICS = lexicon.trie(
    r"uncle|aunty|auntie|ji|bhai|bhaiya|didi|sahab|saab|akka|amma|chacha|chachi|mami|nani|dadi|"
    r"san|sama|kun|chan|sensei|ssi|nim|jan|khanum|hanım|bey|abla|hoca|efendi"
)


class _NameCueRecognizer(PatternRecognizer):
    def invalidate_result(self, pattern_text: str) -> bool:
        """Not a name when it is only ordinary words ("CC: HYPERTENSION", "Dear Customer")."""
        first_line = pattern_text.split("\n", 1)[0]
        # after a cue a rare word is a name ("chatting with Faisal"), a common one is not
        return all(
            lexicon.is_ordinary(w) and lexicon.zipf(w.lower()) >= 3.0
            for w in lexicon.words(first_line) or [first_line]
        )


def name_cue_recognizer(language: str) -> PatternRecognizer:
    """A capitalized name right after a cue like "my name is" or "Dear", which spaCy's small model
    often misses for names it has not seen. Presidio matches with the `regex` module, which allows
    the variable-length look-behind."""
    return _NameCueRecognizer(
        supported_entity="PERSON",
        name="NameCueRecognizer",
        supported_language=language,
        patterns=[
            Pattern("after_cue", rf"(?<=(?:^|[\s,.;:!?(\"])(?i:{_NAME_CUES})[ \t]{{1,40}}){_NAME}\b", 0.6),
        ],
        global_regex_flags=_FLAGS,
    )


class _HonorificRecognizer(PatternRecognizer):
    def invalidate_result(self, pattern_text: str) -> bool:
        # "Good uncle", "Happy uncle day": a common word that is no first name
        return lexicon.is_common(pattern_text) or (
            lexicon.zipf(pattern_text.lower()) >= 4.0 and not lexicon.is_first_name(pattern_text)
        )


def honorific_recognizer(language: str) -> PatternRecognizer:
    """A capitalized word right before a kinship or respect word said after names ("Sonu uncle",
    "Jayalakshmi aunty", "Rahul ji", "Tanaka-san")."""
    return _HonorificRecognizer(
        supported_entity="PERSON",
        name="HonorificRecognizer",
        supported_language=language,
        patterns=[
            Pattern(
                "before_honorific",
                rf"\b{_ONE_NAME}(?=(?:[ \t]{{1,40}}|-)"
                rf"(?:{_HONORIFICS})\b)",
                0.6,
            )
        ],
        global_regex_flags=_FLAGS,
    )


# One line break: an address block ends at a blank line.
_LINE_BREAK = r"(?:[ \t]{0,40}(?:\r?\n|\\n)[ \t]{0,40})"
_SEP = rf"(?:[ \t]{{0,40}},[ \t]{{0,40}}{_LINE_BREAK}?|{_LINE_BREAK}|[ \t]{{1,40}})"
# Postcodes as countries write them: US ZIP (+4), four to six digits (most of Europe, Vietnam, India,
# Russia), 123 45 (SE, CZ), 1234-123 (PT), 12-345 (PL), 12345-678 (BR), 123-4567 (JP), 1234 AB (NL),
# UK, Canadian (K1A 0B1) and Irish Eircodes (A65 F4E2).
_POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?|\d{4,6}|\d{3}\s\d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{5}-\d{3}|\d{3}-\d{4}|"
    r"\d{4}[ \t]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
    r"[A-Z]\d[\dW][ \t]?[A-Z\d]{4})"
)
# House numbers (and a street name before a unit: "173 Kingsway Suite 210") on the same line.
_BEFORE = re.compile(
    rf"(?:(?i:the[ \t]{{1,40}}corner[ \t]{{1,40}}of[ \t]{{1,40}})?\b{_NUM}[ \t]{{1,40}}"
    rf"(?:{_CAP}[ \t]{{1,40}}){{0,3}}){{1,16}}$"
)
_PARTICLE = r"(?:de|da|do|dos|del|la|le|van|von|der|den|nad|pod|u|di|am|an|sur|upon)[ \t]{1,40}"
_PLACE = rf"{_CAP}(?:[ \t]{{1,40}}(?:{_PARTICLE})?{_CAP}){{0,3}}"  # Teixeira de Freitas, Ždár nad Sázavou
_NOT_CLOSING = r"(?!(?:Thanks|Thank|Regards|Best|Cheers|Sincerely|Kind|Hi|Hello|Dear|Yours)\b)"
_AFTER_PIECES = [
    re.compile(rf"\.?{_SEP}(?i:{_UNIT})\b\.?"),
    re.compile(r"[ \t]{0,40},?[ \t]{0,40}#[ \t]?\d{1,5}[A-Za-z]?\b"),  # 371 Teresa Mountains #7
    # a postcode, and the town after it: 3262 LARVIK, 30-134 Kraków
    re.compile(
        rf"\.?{_SEP}{_POSTCODE}(?:[ \t]{{1,40}}{_PLACE}(?:[ \t]{{1,40}}\d{{1,2}})?(?=[ \t]{{0,40}}(?:"
        rf"[,.;:!?)-]|\n|\\n|$)))?"
        r"(?![\w-])"
    ),
    # a district's number after its town ("Praha 8"), and a district after its town ("Praha 8 - Karlín")
    re.compile(r"(?<=[^\W\d_])[ \t]{1,40}\d{1,2}(?=[ \t]{0,40}(?:[-–,]|\n|\\n|$))"),
    re.compile(rf"(?<=\w)[ \t]{{1,40}}[-–][ \t]{{1,40}}{_PLACE}(?=[ \t]{{0,40}}(?:,|\n|\\n|$))"),
    re.compile(
        rf"[ \t]{{0,40}},[ \t]{{0,40}}{_PLACE}(?=\s{{0,40}}(?:[,.;:!?)]|\n|\\n|$"
        rf"|\s\d))"
    ),  # , Springfield.
    # a line of its own, right below
    re.compile(
        rf"[ \t]{{0,40}}(?:\n|\\n)[ \t]{{0,40}}{_NOT_CLOSING}{_PLACE}(?=[ \t]{{0,40}}(?:,|\n|\\n|$"
        rf"|\s\d))"
    ),
    re.compile(rf"{_SEP}[A-Z]{{2}}\b(?=\s{{0,40}}(?:,|\n|\\n|$|\s\d))"),
]
# A town between a street and its postcode, in whatever case: "cedar close, manchester, IV7 6NX",
# "hillside crescent, dublin 6, E67 0NF".
_TOWN_GAP = re.compile(
    r"[ \t]{0,40},[ \t]{0,40}[^\W\d_][^\W\d_'’.-]{0,64}(?:[ '’.-]{1,2}[^\W\d_][^\W\d_'’.-]{0,64}){0,2}(?:"
    r"[ \t]{1,40}\d{1,2})?"
    r"[ \t]{0,40},[ \t]{0,40}"
)
GROWS = frozenset({"STREET_ADDRESS"})
JOINS = frozenset({"STREET_ADDRESS", "LOCATION", "ZIP_CODE"})


def grow_addresses(text: str, findings: list) -> list:
    """Widen each street address over the rest of its address block, then join address and location
    findings that touch (separated by commas, spaces or line breaks only). `findings` are sorted,
    non-overlapping dataclasses with start, end and entity."""
    out: list = []
    for f in findings:
        if f.entity in GROWS:
            f = _grow(text, f, out[-1].end if out else 0)
        if out and out[-1].end >= f.start:  # grown into the previous finding
            prev = out[-1]
            if not (prev.entity in JOINS and f.entity in JOINS):
                if f.end > prev.end:  # else swallowed whole: masked as part of the address
                    out.append(replace(f, start=prev.end))
                continue
        elif not (
            out
            and out[-1].entity in JOINS
            and f.entity in JOINS
            and "STREET_ADDRESS" in (out[-1].entity, f.entity)
            and (
                re.fullmatch(_SEP, text[out[-1].end : f.start])
                or out[-1].entity == "STREET_ADDRESS"
                and f.entity == "ZIP_CODE"
                and _TOWN_GAP.fullmatch(text, out[-1].end, f.start)
            )
        ):
            out.append(f)
            continue
        prev = out.pop()  # join the two, and grow the address further from its new end
        joined = replace(
            f,
            start=min(prev.start, f.start),
            end=max(prev.end, f.end),
            entity="STREET_ADDRESS",
            score=max(prev.score, f.score),
        )
        out.append(_grow(text, joined, joined.start))
    return out


_LINK = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|el|na|am|an)"
# "Av de Carneiro, 205, 8.º Esq.": a Portuguese or Spanish number after a comma, then the floor and door
_FLOOR = r"\d{1,2}\.?[ºª°oa]?[ \t]{0,40}(?:[A-Z][a-z]{0,3}\.?|[A-Z])?"
_STREET_LINE = re.compile(
    rf"(?m)^[ \t]{{0,40}}(?P<v>(?:(?:Flat|Apt\.?|Unit|Suite)[ \t]{{0,40}}#?\d{{1,64}}[A-Za-z]?,?"
    rf"[ \t]{{1,40}})?"
    rf"(?:{_NUM}[ \t]{{1,40}}(?:{_CAP}[ \t]{{1,40}}){{0,3}}{_CAP}|{_CAP}(?:[ \t]{{1,40}}(?:{_CAP}"
    rf"|{_LINK})){{0,4}},?[ \t]{{1,40}}{_NUM}"
    # Quebec's "1410, avenue du Mont-Royal Est, bureau 401"
    rf"|{_NUM},[ \t]{{1,40}}(?i:rue|avenue|av\.|boulevard|boul\.|chemin|ch\.|place|route|rang|montée|côte"
    rf"|allée)"
    rf"(?:[ \t]{{1,40}}(?:{_CAP}|{_LINK}|des|d'\S{{1,64}})){{1,5}}"
    rf"(?:,[ \t]{{0,40}}(?i:bureau|app\.|appartement|suite|local)[ \t]{{0,40}}\d{{1,5}})?)"
    rf"(?:,?[ \t]{{0,40}}(?:#\d{{1,64}}|(?i:{_UNIT})|{_FLOOR}))?)[ \t]{{0,40}}[,.]?[ \t]{{0,40}}\n"
)
_PLACE_LINE = frozenset({"LOCATION", "ZIP_CODE", "STREET_ADDRESS"})


def streets_above_places(text: str, findings: list, make) -> list:
    """An address block's street line ("283 Kingsway #7", "Ceglana 109") right above a line that
    starts with a town or a postcode. `make(start, end)` builds the street's finding."""
    out = list(findings)
    for f in findings:
        line_start = text.rfind("\n", 0, f.start) + 1
        if f.entity not in _PLACE_LINE or text[line_start : f.start].strip() or line_start == 0:
            continue
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        m = _STREET_LINE.match(text, prev_start)
        if m is None or m.end() != line_start:
            continue
        start, end = m.span("v")
        inside = [o for o in out if not (o.end <= start or o.start >= end)]
        if all(start <= o.start and o.end <= end for o in inside) and not all(
            lexicon.is_common(w) for w in re.findall(r"[^\W\d_]{1,64}", m.group("v"))
        ):  # what was found inside the street line (a surname in its name, "Esq.") is part of it
            out = [o for o in out if o not in inside]
            out.append(make(start, end))
    return sorted(out, key=lambda f: f.start)


# "Triin Tamm, 13 — Pärnu mnt 10, 10829 Tallinn": on the postcode's own line, after a separator, the
# street before it
_STREET_BEFORE = re.compile(
    rf"(?:^|[—–|:;\t]|[ \t]-|[ ]{{2}}|\b(?i:at|is|to|in)[ \t])[ \t]{{0,40}}"
    rf"(?P<v>{_CAP}(?:[ \t]{{1,40}}[^\W\d_][\w'’.-]{{0,64}}){{0,4}}[ \t]{{1,40}}{_NUM}"
    rf"|{_NUM}[ \t]{{1,40}}(?:[^\W\d_][\w'’.-]{{0,64}}[ \t]{{1,40}}){{0,4}}{_CAP})[ \t]{{0,40}},"
    rf"[ \t]{{0,40}}$",
    re.MULTILINE,  # searched in a window of the line: "^" is the line's start, not the window's
)
_STREET_REACH = 1000  # no match of _STREET_BEFORE is longer


def streets_before_places(text: str, findings: list, make) -> list:
    """The street before a postcode and town on the same line, set off from what comes before it."""
    out = list(findings)
    for f in findings:
        if f.entity not in _PLACE_LINE or not text[f.start : f.start + 1].isdigit():
            continue
        # the line before it, at most _STREET_REACH back: a long line of addresses took time quadratic
        # in its length, searched from its start for each
        window = max(0, f.start - _STREET_REACH)
        newline = text.rfind("\n", window, f.start)
        m = _STREET_BEFORE.search(text, newline + 1 if newline >= 0 else window, f.start)
        if m is None:
            continue
        start, end = m.span("v")
        words = re.findall(r"[^\W\d_]{1,64}", m.group("v"))
        inside = [o for o in out if not (o.end <= start or o.start >= end)]
        if any(o.start < start or o.end > end for o in inside) or all(lexicon.is_common(w) for w in words):
            continue
        out = [o for o in out if o not in inside]  # a town or a surname in the street's name
        out.append(make(start, end))
    return sorted(out, key=lambda f: f.start)


def _grow(text: str, f, floor: int):
    before = _BEFORE.search(text, floor, f.start)
    start = grow_back(text, before.start() if before else f.start, floor)
    end = f.end
    for _ in range(8):
        for piece in _AFTER_PIECES:
            m = piece.match(text, end)
            if m and m.end() > end:
                end = m.end()
                break
        else:
            break
    return replace(f, start=start, end=end)


# A chat line's time stamp and speaker ("[13:31:11] Visitor: "), then the rest of an address typed
# over two messages: "am markt 7" / "freiburg im breisgau 04031", "cairns 9499", "rotterdam 4428 JK".
_STAMP_SPEAKER = (
    r"[ \t]{0,40}(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]{0,40})?(?:[^\n:]{1,40}:"
    r"[ \t]{1,40})?"
)
_TOWN_WORD = r"[^\W\d_][^\W\d_'’.-]{0,64}"
_TOWN_CODE_LINE = re.compile(
    rf"{_STAMP_SPEAKER}(?P<v>(?:{_TOWN_WORD}[ \t]{{1,40}}){{1,3}}{_POSTCODE}"
    rf"|{_POSTCODE}(?:[ \t]{{1,40}}{_TOWN_WORD}){{1,3}})"
    r"[ \t]{0,40}[.!]?[ \t]{0,40}$",
    re.MULTILINE,
)


_TOWN_AFTER = re.compile(
    r"[ \t]{0,40},?[ \t]{1,40}(?P<town>[^\W\d_][^\W\d_'’-]{0,64}(?:[ \t]{1,40}"
    r"[^\W\d_][^\W\d_'’-]{0,64}){0,2})"
)
_LINE_END = re.compile(r"[ \t]{0,40}(?:[.,;!?)]|$)", re.MULTILINE)


def places_below_streets(text: str, findings: list, make) -> list:
    """The town and postcode on the line right after a line that ends with a street address, also
    in a chat where each line has its speaker; a known town at the end of a street's line ("im at
    43 w 3rd street leeds"). `make(start, end)` builds the place's finding."""
    added = []
    for f in findings:
        if f.entity != "STREET_ADDRESS":
            continue
        m = _TOWN_AFTER.match(text, f.end)
        if m is not None and (span := _town_at_line_end(text, m)) is not None:
            added.append(span)
            continue
        eol = text.find("\n", f.end)
        if eol < 0 or text[f.end : eol].strip(" \t,.;"):
            continue
        m = _TOWN_CODE_LINE.match(text, eol + 1)
        if m is None or all(lexicon.is_common(w) for w in re.findall(r"[^\W\d_]{1,64}", m.group("v"))):
            continue
        added.append(m.span("v"))
    if not added:
        return findings
    taken = [(f.start, f.end) for f in findings]
    added = [(a, b) for a, b in added if all(b <= x or a >= y or a <= x and y <= b for x, y in taken)]
    out = [f for f in findings if not any(a <= f.start and f.end <= b for a, b in added)]
    out += [make(a, b) for a, b in added]
    return sorted(out, key=lambda f: f.start)


def _town_at_line_end(text: str, m: re.Match) -> tuple[int, int] | None:
    """The known town that `m`'s words start with, when only punctuation follows it on its line."""
    words = m["town"].split()
    for n in range(len(words), 0, -1):
        town = " ".join(words[:n])
        end = m.start("town") + len(" ".join(words[:n]))
        if text[m.start("town") : end] == town and is_town(town) and _LINE_END.match(text, end):
            return m.start("town"), end
    return None
