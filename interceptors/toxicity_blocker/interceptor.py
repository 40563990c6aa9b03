"""The `toxicity-blocker` interceptor: abusive prompts refused, abusive answers cut mid-stream.

Per chain entry it checks prompts (a pre-interceptor), answers (a post-interceptor) or both. Every
violation is recorded for audit with the category scores and a hash of the text, never the text.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import ClassVar

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.chat_completion.element_path import ElementPath
from prometheus_client import Counter
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common import audit_logger, contract
from interceptors.common.errors import ContentBlockedError, InvalidConfigurationError, TooLargeError
from interceptors.toxicity_blocker.classifiers import Classifier
from interceptors.toxicity_blocker.guard import AnswerGuard
from interceptors.toxicity_blocker.settings import LABELS, BlockerSettings, Policy, PolicyOverride

_audit = audit_logger("toxicity_blocker")
VIOLATIONS = Counter(
    "toxicity_violations_total",
    "Abusive prompts and answers found, by direction and the action taken (block, flag, shadow).",
    ["direction", "action"],
)
BY_CATEGORY = Counter(
    "toxicity_violations_by_category_total",
    "Abusive prompts and answers found, by direction and each category over its threshold.",
    ["direction", "category"],
)
FLAG_HEADER = contract.TOXICITY_FLAGGED
ANSWER_CUT = "The answer was stopped because it appears to contain {category}."
# One thread scores every text, one at a time: the classifier is not shared between threads (spaCy's
# memory zones are per vocabulary), and numpy's matrix products release the GIL meanwhile.
_SCORER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toxicity-scorer")
# A request's texts go to that thread SCORE_CHUNK at a time, each piece queued when the one before it
# is done: a request with thousands of messages takes turns with the others instead of making every
# request that comes after it wait for all of its texts.
SCORE_CHUNK = 16


@dataclass
class BlockerContext:
    settings: BlockerSettings
    classifier: Classifier


def thresholds_of(classifier: Classifier, *layers: dict[str, float] | None) -> dict[str, float]:
    """The backend's default thresholds with the service's and then the chain entry's merged over."""
    out = dict(classifier.default_thresholds)
    for layer in layers:
        out.update(layer or {})
    return out


def main_category(over: dict[str, float], thresholds: dict[str, float]) -> str:
    """The category to name: the most clearly exceeded one, the generic `toxicity` only if alone."""
    specific = {c: s for c, s in over.items() if c != "toxicity"} or over
    return max(specific, key=lambda c: specific[c] - thresholds[c])


def user_texts(messages: list[dict], scope: str) -> list[str]:
    """The text of the user messages to check: all of them, or those after the last answer."""
    if scope == "new":
        last_answer = max((i for i, m in enumerate(messages) if m.get("role") == "assistant"), default=-1)
        messages = messages[last_answer + 1 :]
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
    schema: ClassVar[type[BaseModel]] = PolicyOverride  # type: ignore[assignment]
    guards: dict = {}
    resolved: Policy | None = None

    @override
    @classmethod
    async def configuration_schema(cls) -> type[BaseModel]:
        return cls.schema

    @property
    def policy(self) -> Policy:
        if self.resolved is None:
            base = self.context.settings.policy
            override = self.configuration if isinstance(self.configuration, PolicyOverride) else None
            policy = override.apply(base) if override else base
            classifier = self.context.classifier
            policy = policy.model_copy(
                update={
                    "thresholds": thresholds_of(
                        classifier, base.thresholds, getattr(override, "thresholds", None)
                    )
                }
            )
            unknown = set(policy.thresholds or {}) - set(classifier.categories)
            if unknown:
                raise InvalidConfigurationError(
                    f"Unknown toxicity categories {sorted(unknown)} in the interceptor configuration; this "
                    f"backend scores {list(self.context.classifier.categories)}."
                )
            self.resolved = policy
        return self.resolved

    def _over(self, scores: dict[str, float]) -> dict[str, float]:
        thresholds = self.policy.thresholds or {}
        return {c: s for c, s in scores.items() if s >= thresholds.get(c, 2.0)}

    def _message(self, template: str, over: dict[str, float]) -> str:
        label = LABELS.get(main_category(over, self.policy.thresholds or {}), "abusive language")
        return template.replace("{category}", label)

    def _record(self, direction: str, text: str, scores: dict[str, float]) -> None:
        VIOLATIONS.labels(direction, self.policy.mode).inc()
        over = self._over(scores)
        for category in over:
            BY_CATEGORY.labels(direction, category).inc()
        headers = self.request.headers
        _audit.info(
            json.dumps(
                {
                    "event": "toxicity_violation",
                    "request_id": headers.get(contract.REQUEST_ID),
                    "direction": direction,
                    "action": self.policy.mode,
                    "project": headers.get(contract.PROJECT),
                    "key_id": headers.get(contract.KEY_ID),
                    "model": headers.get(contract.DEPLOYMENT),
                    "categories": sorted(over),
                    "category": main_category(over, self.policy.thresholds or {}),
                    "scores": {c: round(s, 3) for c, s in scores.items()},
                    "text_sha256": hashlib.sha256(text.encode()).hexdigest()[:16],
                }
            )
        )

    @override
    async def on_request(self, request: dict) -> dict:
        policy = self.policy
        if policy.direction == "answer":
            return request
        texts = user_texts(request.get("messages") or [], policy.check)
        limit = self.context.settings.max_chars
        if sum(map(len, texts)) > limit:  # its time is linear in the text: bounded per request
            raise TooLargeError(
                f"The request has more than {limit} characters of text, the most the toxicity blocker "
                "checks.",
                "toxicity_too_large",
            )
        for text, scores in zip(texts, await self._score(texts), strict=True):
            if over := self._over(scores):
                self._record("prompt", text, scores)
                if policy.mode == "block":
                    raise ContentBlockedError(self._message(policy.message, over))
                if policy.mode == "flag":
                    self.response.append_header(FLAG_HEADER, "prompt")
                break
        return request

    async def _score(self, texts: list[str], answers: bool = False) -> list[dict[str, float]]:
        """The classifier's scores, computed on its own thread: a long text costs the sentence
        encoder tens of milliseconds, which must not hold up the other requests' streams. A backend
        may judge answers apart from prompts (`score_answers`)."""
        classifier = self.context.classifier
        score = (getattr(classifier, "score_answers", None) if answers else None) or classifier.score
        loop, out = asyncio.get_running_loop(), []
        for start in range(0, len(texts), SCORE_CHUNK):
            piece = texts[start : start + SCORE_CHUNK]
            out += await loop.run_in_executor(_SCORER, score, piece)
        return out

    async def _check_answer(self, text: str) -> dict[str, float]:
        (scores,) = await self._score([text], answers=True)
        return scores if self._over(scores) else {}

    def _guard(self, idx: int) -> AnswerGuard:
        if idx not in self.guards:
            self.guards[idx] = AnswerGuard(
                self._check_answer, self.policy.window_chars, hold=self.policy.mode == "block"
            )
        return self.guards[idx]

    @override
    async def on_response_choice(self, path: ElementPath, choice: dict) -> list[dict] | dict:
        policy = self.policy
        if policy.direction == "prompt":
            return choice
        idx = path.choice_idx or 0
        guard = self._guard(idx)
        seen = guard.violation
        delta = choice.get("delta")
        if isinstance(delta, dict) and isinstance(delta.get("content"), str):
            delta["content"] = await guard.feed(delta["content"])
        if choice.get("finish_reason") and (rest := await guard.flush()):
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
        raise ContentBlockedError(
            self._message(ANSWER_CUT, self._over(guard.violation)), code="content_filtered"
        )
