"""Tuning templates: support e-mails."""

from __future__ import annotations

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


def signature(g: Gen, b: Builder, p, org, loc: str) -> None:
    """Name, title, company, labelled phone lines, address, e-mail, in one of a few layouts."""
    domain = g.domain_of(org)
    b(g.name(p, g.pick(("full", "full", "middle", "UPPER"))), "\n", g.pick(vocab.JOB_TITLES))
    b(g.pick((" | ", "\n", ", ")), org, "\n")
    lines = [
        ("T: ", g.phone(loc)),
        ("M: ", g.phone(loc)),
        ("Tel. ", g.phone(loc)),
        ("Mobile: ", g.phone(loc)),
        (g.phone(loc), " (office)"),
        (g.phone(loc), " fax"),
        ("Direct: ", g.phone(loc, ext=0.5)),
        ("Fax ", g.phone(loc)),
    ]
    for line in g.rng.sample(lines, g.rng.randrange(1, 4)):
        b(*line, g.pick(("\n", "\n", " | ")))
    if g.chance(0.6):
        b(*(block(address(g, loc)) if g.chance(0.4) else (one_line(address(g, loc), g.chance(0.3)), "\n")))
    b(g.email(p, domain), "\n")
    if g.chance(0.3):
        b(ent(f"www.{domain}", "URL"), "\n")


@T("support_email")
def customer_complaint(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    b(
        "Subject: ",
        g.pick(("Complaint", "Order problem", "URGENT - refund", "Re: your ticket")),
        " ",
        g.ref() if g.chance(0.5) else "",
        "\n\n",
    )
    b(*g.pick((("Hi,",), ("Hello there,",), ("To whom it may concern,",), ("Hi ", org, " team,"))), "\n\n")
    b(
        f"I am writing because {filler.issue(g)}. ",
        "My order number is ",
        g.ref(),
        " and it was placed on ",
        g.date(style=g.pick(("d Month yyyy", "mm/dd/yyyy", "Month d"))),
        ". ",
        f"I already called on {filler.weekday(g)} and spoke to ",
        g.name(g.person(), "first"),
        " who promised a call back that never came.\n\n",
    )
    b(
        "You can reach me on ",
        g.phone(),
        g.pick((" during the day", " after 5pm", "")),
        " or at ",
        g.email(p),
        ". ",
        g.pick(("The delivery address is ", "Please send it to ")),
        one_line(address(g)),
        ".\n\n",
    )
    b(
        g.pick(("Thanks,", "Regards,", "Cheers,", "Kind regards")),
        "\n",
        g.name(p, g.pick(("first", "full"))),
        "\n",
    )
    if g.chance(0.5):
        b("\nSent from my iPhone\n")


@T("support_email")
def agent_reply(g: Gen, b: Builder) -> None:
    cust, agent, org = g.person(), g.person(), g.org()
    b("Subject: ", g.pick(vocab.CAPITALISED), " - your ", g.pick(vocab.PLANS), " plan\n\n")
    b("Dear ", g.title(cust), g.name(cust, "last"), ",\n\n")
    b(
        "Thank you for contacting ",
        org,
        " Customer Care. I'm sorry to hear that ",
        filler.issue(g),
        ". ",
        "I have escalated case ",
        g.ref(),
        f" to our {g.pick(('Billing', 'Logistics', 'Technical'))} team ",
        "and issued a credit to the account ending ",
        g.ref(text=g.digits(4)),
        ".\n\n",
    )
    b(
        f"If you still have trouble with {filler.product(g)}, reply to this e-mail before ",
        filler.weekday(g),
        " and I will call you back on the number we have on file (",
        g.phone(cust.loc),
        ").\n\n",
    )
    b(g.pick(("Best regards,", "Kind regards,", "Warm wishes,", "Sincerely,")), "\n\n")
    signature(g, b, agent, org, agent.loc)


@T("support_email")
def forwarded_thread(g: Gen, b: Builder) -> None:
    a, c, org = g.person(), g.person(), g.org()
    d = g.day()
    b(g.name(c, "first"), " - can you pick this up? Customer says ", filler.issue(g), ".\n\n")
    b("---------- Forwarded message ---------\n")
    b("From: ", g.name(a, "full"), " <", g.email(a), ">\n")
    b(
        "Date: ",
        filler.weekday(g)[:3],
        ", ",
        g.date(d, "d Month yyyy"),
        " at 10:",
        str(g.rng.randrange(10, 59)),
        "\n",
    )
    b("Subject: ", g.pick(("Billing question", "Wrong item", "Account access")), "\n")
    b("To: ", ent(f"support@{g.domain_of(org)}", "EMAIL_ADDRESS"), "\n\n")
    b(
        "Hello, my account ",
        g.pick(("number ", "no. ", "# ")),
        g.ident("account"),
        " was charged twice on ",
        g.date(d, g.pick(("mm/dd/yy", "Mon dth"))),
        ". The card used was ",
        g.card(),
        ".\n",
    )
    b("Billing address: ", one_line(address(g, a.loc), g.chance(0.5)), "\n\n")
    b(
        "On ",
        g.date(style=g.pick(("mm/dd/yy", "Mon d, yyyy"))),
        ", ",
        g.name(c, "full"),
        " <",
        g.email(c),
        "> wrote:\n",
    )
    b(
        "> Hi ",
        g.name(a, "first"),
        ", we need the last four digits and your date of birth to verify.\n> Thanks\n\n",
    )
    b(g.name(a, "first"), "\n", g.phone(a.loc), " (mobile)\n")


@T("support_email")
def address_change(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    old, new = address(g, p.loc), address(g, p.loc)
    b("Subject: Change of address - ", g.name(p, "full"), "\n\n")
    b("Hello ", org, ",\n\n")
    b(
        "Please update my details. I have moved from\n\n",
        block(old, "    "),
        "\nto\n\n",
        block(new, "    ", g.chance(0.5)),
    )
    b("\nwith effect from ", g.date(style=g.pick(("d Month yyyy", "dd/mm/yyyy", "Month d, yyyy"))), ".\n")
    b(
        g.pick(("Customer number: ", "Member ID: ", "Policy No. ")),
        g.ident(g.pick(("member", "policy", "account"))),
        "\n",
        "Date of birth: ",
        g.date(style=g.pick(("dd/mm/yyyy", "d Month yyyy", "mm/dd/yyyy")), dob=True),
        "\n",
    )
    b(
        "New phone: ",
        g.phone(p.loc),
        "\n\n",
        g.pick(("Many thanks,", "Thank you,")),
        "\n",
        g.name(p, "full"),
        "\n",
    )


@T("support_email")
def refund_request(g: Gen, b: Builder) -> None:
    p, agent, org = g.person(), g.person(), g.org()
    b("Hi ", g.name(agent, "first"), ",\n\n")
    b(
        "As discussed on the phone on ",
        filler.weekday(g),
        ", please refund invoice ",
        g.ref(),
        f" ({g.rng.randrange(20, 900)}.{g.rng.randrange(10, 99)} EUR) to my bank account:\n\n",
    )
    b("Account holder: ", g.name(p, g.pick(("full", "UPPER"))), "\nIBAN: ", g.iban(p.loc), "\n")
    b("BIC: ", g.ref(text=g.fill("@@@@@@2@")), "\n\n")
    b("The original payment was made with card ", g.card(), g.pick((" (exp 09/27)", "", " - Visa")), ".\n")
    b(
        "My customer ID is ",
        g.ident("account"),
        g.pick((" and my phone is ", ", phone ")),
        g.phone(p.loc),
        ".\n\n",
    )
    b("Best,\n", g.name(p, "first"), "\n\n")
    b("-----\n", g.name(agent, "full"), " | ", org, " | ", g.phone(), "\n")


@T("support_email")
def it_helpdesk(g: Gen, b: Builder) -> None:
    p, mgr, org = g.person(), g.person(), g.org()
    b(
        "To: ",
        ent(f"helpdesk@{g.domain_of(org)}", "EMAIL_ADDRESS"),
        "\nCc: ",
        g.email(mgr, g.domain_of(org)),
        "\n",
    )
    b(
        "Subject: ",
        filler.product(g),
        " not working since ",
        g.date(style=g.pick(("Mon dth", "m/d", "dd.mm.yy"))),
        "\n\n",
    )
    b(
        "Hi IT,\n\n",
        f"{filler.product(g)} keeps crashing on my laptop ({filler.product(g)}). ",
        "My employee ID is ",
        g.ident("employee"),
        " and the machine's IP is ",
        g.ip(),
        ". ",
    )
    b(
        "I tried logging in from ",
        g.ip(),
        " too. My manager ",
        g.name(mgr, g.pick(("full", "first"))),
        " approved the reinstall.\n\n",
    )
    b("- Tried restarting\n- Cleared the cache\n- Reinstalled on ", filler.weekday(g), "\n\n")
    b(
        "Desk phone ",
        g.phone(p.loc, ext=0.6),
        ", or Teams.\n\n",
        g.name(p, "full"),
        "\n",
        g.pick(vocab.JOB_TITLES),
        ", ",
        g.pick(vocab.DEPARTMENTS),
        "\n",
    )
