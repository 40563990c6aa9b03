"""The vault: token <-> value per conversation, so the same value keeps its token across turns.

A conversation's mappings belong to the caller that made them: the scope is the project, the
conversation and the caller's key (as the gateway vouches for it), so another key of the same
project that sends the same conversation id, or the same first messages, gets none of them back.

In memory for one process, or in Redis (values encrypted with PII_VAULT_KEY, value lookups by an
HMAC, a TTL, keys namespaced per project, conversation and caller). Numbering is atomic: concurrent
requests of one conversation never give two values one token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import time
from dataclasses import dataclass, field
from typing import Protocol

from interceptors.pii_anonymizer.tokens import token_name

_log = logging.getLogger(__name__)
PREFIX = "pii:"


@dataclass(frozen=True, slots=True)
class Scope:
    project: str
    conversation: str
    owner: str = ""  # the caller's key id: only its own requests read its mappings


class Vault(Protocol):
    async def values(self, scope: Scope) -> dict[str, str]:
        """`ENTITY_N` -> value, for every token of the conversation."""

    async def assign(self, scope: Scope, items: list[tuple[str, str]]) -> list[str]:
        """A token name for each (entity, value); existing values keep theirs."""

    async def erase(self, project: str, conversation: str | None = None) -> int: ...

    async def close(self) -> None: ...


@dataclass
class _Conversation:
    t2v: dict[str, str] = field(default_factory=dict)
    v2t: dict[tuple[str, str], str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    touched: float = field(default_factory=time.monotonic)


class MemoryVault:
    def __init__(self, ttl_seconds: int):
        self.ttl = ttl_seconds
        self._data: dict[Scope, _Conversation] = {}

    def _get(self, scope: Scope) -> _Conversation:
        conv = self._data.get(scope)
        now = time.monotonic()
        if conv is None or now - conv.touched > self.ttl:
            conv = self._data[scope] = _Conversation()
        conv.touched = now
        return conv

    async def values(self, scope: Scope) -> dict[str, str]:
        return dict(self._get(scope).t2v)

    async def assign(self, scope: Scope, items: list[tuple[str, str]]) -> list[str]:
        conv = self._get(scope)  # no await inside: atomic on the event loop
        out = []
        for entity, value in items:
            name = conv.v2t.get((entity, value))
            if name is None:
                n = conv.counters[entity] = conv.counters.get(entity, 0) + 1
                name = token_name(entity, n)
                conv.v2t[(entity, value)], conv.t2v[name] = name, value
            out.append(name)
        return out

    async def erase(self, project: str, conversation: str | None = None) -> int:
        doomed = [
            s
            for s in self._data
            if s.project == project and (conversation is None or s.conversation == conversation)
        ]
        for s in doomed:
            del self._data[s]
        return len({s.conversation for s in doomed})

    async def close(self) -> None:
        self._data.clear()


# KEYS: t2v, v2t, counters. ARGV: ttl, then (entity, value hmac, encrypted value) triples.
_ASSIGN = """
local out = {}
for i = 2, #ARGV, 3 do
  local entity, hv, enc = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local name = redis.call('HGET', KEYS[2], entity .. ':' .. hv)
  if not name then
    name = entity .. '_' .. redis.call('HINCRBY', KEYS[3], entity, 1)
    redis.call('HSET', KEYS[2], entity .. ':' .. hv, name)
    redis.call('HSET', KEYS[1], name, enc)
  end
  out[#out + 1] = name
end
for k = 1, 3 do redis.call('EXPIRE', KEYS[k], ARGV[1]) end
return out
"""


class RedisVault:
    def __init__(self, url: str, secret: str, ttl_seconds: int):
        from cryptography.fernet import Fernet

        from interceptors.common.redis_pool import open_redis

        self.redis = open_redis(url, socket_timeout=2)
        key = hashlib.sha256(b"pii-vault-encryption:" + secret.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self._mac_key = hashlib.sha256(b"pii-vault-lookup:" + secret.encode()).digest()
        self.ttl = ttl_seconds
        self._assign = self.redis.register_script(_ASSIGN)

    def _id(self, text: str) -> str:
        return hmac.new(self._mac_key, text.encode(), hashlib.sha256).hexdigest()[:24]

    def _keys(self, scope: Scope) -> list[str]:
        base = f"{PREFIX}{self._id(scope.project)}:{self._id(scope.conversation)}:{self._id(scope.owner)}"
        return [f"{base}:t2v", f"{base}:v2t", f"{base}:n"]

    async def values(self, scope: Scope) -> dict[str, str]:
        raw = await self.redis.hgetall(self._keys(scope)[0])
        return {k.decode(): self._fernet.decrypt(v).decode() for k, v in raw.items()}

    async def assign(self, scope: Scope, items: list[tuple[str, str]]) -> list[str]:
        if not items:
            return []
        argv: list = [self.ttl]
        for entity, value in items:
            argv += [entity, self._id(value), self._fernet.encrypt(value.encode())]
        names = await self._assign(keys=self._keys(scope), args=argv)
        return [n.decode() for n in names]

    async def erase(self, project: str, conversation: str | None = None) -> int:
        pattern = f"{PREFIX}{self._id(project)}:{self._id(conversation) if conversation else '*'}:*"
        keys = [k async for k in self.redis.scan_iter(match=pattern, count=500)]
        if keys:
            await self.redis.delete(*keys)
        return len({k.split(b":")[2] for k in keys})  # conversations, whoever owned them

    async def close(self) -> None:
        await self.redis.aclose()


def create_vault(redis_url: str | None, secret: str | None, ttl_seconds: int) -> Vault:
    if not redis_url:
        return MemoryVault(ttl_seconds)
    if not secret:
        raise ValueError(
            "PII_VAULT_KEY must be set when the vault is in Redis (REDIS_URL): "
            "it encrypts the stored values. Use a long random string."
        )
    return RedisVault(redis_url, secret, ttl_seconds)
