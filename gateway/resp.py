"""A small Redis client for the commands on every hop's path (the per-request keys).

Why not redis-py here: its asyncio client spends about 150-200 µs of CPU per command on this
machine (connection pool, a timeout per read and write, observability hooks, retries), against
about 20 µs for the same command written on a socket; with several commands per hop that was the
largest part of the gateway's cost of a hop (profiled under `bench.gateway_overhead`).

One connection per process, shared by every request: commands are written as they are issued
(those issued in the same turn of the event loop go out in one write) and the replies matched
to them in order. A connection that fails, or a command unanswered for `timeout` seconds, fails
every command waiting on it with redis-py's exceptions (the gateway answers 503); the next
command connects again. Plain `redis://` and `unix://` URLs with a user, password and database;
anything else (TLS, other query options) is left to redis-py (`supports`).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from urllib.parse import parse_qs, unquote, urlsplit

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

CRLF = b"\r\n"


def supports(url: str) -> bool:
    """True for the URLs this client can open by itself."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "unix"):
        return False
    return set(parse_qs(parts.query)) <= {"db"}


def encode(args: tuple) -> bytes:
    out = [b"*%d\r\n" % len(args)]
    for a in args:
        b = a if isinstance(a, bytes) else str(a).encode()
        out += (b"$%d\r\n" % len(b), b, CRLF)
    return b"".join(out)


class _Incomplete(Exception):
    pass


def _parse(buf: bytes, pos: int):
    """One reply from `buf` at `pos`: (value, next position); raises _Incomplete."""
    end = buf.find(CRLF, pos)
    if end < 0:
        raise _Incomplete
    kind, line = buf[pos : pos + 1], buf[pos + 1 : end]
    pos = end + 2
    if kind == b"+":
        return line, pos
    if kind == b":":
        return int(line), pos
    if kind == b"$":
        n = int(line)
        if n < 0:
            return None, pos
        if len(buf) < pos + n + 2:
            raise _Incomplete
        return buf[pos : pos + n], pos + n + 2
    if kind == b"-":
        return ResponseError(line.decode(errors="replace")), pos
    if kind == b"*":
        n = int(line)
        if n < 0:
            return None, pos
        items = []
        for _ in range(n):
            item, pos = _parse(buf, pos)
            items.append(item)
        return items, pos
    raise RedisConnectionError("unexpected reply from Redis")


class _Protocol(asyncio.Protocol):
    def __init__(self, owner: RespClient):
        self.owner = owner
        self.transport: asyncio.Transport | None = None
        self.buf = b""
        self.pending: deque[tuple[asyncio.Future, float]] = deque()
        self.out: list[bytes] = []
        self.flushing = False
        self.closed = False

    def connection_made(self, transport) -> None:
        self.transport = transport

    def send(self, data: bytes, fut: asyncio.Future) -> None:
        self.pending.append((fut, time.monotonic()))
        self.out.append(data)
        if not self.flushing:  # the commands of this turn of the loop go out in one write
            self.flushing = True
            asyncio.get_running_loop().call_soon(self._flush)

    def _flush(self) -> None:
        self.flushing = False
        if self.out and self.transport is not None and not self.closed:
            data, self.out = b"".join(self.out), []
            self.transport.write(data)

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        pos = 0
        try:
            while pos < len(buf) and self.pending:
                value, pos = _parse(buf, pos)
                fut, _ = self.pending.popleft()
                if not fut.done():
                    if isinstance(value, Exception):
                        fut.set_exception(value)
                    else:
                        fut.set_result(value)
        except _Incomplete:
            pass
        except (ValueError, RedisConnectionError):
            self.fail(RedisConnectionError("unexpected reply from Redis"))
            return
        self.buf = buf[pos:]

    def connection_lost(self, exc) -> None:
        self.fail(RedisConnectionError("the connection to Redis was lost"))

    def fail(self, exc: Exception) -> None:
        if not self.closed:
            self.closed = True
            if self.transport is not None:
                self.transport.abort()
        self.owner._lost(self)
        while self.pending:
            fut, _ = self.pending.popleft()
            if not fut.done():
                fut.set_exception(exc)


class RespClient:
    def __init__(self, url: str, *, timeout: float = 5.0, connect_timeout: float = 2.0):
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        self.scheme = parts.scheme
        self.host, self.port = parts.hostname or "localhost", parts.port or 6379
        self.path = unquote(parts.path)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        if self.scheme == "unix":
            db = query.get("db", ["0"])[0]
        else:
            db = (parts.path or "/").strip("/") or query.get("db", ["0"])[0]
        self.db = int(db or 0)
        self.timeout, self.connect_timeout = timeout, connect_timeout
        self._proto: _Protocol | None = None
        self._connecting: asyncio.Lock | None = None
        self._watchdog: asyncio.TimerHandle | None = None

    async def execute(self, *commands: tuple) -> list:
        """Send the commands (one round trip) and return their replies in order; an error reply
        is returned as a ResponseError, not raised."""
        proto = self._proto if self._proto is not None and not self._proto.closed else await self._connect()
        loop = asyncio.get_running_loop()
        futs = []
        for cmd in commands:
            fut = loop.create_future()
            proto.send(encode(cmd), fut)
            futs.append(fut)
        if self._watchdog is None:
            self._watchdog = loop.call_later(self.timeout / 2, self._check)
        out = []
        for fut in futs:
            try:
                out.append(await fut)
            except ResponseError as exc:
                out.append(exc)
        return out

    async def command(self, *args):
        (reply,) = await self.execute(args)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _check(self) -> None:
        """A command unanswered for `timeout` seconds fails the connection and all it carries."""
        self._watchdog = None
        proto = self._proto
        if proto is None or proto.closed or not proto.pending:
            return
        if time.monotonic() - proto.pending[0][1] > self.timeout:
            proto.fail(RedisTimeoutError("Redis did not answer in time"))
            return
        self._watchdog = asyncio.get_running_loop().call_later(self.timeout / 2, self._check)

    def _lost(self, proto: _Protocol) -> None:
        if self._proto is proto:
            self._proto = None

    async def _connect(self) -> _Protocol:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if self._proto is not None and not self._proto.closed:
                return self._proto
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout(self.connect_timeout):
                    if self.scheme == "unix":
                        _, proto = await loop.create_unix_connection(lambda: _Protocol(self), self.path)
                    else:
                        _, proto = await loop.create_connection(lambda: _Protocol(self), self.host, self.port)
                    self._proto = proto
                    hello: list[tuple] = []
                    if self.password is not None:
                        user = (self.username,) if self.username else ()
                        hello.append(("AUTH", *user, self.password))
                    if self.db:
                        hello.append(("SELECT", self.db))
                    if hello:
                        for reply in await self.execute(*hello):
                            if isinstance(reply, Exception):
                                proto.fail(RedisConnectionError("Redis refused the connection's setup"))
                                raise RedisConnectionError("Redis refused the connection's setup")
            except TimeoutError:
                self._proto = None
                raise RedisTimeoutError("could not connect to Redis in time") from None
            except OSError as exc:
                self._proto = None
                raise RedisConnectionError(f"could not connect to Redis ({type(exc).__name__})") from None
            return proto

    async def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        proto, self._proto = self._proto, None
        if proto is not None and not proto.closed:
            proto.closed = True
            if proto.transport is not None:
                proto.transport.close()
