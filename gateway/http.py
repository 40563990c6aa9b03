"""Small ASGI helpers: the incoming request, header filtering and sending responses."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import orjson

from gateway.errors import GatewayError, PayloadTooLargeError
from interceptors.common import contract

# Never forwarded to the next hop (dial-protocol.md §4.2), plus what we set ourselves.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "host",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "accept-encoding",
        "api-key",
        "authorization",
        contract.REQUEST_ID,
        "traceparent",
    }
)
# Response headers an inner hop may report for the client; copied to the client's response.
REPORTED_HEADERS = contract.REPORTED
# Never copied from a hop's response back to our caller.
RESPONSE_DROP = frozenset(
    {
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "server",
        "date",
        "proxy-authenticate",
        "trailer",
        "upgrade",
    }
)
CORS = [(b"access-control-allow-origin", b"*")]
JSON = b"application/json"


class Request:
    __slots__ = (
        "scope",
        "receive",
        "_send",
        "headers",
        "started",
        "disconnected",
        "query",
        "first_byte",
        "request_id",
        "capture",
        "finished",
        "root",
    )

    def __init__(self, scope, receive, send):
        self.scope, self.receive, self._send = scope, receive, send
        # Headers the protocol reserves for the gateway are dropped here, at the edge, whoever
        # sends them (a client or an interceptor calling back): nothing below can read them.
        self.headers: dict[str, str] = {}
        for k, v in scope["headers"]:
            name = k.decode("latin-1").lower()
            if not contract.is_reserved(name):
                self.headers[name] = v.decode("latin-1")
        self.query: str = scope.get("query_string", b"").decode("latin-1")
        self.started = False
        self.disconnected = False
        self.finished = False  # the whole response was sent
        self.root = False  # a client's request (not an interceptor's call back)
        self.first_byte: float | None = None  # perf_counter() when the first body byte went out
        self.request_id: str | None = None
        self.capture: bytearray | None = None  # the answer's bytes, kept for an audit event

    async def body(self, limit: int) -> bytes:
        declared = self.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLargeError(f"Request body is too large: the limit is {limit} bytes.")
        chunks, size = [], 0
        while True:
            msg = await self.receive()
            if msg["type"] == "http.disconnect":
                self.disconnected = True
                raise asyncio.CancelledError
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise PayloadTooLargeError(f"Request body is too large: the limit is {limit} bytes.")
            chunks.append(chunk)
            if not msg.get("more_body"):
                return b"".join(chunks)

    async def send(self, message: dict) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body"):
            self.finished = True
        await self._send(message)

    async def start(self, status: int, headers: Iterable[tuple[bytes, bytes]]) -> None:
        self.started = True
        await self.send({"type": "http.response.start", "status": status, "headers": [*headers, *CORS]})

    async def respond(
        self,
        status: int,
        body: bytes,
        content_type: bytes = JSON,
        headers: Iterable[tuple[bytes, bytes]] = (),
    ) -> None:
        await self.start(
            status, [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *headers]
        )
        await self.send({"type": "http.response.body", "body": body})

    async def json(self, status: int, data) -> None:
        await self.respond(status, orjson.dumps(data))

    async def error(self, exc: GatewayError) -> None:
        extra = [(k.lower().encode(), str(v).encode()) for k, v in (exc.headers or {}).items()]
        if self.request_id:
            extra.append((contract.REQUEST_ID.encode(), self.request_id.encode()))
        await self.respond(exc.status_code, exc.body(), headers=extra)


def forward_headers(incoming: dict[str, str], keep_auth: bool) -> dict[str, str]:
    out = {k: v for k, v in incoming.items() if k not in HOP_BY_HOP}
    if keep_auth and "authorization" in incoming:
        out["authorization"] = incoming["authorization"]
    return out
