"""Per-request keys: one fresh opaque key per hop, its state kept server-side (dial-protocol.md §3).

The key encodes nothing; the chain state lives in the store under the key. In memory for one gateway
process, or in Redis so that an interceptor's callback may land on any gateway replica.
A key lets its holder continue the chain once: the continuation consumes it.

Round trips are the cost of a hop (profiled under `bench.gateway_overhead`: about half the gateway's
CPU on a chain of raw hops went into Redis commands), so the Redis store keeps a copy of the keys
this replica wrote, for their lifetime: a callback that lands here reads its key's state without
asking Redis. Only this replica deletes the keys it wrote (when their hop ends), so the copy is
never stale. What must be shared stays in Redis: every key's state (for the other replicas) and
the mark that a key was consumed (whichever replica the callback lands on, a key continues the
chain once). A continuation consumes its key and stores the next hop's key in one round trip.
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

    async def advance(self, key: str, new: str | None, hop: HopKey) -> bool:
        """Consume `key` and store `hop` under the fresh key `new` (if any), in one step. False
        (and nothing stored) when `key` is unknown, finished or was consumed before."""

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

    async def advance(self, key: str, new: str | None, hop: HopKey) -> bool:
        if await self.consume(key) is None:
            return False
        if new is not None:
            await self.put(new, hop)
        return True

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


class _ViaRedisPy:
    """The store's commands through a redis-py client (for URLs gateway.resp does not open)."""

    def __init__(self, client):
        self.client = client

    async def execute(self, *commands: tuple) -> list:
        async with self.client.pipeline(transaction=False) as pipe:
            for cmd in commands:
                pipe.execute_command(*cmd)
            return await pipe.execute(raise_on_error=False)


class RedisKeyStore:
    def __init__(self, client, ttl_seconds: float):
        """`client`: a gateway.resp.RespClient, or a redis.asyncio client (shared; closed by its
        owner)."""
        from gateway.resp import RespClient

        self.ttl = ttl_seconds
        self.ttl_ms = int(ttl_seconds * 1000)
        self.redis = client if isinstance(client, RespClient) else _ViaRedisPy(client)
        # The keys this replica wrote and has not deleted yet: (state, local expiry). The expiry is
        # taken before the write, so the copy never outlives the key in Redis.
        self._own: dict[str, tuple[HopKey, float]] = {}

    async def _run(self, *commands: tuple) -> list:
        replies = await self.redis.execute(*commands)
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
        return replies

    def _set(self, key: str, value: bytes) -> tuple:
        return ("SET", KEY_PREFIX + key, value, "PX", self.ttl_ms, "NX")

    def _remember(self, key: str, hop: HopKey, expires: float) -> None:
        self._own[key] = (hop, expires)
        if len(self._own) % 1024 == 0:
            now = time.monotonic()
            for k in [k for k, (_, exp) in self._own.items() if exp < now]:
                self._own.pop(k, None)

    def _mine(self, key: str) -> HopKey | None:
        entry = self._own.get(key)
        if entry is None:
            return None
        if entry[1] < time.monotonic():
            self._own.pop(key, None)
            return None
        return entry[0]

    async def put(self, key: str, hop: HopKey) -> None:
        expires = time.monotonic() + self.ttl
        (stored,) = await self._run(self._set(key, hop.dumps()))
        if not stored:
            raise RuntimeError("per-request key collision")
        self._remember(key, hop, expires)

    async def get(self, key: str) -> HopKey | None:
        hop = self._mine(key)
        if hop is not None:
            return hop
        (raw,) = await self._run(("GET", KEY_PREFIX + key))
        return None if raw is None else HopKey.loads(raw)

    async def consume(self, key: str) -> HopKey | None:
        first, raw = await self._run(self._set(key + ":used", b"1"), ("GET", KEY_PREFIX + key))
        return HopKey.loads(raw) if first and raw is not None else None

    async def advance(self, key: str, new: str | None, hop: HopKey) -> bool:
        expires = time.monotonic() + self.ttl
        mine = self._mine(key) is not None  # then it exists: only this replica deletes it
        commands = [self._set(key + ":used", b"1")]
        if new is not None:
            commands.append(self._set(new, hop.dumps()))
        if not mine:  # another replica's key: it must still exist (its hop has not ended)
            commands.append(("EXISTS", KEY_PREFIX + key))
        first, *rest = await self._run(*commands)
        stored = rest.pop(0) if new is not None else None
        if not first or (rest and not rest[0]):
            if stored and new is not None:
                await self._run(("DEL", KEY_PREFIX + new))
            return False
        if new is not None:
            if not stored:
                raise RuntimeError("per-request key collision")
            self._remember(new, hop, expires)
        return True

    async def delete(self, key: str) -> None:
        self._own.pop(key, None)  # refused here at once, even if Redis is unavailable now
        await self._run(("DEL", KEY_PREFIX + key, KEY_PREFIX + key + ":used"))

    async def close(self) -> None:
        self._own.clear()
