"""Undo tricks that hide PII from the detectors, with an exact map back to the original text.

The detectors see `normalize(text).text`; `to_original` turns a span found there into the span of the
original characters that produced it, so the anonymizer replaces the original, tricks included. Steps:
invisible characters removed and compatibility forms folded (NFKC one character at a time, so offsets
stay exact), Cyrillic/Greek look-alikes in mixed-script words made Latin, spelled-out e-mail addresses
("john [at] example [dot] com") joined. Text with nothing to undo costs one regex search.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

# Characters that render as nothing (zero-width, bidi, soft hyphen, variation selectors, C0/C1
# controls) are removed; controls that act as whitespace become a space, so removing them cannot glue
# two words together. Tag characters (U+E0020-E007E) are invisible twins of ASCII: read as that ASCII.
_DROP = ("\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e"
         "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e001f\U000e007f-\U000e01ef")
_SPACES = "\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DROP_RE, _SPACE_RE = re.compile(f"[{_DROP}]"), re.compile(f"[{_SPACES}]")
_INVISIBLE = re.compile(f"[{_DROP}{_SPACES}\U000e0020-\U000e007e]")
_SPECIAL = re.compile(r"[^\t\n\r\x20-\x7e]")  # what the per-character fold has to look at

_LOOKALIKES = str.maketrans("аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХЅІЈҮԚԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαρν",
                            "aeopcyxijsdhlqwABEKMHOPCTXSIJYQWABEZHIKMNOPTYXoapv")
_MIXED = re.compile("[A-Za-z][{0}]|[{0}][A-Za-z]".format("".join(map(chr, _LOOKALIKES))))
_NON_LATIN, _WORD = re.compile(r"[\u0370-\u03ff\u0400-\u052f]"), re.compile(r"\w+")

# An at-marker: `@`, a bracketed at/@, or the word `at` between spaces and followed by a domain with a
# spelled-out dot ("look at the numbers" is not one); the caller adds spaces before it. Each pattern
# starts with one character class, which sre scans for in C: an alternation would be tried at every
# position, and this search runs on every prompt.
_AT_TAIL = (r"(?<=[aA])[tT](?<=[ \t]..)[ \t]+(?=(?:[a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+(?:[ \t]*[\[({<]"
            r"|[ \t]+[dD][oO][tT][ \t]))|(?<=[\[({<])[ \t]*(?:[aA][tT]|@)[ \t]*[\])}>][ \t]*|(?<=@)[ \t]*")
_AT = re.compile(r"[\[({<@aA](?:" + _AT_TAIL + ")")
# Whatever a step could change matches here (or is non-ASCII), so no match means "nothing to undo".
_ASCII_TRIGGER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\[({<@aA](?:" + _AT_TAIL + r"|(?<=[^\[({<@aA]))")
_DOT = re.compile(r"[ \t]*[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>][ \t]*|[ \t]+dot[ \t]+|\.|[ \t]+\.[ \t]+", re.I)
# The local part may not follow `@`, so an address already joined is never taken as a local part.
_LOCAL = re.compile(r"(?<![\w.+@-])[^\W_][\w.+-]*\Z")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.I)
_TLD, _WORD_CHAR = re.compile(r"[a-z]{2,24}", re.I), re.compile(r"\w")
# "look at the dot com bubble": after a bare-word `at`, these are prose, not domain labels.
_PROSE = frozenset({"at", "dot", "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this"})


@dataclass(frozen=True, slots=True)
class Normalized:
    """What the detectors see, and the way back to the original text."""

    text: str
    changed: bool = False
    # Per step that moved offsets: output character k came from that step's input [starts[k], ends[k]).
    _layers: tuple[tuple[list[int], list[int]], ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced `text[start:end]`, widened to whole original characters."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside a text of {len(self.text)} characters")
        for starts, ends in reversed(self._layers):
            if start < end:
                start, end = starts[start], ends[end - 1]
            else:  # an empty span sits right after the input of the character before it
                start = end = ends[start - 1] if start else 0
        return start, end


def normalize(text: str) -> Normalized:
    ascii_only = text.isascii()
    nfkc = ascii_only or unicodedata.is_normalized("NFKC", text)
    if nfkc and not _ASCII_TRIGGER.search(text) and (
            ascii_only or not (_INVISIBLE.search(text) or _MIXED.search(text))):
        return Normalized(text)
    layers: list[tuple[list[int], list[int]]] = []
    t = _step(_fold, text, layers) if not nfkc or _INVISIBLE.search(text) else text
    if _MIXED.search(t):
        t = _WORD.sub(_unconfuse, t)  # same length: offsets do not move
    t = _step(_emails, t, layers)
    return Normalized(t, True, tuple(layers)) if t != text else Normalized(text)


def _step(fn, t: str, layers: list) -> str:
    out, layer = fn(t)
    if layer:
        layers.append(layer)
    return out


class _Builder:
    """Output text plus, for each output character, the input span [start, end) it came from."""

    __slots__ = ("src", "parts", "starts", "ends", "done")

    def __init__(self, src: str):
        self.src, self.parts, self.starts, self.ends, self.done = src, [], [], [], 0

    def copy(self, upto: int) -> None:
        """Input [done, upto) goes out unchanged."""
        if upto > self.done:
            self.parts.append(self.src[self.done:upto])
            self.starts.extend(range(self.done, upto))
            self.ends.extend(range(self.done + 1, upto + 1))
            self.done = upto

    def put(self, out: str, a: int, b: int) -> None:
        """Input [a, b) becomes `out`: each of its characters maps back to all of [a, b)."""
        self.copy(a)
        if out:  # no empty parts: `compose` looks at the last one
            self.parts.append(out)
            self.starts.extend([a] * len(out))
            self.ends.extend([b] * len(out))
        self.done = b

    def compose(self, mark: str, p: int) -> bool:
        """Merge the combining `mark` at input `p` into the output character before it, if NFC can."""
        self.copy(p)
        last = self.parts[-1] if self.parts else ""
        both = unicodedata.normalize("NFC", last[-1:] + mark)
        if not last or len(both) != 1:
            return False
        self.parts[-1] = last[:-1] + both
        self.ends[-1] = self.done = p + 1
        return True

    def result(self) -> tuple[str, tuple[list[int], list[int]] | None]:
        """The output, and its map unless nothing moved (then the output is the input, or of its length)."""
        if not self.done:
            return self.src, None
        self.copy(len(self.src))
        return "".join(self.parts), (self.starts, self.ends)


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if _DROP_RE.match(c):
        return ""
    if _SPACE_RE.match(c):
        return " "
    if "\U000e0020" <= c <= "\U000e007e":
        return chr(ord(c) - 0xE0000)
    return unicodedata.normalize("NFKC", c)


def _fold(t: str):
    # One-for-one replacements (full-width forms, spaces) keep offsets: done by `translate`, in C.
    same_length = {ord(c): out for c in set(_SPECIAL.findall(t))
                   if len(out := _fold_char(c)) == 1 and out != c and not unicodedata.combining(out)}
    t = t.translate(same_length)
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
    """Latin look-alikes in a word mixing scripts, unless that still leaves non-Latin letters in it."""
    word = m.group()
    if not _MIXED.search(word):
        return word
    plain = word.translate(_LOOKALIKES)
    return word if _NON_LATIN.search(plain) else plain


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


def _email_at(t: str, at: re.Match, floor: int) -> list[tuple[int, int, str]] | None:
    """(start, end, joiner) pieces of an obfuscated address at `at`; joiner "" keeps the piece."""
    a = at.start()
    while a > floor and t[a - 1] in " \t":
        a -= 1
    segs, labels, best = [(a, at.end(), "@")], [], 0
    while lab := _LABEL.match(t, segs[-1][1]):
        segs.append((lab.start(), lab.end(), ""))
        labels.append(lab.group().lower())
        if len(labels) > 1 and _TLD.fullmatch(labels[-1]) and not _WORD_CHAR.match(t, lab.end()):
            best = len(segs)
        if not (dot := _DOT.match(t, lab.end())):
            break
        segs.append((dot.start(), dot.end(), "."))
    local = best and _LOCAL.search(t, max(floor, a - 64), a)
    if not local:
        return None
    segs, labels = [(local.start(), a, ""), *segs[:best]], labels[:best // 2]
    marks = [t[s:e] for s, e, joiner in segs if joiner]
    if "".join(marks) == "@" + "." * (len(marks) - 1):
        return None  # a plain address: nothing to join
    # A bare-word `at` is common prose ("meet at 5 dot com"): trust it only with a spelled-out dot and
    # labels that are neither all digits nor everyday words.
    marks = [mark.strip().lower() for mark in marks]
    if marks[0] == "at" and (set(marks[1:]) == {"."} or _PROSE.intersection(labels)
                             or not all(any(c.isalpha() for c in w) for w in labels)):
        return None
    return segs
