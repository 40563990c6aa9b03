"""The response cache through the gateway, with real Redis: hits and misses, replay both ways,
scopes, controls, chain identity, coalescing, Redis failing, and no PII in Redis."""

from __future__ import annotations

import base64
import binascii
import shutil
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai
import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import ADMIN_KEY, API_KEY, TEAMMATE_KEY, VOLATILE_REDIS_PORT, e2e_settings, eventually


def unique(text: str = "What is the capital of France?") -> str:
    return f"{text} ({uuid.uuid4().hex[:8]})"


def ask(
    gateway: str,
    model: str,
    text: str,
    *,
    stream: bool = False,
    key: str = API_KEY,
    headers: dict | None = None,
    **kw,
) -> tuple[str, str | None, list]:
    """(answer, X-Cache, chunks) through the OpenAI client, as a user would call the gateway."""
    client = openai.OpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model=model,
        messages=[{"role": "user", "content": text}],
        stream=stream,
        extra_headers=headers or {},
        **kw,
    )
    parsed = raw.parse()
    if not stream:
        return parsed.choices[0].message.content, raw.headers.get("x-cache"), [parsed]
    chunks = list(parsed)
    text_out = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    return text_out, raw.headers.get("x-cache"), chunks


def metric(stack, service: str, name: str, **labels) -> float:
    body = httpx.get(f"{stack.url(service)}/metrics").text
    total = 0.0
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                total += s.value
    return total


def test_a_repeated_request_is_a_hit_and_the_model_is_called_once(gateway, model_bodies):
    text = unique()
    first = ask(gateway, "cached", text)
    second = ask(gateway, "cached", text)
    assert first[:2] == (text, "MISS")
    assert second[:2] == (text, "HIT")
    assert len(model_bodies()) == 1


def test_a_different_request_field_is_a_different_entry(gateway, model_bodies):
    text = unique()
    ask(gateway, "cached", text, temperature=0.0)
    assert ask(gateway, "cached", text, temperature=0.7)[1] == "MISS"
    assert ask(gateway, "cached", text, temperature=0.0)[1] == "HIT"
    # `user` is bookkeeping, not part of the question: still a hit.
    assert ask(gateway, "cached", text, temperature=0.0, user="someone")[1] == "HIT"
    assert len(model_bodies()) == 2


def test_a_streamed_answer_is_replayed_to_a_plain_request_and_back(gateway, model_bodies):
    streamed = unique(
        "One two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one."
    )
    assert ask(gateway, "cached", streamed, stream=True)[:2] == (streamed, "MISS")
    answer, cache, _ = ask(gateway, "cached", streamed)
    assert (answer, cache) == (streamed, "HIT")

    plain = unique(
        "A plain answer that is long enough to come back in several pieces when it is "
        "replayed to a client that asked for a stream of events."
    )
    assert ask(gateway, "cached", plain)[1] == "MISS"
    answer, cache, chunks = ask(gateway, "cached", plain, stream=True)
    assert (answer, cache) == (plain, "HIT")
    pieces = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 3
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert len(model_bodies()) == 2


def test_a_tool_call_is_replayed_whole(gateway, model_bodies):
    text = unique('CALL {"city": "Paris"}')
    first = ask(gateway, "cached", text, stream=True)
    answer, cache, chunks = ask(gateway, "cached", text, stream=True)
    assert cache == "HIT" and first[1] == "MISS"
    args = "".join(
        tc.function.arguments or "" for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or []
    )
    assert args == text[5:]
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"
    plain = ask(gateway, "cached", text)[2][0]
    assert plain.choices[0].message.tool_calls[0].function.arguments == text[5:]
    assert len(model_bodies()) == 1


def test_projects_do_not_share_entries_but_teammates_do(gateway, model_bodies):
    text = unique()
    assert ask(gateway, "cached", text)[1] == "MISS"
    assert ask(gateway, "cached", text, key=ADMIN_KEY)[1] == "MISS"  # another project
    assert ask(gateway, "cached", text, key=TEAMMATE_KEY)[1] == "HIT"  # the same project
    assert len(model_bodies()) == 2


def test_key_scope_separates_keys_and_global_scope_shares_across_projects(gateway, model_bodies):
    text = unique()
    assert ask(gateway, "cached-by-key", text)[1] == "MISS"
    assert ask(gateway, "cached-by-key", text, key=TEAMMATE_KEY)[1] == "MISS"
    assert ask(gateway, "cached-by-key", text)[1] == "HIT"
    assert ask(gateway, "cached-global", text)[1] == "MISS"
    assert ask(gateway, "cached-global", text, key=ADMIN_KEY)[1] == "HIT"
    assert len(model_bodies()) == 3


def test_no_cache_skips_the_lookup_and_no_store_skips_the_write(gateway, model_bodies):
    text = unique()
    ask(gateway, "cached", text)
    assert ask(gateway, "cached", text, headers={"Cache-Control": "no-cache"})[1] == "MISS"
    assert ask(gateway, "cached", text)[1] == "HIT"
    other = unique()
    assert ask(gateway, "cached", other, headers={"Cache-Control": "no-store"})[1] == "MISS"
    assert ask(gateway, "cached", other)[1] == "MISS"
    assert ask(gateway, "cached", other)[1] == "HIT"
    assert len(model_bodies()) == 4


def test_modes(gateway, model_bodies, redis_url):
    r = redis.Redis.from_url(redis_url)
    entries = lambda: len(list(r.scan_iter(match="rc:*")))  # noqa: E731
    text = unique()
    before = entries()
    assert [ask(gateway, "cached-read-only", text)[1] for _ in range(2)] == ["MISS", "MISS"]
    assert entries() == before  # read-only never writes
    assert [ask(gateway, "cached-write-only", text)[1] for _ in range(2)] == ["MISS", "MISS"]
    assert eventually(lambda: entries() == before + 1)  # write-only writes, never serves
    assert [ask(gateway, "cached-off", text)[1] for _ in range(2)] == ["BYPASS", "BYPASS"]
    assert len(model_bodies()) == 6


def test_a_chain_edit_is_a_new_entry(gateway, model_bodies, settings):
    text = unique()
    ask(gateway, "cached", text)
    assert ask(gateway, "cached", text)[1] == "HIT"
    edited = e2e_settings()
    # noop1 changes nothing in the request, but the chain is not the one the entry was made under.
    edited["models"]["cached"]["interceptors"] = ["noop1", "cache"]
    settings.write_text(__import__("json").dumps(edited))
    assert eventually(lambda: ask(gateway, "cached", text)[1] == "MISS")
    assert ask(gateway, "cached", text)[1] == "HIT"
    assert len(model_bodies()) == 2


def test_identical_requests_arriving_together_call_the_model_once(gateway, model_bodies):
    text = unique("SLOW tell me a story")
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda i: ask(gateway, "cached", text, stream=bool(i % 2)), range(6)))
    assert all(answer == text for answer, _, _ in results)
    assert sorted(cache for _, cache, _ in results) == ["HIT"] * 5 + ["MISS"]
    assert len(model_bodies()) == 1


def test_answers_that_did_not_complete_are_not_stored(gateway, stack, model_bodies):
    before = metric(stack, "cache", "response_cache_stored_total", outcome="incomplete")
    # The model dies mid-stream.
    for _ in range(2):
        with pytest.raises(openai.APIError):
            ask(gateway, "cached-midstream", "x", stream=True)
    # A post-interceptor behind the cache cuts the answer.
    toxic = unique("You are a worthless idiot and a stupid moron.")
    for _ in range(2):
        _, cache, chunks = ask(gateway, "cached-then-checked", toxic)
        assert cache == "MISS" and chunks[0].choices[0].finish_reason == "content_filter"
    # The client goes away mid-answer.
    with httpx.stream(
        "POST",
        f"{gateway}/openai/deployments/cached-gated/chat/completions",
        headers={"Api-Key": API_KEY},
        timeout=20,
        json={"stream": True, "messages": [{"role": "user", "content": "x"}]},
    ) as resp:
        next(line for line in resp.iter_lines() if line.startswith("data:"))
    assert eventually(
        lambda: metric(stack, "cache", "response_cache_stored_total", outcome="incomplete") >= before + 5
    )
    assert len(model_bodies()) == 2  # the two toxic answers: neither was served from the cache


def test_an_answer_larger_than_the_limit_is_passed_through_not_stored(gateway, model_bodies):
    text = unique("word " * 400)
    assert [ask(gateway, "cached-small", text)[:2] for _ in range(2)] == [(text, "MISS")] * 2
    assert len(model_bodies()) == 2


def test_an_invalid_entry_configuration_is_a_clear_4xx(gateway, model_bodies):
    with pytest.raises(openai.APIStatusError) as err:
        ask(gateway, "cached-bad-config", "hi")
    assert 400 <= err.value.status_code < 500
    assert "interceptor_configuration.ttl" in err.value.message
    assert model_bodies() == []


@pytest.fixture
def volatile_redis(tmp_path):
    binary = shutil.which("redis-server")
    args = [
        binary,
        "--port",
        str(VOLATILE_REDIS_PORT),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(tmp_path),
    ]

    class Control:
        proc: subprocess.Popen | None = None

        def start(self):
            self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
            client = redis.Redis(port=VOLATILE_REDIS_PORT)
            assert eventually(lambda: _pings(client))

        def stop(self):
            self.proc.terminate()
            self.proc.wait(10)

    control = Control()
    control.start()
    yield control
    if control.proc.poll() is None:
        control.stop()


def _pings(client) -> bool:
    try:
        return client.ping()
    except redis.ConnectionError:
        return False


def test_requests_keep_working_while_redis_is_down(gateway, stack, volatile_redis, model_bodies):
    text = unique()
    ask(gateway, "cached-volatile", text)
    assert eventually(lambda: ask(gateway, "cached-volatile", text)[1] == "HIT")
    errors = metric(stack, "cache-volatile", "response_cache_store_errors_total")
    volatile_redis.stop()
    for stream in (False, True, False, True):
        other = unique()
        assert ask(gateway, "cached-volatile", other, stream=stream)[:2] == (other, "MISS")
    assert metric(stack, "cache-volatile", "response_cache_store_errors_total") > errors
    log = (stack.log_dir / "cache-volatile.log").read_text()
    assert "cache store get failed (ConnectionError); serving uncached" in log
    volatile_redis.start()  # and caching resumes once Redis is back
    back = unique()
    time.sleep(0.6)
    ask(gateway, "cached-volatile", back)
    assert eventually(lambda: ask(gateway, "cached-volatile", back)[1] == "HIT")


PEOPLE = [
    ("John Smith", "john.smith@example.com", "+1 415-555-0134"),
    ("Maria Garcia", "maria.garcia@example.org", "+1 212-555-0199"),
]


def test_two_conversations_differing_only_in_pii_share_one_entry(gateway, model_bodies):
    tag = uuid.uuid4().hex[:6]
    answers = []
    for name, email, phone in PEOPLE:
        text = f"Hi, I am {name}, my email is {email} and my phone is {phone}. Ref {tag}."
        answer, cache, _ = ask(gateway, "private-cached", text, stream=name.startswith("Maria"))
        answers.append((answer, cache))
        assert answer == text  # each user gets their own values back
    assert [c for _, c in answers] == ["MISS", "HIT"]
    bodies = model_bodies()
    assert len(bodies) == 1
    assert "[PERSON_1]" in bodies[0]["messages"][-1]["content"]


def is_fernet_token(value: bytes) -> bool:
    """A whole value that is a Fernet token: version 0x80, timestamp, IV, AES blocks, HMAC, and
    nothing else (the decoder skips what follows the padding and characters outside the alphabet, so
    the value must be exactly the token's canonical encoding)."""
    try:
        raw = base64.urlsafe_b64decode(value)
    except (binascii.Error, ValueError):
        return False
    canonical = base64.urlsafe_b64encode(raw) == value
    return canonical and raw[:1] == b"\x80" and len(raw) >= 73 and (len(raw) - 57) % 16 == 0


def plaintext_in_redis(r: redis.Redis) -> list[bytes]:
    """Every key and value in Redis, read value by value (a stream's entries, a hash's fields), with
    each vault ciphertext left out: random base64 matches a short name by chance now and then (the
    shared test Redis holds half a megabyte of it), and a Fernet token cannot carry a plaintext."""
    parts: list[bytes] = []
    for key in r.scan_iter(count=1000):
        parts.append(key)
        kind = r.type(key)
        if kind == b"string":
            parts.append(r.get(key) or b"")
        elif kind == b"hash":
            for field, value in r.hgetall(key).items():
                parts += [field, value]
        elif kind == b"list":
            parts += r.lrange(key, 0, -1)
        elif kind == b"set":
            parts += list(r.smembers(key))
        elif kind == b"zset":
            parts += r.zrange(key, 0, -1)
        elif kind == b"stream":
            for entry_id, fields in r.xrange(key):
                parts.append(entry_id)
                for field, value in fields.items():
                    parts += [field, value]
        else:
            raise AssertionError(f"unexpected Redis type {kind!r} at {key!r}")
    tokens = [p for p in parts if is_fernet_token(p)]
    assert tokens, "the vault holds its values as Fernet tokens"
    return [p for p in parts if not is_fernet_token(p)]


def test_no_original_value_is_anywhere_in_redis(gateway, redis_url, model_bodies):
    for name, email, phone in PEOPLE:
        for stream in (False, True):
            text = unique(f"Please write to {name} at {email} or call {phone}.")
            ask(gateway, "private-cached", text, stream=stream)
            ask(gateway, "private-cached", text, stream=not stream)
    r = redis.Redis.from_url(redis_url)
    dump = b"\n".join(plaintext_in_redis(r))
    cached = [k for k in r.scan_iter(match="rc:*")]
    assert cached and b"[PERSON_1]" in b"".join(r.get(k) or b"" for k in cached)
    for name, email, phone in PEOPLE:
        for value in (name, email, phone, *name.split(), email.split("@")[0]):
            assert value.encode() not in dump, value
