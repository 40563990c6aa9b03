"""FRESH HELD-OUT TEMPLATES (fresh_c): do not read or tune on this file.

Genres: dictated discharges, fax referrals, radiology reads, ward handoffs, lab requisitions, EMS run
reports, European clinic letters; forwarded/ticket/auto-reply/GDPR/web-form e-mails; WhatsApp, Slack,
live-chat, WebVTT, SMS, speech-to-text and IRC logs; US/German/Indian CVs, reviews, HRIS JSON and CSV,
payslips; invoices, claims, rental applications, customs forms, SEPA mandates, card authorisations,
EOBs; vCards, mailing labels, directories, registration JSON, manifests, vendor masters, school sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bench.pii_eval import filler, places, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, upper
from bench.pii_eval.values import LOCALES, Gen, Person, ascii_fold

T = Registry()

US_STYLES = ("mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy")
EU_STYLES = ("dd.mm.yyyy", "dd/mm/yyyy", "d Month yyyy", "iso", "d Mon yyyy")


# ---------------------------------------------------------------- small helpers


def _nm(p: Person, fmt: str = "{first} {last}") -> Ent:
    return ent(fmt.format(first=p.first, last=p.last, mi=p.middle[0]), "PERSON")


def _first(p: Person) -> Ent:
    return ent(p.first, "PERSON")


def _last(p: Person) -> Ent:
    return ent(p.last, "PERSON")


def _org(text: str) -> Ent:
    return ent(text, "ORGANIZATION")


def _place(text: str) -> Ent:
    return ent(text, "STATE_OR_COUNTRY")


def _kv(b: Builder, rows: list, width: int = 0, sep: str = ": ", indent: str = "") -> None:
    for label, value in rows:
        head = f"{label}{sep}"
        b(indent, head.ljust(width) if width else head, value, "\n")


def _wd(d: date) -> str:
    return vocab.WEEKDAYS[d.weekday()]


def _hm(g: Gen, lo: int = 7, hi: int = 19) -> str:
    return f"{g.rng.randrange(lo, hi):02d}:{g.rng.randrange(60):02d}"


def _ampm(g: Gen, lo: int = 8, hi: int = 20) -> str:
    h = g.rng.randrange(lo, hi)
    return f"{(h - 1) % 12 + 1}:{g.rng.randrange(60):02d} {'AM' if h < 12 else 'PM'}"


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi):,}.{g.rng.randrange(100):02d}"


def _loc(g: Gen, choices: tuple[str, ...]) -> str:
    """The document's locale if the template writes in it, else one of `choices` (recorded on g)."""
    if g.locale not in choices:
        g.locale = g.pick(choices)
    return g.locale


def _born(g: Gen, on: date, n: int | None = None) -> tuple[date, Ent]:
    """A date of birth and the age it gives on `on`."""
    age = g.age(n)
    years = int(age.text)
    return on - timedelta(days=int(365.25 * years) + g.rng.randrange(2, 360)), age


def _he(p: Person) -> tuple[str, str, str]:
    return ("she", "her", "woman") if p.female else ("he", "his", "man")


_MONTHS_LOCAL = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def _ldate(d: date, lang: str, long: bool, dob: bool = False) -> Ent:
    """A date as a letter in that language writes it."""
    if not long:
        text = f"{d:%d.%m.%Y}" if lang == "de" else f"{d:%d/%m/%Y}" if lang != "nl" else f"{d:%d-%m-%Y}"
    else:
        month = _MONTHS_LOCAL[lang].split()[d.month - 1]
        text = {
            "de": f"{d.day}. {month} {d.year}",
            "fr": f"{'1er' if d.day == 1 else d.day} {month} {d.year}",
            "es": f"{d.day} de {month} de {d.year}",
            "it": f"{d.day} {month} {d.year}",
            "nl": f"{d.day} {month} {d.year}",
        }[lang]
    return ent(text, "DATE", dob=dob)


# ---------------------------------------------------------------- people and places outside Faker's shapes

# Countries the shared generators do not cover, by ISO code; their names, streets and numbers are
# written here in each country's own conventions (Japanese and Korean names romanised).
_JP_FAMILY = [
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Yoshida",
    "Yamaguchi",
    "Matsumoto",
    "Inoue",
    "Kimura",
    "Hayashi",
    "Shimizu",
    "Ishikawa",
    "Fujita",
    "Okada",
    "Hasegawa",
    "Morimoto",
    "Nishimura",
]
_JP_F = [
    "Yui",
    "Aoi",
    "Hina",
    "Sakura",
    "Mei",
    "Yuna",
    "Haruka",
    "Misaki",
    "Naoko",
    "Keiko",
    "Emi",
    "Ayaka",
    "Chihiro",
    "Kaori",
]
_JP_M = [
    "Haruto",
    "Sota",
    "Ren",
    "Yuto",
    "Kenji",
    "Takumi",
    "Hiroshi",
    "Daisuke",
    "Shota",
    "Kaito",
    "Ryosuke",
    "Tatsuya",
]
_KR_FAMILY = [
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Cho",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
    "Shin",
    "Seo",
    "Kwon",
    "Hwang",
]
_KR_F = [
    "Seo-yeon",
    "Ha-eun",
    "Ji-woo",
    "Su-bin",
    "Ye-jin",
    "Eun-ji",
    "Min-seo",
    "Da-eun",
    "Yoo-jin",
    "Hye-won",
]
_KR_M = [
    "Min-jun",
    "Ji-hoon",
    "Do-yun",
    "Jae-won",
    "Hyun-woo",
    "Seung-min",
    "Joon-ho",
    "Tae-yang",
    "Dong-hyun",
    "Sung-jin",
]
_SG_FAMILY = [
    "Tan",
    "Lim",
    "Lee",
    "Ng",
    "Ong",
    "Wong",
    "Goh",
    "Chua",
    "Koh",
    "Teo",
    "Chan",
    "Yeo",
    "Sim",
    "Low",
]
_SG_F = ("Hui Min", "Jia Hui", "Siew Ling", "Mei Ling", "Xin Yi", "Pei Shan", "Li Ting", "Shu Fen")
_SG_M = ("Wei Ming", "Kok Leong", "Zhi Hao", "Jun Jie", "Boon Keng", "Chee Wai", "Yong Sheng", "Kai Wen")
_ZA_AFRIKAANS = (
    "van der Merwe",
    "Botha",
    "Pretorius",
    "du Plessis",
    "Nel",
    "Venter",
    "Coetzee",
    "Steyn",
    "Fourie",
    "Kruger",
    "Joubert",
    "le Roux",
)

_HAND_COUNTRY = {
    "JP": ("Japan", "JAPAN"),
    "KR": ("South Korea", "Republic of Korea", "KOREA"),
    "SG": ("Singapore",),
    "IN": ("India", "INDIA"),
    "MX": ("Mexico", "México"),
    "CH": ("Switzerland", "Schweiz", "Suisse"),
    "AT": ("Austria", "Österreich"),
    "BE": ("Belgium", "België", "Belgique"),
    "NZ": ("New Zealand",),
    "ZA": ("South Africa",),
    "PT": ("Portugal",),
}
HAND = tuple(_HAND_COUNTRY)
_HAND_PHONES = {
    "JP": ("+81 90-####-####", "090-####-####", "03-####-####", "+81 3-####-####", "080-####-####"),
    "KR": ("+82 10-####-####", "010-####-####", "02-###-####", "+82 2-####-####"),
    "SG": ("+65 9### ####", "+65 8### ####", "6### ####", "+65 6### ####"),
    "IN": ("+91 9#### #####", "+91-98########", "09#########", "080-2###-####", "+91 7#### #####"),
    "MX": ("+52 55 #### ####", "+52 1 33 #### ####", "(81) ####-####", "55 ####-####", "+52 (999) ### ####"),
    "CH": (
        "+41 44 ### ## ##",
        "079 ### ## ##",
        "+41 (0)22 ### ## ##",
        "0041 61 ### ## ##",
        "+41 76 ### ## ##",
    ),
    "AT": ("+43 1 ### ## ##", "0664 ### ## ##", "+43 664 #######", "0316 ######", "+43 (0)650 ### ####"),
    "BE": ("+32 2 ### ## ##", "0470 ## ## ##", "+32 475 ## ## ##", "09 ### ## ##", "+32 (0)3 ### ## ##"),
    "NZ": ("+64 21 ### ####", "021 ### ####", "(04) ### ####", "+64 9 ### ####", "027 ### ####"),
    "ZA": ("+27 82 ### ####", "082 ### ####", "(011) ### ####", "+27 21 ### ####", "072 ### ####"),
    "PT": ("+351 91# ### ###", "21# ### ###", "+351 22# ### ###", "93# ### ###"),
}
_HAND_MAIL = {
    "JP": ("yahoo.co.jp", "docomo.ne.jp", "gmail.com"),
    "KR": ("naver.com", "daum.net", "gmail.com"),
    "SG": ("singnet.com.sg", "gmail.com"),
    "IN": ("rediffmail.com", "gmail.com", "yahoo.co.in"),
    "MX": ("hotmail.com", "prodigy.net.mx", "gmail.com"),
    "CH": ("bluewin.ch", "gmx.ch"),
    "AT": ("gmx.at", "aon.at"),
    "BE": ("skynet.be", "telenet.be"),
    "NZ": ("xtra.co.nz", "gmail.com"),
    "ZA": ("mweb.co.za", "webmail.co.za"),
    "PT": ("sapo.pt", "gmail.com"),
}
_JP_PLACES = (
    ("Tokyo", "Shibuya-ku", "Jingumae", None),
    ("Tokyo", "Setagaya-ku", "Sangenjaya", None),
    ("Tokyo", "Minato-ku", "Shirokanedai", None),
    ("Osaka", "Kita-ku", "Tenjinbashi", "Osaka"),
    ("Yokohama", "Naka-ku", "Yamashita-cho", "Kanagawa"),
    ("Nagoya", "Naka-ku", "Sakae", "Aichi"),
    ("Sapporo", "Chuo-ku", "Minami 3-jo Nishi", "Hokkaido"),
    ("Fukuoka", "Chuo-ku", "Tenjin", "Fukuoka"),
    ("Kyoto", "Sakyo-ku", "Shimogamo", "Kyoto"),
)
_KR_PLACES = (
    ("Seoul", "Gangnam-gu", ("Teheran-ro", "Dosan-daero", "Seolleung-ro"), "06"),
    ("Seoul", "Mapo-gu", ("World Cup buk-ro", "Yanghwa-ro", "Wausan-ro"), "04"),
    ("Seoul", "Jongno-gu", ("Sejong-daero", "Yulgok-ro"), "03"),
    ("Busan", "Haeundae-gu", ("Haeundaehaebyeon-ro", "Centum jungang-ro"), "48"),
    ("Incheon", "Yeonsu-gu", ("Songdogwahak-ro", "Convensia-daero"), "21"),
    ("Daegu", "Suseong-gu", ("Dongdaegu-ro", "Dalgubeol-daero"), "42"),
)
_SG_ROADS = (
    "Ang Mo Kio Avenue 3",
    "Tampines Street 21",
    "Bedok North Road",
    "Jurong West Street 52",
    "Toa Payoh Lorong 1",
    "Clementi Avenue 2",
    "Yishun Ring Road",
)
_IN_PLACES = (
    ("Bengaluru", "Karnataka", "560", ("Indiranagar", "Koramangala", "Jayanagar 4th Block")),
    ("Mumbai", "Maharashtra", "400", ("Andheri (East)", "Bandra West", "Powai")),
    ("Pune", "Maharashtra", "411", ("Kothrud", "Aundh", "Viman Nagar")),
    ("Chennai", "Tamil Nadu", "600", ("Adyar", "T. Nagar", "Velachery")),
    ("Hyderabad", "Telangana", "500", ("Banjara Hills", "Madhapur", "Kukatpally")),
    ("New Delhi", "Delhi", "110", ("Malviya Nagar", "Lajpat Nagar", "Dwarka Sector 7")),
    ("Kolkata", "West Bengal", "700", ("Salt Lake", "Ballygunge", "New Town")),
    ("Kochi", "Kerala", "682", ("Kakkanad", "Edappally", "Panampilly Nagar")),
)
_SG_CONDO_ROADS = ("Orchard Boulevard", "Holland Road", "Bukit Timah Road")
_IN_ROADS = ("MG Road", "Station Road", "2nd Main Road", "Link Road")
_IN_BUILDINGS = (
    "Sai Krupa Apartments",
    "Green Glen Residency",
    "Lakshmi Nilaya",
    "Shanti Kunj",
    "Sunrise Towers",
    "Gokul Heights",
)
_MX_PLACES = (
    ("Ciudad de México", "CDMX", "0", ("Roma Norte", "Condesa", "Del Valle", "Narvarte Poniente")),
    ("Guadalajara", "Jal.", "44", ("Americana", "Chapalita", "Providencia")),
    ("Monterrey", "N.L.", "64", ("Obispado", "Centro", "Mitras Centro")),
    ("Puebla", "Pue.", "72", ("La Paz", "Centro Histórico")),
    ("Querétaro", "Qro.", "76", ("Juriquilla", "Centro Sur")),
    ("Mérida", "Yuc.", "97", ("García Ginerés", "Itzimná")),
)
_MX_STREETS = (
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Chapultepec",
    "Calle Colima",
    "Av. Hidalgo",
    "Calle 60",
)
_CH_PLACES = (
    ("Zürich", "ZH", "80", "de_CH", ("Seefeldstrasse", "Badenerstrasse", "Rötelstrasse")),
    ("Winterthur", "ZH", "84", "de_CH", ("Technikumstrasse", "Stadthausstrasse")),
    ("Basel", "BS", "40", "de_CH", ("Spalenberg", "Güterstrasse", "Riehenring")),
    ("Bern", "BE", "30", "de_CH", ("Kramgasse", "Effingerstrasse", "Breitenrainplatz")),
    ("Luzern", "LU", "60", "de_CH", ("Hertensteinstrasse", "Bruchstrasse")),
    ("Genève", "GE", "12", "fr_CH", ("Rue du Rhône", "Boulevard Carl-Vogt", "Rue de Carouge")),
    ("Lausanne", "VD", "10", "fr_CH", ("Avenue de la Gare", "Rue de Bourg", "Chemin de Montolivet")),
    ("Lugano", "TI", "69", "it_CH", ("Via Nassa", "Via Cattedrale", "Corso Elvezia")),
)
_AT_PLACES = (
    ("Wien", None, ("Mariahilfer Straße", "Landstraßer Hauptstraße", "Währinger Straße", "Favoritenstraße")),
    ("Graz", "80", ("Herrengasse", "Annenstraße", "Elisabethstraße")),
    ("Linz", "40", ("Landstraße", "Hauptplatz", "Wiener Straße")),
    ("Salzburg", "50", ("Getreidegasse", "Linzer Gasse", "Ignaz-Harrer-Straße")),
    ("Innsbruck", "60", ("Maria-Theresien-Straße", "Anichstraße", "Museumstraße")),
)
_BE_PLACES = (
    ("Bruxelles", "1000", "fr_BE", ("Rue de la Loi", "Rue Haute", "Boulevard Anspach")),
    ("Ixelles", "1050", "fr_BE", ("Avenue Louise", "Chaussée d'Ixelles", "Rue du Bailli")),
    ("Liège", "4000", "fr_BE", ("Rue Saint-Gilles", "Boulevard d'Avroy")),
    ("Antwerpen", "2000", "nl_BE", ("Meir", "Lange Nieuwstraat", "Kammenstraat")),
    ("Gent", "9000", "nl_BE", ("Korenmarkt", "Overpoortstraat", "Sint-Pietersnieuwstraat")),
    ("Leuven", "3000", "nl_BE", ("Naamsestraat", "Tiensestraat", "Diestsestraat")),
    ("Brugge", "8000", "nl_BE", ("Steenstraat", "Langestraat")),
)
_NZ_PLACES = (
    ("Wellington", "60", ("Kelburn", "Thorndon", "Newtown", "Island Bay")),
    ("Auckland", "10", ("Ponsonby", "Grey Lynn", "Mount Eden", "Remuera")),
    ("Christchurch", "80", ("Riccarton", "Sydenham", "Fendalton")),
    ("Dunedin", "90", ("Mornington", "Roslyn", "North East Valley")),
    ("Hamilton", "32", ("Hillcrest", "Claudelands")),
)
_NZ_STREETS = (
    "Kelburn Parade",
    "Ponsonby Road",
    "Riccarton Road",
    "Great King Street",
    "Tinakori Road",
    "Dominion Road",
)
_ZA_PLACES = (
    ("Johannesburg", ("Rosebank", "2196"), ("Melville", "2092"), ("Parkhurst", "2193")),
    ("Cape Town", ("Sea Point", "8005"), ("Observatory", "7925"), ("Claremont", "7708")),
    ("Durban", ("Morningside", "4001"), ("Glenwood", "4001")),
    ("Pretoria", ("Hatfield", "0083"), ("Brooklyn", "0181")),
)
_ZA_STREETS = (
    "Jan Smuts Avenue",
    "Main Road",
    "Florida Road",
    "Burnett Street",
    "Regent Road",
    "7th Street",
    "Kloof Street",
)
_PT_PLACES = (
    ("Lisboa", "1", ("Rua Augusta", "Avenida da Liberdade", "Rua da Prata", "Avenida de Roma")),
    ("Porto", "4", ("Rua de Santa Catarina", "Avenida da Boavista", "Rua das Flores")),
    ("Coimbra", "30", ("Rua Ferreira Borges", "Avenida Sá da Bandeira")),
    ("Braga", "47", ("Rua do Souto", "Avenida da Liberdade")),
    ("Faro", "80", ("Rua de Santo António", "Avenida 5 de Outubro")),
)


@dataclass(frozen=True)
class Where:
    """An address anywhere: Faker locales through places.address, the HAND countries written here."""

    key: str  # a Faker locale of LOCALES or a HAND country code
    cc: str  # ISO 3166 code
    street: Ent
    city: Ent
    zip: Ent | None
    region: Ent | None
    country: Ent
    lines: list  # one tuple of pieces per line, local order, without the country
    extra: Ent | None = None  # a suburb or colonia line, when the country writes one


def _cc(key: str) -> str:
    return key if key in _HAND_COUNTRY else key[-2:]


def where(g: Gen, key: str | None = None) -> Where:
    key = key or g.locale
    if key not in _HAND_COUNTRY:
        a = places.address(g, key)
        return Where(key, _cc(key), a.street, a.city, a.zip, a.region, a.country, places.lines(a))
    n = g.rng.randrange
    country = _place(g.pick(_HAND_COUNTRY[key]))
    if key == "JP":
        city, ward, district, pref = g.pick(_JP_PLACES)
        block_no = f"{n(1, 6)}-{n(1, 30)}-{n(1, 20)}"
        room = g.pick(
            (
                "",
                "",
                f"Room {n(1, 12)}0{n(1, 9)}, ",
                f"{g.pick(('Maison', 'Park Heights', 'Grand Court'))} {n(1, 9)}0{n(1, 9)}, ",
            )
        )
        s = (
            f"{room}{block_no} {district}, {ward}"
            if g.chance(0.6)
            else f"{room}{district} {block_no}, {ward}"
        )
        z = g.fill("###-####")
        street, c, zz = ent(s, "STREET_ADDRESS"), ent(city, "CITY"), ent(z, "ZIP_CODE")
        r = _place(pref) if pref else None
        last = (c, ", ", r, " ", zz) if r else (c, " ", zz)
        return Where(key, key, street, c, zz, r, country, [(street,), last])
    if key == "KR":
        city, gu, roads, zpre = g.pick(_KR_PLACES)
        s = f"{n(1, 300)}, {g.pick(roads)}" + (f" {n(1, 40)}-gil" if g.chance(0.4) else "") + f", {gu}"
        if g.chance(0.4):
            s = f"{n(101, 120)}-{n(1, 25)}0{n(1, 6)}, " + s
        street, c = ent(s, "STREET_ADDRESS"), ent(city, "CITY")
        zz = ent(zpre + g.digits(5 - len(zpre)), "ZIP_CODE")
        return Where(key, key, street, c, zz, None, country, [(street,), (c, " ", zz)])
    if key == "SG":
        s = (
            f"Blk {n(100, 999)} {g.pick(_SG_ROADS)}, #{n(2, 25):02d}-{n(1, 400)}"
            if g.chance(0.7)
            else f"{n(1, 80)} {g.pick(_SG_CONDO_ROADS)}, #{n(2, 30):02d}-0{n(1, 9)}"
        )
        street, c, zz = ent(s, "STREET_ADDRESS"), ent("Singapore", "CITY"), ent(g.fill("%#####"), "ZIP_CODE")
        return Where(key, key, street, c, zz, None, _place("Singapore"), [(street,), (c, " ", zz)])
    if key == "IN":
        city, state, pin, areas = g.pick(_IN_PLACES)
        area = g.pick(areas)
        s = g.pick(
            (
                f"Flat No. {n(1, 12)}0{n(1, 9)}, {g.pick(_IN_BUILDINGS)}, {_nth(n(1, 18))} Cross, {area}",
                f"{n(1, 400)}/{n(1, 40)}, {g.pick(_IN_ROADS)}, {area}",
                f"H.No. {n(1, 20)}-{n(1, 9)}-{n(10, 400)}, {area}",
            )
        )
        street, c, zz, r = (
            ent(s, "STREET_ADDRESS"),
            ent(city, "CITY"),
            ent(pin + g.digits(3), "ZIP_CODE"),
            _place(state),
        )
        last = g.pick(((c, " - ", zz, ", ", r), (c, ", ", r, " ", zz), (c, " ", zz)))
        return Where(key, key, street, c, zz, r, country, [(street,), last])
    if key == "MX":
        city, state, cp, cols = g.pick(_MX_PLACES)
        s = f"{g.pick(_MX_STREETS)} {n(1, 2000)}" + g.pick(
            ("", "", f" Int. {n(1, 30)}", f" Depto. {n(1, 9)}0{n(1, 9)}")
        )
        col = ent(f"Col. {g.pick(cols)}", "STREET_ADDRESS")
        street, c, r = ent(s, "STREET_ADDRESS"), ent(city, "CITY"), _place(state)
        zz = ent(cp + g.digits(5 - len(cp)), "ZIP_CODE")
        return Where(
            key, key, street, c, zz, r, country, [(street,), (col,), ("C.P. ", zz, " ", c, ", ", r)], col
        )
    if key == "CH":
        city, canton, zpre, _loc, streets = g.pick(_CH_PLACES)
        street = ent(f"{g.pick(streets)} {n(1, 160)}{g.pick(('', '', 'a'))}", "STREET_ADDRESS")
        c, zz = ent(city, "CITY"), ent(zpre + g.digits(2), "ZIP_CODE")
        last = ("CH-", zz, " ", c) if g.chance(0.3) else (zz, " ", c)
        return Where(key, key, street, c, zz, _place(canton), country, [(street,), last])
    if key == "AT":
        city, zpre, streets = g.pick(_AT_PLACES)
        z = f"1{n(1, 24):02d}0" if zpre is None else zpre + g.digits(2)
        num = f"{n(1, 120)}" + g.pick(("", f"/{n(1, 4)}/{n(1, 30)}", f"/{n(1, 20)}", f"/Top {n(1, 20)}"))
        street, c, zz = (
            ent(f"{g.pick(streets)} {num}", "STREET_ADDRESS"),
            ent(city, "CITY"),
            ent(z, "ZIP_CODE"),
        )
        last = ("A-", zz, " ", c) if g.chance(0.2) else (zz, " ", c)
        return Where(key, key, street, c, zz, None, country, [(street,), last])
    if key == "BE":
        city, z, loc, streets = g.pick(_BE_PLACES)
        box = g.pick(("", "", f" bte {n(1, 12)}" if loc == "fr_BE" else f" bus {n(1, 12)}"))
        street, c, zz = (
            ent(f"{g.pick(streets)} {n(1, 200)}{box}", "STREET_ADDRESS"),
            ent(city, "CITY"),
            ent(z, "ZIP_CODE"),
        )
        return Where(key, key, street, c, zz, None, country, [(street,), (zz, " ", c)])
    if key == "NZ":
        city, zpre, suburbs = g.pick(_NZ_PLACES)
        unit = g.pick(("", "", f"{n(1, 9)}/", f"Flat {n(1, 6)}, "))
        street = ent(f"{unit}{n(1, 300)} {g.pick(_NZ_STREETS)}", "STREET_ADDRESS")
        sub, c, zz = ent(g.pick(suburbs), "CITY"), ent(city, "CITY"), ent(zpre + g.digits(2), "ZIP_CODE")
        return Where(key, key, street, c, zz, None, country, [(street,), (sub,), (c, " ", zz)], sub)
    if key == "ZA":
        city, *subs = g.pick(_ZA_PLACES)
        suburb, z = g.pick(subs)
        street = ent(f"{n(1, 250)} {g.pick(_ZA_STREETS)}", "STREET_ADDRESS")
        sub, c, zz = ent(suburb, "CITY"), ent(city, "CITY"), ent(z, "ZIP_CODE")
        return Where(key, key, street, c, zz, None, country, [(street,), (sub,), (c,), (zz,)], sub)
    # PT
    city, zpre, streets = g.pick(_PT_PLACES)
    s = f"{g.pick(streets)}, {n(1, 400)}" + g.pick(
        ("", "", f", {n(1, 8)}.º Esq.", f", {n(1, 8)}.º Dto.", " r/c")
    )
    z = zpre + g.digits(4 - len(zpre)) + "-" + g.digits(3)
    street, c, zz = ent(s, "STREET_ADDRESS"), ent(city, "CITY"), ent(z, "ZIP_CODE")
    return Where(key, key, street, c, zz, None, country, [(street,), (zz, " ", c)])


def person_in(g: Gen, key: str, female: bool | None = None) -> Person:
    if key in LOCALES:
        return g.person(key, female)
    female = g.chance(0.5) if female is None else female
    hand = {
        "JP": (_JP_FAMILY, _JP_F, _JP_M),
        "KR": (_KR_FAMILY, _KR_F, _KR_M),
        "SG": (_SG_FAMILY, _SG_F, _SG_M),
    }.get(key)
    if hand:
        family, fem, mal = hand
        firsts = fem if female else mal
        return Person(g.pick(firsts), g.pick(family), g.pick(firsts), female, key)
    if key == "ZA" and g.chance(0.4):
        p = g.person("en_GB", female)
        return Person(p.first, g.pick(_ZA_AFRIKAANS), p.middle, female, key)
    loc = {
        "IN": "en_IN",
        "MX": "es_MX",
        "CH": g.pick(("de_CH", "de_CH", "fr_CH", "it_CH")),
        "AT": "de_AT",
        "BE": g.pick(("nl_BE", "fr_BE")),
        "NZ": "en_NZ",
        "ZA": "zu_ZA",
        "PT": "pt_PT",
    }[key]
    p = g.person(loc, female)
    return Person(p.first, p.last, p.middle, female, key)


def phone_in(g: Gen, key: str) -> Ent:
    if key in LOCALES:
        return g.phone(key, ext=0)
    return ent(g.fill(g.pick(_HAND_PHONES[key])), "PHONE_NUMBER")


def mail_in(g: Gen, p: Person, key: str) -> Ent:
    if key in _HAND_MAIL:
        return g.email(p, g.pick(_HAND_MAIL[key]))
    return g.email(p)


def name_local(p: Person) -> Ent:
    """Family name first where the country writes it so."""
    if p.loc in ("JP", "KR", "SG", "hu_HU", "vi_VN"):
        return _nm(p, "{last} {first}")
    return _nm(p)


def addr_block(w: Where, indent: str = "", country: bool = False, caps: bool = False) -> tuple:
    out: list = []
    for line in w.lines:
        out += [indent, upper(line) if caps else line, "\n"]
    if country and w.cc != "SG":
        out += [indent, w.country.upper() if caps else w.country, "\n"]
    return tuple(out)


def addr_line(w: Where, country: bool = False, sep: str = ", ") -> tuple:
    out: list = []
    for i, line in enumerate(w.lines):
        out += [sep] * bool(i) + [line]
    if country and w.cc != "SG":
        out += [sep, w.country]
    return tuple(out)


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def _nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _mdth(d: date, dob: bool = False) -> Ent:
    """'March 3rd': how people type a day in chat."""
    return ent(f"{vocab.MONTHS[d.month - 1]} {_nth(d.day)}", "DATE", dob=dob)


def _words(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f" {_ONES[n % 10]}" if n % 10 else "")


def _spoken_date(d: date) -> str:
    """'march third nineteen sixty two', as a speech-to-text engine writes a spoken date."""
    if d.day <= 20:
        day = _ORD[d.day - 1]
    elif d.day == 30:
        day = "thirtieth"
    else:
        day = f"{_TENS[d.day // 10]} {_ORD[d.day % 10 - 1]}"
    y = d.year
    if y >= 2000:
        year = f"two thousand {_words(y % 100)}" if y % 100 else "two thousand"
    elif y % 100 == 0:
        year = f"{_words(y // 100)} hundred"
    elif y % 100 < 10:
        year = f"{_words(y // 100)} oh {_ONES[y % 100]}"
    else:
        year = f"{_words(y // 100)} {_words(y % 100)}"
    return f"{vocab.MONTHS[d.month - 1].lower()} {day} {year}"


def _spoken_digits(text: str) -> str:
    return " ".join(_ONES[int(c)] for c in text if c.isdigit())


# ================================================================ clinical_note

_COMPLAINTS = (
    "progressive dyspnea on exertion and orthopnea",
    "substernal chest pressure radiating to the left arm",
    "fever, rigors and dysuria",
    "a mechanical fall at home with left hip pain",
    "two days of melena and lightheadedness",
    "acute confusion noted by family",
    "productive cough and pleuritic chest pain",
)
_COURSES = (
    "Diuresed with IV furosemide with net negative 4.2 L; transitioned to oral regimen on hospital day 3.",
    "Ruled out for ACS with serial troponins; stress test negative for inducible ischemia.",
    "Blood cultures grew pan-sensitive E. coli; narrowed to oral antibiotics to complete a 10-day course.",
    "Underwent left hip hemiarthroplasty without complication; PT/OT cleared for discharge with walker.",
    "EGD showed a non-bleeding duodenal ulcer; received 2 units PRBC, Hgb stable thereafter.",
    "Delirium resolved after treatment of urinary infection and discontinuation of anticholinergics.",
)


@T("clinical_note")
def discharge_dictation_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_US", "en_CA"))
    pt, att, pcp, kin = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    st = g.pick(US_STYLES)
    adm = g.day(2024, 2026)
    dis = adm + timedelta(days=g.rng.randrange(2, 9))
    a = places.address(g, loc)
    she, her, woman = _he(pt)
    dob, age = _born(g, adm)
    caps = g.chance(0.5)
    hosp = g.hospital()
    b(hosp.upper() if caps else hosp, "\n")
    b("DISCHARGE SUMMARY\n" if caps else "Discharge Summary\n", "=" * 40 + "\n\n")
    name = _nm(pt, "{last}, {first} {mi}").upper() if caps else g.name(pt, g.pick(("last_first", "full")))
    rows = [
        ("PATIENT NAME" if caps else "Patient", name),
        ("MEDICAL RECORD #" if caps else "MRN", g.ident("mrn")),
        ("ACCOUNT #" if caps else "Account", g.ident("account")),
        ("DATE OF BIRTH" if caps else "DOB", g.date(dob, st, dob=True)),
        ("DATE OF ADMISSION" if caps else "Admitted", g.date(adm, st)),
        ("DATE OF DISCHARGE" if caps else "Discharged", g.date(dis, st)),
        ("ATTENDING PHYSICIAN" if caps else "Attending", (_nm(att), ", MD")),
        (
            "PRIMARY CARE PHYSICIAN" if caps else "PCP",
            ("Dr. ", g.name(pcp, g.pick(("full", "initial", "last")))),
        ),
    ]
    _kv(b, rows, width=26 if caps else 12)
    c1, c2, c3 = filler.conditions(g, 3)
    b("\nADMITTING DIAGNOSIS: " if caps else "\nAdmitting diagnosis: ", c1, "\n")
    b("DISCHARGE DIAGNOSES:\n" if caps else "Discharge diagnoses:\n", f"1. {c1}\n2. {c2}\n3. {c3}\n\n")
    b("HISTORY OF PRESENT ILLNESS: " if caps else "History of present illness: ")
    b("The patient is a ", age, f"-year-old {woman} with a past medical history of {c2}, {c3} and ")
    b(
        filler.history_year(g),
        ", who presented to the emergency department on ",
        g.date(adm, g.pick(("Month d", st))),
    )
    b(f" with {g.pick(_COMPLAINTS)}. {she.capitalize()} lives ")
    rel = g.pick(("daughter", "son", "husband" if pt.female else "wife", "niece"))
    if g.chance(0.6):
        b(f"with {her} {rel}, ", _nm(kin), ", in ", a.city, ", and ")
    else:
        b("alone in ", a.city, " (", a.street, "), and ")
    b("is independent with ADLs at baseline.\n\n")
    b("HOSPITAL COURSE: " if caps else "Hospital course: ", g.pick(_COURSES), " ", filler.findings(g, 2), ".")
    if g.chance(0.5):
        cons = g.person(loc)
        b(f" {g.pick(vocab.DEPARTMENTS)} was consulted (Dr. ", _nm(cons), ") and agreed with the plan.")
    b(
        "\n\nDISCHARGE MEDICATIONS:\n" if caps else "\n\nDischarge medications:\n",
        filler.meds(g, g.rng.randrange(3, 6), "  "),
    )
    b("\nCONDITION AT DISCHARGE: stable.\n" if caps else "\nCondition at discharge: stable.\n")
    b(
        "FOLLOW-UP: " if caps else "Follow-up: ",
        "Dr. ",
        _last(pcp),
        " in 7-10 days; office ",
        g.phone(loc),
        ". ",
    )
    if g.chance(0.5):
        b("Home health through ", g.org(loc), ", intake line ", g.phone(loc), ".")
    b(
        f"\nThe {rel} (",
        _nm(kin),
        ", cell ",
        g.phone(loc, ext=0),
        ") was updated by phone prior to discharge.\n\n",
    )
    b("Dictated by: ", _nm(att), ", MD\n")
    b("D: ", g.date(dis, st), f" {_hm(g, 12, 19)}\n")
    b("T: ", g.date(dis + timedelta(days=1), st), f" {_hm(g, 0, 9)}\n")
    b("Job #: ", g.ref(), "\n")
    b("cc: ", _nm(pcp), ", MD - fax ", g.phone(loc, ext=0), "\n")


@T("clinical_note")
def referral_fax_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_CA"))
    pt, ref_doc, spec, sender = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    st = g.pick(US_STYLES)
    sent = g.day(2024, 2026)
    dob, age = _born(g, sent)
    clinic = g.org(loc)
    spaced = g.chance(0.4)
    b("F A X   C O V E R   S H E E T\n\n" if spaced else "FAX\n" + "-" * 60 + "\n")
    _kv(
        b,
        [
            ("Date", g.date(sent, st)),
            ("To", ("Dr. ", _nm(spec), f", {g.pick(vocab.SPECIALISTS)}")),
            ("Fax", g.phone(loc, ext=0)),
            ("Phone", g.phone(loc)),
            ("From", (_nm(sender), ", referral coordinator, ", clinic)),
            ("Fax", g.phone(loc, ext=0)),
            ("Pages", f"{g.rng.randrange(3, 9)} (including cover)"),
            ("Re", ("New referral - ", _nm(pt, "{last}, {first}"), " / DOB ", g.date(dob, st, dob=True))),
        ],
        width=8,
    )
    b("\n[X] Urgent   [ ] For review   [X] Please reply   [ ] Please comment\n\n")
    b(
        "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health "
        "information that is legally privileged. If you received this fax in error, please notify the "
        "sender by telephone and destroy the documents.\n\n"
    )
    b("--- page 2 ---\n\nREFERRAL REQUEST\n\n")
    a = places.address(g, loc)
    _kv(
        b,
        [
            ("Patient name", g.name(pt, g.pick(("full", "UPPER", "middle")))),
            ("Sex", "F" if pt.female else "M"),
            ("Date of birth", (g.date(dob, st, dob=True), " (age ", age, ")")),
            ("Address", places.one_line(a)),
            ("Home / cell", (g.phone(loc, ext=0), " / ", g.phone(loc, ext=0))),
            ("Insurance", (g.org(loc), "   Member ID ", g.ident("member"), "   Group ", g.ref("ticket"))),
            ("Preferred language", g.pick(("English", "Spanish", "Vietnamese", "English"))),
        ],
        width=20,
    )
    c1, c2 = filler.conditions(g, 2)
    b(f"\nReason for referral: evaluation and management of {c1}; ")
    b(
        g.pick(
            (
                "worsening despite maximal therapy.",
                "new abnormal findings below.",
                "patient requests specialist opinion.",
            )
        )
    )
    b(f"\nRelevant history: {c2}, {filler.history_year(g)}. {filler.findings(g, 2)}.\n")
    b("Current medications:\n", filler.meds(g, 3, "  * "))
    b("Last office visit: ", g.date(sent - timedelta(days=g.rng.randrange(2, 30)), st), "\n\n")
    b("Referring provider: ", _nm(ref_doc), ", MD    NPI ", g.ident("professional"), "\n")
    b("Signature: ______________________    Date: ", g.date(sent, st), "\n")
    if g.chance(0.5):
        b(
            "\nPlease call the patient directly to schedule at ",
            g.phone(loc, ext=0),
            " (ask for ",
            _first(pt),
            ").\n",
        )


_EXAMS = (
    (
        "CT CHEST WITHOUT CONTRAST",
        "chronic cough, former smoker",
        "LUNGS: {n} mm ground-glass nodule in the right upper lobe (series 3, image 41). No consolidation.\n"
        "PLEURA: No effusion or pneumothorax.\nMEDIASTINUM: No lymphadenopathy by size criteria.\n"
        "BONES: Multilevel degenerative change of the thoracic spine.",
        "1. {n} mm ground-glass nodule, right upper lobe; follow-up CT in 6-12 months is suggested.\n"
        "2. No acute cardiopulmonary abnormality.",
    ),
    (
        "MRI BRAIN WITH AND WITHOUT CONTRAST",
        "new headaches and transient visual disturbance",
        "No restricted diffusion to suggest acute infarct. Scattered punctate T2/FLAIR hyperintensities in "
        "the periventricular white matter. No abnormal enhancement. Ventricles normal in size. "
        "A {n} mm pineal cyst is noted.",
        "1. No acute intracranial abnormality.\n2. Mild chronic small vessel ischemic change.\n"
        "3. Incidental {n} mm pineal cyst.",
    ),
    (
        "US RENAL BILATERAL",
        "acute kidney injury",
        "Right kidney 10.{n} cm, left kidney 11.2 cm. Normal cortical echogenicity. No hydronephrosis. "
        "Simple cyst in the left lower pole measuring {n} mm. Bladder partially distended, unremarkable.",
        "No hydronephrosis. Simple left renal cyst, no follow-up needed.",
    ),
    (
        "XR CHEST PA AND LATERAL",
        "fever and cough",
        "Patchy airspace opacity in the left lower lobe. Heart size normal. No effusion. Osseous structures "
        "intact. Degree of inspiration adequate ({n} posterior ribs).",
        "Left lower lobe pneumonia. Recommend follow-up radiograph in 6-8 weeks to document resolution.",
    ),
    (
        "CT ABDOMEN AND PELVIS WITH IV CONTRAST",
        "right lower quadrant pain, elevated WBC",
        "APPENDIX: Dilated to {n} mm with periappendiceal fat stranding; no abscess or free air.\n"
        "LIVER/GB/PANCREAS: Unremarkable.\nKIDNEYS: No stones or hydronephrosis.\nBOWEL: Otherwise normal.",
        "Acute uncomplicated appendicitis.",
    ),
)


@T("clinical_note")
def radiology_report_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_GB", "en_AU", "en_CA"))
    pt, orderer, reader = g.person(loc), g.person(loc), g.person(loc)
    st = g.pick(("dd/mm/yyyy", "d Mon yyyy")) if loc in ("en_GB", "en_AU") else g.pick(US_STYLES)
    exam, why, findings, impression = g.pick(_EXAMS)
    n = str(g.rng.randrange(3, 14))
    day = g.day(2024, 2026)
    b(g.hospital(), " - Department of Diagnostic Imaging\n")
    hl7 = g.chance(0.4)
    pname = ent(f"{pt.last}^{pt.first}^{pt.middle[0]}".upper(), "PERSON") if hl7 else g.name(pt, "LAST_FIRST")
    b("\nPatient: ", pname, "    Sex: ", "F" if pt.female else "M", "\n")
    if loc == "en_GB":
        b("NHS No: ", g.ident("nhs"), "    Hospital No: ", g.ident("mrn"), "\n")
    else:
        b("MRN: ", g.ident("mrn"), "    ")
    dob, age = _born(g, day)
    b("DOB: ", g.date(dob, st, dob=True), "\n")
    b("Accession: ", g.ref(text=g.fill("RAD%#######")), "    Exam date: ", g.date(day, st), f" {_hm(g)}\n")
    b("Ordering clinician: ", _nm(orderer, g.pick(("{first} {last}", "{last}, {first}"))), "\n\n")
    b(f"EXAM: {exam}\n\n")
    b("CLINICAL HISTORY: ", age, f" year old {'female' if pt.female else 'male'} with {why}.\n\n")
    b("TECHNIQUE: Standard departmental protocol. ")
    b(g.pick(("DLP 412 mGy-cm.", "No immediate complications.", "Images reviewed on PACS.")), "\n\n")
    if g.chance(0.6):
        b(
            "COMPARISON: Prior study dated ",
            g.date(day - timedelta(days=g.rng.randrange(60, 900)), st),
            ".\n\n",
        )
    else:
        b("COMPARISON: None available.\n\n")
    b("FINDINGS:\n", findings.format(n=n), "\n\n")
    b("IMPRESSION:\n", impression.format(n=n), "\n\n")
    if g.chance(0.5):
        b("Findings discussed with Dr. ", _nm(orderer, "{last}"), " by telephone at ", _hm(g), " on ")
        b(g.date(day, st), "; read-back confirmed.\n\n")
    b("Electronically signed by: ", _nm(reader), ", MD")
    b(f" ({g.pick(('Radiologist', 'Consultant Radiologist', 'Attending Radiologist'))})")
    b(" on ", g.date(day, st), f" at {_hm(g, 8, 23)}\n")


_HANDOFF_DX = (
    "CHF exac",
    "COPD exac",
    "s/p lap chole POD1",
    "cellulitis RLE",
    "GI bleed, stable H/H",
    "pneumonia on ceftriaxone/azithro",
    "DKA resolved, on SQ insulin",
    "hip fx s/p ORIF",
    "syncope workup",
    "sepsis 2/2 UTI",
)
_HANDOFF_NOTES = (
    "A&Ox{n} baseline",
    "strict I/O, daily wt",
    "fall risk, bed alarm on",
    "NPO after midnight for procedure",
    "tele, no events overnight",
    "foley d/c'd, needs to void by 14:00",
    "pain 4/10 on PO regimen",
    "PT eval pending",
    "PIV R forearm 20g, due to be changed",
    "2L NC, sats 93-95%",
    "BG checks AC/HS, last 184",
    "K 3.3 - replaced, recheck in AM",
)


@T("clinical_note")
def nursing_handoff_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_GB", "en_AU", "en_IE", "en_CA"))
    day = g.day(2024, 2026)
    low = g.chance(0.5)
    off, on = g.person(loc), g.person(loc)
    unit = g.pick(("4 West", "5N tele", "MedSurg B", "Ward 7", "SDU", "Ortho 3"))
    head = f"{'night' if g.chance(0.5) else 'day'} shift handoff - {unit} - "
    b(head if low else head.upper(), g.date(day, g.pick(("m/d", "d Mon", "mm/dd/yy", "dd/mm/yy"))), "\n")
    b("rn off: " if low else "RN off: ", g.name(off, g.pick(("first_lower", "full"))) if low else _nm(off))
    b(" -> rn on: " if low else " -> RN on: ", _first(on), "\n\n")
    for i in range(g.rng.randrange(2, 5)):
        p = g.person(loc)
        kin = g.person(loc)
        rm = f"{g.rng.randrange(401, 440)}{g.pick(('', '-A', '-B', 'b'))}"
        sbar = g.chance(0.35)
        pname = _nm(p, "{last}, {first}").upper() if not low else g.name(p, g.pick(("last", "last_first")))
        age = g.age()
        if sbar:
            b(f"rm {rm}\n" if low else f"RM {rm}\n")
            b("S: ", pname, ", ", age, "F" if p.female else "M", f", admitted for {g.pick(_HANDOFF_DX)}\n")
            code = g.pick(("full code", "DNR/DNI", "DNR, ok to intubate"))
            b(f"B: hx {', '.join(filler.conditions(g, 2))}; {code}\n")
            b(f"A: {filler.findings(g, 2, '; ')}\n")
            b("R: ", g.pick(_HANDOFF_NOTES).format(n=g.rng.randrange(1, 4)), "; family: ")
            rel = g.pick(("wife", "husband", "son", "dtr", "sister"))
            kin = g.person(loc, rel in ("wife", "dtr", "sister"))
            b(rel, " ", _nm(kin, g.pick(("{first}", "{first} {last}"))))
            b(" ", g.phone(loc, ext=0), "\n\n")
        else:
            sep = g.pick((" | ", " - ", " / "))
            b(f"rm {rm}" if low else f"RM {rm}", sep, pname, sep, age, "F" if p.female else "M", sep)
            b(g.pick(("full code", "DNR", "full")), sep, f"dx: {g.pick(_HANDOFF_DX)}\n")
            for note in g.rng.sample(_HANDOFF_NOTES, g.rng.randrange(2, 4)):
                b("   - ", note.format(n=g.rng.randrange(1, 4)), "\n")
            if g.chance(0.7):
                rel = g.pick(("dtr", "son", "wife", "husband", "POA", "neighbour"))
                kin = g.person(loc, {"dtr": True, "wife": True, "son": False, "husband": False}.get(rel))
                b(f"   - {rel} ", _first(kin), " wants a call w/ any change: ", g.phone(loc, ext=0), "\n")
            if g.chance(0.25):
                b(
                    "   - dc planning: going to ",
                    g.org(loc),
                    " SNF, d/c summary to fax ",
                    g.phone(loc, ext=0),
                    "\n",
                )
            b("\n")
        if i == 0 and g.chance(0.3):
            b("** isolation: contact+ (MRSA) **\n\n" if not low else "** contact iso MRSA **\n\n")
    b("questions -> charge nurse ext " if low else "Questions to charge nurse ext ", g.fill("4###"), "\n")


_TESTS = (
    ("CBC w/ diff", "85025"),
    ("CMP", "80053"),
    ("Lipid panel", "80061"),
    ("HbA1c", "83036"),
    ("TSH", "84443"),
    ("PT/INR", "85610"),
    ("Urinalysis w/ micro", "81001"),
    ("Vitamin D 25-OH", "82306"),
    ("PSA, total", "84153"),
    ("Ferritin", "82728"),
)


@T("clinical_note")
def lab_requisition_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_CA", "en_GB"))
    pt, doc, sub = g.person(loc), g.person(loc), g.person(loc)
    a = places.address(g, loc)
    st = "dd/mm/yyyy" if loc == "en_GB" else "mm/dd/yyyy"
    lab = g.org(loc)
    b("LABORATORY REQUISITION", " " * 10, lab, " Laboratories\n", "=" * 64, "\n")
    b("PATIENT INFORMATION (please print)\n")
    b("Last name: ", _last(pt).upper(), "    First name: ", _first(pt).upper())
    b("    Sex: ", "[X] F  [ ] M" if pt.female else "[ ] F  [X] M", "\n")
    b(
        "Date of birth (",
        "DD/MM/YYYY" if loc == "en_GB" else "MM/DD/YYYY",
        "): ",
        g.date(style=st, dob=True),
        "\n",
    )
    b("Street address: ", a.street, "\n")
    if loc == "en_GB":
        b("Town: ", a.city, "    Postcode: ", a.zip, "\n")
        b("NHS number: ", g.ident("nhs"), "\n")
    elif loc == "en_CA":
        b("City: ", a.city, "    Prov: ", a.region or "ON", "    Postal code: ", a.zip, "\n")
        b("Health card #: ", ent(g.fill("####-###-### @@"), "ID"), "    Version: ", g.fill("@@"), "\n")
    else:
        b("City: ", a.city, "    State: ", a.region or "", "    ZIP: ", a.zip, "\n")
        b("Patient ID: ", g.ident("mrn"), "\n")
    b("Phone (day): ", g.phone(loc, ext=0), "   (eve): ", g.phone(loc, ext=0), "\n\n")
    if loc == "en_US":
        b("BILLING   [X] Insurance   [ ] Patient   [ ] Client account\n")
        b("Insurance carrier: ", g.org(loc), "    Policy #: ", g.ident("policy"), "\n")
        self_ = g.chance(0.5)
        b(
            "Subscriber: ",
            _nm(pt if self_ else sub),
            "    Relationship: ",
            "Self" if self_ else g.pick(("Spouse", "Parent")),
        )
        b("    Subscriber DOB: ", g.date(style=st, dob=True), "\n\n")
    b("ORDERING CLINICIAN\n")
    b("Name: ", _nm(doc), ", ", g.pick(("MD", "DO", "NP", "PA-C")))
    b("    NPI: " if loc == "en_US" else "    Billing #: ", g.ident("professional"), "\n")
    b("Phone: ", g.phone(loc), "    Fax: ", g.phone(loc, ext=0), "\n")
    b("[X] Copy to: ", _nm(g.person(loc)), "\n\n")
    b("TESTS REQUESTED\n")
    chosen = set(g.rng.sample(range(len(_TESTS)), g.rng.randrange(2, 5)))
    for i, (test, code) in enumerate(_TESTS):
        b("[X] " if i in chosen else "[ ] ", f"{test} ({code})" if loc == "en_US" else test, "\n")
    b(
        "\nDiagnosis / ICD-10: ",
        g.pick(("E11.9", "I10", "E78.5", "R53.83", "N18.3")),
        ", ",
        g.pick(("Z00.00", "D64.9")),
        "\n",
    )
    b(
        "Fasting: ",
        g.pick(("Y", "N", "12 h")),
        "    Collected: ",
        g.date(g.day(2024, 2026), st),
        f" {_hm(g, 6, 11)}",
    )
    b("    Collector initials: ", g.fill("@@"), "\n")
    b("Clinician signature: ____________________\n")


@T("clinical_note")
def ems_run_report_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_US", "en_CA", "en_AU"))
    pt, bystander, medic, emt, rn = (g.person(loc) for _ in range(5))
    she, her, woman = _he(pt)
    day = g.day(2024, 2026)
    st = g.pick(US_STYLES) if loc != "en_AU" else "dd/mm/yyyy"
    scene = places.address(g, loc)
    same = g.chance(0.6)
    dob, age = _born(g, day)
    b("PATIENT CARE REPORT\n", g.org(loc), " ", g.pick(("EMS", "Fire Rescue", "Ambulance Service")), "\n\n")
    t0 = g.rng.randrange(0, 23)
    times = [f"{t0:02d}:{m:02d}" for m in sorted(g.rng.sample(range(60), 5))]
    _kv(
        b,
        [
            ("Incident #", g.ref(text=g.fill("20##-######"))),
            ("Unit", f"Medic {g.rng.randrange(1, 40)}"),
            ("Date", g.date(day, st)),
            (
                "Times",
                f"disp {times[0]} / enr {times[1]} / arr {times[2]} / dep {times[3]} / dest {times[4]}",
            ),
            (
                "Location",
                (
                    places.one_line(scene),
                    f" ({g.pick(('residence', 'sidewalk', 'parking lot', 'assisted living'))})",
                ),
            ),
        ],
        width=12,
    )
    b("\nPATIENT\n")
    rows = [
        ("Name", g.name(pt, g.pick(("last_first", "full", "UPPER")))),
        ("Age / Sex", (age, f" / {'F' if pt.female else 'M'}")),
        ("DOB", g.date(dob, st, dob=True)),
    ]
    if same:
        rows.append(("Home address", "same as incident location"))
    else:
        rows.append(("Home address", places.one_line(places.address(g, loc))))
    rows.append(("Phone", g.phone(loc, ext=0)))
    _kv(b, rows, width=14)
    b("\nNARRATIVE\n")
    why = g.pick(("a fall", "difficulty breathing", "altered mental status", "chest pain"))
    b(f"Dispatched emergent to the above location for {why}. ")
    b(
        f"Arrived to find a {woman} ",
        g.pick(("sitting upright in a recliner", "supine on the kitchen floor", "ambulatory at the door")),
    )
    rel = g.pick(("Wife", "Husband", "Neighbor", "Son", "Caregiver", "Daughter"))
    bystander = g.person(loc, {"Wife": True, "Daughter": True, "Husband": False, "Son": False}.get(rel))
    b(". ", rel, " ", _nm(bystander), " on scene states ")
    b(
        she,
        " was ",
        g.pick(("at baseline this morning", "complaining of weakness since yesterday", "found down")),
    )
    b(f" and has a history of {', '.join(filler.conditions(g, 2))}. Meds per bottle list: ")
    b(
        ", ".join(g.rng.sample(vocab.DRUGS, 3)),
        ". Allergies: ",
        g.pick(("NKDA", "PCN", "sulfa", "codeine")),
        ".\n",
    )
    b(f"Pt {'denies' if g.chance(0.5) else 'endorses'} head strike; no LOC. ", filler.findings(g, 2), ".\n\n")
    b("VITALS\n")
    b(f"{'Time':<7}{'BP':<9}{'HR':<5}{'RR':<5}{'SpO2':<6}GCS\n")
    for t in times[2:5]:
        bp = f"{g.rng.randrange(98, 182)}/{g.rng.randrange(58, 104)}"
        hr, rr, sat = g.rng.randrange(54, 128), g.rng.randrange(12, 28), g.rng.randrange(88, 100)
        b(f"{t:<7}{bp:<9}{hr:<5}{rr:<5}{sat}%{'':<3}{g.pick((15, 15, 14, 13))}\n")
    b(
        "\nTransported non-emergent to ",
        g.hospital(),
        " ED, position of comfort. Care and verbal report given to RN ",
    )
    b(_nm(rn), f" at {times[4]}.\n\n")
    b("Crew: ", _nm(medic), " (Paramedic, lic ", g.ident("professional"), "), ")
    b(_nm(emt), " (EMT)\n")
    if g.chance(0.4):
        b("Belongings (wallet, phone) handed to ", _first(bystander), ", who will follow by car.\n")


_EU_LETTER = {
    "de": {
        "loc": "de_DE",
        "dx": (
            "Dekompensierte Herzinsuffizienz (NYHA III)",
            "Ambulant erworbene Pneumonie",
            "Vorhofflimmern, tachykard",
            "Diabetes mellitus Typ 2, entgleist",
            "Akute Pyelonephritis rechts",
        ),
        "course": (
            "Unter diuretischer Therapie rasche Rekompensation.",
            "Antibiotische Therapie mit Ampicillin/Sulbactam, darunter Entfieberung.",
            "Elektrische Kardioversion am dritten Tag, anschließend Sinusrhythmus.",
        ),
    },
    "fr": {
        "loc": "fr_FR",
        "dx": (
            "Insuffisance cardiaque décompensée",
            "Pneumopathie communautaire",
            "Fibrillation atriale rapide",
            "Diabète de type 2 déséquilibré",
            "Pyélonéphrite aiguë droite",
        ),
        "course": (
            "Évolution favorable sous diurétiques.",
            "Apyrexie obtenue à J3 sous amoxicilline-acide clavulanique.",
            "Cardioversion électrique à J3, retour en rythme sinusal.",
        ),
    },
    "es": {
        "loc": "es_ES",
        "dx": (
            "Insuficiencia cardiaca descompensada",
            "Neumonía adquirida en la comunidad",
            "Fibrilación auricular rápida",
            "Diabetes mellitus tipo 2 descompensada",
            "Pielonefritis aguda derecha",
        ),
        "course": (
            "Buena evolución con tratamiento diurético.",
            "Afebril desde el tercer día con amoxicilina-clavulánico.",
            "Cardioversión eléctrica eficaz al tercer día.",
        ),
    },
    "it": {
        "loc": "it_IT",
        "dx": (
            "Scompenso cardiaco acuto",
            "Polmonite acquisita in comunità",
            "Fibrillazione atriale ad alta risposta",
            "Diabete mellito tipo 2 scompensato",
            "Pielonefrite acuta destra",
        ),
        "course": (
            "Rapido miglioramento con terapia diuretica.",
            "Sfebbrato in terza giornata con amoxicillina/clavulanato.",
            "Cardioversione elettrica in terza giornata con ripristino del ritmo sinusale.",
        ),
    },
}


@T("clinical_note")
def clinic_letter_eu_c(g: Gen, b: Builder) -> None:
    lang = g.pick(tuple(_EU_LETTER))
    cfg = _EU_LETTER[lang]
    loc = g.locale = cfg["loc"]
    pt, gp, chief, junior = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    a, gpa = places.address(g, loc), places.address(g, loc)
    adm = g.day(2024, 2026)
    dis = adm + timedelta(days=g.rng.randrange(3, 12))
    longd = g.chance(0.4)
    dob, age = _born(g, adm)
    dx = g.rng.sample(cfg["dx"], 2)
    course = g.pick(cfg["course"])
    hosp = g.org(loc)
    if lang == "de":
        b(
            hosp,
            " · Klinik für Innere Medizin\nChefarzt Prof. Dr. med. ",
            _nm(chief),
            "\nSekretariat: ",
            g.phone(loc),
            "\n\n",
        )
        b("Frau " if gp.female else "Herrn ", "Dr. med. ", _nm(gp), "\n", places.block(gpa))
        b("\n", gpa.city if g.chance(0.5) else a.city, ", ", _ldate(dis, "de", longd), "\n\n")
        b("Entlassungsbrief\n\n")
        b(
            "Patient" if not pt.female else "Patientin",
            ": ",
            _nm(pt, "{last}, {first}"),
            ", geb. ",
            _ldate(dob, "de", False, True),
            "\n",
        )
        b("wohnhaft: ", places.one_line(a), "\nFallnummer: ", g.ref(text=g.fill("%#######")), "\n\n")
        b("Sehr geehrte Frau Kollegin " if gp.female else "Sehr geehrter Herr Kollege ", _last(gp), ",\n\n")
        b("wir berichten über ", "Ihre Patientin Frau " if pt.female else "Ihren Patienten Herrn ", _nm(pt))
        b(
            ", die" if pt.female else ", der",
            " sich vom ",
            _ldate(adm, "de", longd),
            " bis zum ",
            _ldate(dis, "de", longd),
        )
        b(" in unserer stationären Behandlung befand.\n\nDiagnosen:\n", f"- {dx[0]}\n- {dx[1]}\n\n")
        b(
            "Anamnese:\nDie Aufnahme de",
            "r " if pt.female else "s ",
            age,
            "-jährigen ",
            "Patientin" if pt.female else "Patienten",
        )
        b(
            " erfolgte über unsere Notaufnahme. ",
            "Die Tochter" if g.chance(0.5) else "Der Ehepartner",
            " (",
            _nm(g.person(loc)),
        )
        b(", Tel. ", g.phone(loc, ext=0), ") berichtete über eine Verschlechterung seit einigen Tagen.\n\n")
        b("Verlauf:\n", course, "\n\nMedikation bei Entlassung:\n", filler.meds(g, 3, "  "), "\n")
        b("Wir bitten um Kontrolle der Nierenwerte am ", _ldate(dis + timedelta(days=7), "de", False))
        b(". Für Rückfragen stehen wir Ihnen gern zur Verfügung.\n\nMit freundlichen kollegialen Grüßen\n\n")
        b(
            "Prof. Dr. med. ",
            _nm(chief),
            "        ",
            _nm(junior),
            "\nChefarzt                    ",
            "Assistenzärztin" if junior.female else "Assistenzarzt",
            "\n",
        )
    elif lang == "fr":
        b(
            hosp,
            " - Service de médecine interne\nDr ",
            _nm(chief, "{first} {last}"),
            " - Secrétariat : ",
            g.phone(loc),
            "\n\n",
        )
        b("Docteur ", _nm(gp), "\n", places.block(gpa), "\n")
        b(a.city, ", le ", _ldate(dis, "fr", True), "\n\nCOMPTE RENDU D'HOSPITALISATION\n\n")
        b(
            "Chère consœur," if gp.female else "Cher confrère,",
            "\n\nJe vous adresse le compte rendu d'hospitalisation de ",
        )
        b("Madame " if pt.female else "Monsieur ", ent(f"{pt.last.upper()} {pt.first}", "PERSON"))
        b(
            ", née le " if pt.female else ", né le ",
            _ldate(dob, "fr", longd, True),
            ", âgée de " if pt.female else ", âgé de ",
            age,
        )
        b(
            " ans, demeurant ",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            ", hospitalisé",
            "e" if pt.female else "",
            " dans le service du ",
        )
        b(_ldate(adm, "fr", longd), " au ", _ldate(dis, "fr", longd), ".\n\n")
        b("N° de sécurité sociale : ", g.ident("national", loc), "\n\n")
        b(f"Motif d'hospitalisation : {dx[0]}.\nAntécédents : {dx[1]}.\n\nÉvolution : {course}\n\n")
        b("Traitement de sortie :\n", filler.meds(g, 3, "  - "), "\n")
        b(
            "Un rendez-vous de contrôle est prévu le ",
            _ldate(dis + timedelta(days=30), "fr", True),
            " à 10h30.\n\n",
        )
        b(
            "Je vous prie de croire, ",
            "chère consœur" if gp.female else "cher confrère",
            ", en l'expression de mes sentiments confraternels.\n\n",
        )
        b("Dr ", _nm(chief), "\n")
    elif lang == "es":
        b(hosp, "\nServicio de Medicina Interna\n\nINFORME DE ALTA HOSPITALARIA\n\n")
        _kv(
            b,
            [
                ("Paciente", _nm(pt, "{last}, {first}")),
                ("NHC", g.ident("mrn")),
                ("DNI", g.ident("national", loc)),
                ("Fecha de nacimiento", _ldate(dob, "es", False, True)),
                ("Domicilio", places.one_line(a)),
                ("Teléfono", g.phone(loc, ext=0)),
                ("Fecha de ingreso", _ldate(adm, "es", False)),
                ("Fecha de alta", _ldate(dis, "es", False)),
                ("Médico responsable", ("Dra. " if chief.female else "Dr. ", _nm(chief))),
            ],
            width=22,
        )
        b(
            f"\nMOTIVO DE INGRESO: {dx[0]}.\n\nENFERMEDAD ACTUAL: ",
            "Mujer" if pt.female else "Varón",
            " de ",
            age,
        )
        b(
            f" años con antecedentes de {dx[1].lower()} que acude a Urgencias acompañad",
            "a" if pt.female else "o",
            " por su ",
        )
        b(g.pick(("hija", "hijo", "cónyuge")), " ", _first(g.person(loc)), ".\n\n")
        b(f"EVOLUCIÓN: {course}\n\nTRATAMIENTO AL ALTA:\n", filler.meds(g, 3, "  - "), "\n")
        b("Control por su médico de Atención Primaria, ", "Dra. " if gp.female else "Dr. ", _nm(gp), ", en ")
        b(g.org(loc), ".\n\nFdo.: ", _nm(junior), "\n", a.city, ", ", _ldate(dis, "es", True), "\n")
    else:
        b(hosp, " - U.O.C. Medicina Interna\nDirettore: Prof. ", _nm(chief), "\n\nLETTERA DI DIMISSIONE\n\n")
        b(
            "Gentile Collega,\n\nsi dimette in data ",
            _ldate(dis, "it", longd),
            " ",
            "la Sig.ra " if pt.female else "il Sig. ",
            _nm(pt),
        )
        b(
            ", nata a " if pt.female else ", nato a ",
            ent(g.pick(places.CITIES["it_IT"])[0], "CITY"),
            " il ",
            _ldate(dob, "it", longd, True),
        )
        b(", residente in ", a.street, ", ", a.zip, " ", a.city, ", C.F. ", g.ident("national", loc))
        b(
            ", ricoverat",
            "a" if pt.female else "o",
            " presso il nostro reparto dal ",
            _ldate(adm, "it", longd),
            ".\n\n",
        )
        b(f"Diagnosi alla dimissione:\n1. {dx[0]}\n2. {dx[1]}\n\nDecorso clinico: {course}\n\n")
        b("Terapia domiciliare:\n", filler.meds(g, 3, "  - "), "\n")
        b("Si consiglia controllo presso il medico curante Dott. ", _nm(gp), " entro 7 giorni.\n")
        b(
            "Per informazioni: ",
            g.phone(loc),
            "\n\nCordiali saluti,\nIl medico di reparto\n",
            "Dott.ssa " if junior.female else "Dott. ",
            _nm(junior),
            "\n",
        )


# ================================================================ support_email


def _hdr_date(g: Gen, d: date, kind: str) -> tuple:
    """A mail client's date line: gmail, outlook, rfc (the weekday and time stay plain)."""
    if kind == "gmail":
        return (f"{_wd(d)[:3]}, ", g.date(d, "Mon d, yyyy"), f" at {_ampm(g)}")
    if kind == "outlook":
        return (f"{_wd(d)}, ", g.date(d, "Month d, yyyy"), f" {_ampm(g)}")
    return (
        f"{_wd(d)[:3]}, ",
        ent(f"{d.day:02d} {vocab.MONTHS[d.month - 1][:3]} {d.year}", "DATE"),
        f" {_hm(g, 0, 24)}:{g.rng.randrange(60):02d} {g.pick(('+0000', '+0100', '-0500', '+0200'))}",
    )


@T("support_email")
def forwarded_chain_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "en_IE"))
    cust, agent, lead = g.person(loc), g.person(loc), g.person(loc)
    shop = g.org(loc)
    dom = g.domain_of(shop)
    d0 = g.day(2024, 2026)
    a = places.address(g, loc)
    order = g.ref(text=g.fill(g.pick(("#%#####", "ORD-%######", "%##-#######-#######"))))
    b(
        g.pick(("FYI - see below. ", "Looping in billing. ", "")),
        "Can someone pick this up? Customer has written twice now.\n",
    )
    b("Her" if cust.female else "His", " number is in the signature, ", "she" if cust.female else "he")
    b(" prefers a call after 5.\n\n", _first(agent), "\n\n")
    b("---------- Forwarded message ---------\n")
    b("From: ", _nm(cust), " <", g.email(cust), ">\n")
    b("Date: ", _hdr_date(g, d0, "gmail"), "\n")
    subject = g.pick(
        ("Where is my order??", "Re: Your order has shipped", "Wrong address on delivery", "Refund")
    )
    b(f"Subject: {subject}\n")
    b("To: <", ent(f"support@{dom}", "EMAIL_ADDRESS"), ">\n\n")
    b(g.pick(("Hello,", "Hi there,", "To whom it may concern,")), "\n\n")
    b(
        "I am writing about order ",
        order,
        " placed on ",
        g.date(d0 - timedelta(days=g.rng.randrange(5, 20)), g.pick(("Month d", "d Month", "m/d"))),
    )
    b(f". {filler.issue(g).capitalize()}. The tracking page says it was delivered but nothing came to ")
    b(places.one_line(a), ". ")
    if g.chance(0.5):
        nb = g.person(loc)
        b(
            "I even asked my neighbour ",
            _nm(nb),
            " at number ",
            str(g.rng.randrange(2, 90)),
            " and they have not seen it either. ",
        )
    b(
        "My account is under ",
        g.email(cust),
        g.pick((" (the old one)", "", " - not the work address")),
        ".\n\n",
    )
    b(
        "Please call me on ",
        g.phone(loc, ext=0),
        " or reply here. I would like either a replacement or a full refund to the card ending ",
    )
    b(
        g.ref(text=g.digits(4)),
        ".\n\n",
        g.pick(("Thanks,", "Regards,", "Kind regards,", "Cheers,")),
        "\n",
        _nm(cust),
        "\n",
    )
    b(g.phone(loc, ext=0), "\n")
    if g.chance(0.5):
        b("\n---------- Forwarded message ---------\n", "From: ", _nm(lead), " <", g.email(lead, dom), ">\n")
        b(
            "Date: ",
            _hdr_date(g, d0 + timedelta(days=1), "gmail"),
            "\nSubject: Fwd: escalation\nTo: ",
            _nm(agent),
            " <",
        )
        b(
            g.email(agent, dom),
            ">\n\n",
            _first(agent),
            " - can you own this one? I've refunded shipping already.\n",
        )


@T("support_email")
def helpdesk_notification_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    cust, agent = g.person(loc), g.person(g.pick(("en_US", "en_GB", loc)))
    vendor = g.org("en_US")
    d0 = g.day(2024, 2026)
    tid = g.ref(text=g.digits(g.rng.randrange(5, 8), first_nonzero=True))
    b("##- Please type your reply above this line -##\n\n")
    b("Your request (", tid, ") has been updated. To add additional comments, reply to this email.\n")
    b("-" * 46, "\n\n")
    b(
        _nm(agent),
        " (",
        vendor,
        ")\n\n",
        g.date(d0 + timedelta(days=1), g.pick(("Mon d, yyyy", "Month d, yyyy", "iso"))),
    )
    b(f", {_ampm(g)} {g.pick(('EST', 'GMT', 'CET', 'PST', 'UTC'))}\n\n")
    b("Hi ", _first(cust), ",\n\n")
    a = where(g, loc)
    new_phone = phone_in(g, loc)
    done = g.pick(("address", "phone", "both"))
    if done in ("address", "both"):
        b(
            "I've updated the shipping address on your subscription to:\n\n",
            addr_block(a, "    ", country=g.chance(0.5)),
            "\n",
        )
    if done in ("phone", "both"):
        b(
            "The mobile number on file is now ",
            new_phone,
            ", so SMS codes will go there from the next login.\n\n",
        )
    b(
        "For security I also removed the old payment method. If you did not ask for these changes, reply to "
        "this email straight away.\n\n"
    )
    b("Best,\n", _first(agent), "\n", vendor, " Support\n\n", "-" * 46, "\n\n")
    b(_nm(cust), "\n\n", g.date(d0, g.pick(("Mon d, yyyy", "Month d, yyyy", "iso"))), f", {_ampm(g)}\n\n")
    b(
        g.pick(("hello, ", "Hi, ", "Good morning, ")),
        "I moved house and need my boxes to go to the new place from now on. ",
    )
    b("New address is ", addr_line(a), ". Also my number changed, new one is ", new_phone, ". ")
    b("Old address was ", places.one_line(places.address(g, loc)) if loc in LOCALES else "the flat", ". ")
    b(
        "Account email ",
        g.email(cust),
        ".\n",
        g.pick(("thanks", "Thank you!", "Cheers")),
        "\n",
        _first(cust),
        "\n\n",
    )
    b("-" * 46, "\n", "This email is a service from ", vendor, " Support. Delivered by Zendesk\n")
    b(f"[{g.fill('@@#@#@-@@#@@')}]\n")


@T("support_email")
def outlook_b2b_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "de_DE", "nl_NL", "en_IE"))
    admin, eng, user, boss = g.person(loc), g.person("en_US"), g.person(loc), g.person(loc)
    client, vendor = g.org(loc), g.org("en_US")
    cdom, vdom = g.domain_of(client), g.domain_of(vendor)
    d0 = g.day(2024, 2026)
    case = g.ref(text=g.fill("0%######"))
    a = places.address(g, loc)
    b("From: ", _nm(eng), " <", g.email(eng, vdom), ">\n")
    b("Sent: ", _hdr_date(g, d0 + timedelta(days=1), "outlook"), "\n")
    b("To: ", _nm(admin), " <", g.email(admin, cdom), ">\n")
    b("Cc: ", _nm(boss, "{last}, {first}"), " <", g.email(boss, cdom), ">\n")
    b("Subject: RE: [Case ", case, "] MFA reset for locked user\n\n")
    b("Hi ", _first(admin), ",\n\n")
    b(
        "Thanks for the details. I checked the sign-in logs for ",
        g.email(user, cdom),
        " and see the following:\n\n",
    )
    for _ in range(g.rng.randrange(2, 5)):
        dd = d0 - timedelta(days=g.rng.randrange(0, 2))
        b("  ", g.date(dd, "iso"), f" {_hm(g, 0, 24)}:{g.rng.randrange(60):02d} UTC  ")
        b(
            g.pick(("FAILED  mfa_timeout", "FAILED  bad_password", "SUCCESS", "BLOCKED geo_policy")),
            "  src=",
            g.ip(),
            "\n",
        )
    b(
        "\nThe blocked attempt came from outside your allowed countries, so the account was locked "
        "automatically. I have cleared the MFA registration; ",
    )
    b(_first(user), " will be asked to enrol again at next sign-in.\n\n")
    b(
        "If you want us to allow-list the office range, please confirm the egress IP (we currently have ",
        g.ip(),
        ").\n\n",
    )
    b("Kind regards,\n", _nm(eng), "\nSenior Support Engineer | ", vendor, "\n")
    b("Direct: ", g.phone("en_US"), " | Mobile: ", g.phone("en_US", ext=0), "\n")
    slug = ascii_fold(f"{eng.first}-{eng.last}").lower().replace(" ", "-").replace("'", "")
    b(
        "Book time with me: ",
        ent(f"https://calendly.com/{slug}", "URL") if g.chance(0.5) else g.url(eng),
        "\n\n",
    )
    b("-----Original Message-----\n", "From: ", _nm(admin), " <", g.email(admin, cdom), ">\n")
    b(
        "Sent: ",
        _hdr_date(g, d0, "outlook"),
        "\nTo: Support <",
        ent(f"support@{vdom}", "EMAIL_ADDRESS"),
        ">\n",
    )
    b("Subject: MFA reset for locked user\n\n")
    b(
        "Hello,\n\nOne of our users (",
        _nm(user),
        ", ",
        g.pick(vocab.JOB_TITLES),
        ") has been locked out since this morning. ",
    )
    b("Employee ID ", g.ident("employee"), ", UPN ", g.email(user, cdom), ". Please reset MFA; ")
    b("she" if user.female else "he", " can be reached on ", g.phone(loc, ext=0), " to verify.\n\n")
    b("Thanks,\n", _nm(admin), "\nIT Administrator\n", client, "\n", places.one_line(a), "\n")
    b("T ", g.phone(loc), "\n\n")
    b(
        "This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
        "recipient, please notify the sender and delete it.\n"
    )


@T("support_email")
def out_of_office_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_GB", "en_IE", "en_AU", "de_DE", "nl_NL", "fr_FR", "en_US"))
    me, cover, cust = g.person(loc), g.person(loc), g.person(g.pick(("en_US", "en_GB", loc)))
    firm = g.org(loc)
    dom = g.domain_of(firm)
    back = g.day(2024, 2026)
    gone = back - timedelta(days=g.rng.randrange(5, 21))
    st = g.pick(EU_STYLES) if loc != "en_US" else g.pick(US_STYLES)
    b(
        "Subject: ",
        g.pick(("Automatic reply", "Out of Office", "Abwesenheitsnotiz", "Automatisch antwoord")),
        ": ",
    )
    b(g.pick(("Claim update", "Query re invoice", "Policy renewal question", "Meter reading")), "\n\n")
    if loc == "de_DE":
        b("Vielen Dank für Ihre Nachricht. Ich bin vom ", g.date(gone, "dd.mm.yyyy"), " bis einschließlich ")
        b(
            g.date(back, "dd.mm.yyyy"),
            " nicht im Büro. In dringenden Fällen wenden Sie sich bitte an ",
            "Frau " if cover.female else "Herrn ",
        )
        b(_nm(cover), " (", g.email(cover, dom), ", ", g.phone(loc), ").\n\n--- English ---\n")
    elif loc == "nl_NL":
        b("Bedankt voor uw bericht. Tot en met ", _ldate(back, "nl", True), " ben ik afwezig. ")
        b("Voor spoedzaken kunt u contact opnemen met ", _nm(cover), " via ", g.phone(loc), ".\n\n")
    elif loc == "fr_FR":
        b("Bonjour, je suis absent", "e" if me.female else "", " jusqu'au ", _ldate(back, "fr", True))
        b(" inclus. En cas d'urgence, merci de contacter ", _nm(cover), " au ", g.phone(loc), ".\n\n")
    b("Thank you for your email. I am out of the office from ", g.date(gone, st), " until ", g.date(back, st))
    b(" with limited access to email.\n\n")
    b(
        "For urgent matters please contact my colleague ",
        _nm(cover),
        " at ",
        g.email(cover, dom),
        " or on ",
        g.phone(loc),
        ".\n",
    )
    if g.chance(0.5):
        b(
            "For anything about claims, the team inbox ",
            ent(f"claims@{dom}", "EMAIL_ADDRESS"),
            " is monitored daily.\n",
        )
    b(
        "\nKind regards,\n",
        _nm(me),
        g.pick((" | Client Services", " | Account Manager", "")),
        "\n",
        firm,
        "\n",
    )
    b("T: ", g.phone(loc), g.pick((" | M: ", "\nM: ")), g.phone(loc, ext=0), "\n")
    b(places.one_line(places.address(g, loc)), "\n\n")
    b("-----Original Message-----\n", "From: ", _nm(cust), " <", g.email(cust), ">\n")
    b("Sent: ", _hdr_date(g, gone + timedelta(days=2), g.pick(("outlook", "rfc"))), "\n")
    b("To: ", _nm(me), " <", g.email(me, dom), ">\n\n")
    b("Hi ", _first(me), ", quick one - my policy number is ", g.ident("policy"), " and I'd like to add my ")
    b(
        g.pick(("partner", "son", "daughter")),
        " ",
        _nm(g.person(cust.loc)),
        " (born ",
        g.date(style=st, dob=True),
    )
    b(
        ") as a named driver from next month. Can you call me on ",
        g.phone(cust.loc, ext=0),
        "? Thanks, ",
        _first(cust),
        "\n",
    )


@T("support_email")
def dsar_request_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR", "sv_SE", "pl_PL", "da_DK"))
    me, dpo = g.person(loc), g.person(loc)
    firm = g.org(loc)
    dom = g.domain_of(firm)
    now = g.day(2024, 2026)
    a, old = places.address(g, loc), places.address(g, loc)
    law = "the UK GDPR and the Data Protection Act 2018" if loc == "en_GB" else "Article 15 of the GDPR"
    b(
        f"Subject: {g.pick(('Subject Access Request', 'Data subject access request', 'DSAR'))} - ",
        _nm(me),
        "\n",
    )
    b("To: ", ent(g.pick(("dpo", "privacy", "dataprotection")) + "@" + dom, "EMAIL_ADDRESS"), "\n\n")
    b(g.pick(("Dear Data Protection Officer,", "Dear Sir or Madam,", "To the DPO,")), "\n\n")
    b(f"I am writing to make a subject access request under {law} for all personal data that ", firm)
    b(
        " holds about me, including call recordings, notes made by your staff and any data shared with "
        "third parties.\n\n"
    )
    b("To help you locate my records:\n\n")
    rows = [
        ("Full name", _nm(me, "{first} {mi}. {last}") if g.chance(0.3) else _nm(me)),
        ("Date of birth", g.date(style=g.pick(("d Month yyyy", "dd/mm/yyyy", "dd.mm.yyyy")), dob=True)),
        ("Current address", places.one_line(a)),
        ("Previous address (until " + str(now.year - g.rng.randrange(1, 6)) + ")", places.one_line(old)),
        ("Customer number", g.ident("account")),
        ("E-mail addresses used", (g.email(me), " and ", g.email(me))),
        ("Mobile", g.phone(loc, ext=0)),
    ]
    if me.female and g.chance(0.4):
        rows.insert(1, ("Previous surname", ent(g.fake(loc).last_name(), "PERSON")))
    _kv(b, rows, indent="  ")
    b(
        "\nA copy of my ",
        g.pick(("passport", "driving licence", "national ID card")),
        " (no. ",
        g.ident("passport"),
    )
    b(") is attached to confirm my identity. Please send the information electronically to the address ")
    b("above ")
    b(
        "within one month of receipt.\n\nYours faithfully,\n\n",
        _nm(me),
        "\n",
        g.date(now, "d Month yyyy"),
        "\n",
    )
    if g.chance(0.6):
        b(
            "\n> On ",
            g.date(now + timedelta(days=2), "d Mon yyyy"),
            ", ",
            _nm(dpo),
            " <",
            ent("privacy@" + dom, "EMAIL_ADDRESS"),
            "> wrote:\n",
        )
        b(
            "> Dear ",
            g.title(me),
            _last(me),
            ",\n> We acknowledge your request, reference ",
            g.ref(text=g.fill("DSAR-20##-####")),
        )
        b(
            ". We will respond by ",
            g.date(now + timedelta(days=30), "d Month yyyy"),
            ".\n> ",
            _nm(dpo),
            ", Data Protection Office\n",
        )


@T("support_email")
def phone_rant_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_GB", "en_CA", "en_AU"))
    me, partner = g.person(loc), g.person(loc)
    d0 = g.day(2024, 2026)
    a = places.address(g, loc)
    shouty = g.chance(0.3)
    body: list = [
        g.pick(("hi ", "hello?? ", "ok so ", "")),
        "this is the third time im emailing about this. ",
        filler.issue(g),
        " and nobody has called me back. my name is ",
        _nm(me).lower() if not shouty else _nm(me).upper(),
        " the account is in my name but my ",
        g.pick(("husband", "wife", "partner")),
        " ",
        g.name(partner, "first_lower"),
        " set it up. address is ",
        lower(places.one_line(a)) if g.chance(0.5) else places.one_line(a),
        " ",
    ]
    if g.chance(0.6):
        body += ["i paid with my card ", g.card(), " exp ", g.fill("0%/2#"), " so you can look it up. "]
    body += [
        "you charged me on ",
        g.date(d0, g.pick(("m/d", "Mon dth", "d Mon", "the dth of Month"))),
        " AND on ",
        g.date(d0 + timedelta(days=g.rng.randrange(1, 9)), g.pick(("m/d", "Mon dth", "d Mon"))),
        ". call me ",
        g.phone(loc, ext=0),
        " any time after 3 or text. if i dont hear back by friday im disputing it with the bank\n",
    ]
    b(upper(body) if shouty else tuple(body))
    b(
        "\n",
        g.pick(
            (
                "Sent from my iPhone",
                "Sent from my Galaxy",
                "Get Outlook for Android",
                "Sent from Yahoo Mail on Android",
            )
        ),
        "\n",
    )
    if g.chance(0.5):
        b(
            "\n-------- Original message --------\nFrom: ",
            g.org(loc),
            " <",
            ent(f"noreply@{g.domain_of(g.org(loc))}", "EMAIL_ADDRESS"),
        )
        b(">\nDate: ", g.date(d0, "mm/dd/yy" if loc == "en_US" else "dd/mm/yyyy"), f" {_ampm(g)}\n")
        b(
            "To: ",
            g.email(me),
            "\nSubject: Your receipt\n\nThanks for your payment. Reference ",
            g.ref(),
            ".\n",
        )


@T("support_email")
def webform_notification_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    me = g.person(loc)
    site = g.org(loc if loc in ("en_US", "en_GB", "en_AU", "en_CA") else "en_US")
    dom = g.domain_of(site)
    d0 = g.day(2024, 2026)
    kind = g.pick(("contact", "appointment", "quote"))
    b("From: ", site, " Website <", ent(f"wordpress@{dom}", "EMAIL_ADDRESS"), ">\n")
    b(
        "Subject: ",
        {
            "contact": "New message from Contact Us",
            "appointment": "New appointment request",
            "quote": "New quote request",
        }[kind],
        "\n\n",
    )
    b("You have a new form submission", g.pick((":", " on your website:", ".")), "\n\n")
    st = g.pick(("iso", "mm/dd/yyyy", "dd/mm/yyyy"))
    rows: list = [
        ("Name", _nm(me)),
        ("Email", g.email(me)),
        ("Phone", phone_in(g, loc)),
    ]
    if kind == "appointment":
        rows += [
            ("Date of birth", g.date(style=st, dob=True)),
            ("New patient?", g.pick(("Yes", "No"))),
            ("Preferred date", g.date(d0 + timedelta(days=g.rng.randrange(3, 20)), st)),
            ("Preferred time", g.pick(("Morning", "Afternoon", "Any"))),
            ("Insurance", (g.org(loc), " / ID ", g.ident("member"))),
        ]
    elif kind == "quote":
        w = where(g, loc)
        rows += [
            ("Property address", addr_line(w)),
            ("Service", g.pick(("Boiler service", "Roof repair", "Window cleaning", "Deep clean"))),
        ]
    msg = {
        "contact": ("Hi, I ordered from you last week and ", filler.issue(g), ". Please get back to me."),
        "appointment": (
            "My ",
            g.pick(("daughter", "son")),
            " ",
            _nm(g.person(loc)),
            " also needs a check-up, can we book together?",
        ),
        "quote": ("Please call before coming, the side gate is locked. Ask for ", _first(me), "."),
    }[kind]
    rows.append(("Message", msg))
    rows.append(("Consent", "I agree to the privacy policy"))
    _kv(b, rows)
    b("\n--\n", "Date: ", g.date(d0, st), f"\nTime: {_ampm(g)}\n")
    page = {"contact": "contact-us", "appointment": "book-online", "quote": "get-a-quote"}[kind]
    b(f"Page URL: https://www.{dom}/{page}/\n")
    b(
        "User Agent: Mozilla/5.0 (",
        g.pick(
            ("iPhone; CPU iPhone OS 17_4 like Mac OS X", "Windows NT 10.0; Win64; x64", "Linux; Android 14")
        ),
        ")\n",
    )
    b("Remote IP: ", g.ip(), "\n")
    b("Powered by: Contact Form 7\n" if g.chance(0.5) else "Sent via WPForms\n")


# ================================================================ chat_transcript


class _Clock:
    """Seconds since midnight that only move forward, printed 24h or 12h."""

    def __init__(self, g: Gen, start_h: int) -> None:
        self.g, self.s = g, start_h * 3600 + g.rng.randrange(3600)

    def tick(self, lo: int = 0, hi: int = 6) -> None:
        """lo..hi whole minutes plus some seconds."""
        self.s = min(self.s + 60 * self.g.rng.randrange(lo, hi + 1) + self.g.rng.randrange(5, 60), 86399)

    def h24(self, secs: bool = False) -> str:
        h, m, sec = self.s // 3600, self.s // 60 % 60, self.s % 60
        return f"{h:02d}:{m:02d}" + (f":{sec:02d}" if secs else "")

    def h12(self, secs: bool = False) -> str:
        h, m, sec = self.s // 3600, self.s // 60 % 60, self.s % 60
        return f"{(h - 1) % 12 + 1}:{m:02d}" + (f":{sec:02d}" if secs else "") + (" AM" if h < 12 else " PM")


@T("chat_transcript")
def whatsapp_export_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_GB", "en_US", "en_IE", "en_AU", "de_DE", "nl_NL", "es_ES", "it_IT", "fr_FR", "pt_BR"))
    us = loc == "en_US"
    ios = g.chance(0.5)
    d = g.day(2024, 2026)
    clock = _Clock(g, g.rng.randrange(8, 19))
    dstyle = "m/d/yy" if us else ("dd.mm.yy" if loc == "de_DE" else g.pick(("dd/mm/yyyy", "dd/mm/yy")))

    def stamp() -> tuple:
        t = clock.h12(secs=ios) if us else clock.h24(secs=ios)
        return ("[", g.date(d, dstyle), f", {t}] ") if ios else (g.date(d, dstyle), f", {t} - ")

    def say(who, *text) -> None:
        clock.tick(0, 9)
        b(stamp(), who, ": ", *text, "\n")

    b(
        stamp(),
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
        "can read or ",
    )
    b("listen to them.\n")
    if g.chance(0.5):
        tenant, landlord, fixer, nb = (g.person(loc) for _ in range(4))
        ll = phone_in(g, loc) if g.chance(0.3) else _nm(landlord, g.pick(("{first}", "{first} {last}")))
        me = _nm(tenant, g.pick(("{first}", "{first} {last}")))
        when = g.date(d + timedelta(days=2), g.pick(("d Month", "Month d", "d Mon")))
        say(ll, "Hi ", _first(tenant), ", just confirming the checkout inspection ", when, " at 10?")
        say(
            me,
            "Yes that works. If I'm not in I'll leave the keys with ",
            _first(nb),
            " at no. ",
            str(g.rng.randrange(2, 80)),
        )
        say(ll, "image omitted" if ios else "<Media omitted>")
        say(ll, "Small mark on the wall in the back bedroom but otherwise all fine 👍")
        if loc == "en_GB":
            say(
                me,
                "Great. For the deposit: sort code ",
                g.fill("##-##-##"),
                ", account ",
                g.ident("account"),
                ", name ",
                _nm(tenant),
            )
        elif loc in ("en_US", "en_AU"):
            say(me, "Great. Can you Zelle the deposit to ", g.email(tenant), " or ", phone_in(g, loc), "?")
        else:
            say(me, "Great. Deposit back to ", g.iban(loc), " please (", _nm(tenant), ")")
        say(me, "and my new address for any post: ", addr_line(where(g, loc)))
        d += timedelta(days=g.rng.randrange(1, 4))
        say(
            ll,
            "Transferred today. Also the boiler guy left his card if you ever need one - ",
            _nm(fixer),
            " ",
            phone_in(g, loc),
        )
        say(me, "Thanks ", _first(landlord), "! 🙏")
    else:
        sib1, sib2, gran, nurse = g.person(loc), g.person(loc), g.person(loc, True), g.person(loc, True)
        a, b2 = _nm(sib1, "{first}"), _nm(sib2, g.pick(("{first}", "{first} {last}")))
        mum = "Mom" if us else "Mum"
        born, age = _born(g, d + timedelta(days=30), g.rng.randrange(86, 101))
        home = places.one_line(places.address(g, loc))
        say(
            a,
            g.pick((f"{mum} says ", "Update: ")),
            "Gran moved in this morning. It's ",
            g.org(loc),
            ", ",
            home,
        )
        say(b2, "whats the number for the nurses station")
        say(a, phone_in(g, loc), " ask for ", _first(nurse), " she's lovely")
        say(mum, "Visiting 2-4 and after 6. Bring her reading glasses")
        if loc == "en_GB":
            say(b2, "the GP form wants her NHS number, anyone have it?")
            say(a, g.ident("nhs"))
        elif loc == "en_AU":
            say(b2, "the GP form wants her medicare number")
            say(a, ent(g.fill("#### ##### #"), "ID"), " (she's no. 2 on the card)")
        else:
            say(b2, "the form wants her ID number")
            say(a, g.ident("ssn" if us else "national", loc))
        say(b2, "and DOB?")
        say(
            mum,
            g.date(born, "m/d/yyyy" if us else g.pick(("dd/mm/yyyy", "d Month yyyy")), dob=True),
            " 🎂 she'll be ",
            age,
            " next month!",
        )
        say(b2, "sorted, sent it off 👍")
        say(
            phone_in(g, loc),
            "Hi all, this is ",
            _first(gran),
            "'s neighbour ",
            _nm(g.person(loc)),
            ", I have her spare key if needed",
        )


@T("chat_transcript")
def slack_channel_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "en_IE", "de_DE", "nl_NL", "sv_SE"))
    hr, it1, it2, hire = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    d = g.day(2024, 2026)
    clock = _Clock(g, g.rng.randrange(8, 15))
    us = loc in ("en_US", "en_CA")
    firm = g.org(loc)
    dom = g.domain_of(firm)

    def post(p: Person, *text, pronoun: bool = False) -> None:
        clock.tick(1, 14)
        b(
            _nm(p),
            " (she/her)" if pronoun and p.female else "",
            "  ",
            clock.h12() if us else clock.h24(),
            "\n",
            *text,
            "\n",
        )

    b(g.pick(("#it-helpdesk", "#people-ops", "#onboarding", "#it-requests")), "\n")
    b(f"{_wd(d)}, ", g.date(d, g.pick(("Month dth, yyyy", "Month d", "d Month"))), "\n\n")
    start = g.date(
        d + timedelta(days=g.rng.randrange(3, 12)), g.pick(("Month d", "d Mon", "m/d" if us else "d Month"))
    )
    post(
        hr,
        "New starter on ",
        start,
        ": ",
        _nm(hire),
        ", ",
        g.pick(vocab.JOB_TITLES),
        " in ",
        g.pick(("Finance", "Sales", "Platform", "Support")),
        ". Personal email for the welcome pack is ",
        g.email(hire),
        ", mobile ",
        g.phone(loc, ext=0),
        ". Laptop needs to go to ",
        places.one_line(places.address(g, loc)),
    )
    b(g.pick((":eyes: 1", ":white_check_mark: 2", "👀 1")), "\n")
    post(it1, "@", _first(hr), " on it :+1: can you drop the employee ID here?")
    post(
        hr,
        g.ident("employee"),
        " - and ",
        "she" if hire.female else "he",
        " wants ",
        g.email(hire, dom),
        " as the work address if free",
    )
    post(
        it2,
        "fyi ",
        _first(hire),
        "'s VPN test from home came in from ",
        g.ip(),
        " which is on the hosting-provider list, will need an exception",
        pronoun=True,
    )
    b(f"{g.rng.randrange(2, 5)} replies  Last reply today at {clock.h12() if us else clock.h24()}\n")
    post(
        it1,
        "exception added. @",
        _first(it2),
        " can you ship the ",
        g.pick(("ThinkPad X1", "MacBook Pro", "Dell Latitude")),
        " tomorrow? tracking to ",
        _first(hire),
        "'s personal email",
    )
    if g.chance(0.5):
        back = g.date(d + timedelta(days=9), g.pick(("Month d", "d Mon")))
        post(
            hr,
            "also their manager ",
            _nm(g.person(loc)),
            " is out until ",
            back,
            " so buddy is ",
            _nm(g.person(loc)),
        )


@T("chat_transcript")
def livechat_export_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    me, agent = g.person(loc), g.person(g.pick(("en_US", "en_GB", loc)))
    brand = g.org("en_US")
    d = g.day(2024, 2026)
    clock = _Clock(g, g.rng.randrange(7, 22))
    w = where(g, loc)
    b("Chat transcript\n", "-" * 32, "\n")
    _kv(
        b,
        [
            ("Conversation ID", g.ref(text=g.fill("@@@-%#####-@@"))),
            ("Started", (g.date(d, g.pick(("iso", "d Mon yyyy", "mm/dd/yyyy"))), f" {clock.h24(True)}")),
            ("Visitor", _nm(me)),
            ("Visitor email", g.email(me)),
            ("Location", (w.city, ", ", w.country)),
            ("IP", g.ip()),
            (
                "Browser",
                g.pick(
                    (
                        "Chrome 124 / Windows",
                        "Safari 17 / iOS",
                        "Firefox 125 / Ubuntu",
                        "Samsung Internet / Android",
                    )
                ),
            ),
            ("Referrer", "https://www.google.com/" if g.chance(0.6) else g.url()),
            ("Agent", (_first(agent), " (", brand, ")")),
        ],
        width=16,
    )
    b("\n")
    vis = _nm(me, g.pick(("{first}", "{first} {last}")))

    def line(who, *text) -> None:
        clock.tick(0, 2)
        b(f"({clock.h24(True)}) ", who, ": ", *text, "\n")

    line(_first(agent), "Hi ", _first(me), "! Thanks for reaching out to ", brand, ". How can I help today?")
    line(vis, g.pick(("hi", "Hello", "hey")), " ", filler.issue(g))
    line(
        _first(agent),
        "Sorry about that. To pull up your account can you confirm your date of birth and the postcode "
        "on file?",
    )
    line(
        vis,
        g.date(style=g.pick(("dd/mm/yyyy", "m/d/yyyy", "d Month yyyy", "iso")), dob=True),
        " and ",
        w.zip or w.city,
    )
    line(
        _first(agent),
        "Thanks. I can see the last payment on the card ending in ",
        g.ref(text=g.digits(4)),
        ". Is that right?",
    )
    line(vis, "yes. also I moved, can you update it to ", addr_line(w, country=g.chance(0.3)))
    line(_first(agent), "Done ✅ Anything else?")
    if g.chance(0.6):
        line(vis, "my number changed too: ", phone_in(g, loc))
        line(_first(agent), "Updated. You'll get a confirmation text shortly.")
    line(vis, g.pick(("thanks", "ok great thank you", "perfect")))
    line(_first(agent), "You're welcome, ", _first(me), ". Have a great day!")
    clock.tick(0, 1)
    b(f"\n-- Chat ended by visitor at {clock.h24(True)} --\n")
    if g.chance(0.5):
        b("Rating: ", g.pick(("👍 Good", "👎 Bad", "★★★★☆")), "\n")


@T("chat_transcript")
def vtt_meeting_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "en_IE"))
    chair, sw, nurse = g.person(loc), g.person(loc), g.person(loc)
    client, dtr, gp = g.person(loc), g.person(loc, True), g.person(loc)
    a = places.address(g, loc)
    d = g.day(2024, 2026)
    born, age = _born(g, d)
    she = "she" if client.female else "he"
    kind = g.pick(("vtt", "teams", "otter"))
    cues: list[tuple] = [
        (
            chair,
            (
                "Okay, next on the list is ",
                _nm(client),
                ", who was discharged home on ",
                g.date(d, g.pick(("Month d", "d Month", "the dth of Month"))),
                ".",
            ),
        ),
        (
            sw,
            (
                "Yes, so ",
                she,
                " is back at ",
                a.street,
                " and the daughter, ",
                _first(dtr),
                ", is staying for now.",
            ),
        ),
        (chair, ("Do we have a number for the daughter?",)),
        (sw, ("It's ", g.phone(loc, ext=0), ". She prefers texts during the day.")),
        (
            nurse,
            (
                "I visited on ",
                _wd(d + timedelta(days=2)),
                ". Wound is healing, but ",
                she,
                " is ",
                age,
                " and very unsteady on the stairs.",
            ),
        ),
        (chair, ("Has the GP, Dr ", _last(gp), ", been told about the falls?")),
        (
            nurse,
            (
                "Not yet. I'll ring the surgery. Date of birth for the referral is ",
                g.date(born, g.pick(("d Month yyyy", "Month d, yyyy")), dob=True),
                ", right?",
            ),
        ),
        (
            sw,
            (
                "That's right. NHS number's on the file."
                if loc == "en_GB"
                else "Correct, and the MRN is on the file.",
            ),
        ),
        (chair, ("Great. Action for ", _first(sw), ": occupational therapy referral. Let's move on.")),
    ]
    t = g.rng.randrange(0, 40) * 1000
    if kind == "vtt":
        b("WEBVTT\n\n")
        numbered = g.chance(0.5)
        for i, (who, text) in enumerate(cues, 1):
            s0 = t
            t += g.rng.randrange(2500, 14000)
            b(f"{i}\n" if numbered else "")
            b(f"00:{s0 // 60000:02d}:{s0 // 1000 % 60:02d}.{s0 % 1000:03d} --> ")
            b(f"00:{t // 60000:02d}:{t // 1000 % 60:02d}.{t % 1000:03d}\n")
            b("<v ", _nm(who), ">", *text, "</v>\n\n")
            t += g.rng.randrange(0, 900)
    elif kind == "teams":
        title = g.pick(("MDT huddle", "Complex discharge review", "Community team meeting"))
        b(f"{title}-", g.date(d + timedelta(days=3), "iso"), " Meeting Transcript\n\n")
        for who, text in cues:
            t += g.rng.randrange(5000, 30000)
            b(_nm(who), f"   {t // 60000}:{t // 1000 % 60:02d}\n", *text, "\n\n")
    else:
        labels: dict[int, int] = {}
        unnamed = g.rng.randrange(3)  # the one voice the app could not match to a name
        for who, text in cues:
            t += g.rng.randrange(5000, 30000)
            k = labels.setdefault(id(who), len(labels))
            b(
                f"Speaker {k + 1}" if k == unnamed else _nm(who),
                f"  {t // 60000}:{t // 1000 % 60:02d}\n",
                *text,
                "\n\n",
            )
        b("Transcribed by https://otter.ai\n")


@T("chat_transcript")
def sms_thread_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    me, pro = g.person(loc), g.person(loc)
    d = g.day(2024, 2026)
    clock = _Clock(g, g.rng.randrange(7, 17))
    us = loc in ("en_US", "en_CA")
    if g.chance(0.5):
        firm = g.org(loc)
        b(
            "Messages with ",
            phone_in(g, loc),
            "\n\n",
            f"{_wd(d)[:3]}, ",
            g.date(d, g.pick(("Mon dth", "d Mon", "Month d"))),
        )
        b(f" · {clock.h12() if us else clock.h24()}\n")
        msgs = [
            ("Them", ("Hi, this is ", _first(pro), " from ", firm, ". Running about 20 min late, sorry!")),
            (
                "Me",
                (
                    "no worries. its ",
                    lower(addr_line(where(g, loc))) if g.chance(0.4) else addr_line(where(g, loc)),
                    ", the blue door",
                ),
            ),
            ("Them", ("👍 is there parking?",)),
            ("Me", ("yes on the drive. gate code is ", g.fill("#%##"), " if im not down")),
            ("Them", ("Here now",)),
            (
                "Them",
                (
                    "All done. Invoice will come from ",
                    g.email(pro, g.domain_of(firm)),
                    ". Any problems call me on ",
                    phone_in(g, loc),
                ),
            ),
            ("Me", ("thanks ", g.name(pro, "first_lower"), "!")),
        ]
        for who, text in msgs:
            b(f"{who}: ", *text, "\n")
    else:
        doc, spouse = g.person(loc), g.person(loc, not me.female)
        clinic = g.org(loc)
        b(g.pick(("SMS log", "Text messages")), " - ", clinic, " reminders to ", phone_in(g, loc), "\n\n")
        appt = d + timedelta(days=g.rng.randrange(2, 10))
        rows = [
            (
                d,
                "OUT",
                (
                    "Hi ",
                    _first(me),
                    ", reminder of your appointment with Dr ",
                    _last(doc),
                    " on ",
                    g.date(appt, g.pick(("d Mon", "Mon dth", "m/d" if us else "d Month"))),
                    " at ",
                    _ampm(g),
                    ". Reply Y to confirm or N to cancel.",
                ),
            ),
            (d, "IN", ("Y",)),
            (
                d,
                "OUT",
                (
                    "Thank you ",
                    _first(me),
                    ", you are confirmed. Please bring photo ID and your card (member no. ",
                    g.ident("member"),
                    ").",
                ),
            ),
            (
                appt - timedelta(days=1),
                "IN",
                (
                    "can my ",
                    "husband" if me.female else "wife",
                    " ",
                    _nm(spouse),
                    " come in with me? same insurance",
                ),
            ),
            (
                appt - timedelta(days=1),
                "OUT",
                ("Of course. Reception: ", phone_in(g, loc), ". See you tomorrow."),
            ),
        ]
        for day, way, text in rows:
            clock.tick(1, 90)
            b(g.date(day, "iso"), f" {clock.h24()}  {way:<3}  ", *text, "\n")


@T("chat_transcript")
def call_asr_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_GB", "en_CA", "en_AU"))
    me, agent, other = g.person(loc), g.person(loc), g.person(loc)
    firm = g.org(loc)
    a = places.address(g, loc)
    labels = g.pick((("agent", "caller"), ("spk_0", "spk_1"), ("Agent", "Customer")))
    born = g.day(1940, 2002)
    queue = g.pick(("billing", "claims", "retention", "tech"))
    b(f"call_id={g.fill('%#######-####')}  queue={queue}  ")
    b(f"duration={g.rng.randrange(3, 19)}m{g.rng.randrange(60)}s\n")
    b("engine=asr-v3 diarization=on redaction=off\n\n")

    def A(*text) -> None:
        b(labels[0], ": ", *text, "\n")

    def C(*text) -> None:
        b(labels[1], ": ", *text, "\n")

    A(
        "thank you for calling ",
        lower(firm),
        " my name is ",
        g.name(agent, "first_lower"),
        " can i get your full name please",
    )
    C("yeah hi its ", lower(_nm(me)))
    if g.chance(0.5):
        A("and how do you spell the last name")
        spelled = " ".join(ch for ch in me.last.lower() if ch.isalpha())
        C(ent(spelled, "PERSON") if g.chance(0.5) else ent(spelled.replace(" ", "-").upper(), "PERSON"))
    A("thank you and can you verify your date of birth")
    if g.chance(0.6):
        C("uh ", ent(_spoken_date(born), "DATE", dob=True))
    else:
        C(g.date(born, g.pick(("m/d/yyyy", "dd/mm/yyyy", "Month d, yyyy")), dob=True))
    A("and the ", "zip code" if loc == "en_US" else "postcode", " on the account")
    C(lower(a.zip) if a.zip else "")
    A("perfect i've got you here um what can i do for you today")
    C(
        "yeah so ",
        filler.issue(g).lower(),
        " and i also moved so the address is wrong its ",
        lower(places.one_line(a)),
    )
    A("okay let me update that [inaudible] is that ", lower(a.street))
    C("yes")
    A("and is ", lower(g.email(me)), " still the best email")
    C("no use ", lower(g.email(me)), " the other one i don't check")
    A("got it and a good callback number")
    ph = g.phone(loc, ext=0)
    if g.chance(0.5):
        C(ent(_spoken_digits(ph.text), "PHONE_NUMBER"))
    else:
        C(ph)
    if g.chance(0.5):
        C(
            "oh and my ",
            g.pick(("wife", "husband", "son", "daughter")),
            " ",
            lower(_nm(other)),
            " is allowed to call about the account too",
        )
        A("i'll add ", g.name(other, "first_lower"), " as an authorized user")
    A("alright you're all set is there anything else")
    C("no that's it thanks ", g.name(agent, "first_lower"))
    A("thank you for calling have a good one")


@T("chat_transcript")
def irc_casual_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "en_IE", "nl_NL", "sv_SE", "de_DE"))
    ppl = [g.person(loc) for _ in range(4)]
    bday = ppl[2]
    d = g.day(2024, 2026)
    clock = _Clock(g, g.rng.randrange(18, 23))
    nick = [_nm(p, "{first}").lower() for p in ppl]
    discord = g.chance(0.4)
    a = places.address(g, loc)

    def say(i: int, *text) -> None:
        clock.tick(0, 3)
        if discord:
            b(nick[i], f" — {clock.h24()}\n", *text, "\n")
        else:
            b(f"[{clock.h24()}] <", nick[i], "> ", *text, "\n")

    if not discord:
        b("--- Log opened ", f"{_wd(d)[:3]} ", g.date(d, "Mon d, yyyy"), "\n")
    say(1, "ok so whos doing what for ", nick[2], "s bday")
    say(0, "party at mine, ", lower(places.one_line(a)), " from 8")
    party = d + timedelta(days=g.rng.randrange(2, 12))
    say(
        3,
        "wait is it actually ",
        (_mdth(party) if g.chance(0.4) else g.date(party, g.pick(("Mon dth", "m/d", "d Month")))).lower(),
        " or the weekend after",
    )
    bd = g.day(1994, 2004)
    say(
        0,
        "the weekend. her actual bday is ",
        (_mdth(bd, True) if g.chance(0.4) else g.date(bd, g.pick(("d Month", "m/d")), dob=True)).lower(),
    )
    say(1, "lol she'll be ", g.age(g.rng.randrange(22, 33)), " and still thinks she's 19")
    say(3, "whats ur buzzer number again")
    say(0, g.fill("##"), " or just text me ", phone_in(g, loc))
    say(1, "also collecting money for the present, paypal me at ", lower(g.email(ppl[1])))
    if g.chance(0.5):
        bro = g.person(loc)
        say(
            3,
            "should we invite her brother ",
            lower(_nm(bro)),
            "? i have his number somewhere ",
            phone_in(g, loc),
        )
    say(0, "yes!! dont tell ", _nm(bday, "{first}").lower(), " anything")
    say(2 if g.chance(0.2) else 1, "👀")


# ================================================================ hr_record


def _mon_year(d: date, style: str = "Mon yyyy") -> Ent:
    text = {
        "Mon yyyy": f"{vocab.MONTHS[d.month - 1][:3]} {d.year}",
        "mm/yyyy": f"{d:%m/%Y}",
        "Month yyyy": f"{vocab.MONTHS[d.month - 1]} {d.year}",
    }[style]
    return ent(text, "DATE")


_BULLETS = (
    "Cut month-end close from 9 to 5 working days by automating reconciliations",
    "Led a team of 6 analysts across two time zones",
    "Migrated 40+ legacy reports to a self-service dashboard",
    "Negotiated vendor contracts worth $1.2M annually",
    "Reduced ticket backlog by 35% within two quarters",
    "Trained 25 new hires on the onboarding curriculum",
    "Owned the quarterly forecast for a $30M business unit",
    "Introduced code review and CI practices to a team of 12",
)


@T("hr_record")
def us_resume_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_CA"))
    me, ref1 = g.person(loc), g.person(loc)
    a = places.address(g, loc)
    now = g.day(2025, 2026)
    caps = g.chance(0.6)
    b(_nm(me, g.pick(("{first} {last}", "{first} {mi}. {last}"))).upper() if caps else _nm(me), "\n")
    slug = ascii_fold(f"{me.first}-{me.last}").lower().replace(" ", "-").replace("'", "")
    li = ent(f"linkedin.com/in/{slug}{g.pick(('', '-' + g.digits(3), g.digits(2)))}", "URL")
    dot = g.pick((" • ", " | ", " · "))
    if g.chance(0.5):
        b(a.city, ", ", a.region, " ", a.zip, dot, g.phone(loc, ext=0), dot, g.email(me), dot, li, "\n\n")
    else:
        b(
            a.street,
            ", ",
            a.city,
            ", ",
            a.region,
            " ",
            a.zip,
            "\n",
            g.phone(loc, ext=0),
            dot,
            g.email(me),
            "\n",
            li,
            "\n\n",
        )
    title = g.pick(vocab.JOB_TITLES)
    b("PROFESSIONAL SUMMARY\n" if caps else "Summary\n")
    field = g.pick(("SaaS", "healthcare", "logistics", "retail", "fintech"))
    b(f"{title} with {g.rng.randrange(4, 15)}+ years of experience in {field}. ")
    b("Known for turning messy data into decisions and for building teams people want to stay on.\n\n")
    b("EXPERIENCE\n" if caps else "Experience\n")
    end = now
    for i in range(g.rng.randrange(2, 4)):
        start = end - timedelta(days=g.rng.randrange(400, 1600))
        w = places.address(g, loc)
        b(
            f"{title if i == 0 else g.pick(vocab.JOB_TITLES)} — ",
            g.org(loc),
            ", ",
            w.city,
            ", ",
            w.region,
            "    ",
        )
        b(_mon_year(start), " – ", "Present" if i == 0 else _mon_year(end), "\n")
        for bullet in g.rng.sample(_BULLETS, g.rng.randrange(2, 4)):
            b("• ", bullet, "\n")
        b("\n")
        end = start - timedelta(days=g.rng.randrange(10, 90))
    b("EDUCATION\n" if caps else "Education\n")
    b(
        f"{g.pick(vocab.DEGREES)}, ",
        _org(f"University of {g.pick(('Oregon', 'Michigan', 'Texas at Austin', 'Toronto', 'Wisconsin'))}"),
        f", {end.year - 1}\n\n",
    )
    b("SKILLS\n" if caps else "Skills\n", ", ".join(g.rng.sample(vocab.SKILLS, 5)), "\n")
    if g.chance(0.5):
        b("\nREFERENCES\n" if caps else "\nReferences\n")
        b(
            _nm(ref1),
            f", {g.pick(vocab.JOB_TITLES)}, ",
            g.org(loc),
            " — ",
            g.phone(loc),
            " — ",
            g.email(ref1),
            "\n",
        )
    else:
        b("\nReferences available upon request.\n")


@T("hr_record")
def lebenslauf_c(g: Gen, b: Builder) -> None:
    g.locale = "de_DE"
    key = g.pick(("de_DE", "de_DE", "de_DE", "AT", "CH"))
    me = person_in(g, key)
    w = where(g, key)
    born_day = g.day(1970, 2001)
    birth_city = ent(g.pick(places.CITIES["de_DE"]), "CITY")
    now = g.day(2024, 2026)
    b("Lebenslauf\n", "=" * 10, "\n\n", "Persönliche Daten\n")
    rows = [
        ("Name", _nm(me)),
        ("Anschrift", addr_line(w)),
        ("Telefon", phone_in(g, key)),
        ("E-Mail", mail_in(g, me, key) if key != "de_DE" else g.email(me)),
        ("Geburtsdatum", (ent(f"{born_day:%d.%m.%Y}", "DATE", dob=True), " in ", birth_city)),
        (
            "Staatsangehörigkeit",
            g.pick(("deutsch", "österreichisch", "schweizerisch", "deutsch, italienisch")),
        ),
        ("Familienstand", g.pick(("ledig", "verheiratet, zwei Kinder", "verheiratet", "geschieden"))),
    ]
    _kv(b, rows, width=22)
    b("\nBerufserfahrung\n")
    end = now
    jobs = (
        "Teamleiterin Buchhaltung" if me.female else "Teamleiter Buchhaltung",
        "Sachbearbeiter/in Personal",
        "Softwareentwickler/in",
        "Projektassistenz",
        "Vertriebsmitarbeiter/in Innendienst",
    )
    for i in range(g.rng.randrange(2, 4)):
        start = end - timedelta(days=g.rng.randrange(500, 1800))
        if i == 0:
            b("seit ", _mon_year(start, "mm/yyyy"), " " * 11)
        else:
            b(_mon_year(start, "mm/yyyy"), " – ", _mon_year(end, "mm/yyyy"), "   ")
        cw = where(g, key)
        b(g.pick(jobs), ", ", g.org("de_DE"), ", ", cw.city, "\n")
        b(
            " " * 22,
            "- ",
            g.pick(
                (
                    "Verantwortung für Monats- und Jahresabschlüsse",
                    "Betreuung von 120 Mitarbeitenden",
                    "Einführung von SAP S/4HANA",
                    "Key-Account-Betreuung DACH",
                )
            ),
            "\n",
        )
        end = start - timedelta(days=g.rng.randrange(0, 60))
    b("\nAusbildung\n")
    y = end.year
    b(
        f"{y - 3} – {y}",
        " " * 11,
        g.pick(
            (
                "Bachelor of Arts BWL",
                "B.Sc. Informatik",
                "Ausbildung zur Industriekauffrau",
                "Diplom-Kaufmann",
            )
        ),
        ", ",
    )
    b(_org(g.pick(("Universität zu Köln", "Hochschule München", "FH Aachen", "IHK Frankfurt am Main"))), "\n")
    b(
        f"{y - 12} – {y - 3}",
        " " * 11,
        "Abitur (Note 1,",
        str(g.rng.randrange(3, 10)),
        "), ",
        _org(f"{g.pick(('Goethe', 'Schiller', 'Humboldt'))}-Gymnasium"),
        "\n",
    )
    b(
        "\nKenntnisse\nSprachen: Deutsch (Muttersprache), Englisch (C1), ",
        g.pick(("Französisch (B1)", "Spanisch (A2)", "Italienisch (B2)")),
        "\n",
    )
    b("EDV: ", ", ".join(g.rng.sample(("SAP FI/CO", "DATEV", "MS Office", "Python", "SQL", "Jira"), 3)), "\n")
    b("Hobbys: ", g.pick(("Laufen, Fotografie", "Chor, Wandern", "Volleyball im Verein")), "\n\n")
    b(w.city, ", ", ent(f"{now:%d.%m.%Y}", "DATE"), "\n", _nm(me), "\n")


_IN_DEGREES = (
    ("B.Tech (ECE)", "Visvesvaraya Technological University", "8.1 CGPA"),
    ("B.Com", "University of Mumbai", "72%"),
    ("MBA (Finance)", "Symbiosis International University", "3.4 GPA"),
    ("B.Sc. Nursing", "Rajiv Gandhi University of Health Sciences", "76%"),
    ("MCA", "Anna University", "8.6 CGPA"),
)


@T("hr_record")
def biodata_cv_c(g: Gen, b: Builder) -> None:
    g.locale = g.pick(("en_US", "en_GB"))
    g.multi = True
    me = person_in(g, "IN")
    father = person_in(g, "IN", female=False)
    father = Person(father.first, me.last, father.middle, False, "IN")
    w = where(g, "IN")
    perm = where(g, "IN")
    born = g.day(1988, 2002)
    now = g.day(2024, 2026)
    b(g.pick(("CURRICULUM VITAE", "RESUME", "BIO-DATA")), "\n\n", _nm(me).upper(), "\n")
    b("Mobile: ", phone_in(g, "IN"), " | Email: ", mail_in(g, me, "IN"), "\n")
    b("Address: ", addr_line(w), "\n\n")
    b(
        "CAREER OBJECTIVE\n",
        "To secure a challenging position in a reputed organisation where I can utilise my skills ",
    )
    b("and contribute to the growth of the organisation.\n\n")
    deg, uni, score = g.pick(_IN_DEGREES)
    yr = born.year + 22
    b("ACADEMIC QUALIFICATIONS\n")
    b(f"{'Qualification':<16}| {'Board/University':<44}| Year | Score\n")
    b(f"{deg:<16}| ", _org(uni), " " * max(1, 44 - len(uni)), f"| {yr} | {score}\n")
    b(f"{'Class XII':<16}| ", _org("CBSE"), " " * 40, f"| {yr - 4} | {g.rng.randrange(70, 96)}%\n")
    b(f"{'Class X':<16}| ", _org("CBSE"), " " * 40, f"| {yr - 6} | {g.rng.randrange(70, 98)}%\n\n")
    b("WORK EXPERIENCE\n")
    b(
        "* ",
        g.pick(vocab.JOB_TITLES),
        ", ",
        g.org("en_IN"),
        ", ",
        w.city,
        " (",
        _mon_year(now - timedelta(days=g.rng.randrange(300, 1500)), "Month yyyy"),
        " to till date)\n\n",
    )
    b("PERSONAL DETAILS\n")
    rows = [
        ("Father's Name", _nm(father, "{first} {mi}. {last}") if g.chance(0.4) else _nm(father)),
        (
            "Date of Birth",
            ent(
                g.pick(
                    (
                        f"{born:%d-%m-%Y}",
                        f"{born:%d/%m/%Y}",
                        f"{_nth(born.day)} {vocab.MONTHS[born.month - 1]} {born.year}",
                    )
                ),
                "DATE",
                dob=True,
            ),
        ),
        ("Gender", "Female" if me.female else "Male"),
        ("Marital Status", g.pick(("Single", "Married", "Unmarried"))),
        ("Nationality", "Indian"),
        (
            "Languages Known",
            g.pick(
                (
                    "English, Hindi, Kannada",
                    "English, Hindi, Marathi",
                    "English, Tamil",
                    "English, Bengali, Hindi",
                )
            ),
        ),
        ("Passport No.", ent(g.fill("@#######"), "ID")),
        ("PAN", ent(g.fill("@@@@@####@"), "ID")),
        ("Permanent Address", addr_line(perm)),
    ]
    _kv(b, rows, width=20, sep=" : ")
    b(
        "\nDECLARATION\nI hereby declare that the above-mentioned information is true to the best of my "
        "knowledge and belief.\n\n"
    )
    b("Place: ", w.city, "\nDate: ", ent(f"{now:%d/%m/%Y}", "DATE"), " " * 30, "(", _nm(me).upper(), ")\n")


@T("hr_record")
def performance_review_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_GB", "en_CA", "en_AU", "en_IE"))
    emp, mgr, hrbp, mentee1, mentee2 = (g.person(loc) for _ in range(5))
    she, her, _ = _he(emp)
    year = g.rng.randrange(2024, 2026)
    st = "mm/dd/yyyy" if loc in ("en_US", "en_CA") else "dd/mm/yyyy"
    b(f"ANNUAL PERFORMANCE REVIEW - FY{year}\n", g.org(loc), " | Confidential\n\n")
    _kv(
        b,
        [
            ("Employee", _nm(emp)),
            ("Employee ID", g.ident("employee")),
            ("Job title", g.pick(vocab.JOB_TITLES)),
            ("Manager", _nm(mgr, g.pick(("{first} {last}", "{last}, {first}")))),
            ("Review period", (g.date(date(year, 1, 1), st), " - ", g.date(date(year, 12, 31), st))),
            ("Location", places.address(g, loc).city),
        ],
        width=15,
    )
    b("\nSECTION 1 - GOALS\n")
    b(f"{'#':<3}{'Goal':<44}{'Rating':<22}\n")
    goals = (
        "Deliver Q3 platform migration",
        "Reduce customer escalations by 20%",
        "Mentor two junior staff",
        "Complete PMP certification",
        "Roll out new expense policy",
    )
    for i, goal in enumerate(g.rng.sample(goals, 3), 1):
        b(f"{i:<3}{goal:<44}{g.pick(('Exceeds', 'Meets', 'Partially meets', 'Exceeds')):<22}\n")
    b("\nSECTION 2 - MANAGER COMMENTS\n")
    b(
        _first(emp),
        f" had a strong year. {she.capitalize()} mentored ",
        _nm(mentee1),
        " and ",
        _first(mentee2),
    )
    b(" through their first quarter, and both now run their own workstreams. ")
    if g.chance(0.5):
        back = date(year, g.rng.randrange(3, 10), g.rng.randrange(1, 28))
        b(
            "Despite an approved medical leave from ",
            g.date(back - timedelta(days=g.rng.randrange(14, 60)), st),
            " to ",
        )
        b(g.date(back, st), f", {she} delivered the migration on time. ")
    b(f"Area for growth: delegating earlier and sharing {her} calendar with the team.\n\n")
    b("SECTION 3 - EMPLOYEE COMMENTS\n")
    b("I appreciated the support from ", _first(mgr), " and ", _nm(hrbp), " during the reorganisation. ")
    b("I would like to move towards a people-lead role next year.\n\n")
    rating = g.pick(("4 - Exceeds Expectations", "3 - Meets Expectations", "5 - Outstanding"))
    b(f"OVERALL RATING: {rating}\n")
    b(f"Merit increase: {g.rng.randrange(2, 7)}.{g.rng.randrange(10)}%  ")
    b(f"Bonus multiplier: 1.{g.rng.randrange(0, 3)}\n\n")
    sig = date(year + 1, g.rng.randrange(1, 3), g.rng.randrange(1, 28))
    b("Employee signature: ", _nm(emp), "   Date: ", g.date(sig, st), "\n")
    b(
        "Manager signature:  ",
        _nm(mgr),
        "   Date: ",
        g.date(sig - timedelta(days=g.rng.randrange(1, 6)), st),
        "\n",
    )
    b("HR Business Partner: ", _nm(hrbp), "\n")


@T("hr_record")
def onboarding_json_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    me, kin, mgr = g.person(loc), g.person(loc), g.person(loc)
    a = places.address(g, loc)
    start = g.day(2025, 2026)
    us = loc == "en_US"
    q = '"'

    def field(key: str, value, last: bool = False, ind: int = 4, raw: bool = False) -> None:
        b(" " * ind, f'"{key}": ', value if raw else (q, value, q), "" if last else ",", "\n")

    b(
        "{\n",
        '  "event": "worker.hired",\n',
        f'  "event_id": "{g.fill("evt_@@##@@##@@##")}",\n',
        '  "worker": {\n',
    )
    field("worker_id", g.ident("employee"))
    b('    "legal_name": {"first": "', _first(me), '", "last": "', _last(me), '"},\n')
    field("preferred_name", _first(me) if g.chance(0.7) else ent(me.middle, "PERSON"))
    field("date_of_birth", g.date(style="iso", dob=True))
    if us:
        field("ssn", g.ident("ssn"))
    else:
        field("national_id", g.ident("national", loc))
    field("personal_email", g.email(me))
    field("mobile", g.phone(loc, ext=0))
    b('    "home_address": {\n')
    field("line1", a.street, ind=6)
    field("city", a.city, ind=6)
    if a.region:
        field("region", a.region, ind=6)
    field("postal_code", a.zip, ind=6)
    field("country", ent(loc[-2:], "STATE_OR_COUNTRY"), last=True, ind=6)
    b("    },\n")
    b(
        '    "emergency_contacts": [\n      {"name": "',
        _nm(kin),
        '", "relationship": "',
        g.pick(("spouse", "parent", "partner", "sibling")),
    )
    b('", "phone": "', g.phone(loc, ext=0), '"}\n    ],\n')
    if us:
        b(
            '    "direct_deposit": {"routing": "',
            g.ref(text=g.digits(9)),
            '", "account": "',
            g.ident("account"),
            '", "type": "checking"},\n',
        )
    else:
        b('    "bank": {"iban": "', g.iban(loc), '"},\n')
    field("start_date", g.date(start, "iso"))
    field("manager_id", g.ident("employee"))
    b('    "manager_name": "', _nm(mgr), '",\n')
    b(
        '    "job": {"title": "',
        g.pick(vocab.JOB_TITLES),
        '", "department": "',
        g.pick(("Finance", "Engineering", "Sales", "Operations")),
    )
    b('", "fte": 1.0, "remote": ', g.pick(("true", "false")), "}\n  }\n}\n")


@T("hr_record")
def payslip_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_GB", "en_US", "en_AU", "en_GB", "en_US"))
    me = g.person(loc)
    a = places.address(g, loc)
    firm = g.org(loc)
    pay = g.day(2024, 2026)
    gross = g.rng.randrange(2400, 7800)
    b(firm, "\n")
    if loc == "en_GB":
        b("PAYSLIP", " " * 30, "Pay date: ", g.date(pay, "dd/mm/yyyy"), "\n\n")
        b("    ", _nm(me).upper(), "\n", places.block(a, indent="    "), "\n")
        _kv(
            b,
            [
                ("Employee no", g.ident("employee")),
                ("NI number", g.ident("national", "en_GB")),
                ("Tax code", g.pick(("1257L", "BR", "1257L M1", "K475"))),
                ("Period", f"Month {g.rng.randrange(1, 13)}"),
            ],
            width=13,
        )
        tax, ni, pen = gross * 0.14, gross * 0.08, gross * 0.05
        b("\nPAYMENTS", " " * 26, "AMOUNT\n", f"{'Basic salary':<34}{gross:>10,.2f}\n")
        b(
            "DEDUCTIONS\n",
            f"{'PAYE tax':<34}{tax:>10,.2f}\n{'National Insurance':<34}{ni:>10,.2f}\n",
            f"{'Pension 5%':<34}{pen:>10,.2f}\n",
        )
        b(f"{'NET PAY':<34}{gross - tax - ni - pen:>10,.2f}\n\n")
        b("Paid by BACS to sort code ", g.fill("##-##-##"), " account ", g.ident("account"), "\n")
    elif loc == "en_US":
        start = pay - timedelta(days=14)
        b("EARNINGS STATEMENT\n\n", _nm(me), "\n", places.block(a), "\n")
        _kv(
            b,
            [
                ("Employee ID", g.ident("employee")),
                ("SSN", g.ref(text=g.fill("XXX-XX-####"))),
                (
                    "Pay period",
                    (g.date(start, "mm/dd/yyyy"), " - ", g.date(pay - timedelta(days=1), "mm/dd/yyyy")),
                ),
                ("Pay date", g.date(pay, "mm/dd/yyyy")),
            ],
            width=13,
        )
        fed, ss, med, state = gross * 0.12, gross * 0.062, gross * 0.0145, gross * 0.045
        b(f"\n{'Description':<26}{'Current':>12}{'YTD':>14}\n")
        for label, amt in (
            ("Regular", gross),
            ("Federal Income Tax", -fed),
            ("Social Security", -ss),
            ("Medicare", -med),
            (f"{a.region.text if a.region else 'State'} State Tax", -state),
        ):
            b(f"{label:<26}{amt:>12,.2f}{amt * g.rng.randrange(3, 20):>14,.2f}\n")
        b(f"{'NET PAY':<26}{gross - fed - ss - med - state:>12,.2f}\n\n")
        b("Direct deposit: checking ****", g.ref(text=g.digits(4)), "\n")
    else:
        b("PAY ADVICE", " " * 20, "ABN ", g.ref(text=g.fill("## ### ### ###")), "\n\n")
        b("Employee: ", _nm(me), "\n", places.block(a), "\n")
        _kv(
            b,
            [
                ("Pay period ending", g.date(pay, "dd/mm/yyyy")),
                ("Tax file number", g.ident("national", "en_AU")),
                ("Super fund", (g.org(loc), " member ", g.ident("member"))),
            ],
            width=18,
        )
        tax = gross * 0.19
        b(f"\nGross earnings{gross:>20,.2f}\nPAYG withholding{-tax:>18,.2f}\nNet pay{gross - tax:>27,.2f}\n")
        b(
            f"Super guarantee 11.5%{gross * 0.115:>13,.2f}\n\nPaid to BSB ",
            g.ref(text=g.fill("###-###")),
            " account ",
            g.ident("account"),
            "\n",
        )
    b("\nQueries: payroll on ", g.phone(loc), "\n")


@T("hr_record")
def hris_csv_c(g: Gen, b: Builder) -> None:
    locs = [g.locale] + g.other_locales(3)
    firm = g.org("en_US")
    dom = g.domain_of(firm)
    sep = g.pick((",", ";", ","))
    b(
        "employee_id",
        sep,
        "first_name",
        sep,
        "last_name",
        sep,
        "work_email",
        sep,
        "mobile",
        sep,
        "date_of_birth",
        sep,
    )
    b("hire_date", sep, "department", sep, "manager", sep, "city", sep, "postcode", sep, "country\n")
    mgr = g.person(locs[0])
    for i in range(g.rng.randrange(4, 8)):
        loc = g.pick(locs)
        p = g.person(loc)
        a = places.address(g, loc)
        boss = _nm(mgr, "{last}, {first}") if i else None
        b(
            g.ident("employee"),
            sep,
            _first(p),
            sep,
            _last(p),
            sep,
            g.email(p, dom),
            sep,
            g.phone(loc, ext=0),
            sep,
        )
        b(
            g.date(style="iso", dob=True),
            sep,
            g.date(g.day(2012, 2026), "iso"),
            sep,
            g.pick(("Finance", "R&D", "Sales", "Ops", "Legal")),
            sep,
        )
        if boss is None:
            b("", sep)
        else:
            b('"' if sep == "," else "", boss, '"' if sep == "," else "", sep)
        b(a.city, sep, a.zip, sep, ent(loc[-2:], "STATE_OR_COUNTRY"), "\n")


# ================================================================ form_invoice

_CCY = {
    "en_GB": "GBP",
    "pl_PL": "PLN",
    "sv_SE": "SEK",
    "da_DK": "DKK",
    "cs_CZ": "CZK",
    "hu_HU": "HUF",
    "no_NO": "NOK",
}
_INVOICE_WORD = {
    "de_DE": "RECHNUNG",
    "fr_FR": "FACTURE",
    "nl_NL": "FACTUUR",
    "es_ES": "FACTURA",
    "it_IT": "FATTURA",
    "pl_PL": "FAKTURA",
}


@T("form_invoice")
def saas_invoice_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_IE", "en_GB", "pl_PL", "fi_FI", "da_DK"))
    vend_loc = g.pick(("en_IE", "nl_NL", "de_DE", loc))
    vendor, client = g.org(vend_loc), g.org(loc)
    va, ca = places.address(g, vend_loc), places.address(g, loc)
    contact, billing = g.person(loc), g.person(vend_loc)
    ccy = _CCY.get(loc, "EUR")
    d = g.day(2024, 2026)
    st = "dd.mm.yyyy" if loc in ("de_DE", "pl_PL", "fi_FI", "da_DK") else "dd/mm/yyyy"
    inv = g.ref(text=g.fill(g.pick(("INV-20##-#####", "%#####", "RE-20##-####"))))
    word = _INVOICE_WORD.get(loc)
    b(
        "INVOICE" + (f" / {word}" if word else ""),
        "\n\n",
        vendor,
        "\n",
        places.one_line(va, country=True),
        "\n",
    )
    b("VAT ID: ", g.ref(text=g.fill(g.pick(("IE#######@", "NL#########B01", "DE#########")))), "\n\n")
    _kv(
        b,
        [
            ("Invoice no.", inv),
            ("Invoice date", g.date(d, st)),
            ("Due date", g.date(d + timedelta(days=30), st)),
            ("Customer no.", g.ref(text=g.fill("C-%####"))),
        ],
        width=14,
    )
    b("\nBill to:\n", client, "\n", "Attn: ", _nm(contact), "\n", places.block(ca, country=True))
    b("VAT ID: ", g.ref(text=g.fill(loc[-2:] + "##########")), "\n")
    b("E-mail invoices to: ", g.email(contact, g.domain_of(client)), "\n\n")
    b(f"{'#':<3}{'Description':<38}{'Qty':>5}{'Unit':>12}{'Amount':>12}\n", "-" * 70, "\n")
    total = 0.0
    for i, item in enumerate(g.rng.sample(vocab.PRODUCT_LINES, g.rng.randrange(2, 5)), 1):
        qty, unit = g.rng.randrange(1, 25), g.rng.randrange(9, 900) + 0.5 * g.rng.randrange(2)
        total += qty * unit
        b(f"{i:<3}{item:<38}{qty:>5}{unit:>12,.2f}{qty * unit:>12,.2f}\n")
    period = d - timedelta(days=30)
    b(
        f"{'':<3}Service period ",
        g.date(period, st),
        " - ",
        g.date(d - timedelta(days=1), st),
        "\n",
        "-" * 70,
        "\n",
    )
    vat = total * g.pick((0.19, 0.21, 0.23, 0.2, 0.0))
    b(f"{'Subtotal':<58}{total:>12,.2f}\n{'VAT':<58}{vat:>12,.2f}\n")
    b(f"{'TOTAL ' + ccy:<58}{total + vat:>12,.2f}\n\n")
    if vat == 0:
        b("Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).\n\n")
    b("Please pay by bank transfer quoting ", inv, "\n")
    b("IBAN: ", g.iban(vend_loc), "   BIC: ", g.ref(text=g.fill("@@@@@@##")), "\n\n")
    b(
        "Billing questions: ",
        _nm(billing),
        ", ",
        g.email(billing, g.domain_of(vendor)),
        ", ",
        g.phone(vend_loc),
        "\n",
    )


@T("form_invoice")
def auto_claim_fnol_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    me, tp, wit = g.person(loc), g.person(loc), g.person(loc)
    a = places.address(g, loc)
    scene = places.address(g, loc)
    d = g.day(2024, 2026)
    st = "mm/dd/yyyy" if loc in ("en_US", "en_CA") else "dd/mm/yyyy"
    insurer = g.org(loc)
    b(insurer, "\nFIRST NOTIFICATION OF LOSS - MOTOR\n", "=" * 38, "\n")
    b("Claim ref: ", g.ref(text=g.fill("MTR-%#######")), "    Policy no: ", g.ident("policy"), "\n")
    b(
        "Reported: ",
        g.date(d + timedelta(days=g.rng.randrange(0, 3)), st),
        " by [X] Policyholder  [ ] Broker  [ ] Third party\n\n",
    )
    b("1. POLICYHOLDER / DRIVER\n")
    _kv(
        b,
        [
            ("Name", _nm(me)),
            ("Date of birth", g.date(style=st, dob=True)),
            ("Address", places.one_line(a)),
            ("Phone", g.phone(loc, ext=0)),
            ("Email", g.email(me)),
            ("Licence no" if loc != "en_US" else "Driver license #", g.ident("licence")),
        ],
        width=18,
        indent="   ",
    )
    make = g.pick(("Toyota Corolla", "Ford Focus", "VW Golf", "Honda CR-V", "Tesla Model 3", "Hyundai i30"))
    b(
        "\n2. VEHICLE\n   Make/model: ",
        f"{make} ({g.rng.randrange(2012, 2025)})",
        "    Reg: ",
        g.ident("vehicle"),
    )
    b("    VIN: ", ent(g.fill("@@@@%##@#@#######").replace("I", "J").replace("O", "P"), "ID"), "\n\n")
    b("3. INCIDENT\n   Date/time: ", g.date(d, st), f" at {_hm(g, 6, 22)}\n")
    b(
        "   Location: ",
        scene.street,
        ", ",
        scene.city,
        f" ({g.pick(('junction', 'car park', 'roundabout exit', 'outside no. 14'))})\n",
    )
    b(
        "   Description: ",
        g.pick(
            (
                "I was stationary at the lights when the other vehicle hit my rear bumper.",
                "Third party reversed out of a bay into my passenger door.",
                "Other driver pulled out of a side road without stopping; I could not avoid contact.",
            )
        ),
        "\n   Police attended: ",
        g.pick(("No", "Yes - ref ")),
    )
    if b.text.endswith("ref "):
        b(g.ref(text=g.fill("CAD ####/##")))
    b("\n\n4. THIRD PARTY\n")
    _kv(
        b,
        [
            ("Name", _nm(tp)),
            ("Phone", g.phone(loc, ext=0)),
            ("Vehicle reg", g.ident("vehicle")),
            ("Insurer / policy", (g.org(loc), " / ", g.ident("policy"))),
        ],
        width=18,
        indent="   ",
    )
    b(
        "\n5. WITNESS\n   ",
        _nm(wit),
        ", ",
        g.phone(loc, ext=0),
        g.pick(("", " (pedestrian)", " (passenger in my car)")),
        "\n\n",
    )
    b(
        "6. INJURIES: ",
        g.pick(
            ("None reported", "Minor whiplash - seen at walk-in centre", "Passenger bruising, no treatment")
        ),
        "\n\n",
    )
    b(
        "I declare the information above is true and complete.\nSigned: ",
        _nm(me),
        "    Date: ",
        g.date(d + timedelta(days=1), st),
        "\n",
    )


@T("form_invoice")
def rental_application_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, ("en_US", "en_US", "en_CA"))
    me, co, old_ll, boss, kin = (g.person(loc) for _ in range(5))
    prop, cur, prev = (places.address(g, loc) for _ in range(3))
    d = g.day(2024, 2026)
    st = "mm/dd/yyyy"
    under = g.chance(0.4)

    def row(label: str, value) -> None:
        b(f"{label}: ", ("__", value, "__") if under else value, "\n")

    b("RESIDENTIAL RENTAL APPLICATION\n", g.org(loc), " Property Management\n\n")
    b(
        "Property applied for: ",
        places.one_line(prop),
        "\nDesired move-in: ",
        g.date(d + timedelta(days=g.rng.randrange(10, 45)), st),
        "\n\n",
    )
    b("APPLICANT\n")
    row("Full legal name", _nm(me, "{first} {mi}. {last}") if g.chance(0.5) else _nm(me))
    row("Date of birth", g.date(style=st, dob=True))
    row("SSN" if loc == "en_US" else "SIN", g.ident("ssn") if loc == "en_US" else g.ident("national", loc))
    row("Driver's license # / state", (g.ident("licence"), " / ", prop.region or "ON"))
    row("Cell phone", g.phone(loc, ext=0))
    row("Email", g.email(me))
    b("\nRESIDENCE HISTORY\n")
    row("Current address", places.one_line(cur))
    b(
        f"Since: {g.rng.randrange(2015, 2024)}    Rent: ${g.rng.randrange(900, 3200):,}/mo    Landlord: ",
        _nm(old_ll),
        "  ",
        g.phone(loc),
        "\n",
    )
    b(
        "Reason for leaving: ",
        g.pick(("closer to work", "need more space", "owner selling", "lease ending")),
        "\n",
    )
    row("Previous address", places.one_line(prev))
    b("\nEMPLOYMENT\n")
    row("Employer", g.org(loc))
    b(
        "Position: ",
        g.pick(vocab.JOB_TITLES),
        f"    Monthly gross income: ${g.rng.randrange(3000, 14000):,}\n",
    )
    b("Supervisor: ", _nm(boss), "    Phone: ", g.phone(loc), "\n")
    b("Start date: ", g.date(g.day(2012, 2024), st), "\n\n")
    b("OTHER OCCUPANTS\n")
    b("1. ", _nm(co), ", ", g.pick(("spouse", "partner", "roommate")), ", age ", g.age(), "\n")
    if g.chance(0.6):
        kid = g.person(loc)
        b("2. ", _nm(kid, "{first} {last}"), ", child, age ", g.age(g.rng.randrange(1, 17)), "\n")
    b(
        "\nPets: ",
        g.pick(("none", "1 cat", "1 dog (25 lb, spayed)")),
        "    Vehicles: ",
        g.pick(("Honda Civic", "Subaru Outback", "Ford F-150")),
        " plate ",
        g.ident("vehicle"),
        "\n",
    )
    b(
        "Emergency contact (not living with you): ",
        _nm(kin),
        ", ",
        g.pick(("mother", "brother", "aunt", "friend")),
        ", ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    b("Have you ever been evicted?  [ ] Yes  [X] No\n")
    b("Have you ever filed for bankruptcy?  [ ] Yes  [X] No\n\n")
    b("I authorize the landlord to obtain consumer credit and background reports.\n")
    b("Applicant signature: ", _nm(me), "   Date: ", g.date(d, st), "\n")
    b(
        "Application fee $",
        str(g.pick((35, 45, 50, 55))),
        " paid by card ending ",
        g.ref(text=g.digits(4)),
        "\n",
    )


@T("form_invoice")
def customs_cn23_c(g: Gen, b: Builder) -> None:
    keys = list(LOCALES) + list(HAND)
    k1, k2 = g.rng.sample(keys, 2)
    g.multi = True
    sender, rcpt = person_in(g, k1), person_in(g, k2)
    w1, w2 = where(g, k1), where(g, k2)
    d = g.day(2024, 2026)
    fr = g.chance(0.4)
    b("CUSTOMS DECLARATION  CN 23" + ("  DÉCLARATION EN DOUANE" if fr else ""), "\n")
    b("Item no. (bar code): ", g.ref(text=g.fill("@@#########") + w1.cc), "\n\n")
    b("FROM" + (" / Expéditeur" if fr else ""), "\n")
    _kv(
        b,
        [
            ("Name", name_local(sender)),
            ("Street", w1.street),
            ("Postcode / City", ((w1.zip, " ") if w1.zip else (), w1.city)),
            ("Country", w1.country.upper()),
            ("Phone", phone_in(g, k1)),
            ("Email", mail_in(g, sender, k1)),
        ],
        width=17,
        indent="  ",
    )
    if w1.extra is not None:
        b("  (", w1.extra, ")\n")
    b(
        "\nTO" + (" / Destinataire" if fr else ""),
        "\n  ",
        _nm(rcpt).upper() if g.chance(0.4) else name_local(rcpt),
        "\n",
    )
    b(addr_block(w2, "  ", country=True, caps=g.chance(0.5)))
    b("  Tel: ", phone_in(g, k2), "\n")
    if g.chance(0.4):
        b("  Importer's reference (tax/VAT code): ", g.ident("tax"), "\n")
    b(
        "\n",
        f"{'Detailed description of contents':<34}{'Qty':>4}{'Weight kg':>11}{'Value':>9}  HS no.  Origin\n",
    )
    goods = (
        ("Hand-knitted wool scarf", "611710"),
        ("Children's books", "490300"),
        ("Green tea, 200 g", "090210"),
        ("Ceramic mug", "691200"),
        ("Phone case", "392690"),
        ("Chocolate", "180690"),
    )
    for name, hs in g.rng.sample(goods, g.rng.randrange(1, 4)):
        qty, kg, val = g.rng.randrange(1, 4), g.rng.randrange(1, 20) / 10, g.rng.randrange(5, 80)
        b(f"{name:<34}{qty:>4}{kg:>11.2f}{val:>9}  {hs}  {w1.cc}\n")
    b("\n[X] Gift   [ ] Commercial sample   [ ] Documents   [ ] Returned goods   [ ] Sale of goods\n")
    b(
        "Explanation: ",
        g.pick(("birthday present for my niece", "gift for a friend", "family parcel")),
        "\n\n",
    )
    b("I certify that the particulars given in this customs declaration are correct.\n")
    b(
        "Date and sender's signature: ",
        g.date(d, g.pick(("dd.mm.yyyy", "dd/mm/yyyy", "iso"))),
        "  ",
        _nm(sender),
        "\n",
    )


_SEPA = {
    "de_DE": (
        "SEPA-Lastschriftmandat",
        "Zahlungsempfänger",
        "Gläubiger-Identifikationsnummer",
        "Mandatsreferenz",
        "Kontoinhaber",
        "Anschrift",
        "Zahlungsart: [X] wiederkehrend  [ ] einmalig",
        "Ort, Datum",
        "Unterschrift",
    ),
    "fr_FR": (
        "Mandat de prélèvement SEPA",
        "Créancier",
        "Identifiant créancier SEPA",
        "Référence unique du mandat",
        "Débiteur",
        "Adresse",
        "Type de paiement : [X] récurrent  [ ] ponctuel",
        "Fait à, le",
        "Signature",
    ),
    "nl_NL": (
        "Doorlopende machtiging SEPA",
        "Incassant",
        "Incassant ID",
        "Kenmerk machtiging",
        "Naam rekeninghouder",
        "Adres",
        "Soort incasso: [X] doorlopend  [ ] eenmalig",
        "Plaats en datum",
        "Handtekening",
    ),
    "es_ES": (
        "Orden de domiciliación de adeudo directo SEPA",
        "Acreedor",
        "Identificador del acreedor",
        "Referencia de la orden",
        "Titular de la cuenta",
        "Dirección",
        "Tipo de pago: [X] recurrente  [ ] único",
        "Lugar y fecha",
        "Firma",
    ),
    "it_IT": (
        "Mandato per addebito diretto SEPA",
        "Creditore",
        "Codice identificativo del creditore",
        "Riferimento del mandato",
        "Titolare del conto",
        "Indirizzo",
        "Tipo di pagamento: [X] ricorrente  [ ] singolo",
        "Luogo e data",
        "Firma",
    ),
    "fi_FI": (
        "SEPA Direct Debit Mandate",
        "Creditor",
        "Creditor identifier",
        "Mandate reference",
        "Debtor name",
        "Address",
        "Type of payment: [X] recurrent  [ ] one-off",
        "Place and date",
        "Signature",
    ),
}


_SEPA_TEXT = {
    "de_DE": "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift "
    "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom Zahlungsempfänger auf mein Konto "
    "gezogenen Lastschriften einzulösen.\n\n",
    "fr_FR": "En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à "
    "votre banque pour débiter votre compte.\n\n",
    "nl_NL": "Door ondertekening van dit formulier geeft u toestemming aan de incassant om doorlopende "
    "incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven.\n\n",
    "es_ES": "Mediante la firma de esta orden de domiciliación, el deudor autoriza al acreedor a enviar "
    "instrucciones a la entidad del deudor para adeudar su cuenta.\n\n",
    "it_IT": "La sottoscrizione del presente mandato comporta l'autorizzazione al creditore a richiedere "
    "alla banca del debitore l'addebito del suo conto.\n\n",
    "en": "By signing this mandate form, you authorise the creditor to send instructions to your bank to "
    "debit your account.\n\n",
}


@T("form_invoice")
def sepa_mandate_c(g: Gen, b: Builder) -> None:
    loc = _loc(g, tuple(_SEPA))
    title, cred, cid, mref, holder, addr, kind, place, sig = _SEPA[loc]
    me = g.person(loc)
    firm = g.org(loc)
    fa, a = places.address(g, loc), places.address(g, loc)
    d = g.day(2024, 2026)
    st = "dd.mm.yyyy" if loc in ("de_DE", "fi_FI") else "dd/mm/yyyy"
    b(title.upper(), "\n\n", cred, ": ", firm, ", ", places.one_line(fa), "\n")
    b(cid, ": ", g.ref(text=g.fill(loc[-2:].upper() + "##ZZZ0000#######")), "\n")
    b(mref, ": ", g.ref(text=g.fill("M-%#####-##")), "\n\n")
    b(_SEPA_TEXT.get(loc, _SEPA_TEXT["en"]))
    _kv(
        b,
        [
            (holder, _nm(me, "{last}, {first}") if loc == "de_DE" and g.chance(0.5) else _nm(me)),
            (addr, places.one_line(a)),
            ("IBAN", g.iban(loc)),
            ("BIC", g.ref(text=g.fill("@@@@" + loc[-2:].upper() + "@@"))),
        ],
        width=max(len(holder), len(addr)) + 3,
    )
    b("\n", kind, "\n\n", place, ": ", a.city, ", ", g.date(d, st), "\n", sig, ": ", _nm(me), "\n")
    if g.chance(0.4):
        b(
            "\nKundennummer: " if loc == "de_DE" else "\nCustomer no.: ",
            g.ident("account"),
            "   Tel. ",
            g.phone(loc, ext=0),
            "\n",
        )


@T("form_invoice")
def card_authorization_c(g: Gen, b: Builder) -> None:
    loc = g.locale
    guest, holder = g.person(loc), g.person(loc)
    same = g.chance(0.5)
    if same:
        holder = guest
    hotel = g.org(loc)
    a = places.address(g, loc)
    arr = g.day(2024, 2026)
    dep = arr + timedelta(days=g.rng.randrange(1, 8))
    st = "mm/dd/yyyy" if loc == "en_US" else "dd/mm/yyyy"
    b("CREDIT CARD AUTHORIZATION FORM\n", hotel, " - Reservations\n\n")
    b("Please complete, sign and return by email. Incomplete forms cannot be processed.\n\n")
    _kv(
        b,
        [
            ("Guest name", _nm(guest)),
            ("Confirmation #", g.ref(text=g.fill("%#######"))),
            ("Arrival", g.date(arr, st)),
            ("Departure", g.date(dep, st)),
            (
                "Charges authorized",
                g.pick(("Room & tax only", "All charges incl. incidentals", "Deposit only")),
            ),
        ],
        width=21,
    )
    b("\nCARDHOLDER INFORMATION\n")
    b(
        "Card type: ",
        g.pick(("[X] Visa  [ ] MC  [ ] Amex", "[ ] Visa  [X] MC  [ ] Amex", "[ ] Visa  [ ] MC  [X] Amex")),
        "\n",
    )
    _kv(
        b,
        [
            ("Cardholder name", _nm(holder).upper() if g.chance(0.4) else _nm(holder)),
            ("Card number", g.card()),
            ("Expiry", f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(26, 32)}"),
            ("CVV", g.fill("###")),
            ("Billing address", places.one_line(a, country=g.chance(0.3))),
            ("Phone", g.phone(loc, ext=0)),
            ("Email", g.email(holder)),
        ],
        width=21,
    )
    b("\nI, ", _nm(holder), ", authorize ", hotel, " to charge the card above for the stay of ")
    b(
        "myself" if same else _nm(guest),
        " as indicated. I understand that this authorization remains valid until the ",
    )
    b(
        "balance is settled.\n\nSignature: ",
        _nm(holder),
        "        Date: ",
        g.date(arr - timedelta(days=g.rng.randrange(1, 20)), st),
        "\n",
    )
    b("Please attach a copy of the front of the card and a photo ID.\n")


@T("form_invoice")
def eob_statement_c(g: Gen, b: Builder) -> None:
    g.locale = loc = "en_US"
    member, dep, doc = g.person(loc), g.person(loc), g.person(loc)
    a = places.address(g, loc)
    insurer = g.org(loc)
    d = g.day(2024, 2026)
    patient = dep if g.chance(0.5) else member
    b(insurer, "\nEXPLANATION OF BENEFITS\n", "THIS IS NOT A BILL\n\n")
    b(_nm(member).upper(), "\n", upper(places.block(a)), "\n")
    _kv(
        b,
        [
            ("Statement date", g.date(d, "Month d, yyyy")),
            ("Member", _nm(member)),
            ("Member ID", g.ident("member")),
            ("Group #", g.ref(text=g.fill("%#####"))),
            (
                "Patient",
                (_nm(patient), " (", "self" if patient is member else g.pick(("spouse", "dependent")), ")"),
            ),
            ("Claim #", g.ref(text=g.fill("%###########"))),
            ("Provider", ("Dr. ", _nm(doc), " / ", g.org(loc))),
        ],
        width=16,
    )
    b(f"\n{'Date of service':<17}{'Service':<28}{'Billed':>9}{'Allowed':>9}{'Plan paid':>11}{'You owe':>9}\n")
    svc = (
        ("Office visit, est.", 99214),
        ("Lab - lipid panel", 80061),
        ("X-ray chest 2v", 71046),
        ("Flu vaccine", 90686),
        ("Physical therapy", 97110),
    )
    owe_total = 0.0
    for name, _code in g.rng.sample(svc, g.rng.randrange(1, 4)):
        billed = g.rng.randrange(80, 600)
        allowed = billed * g.rng.randrange(40, 90) / 100
        paid = allowed * 0.8
        owe_total += allowed - paid
        b(g.date(d - timedelta(days=g.rng.randrange(10, 60)), "mm/dd/yyyy"), " " * 7)
        b(f"{name:<28}{billed:>9.2f}{allowed:>9.2f}{paid:>11.2f}{allowed - paid:>9.2f}\n")
    b(f"\nTotal you may owe the provider: ${owe_total:,.2f}\n")
    b(f"Deductible met this year: ${g.rng.randrange(0, 1500):,} of $1,500\n\n")
    b("Questions? Call Member Services at ", g.phone(loc), " (TTY 711) or visit the member portal.\n")
    b("You have the right to appeal within 180 days of ", g.date(d, "Month d, yyyy"), ".\n")


# ================================================================ intl_contacts

_ALL_KEYS = tuple(LOCALES) + HAND


def _keys(g: Gen, n: int, hand: int = 1) -> list[str]:
    """n distinct countries for one document, at least `hand` of them from the HAND list."""
    g.multi = True
    first = g.rng.sample(HAND, hand)
    rest = g.rng.sample([k for k in _ALL_KEYS if k not in first], n - hand)
    out = first + rest
    g.rng.shuffle(out)
    return out


def _vesc(e: Ent | None) -> Ent | str:
    if e is None:
        return ""
    return Ent(e.text.replace(",", "\\,").replace(";", "\\;"), e.entity, e.tier)


@T("intl_contacts")
def vcard_bundle_c(g: Gen, b: Builder) -> None:
    version = g.pick(("3.0", "3.0", "4.0", "2.1"))
    for key in _keys(g, g.rng.randrange(3, 6), hand=g.rng.randrange(1, 3)):
        p = person_in(g, key)
        w = where(g, key)
        b("BEGIN:VCARD\nVERSION:", version, "\n")
        b("N:", _last(p), ";", _first(p), ";;;\nFN:", name_local(p) if g.chance(0.3) else _nm(p), "\n")
        if g.chance(0.5):
            b("ORG:", g.org(g.pick(LOCALES)), "\n")
        tel = phone_in(g, key)
        if version == "2.1":
            b("TEL;CELL:", tel, "\n")
        elif version == "4.0":
            b("TEL;TYPE=cell;VALUE=uri:tel:", tel, "\n")
        else:
            b("TEL;TYPE=CELL:", tel, "\n")
        if g.chance(0.4):
            b("TEL;TYPE=HOME:" if version != "2.1" else "TEL;HOME:", phone_in(g, key), "\n")
        b("EMAIL;TYPE=INTERNET:" if version != "2.1" else "EMAIL;INTERNET:", mail_in(g, p, key), "\n")
        region = _vesc(w.region)
        b(
            "ADR;TYPE=HOME:;;" if version != "2.1" else "ADR;HOME:;;",
            _vesc(w.street),
            ";",
            _vesc(w.city),
            ";",
            region,
            ";",
        )
        b(w.zip or "", ";", w.country, "\n")
        if g.chance(0.6):
            b("BDAY:", g.date(style="iso", dob=True), "\n")
        if g.chance(0.3):
            b(
                "NOTE:",
                g.pick(("met at the Lisbon conference", "Airbnb host", "kids' football coach", "accountant")),
                "\n",
            )
        b("END:VCARD\n")


_SALUTE = {
    "de_DE": ("Herrn", "Frau"),
    "AT": ("Herrn", "Frau"),
    "CH": ("Herr", "Frau"),
    "fr_FR": ("Monsieur", "Madame"),
    "BE": ("M.", "Mme"),
    "es_ES": ("Sr.", "Sra."),
    "MX": ("Sr.", "Sra."),
    "it_IT": ("Sig.", "Sig.ra"),
    "nl_NL": ("Dhr.", "Mevr."),
    "pt_BR": ("Sr.", "Sra."),
    "PT": ("Exmo. Sr.", "Exma. Sra."),
    "pl_PL": ("Pan", "Pani"),
}


@T("intl_contacts")
def envelope_labels_c(g: Gen, b: Builder) -> None:
    boxed = g.chance(0.5)
    b(
        g.pick(
            ("Christmas card list", "Wedding invitations - overseas guests", "Mailing labels (Avery L7160)")
        ),
        "\n\n",
    )
    for key in _keys(g, g.rng.randrange(4, 7), hand=2):
        p = person_in(g, key)
        w = where(g, key)
        caps = g.chance(0.4)
        if boxed:
            b("+" + "-" * 38 + "\n")
        ind = "| " if boxed else ""
        sal = _SALUTE.get(key)
        if sal:
            b(ind, sal[p.female], "\n" if key in ("de_DE", "AT", "CH") else " ")
            if key not in ("de_DE", "AT", "CH"):
                b(_nm(p).upper() if caps else _nm(p), "\n")
            else:
                b(ind, _nm(p).upper() if caps else _nm(p), "\n")
        elif key == "JP":
            b(ind, name_local(p), " 様\n" if g.chance(0.5) else "\n")
        elif key in ("en_GB", "en_IE", "en_AU", "NZ") and g.chance(0.5):
            b(
                ind,
                g.title(p) if key.startswith("en") else g.pick(("Mr ", "Ms ")),
                _nm(p, "{first} {last}").upper() if caps else _nm(p),
                "\n",
            )
        else:
            b(ind, _nm(p).upper() if caps else name_local(p), "\n")
        if g.chance(0.15):
            b(ind, "c/o ", _nm(person_in(g, key)), "\n")
        b(addr_block(w, ind, country=True, caps=caps))
        b("\n" if not boxed else "")
    if boxed:
        b("+" + "-" * 38 + "\n")


@T("intl_contacts")
def alumni_directory_c(g: Gen, b: Builder) -> None:
    school = _org(
        g.pick(
            (
                "INSEAD",
                "London School of Economics",
                "Erasmus Mundus EMJMD",
                "Hult International Business School",
                "Rotary Youth Exchange",
            )
        )
    )
    b(school, " - Alumni Directory (members only, do not forward)\n")
    year = g.rng.randrange(2005, 2020)
    b(f"Class of {year}\n\n")
    keys = _keys(g, g.rng.randrange(3, 6), hand=g.rng.randrange(1, 3))
    for key in keys:
        w0 = where(g, key)
        b("=== ", w0.country.upper(), " ===\n")
        for _ in range(g.rng.randrange(1, 3)):
            p = person_in(g, key)
            w = where(g, key)
            b(_nm(p, "{last}").upper(), ", ", _first(p))
            if p.female and g.chance(0.3):
                b(" (née ", ent(g.fake("en_GB").last_name(), "PERSON"), ")")
            b(f"  '{year % 100:02d}\n")
            b("   ", addr_line(w), "\n")
            b("   ", phone_in(g, key), " · ", mail_in(g, p, key), "\n")
            if g.chance(0.4):
                b("   ", g.pick(vocab.JOB_TITLES), " at ", g.org(g.pick(LOCALES)), "\n")
            if g.chance(0.3):
                b("   ", g.url(p), "\n")
        b("\n")
    b("Send updates to the alumni office via the members' portal.\n")


@T("intl_contacts")
def registration_json_c(g: Gen, b: Builder) -> None:
    keys = _keys(g, g.rng.randrange(3, 6), hand=g.rng.randrange(1, 3))
    ev = g.pick(("PyCon", "EuroSciPy", "KubeCon", "RSA Summit", "Gartner Symposium"))
    b('{\n  "event": "', ev, f' {g.rng.randrange(2025, 2027)}",\n  "exported_by": "registrations-api",\n')
    if g.chance(0.5):
        org = g.person("en_GB")
        b(
            '  "organiser": {"name": "',
            _nm(org),
            '", "email": "',
            g.email(org, "eventops.example.org"),
            '"},\n',
        )
    b('  "attendees": [\n')
    for i, key in enumerate(keys):
        p = person_in(g, key)
        w = where(g, key)
        b("    {\n")
        b(f'      "id": "A-{g.rng.randrange(1000, 9999)}",\n')
        b('      "given_name": "', _first(p), '",\n      "family_name": "', _last(p), '",\n')
        b('      "badge_name": "', _first(p) if g.chance(0.7) else name_local(p), '",\n')
        b('      "email": "', mail_in(g, p, key), '",\n      "phone": "', phone_in(g, key), '",\n')
        b(
            '      "address": {"street": "',
            w.street,
            '", "city": "',
            w.city,
            '", "postal_code": "',
            w.zip or "",
            '", "country": "',
        )
        b(ent(w.cc, "STATE_OR_COUNTRY"), '"},\n')
        b('      "ticket": "', g.pick(("speaker", "standard", "student", "early-bird")), '",\n')
        b('      "dietary": "', g.pick(("none", "vegetarian", "halal", "vegan", "gluten-free")), '",\n')
        b('      "ip": "', g.ip(), '"\n')
        b("    }", "," if i < len(keys) - 1 else "", "\n")
    b("  ]\n}\n")


_PASSPORT = {
    "JP": "@@#######",
    "IN": "@#######",
    "KR": "M########",
    "de_DE": "C@@#####@",
    "en_US": "%########",
    "en_GB": "#########",
    "fr_FR": "##@@#####",
    "CH": "@#######",
    "MX": "@########",
}
_NAT = {
    "en_US": "USA",
    "en_GB": "GBR",
    "en_CA": "CAN",
    "en_AU": "AUS",
    "en_IE": "IRL",
    "de_DE": "DEU",
    "fr_FR": "FRA",
    "es_ES": "ESP",
    "it_IT": "ITA",
    "nl_NL": "NLD",
    "pl_PL": "POL",
    "pt_BR": "BRA",
    "sv_SE": "SWE",
    "no_NO": "NOR",
    "fi_FI": "FIN",
    "da_DK": "DNK",
    "cs_CZ": "CZE",
    "sl_SI": "SVN",
    "hu_HU": "HUN",
    "vi_VN": "VNM",
    "JP": "JPN",
    "KR": "KOR",
    "SG": "SGP",
    "IN": "IND",
    "MX": "MEX",
    "CH": "CHE",
    "AT": "AUT",
    "BE": "BEL",
    "NZ": "NZL",
    "ZA": "ZAF",
    "PT": "PRT",
}


@T("intl_contacts")
def rooming_manifest_c(g: Gen, b: Builder) -> None:
    keys = _keys(g, g.rng.randrange(4, 7), hand=2)
    d = g.day(2024, 2026)
    b(
        "GROUP ROOMING LIST / PASSENGER MANIFEST\n",
        "Group: ",
        g.org("en_GB"),
        f" - {g.pick(('Iceland Northern Lights', 'Dolomites Hiking', 'Kyoto Autumn', 'Patagonia Trek'))}\n",
    )
    b(
        "Arrival: ",
        g.date(d, "dd-Mon-yyyy").upper() if g.chance(0.5) else g.date(d, "dd-Mon-yyyy"),
        "   Tour leader: ",
        _nm(g.person("en_GB")),
        " ",
        g.phone("en_GB", ext=0),
        "\n\n",
    )
    b(f"{'RM':<8}{'PAX NAME (AS PASSPORT)':<30}{'NAT':<5}{'PASSPORT':<12}{'DOB':<9}MOBILE\n")
    room = 200 + g.rng.randrange(1, 50)
    for i, key in enumerate(keys):
        p = person_in(g, key)
        if i % 2 == 0:
            room += 1
        nm = ascii_fold(f"{p.last}/{p.first}").upper().replace(" ", "").replace("'", "")
        nm_e = ent(nm, "PERSON")
        pad = " " * max(1, 30 - len(nm) - 4)
        born = g.day(1945, 2005)
        dob = ent(
            f"{born.day:02d}{vocab.MONTHS[born.month - 1][:3].upper()}{born.year % 100:02d}", "DATE", dob=True
        )
        b(
            f"{room:<4}{'TWN' if i % 2 == 0 else '':<4}",
            nm_e,
            " ",
            "MS" if p.female else "MR",
            pad,
            _place(_NAT[key]),
            "  ",
        )
        b(
            ent(g.fill(_PASSPORT.get(key, g.pick(("@########", "#########", "@@#######")))), "ID"),
            "  ",
            dob,
            " ",
            phone_in(g, key),
            "\n",
        )
    b(
        "\nSpecial requests: ",
        g.pick(("room ", "pax ")),
        str(room),
        " ",
        g.pick(("low floor", "vegetarian meals", "celebrating anniversary")),
        "\n",
    )
    b("Emergency contact for group: ", _nm(g.person("en_GB")), " ", g.phone("en_GB", ext=0), "\n")


@T("intl_contacts")
def supplier_master_c(g: Gen, b: Builder) -> None:
    keys = _keys(g, g.rng.randrange(3, 6), hand=g.rng.randrange(1, 3))
    md = g.chance(0.5)
    cols = (
        "Vendor",
        "Company",
        "Contact",
        "Street",
        "Postcode",
        "City",
        "Country",
        "Phone",
        "Email",
        "IBAN / Account",
    )
    b("Vendor master extract - ", g.pick(("AP team", "Procurement", "SAP LFA1 export")), "\n\n")
    if md:
        b("| " + " | ".join(cols) + " |\n", "|" + "---|" * len(cols), "\n")
    else:
        b(" | ".join(cols), "\n")
    for key in keys:
        p = person_in(g, key)
        w = where(g, key)
        firm = g.org(g.pick(LOCALES))
        acct = (
            g.iban(key)
            if key in LOCALES and key not in ("en_US", "en_CA", "en_AU", "vi_VN", "hu_HU", "sv_SE")
            else g.ident("account")
        )
        cells = [
            g.ref(text=g.fill("V%#####")),
            firm,
            name_local(p),
            w.street,
            w.zip or "",
            w.city,
            w.country,
            phone_in(g, key),
            mail_in(g, p, key),
            acct,
        ]
        if md:
            b("| ")
        for i, c in enumerate(cells):
            b(c, " | " if i < len(cells) - 1 else "")
        b(" |\n" if md else "\n")
    b(
        "\nRows: ",
        str(len(keys)),
        "   Extracted: ",
        g.date(g.day(2024, 2026), "iso"),
        " by ",
        _nm(g.person(g.pick(LOCALES))),
        "\n",
    )


@T("intl_contacts")
def school_emergency_c(g: Gen, b: Builder) -> None:
    host = g.pick(("SG", "JP", "CH", "nl_NL", "de_DE", "BE", "AT", "KR"))
    home1, home2 = _keys(g, 2, hand=0)
    kid = person_in(g, home1)
    p1, p2 = person_in(g, home1, female=True), person_in(g, home2, female=False)
    kid = Person(kid.first, p1.last if g.chance(0.6) else p2.last, kid.middle, kid.female, home1)
    local = where(g, host)
    hw = where(g, home1)
    b(_org(f"INTERNATIONAL SCHOOL OF {local.city.text.upper()}"), "\n")
    year = g.rng.randrange(2024, 2027)
    b(f"Student Emergency Contact Form {year}/{(year + 1) % 100:02d}\n\n")
    born = g.day(2008, 2019)
    _kv(
        b,
        [
            ("Student name", _nm(kid)),
            ("Preferred name", _first(kid) if g.chance(0.7) else ent(kid.middle, "PERSON")),
            ("Date of birth", g.date(born, g.pick(("dd/mm/yyyy", "iso", "d Month yyyy")), dob=True)),
            ("Grade", f"{g.rng.randrange(1, 13)}"),
            ("Local address", addr_line(local)),
            ("Home country address", addr_line(hw, country=True)),
        ],
        width=22,
    )
    b("\nPARENTS / GUARDIANS\n")
    for i, (p, key) in enumerate(((p1, home1), (p2, home2)), 1):
        b(f"{i}. ", _nm(p), " (", "mother" if p.female else "father", ")\n")
        b("   Local mobile: ", phone_in(g, host), "\n   Home-country mobile: ", phone_in(g, key), "\n")
        b("   Email: ", mail_in(g, p, key), "\n")
        if g.chance(0.6):
            b("   Employer: ", g.org(g.pick(LOCALES)), ", work phone ", phone_in(g, host), "\n")
    other = person_in(g, host)
    b(
        "\nIf parents cannot be reached: ",
        _nm(other),
        " (",
        g.pick(("neighbour", "family friend", "nanny")),
        ") ",
        phone_in(g, host),
        "\n",
    )
    doc = person_in(g, host)
    b("Family doctor: Dr ", _nm(doc), ", ", phone_in(g, host), "\n")
    b(
        "Medical notes: ",
        g.pick(("peanut allergy - EpiPen in bag", "asthma, uses inhaler", "none", "wears glasses")),
        "\n",
    )
    b("Passport no. (for school trips): ", ent(g.fill(_PASSPORT.get(home1, "@########")), "ID"), "\n\n")
    b("Signed: ", _nm(p1), "   Date: ", g.date(g.day(2024, 2026), "dd/mm/yyyy"), "\n")
