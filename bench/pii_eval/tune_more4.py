"""Tuning templates by a fourth independent author, eight per shape, in genres the other tune files do
not use. Transcripts: carrier voicemail ASR with spoken numbers and addresses, Android WhatsApp party
groups with phone-number senders, Signal chats whose names are ordinary words ("will", "rose", "mo"),
live-chat widget exports with visitor metadata, insurance call-centre ASR under QA review (spoken date
of birth, postcode, card), dating-app matches, code-switched family chats (Spanish, Portuguese, Italian,
Polish, Hinglish) and marketplace buyer/seller chats. International contacts: Brazilian and Portuguese
wedding guest lists (Rua X, 37 - Bairro, RECIFE - PE), South-East Asian parcel manifests (Brgy., Purok,
Jl., RT/RW, Kel., Kec., Soi, Moo, Tambon, Amphoe, Phường, Quận), consulate visa rosters for Egypt,
Israel, Pakistan and Bangladesh, Austrian/Swiss hotel registration forms for Eastern European guests,
Shopify-style CSV order exports (Romania, Croatia, Slovakia, the Baltics, Bulgaria, Serbia), WooCommerce
JSON orders (Nordics, Iceland, Benelux), mailing-label sheets (Eircodes, Australia Post capitals, NZ
rural delivery) and a semicolon badge print file. Clinical: veterinary consults (owner is PII, the pet
is not), dental charts, care-home daily notes, prescriptions in French/Spanish/Italian/German, antenatal
booking, travel-clinic records, occupational-health reports, dictated letters as raw ASR. E-mail:
forwarded signatures in seven languages, stacked bilingual auto-replies naming deputies, expense-claim
disputes, school pick-up authorisations, delayed-baggage claims, letting-agent repairs, mailing-list
digests, gym cancellations. HR: Spanish and Brazilian CVs, Polish/Dutch/Italian CVs with local labels,
mileage expense claims, employment-tribunal judgments, disciplinary invitations, right-to-work checks,
a German Personalfragebogen. Forms: school enrolment, county-court orders, site visitor registers, Gift
Aid declarations with sponsor sheets, private car-sale contracts, European accident statements,
resident parking permits, change-of-occupier utility forms."""

from __future__ import annotations

import json
from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, piece_text, upper
from bench.pii_eval.places import CITIES, address, block, lines, one_line
from bench.pii_eval.values import LOCALES, Gen, Person, ascii_fold, fmt_date

T = Registry()

# ---------------------------------------------------------------- shared helpers

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
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
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDS = (
    "",
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
)
_LETTERS_NATO = {
    "a": "alpha",
    "b": "bravo",
    "c": "charlie",
    "d": "delta",
    "e": "echo",
    "f": "foxtrot",
    "g": "golf",
    "h": "hotel",
    "i": "india",
    "j": "juliet",
    "k": "kilo",
    "l": "lima",
    "m": "mike",
    "n": "november",
    "o": "oscar",
    "p": "papa",
    "q": "quebec",
    "r": "romeo",
    "s": "sierra",
    "t": "tango",
    "u": "uniform",
    "v": "victor",
    "w": "whiskey",
    "x": "x-ray",
    "y": "yankee",
    "z": "zulu",
}


def _words(n: int) -> str:
    """0..9999 in English words, British "and": 342 -> "three hundred and forty two"."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + (f" {_UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{_UNITS[n // 100]} hundred" + (f" and {_words(rest)}" if rest else "")
    rest = n % 1000
    return f"{_UNITS[n // 1000]} thousand" + (
        f" {'and ' if rest < 100 else ''}{_words(rest)}" if rest else ""
    )


def _ord_words(n: int) -> str:
    if n < 20:
        return _ORDS[n]
    if n % 10 == 0:
        return _TENS[n // 10][:-1] + "ieth"
    return f"{_TENS[n // 10]} {_ORDS[n % 10]}"


def _year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + (f" and {_UNITS[y % 10]}" if y % 10 else "")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{_words(hi)} hundred"
    return f"{_words(hi)} " + (f"oh {_UNITS[lo]}" if lo < 10 else _words(lo))


def _house_words(g: Gen, n: int) -> str:
    """A house number as people say it: 42 -> "forty two", 112 -> "one twelve" or "a hundred and twelve"."""
    if n < 100 or g.chance(0.4):
        return _words(n)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return _words(n)
    return f"{_UNITS[hi]} " + (f"oh {_UNITS[lo]}" if lo < 10 else _words(lo))


def _spoken_date(g: Gen, d: date, year: bool = True) -> str:
    month = _MONTHS[d.month - 1]
    text = g.pick(
        (
            f"{_ord_words(d.day)} of {month}",
            f"{month} {_ord_words(d.day)}",
            f"{month} the {_ord_words(d.day)}",
        )
    )
    return f"{text} {_year_words(d.year)}" if year else text


def _spoken_digits(g: Gen, text: str, zero: str | None = None) -> str:
    """A number read out digit by digit: groups kept, doubles and triples said as such, 0 as "oh"."""
    zero = zero or g.pick(("oh", "oh", "zero"))
    say = {str(i): _UNITS[i] for i in range(10)} | {"0": zero}
    out: list[str] = []
    for group in text.replace("-", " ").replace(".", " ").replace("(", " ").replace(")", " ").split():
        words: list[str] = []
        if group.startswith("+"):
            words.append("plus")
            group = group[1:]
        i = 0
        while i < len(group):
            ch = group[i]
            if not ch.isdigit():
                words.append(ch.lower())
                i += 1
                continue
            run = 1
            while i + run < len(group) and group[i + run] == ch and run < 3:
                run += 1
            if run == 3 and g.chance(0.6):
                words.append(f"triple {say[ch]}")
            elif run >= 2 and g.chance(0.7):
                words.append(f"double {say[ch]}")
                run = 2
            else:
                words.append(say[ch])
                run = 1
            i += run
        out.append(" ".join(words))
    return g.pick((" ", ", ", " ")).join(out)


def _spoken_letters(g: Gen, text: str, nato: bool = False) -> str:
    """A postcode or reference read out: letters one by one (or in the NATO alphabet), digits as words."""
    out = []
    for ch in text.lower():
        if ch.isdigit():
            out.append(_UNITS[int(ch)])
        elif ch.isalpha():
            out.append(f"{ch} for {_LETTERS_NATO[ch]}" if nato and g.chance(0.3) else ch)
        elif ch == " ":
            out.append("")
    return " ".join(x for x in out if x)


def _spelled(g: Gen, name: str) -> str:
    """A surname spelt out on the phone: "k o w a l s k i" or "k-o-w-a-l-s-k-i"."""
    letters = [c for c in ascii_fold(name).lower() if c.isalpha()]
    return g.pick((" ", "-", " ")).join(letters)


def _spoken_email(g: Gen, email: str) -> str:
    local, domain = email.lower().split("@")

    def say(s: str) -> str:
        return (
            s.replace(".", " dot ")
            .replace("_", " underscore ")
            .replace("-", " dash ")
            .replace("  ", " ")
            .strip()
        )

    local = (
        " ".join(_UNITS[int(c)] if c.isdigit() else c for c in say(local).split(" "))
        if g.chance(0.3)
        else say(local)
    )
    return f"{local} at {say(domain)}"


def _digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _hm(m: int, secs: int | None = None) -> str:
    out = f"{m // 60 % 24:02d}:{m % 60:02d}"
    return out if secs is None else f"{out}:{secs:02d}"


def _clocks(g: Gen, n: int, m0: int = 8 * 60, m1: int = 22 * 60) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _dob_day(g: Gen) -> date:
    return g.day(1935, 2004)


def _dob(g: Gen, style: str | None = None, d: date | None = None) -> Ent:
    return g.date(d or _dob_day(g), style, dob=True)


def _years(today: date, born: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _culture(g: Gen, culture: str, female: bool | None = None) -> Person:
    fem, male, lasts = outside_names.culture(culture)
    if female is None:
        female = g.chance(0.5) if fem and male else bool(fem)
    firsts = (fem if female else male) or fem or male
    return Person(g.pick(firsts), g.pick(lasts), g.pick(firsts), female, "en_US")


def _fperson(g: Gen, loc: str, female: bool | None = None) -> Person:
    """A person from a Faker locale outside LOCALES (names only; no address logic)."""
    f = g.fake(loc)
    female = g.chance(0.5) if female is None else female
    first = f.first_name_female() if female else f.first_name_male()
    last = f.last_name_female() if female else f.last_name_male()
    middle = f.first_name_female() if female else f.first_name_male()
    return Person(first, last, middle, female, loc)


def _fold(text: str) -> str:
    """ASCII for an e-mail local part (values.ascii_fold keeps no capital Đ: "Đorđević" -> "ordevic")."""
    return ascii_fold(
        text.replace("Đ", "D")
        .replace("Ø", "O")
        .replace("Æ", "Ae")
        .replace("Þ", "Th")
        .replace("þ", "th")
        .replace("ð", "d")
    )


def _mail(g: Gen, p: Person, domain: str | None = None) -> Ent:
    first, last = (_fold(x).lower().replace(" ", "").replace("'", "") for x in (p.first, p.last))
    local = g.pick(
        (f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{first}_{last}", f"{last}.{first}")
    )
    if g.chance(0.2):
        local += str(g.rng.randrange(1, 99))
    return ent(
        f"{local}@{domain or g.pick(('gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'))}",
        "EMAIL_ADDRESS",
    )


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _jent(e: Ent) -> Ent:
    return Ent(_json(e.text), e.entity, e.tier)


def _csv_cell(piece) -> list:
    """A CSV cell: quoted when its text holds a comma or a quote (the quotes stay outside the span)."""
    text = piece_text(piece)
    if "," in text or '"' in text:
        return ['"', piece, '"']
    return [piece]


def _row(b: Builder, cells: list, sep: str = ",") -> None:
    out: list = []
    for i, cell in enumerate(cells):
        out += [sep] * bool(i) + (_csv_cell(cell) if sep == "," else [cell])
    b(*out, "\n")


def _money(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rng.randrange(lo, hi)}.{g.rng.randrange(100):02d}"


def _town(g: Gen, loc: str) -> Ent:
    choice = g.pick(CITIES[loc])
    return ent(choice[0] if isinstance(choice, tuple) else choice, "CITY")


def _street_name(g: Gen, loc: str) -> str:
    f = g.fake(loc)
    if loc.startswith("en") and g.chance(0.5):
        return g.pick(
            (
                "Elm Street",
                "Oak Road",
                "Church Lane",
                "Victoria Road",
                "Maple Avenue",
                "Mill Lane",
                "Park Drive",
                "Station Road",
                "Cedar Close",
                "Willow Way",
                "Hillside Crescent",
                "Kingsway",
            )
        )
    return f.street_name()


# Names that are ordinary English words or short foreign first names, as people type them in chat.
_WORD_NAMES = (
    ("will", False),
    ("bill", False),
    ("mark", False),
    ("jack", False),
    ("frank", False),
    ("ray", False),
    ("art", False),
    ("drew", False),
    ("chase", False),
    ("guy", False),
    ("rob", False),
    ("don", False),
    ("bruce", False),
    ("rose", True),
    ("grace", True),
    ("hope", True),
    ("faith", True),
    ("joy", True),
    ("ivy", True),
    ("holly", True),
    ("dawn", True),
    ("summer", True),
    ("april", True),
    ("june", True),
    ("ruby", True),
    ("amber", True),
    ("daisy", True),
    ("sue", True),
    ("pat", True),
    ("iris", True),
)
_SHORT_NAMES = (
    "san",
    "mo",
    "ali",
    "jo",
    "kim",
    "lee",
    "max",
    "ash",
    "bo",
    "jay",
    "kit",
    "sol",
    "noor",
    "an",
    "thu",
    "min",
    "wei",
    "raj",
    "dev",
    "ravi",
    "yuki",
    "ken",
    "pia",
    "ida",
    "eli",
    "ola",
    "ada",
    "zé",
    "giò",
    "lu",
)


def _casual_name(g: Gen) -> Ent:
    """A first name as typed in a casual chat: a word-name, a short foreign name or a lowercase first name."""
    r = g.rng.random()
    if r < 0.4:
        return ent(g.pick(_WORD_NAMES)[0], "PERSON")
    if r < 0.7:
        return ent(g.pick(_SHORT_NAMES), "PERSON")
    p = (
        g.person()
        if g.chance(0.6)
        else _culture(g, g.pick(("Indian", "Korean", "Yoruba", "Polish", "Filipino")))
    )
    return ent(p.first.lower(), "PERSON")


def _nick(p: Person) -> str:
    first = ascii_fold(p.first.split()[0].split("-")[0]).lower()
    return first[:4] if len(first) > 5 else first[:3] if len(first) > 3 else first


def _handle(g: Gen, p: Person) -> Ent:
    first, last = (
        ascii_fold(x).lower().replace(" ", "").replace("'", "").replace("-", "") for x in (p.first, p.last)
    )
    return ent(
        g.pick(
            (
                f"{first}.{last}",
                f"{first}_{last[:3]}",
                f"{first}{last[0]}{g.rng.randrange(10, 99)}",
                f"its{first}",
            )
        ),
        "PERSON",
    )


# ---------------------------------------------------------------- chat transcripts

_ENGLISH = ("en_GB", "en_US", "en_IE", "en_AU", "en_CA")


def _gb_postcode(g: Gen) -> str:
    return g.fake("en_GB").postcode()


@T("chat_transcript")
def t4_carrier_voicemail_asr(g: Gen, b: Builder) -> None:
    """A carrier's voicemail-to-text e-mails: lowercase ASR without punctuation, numbers, dates and
    addresses spoken ("forty two elm street", "oh seven seven double oh ..."), gold on the spoken text."""
    loc = g.pick(_ENGLISH)
    owner = g.person(loc)
    head = g.rng.randrange(3)
    if head == 0:
        b("Voicemail to text — mailbox ", g.phone(loc, ext=0), "\n")
    elif head == 1:
        b("VVM transcripts for ", g.name(owner, g.pick(("full", "UPPER"))), " (", g.phone(loc, ext=0), ")\n")
    else:
        b("Hi ", g.name(owner, "first"), ", you have new voicemail. Transcripts below.\n")
    b("\n")
    kinds = g.rng.sample(range(6), g.rng.randrange(3, 5))
    for k, m in zip(kinds, _clocks(g, len(kinds)), strict=True):
        caller = g.person(loc)
        b(
            g.pick(("From: ", "Caller: ", "")),
            g.phone(loc, ext=0) if g.chance(0.7) else "Private number",
            f"   {g.pick(vocab.WEEKDAYS)[:3]} {_hm(m)}   "
            f"{g.rng.randrange(0, 2)}:{g.rng.randrange(5, 59):02d}\n",
        )
        b(g.pick(("transcript: ", "Transcription (beta): ", "> ")))
        num = g.rng.randrange(1, 260)
        street = ent(f"{_house_words(g, num)} {_street_name(g, loc).lower()}", "STREET_ADDRESS")
        raw = g.phone(loc, ext=0).text
        phone = ent(_spoken_digits(g, raw), "PHONE_NUMBER")
        if k == 0:
            b(
                "hiya it's ",
                g.name(caller, "first_lower"),
                " from the ",
                g.pick(("garage", "plumbers", "letting agents", "scaffolders")),
                " just to say i'm outside ",
                street,
                " now and no one's answering ",
                g.pick(("i'll wait ten minutes", "i'll try again tomorrow", "gonna leave a card")),
                " you can get me on ",
                phone,
                " ta bye",
            )
        elif k == 1:
            born = _dob_day(g)
            b(
                "good morning this message is for ",
                g.name(owner, "lower"),
                " date of birth ",
                ent(_spoken_date(g, born), "DATE", dob=True),
                " it's ",
                g.name(caller, "first_lower"),
                " calling from the surgery about your results nothing to worry about please ring us back on ",
                phone,
                " thank you",
            )
        elif k == 2:
            pc = _gb_postcode(g) if loc in ("en_GB", "en_IE") else g.fill("#####")
            b(
                "hey it's ",
                _casual_name(g),
                " so the party's at ",
                street,
                " postcode is " if loc in ("en_GB", "en_IE") else " zip is ",
                ent(_spoken_letters(g, pc), "ZIP_CODE"),
                " bring a bottle and tell ",
                _casual_name(g),
                " to bring the speaker ok see you",
            )
        elif k == 3:
            b(
                "yeah hi it's ",
                g.name(caller, "full").lower(),
                " ",
            )
            if g.chance(0.5):
                b("from number ", ent(_house_words(g, num), "STREET_ADDRESS"), " your mum's neighbour")
            else:
                b(g.pick(("the guy from football", "from the school run", "from the pub quiz")))
            b(
                " um my new number is ",
                phone,
            )
            if g.chance(0.5):
                b(" i'll say that again ", ent(_spoken_digits(g, raw), "PHONE_NUMBER"))
            b(" ")
            b(
                "save it under ",
                g.name(caller, "first_lower"),
                " cheers",
            )
        elif k == 4:
            b(
                "this is ",
                g.name(caller, "first_lower"),
                " with ",
                g.pick(("the courier", "parcel force", "your delivery")),
                " i've got a parcel for ",
                g.name(owner, g.pick(("lower", "first_lower"))),
                " at ",
                g.pick(("flat ", "apartment ", "unit ")),
                ent(f"{_words(g.rng.randrange(1, 40))} {street.text}", "STREET_ADDRESS"),
                " i'll leave it with ",
                g.pick(("next door", "the concierge", "the shop downstairs")),
                " call ",
                phone,
                " if that's a problem",
            )
        else:
            b(
                "hi ",
                g.name(owner, "first_lower"),
                " it's ",
                _casual_name(g),
                " ",
                g.pick(("call me back when you can", "ring me back", "give us a bell")),
                " i've lost your address is it still ",
                street,
                " or did you move ",
                g.pick(("bye", "love you bye", "ok talk later")),
            )
        b("\n", g.pick(("", "Transcription confidence: low\n", "Reply CALL to ring back\n")), "\n")


@T("chat_transcript")
def t4_whatsapp_android_party(g: Gen, b: Builder) -> None:
    """An Android WhatsApp export of a party-planning group: unsaved members appear as phone numbers,
    saved ones by nickname; lowercase, no punctuation, the address given in pieces."""
    loc = g.pick(("en_GB", "en_GB", "en_US", "en_IE", "en_AU", "en_CA"))
    host = g.person(loc)
    a = address(g, loc)
    d = g.day()
    style = "dd/mm/yyyy" if loc != "en_US" else g.pick(("m/d/yy", "mm/dd/yyyy"))
    ms = iter(_clocks(g, 24, 9 * 60, 23 * 60))
    host_tag = ent(g.pick((host.first, f"{host.first} {host.last}", _nick(host).capitalize())), "PERSON")
    friends = [g.person(loc) for _ in range(2)]
    saved = [
        ent(g.pick((f.first, _nick(f).capitalize(), f"{f.first} {f.last[0]}")), "PERSON") for f in friends
    ]
    emoji = [g.pick(("", " 🌸", " ⚽", " 🐝", " ✨")) for _ in friends]
    unsaved = [g.phone(loc, ext=0) for _ in range(2)]

    def ts() -> tuple:
        return (g.date(d, style), ", ", _hm(next(ms)), " - ")

    def say(who, *text) -> None:
        b(*ts(), *who, ": ", *text, "\n")

    b(
        *ts(),
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
        "can read or listen to them. Tap to learn more.\n",
    )
    b(
        *ts(),
        host_tag,
        ' created group "',
        ent(host.first, "PERSON"),
        g.pick(("'s 30th 🎉", "'s leaving do", "'s housewarming 🏠")),
        '"\n',
    )
    b(*ts(), host_tag, " added ", saved[0], ", ", saved[1], ", ", unsaved[0], "\n")
    b(*ts(), unsaved[1], " joined using this group's invite link\n")
    say((host_tag,), "ok so its ", filler.weekday(g).lower(), " from 8 at mine")
    say(
        (host_tag,),
        lower(a.street),
        g.pick((f" buzz flat {g.rng.randrange(1, 9)}", " top bell", " the blue door", "")),
    )
    if a.zip is not None and loc != "en_US":
        say((host_tag,), "postcode for ubers ", lower(a.zip) if g.chance(0.5) else a.zip)
    else:
        say(
            (host_tag,),
            "its in ",
            lower(a.city),
            " near the ",
            g.pick(("big tesco", "station", "park", "high school")),
        )
    say((unsaved[0],), "hiya this is ", _casual_name(g), " from work x can i bring ", _casual_name(g))
    say((host_tag,), "yesss ofc")
    say((saved[0], emoji[0]), "whos got ", _casual_name(g), "s number shes not in here")
    say((unsaved[1],), "<Media omitted>")
    say(
        (unsaved[1],),
        "sorry wrong chat lol im ",
        g.name(g.person(loc), "first_lower"),
        " btw ",
        lower(_casual_name(g)),
        " added me",
    )
    say(
        (saved[1], emoji[1]),
        "is there parking on ",
        lower(ent(_street_name(g, loc), "STREET_ADDRESS")),
        " or shall i get the train from ",
        lower(_town(g, loc)),
    )
    say(
        (host_tag,),
        "train is easier tbh. if u get lost ring me ",
        g.phone(loc, ext=0) if g.chance(0.5) else ent(_digits_of(g.phone(loc, ext=0).text), "PHONE_NUMBER"),
    )
    say((saved[0], emoji[0]), "This message was deleted")
    say((saved[0], emoji[0]), "whos doing the cake ", g.name(friends[1], "first_lower"), " ??")
    say((saved[1], emoji[1]), "me and ", _casual_name(g), " 🎂")


# A word-name with a sentence that also uses the word in its ordinary sense ({} is where the name goes).
_NAME_AND_WORD = (
    ("will", "{} said he will sort it this week"),
    ("bill", "{} still hasnt paid his half of the gas bill"),
    ("mark", "mark my words {} is gonna be late again"),
    ("jack", "{} says theres a jack in the boot if u need it"),
    ("frank", "to be frank {} was a bit rude"),
    ("ray", "{} was a ray of sunshine today tbh"),
    ("art", "{} is doing the art class on thursdays now"),
    ("drew", "{} drew the short straw so hes driving"),
    ("chase", "can {} chase the landlord about the deposit"),
    ("guy", "{} said the delivery guy never came"),
    ("rob", "{} reckons we should rob a bank lol"),
    ("rose", "{} planted a rose bush by the front door"),
    ("grace", "{} got a grace period on the rent"),
    ("hope", "i hope {} is ok after the op"),
    ("faith", "{} has lost all faith in the 42 bus"),
    ("joy", "no joy with the council, {} tried too"),
    ("ivy", "{} wants the ivy off the back wall"),
    ("holly", "{} made a holly wreath for the door"),
    ("dawn", "{} was up at dawn for the flight"),
    ("summer", "{} is moving this summer"),
    ("april", "{} is back in april"),
    ("june", "{} said the wedding is in june"),
    ("ruby", "{}s parents have their ruby anniversary"),
    ("amber", "{} says theres an amber warning for wind"),
    ("daisy", "{} was fresh as a daisy this morning"),
    ("sue", "{} wants to sue the airline"),
    ("pat", "{} deserves a pat on the back honestly"),
    ("bruce", "talked to {} he said the flat is still free"),
)


@T("chat_transcript")
def t4_signal_word_names(g: Gen, b: Builder) -> None:
    """A Signal chat exported as markdown between two friends: lowercase gossip in which first names
    are ordinary words ("will said he will", "ask mo"), a number saved under a short foreign name."""
    loc = g.pick(_ENGLISH)
    me, them = g.person(loc), g.person(loc)
    d = g.day()
    b("# Signal · ", g.name(them, g.pick(("full", "first"))), "\n")
    b(
        "exported ",
        g.date(d + timedelta(days=g.rng.randrange(1, 40)), "iso"),
        " · ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    ms = iter(_clocks(g, 12))
    who = [g.name(me, "first_lower") if g.chance(0.5) else "me", g.name(them, "first_lower")]
    day = g.date(d, "iso")

    def say(i: int, *text) -> None:
        b("[", day, f" {_hm(next(ms))}] **", who[i], "**: ", *text, "\n")

    picks = g.rng.sample(_NAME_AND_WORD, 4)
    short = g.rng.sample(_SHORT_NAMES, 3)
    parts = [(ent(n, "PERSON"), sentence.split("{}")) for n, sentence in picks]

    def pun(k: int) -> tuple:
        name, (pre, post) = parts[k]
        return (pre, name, post)

    say(1, "omg ", *pun(0))
    say(0, "lol classic. ", *pun(1))
    say(1, "ask ", ent(short[0], "PERSON"), " if he still has the van we need it sat")
    say(
        0,
        "btw ",
        ent(short[1], "PERSON"),
        " has a new number its ",
        ent(_digits_of(g.phone(loc, ext=0).text), "PHONE_NUMBER"),
    )
    say(1, "whos ", ent(short[1], "PERSON"), " again")
    say(0, "the one from ", g.pick(("yoga", "work", "uni", "the pub quiz")), " 🙄 ", *pun(2))
    street = ent(f"{g.rng.randrange(1, 120)} {_street_name(g, loc)}", "STREET_ADDRESS")
    say(1, "ok so saturday at ", lower(street), " yeah?")
    say(0, "yep. ", *pun(3))
    say(1, "and tell ", ent(short[2], "PERSON"), " to bring the speaker")
    say(0, "will do")
    say(1, "👍 ", g.pick(("night", "ttyl", "x", "ok cool")))


@T("chat_transcript")
def t4_livechat_widget_export(g: Gen, b: Builder) -> None:
    """A web-shop live-chat transcript e-mailed from the widget: visitor metadata (IP, geolocated town),
    agent names, a transfer, the customer typing the new address and number in bits."""
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_IE", "en_CA", "nl_NL", "de_DE", "sv_SE"))
    cust, agent, agent2 = g.person(loc), g.person(), g.person()
    old, new = address(g, loc), address(g, loc)
    d = g.day(2019, 2025)
    m0 = g.rng.randrange(8 * 60, 21 * 60)
    secs = sorted(g.rng.sample(range(0, 900), 16))

    def stamp(k: int) -> str:
        return f"[{_hm(m0 + secs[k] // 60, secs[k] % 60)}] "

    guest = g.chance(0.3)
    b(g.pick(("Chat transcript", "Your conversation with us", "LiveChat transcript #" + g.digits(5))), "\n")
    b(
        "Visitor: ",
        f"Guest {g.digits(4)}" if guest else g.name(cust, g.pick(("full", "first", "lower"))),
        "\n",
    )
    b("E-mail: ", g.email(cust), "\n")
    b(
        "Started: ",
        g.date(d, "iso"),
        f" {_hm(m0, 0)} (UTC{g.pick(('+00:00', '+01:00', '-05:00', '+10:00'))})\n",
    )
    b("IP: ", g.ip(), "   Location: ", old.city, ", ", old.country, "\n")
    b(
        "Browser: ",
        g.pick(
            (
                "Chrome 124 / Windows 10",
                "Safari / iOS 17.4",
                "Firefox 125 / Ubuntu",
                "Samsung Internet / Android 14",
            )
        ),
        "\n",
    )
    ag = ent(f"{agent.first} {agent.last[0]}.", "PERSON") if g.chance(0.5) else g.name(agent, "first")
    ag2 = g.name(agent2, "first")
    b(
        "Agents: ",
        ag,
        ", ",
        ag2,
        "\nTags: ",
        g.pick(("address-change, refund", "wismo", "delivery, escalated")),
        "\n\n",
    )
    me = "Visitor" if guest else g.name(cust, "first")
    k = iter(range(16))

    def line(who, *text) -> None:
        b(stamp(next(k)), who, ": ", *text, "\n")

    line(ag, "Hi there 👋 you're chatting with ", g.name(agent, "first"), ". How can I help today?")
    line(me, "hi my parcel is going to my old address")
    line(me, "i moved last month")
    line(ag, "Sorry about that! Can I take the order number and the postcode on the order?")
    line(me, g.ref("ticket", "#" + g.digits(7)), " and ", lower(old.zip) if g.chance(0.5) else old.zip)
    line(
        ag,
        "Thanks",
        "" if guest else ", ",
        "" if guest else g.name(cust, "first"),
        ". I can see it's going to ",
        old.street,
        ". What's the right address?",
    )
    line(me, lower(new.street) if g.chance(0.6) else new.street)
    line(me, lower(new.city), " ", new.zip)
    line(ag, "Got it ✔ And a mobile number for the courier?")
    digits = _digits_of(g.phone(loc, ext=0).text)
    cut = g.rng.randrange(3, len(digits) - 3)
    line(me, ent(digits[:cut], "PHONE_NUMBER"))
    line(me, ent(digits[cut:], "PHONE_NUMBER"), " sorry hit enter")
    b(stamp(next(k)), "System: ", ag, " transferred the chat to ", ag2, " (Billing)\n")
    line(
        ag2,
        "Hi! ",
        g.name(agent2, "first"),
        " from billing here. I've refunded the delivery charge to the card ending ",
        g.ref("ticket", g.digits(4)),
        ".",
    )
    line(me, "ty ", g.name(agent2, "first_lower"), " and thank ", g.name(agent, "first_lower"), " for me")
    b(stamp(next(k)), "System: Visitor left the chat.\n")
    b(
        "\nRating: ",
        g.pick(("👍 Good", "👎 Bad", "not rated")),
        g.pick(("", f' — "{g.pick(("quick", "helpful", "took ages"))}"')),
        "\n",
    )


@T("chat_transcript")
def t4_callcentre_asr_qa(g: Gen, b: Builder) -> None:
    """A call-centre QA review of an insurance claim call: lowercase speech-to-text with the surname
    spelt out, the date of birth, postcode, phone, e-mail and card number all spoken."""
    loc = g.pick(("en_GB", "en_GB", "en_US", "en_IE", "en_AU"))
    cust, agent, qa = g.person(loc), g.person(loc), g.person(loc)
    org = g.pick(("Harbour Mutual", "Northgate Insurance", "BrightCover", "Keystone Home & Motor"))
    d = g.day(2020, 2025)
    born = _dob_day(g)
    a = address(g, loc)
    num = g.rng.randrange(1, 300)
    b("QA EVALUATION — ", ent(org, "ORGANIZATION"), " claims line\n")
    b(
        "Call ID: ",
        g.ref("ticket", g.fill("CL-########")),
        "   Date: ",
        g.date(d, g.pick(("dd/mm/yyyy", "iso", "d Mon yyyy"))),
        "\n",
    )
    b(
        "Agent: ",
        g.name(agent, g.pick(("full", "last_first"))),
        f" (team {g.pick(('B2', 'Motor 3', 'Home 1'))})   Evaluator: ",
        g.name(qa, "full"),
        "\n",
    )
    score = g.rng.randrange(55, 98)
    b(f"Score: {score}/100   Result: {'PASS' if score >= 70 else 'FAIL'}\n\n")
    b("--- transcript (auto, unredacted) ---\n")
    t = sorted(g.rng.sample(range(5, 600), 18))
    k = iter(t)

    def say(who: str, *text) -> None:
        s = next(k)
        b(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} {who}: ", *text, "\n")

    say(
        "agent",
        "good afternoon you're through to ",
        lower(ent(org, "ORGANIZATION")),
        " claims my name's ",
        g.name(agent, "first_lower"),
        " can i take your full name please",
    )
    say("customer", "yeah it's ", g.name(cust, "lower"))
    say("agent", "thank you could you spell the surname for me")
    say("customer", ent(_spelled(g, cust.last), "PERSON"))
    say("agent", "lovely and your date of birth")
    say("customer", g.pick(("it's ", "", "erm ")), ent(_spoken_date(g, born), "DATE", dob=True))
    say("agent", "and the first line of the address and the ", "postcode" if loc != "en_US" else "zip code")
    zip_spoken = (
        _spoken_letters(g, a.zip.text, nato=True)
        if a.zip is not None
        else _words(g.rng.randrange(1000, 9999))
    )
    say(
        "customer",
        ent(f"{_house_words(g, num)} {_street_name(g, loc).lower()}", "STREET_ADDRESS"),
        " ",
        ent(zip_spoken, "ZIP_CODE"),
    )
    raw_old, raw_new = g.phone(loc, ext=0).text, g.phone(loc, ext=0).text
    say("agent", "thanks and is ", ent(_spoken_digits(g, raw_old), "PHONE_NUMBER"), " still the best number")
    say("customer", "no it's ", ent(_spoken_digits(g, raw_new), "PHONE_NUMBER"), " now")
    say("agent", "and an email address")
    say("customer", ent(_spoken_email(g, _mail(g, cust).text), "EMAIL_ADDRESS"))
    say("agent", "ok to pay the excess today i'll need the long number on the card")
    card = g.card().text
    say(
        "customer",
        ent(_spoken_digits(g, card, zero="zero"), "CREDIT_CARD"),
        " expiry ",
        g.pick(("oh four twenty seven", "twelve twenty six", "oh nine twenty eight")),
    )
    say(
        "agent",
        "thank you ",
        g.pick(("mrs ", "ms ")) if cust.female else "mr ",
        g.name(cust, "last").lower(),
        " your claim reference is ",
        g.ref("ticket", _spoken_letters(g, g.fill("@@####"))),
    )
    say("customer", "brilliant thanks ", g.name(agent, "first_lower"))
    b("--- end ---\n\n")
    b("Evaluator notes:\n")
    b("- ID&V: name ✔ DOB ✔ address ✔ (", a.zip if a.zip is not None else "zip", " confirmed)\n")
    b(
        "- Agent read the old number back in full (",
        ent(raw_old, "PHONE_NUMBER"),
        ") — coach: confirm last 3 digits only.\n",
    )
    b(
        "- PCI: card number taken verbally and captured in the transcript. Should have used the "
        "pay-by-phone IVR. Raised to ",
        g.name(g.person(loc), "full"),
        " (compliance).\n",
    )
    b(
        "- Tone good; ",
        g.pick(("used customer's name twice", "rushed the close", "no hold etiquette issues")),
        ".\n",
    )


@T("chat_transcript")
def t4_dating_app_chat(g: Gen, b: Builder) -> None:
    """A dating-app conversation copied out of the app: a match's first name and age, nickname,
    neighbourhood, workplace, Instagram handle, phone and surname traded in lowercase."""
    loc = g.pick(("en_GB", "en_US", "en_AU", "en_CA", "en_IE", "de_DE", "nl_NL", "es_ES", "pl_PL"))
    me, them = g.person(loc), g.person(loc)
    age_n = g.rng.randrange(22, 44)
    app = g.pick(("Hinge", "Bumble", "Tinder", "Feeld"))
    b(app, " · Match with ", g.name(them, "first"), ", ", ent(str(age_n), "AGE"), "\n")
    b(
        g.pick(('They liked your photo · "', 'You liked their prompt · "')),
        g.pick(("Two truths and a lie", "My simple pleasures", "Typical Sunday", "I'm weirdly attracted to")),
        '"\n\n',
    )
    days = iter(sorted(g.rng.sample(range(0, 7 * 24 * 60), 18)))
    name_them = g.name(them, "first")

    def say(mine: bool, *text) -> None:
        m = next(days)
        b(
            "You" if mine else name_them,
            f"  ·  {vocab.WEEKDAYS[m // 1440][:3]} {_hm(m % 1440)}\n",
            *text,
            "\n\n",
        )

    say(True, "ok that prompt answer was elite")
    say(
        False,
        "haha thank u. im ",
        g.name(them, "first_lower"),
        " btw but literally everyone calls me ",
        ent(_nick(them), "PERSON"),
    )
    say(True, g.name(me, "first_lower"), " 👋 where abouts are u")
    say(
        False,
        lower(_town(g, loc)),
        " now but i grew up in ",
        lower(_town(g, g.pick(LOCALES))),
        " so dont judge my accent",
    )
    say(True, "what do u do")
    work = g.hospital() if g.chance(0.5) else g.org(loc)
    say(False, g.pick(("nurse at ", "i work at ", "admin at ", "physio at ")), work, " it's fine lol. u?")
    say(True, g.pick(vocab.JOB_TITLES).lower(), " which is less fun than it sounds")
    say(False, "my insta is @", _handle(g, them), " if u want proof im not a catfish")
    say(True, "followed. my friend ", _casual_name(g), " says ur out of my league")
    say(False, "😂 tell ", _casual_name(g), " i said thanks")
    say(
        False,
        "fyi the app says ",
        ent(str(age_n), "AGE"),
        " but im actually ",
        ent(str(age_n + 1), "AGE"),
        " lol it wont let me change it",
    )
    say(True, "drinks thursday? theres a nice place on ", lower(ent(_street_name(g, loc), "STREET_ADDRESS")))
    say(False, "yes!! text me instead i never check this app")
    say(
        False,
        ent(_digits_of(g.phone(loc, ext=0).text), "PHONE_NUMBER") if g.chance(0.6) else g.phone(loc, ext=0),
    )
    say(True, "saved. last name? so i can check ur not a serial killer")
    say(
        False,
        "lol its ",
        g.name(them, "last").lower(),
        " google away. meet outside ",
        lower(ent(f"{g.rng.randrange(1, 200)} {_street_name(g, loc)}", "STREET_ADDRESS")),
        " at 8?",
    )
    say(True, "perfect see u then")


# Brazil: (city, UF, neighbourhoods, CEP pattern, DDD)
_BR_PLACES = (
    ("Recife", "PE", ("Boa Viagem", "Casa Forte", "Espinheiro", "Graças", "Madalena"), "5####-###", "81"),
    ("Salvador", "BA", ("Barra", "Pituba", "Rio Vermelho", "Itaigara"), "4####-###", "71"),
    ("Fortaleza", "CE", ("Aldeota", "Meireles", "Cocó", "Benfica"), "60###-###", "85"),
    ("São Paulo", "SP", ("Pinheiros", "Vila Madalena", "Moema", "Tatuapé", "Perdizes"), "0####-###", "11"),
    ("Belo Horizonte", "MG", ("Savassi", "Funcionários", "Lourdes", "Sion"), "30###-###", "31"),
    ("Curitiba", "PR", ("Batel", "Água Verde", "Juvevê", "Bigorrilho"), "8####-###", "41"),
    ("Porto Alegre", "RS", ("Moinhos de Vento", "Menino Deus", "Petrópolis"), "9####-###", "51"),
    ("Goiânia", "GO", ("Setor Bueno", "Setor Marista", "Jardim Goiás"), "74###-###", "62"),
    ("Natal", "RN", ("Ponta Negra", "Tirol", "Petrópolis"), "59###-###", "84"),
    ("João Pessoa", "PB", ("Manaíra", "Tambaú", "Cabo Branco"), "58###-###", "83"),
    ("Campinas", "SP", ("Cambuí", "Taquaral", "Barão Geraldo"), "13###-###", "19"),
    ("Olinda", "PE", ("Carmo", "Bairro Novo", "Casa Caiada"), "53###-###", "81"),
)
_BR_STREETS = (
    "Rua Padre Carapuceiro",
    "Av. Boa Viagem",
    "Rua dos Navegantes",
    "Rua Amélia",
    "Rua Oscar Freire",
    "Av. Sete de Setembro",
    "Rua Harmonia",
    "Rua Teixeira de Freitas",
    "Rua Ernesto de Paula Santos",
    "Av. Rui Barbosa",
    "Travessa São José",
    "Rua Conselheiro Portela",
)


def _br_address(g: Gen) -> tuple[Ent, Ent, Ent, Ent, Ent, str]:
    """(street with number and complement, bairro, city, UF, CEP, DDD)."""
    city, uf, bairros, cep, ddd = g.pick(_BR_PLACES)
    name = g.pick(_BR_STREETS) if g.chance(0.6) else g.fake("pt_BR").street_name()
    num = g.rng.randrange(12, 2400)
    comp = g.pick(
        (
            "",
            "",
            f", apto {g.rng.randrange(11, 1204)}",
            f" apt. {g.rng.randrange(101, 904)}",
            ", casa 2",
            f", bloco B, ap {g.rng.randrange(11, 99)}",
        )
    )
    return (
        ent(f"{name}, {num}{comp}", "STREET_ADDRESS"),
        ent(g.pick(bairros), "CITY"),
        ent(city, "CITY"),
        ent(uf, "STATE_OR_COUNTRY"),
        ent(g.fill(cep), "ZIP_CODE"),
        ddd,
    )


def _br_phone(g: Gen, ddd: str) -> Ent:
    return ent(
        g.fill(
            g.pick((f"({ddd}) 9####-####", f"+55 {ddd} 9####-####", f"{ddd} 9########", f"({ddd}) 3###-####"))
        ),
        "PHONE_NUMBER",
    )


# Code-switched family chats: per language, nicknames and (nominative, inflected) name forms.
_PL_FORMS = (
    ("Kasia", "Kasię", "Kasiu"),
    ("Gosia", "Gosię", "Gosiu"),
    ("Ania", "Anię", "Aniu"),
    ("Basia", "Basię", "Basiu"),
    ("Zosia", "Zosię", "Zosiu"),
    ("Tomek", "Tomka", "Tomku"),
    ("Marek", "Marka", "Marku"),
    ("Staszek", "Staszka", "Staszku"),
    ("Jurek", "Jurka", "Jurku"),
    ("Wojtek", "Wojtka", "Wojtku"),
)
_NICKS = {
    "es": ("Pepe", "Paco", "Lupe", "Chuy", "Nacho", "Maite", "Toño", "Charo", "Memo", "Quique"),
    "pt": ("Zé", "Dudu", "Nando", "Bia", "Juju", "Malu", "Tião", "Guto", "Lulu", "Fafá"),
    "it": ("Giò", "Fra", "Ale", "Vale", "Pippo", "Peppe", "Nino", "Titti", "Lella", "Gigi"),
    "hi": ("Pinky", "Bunty", "Guddu", "Sonu", "Monu", "Chintu", "Dolly", "Babloo", "Tinku", "Rinku"),
}
_IN_TOWNS = (
    ("Sector 15", "Noida", "201301"),
    ("Lajpat Nagar II", "New Delhi", "110024"),
    ("Kothrud", "Pune", "411038"),
    ("Jayanagar 4th Block", "Bengaluru", "560011"),
    ("Salt Lake", "Kolkata", "700064"),
    ("Civil Lines", "Jaipur", "302006"),
    ("Model Town", "Ludhiana", "141002"),
)


@T("chat_transcript")
def t4_codeswitch_family_chat(g: Gen, b: Builder) -> None:
    """A diaspora family group chat that switches between English and Spanish, Portuguese, Italian,
    Polish or Hindi (Latin script): nicknames, inflected names ("zapytaj Kasię"), aunts and uncles,
    a home address typed casually, numbers and a Pix key."""
    lang = g.pick(("es", "pt", "it", "pl", "hi"))
    d = g.day()
    ms = iter(_clocks(g, 12, 7 * 60, 23 * 60))
    if lang == "es":
        ppl = [g.person("es_ES") if g.chance(0.6) else _culture(g, "Latin American") for _ in range(3)]
    elif lang == "pt":
        ppl = [g.person("pt_BR") for _ in range(3)]
    elif lang == "it":
        ppl = [g.person("it_IT") for _ in range(3)]
    elif lang == "pl":
        ppl = [g.person("pl_PL") for _ in range(3)]
    else:
        ppl = [_culture(g, "Indian") for _ in range(3)]
    tags = [
        ent(g.pick((p.first, f"{p.first} {p.last}", f"{p.first} {p.last.split()[-1][0]}.")), "PERSON")
        for p in ppl
    ]
    group = {
        "es": "Familia 🇲🇽🇺🇸",
        "pt": "Família Brasil-UK 💚",
        "it": "Famiglia ❤️🇮🇹",
        "pl": "Rodzinka 🇵🇱",
        "hi": "Family ❤️ (no forwards pls)",
    }[lang]
    b(group, "\n")

    def stamp() -> tuple:
        return (f"[{d:%d/%m/%y}, {_hm(next(ms), g.rng.randrange(60))}] ",)

    def say(i: int, *text) -> None:
        b(*stamp(), tags[i], ": ", *text, "\n")

    nick = ent(g.pick(_NICKS.get(lang, ("Kasia",))), "PERSON") if lang != "pl" else None
    if lang == "es":
        a = address(g, "es_ES") if g.chance(0.5) else address(g, "en_US")
        say(0, "oye ", g.name(ppl[1], "first_lower"), " ya llegaste?? the traffic on the 405 is insane")
        say(1, "casi! estoy en el exit de ", lower(a.city))
        say(
            0,
            "mi tía ",
            ent(g.fake("es_ES").first_name_female(), "PERSON"),
            " dice que la fiesta es en su casa, ",
            lower(a.street),
            " 🎉",
        )
        say(2, "mándame el número de ", nick, " porfa, i lost my phone")
        say(0, "es ", g.phone("es_ES", ext=0) if g.chance(0.5) else g.phone("en_US", ext=0))
        say(1, "ok pero who's bringing the tamales? ", g.name(ppl[2], "first_lower"), " you said you would")
        say(2, "sí sí ya sé 🙄 also ", _casual_name(g), " no va a poder, tiene work")
        say(0, "ay no. dile a ", nick, " que traiga las sillas")
    elif lang == "pt":
        street, bairro, city, uf, cep, ddd = _br_address(g)
        say(0, "gente o endereço da festa é ", lower(street), " (", bairro, "), ", city, " - ", uf)
        say(0, "cep ", cep, " pro uber")
        say(1, "the flight lands at 6 vou direto pra lá")
        say(2, "manda pro ", nick, " tb ele tá perdido kkkk")
        say(1, "alguém tem o número da tia ", ent(g.fake("pt_BR").first_name_female(), "PERSON"), "?")
        say(0, _br_phone(g, ddd), " é whatsapp")
        say(
            2,
            "e o pix pra vaquinha? meu pix é ",
            g.email(ppl[2]) if g.chance(0.5) else g.ident("national", "pt_BR"),
        )
        say(1, "mandei 💸 obrigada ", g.name(ppl[2], "first_lower"), " love u")
    elif lang == "it":
        a = address(g, "it_IT")
        say(0, "chiedi a ", nick, " se viene sabato, abita ancora in ", lower(a.street), "?")
        say(1, "no si è trasferito a ", a.city, " ma the train is like 20 min")
        say(2, "ok but la nonna wants everyone at 1 sharp, non fate tardi")
        say(
            0,
            "il numero di zia ",
            ent(g.fake("it_IT").first_name_female(), "PERSON"),
            " è ",
            g.phone("it_IT", ext=0),
        )
        say(1, "grazie. ", g.name(ppl[0], "first_lower"), " porti tu il tiramisù??")
        say(0, "sì sì. tell ", _casual_name(g), " to bring the wine per favore")
        say(2, "fatto ✅ cap per il navigatore: ", a.zip)
    elif lang == "pl":
        nom, acc, voc = g.pick(_PL_FORMS)
        nom2, acc2, voc2 = g.pick(_PL_FORMS)
        a = address(g, "pl_PL")
        say(0, "zapytaj ", ent(acc, "PERSON"), " czy przyjdzie, she's in ", a.city, " this weekend")
        say(1, ent(voc, "PERSON"), " przyjdziesz?? 😅")
        say(2, "tak!! adres: ", a.street, ", ", a.zip, " ", a.city)
        say(0, "numer do wujka ", ent(acc2 if nom2.endswith("ek") else nom2, "PERSON"), "? mama pyta")
        say(1, g.phone("pl_PL", ext=0), " ale he never picks up lol")
        say(2, "ok ", ent(voc2, "PERSON"), " przywieź pierogi pls, i'm bringing the cake")
        say(
            0,
            g.name(ppl[1], "first_lower"),
            " możesz odebrać ",
            _casual_name(g),
            " z lotniska? lands at 14:20",
        )
    else:
        area, city, pin = g.pick(_IN_TOWNS)
        house = g.pick(("H.No. ", "House ", "Flat ", "")) + str(g.rng.randrange(1, 400))
        house += g.pick(("", "-B", ", 2nd floor"))
        say(0, "bhaiya ka number kya hai? ", nick, " uncle ne manga hai")
        say(
            1,
            ent(g.fill(g.pick(("+91 98### #####", "9#########", "+91-7#########"))), "PHONE_NUMBER"),
            " yeh wala",
        )
        say(
            2,
            g.name(_culture(g, "Indian"), "first_lower"),
            " ki shaadi ",
            g.date(d + timedelta(days=g.rng.randrange(10, 90)), g.pick(("d Month", "dd/mm/yyyy", "Mon dth"))),
            " ko hai, sab log aa rahe ho na?",
        )
        say(0, "haan yaar. venue ka address bhejo")
        say(
            2,
            ent(house, "STREET_ADDRESS"),
            ", ",
            ent(area, "CITY"),
            ", ",
            ent(city, "CITY"),
            " ",
            ent(pin, "ZIP_CODE"),
        )
        say(
            1,
            "mummy keh rahi hai ",
            g.name(_culture(g, "Indian", female=True), "first"),
            " aunty ko bhi invite karo",
        )
        say(0, "ok ok. ", _casual_name(g), " se bolo cab book kare from the airport")


@T("chat_transcript")
def t4_marketplace_chat(g: Gen, b: Builder) -> None:
    """A second-hand marketplace conversation (Facebook Marketplace, Gumtree, Vinted, Kijiji, Craigslist
    relay): pickup address, a partner who will collect, phone and payment handles typed in passing."""
    loc = g.pick(("en_US", "en_GB", "en_CA", "en_AU", "en_IE"))
    seller, buyer = g.person(loc), g.person(loc)
    a = address(g, loc)
    site = {
        "en_US": "Marketplace",
        "en_GB": "Gumtree",
        "en_CA": "Kijiji",
        "en_AU": "Marketplace",
        "en_IE": "DoneDeal",
    }[loc]
    item = g.pick(
        (
            "IKEA Hemnes dresser",
            "kids bike 16in",
            "Dyson V8 (spares/repairs)",
            "sofa bed, grey",
            "PS4 + 2 controllers",
            "Singer sewing machine",
        )
    )
    price = g.rng.randrange(15, 250)
    b(site, " · ", item, f" · {'£' if loc in ('en_GB', 'en_IE') else '$'}{price}\n")
    b("Conversation with ", g.name(seller, g.pick(("full", "first"))), "\n\n")
    ms = iter(_clocks(g, 14))
    me = g.name(buyer, "first")

    def say(mine: bool, *text) -> None:
        b(f"{_hm(next(ms))}  ", me if mine else g.name(seller, "first"), ": ", *text, "\n")

    say(True, "Hi, is this still available?")
    say(False, "yes still available")
    say(True, f"would you take {price - g.rng.randrange(5, 15)}? can collect today")
    say(False, "go on then. im at ", lower(a.street), *((" ", lower(a.city)) if g.chance(0.5) else ()))
    say(False, "its the house with the ", g.pick(("green door", "caravan outside", "big hedge", "blue car")))
    partner = g.person(loc)
    say(
        True,
        "great my ",
        g.pick(("husband ", "wife ", "partner ", "brother ", "son ")),
        g.name(partner, "first_lower"),
        " will pick it up about 6, hes got a van",
    )
    say(False, "no worries. whats his number in case im out")
    say(
        True,
        ent(_digits_of(g.phone(loc, ext=0).text), "PHONE_NUMBER") if g.chance(0.6) else g.phone(loc, ext=0),
    )
    if loc == "en_US":
        say(True, "can i venmo you? im @", _handle(g, buyer))
        say(False, "cash or venmo both fine, mines @", _handle(g, seller))
    else:
        say(True, "can i pay by bank transfer?")
        say(False, "paypal is easier ", g.email(seller))
    say(
        False,
        "if i'm not in my neighbour ",
        _casual_name(g),
        " at number ",
        ent(str(g.rng.randrange(1, 200)), "STREET_ADDRESS"),
        " has the key",
    )
    say(True, "perfect thanks ", g.name(seller, "first_lower"))
    say(False, "👍")
    if g.chance(0.5):
        b("\nRate your experience with ", g.name(seller, "first"), " ★★★★☆\n")
    else:
        b("\n", g.pick(("Marked as sold", "Item collected", "This listing has ended")), "\n")


# ---------------------------------------------------------------- international contacts

_PT_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
_PT_PLACES = (
    ("Lisboa", "1###-###"),
    ("Porto", "4###-###"),
    ("Braga", "47##-###"),
    ("Coimbra", "30##-###"),
    ("Faro", "80##-###"),
    ("Aveiro", "38##-###"),
    ("Funchal", "9###-###"),
    ("Vila Nova de Gaia", "44##-###"),
)


def _pt_person(g: Gen) -> Person:
    p = _fperson(g, "pt_PT")
    return Person(
        p.first,
        f"{g.fake('pt_PT').last_name()} {p.last}" if g.chance(0.6) else p.last,
        p.middle,
        p.female,
        "pt_PT",
    )


@T("intl_contacts")
def t4_casamento_convidados(g: Gen, b: Builder) -> None:
    """A Brazilian wedding guest list with envelope addresses (Rua X, 37 - Bairro / RECIFE - PE / CEP),
    some lines in capitals, and the Portuguese side of the family (4050-174 Porto)."""
    g.multi = True
    bride, groom = g.person("pt_BR", female=True), g.person("pt_BR", female=False)
    wedding = g.day(2022, 2026)
    b("LISTA DE CONVIDADOS — Casamento ", g.name(bride, "first"), " & ", g.name(groom, "first"), " — ")
    if g.chance(0.5):
        b(g.date(wedding, "dd/mm/yyyy"), "\n")
    else:
        b(ent(f"{wedding.day} de {_PT_MONTHS[wedding.month - 1]} de {wedding.year}", "DATE"), "\n")
    b(
        g.pick(("(envelopes: letra de forma, Correios carta registrada)", "(RSVP até 30 dias antes)", "")),
        "\n\n",
    )
    caps = g.chance(0.4)
    for i in range(g.rng.randrange(4, 7)):
        mesa = g.rng.randrange(1, 18)
        b(f"{i + 1:>2}. [Mesa {mesa}] ")
        if g.chance(0.7):
            p = g.person("pt_BR")
            title = (
                g.pick(("Sra. ", "Dra. ", "") if p.female else ("Sr. ", "Dr. ", "")) if g.chance(0.5) else ""
            )
            name = g.name(p, g.pick(("full", "UPPER")))
            b(title, upper(name) if caps else name)
            if g.chance(0.4):
                tail = g.rng.randrange(4)
                if tail == 3:
                    b(" e ", g.name(g.person("pt_BR", female=not p.female), "first"))
                else:
                    b((" e Sr." if p.female else " e Sra.", " e família", " + 1")[tail])
            b("\n")
            street, bairro, city, uf, cep, ddd = _br_address(g)
            line1 = (street, " - ", bairro) if g.chance(0.7) else (street, "\n     ", bairro)
            b("     ", upper(line1) if caps else line1, "\n")
            b("     ", upper(city) if caps or g.chance(0.3) else city, g.pick((" - ", "/", " – ")), uf, "\n")
            b("     CEP ", cep, "\n")
            b(
                "     ",
                _br_phone(g, ddd),
                g.pick(("  RSVP: sim", "  RSVP: não", "  RSVP: ?", "  confirmado (2)")),
                "\n",
            )
        else:
            p = _pt_person(g)
            city, pc = g.pick(_PT_PLACES)
            floor = g.pick(
                (
                    "",
                    f", {g.rng.randrange(1, 9)}.º Esq.",
                    f", {g.rng.randrange(1, 9)}.º Dto.",
                    ", r/c Esq.",
                    f", {g.rng.randrange(1, 6)}.º D",
                )
            )
            street = ent(
                f"{g.fake('pt_PT').street_name()}, {g.rng.randrange(1, 300)}{floor}", "STREET_ADDRESS"
            )
            name = ent(f"{p.first} {p.last}", "PERSON")
            b(
                g.pick(("Exmo. Sr. ", "Exma. Sra. ", "")) if g.chance(0.4) else "",
                upper(name) if caps else name,
                "  (família de Portugal)\n",
            )
            b("     ", upper(street) if caps else street, "\n")
            b("     ", ent(g.fill(pc), "ZIP_CODE"), " ", ent(city.upper() if caps else city, "CITY"), "\n")
            b("     ", ent("PORTUGAL" if caps else "Portugal", "STATE_OR_COUNTRY"), "\n")
            b(
                "     ",
                ent(g.fill(g.pick(("+351 9## ### ###", "+351 21# ### ###", "9## ### ###"))), "PHONE_NUMBER"),
                "\n",
            )
        b("\n")
    b(
        "Total confirmados: ",
        str(g.rng.randrange(80, 260)),
        " — falta ligar para ",
        g.name(g.person("pt_BR"), "first"),
        " e ",
        g.name(g.person("pt_BR"), "first"),
        ".\n",
    )


# South-East Asia, built by hand (Faker's addresses there are thin or in native script).
_PH_PLACES = (
    ("San Isidro", "Antipolo City", "Rizal", "1870"),
    ("Poblacion", "Makati City", "Metro Manila", "1210"),
    ("Bagong Silang", "Caloocan City", "Metro Manila", "1428"),
    ("Lahug", "Cebu City", "Cebu", "6000"),
    ("Talamban", "Cebu City", "Cebu", "6000"),
    ("Buhangin", "Davao City", "Davao del Sur", "8000"),
    ("Mandalagan", "Bacolod City", "Negros Occidental", "6100"),
    ("Concepcion Uno", "Marikina City", "Metro Manila", "1807"),
    ("Salitran II", "Dasmariñas", "Cavite", "4114"),
    ("Balibago", "Angeles City", "Pampanga", "2009"),
)
_PH_STREETS = (
    "Mabini St.",
    "Rizal Ave.",
    "Bonifacio St.",
    "A. Luna St.",
    "Aguinaldo Hwy.",
    "Sampaguita St.",
    "Narra St.",
)
_PH_SUBDIV = (
    "Greenwoods Subd.",
    "Villa Verde Homes",
    "Camella Homes",
    "BF Resort Village",
    "Sta. Lucia Village",
)
_PH_FIRST = (
    ("Maria Luisa", True),
    ("Ma. Theresa", True),
    ("Jocelyn", True),
    ("Rowena", True),
    ("Jose Mari", False),
    ("Rodel", False),
    ("Reynaldo", False),
    ("Jun", False),
)
_PH_LAST = (
    "Dela Cruz",
    "Reyes",
    "Santos",
    "Bautista",
    "Villanueva",
    "Mendoza",
    "Castillo",
    "De Guzman",
    "Pascual",
)
_ID_PLACES = (
    ("Cempaka Putih Timur", "Cempaka Putih", "Jakarta Pusat", "DKI Jakarta", "10510"),
    ("Tebet Barat", "Tebet", "Jakarta Selatan", "DKI Jakarta", "12810"),
    ("Kebon Jeruk", "Kebon Jeruk", "Jakarta Barat", "DKI Jakarta", "11530"),
    ("Sukagalih", "Sukajadi", "Bandung", "Jawa Barat", "40163"),
    ("Airlangga", "Gubeng", "Surabaya", "Jawa Timur", "60286"),
    ("Caturtunggal", "Depok", "Kab. Sleman", "DI Yogyakarta", "55281"),
    ("Kuta", "Kuta", "Kab. Badung", "Bali", "80361"),
    ("Petisah Tengah", "Medan Petisah", "Medan", "Sumatera Utara", "20112"),
)
_ID_STREETS = (
    "Melati",
    "Kenanga",
    "Merdeka",
    "Jend. Sudirman",
    "Gatot Subroto",
    "Pahlawan",
    "Diponegoro",
    "Raya Bogor",
)
_ID_NAMES = (
    ("Agus", "Setiawan", False),
    ("Dewi", "Lestari", True),
    ("Siti", "Rahmawati", True),
    ("Budi", "Santoso", False),
    ("Rina", "Wulandari", True),
    ("Eko", "Prasetyo", False),
    ("Sri", "Wahyuni", True),
    ("Made", "Sudarsana", False),
    ("Putu Ayu", "Lestari", True),
    ("Hendra", "Gunawan", False),
)
_TH_PLACES = (
    ("Khlong Toei Nuea", "Watthana", "Bangkok", "10110", True),
    ("Lat Yao", "Chatuchak", "Bangkok", "10900", True),
    ("Bang Chak", "Phra Khanong", "Bangkok", "10260", True),
    ("Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200", False),
    ("Nong Prue", "Bang Lamung", "Chon Buri", "20150", False),
    ("Nai Mueang", "Mueang Khon Kaen", "Khon Kaen", "40000", False),
    ("Patong", "Kathu", "Phuket", "83150", False),
    ("Hat Yai", "Hat Yai", "Songkhla", "90110", False),
)
_TH_SOI = ("Sukhumvit 71", "Ladprao 15", "Ari 4", "Nimman 9", "Phahonyothin 7", "3", "Ban Suan")
_TH_NAMES = (
    ("Somchai", "Jaidee", False, "Lek"),
    ("Siriporn", "Thongchai", True, "Noi"),
    ("Nattapong", "Srisuk", False, "Golf"),
    ("Kanokwan", "Boonmee", True, "Ploy"),
    ("Wichai", "Saelim", False, "Beer"),
    ("Pimchanok", "Rattanakorn", True, "Bee"),
    ("Anucha", "Kaewmanee", False, "Tum"),
    ("Chutima", "Phromma", True, "Nok"),
)
_VN_PLACES = (
    ("Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh", "700000"),
    ("Phường 7", "Quận 3", "TP. Hồ Chí Minh", "700000"),
    ("Phường 25", "Quận Bình Thạnh", "TP.HCM", "700000"),
    ("Phường Phạm Đình Hổ", "Quận Hai Bà Trưng", "Hà Nội", "100000"),
    ("Phường Dịch Vọng", "Quận Cầu Giấy", "Hà Nội", "100000"),
    ("Phường Thạch Thang", "Quận Hải Châu", "Đà Nẵng", "550000"),
)
_VN_STREETS = (
    "Phố Huế",
    "Đường Lê Văn Sỹ",
    "Đường Nguyễn Trãi",
    "Đường Trần Hưng Đạo",
    "Phố Xuân Thủy",
    "Đường Lê Duẩn",
)
_VN_NAMES = (
    ("Nguyễn Văn An", False),
    ("Trần Thị Hoa", True),
    ("Lê Minh Tuấn", False),
    ("Phạm Thu Trang", True),
    ("Hoàng Đức Anh", False),
    ("Võ Thị Ngọc Hân", True),
    ("Đặng Quốc Bảo", False),
    ("Bùi Thị Mai", True),
)


def _sea_consignee(g: Gen, country: str, fold: bool) -> tuple[Ent, list, Ent, Ent]:
    """(name, [address pieces], country, phone) for PH / ID / TH / VN; `fold` drops diacritics."""
    f = (lambda s: ascii_fold(s.replace("Đ", "D"))) if fold else (lambda s: s)
    if country == "PH":
        brgy, city, prov, zip_ = g.pick(_PH_PLACES)
        first, _ = g.pick(_PH_FIRST)
        last = g.pick(_PH_LAST) if g.chance(0.7) else g.pick(outside_names.culture("Filipino")[2])
        name = ent(
            g.pick((f"{first} {last}", f"{last.upper()}, {first}", f"{first} {g.pick('ABCDGMRS')}. {last}")),
            "PERSON",
        )
        if g.chance(0.5):
            street = f"Blk {g.rng.randrange(1, 40)} Lot {g.rng.randrange(1, 60)}, {g.pick(_PH_SUBDIV)}"
        else:
            street = f"{g.rng.randrange(1, 999)} {g.pick(_PH_STREETS)}"
        if g.chance(0.4):
            street += f", Purok {g.rng.randrange(1, 8)}"
        addr = [
            ent(street, "STREET_ADDRESS"),
            ", ",
            g.pick(("Brgy. ", "Bgy. ", "Barangay ")),
            ent(brgy, "CITY"),
            ", ",
            ent(city, "CITY"),
            ", ",
            ent(prov, "STATE_OR_COUNTRY"),
            " ",
            ent(zip_, "ZIP_CODE"),
        ]
        phone = g.fill(g.pick(("+63 9## ### ####", "09## ### ####", "0917-###-####", "(02) 8###-####")))
        return (
            name,
            addr,
            ent(g.pick(("Philippines", "PH", "PHILIPPINES")), "STATE_OR_COUNTRY"),
            ent(phone, "PHONE_NUMBER"),
        )
    if country == "ID":
        kel, kec, city, prov, zip_ = g.pick(_ID_PLACES)
        first, last, _ = g.pick(_ID_NAMES)
        name = ent(
            g.pick(
                (
                    f"{first} {last}",
                    first if " " not in first else f"{first} {last}",
                    f"{first.upper()} {last.upper()}",
                )
            ),
            "PERSON",
        )
        rt = g.pick(
            (
                f"RT {g.rng.randrange(1, 15):03d}/RW {g.rng.randrange(1, 12):03d}",
                f"RT.{g.rng.randrange(1, 15):02d} RW.{g.rng.randrange(1, 12):02d}",
                f"RT 0{g.rng.randrange(1, 10)} / RW 0{g.rng.randrange(1, 10)}",
            )
        )
        gang = f", Gg. {g.pick(('Mawar', 'Kelinci', 'Masjid', 'H. Naim'))}" if g.chance(0.3) else ""
        street = (
            f"Jl. {g.pick(_ID_STREETS)}{gang} No. {g.rng.randrange(1, 200)}{g.pick(('', 'A', 'B'))}, {rt}"
        )
        addr = [
            ent(street, "STREET_ADDRESS"),
            ", Kel. ",
            ent(kel, "CITY"),
            ", Kec. ",
            ent(kec, "CITY"),
            ", ",
            ent(city, "CITY"),
            ", ",
            ent(prov, "STATE_OR_COUNTRY"),
            " ",
            ent(zip_, "ZIP_CODE"),
        ]
        phone = g.fill(g.pick(("+62 8##-####-####", "08## #### ####", "+62 21 ### ####", "08##########")))
        return (
            name,
            addr,
            ent(g.pick(("Indonesia", "ID", "INDONESIA")), "STATE_OR_COUNTRY"),
            ent(phone, "PHONE_NUMBER"),
        )
    if country == "TH":
        tambon, amphoe, prov, zip_, bkk = g.pick(_TH_PLACES)
        first, last, _, nick = g.pick(_TH_NAMES)
        name = ent(
            g.pick((f"{first} {last}", f"{first} {last} ({nick})", f"{first.upper()} {last.upper()}")),
            "PERSON",
        )
        if bkk:
            street = f"{g.rng.randrange(1, 400)}/{g.rng.randrange(1, 90)} Soi {g.pick(_TH_SOI)}" + g.pick(
                ("", ", Sukhumvit Road", ", Phahonyothin Road")
            )
            addr = [
                ent(street, "STREET_ADDRESS"),
                ", Khwaeng ",
                ent(tambon, "CITY"),
                ", Khet ",
                ent(amphoe, "CITY"),
                ", ",
                ent(prov, "CITY"),
                " ",
                ent(zip_, "ZIP_CODE"),
            ]
        else:
            street = f"{g.rng.randrange(1, 300)}/{g.rng.randrange(1, 40)} Moo {g.rng.randrange(1, 15)}" + (
                f", Soi {g.pick(_TH_SOI)}" if g.chance(0.5) else ""
            )
            addr = [
                ent(street, "STREET_ADDRESS"),
                ", Tambon ",
                ent(tambon, "CITY"),
                ", Amphoe ",
                ent(amphoe, "CITY"),
                ", ",
                ent(prov, "STATE_OR_COUNTRY"),
                " ",
                ent(zip_, "ZIP_CODE"),
            ]
        phone = g.fill(g.pick(("+66 8# ### ####", "08#-###-####", "+66 2 ### ####", "09#-###-####")))
        return (
            name,
            addr,
            ent(g.pick(("Thailand", "TH", "THAILAND")), "STATE_OR_COUNTRY"),
            ent(phone, "PHONE_NUMBER"),
        )
    ward, dist, city, zip_ = g.pick(_VN_PLACES)
    full, _ = g.pick(_VN_NAMES)
    name = ent(f(full).upper() if g.chance(0.3) else f(full), "PERSON")
    if g.chance(0.5):
        street = f"Số {g.rng.randrange(1, 200)} Ngõ {g.rng.randrange(2, 120)} {g.pick(_VN_STREETS)}"
    else:
        street = f"{g.rng.randrange(1, 300)}/{g.rng.randrange(1, 40)} {g.pick(_VN_STREETS)}"
    addr = [
        ent(f(street), "STREET_ADDRESS"),
        ", ",
        ent(f(ward), "CITY"),
        ", ",
        ent(f(dist), "CITY"),
        ", ",
        ent(f(city), "CITY"),
    ]
    if g.chance(0.4):
        addr += [" ", ent(zip_, "ZIP_CODE")]
    phone = g.fill(g.pick(("+84 9# ### ####", "09## ### ###", "+84 28 #### ####", "03## ### ###")))
    return (
        name,
        addr,
        ent(g.pick(("Vietnam", "VN", "VIETNAM", "Việt Nam" if not fold else "Viet Nam")), "STATE_OR_COUNTRY"),
        ent(phone, "PHONE_NUMBER"),
    )


@T("intl_contacts")
def t4_sea_parcel_manifest(g: Gen, b: Builder) -> None:
    """A balikbayan-box / parcel forwarder's manifest from the US, UK, Canada or Australia to the
    Philippines, Indonesia, Thailand and Vietnam: CSV or a capitals print-out, local address words."""
    g.multi = True
    origin = g.pick(("en_US", "en_GB", "en_CA", "en_AU"))
    caps = g.chance(0.35)
    csv = g.chance(0.5)
    b(
        g.pick(("LBC Express", "Forex Cargo", "Atlas Door-to-Door", "SEA Parcel Link")),
        " — manifest ",
        g.ref("ticket", g.fill("MNF-20##-####")),
        "  vessel/flight ",
        g.fill("@@ ####"),
        "\n",
    )
    if csv:
        b("hawb,shipper,shipper_phone,consignee,consignee_address,country,consignee_phone,contents,kg\n")
    for _ in range(g.rng.randrange(4, 8)):
        shipper = g.person(origin)
        country = g.pick(("PH", "PH", "ID", "TH", "VN"))
        name, addr, ctry, phone = _sea_consignee(g, country, fold=g.chance(0.5))
        sname = g.name(shipper, g.pick(("full", "LAST_FIRST")))
        sphone = g.phone(origin, ext=0)
        contents = g.pick(
            (
                "canned goods, clothes",
                "toys; shoes",
                "chocolates & toiletries",
                "used clothing",
                "rice cooker, linens",
            )
        )
        kg = f"{g.rng.randrange(8, 60)}.{g.rng.randrange(10)}"
        hawb = g.ref("ticket", g.fill("BB#######"))
        if caps:
            sname, name, addr, ctry = upper(sname), upper(name), upper(tuple(addr)), upper(ctry)
        if csv:
            _row(b, [hawb, sname, sphone, name, tuple(addr), ctry, phone, contents, kg])
        else:
            b(hawb, "  SHIPPER: ", sname, "  ", sphone, "\n")
            b(
                "           CONSIGNEE: ",
                name,
                "\n           ",
                *addr,
                "\n           ",
                ctry,
                "  TEL ",
                phone,
                "\n",
            )
            b(f"           {contents.upper() if caps else contents}  {kg} kg\n")
    b(
        "\n",
        g.pick(
            (
                "Duty-free under RA 10863 (PH) where applicable.",
                "Consignee must present ID on delivery.",
                "Boxes not collected in 30 days are returned.",
            )
        ),
        "\n",
    )


# Egypt, Israel, Pakistan, Bangladesh: (street pattern, district or "", city, postcode pattern)
_MENA_SA = {
    "EG": (
        (
            ("%# Shehab St.", "Mohandessin", "Giza", "12411"),
            ("Apt %#, %# El Nozha St.", "Heliopolis", "Cairo", "11361"),
            ("%# Road 9", "Maadi", "Cairo", "11431"),
            ("Villa %##, Fifth Settlement", "New Cairo", "Cairo", "11835"),
            ("%# Fouad St.", "Raml Station", "Alexandria", "21519"),
            ("%# Gamal Abdel Nasser St.", "Smouha", "Alexandria", "21648"),
        ),
        ("+20 10 #### ####", "010########", "+20 2 #### ####", "012 #### ####"),
        ("Mohamed", "Ahmed", "Omar", "Mostafa", "Karim", "Mina"),
        ("Aya", "Nour", "Mariam", "Yasmin", "Salma", "Marina"),
        ("Hassan", "El-Sayed", "Abdelrahman", "Farouk", "Shenouda", "Mansour", "Abdel Aziz", "Ibrahim"),
        "A########",
        "Egypt",
    ),
    "IL": (
        (
            ("Rehov Herzl %#", "", "Tel Aviv-Yafo", "65#####"),
            ("HaNeviim St %#", "", "Jerusalem", "95#####"),
            ("Derech Hebron %#, Apt %", "", "Jerusalem", "93#####"),
            ("Sderot Rothschild %#, Apt %#", "", "Tel Aviv-Yafo", "66#####"),
            ("Rehov HaGalil %#", "", "Haifa", "33#####"),
            ("Ahad Ha'Am %#", "", "Be'er Sheva", "84#####"),
        ),
        ("+972 5#-###-####", "05#-#######", "03-###-####", "+972 2-###-####"),
        ("Itai", "Avi", "Omer", "Yossi", "Noam", "Rami"),
        ("Yael", "Noa", "Shira", "Tamar", "Maya", "Rana"),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Friedman", "Biton", "Shapiro", "Dahan", "Khoury"),
        "########",
        "Israel",
    ),
    "PK": (
        (
            ("House No. %#, Street %#, F-8/3", "", "Islamabad", "44000"),
            ("Flat %#, Block 13-D", "Gulshan-e-Iqbal", "Karachi", "75300"),
            ("%#-B", "Model Town", "Lahore", "54700"),
            ("House %##, Street %#, G-11/2", "", "Islamabad", "44000"),
            ("%# Canal View Society", "", "Lahore", "53700"),
            ("House %##, Mohallah Qazi Abad", "", "Peshawar", "25000"),
        ),
        ("+92 3## #######", "03##-#######", "(042) 3#######", "+92 51 #######"),
        ("Muhammad Ali", "Usman", "Bilal", "Hamza", "Zulfiqar", "Waqas"),
        ("Ayesha", "Fatima", "Hira", "Sana", "Mahnoor", "Faiza"),
        ("Khan", "Siddiqui", "Qureshi", "Chaudhry", "Tariq", "Nadeem", "Janjua", "Abbasi"),
        "@@#######",
        "Pakistan",
    ),
    "BD": (
        (
            ("House %#, Road %#", "Banani", "Dhaka", "1213"),
            ("Flat B%, House %#, Road %#", "Dhanmondi", "Dhaka", "1205"),
            ("House %#, Road %#, Sector %", "Uttara", "Dhaka", "1230"),
            ("%#/A Agrabad C/A", "", "Chattogram", "4100"),
            ("Holding %##, Zindabazar", "", "Sylhet", "3100"),
        ),
        ("+880 1###-######", "01###-######", "+880 2-9######", "01#########"),
        ("Md. Rafiqul", "Tanvir", "Md. Kamrul", "Shafiqul", "Arif", "Mostafizur"),
        ("Nusrat", "Farhana", "Sharmin", "Taslima", "Rokeya", "Tahmina"),
        ("Islam", "Ahmed", "Akter", "Hossain", "Sultana", "Hasan", "Talukder", "Bhuiyan"),
        "@@#######",
        "Bangladesh",
    ),
}


def _msa_person(g: Gen, cc: str) -> tuple[str, str, str, bool]:
    """(given names, surname, father's name, female) for EG / IL / PK / BD."""
    _, _, male, fem, lasts, _, _ = _MENA_SA[cc]
    female = g.chance(0.5)
    given = g.pick(fem if female else male)
    father = f"{g.pick(male)} {g.pick(lasts)}"
    return given, g.pick(lasts), father, female


def _msa_address(g: Gen, cc: str) -> list:
    places = _MENA_SA[cc][0]
    street, district, city, post = g.pick(places)
    out: list = [ent(g.fill(street), "STREET_ADDRESS"), ", "]
    if district:
        out += [ent(district, "CITY"), ", "]
    if cc == "IL":
        out += [ent(city, "CITY"), " ", ent(g.fill(post), "ZIP_CODE")]
    elif cc in ("PK", "BD"):
        out += [ent(city, "CITY"), g.pick(("-", " - ", " ")), ent(post, "ZIP_CODE")]
    else:
        out += [ent(city, "CITY"), " ", ent(post, "ZIP_CODE")] if g.chance(0.6) else [ent(city, "CITY")]
    return out


def _msa_national_id(g: Gen, cc: str, born: date) -> Ent:
    if cc == "EG":
        text = f"{2 if born.year < 2000 else 3}{born:%y%m%d}{g.digits(7)}"
    elif cc == "IL":
        text = g.digits(9)
    elif cc == "PK":
        text = g.fill("#####-#######-#")
    else:
        text = g.digits(g.pick((10, 17)))
    return ent(text, "ID")


@T("intl_contacts")
def t4_consulate_visa_roster(g: Gen, b: Builder) -> None:
    """A consulate visa section's appointment roster for applicants in Egypt, Israel, Pakistan and
    Bangladesh (father's names, CNIC / NID numbers, local address forms), with one form excerpt and
    the inviting host's address in Europe."""
    g.multi = True
    cc = g.pick(tuple(_MENA_SA))
    host_loc = g.pick(
        ("de_DE", "fr_FR", "it_IT", "nl_NL", "sv_SE", "en_GB", "en_IE", "es_ES", "pl_PL", "da_DK")
    )
    day = g.day(2019, 2025)
    b(
        g.pick(
            (
                "VISA SECTION — APPOINTMENT ROSTER",
                "Visa appointments (external provider export)",
                "Consular section: daily roster",
            )
        ),
        "\n",
    )
    b(
        "Date: ",
        g.date(day, g.pick(("dd/mm/yyyy", "d Mon yyyy", "iso"))),
        "   Counter ",
        str(g.rng.randrange(1, 6)),
        "\n\n",
    )
    b("Slot  | Ref        | Applicant | Passport | DOB | Mobile | Type | Host\n")
    rows = g.rng.randrange(4, 7)
    keep = g.rng.randrange(rows)
    kept = None
    for i in range(rows):
        given, surname, father, female = _msa_person(g, cc)
        born = g.day(1950, 2005)
        passport = ent(g.fill(_MENA_SA[cc][5]), "ID")
        phone = ent(g.fill(g.pick(_MENA_SA[cc][1])), "PHONE_NUMBER")
        host = g.person(host_loc)
        name = ent(
            g.pick(
                (f"{surname.upper()}, {given}", f"{given} {surname}", f"{given.upper()} {surname.upper()}")
            ),
            "PERSON",
        )
        b(
            f"{9 + i // 2:02d}:{30 * (i % 2):02d} | ",
            g.ref("ticket", g.fill(f"V####/{day.year}")),
            " | ",
            name,
            " | ",
            passport,
            " | ",
        )
        b(
            _dob(g, "dd/mm/yyyy", born),
            " | ",
            phone,
            " | ",
            g.pick(("C tourism", "C business", "D study", "C family visit")),
            " | ",
        )
        b(g.name(host, g.pick(("full", "last_first"))), "\n")
        if i == keep:
            kept = (given, surname, father, female, born, passport, phone, host)
    given, surname, father, female, born, passport, phone, host = kept
    b("\n--- Application form (extract), applicant ", str(keep + 1), " ---\n")
    b("1. Surname (family name): ", ent(surname.upper(), "PERSON"), "\n")
    b("3. First name(s) (given name(s)): ", ent(given, "PERSON"), "\n")
    b("   Father's name: ", ent(father, "PERSON"), "\n")
    b("4. Date of birth (day-month-year): ", _dob(g, "dd-Mon-yyyy", born), "\n")
    b("5. Place of birth: ", ent(g.pick(_MENA_SA[cc][0])[2], "CITY"), "\n")
    b(
        "6. Country of birth: ",
        ent(_MENA_SA[cc][6], "STATE_OR_COUNTRY"),
        "   7. Current nationality: ",
        ent(_MENA_SA[cc][6], "STATE_OR_COUNTRY"),
        "\n",
    )
    b(
        "8. Sex: ",
        "Female" if female else "Male",
        "   9. Civil status: ",
        g.pick(("Married", "Single", "Divorced")),
        "\n",
    )
    b("11. National identity number: ", _msa_national_id(g, cc, born), "\n")
    b("13. Travel document number: ", passport, "\n")
    b("17. Applicant's home address: ", *_msa_address(g, cc), "\n")
    b(
        "    E-mail: ",
        _mail(g, Person(given.split()[-1], surname, "", female, "en_US")),
        "   Tel: ",
        phone,
        "\n",
    )
    a = address(g, host_loc)
    b("31. Inviting person: ", g.name(host, "full"), "\n    ", one_line(a, country=True), "\n")
    b("    Tel: ", g.phone(host_loc, ext=0), "   E-mail: ", g.email(host), "\n")


# Eastern Europe: country -> (Faker locale or "", names (first, last, female) when no Faker, streets,
# (town, postcode pattern), phone patterns, passport pattern, country names, plate pattern)
_EE = {
    "RO": (
        "ro_RO",
        (),
        ("Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Avram Iancu", "Aleea Teilor"),
        (
            ("București", "0#####"),
            ("Cluj-Napoca", "400###"),
            ("Iași", "700###"),
            ("Timișoara", "300###"),
            ("Brașov", "500###"),
        ),
        ("+40 7## ### ###", "07## ### ###", "+40 21 ### ## ##"),
        "0########",
        ("Romania", "România", "ROU"),
        "B ### @@@",
    ),
    "HR": (
        "hr_HR",
        (),
        ("Ilica", "Vukovarska ulica", "Savska cesta", "Ulica kralja Zvonimira", "Put Firula"),
        (
            ("Zagreb", "10000"),
            ("Split", "21000"),
            ("Rijeka", "51000"),
            ("Osijek", "31000"),
            ("Zadar", "23000"),
        ),
        ("+385 9# ### ####", "09# ### ####", "+385 1 ### ####"),
        "#########",
        ("Croatia", "Hrvatska", "HRV"),
        "ZG ####-@@",
    ),
    "SK": (
        "sk_SK",
        (),
        ("Obchodná", "Hlavná", "Štúrova", "Mlynské nivy", "Námestie SNP"),
        (
            ("Bratislava", "8## ##"),
            ("Košice", "04# ##"),
            ("Žilina", "010 ##"),
            ("Nitra", "949 ##"),
            ("Trnava", "917 ##"),
        ),
        ("+421 9## ### ###", "09## ### ###", "+421 2 #### ####"),
        "@@#######",
        ("Slovakia", "Slovensko", "SVK"),
        "BA-###@@",
    ),
    "LT": (
        "",
        (
            ("Rūta", "Kazlauskienė", True),
            ("Tomas", "Petrauskas", False),
            ("Jonas", "Jankauskas", False),
            ("Aistė", "Stankevičiūtė", True),
            ("Mindaugas", "Vasiliauskas", False),
            ("Greta", "Žukauskaitė", True),
        ),
        ("Gedimino pr.", "Pilies g.", "Savanorių pr.", "Laisvės al.", "Vilniaus g."),
        (("Vilnius", "LT-0####"), ("Kaunas", "LT-44###"), ("Klaipėda", "LT-92###")),
        ("+370 6## #####", "8 6## #####"),
        "########",
        ("Lithuania", "Lietuva", "LTU"),
        "@@@ ###",
    ),
    "LV": (
        "",
        (
            ("Jānis", "Bērziņš", False),
            ("Anna", "Kalniņa", True),
            ("Kristaps", "Ozoliņš", False),
            ("Līga", "Liepiņa", True),
            ("Mārtiņš", "Krūmiņš", False),
            ("Ilze", "Zariņa", True),
        ),
        ("Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela", "Dzirnavu iela"),
        (("Rīga", "LV-10##"), ("Jelgava", "LV-30##"), ("Liepāja", "LV-34##")),
        ("+371 2### ####", "2#######"),
        "@@#######",
        ("Latvia", "Latvija", "LVA"),
        "@@-####",
    ),
    "EE": (
        "",
        (
            ("Kadri", "Tamm", True),
            ("Mart", "Saar", False),
            ("Liis", "Kask", True),
            ("Rasmus", "Mägi", False),
            ("Triin", "Sepp", True),
            ("Andres", "Kukk", False),
        ),
        ("Narva mnt", "Pärnu mnt", "Tartu mnt", "Rüütli tn", "Vene tn"),
        (("Tallinn", "1####"), ("Tartu", "5####"), ("Pärnu", "80###")),
        ("+372 5### ####", "5### ####"),
        "@@#######",
        ("Estonia", "Eesti", "EST"),
        "### @@@",
    ),
    "BG": (
        "",
        (
            ("Georgi", "Ivanov", False),
            ("Maria", "Petrova", True),
            ("Dimitar", "Georgiev", False),
            ("Elena", "Dimitrova", True),
            ("Nikolay", "Stoyanov", False),
            ("Ivana", "Todorova", True),
        ),
        ("ul. Vitosha", "bul. Tsar Osvoboditel", "ul. Graf Ignatiev", "bul. Vasil Levski", "ul. Rakovski"),
        (("Sofia", "1000"), ("Plovdiv", "4000"), ("Varna", "9000"), ("Burgas", "8000")),
        ("+359 88 ### ####", "089 ### ####", "+359 2 ### ####"),
        "#########",
        ("Bulgaria", "BGR"),
        "CA #### @@",
    ),
    "RS": (
        "",
        (
            ("Marko", "Petrović", False),
            ("Jelena", "Jovanović", True),
            ("Nikola", "Nikolić", False),
            ("Milica", "Đorđević", True),
            ("Stefan", "Ilić", False),
            ("Ana", "Marković", True),
        ),
        ("Knez Mihailova", "Bulevar kralja Aleksandra", "Nemanjina", "Cara Dušana", "Bulevar oslobođenja"),
        (("Beograd", "11000"), ("Novi Sad", "21000"), ("Niš", "18000")),
        ("+381 6# ### ####", "06# ### ####", "+381 11 ### ####"),
        "#########",
        ("Serbia", "Srbija", "SRB"),
        "BG ###-@@",
    ),
}


def _ee_person(g: Gen, cc: str) -> Person:
    loc, names, *_ = _EE[cc]
    if loc:
        return _fperson(g, loc)
    first, last, female = g.pick(names)
    return Person(first, last, "", female, "en_US")


def _ee_address(g: Gen, cc: str) -> tuple[Ent, Ent, Ent, str]:
    """(street, town, postcode, how the town line is written: "zip town", "town, zip" or "town zip")."""
    loc, _, streets, towns, *_ = _EE[cc]
    town, post = g.pick(towns)
    name = g.pick(streets) if not loc or g.chance(0.6) else g.fake(loc).street_name()
    n = g.rng.randrange(1, 160)
    if cc == "RO":
        street = f"{name} nr. {n}" + g.pick(
            (
                "",
                f", bl. {g.pick('ABCM')}{g.rng.randrange(1, 9)}, sc. {g.rng.randrange(1, 4)}, et. "
                f"{g.rng.randrange(1, 10)}, ap. {g.rng.randrange(1, 60)}",
            )
        )
        if town == "București":
            town = f"Sector {g.rng.randrange(1, 7)}, București"
    elif cc in ("LT", "LV", "EE"):
        street = f"{name} {n}" + (f"-{g.rng.randrange(1, 80)}" if g.chance(0.6) else "")
    elif cc == "BG":
        street = f"{name} {n}" + g.pick(
            ("", f", et. {g.rng.randrange(1, 9)}, ap. {g.rng.randrange(1, 40)}", f", vh. {g.pick('ABV')}")
        )
    else:
        street = f"{name} {n}" + g.pick(("", "", f"/{g.rng.randrange(1, 12)}", "a"))
    order = "town, zip" if cc == "LV" else "zip town"
    return ent(street, "STREET_ADDRESS"), ent(town, "CITY"), ent(g.fill(post), "ZIP_CODE"), order


def _ee_town_line(town: Ent, post: Ent, order: str) -> tuple:
    return (town, ", ", post) if order == "town, zip" else (post, " ", town)


@T("intl_contacts")
def t4_gaesteblatt_at_ch(g: Gen, b: Builder) -> None:
    """An Austrian Gästeblatt or Swiss Meldeschein filled in at a hotel front desk for guests from
    Romania, Croatia, Slovakia, the Baltics, Bulgaria or Serbia: bilingual labels, capitals surname,
    travel document, car plate, children travelling with them."""
    g.multi = True
    swiss = g.chance(0.45)
    cc = g.pick(tuple(_EE))
    _, _, _, _, phones, passport, countries, plate = _EE[cc]
    p = _ee_person(g, cc)
    street, town, post, order = _ee_address(g, cc)
    arrive = g.day(2018, 2025)
    hotel = g.pick(
        ("Hotel Alpenrose", "Gasthof zur Post", "Hotel Bellevue", "Pension Edelweiss", "Hotel Schweizerhof")
    )
    b(ent(hotel, "ORGANIZATION"), "\n")
    if swiss:
        b("MELDESCHEIN / FICHE D'HÔTEL / REGISTRATION FORM\n\n")
    else:
        b("GÄSTEBLATT gemäß Meldegesetz / GUEST REGISTRATION FORM\n\n")
    w = 38

    def row(label: str, *value) -> None:
        b(f"{label + ':' if label else '':<{w}}", *value, "\n")

    caps_all = g.chance(0.35)
    last = ent(p.last.upper(), "PERSON")
    first = ent(p.first.upper() if caps_all else p.first, "PERSON")
    row("Familienname / Surname" + (" / Nom" if swiss else ""), last)
    row("Vorname / First name" + (" / Prénom" if swiss else ""), first)
    born = _dob_day(g)
    row("Geburtsdatum / Date of birth", _dob(g, "dd.mm.yyyy", born))
    row("Staatsangehörigkeit / Nationality", ent(g.pick(countries), "STATE_OR_COUNTRY"))
    addr = (street, ", ", *_ee_town_line(town, post, order))
    row("Wohnanschrift / Home address", upper(addr) if caps_all else addr)
    row("", ent(g.pick(countries).upper() if caps_all else g.pick(countries), "STATE_OR_COUNTRY"))
    row(
        "Reisedokument / Travel document",
        g.pick(("Reisepass / passport", "Personalausweis / ID card")),
        "  Nr. ",
        ent(g.fill(passport), "ID"),
    )
    row(
        "Ausgestellt am / Date of issue",
        g.date(arrive - timedelta(days=g.rng.randrange(60, 3500)), "dd.mm.yyyy"),
    )
    row("Ankunft / Arrival", g.date(arrive, "dd.mm.yyyy"))
    row("Abreise / Departure", g.date(arrive + timedelta(days=g.rng.randrange(1, 14)), "dd.mm.yyyy"))
    kids = g.rng.randrange(0, 3) if 1972 < born.year < arrive.year - 21 else 0
    spouse = g.chance(0.6)
    if spouse or kids:
        b("Mitreisende / Accompanied by:\n")
        if spouse:
            q = _ee_person(g, cc)
            b(
                "   ",
                ent(f"{q.first} {p.last}" if g.chance(0.5) else f"{q.first} {q.last}", "PERSON"),
                "  geb. ",
                _dob(g, "dd.mm.yyyy"),
                "  (Ehepartner/in)\n",
            )
        for _ in range(kids):
            k = _ee_person(g, cc)
            b(
                "   ",
                ent(f"{k.first} {p.last}", "PERSON"),
                "  geb. ",
                _dob(
                    g,
                    "dd.mm.yyyy",
                    g.day(min(max(born.year + 20, arrive.year - 17), arrive.year - 1), arrive.year - 1),
                ),
                "  (Kind)\n",
            )
    row("Kfz-Kennzeichen / Car registration", ent(g.fill(plate), "ID") if g.chance(0.7) else "—")
    row("Telefon / Phone", ent(g.fill(g.pick(phones)), "PHONE_NUMBER"))
    row(
        "E-Mail",
        _mail(
            g,
            p,
            g.pick(
                (
                    "gmail.com",
                    "yahoo.com",
                    "outlook.com",
                    "abv.bg" if cc == "BG" else "inbox.lv" if cc == "LV" else "gmail.com",
                )
            ),
        ),
    )
    b(
        "\n",
        "Kurtaxe" if swiss else "Ortstaxe",
        f": {'CHF' if swiss else '€'} {g.rng.randrange(1, 4)},{g.rng.randrange(10, 90)} p.P./Nacht   "
        f"Zimmer {g.rng.randrange(101, 420)}\n",
    )
    b(
        "Unterschrift / Signature: ",
        ent(f"{p.first[0]}. {p.last}", "PERSON") if g.chance(0.5) else "(signiert)",
        "\n",
    )


_EE_NOTES = {
    "RO": ("Vă rog sunați înainte de livrare", "Interfon {n}", "Lăsați la vecina {p}"),
    "HR": ("Molim nazovite prije dostave", "Ostavite kod susjeda {p}", "Zvono {n}"),
    "SK": ("Prosím zavolajte pred doručením", "Nechajte u suseda {p}", ""),
    "LT": ("Prašau paskambinti prieš pristatymą", "Palikite kaimynei {p}", ""),
    "LV": ("Lūdzu, piezvaniet pirms piegādes", "Atstājiet pie kaimiņa {p}", ""),
    "EE": ("Palun helistage enne kohaletoimetamist", "Jätke naabrile {p}", ""),
    "BG": ("Моля, обадете се преди доставка", "Оставете при съседа {p}", "Вход Б"),
    "RS": ("Molim pozovite pre isporuke", "Ostavite kod komšije {p}", "Interfon {n}"),
}


@T("intl_contacts")
def t4_shopify_orders_csv(g: Gen, b: Builder) -> None:
    """A web shop's order export as CSV with billing and shipping columns for customers in Romania,
    Croatia, Slovakia, the Baltics, Bulgaria, Serbia, Poland, Czechia, Hungary and Slovenia: Excel
    apostrophes in front of postcodes and phones, delivery notes in the local language."""
    g.multi = True
    cols = (
        "Name,Email,Paid at,Lineitem name,Billing Name,Billing Address1,Billing City,Billing Zip,Billing "
        "Country,"
        "Billing Phone,Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Country,Notes"
    )
    b(cols, "\n")
    order = g.rng.randrange(1001, 9000)
    for i in range(g.rng.randrange(4, 7)):
        cc = g.pick((*_EE, "PL", "CZ", "HU", "SI"))
        if cc in _EE:
            p = _ee_person(g, cc)
            street, town, post, _ = _ee_address(g, cc)
            phone = ent(g.fill(g.pick(_EE[cc][4])), "PHONE_NUMBER")
        else:
            loc = {"PL": "pl_PL", "CZ": "cs_CZ", "HU": "hu_HU", "SI": "sl_SI"}[cc]
            p = g.person(loc)
            a = address(g, loc)
            street, town, post, phone = a.street, a.city, a.zip, g.phone(loc, ext=0)
        name = ent(f"{p.first} {p.last}", "PERSON")
        paid = g.day(2021, 2025)
        quote_zip = post.text[0] == "0" or g.chance(0.2)
        zip_cell = ("'", post) if quote_zip else post
        phone_cell = ("'", phone) if phone.text.startswith("+") and g.chance(0.4) else phone
        other = g.chance(0.25)
        if other:
            q = _ee_person(g, cc) if cc in _EE else g.person()
            ship_name = ent(f"{q.first} {q.last}", "PERSON")
        else:
            ship_name = name
        note = ""
        if cc in _EE and g.chance(0.6):
            tmpl = g.pick(_EE_NOTES[cc])
            if "{p}" in tmpl:
                pre, post_ = tmpl.split("{p}")
                note = (pre, ent(_ee_person(g, cc).first, "PERSON"), post_)
            else:
                note = tmpl.replace("{n}", str(g.rng.randrange(1, 99)))
        _row(
            b,
            [
                f"#{order + i}",
                _mail(g, p, g.pick(("gmail.com", "yahoo.com", "outlook.com", "icloud.com"))),
                (
                    g.date(paid, "iso"),
                    f" {_hm(g.rng.randrange(1440), g.rng.randrange(60))} +0{g.pick('123')}00",
                ),
                g.pick(("Linen shirt - M / Sand", "Ceramic mug set (4)", "Yoga mat 6mm", "Gift card €50")),
                name,
                street,
                town,
                zip_cell,
                cc,
                phone_cell,
                ship_name,
                street,
                town,
                zip_cell,
                cc,
                note,
            ],
        )


_IS_NAMES = (
    ("Guðrún", "Jónsdóttir", True),
    ("Sigurður", "Einarsson", False),
    ("Jón", "Gunnarsson", False),
    ("Helga", "Sigurðardóttir", True),
    ("Ólafur", "Magnússon", False),
    ("Anna", "Kristjánsdóttir", True),
    ("Þórunn", "Björnsdóttir", True),
    ("Gunnar", "Þórsson", False),
)
_IS_STREETS = ("Laugavegur", "Skólavörðustígur", "Hringbraut", "Bankastræti", "Vesturgata", "Hamraborg")
_IS_TOWNS = (
    ("101", "Reykjavík"),
    ("105", "Reykjavík"),
    ("200", "Kópavogur"),
    ("600", "Akureyri"),
    ("220", "Hafnarfjörður"),
)
_BE_TOWNS = (
    ("2000", "Antwerpen"),
    ("9000", "Gent"),
    ("3000", "Leuven"),
    ("8000", "Brugge"),
    ("1000", "Bruxelles"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("1050", "Ixelles"),
)
_LU_NAMES = (
    ("Luc", "Schmit", False),
    ("Anne", "Weber", True),
    ("Marc", "Hoffmann", False),
    ("Claude", "Wagner", False),
    ("Nathalie", "Muller", True),
    ("Tessy", "Reuter", True),
)
_LU_STREETS = (
    "rue de la Gare",
    "avenue de la Liberté",
    "route d'Arlon",
    "rue du Fossé",
    "boulevard Royal",
    "Grand-Rue",
)
_LU_TOWNS = (
    ("L-1611", "Luxembourg"),
    ("L-2449", "Luxembourg"),
    ("L-4011", "Esch-sur-Alzette"),
    ("L-4501", "Differdange"),
    ("L-9010", "Ettelbruck"),
)


def _nordic_benelux(g: Gen, cc: str) -> tuple[Person, Ent, Ent, Ent, Ent]:
    """(person, street, town, postcode, phone) for SE NO DK FI NL via places.py, IS BE LU by hand."""
    if cc in ("SE", "NO", "DK", "FI", "NL"):
        loc = {"SE": "sv_SE", "NO": "no_NO", "DK": "da_DK", "FI": "fi_FI", "NL": "nl_NL"}[cc]
        a = address(g, loc)
        return g.person(loc), a.street, a.city, a.zip, g.phone(loc, ext=0)
    if cc == "IS":
        first, last, female = g.pick(_IS_NAMES)
        post, town = g.pick(_IS_TOWNS)
        street = f"{g.pick(_IS_STREETS)} {g.rng.randrange(1, 120)}" + g.pick(
            ("", "", "b", f", íb. {g.rng.randrange(101, 405)}")
        )
        phone = g.fill(g.pick(("+354 8## ####", "+354 6## ####", "5## ####", "8## ####")))
        return (
            Person(first, last, "", female, "en_US"),
            ent(street, "STREET_ADDRESS"),
            ent(town, "CITY"),
            ent(post, "ZIP_CODE"),
            ent(phone, "PHONE_NUMBER"),
        )
    if cc == "BE":
        p = _fperson(g, "nl_BE") if g.chance(0.6) else _fperson(g, "fr_FR")
        post, town = g.pick(_BE_TOWNS)
        street = f"{g.fake('nl_BE').street_name()} {g.rng.randrange(1, 200)}" + g.pick(
            ("", "", f" bus {g.rng.randrange(1, 20)}", f"/{g.rng.randrange(1, 9)}")
        )
        if town in ("Bruxelles", "Liège", "Namur", "Ixelles") and g.chance(0.7):
            street = (
                f"{g.pick(('Rue', 'Avenue', 'Chaussée'))} "
                f"{g.pick(('de Namur', 'Louise', 'des Wallons', 'de Wavre', 'Saint-Gilles'))} "
                f"{g.rng.randrange(1, 200)}" + g.pick(("", f" boîte {g.rng.randrange(1, 20)}"))
            )
        phone = g.fill(g.pick(("+32 4## ## ## ##", "04## ## ## ##", "02 ### ## ##", "+32 9 ### ## ##")))
        return (
            p,
            ent(street, "STREET_ADDRESS"),
            ent(town, "CITY"),
            ent(post, "ZIP_CODE"),
            ent(phone, "PHONE_NUMBER"),
        )
    first, last, female = g.pick(_LU_NAMES)
    post, town = g.pick(_LU_TOWNS)
    street = f"{g.rng.randrange(1, 150)}, {g.pick(_LU_STREETS)}"
    phone = g.fill(g.pick(("+352 621 ### ###", "+352 691 ### ###", "+352 ## ## ##")))
    return (
        Person(first, last, "", female, "en_US"),
        ent(street, "STREET_ADDRESS"),
        ent(town, "CITY"),
        ent(post, "ZIP_CODE"),
        ent(phone, "PHONE_NUMBER"),
    )


_NOTES_NB = {
    "SE": "Ring på porttelefonen, kod {n}",
    "NO": "Leveres i postkassen",
    "DK": "Må stilles ved døren",
    "FI": "Soittakaa ovisummeria {n}",
    "NL": "Graag afgeven bij de buren (nr. {n})",
    "IS": "Vinsamlegast hringið á undan",
    "BE": "Sonnez deux fois svp",
    "LU": "Livraison après 17h",
}


@T("intl_contacts")
def t4_woocommerce_orders_json(g: Gen, b: Builder) -> None:
    """A WooCommerce REST API dump of orders from the Nordics, Iceland and Benelux: nested billing and
    shipping objects, customer IP, notes in the local language, a gift sent to someone else."""
    g.multi = True
    orders = []
    for _ in range(g.rng.randrange(2, 4)):
        orders.append(g.pick(("SE", "NO", "DK", "FI", "NL", "IS", "BE", "LU")))
    b("[\n")
    oid = g.rng.randrange(10000, 90000)
    for i, cc in enumerate(orders):
        p, street, town, post, phone = _nordic_benelux(g, cc)
        made = g.day(2021, 2025)
        gift = g.chance(0.35)
        b(
            "  {\n",
            f'    "id": {oid + i * g.rng.randrange(3, 40)},\n',
            '    "status": "',
            g.pick(("processing", "completed", "on-hold")),
            '",\n',
        )
        b(
            '    "date_created": "',
            g.date(made, "iso"),
            f'T{_hm(g.rng.randrange(1440), g.rng.randrange(60))}",\n',
        )
        b('    "billing": {\n')
        fields = [
            ("first_name", ent(p.first, "PERSON")),
            ("last_name", ent(p.last, "PERSON")),
            ("company", ""),
            ("address_1", street),
            ("address_2", ""),
            ("city", town),
            ("state", ""),
            ("postcode", post),
            ("country", cc),
            (
                "email",
                _mail(
                    g,
                    p,
                    g.pick(
                        (
                            "gmail.com",
                            "hotmail.com",
                            "outlook.com",
                            "live.se"
                            if cc == "SE"
                            else "online.no"
                            if cc == "NO"
                            else "telenet.be"
                            if cc == "BE"
                            else "gmail.com",
                        )
                    ),
                ),
            ),
            ("phone", phone),
        ]
        for k, (key, val) in enumerate(fields):
            b(
                f'      "{key}": "',
                _jent(val) if isinstance(val, Ent) else val,
                '"',
                "," if k < len(fields) - 1 else "",
                "\n",
            )
        b("    },\n", '    "shipping": {\n')
        if gift:
            q, street2, town2, post2, _ = _nordic_benelux(g, cc)
        else:
            q, street2, town2, post2 = p, street, town, post
        ship = [
            ("first_name", ent(q.first, "PERSON")),
            ("last_name", ent(q.last, "PERSON")),
            ("address_1", street2),
            ("city", town2),
            ("postcode", post2),
            ("country", cc),
        ]
        for k, (key, val) in enumerate(ship):
            b(
                f'      "{key}": "',
                _jent(val) if isinstance(val, Ent) else val,
                '"',
                "," if k < len(ship) - 1 else "",
                "\n",
            )
        b("    },\n")
        b(
            '    "payment_method_title": "',
            g.pick(
                (
                    {
                        "SE": "Swish",
                        "NO": "Vipps",
                        "DK": "MobilePay",
                        "FI": "Klarna",
                        "NL": "iDEAL",
                        "BE": "Bancontact",
                    }.get(cc, "Klarna"),
                    "Credit card",
                )
            ),
            '",\n',
        )
        b('    "customer_ip_address": "', g.ip(), '",\n')
        note = _NOTES_NB[cc].replace("{n}", str(g.rng.randrange(1, 99))) if g.chance(0.5) else ""
        if gift:
            note = (
                ("Gave til ", ent(q.first, "PERSON"), "! Hilsen ", ent(p.first, "PERSON"))
                if cc in ("NO", "DK")
                else ("Gift for ", ent(q.first, "PERSON"), " - no invoice in the parcel please")
            )
        b('    "customer_note": "', note, '"\n')
        b("  }", "," if i < len(orders) - 1 else "", "\n")
    b("]\n")


_EIR_KEYS = (
    ("D02", "Dublin 2", "Co. Dublin"),
    ("D04", "Dublin 4", "Co. Dublin"),
    ("D6W", "Dublin 6W", "Co. Dublin"),
    ("A94", "Blackrock", "Co. Dublin"),
    ("T12", "Cork", "Co. Cork"),
    ("P31", "Ballincollig", "Co. Cork"),
    ("H91", "Galway", "Co. Galway"),
    ("V94", "Limerick", "Co. Limerick"),
    ("F23", "Castlebar", "Co. Mayo"),
    ("X91", "Waterford", "Co. Waterford"),
    ("R95", "Kilkenny", "Co. Kilkenny"),
    ("V92", "Tralee", "Co. Kerry"),
    ("F91", "Sligo", "Co. Sligo"),
)
_EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
_IE_GAELIC = (
    ("Siobhán", "Ní Bhriain", True),
    ("Pádraig", "Ó Súilleabháin", False),
    ("Aoife", "Nic Giolla Phádraig", True),
    ("Ciarán", "Mac Cárthaigh", False),
    ("Gráinne", "Ní Dhomhnaill", True),
    ("Seán", "Ó Briain", False),
)
_IE_TOWNLANDS = ("Knockaunbrack", "Ballymoneen", "Carrowmore", "Gortnahoo", "Cloonfad", "Rathcoole Upper")
_AU_SUBURBS = (
    ("FITZROY", "VIC", "3065"),
    ("NEWTOWN", "NSW", "2042"),
    ("PADDINGTON", "QLD", "4064"),
    ("FREMANTLE", "WA", "6160"),
    ("GLENELG", "SA", "5045"),
    ("SANDY BAY", "TAS", "7005"),
    ("BRADDON", "ACT", "2612"),
    ("MANSFIELD", "VIC", "3722"),
)
_AU_STREETS = (
    "BANKSIA ST",
    "JACARANDA AVE",
    "WATTLE RD",
    "BRUNSWICK ST",
    "KING WILLIAM RD",
    "BOTANY RD",
    "GREVILLEA CRES",
)
_NZ_PLACES = (
    ("", "Te Awamutu", "3872", True),
    ("", "Matamata", "3472", True),
    ("", "Cambridge", "3496", True),
    ("Ponsonby", "Auckland", "1011", False),
    ("Karori", "Wellington", "6012", False),
    ("Riccarton", "Christchurch", "8011", False),
    ("Frankton", "Queenstown", "9300", False),
)
_NZ_NAMES = (
    ("Aroha", "Ngata"),
    ("Wiremu", "Tipene"),
    ("Mere", "Parata"),
    ("Rawiri", "Horomona"),
    ("Hemi", "Walker"),
    ("Ngaire", "Te Whata"),
)
_NZ_STREETS = (
    "Rata Street",
    "Kowhai Road",
    "Pohutukawa Drive",
    "Queen Street",
    "Ranui Avenue",
    "Totara Crescent",
)


def _eircode(g: Gen, key: str) -> Ent:
    first = g.pick("ACDEFHKNPRTVWXY")
    return ent(f"{key} {first}{''.join(g.pick(_EIR_CHARS) for _ in range(3))}", "ZIP_CODE")


def _label(g: Gen, kind: str) -> list[tuple]:
    """One mailing label as lines of pieces."""
    if kind == "IE":
        key, town, county = g.pick(_EIR_KEYS)
        if g.chance(0.35):
            first, last, female = g.pick(_IE_GAELIC)
            name = ent(f"{first} {last}", "PERSON")
        else:
            p = g.person("en_IE")
            name = ent(f"{p.first} {p.last}", "PERSON")
        out = [(g.pick(("", "", "Dr ")), name)]
        if g.chance(0.4) and not town.startswith("Dublin"):
            out += [(ent(g.pick(_IE_TOWNLANDS), "STREET_ADDRESS"),)]
        else:
            out += [
                (
                    ent(
                        g.pick(
                            (
                                f"Apt {g.rng.randrange(1, 40)}, The Maltings",
                                f"{g.rng.randrange(1, 200)} "
                                f"{g.pick(('Bridge Street', 'Main Street', 'Ashgrove Park', 'Church Road'))}",
                                f"{g.rng.randrange(1, 60)} Oakfield Drive",
                            )
                        ),
                        "STREET_ADDRESS",
                    ),
                )
            ]
        out += [(ent(town, "CITY"),)]
        if not town.startswith("Dublin"):
            out += [(ent(county, "STATE_OR_COUNTRY"),)]
        out += [(_eircode(g, key),)]
        return out
    if kind == "AU":
        sub, state, pc = g.pick(_AU_SUBURBS)
        p = g.person("en_AU")
        name = ent(g.pick((f"{p.first[0]} {p.last}", f"{p.first} {p.last}")).upper(), "PERSON")
        street = g.pick(
            (
                f"UNIT {g.rng.randrange(1, 20)} {g.rng.randrange(1, 300)} {g.pick(_AU_STREETS)}",
                f"{g.rng.randrange(1, 300)} {g.pick(_AU_STREETS)}",
                f"PO BOX {g.rng.randrange(10, 999)}",
                f"RMB {g.rng.randrange(1000, 9999)}",
            )
        )
        return [
            (g.pick(("MS ", "MRS ", "") if p.female else ("MR ", "")), name),
            (ent(street, "STREET_ADDRESS"),),
            (ent(sub, "CITY"), " ", ent(state, "STATE_OR_COUNTRY"), "  ", ent(pc, "ZIP_CODE")),
        ]
    if kind == "NZ":
        suburb, town, pc, rural = g.pick(_NZ_PLACES)
        if g.chance(0.5):
            first, last = g.pick(_NZ_NAMES)
            name = ent(f"{first} {last}", "PERSON")
        else:
            p = _fperson(g, "en_NZ")
            name = ent(f"{p.first} {p.last}", "PERSON")
        out = [(name,)]
        if rural:
            out += [
                (ent(f"{g.rng.randrange(10, 900)} {g.pick(_NZ_STREETS)}", "STREET_ADDRESS"),),
                (ent(f"RD {g.rng.randrange(1, 9)}", "STREET_ADDRESS"),),
            ]
        else:
            out += [
                (
                    ent(
                        g.pick(
                            (
                                f"Flat {g.rng.randrange(1, 9)}, {g.rng.randrange(1, 200)} "
                                f"{g.pick(_NZ_STREETS)}",
                                f"{g.rng.randrange(1, 200)}A {g.pick(_NZ_STREETS)}",
                            )
                        ),
                        "STREET_ADDRESS",
                    ),
                ),
                (ent(suburb, "CITY"),),
            ]
        out += [(ent(town, "CITY"), " ", ent(pc, "ZIP_CODE"))]
        return out
    p = g.person("en_GB")
    a = address(g, "en_GB")
    return [(upper(g.name(p, "full")),), *[upper(line) for line in lines(a)]]


@T("intl_contacts")
def t4_mailing_label_sheet(g: Gen, b: Builder) -> None:
    """A mail-merge label sheet for a newsletter posted to Ireland (Eircodes, townlands, counties),
    Australia (Australia Post capitals, RMB and PO boxes), New Zealand (RD rural delivery) and the UK."""
    g.multi = True
    b(
        g.pick(("Avery L7160 — 21 per sheet", "Labels: members abroad", "Dymo 99010 batch")),
        "  · printed ",
        g.date(style=g.pick(("dd/mm/yyyy", "d Mon yyyy"))),
        "\n",
    )
    ret = g.person("en_IE")
    b(
        "Return address: ",
        g.name(ret, "full"),
        ", ",
        *[x for i, line in enumerate(_label(g, "IE")[1:]) for x in ((", ",) if i else ()) + line],
        "\n\n",
    )
    kinds = [g.pick(("IE", "IE", "AU", "NZ", "GB")) for _ in range(g.rng.randrange(5, 9))]
    for n, kind in enumerate(kinds):
        b(f"[{n + 1:02d}]\n")
        for line in _label(g, kind):
            b("  ", *line, "\n")
        if kind in ("AU", "NZ", "GB") and g.chance(0.4):
            b(
                "  ",
                ent(
                    {"AU": "AUSTRALIA", "NZ": "NEW ZEALAND", "GB": "UNITED KINGDOM"}[kind], "STATE_OR_COUNTRY"
                ),
                "\n",
            )
        b("\n")
    b(
        f"{len(kinds)} labels · {g.pick(('An Post', 'Australia Post', 'NZ Post', 'Royal Mail'))} "
        "international rate\n"
    )


_CH_AT = (
    ("de_CH", "Zürich", "8001", "CH", ("+41 79 ### ## ##", "044 ### ## ##")),
    ("de_CH", "Bern", "3011", "CH", ("+41 78 ### ## ##", "031 ### ## ##")),
    ("de_CH", "Basel", "4051", "CH", ("+41 76 ### ## ##", "061 ### ## ##")),
    ("fr_CH", "Genève", "1204", "CH", ("+41 79 ### ## ##", "022 ### ## ##")),
    ("fr_CH", "Lausanne", "1003", "CH", ("+41 77 ### ## ##", "021 ### ## ##")),
    ("de_AT", "Wien", "1060", "AT", ("+43 664 #######", "+43 1 ### ## ##")),
    ("de_AT", "Graz", "8010", "AT", ("+43 676 #######", "0316 ######")),
    ("de_AT", "Innsbruck", "6020", "AT", ("+43 650 #######", "0512 ######")),
    ("de_AT", "Salzburg", "5020", "AT", ("+43 699 ########", "0662 ######")),
)


@T("intl_contacts")
def t4_badge_print_semicolon(g: Gen, b: Builder) -> None:
    """A badge-printer file exported from a German-language event tool: semicolon CSV with local column
    names, attendees from Switzerland, Austria and many other countries, postcode and town in one
    cell, dietary notes, and the speakers' hotel list underneath."""
    g.multi = True
    b("\ufeffVorname;Nachname;Firma;PLZ/Ort;Land;E-Mail;Mobil;Badge;Allergien\n")
    speakers = []
    for _ in range(g.rng.randrange(5, 9)):
        if g.chance(0.45):
            loc, town, post, cc, phones = g.pick(_CH_AT)
            p = _fperson(g, loc)
            where = (ent(g.pick((f"{cc}-{post}", post)), "ZIP_CODE"), " ", ent(town, "CITY"))
            country = ent(cc, "STATE_OR_COUNTRY")
            phone = ent(g.fill(g.pick(phones)), "PHONE_NUMBER")
            org = g.org("de_DE")
        else:
            loc = g.pick(LOCALES)
            p = g.person(loc)
            a = address(g, loc)
            where = (a.zip, " ", a.city) if g.chance(0.7) else (a.city,)
            country = ent(loc[-2:], "STATE_OR_COUNTRY")
            phone = g.phone(loc, ext=0)
            org = g.org(loc)
        badge = g.pick(("TEILNEHMER", "TEILNEHMER", "SPEAKER", "SPEAKER", "PRESSE", "STAFF"))
        b(ent(p.first, "PERSON"), ";", ent(p.last, "PERSON"), ";", org, ";", *where, ";", country, ";")
        b(
            _mail(g, p, g.domain_of(org)),
            ";",
            phone,
            ";",
            badge,
            ";",
            g.pick(("", "", "vegetarisch", "vegan", "Nüsse", "laktosefrei", "halal")),
            "\n",
        )
        if badge == "SPEAKER":
            speakers.append(p)
    if not speakers:
        return
    b("\nHotel (Referent:innen):\n")
    arrive = g.day(2022, 2025)
    for p in speakers:
        b(
            "- ",
            ent(f"{p.last.upper()}, {p.first}", "PERSON"),
            "  Anreise ",
            g.date(arrive - timedelta(days=g.rng.randrange(0, 2)), "dd.mm.yyyy"),
            "  Zimmer ",
            g.pick(("EZ", "DZ")),
            f" Nr. {g.rng.randrange(101, 520)}\n",
        )


# ---------------------------------------------------------------- clinical notes

_PETS = (
    "Bella",
    "Max",
    "Charlie",
    "Oscar",
    "Ruby",
    "Molly",
    "Alfie",
    "Teddy",
    "Luna",
    "Milo",
    "Poppy",
    "Bruno",
    "Frida",
    "Archie",
    "Rosie",
    "Buddy",
    "Otis",
    "Nala",
)
_SPECIES = (
    (
        "canine",
        (
            "Labrador Retriever",
            "Cockapoo",
            "Border Collie",
            "Staffordshire Bull Terrier",
            "Dachshund",
            "German Shepherd",
        ),
    ),
    ("feline", ("DSH", "Maine Coon", "British Shorthair", "Ragdoll", "Bengal")),
    ("rabbit", ("Netherland Dwarf", "Lionhead", "Mini Lop")),
)


@T("clinical_note")
def t4_vet_consult_record(g: Gen, b: Builder) -> None:
    """A veterinary practice consultation record: the owner's name, address, phones and insurance
    are PII; the pet's name (often a human name: Bella, Charlie, Oscar), age and breed are not."""
    loc = g.pick(("en_GB", "en_GB", "en_US", "en_AU", "en_IE", "en_CA"))
    owner, vet, nurse = g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    pet = g.pick(_PETS)
    species, breeds = g.pick(_SPECIES)
    seen = g.day(2019, 2025)
    practice = g.pick(("Riverside", "Oakwood", "Abbey", "Parkview", "Willows", "Harbour"))
    b(
        ent(f"{practice} Veterinary {g.pick(('Surgery', 'Hospital', 'Clinic', 'Centre'))}", "ORGANIZATION"),
        " — consultation record\n",
    )
    b(
        "Date: ",
        g.date(seen, g.pick(("dd/mm/yyyy", "d Mon yyyy", "mm/dd/yyyy" if loc == "en_US" else "dd/mm/yyyy"))),
        f"   Consult {g.rng.randrange(10, 40)} min\n\n",
    )
    title = g.title(owner)
    b(
        "CLIENT: ",
        title,
        g.name(owner, g.pick(("full", "initial"))),
        "   Client no. ",
        g.ref("ticket", g.fill("C#####")),
        "\n",
    )
    b("Address: ", one_line(a), "\n")
    b("Home: ", g.phone(loc, ext=0), "   Mobile: ", g.phone(loc, ext=0), "\nEmail: ", g.email(owner), "\n")
    if g.chance(0.5):
        b(
            "Insurer: ",
            g.pick(("Petplan", "Animal Friends", "ManyPets", "Trupanion", "Bought By Many")),
            "  policy ",
            g.ident("policy"),
            "\n",
        )
    kg = {"canine": (6, 40), "feline": (3, 7), "rabbit": (1, 3)}[species]
    b(
        "\nPATIENT: ",
        pet,
        f" ({species}, {g.pick(breeds)}, {g.pick(('MN', 'FN', 'M', 'F'))}, {g.rng.randrange(1, 15)}y "
        f"{g.rng.randrange(0, 12)}m)  ",
    )
    b(
        "Microchip ",
        g.ref("ticket", g.fill("9851120########")),
        f"   Wt {g.rng.randrange(*kg)}.{g.rng.randrange(10)} kg\n",
    )
    b(
        "Seen by: ",
        g.name(vet, g.pick(("full", "initial"))),
        g.pick((" MRCVS", " BVSc MRCVS", " DVM", "")),
        "   Nurse: ",
        g.name(nurse, "first"),
        "\n\n",
    )
    case = g.pick(
        (
            (
                "off food x2 days, vomited twice overnight.",
                "Mild abdo discomfort on palpation.",
                "Gastroenteritis — dietary indiscretion?",
                "Maropitant 1 mg/kg SC given, bland diet 3 days",
            ),
            (
                "limping on LH since walk on Sunday.",
                "Pain on extension of L stifle, no drawer.",
                "Soft tissue injury vs early CCL.",
                "Metacam 1.5 mg/ml PO SID 5 days, lead walks only",
            ),
            (
                "scratching ears constantly, head shaking.",
                "Erythematous canals, brown waxy d/c AU.",
                "Otitis externa (Malassezia on cytology).",
                "Easotic 1 ml AU SID 5 days",
            ),
            (
                "drinking more than usual for ~3 wks.",
                "BCS 7/9, otherwise NAD.",
                "PU/PD — r/o CKD, DM, Cushing's.",
                "Bloods + urine sample, will call with results",
            ),
        )
    )
    b(
        "S: O reports ",
        pet,
        " ",
        case[0],
        " Lives with ",
        g.pick(("another dog", "two cats", "children 6 and 9", "an elderly owner")),
        ". ",
    )
    b(
        g.pick(("O", "Owner")),
        " (",
        g.name(owner, g.pick(("first", "last"))),
        ") ",
        g.pick(("very worried", "happy to monitor", "wants bloods done today")),
        ".\n",
    )
    b(
        f"O: T {g.rng.randrange(375, 401) / 10:.1f}, HR {g.rng.randrange(80, 180)}, RR "
        f"{g.rng.randrange(18, 40)}. ",
        case[1],
        "\n",
    )
    b("A: ", case[2], "\nP: ", case[3], ". ")
    cur = {"en_GB": "£", "en_IE": "€"}.get(loc, "$")
    b(
        f"Estimate {cur}{g.rng.randrange(60, 900)} discussed and accepted by ",
        title,
        g.name(owner, "last"),
        ".\n",
    )
    b(
        "Recheck ",
        g.date(seen + timedelta(days=g.rng.randrange(3, 21)), "d Mon"),
        "; reminder SMS to mobile on file.\n",
    )
    if g.chance(0.35):
        b(
            "Referral letter to ",
            ent(f"{g.person(loc).first} {g.person(loc).last}", "PERSON"),
            g.pick((" (orthopaedics)", " (dermatology)", " (internal medicine)")),
            " — owner consented to share contact details.\n",
        )


@T("clinical_note")
def t4_dental_chart(g: Gen, b: Builder) -> None:
    """A dental clinical record with an FDI tooth chart (tooth numbers 11-48 are not PII), BPE scores,
    a treatment plan and the patient's demographics and recall contact."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US", "nl_NL", "de_DE"))
    p, dentist, hyg = g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    seen = g.day(2019, 2025)
    born = _dob_day(g)
    b(
        ent(
            f"{g.pick(('Smile', 'Bridge Street', 'Park Lane', 'Castle', 'Meadow'))} Dental "
            f"{g.pick(('Practice', 'Care', 'Studio'))}",
            "ORGANIZATION",
        ),
        " — clinical record\n",
    )
    b(
        "Patient: ",
        g.name(p, g.pick(("LAST_FIRST", "last_first", "full"))),
        "   DOB: ",
        _dob(g, g.pick(("dd/mm/yyyy", "d Mon yyyy")), born),
    )
    b("   Age: ", g.age(_years(seen, born)), "\n")
    if loc == "en_GB":
        b(
            "NHS no: ",
            g.ident("nhs"),
            "   Exemption: ",
            g.pick(("none (Band 2 £73.50)", "HC2 certificate", "under 18", "Universal Credit")),
            "\n",
        )
    else:
        b(
            "Patient ID: ",
            g.ident("mrn"),
            "   Insurer: ",
            g.pick(("DeltaCare", "private", "HSF", "Bupa Dental")),
            "\n",
        )
    b("Address: ", one_line(a), "\nMobile: ", g.phone(loc, ext=0), "\n")
    b(
        "Dentist: Dr ",
        g.name(dentist, g.pick(("full", "initial"))),
        " (",
        {"en_GB": "GDC", "en_IE": "DCI", "en_AU": "AHPRA", "en_US": "Lic.", "nl_NL": "BIG"}.get(loc, "Reg."),
        " ",
        g.ident("professional"),
        ")   Hygienist: ",
        g.name(hyg, "first"),
        "\n",
    )
    b("Exam: ", g.date(seen, g.pick(("dd/mm/yyyy", "d Month yyyy"))), "\n\n")
    upper_row = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28]
    lower_row = [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38]
    marks = (".", ".", ".", ".", ".", "─", "O", "MO", "DO", "MOD", "C", "RCT", "X", "#")

    def chart_row(label: str, teeth: list[int]) -> None:
        cells = [g.pick(marks) if t % 10 not in (8,) or g.chance(0.5) else "─" for t in teeth]
        b(
            f"{label:<6}",
            " ".join(f"{c:>3}" for c in cells[:8]),
            " |",
            " ".join(f"{c:>3}" for c in cells[8:]),
            "\n",
        )

    b(
        " " * 6,
        " ".join(f"{t:>3}" for t in upper_row[:8]),
        " |",
        " ".join(f"{t:>3}" for t in upper_row[8:]),
        "\n",
    )
    chart_row("UR/UL", upper_row)
    chart_row("LR/LL", lower_row)
    b(
        " " * 6,
        " ".join(f"{t:>3}" for t in lower_row[:8]),
        " |",
        " ".join(f"{t:>3}" for t in lower_row[8:]),
        "\n",
    )
    b("Key: ─ missing  O/MO/DO/MOD amalgam surfaces  C crown  RCT root filled  X to extract  # fractured\n\n")
    bpe = [str(g.rng.randrange(0, 4)) for _ in range(6)]
    b(f"BPE: {bpe[0]} | {bpe[1]} | {bpe[2]} / {bpe[3]} | {bpe[4]} | {bpe[5]}\n")
    tooth = g.pick((16, 26, 36, 46, 47, 37, 14, 24))
    pain_since = seen - timedelta(days=g.rng.randrange(3, 30))
    b(
        "C/O: pain on biting UR/LR since ",
        g.date(pain_since, "d Mon"),
        f", worse with cold. {tooth} MOD amalgam fractured DL cusp.\n",
    )
    b(
        "Radiographs: 2x BW, ",
        g.pick(
            ("no caries other than noted", f"periapical radiolucency {tooth}", "bone levels 20% generalised")
        ),
        ".\n",
    )
    b("MH updated: ", ", ".join(filler.conditions(g, 2)), "; meds: ", filler.med(g), "\n")
    rel = ("mother", "father") if _years(seen, born) < 25 else ("wife", "husband", "daughter", "son")
    b("Pt's ", g.pick(rel), " ", g.name(g.person(loc), "first"), " is also a patient here (same recall).\n")
    b(
        f"Tx plan: 1) {tooth} RCT + onlay  2) scale & polish with ",
        g.name(hyg, "first"),
        f"  3) review {tooth - 1 if tooth % 10 > 1 else tooth + 1} in 6/12\n",
    )
    b(
        "Recall 6/12 — SMS to ",
        g.phone(loc, ext=0) if g.chance(0.3) else "mobile above",
        ". Next appt ",
        g.date(seen + timedelta(days=g.rng.randrange(7, 40)), "dd/mm/yyyy"),
        f" {_hm(g.rng.randrange(8 * 60, 17 * 60))}.\n",
    )
    b("Signed: ", g.name(dentist, g.pick(("initial", "full"))), "\n")


_OLD_NICKS = (
    ("Margaret", "Peggy", True),
    ("Dorothy", "Dot", True),
    ("Elizabeth", "Betty", True),
    ("Winifred", "Winnie", True),
    ("Mary", "Molly", True),
    ("William", "Bill", False),
    ("Albert", "Bert", False),
    ("Herbert", "Herbie", False),
    ("Frederick", "Fred", False),
    ("Edward", "Ted", False),
)


@T("clinical_note")
def t4_care_home_daily_notes(g: Gen, b: Builder) -> None:
    """A care home's daily record for one resident: carers sign with first names, the resident's
    preferred name, visitors, the next of kin phoned after a fall, GP and surgery, ages over 89."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_CA"))
    formal, nick, female = g.pick(_OLD_NICKS)
    base = g.person(loc, female=female)
    p = Person(formal, base.last, base.middle, female, loc)
    born = g.day(1921, 1940)
    d = g.day(2019, 2025)
    nok, gp = g.person(loc), g.person(loc)
    carers = [
        g.person(loc)
        if g.chance(0.6)
        else _culture(g, g.pick(("Filipino", "Indian", "Ghanaian", "Polish", "Yoruba")))
        for _ in range(4)
    ]
    home = g.pick(("Rosewood", "Beech House", "St Anne's", "Meadowbank", "The Laurels", "Oak Lodge"))
    b(ent(f"{home} Care Home", "ORGANIZATION"), " — daily care record\n")
    b(
        "Resident: ",
        g.name(p, g.pick(("full", "LAST_FIRST"))),
        ' (likes to be called "',
        ent(nick, "PERSON"),
        '")   Room ',
        str(g.rng.randrange(1, 40)),
        "\n",
    )
    b("DOB: ", _dob(g, "dd/mm/yyyy", born), "   Age: ", g.age(_years(d, born)), "   ")
    b("NHS no: " if loc == "en_GB" else "ID: ", g.ident("nhs") if loc == "en_GB" else g.ident("mrn"), "\n")
    b(
        "GP: Dr ",
        g.name(gp, "last"),
        ", ",
        ent(
            f"{g.pick(('Castle', 'Riverside', 'Priory', 'Elm Tree'))} "
            f"{g.pick(('Surgery', 'Medical Centre', 'Health Centre'))}",
            "ORGANIZATION",
        ),
        "\n",
    )
    rel = g.pick(("daughter", "son", "niece", "nephew", "granddaughter"))
    b(
        "NOK: ",
        g.name(nok, "full"),
        f" ({rel}) ",
        g.phone(loc, ext=0),
        g.pick(("", " — LPA health & welfare", " — call any time")),
        "\n",
    )
    b(
        "DNACPR: ",
        g.pick(("in place (copy in front of file)", "not in place", "discussed, not yet signed")),
        "\n\n",
    )
    b("— ", g.date(d, g.pick(("d Month yyyy", "dd/mm/yyyy"))), " —\n")
    ms = _clocks(g, 6, 7 * 60, 23 * 60)

    def entry(k: int, who: int, *text) -> None:
        b(
            f"{_hm(ms[k])}  ",
            ent(f"{carers[who].first} {carers[who].last[0]}.", "PERSON")
            if g.chance(0.6)
            else ent(carers[who].first, "PERSON"),
            ": ",
            *text,
            "\n",
        )

    entry(
        0,
        0,
        "Assisted with wash and dress. ",
        ent(nick, "PERSON"),
        " in good spirits, asked if ",
        g.name(nok, "first"),
        " is coming today. Fluids 200 ml.",
    )
    visitor = g.person(loc)
    entry(
        1,
        1,
        "Visitor: ",
        g.name(visitor, "full"),
        " (",
        g.pick(("friend from church", "former neighbour", "great-grandson")),
        ") ",
        f"{_hm(ms[1] + 5)}–{_hm(ms[1] + 70)}. Played cards in the lounge.",
    )
    entry(2, 1, "Ate ", g.pick(("3/4", "1/2", "all")), " of lunch (soft diet). ", filler.med(g), " given.")
    entry(
        3,
        2,
        "FALL — found sitting on floor beside bed, no apparent injury, body map done, obs NAD. Informed ",
        g.name(nok, "first"),
        " by phone ",
        f"{_hm(ms[3] + 15)}",
        " and GP surgery (spoke to ",
        g.name(g.person(loc), "first"),
        " on reception).",
    )
    pos = "her" if female else "his"
    rel2, fem2 = g.pick(
        (
            (f"{pos} late husband" if female else f"{pos} late wife", not female),
            (f"{pos} sister", True),
            (f"{pos} brother", False),
        )
    )
    entry(
        4,
        2,
        "Settled after tea. Said ",
        rel2,
        " ",
        g.name(g.person(loc, female=fem2), "first"),
        ' "is coming to collect me" — reassured.',
    )
    entry(5, 3, "Night: checked 2-hourly, slept well. Pad changed 02:00.")
    b(
        "\nFalls log ref ",
        g.ref("ticket", g.fill("FL-####")),
        " — reviewed by ",
        g.name(g.person(loc), "full"),
        " (deputy manager).\n",
    )


_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_RX = {
    "fr": (
        ("AMOXICILLINE 1 g", "1 comprimé matin et soir pendant 7 jours"),
        ("PARACÉTAMOL 1 g", "1 cp si douleur, 3 par jour maximum"),
        ("IBUPROFÈNE 400 mg", "1 cp au milieu des repas, 5 jours"),
        ("OMÉPRAZOLE 20 mg", "1 gélule le matin à jeun, 1 mois"),
    ),
    "es": (
        ("Amoxicilina 500 mg cápsulas", "1 cada 8 horas, 7 días"),
        ("Ibuprofeno 600 mg comprimidos", "1 cada 8 horas con comida, 5 días"),
        ("Omeprazol 20 mg", "1 en ayunas, 28 días"),
    ),
    "it": (
        ("AUGMENTIN*12CPR RIV 875MG+125MG", "1 cp ogni 12 ore per 6 giorni"),
        ("TACHIPIRINA*20CPR 500MG", "al bisogno"),
        ("PANTOPRAZOLO*28CPR 20MG", "1 cp al mattino"),
    ),
    "de": (
        ("Ibuprofen 600 mg Filmtabl. 20 St. N1", "1-1-1"),
        ("Amoxicillin 1000 mg 20 St. N1", "1-0-1 für 7 Tage"),
        ("Pantoprazol 20 mg 28 St. N1", "1-0-0"),
    ),
}


@T("clinical_note")
def t4_prescription_eu(g: Gen, b: Builder) -> None:
    """A prescription as printed in France (ordonnance, RPPS), Spain (receta, nº colegiado), Italy
    (promemoria ricetta elettronica, codice fiscale, NRE) or Germany (Muster 16 Kassenrezept fields)."""
    kind = g.pick(("fr", "es", "it", "de"))
    loc = {"fr": "fr_FR", "es": "es_ES", "it": "it_IT", "de": "de_DE"}[kind]
    p, doc = g.person(loc), g.person(loc)
    a, da = address(g, loc), address(g, loc)
    d = g.day(2019, 2025)
    born = _dob_day(g)
    lines_ = g.rng.sample(_RX[kind], g.rng.randrange(1, min(3, len(_RX[kind])) + 1))
    if kind == "fr":
        b(
            "Docteur ",
            ent(f"{doc.first} {doc.last.upper()}", "PERSON"),
            "\nMédecin généraliste — Conventionné secteur 1\n",
        )
        b("RPPS ", ent(g.fill("10#########"), "ID"), "   AM ", g.ref("ticket", g.fill("## # ##### #")), "\n")
        b(da.street, "\n", da.zip, " ", da.city, "\nTél. : ", g.phone(loc, ext=0), "\n\n")
        b(" " * 30, da.city, ", le ", ent(f"{d.day} {_FR_MONTHS[d.month - 1]} {d.year}", "DATE"), "\n\n")
        b("Mme " if p.female else "M. ", ent(f"{p.first} {p.last.upper()}", "PERSON"), "\n")
        b(g.age(_years(d, born)), f" ans — {g.rng.randrange(45, 110)} kg\n\n")
        for i, (drug, how) in enumerate(lines_):
            b(f"{i + 1}) {drug}\n   {how}\n")
        b(
            "\n",
            g.pick(("QSP 1 mois, à renouveler 2 fois", "Ne pas substituer", "")),
            "\n",
            " " * 30,
            "Signature\n",
        )
    elif kind == "es":
        b("RECETA MÉDICA — Asistencia sanitaria privada\n\n")
        b(
            "Paciente: ",
            g.name(p, g.pick(("full", "UPPER"))),
            "\nDNI/NIE: ",
            g.ident("national"),
            "   Fecha de nacimiento: ",
            _dob(g, "dd/mm/yyyy", born),
            "\n\n",
        )
        for drug, how in lines_:
            b("Medicamento: ", drug, "\nPosología: ", how, "   Nº envases: 1\n")
        b(
            "\nPrescriptor: ",
            "Dra. " if doc.female else "Dr. ",
            g.name(doc, "full"),
            "\nNº colegiado: ",
            ent(g.fill("28/28#####"), "ID"),
            "   ",
            da.city,
            "\n",
        )
        b("Fecha de prescripción: ", g.date(d, "dd/mm/yyyy"), "\nFirma:\n")
    elif kind == "it":
        b("SERVIZIO SANITARIO NAZIONALE — RICETTA ELETTRONICA\nPROMEMORIA PER L'ASSISTITO\n\n")
        b("NRE: ", g.ref("ticket", g.fill("####@##########")), "\n")
        b("COGNOME E NOME: ", ent(f"{p.last.upper()} {p.first.upper()}", "PERSON"), "\n")
        b("CODICE FISCALE: ", g.ident("national"), "\n")
        b(
            "INDIRIZZO: ",
            upper(a.street),
            "   CAP: ",
            a.zip,
            "   CITTÀ: ",
            upper(a.city),
            "   PROV: ",
            a.region if a.region is not None else "",
            "\n",
        )
        b(
            "ESENZIONE: ",
            g.pick(("NON ESENTE", "E01", "048")),
            "   SIGLA PROVINCIA: ",
            a.region if a.region is not None else "",
            "   CODICE ASL: ",
            str(g.rng.randrange(101, 320)),
            "\n\n",
        )
        b("PRESCRIZIONE                                  QTA  NOTA\n")
        for drug, how in lines_:
            b(f"{drug:<46}1    {how}\n")
        b(
            "\nDATA: ",
            g.date(d, "dd/mm/yyyy"),
            "\nCOGNOME E NOME DEL MEDICO: ",
            ent(f"{doc.last.upper()} {doc.first.upper()}", "PERSON"),
            "\n",
        )
        b("CODICE FISCALE DEL MEDICO: ", ent(g.fake("it_IT").ssn(), "ID"), "\n")
    else:
        b(
            "Krankenkasse bzw. Kostenträger: ",
            ent(g.pick(("AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit")), "ORGANIZATION"),
            "\n",
        )
        b("Name, Vorname des Versicherten: ", ent(f"{p.last}, {p.first}", "PERSON"), "\n")
        b(a.street, "\n", a.zip, " ", a.city, " " * 12, "geb. am ", _dob(g, "dd.mm.yy", born), "\n")
        b(
            "Kostenträgerkennung ",
            g.ref("ticket", g.fill("10#######")),
            "  Versicherten-Nr. ",
            ent(g.fill("@#########"), "ID"),
            "  Status 1000000\n",
        )
        b(
            "Betriebsstätten-Nr. ",
            ent(g.fill("#########"), "ID"),
            "  Arzt-Nr. ",
            ent(g.fill("#########"), "ID"),
            "  Datum ",
            g.date(d, "dd.mm.yy"),
            "\n\n",
        )
        b("Rp. (Bitte Leerräume durchstreichen)\n")
        for drug, how in lines_:
            b(f"  {drug}   >> {how} <<\n")
        b("  ☐ aut idem\n\n")
        b(
            "Dr. med. ",
            g.name(doc, "full"),
            " · Fachärzt",
            "in" if doc.female else "",
            " für Allgemeinmedizin · ",
            da.street,
            " · ",
            da.zip,
            " ",
            da.city,
            " · Tel. ",
            g.phone(loc, ext=0),
            "\n",
        )


@T("clinical_note")
def t4_antenatal_booking(g: Gen, b: Builder) -> None:
    """A midwife's antenatal booking record: the woman's identifiers, partner and next of kin, named
    midwife and team, interpreter language, LMP and EDD dates, obstetric history with years."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_CA"))
    w = g.person(loc, female=True)
    if g.chance(0.3):
        w = g.person(g.pick(("pl_PL", "pt_BR", "vi_VN", "hu_HU", "cs_CZ")), female=True)
    partner, mother, mw, gp = (
        g.person(loc, female=False),
        g.person(w.loc, female=True),
        g.person(loc, female=True),
        g.person(loc),
    )
    a = address(g, loc)
    booked = g.day(2019, 2025)
    lmp = booked - timedelta(days=g.rng.randrange(50, 80))
    edd = lmp + timedelta(days=280)
    scan_edd = edd + timedelta(days=g.rng.randrange(-6, 7))
    born = g.day(booked.year - 42, booked.year - 18)
    b(
        "ANTENATAL BOOKING — ",
        ent(
            g.pick(
                (
                    "Princess Royal Maternity Unit",
                    "St Mary's Maternity Unit",
                    "The Rosie Hospital",
                    "Coombe Hospital",
                    "Liverpool Women's Hospital",
                )
            ),
            "ORGANIZATION",
        ),
        "\n",
    )
    b(
        "Booked: ",
        g.date(booked, "dd/mm/yyyy"),
        f" at {(booked - lmp).days // 7}+{(booked - lmp).days % 7} weeks, home visit\n\n",
    )
    b("Name: ", g.name(w, g.pick(("full", "LAST_FIRST"))), "   Hospital no: ", g.ident("mrn"), "\n")
    b("DOB: ", _dob(g, "dd/mm/yyyy", born), "   Age: ", g.age(_years(booked, born)), "\n")
    b("Address: ", one_line(a), "\nMobile: ", g.phone(loc, ext=0), "   Email: ", g.email(w), "\n")
    b(
        "Partner: ",
        g.name(partner, "full"),
        " — ",
        g.phone(loc, ext=0),
        g.pick(("  (FOB)", "  (not FOB)", "")),
        "\n",
    )
    b(
        "NOK: ",
        g.name(mother, "full"),
        " (mother) ",
        g.phone(w.loc if w.loc != loc and g.chance(0.5) else loc, ext=0),
        "\n",
    )
    lang = {
        "pl_PL": "Polish",
        "pt_BR": "Portuguese",
        "vi_VN": "Vietnamese",
        "hu_HU": "Hungarian",
        "cs_CZ": "Czech",
    }.get(w.loc)
    if lang:
        b("Interpreter: ", lang, " — booked via LanguageLine (job ", g.ref("ticket", g.digits(6)), ")\n")
    else:
        b("Interpreter: not required\n")
    b(
        "GP: Dr ",
        g.name(gp, "last"),
        ", ",
        ent(g.pick(("Abbey Road Surgery", "Millbrook Health Centre", "The Green Practice")), "ORGANIZATION"),
        "\n",
    )
    b(
        "Named midwife: ",
        g.name(mw, "full"),
        f" (team {g.pick(('Rowan', 'Willow', 'Birch', 'Hazel'))}), triage line ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    b(
        "LMP: ",
        g.date(lmp, "dd/mm/yyyy"),
        "  (certain, regular 28/7)\nEDD by LMP: ",
        g.date(edd, "dd/mm/yyyy"),
        "   EDD by dating scan: ",
        g.date(scan_edd, "dd/mm/yyyy"),
        "\n",
    )
    para = g.rng.randrange(0, 3)
    b(f"G{para + g.rng.randrange(1, 3)} P{para}")
    for _ in range(para):
        b(
            "; ",
            g.pick(("SVD", "EMCS for FTP", "ventouse", "SVD, PPH 900 ml")),
            f" {g.rng.randrange(max(born.year + 18, booked.year - 12), booked.year + 1)}, ",
            g.pick(("boy", "girl")),
            f" {g.rng.randrange(2, 4)}.{g.rng.randrange(1, 9)} kg",
        )
    b("\n")
    b(
        f"BMI {g.rng.randrange(19, 38)}.{g.rng.randrange(10)}  BP "
        f"{g.rng.randrange(100, 140)}/{g.rng.randrange(60, 90)}  urine NAD\n"
    )
    b("Bloods: FBC, G&S, HIV/HepB/syphilis, Hb electrophoresis — consented.\n")
    b("Safeguarding: routine enquiry re DV asked when alone — no concerns disclosed.\n")
    b(
        "Plan: 20/40 anomaly scan ",
        g.date(lmp + timedelta(days=140 + g.rng.randrange(0, 5)), "d Mon"),
        "; 16/40 with ",
        g.name(mw, "first"),
        ". Aspirin 150 mg nocte from 12/40 (",
        g.pick(("BMI", "age", "previous PET")),
        ").\n",
    )


_TRIPS = (
    ("Ghana", ("Accra", "Kumasi"), "Ghanaian"),
    ("Nigeria", ("Lagos", "Ibadan"), "Yoruba"),
    ("Vietnam", ("Hanoi", "Hoi An"), "Vietnamese"),
    ("India", ("Chennai", "Kochi"), "Indian"),
    ("Peru", ("Cusco", "Arequipa"), "Latin American"),
    ("Kenya", ("Nairobi", "Mombasa"), "Kenyan"),
    ("Philippines", ("Cebu City", "Iloilo"), "Filipino"),
    ("Bangladesh", ("Sylhet", "Dhaka"), "Bangladeshi"),
)
_VACCINES = (
    "Typhim Vi",
    "Havrix Monodose",
    "Revaxis",
    "Stamaril (yellow fever)",
    "Rabipur (rabies) dose 1",
    "Dukoral",
    "Ixiaro (JE) dose 1",
)


@T("clinical_note")
def t4_travel_clinic_record(g: Gen, b: Builder) -> None:
    """A travel-health consultation: itinerary and dates, the host family visited (VFR), passport number
    for the yellow-fever certificate, vaccine batch numbers (not PII), the nurse's NMC PIN."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_US", "en_CA", "en_AU"))
    p, nurse = g.person(loc), g.person(loc)
    country, towns, culture = g.pick(_TRIPS)
    host = _culture(g, culture) if outside_names.culture(culture)[2] else g.person()
    a = address(g, loc)
    seen = g.day(2019, 2025)
    leave = seen + timedelta(days=g.rng.randrange(10, 60))
    back = leave + timedelta(days=g.rng.randrange(7, 60))
    born = _dob_day(g)
    b(
        "TRAVEL HEALTH CONSULTATION — ",
        ent(
            g.pick(("Nomad Travel Clinic", "MASTA Travel Clinic", "Boots Travel Health", "Passport Health")),
            "ORGANIZATION",
        ),
        "\n",
    )
    b("Date: ", g.date(seen, "dd/mm/yyyy"), "\n\n")
    b(
        "Traveller: ",
        g.name(p, g.pick(("full", "LAST_FIRST"))),
        "   DOB: ",
        _dob(g, "dd/mm/yyyy", born),
        "   Age: ",
        g.age(_years(seen, born)),
        "\n",
    )
    b("Passport no. (for ICVP): ", g.ident("passport"), "\n")
    b("Address: ", one_line(a), "   Tel: ", g.phone(loc, ext=0), "\n")
    if g.chance(0.5):
        comp = g.person(loc)
        b(
            "Travelling with: ",
            g.name(comp, "full"),
            " (",
            g.pick(("partner", "daughter", "son", "friend")),
            ", seen in same appointment)\n",
        )
    b(
        "\nItinerary: ",
        ent(country, "STATE_OR_COUNTRY"),
        " — ",
        ent(towns[0], "CITY"),
        " then ",
        ent(towns[1], "CITY"),
        ". ",
    )
    b("Depart ", g.date(leave, "d Mon yyyy"), ", return ", g.date(back, "d Mon yyyy"), ".\n")
    b(
        "Purpose: ",
        g.pick(("VFR", "volunteering", "backpacking", "wedding")),
        " — staying with ",
        g.name(host, "full"),
        " (",
        g.pick(("family friend", "cousin", "fiancé's family", "host family")),
        ") in ",
        ent(towns[g.rng.randrange(2)], "CITY"),
        ", rural trips planned.\n",
    )
    b("PMH: ", ", ".join(filler.conditions(g, 1)), ". Meds: ", filler.med(g), "\n\n")
    b("Vaccines given today:\n")
    for v in g.rng.sample(_VACCINES, g.rng.randrange(2, 4)):
        b(
            f"  {v:<26} batch {g.fill('@@####')}  exp "
            f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(25, 29)}  {g.pick(('L', 'R'))} deltoid  ",
            ent(f"{nurse.first[0]}{nurse.last[0]}", "PERSON"),
            "\n",
        )
    if country in ("Ghana", "Nigeria", "Kenya", "Peru"):
        b(
            "ICVP (yellow fever) issued, certificate no. ",
            g.ref("ticket", g.fill("YF######")),
            ", valid from ",
            g.date(seen + timedelta(days=10), "dd/mm/yyyy"),
            "\n",
        )
    b(
        "Malaria: ",
        g.pick(
            (
                "Malarone 1 daily, start 2 days before",
                "doxycycline 100 mg daily",
                "not indicated for itinerary",
            )
        ),
        "\n",
    )
    b("Advice: food/water hygiene, bite avoidance, rabies PEP pathway explained.\n")
    b("Nurse: ", g.name(nurse, "full"), " RGN, NMC PIN ", ent(g.fill("##@####@"), "ID"), "\n")


@T("clinical_note")
def t4_occ_health_report(g: Gen, b: Builder) -> None:
    """An occupational-health report to a line manager after a referral: employee identifiers, the
    consultation by phone, fitness opinion, adjustments, answers to the manager's questions."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US"))
    emp, mgr, adv, hr = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    org = g.org(loc)
    ref_day = g.day(2019, 2025)
    seen = ref_day + timedelta(days=g.rng.randrange(5, 25))
    b("PRIVATE & CONFIDENTIAL — OCCUPATIONAL HEALTH REPORT\n\n")
    b(
        "To: ",
        g.name(mgr, "full"),
        g.pick((", Line Manager", ", Team Leader", ", Operations Manager")),
        ", ",
        org,
        "\n",
    )
    b("cc: ", g.name(hr, "full"), " (HR Business Partner)\n")
    b(
        "Re: ",
        g.name(emp, "full"),
        "   DOB ",
        _dob(g, "dd/mm/yyyy", g.day(1960, 2003)),
        "   Employee no. ",
        g.ident("employee"),
        "\n",
    )
    b("Job title: ", g.pick(vocab.JOB_TITLES), "   Referral received: ", g.date(ref_day, "dd/mm/yyyy"), "\n")
    b(
        "Assessment: ",
        g.pick(("telephone", "video (Teams)", "face to face")),
        " consultation on ",
        g.date(seen, "d Month yyyy"),
        "\n\n",
    )
    b("Dear ", g.name(mgr, g.pick(("first", "full"))), ",\n\n")
    b(
        "Thank you for referring ",
        g.name(emp, "first"),
        ", who consented to this report being released to you. ",
    )
    b(
        "She" if emp.female else "He",
        " has been absent since ",
        g.date(ref_day - timedelta(days=g.rng.randrange(10, 60)), "d Month"),
        " with ",
    )
    b(
        g.pick(
            (
                "low back pain following a lifting incident",
                "work-related stress and low mood",
                "post-operative recovery (knee arthroscopy)",
                "migraine",
            )
        ),
        ".\n\n",
    )
    b(
        "Opinion: ",
        g.pick(
            ("fit for a phased return", "not yet fit for work; review in 4 weeks", "fit for modified duties")
        ),
        ". ",
    )
    b(
        "Recommended adjustments: ",
        g.pick(
            (
                "reduced hours (4 h/day) for 2 weeks rising to full hours by week 4",
                "no lifting > 10 kg for 6 weeks",
                "home working two days a week, protected breaks",
            )
        ),
        ".\n\n",
    )
    b(
        "Your questions:\n1. Is the Equality Act likely to apply? — ",
        g.pick(("Possibly; this is ultimately a legal decision.", "Unlikely at this stage.")),
        "\n",
    )
    b("2. Is there an underlying condition? — I cannot share clinical detail without further consent.\n")
    b(
        "3. Contact during absence — ",
        g.name(emp, "first"),
        " is happy for you to call on ",
        g.phone(loc, ext=0),
        " ",
        g.pick(("on Tuesdays", "after 2 pm", "any weekday")),
        ".\n\n",
    )
    b(
        "I have not arranged a review; please re-refer via ",
        g.email(adv, g.pick(("ohservices.co.uk", "healthatwork.ie", "optima-health.com"))),
        " if needed.\n\n",
    )
    b(
        "Yours sincerely,\n",
        g.name(adv, "full"),
        " RN SCPHN(OH)\nOccupational Health Adviser, NMC PIN ",
        ent(g.fill("##@####@"), "ID"),
        "\n",
    )


@T("clinical_note")
def t4_dictated_letter_asr(g: Gen, b: Builder) -> None:
    """A clinic letter as the dictation system's speech recognition returns it before typing: lowercase,
    "full stop", "new paragraph", the patient's name, date of birth, hospital number and address spoken."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU"))
    doc, p, gp = g.person(loc), g.person(loc), g.person(loc)
    born = _dob_day(g)
    seen = g.day(2019, 2025)
    mrn = g.fill(g.pick(("#######", "@#######", "##-##-###")))
    num = g.rng.randrange(1, 250)
    spec = g.pick(("respiratory", "rheumatology", "cardiology", "gastroenterology", "diabetes"))
    b(
        "[DICTATION ",
        g.ref("ticket", g.fill("D-######")),
        f" · {spec} outpatients · ASR draft, not yet typed]\n",
    )
    b(
        "author: ",
        g.name(doc, "full"),
        " · recorded ",
        g.date(seen, "dd/mm/yyyy"),
        f" {_hm(g.rng.randrange(9 * 60, 18 * 60))}\n\n",
    )
    b(
        "this is ",
        g.pick(("doctor ", "dr ", "")),
        g.name(doc, "lower"),
        " ",
        spec,
        " registrar dictating a clinic letter to ",
        g.pick(("doctor ", "dr ")),
        g.name(gp, "last").lower(),
    )
    b(
        " comma ",
        g.pick(("castle surgery", "riverside medical centre", "the health centre")),
        " full stop new paragraph\n",
    )
    b(
        "re colon ",
        g.name(p, "lower"),
        " date of birth ",
        ent(_spoken_date(g, born), "DATE", dob=True),
        " hospital number ",
    )
    b(ent(_spoken_letters(g, mrn.replace("-", "")), "ID"), " new line\n")
    b(
        "address ",
        ent(f"{_house_words(g, num)} {_street_name(g, loc).lower()}", "STREET_ADDRESS"),
        " comma ",
        lower(_town(g, loc)),
    )
    if loc in ("en_GB", "en_IE"):
        b(" comma ", ent(_spoken_letters(g, _gb_postcode(g)), "ZIP_CODE"))
    b(" new paragraph\n")
    b(
        "i saw ",
        g.pick(("mrs ", "ms ") if p.female else ("mr ",)),
        g.name(p, "last").lower(),
        " today in clinic accompanied by ",
        g.pick(
            ("her husband ", "her daughter ", "a friend ")
            if p.female
            else ("his wife ", "his son ", "a friend ")
        ),
        g.name(g.person(loc), "first_lower"),
        " full stop ",
    )
    b(
        "she" if p.female else "he",
        " reports ",
        g.pick(
            (
                "improved breathlessness since starting the inhaler",
                "ongoing joint stiffness in the mornings",
                "two episodes of palpitations",
                "reflux symptoms despite the p p i",
            )
        ),
        " full stop ",
    )
    b("examination was unremarkable full stop new paragraph\n")
    b(
        "plan colon ",
        g.pick(
            (
                "repeat bloods in six weeks",
                "echo and holter monitor",
                "increase to forty milligrams",
                "refer for endoscopy",
            )
        ),
        " full stop i will see ",
        "her" if p.female else "him",
        " again in ",
        g.pick(("three", "four", "six")),
        " months full stop ",
    )
    b("copy to patient full stop ", "yours sincerely ", g.name(doc, "lower"), " end of dictation\n")
    b(
        "\n[confidence 0.",
        str(g.rng.randrange(71, 96)),
        " · ",
        g.pick(("2 low-confidence words", "speaker noise", "")),
        "]\n",
    )


# ---------------------------------------------------------------- support e-mails

_DE_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
_ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_SIG_LOC = {
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "sv": "sv_SE",
}
_ROLES = {
    "de": ("Sachbearbeiterin Kundenservice", "Leiter Einkauf", "Projektleiterin"),
    "fr": ("Responsable des achats", "Chargée de clientèle", "Directeur commercial"),
    "es": ("Responsable de compras", "Atención al cliente", "Director comercial"),
    "it": ("Ufficio acquisti", "Responsabile amministrativa", "Area manager"),
    "nl": ("Inkoper", "Klantenservice", "Accountmanager"),
    "pl": ("Specjalista ds. zakupów", "Kierownik projektu", "Księgowa"),
    "sv": ("Inköpare", "Kundtjänst", "Projektledare"),
}


def _local_header_date(g: Gen, d: date, lang: str) -> tuple:
    """A mail client's date line in its language; the time stays outside the span."""
    wd = d.weekday()
    t = _hm(g.rng.randrange(8 * 60, 19 * 60))
    if lang == "de":
        return (ent(f"{_DAYS['de'][wd]}, {d.day}. {_DE_MONTHS[d.month - 1]} {d.year}", "DATE"), f" {t}")
    if lang == "fr":
        return (ent(f"{_DAYS['fr'][wd]} {d.day} {_FR_MONTHS[d.month - 1]} {d.year}", "DATE"), f" {t}")
    if lang == "es":
        return (ent(f"{_DAYS['es'][wd]}, {d.day} de {_ES_MONTHS[d.month - 1]} de {d.year}", "DATE"), f" {t}")
    return (ent(f"{_DAYS['en'][wd]}, {d.day} {fmt_date(d, 'Mon d, yyyy')[:3]} {d.year}", "DATE"), f" at {t}")


def _sig(g: Gen, lang: str, p: Person, org: Ent, mail: Ent) -> list:
    """A signature block in the sender's language, company registration numbers as references."""
    loc = _SIG_LOC[lang]
    a = address(g, loc)
    role = g.pick(_ROLES[lang])
    ph, mob = g.phone(loc, ext=0), g.phone(loc, ext=0)
    name = ent(f"{p.first} {p.last}", "PERSON")
    if lang == "de":
        boss = g.person(loc)
        return [
            "Mit freundlichen Grüßen\n\n",
            name,
            "\n",
            role,
            "\n\n",
            org,
            "\n",
            a.street,
            " · ",
            a.zip,
            " ",
            a.city,
            "\n",
            "Tel.: ",
            ph,
            "\nMobil: ",
            mob,
            "\nE-Mail: ",
            mail,
            "\n\n",
            "Geschäftsführer: ",
            ent(f"{boss.first} {boss.last}", "PERSON"),
            "\nAmtsgericht ",
            ent(a.city.text, "CITY"),
            " · HRB ",
            g.ref("ticket", g.digits(5)),
            "\n",
            "USt-IdNr.: ",
            g.ref("ticket", "DE" + g.digits(9)),
            "\n",
        ]
    if lang == "fr":
        return [
            "Bien cordialement,\n\n",
            name,
            "\n",
            role,
            "\n",
            org,
            " — ",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            "\n",
            "Tél. : ",
            ph,
            "\nPortable : ",
            mob,
            "\n",
            "SIRET : ",
            g.ref("ticket", g.fill("### ### ### #####")),
            "\n",
        ]
    if lang == "es":
        return [
            "Un saludo,\n\n",
            name,
            "\n",
            role,
            " | ",
            org,
            "\n",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            "\n",
            "Tel. ",
            ph,
            " | Móvil ",
            mob,
            "\nCIF: ",
            g.ref("ticket", g.fill("B########")),
            "\n\n",
            "Este mensaje y sus archivos adjuntos son confidenciales y se dirigen exclusivamente a su "
            "destinatario.\n",
        ]
    if lang == "it":
        pr = (" (", a.region, ")") if a.region is not None else ""
        return [
            "Cordiali saluti\n\n",
            name,
            "\n",
            role,
            "\n",
            org,
            "\n",
            a.street,
            " - ",
            a.zip,
            " ",
            a.city,
            pr,
            "\n",
            "Tel. ",
            ph,
            " - Cell. ",
            mob,
            "\nP.IVA ",
            g.ref("ticket", g.digits(11)),
            "\n",
        ]
    if lang == "nl":
        return [
            "Met vriendelijke groet,\n\n",
            name,
            "\n",
            role,
            "\n\n",
            "T ",
            ph,
            "\nM ",
            mob,
            "\nE ",
            mail,
            "\n",
            org,
            " · ",
            a.street,
            " · ",
            a.zip,
            " ",
            a.city,
            "\nKvK ",
            g.ref("ticket", g.digits(8)),
            " · BTW ",
            g.ref("ticket", f"NL{g.digits(9)}B01"),
            "\n",
        ]
    if lang == "pl":
        return [
            "Pozdrawiam serdecznie\n",
            name,
            "\n",
            role,
            "\ntel. kom.: ",
            mob,
            "\n",
            org,
            "\n",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            "\n",
            "NIP: ",
            g.ref("ticket", g.fill("###-###-##-##")),
            " · KRS ",
            g.ref("ticket", "0000" + g.digits(6)),
            "\n",
        ]
    return [
        "Med vänliga hälsningar\n",
        name,
        "\n",
        role,
        "\nMobil: ",
        mob,
        "\nVäxel: ",
        ph,
        "\n",
        org,
        " · Org.nr ",
        g.ref("ticket", g.fill("556###-####")),
        " · ",
        a.street,
        ", ",
        a.zip,
        " ",
        a.city,
        "\n",
    ]


def _fwd_header(g: Gen, lang: str, sender: Ent, smail: Ent, to: Ent, d: date, subject: str) -> list:
    if lang == "de":
        return [
            "Von: ",
            sender,
            " <",
            smail,
            ">\nGesendet: ",
            _local_header_date(g, d, "de"),
            "\nAn: ",
            to,
            "\nBetreff: ",
            subject,
            "\n\n",
        ]
    if lang == "fr":
        return [
            "De : ",
            sender,
            " <",
            smail,
            ">\nEnvoyé : ",
            _local_header_date(g, d, "fr"),
            "\nÀ : ",
            to,
            "\nObjet : ",
            subject,
            "\n\n",
        ]
    if lang == "es":
        return [
            "De: ",
            sender,
            " <",
            smail,
            ">\nEnviado el: ",
            _local_header_date(g, d, "es"),
            "\nPara: ",
            to,
            "\nAsunto: ",
            subject,
            "\n\n",
        ]
    return [
        "---------- Forwarded message ---------\nFrom: ",
        sender,
        " <",
        smail,
        ">\nDate: ",
        _local_header_date(g, d, "en"),
        "\nSubject: ",
        subject,
        "\nTo: <",
        to,
        ">\n\n",
    ]


@T("support_email")
def t4_fwd_signatures_multilang(g: Gen, b: Builder) -> None:
    """A complaint forwarded twice inside a company: Outlook headers in German, French or Spanish
    (Von/Gesendet, De/Envoyé), and signature blocks in seven languages with phones, addresses,
    managing directors and company registration numbers (references, not PII)."""
    langs = g.rng.sample(tuple(_SIG_LOC), 2)
    fwd_lang = g.pick(("de", "fr", "es", "en"))
    agent = g.person("en_GB")
    colleague = g.person(_SIG_LOC[langs[0]])
    cust = g.person(_SIG_LOC[langs[1]])
    org1, org2 = g.org(_SIG_LOC[langs[0]]), g.org(_SIG_LOC[langs[1]])
    m1, m2 = _mail(g, colleague, g.domain_of(org1)), _mail(g, cust, g.domain_of(org2))
    support = ent(f"support@{g.pick(('parcelhub.eu', 'logixa.com', 'shipright.io'))}", "EMAIL_ADDRESS")
    d2 = g.day(2020, 2025)
    d1 = d2 - timedelta(days=g.rng.randrange(1, 6))
    subj = {
        "de": "Lieferung unvollständig",
        "fr": "Réclamation commande",
        "es": "Reclamación pedido",
        "it": "Reclamo consegna",
        "nl": "Levering onvolledig",
        "pl": "Reklamacja dostawy",
        "sv": "Reklamation leverans",
    }[langs[1]] + g.pick(("", " !!", " / incomplete delivery"))
    b("From: ", g.name(colleague, "full"), " <", m1, ">\nTo: ", support, "\nSubject: FW: ", subj, "\n\n")
    b(
        "Hi ",
        g.name(agent, "first") if g.chance(0.5) else "team",
        ",\n\n",
        g.pick(
            (
                "can you please look into the below? Customer is quite upset.",
                "forwarding as discussed on the phone — order ref in the thread.",
                "please see below, I don't speak the language well enough to reply.",
            )
        ),
        "\n",
    )
    b("Ref ", g.ref("ticket"), "\n\n", *_sig(g, langs[0], colleague, org1, m1), "\n")
    b(*_fwd_header(g, fwd_lang, ent(f"{cust.first} {cust.last}", "PERSON"), m2, m1, d1, subj))
    body = {
        "de": "Sehr geehrte Damen und Herren,\n\nleider ist die Lieferung vom {d} unvollständig "
        "angekommen. Bitte rufen Sie mich zurück.\n\n",
        "fr": "Madame, Monsieur,\n\nla livraison du {d} est arrivée incomplète. Merci de me rappeler "
        "rapidement.\n\n",
        "es": "Buenos días:\n\nel pedido entregado el {d} llegó incompleto. Por favor, llámenme.\n\n",
        "it": "Buongiorno,\n\nla consegna del {d} è arrivata incompleta. Vi prego di richiamarmi.\n\n",
        "nl": "Beste,\n\nde levering van {d} is onvolledig aangekomen. Graag even terugbellen.\n\n",
        "pl": "Dzień dobry,\n\ndostawa z dnia {d} dotarła niekompletna. Proszę o kontakt telefoniczny.\n\n",
        "sv": "Hej,\n\nleveransen den {d} kom inte komplett. Ring mig gärna.\n\n",
    }[langs[1]]
    pre, post = body.split("{d}")
    b(pre, g.date(d1 - timedelta(days=g.rng.randrange(1, 10)), "dd.mm.yyyy"), post)
    b(*_sig(g, langs[1], cust, org2, m2))


_OOO = {
    "de": (
        "de_DE",
        "Automatische Antwort: ",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {d} nicht im Büro und habe keinen "
        "Zugriff auf meine E-Mails. "
        "In dringenden Fällen wenden Sie sich bitte an {w} {n} ({m}, Tel. {p}).",
        ("meine Kollegin", "meinen Kollegen"),
        "dd.mm.yyyy",
    ),
    "fr": (
        "fr_FR",
        "Réponse automatique : ",
        "Bonjour, je suis absent(e) du bureau jusqu'au {d} inclus. Pour toute urgence, merci de "
        "contacter {w} {n} au {p} ou par e-mail à {m}.",
        ("ma collègue", "mon collègue"),
        "dd/mm/yyyy",
    ),
    "nl": (
        "nl_NL",
        "Automatisch antwoord: ",
        "Ik ben afwezig tot en met {d}. Voor dringende zaken kunt u contact opnemen met {w} {n} via {m} "
        "of {p}.",
        ("mijn collega", "mijn collega"),
        "d-m-yyyy",
    ),
    "es": (
        "es_ES",
        "Respuesta automática: ",
        "Estaré fuera de la oficina hasta el {d}. Para asuntos urgentes, contacte con {w} {n} en {m} o "
        "en el {p}.",
        ("mi compañera", "mi compañero"),
        "dd/mm/yyyy",
    ),
    "it": (
        "it_IT",
        "Risposta automatica: ",
        "Sarò fuori ufficio fino al {d} compreso, con accesso limitato alla posta. Per urgenze "
        "contattare {w} {n} ({m} - {p}).",
        ("la collega", "il collega"),
        "dd/mm/yyyy",
    ),
    "en": (
        "en_GB",
        "Automatic reply: ",
        "Thank you for your email. I am on annual leave until {d} with no access to email. For anything "
        "urgent please contact {w} {n} on {p} or at {m}.",
        ("my colleague", "my colleague"),
        "d Month",
    ),
}


def _ooo_date(g: Gen, d: date, style: str) -> Ent:
    if style == "d-m-yyyy":
        return ent(f"{d.day}-{d.month}-{d.year}", "DATE")
    return g.date(d, style)


@T("support_email")
def t4_autoreply_deputies(g: Gen, b: Builder) -> None:
    """A customer's exasperated e-mail quoting the stack of auto-replies they received: out-of-office
    notices in German, French, Dutch, Spanish, Italian or English naming deputies with their e-mail
    and phone, one bilingual, and a "mailbox no longer monitored" notice."""
    cust = g.person()
    org = g.org()
    dom = g.domain_of(org)
    d = g.day(2020, 2025)
    inv = g.ref("ticket", g.fill(f"INV-{d.year}-####"))
    b(
        "From: ",
        g.name(cust, "full"),
        " <",
        g.email(cust),
        ">\nTo: ",
        ent(f"info@{dom}", "EMAIL_ADDRESS"),
        "\nSubject: Re: ",
        inv,
        " — still no answer\n\n",
    )
    b(
        "Hello,\n\nI have written to three people in your accounts team about invoice ",
        inv,
        " and all I get back is this:\n\n",
    )
    langs = g.rng.sample(tuple(_OOO), 2)
    for lang in langs:
        loc, subj, text, deputy_words, style = _OOO[lang]
        away, deputy = g.person(loc), g.person(loc)
        amail = g.email(away, dom)
        dmail = g.email(deputy, dom)
        b("> From: ", g.name(away, "full"), " <", amail, ">\n> Subject: ", subj, "Re: ", inv, "\n>\n> ")
        pre, rest = text.split("{d}")
        back = d + timedelta(days=g.rng.randrange(3, 20))
        b(pre, _ooo_date(g, back, style))
        word = deputy_words[0] if deputy.female else deputy_words[1]
        parts = {"w": word, "n": g.name(deputy, "full"), "m": dmail, "p": g.phone(loc, ext=0)}
        i = 0
        while i < len(rest):
            if rest[i] == "{" and rest[i + 2] == "}":
                b(parts[rest[i + 1]])
                i += 3
            else:
                j = rest.find("{", i)
                j = len(rest) if j < 0 else j
                b(rest[i:j])
                i = j
        if lang != "en" and g.chance(0.5):
            b(
                "\n>\n> I am out of the office until ",
                _ooo_date(g, back, "d Month"),
                ". For urgent matters please contact ",
                g.name(deputy, "first"),
                ".",
            )
        b("\n>\n> ", g.name(away, "first"), "\n\n")
    left, repl = g.person(), g.person()
    b(
        "> From: ",
        g.name(left, "full"),
        " <",
        g.email(left, dom),
        ">\n> Subject: Undeliverable-ish: Re: ",
        inv,
        "\n>\n",
    )
    b(
        "> This mailbox is no longer monitored. ",
        g.name(left, "full"),
        " has left ",
        org,
        ". Please redirect your enquiry to ",
    )
    b(g.name(repl, "full"), " (", g.email(repl, dom), ").\n\n")
    b(
        "Could someone please actually reply? My number is ",
        g.phone(cust.loc, ext=0),
        ".\n\n",
        g.name(cust, g.pick(("first", "full"))),
        "\n",
    )


@T("support_email")
def t4_expense_claim_dispute(g: Gen, b: Builder) -> None:
    """An expense-claim dispute between an employee and the finance shared mailbox: a hotel booked in a
    partner's name, mileage from the home postcode, new bank details, the approver copied in."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "de_DE", "nl_NL", "en_US"))
    emp, fin, partner, appr = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    org = g.org(loc)
    dom = g.domain_of(org)
    home = address(g, loc)
    claim = g.ref("ticket", g.fill("EXP-######"))
    d = g.day(2020, 2025)
    trip = d - timedelta(days=g.rng.randrange(10, 40))
    site = _town(g, loc)
    b(
        "From: ",
        g.name(fin, "full"),
        " <",
        g.email(fin, dom),
        ">\nTo: ",
        g.name(emp, "full"),
        " <",
        g.email(emp, dom),
        ">\n",
    )
    b(
        "Cc: ",
        g.name(appr, "full"),
        " <",
        g.email(appr, dom),
        ">\nSubject: RE: Expense claim ",
        claim,
        " rejected?\n\n",
    )
    b("Hi ", g.name(emp, "first"), ",\n\nThanks for explaining. Two things before I can release it:\n")
    b(
        "1) The hotel invoice is addressed to ",
        g.name(partner, "full"),
        " — policy says the receipt must be in the claimant's name. A note from the hotel would do.\n",
    )
    b("2) Mileage should be from the office, not from home, unless you went straight to the client. ")
    b(
        "I've sent it back to ",
        g.name(appr, "first"),
        " to confirm.\n\nKind regards,\n",
        g.name(fin, "first"),
        "\nAccounts Payable, ",
        org,
        "\n\n",
    )
    b(
        "-----Original Message-----\nFrom: ",
        g.name(emp, "full"),
        "\nSent: ",
        g.date(d, g.pick(("dd/mm/yyyy", "d Month yyyy"))),
        f" {_hm(g.rng.randrange(8 * 60, 20 * 60))}\n",
    )
    b(
        "To: Accounts Payable <",
        ent(f"ap@{dom}", "EMAIL_ADDRESS"),
        ">\nSubject: Expense claim ",
        claim,
        " rejected?\n\n",
    )
    b(
        "Hi,\n\nMy claim for the ",
        site,
        " trip on ",
        g.date(trip, g.pick(("d Month", "dd/mm/yy"))),
        " was rejected and I don't understand why.\n\n",
    )
    b(
        "- The hotel was booked by my ",
        g.pick(("wife", "partner") if partner.female else ("husband", "partner")),
        " ",
        g.name(partner, "first"),
        " on our joint card, that's why the invoice is in ",
        "her" if partner.female else "his",
        " name.\n",
    )
    b(
        "- Mileage: I drove from home (",
        home.zip if home.zip is not None else home.city,
        ") straight to the client in ",
        site,
        f", {g.rng.randrange(40, 240)} miles return.\n",
    )
    b(
        "- Parking paid on the corporate card ending ",
        g.ref("ticket", g.digits(4)),
        ", so that line can be removed.\n\n",
    )
    b("Also my bank details have changed, please pay into:\n")
    if loc in ("en_GB",):
        b(
            "Sort code ",
            g.ref("ticket", g.fill("##-##-##")),
            "  Account ",
            g.ident("account"),
            "  (",
            g.name(emp, "full"),
            ")\n\n",
        )
    else:
        b("IBAN ", g.iban(loc), "  (", g.name(emp, "full"), ")\n\n")
    b("Thanks,\n", g.name(emp, "full"), "\n", g.pick(vocab.JOB_TITLES), " | ", g.phone(loc, ext=0), "\n")


@T("support_email")
def t4_school_pickup_authorisation(g: Gen, b: Builder) -> None:
    """A parent's e-mail to a school office authorising someone else to collect a child, with the
    collector's description and car, a password, a parent who must not collect, and the office reply."""
    loc = g.pick(("en_GB", "en_GB", "en_US", "en_IE", "en_AU", "en_CA"))
    parent, child, gran, other, office = (
        g.person(loc),
        g.person(loc),
        g.person(loc),
        g.person(loc),
        g.person(loc),
    )
    child = Person(child.first, parent.last, child.middle, child.female, loc)
    school = g.pick(
        (
            "St Joseph's Primary",
            "Oakfield Primary School",
            "Hillcrest Elementary",
            "Scoil Mhuire",
            "Riverside Public School",
        )
    )
    klass = g.pick(("Year 2", "Class 4B", "Grade 3", "Reception", "2nd class"))
    d = g.day(2020, 2025)
    b(
        "From: ",
        g.name(parent, "full"),
        " <",
        g.email(parent),
        ">\nTo: ",
        ent(
            "office@"
            + g.pick(("stjosephs.sch.uk", "oakfield.school", "hillcrest.k12.us", "riverside.edu.au")),
            "EMAIL_ADDRESS",
        ),
        "\n",
    )
    b(
        "Subject: Pick up ",
        g.date(d, g.pick(("d Month", "Month d"))),
        " — ",
        g.name(child, "full"),
        " (",
        klass,
        ")\n\n",
    )
    b(
        "Hi,\n\n",
        g.name(child, "first"),
        "'s ",
        g.pick(("grandmother", "grandfather", "aunt", "uncle", "childminder")),
        " ",
        g.name(gran, "full"),
        " will be collecting ",
    )
    b(
        "him" if not child.female else "her",
        " today at 3.15. ",
        "She" if gran.female else "He",
        " drives a ",
        g.pick(("silver Toyota Yaris", "blue Ford Focus", "white VW Golf", "red Honda Jazz")),
        ", registration ",
    )
    b(
        g.ident("vehicle"),
        ', and will give the password we agreed ("',
        g.pick(("blue giraffe", "pancakes", "rocket")),
        '").\n',
    )
    b("Her" if gran.female else "His", " mobile is ", g.phone(loc, ext=0), " in case there's a problem.\n\n")
    b(
        "As you know from the court order, ",
        g.name(other, "full"),
        " is NOT allowed to collect ",
        g.name(child, "first"),
        ". ",
    )
    b(
        "Please call me straight away on ",
        g.phone(loc, ext=0),
        " if ",
        "she" if other.female else "he",
        " turns up.\n\n",
    )
    b(
        "Also ",
        g.name(child, "first"),
        " has ",
        g.pick(("a dentist appointment", "swimming", "speech therapy")),
        " on ",
        g.pick(vocab.WEEKDAYS),
        ", ",
        g.pick(("please can the inhaler go in the bag", "packed lunch that day", "no after-school club")),
        ".\n\n",
    )
    b(
        "Thanks,\n",
        g.name(parent, "first"),
        " (",
        g.pick(("Mum", "mum") if parent.female else ("Dad", "dad")) if g.chance(0.6) else "parent",
        ")\n\n",
    )
    b("--\n", school, " office (", g.name(office, "first"), ") replied ", g.date(d, "d Mon yyyy"), ":\n")
    b(
        "> Thank you, noted on ",
        g.name(child, "first"),
        "'s record and passed to the class teacher. We have ",
        g.name(other, "last"),
        " flagged on the system.\n",
    )


@T("support_email")
def t4_delayed_baggage_claim(g: Gen, b: Builder) -> None:
    """A delayed-baggage thread with an airline's customer relations: PIR file and bag-tag references,
    a temporary holiday address and the home address, passport number, phone, the courier's reply."""
    home_loc = g.pick(("en_GB", "en_US", "de_DE", "nl_NL", "en_IE", "fr_FR", "it_IT", "pl_PL"))
    away_loc = g.pick(
        tuple(x for x in ("es_ES", "it_IT", "pt_BR", "en_US", "fr_FR", "en_GB", "sv_SE") if x != home_loc)
    )
    p, agent, comp = g.person(home_loc), g.person("en_GB"), g.person(home_loc)
    home, away = address(g, home_loc), address(g, away_loc)
    d = g.day(2019, 2025)
    airline, code = g.pick(
        (
            ("British Airways", "BA"),
            ("KLM", "KL"),
            ("Lufthansa", "LH"),
            ("Aer Lingus", "EI"),
            ("Iberia", "IB"),
        )
    )
    station = g.pick(("LHR", "AMS", "FRA", "DUB", "MAD", "BCN", "FCO"))
    pir = g.ref("ticket", f"{station}{code}{g.digits(5)}")
    b(
        "From: ",
        g.name(p, "full"),
        " <",
        g.email(p),
        ">\nTo: ",
        ent(
            "baggage.claims@" + g.pick(("airline-care.com", "customerrelations.aero", "bagtrace.net")),
            "EMAIL_ADDRESS",
        ),
        "\n",
    )
    b("Subject: Delayed bag — file ", pir, "\n\n")
    b(
        "Dear ",
        airline,
        " team,\n\nMy suitcase did not arrive on ",
        f"{code} {g.rng.randrange(100, 3999)}",
        " on ",
        g.date(d, g.pick(("d Month yyyy", "dd/mm/yyyy"))),
        ". ",
    )
    b(
        "I reported it at the desk (file ",
        pir,
        ", bag tag ",
        g.ref("ticket", f"{code}{g.digits(6)}"),
        ").\n\n",
    )
    b(
        "Until ",
        g.date(d + timedelta(days=g.rng.randrange(4, 12)), "d Month"),
        " please deliver it to where we are staying:\n  ",
    )
    b(
        g.pick(("Apartamentos ", "Hotel ", "Villa ", "B&B ")),
        g.pick(("Las Palmeras", "Bellavista", "Sol y Mar", "Casa Azul")),
        "\n  ",
        one_line(away, country=True),
        "\n",
    )
    b("After that to my home address:\n  ", g.name(p, "full"), "\n", block(home, "  ", country=True))
    b("\nMobile (WhatsApp): ", g.phone(home_loc, ext=0), "\n")
    b("Passport number (as requested at the desk): ", g.ident("passport"), "\n")
    b(
        "I'm travelling with ",
        g.name(comp, "full"),
        " (booking ref ",
        g.ref("ticket", g.fill("@@@@@@")),
        ") whose bag did arrive.\n\n",
    )
    b(
        "I have bought essentials for ",
        g.pick(("€", "£", "$")),
        str(g.rng.randrange(40, 400)),
        " — receipts attached.\n\n",
        g.name(p, g.pick(("full", "first"))),
        "\n\n",
    )
    b("----- Reply -----\nDear ", g.title(p), g.name(p, "last"), ",\n\n")
    b(
        "Your bag has been located and will be delivered by ",
        g.pick(("DHL", "BagPort", "Airport Couriers")),
        " to ",
        away.street,
        " tomorrow between 14:00 and 20:00. ",
    )
    b(
        "The driver will call ",
        g.phone(home_loc, ext=0) if g.chance(0.3) else "the mobile number you gave us",
        " before arrival.\n\n",
    )
    b("Kind regards,\n", g.name(agent, "first"), " | ", airline, " Baggage Services\n")


@T("support_email")
def t4_letting_agent_repair(g: Gen, b: Builder) -> None:
    """A tenant's repair thread with a letting agent: the flat address, access via a neighbour, the
    contractor's name and mobile, the landlord copied in, photos and a previous report date."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "de_DE", "nl_NL"))
    tenant, agent, contractor, landlord, neighbour = (g.person(loc) for _ in range(5))
    a = address(g, loc)
    agency = g.pick(
        ("Bridgeway Lettings", "Hamptons Residential", "City Nest", "Harbour Homes", "Keyline Property")
    )
    dom = ascii_fold(agency).lower().replace(" ", "") + ".co.uk"
    d = g.day(2020, 2025)
    issue = g.pick(
        (
            "the boiler has stopped working again (no heating or hot water)",
            "there's a leak from the bathroom ceiling into the kitchen",
            "the front door lock is broken",
            "black mould is back in the bedroom",
        )
    )
    tmail = g.email(tenant)
    b(
        "From: ",
        g.name(agent, "full"),
        " <",
        g.email(agent, dom),
        ">\nTo: ",
        tmail,
        "\nCc: ",
        g.name(landlord, "full"),
        " <",
        g.email(landlord),
        ">\n",
    )
    b("Subject: RE: Repair — ", one_line(a)[0], "\n\n")
    b(
        "Hi ",
        g.name(tenant, "first"),
        ",\n\nI've booked ",
        g.name(contractor, "full"),
        " (",
        g.pick(("Gas Safe reg. ", "plumber, ", "locksmith, ")),
        g.ref("ticket", g.digits(6)),
        ") for ",
    )
    b(
        g.pick(vocab.WEEKDAYS),
        " between 8 and 12. ",
        "She" if contractor.female else "He",
        " will call you on arrival; ",
        "her" if contractor.female else "his",
        " mobile is ",
        g.phone(loc, ext=0),
        ".\n",
    )
    b(
        "If you're at work, is ",
        g.name(neighbour, "first"),
        " at ",
        g.pick(("number ", "flat ")),
        ent(str(g.rng.randrange(1, 90)), "STREET_ADDRESS"),
        " still happy to let them in?\n\n",
    )
    b(
        "Best,\n",
        g.name(agent, "first"),
        "\nProperty Manager | ",
        ent(agency, "ORGANIZATION"),
        " | ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    b("> On ", g.date(d, "d Mon yyyy"), ", ", g.name(tenant, "full"), " <", tmail, "> wrote:\n")
    b(
        "> Hello,\n> I'm writing again because ",
        issue,
        ". I first reported it on ",
        g.date(d - timedelta(days=g.rng.randrange(14, 90)), "dd/mm/yyyy"),
        ".\n",
    )
    b("> Address: ", one_line(a), "\n> Tenancy ref ", g.ref("ticket", g.fill("TEN-#####")), "\n")
    b("> My neighbour ", g.name(neighbour, "full"), " has a spare key and works from home.\n")
    b(
        "> Best number is ",
        g.phone(loc, ext=0),
        ". Photos attached (IMG_",
        g.digits(4),
        ".jpg).\n> ",
        g.name(tenant, "first"),
        "\n",
    )


@T("support_email")
def t4_listserv_digest(g: Gen, b: Builder) -> None:
    """A Mailman-style mailing-list digest for a hobby society: topic index with authors, several
    messages with From lines and e-mail addresses, signatures with phones and towns, an unsubscribe footer."""
    topic = g.pick(("birding-uk", "vintage-radio", "allotment-society", "orienteering-club", "choir-members"))
    n = g.rng.randrange(3, 5)
    d = g.day(2018, 2025)
    ppl = [g.person(g.pick(("en_GB", "en_GB", "en_IE", "en_US", "nl_NL", "de_DE"))) for _ in range(n)]
    mails = [g.email(p) for p in ppl]
    towns = [_town(g, p.loc) for p in ppl]
    host = g.pick(("groupserve.org", "mailman.example.net", "jiscmail.ac.uk"))
    subjects = g.rng.sample(
        (
            "Re: lift share to Saturday's meet",
            "Spare tickets",
            "Lost: green waterproof at the hall",
            "New member introduction",
            "AGM minutes and treasurer vacancy",
            "Re: who has the club projector?",
        ),
        n,
    )
    list_addr = ent(f"{topic}@lists.{host}", "EMAIL_ADDRESS")
    b(f"Send {topic} mailing list submissions to\n\t", list_addr, "\n\n")
    b("Today's Topics:\n\n")
    for i in range(n):
        b(f"   {i + 1}. {subjects[i]} (", g.name(ppl[i], "full"), ")\n")
    b("\n\n----------------------------------------------------------------------\n\n")
    for i in range(n):
        b(
            f"Message: {i + 1}\nDate: ",
            g.date(d, "iso"),
            f" {_hm(g.rng.randrange(6 * 60, 23 * 60), g.rng.randrange(60))} +0000\n",
        )
        b(
            "From: ",
            g.name(ppl[i], "full"),
            " <",
            mails[i],
            ">\nTo: ",
            list_addr,
            f"\nSubject: [{topic}] {subjects[i]}\n\n",
        )
        loc = ppl[i].loc
        k = subjects[i]
        if "lift" in k:
            b(
                "I can take two people from ",
                _town(g, loc),
                ", leaving 7.30 from outside ",
                lower(ent(_street_name(g, loc), "STREET_ADDRESS"))
                if g.chance(0.3)
                else ent(_street_name(g, loc), "STREET_ADDRESS"),
                ". Text me on ",
                g.phone(loc, ext=0),
                ".\n",
            )
        elif "tickets" in k:
            b(
                "Two spare for Friday, ",
                g.name(g.person(loc), "first"),
                " can't make it. First come first served — reply off-list.\n",
            )
        elif "Lost" in k:
            b(
                "Left my green waterproof at the hall. If found please ring ",
                g.phone(loc, ext=0),
                " or drop it round to ",
                address(g, loc).street,
                ".\n",
            )
        elif "introduction" in k:
            b(
                "Hello all, I'm ",
                g.name(ppl[i], "first"),
                ", just moved to ",
                towns[i],
                " from ",
                _town(g, g.pick(("en_GB", "en_IE", "de_DE", "nl_NL"))),
                ". ",
            )
            b(g.name(g.person(loc), "full"), " suggested I join. Looking forward to the next meet!\n")
        elif "AGM" in k:
            b(
                "Minutes attached. ",
                g.name(g.person(loc), "full"),
                " is stepping down as treasurer after nine years — volunteers to me or to ",
                g.name(g.person(loc), "first"),
                ".\n",
            )
        else:
            b(
                "Last seen in ",
                g.name(g.person(loc), "first"),
                "'s car boot after the talk. Can whoever has it bring it on ",
                g.pick(vocab.WEEKDAYS),
                "?\n",
            )
        if g.chance(0.6):
            b(
                "\n--\n",
                g.name(ppl[i], g.pick(("full", "first"))),
                "\n",
                towns[i],
                " · ",
                g.phone(loc, ext=0),
                "\n",
            )
        b("\n------------------------------\n\n")
    b(f"End of {topic} Digest, Vol {g.rng.randrange(20, 140)}, Issue {g.rng.randrange(1, 30)}\n")
    b("To unsubscribe send a blank e-mail to ", ent(f"{topic}-leave@lists.{host}", "EMAIL_ADDRESS"), "\n")


@T("support_email")
def t4_gym_cancellation(g: Gen, b: Builder) -> None:
    """A gym-membership cancellation because of a move abroad, in English or German (Kündigung):
    member number, date of birth for verification, old and new addresses, the direct-debit IBAN, and
    the membership team's reply about the notice period."""
    german = g.chance(0.45)
    loc = "de_DE" if german else g.pick(("en_GB", "en_IE", "en_AU"))
    new_loc = g.pick(
        tuple(x for x in ("es_ES", "nl_NL", "en_US", "sv_SE", "fr_FR", "pt_BR", "en_GB") if x != loc)
    )
    p, staff = g.person(loc), g.person(loc)
    old, new = address(g, loc), address(g, new_loc)
    d = g.day(2020, 2025)
    move = d + timedelta(days=g.rng.randrange(10, 60))
    club = g.pick(("FitX", "PureGym", "McFit", "Anytime Fitness", "Kieser Training", "The Gym Group"))
    member = g.ident("member")
    if german:
        b(
            "Von: ",
            g.name(p, "full"),
            " <",
            g.email(p),
            ">\nAn: ",
            ent(f"kuendigung@{club.lower().replace(' ', '')}.de", "EMAIL_ADDRESS"),
            "\n",
        )
        b("Betreff: Kündigung meiner Mitgliedschaft — Mitgliedsnummer ", member, "\n\n")
        b(
            "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich meine Mitgliedschaft zum "
            "nächstmöglichen Zeitpunkt, "
        )
        b("hilfsweise außerordentlich wegen Umzugs ins Ausland zum ", g.date(move, "dd.mm.yyyy"), ".\n\n")
        b(
            "Name: ",
            g.name(p, "full"),
            "\nGeburtsdatum: ",
            _dob(g, "dd.mm.yyyy"),
            "\nMitgliedsnummer: ",
            member,
            "\n",
        )
        b(
            "Bisherige Anschrift: ",
            one_line(old),
            "\nNeue Anschrift ab ",
            g.date(move, "dd.mm.yyyy"),
            ": ",
            one_line(new, country=True),
            "\n",
        )
        b("Lastschrift von IBAN ", g.iban(loc), " bitte ab sofort einstellen.\n")
        b(
            "Eine Meldebescheinigung der neuen Gemeinde reiche ich nach.\n\nMit freundlichen Grüßen\n",
            g.name(p, "full"),
            "\nTel. ",
            g.phone(loc, ext=0),
            "\n\n",
        )
        b(
            "--- Antwort ---\nHallo ",
            g.name(p, "first"),
            ",\n\nwir bestätigen den Eingang deiner Kündigung. Deine Mitgliedschaft endet am ",
        )
        b(
            g.date(move + timedelta(days=30), "dd.mm.yyyy"),
            ". Bitte sende uns die Abmeldebestätigung an ",
            g.email(staff, f"{club.lower().replace(' ', '')}.de"),
            ".\n\n",
        )
        b("Sportliche Grüße\n", g.name(staff, "first"), " | Mitgliederservice ", club, "\n")
        return
    b(
        "From: ",
        g.name(p, "full"),
        " <",
        g.email(p),
        ">\nTo: ",
        ent(f"membership@{club.lower().replace(' ', '')}.com", "EMAIL_ADDRESS"),
        "\n",
    )
    b("Subject: Cancel membership ", member, " — moving abroad\n\n")
    b(
        "Hi,\n\nI'd like to cancel my membership as I'm moving to ",
        new.city,
        " on ",
        g.date(move, "d Month"),
        ".\n\n",
    )
    b(
        "Member no: ",
        member,
        "\nName: ",
        g.name(p, "full"),
        "\nDOB: ",
        _dob(g, "dd/mm/yyyy"),
        "\nCurrent address: ",
        one_line(old),
        "\n",
    )
    b("Forwarding address: ", one_line(new, country=True), "\n")
    if loc == "en_GB":
        b(
            "The direct debit comes out of account ending ",
            g.ref("ticket", g.digits(4)),
            f" — please don't take {fmt_date(move, 'Month d').split()[0]}'s payment.\n",
        )
    elif loc == "en_AU":
        b(
            "Direct debit from BSB ",
            g.ref("ticket", g.fill("###-###")),
            " account ",
            g.ident("account"),
            " — please stop it after this month.\n",
        )
    else:
        b("Direct debit from IBAN ", g.iban(loc), " — please stop it after this month.\n")
    b("\nThanks,\n", g.name(p, "first"), "\n", g.phone(loc, ext=0), "\n\n")
    b(
        "--- Reply from ",
        club,
        " ---\nHi ",
        g.name(p, "first"),
        ",\n\nSorry to see you go! Your membership will end on ",
    )
    b(
        g.date(move + timedelta(days=30), "d Month yyyy"),
        " after the 30-day notice period. We'll post the confirmation to ",
        new.street,
        ".\n\n",
    )
    b(g.name(staff, "first"), " — Member Services\n")


# ---------------------------------------------------------------- HR records


@T("hr_record")
def t4_cv_espanol(g: Gen, b: Builder) -> None:
    """A Spanish CV (currículum vitae) with the classic personal-data block: DNI/NIE, fecha y lugar de
    nacimiento, nacionalidad, estado civil, carné de conducir; labels are not PII, values are."""
    p = g.person("es_ES")
    a = address(g, "es_ES")
    born = g.day(1965, 2002)
    caps = g.chance(0.4)
    title = "CURRÍCULUM VITAE" if caps else "Currículum Vitae"
    b(
        title,
        "\n\n",
        upper(g.name(p, "full")) if caps else g.name(p, "full"),
        "\n",
        g.pick(vocab.JOB_TITLES),
        "\n\n",
    )
    b("DATOS PERSONALES\n" if caps else "Datos personales\n")
    b("Nombre y apellidos: ", ent(f"{p.first} {p.last}", "PERSON"), "\n")
    b("DNI/NIE: " if g.chance(0.6) else "DNI: ", g.ident("national", "es_ES"), "\n")
    b(
        "Fecha de nacimiento: ",
        _dob(g, "dd/mm/yyyy", born)
        if g.chance(0.5)
        else ent(f"{born.day} de {_ES_MONTHS[born.month - 1]} de {born.year}", "DATE", dob=True),
        "\n",
    )
    b("Lugar de nacimiento: ", _town(g, "es_ES"), "\n")
    b("Nacionalidad: ", g.pick(("española", "española", "hispano-argentina")), "\n")
    b(
        "Estado civil: ",
        g.pick(("soltera", "casada", "divorciada") if p.female else ("soltero", "casado", "divorciado")),
        "\n",
    )
    b("Dirección: ", a.street, ", ", a.zip, " ", a.city, "\n")
    b("Teléfono móvil: ", g.phone("es_ES", ext=0), "\n")
    b("Correo electrónico: ", g.email(p), "\n")
    b("Carné de conducir: ", g.pick(("B (vehículo propio)", "B", "B y C1")), "\n\n")
    b("FORMACIÓN ACADÉMICA\n" if caps else "Formación académica\n")
    y = born.year + 22
    b(
        f"{y - 4}–{y}  Grado en ",
        g.pick(("Administración y Dirección de Empresas", "Ingeniería Informática", "Enfermería", "Derecho")),
        " — ",
        g.pick(("Universidad Complutense de Madrid", "Universitat de València", "Universidad de Sevilla")),
        "\n\n",
    )
    b("EXPERIENCIA PROFESIONAL\n" if caps else "Experiencia profesional\n")
    for k in range(2):
        b(
            f"{y + 1 + k * 4}–{'actualidad' if k else y + 4}  ",
            g.pick(vocab.JOB_TITLES),
            ", ",
            g.org("es_ES"),
            " (",
            _town(g, "es_ES"),
            ")\n",
        )
    b(
        "\nIDIOMAS: español (nativo), inglés (",
        g.pick(("B2", "C1", "First Certificate")),
        "), ",
        g.pick(("francés (A2)", "catalán (nativo)", "alemán (B1)")),
        "\n\n",
    )
    ref = g.person("es_ES")
    b("REFERENCIAS\n" if caps else "Referencias\n")
    b(
        g.name(ref, "full"),
        ", ",
        g.pick(
            ("jefa de equipo", "directora de operaciones", "responsable de RR. HH.")
            if ref.female
            else ("jefe de equipo", "director de operaciones", "responsable de RR. HH.")
        ),
        " en ",
        g.org("es_ES"),
        " — tel. ",
        g.phone("es_ES", ext=0),
        "\n",
    )


@T("hr_record")
def t4_curriculo_br(g: Gen, b: Builder) -> None:
    """A Brazilian currículo: Nome, Nacionalidade, Estado civil, Idade (anos), Endereço with bairro and
    "Cidade - UF", Celular/WhatsApp, CPF, CNH, then objective, education, experience and courses."""
    p = g.person("pt_BR")
    street, bairro, city, uf, cep, ddd = _br_address(g)
    today = g.day(2020, 2025)
    born = g.day(today.year - 50, today.year - 19)
    b(upper(g.name(p, "full")) if g.chance(0.6) else g.name(p, "full"), "\n\n")
    b("Nacionalidade: brasileir", "a" if p.female else "o", "\n")
    b(
        "Estado civil: ",
        g.pick(
            ("solteira", "casada", "união estável") if p.female else ("solteiro", "casado", "união estável")
        ),
        "\n",
    )
    b("Idade: ", g.age(_years(today, born)), " anos\n")
    if g.chance(0.5):
        b("Data de nascimento: ", _dob(g, "dd/mm/yyyy", born), "\n")
    b("Endereço: ", street, " - ", bairro, ", ", city, " - ", uf, "\n")
    b("CEP: ", cep, "\n")
    b("Celular/WhatsApp: ", _br_phone(g, ddd), "\n")
    b("E-mail: ", _mail(g, p, g.pick(("gmail.com", "hotmail.com", "outlook.com", "uol.com.br"))), "\n")
    b("CPF: ", g.ident("national", "pt_BR"), "\n")
    b("CNH: categoria ", g.pick(("B", "AB", "D")), "\n")
    if g.chance(0.4):
        b("LinkedIn: ", g.url(p), "\n")
    b(
        "\nOBJETIVO\n",
        g.pick(
            (
                "Atuar na área administrativa",
                "Vaga de auxiliar de logística",
                "Analista de sistemas júnior",
                "Técnica de enfermagem",
            )
        ),
        ".\n\n",
    )
    b(
        "FORMAÇÃO\n",
        g.pick(("Ensino Médio completo", "Graduação em Administração", "Técnico em Enfermagem")),
        " — ",
        g.pick(("Universidade Federal de Pernambuco", "SENAC", "Uninove", "Escola Estadual Dom Pedro II")),
        f" ({born.year + 18 + g.rng.randrange(0, 5)})\n\n",
    )
    b("EXPERIÊNCIA PROFISSIONAL\n")
    for _ in range(2):
        y = g.rng.randrange(born.year + 18, today.year)
        b(
            f"{y} – {y + g.rng.randrange(1, 4)}  ",
            g.org("pt_BR"),
            " — ",
            g.pick(("Auxiliar administrativo", "Vendedor(a)", "Recepcionista", "Estagiário(a) de TI")),
            "\n",
        )
    b("\nCURSOS\nPacote Office (SENAC, 40h) · Inglês intermediário\n\n")
    b("Referência: ", g.name(g.person("pt_BR"), "full"), " — ", _br_phone(g, ddd), "\n")


@T("hr_record")
def t4_cv_pl_nl_it(g: Gen, b: Builder) -> None:
    """A CV in Polish (Dane osobowe, Stan cywilny, the RODO consent clause), Dutch (Personalia,
    Burgerlijke staat, Rijbewijs) or Italian (Luogo e data di nascita, Codice fiscale, Stato civile)."""
    lang = g.pick(("pl", "nl", "it"))
    loc = {"pl": "pl_PL", "nl": "nl_NL", "it": "it_IT"}[lang]
    p = g.person(loc)
    a = address(g, loc)
    born = g.day(1965, 2002)
    jobs = [
        (g.rng.randrange(born.year + 20, max(born.year + 21, 2023)), g.org(loc), g.pick(vocab.JOB_TITLES))
        for _ in range(2)
    ]
    jobs.sort(key=lambda j: j[0])
    ref = g.person(loc)
    if lang == "pl":
        b("CURRICULUM VITAE\n\nDane osobowe\n")
        b("Imię i nazwisko: ", g.name(p, "full"), "\nData urodzenia: ", _dob(g, "dd.mm.yyyy", born), "\n")
        b(
            "Adres: ",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            "\nTelefon: ",
            g.phone(loc, ext=0),
            "\nE-mail: ",
            g.email(p),
            "\n",
        )
        b(
            "Stan cywilny: ",
            g.pick(
                ("panna", "mężatka", "rozwiedziona") if p.female else ("kawaler", "żonaty", "rozwiedziony")
            ),
            "\n\n",
        )
        b("Doświadczenie zawodowe\n")
        for y, org, job in jobs:
            b(f"{y}–{y + g.rng.randrange(1, 5)}  ", job, ", ", org, ", ", _town(g, loc), "\n")
        b(
            "\nWykształcenie\n",
            f"{born.year + 19}–{born.year + 24}  ",
            g.pick(("Uniwersytet Warszawski", "Politechnika Wrocławska", "Uniwersytet Jagielloński")),
            ", magister\n\n",
        )
        b(
            "Języki obce: angielski – ",
            g.pick(("B2", "C1")),
            ", niemiecki – ",
            g.pick(("A2", "B1")),
            "\nPrawo jazdy: kat. B\n\n",
        )
        b("Referencje: ", g.name(ref, "full"), ", tel. ", g.phone(loc, ext=0), "\n\n")
        b(
            "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji "
            "procesu rekrutacji "
        )
        b(
            "zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia "
            "2016 r. (RODO).\n"
        )
    elif lang == "nl":
        b("CURRICULUM VITAE\n\nPersonalia\n")
        b(
            f"{'Naam:':<24}",
            g.name(p, "full"),
            "\n",
            f"{'Adres:':<24}",
            a.street,
            "\n",
            f"{'Postcode en woonplaats:':<24}",
            a.zip,
            " ",
            a.city,
            "\n",
        )
        b(f"{'Telefoon:':<24}", g.phone(loc, ext=0), "\n", f"{'E-mail:':<24}", g.email(p), "\n")
        b(
            f"{'Geboortedatum:':<24}",
            ent(f"{born:%d-%m-%Y}", "DATE", dob=True),
            "\n",
            f"{'Geboorteplaats:':<24}",
            _town(g, loc),
            "\n",
        )
        b(
            f"{'Nationaliteit:':<24}Nederlandse\n",
            f"{'Burgerlijke staat:':<24}",
            g.pick(("gehuwd", "ongehuwd", "samenwonend", "gescheiden")),
            "\n",
            f"{'Rijbewijs:':<24}B\n\n",
        )
        b("Werkervaring\n")
        for y, org, job in jobs:
            b(f"{y} – {y + g.rng.randrange(1, 5)}  ", job, " bij ", org, " te ", _town(g, loc), "\n")
        b(
            "\nOpleiding\n",
            f"{born.year + 18} – {born.year + 22}  ",
            g.pick(
                (
                    "HBO Bedrijfskunde, Hogeschool Utrecht",
                    "WO Rechten, Universiteit Leiden",
                    "MBO Verpleegkunde, ROC Amsterdam",
                )
            ),
            "\n\n",
        )
        b(
            "Referenties\n",
            g.name(ref, "full"),
            " (",
            g.pick(("voormalig leidinggevende", "teamleider")),
            "), ",
            g.phone(loc, ext=0),
            "\n",
        )
    else:
        b("CURRICULUM VITAE\n\nINFORMAZIONI PERSONALI\n")
        b(
            "Nome e cognome: ",
            g.name(p, "full"),
            "\nLuogo e data di nascita: ",
            _town(g, loc),
            ", ",
            _dob(g, "dd/mm/yyyy", born),
            "\n",
        )
        b("Codice fiscale: ", g.ident("national", loc), "\n")
        b(
            "Residenza: ",
            a.street,
            ", ",
            a.zip,
            " ",
            a.city,
            *((" (", a.region, ")") if a.region is not None else ()),
            "\n",
        )
        b("Cellulare: ", g.phone(loc, ext=0), "\nE-mail: ", g.email(p), "\n")
        b(
            "Stato civile: ",
            g.pick(("nubile", "coniugata") if p.female else ("celibe", "coniugato")),
            "\nPatente: B, automunit",
            "a" if p.female else "o",
            "\n\n",
        )
        b("ESPERIENZE LAVORATIVE\n")
        for y, org, job in jobs:
            b(f"{y} – {y + g.rng.randrange(1, 5)}  ", job, " presso ", org, " (", _town(g, loc), ")\n")
        b(
            "\nISTRUZIONE E FORMAZIONE\n",
            f"{born.year + 19} – {born.year + 24}  Laurea magistrale, ",
            g.pick(("Università di Bologna", "Politecnico di Milano", "Sapienza Università di Roma")),
            "\n\n",
        )
        b(
            "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR "
            "(Regolamento UE 2016/679).\n"
        )
        b(_town(g, loc), ", ", g.date(g.day(2020, 2025), "dd/mm/yyyy"), "   ", g.name(p, "full"), "\n")


@T("hr_record")
def t4_mileage_expense_claim(g: Gen, b: Builder) -> None:
    """A monthly expense and mileage claim form: claimant, employee number, home postcode and car
    registration for mileage, journeys between towns, client guests at a meal, approver."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US"))
    emp, mgr = g.person(loc), g.person(loc)
    org = g.org(loc)
    home = address(g, loc)
    d0 = g.day(2020, 2025).replace(day=1)
    cur = {"en_GB": "£", "en_IE": "€"}.get(loc, "$")
    rate = {"en_GB": 0.45, "en_IE": 0.43, "en_AU": 0.85, "en_US": 0.67}[loc]
    unit = "km" if loc == "en_AU" else "miles"
    b("EXPENSE CLAIM FORM — ", org, "\n\n")
    b(
        "Claimant: ",
        g.name(emp, g.pick(("full", "LAST_FIRST"))),
        "   Employee no: ",
        g.ident("employee"),
        f"   Cost centre: CC-{g.rng.randrange(1000, 9999)}\n",
    )
    b(
        "Home postcode (for mileage): " if loc != "en_US" else "Home ZIP (for mileage): ",
        home.zip if home.zip is not None else home.city,
    )
    b(
        "   Vehicle reg: ",
        g.ident("vehicle"),
        f"   Engine: {g.pick(('1.6 petrol', '2.0 diesel', 'EV', '1.2 hybrid'))}\n",
    )
    b("Period: ", fmt_date(d0, "Month d").split()[0], f" {d0.year}\n\n")
    b(f"{'Date':<11}| {'Journey / description':<48}| {unit:>6} | {'Amount':>8}\n")
    b("-" * 82, "\n")
    total = 0.0
    for off in sorted(g.rng.sample(range(0, 27), g.rng.randrange(3, 6))):
        day = d0 + timedelta(days=off)
        town = _town(g, loc)
        client = g.org(loc)
        dist = g.rng.randrange(12, 240)
        amt = round(dist * rate, 2)
        total += amt
        desc = ("Home → ", town, " (", client, ") → home")
        pad = max(1, 48 - len(piece_text(desc)))
        b(g.date(day, "dd/mm/yyyy"), " | ", *desc, " " * pad, f"| {dist:>6} | {cur}{amt:>7.2f}\n")
    guest, guest2 = g.person(loc), g.person(loc)
    meal = round(g.rng.randrange(3000, 16000) / 100, 2)
    total += meal
    b(
        g.date(d0 + timedelta(days=g.rng.randrange(0, 27)), "dd/mm/yyyy"),
        " | Client dinner: ",
        g.name(guest, "full"),
        " and ",
        g.name(guest2, "full"),
        f"  (receipt 4)  |        | {cur}{meal:>7.2f}\n",
    )
    b("-" * 82, "\n", f"TOTAL{' ' * 68}{cur}{total:>8.2f}\n\n")
    b(
        "I certify that the journeys were made on company business and the expenses were wholly incurred "
        "by me.\n"
    )
    b(
        "Signed: ",
        g.name(emp, g.pick(("full", "initial"))),
        "   Date: ",
        g.date(d0 + timedelta(days=g.rng.randrange(28, 40)), "dd/mm/yyyy"),
        "\n",
    )
    b(
        "Approved: ",
        g.name(mgr, "full"),
        " (line manager)   Date: ",
        g.date(d0 + timedelta(days=g.rng.randrange(40, 50)), "dd/mm/yyyy"),
        "\n",
    )
    b("Finance use only: paid via payroll run ", g.ref("ticket", g.fill("PR-####-##")), "\n")


@T("hr_record")
def t4_tribunal_judgment(g: Gen, b: Builder) -> None:
    """A written employment-tribunal judgment (England and Wales) or an Irish WRC adjudication decision:
    Claimant / Respondent, "Heard at: <town>", judge and members, representation, reasons with dates."""
    irish = g.chance(0.3)
    loc = "en_IE" if irish else "en_GB"
    c, judge, w1, w2, rep_r = (g.person(loc) for _ in range(5))
    resp = g.org(loc)
    hear = g.day(2019, 2025)
    start = g.day(2008, hear.year - 2)
    end = start + timedelta(days=g.rng.randrange(400, 3000))
    if end >= hear:
        end = hear - timedelta(days=200)
    town = _town(g, loc)
    case = g.ref("ticket", g.fill("ADJ-000#####" if irish else f"#######/{hear.year - 1}"))
    title = "Ms " if c.female else "Mr "
    if irish:
        b("ADJUDICATION OFFICER DECISION\n\nAdjudication Reference: ", case, "\n\n")
        b(
            f"{'Parties:':<14}\n",
            f"{'':<4}Complainant: ",
            g.name(c, "full"),
            "\n",
            f"{'':<4}Respondent: ",
            resp,
            "\n\n",
        )
        b("Representatives: ", g.pick(("self-represented", "SIPTU")), " / ", g.name(rep_r, "full"), " BL\n\n")
        b(
            "Venue: ",
            g.pick(("Lansdowne House, Dublin 4", "remote hearing (WebEx)"))
            if g.chance(0.5)
            else ("Hearing room, ", town),
            "\n",
        )
        b("Date of Adjudication Hearing: ", g.date(hear, "dd/mm/yyyy"), "\n")
        b("Workplace Relations Commission Adjudication Officer: ", g.name(judge, "full"), "\n\n")
    else:
        b("EMPLOYMENT TRIBUNALS\n\n")
        b(f"{'Claimant:':<14}", title, g.name(c, "full"), "\n", f"{'Respondent:':<14}", resp, "\n\n")
        b(
            f"{'Heard at:':<14}",
            town,
            g.pick(("", " (by CVP)", " (hybrid)")),
            f"{'':<8}On: ",
            g.date(hear, "d Month yyyy"),
            "\n",
        )
        b(f"{'Before:':<14}Employment Judge ", g.name(judge, "last"), "\n")
        if g.chance(0.6):
            b(
                f"{'Members:':<14}",
                g.title(w1),
                g.name(w1, "full"),
                ", ",
                g.title(w2),
                g.name(w2, "full"),
                "\n",
            )
        b(
            "\nRepresentation\n",
            f"{'Claimant:':<14}",
            "In person"
            if g.chance(0.6)
            else (g.title(w2), g.name(w2, "full"), " (trade union representative)"),
            "\n",
        )
        b(
            f"{'Respondent:':<14}",
            g.title(rep_r),
            g.name(rep_r, "full"),
            g.pick((" (counsel)", " (solicitor)", ", HR consultant")),
            "\n\n",
        )
        b("JUDGMENT\n\nThe unanimous judgment of the Tribunal is that:\n")
        b(
            "1. The complaint of unfair dismissal is well-founded and succeeds.\n2. The complaint of "
            "wrongful dismissal is dismissed.\n\n"
        )
    b("REASONS\n\n" if not irish else "Summary of Complainant's Case:\n\n")
    b(
        "1. The claimant" if not irish else "1. The complainant",
        ", born on ",
        _dob(g, "d Month yyyy", g.day(start.year - 55, start.year - 18)),
        ", was employed by the respondent as a ",
        g.pick(vocab.JOB_TITLES).lower(),
        " from ",
        g.date(start, "d Month yyyy"),
        " until ",
        g.date(end, "d Month yyyy"),
        ".\n",
    )
    mgr = g.person(loc)
    b(
        "2. On ",
        g.date(end - timedelta(days=g.rng.randrange(20, 90)), "d Month yyyy"),
        " ",
        g.name(c, "last") if g.chance(0.5) else "the claimant",
        " was called to a meeting with ",
        g.name(mgr, "full"),
        ", ",
    )
    b(
        g.pick(("the operations manager", "the store manager", "the head of department")),
        ", without notice of its purpose.\n",
    )
    b(
        "3. We heard evidence from the claimant and, for the respondent, from ",
        g.title(mgr),
        g.name(mgr, "last"),
        " and ",
        g.name(g.person(loc), "full"),
        " (HR). ",
    )
    b("We found ", g.name(mgr, "last"), " an unreliable witness on the key dates.\n")
    b("4. The claimant has since found work in ", _town(g, loc), " at a lower salary.\n\n")
    if irish:
        b(
            g.name(judge, "full"),
            "\nAdjudication Officer\nDated: ",
            g.date(hear + timedelta(days=g.rng.randrange(20, 80)), "dd/mm/yyyy"),
            "\n",
        )
    else:
        b(
            "Employment Judge ",
            g.name(judge, "last"),
            "\nDate: ",
            g.date(hear + timedelta(days=g.rng.randrange(10, 60)), "d Month yyyy"),
            "\n",
        )
        b("Case Number: ", case, "\n")


@T("hr_record")
def t4_disciplinary_invite(g: Gen, b: Builder) -> None:
    """A letter inviting an employee to a disciplinary hearing: home address block, allegations naming
    colleagues and dates, the chair, note-taker and investigator, witnesses, companion rights."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_CA"))
    emp, hr, chair, inv, coll, w1 = (g.person(loc) for _ in range(6))
    org = g.org(loc)
    a = address(g, loc)
    d = g.day(2019, 2025)
    hearing = d + timedelta(days=g.rng.randrange(5, 14))
    incident = d - timedelta(days=g.rng.randrange(10, 40))
    b(
        org,
        "\n\nPRIVATE AND CONFIDENTIAL — ",
        g.pick(("BY HAND AND BY EMAIL", "ADDRESSEE ONLY", "RECORDED DELIVERY")),
        "\n\n",
    )
    b(g.title(emp), g.name(emp, "full"), "\n", block(a))
    b("\n", g.date(d, "d Month yyyy"), "\n\nDear ", g.name(emp, "first"), ",\n\n")
    b("Invitation to a disciplinary hearing\n\n")
    b(
        "Following the investigation carried out by ",
        g.name(inv, "full"),
        ", I am writing to ask you to attend a disciplinary hearing on ",
    )
    b(
        g.date(hearing, "d Month yyyy"),
        f" at {g.pick(('10.00', '11.30', '14.00'))} in "
        f"{g.pick(('Meeting Room 2', 'the Boardroom', 'the HR office'))}.\n\n",
    )
    b("The allegations are:\n")
    b(
        "1. That on ",
        g.date(incident, "d Month"),
        " you ",
        g.pick(
            (
                "used abusive language towards",
                "shouted at and pushed",
                "shared confidential information about",
            )
        ),
        " your colleague ",
        g.name(coll, "full"),
        ";\n",
    )
    b(
        "2. That between ",
        g.date(incident - timedelta(days=60), "d Month"),
        " and ",
        g.date(incident, "d Month"),
        " you submitted timesheets for hours not worked.\n\n",
    )
    b(
        "The hearing will be chaired by ",
        g.name(chair, "full"),
        " (",
        g.pick(("Operations Director", "Head of Service", "Regional Manager")),
        "), and I will attend to take notes. ",
    )
    b(
        "Enclosed are the investigation report, witness statements from ",
        g.name(coll, "first"),
        " ",
        g.name(coll, "last"),
        " and ",
        g.name(w1, "full"),
        ", and the timesheet records.\n\n",
    )
    b(
        "You have the right to be accompanied by a colleague or a trade union representative. Please "
        "tell me their name by "
    )
    b(
        g.date(hearing - timedelta(days=2), "d Month"),
        ". If the allegations are upheld, the outcome could be a final written warning or dismissal.\n\n",
    )
    b("Our employee assistance programme is available 24/7 on ", g.phone(loc, ext=0), ".\n\n")
    b(
        "Yours sincerely,\n\n",
        g.name(hr, "full"),
        "\nHR Adviser\n",
        g.phone(loc, ext=0),
        " | ",
        g.email(hr, g.domain_of(org)),
        "\n\n",
    )
    b("cc: personnel file (", g.ident("employee"), "), ", g.name(chair, "initial"), "\n")


_NATIONALITIES = (
    ("es_ES", "Spanish", "Spain"),
    ("pl_PL", "Polish", "Poland"),
    ("pt_BR", "Brazilian", "Brazil"),
    ("it_IT", "Italian", "Italy"),
    ("vi_VN", "Vietnamese", "Vietnam"),
    ("hu_HU", "Hungarian", "Hungary"),
    ("fr_FR", "French", "France"),
    ("en_AU", "Australian", "Australia"),
)


@T("hr_record")
def t4_right_to_work_check(g: Gen, b: Builder) -> None:
    """A UK right-to-work check record (share code, BRP, passport, online check result) or a US Form
    I-9 Section 2 summary (A-Number, USCIS number, E-Verify case), with the checker's details."""
    us = g.chance(0.35)
    loc, adj, country = g.pick(_NATIONALITIES)
    p = g.person(loc)
    checker = g.person("en_US" if us else "en_GB")
    org = g.org("en_US" if us else "en_GB")
    d = g.day(2020, 2025)
    born = g.day(1965, 2004)
    if us:
        b("FORM I-9 — SECTION 2 SUMMARY (employer copy)\n", org, "\n\n")
        b(
            "Employee: ",
            ent(f"{p.last.upper()}, {p.first}", "PERSON"),
            "   DOB: ",
            _dob(g, "mm/dd/yyyy", born),
            "\n",
        )
        b(
            "Citizenship/immigration status: ",
            g.pick(("Lawful permanent resident", "Noncitizen authorized to work")),
            "\n",
        )
        b("USCIS A-Number: ", ent(g.fill("A#########"), "ID"), "\n")
        b(
            "List A document: ",
            g.pick(("Permanent Resident Card (I-551)", "EAD (I-766)", "Foreign passport with I-94")),
            "\n",
        )
        b(
            "   Document number: ",
            ent(g.fill(g.pick(("@@@##########", "###########"))), "ID"),
            "   Expiration: ",
            g.date(d + timedelta(days=g.rng.randrange(200, 3000)), "mm/dd/yyyy"),
            "\n",
        )
        b("   Issuing authority: USCIS\n")
        b("First day of employment: ", g.date(d, "mm/dd/yyyy"), "\n")
        b(
            "E-Verify case number: ",
            g.ref("ticket", g.fill("20###########@@")),
            " — Employment Authorized\n\n",
        )
        b(
            "Certification: examined by ",
            g.name(checker, "full"),
            ", ",
            g.pick(("HR Generalist", "Office Manager", "People Ops")),
            ", on ",
            g.date(d - timedelta(days=g.rng.randrange(0, 3)), "mm/dd/yyyy"),
            ".\n",
        )
        b("Employer address: ", one_line(address(g, "en_US")), "\n")
        return
    b("RIGHT TO WORK CHECK — ", org, "\n\n")
    b("Candidate: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "   DOB: ", _dob(g, "dd/mm/yyyy", born), "\n")
    b(
        "Nationality: ",
        ent(adj, "STATE_OR_COUNTRY"),
        "   Role: ",
        g.pick(vocab.JOB_TITLES),
        "   Start date: ",
        g.date(d + timedelta(days=g.rng.randrange(7, 30)), "dd/mm/yyyy"),
        "\n\n",
    )
    b("Check type:  ☐ Manual (List A/B)   ☒ Home Office online check   ☐ IDSP (digital ID)\n")
    code = g.fill("@#@ #@# #@@").replace("O", "P").replace("I", "J")
    b("Share code: ", ent(code, "ID"), "\n")
    until = d + timedelta(days=g.rng.randrange(300, 1800))
    b(
        'Result: "',
        g.name(p, "full"),
        " has permission to work in the UK until ",
        g.date(until, "d Month yyyy"),
        ". ",
    )
    b(
        g.pick(
            (
                "They can work in any job.",
                "They can work up to 20 hours a week during term time.",
                "They can only work for the sponsor named.",
            )
        ),
        '"\n',
    )
    b("Reference number on result: ", g.ref("ticket", g.fill("@@ ## ## ## @")), "\n\n")
    b("Documents seen:\n")
    b(
        "  Passport (",
        ent(country, "STATE_OR_COUNTRY"),
        ") no. ",
        g.ident("passport", loc),
        "  expires ",
        g.date(d + timedelta(days=g.rng.randrange(400, 3600)), "dd/mm/yyyy"),
        "\n",
    )
    if g.chance(0.5):
        b(
            "  BRP no. ",
            ent(g.fill(g.pick(("ZR#######", "RF#######", "ZU#######"))), "ID"),
            "  (BRPs expired 31/12/2024 — eVisa used)\n",
        )
    b("Photo matched to candidate: ✓ (", g.pick(("video call, Teams", "in person at induction")), ")\n")
    b(
        "Checked by: ",
        g.name(checker, "full"),
        " (",
        g.pick(("HR Officer", "Recruitment Coordinator", "Store Manager")),
        ") on ",
        g.date(d, "dd/mm/yyyy"),
        "\n",
    )
    b("Follow-up check due: ", g.date(until - timedelta(days=30), "dd/mm/yyyy"), "  (diary reminder set)\n")


@T("hr_record")
def t4_personalfragebogen(g: Gen, b: Builder) -> None:
    """A German payroll staff questionnaire (Personalfragebogen): Geburtsname, Familienstand,
    Steuer-ID, Sozialversicherungsnummer built from the date of birth, Krankenkasse, IBAN, children."""
    p = g.person("de_DE")
    org = g.org("de_DE")
    a = address(g, "de_DE")
    born = g.day(1960, 2004)
    start = g.day(2019, 2025)
    w = 34

    def row(label: str, *value) -> None:
        b(f"{label + ':':<{w}}", *value, "\n")

    b("PERSONALFRAGEBOGEN (für die Lohn- und Gehaltsabrechnung)\n")
    b("Firma: ", org, "   Personalnummer: ", g.ident("employee"), "\n\n")
    b("1. Persönliche Angaben\n")
    row("Familienname", ent(p.last, "PERSON"))
    row("Vorname", ent(p.first, "PERSON"))
    married = g.chance(0.5)
    if married and p.female and g.chance(0.7):
        row("Geburtsname", ent(g.fake("de_DE").last_name(), "PERSON"))
    else:
        row("Geburtsname", "—")
    row("Geburtsdatum", _dob(g, "dd.mm.yyyy", born))
    row("Geburtsort, -land", _town(g, "de_DE"), ", ", ent("Deutschland", "STATE_OR_COUNTRY"))
    row("Geschlecht", "weiblich" if p.female else "männlich")
    row(
        "Staatsangehörigkeit",
        ent(g.pick(("deutsch", "deutsch", "polnisch", "türkisch", "italienisch")), "STATE_OR_COUNTRY"),
    )
    if married:
        row("Familienstand", "verheiratet seit ", g.date(g.day(born.year + 20, 2024), "dd.mm.yyyy"))
    else:
        row("Familienstand", g.pick(("ledig", "geschieden", "verwitwet")))
    row("Straße und Hausnummer", a.street)
    row("PLZ, Ort", a.zip, " ", a.city)
    row("Telefon (privat)", g.phone("de_DE", ext=0))
    row("E-Mail (privat)", g.email(p))
    row("Steuer-Identifikationsnummer", ent(g.fill("%# ### ### ###"), "ID"))
    row(
        "Steuerklasse / Faktor",
        g.pick(("I", "III", "IV", "V")),
        f"   Kinderfreibeträge: {g.pick(('0', '0,5', '1,0', '2,0'))}   Konfession: "
        f"{g.pick(('rk', 'ev', '—'))}",
    )
    sv = f"{g.rng.randrange(10, 80)} {born:%d%m%y} {p.last[0].upper()} {g.rng.randrange(0, 500):03d}"
    row("Sozialversicherungsnummer", ent(sv, "ID"))
    row(
        "Krankenkasse",
        ent(
            g.pick(("AOK Nordost", "Techniker Krankenkasse", "BARMER", "IKK classic", "DAK-Gesundheit")),
            "ORGANIZATION",
        ),
    )
    row("Bankverbindung (IBAN)", g.iban("de_DE"))
    row("BIC", g.ref("ticket", g.fill("@@@@DE@@###")))
    row("Schwerbehinderung", g.pick(("nein", "ja, GdB 50")))
    kids = g.rng.randrange(0, 3)
    if kids:
        b("\nKinder:\n")
        for _ in range(kids):
            row(
                "  Name, Geburtsdatum",
                ent(f"{g.fake('de_DE').first_name()} {p.last}", "PERSON"),
                ", ",
                _dob(g, "dd.mm.yyyy", g.day(max(born.year + 18, 2000), 2024)),
            )
    b("\n2. Beschäftigung\n")
    row("Eintrittsdatum", g.date(start, "dd.mm.yyyy"))
    row("Tätigkeit", g.pick(("Sachbearbeiter/in", "Lagerist/in", "Pflegefachkraft", "Softwareentwickler/in")))
    row("Wochenarbeitszeit", f"{g.pick(('20', '30', '38,5', '40'))} Std.")
    b("\nIch versichere, dass die vorstehenden Angaben der Wahrheit entsprechen.\n")
    b(
        a.city,
        ", ",
        g.date(start - timedelta(days=g.rng.randrange(3, 20)), "dd.mm.yyyy"),
        "   Unterschrift: ",
        g.name(p, "full"),
        "\n",
    )


# ---------------------------------------------------------------- forms


@T("form_invoice")
def t4_school_enrolment_form(g: Gen, b: Builder) -> None:
    """A school admission form: the child's legal and preferred names, date of birth, UPN, parents with
    parental responsibility, a parent at a different address, emergency contacts table, GP, siblings."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_CA"))
    mum, dad = g.person(loc, female=True), g.person(loc, female=False)
    kid = g.person(loc)
    kid = Person(kid.first, dad.last if g.chance(0.6) else mum.last, kid.middle, kid.female, loc)
    a, a2 = address(g, loc), address(g, loc)
    today = g.day(2020, 2025)
    born = g.day(today.year - 11, today.year - 4)
    school = g.pick(
        (
            "Greenfield Primary School",
            "St Brigid's National School",
            "Holy Family Catholic Primary",
            "Westfield Academy",
        )
    )
    b(ent(school, "ORGANIZATION"), " — PUPIL ADMISSION FORM\n\n")
    b("SECTION A — CHILD\n")
    b(
        "Legal surname: ",
        ent(kid.last.upper(), "PERSON"),
        "    Legal forename(s): ",
        ent(f"{kid.first} {kid.middle}", "PERSON"),
        "\n",
    )
    nick = _nick(kid).capitalize()
    b(
        "Preferred name: ",
        ent(nick, "PERSON") if g.chance(0.5) else "—",
        "    Gender: ",
        "F" if kid.female else "M",
        "\n",
    )
    b(
        "Date of birth: ",
        _dob(g, "dd/mm/yyyy", born),
        "    Year group on entry: ",
        f"Year {max(1, today.year - born.year - 5)}",
        "\n",
    )
    b("Home address: ", a.street, ", ", a.city, "    Postcode: ", a.zip if a.zip is not None else "", "\n")
    b(
        "First language: ",
        g.pick(("English", "Polish", "Urdu", "Portuguese", "Irish", "Romanian")),
        "    UPN (if known): ",
        ent(g.fill("@############"), "ID") if loc == "en_GB" else "n/a",
        "\n",
    )
    b(
        "Previous school / nursery: ",
        ent(
            g.pick(("Little Acorns Nursery", "Bright Horizons", "St Mary's Infants", "Naíonra na Coille")),
            "ORGANIZATION",
        ),
        "\n\n",
    )
    b("SECTION B — PARENTS / CARERS WITH PARENTAL RESPONSIBILITY\n")
    apart = g.chance(0.4)
    for i, (par, rel) in enumerate(((mum, "Mother"), (dad, "Father"))):
        b(f"{i + 1}. Name: ", g.title(par), g.name(par, "full"), "    Relationship: ", rel, "\n")
        if i == 1 and apart:
            b("   Address (if different): ", one_line(a2), "\n")
        else:
            b("   Address (if different): same as child\n")
        b("   Mobile: ", g.phone(loc, ext=0), "    Email: ", g.email(par), "\n")
        b("   Work tel: ", g.phone(loc, ext=0) if g.chance(0.5) else "—", "\n")
    if apart:
        b(
            "   Contact arrangements: ",
            g.pick(
                (
                    "alternate weekends with father",
                    "no contact with father — court order on file",
                    "shared care, both to receive reports",
                )
            ),
            "\n",
        )
    b("\nSECTION C — EMERGENCY CONTACTS (not parents)\n")
    b(f"{'#':<3}{'Name':<30}{'Relationship':<16}Phone\n")
    for k in range(2):
        c = g.person(loc)
        name = g.name(c, "full")
        rel = g.pick(("Grandmother", "Grandfather", "Aunt", "Uncle", "Neighbour", "Childminder"))
        b(f"{k + 1:<3}", name, " " * max(1, 30 - len(name.text)), f"{rel:<16}", g.phone(loc, ext=0), "\n")
    gp = g.person(loc)
    b("\nSECTION D — MEDICAL\n")
    b(
        "Doctor's surgery: ",
        ent(g.pick(("Parkside Surgery", "Bridge Medical Practice", "Main Street Clinic")), "ORGANIZATION"),
        "   GP: Dr ",
        g.name(gp, "last"),
        "   Tel: ",
        g.phone(loc, ext=0),
        "\n",
    )
    if loc == "en_GB":
        b("NHS number: ", g.ident("nhs"), "\n")
    b(
        "Allergies / conditions: ",
        g.pick(("none", "nut allergy (EpiPen x2 in office)", "asthma — blue inhaler", "eczema")),
        "\n",
    )
    b(
        "Consents: [x] photographs in school  [",
        g.pick(("x", " ")),
        "] photographs on website/social media  [x] local trips\n",
    )
    if g.chance(0.5):
        sib = g.person(loc)
        b(
            "Siblings at this school: ",
            ent(f"{sib.first} {kid.last}", "PERSON"),
            f" (Year {g.rng.randrange(1, 7)})\n",
        )
    b(
        "\nSigned: ",
        g.name(mum if g.chance(0.6) else dad, "full"),
        "    Date: ",
        g.date(today, "dd/mm/yyyy"),
        "\n",
    )


@T("form_invoice")
def t4_county_court_order(g: Gen, b: Builder) -> None:
    """A county-court order in a small claim: party names in capitals in the heading, the district
    judge, "sitting at <town>", representation, sums and dates, and the parties' addresses for service."""
    loc = "en_GB"
    c, dfd, judge, counsel, witness = (g.person(loc) for _ in range(5))
    ca, da = address(g, loc), address(g, loc)
    town = ent(
        g.pick(
            (
                "Leeds",
                "Bristol",
                "Manchester",
                "Norwich",
                "York",
                "Reading",
                "Central London",
                "Luton",
                "Exeter",
            )
        ),
        "CITY",
    )
    d = g.day(2019, 2025)
    pay_by = d + timedelta(days=g.rng.randrange(14, 29))
    sum_ = f"£{g.rng.randrange(300, 9999):,}.{g.rng.randrange(100):02d}"
    company = g.chance(0.35)
    dname = g.org(loc) if company else ent(f"{dfd.first} {dfd.last}".upper(), "PERSON")
    b("IN THE COUNTY COURT AT ", upper(town), "\n")
    b("Claim No: ", g.ref("ticket", g.fill("@#@@####")), "\n\n")
    b(
        "BETWEEN:\n\n",
        " " * 20,
        ent(f"{c.first} {c.last}".upper(), "PERSON"),
        "\n",
        " " * 50,
        "Claimant\n",
        " " * 30,
        "- and -\n\n",
    )
    b(" " * 20, upper(dname) if company else dname, "\n", " " * 50, "Defendant\n\n", " " * 30, "ORDER\n\n")
    b(
        "Before District Judge ",
        g.name(judge, "last"),
        " sitting at ",
        town,
        " on ",
        g.date(d, "d Month yyyy"),
        ".\n\n",
    )
    b(
        "UPON hearing the Claimant in person and ",
        g.title(counsel),
        g.name(counsel, "last"),
        " of counsel for the Defendant\n",
    )
    b(
        "AND UPON reading the witness statement of ",
        g.name(witness, "full"),
        " dated ",
        g.date(d - timedelta(days=g.rng.randrange(10, 60)), "d Month yyyy"),
        "\n\n",
    )
    b("IT IS ORDERED THAT:\n")
    b(f"1. Judgment for the Claimant in the sum of {sum_} inclusive of interest.\n")
    b("2. The Defendant shall pay that sum to the Claimant by 4pm on ", g.date(pay_by, "d Month yyyy"), ".\n")
    b("3. The Defendant shall pay the Claimant's fixed costs of £", str(g.rng.randrange(50, 400)), ".\n")
    b("4. Any application to set aside or vary this order must be made within 7 days of service.\n\n")
    b("Dated ", g.date(d, "d Month yyyy"), "\n\n")
    b("To: the Claimant, ", g.name(c, "full"), ", ", one_line(ca), "\n")
    b("    the Defendant, ", dname if company else g.name(dfd, "full"), ", ", one_line(da), "\n")
    b(
        "The court office at ",
        town,
        " is open between 10am and 4pm Monday to Friday. Quote the claim number in all correspondence.\n",
    )


@T("form_invoice")
def t4_site_visitor_register(g: Gen, b: Builder) -> None:
    """A site security visitor register typed up from the paper book: names as people printed them,
    companies, hosts, car registrations, badge numbers, times, signatures, a contractor's emergency
    contact."""
    loc = g.pick(("en_GB", "en_GB", "en_IE", "en_AU", "en_US"))
    site = g.pick(
        (
            "Unit 4, Riverside Industrial Estate",
            "Head Office — Reception",
            "Distribution Centre DC2",
            "Plant 1 Gatehouse",
        )
    )
    d = g.day(2019, 2025)
    b("VISITOR SIGN-IN REGISTER — ", site, "   Date: ", g.date(d, g.pick(("dd/mm/yyyy", "d Mon yyyy"))), "\n")
    b("Please print clearly. Badges must be worn at all times and returned on exit.\n\n")
    b(
        f"{'In':<6}| {'Name (print)':<24}| {'Company':<26}| {'Visiting':<20}| {'Car reg':<10}| Badge | "
        "Out   | Sign\n"
    )
    hosts = [g.person(loc) for _ in range(3)]
    ms = _clocks(g, g.rng.randrange(5, 9), 7 * 60, 16 * 60)
    contractor = None
    for m in ms:
        v = g.person(loc)
        style = g.rng.randrange(3)
        name = ent(
            (f"{v.first} {v.last.upper()}", f"{v.first[0]}. {v.last}", f"{v.first} {v.last}".upper())[style],
            "PERSON",
        )
        org = g.org(loc)
        host = g.pick(hosts)
        hname = ent(
            g.pick((f"{host.first[0]}. {host.last}", host.first, f"{host.first} {host.last}")), "PERSON"
        )
        reg = g.ident("vehicle") if g.chance(0.6) else "walked"
        out = _hm(m + g.rng.randrange(20, 300)) if g.chance(0.85) else "—"
        sig = ent(g.pick((f"{v.first[0]}{v.last[0]}", f"{v.first[0]}.{v.last}", v.last)), "PERSON")
        b(
            f"{_hm(m):<6}| ",
            name,
            " " * max(1, 24 - len(name.text)),
            "| ",
            org,
            " " * max(1, 26 - len(org.text)),
            "| ",
            hname,
            " " * max(1, 20 - len(hname.text)),
            "| ",
        )
        b(
            reg,
            " " * max(1, 10 - len(piece_text(reg))),
            f"| V{g.rng.randrange(1, 60):03d}  | {out:<6}| ",
            sig,
            "\n",
        )
        if contractor is None and g.chance(0.4):
            contractor = v
    if contractor is not None:
        ec = g.person(loc)
        b(
            "\nContractor induction completed: ",
            g.name(contractor, "full"),
            " — emergency contact ",
            g.name(ec, "full"),
            " (",
            g.pick(("wife", "husband", "partner", "mother")),
            ") ",
            g.phone(loc, ext=0),
            "\n",
        )
    b(
        "Checked by security: ",
        g.name(g.person(loc), "first"),
        " (",
        g.pick(("Mitie", "G4S", "Securitas")),
        ")\n",
    )


_HOUSE_NAMES = (
    "Rose Cottage",
    "The Old Vicarage",
    "Hillcrest",
    "Orchard House",
    "Ty Gwyn",
    "Fernlea",
    "The Willows",
    "Flat 3",
)


@T("form_invoice")
def t4_gift_aid_sponsor_form(g: Gen, b: Builder) -> None:
    """A charity sponsorship form with the Gift Aid columns HMRC asks for: full name, house name or
    number and postcode only, amount, date paid, Gift Aid tick; plus the fundraiser's declaration."""
    runner = g.person("en_GB")
    a = address(g, "en_GB")
    event = g.pick(
        ("Great North Run", "London Marathon", "Three Peaks Challenge", "Swimathon", "Tough Mudder")
    )
    charity = g.pick(
        (
            "Macmillan Cancer Support",
            "British Heart Foundation",
            "Mind",
            "Cancer Research UK",
            "Alzheimer's Society",
        )
    )
    d = g.day(2019, 2025)
    b("SPONSORSHIP FORM — ", event, " ", str(d.year), " for ", ent(charity, "ORGANIZATION"), "\n\n")
    b("Fundraiser: ", g.name(runner, "full"), "   Supporter no. ", g.ref("ticket", g.fill("########")), "\n")
    b("Address: ", one_line(a), "   Tel: ", g.phone("en_GB", ext=0), "\n\n")
    b(
        "If I have ticked the box headed 'Gift Aid ✓', I confirm that I am a UK taxpayer and understand "
        "that if I pay less Income Tax and/or\n"
    )
    b(
        "Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it "
        "is my responsibility to pay any difference.\n\n"
    )
    b(
        f"{'Full name (first name and surname)':<36}| {'Home address (house name or number)':<36}| "
        f"{'Postcode':<9}| {'£':>6} | {'Date paid':<10} | Gift Aid\n"
    )
    b("-" * 118, "\n")
    total = 0
    for _ in range(g.rng.randrange(5, 9)):
        s = g.person("en_GB")
        style = g.rng.randrange(3)
        name = ent(
            (f"{s.first} {s.last}", f"{s.first[0]} {s.last}", f"{s.first} {s.last}".upper())[style], "PERSON"
        )
        house = ent(g.pick(_HOUSE_NAMES) if g.chance(0.3) else str(g.rng.randrange(1, 250)), "STREET_ADDRESS")
        pc = ent(g.fake("en_GB").postcode(), "ZIP_CODE")
        amt = g.pick((5, 10, 10, 20, 25, 50))
        total += amt
        gift = g.chance(0.7)
        paid = g.date(d - timedelta(days=g.rng.randrange(1, 40)), "dd/mm/yy") if g.chance(0.7) else "pledged"
        b(
            name,
            " " * max(1, 36 - len(name.text)),
            "| ",
            house,
            " " * max(1, 36 - len(house.text)),
            "| ",
            pc,
            " " * max(1, 9 - len(pc.text)),
            f"| {amt:>6} | ",
        )
        b(paid, " " * max(1, 10 - len(piece_text(paid))), " | ", "✓" if gift else "", "\n")
    b("-" * 118, "\n", f"{'Total raised':<86}{total:>6}\n\n")
    b(
        "Please send the completed form with your donations to: Supporter Care, ",
        ent(charity, "ORGANIZATION"),
        ", FREEPOST ",
        g.fill("RT@@-@@@@"),
        "\n",
    )


_CARS = (
    "VW Golf VII 1.6 TDI",
    "Opel Corsa E 1.4",
    "BMW 320d Touring",
    "Skoda Octavia Combi 2.0 TDI",
    "Ford Fiesta 1.0 EcoBoost",
    "Audi A3 Sportback",
)
_PLATES_DE = ("B-@@ ####", "M-@ ####", "HH-@@ ###", "K-@@ ####", "F-@ ###", "S-@@ ####", "L-@ ####")


@T("form_invoice")
def t4_kfz_kaufvertrag(g: Gen, b: Builder) -> None:
    """A German private used-car sale contract (Kaufvertrag): seller and buyer with addresses, ID card
    numbers and phones, the plate (personal), the VIN (a reference), price, IBAN, handover place and date."""
    s, k = g.person("de_DE"), g.person("de_DE")
    sa, ka = address(g, "de_DE"), address(g, "de_DE")
    d = g.day(2019, 2025)
    price = g.rng.randrange(15, 250) * 100
    b("KAUFVERTRAG über ein gebrauchtes Kraftfahrzeug — privat an privat\n\n")
    for label, p, a in (("Verkäufer", s, sa), ("Käufer", k, ka)):
        b(label, "\n")
        b("  Name, Vorname:   ", ent(f"{p.last}, {p.first}", "PERSON"), "\n")
        b("  Anschrift:       ", a.street, ", ", a.zip, " ", a.city, "\n")
        b("  Telefon:         ", g.phone("de_DE", ext=0), "\n")
        b("  Personalausweis-Nr.: ", ent(g.fill("@##@##@##").replace("O", "0"), "ID"), "\n\n")
    b("Fahrzeug\n")
    b("  Hersteller / Typ: ", g.pick(_CARS), "\n")
    b("  FIN:              ", g.ref("ticket", g.fill("W@@ZZZ#@Z#@######")), "\n")
    b("  Amtl. Kennzeichen: ", ent(g.fill(g.pick(_PLATES_DE)), "ID"), "\n")
    b(f"  Erstzulassung:    {g.rng.randrange(1, 13):02d}/{g.rng.randrange(2008, 2021)}\n")
    b(f"  Kilometerstand:   {g.rng.randrange(20, 250)}.{g.rng.randrange(1000):03d} km (abgelesen)\n")
    b("  Nächste HU:       ", f"{g.rng.randrange(1, 13):02d}/{d.year + g.rng.randrange(1, 3)}\n\n")
    b(f"Kaufpreis: {price:,} €".replace(",", "."), "\n")
    if g.chance(0.6):
        b(
            "Zahlung per Überweisung auf das Konto des Verkäufers, IBAN ",
            g.iban("de_DE"),
            ", Kontoinhaber ",
            g.name(s, "full"),
            ".\n",
        )
    else:
        b("Der Kaufpreis wurde bar bezahlt. Der Verkäufer bestätigt den Empfang.\n")
    b(
        "Das Fahrzeug wird unter Ausschluss jeglicher Gewährleistung verkauft. Unfallschäden: ",
        g.pick(("keine", "Heckschaden 2019, fachgerecht repariert")),
        ".\n\n",
    )
    b(
        "Übergabe am ",
        g.date(d, "dd.mm.yyyy"),
        f" um {_hm(g.rng.randrange(9 * 60, 19 * 60))} Uhr in ",
        ka.city if g.chance(0.5) else sa.city,
        ", mit 2 Schlüsseln und Zulassungsbescheinigung Teil I und II.\n\n",
    )
    b(
        "Unterschrift Verkäufer: ",
        g.name(s, "full"),
        "        Unterschrift Käufer: ",
        g.name(k, g.pick(("full", "initial"))),
        "\n",
    )


@T("form_invoice")
def t4_accident_statement(g: Gen, b: Builder) -> None:
    """A European accident statement (constat amiable) transcribed by an insurer in two columns,
    vehicle A and vehicle B: policyholders, drivers with dates of birth and licence numbers, plates,
    insurers and policy numbers, the place of the accident and a witness."""
    loc_a = g.pick(("fr_FR", "fr_FR", "de_DE", "it_IT", "es_ES", "nl_NL", "en_GB"))
    loc_b = g.pick((loc_a, loc_a, "de_DE", "nl_NL", "en_GB", "it_IT"))
    pa, pb = g.person(loc_a), g.person(loc_b)
    aa, ab = address(g, loc_a), address(g, loc_b)
    same_driver_b = g.chance(0.7)
    db = pb if same_driver_b else g.person(loc_b)
    where = address(g, loc_a)
    d = g.day(2019, 2025)
    w = 44
    b(
        "CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE / EUROPEAN ACCIDENT STATEMENT — transcription ",
        g.ref("ticket", g.fill("SIN-20##-######")),
        "\n\n",
    )
    b(
        "1. Date / Date: ",
        g.date(d, "dd/mm/yyyy"),
        f"   Heure / Time: {_hm(g.rng.randrange(6 * 60, 22 * 60))}\n",
    )
    b("2. Lieu / Location: ", one_line(where, country=g.chance(0.5)), "\n")
    b("3. Blessés / Injuries: ", g.pick(("non / no", "oui, léger / yes, minor")), "\n")
    wit = g.person(loc_a)
    b(
        "5. Témoins / Witnesses: ",
        g.name(wit, "full"),
        ", ",
        one_line(address(g, loc_a)),
        ", ",
        g.phone(loc_a, ext=0),
        "\n\n",
    )

    def col(x) -> list:
        return list(x) if isinstance(x, tuple) else [x]

    def row(label: str, left, right) -> None:
        lp, rp = col(left), col(right)
        pad = max(1, w - len(label) - len(piece_text(tuple(lp))))
        b(label, *lp, " " * pad, "| ", *rp, "\n")

    b(f"{'VÉHICULE A / VEHICLE A':<{w}}| VÉHICULE B / VEHICLE B\n", "-" * (w + 30), "\n")
    b(
        f"{'6. Preneur d assurance / Policyholder':<{w}}| 6. Preneur d assurance / Policyholder\n".replace(
            " d ", " d'"
        )
    )
    row("Nom / Surname: ", ent(pa.last.upper(), "PERSON"), ent(pb.last.upper(), "PERSON"))
    row("Prénom / First name: ", ent(pa.first, "PERSON"), ent(pb.first, "PERSON"))
    row("Adresse: ", aa.street, ab.street)
    row("CP / Postcode: ", (aa.zip, " ", aa.city), (ab.zip, " ", ab.city))
    row("Pays / Country: ", aa.country, ab.country)
    row("Tél. / e-mail: ", g.phone(loc_a, ext=0), g.email(pb))
    b("7. Véhicule / Vehicle\n")
    row("Immatriculation / Reg. no.: ", g.ident("vehicle"), g.ident("vehicle"))
    b("8. Assurance / Insurer\n")
    ins_a = ent(g.pick(("AXA France", "MAIF", "Allianz", "Generali", "Mapfre", "HUK-COBURG")), "ORGANIZATION")
    ins_b = ent(g.pick(("Aviva", "Allianz", "Zurich", "Achmea", "Direct Line", "UnipolSai")), "ORGANIZATION")
    row("Société / Company: ", ins_a, ins_b)
    row("N° de contrat / Policy no.: ", g.ident("policy"), g.ident("policy"))
    row(
        "Carte verte / Green card no.: ",
        g.ref("ticket", g.fill("@@/###/########")),
        g.ref("ticket", g.fill("@@/###/########")),
    )
    b("9. Conducteur / Driver\n")
    row(
        "Nom, prénom / Name: ",
        ent(f"{pa.last.upper()} {pa.first}", "PERSON"),
        ent(f"{db.last.upper()} {db.first}", "PERSON"),
    )
    row("Date de naissance / DOB: ", _dob(g, "dd/mm/yyyy"), _dob(g, "dd/mm/yyyy"))
    row("Permis n° / Licence no.: ", g.ident("licence"), g.ident("licence"))
    if not same_driver_b:
        row("Adresse conducteur / Address: ", "idem", one_line(address(g, loc_b)))
    b(
        "\n14. Observations: ",
        g.pick(
            (
                "B a refusé la priorité à droite.",
                "A reversing out of parking space, B stationary.",
                "Collision au rond-point, B déclare que A a changé de voie.",
            )
        ),
        "\n",
    )
    b(
        "15. Signatures: A ",
        ent(f"{pa.first[0]}. {pa.last}", "PERSON"),
        "   B ",
        ent(f"{db.first[0]}. {db.last}", "PERSON"),
        "\n",
    )


@T("form_invoice")
def t4_parking_permit_application(g: Gen, b: Builder) -> None:
    """A council resident parking permit application: applicant in the zone, council-tax account
    (a reference), vehicle registrations (personal), a second car kept by someone else, payment, permit."""
    loc = g.pick(("en_GB", "en_GB", "en_IE"))
    p, keeper = g.person(loc), g.person(loc)
    a = address(g, loc)
    council = ent(
        g.pick(("London Borough of Camden", "London Borough of Hackney"))
        if a.city.text == "London"
        else f"{a.city.text.split()[0]} City Council",
        "ORGANIZATION",
    )
    zone = g.pick(("CA-F", "Zone Y", "Area J", "CPZ 7", "Zone N"))
    d = g.day(2019, 2025)
    b(council, " — RESIDENT PARKING PERMIT APPLICATION (", zone, ")\n\n")
    b("SECTION 1 — APPLICANT\n")
    b(
        "Title: ",
        g.title(p).strip(),
        "   Surname: ",
        ent(p.last.upper(), "PERSON"),
        "   Forename(s): ",
        ent(p.first, "PERSON"),
        "\n",
    )
    b("Address in zone: ", a.street, ", ", a.city, " ", a.zip if a.zip is not None else "", "\n")
    b("Council tax account no.: ", g.ref("ticket", g.fill("########")), "   (must match the address above)\n")
    b("Daytime phone: ", g.phone(loc, ext=0), "   Email: ", g.email(p), "\n\n")
    b("SECTION 2 — VEHICLES\n")
    b(
        "Vehicle 1: Reg ",
        g.ident("vehicle"),
        "   Make/model: ",
        g.pick(("Toyota Yaris", "VW Polo", "Nissan Leaf", "Ford Focus")),
        "   Colour: ",
        g.pick(("silver", "black", "blue", "white")),
        "\n",
    )
    b("           Registered keeper: [x] applicant  [ ] other\n")
    if g.chance(0.6):
        org = g.org(loc)
        b(
            "Vehicle 2: Reg ",
            g.ident("vehicle"),
            "   Registered keeper: [ ] applicant  [x] other: ",
            g.name(keeper, "full"),
            "\n",
        )
        b(
            "           (company car from ",
            org,
            " — letter from employer attached, signed by ",
            g.name(g.person(loc), "full"),
            ")\n",
        )
    b(
        "\nSECTION 3 — PROOF OF RESIDENCY (two of)\n[x] Council tax bill  [x] V5C registration document  "
        "[ ] Tenancy agreement  [ ] Utility bill\n\n"
    )
    b(
        f"SECTION 4 — PAYMENT\n£{g.rng.randrange(60, 300)}.00 by card ending ",
        g.ref("ticket", g.digits(4)),
        "   Transaction ref ",
        g.ref("ticket", g.fill("TXN########")),
        "\n\n",
    )
    b(
        "Declaration: I confirm the information above is correct. Signed ",
        g.name(p, g.pick(("full", "initial"))),
        "   Date ",
        g.date(d, "dd/mm/yyyy"),
        "\n\n",
    )
    b(
        "OFFICE USE: permit no. ",
        g.ref("ticket", g.fill("RP-######")),
        " valid ",
        g.date(d + timedelta(days=3), "dd/mm/yyyy"),
        " to ",
        g.date(d + timedelta(days=368), "dd/mm/yyyy"),
        "  checked by ",
        ent(g.fill("@@"), "PERSON"),
        "\n",
    )


@T("form_invoice")
def t4_change_of_occupier_form(g: Gen, b: Builder) -> None:
    """An energy supplier's moving-home form: leaving account holder, supply address, meter point
    numbers (references), closing readings, forwarding address abroad, new occupier, letting agent, refund."""
    loc = g.pick(("en_GB", "en_GB", "en_IE"))
    p, newp, agent = g.person(loc), g.person(loc), g.person(loc)
    a = address(g, loc)
    fwd_loc = g.pick(("en_GB", "en_IE", "es_ES", "fr_FR", "en_AU", "pl_PL"))
    fwd = address(g, fwd_loc)
    d = g.day(2019, 2025)
    supplier = g.pick(
        ("Electric Ireland", "Bord Gáis Energy", "SSE Airtricity")
        if loc == "en_IE"
        else ("Octopus Energy", "British Gas", "EDF", "OVO")
    )
    b(ent(supplier, "ORGANIZATION"), " — MOVING HOME: CHANGE OF OCCUPIER\n\n")
    b("Account holder (leaving): ", g.name(p, "full"), "   Account no. ", g.ident("account"), "\n")
    b("Date of birth (security): ", _dob(g, "dd/mm/yyyy"), "\n")
    b("Supply address: ", one_line(a), "\n")
    if loc == "en_GB":
        b(
            "MPAN: ",
            g.ref("ticket", g.fill("S 0# 8## ### ## #### #### ###")),
            "   MPRN: ",
            g.ref("ticket", g.fill("##########")),
            "\n",
        )
    else:
        b(
            "MPRN: ",
            g.ref("ticket", g.fill("10 ### ### ###")),
            "   GPRN: ",
            g.ref("ticket", g.fill("#######")),
            "\n",
        )
    b(
        "Move-out date: ",
        g.date(d, "dd/mm/yyyy"),
        f"   Closing readings: elec {g.rng.randrange(10000, 99999)} kWh, gas "
        f"{g.rng.randrange(1000, 9999)} m³ (photo attached)\n\n",
    )
    b("Forwarding address for final bill:\n", block(fwd, "  ", country=fwd_loc != loc))
    b("Forwarding phone: ", g.phone(fwd_loc, ext=0), "   Email: ", g.email(p), "\n\n")
    b(
        "New occupier (if known): ",
        g.name(newp, "full") if g.chance(0.6) else "unknown",
        ", moving in ",
        g.date(d + timedelta(days=g.rng.randrange(1, 20)), "dd/mm/yyyy"),
        "\n",
    )
    b(
        "Landlord / letting agent: ",
        g.org(loc),
        ", contact ",
        g.name(agent, "full"),
        " ",
        g.phone(loc, ext=0),
        "\n\n",
    )
    b("Refund any credit to: ")
    if loc == "en_GB":
        b(
            "sort code ",
            g.ref("ticket", g.fill("##-##-##")),
            " account ",
            g.ident("account"),
            " (",
            g.name(p, "full"),
            ")\n",
        )
    else:
        b("IBAN ", g.iban("en_IE"), " (", g.name(p, "full"), ")\n")
    b(
        "\nSigned: ",
        g.name(p, g.pick(("full", "initial"))),
        "   Date: ",
        g.date(d - timedelta(days=g.rng.randrange(1, 10)), "dd/mm/yyyy"),
        "\n",
    )
