"""HELD-OUT TEMPLATES: do not read or tune on this file (see templates_heldout.py)."""

from __future__ import annotations

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Registry, ent, lower
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


@T("clinical_note")
def operative_report(g: Gen, b: Builder) -> None:
    p, surgeon, assist = g.person(), g.person(), g.person()
    d = g.day()
    b("Record #", g.ident("mrn"), g.pick(("\n", "   ")), "Report Status: Signed\n", g.hospital(), "\n\n")
    b("OPERATIVE REPORT\n\nUNIT NO: ", g.ident("mrn"), "\nNAME: ", g.name(p, "LAST_FIRST"), "\n")
    b("DATE OF OPERATION: ", g.date(d, g.pick(("d Month yyyy", "dd-Mon-yyyy", "Month dth, yyyy"))), "\n")
    b(
        "SURGEON: ",
        g.name(surgeon, g.pick(("LAST_FIRST", "UPPER"))),
        ", M.D.\n",
        "ASSISTANT: ",
        g.name(assist, "middle"),
        ", M.D.\n\n",
    )
    b("PREOPERATIVE DIAGNOSIS: ", g.pick(vocab.CONDITIONS), ".\nPOSTOPERATIVE DIAGNOSIS: Same.\n")
    b(
        "ANESTHESIA: General endotracheal.\n\nINDICATIONS: This ",
        g.age(),
        " year old ",
        g.pick(("woman", "man")),
        " was seen in the ",
        g.pick(vocab.DEPARTMENTS),
        " on ",
        g.date(style=g.pick(("mm-dd-yy", "dd.mm.yy"))),
        ". Consent was obtained from the patient and ",
        g.pick(("her daughter ", "his son ", "the spouse, ")),
        g.name(g.person(p.loc), "full"),
        ".\n\n",
    )
    b(
        "DESCRIPTION OF PROCEDURE: ",
        g.name(p, "last"),
        " was brought to the operating room and placed supine. ",
        f"{g.pick(vocab.DRUGS)} was given IV. ",
        "The procedure was uneventful and ",
        g.name(p, "LAST"),
        " left the room in stable condition. Dr. ",
        g.name(assist, "last"),
        " was present throughout.\n\n",
    )
    b("ESTIMATED BLOOD LOSS: ", str(g.rng.randrange(20, 400)), " cc\n\n")
    b("______________________\n", g.name(surgeon, "full"), ", MD   Lic. No. ", g.ident("professional"), "\n")
    b(
        "Dictated: ",
        g.date(d, "mm/dd/yyyy"),
        "  Transcribed: ",
        g.date(style="mm/dd/yyyy"),
        "  Job ",
        g.ref(text=g.digits(6)),
        "\n",
    )


@T("clinical_note")
def nursing_handoff(g: Gen, b: Builder) -> None:
    p = g.person()
    spouse = g.person(p.loc, female=not p.female)
    a = address(g, p.loc)
    b("SBAR handoff ", g.pick(("0700", "1900", "23:00")), " - bed ", str(g.rng.randrange(1, 40)), "\n\n")
    b(
        "* Situation: ",
        g.age(),
        " y.o. ",
        "F" if p.female else "M",
        ", ",
        g.pick(("Mrs ", "Mr ", "")),
        g.name(p, "last"),
        ", admitted for ",
        g.pick(vocab.CONDITIONS),
        "\n",
    )
    b(
        "* Background: lives w/ ",
        g.name(spouse, "first"),
        " at ",
        a.street,
        " (",
        a.city,
        "). Birthdate ",
        g.date(style=g.pick(("dd/mm/yyyy", "m/d/yyyy", "d Mon yyyy")), dob=True),
        ". ",
        g.pick(("DNR/DNI", "Full code")),
        ". hx ",
        filler.history_year(g),
        "\n",
    )
    b(
        "* Assessment: ",
        filler.findings(g, 2, ", "),
        "; got ",
        g.pick(vocab.DRUGS),
        " ",
        g.pick(vocab.ROUTES),
        " at 0400\n",
    )
    b(
        "* Recommendation: recheck labs in am, call son ",
        g.name(g.person(p.loc, False), "first"),
        " @ ",
        g.phone(p.loc),
        " if any change. ",
        g.pick(vocab.SPECIALISTS),
        " to see pt tomorrow.\n",
    )
    b("Handed over by ", g.name(g.person(), "first_lower"), " to ", g.name(g.person(), "first"), "\n")


@T("clinical_note")
def appointment_letter(g: Gen, b: Builder) -> None:
    p, doc = g.person(), g.person()
    b(
        g.pick(vocab.DEPARTMENTS),
        " Outpatients\n",
        g.hospital(),
        "\n\nHospital number: ",
        g.ident("mrn"),
        "\nNHS No: ",
        g.ident("nhs"),
        "\n\n",
    )
    b(
        g.title(p).replace(".", ""),
        g.name(p, g.pick(("initial", "full"))),
        "\n",
        block(address(g, p.loc)),
        "\n",
    )
    b("Dear ", g.title(p).replace(".", ""), g.name(p, "last"), "\n\n")
    b(
        "You have been booked to see ",
        g.name(doc, "full"),
        " (",
        g.pick(vocab.SPECIALISTS),
        ") on ",
        g.pick(vocab.WEEKDAYS),
        ", the ",
        g.date(style="the dth of Month"),
        " at ",
        g.pick(("9.30am", "14:15", "11 o'clock")),
        ". Please arrive 15 minutes early and bring a list of your medicines, for example ",
        g.pick(vocab.DRUGS),
        ".\n\n",
    )
    b(
        "If you cannot attend, please phone the booking office on ",
        g.phone(p.loc),
        " (Mon–Fri) quoting reference ",
        g.ref(),
        ".\n\nYours sincerely\n\nAppointments Team\n",
    )


@T("clinical_note")
def portal_after_visit(g: Gen, b: Builder) -> None:
    p, clin = g.person(), g.person()
    b(
        "Hello ",
        g.name(p, "first"),
        ",\n\nThanks for visiting us on ",
        g.date(style="iso"),
        ". You saw ",
        g.name(clin, "full"),
        g.pick((", PA", ", NP", ", MD")),
        " for ",
        g.pick(vocab.CONDITIONS),
        ".\n\n",
    )
    b("Your medicines\nMedication | Dose | When\n")
    for _ in range(g.rng.randrange(2, 5)):
        b(g.pick(vocab.DRUGS), " | ", g.pick(vocab.DOSES), " | ", g.pick(vocab.FREQS), "\n")
    b(
        "\nNext steps: book a follow-up in ",
        g.pick(("2 weeks", "1 month")),
        ", see the ",
        g.pick(vocab.SPECIALISTS),
        f" and repeat labs. Your results: {filler.findings(g, 1)}.\n\n",
    )
    b(
        "Details we have on file - birthdate ",
        g.date(style=g.pick(("Month d, yyyy", "mm/dd/yyyy")), dob=True),
        ", cell ",
        g.phone(p.loc),
        ", ",
        g.email(p),
        ".\n",
    )
    b("Questions? Text us at ", g.phone(), " or open your portal: ", g.url(), "\n")


def _sig_line(g: Gen, p, org) -> tuple:
    return (
        g.name(p, "full"),
        " · ",
        g.pick(vocab.JOB_TITLES),
        " · ",
        org,
        " · ",
        g.phone(p.loc),
        " · ",
        g.email(p, g.domain_of(org)),
    )


@T("support_email")
def outlook_reply_chain(g: Gen, b: Builder) -> None:
    a, c, org = g.person(), g.person(), g.org()
    b(
        "Hi ",
        g.name(c, "first"),
        ",\n\nLooping in finance. ",
        g.name(a, "last"),
        " is right, ",
        filler.issue(g),
        ".\n\n",
    )
    b("--\n", _sig_line(g, a, org), "\n\n")
    b(
        "From: ",
        g.name(c, "last_first"),
        " <",
        g.email(c),
        ">\n",
        "Sent: ",
        g.pick(vocab.WEEKDAYS),
        ", ",
        g.date(style="Month d, yyyy"),
        " ",
        g.pick(("9:14 AM", "4:02 PM", "11:47 AM")),
        "\n",
    )
    b(
        "To: ",
        g.name(a, "last_first"),
        " <",
        g.email(a, g.domain_of(org)),
        ">\n",
        "Subject: RE: account ",
        g.ident("account"),
        "\n\n",
    )
    b(
        g.name(a, "first"),
        " - the customer (",
        g.name(g.person(), "full"),
        ", Ph. ",
        g.phone(),
        ") insists ",
        "they never received the goods. Ship-to was ",
        one_line(address(g)),
        ".\n",
    )


@T("support_email")
def supplier_dispute(g: Gen, b: Builder) -> None:
    me, them, org = g.person("en_GB"), g.person(), g.org("en_GB")
    b(
        org,
        "\n",
        one_line(address(g, "en_GB")),
        "\n\nOur ref: ",
        g.ref(),
        "    Your ref: ",
        g.ref("claim"),
        "\n",
        g.date(style="d Month yyyy"),
        "\n\n",
    )
    b(
        "Dear ",
        g.name(them, "full"),
        ",\n\nWe dispute invoice ",
        g.ref(),
        " dated ",
        g.date(style="dd/mm/yyyy"),
        ". The goods were returned on ",
        g.date(style="d Mon"),
        " via courier.\n",
    )
    b(
        "Please credit our account: sort code ",
        ent(g.fill("##-##-##"), "ID"),
        ", account number ",
        g.ident("account"),
        ", or IBAN ",
        g.iban("en_GB"),
        ".\n\n",
    )
    b("Yours sincerely,\n", g.name(me, "full"), "\nAccounts Payable\nPh. ", g.phone("en_GB"), "\n")


@T("support_email")
def angry_lowercase(g: Gen, b: Builder) -> None:
    p = g.person()
    b("hi i want my account CLOSED now. this is the third time ", filler.issue(g).lower(), " ")
    b(
        "my name is ",
        g.name(p, "lower"),
        " born ",
        g.date(style=g.pick(("m/d/yy", "d Month yyyy")), dob=True),
        " acct ",
        g.ident("account"),
        " and u can call me ",
        g.phone(p.loc),
        " not before 10\n",
    )
    b("also stop sending letters to ", lower(one_line(address(g, p.loc))))
    b(" i moved out in ", g.pick(vocab.MONTHS), "\n\n", g.name(p, "first_lower"), "\n")


@T("support_email")
def delivery_notice(g: Gen, b: Builder) -> None:
    p, driver = g.person(), g.person()
    a = address(g, p.loc)
    b(g.pick(("Your parcel is on its way", "Delivery update", "We missed you")), "\n\n")
    b(
        "Recipient ........ ",
        g.name(p, g.pick(("full", "UPPER"))),
        "\n",
        "Delivery address . ",
        one_line(a),
        "\n",
        "Parcel ID ........ ",
        g.ref(),
        "\n",
        "Driver ........... ",
        g.name(driver, "first"),
        "\n",
        "Contact no. ...... ",
        g.phone(p.loc),
        "\n",
        "Window ........... ",
        g.date(style="d Mon"),
        ", 13:00–15:00\n\n",
    )
    b("Track or change your delivery: ", g.url(), "\n")
