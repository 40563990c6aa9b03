"""Usage events: one JSON line per client request, written to stdout or a file and published to a
Redis Stream, with tokens, cost, caller (project and key id, never the key), model, chain, status,
latency and client address. Never the prompt or the answer.

The tokens come from the final hop. When that hop ran on another replica (an interceptor's call
back landed there), it leaves them in Redis under the request id for the replica that emits.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

import orjson

from gateway.config.models import Model

_log = logging.getLogger(__name__)
RESULT_PREFIX = "gw:result:"


def cost(model: Model | None, usage: dict | None) -> float | None:
    """Price of the tokens (`pricing.unit: token`); None when unpriced or priced per character."""
    if model is None or model.pricing is None or not usage or model.pricing.unit != "token":
        return None
    try:
        total = Decimal(0)
        for field, price in (
            ("prompt_tokens", model.pricing.prompt),
            ("completion_tokens", model.pricing.completion),
        ):
            if price is not None and isinstance(usage.get(field), int):
                total += Decimal(price) * usage[field]
        return float(total)
    except InvalidOperation:
        return None


class Results:
    """What the final hop learned (usage, attempts), by request id, for the replica that emits."""

    def __init__(self, redis_client=None):
        self.local: dict[str, dict] = {}
        self.live: set[str] = set()  # requests entered on this replica
        self.redis = redis_client  # shared; closed by its owner

    async def put(self, rid: str, result: dict) -> None:
        if rid in self.live or self.redis is None:
            self.local[rid] = result
            return
        try:
            # Taken by the root's replica within a second or so; unclaimed ones (the client left
            # before its model answered) go soon.
            await self.redis.set(RESULT_PREFIX + rid, orjson.dumps(result), ex=60)
        except Exception as exc:
            _log.warning("could not share the usage of a request (%s)", type(exc).__name__)

    async def take(self, rid: str, wait: float = 0.0) -> dict | None:
        """The final hop's result. Another replica shares it after it relayed the answer, which can
        be a moment after this replica finished: `wait` polls that long (off the request path)."""
        found = self.local.pop(rid, None)
        if found is not None or self.redis is None:
            return found
        deadline = time.monotonic() + wait
        while True:
            try:
                raw = await self.redis.getdel(RESULT_PREFIX + rid)
            except Exception:
                return None
            if raw or time.monotonic() >= deadline:
                return orjson.loads(raw) if raw else None
            await asyncio.sleep(0.05)


class EventSink:
    """JSON lines to `path` ('-' = stdout) and/or XADD to a Redis Stream, off the request path."""

    def __init__(self, path: str | None, redis_client, stream: str | None, maxlen: int):
        self.file = None
        if path == "-":
            self.file = sys.stdout
        elif path:
            self.file = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - kept open
        self.stream, self.maxlen = stream, maxlen
        self.redis = redis_client if stream else None  # shared; closed by its owner
        self._tasks: set[asyncio.Task] = set()
        self.failures = 0

    @property
    def enabled(self) -> bool:
        return self.file is not None or self.redis is not None

    def emit(self, event: dict, stream: str | None = None) -> None:
        line = orjson.dumps(event)
        if self.file is not None:
            self.file.write(line.decode() + "\n")
        if self.redis is not None:
            task = asyncio.get_running_loop().create_task(self._publish(stream or self.stream or "", line))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _publish(self, stream: str, line: bytes) -> None:
        from gateway.resp import RespClient

        assert self.redis is not None
        try:
            if isinstance(self.redis, RespClient):  # one event per request: the lean client
                trim = ("MAXLEN", "~", self.maxlen) if self.maxlen else ()
                await self.redis.command("XADD", stream, *trim, "*", "event", line)
            else:
                await self.redis.xadd(stream, {"event": line}, maxlen=self.maxlen, approximate=True)
        except Exception as exc:
            self.failures += 1
            _log.warning("could not publish an event to Redis stream %s (%s)", stream, type(exc).__name__)

    async def close(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.file is not None and self.file is not sys.stdout:
            self.file.close()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def usage_event(
    *,
    rid: str,
    caller,
    deployment: str,
    api: str,
    chain: list[str],
    stream: bool,
    status: int,
    elapsed: float,
    ttfb: float | None,
    client: str | None,
    result: dict | None,
    cost: float | None,
    trace: str,
) -> dict:
    usage = (result or {}).get("usage") or {}
    return {
        "event": "usage",
        "time": now_iso(),
        "request_id": rid,
        "trace_id": trace.split("-")[0],
        "project": caller.project,
        "key_id": caller.key_id,
        "deployment": deployment,
        "api": api,
        "chain": chain,
        "stream": stream,
        "status": status,
        "latency_ms": round(elapsed * 1000, 2),
        "ttfb_ms": round(ttfb * 1000, 2) if ttfb is not None else None,
        "client": client,
        "model_called": result is not None,
        "upstream_attempts": (result or {}).get("attempts"),
        "prompt_tokens": usage.get("prompt_tokens"),
        "completion_tokens": usage.get("completion_tokens"),
        "total_tokens": usage.get("total_tokens"),
        "cost": cost,
    }
