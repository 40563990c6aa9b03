"""Clients that never wait forever: every call has a deadline, and one that passes it is a hang."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import aiohttp
import orjson


@dataclass
class Result:
    scenario: str
    ref: str
    status: int | None = None  # None: no status line (connection refused or reset, or a hang)
    outcome: str = "ok"  # ok | hang | conn-error | left (the client left on purpose) | broken (cut body)
    error_type: str | None = None  # `error.type` of our JSON error, or "non-json" for any other error body
    message: str = ""  # `error.message` (no user content: our messages never quote it)
    stream_error: bool = False  # a stream that ended with an error event
    body: bytes = b""  # kept only when the scenario asks for it
    elapsed: float = 0.0


def _error_of(res: Result, body: bytes, content_type: str) -> None:
    if res.status is None or res.status < 400:
        return
    try:
        data = orjson.loads(body) if "json" in content_type else None
    except orjson.JSONDecodeError:
        data = None
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        res.error_type = str(err.get("type") or err.get("code") or "error")
        res.message = str(err.get("message", ""))[:160]
    else:
        res.error_type = "non-json"
        res.message = body[:80].decode("utf-8", "replace")


async def call(
    session: aiohttp.ClientSession,
    scenario: str,
    ref: str,
    url: str,
    *,
    body: bytes | None = None,
    headers: dict | None = None,
    method: str = "POST",
    timeout: float = 60.0,
    leave_after_first_chunk: bool = False,
    leave_after: float | None = None,
    keep_body: bool = False,
) -> Result:
    res = Result(scenario, ref)
    started = time.perf_counter()
    resp = None
    try:
        async with asyncio.timeout(leave_after or timeout):
            resp = await session.request(method, url, data=body, headers=headers)
            res.status = resp.status
            chunks = []
            async for chunk in resp.content.iter_any():
                chunks.append(chunk)
                if leave_after_first_chunk:
                    res.outcome = "left"
                    break
            data = b"".join(chunks)
            _error_of(res, data, resp.headers.get("content-type", ""))
            if resp.headers.get("content-type", "").startswith("text/event-stream"):
                res.stream_error = b'data: {"error"' in data
            if keep_body:
                res.body = data
    except TimeoutError:
        res.outcome = "left" if leave_after else "hang"
    except aiohttp.ClientPayloadError:
        res.outcome = "broken"
    except aiohttp.ClientError:
        res.outcome = "conn-error"
    finally:
        if resp is not None:
            resp.close()  # closes the connection when the body was not read to its end
    res.elapsed = time.perf_counter() - started
    return res


async def raw(
    scenario: str, ref: str, port: int, request: bytes, timeout: float = 60.0, keep_body: bool = False
) -> Result:
    """Bytes on a fresh connection (what aiohttp would refuse to send): status and error shape."""
    res = Result(scenario, ref)
    started = time.perf_counter()
    writer = None
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await writer.drain()
            data = await reader.read(-1)  # requests say Connection: close
    except TimeoutError:
        res.outcome = "hang"
        return res
    except OSError:
        res.outcome = "conn-error"
        return res
    finally:
        if writer is not None:
            writer.close()
        res.elapsed = time.perf_counter() - started
    head, _, payload = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ") if lines and lines[0] else []
    if len(parts) < 2 or not parts[1].isdigit():
        res.outcome = "conn-error"  # closed without an answer
        return res
    res.status = int(parts[1])
    fields = {}
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        fields[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    if fields.get("transfer-encoding") == "chunked":
        payload = _unchunk(payload)
    _error_of(res, payload, fields.get("content-type", ""))
    if keep_body:
        res.body = payload
    return res


def _unchunk(data: bytes) -> bytes:
    out, rest = [], data
    while rest:
        size, _, rest = rest.partition(b"\r\n")
        try:
            n = int(size.split(b";")[0], 16)
        except ValueError:
            break
        if n == 0:
            break
        out.append(rest[:n])
        rest = rest[n + 2 :]
    return b"".join(out)


def http_request(
    method: str, path: str, headers: dict[str, str | bytes], body: bytes = b"", content_length: bool = True
) -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1".encode("latin-1", "replace"),
        b"Host: 127.0.0.1",
        b"Connection: close",
    ]
    for k, v in headers.items():
        lines.append(k.encode("latin-1") + b": " + (v if isinstance(v, bytes) else v.encode("utf-8")))
    if content_length:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
