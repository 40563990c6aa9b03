"""`POST /v1/audit/anonymize`: texts for an audit trail, with PII replaced by the substitutions of
each rule list (the texts are analyzed once for all lists). One-way: nothing goes to the vault, and
nothing maps back.

Used by the gateway to write audit events that hold prompts and answers without personal data.
Rules map an entity type (or `*`, the default) to `mask`, `text` (a `value`, or `<ENTITY>`),
`faker`, `hash` or `keep`.
"""

from __future__ import annotations

from typing import Literal

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interceptors.common import contract
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


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"message": message, "type": "invalid_request_error", "code": str(status)}}, status
    )


def audit_route(context):
    """The route's handler, bound to the service's analyzer. Only the gateway may call it: the
    body must carry the gateway's signature (GATEWAY_SECRET), or nothing is analyzed."""
    secret = contract.secret_from_env()

    async def anonymize(request: Request) -> JSONResponse:
        raw = await request.body()
        signature = request.headers.get(contract.SIGNATURE, "")
        parts = contract.body_parts(contract.AUDIT_PATH, raw)
        if secret is None or not contract.verify(secret, signature, parts):
            return _error(
                401,
                "Only the gateway may call this route: the body must carry its signature "
                f"({contract.SECRET_ENV} set to the same value here and on the gateway).",
            )
        try:
            req = AuditRequest.model_validate_json(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            return _error(400, f"Invalid request at {'.'.join(map(str, err['loc']))}: {err['msg']}")
        if sum(map(len, req.texts)) > context.settings.max_chars:
            return _error(413, "Too much text to check.")
        policy = context.settings.policy
        try:  # the same workers, queue and budget as the interceptor's requests
            budget = context.settings.time_budget_ms / 1000
            found = await context.analysis.detect(req.texts, policy, {}, budget)
        except Exception:  # fail closed: the caller writes no content
            return _error(503, "The texts could not be checked for personal data.")
        spans = [_spans(t, f, None) for t, f in zip(req.texts, found, strict=True)]
        counts: dict[str, int] = {}
        for _, _, entity in (x for s in spans for x in s):
            counts[entity] = counts.get(entity, 0) + 1
        out = {
            name: [_substitute_all(t, s, rules) for t, s in zip(req.texts, spans, strict=True)]
            for name, rules in req.rule_lists.items()
        }
        return JSONResponse({"texts": out, "entities": counts})

    return anonymize
