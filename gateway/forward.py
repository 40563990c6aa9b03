"""Calling a hop (interceptor, adapter, application or OpenAI-compatible URL) and relaying its answer.

Bytes are relayed as they arrive: SSE events are never re-framed or buffered. Failover happens only
before the first byte reaches the caller. A caller that disconnects cancels the whole request
(gateway.app), which closes the hop's connection: the hop sees the cancel.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from gateway.errors import UpstreamTimeoutError, UpstreamUnavailableError
from gateway.http import RESPONSE_DROP, Request
from interceptors.common import contract

_log = logging.getLogger(__name__)
MAX_CAPTURE = 256 * 1024  # bytes of an answer kept for an audit event


@dataclass(slots=True)
class Attempt:
    url: str
    headers: dict[str, str]
    body: bytes
    on_status: Callable[[int, str | None], None] | None = None  # balancer feedback
    hop_key: bool = True  # gets the hop's per-request key (not an OpenAI-compatible upstream)


@dataclass(slots=True)
class Outcome:
    status: int = 0
    attempts: int = 0
    usage: dict | None = None


class HopClient:
    def __init__(self, connect_timeout: float, read_timeout: float):
        self.timeout = aiohttp.ClientTimeout(total=None, connect=connect_timeout, sock_read=read_timeout)
        self.session: aiohttp.ClientSession | None = None
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}

    async def open(self) -> None:
        connector = aiohttp.TCPConnector(
            limit=0, ttl_dns_cache=300, keepalive_timeout=contract.CLIENT_KEEPALIVE_SECONDS
        )
        self.session = aiohttp.ClientSession(
            connector=connector,
            timeout=self.timeout,
            auto_decompress=False,
            skip_auto_headers=("User-Agent",),
        )

    def _timeout(self, read_timeout: float) -> aiohttp.ClientTimeout:
        """One timeout object per hop position (a handful), not one per call."""
        found = self._timeouts.get(read_timeout)
        if found is None:
            found = aiohttp.ClientTimeout(total=None, connect=self.timeout.connect, sock_read=read_timeout)
            self._timeouts[read_timeout] = found
        return found

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()

    async def relay(
        self,
        req: Request,
        attempts: list[Attempt],
        *,
        hop: str,
        stream: bool,
        retriable: frozenset[int] = frozenset(),
        count_usage: bool = False,
        on_headers: Callable[[Any], list[tuple[bytes, bytes]]] | None = None,
        strip_usage: bool = False,
        read_timeout: float | None = None,
    ) -> Outcome:
        """Send to the first attempt that answers without a retriable status; relay that answer.
        `on_headers` sees the answer's headers and returns headers to add to it. `strip_usage`
        drops the usage-only event of a stream (asked for by us, not by the client).
        `read_timeout` replaces the longest silence allowed from this hop."""
        assert self.session is not None
        out = Outcome()
        timeout = self.timeout if read_timeout is None else self._timeout(read_timeout)
        for n, att in enumerate(attempts, 1):
            out.attempts = n
            last = n == len(attempts)
            try:
                resp = await self.session.post(att.url, data=att.body, headers=att.headers, timeout=timeout)
            except TimeoutError:
                _feedback(att, 504, None)
                if last:
                    raise UpstreamTimeoutError(f"{hop} did not answer in time.") from None
                continue
            except aiohttp.ClientError as exc:
                _feedback(att, 502, None)
                _log.warning("%s unreachable (attempt %d): %s", hop, n, type(exc).__name__)
                if last:
                    raise UpstreamUnavailableError(f"{hop} is unreachable.") from None
                continue
            _feedback(att, resp.status, resp.headers.get("retry-after"))
            if resp.status in retriable and not last:
                resp.release()
                continue
            out.status = resp.status
            extra = [(contract.UPSTREAM_ATTEMPTS.encode(), str(n).encode())] if retriable else []
            if on_headers is not None:
                extra += on_headers(resp.headers)
            async with resp:
                await self._relay(req, resp, stream, extra, out if count_usage else None, hop, strip_usage)
            return out
        raise UpstreamUnavailableError(f"{hop}: no upstream to call.")

    async def _relay(
        self,
        req: Request,
        resp: aiohttp.ClientResponse,
        stream: bool,
        extra: list,
        out: Outcome | None,
        hop: str,
        strip_usage: bool,
    ) -> None:
        headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in resp.headers.items()
            if k.lower() not in RESPONSE_DROP
        ] + extra
        is_sse = resp.headers.get("content-type", "").startswith("text/event-stream")
        if not (stream and is_sse):
            try:
                body = await resp.read()
            except TimeoutError:
                raise UpstreamTimeoutError(f"{hop} stopped answering.") from None
            except aiohttp.ClientError:
                raise UpstreamUnavailableError(f"{hop} broke off its answer.") from None
            if out is not None and b'"usage"' in body:
                out.usage = _usage(body)
            await req.start(resp.status, [*headers, (b"content-length", str(len(body)).encode())])
            req.first_byte = req.first_byte or time.perf_counter()
            if req.capture is not None:
                req.capture += body[:MAX_CAPTURE]
            await req.send({"type": "http.response.body", "body": body})
            return
        await req.start(resp.status, headers)
        await _pipe(req, resp, out, hop, strip_usage and resp.status == 200)


async def _pipe(
    req: Request, resp: aiohttp.ClientResponse, out: Outcome | None, hop: str, strip_usage: bool
) -> None:
    """The send loop: each piece read from the hop goes through the transforms, then to the caller."""
    transforms: list[Transform] = []
    if out is not None:
        transforms.append(UsageCapture(out))
    if strip_usage:
        transforms.append(UsageStrip())
    transforms += [FirstByte(req), AuditCapture(req)]
    try:
        async for chunk in resp.content.iter_any():
            for t in transforms:
                chunk = t.feed(chunk)
                if not chunk:
                    break
            if chunk:
                await req.send({"type": "http.response.body", "body": chunk, "more_body": True})
        rest = b"".join(t.flush() for t in transforms)
        if rest:
            await req.send({"type": "http.response.body", "body": rest, "more_body": True})
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:  # a reset can surface as OSError
        err = (
            UpstreamTimeoutError(f"{hop} stopped answering.")
            if isinstance(exc, asyncio.TimeoutError)
            else UpstreamUnavailableError(f"{hop} broke off its answer.")
        )
        _log.warning("%s failed mid-stream: %s", hop, type(exc).__name__)
        await req.send(
            {
                "type": "http.response.body",
                "more_body": True,
                "body": b"data: " + err.body() + b"\n\ndata: [DONE]\n\n",
            }
        )
    await req.send({"type": "http.response.body", "body": b""})


class Transform:
    """One step between the hop's answer and the caller: sees (and may change) each piece."""

    def feed(self, chunk: bytes) -> bytes:
        return chunk

    def flush(self) -> bytes:
        """What it held back, once the answer has ended."""
        return b""


class UsageCapture(Transform):
    """Reads `usage` from complete SSE events into the outcome (quotas, the request log)."""

    def __init__(self, out: Outcome):
        self.out, self.tail = out, b""

    def feed(self, chunk: bytes) -> bytes:
        self.tail = _scan_usage(self.tail + chunk, self.out)
        return chunk


class UsageStrip(Transform):
    """Drops the usage-only event of a stream (asked for by us, not by the client)."""

    def __init__(self) -> None:
        self.pending = b""

    def feed(self, chunk: bytes) -> bytes:
        *events, self.pending = (self.pending + chunk).split(b"\n\n")
        return b"".join(e + b"\n\n" for e in events if not _usage_only(e))

    def flush(self) -> bytes:
        pending, self.pending = self.pending, b""
        return pending


class FirstByte(Transform):
    def __init__(self, req: Request):
        self.req = req

    def feed(self, chunk: bytes) -> bytes:
        self.req.first_byte = self.req.first_byte or time.perf_counter()
        return chunk


class AuditCapture(Transform):
    """Keeps the start of the answer for an audit event."""

    def __init__(self, req: Request):
        self.req = req

    def feed(self, chunk: bytes) -> bytes:
        if self.req.capture is not None and len(self.req.capture) < MAX_CAPTURE:
            self.req.capture += chunk
        return chunk


def _scan_usage(buf: bytes, out: Outcome) -> bytes:
    """Read `usage` from complete SSE events; return the incomplete tail."""
    *events, tail = buf.split(b"\n\n")
    for ev in events:
        if b'"usage"' in ev and ev.startswith(b"data:"):
            usage = _usage(ev[5:])
            if usage:
                out.usage = usage
    return tail if len(tail) < 1 << 20 else b""


def _usage_only(event: bytes) -> bool:
    if b'"usage"' not in event or not event.startswith(b"data:"):
        return False
    try:
        data = orjson.loads(event[5:])
    except orjson.JSONDecodeError:
        return False
    return isinstance(data, dict) and not data.get("choices") and bool(data.get("usage"))


def _usage(raw: bytes) -> dict | None:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    usage = data.get("usage") if isinstance(data, dict) else None
    return usage if isinstance(usage, dict) else None


def _feedback(att: Attempt, status: int, retry_after: str | None) -> None:
    if att.on_status is not None:
        att.on_status(status, retry_after)
