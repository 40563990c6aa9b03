"""`POST /v1/audit/anonymize`: texts for an audit trail, with PII replaced by the substitutions of
each rule list (the texts are analyzed once for all lists). One-way: nothing goes to the vault, and
nothing maps back.

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


Rules = dict[str, Rule | Literal["mask", "text", "faker", "hash", "keep"]]


class AuditRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(max_length=1000)
    rule_lists: dict[str, Rules] = Field(min_length=1, description="List name -> entity (or `*`) -> rule.")


def rule_for(rules: Rules, entity: str) -> Rule:
    r = rules.get(entity, rules.get("*", "text"))
    return Rule(type=r) if isinstance(r, str) else r


def substitute(rule: Rule, entity: str, value: str) -> str:
    if rule.type == "keep":
        return value
    return one_way(Operator(type=_OPERATOR[rule.type], value=rule.value), entity, value)


def _substitute_all(text: str, spans: list[tuple[int, int, str]], rules: Rules) -> str:
    parts, pos = [], 0
    for a, b, entity in spans:
        parts += [text[pos:a], substitute(rule_for(rules, entity), entity, text[a:b])]
        pos = b
    return "".join(parts) + text[pos:]


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
        spans = [_spans(t, f, None) for t, f in zip(req.texts, found, strict=True)]
        counts: dict[str, int] = {}
        for _, _, entity in (x for s in spans for x in s):
            counts[entity] = counts.get(entity, 0) + 1
        out = {name: [_substitute_all(t, s, rules) for t, s in zip(req.texts, spans, strict=True)]
               for name, rules in req.rule_lists.items()}
        return JSONResponse({"texts": out, "entities": counts})

    return anonymize
