"""A lean runtime for interceptors written against aidial-interceptors-sdk (issue 13).

Our interceptors stay subclasses of the SDK's `ChatCompletionInterceptor` / `EmbeddingsInterceptor`
and still run under the SDK's own adapter (`INTERCEPTOR_RUNTIME=sdk`, or behind the real DIAL Core).
This module runs the same classes with what a hop really needs:

* one pooled aiohttp client per process for the call back to the gateway, instead of an
  `AsyncAzureOpenAI` client built per request and the openai library's request and response models;
* orjson for the bodies and SSE events; the upstream's chunks are read as dicts, never re-validated;
* a plain ASGI entry for the deployment routes (no FastAPI routing or middleware stack per request);
  everything else (health, metrics, configuration, extra routes) goes to the DIALApp behind it.

What it keeps from the SDK, by calling the SDK's own code: the request model (built as
`Request.from_request` builds it, tests/unit/test_lean_request.py; for a plainly valid body, built
as pydantic builds it without validating it), the interceptor configuration parsing, the interceptor
callbacks, aidial-sdk's `Response` (its chunk queue, defaults, the check that every choice was
generated) and aidial-sdk's merge rules for a blocking answer (`_block_answer`,
tests/unit/test_lean_merge.py). The SDK's walks of a request and of each chunk through the callbacks
are `lean_walk`'s, step for step (tests/unit/test_lean_walk.py). A class that overrides none of the
SDK's callbacks (a pass-through) skips the interceptor and the `Response` queue: `_chat_pure` does
their work for it directly. So the answers and the calls upstream are the same
(tests/unit/test_lean_compat.py).
"""

from __future__ import annotations

import array
import asyncio
import base64
import contextlib
import copy
import functools
import inspect
import json
import logging
import time
import types
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from typing import Any

import aiohttp
import orjson
from aidial_interceptors_sdk.chat_completion.annotated_value import (
    AnnotatedChunk,
    AnnotatedException,
    Annotation,
)
from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.dial_client import DialClient
from aidial_interceptors_sdk.embeddings.base import EmbeddingsInterceptor
from aidial_interceptors_sdk.error import EarlyStreamExit
from aidial_interceptors_sdk.utils._dial_sdk import (
    cleanup_interceptor_configuration,
    parse_interceptor_configuration,
)
from aidial_interceptors_sdk.utils._exceptions import _STRIPPED_RESPONSE_HEADERS, _parse_dial_exception
from aidial_interceptors_sdk.utils.streaming import block_response_to_streaming_chunk
from aidial_sdk._pydantic import SecretStr as SecretStrV1
from aidial_sdk.chat_completion import Request as ChatRequest
from aidial_sdk.chat_completion import Response as ChatResponse
from aidial_sdk.chat_completion.chunks import (
    ArbitraryChunk,
    BaseChunk,
    BaseChunkWithDefaults,
    DefaultChunk,
    DiscardedMessagesChunk,
    EndChoiceChunk,
    ExceptionChunk,
    UsageChunk,
    UsagePerModelChunk,
)
from aidial_sdk.chat_completion.request import Message, Role
from aidial_sdk.deployment import _headers as dial_headers
from aidial_sdk.deployment.from_request_mixin import resolve_deployment_id
from aidial_sdk.embeddings.request import Request as EmbeddingsRequest
from aidial_sdk.embeddings.response import Response as EmbeddingsResponse
from aidial_sdk.exceptions import HTTPException as DialException
from aidial_sdk.exceptions import InvalidRequestError, RuntimeServerError
from aidial_sdk.pydantic_v1 import ValidationError as ValidationErrorV1
from aidial_sdk.utils._indexed_list import try_parse_indexed_list
from aidial_sdk.utils.env import env_var_list
from aidial_sdk.utils.errors import RUNTIME_ERROR_MESSAGE
from aidial_sdk.utils.logging import log_error
from aidial_sdk.utils.merge_chunks import cleanup_indices, merge
from fastapi import HTTPException as FastAPIException
from starlette.datastructures import MutableHeaders
from starlette.requests import Request as StarletteRequest

from interceptors.common import contract, lean_walk

_log = logging.getLogger(__name__)

_UPSTREAMS_HEADER = "x-upstreams"  # the SDK's way to pick another deployment (dial_client.py)
# What aidial-sdk's NonForwardableHeadersMiddleware strips, and what we set ourselves.
_NOT_FORWARDED = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "server",
        "date",
        "content-length",
        "content-type",
    }
)
_JSON = (b"content-type", b"application/json")
_SSE = (b"content-type", b"text/event-stream; charset=utf-8")
_DONE = b"data: [DONE]\n\n"
_APPLICATION_PROPERTIES = dial_headers.DIAL_APPLICATION_PROPERTIES.lower()
# The request fields aidial-sdk's `from_request` fills from headers.
_HEADER_FIELDS = tuple(
    (field, header.lower())
    for field, header in (
        ("dial_application_id", dial_headers.DIAL_APPLICATION_ID),
        ("conversation_id", dial_headers.DIAL_CONVERSATION_ID),
        ("job_title", dial_headers.DIAL_JOB_TITLE),
        ("cache_breakpoint_path", dial_headers.DIAL_CACHE_BREAKPOINT_PATH),
        ("cache_extra_metadata", dial_headers.DIAL_CACHE_EXTRA_METADATA),
        ("upstream_endpoint", dial_headers.DIAL_UPSTREAM_ENDPOINT),
        ("upstream_key", dial_headers.DIAL_UPSTREAM_KEY),
        ("upstream_extra_data", dial_headers.DIAL_UPSTREAM_EXTRA_DATA),
    )
)


class _CaseFolded(dict):
    """The header lookups of aidial-sdk (upper-case names) on lower-case keys."""

    def get(self, key, default=None):
        return super().get(key.lower(), default)


def _timeout_error() -> DialException:
    return DialException("The gateway did not answer in time.", 504, "timeout_error")


def _connection_error() -> DialException:
    return DialException("The connection to the gateway broke.", 502, "upstream_error")


def _status_error(status: int, pairs, raw: bytes) -> DialException:
    """What the SDK makes of an error answer (utils/_exceptions.py, APIStatusError)."""
    headers = {k: v for k, v in pairs if k.lower() not in _STRIPPED_RESPONSE_HEADERS}
    try:
        content: Any = orjson.loads(raw)
    except orjson.JSONDecodeError:
        content = raw.decode("utf-8", "replace")
    return _parse_dial_exception(status_code=status, content=content, headers=headers)


def _stream_error(body: Any) -> DialException:
    """What the SDK makes of an SSE event carrying an error (openai's APIError)."""
    status = 500
    code = body.get("code") if isinstance(body, dict) else None
    if code:
        with contextlib.suppress(Exception):
            status = int(code)
    return _parse_dial_exception(status_code=status, headers={}, content={"error": body or {}})


class Upstream:
    """The call back to the gateway: one pooled client per process (aiohttp: httpx's pool is several
    times slower under concurrency, measured in bench.gateway_overhead)."""

    def __init__(self, dial_url: str, timeout: float = 600.0):
        self.base = dial_url.rstrip("/")
        self.proxied = [h.lower() for h in env_var_list("DIAL_SDK_HEADERS_TO_PROXY")]
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.session: aiohttp.ClientSession | None = None

    def headers(self, incoming: Mapping[str, str], api_key: str) -> tuple[str, dict[str, str]]:
        """The deployment to call and the headers, as the SDK's DialClient and HeaderPropagator
        set them: the caller's api-key and Authorization, X-UPSTREAMS, DIAL_SDK_HEADERS_TO_PROXY."""
        # The openai client sends `Authorization: Bearer <its key>` unless the caller's is passed on.
        out = {
            "api-key": api_key,
            "authorization": incoming.get("authorization") or f"Bearer {api_key}",
            "content-type": "application/json",
        }
        deployment = "interceptor"
        if upstreams := incoming.get(_UPSTREAMS_HEADER):
            deployment, *rest = upstreams.split(",", maxsplit=1)
            if rest:
                out[_UPSTREAMS_HEADER] = "".join(rest)
        for h in self.proxied:
            if h not in out and (v := incoming.get(h)) is not None:
                out[h] = v
        return deployment, out

    def url(self, deployment: str, api: str, api_version: str | None) -> str:
        query = f"?api-version={api_version}" if api_version else ""
        return f"{self.base}/openai/deployments/{deployment}/{api}{query}"

    async def send(self, url: str, headers: dict[str, str], body: dict) -> aiohttp.ClientResponse:
        """POST `body` as the SDK's openai client does (`model` is always there, null if absent)."""
        if "model" not in body:
            body = {**body, "model": None}
        if self.session is None:
            connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=contract.CLIENT_KEEPALIVE_SECONDS)
            self.session = aiohttp.ClientSession(
                connector=connector,
                timeout=self.timeout,
                auto_decompress=False,
                skip_auto_headers=("User-Agent",),
            )
        try:
            resp = await self.session.post(url, data=orjson.dumps(body), headers=headers)
        except TimeoutError:
            raise _timeout_error() from None
        except aiohttp.ClientError:
            raise _connection_error() from None
        if resp.status >= 400:
            try:
                raw = await resp.read()
            except (TimeoutError, aiohttp.ClientError):
                raw = b""
            finally:
                resp.release()
            raise _status_error(resp.status, resp.headers.items(), raw)
        return resp

    async def read(self, resp: aiohttp.ClientResponse) -> bytes:
        try:
            return await resp.read()
        except TimeoutError:
            raise _timeout_error() from None
        except aiohttp.ClientError:
            raise _connection_error() from None
        finally:
            resp.release()

    async def close(self) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            await session.close()


class _SSEReader:
    """The chunks of an SSE answer as dicts, from the pieces read from the socket; an error event
    or a broken stream becomes a DialException, the last item, as the SDK's
    `materialize_streaming_errors` makes it."""

    __slots__ = ("pending", "done")

    def __init__(self) -> None:
        self.pending = b""
        self.done = False  # [DONE] or an error seen: the rest is read and dropped

    def feed(self, data: bytes) -> list[dict | DialException]:
        if self.done:
            return []
        if self.pending:
            data = self.pending + data
        if b"\n\n" not in data:
            self.pending = data
            return []
        *events, self.pending = data.split(b"\n\n")
        out: list[dict | DialException] = []
        try:
            for event in events:
                # one `data:` line is the common case; comments (": heartbeat"), names and ids go
                for line in event.split(b"\n") if b"\n" in event else (event,):
                    if not line.startswith(b"data:"):
                        continue
                    payload = line[5:].strip()
                    if payload.startswith(b"[DONE]"):
                        self.done = True
                        return out
                    chunk = orjson.loads(payload)
                    if type(chunk) is dict and chunk.get("error"):
                        self.done = True
                        out.append(_stream_error(chunk["error"]))
                        return out
                    out.append(chunk)
        except orjson.JSONDecodeError:
            _log.warning("the stream from the gateway broke: JSONDecodeError")
            self.done = True
            out.append(_connection_error())
        return out


async def _event_batches(resp: aiohttp.ClientResponse) -> AsyncGenerator[list[dict | DialException], None]:
    """`_SSEReader` over an answer: a list per read from the socket."""
    reader = _SSEReader()
    try:
        async for data in resp.content.iter_any():
            if batch := reader.feed(data):
                yield batch
                if isinstance(batch[-1], DialException):
                    return
    except TimeoutError:
        _log.warning("the gateway stopped answering mid-stream")
        yield [_timeout_error()]
    except aiohttp.ClientError as exc:
        _log.warning("the stream from the gateway broke: %s", type(exc).__name__)
        yield [_connection_error()]
    finally:
        if resp.content.at_eof():
            resp.release()
        else:  # given up early (client gone, interceptor done): the gateway sees the cancel
            resp.close()


async def _items(batches: AsyncGenerator[list, None]) -> AsyncIterator:
    """The items of `batches`, one at a time."""
    async with contextlib.aclosing(batches) as each:
        async for batch in each:
            for item in batch:
                yield item


async def _single(item: Any) -> AsyncGenerator[Any, None]:
    yield item


def _headers_of(scope) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]


async def _read_body(receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise asyncio.CancelledError
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


def _json_body(raw: bytes) -> dict:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:  # the SDK's message (json's, not orjson's)
            json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidRequestError(f"The request body isn't valid JSON: {exc.msg}") from None
        except UnicodeDecodeError:
            pass
        raise InvalidRequestError("The request body isn't valid JSON.") from None
    if not isinstance(body, dict):
        raise InvalidRequestError("The request body must be a JSON object.")
    return body


def _incoming(scope) -> tuple[str, str | None, dict[str, str], Any]:
    """What aidial-sdk's `from_request` reads from the headers, with its errors: the api-key, the
    Authorization header, the other headers (lower-case names, a repeated one's first value, as
    starlette's `get`) and the application properties."""
    api_key = authorization = None
    headers: dict[str, str] = {}
    for k, v in scope["headers"]:
        key, value = k.decode("latin-1").lower(), v.decode("latin-1")
        if key == "api-key":
            api_key = value if api_key is None else api_key
        elif key == "authorization":
            authorization = value if authorization is None else authorization
        elif key not in headers:
            headers[key] = value
    if api_key is None:
        raise InvalidRequestError("Api-Key header is required")
    properties = None
    if props := headers.get(_APPLICATION_PROPERTIES):
        try:
            properties = json.loads(props)
        except json.JSONDecodeError:
            raise InvalidRequestError(
                f"The value of {_APPLICATION_PROPERTIES.upper()} header isn't valid JSON"
            ) from None
    return api_key, authorization, headers, properties


def _api_version(scope) -> str | None:
    return StarletteRequest(scope).query_params.get("api-version") if scope.get("query_string") else None


# The roles of aidial-sdk's `Message` model.
_ROLES = frozenset(role.value for role in Role)
_NUMBERS = {  # request fields with a number in a closed range (aidial-sdk's Temperature, TopP, Penalty)
    "temperature": (0, 2),
    "top_p": (0, 1),
    "presence_penalty": (-2, 2),
    "frequency_penalty": (-2, 2),
}


def _plainly_valid(body: dict) -> bool:
    """True when aidial-sdk's chat request model surely accepts `body`: only the common fields,
    in their plain forms (messages of a role and text content, a few numbers and flags). False
    says nothing: the model decides (tests/unit/test_lean_request.py holds them to it)."""
    for key, value in body.items():
        kind = type(value)
        if key == "messages":
            if kind is not list:
                return False
            for message in value:
                if (
                    type(message) is not dict
                    or type(role := message.get("role")) is not str
                    or role not in _ROLES
                ):
                    return False
                for field, item in message.items():
                    if field == "content" or field == "name":
                        if type(item) is not str and (field == "name" or item is not None):
                            return False
                    elif field != "role":
                        return False
        elif key == "stream":
            if kind is not bool:
                return False
        elif key == "model" or key == "user":
            if kind is not str and (key == "user" or value is not None):
                return False
        elif key == "n":
            if kind is not int or not 1 <= value <= 128:
                return False
        elif key == "max_tokens" or key == "max_completion_tokens":
            if kind is not int or value < 1:
                return False
        elif (limits := _NUMBERS.get(key)) is not None:
            if (kind is not float and kind is not int) or not limits[0] <= value <= limits[1]:
                return False
        else:
            return False
    return "messages" in body


# aidial-sdk's models are pydantic v1 ones (its typing says v2): read through `Any`.
_CHAT_MODEL: Any = ChatRequest
_MESSAGE_MODEL: Any = Message
_CHAT_FIELDS = tuple(_CHAT_MODEL.__fields__.items())
_MESSAGE_FIELDS = tuple(_MESSAGE_MODEL.__fields__)
_FLOATS = frozenset(_NUMBERS)  # the float fields of the plain forms: pydantic gives 1 as 1.0
_new = object.__new__
_set = object.__setattr__


def _plain_models_hold() -> bool:
    """What `_plain_chat_request` relies on in aidial-sdk's models: no validator that runs on a
    default, no root validator after the fields, one before (the request's secrets), no
    private attributes, fields read by their own names, and a message's defaults all None."""
    for model in (_CHAT_MODEL, _MESSAGE_MODEL):
        if (
            model.__config__.validate_all
            or model.__post_root_validators__
            or model.__private_attributes__
            or any(f.validate_always or f.alias != n for n, f in model.__fields__.items())
        ):
            return False
    message = _MESSAGE_MODEL.__fields__
    return (
        len(_CHAT_MODEL.__pre_root_validators__) == 1
        and not _MESSAGE_MODEL.__pre_root_validators__
        and [n for n, f in message.items() if f.required] == ["role"]
        and all(f.default is None and f.default_factory is None for n, f in message.items() if n != "role")
    )


_PLAIN_MODELS = _plain_models_hold()


def _plain_message(message: dict) -> Message:
    """`Message(**message)` for a message `_plainly_valid` passed (a role, text content, a name)."""
    values = dict.fromkeys(_MESSAGE_FIELDS)
    for key, value in message.items():
        values[key] = Role(value) if key == "role" else value
    out = _new(Message)
    _set(out, "__dict__", values)
    _set(out, "__fields_set__", set(message))
    return out


def _plain_chat_request(body: dict, given: dict) -> ChatRequest:
    """`ChatRequest(**body, **given)` for a body `_plainly_valid` passed, as pydantic (v1) builds
    it: every field in order, given or its default; the messages as `Message`s, the numbers of a
    closed range as floats; the same set fields. tests/unit/test_lean_request.py compares the two
    on fuzzed bodies."""
    if not _PLAIN_MODELS:
        return ChatRequest(**body, **given)
    data = {**body, **given}
    for validator in _CHAT_MODEL.__pre_root_validators__:
        data = validator(ChatRequest, data)
    values = {}
    for name, field in _CHAT_FIELDS:
        if name not in data:
            values[name] = field.get_default()
            continue
        value = data[name]
        if name == "messages":
            value = [_plain_message(m) for m in value]
        elif name in _FLOATS and value is not None:
            value = float(value)
        elif name == "unreliable_dial_application_properties" and value is not None:
            value = dict(value)
        values[name] = value
    out = _new(ChatRequest)
    _set(out, "__dict__", values)
    _set(out, "__fields_set__", set(data))
    return out


def _validation_error(exc: ValidationErrorV1) -> DialException:
    """aidial-sdk's message for a request that does not fit its model (_errors.py)."""
    error = exc.errors()[0]
    path = ".".join(map(str, error["loc"]))
    return InvalidRequestError(f"Your request contained invalid structure on path {path}. {error['msg']}")


def _out_headers(pairs) -> list[tuple[bytes, bytes]]:
    return [
        (k.lower().encode("latin-1"), str(v).encode("latin-1"))
        for k, v in pairs
        if k.lower() not in _NOT_FORWARDED
    ]


async def _send_json(send, status: int, content: Any, headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    body = orjson.dumps(content)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [_JSON, (b"content-length", str(len(body)).encode()), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _send_error(send, exc: DialException) -> None:
    await _send_json(send, exc.status_code, exc.json_error(), _out_headers((exc.headers or {}).items()))


def _placeholder_client(dial_url: str) -> DialClient:
    """The interceptor's `dial_client`: ours do not use it (the runtime makes the calls upstream);
    an interceptor that reads `dial_client.client` or `.storage` must run under the SDK adapter."""
    return DialClient.construct(dial_url=dial_url)


class LeanApp:
    """The ASGI app of an interceptor service: the deployment routes here, the rest in `fallback`."""

    def __init__(
        self,
        chat: Mapping[str, type[ChatCompletionInterceptor]],
        embeddings: Mapping[str, type[EmbeddingsInterceptor]],
        dial_url: str,
        fallback,
    ):
        self.chat = {f"/openai/deployments/{n}/chat/completions": (n, c) for n, c in chat.items()}
        self.embeddings = {f"/openai/deployments/{n}/embeddings": (n, c) for n, c in embeddings.items()}
        self.dial_url = dial_url
        self.fallback = fallback
        self.upstream: Upstream | None = None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":  # the pooled client closes with the service
            return await self.fallback(scope, self._closing(receive), send)
        if scope["type"] == "http" and scope["method"] == "POST":
            path = scope["path"]
            if (entry := self.chat.get(path)) is not None:
                return await self._guarded(self._chat, entry, scope, receive, send)
            if (found := self.embeddings.get(path)) is not None:
                return await self._guarded(self._embeddings, found, scope, receive, send)
        return await self.fallback(scope, receive, send)

    def _closing(self, receive):
        async def watched():
            message = await receive()
            if message["type"] == "lifespan.shutdown" and self.upstream is not None:
                await self.upstream.close()
            return message

        return watched

    async def _guarded(self, handler, entry, scope, receive, send) -> None:
        """Read the body, then serve it while watching for the client going away: a disconnect
        cancels the request (and with it the call upstream), as aidial-sdk's DisconnectMiddleware."""
        if self.upstream is None:
            self.upstream = Upstream(self.dial_url)
        try:
            raw = await _read_body(receive)
        except asyncio.CancelledError:
            return
        task = asyncio.current_task()
        state = {"done": False, "gone": False, "started": False}

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    if not state["done"] and task is not None:
                        state["gone"] = True
                        task.cancel()
                    return

        watcher = asyncio.get_running_loop().create_task(watch())

        async def sent(message) -> None:
            state["started"] = True
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                state["done"] = True
            await send(message)

        try:
            await handler(entry, scope, raw, sent)
        except asyncio.CancelledError:
            if not state["gone"]:
                raise
            if task is not None:
                task.uncancel()
            _log.info("client disconnected from %s", scope["path"])
        except DialException as exc:
            await _send_error(sent, exc)
        except Exception as exc:
            if state["started"]:
                raise
            _log.error("unhandled %s on %s", type(exc).__name__, scope["path"])
            await _send_error(
                sent, DialException("The service failed to process the request.", 500, "runtime_error")
            )
        finally:
            state["done"] = True
            watcher.cancel()

    def _request(self, model, scope, raw: bytes, body: dict, name: str):
        """aidial-sdk's `from_request` (deployment/from_request_mixin.py) for a JSON body already
        read: the same model with the same fields. The headers are taken as they come from the
        server (lower-case names, str values) instead of being checked one by one by pydantic:
        that check gives back the same headers, at a third of the cost of the whole request."""
        original = StarletteRequest(scope)
        original._body = raw
        original._json = body
        api_key, authorization, headers, properties = _incoming(scope)
        bearer = (
            authorization.removeprefix("Bearer ")
            if authorization and authorization.startswith("Bearer ")
            else None
        )
        given = {
            "api_key_secret": SecretStrV1(api_key),
            "jwt_secret": SecretStrV1(authorization) if authorization else None,
            "bearer_token_secret": SecretStrV1(bearer) if bearer else None,
            "deployment_id": resolve_deployment_id(_CaseFolded(headers), name),
            "api_version": _api_version(scope),
            "headers": {},
            "original_request": original,
            "base_url": self.dial_url,
            "unreliable_dial_application_properties": properties,
            **{field: headers.get(header) for field, header in _HEADER_FIELDS},
        }
        if model is ChatRequest and _plainly_valid(body) and type(properties) in (dict, type(None)):
            request = _plain_chat_request(body, given)
        else:
            try:
                request = model(**body, **given)
            except ValidationErrorV1 as exc:
                raise _validation_error(exc) from None
        # What pydantic makes of starlette's headers: `type(headers)(dict(headers))`.
        request.headers = MutableHeaders(headers)
        return request

    async def _chat(self, entry, scope, raw: bytes, send) -> None:
        name, cls = entry
        body = _json_body(raw)
        upstream = self.upstream
        assert upstream is not None
        if _pure(cls) and _plainly_valid(body):
            # Nothing reads the request model: the checks that can fail come from it.
            api_key, _, incoming, _ = _incoming(scope)
            deployment, headers = upstream.headers(incoming, api_key)
            url = upstream.url(deployment, "chat/completions", _api_version(scope))
            return await self._chat_pure(
                body.get("stream") is True, body.get("n") or 1, body, url, headers, send
            )
        request = self._request(ChatRequest, scope, raw, body, name)
        deployment, headers = upstream.headers(request.headers, request.api_key)
        url = upstream.url(deployment, "chat/completions", request.api_version)
        if _pure(cls):
            parse_interceptor_configuration(request, None)  # refuses a configuration it cannot take
            return await self._chat_pure(request.stream, request.n or 1, body, url, headers, send)
        response = ChatResponse(request)
        opened: list[aiohttp.ClientResponse] = []

        async def open_upstream(req: dict) -> AsyncGenerator[list, None]:
            """The answer to `req`: its chunks (dicts, a DialException last if it broke) in lists,
            one per read from the socket."""
            resp = await upstream.send(url, headers, req)
            opened.append(resp)
            if req.get("stream"):
                return _event_batches(resp)
            answer = orjson.loads(await upstream.read(resp))
            if isinstance(answer, dict):
                for key in DefaultChunk.__annotations__:  # recreated by aidial-sdk (the SDK adapter)
                    answer.pop(key, None)
                answer = block_response_to_streaming_chunk(answer)
            return _single([answer])

        async def call_upstream(context: Annotation, req: dict) -> AsyncIterator[dict | DialException]:
            return _items(await open_upstream(req))

        async def produce(_request, _response) -> None:
            try:
                await self._run_chat(cls, request, response, body, call_upstream, open_upstream)
            except DialException:
                raise
            except Exception as exc:
                _log.exception("interceptor failed: %s", type(exc).__name__)
                raise DialException(status_code=500, type="internal_server_error", message=str(exc)) from exc

        try:
            batches = _generate(response, produce)
            if request.stream:
                await self._stream(batches, response, send)
            else:
                try:
                    answer = await _block_answer(batches, response._default_chunk)
                except FastAPIException as exc:
                    return await _send_json(
                        send, exc.status_code, exc.detail, _out_headers((exc.headers or {}).items())
                    )
                await _send_json(send, 200, answer, _out_headers(response.headers))
        finally:
            for resp in opened:
                resp.close()  # a no-op once released

    async def _chat_pure(
        self, stream: bool, n: int, body: dict, url: str, headers: dict[str, str], send
    ) -> None:
        """A class that overrides nothing: what the SDK's adapter and `_chat` do for it, without
        the interceptor, the response queue and its task. Its request traversal changes nothing
        and it has no configuration; each chunk from upstream goes out as it came, with this
        answer's id, `created` and `object`; a blocking answer is merged as aidial-sdk merges it;
        errors and the check that every choice was generated are the SDK's."""
        upstream = self.upstream
        assert upstream is not None
        body = cleanup_interceptor_configuration(body)
        defaults = _defaults(stream)
        resp = await upstream.send(url, headers, body)
        if not stream:
            try:
                answer = orjson.loads(await upstream.read(resp))
                if isinstance(answer, dict):
                    for key in DefaultChunk.__annotations__:  # recreated, as by aidial-sdk
                        answer.pop(key, None)
                    answer = block_response_to_streaming_chunk(answer)
                generated = _choices_seen(answer, 0)
            except DialException:
                raise
            except Exception as exc:
                _log.exception("interceptor failed: %s", type(exc).__name__)
                raise _interceptor_error(exc) from exc
            if generated != n:
                log_error("Not all choices were generated")
                raise RuntimeServerError(RUNTIME_ERROR_MESSAGE)
            merged = await _block_answer(_single([answer]), defaults)
            return await _send_json(send, 200, merged)
        generated = 0
        started = False
        reader = _SSEReader()
        try:
            async for data in resp.content.iter_any():
                if not (items := reader.feed(data)):
                    continue
                out = []
                failed: DialException | None = None
                for item in items:
                    if isinstance(item, DialException):
                        failed = item
                        break
                    try:  # as `send_chunk_to_response`
                        for choice in item.get("choices") or ():
                            if (index := choice.get("index")) is not None and index + 1 > generated:
                                generated = index + 1
                    except Exception as exc:
                        _log.exception("interceptor failed: %s", type(exc).__name__)
                        failed = _interceptor_error(exc)
                        break
                    out.append(b"data: " + orjson.dumps({**item, **defaults}) + b"\n\n")
                if failed is not None:
                    if not started and not out:
                        return await _send_error(send, failed)
                    out.append(b"data: " + orjson.dumps(failed.json_error()) + b"\n\n" + _DONE)
                if not started:
                    started = True
                    await send({"type": "http.response.start", "status": 200, "headers": [_SSE]})
                if failed is not None:
                    return await send({"type": "http.response.body", "body": b"".join(out)})
                await send({"type": "http.response.body", "body": b"".join(out), "more_body": True})
        except TimeoutError:
            _log.warning("the gateway stopped answering mid-stream")
            failed = _timeout_error()
        except aiohttp.ClientError as exc:
            _log.warning("the stream from the gateway broke: %s", type(exc).__name__)
            failed = _connection_error()
        else:
            failed = None
        finally:
            if resp.content.at_eof():
                resp.release()
            else:  # given up early (client gone): the gateway sees the cancel
                resp.close()
        if failed is not None:
            if not started:
                return await _send_error(send, failed)
            return await send(
                {
                    "type": "http.response.body",
                    "body": b"data: " + orjson.dumps(failed.json_error()) + b"\n\n" + _DONE,
                }
            )
        end = _DONE
        if generated != n:
            log_error("Not all choices were generated")
            error = RuntimeServerError(RUNTIME_ERROR_MESSAGE)
            if not started:
                return await _send_error(send, error)
            end = b"data: " + orjson.dumps(error.json_error()) + b"\n\n" + _DONE
        if not started:
            await send({"type": "http.response.start", "status": 200, "headers": [_SSE]})
        await send({"type": "http.response.body", "body": end})

    async def _run_chat(self, cls, request, response, body: dict, call_upstream, open_upstream) -> None:
        """The SDK adapter's `chat_completion` (chat_completion/adapter.py), with our call upstream.
        The request and each chunk are walked through the class's callbacks by `lean_walk`: the
        SDK's walk, step for step, without a pydantic model per level or the callbacks the class
        does not override; a class that overrides no response callback gets each chunk as it came.
        Where the class keeps the SDK's `call_upstreams`, the chunks come from upstream directly,
        a socket read at a time, without the SDK's `AnnotatedChunk` around each."""
        configuration = parse_interceptor_configuration(request, await cls.configuration_schema())
        # Not validated again: the request was, the rest is ours (pydantic would copy each field).
        interceptor = cls.construct(
            dial_client=_placeholder_client(self.dial_url),
            request=request,
            response=response,
            configuration=configuration,
        )
        body = await lean_walk.traverse_request(interceptor, body)
        body = cleanup_interceptor_configuration(body)
        plain = _plain_response(cls)
        emit = functools.partial(_emit, response)
        walk = lean_walk.traverse_response_chunk
        try:
            await interceptor.on_stream_start()
            if cls.call_upstreams is ChatCompletionInterceptor.call_upstreams:
                # The SDK's: `annotate_stream(None, await call_upstream(None, body))`.
                async with contextlib.aclosing(await open_upstream(body)) as batches:
                    async for batch in batches:
                        for item in batch:
                            if isinstance(item, DialException):
                                await interceptor.on_stream_error(AnnotatedException(error=item))
                                continue
                            if type(item) is not dict:  # as pydantic makes it, or refuses it
                                item = AnnotatedChunk(chunk=item).chunk
                            if plain:
                                emit(item)
                            else:
                                await walk(interceptor, item, None, emit)
            else:
                async for value in await interceptor.call_upstreams(body, call_upstream):
                    if isinstance(value, AnnotatedException):
                        await interceptor.on_stream_error(value)
                    elif plain:
                        emit(value.chunk)
                    else:
                        await walk(interceptor, value.chunk, value.annotation, emit)
            await interceptor.on_stream_end()
        except EarlyStreamExit:
            pass

    async def _stream(self, batches, response: ChatResponse, send) -> None:
        async with contextlib.aclosing(batches):
            first: list = []
            async for first in batches:
                if first:
                    break
            if first and isinstance(first[0], DialException):
                return await _send_error(send, first[0])
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [_SSE, *_out_headers(response.headers)],
                }
            )
            if first:
                defaults = response._default_chunk
                await send(
                    {"type": "http.response.body", "body": _events_of(first, defaults), "more_body": True}
                )
                async for batch in batches:
                    await send(
                        {"type": "http.response.body", "body": _events_of(batch, defaults), "more_body": True}
                    )
            await send({"type": "http.response.body", "body": _DONE})

    async def _embeddings(self, entry, scope, raw: bytes, send) -> None:
        name, cls = entry
        body = _json_body(raw)
        request = self._request(EmbeddingsRequest, scope, raw, body, name)
        upstream = self.upstream
        assert upstream is not None
        try:
            interceptor = cls.construct(dial_client=_placeholder_client(self.dial_url))
            body = await interceptor.modify_request(body)
            deployment, headers = upstream.headers(request.headers, request.api_key)
            url = upstream.url(deployment, "embeddings", request.api_version)
            # As the openai client: base64 vectors unless the caller chose, decoded for it.
            decode = "encoding_format" not in body
            if decode:
                body = {**body, "encoding_format": "base64"}
            resp = await upstream.send(url, headers, body)
            answer = orjson.loads(await upstream.read(resp))
            if decode:
                _decode_vectors(answer)
            answer = await interceptor.modify_response(answer)
            answer = EmbeddingsResponse.parse_obj(answer).model_dump()
        except DialException:
            raise
        except Exception as exc:
            _log.exception("interceptor failed: %s", type(exc).__name__)
            raise DialException(status_code=500, type="internal_server_error", message=str(exc)) from exc
        await _send_json(send, 200, answer)


def _decode_vectors(answer: dict) -> None:
    for item in answer.get("data") or []:
        if isinstance(item, dict) and isinstance(item.get("embedding"), str):
            item["embedding"] = array.array("f", base64.b64decode(item["embedding"])).tolist()


def _events_of(batch: list, defaults: DefaultChunk) -> bytes:
    out = []
    for item in batch:
        if type(item) is dict:
            data = {**item, **defaults}
        elif isinstance(item, DialException):
            data = item.json_error()
        else:
            data = item.to_dict(with_defaults=True)
        out.append(b"data: " + orjson.dumps(data) + b"\n\n")
    return b"".join(out)


def _defaults(stream: bool) -> DefaultChunk:
    """aidial-sdk's `Response._default_chunk`: the fields every chunk of one answer shares."""
    return DefaultChunk(
        id=str(uuid.uuid4()),
        created=int(time.time()),
        object="chat.completion.chunk" if stream else "chat.completion",
    )


def _choices_seen(chunk: dict, seen: int) -> int:
    """How many choices an answer has begun, after `chunk` (as `send_chunk_to_response`)."""
    for choice in chunk.get("choices") or ():
        if (index := choice.get("index")) is not None and index + 1 > seen:
            seen = index + 1
    return seen


def _interceptor_error(exc: Exception) -> DialException:
    """What `_chat` makes of an unexpected failure while the answer is produced."""
    return DialException(status_code=500, type="internal_server_error", message=str(exc))


def _emit(response: ChatResponse, chunk: dict) -> None:
    """aidial-interceptors-sdk's `send_chunk_to_response` for a plain dict, queued as it is (the
    consumer adds the defaults, as to an `ArbitraryChunk`)."""
    for choice in chunk.get("choices") or ():
        if (index := choice.get("index")) is not None and index + 1 > response._last_choice_index:
            response._last_choice_index = index + 1
    response._queue.put_nowait(chunk)  # type: ignore[arg-type]


_RESPONSE_CALLBACKS = tuple(
    sorted(
        name
        for name in dir(ChatCompletionInterceptor)
        if name.startswith(("on_response", "traverse_response")) or name in ("on_stream_chunk", "send_chunk")
    )
)


# What the SDK calls on an interceptor: its request, response and stream callbacks, its
# configuration schema and `call_upstreams`.
_CALLBACKS = tuple(
    sorted(
        {
            name
            for klass in ChatCompletionInterceptor.__mro__
            if klass.__module__.startswith("aidial_interceptors_sdk.")
            for name, value in vars(klass).items()
            if not name.startswith("_") and isinstance(value, types.FunctionType | classmethod | staticmethod)
        }
    )
)


@functools.cache
def _pure(cls: type[ChatCompletionInterceptor]) -> bool:
    """True when the class overrides none of them: a pass-through."""
    return all(
        inspect.getattr_static(cls, n) is inspect.getattr_static(ChatCompletionInterceptor, n)
        for n in _CALLBACKS
    )


@functools.cache
def _plain_response(cls: type[ChatCompletionInterceptor]) -> bool:
    """True when the class overrides no response callback: the SDK's traversal of a chunk then
    gives back the same chunk."""
    return all(getattr(cls, n) is getattr(ChatCompletionInterceptor, n) for n in _RESPONSE_CALLBACKS)


async def _generate(response: ChatResponse, produce) -> AsyncGenerator[list, None]:
    """aidial-sdk's `Response._generate_stream` and `_generate_chunk_stream` (the producer in a task,
    its chunks from the queue with the defaults, the usage and last end-of-choice chunks held to the
    end, the check that every choice was generated), giving what is ready as one batch: one write
    for the chunks of one read from upstream."""
    task = asyncio.get_running_loop().create_task(response._run_producer(produce))
    queue = response._queue
    defaults = response._default_chunk
    delayed: list[BaseChunk] = []
    try:
        while True:
            batch: list = []
            chunk = await queue.get()
            while True:
                queue.task_done()
                if type(chunk) is dict:  # from `_emit`
                    batch.append(chunk)
                elif isinstance(chunk, BaseChunk):
                    if (
                        isinstance(chunk, EndChoiceChunk) and chunk.choice_index == response.n - 1
                    ) or isinstance(chunk, UsageChunk | UsagePerModelChunk | DiscardedMessagesChunk):
                        delayed.append(chunk)
                    else:
                        batch.append(BaseChunkWithDefaults(chunk=chunk, defaults=defaults))
                else:  # ExceptionChunk or EndChunk
                    if delayed:
                        final = ArbitraryChunk(chunk=merge(*[d.to_dict() for d in delayed]))
                        batch.append(BaseChunkWithDefaults(chunk=final, defaults=defaults))
                    if isinstance(chunk, ExceptionChunk):
                        batch.append(chunk.exc)
                    elif response._last_choice_index != response.n:
                        log_error("Not all choices were generated")
                        batch.append(RuntimeServerError(RUNTIME_ERROR_MESSAGE))
                    yield batch
                    return
                if queue.empty():
                    break
                chunk = queue.get_nowait()
            yield batch
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class _Shared(Exception):
    """A value the quick copy or merge leaves to aidial-sdk's: a container met twice (deepcopy
    keeps it shared), a type other than JSON's, an indexed list out of order."""


def _copy_json(value: Any, seen: set[int]) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict or kind is list:
        if id(value) in seen:
            raise _Shared
        seen.add(id(value))
        if kind is dict:
            return {k: _copy_json(v, seen) for k, v in value.items()}
        return [_copy_json(v, seen) for v in value]
    raise _Shared


def _copied(value: Any) -> Any:
    """`copy.deepcopy(value)`, for a value of JSON's types in which no dict or list appears twice
    (what a parsed answer is); anything else is left to `copy.deepcopy` itself."""
    try:
        return _copy_json(value, set())
    except _Shared:
        return copy.deepcopy(value)


def _merged_into_nothing(value: Any) -> Any:
    """aidial-sdk's `merge_recursive(None, value, path)`: what merging `value` into an empty answer
    gives, by the same rules (a dict merged key by key; a list of indexed elements merged by index,
    each element copied; any other list copied; a scalar kept), with aidial-sdk's own checks of a
    list's indices. A list whose indices are not 0, 1, 2... in order raises `_Shared`: the caller
    leaves the whole merge to aidial-sdk."""
    if value is None:
        return None
    if isinstance(value, dict):
        return {k: _merged_into_nothing(v) for k, v in value.items()}
    if isinstance(value, list):
        indexed = try_parse_indexed_list(value)  # raises as aidial-sdk does on mixed indices
        if not value:
            return []
        if not indexed:
            return _copied(value)
        if any(elem["index"] != i for i, elem in enumerate(value)):
            raise _Shared
        return [_copied(elem) for elem in value]
    return value


async def _block_answer(batches: AsyncIterator[list], defaults: DefaultChunk) -> dict:
    """aidial-sdk's `to_block_response` of the answer's chunks (dicts from `_emit`, aidial-sdk
    chunks, an error last): the first chunk with this answer's defaults, each merged into the
    answer by aidial-sdk's merge, an error raised as its FastAPI exception, each choice's delta
    made its message. Merging the first chunk into the empty answer is `_merged_into_nothing`:
    aidial-sdk's rules without its generic dispatch and deep copies per key (test_lean_merge)."""
    answer: Any = None
    async for batch in batches:
        for item in batch:
            if isinstance(item, DialException):
                raise item.to_fastapi_exception()
            first = answer is None
            if type(item) is dict:
                chunk = {**item, **defaults} if first else item
            else:
                chunk = item.to_dict(with_defaults=first)
            if first and type(chunk) is dict:
                try:
                    answer = _merged_into_nothing(chunk)
                except _Shared:
                    answer = merge({}, chunk)
            else:
                answer = merge(answer if answer is not None else {}, chunk)
    if answer is None:
        answer = {}
    for choice in answer["choices"]:
        choice["message"] = cleanup_indices(choice["delta"])
        del choice["delta"]
    return answer
