"""Postal addresses in each country's own format, split into STREET_ADDRESS / CITY / ZIP_CODE /
STATE_OR_COUNTRY pieces, plus US military and PO-box addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bench.pii_eval.core import Ent, ent

if TYPE_CHECKING:
    from bench.pii_eval.values import Gen

CITIES = {
    "en_US": (
        ("Springfield", "IL"),
        ("Columbus", "OH"),
        ("Austin", "TX"),
        ("Portland", "OR"),
        ("Fresno", "CA"),
        ("Tampa", "FL"),
        ("Boise", "ID"),
        ("Albany", "NY"),
        ("Lansing", "MI"),
        ("Omaha", "NE"),
        ("Wichita", "KS"),
        ("Worcester", "MA"),
        ("Madison", "WI"),
        ("Chattanooga", "TN"),
    ),
    "en_CA": (
        ("Toronto", "ON"),
        ("Halifax", "NS"),
        ("Calgary", "AB"),
        ("Winnipeg", "MB"),
        ("Victoria", "BC"),
    ),
    "en_AU": (
        ("Sydney", "NSW"),
        ("Geelong", "VIC"),
        ("Cairns", "QLD"),
        ("Fremantle", "WA"),
        ("Hobart", "TAS"),
    ),
    "en_GB": ("London", "Manchester", "Leeds", "Bristol", "Cardiff", "Norwich", "York", "Glasgow", "Reading"),
    "en_IE": ("Dublin 6", "Cork", "Galway", "Limerick", "Sligo", "Kilkenny"),
    "de_DE": ("Berlin", "München", "Köln", "Leipzig", "Düsseldorf", "Freiburg im Breisgau", "Bad Homburg"),
    "fr_FR": ("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Saint-Étienne", "Aix-en-Provence"),
    "es_ES": ("Madrid", "Barcelona", "Sevilla", "Valencia", "Málaga", "Zaragoza", "A Coruña"),
    "it_IT": (
        ("Roma", "RM"),
        ("Milano", "MI"),
        ("Torino", "TO"),
        ("Napoli", "NA"),
        ("Bologna", "BO"),
        ("Firenze", "FI"),
    ),
    "nl_NL": ("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "'s-Hertogenbosch"),
    "pl_PL": ("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Bielsko-Biała"),
    "pt_BR": (
        ("São Paulo", "SP"),
        ("Rio de Janeiro", "RJ"),
        ("Belo Horizonte", "MG"),
        ("Curitiba", "PR"),
        ("Porto Alegre", "RS"),
        ("Recife", "PE"),
    ),
    "sv_SE": ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro"),
    "no_NO": ("Oslo", "Bergen", "Trondheim", "Larvik", "Stavanger", "Tromsø", "Fredrikstad"),
    "fi_FI": ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä"),
    "da_DK": ("København K", "Aarhus C", "Odense", "Aalborg", "Esbjerg"),
    "cs_CZ": ("Praha 1", "Brno", "Ostrava", "Plzeň", "České Budějovice", "Olomouc"),
    "sl_SI": ("Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto"),
    "hu_HU": ("Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Székesfehérvár"),
    "vi_VN": ("Thành phố Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ"),
}
COUNTRIES = {
    "en_US": ("USA", "United States", "U.S.A."),
    "en_CA": ("Canada",),
    "en_AU": ("Australia",),
    "en_GB": ("United Kingdom", "UK", "England"),
    "en_IE": ("Ireland",),
    "de_DE": ("Germany", "Deutschland"),
    "fr_FR": ("France",),
    "es_ES": ("Spain", "España"),
    "it_IT": ("Italy", "Italia"),
    "nl_NL": ("Netherlands", "Nederland"),
    "pl_PL": ("Poland", "Polska"),
    "pt_BR": ("Brazil", "Brasil"),
    "sv_SE": ("Sweden", "Sverige"),
    "no_NO": ("Norway", "Norge"),
    "fi_FI": ("Finland", "Suomi"),
    "da_DK": ("Denmark", "Danmark"),
    "cs_CZ": ("Czech Republic", "Česká republika"),
    "sl_SI": ("Slovenia", "Slovenija"),
    "hu_HU": ("Hungary", "Magyarország"),
    "vi_VN": ("Vietnam", "Việt Nam"),
}
_EN_STREETS = (
    "Main St",
    "Oak Avenue",
    "Maple Drive",
    "Elm Street",
    "N. Washington Blvd",
    "Cedar Lane",
    "Lakeview Rd",
    "Park Place",
    "W 3rd Street",
    "Sunset Boulevard",
    "Church Road",
    "High Street",
    "Mill Lane",
    "Station Road",
    "Victoria Road",
    "Kingsway",
    "Pine Ct",
    "Riverside Dr",
)
_LOCAL_STREETS = {
    "de_DE": ("Hauptstraße", "Bahnhofstr.", "Am Markt", "Lindenallee", "Goethestraße", "Schillerplatz"),
    "fr_FR": (
        "rue de la Paix",
        "avenue Victor Hugo",
        "boulevard Saint-Michel",
        "rue des Lilas",
        "place Bellecour",
    ),
    "es_ES": (
        "Calle Mayor",
        "Avda. de la Constitución",
        "Calle de Alcalá",
        "Paseo de Gracia",
        "Plaza España",
    ),
    "it_IT": ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale Mazzini", "Piazza Dante"),
    "nl_NL": ("Kerkstraat", "Dorpsstraat", "Prinsengracht", "Stationsweg", "Julianalaan"),
    "pl_PL": (
        "ul. Kunickiego Władysława",
        "ul. Marszałkowska",
        "al. Jerozolimskie",
        "ul. Długa",
        "ul. Piękna",
    ),
    "pt_BR": ("Rua das Flores", "Avenida Paulista", "Rua Sete de Setembro", "Travessa do Comércio"),
    "sv_SE": ("Storgatan", "Drottninggatan", "Kungsvägen", "Hamngatan"),
    "no_NO": ("Gamle Ravei", "Storgata", "Kirkeveien", "Strandgata", "Fjordveien"),
    "fi_FI": ("Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistotie"),
    "da_DK": ("Havnegade", "Nørregade", "Vestergade", "Strandvejen"),
    "cs_CZ": ("Na Příkopě", "Vinohradská", "Masarykova", "Husova"),
    "sl_SI": ("Trg revolucije", "Slovenska cesta", "Prešernova ulica", "Cankarjeva ulica"),
    "hu_HU": ("Kossuth Lajos utca", "Andrássy út", "Petőfi Sándor utca", "Rákóczi út"),
    "vi_VN": ("Đường Nguyễn Du", "Đường Lê Lợi", "Phố Huế", "Đường Trần Hưng Đạo"),
}
_DIGITS_POSTCODE = {
    "de_DE": "#####",
    "fr_FR": "#####",
    "es_ES": "#####",
    "it_IT": "#####",
    "nl_NL": "%### @@",
    "pl_PL": "##-###",
    "pt_BR": "#####-###",
    "sv_SE": "### ##",
    "no_NO": "####",
    "fi_FI": "#####",
    "da_DK": "####",
    "cs_CZ": "### ##",
    "sl_SI": "%###",
    "hu_HU": "%###",
    "vi_VN": "######",
    "en_AU": "%###",
    "en_US": "#####",
}


@dataclass(frozen=True)
class Address:
    street: Ent
    city: Ent
    zip: Ent | None
    region: Ent | None
    country: Ent
    loc: str


def _street_name(g: Gen, loc: str) -> str:
    f = g.fake(loc)
    if loc.startswith("en"):
        return g.pick(_EN_STREETS) if g.chance(0.6) else f.street_name()
    return g.pick(_LOCAL_STREETS[loc]) if g.chance(0.5) else f.street_name()


def _street(g: Gen, loc: str) -> str:
    name, num = _street_name(g, loc), str(g.rng.randrange(1, 400 if loc.startswith("en") else 160))
    if loc in ("en_US", "en_CA", "en_AU", "en_IE", "en_GB"):
        unit = g.pick(("", "", "", ", Apt 4B", " Apt. 12", " Suite 210", " #7", ", Unit 3"))
        if loc == "en_GB" and g.chance(0.3):
            return f"Flat {g.rng.randrange(1, 30)}, {num} {name}"
        if loc == "en_AU" and g.chance(0.3):
            return f"Unit {g.rng.randrange(1, 20)}/{num} {name}"
        return f"{num} {name}{unit}"
    if loc in ("fr_FR",):
        return f"{num}{g.pick(('', '', ' bis', ','))} {name}"
    if loc == "es_ES":
        return f"{name}, {num}" + g.pick(("", ", 3º B", ", 2º izda.", ", bajo"))
    if loc == "it_IT":
        return f"{name}{g.pick((' ', ', '))}{num}" + g.pick(("", "", "/A", ", int. 5"))
    if loc == "pt_BR":
        return f"{name}, {num}" + g.pick(("", " - apto 42", ", casa 2", " - Centro"))
    if loc == "cs_CZ":
        return f"{name} {g.rng.randrange(100, 2000)}/{num}"
    if loc == "fi_FI":
        return f"{name} {num}" + g.pick(("", " A 12", " B 4"))
    if loc == "da_DK":
        return f"{name} {num}" + g.pick(("", ", 2. tv", ", st. th"))
    if loc == "vi_VN":
        return f"Số {num} {name}"
    if loc == "pl_PL" and g.chance(0.4):
        return f"{name} {num}/{g.rng.randrange(1, 80)}"
    return f"{name} {num}{g.pick(('', '', 'a', 'B'))}"


def address(g: Gen, loc: str | None = None, kind: str = "street") -> Address:
    """kind: street (the locale's usual), pobox, or military (US only)."""
    loc = loc or g.locale
    f = g.fake(loc)
    country = ent(g.pick(COUNTRIES[loc]), "STATE_OR_COUNTRY")
    city_choice = g.pick(CITIES[loc])
    city, region = city_choice if isinstance(city_choice, tuple) else (city_choice, None)
    if loc in ("en_GB", "en_CA", "en_IE") or (loc == "en_US" and g.chance(0.5)):
        postcode = f.postcode()
    else:
        postcode = g.fill(_DIGITS_POSTCODE.get(loc, "#####"))
    if loc == "en_US" and g.chance(0.15):
        postcode += "-" + g.digits(4)
    if kind == "military":
        street = g.pick(
            (
                f"Unit {g.digits(4)} Box {g.digits(4)}",
                f"PSC {g.digits(4)}, Box {g.digits(4)}",
                f"CMR {g.digits(3)} Box {g.digits(4)}",
                f"USNS {f.last_name()}",
                f"USS {f.last_name()}",
            )
        )
        city, region, postcode = g.pick(("APO", "FPO", "DPO")), g.pick(("AE", "AP", "AA")), g.fill("#####")
    elif kind == "pobox":
        street = {
            "de_DE": "Postfach ## ## ##",
            "es_ES": "Apartado de Correos ###",
            "pt_BR": "Caixa Postal ####",
            "no_NO": "Postboks ###",
            "sv_SE": "Box ####",
            "fr_FR": "BP ###",
        }.get(loc, g.pick(("PO Box ####", "P.O. Box ###", "POB ####", "P O Box ##")))
        street = g.fill(street)
    else:
        street = _street(g, loc)
    if region is None and loc == "en_US":
        region = f.state_abbr()
    return Address(
        ent(street, "STREET_ADDRESS"),
        ent(city, "CITY") if kind != "military" else city,
        ent(postcode, "ZIP_CODE"),
        ent(region, "STATE_OR_COUNTRY") if region else None,
        country,
        loc,
    )


def lines(a: Address, country: bool = False, caps_city: bool = False) -> list[tuple]:
    """The address as the locale writes it on an envelope, one tuple of pieces per line."""
    city = a.city.upper() if caps_city and isinstance(a.city, Ent) else a.city
    loc, z, r = a.loc, a.zip, a.region
    if loc in ("en_US", "en_CA", "en_AU"):
        sep = "  " if loc == "en_AU" else " "
        out = [(a.street,), (city, ", " if loc == "en_US" else " ", r, sep, z) if r else (city, " ", z)]
    elif loc in ("en_GB", "en_IE"):
        out = [(a.street,), (city,), (z,)]
    elif loc == "it_IT":
        out = [(a.street,), (z, " ", city, " (", r, ")") if r else (z, " ", city)]
    elif loc == "pt_BR":
        out = [(a.street,), (city, " - ", r) if r else (city,), ("CEP ", z)]
    elif loc == "hu_HU":
        out = [(city,), (a.street,), (z,)]
    elif loc == "vi_VN":
        out = [(a.street,), (city,), (z,)]
    else:
        out = [(a.street,), (z, " ", city)]
    if isinstance(a.city, str):  # military: "APO AE 09012"
        out = [(a.street,), (a.city, " ", r, " ", z)]
    if country:
        out.append((a.country.upper() if caps_city else a.country,))
    return out


def one_line(a: Address, country: bool = False) -> tuple:
    parts: list = []
    for i, line in enumerate(lines(a, country)):
        parts += [", "] * bool(i) + list(line)
    return tuple(parts)


def block(a: Address, indent: str = "", country: bool = False, caps_city: bool = False) -> tuple:
    return tuple(p for line in lines(a, country, caps_city) for p in (indent, *line, "\n"))
