"""Recognizers that read the structure of documents: what a label, a cue or a position says.

Forms, notes, e-mails and transcripts announce their identifiers: "MRN: 098329684", "Pt: Ulysses
Ogrady", "DOB: 06/26/1922", "864.675.6005 fax", "Lisa: hi", "Best regards,\\nHektor Bergqvist".
A value in such a place is reported whatever its checksum or spaCy says, because a missed
identifier cannot be taken back while an extra token is restored in the answer (recall first).

Each rule is one regular expression whose group `v` is the value; the cue stays in clear.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon

_I = regex.IGNORECASE
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’]{0,64}(?:-\p{Lu}?[\p{L}\p{M}'’]{1,64})?"
_PARTICLE = r"(?i:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|bin|ibn|al|el|y|e|af|zu)"
# A name: capitalized words with particles and initials, or "LAST, First".
NAME = (
    rf"(?:\p{{Lu}}\.[ \t]?){{0,2}}(?:{_PARTICLE}[ \t]{{1,40}})?"
    rf"(?:{_NAME_WORD},[ \t]{{0,40}}{_NAME_WORD}(?:[ \t]{{1,40}}\p{{Lu}}\.?(?!\w))?"
    rf"|{_NAME_WORD}(?:[ \t]{{1,40}}(?:{_PARTICLE}[ \t]{{1,40}})?(?:\p{{Lu}}\.(?!\w)|{_NAME_WORD})){{0,4}})"
)
TITLE = (
    r"(?:"
    + lexicon.trie(
        r"Dr|Mr|Mrs|Ms|Mx|Miss|Prof|DR|MR|MRS|MS|PROF|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|Dott|Dssa|Sig|"
        r"Sgt|Capt|Rev|Fr|Sir|Dame|Lady|Lord|Nurse|Doctor|Professor|"
        # titles of other languages: Dutch, Polish, Czech and Slovak, Scandinavian, Italian, Spanish,
        # Portuguese, Finnish, Slovenian, Hungarian and Vietnamese forms of address and degrees
        r"Dhr|Mevr|Mw|Pan|Pani|Fru|Hr|Hrn|Ing|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|Dipl\.-Ing|Sig\.ra|Sig\.na|"
        r"Dott\.ssa|Avv|Dña|Doña|Don|Eng|Herra|Rouva|Gospod|Gospa|Ông|Bà|Anh|Chị|Monsieur|Madame|Señor|"
        r"Señora|Signor|Signora|Senhor|Senhora"
    )
    + r")\.?"
)
_DIGITS = r"\+?\(?\d[\d \t().\-/]{5,40}\d"
_EXT = r"(?:[ \t]{0,40}(?:x|ext\.?|extension|#)[ \t]{0,40}\d{1,6})?"
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # French, German, Spanish, Italian, Portuguese and Dutch month names
    + lexicon.trie(
        r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
        r"décembre|decembre|januar|februar|märz|maerz|juni|juli|oktober|dezember|enero|febrero|marzo|"
        r"abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|"
        r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|"
        r"maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus"
    )
    + r")"
)
_ORD = r"(?:st|nd|rd|th)?"
# 06SEP41, 19MAY2033: a date as airline and military records write it
_DATE_COMPACT = r"\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{4}|\d{2})"
DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})(?![\d/.\-]\d)"
    rf"|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}[-/ ]{_MON}\.?[-/ ](?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|\d{{1,2}}(?:{_ORD}|\.)[ \t]{{1,40}}(?:of[ \t]{{1,40}}|de[ \t]{{1,40}})?{_MON}\.?,?"
    rf"(?:[ \t]{{1,40}}(?:de[ \t]{{1,40}})?(?:\d{{4}}|'\d{{2}}))?(?![\w])"
    rf"|{_MON}\.?[ \t]{{1,40}}\d{{1,2}}{_ORD}(?:,?[ \t]{{1,40}}\d{{4}})?(?![\w])"
    rf"|{_MON}\.?,?[ \t]{{1,40}}\d{{4}}(?!\d)"
    rf"|{_DATE_COMPACT}(?![\w])"
    r"|\d{4}[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일])"
)

# A postcode's shapes in many countries: 10115, 38-817, 123 45, 6395 HD, SW1A 1AA, H4Y 7P8, 1000-001
POSTCODE = (
    r"(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{5}(?:-\d{4})?|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![\w])|"
    r"\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
    r"[A-Z]\d{2}[ \t]?[A-Z\d]{4})"
)
_ID_CUE = lexicon.trie(
    r"mrn|mr[ \t]?#|mc[ \t]?#|medical[ \t]record|record|chart|patient[ \t]id|member|subscriber|"
    r"policy|group|account|acct|a/c|passport|licen[cs]e|dl|professional[ \t]id|employee|staff[ \t]id|"
    r"badge|sin|nhs|nino|national[ \t]insurance|national[ \t]id|tax[ \t]id|"
    r"tin|ein|vat|npi|dea|upin|id|identification|customer|client|claim|case|serial|device|imei|"
    r"health[ \t]plan|insurance|beneficiary|certificate|vin|plate|registration|routing|sort[ \t]code|"
    r"bsn|personnummer|cpr|pesel|dni|nie|nif|cpf|rg|codice[ \t]fiscale|steuer-?id|ahv|user[ \t]id|"
    r"username|login|student|matriculation|pin|ni|contract|hosp|hospital|rx|prescription|mbr|ins|acc|emp|"
    r"reg|ref|booking|confirmation|ticket|loyalty|membership|enrol{1,64}ment|permit|visa|residence"
    r"[ \t]permit|"
    r"reference|mandate|medicaid|medicare|tricare|gmc|nmc|hcpc|ahpra|bsn|dni|nir|nss|amka|pps|ppsn|ird|"
    r"aadhaar|pan|cnic|nric|tfn|abn|ssnit|nin|bvn|kra|pass|pupil|payroll|personnel|library[ \t]card|"
    r"candidate|learner|player|upn|matric|uni[ \t]id|pt[ \t]id"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ZIP_CUE = r"postcode|post[ \t]code|postal[ \t]code|zip(?:[ \t]?code)?|eircode|plz|cep"
_ZIP_GATE = regex.compile(r"(?i)post|zip|eircode|plz|cep")
# Case-sensitive inside the case-insensitive cue patterns: "is 643-21-6917" is not one ID.
_ID_VALUE = r"(?-i:[A-Z0-9](?:[A-Z0-9]|[./\-](?=[A-Z0-9])|[ \t](?=\d{2,64}\b)){3,34})"
_NUMBER_WORD = r"(?:no|nr|num|number|numbers|#|id|code|card)"
_PHONE_CUE = lexicon.trie(
    r"tel|phone|ph|telephone|fax|facsimile|mobile|mob|cell|cellphone|office|work|home|direct|"
    r"dir|pager|main|switchboard|whatsapp|signal|sms|tlf|tfn|handy|mobil|tél|telefon|telefono|"
    r"teléfono|telemóvel|celular|contact|call"
)


# A chat line's time stamp: "[10:32]", "12/09/2017, 10:53 -", "[12/03/2024, 10:15:22]", "00:01:02.500"
STAMP = (
    r"[\[(]?(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]{0,40})?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]{0,40}(?:[-–][ \t]{0,40})?"
)


@dataclass(frozen=True)
class Rule:
    entity: str
    pattern: regex.Pattern
    score: float
    check: Callable[[str], bool] | None = None
    trim: Callable[[str], int] | None = None  # how many leading characters of the value to keep
    gate: regex.Pattern | None = None  # finds what every match contains: a text without it skips the rule


_RANGE = regex.compile(
    r"\d{1,3}(?:\.\d{1,64})?[-–]\d{1,3}"
    r"(?:\.\d{1,64})?"
)  # a lab's reference range: 0.6-1.3


def _min_digits(n: int) -> Callable[[str], bool]:
    return lambda v: sum(c.isdigit() for c in v) >= n and not _RANGE.fullmatch(v)


def _is_date(v: str) -> bool:
    return regex.fullmatch(DATE, v, regex.IGNORECASE) is not None


def _phone(v: str) -> bool:
    return 7 <= sum(c.isdigit() for c in v) <= 18


def trim_name(value: str, alone_if_common: bool = False) -> int:
    """Keep the leading words of a matched name up to the first word that is an ordinary word or
    a label ("Ulysses Ogrady MC" -> "Ulysses Ogrady"); 0 when nothing name-like is left. A word
    alone must be name-like ("CC: HYPERTENSION" is a complaint), unless a title says it is a name
    (`alone_if_common` False: "Dr. Bhutto")."""
    keep = 0
    for m in regex.finditer(r"[^\s,]{1,64}", value):
        word = m.group().strip(".")
        if len(word) == 1 and word.isupper() or regex.fullmatch(_PARTICLE, word):
            continue  # an initial or a particle: kept when a name word follows
        if lexicon.is_common(word) or (
            word.isupper() and len(word) <= 3 and not lexicon.is_known_name(word) and len(word) > 1
        ):
            break
        keep = m.end()
    head = value[:keep].rstrip(" ,")
    words = lexicon.words(head)
    if len(words) == 1 and alone_if_common:
        return len(head) if lexicon.is_name_like(words[0]) else 0
    return len(head) if any(lexicon.is_name_like(w) or not lexicon.is_common(w) for w in words) else 0


def trim_labelled_name(value: str) -> int:
    return trim_name(value, alone_if_common=True)


def trim_named_field(value: str) -> int:
    """After a label that only a name can follow ("Surname(s): YOUNG"): the leading words that are
    known names or not common words."""
    keep = 0
    for m in regex.finditer(r"[^\s,]{1,64}", value):
        word = m.group().strip(".")
        if lexicon.is_common(word) and not lexicon.is_known_name(word):
            break
        keep = m.end()
    return len(value[:keep].rstrip(" ,"))


def _double_barrelled(v: str) -> bool:
    parts = v.split("-")
    return (
        all(lexicon.is_known_name(p) or lexicon.zipf(p) < 2.5 for p in parts)
        and not any(lexicon.is_ordinary(p) for p in parts)
        and not lexicon.is_field_name(parts[-1])
    )


def _label_word(w: str) -> bool:
    """A word that cannot be a place's name after a "City:" label ("City: Date", "Town: The")."""
    return w.lower() in lexicon.HEADINGS or lexicon.is_common(w) and lexicon.zipf(w) >= 4.8


def _first_name_led(v: str) -> bool:
    ws = lexicon.words(v)
    return bool(ws) and lexicon.zipf(ws[0]) < 5.0 and not any(lexicon.is_common(w) for w in ws)


# What IRC adds to a taken nickname: "rachel_", "anoush`", "lubna5", "tom|away"
_NICK_MARKS = "_`^|0123456789-"
_NICK_TAIL = r"(?:[_`^-]{1,3}|\d{1,4}|\|\w{1,8})?"


def _nick(v: str) -> bool:
    """A chat nickname that reads as a name ("leonila", "adam", "rachel_"), not a bot or a role
    ("ChanServ")."""
    v = v.split("|")[0].rstrip(_NICK_MARKS)
    return len(v) >= 2 and not lexicon.is_common(v) and v.lower() not in ("chanserv", "nickserv", "bot")


def _speaker(v: str) -> bool:
    ws = [w for w in lexicon.words(v) if not regex.fullmatch(_PARTICLE, w)]
    return (
        bool(ws)
        and not any(lexicon.is_common(w) for w in ws)
        and not all(lexicon.is_foreign_word(w) or lexicon.is_field_name(w) for w in ws)
        and (
            len(ws) > 1
            and not all(lexicon.is_ordinary(w) for w in ws)
            or lexicon.is_name_like(ws[0])
            # where only a speaker stands, a word English barely knows: "Takeshi   1:31"
            or lexicon.zipf(ws[0]) < 3.0
            and ws[0][0].isupper()
            and not lexicon.is_clinical(ws[0].lower())
            and ws[0].lower() not in lexicon.HEADINGS
        )
    )


# A rule whose look-behind rules out a word character before a match that starts with one (a digit,
# a label, a month) also starts with `\b`: the same matches, as `regex` tries a `\b` at each position
# much faster than a look-behind (a third of those rules' cost).
def _r(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags | regex.MULTILINE)


_NAME_LABELS = lexicon.trie(
    r"patient(?:[ \t]name)?|pt|name|full[ \t]name|first[ \t]name|last[ \t]name|surname|given[ \t]names?|"
    r"family[ \t]name|bill[ \t]to|ship[ \t]to|sold[ \t]to|attn|attention|contact(?:[ \t]person)?|from|to|cc|"
    r"physician|provider|doctor|attending|resident|surgeon|nurse|pcp|referring(?:[ \t]physician)?|"
    r"referred[ \t]by|signed(?:[ \t]by)?|dictated[ \t]by|transcribed[ \t]by|author|emergency[ \t]contact|"
    r"next[ \t]of[ \t]kin|nok|guardian|spouse|partner|mother|father|parent|son|daughter|employee|"
    r"candidate|applicant|reference|referee|manager|supervisor|customer|client|cardholder|"
    r"account[ \t]holder|holder|beneficiary|insured|subscriber|policyholder|witness|agent|rep|"
    r"representative|prepared[ \t]by|approved[ \t]by|reviewed[ \t]by|requested[ \t]by|owner|tenant|"
    r"landlord|recipient|sender|caller|interviewer|interviewee|participant|student|guest|member|"
    r"name[ \t]of[ \t]\w{1,64}|printed[ \t]name|signature|contact[ \t]name|care[ \t]of|c/o|re|rn|md|np|pa|"
    r"triage[ \t]rn|physician[ \t]assistant|therapist|pharmacist|dentist|consultant|counsel{1,64}or|"
    r"given[ \t]name\(s\)|surname\(s\)|name\(s\)|forenames?|forename\(s\)|first[ \t]name\(s\)|"
    r"middle[ \t]names?|to[ \t]whom|employer[ \t]contact|hiring[ \t]manager|"
    r"assigned[ \t]to|owner|driver|passenger|traveller|traveler|patient[ \t]name|member[ \t]name|"
    r"ordered[ \t]by|ordering(?:[ \t]physician|[ \t]provider)?|seen[ \t]by|authori[sz]ed[ \t]by|"
    r"verified[ \t]by|collected[ \t]by|performed[ \t]by|interpreted[ \t]by|reported[ \t]by|gp|"
    r"care[ \t]coordinator|case[ \t]manager|social[ \t]worker|handed[ \t]over[ \t]to|covering|"
    r"on[ \t]call|escalated[ \t]to|panel|interviewers?|referees?|employee[ \t]name|staff[ \t]name|"
    r"nom|nombre|nome|naam|prénom|vorname|nachname|apellidos?|cognome|sobrenome|imię|nazwisko|"
    r"geburtsname|mädchenname|rufname|ehename|familienname|nom[ \t]de[ \t]naissance|nom[ \t]d'usage|"
    r"navn|namn|nimi|jméno|příjmení|név|ime|priimek|tên|họ[ \t]tên|ship[ \t]from|deliver[ \t]to|"
    r"etunimi|etunimet|sukunimi|anyja[ \t]neve|apja[ \t]neve|születési[ \t]név|vezetéknév|keresztnév|"
    r"fornavn|efternavn|etternavn|förnamn|efternamn|voornaam|achternaam|voornamen|"
    r"consignee|shipper|sender|addressee|payer|payee|debtor|creditor|tenant|applicant|co-?applicant"
)
_JOBS = lexicon.trie(
    r"manager|director|supervisor|representative|rep|specialist|officer|engineer|lead|assistant|"
    r"coordinator|consultant|analyst|partner|agent|executive|head|president|vp|ceo|cto|cfo|coo|"
    r"founder|owner|administrator|admin|developer|designer|accountant|advisor|adviser|associate|"
    r"clerk|technician|nurse|physician|surgeon|therapist|pharmacist|recruiter|secretary|intern|"
    r"attorney|lawyer|solicitor|paralegal|principal|teacher|professor|lecturer|researcher|"
    r"scientist|buyer|planner|controller|auditor|operator|dispatcher|driver|chef|receptionist|"
    r"architect|editor|writer|producer|coach|trainer|counsel|chair|chairman|chairwoman|treasurer|"
    r"broker|underwriter|adjuster|inspector|superintendent|foreman|captain|sergeant|officer|"
    r"geschäftsführer|leiter|leiterin|directeur|directrice|gerente|direttore|responsable"
)
# 11/24: a day and month without a year (a fraction or a score too, so only after a birth cue)
_DAY_MONTH = r"(?:\d{1,2}/\d{1,2}(?![\d/]|\.\d))"
_NOT_A_STAMP = (
    r"(?![ \t]{0,40},?"
    r"[ \t]{0,40}\d{1,2}:\d\d)"
)  # a chat message's date and time: "19/10/2021, 08:05"
_LABEL_SEP = (
    r"(?:[ \t]{0,40}[:#][ \t]{0,200}|[ \t]{1,40}[-–][ \t]{1,40}|\t{1,40}|[ \t]{2,200}|[ \t]{0,40}"
    r"[._]{3,64}[ \t]{0,40})"
)
_SEPARATED = regex.compile(r"[:#\t]|[ \t][-–]|[ \t]{2}|[._]{3}")  # what every _LABEL_SEP contains
_RELATIONS = lexicon.trie(
    r"wife|husband|son|daughter|mother|father|mom|mum|dad|brother|sister|neighbou?r|friend|"
    r"partner|spouse|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|"
    r"grandfather|grandma|grandpa|boyfriend|girlfriend|fianc[ée]e?|colleague|caregiver|carer|"
    r"roommate|flatmate|landlady|landlord|stepson|stepdaughter|stepmother|stepfather|guardian"
)
_CLOSINGS = lexicon.trie(
    r"regards|sincerely|cheers|thanks|thank[ \t]you|best|best[ \t]wishes|warm[ \t]regards|"
    r"kind[ \t]regards|yours(?:[ \t]truly|[ \t]sincerely|[ \t]faithfully)?|faithfully|respectfully|"
    r"cordially|take[ \t]care|"
    r"with[ \t]thanks|many[ \t]thanks|all[ \t]the[ \t]best|wishes|best[ \t]regards|"
    r"greetings|salutations|ciao|cordialement|mit[ \t]freundlichen[ \t]grüßen|saludos|--|—|-- "
)

# Chat handles that are no one's: channel-wide mentions, doc-comment tags, CSS at-rules, decorators.
_NOT_HANDLES = lexicon.word_set(
    """here channel everyone all team admin admins mods moderators bot param params return returns
    throws throw type see since deprecated author version example todo fixme override test tests brief
    note link inheritdoc property staticmethod classmethod dataclass media import include keyframes
    font-face apply tailwind layer supports charset echo interface end implementation synthesize
    objc protocol selector app router pytest mock patch lru_cache cache functools abstractmethod"""
)


def _long_ago(v: str) -> bool:
    """A date with a day and a four-digit year 15 to 125 years back."""
    numbers = regex.findall(r"\d{1,64}", v)
    years = [int(n) for n in numbers if len(n) == 4]
    this_year = datetime.date.today().year
    return len(years) == 1 and len(numbers) >= 2 and this_year - 125 <= years[0] <= this_year - 15


def _handle(v: str) -> bool:
    return v.lower() not in _NOT_HANDLES and not v.isdigit()


def _vocative(v: str) -> bool:
    return (lexicon.is_name_like(v) or lexicon.zipf(v.lower()) < 3.0) and not lexicon.is_common(v)


RULES = [
    # "my neighbour zé at number 117 has the key": a house number said as one
    Rule(
        "STREET_ADDRESS",
        _r(
            r"(?i:\b(?:at|lives[ \t]at|live[ \t]at|living[ \t]at)[ \t]{1,40}number)[ \t]{1,40}"
            r"(?P<v>\d{1,5}[a-z]?)\b"
        ),
        0.6,
    ),
    # MRN: 098329684, Member ID 88-12345, Policy No. ABC123456, SSN: 666-27-3725
    Rule(
        "ID_NUMBER",
        _r(
            rf"\b(?:{_ID_CUE})\b\.?[ \t]{{0,40}}(?:{_NUMBER_WORD}\b\.?[ \t]{{0,40}})?(?:(?:is|was|are|:"
            rf"|->|=>|→|\?)[ \t]{{1,40}})?"
            r"[:#=\-]?[ \t]{0,200}#?[ \t]{0,40}[(\[]?"
            rf"(?P<v>(?-i:[a-z](?=\d{{4}}))?{_ID_VALUE})",  # "student (s9629390)"
            _I,
        ),
        0.85,
        lambda v: _min_digits(3)(v) and not _YEAR.fullmatch(v),  # "the claim is 2024 was"
    ),
    # "B14 39 4443 - that's my staff id", "it's Y69 81 1548 (my NHS number)": the cue after the value
    Rule(
        "ID_NUMBER",
        _r(
            rf"\b(?<![\w£$€.,/-])(?P<v>{_ID_VALUE})[ \t]{{0,40}}(?:[(\[]|[-–,:][ \t]{{0,200}})?[ \t]{{0,40}}"
            r"(?:(?:that's|thats|that[ \t]is|it's|its|is|=)[ \t]{1,40})?(?:my|his|her|their|our|your|the)"
            r"[ \t]{1,40}"
            rf"(?:{_ID_CUE})\b",
            _I,
        ),
        0.8,
        lambda v: sum(c.isdigit() for c in v) >= 4 and len(v) >= 5,
        gate=_r(rf"(?i)\b(?:my|his|her|their|our|your|the)[ \t]{{1,40}}(?:{_ID_CUE})\b"),
    ),
    Rule(
        "US_SSN",
        _r(
            r"\b(?:ssn|social[ \t]security|(?<=\b(?:my|his|her|their|your)[ \t]{1,40})social)\b\.?[ \t]{0,40}"
            rf"(?:{_NUMBER_WORD}\b\.?[ \t]{{0,40}})?(?:(?:is|was|'s)[ \t]{{1,40}})?[:#=\-]?[ \t]{{0,200}}"
            rf"(?P<v>{_ID_VALUE})",
            _I,
        ),
        0.9,
        _min_digits(3),
    ),
    # Compound number labels of other languages: "Sozialversicherungsnummer: 33 050390 S 227",
    # "Personalnummer: 199032", "Burgerservicenummer: 1234 56 789"
    Rule(
        "ID_NUMBER",
        _r(
            r"\b\p{L}{3,64}(?:nummer|nr|kennzeichen|kenteken)\b\.?[ \t]{0,40}[:#][ \t]{0,200}"
            r"(?P<v>[A-Z0-9](?:[A-Z0-9./-]|[ \t](?=[A-Z0-9])){3,30})(?=[ \t]{0,40}(?:$|\n|[ \t]{2}|[,;|]))",
            _I,
        ),
        0.8,
        _min_digits(4),
    ),
    # Airline and travel-document names, SURNAME/GIVEN ("1.ANDREASEN/YAN MR", "DOCS ../ANDREASEN/YAN/P1")
    Rule(
        "PERSON",
        _r(
            r"(?<![\w/])(?:\d{1,2}\.)?(?P<v>[A-Z][A-Z'-]{1,30}(?:[ ][A-Z][A-Z'-]{1,30})?/[A-Z][A-Z'-]{1,30}"
            r"(?:[ ][A-Z][A-Z'-]{1,30})?)"
            r"(?:[ ](?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b|/P\d|(?=[ \t]{0,40}(?:$|\n|[ ]{2})))"
        ),
        0.7,
        lambda v: any(lexicon.is_known_name(w) for w in v.replace("/", " ").split())
        and not any(w in lexicon.ABBREVIATIONS for w in v.split("/")),
    ),
    # Vehicle registrations: "Reg EN91 QCP", "Kennzeichen: M-AB 1234", "number plate: 7ABC123"
    Rule(
        "ID_NUMBER",
        _r(
            r"(?i:\b(?:reg|reg\.?[ \t]no|registration(?:[ \t]no|[ \t]number)?|vrm|number[ \t]plate|"
            r"licen[cs]e[ \t]plate|plate|kennzeichen|kenteken|matr[ií]cula|targa|immatriculation)\b)\.?"
            r"[ \t]{0,40}[:#]?[ \t]{0,200}"
            r"(?P<v>(?=[A-Z0-9 -]{0,40}\d)(?=[A-Z0-9 -]{0,40}[A-Z])[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2})"
            r"(?![\w-])"
        ),
        0.7,
    ),
    # A British registration without its cue: "my Civic FO90 ZKQ" (two letters, the age, three letters)
    Rule("ID_NUMBER", _r(r"\b(?<![\w-])(?P<v>[A-Z]{2}\d\d[ ]?[A-Z]{3})(?![\w-])"), 0.6),
    # XX #0937884, #0937884
    Rule(
        "ID_NUMBER",
        _r(rf"(?<![\w#])(?:[A-Za-z]{{1,6}}[ \t]?)?#[ \t]{{0,40}}:?[ \t]{{0,200}}(?P<v>{_ID_VALUE})"),
        0.7,
        _min_digits(3),
    ),
    # card 2245195921893300 (whatever the checksum says)
    Rule(
        "CREDIT_CARD",
        _r(
            r"\b(?:card|credit[ \t]card|debit[ \t]card|cc|visa|mastercard|amex|maestro|"
            r"discover)(?:[ \t](?:no|number|num)\.?)?[ \t]{0,40}[:#]?[ \t]{0,200}#?[ \t]{0,40}"
            r"(?P<v>\d(?:[ \-]?\d){11,18})(?!\d)",
            _I,
        ),
        0.9,
    ),
    # any long run of digits, or an SSN shape that fails validation
    Rule("ID_NUMBER", _r(r"\b(?<![\w.,$€£/:-])(?P<v>\d{8,19})(?![\w]|[.,/-]\d)"), 0.55),
    Rule("US_SSN", _r(r"\b(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4})(?![\w-])"), 0.6),
    # identifier-shaped tokens anywhere: AB123456, 1JL4-JM9-UR85, 29771086-52
    Rule(
        "ID_NUMBER",
        _r(
            rf"\b(?<![\w-])(?!{_DATE_COMPACT}(?![\w-])|\d{{4}}Z(?![\w-]))"
            r"(?P<v>(?=(?:[A-Z-]{0,64}\d){4})(?=[A-Z0-9-]{0,64}[A-Z])"
            r"[A-Z0-9]{1,6}(?:-?[A-Z0-9]){4,24})(?![\w<-])"
        ),
        0.55,
    ),
    Rule(
        "ID_NUMBER",
        _r(
            r"\b(?<![\w./-])(?!\d{4}-\d\d-\d\d(?!\d))(?P<v>\d{2,64}-\d{2,64}(?:-\d{1,64}){0,16})"
            r"(?![\w./-])"
        ),
        0.5,
        _min_digits(8),
    ),
    # Tel: 040 898 9331, F: (415) 555-0134, 864.675.6005 fax
    Rule(
        "PHONE_NUMBER",
        _r(
            rf"(?:\b(?:{_PHONE_CUE}[ \t]{{1,40}})?{_PHONE_CUE}(?:[ \t]?(?:no|number|nr|#)\.?)?|"
            rf"\b[TMFOHWCP])[ \t]{{0,40}}"
            rf"(?:\([a-z]{{1,10}}\))?[ \t]{{0,40}}[:.]?[ \t]{{0,200}}(?P<v>{_DIGITS}{_EXT})",
            _I,
        ),
        0.85,
        _phone,
    ),
    # +353 1 302 4467, +44(0)117 4960780, 1-325-423-1249, 07510 129877, 0329245178x460
    Rule(
        "PHONE_NUMBER",
        _r(
            r"(?<![\w+])(?P<v>\+\d{1,3}[ \t.-]?(?:\(0\)[ \t]?)?\(?\d{1,5}\)?"
            rf"(?:[ \t.-]?\d{{1,6}}){{1,5}}"
            rf"{_EXT})(?![\d])"
        ),
        0.75,
        _phone,
    ),
    Rule("PHONE_NUMBER", _r(rf"(?<![\w+-])(?P<v>1[-. ]\d{{3}}[-. ]\d{{3}}[-. ]\d{{4}}{_EXT})(?!\d)"), 0.75),
    Rule("PHONE_NUMBER", _r(rf"(?<![\w+./-])(?P<v>0\d{{1,4}}[ \t/-]\d{{5,8}}{_EXT})(?![\d.,/-])"), 0.6),
    # A trunk 0 then digit groups: 06-01289139, (06-1) 246-1685, 06-76/625 1202 x97, 0049 711 5731237,
    # (0118) 4960999 x5597, 0321-1727224; and 75/664-2248 (an area code, a slash)
    Rule(
        "PHONE_NUMBER",
        _r(
            rf"(?<![\w+./-])(?P<v>(?:\(0\d{{1,4}}(?:-\d{{1,2}})?\)|0\d{{1,4}}(?:-\d{{1,2}})?"
            rf"(?:/\d{{1,4}})?)[ \t/.-]{{0,2}}\d{{2,8}}(?:[ \t.-]\d{{2,8}}){{0,3}}{_EXT})"
            r"(?![\w/-]|[.,:]\d)"
        ),
        0.6,
        lambda v: _phone(v) and not _is_date(v),
    ),
    Rule("PHONE_NUMBER", _r(rf"(?<![\w+./-])(?P<v>\d{{2}}/\d{{3}}[ -]\d{{4}}{_EXT})(?![\w/-]|[.,]\d)"), 0.6),
    # "it's 348 86168 393", "my number is 612 77 80 31": digit groups given as someone's number
    Rule(
        "PHONE_NUMBER",
        _r(
            r"(?i:\b(?:it's|its|it[ \t]is|number[ \t]is|number's|no[ \t]is|reach[ \t]me[ \t](?:on|at)|"
            r"call[ \t]me[ \t](?:on|at)|text[ \t]me[ \t](?:on|at))[ \t:]{1,40})"
            r"(?P<v>\d{2,5}(?:[ \t.-]\d{2,5}){1,4})(?![\w.,/-]\d|\d)"
        ),
        0.7,
        lambda v: 9 <= sum(c.isdigit() for c in v) <= 15
        and not all(regex.fullmatch(r"(?:19|20)\d\d", g) for g in regex.findall(r"\d{1,64}", v)),
    ),
    # No. 1838767, Nr 55-1234: a number word before an identifier
    Rule(
        "ID_NUMBER",
        _r(rf"\b(?i:no|nr|num|number)\.?[ \t]{{0,40}}[:#]?[ \t]{{0,200}}(?P<v>{_ID_VALUE})"),
        0.6,
        _min_digits(5),
    ),
    Rule("PHONE_NUMBER", _r(r"(?<![\w+])(?P<v>\d{9,11}x\d{1,5})(?!\d)"), 0.7),
    # x5856, ext 5191, pager 19644, beeper #0-5029
    Rule(
        "PHONE_NUMBER",
        _r(
            r"(?:(?<![\w])x|\b(?:ext|extension|pager|beeper|bleep|bleep[ \t]no)\b\.?[ \t]{0,40}#?)"
            r"[ \t]{0,40}(?P<v>\d[\d-]{2,7})(?![\w-])",
            _I,
        ),
        0.7,
    ),
    Rule(
        "PHONE_NUMBER",
        _r(
            rf"(?<![\w.])(?P<v>{_DIGITS}{_EXT})[ \t]{{0,40}}[(\[]?(?:fax|mobile|mob|cell|office|"
            r"work|home|direct|tel|phone|landline|pager|main|whatsapp)\b",
            _I,
        ),
        0.85,
        _phone,
    ),
    # DOB: 06/26/1922, born 1 July 1950
    Rule(
        "DATE_OF_BIRTH",
        _r(
            r"\b(?<!\w)(?:"
            + lexicon.trie(
                r"dob|d\.o\.b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|born(?:[ \t]on)?|birthday|bday|b-day|"
                r"b\.(?=[ \t]{0,40}\d)|"
                r"geburtsdatum|geb\.|geboren(?:[ \t]am)?|fecha[ \t]de[ \t]nacimiento|f\.[ \t]?nac\.?|"
                r"nacid[oa](?:[ \t]el)?|né(?:e)?(?:[ \t]le)?|date[ \t]de[ \t]naissance|"
                r"data[ \t]di[ \t]nascita|nat[oa][ \t]il|data[ \t]de[ \t]nascimento|nascid[oa](?:[ \t]em)?|"
                r"geboortedatum|geboren[ \t]op|data[ \t]urodzenia|ur\.|födelsedatum|född|fødselsdato|født|"
                r"syntymäaika|syntynyt|datum[ \t]narození|narozen[a]?|datum[ \t]rojstva|rojen[a]?|"
                r"születési[ \t](?:dátum|idő)|szül\.|ngày[ \t]sinh"
            )
            + rf")(?!\w)(?:[^\n\d]{{0,40}}?\n?)?[^\n\d]{{0,30}}?"
            rf"(?P<v>{DATE}|{_DAY_MONTH}){_NOT_A_STAMP}",
            _I,
        ),
        0.9,
    ),
    # "6/24/49 is my birthday", "Dec 16th is his bday": the cue after the date
    Rule(
        "DATE_OF_BIRTH",
        _r(
            rf"\b(?<![\w/.\-])(?P<v>{DATE}|{_DAY_MONTH})[ \t]{{1,40}}(?:(?:is|was|=|-|–|:)[ \t]{{1,40}})?"
            r"(?:(?:my|his|her|their|our|your|the|[\p{L}]{1,64}'s|[\p{L}]{1,64}s')[ \t]{1,40})?"
            r"(?:\p{L}{1,64}[ \t]{1,40})?"
            r"(?:birthday|bday|b-day|dob|d\.o\.b|date[ \t]of[ \t]birth|birth[ \t]?date)\b",
            _I,
        ),
        0.85,
        gate=_r(r"(?i)birth|bday|b-day|dob|d\.o\.b"),
    ),
    Rule("DATE", _r(rf"\b(?<![\w/.\-])(?P<v>{DATE})", _I), 0.6),
    # A whole date (day, month and year) at least 15 years back is most likely someone's birth date,
    # whatever cue (or none) stands before it: recall first, and the date comes back in the answer.
    Rule("DATE_OF_BIRTH", _r(rf"\b(?<![\w/.\-])(?P<v>{DATE})", _I), 0.55, check=_long_ago),
    # 07/04 without a year (one side written with two digits: "1/2" is a fraction)
    Rule(
        "DATE",
        _r(
            r"\b(?<![\w/.\-])(?P<v>(?:0[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])/"
            r"(?:0[1-9]|[12]\d|3[01]))(?![\w/]|\.\d)"
        ),
        0.55,
    ),
    # 92-year-old, aged 95, age: 101
    Rule(
        "AGE",
        _r(
            r"(?<!\d)(?P<v>9\d|1[01]\d)(?=[ \t-]{0,40}(?:years?|yrs?|y/?o\b|y\.o\."
            r"|-?year-old))",
            _I,
        ),
        0.8,
    ),
    Rule("AGE", _r(r"\b(?:age|aged)[ \t:]{0,40}(?P<v>9\d|1[01]\d)\b", _I), 0.8),
    # Pt: Ulysses Ogrady, Name: SMITH, John, Bill to: Maria Lopez
    Rule(
        "PERSON",
        _r(
            rf"\b(?<![\w-])(?i:{_NAME_LABELS}){_LABEL_SEP}(?:{TITLE}[ \t]{{1,40}})?"
            rf"(?P<v>{NAME})"
        ),
        0.85,
        trim=trim_labelled_name,
        gate=_SEPARATED,
    ),
    # SHIP TO:\n ROSINEIDE LAMARQUE-COLE: a label alone on its line, the name on the next
    Rule(
        "PERSON",
        _r(
            rf"\b(?<![\w-])(?i:{_NAME_LABELS})[ \t]{{0,40}}:?[ \t]{{0,200}}\r?\n[ \t]{{0,40}}(?:{TITLE}"
            rf"[ \t]{{1,40}})?"
            rf"(?P<v>{NAME})[ \t]{{0,40}}$"
        ),
        0.8,
        trim=trim_labelled_name,
    ),
    # Surname: Bak, Name - Cao: a label that says "name" is believed for a word alone too
    Rule(
        "PERSON",
        _r(
            rf"\b(?<![\w-])(?i:(?:patient|full|first|last|given|family|member|printed|contact|"
            rf"legal|maiden)[ \t]names?|names?|surname|forenames?|pt|patient){_LABEL_SEP}"
            rf"(?:{TITLE}[ \t]{{1,40}})?(?P<v>{NAME})"
        ),
        0.86,
        trim=trim_name,
        gate=_SEPARATED,
    ),
    # Patient Name Phạm, Hương (a label that says "name" needs no separator)
    Rule(
        "PERSON",
        _r(
            rf"\b(?i:(?:patient|full|first|last|given|family|member|printed|contact)[ \t]names?)"
            rf"[ \t]{{1,40}}(?P<v>{NAME})"
        ),
        0.8,
        trim=trim_labelled_name,
    ),
    # C/O O'Sullivan, (née Hekker), geb. Schulz: a name after "care of" or a birth name's cue
    Rule(
        "PERSON",
        _r(
            rf"\b(?<![\w/])(?i:c/o|care[ \t]of|née|nee|geb\.|geborene|z[ \t]domu|roz\.)[ \t]{{1,40}}"
            rf"(?P<v>{NAME})"
        ),
        0.8,
        trim=trim_named_field,
    ),
    # his son Christian, NEIGHBOR MARK
    Rule(
        "PERSON",
        _r(
            rf"\b(?i:{_RELATIONS})[ \t]{{0,40}}[:,-]?[ \t]{{1,200}}"
            rf"(?P<v>{NAME})"
        ),
        0.7,
        trim=trim_labelled_name,
    ),
    Rule("PERSON", _r(rf"\b(?<![\w.])(?:{TITLE})[ \t]{{1,40}}(?P<v>{NAME})"), 0.85, trim=trim_name),
    # Todd reports, Torvald asking: a first name before a verb of reporting
    Rule(
        "PERSON",
        _r(
            rf"(?<![\w.])(?P<v>{_NAME_WORD}(?:[ \t]{{1,40}}{_NAME_WORD})?)[ \t]{{1,40}}(?=(?:reports"
            rf"|reported|"
            r"states|stated|denies|denied|endorses|endorsed|complains|complained|presents|presented|"
            r"asking|asked|says|said|wants|wanted|called|phoned|emailed|texted|confirms|confirmed|"
            r"agrees|agreed|declined|requests|requested)\b)"
        ),
        0.7,
        lambda v: _first_name_led(v),
    ),
    # KHANH LESKOVAR\nWarehouse Supervisor; Kuldeep Lynch, Account Manager: a name before a job title
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?P<v>{NAME})[ \t]{{0,40}}(?:,[ \t]{{0,40}}|[ \t]{{1,40}}[|–—-]"
            rf"[ \t]{{1,40}}|\r?\n[ \t]{{0,40}})"
            rf"(?:[\p{{L}}&/-]{{1,64}}[ \t]{{1,40}}){{0,3}}(?i:{_JOBS})\b"
        ),
        0.75,
        trim=trim_name,
    ),
    # M. Warner, J.-P. Dubois
    Rule(
        "PERSON",
        _r(rf"(?<![\w.])(?P<v>\p{{Lu}}\.(?:[ \t]?-?\p{{Lu}}\.)?[ \t]?{_NAME_WORD})"),
        0.6,
        trim=trim_name,
    ),
    # Baxter-Rodriguez: a double-barrelled name of name-like parts
    Rule(
        "PERSON",
        _r(r"(?<![\w-])(?P<v>\p{Lu}[\p{Ll}\p{M}'’]{1,64}-\p{Lu}[\p{Ll}\p{M}'’]{1,64})(?![\w-])"),
        0.6,
        _double_barrelled,
    ),
    # Best regards,\nHektor Bergqvist
    Rule(
        "PERSON",
        _r(
            rf"\b(?i:{_CLOSINGS})[ \t]{{0,40}}[,!.]?[ \t]{{0,40}}(?:\r?\n[ \t]{{0,40}}){{1,2}}(?:{TITLE}"
            rf"[ \t]{{1,40}})?"
            rf"(?P<v>{NAME})"
        ),
        0.85,
        trim=trim_name,
    ),
    # "Thanks,\nOrlagh  9629390": a number signed with the name (a student's, a member's)
    Rule(
        "ID_NUMBER",
        _r(
            rf"\b(?i:{_CLOSINGS})[ \t]{{0,40}}[,!.]?[ \t]{{0,40}}(?:\r?\n[ \t]{{0,40}}){{1,2}}(?:{TITLE}"
            rf"[ \t]{{1,40}})?"
            rf"{NAME}(?:[ \t]{{2,40}}|[ \t]{{0,40}}[,|–—-][ \t]{{0,40}}|\t)(?P<v>[A-Za-z]{{0,2}}\d{{4}}"
            rf"[ -]?\d{{2,8}})[ \t]{{0,40}}$"
        ),
        0.7,
    ),
    # A messaging app's export: after the message's date and time comes its sender, whatever the
    # name ("29/04/2025, 15:49 - Mo 🏏: welcome", "[27.02.25, 07:49:09] Ash: ok")
    Rule(
        "PERSON",
        _r(
            r"^[ \t]{0,40}\[?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]{1,40}\d{1,2}:\d{2}(?::\d{2})?"
            r"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\]?[ \t]{0,40}(?:[-–][ \t]{0,40})?"
            r"(?P<v>\p{L}[\p{L}\p{M}'’.-]{0,64}(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,64}){0,3})"
            r"(?:[ \t]{0,40}[\p{So}\p{Sk}\u200d\ufe0f]{1,64})?[ \t]{0,40}:[ \t]"
        ),
        0.75,
        check=lambda v: v.lower() not in ("you", "me", "system", "messages", "meta ai"),
    ),
    # "the Ruckdeschels want to invite": a family by its surname in the plural
    Rule(
        "PERSON",
        _r(
            r"\b(?i:the)[ \t]{1,40}(?P<v>\p{Lu}\p{Ll}{2,64}(?:-\p{Lu}\p{Ll}{2,64})?)s[ \t]{1,40}"
            r"(?:want|wanted|are|were|have|had|will|said|say|came|come|invited|asked|family|moved|live)\b"
        ),
        0.7,
        check=lambda v: lexicon.is_known_name(v) or not lexicon.is_common(v) and lexicon.zipf(v) < 3.5,
    ),
    # A chat export's speaker in brackets before the bracketed time: "[Min-jun Kim] [5:03 PM]"
    Rule(
        "PERSON",
        _r(
            r"^[ \t]{0,40}\[(?P<v>\p{Lu}[\p{L}\p{M}'’-]{0,64}(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{0,64}){0,3})\]"
            r"[ \t]{0,40}"
            r"\[\d{1,2}:\d{2}"
        ),
        0.8,
        check=lambda v: not all(lexicon.is_common(w) for w in regex.split(r"[ \t-]{1,40}", v)),
    ),
    # Match fees to C NAKAMURA, sort code 22-10-69: an account's holder before its bank details
    Rule(
        "PERSON",
        _r(
            r"\b(?i:to|payee|beneficiary|account[ \t]name|acc(?:ount)?[ \t]holder|pay)[ \t]{0,40}:?"
            r"[ \t]{1,40}"
            rf"(?P<v>{NAME})"
            r"(?=[ \t]{0,40}[,(]?[ \t]{0,40}(?i:sort[ \t]code|acc\b|account[ \t](?:no|number)|iban|bsb"
            r"|a/c|bic|swift))"
        ),
        0.8,
        trim=trim_name,
    ),
    # Lisa: hi,  [10:32] Ronald Weber: yes
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?:{STAMP})?(?:\*\*)?"
            rf"(?P<v>{_NAME_WORD}(?:[ \t]{{1,40}}(?:{_PARTICLE}[ \t]{{1,40}}){{0,2}}{_NAME_WORD}){{0,2}})"
            r"(?:\*\*)?"
            r"[ \t]{0,40}(?:\([^)\n]{0,30}\))?[ \t]{0,40}:(?!//)"
        ),
        0.8,
        _speaker,
    ),
    # "[2022-07-10 09:18] **yatzil**: lol": one word in lower case after a time stamp, no English word
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?:{STAMP})(?:\*\*)?(?P<v>\p{{Ll}}[\p{{Ll}}\p{{M}}'’]{{2,64}})(?:\*\*)?"
            rf"[ \t]{{0,40}}:[ \t]"
        ),
        0.7,
        check=lambda v: not lexicon.is_common(v) and (lexicon.is_known_name(v) or lexicon.zipf(v) < 3.5),
    ),
    # A name by which someone likes to be called: (likes to be called "Dot"), known as 'Fred'
    Rule(
        "PERSON",
        _r(
            r"(?i:\b(?:likes[ \t]{1,40}to[ \t]{1,40}be[ \t]{1,40}called|prefers[ \t]{1,40}to[ \t]{1,40}be"
            r"[ \t]{1,40}called|known[ \t]{1,40}as|"
            r"goes[ \t]{1,40}by|nicknamed|a\.?k\.?a\.?)[ \t]{1,40})[\"“'‘](?P<v>\p{L}"
            r"[\p{L}\p{M}'’-]{1,20})[\"”'’]"
        ),
        0.7,
        check=lambda v: not lexicon.is_ordinary(v),
    ),
    # "[10:02] taylor fitzpatrick: hi": a speaker in lower case, when a name list knows the words
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?:{STAMP})"
            r"(?P<v>\p{Ll}[\p{Ll}\p{M}'’]{1,64}(?:[ \t]{1,40}\p{Ll}[\p{Ll}\p{M}'’]{1,64}){1,2})"
            r"[ \t]{0,40}:[ \t]"
        ),
        0.75,
        check=lambda v: _speaker(v.title()) and any(lexicon.is_known_name(w) for w in v.split()),
    ),
    # City: Köln, Place, date: Bristol
    Rule(
        "LOCATION",
        _r(
            r"\b(?i:city|town|municipality|place|ort|ville|ciudad|città|cidade|stad|miasto|"
            r"postitoimipaikka|kaupunki|kunta|település|város|obec|město|kommune|poststed|postort|"
            r"plaats|woonplaats|miejscowość|località|comune|localidad|población|municipio|"
            r"village|suburb|district|county|birthplace|place[ \t]of[ \t]birth|born[ \t]in|bairro|barrio|"
            r"colonia|quartier|stadtteil|ortsteil|dzielnica|kerület|by|stadsdeel|wijk|neighbou?rhood)"
            r"(?:,[ \t]{0,40}(?i:date))?[ \t]{0,40}[:#-]?[ \t]{1,200}(?P<v>\p{Lu}[\p{L}\p{M}'’.-]{1,64}"
            r"(?:[ \t]{1,40}(?:\p{Lu}|(?:am|im|an|de|del|la|sur|upon|on)\b)[\p{L}\p{M}'’.-]{0,64}){0,3})"
        ),
        0.75,
        trim=lambda v: len(v) if not all(_label_word(w) for w in lexicon.words(v)) else 0,
    ),
    # Postcode: J4T7T2, Código postal ..... 479 47, PLZ 10115
    Rule(
        "ZIP_CODE",
        _r(
            r"\b(?i:zip|zip[ \t]?code|post[ \t]?code|postal[ \t]code|código[ \t]postal|"
            r"codigo[ \t]postal|code[ \t]postal|c\.p\.|plz|postleitzahl|cap|cep|postnummer|"
            r"postnr|kod[ \t]pocztowy|irányítószám|psč|eircode|postinumero|postcode|postnummer|"
            r"código|cap|pc)"
            rf"{_LABEL_SEP}(?P<v>(?=[A-Za-z -]{{0,40}}\d)[A-Za-z0-9]"
            r"(?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){1,9})"
            r"(?![\w-])"
        ),
        0.8,
        gate=_SEPARATED,
    ),
    # "my postcode is 6930 AW", "post code = 74354", "the zip's 83-382"
    Rule(
        "ZIP_CODE",
        _r(
            rf"\b(?i:{_ZIP_CUE})(?:'s|[ \t]{{1,40}}(?i:is|was|=|->|=>))[ \t]{{1,40}}(?P<v>(?:"
            rf"[A-Z]{{1,2}}-)?{POSTCODE}|(?i:"
            r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d))(?![\w-])"
        ),
        0.8,
        gate=_ZIP_GATE,
    ),
    # "6930 AW is the postcode", "33110's my zip": the cue after the code
    Rule(
        "ZIP_CODE",
        _r(
            rf"\b(?<![\w./:+-])(?P<v>(?:[A-Z]{{1,2}}-)?{POSTCODE})(?:'s|[ \t]{{1,40}}(?i:is|was|=))"
            rf"[ \t]{{1,40}}"
            rf"(?i:(?:the|my|our|his|her|their|your)[ \t]{{1,40}})?(?i:{_ZIP_CUE})\b"
        ),
        0.8,
        gate=_ZIP_GATE,
    ),
    # chat exports: "Carly  2:19 PM" or "Minh Anh 2018/5/26 12:00" on its own line, "<Ronald>",
    # "Ronald (10:32):", "[10/03, 10:32] Ronald:"
    Rule(
        "PERSON",
        _r(
            rf"^[ \t]{{0,40}}(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]{{1,40}}"
            r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]{1,40})?\[?\d{1,2}:\d{2}(?::\d{2})?"
            r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]{0,40}$"
        ),
        0.8,
        _speaker,
    ),
    Rule("PERSON", _r(rf"(?:^|[ \t])<(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})>"), 0.8, _speaker),
    # Slack's copy-paste: a handle alone on its line with the time ("smithv  8:23 AM"), and who joined
    Rule(
        "PERSON",
        _r(
            r"^[ \t]{0,40}(?P<v>\p{Ll}[\p{Ll}\d._-]{2,30})[ \t]{1,40}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?"
            r"[Mm]\.?)?[ \t]{0,40}$"
        ),
        0.75,
        _nick,
    ),
    Rule(
        "PERSON",
        _r(
            r"(?:^|[.!?][ \t]{1,40}|Also,[ \t]{1,40})(?P<v>\p{Ll}[\p{Ll}\d._-]{2,30})[ \t]{1,40}(?:has"
            r"[ \t]{1,40})?joined\b"
        ),
        0.7,
        _nick,
    ),
    Rule(
        "PERSON",
        _r(
            rf"^[ \t]{{0,40}}(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]{{1,40}}(?:has"
            rf"[ \t]{{1,40}})?(?:joined|left)"
            r"[ \t]{1,40}(?:#|the[ \t]{1,40}(?:channel|call|meeting|chat|group))"
        ),
        0.75,
        _speaker,
    ),
    # IRC: "12:20 <@leonila> ...", "-!- vũ [~vũ@10.0.0.1] has quit", "* adam waves"
    Rule(
        "PERSON",
        _r(
            rf"^[ \t]{{0,40}}(?:{STAMP})?<[@+%&~]?(?P<v>\p{{L}}[\p{{L}}\p{{M}}'’]{{1,64}}{_NICK_TAIL})>(?="
            rf"[ \t]{{1,40}}[^\s<])"
        ),
        0.7,
        lambda v: _nick(v) and v.lower() not in lexicon.HTML_TAGS,
    ),
    # "18:45 * nasser goes afk": an action, after a time stamp (without one, a list's bullet)
    Rule(
        "PERSON",
        _r(
            rf"^[ \t]{{0,40}}{STAMP}\*[ \t]{{1,40}}(?P<v>\p{{L}}[\p{{L}}\p{{M}}'’]{{1,64}}{_NICK_TAIL})"
            rf"[ \t]{{1,40}}\p{{Ll}}{{1,64}}"
        ),
        0.65,
        _nick,
    ),
    Rule(
        "PERSON",
        _r(
            rf"^[ \t]{{0,40}}(?:{STAMP}|\d{{4}}[ \t]{{1,40}})?(?:-!-|\*\*\*)[ \t]{{1,40}}"
            rf"(?P<v>\p{{L}}[\p{{L}}\p{{M}}'’]{{1,64}}{_NICK_TAIL})"
            r"[ \t]{1,40}(?:\[|has|is|was|sets|changed)"
        ),
        0.7,
        _nick,
    ),
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?:\[[^\]\n]{{1,25}}\][ \t]{{0,40}})?"
            rf"(?P<v>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})"
            r"[ \t]{0,40}(?:\(\d{1,2}:\d{2}[^)\n]{0,8}\)|[—–-])[ \t]{0,40}:?[ \t]"
        ),
        0.75,
        _speaker,
    ),
    # Address: 12 rue des Lilas, 75011 Paris
    Rule(
        "STREET_ADDRESS",
        _r(
            r"\b(?:address[ \t]line[ \t]?\d|address|addr|home[ \t]address|street[ \t]address|"
            r"mailing[ \t]address|"
            r"residence|resides[ \t]at|lives[ \t]at|domicile|domicilio|morada|adresse|dirección|direccion|"
            r"endereço|indirizzo|anschrift|katuosoite|osoite|lakcím|cím|adresa|gateadresse|"
            r"gatuadress|adres|straße[ \t]und[ \t]hausnummer|strasse[ \t]und[ \t]hausnummer|"
            r"wohnanschrift|meldeadresse|calle[ \t]y[ \t]número|straat[ \t]en[ \t]huisnummer|"
            r"ulica[ \t]i[ \t]numer)\b[ \t]{0,40}[:\-]?[ \t]{0,200}"
            r"(?P<v>[^\n:]{4,120}?)(?=[ \t]{0,40}(?:$|\||;|\b(?:tel|phone|fax|e-?mail|mobile|"
            r"dob|mrn)\b))",
            _I,
        ),
        0.8,
        _min_digits(1),
    ),
    # @mentions in chats and threads: "@jesus can you check", "thanks @k.ito" (a username is an
    # identifier); not e-mails, "@here", doc-comment tags or a decorator alone on its line
    Rule(
        "PERSON",
        _r(
            r"(?:(?P<lead>^[ \t]{0,40})|(?<![\w.@/+-]))@(?P<v>[A-Za-z][\w.-]{0,30}[A-Za-z0-9_]|[A-Za-z])"
            r"(?![\w@(]|\.[A-Za-z])(?(lead)(?![ \t]{0,40}$))"
        ),
        0.7,
        check=_handle,
    ),
    # A name addressed at the start of a line or sentence: "Hinata, where are we on the rollout?"
    Rule(
        "PERSON",
        _r(
            r"(?:^[ \t]{0,40}|(?<=[.!?][ \t]{1,40}))(?P<v>\p{Lu}[\p{Ll}\p{M}'’]{1,64})(?=,[ \t]{1,40}"
            r"(?i:where|what|when|how|"
            r"why|can|could|would|will|do|did|are|is|please|thanks|thank|any|have|just|i|we|you|let's|"
            r"ok|okay|quick|hope|sorry|good|great|welcome)\b)"
        ),
        0.6,
        check=_vocative,
    ),
    # Fields only a name can fill: "Surname(s): YOUNG", "Etunimi: Yayra", "Anyja neve: Shin Éva"
    Rule(
        "PERSON",
        _r(
            r"\b(?<![\w-])(?i:surnames?(?:\(s\))?|last[ \t]name|family[ \t]name|first[ \t]name|"
            r"given[ \t]names?(?:\(s\))?|forenames?|full[ \t]name|maiden[ \t]name|etunimi|etunimet|"
            r"sukunimi|vorname|nachname|prénom|apellidos?|cognome|nazwisko|imię|příjmení|jméno|"
            r"vezetéknév|keresztnév|fornavn|efternavn|etternavn|förnamn|efternamn|voornaam|achternaam|"
            rf"anyja[ \t]neve|apja[ \t]neve){_LABEL_SEP}(?P<v>{NAME})"
        ),
        0.85,
        trim=trim_named_field,
        gate=_SEPARATED,
    ),
    # Telegram exports: "elena, [03.07.18 12:41]" on its own line
    Rule(
        "PERSON",
        _r(
            r"^[ \t]{0,40}(?P<v>\p{L}[\p{L}\p{M}'’.-]{0,64}(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,64}){0,2}),"
            r"[ \t]{0,40}"
            r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]{1,40}\d{1,2}:\d{2}(?::\d{2})?\][ \t]{0,40}$"
        ),
        0.8,
        check=_handle,
    ),
    # Stream and game chat: "[0:14:03] [MOD] valero_alva: first!!" (a handle as the speaker)
    Rule(
        "PERSON",
        _r(
            rf"^[ \t>*-]{{0,40}}(?:{STAMP})(?:\[[A-Z]{{2,6}}\][ \t]{{0,40}}){{0,16}}"
            r"(?P<v>[\p{L}\d][\p{L}\p{M}\d_.-]{2,30})[ \t]{0,40}:[ \t]"
        ),
        0.75,
        check=lambda v: _handle(v)
        and not v[0].isdigit()
        and (regex.search(r"[\d_]", v) or not lexicon.is_common(v)),
    ),
    # A name in Latin letters after a label that asks for one: "ローマ字 (Romaji): INOUE Hina"
    Rule(
        "PERSON",
        _r(
            r"(?:영문(?:[ \t]?이름)?|ローマ字|英文(?:名|姓名)?|拼音|フリガナ)"
            r"(?:[ \t]{0,40}[(（][^)）\n]{1,20}[)）])?[ \t]{0,40}[:：][ \t]{0,200}"
            r"(?P<v>[A-Z][A-Za-z'’-]{1,64}(?:[ ,]{1,40}[A-Z][A-Za-z'’-]{1,64}){1,3})"
        ),
        0.85,
    ),
    # A name spelled out for the record: "C-O-S-T-A", "W-R-I-G-H-T"
    Rule("PERSON", _r(r"(?<![\w-])(?P<v>\p{Lu}(?:-\p{Lu}){3,64})(?![\w-])"), 0.7),
    Rule(
        "PERSON",
        _r(
            r"(?:收货人|收件人|寄件人|联系人|姓名|氏名|名前|お名前|이름|성명|담당자|보호자|신청인|환자|患者|申请人)"
            r"(?:[ \t]{0,40}[(（][^)）\n]{1,20}[)）])?[ \t]{0,40}[:：]?[ \t]{0,200}"
            r"(?P<v>[\p{Han}\p{Hangul}\p{Katakana}]{1,4}(?:[ \t　][\p{Han}\p{Hangul}\p{Katakana}]{1,4})?)"
        ),
        0.85,
    ),
    # Korean districts as romanised: "Songpa-gu", "Yeoksam-dong", "Suwon-si"
    Rule(
        "LOCATION",
        _r(r"(?<![\w-])(?P<v>\p{Lu}\p{Ll}{1,64}(?:-\p{Ll}{1,64})?-(?:gu|dong|si|gun|eup|myeon))(?![\w-])"),
        0.7,
    ),
    # Japanese, Chinese and Korean (names before their honorific: cjk.py): a name in
    # brackets after its romanisation ("Choi Sung-min (최성민)"), an address of ward, street and
    # number ("東京都港区赤坂4-21-13", "广东省广州市天河区天河路480号9楼918室"), 〒 and 邮编 postcodes
    Rule(
        "PERSON",
        _r(r"(?<=\p{L}[ \t]{0,40}[(（])(?P<v>[\p{Han}\p{Hangul}]{2,4}|\p{Katakana}{2,12})(?=[)）])"),
        0.75,
    ),
    Rule(
        "STREET_ADDRESS",
        _r(
            r"(?P<v>[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}ー]{1,12}"
            r"(?:都|道|府|県|市|区|町|村|省|路|街|道|巷|弄|구|동|로|길|시|군)"
            r"[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}ー\d０-９\-－‐ 　]{0,40}\d"
            r"[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}ー\d０-９\-－‐号室楼階F]{0,30}"
            # a Korean flat's building and number, the postcode in brackets: ", 107동 1552호 (05551)"
            r"(?:,[ \t]{0,40}\d{1,4}동(?:[ \t]{0,40}\d{1,5}호)?)?(?:[ \t]{0,40}\(\d{5}\))?)"
        ),
        0.75,
    ),
    Rule("ZIP_CODE", _r(r"(?:〒|邮编|郵便番号|우편번호)[ \t:：]{0,40}(?P<v>\d{3}-?\d{3,4}|\d{5,6})"), 0.9),
    # Discord and Slack message headers: "mheo38 — Today at 1:37 PM", "Ama Owusu — 03/02/2024 10:15"
    Rule(
        "PERSON",
        _r(
            r"^[ \t]{0,40}(?P<v>[\p{L}\d_.][\p{L}\p{M}\d_.' -]{0,40}?)[ \t]{1,40}[—–-][ \t]{1,40}"
            r"(?:(?i:today|yesterday)(?:[ \t]{1,40}at)?|\d{1,2}/\d{1,2}/\d{2,4}(?:,)?)"
            r"[ \t]{1,40}\d{1,2}:\d{2}"
        ),
        0.75,
        check=_handle,
    ),
]


class StructureRecognizer(EntityRecognizer):
    """All rules above, as one Presidio recognizer (one registry entry)."""

    def __init__(self, language: str = "en", rules: list[Rule] | None = None):
        self.rules = rules if rules is not None else RULES
        super().__init__(
            supported_entities=sorted({r.entity for r in self.rules}),
            name="StructureRecognizer",
            supported_language=language,
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        # rules with the same pattern (DATE and DATE_OF_BIRTH) search the text once
        found: dict[tuple[str, int], list] = {}
        gates: dict[regex.Pattern, bool] = {}
        for rule in self.rules:
            if rule.entity not in entities:
                continue
            if rule.gate is not None:
                if rule.gate not in gates:
                    gates[rule.gate] = rule.gate.search(text) is not None
                if not gates[rule.gate]:
                    continue
            key = (rule.pattern.pattern, rule.pattern.flags)
            matches = found.get(key)
            if matches is None:
                matches = found[key] = list(rule.pattern.finditer(text))
            for m in matches:
                start, end = m.span("v")
                value = m.group("v")
                if rule.trim is not None:
                    end = start + rule.trim(value)
                    value = text[start:end]
                if end > start and (rule.check is None or rule.check(value)):
                    out.append(result(self, rule.entity, start, end, rule.score))
        if "DATE_OF_BIRTH" in entities and _BIRTH_GATE.search(text):
            out += [result(self, "DATE_OF_BIRTH", a, b, 0.6) for a, b in _birth_answers(text)]
        return out


# A chat asks for dates of birth ("can everyone send their kid's name and date of birth? 🎂"): the
# dates in the messages of the next lines answer it, whatever their year.
_BIRTH_WORD = r"(?:date[ \t]{1,40}of[ \t]{1,40}birth|dob|d\.o\.b\.?|birthdays?|birth[ \t]?dates?|born)"
_BIRTH_QUESTION = regex.compile(
    rf"(?i)\b{_BIRTH_WORD}\b[^\n?]{{0,60}}\?"
    r"|\b(?:need|send|share|give|tell|post|add|provide|list|confirm|what(?:'s|[ \t]{1,40}is|"
    r"[ \t]{1,40}are)?)\b"
    rf"[^\n]{{0,50}}\b{_BIRTH_WORD}\b"
)
_ANSWERED_DATE = regex.compile(rf"(?<=\S[ \t]{{0,40}})(?<![\w/.\-])(?P<v>{DATE}){_NOT_A_STAMP}", _I)
_ANSWER_LINES = 12
_BIRTH_GATE = regex.compile(r"(?i)birth|dob|d\.o\.b|born")


def _birth_answers(text: str) -> list[tuple[int, int]]:
    out = []
    for q in _BIRTH_QUESTION.finditer(text):
        start = text.find("\n", q.end())
        if start < 0:
            continue
        end = start
        for _ in range(_ANSWER_LINES):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
            if nxt < 0:
                break
        out += [m.span("v") for m in _ANSWERED_DATE.finditer(text, start, end)]
    return out


def result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    """A finding of one of our recognizers, named as Presidio's context enhancer expects."""
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,  # type: ignore[has-type]
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
