"""The `pii-anonymizer` interceptor: tokens on the way to the model, real values on the way back.

Fails closed: if analysis fails, runs out of time or the vault is unreachable, the request is
refused with a JSON error and nothing is sent upstream.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from typing import ClassVar

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.chat_completion.element_path import ElementPath
from aidial_sdk.exceptions import HTTPException
from prometheus_client import Counter
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common import audit_logger, contract
from interceptors.pii_anonymizer import fields
from interceptors.pii_anonymizer.anonymizer import Anonymizer
from interceptors.pii_anonymizer.detector import Finding
from interceptors.pii_anonymizer.settings import AnonymizerSettings, PolicyOverride
from interceptors.pii_anonymizer.tokens import StreamRestorer
from interceptors.pii_anonymizer.vault import Scope, Vault
from interceptors.pii_anonymizer.workers import AnalysisBusyError, AnalysisPool

_log = logging.getLogger(__name__)
_audit = audit_logger("pii_anonymizer")
ENTITIES = Counter("pii_entities_total", "Personal data found in requests, by entity type.", ["entity"])
REFUSED = Counter(
    "pii_refused_total",
    "Requests refused (pii_detected, pii_timeout, pii_busy, pii_unavailable, pii_too_large).",
    ["code"],
)


@dataclass
class AnonymizerContext:
    """What every request shares: built once per process."""

    settings: AnonymizerSettings
    anonymizer: Anonymizer  # tokens and the vault; detection runs in `analysis`
    vault: Vault
    analysis: AnalysisPool


class PiiRefusedError(HTTPException):
    def __init__(self, message: str, status: int, code: str):
        REFUSED.labels(code).inc()
        super().__init__(message, status_code=status, type="pii_error", code=code, display_message=message)


class PiiAnonymizerInterceptor(ChatCompletionInterceptor):
    """Replaces PII in every message by conversation-stable tokens; restores them in the answer."""

    context: ClassVar[AnonymizerContext]
    values: dict = {}
    restorers: dict = {}

    @override
    @classmethod
    async def configuration_schema(cls) -> type[BaseModel]:
        return PolicyOverride

    def _policy(self):
        override = self.configuration if isinstance(self.configuration, PolicyOverride) else None
        base = self.context.settings.policy
        return override.apply(base) if override else base

    def _scope(self, messages: list[dict]) -> Scope:
        """Project and key as the gateway signed them (absent when this service cannot check the
        signature), and the conversation: the client's id, or a hash of how it began."""
        headers = self.request.headers
        conversation = self.request.conversation_id
        if not conversation:
            head = [(m.get("role"), str(m.get("content"))) for m in messages[:2]]
            conversation = "h:" + hashlib.sha256(repr(head).encode()).hexdigest()[:32]
        return Scope(
            headers.get(contract.PROJECT) or "default", conversation, headers.get(contract.KEY_ID) or ""
        )

    @override
    async def on_request(self, request: dict) -> dict:
        messages = request.get("messages") or []
        slots = list(fields.slots(request))
        texts = [c[k] for c, k, _ in slots]
        policy, ctx = self._policy(), self.context
        if sum(map(len, texts)) > ctx.settings.max_chars:
            raise PiiRefusedError(
                f"The request has more than {ctx.settings.max_chars} characters of "
                "text, the most the PII anonymizer checks.",
                413,
                "pii_too_large",
            )
        scope = self._scope(messages)
        budget = ctx.settings.time_budget_ms / 1000
        try:
            known = await asyncio.wait_for(ctx.vault.values(scope), budget)
            views = [fields.analysis_view(t, kind) for t, (_, _, kind) in zip(texts, slots, strict=True)]
            found = await ctx.analysis.detect(
                views, policy, known, budget, ctx.settings.queue_timeout_ms / 1000
            )
            for i, (_, _, kind) in enumerate(slots):
                if kind == "name" and "PERSON" in policy.detected_entities():  # a name, whole
                    found[i] = [Finding(0, len(texts[i]), "PERSON", 1.0)]
            if policy.mode == "anonymize":
                result = await asyncio.wait_for(
                    ctx.anonymizer.apply(texts, found, policy, scope, known), budget
                )
        except AnalysisBusyError:
            _log.error("no pii analysis worker was free in time; request refused")
            raise PiiRefusedError(
                "The personal data check is overloaded; the request was not sent to "
                "the model. Try again shortly.",
                503,
                "pii_busy",
            ) from None
        except TimeoutError:
            _log.error("pii analysis ran out of its %.1f s budget; request refused", budget)
            raise PiiRefusedError(
                "Checking the request for personal data took too long; it was not sent to the model.",
                504,
                "pii_timeout",
            ) from None
        except HTTPException:
            raise
        except Exception as exc:
            _log.error("pii analysis failed (%s); request refused", type(exc).__name__)
            raise PiiRefusedError(
                "The request could not be checked for personal data; it was not sent to the model.",
                503,
                "pii_unavailable",
            ) from None
        counts: dict[str, int] = {}
        for f in (x for fs in found for x in fs):
            counts[f.entity] = counts.get(f.entity, 0) + 1
        _audit.info(
            "pii request=%s mode=%s entities=%s",
            self.request.headers.get(contract.REQUEST_ID),
            policy.mode,
            counts,
        )
        for entity, n in counts.items():
            ENTITIES.labels(entity).inc(n)
        if policy.mode == "block" and counts:
            summary = ", ".join(f"{e} x{n}" for e, n in sorted(counts.items()))
            raise PiiRefusedError(
                f"The request contains personal data ({summary}); this model does "
                "not accept it. Remove it and try again.",
                400,
                "pii_detected",
            )
        if policy.mode == "anonymize":
            for (container, key, kind), text in zip(slots, result.texts, strict=True):
                container[key] = text.strip("[]") if kind == "name" else text
            self.values, self.restorers = result.values, {}
        return request

    def _restorer(self, key: tuple) -> StreamRestorer:
        if key not in self.restorers:
            self.restorers[key] = StreamRestorer(self.values)
        return self.restorers[key]

    @override
    async def on_response_choice(self, path: ElementPath, choice: dict) -> list[dict] | dict:
        if not self.values:
            return choice
        idx = path.choice_idx
        delta = choice.get("delta")
        if isinstance(delta, dict):
            if isinstance(delta.get("content"), str):
                delta["content"] = self._restorer((idx, "content")).feed(delta["content"])
            for call in delta.get("tool_calls") or []:
                fn = call.get("function") or {}
                if isinstance(fn.get("arguments"), str):
                    fn["arguments"] = self._restorer((idx, call.get("index", 0))).feed(fn["arguments"])
        if choice.get("finish_reason"):
            self._flush_into(idx, choice)
        return choice

    def _flush_into(self, idx, choice: dict) -> None:
        delta = choice.setdefault("delta", {})
        for (i, part), r in self.restorers.items():
            rest = r.flush() if i == idx else ""
            if not rest:
                continue
            if part == "content":
                delta["content"] = (delta.get("content") or "") + rest
            else:
                delta.setdefault("tool_calls", []).append({"index": part, "function": {"arguments": rest}})

    @override
    async def on_stream_end(self) -> None:
        for (idx, part), r in self.restorers.items():
            rest = r.flush()
            if rest:
                delta = (
                    {"content": rest}
                    if part == "content"
                    else {"tool_calls": [{"index": part, "function": {"arguments": rest}}]}
                )
                self.send_chunk({"choices": [{"index": idx, "delta": delta}]})
