"""Recognizers for records whose field names say what a value is: JSON and XML keys, vCards, tables
with a header line (CSV, TSV, pipes), and answers to a question in a transcript.

    {"name": {"given": "Alenka", "family": "Jug"}, "postalCode": "3102"}
    N:Mikkelsen;Dina;;;            ADR;TYPE=HOME:;;Fuglagerstræde 135;København K;;4891;Denmark
    first_name;last_name;street;postcode      (then every row below it)
    Agent: And the postcode?  /  Flann: L3X7E8

The value is reported whatever it looks like: the record has already said what it is.
"""

from __future__ import annotations

import csv
import re
import unicodedata

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.structure import DATE, STAMP, result

# A field's name, lower case with separators removed ("postal_code", "postalCode" -> "postalcode"),
# to the entity of its value. Names are matched whole, or by these endings ("billingPostcode").
_FIELDS = {
    "PERSON": "name fullname firstname lastname givenname givennames familyname given family surname "
    "middlename displayname contactname customername patientname forename forenames fname lname "
    "first last nickname preferredname preferred knownas maidenname legalname holdername accountholder "
    "cardholder "
    "localscript nativename localname nameinlocalscript display displayas "
    "from author sender "
    "contact recipient attendee guest employee patient customer initials signedby printname sign signed "
    # other languages' field names, folded to ASCII ("prénom" -> "prenom")
    "vorname nachname familienname nom prenom nomdefamille nombre apellido apellidos nome cognome "
    "sobrenome nomecompleto naam voornaam achternaam voornamen imie nazwisko jmeno prijmeni navn "
    "fornavn efternavn etternavn namn fornamn efternamn nimi etunimi sukunimi",
    "PHONE_NUMBER": "phone tel telephone mobile cell cellphone fax phonenumber mobilenumber msisdn "
    "telephonenumber homephone workphone mobilephone contactnumber "
    "telefon telefono telefone telefoon mobil handy movil celular cellulare portable gsm",
    "STREET_ADDRESS": "address street streetaddress line1 line2 addressline1 addressline2 addr address1 "
    "address2 homeaddress mailingaddress billingaddress shippingaddress street1 street2 "
    "houseaddress housenumber housename housenameornumber "
    "adresse anschrift strasse direccion calle domicilio indirizzo endereco morada adres straat "
    "ulica adresa",
    "LOCATION": "city town locality municipality place birthplace placeofbirth "
    "ort wohnort ville ciudad localidad citta localita cidade plaats woonplaats miasto miejscowosc",
    "ZIP_CODE": "zip zipcode postcode postalcode plz cep postal postnummer plzort codepostal "
    "codigopostal postcodeplaats kodpocztowy psc postnr",
    "DATE_OF_BIRTH": "dob birthdate dateofbirth birthday bday born "
    "geburtsdatum geboren datedenaissance fechadenacimiento datadinascita datadenascimento "
    "geboortedatum dataurodzenia",
    "ID_NUMBER": "ssn nationalid passport passportnumber taxid customerid accountnumber accountno "
    "patientid mrn memberid employeeid policynumber licensenumber licencenumber nhsnumber "
    "insurancenumber socialsecuritynumber personalnumber idnumber "
    # vehicles: a number plate is somebody's
    "reg carreg vehiclereg registration vehicleregistration numberplate licenseplate licenceplate "
    "kennzeichen matricula targa kenteken "
    "dni nie nif cpf pesel bsn codicefiscale steuerid svnr ahv "
    # people's numbers in registers: staff, pupils, members, customers
    "staffno staffnumber staffid employeeno employeenumber empno empid payrollno payrollnumber "
    "personnelno personnelnumber studentno studentnumber studentid pupilno pupilnumber pupilid upn "
    "memberno membernumber membershipno membershipnumber customerno customernumber clientno "
    "clientnumber clientid patientno patientnumber hospitalno hospitalnumber nhsno cardno "
    "librarycard librarycardno loyaltyno loyaltynumber badgeno badgenumber",
    "IP_ADDRESS": "ip ipaddress lastloginip clientip remoteip",
}
_FIELD_OF = {name: entity for entity, names in _FIELDS.items() for name in names.split()}
_ENDINGS = sorted(((n, e) for n, e in _FIELD_OF.items() if len(n) >= 5), key=lambda x: -len(x[0]))
_NOT_FIELDS = {
    "username",
    "filename",
    "hostname",
    "companyname",
    "productname",
    "orgname",
    "servername",
    "displaytype",
    "typename",
    "streetnumber",
    "lineitemname",
    "itemname",
    "firmenname",
}
# Whose field it is ("billingCity", "Emergency contact phone"): the rest names the value.
_ROLE = re.compile(
    r"^(?:billing|shipping|delivery|home|work|mailing|postal|contact|customer|client|emergency|primary|"
    r"secondary|alternate|alt|other|private|business|personal|current|previous|permanent|legal|"
    r"registered|guardian|parent|mother|father|spouse|nextofkin|owner|tenant|applicant|employee|"
    r"patient|member|holder|recipient|sender|buyer|seller|driver|insured|your|my|his|her){1,16}"
)


def field_entity(name: str) -> str | None:
    """The entity a field's value is, from the field's name ("Billing Zip", "postalCode", "Nachname",
    "Home address (house name or number)"), or None."""
    plain = name.split("(", 1)[0]
    for candidate in (name, plain) if plain.strip() and plain != name else (name,):
        folded = unicodedata.normalize("NFKD", candidate.lower()).encode("ascii", "ignore").decode()
        key = re.sub(r"[^a-z0-9]", "", folded)
        if not key or key in _NOT_FIELDS:
            return None
        if key in _FIELD_OF:
            return _FIELD_OF[key]
        for ending, entity in _ENDINGS:
            if key.endswith(ending):
                return entity
        bare = _ROLE.sub("", key)
        if bare and bare != key and bare in _FIELD_OF:
            return _FIELD_OF[bare]
    return None


_JSON = re.compile(
    r"[\"']([A-Za-z_][\w .-]{0,40})[\"']\s{0,40}:\s{0,40}(?:\"([^\"\n]{1,200})\"|'([^'\n]{1,200})'"
    r"|(\d[\d .-]{2,30}\d)(?=\s{0,40}[,}\n]))"
)
_XML = re.compile(r"<([A-Za-z_][\w.-]{0,40})>([^<>\n]{1,200})</\1>")
_VCARD = re.compile(r"^(N|FN|ADR|TEL|BDAY|NICKNAME)(?:;[^:\n]*)?:(.+)$", re.MULTILINE | re.IGNORECASE)
# ADR's parts: post office box, extended address, street, locality, region, postal code, country
_ADR_PARTS = ("STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "LOCATION", None, "ZIP_CODE", None)
_VCARD_ENTITY = {"FN": "PERSON", "NICKNAME": "PERSON", "TEL": "PHONE_NUMBER", "BDAY": "DATE_OF_BIRTH"}


class RecordRecognizer(EntityRecognizer):
    def __init__(self, language: str = "en"):
        super().__init__(
            supported_entities=sorted({*_FIELDS, "DATE_OF_BIRTH"}),
            name="RecordRecognizer",
            supported_language=language,
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        wanted = set(entities)
        found: list[tuple[int, int, str]] = []
        if ":" in text:
            found += _keyed(text)
            found += _vcard(text)
            found += _answers(text)
        if "<" in text:
            found += [
                (m.start(2), m.end(2), e) for m in _XML.finditer(text) if (e := field_entity(m.group(1)))
            ]
        found += _tables(text)
        if "   " in text:
            found += _aligned(text)
        if "|" in text and "^" in text:
            found += _hl7(text)
        out = []
        for start, end, entity in found:
            while end > start and text[end - 1] in " \t,;":
                end -= 1
            while start < end and text[start] in " \t\"'":
                start += 1
            if end > start and entity in wanted and _plausible(text[start:end], entity):
                out.append(result(self, entity, start, end, 0.9))
        return out


def _plausible(value: str, entity: str) -> bool:
    """The field says what the value is; still, "n/a", "true", "-" or "Unknown" are no values."""
    low = value.strip().lower()
    if low in ("", "-", "n/a", "na", "none", "null", "true", "false", "unknown", "tbd", "yes", "no"):
        return False
    if entity in ("PHONE_NUMBER", "ZIP_CODE", "DATE_OF_BIRTH", "IP_ADDRESS", "ID_NUMBER"):
        return any(c.isdigit() for c in value) or entity == "ZIP_CODE" and len(low) >= 3
    if entity == "PERSON":
        ws = lexicon.words(value)
        return bool(ws) and not all(lexicon.is_common(w) for w in ws)
    return any(c.isalnum() for c in value)


def _keyed(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _JSON.finditer(text):
        entity = field_entity(m.group(1))
        if entity is None:
            continue
        group = next(i for i in (2, 3, 4) if m.group(i) is not None)
        out.append((m.start(group), m.end(group), entity))
    return out


def _vcard(text: str) -> list[tuple[int, int, str]]:
    if "VCARD" not in text.upper():
        return []
    out = []
    for m in _VCARD.finditer(text):
        kind, start = m.group(1).upper(), m.start(2)
        if kind in _VCARD_ENTITY:
            out.append((start, m.end(2), _VCARD_ENTITY[kind]))
            continue
        parts = m.group(2).split(";")
        entities = ("PERSON", "PERSON", "PERSON", None, None) if kind == "N" else _ADR_PARTS
        pos = start
        for part, entity in zip(parts, entities, strict=False):
            if part.strip() and entity:
                out.append((pos, pos + len(part), entity))
            pos += len(part) + 1
    return out


# HL7 v2 messages: which fields of which segments hold whom. A name is family^given^middle, an
# address street^other^city^state^postcode^country, a doctor (XCN) id^family^given, an identifier
# (CX) number^…; "~" repeats a field.
_P, _A, _T, _I, _D, _X = "PERSON", "ADDRESS", "PHONE_NUMBER", "ID_NUMBER", "DATE_OF_BIRTH", "XCN"
_HL7_FIELDS = {
    "PID": {2: _I, 3: _I, 4: _I, 5: _P, 6: _P, 7: _D, 9: _P, 11: _A, 13: _T, 14: _T, 18: _I, 19: _I, 20: _I},
    "NK1": {2: _P, 4: _A, 5: _T, 6: _T, 30: _P, 31: _T, 32: _A},
    "GT1": {2: _I, 3: _P, 5: _A, 6: _T, 7: _T, 8: _D, 12: _I, 19: _I},
    "IN1": {16: _P, 18: _D, 19: _A, 36: _I, 49: _I},
    "IN2": {1: _I, 2: _I, 6: _I, 8: _I},
    "PV1": {7: _X, 8: _X, 9: _X, 17: _X, 19: _I, 50: _I},
    "PD1": {4: _X},
    "ORC": {10: _X, 11: _X, 12: _X},
    "OBR": {16: _X, 28: _X, 32: _X, 33: _X, 34: _X},
    "ROL": {4: _X},
}
_HL7_SEGMENT = re.compile(r"^(?:[ \t]{0,40})([A-Z][A-Z0-9]{2})\|", re.MULTILINE)
_ADDRESS_PART = ("STREET_ADDRESS", "STREET_ADDRESS", "LOCATION", None, "ZIP_CODE", None)


def _hl7(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _HL7_SEGMENT.finditer(text):
        fields = _HL7_FIELDS.get(m.group(1))
        if fields is None:
            continue
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        pos = m.end(1)
        for index, field in enumerate(text[m.end(1) + 1 : line_end].split("|"), start=1):
            pos += 1  # the "|" before this field
            kind = fields.get(index)
            at = pos
            for rep in field.split("~") if kind else ():
                parts, p = [], at
                for comp in rep.split("^"):
                    parts.append((p, p + len(comp)))
                    p += len(comp) + 1
                at += len(rep) + 1
                if kind == _A:
                    picks = list(zip(parts, _ADDRESS_PART, strict=False))
                elif kind == _X:
                    picks = [(c, _I if i == 0 else _P) for i, c in enumerate(parts[:4])]
                elif kind == _P:
                    picks = [(c, _P) for c in parts[:3]]
                else:
                    picks = [(parts[0], kind)]
                out += [(a, b, e) for (a, b), e in picks if e and b > a]
            pos += len(field)
    return out


_DELIMITERS = (",", ";", "\t", "|")


def _tables(text: str) -> list[tuple[int, int, str]]:
    """Rows below a header line that names at least two PII fields, split by its delimiter."""
    out: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        header = _header(lines[i])
        if header is None:
            i += 1
            continue
        delimiter, columns = header
        i += 1
        while i < len(lines) and lines[i].strip() and set(lines[i].strip()) <= set("-|:+= \t"):
            i += 1  # a markdown rule under the header
        while i < len(lines) and lines[i].strip() and not set(lines[i].strip()) <= set("-|:+= \t"):
            cells = _cells(lines[i], delimiter)
            for (start, end), entity in zip(cells, columns, strict=False):
                if entity:
                    out.append((offsets[i] + start, offsets[i] + end, entity))
            i += 1
    return out


def _header(line: str) -> tuple[str, list[str | None]] | None:
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < 2:
            continue
        names = [c.strip().strip("*") for c in line.strip().strip("|").split(delimiter)]
        if any(
            len(n.split("(")[0]) > 40
            or any(ch.isdigit() for ch in n)
            and not re.search(r"[a-z]\d$", n.lower())
            for n in names
        ):
            return None
        columns = [field_entity(n) for n in names]
        if sum(c is not None for c in columns) >= 2:
            if delimiter == "|" and line.strip().startswith("|"):
                columns = [None, *columns]  # the empty cell before the first pipe
            return delimiter, columns
    return None


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row; a quoted cell's quotes are not part of it."""
    if delimiter in (",", ";") and '"' in line:
        spans, pos = [], 0
        for cell in next(csv.reader([line], delimiter=delimiter)):
            raw = f'"{cell}"' if line.startswith('"', pos) else cell
            start = pos + (1 if raw.startswith('"') else 0)
            spans.append((start, start + len(cell)))
            pos += len(raw) + 1
        return spans
    spans, pos = [], 0
    for cell in line.split(delimiter):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


_GAP = re.compile(r"\S{1,64}(?: \S{1,64}){0,16}")  # a cell of a column-aligned table: words one space apart


def _aligned(text: str) -> list[tuple[int, int, str]]:
    """Rows of a column-aligned table (columns set apart by two spaces or more) under a header line
    that names at least two PII fields; a cell belongs to the column whose header starts nearest
    before it ("Family name       Given name(s)     Display")."""
    out: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    pos = 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        heads = [m for m in _GAP.finditer(line)] if "  " in line.strip() else []
        columns = [field_entity(m.group()) for m in heads]
        if (
            len(heads) < 3
            or sum(c is not None for c in columns) < 2
            or any(len(m.group()) > 40 for m in heads)
        ):
            i += 1
            continue
        starts = [m.start() for m in heads]
        i += 1
        while i < len(lines) and lines[i].strip():
            for cell in _GAP.finditer(lines[i]):
                k = max((n for n, st in enumerate(starts) if st <= cell.start() + 2), default=None)
                if k is not None and columns[k] and abs(cell.start() - starts[k]) <= 2:
                    out.append((offsets[i] + cell.start(), offsets[i] + cell.end(), columns[k]))  # type: ignore[arg-type]
            i += 1
    return out


# "And the postcode?" then, on the next line, after a speaker label, the answer.
_QUESTION = regex.compile(
    r"(?i:\b(?P<what>post[ \t]?code|zip(?:[ \t]?code)?|postal[ \t]code|(?:full|first|last|sur)[ \t]?name|"
    r"your[ \t]name|name[ \t]on[ \t]the[ \t]\w{1,64}|phone[ \t]number|mobile(?:[ \t]number)?|"
    r"(?:best[ \t])?(?:contact|callback|call[ \t]back)[ \t]number|number[ \t]to[ \t]reach|"
    r"date[ \t]of[ \t]birth|birth[ \t]?date|dob|birthday|address|street)\b)[^\n?]{0,60}"
    r"(?P<q>\?)?[ \t]{0,40}\n"
)
_ANSWER = regex.compile(rf"[ \t]{{0,40}}(?:{STAMP})?(?:[^\n:]{{1,60}}:[ \t]{{1,200}})?(?P<a>[^\n]{{1,80}})")
_DATE = regex.compile(DATE, regex.IGNORECASE)
_ANSWER_SHAPE = {
    "ZIP_CODE": regex.compile(r"(?i)\b[a-z0-9]{1,4}(?:[ -]?[a-z0-9]{2,4})?\b"),
    "PHONE_NUMBER": regex.compile(
        r"\+?\(?\d[\d ().\-/]{5,40}\d(?:[ \t]{0,40}(?:x|ext\.?)"
        r"[ \t]{0,40}\d{1,5})?"
    ),
    "STREET_ADDRESS": regex.compile(r"[^\n,.;]*\d[^\n,;]*"),
}


def _answers(text: str) -> list[tuple[int, int, str]]:
    out = []
    for q in _QUESTION.finditer(text):
        what = q.group("what").lower().replace(" ", "").replace("\t", "")
        entity = (
            "ZIP_CODE"
            if what.startswith(("post", "zip"))
            else "DATE_OF_BIRTH"
            if "birth" in what or what == "dob"
            else "STREET_ADDRESS"
            if what in ("address", "street")
            else "PERSON"
            if "name" in what
            else "PHONE_NUMBER"
        )
        if not q.group("q") and regex.search(r"\d", text, pos=q.end("what"), endpos=q.end()):
            continue  # "ZIP: 70353": a field with its value, not a question
        a = _ANSWER.match(text, q.end())
        if a is None or entity == "PERSON" and not q.group("q"):
            continue
        if entity == "DATE_OF_BIRTH":
            m = _DATE.search(a.group("a"))
        elif entity == "PERSON":
            span = _answer_name(a.group("a"))
            if span is not None:
                out.append((a.start("a") + span[0], a.start("a") + span[1], entity))
            continue
        elif entity == "ZIP_CODE":
            # "#5029482 and 27252" to "the order number and the postcode": every code but a "#" one
            zips = [
                z
                for z in _ANSWER_SHAPE[entity].finditer(a.group("a"))
                if any(c.isdigit() for c in z.group()) and not a.group("a")[: z.start()].endswith("#")
            ]
            out += [(a.start("a") + z.start(), a.start("a") + z.end(), entity) for z in zips]
            continue
        else:
            m = _ANSWER_SHAPE[entity].search(a.group("a"))
            if m is None and entity == "PHONE_NUMBER":
                out += _number_in_pieces(text, a)
                continue
        if m is not None:
            out.append((a.start("a") + m.start(), a.start("a") + m.end(), entity))
    return out


_PIECE = regex.compile(r"\+?\d[\d ().\-/]{0,40}\d|\d{2,64}")


_STAMP_AT_START = regex.compile(rf"[ \t]{{0,40}}(?:{STAMP})?")


def _speaker_of(text: str, answer: regex.Match) -> str:
    """The speaker label before an answer line's text, without its time stamp."""
    prefix = text[answer.start() : answer.start("a")]
    return prefix[_STAMP_AT_START.match(prefix).end() :].strip().lower()


def _number_in_pieces(text: str, first: regex.Match) -> list[tuple[int, int, str]]:
    """A phone number typed over several messages ("its 173" / "824 60089 sorry hit enter"): the
    digit groups of the answer lines after the question, until a line without digits."""
    out: list[tuple[int, int, str]] = []
    a: regex.Match | None = first
    speaker = _speaker_of(text, first)
    for _ in range(4):
        if a is None or _speaker_of(text, a) != speaker:
            break
        pieces = [p for p in _PIECE.finditer(a.group("a")) if not _DATE.fullmatch(p.group())]
        if not pieces:
            break
        out += [(a.start("a") + p.start(), a.start("a") + p.end(), "PHONE_NUMBER") for p in pieces]
        if a.end() >= len(text) or text[a.end()] != "\n":
            break
        a = _ANSWER.match(text, a.end() + 1)
    return out


_INTRO = regex.compile(
    r"(?i)^(?:(?:yes|yeah|sure|ok|okay|so|um{1,64}|uh{1,64}|hi|it's|its|it is|i'm|im|i am|"
    r"my name is|"
    r"name's|this is|that's|thats)[ ,.]{1,40}){1,16}"
)


def _answer_name(answer: str) -> tuple[int, int] | None:
    """The name at the start of an answer ("sure, it's flann yousafzai, fyousafzai@...")."""
    intro = _INTRO.match(answer)
    start = intro.end() if intro else 0
    end = start
    for w in regex.finditer(r"[^\s,.;:!?]{1,64}", answer[start:]):
        if w.start() > 0 and answer[start + w.start() - 1] != " " or lexicon.is_common(w.group()):
            break
        end = start + w.end()
        if len(lexicon.words(answer[start:end])) >= 4:
            break
    return (start, end) if end > start and lexicon.words(answer[start:end]) else None
