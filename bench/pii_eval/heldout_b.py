"""HELD-OUT TEMPLATES: do not read or tune on this file (see templates_heldout.py)."""

from __future__ import annotations

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, one_line
from bench.pii_eval.values import Gen

T = Registry()


def _cues(g: Gen, n: int, sep: str) -> list[str]:
    t, out = g.rng.randrange(0, 30), []
    for _ in range(n):
        end = t + g.rng.randrange(2, 7)
        start, stop = f"00:{t // 60:02d}:{t % 60:02d}", f"00:{end // 60:02d}:{end % 60:02d}"
        out.append(f"{start}{sep}{g.digits(3)} --> {stop}{sep}000")
        t = end + g.rng.randrange(0, 3)
    return out


@T("chat_transcript")
def subtitle_interview(g: Gen, b: Builder) -> None:
    guest, host = g.person(), g.person()
    turns = [
        ("INTERVIEWER", ("Welcome. Could you introduce yourself?",)),
        (
            g.name(guest, "FIRST"),
            ("Sure, I'm ", g.name(guest, "full"), ", I run a bakery in ", address(g, guest.loc).city, "."),
        ),
        ("INTERVIEWER", ("And you started when?",)),
        (
            g.name(guest, "FIRST"),
            (
                "On ",
                g.date(style="Month dth, yyyy"),
                ", with my partner ",
                g.name(g.person(guest.loc), "first"),
                ".",
            ),
        ),
        (
            "INTERVIEWER",
            (
                "Thank you, ",
                g.name(guest, "last"),
                ". I'm ",
                g.name(host, "first"),
                ", this was ",
                g.pick(("Small Business Hour", "Local Voices")),
                ".",
            ),
        ),
    ]
    for i, ((who, text), cue) in enumerate(zip(turns, _cues(g, len(turns), ","), strict=True)):
        b(str(i + 1), "\n", cue, "\n", who, ": ", text, "\n\n")


@T("chat_transcript")
def deposition_qa(g: Gen, b: Builder) -> None:
    w, counsel = g.person(), g.person()
    a = address(g, w.loc)
    b("EXAMINATION BY ", g.name(counsel, "UPPER"), ":\n")
    qa = [
        ("Please state your full name for the record.", (g.name(w, "middle"), ".")),
        ("And where do you currently reside?", (one_line(a), ".")),
        ("How long have you lived there?", ("Since ", g.date(style="Month d, yyyy"), ".")),
        (
            (
                "Mr. " if not w.female else "Ms. ",
                g.name(w, "last"),
                ", were you employed by ",
                g.org(),
                " at the time?",
            ),
            (
                "Yes, until ",
                g.date(style="m/d/yyyy"),
                ". My supervisor was ",
                g.name(g.person(), "full"),
                ".",
            ),
        ),
        ("Is there a number where you can be reached?", ("My cell, ", g.phone(w.loc), ".")),
    ]
    for q, a_ in qa:
        b("Q. ", q, "\n", "A. ", a_, "\n")
    b("MS. " if counsel.female else "MR. ", g.name(counsel, "LAST"), ": Nothing further.\n")


@T("chat_transcript")
def irc_log(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(3)]
    nicks = [g.name(p, "first_lower") for p in ppl]
    b("--- Log opened ", g.pick(vocab.WEEKDAYS)[:3], " ", g.date(style="Mon d, yyyy"), "\n")
    b("* ", nicks[0], " has joined #helpdesk\n")
    b("<", nicks[0], "> anyone around? my ", filler.product(g), " login is broken\n")
    b("<", nicks[1], "> ", nicks[0], ": what's your staff no\n")
    b("<", nicks[0], "> ", g.ident("employee"), "\n")
    b("<", nicks[1], "> ok reset it, temp pw sent to ", g.email(ppl[0]), "\n")
    b("<", nicks[2], "> fyi ", g.name(g.person(), "full"), " from accounts called, number ", g.phone(), "\n")
    b("<", nicks[1], "> thx ", nicks[2], ", will ring ", g.pick(("her", "him")), " back after lunch\n")
    b("* ", nicks[0], " has quit (", g.ip(), ")\n")


@T("chat_transcript")
def webvtt_call(g: Gen, b: Builder) -> None:
    host, guest = g.person(), g.person()
    b("WEBVTT\n\n")
    turns = [
        (host, ("Okay, recording. Thanks for joining, ", g.name(guest, "first"), ".")),
        (guest, ("Hi! Sorry, my camera is off, I'm in ", address(g, guest.loc).city, " today.")),
        (host, ("No worries. Can you confirm the claim reference?",)),
        (guest, ("It's ", g.ident("claim"), ", and the incident was on ", g.date(style="d Month"), ".")),
        (host, ("Great. I'll email ", g.email(guest), " with next steps.")),
        (guest, ("Perfect. Or call ", g.phone(guest.loc), ".")),
    ]
    for (who, text), cue in zip(turns, _cues(g, len(turns), "."), strict=True):
        b(cue, "\n", g.name(who, "full"), ": ", text, "\n\n")


@T("hr_record")
def europass_cv(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    rows = [
        ("Surname(s) / First name(s)", (g.name(p, "last"), ", ", g.name(p, "first"))),
        ("Address(es)", one_line(a, True)),
        ("Telephone(s)", (g.phone(p.loc),)),
        ("Mobile", (g.phone(p.loc),)),
        ("E-mail", (g.email(p),)),
        ("Nationality", (a.country,)),
        ("Date of birth", (g.date(style=g.pick(("dd/mm/yyyy", "dd.mm.yyyy", "d Month yyyy")), dob=True),)),
        ("Gender", ("Female" if p.female else "Male",)),
    ]
    b("Europass\nCurriculum Vitae\n\nPersonal information\n")
    for label, value in rows:
        b(f"{label:<28}", value, "\n")
    b("\nWork experience\n")
    for _ in range(2):
        d1, d2 = g.day(2005, 2014), g.day(2015, 2024)
        b(
            f"{'Dates':<28}",
            ent(f"{d1.month:02d}/{d1.year}", "DATE"),
            " - ",
            ent(f"{d2.month:02d}/{d2.year}", "DATE"),
            "\n",
            f"{'Occupation or position held':<28}{g.pick(vocab.JOB_TITLES)}\n",
            f"{'Name of employer':<28}",
            g.org(p.loc),
            ", ",
            address(g, p.loc).city,
            "\n\n",
        )
    b(f"{'Mother tongue(s)':<28}{g.pick(('Polish', 'Portuguese', 'German', 'English', 'Czech'))}\n")


@T("hr_record")
def termination_letter(g: Gen, b: Builder) -> None:
    p, hr = g.person(), g.person()
    b("STRICTLY CONFIDENTIAL – BY HAND\n\n", g.name(p, "full"), "\n", one_line(address(g, p.loc)), "\n\n")
    b("RE: Termination of employment – Staff number ", g.ident("employee"), "\n\n")
    b(
        "Dear ",
        g.name(p, "first"),
        "\n\nFurther to our meeting on ",
        g.date(style="d Month yyyy"),
        ", attended by your union representative ",
        g.name(g.person(), "full"),
        ", I confirm your employment ends on ",
        g.date(style="dd/mm/yyyy"),
        ". Your final salary will be paid into account ",
        g.iban(p.loc),
        ".\n\n",
    )
    b(
        "Please return your badge and ",
        filler.product(g),
        " to ",
        g.name(hr, "first"),
        " in ",
        g.pick(vocab.DEPARTMENTS),
        ". You may appeal within 10 working days by writing to ",
        g.email(hr),
        ".\n\nRegards\n\n",
        g.name(hr, "full"),
        "\nPeople Team\n",
    )


@T("hr_record")
def leave_table(g: Gen, b: Builder) -> None:
    b(
        "Leave requests – ",
        g.pick(vocab.MONTHS),
        "\n\n| Employee | Staff ID | From | To | Type | Cover |\n|---|---|---|---|---|---|\n",
    )
    for _ in range(g.rng.randrange(3, 6)):
        p, cover = g.person(), g.person()
        b(
            "| ",
            g.name(p, g.pick(("full", "last_first"))),
            " | ",
            g.ident("employee"),
            " | ",
            g.date(style="dd/mm/yy"),
            " | ",
            g.date(style="dd/mm/yy"),
            " | ",
            g.pick(("Annual", "Sick", "Parental", "Unpaid")),
            " | ",
            g.name(cover, "initial"),
            " |\n",
        )
    b("\nApproved by ", g.name(g.person(), "full"), "\n")


@T("hr_record")
def background_check(g: Gen, b: Builder) -> None:
    p = g.person("en_US")
    b(
        "PRE-EMPLOYMENT SCREENING REPORT\n\nSubject: ",
        g.name(p, "LAST_FIRST"),
        "\nAKA: ",
        g.name(p, "initial"),
        "\n",
    )
    b(
        "Soc. Sec. No.: ",
        g.ident("ssn"),
        "\nBorn: ",
        g.date(style=g.pick(("mm/dd/yyyy", "Month d, yyyy")), dob=True),
        "\n",
    )
    b("Driver's License: ", g.ident("licence"), " (", address(g, "en_US").region, ")\n\nAddress history:\n")
    for _ in range(g.rng.randrange(2, 4)):
        d = g.day(2005, 2020)
        b(
            "  • ",
            one_line(address(g, "en_US", g.pick(("street", "street", "pobox", "military")))),
            "  from ",
            ent(f"{d.month:02d}/{d.year}", "DATE"),
            "\n",
        )
    b(
        "\nCriminal records: none found.\nVerified by ",
        g.name(g.person(), "full"),
        " on ",
        g.date(style="mm/dd/yyyy"),
        "\n",
    )
