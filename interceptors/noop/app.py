"""The no-op interceptor service: request and response pass through unchanged."""

from __future__ import annotations

from aidial_interceptors_sdk.chat_completion.base import ChatCompletionNoOpInterceptor
from aidial_interceptors_sdk.embeddings.base import EmbeddingsNoOpInterceptor

from interceptors.common import InterceptorService, create_interceptor_app, run

SERVICE = InterceptorService(
    name="noop",
    chat_completions={"noop": ChatCompletionNoOpInterceptor},
    embeddings={"noop-embeddings": EmbeddingsNoOpInterceptor},
)


def create_app(dial_url: str):
    return create_interceptor_app(SERVICE, dial_url)


if __name__ == "__main__":
    run(SERVICE, default_port=5002)
