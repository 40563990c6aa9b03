"""A pre-interceptor on aidial-interceptors-sdk that appends ` [<tag>]` to the last user message.

The tag comes from `custom_fields.interceptor_configuration`, which the gateway fills from the chain
entry's `defaults`: one service, several chain entries, the order visible in the model's echo.
"""

from __future__ import annotations

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common import InterceptorService, run


class TagConfig(BaseModel):
    tag: str = "T"


class TagInterceptor(ChatCompletionInterceptor):
    @override
    @classmethod
    async def configuration_schema(cls) -> type[BaseModel]:
        return TagConfig

    @override
    async def on_request_messages(self, messages: list[dict]) -> list[dict]:
        tag = self.get_configuration(TagConfig).tag
        last = messages[-1]
        if isinstance(last.get("content"), str):
            last["content"] += f" [{tag}]"
        return messages


SERVICE = InterceptorService(name="tag", chat_completions={"tag": TagInterceptor})

if __name__ == "__main__":
    run(SERVICE, default_port=5090)
