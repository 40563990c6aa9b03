"""Per-request key stores (memory and real Redis) and upstream ordering."""

from __future__ import annotations

import uuid

import pytest
import redis.asyncio

from gateway.auth import Identity
from gateway.balancer import Balancer
from gateway.config import Upstream
from gateway.keys import HopKey, MemoryKeyStore, RedisKeyStore, new_key
from gateway.resp import RespClient

HOP = HopKey(
    Identity("p", "abc", frozenset({"r"})),
    "demo",
    "chat/completions",
    ("a", "b"),
    0,
    {"x-conversation-id": "c"},
)


@pytest.fixture(params=["memory", "redis", "redis-py"])
async def store(request, redis_url):
    client = RespClient(redis_url) if request.param == "redis" else redis.asyncio.Redis.from_url(redis_url)
    s = MemoryKeyStore(60) if request.param == "memory" else RedisKeyStore(client, 60)
    yield s
    await s.close()
    await client.aclose() if isinstance(client, redis.asyncio.Redis) else await client.close()


async def test_a_key_holds_its_hop_until_deleted(store):
    key = new_key()
    await store.put(key, HOP)
    assert await store.get(key) == HOP
    await store.delete(key)
    assert await store.get(key) is None


async def test_a_key_continues_the_chain_only_once(store):
    key = new_key()
    await store.put(key, HOP)
    assert await store.consume(key) == HOP
    assert await store.consume(key) is None
    assert await store.get(key) == HOP  # still authenticates until the hop ends


async def test_an_unknown_key_cannot_be_consumed(store):
    assert await store.consume(f"forged-{uuid.uuid4()}") is None


async def test_a_key_cannot_be_created_twice(store):
    key = new_key()
    await store.put(key, HOP)
    with pytest.raises(RuntimeError):
        await store.put(key, HOP)
    await store.delete(key)


async def test_memory_keys_expire():
    s = MemoryKeyStore(-1)
    key = new_key()
    await s.put(key, HOP)
    assert await s.get(key) is None


def test_keys_are_32_url_safe_characters_and_unique():
    keys = {new_key() for _ in range(1000)}
    assert len(keys) == 1000 and all(len(k) == 32 for k in keys)


def ups(*specs):
    return [Upstream(endpoint=e, weight=w, tier=t) for e, w, t in specs]


def test_lower_tiers_come_first():
    order = Balancer().order("d", ups(("b", 1, 1), ("a", 1, 0)), 5)
    assert [u.endpoint for u in order] == ["a", "b"]


def test_weights_share_the_first_choice():
    b = Balancer()
    group = ups(("a", 3, 0), ("b", 1, 0))
    firsts = [b.order("d", group, 5)[0].endpoint for _ in range(400)]
    assert firsts.count("a") == 300 and firsts.count("b") == 100


def test_a_429_rests_the_upstream_until_retry_after():
    b = Balancer()
    group = ups(("a", 1, 0), ("b", 1, 1))
    b.report("d", group[0], 429, "60")
    assert [u.endpoint for u in b.order("d", group, 5)] == ["b", "a"]


def test_three_5xx_in_a_row_rest_the_upstream_and_a_success_resets_it():
    b = Balancer()
    group = ups(("a", 1, 0), ("b", 1, 1))
    for _ in range(2):
        b.report("d", group[0], 503)
    assert b.order("d", group, 5)[0].endpoint == "a"
    b.report("d", group[0], 503)
    assert b.order("d", group, 5)[0].endpoint == "b"
    b.report("d", group[0], 200)
    assert b.order("d", group, 5)[0].endpoint == "a"


def test_zero_weight_disables_and_attempts_are_capped():
    b = Balancer()
    assert [u.endpoint for u in b.order("d", ups(("a", 0, 0), ("b", 1, 0), ("c", 1, 0)), 1)] in (["b"], ["c"])


NEXT = HopKey(HOP.identity, "demo", "chat/completions", ("a", "b"), 1, {"x-conversation-id": "c"})


async def test_a_continuation_consumes_its_key_and_stores_the_next_once(store):
    key, nxt, again = new_key(), new_key(), new_key()
    await store.put(key, HOP)
    assert await store.advance(key, nxt, NEXT)
    assert await store.get(nxt) == NEXT
    assert not await store.advance(key, again, NEXT)  # spent
    assert await store.get(again) is None  # and nothing stored for it
    assert not await store.advance(nxt + "x", new_key(), NEXT)  # unknown
    assert await store.advance(nxt, None, NEXT)  # to a hop that gets no key of its own
    assert not await store.advance(nxt, None, NEXT)
    for k in (key, nxt):
        await store.delete(k)


@pytest.fixture
async def replicas(redis_url):
    """Two gateway replicas' key stores on one Redis."""
    a, b = RespClient(redis_url), RespClient(redis_url)
    yield RedisKeyStore(a, 60), RedisKeyStore(b, 60)
    await a.close()
    await b.close()


async def test_a_key_written_by_one_replica_is_resolved_and_continued_once_by_either(replicas):
    a, b = replicas
    key, nxt = new_key(), new_key()
    await a.put(key, HOP)
    assert await b.get(key) == HOP  # the callback landed on the other replica: read from Redis
    assert await b.advance(key, nxt, NEXT)
    assert not await a.advance(key, new_key(), NEXT)  # the writer's own copy does not bypass the mark
    assert await a.get(nxt) == NEXT
    await b.delete(nxt)  # the hop ended on the replica that started it
    assert await a.get(nxt) is None and await b.get(nxt) is None
    await a.delete(key)
    assert await b.get(key) is None and await a.get(key) is None


async def test_a_finished_key_cannot_continue_on_another_replica(replicas, redis_url):
    a, b = replicas
    key, nxt = new_key(), new_key()
    await a.put(key, HOP)
    assert await b.get(key) == HOP
    await a.delete(key)  # its hop ended before the callback was served
    assert not await b.advance(key, nxt, NEXT)
    assert await a.get(nxt) is None
    client = redis.asyncio.Redis.from_url(redis_url)
    assert await client.keys(f"gw:hop:{nxt}*") == []
    await client.aclose()
