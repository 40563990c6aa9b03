"""FRESH TEMPLATES (split "fresh"): do not read or tune on this file. See templates_fresh.py.

Written by an independent author who read neither the detector nor the held-out templates: five per
shape, in document styles the tune templates do not use (pathology reports, pharmacy refill faxes,
therapy notes, after-visit summaries, patient-portal threads; Outlook chains with disclaimers, vendor
quotes, unsubscribe/GDPR replies, school e-mail threads, tenancy repairs; Teams pastes, chat widgets with
visitor metadata, call-centre QA scorecards, SMS exports, Zoom chat saves; two-column CVs, 360 feedback,
reference checks, timesheets, grievance minutes; motor claims, school enrolment, visa forms, tenancy
applications, bills of sale; payroll registers, alumni class notes, SQL dumps, card lists, exchange
placements).
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.pii_eval import filler, outside_names, vocab
from bench.pii_eval.core import Builder, Ent, Registry, ent, lower, upper
from bench.pii_eval.places import address, block, one_line
from bench.pii_eval.values import Gen, Person, ascii_fold

T = Registry()

# ---------------------------------------------------------------- helpers

_EN_STREET_NAMES = (
    "Harrow Road",
    "Beech Avenue",
    "Oakwood Drive",
    "Fenwick Street",
    "Laurel Lane",
    "Quarry Hill",
    "Marsh Road",
    "Bridge Street",
    "Orchard Way",
    "Chapel Lane",
    "Greenfield Avenue",
    "Hawthorn Close",
    "Prospect Street",
    "Division Street",
    "Pleasant Avenue",
    "Commerce Blvd",
    "Old Farm Road",
    "Union Street",
)
_PHARMACIES = (
    "CVS Pharmacy",
    "Walgreens",
    "Rite Aid",
    "Kroger Pharmacy",
    "Boots",
    "Lloyds Pharmacy",
    "Shoppers Drug Mart",
    "Chemist Warehouse",
    "Costco Pharmacy",
)
_CARS = (
    "Honda CR-V EX",
    "Toyota Corolla LE",
    "Ford F-150 XLT",
    "Volkswagen Golf TSI",
    "Tesla Model 3",
    "Subaru Outback",
    "Skoda Octavia Estate",
    "Hyundai Tucson",
    "Mazda CX-5",
    "Chevrolet Malibu",
    "Kia Sportage",
    "Nissan Leaf",
)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _street_name(g: Gen, loc: str | None = None) -> Ent:
    """A street named without a number, as people write it in running text."""
    loc = loc or g.locale
    if loc.startswith("en") and g.chance(0.6):
        return ent(g.pick(_EN_STREET_NAMES), "STREET_ADDRESS")
    return ent(g.fake(loc).street_name(), "STREET_ADDRESS")


def _city(g: Gen, loc: str | None = None) -> Ent:
    return address(g, loc).city


def _t12(g: Gen, h0: int = 7, h1: int = 20) -> str:
    h, m = g.rng.randrange(h0, h1), g.rng.randrange(60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _minutes(g: Gen, n: int, m0: int, m1: int) -> list[int]:
    return sorted(g.rng.sample(range(m0, m1), n))


def _hm(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _dm(g: Gen, d: date, style: str) -> Ent:
    """g.date, plus the day-first short form "dd/mm" that values.DATE_STYLES lacks."""
    if style == "dd/mm":
        return ent(f"{d.day:02d}/{d.month:02d}", "DATE")
    return g.date(d, style)


def _weekday(d: date) -> str:
    return vocab.WEEKDAYS[d.weekday()]


def _vin(g: Gen) -> Ent:
    return ent("".join(g.pick(_VIN_CHARS) for _ in range(17)), "ID")


def _typo(g: Gen, name: str) -> str:
    """The name with two neighbouring letters swapped, as clerks mistype it."""
    if len(name) < 4 or not name[1:-1].isalpha():
        return name + name[-1]
    i = g.rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def _kin(g: Gen, parent: Person, female: bool | None = None) -> Person:
    """A child or sibling: own first name, the family's surname."""
    k = g.person(parent.loc, female)
    return Person(k.first, parent.last, k.middle, k.female, k.loc)


def _world_person(g: Gen, culture: str) -> Person:
    female_names, male_names, lasts = outside_names.culture(culture)
    female = g.chance(0.5) if female_names and male_names else bool(female_names)
    firsts = female_names if female else male_names
    return Person(g.pick(firsts), g.pick(lasts), g.pick(firsts), female, "en_US")


def _month_year(g: Gen, start: int, end: int) -> Ent:
    d = g.day(start, end)
    month = vocab.MONTHS[d.month - 1]
    return ent(g.pick((f"{d.month:02d}/{d.year}", f"{month[:3]} {d.year}", f"{month} {d.year}")), "DATE")


def _he(p: Person) -> tuple[str, str]:
    return ("she", "her") if p.female else ("he", "his")


# ---------------------------------------------------------------- clinical notes

_SPECIMENS = (
    (
        "Breast, left, 2 o'clock, ultrasound-guided core needle biopsy",
        "Invasive ductal carcinoma, Nottingham grade 2 of 3 (tubules 3, nuclei 2, mitoses 1)",
        "BI-RADS 4C mass on screening mammogram",
    ),
    (
        "Colon, sigmoid, polypectomy",
        "Tubular adenoma, negative for high-grade dysplasia",
        "surveillance colonoscopy",
    ),
    (
        "Skin, right forearm, shave biopsy",
        "Basal cell carcinoma, nodular type, extending to the peripheral margin",
        "pearly papule, r/o BCC",
    ),
    (
        "Gallbladder, laparoscopic cholecystectomy",
        "Chronic cholecystitis with cholelithiasis",
        "biliary colic",
    ),
    (
        "Thyroid, right lobe, lobectomy",
        "Hashimoto thyroiditis with a 1.4 cm follicular adenoma",
        "thyroid nodule, Bethesda IV on FNA",
    ),
    (
        "Esophagus, distal, endoscopic biopsies",
        "Barrett esophagus, negative for dysplasia",
        "long-standing GERD",
    ),
    (
        "Prostate, 12-core needle biopsies",
        "Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in 3 of 12 cores",
        "PSA 7.4 ng/mL",
    ),
    (
        "Lymph node, left axillary, excision",
        "Classic Hodgkin lymphoma, nodular sclerosis subtype",
        "lymphadenopathy with night sweats",
    ),
)
_MICRO = (
    "Sections show an infiltrative proliferation of atypical cells arranged in nests and cords within a "
    "desmoplastic stroma. Mitotic figures are readily identified.",
    "Sections show colonic mucosa with crowded tubular glands lined by pencillate, hyperchromatic nuclei. "
    "The stalk is free of neoplasm.",
    "Sections show a dense lymphoplasmacytic infiltrate with germinal centres and Hurthle cell change.",
    "Sections show gastric-type and intestinal metaplasia with goblet cells; no dysplasia is seen.",
    "Sections show scattered large atypical cells with bilobed nuclei in a mixed inflammatory background; "
    "CD30 and CD15 are positive, CD45 is negative.",
)


@T("clinical_note")
def surgical_pathology(g: Gen, b: Builder) -> None:
    p, surgeon, path, colleague, pa = g.person(), g.person(), g.person(), g.person(), g.person()
    site, dx, history = g.pick(_SPECIMENS)
    got = g.day(2016, 2024)
    style = g.pick(("mm/dd/yyyy", "m/d/yyyy", "dd-Mon-yyyy"))
    hosp = g.hospital()
    b(upper(hosp) if g.chance(0.4) else hosp, "\nDepartment of Pathology and Laboratory Medicine\n")
    b("SURGICAL PATHOLOGY REPORT", g.pick(("", " - FINAL", " (AMENDED)")), "\n\n")
    w = 15
    b(f"{'Patient:':<{w}}", g.name(p, g.pick(("LAST_FIRST", "LAST_FIRST", "last_first"))), "\n")
    b(
        f"{'MRN:':<{w}}",
        g.ident("mrn"),
        "      Accession: ",
        g.ref(text=g.fill(g.pick(("S##-#####", "SP##-######", "@##-#####")))),
        "\n",
    )
    born = g.day(1926, 2004)
    b(
        f"{'DOB/Age/Sex:':<{w}}",
        g.date(born, style, dob=True),
        " / ",
        g.age((got - born).days // 365),
        "Y / ",
        "F" if p.female else "M",
        "\n",
    )
    b(f"{'Surgeon:':<{w}}", g.name(surgeon, g.pick(("LAST_FIRST", "full"))), ", MD\n")
    b(f"{'Collected:':<{w}}", g.date(got, style), "      Received: ", g.date(got, style), "\n")
    b(f"{'Location:':<{w}}", g.pick(("Main OR", "GI Lab", "Dermatology Clinic", "Breast Imaging")), "\n\n")
    b("CLINICAL HISTORY:\n", _cap(history), ".\n\n", "SPECIMEN:\nA. ", site, "\n\n")
    b(
        "FINAL DIAGNOSIS:\nA. ",
        site.upper(),
        ":\n   - ",
        dx.upper(),
        ".\n   - ",
        g.pick(("MARGINS FREE OF TUMOR", "SEE COMMENT", "LYMPHOVASCULAR INVASION NOT IDENTIFIED")),
        ".\n\n",
    )
    if g.chance(0.6):
        b(
            "COMMENT:\nThe case was shown to Dr. ",
            g.name(colleague, "last"),
            ", who concurs. Findings were discussed with Dr. ",
            g.name(surgeon, "last"),
            " by telephone on ",
            g.date(got + timedelta(days=2), g.pick(("m/d", "mm/dd/yyyy"))),
            " at ",
            _t12(g, 8, 18),
            ".\n\n",
        )
    x, y, z = (round(g.rng.uniform(0.2, 4.5), 1) for _ in range(3))
    b(
        "GROSS DESCRIPTION:\nReceived in formalin in a single container labeled with the patient's name (",
        g.name(p, g.pick(("UPPER", "LAST_FIRST", "full"))),
        '), medical record number and "',
        site.split(",")[0].lower(),
        f'" is {g.pick(("a tan-pink, rubbery", "a tan-white, firm", "multiple fragments of tan"))} tissue ',
        f"measuring {x} x {y} x {z} cm. Inked {g.pick(('black', 'blue', 'green'))}, serially sectioned and ",
        f"entirely submitted in cassettes A1-A{g.rng.randrange(2, 9)}. (Grossed by ",
        g.name(pa, g.pick(("full", "initial"))),
        ", PA(ASCP))\n\n",
    )
    b("MICROSCOPIC DESCRIPTION:\n", g.pick(_MICRO), "\n\n")
    b(
        g.pick(
            (
                "Immunostains: CK7 positive, CK20 negative, CDX2 negative, with appropriate controls.\n",
                "ER positive (95%, strong), PR positive (40%), HER2 negative (IHC 1+). Ki-67 18%.\n",
                "Special stains: PAS-D and GMS negative for fungal organisms.\n",
            )
        ),
        "I attest that I personally reviewed the slides and rendered the diagnosis above.\n",
        "*** Electronically signed out by ",
        g.name(path, g.pick(("full", "middle"))),
        ", M.D., ",
        g.pick(("Staff Pathologist", "Dermatopathologist", "Surgical Pathologist")),
        ", on ",
        g.date(got + timedelta(days=g.rng.randrange(1, 6)), style),
        f" {g.rng.randrange(7, 19):02d}:{g.rng.randrange(60):02d} ***\n",
        "Questions? Pathology office ",
        g.phone(p.loc, ext=0.5),
        "\n",
    )


@T("clinical_note")
def refill_authorization_fax(g: Gen, b: Builder) -> None:
    p, doc, rph, helper = g.person(), g.person(), g.person(), g.person(female=True)
    store = ent(g.pick(_PHARMACIES), "ORGANIZATION")
    last = g.day()
    qty = g.pick((30, 60, 90))
    b(upper(store), " #", g.digits(5), "\n", upper(one_line(address(g, p.loc))), "\n")
    b("PH ", g.phone(p.loc), "   FAX ", g.phone(p.loc), "   NCPDP ", g.ref(text=g.digits(7)), "\n\n")
    b(
        g.pick(("REFILL AUTHORIZATION REQUEST", "*** RENEWAL REQUEST - PLEASE RESPOND WITHIN 48 HRS ***")),
        "\n\n",
    )
    b(
        "TO: ",
        g.pick(("DR. ", "Dr ", "")),
        g.name(doc, g.pick(("full", "LAST_FIRST", "UPPER"))),
        g.pick((", MD", ", DO", ", NP", "")),
        "   FAX: ",
        g.phone(p.loc),
        "\n",
        "DATE: ",
        g.date(last + timedelta(days=qty - 3), "mm/dd/yyyy"),
        "  ",
        _t12(g),
        "   PAGE 1 OF 1\n\n",
    )
    b(
        "PATIENT: ",
        g.name(p, "UPPER"),
        "   DOB: ",
        g.date(style="mm/dd/yyyy", dob=True),
        "   SEX: ",
        "F" if p.female else "M",
        "\n",
        "ADDR: ",
        upper(one_line(address(g, p.loc))),
        "\nPHONE: ",
        g.phone(p.loc),
        "\n\n",
    )
    drug = g.pick(vocab.DRUGS)
    b(
        "MEDICATION: ",
        drug.upper(),
        " ",
        g.pick(vocab.DOSES).upper(),
        " TABLET\n",
        "SIG: TAKE 1 TABLET BY MOUTH ",
        g.pick(("ONCE DAILY", "TWICE DAILY", "AT BEDTIME", "EVERY 12 HOURS")),
        "\n",
        f"QTY: {qty}   DAYS SUPPLY: {qty}   REFILLS REMAINING: 0\n",
        "LAST FILLED: ",
        g.date(last, "mm/dd/yyyy"),
        "   ORIG RX# ",
        g.ref(text=g.digits(7)),
        "\n",
        "PRESCRIBER NPI: ",
        g.ident("professional"),
        "   DEA: ",
        ent(g.fill("@@#######"), "ID"),
        "\n\n",
    )
    b(
        "[ ] APPROVED   # REFILLS ____     [ ] DENIED - REASON: ________________\n",
        "[ ] PATIENT MUST BE SEEN          [ ] NEW RX TO FOLLOW\n\n",
        "PRESCRIBER SIGNATURE ___________________________   DATE __________\n\n",
    )
    he, _ = _he(p)
    b(
        "Pharmacist note: pt called ",
        g.date(last + timedelta(days=qty - 4), g.pick(("m/d", "Mon dth"))),
        f", states {he} is out as of {filler.weekday(g)} and has had no {drug} since. ",
        "Asks that the Rx be sent to our ",
        _street_name(g, p.loc),
        " store instead; ",
        g.pick(("daughter", "niece", "neighbor", "caregiver")),
        " ",
        g.name(helper, "first"),
        " will pick up. Plan: ",
        g.pick(("Caremark", "Express Scripts", "OptumRx", "Medicare Part D")),
        ", ID ",
        g.ident("member"),
        ".\n",
        "-- ",
        g.name(rph, g.pick(("full", "initial"))),
        ", RPh\n\n",
    )
    b(
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
        "confidential under HIPAA. If you have received it in error, notify the sender at the number above "
        "and "
        "destroy all copies.\n"
    )


@T("clinical_note")
def therapy_progress_note(g: Gen, b: Builder) -> None:
    p, clin, boss, psych = g.person(), g.person(), g.person(), g.person()
    partner = g.person(p.loc, female=not p.female if g.chance(0.8) else p.female)
    sister = g.person(p.loc, female=True)
    he, his = _he(p)
    d = g.day()
    cred = g.pick(("LCSW", "LPC", "PsyD", "LMFT", "PhD"))
    b(
        g.pick(
            (
                "Individual Psychotherapy Progress Note",
                "PROGRESS NOTE - OUTPATIENT BEHAVIORAL HEALTH",
                "Therapy Session Note (DAP)",
            )
        ),
        "\n",
    )
    b(
        "Client: ",
        g.name(p, g.pick(("full", "last_first"))),
        "    DOB: ",
        g.date(style=g.pick(("mm/dd/yyyy", "m/d/yyyy")), dob=True),
        "\n",
        "Date of service: ",
        g.date(d, g.pick(("mm/dd/yyyy", "Month d, yyyy"))),
        f"   Session #{g.rng.randrange(2, 40)}   CPT {g.pick(('90834', '90837', '90847'))}\n",
    )
    if g.chance(0.5):
        b(
            "Modality: telehealth (video). Client located at home in ",
            _city(g, p.loc),
            "; clinician in office. Telehealth consent on file.\n",
        )
    else:
        b("Modality: in person, office suite 2.\n")
    b("Clinician: ", g.name(clin, "full"), ", ", cred, "\n")
    b("Dx: F41.1 Generalized anxiety disorder; F33.1 Major depressive disorder, recurrent, moderate\n\n")
    rel = ("wife" if partner.female else "husband") if g.chance(0.6) else "partner"
    b(
        "D: Client arrived on time, casually dressed, affect anxious and congruent with content. ",
        g.name(p, "first"),
        f" reported that {he} and {his} {rel} ",
        g.name(partner, "first"),
        ' "had a blowup" over ',
        g.pick(("money", "the kids' schedule", "holiday plans", "the in-laws")),
        " on ",
        filler.weekday(g),
        ". Work at ",
        g.org(),
        f" remains stressful; {his} new manager, ",
        g.name(boss, "full"),
        ', "emails at midnight." Discussed a possible move to ',
        _city(g, p.loc),
        f" in {g.pick(vocab.MONTHS)} to be closer to {his} mother. ",
        f"PHQ-9 = {g.rng.randrange(5, 22)}, GAD-7 = {g.rng.randrange(4, 20)}. Sleeping 4-5 hrs/night. ",
        "Denies SI/HI, no plan or intent.\n",
    )
    b(
        "A: Symptoms ",
        g.pick(("partially improved", "unchanged", "somewhat worse")),
        " since last session. Client completed the thought record twice and identified catastrophizing and "
        "mind-reading. Progress toward goal 1 (panic episodes <1/week): moderate.\n",
    )
    b(
        "P: Continue weekly CBT; introduce DBT distress-tolerance skills (TIPP). Homework: sleep log, "
        "5-4-3-2-1 grounding. Coordinate with psychiatrist Dr. ",
        g.name(psych, "last"),
        " re ",
        g.pick(("sertraline (Zoloft)", "Lexapro", "buspirone", "hydroxyzine PRN")),
        " dose; ROI signed ",
        g.date(style="m/d/yy"),
        ". Next appt ",
        filler.weekday(g),
        " ",
        g.date(d + timedelta(days=7), g.pick(("m/d", "Month d"))),
        ".\n",
        f"Safety plan reviewed: client will call or text 988, or {his} sister ",
        g.name(sister, "first"),
        " (",
        g.phone(p.loc),
        ").\n\n",
    )
    b(
        "Electronically signed by ",
        g.name(clin, g.pick(("full", "middle"))),
        ", ",
        cred,
        " on ",
        g.date(d, "mm/dd/yyyy"),
        " at ",
        _t12(g, 9, 21),
        "\n",
    )


@T("clinical_note")
def after_visit_summary(g: Gen, b: Builder) -> None:
    p, doc, np_ = g.person(), g.person(), g.person()
    kin = g.person(p.loc)
    d = g.day()
    clinic = address(g, p.loc)
    mrn = g.ident("mrn")
    dob = g.date(style=g.pick(("m/d/yyyy", "mm/dd/yyyy")), dob=True)
    b(g.hospital(), "\nAFTER VISIT SUMMARY\n\n")
    b(g.name(p, g.pick(("full", "full", "UPPER"))), "   MRN: ", mrn, "   DOB: ", dob, "\n")
    b(g.date(d, g.pick(("m/d/yyyy", "Month d, yyyy"))), "   ", g.pick(vocab.DEPARTMENTS), "\n\n")
    b(
        "Today's Visit\nYou saw ",
        g.name(doc, g.pick(("full", "middle"))),
        ", MD. Reason for visit: ",
        g.pick(vocab.CONDITIONS),
        ".\n",
        f"BP {g.rng.randrange(105, 160)}/{g.rng.randrange(60, 98)}   Pulse {g.rng.randrange(55, 105)}   ",
        f"Temp 98.{g.rng.randrange(10)} °F   Wt {g.rng.randrange(110, 260)} lb   ",
        f"SpO2 9{g.rng.randrange(3, 10)}%\n\n",
    )
    b("What's Next\n")
    for _ in range(g.rng.randrange(1, 3)):
        when = d + timedelta(days=g.rng.randrange(5, 60))
        b(
            "  ",
            _weekday(when),
            " ",
            g.date(when, g.pick(("Month d", "Mon d, yyyy"))),
            "  ",
            _t12(g, 8, 17),
            "   ",
            g.pick(("LAB VISIT", "FOLLOW UP", "MRI LUMBAR SPINE", "PHYSICAL THERAPY EVAL")),
            " with ",
            g.name(np_, "full"),
            ", ",
            g.pick(("FNP-C", "PA-C", "DPT")),
            "\n    ",
            one_line(clinic),
            "\n    Arrive 15 minutes early. ",
            g.pick(("Nothing to eat after midnight.", "Bring your insurance card.", "Wear loose clothing.")),
            "\n",
        )
    b(
        "\nYour Medication List\nSTART taking:\n  ",
        filler.med(g),
        "\nCHANGE how you take:\n  ",
        filler.med(g),
        f" (was {g.pick(vocab.DOSES)})\nSTOP taking:\n  {g.pick(vocab.DRUGS)}\nCONTINUE these medications:\n",
        filler.meds(g, g.rng.randrange(2, 5), "  "),
    )
    b(
        "\nPatient Instructions from ",
        g.pick(("Dr. ", "")),
        g.name(doc, "last"),
        "\nDrink plenty of fluids and walk 20 minutes a day. Call us for fever over 101 °F, chest pain, "
        "or new "
        "swelling of the legs. Low-salt diet handout given.\n",
    )
    store = ent(g.pick(_PHARMACIES), "ORGANIZATION")
    b(
        "\nPreferred Pharmacy\n  ",
        upper(store),
        "\n",
        block(address(g, p.loc), "  "),
        "  Phone: ",
        g.phone(p.loc),
    )
    b(
        "\n\nMyChart\nSign up online with activation code ",
        g.ref(text=g.fill("@@@@#-@#@@#-@@@#@")),
        ". Code expires ",
        g.date(d + timedelta(days=30), "m/d/yyyy"),
        ".\n\nEmergency contact on file: ",
        g.name(kin, "full"),
        f" ({g.pick(('spouse', 'daughter', 'son', 'friend', 'mother'))}) ",
        g.phone(kin.loc),
        "\n\n",
    )
    b(
        g.name(p, "full"),
        " (MRN ",
        mrn,
        ")   DOB ",
        dob,
        "   Printed ",
        g.date(d, "m/d/yyyy"),
        " ",
        _t12(g, 9, 18),
        "   Page 1 of 2\n",
    )


@T("clinical_note")
def portal_message_thread(g: Gen, b: Builder) -> None:
    parent, doc, nurse = g.person(), g.person(), g.person()
    kid = _kin(g, parent)
    she, her = _he(kid)
    d = g.day()
    store = g.pick(_PHARMACIES)
    b(
        "Patient Message - ",
        g.pick(("Fever and ear pain", "Question about meds", "Rash - pics attached", "refill + school form")),
        "\n",
        "Patient: ",
        g.name(kid, g.pick(("full", "last_first"))),
        "  (DOB ",
        g.date(g.day(2010, 2022), "mm/dd/yyyy", dob=True),
        ")\nFrom: ",
        g.name(parent, "full"),
        f" (proxy, {'mother' if parent.female else 'father'})\nTo: ",
        g.pick(("Dr. ", "")),
        g.name(doc, "full"),
        "'s care team\nSent: ",
        g.date(d, "m/d/yyyy"),
        " ",
        _t12(g, 19, 24),
        "\n\n",
    )
    doc_last = g.name(doc, "last")
    b(
        g.pick(("hi dr ", "Hi Dr. ", "hello dr. ")),
        lower(doc_last) if g.chance(0.5) else doc_last,
        ",\nthis is ",
        g.name(parent, g.pick(("first", "first_lower"))),
        ", ",
        g.name(kid, g.pick(("first", "first_lower"))),
        f"'s {'mom' if parent.female else 'dad'}. {she} has had a fever since ",
        filler.weekday(g).lower(),
        f" (102.4 last night) and keeps pulling at {her} left ear. gave children's motrin at 8. ",
        "we're staying at my parents' in ",
        _city(g, parent.loc),
        " this week so could you send anything to the ",
        ent(store.lower(), "ORGANIZATION"),
        " on ",
        lower(_street_name(g, parent.loc)) if g.chance(0.5) else _street_name(g, parent.loc),
        f"? also {her} school needs the asthma action plan signed again.\nmy cell is ",
        g.phone(parent.loc),
        ", thanks so much\n",
        g.name(parent, g.pick(("first", "full", "first_lower"))),
        "\n\n",
    )
    b(
        "---- Reply ",
        g.date(d + timedelta(days=1), "m/d/yyyy"),
        " ",
        _t12(g, 8, 12),
        " ----\nHi ",
        g.name(parent, "first"),
        ",\n\nThank you for the message. Dr. ",
        doc_last,
        " reviewed it. Since ",
        g.name(kid, "first"),
        " has had fever for more than 48 hours with ear pain, we sent amoxicillin 400 mg/5 mL, 7 mL by mouth "
        "twice daily for 10 days, to ",
        ent(store, "ORGANIZATION"),
        " at ",
        one_line(address(g, parent.loc)),
        f". If {she} is not better in 48-72 hours or has trouble breathing, call our nurse line at ",
        g.phone(parent.loc),
        " or go to urgent care. The asthma action plan is signed and in the Letters section.\n\n",
        g.name(nurse, "full"),
        ", RN\n",
        g.pick(("Pediatrics", "Family Medicine")),
        " - ",
        g.hospital(),
        "\n\n",
    )
    b(
        "---- Reply ",
        g.date(d + timedelta(days=1), "m/d/yyyy"),
        " ",
        _t12(g, 12, 22),
        " ----\nthank u!! one more thing, our insurance changed on the 1st, new member id ",
        g.ident("member"),
        " group ",
        g.ref(text=g.digits(6)),
        ". card says ",
        g.name(parent, "UPPER"),
        " as subscriber\n",
    )


# ---------------------------------------------------------------- e-mails

_DISCLAIMERS = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information protected by the "
    "attorney-client privilege or the work product doctrine. Any unauthorized review, use, disclosure or "
    "distribution is prohibited. If you are not the intended recipient, please contact the sender by reply "
    "e-mail and destroy all copies of the original message.",
    "IRS Circular 230 Disclosure: any tax advice contained in this communication is not intended or written "
    "to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code.",
    "WIRE FRAUD WARNING: Criminals are hacking e-mail accounts and sending fake wiring instructions. We will "
    "NEVER change our wiring instructions by e-mail. Always verify by telephone before you wire funds.",
    "This email has been scanned for viruses and malware by Mimecast Ltd.",
)


def _outlook_header(g: Gen, b: Builder, frm: tuple, when: date, to: tuple, cc: tuple, subject: tuple) -> None:
    b("From: ", frm, "\nSent: ", _weekday(when), ", ", g.date(when, "Month d, yyyy"), " ", _t12(g), "\n")
    b("To: ", to, "\n")
    if cc:
        b("Cc: ", cc, "\n")
    b("Subject: ", subject, "\n\n")


@T("support_email")
def closing_outlook_chain(g: Gen, b: Builder) -> None:
    buyer, para, atty, agent, seller = (g.person() for _ in range(5))
    spouse = Person(g.person(buyer.loc, not buyer.female).first, buyer.last, "A", not buyer.female, buyer.loc)
    firm, lender, title_co = g.org(), g.org(), g.org()
    fdom = g.domain_of(firm)
    prop, office = address(g, buyer.loc), address(g, buyer.loc)
    bmail, pmail, amail = g.email(buyer), g.email(para, fdom), g.email(agent)
    d = g.day()
    closing = d + timedelta(days=g.rng.randrange(4, 20))
    file_no = g.ref(text=g.fill("##-####-@@"))
    subject = ("Closing - ", prop.street, " - File No. ", file_no)
    para_name = g.name(para, g.pick(("last_first", "full")))
    # newest first, as Outlook pastes a chain
    _outlook_header(
        g,
        b,
        (para_name, " <", pmail, ">"),
        d + timedelta(days=1),
        (g.name(buyer, "full"), " <", bmail, ">"),
        (g.name(atty, "full"), " <", g.email(atty, fdom), ">"),
        ("RE: [EXTERNAL] ", *subject),
    )
    b(
        "Hi ",
        g.name(buyer, "first"),
        ",\n\nThank you. We have corrected ",
        g.name(spouse, "first"),
        "'s name on the title commitment and sent the revised Closing Disclosure to ",
        lender,
        ". Closing remains scheduled for ",
        _weekday(closing),
        ", ",
        g.date(closing, "Month d"),
        " at ",
        _t12(g, 9, 16),
        " in our ",
        office.city,
        " office (",
        one_line(office),
        "). Both of you will need an unexpired government-issued photo ID.\n\n",
        "Funds to close must be received by wire. Please call me at ",
        g.phone(para.loc),
        " to verify the instructions before you send anything.\n\nBest regards,\n\n",
        g.name(para, "full"),
        "\nSenior Real Estate Paralegal\n",
        firm,
        "\nD: ",
        g.phone(para.loc, ext=0.3),
        " | F: ",
        g.phone(para.loc),
        "\n",
        pmail,
        "<mailto:",
        pmail,
        ">\n[cid:image001.png@01DA",
        g.fill("#@##@#.@#@##@@#"),
        "]\n\n",
    )
    for text in g.rng.sample(_DISCLAIMERS, 2):
        b(text, "\n\n")
    b("_" * 32, "\n")
    _outlook_header(
        g,
        b,
        (g.name(buyer, "full"), " <", bmail, ">"),
        d,
        (para_name, " <", pmail, ">"),
        (),
        ("RE: ", *subject),
    )
    b(
        "Hi ",
        g.name(para, "first"),
        ',\n\nQuick question - the title commitment lists my spouse as "',
        ent(f"{spouse.first} {_typo(g, spouse.last)}".upper(), "PERSON"),
        '" but it should be ',
        g.name(spouse, "full"),
        ". Also the loan officer at ",
        lender,
        " says our loan number is ",
        g.ref(),
        ", not the one on page 2.\n\nUntil ",
        g.date(closing, "Month d"),
        " please keep using our current mailing address, ",
        one_line(address(g, buyer.loc)),
        ".\n\nThanks,\n",
        g.name(buyer, "first"),
        "\n\nSent from my iPhone\n\n",
        "_" * 32,
        "\n",
    )
    _outlook_header(
        g,
        b,
        (g.name(agent, "full"), " <", amail, ">"),
        d - timedelta(days=2),
        (g.name(buyer, "full"), " <", bmail, ">; ", para_name, " <", pmail, ">"),
        (),
        subject,
    )
    b(
        "All,\n\nThe final walk-through at ",
        one_line(prop),
        " is set for ",
        filler.weekday(g),
        " at 10 AM. The sellers (",
        g.name(seller, "full"),
        ") have agreed to leave the washer/dryer and the Weber grill. Escrow #",
        g.ref(),
        " is with ",
        title_co,
        ".\n\nThanks!\n",
        g.name(agent, "full"),
        ", REALTOR®\n",
        g.org(),
        "\nCell ",
        g.phone(agent.loc),
        " | Lic# ",
        g.ident("professional"),
        "\n",
    )


@T("support_email")
def vendor_quotation(g: Gen, b: Builder) -> None:
    rep, buyer, site, colleague, cover = (g.person() for _ in range(5))
    vendor, client = g.org(), g.org()
    vdom = g.domain_of(vendor)
    d = g.day()
    qno = g.ref(text=g.fill("Q-20##-####"))
    b(
        "Subject: Quotation ",
        qno,
        " - ",
        client,
        "\nFrom: ",
        g.name(rep, "full"),
        " <",
        g.email(rep, vdom),
        ">\nTo: ",
        g.email(buyer, g.domain_of(client)),
        "\n\n",
    )
    b(
        "Dear ",
        g.title(buyer),
        g.name(buyer, "last"),
        ",\n\nThank you for your enquiry of ",
        g.date(d, g.pick(("d Month", "dd/mm/yyyy", "Month d"))),
        ". Further to my call with your colleague ",
        g.name(colleague, "full"),
        ", I am pleased to quote as follows for delivery to your ",
        _city(g, buyer.loc),
        " site:\n\n",
    )
    b(f"{'Item':<30}{'Qty':>5}{'Unit':>10}{'Total':>11}\n")
    sub = 0.0
    for item in g.rng.sample(vocab.PRODUCT_LINES, g.rng.randrange(3, 6)):
        qty, price = g.rng.randrange(1, 40), g.rng.randrange(8, 1500) + 0.5
        sub += qty * price
        b(f"{item:<30}{qty:>5}{price:>10.2f}{qty * price:>11.2f}\n")
    disc = sub * 0.075
    b(
        f"{'Volume discount 7.5%':<45}{-disc:>11.2f}\n{'Net':<45}{sub - disc:>11.2f}\n",
        f"{'VAT 20%':<45}{(sub - disc) * 0.2:>11.2f}\n{'TOTAL (GBP)':<45}{(sub - disc) * 1.2:>11.2f}\n\n",
    )
    b(
        "Lead time: 10-15 working days from receipt of PO. Carriage: included (tail-lift vehicle). "
        "Payment terms: 30 days EOM. This quotation is valid until ",
        g.date(d + timedelta(days=30), "d Month yyyy"),
        " and is subject to our standard Terms and Conditions of Sale.\n\n",
        "Delivery contact: ",
        g.name(site, "full"),
        " on ",
        g.phone(site.loc),
        " (goods-in closes at 3pm on Fridays)\nDelivery address:\n",
        block(address(g, buyer.loc), "    "),
        "\nTo proceed, simply reply with your purchase order number. I'm out on ",
        filler.weekday(g),
        " but my colleague ",
        g.name(cover, "first"),
        " can help on ",
        g.phone(rep.loc),
        ".\n\nKind regards,\n\n",
        g.name(rep, "full"),
        "\n",
        g.pick(("Key Account Manager", "Internal Sales Executive", "Area Sales Manager")),
        "\n",
        vendor,
        "\nM: ",
        g.phone(rep.loc),
        "  T: ",
        g.phone(rep.loc, ext=0.4),
        "\n",
        ent(f"www.{vdom}", "URL"),
        "\n\n",
    )
    b(
        vendor,
        " is a company registered in ",
        g.pick(("England and Wales", "Scotland", "Ireland")),
        " under no. ",
        g.ref(text=g.digits(8)),
        ". Registered office: ",
        one_line(address(g, "en_GB")),
        ". VAT reg. no. ",
        g.ref(text=g.fill("GB### #### ##")),
        ".\n",
    )


@T("support_email")
def unsubscribe_gdpr_reply(g: Gen, b: Builder) -> None:
    p, ex = g.person(), g.person()
    brand = g.org()
    dom = g.domain_of(brand)
    mail = g.email(p)
    d = g.day()
    subject = f"Your {g.pick(vocab.MONTHS)} picks are here 🌸"
    b(
        "Subject: RE: ",
        subject,
        "\nFrom: ",
        g.name(p, g.pick(("full", "lower", "UPPER"))),
        " <",
        mail,
        ">\nTo: ",
        ent(f"news@{dom}", "EMAIL_ADDRESS"),
        "\n\n",
    )
    if g.chance(0.5):
        b(
            f"STOP SENDING ME THESE. i have unsubscribed {g.rng.randrange(2, 6)} times already. ",
            "i never even bought anything from you, my ex ",
            g.name(ex, "first_lower"),
            " used my email to sign up.\n\n",
        )
    else:
        b("Hello,\n\nPlease remove ", mail, " from all of your mailing lists with immediate effect.\n\n")
    b(
        "I am also making a request under Article ",
        g.pick(("15", "17")),
        " of the GDPR: please ",
        g.pick(("tell me what personal data you hold about me", "erase all personal data you hold about me")),
        ", including my postal address (",
        one_line(address(g, p.loc)),
        ") and my phone number (",
        g.phone(p.loc),
        "), and confirm in writing within one month. My customer number, if you need it, is ",
        g.ident("account"),
        ".\n\n",
        g.pick(("Regards,\n", "Thanks\n", "")),
        g.name(p, g.pick(("full", "lower", "first"))),
        "\n\n-----Original Message-----\nFrom: ",
        brand,
        " <",
        ent(f"hello@{dom}", "EMAIL_ADDRESS"),
        ">\nSent: ",
        g.date(d, g.pick(("d Month yyyy", "Month d, yyyy"))),
        " 06:00\nTo: ",
        mail,
        "\nSubject: ",
        subject,
        "\n\n",
    )
    b(
        "View this email in your browser\n\nHi ",
        g.name(p, "first"),
        ",\n\nSpring is finally here, and so is our biggest sale of the season: 20% off everything with code "
        "BLOOM20 until Sunday. New arrivals from ",
        g.pick(("Birkenstock", "Le Creuset", "Patagonia", "Dyson", "Smeg")),
        " and ",
        g.pick(("Barbour", "Joules", "KitchenAid", "Nespresso")),
        " just landed.\n\nSHOP NOW >\n\nFree delivery on orders over £50. Pay in 3 with Klarna.\n\n",
        "You are receiving this email because ",
        mail,
        " signed up at ",
        ent(f"www.{dom}", "URL"),
        " or made a purchase in store.\nOur mailing address is:\n",
        brand,
        "\n",
        block(address(g)),
        "Want to change how you receive these emails?\nUpdate your preferences: ",
        g.url(),
        "\nUnsubscribe: ",
        ent(f"https://{dom}/u/{g.fill('@#@##@#@##@#')}".lower(), "URL"),
        "\n\nCopyright © ",
        str(d.year),
        " ",
        brand,
        ", All rights reserved.\n",
    )


@T("support_email")
def school_trip_thread(g: Gen, b: Builder) -> None:
    teacher, head, deputy, ta = (g.person() for _ in range(4))
    par1, par2, par3 = g.person(female=True), g.person(female=True), g.person(female=True)
    kid1, kid2, kid3 = _kin(g, par1, False), _kin(g, par2, True), _kin(g, par3)
    ex = Person(g.person(par2.loc, False).first, par2.last, "J", False, par2.loc)
    word = g.pick(("Oakfield", "Hillcrest", "Meadowbank", "Holy Trinity", "St Anne's", "Brookside"))
    school = ent(
        f"{word} {g.pick(('Primary School', 'Elementary School', 'C of E Primary', 'Academy'))}",
        "ORGANIZATION",
    )
    tld = (
        (".k12.us", "-school.org")
        if teacher.loc in ("en_US", "en_CA")
        else (".sch.uk", "-school.org", ".edu.au")
    )
    sdom = ascii_fold(word).lower().replace(" ", "").replace("'", "") + g.pick(tld)
    tmail, p2mail = g.email(teacher, sdom), g.email(par2)
    trip = g.day()
    venue = g.pick(("Science Museum", "Natural History Museum", "aquarium", "city farm", "Roman fort"))
    subject = ("Year 3 trip to the ", venue, " - ", g.date(trip, g.pick(("d Month", "Month d"))))
    b("From: ", g.name(par2, "full"), " <", p2mail, ">\nTo: ", g.name(teacher, "full"), " <", tmail, ">\n")
    b(
        "Subject: RE: ",
        subject,
        "\n\n",
        "Sorry all, that was meant for ",
        g.title(teacher),
        g.name(teacher, "last"),
    )
    b(" only!! Please delete.\n\nSent from my Galaxy\n\n", "-" * 20, "\n")
    b("From: ", g.name(par2, "full"), " <", p2mail, ">\nTo: Class 3 Parents\nSubject: RE: ", subject, "\n\n")
    b(
        "Hi ",
        g.title(teacher),
        g.name(teacher, "last"),
        ", ",
        g.name(kid2, "first"),
        " has been having a hard time since her dad moved out. He is now at ",
        one_line(address(g, par2.loc)),
        " and is NOT allowed to collect her (",
        g.name(ex, "full"),
        "). If he turns up please call me straight away on ",
        g.phone(par2.loc),
        ".\n",
        g.name(par2, "first"),
        "\n\n",
        "-" * 20,
        "\n",
    )
    b(
        "Automatic reply: ",
        subject,
        "\n",
        "I am out of school at a headteachers' conference until ",
        g.date(trip - timedelta(days=g.rng.randrange(1, 6)), g.pick(("d Month", "dd/mm/yyyy"))),
        ". For safeguarding concerns please contact our Deputy DSL, ",
        g.name(deputy, "full"),
        ", on ",
        g.phone(teacher.loc),
        ".\n",
        g.name(head, "full"),
        ", Headteacher\n\n",
        "-" * 20,
        "\n",
    )
    b(
        "From: ",
        g.name(par1, g.pick(("full", "first"))),
        " <",
        g.email(par1),
        ">\nSubject: RE: ",
        subject,
        "\n\n",
    )
    b(
        "Hi ",
        g.title(teacher),
        g.name(teacher, "last"),
        ", happy to help on the day. ",
        g.name(kid1, "first"),
        " will need collecting by me at 3:15 as his dad is away - my mobile is ",
        g.phone(par1.loc),
        ". Could the coach drop off at the ",
        _street_name(g, par1.loc),
        f" end? We're at number {g.rng.randrange(2, 120)} so it's right by us.\nThanks, ",
        g.name(par1, "first"),
        " (",
        g.name(kid1, "full"),
        "'s mum)\n\nGet Outlook for iOS\n\n",
        "-" * 20,
        "\n",
    )
    b("From: ", g.name(teacher, "full"), " <", tmail, ">\nTo: Class 3 Parents\nSubject: ", subject, "\n\n")
    b(
        "Dear Parents and Carers,\n\nOn ",
        _weekday(trip),
        " ",
        g.date(trip, g.pick(("d Month", "Month d"))),
        " Year 3 will visit the ",
        venue,
        " as part of our topic on ",
        g.pick(("the Romans", "living things and their habitats", "rocks and fossils")),
        ". The coach leaves school at 8:45 and we will be back by 3:15. Please return the consent slip and a "
        "contribution of £8 via ParentPay by ",
        filler.weekday(g),
        ".\n\nChildren need a packed lunch in a disposable bag, a water bottle and their school jumper. "
        "If your "
        "child has an inhaler or EpiPen, please make sure it is labelled and handed to our TA ",
        g.name(ta, "full"),
        ". Thank you to ",
        g.name(par3, "first"),
        " (",
        g.name(kid3, "first"),
        "'s mum) and ",
        g.name(par1, "first"),
        " who have offered to help - we still need one more adult volunteer with a current DBS check.\n\n",
        "Many thanks,\n",
        g.title(teacher),
        g.name(teacher, "last"),
        "\nYear 3 Class Teacher\n",
        school,
        "\n",
        one_line(address(g, teacher.loc)),
        "\nSchool office: ",
        g.phone(teacher.loc),
        "\n\nThis email and any files transmitted with it are confidential and intended solely for the use "
        "of "
        "the individual or entity to whom they are addressed. Views or opinions presented are those of the "
        "author and do not necessarily represent those of the school or the Local Authority.\n",
    )


@T("support_email")
def tenancy_repair_chain(g: Gen, b: Builder) -> None:
    tenant, agentp, landlord, neighbour, gp = (g.person() for _ in range(5))
    contractor = g.person(female=False)
    kid = _kin(g, tenant, False)
    agency = g.org()
    amail = g.email(agentp, g.domain_of(agency))
    flat = address(g, tenant.loc)
    reported = g.day()
    problem = g.pick(
        ("damp and black mould in the back bedroom", "boiler (no hot water)", "leak from the ceiling")
    )
    b(
        "Subject: RE: Repairs - ",
        flat.street,
        "\nFrom: ",
        g.name(agentp, "full"),
        " <",
        amail,
        ">\n\nHi ",
        g.name(tenant, "first"),
        ",\n\nThanks for your patience. I've chased ",
        g.name(contractor, "full"),
        " at ",
        g.org(),
        " and he'll call you on ",
        filler.weekday(g),
        " to book a time. The landlord, ",
        g.title(landlord),
        g.name(landlord, "last"),
        ", has approved the ",
        g.pick(("replacement", "repair", "dehumidifier and anti-mould treatment")),
        ".\n\nKind regards,\n",
        g.name(agentp, "full"),
        "\nProperty Manager | ",
        agency,
        "\n",
        one_line(address(g, tenant.loc)),
        "\nT ",
        g.phone(tenant.loc),
        " | ",
        amail,
        "\n\n",
    )
    b(
        "From: ",
        g.name(tenant, "full"),
        " <",
        g.email(tenant),
        ">\nSent: ",
        g.date(reported + timedelta(days=g.rng.randrange(14, 40)), g.pick(("dd/mm/yyyy", "d Month yyyy"))),
        "\nTo: ",
        amail,
        "\nSubject: Repairs - ",
        flat.street,
        "\n\nDear ",
        g.name(agentp, "first"),
        ",\n\nI'm writing again about the ",
        problem,
        " at ",
        one_line(flat),
        ". I first reported it on ",
        g.date(reported, g.pick(("dd/mm/yyyy", "d Month", "Month d"))),
        " (your ref ",
        g.ref(),
        ") and ",
        g.name(contractor, "first"),
        " came out on ",
        filler.weekday(g),
        f" but said a part had to be ordered. That was {g.rng.randrange(2, 7)} weeks ago.\n\n",
        "My son ",
        g.name(kid, "first"),
        " has asthma and his GP, Dr ",
        g.name(gp, "last"),
        ", has written a letter (attached) saying it is making it worse. Under section 11 of the "
        "Landlord and Tenant Act 1985 the landlord is responsible for this. I would rather not involve "
        "Environmental Health, "
        "but I will if nothing happens by ",
        g.date(style=g.pick(("d Month", "dd/mm/yyyy"))),
        ".\n\nI'm in any weekday after 4pm. If nobody's home, my neighbour ",
        g.name(neighbour, "full"),
        f" at number {g.rng.randrange(1, 90)} has a spare key (",
        g.phone(neighbour.loc),
        ").\n\nAlso, the deposit protection reference you gave me (",
        g.ref(text=g.fill("DPS-########")),
        ") doesn't work on the website - could you check it?\n\nRegards,\n",
        g.name(tenant, "full"),
        "\n",
        g.phone(tenant.loc),
        "\n",
    )


# ---------------------------------------------------------------- chats and transcripts


@T("chat_transcript")
def teams_chat_paste(g: Gen, b: Builder) -> None:
    ppl = [g.person() for _ in range(3)]
    hire, mgr = g.person(), g.person()
    d = g.day()
    she, her = _he(hire)
    bracket = g.chance(0.5)
    ds = g.pick(("dd/mm/yyyy", "m/d/yyyy"))
    msgs = [
        (
            0,
            (
                "New starter ",
                g.name(hire, "full"),
                " joins ",
                g.pick(("Finance Ops", "Customer Success", "the data team", "Payroll")),
                " on ",
                _dm(g, d + timedelta(days=7), g.pick(("Month d", "d Month", "dd/mm"))),
                f". Fully remote, so the laptop needs to go to {her} home address:\n",
                one_line(address(g, hire.loc), g.chance(0.4)),
            ),
        ),
        (1, (g.name(ppl[0], "full"), " which model? ThinkPad or MacBook?")),
        (
            0,
            (
                "ThinkPad X1, standard image + Power BI. Manager is ",
                g.name(mgr, "full"),
                " in the ",
                _city(g, mgr.loc),
                " office. Employee ID ",
                g.ident("employee"),
            ),
        ),
        (2, ("I'll raise the REQ. Mobile for the courier?",)),
        (0, (g.phone(hire.loc), f" - {she} said texts are better than calls")),
        (
            2,
            (
                "REQ",
                g.ref(text=g.digits(7)),
                " raised, DPD collection tomorrow. Tracking goes to ",
                g.email(hire),
                " until ",
                her,
                " work account is live",
            ),
        ),
        (1, ("thanks ", g.name(ppl[2], "first"), "! 🙌")),
    ]
    mins = _minutes(g, len(msgs) + 1, 8 * 60, 17 * 60)
    for (who, text), m in zip(msgs, mins, strict=False):
        if bracket:
            b("[", g.date(d, ds), " ", _hm(m), "] ", g.name(ppl[who], "full"), "\n", text, "\n")
        else:
            b(g.name(ppl[who], g.pick(("full", "last_first"))), "   ", _hm(m), "\n", text, "\n")
        if g.chance(0.2):
            b(g.pick(("Edited\n", "(like) 2\n", "👍 1\n")))
    b(
        "[" if bracket else "",
        _hm(mins[-1]),
        "] " if bracket else " ",
        g.name(ppl[1], "full"),
        " added ",
        g.name(hire, "full"),
        " to the chat and shared all chat history.\n",
    )


@T("chat_transcript")
def chat_widget_transcript(g: Gen, b: Builder) -> None:
    v, agent, spouse = g.person(), g.person(), g.person()
    a_old, a_new = address(g, v.loc), address(g, v.loc)
    d = g.day()
    mail = g.email(v)
    b(
        "Conversation #",
        g.ref(text=g.digits(8)),
        " with ",
        g.name(v, g.pick(("full", "lower"))),
        "\nStarted: ",
        g.date(d, g.pick(("iso", "Mon d, yyyy"))),
        f" {g.rng.randrange(7, 22):02d}:{g.rng.randrange(60):02d} UTC\n",
        "Email: ",
        mail,
        "\nLocation: ",
        _city(g, v.loc),
        ", ",
        address(g, v.loc).country,
        "\nIP: ",
        g.ip(),
        "\nBrowser: ",
        g.pick(("Chrome 122 on Windows 10", "Safari on iOS 17.3", "Firefox 123 on Ubuntu")),
        "\nPage: ",
        g.url(),
        "\nTags: ",
        g.pick(("billing, refund", "delivery, address-change", "account")),
        "\n",
        "-" * 36,
        "\n",
    )
    secs = iter(_minutes(g, 14, 0, 1500))

    def line(who: str | tuple, *text) -> None:
        s = next(secs)
        b(f"({s // 60:02d}:{s % 60:02d}) ", who, ": ", *text, "\n")

    vname = g.name(v, "first")
    aname = g.name(agent, "first")
    line("HelpBot", "Hi there 👋 I'm the virtual assistant. What can I help with today?")
    line("Visitor", filler.issue(g))
    line("HelpBot", "I can help with that! Choose one: [Track my order] [Refunds] [Talk to a person]")
    line("Visitor", "Talk to a person")
    b("*** ", aname, " joined the chat ***\n")
    line(aname, "Hi ", vname, "! Sorry about this. Could you confirm the email and postcode on the order?")
    line("Visitor", lower(mail), " and ", lower(a_old.zip))
    line(aname, "Thanks. Order ", g.ref(), " shipped to ", one_line(a_old), " - is that still right?")
    line(
        "Visitor",
        "no!! we moved last month, its ",
        lower(one_line(a_new)) if g.chance(0.5) else one_line(a_new),
    )
    line(aname, "Updated ✅ The courier will text ", g.phone(v.loc), " with a one-hour slot.")
    line(
        "Visitor",
        "great. also my husband ",
        g.name(spouse, g.pick(("full", "lower"))),
        " has an account, can u merge them",
    )
    line(aname, "For privacy he'd need to contact us himself, but I can send him a link.")
    line("Visitor", "ok thx")
    b("*** ", aname, " left the chat ***\nRating: 👍 Good\nTranscript sent to ", mail, "\n")


@T("chat_transcript")
def call_qa_scorecard(g: Gen, b: Builder) -> None:
    agent, lead, evaluator, cust, compliance = (g.person() for _ in range(5))
    housemate = g.person(cust.loc)
    a = address(g, cust.loc)
    d = g.day()
    b("CALL QUALITY EVALUATION\n\n")
    b(
        "Agent: ",
        g.name(agent, "full"),
        " (ID ",
        g.ident("employee"),
        ")    Team lead: ",
        g.name(lead, "full"),
        "\nEvaluator: ",
        g.name(evaluator, g.pick(("full", "initial"))),
        "    Evaluated: ",
        g.date(d + timedelta(days=2), g.pick(("dd/mm/yyyy", "mm/dd/yyyy"))),
        "\nCall ID: ",
        g.ref(text=g.fill("CL-#########")),
        "    Call date: ",
        g.date(d, g.pick(("dd/mm/yyyy", "mm/dd/yyyy"))),
        f" {g.rng.randrange(8, 20):02d}:{g.rng.randrange(60):02d}    Duration: 0{g.rng.randrange(3, 10)}:",
        f"{g.rng.randrange(60):02d}    Queue: {g.pick(('Billing - EN', 'Cards', 'Retentions'))}\n",
        "Customer: ",
        g.name(cust, "full"),
        " | acct ",
        g.ident("account"),
        " | CLI ",
        g.phone(cust.loc),
        "\n\n",
    )
    b(
        "SECTION 1 - Opening (10/10)\n  [✓] Branded greeting\n  [✓] Agent gave own name\n",
        "  [✓] Call reason captured\n",
    )
    b(
        "SECTION 2 - Verification (10/20)\n  [✓] Full name\n  [✓] Date of birth (",
        g.date(style=g.pick(("dd/mm/yyyy", "d Month yyyy", "mm/dd/yyyy")), dob=True),
        ')\n  [✗] Postcode - agent accepted "',
        a.city,
        '" instead of the full postcode ',
        a.zip,
        "\nSECTION 3 - Resolution (25/30)\n  [✓] Correct fee refund\n  [✗] Did not offer paperless billing\n",
        "SECTION 4 - Compliance (FAIL)\n  [✗] Read full card number back to customer\n\n",
    )
    b(
        "Transcript excerpts:\n",
        "  02:14  CUST:  \"yeah it's ",
        lower(a.street) if g.chance(0.4) else a.street,
        ', the one by the petrol station"\n',
        '  02:19  AGENT: "lovely, and does anyone else live there with you?"\n',
        '  02:23  CUST:  "just me and my ',
        g.pick(("partner", "lodger", "brother", "mum")),
        " ",
        g.name(housemate, "first"),
        '"\n',
        "  05:41  AGENT: \"so that's the card ending ... ",
        g.card(),
        ', yeah?"\n',
        "  07:02  AGENT: \"I'll send the letter to ",
        a.street,
        " then, ",
        g.title(cust),
        g.name(cust, "last"),
        '. Anything else?"\n\n',
    )
    b(
        "Coaching notes: ",
        g.name(agent, "first"),
        " showed good empathy and ownership. The card number must never be read back in full - "
        "escalated to compliance (",
        g.name(compliance, "full"),
        "). Refresher on the verification script booked for ",
        filler.weekday(g),
        ". ",
        g.name(lead, "first"),
        " to sit in on 3 calls.\n",
        f"Overall score: {g.rng.randrange(55, 80)}% - Needs improvement\n",
    )


@T("chat_transcript")
def sms_export(g: Gen, b: Builder) -> None:
    friend, third, partner = g.person(), g.person(), g.person()
    host = address(g, friend.loc)
    d = g.day()
    b(
        "Conversation with ",
        g.name(friend, g.pick(("full", "first"))),
        " (",
        g.phone(friend.loc),
        ")\n",
        "Exported by SMS Backup & Restore on ",
        g.date(d + timedelta(days=g.rng.randrange(3, 90)), "Mon d, yyyy"),
        "\n\n",
    )
    msgs = [
        (
            "in",
            (
                "hey!! its ",
                g.name(friend, "first_lower"),
                " from ",
                g.pick(("spin class", "the dog park", "book club")),
            ),
        ),
        ("out", ("omg hi!! saved 😊",)),
        ("in", ("so sat is still on? its at ours, ", lower(host.street), " - the one with the blue door")),
        (
            "in",
            ("park on ", lower(_street_name(g, friend.loc)), " not in the drive pls, neighbours get weird"),
        ),
        (
            "out",
            ("perfect. can i bring ", g.name(third, "first_lower"), "? she just moved here from ", _city(g)),
        ),
        (
            "in",
            (
                "ofc!! the more the merrier. if i dont pick up text ",
                g.name(partner, "first_lower"),
                " on ",
                g.phone(friend.loc),
            ),
        ),
        ("out", ("omw, running 10 min late 🙈",)),
        ("in", ("no worries, buzzer says ", g.name(friend, "LAST"), " lol")),
    ]
    mins = _minutes(g, len(msgs), 9 * 60, 23 * 60)
    b(_weekday(d)[:3], ", ", g.date(d, "Mon d, yyyy"), "\n")
    for (way, text), m in zip(msgs, mins, strict=True):
        who = "Me" if way == "out" else g.name(friend, "first")
        b(_t12_from(m), "  ", who, ": ", text, "\n")
    b("\nConversation with 72975\n", _weekday(d)[:3], ", ", g.date(d, "Mon d, yyyy"), "\n")
    b(
        _t12(g, 8, 12),
        "  72975: Your ",
        g.org(),
        " verification code is ",
        g.digits(6),
        ". Don't share it with anyone.\n",
        _t12(g, 12, 18),
        "  72975: Hi ",
        g.name(friend, "first"),
        ", your parcel from ",
        g.org(),
        " will arrive today 10:15-11:15 at ",
        host.zip,
        ". Track: ",
        g.url(),
        " Reply STOP to opt out\n",
    )


def _t12_from(m: int) -> str:
    h = m // 60
    return f"{(h - 1) % 12 + 1}:{m % 60:02d} {'AM' if h < 12 else 'PM'}"


@T("chat_transcript")
def zoom_chat_save(g: Gen, b: Builder) -> None:
    host, cohost = g.person(), g.person()
    locs = [g.locale] + [g.pick_locale() for _ in range(3)] + [g.pick(("de_DE", "pl_PL", "pt_BR", "fr_FR"))]
    att = [g.person(loc) for loc in locs]
    if len(set(locs)) > 1:
        g.multi = True
    towns = [_city(g, loc) for loc in locs]
    orgs = [g.org(loc) for loc in locs]

    def disp(i: int, p: Person) -> tuple:
        style = g.pick(("full", "full", "pronouns", "phone", "org", "UPPER"))
        if style == "pronouns":
            return (g.name(p, "full"), " (she/her)" if p.female else " (he/him)")
        if style == "phone":
            return (g.name(p, "first"), "'s iPhone")
        if style == "org" and i >= 0:
            return (g.name(p, "full"), " | ", orgs[i])
        return (g.name(p, "UPPER" if style == "UPPER" else "full"),)

    names = {id(host): disp(-1, host), id(cohost): disp(-1, cohost)}
    names |= {id(p): disp(i, p) for i, p in enumerate(att)}
    secs = iter(_minutes(g, 12, 10 * 3600, 11 * 3600))

    def say(p: Person, text: tuple, to: tuple = ("Everyone",)) -> None:
        s = next(secs)
        b(
            f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d} From ",
            names[id(p)],
            " to ",
            to,
            ":\n\t",
            text,
            "\n",
        )

    topic = g.pick(("Salesforce", "Jira", "SAP", "Workday", "Slack", "HubSpot"))
    event = g.pick(("Partner Webinar", "Customer Roadmap Briefing", "Monthly Community Call"))
    b(event, " - saved chat - ", g.date(style=g.pick(("Month d, yyyy", "dd/mm/yyyy", "iso"))), "\n\n")
    say(host, ("Welcome everyone! Drop your name, where you're joining from and your role in the chat 👋",))
    say(
        att[0],
        ("Hi all, ", g.name(att[0], "full"), " joining from ", towns[0], ", ", g.pick(vocab.JOB_TITLES)),
    )
    say(att[1], ("Good morning from ", towns[1], "!"))
    say(att[4], ("Greetings from sunny ", towns[4], " ☀️ ", g.pick(vocab.JOB_TITLES), " at ", orgs[4]))
    say(cohost, ("Slides and the recording go to everyone who registered. Deck: ", g.url()))
    say(
        att[2],
        (
            "Hi ",
            g.name(host, "first"),
            ", could you resend the invite to my work address ",
            g.email(att[2]),
            "?",
        ),
        (names[id(host)], "(Direct Message)"),
    )
    say(
        att[0],
        ('Replying to "Greetings from sunny...": hey ', g.name(att[4], "first"), "! we met at the ", topic),
    )
    say(att[3], ("happy to connect on this: ", g.url(att[3]), " or ", g.phone(locs[3])))
    say(host, ('Reacted to "Slides and the recording..." with 👍',))
    say(att[1], ("Q: does the ", topic, " integration support SSO and SCIM?"))
    say(cohost, ("Great question ", g.name(att[1], "first"), " - we'll take it in the Q&A"))
    say(att[4], ("thanks all, have to drop for another call",))
    b(
        "\nMeeting summary with AI Companion\nQuick recap\n",
        g.name(host, "first"),
        " welcomed attendees from ",
        towns[0],
        ", ",
        towns[1],
        " and ",
        towns[4],
        " and walked through the Q3 roadmap. ",
        g.name(cohost, "first"),
        " demoed the new ",
        topic,
        " integration; ",
        g.name(att[1], "first"),
        " asked about SSO support.\nNext steps\n- ",
        g.name(cohost, "full"),
        " will email the recording to all registrants by ",
        filler.weekday(g),
        ".\n- ",
        g.name(host, "first"),
        " will follow up with ",
        g.name(att[2], "full"),
        " about the registration address.\n",
    )


# ---------------------------------------------------------------- HR


@T("hr_record")
def cv_two_column(g: Gen, b: Builder) -> None:
    p = g.person()
    a = address(g, p.loc)
    style = g.pick(("spaced", "UPPER", "UPPER", "full"))
    if style == "spaced":
        header = ent(f"{' '.join(p.first.upper())}   {' '.join(p.last.upper())}", "PERSON")
    else:
        header = g.name(p, style)
    title = g.pick(vocab.JOB_TITLES)
    b(header, "\n", title.upper(), "\n\nCONTACT\n")
    b(g.pick(("📞 ", "T  ", "")), g.phone(p.loc), "\n", g.pick(("✉ ", "E  ", "")), g.email(p), "\n")
    if g.chance(0.5):
        b(g.pick(("📍 ", "")), one_line(a), "\n")
    else:
        b(g.pick(("📍 ", "")), a.city, ", ", a.country, "\n")
    if g.chance(0.6):
        b(g.url(p), "\n")
    if g.chance(0.5):
        b(
            "\nPERSONAL DETAILS\nDate of birth: ",
            g.date(style=g.pick(("dd.mm.yyyy", "d Month yyyy", "dd/mm/yyyy")), dob=True),
            "\nNationality: ",
            address(g, p.loc).country,
            "\nDriving licence: category B\n",
            g.pick(("Marital status: married, two children\n", "")),
        )
    b("\nSKILLS\n", "".join(f"• {s}\n" for s in g.rng.sample(vocab.SKILLS, 4)))
    b("\nLANGUAGES\nEnglish ●●●●○\n", g.pick(("German", "Spanish", "French", "Polish")), " ●●●○○\n\n")
    b(
        "PROFILE\n",
        title,
        f" with {g.rng.randrange(3, 18)} years in ",
        g.pick(("logistics", "SaaS", "healthcare", "retail banking")),
        ". ",
        "Known for calm delivery under pressure and for turning messy spreadsheets into dashboards.\n\n",
        "WORK EXPERIENCE\n",
    )
    for i in range(g.rng.randrange(2, 4)):
        b(
            _month_year(g, 2016, 2023) if i == 0 else _month_year(g, 2009, 2015),
            " – ",
            "present" if i == 0 else _month_year(g, 2015, 2019),
            "\n",
            g.pick(vocab.JOB_TITLES),
            " | ",
            g.org(),
            " | ",
            _city(g, p.loc),
            "\n",
            f"• Cut month-end close from 9 to 5 days using {g.pick(vocab.PRODUCTS)} and Power Query\n",
            f"• Led a team of {g.rng.randrange(2, 12)}; rolled out {g.pick(vocab.PRODUCTS)} to 400 users\n",
        )
    b(
        "\nEDUCATION\n",
        g.pick(vocab.DEGREES),
        " — ",
        ent(f"University of {address(g, p.loc).city.text}", "ORGANIZATION"),
        f" — {g.rng.randrange(2000, 2015)}\n\nINTERESTS\n",
        g.pick(
            (
                "Marathon running, sourdough baking",
                "Chess, volunteering at a food bank",
                "Climbing, jazz piano",
            )
        ),
        "\n\nREFERENCES\n",
    )
    if g.chance(0.5):
        b("Available on request.\n")
    else:
        ref = g.person()
        b(g.name(ref, "full"), " — ", g.pick(vocab.JOB_TITLES), ", ", g.org(), " — ", g.email(ref), "\n")
    b("\n", g.name(p, "full"), " · CV · page 2 of 2\n")


@T("hr_record")
def feedback_360(g: Gen, b: Builder) -> None:
    p, mgr, peer1, peer2, report1 = (g.person() for _ in range(5))
    first = g.name(p, "first")
    b(
        "360° Feedback Report — ",
        g.name(p, "full"),
        "\n",
        g.pick(vocab.JOB_TITLES),
        " | ",
        g.pick(vocab.DEPARTMENTS),
        f" | Review cycle H{g.rng.randrange(1, 3)} {g.rng.randrange(2020, 2025)}\n",
        "Raters: manager (1), peers (4), direct reports (3), self. ",
        "Comments are shown verbatim and unattributed.\n\n",
    )
    b(f"{'Competency':<24}{'Self':>6}{'Mgr':>6}{'Peers':>7}{'Reports':>9}\n")
    for comp in ("Collaboration", "Communication", "Delivery", "Coaching others", "Strategic thinking"):
        vals = [round(g.rng.uniform(2.5, 5.0), 1) for _ in range(4)]
        b(f"{comp:<24}{vals[0]:>6}{vals[1]:>6}{vals[2]:>7}{vals[3]:>9}\n")
    b(
        "\nWhat should ",
        first,
        " keep doing?\n",
        '  • "',
        first,
        " was the only one who stayed late to help during the ",
        filler.product(g),
        ' migration."\n',
        '  • "Always makes time for questions - helped me and ',
        g.name(peer1, "first"),
        ' get through our first quarter-end."\n',
        "\nWhat should ",
        first,
        " start or stop doing?\n",
        '  • "Sometimes loops in ',
        g.name(peer2, "full"),
        ' too late on pricing changes."\n',
        '  • "Stop scheduling calls after 6pm with the ',
        _city(g),
        ' team."\n',
        '  • "I wish ',
        g.pick(("she", "he")) if g.chance(0.5) else first,
        " would delegate more; ",
        g.name(report1, "first"),
        ' is ready for more ownership."\n\n',
    )
    b(
        "Manager summary (",
        g.name(mgr, g.pick(("full", "middle"))),
        "):\n",
        first,
        " had a strong half: the ",
        g.pick(vocab.PRODUCT_LINES),
        " launch landed on time and NPS rose 6 points. Development focus is delegation and earlier "
        "stakeholder "
        "engagement. Recommended rating: ",
        g.pick(("Exceeds", "Strong", "Meets")),
        ".\n\nDevelopment goals\n1) Present the roadmap at the ",
        g.pick(("Q3 town hall", "EMEA offsite", "board review")),
        "\n2) Mentor one junior analyst\n3) Complete the Leading Through Change course\n\n",
        "Next check-in: ",
        g.date(style=g.pick(("d Month yyyy", "Month d, yyyy", "dd/mm/yyyy"))),
        "\n",
    )


@T("hr_record")
def reference_check_notes(g: Gen, b: Builder) -> None:
    cand, recruiter, ref1, ref2, other = (g.person() for _ in range(5))
    org1, org2 = g.org(), g.org()
    d = g.day()
    b(
        "REFERENCE CHECK — CONFIDENTIAL\n\nCandidate: ",
        g.name(cand, "full"),
        "    Role: ",
        g.pick(vocab.JOB_TITLES),
        "    Req ",
        g.ref(text=g.fill("JR-#####")),
        "\nRecruiter: ",
        g.name(recruiter, "full"),
        " (Talent Acquisition)\n\n",
    )
    b(
        "Referee 1: ",
        g.name(ref1, "full"),
        ", ",
        g.pick(vocab.JOB_TITLES),
        " at ",
        org1,
        " — former line manager, 2019-2023\n",
        "  Contact: ",
        g.phone(ref1.loc),
        " / ",
        g.email(ref1, g.domain_of(org1)),
        "   Candidate consent: Y\n",
        "  ",
        _dm(g, d, g.pick(("m/d", "dd/mm"))),
        " ",
        _t12(g, 9, 12),
        " - VM, left msg. Called back ",
        filler.weekday(g),
        ".\n",
        "  - dates & title confirmed\n",
        '  - "one of the best analysts I\'ve had", strong SQL/Tableau, ran the ',
        filler.product(g),
        " rollout\n",
        "  - dev area: quiet in big meetings; ",
        g.name(cand, "first"),
        " worked on it with a coach\n",
        "  - would rehire: YES, no hesitation\n",
        "  - reason for leaving: relocating to ",
        _city(g, cand.loc),
        " with partner\n\n",
    )
    b(
        "Referee 2: ",
        g.name(ref2, "full"),
        ", ",
        org2,
        " — peer\n",
        "  Could not reach after 3 attempts (",
        g.phone(ref2.loc),
        "). Colleague ",
        g.name(other, "full"),
        " said HR only confirms dates: ",
        ent(f"hr@{g.domain_of(org2)}", "EMAIL_ADDRESS"),
        "\n\n",
        "Background check (",
        g.pick(("Checkr", "Sterling", "HireRight")),
        "): SSN trace ",
        g.ident("ssn"),
        " clear; county criminal search clear; MVR 1 speeding ticket (2021).\n",
        "Decision: proceed to offer. Salary band B3. — ",
        g.name(recruiter, g.pick(("first", "initial"))),
        "\n",
    )


@T("hr_record")
def timesheet_export(g: Gen, b: Builder) -> None:
    p, approver, cover, doc = (g.person() for _ in range(4))
    site = address(g, p.loc)
    end = g.day()
    start = end - timedelta(days=6)
    ds = g.pick(("dd/mm", "m/d", "dd.mm.yy"))
    b(
        "WEEKLY TIMESHEET        Week ending ",
        g.date(end, g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Mon yyyy"))),
        "\nEmployee: ",
        g.name(p, g.pick(("LAST_FIRST", "full"))),
        "    Emp ID: ",
        g.ident("employee"),
        "    Cost centre: ",
        g.ref(text=g.fill("CC-####")),
        "\nSite: ",
        g.org(),
        ", ",
        one_line(site),
        "\nApprover: ",
        g.name(approver, "full"),
        "\n\n",
        f"{'Day':<5}{'Date':<10}{'In':<7}{'Out':<7}{'Brk':<5}{'Hrs':>5}  {'Code':<6}Notes\n",
    )
    total = 0.0
    for i in range(7):
        day = start + timedelta(days=i)
        code = g.pick(("REG", "REG", "REG", "OT", "PTO", "SICK")) if day.weekday() < 5 else "OFF"
        hrs = (
            0.0
            if code in ("OFF",)
            else (8.0 if code in ("PTO", "SICK") else round(g.rng.uniform(7, 10.5), 2))
        )
        total += hrs
        clock_in = (
            f"{g.rng.randrange(6, 10):02d}:{g.pick(('00', '15', '30', '45'))}"
            if code in ("REG", "OT")
            else "-"
        )
        clock_out = (
            f"{g.rng.randrange(15, 20):02d}:{g.pick(('00', '15', '30', '45'))}"
            if code in ("REG", "OT")
            else "-"
        )
        shown = _dm(g, day, ds)
        b(f"{_weekday(day)[:3]:<5}", shown, " " * max(1, 10 - len(shown.text)))
        b(f"{clock_in:<7}{clock_out:<7}{'30' if code in ('REG', 'OT') else '-':<5}{hrs:>5.2f}  {code:<6}")
        if code == "SICK":
            b("Dr appt (Dr. ", g.name(doc, "last"), ")")
        elif code == "OT" and g.chance(0.7):
            b("covered for ", g.name(cover, "first"))
        elif code == "REG" and g.chance(0.25):
            b("site visit ", _city(g, p.loc))
        elif code == "REG" and g.chance(0.2):
            b(g.pick(("forklift refresher", "Workday training", "stocktake")))
        b("\n")
    b(
        f"{'TOTAL':<39}{total:>5.2f}\n\n",
        "I certify that the hours above are true and complete. Signed: ",
        g.name(p, g.pick(("full", "initial"))),
        "  ",
        _dm(g, end, ds),
        "\nApproved by ",
        g.name(approver, "full"),
        " on ",
        g.date(end + timedelta(days=1), g.pick(("dd/mm/yyyy", "mm/dd/yyyy"))),
        f" {g.rng.randrange(8, 18):02d}:{g.rng.randrange(60):02d} via Workday\n",
    )


@T("hr_record")
def grievance_minutes(g: Gen, b: Builder) -> None:
    emp, chair, hr, companion, notes, supervisor, w1, w2, appeal = (g.person() for _ in range(9))
    org = g.org()
    d = g.day()
    she, her = _he(emp)
    b(
        "NOTES OF GRIEVANCE HEARING — STRICTLY PRIVATE AND CONFIDENTIAL\n\n",
        "Date: ",
        g.date(d, g.pick(("d Month yyyy", "dd/mm/yyyy"))),
        "    Time: 14:00    Location: Meeting Room 2, ",
        org,
        ", ",
        _city(g, emp.loc),
        "\nPresent: ",
        g.name(chair, "full"),
        " (Chair, Operations Manager); ",
        g.name(hr, "full"),
        " (HR Adviser); ",
        g.name(emp, "full"),
        " (Employee); ",
        g.name(companion, "full"),
        " (Companion, union rep); ",
        g.name(notes, "full"),
        " (note-taker)\n\n",
    )
    emp_last = g.name(emp, "last")
    b(
        "1. The Chair explained the purpose of the meeting and the grievance procedure. ",
        emp_last,
        " confirmed ",
        she,
        " had received the invitation letter and the documents pack.\n\n",
        "2. ",
        emp_last,
        " said that on ",
        _dm(g, d - timedelta(days=g.rng.randrange(10, 40)), g.pick(("d Month", "dd/mm"))),
        " at the ",
        _city(g, emp.loc),
        " depot, ",
        g.name(supervisor, "full"),
        " (Shift Supervisor) shouted at ",
        her,
        " in front of the loading team and called ",
        her,
        ' "useless". ',
        _cap(she),
        " said this was the third incident since ",
        g.pick(vocab.MONTHS),
        ".\n\n",
        "3. ",
        g.name(companion, "last"),
        " asked whether CCTV from the yard had been preserved. ",
        g.name(hr, "last"),
        " said a request had been made.\n\n",
        "4. Witness statements from ",
        g.name(w1, "first"),
        " and ",
        g.name(w2, "full"),
        " were read. ",
        g.name(w1, "first"),
        " did not hear the remark; ",
        g.name(w2, "last"),
        " confirmed raised voices.\n\n",
        "5. ",
        emp_last,
        " asked to be moved to the ",
        g.pick(("early", "late", "weekend")),
        " shift while the matter is investigated. The Chair agreed as an interim measure.\n\n",
        "Outcome: the Chair will write to ",
        g.name(emp, "first"),
        " at ",
        her,
        " home address (",
        one_line(address(g, emp.loc)),
        ") within five working days. Right of appeal to ",
        g.name(appeal, "full"),
        ", Regional Director.\n\n",
        "Signed as an accurate record: ____________________ (",
        g.name(emp, "full"),
        ")\n",
    )


# ---------------------------------------------------------------- forms


@T("form_invoice")
def motor_claim_fnol(g: Gen, b: Builder) -> None:
    p, other, witness, passenger, officer = (g.person() for _ in range(5))
    a = address(g, p.loc)
    d = g.day()
    sep = g.pick((": ", ":\t"))
    b("FIRST NOTICE OF LOSS — AUTO\n", "Claim #", sep, g.ref(text=g.fill("##-####-####-@")), "\n")
    b("Reported", sep, g.date(d + timedelta(days=1), g.pick(("mm/dd/yyyy", "dd/mm/yyyy"))), " by phone\n\n")
    b(
        "POLICYHOLDER\n Name",
        sep,
        g.name(p, g.pick(("full", "LAST_FIRST"))),
        "\n Policy #",
        sep,
        g.ident("policy"),
        "\n Address",
        sep,
        one_line(a),
        "\n Cell",
        sep,
        g.phone(p.loc),
        "   Email",
        sep,
        g.email(p),
        "\n Driver licence #",
        sep,
        g.ident("licence"),
        "\n\n",
    )
    b(
        "INSURED VEHICLE\n ",
        f"{g.rng.randrange(2008, 2024)} {g.pick(_CARS)}, {g.pick(('silver', 'white', 'dark blue', 'red'))}\n",
        " VIN",
        sep,
        _vin(g),
        "\n Plate",
        sep,
        g.ident("vehicle"),
        "\n Damage",
        sep,
        g.pick(
            ("rear bumper, tailgate, parking sensors", "front bumper, hood, radiator", "driver-side doors")
        ),
        "\n\n",
    )
    s1, s2 = _street_name(g, p.loc), _street_name(g, p.loc)
    b(
        "LOSS DETAILS\n Date/time",
        sep,
        g.date(d, g.pick(("mm/dd/yyyy", "dd/mm/yyyy"))),
        f" approx. {g.rng.randrange(7, 21):02d}:{g.rng.randrange(60):02d}\n",
        " Location",
        sep,
        "intersection of ",
        s1,
        " and ",
        s2,
        ", ",
        a.city,
        "\n Police report #",
        sep,
        g.ref(text=g.fill("####-######")),
        " (Ofc. ",
        g.name(officer, "last"),
        ", badge ",
        g.digits(4),
        ")\n Description",
        sep,
        "I was stopped at the red light on ",
        s1,
        " when the other vehicle, driven by ",
        g.name(other, "full"),
        ", hit me from behind. ",
        g.pick(("It was raining.", "The other driver said his brakes failed.", "No one was on the phone.")),
        " My passenger ",
        g.name(passenger, "first"),
        " complained of neck pain and was seen at ",
        g.hospital(),
        ".\n\n",
    )
    b(
        "OTHER PARTY\n Name",
        sep,
        g.name(other, "full"),
        "\n Phone",
        sep,
        g.phone(other.loc),
        "\n Insurer",
        sep,
        g.org(),
        ", policy ",
        g.ident("policy"),
        "\n Plate",
        sep,
        g.ident("vehicle"),
        "\n\nWITNESS\n ",
        g.name(witness, "full"),
        ", ",
        g.phone(witness.loc),
        " - was walking ",
        g.pick(("her", "his")),
        " dog on ",
        s2,
        "\n\nRepair shop",
        sep,
        g.org(),
        ", ",
        one_line(address(g, p.loc)),
        "\nRental needed: Y    Towed: N    Airbags deployed: N\n\n",
        "I declare the above is true to the best of my knowledge.  Signature: ",
        g.name(p, "full"),
        "   Date: ",
        g.date(d + timedelta(days=1), "mm/dd/yy"),
        "\n",
    )


@T("form_invoice")
def student_enrolment_packet(g: Gen, b: Builder) -> None:
    mum, dad = g.person(female=True), g.person(female=False)
    kid = _kin(g, dad if g.chance(0.6) else mum)
    gran, neighbour, gp = g.person(mum.loc, True), g.person(mum.loc), g.person()
    home = address(g, mum.loc)
    word = g.pick(("Westfield", "Kingsmead", "Lakeside", "St Joseph's", "Greenhill"))
    school = ent(
        f"{word} {g.pick(('Primary School', 'Public School', 'Elementary', 'Junior School'))}", "ORGANIZATION"
    )
    b(upper(school), "\nSTUDENT ENROLMENT FORM ", str(g.rng.randrange(2019, 2026)), "\n\n")
    b(
        "SECTION A – STUDENT\n",
        "Legal surname: ",
        g.name(kid, g.pick(("last", "LAST"))),
        "\nGiven name(s): ",
        ent(f"{kid.first} {kid.middle}", "PERSON"),
        "\nPreferred name: ",
        g.name(kid, "first"),
        "\nDate of birth: ",
        g.date(g.day(2010, 2020), g.pick(("dd/mm/yyyy", "mm/dd/yyyy", "d Month yyyy")), dob=True),
        "   Gender: ",
        "F" if kid.female else "M",
        "\nCountry of birth: ",
        address(g, mum.loc).country,
        "\nLanguage(s) spoken at home: ",
        g.pick(("English", "English, Polish", "Portuguese", "English, Urdu", "German")),
        "\nPrevious school: ",
        g.org(),
        "\n\n",
    )
    b("SECTION B – PARENTS / GUARDIANS\n")
    for label, par in (("Parent/Carer 1", mum), ("Parent/Carer 2", dad)):
        b(
            label,
            ": ",
            g.name(par, "full"),
            "    Relationship: ",
            "Mother" if par.female else "Father",
            "\n  Occupation: ",
            g.pick(vocab.JOB_TITLES),
            ", ",
            g.org(),
            "\n  Mobile: ",
            g.phone(par.loc),
            "    Email: ",
            g.email(par),
            "\n",
        )
    b(
        "Home address:\n",
        block(home, "  "),
        "Student lives with: ",
        g.pick(("both parents", "mother", "father, alternate weekends with mother")),
        "\nCourt orders in place: [ ] Yes  [x] No\n\n",
        "SECTION C – MEDICAL\nDoctor: Dr ",
        g.name(gp, "full"),
        ", ",
        g.org(),
        " — ",
        g.phone(gp.loc),
        "\nMedicare / health card no.: ",
        g.ident(g.pick(("member", "national")), mum.loc),
        "\nConditions: ",
        g.pick(
            (
                "asthma (Ventolin as needed)",
                "anaphylaxis to peanuts - EpiPen",
                "type 1 diabetes (Libre sensor)",
            )
        ),
        "\n\nSECTION D – EMERGENCY CONTACTS (other than parents)\n1. ",
        g.name(gran, "full"),
        " (grandmother) ",
        g.phone(gran.loc),
        "\n2. ",
        g.name(neighbour, "full"),
        " (neighbour) ",
        g.phone(neighbour.loc),
        "\n\nSECTION E – CONSENTS\n[x] Photos may appear in the newsletter\n[x] Local excursions (walking)\n",
        "[ ] Name may appear on the school website\n\n",
        "Signature of parent/guardian: ",
        g.name(mum, g.pick(("full", "initial"))),
        "    Date: ",
        g.date(style=g.pick(("dd/mm/yyyy", "mm/dd/yyyy"))),
        "\n\nOFFICE USE: Student no. ",
        ent(g.fill("S#######"), "ID"),
        "   Received by ",
        g.name(g.person(), "first"),
        "\n",
    )


_SCHENGEN = (
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "cs_CZ",
    "sv_SE",
    "fi_FI",
    "da_DK",
    "hu_HU",
)


@T("form_invoice")
def schengen_visa_form(g: Gen, b: Builder) -> None:
    loc = g.pick(("vi_VN", "pt_BR", "en_US", "en_GB", "en_AU", "en_CA", "en_IE", g.locale))
    host_loc = g.pick(_SCHENGEN)
    g.multi = True
    p, host = g.person(loc), g.person(host_loc)
    home, work, host_addr = address(g, loc), address(g, loc), address(g, host_loc)
    arrive = g.day(2018, 2025)
    style = "dd-mm-yyyy" if g.chance(0.5) else "dd/mm/yyyy"

    def dmy(d: date, dob: bool = False) -> Ent:
        return ent(d.strftime("%d-%m-%Y" if style == "dd-mm-yyyy" else "%d/%m/%Y"), "DATE", dob=dob)

    issued = g.day(2014, 2023)
    b("APPLICATION FOR SCHENGEN VISA\nThis application form is free\n\n")
    b("1. Surname (Family name): ", g.name(p, "LAST"), "\n")
    b("2. Surname at birth (Former family name(s)): ", g.pick((g.name(p, "LAST"), "—")), "\n")
    b("3. First name(s) (Given name(s)): ", g.name(p, g.pick(("FIRST", "first"))), "\n")
    b("4. Date of birth (day-month-year): ", dmy(g.day(1950, 2004), dob=True), "\n")
    b("5. Place of birth: ", _city(g, loc), "\n6. Country of birth: ", home.country, "\n")
    b("7. Current nationality: ", home.country, "   Nationality at birth, if different: —\n")
    b("8. Sex: [", " " if p.female else "X", "] Male  [", "X" if p.female else " ", "] Female\n")
    b("9. Civil status: [ ] Single  [X] Married  [ ] Separated  [ ] Divorced  [ ] Widow(er)\n")
    b("11. National identity number, where applicable: ", g.ident("national", loc), "\n")
    b("12. Type of travel document: [X] Ordinary passport  [ ] Diplomatic passport\n")
    b("13. Number of travel document: ", g.ident("passport", loc), "\n")
    b("14. Date of issue: ", dmy(issued), "   15. Valid until: ", dmy(issued + timedelta(days=3652)), "\n")
    b("16. Issued by (country): ", home.country, "\n")
    b(
        "17. Applicant's home address and e-mail address: ",
        one_line(home, True),
        " / ",
        g.email(p),
        "\n    Telephone no.: ",
        g.phone(loc),
        "\n",
    )
    b("19. Current occupation: ", g.pick(vocab.JOB_TITLES), "\n")
    b(
        "20. Employer and employer's address and telephone number: ",
        g.org(loc),
        ", ",
        one_line(work),
        ", ",
        g.phone(loc),
        "\n",
    )
    b("21. Main purpose(s) of the journey: [X] Tourism  [ ] Business  [X] Visiting family or friends\n")
    b("23. Member State(s) of destination: ", host_addr.country, "\n")
    b("26. Intended date of arrival: ", dmy(arrive), "   27. Intended date of departure: ")
    b(dmy(arrive + timedelta(days=g.rng.randrange(7, 60))), "\n")
    b(
        "30. Surname and first name of the inviting person(s) in the Member State(s): ",
        g.name(host, g.pick(("UPPER", "full", "LAST_FIRST"))),
        "\n    Address and e-mail address of inviting person(s): ",
        one_line(host_addr),
        ", ",
        g.email(host),
        "\n    Telephone no.: ",
        g.phone(host_loc),
        "\n",
    )
    b("33. Cost of travelling and living during the stay is covered [X] by the applicant himself/herself\n\n")
    b("Place and date: ", _city(g, loc), ", ", dmy(arrive - timedelta(days=g.rng.randrange(20, 90))))
    b("      Signature: ", g.name(p, g.pick(("full", "initial"))), "\n")


@T("form_invoice")
def tenancy_application_flat(g: Gen, b: Builder) -> None:
    p, co, landlord, boss, ref1, ref2, kin = (g.person() for _ in range(7))
    prop, cur, prev = address(g, p.loc), address(g, p.loc), address(g, p.loc)
    agency = g.org()
    b(upper(agency), "\nRESIDENTIAL TENANCY APPLICATION\n\n")
    b(
        "Property applied for: ",
        one_line(prop),
        f"    Rent: ${g.rng.randrange(350, 900)} per week    Lease term: 12 months    Start: ",
        g.date(style=g.pick(("dd/mm/yyyy", "d Month yyyy"))),
        "\n\nAPPLICANT 1\n",
        "Title:  [",
        " " if p.female else "x",
        "] Mr  [",
        "x" if p.female else " ",
        "] Ms  [ ] Mrs  [ ] Dr\n",
        "Surname ______ ",
        g.name(p, "last"),
        "     Given names ______ ",
        g.name(p, "first"),
        "\nDate of birth ______ ",
        g.date(style=g.pick(("dd/mm/yyyy", "dd.mm.yyyy")), dob=True),
        "\nDriver licence no. ______ ",
        g.ident("licence"),
        "     Passport no. ______ ",
        g.ident("passport", p.loc),
        "\nMobile ______ ",
        g.phone(p.loc),
        "     Email ______ ",
        g.email(p),
        "\n\nCurrent address: ",
        one_line(cur),
        f"\nHow long: {g.rng.randrange(1, 7)} yrs {g.rng.randrange(0, 12)} mths    Reason for leaving: ",
        g.pick(("need a bigger place", "owner selling", "closer to work")),
        "\nCurrent landlord / agent: ",
        g.name(landlord, "full"),
        " of ",
        g.org(),
        "   Ph: ",
        g.phone(landlord.loc),
        "\nPrevious address: ",
        one_line(prev),
        "\n\nEMPLOYMENT\n",
        g.org(),
        " – ",
        g.pick(vocab.JOB_TITLES),
        " – since ",
        _month_year(g, 2012, 2023),
        f"\nNet income: ${g.rng.randrange(900, 3500)}/week    Contact: ",
        g.name(boss, "full"),
        " ",
        g.phone(boss.loc),
        "\n\nPERSONAL REFERENCES (not related)\n1. ",
        g.name(ref1, "full"),
        " ",
        g.phone(ref1.loc),
        "\n2. ",
        g.name(ref2, "full"),
        " ",
        g.phone(ref2.loc),
        "\nEmergency contact: ",
        g.name(kin, "full"),
        " (",
        g.pick(("sister", "brother", "mother", "father")),
        ") ",
        g.phone(kin.loc),
        "\nVehicle registration: ",
        g.ident("vehicle"),
        "    Pets: ",
        g.pick(("1 x dog (Kelpie, desexed, registered)", "none", "2 cats (indoor)")),
        "\n\nAPPLICANT 2 (co-tenant)\nName: ",
        g.name(co, "full"),
        "    DOB: ",
        g.date(style="dd/mm/yyyy", dob=True),
        "    Mobile: ",
        g.phone(co.loc),
        "\n\nDECLARATION: I declare the information above is true and correct and authorise the agent to "
        "check tenancy databases (TICA, NTD) and to contact my referees.\n",
        "Signed: ",
        g.name(p, g.pick(("full", "initial"))),
        "    Date: ",
        g.date(style="dd/mm/yyyy"),
        "\n",
    )


@T("form_invoice")
def vehicle_bill_of_sale(g: Gen, b: Builder) -> None:
    seller, buyer, notary = g.person(), g.person(), g.person()
    sa, ba = address(g, seller.loc), address(g, buyer.loc)
    d = g.day()
    price = g.rng.randrange(1500, 38000)
    b(
        "MOTOR VEHICLE BILL OF SALE\n\n",
        f"For the sum of ${price:,}.00, paid by ",
        g.name(buyer, "full"),
        ' ("Buyer"), receipt of which is hereby acknowledged, I, ',
        g.name(seller, "full"),
        ' ("Seller"), of ',
        one_line(sa),
        ", hereby sell and transfer to the Buyer the following vehicle:\n\n",
        f"Year/Make/Model: {g.rng.randrange(2004, 2023)} {g.pick(_CARS)}\n",
        f"Body: {g.pick(('SUV', 'Sedan', 'Pickup', 'Hatchback'))}",
        f"    Colour: {g.pick(('Silver', 'Black', 'Pearl White', 'Grey'))}\n",
        "VIN: ",
        _vin(g),
        f"\nOdometer: {g.rng.randrange(12000, 190000):,} miles (actual mileage)\nTitle no.: ",
        g.ref(text=g.fill("########")),
        "    Plate: ",
        g.ident("vehicle"),
        "\n\nThe vehicle is sold AS IS, with no warranty express or implied. The Seller certifies that "
        "the vehicle "
        "is free of all liens and encumbrances.\n\n",
        "SELLER\nSignature: ______________________    Printed name: ",
        g.name(seller, g.pick(("full", "UPPER"))),
        "\nDriver licence: ",
        g.ident("licence"),
        "    Phone: ",
        g.phone(seller.loc),
        "    Date: ",
        g.date(d, "mm/dd/yyyy"),
        "\n\nBUYER\nSignature: ______________________    Printed name: ",
        g.name(buyer, g.pick(("full", "UPPER"))),
        "\nAddress: ",
        one_line(ba),
        "\nDriver licence: ",
        g.ident("licence"),
        "    Phone: ",
        g.phone(buyer.loc),
        "\n\nNOTARY ACKNOWLEDGMENT\nOn ",
        g.date(d, g.pick(("Month d, yyyy", "the dth of Month"))),
        ", before me, ",
        g.name(notary, "full"),
        ", Notary Public, personally appeared ",
        g.name(seller, "full"),
        " and ",
        g.name(buyer, "full"),
        ", known to me or proved on satisfactory evidence to be the persons whose names are subscribed "
        "above.\n",
        "My commission expires: ",
        g.date(d + timedelta(days=g.rng.randrange(200, 1400)), "mm/dd/yyyy"),
        "    Commission #",
        g.ref(text=g.digits(7)),
        "\n",
    )


# ---------------------------------------------------------------- international contacts

_CURRENCY = {
    "en_US": "USD",
    "en_CA": "CAD",
    "en_AU": "AUD",
    "en_GB": "GBP",
    "pl_PL": "PLN",
    "sv_SE": "SEK",
    "no_NO": "NOK",
    "da_DK": "DKK",
    "cs_CZ": "CZK",
    "hu_HU": "HUF",
    "pt_BR": "BRL",
    "vi_VN": "VND",
}


@T("intl_contacts")
def eor_payroll_register(g: Gen, b: Builder) -> None:
    eor = g.org()
    month = g.pick(vocab.MONTHS)
    b(
        "GLOBAL PAYROLL REGISTER — ",
        month,
        f" {g.rng.randrange(2021, 2026)}\nPrepared by ",
        eor,
        " (Employer of Record) for ",
        g.org(),
        "\nConfidential: contains personal data. Do not forward.\n\n",
    )
    for loc in g.other_locales(g.rng.randrange(8, 11)):
        p, a = g.person(loc), address(g, loc)
        gross = g.rng.randrange(2500, 12000) * (25 if loc == "vi_VN" else 1)
        b(
            "■ ",
            a.country,
            " — ",
            g.org(loc),
            "\n  ",
            g.name(p, g.pick(("full", "LAST_FIRST", "full"))),
            "  ·  Emp ",
            g.ident("employee"),
            "  ·  Tax/National ID ",
            g.ident("national", loc),
            "\n  ",
            one_line(a),
            "\n  Bank: ",
            g.iban(loc)
            if loc not in ("en_US", "en_CA", "en_AU", "vi_VN", "sv_SE", "hu_HU")
            else g.ident("account"),
            f"  ·  Gross {gross:,} {_CURRENCY.get(loc, 'EUR')}  ·  Start ",
            g.date(style=g.pick(("iso", "dd.mm.yyyy", "dd/mm/yyyy"))),
            "\n\n",
        )
    b(
        "Totals reconciled by ",
        g.name(g.person(), "full"),
        ". Queries: ",
        g.email(g.person(), g.domain_of(eor)),
        "\n",
    )


@T("intl_contacts")
def alumni_class_notes(g: Gen, b: Builder) -> None:
    year = g.rng.randrange(1985, 2015)
    b(f"CLASS NOTES — Class of {year}\nCompiled by your class secretary\n\n")
    locs = g.other_locales(g.rng.randrange(6, 9))
    for i, loc in enumerate(locs):
        if g.chance(0.25):
            p = _world_person(
                g, g.pick(("Japanese", "Indian", "Yoruba", "Korean", "Greek", "Turkish", "Filipino"))
            )
        else:
            p = g.person(loc)
        spouse = g.person(loc, not p.female)
        he, his = _he(p)
        yy = f"'{year % 100:02d}"
        kind = i % 4
        if kind == 0:
            b(
                g.name(p, "full"),
                f" ({yy}) writes from ",
                _city(g, loc),
                f", where {he} has been {g.pick(vocab.JOB_TITLES).lower()} at ",
                g.org(loc),
                f" since {g.rng.randrange(2010, 2024)}. {_cap(he)} married ",
                g.name(spouse, "full"),
                f" last {g.pick(vocab.MONTHS)}; they live on ",
                _street_name(g, loc),
                " with two very spoiled cats. Classmates passing through can reach ",
                "her" if p.female else "him",
                " at ",
                g.email(p),
                ".\n\n",
            )
        elif kind == 1:
            home = address(g, loc)
            b(
                "After twelve years in ",
                _city(g, loc),
                ", ",
                g.name(p, "full"),
                " and ",
                g.name(spouse, "first"),
                " have moved back to ",
                home.city,
                " (",
                home.country,
                "). ",
                g.name(p, "first"),
                f" is teaching {g.pick(('chemistry', 'Latin', 'economics', 'piano'))} and says the door is "
                "always "
                "open: ",
                one_line(home),
                ", tel. ",
                g.phone(loc),
                ".\n\n",
            )
        elif kind == 2:
            child = _kin(g, p)
            b(
                "Sad news: ",
                g.name(p, "full"),
                f" ({yy}) died on ",
                g.date(style=g.pick(("d Month yyyy", "Month d, yyyy"))),
                " in ",
                _city(g, loc),
                f" after a long illness. Condolences may be sent to {his} ",
                "son" if not child.female else "daughter",
                ", ",
                g.name(child, "full"),
                ", at ",
                one_line(address(g, loc), True),
                ".\n\n",
            )
        else:
            b(
                g.name(p, "full"),
                " reports that the reunion dinner in ",
                _city(g, loc),
                " drew forty of us. ",
                g.name(spouse, "first"),
                " took the photos; they are at ",
                g.url(),
                ". Next year: ",
                _city(g, loc),
                ", hosted by ",
                g.name(g.person(loc), "full"),
                ".\n\n",
            )
    b("Send news for the next issue to ", g.email(g.person()), " by ", g.date(style="Month d"), ".\n")


def _sql(piece: Ent) -> Ent:
    return Ent(piece.text.replace("'", "\\'"), piece.entity, piece.tier)


@T("intl_contacts")
def sql_insert_dump(g: Gen, b: Builder) -> None:
    b(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n",
        "-- Host: localhost    Database: crm_prod\n",
        "-- ------------------------------------------------------\n\n",
        "DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n",
        "  `id` int NOT NULL AUTO_INCREMENT,\n",
        "  `first_name` varchar(64) NOT NULL,\n  `last_name` varchar(64) NOT NULL,\n",
        "  `email` varchar(255),\n",
        "  `phone` varchar(32),\n  `street` varchar(128),\n  `postcode` varchar(16),\n",
        "  `city` varchar(64),\n",
        "  `country` char(2),\n  `birth_date` date,\n  `created_at` datetime,\n  `last_ip` varchar(45),\n",
        "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n",
        "LOCK TABLES `customers` WRITE;\n/*!40000 ALTER TABLE `customers` DISABLE KEYS */;\n",
        "INSERT INTO `customers` VALUES ",
    )
    locs = g.other_locales(g.rng.randrange(6, 10))
    row_id = g.rng.randrange(1000, 90000)
    for i, loc in enumerate(locs):
        p, a = g.person(loc), address(g, loc)
        row_id += g.rng.randrange(1, 40)
        b(
            f"({row_id},'",
            _sql(g.name(p, "first")),
            "','",
            _sql(g.name(p, "last")),
            "','",
            _sql(g.email(p)),
            "','",
            g.phone(loc, ext=0),
            "','",
            _sql(a.street),
            "','",
            a.zip,
            "','",
            _sql(a.city),
            f"','{loc[-2:]}','",
            g.date(style="iso", dob=True),
            "','",
            g.date(style="iso"),
            f" {g.rng.randrange(24):02d}:{g.rng.randrange(60):02d}:{g.rng.randrange(60):02d}','",
            g.ip(),
            "')",
            "," if i < len(locs) - 1 else ";\n",
        )
    b("/*!40000 ALTER TABLE `customers` ENABLE KEYS */;\nUNLOCK TABLES;\n")


@T("intl_contacts")
def holiday_card_list(g: Gen, b: Builder) -> None:
    b(
        g.pick(("Christmas cards ✉️ (✓ = sent)", "Wedding invites - addresses!!", "Xmas list (Mum's book)")),
        "\n\n",
    )
    for loc in g.other_locales(g.rng.randrange(7, 10)):
        p = g.person(loc)
        partner = g.person(loc, not p.female)
        a = address(g, loc)
        tick = g.pick(("✓ ", "✓ ", "  ", "? "))
        kind = g.rng.randrange(4)
        if kind == 0:
            b(tick, g.name(p, "first"), " & ", g.name(partner, "first"), " ", g.name(p, "last"))
            b(" (+ kids ", g.name(_kin(g, p), "first"), ", ", g.name(_kin(g, p), "first"), ")\n")
            b(block(a, "    ", country=True))
        elif kind == 1:
            b(tick, g.name(p, "full"), " (uni friend) — moved!! new addr: ", one_line(a, True), "\n")
        elif kind == 2:
            b(tick, g.pick(("Oma & Opa ", "Auntie ", "Uncle ", "Cousin ")), g.name(p, "first"), "\n")
            b(block(a, "    ", country=g.chance(0.6), caps_city=g.chance(0.4)))
        else:
            b(tick, g.name(p, "lower"), " — ", lower(one_line(a)), g.pick((" (ask for flat no.)", "")), "\n")
        if g.chance(0.5):
            b("    tel ", g.phone(loc), "\n")
        b("\n")


@T("intl_contacts")
def exchange_placements(g: Gen, b: Builder) -> None:
    year = g.rng.randrange(2018, 2026)
    b(
        f"Exchange programme {year}/{(year + 1) % 100:02d} — host family placements\n",
        "CONFIDENTIAL: for regional coordinators only\n\n",
    )
    locs = g.other_locales(g.rng.randrange(8, 11))
    for i in range(0, len(locs) - 1, 2):
        sloc, hloc = locs[i], locs[i + 1]
        s = g.person(sloc)
        parent = _kin(g, s)
        host = g.person(hloc)
        host2 = _kin(g, host, not host.female)
        sib = _kin(g, host)
        home, haddr = address(g, sloc), address(g, hloc)
        born = g.day(year - 18, year - 16)
        b(
            f"Student {i // 2 + 1}: ",
            g.name(s, g.pick(("LAST_FIRST", "full", "UPPER"))),
            " (",
            home.country,
            ", age ",
            g.age(year - born.year),
            ")\n  Home: ",
            one_line(home, True),
            "\n  Parent: ",
            g.name(parent, "full"),
            " ",
            g.phone(sloc),
            "\n  Passport ",
            g.ident("passport", sloc),
            " · DOB ",
            g.date(born, g.pick(("iso", "dd.mm.yyyy", "dd/mm/yyyy")), dob=True),
            "\n  Host family: ",
            g.name(host, "last"),
            " family — ",
            g.name(host, "first"),
            " & ",
            g.name(host2, "first"),
            "\n  ",
            one_line(haddr, True),
            "\n  Host phone ",
            g.phone(hloc),
            " · school: ",
            g.org(hloc),
            "\n  Notes: ",
            g.pick(
                ("vegetarian", "allergic to cats", "plays cello, needs practice space", "first time abroad")
            ),
            "; host ",
            "sister" if sib.female else "brother",
            " ",
            g.name(sib, "first"),
            f" ({g.rng.randrange(8, 17)}) is learning ",
            g.pick(("English", "German", "Spanish", "French")),
            ".\n\n",
        )
    b("Regional coordinator: ", g.name(g.person(), "full"), " · ", g.phone(), " (24h emergency line)\n")
