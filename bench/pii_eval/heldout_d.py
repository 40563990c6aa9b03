"""HELD-OUT TEMPLATES: do not read or tune on this file (see templates_heldout.py)."""

from __future__ import annotations

from datetime import timedelta

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Registry, ent, piece_text
from bench.pii_eval.places import address, block, lines, one_line
from bench.pii_eval.values import Gen, Person

T = Registry()


def _hhmm(g: Gen, h0: int = 8, h1: int = 18, sep: str = ":") -> str:
    return f"{g.rng.randrange(h0, h1):02d}{sep}{g.pick(('00', '15', '30', '45', '05', '50'))}"


def _ampm(g: Gen) -> str:
    return f"{g.rng.randrange(1, 13)}:{g.rng.randrange(60):02d} {g.pick(('AM', 'PM'))}"


# ---------------------------------------------------------------- clinical notes


@T("clinical_note")
def psychiatric_intake(g: Gen, b: Builder) -> None:
    p, dr, kin = g.person(), g.person(), g.person()
    a = address(g, p.loc)
    b("BEHAVIORAL HEALTH SERVICES\nInitial Psychiatric Evaluation\n\n")
    b(
        "Patient name: ",
        g.name(p, g.pick(("full", "last_first"))),
        "    DOB: ",
        g.date(style=g.pick(("mm/dd/yyyy", "m/d/yyyy", "Mon d, yyyy")), dob=True),
        "    MRN ",
        g.ident("mrn"),
        "\n",
    )
    b(
        "Date of service: ",
        g.date(style=g.pick(("mm/dd/yyyy", "Month d, yyyy"))),
        "    Evaluator: ",
        g.name(dr, "full"),
        g.pick((", MD", ", DO", ", PMHNP-BC")),
        "\n",
    )
    b("Referred by: ", g.pick(("self", "PCP", "ED social work", "school counselor")), "\n\n")
    b(
        "IDENTIFYING DATA: ",
        g.age(),
        "-year-old ",
        g.pick(("single", "married", "divorced", "widowed")),
        " ",
        g.pick(("woman", "female")) if p.female else g.pick(("man", "male")),
        ", ",
        g.pick(vocab.JOB_TITLES).lower(),
        ", presenting with low mood and poor sleep.\n\n",
    )
    b(
        'CHIEF COMPLAINT: "',
        g.pick(
            (
                "I just can't get out of bed anymore",
                "My thoughts won't slow down",
                "Everything feels pointless since the move",
                "I keep having panic attacks",
            )
        ),
        '."\n\n',
    )
    b(
        "HPI: Symptoms began around ",
        g.date(style=g.pick(("Month d", "m/d", "Mon dth"))),
        " after ",
        g.pick(("a job loss", "the death of a parent", "a breakup", "a car accident")),
        ". Reports anhedonia, ",
        "early waking, appetite down, concentration poor. Denies AH/VH. ",
        "Passive SI without plan or intent; ",
        "no prior attempts.\n\n",
    )
    b(
        "PAST PSYCHIATRIC HX: one admission to ",
        g.hospital(),
        " in ",
        str(g.rng.randrange(1995, 2022)),
        "; prior trials of ",
        g.pick(("Zoloft", "Seroquel", "Ativan")),
        " and ",
        g.pick(("Haldol", "Neurontin")),
        ". Outpatient therapist ",
        g.name(g.person(p.loc), g.pick(("full", "initial"))),
        ", LCSW.\n\n",
    )
    b(
        "SUBSTANCE USE: EtOH ",
        g.pick(("2-3 drinks/wk", "denies", "daily, 4-6 beers")),
        "; cannabis ",
        g.pick(("occasional", "denies", "nightly")),
        "; tobacco ",
        g.pick(("1 ppd", "never", "quit 2015")),
        ".\n\n",
    )
    b(
        "SOCIAL HX: Lives at ",
        one_line(a),
        " with ",
        g.pick(("partner ", "mother ", "roommate ", "sister ")),
        g.name(kin, "first"),
        ". ",
        g.pick(("Has a dog. ", "No firearms in the home. ", "")),
        "Enjoys hiking on ",
        filler.weekday(g),
        "s.\n\n",
    )
    b(
        "MENTAL STATUS EXAM: Appearance casually dressed, fair hygiene. ",
        "Behavior cooperative, good eye contact. ",
        'Speech normal rate/volume. Mood "',
        g.pick(("flat", "anxious", "empty", "okay I guess")),
        '". Affect constricted, congruent. Thought process linear. Thought content: passive SI, no HI. ',
        "Cognition grossly intact. Insight fair, judgment fair.\n\n",
    )
    b(
        "DIAGNOSES: ",
        g.pick(
            (
                "F32.1 Major depressive disorder, single episode, moderate",
                "F41.1 Generalized anxiety disorder",
                "F43.10 PTSD",
                "F31.81 Bipolar II disorder",
            )
        ),
        "\n\n",
    )
    b(
        "PLAN:\n1. Start sertraline 25 mg PO daily x 1 wk then 50 mg.\n",
        "2. Safety plan reviewed; crisis line 988. ",
        "Emergency contact: ",
        g.name(kin, "full"),
        " ",
        g.phone(p.loc),
        ".\n3. Return in ",
        g.pick(("2 weeks", "10 days", "4 weeks")),
        ", next appt ",
        g.date(style="m/d/yy"),
        ".\n\n",
    )
    b(
        "Electronically signed by ",
        g.name(dr, g.pick(("full", "initial"))),
        " on ",
        g.date(style="mm/dd/yyyy"),
        " ",
        _ampm(g),
        "\n",
    )


@T("clinical_note")
def pharmacy_refill_fax(g: Gen, b: Builder) -> None:
    p, dr, rph = g.person("en_US"), g.person("en_US"), g.person("en_US")
    ph = address(g, "en_US")
    org = ent(
        g.pick(("Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy", "Good Neighbor Pharmacy")),
        "ORGANIZATION",
    )
    b("*** REFILL AUTHORIZATION REQUEST ***    Page 1 of 1\n\n")
    b(
        "TO:   Dr. ",
        g.name(dr, g.pick(("full", "last_first", "initial"))),
        "\n      FAX ",
        g.phone("en_US"),
        "   PHONE ",
        g.phone("en_US"),
        "\n",
    )
    b(
        "FROM: ",
        org,
        " #",
        g.ref(text=g.digits(5)),
        "\n      ",
        one_line(ph),
        "\n      PH ",
        g.phone("en_US"),
        "   FAX ",
        g.phone("en_US"),
        "\n",
    )
    b("SENT: ", g.date(style="mm/dd/yyyy"), " ", _ampm(g), "\n\n")
    b("PATIENT: ", g.name(p, "LAST_FIRST"), "      DOB: ", g.date(style="mm/dd/yyyy", dob=True), "\n")
    b(
        "PT PHONE: ",
        g.phone("en_US"),
        "      ALLERGIES: ",
        g.pick(("NKDA", "PCN", "Sulfa", "Codeine")),
        "\n\n",
    )
    for _ in range(g.rng.randrange(1, 4)):
        b("Rx# ", g.ref(text=g.fill("%######")), "  ", filler.med(g), "\n")
        b(
            "   Qty ",
            str(g.pick((30, 60, 90))),
            "   Refills remaining: 0   Last fill: ",
            g.date(style="mm/dd/yyyy"),
            "\n",
        )
    b("\nPRESCRIBER NPI: ", g.ident("professional"), "\n\n")
    b("[ ] APPROVED   # of refills ____      [ ] DENIED - patient must be seen\n")
    b("[ ] APPROVED WITH CHANGES: _____________________\n\n")
    b("Prescriber signature: ____________________   Date: ________\n\n")
    b("Pharmacist: ", g.name(rph, g.pick(("full", "initial"))), ", RPh\n")
    b(
        "CONFIDENTIAL: This fax contains protected health information. If received in error call ",
        g.phone("en_US"),
        ".\n",
    )


@T("clinical_note")
def immunisation_record(g: Gen, b: Builder) -> None:
    p, parent, nurse = g.person(), g.person(), g.person()
    dob = g.day(2008, 2022)
    b(g.pick(("CERTIFICATE OF IMMUNIZATION", "Immunisation Record", "Vaccination History Report")), "\n")
    b(g.pick(("Issued by ", "Clinic: ")), g.hospital(), "\n\n")
    b(
        "Child: ",
        g.name(p, g.pick(("full", "LAST_FIRST"))),
        "\n",
        "Date of birth: ",
        g.date(dob, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy")), dob=True),
        "    Sex: ",
        "F" if p.female else "M",
        "\n",
    )
    b("Parent/guardian: ", g.name(parent, "full"), "    Tel ", g.phone(p.loc), "\n")
    b("Home address:\n", block(address(g, p.loc), "    "), "\n")
    b(f"{'Vaccine':<26}{'Dose':<6}{'Date given':<18}{'Lot':<10}{'Site':<6}By\n")
    vaccines = (
        "DTaP-IPV-Hib",
        "Hep B",
        "MMR",
        "Varicella",
        "PCV13",
        "MenC",
        "Rotavirus",
        "HPV (Gardasil 9)",
        "Influenza (quadrivalent)",
        "Tdap",
        "COVID-19 mRNA",
    )
    d = dob
    for name in g.rng.sample(vaccines, g.rng.randrange(4, 8)):
        d = d + timedelta(days=g.rng.randrange(40, 400))
        when = g.date(d, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "dd-Mon-yyyy")))
        b(
            f"{name:<26}{g.rng.randrange(1, 4):<6}",
            when,
            " " * max(2, 18 - len(when.text)),
            g.ref(text=g.fill("@@####")),
            "    ",
            g.pick(("LT", "RT", "LA", "RA", "PO")),
            "    ",
            g.name(nurse, g.pick(("initial", "last"))),
            "\n",
        )
    b(
        "\nContraindications / reactions: ",
        g.pick(("none recorded", "mild fever after MMR", "egg allergy - observed 30 min")),
        "\n",
    )
    b("Verified by ", g.name(nurse, "full"), ", RN on ", g.date(style="d Month yyyy"), "\n")


@T("clinical_note")
def telehealth_summary(g: Gen, b: Builder) -> None:
    p, np_ = g.person("en_US"), g.person("en_US")
    a = address(g, "en_US")
    b("Virtual Visit Summary (", g.pick(("video", "audio-only", "video via Doxy.me")), ")\n\n")
    b(
        "Visit date: ",
        g.date(style=g.pick(("Month d, yyyy", "mm/dd/yyyy"))),
        "   Start ",
        _ampm(g),
        "   Duration ",
        str(g.rng.randrange(9, 41)),
        " min\n",
    )
    b("Provider: ", g.name(np_, "full"), ", ", g.pick(("FNP-C", "MD", "PA-C")), "\n")
    b("Patient: ", g.name(p, "full"), " (", g.age(), " y/o ", "F" if p.female else "M", ")\n\n")
    b(
        "Identity verified with name and DOB ",
        g.date(style="mm/dd/yyyy", dob=True),
        ". Patient located at ",
        one_line(a),
        " at time of visit (",
        a.region,
        "; provider licensed in state). ",
        "Callback number if disconnected: ",
        g.phone("en_US"),
        ". Verbal consent for telemedicine obtained.\n\n",
    )
    b(
        "S: ",
        g.pick(
            (
                "Sore throat and cough x4 days",
                "Rash on forearm since last week",
                "Follow-up of BP meds",
                "Burning with urination x2 days",
            )
        ),
        ". Denies fever, SOB. ",
        "Home BP log reviewed.\n",
    )
    b(
        "O: Limited exam via video. Alert, speaking full sentences, no acute distress. ",
        g.pick(
            (
                "Oropharynx mildly erythematous on camera.",
                "Skin: annular plaque ~3 cm.",
                "Self-reported BP 138/84.",
            )
        ),
        "\n",
    )
    b("A: ", g.pick(vocab.CONDITIONS), "\n")
    b(
        "P: e-prescribed ",
        filler.med(g),
        " to ",
        g.org("en_US"),
        " pharmacy. Labs ordered. ",
        "Return precautions given. Follow-up ",
        g.pick(("PRN", "in 2 weeks", "in-person if no better")),
        ".\n\n",
    )
    b("Secure message sent to ", g.email(p), ". After-visit summary: ", g.url(), "\n")
    b(
        "Session log: client IP ",
        g.ip(),
        ", platform ",
        g.pick(("Zoom for Healthcare", "Teams", "Doxy.me")),
        "\n",
    )


# ---------------------------------------------------------------- support e-mails


@T("support_email")
def gdpr_access_request(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    a, old = address(g, p.loc), address(g, p.loc)
    dom = g.domain_of(org)
    b(
        "To: ",
        ent(g.pick(("dpo@", "privacy@", "dataprotection@")) + dom, "EMAIL_ADDRESS"),
        "\nFrom: ",
        g.email(p),
        "\n",
    )
    b(
        "Subject: ",
        g.pick(
            (
                "Subject Access Request",
                "Data subject access request (Art. 15 GDPR)",
                "DSAR - please acknowledge",
            )
        ),
        "\n\n",
    )
    b("Dear Data Protection Officer,\n\n")
    b(
        "I am writing to make a subject access request under Article 15 of the General Data Protection ",
        "Regulation for all personal data ",
        org,
        " holds about me.\n\n",
    )
    b("To help you locate my records:\n")
    b("  Full name: ", g.name(p, "full"), "\n")
    b("  Date of birth: ", g.date(style=g.pick(("d Month yyyy", "dd/mm/yyyy", "dd.mm.yyyy")), dob=True), "\n")
    b("  Current address: ", one_line(a), "\n")
    b(
        "  Previous address (until ",
        g.date(style=g.pick(("Month d, yyyy", "d Month yyyy"))),
        "): ",
        one_line(old),
        "\n",
    )
    b("  Customer number: ", g.ident(g.pick(("account", "member"))), "\n")
    b("  Phone numbers used: ", g.phone(p.loc), g.pick((", ", " and ")), g.phone(p.loc), "\n\n")
    b(
        "Please include CCTV footage, call recordings and any data shared with third parties. I expect a ",
        "response within one calendar month, i.e. no later than ",
        g.date(style="d Month yyyy"),
        ". If you need to verify my identity, a copy of my ",
        g.pick(("passport", "driving licence")),
        " can be provided.\n\n",
    )
    b("Kind regards,\n", g.name(p, "full"), "\n")


@T("support_email")
def warranty_claim(g: Gen, b: Builder) -> None:
    p, agent, org = g.person(), g.person(), g.org()
    a = address(g, p.loc)
    prod = g.pick(
        (
            "Cordless Vacuum V11",
            "Espresso Machine EC685",
            "Robot Mower 450X",
            "Soundbar HT-S400",
            "Air Fryer XL",
            "Electric Toothbrush 9900",
        )
    )
    b("New submission: Warranty claim form\n", "-" * 40, "\n")
    b(
        "First name: ",
        g.name(p, "first"),
        "\nLast name: ",
        g.name(p, "last"),
        "\nEmail: ",
        g.email(p),
        "\nPhone: ",
        g.phone(p.loc),
        "\n",
    )
    b("Street: ", a.street, "\nCity: ", a.city, "\nPostcode: ", a.zip, "\nCountry: ", a.country, "\n")
    b(
        f"Product: {prod}\nSerial number: ",
        g.ref(text=g.fill("@@#######@")),
        "\nDate of purchase: ",
        g.date(style=g.pick(("iso", "dd/mm/yyyy", "mm/dd/yyyy"))),
        "\nRetailer: ",
        g.org(),
        "\n",
    )
    b(
        "Fault description: ",
        g.pick(
            ("stopped charging after ", "makes a grinding noise after ", "leaks water from the base after ")
        ),
        g.pick(("three weeks", "two months", "a few uses")),
        ". I already tried the reset in the manual and ",
        "the Troubleshooting page. Receipt and photos attached.\n",
    )
    b("Preferred resolution: ", g.pick(("Repair", "Replacement", "Refund")), "\n")
    b("Submitted from IP: ", g.ip(), "\n\n")
    b("---- Reply ----\n")
    b(
        "Hello ",
        g.name(p, "first"),
        ",\n\nThanks for registering your claim (case ",
        g.ref(),
        "). ",
        "A prepaid label will be sent to ",
        g.email(p),
        " within 2 working days; please pack the unit with all ",
        "accessories. Collection from ",
        a.street,
        " can be booked for any ",
        filler.weekday(g),
        ".\n\n",
    )
    b("Best,\n", g.name(agent, g.pick(("first", "full"))), "\n", org, " Customer Care\n")


@T("support_email")
def card_dispute(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    b("Subject: Disputed transaction on card ending ", g.ref(text=g.digits(4)), "\n\n")
    b("To whom it may concern,\n\n")
    b(
        "I am disputing a charge of ",
        g.pick(("$", "€", "£")),
        f"{g.rng.randrange(20, 2000)}.",
        f"{g.rng.randrange(10, 99)} from ",
        g.pick(("AMZN MKTP", "PAYPAL *ELEC", "UBER *TRIP", "SQ *CAFE", "NETFLIX.COM", "HOTEL RESERV")),
        " posted on ",
        g.date(style=g.pick(("mm/dd/yyyy", "dd/mm/yyyy", "Mon d, yyyy"))),
        ". I did not authorise this transaction and still have the card in my possession.\n\n",
    )
    b(
        "Cardholder: ",
        g.name(p, g.pick(("full", "UPPER"))),
        "\nCard number: ",
        g.card(),
        "\nLinked account: ",
        g.iban(p.loc) if g.chance(0.5) else g.ident("account"),
        "\n",
    )
    b("Billing address: ", one_line(address(g, p.loc)), "\n")
    b("Daytime phone: ", g.phone(p.loc), "\n\n")
    b(
        "I contacted the merchant on ",
        g.date(style="Month d"),
        " (ticket ",
        g.ref(),
        ") and received no response. Please issue a provisional credit and send me a new card. ",
        "The last legitimate purchase I made was at ",
        g.pick(("Tesco", "Target", "Lidl", "Shell")),
        " on ",
        filler.weekday(g),
        ".\n\n",
    )
    b("Regards,\n", g.name(p, "full"), "\n", g.email(p), "\n\n")
    b(
        "> Reply from ",
        org,
        " Fraud Team:\n> We have blocked the card and opened dispute ",
        g.ref("claim"),
        ". Expect a decision within 10 business days.\n",
    )


_SIGS = {
    "de_DE": (
        "Mit freundlichen Grüßen",
        "Tel.:",
        "Mobil:",
        "Geschäftsführer:",
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
    ),
    "fr_FR": (
        "Cordialement",
        "Tél. :",
        "Portable :",
        "Gérant :",
        "Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, "
        "merci de le détruire et d'en avertir l'expéditeur.",
    ),
    "es_ES": (
        "Un cordial saludo",
        "Tel.:",
        "Móvil:",
        "Director general:",
        "Este mensaje es confidencial. Si usted no es el destinatario, le rogamos lo comunique al "
        "remitente y proceda a su borrado.",
    ),
    "it_IT": (
        "Cordiali saluti",
        "Tel.:",
        "Cell.:",
        "Amministratore:",
        "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio "
        "per errore, vi preghiamo di cancellarlo.",
    ),
    "nl_NL": (
        "Met vriendelijke groet",
        "Tel.:",
        "Mobiel:",
        "Directeur:",
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht "
        "ontvangt, wordt u verzocht de inhoud niet te gebruiken.",
    ),
    "pl_PL": (
        "Z poważaniem",
        "Tel.:",
        "Kom.:",
        "Prezes zarządu:",
        "Treść tej wiadomości jest poufna. Jeśli nie jesteś adresatem, powiadom nadawcę i usuń wiadomość.",
    ),
}


@T("support_email")
def foreign_signature(g: Gen, b: Builder) -> None:
    loc = g.pick(tuple(_SIGS))
    me, cust, boss = g.person(loc), g.person(), g.person(loc)
    org = g.org(loc)
    greet, tel, mob, ceo, disclaimer = _SIGS[loc]
    dom = g.domain_of(org)
    b("Dear ", g.title(cust), g.name(cust, "last"), ",\n\n")
    b(
        "thank you for your message of ",
        g.date(style=g.pick(("d Month", "dd.mm.yyyy", "Month d"))),
        " about order ",
        g.ref(),
        ' ("',
        filler.issue(g),
        '"). The problem was caused by our warehouse in ',
        address(g, loc).city,
        ". A replacement ",
        g.pick(vocab.PRODUCT_LINES),
        " will ship on ",
        filler.weekday(g),
        ".\n\n",
    )
    b("If you prefer a refund, just reply with the IBAN of the account, or call me directly.\n\n")
    b(
        greet,
        "\n\n",
        g.name(me, "full"),
        "\n",
        g.pick(vocab.JOB_TITLES),
        "\n\n",
        org,
        "\n",
        block(address(g, loc), country=g.chance(0.5)),
    )
    b(tel, " ", g.phone(loc), "\n", mob, " ", g.phone(loc), "\n", g.email(me, dom), "\n\n")
    b(
        ceo,
        " ",
        g.name(boss, "full"),
        " | ",
        g.pick(("HRB ", "RCS ", "KvK ", "REA ")),
        g.ref(text=g.digits(g.rng.randrange(5, 9))),
        "\n",
        disclaimer,
        "\n",
    )


# ---------------------------------------------------------------- chat transcripts


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@T("chat_transcript")
def sms_backup_xml(g: Gen, b: Builder) -> None:
    me, them = g.person(), g.person()
    num = g.phone(them.loc)
    n = g.rng.randrange(5, 8)
    d = g.day()
    b("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
    b(f'<smses count="{n}" backup_set="{g.fill("########-####-####")}">\n')
    bodies = [
        ("hey it's ", g.name(me, "first"), ", new number. save it"),
        ("who gave u this number lol",),
        ("your sister! can u pick up the keys from ", address(g, me.loc).street, " before 6"),
        ("ok. whats the code for the gate",),
        (
            "4471#. also ",
            g.name(g.person(me.loc), "first"),
            " says hi",
        ),
        ("btw send me ur email for the booking",),
        (
            "its ",
            g.email(them),
        ),
        (
            "booked for the ",
            g.date(style=g.pick(("d Month", "the dth of Month", "Mon dth"))),
            ". ref ",
            g.ref(),
        ),
        (
            "call me at work if anything ",
            g.phone(me.loc),
        ),
    ]
    clock = g.rng.randrange(7 * 60, 20 * 60)
    for i in range(n):
        body = bodies[i]
        clock += g.rng.randrange(1, 25)
        hh, mm = divmod(clock % (24 * 60), 60)
        stamp = f"{(hh - 1) % 12 + 1}:{mm:02d}:{g.rng.randrange(60):02d} {'AM' if hh < 12 else 'PM'}"
        t = g.date(d, "Mon d, yyyy")
        b(
            '  <sms protocol="0" address="',
            num,
            '" type="',
            "2" if i % 2 == 0 else "1",
            '" subject="null" body="',
        )
        b(*(_xml(x) if isinstance(x, str) else x for x in body))
        b(
            '" toa="null" status="-1" readable_date="',
            t,
            " ",
            stamp,
            '" contact_name="',
            g.name(them, g.pick(("full", "first"))),
            '" />\n',
        )
    b("</smses>\n")


@T("chat_transcript")
def bot_handover(g: Gen, b: Builder) -> None:
    p, agent = g.person(), g.person()
    a = address(g, p.loc)
    bot = g.pick(("Ava", "Max", "Sky", "Nova"))
    t = g.rng.randrange(8 * 60, 20 * 60)

    def ts() -> str:
        nonlocal t
        t += g.rng.randrange(0, 3)
        return f"[{t // 60:02d}:{t % 60:02d}]"

    b("Conversation started ", g.date(style=g.pick(("dd/mm/yyyy", "Month d, yyyy"))), " via web widget\n\n")
    b(ts(), f" {bot} (virtual assistant): Hi! I'm {bot}. What can I help you with today?\n")
    b("    [Track an order]  [Returns]  [Billing]  [Talk to a person]\n")
    b(ts(), " Visitor: Billing\n")
    b(
        ts(),
        f" {bot} (virtual assistant): Sure. To find your account, please type the email address you ",
        "registered with.\n",
    )
    b(ts(), " Visitor: ", g.email(p), "\n")
    b(ts(), f" {bot} (virtual assistant): Thanks! And your postcode?\n")
    b(ts(), " Visitor: ", a.zip, "\n")
    b(
        ts(),
        f" {bot} (virtual assistant): Sorry, I didn't find a match. Please try your date of birth ",
        "(DD/MM/YYYY).\n",
    )
    b(ts(), " Visitor: ", g.date(style="dd/mm/yyyy", dob=True), "\n")
    b(ts(), f" {bot} (virtual assistant): I'm connecting you to an agent. Average wait: 2 minutes.\n")
    b(ts(), " *** ", g.name(agent, g.pick(("first", "full"))), " has joined the chat ***\n")
    b(
        ts(),
        " ",
        g.name(agent, "first"),
        ": Hi ",
        g.name(p, "first"),
        ", I can see the account under ",
        g.name(p, g.pick(("full", "initial"))),
        " at ",
        a.street,
        ". How can I help?\n",
    )
    b(ts(), " Visitor: ", filler.issue(g), ". my card is ", g.card(), " if u need it\n")
    b(
        ts(),
        " ",
        g.name(agent, "first"),
        ": Please don't share full card numbers here - I've masked it. ",
        "I've raised ticket ",
        g.ref(),
        " and a refund will reach you in 3-5 working days.\n",
    )
    b(ts(), " Visitor: ok thanks. can u call me at ", g.phone(p.loc), " if there's a problem\n")
    b(ts(), " ", g.name(agent, "first"), ": Will do. Anything else?\n")
    b(ts(), " *** Visitor left the chat ***\n\nRating: ", g.pick(("5/5", "4/5", "1/5", "not rated")), "\n")


@T("chat_transcript")
def voicemail_inbox(g: Gen, b: Builder) -> None:
    owner = g.person()
    b("Visual Voicemail - ", g.name(owner, "full"), " - ", g.phone(owner.loc), "\n\n")
    for _ in range(g.rng.randrange(3, 5)):
        caller = g.person(owner.loc)
        kind = g.rng.randrange(4)
        b("From: ")
        if g.chance(0.6):
            b(g.name(caller, "full"), " <", g.phone(owner.loc), ">")
        else:
            b(g.phone(owner.loc))
        b(
            "    ",
            g.date(style=g.pick(("m/d/yy", "d Mon", "Mon d, yyyy"))),
            " ",
            _ampm(g),
            "    0:",
            f"{g.rng.randrange(8, 59):02d}\n",
        )
        b("Transcription (", g.pick(("high", "medium", "low")), ' confidence): "')
        if kind == 0:
            b(
                "hi ",
                g.name(owner, "first_lower"),
                " it's ",
                g.name(caller, "first_lower"),
                " um just calling about saturday give me a ring back on ",
                g.phone(owner.loc),
                ' okay bye"\n\n',
            )
        elif kind == 1:
            b(
                "hello this is ",
                g.name(g.person(owner.loc), "full"),
                " calling from ",
                g.hospital(),
                " to confirm an appointment for ",
                g.name(owner, "full"),
                " on ",
                g.date(style="Month d"),
                " at ",
                _ampm(g),
                ' please bring your insurance card and arrive fifteen minutes early thank you"\n\n',
            )
        elif kind == 2:
            b(
                "yeah hi this message is for ",
                g.name(owner, "first"),
                " this is ",
                g.name(caller, "first"),
                " from ",
                g.org(),
                " regarding your claim ",
                g.ref("claim"),
                " (inaudible) please call ",
                g.phone(owner.loc),
                " extension ",
                g.ref(text=g.digits(3)),
                '"\n\n',
            )
        else:
            b(
                "hey it's me your package went to ",
                one_line(address(g, owner.loc)),
                " instead of here so I left it with ",
                g.name(g.person(owner.loc), "first"),
                ' next door"\n\n',
            )
    b(g.pick(("Mailbox 72% full.", "No new messages.", "Press 7 to delete.")), "\n")


@T("chat_transcript")
def court_hearing(g: Gen, b: Builder) -> None:
    w, pros, defn, judge = g.person("en_US"), g.person("en_US"), g.person("en_US"), g.person("en_US")
    a = address(g, "en_US")
    spelled = "-".join(ch for ch in w.last.upper() if ch.isalpha())
    b("SUPERIOR COURT OF THE STATE OF ", g.pick(("CALIFORNIA", "ARIZONA", "WASHINGTON")), "\n")
    b("Case No. ", g.ref(text=g.fill("##CR######")), "     Dept. ", str(g.rng.randrange(1, 40)), "\n")
    b("BEFORE THE HONORABLE ", g.name(judge, "UPPER"), ", JUDGE\n\n")
    b("REPORTER'S TRANSCRIPT OF PROCEEDINGS\n", g.date(style="Month d, yyyy").upper(), "\n\n")
    pl = "MS." if pros.female else "MR."
    dl = "MS." if defn.female else "MR."
    b("THE COURT: We're on the record. Counsel, your next witness.\n\n")
    b(pl, " ", g.name(pros, "LAST"), ": The People call ", g.name(w, "full"), ".\n\n")
    b("THE CLERK: Please raise your right hand. ... Please state and spell your name for the record.\n\n")
    b("THE WITNESS: ", g.name(w, "full"), ". Last name ", ent(spelled, "PERSON"), ".\n\n")
    b("DIRECT EXAMINATION\nBY ", pl, " ", g.name(pros, "LAST"), ":\n")
    b("Q. Where were you living on ", g.date(style="Month dth, yyyy"), "?\n")
    b("A. ", one_line(a), ".\n")
    b("Q. And is that near the ", g.pick(("Shell station", "Walgreens", "Main Street Diner")), "?\n")
    b("A. About a block away.\n")
    b("Q. Did you know the defendant, ", g.name(g.person("en_US"), "full"), ", before that night?\n")
    b("A. Only by sight.\n")
    b(dl, " ", g.name(defn, "LAST"), ": Objection, Your Honor. Leading.\n")
    b("THE COURT: Overruled.\n")
    b("Q. What did you do next?\n")
    b("A. I called 911 from my cell, ", g.phone("en_US"), ".\n\n")
    b("(Whereupon, People's Exhibit ", str(g.rng.randrange(1, 20)), " was marked for identification.)\n")


# ---------------------------------------------------------------- HR records


@T("hr_record")
def absence_form(g: Gen, b: Builder) -> None:
    p, mgr, gp = g.person(), g.person(), g.person()
    d = g.day()
    back = d + timedelta(days=g.rng.randrange(2, 20))
    b("SICKNESS ABSENCE NOTIFICATION & RETURN TO WORK FORM\n\n")
    b("Section A - to be completed by the employee\n")
    b("Name: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "     Payroll no.: ", g.ident("employee"), "\n")
    b("Department: ", g.pick(vocab.DEPARTMENTS + ("Finance", "Logistics", "Customer Service")))
    b("     Line manager: ", g.name(mgr, g.pick(("full", "initial"))), "\n")
    b(
        "First day of absence: ",
        g.date(d, g.pick(("dd/mm/yyyy", "d Mon yyyy"))),
        "     Date returned: ",
        g.date(back, g.pick(("dd/mm/yyyy", "d Mon yyyy"))),
        "\n",
    )
    b(
        "Reason for absence: ",
        g.pick(
            (
                "gastroenteritis",
                "migraine",
                "lower back pain",
                "flu-like illness",
                "stress-related",
                "post-operative recovery (hernia repair)",
            )
        ),
        "\n",
    )
    b(
        "Did you consult a doctor?  [X] Yes  [ ] No     GP: Dr ",
        g.name(gp, g.pick(("last", "full"))),
        ", ",
        g.pick(("Riverside Surgery", "The Health Centre", "Park Lane Medical Practice")),
        "\n",
    )
    b("Fit note provided: ", g.pick(("Yes (attached)", "No - self-certified (7 days or fewer)")), "\n")
    b("Contact number while absent: ", g.phone(p.loc), "\n\n")
    b("Section B - return to work interview (manager)\n")
    b(
        "Date of interview: ",
        g.date(back, "dd/mm/yyyy"),
        "   Absences in last 12 months: ",
        str(g.rng.randrange(1, 6)),
        " (Bradford score ",
        str(g.rng.randrange(10, 300)),
        ")\n",
    )
    b(
        "Adjustments agreed: ",
        g.pick(
            (
                "phased return over 2 weeks",
                "none",
                "referral to Occupational Health",
                "no lifting > 10 kg for 4 weeks",
            )
        ),
        "\n",
    )
    b("Signed (employee): ", g.name(p, "full"), "   Signed (manager): ", g.name(mgr, "full"), "\n")


@T("hr_record")
def weekly_timesheet(g: Gen, b: Builder) -> None:
    p, sup = g.person(), g.person()
    start = g.day()
    start -= timedelta(days=start.weekday())
    b(g.org(p.loc), " - Weekly Timesheet\n\n")
    b(
        "Employee: ",
        g.name(p, g.pick(("full", "last_first", "UPPER"))),
        "    ID: ",
        g.ident("employee"),
        "    Cost centre: CC-",
        str(g.rng.randrange(100, 999)),
        "\n",
    )
    b("Week commencing: ", g.date(start, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso"))), "\n\n")
    b(f"{'Day':<11}{'Date':<12}{'In':<7}{'Out':<7}{'Break':<7}{'Hours':<7}Project\n")
    total = 0.0
    for i, day in enumerate(vocab.WEEKDAYS[:5]):
        hours = g.pick((7.5, 8.0, 8.0, 6.0, 9.5, 0.0))
        total += hours
        when = g.date(start + timedelta(days=i), "m/d" if g.chance(0.5) else "d Mon")
        if hours:
            b(
                f"{day:<11}",
                when,
                " " * (12 - len(when.text)),
                f"{'08:30':<7}{'17:00':<7}{'0:30':<7}{hours:<7}",
                g.pick(("PRJ-204 Migration", "Admin", "Client site", "Training", "Support rota")),
                "\n",
            )
        else:
            b(
                f"{day:<11}",
                when,
                " " * (12 - len(when.text)),
                f"{'-':<7}{'-':<7}{'-':<7}{0.0:<7}",
                g.pick(("Annual leave", "Sick", "Bank holiday")),
                "\n",
            )
    b(f"\nTotal hours: {total}    Overtime: {max(0.0, total - 37.5)}\n\n")
    b(
        "I certify the above is accurate. ",
        g.name(p, "initial"),
        "  ",
        g.date(start + timedelta(days=4), "dd/mm/yy"),
        "\n",
    )
    b(
        "Approved: ",
        g.name(sup, g.pick(("full", "initial"))),
        " (",
        g.email(sup, g.domain_of(g.org(p.loc))),
        ")  ",
        g.date(start + timedelta(days=7), "dd/mm/yy"),
        "\n",
    )


@T("hr_record")
def networking_profile(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    orgs = [g.org(p.loc) for _ in range(3)]
    b(g.name(p, "full"), g.pick((" · 2nd", " · 3rd", " (She/Her)" if p.female else " (He/Him)", "")), "\n")
    b(
        g.pick(vocab.JOB_TITLES),
        " at ",
        orgs[0],
        " | ",
        g.pick(vocab.SKILLS),
        " | ",
        g.pick(vocab.SKILLS),
        "\n",
    )
    b(a.city, ", ", a.country, " · Contact info\n", g.pick(("500+", "312", "87")), " connections\n\n")
    b(
        "About\n",
        g.pick(
            (
                "Passionate about building teams that ship.",
                "Open to new opportunities.",
                "Ex-consultant, now in-house.",
                "Numbers person. Coffee first.",
            )
        ),
        " ",
        "Happy to connect - drop me a note.\n\n",
    )
    b("Experience\n")
    y = g.rng.randrange(2021, 2025)
    for i, org in enumerate(orgs):
        y0 = y - g.rng.randrange(1, 6)
        m = g.pick(vocab.MONTHS)[:3]
        b(
            g.pick(vocab.JOB_TITLES),
            "\n",
            org,
            " · ",
            g.pick(("Full-time", "Contract", "Part-time")),
            "\n",
            ent(f"{m} {y0}", "DATE"),
            " - ",
            "Present" if i == 0 else ent(f"{g.pick(vocab.MONTHS)[:3]} {y}", "DATE"),
            "\n",
            address(g, p.loc).city,
            ", ",
            a.country,
            "\n\n",
        )
        y = y0
    b(
        "Education\n",
        g.pick(("University of ", "Technical University of ")),
        address(g, p.loc).city,
        "\n",
        g.pick(vocab.DEGREES),
        "\n\n",
    )
    b("Contact info\nProfile: ", g.url(p), "\nEmail: ", g.email(p), "\n")
    if g.chance(0.6):
        b("Phone: ", g.phone(p.loc), " (Mobile)\n")
    b("Birthday: ", g.date(style=g.pick(("Month d", "d Month")), dob=True), "\n")


@T("hr_record")
def disciplinary_invitation(g: Gen, b: Builder) -> None:
    p, mgr, hr, wit = g.person(), g.person(), g.person(), g.person()
    b(
        "PRIVATE & CONFIDENTIAL\n\n",
        g.date(style="d Month yyyy"),
        "\n\n",
        g.title(p),
        g.name(p, "full"),
        "\n",
        block(address(g, p.loc)),
        "\n",
    )
    b("Employee number: ", g.ident("employee"), "\n\n")
    b("Dear ", g.name(p, "first"), ",\n\nInvitation to a disciplinary hearing\n\n")
    b(
        "Following the investigation carried out by ",
        g.name(mgr, "full"),
        ", I am writing to ask you to ",
        "attend a disciplinary hearing on ",
        g.pick(vocab.WEEKDAYS),
        " ",
        g.date(style="d Month yyyy"),
        " at ",
        _hhmm(g, 9, 16, "."),
        " in Meeting Room ",
        str(g.rng.randrange(1, 9)),
        ".\n\n",
    )
    b(
        "The allegations are:\n1. unauthorised absence on ",
        g.date(style="d Month"),
        " and ",
        g.date(style="d Month"),
        ";\n2. misuse of the company ",
        filler.product(g),
        " account.\n\n",
    )
    b(
        "The hearing will be chaired by me, with ",
        g.name(hr, "full"),
        " from HR taking notes. You have the ",
        "right to be accompanied by a colleague or trade union representative. Copies of the statement from ",
        g.name(wit, g.pick(("full", "initial"))),
        " and the CCTV log are enclosed.\n\n",
    )
    b(
        "Possible outcomes include a written warning. If you cannot attend, please contact me on ",
        g.phone(p.loc),
        " or ",
        g.email(hr),
        ".\n\nYours sincerely\n\n",
        g.name(mgr, "full"),
        "\n",
        g.pick(vocab.JOB_TITLES),
        "\n",
    )


# ---------------------------------------------------------------- forms


@T("form_invoice")
def visa_application(g: Gen, b: Builder) -> None:
    p = g.person()
    a, born = address(g, p.loc), address(g, p.loc)
    emp = g.org(p.loc)
    issued = g.day(2015, 2023)
    rows = [
        ("1. Surname (Family name)", (g.name(p, "LAST"),)),
        (
            "2. Surname at birth (Former family name(s))",
            ("-",) if g.chance(0.6) else (g.name(g.person(p.loc, p.female), "LAST"),),
        ),
        ("3. First name(s) (Given name(s))", (g.name(p, "FIRST"),)),
        ("4. Date of birth (day-month-year)", (g.date(style="dd/mm/yyyy", dob=True),)),
        ("5. Place of birth", (born.city,)),
        ("6. Country of birth", (born.country,)),
        ("7. Current nationality", (a.country,)),
        ("8. Sex", ("Female" if p.female else "Male",)),
        ("9. Civil status", (g.pick(("Single", "Married", "Divorced", "Widow(er)")),)),
        ("11. National identity number, where applicable", (g.ident("national", p.loc),)),
        ("12. Type of travel document", ("Ordinary passport",)),
        ("13. Number of travel document", (g.ident("passport"),)),
        ("14. Date of issue", (g.date(issued, "dd/mm/yyyy"),)),
        ("15. Valid until", (g.date(issued + timedelta(days=3652), "dd/mm/yyyy"),)),
        ("17. Applicant's home address and e-mail address", (one_line(a), " / ", g.email(p))),
        ("    Telephone number(s)", (g.phone(p.loc),)),
        ("19. Current occupation", (g.pick(vocab.JOB_TITLES),)),
        (
            "20. Employer and employer's address and telephone number",
            (emp, ", ", one_line(address(g, p.loc)), ", ", g.phone(p.loc)),
        ),
        (
            "21. Main purpose(s) of the journey",
            (g.pick(("Tourism", "Business", "Visiting family or friends", "Medical reasons")),),
        ),
        ("24. Intended date of arrival", (g.date(style="dd/mm/yyyy"),)),
        ("25. Intended date of departure", (g.date(style="dd/mm/yyyy"),)),
    ]
    b("APPLICATION FOR SCHENGEN VISA\nThis application form is free\n\n")
    for label, value in rows:
        b(label, "\n    ", value, "\n")
    host = g.person(g.pick(("de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL")))
    b(
        "26. Surname and first name of the inviting person(s)\n    ",
        g.name(host, "full"),
        ", ",
        one_line(address(g, host.loc)),
        ", ",
        g.phone(host.loc),
        "\n\n",
    )
    b("Place and date: ", a.city, ", ", g.date(style="dd.mm.yyyy"), "      Signature: ____________\n")
    b("FOR OFFICIAL USE ONLY - File handled by: ", g.name(g.person(host.loc), "initial"), "\n")


@T("form_invoice")
def school_enrolment(g: Gen, b: Builder) -> None:
    child = g.person()
    mum, dad = g.person(child.loc, True), g.person(child.loc, False)
    dad = Person(dad.first, child.last if g.chance(0.7) else dad.last, dad.middle, False, dad.loc)
    a = address(g, child.loc)
    b(
        g.pick(
            (
                "Lakeside Primary School",
                "St. Anne's Catholic School",
                "Northfield Academy",
                "Hillcrest Middle School",
            )
        ),
        "\nNEW PUPIL ENROLMENT FORM ",
        str(g.rng.randrange(2019, 2026)),
        "\n\n",
    )
    b(
        "PUPIL DETAILS\nLegal surname: ",
        g.name(child, "last"),
        "   Legal forename(s): ",
        g.name(child, "first"),
        " ",
        ent(child.middle, "PERSON"),
        "\nPreferred name: ",
        g.name(child, "first"),
        "\n",
    )
    b(
        "Date of birth: ",
        g.date(g.day(2010, 2020), g.pick(("dd/mm/yyyy", "mm/dd/yyyy")), dob=True),
        "   Year group: ",
        g.pick(("Reception", "Year 3", "Grade 5", "Year 7")),
        "\n",
    )
    b("Home address: ", one_line(a), "\n")
    b(
        "Previous school: ",
        g.pick(("Oakwood Infants", "none", "Home educated", "Greenfield Elementary")),
        "   Date left: ",
        g.date(style="dd/mm/yyyy"),
        "\n\n",
    )
    b("PARENTS / CARERS WITH PARENTAL RESPONSIBILITY\n")
    for label, par in (("Contact 1", mum), ("Contact 2", dad)):
        b(
            label,
            ": ",
            g.title(par),
            g.name(par, "full"),
            "   Relationship: ",
            "Mother" if par.female else "Father",
            "\n   Mobile: ",
            g.phone(child.loc),
            "   Work: ",
            g.phone(child.loc),
            "\n   Email: ",
            g.email(par),
            "\n",
        )
    b(
        "\nEMERGENCY CONTACT (if parents unavailable)\n",
        g.name(g.person(child.loc), "full"),
        " (",
        g.pick(("grandmother", "aunt", "neighbour", "family friend")),
        ") ",
        g.phone(child.loc),
        "\n\n",
    )
    b(
        "MEDICAL\nGP: Dr ",
        g.name(g.person(child.loc), "last"),
        ", ",
        g.pick(("Riverside Surgery", "Kingsway Medical Centre", "Family Health Clinic")),
        "  Tel ",
        g.phone(child.loc),
        "\n",
    )
    b(
        "Conditions: ",
        g.pick(
            (
                "asthma - Albuterol inhaler kept in class",
                "none",
                "nut allergy - EpiPen",
                "type 1 diabetes - insulin pump",
                "eczema",
            )
        ),
        "\n",
    )
    b("Dietary: ", g.pick(("vegetarian", "halal", "no pork", "none")), "\n\n")
    b("CONSENTS  [X] photographs on website  [ ] local trips  [X] sun cream\n")
    b("Signed: ", g.name(mum, "full"), "   Date: ", g.date(style="dd/mm/yyyy"), "\n")


@T("form_invoice")
def car_rental_agreement(g: Gen, b: Builder) -> None:
    p, extra, agent = g.person(), g.person(), g.person()
    out = g.day()
    back = out + timedelta(days=g.rng.randrange(1, 15))
    a = address(g, p.loc)
    b(
        g.pick(("Hertz", "Avis", "Europcar", "Sixt", "Enterprise Rent-A-Car")),
        " RENTAL AGREEMENT   RA# ",
        g.ref(text=g.fill("#########")),
        "\n\n",
    )
    b("RENTER            ", g.name(p, g.pick(("LAST_FIRST", "UPPER"))), "\n")
    b("ADDRESS           ", one_line(a, True), "\n")
    b("DRIVER LICENSE    ", g.ident("licence"), "  EXP ", g.date(style="mm/dd/yyyy"), "\n")
    b("DATE OF BIRTH     ", g.date(style=g.pick(("mm/dd/yyyy", "dd/mm/yyyy")), dob=True), "\n")
    b("PHONE             ", g.phone(p.loc), "\nEMAIL             ", g.email(p), "\n\n")
    if g.chance(0.6):
        b(
            "ADDITIONAL DRIVER ",
            g.name(extra, "UPPER"),
            "  LIC ",
            g.ident("licence"),
            "  DOB ",
            g.date(style="mm/dd/yyyy", dob=True),
            "\n\n",
        )
    b(
        "VEHICLE   ",
        g.pick(("Toyota Corolla", "VW Golf", "Ford Focus", "Kia Sportage", "Tesla Model 3")),
        "  ",
        g.pick(("White", "Grey", "Blue")),
        "  PLATE ",
        g.ref(text=g.fill(g.pick(("@@## @@@", "@@@-####")))),
        "  UNIT ",
        g.ref(text=g.digits(6)),
        "\n",
    )
    b(
        "PICK-UP   ",
        g.date(out, "mm/dd/yyyy"),
        " ",
        _hhmm(g),
        "  ",
        g.pick(("Airport T1", "Downtown", "Rail Station")),
        "   MILES OUT ",
        str(g.rng.randrange(1000, 60000)),
        "   FUEL 8/8\n",
    )
    b("RETURN    ", g.date(back, "mm/dd/yyyy"), " ", _hhmm(g), "   MILES IN ______   FUEL ___/8\n\n")
    b(
        "METHOD OF PAYMENT  ",
        g.pick(("VISA", "MC", "AMEX")),
        " ",
        g.card(),
        "  AUTH ",
        g.ref(text=g.digits(6)),
        "\n",
    )
    b("CDW accepted [X]   SLI declined [ ]   Roadside plus [X]\n\n")
    b(
        "Renter signature ______________      Counter agent: ",
        g.name(agent, g.pick(("first", "initial"))),
        "\n",
    )


@T("form_invoice")
def w9_request(g: Gen, b: Builder) -> None:
    p = g.person("en_US")
    a = address(g, "en_US")
    b("Form W-9 (Rev. March 2024)\nRequest for Taxpayer Identification Number and Certification\n\n")
    b("1  Name of entity/individual\n   ", g.name(p, "full"), "\n")
    b(
        "2  Business name/disregarded entity name, if different from above\n   ",
        (g.name(p, "last"), " ", g.pick(("Consulting LLC", "Landscaping", "Design Studio")))
        if g.chance(0.5)
        else "",
        "\n",
    )
    b("3a Federal tax classification: [X] Individual/sole proprietor  [ ] C corp  [ ] S corp  [ ] LLC\n")
    b("5  Address (number, street, and apt. or suite no.)\n   ", a.street, "\n")
    b("6  City, state, and ZIP code\n   ", a.city, ", ", a.region, " ", a.zip, "\n")
    b(
        "7  List account number(s) here (optional)\n",
        ("   ", g.ident("account")) if g.chance(0.5) else "",
        "\n\n",
    )
    b("Part I  Taxpayer Identification Number (TIN)\n")
    if g.chance(0.7):
        b(
            "   Social security number   ",
            g.ident("ssn"),
            "\n   or\n   Employer identification number   ",
            "__-_______\n",
        )
    else:
        b(
            "   Social security number   ___-__-____\n   or\n   Employer identification number   ",
            ent(g.fill("%#-#######"), "ID"),
            "\n",
        )
    b(
        "\nPart II  Certification\nUnder penalties of perjury, I certify that the number shown on this form ",
        "is my correct taxpayer identification number.\n\n",
    )
    b(
        "Sign Here   Signature of U.S. person ",
        g.name(p, g.pick(("full", "initial"))),
        "   Date ",
        g.date(style="mm/dd/yyyy"),
        "\n\n",
    )
    b("Requester: ", g.org("en_US"), ", Attn: Accounts Payable, ", g.email(g.person("en_US")), "\n")


# ---------------------------------------------------------------- international contact lists


@T("intl_contacts")
def consular_directory(g: Gen, b: Builder) -> None:
    b("CONSULAR CONTACTS FOR TRAVELLERS\n(updated ", g.date(style="d Month yyyy"), ")\n\n")
    for loc in g.other_locales(g.rng.randrange(5, 8)):
        a = address(g, loc)
        consul = g.person(loc)
        b("Embassy of ", a.country, "\n")
        b("Consul: ", g.title(consul), g.name(consul, g.pick(("full", "UPPER", "last_first"))), "\n")
        b(block(a, "  "))
        b("  Tel: ", g.phone(loc), "   Emergency (24h): ", g.phone(loc), "\n")
        b("  E-mail: ", g.email(consul, g.pick(("mfa.gov", "diplo.net", "consulate.org"))), "\n")
        b("  Hours: ", g.pick(("Mon-Fri 09:00-12:30", "Mon-Thu 10:00-15:00", "by appointment only")), "\n\n")


@T("intl_contacts")
def phone_directory(g: Gen, b: Builder) -> None:
    b(
        g.pick(("Internal Telephone Directory", "GLOBAL STAFF PHONE LIST", "Who to call - regional offices")),
        "\n\n",
    )
    locs = g.other_locales(g.rng.randrange(3, 5))
    for loc in locs:
        a = address(g, loc)
        b("== ", a.city, " office (", a.country, ") ==\n")
        for _ in range(g.rng.randrange(2, 5)):
            p = g.person(loc)
            name = g.name(p, g.pick(("LAST_FIRST", "last_first", "full")))
            dept = g.pick(("Sales", "IT", "Facilities", "Legal", "Reception", "Payroll"))
            lead = 36 - len(name.text) - len(dept) - 3
            b(name, " (", dept, ") ", "." * max(3, lead), " ", g.phone(loc), "\n")
        b("\n")
    b("Dial 9 for an outside line. Report errors to the ", g.pick(("Helpdesk", "Switchboard")), ".\n")


@T("intl_contacts")
def speaker_programme(g: Gen, b: Builder) -> None:
    b(
        g.pick(
            (
                "International Symposium on Public Health",
                "EuroDev Summit",
                "Nordic Logistics Forum",
                "Global Fintech Week",
            )
        ),
        " - Programme, ",
        g.date(style="d Month yyyy"),
        "\n\n",
    )
    t = g.rng.randrange(9 * 60, 10 * 60)
    for loc in g.other_locales(g.rng.randrange(5, 8)):
        p = g.person(loc)
        org = g.org(loc)
        a = address(g, loc)
        b(
            f"{t // 60:02d}:{t % 60:02d}  ",
            g.pick(("Keynote: ", "Panel: ", "Talk: ", "Workshop: ")),
            g.pick(
                (
                    "Scaling Teams Across Borders",
                    "Lessons from the Pandemic",
                    "Open Data in Practice",
                    "What Regulators Want",
                    "Building for Accessibility",
                )
            ),
            "\n",
        )
        b(
            "       ",
            g.name(p, g.pick(("full", "full", "initial", "middle"))),
            " - ",
            org,
            ", ",
            a.city,
            ", ",
            a.country,
            "\n",
        )
        if g.chance(0.5):
            b("       Contact: ", g.email(p, g.domain_of(org)), "\n")
        t += g.rng.randrange(30, 75)
    b("\nSpeaker liaison: ", g.name(g.person(), "full"), ", ", g.phone(), "\n")


@T("intl_contacts")
def label_sheet(g: Gen, b: Builder) -> None:
    b("Avery L7160 - print at 100%\n\n")
    width = 42
    locs = g.other_locales(g.rng.choice((6, 8)))
    for i in range(0, len(locs), 2):
        cols = []
        for loc in locs[i : i + 2]:
            p = g.person(loc)
            rows = [(g.title(p), g.name(p, g.pick(("full", "UPPER", "initial"))))]
            if g.chance(0.3):
                rows.append(("c/o ", g.name(g.person(loc), "full")))
            rows += lines(
                address(g, loc, g.pick(("street",) * 5 + ("pobox",))), country=True, caps_city=g.chance(0.5)
            )
            cols.append(rows)
        height = max(len(c) for c in cols)
        for r in range(height):
            left = cols[0][r] if r < len(cols[0]) else ()
            right = cols[1][r] if r < len(cols[1]) else ()
            pad = width - len(piece_text(left))
            b(left, (" " * max(2, pad), right) if right else "", "\n")
        b("\n")
