"""The `response-cache` service: `python -m interceptors.response_cache.app` (port 5005)."""

from __future__ import annotations

from interceptors.common import InterceptorService, create_interceptor_app, run
from interceptors.response_cache.interceptor import CacheContext, ResponseCacheInterceptor
from interceptors.response_cache.settings import CacheSettings
from interceptors.response_cache.store import create_store


def build_service(settings: CacheSettings | None = None) -> InterceptorService:
    settings = settings or CacheSettings.from_env()
    store = create_store(
        settings.redis_url,
        settings.memory_entries,
        settings.redis_timeout_seconds,
        settings.redis_retry_seconds,
    )
    interceptor = type(
        "ResponseCache", (ResponseCacheInterceptor,), {"context": CacheContext(settings, store)}
    )
    return InterceptorService(name="response-cache", chat_completions={"response-cache": interceptor})


def create_app(dial_url: str, settings: CacheSettings | None = None):
    return create_interceptor_app(build_service(settings), dial_url)


if __name__ == "__main__":
    run(build_service(), default_port=5005)
