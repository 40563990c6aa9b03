"""What is stored: one complete answer, merged from its chunks; and how it is replayed.

An entry is the merged chunk of a successful answer: every choice ended with `stop`, `length`,
`tool_calls` or `function_call`. Refused (`content_filter`), failed or cut answers are not entries.
"""

from __future__ import annotations

import re

import orjson
from aidial_sdk.utils.merge_chunks import merge

COMPLETE = frozenset({"stop", "length", "tool_calls", "function_call"})
PER_CALL = ("id", "created", "object")  # made fresh by the SDK for every response
PIECE_CHARS = 48  # replayed streams come in pieces about this long, split at spaces
_WORDS = re.compile(r"\S+\s*|\s+")


class Recorder:
    """Merges an answer's chunks as they pass; `entry()` is the stored form, or None."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.merged: dict = {}
        self.size = 0
        self.spoiled = False  # an error, or too large to store

    def add(self, chunk: dict) -> None:
        if self.spoiled:
            return
        raw = orjson.dumps(chunk)  # a copy: the SDK may still be serializing the original
        self.size += len(raw)
        if self.size > self.max_bytes:
            self.spoiled = True
            self.merged = {}
            return
        copy = orjson.loads(raw)
        for k in PER_CALL:
            copy.pop(k, None)
        self.merged = merge(self.merged, copy)

    def entry(self) -> bytes | None:
        choices = self.merged.get("choices")
        if self.spoiled or not choices:
            return None
        if any(c.get("finish_reason") not in COMPLETE for c in choices):
            return None
        raw = orjson.dumps(self.merged)
        return raw if len(raw) <= self.max_bytes else None


def replay(raw: bytes, stream: bool) -> list[dict]:
    """The chunks that give the client the stored answer: for a stream, in pieces ending properly
    (role first, text in pieces, tool calls, finish reason, usage last); otherwise in one."""
    entry = orjson.loads(raw)
    if not stream:
        return [entry]
    head = {k: v for k, v in entry.items() if k not in ("choices", "usage")}
    chunks = []
    for choice in entry["choices"]:
        idx, delta = choice["index"], dict(choice.get("delta") or {})
        content = delta.pop("content", None)
        first = {"role": delta.pop("role", "assistant")}
        pieces = _pieces(content) if isinstance(content, str) else []
        if pieces:
            first["content"] = pieces.pop(0)
        chunks.append({**head, "choices": [{"index": idx, "delta": first}]})
        chunks += [{**head, "choices": [{"index": idx, "delta": {"content": p}}]} for p in pieces]
        rest = {k: v for k, v in choice.items() if k not in ("index", "delta", "finish_reason")}
        if delta or rest:  # tool calls, custom content, logprobs
            chunks.append({**head, "choices": [{"index": idx, "delta": delta, **rest}]})
        chunks.append(
            {**head, "choices": [{"index": idx, "delta": {}, "finish_reason": choice["finish_reason"]}]}
        )
    if entry.get("usage"):
        chunks.append({**head, "choices": [], "usage": entry["usage"]})
    return chunks


def _pieces(text: str) -> list[str]:
    out, cur = [], ""
    for word in _WORDS.findall(text):
        cur += word
        if len(cur) >= PIECE_CHARS:
            out.append(cur)
            cur = ""
    if cur or not out:
        out.append(cur)
    return out
