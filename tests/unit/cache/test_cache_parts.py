"""The cache's parts on their own: the key, recording and replaying answers, the stores."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.chain import chain_identity
from gateway.config import load_config
from interceptors.response_cache.entry import Recorder, replay
from interceptors.response_cache.keys import entry_key
from interceptors.response_cache.settings import CacheSettings
from interceptors.response_cache.store import FailOpenStore, MemoryStore

BASE = {"messages": [{"role": "user", "content": "hi"}], "temperature": 0}


def key(request: dict, **kw) -> str:
    return entry_key(request, **{"deployment": "gpt", "scope": "project:a", "chain": "c", **kw})


def test_the_key_follows_what_changes_the_answer_and_nothing_else():
    k = key(BASE)
    assert key({**BASE, "stream": True, "user": "u", "stream_options": {"include_usage": True}}) == k
    assert key({**BASE, "model": "other-spelling"}) == k
    for changed in (
        {"temperature": 1},
        {"messages": [{"role": "user", "content": "hi!"}]},
        {"tools": []},
        {"seed": 1},
        {"n": 2},
        {"response_format": {"type": "json_object"}},
    ):
        assert key({**BASE, **changed}) != k, changed
    assert key(BASE, deployment="other") != k
    assert key(BASE, scope="project:b") != k
    assert key(BASE, chain="d") != k


def test_the_key_holds_no_text_of_the_request():
    k = key({"messages": [{"role": "user", "content": "John Smith"}]}, scope="project:acme")
    assert "John" not in k and "acme" not in k
    assert k.startswith("rc:")


def test_the_chain_identity_changes_with_any_other_entry_but_not_with_the_entry_itself(tmp_path):
    def identity(interceptors: dict, chain: tuple, index: int) -> str:
        path = tmp_path / "s.json"
        path.write_text(orjson.dumps({"interceptors": interceptors, "models": {}}).decode())
        return chain_identity(load_config([path], env={}), chain, index)

    a = {"endpoint": "http://a/x"}
    cache = {"endpoint": "http://cache/x"}
    base = identity({"a": a, "cache": cache}, ("a", "cache"), 1)
    strict = {**a, "defaults": {"custom_fields": {"interceptor_configuration": {"mode": "block"}}}}
    assert identity({"a": strict, "cache": cache}, ("a", "cache"), 1) != base
    assert identity({"a": a, "cache": cache}, ("cache", "a"), 0) != base
    assert identity({"a": a, "cache": cache}, ("cache",), 0) != base
    tuned = {**cache, "defaults": {"custom_fields": {"interceptor_configuration": {"ttl_seconds": 5}}}}
    assert identity({"a": a, "cache": tuned}, ("a", "cache"), 1) == base


def chunks_of(text: str, finish: str = "stop") -> list[dict]:
    words = text.split(" ")
    out = [
        {
            "id": "x",
            "created": 1,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": w + " "}}],
        }
        for w in words
    ]
    out.append(
        {
            "choices": [{"index": 0, "delta": {}, "finish_reason": finish}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        }
    )
    return out


def record(chunks: list[dict], max_bytes: int = 1 << 20) -> bytes | None:
    rec = Recorder(max_bytes)
    for c in chunks:
        rec.add(c)
    return rec.entry()


def test_only_complete_answers_become_entries():
    assert record(chunks_of("all good")) is not None
    assert record(chunks_of("refused", "content_filter")) is None
    assert record(chunks_of("cut")[:-1]) is None  # no finish reason
    assert record(chunks_of("word " * 500), max_bytes=1024) is None


def test_an_entry_has_no_per_response_fields():
    entry = orjson.loads(record(chunks_of("a b")))
    assert not {"id", "created", "object"} & set(entry)


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=400))
def test_a_replayed_stream_gives_back_the_same_text(text):
    raw = record(
        [
            {"choices": [{"index": 0, "delta": {"role": "assistant", "content": text}}]},
            {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        ]
    )
    chunks = replay(raw, stream=True)
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]) == text
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    (whole,) = replay(raw, stream=False)
    assert whole["choices"][0]["delta"]["content"] == text


def test_a_long_answer_is_replayed_in_several_pieces_with_usage_last():
    raw = record(chunks_of("lorem ipsum dolor sit amet " * 20))
    chunks = replay(raw, stream=True)
    assert len(chunks) > 5
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] == 3


def test_every_choice_is_replayed():
    parts = [{"choices": [{"index": i, "delta": {"content": f"answer {i}"}}]} for i in range(2)]
    parts += [{"choices": [{"index": i, "delta": {}, "finish_reason": "stop"}]} for i in range(2)]
    chunks = replay(record(parts), stream=True)
    for i in range(2):
        mine = [c["choices"][0] for c in chunks if c["choices"] and c["choices"][0]["index"] == i]
        assert "".join(c["delta"].get("content", "") for c in mine) == f"answer {i}"
        assert mine[-1]["finish_reason"] == "stop"


async def test_the_memory_store_evicts_the_least_recently_used_and_expires():
    store = MemoryStore(max_entries=2)
    await store.set("a", b"1", 60)
    await store.set("b", b"2", 60)
    await store.get("a")
    await store.set("c", b"3", 60)
    assert await store.get("b") is None and await store.get("a") == b"1"
    store._data["a"] = (b"1", 0.0)  # expired
    assert await store.get("a") is None


class Broken:
    def __init__(self):
        self.calls = 0

    async def get(self, key):
        self.calls += 1
        raise ConnectionError("down")

    async def set(self, key, value, ttl):
        self.calls += 1
        await asyncio.sleep(10)  # hangs


async def test_a_failing_store_costs_a_miss_and_is_left_alone_for_a_while():
    broken = Broken()
    store = FailOpenStore(broken, retry_seconds=60, timeout_seconds=0.01)
    assert await store.get("k") is None
    assert await store.get("k") is None and await store.set("k", b"v", 1) is False
    assert broken.calls == 1 and store.failures == 1


async def test_a_hanging_store_times_out():
    broken = Broken()
    store = FailOpenStore(broken, retry_seconds=0, timeout_seconds=0.01)
    assert await store.set("k", b"v", 1) is False
    assert store.failures == 1


def test_settings_from_env():
    s = CacheSettings.from_env(
        {
            "CACHE_MODE": "read-only",
            "CACHE_SCOPE": "key",
            "CACHE_TTL_SECONDS": "60",
            "REDIS_URL": "redis://r:6379/0",
            "CACHE_REDIS_TIMEOUT_SECONDS": "0.1",
        }
    )
    assert (s.policy.mode, s.policy.scope, s.policy.ttl_seconds) == ("read-only", "key", 60)
    assert (s.redis_url, s.redis_timeout_seconds) == ("redis://r:6379/0", 0.1)
    with pytest.raises(ValueError):
        CacheSettings.from_env({"CACHE_MODE": "sometimes"})
