"""What our interceptors share on top of aidial-interceptors-sdk: a service policy that a chain entry
may override field by field (`custom_fields.interceptor_configuration`)."""

from __future__ import annotations

from typing import Any, ClassVar

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common.settings import PolicyOverride


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
