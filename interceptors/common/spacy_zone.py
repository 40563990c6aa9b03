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
from typing import Any


class MemoryZone:
    def __init__(self, nlp: Any) -> None:
        self._zone = nlp.memory_zone() if nlp is not None else contextlib.nullcontext()

    def __enter__(self) -> None:
        self._zone.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        self._zone.__exit__(None, None, None)  # an exception from the block goes on after this


# spaCy's tokenizer strips a token's prefixes and suffixes one at a time, copying the rest each time:
# time quadratic in the length of a run of punctuation ("!!!…": 8,000 took 6 s, 64,000 would take
# minutes). What a pipeline reads has a space in every RUN-th place of such a run, so no run of affixes
# is longer; the text keeps its length, so offsets stay the text's. Words, numbers and mixed runs
# (e-mail addresses, URLs, HL7 and CSV lines) are left alone: spaCy reads them in linear time.
RUN = 64
_LONG_RUN = re.compile(rf"[^\w\s]{{{RUN},}}")


def _broken(match: re.Match[str]) -> str:
    run = match.group()
    return " ".join(run[i : i + RUN - 1] for i in range(0, len(run) + 1, RUN))


def tokenizable(text: str) -> str:
    """`text` with a space in place of every RUN-th character of a run of punctuation."""
    return _LONG_RUN.sub(_broken, text)
