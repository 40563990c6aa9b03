"""Tuning templates by a second independent author: international contacts in each country's own postal
conventions (envelopes, CEDEX and PO boxes, districts and wards, family-name-first, c/o lines,
attendee tables, TSV pastes, onboarding forms with local labels, consignee blocks, hotel cards, visa
sheets, alumni directories, towns and streets in running text), and chat transcripts (Slack, Teams,
WhatsApp, widget transcripts, SMS, Discord, QA reviews, Zoom chat, group chats, bot hand-overs) with
first names, lowercase names, nicknames, @handles, casual lowercase addresses and phones in pieces."""

from __future__ import annotations

import re
from datetime import timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, piece_text, upper
from bench.pii_eval.places import CITIES, address, lines, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold

T = Registry()

# ---------------------------------------------------------------- shared helpers

_EUROPE = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "no_NO", "fi_FI", "da_DK", "cs_CZ")
_ALL = (*_EUROPE, "sl_SI", "hu_HU", "vi_VN", "pt_BR", "en_GB", "en_US", "en_IE", "en_AU", "en_CA")
_PRAHA = (
    ("Praha 4", "Nusle", "140 00"),
    ("Praha 2", "Vinohrady", "120 00"),
    ("Praha 5", "Smíchov", "150 00"),
    ("Praha 6", "Dejvice", "160 00"),
    ("Praha 10", "Vršovice", "101 00"),
    ("Praha 8", "Karlín", "186 00"),
)
_VN = (
    ("Quận 1", "Phường Bến Nghé", "Thành phố Hồ Chí Minh"),
    ("Quận 3", "Phường Võ Thị Sáu", "TP. Hồ Chí Minh"),
    ("Quận Bình Thạnh", "Phường 25", "TP.HCM"),
    ("Quận Hoàn Kiếm", "Phường Tràng Tiền", "Hà Nội"),
    ("Quận Ba Đình", "Phường Kim Mã", "Hà Nội"),
    ("Quận Hải Châu", "Phường Thạch Thang", "Đà Nẵng"),
)
_VN_STREETS = (
    "Đường Nguyễn Huệ",
    "Đường Hai Bà Trưng",
    "Phố Hàng Bạc",
    "Đường Điện Biên Phủ",
    "Ngõ 12 Láng Hạ",
)
_BUDAPEST = (
    ("V. kerület", "1051"),
    ("XIII. kerület", "1137"),
    ("XI. kerület", "1117"),
    ("VIII. kerület", "1085"),
)
_HU_STREETS = ("Váci utca", "Király utca", "Bartók Béla út", "Fő utca", "Szent István körút", "Damjanich u.")
_WARSZAWA = ("Mokotów", "Śródmieście", "Wola", "Praga-Południe", "Ursynów", "Żoliborz")
_ES_STREETS = ("Mayor", "de Alcalá", "Serrano", "del Carmen", "San Vicente", "Princesa", "de la Paz")
_CEDEX = (("PARIS", "75"), ("LYON", "69"), ("TOULOUSE", "31"), ("NANTES", "44"), ("MARSEILLE", "13"))
# Street names as people mention them in running text, without a number.
_BARE_STREETS = {
    "nl_NL": ("Keizersgracht", "Herengracht", "Coolsingel", "Oudegracht"),
    "de_DE": ("Kurfürstendamm", "Königsallee", "Friedrichstraße", "Sendlinger Straße"),
    "fr_FR": ("rue de Rivoli", "boulevard Haussmann", "cours Mirabeau", "quai Saint-Antoine"),
    "cs_CZ": ("Národní třída", "Václavské náměstí", "Masarykova"),
    "pl_PL": ("ulica Piotrkowska", "Nowy Świat", "ul. Floriańska"),
    "en_GB": ("Deansgate", "Princes Street", "Bold Street", "Park Row"),
    "sv_SE": ("Sveavägen", "Kungsgatan", "Avenyn"),
    "hu_HU": ("Váci utca", "Andrássy út"),
    "it_IT": ("Via del Corso", "Via Toledo", "Corso Buenos Aires"),
    "es_ES": ("Paseo de la Castellana", "la Rambla", "Calle Larios"),
    "da_DK": ("Strøget", "Nyhavn", "Vesterbrogade"),
    "no_NO": ("Karl Johans gate", "Bryggen", "Markveien"),
}
_PO_LABEL = {"fr_FR": "BP ###", "de_DE": "Postfach ## ## ##", "no_NO": "Postboks ###", "sv_SE": "Box ###"}


def _town(g: Gen, loc: str) -> Ent:
    choice = g.pick(CITIES[loc])
    return ent(choice[0] if isinstance(choice, tuple) else choice, "CITY")


def _two_towns(g: Gen, loc: str) -> tuple[Ent, Ent]:
    a = _town(g, loc)
    for _ in range(8):
        other = _town(g, loc)
        if other.text != a.text:
            return a, other
    return a, other


def _local_name(g: Gen, p: Person, caps: bool = False) -> Ent:
    """The name in its country's order: family name first in Hungary and Vietnam."""
    if p.loc == "hu_HU":
        text = f"{p.last} {p.first}"
    elif p.loc == "vi_VN":
        text = f"{p.last} {p.middle} {p.first}"
    else:
        text = f"{p.first} {p.last}"
    return ent(text.upper() if caps else text, "PERSON")


def _outsider(g: Gen, cultures: tuple[str, ...] = ()) -> Person:
    """Someone whose names come from outside_names (no Faker list has them)."""
    culture = g.pick(
        cultures or ("Japanese", "Korean", "Yoruba", "Ghanaian", "Indian", "Filipino", "Turkish")
    )
    fem, male, lasts = outside_names.culture(culture)
    female = g.chance(0.5) if fem and male else bool(fem)
    firsts = fem if female else male
    return Person(g.pick(firsts), g.pick(lasts), g.pick(firsts), female, "en_US")


def _postal(g: Gen, loc: str, caps: bool | None = None) -> list[tuple]:
    """The address lines (no name) as the country writes them on an envelope, with local variants."""
    caps = g.chance(0.5) if caps is None else caps
    if loc in _PO_LABEL and g.chance(0.2):
        a = address(g, loc)
        box = ent(g.fill(_PO_LABEL[loc]), "STREET_ADDRESS")
        return [(box,), (a.zip, " ", a.city.upper() if caps else a.city)]
    a = address(g, loc)
    city = a.city.upper() if caps else a.city
    if loc == "fr_FR" and g.chance(0.5):
        town, dept = g.pick(_CEDEX)
        zip_ = ent(dept + g.fill("###"), "ZIP_CODE")
        extra = [(ent(g.fill(g.pick(("CS #####", "BP ###", "TSA #####"))), "STREET_ADDRESS"),)]
        cedex = g.pick(("CEDEX", "CEDEX", f"CEDEX {g.rng.randrange(1, 20):02d}", "Cedex"))
        return [(a.street,), *extra, (zip_, " ", ent(town, "CITY"), " ", cedex)]
    if loc == "nl_NL":
        return [(a.street,), (a.zip, "  ", a.city.upper())]
    if loc == "pl_PL":
        street = (
            a.street
            if a.street.text.startswith(("ul.", "al."))
            else ent(f"ul. {a.street.text}", a.street.entity)
        )
        if g.chance(0.4):
            return [
                (street,),
                (
                    ent(g.fill("0#-###"), "ZIP_CODE"),
                    " ",
                    ent("Warszawa", "CITY"),
                    "-",
                    ent(g.pick(_WARSZAWA), "CITY"),
                ),
            ]
        return [(street,), (a.zip, " ", city)]
    if loc == "es_ES":
        num = g.rng.randrange(1, 120)
        floor = g.pick(("3º B", "1º izda.", "2º dcha.", "bajo A", "5º C", "ático"))
        street = ent(
            f"{g.pick(('C/ ', 'C/', 'Calle '))}{g.pick(_ES_STREETS)}, {num}, {floor}", "STREET_ADDRESS"
        )
        return [(street,), (a.zip, " ", city)]
    if loc == "it_IT":
        return [(a.street, " - ", a.zip, " ", a.city, " (", a.region, ")")]
    if loc == "cs_CZ" and g.chance(0.6):
        praha, part, zip_ = g.pick(_PRAHA)
        return [
            (a.street,),
            (
                ent(zip_, "ZIP_CODE"),
                " ",
                ent(praha.upper() if caps else praha, "CITY"),
                " - ",
                ent(part, "CITY"),
            ),
        ]
    if loc == "vi_VN":
        district, ward, town = g.pick(_VN)
        street = ent(f"Số {g.rng.randrange(1, 300)} {g.pick(_VN_STREETS)}, {ward}", "STREET_ADDRESS")
        return [(street,), (ent(district, "CITY"), ", ", ent(town, "CITY"))]
    if loc == "hu_HU":
        street = ent(
            f"{g.pick(_HU_STREETS)} {g.rng.randrange(1, 90)}. "
            f"{g.pick(('', 'II/3.', 'fsz. 1.', '4. em. 12.'))}".strip(),
            "STREET_ADDRESS",
        )
        if g.chance(0.5):
            district, zip_ = g.pick(_BUDAPEST)
            return [
                (ent("BUDAPEST" if caps else "Budapest", "CITY"), ", ", ent(district, "CITY")),
                (street,),
                (ent(zip_, "ZIP_CODE"),),
            ]
        return [(city,), (street,), (a.zip,)]
    if loc in ("sv_SE", "fi_FI", "da_DK", "no_NO", "de_DE") and g.chance(0.3):
        prefix = {"sv_SE": "SE-", "fi_FI": "FI-", "da_DK": "DK-", "no_NO": "NO-", "de_DE": "D-"}[loc]
        return [(a.street,), (prefix, a.zip, " ", city)]
    if loc in ("en_GB", "en_IE"):
        return [(a.street,), (a.city.upper(),), (a.zip,)]
    return lines(a, caps_city=caps)


def _addr_of(g: Gen, loc: str) -> tuple:
    """The envelope lines of _postal joined on one line."""
    parts: list = []
    for i, line in enumerate(_postal(g, loc, caps=False)):
        parts += [", "] * bool(i) + list(line)
    return tuple(parts)


def _country(g: Gen, loc: str) -> Ent:
    return address(g, loc).country


def _handle(g: Gen, p: Person) -> Ent:
    first, last = (ascii_fold(x).lower().replace(" ", "").replace("'", "") for x in (p.first, p.last))
    text = g.pick((f"{first}.{last}", f"{first}{last[0]}", f"{first[0]}{last}", f"{first}_{last[:3]}", first))
    return ent(text, "PERSON")


def _nick(p: Person) -> str:
    first = ascii_fold(p.first)
    return first[:4] if len(first) > 5 else first[:3] if len(first) > 3 else first


def _phone_pieces(g: Gen, loc: str) -> list[Ent]:
    """A phone number typed in two or three messages or groups: digits only, each piece a span."""
    digits = re.sub(r"\D", "", g.phone(loc, ext=0).text)
    n = len(digits)
    if n < 9:
        a = g.rng.randrange(3, n - 2)
        cuts = [0, a, n]
    else:
        a = g.rng.randrange(3, n - 5)
        c = g.rng.randrange(a + 3, n - 2)
        cuts = [0, a, c, n]
    return [ent(digits[x:y], "PHONE_NUMBER") for x, y in zip(cuts, cuts[1:], strict=False)]


def _clocks(g: Gen, n: int, m0: int = 8 * 60, m1: int = 19 * 60) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _hm(m: int, ampm: bool = False) -> str:
    if ampm:
        h = m // 60 % 12 or 12
        return f"{h}:{m % 60:02d} {'AM' if m < 720 else 'PM'}"
    return f"{m // 60:02d}:{m % 60:02d}"


def _table(b: Builder, header: list[str], rows: list[list], sep: str = " | ") -> None:
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(piece_text(cell)))
    b(sep.join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(), "\n")
    b(sep.join("-" * w for w in widths).replace(" ", "-" if sep.strip() == "|" else " "), "\n")
    for row in rows:
        out: list = []
        for i, (cell, w) in enumerate(zip(row, widths, strict=True)):
            out += [sep] * bool(i) + [cell, " " * (w - len(piece_text(cell)))]
        while out and isinstance(out[-1], str) and not out[-1].strip():
            out.pop()
        b(*out, "\n")


# ---------------------------------------------------------------- international contacts


@T("intl_contacts")
def envelope_batch(g: Gen, b: Builder) -> None:
    sender = g.org()
    b(
        g.pick(("Print run: window envelopes DL", "Etiketten / labels – Versand Q", "Mailing batch")),
        f" {g.rng.randrange(1, 5)} — sender ",
        sender,
        "\n\n",
    )
    locs = g.other_locales(g.rng.randrange(6, 9))
    for i, loc in enumerate(locs):
        p = g.person(loc)
        caps = g.chance(0.5)
        b(f"[{i + 1:02d}]\n")
        if loc in ("hu_HU", "vi_VN") or g.chance(0.6):
            b(
                g.title(p) if loc.startswith("en") and g.chance(0.4) else "",
                _local_name(g, p, caps and g.chance(0.4)),
                "\n",
            )
        else:
            b(g.name(p, g.pick(("UPPER", "full", "initial"))), "\n")
        if g.chance(0.25):
            host = g.person(loc)
            b(g.pick(("c/o ", "C/O ", "c/o ")), g.name(host, g.pick(("full", "last"))), "\n")
        elif g.chance(0.2):
            b(g.org(loc), "\n")
        for line in _postal(g, loc, caps):
            b(*line, "\n")
        b(_country(g, loc).upper(), "\n\n")
    b(
        f"{len(locs)} items, franking ",
        g.pick(("Deutsche Post", "PostNL", "La Poste", "Royal Mail")),
        " international\n",
    )


@T("intl_contacts")
def attendee_table(g: Gen, b: Builder) -> None:
    event = g.pick(
        ("EuroDevOps Forum", "Nordic Health Data Days", "Logistics Leaders Summit", "FinOps Europe")
    )
    host_loc = g.pick(_EUROPE)
    b(
        event,
        " ",
        str(g.rng.randrange(2019, 2025)),
        " – ",
        _town(g, host_loc),
        " – attendee list (badge export)\n\n",
    )
    rows = []
    for loc in g.other_locales(g.rng.randrange(7, 11)):
        p = g.person(loc)
        a = address(g, loc)
        rows.append(
            [
                g.name(p, g.pick(("full", "full", "LAST_FIRST", "last_first"))),
                g.org(loc),
                g.pick(vocab.JOB_TITLES),
                a.city,
                a.country,
                g.phone(loc),
                g.pick(("Speaker", "Delegate", "Delegate", "Sponsor", "Press", "VIP")),
                g.pick(("—", "veg", "vegan", "halal", "no nuts", "—", "GF")),
            ]
        )
    _table(b, ["Name", "Company", "Title", "City", "Country", "Mobile", "Badge", "Diet"], rows)
    b(
        "\nWi-Fi: ",
        g.pick(("Summit-Guest", "EVENT2024")),
        "  ·  ",
        g.pick(("Hall B", "Auditorium 2")),
        " opens 08:30\n",
    )


@T("intl_contacts")
def tsv_spreadsheet_paste(g: Gen, b: Builder) -> None:
    header = g.pick(
        (
            ("Nachname", "Vorname", "Firma", "Straße", "PLZ", "Ort", "Land", "Telefon", "E-Mail"),
            ("Surname", "Given name", "Company", "Street", "Postcode", "Town", "Country", "Phone", "Email"),
            ("Nom", "Prénom", "Société", "Adresse", "CP", "Ville", "Pays", "Tél.", "Courriel"),
        )
    )
    b(
        g.pick(("Kopie aus Excel (Blatt ", "pasted from Sheet ", "Tabelle ")),
        str(g.rng.randrange(1, 4)),
        "):\n",
    )
    b("\t".join(header), "\n")
    for loc in g.other_locales(g.rng.randrange(7, 11)):
        p, a = g.person(loc), address(g, loc)
        org = g.org(loc) if g.chance(0.7) else ""
        email = g.email(p, g.domain_of(org) if org and g.chance(0.5) else None) if g.chance(0.8) else ""
        cells = [
            g.name(p, g.pick(("last", "last", "LAST"))),
            g.name(p, "first"),
            org,
            a.street,
            a.zip,
            a.city.upper() if g.chance(0.3) else a.city,
            a.country,
            g.phone(loc),
            email,
        ]
        out: list = []
        for i, c in enumerate(cells):
            out += ["\t"] * bool(i) + [c]
        b(*out, "\n")


_ONBOARD = {
    # title, surname, first name, street, postcode, town, extra town label, birth date, id label, bank
    "de_DE": (
        "Personalfragebogen",
        "Nachname",
        "Vorname",
        "Straße, Hausnr.",
        "PLZ",
        "Ort",
        None,
        "Geburtsdatum",
        "Steuer-ID",
        "IBAN",
    ),
    "no_NO": (
        "Personalskjema",
        "Etternavn",
        "Fornavn",
        "Gateadresse",
        "Postnummer",
        "Poststed",
        "Kommune",
        "Fødselsdato",
        "Fødselsnummer",
        "Kontonummer",
    ),
    "da_DK": (
        "Ansættelsesskema",
        "Efternavn",
        "Fornavn",
        "Adresse",
        "Postnr.",
        "By",
        "Kommune",
        "Fødselsdato",
        "CPR-nr.",
        "IBAN",
    ),
    "sv_SE": (
        "Personaluppgifter",
        "Efternamn",
        "Förnamn",
        "Gatuadress",
        "Postnummer",
        "Ort",
        "Kommun",
        "Födelsedatum",
        "Personnummer",
        "Bankkonto",
    ),
    "pl_PL": (
        "Kwestionariusz osobowy",
        "Nazwisko",
        "Imię",
        "Ulica i nr",
        "Kod pocztowy",
        "Miasto",
        None,
        "Data urodzenia",
        "PESEL",
        "Nr rachunku (IBAN)",
    ),
    "cs_CZ": (
        "Osobní dotazník",
        "Příjmení",
        "Jméno",
        "Ulice a č. p.",
        "PSČ",
        "Obec",
        "Část obce",
        "Datum narození",
        "Rodné číslo",
        "Číslo účtu (IBAN)",
    ),
    "fr_FR": (
        "Fiche d'embauche",
        "Nom",
        "Prénom",
        "Adresse",
        "Code postal",
        "Ville",
        None,
        "Date de naissance",
        "N° de sécurité sociale",
        "IBAN",
    ),
    "it_IT": (
        "Scheda anagrafica dipendente",
        "Cognome",
        "Nome",
        "Indirizzo",
        "CAP",
        "Comune",
        "Provincia",
        "Data di nascita",
        "Codice fiscale",
        "IBAN",
    ),
    "nl_NL": (
        "Personeelsformulier",
        "Achternaam",
        "Voornaam",
        "Straat en huisnummer",
        "Postcode",
        "Woonplaats",
        None,
        "Geboortedatum",
        "BSN",
        "IBAN",
    ),
    "es_ES": (
        "Ficha de alta",
        "Apellidos",
        "Nombre",
        "Domicilio",
        "C.P.",
        "Localidad",
        "Provincia",
        "Fecha de nacimiento",
        "DNI/NIE",
        "IBAN",
    ),
    "fi_FI": (
        "Henkilötietolomake",
        "Sukunimi",
        "Etunimi",
        "Katuosoite",
        "Postinumero",
        "Postitoimipaikka",
        "Kotikunta",
        "Syntymäaika",
        "Henkilötunnus",
        "IBAN",
    ),
    "hu_HU": (
        "Belépési adatlap",
        "Vezetéknév",
        "Keresztnév",
        "Utca, házszám",
        "Irányítószám",
        "Település",
        None,
        "Születési dátum",
        "Adóazonosító jel",
        "Bankszámlaszám",
    ),
}


@T("intl_contacts")
def onboarding_local_labels(g: Gen, b: Builder) -> None:
    hr = g.person()
    b("New starters – EMEA payroll onboarding pack, wave ", str(g.rng.randrange(1, 12)), "\n")
    b("Prepared by ", g.name(hr, "full"), ", ", g.pick(vocab.JOB_TITLES[8:10]), "\n")
    locs = [loc for loc in g.other_locales(12) if loc in _ONBOARD][: g.rng.randrange(2, 4)]
    for loc in locs:
        title, sur, first, street, pc, town, extra, dob, idl, bank = _ONBOARD[loc]
        p, a = g.person(loc), address(g, loc)
        w = max(len(x) for x in (sur, first, street, pc, town, extra or "", dob, idl, bank)) + 2
        b("\n== ", title, " (", loc[-2:], ") ==\n")
        b(f"{sur + ':':<{w}}", g.name(p, g.pick(("last", "LAST"))), "\n")
        b(f"{first + ':':<{w}}", g.name(p, "first"), "\n")
        b(f"{street + ':':<{w}}", a.street, "\n")
        b(f"{pc + ':':<{w}}", a.zip, "\n")
        b(f"{town + ':':<{w}}", a.city, "\n")
        if extra == "Provincia" and a.region:
            b(f"{extra + ':':<{w}}", a.region, "\n")
        elif extra and extra != "Provincia":
            b(f"{extra + ':':<{w}}", a.city if g.chance(0.6) else _town(g, loc), "\n")
        b(f"{dob + ':':<{w}}", g.date(style=g.pick(("dd.mm.yyyy", "dd/mm/yyyy", "iso")), dob=True), "\n")
        b(f"{idl + ':':<{w}}", g.ident("national", loc), "\n")
        b(f"{bank + ':':<{w}}", g.iban(loc), "\n")
        b(f"{'Tel.:':<{w}}", g.phone(loc), "\n")
        b(f"{'Position:':<{w}}", g.pick(vocab.JOB_TITLES), ", ", g.pick(vocab.DEPARTMENTS), "\n")
    b("\nPlease return signed copies to People Operations by ", g.date(style="d Month"), ".\n")


@T("intl_contacts")
def consignee_manifest(g: Gen, b: Builder) -> None:
    shipper = g.org("en_GB")
    b(
        "CONSOLIDATED MANIFEST   MAWB ",
        g.ref(text=g.fill("###-########")),
        "   ETD ",
        g.date(style="dd-Mon-yyyy"),
        "\n",
    )
    b("SHIPPER: ", upper(shipper), "\n")
    b(*[x for line in _postal(g, "en_GB", True) for x in ("         ", *line, "\n")])
    b("-" * 60, "\n")
    for i, loc in enumerate(g.other_locales(g.rng.randrange(4, 7))):
        p = g.person(loc)
        b(
            f"HAWB {i + 1}/",
            g.ref(text=g.fill("@@#######")),
            f"   {g.rng.randrange(1, 9)} PCS   {g.rng.randrange(1, 60)}.{g.rng.randrange(10)} KG   DAP\n",
        )
        b("CONSIGNEE: ", _local_name(g, p, caps=True), "\n")
        if g.chance(0.4):
            b("           ", upper(g.org(loc)), "\n")
        for line in _postal(g, loc, True):
            b("           ", *upper(line), "\n")
        b("           ", _country(g, loc).upper(), "\n")
        b("           TEL ", g.phone(loc), "\n")
        b("NOTIFY: ", g.pick(("SAME AS CONSIGNEE", "SAME", "NIL")), "\n")
        b(
            "GOODS: ",
            g.pick(vocab.PRODUCT_LINES).upper(),
            "   HS ",
            f"{g.rng.randrange(3900, 9600)}.{g.rng.randrange(10, 99)}\n\n",
        )


@T("intl_contacts")
def hotel_registration_cards(g: Gen, b: Builder) -> None:
    hotel_loc = g.pick(("fr_FR", "it_IT", "es_ES", "de_DE", "cs_CZ", "hu_HU", "pt_BR"))
    lab = {
        "fr_FR": (
            "FICHE DE POLICE / REGISTRATION CARD",
            "Nom",
            "Prénom",
            "Né(e) le",
            "Nationalité",
            "N° passeport",
            "Domicile",
            "Arrivée",
            "Départ",
            "Chambre",
        ),
        "it_IT": (
            "SCHEDA DI NOTIFICA / REGISTRATION CARD",
            "Cognome",
            "Nome",
            "Nato/a il",
            "Cittadinanza",
            "N. passaporto",
            "Residenza",
            "Arrivo",
            "Partenza",
            "Camera",
        ),
        "es_ES": (
            "PARTE DE ENTRADA DE VIAJEROS",
            "Apellidos",
            "Nombre",
            "Fecha de nacimiento",
            "Nacionalidad",
            "N.º pasaporte",
            "Domicilio",
            "Llegada",
            "Salida",
            "Habitación",
        ),
        "de_DE": (
            "MELDESCHEIN / REGISTRATION FORM",
            "Familienname",
            "Vorname",
            "Geburtsdatum",
            "Staatsangehörigkeit",
            "Reisepass-Nr.",
            "Anschrift",
            "Anreise",
            "Abreise",
            "Zimmer",
        ),
        "cs_CZ": (
            "PŘIHLAŠOVACÍ LIST / REGISTRATION CARD",
            "Příjmení",
            "Jméno",
            "Datum narození",
            "Státní občanství",
            "Číslo pasu",
            "Bydliště",
            "Příjezd",
            "Odjezd",
            "Pokoj",
        ),
        "hu_HU": (
            "BEJELENTŐLAP / REGISTRATION CARD",
            "Családi név",
            "Utónév",
            "Születési idő",
            "Állampolgárság",
            "Útlevélszám",
            "Lakcím",
            "Érkezés",
            "Távozás",
            "Szoba",
        ),
        "pt_BR": (
            "FICHA NACIONAL DE REGISTRO DE HÓSPEDES",
            "Sobrenome",
            "Nome",
            "Data de nascimento",
            "Nacionalidade",
            "Passaporte",
            "Endereço",
            "Chegada",
            "Saída",
            "Quarto",
        ),
    }[hotel_loc]
    title, sur, first, born, nat, pp, home, arr, dep, room = lab
    hotel = ent(
        g.pick(("Hotel ", "Grand Hotel ", "Boutique Hotel ")) + g.fake(hotel_loc).last_name(), "ORGANIZATION"
    )
    ha = address(g, hotel_loc)
    d = g.day()
    for loc in g.other_locales(g.rng.randrange(2, 4)):
        p = g.person(loc)
        b(hotel, " · ", one_line(ha), "\n", title, "\n")
        b(f"{sur} / Surname: ", g.name(p, "LAST"), f"    {first} / First name: ", g.name(p, "first"), "\n")
        b(f"{born} / Date of birth: ", g.date(style=g.pick(("dd/mm/yyyy", "dd.mm.yyyy")), dob=True), "\n")
        b(
            f"{nat} / Nationality: ",
            _country(g, loc),
            f"    {pp} / Passport No.: ",
            g.ident("passport", loc),
            "\n",
        )
        b(f"{home} / Home address: ", _addr_of(g, loc), "\n")
        b("Tel.: ", g.phone(loc), "    E-mail: ", g.email(p), "\n")
        b(
            f"{arr}: ",
            g.date(d, "dd/mm/yyyy"),
            f"   {dep}: ",
            g.date(d + timedelta(days=g.rng.randrange(1, 9)), "dd/mm/yyyy"),
            f"   {room}: {g.rng.randrange(101, 620)}",
        )
        b(
            "   ",
            g.pick(("BB", "HB", "RO")),
            " · ",
            g.pick(("Booking.com", "Expedia", "Direct", "Amadeus GDS")),
            "\n",
        )
        b("Signature: ", g.name(p, g.pick(("initial", "full"))), "\n", "~" * 50, "\n")


@T("intl_contacts")
def visa_contact_sheet(g: Gen, b: Builder) -> None:
    home, dest = g.other_locales(2)
    app, host, emerg = g.person(home), g.person(dest), g.person(home)
    b("VISA APPLICATION – CONTACT SHEET (", g.pick(("Schengen C", "Business", "National D")), ")\n")
    b("Consulate: Embassy of ", _country(g, dest), " – Visa Section, ", _town(g, home), "\n")
    b(
        "Appointment: ",
        g.date(style="d Month yyyy"),
        " at ",
        _hm(g.rng.randrange(510, 900)),
        "   File ref ",
        g.ref(),
        "\n\n",
    )
    b(
        "1. APPLICANT\n   Surname(s): ",
        g.name(app, "LAST"),
        "\n   Given name(s): ",
        g.name(app, "first"),
        "\n",
    )
    b("   Date of birth: ", g.date(style="dd.mm.yyyy", dob=True), "   Place of birth: ", _town(g, home), "\n")
    b("   Passport: ", g.ident("passport", home), "   valid until ", g.date(style="dd.mm.yyyy"), "\n")
    b("   Home address: ", _addr_of(g, home), ", ", _country(g, home), "\n")
    b("   Mobile: ", g.phone(home), "   E-mail: ", g.email(app), "\n")
    b("   Occupation: ", g.pick(vocab.JOB_TITLES), " at ", g.org(home), "\n\n")
    b("2. INVITING PERSON / COMPANY IN ", _country(g, dest).upper(), "\n")
    b("   ", g.name(host, "full"), ", ", g.org(dest), "\n   ")
    b(_addr_of(g, dest), "\n   Tel. ", g.phone(dest), "\n\n")
    b(
        "3. EMERGENCY CONTACT\n   ",
        g.name(emerg, "full"),
        " (",
        g.pick(("spouse", "mother", "brother", "partner")),
        ") ",
        g.phone(home),
        "\n\n",
    )
    b(
        "Travel: ",
        g.pick(("LH", "AF", "KL", "SK", "LO")),
        f" {g.rng.randrange(100, 2999)} on ",
        g.date(style="d Mon"),
        "; hotel booked in ",
        _town(g, dest),
        "\n",
    )


@T("intl_contacts")
def alumni_directory(g: Gen, b: Builder) -> None:
    school = g.pick(
        ("INSEAD", "Erasmus Mundus MSc", "Copenhagen Business School", "Charles University", "ESADE")
    )
    year = g.rng.randrange(1998, 2016)
    b(school, " – Class of ", str(year), " – Alumni directory (members only)\n\n")
    verbs = (
        "moved from {a} to {b} last {m}",
        "relocated from {a} to {b} in {m}",
        "left {a} for {b} after the spring",
    )
    for loc in g.other_locales(g.rng.randrange(5, 8)):
        p = g.person(loc)
        org = g.org(loc)
        b("■ ", g.name(p, "full"))
        if p.female and g.chance(0.35):
            b(" (née ", ent(g.fake(loc).last_name(), "PERSON"), ")")
        b(f" — {g.pick(vocab.DEGREES)} '{year % 100:02d}\n")
        b("  Now: ", g.pick(vocab.JOB_TITLES), " at ", org, "\n  ")
        t1, t2 = _two_towns(g, loc)
        tmpl = g.pick(verbs)
        pre, rest = tmpl.split("{a}")
        mid, post = rest.split("{b}")
        b(g.name(p, "first"), " ")
        b(pre, t1, mid, t2, post.format(m=g.pick(vocab.MONTHS)), ". ")
        if loc in _BARE_STREETS and g.chance(0.6):
            b("Office on ", ent(g.pick(_BARE_STREETS[loc]), "STREET_ADDRESS"), ", ", t2, ". ")
        b("\n  ", g.email(p, g.domain_of(org) if g.chance(0.5) else None), " · ", g.phone(loc), "\n\n")
    b("Updates to the alumni office, ", g.email(), "\n")


@T("intl_contacts")
def office_news(g: Gen, b: Builder) -> None:
    loc = g.pick(tuple(_BARE_STREETS))
    g.multi = True
    town, org = _town(g, loc), g.org(loc)
    b("People & Places — ", org, " ", town, " office newsletter, ", g.pick(vocab.MONTHS), " edition\n\n")
    b(
        "Our office on ",
        ent(g.pick(_BARE_STREETS[loc]), "STREET_ADDRESS"),
        " reopens after the refurbishment on ",
        g.date(style="d Month"),
        ". Visitors still sign in at reception on the ground floor.\n\n",
    )
    contacts = []
    for _ in range(g.rng.randrange(3, 6)):
        p = g.person(loc if g.chance(0.6) else g.pick(_ALL))
        t1, t2 = _two_towns(g, p.loc)
        pron = "she" if p.female else "he"
        kind = g.rng.randrange(4)
        if kind == 0:
            b(g.name(p, "full"), ", our ", g.pick(vocab.JOB_TITLES), ", moved from ", t1, " to ", t2)
            b(f" last {g.pick(vocab.MONTHS)} and now works from the ", t2, " hub.")
        elif kind == 1:
            b(
                "Welcome to ",
                g.name(p, "full"),
                f", who joins {g.pick(vocab.DEPARTMENTS)} from ",
                g.org(p.loc),
            )
            b(" in ", t1, f". {pron.capitalize()} starts on ", g.date(style="Month d"), ".")
        elif kind == 2:
            b(g.name(p, "first"), " is commuting from ", t1, " until the move; post for ", g.name(p, "last"))
            b(" now goes to ", _addr_of(g, p.loc), ".")
        else:
            b("Farewell to ", g.name(p, "full"), f" — {pron} heads back to ", t1, " to join ", g.org(p.loc))
            b(f". Cake in the {g.pick(('canteen', 'kitchen', 'Atrium'))} on {filler.weekday(g)}.")
        b("\n\n")
        contacts.append(p)
    b("Questions about this issue:\n")
    for p in contacts[:2]:
        b("  ", g.name(p, "full"), "  ", g.phone(p.loc), "  ", g.email(p, g.domain_of(org)), "\n")


def _route_stop(g: Gen, city: str) -> tuple:
    if city == "praha":
        praha, part, zip_ = g.pick(_PRAHA)
        return (
            address(g, "cs_CZ").street,
            ", ",
            ent(zip_, "ZIP_CODE"),
            " ",
            ent(praha, "CITY"),
            " - ",
            ent(part, "CITY"),
        )
    if city == "hcm":
        district, ward, town = g.pick(_VN)
        street = ent(f"Số {g.rng.randrange(1, 300)} {g.pick(_VN_STREETS)}, {ward}", "STREET_ADDRESS")
        return (street, ", ", ent(district, "CITY"), ", ", ent(town, "CITY"))
    if city == "budapest":
        district, zip_ = g.pick(_BUDAPEST)
        street = ent(f"{g.pick(_HU_STREETS)} {g.rng.randrange(1, 90)}.", "STREET_ADDRESS")
        return (
            ent(zip_, "ZIP_CODE"),
            " ",
            ent("Budapest", "CITY"),
            ", ",
            ent(district, "CITY"),
            ", ",
            street,
        )
    if city == "warszawa":
        street = ent(
            f"ul. {g.fake('pl_PL').street_name()} {g.rng.randrange(1, 120)}/{g.rng.randrange(1, 60)}",
            "STREET_ADDRESS",
        )
        zip_ = ent(g.fill("0#-###"), "ZIP_CODE")
        return (street, ", ", zip_, " ", ent("Warszawa", "CITY"), "-", ent(g.pick(_WARSZAWA), "CITY"))
    arr = g.rng.randrange(1, 21)
    zip_ = ent(f"750{arr:02d}", "ZIP_CODE")
    return (
        address(g, "fr_FR").street,
        ", ",
        zip_,
        " ",
        ent("Paris", "CITY"),
        f" ({arr}{'er' if arr == 1 else 'e'})",
    )


@T("intl_contacts")
def district_route_sheet(g: Gen, b: Builder) -> None:
    city, loc, depot = g.pick(
        (
            ("praha", "cs_CZ", "Depo Praha-Chodov"),
            ("hcm", "vi_VN", "Kho Tân Bình"),
            ("budapest", "hu_HU", "Budaörs depó"),
            ("warszawa", "pl_PL", "Magazyn Okęcie"),
            ("paris", "fr_FR", "Hub Gennevilliers"),
        )
    )
    g.locale = loc
    driver = g.person(loc)
    b(f"ROUTE SHEET {g.fill('R-###')} · {depot} · ", g.date(style="dd.mm.yyyy"), "\n")
    b(
        "Driver: ",
        _local_name(g, driver),
        "  (",
        g.phone(loc),
        ")   Vehicle: van ",
        str(g.rng.randrange(3, 40)),
        "\n\n",
    )
    t = g.rng.randrange(7 * 60, 9 * 60)
    for i in range(g.rng.randrange(5, 8)):
        p = g.person(loc)
        t += g.rng.randrange(12, 45)
        b(f"{i + 1:>2}. {_hm(t)}-{_hm(t + 60)}  ", _local_name(g, p, g.chance(0.3)), "\n")
        b("    ", _route_stop(g, city), "\n")
        b("    ☎ ", g.phone(loc), "   parcel ", g.ref(text=g.fill("@@#########")), "  ")
        b(g.pick(("COD", "prepaid", "signature", "leave with neighbour", "ring twice", "2nd attempt")), "\n")
    b("\nReturns to depot by 18:00. Damaged items: photo + note in the scanner app.\n")


@T("intl_contacts")
def nordic_register(g: Gen, b: Builder) -> None:
    locs = ("no_NO", "sv_SE", "da_DK", "fi_FI")
    g.multi = True
    b(
        g.pick(("Kunderegister", "Medlemsregister", "Kundregister")),
        " – eksport ",
        g.date(style="iso"),
        "\n\n",
    )
    rows = []
    for _ in range(g.rng.randrange(6, 10)):
        loc = g.pick(locs)
        p = g.person(loc)
        kind = "pobox" if loc in ("no_NO", "sv_SE") and g.chance(0.25) else "street"
        a = address(g, loc, kind)
        co = ["c/o ", g.name(g.person(loc), g.pick(("full", "last")))] if g.chance(0.35) else [""]
        rows.append(
            [
                g.ref(text=g.digits(6, True)),
                g.name(p, g.pick(("last_first", "full"))),
                tuple(co),
                a.street,
                a.zip,
                a.city.upper(),
                a.city if g.chance(0.6) else _town(g, loc),
                g.phone(loc),
            ]
        )
    _table(b, ["Kundenr", "Navn", "c/o", "Adresse", "Postnr", "Poststed", "Kommune", "Telefon"], rows, "  ")
    b("\n", str(len(rows)), " poster. Reservert mot reklame: ", str(g.rng.randrange(0, 3)), "\n")


@T("intl_contacts")
def hungarian_member_register(g: Gen, b: Builder) -> None:
    g.locale = "hu_HU"
    club = g.pick(
        ("Budapesti Fotóklub Egyesület", "Debreceni Futókör", "Szegedi Kórusegylet", "Győri Sakkbarátok")
    )
    b(ent(club, "ORGANIZATION"), " – tagnyilvántartás (", str(g.rng.randrange(2019, 2025)), ")\n\n")
    for i in range(g.rng.randrange(3, 6)):
        p, mother = g.person("hu_HU"), g.person("hu_HU", female=True)
        dob = g.day(1940, 2005)
        b(f"{i + 1}. Név: ")
        if p.female and g.chance(0.4):
            husband = g.fake("hu_HU").last_name_male()
            b(
                ent(f"{husband}né {p.last} {p.first}", "PERSON"),
                "\n   Születési név: ",
                ent(f"{p.last} {p.first}", "PERSON"),
                "\n",
            )
        else:
            b(ent(f"{p.last} {p.first}", "PERSON"), "\n")
        b("   Anyja neve: ", ent(f"{mother.last} {mother.first}", "PERSON"), "\n")
        b(
            "   Születési hely, idő: ",
            _town(g, "hu_HU"),
            ", ",
            ent(f"{dob:%Y.%m.%d}.", "DATE", dob=True),
            "\n",
        )
        b("   Lakcím: ", _addr_of(g, "hu_HU") if g.chance(0.5) else _route_stop(g, "budapest"), "\n")
        b("   Telefon: ", g.phone(), "   E-mail: ", g.email(p), "\n")
        b(
            "   Tagsági szám: ",
            g.ident("member"),
            "   Tagdíj: ",
            g.pick(("befizetve", "hátralék", "mentes")),
            "\n\n",
        )
    b(
        "Az adatokat a GDPR szerint kezeljük. Elnök: ",
        ent(f"{g.fake('hu_HU').last_name()} {g.fake('hu_HU').first_name()}", "PERSON"),
        "\n",
    )


_LETTER = {
    "de_DE": (
        "{t}, {d}",
        "dd.mm.yyyy",
        "Betreff: Ihre neue Anschrift",
        ("Sehr geehrte Frau ", "Sehr geehrter Herr "),
        ",",
        "wir haben Ihren Umzug nach ",
        " in unseren Unterlagen erfasst.",
    ),
    "nl_NL": (
        "{t}, {d}",
        "dd.mm.yyyy",
        "Betreft: adreswijziging",
        ("Geachte mevrouw ", "Geachte heer "),
        ",",
        "hierbij bevestigen wij uw verhuizing naar ",
        ".",
    ),
    "fr_FR": (
        "{t}, le {d}",
        "dd/mm/yyyy",
        "Objet : changement d'adresse",
        ("Madame ", "Monsieur "),
        ",",
        "nous avons bien enregistré votre déménagement à ",
        ".",
    ),
    "pl_PL": (
        "{t}, dnia {d}",
        "dd.mm.yyyy",
        "Dotyczy: zmiana adresu",
        ("Szanowna Pani ", "Szanowny Panie "),
        ",",
        "potwierdzamy zmianę adresu zamieszkania na ",
        ".",
    ),
    "it_IT": (
        "{t}, {d}",
        "dd/mm/yyyy",
        "Oggetto: variazione di residenza",
        ("Gentile Sig.ra ", "Gentile Sig. "),
        ",",
        "confermiamo il trasferimento della Sua residenza a ",
        ".",
    ),
    "es_ES": (
        "{t}, a {d}",
        "dd/mm/yyyy",
        "Asunto: cambio de domicilio",
        ("Estimada Sra. ", "Estimado Sr. "),
        ":",
        "le confirmamos el cambio de su domicilio a ",
        ".",
    ),
    "sv_SE": (
        "{t} {d}",
        "iso",
        "Ärende: adressändring",
        ("Hej ", "Hej "),
        "!",
        "vi har registrerat din flytt till ",
        ".",
    ),
    "en_GB": (
        "{t}, {d}",
        "d Month yyyy",
        "Re: change of address",
        ("Dear Ms ", "Dear Mr "),
        ",",
        "we have updated our records following your move to ",
        ".",
    ),
}


@T("intl_contacts")
def mail_merge_letterheads(g: Gen, b: Builder) -> None:
    g.multi = True
    b(
        "<<MERGE OUTPUT>> ",
        g.pick(("Adressänderung_Bestätigung.docx", "address-change-confirmations.docx")),
        "\n",
    )
    for loc in g.rng.sample(tuple(_LETTER), g.rng.randrange(3, 5)):
        place, dstyle, subject, greet, punct, body, end = _LETTER[loc]
        org, p = g.org(loc), g.person(loc)
        a, oa = address(g, loc), address(g, loc)
        b("=" * 58, "\n", org, " · ", one_line(oa), " · Tel. ", g.phone(loc), "\n\n")
        b(g.name(p, g.pick(("full", "full", "UPPER"))), "\n")
        for line in lines(a, caps_city=loc in ("nl_NL", "sv_SE", "en_GB")):
            b(*line, "\n")
        before, after = place.split("{t}")
        b("\n", " " * 30, before, oa.city, after.replace("{d}", ""), g.date(style=dstyle), "\n\n")
        b(subject, " – ", g.pick(("Kd.-Nr. ", "ref. ", "nº ")), g.ref(), "\n\n")
        b(greet[0] if p.female else greet[1], g.name(p, "first" if loc == "sv_SE" else "last"), punct, "\n\n")
        b(body, a.city, end, "\n\n", g.name(g.person(loc), "full"), "\n", g.pick(vocab.JOB_TITLES), "\n")


@T("intl_contacts")
def southern_rolodex(g: Gen, b: Builder) -> None:
    g.multi = True
    b("CRM export – contatti / contactos / contatos (", g.pick(("IT", "ES", "BR", "IT+ES+BR")), ")\n\n")
    bairros = ("Pinheiros", "Copacabana", "Savassi", "Boa Viagem", "Moinhos de Vento", "Batel")
    for _ in range(g.rng.randrange(4, 7)):
        loc = g.pick(("it_IT", "es_ES", "pt_BR"))
        p, org = g.person(loc), g.org(loc)
        if loc == "it_IT":
            b(
                "Ragione sociale: ",
                org,
                "\nReferente: ",
                g.title(p),
                g.name(p, "full"),
                " (",
                g.pick(vocab.JOB_TITLES),
                ")\n",
            )
            b("Indirizzo: ", *_postal(g, "it_IT")[0], "\n")
            b("Tel.: ", g.phone(loc), "   Cell.: ", g.phone(loc), "\nPEC: ", g.email(p, "pec.it"), "\n")
            b(
                "Codice fiscale: ",
                g.ident("national", loc),
                "   P.IVA: ",
                g.ref(text=g.fill("IT###########")),
                "\n\n",
            )
        elif loc == "es_ES":
            street, town = _postal(g, "es_ES", caps=False)
            b("Razón social: ", org, "\nContacto: ", g.title(p), g.name(p, "full"), "\n")
            b("Domicilio: ", *street, "\n           ", *town, "\n")
            b(
                "Tfno.: ",
                g.phone(loc),
                "   Móvil: ",
                g.phone(loc),
                "\nNIF: ",
                g.ident("national", loc),
                "\n\n",
            )
        else:
            a = address(g, loc)
            b("Razão social: ", org, "\nContato: ", g.name(p, "full"), "\n")
            b("Endereço: ", a.street, "\nBairro: ", ent(g.pick(bairros), "CITY"), "\n")
            b("          ", a.city, " - ", a.region, ", CEP ", a.zip, "\n")
            b("Celular/WhatsApp: ", g.phone(loc), "\nCPF: ", g.ident("national", loc), "\n\n")


# ---------------------------------------------------------------- chat transcripts


def _cast(g: Gen, n: int) -> list[Person]:
    """n people, one or two from outside Faker's lists."""
    ppl = [g.person() for _ in range(n)]
    for i in g.rng.sample(range(n), g.rng.randrange(1, min(3, n) + 1)):
        ppl[i] = _outsider(g)
    return ppl


@T("chat_transcript")
def slack_channel_paste(g: Gen, b: Builder) -> None:
    ppl = _cast(g, 3)
    handles = [_handle(g, p) for p in ppl]
    cust = g.person()
    ts = _clocks(g, 6)
    channel = g.pick(("proj-", "cs-", "ops-")) + g.pick(
        ("onboarding", "escalations", "emea-rollout", "renewals")
    )
    b("#", channel, f"  ·  {g.rng.randrange(6, 60)} members  ·  ", filler.product(g), " integration\n\n")

    def post(i: int, k: int, *text) -> None:
        b(g.name(ppl[i], "full"), "  ", _hm(ts[k], True), "\n", *text, "\n")

    post(
        0,
        0,
        "@",
        handles[1],
        " can you look at the ",
        g.org(),
        " account before the QBR? ",
        g.name(cust, "first"),
        " is unhappy",
    )
    b(
        f":eyes: {g.rng.randrange(1, 4)}   ",
        f"{g.rng.randrange(2, 6)} replies  Last reply today at ",
        _hm(ts[4], True),
        "\n\n",
    )
    post(1, 1, "on it. ", g.name(cust, "lower"), " (", g.email(cust), ") says ", filler.issue(g), " (edited)")
    post(
        2,
        2,
        g.name(ppl[1], "first"),
        ", where are we on the refund? finance (",
        g.name(g.person(), "first"),
        ") needs the case no.",
    )
    post(1, 3, "case ", g.ref(), ". fyi they moved – ships to ", lower(_addr_of(g, cust.loc)), " now")
    post(
        0,
        4,
        "thx @",
        handles[1],
        " 🙏 cc @",
        handles[2],
        " the ",
        g.pick(vocab.JOB_TITLES),
        " wants a call: ",
        g.phone(cust.loc),
    )
    post(
        2,
        5,
        g.name(ppl[0], "first_lower"),
        " done, ",
        filler.weekday(g),
        " ",
        _hm(ts[5] + 60, True),
        " booked in ",
        filler.product(g),
    )


@T("chat_transcript")
def teams_transcript(g: Gen, b: Builder) -> None:
    ppl = _cast(g, g.rng.randrange(3, 5))
    client = g.person()
    b(
        g.pick(("Weekly", "Steering", "Sprint review")),
        " – ",
        filler.product(g),
        " migration-",
        g.date(style="iso"),
        "\n",
    )
    b(f"{g.rng.randrange(20, 59)}m {g.rng.randrange(10, 59)}s\n\n")
    b(g.name(ppl[0], "full"), " started transcription\n\n")
    s = g.rng.randrange(3, 20)
    turns = [
        (0, (g.name(ppl[1], "first"), ", where are we with ", g.org(), "?")),
        (
            1,
            (
                "Uh, so, we're close. ",
                g.name(client, "full"),
                " signed off the ",
                g.pick(vocab.PLANS),
                " tier on ",
                filler.weekday(g),
                ".",
            ),
        ),
        (2, ("Sorry, can you say the surname again? ", g.name(client, "last"), "?")),
        (1, ("Yes. And the invoice goes to their site in ", _town(g, client.loc), ", not head office.")),
        (
            0,
            (
                "OK. ",
                g.name(ppl[2], "first"),
                ", can you send them the ",
                filler.product(g),
                " guide? Their number is ",
                g.phone(client.loc),
                ".",
            ),
        ),
        (2, ("Will do. I'll ping ", g.name(g.person(), "first"), " from legal as well.")),
        (
            len(ppl) - 1,
            (
                "One thing – ",
                g.name(ppl[0], "first_lower"),
                " asked for the ",
                g.pick(vocab.JOB_TITLES),
                " to join next time.",
            ),
        ),
        (0, ("Good. Thanks everyone, same time ", filler.weekday(g), ".")),
    ]
    for who, text in turns:
        s += g.rng.randrange(8, 90)
        b(
            g.name(ppl[who], g.pick(("full", "full", "first"))),
            "   ",
            f"{s // 60}:{s % 60:02d}\n",
            text,
            "\n\n",
        )
    b(g.name(ppl[0], "full"), " stopped transcription\n")


@T("chat_transcript")
def whatsapp_ios_group(g: Gen, b: Builder) -> None:
    fam = g.person()
    kids = [g.person(fam.loc) for _ in range(2)]
    d = g.day()
    group = g.pick(("Family 🏡", "Cousins", "Mum's 70th 🎉", "Book club"))
    ms = _clocks(g, 8, 17 * 60, 23 * 60)
    unsaved = g.phone(fam.loc)

    def msg(k: int, who, *text) -> None:
        b(f"[{d:%d/%m/%Y}, {_hm(ms[k])}:{g.rng.randrange(60):02d}] ", who, ": ", *text, "\n")

    b(f"[{d:%d/%m/%Y}, {_hm(ms[0] - 5)}:00] ", group, ": ‎Messages and calls are end-to-end encrypted.\n")
    msg(
        0,
        "Mum" if fam.female else "Dad",
        "ok who's bringing what on ",
        filler.weekday(g),
        "?? ",
        g.name(kids[0], "first"),
        "?",
    )
    msg(
        1,
        g.name(kids[0], g.pick(("first", "full"))),
        "cake 🎂 and i'm bringing ",
        g.name(g.person(), "first_lower"),
        " if that's ok",
    )
    msg(2, ent(_nick(kids[1]), "PERSON"), "what's the address of the new place again")
    msg(
        3,
        "Mum" if fam.female else "Dad",
        lower(_addr_of(g, fam.loc)),
        " – ring the top bell, says ",
        g.name(fam, "LAST"),
    )
    msg(
        4, unsaved, "hi all, this is ", g.name(g.person(fam.loc), "first_lower"), "'s new number, save it pls"
    )
    msg(5, ent(_nick(kids[1]), "PERSON"), "‎image omitted")
    msg(
        6, g.name(kids[0], "first"), "@", ent(re.sub(r"\D", "", unsaved.text), "PHONE_NUMBER"), " welcome lol"
    )
    msg(
        7,
        "Mum" if fam.female else "Dad",
        "parking is on ",
        g.pick(("the street", "the drive", "Sainsbury's")),
        ", call ",
        g.phone(fam.loc),
        " if lost",
    )


@T("chat_transcript")
def widget_email_transcript(g: Gen, b: Builder) -> None:
    c, agent = g.person(), g.person()
    org = g.org()
    a = address(g, c.loc)
    ts = [g.rng.randrange(8 * 60, 20 * 60)]
    for _ in range(8):
        ts.append(ts[-1] + g.rng.randrange(0, 3))
    b("Subject: Your chat transcript with ", org, "\n\n")
    b("Visitor: ", g.name(c, g.pick(("full", "lower"))), " <", g.email(c), ">\n")
    b(
        "Location: ",
        a.city,
        ", ",
        a.country,
        "   IP: ",
        g.ip(),
        "   Browser: Chrome ",
        str(g.rng.randrange(110, 125)),
        " / ",
    )
    b(
        g.pick(("Windows 11", "macOS", "Android 14", "iOS 17")),
        "\nStarted: ",
        g.date(style="Mon d, yyyy"),
        f"   Rating: {g.pick(('Good', 'Bad', 'none'))}\n\n",
    )
    vis = g.name(c, "first_lower")

    def line(k: int, who, *text) -> None:
        b(f"({_hm(ts[k])}) ", who, ": ", *text, "\n")

    b(f"({_hm(ts[0])}) *** ", g.name(agent, "first"), " joined the chat ***\n")
    line(
        0,
        g.name(agent, "first"),
        "Hi there! I'm ",
        g.name(agent, "first"),
        " from the ",
        g.pick(vocab.DEPARTMENTS),
        " team. How can I help?",
    )
    line(1, vis, filler.issue(g))
    line(2, g.name(agent, "first"), "Sorry about that. Could you confirm the postcode on the order?")
    line(3, vis, lower(a.zip))
    line(
        4,
        g.name(agent, "first"),
        "Thanks ",
        g.name(c, "first"),
        ". And a phone number in case we get cut off?",
    )
    pieces = _phone_pieces(g, c.loc)
    line(5, vis, "its ", pieces[0])
    line(6, vis, *[x for piece in pieces[1:] for x in (piece, " ")][:-1], " sorry hit enter")
    line(
        7, g.name(agent, "first"), "No worries! I've reissued it to ", lower(a.street), ". Ref ", g.ref(), "."
    )
    line(8, vis, "ty ", g.name(agent, "first_lower"), " 👍")
    b(f"({_hm(ts[8] + 1)}) *** Chat ended by visitor ***\n")


@T("chat_transcript")
def sms_thread_export(g: Gen, b: Builder) -> None:
    me, them = g.person(), g.person()
    num = g.phone(them.loc)
    b("SMS backup · conversation with ", g.name(them, "full"), " (", num, ")\n")
    b(
        "Exported ",
        g.date(style="iso"),
        " by ",
        g.pick(("SMS Backup & Restore", "iMazing", "Phone Link")),
        "\n\n",
    )
    ms = _clocks(g, 8, 7 * 60, 23 * 60)
    nick = ent(_nick(them).lower(), "PERSON")
    msgs = [
        ("<", ("hey it's ", nick, " – new phone, lost all my contacts lol")),
        (">", ("oh hi! ", g.name(them, "first_lower"), " from ", g.org(), "?")),
        ("<", ("yes 😅 are we still on for ", filler.weekday(g), "?")),
        (
            ">",
            (
                "yep. pick me up at ",
                lower(address(g, me.loc).street),
                "? it's by the ",
                filler.product(g),
                " shop",
            ),
        ),
        ("<", ("k. what's your new number btw the old one bounced",)),
        (">", ("it's ", *[x for piece in _phone_pieces(g, me.loc) for x in (piece, " ")][:-1])),
        (
            "<",
            (
                "saved as ",
                g.name(me, g.pick(("first", "first_lower"))),
                " 🙃. also ",
                g.name(g.person(), "first"),
                " says hi",
            ),
        ),
        (">", ("haha tell ", g.name(g.person(), "first_lower"), " i still owe her a coffee")),
    ]
    for (arrow, text), m in zip(msgs, ms, strict=True):
        b(arrow, " ", _hm(m), "  ", text, "\n")


@T("chat_transcript")
def discord_channel(g: Gen, b: Builder) -> None:
    ppl = _cast(g, 4)
    tags = [
        ent(f"{_handle(g, p).text}{g.pick(('', '_', str(g.rng.randrange(1, 99))))}", "PERSON") for p in ppl
    ]
    server = g.pick(("Rust Learners", "Indie Devs EU", "r/homelab", "Pixel Art Collective"))
    b("#", g.pick(("general", "meetups", "help", "off-topic")), " — ", server, "\n\n")
    stamps = iter(_clocks(g, 7, 12 * 60, 23 * 60))

    def say(i: int, *text) -> None:
        b(tags[i], " — Today at ", _hm(next(stamps), True), "\n", *text, "\n\n")

    say(0, "@everyone meetup this ", filler.weekday(g), "! ", g.name(ppl[2], "first_lower"), " is hosting")
    say(2, "yep!! address is ", lower(_addr_of(g, ppl[2].loc)), ", buzz ", g.name(ppl[2], "LAST"))
    b("Replying to @", tags[0], "\n")
    say(
        1,
        "can't make it, ",
        g.pick(vocab.JOB_TITLES).lower(),
        " stuff. ",
        g.name(ppl[3], "first"),
        " you going?",
    )
    say(3, "ya. @", tags[2], " whats your number in case the buzzer's broken")
    say(2, "dm'd you. @Moderators can someone pin this")
    say(
        0,
        "📌 pinned. also welcome ",
        g.name(g.person(), "first"),
        " (",
        g.name(_outsider(g), "full"),
        " irl) who just joined 👋",
    )
    say(1, "gl all. ", g.name(ppl[0], "first"), " pls post pics in #", g.pick(("showcase", "photos")))


@T("chat_transcript")
def qa_call_review(g: Gen, b: Builder) -> None:
    agent, tl, ev, c = g.person(), g.person(), g.person(), g.person()
    a = address(g, c.loc)
    b("CALL QUALITY EVALUATION\n")
    b(
        "Call ID: ",
        g.ref(),
        "   Queue: ",
        g.pick(("Billing EN", "Retention", "Tech Support L1", "Claims")),
        "   Date: ",
        g.date(style="dd/mm/yyyy"),
        "\n",
    )
    b(
        "Agent: ",
        g.name(agent, "full"),
        " (",
        g.ident("employee"),
        ")   Team lead: ",
        g.name(tl, "full"),
        "   Evaluator: ",
        g.name(ev, "initial"),
        "\n",
    )
    score = g.rng.randrange(55, 99)
    b(f"Score: {score}/100  ({'PASS' if score >= 75 else 'FAIL'})\n\n")
    b('Greeting | Met | Introduced as "', g.name(agent, "first"), '", used brand name ', g.org(), ".\n")
    b(
        "Verification | Partial | Confirmed name (",
        g.name(c, g.pick(("full", "lower"))),
        ") and postcode (",
        lower(a.zip),
        ") but not DOB; ",
    )
    b("customer offered it anyway (", g.date(style="d Month yyyy", dob=True), ").\n")
    b("Empathy | Met | Acknowledged frustration re ", filler.issue(g), ".\n")
    b(
        "Compliance | ",
        g.pick(("Not met", "Met")),
        " | Read back the full card number ",
        g.card(),
        " instead of the last four.\n",
    )
    b("Resolution | Met | Callback booked on ", g.phone(c.loc), " for ", filler.weekday(g), ".\n\n")
    b(
        "Notes: customer (",
        g.title(c).strip().lower(),
        " ",
        g.name(c, "last").lower(),
        ") lives at ",
        lower(a.street),
        "; mentioned their ",
    )
    b(
        g.pick(("husband", "son", "carer")),
        " ",
        g.name(g.person(c.loc), "first_lower"),
        " handles the account.\n",
    )
    b(
        "Coaching: ",
        g.name(agent, "first"),
        " to review the PCI script with ",
        g.name(tl, "first"),
        " before ",
        g.date(style="d Mon"),
        ".\n",
    )


@T("chat_transcript")
def zoom_meeting_chat_log(g: Gen, b: Builder) -> None:
    ppl = _cast(g, 4)
    org = g.org()
    pron = [g.pick(((), (), (" (she/her)" if p.female else " (he/him)",), (" | ", org))) for p in ppl]
    shown = [g.pick(("full", "full", "first")) for _ in ppl]
    stamps = iter(_clocks(g, 8, 9 * 60, 11 * 60))

    def line(i: int, to: str, *text) -> None:
        m = next(stamps)
        b(
            f"{_hm(m)}:{g.rng.randrange(60):02d} From  ",
            g.name(ppl[i], shown[i]),
            pron[i],
            "  to  ",
            to,
            ":\n\t",
            *text,
            "\n",
        )

    line(
        0,
        "Everyone",
        "Morning all – agenda: ",
        filler.product(g),
        " pilot, budget, ",
        g.pick(vocab.DEPARTMENTS),
        " hiring",
    )
    line(1, "Everyone", g.name(ppl[2], "first"), ", where are we on the ", g.org(), " contract?")
    line(
        2,
        "Everyone",
        "waiting on ",
        g.name(g.person(), "full"),
        " (their ",
        g.pick(vocab.JOB_TITLES),
        "), chasing today",
    )
    line(
        3,
        "Me(Direct Message)",
        "can you send me ",
        g.name(ppl[1], "first_lower"),
        "'s mobile? mine says ",
        g.phone(ppl[1].loc) if ppl[1].loc != "en_US" else g.phone(),
    )
    line(0, "Everyone", 'Reacted to "waiting on ..." with 👍')
    line(
        1, "Everyone", "slides: ", g.url(), " – ping ", g.email(ppl[1], g.domain_of(org)), " for edit access"
    )
    line(2, "Everyone", "also new office address for invoices: ", _addr_of(g, g.pick(_ALL)))
    line(
        3,
        "Everyone",
        "thanks ",
        g.name(ppl[0], "first"),
        "! dropping for the ",
        g.pick(("11:00", "client call", "standup")),
    )


@T("chat_transcript")
def flat_hunt_group(g: Gen, b: Builder) -> None:
    loc = g.pick(("nl_NL", "pl_PL", "de_DE", "cs_CZ", "en_GB", "sv_SE"))
    g.locale = loc
    ppl = [g.person(loc) for _ in range(3)]
    landlord = g.person(loc)
    d = g.day()
    b("Telegram export · ", g.pick(("flat hunt 🏠", "woning zoeken", "mieszkanie", "WG-Suche")), "\n\n")
    stamps = iter(_clocks(g, 7, 9 * 60, 23 * 60))

    def say(i: int, *text) -> None:
        b(g.name(ppl[i], "first_lower"), f", [{d:%d.%m.%y} {_hm(next(stamps))}]\n", *text, "\n\n")

    t1, t2 = _two_towns(g, loc)
    say(0, "found one!! ", lower(_addr_of(g, loc)), ", 2 rooms, viewing ", filler.weekday(g))
    bare = _BARE_STREETS.get(loc, ("Main Street",))
    say(
        1,
        "the one on ",
        lower(ent(g.pick(bare), "STREET_ADDRESS")),
        "? way too close to ",
        g.name(ppl[2], "first"),
        "'s ex lol",
    )
    say(
        2,
        "haha no. landlord is ",
        g.title(landlord).strip().lower(),
        " ",
        g.name(landlord, "last"),
        ", number ",
        *[x for piece in _phone_pieces(g, loc) for x in (piece, " ")][:-1],
    )
    say(0, "commute from there to ", t1, " is ok, ", t2, " is a nightmare")
    say(1, "i can do the viewing, i'm at ", g.org(loc), " till 5 tho")
    say(
        2,
        "send them your details: ",
        g.email(ppl[1]),
        " and the ",
        g.pick(("SCHUFA", "BKR check", "payslip", "reference")),
        " pdf",
    )
    say(0, "✅ sent. ", g.name(ppl[1], "first"), " you're a star")


@T("chat_transcript")
def assistant_to_agent_handover(g: Gen, b: Builder) -> None:
    c, agent = _outsider(g) if g.chance(0.4) else g.person(), g.person()
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    a = address(g, loc)
    bot = g.pick(("HelpBot", "Sparky", "AskBuddy", "Virtual Assistant"))
    org = g.org(loc)
    b("Conversation ", g.ref(), " · channel: web · brand ", org, "\n\n")
    b(bot, ": Hi! I'm ", bot, ", ", org, "'s assistant 🤖 What's your name?\n")
    b("User: its ", g.name(c, g.pick(("first_lower", "lower"))), "\n")
    b(bot, ": Nice to meet you, ", g.name(c, "first"), "! What's your postcode?\n")
    b("User: ", lower(a.zip), "\n")
    b(bot, ": And the best phone number?\n")
    pieces = _phone_pieces(g, loc)
    b("User: ", pieces[0], "\n", "User: ", *[x for piece in pieces[1:] for x in (piece, " ")][:-1], "\n")
    b(bot, ": Got it. What do you need help with? (Orders / Returns / ", g.pick(vocab.PLANS), " plan)\n")
    b(
        "User: returns. the ",
        g.pick(vocab.PRODUCT_LINES).lower(),
        " came to ",
        lower(a.street),
        " but it's broken\n",
    )
    b("— Transferred to a human agent · queue Returns · wait 02:", f"{g.rng.randrange(10, 59)}", " —\n")
    b(
        g.name(agent, "first"),
        " (",
        g.pick(vocab.JOB_TITLES),
        "): Hi ",
        g.name(c, "first"),
        ", ",
        g.name(agent, "first"),
        " here. ",
    )
    b("I can see order ", g.ref(), " to ", a.city, ". I'll email a label to ", g.email(c), ".\n")
    b("User: thanks ", g.name(agent, "first_lower"), "\n")
