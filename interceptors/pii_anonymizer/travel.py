"""Passenger records as airline and travel-agency systems print them (a PNR), where every field of a
person sits between slashes after a fixed element code, with no label a reader would know:

    1.ANDREASEN/YAN MR  2.DE SMET/FEBE MS
    5 APE YAN.ANDREASEN//PROTON.ME/P1                              e-mail, "//" for "@"
    6 SSR DOCS EK HK1 P/DNK/IA8541798/DNK/06SEP41/M/19MAY33/ANDREASEN/YAN/P1
    7 SSR DOCA EK HK1 R/DNK/VESTERGADE 111/ODENSE//2588/P1         street, town, state, postcode
    8 SSR CTCM EK HK1 4593244286/P1                                 mobile
    9 SSR CTCE EK HK1 YAN.ANDREASEN//PROTON.ME/P1                   e-mail

and the machine-readable zone of a passport or identity card (MRZ), where "<" stands for a space
and "<<" parts the family name from the given names:

    P<PRTOLIVEIRA<RODRIGUES<<BARBARA<<<<<<<<<<<<         type, issuer, name
    7293980446PRT6109190F3309265<<<<<<<<<<<<<<08         document number, nationality, birth date, ...

The element codes (SSR, DOCS, CTCM, ...) and the two-letter airline codes are not names.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer.structure import result

_HEAD = r"\bSSR[ \t]{{1,40}}{code}[ \t]{{1,40}}[A-Z0-9]{{2}}[ \t]{{1,40}}[A-Z]{{2}}\d{{1,3}}[ \t]{{1,40}}"
_FIELD = r"[^/\n]*"
_DOCS = regex.compile(
    _HEAD.format(code="DOCS") + r"(?:[A-Z]{1,2})?/(?:[A-Z]{3})?/(?P<doc>[A-Z0-9]{4,20})?/(?:[A-Z]{3})?/"
    r"(?P<dob>\d{2}[A-Z]{3}\d{2,4})?/[A-Z]{0,2}/(?:\d{2}[A-Z]{3}\d{2,4})?/"
    r"(?P<name>[A-Z][A-Z' -]{0,40}(?:/[A-Z][A-Z' -]{0,40}){1,2})(?=/[HP]\d|/?[ \t]{0,40}$|/?[ \t]{0,40}\n)",
    regex.MULTILINE,
)
_DOCA = regex.compile(
    _HEAD.format(code="DOCA")
    + rf"[RD]/(?:[A-Z]{{3}})?/(?P<street>{_FIELD})/(?P<town>{_FIELD})/(?P<state>{_FIELD})/"
    rf"(?P<zip>[A-Z0-9][A-Z0-9 -]{{1,10}})?(?=/|[ \t]{{0,40}}$)",
    regex.MULTILINE,
)
_EMAIL = regex.compile(
    r"(?:\bAPE|" + _HEAD.format(code="CTCE") + r")[ \t]{0,40}"
    r"(?P<v>[A-Z0-9][A-Z0-9._%+-]{0,64}(?:\.\.[A-Z0-9._%+-]{1,64}){0,16}//[A-Z0-9-]{1,64}(?:\."
    r"[A-Z0-9-]{1,64}){1,16})",
    regex.IGNORECASE,
)
_PHONE = regex.compile(
    r"(?:\bAP[MHB]"
    r"|" + _HEAD.format(code="CTC[MH]") + r")[ \t]{0,40}(?P<v>\+?\d[\d -]{5,20}\d)(?=/|[ \t]{0,40}$)",
    regex.MULTILINE,
)
_MRZ_NAME = r"(?P<name>[A-Z]{1,64}(?:<[A-Z]{1,64}){0,16}<<[A-Z]{1,64}(?:<[A-Z]{1,64}){0,16})"
_MRZ = [
    # a passport's first line (TD3), an identity card's third (TD1)
    regex.compile(rf"(?m)^[ \t]{{0,40}}[PV][A-Z<][A-Z<]{{3}}{_MRZ_NAME}<{{0,64}}[ \t]{{0,40}}$"),
    regex.compile(rf"(?m)^[ \t]{{0,40}}(?=[A-Z<]{{30}}[ \t]{{0,40}}$){_MRZ_NAME}<{{2,64}}[ \t]{{0,40}}$"),
    # a passport's second line: document number, check digit, nationality, birth date
    regex.compile(
        r"(?m)^[ \t]{0,40}(?P<doc>[A-Z0-9<]{9})\d[A-Z<]{3}(?P<dob>\d{6})\d[MFX<]\d{6}\d[A-Z0-9<]{14,16}"
        r"[ \t]{0,40}$"
    ),
    # an identity card's first and second lines
    regex.compile(r"(?m)^[ \t]{0,40}[IAC][A-Z<][A-Z<]{3}(?P<doc>[A-Z0-9<]{9})\d[A-Z0-9<]{15}[ \t]{0,40}$"),
    regex.compile(r"(?m)^[ \t]{0,40}(?P<dob>\d{6})\d[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d[ \t]{0,40}$"),
]
_TRIGGER = regex.compile(r"\b(?:SSR[ \t]{1,40}(?:DOC[SAO]|CTC[EMH])|AP[EMHB][ \t]{1,40}\S)")


class PnrRecognizer(EntityRecognizer):
    ENTITIES = ["PERSON", "ID_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "ZIP_CODE"]
    ENTITIES += ["EMAIL_ADDRESS", "PHONE_NUMBER"]

    def __init__(self, language: str = "en"):
        super().__init__(supported_entities=self.ENTITIES, name="PnrRecognizer", supported_language=language)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[tuple[str, int, int]] = []
        if "<<" in text:
            for pattern in _MRZ:
                for m in pattern.finditer(text):
                    groups = m.groupdict()
                    if groups.get("name"):
                        out.append(("PERSON", *m.span("name")))
                    if groups.get("doc"):
                        out.append(("ID_NUMBER", m.start("doc"), m.start("doc") + len(m["doc"].rstrip("<"))))
                    if groups.get("dob"):
                        out.append(("DATE_OF_BIRTH", *m.span("dob")))
        if not _TRIGGER.search(text):
            return self._results(text, out, entities)
        for m in _DOCS.finditer(text):
            out += [("ID_NUMBER", *m.span("doc")), ("DATE_OF_BIRTH", *m.span("dob"))]
            a = m.start("name")
            for part in m["name"].split("/"):
                if part.strip():
                    out.append(("PERSON", a, a + len(part.rstrip())))
                a += len(part) + 1
        for m in _DOCA.finditer(text):
            out += [("STREET_ADDRESS", *m.span("street")), ("LOCATION", *m.span("town"))]
            out += [("LOCATION", *m.span("state")), ("ZIP_CODE", *m.span("zip"))]
        out += [("EMAIL_ADDRESS", *m.span("v")) for m in _EMAIL.finditer(text)]
        out += [("PHONE_NUMBER", *m.span("v")) for m in _PHONE.finditer(text)]
        return self._results(text, out, entities)

    def _results(
        self, text: str, out: list[tuple[str, int, int]], entities: list[str]
    ) -> list[RecognizerResult]:
        return [
            result(self, entity, a, b, 0.8)
            for entity, a, b in out
            if b > a and entity in entities and text[a:b].strip()
        ]
