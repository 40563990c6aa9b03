"""Audit events with content: the prompt and the answer of each client request, anonymized by rule
lists, one Redis Stream topic per list (`gw:audit:<list>`) and the events file.

The gateway never writes the raw text: it sends it to the PII service's `/v1/audit/anonymize` off
the request path and writes what comes back. If that fails, the event has no content. Requests with
a key marked `secured` are recorded without content.
"""

from __future__ import annotations

import logging
from typing import Literal

import aiohttp
import orjson
from pydantic import BaseModel, ConfigDict, Field

from gateway.events import EventSink, now_iso
from interceptors.common import contract

_log = logging.getLogger(__name__)
RuleType = Literal["mask", "text", "faker", "hash", "keep"]


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: RuleType
    value: str | None = None


class AuditSettings(BaseModel):
    """GATEWAY_AUDIT, as JSON."""

    model_config = ConfigDict(extra="forbid")
    anonymizer_url: str = Field(description="Base URL of the pii-anonymizer service.")
    rule_lists: dict[str, dict[str, Rule | RuleType]] = Field(
        min_length=1, description="List name -> entity type (or `*`) -> substitution; each list is a topic."
    )
    answers: bool = Field(True, description="Record the answer too, not only the prompt.")
    timeout_seconds: float = 10.0


def prompt_texts(body: dict) -> list[dict]:
    out = []
    for m in body.get("messages") or []:
        if not isinstance(m, dict):
            continue
        content = contract.message_text(m)
        if content:
            out.append({"role": str(m.get("role")), "content": content})
    return out


def answer_text(captured: bytes, stream: bool) -> str:
    """The first choice's text from a captured response: a JSON body or SSE events."""
    if not stream:
        try:
            data = orjson.loads(captured)
            return data["choices"][0]["message"].get("content") or ""
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            return ""
    parts = []
    for event in captured.split(b"\n\n"):
        if not event.startswith(b"data:") or event[5:].strip() == b"[DONE]":
            continue
        try:
            for choice in orjson.loads(event[5:]).get("choices") or []:
                if choice.get("index", 0) == 0:
                    parts.append((choice.get("delta") or {}).get("content") or "")
        except (orjson.JSONDecodeError, AttributeError):
            continue
    return "".join(parts)


class Auditor:
    def __init__(self, settings: AuditSettings, sink: EventSink, secret: bytes):
        self.settings, self.sink, self.secret = settings, sink, secret
        self.url = settings.anonymizer_url.rstrip("/") + contract.AUDIT_PATH

    async def record(
        self,
        session: aiohttp.ClientSession,
        *,
        rid: str,
        identity,
        deployment: str,
        status: int,
        body: dict,
        captured: bytes | None,
    ) -> None:
        base = {
            "event": "audit",
            "time": now_iso(),
            "request_id": rid,
            "project": identity.project,
            "key_id": identity.key_id,
            "deployment": deployment,
            "status": status,
        }
        prompt = prompt_texts(body)
        answer = answer_text(captured or b"", bool(body.get("stream"))) if self.settings.answers else ""
        texts = [m["content"] for m in prompt] + ([answer] if answer else [])
        done: dict | None = None
        if texts and not identity.secured:  # one analysis, every list's substitutions
            done = await self._anonymize(session, texts)
        for name in self.settings.rule_lists:
            event = {**base, "rule_list": name}
            if identity.secured:
                event["content"] = "withheld: secured key"
            elif texts and done is None:
                event["content"] = "withheld: the anonymizer was unavailable"
            elif texts and done is not None:
                mine = done[name]
                event["prompt"] = [
                    {"role": m["role"], "content": t} for m, t in zip(prompt, mine, strict=False)
                ]
                if answer:
                    event["answer"] = mine[-1]
            self.sink.emit(event, stream=f"gw:audit:{name}")

    async def _anonymize(self, session: aiohttp.ClientSession, texts: list[str]) -> dict | None:
        payload = {
            "texts": texts,
            "rule_lists": {
                name: {
                    k: v if isinstance(v, str) else v.model_dump(exclude_none=True) for k, v in rules.items()
                }
                for name, rules in self.settings.rule_lists.items()
            },
        }
        raw = orjson.dumps(payload)
        signature = contract.sign(self.secret, contract.body_parts(contract.AUDIT_PATH, raw))
        headers = {"content-type": "application/json", contract.SIGNATURE: signature}
        try:
            async with session.post(
                self.url,
                data=raw,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.settings.timeout_seconds),
            ) as r:
                if r.status != 200:
                    _log.warning("audit anonymizer answered %s; event written without content", r.status)
                    return None
                out = (await r.json())["texts"]
                complete = all(len(out.get(name) or []) == len(texts) for name in self.settings.rule_lists)
                return out if complete else None
        except Exception as exc:
            _log.warning(
                "audit anonymizer unreachable (%s); event written without content", type(exc).__name__
            )
            return None
