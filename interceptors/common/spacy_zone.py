"""spaCy's memory zone, safe when an exception passes through it.

A long-running service sees new names and numbers all day, and spaCy's vocabulary would keep every
one of them: inside `nlp.memory_zone()` the strings and lexemes a text adds are forgotten at the end.
spaCy 3.8's zones clean up only when their block ends normally: an exception (an analysis past its
deadline) left the vocabulary half in the zone, and the next text failed inside the tokenizer. This
wrapper always ends the zone as if its block had ended normally, then lets the exception go on.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from typing import Any


class MemoryZone:
    def __init__(self, nlp: Any) -> None:
        self._zone = nlp.memory_zone() if nlp is not None else contextlib.nullcontext()

    def __enter__(self) -> None:
        self._zone.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        self._zone.__exit__(None, None, None)  # an exception from the block goes on after this


# spaCy's tokenizer splits a run without white space at its prefixes, suffixes and infixes one at a
# time, copying the rest each time: time quadratic in the run's length ("!!!…" or "1:1:1:…": 8,000
# characters took 6 s, 64,000 would take minutes). What a pipeline reads has shorter runs: a space
# in every PUNCT_RUN-th place of a run of punctuation, and, in any run longer than RUN, a space in
# place of the last character before each RUN-th that is not a letter or digit ("|", ":", "/"). The
# text keeps its length, so offsets stay the text's; ordinary words, addresses, URLs and record lines
# are shorter than that and read as they are.
PUNCT_RUN = 64
RUN = 256
_PUNCT_RUN = re.compile(rf"(?:[^\w\s]|_){{{PUNCT_RUN},}}")  # "_" is a word character to `re`, not to spaCy
_LONG_RUN = re.compile(rf"\S{{{RUN + 1},}}")


def _punct_broken(match: re.Match[str]) -> str:
    run = match.group()
    return " ".join(run[i : i + PUNCT_RUN - 1] for i in range(0, len(run) + 1, PUNCT_RUN))


def _separates(c: str) -> bool:
    """Not part of a word: no letter, digit or mark (a Thai vowel sign, an accent)."""
    return not c.isalnum() and not unicodedata.category(c).startswith("M")


def _long_broken(match: re.Match[str]) -> str:
    run = list(match.group())
    start = 0
    while len(run) - start > RUN:
        cut = next((i for i in range(start + RUN - 1, start, -1) if _separates(run[i])), start + RUN - 1)
        run[cut] = " "
        start = cut + 1
    return "".join(run)


def tokenizable(text: str) -> str:
    """`text` as a spaCy pipeline should read it: no run without white space long enough to take
    quadratic time (above)."""
    return _LONG_RUN.sub(_long_broken, _PUNCT_RUN.sub(_punct_broken, text))
