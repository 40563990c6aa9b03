"""PII in the documents people paste, through the gateway with the openai client: clinical notes,
signature blocks, transcripts, forms, HR records and foreign addresses. For each: no identifier
reaches the model, the ordinary words do, and the user gets the exact text back. Values are
fictional; the examples are the ones that leaked before the layered detector."""

from __future__ import annotations

import unicodedata

import pytest

CONSULT_NOTE = """Consult Note Pt: Ulysses Ogrady MC #0937884 Date: 07/01/19 Williams Ct M OSCAR, JOHNNY \
Hyderabad, WI 62297
HISTORY OF PRESENT ILLNESS: The patient is a 77-year-old-woman with long standing hypertension who \
presented as a Walk-in to me at the Brigham Health Center on Friday. Recently had been started q.o.d. on \
Clonidine since 01/15/19 to taper off of the drug. Was told to start Zestril 20 mg. q.d. again. Started IV \
Heparin and PO Metoprolol b.i.d. with the Cardiologist, Dr. Wilson to follow. SOCIAL HISTORY: Lives alone, \
has one daughter living in Nantucket. By 07-22-19 the patient had better rate control. On 08.03.19, the \
patient was felt to be medically stable."""
CONSULT_IDENTIFIERS = [
    "Ulysses",
    "Ogrady",
    "0937884",
    "OSCAR",
    "JOHNNY",
    "Hyderabad",
    "62297",
    "Wilson",
    "Nantucket",
]
CONSULT_DATES = ["07/01/19", "01/15/19", "07-22-19", "08.03.19"]
CLINICAL_WORDS = [
    "HISTORY OF PRESENT ILLNESS",
    "Consult Note",
    "q.o.d.",
    "Clonidine",
    "Zestril",
    "q.d.",
    "IV",
    "Heparin",
    "PO",
    "b.i.d.",
    "Cardiologist",
    "SOCIAL HISTORY",
    "Walk-in",
    "Friday",
]

DOCUMENTS = {
    "labelled fields": (
        "MRN: 098329684\nSSN: 666-27-3725\nProfessional ID: 096554611\nDOB: 06/26/1922\n"
        "Please update the record.",
        ["098329684", "666-27-3725", "096554611", "06/26/1922"],
        ["Please update the record"],
    ),
    "card numbers": (
        "I paid with my card 2245195921893300, then card # 675916021990, refund to 4130965173853850245.",
        ["2245195921893300", "675916021990", "4130965173853850245"],
        ["I paid with my card"],
    ),
    "signature block": (
        "Thanks for the quick turnaround on the invoice.\n\nBest regards,\nHektor Bergqvist\n"
        "Senior Procurement Engineer\n864.675.6005 fax\n(997)695-7377x3939 mobile\n040 898 9331 office\n"
        "07700 047 400",
        ["Hektor", "Bergqvist", "864.675.6005", "695-7377", "040 898 9331", "07700 047 400"],
        ["Senior Procurement Engineer", "invoice"],
    ),
    "transcript": (
        "Lisa: hi Ronald, did you get the slides?\nRonald: yes. Karoliina sent them, ask JOHN SMITH or "
        "Nguyễn Văn An about the figures.\nLisa: ok. Maria Fernandes said smith was away, so Fernandes "
        "will present.",
        ["Lisa", "Ronald", "Karoliina", "JOHN", "SMITH", "smith", "Nguyễn", "Fernandes", "Maria"],
        ["did you get the slides", "present"],
    ),
    "name forms": (
        "The referral came from Hektor Bergqvist and was countersigned by SMITH, John. "
        "Notes by karoliina virtanen are attached.",
        ["Hektor", "Bergqvist", "SMITH", "John", "Virtanen"],
        ["The referral came from", "attached"],
    ),
    "foreign addresses": (
        "Ship one box to each:\nGamle Ravei 157, 3262 LARVIK\nTrg revolucije 4, 1000 Ljubljana\n"
        "ul. Kunickiego Władysława 61, 30-134 Kraków\nUnit 9388 Box 3927, DPO AP 19468",
        ["Ravei 157", "LARVIK", "Trg revolucije 4", "Kunickiego", "Władysława", "9388", "3927", "19468"],
        ["Ship one box to each"],
    ),
    "lower-case chat": (
        "[10:15] Kwame Asante: hi its priya from accounts, can u ask kwame to call me back\n"
        "[10:16] Agent: sure. and the postcode?\n[10:16] Kwame Asante: L3X7E8\n"
        "10:52 <@leonila> ok. piotr is coming too, thanks marcus",
        ["priya", "kwame", "Kwame", "Asante", "L3X7E8", "leonila", "piotr", "marcus"],
        ["can u ask", "to call me back"],
    ),
    "records": (
        '{"name": {"given": "Alenka", "family": "Jug"}, "postalCode": "3102", "city": "Novo mesto"}\n'
        "BEGIN:VCARD\nN:Mikkelsen;Dina;;;\nADR;TYPE=HOME:;;Fuglagerstræde 135;København K;;4891;Denmark\n"
        "END:VCARD\nfirst_name;last_name;postcode\nGirma;Junk;69670",
        [
            "Alenka",
            "Jug",
            "3102",
            "Novo mesto",
            "Mikkelsen",
            "Dina",
            "Fuglagerstræde",
            "4891",
            "Girma",
            "Junk",
            "69670",
        ],
        ["postalCode", "first_name"],
    ),
    "address blocks and signatures": (
        "Please send the forms to:\n\nKipchoge Oduya\nP.O. Box 1886\nNairobi\n\nKHANH LESKOVAR\n"
        "Warehouse Supervisor\n283 Kingsway #7\nCardiff\nNG0 5AF\nPt: CHUNHUA BRAITHWAITE  Dr. Bhutto paged",
        [
            "Kipchoge",
            "Oduya",
            "1886",
            "KHANH",
            "LESKOVAR",
            "283 Kingsway",
            "NG0 5AF",
            "CHUNHUA",
            "BRAITHWAITE",
            "Bhutto",
        ],
        ["Please send the forms to", "Warehouse Supervisor"],
    ),
}

# Values as a reader sees them: the check reads the model's text with the tricks undone.
EVASIONS = {
    "zero-width": (
        "Write to Jo\u200bhn Sm\u200dith at jo\u200bhn.smith@example.com",
        ["John", "Smith", "john.smith@example"],
    ),
    "soft hyphen and NUL": (
        "Call Ka\u00adroliina Vir\u0000tanen on 212-555-0199",
        ["Karoliina", "Virtanen", "212-555-0199"],
    ),
    "full width": ("Mail ｊｏｈｎ．ｓｍｉｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ today", ["john.smith", "example.com"]),
    "spelled-out at and dot": ("Reach me at john.smith [at] example [dot] com", ["john.smith"]),
    "ends like a token": ("john.smith@example.com_1 wrote to John Smith_1", ["john.smith", "Smith"]),
}


def user(text: str) -> dict:
    return {"role": "user", "content": text}


@pytest.fixture
def received(model_bodies):
    """The message texts the echo model received during the test (decoded, not JSON-escaped)."""
    return lambda: "\n".join(str(m.get("content")) for body in model_bodies() for m in body["messages"])


def leaked(text: str, values: list[str]) -> list[str]:
    return [v for v in values if v in text]


@pytest.mark.parametrize("stream", [False, True])
def test_the_consult_note_with_the_phi_preset_keeps_every_identifier_and_date_from_the_model(
    client, received, stream
):
    reply = client.chat.completions.create(model="private-phi", messages=[user(CONSULT_NOTE)], stream=stream)
    text = (
        "".join(c.choices[0].delta.content or "" for c in reply if c.choices)
        if stream
        else reply.choices[0].message.content
    )
    assert text == CONSULT_NOTE
    seen = received()
    assert not leaked(seen, CONSULT_IDENTIFIERS + CONSULT_DATES)
    assert [w for w in CLINICAL_WORDS if w not in seen] == []  # drug names and abbreviations reach it


def test_the_consult_note_with_the_default_preset_keeps_identifiers_but_not_dates(client, received):
    reply = client.chat.completions.create(
        model="private",
        messages=[user(CONSULT_NOTE)],
        extra_headers={"X-Conversation-Id": "conv-consult-default"},
    )
    assert reply.choices[0].message.content == CONSULT_NOTE
    seen = received()
    assert not leaked(seen, CONSULT_IDENTIFIERS)
    assert "01/15/19" in seen  # treatment dates are not direct identifiers; `phi` masks them


@pytest.mark.parametrize("shape", list(DOCUMENTS))
def test_each_document_shape_reaches_the_model_without_its_identifiers(client, received, shape):
    text, identifiers, ordinary = DOCUMENTS[shape]
    reply = client.chat.completions.create(model="private", messages=[user(text)])
    assert reply.choices[0].message.content == text
    seen = received()
    assert not leaked(seen, identifiers)
    assert leaked(seen, ordinary) == ordinary


def test_a_name_found_once_is_masked_in_every_later_turn(client, received):
    conv = {"X-Conversation-Id": "conv-later-turns"}
    first = [user("Please draft a letter to Hektor Bergqvist about the delay.")]
    a1 = client.chat.completions.create(model="private", messages=first, extra_headers=conv)
    history = [
        *first,
        {"role": "assistant", "content": a1.choices[0].message.content},
        user("Make it warmer, and note that bergqvist prefers e-mail."),
    ]
    a2 = client.chat.completions.create(model="private", messages=history, extra_headers=conv)
    assert a2.choices[0].message.content == history[-1]["content"]
    assert not leaked(received(), ["Hektor", "Bergqvist", "bergqvist"])


@pytest.mark.parametrize("case", list(EVASIONS))
def test_evasion_tricks_do_not_hide_values_from_detection(client, received, case):
    text, values = EVASIONS[case]
    reply = client.chat.completions.create(model="private", messages=[user(text)])
    assert reply.choices[0].message.content == text  # the exact original comes back, tricks included
    seen = unicodedata.normalize(
        "NFKC", "".join(c for c in received() if unicodedata.category(c) not in ("Cf", "Cc") or c == "\n")
    )
    assert not leaked(seen, values)


def test_generated_documents_of_every_shape_come_back_exact_and_keep_their_identifiers(client, received):
    from bench.pii_eval import SHAPES, generate

    docs = generate(36, seed=5)  # six of each shape, tuned and held-out templates
    for i, doc in enumerate(docs):
        reply = client.chat.completions.create(
            model="private", messages=[user(doc.text)], extra_headers={"X-Conversation-Id": f"generated-{i}"}
        )
        assert reply.choices[0].message.content == doc.text, doc.shape
    seen = received()
    gold = [(d, s) for d in docs for s in d.spans if s.tier == "direct" and s.end - s.start >= 4]
    reached = [(s.entity, d.shape) for d, s in gold if d.text[s.start : s.end] in seen]
    print(f"{len(reached)} of {len(gold)} direct identifiers reached the model verbatim")
    assert {d.shape for d in docs} == set(SHAPES) and len(gold) > 300
    assert len(reached) / len(gold) <= 0.06, reached
