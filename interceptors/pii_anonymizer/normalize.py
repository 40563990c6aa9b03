"""Undo tricks that hide PII from the detectors, keeping an exact map back to the original text.

Steps: invisible characters removed; compatibility forms folded (NFKC one character at a time, so
offsets stay exact); Cyrillic/Greek look-alikes in mixed-script words made Latin; spelled-out e-mail
addresses ("john [at] example [dot] com") joined; in dictated text (speech recognition that writes
out its punctuation: "re colon anne smith comma ... full stop new paragraph"), the spoken
punctuation made punctuation, so that labels, lists and address lines read as written ones. Text with
nothing to undo costs one regex search.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

# Characters that render as nothing (zero-width, bidi, soft hyphen, variation selectors, C0/C1
# controls) are removed; controls that act as whitespace become a space, so that removing them cannot
# glue two words together. Tag characters (U+E0020-E007E) are invisible twins of ASCII: read as that.
_DROP = (
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e001f\U000e007f-\U000e01ef"
)
_SPACES = "\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DROP_RE, _SPACE_RE = re.compile(f"[{_DROP}]"), re.compile(f"[{_SPACES}]")
_INVISIBLE = re.compile(f"[{_DROP}{_SPACES}\U000e0020-\U000e007e]")
_SPECIAL = re.compile(r"[^\t\n\r\x20-\x7e]")  # the characters the fold has to look at

# Cyrillic and Greek letters that look Latin; only words that also hold Latin letters are changed.
_ALIKE = "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХЅІЈҮԚԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαρν"
_LOOKALIKES = str.maketrans(_ALIKE, "aeopcyxijsdhlqwABEKMHOPCTXSIJYQWABEZHIKMNOPTYXoapv")
_MIXED = re.compile(f"[{_ALIKE}](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
# Starting only where a word starts keeps this linear in the length of the text.
_SUSPECT_WORD = re.compile(rf"(?<!\w)\w{{0,64}}?[{_ALIKE}]\w{{0,64}}")

# An at-marker: `@`, a bracketed at/@, or the word `at` after a space and before a domain with a
# spelled-out dot ("look at the numbers" is none). Patterns start with one character class because sre
# scans for that in C; an alternation would be tried at every position, on every prompt.
_AT_TAIL = (
    r"(?<=[aA])[tT](?<=[ \t]..)[ \t]{1,40}(?=(?:[a-zA-Z0-9-]{1,64}\.){0,16}[a-zA-Z0-9-]{1,64}(?:"
    r"[ \t]{0,40}[\[({<]"
    r"|[ \t]{1,40}[dD][oO][tT][ \t]))|(?<=[\[({<])[ \t]{0,40}(?:[aA][tT]|@)[ \t]{0,40}[\])}>][ \t]{0,40}|"
    r"(?<=@)[ \t]{0,40}"
)
_AT = re.compile(r"[\[({<@aA](?:" + _AT_TAIL + ")")
# Whatever a step could change in ASCII matches here: no match (and, for other text, no invisible
# character, no look-alike and NFKC already) means there is nothing to undo.
_TRIGGER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\[({<@aA](?:" + _AT_TAIL + r"|(?<=[^\[({<@aA]))")
_DOT = re.compile(
    r"[ \t]{0,40}[\[({<][ \t]{0,40}(?:dot|\.)[ \t]{0,40}[\])}>][ \t]{0,40}|[ \t]{1,40}dot"
    r"[ \t]{1,40}|\.|[ \t]{1,40}\.[ \t]{1,40}",
    re.I,
)
_LOCAL = re.compile(r"(?<![\w.+@-])[^\W_][\w.+-]{0,64}\Z")  # never right after `@`: not an address twice
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.I)
_TLD, _WORD_CHAR = re.compile(r"[a-z]{2,24}", re.I), re.compile(r"\w")
# "look at the dot com bubble": after a bare-word `at`, these are prose, not domain labels.
_COMMON_TLDS = frozenset(
    ("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "app", "dev", "name", "pro")
    + ("mobi", "online", "site", "tech", "cloud", "email", "me")
)
_PROSE = frozenset({"at", "dot", "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this"})


# Dictation's spoken punctuation. A text is taken for dictation only when it says two different
# ones ("comma" and "full stop"): "a comma splice" or "the colon" alone stay words.
_SPOKEN_MARK = re.compile(
    r"[ \t]{0,40}\b(comma|full[ \t]{1,40}stop|period|colon|semicolon|new[ \t]{1,40}(?:paragraph|line))\b"
    r"[ \t]{0,40}",
    re.I,
)
# Forms filled in boxes, one character per box: "|D|I|R|K|| | |" reads "DIRK   ".
_BOXES = re.compile(r"\|(?:[^|\n]\|){3,}")
# An author's affiliation marks glued to the name: "Alyssa die Bont1*, Kösemen Zorlu2,"
_AFFILIATION = re.compile(
    r"(?<=\b[A-Z][a-z])[a-z]{1,64}(\d{1,2})(?=[*†‡]{0,64}(?:[,;]|"
    r"[ \t]{0,40}$))",
    re.MULTILINE,
)
_DICTATION_HINTS = ("comma", "full stop", "new paragraph", "new line")
_MARK_OF = {"comma": ", ", "full stop": ". ", "period": ". ", "colon": ": ", "semicolon": "; "}


_Edits = list[tuple[int, int, int, int]]  # (out_start, out_end, in_start, in_end), in order


@dataclass(frozen=True, slots=True)
class Normalized:
    """What the detectors see, and the way back to the original text."""

    text: str
    changed: bool = False
    # Per step that moved offsets, its edits (see `_Builder`); between edits offsets shift, no more.
    _layers: tuple[tuple[list[int], _Edits], ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced `text[start:end]`, widened to whole original characters."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside a text of {len(self.text)} characters")
        for starts, edits in reversed(self._layers):
            if start < end:
                start, end = _source(starts, edits, start)[0], _source(starts, edits, end - 1)[1]
            else:  # an empty span sits right after the input of the character before it
                start = end = _source(starts, edits, start - 1)[1] if start else 0
        return start, end


def _source(starts: list[int], edits: _Edits, k: int) -> tuple[int, int]:
    """The input span of output character `k`: its edit's, or shifted like the edit before it."""
    n = bisect.bisect_right(starts, k)
    if not n:
        return k, k + 1
    out_start, out_end, a, b = edits[n - 1]
    return (a, b) if k < out_end else (k - out_end + b, k - out_end + b + 1)


def normalize(text: str) -> Normalized:
    """The text with the tricks undone, for the detectors; see the module docstring."""
    ascii_only = text.isascii()
    nfkc = ascii_only or unicodedata.is_normalized("NFKC", text)
    dictated = _is_dictation(text)
    boxed = "|" in text and _BOXES.search(text) is not None
    marked = _AFFILIATION.search(text) is not None
    if (
        nfkc
        and not dictated
        and not boxed
        and not marked
        and not _TRIGGER.search(text)
        and (ascii_only or not (_INVISIBLE.search(text) or _MIXED.search(text)))
    ):
        return Normalized(text)
    t, fold_map = _fold(text) if not nfkc or _INVISIBLE.search(text) else (text, None)
    if _MIXED.search(t):
        t = _SUSPECT_WORD.sub(_unconfuse, t)  # same length: offsets do not move
    t, email_map = _emails(t)
    t, spoken_map = _dictation(t) if dictated else (t, None)
    t, box_map = _unbox(t) if boxed else (t, None)
    t, mark_map = _unmark(t) if marked else (t, None)
    layers = tuple(m for m in (fold_map, email_map, spoken_map, box_map, mark_map) if m)
    return Normalized(t, True, layers) if t != text else Normalized(text)


class _Builder:
    """Output text plus the edits that moved offsets: not a map per character, so that a long text
    with one trick in it stays cheap."""

    __slots__ = ("src", "parts", "done", "out", "edits")

    def __init__(self, src: str):
        self.src, self.done, self.out = src, 0, 0
        self.parts: list[str] = []
        self.edits: list[tuple[int, int, int, int]] = []

    def copy(self, upto: int) -> None:
        if upto > self.done:
            self.parts.append(self.src[self.done : upto])
            self.out += upto - self.done
            self.done = upto

    def put(self, out: str, a: int, b: int) -> None:
        """Input [a, b) becomes `out`: each of its characters maps back to all of [a, b)."""
        self.copy(a)
        if len(out) != 1 or b - a != 1:  # swapping one character for one moves no offset
            self.edits.append((self.out, self.out + len(out), a, b))
        if out:  # no empty parts: `compose` needs the last character in the last part
            self.parts.append(out)
        self.out += len(out)
        self.done = b

    def compose(self, mark: str, p: int) -> bool:
        """Merge the combining `mark` at input `p` into the output character before it, if NFC can."""
        self.copy(p)
        last = self.parts[-1] if self.parts else ""
        both = unicodedata.normalize("NFC", last[-1:] + mark)
        if not last or len(both) != 1:
            return False
        self.parts[-1] = last[:-1] + both
        while self.edits and self.edits[-1][0] == self.out:  # removals between: now inside the character
            self.edits.pop()
        if self.edits and self.edits[-1][1] == self.out:  # the character came from an edit: widen it
            self.edits[-1] = (*self.edits[-1][:3], p + 1)
        else:
            a = _source([e[0] for e in self.edits], self.edits, self.out - 1)[0]
            self.edits.append((self.out - 1, self.out, a, p + 1))
        self.done = p + 1
        return True

    def result(self) -> tuple[str, tuple[list[int], _Edits] | None]:
        """The output, and its edits (with their output starts, for bisecting) unless there are none."""
        if not self.done:
            return self.src, None
        self.copy(len(self.src))
        return "".join(self.parts), ([e[0] for e in self.edits], self.edits) if self.edits else None


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if _DROP_RE.match(c):
        return ""
    if _SPACE_RE.match(c):
        return " "
    return chr(ord(c) - 0xE0000) if "\U000e0020" <= c <= "\U000e007e" else unicodedata.normalize("NFKC", c)


def _fold(t: str):
    b = _Builder(t)
    for m in _SPECIAL.finditer(t):
        c, p = m.group(), m.start()
        out = _fold_char(c)
        if len(out) == 1 and unicodedata.combining(out) and b.compose(out, p):
            continue
        if out != c:
            b.put(out, p, p + 1)
    return b.result()


def _unconfuse(m: re.Match) -> str:
    """Latin look-alikes in a word mixing scripts, unless that leaves non-Latin letters in it, or a
    combining mark follows (it could compose with the Latin letter: the result would change again)."""
    word, after = m.group(), m.string[m.end() : m.end() + 1]
    plain = word.translate(_LOOKALIKES)
    if not _MIXED.search(word) or _NON_LATIN.search(plain) or (after and unicodedata.combining(after)):
        return word
    return plain


def _emails(t: str):
    b = _Builder(t)
    m = _AT.search(t)
    while m:
        segs = _email_at(t, m, b.done)
        for a, e, joiner in segs or ():
            if joiner:
                b.put(joiner, a, e)
            else:
                b.copy(e)
        m = _AT.search(t, b.done if segs else m.start() + 1)
    return b.result()


def _is_dictation(text: str) -> bool:
    low = text.lower()
    if sum(hint in low for hint in _DICTATION_HINTS) < 2 and not (
        "comma" in low and ("colon" in low or "period" in low)
    ):
        return False
    said = {" ".join(m.group(1).lower().split()) for m in _SPOKEN_MARK.finditer(text)}
    return len(said) >= 2


def _dictation(t: str):
    b = _Builder(t)
    for m in _SPOKEN_MARK.finditer(t):
        said = " ".join(m.group(1).lower().split())
        b.put("\n" if said.startswith("new") else _MARK_OF[said], m.start(), m.end())
    return b.result()


def _unbox(t: str):
    b = _Builder(t)
    for m in _BOXES.finditer(t):
        for k in range(m.start(), m.end()):
            if t[k] == "|":
                b.put("", k, k + 1)
    return b.result()


def _unmark(t: str):
    """ "Bont1*," reads "Bont *,": the digits become a space, so the name ends where it should."""
    b = _Builder(t)
    for m in _AFFILIATION.finditer(t):
        b.put(" " * len(m.group(1)), m.start(1), m.end(1))
    return b.result()


def _email_at(t: str, at: re.Match, floor: int) -> list[tuple[int, int, str]] | None:
    """(start, end, joiner) pieces of an obfuscated address at `at`; joiner "" keeps the piece."""
    a = at.start()
    while a > floor and t[a - 1] in " \t":
        a -= 1
    domain, labels = _domain(t, at.end())
    local = domain and _LOCAL.search(t, max(floor, a - 64), a)
    if not local:
        return None
    # A bare-word `at` is common prose ("meet at 5 dot com"): trust it only with a spelled-out dot and
    # labels that are neither all digits nor everyday words. (A plain address comes out unchanged.)
    dots = {t[s:e].strip() for s, e, joiner in domain if joiner}
    no_letter = any(not any(map(str.isalpha, label)) for label in labels)
    if t[a : at.end()].strip().lower() == "at" and (
        dots == {"."} or no_letter or _PROSE.intersection(labels)
    ):
        return None
    # "thanks @john.smith" is a chat handle after a word, not a spaced-out address: a space before a
    # bare `@` and plain dots make an address only when it ends in a country code or a common TLD.
    raw_dots = {t[s:e] for s, e, joiner in domain if joiner}
    handle = a < at.start() and t[at.start() : at.end()] == "@" and raw_dots <= {"."}
    if handle and labels[-1] not in _COMMON_TLDS and len(labels[-1]) != 2:
        return None
    return [(local.start(), a, ""), (a, at.end(), "@"), *domain]


def _domain(t: str, p: int) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Pieces and labels of the longest domain at `p`: labels joined by dot-markers, then a TLD."""
    segs, labels, best = [], [], 0
    while lab := _LABEL.match(t, p):
        segs.append((p, lab.end(), ""))
        labels.append(lab.group().lower())
        if len(labels) > 1 and _TLD.fullmatch(labels[-1]) and not _WORD_CHAR.match(t, lab.end()):
            best = len(segs)
        if not (dot := _DOT.match(t, lab.end())):
            break
        segs.append((dot.start(), dot.end(), "."))
        p = dot.end()
    return segs[:best], labels[: (best + 1) // 2]
