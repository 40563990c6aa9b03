"""Names written in Chinese, Japanese or Korean script, which spaCy's English model does not read.

Han and Hangul text has no spaces between words, so a name is taken only where the text's shape or
wording says one stands: after "@", before a respect or kinship word ("長谷川さん", "中村 恵子 様",
"예진 언니", "王先生"), as a chat's speaker ("[예진] [1:06 PM]", "10:12<TAB>渡辺美咲<TAB>"), after a
label ("氏名：", "이름:") or "with" ("Chat with 예진"), spaced as family and given name ("田中 美咲"),
or alone in a column of a table when it starts with a family name Faker's ja_JP, ko_KR, zh_CN and
zh_TW locales know.
"""

from __future__ import annotations

import functools
import importlib

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.structure import result

_HAN = r"\p{Han}"
_HANGUL = r"\p{Hangul}"
_KANA_NAME = r"\p{Katakana}{2,8}(?:[・=＝ ]\p{Katakana}{2,8})?"
# A name: 1-4 Han (a family name alone is how people are often called), 2-4 Hangul syllables, or
# a katakana name.
_NAME = rf"(?:{_HAN}{{1,4}}|{_HANGUL}{{2,4}}|{_KANA_NAME})"
_HONORIFIC = (
    r"さん|様|さま|先生|君|くん|ちゃん|氏|殿|先輩|部長|課長|社長|"
    r"女士|小姐|老师|老師|经理|經理|总|總|师傅|師傅|"
    r"씨|님|선생님|선배|언니|오빠|누나|형"
)
_AT = regex.compile(rf"@(?P<v>{_NAME})(?![\p{{Han}}\p{{Hangul}}])")
_BEFORE_HONORIFIC = regex.compile(
    rf"(?<![\p{{Han}}\p{{Hangul}}\p{{Katakana}}])(?P<v>{_HAN}{{5,8}}|{_NAME}(?:[ \t\u3000]{_HAN}{{1,4}})?)"
    r"[ \t\u3000]?"
    rf"(?:{_HONORIFIC})"
    r"(?![\p{Hangul}])"
)
# A chat's speaker: at the start of a line (after a time stamp), before a tab, a time stamp or a
# date, or in brackets before a bracketed time ("[예진] [1:06 PM]"); before a colon only a Han name
# that starts with a family name (not a label such as "地址：").
_STAMP = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AP]M)?\]?[ \t]{1,40})?"
_SPEAKER = regex.compile(
    rf"(?m)^[ \t]{{0,40}}{_STAMP}(?:\[(?P<v>{_NAME})\](?=[ ]\[\d{{1,2}}:\d{{2}})|(?P<v>{_NAME})"
    r"(?=\t|[ ]\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|[ ]\d{1,2}:\d{2}))"
)
_SPEAKER_COLON = regex.compile(rf"(?m)^[ \t]{{0,40}}{_STAMP}(?P<v>{_HAN}{{2,3}})(?=[ ]?[:：])")
_LABELLED = regex.compile(
    rf"(?:氏名|名前|姓名|联系人|聯絡人|收件人|收货人|申请人|申請人|이름|성명|성함|보호자|받는[ ]?사람|お名前|"
    rf"担当者?|(?i:name|(?:chat|history|conversation|talking|meeting)[ ]with))"
    rf"[ \t]{{0,40}}[:：]?[ \t]{{0,200}}"
    rf"(?P<v>{_NAME})(?![\p{{Han}}\p{{Hangul}}])"
)
_SPACED = regex.compile(
    r"(?<![\p{Han}\p{Hangul}])(?P<v>(?P<family>\p{Han}{1,3})[ \u3000](?P<given>\p{Han}{1,3}))"
    r"(?![\p{Han}\p{Hangul}])"
)
_CELL = regex.compile(
    rf"(?:^|(?<=\t|[ ]{{2}}|\|))[ ]?(?P<v>{_HAN}{{2,4}}(?:[ \u3000]{_HAN}{{1,3}})?|{_HANGUL}{{2,4}})"
    r"(?=[ ]?(?:\t|[ ]{2}|\||$))",
    regex.MULTILINE,
)
_TRIGGER = regex.compile(r"[\p{Han}\p{Hangul}\p{Katakana}]")


@functools.cache
def family_names() -> frozenset[str]:
    """Family names in Han and Hangul from Faker's East Asian person locales."""
    out: set[str] = set()
    for locale in ("ja_JP", "ko_KR", "zh_CN", "zh_TW"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        values = provider.__dict__.get("last_names", ())
        out.update(v for v in values if isinstance(v, str))
    return frozenset(out)


def _starts_with_family(name: str) -> bool:
    known = family_names()
    return any(name[:n] in known and len(name) > n for n in (1, 2, 3))


_LATIN_WORD = regex.compile(r"[A-Za-z]{2,64}")


def _honorific_name(text: str, m: regex.Match) -> tuple[int, int] | None:
    """The name before a respect word; for Han run into other words, from a family name among its last
    three characters ("我们和王小明先生" is 王小明)."""
    a, b = m.span("v")
    name = text[a:b]
    if not regex.fullmatch(rf"{_HAN}{{1,64}}", name):
        return a, b  # Hangul, katakana, or a spaced family and given name
    if len(name) <= 3:  # a family name ("長谷川さん") or a whole name ("王小明先生")
        return a, b
    for start in range(len(name) - 3, len(name)):
        if name[start] in family_names() or name[start : start + 2] in family_names():
            return a + start, b
    return None


# The same name in Latin letters next to it on its line: "徐静  /  XU Jing", "LEUNG Ka Yan  (梁嘉欣)"
_LATIN_NAME = r"[A-Z][A-Za-z'’-]{1,64}(?:,?[ ][A-Z][A-Za-z'’-]{1,64}){1,3}"
_ROMAN_AFTER = regex.compile(
    rf"[ \t]{{0,40}}[)）]?[ \t]{{0,40}}(?:[/|(（][ \t]{{0,40}})?(?P<v>{_LATIN_NAME})[ \t]{{0,40}}[)）]?"
    rf"[ \t]{{0,40}}(?:$|\n)"
)
_ROMAN_BEFORE = regex.compile(
    rf"(?:^|[:：][ \t]{{0,200}})(?P<v>{_LATIN_NAME})[ \t]{{0,40}}(?:[/|(（]"
    rf"[ \t]{{0,40}})?$"
)


_BRACKETED = regex.compile(
    rf"(?P<latin>{_LATIN_NAME})[ \t]{{0,40}}[(（](?P<v>{_HAN}{{2,4}}"
    rf"|{_HANGUL}{{2,4}})[)）]"
)


def _romanized(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    after = _ROMAN_AFTER.match(text, b)
    if after is not None:
        out.append(after.span("v"))
    line_start = text.rfind("\n", 0, a) + 1
    before = _ROMAN_BEFORE.search(text, line_start, a)
    if before is not None:
        out.append(before.span("v"))
    return [
        (x, y)
        for x, y in out
        if not all(lexicon.is_common(w) for w in regex.findall(r"[A-Za-z]{1,64}", text[x:y]))
    ]


class CjkNameRecognizer(EntityRecognizer):
    def __init__(self, language: str = "en"):
        super().__init__(supported_entities=["PERSON"], name="CjkNameRecognizer", supported_language=language)

    def load(self) -> None:
        family_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or not _TRIGGER.search(text):
            return []
        spans: list[tuple[int, int]] = []
        for pattern in (_AT, _SPEAKER, _LABELLED):
            spans += [m.span("v") for m in pattern.finditer(text)]
        spans += [m.span("v") for m in _SPEAKER_COLON.finditer(text) if _starts_with_family(m["v"])]
        spans += [s for m in _BEFORE_HONORIFIC.finditer(text) if (s := _honorific_name(text, m))]
        for m in _SPACED.finditer(text):
            if m["family"] in family_names() or _starts_with_family(m["family"] + m["given"]):
                spans.append(m.span("v"))
        for m in _CELL.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.end()) % (len(text) + 1)]
            if _LATIN_WORD.search(line) and _starts_with_family(
                m["v"].replace(" ", "").replace("\u3000", "")
            ):
                spans.append(m.span("v"))
        for m in _BRACKETED.finditer(text):
            if _starts_with_family(m["v"]) or regex.fullmatch(f"{_HANGUL}+", m["v"]):
                spans.append(m.span("v"))
        spans += [s for a, b in spans for s in _romanized(text, a, b)]
        return [result(self, "PERSON", a, b, 0.7) for a, b in sorted(set(spans))]
