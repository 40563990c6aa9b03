"""Streaming is unbuffered and cancellable; chains change without restart; a dead interceptor is
never skipped."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest
import redis

from tests.conftest import API_KEY, e2e_settings, eventually

H = {"Api-Key": API_KEY}


def chat(gateway: str, model: str, text: str = "hi", **kw) -> httpx.Response:
    return httpx.post(
        f"{gateway}/openai/deployments/{model}/chat/completions",
        headers=H,
        json={"messages": [{"role": "user", "content": text}], **kw},
        timeout=20,
    )


def test_stream_events_reach_the_client_before_the_model_finishes(gateway, stack):
    doubles = stack.url("doubles")
    with httpx.stream(
        "POST",
        f"{gateway}/openai/deployments/gated/chat/completions",
        headers=H,
        json={"stream": True, "messages": [{"role": "user", "content": "x"}]},
        timeout=20,
    ) as resp:
        lines = resp.iter_lines()
        first = next(line for line in lines if line.startswith("data:"))
        # The model is still waiting for /release: the gateway and the interceptor did not buffer.
        assert '"first "' in first
        httpx.post(f"{doubles}/release")
        rest = list(lines)
    assert any('"second"' in line for line in rest)
    assert [line for line in rest if line][-1] == "data: [DONE]"


def test_a_client_that_disconnects_cancels_the_model_call(gateway, stack):
    doubles = stack.url("doubles")
    before = httpx.get(f"{doubles}/state").json()["cancelled"]
    with httpx.stream(
        "POST",
        f"{gateway}/openai/deployments/gated/chat/completions",
        headers=H,
        json={"stream": True, "messages": [{"role": "user", "content": "x"}]},
        timeout=20,
    ) as resp:
        next(line for line in resp.iter_lines() if line.startswith("data:"))
    # leaving the block closed the connection mid-stream
    assert eventually(lambda: httpx.get(f"{doubles}/state").json()["cancelled"] > before)


def test_a_chain_edit_takes_effect_without_restart(gateway, settings):
    assert chat(gateway, "plain").json()["choices"][0]["message"]["content"] == "hi"
    edited = e2e_settings()
    edited["models"]["plain"]["interceptors"] = ["tag-c", "tag-a"]
    settings.write_text(json.dumps(edited))
    seen = eventually(
        lambda: chat(gateway, "plain").json()["choices"][0]["message"]["content"] == "hi [C] [A]"
    )
    assert seen


def test_a_broken_edit_keeps_the_last_good_settings(gateway, settings):
    settings.write_text('{"models": {"plain": {"endpoint": "x", "bogus": 1}}}')
    time.sleep(0.8)  # several poll periods
    assert chat(gateway, "plain").status_code == 200
    assert chat(gateway, "chain3").status_code == 200


def test_a_killed_interceptor_gives_502_and_the_model_is_never_called(gateway, stack):
    doubles = stack.url("doubles")
    httpx.delete(f"{doubles}/calls")
    stack.stop_service("noop")
    try:
        for stream in (False, True):
            resp = chat(gateway, "chain3", stream=stream)
            assert resp.status_code == 502
            assert "noop1" in resp.json()["error"]["message"]
        assert httpx.get(f"{doubles}/calls").json() == []
    finally:
        stack.start_service(next(s for s in stack.services if s.name == "noop"))
        stack.wait_healthy("noop")
    assert chat(gateway, "chain3").status_code == 200


def _leave_mid_request(base: str, model: str, started) -> float:
    """Send a chat request on a raw connection, wait until the model has it, hang up; the time."""
    url = urlsplit(base)
    body = json.dumps({"messages": [{"role": "user", "content": "x"}]}).encode()
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(
            f"POST /openai/deployments/{model}/chat/completions HTTP/1.1\r\nHost: x\r\n"
            f"Api-Key: {API_KEY}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        assert eventually(started, timeout=10), "the model was never called"
    return time.monotonic()


@pytest.mark.parametrize("entered_on", ["same replica", "another replica"])
def test_a_client_that_disconnects_cancels_the_whole_chain_at_once(
    entered_on, gateway, second_gateway, stack, redis_url
):
    # `hung`: two interceptors, then a model that never answers. On "another replica" the chain is
    # entered on the second gateway and every call back lands on the first.
    doubles = stack.url("doubles")
    before = httpx.get(f"{doubles}/state").json()
    base = gateway if entered_on == "same replica" else second_gateway

    def started() -> bool:
        return httpx.get(f"{doubles}/state").json()["hang_started"] > before["hang_started"]

    def cancelled() -> bool:
        return httpx.get(f"{doubles}/state").json()["hang_cancelled"] > before["hang_cancelled"]

    left = _leave_mid_request(base, "hung", started)
    # Well before any hop's read timeout (3 s for the model, more for the interceptors).
    assert eventually(cancelled, timeout=2.0), "the model call outlived the client"
    assert time.monotonic() - left < 2.5
    hop_keys = redis.Redis.from_url(redis_url)
    assert eventually(lambda: hop_keys.keys("gw:hop:*") == [], timeout=2.0)
