"""Tuning templates: international contact lists and shipping documents."""

from __future__ import annotations

from bench.pii_eval.core import Builder, Registry
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


@T("intl_contacts")
def contact_list(g: Gen, b: Builder) -> None:
    b(g.pick(("Contacts", "Partner contacts - EMEA", "Distribution list")), "\n\n")
    for loc in g.other_locales(g.rng.randrange(8, 11)):
        p = g.person(loc)
        b(
            "- ",
            g.name(p, g.pick(("full", "full", "LAST_FIRST"))),
            " — ",
            one_line(address(g, loc), True),
            " — ",
            g.phone(loc),
            "\n",
        )


@T("intl_contacts")
def shipping_manifest(g: Gen, b: Builder) -> None:
    b("MANIFEST ", g.ref(), "   ", g.date(style="iso"), "\n")
    b("Consignee | Address | Phone | Weight\n")
    for loc in g.other_locales(g.rng.randrange(8, 10)):
        p = g.person(loc)
        b(
            g.name(p, g.pick(("UPPER", "full"))),
            " | ",
            one_line(address(g, loc), True),
            " | ",
            g.phone(loc),
            f" | {g.rng.randrange(1, 30)}.{g.rng.randrange(10)} kg\n",
        )


@T("intl_contacts")
def attendee_list(g: Gen, b: Builder) -> None:
    b("Registered attendees – ", g.pick(("Annual Summit", "User Group Meeting", "Partner Day")), "\n\n")
    for i, loc in enumerate(g.other_locales(g.rng.randrange(8, 12))):
        p = g.person(loc)
        a = address(g, loc)
        b(
            f"{i + 1}. ",
            g.name(p, "full"),
            " (",
            g.org(loc),
            ", ",
            a.city,
            ", ",
            a.country,
            ") ",
            g.email(p),
            "\n",
        )


@T("intl_contacts")
def vendor_directory(g: Gen, b: Builder) -> None:
    b("SUPPLIER DIRECTORY\n\n")
    for loc in g.other_locales(8):
        p = g.person(loc)
        org = g.org(loc)
        b(
            org,
            "\nAttn: ",
            g.name(p, "full"),
            "\n",
            block(address(g, loc), country=True, caps_city=g.chance(0.3)),
        )
        b("Tel. ", g.phone(loc), "\n", g.email(p, g.domain_of(org)), "\n\n")


@T("intl_contacts")
def csv_export(g: Gen, b: Builder) -> None:
    sep = g.pick((";", ",", "\t"))
    b(sep.join(("first_name", "last_name", "street", "postcode", "city", "country", "phone")), "\n")
    for loc in g.other_locales(g.rng.randrange(8, 12)):
        p = g.person(loc)
        a = address(g, loc, g.pick(("street",) * 5 + ("pobox",)))
        street = ('"', a.street, '"') if sep == "," else (a.street,)
        b(
            g.name(p, "first"),
            sep,
            g.name(p, "last"),
            sep,
            street,
            sep,
            a.zip,
            sep,
            a.city,
            sep,
            a.country,
            sep,
            g.phone(loc),
            "\n",
        )


@T("intl_contacts")
def hotel_guests(g: Gen, b: Builder) -> None:
    b("Guest arrivals ", g.date(style=g.pick(("dd/mm/yyyy", "d Month yyyy"))), "\n\n")
    for loc in g.other_locales(g.rng.randrange(8, 10)):
        p = g.person(loc)
        b(
            "Guest: ",
            g.name(p, g.pick(("LAST_FIRST", "last_first"))),
            "   Room ",
            str(g.rng.randrange(101, 540)),
            "\n",
            "  Passport: ",
            g.ident("passport", loc),
            "   Nationality: ",
            address(g, loc).country,
            "\n",
            "  Home: ",
            one_line(address(g, loc)),
            "\n",
        )
    b("\nUS military guest:\n  ", one_line(address(g, "en_US", "military")), "\n")
