"""The gateway's ASGI application: routing, authentication, and the hand-off to the chain.

Plain ASGI rather than a framework: the gateway is on every request's path, so it stays thin.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

import aiohttp
import orjson

from gateway import listings, metrics, resp
from gateway.audit import Auditor
from gateway.auth import authenticate
from gateway.balancer import Balancer
from gateway.chain import Chain, find_deployment, request_id, trace_of
from gateway.config import RESERVED_DEPLOYMENT, ConfigWatcher, Model
from gateway.console import Console
from gateway.context import Call
from gateway.errors import (
    BadRequestError,
    GatewayError,
    MethodNotAllowedError,
    NotFoundError,
    ServiceUnavailableError,
    UnsupportedMediaTypeError,
)
from gateway.events import EventSink, Results, cost, usage_event
from gateway.forward import HopClient
from gateway.http import Request
from gateway.keys import KeyStore, MemoryKeyStore, RedisKeyStore
from gateway.limits import Quotas
from gateway.resp import RespClient
from gateway.settings import GatewaySettings

_log = logging.getLogger(__name__)

_DEPLOYMENT = re.compile(r"^/+openai/deployments/(.+?)/(chat/completions|completions|embeddings)$")
_V1 = {
    "/v1/chat/completions": "chat/completions",
    "/openai/v1/chat/completions": "chat/completions",
    "/v1/embeddings": "embeddings",
    "/openai/v1/embeddings": "embeddings",
}
_ITEM = re.compile(r"^/+openai/(models|deployments)/([^/]+)$")
_LIMITS = re.compile(r"^/+v1/deployments/([^/]+)/limits$")
_INTERNAL = GatewayError("The gateway failed to process the request; see its log.")
_STORE_DOWN = ServiceUnavailableError(
    "The gateway's shared store (Redis) is unavailable or busy; try again shortly.",
    headers={"Retry-After": "1"},
)


def _cancel_on_disconnect(req: Request, cancel_chain) -> asyncio.Task:
    """When the caller goes away, cancel its request at once: every hop's connection closes, and
    each service cancels its own call onwards, down to the model (and their keys are deleted).
    A root request also cancels its chain's callbacks served here: an interceptor that does not
    pass the cancel on (an SDK stream) cannot keep the model call alive."""
    task = asyncio.current_task()
    assert task is not None

    async def watch() -> None:
        while (await req.receive())["type"] != "http.disconnect":
            pass
        req.disconnected = True
        if not req.finished:
            task.cancel()
            if req.root and req.request_id:
                cancel_chain(req.request_id)

    return asyncio.get_running_loop().create_task(watch())


def _is_store_error(exc: BaseException) -> bool:
    try:
        from redis.exceptions import RedisError
    except ImportError:
        return False
    return isinstance(exc, RedisError)


class _Throttled:
    """One warning line per `every` seconds for a repeating failure, with how often it happened:
    an outage must not write a stack trace per request."""

    def __init__(self, what: str, every: float = 10.0):
        self.what, self.every, self.count, self.last = what, every, 0, -1e9

    def note(self, kind: str) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.last >= self.every:
            _log.warning(
                "%s (%s); %d request(s) answered 503 since the last report", self.what, kind, self.count
            )
            self.last, self.count = now, 0


try:
    VERSION = version("llm-safety-gateway")
except PackageNotFoundError:  # running from a source tree
    VERSION = "0.0.0+source"


class GatewayApp:
    def __init__(self, settings: GatewaySettings):
        self.settings = settings
        if settings.secret:
            self.secret = settings.secret.encode()
        else:
            self.secret = secrets.token_bytes(32)
            _log.warning(
                "GATEWAY_SECRET is not set: using a random one for this process. Interceptor "
                "services that verify the gateway's signature will refuse its calls, and key "
                "ids change on restart. Set the same GATEWAY_SECRET on the gateway and services."
            )
        self.watcher = ConfigWatcher(
            settings.config_files, settings.config_poll_seconds, settings.console_file
        )
        # One Redis client (and connection pool) for everything the gateway shares between replicas.
        self.redis = None
        if settings.redis_url:
            from interceptors.common.redis_pool import open_redis

            self.redis = open_redis(settings.redis_url)
        # The per-request keys: a few commands on every hop, through a lean client of their own
        # when the URL allows (gateway.resp), redis-py otherwise.
        self.hop_redis = (
            RespClient(settings.redis_url)
            if settings.redis_url and resp.supports(settings.redis_url)
            else None
        )
        self.store: KeyStore = (
            RedisKeyStore(self.hop_redis or self.redis, settings.hop_key_ttl)
            if self.redis is not None
            else MemoryKeyStore(settings.hop_key_ttl)
        )
        self.client = HopClient(settings.connect_timeout, settings.read_timeout)
        self.quotas = Quotas(self.redis)
        self.results = Results(self.redis)
        self.events = EventSink(
            settings.events_file, self.hop_redis or self.redis, settings.events_stream, settings.events_maxlen
        )
        self._pending: set[asyncio.Task] = set()
        self._ready_cache: tuple[float, tuple[int, dict]] | None = None
        # request id -> its hops' calls back served here (their tasks and requests)
        self._callbacks: dict[str, dict[asyncio.Task, Request]] = {}
        self._store_errors = _Throttled("Redis is unavailable or its pool is exhausted")
        self.auditor = Auditor(settings.audit, self.events, self.secret) if settings.audit else None
        self.chain = Chain(self.store, self.client, Balancer(), self.quotas, self.results, self.secret)
        self.console = Console(self)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            return await self._http(Request(scope, receive, send))
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)

    async def _lifespan(self, receive, send) -> None:
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await self.client.open()
                self.watcher.start()
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await self.watcher.stop()
                if self._pending:  # usage and audit events of the last requests
                    await asyncio.wait(self._pending, timeout=15)
                await self.client.close()
                await self.store.close()
                await self.events.close()
                if self.hop_redis is not None:
                    await self.hop_redis.close()
                if self.redis is not None:
                    await self.redis.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, req: Request) -> None:
        try:
            await self._route(req)
        except GatewayError as exc:
            if not req.started:
                await req.error(exc)
            elif not req.finished:  # the answer had begun: end it properly, never cut the connection
                await req.send({"type": "http.response.body", "body": b""})
        except asyncio.CancelledError:
            if not req.disconnected:
                raise
        except Exception as exc:
            if _is_store_error(exc):
                self._store_errors.note(type(exc).__name__)
            else:
                _log.exception("unhandled error on %s", req.scope["path"])
            if not req.started:
                await req.error(_STORE_DOWN if _is_store_error(exc) else _INTERNAL)
            elif not req.finished:  # the answer had begun: end it, never cut the connection
                await req.send({"type": "http.response.body", "body": b""})

    async def _route(self, req: Request) -> None:
        method, path = req.scope["method"], req.scope["path"]
        if method == "OPTIONS":
            return await self._preflight(req)
        if path == "/metrics" and method == "GET":
            body, content_type = metrics.render()
            return await req.respond(200, body, content_type)
        if path == "/health":
            return await req.json(200, {"status": "ok"})
        if path == "/console" or path.startswith("/console/"):
            return await self.console.handle(req, method, path)
        if path == "/ready":
            status, report = await self._readiness()
            return await req.json(status, report)
        if path == "/version":
            return await req.json(200, {"version": VERSION})
        if m := _DEPLOYMENT.match(path):
            return await self._post(req, method, m.group(1), m.group(2))
        if api := _V1.get(path):
            return await self._post(req, method, None, api)
        if method != "GET":
            raise NotFoundError(f"No route for {method} {path}.")
        return await self._listing(req, path)

    async def _post(self, req: Request, method: str, name: str | None, api: str) -> None:
        if method != "POST":
            raise MethodNotAllowedError(f"Use POST for {req.scope['path']}.", headers={"Allow": "POST"})
        if req.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise UnsupportedMediaTypeError(
                "Only application/json is supported: set the Content-Type header to application/json."
            )
        config = self.watcher.current
        caller = await authenticate(
            req.headers.get("api-key"), req.headers.get("authorization"), config, self.store, self.secret
        )
        raw = await req.body(self.settings.max_body_bytes)
        watcher = _cancel_on_disconnect(req, self._cancel_chain)
        try:
            await self._serve(req, config, caller, name, api, raw)
        finally:
            watcher.cancel()

    async def _serve(self, req: Request, config, caller, name: str | None, api: str, raw: bytes) -> None:
        body = _parse(raw)
        if name is None:
            name = body.get("model")
            if not isinstance(name, str) or not name:
                raise BadRequestError("The request body must name the deployment in `model`.", param="model")
        rid = req.request_id = request_id(req, caller.hop)
        call = Call(req, config, caller, name, api, body, raw, rid, trace_of(req, caller.hop))
        if not call.root:  # a hop's own call: counted as part of its client request
            calls = self._callbacks.setdefault(rid, {})
            me = asyncio.current_task()
            assert me is not None
            calls[me] = req
            if name == RESERVED_DEPLOYMENT:  # recorded only for the console's playground requests
                self.console.tap(rid, caller.hop.index, req, body)
            try:
                await self.chain.enter(call)
            finally:
                calls.pop(me, None)
                if not calls:
                    self._callbacks.pop(rid, None)
            return
        req.root = True
        status = 500
        self.results.live.add(rid)
        if self.auditor is not None:
            req.capture = bytearray()
        try:
            status = (await self.chain.enter(call)).status
        except GatewayError as exc:
            status = exc.status_code
            raise
        except asyncio.CancelledError:
            status = 499  # the client went away
            raise
        except Exception as exc:
            status = 503 if _is_store_error(exc) else 500
            raise
        finally:
            self.results.live.discard(rid)
            task = asyncio.get_running_loop().create_task(self._emit_safely(call, status))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    async def _emit_safely(self, call: Call, status: int) -> None:
        try:
            await self._emit(call, status)
        except Exception as exc:  # off the request path: the client has its answer
            _log.warning("usage/audit event not written (%s)", type(exc).__name__)

    async def _emit(self, call: Call, status: int) -> None:
        req, rid, name, body = call.req, call.request_id, call.deployment, call.body
        # Measured now: the audit below waits for the anonymizer and is not the client's time.
        elapsed = time.perf_counter() - call.started
        ttfb = req.first_byte - call.started if req.first_byte else None
        metrics.REQUESTS.labels(name, status).inc()
        if status >= 400:
            metrics.ERRORS.labels(name, status).inc()
        metrics.LATENCY.labels(name).observe(elapsed)
        if ttfb is not None:
            metrics.FIRST_BYTE.labels(name).observe(ttfb)
        result = await self.results.take(rid, wait=1.0 if status == 200 else 0.0)
        dep = call.config.deployment(name)
        usage = (result or {}).get("usage") or {}
        for kind in ("prompt_tokens", "completion_tokens"):
            if isinstance(usage.get(kind), int):
                metrics.TOKENS.labels(name, kind.removesuffix("_tokens")).inc(usage[kind])
        price = cost(dep if isinstance(dep, Model) else None, usage)
        if price:
            metrics.COST.labels(name).inc(price)
        if self.auditor is not None and self.client.session is not None:
            await self.auditor.record(
                self.client.session,
                rid=rid,
                identity=call.caller.identity,
                deployment=name,
                status=status,
                body=body,
                captured=bytes(req.capture or b""),
            )
        if not self.events.enabled:
            return
        client = req.scope.get("client")
        self.events.emit(
            usage_event(
                rid=rid,
                caller=call.caller.identity,
                deployment=name,
                api=call.api,
                chain=call.config.chain(name),
                stream=bool(body.get("stream")),
                status=status,
                elapsed=elapsed,
                ttfb=ttfb,
                client=client[0] if client else None,
                result=result,
                cost=price,
                trace=call.trace,
            )
        )

    def _cancel_chain(self, rid: str) -> None:
        for task, req in list(self._callbacks.get(rid, {}).items()):
            req.disconnected = True  # ended on purpose: nothing to answer, nothing to log
            task.cancel()

    async def _readiness(self) -> tuple[int, dict]:
        """Ready when every interceptor some chain uses answers its /health and Redis answers a
        ping. Names only, never URLs; computed at most once a second whoever asks."""
        now = time.monotonic()
        if self._ready_cache and now - self._ready_cache[0] < 1.0:
            return self._ready_cache[1]
        config = self.watcher.current
        used = sorted({n for dep in [*config.models, *config.applications] for n in config.chain(dep)})

        async def probe(name: str) -> str:
            icpt = config.interceptors.get(name)
            if icpt is None:
                return "not configured"
            parts = urlsplit(icpt.endpoint)
            assert self.client.session is not None
            try:
                async with self.client.session.get(
                    f"{parts.scheme}://{parts.netloc}/health", timeout=aiohttp.ClientTimeout(total=2)
                ) as r:
                    return "ok" if r.status == 200 else f"unhealthy ({r.status})"
            except (aiohttp.ClientError, TimeoutError):
                return "unreachable"

        results = await asyncio.gather(*(probe(n) for n in used))
        report: dict = {"interceptors": dict(zip(used, results, strict=True))}
        if self.redis is not None:
            try:
                await asyncio.wait_for(self.redis.ping(), 2)
                report["redis"] = "ok"
            except Exception as exc:
                report["redis"] = f"unreachable ({type(exc).__name__})"
        ok = all(v == "ok" for v in [*results, report.get("redis", "ok")])
        report = {"status": "ready" if ok else "not ready", **report}
        self._ready_cache = (now, (200 if ok else 503, report))
        return self._ready_cache[1]

    async def _listing(self, req: Request, path: str) -> None:
        config = self.watcher.current
        caller = await authenticate(
            req.headers.get("api-key"), req.headers.get("authorization"), config, self.store, self.secret
        )
        who = caller.identity
        if path in ("/openai/models", "/openai/v1/models"):
            return await req.json(200, listings.dial_models(config, who))
        if path == "/openai/deployments":
            return await req.json(200, listings.dial_deployments(config, who))
        if path == "/v1/models":
            return await req.json(200, listings.openai_models(config, who))
        if m := _LIMITS.match(path):
            dep = find_deployment(config, m.group(1), who)
            return await req.json(200, await self.quotas.stats(config, who, m.group(1), dep))
        if m := _ITEM.match(path):
            dep = find_deployment(config, m.group(2), who)
            if isinstance(dep, Model):
                render = listings.model_data if m.group(1) == "models" else listings.deployment_data
                return await req.json(200, render(m.group(2), dep))
        raise NotFoundError(f"No route for GET {path}.")

    async def _preflight(self, req: Request) -> None:
        """A fixed answer: what a browser may send is our list, never whatever it asked for."""
        await req.start(
            200,
            [
                (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                (b"access-control-allow-headers", _CORS_HEADERS),
                (b"access-control-max-age", b"86400"),
                (b"content-length", b"0"),
            ],
        )
        await req.send({"type": "http.response.body", "body": b""})


_CORS_HEADERS = (
    b"api-key, authorization, content-type, x-conversation-id, x-job-title, x-request-id, "
    b"traceparent, cache-control"
)
MAX_DEPTH = 64  # deeper JSON is no chat request; recursive code behind us must never meet it
MAX_N = 128  # OpenAI's own limit on choices per request


def _parse(raw: bytes) -> dict:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequestError(f"The request body is not valid JSON: {exc}.") from None
    if not isinstance(body, dict):
        raise BadRequestError("The request body must be a JSON object.")
    if _depth(body) > MAX_DEPTH:
        raise BadRequestError(f"The request body is nested more than {MAX_DEPTH} levels deep.")
    _check_fields(body)
    return body


def _depth(node) -> int:
    deepest, level = 0, [node]
    while level and deepest <= MAX_DEPTH:
        deepest += 1
        level = [
            c for n in level for c in (n.values() if isinstance(n, dict) else n) if isinstance(c, dict | list)
        ]
    return deepest


def _check_fields(body: dict) -> None:
    """The fields whose type decides how the chain treats a request (every hop trusts them)."""
    n = body.get("n")
    if n is not None and (type(n) is not int or not 1 <= n <= MAX_N):
        raise BadRequestError(f"`n` must be an integer from 1 to {MAX_N}.", param="n")
    stream = body.get("stream")
    if stream is not None and type(stream) is not bool:
        raise BadRequestError("`stream` must be true or false.", param="stream")


def create_app(settings: GatewaySettings | None = None) -> GatewayApp:
    return GatewayApp(settings or GatewaySettings.from_env())
