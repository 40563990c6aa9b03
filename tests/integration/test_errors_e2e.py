"""Bad input gets a clear 4xx JSON error, never a 500; failing hops give JSON 502/504."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import API_KEY

H = {"Api-Key": API_KEY}


def check_error(resp: httpx.Response, status: int, words: str) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    err = resp.json()["error"]
    assert words.lower() in err["message"].lower(), err
    assert err["code"] == str(status)


@pytest.mark.parametrize(
    ("path", "kwargs", "status", "words"),
    [
        (
            "/openai/deployments/plain/chat/completions",
            {"content": b"{not json", "headers": {**H, "content-type": "application/json"}},
            400,
            "not valid JSON",
        ),
        (
            "/openai/deployments/plain/chat/completions",
            {"content": b"[1, 2]", "headers": {**H, "content-type": "application/json"}},
            400,
            "JSON object",
        ),
        (
            "/openai/deployments/plain/chat/completions",
            {"content": b"hello", "headers": {**H, "content-type": "text/plain"}},
            415,
            "application/json",
        ),
        (
            "/openai/deployments/nope/chat/completions",
            {"json": {"messages": []}, "headers": H},
            404,
            "not defined",
        ),
        ("/v1/chat/completions", {"json": {"messages": []}, "headers": H}, 400, "`model`"),
        ("/v1/chat/completions", {"json": {"model": 3}, "headers": H}, 400, "`model`"),
        (
            "/openai/deployments/plain/chat/completions",
            {"content": b"x" * (16 * 1024 * 1024 + 1), "headers": {**H, "content-type": "application/json"}},
            413,
            "too large",
        ),
        ("/nowhere", {"json": {}, "headers": H}, 404, "No route"),
    ],
)
def test_bad_requests_get_a_json_4xx(gateway, path, kwargs, status, words):
    check_error(httpx.post(gateway + path, timeout=20, **kwargs), status, words)


def test_get_on_a_post_route_is_405(gateway):
    check_error(httpx.get(gateway + "/openai/deployments/plain/chat/completions", headers=H), 405, "POST")


def test_health_and_version_need_no_key(gateway):
    assert httpx.get(gateway + "/health").json() == {"status": "ok"}
    assert "version" in httpx.get(gateway + "/version").json()


def test_cors_preflight_needs_no_key(gateway):
    resp = httpx.options(gateway + "/v1/chat/completions", headers={"Access-Control-Request-Method": "POST"})
    assert resp.status_code == 200
    assert resp.headers["access-control-allow-origin"] == "*"


def test_an_interceptor_that_times_out_gives_504(gateway):
    resp = httpx.post(
        gateway + "/openai/deployments/slow-chain/chat/completions",
        headers=H,
        json={"messages": [{"role": "user", "content": "x"}]},
        timeout=30,
    )
    check_error(resp, 504, "slow")


def test_a_model_that_dies_mid_stream_ends_the_stream_with_an_error_event(gateway):
    with httpx.stream(
        "POST",
        gateway + "/openai/deployments/midstream/chat/completions",
        headers=H,
        json={"stream": True, "messages": [{"role": "user", "content": "x"}]},
        timeout=20,
    ) as resp:
        text = "".join(resp.iter_text())
    assert '"partial "' in text
    assert '"error"' in text and text.rstrip().endswith("data: [DONE]")
