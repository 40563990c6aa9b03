"""Tuning templates by a fifth independent author, weighted to the tune split's weakest shapes: chat
transcripts, many-country contacts, then forms.

Transcripts (25): Slack copy-pastes with reactions and threads, Microsoft Teams meeting-chat panels
with "(Guest)"/"(External)" tags, Telegram JSON exports with typed text entities, Matrix/Element logs
with MXIDs, iMessage exports, Otter.ai speaker transcripts, KakaoTalk, WeChat and LINE exports with
code-switching, ride-hailing and food-delivery courier chats, on-call paging bots, Discord modmail,
tutoring SMS with a parent, Arabizi/Taglish/Sheng/Turkish-German family chats, a dorm group full of
diminutives (Gosia, Kasia, Dima, Paco, Emeka), IVR/NLU slot logs, webinar Q&A panels, bank secure
messaging, a neighbourhood WhatsApp group, speech-to-text of a Zoom call with misheard names, a Twitch
giveaway whisper log, a Jira/GitHub comment thread with @mentions, and a hotel WhatsApp Business desk.
International contacts (20): airline PNR/APIS lines (NAKAMURA/HIROSHI MR, SSR DOCS/DOCA/CTCE), MRZ
crew rosters, remittance beneficiary lists (CNIC, NIN, Aadhaar, Kenyan ID), NGO field-office sheets
(South Africa, Kenya, Nigeria, Egypt), East-Asian trade-fair lead scans (romaji, Hangul, hanzi),
Russian/Ukrainian relocation sheets with patronymics, Canadian bilingual address changes, Iberian and
Latin-American supplier registers (NIF, CURP, CUIT), Greek/Turkish rooming lists, Benelux/Polish/Czech
volunteer rosters, Irish/UK Eircode and postcode tables, ANZ club renewals, Nordic and Baltic alumni
prose, graduation programmes with pronunciation guides, conference speaker bios, co-author
affiliation blocks, emergency next-of-kin abroad, a relocation tracker in running text and a
multi-country postal-code validation report. Forms (15): OCR'd account openings, block-capital box
forms, key/value-on-next-line warranty cards, French CERFA-like, Spanish solicitudes, Italian
autocertificazione, Polish wnioski, Belgian/Dutch formulieren, Japanese/Korean labelled forms, ASCII
grid registers, two-column PDF extraction, DBS-style previous-address tables, pet microchip
registrations, ALL-CAPS loan applications and YAML CRM dumps."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, piece_text, upper
from bench.pii_eval.places import address, lines, one_line
from bench.pii_eval.values import Gen, ascii_fold, fmt_date

T = Registry()

# ---------------------------------------------------------------- shared helpers


def _hm(m: int) -> str:
    return f"{m // 60 % 24:02d}:{m % 60:02d}"


def _ampm(m: int, space: str = " ", dots: bool = False) -> str:
    h, mm = m // 60 % 24, m % 60
    suffix = ("pm" if h >= 12 else "am") if dots else ("PM" if h >= 12 else "AM")
    if dots:
        suffix = suffix[0] + "." + suffix[1] + "."
    return f"{(h - 1) % 12 + 1}:{mm:02d}{space}{suffix}"


def _clocks(g: Gen, n: int, m0: int = 8 * 60, m1: int = 22 * 60) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _fill2(g: Gen, a: str, b: str) -> tuple[str, str]:
    """Two patterns with the same placeholders in the same order, filled with the same draws."""
    draws = []
    for ch in a:
        if ch == "#":
            draws.append(str(g.rng.randrange(10)))
        elif ch == "%":
            draws.append(str(g.rng.randrange(1, 10)))
        elif ch == "@":
            draws.append(chr(65 + g.rng.randrange(26)))

    def put(p: str) -> str:
        it = iter(draws)
        return "".join(next(it) if ch in "#%@" else ch for ch in p)

    if [c for c in a if c in "#%@"] != [c for c in b if c in "#%@"]:
        raise ValueError(f"patterns differ: {a!r} {b!r}")
    return put(a), put(b)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dob_day(g: Gen) -> date:
    return g.day(1940, 2005)


def _slug(text: str) -> str:
    return (
        ascii_fold(text.replace("Đ", "D").replace("ß", "ss"))
        .lower()
        .replace(" ", "")
        .replace("'", "")
        .replace("’", "")
        .replace("-", "")
    )


def _mail(g: Gen, first: str, last: str, domain: str | None = None) -> Ent:
    f, la = _slug(first.split()[0]), _slug(last.split()[-1] if g.chance(0.5) else last)
    local = g.pick((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}", f"{f}_{la}", f"{la}.{f}", f"{f}{la}"))
    if g.chance(0.25):
        local += str(g.rng.randrange(1, 99))
    domain = domain or g.pick(
        ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com")
    )
    return ent(f"{local}@{domain}", "EMAIL_ADDRESS")


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _jent(e: Ent) -> Ent:
    return Ent(_json(e.text), e.entity, e.tier)


def _p(text: str) -> Ent:
    return ent(text, "PERSON")


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi)}.{g.rng.randrange(100):02d}"


# Diminutives and nicknames: (formal first name, female, nicknames people actually use).
_DIMINUTIVES = (
    ("Małgorzata", True, ("Gosia", "Gośka", "Małgosia")),
    ("Katarzyna", True, ("Kasia", "Kaśka")),
    ("Aleksandra", True, ("Ola", "Olka", "Sasha")),
    ("Ekaterina", True, ("Katya", "Katyusha")),
    ("Anastasia", True, ("Nastya", "Asya")),
    ("Guadalupe", True, ("Lupe", "Lupita")),
    ("Concepción", True, ("Concha", "Conchi")),
    ("Elizabeth", True, ("Liz", "Lizzie", "Betsy")),
    ("Margaret", True, ("Peggy", "Maggie", "Meg")),
    ("Siobhán", True, ("Shiv", "Vonnie")),
    ("Oluwafunmilayo", True, ("Funmi", "Funmilayo")),
    ("Ngozi", True, ("Ngo", "Zizi")),
    ("Giuseppina", True, ("Pina", "Peppina")),
    ("Francesca", True, ("Fra", "Franci", "Cesca")),
    ("Dmitri", False, ("Dima", "Dimka")),
    ("Aleksandr", False, ("Sasha", "Sanya", "Shura")),
    ("Mikhail", False, ("Misha", "Mishka")),
    ("Tomasz", False, ("Tomek", "Tomuś")),
    ("Krzysztof", False, ("Krzysiek", "Krzyś")),
    ("Francisco", False, ("Paco", "Pancho", "Curro")),
    ("José", False, ("Pepe", "Chepe")),
    ("Ignacio", False, ("Nacho", "Iñaki")),
    ("Giuseppe", False, ("Beppe", "Peppe", "Pino")),
    ("Chukwuemeka", False, ("Emeka", "Meka")),
    ("Oluwaseun", False, ("Seun", "Sheun")),
    ("Babajide", False, ("Jide", "BJ")),
    ("Mohammed", False, ("Mo", "Moe", "Hamoudi")),
    ("Christopher", False, ("Kit", "Topher", "Chris")),
    ("Pádraig", False, ("Paudie", "Podge")),
    ("Johannes", False, ("Hannes", "Jo")),
    ("Venkatesh", False, ("Venky", "Venki")),
    ("Abdulrahman", False, ("Abdul", "Boudy")),
)


def _dimin(g: Gen) -> tuple[str, bool, str]:
    formal, female, nicks = g.pick(_DIMINUTIVES)
    return formal, female, g.pick(nicks)


# Short first names and ordinary-word first names as they appear in lowercase chat.
_SHORT = ("jo", "al", "bo", "ed", "vi", "li", "an", "su", "kai", "ren", "noa", "tam", "lev", "ozzy", "ines")
_WORDY = (
    "sky",
    "river",
    "storm",
    "brook",
    "sunny",
    "rain",
    "autumn",
    "wren",
    "sage",
    "reed",
    "hunter",
    "miles",
)


def _lc_first(g: Gen, loc: str | None = None) -> Ent:
    r = g.rng.random()
    if r < 0.25:
        return _p(g.pick(_SHORT))
    if r < 0.4:
        return _p(g.pick(_WORDY))
    if r < 0.55:
        return _p(_dimin(g)[2].lower())
    return _p(g.person(loc).first.lower())


def _handle_text(g: Gen, first: str, last: str) -> str:
    f, la = _slug(first), _slug(last)
    return g.pick(
        (
            f"{f}.{la}",
            f"{f}_{la[:4]}",
            f"{f}{la[0]}{g.rng.randrange(10, 99)}",
            f"{f[:3]}{la[:3]}",
            f"x{f}x",
            f"{f}{g.pick(('_dev', 'codes', '_ux', 'ops', '.exe'))}",
            f"{la}{f[0]}",
        )
    )


# ---------------------------------------------------------------- many-country people and places

_KR_LAST = (
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
    ("한", "Han"),
    ("오", "Oh"),
    ("서", "Seo"),
    ("신", "Shin"),
    ("권", "Kwon"),
    ("황", "Hwang"),
)
_KR_FIRST = (
    ("민준", "Min-jun", False),
    ("서연", "Seo-yeon", True),
    ("지훈", "Ji-hoon", False),
    ("하은", "Ha-eun", True),
    ("도윤", "Do-yun", False),
    ("수아", "Su-ah", True),
    ("예진", "Ye-jin", True),
    ("현우", "Hyun-woo", False),
    ("재원", "Jae-won", False),
    ("은지", "Eun-ji", True),
    ("태양", "Tae-yang", False),
    ("지우", "Ji-woo", True),
    ("성민", "Sung-min", False),
    ("유나", "Yu-na", True),
)
_CN_LAST = (
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("高", "Gao"),
)
_CN_FIRST = (
    ("伟", "Wei", False),
    ("芳", "Fang", True),
    ("秀英", "Xiuying", True),
    ("静", "Jing", True),
    ("强", "Qiang", False),
    ("磊", "Lei", False),
    ("洋", "Yang", False),
    ("艳", "Yan", True),
    ("杰", "Jie", False),
    ("涛", "Tao", False),
    ("明辉", "Minghui", False),
    ("秀兰", "Xiulan", True),
    ("子涵", "Zihan", True),
    ("浩然", "Haoran", False),
    ("雨桐", "Yutong", True),
    ("梓轩", "Zixuan", False),
    ("思远", "Siyuan", False),
    ("婉清", "Wanqing", True),
)
_JP_LAST = (
    ("佐藤", "Sato"),
    ("鈴木", "Suzuki"),
    ("高橋", "Takahashi"),
    ("田中", "Tanaka"),
    ("伊藤", "Ito"),
    ("渡辺", "Watanabe"),
    ("中村", "Nakamura"),
    ("小林", "Kobayashi"),
    ("吉田", "Yoshida"),
    ("松本", "Matsumoto"),
    ("井上", "Inoue"),
    ("木村", "Kimura"),
    ("清水", "Shimizu"),
    ("長谷川", "Hasegawa"),
    ("藤原", "Fujiwara"),
    ("岡田", "Okada"),
)
_JP_FIRST = (
    ("翔太", "Shota", False),
    ("陽菜", "Hina", True),
    ("大輔", "Daisuke", False),
    ("美咲", "Misaki", True),
    ("拓也", "Takuya", False),
    ("結衣", "Yui", True),
    ("健一", "Kenichi", False),
    ("由美子", "Yumiko", True),
    ("直樹", "Naoki", False),
    ("さくら", "Sakura", True),
    ("悠斗", "Yuto", False),
    ("彩花", "Ayaka", True),
    ("誠", "Makoto", False),
    ("真由美", "Mayumi", True),
)
_EG_FIRST = (
    ("Mohamed", False),
    ("Ahmed", False),
    ("Mahmoud", False),
    ("Mostafa", False),
    ("Youssef", False),
    ("Karim", False),
    ("Tarek", False),
    ("Nour", True),
    ("Mariam", True),
    ("Aya", True),
    ("Salma", True),
    ("Hana", True),
    ("Yasmine", True),
    ("Dina", True),
)
_EG_LAST = (
    "El-Sayed",
    "Abdel-Rahman",
    "Hassan",
    "Farouk",
    "Mansour",
    "Soliman",
    "Khalil",
    "El-Masry",
    "Shafik",
)
_ZA_AF = (("Annelie", "Marike", "Elmarie", "Riana"), ("Pieter", "Johan", "Wikus", "Gert"))
_ZA_AF_LAST = ("van der Merwe", "Botha", "Pretorius", "Nel", "du Plessis", "Steyn", "Janse van Rensburg")
_IE_IRISH = (
    ("Siobhán", "Ní Bhriain", True),
    ("Aoife", "Nic Dhonnchadha", True),
    ("Caoimhe", "Ní Shúilleabháin", True),
    ("Pádraig", "Ó Súilleabháin", False),
    ("Seán", "Mac Giolla Phádraig", False),
    ("Cathal", "Ó Dónaill", False),
)

_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
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
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "є": "ye",
    "і": "i",
    "ї": "yi",
    "ґ": "g",
    "'": "",
    "’": "",
}
_UA_OVERRIDE = {"г": "h", "и": "y", "й": "i"}
_GREEK = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}


def _translit(text: str, table: dict[str, str], digraphs: tuple = ()) -> str:
    out = []
    low = unicodedata.normalize("NFD", text)
    low = "".join(c for c in low if unicodedata.category(c) != "Mn")
    i = 0
    while i < len(low):
        ch = low[i]
        for di, rep in digraphs:
            if low[i : i + len(di)].lower() == di:
                out.append(rep.capitalize() if ch.isupper() else rep)
                i += len(di)
                break
        else:
            t = table.get(ch.lower(), ch)
            out.append(t.capitalize() if ch.isupper() else t)
            i += 1
    return "".join(out)


def _ru(text: str, ua: bool = False) -> str:
    table = _CYR | _UA_OVERRIDE if ua else _CYR
    # й and й after a vowel: NFD would split it, so map it before stripping marks.
    text = text.replace("й", "\x01").replace("Й", "\x02").replace("ї", "\x03").replace("Ї", "\x04")
    text = text.replace("ё", "\x05").replace("Ё", "\x06")
    out = _translit(text, table)
    y, yi = ("i" if ua else "y"), "yi"
    return (
        out.replace("\x01", y)
        .replace("\x02", y.upper())
        .replace("\x03", yi)
        .replace("\x04", "Yi")
        .replace("\x05", "yo")
        .replace("\x06", "Yo")
    )


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _gr(text: str) -> str:
    return _translit(text, _GREEK, (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("μπ", "mp"), ("ντ", "nt")))


@dataclass
class Who:
    """One person of one country: the name as written there, an address in the national format (lines of
    pieces, Latin script; `native` in the country's script where it has one), phones national and
    international (the same number), and a national identifier."""

    cc: str
    first: str
    last: str
    female: bool
    name: Ent
    native_name: Ent | None
    lines: list[tuple]
    native_lines: list[tuple] | None
    town: str
    phone: Ent
    intl: Ent
    country: str
    id_label: str
    nid: Ent

    def one_line(self, sep: str = ", ") -> tuple:
        out: list = []
        for i, line in enumerate(self.lines):
            out += [sep] * bool(i) + list(line)
        return tuple(out)

    def email(self, g: Gen, domain: str | None = None) -> Ent:
        return _mail(g, self.first, self.last, domain)


COUNTRIES = (
    "JP",
    "KR",
    "CN",
    "IN",
    "PK",
    "NG",
    "KE",
    "ZA",
    "EG",
    "TR",
    "RU",
    "UA",
    "GR",
    "FR",
    "ES",
    "IT",
    "PT",
    "BR",
    "MX",
    "AR",
    "CA",
    "CAQ",
    "AU",
    "NZ",
    "SE",
    "NO",
    "DK",
    "FI",
    "PL",
    "CZ",
    "NL",
    "BE",
    "IE",
    "GB",
)
COUNTRY_NAME = {
    "JP": "Japan",
    "KR": "South Korea",
    "CN": "China",
    "IN": "India",
    "PK": "Pakistan",
    "NG": "Nigeria",
    "KE": "Kenya",
    "ZA": "South Africa",
    "EG": "Egypt",
    "TR": "Türkiye",
    "RU": "Russia",
    "UA": "Ukraine",
    "GR": "Greece",
    "FR": "France",
    "ES": "Spain",
    "IT": "Italy",
    "PT": "Portugal",
    "BR": "Brazil",
    "MX": "Mexico",
    "AR": "Argentina",
    "CA": "Canada",
    "CAQ": "Canada",
    "AU": "Australia",
    "NZ": "New Zealand",
    "SE": "Sweden",
    "NO": "Norway",
    "DK": "Denmark",
    "FI": "Finland",
    "PL": "Poland",
    "CZ": "Czechia",
    "NL": "Netherlands",
    "BE": "Belgium",
    "IE": "Ireland",
    "GB": "United Kingdom",
}
ISO3 = {
    "JP": "JPN",
    "KR": "KOR",
    "CN": "CHN",
    "IN": "IND",
    "PK": "PAK",
    "NG": "NGA",
    "KE": "KEN",
    "ZA": "ZAF",
    "EG": "EGY",
    "TR": "TUR",
    "RU": "RUS",
    "UA": "UKR",
    "GR": "GRC",
    "FR": "FRA",
    "ES": "ESP",
    "IT": "ITA",
    "PT": "PRT",
    "BR": "BRA",
    "MX": "MEX",
    "AR": "ARG",
    "CA": "CAN",
    "CAQ": "CAN",
    "AU": "AUS",
    "NZ": "NZL",
    "SE": "SWE",
    "NO": "NOR",
    "DK": "DNK",
    "FI": "FIN",
    "PL": "POL",
    "CZ": "CZE",
    "NL": "NLD",
    "BE": "BEL",
    "IE": "IRL",
    "GB": "GBR",
}
# (national pattern, international pattern): the same placeholders in the same order.
PHONES = {
    "JP": (
        ("090-####-####", "+81 90-####-####"),
        ("03-####-####", "+81 3-####-####"),
        ("080 #### ####", "+81 80 #### ####"),
    ),
    "KR": (
        ("010-####-####", "+82 10-####-####"),
        ("02-%##-####", "+82 2-%##-####"),
        ("010 #### ####", "+82 10 #### ####"),
    ),
    "CN": (
        ("13%-####-####", "+86 13%-####-####"),
        ("139########", "+86 139########"),
        ("(021) 6###-####", "+86 21 6###-####"),
    ),
    "IN": (
        ("98### #####", "+91 98### #####"),
        ("080-2###-####", "+91 80 2###-####"),
        ("7#########", "+91 7#########"),
    ),
    "PK": (
        ("0300-#######", "+92 300 #######"),
        ("0321 #######", "+92 321 #######"),
        ("051-#######", "+92 51 #######"),
    ),
    "NG": (
        ("0803 ### ####", "+234 803 ### ####"),
        ("0812#######", "+234 812 #######"),
        ("0706-###-####", "+234 706 ### ####"),
    ),
    "KE": (
        ("0722 ######", "+254 722 ######"),
        ("07## ### ###", "+254 7## ### ###"),
        ("0110 ######", "+254 110 ######"),
    ),
    "ZA": (
        ("082 ### ####", "+27 82 ### ####"),
        ("(021) ### ####", "+27 21 ### ####"),
        ("07# ### ####", "+27 7# ### ####"),
    ),
    "EG": (
        ("010 #### ####", "+20 10 #### ####"),
        ("012########", "+20 12########"),
        ("02 2###-####", "+20 2 2###-####"),
    ),
    "TR": (
        ("0 (5##) ### ## ##", "+90 5## ### ## ##"),
        ("05## ### ## ##", "+90 5## ### ## ##"),
        ("0216 ### ## ##", "+90 216 ### ## ##"),
    ),
    "RU": (
        ("8 (9##) ###-##-##", "+7 (9##) ###-##-##"),
        ("8 495 ###-##-##", "+7 495 ###-##-##"),
        ("89#########", "+79#########"),
    ),
    "UA": (
        ("067 ### ## ##", "+380 67 ### ## ##"),
        ("(044) ###-##-##", "+380 44 ###-##-##"),
        ("050-###-##-##", "+380 50-###-##-##"),
    ),
    "GR": (
        ("69# ### ####", "+30 69# ### ####"),
        ("210 #######", "+30 210 #######"),
        ("2310 ######", "+30 2310 ######"),
    ),
    "FR": (
        ("06 ## ## ## ##", "+33 6 ## ## ## ##"),
        ("01.##.##.##.##", "+33 1 ## ## ## ##"),
        ("07########", "+33 7########"),
    ),
    "ES": (
        ("6## ## ## ##", "+34 6## ## ## ##"),
        ("91 ### ## ##", "+34 91 ### ## ##"),
        ("6########", "+34 6########"),
    ),
    "IT": (
        ("3## ### ####", "+39 3## ### ####"),
        ("06 #### ####", "+39 06 #### ####"),
        ("02-#######", "+39 02 #######"),
    ),
    "PT": (
        ("91# ### ###", "+351 91# ### ###"),
        ("21# ### ###", "+351 21# ### ###"),
        ("22#######", "+351 22#######"),
    ),
    "BR": (
        ("(11) 9####-####", "+55 11 9####-####"),
        ("(21) %###-####", "+55 21 %###-####"),
        ("11 9####-####", "+55 11 9####-####"),
    ),
    "MX": (
        ("55 #### ####", "+52 55 #### ####"),
        ("(33) ####-####", "+52 33 ####-####"),
        ("81########", "+52 81########"),
    ),
    "AR": (
        ("011 15-####-####", "+54 9 11 ####-####"),
        ("(0341) 4##-####", "+54 341 4##-####"),
        ("011 4###-####", "+54 11 4###-####"),
    ),
    "CA": (
        ("416-%##-####", "+1 416 %##-####"),
        ("(604) %##-####", "+1 604-%##-####"),
        ("613.%##.####", "+1 613 %## ####"),
    ),
    "CAQ": (
        ("514 %##-####", "+1 514 %##-####"),
        ("(418) %##-####", "+1 418-%##-####"),
        ("819-%##-####", "+1 819 %##-####"),
    ),
    "AU": (
        ("04## ### ###", "+61 4## ### ###"),
        ("(02) 9### ####", "+61 2 9### ####"),
        ("(03) 9### ####", "+61 3 9### ####"),
    ),
    "NZ": (
        ("021 ### ####", "+64 21 ### ####"),
        ("(09) ### ####", "+64 9 ### ####"),
        ("027 ### ####", "+64 27 ### ####"),
    ),
    "SE": (
        ("070-### ## ##", "+46 70 ### ## ##"),
        ("08-### ### ##", "+46 8 ### ### ##"),
        ("073 ### ## ##", "+46 73 ### ## ##"),
    ),
    "NO": (
        ("9## ## ###", "+47 9## ## ###"),
        ("22 ## ## ##", "+47 22 ## ## ##"),
        ("4## ## ###", "+47 4## ## ###"),
    ),
    "DK": (
        ("## ## ## ##", "+45 ## ## ## ##"),
        ("########", "+45 ########"),
        ("2# ## ## ##", "+45 2# ## ## ##"),
    ),
    "FI": (
        ("040 ### ####", "+358 40 ### ####"),
        ("09 ### ####", "+358 9 ### ####"),
        ("050-#######", "+358 50 #######"),
    ),
    "PL": (
        ("6## ### ###", "+48 6## ### ###"),
        ("(22) ###-##-##", "+48 22 ###-##-##"),
        ("5## ### ###", "+48 5## ### ###"),
    ),
    "CZ": (
        ("6## ### ###", "+420 6## ### ###"),
        ("2## ### ###", "+420 2## ### ###"),
        ("7## ### ###", "+420 7## ### ###"),
    ),
    "NL": (
        ("06-########", "+31 6 ########"),
        ("020-#######", "+31 20 #######"),
        ("06 ## ## ## ##", "+31 6 ## ## ## ##"),
    ),
    "BE": (
        ("0470 ## ## ##", "+32 470 ## ## ##"),
        ("02 ### ## ##", "+32 2 ### ## ##"),
        ("09/### ## ##", "+32 9 ### ## ##"),
    ),
    "IE": (
        ("087 ### ####", "+353 87 ### ####"),
        ("(01) ### ####", "+353 1 ### ####"),
        ("021 ### ####", "+353 21 ### ####"),
    ),
    "GB": (
        ("07### ######", "+44 7### ######"),
        ("020 7### ####", "+44 20 7### ####"),
        ("0161 ### ####", "+44 161 ### ####"),
    ),
}

_JP_PLACES = (
    ("東京都", "Tokyo", "", "", "目黒区", "Meguro-ku", "自由が丘", "Jiyugaoka", "152-0035"),
    ("東京都", "Tokyo", "", "", "文京区", "Bunkyo-ku", "本郷", "Hongo", "113-0033"),
    (
        "神奈川県",
        "Kanagawa",
        "横浜市",
        "Yokohama",
        "西区",
        "Nishi-ku",
        "みなとみらい",
        "Minatomirai",
        "220-0012",
    ),
    ("京都府", "Kyoto", "京都市", "Kyoto", "左京区", "Sakyo-ku", "北白川", "Kitashirakawa", "606-8267"),
    ("福岡県", "Fukuoka", "福岡市", "Fukuoka", "中央区", "Chuo-ku", "大名", "Daimyo", "810-0041"),
    ("宮城県", "Miyagi", "仙台市", "Sendai", "青葉区", "Aoba-ku", "一番町", "Ichibancho", "980-0811"),
    ("兵庫県", "Hyogo", "神戸市", "Kobe", "中央区", "Chuo-ku", "三宮町", "Sannomiyacho", "650-0021"),
)
_JP_BLDG = (("コーポ緑", "Corp Midori"), ("メゾン桜", "Maison Sakura"), ("パークハイツ", "Park Heights"))
_KR_PLACES = (
    ("서울특별시", "Seoul", "마포구", "Mapo-gu", "월드컵북로", "World Cup buk-ro", "03900"),
    ("서울특별시", "Seoul", "송파구", "Songpa-gu", "올림픽로", "Olympic-ro", "05551"),
    ("부산광역시", "Busan", "해운대구", "Haeundae-gu", "해운대해변로", "Haeundaehaebyeon-ro", "48094"),
    (
        "경기도",
        "Gyeonggi-do",
        "성남시 분당구",
        "Seongnam-si Bundang-gu",
        "판교역로",
        "Pangyoyeok-ro",
        "13529",
    ),
    ("대구광역시", "Daegu", "수성구", "Suseong-gu", "달구벌대로", "Dalgubeol-daero", "42020"),
    ("인천광역시", "Incheon", "연수구", "Yeonsu-gu", "컨벤시아대로", "Convensia-daero", "21998"),
)
_CN_PLACES = (
    ("", "上海市", "徐汇区", "漕溪北路", "", "Shanghai", "Xuhui District", "Caoxi North Road", "200030"),
    ("", "北京市", "朝阳区", "建国路", "", "Beijing", "Chaoyang District", "Jianguo Road", "100022"),
    (
        "广东省",
        "深圳市",
        "南山区",
        "科技南十二路",
        "Guangdong",
        "Shenzhen",
        "Nanshan District",
        "Keji South 12th Road",
        "518057",
    ),
    (
        "浙江省",
        "杭州市",
        "西湖区",
        "文三路",
        "Zhejiang",
        "Hangzhou",
        "Xihu District",
        "Wensan Road",
        "310012",
    ),
    (
        "四川省",
        "成都市",
        "武侯区",
        "人民南路四段",
        "Sichuan",
        "Chengdu",
        "Wuhou District",
        "Renmin South Road Sec. 4",
        "610041",
    ),
    ("湖北省", "武汉市", "洪山区", "珞喻路", "Hubei", "Wuhan", "Hongshan District", "Luoyu Road", "430074"),
)
_IN_PLACES = (
    ("Koramangala 5th Block", "Bengaluru", "Karnataka", "560095"),
    ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
    ("Salt Lake Sector V", "Kolkata", "West Bengal", "700091"),
    ("Andheri West", "Mumbai", "Maharashtra", "400053"),
    ("Anna Nagar", "Chennai", "Tamil Nadu", "600040"),
    ("Vasant Kunj", "New Delhi", "Delhi", "110070"),
    ("Aundh", "Pune", "Maharashtra", "411007"),
)
_PK_PLACES = (
    ("F-7/2", "Islamabad", "44000"),
    ("G-11/3", "Islamabad", "44000"),
    ("Gulberg III", "Lahore", "54660"),
    ("DHA Phase 5", "Lahore", "54792"),
    ("PECHS Block 6", "Karachi", "75400"),
    ("Clifton Block 5", "Karachi", "75600"),
    ("Satellite Town", "Rawalpindi", "46300"),
)
_NG_PLACES = (
    ("Adeola Odeku Street", "Victoria Island", "Lagos", "Lagos State", "101241"),
    ("Allen Avenue", "Ikeja", "Lagos", "Lagos State", "100271"),
    ("Aminu Kano Crescent", "Wuse II", "Abuja", "FCT", "904101"),
    ("Ring Road", "Challenge", "Ibadan", "Oyo State", "200212"),
    ("Aba Road", "Rumuola", "Port Harcourt", "Rivers State", "500272"),
    ("Ogui Road", "Ogui", "Enugu", "Enugu State", "400102"),
)
_KE_PLACES = (
    ("Riverside Drive", "Westlands", "Nairobi", "00800"),
    ("Argwings Kodhek Road", "Kilimani", "Nairobi", "00100"),
    ("Links Road", "Nyali", "Mombasa", "80118"),
    ("Oginga Odinga Street", "Milimani", "Kisumu", "40100"),
    ("Mandera Road", "Kileleshwa", "Nairobi", "00100"),
    ("Kenyatta Avenue", "Section 58", "Nakuru", "20100"),
)
_ZA_PLACES = (
    ("Vilakazi Street", "Orlando West", "Soweto", "Gauteng", "1804"),
    ("Main Road", "Sea Point", "Cape Town", "Western Cape", "8005"),
    ("Lagoon Drive", "Umhlanga Rocks", "Durban", "KwaZulu-Natal", "4319"),
    ("Burnett Street", "Hatfield", "Pretoria", "Gauteng", "0083"),
    ("Rivonia Road", "Sandton", "Johannesburg", "Gauteng", "2196"),
    ("Marine Drive", "Summerstrand", "Gqeberha", "Eastern Cape", "6001"),
)
_EG_PLACES = (
    ("26th of July St", "Zamalek", "Cairo", "11211"),
    ("Road 9", "Maadi", "Cairo", "11431"),
    ("Mossadak St", "Dokki", "Giza", "12311"),
    ("El-Merghany St", "Heliopolis", "Cairo", "11341"),
    ("Fawzy Moaz St", "Smouha", "Alexandria", "21615"),
    ("Abbas El-Akkad St", "Nasr City", "Cairo", "11765"),
)
_TR_PLACES = (
    ("Caferağa Mah. Moda Cad.", "Kadıköy", "İstanbul", "34710"),
    ("Sinanpaşa Mah. Ihlamurdere Cad.", "Beşiktaş", "İstanbul", "34353"),
    ("Kızılay Mah. Atatürk Bulvarı", "Çankaya", "Ankara", "06420"),
    ("Alsancak Mah. Kıbrıs Şehitleri Cad.", "Konak", "İzmir", "35220"),
    ("Ihsaniye Mah. Cumhuriyet Sok.", "Nilüfer", "Bursa", "16110"),
    ("Şirinyalı Mah. Lara Cad.", "Muratpaşa", "Antalya", "07160"),
)
_RU_PLACES = (
    ("Moskva", "Москва", "1#####"),
    ("Sankt-Peterburg", "Санкт-Петербург", "19####"),
    ("Kazan", "Казань", "420###"),
    ("Yekaterinburg", "Екатеринбург", "620###"),
    ("Novosibirsk", "Новосибирск", "630###"),
    ("Nizhny Novgorod", "Нижний Новгород", "603###"),
)
_RU_STREETS = (
    ("ul. Lenina", "ул. Ленина"),
    ("prosp. Mira", "просп. Мира"),
    ("ul. Tverskaya", "ул. Тверская"),
    ("Nevsky prosp.", "Невский просп."),
    ("ul. Pushkina", "ул. Пушкина"),
    ("ul. Gagarina", "ул. Гагарина"),
)
_UA_PLACES = (
    ("Kyiv", "Київ", "0####"),
    ("Lviv", "Львів", "790##"),
    ("Kharkiv", "Харків", "610##"),
    ("Odesa", "Одеса", "650##"),
    ("Dnipro", "Дніпро", "490##"),
)
_UA_STREETS = (
    ("vul. Khreshchatyk", "вул. Хрещатик"),
    ("vul. Shevchenka", "вул. Шевченка"),
    ("prosp. Peremohy", "просп. Перемоги"),
    ("vul. Ivana Franka", "вул. Івана Франка"),
    ("vul. Sadova", "вул. Садова"),
)
_GR_PLACES = (
    ("Athina", "Αθήνα", "105 5#"),
    ("Thessaloniki", "Θεσσαλονίκη", "546 2#"),
    ("Patra", "Πάτρα", "262 2#"),
    ("Irakleio", "Ηράκλειο", "712 0#"),
    ("Kalamata", "Καλαμάτα", "241 00"),
)
_GR_STREETS = (
    ("Ermou", "Ερμού"),
    ("Tsimiski", "Τσιμισκή"),
    ("Leof. Vasilissis Sofias", "Λεωφ. Βασιλίσσης Σοφίας"),
    ("Agiou Nikolaou", "Αγίου Νικολάου"),
    ("Panepistimiou", "Πανεπιστημίου"),
)
_PT_PLACES = (("Lisboa", "1###-###"), ("Porto", "4###-###"), ("Coimbra", "3000-###"), ("Braga", "4700-###"))
_PT_STREETS = (
    "Rua Augusta",
    "Avenida da Liberdade",
    "Rua de Santa Catarina",
    "Travessa do Carmo",
    "Largo do Rato",
)
_MX_PLACES = (
    ("Del Valle", "Benito Juárez", "Ciudad de México", "CDMX", "03100"),
    ("Roma Norte", "Cuauhtémoc", "Ciudad de México", "CDMX", "06700"),
    ("Providencia", "", "Guadalajara", "Jal.", "44630"),
    ("San Pedro Garza García Centro", "", "San Pedro Garza García", "N.L.", "66230"),
    ("Centro Histórico", "", "Puebla", "Pue.", "72000"),
)
_MX_STREETS = (
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Álvaro Obregón",
    "Calle Morelos",
    "Av. Chapultepec",
)
_AR_PLACES = (
    ("CABA", "Ciudad Autónoma de Buenos Aires", "C1###@@@"),
    ("Rosario", "Santa Fe", "S2000@@@"),
    ("Córdoba", "Córdoba", "X5000@@@"),
    ("Mendoza", "Mendoza", "M5500@@@"),
    ("La Plata", "Buenos Aires", "B1900@@@"),
)
_AR_STREETS = ("Av. Corrientes", "Av. Santa Fe", "Bv. Oroño", "Calle 7", "Av. Colón", "Av. Rivadavia")
_CA_PLACES = (
    ("Toronto", "ON", "M"),
    ("Vancouver", "BC", "V"),
    ("Ottawa", "ON", "K"),
    ("Halifax", "NS", "B"),
    ("Calgary", "AB", "T"),
    ("Winnipeg", "MB", "R"),
)
_CA_STREETS = ("Bay Street", "Granville St", "Bank Street", "Spring Garden Rd", "17 Ave SW", "Portage Avenue")
_CAQ_PLACES = (("Montréal", "H"), ("Québec", "G"), ("Gatineau", "J"), ("Sherbrooke", "J"), ("Laval", "H"))
_CAQ_STREETS = (
    "rue Saint-Denis",
    "boulevard René-Lévesque Ouest",
    "rue des Érables",
    "avenue du Mont-Royal Est",
)
_NZ_PLACES = (
    ("Ponsonby Road", "Grey Lynn", "Auckland", "1021"),
    ("Cuba Street", "Te Aro", "Wellington", "6011"),
    ("Riccarton Road", "Riccarton", "Christchurch", "8011"),
    ("Te Rapa Road", "Te Rapa", "Hamilton", "3200"),
    ("Maunganui Road", "Mount Maunganui", "Tauranga", "3116"),
    ("Highgate", "Roslyn", "Dunedin", "9010"),
)
_BE_PLACES = (
    ("Bruxelles", "1000", "fr"),
    ("Antwerpen", "2000", "nl"),
    ("Gent", "9000", "nl"),
    ("Liège", "4000", "fr"),
    ("Leuven", "3000", "nl"),
    ("Namur", "5000", "fr"),
)
_BE_STREETS = {
    "fr": ("Rue de la Loi", "Avenue Louise", "Rue Saint-Gilles", "Boulevard d'Avroy"),
    "nl": ("Kerkstraat", "Meir", "Veldstraat", "Bondgenotenlaan"),
}
_IE_PLACES = (
    ("Dublin 2", "", "D02"),
    ("Dublin 4", "", "D04"),
    ("Dublin 6W", "", "D6W"),
    ("Cork", "Co. Cork", "T12"),
    ("Galway", "Co. Galway", "H91"),
    ("Limerick", "Co. Limerick", "V94"),
    ("Blackrock", "Co. Dublin", "A94"),
    ("Kilkenny", "Co. Kilkenny", "R95"),
)
_IE_STREETS = (
    "Harcourt Street",
    "Ranelagh Road",
    "Patrick Street",
    "Shop Street",
    "O'Connell Street",
    "Main Street",
)
_LOC = {
    "FR": "fr_FR",
    "ES": "es_ES",
    "IT": "it_IT",
    "BR": "pt_BR",
    "AU": "en_AU",
    "SE": "sv_SE",
    "NO": "no_NO",
    "DK": "da_DK",
    "FI": "fi_FI",
    "PL": "pl_PL",
    "CZ": "cs_CZ",
    "NL": "nl_NL",
    "GB": "en_GB",
}
_FAKER_NAMES = {
    "IN": "en_IN",
    "PK": "en_PK",
    "NG": "yo_NG",
    "KE": "en_KE",
    "ZA": "zu_ZA",
    "TR": "tr_TR",
    "PT": "pt_PT",
    "MX": "es_MX",
    "AR": "es_AR",
    "CA": "en_CA",
    "CAQ": "fr_CA",
    "NZ": "en_NZ",
    "BE": "nl_BE",
    "IE": "en_IE",
}
_OUTSIDE_CULTURE = {
    "IN": "Indian",
    "PK": "Pakistani",
    "NG": "Igbo",
    "KE": "Kenyan",
    "EG": "Arabic",
    "TR": "Turkish",
    "GR": "Greek",
    "JP": "Japanese",
    "KR": "Korean",
    "CN": "Chinese (pinyin)",
    "MX": "Latin American",
    "AR": "Latin American",
    "PT": "Portuguese/Brazilian",
}


def _faker_person(g: Gen, loc: str, female: bool) -> tuple[str, str]:
    f = g.fake(loc)
    first = f.first_name_female() if female else f.first_name_male()
    last = f.last_name_female() if female else f.last_name_male()
    return " ".join(first.split()), " ".join(last.split())


def _outside(g: Gen, cc: str, female: bool, first: str, last: str) -> tuple[str, str]:
    culture = _OUTSIDE_CULTURE.get(cc)
    if culture is None or not g.chance(0.3):
        return first, last
    fem, male, lasts = outside_names.culture(culture)
    firsts = (fem if female else male) or fem or male
    if firsts and g.chance(0.6):
        first = g.pick(firsts)
    if lasts and g.chance(0.6):
        last = g.pick(lasts)
    return first, last


def _names(g: Gen, cc: str) -> tuple[str, str, bool, str, str | None]:
    """(first, last, female, Latin-script name as the country writes it, native-script name or None)."""
    female = g.chance(0.5)
    native = None
    if cc == "JP":
        (lk, lr), (fk, fr, female) = g.pick(_JP_LAST), g.pick(_JP_FIRST)
        first, last = fr, lr
        native = g.pick((f"{lk}{fk}", f"{lk} {fk}", f"{lk}　{fk}"))
        written = g.pick((f"{last.upper()} {first}", f"{first} {last}", f"{last} {first}"))
    elif cc == "KR":
        (lk, lr), (fk, fr, female) = g.pick(_KR_LAST), g.pick(_KR_FIRST)
        first, last = fr, lr
        native = f"{lk}{fk}"
        written = g.pick((f"{last} {first}", f"{last.upper()} {first.replace('-', '')}", f"{first} {last}"))
    elif cc == "CN":
        (lk, lr), (fk, fr, female) = g.pick(_CN_LAST), g.pick(_CN_FIRST)
        first, last = fr, lr
        native = f"{lk}{fk}"
        written = g.pick((f"{last} {first}", f"{last.upper()} {first}", f"{first} {last}"))
    elif cc in ("RU", "UA"):
        f = g.fake("ru_RU" if cc == "RU" else "uk_UA")
        fc = f.first_name_female() if female else f.first_name_male()
        lc = f.last_name_female() if female else f.last_name_male()
        mc = f.middle_name_female() if female else f.middle_name_male()
        native = g.pick((f"{lc} {fc} {mc}", f"{fc} {mc} {lc}"))
        first, last, mid = (_ru(x, cc == "UA") for x in (fc, lc, mc))
        written = g.pick(
            (f"{last} {first} {mid}", f"{first} {last}", f"{last.upper()} {first}", f"{first} {mid} {last}")
        )
    elif cc == "GR":
        fc, lc = _faker_person(g, "el_GR", female)
        native = f"{fc} {lc}" if g.chance(0.5) else _unaccent(f"{lc} {fc}").upper()
        first, last = _gr(fc), _gr(lc)
        written = g.pick((f"{first} {last}", f"{last.upper()} {first}"))
    elif cc == "EG":
        first, female = g.pick(_EG_FIRST)
        father = g.pick([n for n, fem in _EG_FIRST if not fem and n != first])
        last = g.pick(_EG_LAST)
        first, last = _outside(g, cc, female, first, last)
        written = g.pick((f"{first} {father} {last}", f"{first} {last}"))
    elif cc == "ZA" and g.chance(0.4):
        first, last = g.pick(_ZA_AF[0] if female else _ZA_AF[1]), g.pick(_ZA_AF_LAST)
        written = f"{first} {last}"
    elif cc == "IE" and g.chance(0.4):
        first, last, female = g.pick(_IE_IRISH)
        written = f"{first} {last}"
    elif cc in _LOC:
        p = g.person(_LOC[cc], female)
        first, last = p.first, p.last
        written = g.pick((f"{first} {last}",) * 3 + (f"{last.upper()} {first}", f"{last}, {first}"))
    else:
        loc = _FAKER_NAMES[cc]
        if cc == "NG" and g.chance(0.5):
            loc = "ig_NG"
        first, last = _faker_person(g, loc, female)
        first, last = _outside(g, cc, female, first, last)
        if cc in ("MX", "AR") and g.chance(0.6):
            last = f"{last} {_faker_person(g, loc, female)[1]}"
        if cc == "PT" and g.chance(0.6):
            last = f"{_faker_person(g, loc, female)[1]} {last}"
        written = f"{first} {last}"
        if cc == "IN" and g.chance(0.25):
            written = f"{last[0]}. {first}"  # South-Indian initial for the family or father's name
        elif g.chance(0.2):
            written = f"{last.upper()} {first}"
    return first, last, female, written, native


def _address(g: Gen, cc: str) -> tuple[list[tuple], list[tuple] | None, str]:
    """(Latin-script lines, native-script lines or None, the town)."""
    n = g.rng.randrange(1, 180)
    if cc == "JP":
        pk, pr, ck, cr, wk, wr, ak, ar, zp = g.pick(_JP_PLACES)
        chome = f"{g.rng.randrange(1, 6)}-{g.rng.randrange(1, 30)}-{g.rng.randrange(1, 20)}"
        bk, br = g.pick(_JP_BLDG)
        room = g.rng.randrange(101, 905)
        bld = g.chance(0.5)
        street_r = (f"{br} {room}, " if bld else "") + f"{chome} {ar}"
        latin: list[tuple] = [(ent(street_r, "STREET_ADDRESS"), ", ", ent(wr, "CITY"))]
        latin.append(
            ((ent(cr, "CITY"), ", ") if cr else ()) + (ent(pr, "STATE_OR_COUNTRY"), " ", ent(zp, "ZIP_CODE"))
        )
        where = [ent(pk, "STATE_OR_COUNTRY")] + ([ent(ck, "CITY")] if ck else []) + [ent(wk, "CITY")]
        native = [
            ("〒", ent(zp, "ZIP_CODE")),
            (*where, ent(f"{ak}{chome}" + (f" {bk}{room}" if bld else ""), "STREET_ADDRESS")),
        ]
        return latin, native, cr or pr
    if cc == "KR":
        sk, sr, gk, gr, rk, rr, zp = g.pick(_KR_PLACES)
        dong, ho = g.rng.randrange(101, 115), g.rng.randrange(101, 2505)
        latin = [
            (ent(f"{dong}-{ho}, {n} {rr}", "STREET_ADDRESS"), ", ", ent(gr, "CITY")),
            (ent(sr, "STATE_OR_COUNTRY" if sr.endswith("-do") else "CITY"), " ", ent(zp, "ZIP_CODE")),
        ]
        native = [
            (
                ent(sk, "STATE_OR_COUNTRY" if sk.endswith("도") else "CITY"),
                " ",
                ent(gk, "CITY"),
                " ",
                ent(f"{rk} {n}, {dong}동 {ho}호", "STREET_ADDRESS"),
                " (",
                ent(zp, "ZIP_CODE"),
                ")",
            )
        ]
        return latin, native, gr.split()[0] if sr.endswith("-do") else sr
    if cc == "CN":
        ph, ch, dh, rh, pp, cp, dp, rp, zp = g.pick(_CN_PLACES)
        bld, room = g.rng.randrange(1, 30), g.rng.randrange(101, 2808)
        latin = [
            (ent(f"Room {room}, Building {bld}, No. {n} {rp}", "STREET_ADDRESS"),),
            (ent(dp, "CITY"), ", ", ent(cp, "CITY"))
            + ((", ", ent(pp, "STATE_OR_COUNTRY")) if pp else ())
            + (" ", ent(zp, "ZIP_CODE")),
        ]
        native = [
            ((ent(ph, "STATE_OR_COUNTRY"),) if ph else ())
            + (ent(ch, "CITY"), ent(dh, "CITY"), ent(f"{rh}{n}号{bld}栋{room}室", "STREET_ADDRESS")),
            ("邮编 ", ent(zp, "ZIP_CODE")),
        ]
        return latin, native, cp
    if cc == "IN":
        area, city, state, pin = g.pick(_IN_PLACES)
        street = g.pick(
            (
                f"Flat {g.rng.randrange(101, 1204)}, {g.pick(('Prestige', 'Sobha', 'Lodha', 'Shanti'))} "
                f"{g.pick(('Residency', 'Apartments', 'Enclave'))}, {_ordinal(g.rng.randrange(1, 20))} Cross",
                f"H.No. {g.rng.randrange(1, 12)}-{g.rng.randrange(1, 9)}-{n}/{g.rng.randrange(1, 90)}, "
                f"Road No. {g.rng.randrange(1, 14)}",
                f"#{n}, {_ordinal(g.rng.randrange(1, 12))} Main Road",
                f"Plot {n}, Sector {g.rng.randrange(1, 60)}",
            )
        )
        latin = [
            (ent(street, "STREET_ADDRESS"), ", ", ent(area, "CITY")),
            (
                ent(city, "CITY"),
                g.pick((" - ", " ", "-")),
                ent(pin if g.chance(0.7) else f"{pin[:3]} {pin[3:]}", "ZIP_CODE"),
                ", ",
                ent(state, "STATE_OR_COUNTRY"),
            ),
        ]
        return latin, None, city
    if cc == "PK":
        sector, city, zp = g.pick(_PK_PLACES)
        street = g.pick(
            (
                f"House No. {n}, Street {g.rng.randrange(1, 40)}",
                f"Plot {n}-{g.pick('ABCDE')}, Lane {g.rng.randrange(1, 12)}",
                f"Flat {g.rng.randrange(1, 20)}, {g.pick(('Al-Habib', 'Noor', 'Crescent'))} Heights",
            )
        )
        latin = [
            (ent(street, "STREET_ADDRESS"), ", ", ent(sector, "CITY")),
            (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE")),
        ]
        return latin, None, city
    if cc == "NG":
        st, area, city, state, zp = g.pick(_NG_PLACES)
        street = g.pick(
            (
                f"{n} {st}",
                f"Plot {n}, {st}",
                f"Flat {g.rng.randrange(1, 9)}, Block {g.pick('ABCD')}, {n} {st}",
            )
        )
        latin = [
            (ent(street, "STREET_ADDRESS"), ", ", ent(area, "CITY")),
            (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE"), ", ", ent(state, "STATE_OR_COUNTRY")),
        ]
        return latin, None, city
    if cc == "KE":
        road, area, city, zp = g.pick(_KE_PLACES)
        if g.chance(0.4):
            latin = [
                (ent(f"P.O. Box {g.rng.randrange(100, 99999)}-{zp}", "STREET_ADDRESS"),),
                (ent(city, "CITY"),),
            ]
        else:
            street = g.pick(
                (f"Apartment {g.rng.randrange(1, 9)}{g.pick('ABC')}, {road}", f"House No. {n}, {road}")
            )
            latin = [
                (ent(street, "STREET_ADDRESS"), ", ", ent(area, "CITY")),
                (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE")),
            ]
        return latin, None, city
    if cc == "ZA":
        st, suburb, city, prov, zp = g.pick(_ZA_PLACES)
        street = g.pick(
            (
                f"{n} {st}",
                f"Unit {g.rng.randrange(1, 40)}, {g.pick(('Protea', 'Jacaranda', 'Acacia'))} Court, {n} {st}",
            )
        )
        latin = [
            (ent(street, "STREET_ADDRESS"),),
            (ent(suburb, "CITY"),),
            (ent(city, "CITY"), ", ", ent(zp, "ZIP_CODE")),
        ]
        return latin, None, city
    if cc == "EG":
        st, area, city, zp = g.pick(_EG_PLACES)
        street = g.pick(
            (f"Apt {g.rng.randrange(1, 30)}, {n} {st}", f"{n} {st}, Floor {g.rng.randrange(1, 12)}")
        )
        latin = [
            (ent(street, "STREET_ADDRESS"), ", ", ent(area, "CITY")),
            (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE")),
        ]
        return latin, None, city
    if cc == "TR":
        st, district, city, zp = g.pick(_TR_PLACES)
        street = g.pick(
            (f"{st} No: {n} D: {g.rng.randrange(1, 20)}", f"{st} No:{n}/{g.rng.randrange(1, 20)}")
        )
        latin = [
            (ent(street, "STREET_ADDRESS"),),
            (ent(zp, "ZIP_CODE"), " ", ent(district, "CITY"), "/", ent(city, "CITY")),
        ]
        return latin, None, city
    if cc in ("RU", "UA"):
        city_l, city_c, zpat = g.pick(_RU_PLACES if cc == "RU" else _UA_PLACES)
        st_l, st_c = g.pick(_RU_STREETS if cc == "RU" else _UA_STREETS)
        zp = g.fill(zpat)
        flat = g.rng.randrange(1, 240)
        if cc == "RU":
            latin = [
                (ent(f"{st_l}, d. {n}, kv. {flat}", "STREET_ADDRESS"),),
                (ent(city_l, "CITY"), ", ", ent(zp, "ZIP_CODE")),
            ]
            native = [
                (
                    ent(zp, "ZIP_CODE"),
                    ", г. ",
                    ent(city_c, "CITY"),
                    ", ",
                    ent(f"{st_c}, д. {n}, кв. {flat}", "STREET_ADDRESS"),
                )
            ]
        else:
            latin = [
                (ent(f"{st_l}, {n}, kv. {flat}", "STREET_ADDRESS"),),
                (ent(city_l, "CITY"), ", ", ent(zp, "ZIP_CODE")),
            ]
            native = [
                (
                    ent(f"{st_c}, буд. {n}, кв. {flat}", "STREET_ADDRESS"),
                    ", м. ",
                    ent(city_c, "CITY"),
                    ", ",
                    ent(zp, "ZIP_CODE"),
                )
            ]
        return latin, native, city_l
    if cc == "GR":
        city_l, city_g, zpat = g.pick(_GR_PLACES)
        st_l, st_g = g.pick(_GR_STREETS)
        zp = g.fill(zpat)
        latin = [(ent(f"{st_l} {n}", "STREET_ADDRESS"),), (ent(zp, "ZIP_CODE"), " ", ent(city_l, "CITY"))]
        native = [(ent(f"{st_g} {n}", "STREET_ADDRESS"), ", ", ent(zp, "ZIP_CODE"), " ", ent(city_g, "CITY"))]
        return latin, native, city_l
    if cc == "PT":
        city, zpat = g.pick(_PT_PLACES)
        floor = g.pick(("", ", 2.º Esq.", ", 3.º Dto.", ", R/C", ", 1.º Frente"))
        latin = [
            (ent(f"{g.pick(_PT_STREETS)}, {n}{floor}", "STREET_ADDRESS"),),
            (ent(g.fill(zpat), "ZIP_CODE"), " ", ent(city, "CITY")),
        ]
        return latin, None, city
    if cc == "MX":
        col, alc, city, state, zp = g.pick(_MX_PLACES)
        inner = g.pick(("", f", Int. {g.rng.randrange(1, 12)}", f" Depto. {g.rng.randrange(101, 804)}"))
        latin = [
            (ent(f"{g.pick(_MX_STREETS)} {n * 7}{inner}", "STREET_ADDRESS"),),
            ("Col. ", ent(col, "CITY")) + ((", ", ent(alc, "CITY")) if alc else ()),
            ("C.P. ", ent(zp, "ZIP_CODE"), ", ", ent(city, "CITY"), ", ", ent(state, "STATE_OR_COUNTRY")),
        ]
        return latin, None, city
    if cc == "AR":
        city, prov, zpat = g.pick(_AR_PLACES)
        inner = g.pick(
            (
                "",
                f", piso {g.rng.randrange(1, 15)} depto. {g.pick('ABCDEF')}",
                f" {g.rng.randrange(1, 12)}°{g.pick('ABC')}",
            )
        )
        latin = [
            (ent(f"{g.pick(_AR_STREETS)} {n * 9}{inner}", "STREET_ADDRESS"),),
            (ent(g.fill(zpat), "ZIP_CODE"), " ", ent(city, "CITY"), ", ", ent(prov, "STATE_OR_COUNTRY")),
        ]
        return latin, None, city
    if cc == "CA":
        city, prov, first = g.pick(_CA_PLACES)
        unit = g.rng.randrange(2, 2400)
        street = g.pick(
            (
                f"{n * 10} {g.pick(_CA_STREETS)}, Unit {unit}",
                f"{unit}-{n * 10} {g.pick(_CA_STREETS)}",
                f"{n * 10} {g.pick(_CA_STREETS)}",
            )
        )
        pc = first + g.fill("#@ #@#")
        latin = [
            (ent(street, "STREET_ADDRESS"),),
            (ent(city, "CITY"), " ", ent(prov, "STATE_OR_COUNTRY"), "  ", ent(pc, "ZIP_CODE")),
        ]
        return latin, None, city
    if cc == "CAQ":
        city, first = g.pick(_CAQ_PLACES)
        street = f"{n * 10}, {g.pick(_CAQ_STREETS)}" + g.pick(
            ("", f", app. {g.rng.randrange(1, 40)}", f", bureau {g.rng.randrange(100, 900)}")
        )
        pc = first + g.fill("#@ #@#")
        latin = [
            (ent(street, "STREET_ADDRESS"),),
            (ent(city, "CITY"), " (", ent("Québec", "STATE_OR_COUNTRY"), ")  ", ent(pc, "ZIP_CODE")),
        ]
        return latin, None, city
    if cc == "NZ":
        st, suburb, city, zp = g.pick(_NZ_PLACES)
        if g.chance(0.3):
            latin = [
                (
                    ent(
                        f"{n * 12} {g.pick(('Kahikatea', 'Totara', 'Matai'))} Road, "
                        f"RD {g.rng.randrange(1, 9)}",
                        "STREET_ADDRESS",
                    ),
                ),
                (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE")),
            ]
        else:
            street = g.pick(
                (f"{n} {st}", f"Flat {g.rng.randrange(1, 9)}, {n} {st}", f"{g.rng.randrange(1, 9)}/{n} {st}")
            )
            latin = [
                (ent(street, "STREET_ADDRESS"),),
                (ent(suburb, "CITY"),),
                (ent(city, "CITY"), " ", ent(zp, "ZIP_CODE")),
            ]
        return latin, None, city
    if cc == "BE":
        city, zp, lang = g.pick(_BE_PLACES)
        box = g.pick(
            ("", f" {'bus' if lang == 'nl' else 'bte'} {g.rng.randrange(1, 30)}", f"/{g.rng.randrange(1, 9)}")
        )
        latin = [
            (ent(f"{g.pick(_BE_STREETS[lang])} {n}{box}", "STREET_ADDRESS"),),
            (ent(zp, "ZIP_CODE"), " ", ent(city, "CITY")),
        ]
        return latin, None, city
    if cc == "IE":
        town, county, key = g.pick(_IE_PLACES)
        eircode = f"{key} {g.fill(g.pick(('@#@#', '#@@#', '@@##', '@###')))}"
        lines_ = [(ent(f"{n} {g.pick(_IE_STREETS)}", "STREET_ADDRESS"),), (ent(town, "CITY"),)]
        if county:
            lines_.append((ent(county, "STATE_OR_COUNTRY"),))
        lines_.append((ent(eircode, "ZIP_CODE"),))
        return lines_, None, town
    a = address(g, _LOC[cc])
    town = a.city.text if isinstance(a.city, Ent) else ""
    return lines(a), None, town


def _national_id(g: Gen, cc: str, born: date) -> tuple[str, Ent]:
    yy, mm, dd = f"{born.year % 100:02d}", f"{born.month:02d}", f"{born.day:02d}"
    label, text = {
        "JP": ("My Number", g.fill("#### #### ####")),
        "KR": ("RRN", f"{yy}{mm}{dd}-{g.pick('12' if born.year < 2000 else '34')}" + g.fill("######")),
        "CN": ("ID", g.fill("%#####") + f"{born.year}{mm}{dd}" + g.fill("###") + g.pick("0123456789X")),
        "IN": ("Aadhaar", g.fill("%### #### ####")) if g.chance(0.6) else ("PAN", g.fill("@@@@@####@")),
        "PK": ("CNIC", g.fill("%####-#######-#")),
        "NG": ("NIN", g.fill("%##########")),
        "KE": ("ID No.", g.fill("%#######")),
        "ZA": ("ID", f"{yy}{mm}{dd}" + g.fill("####08#")),
        "EG": ("National ID", f"{2 if born.year < 2000 else 3}{yy}{mm}{dd}" + g.fill("#####%#")),
        "TR": ("T.C. Kimlik No", g.fill("%##########")),
        "RU": ("Passport", g.fill("## ## ######")) if g.chance(0.5) else ("SNILS", g.fill("###-###-### ##")),
        "UA": ("RNOKPP", g.fill("%#########")),
        "GR": ("AFM", g.fill("#########")) if g.chance(0.5) else ("AMKA", f"{dd}{mm}{yy}" + g.fill("#####")),
        "FR": ("INSEE", g.ident("national", "fr_FR").text),
        "ES": ("DNI", g.ident("national", "es_ES").text),
        "IT": ("Codice fiscale", g.ident("national", "it_IT").text),
        "PT": ("NIF", g.fill("2########")),
        "BR": ("CPF", g.ident("national", "pt_BR").text),
        "MX": ("CURP", g.fill("@@@@") + f"{yy}{mm}{dd}" + g.pick("HM") + g.fill("@@@@@##")),
        "AR": ("DNI", g.fill("%#.###.###")) if g.chance(0.5) else ("CUIT", g.fill("2#-%#######-#")),
        "CA": ("SIN", g.fill("%## ### ###")),
        "CAQ": ("NAS", g.fill("%## ### ###")),
        "AU": ("TFN", g.fill("### ### ###")),
        "NZ": ("IRD", g.fill("###-###-###")),
        "SE": ("Personnummer", g.ident("national", "sv_SE").text),
        "NO": ("Fødselsnummer", g.ident("national", "no_NO").text),
        "DK": ("CPR", f"{dd}{mm}{yy}-" + g.fill("####")),
        "FI": ("HETU", g.ident("national", "fi_FI").text),
        "PL": ("PESEL", g.ident("national", "pl_PL").text),
        "CZ": ("Rodné číslo", g.ident("national", "cs_CZ").text),
        "NL": ("BSN", g.ident("national", "nl_NL").text),
        "BE": ("Rijksregisternr.", f"{yy}.{mm}.{dd}-" + g.fill("###.##")),
        "IE": ("PPSN", g.fill("#######@") + g.pick(("", "A", "W"))),
        "GB": ("NI No.", g.fill("@@ ## ## ## ") + g.pick("ABCD")),
    }[cc]
    return label, ent(text, "ID")


def who(g: Gen, cc: str, born: date | None = None) -> Who:
    first, last, female, written, native = _names(g, cc)
    first, last, written = (" ".join(x.split()) for x in (first, last, written))
    lines_, native_lines, town = _address(g, cc)
    nat, intl = _fill2(g, *g.pick(PHONES[cc]))
    label, nid = _national_id(g, cc, born or _dob_day(g))
    return Who(
        cc,
        first,
        last,
        female,
        _p(written),
        _p(native) if native else None,
        lines_,
        native_lines,
        town,
        ent(nat, "PHONE_NUMBER"),
        ent(intl, "PHONE_NUMBER"),
        COUNTRY_NAME[cc],
        label,
        nid,
    )


def _iban(g: Gen, loc: str) -> Ent:
    """An IBAN of any Faker locale whose bank provider makes its own country's IBANs."""
    code = g.fake(loc).iban()
    if g.chance(0.5):
        code = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return ent(code, "IBAN_CODE")


def _countries(g: Gen, n: int, pool: tuple = COUNTRIES) -> list[str]:
    g.multi = True
    return g.rng.sample(pool, min(n, len(pool)))


def _flat(piece) -> list:
    if isinstance(piece, str | Ent):
        return [piece]
    return [x for p in piece for x in _flat(p)]


def _jp(piece) -> list:
    """The pieces JSON-escaped (labels kept)."""
    return [_jent(x) if isinstance(x, Ent) else _json(x) for x in _flat(piece)]


# ---------------------------------------------------------------- chat transcripts

_EN = ("en_US", "en_GB", "en_IE", "en_AU", "en_CA")


@T("chat_transcript")
def t5_slack_copy_paste(g: Gen, b: Builder) -> None:
    """Slack messages copied from the desktop client: "Name  10:42 AM" headers, @handles in the text,
    emoji reactions, "(edited)", thread footers, an app bot that names the assignee."""
    loc = g.pick(_EN)
    ppl = [g.person(loc) for _ in range(3)]
    handles = [_handle_text(g, p.first, p.last) for p in ppl]
    cust = g.person(g.pick(("sv_SE", "de_DE", "nl_NL", "fr_FR", "en_GB", "pl_PL")))
    a = address(g, cust.loc)
    ms = iter(_clocks(g, 10, 8 * 60, 18 * 60))
    channel = g.pick(("#eu-billing", "#support-escalations", "#ops-emea", "#cx-tier2"))

    def head(i: int) -> None:
        name = _p(f"{ppl[i].first} {ppl[i].last}") if g.chance(0.7) else _p(handles[i])
        b(name, "  ", _ampm(next(ms)), "\n")

    b(channel, "\n", g.pick(("Today", "Yesterday", filler.weekday(g))), "\n")
    head(0)
    b("hey @", _p(handles[1]), " can you check the ", filler.product(g), " queue before standup? ")
    b(
        "the ",
        g.pick(("Hamburg", "Lisbon", "Dublin", "Kraków")),
        " team is waiting on us again :sweat_smile:\n",
    )
    b(":eyes: 2  :+1: 1\n")
    head(1)
    b("on it. fyi the customer called again — ", g.name(cust, g.pick(("full", "last_first"))), " (")
    b(g.email(cust), ") says ", filler.issue(g).lower(), "\n")
    b("she" if cust.female else "he", " moved btw, new address is ", one_line(a), " (edited)\n")
    b("3 replies  Last reply today at ", _ampm(next(ms)), "\n")
    b(g.pick(("Jira Cloud", "Zendesk", "Linear")), "  APP  ", _ampm(next(ms)), "\n")
    b(g.ref("ticket"), " reassigned from ", _p(f"{ppl[1].first} {ppl[1].last}"), " to ")
    b(_p(f"{ppl[2].first} {ppl[2].last}"), " · Priority: ", g.pick(("High", "Medium", "Urgent")), "\n")
    head(2)
    b("thx @", _p(handles[1]), " — ", _p(ppl[0].first.lower()), " do we still refund to the card on file or ")
    b("do we need their IBAN? they sent ", g.iban(cust.loc), " in the ticket\n")
    head(0)
    b("IBAN is fine. cc @", _p(handles[2]), " for the ", g.pick(("Q3", "March", "EMEA")), " report\n")
    newbie = g.person(loc)
    b(_p(f"{newbie.first} {newbie.last}"), " joined ", channel, ". Also, ", _p(handles[2]), " joined.\n")


@T("chat_transcript")
def t5_teams_meeting_chat(g: Gen, b: Builder) -> None:
    """The chat panel of a Teams meeting pasted into a document: corporate name shapes ("Kowalski,
    Anna (EXT)", "MOREAU Jean-Luc [Unverified]"), joins and leaves, a deputy handed over with a phone
    number and an address for the courier."""
    ppl = [
        who(g, c)
        for c in _countries(g, 4, ("PL", "FR", "JP", "GB", "IE", "NL", "IT", "ES", "SE", "KR", "IN"))
    ]
    tags = ("(EXT)", "(Guest)", "[Unverified]", "(External)", "(Contoso)", "", "")

    def shown(w: Who) -> tuple:
        text = g.pick(
            (
                f"{w.last}, {w.first}",
                f"{w.last.upper()} {w.first}",
                f"{w.first} {w.last}",
                f"{w.first} {w.last[0]}.",
            )
        )
        tag = g.pick(tags)
        return (_p(text),) + ((" ", tag) if tag else ())

    names = [shown(w) for w in ppl]
    ms = iter(_clocks(g, 12, 9 * 60, 17 * 60))
    title = g.pick(("Q3 vendor sync", "Onboarding — Phase 2", "Weekly ops review", "Steering committee"))
    b("Meeting chat — ", title, "\n\n")

    def say(i: int, *text) -> None:
        b(*names[i], "   ", _ampm(next(ms)), "\n", *text, "\n\n")

    b(*names[0], " joined the meeting\n", *names[1], " joined the meeting\n\n")
    say(0, "Hi all, joining from the ", g.pick(("Warsaw", "Paris", "Tokyo", "Osaka", "Madrid")), " office 👋")
    say(1, "Audio is breaking up for me. If I drop, call me on ", ppl[1].intl, " please")
    say(2, "Slides are in the ", g.pick(("PMO", "Vendor", "Ops")), " channel, Files tab")
    say(
        0,
        "From next week my deputy is ",
        _p(f"{ppl[3].first} {ppl[3].last}"),
        " (",
        ppl[3].email(g, "contoso.com"),
        ", ",
        ppl[3].phone,
        ").",
    )
    say(
        3,
        "Thanks ",
        _p(ppl[0].first),
        "! Happy to help. @",
        _p(f"{ppl[2].first} {ppl[2].last}"),
        " can you add me to the invite?",
    )
    say(2, "done ✅ — the courier needs a delivery address for the badges, is it still")
    b("    ", *ppl[3].one_line(), "\n\n")
    say(3, "Yes, that's right. Reception is open until 6")
    b(*names[1], " left the meeting\n")
    b("Recording has started. ", g.pick(("Transcription is on.", "Copilot is on.", "")), "\n")


@T("chat_transcript")
def t5_telegram_json_export(g: Gen, b: Builder) -> None:
    """A Telegram Desktop JSON export (result.json) of a private group: text as typed entity arrays
    (mention, phone, email, plain), numeric from_id strings, ISO timestamps."""
    cc = g.pick(("UA", "RU", "PL", "CZ", "TR", "GB", "GR"))
    ppl = [who(g, cc) for _ in range(3)]
    g.multi = True
    d = g.day()
    mid = g.rng.randrange(1000, 90000)
    secs = _clocks(g, 8, 9 * 60, 23 * 60)
    handles = [_handle_text(g, w.first, w.last) for w in ppl]
    b(
        '{\n "name": "',
        _jent(_p(ppl[0].first)),
        g.pick((" & co", "'s flat", " family", " moving day")),
        '",\n',
    )
    b(' "type": "private_group",\n "id": ', g.ref(text=g.fill("%#########")), ',\n "messages": [\n')

    def msg(i: int, parts: list, last: bool = False) -> None:
        nonlocal mid
        mid += g.rng.randrange(1, 9)
        m = secs.pop(0)
        b('  {\n   "id": ', str(mid), ',\n   "type": "message",\n')
        b('   "date": "', d.isoformat(), f"T{_hm(m)}:{g.rng.randrange(60):02d}", '",\n')
        b('   "from": "', _jent(_p(f"{ppl[i].first} {ppl[i].last}")), '",\n')
        b('   "from_id": "user', g.ref(text=g.fill("%#########")), '",\n   "text": [')
        for k, part in enumerate(parts):
            b(", " * bool(k))
            if (
                isinstance(part, tuple)
                and len(part) == 2
                and part[0] in ("mention", "phone", "email", "plain")
            ):
                kind, value = part
                b('{"type": "', kind, '", "text": "', *_jp(value), '"}')
            else:
                b('"', *_jp(part), '"')
        b("]\n  }", "" if last else ",", "\n")

    msg(
        0,
        [
            "ok so the movers come ",
            g.pick(("saturday", "at 9", "tomorrow")),
            ", ",
            ("mention", ("@", _p(handles[1]))),
            " are u free",
        ],
    )
    msg(1, ["yes!! send me the new address pls"])
    msg(0, [("plain", ppl[0].one_line())])
    msg(2, ["if they get lost they can ring me ", ("phone", ppl[2].phone)])
    msg(1, ["or email ", ("email", ppl[1].email(g)), " for the invoice"])
    msg(0, [("thx ", _p(ppl[2].first.lower()), " ❤️ and ", _p(ppl[1].first.lower()))], last=True)
    b(" ]\n}\n")


@T("chat_transcript")
def t5_matrix_element_log(g: Gen, b: Builder) -> None:
    """An Element (Matrix) room exported as plain text: MXIDs (@localpart:server), display-name changes,
    replies quoting the earlier line, an invite with an e-mail address."""
    loc = g.pick(("en_GB", "en_US", "de_DE", "nl_NL", "fi_FI", "sv_SE"))
    ppl = [g.person(loc) for _ in range(3)]
    locals_ = [_handle_text(g, p.first, p.last) for p in ppl]
    servers = [g.pick(("matrix.org", "tchncs.de", "envs.net", "mozilla.org", "fosdem.org")) for _ in ppl]
    d = g.day()
    ms = iter(_clocks(g, 10, 10 * 60, 23 * 60))
    room = g.pick(("#selfhosting:matrix.org", "#homeassistant:matrix.org", "#rust-berlin:matrix.org"))

    def mx(i: int) -> tuple:
        return ("@", _p(locals_[i]), ":", servers[i])

    def line(i: int, *text) -> None:
        b("[", g.date(d, "iso"), " ", _hm(next(ms)), "] <", *mx(i), "> ", *text, "\n")

    b("Room ", room, " — exported by ", *mx(0), "\n")
    b("* ", *mx(1), " joined the room\n")
    b("* ", *mx(1), " changed their display name to ", _p(f"{ppl[1].first} {ppl[1].last[0]}."), "\n")
    line(
        0,
        "welcome ",
        _p(ppl[1].first.lower()),
        "! the meetup is at c-base again, ",
        filler.weekday(g).lower(),
        " 19:00",
    )
    line(
        1,
        "> <",
        *mx(0),
        "> the meetup is at c-base again\n  cool, can you ship me the spare Raspberry Pi 4 instead? "
        "I can't make it",
    )
    a = address(g, loc)
    line(0, "sure, DM me your address")
    line(1, "it's ", one_line(a), " — name on the bell is ", g.name(ppl[1], g.pick(("last", "LAST"))))
    line(2, "lol that's a public room ", _p(ppl[1].first.lower()), " 😅 you might want to redact that")
    b("* ", *mx(1), " redacted an event\n")
    line(0, "I'll invite ", _mail(g, ppl[2].first, ppl[2].last), " to the organisers room too")
    b("* ", *mx(0), " invited ", *mx(2), "\n")


@T("chat_transcript")
def t5_imessage_export(g: Gen, b: Builder) -> None:
    """An imessage-exporter text file: a timestamp line, the sender (a phone number, an Apple ID e-mail,
    "Me" or a saved contact), the message; read receipts and a tapback; a card address and a birthday."""
    loc = g.pick(("en_US", "en_GB", "en_AU", "en_CA", "en_IE"))
    them = g.person(loc)
    nan = g.person(loc, female=True)
    sender = g.pick((g.phone(loc, ext=0), g.email(them), g.name(them, "full")))
    d = g.day()
    ms = iter(_clocks(g, 9, 8 * 60, 23 * 60))

    def msg(me: bool, *text, receipt: str = "") -> None:
        m = next(ms)
        b(
            f"{fmt_date(d, 'Mon d, yyyy')} {(m // 60 - 1) % 12 + 1:2d}:{m % 60:02d}:"
            f"{g.rng.randrange(60):02d} {'PM' if m >= 720 else 'AM'}"
        )
        b(receipt, "\n", "Me" if me else sender, "\n", *text, "\n\n")

    a = address(g, loc)
    msg(False, "did u get nans new address for the card")
    msg(True, "no?? send it", receipt=f" (Read by them after {g.rng.randrange(1, 9)} minutes)")
    msg(False, lower(a.street), "\n", lower(a.city), " ", a.zip)
    msg(
        True,
        "is that the retirement flat near the big ",
        g.pick(("Tesco", "Walmart", "Woolworths", "Costco")),
        "?",
    )
    msg(
        False,
        "yes. her landline there is ",
        g.phone(loc, ext=0),
        g.pick((" but she never answers it", " and her mobile is off", "")),
    )
    msg(True, "Loved “her landline there is…”")
    born = g.day(1931, 1945)
    msg(
        False,
        "also it's her ",
        g.age(d.year - born.year),
        "th on ",
        g.date(born, "d Month", dob=True),
        " so card needs to go by ",
        filler.weekday(g).lower(),
    )
    msg(True, "on it. what's her full name for the envelope, ", g.name(nan, "full"), "?")
    msg(False, "mrs ", g.name(nan, "full").lower(), " lol yes")


@T("chat_transcript")
def t5_otter_transcript(g: Gen, b: Builder) -> None:
    """An Otter.ai export: title, date and duration, then "Speaker  m:ss" blocks of disfluent speech;
    unidentified speakers ("Speaker 2", "Unknown Speaker"), a spoken e-mail and a phone number said
    in groups, a client's name and town in passing."""
    loc = g.pick(("en_US", "en_US", "en_GB", "en_CA", "en_AU"))
    host, other = g.person(loc), g.person(loc)
    client = g.person(loc)
    d = g.day()
    t = 4
    b(g.pick(("Weekly sync", "Client intake call", "Pipeline review", "Interview debrief")), "\n")
    b(
        g.date(d, g.pick(("Mon d, yyyy", "m/d/yyyy", "dd Mon yyyy"))),
        " · ",
        str(g.rng.randrange(18, 58)),
        "min\n\n",
    )

    def block(speaker, *text) -> None:
        nonlocal t
        t += g.rng.randrange(15, 160)
        b(*speaker, "  ", f"{t // 60}:{t % 60:02d}", "\n", *text, "\n\n")

    s_host = (g.name(host, g.pick(("full", "first"))),)
    s2 = g.pick((("Speaker 2",), (g.name(other, "full"),)))
    mail = g.email(client)
    local, dom = mail.text.split("@")
    spoken = ent(
        f"{local.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}",
        "EMAIL_ADDRESS",
    )
    a = address(g, loc)
    block(
        s_host,
        "Okay, so, um, let's start with the ",
        g.pick(("Denver", "Leeds", "Ottawa", "Perth")),
        " account. ",
    )
    block(
        s2,
        "Yeah so I talked to, uh, ",
        g.name(client, "full"),
        " on ",
        filler.weekday(g),
        ", she's, um, the ops lead there now." if client.female else ", he's, um, the ops lead there now.",
    )
    block(s_host, "Right. Do we have her email?" if client.female else "Right. Do we have his email?")
    block(s2, "Yeah it's ", spoken, ". Or, wait, I'll put it in the chat.")
    block(("Unknown Speaker",), "And the cell, if you need it, is ", g.phone(loc, ext=0), ".")
    block(
        s_host,
        "Great. And the contract goes to the ",
        g.pick(("head office", "home office", "billing address")),
        ", which is ",
        one_line(a),
        ", right? Not the ",
        g.pick(("Chicago", "London", "Toronto", "Sydney")),
        " site.",
    )
    block(
        s2,
        "Correct. And loop in ",
        g.name(other if s2[0] == "Speaker 2" else host, "first"),
        " on the, uh, the renewal.",
    )
    b("Transcribed by https://otter.ai\n")


_KO_LINES = (
    ("언니 주소 좀 보내줘", "send me your address sis"),
    ("택배 보낼게", "i'll send a parcel"),
    ("번호 바뀌었어 내 새 번호야", "changed my number this is the new one"),
    ("엄마한테 말해줘", "tell mum"),
    ("고마워", "thanks"),
)


@T("chat_transcript")
def t5_kakaotalk_export(g: Gen, b: Builder) -> None:
    """A KakaoTalk chat exported to text (English UI): "[name] [time] message" lines in Korean mixed with
    English, Hangul names with a vocative suffix (민준아), a Korean road address and a phone number."""
    g.multi = True
    me, bro = who(g, "KR"), who(g, "KR")
    sis = next((w for w in (who(g, "KR") for _ in range(6)) if w.female), who(g, "KR"))
    d = g.day()
    ms = iter(_clocks(g, 12, 9 * 60, 23 * 60))
    hangul = [w.native_name.text if w.native_name else w.first for w in (me, sis, bro)]
    given = [h[1:] if len(h) == 3 else h for h in hangul]
    b("Talk_", f"{d.year}.{d.month}.{d.day} {_hm(next(ms))}", "-1.txt\n")
    b(
        "Chat with ",
        _p(given[1]),
        "\nDate Saved : ",
        g.date(d, "iso"),
        f" {_hm(next(ms))}:{g.rng.randrange(60):02d}\n\n",
    )
    b(
        f"--------------- {vocab.WEEKDAYS[d.weekday()]}, {vocab.MONTHS[d.month - 1]} {d.day}, {d.year} "
        "---------------\n"
    )
    names = [g.pick((_p(hangul[0]), _p(f"{me.first} {me.last}"))), _p(given[1])]

    def say(i: int, *text) -> None:
        b("[", names[i], "] [", _ampm(next(ms)), "] ", *text, "\n")

    say(0, "언니 주소 좀 보내줘 ", g.pick(("생일 선물 택배 보낼게", "i'll send ur bday present")), " 🎁")
    say(1, "ㅋㅋㅋ ok")
    say(1, *(sis.native_lines[0] if sis.native_lines else sis.one_line()))
    say(1, "or in english for the courier: ", *sis.one_line())
    say(0, _p(given[2]), "아 ", g.pick(("너도 봤지?", "did u see")), " lol")
    say(0, "btw 번호 바뀌었어 ", me.phone)
    say(1, "ok 저장함. ", _p(f"{bro.first}"), " said his is still ", bro.phone)
    say(0, g.pick(("고마워", "thx")), " ", _p(given[1]), " 언니 ❤️")
    b("Photo\n")


_ZH_LINES = ("你到了吗?", "收到", "谢谢", "明天见", "我的电话", "地址发你了", "快递到了吗")


@T("chat_transcript")
def t5_wechat_group_copy(g: Gen, b: Builder) -> None:
    """WeChat group messages copied on the desktop client ("Name yyyy/m/d hh:mm" then the text), Chinese
    and English mixed, pinyin and hanzi names, @mentions with a thin space, an address in Chinese
    order and one in pinyin, a phone number given twice."""
    g.multi = True
    ppl = [who(g, "CN") for _ in range(3)]
    eng = g.pick(("Kevin", "Vivian", "Tony", "Cindy", "Jason", "Grace"))
    d = g.day()
    ms = iter(_clocks(g, 9, 9 * 60, 22 * 60))
    group = g.pick(("Shanghai expat parents", "研究生同学群", "Hangzhou hiking 🥾", "Office move 搬家"))
    b(group, " (", str(g.rng.randrange(12, 200)), ")\n\n")

    def say(i: int, *text) -> None:
        shown = g.pick((_p(f"{ppl[i].last} {ppl[i].first}"), ppl[i].native_name or _p(ppl[i].first)))
        b(shown, " ", f"{d.year}/{d.month}/{d.day} {_hm(next(ms))}", "\n", *text, "\n")

    say(0, "@", ppl[1].native_name or _p(ppl[1].first), "\u2005你到了吗? we're in the lobby")
    say(1, "快到了 5 min")
    say(
        2,
        "the dinner place is ",
        g.pick(("Din Tai Fung", "Haidilao", "Wagas")),
        " on the 3rd floor, not the one in ",
        g.pick(("Jing'an", "Pudong", "Xintiandi")),
    )
    say(0, "地址发你了: ", *ppl[0].native_lines[0] if ppl[0].native_lines else ppl[0].one_line())
    say(1, "收到 thanks! for the taxi: ", *ppl[0].one_line())
    say(2, "my English name is ", _p(eng), " btw 😂 我的电话 ", ppl[2].phone, " / ", ppl[2].intl)
    say(0, "谢谢 ", _p(ppl[2].first), "! 明天见")


@T("chat_transcript")
def t5_line_chat_jp(g: Gen, b: Builder) -> None:
    """A LINE chat history export: date headers "2024/03/05(Tue)", tab-separated "time, name, text",
    Japanese and English mixed, honorifics glued to names (田中さん, tanaka-san), a 〒 address and a
    mobile number."""
    g.multi = True
    me, friend, other = who(g, "JP"), who(g, "JP"), who(g, "JP")
    d = g.day()
    ms = iter(_clocks(g, 10, 9 * 60, 23 * 60))
    b("[LINE] Chat history with ", friend.native_name or _p(friend.first), "\nSaved on: ")
    b(
        g.date(d + timedelta(days=g.rng.randrange(1, 30)), "iso").text.replace("-", "/"),
        f" {_hm(next(ms))}\n\n",
    )
    b(f"{d.year}/{d.month:02d}/{d.day:02d}({vocab.WEEKDAYS[d.weekday()][:3]})\n")
    boss_k, boss_r = g.pick(_JP_LAST)

    def say(i: int, *text) -> None:
        who_ = (_p(f"{me.first} {me.last}"), friend.native_name or _p(friend.first))[i]
        b(_hm(next(ms)), "\t", who_, "\t", *text, "\n")

    say(1, "駅に着いた! where are you")
    say(0, "sorry 5分遅れる 🙏")
    say(
        1,
        "了解。 btw ",
        g.pick(((_p(boss_k), "さん"), (_p(boss_r.lower()), "-san"))),
        " asked for your address for the wedding invite",
    )
    say(0, "〒", *me.native_lines[0][1:], " ", *me.native_lines[1] if me.native_lines else ())
    say(0, "romaji: ", *me.one_line())
    say(
        1,
        "ok. and ",
        _p(other.last.lower()),
        "-san's number? ",
        g.pick(("電話して", "call me")),
        " if you have it",
    )
    say(0, other.phone, " ", g.pick(("ありがとう!", "thx!")))
    say(1, "[Sticker]")
    say(1, "また明日 ", _p(me.first.lower()), " 👋")


@T("chat_transcript")
def t5_ridehail_driver_chat(g: Gen, b: Builder) -> None:
    """A ride-hailing trip's in-app chat as shown in the receipt e-mail: driver first name and car plate,
    rider's pickup point as a street address, a masked relay number, a lost-property follow-up."""
    loc = g.pick(("en_GB", "en_US", "en_IE", "en_AU", "en_CA"))
    driver = g.person(loc)
    drv_first = g.pick((driver.first, g.pick(("Kwame", "Abdi", "Tariq", "Emre", "Olu", "Mehmet", "Sandeep"))))
    rider = g.person(loc)
    d = g.day()
    ms = iter(_clocks(g, 10, 20 * 60, 23 * 60 + 59))
    plate = g.fill(g.pick(("@@## @@@", "@@@ ###", "###-@@@", "%@@@###", "##-D-#####")))
    a = address(g, loc)
    b(
        "Trip ",
        g.ref(text=g.fill("#@#@-##@")),
        " · ",
        filler.weekday(g)[:3],
        " ",
        g.date(d, "d Mon"),
        " · ",
        _hm(next(ms)),
        "\n",
    )
    b(
        "Driver: ",
        _p(drv_first),
        " (",
        g.pick(("Toyota Prius", "Skoda Octavia", "Kia Niro", "Tesla Model 3")),
        " · ",
        ent(plate, "ID"),
        ") ★",
        f"4.{g.rng.randrange(70, 99)}\n",
    )
    b("Rider: ", g.name(rider, "first"), "\n\n")

    def say(who_, *text) -> None:
        b("[", _hm(next(ms)), "] ", *who_, ": ", *text, "\n")

    say((_p(drv_first),), "hi im outside ", a.street, " but theres no space to stop")
    say(
        ("You",),
        "coming down now, im at the side entrance next to the ",
        g.pick(("Pret", "pharmacy", "bus stop", "Starbucks")),
    )
    say((_p(drv_first),), "ok. call me if u cant see me ", g.phone(loc, ext=0), " (this number is masked)")
    say(("You",), "got you 👍")
    b("\n— Trip ended ", _hm(next(ms)), " · ", g.pick(("£", "$", "€")), _money(g, 8, 60), "\n\n")
    say(
        ("You",),
        "hi ",
        _p(drv_first.lower()),
        " i think i left my ",
        g.pick(("AirPods", "Kindle", "grey scarf", "wallet")),
        " in the back",
    )
    say((_p(drv_first),), "yes found it. can drop to your address tmrw, is it the pickup one?")
    home = address(g, loc)
    say(
        ("You",),
        "no pls bring to ",
        lower(one_line(home)) if g.chance(0.5) else one_line(home),
        ", ask for ",
        g.name(rider, g.pick(("full", "first"))),
        " at reception",
    )


@T("chat_transcript")
def t5_courier_chat_es_en(g: Gen, b: Builder) -> None:
    """A food-delivery order chat in Spanish and English (Madrid, Barcelona, Mexico City, Buenos Aires):
    the rider introduces himself, the customer types the street with portal/piso or colonia, a
    doorbell that does not work, a phone number, someone to hand the bag to."""
    cc = g.pick(("ES", "ES", "MX", "AR"))
    g.multi = True
    cust, other = who(g, cc), who(g, cc)
    rider = g.pick(("Andrés", "Yeferson", "Brayan", "Wilmer", "Santi", "Lucho", "Nacho", "Pablo"))
    brand = g.pick(("Glovo", "Just Eat", "Uber Eats", "Rappi", "PedidosYa"))
    ms = iter(_clocks(g, 9, 12 * 60, 23 * 60))
    b(
        brand,
        " · Pedido ",
        g.ref(text=g.fill("#@@-###")),
        " · ",
        g.pick(("McDonald's", "Taco Bell", "Vips", "Telepizza", "Sushi Shop")),
        "\n\n",
    )

    def say(who_, *text) -> None:
        b(_hm(next(ms)), "  ", *who_, ": ", *text, "\n")

    r = (_p(rider),)
    c = (_p(cust.first),) if g.chance(0.6) else ("Cliente",)
    say(r, "hola! soy ", _p(rider), ", tu repartidor 🛵 llego en 5 min")
    say(c, "hi sorry my spanish is bad. i'm at ", *cust.lines[0])
    if cc == "ES":
        say(
            c,
            "portal ",
            str(g.rng.randrange(1, 6)),
            ", the door with the ",
            g.pick(("green", "blue", "wooden")),
            " frame",
        )
    else:
        say(c, "es la casa ", g.pick(("azul", "blanca", "con reja negra")), " jaja")
    say(r, "vale, estoy abajo. el timbre no funciona??")
    say(c, "no 😩 llámame al ", cust.phone, " or whatsapp ", cust.intl)
    say(r, "ok te llamo")
    say(
        c,
        "actually can you leave it with the ",
        g.pick(("portero", "conserje", "vecino del 1º")),
        "? ask for ",
        _p(f"{other.first} {other.last.split()[0]}"),
    )
    say(r, "perfecto, se lo dejo a ", _p(other.first.lower()), ". gracias! ⭐⭐⭐⭐⭐ porfa")
    say(("Sistema",), "Pedido entregado · ", {"ES": "€", "MX": "MXN $", "AR": "ARS $"}[cc], _money(g, 9, 48))


@T("chat_transcript")
def t5_oncall_paging_bot(g: Gen, b: Builder) -> None:
    """An incident channel driven by a paging bot: the escalation policy with names and phone numbers,
    acks by handle, a customer's account and IP pasted from the logs, a hand-over to the next shift."""
    g.multi = True
    ccs = _countries(g, 3, ("IE", "IN", "GB", "PL", "PT", "ZA", "CA", "AU", "NZ"))
    ppl = [who(g, c) for c in ccs]
    handles = [_handle_text(g, w.first, w.last) for w in ppl]
    ms = iter(_clocks(g, 10, 0, 6 * 60))
    svc = g.pick(("payments-api", "auth-gateway", "search-indexer", "checkout-web"))
    region = g.pick(("eu-west-1", "us-east-2", "ap-south-1", "eu-central-1"))
    bot = g.pick(("PagerDuty", "Opsgenie", "incident.io"))
    b("#inc-", g.ref(text=g.digits(4)), "-", svc, "\n\n")
    b(bot, "  APP  ", _hm(next(ms)), "\n:rotating_light: Triggered: [P1] ", svc, " 5xx > 2% (", region, ")\n")
    b("Assigned to: ", _p(f"{ppl[0].first} {ppl[0].last}"), " · Escalation policy: SRE primary\n")
    b("Notified ", _p(ppl[0].first), " via phone ", ppl[0].intl, " and SMS\n")
    b(
        "  1) ",
        _p(f"{ppl[0].first} {ppl[0].last}"),
        "  2) ",
        _p(f"{ppl[1].first} {ppl[1].last}"),
        " (",
        ppl[1].intl,
        ")  3) @",
        _p(handles[2]),
        "\n\n",
    )
    b(
        _p(handles[0]),
        "  ",
        _hm(next(ms)),
        "\nack. looking. ",
        g.pick(("Grafana", "Datadog", "Kibana")),
        " shows it started after the ",
        g.pick(("v2.14.1", "v3.0.0-rc2", "1.88.0")),
        " deploy\n\n",
    )
    cust = g.person()
    b(
        _p(handles[0]),
        "  ",
        _hm(next(ms)),
        "\nfirst failing request is from ",
        g.ip(),
        " — account of ",
        g.name(cust, "full"),
        " (",
        g.email(cust),
        "), ",
    )
    b("the one Finance flagged in ", g.pick(("January", "the Q2 audit", "March")), "\n\n")
    b(
        _p(handles[1]),
        "  ",
        _hm(next(ms)),
        "\nrolling back now. @",
        _p(handles[0]),
        " go back to sleep, I've got it\n\n",
    )
    b(
        bot,
        "  APP  ",
        _hm(next(ms)),
        "\n:white_check_mark: Resolved by ",
        _p(f"{ppl[1].first} {ppl[1].last}"),
        " · duration ",
        str(g.rng.randrange(12, 95)),
        "m\n",
    )
    b(
        "Next on call: ",
        _p(f"{ppl[2].first} {ppl[2].last}"),
        " (",
        ppl[2].phone,
        ") from 09:00 ",
        g.pick(("UTC", "IST", "GMT", "CET")),
        "\n",
    )


@T("chat_transcript")
def t5_discord_modmail(g: Gen, b: Builder) -> None:
    """A Discord ModMail thread log: a user reports being doxxed, quotes the offending message (a real
    name, street address and school), moderators with handles, user IDs, an action log."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU", "de_DE", "nl_NL"))
    victim, doxxer = g.person(loc), g.person(loc)
    vh, dh = _handle_text(g, victim.first, victim.last), _handle_text(g, doxxer.first, doxxer.last)
    mods = [
        _p(g.pick(("Dex", "Nyx", "Sable", "Rook", "Juniper"))),
        _p(g.pick(("Tess", "Pixel", "Wren", "Orbit"))),
    ]
    d = g.day()
    ms = iter(_clocks(g, 9, 13 * 60, 23 * 60))
    a = address(g, loc)
    b("ModMail thread for ", _p(vh), " (", g.ref(text=g.fill("%" + "#" * 17)), ")  · opened by user\n")
    b(
        "Account age: ",
        str(g.rng.randrange(1, 6)),
        " years · roles: member, ",
        g.pick(("artist", "verified", "level 20")),
        "\n",
    )
    b("────────────────────────────\n")

    def line(tag: str, who_, *text) -> None:
        b(
            "[",
            g.date(d, "iso"),
            f" {_hm(next(ms))}:{g.rng.randrange(60):02d}",
            "] [",
            tag,
            "] ",
            *who_,
            ": ",
            *text,
            "\n",
        )

    line("USER", (_p(vh),), "hi someone in #general posted my irl address and my real name")
    line("MOD", (mods[0],), "sorry that happened. who posted it and roughly when?")
    line("USER", (_p(vh),), "@", _p(dh), " like 20 min ago. they wrote:")
    b(
        '      "lmao ',
        g.name(victim, g.pick(("full", "lower"))),
        " lives at ",
        lower(one_line(a)) if g.chance(0.5) else one_line(a),
        ' go say hi"\n',
    )
    line("MOD", (mods[1],), "deleted. it was up for 11 min, ", str(g.rng.randrange(3, 60)), " views")
    line(
        "USER",
        (_p(vh),),
        "they also know i go to ",
        g.pick(("Lincoln High", "the uni", "St Mary's")),
        " idk how",
    )
    line(
        "MOD",
        (mods[0],),
        "we've banned ",
        _p(dh),
        " and reported to Trust & Safety. if you feel unsafe contact local police",
    )
    b("────────────────────────────\n")
    b(
        "Action log: ban ",
        _p(dh),
        " (",
        g.ref(text=g.fill("%" + "#" * 17)),
        ") by ",
        mods[0],
        " · reason: doxxing (rule 4)\n",
    )


@T("chat_transcript")
def t5_tutor_parent_sms(g: Gen, b: Builder) -> None:
    """An SMS thread between a private tutor and a parent, exported from the phone: children's names in
    lowercase, the tutor's title-and-surname, the home address for the first lesson with a buzzer
    note, bank details for the invoice (account number is personal, the sort code is not)."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    tutor = who(g, g.pick(("NG", "GB", "IE", "IN", "PL"))) if g.chance(0.5) else None
    t_first, t_last = (tutor.first, tutor.last) if tutor else (g.person(loc).first, g.person(loc).last)
    parent, kid, kid2 = g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    d = g.day()
    ms = iter(_clocks(g, 10, 7 * 60, 22 * 60))
    title = g.pick(("Mrs", "Ms", "Mr", "Dr"))
    b(
        "Messages with ",
        title,
        " ",
        _p(t_last),
        " (",
        g.pick(("Maths tutor", "Piano", "GCSE Chemistry", "11+ tutor")),
        ")\n",
    )
    phone = g.phone(loc, ext=0)
    b(phone, "\n\n")

    def say(me: bool, *text) -> None:
        b(g.date(d, "dd/mm/yyyy"), " ", _hm(next(ms)), " ", ">" if me else "<", " ", *text, "\n")

    say(
        False,
        "hi its ",
        _p(f"{t_first} {t_last}".lower()) if g.chance(0.5) else _p(t_first),
        " from the tutoring, just confirming ",
        _p(kid.first.lower()),
        "s first lesson thurs 5pm",
    )
    say(
        True, "hi yes thats great. were at ", a.street, ", ", a.zip or a.city, " buzz twice the bell is dodgy"
    )
    say(False, "perfect. will ", _p(kid2.first.lower()), " be joining too or just the one")
    say(True, "just ", _p(kid.first), " for now, ", _p(kid2.first.lower()), " has football")
    cur = {"en_GB": "£", "en_IE": "€", "en_AU": "$"}[loc]
    say(
        False,
        "no problem. invoice to follow, its ",
        cur,
        str(g.rng.randrange(30, 60)),
        "/hr. bank: ",
        _p(f"{t_first[0]} {t_last}"),
    )
    say(
        False,
        "BSB " if loc == "en_AU" else "sort code ",
        g.ref(text=g.fill("###-###" if loc == "en_AU" else "##-##-##")),
        " acc ",
        ent(g.fill("########"), "ID"),
    )
    say(True, "paid 👍 ref ", _p(kid.first.upper()), " ", g.pick(("MAR", "WK1", "TERM2")))
    say(False, "thanks ", g.name(parent, "first"), "! see you thursday")


# Code-switched family chat lines: (language, greeting, "where are you", "send me your address",
# "my new number is", "thanks", "ok").
_SWITCH = {
    "arabizi": (
        "ezayak ya",
        "enta fein dlwa2ty?",
        "eb3atli el 3enwan",
        "raqmi el gedid",
        "shokran ya",
        "tamam",
    ),
    "taglish": (
        "uy",
        "nasaan ka na?",
        "pakisend naman yung address mo",
        "eto bagong number ko",
        "salamat po",
        "sige sige",
    ),
    "sheng": (
        "niaje",
        "uko wapi saa hii?",
        "nitumie address yako",
        "namba yangu mpya ni",
        "asante sana",
        "poa",
    ),
    "turkdeutsch": (
        "selam",
        "wo bist du abla?",
        "schick mir mal die adresse",
        "numaram değişti, neue nummer",
        "danke canım",
        "tamam",
    ),
}
_SWITCH_CC = {"arabizi": "EG", "taglish": "GB", "sheng": "KE", "turkdeutsch": "TR"}


@T("chat_transcript")
def t5_codeswitch_family_world(g: Gen, b: Builder) -> None:
    """A family group chat in Arabizi (3 for ع, 7 for ح), Taglish, Sheng or Turkish-German: kinship
    words next to lowercase names (teta, tita, shosho, abla), an address pasted from the maps app,
    a new phone number, a cousin's e-mail for the tickets."""
    lang = g.pick(tuple(_SWITCH))
    hi, where, send, newnum, thanks, ok = _SWITCH[lang]
    cc = _SWITCH_CC[lang]
    g.multi = True
    ppl = [who(g, cc) for _ in range(3)]
    if lang == "taglish":
        firsts = g.rng.sample(("Maricel", "Jomar", "Rowena", "Arnel", "Lovely", "Jerome", "Rhea", "Bong"), 3)
        lasts = g.rng.sample(("Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan"), 3)
        for w, f, la in zip(ppl, firsts, lasts, strict=True):
            w.first, w.last, w.name = f, la, _p(f"{f} {la}")
    kin = {"arabizi": "teta", "taglish": "tita", "sheng": "shosho", "turkdeutsch": "abla"}[lang]
    d = g.day()
    ms = iter(_clocks(g, 10, 8 * 60, 23 * 60))
    b(g.pick(("Family ❤️", "the cousins", "Famiglia", "ailem 🇹🇷🇩🇪", "pamilya")), "\n")

    def say(i: int, *text) -> None:
        b(g.date(d, "dd/mm/yyyy"), ", ", _hm(next(ms)), " - ", _p(ppl[i].first), ": ", *text, "\n")

    say(0, hi, " ", _p(ppl[1].first.lower()), " ", where)
    say(1, "at ", kin, " ", _p(ppl[2].first.lower()), "'s", " 😂 ", ok)
    say(0, send, " for the party invitation pls")
    say(2, *ppl[2].one_line())
    say(2, "https://maps.app.goo.gl/", g.fill("@@#@#@@#@@"))
    say(1, newnum, " ", ppl[1].phone)
    say(0, thanks, " ", _p(ppl[1].first.lower()), " ", ok)
    say(2, "and send the tickets to ", ppl[0].email(g), " not mine")
    say(1, "🙏 ", thanks)


@T("chat_transcript")
def t5_dorm_group_diminutives(g: Gen, b: Builder) -> None:
    """An Erasmus flat-share group: the system line uses formal names ("Małgorzata Nowak added Dmitri
    Volkov"), the chat uses diminutives in lowercase (gosia, dima, paco, emeka), rent split to an
    IBAN, the landlord's name and number, the flat's address for a parcel."""
    g.multi = True
    picks = g.rng.sample(_DIMINUTIVES, 4)
    surname_locs = ("pl_PL", "cs_CZ", "es_ES", "it_IT", "en_GB", "fr_FR", "nl_NL")
    ppl = [(formal, g.fake(g.pick(surname_locs)).last_name(), g.pick(nicks)) for formal, _, nicks in picks]
    city_loc = g.pick(("de_DE", "nl_NL", "es_ES", "pt_BR", "it_IT", "fr_FR", "pl_PL", "cs_CZ"))
    a = address(g, city_loc)
    landlord = g.person(city_loc)
    ms = iter(_clocks(g, 14, 9 * 60, 23 * 60 + 50))
    d = g.day()
    b(
        "[",
        g.date(d, "dd.mm.yy"),
        ", ",
        _hm(next(ms)),
        "] ",
        _p(f"{ppl[0][0]} {ppl[0][1]}"),
        " created group “",
        g.pick(("flat 🏠", "WG Chaos", "casa loca", "the flat ✨")),
        "”\n",
    )
    for formal, last, _ in ppl[1:]:
        b(
            "[",
            g.date(d, "dd.mm.yy"),
            ", ",
            _hm(next(ms)),
            "] ",
            _p(f"{ppl[0][0]} {ppl[0][1]}"),
            " added ",
            _p(f"{formal} {last}"),
            "\n",
        )

    def say(i: int, *text) -> None:
        b("[", g.date(d, "dd.mm.yy"), ", ", _hm(next(ms)), "] ", _p(ppl[i][2]), ": ", *text, "\n")

    say(
        0,
        "ok guys rent is due friday. ",
        _p(ppl[1][2].lower()),
        " ",
        _p(ppl[2][2].lower()),
        " u still owe me for march",
    )
    say(1, "sorry!! sending now. is it still ", g.iban(city_loc), "?")
    say(0, "yes")
    say(
        2,
        "also the landlord ",
        g.name(landlord, g.pick(("full", "last"))),
        " says the boiler guy comes ",
        filler.weekday(g).lower(),
    )
    say(3, "can someone be home? i have exams all week 😭 his number is ", g.phone(city_loc, ext=0))
    say(2, "i can. btw my mum is sending a parcel, whats our full address again lol")
    say(0, one_line(a))
    say(
        1,
        "put ",
        _p(f"{ppl[2][0]} {ppl[2][1]}"),
        " on it not ",
        _p(ppl[2][2].lower()),
        " or the postman wont find u 😂",
    )
    say(
        3,
        "miss u ",
        _p(ppl[0][2].lower()),
        " come back from ",
        g.pick(("Kraków", "Sevilla", "Bologna", "Lyon")),
        " soon",
    )


_ORDINALS = (
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
)
_DAY_WORDS = _ORDINALS + tuple(f"twenty {x}" for x in _ORDINALS[:9]) + ("thirtieth", "thirty first")
_NUM_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _say_digits(text: str) -> str:
    return " ".join(_NUM_WORDS[int(c)] if c.isdigit() else c.lower() for c in text if c.isalnum())


@T("chat_transcript")
def t5_ivr_nlu_slot_log(g: Gen, b: Builder) -> None:
    """A voice bot's turn log as engineers read it: each caller turn as ASR text (lowercase, digits as
    words, spelled names), then the NLU intent and the normalised slots; both hold the same values."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU"))
    p = g.person(loc)
    a = address(g, loc)
    born = _dob_day(g)
    phone = g.phone(loc, ext=0)
    acct = g.fill("########")
    sid = g.ref(text=g.fill("CA" + "@#" * 8).lower())
    b(
        "session ",
        sid,
        "  channel=voice  lang=",
        loc.replace("_", "-"),
        "  bot=",
        g.pick(("billing-v7", "care-router", "moveout-flow")),
        "\n\n",
    )
    turns = [
        (
            (
                "yeah hi my name is ",
                ent(f"{p.first} {p.last}".lower(), "PERSON"),
                " that's ",
                ent(" ".join(p.last.lower().replace(" ", "").replace("-", "")), "PERSON"),
            ),
            "identify",
            [("person", ent(f"{p.first} {p.last}", "PERSON"))],
        ),
        (
            ("account number ", ent(_say_digits(acct), "ID")),
            "provide_account",
            [("account_id", ent(acct, "ID"))],
        ),
        (
            (
                "date of birth ",
                ent(
                    f"{vocab.MONTHS[born.month - 1].lower()} {_DAY_WORDS[born.day - 1]} {born.year}",
                    "DATE",
                    dob=True,
                ),
            ),
            "verify_dob",
            [("dob", g.date(born, "iso", dob=True))],
        ),
        (
            ("i moved to ", lower(a.street), " ", lower(a.city))
            + ((" ", ent(_say_digits(a.zip.text), "ZIP_CODE")) if a.zip else ()),
            "update_address",
            [("street", a.street), ("city", a.city)] + ([("postcode", a.zip)] if a.zip else []),
        ),
        (
            ("call me back on ", ent(_say_digits(phone.text), "PHONE_NUMBER")),
            "callback_request",
            [("phone", phone)],
        ),
    ]
    for k, (asr, intent, slots) in enumerate(turns, 1):
        b(f'turn {k:02d}  user.asr    "', *asr, f'"  conf={g.rng.randrange(61, 98) / 100}\n')
        b(f"         nlu.intent  {intent}  ({g.rng.randrange(70, 99) / 100})\n")
        b("         nlu.slots   {")
        for i, (key, val) in enumerate(slots):
            b(", " * bool(i), '"', key, '": "', _jent(val), '"')
        b("}\n")
        b('         bot.say     "', g.pick(("Thanks.", "Got it.", "Okay.", "One moment.")), '"\n')
    b(
        "end  reason=",
        g.pick(("handoff_agent", "completed", "caller_hangup")),
        "  queue=",
        g.pick(("Moves", "Billing", "Retention")),
        "\n",
    )


@T("chat_transcript")
def t5_webinar_qa_export(g: Gen, b: Builder) -> None:
    """A Zoom webinar report's Q&A section: a CSV with the asker's name and e-mail (or "Anonymous
    Attendee"), questions that give away a phone number or a company address, answers by panelists."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU", "en_IE"))
    host, panel = g.person(loc), g.person(loc)
    topic = g.pick(
        ("Year-end payroll changes", "Intro to SOC 2", "Grant funding 2025", "Moving to Office 365")
    )
    d = g.day()
    b(
        "Webinar ID,Topic,Start Time\n",
        g.ref(text=g.fill("### #### ####")),
        ",",
        topic,
        ",",
        g.date(d, "mm/dd/yyyy"),
        " ",
        _ampm(g.rng.randrange(600, 960)),
        "\n\n",
    )
    b("Question and Answer\n#,Question,Asker Name,Asker Email,Answer(s)\n")
    askers = [g.person(loc) for _ in range(4)]
    mails = [g.email(x) for x in askers]
    qs = [
        ("Will the slides be shared afterwards?", None),
        ("Can someone call me about our account? ", g.phone(loc, ext=0)),
        ("Our office moved to ", one_line(address(g, loc))),
        (
            "Is this recorded? I have to leave early for the ",
            g.pick(("school run", "dentist", "Toronto flight")),
        ),
    ]
    for i, (asker, q) in enumerate(zip(askers, qs, strict=True), 1):
        anon = g.chance(0.3)
        text = (
            q[0] if q[1] is None else (q[0], q[1], " — please update the invoice address" if i == 3 else "")
        )
        b(str(i), ',"', text, '",')
        if anon:
            b("Anonymous Attendee,,")
        else:
            b(g.name(asker, "full"), ",", mails[i - 1], ",")
        responder = g.pick((host, panel))
        b('"', g.name(responder, "full"), " (", g.pick(("Host", "Panelist")), "): ")
        b(
            g.pick(
                ("Yes, within 48 hours.", "Sent privately.", "Answered live.", "We'll follow up by e-mail.")
            ),
            '"\n',
        )
    b("\nAttendee Report\nAttended,User Name (Original Name),Email,Time in Session (minutes)\n")
    for asker, mail in zip(askers[:3], mails, strict=False):
        b("Yes,", g.name(asker, "full"), ",", mail, ",", str(g.rng.randrange(5, 90)), "\n")


@T("chat_transcript")
def t5_bank_secure_messages(g: Gen, b: Builder) -> None:
    """A bank's secure-messaging thread printed from online banking: a customer reports a move and a
    lost card (types the full card number), the agent signs with a first name, a refund IBAN, the
    last four digits (not personal on their own)."""
    loc = g.pick(("en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR", "es_ES"))
    p = g.person(loc)
    a = address(g, loc)
    agent = _p(g.pick(("Dawn", "Priya", "Marco", "Sinéad", "Kofi", "Lena")))
    d = g.day()
    card = g.card()
    b(
        "Secure message · Ref ",
        g.ref(text=g.fill("SM-20##-#######")),
        "\nSubject: ",
        g.pick(("Change of address", "Lost card", "Card and address")),
        "\n\n",
    )
    b("From: You   ", g.date(d, "dd/mm/yyyy"), " ", _hm(g.rng.randrange(420, 1380)), "\n")
    b(
        "hello i moved house, new address is ",
        lower(one_line(a)) if g.chance(0.4) else one_line(a),
        ". also i lost my debit card yesterday, ",
    )
    b("the number was ", card, ". please cancel it\n", g.name(p, g.pick(("full", "first"))), "\n\n")
    b(
        "From: Customer Care (",
        agent,
        ")   ",
        g.date(d + timedelta(days=1), "dd/mm/yyyy"),
        " ",
        _hm(g.rng.randrange(480, 1080)),
        "\n",
    )
    b(
        "Dear ",
        g.title(p),
        g.name(p, "last"),
        ",\n\nThank you for your message. For your security please never send a full card number; ",
    )
    b(
        "we have cancelled the card ending ",
        g.ref(text=card.text.replace(" ", "").replace("-", "")[-4:]),
        " and a new one will go to ",
    )
    b(
        "your new address within 5 working days.\n\nThe refund of the ",
        g.pick(("duplicate", "disputed", "annual fee")),
        " payment will be paid to ",
    )
    b(
        g.iban(loc),
        ". If you did not request this, call us on the number on the back of your card.\n\nKind regards,\n",
        agent,
        "\nCustomer Care\n",
    )


@T("chat_transcript")
def t5_neighbourhood_whatsapp(g: Gen, b: Builder) -> None:
    """A residents' WhatsApp group (iOS export): parcels left at the wrong house for a named neighbour,
    a lost cat with an owner's number, a car registration, house numbers on the same road, a
    councillor's e-mail; road names alone and the local shop are not addresses."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US"))
    a = address(g, loc)
    road = a.street.text.split(",")[-1].strip()
    road = " ".join(w for w in road.split() if not w.isdigit() and not w.startswith("#")) or road
    ppl = [g.person(loc) for _ in range(4)]
    d = g.day()
    ms = iter(_clocks(g, 10, 7 * 60, 22 * 60))

    def say(i: int, *text) -> None:
        m = next(ms)
        b(
            "[",
            g.date(d, "dd/mm/yyyy"),
            f", {_hm(m)}:{g.rng.randrange(60):02d}] ",
            g.name(ppl[i], g.pick(("full", "first"))),
            ": ",
            *text,
            "\n",
        )

    n1, n2 = g.rng.randrange(1, 80), g.rng.randrange(1, 80)
    say(
        0,
        "Morning all, got a parcel for a ",
        g.pick(("Mrs ", "Mr ", "")),
        g.name(g.person(loc), g.pick(("initial", "full"))),
        " at number ",
        ent(f"{n1} {road}", "STREET_ADDRESS"),
        " — it's at mine (",
        ent(str(n2), "STREET_ADDRESS"),
        ")",
    )
    say(1, "That's the new couple I think, I'll let them know")
    say(2, "‎image omitted")
    cat = g.pick(("Biscuit", "Mochi", "Luna", "Pickles", "Oreo"))
    say(
        2,
        "Has anyone seen ",
        cat,
        "? Grey tabby, red collar. Last seen by the ",
        g.pick(("Co-op", "Spar", "chippy", "7-Eleven")),
        " on ",
        filler.weekday(g),
        ". Call ",
        g.name(ppl[2], "first"),
        " on ",
        g.phone(loc, ext=0),
    )
    plate = ent(g.fill(g.pick(("@@## @@@", "##-D-####", "@@@ ###", "%@@@###"))), "ID")
    say(
        3,
        "Also whoever owns the silver ",
        g.pick(("Golf", "Corolla", "Qashqai")),
        " reg ",
        plate,
        " you're blocking the drop kerb again",
    )
    cllr = g.person(loc)
    dom = {
        "en_GB": "leeds.gov.uk",
        "en_IE": "dublincity.ie",
        "en_AU": "cityofsydney.nsw.gov.au",
        "en_US": "cityofmadison.com",
    }[loc]
    say(
        0,
        "Councillor ",
        g.name(cllr, "last"),
        " says email ",
        g.email(cllr, dom),
        " about the potholes on ",
        ent(road, "STREET_ADDRESS"),
    )
    say(1, "Done 👍 ", g.name(ppl[0], "first_lower"), " thanks for organising")
    say(2, cat, " is home!! 🐈 thank you ", g.name(ppl[3], "first"), " for spotting him behind the bins")


_MISHEARD = (
    ("Siobhán", "shivon"),
    ("Niamh", "neve"),
    ("Aoife", "eefa"),
    ("Saoirse", "sersha"),
    ("Joaquín", "wakeen"),
    ("Tadhg", "tige"),
    ("Krzysztof", "kristof"),
    ("Wojciech", "voy check"),
    ("Siddharth", "sid arth"),
    ("Nguyen", "win"),
    ("Ngaio", "nye oh"),
    ("Xiaoling", "shao ling"),
)


@T("chat_transcript")
def t5_zoom_saved_captions(g: Gen, b: Builder) -> None:
    """Zoom's saved closed captions (.txt): "[Speaker] hh:mm:ss" then lowercase ASR without
    punctuation; names the recogniser mangled ("shivon", "voy check") are still names, an address and
    an e-mail read out."""
    loc = g.pick(("en_US", "en_GB", "en_IE", "en_AU", "en_CA"))
    host = g.person(loc)
    real, heard = g.pick(_MISHEARD)
    guest_last = g.person(loc).last
    client = g.person(loc)
    a = address(g, loc)
    t = g.rng.randrange(9 * 3600, 15 * 3600)

    def cap(speaker, *text) -> None:
        nonlocal t
        t += g.rng.randrange(4, 40)
        b("[", *speaker, f"] {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}\n", *text, "\n")

    hs = (g.name(host, "full"),)
    gs = (_p(f"{real} {guest_last}"),)
    cap(hs, "okay thanks ", _p(heard), " for joining um can everyone see my screen")
    cap(gs, "yes i can see it")
    cap(
        hs,
        "great so the first item is the ",
        g.pick(("onboarding", "migration", "audit")),
        " for ",
        g.name(client, "lower"),
    )
    cap(gs, "right i spoke to them on ", filler.weekday(g).lower(), " they've moved to ", lower(one_line(a)))
    mail = g.email(client)
    local, dom = mail.text.split("@")
    cap(
        hs,
        "and is the email still ",
        ent(f"{local.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}", "EMAIL_ADDRESS"),
    )
    cap(gs, "yeah that one")
    cap(
        hs,
        "perfect ",
        _p(heard),
        " can you send the ",
        g.pick(("Excel", "PowerPoint", "contract")),
        " to ",
        _p(host.first.lower()),
        " and me after",
    )
    cap(gs, "will do bye")


@T("chat_transcript")
def t5_twitch_giveaway_log(g: Gen, b: Builder) -> None:
    """A stream's chat log with a giveaway bot: winners announced by handle, whispers to a moderator
    with the real name and shipping address, emote spam, a bot that repeats the handle."""
    g.multi = True
    ccs = _countries(g, 2, ("FI", "SE", "PL", "CZ", "NL", "GB", "IE", "CA", "AU", "BR", "DK", "NO"))
    winners = [who(g, c) for c in ccs]
    handles = [_handle_text(g, w.first, w.last) for w in winners]
    mod = _p(g.pick(("mod_tess", "nightbot_admin", "kirbyMOD", "vex_mod")))
    prize = g.pick(("Razer headset", "Steam Deck", "signed jersey", "Logitech G Pro mouse"))
    t = g.rng.randrange(19 * 3600, 23 * 3600)

    def line(who_, *text, whisper: tuple = ()) -> None:
        nonlocal t
        t += g.rng.randrange(3, 200)
        b(f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}] ", *whisper, "<", *who_, "> ", *text, "\n")

    line(
        ("StreamElements",),
        "The giveaway for the ",
        prize,
        " is now closed! ",
        str(g.rng.randrange(80, 4000)),
        " entries",
    )
    line(
        ("StreamElements",),
        "Congratulations @",
        _p(handles[0]),
        " you won the ",
        prize,
        "! Whisper your shipping details to @",
        mod,
    )
    line((_p(handles[0]),), "NO WAY PogChamp PogChamp")
    line((_p(g.pick(("randomviewer22", "xXgrizzXx", "pogfrog_77"))),), "KEKW rigged")
    line(
        (_p(handles[0]),),
        "real name ",
        winners[0].name,
        ", ",
        *winners[0].one_line(),
        ", ",
        winners[0].intl,
        whisper=("(whisper → ", mod, ") "),
    )
    line(
        (mod,),
        "got it ",
        _p(winners[0].first.lower()),
        ", shipping ",
        filler.weekday(g).lower(),
        " 📦",
        whisper=("(whisper → ", _p(handles[0]), ") "),
    )
    line(("StreamElements",), "Bonus winner: @", _p(handles[1]), " 🎉 (", winners[1].country, ")")
    line((_p(handles[1]),), "omg thank u ", g.pick(("catJAM", "<3", "LUL")), " sending my address to the mod")
    line(
        (_p(handles[1]),),
        winners[1].name,
        " · ",
        *winners[1].one_line(),
        " · ",
        winners[1].email(g),
        whisper=("(whisper → ", mod, ") "),
    )


@T("chat_transcript")
def t5_github_issue_thread(g: Gen, b: Builder) -> None:
    """A GitHub issue copied as text: "@user commented on <date>", @mentions of maintainers, a pasted
    log with a customer's e-mail, phone and IP, code identifiers in CamelCase that are not names, a
    maintainer asking to redact."""
    loc = g.pick(("en_US", "en_GB", "de_DE", "nl_NL", "pl_PL", "fr_FR"))
    ppl = [g.person(loc) for _ in range(3)]
    hs = [_handle_text(g, p.first, p.last).replace(".", "-").replace("_", "-") for p in ppl]
    cust = g.person(g.pick(("en_US", "en_GB", "es_ES", "it_IT", "sv_SE")))
    d = g.day()
    repo = g.pick(("acme/billing-service", "orbit/checkout", "lumen/api-gateway"))
    b(repo, " · Issue #", str(g.rng.randrange(100, 9000)), "\n")
    b(
        g.pick(
            (
                "AddressValidator rejects valid postcodes",
                "NPE in InvoiceRenderer.render()",
                "Duplicate webhooks after retry",
            )
        ),
        "\n\n",
    )

    def comment(i: int, days: int, *text) -> None:
        b(
            "@",
            _p(hs[i]),
            " commented on ",
            g.date(d + timedelta(days=days), "Mon d, yyyy"),
            "\n",
            *text,
            "\n\n",
        )

    log = [
        "Repro from a support ticket (",
        g.ref("ticket"),
        "). Stack trace from `InvoiceRenderer.render()`:\n```\n",
        f"{d.isoformat()}T{_hm(g.rng.randrange(0, 720))}:07Z ERROR AddressValidator user=",
        g.email(cust),
        " ip=",
        g.ip(),
        "\n",
        f'{d.isoformat()}T{_hm(g.rng.randrange(720, 1440))}:08Z WARN  PhoneNormalizer input="',
        g.phone(cust.loc, ext=0),
        f'" region={cust.loc[-2:]}\n```\n',
        "@",
        _p(hs[1]),
        " can you take a look? Looks like the regex in `PostcodeRules.kt` again.",
    ]
    comment(0, 0, *log)
    comment(
        1,
        1,
        "@",
        _p(hs[0]),
        " please redact customer data from issues 🙏 — edited. Moving this to the private tracker.\n",
        "cc @",
        _p(hs[2]),
        " (security)",
    )
    comment(
        2,
        2,
        "Thanks ",
        _p(ppl[1].first),
        ". I've purged the edit history. ",
        _p(ppl[0].first),
        ", the customer (",
        g.name(cust, "full"),
        ") should be contacted by Support, not us.",
    )
    b(g.pick(("🚀 1", "👍 3", "❤️ 2")), "\n")


@T("chat_transcript")
def t5_hotel_whatsapp_business(g: Gen, b: Builder) -> None:
    """A hotel front desk's WhatsApp Business chat with an arriving guest: the desk greets with title
    and surname, asks for passport details for the police register; the guest sends passport number,
    date of birth and a companion's name; the flight number and room type are not personal."""
    g.multi = True
    cc = g.pick(("JP", "KR", "CN", "IN", "BR", "MX", "TR", "GR", "PL", "NG", "ZA", "AR"))
    guest = who(g, cc)
    partner = who(g, cc)
    hotel = g.pick(("Hotel Miramar", "Casa Alma", "Palazzo Verde", "Hôtel des Arts", "Hotel Arena"))
    clerk = _p(g.pick(("Lucía", "Giulia", "Camille", "Inês", "Sanne")))
    d = g.day()
    ms = iter(_clocks(g, 10, 7 * 60, 23 * 60))
    title = "Ms." if guest.female else "Mr."

    def say(desk: bool, *text) -> None:
        b(g.date(d, "m/d/yy"), ", ", _ampm(next(ms)), " - ", hotel if desk else guest.intl, ": ", *text, "\n")

    say(
        True,
        "Hello ",
        title,
        " ",
        _p(guest.last),
        ", this is ",
        clerk,
        " from reception at ",
        hotel,
        " 😊 We look forward to welcoming you on ",
        g.date(d + timedelta(days=2), "d Month"),
    )
    say(True, "For the police guest register we need the passport number and date of birth of each guest")
    born = _dob_day(g)
    say(
        False,
        "Hello! ",
        _p(f"{guest.first} {guest.last}"),
        ", passport ",
        ent(g.fill(g.pick(("@@#######", "@########", "#########"))), "ID"),
        ", born ",
        g.date(born, g.pick(("dd/mm/yyyy", "iso", "d Month yyyy")), dob=True),
    )
    pborn = _dob_day(g)
    say(
        False,
        "my ",
        g.pick(("wife", "partner", "mother") if partner.female else ("husband", "partner", "father")),
        " ",
        _p(partner.first),
        " ",
        _p(partner.last),
        " passport ",
        ent(g.fill("@@#######"), "ID"),
        " DOB ",
        g.date(pborn, "dd.mm.yyyy", dob=True),
    )
    say(False, "we land on ", g.pick(("IB 3147", "AZ 611", "TP 1052", "KL 1701", "LH 1126")), " around 6pm")
    say(
        True,
        "Perfect, thank you ",
        title,
        " ",
        _p(guest.last),
        ". Your ",
        g.pick(("Deluxe Sea View", "Junior Suite", "Superior Double")),
        " will be ready. Home address for the invoice?",
    )
    say(False, *guest.one_line())
    say(True, "Noted ✅ See you soon!")


@T("chat_transcript")
def t5_chat_events_jsonl(g: Gen, b: Builder) -> None:
    """A support-chat vendor's event stream as JSON Lines: epoch-millisecond timestamps, author objects
    with name and e-mail, visitor metadata (IP, city from geo-IP), message bodies with a phone and an
    order number, a transfer and a close event."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU", "de_DE", "fr_FR", "nl_NL"))
    visitor = g.person(loc)
    agents = [g.person(g.pick(("en_US", "en_GB", "en_IE", "pl_PL", "pt_BR"))) for _ in range(2)]
    a = address(g, loc)
    ts = 1_600_000_000_000 + g.rng.randrange(0, 120_000_000_000)
    conv = g.ref(text=g.fill("conv_@@##@#@@##"))

    def ev(kind: str, author, *body) -> None:
        nonlocal ts
        ts += g.rng.randrange(3_000, 240_000)
        b('{"conversation":"', conv, '","ts":', str(ts), ',"type":"', kind, '"')
        if author is not None:
            b(',"author":{', *author, "}")
        if body:
            b(',"body":"', *_jp(body), '"')
        b("}\n")

    vmail = g.email(visitor)
    va = ('"role":"visitor","name":"', _jent(g.name(visitor, "full")), '","email":"', vmail, '"')
    aa = [('"role":"agent","name":"', _jent(_p(x.first)), '","id":', g.ref(text=g.digits(6))) for x in agents]
    ev("visitor.joined", None)
    b(
        '{"conversation":"',
        conv,
        '","type":"visitor.meta","ip":"',
        g.ip(),
        '","geo":{"city":"',
        _jent(a.city),
        '","country":"',
        loc[-2:],
        '"},"ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}\n',
    )
    ev("message", va, "hi, ", filler.issue(g).lower(), " — order ", g.ref("ticket"))
    ev("message", aa[0], "Hi ", _p(visitor.first), ", sorry about that! Can I confirm the delivery address?")
    ev("message", va, one_line(a))
    ev("transfer", aa[0], "Transferring you to ", _p(agents[1].first), " in Returns")
    ev(
        "message",
        aa[1],
        "Hi ",
        _p(visitor.first.lower()) if g.chance(0.3) else _p(visitor.first),
        ", what's the best number for the courier?",
    )
    ev("message", va, g.phone(loc, ext=0), " after 5pm please")
    ev("conversation.closed", aa[1], "Closed · rating 5 · tags: returns, courier")


# ---------------------------------------------------------------- international contacts

_MON3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _ddmonyy(d: date) -> str:
    return f"{d.day:02d}{_MON3[d.month - 1]}{d.year % 100:02d}"


def _caps_ascii(text: str) -> str:
    return "".join(c for c in ascii_fold(text.replace("ß", "SS")).upper() if c.isalnum() or c in " -'")


def _mrz_check(text: str) -> str:
    weights, total = (7, 3, 1), 0
    for i, ch in enumerate(text):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * weights[i % 3]
    return str(total % 10)


def _mrz_name(w: Who) -> str:
    def part(x: str) -> str:
        return "<".join(_caps_ascii(x).replace("-", " ").replace("'", "").split())

    return f"{part(w.last)}<<{part(w.first)}"


@T("intl_contacts")
def t5_pnr_apis_lines(g: Gen, b: Builder) -> None:
    """An airline reservation (PNR) display from a GDS: SURNAME/GIVEN MR names, AP/APM/APE contact
    lines (e-mail with // for @), SSR DOCS with passport and date of birth, SSR DOCA with the home
    address, SSR CTCM phone digits; flight segments and office IDs are not personal."""
    ccs = _countries(g, 2)
    pax = [who(g, c) for c in ccs]
    d = g.day(2019, 2025)
    b(
        "RP/",
        g.pick(("PARAF08AA", "LONBA01XX", "FRALH0980", "NRTJL21AA")),
        "/",
        "            AA/SU  ",
        _ddmonyy(d),
        "/",
        f"{g.rng.randrange(0, 24):02d}{g.rng.randrange(60):02d}Z   ",
        g.ref(text=g.fill("@#@#@@")),
        "\n",
    )
    titles = []
    for i, w in enumerate(pax, 1):
        t = "MS" if w.female else "MR"
        titles.append(t)
        b(
            f"  {i}.",
            ent(f"{_caps_ascii(w.last).replace(' ', '')}/{_caps_ascii(w.first).replace(' ', '')}", "PERSON"),
            f" {t}",
        )
    b("\n")
    fl = g.pick(("AF 276", "BA 117", "LH 716", "JL 44", "TK 1", "KE 902", "EK 29", "QR 3"))
    b(
        f"  3  {fl} Y {_ddmonyy(d + timedelta(days=9))[:5]} 4 ",
        g.pick(("CDGHND", "LHRJFK", "FRAICN", "ISTLOS", "DXBNBO")),
        " HK2  2330 1855+1 *1A/E*\n",
    )
    line = 4
    for i, w in enumerate(pax, 1):
        digits = "".join(c for c in w.intl.text if c.isdigit())
        mail = w.email(g)
        b(f"  {line} APM ", ent("+" + digits, "PHONE_NUMBER"), f"/P{i}\n")
        b(f"  {line + 1} APE ", ent(mail.text.upper().replace("@", "//"), "EMAIL_ADDRESS"), f"/P{i}\n")
        born = _dob_day(g)
        exp = g.day(2026, 2034)
        b(
            f"  {line + 2} SSR DOCS {fl[:2]} HK1 P/{ISO3[w.cc]}/",
            ent(g.fill(g.pick(("@@#######", "#########", "@########"))), "ID"),
        )
        b(
            f"/{ISO3[w.cc]}/",
            ent(_ddmonyy(born), "DATE", dob=True),
            f"/{'F' if w.female else 'M'}/{_ddmonyy(exp)}/",
        )
        b(ent(_mrz_name(w).replace("<<", "/").replace("<", " "), "PERSON"), f"/P{i}\n")
        street = [x for x in _flat(w.lines[0]) if isinstance(x, Ent) and x.entity == "STREET_ADDRESS"]
        cities = [x for line_ in w.lines for x in _flat(line_) if isinstance(x, Ent) and x.entity == "CITY"]
        zips = [x for line_ in w.lines for x in _flat(line_) if isinstance(x, Ent) and x.entity == "ZIP_CODE"]
        b(f"  {line + 3} SSR DOCA {fl[:2]} HK1 R/{ISO3[w.cc]}/")
        if street:
            b(ent(_caps_ascii(street[0].text).strip() or "X", "STREET_ADDRESS"))
        b("/")
        if cities:
            b(ent(_caps_ascii(cities[-1].text), "CITY"))
        b("//")
        if zips:
            b(ent(zips[0].text.upper(), "ZIP_CODE"))
        b(f"/P{i}\n")
        b(f"  {line + 4} SSR CTCM {fl[:2]} HK1 ", ent(digits, "PHONE_NUMBER"), f"/P{i}\n")
        line += 5
    b(f"  {line} TK OK", _ddmonyy(d)[:5], "/", g.pick(("PARAF08AA", "LONBA01XX")), "\n")
    b(
        f"  {line + 1} OPW ",
        g.pick(("PARAF08AA", "LONBA01XX")),
        "-",
        _ddmonyy(d + timedelta(days=2))[:5],
        ":1900/1C7/",
        fl[:2],
        " REQUIRES TICKET ON OR BEFORE ",
    )
    b(_ddmonyy(d + timedelta(days=3))[:5], ":1900\n")


@T("intl_contacts")
def t5_mrz_crew_roster(g: Gen, b: Builder) -> None:
    """A ship's crew list for port clearance: rank, name, nationality, then each passport's machine-
    readable zone (P<ISSSURNAME<<GIVEN<<<, number, date of birth, expiry with check digits); ranks,
    the vessel and the port are not personal."""
    vessel = g.pick(("MV NORDIC STAR", "MSC AURORA", "MT HELLAS PRIDE", "MV CAPE COLUMBINE"))
    port = g.pick(("Rotterdam", "Piraeus", "Durban", "Mombasa", "Busan", "Valparaíso"))
    ranks = (
        "Master",
        "Chief Officer",
        "2nd Officer",
        "Chief Engineer",
        "Bosun",
        "AB Seaman",
        "Cook",
        "Oiler",
    )
    ccs = _countries(g, 4, ("GR", "TR", "UA", "RU", "PH_", "IN", "PL", "NG", "KR", "CN", "PT", "BR", "EG"))
    ccs = [c if c != "PH_" else "IN" for c in ccs]
    b("CREW LIST (IMO FAL Form 5)\nVessel: ", vessel, "   Port of arrival: ", port, "   Date: ")
    b(g.date(g.day(2020, 2025), "dd/mm/yyyy"), "\n\n")
    b("No. | Rank | Family name, given names | Nationality | Date of birth | Passport\n")
    mrz_lines = []
    for i, (rank, cc) in enumerate(zip(g.rng.sample(ranks, 4), ccs, strict=True), 1):
        w = who(g, cc)
        born = _dob_day(g)
        exp = g.day(2026, 2034)
        num = g.fill(g.pick(("@@#######", "#########", "@#######")))
        b(
            f"{i:>3} | {rank} | ",
            _p(f"{w.last.upper()}, {w.first}"),
            f" | {ISO3[cc]} | ",
            g.date(born, "dd.mm.yyyy", dob=True),
            " | ",
            ent(num, "ID"),
            "\n",
        )
        mrz_lines.append((w, born, exp, num))
    b("\nMRZ (scanned)\n")
    for w, born, exp, num in mrz_lines:
        name = _mrz_name(w)
        l1_name = name[:39]
        b("P<", ISO3[w.cc], ent(l1_name.rstrip("<"), "PERSON"), "<" * (39 - len(l1_name.rstrip("<"))), "\n")
        doc = (num + "<" * 9)[:9]
        dob_s = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
        exp_s = f"{exp.year % 100:02d}{exp.month:02d}{exp.day:02d}"
        sex = "F" if w.female else "M"
        body = f"{doc}{_mrz_check(doc)}{ISO3[w.cc]}{dob_s}{_mrz_check(dob_s)}{sex}{exp_s}{_mrz_check(exp_s)}"
        tail = "<" * 14 + "0"
        b(
            ent(doc.rstrip("<"), "ID"),
            doc[len(doc.rstrip("<")) :],
            _mrz_check(doc),
            ISO3[w.cc],
            ent(dob_s, "DATE", dob=True),
        )
        b(body[19:], tail, _mrz_check(body + tail), "\n")
    b("\nSigned: Master, ", vessel, "\n")


_PAYOUT = {
    "PK": ("JazzCash", "Easypaisa", "Meezan Bank"),
    "NG": ("GTBank", "Access Bank", "cash pickup"),
    "KE": ("M-Pesa", "M-Pesa", "Equity Bank"),
    "IN": ("UPI", "SBI", "HDFC Bank"),
    "EG": ("Banque Misr", "cash pickup", "Vodafone Cash"),
    "MX": ("OXXO", "BBVA México", "cash pickup"),
}


@T("intl_contacts")
def t5_remittance_beneficiaries(g: Gen, b: Builder) -> None:
    """A money-transfer app's saved beneficiaries exported by the sender: name as on ID, relationship,
    payout method (mobile wallet number, bank account, cash pickup), national ID (CNIC, NIN, Kenyan ID,
    Aadhaar, Egyptian NID, CURP) and address; payout brands and amounts are not personal."""
    sender_loc = g.pick(("en_GB", "en_US", "en_CA", "de_DE", "it_IT", "es_ES"))
    sender = g.person(sender_loc)
    ccs = _countries(g, 3, tuple(_PAYOUT))
    b(
        "Saved recipients — ",
        g.name(sender, "full"),
        " (",
        g.email(sender),
        ")\nExported ",
        g.date(g.day(2021, 2025), "d Mon yyyy"),
        "\n\n",
    )
    for i, cc in enumerate(ccs, 1):
        w = who(g, cc)
        rel = g.pick(("Mother", "Brother", "Sister", "Father", "Uncle", "Cousin", "Wife", "Friend"))
        method = g.pick(_PAYOUT[cc])
        b(f"{i}. ", w.name, f"  ({rel}, {w.country})\n")
        if method in ("M-Pesa", "JazzCash", "Easypaisa", "Vodafone Cash", "UPI"):
            b(f"   Payout: {method} wallet ", w.intl if g.chance(0.5) else w.phone, "\n")
        elif method in ("cash pickup", "OXXO"):
            b(f"   Payout: {method} — collect with ID; phone for code ", w.phone, "\n")
        else:
            b(
                f"   Payout: {method} account ",
                ent(g.fill(g.pick(("##########", "####-####-####-##", "00##########"))), "ID"),
                "\n",
            )
        b(f"   ID: {w.id_label} ", w.nid, "\n   Address: ", *w.one_line(), "\n")
        b(
            "   Last transfer: ",
            g.pick(("£", "$", "€")),
            str(g.rng.randrange(50, 900)),
            " on ",
            g.date(g.day(2022, 2025), "d Mon"),
            "\n\n",
        )


@T("intl_contacts")
def t5_ngo_field_staff_sheet(g: Gen, b: Builder) -> None:
    """An NGO's field staff emergency sheet for its African offices: the offices are named by city (not
    addresses), each staff member has a home address in the national format (South Africa's suburb
    and four-digit code, Kenya's P.O. Box with postal code, Nigeria's plot and state, Egypt's district),
    a mobile in national and international form, a next of kin."""
    ccs = _countries(g, 3, ("ZA", "KE", "NG", "EG", "ZA", "KE"))
    ccs = list(dict.fromkeys(ccs))
    b(
        g.pick(("Water for All", "Medics Abroad", "EduBridge", "Green Sahel")),
        " — Field staff contact sheet (CONFIDENTIAL)\n",
    )
    b("Updated by HR ", g.date(g.day(2022, 2025), "dd Mon yyyy"), ". Office lines are on the intranet.\n\n")
    for cc in ccs:
        w = who(g, cc)
        kin = who(g, cc)
        office = {"ZA": "Johannesburg", "KE": "Nairobi", "NG": "Abuja", "EG": "Cairo"}[cc]
        b("== ", COUNTRY_NAME[cc], " programme — ", office, " office ==\n")
        b(
            g.pick(("Programme Officer", "Logistics Lead", "Country Director", "WASH Engineer")),
            ": ",
            w.name,
            "\n",
        )
        b("Home: ", *w.one_line(), "\n")
        b("Mobile: ", w.phone, "  (intl ", w.intl, ")\n")
        b(
            "Next of kin: ",
            _p(f"{kin.first} {kin.last}"),
            ", ",
            g.pick(("spouse", "sister", "father", "mother")),
            ", ",
            kin.phone,
            "\n\n",
        )


@T("intl_contacts")
def t5_tradefair_lead_scan(g: Gen, b: Builder) -> None:
    """A trade-fair badge-scanner CSV from an East-Asian show: family and given names in separate
    columns (and the name in its own script), company and title (not personal), a work e-mail, mobile in
    international form, the address in Latin script and the rep's notes naming a colleague."""
    ccs = [g.pick(("JP", "KR", "CN")) for _ in range(4)]
    g.multi = True
    show = g.pick(
        ("CEATEC 2024", "Canton Fair", "COEX Smart Factory Expo", "Japan IT Week", "China Import Expo")
    )
    b(
        "# ",
        show,
        " — lead export (",
        str(g.rng.randrange(40, 400)),
        " scans) — booth ",
        g.fill("@#-###"),
        "\n",
    )
    b("Family Name,Given Name,Name (local),Company,Job Title,Email,Mobile,Address,Country,Rating,Notes\n")
    for cc in ccs:
        w = who(g, cc)
        org = g.org("en_US")
        dom = g.domain_of(org)
        rep = g.person(g.pick(("en_US", "en_GB", "de_DE", "nl_NL")))
        cells = [
            [_p(w.last.upper() if g.chance(0.4) else w.last)],
            [_p(w.first)],
            [w.native_name] if w.native_name else [],
            [org],
            [g.pick(vocab.JOB_TITLES)],
            [w.email(g, dom)],
            [w.intl],
            ['"', *w.one_line(), '"'],
            [w.country],
            [g.pick(("A", "B", "C"))],
            [
                '"',
                "met ",
                g.name(rep, "first"),
                " at the demo; send ",
                g.pick(("price list", "NDA", "samples")),
                " to ",
                *((_p(w.last), "-san") if cc == "JP" else (_p(w.first),)),
                '"',
            ],
        ]
        for i, c in enumerate(cells):
            b("," * bool(i))
            for piece in c:
                if isinstance(piece, Ent) and piece.entity == "ORGANIZATION" and "," in piece.text:
                    b('"', piece, '"')
                else:
                    b(piece)
        b("\n")


@T("intl_contacts")
def t5_ru_ua_relocation_sheet(g: Gen, b: Builder) -> None:
    """A relocation agency's sheet for families moving from Russia, Ukraine or Belarus to the EU: full
    name in Cyrillic (family, given, patronymic) and as in the passport, the old address in both
    scripts, the new address in the host country's format, phones old and new, a child's name."""
    cc = g.pick(("RU", "UA", "UA"))
    g.multi = True
    w, spouse, child = who(g, cc), who(g, cc), who(g, cc)
    host = g.pick(("PL", "CZ", "NL", "FI", "SE", "GB", "PT", "ES", "IT"))
    new = who(g, host)
    b(
        "Relocation case ",
        g.ref(text=g.fill("RL-####-@@")),
        " · ",
        COUNTRY_NAME[cc],
        " → ",
        COUNTRY_NAME[host],
        "\n\n",
    )
    b(
        "ФИО / Full name: ",
        w.native_name or w.name,
        "\nAs in passport: ",
        _p(_caps_ascii(f"{w.last} {w.first}")),
        "\n",
    )
    b("Spouse: ", spouse.native_name or spouse.name, " (", _p(f"{spouse.first} {spouse.last}"), ")\n")
    b("Child: ", _p(child.first), ", ", str(g.rng.randrange(3, 16)), " y.o.\n\n")
    b("Previous address / Прежний адрес:\n  ")
    if w.native_lines:
        b(*w.native_lines[0], "\n  ")
    b(*w.one_line(), "\nPrevious phone: ", w.intl, "\n\n")
    b("New address / Новый адрес (", COUNTRY_NAME[host], "):\n")
    for line_ in new.lines:
        b("  ", *line_, "\n")
    b("New mobile: ", new.phone, "  (", new.intl, ")\n")
    b(
        "Host-country ID: ",
        new.id_label,
        " ",
        new.nid,
        " — issued ",
        g.date(g.day(2022, 2025), "dd.mm.yyyy"),
        "\n",
    )
    b(
        "Notes: ",
        g.pick(("school place confirmed", "bank account pending", "needs Russian-speaking GP")),
        "; caseworker ",
        g.name(g.person(g.pick(("pl_PL", "cs_CZ", "nl_NL", "en_GB"))), "full"),
        "\n",
    )


@T("intl_contacts")
def t5_canada_bilingual_directory(g: Gen, b: Builder) -> None:
    """A national association's bilingual member directory (Répertoire des membres / Member directory):
    Québec entries in French format (numéro, rue, app., Ville (Québec)  H2J 2L3), the rest in English
    (Unit-number hyphens, two spaces before the postal code), phones as 514 555-0199 or (416) 555-0199."""
    g.multi = True
    b(
        g.pick(
            (
                "Association canadienne des traducteurs",
                "Canadian Beekeepers' Association",
                "Réseau des archivistes",
            )
        ),
        "\n",
    )
    b("Répertoire des membres / Member directory ", str(g.rng.randrange(2019, 2026)), "\n\n")
    for _ in range(g.rng.randrange(4, 6)):
        cc = g.pick(("CA", "CAQ", "CAQ"))
        w = who(g, cc)
        fr = cc == "CAQ"
        b(w.name, "\n")
        for line_ in w.lines:
            b("  ", *line_, "\n")
        b(
            "  ",
            "Tél. : " if fr else "Tel: ",
            w.phone,
            "   ",
            "Courriel : " if fr else "Email: ",
            w.email(g, g.pick(("videotron.ca", "sympatico.ca", "gmail.com", "bell.net"))),
            "\n",
        )
        b(
            "  ",
            "Membre depuis " if fr else "Member since ",
            str(g.rng.randrange(1990, 2024)),
            " · ",
            g.pick(("Section Montréal", "Ontario chapter", "Atlantic chapter", "Section Québec")),
            "\n\n",
        )


@T("intl_contacts")
def t5_iberia_latam_suppliers(g: Gen, b: Builder) -> None:
    """A purchasing department's register of sole-trader suppliers (autónomos, pessoas físicas) in Spain,
    Portugal, Mexico, Argentina and Brazil: two surnames, NIF/CPF/CURP/CUIT, domicilio fiscal in the
    national format, phones; trade names and IBAN/CLABE for payment."""
    ccs = _countries(g, 4, ("ES", "PT", "MX", "AR", "BR"))
    b("Registro de proveedores — personas físicas / Supplier register — sole traders\n")
    b("Última revisión: ", g.date(g.day(2022, 2025), "dd/mm/yyyy"), "\n\n")
    for cc in ccs:
        w = who(g, cc)
        trade = g.pick(("Traducciones", "Reformas", "Fotografia", "Diseño", "Consultoría", "Serviços"))
        b(
            "— ",
            w.name,
            f" · {trade} {g.pick(('Sur', 'Atlântico', 'Express', 'Norte', 'Integral'))}",
            f" · {COUNTRY_NAME[cc]}\n",
        )
        b(f"  {w.id_label}: ", w.nid, "\n  Domicilio fiscal: ", *w.one_line(), "\n")
        b("  Tel.: ", w.phone, " · e-mail: ", w.email(g), "\n")
        if cc in ("ES", "PT"):
            b("  IBAN: ", _iban(g, "es_ES" if cc == "ES" else "pt_PT"), "\n\n")
        elif cc == "MX":
            b("  CLABE: ", ent(g.fill("###############" + "###"), "ID"), "\n\n")
        elif cc == "BR":
            b("  Chave PIX: ", w.email(g) if g.chance(0.5) else w.phone, "\n\n")
        else:
            b("  CBU: ", ent(g.fill("######################"), "ID"), "\n\n")


@T("intl_contacts")
def t5_rooming_list_eastmed(g: Gen, b: Builder) -> None:
    """A tour operator's rooming list for an Eastern-Mediterranean tour (Greece, Türkiye, Egypt): guests
    from many countries with dates of birth and passports, the local guides' names and mobiles, hotels
    by name (not addresses), a guest's home address for the lost-luggage form."""
    guests = [
        who(g, c)
        for c in _countries(g, 4, ("GB", "IE", "NL", "BE", "JP", "KR", "AU", "NZ", "CA", "BR", "PL", "IT"))
    ]
    guides = [who(g, c) for c in ("GR", "TR", "EG")]
    b(
        "ROOMING LIST — ",
        g.pick(("Classical Greece & Türkiye", "Nile & Aegean", "Athens–Istanbul–Cairo")),
        " — dep. ",
        g.date(g.day(2023, 2025), "dd Mon yyyy"),
        "\n\n",
    )
    b("Room | Type | Guest | DOB | Passport | Nationality\n")
    for i, w in enumerate(guests, 1):
        b(
            f"{100 + i * 3} | {g.pick(('DBL', 'TWN', 'SGL'))} | ",
            _p(f"{w.last.upper()} {w.first}"),
            " | ",
            g.date(_dob_day(g), "dd/mm/yyyy", dob=True),
            " | ",
        )
        b(ent(g.fill(g.pick(("@@#######", "#########"))), "ID"), f" | {ISO3[w.cc]}\n")
    b("\nLocal guides:\n")
    for city, w in zip(("Athens", "Istanbul", "Cairo"), guides, strict=True):
        b("  ", city, ": ", w.name, " ", w.intl, "\n")
    b(
        "\nHotels: ",
        g.pick(("Electra Palace", "Hotel Grande Bretagne")),
        " (Athens), ",
        g.pick(("Pera Palace", "Sura Hagia Sophia")),
        " (Istanbul), ",
    )
    b(g.pick(("Marriott Mena House", "Steigenberger Tahrir")), " (Cairo)\n\n")
    lost = guests[0]
    b(
        "Lost luggage (PIR ",
        g.ref(text=g.fill("@@@@@#####")),
        "): deliver to ",
        _p(f"{lost.first} {lost.last}"),
        ", ",
        *lost.one_line(),
        ", ",
        lost.phone,
        "\n",
    )


@T("intl_contacts")
def t5_volunteer_roster_benelux_cee(g: Gen, b: Builder) -> None:
    """A city marathon's volunteer roster with Belgian, Dutch, Polish and Czech volunteers: semicolon
    CSV with particles kept in the surname (van den, De, Van), diacritics, national postcodes (1000,
    2511 CV, 00-950, 110 00), phones, shirt sizes and shifts (not personal)."""
    b(
        "id;achternaam/nazwisko/příjmení;voornaam/imię/jméno;adres;postcode;plaats;land;gsm/tel;e-mail;shirt;shift\n"
    )
    for i in range(g.rng.randrange(4, 7)):
        cc = g.pick(("BE", "NL", "PL", "CZ"))
        g.multi = True
        w = who(g, cc)
        street = [x for x in _flat(w.lines[0]) if isinstance(x, Ent)]
        rest = [x for line_ in w.lines[1:] for x in _flat(line_) if isinstance(x, Ent)]
        zp = next((x for x in rest if x.entity == "ZIP_CODE"), None)
        town = next((x for x in rest if x.entity == "CITY"), None)
        b(
            f"{i + 1:03d};",
            _p(w.last),
            ";",
            _p(w.first),
            ";",
            *street,
            ";",
            zp or "",
            ";",
            town or "",
            f";{cc};",
            w.phone,
            ";",
            w.email(g),
            ";",
        )
        b(
            g.pick(("S", "M", "L", "XL")),
            ";",
            g.pick(("km 5 water", "finish medals", "bag drop", "km 30 sponges")),
            "\n",
        )
    b(
        "# ",
        str(g.rng.randrange(120, 600)),
        " volunteers total — export for the Antwerp/Gent/Kraków/Praha coordinators\n",
    )


@T("intl_contacts")
def t5_ie_uk_delivery_table(g: Gen, b: Builder) -> None:
    """A furniture retailer's delivery run table for Ireland and the UK: Irish addresses with townland,
    county and Eircode (D6W, T12, H91), UK ones with postcode last; depot names and van numbers are not
    personal; a delivery note naming a neighbour."""
    b(
        "DELIVERY RUN ",
        g.ref(text=g.fill("R-###")),
        " — ",
        g.pick(("Ballymount depot", "Park Royal depot", "Cork depot")),
        " — van ",
        g.fill("V##"),
        "\n",
    )
    b(f"{'Stop':<5}{'Customer':<28}{'Address':<60}{'Eircode/Postcode':<18}Phone\n")
    for i in range(g.rng.randrange(3, 6)):
        cc = g.pick(("IE", "IE", "GB"))
        g.multi = True
        w = who(g, cc)
        pieces = [x for line_ in w.lines for x in _flat(line_) if isinstance(x, Ent)]
        zp = next(x for x in pieces if x.entity == "ZIP_CODE")
        rest: list = []
        for x in pieces:
            if x is not zp:
                rest += [", "] * bool(rest) + [x]
        b(
            f"{i + 1:<5}",
            w.name,
            " " * max(1, 28 - len(w.name.text)),
            *rest,
            " " * max(1, 60 - len(piece_text(rest))),
            zp,
            " " * max(1, 18 - len(zp.text)),
            w.phone,
            "\n",
        )
        if g.chance(0.4):
            nb = g.person("en_IE" if cc == "IE" else "en_GB")
            b(
                "     note: if out leave with ",
                g.name(nb, g.pick(("full", "first"))),
                " at no. ",
                ent(str(g.rng.randrange(1, 90)), "STREET_ADDRESS"),
                "\n",
            )


@T("intl_contacts")
def t5_anz_club_renewals(g: Gen, b: Builder) -> None:
    """A rowing/netball club's renewal list across Australia and New Zealand: membership numbers, unit
    slash street numbers (2/14), RD rural delivery, state and four-digit postcodes, mobiles 04xx/02x."""
    b(
        g.pick(("Tasman Rowing Club", "Southern Cross Netball", "Kiwi-Aussie Masters Swimming")),
        " — renewals due ",
        g.date(g.day(2023, 2025), "d Month yyyy"),
        "\n\n",
    )
    for _ in range(g.rng.randrange(3, 6)):
        cc = g.pick(("AU", "NZ"))
        g.multi = True
        w = who(g, cc)
        b(
            "Member ",
            g.ident("member"),
            " · ",
            w.name,
            " · ",
            g.pick(("Senior", "Masters", "Junior", "Life")),
            "\n  ",
        )
        b(
            *w.one_line(),
            "\n  m: ",
            w.phone,
            "  e: ",
            w.email(g, g.pick(("bigpond.com", "xtra.co.nz", "gmail.com", "optusnet.com.au"))),
            "\n",
        )
        b("  status: ", g.pick(("paid", "overdue", "paid (direct debit)", "lapsed")), "\n\n")


@T("intl_contacts")
def t5_nordic_alumni_notes(g: Gen, b: Builder) -> None:
    """Alumni news in running prose for a Nordic business school: who moved where (street and postcode
    in Swedish, Norwegian, Danish or Finnish form), new jobs (titles and employers are not personal),
    new babies named, how to reach them."""
    ccs = _countries(g, 3, ("SE", "NO", "DK", "FI", "SE", "NO"))
    year = g.rng.randrange(1998, 2016)
    b("Class notes — Class of ", str(year), "\n\n")
    for cc in ccs:
        w = who(g, cc)
        kid = g.person(_LOC[cc])
        b(
            _p(f"{w.first} {w.last}"),
            g.pick((" has moved back to ", " and family have settled in ")),
            ent(w.town, "CITY"),
            " — ",
        )
        b("new address ", *w.one_line(), ". ")
        b("She" if w.female else "He", " is now ", g.pick(vocab.JOB_TITLES), " at ", g.org(_LOC[cc]), ". ")
        if g.chance(0.6):
            b("Congratulations on baby ", _p(kid.first), ", born in ", g.pick(vocab.MONTHS), "! ")
        b("Say hej on ", w.phone, " or ", w.email(g), ".\n\n")
    b(
        "Send your news to the alumni office before the ",
        g.pick(("Stockholm", "Oslo", "Copenhagen")),
        " reunion in ",
        g.pick(vocab.MONTHS),
        ".\n",
    )


_PRONOUNCE = (
    ("Siobhán", "Ní Bhriain", "shi-VAWN nee VREE-in", "IE"),
    ("Niamh", "Ó Dónaill", "NEEV oh DOE-nal", "IE"),
    ("Chukwuemeka", "Okonkwo", "chook-WEH-meh-ka oh-KONG-kwo", "NG"),
    ("Oluwaseun", "Adeyemi", "oh-loo-wah-SHAY-oon ah-DAY-yeh-mee", "NG"),
    ("Xiaoling", "Zhou", "shyow-LING JOH", "CN"),
    ("Wojciech", "Szczepański", "VOY-chekh shcheh-PAHN-skee", "PL"),
    ("Krzysztof", "Wróblewski", "KSHISH-tof vroo-BLEV-skee", "PL"),
    ("Siddharth", "Raghunathan", "sid-DHARTH ra-goo-NAH-than", "IN"),
    ("Joaquín", "Echeverría", "wah-KEEN eh-cheh-veh-REE-ah", "AR"),
    ("Seo-yeon", "Jung", "SUH-yun JUNG", "KR"),
    ("Aikaterini", "Papadopoulou", "ay-ka-teh-REE-nee pa-pa-do-POO-loo", "GR"),
    ("Thandiwe", "Nkosi", "tan-DEE-weh n-KOH-see", "ZA"),
    ("Saoirse", "Mac Giolla Phádraig", "SEER-sha mack GILL-a FAW-drig", "IE"),
    ("Tuğba", "Çelik", "TOO-bah cheh-LEEK", "TR"),
)


@T("intl_contacts")
def t5_graduation_pronunciation_guide(g: Gen, b: Builder) -> None:
    """A graduation ceremony's reader script: each graduate's name with the phonetic guide the reader
    will say (the guide is the name too), degree and honours (not personal), hometown and country."""
    g.multi = True
    b(
        g.pick(("School of Engineering", "Faculty of Arts", "Business School")),
        " — Conferral of Degrees, ",
        g.pick(vocab.MONTHS),
        " ",
        str(g.rng.randrange(2019, 2026)),
        "\nReader's script (pronunciation in brackets)\n\n",
    )
    for first, last, say, cc in g.rng.sample(_PRONOUNCE, 5):
        w = who(g, cc)
        b(_p(f"{first} {last}"), "  [", _p(say), "]\n")
        b(
            "    ",
            g.pick(vocab.DEGREES),
            g.pick(("", " — First Class Honours", " with Distinction", " cum laude")),
            "\n",
        )
        b("    from ", ent(w.town, "CITY"), ", ", w.country, "\n")
    b(
        "\nNote to reader: pause after each name; family will be seated in rows ",
        g.pick(("A–F", "G–M")),
        ".\n",
    )


@T("intl_contacts")
def t5_speaker_bios(g: Gen, b: Builder) -> None:
    """A conference's speaker bios in running prose: honorifics, names with particles and hyphens, the
    city each speaker lives in (personal) and the team they lead (not), contact lines for the
    organisers with phone and e-mail."""
    ccs = _countries(g, 3)
    conf = g.pick(("DataConf Europe", "Global Health Summit", "OpenInfra Days", "FinTech Forum"))
    b(conf, " — Speakers\n\n")
    for cc in ccs:
        w = who(g, cc)
        org = g.org("en_US")
        hon = g.pick(("Dr. ", "Prof. ", "", ""))
        b(
            hon,
            _p(f"{w.first} {w.last}"),
            " is ",
            g.pick(vocab.JOB_TITLES),
            " at ",
            org,
            ", where ",
            "she" if w.female else "he",
            " leads the ",
        )
        b(
            g.pick(("Berlin", "Singapore", "São Paulo", "Nairobi", "Toronto")),
            " ",
            g.pick(("platform", "research", "payments", "policy")),
            " team. ",
        )
        b(
            "Before that, ",
            _p(w.first),
            " spent ",
            str(g.rng.randrange(3, 15)),
            " years in ",
            g.pick(("consulting", "academia", "the public sector")),
            ". ",
        )
        b(
            "She" if w.female else "He",
            " lives in ",
            ent(w.town, "CITY"),
            " with ",
            g.pick(("two cats", "family", "a very loud parrot")),
            ".\n",
        )
        b("  Organiser contact: ", w.intl, " · ", w.email(g), "\n\n")


@T("intl_contacts")
def t5_coauthor_affiliations(g: Gen, b: Builder) -> None:
    """A paper's front matter: authors with superscript affiliations (universities are organisations, not
    addresses), ORCID iDs, and the corresponding author's e-mail and phone; the abstract's place names
    are not personal."""
    ccs = _countries(
        g, 4, ("JP", "KR", "CN", "IN", "FR", "IT", "ES", "PL", "NL", "GR", "TR", "BR", "ZA", "NG")
    )
    unis = {
        "JP": "University of Tokyo",
        "KR": "Seoul National University",
        "CN": "Zhejiang University",
        "IN": "IIT Bombay",
        "FR": "Sorbonne Université",
        "IT": "Università di Bologna",
        "ES": "Universidad de Granada",
        "PL": "Uniwersytet Jagielloński",
        "NL": "TU Delft",
        "GR": "National Technical University of Athens",
        "TR": "Boğaziçi University",
        "BR": "Universidade de São Paulo",
        "ZA": "University of Cape Town",
        "NG": "University of Lagos",
    }
    ppl = [who(g, c) for c in ccs]
    b(
        g.pick(
            (
                "Low-resource speech recognition for code-switched chat",
                "Seasonal drift in urban heat islands",
                "A benchmark for multilingual address parsing",
            )
        ),
        "\n\n",
    )
    for i, w in enumerate(ppl, 1):
        b(", " * (i > 1), _p(f"{w.first} {w.last}"), f"{i}", "*" if i == 1 else "")
    b("\n\n")
    for i, w in enumerate(ppl, 1):
        b(f"{i} ", ent(unis[w.cc], "ORGANIZATION"), ", ", w.country, "\n")
    dom = {
        "JP": "u-tokyo.ac.jp",
        "KR": "snu.ac.kr",
        "CN": "zju.edu.cn",
        "ZA": "uct.ac.za",
        "NL": "tudelft.nl",
    }
    b(
        "\n* Corresponding author: ",
        ppl[0].email(g, dom.get(ppl[0].cc, "gmail.com")),
        "; tel. ",
        ppl[0].intl,
        "\n",
    )
    b(
        "ORCID: ",
        _p(ppl[0].last),
        " ",
        ent(g.fill("0000-000#-####-###") + g.pick("0123456789X"), "ID"),
        "\n\n",
    )
    b(
        "Abstract. We evaluate on data from Lagos, Mumbai and São Paulo ... ",
        g.pick(("", "Code is available on GitHub.")),
        "\n",
    )


@T("intl_contacts")
def t5_emergency_contacts_abroad(g: Gen, b: Builder) -> None:
    """A study-abroad programme's emergency sheet: each student with their host-country address and phone
    and a next of kin in the home country (a different national format), relationship, languages spoken."""
    hosts = ("JP", "KR", "ES", "IT", "FR", "AR", "MX", "PT", "GR")
    homes = ("GB", "IE", "CA", "AU", "NZ", "NL", "SE", "PL", "IN", "NG", "ZA")
    g.multi = True
    b(
        g.pick(("Semester Abroad", "Erasmus+", "Global Exchange")),
        " — emergency contacts (print and keep with you)\n\n",
    )
    for _ in range(g.rng.randrange(2, 4)):
        host, home = g.pick(hosts), g.pick(homes)
        st, kin = who(g, home), who(g, home)
        lodging = who(g, host)
        b("Student: ", st.name, " (", COUNTRY_NAME[home], ") — in ", COUNTRY_NAME[host], "\n")
        b("  Local address: ", *lodging.one_line(), "\n  Local mobile: ", lodging.phone, "\n")
        b(
            "  Next of kin: ",
            _p(f"{kin.first} {kin.last}"),
            " (",
            g.pick(("mother", "father", "guardian", "aunt")),
            "), ",
        )
        b(*kin.one_line(), " · ", kin.intl, "\n")
        b(
            "  Speaks: ",
            g.pick(
                ("English", "English, Polish", "English, Yoruba", "English, Afrikaans", "Swedish, English")
            ),
            "\n\n",
        )
    b("Programme 24h line is on the back of your student card.\n")


@T("intl_contacts")
def t5_mobility_tracker_prose(g: Gen, b: Builder) -> None:
    """An HR global-mobility tracker written as status bullets: assignee moves between countries, the
    temporary flat in the host format, a spouse and children by first name, host-country ID numbers
    pending or issued, the home address kept for tax; office names and cities of offices are not."""
    ccs = _countries(g, 3)
    b("Global mobility — weekly status (", g.date(g.day(2022, 2025), "d Mon yyyy"), ")\n\n")
    for cc in ccs:
        host = g.pick(
            [c for c in ("NL", "GB", "IE", "SE", "PL", "PT", "ES", "CA", "AU", "JP", "KR") if c != cc]
        )
        w, flat = who(g, cc), who(g, host)
        spouse = who(g, cc)
        b(
            "• ",
            w.name,
            f" ({cc} → {host}), ",
            g.pick(vocab.JOB_TITLES),
            ", joins the ",
            g.pick(("Amsterdam", "Dublin", "Lisbon", "Tokyo", "Toronto")),
            " office ",
        )
        b(g.date(g.day(2023, 2026), "d Month"), ".\n")
        b("  Temp housing: ", *flat.one_line(), " (", str(g.rng.randrange(30, 120)), " days).\n")
        b("  Family: ", "husband " if w.female else "wife ", _p(spouse.first))
        if g.chance(0.6):
            child = who(g, cc)
            b(" and their ", "daughter" if child.female else "son", " ", _p(child.first))
        b(" join in ", g.pick(vocab.MONTHS), ".\n")
        b("  Host ID (", flat.id_label, "): ")
        if g.chance(0.5):
            b("issued ", flat.nid)
        else:
            b(g.pick(("pending", "appointment booked")))
        b("\n  Home address kept for tax: ", *w.one_line(), "\n  Mobile: ", w.intl, "\n\n")


_POSTCODE_RULES = {
    "AR": ("C1043AAZ", "A9999AAA (CPA)"),
    "BR": ("01310-100", "99999-999"),
    "CA": ("K1A 0B1", "A9A 9A9"),
    "CAQ": ("H2X 1Y4", "A9A 9A9"),
    "CZ": ("110 00", "999 99"),
    "GB": ("SW1A 1AA", "outward + inward, e.g. A9 9AA / AA9A 9AA"),
    "IE": ("D02 X285", "Eircode: routing key + 4"),
    "JP": ("100-0001", "999-9999"),
    "KR": ("03900", "99999"),
    "NL": ("1012 AB", "9999 AA"),
    "PL": ("00-950", "99-999"),
    "PT": ("1100-053", "9999-999"),
    "SE": ("111 22", "999 99"),
    "IN": ("560095", "999999 (PIN)"),
    "NG": ("101241", "999999"),
    "ZA": ("8005", "9999"),
}


@T("intl_contacts")
def t5_postcode_validation_report(g: Gen, b: Builder) -> None:
    """A data-quality job's report on a customer address table: each flagged row quotes the customer
    and the full address; the rule text (patterns like A9A 9A9, examples of public addresses like
    SW1A 1AA) and the counts are not personal."""
    ccs = _countries(g, 4, tuple(_POSTCODE_RULES))
    b(
        "addr-validate v",
        g.pick(("1.4.2", "2.0.0", "0.9.7")),
        " — table crm.customer_address — ",
        str(g.rng.randrange(20_000, 900_000)),
        " rows\n",
    )
    b("Rules: one national pattern per country (see docs). Flagged rows follow.\n\n")
    for cc in ccs:
        w = who(g, cc)
        example, pattern = _POSTCODE_RULES[cc]
        zp = next(
            (x for line_ in w.lines for x in _flat(line_) if isinstance(x, Ent) and x.entity == "ZIP_CODE"),
            None,
        )
        b(f"[{COUNTRY_NAME[cc]}] expected {pattern}, e.g. {example}\n")
        b("  row ", str(g.rng.randrange(2, 900_000)), ": customer ", w.name, " <", w.email(g), ">\n")
        b("  address: ", *w.one_line(" | "), "\n")
        if zp is not None:
            b(
                "  issue: postcode ",
                zp,
                g.pick(
                    (
                        " has trailing whitespace",
                        " stored in the city column",
                        " failed checksum",
                        " looks valid; city mismatch",
                    )
                ),
                "\n\n",
            )
        else:
            b("  issue: postcode missing\n\n")
    b(
        "Summary: ",
        str(g.rng.randrange(100, 4000)),
        " flagged, ",
        str(g.rng.randrange(10, 90)),
        " auto-fixed. Next run ",
        g.pick(vocab.WEEKDAYS),
        " 02:00 UTC.\n",
    )


@T("intl_contacts")
def t5_name_order_staff_list(g: Gen, b: Builder) -> None:
    """A multinational's staff directory that spells out name order: family name, given name(s),
    preferred name (an English or short name), how the name is displayed locally (family first for
    Japan, Korea, China, Hungary-style), the name in its script, extension and mobile."""
    ccs = [g.pick(("JP", "KR", "CN", "IN", "TR", "RU", "UA", "GR", "EG", "NG")) for _ in range(5)]
    g.multi = True
    b(
        "Staff directory — ",
        g.pick(("Singapore hub", "Dubai hub", "Frankfurt hub")),
        " (",
        str(g.rng.randrange(80, 400)),
        " staff)\n",
    )
    b(
        f"{'Family name':<18}{'Given name(s)':<18}{'Preferred':<12}{'Display':<28}",
        f"{'Local script':<18}{'Ext.':<7}Mobile\n",
    )
    for cc in ccs:
        w = who(g, cc)
        pref = g.pick(
            ("Vivian", "Sunny", "Alex", "Dina", "Lily", "Jo")
            if w.female
            else ("Kenny", "Jay", "Mo", "Alex", "Nick", "Tony")
        )
        family_first = cc in ("JP", "KR", "CN")
        display = f"{w.last.upper()} {w.first}" if family_first else f"{w.first} {w.last}"
        cells: list = [
            (_p(w.last), 18 - len(w.last)),
            (_p(w.first), 18 - len(w.first)),
            (_p(pref), 12 - len(pref)) if g.chance(0.6) else ("—", 11),
            (_p(display), 28 - len(display)),
            (w.native_name or "—", 18 - len(w.native_name.text) if w.native_name else 17),
            (g.ref(text=g.fill("####")), 3),
        ]
        for piece, pad in cells:
            b(piece, " " * max(1, pad))
        b(w.intl, "\n")
    b(
        "\nPlease address colleagues by their preferred name; ",
        "family names are in capitals where written first.\n",
    )


# ---------------------------------------------------------------- forms

_OCR_SWAPS = {
    "I": "l",
    "l": "1",
    "O": "0",
    "o": "0",
    "S": "5",
    "B": "8",
    "e": "c",
    "a": "o",
    "i": "í",
    "0": "O",
    "1": "l",
    "5": "S",
}


def _ocr(g: Gen, text: str, p: float = 0.08) -> str:
    """Text as a poor scan reads it: a few characters swapped for look-alikes, none at the edges turned
    into spaces."""
    out = [_OCR_SWAPS.get(c, c) if c in _OCR_SWAPS and g.chance(p) else c for c in text]
    return "".join(out)


def _oent(g: Gen, e: Ent) -> Ent:
    return Ent(_ocr(g, e.text), e.entity, e.tier)


def _ocr_pieces(g: Gen, piece) -> list:
    return [_oent(g, x) if isinstance(x, Ent) else x for x in _flat(piece)]


@T("form_invoice")
def t5_ocr_account_opening(g: Gen, b: Builder) -> None:
    """A scanned bank account-opening form after OCR: misspelt labels (Narne, Adress, Dale of Birth),
    look-alike characters inside the values (l for I, 0 for O), stray column bars, a value wrapped onto
    the next line; the bank's own sort code and form number are not personal."""
    loc = g.pick(("en_GB", "en_IE", "en_US", "en_AU"))
    p = g.person(loc)
    a = address(g, loc)
    born = _dob_day(g)
    b(
        g.pick(
            (
                "PERSONAL ACC0UNT APPLlCATION",
                "Personal Account Appiication",
                "APPLICATION FOR A CURRENT ACCOUNT",
            )
        ),
        "   Form ",
        g.ref(text=g.fill("PA-##/##")),
        "\n",
    )
    b("| Section 1 — About y0u |\n")
    b(
        g.pick(("Narne", "Name", "Nane")),
        " (in fu11)  | ",
        _oent(g, g.name(p, g.pick(("full", "UPPER", "middle")))),
        "\n",
    )
    b(
        g.pick(("Dale of Birth", "Date of Blrth", "D0B")),
        " | ",
        _oent(g, g.date(born, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy")), dob=True)),
        "\n",
    )
    b(g.pick(("Adress", "Addres5", "Home address")), " |\n", *_ocr_pieces(g, lines(a)[0]), "\n")
    b(*_ocr_pieces(g, one_line(a)[2:] if len(lines(a)) > 1 else ()), "\n")
    b(
        g.pick(("Telephcne", "Te1ephone", "Mobi1e")),
        " | ",
        _oent(g, g.phone(loc, ext=0)),
        "   ",
        g.pick(("E-rnail", "Emai1", "E-mail")),
        " | ",
        _oent(g, g.email(p)),
        "\n",
    )
    kind = "ssn" if loc == "en_US" else "national"
    b(
        g.pick(("Natl. lnsurance No", "SSN / Tax ID", "PPS N0", "TFN")),
        " | ",
        _oent(g, g.ident(kind, loc)),
        "\n",
    )
    b(
        "| Section 2 — Emp1oyment |\n0ccupation | ",
        g.pick(vocab.JOB_TITLES),
        "   Emp1oyer | ",
        g.org(loc),
        "\n",
    )
    b(
        "| Section 3 — F0r bank use |\nBranch s0rt code ",
        g.ref(text=g.fill("##-##-##")),
        "  checked by ",
        g.pick(("JT", "MK", "AR")),
        "  ",
        g.date(g.day(), "dd/mm/yyyy"),
        "\n",
    )
    b("Signature ", _p(f"{p.first[0]}. {p.last}"), "   ~~~~ [illegible]\n")


def _boxes(text: str) -> str:
    return "|" + "|".join(text) + "|"


@T("form_invoice")
def t5_block_capital_boxes(g: Gen, b: Builder) -> None:
    """A paper form filled in block capitals, one letter per box, as a text export keeps it:
    |S|M|I|T|H| | | |, dates as |1|2|0|3|1|9|8|5|, postcodes boxed, a tick box row [X] Mr [ ] Mrs."""
    loc = g.pick(("en_GB", "en_IE", "en_AU", "fr_FR", "de_DE", "nl_NL"))
    p = g.person(loc)
    a = address(g, loc)
    born = _dob_day(g)
    b(
        g.pick(
            ("VEHICLE PERMIT APPLICATION", "LIBRARY MEMBERSHIP", "ELECTORAL REGISTRATION", "MEMBERSHIP FORM")
        ),
        " — PLEASE USE BLOCK CAPITALS\n\n",
    )
    b(
        "Title:  [",
        "X" if not p.female else " ",
        "] Mr  [",
        "X" if p.female else " ",
        "] Mrs  [ ] Ms  [ ] Other\n",
    )
    surname = _caps_ascii(p.last)
    first = _caps_ascii(p.first)
    b("Surname:     ", ent(_boxes(surname), "PERSON"), "| | | |\n")
    b("First name:  ", ent(_boxes(first), "PERSON"), "| | |\n")
    dob = f"{born.day:02d}{born.month:02d}{born.year}"
    b("Date of birth (DDMMYYYY): ", ent(_boxes(dob), "DATE", dob=True), "\n")
    street = _caps_ascii(a.street.text)
    b("Address line 1: ", ent(_boxes(street), "STREET_ADDRESS"), "\n")
    b("Town:        ", ent(_boxes(_caps_ascii(a.city.text)), "CITY"), "\n")
    b("Postcode:    ", ent(_boxes(a.zip.text.upper().replace(" ", " ")), "ZIP_CODE"), "\n")
    phone = "".join(c for c in g.phone(loc, ext=0).text if c.isdigit() or c == "+")
    b("Phone:       ", ent(_boxes(phone), "PHONE_NUMBER"), "\n\n")
    b("Signature: ", _p(f"{p.first} {p.last}"), "     Date: ", g.date(g.day(), "dd/mm/yyyy"), "\n")
    b("FOR OFFICE USE  Ref ", g.ref(text=g.fill("@@-#####")), "  Batch ", g.fill("##"), "\n")


@T("form_invoice")
def t5_warranty_card_nextline(g: Gen, b: Builder) -> None:
    """A product warranty registration pasted from a web form's confirmation e-mail: each label on its
    own line and the value on the next, model and serial numbers (not personal), the retailer, the
    purchaser's contact details and marketing tick boxes."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU", "de_DE", "fr_FR"))
    p = g.person(loc)
    a = address(g, loc)
    model = g.pick(
        (
            "Dyson V15 Detect",
            "Bosch Serie 6 WAU28",
            "Samsung QE55Q80C",
            "Breville Barista Pro",
            "Miele Complete C3",
        )
    )
    b("Thank you for registering your product!\n\n")
    for label, value in (
        ("Product", (model,)),
        ("Serial number", (g.ref(text=g.fill("@@#-##-@######")),)),
        ("Date of purchase", (g.date(g.day(2021, 2025), g.pick(("mm/dd/yyyy", "dd/mm/yyyy"))),)),
        ("Retailer", (g.pick(("Currys", "Best Buy", "MediaMarkt", "JB Hi-Fi", "Darty")),)),
        ("First name", (g.name(p, "first"),)),
        ("Last name", (g.name(p, "last"),)),
        ("Street address", (a.street,)),
        ("City", (a.city,)),
        ("ZIP / Postal code", (a.zip,)),
        ("Phone", (g.phone(loc),)),
        ("Email", (g.email(p),)),
        (
            "Date of birth (optional)",
            (g.date(_dob_day(g), "mm/dd/yyyy", dob=True),) if g.chance(0.5) else ("—",),
        ),
    ):
        b(label, "\n", *value, "\n\n")
    b(
        "[x] Send me offers from ",
        g.pick(("Dyson", "Bosch", "Samsung", "Breville", "Miele")),
        "\n[ ] Share my details with partners\n",
    )


@T("form_invoice")
def t5_cerfa_fr(g: Gen, b: Builder) -> None:
    """A French administrative form (CERFA style) filled online: Nom de naissance / Nom d'usage /
    Prénom(s), né(e) le … à … (birth town), numéro de sécurité sociale, address with code postal and
    commune on separate fields, ☒ boxes; the form's number and the authority are not personal."""
    p = g.person("fr_FR")
    a = address(g, "fr_FR")
    born = _dob_day(g)
    usage = g.person("fr_FR").last if p.female and g.chance(0.5) else ""
    b(
        "cerfa N° ",
        g.pick(("12100*02", "13750*07", "11580*05")),
        "\n",
        g.pick(
            (
                "DEMANDE DE CARTE DE STATIONNEMENT",
                "DÉCLARATION DE CHANGEMENT DE SITUATION",
                "DEMANDE D'AIDE AU LOGEMENT",
            )
        ),
        "\n\n",
    )
    b("Vous êtes :  ", "☐ Monsieur  ☒ Madame" if p.female else "☒ Monsieur  ☐ Madame", "\n")
    b("Nom de naissance : ", g.name(p, "LAST"), "\n")
    b("Nom d'usage : ", _p(usage.upper()) if usage else "", "\n")
    b("Prénom(s) : ", _p(f"{p.first}, {p.middle}") if g.chance(0.5) else _p(p.first), "\n")
    town, dep = g.pick(
        (("Lyon", "69"), ("Lille", "59"), ("Brest", "29"), ("Toulouse", "31"), ("Nancy", "54"), ("Pau", "64"))
    )
    b("Né(e) le : ", g.date(born, "dd/mm/yyyy", dob=True), "   à : ", ent(town, "CITY"), " (", dep, ")\n")
    b("N° de sécurité sociale : ", g.ident("national", "fr_FR"), "\n")
    b(
        "Adresse : ",
        a.street,
        "\nCode postal : ",
        a.zip,
        "   Commune : ",
        upper(a.city) if g.chance(0.5) else a.city,
        "\n",
    )
    b("Téléphone : ", g.phone("fr_FR"), "   Courriel : ", g.email(p), "\n\n")
    b(
        "☒ Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.\nFait à ",
        ent(a.city.text, "CITY"),
        ", le ",
        g.date(g.day(), "dd/mm/yyyy"),
        "\nSignature : ",
        _p(f"{p.first[0]}. {p.last}"),
        "\n",
    )


@T("form_invoice")
def t5_solicitud_es(g: Gen, b: Builder) -> None:
    """A Spanish municipal request form (solicitud): DATOS DEL SOLICITANTE with Apellidos / Nombre /
    DNI-NIE, Domicilio, C.P., Localidad, Provincia, a representative, EXPONE and SOLICITA paragraphs
    (which name a neighbour), the town hall's registry number."""
    p, rep = g.person("es_ES"), g.person("es_ES")
    a = address(g, "es_ES")
    prov = a.city.text
    b(
        "AYUNTAMIENTO DE ",
        a.city.text.upper(),
        "\nSOLICITUD GENERAL — Registro de entrada nº ",
        g.ref(text=g.fill("20##/######")),
        "\n\n",
    )
    b("1. DATOS DEL SOLICITANTE\nApellidos: ", g.name(p, "last"), "    Nombre: ", g.name(p, "first"), "\n")
    b(
        "DNI/NIE: ",
        g.ident("national", "es_ES"),
        "    Fecha de nacimiento: ",
        g.date(_dob_day(g), "dd/mm/yyyy", dob=True),
        "\n",
    )
    b(
        "Domicilio: ",
        a.street,
        "\nC.P.: ",
        a.zip,
        "   Localidad: ",
        a.city,
        "   Provincia: ",
        ent(prov, "STATE_OR_COUNTRY"),
        "\n",
    )
    b("Teléfono: ", g.phone("es_ES"), "   Correo electrónico: ", g.email(p), "\n\n")
    b(
        "2. DATOS DEL REPRESENTANTE (en su caso)\nNombre y apellidos: ",
        g.name(rep, "full"),
        "   DNI: ",
        g.ident("national", "es_ES"),
        "\n\n",
    )
    vecino = g.person("es_ES")
    b(
        "EXPONE: Que la vivienda colindante, propiedad de ",
        g.name(vecino, "full"),
        ", presenta filtraciones desde ",
        g.pick(("enero", "marzo", "mayo", "septiembre", "noviembre")),
        ".\n",
    )
    b(
        "SOLICITA: Inspección técnica del inmueble.\n\nEn ",
        ent(a.city.text, "CITY"),
        ", a ",
        g.date(g.day(), "d Month yyyy"),
        "\nFdo.: ",
        g.name(p, "full"),
        "\n",
    )


@T("form_invoice")
def t5_autocertificazione_it(g: Gen, b: Builder) -> None:
    """An Italian self-declaration (autocertificazione, D.P.R. 445/2000) as running text with the blanks
    filled: nato/a a … (prov.) il …, residente a … in via … n. …, codice fiscale, recapito; the decree
    and the office are not personal."""
    p = g.person("it_IT")
    a = address(g, "it_IT")
    born = _dob_day(g)
    birth = g.pick((("Napoli", "NA"), ("Bari", "BA"), ("Palermo", "PA"), ("Verona", "VR"), ("Genova", "GE")))
    b("DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE\n(art. 46 D.P.R. 28 dicembre 2000, n. 445)\n\n")
    b(
        "Il/la sottoscritto/a ",
        g.name(p, g.pick(("full", "UPPER"))),
        " nato/a a ",
        ent(birth[0], "CITY"),
        " (",
        ent(birth[1], "STATE_OR_COUNTRY"),
        ") il ",
    )
    b(
        g.date(born, "dd/mm/yyyy", dob=True),
        ", residente a ",
        a.city,
        " (",
        a.region or "",
        ") in ",
        a.street,
        ", CAP ",
        a.zip,
        ", codice fiscale ",
    )
    b(
        g.ident("national", "it_IT"),
        ", recapito telefonico ",
        g.phone("it_IT"),
        ", e-mail ",
        g.email(p),
        ",\n\n",
    )
    b("consapevole delle sanzioni penali previste dall'art. 76 ... DICHIARA\n\n")
    b(
        "☒ di essere residente nel Comune di ",
        ent(a.city.text, "CITY"),
        "\n☒ che la propria famiglia anagrafica è composta da:\n",
    )
    for _ in range(g.rng.randrange(1, 3)):
        m = g.person("it_IT")
        b(
            "   - ",
            g.name(m, "full"),
            ", nato/a il ",
            g.date(_dob_day(g), "dd/mm/yyyy", dob=True),
            ", ",
            g.pick(("coniuge", "figlio/a", "madre")),
            "\n",
        )
    b(
        "\n",
        ent(a.city.text, "CITY"),
        ", ",
        g.date(g.day(), "dd/mm/yyyy"),
        "\nIl/la dichiarante ",
        _p(f"{p.first} {p.last}"),
        "\n",
    )


@T("form_invoice")
def t5_wniosek_pl(g: Gen, b: Builder) -> None:
    """A Polish application form (wniosek) with numbered fields: Imię i nazwisko, PESEL, Adres
    zamieszkania (ulica, nr domu/lokalu, kod pocztowy, miejscowość), telefon, numer rachunku (NRB, the
    IBAN without PL), and a second person; the office and the legal basis are not personal."""
    p, other = g.person("pl_PL"), g.person("pl_PL")
    a = address(g, "pl_PL")
    b("WNIOSEK o ", g.pick(("wydanie karty parkingowej", "dodatek mieszkaniowy", "wpis do rejestru")), "\n")
    b(
        "Urząd ",
        g.pick(("Miasta", "Dzielnicy Mokotów", "Gminy")),
        " — nr sprawy ",
        g.ref(text=g.fill("@@.####.##.20##")),
        "\n\n",
    )
    b(
        "1. Imię i nazwisko: ",
        g.name(p, g.pick(("full", "UPPER"))),
        "\n2. PESEL: ",
        g.ident("national", "pl_PL"),
        "\n",
    )
    b(
        "3. Adres zamieszkania:\n   ulica, nr domu/lokalu: ",
        a.street,
        "\n   kod pocztowy: ",
        a.zip,
        "   miejscowość: ",
        a.city,
        "\n",
    )
    b("4. Telefon: ", g.phone("pl_PL", ext=0), "   e-mail: ", g.email(p), "\n")
    nrb = g.fake("pl_PL").iban()[2:]
    nrb = " ".join([nrb[:2]] + [nrb[i : i + 4] for i in range(2, len(nrb), 4)])
    b("5. Numer rachunku bankowego: ", ent(nrb, "IBAN_CODE"), "\n")
    b(
        "6. Pełnomocnik (jeśli dotyczy): ",
        g.name(other, "full"),
        ", PESEL ",
        g.ident("national", "pl_PL"),
        "\n\n",
    )
    b(
        "☒ Oświadczam, że dane są zgodne z prawdą.\n",
        ent(a.city.text, "CITY"),
        ", dnia ",
        g.date(g.day(), "dd.mm.yyyy"),
        "   podpis: ",
        _p(f"{p.first} {p.last}"),
        "\n",
    )


@T("form_invoice")
def t5_formulier_nl_be(g: Gen, b: Builder) -> None:
    """A Dutch or Flemish form (aanvraagformulier): Achternaam (with tussenvoegsel), Voorletters,
    Geboortedatum, BSN or Rijksregisternummer, Straat en huisnummer, Postcode en woonplaats, IBAN; the
    municipality's case number and opening hours are not personal."""
    cc = g.pick(("NL", "BE"))
    g.multi = True
    w = who(g, cc)
    born = _dob_day(g)
    if cc == "BE":
        _, nid = _national_id(g, "BE", born)
    else:
        nid = g.ident("national", "nl_NL")
    b("AANVRAAGFORMULIER ", g.pick(("parkeervergunning", "verhuizing doorgeven", "afvalpas")), "\n")
    b(
        "Gemeente ",
        g.pick(("Utrecht", "Gent", "Leuven", "Eindhoven")),
        " — zaaknummer ",
        g.ref(text=g.fill("Z-20##-######")),
        "\n\n",
    )
    initials = ".".join(x[0] for x in w.first.split()) + "."
    b(
        "Achternaam: ",
        _p(w.last),
        "\nVoorletters: ",
        _p(initials),
        "   Roepnaam: ",
        _p(w.first.split()[0]),
        "\n",
    )
    b("Geboortedatum: ", g.date(born, g.pick(("dd/mm/yyyy", "dd.mm.yyyy", "d Month yyyy")), dob=True), "\n")
    b("BSN: " if cc == "NL" else "Rijksregisternummer: ", nid, "\n")
    b("Straat en huisnummer: ", *w.lines[0], "\nPostcode en woonplaats: ", *w.lines[1], "\n")
    b("Telefoon: ", w.phone, "   E-mail: ", w.email(g), "\n")
    b("IBAN: ", _iban(g, "nl_NL" if cc == "NL" else "nl_BE"), "\n\n")
    b(
        "[x] Ik verklaar dit formulier naar waarheid te hebben ingevuld.\nDatum: ",
        g.date(g.day(), "dd/mm/yyyy"),
        "   Handtekening: ",
        _p(f"{initials} {w.last}"),
        "\n",
    )
    b("Loket open ma–vr 9:00–16:00\n")


@T("form_invoice")
def t5_jp_kr_labelled_form(g: Gen, b: Builder) -> None:
    """A Japanese or Korean registration form exported as label/value pairs in the local script with
    English glosses: 氏名 / 성명, 生年月日 / 생년월일 (年月日 and 년 월 일 dates), 住所 with 〒, 電話番号 /
    연락처, メール / 이메일, plus the romanised name; the clinic or gym name is not personal."""
    cc = g.pick(("JP", "KR"))
    g.multi = True
    w = who(g, cc)
    born = _dob_day(g)
    if cc == "JP":
        b(
            g.pick(("会員登録申込書", "問診票", "入会申込書")),
            " (Registration form)\n",
            g.pick(("スポーツクラブ桜", "さくら歯科クリニック", "青葉英会話スクール")),
            "\n\n",
        )
        b(
            "氏名 (Name): ",
            w.native_name or w.name,
            "\nローマ字 (Romaji): ",
            _p(f"{w.last.upper()} {w.first}"),
            "\n",
        )
        b("生年月日 (DOB): ", ent(f"{born.year}年{born.month}月{born.day}日", "DATE", dob=True), "\n")
        b(
            "性別: ",
            "女" if w.female else "男",
            "\n住所 (Address): ",
            *(w.native_lines[0] if w.native_lines else ()),
            " ",
            *(w.native_lines[1] if w.native_lines else ()),
            "\n",
        )
        b(
            "電話番号 (Tel): ",
            w.phone,
            "\nメール (E-mail): ",
            w.email(g, g.pick(("docomo.ne.jp", "ezweb.ne.jp", "gmail.com"))),
            "\n",
        )
        b(
            "緊急連絡先 (Emergency): ",
            _p(f"{g.pick(_JP_LAST)[0]}{g.pick(_JP_FIRST)[0]}"),
            " (",
            g.pick(("母", "父", "夫", "妻")),
            ") ",
            who(g, "JP").phone,
            "\n",
        )
    else:
        b(
            g.pick(("회원 가입 신청서", "환자 등록 카드", "수강 신청서")),
            " (Registration)\n",
            g.pick(("한빛 피트니스", "서울 연세 치과", "푸른 어학원")),
            "\n\n",
        )
        b(
            "성명 (Name): ",
            w.native_name or w.name,
            "\n영문 (English): ",
            _p(f"{w.last.upper()} {w.first.upper().replace('-', '')}"),
            "\n",
        )
        b("생년월일 (DOB): ", ent(f"{born.year}년 {born.month}월 {born.day}일", "DATE", dob=True), "\n")
        b("주소 (Address): ", *(w.native_lines[0] if w.native_lines else ()), "\n")
        b(
            "연락처 (Mobile): ",
            w.phone,
            "\n이메일 (E-mail): ",
            w.email(g, g.pick(("naver.com", "daum.net", "gmail.com"))),
            "\n",
        )
        kl, kr = g.pick(_KR_LAST)
        kf = g.pick(_KR_FIRST)
        b("보호자 (Guardian): ", _p(f"{kl}{kf[0]}"), " ", who(g, "KR").phone, "\n")
    b("\n[✓] 個人情報の取り扱いに同意します / 개인정보 수집에 동의합니다 (consent)\n")


@T("form_invoice")
def t5_ascii_grid_register(g: Gen, b: Builder) -> None:
    """A waiver/attendance register exported as an ASCII grid (+----+): name, date of birth, phone,
    emergency contact (name and phone in one cell), a typed signature; the activity and session
    numbers are not personal."""
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    act = g.pick(("Climbing wall induction", "Kayak taster", "Trampoline park", "Go-kart junior session"))
    b(act, " — participant register — session ", g.ref(text=g.fill("S-####")), "\n")
    widths = (24, 12, 17, 38, 20)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"

    def row(cells: list) -> None:
        b("|")
        for cell, wd in zip(cells, widths, strict=True):
            text = piece_text(cell)
            b(" ", cell, " " * max(0, wd - len(text)), " |")
        b("\n")

    b(sep)
    row(["Participant", "DOB", "Phone", "Emergency contact", "Signature"])
    b(sep)
    for _ in range(g.rng.randrange(3, 6)):
        p, em = g.person(loc), g.person(loc)
        name = g.name(p, g.pick(("full", "last_first")))
        row(
            [
                name,
                g.date(g.day(2006, 2016), "dd/mm/yyyy" if loc != "en_US" else "mm/dd/yyyy", dob=True),
                g.phone(loc, ext=0),
                (g.name(em, "first"), " ", g.phone(loc, ext=0)),
                ("/s/ ", _p(f"{p.first[0]}. {p.last}")),
            ]
        )
        b(sep)
    b("Staff on duty: ", g.name(g.person(loc), "first"), " — all participants briefed\n")


@T("form_invoice")
def t5_pdf_two_column_extract(g: Gen, b: Builder) -> None:
    """A two-column insurance schedule after PDF text extraction: labels of both columns on one line and
    their values on the next in the same order, one value wrapped into the other column, page headers
    repeated; the policy wording and cover amounts are not personal."""
    loc = g.pick(("en_GB", "en_IE", "en_AU", "en_US"))
    p, named = g.person(loc), g.person(loc)
    a = address(g, loc)
    insurer = g.pick(("Aviva", "Allianz", "AXA", "Zurich", "Direct Line"))
    plate = ent(g.fill(g.pick(("@@## @@@", "###-@-####", "@@@ ###"))), "ID")
    b(insurer, " Motor — Policy Schedule                                   Page 1 of 3\n\n")
    b("Policyholder                         Vehicle registration\n")
    b(g.name(p, "full"), " " * max(2, 37 - len(g.name(p, "full").text)), plate, "\n")
    b("Address                              Make / model\n")
    b(
        a.street,
        "                 ",
        g.pick(("Ford Focus 1.0 EcoBoost", "VW Golf 1.5 TSI", "Toyota Yaris Hybrid")),
        "\n",
    )
    b(*one_line(a)[2:], "\n")
    b("Date of birth                        Named drivers\n")
    b(
        g.date(_dob_day(g), "dd/mm/yyyy" if loc != "en_US" else "mm/dd/yyyy", dob=True),
        "                           ",
        g.name(named, "full"),
        " (",
        g.pick(("spouse", "son", "daughter")),
        ")\n",
    )
    b("Licence number                       Contact\n")
    b(g.ident("licence"), "                      ", g.phone(loc, ext=0), " / ", g.email(p), "\n\n")
    b(insurer, " Motor — Policy Schedule                                   Page 2 of 3\n")
    b(
        "Cover: Comprehensive   Excess: £",
        str(g.rng.randrange(100, 600)),
        "   Class of use: Social, domestic and pleasure\n",
    )
    b("Policy number ", g.ref(text=g.fill("@@/#######/##")), " is not transferable.\n")


@T("form_invoice")
def t5_previous_addresses_table(g: Gen, b: Builder) -> None:
    """A background-check (DBS-style) application's address history: every address in the last five
    years with from/to month-years, other names used (maiden name), NI number and birth town; the
    check level and the registered body are not personal."""
    loc = g.pick(("en_GB", "en_GB", "en_IE"))
    p = g.person(loc, female=True) if g.chance(0.6) else g.person(loc)
    maiden = g.person(loc).last if p.female else None
    b(
        "Basic/Standard Disclosure Application — Section B\nRegistered body: ",
        g.pick(("uCheck", "Atlantic Data", "Capita")),
        "   Level: ",
        g.pick(("Enhanced", "Standard")),
        "\n\n",
    )
    b("B1 Surname: ", g.name(p, "LAST"), "   Forename(s): ", _p(f"{p.first} {p.middle}"), "\n")
    b(
        "B2 Other names used: ",
        (
            _p(maiden),
            " (birth surname), used until ",
            ent(f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(1995, 2015)}", "DATE"),
        )
        if maiden
        else "none",
        "\n",
    )
    born = _dob_day(g)
    b(
        "B3 Date of birth: ",
        g.date(born, "dd/mm/yyyy", dob=True),
        "   Town of birth: ",
        ent(g.pick(("Swansea", "Derby", "Galway", "Dundee", "Preston")), "CITY"),
        "\n",
    )
    b("B4 NI number: ", g.ident("national", "en_GB"), "\n\nB5 Address history (most recent first)\n")
    b("  From     To       Address\n")
    y = 2025
    for i in range(g.rng.randrange(2, 4)):
        a = address(g, loc)
        start_y = y - g.rng.randrange(1, 3)
        b(
            f"  {g.rng.randrange(1, 13):02d}/{start_y}  ",
            "present" if i == 0 else f"{g.rng.randrange(1, 13):02d}/{y}",
            "  ",
            one_line(a),
            "\n",
        )
        y = start_y
    b("\nB6 Contact: ", g.phone(loc, ext=0), "  ", g.email(p), "\n")


@T("form_invoice")
def t5_pet_microchip_registration(g: Gen, b: Builder) -> None:
    """A pet microchip database registration: the keeper's name, address, phones and e-mail are personal;
    the pet's name, breed, colour, microchip number and the implanting vet practice are not."""
    loc = g.pick(("en_GB", "en_IE", "en_AU", "en_US", "fr_FR", "nl_NL"))
    p, alt = g.person(loc), g.person(loc)
    a = address(g, loc)
    pet = g.pick(("Biscuit", "Luna", "Pepper", "Max", "Nala", "Teddy", "Willow"))
    b(g.pick(("PETtrac", "Petlog", "Animal Tracker", "HomeAgain")), " — Keeper registration\n\n")
    species, breed = g.pick(
        (
            ("Dog", "Cockapoo"),
            ("Dog", "Border Collie"),
            ("Dog", "Lurcher"),
            ("Cat", "British Shorthair"),
            ("Cat", "Domestic shorthair"),
            ("Rabbit", "Netherland Dwarf"),
        )
    )
    b("ANIMAL\n  Name: ", pet, "   Species: ", species, "   Breed: ", breed, "\n")
    b(
        "  Colour: ",
        g.pick(("Black & white", "Ginger", "Tabby", "Brindle")),
        "   Sex: ",
        g.pick(("Male (neutered)", "Female (spayed)")),
        "\n",
    )
    b(
        "  Microchip: ",
        g.ref(text=g.fill("9##0000########")),
        "   Implanted: ",
        g.date(g.day(), "dd/mm/yyyy"),
        " by ",
        g.pick(("Vets4Pets", "Medivet", "Greencross Vets", "Banfield")),
        "\n\n",
    )
    b("KEEPER\n  Name: ", g.title(p), g.name(p, "full"), "\n  Address: ", one_line(a), "\n")
    b(
        "  Phone (day): ",
        g.phone(loc),
        "   Phone (mobile): ",
        g.phone(loc, ext=0),
        "\n  Email: ",
        g.email(p),
        "\n",
    )
    b("  Alternative contact: ", g.name(alt, "full"), " ", g.phone(loc, ext=0), "\n\n")
    b("[x] ", pet, " is insured   [ ] ", pet, " has been reported missing\n")


@T("form_invoice")
def t5_loan_application_caps(g: Gen, b: Builder) -> None:
    """An ALL-CAPS loan application printout from a core-banking terminal: applicant and co-applicant,
    SSN or national number, current and previous address, employer (an organisation) and income, bank
    account; product codes and rates are not personal."""
    loc = g.pick(("en_US", "en_US", "en_CA", "en_GB"))
    p, co = g.person(loc), g.person(loc)
    a, prev = address(g, loc), address(g, loc)
    kind = "ssn" if loc == "en_US" else "national"
    b(
        "LOAN APPLICATION SUMMARY        PRODUCT: ",
        g.pick(("PL-36M-FIX", "AUTO-60", "HELOC-V")),
        "   APR: ",
        f"{g.rng.randrange(4, 19)}.{g.rng.randrange(10, 99)}%\n",
    )
    b("=" * 64, "\n")
    b("APPLICANT NAME.......: ", g.name(p, "LAST_FIRST"), "\n")
    b("SSN/NATIONAL ID......: " if loc != "en_GB" else "NI NUMBER............: ", g.ident(kind, loc), "\n")
    b("DATE OF BIRTH........: ", upper(g.date(_dob_day(g), "dd-Mon-yyyy", dob=True)), "\n")
    b("CURRENT ADDRESS......: ", upper(one_line(a)), "\n")
    b("YEARS AT ADDRESS.....: ", str(g.rng.randrange(0, 15)), "\n")
    b("PREVIOUS ADDRESS.....: ", upper(one_line(prev)), "\n")
    b("HOME PHONE...........: ", g.phone(loc, ext=0), "\n")
    b("EMAIL................: ", upper(g.email(p)), "\n")
    b("EMPLOYER.............: ", upper(g.org(loc)), "   TITLE: ", g.pick(vocab.JOB_TITLES).upper(), "\n")
    b("ANNUAL INCOME........: ", str(g.rng.randrange(28, 190)), ",000\n")
    b("CO-APPLICANT.........: ", g.name(co, "UPPER"), "  (", g.pick(("SPOUSE", "PARTNER", "PARENT")), ")\n")
    b("DISBURSE TO ACCOUNT..: ", g.ident("account", loc), "\n")
    b(
        "=" * 64,
        "\nDECISION: ",
        g.pick(("REFER", "APPROVE", "DECLINE")),
        "   OFFICER: ",
        g.name(g.person(loc), "UPPER"),
        "\n",
    )


@T("form_invoice")
def t5_crm_yaml_dump(g: Gen, b: Builder) -> None:
    """A CRM contact record dumped as YAML for a migration: nested keys for names, e-mails, phones and
    address, a date of birth, a free-text notes block that names a family member; record ids, owner
    team and lifecycle stage are not personal."""
    loc = g.pick(("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE", "pl_PL"))
    p, rel = g.person(loc), g.person(loc)
    a = address(g, loc)
    b(
        "# export ",
        g.date(g.day(2023, 2025), "iso"),
        " — crm.contacts (",
        str(g.rng.randrange(1000, 90000)),
        " records)\n---\n",
    )
    b(
        "contact:\n  id: ",
        g.ref(text="0031" + g.fill("@#@##@@#@#@@#@")),
        "\n  lifecycle_stage: ",
        g.pick(("customer", "lead", "churned")),
        "\n",
    )
    b("  first_name: ", g.name(p, "first"), '\n  last_name: "', g.name(p, "last"), '"\n')
    b("  emails:\n    - ", g.email(p), "\n")
    if g.chance(0.5):
        b("    - ", _mail(g, p.first, p.last, g.org(loc).text.split()[0].lower().strip(",.") + ".com"), "\n")
    b('  phones:\n    mobile: "', g.phone(loc, ext=0), '"\n    work: "', g.phone(loc), '"\n')
    b(
        '  address:\n    line1: "',
        a.street,
        '"\n    postal_code: "',
        a.zip,
        '"\n    city: ',
        a.city,
        "\n    country: ",
        a.country,
        "\n",
    )
    b(
        "  dob: ",
        g.date(_dob_day(g), "iso", dob=True),
        "\n  owner_team: ",
        g.pick(("EMEA-SMB", "Enterprise-West", "Renewals")),
        "\n",
    )
    b(
        "  notes: |\n    Called ",
        g.date(g.day(2023, 2025), "d Mon"),
        ", spoke to ",
        g.pick(("her", "his", "their")),
        " ",
        g.pick(("husband", "wife", "son", "daughter")),
        " ",
    )
    b(g.name(rel, "first"), ". Wants a callback after 6pm on ", g.phone(loc, ext=0), ".\n")
    b(
        "    Prefers ",
        g.pick(("Teams", "phone", "e-mail")),
        "; interested in the ",
        g.pick(vocab.PLANS),
        " plan.\n",
    )
