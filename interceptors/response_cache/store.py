"""Where entries live: Redis (shared by every replica) or an in-memory LRU; both with a TTL.

The cache fails open: when Redis errs or is slow, the lookup is a miss and the write is skipped,
the failure is counted and logged, and Redis is left alone for a few seconds before the next try.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Protocol

from prometheus_client import Counter

_log = logging.getLogger(__name__)
STORE_ERRORS = Counter(
    "response_cache_store_errors_total",
    "Cache store calls that failed or timed out; the request went on uncached.",
    ["operation"],
)


class Store(Protocol):
    async def get(self, key: str) -> bytes | None: ...
    async def set(self, key: str, value: bytes, ttl_seconds: int) -> None: ...
    async def close(self) -> None: ...


class MemoryStore:
    """A per-process LRU: the oldest-used entry goes when `max_entries` is reached."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._data: OrderedDict[str, tuple[bytes, float]] = OrderedDict()

    async def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        if item[1] < time.monotonic():
            del self._data[key]
            return None
        self._data.move_to_end(key)
        return item[0]

    async def set(self, key: str, value: bytes, ttl_seconds: int) -> None:
        self._data[key] = (value, time.monotonic() + ttl_seconds)
        self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    async def close(self) -> None:
        self._data.clear()


class RedisStore:
    def __init__(self, url: str, timeout_seconds: float):
        from interceptors.common.redis_pool import open_redis

        # Waiting for a pooled connection counts against the same budget: a busy pool is a miss.
        self.redis = open_redis(
            url, socket_timeout=timeout_seconds, connect_timeout=timeout_seconds, wait_seconds=timeout_seconds
        )

    async def get(self, key: str) -> bytes | None:
        return await self.redis.get(key)

    async def set(self, key: str, value: bytes, ttl_seconds: int) -> None:
        await self.redis.set(key, value, ex=ttl_seconds)

    async def close(self) -> None:
        await self.redis.aclose()


class FailOpenStore:
    """Wraps a store so that its failures cost a miss, never an error."""

    def __init__(self, store: Store, retry_seconds: float, timeout_seconds: float):
        self.store, self.retry_seconds, self.timeout = store, retry_seconds, timeout_seconds
        self.failures = 0
        self._resume_at = 0.0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._resume_at

    def _failed(self, operation: str, exc: BaseException) -> None:
        self.failures += 1
        STORE_ERRORS.labels(operation).inc()
        self._resume_at = time.monotonic() + self.retry_seconds
        _log.warning(
            "cache store %s failed (%s); serving uncached, next try in %.0f s (failures: %d)",
            operation,
            type(exc).__name__,
            self.retry_seconds,
            self.failures,
        )

    async def get(self, key: str) -> bytes | None:
        if not self.available:
            return None
        try:
            return await _within(self.store.get(key), self.timeout)
        except Exception as exc:
            self._failed("get", exc)
            return None

    async def set(self, key: str, value: bytes, ttl_seconds: int) -> bool:
        if not self.available:
            return False
        try:
            await _within(self.store.set(key, value, ttl_seconds), self.timeout)
            return True
        except Exception as exc:
            self._failed("set", exc)
            return False

    async def close(self) -> None:
        await self.store.close()


async def _within(coro, seconds: float):
    async with asyncio.timeout(seconds * 2):  # the Redis client's socket timeout fires first
        return await coro


def create_store(
    redis_url: str | None, memory_entries: int, timeout_seconds: float, retry_seconds: float
) -> FailOpenStore:
    inner: Store = RedisStore(redis_url, timeout_seconds) if redis_url else MemoryStore(memory_entries)
    return FailOpenStore(inner, retry_seconds, timeout_seconds)
