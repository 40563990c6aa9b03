"""The shared shape of every interceptor service: a DIAL app built from a registry of interceptors.

Mirrors aidial-interceptors-sdk's example app factory, with an aiohttp-backed HTTP client for the
calls back to the gateway (httpx's pool is several times slower under concurrency).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from aidial_interceptors_sdk.chat_completion import interceptor_to_chat_completion
from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.embeddings.adapter import interceptor_to_embeddings
from aidial_interceptors_sdk.embeddings.base import EmbeddingsInterceptor
from aidial_sdk import DIALApp


@dataclass
class InterceptorService:
    """What one service serves: chat and embeddings interceptors by deployment id."""

    name: str
    chat_completions: Mapping[str, type[ChatCompletionInterceptor]] = field(default_factory=dict)
    embeddings: Mapping[str, type[EmbeddingsInterceptor]] = field(default_factory=dict)
    routes: Mapping[str, Callable] = field(default_factory=dict)  # extra POST routes: path -> handler


def _client_factory():
    client = None

    async def factory():
        nonlocal client
        if client is None:
            from openai import DefaultAioHttpClient

            client = DefaultAioHttpClient(timeout=600)
        return client

    return factory


def create_interceptor_app(service: InterceptorService, dial_url: str) -> DIALApp:
    app = DIALApp(description=service.name, dial_url=dial_url, add_healthcheck=True,
                  propagate_auth_headers=True, allow_extra_request_fields=True)
    factory = _client_factory()
    for name, cls in service.embeddings.items():
        app.add_embeddings(name, interceptor_to_embeddings(cls, dial_url, factory))
    for name, cls in service.chat_completions.items():
        app.add_chat_completion(name, interceptor_to_chat_completion(cls, dial_url, factory))
    app.add_api_route("/metrics", _metrics, methods=["GET"], include_in_schema=False)
    for path, handler in service.routes.items():
        app.add_api_route(path, handler, methods=["POST"])
    return app


async def _metrics():
    """This process's counters in Prometheus' text format."""
    from fastapi.responses import Response
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


AUDIT_LOGGER = "interceptors.audit"


def audit_logger(service: str) -> logging.Logger:
    """Where a service writes its audit records (counts, scores, hashes; never content). They are
    written at INFO whatever LOG_LEVEL says."""
    return logging.getLogger(f"{AUDIT_LOGGER}.{service}")


def configure_logging(level: str) -> None:
    """Our own loggers at `level`, audit records always; every other library never below INFO: at
    DEBUG the SDKs log whole request and response bodies and Presidio logs context words, which
    would put PII in the logs."""
    wanted = logging.getLevelName(level.upper())
    wanted = wanted if isinstance(wanted, int) else logging.WARNING
    logging.basicConfig(level=max(logging.INFO, wanted),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("interceptors").setLevel(wanted)
    logging.getLogger(AUDIT_LOGGER).setLevel(min(logging.INFO, wanted))


def run(service: InterceptorService, default_port: int) -> None:
    import uvicorn

    configure_logging(os.environ.get("LOG_LEVEL", "warning"))

    dial_url = os.environ.get("DIAL_URL", "http://127.0.0.1:8080")
    uvicorn.run(create_interceptor_app(service, dial_url), host=os.environ.get("HOST", "127.0.0.1"),
                port=int(os.environ.get("PORT", str(default_port))), access_log=False,
                log_level=os.environ.get("LOG_LEVEL", "warning").lower())
