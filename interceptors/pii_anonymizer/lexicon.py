"""Word knowledge for telling names from ordinary words, all from installed packages (offline).

* Person names: the first and last names Faker ships for its ~80 locales (about 30,000 of each).
* How common a word is in English: wordfreq's Zipf frequency (7 = "the", 3 = one in a million
  words, 0 = unknown). Names are in wordfreq too ("lisa" 4.3), so a word is judged by both.
* A safe list of clinical abbreviations and note headings that spaCy's small model takes for
  names or places ("q.d." as a place, "Consult Note" as a person).

A name-shaped word is a capitalized word that is a known name, or that English does not know
(Ogrady, Karoliina): what a de-identifier must mask. A common word that is not a known name
("Walk-in", "Cardiologist", "Friday") is not a name.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re

_SYNTAX = frozenset("\\()[]{}.*+?|^$")


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression's alternation."""
    out, cur, depth, i = [], [], 0, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            cur.append(alternation[i : i + 2])
            i += 2
            continue
        depth += c in "(["
        depth -= c in ")]"
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    return [*out, "".join(cur)]


def trie(alternation: str) -> str:
    """The same alternation with its alternatives grouped by their leading characters
    ("tel|telephone|fax" -> "tel(?:|ephone)|fax"), so the regex engine tries one branch per first
    letter instead of every alternative at every position: the keyword rules cost a fifth.

    It matches what the flat alternation matches, in the same order of preference: alternatives keep
    their order within a group, alternatives of two groups cannot match at the same place, and an
    alternative that could (empty, or starting with syntax) stays where it was, between groups."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}

    def flush() -> None:
        for first, rests in groups.items():
            inner = trie("|".join(rests))
            out.append(first + inner if len(_alternatives(inner)) == 1 else f"{first}(?:{inner})")
        groups.clear()

    for alternative in _alternatives(alternation):
        head = alternative[:2]
        if head and head[0] not in _SYNTAX and head[1:] not in ("*", "+", "?", "{"):
            groups.setdefault(head[0], []).append(alternative[1:])
        else:
            flush()
            out.append(alternative)
    flush()
    return "|".join(out)


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of `words`."""
    return frozenset(words.split())


# Markup's tags, never a chat nickname ("<li> one", "<td> 12")
HTML_TAGS = word_set(
    """html head body div span p a b i u s q li ul ol dl dt dd tr td th table thead tbody br hr em strong
    code pre h1 h2 h3 h4 h5 h6 img section article nav header footer main form input label button select
    option script style title meta link small sub sup blockquote cite abbr mark time figure caption"""
)
# Element codes of an airline passenger record (travel.py), never a name ("CTCM EK", "SSR DOCS").
PNR_CODES = word_set(
    "SSR OSI DOCS DOCA DOCO CTCM CTCE CTCH APE APM APH APB HK1 HK2 HK3 KK1 TKNE TKNA TKOK OPW OPC OTHS "
    "FOID FQTV PCTC WCHR WCHC VGML AVML KSML INFT CHLD GRPS SEAT ADTK RQST"
)


# Abbreviations and words of clinical notes that are never names or places.
CLINICAL = word_set("""
q.d. qd b.i.d. bid t.i.d. tid q.i.d. qid q.o.d. qod q.h.s. qhs q.h. qh h.s. hs p.r.n. prn p.o. po
i.v. iv i.m. im s.c. sc subq sq s.l. sl n.p.o. npo stat a.c. ac p.c. pc od os ou ad as au
bp hr rr spo2 o2 sat temp bmi wbc rbc hgb hct plt bun cr gfr ast alt inr ptt ekg ecg eeg emg mri ct
cxr kub us ivf tpn ngt picc icu ccu nicu picu er ed or pacu pt ot slp snf rn np md do pa dds
hpi pmh psh fhx shx ros cc a&p mg mcg kg ml dl mmol meq mmhg bpm copd chf cad htn dm dm2 cva tia
mi pe dvt uti uri gerd ckd esrd afib aflutter svt vt vf nstemi stemi cabg pci ptca hx sx dx rx tx fx
""")

# Common drugs, generic and brand names (a safe list, as Philter keeps one): spaCy's small model
# takes many for names or places ("Coumadin", "Keflex"), and no name list has them.
DRUGS = word_set("""
acetaminophen paracetamol tylenol ibuprofen advil motrin naproxen aleve aspirin asa celecoxib celebrex
diclofenac voltaren meloxicam mobic ketorolac toradol tramadol ultram oxycodone percocet oxycontin
hydrocodone vicodin norco morphine ms-contin hydromorphone dilaudid fentanyl duragesic codeine methadone
buprenorphine suboxone naloxone narcan gabapentin neurontin pregabalin lyrica cyclobenzaprine flexeril
baclofen tizanidine zanaflex methocarbamol robaxin prednisone prednisolone methylprednisolone medrol
solu-medrol dexamethasone decadron hydrocortisone metformin glucophage glipizide glyburide glimepiride
insulin lantus levemir humalog novolog tresiba sitagliptin januvia empagliflozin jardiance dapagliflozin
farxiga liraglutide victoza semaglutide ozempic wegovy pioglitazone actos lisinopril zestril prinivil
enalapril vasotec ramipril altace losartan cozaar valsartan diovan irbesartan olmesartan benicar
amlodipine norvasc nifedipine procardia diltiazem cardizem verapamil metoprolol lopressor toprol
atenolol tenormin carvedilol coreg propranolol inderal labetalol bisoprolol hydrochlorothiazide hctz
chlorthalidone furosemide lasix bumetanide bumex torsemide spironolactone aldactone clonidine catapres
hydralazine isosorbide imdur nitroglycerin nitrostat digoxin lanoxin amiodarone cordarone warfarin
coumadin heparin enoxaparin lovenox apixaban eliquis rivaroxaban xarelto dabigatran pradaxa clopidogrel
plavix ticagrelor brilinta atorvastatin lipitor simvastatin zocor rosuvastatin crestor pravastatin
pravachol ezetimibe zetia levothyroxine synthroid levoxyl methimazole omeprazole prilosec pantoprazole
protonix esomeprazole nexium lansoprazole prevacid famotidine pepcid ranitidine zantac ondansetron zofran
metoclopramide reglan promethazine phenergan prochlorperazine compazine docusate colace senna senokot
bisacodyl dulcolax polyethylene miralax lactulose loperamide imodium amoxicillin augmentin ampicillin
penicillin cephalexin keflex cefazolin ancef ceftriaxone rocephin cefdinir azithromycin zithromax
clarithromycin doxycycline minocycline ciprofloxacin cipro levofloxacin levaquin moxifloxacin
metronidazole flagyl clindamycin vancomycin linezolid zyvox nitrofurantoin macrobid sulfamethoxazole
trimethoprim bactrim piperacillin tazobactam zosyn meropenem gentamicin fluconazole diflucan nystatin
acyclovir valacyclovir valtrex oseltamivir tamiflu sertraline zoloft fluoxetine prozac citalopram celexa
escitalopram lexapro paroxetine paxil venlafaxine effexor duloxetine cymbalta bupropion wellbutrin
mirtazapine remeron trazodone desyrel amitriptyline elavil nortriptyline lithium quetiapine seroquel
olanzapine zyprexa risperidone risperdal aripiprazole abilify haloperidol haldol ziprasidone geodon
clozapine clozaril lorazepam ativan alprazolam xanax clonazepam klonopin diazepam valium temazepam
restoril zolpidem ambien hydroxyzine atarax vistaril diphenhydramine benadryl cetirizine zyrtec
loratadine claritin fexofenadine allegra montelukast singulair albuterol proventil ventolin
ipratropium atrovent tiotropium spiriva fluticasone flovent advair budesonide symbicort salmeterol
levetiracetam keppra phenytoin dilantin valproate depakote carbamazepine tegretol lamotrigine lamictal
topiramate topamax donepezil aricept memantine namenda levodopa carbidopa sinemet tamsulosin flomax
finasteride proscar oxybutynin ditropan allopurinol zyloprim colchicine methotrexate hydroxychloroquine
plaquenil adalimumab humira etanercept enbrel infliximab remicade tacrolimus prograf cyclosporine
mycophenolate cellcept alendronate fosamax calcitriol ergocalciferol cyanocobalamin folate thiamine
multivitamin potassium kcl magnesium ferrous epinephrine adrenaline norepinephrine levophed dopamine
dobutamine vasopressin propofol diprivan midazolam versed ketamine etomidate succinylcholine rocuronium
lidocaine xylocaine bupivacaine marcaine inadine betadine chlorhexidine mupirocin bactroban silvadene
""")
# Clinical abbreviations and scales that read as names or places ("PERRLA", "Braden", "Ox").
CLINICAL_MORE = word_set("""
perrla perrl mae eomi ncat rrr cta nad aox3 ox a&o a&ox3 qam qpm qhs bid tid qid prn npo ivpb ivp
rgn lpn cna mt ascp mls braden glasgow gcs apgar nihss crohn crohns sob doe cp abd ext neuro resp gi gu
hent heent msk psych derm endo heme onc id nok dnr dni polst hcp moi ams loc hpi ros
""")
# Capital abbreviations that a person's initials may spell and that mean something else: initials
# equal to one of these are not masked ("Peter Oliver" is no reason to mask "PO").
ABBREVIATIONS = word_set("""
OK NA NB PS RE CC BCC ID IT HR PR PA PM AM TV PC UK US EU UN UAE USA NHS GP DR MR MS MRS ER OR OT PT
IV IM PO SC SL BD OD QD TDS QDS PRN BP RR GI ENT ICU MRI CT ECG EKG CBC DOB MRN SSN CV AI ML QA UX UI
CEO CFO CTO COO VP HQ BC AD ST ND RD TH NO DE FR ES NL PL CA AU NZ IE IN JP CN KR BR MX ZA NG KE EG TR
RU UA GR SE DK FI AT CH BE LU CZ SK HU RO BG SI RS LT LV EE IS MT CY AL AK AZ AR CO CT FL GA HI IL IA
KS KY LA ME MD MA MI MN MO NE NV NH NJ NM NY NC OH OK SD TN TX UT VT VA WA WV WI WY DC IP OS PDF CSV
API SQL URL USB GB MB KB TB AC DC LED LCD FAQ TBC TBD ETA EOD ASAP FYI BTW IMO LOL OMG RIP VIP PS PPS
ML HD SD VS WC BA BS MA MSC PHD MBA LLB RN NP DO DDS OB ICD CPT EHR EMR ATM PIN VAT
GDP IPO LLC LTD INC PLC AG SA SAS BV GMBH SRL SPA NV AB AS OY SE LP LLP
""")
# Words that start a heading or label in notes and forms, not names: "Consult Note:", "Plan:".
HEADINGS = word_set("""
note notes consult consultation history present illness chief complaint assessment plan impression
medications medication allergies allergy review systems physical exam examination labs laboratory
results vitals vital signs social family past medical surgical diagnosis diagnoses procedure
procedures discharge admission admit summary hospital course disposition follow followup instructions
subjective objective findings recommendations recommendation problem problems list reason referral
date time patient name address phone email dob mrn sex gender age provider physician attending signed
subject re fwd cc bcc from to sent dear regards thanks thank sincerely best cheers agent customer
support operator moderator host interviewer interviewee caller user assistant system bot speaker
unknown participant guest staff nurse doctor doc team admin account invoice total amount due tax
tel tél fax mobile mob cell ph telephone pager ext home work office direct main
street city town state county province region country zip postcode postal code company department
title position role occupation employer status gender signature initials surname forename nationality
org adr bday vcard version begin end uid rev prodid kind
january february march july august september october november december
monday tuesday wednesday thursday friday saturday sunday
nom nombre nome naam prénom prenom vorname nachname apellido apellidos cognome sobrenome adresse dirección
direccion indirizzo endereço anschrift straße strasse rue calle ort ville ciudad città cidade stad plz
cep código codigo telefon téléphone telephone teléfono telefono fecha datum firma unterschrift iban bic
swift konto prescriber dea npi pets dock field order rechnung miete supervisor apotheke pharmacy
comment comments meds clinic daughter son wife husband mother father
geburtsdatum geburtsort geboren staatsangehörigkeit wohnort naissance nacimiento nascita nascimento
geboortedatum geboorteplaats woonplaats adres urodzenia födelsedatum fødselsdato syntymäaika osoite
narození bydliště rojstva naslov születési lakcím nationalité nacionalidad nazionalità nacionalidade
etunimi sukunimi postinumero postitoimipaikka katuosoite kaupunki kunta település város obec město
kommune poststed postort plaats woonplaats miejscowość località comune localidad población municipio
fornavn efternavn etternavn förnamn efternamn voornaam achternaam
domicilio morada bairro barrio colonia quartier stadtteil ortsteil dzielnica kerület postnr postnummer
consignee shipper addr hawb mawb awb
""")

_WORD = re.compile(r"[^\W\d_]{1,64}(?:['’-][^\W\d_]{1,64}){0,16}")


@functools.cache
def names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, last names), lower case, from every Faker person locale."""
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, into in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("first_names_nonbinary", first),
            ("last_names", last),
            ("last_names_male", last),
            ("last_names_female", last),
        ):
            values = provider.__dict__.get(attr)
            if isinstance(values, list | tuple | dict | set | frozenset):
                into.update(v.lower() for v in values if isinstance(v, str) and len(v) > 1)
    return frozenset(first), frozenset(last)


@functools.lru_cache(maxsize=100_000)
def zipf(word: str) -> float:
    """How common `word` is in English text: 0 (unknown) to about 7."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="large")


# The languages whose text most often reaches an English-language gateway besides English: spaCy's
# English model reads their ordinary words as names ("Ausbildung", "agradecerle", "Sprachen").
FOREIGN = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv")


@functools.lru_cache(maxsize=100_000)
def foreign_zipf(word: str) -> float:
    """How common `word` is in the most common of FOREIGN's languages."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in FOREIGN)


def is_foreign_word(word: str) -> bool:
    """A word common in another European language that no name list has, or a camelCase identifier
    ("recordTarget"): not a name where only spaCy's English model says so."""
    if re.fullmatch(r"[a-z]{1,64}[A-Z][A-Za-z]{0,64}", word):
        return True
    low = word.lower().strip(".")
    return not is_known_name(low) and foreign_zipf(low) >= 3.3


# The last part of a form's field names in German, Dutch and the Nordic languages, which write them as
# one word: "Familienname:", "Geburtsdatum:", "Familienstand:", "Steuer-Identifikationsnummer:"
_FIELD_ENDING = re.compile(
    r"(?:name|namen|nummer|datum|stand|geburtsort|wohnort|zeit|ung|heit|keit|schaft|adresse|anschrift|"
    r"angaben|betrag|summe|zulassung|bescheinigung|naam|adres|plaats|navn|postnummer|personnummer|"
    r"fødselsdato|födelsedatum)$",
    re.IGNORECASE,
)


def is_field_name(word: str) -> bool:
    """A form's field name written as one long word, not a name a list knows ("Bergmann")."""
    return len(word) >= 8 and bool(_FIELD_ENDING.search(word)) and not is_known_name(word)


def is_first_name(word: str) -> bool:
    return word.lower() in names()[0]


def is_known_name(word: str) -> bool:
    low = word.lower()
    first, last = names()
    return low in first or low in last


def is_ordinary(word: str) -> bool:
    """A word that is not a name: clinical vocabulary, a heading word, or a common English word
    that no name list has. A hyphenated word is ordinary only if all its parts are ("Walk-in")."""
    if "-" in word.strip("-"):
        return all(is_ordinary(part) for part in word.split("-") if part)
    low = word.lower().strip(".")
    if is_clinical(low) or word.lower() in CLINICAL or low in HEADINGS:
        return True
    return zipf(low) >= 2.5 and not is_known_name(low)


COMMON_BELOW = 3.6


def is_clinical(low: str) -> bool:
    return low in CLINICAL or low in DRUGS or low in CLINICAL_MORE


def is_common(word: str) -> bool:
    """A word that is not a name even where the text's structure says a name stands (after "Pt:",
    "Dr." or as a speaker label): clinical vocabulary, a heading word, or an English word common
    enough that a surname that happens to be in wordfreq ("Bhutto", "Kwon", "Braithwaite") is not."""
    if "-" in word.strip("-"):
        return all(is_common(part) for part in word.split("-") if part)
    low = word.lower().strip(".")
    if is_clinical(low) or word.lower() in CLINICAL or low in HEADINGS:
        return True
    return zipf(low) >= COMMON_BELOW and not is_known_name(low)


def is_name_like(word: str) -> bool:
    """A word that may be (part of) a person's name: a known name that is not mainly an ordinary
    word, or a word English does not know."""
    if "-" in word.strip("-"):
        return any(is_name_like(part) for part in word.split("-") if part)
    low = word.lower()
    if is_clinical(low) or low in HEADINGS or len(low) < 2:
        return False
    if is_known_name(low):
        return zipf(low) < 5.3  # "will", "may", "long", "art" as names only with more evidence
    return zipf(low) < 2.5


def words(text: str) -> list[str]:
    return _WORD.findall(text)
