"""Undoing the usual disguises of abusive words before any backend scores a text.

Lower case and NFKC, then per token: leetspeak digits and symbols back to letters ("k1ll", "$lut"),
letters spaced or dotted apart joined ("k i l l", "d.i.e"), stretched letters squeezed ("fuuuck"), and
a starred-out letter ("f*ck", "b*tch") filled in when exactly one word of LEXICON fits. Ordinary
text comes out as it went in, lower-cased.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words people disguise; the star and stretch repairs only ever produce one of these.
_WORDS = """
kill killing die dead death murder stab shoot rape raping hurt slit hang burn strangle gut choke
drown fuck fucking fucker motherfucker shit bitch bitches cunt slut whore dick cock pussy ass
asshole bastard prick dickhead twat wanker idiot moron loser retard retarded stupid worthless
pathetic ugly disgusting rats vermin scum trash filth subhuman exterminate exterminated wiped
yourself suicide naked sex sexy nudes nude tits boobs cut faggot fag nigger nigga kike spic chink
tranny dyke whore hoe gas lynch
"""
LEXICON = frozenset(_WORDS.split())

_LEET = str.maketrans(
    {"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t", "+": "t"}
)
_SPACED = re.compile(r"(?<![\w*])[a-z0-9@$!*]([ .\-_])(?:[a-z0-9@$!*]\1){1,}[a-z0-9@$!*](?![\w*])")
# A token: a run of these characters with a letter or "*" in it; a run without one is cut at its
# apostrophes. (Found run by run: one pattern for both scanned a long run again from every position.)
_RUN = re.compile(r"[a-z0-9@$!*+']+")
_WORDISH = re.compile(r"[a-z*]")
_PLAIN = re.compile(r"[a-z0-9@$!*+]+")
# disguised: a letter and a character that stands for one, in either order
_STANDS_FOR = re.compile(r"[@$!*+0134578]")
_LETTER = re.compile(r"[a-z]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|am|pm|k|m|s|x|d|h|px|gb|mb|kb|ms)$")  # 3pm, 1st, 4k, 10x
_RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
_SQUEEZED = {_RUN2.sub(r"\1", w): w for w in sorted(LEXICON, key=len, reverse=True)}
_BY_SHAPE: dict[tuple[int, str, str], list[str]] = {}
for _w in sorted(LEXICON):
    for _i in range(len(_w)):
        _BY_SHAPE.setdefault((len(_w), _w[:_i], _w[_i + 1 :]), []).append(_w)


def _starred(token: str) -> str:
    i = token.find("*")
    if token.count("*") != 1 or not 3 <= len(token) <= 16:
        return token.replace("*", "")
    fits = _BY_SHAPE.get((len(token), token[:i], token[i + 1 :]), [])
    return fits[0] if len(fits) == 1 else token.replace("*", "")


@lru_cache(maxsize=8192)
def _token(token: str) -> str:
    if _STANDS_FOR.search(token) and _LETTER.search(token) and not _ORDINAL.match(token):
        trailing = token[len(token.rstrip("!")) :]  # "idiot!!" keeps its exclamation marks
        core = token[: len(token) - len(trailing)] if trailing else token
        token = _starred(core.translate(_LEET)) + trailing
    stretched = bool(_RUN2.search(token))
    if _RUN3.search(token):
        token = _RUN3.sub(r"\1", token)
    # only a stretched word is squeezed back to a word of LEXICON: "asssss" is "ass", "as" stays "as"
    if stretched and token not in LEXICON and (known := _SQUEEZED.get(_RUN2.sub(r"\1", token))):
        token = known
    return token


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_]", "", m.group()), text)
    return _RUN.sub(_run, text)


def _run(m: re.Match[str]) -> str:
    run = m.group()
    if _WORDISH.search(run):
        return _token(run)
    return _PLAIN.sub(lambda p: _token(p.group()), run)
