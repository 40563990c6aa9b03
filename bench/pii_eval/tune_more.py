"""Tuning templates in further styles, three per shape: nursing notes, lab reports, home visits; quoted
e-mail threads, auto-replies, help-desk notifications; caption files, diarised ASR output, IRC logs;
employment verification, payslips, interview notes; markdown-table applications, dotted multilingual
forms, shipping labels; vCards, JSON records, and a world mailing list with names from outside_names."""

from __future__ import annotations

from datetime import timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, upper
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen, Person, fmt_date

T = Registry()


def _clocks(g: Gen, n: int, m0: int, m1: int) -> list[str]:
    """n increasing times of day (HH:MM) between minute m0 and m1."""
    return [f"{m // 60:02d}:{m % 60:02d}" for m in sorted(g.rng.sample(range(m0, m1), n))]


def _clock(g: Gen, h0: int = 7, h1: int = 22) -> str:
    return f"{g.rng.randrange(h0, h1):02d}{g.pick((':', ''))}{g.rng.randrange(60):02d}"


# ---------------------------------------------------------------- clinical notes


@T("clinical_note")
def nursing_shift_note(g: Gen, b: Builder) -> None:
    p, rn, md, kin = g.person(), g.person(), g.person(), g.person()
    d = g.day()
    b(
        g.pick(("NURSING NOTE", "Nursing Progress Note", "RN SHIFT NOTE")),
        " -- ",
        g.date(d, "mm/dd/yy"),
        " ",
        g.pick(("0700-1930", "1900-0730", "days", "nights")),
        "\n",
    )
    b(
        "Rm ",
        str(g.rng.randrange(201, 640)),
        g.pick(("A", "B", "")),
        "  ",
        g.name(p, g.pick(("initial", "LAST_FIRST"))),
        "  MRN#",
        g.ident("mrn"),
        "  ",
        g.age(),
        g.pick(("yo ", " y.o. ")),
        "F" if p.female else "M",
        "\n\n",
    )
    b(
        f"Neuro: A&Ox{g.rng.randrange(2, 4)}, PERRLA, MAE x4. ",
        "Pain ",
        str(g.rng.randrange(0, 9)),
        f"/10, medicated w/ {g.pick(vocab.DRUGS)} {g.pick(vocab.DOSES)} {g.pick(vocab.ROUTES)} @ ",
        _clock(g),
        " w/ relief.\n",
    )
    b("CV: ", filler.findings(g, 1), ". Tele: NSR 70s-80s.\n")
    b(f"Resp: {g.pick(('RA', '2L NC', '4L NC'))}, ", g.pick(vocab.FINDINGS[2:4]), ". IS encouraged.\n")
    b(
        f"GI/GU: tol {g.pick(('cardiac', 'ADA', 'clear liquid', 'regular'))} diet. Voiding qs. Last BM ",
        g.date(d - timedelta(days=g.rng.randrange(1, 4)), g.pick(("m/d", "Mon dth"))),
        ".\n",
    )
    b("Skin: intact, turned q2h. Braden 16.\n")
    b(
        "Psychosocial: ",
        g.pick(("dtr", "son", "spouse", "niece")),
        " ",
        g.name(kin, g.pick(("first", "full"))),
        " at bedside, updated on POC. ",
        g.pick(("Pt", g.name(p, "first"))),
        " asking abt d/c ",
        filler.weekday(g),
        ". Contact # on whiteboard ",
        g.phone(p.loc),
        ".\n",
    )
    b(
        "Events: @ ",
        _clock(g, 0, 6),
        " BP ",
        f"{g.rng.randrange(80, 95)}/{g.rng.randrange(40, 60)}",
        ", Dr. ",
        g.name(md, g.pick(("last", "full"))),
        " paged via ",
        g.pick(("Vocera ", "pager ", "x")),
        ent(g.digits(4), "PHONE_NUMBER"),
        ", ",
        g.pick(("500 mL NS bolus", "held Lopressor", "stat BMP")),
        " ordered. Repeat BP WNL.\n",
    )
    b(
        "Plan: cont POC, fall precautions, ",
        g.pick(vocab.DRUGS),
        " ",
        g.pick(vocab.FREQS),
        ". Report given to ",
        g.name(g.person(), g.pick(("first", "full"))),
        ", RN.\n",
    )
    b("-", g.name(rn, g.pick(("initial", "full"))), g.pick((", RN", " RN BSN", ", LPN")), "\n")


@T("clinical_note")
def lab_report(g: Gen, b: Builder) -> None:
    p, doc, tech = g.person(), g.person(), g.person()
    d = g.day()
    a = address(g, p.loc)
    b(
        g.pick(("QUEST DIAGNOSTICS", "LabCorp", "Synlab", "PATHOLOGY SERVICES")),
        " - ",
        g.pick(vocab.DEPARTMENTS),
        " laboratory",
        "   CLIA ",
        g.ref(text=g.fill("##D#######")),
        "\n",
    )
    b("=" * 72, "\n")
    b(f"{'PATIENT:':<12}", g.name(p, "LAST_FIRST"), "\n")
    b(
        f"{'DOB:':<12}",
        g.date(style=g.pick(("mm/dd/yyyy", "dd-Mon-yyyy")), dob=True),
        f"{'':<6}AGE: ",
        g.age(),
        f"{'':<6}SEX: ",
        "F" if p.female else "M",
        "\n",
    )
    b(f"{'ADDRESS:':<12}", one_line(a), "\n")
    b(f"{'PHONE:':<12}", g.phone(p.loc), f"{'':<4}", "PT ID: ", g.ident("mrn"), "\n")
    b(
        f"{'ORDERED BY:':<12}",
        g.name(doc, g.pick(("LAST_FIRST", "UPPER"))),
        ", MD   NPI ",
        g.ident("professional"),
        "\n",
    )
    b(
        f"{'COLLECTED:':<12}",
        g.date(d, "mm/dd/yyyy"),
        " ",
        _clock(g, 6, 11),
        f"{'':<4}RECEIVED: ",
        g.date(d, "mm/dd/yyyy"),
        "  REPORTED: ",
        g.date(d + timedelta(days=1), "mm/dd/yyyy"),
        "\n",
    )
    b("=" * 72, "\n")
    b(f"{'TEST':<28}{'RESULT':>10}  {'FLAG':<5}{'UNITS':<12}{'REF RANGE':<14}\n")
    rows = (
        ("Glucose", 70, 99, "mg/dL"),
        ("Creatinine", 0.6, 1.3, "mg/dL"),
        ("Sodium", 135, 145, "mmol/L"),
        ("Potassium", 3.5, 5.1, "mmol/L"),
        ("Hemoglobin A1c", 4.0, 5.6, "%"),
        ("TSH", 0.4, 4.5, "mIU/L"),
        ("WBC", 4.0, 11.0, "x10E3/uL"),
        ("Hemoglobin", 12.0, 17.5, "g/dL"),
        ("LDL Cholesterol", 0, 99, "mg/dL"),
    )
    for name, lo, hi, unit in g.rng.sample(rows, g.rng.randrange(4, 8)):
        val = round(g.rng.uniform(lo * 0.7, hi * 1.4 + 0.5), 1)
        flag = "H" if val > hi else "L" if val < lo else ""
        b(f"{name:<28}{val:>10}  {flag:<5}{unit:<12}{f'{lo}-{hi}':<14}\n")
    if g.chance(0.5):
        b("\nCOMMENT: Critical value called to Dr. ", g.name(doc, "last"), "'s office at ", g.phone(), ".\n")
    else:
        b(
            "\nCOMMENT: ",
            g.pick(("Specimen slightly hemolyzed.", "Fasting: Y.", "Non-fasting specimen.")),
            "\n",
        )
    b(
        "Verified: ",
        g.name(tech, g.pick(("initial", "full"))),
        ", MT(ASCP)  ",
        g.date(d + timedelta(days=1), "iso"),
        "\nPage 1 of 1    CONFIDENTIAL HEALTH INFORMATION\n",
    )


@T("clinical_note")
def home_visit_note(g: Gen, b: Builder) -> None:
    p, nurse, gp, nok = g.person(), g.person(), g.person(), g.person()
    a = address(g, p.loc)
    b(g.pick(("District Nursing", "Community Nursing Team", "Home Health")), " - Visit Record\n")
    b(
        "Client: ",
        g.name(p, g.pick(("full", "UPPER"))),
        " (",
        g.pick(("NHS ", "ID ", "Ref ")),
        g.ident(g.pick(("nhs", "mrn"))),
        ")\n",
    )
    b("Visit address: ", one_line(a), "\n")
    b(
        "Access: key safe code ",
        g.ref(text=g.digits(4)),
        ", ",
        g.pick(("side door", "ring twice", "dog in kitchen")),
        "\n",
    )
    b("Date/time: ", g.date(style=g.pick(("dd/mm/yyyy", "d Mon yyyy"))), " ", _clock(g, 8, 18), "\n\n")
    b(
        "Reason for visit: ",
        g.pick(("wound care L shin", "insulin admin", "catheter change", "post-op check", "B12 injection")),
        ".\n",
    )
    b(
        "Seen at home with ",
        g.pick(("wife", "husband", "daughter", "carer", "neighbour")),
        " ",
        g.name(nok, g.pick(("first", "full"))),
        ". ",
        g.pick(("He", "She")) if g.chance(0.5) else g.name(p, "first"),
        f" reports {g.pick(vocab.CONDITIONS)} is {g.pick(('better', 'about the same', 'worse at night'))}. ",
        f"Obs: {filler.findings(g, 2, '; ')}.\n",
    )
    b(
        "Wound: 3 x 2 cm, moderate exudate, no malodour. Cleansed w/ NaCl 0.9%, Inadine + Kerlix, ",
        "next dressing change ",
        filler.weekday(g),
        ".\n",
    )
    b("Meds in dosette checked: ", ", ".join(g.rng.sample(vocab.DRUGS, 3)), ".\n")
    b(
        "Plan: inform GP Dr ",
        g.name(gp, "last"),
        " (",
        g.pick(("surgery", "practice")),
        " tel ",
        g.phone(p.loc),
        ") re ",
        g.pick(("BP", "swelling", "low sugars")),
        ". NOK ",
        g.name(nok, "full"),
        " mob ",
        g.phone(nok.loc),
        ".\n",
    )
    b("Signed: ", g.name(nurse, g.pick(("full", "initial"))), " ", g.pick(("RN", "Band 6 DN", "RGN")), "\n")


# ---------------------------------------------------------------- support e-mails


def _sig_vertical(g: Gen, b: Builder, p: Person, org: Ent) -> None:
    domain = g.domain_of(org)
    style = g.pick(("pipes", "vertical", "pronouns"))
    if style == "pipes":
        b(
            "--\n",
            g.name(p, "full"),
            " | ",
            g.pick(vocab.JOB_TITLES),
            " | ",
            org,
            "\n",
            "o: ",
            g.phone(p.loc),
            " | m: ",
            g.phone(p.loc),
            " | ",
            g.email(p, domain),
            "\n",
        )
    elif style == "vertical":
        b(g.name(p, g.pick(("full", "UPPER"))), "\n", g.pick(vocab.JOB_TITLES), "\n", org, "\n\n")
        for label in g.rng.sample(("Office", "Mobile", "Cell", "Fax", "Direct line", "Switchboard"), 3):
            b(f"{label}:".ljust(13), g.phone(p.loc, ext=0.3 if label == "Office" else 0), "\n")
        b(
            "Email:".ljust(13),
            g.email(p, domain),
            "\n",
            "Web:".ljust(13),
            ent(f"https://www.{domain}", "URL"),
            "\n",
        )
        b(one_line(address(g, p.loc), g.chance(0.5)), "\n")
    else:
        b(
            "Best,\n",
            g.name(p, "first"),
            "\n\n",
            g.name(p, "full"),
            " (",
            "she/her" if p.female else "he/him",
            ")\n",
            g.pick(vocab.JOB_TITLES),
            ", ",
            org,
            "\n",
            g.phone(p.loc),
            " · ",
            g.email(p, domain),
            "\n",
            "Working hours: Mon-Thu. Please don't feel obliged to reply outside yours.\n",
        )
    if g.chance(0.6):
        b(
            "\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
            "addressee and may contain privileged information. If you received it in error, notify the "
            "sender and delete it. ",
            org,
            " accepts no liability for viruses.\n",
        )


@T("support_email")
def quoted_reply_thread(g: Gen, b: Builder) -> None:
    cust, agent, lead, org = g.person(), g.person(), g.person(), g.org()
    domain = g.domain_of(org)
    cust_mail, agent_mail = g.email(cust), g.email(agent, domain)
    d = g.day()
    b(
        "Hi ",
        g.name(agent, "first"),
        ",\n\n",
        "thanks, that worked. One more thing: the new card is ",
        g.card(),
        " (exp ",
        g.pick(("04/27", "11/26", "09/28")),
        "), please use it for the next renewal.\n\n",
    )
    b("Cheers\n", g.name(cust, "first"), "\n\n")
    b(
        "On ",
        filler.weekday(g)[:3],
        ", ",
        g.date(d, "d Mon yyyy"),
        " at ",
        f"{g.rng.randrange(8, 18)}:{g.rng.randrange(10, 59)}",
        ", ",
        g.name(agent, "full"),
        " <",
        agent_mail,
        "> wrote:\n",
    )
    b(
        "> Dear ",
        g.name(cust, "first"),
        ",\n>\n> I've reset the password for ",
        cust_mail,
        ". You should receive a link shortly.\n> If not, call us on ",
        g.phone(),
        ".\n>\n> Kind regards,\n> ",
        g.name(agent, "first"),
        "\n>\n",
    )
    b("> From: ", g.name(cust, g.pick(("full", "last_first"))), " <", cust_mail, ">\n")
    b("> Sent: ", filler.weekday(g), ", ", g.date(d - timedelta(days=1), "Month d, yyyy"), " 9:41 PM\n")
    b("> To: Support <", ent(f"support@{domain}", "EMAIL_ADDRESS"), ">\n")
    b("> Cc: ", g.name(lead, "full"), " <", g.email(lead, domain), ">\n")
    b("> Subject: Locked out of ", g.pick(vocab.PRODUCTS), "\n>\n")
    b(
        ">> Hello, ",
        filler.issue(g),
        ". My username is ",
        cust_mail,
        " and I last logged in from ",
        g.ip(),
        ".\n>> My phone is ",
        g.phone(cust.loc),
        " and I live at ",
        one_line(address(g, cust.loc)),
        ".\n",
    )
    b(">> Thanks, ", g.name(cust, "full"), "\n")


@T("support_email")
def out_of_office(g: Gen, b: Builder) -> None:
    p, cover, org = g.person(), g.person(), g.org()
    domain = g.domain_of(org)
    back = g.day()
    b(
        "Subject: ",
        g.pick(("Automatic reply: ", "Out of Office: ", "Abwesenheitsnotiz: ", "Autoreply: ")),
        g.pick(("RE: ", "")),
        g.pick(("Invoice query", "Your order", filler.product(g) + " licence")),
        "\n\n",
    )
    b(
        g.pick(("Thank you for your message. ", "Hello, ", "")),
        "I am ",
        g.pick(("out of the office", "on annual leave", "on parental leave", "travelling")),
        " until ",
        g.date(back, g.pick(("Month d", "d Month yyyy", "dd/mm/yyyy", "Mon dth"))),
        " with limited access to e-mail.\n",
    )
    b(
        "For urgent matters please contact my colleague ",
        g.name(cover, "full"),
        " (",
        g.email(cover, domain),
        ", ",
        g.phone(cover.loc),
        ")",
        *(
            (
                " or the team inbox ",
                ent(f"{g.pick(('sales', 'accounts', 'info'))}@{domain}", "EMAIL_ADDRESS"),
                ".",
            )
            if g.chance(0.5)
            else (".",)
        ),
        "\n",
    )
    if g.chance(0.5):
        b(
            "\nIch bin bis zum ",
            g.date(back, "dd.mm.yyyy"),
            " nicht im Büro. In dringenden Fällen wenden Sie sich bitte an ",
            g.name(cover, "full"),
            ".\n",
        )
    b("\n")
    _sig_vertical(g, b, p, org)


@T("support_email")
def helpdesk_notification(g: Gen, b: Builder) -> None:
    cust, agent, org = g.person(), g.person(), g.org()
    cust_mail = g.email(cust)
    d = g.day()
    b("##- Please type your reply above this line -##\n\n")
    b(
        "Your request (#",
        g.ref(text=g.digits(5)),
        ") has been updated. To add additional comments, reply to this email.\n",
    )
    b("-" * 40, "\n\n")
    b(
        g.name(agent, "full"),
        " (",
        org,
        ")\n",
        g.date(d, "Mon d, yyyy"),
        ", ",
        _clock(g, 8, 18),
        " ",
        g.pick(("GMT", "CET", "EST", "PST")),
        "\n\n",
    )
    b(
        "Hi ",
        g.name(cust, "first"),
        ",\n\nI've checked with our ",
        g.pick(("courier", "billing team", "warehouse")),
        f" and {g.pick(('the parcel', 'the credit', 'the replacement'))} will be sent {filler.weekday(g)}. "
        "Could you confirm the address below is still correct?\n\n",
    )
    b(block(address(g, cust.loc), "    ", g.chance(0.5)), "\n")
    b(g.name(agent, "first"), "\n", g.pick(vocab.JOB_TITLES), "\n\n")
    b(
        "-" * 40,
        "\n\n",
        g.name(cust, "full"),
        "\n",
        g.date(d - timedelta(days=2), "Mon d, yyyy"),
        ", ",
        _clock(g, 8, 18),
        "\n\n",
    )
    b(
        filler.issue(g).capitalize(),
        ". Order ",
        g.ref(),
        ". ",
        g.pick(("It's the 3rd time!", "Please help.", "")),
        " You can call me at ",
        g.phone(cust.loc),
        g.pick((" after 6", "", " (WhatsApp only)")),
        ".\n\n",
    )
    b(
        "-" * 40,
        "\n",
        "Requester: ",
        g.name(cust, "full"),
        " <",
        cust_mail,
        ">\n",
        "Phone: ",
        g.phone(cust.loc),
        "\nAssignee: ",
        g.name(agent, "full"),
        "\nPriority: ",
        g.pick(("Normal", "High", "Urgent")),
        "\n\n",
        "This email is a service from ",
        org,
        ". Delivered by Zendesk\n",
        "[",
        g.ref(text=g.fill("@@@#@#-@#@@")),
        "]",
        "\n",
    )


# ---------------------------------------------------------------- transcripts


@T("chat_transcript")
def caption_file(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(g.rng.randrange(2, 4))]
    guest = g.person()
    b("WEBVTT\n\n")
    t = g.rng.randrange(0, 20_000)  # ms
    lines = [
        ("Okay, I think we're recording. Welcome everyone, and welcome ", g.name(guest, "first"), "."),
        (
            "Thanks for having me. I'm ",
            g.name(guest, "full"),
            ", I run the ",
            g.pick(vocab.DEPARTMENTS),
            " side at ",
            g.org(),
            ".",
        ),
        ("Great. ", g.name(ppl[1 % len(ppl)], "first"), ", do you want to share your screen?"),
        (
            "Yep, one sec. So this is the ",
            filler.product(g),
            " dashboard from ",
            g.date(style="Month d"),
            ".",
        ),
        ("Sorry, who sent that? Was it ", g.name(ppl[0], "first"), " or ", g.name(g.person(), "full"), "?"),
        ("It came from ", g.email(guest), ", I'll forward it after the call."),
        ("And if anyone needs me I'm on ", g.phone(guest.loc), "."),
        ("Perfect. Let's pick this up ", filler.weekday(g), ". Bye all."),
    ]
    for i, text in enumerate(lines):
        start = t
        t += g.rng.randrange(3000, 14000)
        who = guest if i in (1, 5, 6) else ppl[i % len(ppl)]
        b(
            f"{i + 1}\n",
            f"00:{start // 60000:02d}:{start // 1000 % 60:02d}.{start % 1000:03d} --> ",
            f"00:{t // 60000:02d}:{t // 1000 % 60:02d}.{t % 1000:03d}\n",
        )
        b(g.name(who, g.pick(("full", "full", "first"))), ": ", text, "\n\n")


def _spoken_dob(g: Gen) -> Ent:
    d = g.day(1935, 2004)
    text = g.pick(
        (
            f"{fmt_date(d, 'the dth of Month')} {d.year}",
            fmt_date(d, "d Month yyyy"),
            fmt_date(d, "Month d, yyyy").replace(",", ""),
        )
    )
    return ent(text.lower(), "DATE", dob=True)


@T("chat_transcript")
def diarised_asr(g: Gen, b: Builder) -> None:
    agent, caller = g.person(), g.person()
    a = address(g, caller.loc)
    labelled = g.chance(0.5)

    def who(i: int, p: Person) -> tuple:
        return (f"SPEAKER_{i} (", g.name(p, "full"), ")") if labelled else (f"SPEAKER_{i:02d}",)

    turns = [
        (
            0,
            agent,
            (
                "thank you for calling ",
                lower(g.org()),
                " my name is ",
                g.name(agent, "first_lower"),
                " how can i help",
            ),
        ),
        (
            1,
            caller,
            ("hi yeah um its ", g.name(caller, "lower"), " i'm calling about ", filler.issue(g).lower()),
        ),
        (0, agent, ("okay sorry to hear that can i take your date of birth please",)),
        (1, caller, ("its ", _spoken_dob(g))),
        (0, agent, ("and the postcode",)),
        (1, caller, (lower(a.zip), " so thats ", lower(a.street))),
        (
            0,
            agent,
            (
                "lovely thanks ",
                g.name(caller, "first_lower"),
                " and is ",
                g.phone(caller.loc),
                " still the best number",
            ),
        ),
        (
            1,
            caller,
            ("yeah or my wife's mobile she's called ", g.name(g.person(caller.loc, True), "first_lower")),
        ),
        (0, agent, ("okay i've raised that for you reference ", g.ref(), " anything else today")),
    ]
    t = g.rng.randrange(0, 30)
    for i, p, text in turns:
        t += g.rng.randrange(2, 20)
        b(f"[{t // 60:02d}:{t % 60:02d}] " if g.chance(0.5) else "", who(i, p), ": ", text, "\n")


@T("chat_transcript")
def irc_channel_log(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(4)]
    nicks = [g.name(p, "first_lower") for p in ppl]
    d = g.day()
    b("--- Log opened ", filler.weekday(g)[:3], " ", g.date(d, "Mon d, yyyy"), " ", _clock(g, 0, 23), "\n")
    b(
        _clock(g, 9, 10),
        " -!- ",
        nicks[3],
        " [~",
        nicks[3],
        "@",
        g.ip(),
        "] has joined #",
        g.pick(("ops", "infra", "helpdesk")),
        "\n",
    )

    clocks = iter(_clocks(g, 5, 10 * 60, 17 * 60))

    def say(i: int, *text) -> None:
        b(
            f"{next(clocks)} <",
            g.pick(("", "@", "+")),
            nicks[i],
            "> ",
            *text,
            "\n",
        )

    say(0, "morning. who's on call? ", g.name(ppl[1], "first"), "?")
    say(1, nicks[0], ": me. the box at ", g.ip(), " is down again")
    say(
        2,
        "@",
        nicks[1],
        " ",
        g.name(g.person(), "full"),
        " from ",
        g.org(),
        " mailed ",
        g.email(g.person()),
        " about it too",
    )
    say(3, "fwiw I'm on ", g.phone(), " if someone needs a hand, ", nicks[2])
    say(1, "ty ", nicks[3], ". ", g.pick(("rebooting", "restarting nginx", "failing over")), " now")
    b(
        f"{g.rng.randrange(17, 19):02d}:{g.rng.randrange(60):02d} * ",
        nicks[0],
        " ",
        g.pick(("waves", "goes afk", "hands over to")),
        " ",
        g.name(ppl[2], "first"),
        "\n",
    )
    b(
        f"{g.rng.randrange(19, 23):02d}:{g.rng.randrange(60):02d} -!- ",
        nicks[3],
        " has quit [Quit: ",
        g.pick(("Leaving", "brb", "ZNC - https://znc.in")),
        "]\n",
    )
    b("--- Log closed ", g.date(d, "Mon d, yyyy"), "\n")


# ---------------------------------------------------------------- HR


@T("hr_record")
def employment_verification(g: Gen, b: Builder) -> None:
    p, hr, org = g.person(), g.person(), g.org()
    a_org = address(g, hr.loc)
    start = g.day(2005, 2020)
    b(
        org,
        "\n",
        block(a_org),
        "Tel ",
        g.phone(hr.loc),
        "\n\n",
        g.date(style=g.pick(("Month d, yyyy", "d Month yyyy"))),
        "\n\n",
    )
    b("RE: Verification of Employment - ", g.name(p, g.pick(("full", "UPPER"))), "\n\n")
    b("To Whom It May Concern:\n\n")
    b(
        "This letter confirms that ",
        g.title(p),
        g.name(p, "full"),
        " (Employee ID ",
        g.ident("employee"),
        ", date of birth ",
        g.date(style=g.pick(("mm/dd/yyyy", "d Month yyyy")), dob=True),
        ") has been employed by ",
        org,
        " since ",
        g.date(start, g.pick(("Month d, yyyy", "mm/dd/yyyy"))),
        " as a ",
        g.pick(vocab.JOB_TITLES),
        ", full-time, ",
        g.pick(("37.5", "40", "35")),
        " hours per week.\n\n",
    )
    b(
        ("Her" if p.female else "His") if g.chance(0.5) else (g.name(p, "first"), "'s"),
        f" current base salary is ${g.rng.randrange(38, 160)},{g.rng.randrange(100, 999)} per annum. ",
        "The last four digits of the social security number on file are ",
        g.ref(text=g.digits(4)),
        ".\n\n",
    )
    b("Our records show the home address as ", one_line(address(g, p.loc)), ".\n\n")
    b(
        "This information is provided at the request of the employee for a ",
        g.pick(("mortgage application", "rental application", "visa application")),
        " and is confidential. ",
        "Questions may be directed to the undersigned at ",
        g.phone(hr.loc, ext=0.6),
        " or ",
        g.email(hr, g.domain_of(org)),
        ".\n\nSincerely,\n\n\n",
        g.name(hr, g.pick(("full", "middle"))),
        "\n",
        g.pick(("HR Generalist", "People Ops", "HR Business Partner")),
        "\n",
    )


@T("hr_record")
def payslip(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    a = address(g, p.loc)
    d = g.day()
    b(org, "   PAYSLIP\n")
    b("-" * 64, "\n")
    b(f"{'Employee':<16}", g.name(p, g.pick(("UPPER", "full", "LAST_FIRST"))), "\n")
    b(
        f"{'Emp No':<16}",
        g.ident("employee"),
        f"{'':<6}{'Tax code':<10}{g.pick(('1257L', 'BR', 'K475', 'S1257L'))}\n",
    )
    b(
        *g.pick(
            (
                (f"{'NI Number':<16}", g.ident("national", "en_GB")),
                (f"{'SSN':<16}", g.ident("ssn")),
                (f"{'Tax ID':<16}", g.ident("national", p.loc)),
            )
        ),
        "\n",
    )
    b(
        f"{'Pay date':<16}",
        g.date(d, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy"))),
        f"{'':<6}Period {g.rng.randrange(1, 13):02d}\n",
    )
    b(f"{'Department':<16}{g.pick(vocab.DEPARTMENTS)}\n")
    b("-" * 64, "\n", f"{'PAYMENTS':<22}{'Units':>8}{'Rate':>10}{'Amount':>12}\n")
    gross = 0.0
    for item in g.rng.sample(("Basic Pay", "Overtime 1.5x", "Shift Allowance", "Bonus", "Holiday Pay"), 3):
        units, rate = g.rng.randrange(1, 160), g.rng.randrange(12, 60) + 0.5
        gross += units * rate
        b(f"{item:<22}{units:>8}{rate:>10.2f}{units * rate:>12.2f}\n")
    b(f"{'DEDUCTIONS':<22}\n")
    for item in ("Income Tax", "National Insurance", "Pension 5%", "Student Loan"):
        b(f"{item:<40}{gross * g.rng.uniform(0.02, 0.2):>12.2f}\n")
    b("-" * 64, "\n", f"{'Gross':<22}{gross:>30.2f}\n")
    b(
        "Paid to: ",
        *g.pick(
            (
                ("IBAN ", g.iban(p.loc)),
                ("Sort code ", g.ref(text=g.fill("##-##-##")), "  Acc ", g.ident("account")),
            )
        ),
        "\n",
    )
    b("\n", g.name(p, g.pick(("UPPER", "full"))), "\n", block(a, caps_city=g.chance(0.5)))


@T("hr_record")
def interview_notes(g: Gen, b: Builder) -> None:
    cand, iv1, iv2, prev = g.person(), g.person(), g.person(), g.person()
    b("Interview notes - ", g.pick(vocab.JOB_TITLES), " (req ", g.ref(text=g.fill("R-####")), ")\n")
    b(
        "Candidate: ",
        g.name(cand, "full"),
        "   Date: ",
        g.date(style=g.pick(("dd/mm/yyyy", "Mon d, yyyy"))),
        "\nPanel: ",
        g.name(iv1, g.pick(("full", "initial"))),
        ", ",
        g.name(iv2, g.pick(("full", "initial"))),
        "\n\n",
    )
    qa = [
        (
            ("Tell us about your current role.",),
            (
                "I'm at ",
                g.org(),
                " in ",
                address(g, cand.loc).city,
                ", reporting to ",
                g.name(prev, "full"),
                ". I look after ",
                filler.product(g),
                " and a team of ",
                str(g.rng.randrange(2, 12)),
                ".",
            ),
        ),
        (
            ("Why are you leaving?",),
            (
                "Honestly the commute. We moved to ",
                address(g, cand.loc).city,
                " in ",
                vocab.MONTHS[g.rng.randrange(12)],
                ".",
            ),
        ),
        (
            ("Can we contact your referees?",),
            (
                "Yes - ",
                g.name(prev, "first"),
                " is fine, ",
                g.email(prev),
                ", and ",
                g.name(g.person(), "full"),
                " who was my manager before, on ",
                g.phone(),
                ".",
            ),
        ),
        (
            ("Notice period and salary expectations?",),
            ("One month, around ", str(g.rng.randrange(40, 95)), "k."),
        ),
    ]
    qlab, alab = g.pick((("Q: ", "A: "), ("Q. ", "A. "), (g.name(iv1, "first"), g.name(cand, "first"))))
    for q, a_ in qa:
        if isinstance(qlab, str):
            b(qlab, q, "\n", alab, a_, "\n\n")
        else:
            b(qlab, ": ", q, "\n", alab, ": ", a_, "\n\n")
    b(
        "Assessment: strong on ",
        ", ".join(g.rng.sample(vocab.SKILLS, 2)),
        "; ",
        g.name(cand, "last"),
        " seemed unsure on ",
        g.pick(vocab.SKILLS),
        ". Recommend ",
        g.pick(("2nd round", "offer", "reject")),
        ". - ",
        g.name(iv2, "initial"),
        "\n",
    )


# ---------------------------------------------------------------- forms


@T("form_invoice")
def rental_application_table(g: Gen, b: Builder) -> None:
    p, landlord, boss = g.person(), g.person(), g.person()
    cur = address(g, p.loc)
    b("## Rental Application - ", one_line(address(g, p.loc)), "\n\n")
    b("| Field | Applicant |\n|---|---|\n")
    rows = [
        ("Full legal name", (g.name(p, "full"),)),
        ("Date of birth", (g.date(style=g.pick(("mm/dd/yyyy", "iso", "dd/mm/yyyy")), dob=True),)),
        ("SSN / ID", (g.ident(g.pick(("ssn", "national", "licence"))),)),
        ("Current address", one_line(cur)),
        ("Time at address", (f"{g.rng.randrange(1, 9)} yrs",)),
        ("Mobile", (g.phone(p.loc),)),
        ("E-mail", (g.email(p),)),
        ("Current landlord", (g.name(landlord, "full"), " – ", g.phone(landlord.loc))),
        ("Employer", (g.org(), ", ", g.pick(vocab.JOB_TITLES))),
        ("Supervisor", (g.name(boss, g.pick(("full", "last_first"))),)),
        ("Monthly income", (f"${g.rng.randrange(2, 12)},{g.rng.randrange(100, 999)}",)),
        ("Pets", (g.pick(("none", "1 cat", "dog (Labrador)")),)),
        ("Smoker", ("No",)),
    ]
    for label, value in rows:
        b("| ", label, " | ", value, " |\n")
    b(
        "\n- [x] I authorise a credit check\n- [ ] Guarantor required\n- [x] Move-in date: ",
        g.date(style=g.pick(("mm/dd/yyyy", "Month d"))),
        "\n\nSignature: ",
        g.name(p, "full"),
        "    Date: ",
        g.date(style="mm/dd/yy"),
        "\n",
    )


@T("form_invoice")
def multilingual_transfer_form(g: Gen, b: Builder) -> None:
    p, ben = g.person(), g.person(g.pick(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")))
    a, ba = address(g, p.loc), address(g, ben.loc)
    lead = g.pick((".", "_", " "))

    def row(label: str, *value) -> None:
        b(label, " ", lead * max(3, 40 - len(label)), " ", *value, "\n")

    b(
        g.pick(
            (
                "INTERNATIONAL TRANSFER ORDER / ORDRE DE VIREMENT / ÜBERWEISUNGSAUFTRAG",
                "Formulaire de virement SEPA / SEPA Credit Transfer",
            )
        ),
        "\n\n",
    )
    b(
        "[",
        " " if p.female else "X",
        "] Mr / M. / Herr   [",
        "X" if p.female else " ",
        "] Ms / Mme / Frau\n\n",
    )
    b("ORDERING CUSTOMER / DONNEUR D'ORDRE\n")
    row("Name / Nom / Nombre", g.name(p, g.pick(("full", "UPPER", "last_first"))))
    row("Straße / Rue / Calle", a.street)
    row("PLZ / Code postal / Código postal", a.zip)
    row("Ort / Ville / Ciudad", a.city)
    row("IBAN", g.iban(p.loc))
    row("Tel.", g.phone(p.loc))
    b("\nBENEFICIARY / BÉNÉFICIAIRE / BEGÜNSTIGTER\n")
    row("Name / Nom / Nombre", g.name(ben, "full"))
    row("Adresse / Dirección", one_line(ba))
    row("IBAN", g.iban(ben.loc))
    row("BIC / SWIFT", g.ref(text=g.fill("@@@@@@@@XXX")))
    row("Montant / Betrag / Importe", f"EUR {g.rng.randrange(50, 9000)},{g.rng.randrange(10, 99)}")
    row("Verwendungszweck / Motif", g.pick(("Miete ", "Facture ", "Rechnung ")), g.ref())
    b(
        "\n",
        address(g, p.loc).city,
        ", le ",
        g.date(style=g.pick(("dd.mm.yyyy", "dd/mm/yyyy"))),
        "      Unterschrift / Signature: ",
        g.name(p, g.pick(("initial", "full"))),
        "\n",
    )


@T("form_invoice")
def shipping_label(g: Gen, b: Builder) -> None:
    s, r = g.person(), g.person(g.pick(("en_US", "en_GB", "de_DE", "fr_FR", "en_CA", "nl_NL", g.locale)))
    b(
        g.pick(
            (
                "UPS GROUND",
                "FedEx 2Day",
                "DHL EXPRESS WORLDWIDE",
                "Royal Mail Tracked 48",
                "USPS PRIORITY MAIL",
            )
        ),
        "\n",
        "=" * 44,
        "\nFROM:\n",
    )
    b(g.name(s, "UPPER"), "\n", *upper(block(address(g, s.loc))))
    b(g.phone(s.loc), "\n\nSHIP TO:\n")
    b(
        g.name(r, "UPPER"),
        "\n",
        *((g.pick(("", "C/O ")), g.org(r.loc).upper(), "\n") if g.chance(0.4) else ()),
        block(address(g, r.loc), country=True, caps_city=True),
    )
    b("TEL: ", g.phone(r.loc), "\n", "=" * 44, "\n")
    b(
        "TRACKING #: ",
        g.ref(text=g.fill(g.pick(("1Z@@@###########", "@@#########GB", "#### #### ####")))),
        "\n",
    )
    b(f"WT: {g.rng.randrange(1, 30)}.{g.rng.randrange(10)} LBS   DIM: 12x10x8   REF1: ", g.ref(), "\n")
    b("SHIP DATE: ", g.date(style=g.pick(("dd Mon yyyy", "mm/dd/yyyy", "iso"))), "\n")
    if g.chance(0.5):
        b(
            "\nCN22 CUSTOMS DECLARATION  [X] Gift  [ ] Commercial sample  [ ] Documents\n",
            f"Contents: {g.pick(vocab.PRODUCT_LINES)}   Value: {g.rng.randrange(5, 200)}.00 USD\n",
            "Sender signature: ",
            g.name(s, "initial"),
            "\n",
        )


# ---------------------------------------------------------------- international contacts


@T("intl_contacts")
def vcards(g: Gen, b: Builder) -> None:
    for loc in g.other_locales(g.rng.randrange(4, 7)):
        p, a, org = g.person(loc), address(g, loc), g.org(loc)
        b("BEGIN:VCARD\nVERSION:", g.pick(("3.0", "4.0")), "\n")
        b("N:", g.name(p, "last"), ";", g.name(p, "first"), ";;;\n", "FN:", g.name(p, "full"), "\n")
        b("ORG:", org, "\n", "TITLE:", g.pick(vocab.JOB_TITLES), "\n")
        b("TEL;TYPE=", g.pick(("CELL", "cell,voice", "WORK")), ":", g.phone(loc), "\n")
        if g.chance(0.5):
            b("TEL;TYPE=HOME:", g.phone(loc), "\n")
        b("EMAIL;TYPE=INTERNET:", g.email(p, g.domain_of(org) if g.chance(0.5) else None), "\n")
        region = (";", a.region, ";") if a.region else (";;",)
        b(
            "ADR;TYPE=",
            g.pick(("HOME", "WORK")),
            ":;;",
            a.street,
            ";",
            a.city,
            region,
            a.zip,
            ";",
            a.country,
            "\n",
        )
        if g.chance(0.4):
            b("BDAY:", g.date(style="iso", dob=True), "\n")
        b("NOTE:met at ", g.pick(("MWC", "Web Summit", "the Berlin offsite", "CES")), "\nEND:VCARD\n")


@T("intl_contacts")
def json_user_records(g: Gen, b: Builder) -> None:
    b('{"users": [\n')
    locs = g.other_locales(g.rng.randrange(4, 7))
    for i, loc in enumerate(locs):
        p, a = g.person(loc), address(g, loc)
        b('  {\n    "id": ', str(g.rng.randrange(10000, 99999)), ",\n")
        b('    "name": {"given": "', g.name(p, "first"), '", "family": "', g.name(p, "last"), '"},\n')
        b('    "email": "', g.email(p), '",\n    "phone": "', g.phone(loc), '",\n')
        b('    "birthDate": "', g.date(style="iso", dob=True), '",\n')
        b(
            '    "address": {"line1": "',
            a.street,
            '", "city": "',
            a.city,
            '", "postalCode": "',
            a.zip,
            '", "country": "',
            loc[-2:],
            '"},\n',
        )
        b('    "lastLoginIp": "', g.ip(), '",\n    "locale": "', loc.replace("_", "-"), '",\n')
        b(
            '    "marketingOptIn": ',
            g.pick(("true", "false")),
            ', "status": "',
            g.pick(("active", "pending")),
            '"\n  }',
            "," if i < len(locs) - 1 else "",
            "\n",
        )
    b("]}\n")


# Countries outside places.LOCALES, written by hand: culture for the names, then a few address shapes
# (street, city, region or None, postcode or None, country) with `#` digits, and phone shapes.
_WORLD = (
    (
        "Japanese",
        (
            ("#-##-# Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
            ("#-#-## Umeda, Kita-ku", "Osaka", "Osaka", "530-0001"),
            ("Sakura Mansion ###, #-##-# Jingumae", "Shibuya-ku", "Tokyo", "150-0001"),
        ),
        "Japan",
        ("+81 3-####-####", "090-####-####", "+81 80 #### ####"),
    ),
    (
        "Indian",
        (
            ("Flat ###, Sai Residency, ##th Cross, Indiranagar", "Bengaluru", "Karnataka", "560038"),
            ("##/#, Anna Salai, Teynampet", "Chennai", "Tamil Nadu", "600018"),
            ("H.No. #-#-###, Banjara Hills", "Hyderabad", "Telangana", "500034"),
        ),
        "India",
        ("+91 98### #####", "+91-9#########", "0## ########"),
    ),
    (
        "Yoruba",
        (
            ("## Adeola Odeku Street, Victoria Island", "Lagos", "Lagos State", "101241"),
            ("Plot ##, Ring Road", "Ibadan", "Oyo State", None),
        ),
        "Nigeria",
        ("+234 803 ### ####", "0805 ### ####"),
    ),
    (
        "Igbo",
        (("## Zik Avenue, Uwani", "Enugu", "Enugu State", "400102"),),
        "Nigeria",
        ("+234 806 ### ####",),
    ),
    (
        "Ghanaian",
        (
            ("House No. ##, Oxford Street, Osu", "Accra", None, "GA-###-####"),
            ("Plot ## Block C, Asokwa", "Kumasi", None, "AK-###-####"),
        ),
        "Ghana",
        ("+233 24 ### ####", "020 ### ####"),
    ),
    (
        "Kenyan",
        (
            ("P.O. Box #####-00100", "Nairobi", None, None),
            ("Apt #B, Riverside Drive", "Nairobi", None, "00100"),
        ),
        "Kenya",
        ("+254 7## ######", "07## ### ###"),
    ),
    (
        "Ethiopian",
        (("Bole Sub-City, Woreda 03, House No. ####", "Addis Ababa", None, None),),
        "Ethiopia",
        ("+251 91 ### ####",),
    ),
    (
        "Chinese (pinyin)",
        (
            ("Room ####, No. ## Century Avenue, Pudong New Area", "Shanghai", None, "200120"),
            ("No. ## Zhongguancun Street, Haidian District", "Beijing", None, "100080"),
        ),
        "China",
        ("+86 138 #### ####", "+86 10 #### ####"),
    ),
    (
        "Korean",
        (("Apt ###-####, ## Teheran-ro #-gil, Gangnam-gu", "Seoul", None, "06234"),),
        "South Korea",
        ("+82 10-####-####", "010-####-####"),
    ),
    (
        "Turkish",
        (("Atatürk Cad. No: ## D: #, Kadıköy", "İstanbul", None, "34710"),),
        "Türkiye",
        ("+90 5## ### ## ##",),
    ),
    (
        "Arabic",
        (
            ("Villa ##, Street #, Al Barsha 2", "Dubai", None, None),
            ("Office ###, Al Wasl Road", "Dubai", None, None),
        ),
        "UAE",
        ("+971 50 ### ####", "04 ### ####"),
    ),
    (
        "Arabic",
        (("## Rue Ibn Batouta, Gauthier", "Casablanca", None, "20060"),),
        "Maroc",
        ("+212 6## ## ## ##",),
    ),
    (
        "Pakistani",
        (("House ##, Street #, F-7/2", "Islamabad", None, "44000"),),
        "Pakistan",
        ("+92 300 #######", "0321-#######"),
    ),
    (
        "Bangladeshi",
        (("House ##, Road #, Dhanmondi", "Dhaka", None, "1205"),),
        "Bangladesh",
        ("+880 17## ######",),
    ),
    (
        "Filipino",
        (("### Rizal Avenue, Brgy. San Roque", "Quezon City", "Metro Manila", "1109"),),
        "Philippines",
        ("+63 917 ### ####", "0918 ### ####"),
    ),
    (
        "Indonesian",
        (("Jl. Sudirman No. ##, Kebayoran Baru", "Jakarta Selatan", "DKI Jakarta", "12190"),),
        "Indonesia",
        ("+62 812-####-####",),
    ),
    (
        "Vietnamese",
        (("Số ## Nguyễn Huệ, Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh", "700000"),),
        "Vietnam",
        ("+84 90 ### ## ##",),
    ),
    (
        "Latin American",
        (("Av. Insurgentes Sur ####, Col. Del Valle", "Ciudad de México", "CDMX", "03100"),),
        "México",
        ("+52 55 #### ####",),
    ),
    (
        "Latin American",
        (("Carrera ## # ##-##", "Bogotá", None, "110111"),),
        "Colombia",
        ("+57 3## ### ####",),
    ),
    ("Persian", (("No. ##, Valiasr St.", "Tehran", None, "15#########"),), "Iran", ("+98 912 ### ####",)),
    ("Greek", (("Ermou ##", "Athina", None, "105 63"),), "Greece", ("+30 69# ### ####",)),
)


def _world_person(g: Gen, culture: str) -> Person:
    female_names, male_names, lasts = outside_names.culture(culture)
    female = g.chance(0.5) if female_names and male_names else bool(female_names)
    firsts = female_names if female else male_names
    return Person(g.pick(firsts), g.pick(lasts), g.pick(firsts), female, "en_US")


@T("intl_contacts")
def world_mailing_list(g: Gen, b: Builder) -> None:
    g.multi = True
    b(
        g.pick(
            (
                "Alumni mailing list – overseas members",
                "Pen-pal exchange: addresses",
                "Conference speakers – shipping addresses for gifts",
            )
        ),
        "\n\n",
    )
    for culture, shapes, country, phones in g.rng.sample(_WORLD, g.rng.randrange(6, 9)):
        p = _world_person(g, culture)
        street, city, region, zip_ = g.pick(shapes)
        name = g.name(p, g.pick(("full", "full", "UPPER", "last_first")))
        if culture in ("Japanese", "Korean", "Chinese (pinyin)", "Hungarian") and g.chance(0.5):
            name = ent(f"{p.last} {p.first}", "PERSON")  # family name first
        b(name, g.pick(("\n", " — ")), ent(g.fill(street), "STREET_ADDRESS"), "\n")
        if culture == "Japanese" and g.chance(0.5):
            b(
                "〒",
                ent(g.fill(zip_), "ZIP_CODE"),
                " ",
                ent(region, "STATE_OR_COUNTRY"),
                " ",
                ent(city, "CITY"),
                "\n",
            )
        else:
            b(
                ent(city, "CITY"),
                *((", ", ent(region, "STATE_OR_COUNTRY")) if region else ()),
                *((" ", ent(g.fill(zip_), "ZIP_CODE")) if zip_ else ()),
                "\n",
            )
        b(
            ent(country, "STATE_OR_COUNTRY"),
            "\n",
            g.pick(("Tel ", "Ph: ", "WhatsApp ", "☎ ")),
            ent(g.fill(g.pick(phones)), "PHONE_NUMBER"),
        )
        if g.chance(0.6):
            b("  ", g.email(p, g.pick(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com"))))
        b("\n\n")
