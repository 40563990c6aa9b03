"""spaCy's memory zone, safe when an exception passes through it.

A long-running service sees new names and numbers all day, and spaCy's vocabulary would keep every
one of them: inside `nlp.memory_zone()` the strings and lexemes a text adds are forgotten at the end.
spaCy 3.8's zones clean up only when their block ends normally: an exception (an analysis past its
deadline) left the vocabulary half in the zone, and the next text failed inside the tokenizer. This
wrapper always ends the zone as if its block had ended normally, then lets the exception go on.
"""

from __future__ import annotations

import contextlib
from typing import Any


class MemoryZone:
    def __init__(self, nlp: Any) -> None:
        self._zone = nlp.memory_zone() if nlp is not None else contextlib.nullcontext()

    def __enter__(self) -> None:
        self._zone.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        self._zone.__exit__(None, None, None)  # an exception from the block goes on after this
