"""Tuning templates by a sixth independent author (60), weighted where detectors are weakest: chat
transcripts (24), many-country contacts (18), then identifiers without strong cues in forms, HR
records, support e-mails and clinical notes (18).

Transcripts: SMS threads with a landlord, WhatsApp exports in US, EU and 24-hour date formats, Discord
copy-pastes with @mentions, Google Chat spaces, a support live-chat widget, voice-note transcripts,
family, sports-team, tenants', school-class and church-rota group chats, lowercase typing full of
typos, people whose names are ordinary words (rose, bill, will, grace, hope, april) or virtue names
(Blessing, Precious, Godswill), nicknames with emojis, a babysitter thread, a cricket club's fees chat,
a Viber family group, a Messenger shop order, a pharmacy chat, an IRC log, a messaging-desk export, an
holiday-rental host thread, a hospital shift-swap chat with staff numbers, an SMS inbox mixing automated
notices with a friend, a wedding-planning group and a gaming clan where a real name slips out.
International contacts: visa invitation letters, consolidated shipping manifests, alumni news,
tender registers, event-registration e-mails, NGO field reports, scholarship shortlists, homestay
placements, consular registrations, a research-consortium sheet, a seafarers' crew-change list, race
entrants, admissions e-mails, a trade-mission delegate list, courier exception reports, Erasmus
nominations, Pacific relief distribution lists and a pen-friend exchange; people and addresses from
Latin America, Africa, South and Southeast Asia, the Middle East, Eastern Europe, the Nordics and
Oceania, among plenty of place and country names that are not personal data. Forms, HR, e-mail and
clinical: library cards, loyalty statements, pupil numbers, penalty-charge notices with plates, SEPA
mandates with grouped IBANs, employee numbers in running text, payroll corrections, exit interviews,
training registers, utility and telco account numbers, student numbers, policy numbers read out, a
frequent-flyer complaint, nursing handovers, GP telephone notes, health-visitor notes, a crisis note
and a physiotherapy discharge letter, with relatives and staff named in passing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bench.pii_eval import filler, ids, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower
from bench.pii_eval.places import address, lines, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold, fmt_date

T = Registry()

# ---------------------------------------------------------------- small helpers


def _p(text: str) -> Ent:
    return ent(text, "PERSON")


def _id(text: str) -> Ent:
    return ent(text, "ID")


def _tel(text: str) -> Ent:
    return ent(text, "PHONE_NUMBER")


def _hm(m: int) -> str:
    return f"{m // 60 % 24:02d}:{m % 60:02d}"


def _ampm(m: int, space: str = " ", lower_case: bool = False) -> str:
    h, mm = m // 60 % 24, m % 60
    suffix = "PM" if h >= 12 else "AM"
    return f"{(h - 1) % 12 + 1}:{mm:02d}{space}{suffix.lower() if lower_case else suffix}"


def _times(g: Gen, n: int, m0: int = 7 * 60, m1: int = 23 * 60) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _only_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _nat_digits(g: Gen, loc: str) -> str:
    """A phone number of the locale in its national form, digits only, as people retype it."""
    formats = ids.PHONE_FORMATS.get(loc, ids.PHONE_FORMATS["en_US"])
    national = [f for f in formats if not f.startswith(("+", "00"))] or list(formats)
    return _only_digits(g.fill(g.pick(national)))


def _slug(text: str) -> str:
    out = ascii_fold(text.replace("ß", "ss").replace("Đ", "D").replace("đ", "d")).lower()
    return "".join(c for c in out if c.isalnum())


def _mail(g: Gen, first: str, last: str, domain: str | None = None) -> Ent:
    f, la = _slug(first.split()[0]), _slug(last.split()[-1] if g.chance(0.6) else last)
    f, la = f or "info", la or "mail"
    local = g.pick((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[:1]}", f"{f}_{la}", f"{la}.{f}", f"{f}{la}"))
    if g.chance(0.3):
        local += str(g.rng.randrange(1, 99))
    domain = domain or g.pick(
        ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me")
    )
    return ent(f"{local}@{domain}", "EMAIL_ADDRESS")


def _group(digits: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + n])
        i += n
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def _typo(g: Gen, word: str) -> str:
    """A plausible fat-finger: a swapped pair or a dropped letter."""
    if len(word) < 4:
        return word
    i = g.rng.randrange(1, len(word) - 2)
    if g.chance(0.5):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :]


_SAY = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spoken(digits: str, oh: bool = True) -> str:
    words = [("oh" if oh else "zero") if c == "0" else _SAY[int(c)] for c in digits if c.isdigit()]
    out: list[str] = []
    i = 0
    while i < len(words):
        if (
            i + 1 < len(words)
            and words[i] == words[i + 1]
            and (i + 2 >= len(words) or words[i + 2] != words[i])
        ):
            out.append(f"double {words[i]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _dob(g: Gen, lo: int = 1938, hi: int = 2004) -> date:
    return g.day(lo, hi)


def _date(g: Gen, d: date, style: str, dob: bool = False) -> Ent:
    """g.date with two more shapes people type: 4/7/86 without zeros and a bare dd/mm."""
    extra = {"d/m/yy": f"{d.day}/{d.month}/{d.year % 100:02d}", "dd/mm": f"{d:%d/%m}"}
    return ent(extra[style] if style in extra else fmt_date(d, style), "DATE", dob=dob)


def _pounds(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi)}.{g.rng.randrange(100):02d}"


# People whose first names are ordinary English words (and virtue names common in West Africa and the
# Caribbean): the capital goes when people type in lowercase.
_WORD_F = (
    "Rose",
    "Grace",
    "Hope",
    "April",
    "June",
    "Faith",
    "Joy",
    "Holly",
    "Ivy",
    "Dawn",
    "Pearl",
    "Ruby",
    "Daisy",
    "Summer",
    "Amber",
    "Penny",
    "Iris",
    "Violet",
    "Olive",
    "Heather",
    "Mercy",
    "Patience",
    "Precious",
    "Blessing",
    "Comfort",
    "Charity",
    "Destiny",
    "Sunshine",
)
_WORD_M = (
    "Bill",
    "Will",
    "Mark",
    "Jack",
    "Pat",
    "Art",
    "Chase",
    "Drew",
    "Frank",
    "Gene",
    "Guy",
    "Max",
    "Miles",
    "Ray",
    "Rich",
    "Rob",
    "Sandy",
    "Wade",
    "Dean",
    "Grant",
    "Lance",
    "Reed",
    "Rusty",
    "Sonny",
    "Godswill",
    "Gift",
    "Favour",
    "Justice",
)
_EMOJI = ("🌸", "⚽", "🌻", "💅", "🏀", "🎸", "🦋", "🍕", "☀️", "🐝", "🔥", "💙", "🌈", "✨", "🧁", "🐻")
_KIN = ("mum", "mom", "dad", "nan", "grandma", "auntie", "uncle", "cuz", "sis", "bro")
_NICK = (
    ("Elizabeth", True, ("Lizzie", "Beth", "Libby")),
    ("Katherine", True, ("Kat", "Katie", "Kate")),
    ("Alexandra", True, ("Alex", "Lexi", "Sandra")),
    ("Rebecca", True, ("Becca", "Becky")),
    ("Victoria", True, ("Tori", "Vicky")),
    ("Abigail", True, ("Abby", "Gail")),
    ("Oluwabukola", True, ("Bukky", "Bukola")),
    ("Adaeze", True, ("Ada", "Daze")),
    ("Bolanle", True, ("Bola",)),
    ("Florentina", True, ("Flor", "Tina")),
    ("Guadalupe", True, ("Lupita",)),
    ("Priyanka", True, ("Pri", "Pinky")),
    ("Nomvula", True, ("Vuvu",)),
    ("William", False, ("Billy", "Will", "Liam")),
    ("Robert", False, ("Bobby", "Rob", "Bert")),
    ("Nicholas", False, ("Nico", "Nicky")),
    ("Anthony", False, ("Tony", "Ant")),
    ("Alejandro", False, ("Ale", "Jandro")),
    ("Oluwatobiloba", False, ("Tobi", "Tobs")),
    ("Chinedu", False, ("Nedu",)),
    ("Rajendra", False, ("Raju",)),
    ("Sebastián", False, ("Seba", "Sebas")),
    ("Vladimir", False, ("Vova", "Volodya")),
    ("Sipho", False, ("Sips",)),
    ("Theodore", False, ("Teddy", "Theo")),
    ("Maximilian", False, ("Maxi", "Max")),
)
_ENGLISH = ("en_US", "en_US", "en_GB", "en_GB", "en_CA", "en_AU", "en_IE")


def _word_person(g: Gen, loc: str | None = None, female: bool | None = None) -> tuple[str, str, bool]:
    """(first name that is also a word, a surname, female)."""
    female = g.chance(0.5) if female is None else female
    first = g.pick(_WORD_F if female else _WORD_M)
    return first, g.fake(loc or g.pick(_ENGLISH)).last_name(), female


def _nick(g: Gen) -> tuple[str, bool, str]:
    formal, female, nicks = g.pick(_NICK)
    return formal, female, g.pick(nicks)


def _ppl(g: Gen, n: int, loc: str) -> list[Person]:
    return [g.person(loc) for _ in range(n)]


# ---------------------------------------------------------------- countries the core locales miss


@dataclass(frozen=True)
class Land:
    """One country: how its people are named, its streets, towns with postcode patterns, how an
    address is laid out ("town_zip", "zip_town", "box" for P.O. boxes, "gh" for GhanaPost digital
    addresses), phone patterns, a Faker locale to mix in for names, and two surnames or not."""

    cc: str
    country: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]
    layout: str
    phones: tuple[str, ...]
    faker: str | None = None
    two_surnames: bool = False
    domain: str = "gmail.com"


def _t(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


LANDS = {
    "CO": Land(
        "CO",
        "Colombia",
        _t("Valentina, Daniela, Yurani, Luz Marina, Paola Andrea, Catalina, Leidy Johana, Marisol"),
        _t("Andrés Felipe, Juan Camilo, Jhon Fredy, Santiago, Wilmer, Édgar, Yeferson, Duván"),
        _t("Rodríguez, Cárdenas, Restrepo, Ospina, Quintero, Zuluaga, Betancur, Arango, Mosquera, Londoño"),
        (
            "Calle %# No. %#-%#",
            "Carrera %#A No. %#-%#, Apto %0#",
            "Transversal %# No. %#-%#",
            "Diagonal %#B No. %#-%#, Casa %#",
        ),
        (
            ("Bogotá", "11####"),
            ("Medellín", "050###"),
            ("Cali", "760###"),
            ("Barranquilla", "080###"),
            ("Bucaramanga", "680###"),
        ),
        "town_zip",
        ("+57 3## ### ####", "3## ###-####", "(601) ### ####", "31########"),
        "es_CO",
        True,
        "hotmail.com",
    ),
    "PE": Land(
        "PE",
        "Peru",
        _t("Rosa Elvira, Milagros, Ysabel, Flor de María, Gianella, Nélida, Yesenia"),
        _t("Jhonatan, Percy, Walter, Renzo, Teófilo, Wilfredo, Aldo"),
        _t("Quispe, Mamani, Huamán, Condori, Chávez, Ccori, Salazar, Paredes, Ticona, Apaza"),
        ("Av. Arequipa %##, Dpto. %0#", "Jr. Huallaga %##", "Calle Los Cedros %##", "Av. La Marina %###"),
        (
            ("Lima", "150##"),
            ("Arequipa", "040##"),
            ("Cusco", "080##"),
            ("Trujillo", "130##"),
            ("Piura", "200##"),
        ),
        "town_zip",
        ("+51 9## ### ###", "9## ### ###", "(01) ###-####"),
        None,
        True,
    ),
    "CL": Land(
        "CL",
        "Chile",
        _t("Javiera, Constanza, Francisca, Fernanda, Josefa, Antonia, Ignacia"),
        _t("Matías, Benjamín, Vicente, Cristóbal, Nicolás, Joaquín, Ignacio"),
        _t("Muñoz, Rojas, Soto, Contreras, Sepúlveda, Fuentealba, Aravena, Araya, Valenzuela, Espinoza"),
        ("Av. Providencia %###, depto. %0#", "Pasaje Los Aromos %##", "Calle Lira %##", "Av. Alemania %###"),
        (
            ("Santiago", "75#####"),
            ("Valparaíso", "23#####"),
            ("Concepción", "40#####"),
            ("Temuco", "47#####"),
            ("Antofagasta", "12#####"),
        ),
        "zip_town",
        ("+56 9 #### ####", "9 #### ####", "(2) 2### ####"),
        "es_CL",
        True,
    ),
    "EC": Land(
        "EC",
        "Ecuador",
        _t("Mishel, Gabriela, Nataly, Karla, Dayana, Jessenia"),
        _t("Bryan, Kevin, Fausto, Segundo, Wilson, Byron"),
        _t("Cevallos, Zambrano, Moreira, Guamán, Villacís, Chiriboga, Andrade, Tenesaca"),
        (
            "Av. Amazonas N%#-%## y Av. Atahualpa",
            "Calle Sucre %#-%#",
            "Cdla. Kennedy Norte, Mz. %##, Villa %#",
        ),
        (("Quito", "1701##"), ("Guayaquil", "0901##"), ("Cuenca", "0101##"), ("Ambato", "1801##")),
        "town_zip",
        ("+593 9# ### ####", "09# ### ####", "(02) 2## ####"),
        None,
        True,
    ),
    "GT": Land(
        "GT",
        "Guatemala",
        _t("Ixchel, María José, Heidy, Sindy, Alba Luz, Rosaura"),
        _t("Byron, Erick, Otto, Mynor, Wálter, Edvin"),
        _t("Cojtí, Xajil, Ajú, Tzul, Morales, Barrios, Tzoc, Quemé"),
        ("%a Avenida %#-%#, Zona %#", "%# Calle %-%#, Zona %", "Lote %#, Manzana @, Colonia El Maestro"),
        (("Ciudad de Guatemala", "010##"), ("Quetzaltenango", "0900#"), ("Antigua Guatemala", "0300#")),
        "zip_town",
        ("+502 5### ####", "5###-####", "2### ####"),
        None,
        True,
    ),
    "GH": Land(
        "GH",
        "Ghana",
        _t("Akosua, Abena, Afua, Ama, Esi, Adwoa, Yaa, Naa Adjeley"),
        _t("Kwame, Kofi, Kwabena, Yaw, Kojo, Kwaku, Kwesi, Nii Armah"),
        _t("Mensah, Owusu, Boateng, Asante, Osei, Darko, Acheampong, Ofori, Appiah, Quartey"),
        ("House No. %#, Nii Nortey Nyanchi St", "Plot %#, Oxford Street, Osu", "H/No. @%#/%#, Santasi Road"),
        (("Accra", "GA"), ("Kumasi", "AK"), ("Tamale", "NT"), ("Cape Coast", "CC"), ("Takoradi", "WS")),
        "gh",
        ("+233 24 ### ####", "024 ### ####", "020-###-####", "055 ### ####"),
        "tw_GH",
    ),
    "ET": Land(
        "ET",
        "Ethiopia",
        _t("Tigist, Meron, Bethlehem, Hirut, Selam, Rahel, Hanna"),
        _t("Dawit, Yonas, Abel, Tewodros, Biniam, Henok, Samuel"),
        _t("Alemu, Tesfaye, Haile, Mekonnen, Gebru, Desta, Kebede, Tadesse, Worku"),
        ("Bole Sub-City, Woreda %#, House No. %###", "Kirkos, Kebele %#, H.No. %##", "CMC Road, Block %#"),
        (("Addis Ababa", "%####"), ("Bahir Dar", "%###"), ("Hawassa", "%##"), ("Mekelle", "%###")),
        "box",
        ("+251 91 ### ####", "091 ### ####", "+251 11 ### ####"),
    ),
    "TZ": Land(
        "TZ",
        "Tanzania",
        _t("Neema, Rehema, Zawadi, Upendo, Halima, Imani"),
        _t("Baraka, Juma, Emmanuel, Salim, Jabiri, Amani"),
        _t("Mushi, Kimaro, Massawe, Mwakyusa, Mollel, Swai, Lyimo, Shirima"),
        ("Plot %##, Msasani Peninsula", "Mtaa wa Samora, Kisutu", "Nyerere Road, Block %#"),
        (("Dar es Salaam", "14###"), ("Arusha", "23###"), ("Dodoma", "41###"), ("Mwanza", "33###")),
        "zip_town",
        ("+255 7## ### ###", "07## ### ###"),
    ),
    "SN": Land(
        "SN",
        "Senegal",
        _t("Awa, Fatou, Aminata, Ndeye, Khady, Mariama, Coumba"),
        _t("Mamadou, Ousmane, Cheikh, Moustapha, Ibrahima, Abdoulaye, Babacar"),
        _t("Diop, Ndiaye, Fall, Sow, Diallo, Gueye, Sarr, Faye, Mbaye, Cissé"),
        ("Rue %# x Rue %#, Médina", "Villa n° %##, Sacré-Cœur 3", "Cité Keur Gorgui, Lot %#"),
        (("Dakar", "1####"), ("Thiès", "21000"), ("Saint-Louis", "32000"), ("Ziguinchor", "27000")),
        "zip_town",
        ("+221 77 ### ## ##", "77 ### ## ##", "33 8## ## ##", "78 ### ## ##"),
        None,
        False,
        "orange.sn",
    ),
    "MA": Land(
        "MA",
        "Morocco",
        _t("Khadija, Fatima Zahra, Salma, Imane, Houda, Meryem, Zineb"),
        _t("Youssef, Hamza, Anas, Mehdi, Othmane, Reda, Soufiane"),
        _t("Benali, El Amrani, Alaoui, Idrissi, Berrada, Bennis, El Ouafi, Sqalli, Zniber"),
        ("%#, Rue Ibn Sina, Appt %", "Résidence Al Amal, Imm. %, Apt %#", "%#, Bd Zerktouni, Étage %"),
        (
            ("Casablanca", "20###"),
            ("Rabat", "10###"),
            ("Marrakech", "40###"),
            ("Fès", "30###"),
            ("Tanger", "90###"),
        ),
        "zip_town",
        ("+212 6## ## ## ##", "06 ## ## ## ##", "05 22 ## ## ##"),
    ),
    "UG": Land(
        "UG",
        "Uganda",
        _t("Nakato, Babirye, Namubiru, Nalwoga, Atim, Apio"),
        _t("Mukasa, Okello, Ssemwanga, Kato, Waiswa, Opio, Mugisha"),
        _t("Ssekandi, Nsubuga, Kiggundu, Mugerwa, Tumusiime, Byaruhanga, Okot"),
        ("Plot %#, Kampala Road", "Plot %### Ggaba Road, Kansanga", "Plot %#, Bukoto Street, Kololo"),
        (("Kampala", "#####"), ("Entebbe", "####"), ("Jinja", "####"), ("Gulu", "###"), ("Mbarara", "####")),
        "box",
        ("+256 7## ######", "07## ######", "0414 ######"),
    ),
    "BD": Land(
        "BD",
        "Bangladesh",
        _t("Nusrat, Farhana, Tahmina, Sumaiya, Rumana, Sadia"),
        _t("Tanvir, Rafiq, Mahmudul, Shakib, Arif, Imran"),
        _t("Rahman, Chowdhury, Hossain, Islam, Akter, Sarker, Uddin, Ahmed"),
        ("House %#, Road %#, Dhanmondi", "Flat %@, House %#, Road %#, Banani", "%#/@ Green Road"),
        (("Dhaka", "12##"), ("Chattogram", "4###"), ("Sylhet", "3100"), ("Khulna", "9###")),
        "town_zip",
        ("+880 17## ######", "017########", "01###-######"),
    ),
    "LK": Land(
        "LK",
        "Sri Lanka",
        _t("Dilini, Tharushi, Nilmini, Kaveesha, Sanduni, Nirosha"),
        _t("Kasun, Chamara, Lahiru, Dinesh, Tharindu, Nuwan"),
        _t("Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Herath, Dissanayake"),
        ("No. %#/%, Galle Road", "No. %#, Temple Lane, Rajagiriya", "%#A, Peradeniya Road"),
        (("Colombo 03", "00300"), ("Kandy", "20000"), ("Galle", "80000"), ("Negombo", "11500")),
        "town_zip",
        ("+94 77 ### ####", "077 ### ####", "011 2### ###"),
    ),
    "NP": Land(
        "NP",
        "Nepal",
        _t("Sita, Pratima, Anjali, Sarita, Binita, Srijana"),
        _t("Bikash, Roshan, Suman, Prakash, Dipendra, Sagar"),
        _t("Shrestha, Gurung, Tamang, Thapa, Maharjan, Adhikari, Karki, Magar"),
        ("Ward No. %, Baluwatar", "House %##, Jhamsikhel Marg", "Lakeside-%, Baidam"),
        (("Kathmandu", "44600"), ("Lalitpur", "44700"), ("Pokhara", "33700"), ("Bhaktapur", "44800")),
        "town_zip",
        ("+977 98########", "98########", "01-4######"),
    ),
    "PH": Land(
        "PH",
        "Philippines",
        _t("Jonalyn, Kristine Joy, Aileen, Mary Grace, Lorna, Rizza"),
        _t("Rodel, Mark Anthony, Reynaldo, Christian Paul, Jayson, Ariel"),
        _t("Reyes, Santos, Ocampo, Mendoza, Manalastas, Tolentino, Dizon, Galang"),
        (
            "Unit %#@, Tower %, Sen. Gil Puyat Ave.",
            "Blk %# Lot %#, Phase %",
            "%## Mabini St., Brgy. San Isidro",
        ),
        (("Makati City", "12##"), ("Quezon City", "11##"), ("Cebu City", "6000"), ("Davao City", "8000")),
        "town_zip",
        ("+63 9## ### ####", "09## ### ####", "(02) 8### ####"),
    ),
    "ID": Land(
        "ID",
        "Indonesia",
        _t("Sri Wahyuni, Dewi, Ayu, Ratna, Intan, Putri"),
        _t("Budi, Agus, Eko, Dimas, Rizky, Wahyu"),
        _t("Santoso, Wijaya, Setiawan, Hidayat, Pratama, Kurniawan, Saputra, Nugroho, Siregar"),
        ("Jl. Kemang Raya No. %#", "Jl. Dago No. %#, RT 0%/RW 0%", "Jl. Malioboro Gg. %, No. %#"),
        (("Jakarta Selatan", "12###"), ("Bandung", "40###"), ("Surabaya", "60###"), ("Yogyakarta", "55###")),
        "town_zip",
        ("+62 81# #### ####", "081#-####-####", "(021) ### ####"),
        "id_ID",
    ),
    "TH": Land(
        "TH",
        "Thailand",
        _t("Siriporn, Nattaya, Kanokwan, Pimchanok, Wanida, Supattra"),
        _t("Somchai, Anan, Thanawat, Kittisak, Prasert, Narong"),
        _t("Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Phromma, Sukprasert, Boonmee"),
        ("%#/%# Moo %, Soi Sukhumvit %#", "%##/%# Thanon Charoen Krung", "%#/% Soi Nimmanhaemin %"),
        (("Bangkok", "10###"), ("Chiang Mai", "50###"), ("Phuket", "83###"), ("Khon Kaen", "40###")),
        "town_zip",
        ("+66 8# ### ####", "08#-###-####", "02 ### ####"),
    ),
    "MY": Land(
        "MY",
        "Malaysia",
        _t("Nur Aisyah, Siti Aminah, Nurul Izzah, Farah Hanim, Aina"),
        _t("Muhammad Hafiz, Ahmad Faiz, Syafiq, Amirul, Hakim"),
        _t("Ismail, Rahman, Abdullah, Yusof, Hassan, Othman, Zakaria"),
        (
            "No. %#, Jalan SS %/%#",
            "A-%#-%, Jalan Tun Razak",
            "Lot %#, Jalan Ampang",
            "%#, Lorong Bunga Raya %",
        ),
        (
            ("Petaling Jaya", "47###"),
            ("Kuala Lumpur", "50###"),
            ("George Town", "10###"),
            ("Johor Bahru", "80###"),
            ("Kota Kinabalu", "88###"),
        ),
        "zip_town",
        ("+60 1#-### ####", "01#-### ####", "03-#### ####"),
    ),
    "JO": Land(
        "JO",
        "Jordan",
        _t("Rania, Dana, Lina, Haya, Shahd, Farah"),
        _t("Omar, Zaid, Laith, Mohammad, Hamzeh, Yazan"),
        _t("Haddad, Khasawneh, Obeidat, Majali, Tarawneh, Nabulsi, Zu'bi"),
        ("Building %#, Rainbow St, Jabal Amman", "%# Mecca Street, Apt %", "Al-Hussein St, Building %#"),
        (("Amman", "11###"), ("Irbid", "21###"), ("Aqaba", "77###"), ("Zarqa", "13###")),
        "town_zip",
        ("+962 7# ### ####", "07# ### ####", "06 5## ####"),
    ),
    "LB": Land(
        "LB",
        "Lebanon",
        _t("Nour, Rita, Maya, Carla, Yara, Rima"),
        _t("Elie, Georges, Karim, Rami, Ziad, Charbel"),
        _t("Khoury, Nassar, Frem, Aoun, Salameh, Abi Nader, Bou Saab, Haddad"),
        ("Rue Hamra, Bldg Saab, floor %", "Mar Mikhael, Armenia St, Bldg %#", "Achrafieh, Sursock St %#"),
        (("Beirut", "#### ####"), ("Jounieh", "#### ####"), ("Tripoli", "#### ####"), ("Saida", "#### ####")),
        "town_zip",
        ("+961 3 ### ###", "03 ### ###", "01 ######", "+961 71 ### ###"),
    ),
    "AE": Land(
        "AE",
        "United Arab Emirates",
        _t("Mariam, Shamma, Maitha, Alia, Hessa"),
        _t("Khalid, Saeed, Rashid, Sultan, Hamdan"),
        _t("Al Mazrouei, Al Falasi, Al Shamsi, Al Nuaimi, Al Ketbi, Al Suwaidi, Al Dhaheri"),
        ("Villa %#, Street %#, Al Barsha %", "Apt %#0%, Marina Heights Tower", "Villa %#, Al Khaleej St"),
        (("Dubai", "#####"), ("Abu Dhabi", "#####"), ("Sharjah", "#####")),
        "box",
        ("+971 5# ### ####", "05# ### ####", "04 ### ####"),
    ),
    "IR": Land(
        "IR",
        "Iran",
        _t("Maryam, Fatemeh, Zahra, Niloofar, Sepideh, Mahsa"),
        _t("Reza, Ali, Amir, Hossein, Mehdi, Pouya"),
        _t("Hosseini, Mohammadi, Karimi, Rezaei, Jafari, Navabi, Farahani, Kazemi"),
        ("No. %#, Alley %, Valiasr St", "Unit %, No. %#, Shariati St", "No. %#, Chaharbagh Abbasi St"),
        (
            ("Tehran", "1####-#####"),
            ("Isfahan", "81###-#####"),
            ("Shiraz", "71###-#####"),
            ("Tabriz", "51###-#####"),
        ),
        "town_zip",
        ("+98 912 ### ####", "0912 ### ####", "021 8### ####"),
    ),
    "RO": Land(
        "RO",
        "Romania",
        _t("Ioana, Andreea, Mihaela, Roxana, Alina"),
        _t("Mihai, Bogdan, Andrei, Sorin, Ionuț"),
        _t("Popescu, Ionescu, Dumitrescu, Stoica, Munteanu, Constantinescu, Marin"),
        (
            "Str. Mihai Eminescu nr. %#, bl. @%, ap. %#",
            "Bd. Unirii nr. %#, sc. %, ap. %#",
            "Calea Victoriei %##",
        ),
        (("București", "0#####"), ("Cluj-Napoca", "400###"), ("Timișoara", "300###"), ("Iași", "700###")),
        "zip_town",
        ("+40 7## ### ###", "07## ### ###", "021 ### ####"),
        "ro_RO",
        False,
        "yahoo.ro",
    ),
    "RS": Land(
        "RS",
        "Serbia",
        _t("Jelena, Milica, Dragana, Ivana, Snežana"),
        _t("Nikola, Marko, Miloš, Dejan, Stefan"),
        _t("Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović"),
        ("Bulevar kralja Aleksandra %#", "Knez Mihailova %#/%", "Cara Dušana %#"),
        (("Beograd", "11000"), ("Novi Sad", "21000"), ("Niš", "18000"), ("Kragujevac", "34000")),
        "zip_town",
        ("+381 6# ### ####", "06# ###-####", "011 ### ####"),
    ),
    "BG": Land(
        "BG",
        "Bulgaria",
        _t("Desislava, Tsvetelina, Radka, Yordanka, Gergana"),
        _t("Georgi, Dimitar, Hristo, Stoyan, Todor, Plamen"),
        _t("Ivanov, Petrov, Georgiev, Dimitrov, Stoyanov, Todorov, Kolev, Angelov"),
        ("ul. Vitosha %#, et. %, ap. %", "bul. Tsarigradsko shose %##", "zh.k. Mladost %, bl. %##"),
        (("Sofia", "1###"), ("Plovdiv", "4000"), ("Varna", "9000"), ("Burgas", "8000")),
        "zip_town",
        ("+359 88 ### ####", "088 ### ####", "02 ### ####"),
    ),
    "HR": Land(
        "HR",
        "Croatia",
        _t("Ana, Petra, Marija, Lucija"),
        _t("Luka, Ivan, Josip, Tomislav, Krešimir"),
        _t("Horvat, Kovačević, Babić, Marić, Jurić, Knežević"),
        ("Ilica %#", "Ulica Ivana Gundulića %#", "Put Firula %#"),
        (("Zagreb", "10000"), ("Split", "21000"), ("Rijeka", "51000"), ("Osijek", "31000")),
        "zip_town",
        ("+385 9# ### ####", "09# ### ####", "01 #### ###"),
        "hr_HR",
    ),
    "LT": Land(
        "LT",
        "Lithuania",
        _t("Rūta, Ieva, Gintarė, Agnė, Eglė"),
        _t("Mindaugas, Tomas, Darius, Paulius, Giedrius"),
        _t("Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas"),
        ("Gedimino pr. %#-%#", "Pylimo g. %#", "Savanorių pr. %##-%#"),
        (("Vilnius", "LT-0####"), ("Kaunas", "LT-44###"), ("Klaipėda", "LT-92###")),
        "zip_town",
        ("+370 6## #####", "8 6## #####"),
    ),
    "EE": Land(
        "EE",
        "Estonia",
        _t("Kadri, Liis, Triin, Kristiina, Maarja"),
        _t("Siim, Tõnu, Rasmus, Margus, Priit"),
        _t("Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane"),
        ("Narva mnt %#-%#", "Pärnu mnt %#", "Rüütli %#"),
        (("Tallinn", "10###"), ("Tartu", "50###"), ("Pärnu", "80###")),
        "zip_town",
        ("+372 5### ####", "5### ####"),
        "et_EE",
    ),
    "IS": Land(
        "IS",
        "Iceland",
        _t("Guðrún, Sigríður, Katrín, Hildur, Ragnheiður"),
        _t("Jón, Sigurður, Gunnar, Einar, Kristján"),
        _t("Jónsdóttir, Sigurðardóttir, Jónsson, Gunnarsson, Einarsdóttir, Magnússon"),
        ("Laugavegur %#", "Hringbraut %##", "Álfhólsvegur %#"),
        (("Reykjavík", "10%"), ("Kópavogur", "200"), ("Akureyri", "600"), ("Hafnarfjörður", "220")),
        "zip_town",
        ("+354 6## ####", "8## ####"),
        "is_IS",
    ),
    "NZ": Land(
        "NZ",
        "New Zealand",
        _t("Aroha, Mere, Hine, Ngaire, Kiri, Anahera"),
        _t("Wiremu, Tane, Rawiri, Nikau, Hemi, Manaia"),
        _t("Ngata, Parata, Te Whata, Tipene, Rangi, Hohepa, Kereama"),
        ("%# Dominion Road, Mt Eden", "%# Willis Street", "%#A Colombo Street, Sydenham", "%# George Street"),
        (("Auckland", "10##"), ("Wellington", "6011"), ("Christchurch", "80##"), ("Dunedin", "90##")),
        "town_zip",
        ("+64 2# ### ####", "02# ### ####", "(03) ### ####"),
        "en_NZ",
    ),
    "FJ": Land(
        "FJ",
        "Fiji",
        _t("Litia, Salote, Vasemaca, Priya, Shalini, Adi"),
        _t("Josaia, Sitiveni, Waisea, Rajesh, Vilimone, Ravinesh"),
        _t("Naivalu, Rabuka, Vunibaka, Naidu, Prasad, Lal, Chand, Tuivaga"),
        ("Lot %#, Ratu Sukuna Road, Nasese", "%# Queen Elizabeth Drive", "Lot %, Namaka"),
        (("Suva", "####"), ("Nadi", "####"), ("Lautoka", "###"), ("Labasa", "###")),
        "box",
        ("+679 9## ####", "7## ####", "33# ####"),
    ),
}
_REGION_LANDS = {
    "latam": ("CO", "PE", "CL", "EC", "GT"),
    "africa": ("GH", "ET", "TZ", "SN", "MA", "UG"),
    "south_asia": ("BD", "LK", "NP"),
    "sea": ("PH", "ID", "TH", "MY"),
    "mideast": ("JO", "LB", "AE", "IR"),
    "east_europe": ("RO", "RS", "BG", "HR", "LT", "EE"),
    "nordic_oceania": ("IS", "NZ", "FJ"),
}


@dataclass
class Local:
    land: Land
    first: str
    last: str
    female: bool
    street: Ent
    extra: Ent | None  # a P.O. box or a GhanaPost digital address: a second address line
    town: Ent
    zip: Ent | None
    phone: Ent

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def name(self, g: Gen, style: str | None = None) -> Ent:
        style = style or g.pick(("full", "full", "full", "upper_last", "first"))
        if style == "upper_last":
            return _p(f"{self.last.upper()} {self.first}")
        if style == "first":
            return _p(self.first)
        if style == "last":
            return _p(self.last)
        return _p(self.full)

    def lines(self, country: bool = False) -> list[tuple]:
        land, z = self.land, self.zip
        out: list[tuple] = [(self.street,)]
        if land.layout == "gh":
            out += [("GPS: ", self.extra), (self.town,)]
        elif land.layout == "box":
            out += [(self.extra, ", ", self.town) if self.extra else (self.town,)]
        elif land.layout == "zip_town" and z:
            out.append((z, " ", self.town))
        elif z:
            out.append((self.town, " ", z))
        else:
            out.append((self.town,))
        if country:
            out.append((ent(land.country, "STATE_OR_COUNTRY"),))
        return out

    def one_line(self, country: bool = False, sep: str = ", ") -> tuple:
        out: list = []
        for i, line in enumerate(self.lines(country)):
            out += [sep] * bool(i) + list(line)
        return tuple(out)

    def email(self, g: Gen, domain: str | None = None) -> Ent:
        return _mail(g, self.first, self.last, domain or (self.land.domain if g.chance(0.4) else None))


def local(g: Gen, cc: str, female: bool | None = None) -> Local:
    land = LANDS[cc]
    female = g.chance(0.5) if female is None else female
    if land.faker and g.chance(0.35):
        f = g.fake(land.faker)
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name_female() if female else f.last_name_male()
    else:
        first = g.pick(land.female if female else land.male)
        last = g.pick(land.last)
    if cc == "BG" and female:
        last += "a"
    if cc == "IS" and g.chance(0.6):
        father = g.pick(("Jón", "Sigurð", "Gunnar", "Einar", "Ólaf", "Magnús", "Stefán"))
        last = f"{father}{'s' if not father.endswith('s') else ''}{'dóttir' if female else 'son'}"
    if cc == "MY" and g.chance(0.6):
        last = f"{'binti' if female else 'bin'} {g.pick(('Abdullah', 'Ismail', 'Othman', 'Rahman', 'Yusof'))}"
    if land.two_surnames and g.chance(0.6):
        second = g.pick(land.last)
        if second != last:
            last = f"{last} {second}"
    first, last = " ".join(first.split()), " ".join(last.split())
    town, zpat = g.pick(land.towns)
    street = g.fill(g.pick(land.streets))
    extra: Ent | None = None
    zip_: Ent | None = None
    if land.layout == "gh":
        extra = ent(f"{zpat}-{g.fill('%##-####')}", "STREET_ADDRESS")
    elif land.layout == "box":
        if g.chance(0.7):
            extra = ent(g.fill(f"P.O. Box {zpat.replace('#', '%', 1)}"), "STREET_ADDRESS")
    else:
        zip_ = ent(g.fill(zpat).strip(), "ZIP_CODE")
    return Local(
        land,
        first,
        last,
        female,
        ent(street, "STREET_ADDRESS"),
        extra,
        ent(town, "CITY"),
        zip_,
        _tel(g.fill(g.pick(land.phones))),
    )


def _two(g: Gen, pool: tuple[str, ...], sep: str) -> tuple[str, str, str]:
    x, y = g.rng.sample(pool, 2)
    return (x, sep, y)


def _other(g: Gen, cc: str, avoid: str, female: bool | None = None) -> Local:
    """Someone else from the same country whose first name is not `avoid`."""
    for _ in range(8):
        w = local(g, cc, female)
        if w.first != avoid:
            break
    return w


def _lands(g: Gen, n: int, regions: tuple[str, ...] | None = None) -> list[str]:
    pool = [cc for r in (regions or tuple(_REGION_LANDS)) for cc in _REGION_LANDS[r]]
    g.multi = True
    return g.rng.sample(pool, min(n, len(pool)))


def _pass_no(g: Gen, cc: str) -> Ent:
    pat = {
        "CO": "AV######",
        "PE": "#########",
        "CL": "F########",
        "GH": "G#######",
        "ET": "EP#######",
        "BD": "@@#######",
        "LK": "N#######",
        "NP": "PA#######",
        "PH": "P#######@",
        "ID": "@#######",
        "TH": "@@#######",
        "MY": "A########",
        "JO": "@######",
        "LB": "LR#######",
        "IR": "@########",
        "RO": "05######",
        "RS": "0########",
        "BG": "3########",
        "HR": "1########",
        "IS": "A#######",
        "NZ": "L@######",
        "FJ": "C#######",
    }.get(cc, "@########")
    return _id(g.fill(pat))


# Places and countries that appear in running prose and are nobody's personal data.
_HUBS = (
    "Nairobi",
    "Johannesburg",
    "Addis Ababa",
    "Lagos",
    "Bangkok",
    "Singapore",
    "Dubai",
    "Istanbul",
    "Bogotá",
    "Lima",
    "São Paulo",
    "Mexico City",
    "Warsaw",
    "Vienna",
    "Geneva",
    "Manila",
    "Jakarta",
    "Kuala Lumpur",
    "Colombo",
    "Kathmandu",
    "Auckland",
    "Reykjavík",
    "Tbilisi",
    "Kigali",
    "Accra",
    "Dakar",
    "Casablanca",
    "Amman",
    "Beirut",
    "Bucharest",
)
_REGIONS = (
    "East Africa",
    "the Sahel",
    "the Andean region",
    "the Mekong Delta",
    "the Western Balkans",
    "the Baltic states",
    "South Asia",
    "the Gulf",
    "the Pacific Islands",
    "Central America",
    "the Levant",
    "the Horn of Africa",
    "West Africa",
    "the Nordic countries",
)
_COUNTRIES = (
    "Kenya",
    "Rwanda",
    "Brazil",
    "Argentina",
    "Vietnam",
    "Cambodia",
    "Germany",
    "Poland",
    "Egypt",
    "Tunisia",
    "India",
    "Pakistan",
    "Mongolia",
    "Georgia",
    "Armenia",
    "Ukraine",
    "Samoa",
    "Tonga",
    "Bolivia",
    "Paraguay",
    "Norway",
    "Finland",
    "Portugal",
    "Malawi",
    "Zambia",
)


# ---------------------------------------------------------------- chat transcripts (24)


def _wa(g: Gen, d: date, m: int, style: str) -> tuple:
    """A WhatsApp export line's stamp in one of the phone/region formats."""
    if style == "us":
        return (_date(g, d, "m/d/yy"), ", ", _ampm(m), " - ")
    if style == "gb":
        return (_date(g, d, "dd/mm/yyyy"), ", ", _hm(m), " - ")
    if style == "eu":
        return ("[", _date(g, d, "dd.mm.yy"), ", ", f"{_hm(m)}:{g.rng.randrange(60):02d}", "] ")
    if style == "ios_us":
        return (
            "[",
            _date(g, d, "m/d/yy"),
            ", ",
            _ampm(m).replace(" ", ":" + f"{g.rng.randrange(60):02d} "),
            "] ",
        )
    return (_date(g, d, "iso"), " ", _hm(m), " - ")


def _bank_line(g: Gen, loc: str, holder: Ent) -> tuple:
    """How a private landlord or club treasurer gives their bank details in a message."""
    if loc == "en_GB":
        return (
            holder,
            ", sort code ",
            g.ref("ticket", g.fill("##-##-##")),
            ", acc ",
            _id(g.fill("########")),
        )
    if loc == "en_AU":
        return (holder, " BSB ", g.ref("ticket", g.fill("0##-###")), " acct ", _id(g.fill("#### ####")))
    if loc == "en_US":
        return ("zelle to ", holder, " at ", g.phone("en_US", ext=0))
    return (holder, " ", g.iban(loc if loc != "en_CA" else "en_IE"))


@T("chat_transcript")
def t6_sms_landlord_thread(g: Gen, b: Builder) -> None:
    """An SMS thread with a private landlord copied from the phone: the tenant's first name is an
    ordinary word typed in lowercase, a handyman named once, bank details mid-thread, a new mobile, a
    date of birth for the deposit scheme, the flat's address."""
    loc = g.pick(("en_GB", "en_GB", "en_AU", "en_US", "en_IE"))
    first, last, female = _word_person(g, loc)
    ll = g.person(loc)
    a = address(g, loc)
    d = g.day(2019, 2025)
    ms = iter(_times(g, 14, 8 * 60, 22 * 60))
    b(
        "Messages with ",
        _p(f"{ll.first}"),
        g.pick((" (Landlord)", " landlord", " - flat")),
        " · ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    me = g.pick(("Me", "You"))

    def say(who, *text) -> None:
        b(who, ": ", *text, "\n")

    b(f"{d:%a}", " ", _date(g, d, "d Mon"), ", ", _hm(next(ms)), "\n")
    say(
        me,
        "hi ",
        _p(ll.first.lower()),
        " its ",
        _p(first.lower()),
        " from ",
        a.street,
        ", the boiler is making that noise again",
    )
    handy = g.person(loc)
    say(
        _p(ll.first),
        "Hi ",
        _p(first),
        ", I'll send ",
        _p(handy.first),
        g.pick((" round", " over")),
        " tomorrow between 10 and 12, that ok?",
    )
    say(me, "yes thats fine. also is the rent still going to the same account")
    say(
        _p(ll.first),
        "New one actually: ",
        *_bank_line(
            g, loc, _p(f"{ll.first} {ll.last}".upper() if g.chance(0.3) else f"{ll.first} {ll.last}")
        ),
    )
    say(_p(ll.first), "Ref: rent ", _p(first.upper()))
    b("\n", _date(g, d + timedelta(days=g.rng.randrange(2, 9)), "d Mon"), ", ", _hm(next(ms)), "\n")
    say(
        me,
        "sent 👍 and my new number is ",
        _tel(_nat_digits(g, loc)),
        " the old one's going",
    )
    say(_p(ll.first), "Saved. The deposit scheme want your DOB again, sorry")
    dob = _dob(g, 1975, 2003)
    say(
        me,
        _date(
            g,
            dob,
            g.pick(("dd/mm/yyyy", "dd/mm/yy", "d Month yyyy")) if loc != "en_US" else "m/d/yyyy",
            dob=True,
        ),
    )
    say(
        _p(ll.first),
        "Thanks ",
        _p(first.lower() if g.chance(0.3) else first),
        ". ",
        _p(handy.first),
        " says the part comes ",
        g.pick(vocab.WEEKDAYS),
        ", she'll text you" if handy.female else ", he'll text you",
    )
    say(
        me,
        "ok cool. oh and post for ",
        _p(f"{g.person(loc).first} {g.person(loc).last}"),
        " still comes here, the last tenant?",
    )
    say(
        _p(ll.first),
        "Ugh yes, just put it aside, I'll grab it when I'm over. Cheers ",
        _p(last),
        g.pick(("", " family")),
    )


@T("chat_transcript")
def t6_whatsapp_us_family_party(g: Gen, b: Builder) -> None:
    """A US Android WhatsApp export planning grandma's 90th: senders saved as "Mom" or with emojis,
    cousins whose names are words (april, will, grace), grandma's date of birth for the cake, an
    uncle's house address, a caterer's cell, a cousin's Venmo e-mail."""
    loc = "en_US"
    fam = g.fake(loc).last_name()
    kids = [_word_person(g, loc) for _ in range(3)]
    emo = g.rng.sample(_EMOJI, 3)
    labels = ["Mom", (_p(kids[0][0]), " ", emo[0]), (_p(kids[1][0]), emo[1]), (_p(f"{kids[2][0]} {fam}"),)]
    d = g.day(2019, 2025)
    ms = iter(_times(g, 14, 9 * 60, 23 * 60))
    style = g.pick(("us", "ios_us", "iso"))
    b(*_wa(g, d, next(ms), style), "Messages and calls are end-to-end encrypted.\n")

    def say(i: int, *text) -> None:
        b(
            *_wa(g, d, next(ms), style),
            *(labels[i] if isinstance(labels[i], tuple) else (labels[i],)),
            ": ",
            *text,
            "\n",
        )

    nan = g.person(loc, female=True)
    born = date(d.year - 90, g.rng.randrange(1, 13), g.rng.randrange(1, 29))
    say(0, "ok kids grandma turns ", ent("90", "AGE"), " next month!! we need a plan")
    say(1, "omg. is it the ", _date(g, born, "the dth of Month", dob=True), "?")
    say(0, "yes ", _date(g, born, "m/d/yyyy", dob=True), " 🎂 the bakery needs it for the cake, dont ask")
    uncle_first, _, _ = _word_person(g, loc, female=False)
    house = address(g, loc)
    say(
        2,
        "we could do it at uncle ",
        _p(uncle_first.lower()),
        "'s? ",
        house.street,
        ", ",
        house.city,
        " has the big yard",
    )
    say(3, _p(uncle_first.lower()), " said he ", g.pick(("will", "would")), " if someone helps clean lol")
    say(1, "i will ask ", _p(kids[2][0].lower()), " to do it 😇")
    say(3, "lmao no")
    cat = g.person(loc)
    say(
        0,
        "caterer is ",
        _p(f"{cat.first}"),
        g.pick((" from church", " from work", "")),
        ", her cell is ",
        g.phone(loc, ext=0),
    )
    say(
        2,
        "send me $40 each for decorations, venmo ",
        _mail(g, kids[1][0], fam, g.pick(("gmail.com", "yahoo.com"))),
    )
    say(1, "does grandma know?? ", _p(nan.first.lower()), " from her bridge club will 100% tell her")
    say(0, "i told Mrs. ", _p(nan.last), " to keep it quiet 🤐")
    say(3, "‎<Media omitted>")


@T("chat_transcript")
def t6_whatsapp_eu_youth_team(g: Gen, b: Builder) -> None:
    """An iOS WhatsApp export of a youth football team's parents group in [dd.mm.yy, hh:mm:ss] format:
    the coach asks for the children's dates of birth and player passes for league registration, a
    parent's mobile, a lift to the away game from someone's street, a treasurer's IBAN."""
    loc = g.pick(("nl_NL", "de_DE", "sv_SE", "da_DK", "no_NO", "pl_PL", "en_IE", "fr_FR"))
    coach = g.person(loc, female=g.chance(0.3))
    parents = _ppl(g, 4, loc)
    kids = [g.person(loc) for _ in range(3)]
    d = g.day(2020, 2025)
    ms = iter(_times(g, 14, 7 * 60, 22 * 60))
    style = g.pick(("eu", "eu", "iso", "gb"))
    team = g.pick(("JO10-2", "U10 Blau", "F11 Röd", "U9 Mix", "Młodzik B", "U10 Lions"))

    def say(who, *text) -> None:
        b(*_wa(g, d, next(ms), style), who, ": ", *text, "\n")

    c = g.name(coach, "full")
    say(
        c,
        "Hi all, registration for ",
        team,
        " closes ",
        g.pick(vocab.WEEKDAYS),
        ". I still need name + date of birth for 3 players 🙏",
    )
    for i in range(3):
        kid_dob = g.day(2013, 2017)
        say(
            g.name(parents[i], g.pick(("full", "first"))),
            _p(kids[i].first),
            " ",
            _p(parents[i].last if g.chance(0.6) else kids[i].last),
            " ",
            _date(g, kid_dob, g.pick(("dd.mm.yyyy", "dd/mm/yyyy", "d Month yyyy", "iso")), dob=True),
        )
    say(
        c,
        "Thanks! ",
        _p(kids[2].first),
        "'s player pass no. is ",
        _id(g.fill(g.pick(("#######", "##########", "@@@#####")))),
        " right?",
    )
    say(g.name(parents[2], "first"), "Yes 👍")
    say(
        g.name(parents[3], "full"),
        "Can anyone take ",
        _p(kids[0].first.lower()),
        " to the away game? We're at work",
    )
    home = address(g, loc)
    say(g.name(parents[1], "first"), "we leave 8:15 from ", home.street, ", can pick up on the way")
    say(g.name(parents[3], "first"), "amazing thank you!! my number if anything ", g.phone(loc, ext=0))
    treas = g.person(loc)
    say(
        c,
        "Season fee €",
        str(g.rng.randrange(40, 160)),
        " to the club account ",
        g.iban(loc),
        " (",
        g.name(treas, "full"),
        ") with child's name",
    )
    say(g.name(parents[0], "first"), "done ✔️")


def _handle(g: Gen, first: str, last: str) -> str:
    f, la = _slug(first), _slug(last)
    return g.pick(
        (
            f"{f}{la[:1]}",
            f"{f}_{la}",
            f"xX_{f}_Xx",
            f"{f}.{la[:3]}",
            f"{la}{g.rng.randrange(10, 99)}",
            f"{f}{g.pick(('ttv', 'gg', 'plays', 'ow'))}",
            f"{f[:3]}{la[:3]}",
        )
    )


@T("chat_transcript")
def t6_discord_lan_party(g: Gen, b: Builder) -> None:
    """A Discord channel copied from the desktop app ("name — Today at 3:42 PM"): handles built from real
    names, @mentions, a LAN party at someone's house with the address, a phone number for the door, a
    real name that slips out once."""
    loc = g.pick(_ENGLISH)
    ppl = _ppl(g, 4, loc)
    handles = [_handle(g, p.first, p.last) for p in ppl]
    ms = iter(_times(g, 12, 15 * 60, 23 * 60 + 30))
    when = g.pick(("Today at ", "Yesterday at ", ""))
    day = g.day(2021, 2025)
    b("#", g.pick(("general", "lan-2024", "irl-meetups", "off-topic")), "\n\n")

    def say(i: int, *text) -> None:
        m = next(ms)
        stamp = (when, _ampm(m)) if when else (_date(g, day, "mm/dd/yyyy"), " ", _ampm(m))
        b(_p(handles[i]), " — ", *stamp, "\n", *text, "\n")

    a = address(g, loc)
    say(0, "ok lan is at mine saturday. bring ur own chair lol")
    say(1, "@", _p(handles[0]), " whats the addy again")
    say(0, lower(a.street), " ", lower(a.city) if g.chance(0.5) else a.city, " ", a.zip)
    say(0, "ring the bell or text me ", g.phone(loc, ext=0), " my mum hates the doorbell")
    say(2, "is ", _p(ppl[3].first.lower()), " coming or is he still grounded 💀")
    say(3, "not grounded anymore. ", _p(handles[1]), " can u pick me up")
    say(1, "ye if ur ready at 11")
    say(
        2,
        "wait ",
        _p(handles[3]),
        " ur real name is ",
        _p(f"{ppl[3].first} {ppl[3].last}"),
        "?? saw it on the group order",
    )
    say(3, "delete that rn")
    say(0, "@everyone pizza money to ", _mail(g, ppl[0].first, ppl[0].last), " on paypal, 8 each")


@T("chat_transcript")
def t6_google_chat_space(g: Gen, b: Builder) -> None:
    """A Google Chat space copied into a ticket: "Name, 10:42 AM" headers, @mentions by full name, a
    customer's name, phone and e-mail passed between colleagues, the customer's surname alone later."""
    loc = g.pick(_ENGLISH)
    staff = _ppl(g, 3, loc)
    cust = g.person(g.pick((loc, g.pick_locale())))
    ms = iter(_times(g, 10, 8 * 60, 18 * 60))
    b(g.pick(("Customer Success", "Billing escalations", "Ops - EMEA", "Team Koala")), "\n")

    def say(i: int, *text) -> None:
        b(g.name(staff[i], "full"), ", ", _ampm(next(ms)), "\n", *text, "\n\n")

    t = g.title(cust)
    say(
        0,
        "@",
        g.name(staff[1], "full"),
        " can you call back ",
        t,
        g.name(cust, "last"),
        "? ",
        g.pick(("Double charged", "Can't log in", "Wants to cancel")),
        ", number ",
        g.phone(cust.loc, ext=0.2),
    )
    say(1, "Sure. Is that the ", g.name(cust, "full"), " with the two accounts?")
    say(0, "Yes — the one under ", g.email(cust), " is the right one")
    say(
        2,
        "FYI ",
        g.name(cust, "last"),
        " also emailed support this morning, I've merged it into ",
        g.ref("ticket"),
    )
    say(1, "Called, left a voicemail. Will try again after lunch")
    say(
        2,
        "Thanks ",
        g.name(staff[1], "first"),
        ". If ",
        g.name(cust, "first") if g.chance(0.5) else (t, g.name(cust, "last")),
        " rings the main line, put them through to me",
    )
    b(g.pick(("Edited", "1 reply", "👍 2")), "\n")


@T("chat_transcript")
def t6_energy_livechat_widget(g: Gen, b: Builder) -> None:
    """A support chat widget transcript from an energy supplier: the customer types an account number
    with no label and in pieces, verifies with date of birth and postcode, gives the meter reading (a
    number that is not personal) and a new e-mail; the agent's first name only."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"))
    cust, agent = g.person(loc), g.person(g.pick(_ENGLISH))
    a = address(g, loc)
    d = g.day(2020, 2025)
    m0 = g.rng.randrange(8 * 60, 20 * 60)
    secs = iter(sorted(g.rng.sample(range(0, 1500), 18)))
    ag = _p(agent.first)
    b("Chat transcript — ", _date(g, d, g.pick(("d Month yyyy", "dd/mm/yyyy", "Month d, yyyy"))), "\n")
    b("Chat started. You're talking to ", ag, " 🙂\n")

    def say(who, *text) -> None:
        s = next(secs)
        b(f"{_hm(m0 + s // 60)} ", who, ": ", *text, "\n")

    you = g.pick(("You", "Customer", "Visitor"))
    say(ag, "Hi, thanks for getting in touch. Can I take your account number please?")
    acct = g.fill("##########")
    cut = g.rng.randrange(4, 7)
    if g.chance(0.5):
        say(you, "its ", _id(_group(acct, (4, 4, 2))))
    else:
        say(you, _id(acct[:cut]))
        say(you, _id(acct[cut:]), " sorry")
    say(ag, "Thanks. For security, your date of birth and the postcode of the property?")
    dob = _dob(g)
    say(
        you,
        _date(
            g,
            dob,
            g.pick(("dd/mm/yyyy", "d/m/yy" if loc == "en_US" else "dd/mm/yy", "d Month yyyy")),
            dob=True,
        ),
        " and ",
        lower(a.zip) if g.chance(0.4) else a.zip,
    )
    say(ag, "Thank you ", g.name(cust, g.pick(("first", "full"))), ". How can I help today?")
    say(
        you,
        "my bill jumped to ",
        f"£{g.rng.randrange(180, 640)}",
        " and i think the reading is wrong, its ",
        str(g.rng.randrange(10000, 99999)),
        " not what you have",
    )
    say(ag, "I can see an estimated reading. I've put the actual one on and I'll re-bill.")
    say(you, "thanks. also can you change my email, its ", g.email(cust), " now")
    say(ag, "Done. Anything else?")
    say(
        you,
        "my partner ",
        _p(g.person(loc).first),
        " might call about the direct debit, can she talk about the account?",
    )
    say(ag, "They'd need to be added as a named person — I'll email you the form.")
    b("Chat ended by ", ag, ".\n")


def _spoken_street(g: Gen, street: str) -> str:
    num, _, rest = street.partition(" ")
    if not num.isdigit():
        return street.lower()
    n = int(num)
    tens = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    teens = (
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
    )
    if n < 10:
        word = _SAY[n]
    elif n < 20:
        word = teens[n - 10]
    elif n < 100:
        word = tens[n // 10] + ("" if n % 10 == 0 else " " + _SAY[n % 10])
    else:
        word = " ".join(_SAY[int(c)] for c in num)
    return f"{word} {rest.lower()}"


@T("chat_transcript")
def t6_voice_note_transcripts(g: Gen, b: Builder) -> None:
    """Voice notes with the app's automatic transcripts: no punctuation to speak of, numbers spoken as
    words ("oh seven double four"), a street number in words, a name spelt out, fillers (um, like)."""
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    me, friend = g.person(loc), g.person(loc)
    a = address(g, loc)
    d = g.day(2021, 2025)
    ms = iter(_times(g, 6, 9 * 60, 22 * 60))
    b(g.pick(("WhatsApp", "Telegram", "Messenger")), " chat with ", g.name(friend, "full"), "\n\n")

    def note(who, secs: int, text: tuple) -> None:
        b(
            _date(g, d, "dd/mm/yyyy" if loc != "en_US" else "m/d/yy"),
            ", ",
            _hm(next(ms)),
            " - ",
            who,
            f": 🎤 Voice message (0:{secs:02d})\n",
            "   Transcript: ",
            *text,
            "\n",
        )

    street = a.street.text
    phone_digits = _nat_digits(g, loc)
    note(
        g.name(friend, "first"),
        g.rng.randrange(12, 59),
        (
            "hey um so it's ",
            _p(friend.first.lower()),
            " obviously ",
            "just wanted to say the party's at my new place now so it's ",
            ent(_spoken_street(g, street), "STREET_ADDRESS"),
            " um ",
            lower(a.city) if isinstance(a.city, Ent) else a.city,
            " and if you get lost ring me on ",
            _tel(_spoken(phone_digits)),
            " yeah see you later",
        ),
    )
    note(
        g.name(me, "first"),
        g.rng.randrange(5, 30),
        ("nice one yeah I'll be there about eight is ", _p(g.person(loc).first.lower()), " coming"),
    )
    other = g.person(loc, female=False)
    spelt = " ".join(other.last.upper().replace(" ", ""))
    note(
        g.name(friend, "first"),
        g.rng.randrange(20, 59),
        (
            "yeah she is and she's bringing her boyfriend ",
            _p(other.first.lower()),
            " um ",
            _p(other.last.lower()),
            " like ",
            _p(spelt),
            " you met him at ",
            g.pick(("the wedding", "the barbecue", "work drinks")),
            " his email is ",
            ent(
                _mail(g, other.first, other.last).text.replace("@", " at ").replace(".", " dot "),
                "EMAIL_ADDRESS",
            ),
            " if you wanted to send him the photos",
        ),
    )
    note(
        g.name(me, "first"),
        g.rng.randrange(5, 20),
        ("oh yeah ", _p(other.first.lower()), " cool cool see you tonight"),
    )


_NAME_LINES = (
    ("did {} say if he will come", False),
    ("{} said she will bring the potato salad", True),
    ("tell {} i said hi", None),
    ("has anyone heard from {} since tuesday?", None),
    ("{} is bringing roses lol of course", True),
    ("hope {} is feeling better", None),
    ("{} will drive, he has the big car", False),
    ("ask {} to grab ice on the way", None),
    ("{} and the kids are coming at 2", None),
)


@T("chat_transcript")
def t6_family_word_names(g: Gen, b: Builder) -> None:
    """A family group typed in lowercase where several names are ordinary words or verbs ("will will
    drive", "hope hope is better"), a grandparent's new care-home address, a cousin's number."""
    loc = g.pick(_ENGLISH)
    fam = g.fake(loc).last_name()
    members = [_word_person(g, loc, female=i % 2 == 0) for i in range(4)]
    d = g.day(2019, 2025)
    ms = iter(_times(g, 12, 8 * 60, 23 * 60))
    style = g.pick(("gb", "us", "eu", "iso"))
    b(g.pick(("the ", "")), fam.lower(), g.pick((" fam 💛", " family", " clan", "s 🏡")), "\n")

    def say(i: int, *text) -> None:
        who = g.pick(((_p(members[i][0]),), (_p(members[i][0].lower()),), (_p(f"{members[i][0]} {fam}"),)))
        b(*_wa(g, d, next(ms), style), *who, ": ", *text, "\n")

    lines_ = g.rng.sample(_NAME_LINES, 5)
    for k, (line, female) in enumerate(lines_):
        pool = [m for m in members if female is None or m[2] == female] or members
        name = g.pick(pool)[0].lower()
        pre, post = line.split("{}")
        say(k % 4, pre, _p(name), post)
    nan = g.person(loc, female=True)
    home = address(g, loc)
    say(
        0,
        "nan moved in to ",
        g.pick(("Oakleigh House", "Rosewood Lodge", "Maple Court")),
        " today, it's ",
        home.street,
        " ",
        home.zip,
        " if you want to send a card",
    )
    say(1, "is her room number the same? ", str(g.rng.randrange(1, 40)))
    say(2, "yes. and the manager is ", _p(f"{nan.first} {nan.last}"), " if anything comes up")
    cousin = g.person(loc)
    say(
        3,
        "cousin ",
        _p(cousin.first.lower()),
        "'s new number ",
        g.phone(loc, ext=0),
        " she asked me to pass it on",
    )
    say(0, "❤️")


@T("chat_transcript")
def t6_tenants_group_chat(g: Gen, b: Builder) -> None:
    """A tenants' association group for one building: flats by number and a neighbour's name, the
    managing agent's person and e-mail, a parked car's plate, someone's mobile for the spare key, a
    petition where people add their name and flat."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_US", "en_AU", "de_DE", "nl_NL"))
    a = address(g, loc)
    ppl = _ppl(g, 5, loc)
    d = g.day(2020, 2025)
    ms = iter(_times(g, 14, 7 * 60, 23 * 60))
    style = g.pick(("gb", "eu", "us", "iso"))
    bldg = a.street.text.split(",")[-1].strip()

    def say(i: int, *text) -> None:
        b(*_wa(g, d, next(ms), style), g.name(ppl[i], g.pick(("full", "first", "full"))), ": ", *text, "\n")

    say(0, "Heating is off again in the whole of ", ent(bldg, "STREET_ADDRESS"), " 🥶")
    agent = g.person(loc)
    dom = g.pick(("oakwoodlettings.co.uk", "hausverwaltung-kern.de", "vesteda.nl", "lpm-realty.com"))
    say(
        1,
        "I've emailed ",
        g.name(agent, g.pick(("full", "first"))),
        " at the agents again, ",
        g.email(agent, dom),
    )
    say(
        2,
        "Same in flat ",
        str(g.rng.randrange(1, 30)),
        ". ",
        g.title(ppl[4]),
        g.name(ppl[4], "last"),
        " downstairs has a baby, it's not ok",
    )
    plate = g.fill(g.pick(("@@## @@@", "@-@@ ####", "@@-###-@", "%@@@###", "##-@@@-#")))
    say(3, "Also whoever has the white van ", _id(plate), " is in the disabled bay again")
    say(0, "Petition for the council, add yourself:")
    for k in (0, 1, 2, 3):
        b(f"{k + 1}. ", g.name(ppl[k], "full"), " – flat ", str(g.rng.randrange(1, 40)), "\n")
    say(4, "5. ", g.name(ppl[4], "full"), " – flat ", str(g.rng.randrange(1, 40)), " 👍")
    say(
        2,
        "I'm away till the ",
        _date(g, d + timedelta(days=g.rng.randrange(5, 20)), "the dth of Month"),
        ", spare key is with ",
        _p(ppl[1].first),
        ", ",
        g.phone(loc, ext=0),
    )


@T("chat_transcript")
def t6_sms_inbox_mix(g: Gen, b: Builder) -> None:
    """An SMS inbox pasted whole: a courier notice with the recipient's name in capitals and the
    delivery address, a one-time code (not personal), a dentist's reminder with title and surname, a
    friend's messages with an e-mail and a date of birth for a booking."""
    loc = g.pick(("en_GB", "en_GB", "en_US", "en_IE", "en_AU"))
    me, friend, dentist = g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    d = g.day(2021, 2025)
    b(g.pick(("DPD", "Evri", "UPS", "An Post", "AusPost")), "  ", _date(g, d, "dd/mm/yyyy"), "\n")
    b(
        "Hi ",
        g.name(me, g.pick(("FIRST", "first", "UPPER"))),
        ", your parcel will be delivered to ",
        a.street,
        ", ",
        a.zip,
        " today between ",
        _hm(g.rng.randrange(8 * 60, 12 * 60)),
        "-",
        _hm(g.rng.randrange(12 * 60, 18 * 60)),
        ". Track: ",
        g.ref("ticket", g.fill("##############")),
        "\n\n",
    )
    b(g.pick(("Google", "Monzo", "PayPal")), "  ", _date(g, d, "dd/mm/yyyy"), "\n")
    b("G-", g.digits(6), " is your verification code. Don't share it.\n\n")
    b(g.pick(("Smile Dental", "BrightSmile", "Parkside Dental")), "  ", _date(g, d, "dd/mm/yyyy"), "\n")
    b(
        "Dear ",
        g.title(me),
        g.name(me, "last"),
        ", reminder of your appt with ",
        g.pick(("Dr ", "Dr. ", "")),
        g.name(dentist, g.pick(("last", "full"))),
        " on ",
        _date(g, d + timedelta(days=g.rng.randrange(2, 14)), "d Mon"),
        " at ",
        _hm(g.rng.randrange(8 * 60, 17 * 60)),
        ". Reply C to cancel.\n\n",
    )
    b(
        g.name(friend, g.pick(("first", "full"))),
        g.pick(("", " " + g.pick(_EMOJI))),
        "  ",
        _date(g, d, "dd/mm/yyyy"),
        "\n",
    )
    b("booking the spa for ur bday!! need ur dob and email for it x\n\n")
    b(
        "Me\n",
        _date(g, _dob(g, 1970, 2002), g.pick(("dd/mm/yyyy", "dd.mm.yy", "d Month yyyy")), dob=True),
        " and ",
        g.email(me),
        " 🥰\n\n",
    )
    b(
        g.name(friend, "first"),
        "\n",
        "done! also ",
        _p(g.person(loc).first.lower()),
        " is coming so it's 3 of us",
    )


@T("chat_transcript")
def t6_teen_typo_chat(g: Gen, b: Builder) -> None:
    """An Instagram DM thread between teenagers with typos everywhere, including in the address and
    the names, a phone number with odd spacing, "ur" and "rn", a sleepover at someone's house."""
    loc = g.pick(("en_US", "en_GB", "en_AU", "en_CA"))
    a, bb = g.person(loc, female=True), g.person(loc, female=True)
    other = g.person(loc)
    addr = address(g, loc)
    b(g.name(bb, "full"), "\n", _p(_handle(g, bb.first, bb.last)), " · Instagram\n\n")
    hours = iter(("", "", "", "", "", "", "", "", "", ""))

    def say(who, *text) -> None:
        b(who, next(hours), ": ", *text, "\n")

    street = addr.street.text.lower()
    words = street.split()
    typo_street = " ".join(_typo(g, w) if w.isalpha() and len(w) > 4 and g.chance(0.5) else w for w in words)
    say(_p(a.first.lower()), "omg are u coming to the sleepover fri")
    say(_p(bb.first.lower()), "ya if my mom lets me. wat time")
    say(
        _p(a.first.lower()),
        "like 7. my adress is ",
        ent(typo_street, "STREET_ADDRESS"),
        " the one with the blue door",
    )
    digits = _nat_digits(g, loc)
    odd = _group(digits, (3, 2, 3, 4))
    say(_p(a.first.lower()), "my mom said ur mom can call her ", _tel(odd))
    say(_p(bb.first.lower()), "ok. is ", _p(_typo(g, other.first.lower())), " comming 👀")
    say(_p(a.first.lower()), "NO. lol. maybe. hes ", _p(other.last.lower()), "s cousin so")
    say(_p(bb.first.lower()), "omg 💀 ok see u frday")
    say(_p(a.first.lower()), "bring ur charger rn u always forget")


@T("chat_transcript")
def t6_church_rota_chat(g: Gen, b: Builder) -> None:
    """A church volunteers' WhatsApp with names written with titles and emojis (Auntie Bisi 🌻, Pastor
    Emmanuel, Bro. Kwame), a meal rota for a housebound member at her address, phone numbers, a
    birthday wish with the date."""
    loc = g.pick(("en_GB", "en_US", "en_GB", "en_CA"))
    names = g.rng.sample(
        (
            ("Bisi", "Adeyemi", True),
            ("Chiamaka", "Eze", True),
            ("Kwame", "Boateng", False),
            ("Grace", "Mensah", True),
            ("Emmanuel", "Okafor", False),
            ("Blessing", "Nwosu", True),
            ("Patience", "Asante", True),
            ("Godswill", "Udo", False),
            ("Marcia", "Campbell", True),
            ("Delroy", "Thompson", False),
            ("Precious", "Moyo", True),
            ("Tendai", "Chikwanha", False),
        ),
        5,
    )
    titles = ("Auntie ", "Sis ", "Bro. ", "Pastor ", "Deacon ", "Mama ", "")
    d = g.day(2020, 2025)
    ms = iter(_times(g, 12, 6 * 60, 22 * 60))
    style = g.pick(("gb", "us", "iso"))

    def tag(i: int) -> tuple:
        first, _, fem = names[i]
        t = g.pick(titles)
        if t == "Bro. " and fem:
            t = "Sis "
        if t in ("Sis ", "Auntie ", "Mama ") and not fem:
            t = "Bro. "
        return (t, _p(first), g.pick(("", " " + g.pick(_EMOJI))))

    tags = [tag(i) for i in range(len(names))]

    def say(i: int, *text) -> None:
        b(*_wa(g, d, next(ms), style), *tags[i], ": ", *text, "\n")

    member = g.person(loc, female=True)
    a = address(g, loc)
    say(0, "Good morning family 🙏 ", _p(member.first), " is home from hospital. Meal rota this week:")
    b(
        "Mon – ",
        _p(names[1][0]),
        "\nTue – ",
        _p(names[2][0]),
        "\nWed – ",
        _p(f"{names[3][0]} {names[3][1]}"),
        "\nThu – ?\n",
    )
    say(0, "Address is ", a.street, ", ", a.zip, ". Ring first, her number is ", g.phone(loc, ext=0))
    say(4, "I'll take Thursday 🙋🏾‍♀️")
    say(2, "Amen. Tell ", g.pick(("Mummy ", "Mama ", "Mrs ")), _p(member.last), " we're praying for her")
    say(
        1,
        "Happy birthday to our ",
        _p(names[3][0].lower() if g.chance(0.3) else names[3][0]),
        " 🎂🎉 born ",
        _date(g, g.day(1950, 1995), "d Month yyyy", dob=True),
        " and still looking 25!",
    )
    say(3, "😂😂 thank you all")
    say(
        0,
        "Anyone who needs a lift to the ",
        g.pick(("vigil", "harvest service", "choir practice")),
        " call ",
        _p(names[2][0]),
        " on ",
        g.phone(loc, ext=0),
    )


@T("chat_transcript")
def t6_babysitter_thread(g: Gen, b: Builder) -> None:
    """An iMessage thread between a parent and a new babysitter: the children's names and one date of
    birth for the allergy plan, the house address and a door code (not personal), an emergency contact
    with a number, the paediatrician named once."""
    loc = g.pick(("en_US", "en_US", "en_CA", "en_GB", "en_AU"))
    parent, sitter, granny = g.person(loc), g.person(loc, female=True), g.person(loc, female=True)
    kids = [g.person(loc) for _ in range(2)]
    a = address(g, loc)
    d = g.day(2021, 2025)
    ms = iter(_times(g, 10, 9 * 60, 21 * 60))
    b(g.name(sitter, g.pick(("full", "first"))), g.pick((" (sitter)", " babysitter", " 🍼", "")), "\n")
    b(g.pick(vocab.WEEKDAYS), ", ", _date(g, d, "Mon d, yyyy"), " ", _ampm(next(ms)), "\n")

    def say(me: bool, *text) -> None:
        b("Me: " if me else "", *text, "\n" if me else "\n")

    say(
        True,
        "Hi ",
        _p(sitter.first),
        "! It's ",
        _p(parent.first),
        ", ",
        _p(kids[0].first),
        " and ",
        _p(kids[1].first),
        "'s ",
        "mom" if parent.female else "dad",
        ". Still ok for Saturday 6pm?",
    )
    say(False, "Yes! Can you send the address again?")
    say(True, a.street, ", ", a.city, ". Gate code is ", g.fill("#%##"), "#")
    say(
        True,
        "Important: ",
        _p(kids[1].first),
        " has a peanut allergy. EpiPen is in the kitchen drawer. The plan says DOB ",
        _date(g, g.day(2016, 2022), g.pick(("mm/dd/yyyy", "dd/mm/yyyy", "Month d, yyyy")), dob=True),
        " in case you need to tell 911",
    )
    say(False, "Got it 👍 any bedtime rules?")
    say(
        True,
        "Lights out 8. If you can't reach us call my mom ",
        _p(f"{granny.first} {granny.last}"),
        " ",
        g.phone(loc, ext=0),
        ", she's 5 min away",
    )
    say(True, "Their doctor is Dr. ", _p(g.person(loc).last), " if it ever comes to that (it won't!)")
    b(_ampm(next(ms)), "\n")
    say(False, "All asleep 😴 ", _p(kids[0].first.lower()), " beat me at uno 3 times")
    say(True, "Haha classic. Venmo'd you, thanks ", _p(sitter.first), "!")


@T("chat_transcript")
def t6_cricket_club_fees(g: Gen, b: Builder) -> None:
    """A cricket club's WhatsApp: players by nickname (Sunny, Raju, Bunty, Tino), selection for
    Saturday, match fees to the treasurer's account, kit pickup at the captain's address, a new
    player's registration number and mobile."""
    loc = g.pick(("en_GB", "en_GB", "en_AU"))
    squad = g.rng.sample(
        (
            ("Sunny", "Sandhu"),
            ("Raju", "Patel"),
            ("Bunty", "Grewal"),
            ("Tino", "Chikwanha"),
            ("Jaz", "Dhillon"),
            ("Mo", "Iqbal"),
            ("Shaz", "Khan"),
            ("Dev", "Raghunathan"),
            ("Ollie", "Pritchard"),
            ("Kez", "Mahmood"),
            ("Ash", "Wickramasinghe"),
            ("Vik", "Subramaniam"),
        ),
        6,
    )
    d = g.day(2021, 2025)
    ms = iter(_times(g, 12, 8 * 60, 23 * 60))
    style = g.pick(("gb", "eu", "iso"))
    b(g.pick(("Sat XI 🏏", "2nd XI chat", "Sunday Social XI")), "\n")

    def say(i: int, *text) -> None:
        nick, last = squad[i]
        who = g.pick(((_p(nick),), (_p(f"{nick} {last}"),), (_p(nick), " 🏏")))
        b(*_wa(g, d, next(ms), style), *who, ": ", *text, "\n")

    say(0, "Team for Sat v ", g.pick(("Old Boys", "Harrow Town", "Strathfield", "Eastwood")), ":")
    b(
        _p(squad[1][0]),
        ", ",
        _p(squad[2][0]),
        ", ",
        _p(f"{squad[3][0]} {squad[3][1][0]}."),
        ", ",
        _p(squad[4][0]),
        " + me. Meet 12:15\n",
    )
    cap = address(g, loc)
    say(0, "Kit bag is at mine, ", cap.street, ", ", cap.zip, " — someone grab it pls")
    say(2, "I'll get it. ", _p(squad[1][0].lower()), " u need a lift?")
    say(1, "ya bro")
    tre = g.person(loc)
    say(
        5,
        "Match fees £",
        str(g.rng.randrange(8, 20)),
        " each to ",
        *_bank_line(g, loc, _p(f"{tre.first[0]} {tre.last}".upper())),
    )
    newbie = g.person(loc)
    say(
        0,
        "Welcome ",
        _p(newbie.first),
        " 👋 registered you, your player ID is ",
        _id(g.fill("#######")),
        " and I've got your mobile as ",
        g.phone(loc, ext=0),
    )
    say(3, "welcome ", _p(newbie.first.lower()), " 🔥")
    say(4, "who has the scorebook from last week? ", _p(squad[5][1]), "?")
    say(5, "in my boot 😂")


@T("chat_transcript")
def t6_viber_family_balkans(g: Gen, b: Builder) -> None:
    """A Viber family group across Serbia, Bulgaria and Romania and a child abroad: diminutives and
    kin words (baba Lyuba, čika Mile, Sasha), the grandmother's address for a parcel, a passport
    number for a visa appointment, a new number."""
    g.multi = True
    home_cc = g.pick(("RS", "BG", "RO", "HR"))
    kin = {
        "RS": ("baba", "deda", "čika", "tetka"),
        "HR": ("baka", "djed", "stric", "teta"),
        "BG": ("baba", "dyado", "chicho", "lelya"),
        "RO": ("bunica", "bunicul", "nenea", "tanti"),
    }[home_cc]
    granny = local(g, home_cc, female=True)
    son = local(g, home_cc, female=False)
    kid = local(g, home_cc)
    nicks = {
        "RS": ("Mile", "Gaga", "Cane", "Buba"),
        "HR": ("Ivek", "Maja", "Tonči", "Mare"),
        "BG": ("Sasho", "Mimi", "Gosho", "Pepi"),
        "RO": ("Nelu", "Gabi", "Lili", "Costel"),
    }[home_cc]
    nk = g.rng.sample(nicks, 2)
    d = g.day(2020, 2025)
    ms = iter(_times(g, 10, 7 * 60, 23 * 60))
    b("Viber · ", g.pick(("Familija ❤️", "Семейство", "Familia", "Obitelj")), "\n")

    def say(who, *text) -> None:
        b(_date(g, d, "dd.mm.yyyy"), " ", _hm(next(ms)), "  ", *who, ": ", *text, "\n")

    me = (_p(kid.first),)
    say((_p(nk[0]),), "Mama asks who is sending the parcel to ", kin[0], " ", _p(granny.first), "?")
    say(
        me,
        "me, from ",
        g.pick(("Berlin", "Rotterdam", "Leeds", "Milan", "Malmö")),
        ". what is her address exactly",
    )
    say((_p(nk[1]),), *granny.one_line(country=g.chance(0.5)))
    say((_p(nk[1]),), "write ", _p(granny.full.upper()), " big, the postman there is half blind 😂")
    say(me, "ok. and ", kin[2], " ", _p(nk[0]), " needs the passport no for the visa appointment?")
    say(
        (_p(son.first), " ", _p(son.last)),
        _pass_no(g, home_cc),
        ", valid until ",
        _date(g, g.day(2026, 2034), "dd.mm.yyyy"),
    )
    say((_p(nk[0]),), "new number ", son.phone, " the old sim is dead")
    say(me, "saved. kisses to ", kin[0], " ", _p(granny.first.lower()), " 😘")


@T("chat_transcript")
def t6_messenger_shop_order(g: Gen, b: Builder) -> None:
    """A Facebook Messenger chat with a home bakery or clothing seller: the buyer's name (often a virtue
    or word name), delivery address and phone, a bank-transfer reference that embeds the buyer's
    name, the seller's own name and account."""
    loc = g.pick(("en_GB", "en_US", "en_IE", "en_AU", "en_CA"))
    first, last, fem = _word_person(g, loc)
    seller = g.person(loc, female=True)
    a = address(g, loc)
    shop, item = g.pick(
        (
            ("Crumbs & Co", "lemon drizzle"),
            ("Little Loaf Bakes", "sourdough box"),
            ("Threadbare Vintage", "size 10 denim jacket"),
            ("Sugarplum Cakes", "unicorn cake"),
            ("Kinfolk Knits", "baby blanket"),
        )
    )
    d = g.day(2021, 2025)
    ms = iter(_times(g, 8, 9 * 60, 22 * 60))
    b(shop, " · Messenger\n", _date(g, d, "Mon d, yyyy"), ", ", _ampm(next(ms)), "\n\n")

    def say(who, *text) -> None:
        b(who, "\n", *text, "\n\n")

    buyer = _p(f"{first} {last}")
    say(
        buyer,
        "Hi! Is the ",
        item,
        " still available for ",
        g.pick(vocab.WEEKDAYS),
        "?",
    )
    say(shop, "Hi ", _p(first), " 😊 yes it is! Collection or delivery?")
    say(
        buyer,
        "delivery please to ",
        a.street,
        ", ",
        a.city,
        " ",
        a.zip,
        ", my number is ",
        g.phone(loc, ext=0),
    )
    say(
        shop,
        "Perfect. It's ",
        _pounds(g, 18, 60),
        " incl delivery. Payment: ",
        *_bank_line(g, loc, _p(f"{seller.first} {seller.last}")),
        " and use ref ",
        _p(f"{first} {last}".upper()),
        " please",
    )
    say(buyer, "sent! also can you write happy birthday ", _p(g.pick(_WORD_F + _WORD_M).lower()), " on it")
    say(shop, "Of course! Thanks ", _p(first.lower()), " x")


@T("chat_transcript")
def t6_pharmacy_chat(g: Gen, b: Builder) -> None:
    """An online pharmacy's chat: a customer orders a repeat prescription for herself and her husband,
    gives dates of birth and an NHS number without a label, their GP named, a delivery address."""
    loc = "en_GB"
    cust, husband = g.person(loc, female=True), g.person(loc, female=False)
    husband_name = g.pick((husband.first, g.pick(_WORD_M)))
    gp = g.person(loc)
    a = address(g, loc)
    agent = _p(g.pick(("Aisha", "Tom", "Priyanka", "Ben", "Grace", "Chloe")))
    b(
        "Conversation with ",
        agent,
        " · ",
        g.pick(("Pharmacy2U", "Chemist4U", "LloydsDirect", "Boots Online Doctor")),
        "\n",
    )

    def say(who, *text) -> None:
        b(who, ": ", *text, "\n")

    you = g.pick(("You", "Customer"))
    say(agent, "Hi, how can I help?")
    say(you, "hi i need to reorder my repeat and my husbands")
    say(agent, "No problem. Could I take your full name, date of birth and NHS number?")
    say(
        you,
        g.name(cust, g.pick(("full", "lower"))),
        " ",
        _date(g, _dob(g, 1940, 1975), g.pick(("dd/mm/yyyy", "d/m/yy", "dd.mm.yy")), dob=True),
        " ",
        g.ident("nhs"),
    )
    say(agent, "Thank you. And for your husband?")
    say(
        you,
        _p(f"{husband_name} {cust.last}".lower() if g.chance(0.4) else f"{husband_name} {cust.last}"),
        " dob ",
        _date(g, _dob(g, 1935, 1970), g.pick(("dd/mm/yyyy", "d Month yyyy")), dob=True),
        " nhs ",
        g.ident("nhs"),
    )
    say(agent, "Both registered with ", g.pick(("Dr ", "Dr. ")), g.name(gp, "last"), "'s surgery?")
    say(
        you,
        "yes ",
        _p(gp.last),
        " at ",
        g.pick(("Parkside", "The Limes", "Riverside", "Abbey")),
        " medical centre",
    )
    say(agent, "Lovely. Same delivery address, ", a.street, "?")
    say(you, "yes and text ", _tel(_nat_digits(g, loc)), " when it's out for delivery")
    say(agent, "Done — ", filler.med(g), " and ", filler.med(g), " on the way.")


@T("chat_transcript")
def t6_irc_project_log(g: Gen, b: Builder) -> None:
    """An IRC log from an open-source project's channel: nicks built from names, join/quit lines with
    user@host (an IP), a contributor pasting their full name and e-mail for the sign-off line."""
    loc = g.pick(_ENGLISH + ("de_DE", "fr_FR", "pl_PL", "nl_NL", "pt_BR"))
    ppl = [g.person(g.pick((loc, g.pick_locale()))) for _ in range(3)]
    nicks = [_slug(p.first)[:6] + g.pick(("", "_", "`", str(g.rng.randrange(2, 9)))) for p in ppl]
    d = g.day(2016, 2025)
    ms = iter(_times(g, 12, 0, 24 * 60 - 1))
    b("--- Log opened ", _date(g, d, "dd Mon yyyy"), "\n")

    def line(*text) -> None:
        b(f"[{_hm(next(ms))}] ", *text, "\n")

    line(
        "-!- ",
        _p(nicks[2]),
        " [~",
        _p(_slug(ppl[2].last)[:8] or "user"),
        "@",
        g.ip(),
        "] has joined #",
        g.pick(("libfoo-dev", "kernelnewbies", "openmap", "pyproj")),
    )
    line("<", _p(nicks[0]), "> ", _p(nicks[2]), ": your patch looks fine, just needs a Signed-off-by")
    line("<", _p(nicks[2]), "> what goes in it exactly")
    line(
        "<",
        _p(nicks[1]),
        "> your real name and email, like Signed-off-by: ",
        _p(f"{ppl[1].first} {ppl[1].last}"),
        " <",
        _mail(g, ppl[1].first, ppl[1].last),
        ">",
    )
    line(
        "<",
        _p(nicks[2]),
        "> ok so Signed-off-by: ",
        _p(f"{ppl[2].first} {ppl[2].last}"),
        " <",
        _mail(g, ppl[2].first, ppl[2].last),
        ">",
    )
    line("<", _p(nicks[0]), "> perfect. ", _p(ppl[1].last), " will merge it after the freeze")
    line(
        "-!- ",
        _p(nicks[1]),
        " [~",
        _p(_slug(ppl[1].first)[:8] or "user"),
        "@",
        g.ip(),
        "] has quit [Ping timeout: 260 seconds]",
    )


@T("chat_transcript")
def t6_messaging_desk_export(g: Gen, b: Builder) -> None:
    """A helpdesk messaging export ("Conversation with ..."): a customer ID embedded in the case
    reference, a bot's questions, the customer's number typed with spaces, a card's last four (not
    personal), a colleague named in an internal note."""
    loc = g.pick(_ENGLISH)
    cust = g.person(loc)
    agent, colleague = g.person(), g.person()
    cid = g.fill("%#######")
    d = g.day(2021, 2025)
    m0 = g.rng.randrange(7 * 60, 21 * 60)
    b("Conversation with ", g.name(cust, g.pick(("full", "lower", "full"))), "\n")
    b(
        "Case ",
        _id(f"{g.pick(('CS', 'SR', 'CX'))}-{cid}-{g.fill('0#')}"),
        " · ",
        _date(g, d, "d Mon yyyy"),
        " · via ",
        g.pick(("web widget", "WhatsApp", "in-app")),
        "\n\n",
    )
    k = iter(range(30))

    def say(who, *text) -> None:
        b(_hm(m0 + next(k)), " | ", who, " | ", *text, "\n")

    say("Bot", "Hi! What's your customer number?")
    say(g.name(cust, "first"), _id(_group(cid, (4, 4))))
    say("Bot", "Thanks. What can we help with?")
    say(
        g.name(cust, "first"),
        "my order never came and i was charged twice on the card ending ",
        g.ref("ticket", g.digits(4)),
    )
    say("System", "Assigned to ", g.name(agent, "full"))
    say(g.name(agent, "first"), "Hi ", g.name(cust, "first"), ", sorry about this. Can I call you?")
    say(g.name(cust, "first"), "yes ", _tel(_group(_nat_digits(g, loc), (3, 3, 2, 2, 3))))
    say(
        "Internal note",
        "refund approved by ",
        g.name(colleague, g.pick(("first", "full"))),
        ", customer ",
        _id(cid),
        " flagged for courier claim",
    )
    say(g.name(agent, "first"), "Refund is on its way, 3–5 working days.")


@T("chat_transcript")
def t6_holiday_host_thread(g: Gen, b: Builder) -> None:
    """A holiday-rental host and guest thread: the guest's full name and a passport number for the
    local police registration, the co-guest named once, the flat's address, the host's WhatsApp,
    arrival time, a cleaner's first name."""
    host_loc = g.pick(("it_IT", "es_ES", "fr_FR", "pt_BR", "de_DE", "cs_CZ", "hu_HU"))
    guest_loc = g.pick(_ENGLISH + ("nl_NL", "pl_PL", "sv_SE"))
    g.multi = True
    host, guest, co = g.person(host_loc), g.person(guest_loc), g.person(guest_loc)
    a = address(g, host_loc)
    hello, thanks = {
        "it_IT": ("Ciao", "grazie"),
        "es_ES": ("Hola", "gracias"),
        "fr_FR": ("Bonjour", "merci"),
        "pt_BR": ("Olá", "obrigado"),
        "de_DE": ("Hallo", "danke"),
        "cs_CZ": ("Ahoj", "děkuji"),
        "hu_HU": ("Szia", "köszönöm"),
    }[host_loc]
    d = g.day(2021, 2025)
    ms = iter(_times(g, 9, 8 * 60, 22 * 60))

    def say(who, *text) -> None:
        b(who, "  ", _date(g, d, "d Mon"), ", ", _hm(next(ms)), "\n", *text, "\n\n")

    hn = g.name(host, "first")
    gn = g.name(guest, "first")
    say(
        gn,
        "Hi ",
        g.name(host, "first"),
        "! We land at ",
        _hm(g.rng.randrange(10 * 60, 22 * 60)),
        ", is late check-in ok?",
    )
    say(
        hn,
        f"{hello} ",
        g.name(guest, "first"),
        "! Yes, no problem. For the police registration I need full name, date of birth and passport "
        "number of all guests please 🙏",
    )
    say(
        gn,
        g.name(guest, "full"),
        ", ",
        _date(g, _dob(g, 1960, 2002), "dd/mm/yyyy", dob=True),
        ", passport ",
        g.ident("passport"),
        "\n",
        g.name(co, "full"),
        ", ",
        _date(g, _dob(g, 1960, 2002), "dd/mm/yyyy", dob=True),
        ", passport ",
        g.ident("passport"),
    )
    say(hn, f"Perfect, {thanks}. The address is ", *one_line(a), ". My WhatsApp ", g.phone(host_loc, ext=0))
    say(
        hn,
        "If I'm not there ",
        _p(g.person(host_loc, female=True).first),
        " will give you the keys, she does the cleaning",
    )
    say(gn, "Great, see you ", g.pick(vocab.WEEKDAYS), "!")


@T("chat_transcript")
def t6_ward_shift_swap(g: Gen, b: Builder) -> None:
    """A hospital ward staff group: shift swaps with staff numbers typed bare ("my number is
    20418837"), the rota coordinator's e-mail, nicknames and surnames alone ("ask okafor"), no patients
    named."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    staff = _ppl(g, 5, loc)
    d = g.day(2021, 2025)
    ms = iter(_times(g, 12, 6 * 60, 23 * 60))
    style = g.pick(("gb", "iso", "eu"))
    ward = g.pick(("Ward 7B", "AMU", "Larch Ward", "ED nurses", "ICU band 5s"))
    b(ward, " swaps 🔄\n")

    def say(i: int, *text) -> None:
        b(*_wa(g, d, next(ms), style), g.name(staff[i], g.pick(("full", "first"))), ": ", *text, "\n")

    shift = g.pick(("long day", "night", "early", "late"))
    say(
        0,
        "can anyone swap my ",
        shift,
        " ",
        g.pick(vocab.WEEKDAYS).lower(),
        " ",
        _date(g, d + timedelta(days=g.rng.randrange(2, 12)), "dd/mm"),
        "? ",
        g.pick(("childcare fell through 😩", "got a wedding", "need to see my GP")),
    )
    say(1, "I can if you take my ", g.pick(("sat night", "sun early", "bank holiday late")))
    say(0, "deal!! my number is ", _id(g.fill("%#######")), " for the form")
    say(1, "mine's ", _id(g.fill(g.pick(("%#######", "E%#####", "%######")))))
    coord = g.person(loc)
    say(
        2,
        "remember to email ",
        g.name(coord, "first"),
        " on ",
        g.email(coord, g.pick(("nhs.net", "hse.ie", "health.nsw.gov.au"))),
        " or it doesn't count",
    )
    pron = "she" if staff[4].female else "he"
    say(3, "has anyone seen ", _p(staff[4].last.lower()), f"? {pron} has my locker key lol")
    say(4, "here!! sorry 🙈 in the staff room")
    say(
        2,
        "also ",
        g.pick(("sister ", "charge nurse ", "matron ")),
        _p(g.person(loc).last),
        " says no more than 2 swaps a month",
    )


@T("chat_transcript")
def t6_wedding_planning_group(g: Gen, b: Builder) -> None:
    """A bride's planning group: bridesmaids with word names (April, Grace, Hope), a guest list with
    addresses for invitations, the florist's first name and mobile, the groom's surname alone."""
    loc = g.pick(_ENGLISH)
    bride = g.person(loc, female=True)
    groom = g.person(loc, female=False)
    maids = [_word_person(g, loc, female=True) for _ in range(2)]
    d = g.day(2021, 2025)
    ms = iter(_times(g, 12, 8 * 60, 23 * 60))
    style = g.pick(("us", "gb", "eu"))
    b(
        _p(bride.first),
        " & ",
        _p(groom.first),
        g.pick((" 💍 planning", " wedding crew", " — the big day")),
        "\n",
    )

    def say(who, *text) -> None:
        b(*_wa(g, d, next(ms), style), *who, ": ", *text, "\n")

    bw = (_p(bride.first), " 👰")
    m1 = (_p(maids[0][0]),)
    m2 = (_p(f"{maids[1][0]} {maids[1][1]}"),)
    say(bw, "ok invites go out this week!! need addresses for the last few")
    for _ in range(3):
        guest = g.person(loc)
        a = address(g, loc)
        say(
            m1,
            g.name(guest, g.pick(("full", "full", "initial"))),
            g.pick((" + partner", "", " & family")),
            " – ",
            *one_line(a),
        )
    say(
        m2,
        "the ",
        _p(groom.last),
        "s want to invite ",
        _p(g.person(loc).first.lower()),
        " from his work too 🙄",
    )
    florist = g.person(loc, female=True)
    say(
        bw,
        "also florist is ",
        _p(florist.first),
        ", her mobile ",
        g.phone(loc, ext=0),
        " if I'm not answering",
    )
    say(m1, "on it. ", _p(maids[1][0].lower()), " are you doing the seating chart?")
    say(m2, "yes but someone keep uncle ", _p(g.pick(_WORD_M)), " away from the bar 😂")


@T("chat_transcript")
def t6_gaming_clan_chat(g: Gen, b: Builder) -> None:
    """A gaming clan's text channel: gamertags, a trade, a controller posted to a real address, a
    PayPal e-mail, someone's birthday with the year, one real name revealed by a shipping label."""
    loc = g.pick(_ENGLISH + ("de_DE", "sv_SE", "pl_PL"))
    ppl = _ppl(g, 4, loc)
    tags = [_handle(g, p.first, p.last) for p in ppl]
    ms = iter(_times(g, 10, 16 * 60, 24 * 60 - 1))
    b("[", g.pick(("CLAN", "EU-W", "TTV", "RAID")), "] #", g.pick(("trades", "general", "clan-chat")), "\n")

    def say(i: int, *text) -> None:
        b(f"[{_hm(next(ms))}] ", _p(tags[i]), ": ", *text, "\n")

    a = address(g, loc)
    say(0, "selling my old controller, 20 quid/€ and i post it")
    say(1, "ill take it. send to ", a.street, ", ", a.zip, " ", a.city)
    say(0, "paypal ", _mail(g, ppl[0].first, ppl[0].last), " friends+family pls")
    say(
        2,
        "lol ",
        _p(tags[1]),
        " the label says ",
        _p(f"{ppl[1].first} {ppl[1].last}".upper()),
        " 💀 nice name",
    )
    say(1, "bro")
    say(
        3,
        "happy bday @",
        _p(tags[2]),
        " 🎉 ",
        _date(g, _dob(g, 1995, 2007), g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy")), dob=True),
        " gang",
    )
    say(2, "ty ty. raid at 9?")
    say(0, "ye, ", _p(ppl[3].first.lower()), " is bringing his cousin")


@T("chat_transcript")
def t6_school_class_parents(g: Gen, b: Builder) -> None:
    """A class parents' group: the class rep collects children's birthdays (dates of birth), a lost
    jumper with a name label, the teacher by title and surname, a parent's number for a carpool."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"))
    rep = g.person(loc, female=True)
    parents = _ppl(g, 4, loc)
    kids = [g.person(loc) for _ in range(4)]
    teacher = g.person(loc)
    d = g.day(2021, 2025)
    ms = iter(_times(g, 12, 7 * 60, 22 * 60))
    style = g.pick(("gb", "us", "eu", "iso"))
    b(g.pick(("Year 3 parents", "2nd class mums & dads", "Class 4K", "Kindy Koalas 🐨")), "\n")

    def say(who, *text) -> None:
        b(*_wa(g, d, next(ms), style), who, ": ", *text, "\n")

    r = g.name(rep, "full")
    say(r, "Hi all! For the birthday calendar, could you send your child's name and date of birth? 🎂")
    for i in range(3):
        say(
            g.name(parents[i], g.pick(("full", "first"))),
            _p(kids[i].first),
            g.pick((" – ", ": ", " ")),
            _date(
                g, g.day(2014, 2019), g.pick(("d Month yyyy", "dd/mm/yyyy", "d/m/yy", "Month d")), dob=True
            ),
        )
    say(
        r,
        "Thanks! Also a navy jumper with ",
        _p(
            f"{kids[3].first[0]}. {kids[3].last}".upper()
            if g.chance(0.5)
            else f"{kids[3].first} {kids[3].last}"
        ),
        " on the label is in lost property",
    )
    say(g.name(parents[3], "first"), "That's ours, thank you!!")
    say(
        g.name(parents[0], "first"),
        g.pick(("Mrs ", "Ms ", "Mr ")),
        _p(teacher.last),
        " says the trip form is due ",
        g.pick(vocab.WEEKDAYS),
    )
    say(g.name(parents[1], "full"), "Anyone want to share lifts to swimming? I'm on ", g.phone(loc, ext=0))
    say(r, "🙌")


# ---------------------------------------------------------------- international contacts (18)


@T("intl_contacts")
def t6_visa_invitation_letter(g: Gen, b: Builder) -> None:
    """A conference's visa invitation letter: the venue city and host country, transit countries and
    the embassy's city are not personal; the invitee's name, date of birth, passport, home address and
    phone are; the signatory is named."""
    cc = g.pick(_lands(g, 1))
    w = local(g, cc)
    signer = g.person(g.pick(("de_DE", "en_GB", "nl_NL", "fr_FR", "sv_SE")))
    venue_city, venue_country = g.pick(
        (
            ("Vienna", "Austria"),
            ("Geneva", "Switzerland"),
            ("Lisbon", "Portugal"),
            ("Berlin", "Germany"),
            ("Prague", "Czechia"),
        )
    )
    d = g.day(2022, 2025)
    b(g.pick(("To the Consular Section", "To the Visa Officer", "To whom it may concern")), "\n")
    b("Embassy of ", venue_country, ", ", g.pick(_HUBS), "\n\n")
    b(venue_city, ", ", _date(g, d, "d Month yyyy"), "\n\n")
    b(
        "Re: Letter of invitation — ",
        g.pick(
            (
                "15th World Congress on Water Reuse",
                "Global Forum on Digital Health",
                "International Symposium on Soil Carbon",
                "Regional Dialogue on Migration Data",
            )
        ),
        "\n\n",
    )
    b(
        "We are pleased to confirm that ",
        g.pick(("Ms ", "Mrs ") if w.female else ("Mr ",)),
        _p(w.full),
        ", born ",
        _date(g, _dob(g, 1965, 2000), g.pick(("d Month yyyy", "dd/mm/yyyy", "dd Mon yyyy")), dob=True),
    )
    b(
        ", holder of ",
        w.land.country,
        " passport no. ",
        _pass_no(g, cc),
        ", residing at ",
        *w.one_line(),
        ", ",
    )
    b(
        "has been invited to present at our meeting in ",
        venue_city,
        " from ",
        _date(g, d + timedelta(days=40), "d Month"),
        " to ",
        _date(g, d + timedelta(days=44), "d Month yyyy"),
        ". ",
    )
    b(
        "Participants travel from ",
        *_two(g, _COUNTRIES, ", "),
        ", ",
        w.land.country,
        " and across ",
        g.pick(_REGIONS),
        "; ",
    )
    b("many connect through ", *_two(g, _HUBS, " or "), ".\n\n")
    b(
        "Registration, accommodation and local transport are covered by the organisers. ",
        "She" if w.female else "He",
        " can be reached at ",
        w.phone,
        " or ",
        w.email(g),
        ".\n\n",
    )
    b(
        "Yours faithfully,\n\n",
        _p(f"{signer.first} {signer.last}"),
        "\n",
        g.pick(("Programme Director", "Head of Conference Services", "Secretary-General")),
        "\n",
    )


@T("intl_contacts")
def t6_shipping_manifest(g: Gen, b: Builder) -> None:
    """A consolidated sea-freight manifest: ports, vessels and countries of origin are not personal;
    the consignees (private individuals moving house), their addresses and phones, and the shipper's
    contact are."""
    ccs = _lands(g, 4)
    vessel = g.pick(("MSC AURORA", "MAERSK KOLKATA", "CMA CGM TAGE", "EVER GIVEN", "ONE HARMONY"))
    pol, pod = (
        g.pick(("Port Klang", "Tema", "Callao", "Jebel Ali", "Constanța", "Colombo", "Laem Chabang")),
        g.pick(("Felixstowe", "Rotterdam", "Antwerp", "Hamburg", "Auckland")),
    )
    shipper = g.person(g.pick(("en_GB", "nl_NL", "de_DE")))
    b("CONSOLIDATED MANIFEST — ", vessel, " V.", g.fill("###@"), "\n")
    b("POL: ", pol, "   POD: ", pod, "   ETD ", _date(g, g.day(2022, 2025), "dd-Mon-yyyy"), "\n")
    b("Forwarder contact: ", _p(f"{shipper.first} {shipper.last}"), " ", g.phone(shipper.loc, ext=0.3), "\n")
    b("-" * 70, "\n")
    for k, cc in enumerate(ccs, 1):
        w = local(g, cc)
        b(
            f"HBL {k:02d}  ",
            g.ref("ticket", g.fill("@@@@########")),
            "  ",
            str(g.rng.randrange(2, 40)),
            " pkgs  ",
            str(g.rng.randrange(80, 3000)),
            " kg  HS 9803.00 personal effects\n",
        )
        b("   Consignee: ", w.name(g, g.pick(("full", "upper_last"))), "\n")
        b("   ", *w.one_line(country=True), "\n")
        b("   Tel ", w.phone, g.pick(("", "   Notify: same")), "\n")
        b("   Origin: ", g.pick(_COUNTRIES), " via ", g.pick(_HUBS), "\n")
    b("-" * 70, "\n", "Total HBLs ", str(len(ccs)), ". Customs broker at ", pod, " to advise.\n")


@T("intl_contacts")
def t6_alumni_news(g: Gen, b: Builder) -> None:
    """A university alumni newsletter's "where are they now" in running prose: graduates across Latin
    America and Africa, the countries they worked in (not personal), the town and street where they
    live now, new babies named, how to reach them."""
    ccs = _lands(g, 3, ("latam", "africa", "south_asia"))
    year = g.rng.randrange(1995, 2018)
    b("Class notes — MSc Development Studies, class of ", str(year), "\n\n")
    for cc in ccs:
        w = local(g, cc)
        pron = "She" if w.female else "He"
        b(
            _p(w.full),
            " writes from ",
            w.town,
            ", where ",
            pron.lower(),
            " has lived since leaving ",
            g.pick(_HUBS),
            ". ",
        )
        b(
            "After postings in ",
            *_two(g, _COUNTRIES, " and "),
            ", ",
            pron.lower(),
            " now runs a ",
            g.pick(("cooperative", "clinic", "small school", "water project", "coffee export business")),
            ". ",
        )
        if g.chance(0.6):
            kid = local(g, cc)
            b(
                pron,
                " and ",
                "her" if w.female else "his",
                " partner ",
                _p(_other(g, cc, w.first, not w.female).first),
                " welcomed baby ",
                _p(kid.first),
                " in ",
                g.pick(vocab.MONTHS),
                ". ",
            )
        b(
            "Classmates passing through ",
            w.land.country,
            " can find ",
            ("her" if w.female else "him"),
            " at ",
            *w.one_line(),
            " or on ",
            w.phone,
            ".\n\n",
        )
    b(
        "Send your news to the alumni office; the next reunion is in ",
        g.pick(("Brighton", "Sussex", "The Hague", "Uppsala")),
        ".\n",
    )


@T("intl_contacts")
def t6_tender_register(g: Gen, b: Builder) -> None:
    """A procurement tender's bid-opening register: bidding companies (organisations, not personal),
    each bid's contact person, address and phone, the evaluation committee members, and project
    places (districts, river basins) that are not personal."""
    ccs = _lands(g, 3, ("africa", "south_asia", "sea", "latam"))
    proj = g.pick(
        (
            "Rural Water Supply Phase II",
            "School Solar Retrofit",
            "Feeder Roads Rehabilitation",
            "Flood Early-Warning Stations",
        )
    )
    where = g.pick(_REGIONS)
    b("BID OPENING RECORD — ", proj, " (", where, ")\n")
    b(
        "Tender ref ",
        g.ref("ticket", g.fill("@@@/###/20##")),
        "  Opened ",
        _date(g, g.day(2022, 2025), "dd/mm/yyyy"),
        " at 10:00 local time\n\n",
    )
    for k, cc in enumerate(ccs, 1):
        w = local(g, cc)
        org = ent(
            " ".join(
                (
                    g.pick(("Sahel", "Andes", "Delta", "Horizon", "Lotus", "Baobab", "Cordillera")),
                    g.pick(("Engineering", "Builders", "Consult", "Water Works")),
                    g.pick(("Ltd", "S.A.", "PLC", "Sdn Bhd", "SARL")),
                )
            ),
            "ORGANIZATION",
        )
        b(f"{k}. ", org, "\n")
        b(
            "   Contact: ",
            w.name(g, "full"),
            ", ",
            g.pick(("Managing Director", "Bid Manager", "Country Lead")),
            "\n",
        )
        b("   Address: ", *w.one_line(country=True), "\n")
        b("   Tel: ", w.phone, "   Email: ", w.email(g, f"{_slug(org.text.split()[0])}.com"), "\n")
        b(
            "   Bid sum: USD ",
            f"{g.rng.randrange(80, 990)},{g.rng.randrange(1000):03d}",
            "   Bid security: ",
            g.pick(("yes", "yes", "missing")),
            "\n\n",
        )
    comm = [g.person(g.pick(("en_GB", "fr_FR", "pt_BR", "en_US"))) for _ in range(3)]
    b(
        "Committee: ",
        _p(f"{comm[0].first} {comm[0].last}"),
        " (chair), ",
        _p(f"{comm[1].first[0]}. {comm[1].last}"),
        ", ",
        _p(f"{comm[2].first} {comm[2].last}"),
        ".\n",
    )
    b(
        "Works will cover districts in ",
        *_two(g, _COUNTRIES, " and "),
        "; site visits leave from ",
        g.pick(_HUBS),
        ".\n",
    )


@T("intl_contacts")
def t6_event_registration_emails(g: Gen, b: Builder) -> None:
    """Registration confirmation e-mails for a summit, pasted one after another: attendee name,
    organisation, country of residence (not personal), mobile, dietary note, a badge number (an event
    reference), and the hotel's city (not personal)."""
    ccs = _lands(g, 3)
    event = g.pick(
        (
            "Africa Climate Summit",
            "Asia-Pacific Health Leaders Forum",
            "Open Data Week",
            "Women in Fintech Summit",
        )
    )
    host = g.pick(("Kigali", "Nairobi", "Bangkok", "Santiago", "Amman", "Tallinn"))
    for cc in ccs:
        w = local(g, cc)
        b("From: registration@", _slug(event)[:12], ".org\nTo: ", w.email(g), "\n")
        b("Subject: Your registration — ", event, " ", host, "\n\n")
        b("Dear ", w.name(g, g.pick(("first", "full"))), ",\n")
        b("Thank you for registering. Badge ", g.ref("ticket", g.fill("###-####")), ".\n")
        b(
            "Name on badge: ",
            _p(w.full.upper() if g.chance(0.4) else w.full),
            "\nCountry of residence: ",
            w.land.country,
            "\nMobile: ",
            w.phone,
            "\n",
        )
        b("Postal address for your certificate: ", *w.one_line(), "\n")
        b("Dietary requirements: ", g.pick(("halal", "vegetarian", "none", "vegan", "no pork")), "\n\n")
    b("Delegates arriving via ", g.pick(_HUBS), " can take the shuttle to the venue in ", host, ".\n")


@T("intl_contacts")
def t6_ngo_field_report(g: Gen, b: Builder) -> None:
    """An NGO field monitoring report in prose: villages, districts and regions visited are not personal
    data; the enumerators, the beneficiaries interviewed (names, phones, a household ID) and a local
    partner's address are."""
    cc = g.pick(("GH", "ET", "TZ", "SN", "UG", "NP", "BD", "GT", "PE"))
    g.multi = True
    lead, enum1, enum2 = local(g, cc), local(g, cc), local(g, cc)
    villages = {
        "GH": ("Bolgatanga", "Navrongo"),
        "ET": ("Debre Markos", "Gondar"),
        "TZ": ("Moshi", "Same"),
        "SN": ("Kaolack", "Fatick"),
        "UG": ("Gulu", "Kitgum"),
        "NP": ("Gorkha", "Dhading"),
        "BD": ("Sirajganj", "Bogura"),
        "GT": ("Huehuetenango", "Sololá"),
        "PE": ("Ayacucho", "Huancavelica"),
    }[cc]
    d = g.day(2021, 2025)
    b("FIELD MONITORING REPORT — ", LANDS[cc].country, "\n")
    b("Visit: ", _date(g, d, "d Month yyyy"), " to ", _date(g, d + timedelta(days=4), "d Month yyyy"), "\n")
    b("Team: ", _p(lead.full), " (lead), enumerators ", _p(enum1.full), " and ", _p(enum2.first), "\n\n")
    b(
        "1. Summary\nThe team visited ",
        villages[0],
        " and ",
        villages[1],
        " districts. Roads from the ",
        g.pick(("regional capital", "airport", "main highway")),
        " were passable. ",
    )
    b(
        "Water points in both districts were functional; the ",
        g.pick(("borehole", "spring box", "rain tank")),
        " near the market needs repair.\n\n",
    )
    b("2. Households interviewed\n")
    for _ in range(3):
        hh = local(g, cc)
        b(
            "- ",
            _p(hh.full),
            ", HH ID ",
            _id(g.fill(f"{cc}-%##-####")),
            ", tel ",
            hh.phone,
            ": ",
            g.pick(
                (
                    "receives cash transfer monthly",
                    "reports late payment in March",
                    "asked about school fees support",
                    "household size 7, two children under 5",
                )
            ),
            "\n",
        )
    partner = local(g, cc)
    b(
        "\n3. Partner\nOur local partner's coordinator, ",
        _p(partner.full),
        ", can be reached at ",
        *partner.one_line(),
        ", ",
        partner.phone,
        ". ",
    )
    b(_p(partner.last), " will share the distribution list by ", g.pick(vocab.WEEKDAYS), ".\n")
    b(
        "\n4. Next steps\nRepeat visit planned before the rains; share findings with the ",
        g.pick(_REGIONS),
        " desk in ",
        g.pick(_HUBS),
        ".\n",
    )


@T("intl_contacts")
def t6_scholarship_shortlist(g: Gen, b: Builder) -> None:
    """A scholarship committee's shortlist: universities (organisations) and home countries are not
    personal; each candidate's name, date of birth, home address, e-mail and a national ID number
    written inline are."""
    ccs = _lands(g, 4, ("south_asia", "sea", "africa", "mideast"))
    b(
        "Shortlist — ",
        g.pick(("Chevening-style", "Commonwealth", "Erasmus Mundus", "DAAD")),
        " Master's Scholarships ",
        str(g.rng.randrange(2022, 2027)),
        "\n\n",
    )
    for k, cc in enumerate(ccs, 1):
        w = local(g, cc)
        nid = _id(g.fill(g.pick(("############", "%#########V", "##-##-##-#####", "#### #### ####"))))
        b(f"{k}) ", w.name(g, g.pick(("full", "upper_last"))), " — ", w.land.country, "\n")
        b(
            "   DOB ",
            _date(g, _dob(g, 1988, 2001), g.pick(("dd/mm/yyyy", "d Mon yyyy", "iso")), dob=True),
            "; national ID ",
            nid,
            "\n",
        )
        b("   ", *w.one_line(), "; ", w.email(g), "\n")
        b(
            "   Offer: MSc ",
            g.pick(("Public Health", "Data Science", "Water Engineering", "Economics")),
            " at ",
            ent(
                g.pick(
                    (
                        "University of Leeds",
                        "KU Leuven",
                        "Lund University",
                        "University of Auckland",
                        "TU Delft",
                    )
                ),
                "ORGANIZATION",
            ),
            "; score ",
            str(g.rng.randrange(70, 98)),
            "/100\n\n",
        )
    b("Interviews online; candidates in ", g.pick(_COUNTRIES), " may need a different slot.\n")


@T("intl_contacts")
def t6_homestay_placements(g: Gen, b: Builder) -> None:
    """A language school's homestay placement list: host families in New Zealand, Iceland or Fiji
    with addresses and phones, students arriving from Thailand, Chile or Morocco with their
    nationalities (not personal), arrival flights, an emergency contact at home."""
    host_cc = g.pick(("NZ", "IS", "FJ", "NZ"))
    g.multi = True
    b(
        "HOMESTAY PLACEMENTS — ",
        LANDS[host_cc].country,
        " — ",
        g.pick(("January", "July", "September")),
        " intake\n\n",
    )
    last_host = ""
    for _ in range(3):
        host = _other(g, host_cc, last_host)
        last_host = host.first
        st_cc = g.pick(("TH", "CL", "MA", "CO", "ID", "JO", "EC"))
        st = local(g, st_cc)
        b("Host: ", _p(host.full), g.pick(("", " & family", " and partner")), "\n")
        b("  ", *host.one_line(), "  ☎ ", host.phone, "\n")
        b(
            "Student: ",
            _p(st.full),
            " (",
            LANDS[st_cc].country,
            "), age ",
            g.age(g.rng.randrange(15, 19)),
            ", arrives ",
            g.pick(("NZ", "FI", "FJ", "QF", "EK")),
            g.digits(3),
            " ",
            _date(g, g.day(2023, 2025), "d Mon"),
            "\n",
        )
        b("  Parent contact: ", _p(local(g, st_cc).first + " " + st.last), ", ", st.phone, "\n\n")
    airport = {"NZ": "Auckland", "IS": "Keflavík", "FJ": "Nadi"}[host_cc]
    b("Coordinators meet all students at the airport in ", airport, ".\n")


@T("intl_contacts")
def t6_consular_registration(g: Gen, b: Builder) -> None:
    """Consular registration notes of nationals abroad in running prose: the host cities named as places
    are not personal, but each registrant's name, local address and phone, their passport number and a
    relative at home are."""
    home = g.pick(("PH", "LK", "NP", "BD", "ID"))
    host = g.pick(("JO", "LB", "AE", "MY"))
    g.multi = True
    b(
        "Embassy of the ",
        "Republic of " if home != "PH" else "",
        LANDS[home].country,
        " — consular registrations, ",
        g.pick(("Amman", "Beirut", "Abu Dhabi", "Kuala Lumpur")),
        "\n\n",
    )
    for _ in range(3):
        w = local(g, home)
        addr = local(g, host)
        rel = local(g, home)
        b(
            _p(w.full),
            ", passport ",
            _pass_no(g, home),
            ", registered ",
            _date(g, g.day(2022, 2025), "d Mon yyyy"),
            ". ",
        )
        b(
            "Works as ",
            g.pick(("a domestic worker", "a nurse", "an engineer", "a driver", "a teacher")),
            " and lives at ",
            *addr.one_line(),
            "; mobile ",
            addr.phone,
            ". ",
        )
        b(
            "Next of kin at home: ",
            _p(rel.full),
            " (",
            g.pick(("mother", "wife", "sister") if rel.female else ("father", "husband", "brother")),
            "), ",
            *rel.one_line(),
            ", ",
            rel.phone,
            ".\n\n",
        )
    b("Travel advisories for ", g.pick(_REGIONS), " were sent to all registrants.\n")


@T("intl_contacts")
def t6_research_consortium_sheet(g: Gen, b: Builder) -> None:
    """A research consortium's partner contact sheet in semi-structured text: institutions (not
    personal) in the Baltics, the Balkans and Romania, each principal investigator's work address,
    phone and e-mail, an administrator named in passing."""
    ccs = _lands(g, 4, ("east_europe",))
    b("HORIZON consortium — partner contacts (", g.pick(("WP2", "WP4", "all WPs")), ")\n\n")
    for cc in ccs:
        w = local(g, cc)
        inst = g.pick(
            (
                "University of " + w.town.text,
                w.town.text + " Institute of Technology",
                "National Research Institute",
            )
        )
        b("[", cc, "] ", ent(inst, "ORGANIZATION"), "\n")
        b("PI: ", g.pick(("Prof. ", "Dr. ", "Assoc. Prof. ")), _p(w.full), "\n")
        b("Addr: ", *w.one_line(country=True), "\n")
        b("T: ", w.phone, "  E: ", w.email(g, f"{_slug(w.town.text)[:8]}.edu"), "\n")
        if g.chance(0.5):
            adm = local(g, cc)
            b("Admin: ", _p(adm.first), " (finance)\n")
        b("\n")
    b(
        "Kick-off hosted in ",
        g.pick(("Vilnius", "Belgrade", "Sofia", "Zagreb")),
        "; partners from ",
        g.pick(_COUNTRIES),
        " join online.\n",
    )


@T("intl_contacts")
def t6_crew_change_list(g: Gen, b: Builder) -> None:
    """A manning agency's crew-change list: the vessel's flag and ports are not personal; each
    seafarer's name (surname first), rank, seaman's book number, date of birth, home address and next
    of kin's phone are."""
    b(
        "CREW CHANGE — MV ",
        g.pick(("PACIFIC STAR", "NORDIC BREEZE", "ASIAN ORCHID", "GOLDEN TIDE")),
        " (flag ",
        g.pick(("Panama", "Liberia", "Marshall Islands", "Malta")),
        ")\n",
    )
    b(
        "Sign-on port: ",
        g.pick(("Singapore", "Manila", "Rotterdam", "Fujairah")),
        "   Date: ",
        _date(g, g.day(2022, 2025), "dd-Mon-yyyy"),
        "\n\n",
    )
    for k in range(4):
        cc = g.pick(("PH", "PH", "ID", "LK", "RO", "BG", "HR", "TH"))
        g.multi = True
        w = local(g, cc, female=False)
        book = _id(g.fill(g.pick(("@#######", "C#######", "SIRB ##########", "##-#####"))))
        b(
            f"{k + 1}. ",
            _p(f"{w.last.upper()}, {w.first}"),
            "  ",
            g.pick(("Master", "C/O", "2/O", "AB", "OS", "Cook", "2/E", "Oiler")),
            "\n",
        )
        b("   Seaman's book ", book, "  DOB ", _date(g, _dob(g, 1965, 2002), "dd.mm.yyyy", dob=True), "\n")
        b("   Home: ", *w.one_line(), "\n")
        nok = local(g, cc, female=True)
        b("   NOK: ", _p(nok.first), " (wife) ", nok.phone, "\n")


@T("intl_contacts")
def t6_race_entrants(g: Gen, b: Builder) -> None:
    """An ultramarathon's international entrants list: bib numbers (event references), name,
    nationality (not personal), club, home town, emergency contact name and phone."""
    ccs = _lands(g, 5)
    race = g.pick(
        (
            "Ultra-Trail of the Andes",
            "Kilimanjaro Half",
            "Annapurna 100",
            "Laugavegur Ultra",
            "Fiji Coral Coast 50",
        )
    )
    b(race, " — international entries\n")
    b("Bib | Name | Nat. | Club | Town | Emergency contact\n")
    for cc in ccs:
        w = local(g, cc)
        ec = local(g, cc)
        b(
            g.ref("ticket", g.fill("%##")),
            " | ",
            w.name(g, g.pick(("full", "upper_last"))),
            " | ",
            g.pick((cc, w.land.country[:3].upper())),
            " | ",
            g.pick(("unattached", "Trail Runners Club", "Mountain Goats RC", "—")),
            " | ",
            w.town,
            " | ",
            _p(ec.first),
            " ",
            ec.phone,
            "\n",
        )
    b(
        "\nStart in ",
        g.pick(("Cusco", "Moshi", "Pokhara", "Landmannalaugar", "Sigatoka")),
        " at 05:00; runners from ",
        *_two(g, _COUNTRIES, " and "),
        " must carry the mandatory kit.\n",
    )


@T("intl_contacts")
def t6_admissions_emails(g: Gen, b: Builder) -> None:
    """An admissions office's inbox thread with applicants from the Middle East: passport numbers and
    dates of birth inline, a parent's phone, addresses in Amman, Beirut, Dubai or Tehran, the
    admissions officer's signature."""
    cc = g.pick(("JO", "LB", "AE", "IR"))
    g.multi = True
    w = local(g, cc)
    father = g.chance(0.5)
    parent = _other(g, cc, w.first, not father)
    officer = g.person(g.pick(("en_GB", "en_US", "en_CA")))
    b(
        "From: ",
        w.email(g),
        "\nTo: admissions@",
        g.pick(("uni-example.ac.uk", "college.edu", "academy.ca")),
        "\n",
    )
    b("Subject: Application ", g.ref("ticket", g.fill("APP-20##-#####")), " missing documents\n\n")
    b(
        "Dear Admissions,\n\nMy name is ",
        _p(w.full),
        " and I applied for the ",
        g.pick(("BSc Nursing", "BEng Civil", "Foundation Year", "MBA")),
        ". ",
    )
    b(
        "My passport number is ",
        _pass_no(g, cc),
        " and my date of birth ",
        _date(g, _dob(g, 1995, 2006), g.pick(("dd/mm/yyyy", "d Month yyyy")), dob=True),
        ". ",
    )
    b(
        "Please post the offer letter to ",
        *w.one_line(country=True),
        ". If I am unreachable my ",
        "father" if father else "mother",
        " ",
        _p(parent.first + " " + w.last),
        " is on ",
        parent.phone,
        ".\n\n",
    )
    b("Best regards,\n", _p(w.first), "\n\n")
    b(
        "> Dear ",
        _p(w.first),
        ", thank you — your file is now complete. Students from ",
        g.pick(("Jordan", "Lebanon", "the UAE", "Iran", "Egypt", "Oman")),
        " may apply for the regional bursary.\n",
    )
    b(
        "> ",
        _p(f"{officer.first} {officer.last}"),
        ", Admissions Officer, ",
        g.phone(officer.loc, ext=0.4),
        "\n",
    )


@T("intl_contacts")
def t6_trade_mission_delegates(g: Gen, b: Builder) -> None:
    """A trade-mission delegate list in running paragraphs: the mission's cities and sectors are not
    personal; each delegate's name, company (organisation), business address, mobile and e-mail are;
    the embassy attaché named once."""
    ccs = _lands(g, 4, ("east_europe", "latam", "sea"))
    dest = g.pick(("Singapore", "Seoul", "Toronto", "Melbourne", "Dubai"))
    b("Trade mission to ", dest, " — delegate briefing\n\n")
    b(
        "The mission covers agri-food, ICT and renewables, with site visits outside ",
        dest,
        " and a round-table with buyers from ",
        g.pick(_COUNTRIES),
        ".\n\n",
    )
    for cc in ccs:
        w = local(g, cc)
        org = ent(
            " ".join(
                (
                    w.last.split()[0],
                    g.pick(("Agro", "Soft", "Solar", "Foods", "Logistics")),
                    g.pick(("SRL", "d.o.o.", "S.A.S.", "UAB", "OÜ", "Co. Ltd", "EOOD")),
                )
            ),
            "ORGANIZATION",
        )
        b(
            _p(w.full),
            " (",
            org,
            ", ",
            w.land.country,
            ") — ",
            g.pick(("exporter of dried fruit", "SaaS for logistics", "solar installer", "seafood processor")),
            ". ",
        )
        b(
            "Office: ",
            *w.one_line(),
            ". Mobile ",
            w.phone,
            ", ",
            w.email(g, f"{_slug(org.text.split()[0])}.com"),
            ".\n\n",
        )
    att = g.person(g.pick(("en_GB", "de_DE", "fr_FR")))
    b("Embassy contact on the ground: ", _p(f"{att.first} {att.last}"), ", commercial attaché.\n")


@T("intl_contacts")
def t6_courier_exceptions(g: Gen, b: Builder) -> None:
    """A courier's delivery-exception report in prose: hubs and countries routed through are not
    personal; the consignees who could not be reached, their addresses and phones, and the driver's
    first name are."""
    ccs = _lands(g, 3, ("africa", "sea", "latam", "mideast"))
    b("EXCEPTIONS REPORT — ", _date(g, g.day(2022, 2025), "d Month yyyy"), " — international inbound\n\n")
    for cc in ccs:
        w = local(g, cc)
        drv = local(g, cc, female=False)
        b(
            "AWB ",
            g.ref("ticket", g.fill("##########")),
            " (from ",
            g.pick(_COUNTRIES),
            " via ",
            g.pick(_HUBS),
            "): consignee ",
            w.name(g, "full"),
            " at ",
            *w.one_line(),
            " ",
        )
        b(
            "could not be reached on ",
            w.phone,
            ". Driver ",
            _p(drv.first),
            " ",
            g.pick(("left a card", "found the gate locked", "was told the consignee moved")),
            ". ",
        )
        b(
            g.pick(("Second attempt tomorrow.", "Held at depot for 5 days.", "Return to sender requested.")),
            "\n\n",
        )
    b(
        "Customs holds in ",
        g.pick(_HUBS),
        " cleared; no further delays expected on the ",
        g.pick(_REGIONS),
        " lane.\n",
    )


_UNI_MAIL = {
    "RO": "s.unibuc.ro",
    "RS": "stud.bg.ac.rs",
    "BG": "students.uni-sofia.bg",
    "HR": "stud.unizg.hr",
    "LT": "stud.vu.lt",
    "EE": "ut.ee",
    "IS": "hi.is",
}


@T("intl_contacts")
def t6_erasmus_nominations(g: Gen, b: Builder) -> None:
    """An international office's Erasmus+ nomination e-mail: partner universities and host cities are not
    personal; nominated students' names, student numbers written inline, dates of birth, e-mails and
    home addresses in Eastern Europe or the Nordics are."""
    ccs = g.rng.sample(("RO", "RS", "BG", "HR", "LT", "EE", "IS"), 3)
    g.multi = True
    coord = g.person(g.pick(("es_ES", "it_IT", "pt_BR", "fr_FR")))
    b(
        "Subject: Nominations for ",
        g.pick(("autumn", "spring")),
        " semester — ",
        g.pick(
            (
                "Universidad de Granada",
                "Università di Bologna",
                "Universidade do Porto",
                "Université de Lille",
            )
        ),
        "\n\n",
    )
    b("Dear ", _p(coord.first), ",\n\nWe are pleased to nominate the following students:\n\n")
    for cc in ccs:
        w = local(g, cc)
        b(
            "• ",
            _p(w.full),
            ", student no. ",
            _id(g.fill(g.pick(("s%######", "%#######", "20##-####", "@@%#####")))),
            ", born ",
            _date(g, _dob(g, 1999, 2005), "dd.mm.yyyy", dob=True),
            ", ",
        )
        b(
            w.email(g, _UNI_MAIL[cc]),
            "; home address ",
            *w.one_line(),
            "\n",
        )
    b(
        "\nAll three will arrive via ",
        g.pick(("Madrid", "Milan", "Lisbon", "Paris")),
        ". Please confirm by ",
        g.pick(vocab.WEEKDAYS),
        ".\n\nKind regards\n",
        _p(g.person(g.pick(("fi_FI", "pl_PL", "cs_CZ"))).first),
        "\nInternational Office\n",
    )


@T("intl_contacts")
def t6_pacific_relief_distribution(g: Gen, b: Builder) -> None:
    """A cyclone-relief distribution list for Fiji, Samoa and Tonga: islands, provinces and villages are
    not personal; household heads' names, phones, and a P.O. box or lot address are; a distribution
    officer named."""
    g.multi = True
    b(
        "TC ",
        g.pick(("Winston", "Harold", "Yasa", "Gita")),
        " — relief distribution, ",
        g.pick(("Ra Province", "Vanua Levu", "Lau Group", "Kadavu", "Ba Province")),
        "\n",
    )
    b("Officer: ", _p(local(g, "FJ").full), "   Date: ", _date(g, g.day(2020, 2025), "dd/mm/yyyy"), "\n\n")
    b("HH head | Phone | Address | Items\n")
    for _ in range(5):
        w = local(g, "FJ")
        b(
            _p(w.full),
            " | ",
            w.phone,
            " | ",
            *w.one_line(),
            " | ",
            g.pick(("tarpaulin x2, water 20L", "food pack, hygiene kit", "solar lamp, tarp", "tools kit")),
            "\n",
        )
    b(
        "\nNext boat to the outer islands leaves ",
        g.pick(vocab.WEEKDAYS),
        " from ",
        g.pick(("Suva", "Lautoka", "Savusavu")),
        ".\n",
    )


@T("intl_contacts")
def t6_penfriend_exchange(g: Gen, b: Builder) -> None:
    """A schools' pen-friend exchange pairing sheet: pupils in two countries paired, with names,
    ages, postal addresses for letters, the teacher's e-mail at each school; the countries and the
    themes of the letters are not personal."""
    a_cc, b_cc = g.rng.sample(("GH", "LK", "PE", "RS", "IS", "MA", "PH", "EE"), 2)
    g.multi = True
    ta, tb = local(g, a_cc), local(g, b_cc)
    b("Pen-friend pairs — ", LANDS[a_cc].country, " ↔ ", LANDS[b_cc].country, "\n")
    b("Teachers: ", _p(ta.full), " (", ta.email(g), ") and ", _p(tb.full), " (", tb.email(g), ")\n\n")
    for _ in range(3):
        pa, pb = local(g, a_cc), local(g, b_cc)
        b(_p(pa.first), " ", _p(pa.last), ", ", g.age(g.rng.randrange(10, 14)), " — ", *pa.one_line(), "\n")
        b(
            "   ↔ ",
            _p(pb.first),
            " ",
            _p(pb.last),
            ", ",
            g.age(g.rng.randrange(10, 14)),
            " — ",
            *pb.one_line(),
            "\n\n",
        )
    b(
        "First letters: my town, my favourite food, a festival in ",
        LANDS[a_cc].country,
        " or ",
        LANDS[b_cc].country,
        ".\n",
    )


# ---------------------------------------------------------------- identifiers without strong cues (18)


@T("form_invoice")
def t6_library_overdue_notice(g: Gen, b: Builder) -> None:
    """A public library's overdue notice: the borrower's card number as a bare barcode and again in
    groups in running text ("quote 2123 4001 ..."), book titles and the branch are not personal, the
    borrower's address and a reserved-by name are."""
    loc = g.pick(("en_GB", "en_US", "en_CA", "en_AU", "en_IE"))
    p = g.person(loc)
    a = address(g, loc)
    card = g.fill(g.pick(("2####00######", "2###0#########", "%#########")))
    branch = g.pick(
        ("Central Library", "Northfield Branch", "Carnegie Library", "Eastside Community Library")
    )
    b(branch, "\n", g.pick(("OVERDUE NOTICE", "Second reminder: items overdue", "Courtesy notice")), "\n\n")
    b(g.name(p, g.pick(("full", "UPPER", "initial"))), "\n", *[x for line in lines(a) for x in (*line, "\n")])
    b("\n", _id(card), "\n\n")
    b("Dear ", g.title(p), g.name(p, "last"), ",\n\nThe following items are now overdue:\n")
    for _ in range(g.rng.randrange(2, 4)):
        b(
            "  ",
            g.pick(
                (
                    "The Salt Path",
                    "Educated",
                    "A Little Life",
                    "The Midnight Library",
                    "Sapiens",
                    "Where the Crawdads Sing",
                )
            ),
            "  due ",
            _date(g, g.day(2022, 2025), "dd/mm/yyyy"),
            "  ",
            g.ref("ticket", g.fill("3##########")),
            "\n",
        )
    b(
        "\nOne item has been reserved by another reader (",
        _p(f"{g.person(loc).first[0]}. {g.person(loc).last}"),
        ") and cannot be renewed. ",
    )
    b(
        "To renew the rest call ",
        g.pick(("the renewals line", "311", "your branch")),
        " and quote ",
        _id(_group(card, (4, 4, 4))),
        ". ",
    )
    b("Fines to date: ", _pounds(g, 1, 12), ".\n")


@T("form_invoice")
def t6_loyalty_points_statement(g: Gen, b: Builder) -> None:
    """A loyalty-scheme statement: the member number printed with no label beside the name and again
    written as "your number ... when you call", a household member added as a second card holder,
    points and store names (not personal), the card's last four (not personal)."""
    loc = g.pick(_ENGLISH)
    p, p2 = g.person(loc), g.person(loc)
    a = address(g, loc)
    num = g.fill(g.pick(("634004##########", "98########", "%### #### ####", "@@-#######")))
    scheme = g.pick(("Pantry Points", "FreshRewards", "BonusClub", "Star Saver"))
    b(scheme, " — ", g.pick(("Quarterly statement", "Your points summary", "Statement")), "\n")
    b(g.name(p, g.pick(("UPPER", "full"))), "   ", _id(num), "\n")
    b(*one_line(a), "\n\n")
    b("Points brought forward ", str(g.rng.randrange(100, 9000)), "\n")
    for _ in range(4):
        b(
            "  ",
            _date(g, g.day(2023, 2025), "dd/mm/yy"),
            "  ",
            g.pick(("Store 0412 Riverside", "Online order", "Fuel station 88", "Store 1177 High St")),
            "  +",
            str(g.rng.randrange(5, 400)),
            "\n",
        )
    b("\nSecond card holder: ", g.name(p2, "full"), " (card ", _id(g.fill("##########")), ")\n")
    b("Vouchers are sent to the card ending ", g.ref("ticket", g.digits(4)), " registered on your account. ")
    b(
        "Questions? Have your number ",
        _id(_group(num.replace(" ", ""), (4, 4, 4, 4)) if num.replace(" ", "").isdigit() else num),
        " ready when you call.\n",
    )


@T("form_invoice")
def t6_school_trip_consent(g: Gen, b: Builder) -> None:
    """A school trip consent form filled in: the pupil's unique pupil number with no strong label
    ("UPN"), date of birth, class, the parents' names and phones, the child's GP, medication; the
    destination and the teacher's surname."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    child, mum, dad, gp = (
        g.person(loc),
        g.person(loc, female=True),
        g.person(loc, female=False),
        g.person(loc),
    )
    teacher = g.person(loc)
    a = address(g, loc)
    b(
        g.pick(("St Aidan's Primary", "Hillcrest Academy", "Scoil Bhríde", "Greenfield Public School")),
        " — Residential trip consent: ",
        g.pick(("Kingswood Centre", "Outdoor Education Week", "Brecon Beacons", "Canberra excursion")),
        "\n\n",
    )
    b("Pupil: ", g.name(child, "full"), "   Class: ", g.pick(("5B", "6M", "Year 6", "5th class")), "\n")
    b(
        "UPN ",
        _id(g.fill("@############")),
        "   DOB ",
        _date(g, g.day(2012, 2016), "dd/mm/yyyy", dob=True),
        "\n",
    )
    b("Home address: ", *one_line(a), "\n\n")
    b("Parent/carer 1: ", g.name(mum, "full"), "  ", g.phone(loc, ext=0), "\n")
    b(
        "Parent/carer 2: ",
        g.name(dad, "full"),
        "  ",
        _tel(_nat_digits(g, loc)),
        " (work, ask for ",
        g.name(dad, "first"),
        ")\n\n",
    )
    b("Medical: ", g.pick(("asthma — blue inhaler", "none", "hay fever", "nut allergy, EpiPen")), "\n")
    b(
        "GP: Dr ",
        g.name(gp, "last"),
        ", ",
        g.pick(("Parkview Surgery", "Castle Medical Centre", "The Health Centre")),
        "\n",
    )
    b(
        "I give permission for ",
        g.name(child, "first"),
        " to take part. Signed: ",
        g.name(mum, g.pick(("initial", "full"))),
        "  Date: ",
        _date(g, g.day(2023, 2025), "dd/mm/yy"),
        "\n",
    )
    b("Return to ", g.pick(("Mrs ", "Mr ", "Ms ")), g.name(teacher, "last"), " by Friday.\n")


@T("form_invoice")
def t6_penalty_charge_notice(g: Gen, b: Builder) -> None:
    """A parking penalty charge notice: the vehicle registration (no label but "VRM"), the registered
    keeper's name and address, the notice number (a reference), the street where the car was parked
    and the officer's number (not personal), payment by the keeper's bank card."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    keeper = g.person(loc)
    a = address(g, loc)
    vrm = g.fill(
        {
            "en_GB": g.pick(("@@## @@@", "@@##@@@")),
            "en_IE": "%#-@-#####",
            "en_AU": g.pick(("@@@-###", "%@@@%##")),
        }[loc]
    )
    d = g.day(2022, 2025)
    b(
        g.pick(("London Borough of Camden", "Leeds City Council", "Dublin City Council", "City of Sydney")),
        "\nPENALTY CHARGE NOTICE\n\n",
    )
    b(
        g.name(keeper, g.pick(("UPPER", "full", "LAST_FIRST"))),
        "\n",
        *[x for line in lines(a) for x in (*line, "\n")],
        "\n",
    )
    b(
        "PCN ",
        g.ref("ticket", g.fill("@@########")),
        "\nVRM ",
        _id(vrm),
        "   Make ",
        g.pick(("Ford", "VW", "Toyota", "Kia")),
        "  Colour ",
        g.pick(("Silver", "Black", "Blue", "White")),
        "\n",
    )
    b(
        "Contravention: parked in a restricted street during prescribed hours, ",
        g.pick(("Albert Road", "Church Lane", "Harbour Street", "Market Square")),
        ", ",
        _date(g, d, "dd/mm/yyyy"),
        " ",
        _hm(g.rng.randrange(8 * 60, 19 * 60)),
        "\n",
    )
    b("Civil Enforcement Officer ", g.fill("CEO ###"), "\n\n")
    b(
        "Pay ",
        _pounds(g, 35, 130),
        " within 14 days. Our records show the vehicle ",
        _id(vrm.replace(" ", "")),
        " is registered to you at the address above since ",
        _date(g, g.day(2015, 2022), "dd/mm/yyyy"),
        ".\n",
    )


@T("form_invoice")
def t6_club_sepa_mandate(g: Gen, b: Builder) -> None:
    """A sports club's annual invoice with a SEPA direct-debit mandate: the membership number in
    running text ("please quote 5521 0093"), a mandate reference that embeds it, the member's IBAN
    written in groups, a family member on the same account."""
    loc = g.pick(("de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT", "fi_FI", "en_IE"))
    p, kid = g.person(loc), g.person(loc)
    a = address(g, loc)
    mem = g.fill("%###%###")
    club = g.pick(
        (
            "TSV Grünwald 1890 e.V.",
            "Hockeyclub De Hoorn",
            "AS Tennis Lyon",
            "Club Natación Delfín",
            "Polisportiva Aurora",
        )
    )
    b(club, "\nRechnung / Invoice ", g.ref("ticket", g.fill("20##-####")), "\n\n")
    b(g.name(p, "full"), "\n", *[x for line in lines(a) for x in (*line, "\n")], "\n")
    b(
        "Annual membership ",
        str(g.rng.randrange(2024, 2027)),
        ": adult ",
        str(g.rng.randrange(90, 300)),
        ",00 €; junior (",
        g.name(kid, "first"),
        ") ",
        str(g.rng.randrange(40, 120)),
        ",00 €\n",
    )
    b("Please quote ", _id(_group(mem, (4, 4))), " in all correspondence.\n\n")
    b(
        "SEPA DIRECT DEBIT MANDATE\nCreditor ID ",
        g.ref("ticket", g.fill("DE##ZZZ0000#######")),
        "\nMandate reference ",
        _id(f"M-{mem}-{g.fill('0#')}"),
        "\n",
    )
    b(
        "Debtor: ",
        g.name(p, "full"),
        "\nIBAN ",
        g.iban(loc),
        "\nBIC ",
        g.ref("ticket", g.fill("@@@@@@##")),
        "\n",
    )
    b("Signed ", g.name(p, "initial"), "  ", _date(g, g.day(2023, 2025), "dd.mm.yyyy"), "\n")


@T("hr_record")
def t6_payroll_correction_request(g: Gen, b: Builder) -> None:
    """An employee's payroll correction request as logged by HR: the employee number typed bare in the
    message ("my number is 20418837"), a national insurance number inline, new bank details, the
    line manager named in passing, HR's reply with the same number."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_US", "en_CA"))
    emp, mgr, hr = g.person(loc), g.person(loc), g.person(loc)
    num = g.fill(g.pick(("%#######", "%######", "00%#####")))
    b(
        "HR case log — payroll query\nOpened ",
        _date(g, g.day(2022, 2025), "dd/mm/yyyy"),
        " via ",
        g.pick(("HR portal", "email", "Teams")),
        "\n\n",
    )
    b("Message from ", g.name(emp, "full"), ":\n")
    b(
        "Hi, my pay this month was short by about ",
        _pounds(g, 90, 600),
        ", I think my overtime from when I covered for ",
        g.name(mgr, "first"),
        " wasn't added. ",
    )
    b(
        "My number is ",
        _id(num),
        " and my ",
        {"en_US": "SSN", "en_CA": "SIN"}.get(loc, "NI number"),
        " is ",
        g.ident("ssn" if loc == "en_US" else "national", loc),
        ". ",
    )
    b(
        "Also I've changed banks, the new details are ",
        *_bank_line(
            g,
            "en_GB" if loc in ("en_GB", "en_CA") else ("en_US" if loc == "en_US" else loc),
            g.name(emp, "full"),
        ),
        ". Thanks\n\n",
    )
    b("Reply (", g.name(hr, "full"), ", HR Services):\n")
    b(
        "Thanks ",
        g.name(emp, "first"),
        " — I've checked with ",
        g.name(mgr, g.pick(("full", "last"))),
        " and the ",
        str(g.rng.randrange(4, 30)),
        " hours are approved. ",
    )
    b(
        "Correction will be paid on the next run for ",
        _id(num),
        ". Bank change effective from ",
        _date(g, g.day(2022, 2025), "d Month"),
        ".\n",
    )


@T("hr_record")
def t6_exit_interview_notes(g: Gen, b: Builder) -> None:
    """Exit interview notes: the leaver's reference ("ref A7-99-3102"), colleagues and a manager
    mentioned in passing, the forwarding address and personal e-mail for the P45 and pension letters,
    the new employer (organisation)."""
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    leaver, mgr, col1, col2, hr = (g.person(loc) for _ in range(5))
    a = address(g, loc)
    ref = g.fill(g.pick(("@#-##-####", "@@##-###", "%#-@-####")))
    b("EXIT INTERVIEW — CONFIDENTIAL\n")
    b(g.name(leaver, g.pick(("full", "LAST_FIRST"))), ", ref ", _id(ref), "\n")
    b(
        "Role: ",
        g.pick(vocab.JOB_TITLES),
        "   Last day: ",
        _date(g, g.day(2023, 2025), "d Month yyyy"),
        "   Interviewer: ",
        g.name(hr, "full"),
        "\n\n",
    )
    b(
        "Reason for leaving: offer from ",
        g.org(loc),
        g.pick((" with better hours", " closer to home", " (promotion)")),
        ".\n",
    )
    b(
        "Feedback: enjoyed working with ",
        g.name(col1, "first"),
        " and ",
        g.name(col2, "full"),
        "; felt workload increased after ",
        g.name(mgr, "first"),
        " ",
        g.name(mgr, "last"),
        " took over the team. ",
    )
    b(
        "Would consider returning. Said ",
        g.name(col1, "last"),
        " should be considered for the senior role.\n\n",
    )
    b("Forwarding address for the P45/pension: ", *one_line(a), "\n")
    b("Personal email: ", g.email(leaver), "   Mobile: ", g.phone(loc, ext=0), "\n")
    b(
        "Laptop and badge returned; IT to disable account ",
        _p(_slug(leaver.first)[:1] + _slug(leaver.last)),
        " on last day.\n",
    )


@T("hr_record")
def t6_training_attendance_register(g: Gen, b: Builder) -> None:
    """A mandatory-training attendance register with staff numbers, names and departments, a note
    correcting one mistyped staff number in running text, the trainer's name, the venue (not
    personal)."""
    loc = g.pick(_ENGLISH)
    trainer = g.person(loc)
    course = g.pick(
        (
            "Fire Safety",
            "Manual Handling",
            "Information Governance",
            "Safeguarding Level 2",
            "First Aid at Work",
        )
    )
    b(
        course,
        " — attendance\n",
        _date(g, g.day(2022, 2025), "d Mon yyyy"),
        ", ",
        g.pick(("Training Room 2", "Conference Suite B", "Online (Teams)")),
        "\n",
    )
    b("Trainer: ", g.name(trainer, "full"), "\n\n", "Staff no.  | Name | Dept | Signed\n")
    staff = []
    for _ in range(5):
        p = g.person(g.pick((loc, loc, g.pick_locale())))
        num = g.fill(g.pick(("%#####", "%######", "E%####")))
        staff.append((p, num))
        b(
            _id(num),
            " | ",
            g.name(p, g.pick(("full", "last_first", "initial"))),
            " | ",
            g.pick(vocab.DEPARTMENTS),
            " | ",
            g.pick(("✓", "✓", "signed", "absent")),
            "\n",
        )
    p, num = g.pick(staff)
    wrong = num[:-2] + num[-1] + num[-2]
    b(
        "\nNote: ",
        g.name(p, "initial"),
        "'s number was written as ",
        _id(wrong),
        " on the paper sheet; correct number is ",
        _id(num),
        ". ",
    )
    b("Two absentees to rebook with ", g.name(trainer, "first"), ".\n")


@T("hr_record")
def t6_return_to_work_interview(g: Gen, b: Builder) -> None:
    """A return-to-work interview after sickness absence: employee number in the heading with no label,
    dates off, the GP and a family member named in passing, a phone for the occupational health
    referral."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    emp, mgr, gp, rel = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    off = g.day(2022, 2025)
    b("Return to work interview — ", g.name(emp, "full"), " (", _id(g.fill("%######")), ")\n")
    b("Manager: ", g.name(mgr, "full"), "\n")
    b(
        "Absence: ",
        _date(g, off, "dd/mm/yyyy"),
        " to ",
        _date(g, off + timedelta(days=g.rng.randrange(3, 30)), "dd/mm/yyyy"),
        "\n\n",
    )
    b(
        "Reason: ",
        g.pick(("back pain", "chest infection", "stress", "surgery (planned)", "caring for a relative")),
        ". Fit note from Dr ",
        g.name(gp, "last"),
        " covered the period.\n",
    )
    b(
        g.name(emp, "first"),
        " said ",
        "her" if emp.female else "his",
        " ",
        g.pick(("mother", "partner", "son", "husband", "wife")),
        ", ",
        g.name(rel, "first"),
        ", had been unwell at the same time. ",
    )
    b(
        "Agreed phased return over two weeks. Referral to occupational health; they will call on ",
        g.phone(loc, ext=0),
        ".\n",
    )
    b(
        "Bradford score now ",
        str(g.rng.randrange(20, 300)),
        ". Signed ",
        g.name(mgr, "initial"),
        " / ",
        g.name(emp, "initial"),
        "\n",
    )


@T("support_email")
def t6_utility_account_email(g: Gen, b: Builder) -> None:
    """A customer's e-mail to a water or energy company: the account number given in passing in
    groups, the meter serial (not personal), a phone number in an odd format, the supply address,
    a previous occupant named."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US"))
    p, prev = g.person(loc), g.person(loc)
    a = address(g, loc)
    acct = g.fill("%##########")
    b(
        "From: ",
        g.email(p),
        "\nTo: ",
        g.pick(("help@thameswater.example", "billing@energy.example", "customerservice@water.example")),
        "\n",
    )
    b(
        "Subject: ",
        g.pick(("Wrong name on bill", "Moving in - bill in previous tenant's name", "Final reading")),
        "\n\n",
    )
    b(
        "Hello,\n\nI moved into ",
        a.street,
        ", ",
        a.zip,
        " on ",
        _date(g, g.day(2023, 2025), "d Month"),
        " but the bill is still addressed to ",
        g.name(prev, g.pick(("full", "initial"))),
        ". ",
    )
    b(
        "I think my account is ",
        _id(_group(acct, (4, 4, 3))),
        " (it was on the welcome letter). The meter serial is ",
        g.ref("ticket", g.fill("##@#######")),
        " and the reading today was ",
        str(g.rng.randrange(1000, 99999)),
        ".\n\n",
    )
    digits = _nat_digits(g, loc)
    odd = g.pick(
        (
            f"+{digits[:2]} (0) {digits[2:6]}-{digits[6:9]}-{digits[9:]}",
            f"{digits[:4]}.{digits[4:7]}.{digits[7:]}",
            f"{digits[:5]} {digits[5:]}",
        )
    )
    b("Best to call me on ", _tel(odd.strip(".- ")), " after 5.\n\nThanks,\n", g.name(p, "full"), "\n")


@T("support_email")
def t6_telco_ticket_reply(g: Gen, b: Builder) -> None:
    """A telco's reply quoting the customer's e-mail: the case reference contains the customer number
    ("CS-20418837-07"), the customer number quoted alone later, the SIM serial and a porting code (not
    personal), the customer's mobile and a second line for a family member."""
    loc = g.pick(_ENGLISH)
    p, fam, agent = g.person(loc), g.person(loc), g.person(loc)
    cust = g.fill("%#######")
    case = f"{g.pick(('CS', 'TT', 'REF'))}-{cust}-{g.fill('0#')}"
    b(
        "Subject: RE: ",
        g.pick(("Number transfer failed", "Bill shock", "Second SIM not working")),
        " [",
        _id(case),
        "]\n\n",
    )
    b(
        "Hi ",
        g.name(p, "first"),
        ",\n\nThanks for your patience. I've looked into your account (",
        _id(cust),
        ") and the transfer of ",
        g.phone(loc, ext=0),
        " failed because the code had expired. ",
    )
    b("Your new PAC is ", g.ref("ticket", g.fill("@@@######")), ", valid for 30 days.\n\n")
    b(
        "The second line for ",
        g.name(fam, g.pick(("full", "first"))),
        " (",
        g.phone(loc, ext=0),
        ") is now active on SIM ",
        g.ref("ticket", g.fill("8944###############")),
        ".\n\n",
    )
    b("Kind regards,\n", g.name(agent, "first"), "\nCustomer Care\n\n")
    b("-----Original message-----\nFrom: ", g.name(p, "full"), " <", g.email(p), ">\n")
    b(
        "My customer number is ",
        _id(_group(cust, (4, 4))),
        ". I've been trying to move my number for two weeks! ",
        g.name(fam, "first"),
        "'s sim doesn't work either.\n",
    )


@T("support_email")
def t6_student_registry_email(g: Gen, b: Builder) -> None:
    """A student's e-mail to the registry: the student number written in several ways, a date of birth
    for identification, a personal e-mail, the tutor mentioned in passing, a postal address for the
    transcript, the registry's reply."""
    loc = g.pick(_ENGLISH + ("nl_NL", "de_DE", "pl_PL"))
    st, tutor, reg = g.person(loc), g.person(), g.person()
    a = address(g, loc)
    sid = g.fill(g.pick(("20%#####", "%#######", "s%######", "u%######")))
    plain = sid.lstrip("su")
    b("From: ", g.email(st), "\nSubject: transcript + name change\n\n")
    b(
        "Dear Registry,\n\nI'm a final-year student (",
        _id(sid),
        ") in ",
        g.pick(("Law", "Biomedical Science", "Computer Science", "History")),
        ". ",
    )
    b(
        "My date of birth is ",
        _date(g, _dob(g, 1998, 2005), g.pick(("dd/mm/yyyy", "d Month yyyy", "mm/dd/yyyy")), dob=True),
        " in case you need it. ",
    )
    b(
        "My tutor ",
        g.pick(("Dr ", "Prof. ", "")),
        g.name(tutor, "last"),
        " said I should ask you for an official transcript posted to ",
        *one_line(a),
        ".\n\n",
    )
    b(
        "Also my surname changed after I got married, please update it to ",
        g.name(st, "full"),
        ".\n\nThanks,\n",
        g.name(st, "first"),
        "  ",
        _id(_group(plain, (4, 4)) if len(plain) == 8 else plain),
        "\n\n",
    )
    b(
        "> Reply from ",
        g.name(reg, "full"),
        ", Student Records: we need a copy of the certificate before changing the record for ",
        _id(sid),
        ".\n",
    )


@T("support_email")
def t6_motor_claim_email(g: Gen, b: Builder) -> None:
    """A policyholder's e-mail after a car accident: the policy number without a label mid-sentence,
    both licence plates, the other driver's name and phone, a witness named, the policyholder's phone
    written with words."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"))
    p, other, witness = g.person(loc), g.person(loc), g.person(loc, female=True)
    plate_pat = {
        "en_GB": "@@## @@@",
        "en_IE": "%#-@-####",
        "en_AU": "@@@-###",
        "en_US": "%@@@###",
        "en_CA": "@@@@ ###",
    }[loc]
    policy = g.ident("policy")
    b("Subject: Accident ", _date(g, g.day(2023, 2025), "d Mon"), " — ", policy, "\n\n")
    b(
        "Hi,\n\nI need to report an accident. I'm insured with you under ",
        policy,
        " for my ",
        g.pick(("Fiesta", "Golf", "Corolla", "Civic")),
        " ",
        _id(g.fill(plate_pat)),
        ". ",
    )
    b(
        "A ",
        g.pick(("van", "white Audi", "taxi")),
        " reg ",
        _id(g.fill(plate_pat)),
        " reversed into me at the lights on ",
        g.pick(("Station Road", "the high street", "Main St")),
        ". ",
    )
    b(
        "The driver was ",
        g.name(other, "full"),
        ", number ",
        g.phone(loc, ext=0),
        ", insured with ",
        g.pick(("Aviva", "Direct Line", "AAMI", "Geico", "FBD")),
        ". ",
    )
    b(
        "A lady called ",
        g.name(witness, g.pick(("full", "first"))),
        " saw it and gave me her number too: ",
        g.phone(loc, ext=0),
        ".\n\n",
    )
    digits = _nat_digits(g, loc)
    b(
        "You can reach me on ",
        _tel(digits[:4] + " " + _spoken(digits[4:7], oh=False) + " " + digits[7:]),
        " (sorry my keyboard's broken lol).\n\n",
        g.name(p, "full"),
        "\n",
    )


@T("support_email")
def t6_frequent_flyer_complaint(g: Gen, b: Builder) -> None:
    """A frequent-flyer's complaint: the membership number given bare with the airline code, a
    passport number inline, the booking reference (not personal), a travelling companion named once,
    the cabin crew member's first name."""
    loc = g.pick(_ENGLISH + ("de_DE", "nl_NL", "fr_FR", "es_ES"))
    p, comp = g.person(loc), g.person(loc)
    code = g.pick(("BA", "LH", "KL", "EK", "QF", "AF", "IB"))
    ffn = g.fill(g.pick(("########", "### ### ###", "##########")))
    b(
        "To: customer.relations@",
        g.pick(("airline.example", "flyer.example")),
        "\nSubject: Lost upgrade and missing miles\n\n",
    )
    b(
        "Dear Sir or Madam,\n\nI am a ",
        g.pick(("Gold", "Silver", "Platinum")),
        " member (",
        code,
        " ",
        _id(ffn),
        ") and flew ",
        code,
        g.digits(3),
        " on ",
        _date(g, g.day(2023, 2025), "d Month yyyy"),
        ", booking ",
        g.ref("ticket", g.fill("@@@@@@")),
        ". ",
    )
    b(
        "At the gate my seat was given away even though my passport ",
        g.ident("passport"),
        " had been checked in online. ",
    )
    b(
        "My partner ",
        g.name(comp, g.pick(("full", "first"))),
        " was moved to row ",
        str(g.rng.randrange(30, 60)),
        ". ",
    )
    b(
        "The crew member, ",
        _p(g.person().first),
        ", was very kind, but nobody could explain what happened.\n\n",
    )
    b(
        "Please credit the miles to ",
        _id(_only_digits(ffn)),
        " and reply to ",
        g.email(p),
        ".\n\nYours faithfully,\n",
        g.name(p, "full"),
        "\n",
    )


@T("clinical_note")
def t6_nursing_handover(g: Gen, b: Builder) -> None:
    """A nursing handover note: the hospital number and NHS number inline without labels, relatives
    who visited named by relationship and first name (daughter Grace, son-in-law Bill), the HCA and
    doctor named in passing, medication and observations."""
    loc = g.pick(("en_GB", "en_GB", "en_IE"))
    pt = g.person(loc)
    dtr = _word_person(g, loc, female=True)
    sil = _word_person(g, loc, female=False)
    hca, dr = g.person(loc), g.person(loc)
    b(
        "Handover ",
        g.pick(("day → night", "night → day", "late → night")),
        " — ",
        g.pick(("Bay 3", "Side room 2", "Bed 14")),
        "\n",
    )
    b(
        g.name(pt, g.pick(("full", "LAST_FIRST", "initial"))),
        " ",
        _id(g.fill(g.pick(("@######", "RX#####", "%######")))),
        " ",
        g.ident("nhs"),
        " ",
        g.age(g.rng.randrange(68, 103)),
        "y\n",
    )
    b("Adm with ", g.pick(vocab.CONDITIONS), ". ", filler.findings(g, 2), ".\n")
    b("Meds: ", filler.med(g), "; ", filler.med(g), ".\n")
    b(
        "Daughter ",
        _p(dtr[0]),
        " visited pm, upset re discharge plan — son-in-law ",
        _p(sil[0]),
        " is NOK now, mobile ",
        g.phone(loc, ext=0),
        ". ",
    )
    b(
        "HCA ",
        g.name(hca, "first"),
        " did 2-hourly turns. Dr ",
        g.name(dr, "last"),
        " to review bloods in am.\n",
    )
    b(
        "Plan: ",
        g.pick(("IV abx day 3/5", "mobilise with physio", "awaiting OT assessment", "fluid balance chart")),
        ". ",
        _p(dtr[0].lower() if g.chance(0.3) else dtr[0]),
        " asked to be rung before ",
        _hm(g.rng.randrange(7 * 60, 10 * 60)),
        ".\n",
    )


@T("clinical_note")
def t6_gp_telephone_note(g: Gen, b: Builder) -> None:
    """A GP telephone consultation entry: the caller is the patient's wife, date of birth confirmed, a
    callback number in an odd format, the pharmacy and the duty doctor, a neighbour who can collect."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    pt, wife, neigh, dr = (
        g.person(loc, female=False),
        g.person(loc, female=True),
        g.person(loc),
        g.person(loc),
    )
    d = g.day(2022, 2025)
    b(
        _date(g, d, "dd-Mon-yyyy"),
        " ",
        _hm(g.rng.randrange(8 * 60, 18 * 60)),
        " Telephone consultation — Dr ",
        g.name(dr, "last"),
        "\n",
    )
    b(
        "Pt: ",
        g.name(pt, "full"),
        ", DOB confirmed ",
        _date(g, _dob(g, 1930, 1960), "dd/mm/yyyy", dob=True),
        "\n",
    )
    b("Caller: wife (", g.name(wife, "first"), "), consent given by pt in background.\n")
    b(
        "Hx: ",
        g.pick(
            (
                "3/7 productive cough, fever",
                "fall at home last night, no head injury",
                "increased SOB on exertion",
            )
        ),
        ". ",
        filler.findings(g, 1),
        " per wife.\n",
    )
    b(
        "Plan: ",
        filler.med(g),
        " sent to ",
        g.pick(("Boots", "Lloyds Pharmacy", "the village pharmacy", "Well Pharmacy")),
        ". Neighbour ",
        g.name(neigh, "full"),
        " will collect.\n",
    )
    digits = _nat_digits(g, loc)
    b(
        "Callback if worse: ",
        _tel(
            f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
            if g.chance(0.5)
            else " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
        ),
        ". Safety-netted.\n",
    )


@T("clinical_note")
def t6_health_visitor_note(g: Gen, b: Builder) -> None:
    """A health visitor's new-birth visit: the baby's and mother's NHS numbers written inline, both
    dates of birth, the partner and an older sibling named, the address, the midwife named."""
    loc = g.pick(("en_GB", "en_GB", "en_IE"))
    mum, partner, baby, sib, mw = (
        g.person(loc, female=True),
        g.person(loc),
        g.person(loc),
        g.person(loc),
        g.person(loc, female=True),
    )
    a = address(g, loc)
    born = g.day(2022, 2025)
    b("New birth visit — ", _date(g, born + timedelta(days=g.rng.randrange(10, 14)), "dd/mm/yyyy"), "\n")
    b(
        "Baby ",
        _p(f"{baby.first} {mum.last}"),
        ", born ",
        _date(g, born, "dd/mm/yyyy", dob=True),
        ", ",
        g.ident("nhs"),
        "\n",
    )
    b(
        "Mother ",
        g.name(mum, "full"),
        ", DOB ",
        _date(g, _dob(g, 1985, 2004), "dd/mm/yyyy", dob=True),
        ", ",
        g.ident("nhs"),
        "\n",
    )
    b("Address: ", *one_line(a), "\n\n")
    b(
        "Seen at home with partner ",
        g.name(partner, "first"),
        " and sibling ",
        g.name(sib, "first"),
        " (",
        str(g.rng.randrange(2, 8)),
        "). ",
    )
    b(
        "Feeding: ",
        g.pick(("breast, good latch", "bottle, 90 ml 3-hourly", "mixed")),
        ". Weight ",
        f"{g.rng.randrange(28, 45) / 10:.1f}",
        " kg. ",
    )
    b(
        "Discharged by community midwife ",
        g.name(mw, g.pick(("full", "first"))),
        ". EPDS ",
        str(g.rng.randrange(2, 14)),
        ".\n",
    )
    b("Next contact 6–8 wks. Mum's mobile ", g.phone(loc, ext=0), ".\n")


@T("clinical_note")
def t6_physio_discharge_letter(g: Gen, b: Builder) -> None:
    """A physiotherapy discharge letter to the GP: hospital number and date of birth in the header,
    the patient's employer and staff number for the occupational health copy, a carer named, the
    physiotherapist's signature."""
    loc = g.pick(("en_GB", "en_AU", "en_IE", "en_GB"))
    pt, gp, physio, carer = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    b("Dear Dr ", g.name(gp, "last"), ",\n\n")
    b(
        "Re: ",
        g.name(pt, "full"),
        ", DOB ",
        _date(g, _dob(g, 1950, 1995), "dd/mm/yyyy", dob=True),
        ", hosp. no. ",
        _id(g.fill("@%######")),
        "\n",
    )
    b(*one_line(a), "\n\n")
    b(
        "I saw ",
        g.name(pt, "first"),
        " for ",
        str(g.rng.randrange(4, 12)),
        " sessions following ",
        g.pick(("ACL reconstruction", "rotator cuff repair", "lumbar discectomy", "ankle ORIF")),
        ". ",
    )
    b(
        "Range and strength are now functional. ",
        "She" if pt.female else "He",
        " returns to work at ",
        g.org(loc),
        " next week",
    )
    b(" (staff no. ", _id(g.fill("%#####")), "; copy to occupational health with consent). ")
    b(
        g.name(carer, "first"),
        ", ",
        "her" if pt.female else "his",
        " ",
        g.pick(("partner", "mother", "son")),
        ", has been helping with the home exercise programme.\n\n",
    )
    b(
        "Discharged from physiotherapy. Yours sincerely,\n\n",
        g.name(physio, "full"),
        "\nHCPC ",
        _id(g.fill("PH######")),
        "\n",
    )
