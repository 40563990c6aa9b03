"""Tuning templates: clinical notes."""

from __future__ import annotations

from datetime import timedelta

from bench.pii_eval import filler, vocab
from bench.pii_eval.core import Builder, Registry, ent
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen

T = Registry()


def _age_phrase(g: Gen, p) -> tuple:
    a = g.age()
    sex = "female" if p.female else "male"
    return g.pick(
        (
            (a, f"-year-old {sex}"),
            (a, f" y/o {sex[0].upper()}"),
            (a, f" yo {'woman' if p.female else 'man'}"),
            (a, f"-year-old {'lady' if p.female else 'gentleman'}"),
        )
    )


@T("clinical_note")
def discharge_summary(g: Gen, b: Builder) -> None:
    p, doc, pcp = g.person(), g.person(), g.person()
    adm = g.day()
    style = g.pick(("mm/dd/yyyy", "m/d/yy", "iso", "mm/dd/yy"))
    b(g.hospital(), "\nDISCHARGE SUMMARY\n\n")
    b(
        "PATIENT: ",
        g.name(p, g.pick(("LAST_FIRST", "UPPER", "last_first"))),
        g.pick(("\t\t", "   ")),
        "MRN: ",
        g.ident("mrn"),
        "\n",
    )
    b(
        "ADMISSION DATE: ",
        g.date(adm, style),
        "\nDISCHARGE DATE: ",
        g.date(adm + timedelta(days=g.rng.randrange(1, 15)), style),
        "\n",
    )
    b("ATTENDING: ", g.name(doc, g.pick(("full", "initial", "UPPER"))), ", M.D.\n\n")
    b(g.pick(vocab.HEADINGS[:1] + ("CHIEF COMPLAINT",)), ":\n")
    b(
        *g.pick(((g.name(p, "full"),), (g.title(p), g.name(p, "last")))),
        " is a ",
        _age_phrase(g, p),
        f" with a history of {', '.join(filler.conditions(g, 3))} and {filler.history_year(g)} ",
        f"who presented to the {g.pick(vocab.DEPARTMENTS)} on ",
        g.date(adm, g.pick(("Month d", "m/d", style))),
        f" with {g.pick(vocab.CONDITIONS)}. ",
        f"{filler.findings(g, 2)}.\n\n",
    )
    b(
        "PAST MEDICAL HISTORY:\n",
        "".join(f"{i + 1}. {c}\n" for i, c in enumerate(filler.conditions(g, 3))),
        "\n",
    )
    b(
        "SOCIAL HISTORY: Lives with ",
        g.pick(("his wife ", "her husband ", "daughter ", "son ")),
        g.name(g.person(p.loc), "first"),
        f" in {g.pick(('a house', 'an apartment', 'assisted living'))} in ",
        address(g, p.loc).city,
        ". ",
        g.pick(("Quit smoking in 1998. ", "Denies EtOH. ", "")),
        f"Works as a {g.pick(vocab.JOB_TITLES).lower()}.\n\n",
    )
    b("MEDICATIONS ON DISCHARGE:\n", filler.meds(g, g.rng.randrange(3, 7), g.pick(("1) ", "- ", "  "))), "\n")
    b(
        "HOSPITAL COURSE: ",
        g.title(p),
        g.name(p, "last"),
        f" was started on {g.pick(vocab.DRUGS)} and ",
        f"{g.pick(vocab.DRUGS)} {g.pick(vocab.FREQS)}. Seen by {g.pick(vocab.SPECIALISTS)} on ",
        filler.weekday(g),
        ". ",
        filler.findings(g, 2),
        ".\n\n",
    )
    b(
        "DISPOSITION: ",
        g.pick(("Home", "Home with services", "SNF", "Rehab")),
        ". ",
        g.pick(("Walk-in", "Urgent", "Priority")),
        " follow-up ",
        g.pick(vocab.WEEKDAYS),
        "; ",
        g.pick(vocab.SPECIALISTS),
        " to call on ",
        g.pick(vocab.WEEKDAYS),
        ".\n",
    )
    b(
        "FOLLOW UP: with ",
        g.pick(("Dr. ", "Dr ")),
        g.name(pcp, g.pick(("last", "full"))),
        " in 1-2 weeks, ",
        g.phone(),
        ". Return to ED for chest pain or SOB.\n\n",
    )
    b(
        "Dictated by: ",
        g.name(doc, "full"),
        ", MD\n",
        "D: ",
        g.date(g.day(), style),
        "  T: ",
        g.date(g.day(), style),
        "\n",
        "cc: Dr. ",
        g.name(pcp, "full"),
        "\n",
    )


@T("clinical_note")
def soap_progress(g: Gen, b: Builder) -> None:
    p, np_ = g.person(), g.person()
    b(g.pick(("PROGRESS NOTE", "Progress Note - Internal Medicine", "CLINIC NOTE")), "\n")
    b(
        "Pt: ",
        g.name(p, g.pick(("initial", "full", "LAST_FIRST"))),
        g.pick(("    ", "\t", " | ")),
        "DOB: ",
        g.date(style=g.pick(("mm/dd/yyyy", "m/d/yy", "dd.mm.yyyy", "iso")), dob=True),
        "\n",
    )
    b("Date of service: ", g.date(), "\n\n")
    b(
        "S: ",
        g.name(p, "first"),
        f" reports {g.pick(vocab.CONDITIONS)} since {filler.weekday(g)}. ",
        "Taking ",
        filler.med(g),
        ". ",
        g.pick(("Denies fever/chills. ", "No CP, no SOB. ", "")),
        "Daughter ",
        g.name(g.person(p.loc, female=True), g.pick(("first", "full"))),
        " present.\n",
    )
    b("O: ", filler.findings(g, 3, "; "), "\n")
    b("A: ", ", ".join(filler.conditions(g, 2)), ".\n")
    b(
        "P: continue ",
        g.pick(vocab.DRUGS),
        " ",
        g.pick(vocab.FREQS),
        "; labs on ",
        g.date(style=g.pick(("m/d", "Mon dth", "mm/dd/yy"))),
        "; RTC 3 mo. ",
        g.pick(("Refer to Cardiologist. ", "PT/OT eval. ", "Walk-in if worse. ")),
        "\n\n",
    )
    b(
        "-- ",
        g.name(np_, g.pick(("full", "initial"))),
        g.pick((", NP", ", PA-C", ", MD", " RN")),
        g.pick(("  pager ", "  beeper #", "  x")),
        ent(g.fill(g.pick(("#####", "#-####", "###-####"))), "PHONE_NUMBER"),
        "\n",
    )


@T("clinical_note")
def referral_letter(g: Gen, b: Builder) -> None:
    p, to, me = g.person(), g.person(), g.person()
    a, clinic = address(g, p.loc), address(g, p.loc)
    b(
        g.hospital(),
        "\n",
        block(clinic),
        "Tel: ",
        g.phone(p.loc),
        g.pick(("  Fax: ", "\nFax ")),
        g.phone(p.loc),
        "\n\n",
    )
    b(g.date(style=g.pick(("d Month yyyy", "Month d, yyyy", "dd/mm/yyyy"))), "\n\n")
    b("Dear Dr. ", g.name(to, "last"), ",\n\n")
    b(
        "Re: ",
        g.name(p, g.pick(("full", "UPPER", "middle"))),
        ", DOB ",
        g.date(style="dd/mm/yyyy", dob=True),
        ", ",
    )
    b(
        *g.pick(
            (
                (("NHS number ", g.ident("nhs")),),
                (("MRN ", g.ident("mrn")),),
                (("Hosp No. ", g.ident("mrn")),),
            )
        )
    )
    b("\n", one_line(a), "\n\n")
    b(
        "Thank you for seeing this ",
        _age_phrase(g, p),
        f" whom I reviewed in clinic on {filler.weekday(g)} ",
        g.date(style=g.pick(("d Month yyyy", "Month d"))),
        ". ",
        g.title(p),
        g.name(p, "last"),
        f" has a background of {', '.join(filler.conditions(g, 2))} and {filler.history_year(g)}. ",
        f"Current medication: {filler.med(g)}; {filler.med(g)}.\n\n",
    )
    b(
        "I would be grateful for your opinion regarding ",
        g.pick(vocab.CONDITIONS),
        ". ",
        g.pick(("She", "He")),
        " can be contacted on ",
        g.phone(p.loc),
        g.pick((" (mobile)", " (home)", "")),
        ".\n\n",
    )
    b(
        g.pick(("Yours sincerely,", "Kind regards,", "Best wishes,")),
        "\n\n",
        g.name(me, "full"),
        "\n",
        g.pick(vocab.SPECIALISTS),
        ", ",
        g.pick(vocab.DEPARTMENTS),
        "\n",
        g.email(me),
        "\n",
    )
    if g.chance(0.5):
        b(g.pick(("Professional ID: ", "GMC No. ", "Prof. ID ")), g.ident("professional"), "\n")


@T("clinical_note")
def radiology_report(g: Gen, b: Builder) -> None:
    p, ref, rad = g.person(), g.person(), g.person()
    d = g.day()
    sep = g.pick(("\t", ":\t", ": "))
    b("Patient Name", sep, g.name(p, g.pick(("LAST_FIRST", "last_first"))), "\n")
    b(
        *g.pick((("MRN", sep, g.ident("mrn")), ("MC #", sep, g.ident("mc")))),
        "\tAcc#",
        sep,
        g.ident("account"),
        "\n",
    )
    b("DOB", sep, g.date(style=g.pick(("mm/dd/yyyy", "dd-Mon-yyyy")), dob=True), "\tAge", sep, g.age(), "Y\n")
    b("Ordering", sep, g.pick(("Dr. ", "")), g.name(ref, g.pick(("full", "initial", "LAST_FIRST"))), "\n")
    b("Exam date", sep, g.date(d, g.pick(("mm/dd/yyyy", "iso"))), "\n\n")
    b(
        g.pick(("CT CHEST W/O CONTRAST", "MRI BRAIN WITH AND WITHOUT", "XR KNEE 3 VIEWS LEFT", "US ABDOMEN")),
        "\n\n",
    )
    b("CLINICAL HISTORY: ", g.pick(vocab.CONDITIONS), ". Comparison: ", g.date(style="mm/dd/yyyy"), ".\n")
    b(f"FINDINGS: {g.pick(('No acute', 'Mild', 'Stable'))} abnormality. {filler.findings(g, 1)}.\n")
    b(
        f"IMPRESSION:\n1. {g.pick(vocab.CONDITIONS).capitalize()}.\n",
        f"2. Follow-up per {g.pick(vocab.SPECIALISTS)}.\n\n",
    )
    b(
        "Electronically signed by ",
        g.name(rad, g.pick(("full", "middle"))),
        ", MD on ",
        g.date(d, "mm/dd/yyyy"),
        g.pick((" 14:32", " at 09:05", "")),
        "\n",
    )
    if g.chance(0.5):
        b("Results called to ", g.name(ref, "last"), " at ", g.phone(), " on ", g.date(d, "m/d"), ".\n")


@T("clinical_note")
def ed_triage(g: Gen, b: Builder) -> None:
    p, rel = g.person(), g.pick(("DAUGHTER ", "SON ", "WIFE ", "HUSBAND ", "NEIGHBOR "))
    kin, a = g.person(female=rel in ("DAUGHTER ", "WIFE ")), address(g, p.loc)
    b("ED TRIAGE  ", g.date(style="mm/dd/yy"), " ", g.pick(("0342", "14:10", "2215")), "\n")
    b("PT: ", g.name(p, "UPPER"), "  AGE: ", g.age(), "  SEX: ", "F" if p.female else "M", "\n")
    b("ARRIVED VIA EMS FROM ", one_line(a) if not g.chance(0.3) else (a.street.upper(),), "\n")
    b("CC: ", g.pick(vocab.CONDITIONS).upper(), "  ESI ", str(g.rng.randrange(1, 5)), "\n")
    b("VS: ", filler.findings(g, 1).upper(), "\n")
    b("ALLERGIES: ", g.pick(("NKDA", "PCN", "SULFA, CODEINE")), "\n")
    b(
        "MEDS: ",
        ", ".join(f"{d.upper()} {g.pick(vocab.FREQS).upper()}" for d in g.rng.sample(vocab.DRUGS, 3)),
        "\n",
    )
    b("CONTACT: ", rel, g.name(kin, "FIRST"), " ", g.phone(p.loc), "\n")
    b("PCP: DR ", g.name(g.person(), "LAST"), "\n")
    if g.chance(0.5):
        b(
            "INS: ",
            g.pick(("MEDICARE ", "BCBS ", "AETNA ")),
            g.pick(("MBR ", "ID ", "# ")),
            g.ident("member"),
            "\n",
        )
    b("TRIAGE RN: ", g.name(g.person(), g.pick(("initial", "UPPER"))), "\n")


@T("clinical_note")
def telephone_encounter(g: Gen, b: Builder) -> None:
    p, rel = g.person(), g.pick(("wife", "husband", "daughter", "son", "caregiver"))
    caller = g.person(female={"wife": True, "daughter": True, "husband": False, "son": False}.get(rel))
    b("Telephone Encounter - ", g.date(style=g.pick(("mm/dd/yyyy", "Mon d, yyyy"))), "\n")
    b(
        "Re: ",
        g.name(p, g.pick(("full", "last_first"))),
        g.pick((" (MRN ", " [MR# ")),
        g.ident("mrn"),
        g.pick((")", "]")),
        "\n\n",
    )
    b(
        "Spoke with pt's ",
        rel,
        " ",
        g.name(caller, g.pick(("first", "full"))),
        " at ",
        g.phone(p.loc),
        f". States {'she' if p.female else 'he'} has had {g.pick(vocab.CONDITIONS)} since ",
        filler.weekday(g),
        ". Currently on ",
        filler.med(g),
        ". ",
    )
    b(
        "Reports last dose of ",
        g.pick(vocab.DRUGS),
        " on ",
        g.date(style=g.pick(("Mon dth", "m/d", "Month d"))),
        ". Pt is ",
        g.age(),
        " and lives alone at ",
        one_line(address(g, p.loc)),
        ".\n",
    )
    b(
        "Advised ",
        g.pick(("ED eval", "to hold Lasix x1 day", "f/u Monday", "BMP this week")),
        ". ",
        g.name(caller, "first"),
        " verbalized understanding. Will call back if worse.\n",
    )
    b(
        "Insurance on file: ",
        g.pick(("Member ID ", "Policy # ", "Medicaid ")),
        g.ident(g.pick(("member", "policy"))),
        "\n",
    )
    b(
        "-- ",
        g.name(g.person(), g.pick(("full", "initial"))),
        ", RN ",
        g.pick(("ext ", "x")),
        ent(g.digits(4), "PHONE_NUMBER"),
        "\n",
    )
