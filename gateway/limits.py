"""Quotas per DIAL role (dial-protocol.md §1.7, §9): tokens per minute/day/week/month and requests
per hour/day, per project (the root caller's) and model deployment, checked on the final hop.

Windows slide over slots (a minute over 60 one-second slots, a day over 24 hours, a week and a month
over 7 and 30 days). The request that crosses a token limit is still served; the next is refused,
as DIAL does. Counted in Redis by one Lua script per check, so every gateway replica shares them;
in memory for a single process. Both implement the same arithmetic (`window_use`).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from gateway.auth import Identity
from gateway.config.models import Config, Deployment, Limit
from gateway.errors import ForbiddenError, RateLimitError
from gateway.metrics import RATE_LIMITED

UNLIMITED = 9223372036854775807  # DIAL's Long.MAX_VALUE in the limits endpoint


@dataclass(frozen=True)
class Window:
    field: str  # the Limit field
    label: str  # for messages and the limits endpoint
    tokens: bool
    slot: int  # seconds per slot
    slots: int
    prefix: str  # hash field prefix of its slots


WINDOWS = (
    Window("minute", "minute", True, 1, 60, "s"),
    Window("day", "day", True, 3600, 24, "h"),
    Window("week", "week", True, 86400, 7, "D"),
    Window("month", "month", True, 86400, 30, "D"),
    Window("request_hour", "hour", False, 60, 60, "m"),
    Window("request_day", "day", False, 3600, 24, "h"),
)
TOKEN_SLOTS = {"s": 1, "h": 3600, "D": 86400}  # slot fields written when tokens are added
REQUEST_SLOTS = {"m": 60, "h": 3600}
KEEP = {"s": 60, "h": 24, "D": 30, "m": 60}  # slots kept per prefix: the longest window using it
TTL = 31 * 86400


def resolve_limit(config: Config, who: Identity, deployment: str, dep: Deployment) -> Limit | None:
    """DIAL's resolution: the caller's roles (within `userRoles` if set) that limit this deployment,
    the largest value of each field across them; else the `default` role's; else unlimited."""
    roles = who.roles if dep.user_roles is None else who.roles & dep.user_roles
    found = [
        config.roles[r].limits[deployment]
        for r in sorted(roles)
        if r in config.roles and deployment in config.roles[r].limits
    ]
    if not found and "default" in config.roles and deployment in config.roles["default"].limits:
        found = [config.roles["default"].limits[deployment]]
    if not found:
        return None
    merged = {}
    for f in Limit.model_fields:
        values = [getattr(lim, f) for lim in found]
        merged[f] = None if any(v is None for v in values) else max(values)
    return Limit(**merged)


def window_use(fields: dict[str, int], w: Window, now: float) -> int:
    """What was used in the window that ends now."""
    cur = math.floor(now / w.slot)
    total = 0
    for name, value in fields.items():
        prefix, _, sid = name.partition(":")
        if prefix == w.prefix and cur - w.slots < int(sid) <= cur:
            total += int(value)
    return total


def retry_after(fields: dict[str, int], w: Window, limit: int, now: float) -> int:
    """Seconds until the window's sum drops under `limit` as its oldest slots leave it."""
    cur = math.floor(now / w.slot)
    slots = sorted(
        (int(n.partition(":")[2]), int(v))
        for n, v in fields.items()
        if n.startswith(w.prefix + ":") and cur - w.slots < int(n.partition(":")[2]) <= cur
    )
    total = sum(v for _, v in slots)
    for sid, value in slots:
        total -= value
        if total < limit:
            return max(1, math.ceil((sid + w.slots) * w.slot - now))
    return max(1, math.ceil(w.slot * w.slots))


@dataclass(frozen=True)
class Verdict:
    ok: bool
    window: Window | None = None
    used: int = 0
    limit: int = 0
    retry_after: int = 0


def judge(limit: Limit, tokens: dict[str, int], requests: dict[str, int], now: float) -> Verdict:
    """Tokens first, then requests (DIAL's order)."""
    for w in WINDOWS:
        value = getattr(limit, w.field)
        if value is None:
            continue
        fields = tokens if w.tokens else requests
        used = window_use(fields, w, now)
        if used >= value:
            return Verdict(False, w, used, value, retry_after(fields, w, value, now))
    return Verdict(True)


def slot_fields(slots: dict[str, int], now: float) -> list[str]:
    return [f"{p}:{math.floor(now / s)}" for p, s in slots.items()]


class MemoryLimiter:
    def __init__(self):
        self._data: dict[str, dict[str, int]] = {}

    def _hash(self, key: str, now: float) -> dict[str, int]:
        h = self._data.setdefault(key, {})
        for name in [n for n in h if not _kept(n, now)]:
            del h[name]
        return h

    async def check(self, subject: str, limit: Limit, now: float) -> Verdict:
        tokens, requests = self._hash(subject + ":tok", now), self._hash(subject + ":req", now)
        verdict = judge(limit, tokens, requests, now)
        if verdict.ok:
            for f in slot_fields(REQUEST_SLOTS, now):
                requests[f] = requests.get(f, 0) + 1
        return verdict

    async def add_tokens(self, subject: str, n: int, now: float) -> None:
        tokens = self._hash(subject + ":tok", now)
        for f in slot_fields(TOKEN_SLOTS, now):
            tokens[f] = tokens.get(f, 0) + n

    async def usage(self, subject: str, now: float) -> tuple[dict[str, int], dict[str, int]]:
        return dict(self._hash(subject + ":tok", now)), dict(self._hash(subject + ":req", now))


def _kept(name: str, now: float) -> bool:
    prefix, _, sid = name.partition(":")
    slot = TOKEN_SLOTS.get(prefix) or REQUEST_SLOTS[prefix]
    return int(sid) > math.floor(now / slot) - KEEP[prefix]


# The same arithmetic as `judge` + `MemoryLimiter.check`, atomically in Redis.
_CHECK = """
local now = tonumber(ARGV[1])
local keep = {s = 60, h = 24, D = 30, m = 60}
local slotlen = {s = 1, h = 3600, D = 86400, m = 60}
local function load(key)
  local raw = redis.call('HGETALL', key)
  local out, stale = {}, {}
  for i = 1, #raw, 2 do
    local prefix, sid = string.match(raw[i], '^(%a):(%d+)$')
    if prefix and tonumber(sid) > math.floor(now / slotlen[prefix]) - keep[prefix] then
      out[#out + 1] = {prefix, tonumber(sid), tonumber(raw[i + 1])}
    else
      stale[#stale + 1] = raw[i]
    end
  end
  if #stale > 0 then redis.call('HDEL', key, unpack(stale)) end
  return out
end
local tok, req = load(KEYS[1]), load(KEYS[2])
-- ARGV[2..#ARGV-1]: groups of (is_tokens, prefix, slot seconds, slots, limit); ARGV[#ARGV]: TTL
local i = 2
while i < #ARGV do
  local slots = (ARGV[i] == '1') and tok or req
  local prefix, slot = ARGV[i + 1], tonumber(ARGV[i + 2])
  local n, limit = tonumber(ARGV[i + 3]), tonumber(ARGV[i + 4])
  local cur = math.floor(now / slot)
  local total = 0
  for _, s in ipairs(slots) do
    if s[1] == prefix and s[2] > cur - n and s[2] <= cur then total = total + s[3] end
  end
  if total >= limit then return {0, (i - 2) / 5} end
  i = i + 5
end
redis.call('HINCRBY', KEYS[2], 'm:' .. math.floor(now / 60), 1)
redis.call('HINCRBY', KEYS[2], 'h:' .. math.floor(now / 3600), 1)
redis.call('EXPIRE', KEYS[1], ARGV[#ARGV])
redis.call('EXPIRE', KEYS[2], ARGV[#ARGV])
return {1}
"""


class RedisLimiter:
    def __init__(self, client):
        self.redis = client  # shared; closed by its owner
        self._check = self.redis.register_script(_CHECK)

    async def check(self, subject: str, limit: Limit, now: float) -> Verdict:
        active = [w for w in WINDOWS if getattr(limit, w.field) is not None]
        args: list = [now]
        for w in active:
            args += [1 if w.tokens else 0, w.prefix, w.slot, w.slots, getattr(limit, w.field)]
        args.append(TTL)
        res = await self._check(keys=[subject + ":tok", subject + ":req"], args=args)
        if res[0] == 1:
            return Verdict(True)
        tokens, requests = await self.usage(subject, now)  # only when refusing: for the message
        w = active[int(res[1])]
        fields = tokens if w.tokens else requests
        value = getattr(limit, w.field)
        return Verdict(False, w, window_use(fields, w, now), value, retry_after(fields, w, value, now))

    async def add_tokens(self, subject: str, n: int, now: float) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            for f in slot_fields(TOKEN_SLOTS, now):
                pipe.hincrby(subject + ":tok", f, n)
            pipe.expire(subject + ":tok", TTL)
            await pipe.execute()

    async def usage(self, subject: str, now: float) -> tuple[dict[str, int], dict[str, int]]:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(subject + ":tok")
            pipe.hgetall(subject + ":req")
            tok, req = await pipe.execute()
        decode = lambda h: {k.decode(): int(v) for k, v in h.items()}  # noqa: E731
        return decode(tok), decode(req)


class Quotas:
    """The gateway's view: check before the final hop, count tokens after it."""

    def __init__(self, redis_client=None):
        self.backend = RedisLimiter(redis_client) if redis_client is not None else MemoryLimiter()

    @staticmethod
    def subject(who: Identity, deployment: str) -> str:
        return f"gw:lim:{who.project}:{deployment}"

    async def check(self, config: Config, who: Identity, deployment: str, dep: Deployment) -> bool:
        """Raises when refused; True when a limit applies (tokens must then be counted)."""
        limit = resolve_limit(config, who, deployment, dep)
        if limit is None:
            return False
        if any(v is not None and v <= 0 for v in limit.model_dump().values()):
            raise ForbiddenError("Access denied")
        verdict = await self.backend.check(self.subject(who, deployment), limit, time.time())
        if not verdict.ok:
            w = verdict.window
            RATE_LIMITED.labels(deployment, w.field).inc()
            what = "token" if w.tokens else "request"
            unit = "tokens" if w.tokens else "requests"
            raise RateLimitError(
                f"Hit {what} rate limit of deployment '{deployment}' for project '{who.project}': "
                f"{w.label} limit {verdict.used} / {verdict.limit} {unit}. Try again in "
                f"{verdict.retry_after} s.",
                headers={"Retry-After": str(verdict.retry_after)},
            )
        return True

    async def add_tokens(self, who: Identity, deployment: str, n: int) -> None:
        if n > 0:
            await self.backend.add_tokens(self.subject(who, deployment), n, time.time())

    async def stats(self, config: Config, who: Identity, deployment: str, dep: Deployment) -> dict:
        """`GET /v1/deployments/{id}/limits`, in DIAL's camelCase shape."""
        limit = resolve_limit(config, who, deployment, dep)
        tokens, requests = await self.backend.usage(self.subject(who, deployment), time.time())
        now = time.time()
        out = {}
        for w in WINDOWS:
            name = f"{w.label}TokenStats" if w.tokens else f"{w.label}RequestStats"
            value = getattr(limit, w.field) if limit else None
            out[name] = {
                "total": UNLIMITED if value is None else value,
                "used": window_use(tokens if w.tokens else requests, w, now),
            }
        return out
