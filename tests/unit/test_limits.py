"""Quota arithmetic, the same in memory and in Redis (a real server)."""

from __future__ import annotations

import uuid

import pytest
import redis.asyncio

from gateway.auth import Identity
from gateway.config.models import Config, Limit
from gateway.limits import MemoryLimiter, RedisLimiter, resolve_limit

T0 = 1_800_000_000.0  # a whole hour, day and minute


@pytest.fixture(params=["memory", "redis"])
async def limiter(request):
    if request.param == "memory":
        yield MemoryLimiter()
        return
    client = redis.asyncio.Redis.from_url(request.getfixturevalue("redis_url"))
    yield RedisLimiter(client)
    await client.aclose()


def subject() -> str:
    return f"gw:lim:test-{uuid.uuid4().hex}:m"


async def test_requests_per_hour_slide(limiter):
    s, limit = subject(), Limit(request_hour=2)
    assert (await limiter.check(s, limit, T0)).ok
    assert (await limiter.check(s, limit, T0 + 600)).ok
    refused = await limiter.check(s, limit, T0 + 1200)
    assert not refused.ok and refused.used == 2 and refused.limit == 2
    assert refused.retry_after == 2400  # the first request leaves the hour at T0 + 3600
    assert (await limiter.check(s, limit, T0 + 3600)).ok


async def test_tokens_per_minute_let_the_crossing_request_through(limiter):
    s, limit = subject(), Limit(minute=100, day=1000)
    assert (await limiter.check(s, limit, T0)).ok
    await limiter.add_tokens(s, 150, T0 + 1)  # the request that crossed was served
    refused = await limiter.check(s, limit, T0 + 10)
    assert not refused.ok and refused.window.field == "minute" and refused.used == 150
    assert refused.retry_after == 51
    assert (await limiter.check(s, limit, T0 + 61)).ok
    await limiter.add_tokens(s, 900, T0 + 62)
    refused = await limiter.check(s, limit, T0 + 3 * 3600)
    assert not refused.ok and refused.window.field == "day" and refused.used == 1050


async def test_week_and_month_windows(limiter):
    s = subject()
    await limiter.add_tokens(s, 500, T0)
    assert not (await limiter.check(s, Limit(week=500), T0 + 6 * 86400)).ok
    assert (await limiter.check(s, Limit(week=500), T0 + 7 * 86400 + 1)).ok
    assert not (await limiter.check(s, Limit(month=500), T0 + 20 * 86400)).ok


def test_limits_resolve_as_dial_does():
    config = Config.model_validate(
        {
            "roles": {
                "default": {"limits": {"m": {"minute": 10}}},
                "a": {"limits": {"m": {"minute": 50, "requestDay": 5}}},
                "b": {"limits": {"m": {"minute": 20}}},
            }
        }
    )
    who = lambda *roles: Identity("p", "k", frozenset(roles))  # noqa: E731
    dep = config.models.get("m") or Config.model_validate({"models": {"m": {"endpoint": "x"}}}).models["m"]
    assert resolve_limit(config, who("x"), "m", dep).minute == 10  # only default applies
    both = resolve_limit(config, who("a", "b"), "m", dep)
    assert both.minute == 50 and both.request_day is None  # b does not limit requests: unlimited
    assert resolve_limit(config, who("a"), "m", dep).request_day == 5
    assert resolve_limit(config, who("a"), "other", dep) is None
