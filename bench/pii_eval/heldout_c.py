"""HELD-OUT TEMPLATES: do not read or tune on this file (see templates_heldout.py)."""

from __future__ import annotations

from bench.pii_eval import vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


@T("form_invoice")
def json_record(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    fields = [
        ("customer_name", g.name(p, "full")),
        ("birth_date", g.date(style="iso", dob=True)),
        ("phone", g.phone(p.loc)),
        ("email", g.email(p)),
        ("address_line1", a.street),
        ("city", a.city),
        ("postal_code", a.zip),
        ("country", a.country),
        ("loyalty_no", g.ident("member")),
        ("last_order", g.date(style="iso")),
        ("card", g.card()),
        ("ip", g.ip()),
        ("segment", "Gold Tier"),
    ]
    b("{\n")
    for i, (key, value) in enumerate(fields):
        b(f'  "{key}": "', value, '"', "," if i < len(fields) - 1 else "", "\n")
    b("}\n")


@T("form_invoice")
def utility_bill(g: Gen, b: Builder) -> None:
    p = g.person()
    supply = address(g, p.loc)
    b(
        g.org(p.loc),
        " – Energy statement\n\n",
        g.name(p, g.pick(("UPPER", "initial"))),
        "\n",
        block(supply),
        "\n",
    )
    b(
        "Customer reference    ",
        g.ident("account"),
        "\nMeter serial          ",
        ent(g.fill("@##@######"), "ID"),
        "\n",
        "Statement date        ",
        g.date(style="d Mon yyyy"),
        "\nPeriod                ",
        g.date(style="d Mon"),
        " – ",
        g.date(style="d Mon yyyy"),
        "\n\n",
    )
    kwh, cost = g.rng.randrange(200, 900), g.rng.randrange(6000, 30000) / 100
    b(f"Electricity  {kwh} kWh   {cost:.2f}\n")
    b(f"Standing charge            {g.rng.randrange(10, 40)}.{g.rng.randrange(10, 99)}\n\n")
    b("Paid by Direct Debit from ", g.iban(p.loc), " on ", g.date(style="the dth of Month"), ".\n")
    b("Emergencies: ", g.phone(p.loc), "   Moving home? ", g.url(), "\n")


@T("form_invoice")
def lab_requisition(g: Gen, b: Builder) -> None:
    p, doc = g.person(), g.person()
    w = 36
    left = [
        ("Surname:", g.name(p, "LAST")),
        ("Forename:", g.name(p, "FIRST")),
        ("D.O.B.:", g.date(style="dd/mm/yyyy", dob=True)),
        ("Unit No:", g.ident("mrn")),
    ]
    right = [
        ("Requesting clinician:", g.name(doc, "initial")),
        ("Bleep:", ent(g.digits(4), "PHONE_NUMBER")),
        ("Ward:", g.pick(("7B", "AMU", "CCU", "Ward 12"))),
        ("Collected:", g.date(style="dd/mm/yy")),
    ]
    b("PATHOLOGY REQUEST\n\n")
    for (l1, v1), (l2, v2) in zip(left, right, strict=True):
        pad = w - len(l1) - 1 - len(v1.text)
        b(l1, " ", v1, " " * max(pad, 2), l2, " ", v2, "\n")
    b(
        "\nTests: ",
        ", ".join(g.rng.sample(("FBC", "U&E", "LFT", "CRP", "HbA1c", "TSH", "INR", "Lipids"), 3)),
        "\n",
    )
    b("Clinical details: ", g.pick(vocab.CONDITIONS), "; on ", g.pick(vocab.DRUGS), "\n")
    b("Patient address: ", one_line(address(g, p.loc)), "\n")


@T("form_invoice")
def rental_application(g: Gen, b: Builder) -> None:
    p, co, landlord = g.person(), g.person(), g.person()
    b(
        "RESIDENTIAL RENTAL APPLICATION\n\n1. APPLICANT\n   Legal name ",
        g.name(p, "full"),
        "\n   Date of birth ",
        g.date(style="mm/dd/yyyy", dob=True),
        "\n   Social Security # ",
        g.ident("ssn"),
        "\n   Cell ",
        g.phone(p.loc),
        "\n\n",
    )
    b(
        "2. CO-APPLICANT\n   Legal name ",
        g.name(co, "full"),
        "\n   Relationship ",
        g.pick(("Spouse", "Roommate", "Partner")),
        "\n\n3. RESIDENCE HISTORY\n   Current  ",
        one_line(address(g, p.loc)),
        "\n   Moved in ",
        g.date(style="m/d/yyyy"),
        "\n   Landlord ",
        g.name(landlord, "full"),
        "   Ph ",
        g.phone(p.loc),
        "\n\n",
    )
    b(
        "4. EMPLOYMENT\n   Employer ",
        g.org(),
        "   Supervisor ",
        g.name(g.person(), "full"),
        "\n   Monthly income $",
        f"{g.rng.randrange(2, 12)},{g.rng.randrange(100, 999)}\n\n",
    )
    b("5. BANK\n   Routing ", ent(g.digits(9), "ID"), "   Account ", g.ident("account"), "\n")


@T("intl_contacts")
def markdown_table(g: Gen, b: Builder) -> None:
    b("### Regional representatives\n\n")
    b("| Name | Address | Country | Phone |\n|------|---------|---------|-------|\n")
    for loc in g.other_locales(g.rng.randrange(8, 12)):
        p = g.person(loc)
        a = address(g, loc)
        line = one_line(a)
        b("| ", g.name(p, "full"), " | ", line, " | ", a.country, " | ", g.phone(loc), " |\n")


@T("intl_contacts")
def card_envelopes(g: Gen, b: Builder) -> None:
    b("Season's greetings list\n\n")
    for loc in g.other_locales(g.rng.randrange(8, 11)):
        p = g.person(loc)
        if g.chance(0.4):
            q = g.person(loc, female=not p.female)
            b(g.name(p, "first"), " & ", g.name(q, "first"), " ", g.name(p, "last"), "\n")
        else:
            b(g.title(p), g.name(p, g.pick(("full", "initial"))), "\n")
        b(
            block(
                address(g, loc, g.pick(("street",) * 6 + ("pobox",))), country=True, caps_city=g.chance(0.5)
            ),
            "\n",
        )


@T("intl_contacts")
def customs_declaration(g: Gen, b: Builder) -> None:
    for _ in range(g.rng.randrange(4, 6)):
        src, dst = g.other_locales(2)
        s, r = g.person(src), g.person(dst)
        sa, ra = address(g, src), address(g, dst)
        b(
            "CN23 ",
            g.ref(),
            "\nFrom  ",
            g.name(s, "full"),
            ", ",
            one_line(sa, True),
            ", Tel No. ",
            g.phone(src),
            "\nTo    ",
            g.name(r, "UPPER"),
            ", ",
            one_line(ra, True),
            ", Tel No. ",
            g.phone(dst),
            "\n",
            "Contents: ",
            g.pick(vocab.PRODUCT_LINES),
            "  Value: ",
            f"{g.rng.randrange(5, 400)} EUR",
            "\n\n",
        )


@T("intl_contacts")
def alumni_notes(g: Gen, b: Builder) -> None:
    b("Class notes\n\n")
    for loc in g.other_locales(g.rng.randrange(8, 10)):
        p = g.person(loc)
        a = address(g, loc)
        b(
            g.name(p, "full"),
            f" (class of {g.rng.randrange(1985, 2015)}) has moved to ",
            a.city,
            ", ",
            a.country,
            g.pick((" and is now at ", ", new address: ")),
            a.street,
            ". ",
            g.pick(("Drop a line to ", "Reach out: ")),
            g.email(p),
        )
        if g.chance(0.5):
            b(" or call ", g.phone(loc))
        b(".\n\n")
