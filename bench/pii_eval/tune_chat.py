"""Tuning templates: chat and meeting transcripts."""

from __future__ import annotations

from bench.pii_eval import filler
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, one_line
from bench.pii_eval.values import Gen

T = Registry()


def _clocks(g: Gen, n: int) -> list[str]:
    """n increasing times of day."""
    minutes = sorted(g.rng.sample(range(8 * 60, 18 * 60), n))
    return [f"{m // 60:02d}:{m % 60:02d}" for m in minutes]


@T("chat_transcript")
def support_chat(g: Gen, b: Builder) -> None:
    c, a = g.person(), g.person()
    agent = g.pick(("AGENT", "Agent", "Support"))
    b(agent, ": Hi, you're chatting with ", g.name(a, "first"), ". How can I help?\n")
    b(g.name(c, "first"), ": hi ", g.name(a, "first_lower"), ", ", filler.issue(g), "\n")
    b(agent, ": Sorry about that! Can I have your full name and the e-mail on the account?\n")
    b(g.name(c, "first"), ": ", g.name(c, g.pick(("lower", "full"))), ", ", g.email(c), "\n")
    b(agent, ": Thanks ", g.name(c, "first"), ". And the postcode or ZIP?\n")
    addr = address(g, c.loc)
    b(g.name(c, "first"), ": ", addr.zip, "\n")
    b(
        agent,
        ": I can see the order from ",
        g.date(style=g.pick(("Month d", "mm/dd/yyyy", "d Mon"))),
        f". It's with the courier, expected {filler.weekday(g)}.\n",
    )
    b(g.name(c, "first"), ": ok. can they call me first? ", g.phone(c.loc), "\n")
    b(agent, ": Noted. Anything else?\n", g.name(c, "first"), ": no thanks bye\n")


@T("chat_transcript")
def team_chat_timestamps(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(3)]
    patient = g.person()
    lines = [
        (0, ("has anyone seen the file for ", g.name(patient, g.pick(("lower", "full"))), "?")),
        (1, ("yes, ", g.name(ppl[2], "first_lower"), " had it this morning")),
        (2, ("on it. ", g.name(patient, "last"), " wants a call back on ", g.phone(patient.loc))),
        (0, ("can you also check the DOB, system shows ", g.date(style="mm/dd/yyyy", dob=True))),
        (2, ("👍 and the address is now ", one_line(address(g, patient.loc)))),
        (1, ("meeting w/ ", g.name(g.person(), "full"), " moved to ", filler.weekday(g))),
        (
            0,
            (
                "thx ",
                g.name(ppl[1], "first"),
                ". ",
                g.name(patient, "last"),
                " case closed by ",
                g.date(style=g.pick(("Mon dth", "m/d"))),
            ),
        ),
    ]
    for (who, text), clock in zip(lines, _clocks(g, len(lines)), strict=True):
        b(f"[{clock}] ", g.name(ppl[who], g.pick(("first", "first", "full"))), ": ", text, "\n")


@T("chat_transcript")
def meeting_transcript(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(g.rng.randrange(2, 4))]
    client = g.person()
    b(g.pick(("Weekly sync", "Case review", "Project kickoff")), " - ", g.date(style="Month d, yyyy"), "\n")
    b("Attendees: ", *[x for p in ppl for x in (g.name(p, "full"), ", ")][:-1], "\n\n")
    turns = [
        (
            "So the first item is the ",
            filler.product(g),
            " rollout. ",
            g.name(ppl[-1], "first"),
            ", where are we?",
        ),
        (
            "We're behind. ",
            g.name(client, "full"),
            " from ",
            g.org(),
            " wants it live by ",
            g.date(style="d Month"),
            ".",
        ),
        ("Okay. Did ", g.name(client, "last"), " send the signed contract?"),
        ("Yes, on ", filler.weekday(g), ". Contract number ", g.ident("account"), ". I'll forward it."),
        (
            "Great. And ",
            g.name(ppl[0], "first"),
            ", can you ping ",
            g.name(client, "first"),
            " on ",
            g.phone(client.loc),
            "?",
        ),
        ("Will do.",),
    ]
    for i, turn in enumerate(turns):
        who = ppl[i % len(ppl)]
        b(
            g.name(who, g.pick(("full", "first"))),
            g.pick(("  ", " ")),
            f"{i // 2}:{g.rng.randrange(10, 59)}\n",
            turn,
            "\n\n",
        )


@T("chat_transcript")
def whatsapp_export(g: Gen, b: Builder) -> None:
    a, c = g.person(), g.person()
    d = g.day()
    style = g.pick(("dd/mm/yyyy", "mm/dd/yy", "m/d/yy"))
    msgs = [
        (a, ("Hey! are you still coming ", filler.weekday(g), "?")),
        (c, ("yes 🙂 send me the address again",)),
        (a, (one_line(address(g, a.loc)), ", buzzer says ", g.name(a, "LAST"))),
        (c, ("great. if I get lost I'll call ", g.phone(a.loc))),
        (a, ("my new number btw, the old one is dead",)),
        (c, ("ok. ", g.name(g.person(), "first_lower"), " is coming too")),
        (a, ("<Media omitted>",)),
    ]
    for (who, text), clock in zip(msgs, _clocks(g, len(msgs)), strict=True):
        b(g.date(d, style), ", ", clock, " - ", g.name(who, g.pick(("first", "full"))), ": ", text, "\n")


@T("chat_transcript")
def call_verification(g: Gen, b: Builder) -> None:
    c, op = g.person(), g.person()
    addr = address(g, c.loc)
    b("Call recording transcript. Operator: ", g.name(op, "full"), "\n\n")
    turns = [
        (
            "OPERATOR",
            ("Thank you for calling, my name is ", g.name(op, "first"), ". Who am I speaking with?"),
        ),
        ("CALLER", ("Hi, it's ", g.name(c, "full"), ".")),
        ("OPERATOR", ("Thanks. For security, can you confirm your date of birth?")),
        (
            "CALLER",
            ("Yeah, ", g.date(style=g.pick(("d Month yyyy", "Month d, yyyy", "mm/dd/yyyy")), dob=True), "."),
        ),
        ("OPERATOR", ("And the first line of your address?",)),
        ("CALLER", (addr.street, ".")),
        (
            "OPERATOR",
            ("Perfect, ", g.title(c), g.name(c, "last"), ". I see your policy ", g.ident("policy"), "."),
        ),
        (
            "CALLER",
            (
                "I want to add my ",
                g.pick(("son", "daughter", "partner")),
                ", ",
                g.name(g.person(c.loc), "full"),
                ".",
            ),
        ),
        ("OPERATOR", ("No problem. I'll text a form to ", g.phone(c.loc), ".")),
    ]
    for who, text in turns:
        b(who, ": ", text, "\n")


@T("chat_transcript")
def slack_thread(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(3)]
    t = _clocks(g, 4)
    b("#", g.pick(("support-escalations", "ops", "billing-team")), "\n")
    b(
        g.name(ppl[0], "full"),
        "  ",
        t[0],
        "\n",
        "@",
        g.name(ppl[1], "first"),
        " customer ",
        g.name(g.person(), "full"),
        " (",
        g.email(g.person()),
        ") says ",
        filler.issue(g),
        "\n",
    )
    b(g.name(ppl[1], "full"), "  ", t[1], "\n", "looking. their IP was ", g.ip(), " so probably VPN\n")
    b(
        g.name(ppl[2], "full"),
        "  ",
        t[2],
        "\n",
        "fwiw ",
        g.name(ppl[0], "first_lower"),
        " the same happened on ",
        g.date(style=g.pick(("m/d", "Mon d, yyyy"))),
        ", see ticket ",
        g.ref(),
        "\n",
    )
    b(
        g.name(ppl[1], "full"),
        "  ",
        t[3],
        "\n",
        "fixed ✅ ",
        ent(g.name(ppl[2], "first").text, "PERSON"),
        " pls close\n",
    )
