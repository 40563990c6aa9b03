"""FRESH HELD-OUT TEMPLATES (fresh_d): do not read or tune on this file.

Written by a fourth independent author who read neither the detector nor the other held-out templates.
Genres: pharmacy labels, prior-authorisation requests, dental recalls, care-home incident reports,
immunisation YAML, physiotherapy SOAP notes with interpreters, CIOMS adverse-event reports, OCR'd home
visit forms; bank disputes, quoted reply threads, forwarded flight bookings, tenancy repairs,
solicitors' letters, insurance claim narratives, school absence e-mails, sign-in alerts sent to the
help desk; Discord and Telegram exports, Teams transcripts, voicemail transcriptions, call-centre QA
scorecards, GitHub issue threads, marketplace DMs, chatbot hand-offs; references, onboarding YAML,
disciplinary minutes, transcripts, markdown rosters, visa files, leaver forms, background checks; TSV
order exports, utility bills, hotel folios, small-claims forms, XML e-invoices, car rentals, mortgage
applications, police incident reports; attendee JSON, wedding guest tables, card lists, family-name-
first contacts, alumni XML, board minutes, semicolon CSVs and homestay itineraries.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, places, vocab
from bench.pii_eval.core import Ent, Registry, ent, lower, upper
from bench.pii_eval.values import Gen, Person, fmt_date

T = Registry()

US = ("mm/dd/yyyy", "m/d/yyyy", "m/d/yy", "Month d, yyyy", "Mon d, yyyy")
EU = ("dd/mm/yyyy", "dd.mm.yyyy", "d Month yyyy", "d Mon yyyy", "iso", "dd Mon yyyy")


# ---------------------------------------------------------------- helpers


def _style(g: Gen, loc: str | None = None) -> str:
    loc = loc or g.locale
    return g.pick(US) if loc in ("en_US", "en_CA") else g.pick(EU)


def _d(d: date, style: str) -> Ent:
    return ent(fmt_date(d, style), "DATE")


def _born(d: date, style: str) -> Ent:
    return ent(fmt_date(d, style), "DATE", dob=True)


def _dob(g: Gen, style: str | None = None) -> Ent:
    return g.date(style=style or _style(g), dob=True)


def _when(g: Gen, style: str | None = None) -> Ent:
    return g.date(style=style or _style(g))


def _wd(d: date) -> str:
    return vocab.WEEKDAYS[d.weekday()][:3]


def _clock(g: Gen, lo: int = 7, hi: int = 20) -> str:
    return f"{g.rng.randrange(lo, hi):02d}:{g.rng.randrange(60):02d}"


def _full(p: Person) -> Ent:
    return ent(f"{p.first} {p.last}", "PERSON")


def _first(p: Person) -> Ent:
    return ent(p.first, "PERSON")


def _last(p: Person) -> Ent:
    return ent(p.last, "PERSON")


def _lf(p: Person, sep: str = ", ") -> Ent:
    return ent(f"{p.last}{sep}{p.first}", "PERSON")


def _org(text: str) -> Ent:
    return ent(text, "ORGANIZATION")


def _country(text: str) -> Ent:
    return ent(text, "STATE_OR_COUNTRY")


def _xml(e: Ent) -> Ent:
    return Ent(e.text.replace("&", "&amp;").replace("<", "&lt;"), e.entity, e.tier)


def _json(e: Ent) -> Ent:
    return Ent(e.text.replace("\\", "\\\\").replace('"', '\\"'), e.entity, e.tier)


def _role_email(local: str, domain: str) -> Ent:
    """A team mailbox (claims@, office@): no one person's address, so neither a leak nor over-masking."""
    return Ent(f"{local}@{domain}", "EMAIL_ADDRESS", "ignore")


def _last4(g: Gen) -> Ent:
    return g.ref(text=g.digits(4))


def _quote(lines: list, prefix: str = "> ") -> tuple:
    """Each line (a tuple of pieces, or "" for a blank line) prefixed as a quoted reply."""
    out: list = []
    for line in lines:
        out += [prefix.rstrip() if line == "" else prefix, line, "\n"]
    return tuple(out)


def _cells(cells: list, sep: str, lead: str = "", trail: str = "") -> tuple:
    out: list = [lead]
    for i, c in enumerate(cells):
        out += [sep] * bool(i) + [c]
    return (*out, trail, "\n")


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spoken(g: Gen, phone: Ent) -> Ent:
    """A phone number as speech-to-text writes it: digit words, "oh" for some zeros, "double" pairs."""
    digits = [c for c in phone.text if c.isdigit()][-10:]
    words: list[str] = []
    i = 0
    while i < len(digits):
        word = "oh" if digits[i] == "0" and g.chance(0.5) else _ONES[int(digits[i])]
        if i + 1 < len(digits) and digits[i + 1] == digits[i] and g.chance(0.6):
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return ent(" ".join(words), "PHONE_NUMBER")


_IRISH_LAST = ("O'Sullivan", "O'Brien", "McCarthy", "MacNamara", "O'Connell", "McGuinness", "O'Donoghue")
_IRISH_LAST += ("Mac Giolla Phádraig", "Ó Súilleabháin", "McLoughlin", "O'Shaughnessy", "MacDermott")
_NL_TUSSEN = ("van der", "van den", "de", "van", "ter", "van 't")
_EAST = ("Chinese (pinyin)", "Korean", "Japanese", "Vietnamese")


def _irish(g: Gen) -> Person:
    p = g.person("en_IE")
    return Person(p.first, g.pick(_IRISH_LAST), p.middle, p.female, "en_IE")


def _spanish(g: Gen) -> Person:
    p, f = g.person("es_ES"), g.fake("es_ES")
    if " " not in p.last:
        p = Person(
            p.first, f"{p.last}{g.pick((' ', ' ', ' y '))}{f.last_name()}", p.middle, p.female, "es_ES"
        )
    return p


def _dutch(g: Gen) -> Person:
    p = g.person("nl_NL")
    if " " not in p.last:
        p = Person(p.first, f"{g.pick(_NL_TUSSEN)} {p.last}", p.middle, p.female, "nl_NL")
    return p


def _hyphen(g: Gen, loc: str | None = None) -> Person:
    p = g.person(loc)
    other = g.fake(p.loc).last_name()
    if "-" in p.last or " " in p.last or other == p.last:
        return p
    return Person(p.first, f"{p.last}-{other}", p.middle, p.female, p.loc)


_EAST_CC = {"Chinese (pinyin)": "CN", "Korean": "KR", "Japanese": "JP", "Indian": "IN", "Vietnamese": None}


def _asian_cc(g: Gen, culture: str | None = None) -> tuple[Person, str | None]:
    """A person from East or South Asia and the country code of their address (None: use places.py's
    vi_VN). `first` is the given name, `last` the family name."""
    culture = culture or g.pick(_EAST)
    if culture == "Vietnamese" and g.chance(0.5):
        return g.person("vi_VN"), None
    fem, male, fam = outside_names.culture(culture)
    female = g.chance(0.5) and bool(fem)
    given = fem if female else male
    loc = "vi_VN" if culture == "Vietnamese" else "en_US"
    return Person(g.pick(given), g.pick(fam), g.pick(given), female, loc), _EAST_CC[culture]


def _asian(g: Gen, culture: str | None = None) -> Person:
    return _asian_cc(g, culture)[0]


def _fam_first(p: Person, caps: bool = True) -> Ent:
    """Family name first, as East Asian names are written: "ZHOU Xiaoming"."""
    return ent(f"{p.last.upper() if caps else p.last} {p.first}", "PERSON")


def _mixed_people(g: Gen, n: int) -> list[tuple[Person, str | None]]:
    """People of many locales and name shapes (diacritics, particles, Irish O', double surnames,
    family-name-first), each with the country code of a hand-built address (see _far_address) or None
    for an address in their own locale."""
    makers = (
        lambda: (g.person(g.pick(g.other_locales(1))), None),
        lambda: (_spanish(g), None),
        lambda: (_dutch(g), None),
        lambda: (_irish(g), None),
        lambda: (_hyphen(g, g.pick(("en_GB", "de_DE", "fr_FR", "en_US"))), None),
        lambda: _asian_cc(g),
        lambda: _asian_cc(g, g.pick(("Indian", "Japanese", "Korean"))),
        lambda: (g.person(g.pick(("pl_PL", "cs_CZ", "hu_HU", "sl_SI", "fi_FI", "no_NO", "da_DK"))), None),
        lambda: (g.person(g.pick(("fr_FR", "de_DE", "it_IT", "pt_BR", "sv_SE"))), None),
    )
    g.multi = True
    return [g.pick(makers)() for _ in range(n)]


def _where(g: Gen, p: Person, cc: str | None) -> tuple[tuple, Ent]:
    """(one-line address with country, phone) for a person from _mixed_people."""
    if cc:
        return _far_address(g, cc)
    return places.one_line(_addr(g, p.loc), country=True), g.phone(p.loc, ext=0)


def _display(g: Gen, p: Person, cc: str | None) -> Ent:
    """The name as its owner writes it: family name first for China, Japan, Korea and Vietnam."""
    if cc in ("CN", "JP", "KR") or p.loc == "vi_VN":
        return _fam_first(p, caps=g.chance(0.5)) if g.chance(0.7) else _full(p)
    return _full(p)


# Hand-built addresses for countries places.py does not cover: (street, city, region, zip pattern, country)
_FAR_ADDRESSES = {
    "JP": (
        ("#-##-# Jingumae, Shibuya-ku", "Tokyo", "Tokyo", "150-00##", "Japan"),
        ("#-#-## Umeda, Kita-ku", "Osaka", "Osaka", "530-00##", "Japan"),
        ("##-# Nishiki 3-chome, Naka-ku", "Nagoya", "Aichi", "460-00##", "Japan"),
    ),
    "KR": (
        ("Apt 1##3, ## Teheran-ro 2#-gil, Gangnam-gu", "Seoul", None, "06###", "South Korea"),
        ("## Haeundae-ro, Haeundae-gu", "Busan", None, "48###", "Republic of Korea"),
    ),
    "IN": (
        ("Flat #B, ##th Cross, Indiranagar", "Bengaluru", "Karnataka", "5600##", "India"),
        ("##/# Linking Road, Bandra West", "Mumbai", "Maharashtra", "4000##", "India"),
        ("House No. ###, Sector ##", "Chandigarh", None, "1600##", "India"),
    ),
    "CN": (
        ("Room 1#0#, No. ## Century Avenue, Pudong New District", "Shanghai", None, "2001##", "China"),
        ("## Jianguo Road, Chaoyang District", "Beijing", None, "1000##", "China"),
    ),
}
_FAR_PHONES = {
    "JP": ("+81 3-####-####", "090-####-####", "+81 90 #### ####"),
    "KR": ("+82 10-####-####", "010-####-####", "+82 2-###-####"),
    "IN": ("+91 98### #####", "+91-99###-#####", "0##-2#######"),
    "CN": ("+86 138 #### ####", "+86 21 #### ####", "139########"),
}


def _far_address(g: Gen, cc: str | None = None) -> tuple[tuple, Ent]:
    """(one-line address pieces, phone) for Japan, Korea, India or China."""
    cc = cc or g.pick(tuple(_FAR_ADDRESSES))
    street, city, region, zip_pattern, country = g.pick(_FAR_ADDRESSES[cc])
    parts: list = [ent(g.fill(street), "STREET_ADDRESS"), ", ", ent(city, "CITY")]
    if region and region != city:
        parts += [", ", _country(region)]
    parts += [" ", ent(g.fill(zip_pattern), "ZIP_CODE"), ", ", _country(country)]
    return tuple(parts), ent(g.fill(g.pick(_FAR_PHONES[cc])), "PHONE_NUMBER")


def _addr(g: Gen, loc: str | None = None) -> places.Address:
    return places.address(g, loc)


# ================================================================ clinical_note


_PHARMACIES = (
    "Walgreens #0{n}",
    "CVS Pharmacy #{n}",
    "Walmart Pharmacy #{n}",
    "Rite Aid #{n}",
    "Costco Pharmacy",
    "Kroger Pharmacy",
)
_MAKERS = ("Teva", "Mylan", "Sandoz", "Aurobindo", "Zydus", "Accord")
_DIRECTIONS = (
    "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD",
    "TAKE 1 CAPSULE BY MOUTH AT BEDTIME",
    "TAKE 2 TABLETS BY MOUTH EVERY MORNING",
    "INHALE 2 PUFFS EVERY 4 TO 6 HOURS AS NEEDED FOR WHEEZING",
    "TAKE 1/2 TABLET BY MOUTH ONCE DAILY",
)


@T("clinical_note")
def fd_pharmacy_label(g: Gen, b) -> None:
    """A dispensing label and the pharmacist's counselling note, as typed out of a photo."""
    p, doc, rph = g.person(), g.person(), g.person()
    a = _addr(g, "en_US")
    store = _org(g.pick(_PHARMACIES).format(n=g.digits(4, first_nonzero=True)))
    filled = g.day(2021, 2024)
    drug = g.pick(vocab.DRUGS)
    b(store, "\n", places.one_line(_addr(g, "en_US")), "\n", "Ph: ", g.phone("en_US", ext=0), "\n\n")
    b("Rx# ", g.ref(text=g.digits(7, first_nonzero=True)), "    Filled: ", _d(filled, "mm/dd/yyyy"), "\n")
    b(upper(_lf(p, ", " if g.chance(0.6) else " ")), "\n")
    if g.chance(0.6):
        b("DOB ", _dob(g, "mm/dd/yyyy"), "\n")
    b(upper(places.one_line(a)), "\n\n")
    b(g.pick(_DIRECTIONS), "\n\n")
    b(f"{drug.upper()} {g.pick(vocab.DOSES).upper()} TAB   QTY: {g.pick((30, 60, 90))}   ")
    b(f"REFILLS: {g.rng.randrange(0, 6)}\n")
    b(
        "MFR: ",
        _org(g.pick(_MAKERS)),
        "    DISCARD AFTER: ",
        _d(filled + timedelta(days=365), "mm/dd/yyyy"),
        "\n",
    )
    b(
        "PRESCRIBER: ",
        upper(ent(f"{doc.first[0]}. {doc.last}", "PERSON")),
        ", MD   NPI ",
        g.ident("professional"),
    )
    b("\nCAUTION: Federal law prohibits the transfer of this drug to any person other than the patient\n")
    b("for whom it was prescribed. May cause drowsiness. Avoid alcohol.\n\n")
    b("--- counselling log ---\n")
    carer = g.person()
    b(_d(filled, "m/d"), f" {_clock(g)} ", _full(rph), ", RPh: new Rx. Counselled pt's ")
    b(g.pick(("daughter ", "son ", "husband ", "wife ", "carer ")), _first(carer), " at the counter re: ")
    b(f"{drug} and {g.pick(vocab.DRUGS)} interaction; advised to space doses. ")
    b("Call-back number on file ", g.phone(), ". Pt has ", g.pick(vocab.CONDITIONS), ".\n")


@T("clinical_note")
def fd_prior_auth_request(g: Gen, b) -> None:
    """A prior authorisation request for a specialty drug, typed into the payer's portal."""
    p, doc, coord = g.person(), g.person(), g.person(female=True)
    plan = _org(g.pick(("Aetna", "Cigna", "Humana", "Blue Cross Blue Shield of Texas", "UnitedHealthcare")))
    drug = g.pick(("Ozempic", "Humira", "Dupixent", "Entresto", "Jardiance", "Xeljanz"))
    tried = g.rng.sample(vocab.DRUGS, 2)
    st = _style(g, "en_US")
    start = g.day(2020, 2022)
    b("PRIOR AUTHORIZATION REQUEST — ", plan, "\n")
    b("Request type: Standard   Urgency: Non-urgent   Submitted: ", _when(g, st), "\n\n")
    b("MEMBER INFORMATION\n")
    b("Name: ", g.name(p, g.pick(("full", "last_first", "middle"))), "\n")
    b("Member ID: ", g.ident("member"), "    Group #: ", g.ref(text=g.fill("######")), "\n")
    b("DOB: ", _dob(g, st), "    Sex: ", "F" if p.female else "M", "\n")
    b("Phone: ", g.phone(), "\n\n")
    b("PRESCRIBER INFORMATION\n")
    b("Name: ", _full(doc), ", MD, ", g.pick(vocab.SPECIALISTS), "\n")
    b("NPI: ", g.ident("professional"), "    DEA: ", ent(g.fill("@@#######"), "ID"), "\n")
    b(
        "Office contact: ",
        _first(coord),
        " (PA coordinator) ",
        g.phone(ext=0.5),
        "    Fax: ",
        g.phone(ext=0),
        "\n\n",
    )
    b("MEDICATION REQUESTED\n")
    b(f"{drug} {g.pick(vocab.DOSES)} {g.pick(vocab.FREQS)} x 12 months\n")
    b("Diagnosis: E11.65 (Type 2 diabetes mellitus with hyperglycemia); I10\n\n")
    b("CLINICAL RATIONALE\n")
    b(
        f"{'Ms.' if p.female else 'Mr.'} ",
        _last(p),
        " is a ",
        g.age(),
        f"-year-old with {g.pick(vocab.CONDITIONS)}",
    )
    b(f" and {g.pick(vocab.CONDITIONS)}. Step therapy completed: {tried[0]} from ")
    b(ent(f"{vocab.MONTHS[start.month - 1]} {start.year}", "DATE"), " (GI intolerance) and ")
    b(f"{tried[1]} until {vocab.MONTHS[(start.month + 5) % 12]} (inadequate response). ")
    b(g.pick(vocab.FINDINGS), " on ", _when(g, st), ". Formulary alternatives are contraindicated.\n\n")
    b("Attestation: I certify the above is accurate.  Signed: ", _full(doc), "   Date: ", _when(g, st), "\n")


@T("clinical_note")
def fd_dental_recall(g: Gen, b) -> None:
    """A periodontal recall note: tooth numbers and probing depths everywhere, few of them PII."""
    p, rdh, dds, sub = g.person(), g.person(female=True), g.person(), g.person()
    seen = g.day(2021, 2024)
    st = _style(g)
    b(_org(g.pick(("Bright Smile Dental", "Riverside Family Dentistry", "Park Lane Dental Care"))))
    b(" — Perio maintenance / recall\n")
    b(
        "Pt: ",
        g.name(p, g.pick(("full", "last_first"))),
        "   Chart #",
        g.ident("mrn"),
        "   DOB ",
        _dob(g, st),
        "\n",
    )
    b("Seen ", _d(seen, st), " by ", _full(rdh), ", RDH; exam Dr. ", _last(dds), "\n\n")
    b(f"Med hx reviewed: {filler.conditions(g, 1)[0]}; takes {g.pick(vocab.DRUGS)}.")
    b(f" BP {g.rng.randrange(110, 160)}/{g.rng.randrange(65, 95)}.\n")
    teeth = g.rng.sample(range(1, 33), 4)
    b(
        f"Probing 2-3 mm generalized, {g.rng.randrange(4, 7)} mm #{teeth[0]} DL, "
        f"BOP #{teeth[1]}, #{teeth[2]}.\n"
    )
    b(f"Existing: #{teeth[3]} PFM crown, #{teeth[0]} MOD composite. Watch #{teeth[1]} O (incipient).\n")
    b("Prophy + OHI (floss threaders, Waterpik). Fl varnish applied. Pt tolerated well.\n")
    b(f"Tx plan: SRP UR/LR quads next visit; 4BWX due. Next recall {g.pick((3, 4, 6))} months.\n\n")
    b("Ins: ", _org(g.pick(("Delta Dental", "MetLife Dental", "Guardian", "Bupa Dental"))), " sub ID ")
    b(
        g.ident("member"),
        ", subscriber ",
        _full(sub),
        " (",
        g.pick(("spouse", "parent", "self-employed")),
        ")\n",
    )
    b("Confirmed cell ", g.phone(), "; text reminders OK. Appt card given for ", _appt_slot(g), ".\n")


def _appt_slot(g: Gen) -> str:
    return f"{filler.weekday(g)} {_clock(g, 8, 17)}"


@T("clinical_note")
def fd_care_home_incident(g: Gen, b) -> None:
    """A care home's fall incident report, UK style, with witnesses and family informed."""
    res, hca, nurse, rel, gp = g.person("en_GB"), g.person(), g.person(), g.person("en_GB"), g.person()
    home = _org(f"{g.pick(('Willow', 'Beech', 'Hawthorn', 'Meadowbank', 'Larchfield'))} House")
    when = g.day(2022, 2024)
    st = g.pick(EU)
    b("INCIDENT / ACCIDENT REPORT\n")
    b("Home: ", home, " Care Home   Unit: Nursing (first floor)   Room ", f"{g.rng.randrange(1, 40)}\n")
    b("Resident: ", g.name(res, g.pick(("full", "last_first"))), "   Age: ", g.age(g.rng.randrange(78, 103)))
    b("   NHS No: ", g.ident("nhs"), "\n")
    b("Date of incident: ", _d(when, st), "   Time: ", _clock(g, 0, 6), "\n")
    b("Type: Unwitnessed fall   Location: bedroom\n\n")
    b("Description: Resident found sitting on the floor beside the bed by HCA ", _full(hca))
    b(" during the 2-hourly check. Call bell not in reach. States ", "she" if res.female else "he")
    b(' "slid off trying to get to the ')
    b('toilet". No loss of consciousness reported. NEWS2 1. BM 6.4.\n')
    b("Injuries: bruise 4 x 3 cm left hip, skin tear left forearm (steri-strips applied).\n")
    b(
        "Witnesses: none to fall. Found by ",
        _first(hca),
        "; assisted by ",
        _full(nurse),
        " (RGN) using hoist.\n",
    )
    b(
        "Anticoagulant: ",
        g.pick(("Apixaban 2.5 mg BD", "Rivaroxaban 15 mg OD", "none")),
        ". Neuro obs commenced.\n\n",
    )
    b(
        "Next of kin informed: ",
        g.pick(("daughter ", "niece ") if rel.female else ("son ", "nephew ")),
        _full(rel),
        " on ",
        g.phone("en_GB"),
    )
    b(" at ", _clock(g, 7, 10), ".\n")
    b(
        "GP informed: Dr ",
        _last(gp),
        ", ",
        _org(f"{g.pick(('Parkside', 'Castle Street', 'The Limes'))} Surgery"),
    )
    b(", via 111 overnight.\n")
    b("Actions: sensor mat requested, bed lowered, falls risk assessment reviewed.\n\n")
    b("Completed by: ", _full(nurse), ", RGN   NMC PIN ", ent(g.fill("##@####@"), "ID"), "   ")
    b(_d(when, st), "\n")


@T("clinical_note")
def fd_immunisation_yaml(g: Gen, b) -> None:
    """A child's immunisation record exported as YAML from a practice system."""
    child, parent, nurse = g.person(), g.person(), g.person(female=True)
    a = _addr(g)
    born = g.day(2016, 2023)
    b("# exported from VaxTrack 4.2 — do not edit by hand\n")
    b("patient:\n")
    b("  name: ", _full(child), "\n")
    b("  dob: ", ent(born.isoformat(), "DATE", dob=True), "\n")
    b('  record_no: "', g.ident("mrn"), '"\n')
    b("  address:\n")
    b('    line1: "', a.street, '"\n')
    b('    city: "', a.city, '"\n')
    b('    postcode: "', a.zip, '"\n')
    b("  guardian:\n")
    b("    name: ", _full(parent), "\n")
    b("    relationship: ", g.pick(("mother", "guardian") if parent.female else ("father", "guardian")), "\n")
    b('    phone: "', g.phone(), '"\n')
    b("immunisations:\n")
    given = born
    for vaccine in g.rng.sample(
        ("DTaP-IPV-Hib-HepB", "PCV13", "MenB", "Rotarix", "MMR", "Hib/MenC", "Varicella"), 4
    ):
        given = given + timedelta(days=g.rng.randrange(40, 200))
        b(f"  - vaccine: {vaccine}\n")
        b(f"    lot: {g.fill('@@####')}\n")
        b("    date: ", ent(given.isoformat(), "DATE"), "\n")
        b(f"    site: {g.pick(('left thigh', 'right thigh', 'left deltoid', 'oral'))}\n")
        b("    given_by: ", g.name(nurse, g.pick(("full", "initial"))), "\n")
    b("notes: >\n")
    b(f"  Mild fever after {vaccine}, settled with paracetamol. Next due: pre-school booster.\n")


_LANGUAGES = {
    "pl_PL": "Polish",
    "pt_BR": "Portuguese",
    "es_ES": "Spanish",
    "hu_HU": "Hungarian",
    "cs_CZ": "Czech",
    "vi_VN": "Vietnamese",
    "it_IT": "Italian",
    "fr_FR": "French",
}


@T("clinical_note")
def fd_physio_soap(g: Gen, b) -> None:
    """A physiotherapy SOAP note for a patient seen with an interpreter."""
    loc = g.pick(tuple(_LANGUAGES))
    g.multi = True
    p, interp, pt = g.person(loc), g.person(loc), g.person()
    st = g.pick(EU)
    b("PHYSIOTHERAPY OUTPATIENTS — follow-up (", ent(fmt_date(g.day(2022, 2024), st), "DATE"), ")\n")
    b("Patient: ", g.name(p, g.pick(("full", "UPPER", "last_first"))), "   Hosp no. ", g.ident("mrn"), "\n")
    b(f"Interpreter: {_LANGUAGES[loc]}, in person — ", _full(interp), " (agency booking ", g.ref(), ")\n")
    side = g.pick(("right", "left"))
    b("\nS: ", _first(p), f" reports {side} knee pain 4/10 at rest, 7/10 on stairs. Sleeping better. ")
    b(f"Using {g.pick(vocab.DRUGS)} PRN. Wants to return to work ({g.pick(vocab.JOB_TITLES).lower()}) ")
    b("on ", _when(g, st), ".\n")
    b(f"O: ROM flexion 0-{g.rng.randrange(95, 130)}°, ext lag {g.rng.randrange(0, 8)}°. Quads 4/5. ")
    b("SLR independent. Gait: antalgic, 1 crutch.\n")
    b("A: Improving post-ACL reconstruction (week 9). Adherent to HEP.\n")
    b("P: Progress to step-ups, mini squats, static bike 10 min. Review in 2/52. ")
    b("Contact number checked with patient: ", g.phone(loc), ".\n\n")
    b("Signed: ", _full(pt), ", MCSP   HCPC ", ent(g.fill("PH######"), "ID"), "\n")


@T("clinical_note")
def fd_cioms_adverse_event(g: Gen, b) -> None:
    """A CIOMS-style suspected adverse reaction report from a trial site."""
    p, rep = g.person(), g.person()
    loc = g.locale
    a = _addr(g)
    st = g.pick(EU + US)
    onset = g.day(2021, 2024)
    suspect = g.pick(vocab.DRUGS)
    b("CIOMS FORM — SUSPECT ADVERSE REACTION REPORT\n")
    b(
        f"Protocol: {g.fill('@@@-###')}   Site: {g.fill('0###')}   Subject: ",
        ent(g.fill("###-####"), "ID"),
        "\n",
    )
    b("I. REACTION INFORMATION\n")
    b("1. Patient: ", g.name(p, g.pick(("full", "last_first", "UPPER"))), "   1a. Country: ")
    b(a.country, "\n")
    b("2. Date of birth: ", _dob(g, st), "   2a. Age: ", g.age(), "   3. Sex: ", "F" if p.female else "M")
    b("   4-6. Reaction onset: ", _d(onset, st), "\n")
    b("7+13. Describe reaction(s): ")
    b(
        g.pick(
            (
                "Angioedema of lips and tongue",
                "Grade 3 neutropenia",
                "Acute hepatitis",
                "Rash (maculopapular)",
            )
        )
    )
    b(f" {g.rng.randrange(2, 15)} days after dose escalation. Treated with {g.pick(vocab.DRUGS)}; ")
    b(
        f"{g.pick(('resolved', 'resolving', 'not resolved'))}. "
        f"Relevant tests: {filler.findings(g, 2, '; ')}.\n"
    )
    b("8-12. Seriousness: hospitalisation\n")
    b("II. SUSPECT DRUG(S)\n")
    b(f"14. {suspect} {g.pick(vocab.DOSES)} {g.pick(vocab.ROUTES)} {g.pick(vocab.FREQS)}   ")
    b(
        "18. Therapy dates: ",
        _d(onset - timedelta(days=g.rng.randrange(20, 200)), st),
        " to ",
        _d(onset, st),
        "\n",
    )
    b("III. CONCOMITANT DRUG(S) AND HISTORY\n")
    b(filler.meds(g, 2, "  "))
    b(f"23. History: {', '.join(filler.conditions(g, 2))}; {filler.history_year(g)}.\n")
    b("IV. MANUFACTURER / REPORTER\n")
    b("24a. Reporter: Dr ", _full(rep), ", ", g.hospital(), "\n")
    b(places.block(a, indent="     "))
    b("     Tel ", g.phone(loc), "   E-mail ", g.email(rep), "\n")
    b("24d. Report source: study   25a. Report type: initial   Date of this report: ", _when(g, st), "\n")


def _ocr(g: Gen, label: str) -> str:
    """A scanned form label with OCR's stray spaces."""
    if len(label) > 4 and g.chance(0.4):
        i = g.rng.randrange(1, len(label) - 1)
        return f"{label[:i]} {label[i:]}"
    return label


@T("clinical_note")
def fd_home_visit_ocr(g: Gen, b) -> None:
    """A home-health visit note scanned and OCR'd: capitals, stray spaces, fields broken over lines."""
    p, rn, cg = g.person("en_US"), g.person(), g.person("en_US")
    a = _addr(g, "en_US")
    st = g.pick(("mm/dd/yyyy", "m/d/yy", "mm/dd/yy"))
    seen = g.day(2021, 2024)
    phone = g.phone("en_US", ext=0)
    if g.chance(0.3):  # OCR read a zero as a letter O
        phone = ent(phone.text.replace("0", "O", 1), "PHONE_NUMBER")
    b("HOME  HEALTH  SKILLED  NURSING  VISIT   NOTE            PAGE  1  OF  2\n")
    b(_org(g.pick(("AMEDISYS", "VNS HEALTH", "BAYADA HOME HEALTH CARE", "ENCOMPASS HOME HEALTH"))), "\n\n")
    b(
        _ocr(g, "PATIENT NAME"),
        " :  ",
        upper(_lf(p)),
        "        ",
        _ocr(g, "MR"),
        " # : ",
        g.ident("mrn"),
        "\n",
    )
    b(_ocr(g, "ADDRESS"), ":  ", upper(a.street), "\n")
    b("          ", upper(a.city), ", ", a.region, "  ", a.zip, "\n")
    b(_ocr(g, "PHONE"), " :  ", phone, "       ", _ocr(g, "D O B"), " : ", _dob(g, st), "\n")
    b(_ocr(g, "VISIT DATE"), ": ", _d(seen, st), "   TIME IN: ", _clock(g, 8, 12), "   TIME OUT: ")
    b(_clock(g, 12, 17), "\n")
    b("CLINICIAN :  ", upper(_full(rn)), " ,  RN\n\n")
    b(
        f"VITALS: T 98.{g.rng.randrange(0, 9)}  P {g.rng.randrange(60, 100)}  R 18  "
        f"BP {g.rng.randrange(100, 170)}/"
    )
    b(f"{g.rng.randrange(60, 95)}  O2 {g.rng.randrange(90, 99)}% RA\n")
    b(f"WOUND: SACRAL STAGE 2, {g.rng.randrange(1, 4)}.{g.rng.randrange(10)} X 1.5 CM, PINK BASE, NO ODOR.\n")
    b("DRESSING: MEPILEX BORDER CHANGED. PT TOLERATED.\n")
    b("MEDS REVIEWED:  ", upper(filler.med(g)), " ; ", upper(filler.med(g)), "\n")
    b("TEACHING: TURNING Q2H, HEEL OFFLOADING, S/S INFECTION.\n")
    b(_ocr(g, "CAREGIVER"), ": ", upper(_full(cg)), " (", g.pick(("DAUGHTER", "SON", "SPOUSE", "NEIGHBOR")))
    b(")  CELL  ", g.phone("en_US", ext=0), "\n")
    b("NEXT VISIT: ", _d(seen + timedelta(days=g.rng.randrange(2, 8)), st), "\n")
    b("SIGNATURE:  ______________________   ", upper(ent(f"{rn.first[0]}. {rn.last}", "PERSON")), " RN\n")


# ================================================================ support_email


_MERCHANTS = (
    "AMZN Mktp US*2K4LM0",
    "SQ *BLUE BOTTLE COFFEE",
    "UBER *TRIP HELP.UBER.COM",
    "NETFLIX.COM",
    "PAYPAL *STEAMGAMES",
    "APPLE.COM/BILL",
    "TST* SHAKE SHACK 1123",
    "GOOGLE *YouTubePremium",
    "ALIEXPRESS.COM",
    "WWW.BOOKING.COM",
)


@T("support_email")
def fd_card_dispute(g: Gen, b) -> None:
    """A cardholder disputes charges with the bank: a pasted statement table, card and account numbers."""
    p = g.person()
    bank = g.org()
    a = _addr(g)
    st = _style(g)
    stmt = g.day(2022, 2024)
    b("To: ", _role_email("disputes", g.domain_of(bank)), "\n")
    b("Subject: Disputed transactions - card ending ", _last4(g), "\n\n")
    b("Dear ", bank, " Disputes Team,\n\n")
    b("I am writing to dispute the following transactions on my credit card ", g.card())
    b(", which appear on my statement dated ", _d(stmt, st), ":\n\n")
    b("| Date | Merchant | Amount |\n|---|---|---|\n")
    for i in range(g.rng.randrange(2, 5)):
        b("| ", _d(stmt - timedelta(days=3 + 4 * i), st), " | ")
        b(f"{g.pick(_MERCHANTS)} | {g.pick(('$', '£', '€'))}{g.rng.randrange(5, 900)}.{g.digits(2)} |\n")
    b("\nI did not make or authorise these payments. The card has been in my possession throughout and I ")
    b(f"noticed them in the {g.pick(('mobile app', 'monthly statement', 'text alerts'))}. ")
    b("I contacted the merchant on ", _d(stmt + timedelta(days=g.rng.randrange(1, 6)), st))
    b(" (their reference ", g.ref(), ") but they told me to go to my bank.\n\n")
    b(
        "Please block the card, issue a replacement and credit the amounts back to account ",
        g.ident("account"),
    )
    b(". For verification:\n\n")
    b("Cardholder: ", _full(p), "\n")
    b("Billing address: ", places.one_line(a), "\n")
    b("Date of birth: ", _dob(g, st), "\n")
    b("Daytime phone: ", g.phone(), "\n\n")
    b("Yours faithfully,\n", g.name(p, g.pick(("full", "middle"))), "\n")


@T("support_email")
def fd_quoted_thread(g: Gen, b) -> None:
    """A reply on top of two levels of quoted replies, with the attribution lines mail clients write."""
    x, y, z = g.person(), g.person(), g.person(female=True)
    org_x, org_y = g.org(), g.org()
    ex, ey = g.email(x, g.domain_of(org_x)), g.email(y, g.domain_of(org_y))
    d2 = g.day(2022, 2024)
    d1 = d2 - timedelta(days=g.rng.randrange(1, 6))
    d0 = d1 - timedelta(days=g.rng.randrange(1, 9))
    a = _addr(g)
    b("From: ", _full(x), " <", ex, ">\n")
    b("To: ", _full(y), " <", ey, ">\n")
    b("Cc: ", _full(z), " <", g.email(z, g.domain_of(org_x)), ">\n")
    b("Subject: Re: Re: Supplier onboarding - ", org_x, "\n\n")
    b("Hi ", _first(y), ",\n\n")
    b(
        "Perfect, thanks. I've copied in ",
        _first(z),
        " from our accounts team; she'll send the signed W-9 and ",
    )
    b("bank letter today. If anything gets stuck her direct line is ", g.phone(), ".\n\n")
    b("Best,\n", _first(x), "\n\n")
    b("On ", _wd(d1), ", ", _d(d1, "d Mon yyyy"), f" at {_clock(g)}, ", _full(y), " <", ey, "> wrote:\n")
    b(
        _quote(
            [
                ("Hi ", _first(x), ","),
                "",
                ("Thanks for the quick turnaround. Before we can raise the PO our AP team needs",),
                ("the remit-to address exactly as it should appear on payments. Is this right?",),
                "",
                *[("    ", *line) for line in places.lines(a, country=g.chance(0.5))],
                "",
                (f"Also, Net 30 or Net 45? Our standard is Net 45 on {g.pick(vocab.PRODUCT_LINES)}.",),
                "",
                ("Regards,",),
                (_full(y),),
                (g.pick(vocab.JOB_TITLES), " | ", org_y),
                ("M: ", g.phone()),
            ]
        )
    )
    b(">\n")
    b(
        _quote(
            [
                ("On ", _d(d0, g.pick(("m/d/yyyy", "dd/mm/yyyy", "d Mon yyyy"))), ", ", _full(x), " wrote:"),
                ("Hello - please find attached our supplier form and insurance certificate.",),
                ("Our tax ID is ", g.ident("tax"), ". Let me know what else you need."),
                (_first(x),),
            ],
            ">> ",
        )
    )


_AIRLINES = (
    ("Lufthansa", "LH", "MUC", "WAW"),
    ("KLM", "KL", "AMS", "BCN"),
    ("Aer Lingus", "EI", "DUB", "BOS"),
    ("Iberia", "IB", "MAD", "LIS"),
    ("British Airways", "BA", "LHR", "JFK"),
    ("Finnair", "AY", "HEL", "NRT"),
    ("SAS", "SK", "CPH", "OSL"),
)


def _pax(p: Person) -> Ent:
    """An airline's passenger name: KOWALSKI/JAN."""
    return ent(f"{p.last}/{p.first}".upper().replace(" ", ""), "PERSON")


@T("support_email")
def fd_forwarded_booking(g: Gen, b) -> None:
    """A flight confirmation forwarded to the travel desk, with passengers, passports and frequent flyers."""
    me, desk, mate = g.person(), g.person(), g.person()
    org = g.org()
    dom = g.domain_of(org)
    airline, code, frm, to = g.pick(_AIRLINES)
    out = g.day(2023, 2024)
    back = out + timedelta(days=g.rng.randrange(2, 12))
    sent = out - timedelta(days=g.rng.randrange(5, 60))
    pnr = g.ref(text=g.fill("@@@@@@"))
    b("From: ", _full(me), " <", g.email(me, dom), ">\n")
    b("To: ", _full(desk), " <", g.email(desk, dom), ">\n")
    b("Subject: Fwd: Your booking confirmation ", pnr, "\n\n")
    b("Hi ", _first(desk), ", forwarding the booking for the expense claim (cost centre ")
    b(f"{g.fill('4###')}). The second traveller is ", _full(mate), ", same project code.\n\n")
    b("Thanks, ", _first(me), "\n\n")
    b("---------- Forwarded message ---------\n")
    b("From: ", _org(airline), " Reservations\n")
    b("Date: ", _wd(sent), ", ", _d(sent, "Mon d, yyyy"), f" at {_clock(g)}\n")
    b("Subject: Your booking confirmation ", pnr, "\n")
    b("To: ", g.email(me, dom), "\n\n")
    b("Thank you for booking with ", _org(airline), ". Booking reference: ", pnr, "\n\n")
    b("PASSENGERS\n")
    for i, p in enumerate((me, mate), 1):
        title = "MS" if p.female else "MR"
        b(f"{i}. ", _pax(p), f" {title}\n")
        b("   Frequent flyer: ", f"{code} ", ent(g.fill("###########"[: g.rng.randrange(9, 12)]), "ID"), "\n")
        expiry = out + timedelta(days=g.rng.randrange(200, 3000))
        b("   Passport: ", g.ident("passport"), "   Expiry: ", _d(expiry, "dd Mon yyyy"), "\n")
    b("\nITINERARY\n")
    for d, (a, z) in ((out, (frm, to)), (back, (to, frm))):
        b(f"{code} {g.rng.randrange(100, 2999)}  {a} -> {z}  ", _d(d, "dd Mon yyyy"))
        b(f"  dep {_clock(g, 6, 12)}  arr {_clock(g, 12, 22)}  Economy Light, seat {g.rng.randrange(5, 40)}")
        b(f"{g.pick('ABCDEF')}\n")
    b("\nPAYMENT\nVisa ending ", _last4(g), f"  EUR {g.rng.randrange(180, 1400)}.{g.digits(2)}\n")
    b("Contact for disruption updates: ", g.phone(), "\n\n")
    b("Baggage: 1 x 8 kg cabin bag. Check-in opens 30 hours before departure.\n")


@T("support_email")
def fd_tenancy_repair(g: Gen, b) -> None:
    """A tenant reports a repair to the letting agent; the agent's one-line signature follows."""
    t, partner, agent = g.person("en_GB"), g.person("en_GB"), g.person("en_GB")
    agency = g.org("en_GB")
    a = _addr(g, "en_GB")
    b("Subject: Urgent repair - boiler at ", a.street, "\n\n")
    b("Dear ", g.title(agent), _last(agent), ",\n\n")
    b(
        "I'm the tenant at ",
        places.one_line(a),
        ". Since ",
        filler.weekday(g),
        " the boiler has been showing ",
    )
    b(
        f"fault code F{g.rng.randrange(20, 80)} and we have no heating or hot water. "
        "I've tried the reset in the "
    )
    b("manual (Vaillant ecoTEC plus) twice.\n\n")
    b("Our tenancy started on ", _when(g, g.pick(EU)), " and the deposit is protected with the DPS, ")
    b("certificate ", g.ref(text=g.fill("DPS-########")), ", in case you need it for the file.\n\n")
    b(
        "An engineer can get access on weekdays after 5pm or any time Saturday. Please call me on ",
        g.phone("en_GB"),
    )
    b(
        " or my partner ",
        _full(partner),
        " on ",
        g.phone("en_GB"),
        ". We have a 6-month-old so this is urgent.\n\n",
    )
    b("Kind regards,\n", _full(t), "\n\n")
    b("-----\n")
    b(_full(agent), " | Lettings Negotiator | ", agency, " | T: ", g.phone("en_GB"), " | E: ")
    b(g.email(agent, g.domain_of(agency)), "\n")
    b("Registered in England and Wales. Client Money Protection provided by ", _org("Propertymark"), ".\n")


_COURTS = ("County Court at Leeds", "County Court at Central London", "County Court at Manchester")


@T("support_email")
def fd_solicitor_letter(g: Gen, b) -> None:
    """A solicitor's letter before action, sent by e-mail, with references, registration and claim numbers."""
    sol, client, other = g.person("en_GB"), g.person(), g.person("en_GB")
    firm = _org(f"{g.fake('en_GB').last_name()} {g.pick(('& Co', 'Solicitors LLP', 'Law'))}")
    fa, oa = _addr(g, "en_GB"), _addr(g, "en_GB")
    st = g.pick(("d Month yyyy", "dd/mm/yyyy"))
    b(firm, "\n", places.block(fa), "\n")
    b("Our ref: ", g.ref(text=g.fill("@@@/####/##")), "    Your ref: ", g.ref(), "\n")
    b(_when(g, st), "\n\n")
    b("BY EMAIL ONLY: ", g.email(other), "\n\n")
    title = g.title(other)
    b(title, _full(other), "\n", places.block(oa), "\n")
    b("Dear ", title, _last(other), "\n\n")
    b("Our client: ", _full(client), "\n")
    b("Road traffic accident on ", _when(g, st), "\n\n")
    b("LETTER OF CLAIM\n\n")
    b("We are instructed by the above named in connection with a collision in which our client's vehicle, ")
    b("registration ", g.ident("vehicle"), ", was struck from behind by your vehicle, registration ")
    b(g.ident("vehicle"), ", while stationary at traffic lights.\n\n")
    b("Our client sustained a whiplash injury and has been treated with ", g.pick(vocab.DRUGS), " and ")
    b("physiotherapy. Please pass this letter to your insurers; your policy number is understood to be ")
    b(g.ident("policy"), ".\n\n")
    b("If we do not receive an acknowledgement within 21 days, proceedings may be issued in the ")
    b(_org(g.pick(_COURTS)), " without further notice.\n\n")
    b("Yours sincerely\n\n", _full(sol), "\nSolicitor, ", firm, "\nDirect dial: ", g.phone("en_GB"), "\n")
    b("Email: ", g.email(sol, g.domain_of(firm)), "\n")
    b(
        "Authorised and regulated by the ",
        _org("Solicitors Regulation Authority"),
        " (SRA No. ",
        g.ref(text=g.digits(6)),
        ")\n",
    )


@T("support_email")
def fd_insurance_claim_story(g: Gen, b) -> None:
    """A householder's escape-of-water claim, told as a story, with neighbour, plumber and bank details."""
    p, nb, plumber = g.person(), g.person(female=True), g.person()
    insurer = g.org()
    a = _addr(g)
    night = g.day(2022, 2024)
    st = _style(g)
    b(
        "To: ",
        _role_email("claims", g.domain_of(insurer)),
        "\nSubject: New claim - escape of water - policy ",
        g.ident("policy"),
    )
    b("\n\n")
    b("Hello,\n\nI'd like to make a claim under my home insurance with ", insurer, ". Policyholder: ")
    b(_full(p), ", ", places.one_line(a), ".\n\n")
    b("What happened: on the night of ", _d(night, st), " the flexi hose under the kitchen sink split. ")
    b("I was asleep and didn't notice until my downstairs neighbour ", _full(nb), " rang me at ")
    b(f"{_clock(g, 1, 5)} because water was coming through her ceiling light. I turned the stopcock off ")
    b("straight away.\n\n")
    b(
        f"Damage: oak flooring in kitchen and hall (about {g.rng.randrange(12, 40)} m2), "
        "kitchen base units, a "
    )
    b(_org("Bosch"), " dishwasher, and the neighbour's ceiling. She has her own insurer.\n\n")
    b(
        "An emergency plumber, ",
        _full(plumber),
        " from ",
        g.org(),
        ", fixed the leak the same morning (invoice ",
    )
    b(g.ref(), ", ", g.pick(("£", "$", "€")), f"{g.rng.randrange(120, 480)}). He can confirm the cause on ")
    b(g.phone(), ".\n\n")
    b("Photos attached. For settlement please pay ", _full(p), ", IBAN ", g.iban(), ".\n\n")
    b("Thanks,\n", _first(p), "\n", g.phone(), "\n")


@T("support_email")
def fd_school_absence(g: Gen, b) -> None:
    """A parent asks for term-time leave; the school office replies above the quoted request."""
    parent, child, teacher, office, head = (g.person("en_GB") for _ in range(5))
    other_rel = g.pick(("dad", "mum", "stepdad"))
    other = g.person("en_GB", female=other_rel == "mum")
    school = _org(
        f"{g.pick(('St Anne', 'Holy Trinity', 'Oakfield', 'Brookside', 'Kingsmead'))} Primary School"
    )
    a = _addr(g, "en_GB")
    st = "dd/mm/yyyy"
    leave = g.day(2023, 2024)
    sent = leave - timedelta(days=g.rng.randrange(7, 30))
    yr = g.rng.randrange(1, 7)
    b("Subject: RE: Leave of absence request - ", _full(child), f" (Year {yr})\n\n")
    b("Dear ", g.title(parent), _last(parent), ",\n\n")
    b("Thank you for your email. ", g.title(head), _last(head), " has reviewed the request. As the leave is ")
    b("for a family funeral it has been authorised as exceptional circumstances. Please make sure ")
    b(_first(child), " brings the reading folder back on return.\n\n")
    b("Kind regards\n\n", _full(office), "\nSchool Office, ", school, "\n")
    b(places.one_line(a), "\nTel: ", g.phone("en_GB"), "\nHeadteacher: ", _full(head), "\n\n")
    b("-----Original Message-----\n")
    b("From: ", _full(parent), " <", g.email(parent), ">\n")
    b("Sent: ", vocab.WEEKDAYS[sent.weekday()], ", ", _d(sent, "d Month yyyy"), f" {_clock(g)}\n")
    b("To: ", _role_email("office", g.domain_of(school)), "\n")
    b("Subject: Leave of absence request\n\n")
    b("Dear ", g.title(teacher), _last(teacher), ",\n\n")
    b(
        _first(child),
        f" (Year {yr}, Class {g.pick(('Oak', 'Willow', 'Rowan', 'Ash'))}) won't be in school from ",
    )
    b(_d(leave, st), " to ", _d(leave + timedelta(days=g.rng.randrange(2, 6)), st), " as we need to travel ")
    b("for my grandmother's funeral. I have filled in the form on the website. ", _first(child))
    b("'s UPN is ", ent(g.fill("@############"), "ID"), " if you need it.\n\n")
    b("If you need to reach me my mobile is ", g.phone("en_GB"), "; ", _first(child), "'s ")
    b(other_rel, " ", _full(other), " is on ", g.phone("en_GB"), ".\n\n")
    b("Many thanks,\n", _full(parent), "\n")


@T("support_email")
def fd_signin_alert_forward(g: Gen, b) -> None:
    """An employee forwards a suspicious sign-in alert to the service desk."""
    p, agent = g.person(), g.person()
    org = g.org()
    dom = g.domain_of(org)
    email = g.email(p, dom)
    when = g.day(2023, 2024)
    b("From: ", _full(p), " <", email, ">\n")
    b("Sent: ", vocab.WEEKDAYS[when.weekday()], ", ", _d(when, g.pick(("Month d, yyyy", "d Month yyyy"))))
    b(f" {_clock(g)}\n")
    b("To: IT Service Desk\nSubject: FW: Unusual sign-in activity\n\n")
    b("Hi, got this this morning - it wasn't me, I was at my desk the whole time. Can you reset my MFA and ")
    b("check my mailbox rules? Employee no. ", g.ident("employee"), ", mobile ", g.phone(), ".\n\n")
    b(_first(p), "\n\n")
    b("-----Original Message-----\n")
    b("From: ", _org("Microsoft"), " account team\n")
    b("Subject: Unusual sign-in activity\n\n")
    b(
        "We detected something unusual about a recent sign-in to the ",
        _org("Microsoft"),
        " account ",
        email,
        ".\n\n",
    )
    b("Sign-in details\n")
    b("Country/region: ", _country(g.pick(("Nigeria", "Russia", "Brazil", "Vietnam", "Romania"))), "\n")
    b("IP address: ", g.ip(), "\n")
    b("Date: ", _d(when, "m/d/yyyy"), f" {_clock(g, 0, 6)} (GMT)\n")
    b(
        f"Platform: {g.pick(('Windows', 'Android', 'iOS', 'Linux'))}\n"
        f"Browser: {g.pick(('Chrome', 'Firefox', 'Edge'))}\n\n"
    )
    b("If this was you, you can safely ignore this email. If not, secure your account.\n\n")
    b(
        "-- \nService desk note (",
        _full(agent),
        ", ",
        _d(when + timedelta(days=1), "dd/mm/yyyy"),
        "): MFA reset, ",
    )
    b("sessions revoked, ")
    b("inbox rule forwarding to ", g.email(), " removed. Ticket ", g.ref(), ".\n")


# ================================================================ chat_transcript


@T("chat_transcript")
def fd_discord_export(g: Gen, b) -> None:
    """A Discord channel export (DiscordChatExporter's plain-text format), lowercase gaming chat."""
    seller, buyer, mod = g.person(), g.person(), g.person()
    a = _addr(g)
    day = g.day(2022, 2024)
    stamp = f"{day.month}/{day.day}/{day.year}"
    names = {
        id(seller): g.name(seller, g.pick(("full", "first", "lower"))),
        id(buyer): g.name(buyer, g.pick(("full", "first", "first_lower"))),
        id(mod): g.name(mod, g.pick(("full", "first"))),
    }
    gpu = g.pick(("rtx 3070", "rx 6800", "rtx 4060 ti", "ps5 controller", "steam deck 512gb"))

    minute = [g.rng.randrange(8 * 60, 22 * 60)]

    def say(p: Person, *text) -> None:
        minute[0] = min(minute[0] + g.rng.randrange(0, 25), 23 * 60 + 59)
        h, m = divmod(minute[0], 60)
        clock = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        b("[", ent(stamp, "DATE"), f" {clock}] ", names[id(p)], "\n")
        b(*text, "\n\n")

    b("==============================================================\n")
    b("Guild: PC Builders UK\nChannel: Marketplace / #buy-sell-trade\n")
    b("==============================================================\n\n")
    say(buyer, f"anyone still got a {gpu}? budget like 250")
    say(seller, "ya mine's still up, collection only tho. barely used, no mining")
    say(buyer, "nice where abouts")
    say(seller, "dm'd u")
    say(mod, "reminder: no personal info in public channels pls, use DMs. also no paypal f&f")
    say(
        seller, "oops sorry. well its ", lower(a.street), " ", lower(a.city), " if anyone else wants it after"
    )
    say(buyer, "lol ok. can i come sat morning? my number is ", g.phone(), " text me when ur up")
    say(seller, "sat works. bring cash or revolut. im ", _first(seller), " btw")


@T("chat_transcript")
def fd_telegram_json(g: Gen, b) -> None:
    """A Telegram Desktop JSON export of a small group: ids, dates, names, free text."""
    people = [g.person() for _ in range(3)]
    uid = {id(p): ent(g.fill("%#########"), "ID") for p in people}
    a = _addr(g)
    day = g.day(2022, 2024)
    b('{\n "name": "Flat 4 ', g.pick(("house", "bills", "crew")), '",\n "type": "private_group",\n')
    b(' "id": ', g.ref(text=g.digits(10, first_nonzero=True)), ',\n "messages": [\n')
    lines = [
        (
            people[0],
            ("rent's going up ", g.pick(("£", "€", "$")), f"{g.rng.randrange(40, 150)} from next month btw"),
        ),
        (people[1], ("seriously?? who's the letter from",)),
        (people[0], ("the new agent, ", _json(_full(g.person())), ", number on it is ", g.phone())),
        (people[2], ("can someone send me the landlord's address for the council tax form",)),
        (people[0], (_json(_full(g.person())), ", ", *places.one_line(a))),
        (
            people[1],
            (
                "also my new email is ",
                g.email(people[1]),
                " for the bills spreadsheet",
            ),
        ),
        (people[2], ("ty",)),
    ]
    for i, (p, text) in enumerate(lines):
        t = day if i < 4 else day + timedelta(days=1)
        b("  {\n")
        b(f'   "id": {g.rng.randrange(20000, 90000)},\n   "type": "message",\n')
        b('   "date": "', ent(t.isoformat(), "DATE"), f'T{_clock(g)}:{g.rng.randrange(60):02d}",\n')
        b('   "from": "', _json(_full(p)), '",\n')
        b('   "from_id": "user', uid[id(p)], '",\n')
        b('   "text": "', *text, '"\n')
        b("  }", "," if i < len(lines) - 1 else "", "\n")
    b(" ]\n}\n")


@T("chat_transcript")
def fd_teams_transcript(g: Gen, b) -> None:
    """A Microsoft Teams meeting transcript (.docx pasted as text): speaker, timestamp, utterance."""
    host, eng, pm, cust = g.person(), g.person(), g.person(), g.person()
    client = g.org()
    day = g.day(2023, 2024)
    t = [0]

    def say(p: Person, *text) -> None:
        t[0] += g.rng.randrange(4, 60)
        b(_full(p), f"   {t[0] // 3600}:{t[0] // 60 % 60:02d}:{t[0] % 60:02d}\n", *text, "\n\n")

    b("Sprint 42 review - ", client, " rollout\n")
    b(_d(day, "Month d, yyyy"), f", {_clock(g, 9, 17)}\n\n")
    b(_full(host), " started transcription\n\n")
    say(host, "OK, I think we've got everyone. Can you all see my screen? Great.")
    say(
        eng,
        f"Yep. So the {g.pick(vocab.PRODUCTS)} integration is done, "
        "the SSO bit is still blocked on their IT.",
    )
    say(pm, "Who's our contact there now? Is it still ", _first(cust), "?")
    say(host, "Yes, ", _full(cust), ". She moved to the platform team but she's still the champion. ")
    say(host, "Her mobile's ", g.phone(), " if it's urgent, but email first, it's ", g.email(cust), ".")
    tool = g.pick(("Jira", "Confluence", "SharePoint"))
    say(
        eng,
        f"Cool. Then the only risk is the {tool} migration, still pencilled in for ",
        _when(g, "Month d"),
        ".",
    )
    say(pm, "I'll flag it in the steering deck. Can we get a test tenant before then?")
    say(host, "Thanks. Anything else? No? OK, thanks everyone.")
    b(_full(host), " stopped transcription\n")


@T("chat_transcript")
def fd_voicemail_transcripts(g: Gen, b) -> None:
    """Visual-voicemail transcriptions: caller ID, time, and the machine's unpunctuated text."""
    owner = g.person()
    b("Voicemail - ", _full(owner), " (", g.phone(ext=0), ")\n")
    b("3 new messages\n\n")
    callers = [g.person() for _ in range(3)]
    day = g.day(2023, 2024)
    roofer = g.org()
    for i, c in enumerate(callers):
        known = g.chance(0.6)
        b(f"[{i + 1}] From: ")
        phone = g.phone(ext=0)
        b(*((_full(c), " ", "(", phone, ")") if known else (phone,)), "\n")
        b("    Received: ", _d(day + timedelta(days=i // 2), "Mon d, yyyy"), f" {_clock(g, 8, 19)}")
        b(f"   Length: 0:{g.rng.randrange(12, 59)}\n")
        b('    Transcription (beta): "')
        if i == 0:
            b("hi this is ", lower(_first(c)), " calling from ", roofer, " about the quote for your roof um ")
            b("we can start on ", filler.weekday(g).lower(), " if that works give me a call back on ")
            b(_spoken(g, phone) if g.chance(0.7) else phone, " and quote reference ", g.ref(), " thanks bye")
        elif i == 1:
            b("hey ", lower(_first(owner)), " it's ", lower(_first(c)), " from the surgery your ")
            b(
                f"{g.pick(vocab.DRUGS).lower()} prescription is ready to collect also dr ",
                lower(_last(g.person())),
            )
            b(" wants to see you about the blood results so ring reception when you get this")
        else:
            b(
                "hello i'm calling for ",
                lower(_full(owner)),
                " this is ",
                lower(_full(c)),
                " i found a wallet ",
            )
            b("with your driving licence in it outside the station i'm at ", lower(_addr(g).street))
            b(" you can call me on ", _spoken(g, phone), " cheers")
        b('"\n\n')


@T("chat_transcript")
def fd_callcentre_qa(g: Gen, b) -> None:
    """A call-centre QA scorecard with the evaluated call's transcript excerpt and ID&V."""
    agent, qa, cust = g.person(), g.person(), g.person()
    company = g.org()
    a = _addr(g)
    day = g.day(2023, 2024)
    b("QA EVALUATION - Inbound Billing\n")
    b(
        "Call ID: ",
        g.ref(text=g.fill("CALL-########")),
        " | Date: ",
        _d(day, _style(g)),
        f" | Duration: 0{g.rng.randrange(3, 9)}",
    )
    b(f":{g.rng.randrange(60):02d}\n")
    b("Agent: ", _full(agent), " (", g.ident("employee"), ") | Evaluator: ", _full(qa), "\n\n")
    b("TRANSCRIPT EXCERPT\n")
    b(
        "AGENT: Thank you for calling ",
        company,
        ", my name's ",
        _first(agent),
        ", can I take your account number?\n",
    )
    b("CUSTOMER: Yeah, it's ", g.ident("account"), ".\n")
    b("AGENT: Thanks. And can you confirm your full name and the first line of your address?\n")
    b("CUSTOMER: ", _full(cust), ", ", a.street, ".\n")
    b("AGENT: And your date of birth please?\n")
    b("CUSTOMER: ", _dob(g, g.pick(("Month dth, yyyy", "the dth of Month", "d Month yyyy"))), ".\n")
    b("AGENT: Lovely, you're through security. How can I help?\n")
    b(f"CUSTOMER: Yeah so {filler.issue(g)}, and I've been on hold for forty minutes.\n")
    b(
        "AGENT: I'm sorry about that. I can see the payment, I'll raise a refund now, reference ",
        g.ref(),
        ".\n\n",
    )
    b("SCORES\n")
    b(f"Greeting 5/5 | ID&V {g.rng.randrange(2, 5)}/5 | Empathy {g.rng.randrange(2, 6)}/5 | ")
    b(f"Resolution {g.rng.randrange(3, 6)}/5 | Compliance PASS\n\n")
    b("COACHING NOTES\n")
    b("- Postcode (", a.zip, ") not verified before discussing the account: ID&V marked down.\n")
    b("- Good ownership. Use the customer's name (", g.title(cust), _last(cust), ") more than once.\n")
    b("- Offer the callback on the mobile on file (", g.phone(), ") when hold exceeds 10 minutes.\n")


@T("chat_transcript")
def fd_github_issue(g: Gen, b) -> None:
    """A GitHub issue thread pasted as markdown, with a log excerpt carrying a user's e-mail and IP."""
    rep, maint, other = g.person(), g.person(), g.person()
    opened = g.day(2023, 2024)
    email = g.email(rep)
    ip = g.ip()
    num = g.rng.randrange(1000, 9000)
    b(
        f"# Login fails with HTTP 500 after upgrading to "
        f"v2.{g.rng.randrange(1, 9)}.{g.rng.randrange(0, 9)} #{num}\n\n"
    )
    b("**", _full(rep), "** opened this issue on ", _d(opened, "Mon d, yyyy"), " · 3 comments\n\n")
    b("### Steps to reproduce\n1. Upgrade from 2.0.x\n2. Log in with an existing account\n3. 500\n\n")
    b("### Logs\n```\n")
    b(
        _d(opened, "iso"),
        f"T{_clock(g)}:{g.rng.randrange(60):02d}Z ERROR auth.session: login failed user=",
        email,
        " ip=",
        ip,
    )
    b(" reason=KeyError('tenant_id')\n")
    b(
        _d(opened, "iso"),
        f"T{_clock(g)}:{g.rng.randrange(60):02d}Z WARN  http: 500 POST /api/v2/login\n```\n\n",
    )
    b("### Environment\nUbuntu 22.04, Postgres 15, Docker 24.0.7\n\n---\n\n")
    b("**", _full(maint), "** commented on ", _d(opened + timedelta(days=1), "Mon d, yyyy"), "\n\n")
    b("> login failed user=", email, "\n\n")
    b("Thanks for the report. Heads-up: you've pasted your e-mail and IP, you may want to edit those out. ")
    b("Looks like the 2.1 migration didn't run. Can you try `manage.py migrate --fake-initial`?\n\n---\n\n")
    b("**", _full(other), "** commented\n\n")
    b("Same here on a fresh install. Our tenant admin is ", _full(g.person()), " if you need access to ")
    b("reproduce, ping me at ", g.email(other), ".\n\n---\n\n")
    b("**", _full(rep), "** commented\n\n")
    b("That fixed it, thanks! Closing.\n\n")
    b("**", _full(rep), "** closed this as completed\n")


@T("chat_transcript")
def fd_marketplace_dm(g: Gen, b) -> None:
    """Marketplace direct messages: lowercase, no punctuation, an address and numbers swapped."""
    seller, buyer = g.person(), g.person()
    a = _addr(g)
    item = g.pick(("pram", "bike", "sofa", "cot", "standing desk", "air fryer"))
    sn = g.name(seller, g.pick(("full", "first")))
    bn = g.name(buyer, g.pick(("full", "first")))
    rows = [
        (bn, f"hi is the {item} still available"),
        (sn, "yes still got it"),
        (bn, "can u do 80"),
        (sn, "85 and its yours"),
        (bn, "ok deal can i pick up tmrw after 6"),
        (sn, ("sure its ", lower(a.street), " ", lower(a.zip), " ring the bottom buzzer")),
        (bn, "whats ur number in case i get lost"),
        (sn, (g.phone(),)),
        (bn, ("ok mines ", g.phone(), " im ", lower(_first(buyer)), " btw")),
        (sn, "see u then"),
    ]
    b("Marketplace · ", g.name(seller, "full"), f" · {item.title()}\n\n")
    for who, text in rows:
        b(who, "\n", *((text,) if isinstance(text, str) else text), "\n")
    b("\nYou sent a ", g.pick(("£", "$", "€")), "85.00 payment request.\n")


@T("chat_transcript")
def fd_chatbot_handoff(g: Gen, b) -> None:
    """A retailer's chatbot hands the customer to an agent; verification and a delivery change."""
    cust, agent = _spanish(g) if g.chance(0.5) else g.person(), g.person()
    shop = g.org()
    a = _addr(g)
    day = g.day(2023, 2024)
    b("Chat transcript - ", shop, "\nStarted: ", _d(day, _style(g)), f" {_clock(g)}\n\n")
    b("Sage (virtual assistant): Hi! I'm Sage. How can I help today?\n")
    b("You: need to change the delivery address on order ", g.ref(text=g.fill("#########")), "\n")
    b("Sage (virtual assistant): I can help with that. To verify, what's the email on your account?\n")
    b("You: ", g.email(cust), "\n")
    b("Sage (virtual assistant): Thanks! Address changes need a person. Connecting you now...\n")
    b("--- ", _first(agent), " has joined the chat ---\n")
    b(_first(agent), ": Hi ", _first(cust), "! I can see the order, it hasn't left the warehouse yet. ")
    b("What's the new address?\n")
    b("You: ", places.one_line(a), "\n")
    b(_first(agent), ": Done. Is ", g.phone(), " still the best number for the courier?\n")
    b("You: no use ", g.phone(), " please\n")
    b(_first(agent), ": Updated. The card ending ", _last4(g), " won't be charged again. Anything else?\n")
    b("You: its under my full name ", _full(cust), " right? the old label had it wrong\n")
    b(_first(agent), ": Yes, ", _full(cust), ". All sorted!\n")
    b("--- ", _first(agent), " has left the chat ---\n")
    b("Rate your chat: ★★★★★\n")


# ================================================================ hr_record


def _month_year(d: date) -> Ent:
    return ent(f"{vocab.MONTHS[d.month - 1]} {d.year}", "DATE")


@T("hr_record")
def fd_employment_reference(g: Gen, b) -> None:
    """A former manager's employment reference letter."""
    emp, mgr = g.person(), g.person()
    org = g.org()
    a = _addr(g)
    st = _style(g)
    start = g.day(2012, 2019)
    end = start + timedelta(days=g.rng.randrange(400, 2500))
    she = "she" if emp.female else "he"
    b(org, "\n", places.block(a), "\n", _d(end + timedelta(days=g.rng.randrange(20, 400)), st), "\n\n")
    b("To whom it may concern,\n\n")
    b("Re: Employment reference - ", _full(emp), " (date of birth ", _dob(g, st), ")\n\n")
    b("I confirm that ", _full(emp), " was employed by ", org, " as a ", g.pick(vocab.JOB_TITLES), " from ")
    b(_d(start, st), " to ", _d(end, st), ", reporting to me. Payroll number ", g.ident("employee"), ".\n\n")
    b("During this time ", _first(emp), f" was reliable and well liked; {she} led our move to ")
    b(f"{g.pick(vocab.PRODUCTS)} and trained new starters in {g.pick(vocab.SKILLS)}. Sickness absence ")
    b(f"was {g.rng.randrange(0, 9)} days in the last 12 months. There were no disciplinary matters.\n\n")
    b(f"{she.capitalize()} left of {'her' if emp.female else 'his'} own accord and we would re-employ.\n\n")
    b("If you need anything further please call me on ", g.phone(ext=0.4), " or e-mail ")
    b(g.email(mgr, g.domain_of(org)), ".\n\n")
    b("Yours faithfully,\n\n", g.name(mgr, g.pick(("full", "middle"))), "\n", g.pick(vocab.JOB_TITLES), "\n")


@T("hr_record")
def fd_onboarding_yaml(g: Gen, b) -> None:
    """A new-hire provisioning request in YAML, as IT and HR pass it around."""
    p, mgr, buddy = g.person(), g.person(), g.person()
    a = _addr(g)
    start = g.day(2023, 2025)
    b("# onboarding request ", g.ref(text=g.fill("HR-#####")), " - generated by Workday connector\n")
    b("employee:\n")
    b('  legal_name: "', _full(p), '"\n')
    b("  preferred_name: ", _first(p), "\n")
    b('  employee_id: "', g.ident("employee"), '"\n')
    b("  personal_email: ", g.email(p), "\n")
    b('  mobile: "', g.phone(), '"\n')
    b("  date_of_birth: ", ent(g.day(1960, 2003).isoformat(), "DATE", dob=True), "\n")
    b("  home_address:\n")
    b('    street: "', a.street, '"\n')
    b('    city: "', a.city, '"\n')
    b('    postcode: "', a.zip, '"\n')
    b("    country: ", a.country, "\n")
    b("role:\n")
    b(f"  title: {g.pick(vocab.JOB_TITLES)}\n")
    b("  start_date: ", ent(start.isoformat(), "DATE"), "\n")
    b("  manager: ", _full(mgr), "\n")
    b("  buddy: ", _full(buddy), "\n")
    b(f"  cost_centre: CC-{g.digits(4)}\n")
    b("equipment:\n")
    b(f"  - laptop: {g.pick(('ThinkPad X1', 'MacBook Pro'))} (asset {g.fill('TAG-#####')})\n")
    b("  - headset: Jabra Evolve2 65\n")
    b("access:\n  groups: [vpn-users, eng-platform, ", g.pick(("jira-users", "confluence-editors")), "]\n")
    b("  sso: okta\n")


@T("hr_record")
def fd_disciplinary_minutes(g: Gen, b) -> None:
    """Minutes of a disciplinary hearing, with an attendee list and roles."""
    chair, hr, emp, comp, line = (g.person() for _ in range(5))
    org = g.org()
    day = g.day(2022, 2024)
    st = g.pick(EU + US)
    b("STRICTLY PRIVATE AND CONFIDENTIAL\n\nMinutes of disciplinary hearing\n")
    b("Date: ", _d(day, st), f"   Time: {_clock(g, 9, 15)}   Location: Meeting Room 3, ", org, "\n\n")
    b("Present:\n")
    b("  ", _full(chair), " - Chair (Operations Director)\n")
    b("  ", _full(hr), " - HR Business Partner (note-taker)\n")
    b("  ", _full(emp), f" - Employee ({g.pick(vocab.JOB_TITLES)}, payroll no. ", g.ident("employee"), ")\n")
    b("  ", _full(comp), " - Companion (trade union representative, Unite)\n\n")
    b("Allegation: unauthorised overtime claims between ", _d(day - timedelta(days=90), st), " and ")
    b(_d(day - timedelta(days=30), st), ".\n\n")
    b(
        "1. The Chair opened the meeting, introduced those present and confirmed the right to be "
        "accompanied.\n"
    )
    b(
        "2. ",
        _first(emp),
        " stated that the overtime had been agreed verbally with ",
        g.title(line),
        _full(line),
    )
    b(", line manager, and that the rota on the SharePoint site had not been updated.\n")
    b(
        "3. ",
        _last(comp),
        " asked that ",
        _last(line),
        " be interviewed. The Chair adjourned for 20 minutes.\n",
    )
    b("4. On reconvening the Chair noted inconsistencies in the timesheets for weeks 14-17.\n\n")
    b("Outcome: first written warning, to remain on file for 12 months (expires ")
    b(_d(day + timedelta(days=365), st), ").\n")
    b(
        "Right of appeal: in writing to ",
        _full(g.person()),
        " within 5 working days (",
        g.email(hr, g.domain_of(org)),
        ").\n",
    )


_MODULES = (
    ("CS1010", "Programming Fundamentals"),
    ("CS1020", "Discrete Mathematics"),
    ("CS2040", "Databases"),
    ("CS2310", "Operating Systems"),
    ("CS3050", "Machine Learning"),
    ("MA1100", "Linear Algebra"),
    ("BU2001", "Accounting for Managers"),
    ("PY1005", "Introduction to Psychology"),
)


@T("hr_record")
def fd_student_transcript(g: Gen, b) -> None:
    """An unofficial university transcript: student number, modules, grades, tutor."""
    p, tutor = g.person(), g.person()
    uni = _org(
        f"University of {g.pick(('Northbridge', 'Eastleigh', 'Wessex', 'the Midlands', 'Kent Downs'))}"
    )
    entry = date(g.rng.randrange(2017, 2022), 9, 1 + g.rng.randrange(25))
    a = _addr(g)
    b(uni, " - ACADEMIC TRANSCRIPT (UNOFFICIAL)\n\n")
    b("Name: ", upper(_lf(p)), "\nStudent No.: ", ent(g.fill("2#######"), "ID"), "\n")
    born = entry - timedelta(days=g.rng.randrange(17 * 365, 24 * 365))
    b("Date of birth: ", _born(born, g.pick(("dd/mm/yyyy", "d Month yyyy"))), "\n")
    b("Programme: BSc (Hons) Computer Science   Mode: Full-time\n")
    b("Entry: ", _month_year(entry), "   Status: Registered\n\n")
    b("Module   Title                               Credits  Mark  Grade\n")
    for code, title in g.rng.sample(_MODULES, 5):
        mark = g.rng.randrange(40, 86)
        grade = "1st" if mark >= 70 else "2:1" if mark >= 60 else "2:2" if mark >= 50 else "3rd"
        b(f"{code}   {title:<36}{20:<9}{mark:<6}{grade}\n")
    b("\nPersonal tutor: Dr ", _full(tutor), " (", g.email(tutor, "northbridge.ac.uk"), ")\n")
    b("Term-time address: ", places.one_line(a), "\n")
    b("Issued by Student Records on ", _when(g, "d Month yyyy"), ". Not valid without the university seal.\n")


@T("hr_record")
def fd_markdown_roster(g: Gen, b) -> None:
    """A team contact sheet pasted as a markdown table, with emergency contacts."""
    org = g.org()
    dom = g.domain_of(org)
    b("## Platform team - contact sheet\n_Last updated ", _when(g), " by ", _full(g.person()), "_\n\n")
    b("| Name | Role | Base | Work email | Mobile | Emergency contact |\n")
    b("|------|------|------|------------|--------|-------------------|\n")
    for _ in range(g.rng.randrange(3, 6)):
        rel = g.pick(("partner", "mother", "father", "wife", "husband", "sister"))
        p, kin = (
            g.person(),
            g.person(female=None if rel == "partner" else rel in ("mother", "wife", "sister")),
        )
        b(
            _cells(
                [
                    g.name(p, g.pick(("full", "full", "last_first"))),
                    g.pick(vocab.JOB_TITLES),
                    g.pick(("HQ L3", "Remote", "Hub 2", "HQ L5")),
                    g.email(p, dom),
                    g.phone(),
                    (_full(kin), f" ({rel}) ", g.phone()),
                ],
                " | ",
                "| ",
                " |",
            )
        )
    b("\nOn-call rota lives in PagerDuty; escalate P1s to the duty manager.\n")


@T("hr_record")
def fd_visa_sponsorship(g: Gen, b) -> None:
    """An immigration case file for a sponsored worker with overseas and UK addresses and dependants."""
    loc = g.pick(("pl_PL", "pt_BR", "vi_VN", "hu_HU", "it_IT", "es_ES", "fr_FR", "cs_CZ"))
    g.multi = True
    p, spouse, kid, owner = g.person(loc), g.person(loc), g.person(loc), g.person("en_GB")
    home, uk = _addr(g, loc), _addr(g, "en_GB")
    st = "dd/mm/yyyy"
    issued = g.day(2016, 2022)
    b("IMMIGRATION CASE FILE - Skilled Worker sponsorship\n")
    b(
        "Sponsor licence no.: ",
        g.ref(text=g.fill("@@#####@@")),
        "   CoS ref: ",
        g.ref(text=g.fill("@##@#####@")),
        "\n\n",
    )
    b("Worker: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "\n")
    b("Nationality: ", _country(places.COUNTRIES[loc][0]), "\n")
    born_in = g.pick(places.CITIES[loc])
    born_in = born_in[0] if isinstance(born_in, tuple) else born_in
    b("Date of birth: ", _dob(g, st), "   Place of birth: ", ent(born_in, "CITY"), "\n")
    b("Passport: ", g.ident("passport", loc), "   issued ", _d(issued, st), "   expires ")
    b(_d(issued + timedelta(days=3650), st), "\n")
    b("National ID: ", g.ident("national", loc), "\n\n")
    b("Home address (overseas):\n", places.block(home, indent="  ", country=True))
    b("UK address:\n", places.block(uk, indent="  "), "\n")
    b("Occupation: SOC 2136 Programmers and software development professionals; salary GBP 52,000\n\n")
    b("Dependants:\n")
    b("  ", _full(spouse), " (spouse, DOB ", _dob(g, st), ")\n")
    kid_dob = ent(fmt_date(g.day(2012, 2022), st), "DATE", dob=True)
    b("  ", ent(f"{kid.first} {p.last}", "PERSON"), " (child, DOB ", kid_dob, ")\n\n")
    b("Case owner: ", _full(owner), ", ", g.email(owner, g.domain_of(g.org("en_GB"))), "\n")
    b("Notes: biometrics booked ", _when(g, st), "; BRP to be collected by the worker in person.\n")


@T("hr_record")
def fd_leaver_form_caps(g: Gen, b) -> None:
    """A scanned, ALL-CAPS leaver notification form, UK payroll fields."""
    p, mgr = g.person("en_GB"), g.person("en_GB")
    a = _addr(g, "en_GB")
    last_day = g.day(2022, 2024)
    b("LEAVER NOTIFICATION FORM                                   HR-07  REV 3\n")
    b("SECTION A  -  EMPLOYEE DETAILS\n")
    b(_ocr(g, "SURNAME"), ":  ", upper(_last(p)), "        FORENAME(S):  ", upper(_first(p)), "\n")
    b("EMPLOYEE NO:  ", g.ident("employee"), "      NI NO:  ", g.ident("national", "en_GB"), "\n")
    b("DATE OF BIRTH:  ", _dob(g, "dd/mm/yyyy"), "\n")
    b("LAST DAY OF SERVICE:  ", _d(last_day, g.pick(("dd/mm/yyyy", "dd.mm.yy", "dd-Mon-yyyy"))))
    b("      REASON:  RESIGNATION\n\n")
    b("SECTION B  -  FORWARDING DETAILS\n")
    b(
        _ocr(g, "FORWARDING ADDRESS"),
        ":\n",
        places.block(a, indent="   ", caps_city=True)
        if g.chance(0.5)
        else upper(places.block(a, indent="   ")),
    )
    b("PERSONAL EMAIL:  ", g.email(p), "\n")
    b("PERSONAL TEL:  ", g.phone("en_GB"), "\n\n")
    b("SECTION C  -  PAYROLL\n")
    b(
        "FINAL SALARY TO:  SORT CODE ",
        g.ref(text=g.fill("##-##-##")),
        "   ACCOUNT NO ",
        ent(g.digits(8), "ID"),
        "\n",
    )
    b(f"HOLIDAY OWED:  {g.rng.randrange(0, 15)}.{g.pick('05')} DAYS     P45 TO BE SENT TO ABOVE ADDRESS\n")
    b("COMPANY CAR REG:  N/A     LAPTOP RETURNED:  Y\n\n")
    b(
        "LINE MANAGER:  ",
        upper(_full(mgr)),
        "      SIGNED: ______________   DATE: ",
        _when(g, "dd/mm/yyyy"),
        "\n",
    )


@T("hr_record")
def fd_background_check(g: Gen, b) -> None:
    """A pre-employment background screening report with address history and verification contacts."""
    p, verifier, recruiter = g.person("en_US"), g.person(), g.person()
    maiden = g.fake("en_US").last_name()
    employer, client = g.org("en_US"), g.org("en_US")
    b("CONSUMER REPORT - EMPLOYMENT SCREENING\n")
    b(
        "Order #: ",
        g.ref(text=g.fill("BG-#######")),
        "   Package: Standard Plus   Completed: ",
        _when(g, "mm/dd/yyyy"),
    )
    b("\n\nSUBJECT\n")
    b("Name: ", upper(_full(p)), "\n")
    b("AKA: ", upper(ent(f"{p.first} {maiden}", "PERSON")), "\n")
    b("SSN: ", g.ident("ssn"), "   DOB: ", _dob(g, "mm/dd/yyyy"), "\n")
    a0 = _addr(g, "en_US")
    b("Driver license: ", g.ident("licence"), " (", a0.region, ")\n\n")
    b("ADDRESS HISTORY\n")
    moved = g.day(2019, 2023)
    for i in range(g.rng.randrange(2, 4)):
        a = a0 if i == 0 else _addr(g, "en_US")
        b("  ", *places.one_line(a), "   (", _month_year(moved), " - ", "present" if i == 0 else "")
        if i:
            b(_month_year(moved + timedelta(days=g.rng.randrange(300, 900))))
        b(")\n")
        moved -= timedelta(days=g.rng.randrange(400, 1500))
    b("\nCRIMINAL SEARCH (county, 7 years): No records found\n")
    b("SEX OFFENDER REGISTRY: Clear\n\n")
    b("EMPLOYMENT VERIFICATION\n")
    b("  ", employer, f" - {g.pick(vocab.JOB_TITLES)} - ", _month_year(g.day(2015, 2018)), " to ")
    b(_month_year(g.day(2019, 2023)), "\n")
    b("  Verified with ", _full(verifier), " (HR), ", g.phone("en_US"), ". Eligible for rehire: Yes\n\n")
    b("EDUCATION: ", g.pick(vocab.DEGREES), " - verified\n\n")
    b("Requested by: ", _full(recruiter), ", ", client, "\n")
    b("This report is provided under the Fair Credit Reporting Act.\n")


# ================================================================ form_invoice


@T("form_invoice")
def fd_tsv_orders(g: Gen, b) -> None:
    """Orders pasted from a spreadsheet: tab-separated, one customer per row."""
    b(
        "order_id\torder_date\tcustomer\temail\tphone\tship_street\tship_city\tship_postcode\tsku\tqty\ttotal\n"
    )
    day = g.day(2023, 2024)
    for _ in range(g.rng.randrange(3, 7)):
        p = g.person()
        a = _addr(g, p.loc)
        day += timedelta(days=g.rng.randrange(0, 3))
        b(
            _cells(
                [
                    g.ref(text=g.fill("#1####")),
                    ent(day.isoformat(), "DATE"),
                    g.name(p, g.pick(("full", "full", "UPPER", "lower"))),
                    g.email(p),
                    g.phone(p.loc, ext=0),
                    a.street,
                    a.city,
                    a.zip,
                    g.fill("SKU-@@-###"),
                    str(g.rng.randrange(1, 4)),
                    f"{g.rng.randrange(9, 300)}.{g.digits(2)}",
                ],
                "\t",
            )
        )


_ENERGY = ("Octopus Energy", "EDF", "E.ON Next", "Ovo Energy", "British Gas")


@T("form_invoice")
def fd_utility_bill(g: Gen, b) -> None:
    """An electricity bill as text: account, supply address, meter readings, direct debit."""
    p = g.person("en_GB")
    a = _addr(g, "en_GB")
    supplier = _org(g.pick(_ENERGY))
    end = g.day(2022, 2024)
    start = end - timedelta(days=30)
    st = g.pick(("d Mon yyyy", "dd/mm/yyyy", "d Month yyyy"))
    prev = g.rng.randrange(10000, 40000)
    used = g.rng.randrange(150, 600)
    b(supplier, "                                          Your electricity bill\n\n")
    b("Account number: ", g.ident("account"), "      Bill date: ", _d(end + timedelta(days=3), st))
    b("      Page 1 of 2\n\n")
    b(g.title(p), _full(p), "\n", places.block(a), "\n")
    b("Supply address: as above\n")
    b(
        "Meter serial: ",
        g.ref(text=g.fill("##@#######")),
        "    MPAN: ",
        g.ref(text=g.fill("## ### ### ### ### ###")),
        "\n\n",
    )
    b("Billing period: ", _d(start, st), " to ", _d(end, st), "\n")
    b(f"Previous reading {prev:,} (E)   Current reading {prev + used:,} (A)   Units used {used} kWh\n")
    rate = g.rng.randrange(22, 34)
    b(f"Energy charge    {used} kWh x {rate}.{g.digits(2)}p      £{used * rate / 100:.2f}\n")
    b(
        "Standing charge  31 days x 53.35p              £16.54\n"
        "VAT at 5%                                      "
    )
    b(f"£{(used * rate / 100 + 16.54) * 0.05:.2f}\n\n")
    b("We'll collect this by Direct Debit from the account ending ", _last4(g), " on or after ")
    b(_d(end + timedelta(days=17), st), ".\n")
    b("Your tariff: Standard Variable (single rate). Compare at ofgem.gov.uk.\n")


_HOTELS = (
    "Hotel Adlon Kempinski",
    "The Grand Harbour Hotel",
    "NH Collection",
    "Motel One",
    "Hilton Garden Inn",
)


@T("form_invoice")
def fd_hotel_folio(g: Gen, b) -> None:
    """A hotel guest folio: arrival and departure, loyalty number, charges and a card settlement."""
    g.multi = True
    loc = g.pick(g.other_locales(2))
    guest = g.person(loc)
    company = g.org()
    a = _addr(g, loc)
    arr = g.day(2023, 2024)
    nights = g.rng.randrange(1, 5)
    rate = g.rng.randrange(90, 260)
    title = g.title(guest)
    b(_org(g.pick(_HOTELS)), "\nGUEST FOLIO\n\n")
    b(
        "Folio No.: ",
        g.ref(text=g.fill("#######")),
        f"      Room: {g.rng.randrange(101, 899)}      Rate code: CORP\n",
    )
    b("Guest: ", title, _full(guest), "\n")
    b("Company: ", company, "\n")
    b("Address: ", places.one_line(a, country=True), "\n")
    b("Arrival: ", _d(arr, "dd.mm.yy"), "   Departure: ", _d(arr + timedelta(days=nights), "dd.mm.yy"))
    b(f"   Nights: {nights}\n")
    b("Loyalty: ", ent(g.fill("###########"), "ID"), "\n\n")
    b("Date      Description                       Charges    Credits\n")
    total = 0
    for n in range(nights):
        d = arr + timedelta(days=n)
        b(_d(d, "dd.mm.yy"), f"  Accommodation                     {rate:>7}.00\n")
        total += rate
        if g.chance(0.6):
            extra = g.rng.randrange(8, 40)
            b(
                _d(d, "dd.mm.yy"),
                f"  {g.pick(('Restaurant', 'Bar', 'Minibar', 'Laundry')):<32}  {extra:>7}.00\n",
            )
            total += extra
    b(
        _d(arr + timedelta(days=nights), "dd.mm.yy"),
        "  Visa XXXXXXXXXXXX",
        _last4(g),
        f"{'':>22}{total:>8}.00\n",
    )
    b("Balance                                                0.00\n\n")
    b("Thank you for staying with us, ", title, _last(guest), ".\n")


@T("form_invoice")
def fd_small_claims(g: Gen, b) -> None:
    """A US small claims form (SC-100 style), plaintiff and defendant blocks filled in."""
    pl, df, agent = g.person("en_US"), g.person("en_US"), g.person("en_US")
    pa, da = _addr(g, "en_US"), _addr(g, "en_US")
    biz = g.org("en_US")
    st = "mm/dd/yyyy"
    b("SC-100  PLAINTIFF'S CLAIM AND ORDER TO GO TO SMALL CLAIMS COURT\n")
    b("Case Number: ", g.ref(text=g.fill("##SC######")), "\n\n")
    b("1  The plaintiff (the person, business, or public entity that is suing) is:\n")
    b("   Name: ", _full(pl), "      Phone: ", g.phone("en_US"), "\n")
    b("   Street address: ", pa.street, "\n")
    b("   City: ", pa.city, "   State: ", pa.region, "   Zip: ", pa.zip, "\n")
    b("   Email address (if available): ", g.email(pl), "\n\n")
    b("2  The defendant (the person, business, or public entity being sued) is:\n")
    b("   Name: ", _full(df), " dba ", biz, "      Phone: ", g.phone("en_US"), "\n")
    b("   Street address: ", da.street, "\n")
    b("   City: ", da.city, "   State: ", da.region, "   Zip: ", da.zip, "\n")
    b("   If the defendant is a business, name of agent for service: ", _full(agent), "\n\n")
    b(f"3  The plaintiff claims the defendant owes ${g.rng.randrange(800, 9999):,}.00. Why? ")
    b("Defendant was paid a deposit to replace the fence and deck and did not finish the work.\n")
    began = g.day(2021, 2023)
    b("   When did this happen? Date started: ", _d(began, st), "  Through: ")
    b(_d(began + timedelta(days=g.rng.randrange(20, 200)), st), "\n")
    b("   How did you calculate the money owed? Deposit per contract (Exhibit A) less work done.\n\n")
    b("I declare under penalty of perjury under California State law that the information above is true.\n")
    signed = began + timedelta(days=g.rng.randrange(220, 400))
    b("Date: ", _d(signed, st), "   ", upper(_full(pl)), "   Signature: /s/ ", _full(pl), "\n")


@T("form_invoice")
def fd_xml_einvoice(g: Gen, b) -> None:
    """A freelancer's UBL-style XML e-invoice with VAT number, contact and IBAN."""
    loc = g.pick(("de_DE", "fr_FR", "it_IT", "nl_NL", "es_ES", "pl_PL"))
    me, buyer_contact = g.person(loc), g.person()
    a = _addr(g, loc)
    buyer = g.org()
    issued = g.day(2023, 2024)
    b(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n'
    )
    b("  <cbc:ID>", g.ref(text=g.fill("RE-2024-###")), "</cbc:ID>\n")
    b("  <cbc:IssueDate>", _d(issued, "iso"), "</cbc:IssueDate>\n")
    b("  <cbc:DueDate>", _d(issued + timedelta(days=30), "iso"), "</cbc:DueDate>\n")
    b("  <cac:AccountingSupplierParty><cac:Party>\n")
    b("    <cac:PartyName><cbc:Name>", _xml(_full(me)), "</cbc:Name></cac:PartyName>\n")
    b("    <cac:PostalAddress>\n      <cbc:StreetName>", _xml(a.street), "</cbc:StreetName>\n")
    b("      <cbc:CityName>", _xml(a.city), "</cbc:CityName>\n")
    b("      <cbc:PostalZone>", a.zip, "</cbc:PostalZone>\n")
    b(f"      <cac:Country><cbc:IdentificationCode>{loc[-2:]}</cbc:IdentificationCode></cac:Country>\n")
    b("    </cac:PostalAddress>\n")
    b(
        '    <cac:PartyTaxScheme><cbc:CompanyID schemeID="VAT">',
        ent(loc[-2:] + g.fill("##########"[: g.rng.randrange(9, 12)]), "ID"),
        "</cbc:CompanyID></cac:PartyTaxScheme>\n",
    )
    b("    <cac:Contact><cbc:Telephone>", g.phone(loc, ext=0), "</cbc:Telephone>")
    b("<cbc:ElectronicMail>", g.email(me), "</cbc:ElectronicMail></cac:Contact>\n")
    b("  </cac:Party></cac:AccountingSupplierParty>\n")
    b("  <cac:AccountingCustomerParty><cac:Party>\n")
    b("    <cac:PartyName><cbc:Name>", _xml(buyer), "</cbc:Name></cac:PartyName>\n")
    b("    <cac:Contact><cbc:Name>", _xml(_full(buyer_contact)), "</cbc:Name></cac:Contact>\n")
    b("  </cac:Party></cac:AccountingCustomerParty>\n")
    b("  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n")
    b("    <cac:PayeeFinancialAccount><cbc:ID>", g.iban(loc), "</cbc:ID></cac:PayeeFinancialAccount>\n")
    b("  </cac:PaymentMeans>\n")
    for i, line in enumerate(g.rng.sample(vocab.PRODUCT_LINES, 2), 1):
        b(
            f"  <cac:InvoiceLine><cbc:ID>{i}</cbc:ID>"
            f'<cbc:InvoicedQuantity unitCode="HUR">{g.rng.randrange(1, 40)}'
        )
        b(f"</cbc:InvoicedQuantity><cac:Item><cbc:Name>{line}</cbc:Name></cac:Item></cac:InvoiceLine>\n")
    b("</Invoice>\n")


@T("form_invoice")
def fd_car_rental(g: Gen, b) -> None:
    """A car rental agreement: renter, licences, card, additional driver; the car's plate is not theirs."""
    p, extra = g.person("en_US"), g.person()
    a = _addr(g, "en_US")
    out = g.day(2023, 2024)
    days = g.rng.randrange(2, 10)
    st = g.pick(("mm/dd/yy", "mm/dd/yyyy"))
    b(
        _org(g.pick(("HERTZ", "AVIS", "ENTERPRISE RENT-A-CAR", "BUDGET", "NATIONAL"))),
        "     RENTAL AGREEMENT\n",
    )
    b("RA#: ", g.ref(text=g.fill("########")), "     RES#: ", g.ref(text=g.fill("@#########")), "\n\n")
    b("RENTER:  ", upper(_lf(p)), "\n")
    b(
        "DOB:  ",
        _dob(g, st),
        "     DL#:  ",
        g.ident("licence"),
        "  ST: ",
        a.region,
        "  EXP: ",
        _d(out + timedelta(days=g.rng.randrange(100, 2000)), st),
        "\n",
    )
    b("ADDR:  ", upper(places.one_line(a)), "\n")
    b("PHONE:  ", g.phone("en_US", ext=0), "     EMAIL:  ", g.email(p), "\n")
    b("ADDL DRIVER:  ", upper(_lf(extra)), "  DL#: ", g.ident("licence"), "\n\n")
    b(f"VEHICLE: {g.pick(('2023 TOYOTA COROLLA', '2024 NISSAN ROGUE', '2022 FORD EXPLORER', '2023 KIA K5'))}")
    b(f"   UNIT# {g.digits(5)}   LIC: ", g.ref(text=g.fill("#@@@###")), "   COLOR: ")
    b(f"{g.pick(('WHITE', 'SILVER', 'GRAY', 'BLUE'))}\n")
    b("OUT:  ", _d(out, st), f" {_clock(g)}  @ {g.pick(('JFK', 'ORD', 'LAX', 'DEN', 'ATL'))}   ")
    b("DUE:  ", _d(out + timedelta(days=days), st), f" {_clock(g)}\n")
    b(f"FUEL OUT: 8/8   MILES OUT: {g.rng.randrange(3000, 60000):,}\n\n")
    b(f"TIME & MILEAGE   {days} DAYS @ ${g.rng.randrange(35, 90)}.99/DAY\n")
    b("LDW  DECLINED ____   SLI  ACCEPTED ____   PAI  DECLINED ____\n")
    b("METHOD OF PAYMENT:  ", g.card(), "   AUTH: $350.00\n\n")
    b("RENTER SIGNATURE: X______________________   ", upper(_full(p)), "\n")


@T("form_invoice")
def fd_mortgage_application(g: Gen, b) -> None:
    """A broker's mortgage application summary: two applicants, incomes, current and purchase addresses."""
    one, two, broker = g.person("en_GB"), g.person("en_GB"), g.person("en_GB")
    home, new = _addr(g, "en_GB"), _addr(g, "en_GB")
    lender = _org(g.pick(("Nationwide", "Halifax", "Santander UK", "Barclays", "Coventry Building Society")))
    st = "dd/mm/yyyy"
    price = g.rng.randrange(180, 650) * 1000
    b("MORTGAGE APPLICATION - FACT FIND SUMMARY\n")
    b("Case ref: ", g.ref(), "    Lender: ", lender, "    Product: 5yr fixed 4.59%\n\n")
    b("Field                    | Applicant 1                  | Applicant 2\n")
    b("-------------------------+------------------------------+-----------------------------\n")
    b("Full name                | ", _full(one), " | ", _full(two), "\n")
    b("Date of birth            | ", _dob(g, st), " | ", _dob(g, st), "\n")
    b("NI number                | ", g.ident("national", "en_GB"), " | ", g.ident("national", "en_GB"), "\n")
    b("Mobile                   | ", g.phone("en_GB"), " | ", g.phone("en_GB"), "\n")
    b("Email                    | ", g.email(one), " | ", g.email(two), "\n")
    b(
        f"Employment               | {g.pick(vocab.JOB_TITLES)}, ",
        g.org("en_GB"),
        " | Self-employed (sole trader)\n",
    )
    b(
        f"Basic income             | £{g.rng.randrange(28, 90)},000 | "
        f"£{g.rng.randrange(18, 60)},000 (2-yr avg)\n\n"
    )
    b("Current address (both): ", places.one_line(home), f" - {g.rng.randrange(1, 9)} yrs, renting\n")
    b("Property being purchased: ", places.one_line(new), "\n")
    b(f"Purchase price £{price:,}   Deposit £{price // 10:,} (gifted: £{price // 20:,} from ")
    b(_full(g.person("en_GB")), ", parent)\n")
    b("Tenure: Leasehold, 125 years remaining. Ground rent £250 p.a.\n")
    b("Bank for direct debit: ", g.iban("en_GB"), "\n\n")
    b("Adviser: ", _full(broker), " (FCA ", g.ref(text=g.digits(6)), ") ", g.email(broker), "\n")
    b("Next steps: valuation instructed ", _when(g, st), "; solicitor to confirm searches.\n")


@T("form_invoice")
def fd_police_incident(g: Gen, b) -> None:
    """A police incident report for a stolen bicycle: reporting person, witness, officer's number."""
    rp, wit, pc = g.person("en_GB"), g.person(), g.person("en_GB")
    home = _addr(g, "en_GB")
    scene = _addr(g, "en_GB")
    force = _org(
        g.pick(("Metropolitan Police Service", "West Yorkshire Police", "Greater Manchester Police"))
    )
    when = g.day(2023, 2024)
    st = g.pick(("dd/mm/yyyy", "dd/mm/yy"))
    b(force, " - INCIDENT REPORT\n")
    b(
        "Occurrence no.: ",
        g.ref(text=g.fill("CAD ####/##@@@##")),
        "     Crime ref: ",
        g.ref(text=g.fill("##/#####/##")),
    )
    b("\nReported: ", _d(when, st), f" {_clock(g)} by telephone (101)\n\n")
    b("REPORTING PERSON (RP / VICTIM)\n")
    b("Name: ", upper(_last(rp)), ", ", _first(rp), "     DOB: ", _dob(g, st), "\n")
    b("Address: ", places.one_line(home), "\n")
    b("Tel: ", g.phone("en_GB"), "     Email: ", g.email(rp), "\n\n")
    b("OFFENCE: Theft of pedal cycle (Theft Act 1968 s.1)\n")
    b("Location: outside ", scene.street, ", ", scene.city, "\n")
    b("Between ", _clock(g, 8, 12), " and ", _clock(g, 12, 18), " on ", _d(when, st), "\n")
    b(f"Property: {g.pick(('Carrera Vengeance', 'Specialized Rockhopper', 'Brompton C Line', 'Trek FX 2'))}")
    b(", frame no. ", g.ref(text=g.fill("@@#######")), ", D-lock cut.\n\n")
    b("SUSPECT: male, 20s, slim build, grey hooded top, black joggers, left on foot towards the station.\n\n")
    b(
        "WITNESS: ",
        _full(wit),
        ", ",
        g.phone(),
        ". States ",
        "she" if wit.female else "he",
        " saw a male cutting the lock with bolt croppers ",
    )
    b("and put it in a white van; did not get the registration.\n\n")
    b("ACTIONS: CCTV requested from ", g.org("en_GB"), ". Bike registered on BikeRegister - marked stolen.\n")
    b("OIC: PC ", ent(g.digits(4, first_nonzero=True), "ID"), " ", _full(pc), "\n")
    b("Victim Care letter sent to RP by email.\n")


# ================================================================ intl_contacts


@T("intl_contacts")
def fd_attendee_json(g: Gen, b) -> None:
    """A conference registration export as JSON: attendees of many countries."""
    people = _mixed_people(g, g.rng.randrange(3, 6))
    b('{\n  "event": "EuroOps Summit", "export_date": "', ent(g.day(2023, 2024).isoformat(), "DATE"), '",\n')
    b('  "attendees": [\n')
    for i, (p, cc) in enumerate(people):
        addr, phone = _where(g, p, cc)
        org = g.org(p.loc)
        b("    {\n")
        b('      "badge_name": "', _json(_display(g, p, cc)), '",\n')
        b('      "given_name": "', _json(_first(p)), '", "family_name": "', _json(_last(p)), '",\n')
        b('      "organisation": "', _json(org), '",\n')
        b('      "email": "', g.email(p, g.domain_of(org) if g.chance(0.6) else None), '",\n')
        b('      "phone": "', phone, '",\n')
        b('      "postal": "', *addr, '",\n')
        b(f'      "ticket": "{g.pick(("FULL", "DAY2", "SPEAKER", "STUDENT"))}",')
        b(f' "dietary": "{g.pick(("none", "vegetarian", "halal", "gluten-free", "vegan"))}"\n')
        b("    }", "," if i < len(people) - 1 else "", "\n")
    b("  ]\n}\n")


@T("intl_contacts")
def fd_wedding_guests(g: Gen, b) -> None:
    """A wedding guest list in a markdown table, couples and families from several countries."""
    rows = _mixed_people(g, g.rng.randrange(3, 6))
    b("# Guest list - save the dates posted ", _when(g, "d Mon"), "\n\n")
    b("| # | Guest(s) | Address | Phone | RSVP | Notes |\n|---|---|---|---|---|---|\n")
    for i, (p, cc) in enumerate(rows, 1):
        addr, phone = _where(g, p, cc)
        guests: tuple = (_display(g, p, cc),)
        if g.chance(0.5):
            partner = g.person(p.loc if not cc else "en_US")
            guests += (" & ", _first(partner) if g.chance(0.5) else _full(partner))
        if g.chance(0.3):
            guests += (" + kids",)
        rsvp = g.pick(("yes", "no", "?", "yes (2)"))
        note = g.pick(("needs hotel rec", "vegetarian", "bringing +1", "flying in Thursday", "-"))
        b(_cells([str(i), guests, addr, phone, rsvp, note], " | ", "| ", " |"))
    b("\nVenue capacity 120. Chase the ? ones by the end of ", g.pick(vocab.MONTHS), ".\n")


@T("intl_contacts")
def fd_card_list(g: Gen, b) -> None:
    """A holiday-card list: envelope blocks in each country's own format, with family notes."""
    b("Christmas cards ", str(g.rng.randrange(2022, 2025)), " - overseas (post by 1 Dec!)\n\n")
    for p, cc in _mixed_people(g, g.rng.randrange(3, 5)):
        if cc:
            addr, phone = _far_address(g, cc)
            b(_display(g, p, cc), "\n", *addr, "\n")
        else:
            a = _addr(g, p.loc)
            b(g.title(p) if g.chance(0.4) else "", _full(p), "\n", places.block(a, country=True))
        note = g.pick(("new baby - ", "moved house this year", "divorced, send separately to ", "kids: "))
        if note.endswith(" "):
            b("  (", note, _first(g.person(p.loc if not cc else "en_US")), ")\n\n")
        else:
            b(f"  ({note})\n\n")


@T("intl_contacts")
def fd_family_name_first(g: Gen, b) -> None:
    """An APAC office contact sheet where names are written family name first, with a note saying so."""
    g.multi = True
    people = [
        _asian_cc(g, c) for c in g.rng.sample(("Chinese (pinyin)", "Korean", "Japanese", "Vietnamese"), 3)
    ]
    people.append(_asian_cc(g, "Indian"))
    org = g.org()
    dom = g.domain_of(org)
    b("APAC contacts - ", org, "\n")
    b("NB: family names are in CAPITALS and come first, as our colleagues write them.\n\n")
    for p, cc in people:
        name = _full(p) if cc == "IN" else _fam_first(p)
        if cc:
            addr, phone = _far_address(g, cc)
        else:
            addr, phone = places.one_line(_addr(g, "vi_VN"), country=True), g.phone("vi_VN")
        b("* ", name, f" - {g.pick(vocab.JOB_TITLES)}\n")
        b("  Office: ", *addr, "\n")
        b("  Tel: ", phone, "   Mail: ", g.email(p, dom), "\n")
        if g.chance(0.5):
            b("  Address them as ", ("Ms " if p.female else "Mr ") if cc != "JP" else "", _last(p))
            b("-san" if cc == "JP" else "", " in e-mails.\n")
    b("\nTime zones: ICT +7, CST +8, KST/JST +9, IST +5:30. Avoid Golden Week and Lunar New Year.\n")


@T("intl_contacts")
def fd_alumni_xml(g: Gen, b) -> None:
    """An alumni directory export in XML, diacritics kept, addresses split into elements."""
    people = _mixed_people(g, g.rng.randrange(2, 5))
    b('<?xml version="1.0" encoding="utf-8"?>\n<alumni school="International School of Management" class="')
    b(str(g.rng.randrange(1995, 2015)), '">\n')
    for p, cc in people:
        b(f'  <member id="{g.digits(5)}">\n')
        b("    <given>", _xml(_first(p)), "</given>\n    <family>", _xml(_last(p)), "</family>\n")
        if cc:
            addr, phone = _far_address(g, cc)
            b("    <address>", tuple(_xml(x) if isinstance(x, Ent) else x for x in addr), "</address>\n")
        else:
            a = _addr(g, p.loc)
            b("    <street>", _xml(a.street), "</street>\n    <city>", _xml(a.city), "</city>\n")
            b("    <postcode>", a.zip, "</postcode>\n    <country>", a.country, "</country>\n")
            phone = g.phone(p.loc, ext=0)
        b("    <phone>", phone, "</phone>\n    <email>", g.email(p), "</email>\n")
        b("    <born>", ent(g.day(1970, 1995).isoformat(), "DATE", dob=True), "</born>\n")
        b("  </member>\n")
    b("</alumni>\n")


@T("intl_contacts")
def fd_board_minutes(g: Gen, b) -> None:
    """Minutes of an international charity board meeting: attendees, apologies, actions with owners."""
    present = [p for p, _ in _mixed_people(g, 4)] + [_irish(g), _dutch(g), _spanish(g)]
    g.rng.shuffle(present)
    apologies = [p for p, _ in _mixed_people(g, 2)]
    org = g.org()
    day = g.day(2023, 2024)
    st = g.pick(EU)
    b("MINUTES - Board of Trustees, ", org, "\n")
    b("Held by video call on ", _d(day, st), ", 16:00 CET\n\n")
    b("Present: ")
    for i, p in enumerate(present):
        b(", " if i else "", _full(p), " (Chair)" if i == 0 else " (Treasurer)" if i == 1 else "")
    b("\nApologies: ")
    for i, p in enumerate(apologies):
        b(", " if i else "", _full(p))
    b("\nIn attendance: ", _full(g.person()), " (Executive Director), minuting\n\n")
    chair, treas = present[0], present[1]
    b("1. Welcome and declarations of interest\n")
    b("   ", _first(chair), " welcomed trustees. ", _full(present[2]), " declared an interest in item 4 ")
    b("(family member employed by a grantee) and will not vote.\n")
    b("2. Minutes of the last meeting (", _d(day - timedelta(days=91), st), ") approved.\n")
    b("3. Finance: ", _last(treas), " presented Q3 accounts. Reserves at 7.2 months. Auditor ")
    b(g.org(), " reappointed.\n")
    b(
        "4. Grants: three grants approved (",
        _country("Ghana"),
        ", ",
        _country("Peru"),
        ", ",
        _country("Moldova"),
    )
    b("), total EUR 84,000.\n")
    b("5. AOB: next meeting ", _d(day + timedelta(days=g.rng.randrange(60, 120)), st), ".\n\n")
    b("ACTIONS\n")
    for p in g.rng.sample(present, 3):
        b("- ", _first(p) if g.chance(0.5) else _full(p), ": ")
        b(
            g.pick(
                (
                    "circulate the risk register",
                    "update the safeguarding policy",
                    "chase the Gift Aid claim",
                    "draft the annual report",
                    "contact the bank about signatories",
                )
            )
        )
        b(" (by ", _d(day + timedelta(days=g.rng.randrange(14, 45)), st), ")\n")


@T("intl_contacts")
def fd_semicolon_csv(g: Gen, b) -> None:
    """Exchange students' emergency contacts exported from European Excel: semicolons, quoted fields."""
    b("Nachname;Vorname;Geburtsdatum;Heimatadresse;Notfallkontakt;Telefon Notfall;E-Mail\n")
    for p, cc in _mixed_people(g, g.rng.randrange(3, 6)):
        addr, _ = _where(g, p, cc)
        kin = g.person(p.loc if not cc else "en_US")
        kin = Person(kin.first, p.last if g.chance(0.6) else kin.last, kin.middle, kin.female, kin.loc)
        phone = _far_address(g, cc)[1] if cc else g.phone(p.loc, ext=0)
        b(
            _cells(
                [
                    _last(p),
                    _first(p),
                    _dob(g, "dd.mm.yyyy"),
                    ('"', *addr, '"'),
                    _full(kin),
                    phone,
                    g.email(p),
                ],
                ";",
            )
        )
    b(";;;;;;\n")
    b('"Stand: ', _when(g, "dd.mm.yyyy"), '";;;;;;\n')


@T("intl_contacts")
def fd_homestay_itinerary(g: Gen, b) -> None:
    """A youth exchange itinerary: host families in several countries, their addresses and phones."""
    student, leader = g.person(), g.person()
    legs = g.rng.sample(
        ("de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "cs_CZ", "hu_HU", "da_DK", "sv_SE"), 3
    )
    g.multi = True
    day = g.day(2023, 2024)
    b("Exchange itinerary - ", _full(student), " (passport ", g.ident("passport"), ")\n")
    b("Group leader: ", _full(leader), ", ", g.phone(), " (24h)\n\n")
    for i, loc in enumerate(legs):
        host, host2 = g.person(loc), g.person(loc)
        if loc == "es_ES" and " " not in host.last:
            host = _spanish(g)
        a = _addr(g, loc)
        end = day + timedelta(days=g.rng.randrange(5, 12))
        b(f"Leg {i + 1}: ", _d(day, "d Mon"), " - ", _d(end, "d Mon yyyy"), "\n")
        b("  Host family: ", _full(host), " & ", _first(host2), "\n")
        b(places.block(a, indent="  ", country=True))
        b("  Phone: ", g.phone(loc), "   Email: ", g.email(host), "\n")
        school = {"fr_FR": "Lycée", "it_IT": "Liceo", "es_ES": "Instituto", "pl_PL": "Liceum"}.get(
            loc, "Gymnasium"
        )
        b(f"  School: {school} ")
        b(f"(timetable sent separately)\n  Travel on: {g.pick(('train', 'FlixBus', 'flight'))}\n\n")
        day = end
    b("Return flight on ", _d(day, "d Mon yyyy"), ". Insurance: policy ", g.ident("policy"), ".\n")
