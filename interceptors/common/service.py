"""The shared shape of every interceptor service: a DIAL app built from a registry of interceptors.

Two runtimes serve the same interceptor classes (`INTERCEPTOR_RUNTIME`):

* `lean` (the default): `interceptors/common/lean.py` serves the deployment routes with one pooled
  client per process, orjson and no per-chunk validation; the DIALApp below serves the rest.
* `sdk`: aidial-interceptors-sdk's own adapter, as in its example app factory, with an
  aiohttp-backed HTTP client for the calls back to the gateway.
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

from interceptors.common import contract

_log = logging.getLogger(__name__)


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


def _connection_errors_are_502() -> None:
    """aidial-interceptors-sdk 0.9.0 tests `APIError` before its subclasses `APIConnectionError` and
    `APITimeoutError`, so a broken connection to the gateway became a 500 with an empty error.
    Ours checks them first (502 / 504, with a message), then defers to the SDK."""
    from aidial_interceptors_sdk.utils import _exceptions, streaming
    from aidial_sdk.exceptions import HTTPException as DialException
    from openai import APIConnectionError, APITimeoutError

    original = _exceptions.to_dial_exception
    if getattr(original, "_ours", False):
        return

    def to_dial_exception(exc: Exception) -> DialException:
        if isinstance(exc, APITimeoutError):
            return DialException("The gateway did not answer in time.", 504, "timeout_error")
        if isinstance(exc, APIConnectionError):
            return DialException("The connection to the gateway broke.", 502, "upstream_error")
        return original(exc)

    to_dial_exception._ours = True  # type: ignore[attr-defined]
    _exceptions.to_dial_exception = streaming.to_dial_exception = to_dial_exception


RUNTIME_ENV = "INTERCEPTOR_RUNTIME"
RUNTIMES = ("lean", "sdk")


def runtime_from_env() -> str:
    runtime = os.environ.get(RUNTIME_ENV, "lean").strip().lower() or "lean"
    if runtime not in RUNTIMES:
        raise ValueError(f"{RUNTIME_ENV} must be one of {RUNTIMES}, not {runtime!r}.")
    return runtime


def create_interceptor_app(service: InterceptorService, dial_url: str, runtime: str | None = None):
    """The service's ASGI app under the lean runtime (default) or the SDK's adapter."""
    runtime = runtime or runtime_from_env()
    _connection_errors_are_502()
    # Under the lean runtime the DIALApp serves only what is not a deployment call, and the calls
    # upstream carry the caller's key themselves: no header propagation (it patches httpx and
    # aiohttp process-wide).
    app = DIALApp(
        description=service.name,
        dial_url=dial_url,
        add_healthcheck=True,
        propagate_auth_headers=runtime == "sdk",
        allow_extra_request_fields=True,
    )
    factory = _client_factory()
    for name, embeddings in service.embeddings.items():
        app.add_embeddings(name, interceptor_to_embeddings(embeddings, dial_url, factory))
    for name, chat in service.chat_completions.items():
        app.add_chat_completion(name, interceptor_to_chat_completion(chat, dial_url, factory))
    app.add_api_route("/metrics", _metrics, methods=["GET"], include_in_schema=False)
    for path, handler in service.routes.items():
        app.add_api_route(path, handler, methods=["POST"])
    from starlette.exceptions import HTTPException as RoutingError

    app.add_exception_handler(RoutingError, _routing_error)
    app.add_exception_handler(Exception, _internal_error)
    secret = contract.secret_from_env()
    if secret is None:
        _log.warning(
            "%s is not set: this service ignores the gateway's identity headers (project, "
            "key) and refuses signed calls; set it to the gateway's value.",
            contract.SECRET_ENV,
        )
    if runtime == "sdk":
        app.add_middleware(IdentityGuard, secret=secret)
        return app
    from interceptors.common.lean import LeanApp

    return IdentityGuard(LeanApp(service.chat_completions, service.embeddings, dial_url, app), secret)


def error_body(status: int, message: str, kind: str = "invalid_request_error") -> bytes:
    import orjson

    return orjson.dumps({"error": {"message": message, "type": kind, "code": str(status)}})


async def _routing_error(request, exc):
    from fastapi.responses import Response

    message = {
        404: f"No route for {request.method} {request.url.path}.",
        405: f"Method {request.method} is not allowed here.",
    }.get(exc.status_code, str(exc.detail))
    return Response(
        error_body(exc.status_code, message),
        exc.status_code,
        headers=exc.headers,
        media_type="application/json",
    )


async def _internal_error(request, exc):
    from fastapi.responses import Response

    _log.error("unhandled %s on %s", type(exc).__name__, request.url.path)
    return Response(
        error_body(500, "The service failed to process the request.", "runtime_error"),
        500,
        media_type="application/json",
    )


class IdentityGuard:
    """Trust the gateway's identity headers only with its signature (docs/protocol.md).

    With a secret, every call to a deployment route must carry a valid signature over its
    per-request key and identity headers, or it is refused with 401. Without one, the identity
    headers are removed (nothing scoped by them can be read across projects) and a signed call is
    refused with 503: the gateway and this service disagree about the secret."""

    def __init__(self, app, secret: bytes | None):
        self.app, self.secret = app, secret

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/openai/"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        signature = headers.get(contract.SIGNATURE)
        if self.secret is None:
            if signature:
                return await _refuse(
                    send,
                    503,
                    f"This service has no {contract.SECRET_ENV} to check the "
                    "gateway's signature; set it to the gateway's value.",
                )
            scope = {
                **scope,
                "headers": [
                    (k, v)
                    for k, v in scope["headers"]
                    if k.decode("latin-1").lower() not in contract.IDENTITY
                ],
            }
        elif not signature or not contract.verify(
            self.secret, signature, contract.hop_parts(headers, headers.get("api-key", ""))
        ):
            return await _refuse(
                send,
                401,
                "Calls to this service must come from the gateway: the "
                "identity headers are unsigned, expired or do not match.",
            )
        return await self.app(scope, receive, send)


async def _refuse(send, status: int, message: str) -> None:
    body = error_body(status, message, "authentication_error" if status == 401 else "service_unavailable")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


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
    logging.basicConfig(
        level=max(logging.INFO, wanted), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("interceptors").setLevel(wanted)
    logging.getLogger(AUDIT_LOGGER).setLevel(min(logging.INFO, wanted))


def run(service: InterceptorService, default_port: int) -> None:
    import uvicorn

    configure_logging(os.environ.get("LOG_LEVEL", "warning"))

    dial_url = os.environ.get("DIAL_URL", "http://127.0.0.1:8080")
    uvicorn.run(
        create_interceptor_app(service, dial_url),
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", str(default_port))),
        access_log=False,
        log_level=os.environ.get("LOG_LEVEL", "warning").lower(),
        loop="uvloop",
        http="httptools",
        timeout_keep_alive=contract.SERVER_KEEPALIVE_SECONDS,
    )
