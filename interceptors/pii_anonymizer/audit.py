"""`POST /v1/audit/anonymize`: texts for an audit trail, with PII replaced by a rule list's
substitutions. One-way: nothing goes to the vault, and nothing maps back.

Used by the gateway to write audit events that hold prompts and answers without personal data.
Rules map an entity type (or `*`, the default) to `mask`, `text` (a `value`, or `<ENTITY>`),
`faker`, `hash` or `keep`.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interceptors.pii_anonymizer.anonymizer import _spans
from interceptors.pii_anonymizer.operators import one_way
from interceptors.pii_anonymizer.settings import Operator

_OPERATOR = {"mask": "mask", "text": "replace", "faker": "fake", "hash": "hash"}


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["mask", "text", "faker", "hash", "keep"]
    value: str | None = None


class AuditRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(max_length=1000)
    rules: dict[str, Rule | Literal["mask", "text", "faker", "hash", "keep"]] = Field(default_factory=dict)

    def rule(self, entity: str) -> Rule:
        r = self.rules.get(entity, self.rules.get("*", "text"))
        return Rule(type=r) if isinstance(r, str) else r


def substitute(rule: Rule, entity: str, value: str) -> str:
    if rule.type == "keep":
        return value
    return one_way(Operator(type=_OPERATOR[rule.type], value=rule.value), entity, value)


def audit_route(context):
    """The route's handler, bound to the service's analyzer."""

    async def anonymize(payload: dict) -> JSONResponse:
        try:
            req = AuditRequest.model_validate(payload)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(map(str, err["loc"]))
            return JSONResponse({"error": {"message": f"Invalid request at {where}: {err['msg']}",
                                           "type": "invalid_request_error", "code": "400"}}, 400)
        if sum(map(len, req.texts)) > context.settings.max_chars:
            return JSONResponse({"error": {"message": "Too much text to check.", "code": "413"}}, 413)
        policy = context.settings.policy
        loop = asyncio.get_running_loop()
        try:
            found = await asyncio.wait_for(loop.run_in_executor(
                context.executor, context.anonymizer.detect, req.texts, policy),
                context.settings.time_budget_ms / 1000)
        except Exception:  # fail closed: the caller writes no content
            return JSONResponse({"error": {"message": "The texts could not be checked for personal data.",
                                           "code": "503"}}, 503)
        out, counts = [], {}
        for text, findings in zip(req.texts, found, strict=True):
            parts, pos = [], 0
            for a, b, entity in _spans(text, findings, None):
                parts += [text[pos:a], substitute(req.rule(entity), entity, text[a:b])]
                pos = b
                counts[entity] = counts.get(entity, 0) + 1
            out.append("".join(parts) + text[pos:])
        return JSONResponse({"texts": out, "entities": counts})

    return anonymize
