"""Reversible tokens like `[PERSON_1]`: restoring values from them, whole or as a stream.

Restoring tolerates what models do to tokens when it is unambiguous (brackets dropped, case changed):
a token-shaped word is restored only if its upper-case form is a token of this conversation.
`StreamRestorer` restores chunk by chunk, holding back only a tail that could still grow into one of
the conversation's tokens; its output equals `restore` of the whole text for every way of splitting.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# A token is ENTITY_N, in brackets or bare, any case. The bare form needs word boundaries, so
# `xPERSON_1` and `PERSON_1x` are not tokens.
TOKEN_RE = re.compile(
    r"\[([A-Za-z][A-Za-z_]{0,64}?_\d{1,64})\]|(?<![A-Za-z0-9_])([A-Za-z][A-Za-z_]{0,64}?_\d{1,64})(?!"
    r"[A-Za-z0-9_])"
)
_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")


def token_name(entity: str, n: int) -> str:
    """`PERSON_1`: the key under which a value is kept; the text carries `[PERSON_1]`."""
    return f"{entity}_{n}"


def restore(text: str, values: Mapping[str, str]) -> str:
    """Replace the tokens of `values` (`ENTITY_N` -> original value) found in `text`."""
    if not values or not text:
        return text
    return TOKEN_RE.sub(lambda m: values.get((m.group(1) or m.group(2)).upper(), m.group(0)), text)


class StreamRestorer:
    """Restores one stream of text: one choice's content, or one tool call's arguments."""

    def __init__(self, values: Mapping[str, str]):
        self.values = values
        forms = {f for name in values for f in (f"[{name.lower()}]", name.lower())}
        self._forms = tuple(forms)
        self._longest = max((len(f) for f in forms), default=0)
        self._firsts = {f[0] for f in forms}
        self._pending = ""
        self._before = ""  # the last character emitted: the regex's one-character look-behind

    def feed(self, chunk: str) -> str:
        """Restored text that is safe to send now."""
        if not self._forms:
            return chunk
        self._pending += chunk
        return self._emit(self._hold_from(self._pending))

    def flush(self) -> str:
        """Everything still held, restored: call at the end of the stream."""
        return self._emit(len(self._pending))

    def _hold_from(self, buf: str) -> int:
        low = buf.lower()
        for i in range(max(0, len(buf) - self._longest), len(buf)):
            if low[i] in self._firsts and any(f.startswith(low[i:]) for f in self._forms):
                return i
        return len(buf)

    def _emit(self, cut: int) -> str:
        buf = self._pending
        ctx = self._before if self._before and _WORD_CHAR.match(self._before) else " "
        text = ctx + buf
        out, pos = [], 1
        for m in TOKEN_RE.finditer(text, 1):
            if m.end() - 1 > cut:
                if m.start() - 1 < cut:  # a match may not straddle what we send
                    cut = m.start() - 1
                break
            out.append(text[pos : m.start()])
            out.append(self.values.get((m.group(1) or m.group(2)).upper(), m.group(0)))
            pos = m.end()
        out.append(text[pos : cut + 1])
        if cut > 0:
            self._before = buf[cut - 1]
        self._pending = buf[cut:]
        return "".join(out)
