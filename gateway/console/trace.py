"""Per-hop traces of the console's playground requests, held in memory for that one request.

A trace exists only for a request the console itself started (its request id is random and made
here, never a client's header): the gateway taps the calls back of that request's interceptors,
which carry exactly what each hop passed on and what it was answered. Nothing is written anywhere;
the trace is returned to the admin's page and dropped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import orjson

from interceptors.common import contract

MAX_CAPTURE = 64 * 1024  # bytes of one answer kept for the page
REPORTED = ("x-cache", "x-toxicity-flagged")


@dataclass
class Boundary:
    """One call into the chain: the page's own request (index -1) or interceptor i's call back (i)."""

    body: dict
    started: float = field(default_factory=time.perf_counter)
    ended: float | None = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    answer: bytearray = field(default_factory=bytearray)

    def on_message(self, message: dict) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            for k, v in message.get("headers", ()):
                name = k.decode("latin-1").lower()
                if name in REPORTED or name == "content-type":
                    self.headers[name] = v.decode("latin-1")
        elif message["type"] == "http.response.body":
            if len(self.answer) < MAX_CAPTURE:
                self.answer += message.get("body", b"")[: MAX_CAPTURE - len(self.answer)]
            if not message.get("more_body"):
                self.ended = time.perf_counter()

    @property
    def seconds(self) -> float | None:
        return None if self.ended is None else self.ended - self.started


class Trace:
    def __init__(self, model: str, chain: list[str]):
        self.model, self.chain = model, chain
        self.boundaries: dict[int, Boundary] = {}

    def tap(self, index: int, req, body: dict) -> Boundary:
        """Record the call back of interceptor `index`: its body, and the answer sent to it."""
        b = self.boundaries[index] = Boundary(body)
        send = req._send

        async def tee(message: dict) -> None:
            b.on_message(message)
            await send(message)

        req._send = tee
        return b

    def report(self) -> list[dict]:
        """Per hop: what went in, what it passed on, what it was answered and what it answered."""
        hops = []
        n = len(self.chain)
        for i, name in enumerate([*self.chain, self.model]):
            before = self.boundaries.get(i - 1)  # the call that reached this hop
            after = self.boundaries.get(i) if i < n else None  # its own call onwards
            is_model = i == n
            hop: dict[str, object] = {
                "name": name,
                "kind": "model" if is_model else "interceptor",
                "reached": before is not None,
            }
            if before is not None:
                hop["received"] = messages(before.body)
                hop["answered"] = answer_text(before.answer)
                hop["status"] = before.status
                hop["x_cache"] = before.headers.get("x-cache")
                hop["x_toxicity_flagged"] = before.headers.get("x-toxicity-flagged")
                total = before.seconds
                inner = after.seconds if after is not None else None
                hop["ms_total"] = _ms(total)
                hop["ms_own"] = _ms(total - inner if total is not None and inner is not None else total)
            if not is_model:
                hop["passed_on"] = messages(after.body) if after is not None else None
                hop["was_answered"] = answer_text(after.answer) if after is not None else None
            hops.append(hop)
        return hops


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


def messages(body: dict) -> list[dict]:
    return [
        {"role": m.get("role"), "content": contract.message_text(m)}
        for m in body.get("messages") or []
        if isinstance(m, dict)
    ]


def answer_text(raw: bytes | bytearray) -> dict:
    """The text of an answer (an SSE stream or one JSON body) and its error, if any."""
    raw = bytes(raw)
    text, error = [], None
    chunks = (
        [e[5:].strip() for e in raw.split(b"\n\n") if e.startswith(b"data:")]
        if b"data:" in raw[:64]
        else [raw.strip()]
    )
    for chunk in chunks:
        if not chunk or chunk == b"[DONE]":
            continue
        try:
            data = orjson.loads(chunk)
        except orjson.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("error"), dict):
            error = str(data["error"].get("message") or data["error"])
        for choice in data.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            part = (choice.get("delta") or choice.get("message") or {}).get("content")
            if isinstance(part, str):
                text.append(part)
    return {"text": "".join(text), "error": error}
