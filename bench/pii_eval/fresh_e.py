"""FRESH HELD-OUT TEMPLATES (fresh_e): do not read or tune on this file.

A fifth independent author's split, written after fresh_d without reading the detector or any other
template module. Eight templates per shape, in styles chosen to be unlike the generic ones:

* clinical notes: an ambulance patient-care record, a discharge letter to the GP from a non-US
  hospital, a dental chart in FDI notation, a physiotherapy SOAP note, a pharmacy clarification fax,
  a psychiatric intake with a mental-state examination, a pathology request form, a community
  midwife's postnatal home-visit log;
* e-mails: a forwarded thread with quoted headers, an out-of-office reply over the message it
  answers, a complaint to an ombudsman, a solicitor's letter, a recruiter's candidate pitch, a bounce
  (non-delivery report) carrying the original message, a tenancy-deposit dispute, an airline
  customer-relations claim;
* chats: a holiday-let host and guest thread (guest registration), a Zendesk chat log, X/Twitter direct
  messages with a brand, a neighbourhood app's lost-pet thread, a school parents' WhatsApp group, a
  dating-app chat, a game lobby, a bank's chatbot handing over to an agent;
* HR: an employment reference letter, a payroll exception report, disciplinary hearing minutes, an
  onboarding checklist, a visa-sponsorship memo, a shift rota pasted as TSV, exit-interview notes, a
  relocation-assistance request;
* forms: a motor insurance claim, a rental application, a bank KYC form, a school enrolment form, a
  utility switch confirmation, a CN23 customs declaration, a membership CSV export, a vehicle bill of
  sale;
* international contacts: Latin American conference speakers, African field offices, a South Asian
  wedding RSVP list, a Southeast Asian consignee letter, Gulf business cards (OCR, two scripts),
  Central and Eastern European alumni class notes (Latin and Cyrillic), a polar research voyage's
  persons-on-board list (Nordic, Icelandic, Australian and New Zealand crews), an East Asian supplier
  sheet (romanised and CJK), each in its countries' own address formats, beside countries, cities and
  ports that identify nobody.

Countries outside values.py's locales get their addresses, phones and national numbers here, drawn
through the document's Gen (its rng and seeded Faker instances) like everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, upper
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold

T = Registry()

_EN = ("en_US", "en_GB", "en_CA", "en_AU", "en_IE")
_MONTHS = vocab.MONTHS


# -- small helpers -----------------------------------------------------------------------------


def _english(g: Gen, *locs: str) -> str:
    """Pin the document to one of `locs` (English-speaking by default), keeping its own if it fits."""
    locs = locs or _EN
    if g.locale not in locs:
        g.locale = g.pick(locs)
    return g.locale


def _org(text: str) -> Ent:
    return ent(text, "ORGANIZATION")


def _biz(e: Ent) -> Ent:
    """A line or mailbox of an organisation (a switchboard, a helpdesk, a sort code): labelled so that
    masking it is no over-masking, but no person's identifier either."""
    return Ent(e.text, e.entity, "ignore")


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _hm(g: Gen, lo: int = 7, hi: int = 19) -> str:
    return _clock(g.rng.randrange(lo * 60, hi * 60))


def _age_on(dob: date, when: date) -> int:
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def _dt(g: Gen, d: date | None = None, style: str | None = None) -> Ent:
    """Gen.date, plus the day/month style values.py does not write ("24/03")."""
    if style == "dd/mm":
        return ent(f"{d or g.day():%d/%m}", "DATE")
    return g.date(d, style)


_RELATIONS = {
    "daughter": True,
    "son": False,
    "wife": True,
    "husband": False,
    "mother": True,
    "father": False,
    "sister": True,
    "brother": False,
    "niece": True,
    "nephew": False,
    "grandmother": True,
    "aunt": True,
    "partner": None,
    "neighbour": None,
    "carer": None,
}


def _relative(g: Gen, *words: str, loc: str | None = None) -> tuple[str, Person]:
    """A relation word and a person of the sex it implies."""
    word = g.pick(words)
    return word, g.person(loc, female=_RELATIONS[word])


def _spouse_word(g: Gen, p: Person) -> tuple[str, Person]:
    """("her husband" / "his wife" / "her partner" ...) and that person."""
    word = g.pick(("husband", "partner") if p.female else ("wife", "partner"))
    return f"{'her' if p.female else 'his'} {word}", g.person(female=_RELATIONS[word])


def _month_year(d: date) -> Ent:
    return ent(f"{_MONTHS[d.month - 1]} {d.year}", "DATE")


def _cur(loc: str) -> str:
    return {"en_US": "$", "en_CA": "C$", "en_AU": "A$", "en_GB": "£"}.get(loc, "€")


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi):,}.{g.rng.randrange(100):02d}"


def _nat_id(g: Gen, p: Person) -> tuple[str, Ent]:
    """A label and the person's national or health number, by where they live."""
    label = {
        "en_US": "SSN",
        "en_GB": "NI number",
        "en_CA": "SIN",
        "en_AU": "TFN",
        "en_IE": "PPSN",
        "de_DE": "Steuer-ID",
        "fr_FR": "N° sécu",
        "es_ES": "DNI/NIF",
        "it_IT": "Codice fiscale",
        "nl_NL": "BSN",
        "pl_PL": "PESEL",
        "pt_BR": "CPF",
        "sv_SE": "Personnummer",
        "no_NO": "Fødselsnummer",
        "fi_FI": "Henkilötunnus",
        "da_DK": "CPR",
        "cs_CZ": "Rodné číslo",
        "hu_HU": "Adóazonosító",
    }.get(p.loc, "National ID")
    return label, g.ident("ssn" if p.loc == "en_US" else "national", p.loc)


def _nick(g: Gen, p: Person) -> Ent:
    """A nickname built from the first name (still the person's name)."""
    first = p.first.split()[0].split("-")[0]
    if len(first) >= 5 and g.chance(0.6):
        return ent(first[: g.pick((3, 4))], "PERSON")
    return ent(first.lower(), "PERSON")


_PRACTICE_WORDS = ("Riverside", "Parkview", "Hillcrest", "Northgate", "Elm Tree", "Harbourside", "Meadowbank")


def _practice(g: Gen, kind: str = "Medical Centre") -> Ent:
    return _org(f"{g.pick(_PRACTICE_WORDS)} {kind}")


# -- countries outside values.py's locales -----------------------------------------------------


@dataclass(frozen=True)
class _Country:
    name: str  # in English: a word that identifies nobody
    native: str  # as written on the last line of an envelope
    people: tuple  # sources: ("faker", locale) or ("hand", outside_names culture)
    phones: tuple  # Gen.fill patterns
    streets: tuple  # str.format patterns over the numbers of `_numbers`, for cities without their own
    cities: tuple  # (city, region) or (city, region, its own streets); region "" when the layout has none
    post: str | None  # Gen.fill pattern
    layout: str  # {S} street, {C} city, {Z} postcode, {R} region, {K} country; lines split on \n
    mail: tuple = ("gmail.com", "yahoo.com", "outlook.com")
    nid: tuple = ("National ID", "##########")  # label, Gen.fill pattern


_XC: dict[str, _Country] = {
    "MX": _Country(
        "Mexico",
        "México",
        (("faker", "es_MX"), ("faker", "es_MX"), ("hand", "Latin American")),
        ("+52 55 #### ####", "+52 1 33 #### ####", "(55) ####-####", "+52 81 #### ####"),
        (),
        (
            (
                "Ciudad de México",
                "CDMX",
                ("Av. Insurgentes Sur {N}, Col. Del Valle", "Calle Durango {n} Int. {d}, Col. Roma Norte"),
            ),
            (
                "Guadalajara",
                "Jal.",
                ("Av. Chapultepec {n}, Col. Americana", "Calle Morelos {n}, Col. Centro"),
            ),
            (
                "Monterrey",
                "N.L.",
                ("Av. Constitución {N}, Col. Centro", "Calle Río Guadalquivir {n}, Col. Del Valle"),
            ),
            ("Puebla", "Pue.", ("Calle 5 de Mayo {n}, Col. Centro",)),
            ("Mérida", "Yuc.", ("Calle 60 No. {n} x 55 y 57, Col. Centro",)),
        ),
        "#####",
        "{S}\nC.P. {Z} {C}, {R}\n{K}",
        ("hotmail.com", "gmail.com", "prodigy.net.mx"),
        ("CURP", "@@@@######@@@@@@%#"),
    ),
    "AR": _Country(
        "Argentina",
        "Argentina",
        (("faker", "es_AR"),),
        ("+54 9 11 ####-####", "011 ####-####", "+54 351 ###-####"),
        ("Av. Corrientes {N}, piso {d} dto. {L}", "Av. Santa Fe {N}", "Av. Rivadavia {N}, {d}° {L}"),
        (("Buenos Aires", "CABA"), ("Córdoba", "Córdoba"), ("Rosario", "Santa Fe"), ("Mendoza", "Mendoza")),
        "@####@@@",
        "{S}\n{Z} {C}, {R}\n{K}",
        ("gmail.com", "hotmail.com.ar", "fibertel.com.ar"),
        ("DNI", "%#.###.###"),
    ),
    "CO": _Country(
        "Colombia",
        "Colombia",
        (("faker", "es_CO"), ("hand", "Latin American")),
        ("+57 3## ### ####", "(601) ### ####", "3## ### ####"),
        ("Calle {m} # {u}-{n}", "Carrera {m} # {u}-{n}, apto {f}0{d}", "Diagonal {m}A # {u}-{n}, torre {d}"),
        (
            ("Bogotá", "D.C."),
            ("Medellín", "Antioquia"),
            ("Cali", "Valle del Cauca"),
            ("Barranquilla", "Atlántico"),
        ),
        "######",
        "{S}\n{C}, {R} {Z}\n{K}",
        ("gmail.com", "hotmail.com", "une.net.co"),
        ("C.C.", "%.###.###.###"),
    ),
    "CL": _Country(
        "Chile",
        "Chile",
        (("faker", "es_CL"),),
        ("+56 9 #### ####", "+56 2 #### ####"),
        (
            "Av. Providencia {N}, depto. {f}0{d}",
            "Av. Apoquindo {N}, of. {u}",
            "Pasaje Los Aromos {n}, casa {d}",
        ),
        (("Santiago", ""), ("Valparaíso", ""), ("Concepción", ""), ("Temuco", "")),
        "%######",
        "{S}\n{Z} {C}\n{K}",
        ("gmail.com", "vtr.net"),
        ("RUT", "%#.###.###-#"),
    ),
    "NG": _Country(
        "Nigeria",
        "Nigeria",
        (("faker", "yo_NG"), ("faker", "ig_NG"), ("faker", "ha_NG"), ("hand", "Yoruba"), ("hand", "Igbo")),
        ("+234 80# ### ####", "080# ### ####", "+234 70# ### ####", "081########"),
        (),
        (
            (
                "Lagos",
                "Lagos State",
                (
                    "{n} Adeola Odeku Street, Victoria Island",
                    "{n} Awolowo Road, Ikoyi",
                    "{n} Allen Avenue, Ikeja",
                ),
            ),
            ("Abuja", "FCT", ("Plot {N}, Ahmadu Bello Way, Wuse II", "{n} Aminu Kano Crescent, Wuse II")),
            ("Ibadan", "Oyo State", ("{n} Ring Road, Bodija",)),
            ("Enugu", "Enugu State", ("{n} Ogui Road, GRA",)),
        ),
        "%#####",
        "{S}\n{C} {Z}\n{R}\n{K}",
        ("yahoo.com", "gmail.com"),
        ("NIN", "###########"),
    ),
    "KE": _Country(
        "Kenya",
        "Kenya",
        (("faker", "en_KE"), ("faker", "sw"), ("hand", "Kenyan")),
        ("+254 7## ######", "07## ### ###", "+254 20 #######"),
        ("P.O. Box {N}",),
        (
            (
                "Nairobi",
                "",
                ("P.O. Box {N}", "House No. {n}, Argwings Kodhek Road, Kilimani", "Apt {u}, {n} Ngong Road"),
            ),
            ("Mombasa", "", ("P.O. Box {N}", "{n} Moi Avenue, Apt {u}")),
            ("Kisumu", ""),
            ("Nakuru", ""),
            ("Eldoret", ""),
        ),
        "%0#00",
        "{S} - {Z}\n{C}\n{K}",
        ("gmail.com", "yahoo.com"),
        ("ID No.", "%#######"),
    ),
    "GH": _Country(
        "Ghana",
        "Ghana",
        (("faker", "tw_GH"), ("hand", "Ghanaian")),
        ("+233 24 ### ####", "024 ### ####", "+233 20 ### ####", "+233 55 ### ####"),
        (
            "House No. {n}, Ring Road East, Osu",
            "{n} Liberation Road, Airport Residential",
            "Plot {n}, Spintex Road",
        ),
        (
            ("Accra", ""),
            ("Kumasi", "", ("Plot {n}, Block {L}, Ahodwo", "H/No. {n} Adum")),
            ("Tema", "", ("House No. {n}, Community 11",)),
        ),
        "G@-###-####",
        "{S}\n{C}\nGhanaPost GPS {Z}\n{K}",
        ("gmail.com", "yahoo.co.uk"),
        ("Ghana Card", "GHA-#########-#"),
    ),
    "ET": _Country(
        "Ethiopia",
        "Ethiopia",
        (("hand", "Ethiopian"),),
        ("+251 91 ### ####", "091 ### ####", "+251 11 ### ####"),
        (),
        (
            (
                "Addis Ababa",
                "",
                ("Bole Sub-city, Woreda 03, House No. {n}", "Kirkos Sub-city, Kebele {m}, House No. {N}"),
            ),
            ("Bahir Dar", "", ("Kebele {m}, House No. {N}",)),
            ("Hawassa", "", ("Tabor Sub-city, House No. {n}",)),
        ),
        None,
        "{S}\n{C}\n{K}",
        ("gmail.com", "ethionet.et"),
        ("Fayda ID", "#### #### ####"),
    ),
    "ZA": _Country(
        "South Africa",
        "South Africa",
        (("faker", "zu_ZA"),),
        ("+27 8# ### ####", "082 ### ####", "+27 21 ### ####", "011 ### ####"),
        (),
        (
            ("Johannesburg", "", ("{n} Jan Smuts Avenue, Parktown", "{n} Vilakazi Street, Orlando West")),
            ("Cape Town", "", ("Unit {u}, {n} Beach Road, Sea Point", "{n} Long Street")),
            ("Durban", "", ("{n} Florida Road, Morningside",)),
            ("Pretoria", "", ("{n} Church Street, Arcadia",)),
        ),
        "####",
        "{S}\n{C}\n{Z}\n{K}",
        ("gmail.com", "mweb.co.za", "telkomsa.net"),
        ("ID number", "%############"),
    ),
    "EG": _Country(
        "Egypt",
        "Egypt",
        (("hand", "Arabic"),),
        ("+20 10 #### ####", "010 #### ####", "+20 2 #### ####"),
        (),
        (
            ("Cairo", "", ("{n} Abbas El Akkad St., Nasr City, Apt {u}", "Villa {n}, Street {m}, Maadi")),
            ("Giza", "", ("{n} Tahrir Street, Dokki",)),
            ("Alexandria", "", ("{n} Fouad Street, Apt {u}",)),
        ),
        "1####",
        "{S}\n{C} {Z}\n{K}",
        ("gmail.com", "yahoo.com"),
        ("National ID", "%#############"),
    ),
    "IN": _Country(
        "India",
        "India",
        (("faker", "en_IN"), ("hand", "Indian"), ("hand", "Indian")),
        ("+91 9#### #####", "+91 8#### #####", "080-########", "+91 22 #### ####"),
        (),
        (
            (
                "Bengaluru",
                "Karnataka",
                ("Flat {u}B, Sai Residency, {d}th Cross, Indiranagar", "{n}, MG Road, Shivajinagar"),
            ),
            (
                "Mumbai",
                "Maharashtra",
                ("Flat {f}0{d}, Sea View CHS, Bandra West", "{n}, Linking Road, Khar West"),
            ),
            ("New Delhi", "Delhi", ("B-{n}, Vasant Kunj", "C-{n}, Defence Colony")),
            ("Chennai", "Tamil Nadu", ("Door No. {n}, Anna Salai, T. Nagar",)),
            ("Hyderabad", "Telangana", ("H.No. {d}-{m}-{u}, Road No. {d}, Banjara Hills",)),
            ("Kochi", "Kerala", ("{n}/{m}, MG Road, Ernakulam",)),
        ),
        "%#####",
        "{S}\n{C} - {Z}\n{R}\n{K}",
        ("gmail.com", "rediffmail.com", "yahoo.co.in"),
        ("Aadhaar", "%### #### ####"),
    ),
    "PK": _Country(
        "Pakistan",
        "Pakistan",
        (("faker", "en_PK"), ("hand", "Pakistani")),
        ("+92 3## #######", "03##-#######", "+92 42 #######"),
        (),
        (
            ("Islamabad", "", ("House {n}, Street {m}, F-8/3",)),
            ("Lahore", "", ("House No. {n}, Block {L}, Gulberg III",)),
            ("Karachi", "", ("Flat {u}, {n} Shahrah-e-Faisal", "House {n}, Khayaban-e-Ittehad, DHA Phase 6")),
            ("Peshawar", "", ("House {n}, University Town",)),
        ),
        "%####",
        "{S}\n{C} {Z}\n{K}",
        ("gmail.com", "hotmail.com"),
        ("CNIC", "%####-#######-#"),
    ),
    "BD": _Country(
        "Bangladesh",
        "Bangladesh",
        (("hand", "Bangladeshi"),),
        ("+880 17## ######", "01###-######", "+880 2 ########"),
        (
            "House {n}, Road {m}, Dhanmondi",
            "House {n}, Road {m}, Block {L}, Banani",
            "Flat {L}-{d}, {n} Gulshan Avenue",
        ),
        (("Dhaka", ""),),
        "%###",
        "{S}\n{C}-{Z}\n{K}",
        ("gmail.com", "yahoo.com"),
        ("NID", "%#########"),
    ),
    "SG": _Country(
        "Singapore",
        "Singapore",
        (("hand", "Chinese (pinyin)"), ("hand", "Indian"), ("hand", "Indonesian")),
        ("+65 9### ####", "+65 8### ####", "6### ####"),
        (
            "Blk {n} Ang Mo Kio Avenue 3, #{f}-{N}",
            "{n} Tanjong Pagar Road, #{f}-{u}",
            "Blk {n} Tampines Street 21, #{f}-{n}",
        ),
        (("Singapore", ""),),
        "%#####",
        "{S}\n{C} {Z}",
        ("gmail.com", "singnet.com.sg", "yahoo.com.sg"),
        ("NRIC", "S%######@"),
    ),
    "MY": _Country(
        "Malaysia",
        "Malaysia",
        (("hand", "Indonesian"), ("hand", "Chinese (pinyin)"), ("hand", "Indian")),
        ("+60 12-### ####", "012-### ####", "+60 3-#### ####"),
        (),
        (
            ("Petaling Jaya", "Selangor", ("No. {n}, Jalan SS2/{m}",)),
            ("Kuala Lumpur", "W.P. Kuala Lumpur", ("{n}, Jalan Ampang", "No. {n}, Lorong {m}, Taman Desa")),
            ("Johor Bahru", "Johor", ("No. {n}, Jalan Molek {d}/{m}, Taman Molek",)),
            ("George Town", "Pulau Pinang", ("{n}, Lebuh Armenian",)),
        ),
        "%####",
        "{S}\n{Z} {C}\n{R}\n{K}",
        ("gmail.com", "yahoo.com"),
        ("MyKad", "######-##-####"),
    ),
    "ID": _Country(
        "Indonesia",
        "Indonesia",
        (("faker", "id_ID"), ("hand", "Indonesian")),
        ("+62 812-####-####", "0812-####-####", "+62 21 ####-####"),
        (),
        (
            (
                "Jakarta Selatan",
                "DKI Jakarta",
                ("Jl. Jend. Sudirman No. {n}, RT 0{d}/RW 0{d}", "Jl. Kemang Raya No. {n}"),
            ),
            ("Bandung", "Jawa Barat", ("Jl. Dago No. {n}", "Perumahan Griya Asri Blok {L} No. {m}")),
            ("Surabaya", "Jawa Timur", ("Jl. Tunjungan No. {n}",)),
            ("Yogyakarta", "DI Yogyakarta", ("Jl. Malioboro No. {n}",)),
            ("Denpasar", "Bali", ("Jl. Teuku Umar No. {n}",)),
        ),
        "%####",
        "{S}\n{C} {Z}\n{R}\n{K}",
        ("gmail.com", "yahoo.co.id"),
        ("NIK", "################"),
    ),
    "PH": _Country(
        "Philippines",
        "Philippines",
        (("hand", "Filipino"), ("faker", "es_MX")),
        ("+63 917 ### ####", "0917-###-####", "+63 2 8###-####"),
        (),
        (
            ("Makati City", "Metro Manila", ("Unit {u}{L}, {n} Ayala Avenue",)),
            ("Quezon City", "Metro Manila", ("{n} Katipunan Avenue, Loyola Heights",)),
            ("Cebu City", "Cebu", ("{n} Osmeña Blvd.", "Blk {m} Lot {u}, Greenfields Subd.")),
            ("Davao City", "Davao del Sur", ("{n} J.P. Laurel Avenue, Bajada",)),
        ),
        "%###",
        "{S}\n{C}, {Z} {R}\n{K}",
        ("gmail.com", "yahoo.com.ph"),
        ("PhilSys", "####-####-####-####"),
    ),
    "TH": _Country(
        "Thailand",
        "Thailand",
        (("faker", "th_TH"),),
        ("+66 8# ### ####", "08#-###-####", "+66 2 ### ####"),
        (),
        (
            (
                "Bangkok",
                "",
                (
                    "{n}/{m} Soi Sukhumvit {m}, Khlong Toei Nuea, Watthana",
                    "{n} Thanon Ratchadamri, Pathum Wan",
                ),
            ),
            ("Chiang Mai", "", ("{n}/{d} Moo {d}, Tambon Suthep, Mueang",)),
            ("Phuket", "", ("{n}/{m} Thanon Thalang, Talat Yai",)),
        ),
        "%0###",
        "{S}\n{C} {Z}\n{K}",
        ("hotmail.com", "gmail.com"),
        ("ID card", "%-####-#####-##-#"),
    ),
    "AE": _Country(
        "United Arab Emirates",
        "UAE",
        (("hand", "Arabic"), ("hand", "Persian"), ("hand", "Indian")),
        ("+971 50 ### ####", "050 ### ####", "+971 4 ### ####", "+971 55 ### ####"),
        ("P.O. Box {N}",),
        (
            (
                "Dubai",
                "",
                (
                    "Villa {n}, Street {m}, Al Barsha 2",
                    "Apt {f}0{d}, Marina Heights Tower, Dubai Marina",
                    "P.O. Box {N}",
                ),
            ),
            ("Abu Dhabi", "", ("Flat {u}, Building {n}, Al Khalidiyah", "P.O. Box {N}")),
            ("Sharjah", "", ("Flat {u}, Building {n}, Al Nahda",)),
            ("Al Ain", ""),
        ),
        None,
        "{S}\n{C}\n{K}",
        ("gmail.com", "emirates.net.ae", "hotmail.com"),
        ("Emirates ID", "784-19##-#######-#"),
    ),
    "SA": _Country(
        "Saudi Arabia",
        "Saudi Arabia",
        (("hand", "Arabic"),),
        ("+966 5# ### ####", "05# ### ####", "+966 11 ### ####"),
        (),
        (
            ("Riyadh", "", ("Building {N}, King Fahd Road, Al Olaya", "{N} Prince Sultan Street, Al Rawdah")),
            ("Jeddah", "", ("{N} Tahlia Street, Al Andalus",)),
            ("Dammam", "", ("{N} King Saud Street, Al Faisaliyah",)),
        ),
        "%####",
        "{S}\n{C} {Z}\n{K}",
        ("gmail.com", "hotmail.com"),
        ("Iqama", "2#########"),
    ),
    "TR": _Country(
        "Turkey",
        "Türkiye",
        (("faker", "tr_TR"), ("hand", "Turkish")),
        ("+90 5## ### ## ##", "0 (5##) ### ## ##", "+90 212 ### ## ##"),
        ("Atatürk Cad. No: {n} D: {u}", "Bağdat Cad. No: {n}/{d}", "Cumhuriyet Mah. {m}. Sok. No: {n}"),
        (("İstanbul", ""), ("Ankara", ""), ("İzmir", ""), ("Bursa", ""), ("Antalya", "")),
        "%####",
        "{S}\n{Z} {C}\n{K}",
        ("hotmail.com", "gmail.com", "yandex.com.tr"),
        ("T.C. Kimlik No", "%##########"),
    ),
    "UA": _Country(
        "Ukraine",
        "Україна",
        (("faker", "uk_UA"),),
        ("+380 67 ### ## ##", "+380 50 ### ## ##", "067 ### ## ##"),
        ("вул. Шевченка, {n}, кв. {u}", "просп. Перемоги, {n}, кв. {u}"),
        (
            ("Київ", "", ("вул. Хрещатик, {m}, кв. {u}", "просп. Перемоги, {n}, кв. {u}")),
            ("Львів", ""),
            ("Одеса", ""),
            ("Харків", ""),
        ),
        "0####",
        "{S}\n{C}, {Z}\n{K}",
        ("ukr.net", "i.ua", "gmail.com"),
        ("РНОКПП", "##########"),
    ),
    "RO": _Country(
        "Romania",
        "România",
        (("faker", "ro_RO"),),
        ("+40 7## ### ###", "07## ### ###", "+40 21 ### ####"),
        ("Str. Mihai Eminescu nr. {n}, bl. {L}{d}, ap. {u}", "Bd. Unirii nr. {n}"),
        (
            (
                "București",
                "Sector 1",
                ("Calea Victoriei nr. {n}, et. {d}", "Str. Mihai Eminescu nr. {n}, bl. {L}{d}, ap. {u}"),
            ),
            ("Cluj-Napoca", "jud. Cluj", ("Str. Memorandumului nr. {n}",)),
            ("Iași", "jud. Iași"),
            ("Timișoara", "jud. Timiș"),
        ),
        "######",
        "{S}\n{Z} {C}, {R}\n{K}",
        ("yahoo.com", "gmail.com"),
        ("CNP", "%############"),
    ),
    "BG": _Country(
        "Bulgaria",
        "България",
        (("faker", "bg_BG"),),
        ("+359 88# ### ###", "+359 2 ### ####", "089 ### ####"),
        ("ул. Иван Вазов {n}, ет. {d}, ап. {u}",),
        (
            ("София", "", ("ул. Витоша {n}, ет. {d}, ап. {u}", "ж.к. Младост {d}, бл. {n}, вх. А")),
            ("Пловдив", ""),
            ("Варна", ""),
        ),
        "%###",
        "{S}\n{Z} {C}\n{K}",
        ("abv.bg", "mail.bg", "gmail.com"),
        ("ЕГН", "##########"),
    ),
    "EE": _Country(
        "Estonia",
        "Eesti",
        (("faker", "et_EE"),),
        ("+372 5### ####", "+372 6## ####"),
        (),
        (
            ("Tallinn", "", ("Pärnu mnt {n}-{u}", "Narva mnt {n}", "Tartu mnt {n}-{u}")),
            ("Tartu", "", ("Riia {n}-{u}",)),
            ("Pärnu", "", ("Rüütli {n}",)),
        ),
        "1####",
        "{S}\n{Z} {C}\n{K}",
        ("gmail.com", "hot.ee"),
        ("Isikukood", "%##########"),
    ),
    "LT": _Country(
        "Lithuania",
        "Lietuva",
        (("faker", "lt_LT"),),
        ("+370 6## #####", "8 6## #####"),
        (),
        (
            ("Vilnius", "", ("Gedimino pr. {n}-{u}", "Vilniaus g. {n}-{u}")),
            ("Kaunas", "", ("Laisvės al. {n}",)),
            ("Klaipėda", "", ("Taikos pr. {n}-{u}",)),
        ),
        "LT-#####",
        "{S}\n{Z} {C}\n{K}",
        ("gmail.com", "one.lt"),
        ("Asmens kodas", "%##########"),
    ),
    "HR": _Country(
        "Croatia",
        "Hrvatska",
        (("faker", "hr_HR"),),
        ("+385 9# ### ####", "+385 1 ### ####", "09# ### ####"),
        (),
        (
            ("Zagreb", "", ("Ilica {n}", "Vukovarska {n}")),
            ("Split", "", ("Ulica kralja Zvonimira {n}",)),
            ("Rijeka", "", ("Korzo {m}",)),
        ),
        "%####",
        "{S}\n{Z} {C}\n{K}",
        ("gmail.com", "net.hr"),
        ("OIB", "###########"),
    ),
    "IS": _Country(
        "Iceland",
        "Ísland",
        (("faker", "is_IS"),),
        ("+354 %## ####", "+354 8## ####"),
        ("Laugavegur {n}", "Skólavörðustígur {n}", "Hringbraut {n}", "Bankastræti {m}"),
        (("Reykjavík", ""), ("Akureyri", "", ("Hafnarstræti {n}",))),
        "%##",
        "{S}\n{Z} {C}\n{K}",
        ("simnet.is", "gmail.com"),
        ("Kennitala", "######-####"),
    ),
    "NZ": _Country(
        "New Zealand",
        "New Zealand",
        (("faker", "en_NZ"), ("faker", "en_NZ"), ("hand", "Scottish")),
        ("+64 21 ### ####", "021 ### ####", "(09) ### ####", "+64 4 ### ####"),
        (),
        (
            ("Auckland", "", ("{n} Karangahape Road, Grey Lynn", "{n}A Ponsonby Road")),
            ("Wellington", "", ("{n} Cuba Street, Te Aro",)),
            ("Christchurch", "", ("Flat {d}, {n} Riccarton Road",)),
            ("Dunedin", "", ("{n} George Street",)),
        ),
        "####",
        "{S}\n{C} {Z}\n{K}",
        ("xtra.co.nz", "gmail.com"),
        ("NHI", "@@@####"),
    ),
    "JP": _Country(
        "Japan",
        "Japan",
        (("jp", ""),),
        ("+81 90-####-####", "090-####-####", "+81 3-####-####", "06-####-####"),
        (),
        (
            ("Tokyo", "", ("{d}-{m}-{u} Jingumae, Shibuya-ku", "{d}-{m}-{u} Nishi-Shinjuku, Shinjuku-ku")),
            ("Osaka", "", ("{d}-{m}-{u} Umeda, Kita-ku",)),
            ("Fukuoka", "", ("{d}-{m}-{u} Tenjin, Chuo-ku",)),
            ("Yokohama", "", ("{d}-{m}-{u} Minatomirai, Nishi-ku",)),
        ),
        "###-####",
        "{S}\n{C} {Z}\n{K}",
        ("yahoo.co.jp", "docomo.ne.jp", "gmail.com"),
        ("My Number", "#### #### ####"),
    ),
    "KR": _Country(
        "South Korea",
        "Republic of Korea",
        (("hand", "Korean"),),
        ("+82 10-####-####", "010-####-####", "+82 2-###-####"),
        (),
        (
            ("Seoul", "", ("{n} Teheran-ro, Gangnam-gu", "{n} Sejong-daero, Jung-gu")),
            ("Busan", "", ("{n} Haeundae-ro, Haeundae-gu",)),
            ("Incheon", "", ("{n} Convensia-daero, Yeonsu-gu",)),
        ),
        "0####",
        "{S}\n{C} {Z}\n{K}",
        ("naver.com", "daum.net", "gmail.com"),
        ("RRN", "######-#######"),
    ),
    "CN": _Country(
        "China",
        "P.R. China",
        (("cn", ""), ("hand", "Chinese (pinyin)")),
        ("+86 13# #### ####", "+86 139-####-####", "+86 21 ####-####", "+86 10 ####-####"),
        (),
        (
            (
                "Shanghai",
                "",
                (
                    "No. {n} Century Avenue, Pudong New District",
                    "Room {f}0{d}, No. {n} Nanjing West Road, Jing'an District",
                ),
            ),
            ("Guangzhou", "", ("No. {n} Tianhe Road, Tianhe District",)),
            ("Beijing", "", ("Building {d}, No. {n} Zhongguancun Street, Haidian District",)),
            ("Hangzhou", "", ("No. {n} Wensan Road, Xihu District",)),
        ),
        "%#####",
        "{S}\n{C} {Z}\n{K}",
        ("qq.com", "163.com", "126.com"),
        ("ID card", "%#################"),
    ),
}

# Cities and streets in their own scripts, for the CJK / Hangul address lines.
_HANZI = (
    ("上海市", "浦东新区世纪大道{n}号"),
    ("上海市", "静安区南京西路{n}号{f}0{d}室"),
    ("广州市", "天河区天河路{n}号"),
    ("北京市", "海淀区中关村大街{n}号"),
    ("杭州市", "西湖区文三路{n}号"),
)
# One address written twice: romanised (city, street) and in the local script (city, street).
_KANJI = (
    ("Tokyo", "{d}-{m}-{u} Jingumae, Shibuya-ku", "東京都", "渋谷区神宮前{d}-{m}-{u}"),
    ("Tokyo", "{d}-{m}-{u} Nishi-Shinjuku, Shinjuku-ku", "東京都", "新宿区西新宿{d}-{m}-{u}"),
    ("Osaka", "{d}-{m}-{u} Umeda, Kita-ku", "大阪府大阪市", "北区梅田{d}-{m}-{u}"),
    ("Fukuoka", "{d}-{m}-{u} Tenjin, Chuo-ku", "福岡県福岡市", "中央区天神{d}-{m}-{u}"),
)
_HANGUL = (
    ("Seoul", "{n} Teheran-ro, Gangnam-gu", "서울특별시", "강남구 테헤란로 {n}"),
    ("Seoul", "{n} Sejong-daero, Jung-gu", "서울특별시", "중구 세종대로 {n}"),
    ("Busan", "{n} Haeundae-ro, Haeundae-gu", "부산광역시", "해운대구 해운대로 {n}"),
)


def _two_scripts(g: Gen, table: tuple) -> tuple[Ent, Ent, Ent, Ent]:
    """(romanised street, romanised city, local-script city, local-script street) of one address."""
    city, street, local_city, local_street = g.pick(table)
    n = _numbers(g)
    return (
        ent(street.format(**n), "STREET_ADDRESS"),
        ent(city, "CITY"),
        ent(local_city, "CITY"),
        ent(local_street.format(**n), "STREET_ADDRESS"),
    )


def _local_script_address(g: Gen, table: tuple) -> tuple[Ent, Ent]:
    """A city and street in their own script, the city first as they are written."""
    city, street = g.pick(table)
    return ent(city, "CITY"), ent(street.format(**_numbers(g)), "STREET_ADDRESS")


_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "ъ": "a",
    "э": "e",
    "ы": "y",
    "ё": "io",
}


def _translit(text: str, bg: bool = False) -> str:
    out = []
    for ch in text.lower():
        if bg and ch in "гъщи":
            out.append({"г": "g", "ъ": "a", "щ": "sht", "и": "i"}[ch])
        else:
            out.append(_CYR.get(ch, ch))
    return ascii_fold("".join(out))


def _numbers(g: Gen) -> dict[str, object]:
    return {
        "n": g.rng.randrange(1, 200),
        "N": g.rng.randrange(1000, 9999),
        "m": g.rng.randrange(1, 40),
        "u": g.rng.randrange(1, 60),
        "d": g.rng.randrange(1, 9),
        "f": f"{g.rng.randrange(2, 25):02d}",
        "L": g.pick("ABCDEFGH"),
    }


def _xperson(g: Gen, key: str, female: bool | None = None) -> Person:
    """A person living in country `key`, named from its Faker locale or an outside_names culture."""
    g.multi = True
    kind, src = g.pick(_XC[key].people)
    female = g.chance(0.5) if female is None else female
    if kind == "faker":
        f = g.fake(src)
        first = f.first_name_female() if female else f.first_name_male()
        middle = f.first_name_female() if female else f.first_name_male()
        last = f.last_name_female() if female else f.last_name_male()
    elif kind == "jp":
        f = g.fake("ja_JP")
        first = (f.first_name_female_pair() if female else f.first_name_male_pair())[2]
        middle, last = first, f.last_name_pair()[2]
    elif kind == "cn":
        f = g.fake("zh_CN")
        first, middle, last = f.first_romanized_name(), f.first_romanized_name(), f.last_romanized_name()
    else:
        fem, mal, lasts = outside_names.culture(src)
        if not fem:
            female = False
        elif not mal:
            female = True
        firsts = fem if female else mal
        first, middle, last = g.pick(firsts), g.pick(firsts), g.pick(lasts)
    return Person(first, last, middle, female, key)


def _jp_person(g: Gen, female: bool | None = None) -> tuple[Person, str, str]:
    """A Japanese person: romanised, and family and given names in kanji."""
    g.multi = True
    female = g.chance(0.5) if female is None else female
    f = g.fake("ja_JP")
    fk, _, fr = f.first_name_female_pair() if female else f.first_name_male_pair()
    lk, _, lr = f.last_name_pair()
    return Person(fr, lr, fr, female, "JP"), lk, fk


def _xphone(g: Gen, key: str) -> Ent:
    return ent(g.fill(g.pick(_XC[key].phones)), "PHONE_NUMBER")


def _mobile(g: Gen, key: str) -> Ent:
    """A mobile number of country `key` (its first phone shape is a mobile's)."""
    return ent(g.fill(_XC[key].phones[0]), "PHONE_NUMBER")


def _xmail(g: Gen, p: Person, key: str | None = None) -> Ent:
    key = key or p.loc
    domain = g.pick(_XC[key].mail) if key in _XC else None
    if key in ("UA", "BG"):
        p = Person(_translit(p.first, key == "BG"), _translit(p.last, key == "BG"), "", p.female, p.loc)
    return g.email(p, domain)


def _xid(g: Gen, key: str) -> tuple[str, Ent]:
    label, pattern = _XC[key].nid
    return label, ent(g.fill(pattern), "ID")


@dataclass(frozen=True)
class _XAddr:
    street: Ent
    city: Ent
    zip: Ent | None
    region: Ent | None
    country: Ent
    layout: str


def _xaddr(g: Gen, key: str) -> _XAddr:
    c = _XC[key]
    city, region, *own = g.pick(c.cities)
    street = g.pick(own[0] if own else c.streets).format(**_numbers(g))
    post = g.fill(c.post) if c.post else None
    return _XAddr(
        ent(street, "STREET_ADDRESS"),
        ent(city, "CITY"),
        ent(post, "ZIP_CODE") if post else None,
        ent(region, "STATE_OR_COUNTRY") if region else None,
        ent(c.native, "STATE_OR_COUNTRY"),
        c.layout,
    )


def _xlines(a: _XAddr, country: bool = True) -> list[tuple]:
    fields = {"S": a.street, "C": a.city, "Z": a.zip, "R": a.region, "K": a.country}
    out = []
    for line in a.layout.split("\n"):
        if "{K}" in line and not country:
            continue
        pieces = [
            fields[p[1]] if re.fullmatch(r"\{[SCZRK]\}", p) else p for p in re.split(r"(\{[SCZRK]\})", line)
        ]
        out.append(tuple(p for p in pieces if p))
    return out


def _xone(a: _XAddr, country: bool = True) -> tuple:
    parts: list = []
    for i, line in enumerate(_xlines(a, country)):
        parts += [", "] * bool(i) + list(line)
    return tuple(parts)


def _xblock(a: _XAddr, indent: str = "", country: bool = True) -> tuple:
    return tuple(p for line in _xlines(a, country) for p in (indent, *line, "\n"))


# -- clinical notes ----------------------------------------------------------------------------

_AMBULANCE = (
    "Metropolitan Ambulance Service",
    "County EMS",
    "South Coast Ambulance Trust",
    "Ambulance Service NSW",
    "Northern Rescue and Paramedic Service",
)


def _health_number(g: Gen, loc: str) -> tuple[str, Ent]:
    if loc == "en_GB":
        return "NHS no", g.ident("nhs")
    if loc == "en_AU":
        return "Medicare", ent(g.fill("%### ##### #") + g.pick(("", f" / {g.rng.randrange(1, 6)}")), "ID")
    if loc == "en_CA":
        return "Health card", ent(g.fill("#### ### ### @@"), "ID")
    if loc == "en_IE":
        return "PPSN", g.ident("national", "en_IE")
    return "Member ID", g.ident("member")


@T("clinical_note")
def ambulance_patient_care_record(g: Gen, b: Builder) -> None:
    loc = _english(g)
    p, medic, emt, rn = g.person(), g.person(), g.person(), g.person()
    relation, nok = _relative(g, "daughter", "son", "wife", "husband", "neighbour", "partner", "carer")
    a = address(g)
    when = g.day(2019, 2024)
    dob = g.day(1930, 2005)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso", "dd-Mon-yyyy"))
    t0 = g.rng.randrange(0, 24 * 60)
    steps = [0]
    for lo, hi in ((1, 3), (1, 4), (6, 18), (1, 4), (15, 35), (10, 25)):
        steps.append(steps[-1] + g.rng.randrange(lo, hi))
    c = [_clock(t0 + s) for s in steps]
    b(
        upper(_org(g.pick(_AMBULANCE))),
        " - PATIENT CARE RECORD",
        g.pick((" (ePCR)", "", " / RUN SHEET")),
        "\n",
    )
    b("Incident #: ", g.ref(text=g.fill("%#######")), "   Unit: ", g.fill(g.pick(("MEDIC %#", "A%#", "RV%"))))
    b("   Date: ", g.date(when, style), "\n")
    b(
        f"Call {c[0]} | Disp {c[1]} | Enrt {c[2]} | On scn "
        f"{c[3]} | Pt cnt {c[4]} | Dep {c[5]} | Hosp {c[6]}\n\n"
    )
    at_home = g.chance(0.65)
    b("SCENE: ")
    if at_home:
        b("Private residence - ", one_line(a), "\n")
    else:
        b(
            g.pick(
                (
                    ("Workplace - loading bay, ", g.org(), "\n"),
                    ("Public place - bus shelter opposite the retail park\n",),
                    ("Roadside - northbound carriageway, lay-by near junction 4\n",),
                )
            )
        )
    b("Caller: ", relation, " (", g.name(nok, g.pick(("full", "first"))), ") cb ", g.phone(), "\n\n")
    label, number = _health_number(g, loc)
    b("PATIENT\n")
    b("Surname: ", g.name(p, "LAST"), g.pick(("   Given: ", "\tGiven name(s): ")), g.name(p, "first"))
    b("   Sex: ", "F" if p.female else "M", "\n")
    b("DOB: ", g.date(dob, style, dob=True), "   Age: ", g.age(_age_on(dob, when)))
    b(f"   Wt (est): {g.rng.randrange(48, 120)} kg\n")
    b(label, ": ", number, "\n")
    b("Home address: ", *(("as scene",) if at_home else one_line(address(g))), "\n")
    b("NOK: ", g.name(nok, "full"), f" ({relation}) ", g.phone(), "\n\n")
    complaint = g.pick(("chest pain", "fall, ? # NOF", "SOB", "collapse", "seizure", "hypoglycaemia"))
    b(f"C/C: {complaint}\n")
    b("HX: Pt found ", g.pick(("sitting on kitchen floor", "in bed", "slumped in armchair", "in the garden")))
    b(f", GCS {g.rng.randrange(13, 16)}. ")
    b(
        g.pick(
            (
                (
                    "States pain started after lunch. ",
                    relation.capitalize(),
                    " ",
                    g.name(nok, "first"),
                    " says ",
                ),
                ("Per ", relation, ", "),
            )
        ),
        "pt ",
        g.pick(
            (
                "has been more confused since Tuesday",
                "missed evening meds",
                "had a similar episode last month",
            )
        ),
        f". PMHx: {', '.join(filler.conditions(g, 2))}. Meds: {g.pick(vocab.DRUGS)}, {g.pick(vocab.DRUGS)}. ",
        "Allergies: ",
        g.pick(("NKDA", "penicillin (rash)", "codeine")),
        ".\n\n",
    )
    b("OBS   Time   HR   BP       RR  SpO2  GCS  BGL   Pain\n")
    for i in (4, 5, 6):
        b(
            f"      {c[i]}  {g.rng.randrange(58, 130):>3}  "
            f"{g.rng.randrange(95, 175)}/{g.rng.randrange(55, 100)}"
            f"   {g.rng.randrange(12, 28)}  {g.rng.randrange(88, 100)}%   {g.rng.randrange(13, 16)}"
            f"  {g.rng.randrange(40, 140) / 10:.1f}  {g.rng.randrange(0, 10)}/10\n"
        )
    b(f"\nRX: {c[4]} O2 via NP 2 L/min; {c[4]} IV access L ACF 18G; ")
    b(
        f"{c[5]} "
        f"{g.pick(('aspirin 300 mg PO', 'GTN 400 mcg SL', 'methoxyflurane 3 mL inh', 'glucagon 1 mg IM'))}\n"
    )
    b(
        "HANDOVER: to ",
        g.pick(("RN ", "Dr ", "CN ")),
        g.name(rn, g.pick(("full", "initial", "first"))),
        " at ",
    )
    b(g.hospital(), f" ED {c[6]}, triage cat {g.rng.randrange(2, 4)}\n")
    b(
        "CREW: ",
        g.name(medic, g.pick(("full", "initial"))),
        " (Paramedic, reg ",
        g.ident("professional"),
        ") / ",
    )
    b(g.name(emt, g.pick(("full", "last_first"))), " (EMT)\n")


@T("clinical_note")
def discharge_letter_to_gp(g: Gen, b: Builder) -> None:
    loc = _english(g, "en_GB", "en_AU", "en_IE")
    p, gp, cons, reg = g.person(), g.person(), g.person(), g.person()
    who, carer = _relative(g, "daughter", "son", "partner", "niece", "nephew")
    a = address(g)
    adm = g.day(2018, 2024)
    dis = adm + timedelta(days=g.rng.randrange(2, 20))
    dob = g.day(1930, 1990)
    style = g.pick(("dd/mm/yyyy", "d Month yyyy", "dd.mm.yyyy", "d Mon yyyy"))
    ward = g.pick(("Ward 7B (Acute Medicine)", "Stroke Unit", "Respiratory Ward 22", "Surgical Short Stay"))
    b(
        g.hospital(),
        "\n",
        ward,
        "\n",
        g.pick(("DISCHARGE LETTER", "Discharge Referral", "Inpatient Discharge Summary")),
    )
    b("\n\n")
    b(
        "To: Dr ",
        g.name(gp, g.pick(("full", "initial"))),
        "\n",
        _practice(g, g.pick(("Medical Centre", "Surgery"))),
    )
    b("\nDate: ", g.date(dis + timedelta(days=1), style), "\n\n")
    b("Dear Dr ", g.name(gp, "last"), ",\n\n")
    label, number = _health_number(g, loc)
    b("Re: ", g.name(p, g.pick(("UPPER", "full", "LAST_FIRST"))), ", DOB ", g.date(dob, style, dob=True))
    b(f", {label} ", number, "\n     ", one_line(a), "\n\n")
    b(
        "Your patient was admitted under the care of ",
        g.pick(("Dr ", "Prof. ", "Mr ", "Ms ")),
        g.name(cons, g.pick(("full", "initial"))),
        " on ",
        g.date(adm, style),
        f" with {g.pick(vocab.CONDITIONS)} and was discharged ",
        g.pick(("home", "to a residential care facility", "home with a package of care")),
        " on ",
        g.date(dis, style),
        ".\n\n",
    )
    b("Diagnoses\n", "".join(f"  {i}. {x}\n" for i, x in enumerate(filler.conditions(g, 3), 1)), "\n")
    b("Key investigations\n  ", filler.findings(g, 3, "; "), "\n\n")
    b("Medication changes\n")
    b(
        f"  STARTED  {filler.med(g)}\n  STOPPED  {g.pick(vocab.DRUGS)} (",
        g.pick(("AKI", "falls", "bradycardia")),
        ")\n",
    )
    b(f"  CHANGED  {filler.med(g)}\n\n")
    b("Actions for GP\n  - repeat U&Es in 1/52\n  - review BP and titrate\n")
    b(
        "  - outpatient clinic on ",
        g.date(dis + timedelta(days=g.rng.randrange(20, 60)), style),
        " at ",
        _hm(g, 9, 16),
    )
    b("\n\n")
    b(
        "Social: lives with ",
        "her " if p.female else "his ",
        who,
        " ",
        g.name(carer, g.pick(("full", "first"))),
        g.pick(
            (
                ("; community nursing will visit at home. Carer contact ", g.phone(), ".\n\n"),
                (" in a ground-floor flat; independent with frame.\n\n",),
            )
        ),
    )
    b("Yours sincerely,\n\n", g.name(reg, g.pick(("full", "initial"))), "\n")
    b(g.pick(("Registrar", "Senior House Officer", "Resident Medical Officer")), " to ")
    b(g.pick(("Dr ", "Prof. ")), g.name(cons, "last"), "\n")
    b("cc: patient; ", g.pick(("Community Nursing Team", "Falls Clinic", "Cardiac Rehab")), "\n")


_TEETH = (
    "18 17 16 15 14 13 12 11 | 21 22 23 24 25 26 27 28\n48 47 46 45 44 43 42 41 | 31 32 33 34 35 36 37 38"
)


@T("clinical_note")
def dental_chart(g: Gen, b: Builder) -> None:
    p, dentist, hyg = g.person(), g.person(), g.person()
    spouse_word, spouse = _spouse_word(g, p)
    dob = g.day(1940, 2010)
    visit = g.day(2019, 2024)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso", "d Mon yyyy"))
    b(_practice(g, g.pick(("Dental Practice", "Dental Care", "Family Dentistry"))), " | Clinical record\n")
    b("Patient: ", g.name(p, g.pick(("full", "last_first", "UPPER"))), "   Chart no. ", g.ident("mrn"), "\n")
    b("DOB ", g.date(dob, style, dob=True), "   Recall 6/12   SMS reminders to ", g.phone(ext=0), "\n")
    if g.chance(0.6):
        b("Cover: ", g.org(), " - member no. ", g.ident("member"), "\n")
    b("Med hx: ", ", ".join(filler.conditions(g, 2)), f"; takes {g.pick(vocab.DRUGS)}. ")
    b(g.pick(("No allergies.", "Allergic to latex.", "Penicillin allergy.")), "\n\n")
    b("Charting (FDI)\n", _TEETH, "\n")
    missing = g.rng.sample(("18", "28", "38", "48", "36", "46", "14", "24"), 3)
    b(f"Missing: {', '.join(missing)}   Restorations: 16 MOD amalgam, 46 O comp, 21 PFM crown, 37 RCT\n")
    b("BPE  ", " | ".join(str(g.rng.randrange(0, 4)) for _ in range(3)), " / ")
    b(" | ".join(g.pick(("0", "1", "2", "3", "4", "*")) for _ in range(3)), "\n\n")
    tooth = g.pick(("36", "46", "26", "15", "47"))
    b(g.date(visit, style), "  ", g.name(dentist, g.pick(("initial", "full"))), " (BDS) / nurse ")
    b(g.name(g.person(), "first"), "\n")
    b(f"  c/o sensitivity UL/LR x2/52. {tooth}: deep distal caries, TTP +, cold lingering 20 s.\n")
    b(f"  Rx: PA {tooth} (img ", g.ref(text=g.fill("IMG-######")), "), LA articaine 4% 1:100k 2.2 mL ")
    b(
        g.pick(("buccal infiltration", "IDB")),
        f". {g.pick(('XLA', 'Pulpotomy + temp dressing', 'MO composite'))}.\n",
    )
    b("  POI given verbally and written. ")
    if g.chance(0.6):
        b(
            "Pt consents to us discussing appts with ",
            spouse_word,
            " ",
            g.name(spouse, g.pick(("first", "full"))),
            " (",
            g.phone(),
            ").",
        )
    b(
        "\n\nNext: ",
        g.date(visit + timedelta(days=g.rng.randrange(7, 60)), style),
        f" {_hm(g, 8, 17)} with hygienist ",
    )
    b(g.name(hyg, g.pick(("full", "first"))), " - scale & polish, OHI (interdental brushes size 2).\n")


@T("clinical_note")
def physio_soap_note(g: Gen, b: Builder) -> None:
    p, gp, cm, pt = g.person(), g.person(), g.person(), g.person()
    visit = g.day(2019, 2024)
    style = g.pick(("dd/mm/yy", "m/d/yyyy", "iso", "d Mon yyyy", "dd.mm.yyyy"))
    insurer = g.org()
    session = g.rng.randrange(2, 8)
    b("PHYSIOTHERAPY - Session ", str(session), f" of {session + g.rng.randrange(1, 6)}   ")
    b(_practice(g, g.pick(("Physio & Sports Injury", "Physiotherapy", "Spine & Joint Clinic"))), "\n")
    b("Client: ", g.name(p), "   DOB: ", g.date(g.day(1960, 2002), style, dob=True), "   Claim #: ")
    b(g.ident("claim"), "\n")
    b("Employer: ", g.org(), "   Referrer: Dr ", g.name(gp, g.pick(("full", "initial"))), " (GP)\n")
    b("Case manager: ", g.name(cm, "full"), ", ", insurer, " - ", g.email(cm, g.domain_of(insurer)))
    b(" / ", g.phone(ext=0.4), "\n")
    b("Date: ", g.date(visit, style), "\n\n")
    before = g.rng.randrange(6, 10)
    b(
        'S: "',
        g.pick(
            (
                "Much better on the stairs",
                "Still sore first thing",
                "Tweaked it lifting my son",
                "OK until I sit",
            )
        ),
        f'." Pain {g.rng.randrange(1, before)}/10 (was {before}/10 at IA on ',
        _dt(g, visit - timedelta(days=g.rng.randrange(14, 50)), g.pick(("d Mon", "m/d", "dd/mm"))),
        "). ",
        g.pick(
            (
                ("Back on light duties since ", g.date(visit - timedelta(days=g.rng.randrange(2, 12))), ". "),
                ("Sleeping through. ",),
                ("Walks the dog 20 min. ",),
            )
        ),
        "\n",
    )
    b(
        f"O: Lx flex {g.rng.randrange(40, 90)}% (fingertips "
        f"to mid-shin), ext {g.rng.randrange(30, 80)}% P1. ",
        f"SLR R {g.rng.randrange(60, 90)}°, L {g.rng.randrange(35, 70)}° (+ve). ",
        f"Oswestry {g.rng.randrange(10, 40)}% (prev "
        f"{g.rng.randrange(40, 60)}%). Tender L4/5 L paraspinals.\n",
    )
    b("A: Improving ", g.pick(("L4/5 disc-related LBP with L S1 irritation", "R rotator cuff tendinopathy")))
    b(", on track for full duties.\n")
    b("P: Progress core stab (McGill big 3), graded walking 30 min, review 1/52. Report to ")
    b(g.name(cm, g.pick(("first", "full"))), " re: return-to-work plan.\n\n")
    b(
        "Physiotherapist: ",
        g.name(pt, g.pick(("full", "initial"))),
        g.pick((", HCPC reg ", ", AHPRA ", ", lic. ")),
    )
    b(g.ident("professional"), "\n")


@T("clinical_note")
def pharmacy_clarification_fax(g: Gen, b: Builder) -> None:
    _english(g, "en_US", "en_CA")
    p, doc, rph = g.person(), g.person(), g.person()
    when = g.day(2019, 2024)
    style = g.pick(("mm/dd/yyyy", "m/d/yy", "Mon d, yyyy"))
    pharmacy = _org(f"{g.pick(_PRACTICE_WORDS)} {g.pick(('Pharmacy', 'Drug Mart', 'Apothecary'))}")
    b("FAX - PRESCRIPTION CLARIFICATION REQUEST\n\n")
    b("To: Dr ", g.name(doc, g.pick(("full", "initial"))), " / ", _practice(g, "Family Medicine"))
    b("   Fax: ", _biz(g.phone(ext=0)), "\n")
    b("From: ", pharmacy, "   Ph: ", _biz(g.phone(ext=0)), "   Fax: ", _biz(g.phone(ext=0)), "\n")
    b("Date: ", g.date(when, style), f"   Time: {_hm(g)}   Pages: 1 of 1\n\n")
    b(
        "Patient: ",
        g.name(p, g.pick(("LAST_FIRST", "full", "UPPER"))),
        "   DOB: ",
        g.date(style=style, dob=True),
    )
    b("   Rx #: ", g.ref(text=g.fill("%######")), "\nPatient phone: ", g.phone(), "\n\n")
    b("Reason (check one):\n")
    reasons = (
        "Drug interaction",
        "Illegible",
        "Dose / directions unclear",
        "Not covered - prior auth needed",
    )
    pick = g.rng.randrange(len(reasons))
    b("".join(f"  [{'X' if i == pick else ' '}] {r}\n" for i, r in enumerate(reasons)), "\n")
    b(f"As written: {filler.med(g)}  #30  RF x2\n")
    b(f"Current meds on profile: {filler.med(g)}; {filler.med(g)}\n\n")
    b(
        "Pharmacist note: pt also takes warfarin (last INR 2.8 on ",
        g.date(when - timedelta(days=g.rng.randrange(3, 30)), g.pick(("m/d", "Mon dth", style))),
        "). Clarithromycin may raise INR - suggest azithromycin? ",
        g.pick(
            (
                (
                    "Spoke with pt's daughter ",
                    g.name(g.person(female=True), "first"),
                    ", who manages the meds. ",
                ),
                ("Pt's son ", g.name(g.person(female=False), "full"), " will pick up after 5 pm. "),
                ("",),
            )
        ),
        "\n\n",
    )
    b("PRESCRIBER RESPONSE:  [ ] OK to fill as written   [ ] Change to: ________________\n")
    b("Prescriber signature: ____________   NPI: ", g.ident("professional"), "\n\n")
    b(
        "Pharmacist: ",
        g.name(rph, g.pick(("full", "initial"))),
        ", RPh   Lic #",
        g.ident("professional"),
        "\n",
    )
    b(
        "CONFIDENTIALITY: this fax contains protected health "
        "information. If received in error call the sender.\n"
    )


@T("clinical_note")
def psych_crisis_intake_mse(g: Gen, b: Builder) -> None:
    _english(g)
    p, gp, ex, flat, cc = (g.person() for _ in range(5))
    mum = g.person(female=True)
    seen = g.day(2019, 2024)
    dob = g.day(1975, 2006)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy", "iso"))
    nick = _nick(g, p)
    team = g.pick(
        (
            "Crisis Resolution & Home Treatment Team",
            "Adult Community Mental Health Team",
            "Early Intervention",
        )
    )
    b(f"PSYCHIATRIC INTAKE ASSESSMENT - {team}\n\n")
    b("Name: ", g.name(p, g.pick(("full", "UPPER", "last_first"))), ' (prefers "', nick, '")   DOB: ')
    b(g.date(dob, style, dob=True), "   Age: ", g.age(_age_on(dob, seen)), "   ID: ", g.ident("mrn"), "\n")
    b("Referred by: Dr ", g.name(gp, g.pick(("full", "last"))), "   Seen: ", g.date(seen, style), "\n")
    b("Informant: mother, ", g.name(mum, "full"), " (", g.phone(), ")\n\n")
    b("PRESENTING COMPLAINT\n")
    b(
        nick,
        g.pick((" describes ", " reports ")),
        f"{g.rng.randrange(3, 10)} weeks of low mood, poor sleep (2-3 h) and ",
        g.pick(
            (
                "passive SI",
                "increasing cannabis use",
                "hearing a voice commenting on everything",
                "panic attacks at work",
            )
        ),
        ". Trigger: breakup with ",
        g.pick(("ex-partner ", "girlfriend ", "boyfriend ")),
        g.name(ex, g.pick(("first", "first_lower"))),
        " in ",
        g.pick(vocab.MONTHS),
        '. Mother says "',
        g.pick(
            ("she hasn't been herself", "she stopped eating")
            if p.female
            else ("he hasn't been himself", "he barely leaves his room")
        ),
        '".\n\n',
    )
    b("PAST PSYCH HX: ", g.pick(("one admission to ", "informal admission to ")), g.hospital())
    b(f" in {g.rng.randrange(2012, 2023)}; sertraline 100 mg previously.\n")
    b("FORENSIC: ", g.pick(("nil.", "caution for possession.")))
    if g.chance(0.5):
        b(" Court date ", g.date(seen + timedelta(days=g.rng.randrange(10, 90)), style), " (case ")
        b(g.ref(text=g.fill("@@##@####")), ").")
    b("\nSOCIAL: lives with flatmate ", g.name(flat, g.pick(("first", "full"))), " at ")
    a = address(g)
    b(a.street, ", ", a.city, "; works part-time at ", g.org(), ".\n\n")
    b("MSE\n")
    b("  Appearance: unkempt, poor eye contact. Behaviour: guarded, no PMA.\n")
    b('  Speech: quiet, slowed. Mood: "', g.pick(("empty", "numb", "rubbish", "fine I guess")))
    b('". Affect: flat, congruent.\n')
    b("  Thought: no FTD; ", g.pick(("no delusions elicited", "ideas of reference re: neighbours")), ".\n")
    b("  Perception: ", g.pick(("no AH/VH", "2nd-person AH, derogatory")), ". Cognition: oriented x3.\n")
    b("  Insight: partial. Judgement: fair.\n\n")
    b("RISK: ", g.pick(("moderate", "low-moderate")), " to self; protective factors: mother, dog, job.\n")
    b(
        "PLAN: HTT visits daily x7; safety plan agreed; crisis line ",
        _biz(ent(_CRISIS_LINE.get(g.locale, "988"), "PHONE_NUMBER")),
        ".\n",
    )
    b("Care coordinator: ", g.name(cc, g.pick(("full", "initial"))), ", ", g.phone(ext=0.5), "\n")


_CRISIS_LINE = {"en_US": "988", "en_CA": "988", "en_GB": "116 123", "en_IE": "116 123", "en_AU": "13 11 14"}
_TESTS = ("FBC", "U&E", "LFT", "HbA1c", "TSH", "Lipids", "INR", "CRP", "Ferritin", "B12/folate", "MSU M/C/S")


@T("clinical_note")
def pathology_request_form(g: Gen, b: Builder) -> None:
    loc = _english(g)
    p, doc, cc, coll = g.person(), g.person(), g.person(), g.person()
    a = address(g)
    when = g.day(2019, 2024)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "dd-Mon-yyyy"))
    b("PATHOLOGY REQUEST", g.pick((" FORM", " / REQUISITION", "")), "        Accession: ")
    b(g.ref(text=g.fill("@%#-#####")), "\n\n")
    b("Surname:      ", g.name(p, "LAST"), "\nGiven names:  ", ent(f"{p.first} {p.middle}", "PERSON"), "\n")
    b("Sex: ", "F" if p.female else "M", "     DOB: ", g.date(style=style, dob=True), "\n")
    b("Address:      ", one_line(a), "\nPhone:        ", g.phone(), "\n")
    label, number = _health_number(g, loc)
    b(f"{label + ':':<14}", number, "\n")
    b(
        "Billing:      ",
        g.pick(("[X] Public  [ ] Private", "[ ] Public  [X] Private", "[X] Bulk bill")),
        "\n\n",
    )
    b("Requesting practitioner: Dr ", g.name(doc, g.pick(("full", "initial"))), "   Provider no. ")
    b(g.ident("professional"), "\n")
    b("Copy to: Dr ", g.name(cc, g.pick(("full", "initial", "last"))), "\n\n")
    b(f"Clinical notes: ? {g.pick(vocab.CONDITIONS)}; on {g.pick(vocab.DRUGS)}. Fasting: ")
    b(g.pick(("Y", "N")), f"   Last dose: {_hm(g, 6, 11)}\n\n")
    chosen = set(g.rng.sample(range(len(_TESTS)), 4))
    b("Tests: ", "  ".join(f"[{'x' if i in chosen else ' '}] {t}" for i, t in enumerate(_TESTS)), "\n\n")
    b(
        "Collected: ",
        g.date(when, style),
        f" {_hm(g, 7, 11)}   by ",
        g.name(coll, g.pick(("full", "initial"))),
    )
    b(f"   Tubes: 1 x EDTA, {g.rng.randrange(1, 3)} x SST\n")
    b(
        "Patient declaration: I consent to the tests and to "
        "results being sent to my doctor(s).   Signed ______\n"
    )


@T("clinical_note")
def midwife_home_visit(g: Gen, b: Builder) -> None:
    loc = _english(g, "en_GB", "en_IE", "en_AU")
    mum, partner, mw, hv = g.person(female=True), g.person(), g.person(), g.person(female=True)
    baby_first = g.name(g.person(), "first")
    born = g.day(2019, 2024)
    day = g.rng.randrange(3, 8)
    style = g.pick(("dd/mm/yyyy", "d Mon yyyy", "dd/mm/yy"))
    a = address(g)
    b("COMMUNITY MIDWIFERY - POSTNATAL HOME VISIT (day ", str(day), ")\n\n")
    b("Mother: ", g.name(mum, g.pick(("full", "UPPER", "last_first"))), "   DOB: ")
    b(g.date(g.day(1982, 2004), style, dob=True))
    b("   Hosp no: ", g.ident("mrn"), "\n")
    surname = g.pick((mum.last, partner.last))
    b(
        "Baby: ",
        baby_first,
        " ",
        ent(surname, "PERSON"),
        "  born ",
        g.date(born, style),
        f" {_hm(g, 0, 23)}, ",
    )
    b(f"{g.rng.randrange(2600, 4300)} g, ", g.pick(("SVD", "LSCS", "ventouse")))
    if loc == "en_GB":
        b("   Baby NHS no: ", g.ident("nhs"))
    b("\nAddress:\n", block(a, "  "))
    b(
        "Access: ",
        g.pick(("side gate, blue door; dog in garden", "flat 2nd floor, buzzer broken - ring mobile")),
        "\n",
    )
    b("Partner: ", g.name(partner, g.pick(("full", "first"))), "  ", g.phone(), "\n")
    b("GP: ", _practice(g, g.pick(("Surgery", "Medical Practice"))), "\n\n")
    visit = born + timedelta(days=day)
    b("Visit ", g.date(visit, style), f" {_hm(g, 9, 17)}\n")
    b(f"  Mum: BP {g.rng.randrange(100, 140)}/{g.rng.randrange(60, 90)}, lochia normal, perineum healing, ")
    b(f"{g.pick(('breastfeeding well', 'mixed feeding', 'formula'))}, EPDS {g.rng.randrange(2, 14)}.\n")
    b(f"  Baby: wt {g.rng.randrange(2500, 4200)} g, mild jaundice, cord clean, ")
    b(g.pick(("NBS blood spot taken", "hearing screen booked")), ".\n")
    b("  ", baby_first, "'s older sibling ", g.name(g.person(), "first"), " (", g.age(g.rng.randrange(2, 7)))
    b(") at home, coping well.\n\n")
    b("Plan: next visit day 10 (", _dt(g, born + timedelta(days=10), g.pick(("d Mon", "dd/mm"))), "); ")
    b("handover to health visitor ", g.name(hv, g.pick(("full", "first"))), " (HV team ")
    b(_biz(g.phone(ext=0)), ").\n")
    b(
        "Midwife: ",
        g.name(mw, g.pick(("full", "initial"))),
        "   NMC PIN ",
        ent(g.fill("##@####@"), "ID"),
        "\n",
    )


# -- e-mails -----------------------------------------------------------------------------------


def _header_date(g: Gen, d: date) -> tuple:
    """An RFC 5322 Date header: the weekday and time are not part of the date span."""
    return (
        f"{d:%a}, ",
        g.date(d, "d Mon yyyy"),
        f" {_hm(g, 6, 23)}:{g.rng.randrange(60):02d} ",
        g.pick(("+0000", "+0100", "-0500", "+1000")),
    )


@T("support_email")
def forwarded_refund_thread(g: Gen, b: Builder) -> None:
    cust, agent, lead, first_agent = g.person(), g.person(), g.person(), g.person()
    company = g.org()
    dom = g.domain_of(company)
    order = g.ref(text=g.fill("#%######"))
    d1 = g.day(2020, 2024)
    d2 = d1 + timedelta(days=g.rng.randrange(3, 12))
    d3 = d2 + timedelta(days=g.rng.randrange(1, 4))
    subject = g.pick(("Refund still not received", "Return label never arrived", "Charged twice"))
    b("From: ", g.name(agent, "full"), " <", g.email(agent, dom), ">\n")
    b("Sent: ", g.date(d3, g.pick(("Month d, yyyy", "dd/mm/yyyy", "d Month yyyy"))), f" {_hm(g)}\n")
    b("To: ", g.name(lead, g.pick(("full", "last_first"))), " <", g.email(lead, dom), ">\n")
    b(f"Subject: FW: Re: {subject} - order #", order, "\n\n")
    b(g.name(lead, "first"), ", ")
    b(
        g.pick(
            (
                "can you pick this one up? ",
                "escalating as discussed. ",
                "this is the one I mentioned at stand-up. ",
            )
        ),
        "Third chaser from the customer. Her callback number is "
        if cust.female
        else "Third chaser from him. Mobile is ",
        g.phone(),
        ".\n\n",
        g.name(agent, g.pick(("first", "first_lower"))),
        "\n\n---------- Forwarded message ---------\n",
        "From: ",
        g.name(cust, g.pick(("full", "UPPER", "first"))),
        " <",
        g.email(cust),
        ">\nDate: ",
        _header_date(g, d2),
        f"\nSubject: Re: {subject} - order #",
        order,
        "\nTo: <",
        _biz(ent(f"support@{dom}", "EMAIL_ADDRESS")),
        ">\n\n",
    )
    b(
        "Hello,\n\nThis is the third time I am writing. I sent the item back on ",
        _dt(g, d1 - timedelta(days=g.rng.randrange(5, 20)), g.pick(("d Month", "Month d", "dd/mm"))),
        " and the tracking says it was signed for by ",
        g.pick(
            (
                ("your warehouse",),
                ("someone called ", g.name(g.person(), g.pick(("initial", "UPPER", "full")))),
            )
        ),
    )
    a = address(g)
    b(
        ". If you need to send anything, my address is ",
        one_line(a),
        " - NOT the old one on the account.\n\n",
        g.name(cust, g.pick(("first", "full"))),
        "\n\n",
    )
    b("> On ", g.date(d1, g.pick(("Mon d, yyyy", "d Mon yyyy", "dd/mm/yyyy"))), f" at {_hm(g)}, ", company)
    b(" Support <", _biz(ent(f"support@{dom}", "EMAIL_ADDRESS")), "> wrote:\n")
    b("> Dear ", g.name(cust, g.pick(("first", "full"))), ",\n>\n")
    b(
        "> Thank you for contacting us. Your case ",
        g.ref(text=g.fill("CS-######")),
        " has been passed to our returns\n",
    )
    b(
        "> team, who will reply within 5 working days.\n>\n> Kind regards,\n> ",
        g.name(first_agent, "first"),
        "\n",
    )
    b("> ", company, " Customer Care\n")


_OOO = (
    (
        "Thank you for your message. I am out of the office from ",
        " until ",
        " with limited access to e-mail.",
    ),
    ("I'm currently on annual leave (", " - ", ") and will reply when I'm back."),
    (
        "Danke für Ihre Nachricht. Ich bin vom ",
        " bis ",
        " nicht im Büro. / I am away and will reply on my return.",
    ),
)


@T("support_email")
def out_of_office_over_original(g: Gen, b: Builder) -> None:
    me, colleague, cust = g.person(), g.person(), g.person()
    org = g.org()
    dom = g.domain_of(org)
    start = g.day(2020, 2024)
    end = start + timedelta(days=g.rng.randrange(3, 21))
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "Month d", "dd.mm.yyyy", "d Mon"))
    subject = g.pick(("Invoice query", "Account closure request", "Change of address", "Missing credit note"))
    b(f"Subject: Automatic reply: {subject}\n\n")
    before, mid, after = g.pick(_OOO)
    b(before, g.date(start, style), mid, g.date(end, style), after, "\n\n")
    b("For anything urgent please contact my colleague ", g.name(colleague, "full"), " (")
    b(g.email(colleague, dom), ", ", g.phone(ext=0.5), ")")
    b(
        g.pick((". For invoices: ", ". Billing questions go to ")),
        _biz(ent(f"accounts@{dom}", "EMAIL_ADDRESS")),
        ".\n\n",
    )
    b(g.pick(("Kind regards", "Best wishes", "Mit freundlichen Grüßen / Kind regards")), "\n")
    b(g.name(me, "full"), "\n", g.pick(vocab.JOB_TITLES), " | ", org, "\n")
    b("M ", g.phone(), "  |  ", g.email(me, dom), "\n\n")
    b("-----Original Message-----\n")
    b("From: ", g.name(cust, "full"), " <", g.email(cust), ">\n")
    b(
        "Sent: ",
        g.date(start + timedelta(days=1), g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "Month d, yyyy"))),
        f" {_hm(g)}\n",
    )
    b("To: ", g.name(me, g.pick(("full", "last_first"))), "\n")
    b(f"Subject: {subject}\n\n")
    b("Dear ", g.title(me), g.name(me, "last"), ",\n\n")
    b("Please find attached the signed form for account ", g.ident("account"), ". ")
    b(
        g.pick(
            (
                (
                    "Since ",
                    g.date(start - timedelta(days=g.rng.randrange(5, 40))),
                    " my address has changed to ",
                    one_line(address(g)),
                    ". ",
                ),
                (
                    "My date of birth is ",
                    g.date(style=g.pick(("dd/mm/yyyy", "mm/dd/yyyy")), dob=True),
                    " if you need it to find the account. ",
                ),
            )
        ),
        "I would appreciate confirmation by e-mail.\n\n",
        "Regards,\n",
        g.name(cust, g.pick(("full", "first"))),
        "\n",
        g.phone(),
        "\n",
    )


@T("support_email")
def ombudsman_complaint(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_AU", "en_IE")
    me, agent1, agent2, neighbour = g.person(), g.person(), g.person(), g.person()
    child = g.person(female=False)
    provider = g.org()
    a = address(g)
    d0 = g.day(2020, 2024)
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "d Mon yyyy"))
    b(
        "To: ",
        _biz(
            ent(
                g.pick(("complaints@energyombudsman.example", "enquiries@ombudsman.example")), "EMAIL_ADDRESS"
            )
        ),
    )
    b("\nSubject: Formal complaint about ", provider, " - deadlock letter received\n\n")
    b("Complaint reference (provider): ", g.ref(text=g.fill("CMP######")), "\n")
    b("Account holder: ", g.name(me, "full"), "\nAccount number: ", g.ident("account"), "\n")
    b("Supply address:\n", block(a, "  "), "Contact: ", g.phone(), " / ", g.email(me), "\n\n")
    b("Dear Sir or Madam,\n\nI am referring my complaint to you after eight weeks. Timeline:\n\n")
    d = d0
    steps = (
        ("smart meter fitted; readings stopped the same day", False),
        ("called, spoke to ", True),
        ("bill for an estimated 4,120 kWh arrived", False),
        ("called again, spoke to ", True),
        ("received the deadlock letter", False),
    )
    agents = iter((agent1, agent2))
    for text, with_agent in steps:
        b("  ", g.date(d, style), " - ", text)
        if with_agent:
            ag = next(agents)
            q = g.pick(('"', ""))
            b(q, g.name(ag, "first"), q, g.pick((" who promised a call back", ", no notes taken")))
        b("\n")
        d += timedelta(days=g.rng.randrange(4, 20))
    b(
        "\nIn the meantime the engineer went to my neighbour, ",
        g.title(neighbour),
        g.name(neighbour, "last"),
        g.pick((", two doors down", ", across the road")),
        ", by mistake. My son ",
        g.name(child, "first"),
        " (",
        g.age(g.rng.randrange(4, 16)),
        ") has asthma and we cannot afford to ration heating.\n\n",
        "I would like the bill re-based on actual readings, and compensation for the time spent.\n\n",
        "Yours faithfully,\n",
        g.name(me, g.pick(("full", "middle"))),
        "\n",
    )


@T("support_email")
def solicitors_letter(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_IE", "en_AU")
    client, sol, partner_p, engineer = g.person(), g.person(), g.person(), g.person()
    firm = _org(f"{g.person().last} {g.pick(('& Co', 'Solicitors LLP', 'Legal'))}")
    their = g.org()
    a = address(g)
    d0 = g.day(2020, 2024)
    style = g.pick(("d Month yyyy", "dd/mm/yyyy"))
    b("Subject: Our ref ", g.ref(text=g.fill("LIT/####/##")), " - ", a.street, ", ", a.city, "\n\n")
    b("WITHOUT PREJUDICE SAVE AS TO COSTS\n\n")
    b(g.date(d0 + timedelta(days=40), style), "\n\nDear Sirs,\n\n")
    b("Our client: ", g.title(client), g.name(client, "full"), "\nProperty: ", one_line(a), "\n")
    b("Your client: ", their, "\n\n")
    b(
        "We act for the above-named in connection with water damage at the Property. On ",
        g.date(d0, style),
        " our client reported a leak from the communal tank. Your client's contractor, ",
        "Ms " if engineer.female else "Mr ",
        g.name(engineer, g.pick(("last", "full"))),
        ", attended on ",
        g.date(d0 + timedelta(days=g.rng.randrange(6, 30)), style),
        " and left without making safe.\n\n",
        "We enclose (1) photographs taken by our client's partner, ",
        g.name(partner_p, "full"),
        "; (2) the loss adjuster's report; (3) receipts totalling ",
        _cur(client.loc),
        _money(g, 2000, 19000),
        ".\n\n",
        "Please direct all correspondence to this office and "
        "not to our client. Settlement may be paid to our ",
        "client account, sort code ",
        _biz(ent(g.fill("##-##-##"), "ID")),
        ", account ",
        _biz(ent(g.fill("########"), "ID")),
        ", quoting our reference.\n\n",
        "Yours faithfully,\n\n",
        g.name(sol, "full"),
        "\n",
        g.pick(("Associate Solicitor", "Partner", "Trainee Solicitor")),
        " | ",
        firm,
        "\nDDI ",
        g.phone(),
        " | ",
        g.email(sol, g.domain_of(firm)),
        "\nSRA no. ",
        _biz(ent(g.fill("%#####"), "ID")),
        "\n",
    )


@T("support_email")
def recruiter_candidate_pitch(g: Gen, b: Builder) -> None:
    cand, rec, mgr, other = g.person(), g.person(), g.person(), g.person()
    agency = _org(
        f"{g.pick(('Talent', 'Hire', 'Search', 'People'))}{g.pick(('Bridge', 'Path', 'Scout', 'Wise'))} "
        "Recruitment"
    )
    client = g.org()
    title = g.pick(vocab.JOB_TITLES)
    b("From: ", g.name(rec, "full"), " <", g.email(rec, g.domain_of(agency)), ">\n")
    b("To: ", g.name(mgr, "full"), " <", g.email(mgr, g.domain_of(client)), ">\n")
    b(f"Subject: Candidate for your {title} role - ", g.name(cand, "initial"), "\n")
    b(
        "Attachment: ",
        ent(cand.last.replace(" ", "_"), "PERSON"),
        "_",
        ent(cand.first.replace(" ", "_"), "PERSON"),
    )
    b("_CV_", str(g.rng.randrange(2021, 2025)), ".pdf\n\n")
    b("Hi ", g.name(mgr, g.pick(("first", "first_lower"))), ",\n\n")
    b(
        "Following our call, I'd like to put forward ",
        g.name(cand, "full"),
        f" for the {title} position. ",
        g.pick(("She is", "They are") if cand.female else ("He is", "They are")),
        " currently at ",
        g.org(),
        ", based in ",
        address(g).city,
        f", with {g.rng.randrange(3, 15)} years in the field "
        f"({', '.join(g.rng.sample(vocab.SKILLS, 3))}).\n\n",
        f"Notice: {g.pick(('one month', 'four weeks', 'three months', 'immediate'))}. ",
        f"Expectation: {g.pick(('£', '$', '€'))}{g.rng.randrange(40, 120)}k + bonus. ",
        "Available to interview ",
        g.pick(vocab.WEEKDAYS),
        " or ",
        _dt(g, style=g.pick(("d Month", "Month d", "dd/mm"))),
        ".\n",
        "Profile: ",
        g.url(cand),
        "\nYou can reach ",
        g.name(cand, "first"),
        " directly on ",
        g.phone(),
        " if easier.\n\n",
    )
    b("Best,\n", g.name(rec, g.pick(("first", "full"))), "\n", agency, " | M: ", g.phone(), "\n\n")
    b(
        "p.s. remember ",
        g.name(other, "first_lower"),
        " ",
        ent(other.last[0].lower(), "PERSON") if g.chance(0.3) else ent(other.last.lower(), "PERSON"),
        " from last year's analyst search? looking again, happy to intro.\n",
    )


@T("support_email")
def bounce_with_original(g: Gen, b: Builder) -> None:
    sender, rcpt = g.person(), g.person()
    provider = g.pick(("mail.example-isp.net", "smtp.mailhost.eu", "mx1.webmail.example"))
    when = g.day(2019, 2024)
    wrong = g.email(rcpt)
    typo = wrong.text.replace("@", "@" if g.chance(0.3) else "@mail.", 1)
    wrong = ent(typo, "EMAIL_ADDRESS")
    b("From: Mail Delivery Subsystem <", _biz(ent(f"mailer-daemon@{provider}", "EMAIL_ADDRESS")), ">\n")
    b(
        "To: ",
        g.email(sender),
        "\nSubject: Undeliverable: ",
        g.pick(("Re: flat viewing", "Photos from Saturday", "Documents")),
    )
    b("\n\nDelivery has failed to these recipients or groups:\n\n", wrong, "\n")
    b(
        "The e-mail address you entered couldn't be found. "
        "Please check the recipient's address and try again.\n\n"
    )
    b("Diagnostic information for administrators:\n\nGenerating server: ", provider, "\n\n", wrong, "\n")
    b("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n")
    b("Original message headers:\n\n")
    b("Received: from [", g.ip(), "] (helo=", g.pick(("LAPTOP-7QK2", "iPhone", "DESKTOP-H44")), ")\n")
    b(f"    by {provider} with ESMTPSA id {g.fill('@@##@#@@##')}; ", *_header_date(g, when), "\n")
    b('From: "', g.name(sender, "full"), '" <', g.email(sender), ">\nTo: <", wrong, ">\n")
    b("Date: ", *_header_date(g, when), "\nMIME-Version: 1.0\n\n------ Original message ------\n\n")
    b(
        "Hi ",
        g.name(rcpt, g.pick(("first", "first_lower"))),
        ",\n\n",
        g.pick(
            (
                (
                    "Great to meet you on ",
                    g.date(when - timedelta(days=3), g.pick(("d Mon", "Month d"))),
                    ". ",
                ),
                ("As promised, here are the details. ",),
            )
        ),
        "I've moved - new address is ",
        one_line(address(g)),
        ". Mobile still ",
        g.phone(),
        ".\n\n",
        g.name(sender, "first"),
        "\n",
    )


@T("support_email")
def tenancy_deposit_dispute(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_IE", "en_AU")
    me, flatmate, agent, clerk = g.person(), g.person(), g.person(), g.person()
    agency = _org(f"{g.pick(_PRACTICE_WORDS)} {g.pick(('Lettings', 'Property Management', 'Estates'))}")
    flat = address(g)
    new = address(g)
    start = g.day(2018, 2022)
    end = start + timedelta(days=365 * g.rng.randrange(1, 3))
    style = g.pick(("dd/mm/yyyy", "d Month yyyy", "d Mon yyyy"))
    b("To: ", g.name(agent, "full"), " <", g.email(agent, g.domain_of(agency)), ">\n")
    b(
        "Cc: ",
        g.email(flatmate),
        "\nSubject: Deposit - ",
        flat.street,
        " - tenancy ending ",
        g.date(end, style),
        "\n\n",
    )
    b("Dear ", g.name(agent, "first"), ",\n\n")
    b(
        "I am writing about the deposit for ",
        one_line(flat),
        " (tenancy ",
        g.date(start, style),
        " to ",
        g.date(end, style),
        ", deposit scheme ID ",
        g.ref(text=g.fill("DPS-%#######")),
        ").\n\n",
        "Your check-out report by ",
        g.name(clerk, g.pick(("full", "initial"))),
        " lists a stained carpet and a broken blind. Both are on the check-in inventory, photos attached. ",
        "We propose a deduction of ",
        _cur(me.loc),
        str(g.rng.randrange(30, 120)),
        " for cleaning only.\n\n",
        "My co-tenant ",
        g.name(flatmate, "full"),
        " agrees and is copied. Please return my share to:\n",
    )
    if g.chance(0.5) or me.loc in ("en_AU",):
        b(
            "  Account name: ",
            g.name(me, "full"),
            "\n  Sort code / BSB: ",
            _biz(ent(g.fill("##-##-##"), "ID")),
        )
        b("\n  Account no.: ", g.ident("account"), "\n\n")
    else:
        b("  ", g.name(me, "full"), "\n  IBAN ", g.iban(), "\n\n")
    b("Forwarding address from ", g.date(end + timedelta(days=1), style), ":\n", block(new, "  "), "\n")
    b("Thanks,\n", g.name(me, g.pick(("full", "first"))), "\n", g.phone(), "\n")


_ROUTES = (
    ("Lisbon", "London Gatwick"),
    ("Dubai", "Manchester"),
    ("Toronto", "Reykjavík"),
    ("Bangkok", "Sydney"),
    ("Madrid", "Bogotá"),
    ("Frankfurt", "Chicago"),
)


@T("support_email")
def airline_customer_relations(g: Gen, b: Builder) -> None:
    me, kid, agent = g.person(), g.person(female=False), g.person()
    kid = Person(kid.first, me.last, kid.middle, kid.female, kid.loc)
    airline = _org(g.pick(("Northwind Airways", "Aurora Air", "Skyline Atlantic", "Meridian Airlines")))
    dep, arr = g.pick(_ROUTES)
    when = g.day(2019, 2024)
    flight = f"{g.fill('@@')} {g.rng.randrange(100, 9999)}"
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "Month d, yyyy", "dd Mon yyyy"))
    slug = airline.text.split()[0].lower()
    b("To: ", _biz(ent(f"customer.relations@{slug}-air.example", "EMAIL_ADDRESS")), "\n")
    b(f"Subject: Flight {flight} {dep}-{arr} on ", g.date(when, style), " - booking ")
    booking = g.ref(text=g.fill("@@@%@@"))
    b(booking, "\n\n")
    b("Dear Customer Relations,\n\n")
    b(
        f"My son and I were booked on {flight} from {dep} to {arr} on ",
        g.date(when, style),
        f". The flight was cancelled at the gate after a delay of {g.rng.randrange(3, 9)} hours and we were ",
        f"rebooked via {g.pick(('Paris', 'Amsterdam', 'Istanbul', 'Doha'))} the next evening. ",
        'The gate agent (badge: "',
        g.name(agent, "first"),
        '") told us to claim the hotel ourselves.\n\n',
        "Passengers:\n",
        "  1. ",
        g.name(me, g.pick(("UPPER", "LAST_FIRST", "full"))),
        "  frequent flyer ",
        g.ident("member"),
        "\n  2. ",
        g.name(kid, g.pick(("UPPER", "LAST_FIRST", "full"))),
        "  (child, DOB ",
        g.date(g.day(2008, 2016), g.pick(("dd/mm/yyyy", "dd Mon yyyy")), dob=True),
        ")  passport ",
        g.ident("passport"),
        "\n\n",
        "I am claiming the statutory compensation of "
        f"€{g.pick(('400', '600'))} per passenger plus the hotel ",
        f"({g.pick(('£', '€', '$'))}{_money(g, 90, 400)}). Receipts attached.\n\n",
        "Please pay to ",
        g.iban(),
        " (account holder ",
        g.name(me, "full"),
        ").\n\nRegards,\n",
        g.name(me, g.pick(("full", "first"))),
        "\n",
        g.phone(),
        "\n",
    )


# -- chats -------------------------------------------------------------------------------------


@T("chat_transcript")
def holiday_let_host_guest_thread(g: Gen, b: Builder) -> None:
    host_loc = g.pick(("it_IT", "es_ES", "pt_BR", "fr_FR", "de_DE", "en_GB", "nl_NL"))
    host, guest = g.person(host_loc), g.person()
    co = g.person(guest.loc)
    neighbour = g.person(host_loc)
    g.multi = g.multi or host_loc != guest.loc
    a = address(g, host_loc)
    arrive = g.day(2022, 2025)
    nights = g.rng.randrange(2, 9)
    style = g.pick(("d Mon", "Mon dth", "d Month"))
    t = g.rng.randrange(8 * 60, 20 * 60)
    hello = {"it_IT": "Ciao", "es_ES": "Hola", "pt_BR": "Oi", "fr_FR": "Bonjour", "de_DE": "Hallo"}.get(
        host_loc, "Hi"
    )
    registry = {
        "it_IT": "the police (Alloggiati Web)",
        "es_ES": "the Guardia Civil guest register",
        "pt_BR": "the condominium front desk",
        "fr_FR": "the town hall (fiche de police)",
        "de_DE": "the local registration form (Meldeschein)",
    }.get(host_loc, "our insurer")
    b("Messages \u00b7 ", _org(g.pick(("Airbnb", "Vrbo", "Booking.com"))), " \u00b7 reservation ")
    b(
        g.ref(text=g.fill("HM@@@@%###")),
        "\n",
        f"{nights} nights from ",
        g.date(arrive, style),
        " \u00b7 2 guests\n\n",
    )
    b(g.name(guest, "first"), f" \u00b7 {_clock(t)}\n")
    b("Hi ", g.name(host, "first"), f"! We land around {_hm(g, 19, 23)} - is a late self check-in ok?\n\n")
    b(g.name(host, "first"), f" (Host) \u00b7 {_clock(t + g.rng.randrange(10, 90))}\n")
    b(
        hello,
        " ",
        g.name(guest, "first"),
        "! Of course. The address is ",
        one_line(a),
        ". Key box left of the door, ",
    )
    b(f"code {g.fill('%###')} (it changes after your stay).\n")
    b(f"One thing: by law I have to register every guest with {registry}. Could you send full name, date of ")
    b("birth and passport or ID number for both of you?\n\n")
    b(g.name(guest, "first"), f" \u00b7 {_clock(t + g.rng.randrange(95, 200))}\n")
    style_dob = g.pick(("dd/mm/yyyy", "dd.mm.yyyy", "d Month yyyy"))
    b("1) ", g.name(guest, g.pick(("full", "UPPER"))), ", ", g.date(g.day(1960, 2003), style_dob, dob=True))
    b(", passport ", g.ident("passport", guest.loc), "\n")
    b("2) ", g.name(co, g.pick(("full", "UPPER"))), ", ", g.date(g.day(1960, 2003), style_dob, dob=True))
    b(", ", g.pick(("ID card ", "passport ")), g.ident("passport", co.loc), "\n")
    b("My mobile is ", g.phone(guest.loc, ext=0), " if you need us.\n\n")
    b(g.name(host, "first"), f" (Host) \u00b7 {_clock(t + g.rng.randrange(205, 300))}\n")
    b("Perfect, thank you! If anything goes wrong call me on ", g.phone(host_loc, ext=0), ". My neighbour ")
    b(g.name(neighbour, "first"), " lives two doors down and has a spare key.\n\n")
    b("\u2014 Reservation confirmed \u00b7 guest identity verified \u2014\n\n")
    b(g.name(host, "first"), " (Host) \u00b7 ", g.date(arrive + timedelta(days=nights), style), "\n")
    b(
        "Hope you enjoyed the stay, ",
        g.name(guest, g.pick(("first", "first_lower"))),
        "! A review would mean a lot.\n",
    )


@T("chat_transcript")
def zendesk_chat_log(g: Gen, b: Builder) -> None:
    agent, cust = g.person(), g.person()
    shop = g.org()
    day = g.day(2021, 2024)
    visitor = g.fill("%######")
    t = g.rng.randrange(8 * 3600, 20 * 3600)

    def ts(dt: int) -> str:
        s = t + dt
        return f"({s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d})"

    v = ("Visitor ", g.ref(text=visitor))
    a = address(g)
    b(
        "Chat transcript - ",
        shop,
        "\nChat started: ",
        g.date(day, g.pick(("iso", "dd/mm/yyyy", "Mon d, yyyy"))),
        " ",
    )
    b(
        f"{ts(0)[1:-1]} UTC\nVisitor ID: ",
        g.ref(text=visitor),
        "   Country: ",
        ent(a.country.text, "STATE_OR_COUNTRY"),
    )
    b("   Browser: Chrome 121 / Windows\n\n")
    b(ts(5), " *** ", g.name(agent, "first"), " joined the chat ***\n")
    b(ts(9), " ", g.name(agent, "first"), ": Hi there! How can I help today?\n")
    b(ts(31), " ", *v, ": hi my order never came\n")
    b(
        ts(44),
        " ",
        g.name(agent, "first"),
        ": Sorry about that! Could I get your full name and the email on the order?\n",
    )
    b(ts(70), " ", *v, ": ", g.name(cust, g.pick(("lower", "full", "first"))), "  ", g.email(cust), "\n")
    b(ts(95), " ", *v, ": order ", g.ref(text=g.fill("#%#####")), "\n")
    b(
        ts(130),
        " ",
        g.name(agent, "first"),
        ": Thanks ",
        g.name(cust, "first"),
        ". The courier shows it delivered to ",
    )
    b(
        a.street,
        " on ",
        g.date(day - timedelta(days=g.rng.randrange(1, 6)), g.pick(("m/d", "d Mon", "Month d"))),
    )
    b(" - is that right?\n")
    new = address(g)
    b(ts(170), " ", *v, ": no!! that's my old place. I'm at ", one_line(new), " now, I did update it\n")
    b(ts(200), " ", *v, ": my number is ", g.phone(), " if the driver needs it\n")
    b(
        ts(260),
        " ",
        g.name(agent, "first"),
        ": I've reshipped it to the new address, tracking by email within 24h.\n",
    )
    b(ts(300), " *** Visitor left the chat ***\n\nTags: wismo, reship, address_change   Rating: Good\n")


@T("chat_transcript")
def x_dm_with_brand(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_IE", "en_AU", "en_US", "en_CA")
    me, agent = g.person(), g.person()
    kind = g.pick(("rail", "parcel", "energy"))
    brand = _org(
        g.pick(
            {
                "rail": ("NorthRail", "Coastline Trains"),
                "parcel": ("Parcelwise", "SwiftDrop"),
                "energy": ("Brightside Energy",),
            }[kind]
        )
    )
    problem = {
        "rail": "train cancelled AGAIN and the app won't refund",
        "parcel": "my parcel says delivered but it isn't",
        "energy": "you've billed me twice this month",
    }[kind]
    a = address(g)
    day = g.day(2021, 2024)
    t = g.rng.randrange(7 * 60, 20 * 60)
    display = g.pick(
        ((g.name(me, "first"), " \N{SUNFLOWER}"), (g.name(me, "full"),), (g.name(me, "first_lower"), " x"))
    )
    sign = g.name(agent, g.pick(("first", "initial")))
    b("Direct Messages - ", brand, " Help \u2194 ", display, "\n\n")
    b(display, " \u00b7 ", g.date(day, g.pick(("Mon d, yyyy", "d Mon yyyy"))), f" {_clock(t)}\n")
    b(f"hi, {problem}. been on hold 40 mins\n\n")
    b(brand, f" Help \u00b7 {_clock(t + g.rng.randrange(5, 40))}\n")
    b(
        "Hi ",
        g.name(me, "first"),
        ", sorry to hear that. Can you DM us your full name, postcode and the email on your ",
    )
    b("account? Never send card details here. ^", sign, "\n\n")
    b(display, f" \u00b7 {_clock(t + g.rng.randrange(41, 60))}\n")
    b(g.name(me, g.pick(("full", "lower"))), "\n", a.zip, "\n", g.email(me), "\n\n")
    if kind != "energy":
        b(display, f" \u00b7 {_clock(t + 61)}\n")
        b("also the ", "booking" if kind == "rail" else "order", " was in my mum's name, ")
        b(
            g.name(g.person(female=True), g.pick(("full", "first"))),
            ", ref ",
            g.ref(text=g.fill("@@@%#####")),
            "\n\n",
        )
    b(brand, f" Help \u00b7 {_clock(t + g.rng.randrange(70, 120))}\n")
    b("Thanks! Found it. Refund of ", _cur(me.loc), _money(g, 8, 90), " is on its way (3-5 working days). ^")
    b(sign, "\n")


@T("chat_transcript")
def neighbourhood_lost_pet_thread(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_US", "en_AU", "en_CA", "en_IE")
    owner, finder, other, mod = g.person(), g.person(), g.person(), g.person()
    spouse_word, spouse = _spouse_word(g, finder)
    spouse_word = "my " + spouse_word.split()[1]
    home, found_at = address(g), address(g)
    pet = g.pick(
        ("grey cat Miso", "tabby called Pickle", "old spaniel, Biscuit", "black cat with a white bib, Olive")
    )
    area = g.pick(("Riverside North", "Old Town East", "Hillcrest & Parkview", "Station Quarter"))
    b(area, " \u00b7 Lost & Found\n\n")
    b(g.name(owner, g.pick(("full", "first"))), " \u00b7 ", g.pick(("2h", "5h", "yesterday")), "\n")
    b(f"LOST: our {pet}, last seen ", g.pick(vocab.WEEKDAYS), " evening near the playground. Microchipped. ")
    b("Please call ", g.phone(ext=0), " - we're at ", home.street, ", ", home.city, ".\n")
    b("  \u2764 14   \U0001f4ac 6\n\n")
    b(
        "  \u21b3 ",
        g.name(other, g.pick(("full", "first"))),
        ": saw one like that by the recycling bins behind the ",
    )
    b("supermarket around 10pm!\n")
    b(
        "  \u21b3 ",
        g.name(finder, g.pick(("full", "first"))),
        ": ",
        spouse_word,
        " ",
        g.name(spouse, "first_lower"),
    )
    b(" thinks it's been sleeping in our shed, we're at ", one_line(found_at), "\n")
    b("  \u21b3 ", g.name(owner, "first"), ": thank you ", g.name(finder, "first"), "!! on my way now\n")
    b(
        "  \u21b3 ",
        g.name(mod, "full"),
        " (Moderator): friendly reminder - please DM addresses rather than posting ",
    )
    b("them publicly \N{SLIGHTLY SMILING FACE}\n")
    b(
        "  \u21b3 ",
        g.name(owner, "first"),
        ": FOUND! home and eating. thank you ",
        g.name(finder, "first"),
        " and ",
    )
    b(g.name(spouse, "first"), " \N{PERSON WITH FOLDED HANDS}\n")


@T("chat_transcript")
def school_parents_whatsapp(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_IE", "en_AU")
    host, p2, p3, teacher = g.person(female=True), g.person(), g.person(), g.person()
    kids = [g.person() for _ in range(3)]
    a = address(g)
    day = g.day(2021, 2024)
    t = g.rng.randrange(18 * 60, 21 * 60)
    stamp = "[{:%d/%m/%Y}, {}]"
    kid0 = g.name(kids[0], "first")
    b(stamp.format(day, _clock(t)), " ", g.name(host, g.pick(("full", "first"))), " (", kid0, "'s mum): ")
    b(
        "Hi all! ",
        kid0,
        f" is turning {g.rng.randrange(6, 10)} and we're having a party on ",
        g.pick(vocab.WEEKDAYS[5:]),
    )
    b(" 2-4pm at ours - ", a.street, ", ", a.city, ". Please RSVP by ")
    b(_dt(g, day + timedelta(days=5), g.pick(("d Mon", "dd/mm", "Month d"))), "\n")
    b(
        stamp.format(day, _clock(t + 3)),
        " ",
        g.phone(ext=0),
        ": ",
        g.name(kids[1], "first"),
        " would love to come! ",
    )
    b("Is it ok if the little sister tags along? - ", g.name(p2, "first"), "\n")
    b(
        stamp.format(day, _clock(t + 4)),
        " ",
        g.name(p3, g.pick(("full", "first"))),
        ": yes from us \N{PARTY POPPER} ",
    )
    b(g.name(kids[2], "first_lower"), " has a nut allergy fyi\n")
    b(stamp.format(day, _clock(t + 9)), " ", g.name(host, "first"), ": \N{THUMBS UP SIGN} noted. ")
    b("Parking is tight - park on the main road\n")
    b(
        stamp.format(day, _clock(t + 15)),
        " ",
        g.name(p3, g.pick(("first", "full"))),
        ": also does anyone have ",
    )
    b(
        g.pick(("Mrs ", "Ms ")) if teacher.female else "Mr ",
        g.name(teacher, "last"),
        "'s email? the reading log link is broken\n",
    )
    b(
        stamp.format(day, _clock(t + 17)),
        " ",
        g.phone(ext=0),
        ": ",
        g.email(teacher, g.pick(("school.example.org", "stmarys-primary.example"))),
        " - ",
        "she" if teacher.female else "he",
        " replies quickly\n",
    )
    b(
        stamp.format(day, _clock(t + 18)),
        " ",
        g.name(p3, "first"),
        ": thank you!! \N{PERSON WITH FOLDED HANDS}\n",
    )
    b(stamp.format(day, _clock(t + 40)), " ", g.name(host, "first"), " left\n")


@T("chat_transcript")
def dating_app_chat(g: Gen, b: Builder) -> None:
    them, me = g.person(), g.person()
    day = g.day(2021, 2024)
    a = address(g)
    age = g.age(g.rng.randrange(22, 45))
    b(
        "You matched with ",
        g.name(them, "first"),
        ", ",
        age,
        " \u00b7 ",
        g.date(day, g.pick(("d Mon", "Mon dth"))),
        "\n\n",
    )
    b(
        g.name(them, "first"),
        ": ok your dog is the best thing I've seen all week \N{FACE WITH TEARS OF JOY}\n",
    )
    b("You: haha that's biscuit, she's the real catch\n")
    b(
        g.name(them, "first"),
        ": lol. I'm ",
        g.name(them, "first"),
        " btw but everyone calls me ",
        _nick(g, them),
        "\n",
    )
    b("You: ", g.name(me, "first_lower"), " \N{WAVING HAND SIGN} where abouts are you?\n")
    b(
        g.name(them, "first"),
        ": ",
        a.city,
        ", just moved here from ",
        g.pick(("Lisbon", "Leeds", "Ottawa", "Perth", "Kraków")),
    )
    b(". my flat's at ", a.street, ", above the bakery lol\n")
    b("You: no way I walk past there every day\n")
    b(g.name(them, "first"), ": this app is so slow, text me? ", g.phone(), "\n")
    b(
        "You: done! it's ",
        g.name(me, "first"),
        " ",
        ent(me.last[0], "PERSON"),
        ". from the app \N{SLIGHTLY SMILING FACE}\n",
    )
    b(g.name(them, "first"), ": coffee ", g.pick(vocab.WEEKDAYS), "? my insta is my full name, ")
    b(g.name(them, "lower"), "\n")


@T("chat_transcript")
def game_lobby_chat(g: Gen, b: Builder) -> None:
    players = [
        g.person(g.pick(("en_US", "pl_PL", "de_DE", "pt_BR", "sv_SE", "en_GB", "fr_FR"))) for _ in range(4)
    ]
    g.multi = True
    handles = [ent(ascii_fold(p.first.split()[0]).lower(), "PERSON") for p in players]
    region = g.pick(("EU-West", "NA-East", "SA-Brazil", "EU-North"))
    b(
        "[LOBBY] Match ",
        g.ref(text=g.fill("#%#######")),
        " | map: Dust Valley | mode: 5v5 ranked | ",
        region,
        "\n",
    )
    b("[ALL] ", handles[0], ": gg ez\n")
    b("[ALL] ", handles[1], ": ", handles[0], " u were camping all game lol\n")
    b("[TEAM] ", handles[2], ": anyone want to 5-stack tmrw? i host the community server\n")
    b("[TEAM] ", handles[2], ": connect ", g.ip(), ":27015  pw in discord\n")
    b(
        "[TEAM] ",
        handles[3],
        ": im in. my cousin ",
        g.name(g.person(players[3].loc), "first_lower"),
        " plays too\n",
    )
    b("[ALL] ", handles[1], ": ", handles[3], " add me, real name ", g.name(players[1], "full"), " on fb\n")
    b("[ALL] ", handles[0], ": lmao who gives their real name in lobby\n")
    b("[TEAM] ", handles[3], ": ok. whatsapp me ", g.phone(players[3].loc), " for the stack\n")
    b("[SYSTEM] ", handles[0], " has left the lobby. Reports received: 1 (toxicity)\n")


@T("chat_transcript")
def bank_chatbot_handover(g: Gen, b: Builder) -> None:
    me, agent = g.person(), g.person()
    bank = g.org()
    day = g.day(2021, 2024)
    bot = g.pick(("Ava", "Nova", "Penny", "Cora", "Max"))
    last4 = g.fill("####")
    b(
        f"{bot} (virtual assistant) - transcript ",
        g.date(day, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso"))),
        "\n\n",
    )
    b(f"{bot}: Hi, I'm {bot}, ", bank, "'s virtual assistant. What can I help with?\n")
    b("You: ", g.pick(("lost card", "card stolen", "someone used my card")), "\n")
    b(f"{bot}: I'm sorry to hear that. To check it's you, please type your date of birth (DD/MM/YYYY).\n")
    b("You: ", g.date(style="dd/mm/yyyy", dob=True), "\n")
    b(f"{bot}: Thanks. And the last 4 digits of the card?\n")
    b("You: ", g.ref(text=last4), "\n")
    b(
        f"{bot}: I've frozen the card ending ",
        g.ref(text=last4),
        ". Shall I send a replacement to your home address?\n",
    )
    b("You: no i moved, new address ", one_line(address(g)), "\n")
    b(f"{bot}: Changing your address needs a colleague. Connecting you now...\n\n")
    b("--- ", g.name(agent, g.pick(("first", "full"))), " has joined the chat ---\n")
    b(g.name(agent, "first"), ": Hi ", g.name(me, "first"), ", I can see the frozen card. ")
    b("Could you confirm the mobile number we should text the code to?\n")
    b("You: ", g.phone(), "\n")
    if g.chance(0.5):
        b("You: the old card was ", g.card(), " if that helps\n")
        b(
            g.name(agent, "first"),
            ": Please don't share full card numbers in chat - I've hidden it from the record.\n",
        )
    b(g.name(agent, "first"), ": Done. Your new card arrives in 3-5 working days. Anything else?\n")
    b("You: no thanks\n\nRate this chat: \u2605\u2605\u2605\u2605\u2606\n")


# -- HR ----------------------------------------------------------------------------------------


@T("hr_record")
def employment_reference_letter(g: Gen, b: Builder) -> None:
    emp, referee = g.person(), g.person()
    org = g.org()
    start = g.day(2010, 2019)
    end = start + timedelta(days=g.rng.randrange(400, 2500))
    title = g.pick(vocab.JOB_TITLES)
    pron = ("she", "her", "her") if emp.female else ("he", "his", "him")
    b(org, "\n", g.pick(("People Team", "Human Resources", "Office of the Director")), "\n\n")
    b(
        g.date(
            end + timedelta(days=g.rng.randrange(10, 300)),
            g.pick(("d Month yyyy", "Month d, yyyy", "dd/mm/yyyy")),
        )
    )
    b("\n\nTO WHOM IT MAY CONCERN\n\n")
    b("Reference: ", g.name(emp, g.pick(("full", "middle"))))
    if g.chance(0.4):
        b(" (DOB ", g.date(style=g.pick(("dd/mm/yyyy", "mm/dd/yyyy")), dob=True), ")")
    b("\n\n")
    fmt = g.pick(("my", "full"))
    span = (
        (_month_year(start), " to ", _month_year(end))
        if fmt == "my"
        else (g.date(start, "d Month yyyy"), " to ", g.date(end, "d Month yyyy"))
    )
    b(
        "I am pleased to confirm that ",
        g.title(emp),
        g.name(emp, "last"),
        " was employed by ",
        org,
        " from ",
        span,
        f" as {title}, latterly reporting to me. ",
        pron[0].capitalize(),
        f" left of {pron[1]} own accord.\n\n",
        "In that time ",
        g.name(emp, "first"),
        f" led the migration to {g.pick(vocab.PRODUCTS)}, "
        f"trained {g.rng.randrange(3, 20)} new starters and was ",
        "consistently rated 'exceeds' at appraisal. Sickness "
        "absence was within normal limits and there were no ",
        "disciplinary matters on file.\n\n",
        f"I would re-employ {pron[2]} without hesitation. If you need more, please call me on ",
        g.phone(ext=0.4),
        " or write to ",
        g.email(referee, g.domain_of(org)),
        ".\n\nYours faithfully,\n\n",
        g.name(referee, "full"),
        "\n",
        g.pick(("Head of Operations", "Finance Director", "Practice Manager", "Engineering Manager")),
        "\n",
    )


@T("hr_record")
def payroll_exception_report(g: Gen, b: Builder) -> None:
    org = g.org()
    run = g.day(2021, 2024)
    approver = g.person()
    b(
        "PAYROLL EXCEPTION REPORT - ",
        org,
        "\nPay run: ",
        g.date(run, g.pick(("dd/mm/yyyy", "iso", "mm/dd/yyyy"))),
    )
    b(f"   Period: M{run.month:02d}   Generated {_hm(g)}\n\n")
    b("EmpNo       Name                      Code   Detail\n")
    b("----------  ------------------------  -----  ---------------------------------------------\n")
    codes = (
        ("BNK", "bank details changed <5 days before run"),
        ("NEG", "negative net pay"),
        ("OT>", "overtime > 60 h"),
        ("NIC", "missing national insurance / tax number"),
        ("LVR", "leaver paid after termination date"),
        ("ADR", "payslip returned - address unknown"),
    )
    for _ in range(g.rng.randrange(4, 7)):
        p = g.person()
        code, detail = g.pick(codes)
        name = g.name(p, g.pick(("LAST_FIRST", "last_first")))
        pad = " " * max(2, 26 - len(name.text))
        number = g.ident("employee")
        b(number, " " * max(2, 10 - len(number.text)), name, pad, f"{code:<5}  {detail}")
        if code == "BNK":
            b(": old ", g.iban(), " new ", g.iban())
        elif code == "LVR":
            b(" (", g.date(run - timedelta(days=g.rng.randrange(3, 40)), g.pick(("dd/mm/yy", "d Mon"))), ")")
        elif code == "ADR":
            b(": ", one_line(address(g)))
        elif code == "NIC":
            b(" - employee says it is ", _nat_id(g, p)[1])
        b("\n")
    b(
        "\nAction: hold BNK items pending call-back verification "
        "to the number on file (not the e-mail sender).\n"
    )
    b(
        "Approved for release: ",
        g.name(approver, g.pick(("full", "initial"))),
        " ",
        g.date(run, g.pick(("d Mon", "m/d"))),
    )
    b("\n")


@T("hr_record")
def disciplinary_hearing_minutes(g: Gen, b: Builder) -> None:
    emp, chair, hr, rep, wit, note = (g.person() for _ in range(6))
    org = g.org()
    day = g.day(2020, 2024)
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "dd.mm.yyyy"))
    t = g.rng.randrange(9 * 60, 15 * 60)
    b("CONFIDENTIAL - ", org, "\nMINUTES OF DISCIPLINARY HEARING\n\n")
    b("Date: ", g.date(day, style), f"   Time: {_clock(t)}   Location: Meeting Room 3 / Teams\n\n")
    b(
        "Present:\n  ",
        g.name(chair, "full"),
        " - Chair (",
        g.pick(("Operations Manager", "Head of Sales")),
        ")\n",
    )
    b(
        "  ",
        g.name(hr, "full"),
        " - HR Advisor\n  ",
        g.name(emp, "full"),
        " - Employee (",
        g.ident("employee"),
        ")\n",
    )
    b(
        "  ",
        g.name(rep, "full"),
        " - Companion (",
        g.pick(("Unison", "Unite", "GMB", "workplace colleague")),
        ")\n",
    )
    b("  ", g.name(note, g.pick(("full", "initial"))), " - Note-taker\n\n")
    b("1. ALLEGATIONS\n")
    b(
        "  a) That on ",
        g.date(day - timedelta(days=g.rng.randrange(10, 40)), style),
        " ",
        g.name(emp, "first"),
        " ",
        g.pick(("used a colleague's login to approve own expenses", "left the site unsecured overnight")),
        ".\n  b) Failure to follow the absence-reporting procedure on three occasions.\n\n",
    )
    b("2. EVIDENCE\n  Witness statement from ", g.name(wit, "full"), " read out. ")
    b(g.name(rep, "last"), " asked for CCTV; Chair agreed to adjourn if needed.\n\n")
    b(
        "3. EMPLOYEE'S RESPONSE\n  ",
        g.name(emp, "first"),
        ' said: "',
        "We all call her " if wit.female else "Everyone calls him ",
    )
    b(_nick(g, wit), ' and shares passwords - I thought it was normal." Produced a GP note dated ')
    b(g.date(day - timedelta(days=g.rng.randrange(40, 90)), style), " re: absences.\n\n")
    b(f"  Adjourned {_clock(t + 55)}; reconvened {_clock(t + 80)}.\n\n")
    b(
        "4. OUTCOME\n  ",
        g.pick(("First written warning, live for 12 months.", "Final written warning, live 12 months.")),
    )
    b(" Right of appeal within 5 working days to ", g.name(g.person(), "full"), ".\n")
    b("  Outcome letter to home address: ", one_line(address(g)), "\n\n")
    b("Signed (Chair) ______   Signed (Employee) ______\n")


@T("hr_record")
def onboarding_checklist(g: Gen, b: Builder) -> None:
    emp, mgr, buddy = g.person(), g.person(), g.person()
    ec_word, ec = _relative(g, "partner", "mother", "brother", "sister", "father")
    org = g.org()
    start = g.day(2021, 2025)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso", "d Mon yyyy"))
    label, number = _nat_id(g, emp)

    def box(done: bool) -> str:
        return "[x]" if done else "[ ]"

    b("NEW STARTER CHECKLIST - ", org, "\n")
    b(
        "Starter: ",
        g.name(emp, g.pick(("full", "last_first", "UPPER"))),
        "   Start date: ",
        g.date(start, style),
        "\n",
    )
    b(
        "Role: ",
        g.pick(vocab.JOB_TITLES),
        "   Manager: ",
        g.name(mgr, "full"),
        "   Buddy: ",
        g.name(buddy, "first"),
    )
    b("\n\nBEFORE DAY 1\n")
    b(
        box(True),
        " Contract signed (returned ",
        g.date(start - timedelta(days=g.rng.randrange(5, 30)), style),
        ")\n",
    )
    b(
        box(True),
        " Right to work: ",
        g.pick(("passport", "ID card", "BRP")),
        " no. ",
        g.ident("passport"),
        " seen by ",
    )
    b(g.name(mgr, "initial"), "\n")
    b(box(g.chance(0.7)), f" {label}: ", number, "\n")
    b(box(True), " Bank details for payroll: ", g.iban(), "\n")
    b(box(g.chance(0.5)), " Personal e-mail for pre-boarding: ", g.email(emp), "\n")
    b(box(True), " Home address: ", one_line(address(g)), "\n")
    b(box(g.chance(0.6)), " Emergency contact: ", g.name(ec, "full"), " (", ec_word)
    b(") ", g.phone(), "\n\nDAY 1\n")
    b(
        box(False),
        f" Laptop ({g.pick(vocab.PRODUCTS)}) and badge - asset tag ",
        g.ref(text=g.fill("IT-#####")),
        "\n",
    )
    b(box(False), " Fire & H&S induction\n", box(False), " Accounts: ", g.pick(vocab.PRODUCTS), ", ")
    b(g.pick(vocab.PRODUCTS), "\n")
    b(box(False), " Lunch with ", g.name(buddy, g.pick(("first", "full"))), " and team\n\n")
    b("WEEK 1\n", box(False), " Probation objectives agreed (review ")
    b(g.date(start + timedelta(days=90), g.pick(("d Mon", "m/d", style))), ")\n")


@T("hr_record")
def visa_sponsorship_memo(g: Gen, b: Builder) -> None:
    key = g.pick(("IN", "NG", "PH", "MX", "TR", "KE", "BR", "EG", "PK"))
    if key == "BR":
        emp = g.person("pt_BR")
        home: tuple = one_line(address(g, "pt_BR"))
        phone = g.phone("pt_BR")
        country = "Brazil"
    else:
        emp = _xperson(g, key)
        home = _xone(_xaddr(g, key))
        phone = _xphone(g, key)
        country = _XC[key].name
    g.multi = True
    hr, mgr = g.person(), g.person()
    org = g.org()
    start = g.day(2022, 2025)
    route = g.pick(
        ("Skilled Worker (UK)", "H-1B (US)", "Critical Skills Employment Permit (IE)", "Subclass 482 (AU)")
    )
    b("MEMO - Immigration / Global Mobility\n\nTo: ", g.name(hr, "full"), ", HR Operations\nFrom: ")
    b(
        g.name(mgr, "full"),
        ", ",
        org,
        "\nDate: ",
        g.date(start - timedelta(days=g.rng.randrange(30, 120))),
        "\n",
    )
    b(f"Re: Sponsorship request - {route}\n\n")
    b("Candidate: ", g.name(emp, g.pick(("UPPER", "full", "LAST_FIRST"))), "\n")
    b(
        f"Citizenship: {country}   DOB: ",
        g.date(g.day(1972, 2000), g.pick(("dd/mm/yyyy", "dd Mon yyyy", "iso")), dob=True),
    )
    b("\nPassport: ", g.ident("passport"), "   Expiry: ", g.date(g.day(2026, 2034), "dd Mon yyyy"), "\n")
    b("Current address: ", home, "\n")
    b("Personal phone: ", phone, "\n\n")
    b(
        f"Role: {g.pick(vocab.JOB_TITLES)}, SOC/occupation code {g.rng.randrange(1000, 9999)}, salary ",
        f"{g.pick(('£', '$', '€', 'A$'))}{g.rng.randrange(38, 140)},000 p.a. Start date ",
        g.date(start, g.pick(("d Month yyyy", "Month d, yyyy"))),
        ".\n",
        "Dependants: ",
    )
    if g.chance(0.5):
        spouse = _xperson(g, key) if key != "BR" else g.person("pt_BR")
        b("spouse ", g.name(spouse, "full"), ", one child (", g.age(g.rng.randrange(1, 15)), ")")
    else:
        b("none")
    b(
        ".\n\nRecruitment: advertised ",
        f"{g.rng.randrange(4, 8)} weeks; no suitable settled candidates. Previous case ",
        g.ref(text=g.fill("@-###-#####-######")),
        " withdrawn.\n",
        "Please issue the CoS / file the petition. Relocation budget approved by ",
        g.name(g.person(), g.pick(("initial", "full"))),
        ".\n",
    )


@T("hr_record")
def shift_rota_tsv(g: Gen, b: Builder) -> None:
    site = g.pick(("Ward 4 HCAs", "Warehouse B - pickers", "Front of house", "Call centre tier 1"))
    week = g.day(2022, 2024)
    week -= timedelta(days=week.weekday())
    staff = [g.person() for _ in range(g.rng.randrange(5, 8))]
    lead = g.person()
    b(
        "Rota w/c ",
        g.date(week, g.pick(("dd/mm/yyyy", "d Mon yyyy", "iso"))),
        " - ",
        site,
        " (pasted from sheet)\n\n",
    )
    b("Name\tMon\tTue\tWed\tThu\tFri\tSat\tSun\tMobile\n")
    shifts = ("E", "L", "N", "OFF", "OFF", "E", "L", "AL", "9-5")
    for p in staff:
        b(g.name(p, g.pick(("full", "first", "initial"))), "\t")
        b("\t".join(g.pick(shifts) for _ in range(7)), "\t", g.phone(ext=0), "\n")
    b("\nKey: E 07:00-15:00, L 14:30-22:30, N 22:00-07:30, AL annual leave\n")
    a, c = g.rng.sample(staff, 2)
    b(
        "Swaps: ",
        g.name(a, "first_lower"),
        " \u2194 ",
        g.name(c, "first_lower"),
        " on ",
        g.pick(vocab.WEEKDAYS),
    )
    b(" (approved ", g.name(lead, "initial"), ")\n")
    back = week + timedelta(days=g.rng.randrange(2, 9))
    b(
        "Sick: ",
        g.name(g.pick(staff), "first"),
        " off until ",
        _dt(g, back, g.pick(("d Mon", "dd/mm", "Month d"))),
    )
    b(" - cover from bank staff\n")
    b("Questions to ", g.name(lead, "full"), " ", g.phone(ext=0), "\n")


@T("hr_record")
def exit_interview_notes(g: Gen, b: Builder) -> None:
    emp, hr, mgr, peer = g.person(), g.person(), g.person(), g.person()
    org = g.org()
    day = g.day(2021, 2024)
    style = g.pick(("dd/mm/yyyy", "Month d, yyyy", "d Mon yyyy"))
    b("Exit interview - notes (", org, ")\nLeaver: ", g.name(emp, g.pick(("full", "last_first"))))
    b(
        "   Emp #",
        g.ident("employee"),
        "   Last day: ",
        g.date(day, style),
        "\nInterviewer: ",
        g.name(hr, "full"),
        "\n\n",
    )
    b("Q: Main reason for leaving?\nA: ", g.pick(("Pay", "Commute", "Management", "Relocating")), ". ")
    b(
        g.pick(
            (
                (
                    "Said ",
                    g.name(mgr, "first"),
                    " 'never once asked how I was doing'.",
                ),
                (
                    "Moving to be near family in ",
                    address(g).city,
                    ".",
                ),
                ("Offered 15% more at a competitor (would not name).",),
            )
        ),
        "\n\nQ: What would have made you stay?\nA: Hybrid working; a clear path to senior. ",
        "Would recommend team but not department.\n\n",
        "Q: Anything we should know?\nA: Raised concerns about how ",
        g.name(peer, g.pick(("full", "first"))),
        " was treated after returning from parental leave - "
        "asked that this be followed up confidentially.\n\n",
    )
    b("Admin\n  - P45 / final payslip to personal e-mail: ", g.email(emp), "\n")
    b("  - Forwarding address: ", one_line(address(g)), "\n")
    b(
        "  - Return laptop by ",
        g.date(day + timedelta(days=g.rng.randrange(1, 10)), g.pick(("d Mon", "m/d"))),
        "\n",
    )
    b("  - Mobile for pension provider: ", g.phone(), "\n")
    b("  - OK to be contacted for rehire: ", g.pick(("yes", "no")), "\n")


@T("hr_record")
def relocation_request(g: Gen, b: Builder) -> None:
    emp, spouse = g.person(), g.person()
    kids = [g.person() for _ in range(g.rng.randrange(0, 3))]
    org = g.org()
    hub, hub_loc = g.pick(
        (
            ("Dublin", "en_IE"),
            ("Frankfurt", "de_DE"),
            ("Toronto", "en_CA"),
            ("Madrid", "es_ES"),
            ("Stockholm", "sv_SE"),
            ("Milan", "it_IT"),
            ("Manchester", "en_GB"),
        )
    )
    old, new = address(g), address(g, hub_loc)
    move = g.day(2022, 2025)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy", "iso"))
    b("RELOCATION ASSISTANCE REQUEST - ", org, "\n\n")
    b("Section A - Employee\n  Name: ", g.name(emp, "full"), "   Employee no.: ", g.ident("employee"), "\n")
    b("  Work e-mail: ", g.email(emp, g.domain_of(org)), "   Mobile: ", g.phone(), "\n")
    b(f"  Transfer to: the {hub} office ({g.pick(('permanent', '2-year assignment', 'promotion'))})\n\n")
    b("Section B - Addresses\n  From:\n", block(old, "    "), "  To:\n", block(new, "    "))
    b("  Move date: ", g.date(move, style), "\n\n")
    b("Section C - Household moving with employee\n")
    b(
        "  Spouse/partner: ",
        g.name(spouse, "full"),
        ", DOB ",
        g.date(g.day(1965, 2000), style, dob=True),
        "\n",
    )
    for k in kids:
        child = Person(k.first, g.pick((emp.last, spouse.last)), k.middle, k.female, k.loc)
        b("  Child: ", g.name(child, "full"), ", DOB ", g.date(g.day(2008, 2022), style, dob=True), "\n")
    if not kids:
        b("  Children: none\n")
    b("\nSection D - Costs claimed\n")
    b("  Removals (", _org(g.pick(("Pickfords", "Allied", "Two Men and a Truck"))), " quote)   ")
    b(f"{_money(g, 900, 6000)}\n")
    b(f"  Temporary accommodation, {g.rng.randrange(7, 45)} nights            {_money(g, 800, 5000)}\n")
    b(f"  School application fees                    {_money(g, 50, 400)}\n\n")
    b("Reimburse to: ", g.iban(), " (", g.name(emp, "full"), ")\n")
    b("Approved by: ____________  Date: ________\n")


# -- forms -------------------------------------------------------------------------------------


@T("form_invoice")
def motor_claim_form(g: Gen, b: Builder) -> None:
    me, tp, wit = g.person(), g.person(), g.person()
    insurer, tp_insurer = g.org(), g.org()
    a, tpa = address(g), address(g)
    when = g.day(2020, 2024)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy"))
    b(insurer, " - MOTOR CLAIM NOTIFICATION\nClaim ref: ", g.ident("claim"), "\n\n")
    b("1. POLICYHOLDER\n   Name: ", g.name(me, g.pick(("full", "UPPER", "last_first"))), "\n   Policy no.: ")
    b(
        g.ident("policy"),
        "\n   Address: ",
        one_line(a),
        "\n   Tel: ",
        g.phone(),
        "   E-mail: ",
        g.email(me),
        "\n",
    )
    b("   Date of birth: ", g.date(style=style, dob=True), "   Licence no.: ", g.ident("licence"), "\n\n")
    b(
        "2. VEHICLE\n   Reg: ",
        g.ident("vehicle"),
        f"   Make/model: {g.pick(('Ford Focus', 'VW Golf', 'Toyota Yaris', 'Kia Niro'))}",
    )
    b(f"   Mileage: {g.rng.randrange(5, 140)},{g.rng.randrange(1000):03d}\n\n")
    b("3. INCIDENT\n   Date: ", g.date(when, style), f"   Time: {_hm(g, 6, 23)}\n   Where: ")
    b(
        g.pick(("A-road roundabout, second exit", "supermarket car park, row F", "M62 westbound near J26")),
        "\n",
    )
    b(
        "   What happened: third party reversed out of a space "
        "into my nearside rear door. Police not called.\n\n"
    )
    b("4. THIRD PARTY\n   Name: ", g.name(tp, "full"), "\n   Address: ", one_line(tpa), "\n   Reg: ")
    b(g.ident("vehicle"), "   Insurer: ", tp_insurer, "   Phone: ", g.phone(), "\n\n")
    b("5. WITNESS\n   ")
    if g.chance(0.6):
        b(
            g.name(wit, g.pick(("full", "initial"))),
            ", ",
            g.phone(),
            g.pick((" (passer-by)", " (my passenger)")),
            "\n\n",
        )
    else:
        b("None\n\n")
    b(
        "6. DECLARATION\n   I declare the above is true. Signed: ",
        g.name(me, g.pick(("full", "initial"))),
        "   Date: ",
    )
    b(g.date(when + timedelta(days=g.rng.randrange(0, 5)), style), "\n")


@T("form_invoice")
def tenancy_application_form(g: Gen, b: Builder) -> None:
    _english(g, "en_US", "en_CA", "en_AU", "en_GB")
    me, co, landlord, emp_contact = g.person(), g.person(), g.person(), g.person()
    cur, prev = address(g), address(g)
    employer = g.org()
    style = g.pick(("mm/dd/yyyy", "dd/mm/yyyy", "iso"))
    label, number = _nat_id(g, me)
    signed = g.day(2019, 2024)
    b("RESIDENTIAL RENTAL APPLICATION\nProperty applied for: Unit ", str(g.rng.randrange(1, 40)))
    b(
        ", Harbor View development   Desired move-in: ",
        g.date(signed + timedelta(days=g.rng.randrange(14, 45)), style),
    )
    b("\n\n")
    b("APPLICANT\n  Full legal name: ", g.name(me, g.pick(("middle", "full"))), "\n  Other names used: ")
    b(
        g.pick((("none",), (ent(f"{me.first} {g.person(me.loc).last}", "PERSON"), " (maiden)")))
        if me.female
        else ("none",)
    )
    b("\n  DOB: ", g.date(g.day(1955, 2003), style, dob=True), f"   {label}: ", number, "\n")
    b("  Phone: ", g.phone(), "   E-mail: ", g.email(me), "\n")
    b("  Current address: ", one_line(cur), f"   since {g.rng.randrange(2010, signed.year)}   Rent: ")
    b(f"{_cur(me.loc)}{g.rng.randrange(900, 2800):,}/mo\n")
    b("  Landlord / agent: ", g.name(landlord, "full"), "   Tel: ", g.phone(), "\n")
    b("  Previous address: ", one_line(prev), "\n\n")
    b("EMPLOYMENT\n  Employer: ", employer, "   Position: ", g.pick(vocab.JOB_TITLES), "\n")
    b(f"  Gross income: {g.rng.randrange(38, 140)},000 / yr   Supervisor: ", g.name(emp_contact, "full"), " ")
    b(g.phone(ext=0.5), "\n\n")
    b("CO-APPLICANT\n  ")
    if g.chance(0.6):
        b(g.name(co, "full"), ", DOB ", g.date(style=style, dob=True), ", ", g.phone(), "\n")
    else:
        b("n/a\n")
    b("\nPets: ", g.pick(("1 cat (neutered)", "none", "small dog, 9 kg")), "   Vehicles: ")
    b(g.pick((("none",), (g.pick(("Honda Civic", "Subaru Outback")), ", plate ", g.ident("vehicle")))), "\n")
    b("Evictions: No   Bankruptcy: No   Smoker: No\n\n")
    b(
        "I authorise a credit and background check. Signature: ",
        g.name(me, "full"),
        "  Date: ",
        g.date(signed, style),
    )
    b("\n")


@T("form_invoice")
def bank_kyc_form(g: Gen, b: Builder) -> None:
    me = g.person()
    bank = g.org()
    a = address(g)
    style = g.pick(("dd/mm/yyyy", "dd.mm.yyyy", "iso", "mm/dd/yyyy"))
    label, number = _nat_id(g, me)
    birth_city = address(g, me.loc).city
    b(
        bank,
        " - CUSTOMER DUE DILIGENCE (KYC) - INDIVIDUAL\nCase: ",
        g.ref(text=g.fill("KYC-20##-######")),
        "\n\n",
    )
    b("1  Surname .................. ", g.name(me, "LAST"), "\n")
    b("2  Forename(s) .............. ", ent(f"{me.first} {me.middle}".upper(), "PERSON"), "\n")
    b("3  Previous / other names ... ", g.pick(("-", "n/a")), "\n")
    b("4  Date of birth ............ ", g.date(style=style, dob=True), "\n")
    b("5  Place of birth ........... ", birth_city, ", ", address(g, me.loc).country, "\n")
    b("6  Nationality(ies) ......... ", g.pick(("as country of birth", "dual - see annex")), "\n")
    b("7  Residential address ...... ", one_line(a, country=True), "\n")
    b("8  Tax residency / TIN ...... ", a.country, " / ", number, f"  ({label})\n")
    b("9  ID document .............. ", g.pick(("Passport", "National ID card")), " ", g.ident("passport"))
    b(", expires ", g.date(g.day(2026, 2034), style), "\n")
    b("10 Occupation / employer .... ", g.pick(vocab.JOB_TITLES), " / ", g.org(), "\n")
    b(
        "11 Source of funds .......... ",
        g.pick(("salary", "sale of property", "inheritance", "business income")),
        "\n",
    )
    b(f"12 Expected monthly turnover  {g.pick(('< 5,000', '5,000-20,000', '> 20,000'))} EUR\n")
    b("13 PEP / close associate? ... ", g.pick(("No", "No", "Yes - see annex B")), "\n")
    b("14 Account to be linked ..... ", g.iban(), "\n")
    b("15 Contact .................. ", g.phone(), " / ", g.email(me), "\n\n")
    b(
        "Verified by: ",
        g.name(g.person(), g.pick(("full", "initial"))),
        " (branch ",
        g.ref(text=g.fill("%###")),
        ")",
    )
    b("   Risk rating: ", g.pick(("LOW", "MEDIUM", "HIGH")), "\n")


@T("form_invoice")
def school_enrolment_form(g: Gen, b: Builder) -> None:
    child, p1, p2, gp = g.person(), g.person(female=True), g.person(female=False), g.person()
    ec_word, ec = _relative(g, "grandmother", "aunt", "neighbour")
    surname = g.pick((p1.last, p2.last))
    child = Person(child.first, surname, child.middle, child.female, child.loc)
    sib = g.person()
    sib = Person(sib.first, surname, sib.middle, sib.female, sib.loc)
    a = address(g)
    style = g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy"))
    dob = g.day(2010, 2020)
    b(_org(f"{g.pick(_PRACTICE_WORDS)} {g.pick(('Primary School', 'Academy', 'Elementary School'))}"))
    b(" - ENROLMENT FORM ", str(g.rng.randrange(2022, 2026)), "\n\n")
    nick = _nick(g, child)
    b("PUPIL\n  Legal name: ", g.name(child, "full"), "   Known as: ", ent(nick.text.capitalize(), "PERSON"))
    b("\n  DOB: ")
    b(g.date(dob, style, dob=True), "   Year group: ", str(g.rng.randrange(1, 7)))
    b(
        "\n  Home address:\n",
        block(a, "    "),
        "  Previous school: ",
        _org(f"{g.pick(_PRACTICE_WORDS)} Nursery"),
        "\n\n",
    )
    b("PARENTS / CARERS\n")
    for i, p in enumerate((p1, p2), 1):
        b(
            f"  {i}. ",
            g.name(p, "full"),
            " - ",
            g.pick(("Mother", "Parent", "Guardian")) if i == 1 else "Father",
        )
        b(", ", g.phone(), ", ", g.email(p), g.pick(("", ", parental responsibility: yes")), "\n")
    b("\nEMERGENCY CONTACT (not a parent)\n  ", g.name(ec, "full"), " (", ec_word)
    b(") ", g.phone(), "\n\n")
    b("MEDICAL\n  GP: Dr ", g.name(gp, g.pick(("full", "last"))), ", ", _practice(g), "\n")
    b("  Allergies: ", g.pick(("peanuts (EpiPen in bag)", "none known", "eggs")), "   Conditions: ")
    b(g.pick(("asthma (blue inhaler)", "none", "eczema")), "\n")
    b("  Health number: ", g.ident("nhs") if a.loc == "en_GB" else g.ident("member"), "\n\n")
    b(
        "SIBLINGS AT THIS SCHOOL: ",
        *((g.name(sib, "first"), " (Year ", str(g.rng.randrange(2, 7)), ")") if g.chance(0.5) else ("none",)),
        "\n",
    )
    b(
        "Photo consent: ",
        g.pick(("Yes", "No")),
        "   Signed: ",
        g.name(p1, g.pick(("full", "initial"))),
        "   Date: ",
    )
    b(g.date(style=style), "\n")


@T("form_invoice")
def utility_switch_confirmation(g: Gen, b: Builder) -> None:
    _english(g, "en_GB", "en_IE", "en_AU")
    me = g.person()
    supplier = g.org()
    a = address(g)
    move = g.day(2021, 2025)
    style = g.pick(("d Month yyyy", "dd/mm/yyyy", "d Mon yyyy"))
    b("Welcome to ", supplier, " - your switch is confirmed\n\n")
    b("Account holder: ", g.title(me), g.name(me, "full"), "\nCustomer number: ", g.ident("account"), "\n")
    b("Supply address:\n", block(a, "  "))
    b("Billing address: ", g.pick((("same as supply",), one_line(address(g)))), "\n\n")
    b("| Fuel        | Meter point ref      | Meter serial | Opening read |\n")
    b("|-------------|----------------------|--------------|--------------|\n")
    b(
        "| Electricity | ",
        ent(g.fill("%# ### ### #### ### ###"), "ID"),
        " | ",
        ent(g.fill("%#@#######"), "ID"),
    )
    b(f" | {g.rng.randrange(1000, 99999):>12} |\n")
    if g.chance(0.6):
        b(
            "| Gas         | ",
            ent(g.fill("%#########"), "ID"),
            "           | ",
            ent(g.fill("G4@#######"), "ID"),
        )
        b(f" | {g.rng.randrange(100, 9999):>12} |\n")
    b("\nTariff: ", g.pick(("Fixed Saver 12M", "Green Flex", "Standard Variable")), "   Switch date: ")
    b(g.date(move, style), "\n")
    b(f"Direct debit: {_cur(me.loc)}{g.rng.randrange(60, 220)}/month from account ending ")
    b(g.ref(text=g.fill("####")), f" on the {g.pick(('1st', '8th', '15th', '28th'))} of each month\n")
    b("Priority services register: ", g.pick(("not registered", "registered - medical equipment")), "\n\n")
    b(
        "Questions? Call ",
        _biz(g.phone(ext=0)),
        " or reply to this e-mail. Ref ",
        g.ref(text=g.fill("SW-########")),
        "\n",
    )


_GOODS = (
    ("Knitted wool sweater", "6110.11", 0.6),
    ("Ceramic tea set", "6912.00", 1.4),
    ("Printed books (2)", "4901.99", 1.1),
    ("Dried mango", "0804.50", 0.5),
    ("Leather wallet", "4202.31", 0.2),
    ("Phone case", "3926.90", 0.1),
    ("Cotton T-shirts (3)", "6109.10", 0.45),
)


@T("form_invoice")
def customs_declaration_cn23(g: Gen, b: Builder) -> None:
    me = g.person()
    key = g.pick(("IN", "MX", "NG", "PH", "TR", "KE", "CO", "AE", "JP", "TH"))
    them = _xperson(g, key)
    a = address(g)
    dest = _xaddr(g, key)
    b("CUSTOMS DECLARATION CN 23        May be opened officially\n")
    b("Item no.: ", g.ref(text=g.fill("@@#########") + g.pick(("GB", "US", "DE", "FR", "NL"))), "\n\n")
    b(
        "FROM\n  Name: ",
        g.name(me, g.pick(("full", "UPPER"))),
        "\n  Address:\n",
        block(a, "    ", country=True),
    )
    b("  Phone: ", g.phone(), "\n\n")
    b("TO\n  Name: ", g.name(them, g.pick(("full", "UPPER"))), "\n  Address:\n", _xblock(dest, "    "))
    b("  Phone: ", _xphone(g, key), "\n")
    label, number = _xid(g, key)
    b(f"  Importer's tax / ID no. ({label}): ", number, "\n\n")
    b("Detailed description      Qty  Net wt (kg)  Value   HS tariff no.  Country of origin\n")
    total_w, total_v = 0.0, 0
    for desc, hs, wt in g.rng.sample(_GOODS, g.rng.randrange(2, 4)):
        qty = g.rng.randrange(1, 4)
        value = g.rng.randrange(8, 90)
        total_w += wt * qty
        total_v += value
        origin = g.pick(("China", "Portugal", "United Kingdom", "Vietnam", "Peru", "India"))
        b(f"{desc:<25} {qty:>3}  {wt * qty:>10.2f}  {value:>5}   {hs:<13}  {origin}\n")
    currency = {"en_GB": "GBP", "en_US": "USD", "en_CA": "CAD", "en_AU": "AUD"}.get(a.loc, "EUR")
    b(f"{'TOTAL':<25}      {total_w:>10.2f}  {total_v:>5} {currency}\n\n")
    b("Category: [X] Gift  [ ] Commercial sample  [ ] Documents  [ ] Returned goods  [ ] Sale of goods\n")
    b("Postage fees: ", _money(g, 12, 60), f" {currency}\n")
    b("I certify that the particulars given in this declaration are correct.\n")
    b("Date and sender's signature: ", g.date(style=g.pick(("dd/mm/yyyy", "d Mon yyyy"))), "  ")
    b(g.name(me, g.pick(("initial", "full"))), "\n")


@T("form_invoice")
def membership_csv_export(g: Gen, b: Builder) -> None:
    club = _org(
        f"{g.pick(_PRACTICE_WORDS)} "
        f"{g.pick(('Running Club', 'Rowing Club', 'Allotment Society', 'Chess Club'))}"
    )
    sec = g.person()
    sep = g.pick((",", ";", "\t"))
    style = g.pick(("iso", "dd/mm/yyyy", "mm/dd/yyyy"))
    b("Hi ", g.name(g.person(), "first"), " - here's the export from the membership system you asked for. ")
    b("Please don't forward it outside the committee.\n\n")
    b(
        sep.join(
            ("member_id", "first_name", "last_name", "dob", "email", "mobile", "postcode", "tier", "paid_on")
        ),
        "\n",
    )
    for _ in range(g.rng.randrange(4, 8)):
        p = g.person()
        a = address(g)
        row = (
            g.ref(text=g.fill("M%####")) if g.chance(0.5) else g.ident("member"),
            g.name(p, "first"),
            g.name(p, "last"),
            g.date(style=style, dob=True),
            g.email(p),
            g.phone(ext=0),
            a.zip,
            g.pick(("Full", "Junior", "Concession", "Family", "Life")),
            g.date(style=style),
        )
        for i, cell in enumerate(row):
            text = cell.text if isinstance(cell, Ent) else cell
            quote = sep == "," and "," in text
            b(sep if i else "", '"' if quote else "", cell, '"' if quote else "")
        b("\n")
    b("\n", g.name(sec, g.pick(("first", "full"))), "\nMembership Secretary, ", club, "\n")


@T("form_invoice")
def private_car_bill_of_sale(g: Gen, b: Builder) -> None:
    seller, buyer = g.person(), g.person()
    sa, ba = address(g), address(g)
    day = g.day(2020, 2024)
    style = g.pick(("mm/dd/yyyy", "dd/mm/yyyy", "Month d, yyyy", "d Month yyyy"))
    b("BILL OF SALE - MOTOR VEHICLE\n\n")
    b(
        "For the sum of ",
        f"{_cur(seller.loc)}{g.rng.randrange(1500, 24000):,}",
        " received on ",
        g.date(day, style),
        ", I, ",
        g.name(seller, g.pick(("full", "UPPER", "middle"))),
        ", of ",
        one_line(sa),
        ' ("Seller"), sell to ',
        g.name(buyer, g.pick(("full", "UPPER", "middle"))),
        ", of ",
        one_line(ba),
        ' ("Buyer"), the following vehicle:\n\n',
    )
    b(
        f"  Make: {g.pick(('Toyota', 'Honda', 'Skoda', 'Ford', 'Mazda'))} "
        f"  Model year: {g.rng.randrange(2006, 2021)}   "
    )
    b(f"Colour: {g.pick(('silver', 'blue', 'black', 'white'))}\n")
    b(
        "  VIN: ",
        ent(g.fill("%@@@@##@#@@######").replace("I", "J").replace("O", "P").replace("Q", "R"), "ID"),
        "\n",
    )
    b(
        "  Registration / plate: ",
        g.ident("vehicle"),
        f"   Odometer: {g.rng.randrange(20, 250)},{g.rng.randrange(1000):03d}",
    )
    b(g.pick((" mi", " km")), "\n\n")
    b("The vehicle is sold as seen, free of any lien, with no warranty.\n\n")
    b("Seller: ", g.name(seller, "full"), "   Licence no. ", g.ident("licence"), "   Tel ", g.phone(), "\n")
    b("Buyer:  ", g.name(buyer, "full"), "   Licence no. ", g.ident("licence"), "   Tel ", g.phone(), "\n\n")
    if g.chance(0.5):
        w = g.person()
        b("Witnessed by ", g.name(w, "full"), ", ", one_line(address(g)), "\n")
    b("Signed ", g.date(day, style), "\n")


# -- international contacts --------------------------------------------------------------------


@T("intl_contacts")
def latam_conference_speakers(g: Gen, b: Builder) -> None:
    g.multi = True
    venue = g.pick(("Bogotá", "Lima", "Montevideo", "Ciudad de Panamá", "Santiago"))
    coord = g.person(g.pick(("es_ES", "pt_BR", "en_US")))
    b(f"Encuentro Regional de Datos Abiertos - {venue}, ", g.date(g.day(2023, 2025), "d Month yyyy"), "\n")
    b("Speaker logistics (internal - do not publish)\n\n")
    b("#  | Nombre | Institución | País | E-mail | WhatsApp | Llega\n")
    for i in range(1, g.rng.randrange(5, 8)):
        key = g.pick(("MX", "AR", "CO", "CL", "BR"))
        if key == "BR":
            p = g.person("pt_BR")
            phone = g.phone("pt_BR", ext=0)
            country = "Brasil"
        else:
            p = _xperson(g, key)
            phone = _mobile(g, key)
            country = _XC[key].native
        b(
            f"{i}  | ",
            g.name(p, g.pick(("full", "full", "UPPER"))),
            " | ",
            g.org(g.pick(("es_ES", "pt_BR", "es_MX"))),
        )
        b(f" | {country} | ", _xmail(g, p) if key != "BR" else g.email(p), " | ", phone, " | ")
        b(
            _dt(g, style=g.pick(("d Mon", "dd/mm"))),
            f" {g.pick(('AV', 'LA', 'CM', 'AR'))}{g.rng.randrange(10, 999)}\n",
        )
    b("\nHotel block at the conference hotel near the venue; airport pickups arranged by ")
    b(g.name(coord, "full"), " (", g.phone(coord.loc, ext=0), ").\n")
    key = g.pick(("MX", "CO", "AR"))
    p = _xperson(g, key)
    b("Honorarium invoice: send to the speaker's home address - e.g. ", g.name(p, "full"), ", ")
    label, number = _xid(g, key)
    b(_xone(_xaddr(g, key)), ", ", label, " ", number, "\n")


@T("intl_contacts")
def africa_field_offices(g: Gen, b: Builder) -> None:
    g.multi = True
    ngo = _org(
        g.pick(
            ("WaterBridge Africa", "Harvest Futures Trust", "Sahel Schools Alliance", "OpenClinic Initiative")
        )
    )
    b(ngo, " - field contacts (updated ", g.date(g.day(2023, 2025), g.pick(("d Mon yyyy", "iso"))), ")\n")
    b("Regional hub: Nairobi. Country offices in Lagos, Accra, Addis Ababa and Johannesburg; ")
    b("programme sites in northern Ghana and the Rift Valley.\n\n")
    keys = g.rng.sample(("NG", "KE", "GH", "ET", "ZA"), 4)
    for key in keys:
        p = _xperson(g, key)
        a = _xaddr(g, key)
        b(f"{_XC[key].name.upper()}\n  Focal person: ", g.name(p, g.pick(("full", "UPPER", "last_first"))))
        b(g.pick((" (M&E officer)", " (country lead)", " (logistics)", "")), "\n")
        b(
            "  Mobile: ",
            _mobile(g, key),
            g.pick(("  (WhatsApp)", "", "  / M-Pesa same number" if key == "KE" else "")),
            "\n",
        )
        b("  E-mail: ", _xmail(g, p), "\n  Postal:\n", _xblock(a, "    "))
        if g.chance(0.4):
            b("  Lives in ", a.city, "; travels to the sites ", g.pick(vocab.WEEKDAYS), "s.\n")
        b("\n")
    b("In an emergency call the hub duty phone ", _biz(_xphone(g, "KE")), ".\n")


@T("intl_contacts")
def south_asia_wedding_rsvp(g: Gen, b: Builder) -> None:
    g.multi = True
    bride, groom = _xperson(g, "IN", True), _xperson(g, "IN", False)
    b("Wedding of ", g.name(bride, "first"), " & ", g.name(groom, "first"), " - RSVP list (Udaipur, ")
    b(g.date(g.day(2024, 2026), g.pick(("d Month yyyy", "dd/mm/yyyy"))), ")\n")
    b("Sangeet the night before; shuttles from the airport hotel.\n\n")
    for i in range(1, g.rng.randrange(5, 8)):
        key = g.pick(("IN", "IN", "PK", "BD"))
        p = _xperson(g, key)
        a = _xaddr(g, key)
        style = g.pick(("row", "block"))
        honorific = ("Smt. " if p.female else "Shri ") if key == "IN" else ("Mrs " if p.female else "Mr ")
        b(
            f"{i}. ",
            g.pick(("Mr & Mrs ", "Dr ", "", honorific)) if not p.female else g.pick(("Dr ", "", honorific)),
        )
        b(g.name(p, "full"))
        b(g.pick(("", f" + {g.rng.randrange(1, 5)}")), f" - {g.pick(('Yes', 'Yes', 'Maybe', 'No'))}")
        if style == "row":
            b(" - ", _xone(a, country=key != "IN"), " - ", _xphone(g, key), "\n")
        else:
            b("\n", _xblock(a, "     ", country=key != "IN"), "     ", _xphone(g, key), "\n")
        if g.chance(0.3):
            b("     (", g.pick(("Veg", "Jain food", "Coming from Dubai")), "; contact via son ")
            b(g.name(_xperson(g, key, False), "first"), ")\n")
    b(
        "\nQueries: ",
        g.name(groom, g.pick(("first", "full"))),
        "'s cousin ",
        g.name(_xperson(g, "IN"), "full"),
        " ",
    )
    b(_xphone(g, "IN"), "\n")


@T("intl_contacts")
def sea_consignee_letter(g: Gen, b: Builder) -> None:
    g.multi = True
    me = g.person(g.pick(("en_GB", "nl_NL", "de_DE", "en_AU")))
    fwd = g.org()
    b(g.date(g.day(2022, 2025), "d Month yyyy"), "\n\nTo: ", fwd, ", Export Desk\n\n")
    b("Dear Sir/Madam,\n\nPlease find below the consignees for our ", g.pick(("LCL", "FCL", "air")))
    b(" shipment leaving Rotterdam for Port Klang, Laem Chabang and Manila. Goods clear at destination; ")
    b("the consignees are private individuals who ordered direct, so please call before delivery.\n\n")
    keys = g.rng.sample(("SG", "MY", "ID", "PH", "TH", "VN"), 4)
    for n, key in enumerate(keys, 1):
        if key == "VN":
            p = g.person("vi_VN")
            a = address(g, "vi_VN")
            b(
                f"{n}) ",
                g.name(p, "UPPER"),
                "\n",
                block(a, "   ", country=True),
                "   Tel ",
                g.phone("vi_VN"),
                "\n",
            )
        else:
            p = _xperson(g, key)
            name = g.name(p, "full") if key != "TH" else ent(f"{p.first} {p.last}", "PERSON")
            b(f"{n}) ", name, "\n", _xblock(_xaddr(g, key), "   "), "   Tel ", _xphone(g, key), "\n")
            if key in ("ID", "MY", "SG") and g.chance(0.5):
                label, number = _xid(g, key)
                b(f"   {label} ", number, " (required by customs)\n")
        b("\n")
    b("Invoices in the name of each consignee are attached. For questions contact me directly on ")
    b(g.phone(me.loc), ".\n\nKind regards,\n", g.name(me, "full"), "\nLogistics, ", g.org(me.loc), "\n")


@T("intl_contacts")
def gulf_business_cards_ocr(g: Gen, b: Builder) -> None:
    g.multi = True
    ar = g.fake("ar_AA")
    b(
        "[OCR export - business cards scanned at ",
        g.pick(("GITEX Dubai", "Big 5 Saudi", "Arab Health", "LEAP Riyadh")),
    )
    b(", ", g.date(g.day(2023, 2025), g.pick(("dd/mm/yyyy", "iso"))), "]\n\n")
    for i in range(g.rng.randrange(3, 5)):
        key = g.pick(("AE", "AE", "SA", "EG", "TR"))
        p = _xperson(g, key)
        a = _xaddr(g, key)
        b(f"--- card {i + 1} ---\n")
        b(g.name(p, g.pick(("full", "UPPER"))), "\n")
        b(
            g.pick(
                ("Business Development Manager", "Procurement Lead", "Managing Partner", "Sales Engineer")
            ),
            "\n",
        )
        b(g.org(g.pick(("en_US", "en_GB"))), g.pick((" LLC", " FZE", " W.L.L.", "")), "\n")
        b("M: ", _mobile(g, key))
        if g.chance(0.5):
            b("   T: ", _biz(_xphone(g, key)))
        if key in ("AE", "SA", "EG") and g.chance(0.6):
            pa_female = g.chance(0.5)
            pa = f"{ar.first_name_female() if pa_female else ar.first_name_male()} {ar.last_name()}"
            b("\n\u0645\u0643\u062a\u0628 / Office: ", ent(pa, "PERSON"), " ", _mobile(g, key))
        b("\nE: ", _xmail(g, p), "\n", _xone(a), "\n")
        b(
            'Handwritten on back: "',
            g.pick(("call after Ramadan", "wants samples", "met at stand B12")),
            '"\n\n',
        )


@T("intl_contacts")
def cee_alumni_class_notes(g: Gen, b: Builder) -> None:
    g.multi = True
    sec = _xperson(g, g.pick(("RO", "HR", "EE", "LT")))
    ua = _xperson(g, "UA", True)
    bg, bg_partner = _xperson(g, "BG", True), _xperson(g, "BG", False)
    baby = _xperson(g, "BG")
    year = g.rng.randrange(2008, 2016)
    b(
        _org(
            g.pick(
                (
                    "Central European Graduate School",
                    "Danube Institute of Economics",
                    "Baltic Summer University",
                )
            )
        )
    )
    b(f" - Alumni Newsletter\nCLASS NOTES: MA European Studies, class of {year}\n\n")
    a = _xaddr(g, "UA")
    b(g.name(ua, "full"), " (", ent(_translit(ua.first).capitalize(), "PERSON"), " ")
    b(
        ent(_translit(ua.last).capitalize(), "PERSON"),
        ") moved back to ",
        a.city,
        " after four years in Warsaw and ",
    )
    b("now runs a small translation agency. Post reaches her at ", _xone(a, country=False), "; e-mail ")
    b(_xmail(g, ua), ", Viber ", _mobile(g, "UA"), ".\n\n")
    a = _xaddr(g, "BG")
    born = g.day(2022, 2025)
    b(g.name(bg, "full"), " and her husband ", g.name(bg_partner, "first"), " welcomed a daughter, ")
    b(
        ent(baby.first, "PERSON"),
        ", on ",
        g.date(born, g.pick(("d Month yyyy", "dd.mm.yyyy"))),
        ". Cards to:\n",
    )
    b(_xblock(a, "    "), "\n")
    key = g.pick(("RO", "HR", "EE", "LT"))
    p = _xperson(g, key, True)
    b(g.name(p, g.pick(("full", "first"))), " is still at the OSCE in Vienna; the family forwards post from ")
    b(_xone(_xaddr(g, key)), ".\n\n")
    pl = g.person(g.pick(("pl_PL", "cs_CZ", "hu_HU", "sl_SI")))
    b(g.name(pl, "full"), " teaches at a gymnasium and hosts the reunion next summer in Kraków - call ")
    b(g.phone(pl.loc, ext=0), " or write to ", one_line(address(g, pl.loc), country=True), ".\n\n")
    b(
        "Send your news for the next issue to the class secretary, ",
        g.name(sec, "full"),
        ", ",
        _xmail(g, sec),
        ".\n",
    )


_NATIONALITY = {
    "sv_SE": "Swedish",
    "no_NO": "Norwegian",
    "fi_FI": "Finnish",
    "da_DK": "Danish",
    "IS": "Icelandic",
    "NZ": "New Zealander",
    "en_AU": "Australian",
}


@T("intl_contacts")
def polar_voyage_manifest(g: Gen, b: Builder) -> None:
    g.multi = True
    south = g.chance(0.5)
    ship = g.pick(("RV Nuyina", "RV Kronprins Haakon", "RV Tangaroa", "MS Polarstjerna"))
    port = "Hobart" if south else "Longyearbyen"
    dest = g.pick(("Macquarie Island", "Davis Station")) if south else g.pick(("Ny-\u00c5lesund", "Hopen"))
    leave = g.day(2023, 2025)
    b(f"{ship} - PERSONS ON BOARD (POB) - voyage ", g.ref(text=g.fill("V%#-##")), "\n")
    b(f"Depart {port} ", g.date(leave, "dd.mm.yyyy"), f" for {dest}; return ")
    b(
        g.date(leave + timedelta(days=g.rng.randrange(12, 40)), "dd.mm.yyyy"),
        " via ",
        g.pick(("Lyttelton", "Hobart") if south else ("Troms\u00f8", "Bod\u00f8")),
        "\n\n",
    )
    locs = ("en_AU", "NZ", "IS") if south else ("no_NO", "sv_SE", "fi_FI", "da_DK", "IS")
    roles = ("voyage leader", "marine biologist", "glaciologist", "medic", "field assistant", "technician")
    for i in range(1, g.rng.randrange(4, 7)):
        loc = g.pick(locs)
        if loc in _XC:
            p = _xperson(g, loc)
            word = g.pick(("partner", "mother", "father", "sister"))
            nok = _xperson(g, loc, _RELATIONS[word])
            home, phone = _xone(_xaddr(g, loc)), _xphone(g, loc)
        else:
            p = g.person(loc)
            word, nok = _relative(g, "partner", "mother", "father", "sister", loc=loc)
            home, phone = one_line(address(g, loc), country=True), g.phone(loc, ext=0)
        b(f"{i:02d}  ", g.name(p, "LAST_FIRST"), f"   ({_NATIONALITY[loc]})   DOB ")
        b(g.date(g.day(1960, 2002), "dd.mm.yyyy", dob=True), "   Passport ", g.ident("passport"))
        b(f"   Role: {g.pick(roles)}\n")
        b("    Home: ", home, "\n    NOK: ", g.name(nok, "full"), f" ({word}) ", phone, "\n")
    b("\nMedical forms held by the ship's doctor. Muster drill on day 1 at 10:00, boat deck.\n")


@T("intl_contacts")
def east_asia_supplier_sheet(g: Gen, b: Builder) -> None:
    g.multi = True
    b("Supplier contacts - APAC sourcing (", g.date(g.day(2023, 2025), "iso"), ")\n")
    b("Trade fairs: Canton Fair (Guangzhou), Tokyo Gift Show, Busan port visit planned.\n\n")
    jp, kanji_last, kanji_first = _jp_person(g)
    street, city, kcity, kstreet = _two_scripts(g, _KANJI)
    post = g.fill("###-####")
    b(
        "JAPAN\n  ",
        g.name(jp, "LAST"),
        " ",
        g.name(jp, "first"),
        " (",
        ent(kanji_last + " " + kanji_first, "PERSON"),
    )
    b(") - ", g.org("en_US"), " K.K.\n  ", street, ", ", city, " ", ent(post, "ZIP_CODE"), ", ")
    b(ent("Japan", "STATE_OR_COUNTRY"), "\n  \u3012", ent(post, "ZIP_CODE"), " ", kcity, kstreet, "\n")
    b("  Tel ", _xphone(g, "JP"), "  ", _xmail(g, jp), "\n\n")
    kr = _xperson(g, "KR")
    ko = g.fake("ko_KR")
    street, city, hcity, hstreet = _two_scripts(g, _HANGUL)
    post = g.fill("0####")
    b("KOREA\n  ", g.name(kr, g.pick(("full", "UPPER"))), " (export manager); assistant ")
    b(
        ent(ko.last_name() + ko.first_name(), "PERSON"),
        "\n  ",
        street,
        ", ",
        city,
        " ",
        ent(post, "ZIP_CODE"),
        ", ",
    )
    b(
        ent("Republic of Korea", "STATE_OR_COUNTRY"),
        "\n  ",
        hcity,
        " ",
        hstreet,
        " (",
        ent(post, "ZIP_CODE"),
        ")",
    )
    b("\n  Mobile ", _mobile(g, "KR"), "  KakaoTalk same\n\n")
    cn = _xperson(g, "CN")
    zh = g.fake("zh_CN")
    b("CHINA\n  ", g.name(cn, g.pick(("LAST", "full"))), " (sales, factory in Dongguan)")
    if g.chance(0.5):
        b("; QC contact ", ent(zh.last_name() + zh.first_name(), "PERSON"))
    b("\n  ", _xone(_xaddr(g, "CN")), "\n")
    b("  WeChat: ", ent("wxid_" + g.fill("@#@##@#@##").lower(), "ID"), "  Mobile ", _mobile(g, "CN"), "\n")
    b("  ", _xmail(g, cn), "\n\n")
    tw = g.fake("zh_TW")
    tw_female = g.chance(0.5)
    en = g.fake("en_US")
    street = (
        f"No. {g.rng.randrange(1, 300)}, Sec. {g.rng.randrange(1, 6)}, "
        f"{g.pick(('Xinyi Rd.', 'Zhongxiao E. Rd.', 'Minsheng E. Rd.'))}, "
        f"{g.pick(('Xinyi Dist.', 'Daan Dist.', 'Songshan Dist.'))}"
    )
    tw_name = tw.last_name() + (tw.first_name_female() if tw_female else tw.first_name_male())
    english = en.first_name_female() if tw_female else en.first_name_male()
    b("TAIWAN\n  ", ent(tw_name, "PERSON"), " (", ent(english, "PERSON"), ")\n  ")
    b(
        ent(street, "STREET_ADDRESS"),
        ", ",
        ent(g.pick(("Taipei City", "Taichung City", "Kaohsiung City")), "CITY"),
    )
    b(" ", ent(g.fill("%##"), "ZIP_CODE"), ", ", ent("Taiwan", "STATE_OR_COUNTRY"), "\n")
    b("  Tel ", ent(g.fill(g.pick(("+886 9##-###-###", "+886 2 ####-####"))), "PHONE_NUMBER"), "\n\n")
    b("Samples to be consolidated in Shenzhen; payment terms 30% deposit, balance against B/L copy.\n")
