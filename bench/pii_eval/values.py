"""Seeded value generators: people, names in many shapes, phones, e-mails, dates, ages, identifiers,
cards, IBANs, IPs, URLs, organisations. Faker supplies the locale-specific raw material; the shapes
are ours. Every draw goes through the document's own `random.Random` and seeded Faker instances."""

from __future__ import annotations

import random
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from faker import Faker

from bench.pii_eval import ids, outside_names
from bench.pii_eval.core import Ent, ent
from bench.pii_eval.vocab import MONTHS

LOCALES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IE",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "pt_BR",
    "sv_SE",
    "no_NO",
    "fi_FI",
    "da_DK",
    "cs_CZ",
    "sl_SI",
    "hu_HU",
    "vi_VN",
)
# Where most documents' people live; the rest are spread over every locale.
WEIGHTS = {"en_US": 8, "en_GB": 4, "en_CA": 1, "en_AU": 1, "en_IE": 1}
_NL_PREFIX = ("van", "de", "van der", "van den", "van de", "de", "ter")
_BR_PREFIX = ("da", "dos", "de", "do")
_FREE_MAIL = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"),
    "en_GB": ("btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "gmail.com"),
    "de_DE": ("web.de", "gmx.de", "t-online.de"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net"),
    "it_IT": ("libero.it", "tiscali.it"),
    "pl_PL": ("wp.pl", "onet.pl", "o2.pl"),
    "cs_CZ": ("seznam.cz", "centrum.cz"),
    "pt_BR": ("uol.com.br", "bol.com.br"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl"),
    "sv_SE": ("telia.com",),
    "hu_HU": ("freemail.hu",),
}
_HOSPITALS = (
    "{c} General Hospital",
    "St. {s} Medical Center",
    "{c} Memorial Hospital",
    "{s} Regional Clinic",
    "University Hospital of {c}",
    "{c} Community Health Center",
    "Mercy {c} Hospital",
    "{s} Heart Institute",
    "Royal {c} Infirmary",
    "{c} Children's Hospital",
)
# Share of people whose first and/or last name comes from outside_names (names no Faker list has).
OUTSIDE_SHARE = 0.3
_SAINTS = ("Mary's", "Luke's", "Vincent's", "Joseph's", "Elizabeth", "Anne's", "Francis", "Jude")


@cache
def faker(locale: str) -> Faker:
    return Faker(locale)


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    female: bool
    loc: str


class Gen:
    """Everything a template draws, for one document."""

    def __init__(self, seed: int | str, locale: str | None = None):
        self.seed = seed
        self.rng = random.Random(f"gen/{seed}")
        self._seeded: set[str] = set()
        self.locale = locale or self.pick_locale()
        self.multi = False  # set once the document draws people from several locales

    # -- randomness
    def fake(self, loc: str | None = None) -> Faker:
        loc = loc or self.locale
        f = faker(loc)
        if loc not in self._seeded:
            f.seed_instance(f"{self.seed}/{loc}")
            self._seeded.add(loc)
        return f

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        out = "".join(str(self.rng.randrange(10)) for _ in range(n))
        return (str(self.rng.randrange(1, 10)) + out[1:]) if first_nonzero and n else out

    def fill(self, pattern: str) -> str:
        """`#` a digit, `%` a non-zero digit, `@` a capital letter; anything else as is."""
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(str(self.rng.randrange(10)))
            elif ch == "%":
                out.append(str(self.rng.randrange(1, 10)))
            elif ch == "@":
                out.append(chr(65 + self.rng.randrange(26)))
            else:
                out.append(ch)
        return "".join(out)

    def pick_locale(self) -> str:
        weighted = [loc for loc in LOCALES for _ in range(WEIGHTS.get(loc, 1))]
        return self.pick(weighted)

    def other_locales(self, n: int) -> list[str]:
        self.multi = True
        return self.rng.sample(LOCALES, n)

    # -- people and names
    def person(self, loc: str | None = None, female: bool | None = None) -> Person:
        loc = loc or self.locale
        f = self.fake(loc)
        female = self.chance(0.5) if female is None else female
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name_female() if female else f.last_name_male()
        middle = f.first_name_female() if female else f.first_name_male()
        if self.chance(OUTSIDE_SHARE):
            which = self.pick(("first", "last", "both"))
            if which != "last":
                first = self.pick(outside_names.female_first() if female else outside_names.male_first())
            if which != "first":
                last = self.pick(outside_names.last_names())
        if loc == "nl_NL" and self.chance(0.3) and " " not in last:
            last = f"{self.pick(_NL_PREFIX)} {last}"
        elif loc == "pt_BR" and self.chance(0.4):
            prefix = f"{self.pick(_BR_PREFIX)} " if self.chance(0.3) else ""
            last = f"{prefix}{f.last_name()} {last}"
        elif loc == "es_ES" and self.chance(0.6):
            last = f"{last} {f.last_name()}"
        elif self.chance(0.08):
            last = f"{last}-{f.last_name_female() if female else f.last_name_male()}"
        return Person(first, last, middle, female, loc)

    def name(self, p: Person, style: str | None = None) -> Ent | tuple:
        style = style or self.pick(("full",) * 6 + ("middle", "last_first", "LAST_FIRST", "initial", "UPPER"))
        text = {
            "full": f"{p.first} {p.last}",
            "middle": f"{p.first} {p.middle[0]}. {p.last}",
            "last_first": f"{p.last}, {p.first}",
            "LAST_FIRST": f"{p.last}, {p.first}".upper(),
            "initial": f"{p.first[0]}. {p.last}",
            "UPPER": f"{p.first} {p.last}".upper(),
            "lower": f"{p.first} {p.last}".lower(),
            "first": p.first,
            "first_lower": p.first.lower(),
            "last": p.last,
            "LAST": p.last.upper(),
            "FIRST": p.first.upper(),
        }[style]
        return ent(text, "PERSON")

    def title(self, p: Person) -> str:
        en = ("Ms. ", "Mrs. ", "Miss ") if p.female else ("Mr. ",)
        local = {
            "de_DE": ("Frau ",) if p.female else ("Herr ",),
            "fr_FR": ("Mme ",) if p.female else ("M. ",),
            "es_ES": ("Sra. ",) if p.female else ("Sr. ",),
            "it_IT": ("Sig.ra ",) if p.female else ("Sig. ",),
            "nl_NL": ("mevrouw ",) if p.female else ("de heer ",),
        }.get(p.loc, ())
        return self.pick(en + local) if local and self.chance(0.5) else self.pick(en)

    # -- contact details
    def phone(self, loc: str | None = None, ext: float = 0.1) -> Ent:
        loc = loc or self.locale
        if self.chance(0.2):
            text = self.fake(loc).phone_number()
        else:
            text = self.fill(self.pick(ids.PHONE_FORMATS.get(loc, ids.PHONE_FORMATS["en_US"])))
        if "x" not in text and self.chance(ext):
            text += self.pick((" x", " ext. ", " Ext ", " ext ", "x", " #")) + self.digits(
                self.rng.choice((2, 3, 4))
            )
        return ent(text, "PHONE_NUMBER")

    def email(self, p: Person | None = None, domain: str | None = None) -> Ent:
        if p is None:
            return ent(self.fake().email(), "EMAIL_ADDRESS")
        first, last = (ascii_fold(x).lower().replace(" ", "").replace("'", "") for x in (p.first, p.last))
        local = self.pick(
            (
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{last[0]}",
                f"{first}_{last}",
                f"{first}.{last}{self.rng.randrange(1, 99)}",
                f"{last}.{first}",
                f"{first}",
            )
        )
        domain = domain or self.pick(_FREE_MAIL.get(p.loc, _FREE_MAIL["en_US"]))
        return ent(f"{local}@{domain}", "EMAIL_ADDRESS")

    def org(self, loc: str | None = None) -> Ent:
        return ent(self.fake(loc).company().strip(), "ORGANIZATION")

    def domain_of(self, org: Ent) -> str:
        word = ascii_fold(org.text.split()[0]).lower().strip(",.-'&")
        tlds = ("com", "com", "co.uk", "de", "io", "net", "org", "eu")
        return f"{word or 'acme'}.{tlds[zlib.crc32(org.text.encode()) % len(tlds)]}"

    def hospital(self, city: str | None = None) -> Ent:
        city = city or self.pick(
            ("Springfield", "Riverside", "Lakewood", "Fairview", "Greenville", "Brookdale")
        )
        return ent(self.pick(_HOSPITALS).format(c=city, s=self.pick(_SAINTS)), "ORGANIZATION")

    # -- dates and ages
    def day(self, start: int = 2015, end: int = 2024) -> date:
        first = date(start, 1, 1)
        return first + timedelta(days=self.rng.randrange((date(end, 12, 31) - first).days))

    def date(self, d: date | None = None, style: str | None = None, dob: bool = False) -> Ent:
        d = d or (self.day(1926, 2006) if dob else self.day())
        return ent(fmt_date(d, style or self.pick(DATE_STYLES)), "DATE", dob=dob)

    def age(self, n: int | None = None) -> Ent:
        if n is None:
            n = self.rng.randrange(90, 104) if self.chance(0.12) else self.rng.randrange(18, 89)
        return ent(str(n), "AGE")

    # -- numbers
    def ident(self, kind: str, loc: str | None = None) -> Ent:
        # Some Faker national-number providers (es_ES nif) draw from the global `random`: seed it from
        # the document's rng for the call, so the document stays deterministic, and restore it after.
        state = random.getstate()
        random.seed(self.rng.getrandbits(64))
        try:
            return ent(ids.make(self, kind, loc or self.locale), "ID")
        finally:
            random.setstate(state)

    def ref(self, kind: str = "ticket", text: str | None = None) -> Ent:
        """A number that identifies a transaction or a thing, not a person (order, invoice, case,
        parcel, job, group, BIC, last four digits): tier "ignore", neither a leak nor over-masking."""
        return Ent(text or ids.make(self, kind, self.locale), "ID", "ignore")

    def card(self) -> Ent:
        return ent(ids.card(self), "CREDIT_CARD")

    def iban(self, loc: str | None = None) -> Ent:
        return ent(ids.iban(self, loc or self.locale), "IBAN_CODE")

    def ip(self) -> Ent:
        f = self.fake()
        text = self.pick((f.ipv4_public, f.ipv4_public, f.ipv4_private, f.ipv6))()
        return ent(text, "IP_ADDRESS")

    def url(self, p: Person | None = None) -> Ent:
        if p is not None and self.chance(0.5):
            slug = ascii_fold(f"{p.first}-{p.last}").lower().replace(" ", "-")
            return ent(f"https://www.linkedin.com/in/{slug}-{self.digits(4)}", "URL")
        f = self.fake()
        return ent(f"https://{f.domain_name()}/{f.uri_path()}?id={self.digits(6)}", "URL")


DATE_STYLES = (
    "m/d/yy",
    "mm/dd/yy",
    "mm/dd/yyyy",
    "m/d/yyyy",
    "iso",
    "d Month yyyy",
    "Month d, yyyy",
    "Mon d, yyyy",
    "Mon dth",
    "mm-dd-yy",
    "dd.mm.yy",
    "dd.mm.yyyy",
    "dd/mm/yyyy",
    "dd-Mon-yyyy",
    "d Mon",
    "Month d",
    "m/d",
    "the dth of Month",
    "Month dth, yyyy",
    "dd Mon yyyy",
    "d Month",
    "dd/mm/yy",
    "d Mon yyyy",
)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, style: str) -> str:
    month, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return {
        "m/d/yy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "mm/dd/yy": f"{d:%m/%d/%y}",
        "mm/dd/yyyy": f"{d:%m/%d/%Y}",
        "m/d/yyyy": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "d Month yyyy": f"{d.day} {month} {d.year}",
        "Month d, yyyy": f"{month} {d.day}, {d.year}",
        "Mon d, yyyy": f"{mon} {d.day}, {d.year}",
        "Mon dth": f"{mon} {_ordinal(d.day)}",
        "mm-dd-yy": f"{d:%m-%d-%y}",
        "dd.mm.yy": f"{d:%d.%m.%y}",
        "dd.mm.yyyy": f"{d:%d.%m.%Y}",
        "dd/mm/yyyy": f"{d:%d/%m/%Y}",
        "dd-Mon-yyyy": f"{d.day:02d}-{mon}-{d.year}",
        "d Mon": f"{d.day} {mon}",
        "Month d": f"{month} {d.day}",
        "m/d": f"{d.month}/{d.day}",
        "the dth of Month": f"{_ordinal(d.day)} of {month}",
        "Month dth, yyyy": f"{month} {_ordinal(d.day)}, {d.year}",
        "dd Mon yyyy": f"{d.day:02d} {mon} {d.year}",
        "d Month": f"{d.day} {month}",
        "dd/mm/yy": f"{d:%d/%m/%y}",
        "d Mon yyyy": f"{d.day} {mon} {d.year}",
    }[style]
