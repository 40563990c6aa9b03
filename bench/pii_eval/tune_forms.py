"""Tuning templates: forms and invoices (labelled fields)."""

from __future__ import annotations

from bench.pii_eval import vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


def _items(g: Gen, b: Builder) -> None:
    total = 0.0
    for _ in range(g.rng.randrange(2, 5)):
        qty, price = g.rng.randrange(1, 10), g.rng.randrange(5, 900) + 0.99
        total += qty * price
        b(f"{g.pick(vocab.PRODUCT_LINES):<28}{qty:>4}  x {price:>8.2f}  {qty * price:>10.2f}\n")
    b(f"{'TOTAL':<44}{total:>10.2f}\n")


@T("form_invoice")
def invoice(g: Gen, b: Builder) -> None:
    seller, buyer, ship = g.org(), g.person(), g.person()
    b(seller, "\n", one_line(address(g)), "\nVAT ID: ", g.ident("tax"), "\n\n")
    b(
        "INVOICE ",
        g.pick(("No. ", "#")),
        g.ref(),
        "\nDate: ",
        g.date(style=g.pick(("dd.mm.yyyy", "mm/dd/yyyy"))),
        "\nDue: ",
        g.date(style=g.pick(("dd.mm.yyyy", "mm/dd/yyyy"))),
        "\n\n",
    )
    b("Bill to:\n", g.name(buyer, g.pick(("full", "UPPER"))), "\n", block(address(g, buyer.loc)))
    if g.chance(0.6):
        b("\nShip to:\n", g.name(ship, "full"), "\n", block(address(g, ship.loc), caps_city=g.chance(0.3)))
    b("\n")
    _items(g, b)
    b("\nPayment: ", *g.pick((("card ", g.card()), ("bank transfer to IBAN ", g.iban()))), "\n")
    b("Questions? Call ", g.phone(), " or e-mail ", g.email(g.person(), g.domain_of(seller)), "\n")


@T("form_invoice")
def insurance_claim(g: Gen, b: Builder) -> None:
    p, prov = g.person(), g.person()
    b("CLAIM FORM - HEALTH INSURANCE\n\n")
    b(
        "Patient: ",
        g.name(p, g.pick(("LAST_FIRST", "full"))),
        "\n",
        "DOB: ",
        g.date(style=g.pick(("mm/dd/yyyy", "m/d/yyyy")), dob=True),
        "   Sex: ",
        "F" if p.female else "M",
        "\n",
    )
    b(
        *g.pick((("Member ID: ", g.ident("member")), ("MC # ", g.ident("mc")))),
        "\n",
        "Policy No.: ",
        g.ident("policy"),
        "\n",
        "Group #: ",
        g.ref(text=g.digits(6)),
        "\n",
    )
    kind = g.pick(("street",) * 4 + ("pobox",) + (("military",) if p.loc == "en_US" else ()))
    b("Address: ", one_line(address(g, p.loc, kind)), "\n", "Tel: ", g.phone(p.loc), "\n\n")
    b(
        "Provider: ",
        g.pick(("Dr. ", "")),
        g.name(prov, "full"),
        "\n",
        "NPI: ",
        g.ident("professional"),
        "\n",
        "Fax: ",
        g.phone(),
        "\n",
    )
    b(
        "Date of service: ",
        g.date(style="mm/dd/yyyy"),
        "\n",
        "Diagnosis: ",
        g.pick(vocab.CONDITIONS),
        "\n",
        "Rx: ",
        g.pick(vocab.DRUGS),
        " ",
        g.pick(vocab.DOSES),
        "\n\n",
    )
    b("Signature of insured: ", g.name(p, "initial"), "   Date: ", g.date(style="m/d/yy"), "\n")


@T("form_invoice")
def registration_form(g: Gen, b: Builder) -> None:
    p, kin = g.person(), g.person()
    a = address(g, p.loc)
    b(g.hospital(), "\nNEW PATIENT REGISTRATION\n\n")
    rows = [
        ("Pt Name", g.name(p, "full")),
        ("DOB", g.date(style="mm/dd/yyyy", dob=True)),
        ("Street", a.street),
        ("City", a.city),
        ("State", a.region or a.country),
        ("ZIP", a.zip),
        ("Home Ph", g.phone(p.loc)),
        ("Cell", g.phone(p.loc)),
        ("Email", g.email(p)),
        ("SSN", g.ident("ssn")),
        ("Emergency Contact", g.name(kin, "full")),
        ("Relationship", "Spouse"),
        ("Contact Ph", g.phone(kin.loc)),
        ("Primary Ins.", "Aetna"),
        ("Member #", g.ident("member")),
    ]
    for label, value in rows:
        b(label, ":", g.pick((" ", "\t", "  ")), value, "\n")
    b("\n[x] I consent to treatment   [ ] Walk-in   [x] Referred by ", g.pick(vocab.SPECIALISTS), "\n")


@T("form_invoice")
def order_confirmation(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    b(
        "Thanks for your order, ",
        g.name(p, "first"),
        "!\n\nOrder ",
        g.ref(),
        " placed ",
        g.date(style=g.pick(("Month d, yyyy", "dd Mon yyyy"))),
        "\n\n",
    )
    b("SHIPPING TO\n", g.name(p, "full"), "\n", one_line(a, g.chance(0.5)), "\n", g.phone(p.loc), "\n\n")
    _items(g, b)
    b("\nPaid with ", g.pick(("Visa", "Mastercard", "Amex")), " ", g.card(), "\n")
    b(
        "Estimated delivery: ",
        g.pick(vocab.WEEKDAYS),
        ", ",
        g.date(style=g.pick(("Month d", "d Month"))),
        "\n",
    )
    b("Track: ", g.url(), "\n")


@T("form_invoice")
def prescription(g: Gen, b: Builder) -> None:
    p, doc = g.person(), g.person()
    b(g.pick(("CVS Pharmacy", "Walgreens", "Boots", "Apotheke am Markt")), " #", g.digits(4), "\n")
    b("Rx# ", g.ident("mrn"), "   Filled: ", g.date(style="mm/dd/yy"), "\n")
    b("Pt: ", g.name(p, "UPPER"), "\n", one_line(address(g, p.loc)), "\n")
    b(g.pick(vocab.DRUGS).upper(), " ", g.pick(vocab.DOSES), "  #", str(g.rng.randrange(10, 90)), "\n")
    b("SIG: take 1 tab ", g.pick(vocab.ROUTES), " ", g.pick(vocab.FREQS), "\n")
    b(
        "Prescriber: Dr. ",
        g.name(doc, g.pick(("full", "last"))),
        "  DEA# ",
        ent(g.fill("@@#######"), "ID"),
        "\n",
    )
    b("Refills: ", str(g.rng.randrange(0, 5)), "  Discard after: ", g.date(style="mm/dd/yy"), "\n")


@T("form_invoice")
def direct_debit(g: Gen, b: Builder) -> None:
    p, org = g.person(), g.org()
    b(
        "SEPA Direct Debit Mandate\n\nCreditor: ",
        org,
        "\nCreditor ID: ",
        g.ident("tax"),
        "\n",
        "Mandate reference: ",
        g.ident("account"),
        "\n\n",
    )
    b(
        "Account holder: ",
        g.name(p, g.pick(("full", "last_first"))),
        "\n",
        "Address: ",
        one_line(address(g, p.loc)),
        "\n",
    )
    b("IBAN: ", g.iban(p.loc), "\nBIC: ", g.ref(text=g.fill("@@@@@@2@XXX")), "\n\n")
    b(
        "Place, date: ",
        address(g, p.loc).city,
        ", ",
        g.date(style=g.pick(("dd.mm.yyyy", "dd/mm/yyyy"))),
        "\n",
        "Signature: ",
        g.name(p, "full"),
        "\n",
    )
