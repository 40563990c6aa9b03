"""Operating the gateway: quotas shared by replicas, usage events, metrics, tracing, shutdown."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import ADMIN_KEY, API_KEY, TEAMMATE_KEY


def chat(base: str, model: str, text: str = "hi there", key: str = API_KEY, **kw) -> httpx.Response:
    return httpx.post(f"{base}/openai/deployments/{model}/chat/completions", headers={"Api-Key": key},
                      json={"messages": [{"role": "user", "content": text}], **kw}, timeout=20)


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
    first = client.chat.completions.create(model="limited-tokens", stream=True,
                                           stream_options={"include_usage": True},
                                           messages=[{"role": "user", "content": "one two three four five "
                                                      "six seven eight"}])
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


def test_two_replicas_share_quotas_and_a_chain_in_flight(gateway, second_gateway, model_bodies):
    # Entered on the second replica; the noop interceptor calls back to the first one with the
    # per-request key the second made: the chain continues there.
    resp = chat(second_gateway, "limited-shared", "from replica b")
    assert resp.status_code == 200 and resp.json()["choices"][0]["message"]["content"] == "from replica b"
    assert chat(gateway, "limited-shared").status_code == 200
    assert chat(second_gateway, "limited-shared").status_code == 200
    assert chat(gateway, "limited-shared").status_code == 429  # 3 per day, counted across both
    assert chat(second_gateway, "limited-shared").status_code == 429
    assert len(model_bodies()) == 3
    assert limits(second_gateway, "limited-shared")["dayRequestStats"] == {"total": 3, "used": 3}
