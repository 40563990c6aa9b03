"""The `toxicity-blocker` interceptor: abusive prompts refused, abusive answers cut mid-stream.

Per chain entry it checks prompts (a pre-interceptor), answers (a post-interceptor) or both. Every
violation is recorded for audit with the category scores and a hash of the text, never the text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import ClassVar

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.chat_completion.element_path import ElementPath
from aidial_sdk.exceptions import HTTPException
from prometheus_client import Counter
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common import audit_logger
from interceptors.toxicity_blocker.classifiers import Classifier
from interceptors.toxicity_blocker.guard import AnswerGuard
from interceptors.toxicity_blocker.settings import BlockerSettings, Policy, PolicyOverride

_audit = audit_logger("toxicity_blocker")
VIOLATIONS = Counter("toxicity_violations_total", "Abusive prompts and answers found, by direction and "
                     "the action taken (block, flag, shadow).", ["direction", "action"])
FLAG_HEADER = "X-Toxicity-Flagged"
ANSWER_CUT = ("The answer was stopped because it appears to contain abusive, threatening or obscene "
              "language.")


@dataclass
class BlockerContext:
    settings: BlockerSettings
    classifier: Classifier


class ContentBlockedError(HTTPException):
    def __init__(self, message: str, code: str = "content_blocked"):
        super().__init__(message, status_code=400, type="invalid_request_error", code=code,
                         display_message=message)


def user_texts(messages: list[dict], scope: str) -> list[str]:
    """The text of the user messages to check: all of them, or those after the last answer."""
    if scope == "new":
        last_answer = max((i for i, m in enumerate(messages) if m.get("role") == "assistant"), default=-1)
        messages = messages[last_answer + 1:]
    out = []
    for m in messages:
        if m.get("role") != "user":
            continue
        content = m.get("content")
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, list):
            out.extend(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return out


class ToxicityBlockerInterceptor(ChatCompletionInterceptor):
    context: ClassVar[BlockerContext]
    guards: dict = {}
    resolved: Policy | None = None

    @override
    @classmethod
    async def configuration_schema(cls) -> type[BaseModel]:
        return PolicyOverride

    @property
    def policy(self) -> Policy:
        if self.resolved is None:
            base = self.context.settings.policy
            override = self.configuration if isinstance(self.configuration, PolicyOverride) else None
            policy = override.apply(base) if override else base
            unknown = set(policy.thresholds) - set(self.context.classifier.categories)
            if unknown:
                raise ContentBlockedError(
                    f"Unknown toxicity categories {sorted(unknown)} in the interceptor configuration; this "
                    f"backend scores {list(self.context.classifier.categories)}.",
                    code="invalid_configuration")
            self.resolved = policy
        return self.resolved

    def _over(self, scores: dict[str, float]) -> dict[str, float]:
        return {c: s for c, s in scores.items() if s >= self.policy.thresholds.get(c, 2.0)}

    def _record(self, direction: str, text: str, scores: dict[str, float]) -> None:
        VIOLATIONS.labels(direction, self.policy.mode).inc()
        headers = self.request.headers
        _audit.info(json.dumps({
            "event": "toxicity_violation", "request_id": headers.get("x-request-id"),
            "direction": direction, "action": self.policy.mode,
            "project": headers.get("x-gateway-project"), "key_id": headers.get("x-gateway-key-id"),
            "model": headers.get("x-dial-deployment-id"),
            "scores": {c: round(s, 3) for c, s in scores.items()},
            "text_sha256": hashlib.sha256(text.encode()).hexdigest()[:16]}))

    @override
    async def on_request(self, request: dict) -> dict:
        policy = self.policy
        if policy.direction == "answer":
            return request
        texts = user_texts(request.get("messages") or [], policy.check)
        for text, scores in zip(texts, self.context.classifier.score(texts), strict=True):
            if self._over(scores):
                self._record("prompt", text, scores)
                if policy.mode == "block":
                    raise ContentBlockedError(policy.message)
                if policy.mode == "flag":
                    self.response.append_header(FLAG_HEADER, "prompt")
                break
        return request

    def _check_answer(self, text: str) -> dict[str, float]:
        (scores,) = self.context.classifier.score([text])
        return scores if self._over(scores) else {}

    def _guard(self, idx: int) -> AnswerGuard:
        if idx not in self.guards:
            self.guards[idx] = AnswerGuard(self._check_answer, self.policy.window_chars,
                                           hold=self.policy.mode == "block")
        return self.guards[idx]

    @override
    async def on_response_choice(self, path: ElementPath, choice: dict) -> list[dict] | dict:
        policy = self.policy
        if policy.direction == "prompt":
            return choice
        idx = path.choice_idx
        guard = self._guard(idx)
        seen = guard.violation
        delta = choice.get("delta")
        if isinstance(delta, dict) and isinstance(delta.get("content"), str):
            delta["content"] = guard.feed(delta["content"])
        if choice.get("finish_reason") and (rest := guard.flush()):
            delta = choice.setdefault("delta", {})
            delta["content"] = (delta.get("content") or "") + rest
        if guard.violation is None or seen is not None:
            return choice
        self._record("answer", guard.violating_text, guard.violation)
        if policy.mode == "flag" and not self.request.stream:
            self.response.append_header(FLAG_HEADER, "answer")
        if policy.mode != "block":
            return choice
        if not self.request.stream:  # as OpenAI-compatible services do: no text, finish_reason says why
            choice["delta"] = {**(choice.get("delta") or {}), "content": ""}
            choice["finish_reason"] = "content_filter"
            return choice
        self.send_chunk({"choices": [{"index": idx, "delta": {}, "finish_reason": "content_filter"}]})
        raise ContentBlockedError(ANSWER_CUT, code="content_filtered")
