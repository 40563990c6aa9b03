"""Checking a streamed answer a sentence at a time, releasing only text that was checked."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from interceptors.toxicity_blocker.context import SENTENCE_END

# The first check of an answer reads at least this many characters (or the whole answer, if shorter).
FIRST = 80


class AnswerGuard:
    """Holds back the unfinished sentence of one answer and releases it once checked.

    `check(text)` returns the categories over their thresholds ({} when clean); it is awaited, so the
    classifier can run off the event loop. The text checked is
    the new sentence(s) plus up to `window` // 2 characters of what was released before, so abuse
    spread over two sentences is seen too. A sentence longer than `window` is checked and released
    in pieces of `window` characters: at most that much unchecked-in-context text is ever held, and
    nothing reaches the client unchecked.

    With `hold=False` (flag and shadow modes) text passes through at once and is checked alongside.
    """

    def __init__(self, check: Callable[[str], Awaitable[dict[str, float]]], window: int, hold: bool = True):
        self.check, self.window, self.hold = check, window, hold
        self.pending = ""
        self.context = ""
        self.violation: dict[str, float] | None = None
        self.violating_text = ""

    async def feed(self, text: str) -> str:
        """Text that may be sent now. After a violation, `self.violation` is set."""
        self.pending += text
        ready = self._take_ready()
        if ready:
            await self._check(ready)
        if not self.hold:
            return text
        return "" if self.violation else ready

    async def flush(self) -> str:
        ready, self.pending = self.pending, ""
        if ready:
            await self._check(ready)
        return ready if self.hold and not self.violation else ""

    def _take_ready(self) -> str:
        cut = 0
        # a "." with nothing after it yet may still be "3.14": it waits for the next chunk
        for m in SENTENCE_END.finditer(self.pending):
            cut = m.end()
        if cut and not self.context and cut < min(FIRST, self.window // 2):
            cut = 0  # "Certainly. " alone says too little: the first check waits for a little more
        if not cut and len(self.pending) >= self.window:
            space = self.pending.rfind(" ", 0, self.window)
            cut = space + 1 if space > self.window // 2 else self.window
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        return ready

    async def _check(self, text: str) -> None:
        if self.violation is not None:
            return
        window_text = self.context + text
        found = await self.check(window_text)
        if found:
            self.violation, self.violating_text = found, window_text
        self.context = window_text[-(self.window // 2) :]
