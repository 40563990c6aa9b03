"""Per-request keys: one fresh opaque key per hop, its state kept server-side (dial-protocol.md §3).

The key encodes nothing; the chain state lives in the store under the key. In memory for one gateway
process, or in Redis so that an interceptor's callback may land on any gateway replica.
A key lets its holder continue the chain once: the continuation consumes it.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import orjson

if TYPE_CHECKING:
    from gateway.auth import Identity

KEY_PREFIX = "gw:hop:"


@dataclass(frozen=True, slots=True)
class HopKey:
    identity: Identity
    deployment: str  # the deployment the root request asked for
    api: str  # "chat/completions" | "embeddings" | "completions"
    chain: tuple[str, ...]
    index: int  # position of the interceptor holding the key; -1 for the final hop
    headers: dict[str, str] = field(default_factory=dict)  # X-CONVERSATION-ID etc., kept for the model
    request_id: str = ""  # the root request's id, in every hop's logs and the client's response
    trace: str = ""  # W3C trace id and flags of the root request: "<32 hex>-<2 hex>"

    @property
    def is_interceptor(self) -> bool:
        return 0 <= self.index < len(self.chain)

    def dumps(self) -> bytes:
        return orjson.dumps(
            {
                "identity": self.identity.to_json(),
                "deployment": self.deployment,
                "api": self.api,
                "chain": self.chain,
                "index": self.index,
                "headers": self.headers,
                "request_id": self.request_id,
                "trace": self.trace,
            }
        )

    @classmethod
    def loads(cls, raw: bytes | str) -> HopKey:
        from gateway.auth import Identity

        d = orjson.loads(raw)
        return cls(
            Identity.from_json(d["identity"]),
            d["deployment"],
            d["api"],
            tuple(d["chain"]),
            d["index"],
            d["headers"],
            d.get("request_id", ""),
            d.get("trace", ""),
        )


def new_key() -> str:
    """32 characters from a 64-character alphabet, like DIAL Core's keys (192 bits)."""
    return secrets.token_urlsafe(24)


class KeyStore(Protocol):
    async def put(self, key: str, hop: HopKey) -> None: ...
    async def get(self, key: str) -> HopKey | None: ...
    async def consume(self, key: str) -> HopKey | None:
        """The hop's state if the key was not consumed before; consuming is atomic."""

    async def delete(self, key: str) -> None: ...
    async def close(self) -> None: ...


class MemoryKeyStore:
    def __init__(self, ttl_seconds: float):
        self.ttl = ttl_seconds
        self._data: dict[str, tuple[HopKey, float]] = {}
        self._used: set[str] = set()

    async def put(self, key: str, hop: HopKey) -> None:
        if key in self._data:
            raise RuntimeError("per-request key collision")
        self._data[key] = (hop, time.monotonic() + self.ttl)
        if len(self._data) % 1024 == 0:
            self._expire()

    async def get(self, key: str) -> HopKey | None:
        entry = self._data.get(key)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    async def consume(self, key: str) -> HopKey | None:
        hop = await self.get(key)
        if hop is None or key in self._used:
            return None
        self._used.add(key)
        return hop

    async def delete(self, key: str) -> None:
        self._data.pop(key, None)
        self._used.discard(key)

    def _expire(self) -> None:
        now = time.monotonic()
        for k in [k for k, (_, exp) in self._data.items() if exp < now]:
            self._data.pop(k, None)
            self._used.discard(k)

    async def close(self) -> None:
        self._data.clear()


class RedisKeyStore:
    def __init__(self, client, ttl_seconds: float):
        """`client`: the process's redis.asyncio client (shared; closed by its owner)."""
        self.ttl_ms = int(ttl_seconds * 1000)
        self.redis = client

    async def put(self, key: str, hop: HopKey) -> None:
        if not await self.redis.set(KEY_PREFIX + key, hop.dumps(), px=self.ttl_ms, nx=True):
            raise RuntimeError("per-request key collision")

    async def get(self, key: str) -> HopKey | None:
        raw = await self.redis.get(KEY_PREFIX + key)
        return None if raw is None else HopKey.loads(raw)

    async def consume(self, key: str) -> HopKey | None:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(KEY_PREFIX + key + ":used", b"1", px=self.ttl_ms, nx=True)
            pipe.get(KEY_PREFIX + key)
            first, raw = await pipe.execute()
        return HopKey.loads(raw) if first and raw is not None else None

    async def delete(self, key: str) -> None:
        await self.redis.delete(KEY_PREFIX + key, KEY_PREFIX + key + ":used")

    async def close(self) -> None:
        pass
