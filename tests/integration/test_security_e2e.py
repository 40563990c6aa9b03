"""Every auth and per-request-key abuse case is refused, with a JSON error that says why."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import ADMIN_KEY, API_KEY

CHAT = "/openai/deployments/{}/chat/completions"
BODY = {"messages": [{"role": "user", "content": "hi"}]}


def post(gateway: str, deployment: str, headers: dict, body=BODY, **kw) -> httpx.Response:
    return httpx.post(gateway + CHAT.format(deployment), json=body, headers=headers, timeout=20, **kw)


def error_of(resp: httpx.Response) -> dict:
    assert resp.headers["content-type"].startswith("application/json")
    err = resp.json()["error"]
    assert err["message"] and err["type"] and err["code"] == str(resp.status_code)
    return err


@pytest.mark.parametrize(
    ("headers", "status", "words"),
    [
        ({}, 401, "API key"),
        ({"Api-Key": "nope"}, 401, "Unknown API key"),
        ({"Authorization": "Bearer nope"}, 401, "Unknown API key"),
        ({"Authorization": "Basic abc"}, 401, "Bearer"),
        ({"Api-Key": API_KEY, "Authorization": f"Bearer {ADMIN_KEY}"}, 400, "not two"),
        ({"Api-Key": "x" * 32}, 401, "Unknown API key"),  # a forged per-request key
    ],
)
def test_bad_credentials_are_refused(gateway, headers, status, words):
    resp = post(gateway, "plain", headers)
    assert resp.status_code == status
    assert words in error_of(resp)["message"]


def test_bearer_api_key_and_same_api_key_header_together_are_accepted(gateway):
    resp = post(gateway, "plain", {"Api-Key": API_KEY, "Authorization": f"Bearer {API_KEY}"})
    assert resp.status_code == 200


def test_user_roles_restrict_a_deployment(gateway):
    resp = post(gateway, "restricted", {"Api-Key": API_KEY})
    assert resp.status_code == 403
    assert "restricted" in error_of(resp)["message"]
    assert post(gateway, "restricted", {"Api-Key": ADMIN_KEY}).status_code == 200


def test_listings_are_filtered_by_user_roles(gateway):
    for path in ("/openai/models", "/openai/deployments", "/v1/models"):
        ids = {m["id"] for m in httpx.get(gateway + path, headers={"Api-Key": API_KEY}).json()["data"]}
        admin = {m["id"] for m in httpx.get(gateway + path, headers={"Api-Key": ADMIN_KEY}).json()["data"]}
        assert "restricted" not in ids and "restricted" in admin and "demo" in ids, path


def test_model_listing_has_dial_fields(gateway):
    resp = httpx.get(gateway + "/openai/models/demo", headers={"Api-Key": API_KEY})
    data = resp.json()
    assert data["id"] == "demo" and data["capabilities"]["chat_completion"] is True
    assert "features" in data


def test_a_client_cannot_call_the_reserved_interceptor_deployment(gateway):
    resp = post(gateway, "interceptor", {"Api-Key": API_KEY})
    assert resp.status_code == 403
    assert "reserved" in error_of(resp)["message"]


def test_an_interceptor_cannot_skip_reuse_or_misuse_its_key(gateway, stack):
    resp = post(gateway, "evil-chain", {"Api-Key": API_KEY})
    assert resp.status_code == 200
    report = json.loads(resp.json()["choices"][0]["message"]["content"])
    assert report["wrong_api"] == 400  # an embeddings call on a chat chain
    assert report["model_direct"] == 403  # around the chain, straight to the model
    assert report["continue"] == 200  # the one legitimate continuation
    assert report["continue_again"] == 403  # the key is spent
    finished = post(gateway, "interceptor", {"Api-Key": report["key"]})
    assert finished.status_code == 401  # the hop ended: its key is gone


def test_per_request_keys_are_deleted_from_redis_after_the_request(gateway, redis_url):
    import redis

    post(gateway, "chain3", {"Api-Key": API_KEY})
    post(gateway, "chain3", {"Api-Key": API_KEY}, body={**BODY, "stream": True})
    assert redis.Redis.from_url(redis_url).keys("gw:hop:*") == []
