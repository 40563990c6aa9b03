"""What our interceptors share on top of aidial-interceptors-sdk: a service policy that a chain entry
may override field by field (`custom_fields.interceptor_configuration`), and the SDK's
`call_upstreams` without a pydantic validation per chunk."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from aidial_interceptors_sdk.chat_completion.annotated_value import (
    AnnotatedChunk,
    AnnotatedException,
    AnnotatedValue,
)
from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common.settings import PolicyOverride

assert tuple(getattr(AnnotatedChunk, "__fields__", ())) == ("annotation", "chunk"), (
    "aidial-interceptors-sdk changed AnnotatedChunk: review interceptors/common/base.py"
)


def annotated_chunk(chunk: dict, annotation: Any) -> AnnotatedChunk:
    """`AnnotatedChunk(chunk=chunk, annotation=annotation)` for a dict, as pydantic (v1) leaves it
    (a dict is kept as it is, the annotation is `Any`), without validating it again: the same
    fields in the same order, the same set fields (tests/unit/test_lean_walk.py)."""
    out = object.__new__(AnnotatedChunk)
    object.__setattr__(out, "__dict__", {"annotation": annotation, "chunk": chunk})
    object.__setattr__(out, "__fields_set__", {"annotation", "chunk"})
    return out


async def annotate(annotation: Any, stream: AsyncIterator[dict | Any]) -> AsyncIterator[AnnotatedValue]:
    """aidial-interceptors-sdk's `annotate_stream`, with `annotated_chunk` for the chunks."""
    async for value in stream:
        if isinstance(value, dict):
            yield annotated_chunk(value, annotation)
        else:
            yield AnnotatedException(error=value, annotation=annotation)


class PolicyInterceptor(ChatCompletionInterceptor):
    """`schema` is the override model of the policy (`settings.overrides_of`); `service_policy`
    returns the service's own. `merged_policy()` is the policy of this request."""

    schema: ClassVar[type[BaseModel]] = PolicyOverride  # type: ignore[assignment]

    @override
    @classmethod
    async def configuration_schema(cls) -> type[BaseModel]:
        return cls.schema

    def service_policy(self) -> Any:
        raise NotImplementedError

    def policy_override(self) -> PolicyOverride | None:
        return self.configuration if isinstance(self.configuration, PolicyOverride) else None

    def merged_policy(self) -> Any:
        base = self.service_policy()
        found = self.policy_override()
        return found.apply(base) if found else base

    @override
    async def call_upstreams(self, request, call_upstream) -> AsyncIterator[AnnotatedValue]:
        """The SDK's own (one call, no annotation), each chunk in the same `AnnotatedChunk` without
        pydantic checking it again: a subclass that calls `super().call_upstreams` pays nothing
        per chunk for it, under either runtime."""
        annotation = None
        return annotate(annotation, await call_upstream(annotation, request))
