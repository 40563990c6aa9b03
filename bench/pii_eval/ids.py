"""Number shapes: phone formats per locale, identifiers by kind (with and without separators, some
that Presidio's validators reject), card numbers (some failing Luhn), IBANs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.pii_eval.values import Gen

_NANP = (
    "(%##) %##-####",
    "%##-%##-####",
    "%##.%##.####",
    "%## %## ####",
    "+1 %## %## ####",
    "1-%##-%##-####",
    "+1 (%##) %##-####",
    "%##%######",
    "(%##)%##-####",
    "+1-%##-%##-####",
)
PHONE_FORMATS = {
    "en_US": _NANP,
    "en_CA": _NANP,
    "en_GB": (
        "+44 20 7### ####",
        "020 7### ####",
        "07700 ### ###",
        "07### ######",
        "+44 (0)161 ### ####",
        "+44 7### ######",
        "01632 ######",
        "0113 ### ####",
        "+44 1### ######",
    ),
    "en_AU": ("+61 2 #### ####", "04## ### ###", "(02) #### ####", "+61 4## ### ###", "03 #### ####"),
    "en_IE": ("+353 1 ### ####", "08# ### ####", "(01) ### ####", "+353 8# ### ####"),
    "de_DE": (
        "+49 30 #### ####",
        "030 #######",
        "0171 #######",
        "+49 (0)89 ######-0",
        "0049 711 #######",
        "030/########",
        "+49 151 ########",
        "0221-#######",
    ),
    "fr_FR": ("01 ## ## ## ##", "+33 1 ## ## ## ##", "06.##.##.##.##", "+33 (0)6 ## ## ## ##", "07########"),
    "es_ES": ("+34 91# ### ###", "6## ## ## ##", "91 ### ## ##", "+34 6## ### ###"),
    "it_IT": ("+39 06 #### ####", "3## ### ####", "02-########", "+39 3## #######"),
    "nl_NL": ("+31 20 ### ####", "06-########", "020-#######", "+31 6 ########", "010 ### ## ##"),
    "pl_PL": ("+48 22 ### ## ##", "6## ### ###", "(22) ###-##-##", "+48 5## ### ###"),
    "pt_BR": ("+55 11 9####-####", "(11) 9####-####", "(21) %###-####", "+55 (21) %###-####", "11 9########"),
    "sv_SE": ("08-### ### ##", "+46 70 ### ## ##", "070-### ## ##", "031-## ## ##"),
    "no_NO": ("+47 22 ## ## ##", "9## ## ###", "22 ## ## ##", "+47 4## ## ###"),
    "fi_FI": ("+358 40 ### ####", "09 #### ####", "040-#######", "+358 9 ### ####"),
    "da_DK": ("+45 ## ## ## ##", "## ## ## ##", "+45 ########"),
    "cs_CZ": ("+420 6## ### ###", "6## ### ###", "+420 2## ### ###", "00420 7## ### ###"),
    "sl_SI": ("+386 1 ### ## ##", "041 ### ###", "(01) ### ## ##", "+386 41 ### ###"),
    "hu_HU": ("+36 1 ### ####", "06 30 ### ####", "(06-1) ###-####", "+36 20 ### ####"),
    "vi_VN": ("+84 9## ### ###", "09## ### ###", "028 #### ####", "+84 28 #### ####"),
}
# Identifier shapes by kind; national numbers come from Faker where its locale has them.
_SHAPES = {
    "mrn": ("#######", "##-##-##", "%######-#", "########", "@@-#######", "%##-##-##", "#########"),
    "mc": ("####-###-##", "#########", "###-####-#"),
    "member": ("@@@#########", "@#########", "MBR-########", "%@@#-@@#-@@##", "#### #### ####"),
    "policy": ("POL-20##-######", "@@ #### ####", "@##########", "@@-######-@", "########"),
    "account": ("#####-#####", "##########", "ACC-####-###", "########-##", "#### ####"),
    "passport": ("#########", "@########", "@@#######", "@##@##@##", "##@@#####"),
    "licence": ("@###-####-####", "@@@@@######@@#@@", "@#######", "###-###-###", "@## ## ####"),
    "professional": ("########", "##########", "#######", "@@ ######", "1#########"),
    "employee": ("E-#####", "EMP######", "######", "HR-20##-####", "#####-@@"),
    "claim": ("CLM-####-####", "##########", "@@########"),
    "tax": ("##-#######", "GB#########", "DE#########", "FR###########", "IT###########", "###-##-####"),
    "ticket": ("#######", "INC#######", "CS-######", "######"),
    "vehicle": ("@@## @@@", "@### @@@", "@@@-####"),
}
_SSN = ("###-##-####", "###-##-####", "### ## ####", "#########")
_REJECTED_SSN = ("666-##-####", "078-05-1120", "000-##-####", "9##-##-####", "123-45-6789", "###-00-####")
_FAKER_NATIONAL = {
    "en_GB": "ssn",
    "fr_FR": "ssn",
    "it_IT": "ssn",
    "nl_NL": "ssn",
    "pl_PL": "pesel",
    "pt_BR": "cpf",
    "sv_SE": "ssn",
    "no_NO": "ssn",
    "fi_FI": "ssn",
    "hu_HU": "ssn",
    "en_CA": "ssn",
    "es_ES": "nif",
    "cs_CZ": "birth_number",
}
_NATIONAL = {
    "de_DE": ("## ### ### ###", "###########"),
    "sl_SI": ("#############",),
    "vi_VN": ("0##########",),
    "en_AU": ("### ### ###",),
    "en_IE": ("#######@@", "#######@"),
    "da_DK": ("######-####",),
}
_IBAN_LOCALES = (
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "no_NO",
    "fi_FI",
    "cs_CZ",
    "da_DK",
    "pt_BR",
    "en_GB",
    "en_IE",
)


def make(g: Gen, kind: str, loc: str) -> str:
    if kind == "ssn":
        return g.fill(g.pick(_REJECTED_SSN if g.chance(0.3) else _SSN))
    if kind == "nhs":
        digits = g.digits(10, first_nonzero=True)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if g.chance(0.7) else digits
    if kind == "national":
        method = _FAKER_NATIONAL.get(loc)
        if method:
            return str(getattr(g.fake(loc), method)())
        return g.fill(g.pick(_NATIONAL.get(loc, _SSN)))
    return g.fill(g.pick(_SHAPES[kind]))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(g: Gen) -> str:
    prefix, length = g.pick((("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("2221", 16)))
    body = prefix + g.digits(length - len(prefix) - 1)
    check = _luhn_digit(body)
    if g.chance(0.25):  # fails Luhn: a typo or a made-up number, still a card number in the text
        check = str((int(check) + g.rng.randrange(1, 10)) % 10)
    number = body + check
    sep = g.pick((" ", "-", "", " "))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for n in groups:
        out.append(number[i : i + n])
        i += n
    return sep.join(out)


def iban(g: Gen, loc: str) -> str:
    loc = loc if loc in _IBAN_LOCALES else g.pick(_IBAN_LOCALES)
    code = g.fake(loc).iban()
    if g.chance(0.5):
        code = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code
