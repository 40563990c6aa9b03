"""Operating the gateway: quotas shared by replicas, usage events, metrics, tracing, shutdown."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import ADMIN_KEY, API_KEY, SECURED_KEY, TEAMMATE_KEY, eventually


def chat(base: str, model: str, text: str = "hi there", key: str = API_KEY, **kw) -> httpx.Response:
    return httpx.post(
        f"{base}/openai/deployments/{model}/chat/completions",
        headers={"Api-Key": key},
        json={"messages": [{"role": "user", "content": text}], **kw},
        timeout=20,
    )


def limits(base: str, model: str, key: str = API_KEY) -> dict:
    resp = httpx.get(f"{base}/v1/deployments/{model}/limits", headers={"Api-Key": key})
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_a_request_limit_gives_429_with_retry_after_and_the_limit_in_the_message(gateway, model_bodies):
    assert [chat(gateway, "limited-requests").status_code for _ in range(2)] == [200, 200]
    refused = chat(gateway, "limited-requests")
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert "hour limit 2 / 2 requests" in error["message"] and "proj-a" in error["message"]
    assert 1 <= int(refused.headers["retry-after"]) <= 3600
    assert len(model_bodies()) == 2  # the refused request never reached the model
    # The same project's other key shares the quota (DIAL counts per project).
    assert chat(gateway, "limited-requests", key=TEAMMATE_KEY).status_code == 429
    stats = limits(gateway, "limited-requests")
    assert stats["hourRequestStats"] == {"total": 2, "used": 2}
    assert stats["minuteTokenStats"]["total"] == 9223372036854775807


def test_a_token_limit_is_checked_after_the_chain_and_counts_the_models_usage(gateway, client):
    # The echo model's usage: 3 prompt tokens + one per word. 8 words -> 11 tokens >= 10.
    first = client.chat.completions.create(
        model="limited-tokens",
        stream=True,
        stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "one two three four five six seven eight"}],
    )
    assert "".join(c.choices[0].delta.content or "" for c in first if c.choices)
    with pytest.raises(openai.RateLimitError) as err:  # through the noop interceptor's SDK
        client.chat.completions.create(model="limited-tokens", messages=[{"role": "user", "content": "x"}])
    assert "minute limit 11 / 10 tokens" in err.value.message
    assert int(err.value.response.headers["retry-after"]) <= 60
    assert limits(gateway, "limited-tokens")["minuteTokenStats"] == {"total": 10, "used": 11}
    assert limits(gateway, "limited-tokens")["dayTokenStats"] == {"total": 1000, "used": 11}


def test_the_largest_limit_of_the_callers_roles_applies(gateway):
    assert chat(gateway, "limited-by-role", key=API_KEY).status_code == 200
    assert chat(gateway, "limited-by-role", key=API_KEY).status_code == 429  # default: 1 per hour
    # admin-key has roles admin (3 per hour) and default (1): 3 apply, in its own project.
    statuses = [chat(gateway, "limited-by-role", key=ADMIN_KEY).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_a_zero_limit_denies_access(gateway):
    resp = chat(gateway, "denied")
    assert resp.status_code == 403 and resp.json()["error"]["message"] == "Access denied"


def test_two_replicas_share_quotas_and_a_chain_in_flight(gateway, second_gateway, model_bodies, stack):
    # Entered on the second replica; the noop interceptor calls back to the first one with the
    # per-request key the second made: the chain continues there.
    resp = chat(second_gateway, "limited-shared", "from replica b")
    assert resp.status_code == 200 and resp.json()["choices"][0]["message"]["content"] == "from replica b"
    # The model was called from the first replica; the second, which answered the client, emits
    # the usage event with the model's token counts (shared through Redis).
    e = event_for(stack, resp)
    assert (e["model_called"], e["total_tokens"]) == (True, 6)
    assert chat(gateway, "limited-shared").status_code == 200
    assert chat(second_gateway, "limited-shared").status_code == 200
    assert chat(gateway, "limited-shared").status_code == 429  # 3 per day, counted across both
    assert chat(second_gateway, "limited-shared").status_code == 429
    assert len(model_bodies()) == 3
    assert limits(second_gateway, "limited-shared")["dayRequestStats"] == {"total": 3, "used": 3}


def events(stack, rid: str) -> list[dict]:
    path = stack.log_dir / "events.jsonl"
    lines = path.read_text().splitlines() if path.exists() else []
    return [e for e in map(json.loads, lines) if e.get("request_id") == rid and e.get("event") == "usage"]


def event_for(stack, resp) -> dict:
    rid = resp.headers["x-request-id"]
    found = eventually(lambda: events(stack, rid))
    assert len(found) == 1, found
    return found[0]


def test_usage_events_for_plain_and_streamed_requests_with_the_models_token_counts(gateway, stack, redis_url):
    plain = chat(gateway, "chain3", "count these five words")
    e = event_for(stack, plain)
    assert (e["status"], e["stream"], e["model_called"]) == (200, False, True)
    assert (e["prompt_tokens"], e["completion_tokens"], e["total_tokens"]) == (3, 4, 7)
    assert e["project"] == "proj-a" and e["key_id"] and e["deployment"] == "chain3"
    assert e["chain"] == ["noop1", "noop2", "noop3"] and e["client"] == "127.0.0.1"
    assert e["latency_ms"] > 0 and e["cost"] is None
    with httpx.stream(
        "POST",
        f"{gateway}/openai/deployments/chain3/chat/completions",
        headers={"Api-Key": API_KEY},
        timeout=20,
        json={"stream": True, "messages": [{"role": "user", "content": "a b c d e f"}]},
    ) as r:
        body = r.read()
    assert b"[DONE]" in body
    e = event_for(stack, r)
    assert (e["stream"], e["prompt_tokens"], e["completion_tokens"], e["total_tokens"]) == (True, 3, 6, 9)
    assert e["ttfb_ms"] is not None and e["ttfb_ms"] <= e["latency_ms"]
    # Published to the Redis Stream too; no key, no text anywhere in the event.
    stream = redis.Redis.from_url(redis_url).xrange("gw:events:usage")
    assert any(json.loads(fields[b"event"])["request_id"] == e["request_id"] for _, fields in stream)
    for ev in (e, event_for(stack, plain)):
        assert API_KEY not in json.dumps(ev) and "count these" not in json.dumps(ev)


def test_a_direct_upstream_is_asked_for_stream_usage_and_the_client_does_not_see_it(gateway, stack, client):
    raw = client.chat.completions.with_raw_response.create(
        model="priced", stream=True, messages=[{"role": "user", "content": "one two three"}]
    )
    chunks = list(raw.parse())
    assert all(c.choices for c in chunks)  # no usage-only chunk the client did not ask for
    e = event_for(stack, raw)
    assert (e["prompt_tokens"], e["completion_tokens"]) == (3, 3)
    assert e["cost"] == pytest.approx(3 * 0.000002 + 3 * 0.000008)
    asked = client.chat.completions.create(
        model="priced",
        stream=True,
        stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "one two"}],
    )
    assert [c.usage.total_tokens for c in asked if c.usage] == [5]


def test_refused_requests_have_events_without_tokens(gateway, stack):
    blocked = chat(gateway, "guarded", "You are a worthless idiot and a stupid moron.")
    e = event_for(stack, blocked)
    assert (e["status"], e["model_called"], e["total_tokens"]) == (400, False, None)
    assert event_for(stack, chat(gateway, "denied"))["status"] == 403


def samples(url: str) -> dict[tuple, float]:
    body = httpx.get(f"{url}/metrics").text
    out = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            out[(s.name, *sorted(s.labels.items()))] = s.value
    return out


def value(metrics: dict, name: str, **labels) -> float:
    return metrics.get((name, *sorted(labels.items())), 0.0)


def test_metrics_move_with_requests_refusals_hops_tokens_and_interceptor_reports(gateway, stack):
    before = samples(gateway)
    assert chat(gateway, "chain3", "one two three").status_code == 200
    chat(gateway, "denied")
    for _ in range(2):
        chat(gateway, "cached", "metrics please")
    blocked = chat(gateway, "guarded", "You are a worthless idiot and a stupid moron.")
    assert blocked.status_code == 400
    after = eventually(
        lambda: (m := samples(gateway))
        and value(m, "gateway_requests_total", deployment="guarded", status="400")
        > value(before, "gateway_requests_total", deployment="guarded", status="400")
        and m
    )
    grew = lambda name, **labels: value(after, name, **labels) - value(before, name, **labels)  # noqa: E731
    assert grew("gateway_requests_total", deployment="chain3", status="200") == 1
    assert grew("gateway_errors_total", deployment="denied", status="403") == 1
    assert grew("gateway_request_duration_seconds_count", deployment="chain3") == 1
    assert grew("gateway_time_to_first_byte_seconds_count", deployment="chain3") == 1
    assert grew("gateway_hop_duration_seconds_count", deployment="chain3", hop="noop2") == 1
    assert grew("gateway_hop_duration_seconds_count", deployment="chain3", hop="model") == 1
    assert grew("gateway_tokens_total", deployment="chain3", kind="completion") == 3
    assert grew("gateway_interceptor_reports_total", header="x-cache", value="HIT") >= 1
    # The interceptors' own counters, at their services' /metrics.
    tox = samples(stack.url("toxicity"))
    assert value(tox, "toxicity_violations_total", direction="prompt", action="block") >= 1
    chat(gateway, "private", "Write to john.smith@example.com please.")
    assert value(samples(stack.url("pii")), "pii_entities_total", entity="EMAIL_ADDRESS") >= 1


def test_a_refused_request_moves_the_rate_limit_counter(gateway):
    before = value(
        samples(gateway), "gateway_rate_limited_total", deployment="limited-requests", window="request_hour"
    )
    statuses = [chat(gateway, "limited-requests").status_code for _ in range(3)]  # the limit is 2
    assert 429 in statuses
    after = value(
        samples(gateway), "gateway_rate_limited_total", deployment="limited-requests", window="request_hour"
    )
    assert after > before


def test_traceparent_is_continued_through_every_hop_to_the_model(gateway, stack, model_bodies):
    calls = f"{stack.url('doubles')}/calls"
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    parent = f"00-{trace_id}-00f067aa0ba902b7-01"
    resp = httpx.post(
        f"{gateway}/openai/deployments/private-chain/chat/completions",
        headers={"Api-Key": API_KEY, "traceparent": parent},
        json={"messages": [{"role": "user", "content": "trace me"}]},
        timeout=20,
    )
    assert resp.status_code == 200
    sent = httpx.get(calls).json()[-1]["headers"]["traceparent"]
    version, tid, span, flags = sent.split("-")
    assert (version, tid, flags) == ("00", trace_id, "01") and span != "00f067aa0ba902b7"
    assert event_for(stack, resp)["trace_id"] == trace_id
    fresh = chat(gateway, "plain", "no trace given")
    given = httpx.get(calls).json()[-1]["headers"]["traceparent"].split("-")[1]
    assert event_for(stack, fresh)["trace_id"] == given and given != trace_id


def test_a_replica_stopping_finishes_the_stream_in_flight(second_gateway, stack):
    doubles = stack.url("doubles")
    with httpx.stream(
        "POST",
        f"{second_gateway}/openai/deployments/gated/chat/completions",
        headers={"Api-Key": API_KEY},
        timeout=20,
        json={"stream": True, "messages": [{"role": "user", "content": "x"}]},
    ) as resp:
        lines = resp.iter_lines()
        assert '"first "' in next(line for line in lines if line.startswith("data:"))
        stack.procs["gateway-b"].terminate()  # SIGTERM: stop taking requests, finish these
        time.sleep(0.5)
        httpx.post(f"{doubles}/release")
        rest = list(lines)
    assert any('"second"' in line for line in rest)
    assert [line for line in rest if line][-1] == "data: [DONE]"
    # Then it exits (uvicorn re-raises the SIGTERM it handled: -15).
    assert stack.procs["gateway-b"].wait(10) in (0, -15)


def audit_events(stack, rid: str) -> list[dict]:
    path = stack.log_dir / "events.jsonl"
    return [
        e
        for e in map(json.loads, path.read_text().splitlines())
        if e["event"] == "audit" and e["request_id"] == rid
    ]


PII_PROMPT = "Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415-555-0134."
ORIGINALS = ("John", "Smith", "john.smith", "example.com", "415-555-0134")


def test_audit_events_hold_the_prompt_and_answer_anonymized_by_each_rule_list(gateway, stack, redis_url):
    for stream in (False, True):
        resp = httpx.post(
            f"{gateway}/openai/deployments/private/chat/completions",
            headers={"Api-Key": API_KEY},
            timeout=30,
            json={"stream": stream, "messages": [{"role": "user", "content": PII_PROMPT}]},
        )
        assert resp.status_code == 200 and "John Smith" in resp.text  # the client gets the values
        rid = resp.headers["x-request-id"]
        found = eventually(lambda rid=rid: len(audit_events(stack, rid)) == 2 and audit_events(stack, rid))
        by_list = {e["rule_list"]: e for e in found}
        masked = by_list["masked"]
        assert "<EMAIL>" in masked["prompt"][0]["content"] and "**********" in masked["prompt"][0]["content"]
        assert "<EMAIL>" in masked["answer"]  # the echoed answer, with the values restored, re-anonymized
        fake = by_list["fake-names"]["prompt"][0]["content"]
        assert "<EMAIL_ADDRESS>" in fake and "Hi, I am " in fake
        for e in found:
            for original in ORIGINALS:
                assert original not in json.dumps(e), (e["rule_list"], original)
        # A topic per rule list.
        topic = redis.Redis.from_url(redis_url).xrange("gw:audit:masked")
        assert any(json.loads(f[b"event"])["request_id"] == rid for _, f in topic)
        for _, f in topic:
            for original in ORIGINALS:
                assert original.encode() not in f[b"event"]


def test_a_secured_keys_requests_are_audited_without_content(gateway, stack):
    resp = chat(gateway, "plain", PII_PROMPT, key=SECURED_KEY)
    found = eventually(lambda: audit_events(stack, resp.headers["x-request-id"]))
    assert found and all(e["content"] == "withheld: secured key" and "prompt" not in e for e in found)
    assert "John" not in json.dumps(found)


def test_without_the_anonymizer_the_audit_event_has_no_content(gateway, stack):
    stack.stop_service("pii")
    try:
        resp = chat(gateway, "plain", PII_PROMPT)
        found = eventually(lambda: audit_events(stack, resp.headers["x-request-id"]))
    finally:
        stack.start_service(next(s for s in stack.services if s.name == "pii"))
        stack.wait_healthy("pii")
    assert found and all(e["content"] == "withheld: the anonymizer was unavailable" for e in found)
    assert "John" not in json.dumps(found)
