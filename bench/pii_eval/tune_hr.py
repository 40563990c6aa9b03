"""Tuning templates: HR records and CVs."""

from __future__ import annotations

from bench.pii_eval import vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


def _month_year(g: Gen, start: int, end: int) -> object:
    d = g.day(start, end)
    return ent(
        g.pick(
            (
                f"{vocab.MONTHS[d.month - 1][:3]} {d.year}",
                f"{vocab.MONTHS[d.month - 1]} {d.year}",
                f"{d.month:02d}/{d.year}",
            )
        ),
        "DATE",
    )


@T("hr_record")
def cv(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    b(g.name(p, "UPPER"), "\n", g.pick(vocab.JOB_TITLES), "\n")
    b(g.email(p), " | ", g.phone(p.loc), " | ", a.city, ", ", a.country, "\n")
    if g.chance(0.6):
        b(g.url(p), "\n")
    b(
        "\nPROFILE\n",
        f"{g.pick(vocab.JOB_TITLES)} with {g.rng.randrange(3, 20)} years of experience in ",
        f"{', '.join(g.rng.sample(vocab.SKILLS, 3))}.\n\n",
        "EXPERIENCE\n",
    )
    for _ in range(g.rng.randrange(2, 4)):
        b(
            _month_year(g, 2008, 2016),
            " – ",
            *g.pick((("Present",), (_month_year(g, 2017, 2024),))),
            "\t",
            g.pick(vocab.JOB_TITLES),
            ", ",
            g.org(),
            ", ",
            address(g).city,
            "\n",
        )
        b(f"  • Led {g.pick(('migration to', 'rollout of', 'support for'))} {g.pick(vocab.PRODUCTS)}\n")
    school = g.pick((ent(f"University of {address(g).city.text}", "ORGANIZATION"), address(g).city))
    b("\nEDUCATION\n", g.pick(vocab.DEGREES), ", ", school, ", 2006\n\n")
    b("REFERENCES\n")
    for _ in range(2):
        r = g.person()
        b(g.name(r, "full"), ", ", g.pick(vocab.JOB_TITLES), ", ", g.org(), " – ", g.phone(r.loc), "\n")


@T("hr_record")
def employee_record(g: Gen, b: Builder) -> None:
    p, kin, mgr = g.person(), g.person(), g.person()
    a = address(g, p.loc)
    sep = g.pick((": ", ":\t", " - "))
    b("EMPLOYEE MASTER RECORD\n\n")
    b(
        "Employee ID",
        sep,
        g.ident("employee"),
        "\n",
        "Surname",
        sep,
        g.name(p, "last"),
        "\n",
        "Given names",
        sep,
        g.name(p, "first"),
        "\n",
    )
    b("Date of birth", sep, g.date(style=g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "iso")), dob=True), "\n")
    b(
        *g.pick(
            (
                ("SSN", sep, g.ident("ssn")),
                ("National ID", sep, g.ident("national", p.loc)),
                ("NI number", sep, g.ident("national", "en_GB")),
            )
        ),
        "\n",
    )
    b("Home address", sep, one_line(a), "\n", "Mobile", sep, g.phone(p.loc), "\n")
    b("Personal e-mail", sep, g.email(p), "\n\n")
    b("Position", sep, g.pick(vocab.JOB_TITLES), "\n", "Department", sep, g.pick(vocab.DEPARTMENTS), "\n")
    b("Start date", sep, g.date(style=g.pick(("dd/mm/yyyy", "d Month yyyy"))), "\n")
    b("Line manager", sep, g.name(mgr, g.pick(("full", "LAST_FIRST"))), "\n\n")
    b(
        "Emergency contact",
        sep,
        g.name(kin, "full"),
        f" ({g.pick(('spouse', 'mother', 'brother', 'partner'))}) ",
        g.phone(kin.loc),
        "\n",
    )
    b("Bank", sep, g.iban(p.loc), "\n")


@T("hr_record")
def reference_letter(g: Gen, b: Builder) -> None:
    p, me, org = g.person(), g.person(), g.org()
    b(
        org,
        "\n",
        block(address(g, me.loc)),
        "\n",
        g.date(style=g.pick(("d Month yyyy", "Month d, yyyy"))),
        "\n\n",
    )
    b("To whom it may concern,\n\n")
    b(
        "I am pleased to recommend ",
        g.name(p, "full"),
        ", who worked in my team as ",
        g.pick(vocab.JOB_TITLES),
        f" from {g.rng.randrange(2010, 2018)} until ",
        g.date(style=g.pick(("d Month yyyy", "Month d, yyyy"))),
        ". ",
    )
    b(
        g.pick(("She", "He")) if g.chance(0.5) else g.name(p, "first"),
        f" was reliable, led our {g.pick(vocab.PRODUCTS)} ",
        "migration and trained new starters every Monday. ",
        g.title(p),
        g.name(p, "last"),
        " leaves with my warmest wishes.\n\n",
    )
    b("Please feel free to contact me on ", g.phone(me.loc), " or ", g.email(me, g.domain_of(org)), ".\n\n")
    b("Yours faithfully,\n\n", g.name(me, g.pick(("full", "middle"))), "\n", g.pick(vocab.JOB_TITLES), "\n")


@T("hr_record")
def offer_letter(g: Gen, b: Builder) -> None:
    p, hr, org = g.person(), g.person(), g.org()
    b(g.pick(("PRIVATE & CONFIDENTIAL", "Private and Confidential")), "\n\n")
    b(g.title(p), g.name(p, "full"), "\n", block(address(g, p.loc), country=g.chance(0.4)), "\n")
    b(g.date(style=g.pick(("d Month yyyy", "Month d, yyyy", "dd.mm.yyyy"))), "\n\n")
    b("Dear ", g.name(p, "first"), ",\n\n")
    b(
        "We are delighted to offer you the position of ",
        g.pick(vocab.JOB_TITLES),
        " at ",
        org,
        ", starting on ",
        g.date(style=g.pick(("d Month yyyy", "Month dth, yyyy"))),
        f". Your annual salary will be {g.rng.randrange(35, 140)},000 and you will report to ",
        g.name(g.person(), "full"),
        ".\n\n",
    )
    b(
        "Please bring your passport (",
        g.ident("passport", p.loc),
        ") and proof of address on your first day.\n\n",
    )
    b("Kind regards,\n\n", g.name(hr, "full"), "\nHR Business Partner\n", g.phone(hr.loc, ext=0.4), "\n")


@T("hr_record")
def performance_review(g: Gen, b: Builder) -> None:
    p, mgr = g.person(), g.person()
    b("ANNUAL PERFORMANCE REVIEW ", str(g.rng.randrange(2019, 2025)), "\n")
    b("Employee: ", g.name(p, g.pick(("full", "LAST_FIRST"))), "   Emp #", g.ident("employee"), "\n")
    b(
        "Reviewer: ",
        g.name(mgr, "full"),
        "   Meeting held: ",
        g.date(style=g.pick(("dd/mm/yyyy", "Mon d, yyyy"))),
        "\n\n",
    )
    b(
        "Summary\n",
        g.name(p, "first"),
        " exceeded targets for ",
        g.pick(vocab.PRODUCT_LINES),
        " in Q3. ",
        "Concerns were raised on ",
        g.date(style=g.pick(("d Month", "Month d"))),
        " about punctuality; ",
        g.name(p, "last"),
        " agreed an improvement plan with ",
        g.name(mgr, "last"),
        ".\n\n",
    )
    b("Ratings\n\tDelivery: 4/5\n\tTeamwork: 3/5\n\tGrowth: Exceeds\n\n")
    b("Sick leave: ", str(g.rng.randrange(0, 12)), " days (", g.pick(vocab.CONDITIONS), ")\n")
    b("Signed: ", g.name(p, "initial"), " / ", g.name(mgr, "initial"), "\n")


@T("hr_record")
def onboarding_sheet(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    b("New starter checklist\n\n")
    rows = [
        ("Full name", g.name(p, "full")),
        ("Preferred name", g.name(p, "first")),
        ("DOB", g.date(style=g.pick(("dd/mm/yy", "mm/dd/yy", "dd.mm.yy")), dob=True)),
        ("Passport no.", g.ident("passport", p.loc)),
        ("Tax ID", g.ident("national", p.loc)),
        ("Street", a.street),
        ("City", a.city),
        ("Postcode", a.zip),
        ("Country", a.country),
        ("IBAN", g.iban(p.loc)),
        ("Laptop", g.pick(vocab.PRODUCTS)),
        ("Start", g.date()),
        ("Driving licence", g.ident("licence", p.loc)),
    ]
    for label, value in g.rng.sample(rows, len(rows)):
        b("[x] " if g.chance(0.7) else "[ ] ", label, "\t", value, "\n")
