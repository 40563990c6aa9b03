"""The holes found when the chain was attacked stay closed: client headers that reroute it, a vault
shared inside a project, forged identity headers sent to a service directly, bad input."""

from __future__ import annotations

import json

import httpx
import pytest

from interceptors.common import contract
from tests.conftest import API_KEY, TEAMMATE_KEY

CHAT = "/openai/deployments/{}/chat/completions"
NAME, EMAIL, PHONE = "Rosalind Okafor", "rosalind.okafor@example.org", "212-555-0143"
H = {"Api-Key": API_KEY}
H2 = {"Api-Key": TEAMMATE_KEY}


def chat(gateway: str, deployment: str, messages, headers=H, **extra) -> httpx.Response:
    return httpx.post(
        gateway + CHAT.format(deployment), headers=headers, timeout=30, json={"messages": messages, **extra}
    )


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def answer(resp: httpx.Response) -> str:
    assert resp.status_code == 200, resp.text
    return resp.json()["choices"][0]["message"]["content"]


def json_error(resp: httpx.Response, status: int) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json"), resp.text
    err = resp.json()["error"]
    assert err["message"] and err["code"] == str(status)
    return err


# 1. A client header must never choose the chain's route.
@pytest.mark.parametrize("value", ["plain", "interceptor,plain", "interceptor,interceptor,plain"])
def test_x_upstreams_from_a_client_cannot_route_around_the_anonymizer(gateway, model_bodies, value):
    """`guarded` runs the toxicity blocker, then the anonymizer. With X-UPSTREAMS honoured, the
    blocker's SDK called `plain` with the raw prompt, around the anonymizer."""
    resp = chat(
        gateway, "guarded", user(f"I am {NAME}, mail me at {EMAIL}"), headers={**H, "X-UPSTREAMS": value}
    )
    assert EMAIL in answer(resp)  # restored for the client
    seen = json.dumps(model_bodies())
    assert seen != "[]" and EMAIL not in seen and NAME not in seen, "the raw prompt reached a model"


@pytest.mark.parametrize(
    "header",
    [
        "X-Upstream-Endpoint",
        "X-Upstream-Key",
        "X-Upstream-Extra-Data",
        "X-DIAL-Deployment-Id",
        "X-DIAL-Override-Name",
    ],
)
def test_reserved_headers_from_a_client_never_reach_a_hop(gateway, stack, header):
    httpx.delete(f"{stack.url('doubles')}/calls")
    resp = chat(gateway, "plain", user("hello"), headers={**H, header: "client-value"})
    assert resp.status_code == 200
    calls = httpx.get(f"{stack.url('doubles')}/calls").json()
    assert calls and "client-value" not in json.dumps(calls[-1]["headers"])


def test_the_reserved_families_are_listed_in_one_place():
    for name in (
        "x-upstreams",
        "x-upstream-endpoint",
        "x-dial-application-id",
        "x-gateway-project",
        "x-gateway-signature",
    ):
        assert contract.is_reserved(name)
    for name in ("x-conversation-id", "api-key", "content-type", "x-job-title"):
        assert not contract.is_reserved(name)


# 2. The vault belongs to the key that filled it.
def test_another_key_of_the_project_cannot_read_the_vault_by_conversation_id(gateway):
    conv = {"X-Conversation-Id": "attack-shared-conversation"}
    assert EMAIL in answer(chat(gateway, "private", user(f"Mail me at {EMAIL}"), headers={**H, **conv}))
    # The model is asked to write the tokens (a model composes text; the echo model joins it).
    probe = "JOIN [EMAIL_ADDRESS|_1] [PERSON|_1] [PHONE_NUMBER|_1]"
    got = answer(chat(gateway, "private", user(probe), headers={**H2, **conv}))
    assert EMAIL not in got
    # The owner still gets its own values back in the same conversation.
    assert EMAIL in answer(chat(gateway, "private", user(probe), headers={**H, **conv}))


def test_another_key_cannot_read_the_vault_by_sending_the_same_first_messages(gateway):
    first = [
        {"role": "user", "content": "Hello there, a question about my account"},
        {"role": "assistant", "content": "Sure, go ahead."},
    ]
    mine = first + user(f"My phone is {PHONE}")
    assert PHONE in answer(chat(gateway, "private", mine))
    theirs = first + user("JOIN [PHONE_NUMBER|_1]")
    assert PHONE not in answer(chat(gateway, "private", theirs, headers=H2))


# 9. A service trusts identity headers only with the gateway's signature.
def _direct(stack, service: str, deployment: str, headers: dict) -> httpx.Response:
    return httpx.post(
        f"{stack.url(service)}{CHAT.format(deployment)}",
        timeout=20,
        headers={"api-key": "whatever", **headers},
        json={"messages": user("hi")},
    )


@pytest.mark.parametrize(
    ("service", "deployment"),
    [
        ("cache", "response-cache"),
        ("pii", "pii-anonymizer"),
        ("toxicity", "toxicity-blocker"),
        ("noop", "noop"),
    ],
)
def test_a_direct_call_with_forged_identity_headers_is_refused(stack, service, deployment):
    forged = {contract.PROJECT: "proj-a", contract.KEY_ID: "0123456789ab", contract.DEPLOYMENT: "cached"}
    json_error(_direct(stack, service, deployment, forged), 401)
    other = contract.sign(b"not-the-secret", contract.hop_parts(forged, "whatever"))
    json_error(_direct(stack, service, deployment, {**forged, contract.SIGNATURE: other}), 401)


def test_a_forged_project_cannot_read_its_cached_answers(gateway, stack, settings_file):
    """The cache answers a hit without calling anyone: a forged project once read another's."""
    from devstack.services import GATEWAY
    from gateway.chain import chain_identity
    from gateway.config.loader import load_config

    prompt = user(f"cached secret of proj-a {PHONE}")
    assert chat(gateway, "cached", prompt).status_code == 200  # now in proj-a's cache
    config = load_config([settings_file], env=stack.env_for(GATEWAY))
    forged = {
        contract.PROJECT: "proj-a",
        contract.DEPLOYMENT: "cached",
        contract.CHAIN: chain_identity(config, ("cache",), 0),
        "api-key": "whatever",
    }
    resp = httpx.post(
        f"{stack.url('cache')}{CHAT.format('response-cache')}",
        headers=forged,
        json={"messages": prompt},
        timeout=20,
    )
    json_error(resp, 401)
    assert PHONE not in resp.text


def test_a_signature_does_not_cover_other_identity_headers(stack):
    secret = stack.base_env[contract.SECRET_ENV].encode()
    signed = {contract.PROJECT: "proj-b", contract.KEY_ID: "0123456789ab", contract.DEPLOYMENT: "cached"}
    signature = contract.sign(secret, contract.hop_parts(signed, "whatever"))
    forged = {**signed, contract.PROJECT: "proj-a", contract.SIGNATURE: signature}
    json_error(_direct(stack, "cache", "response-cache", forged), 401)
    expired = contract.sign(secret, contract.hop_parts(signed, "whatever"), now=0)
    json_error(_direct(stack, "cache", "response-cache", {**signed, contract.SIGNATURE: expired}), 401)


def test_the_audit_route_is_not_open_to_anyone(stack):
    body = {"texts": [f"I am {NAME}"], "rule_lists": {"m": {"*": "keep"}}}
    resp = httpx.post(f"{stack.url('pii')}{contract.AUDIT_PATH}", json=body, timeout=20)
    json_error(resp, 401)
    assert NAME not in resp.text


# 11. Bad input: a JSON 4xx from the gateway, nothing passed on.
@pytest.mark.parametrize("n", [-1, 0, "5", 1e9, 10**9, True])
def test_a_bad_n_is_refused(gateway, n):
    assert json_error(chat(gateway, "cached", user("hi"), n=n), 400)["param"] == "n"


def test_a_deeply_nested_body_is_refused_by_the_gateway(gateway):
    deep = "[" * 1000 + "]" * 1000
    raw = b'{"messages": [{"role": "user", "content": "hi"}], "extra": ' + deep.encode() + b"}"
    resp = httpx.post(
        gateway + CHAT.format("chain3"),
        content=raw,
        timeout=20,
        headers={**H, "content-type": "application/json"},
    )
    assert "nested" in json_error(resp, 400)["message"]


@pytest.mark.parametrize(
    "content_type", ["application/jsonx", "text/plain; application/json", "application/json-patch+json"]
)
def test_only_json_is_json(gateway, content_type):
    resp = httpx.post(
        gateway + CHAT.format("plain"),
        content=b'{"messages": []}',
        timeout=20,
        headers={**H, "content-type": content_type},
    )
    json_error(resp, 415)


def test_cors_preflight_does_not_reflect_what_it_is_asked(gateway):
    resp = httpx.options(
        gateway + "/v1/chat/completions",
        headers={
            "Access-Control-Request-Method": "DELETE",
            "Access-Control-Request-Headers": "x-evil, api-key",
        },
    )
    assert "x-evil" not in resp.headers["access-control-allow-headers"]
    assert "DELETE" not in resp.headers["access-control-allow-methods"]


@pytest.mark.parametrize("service", ["pii", "cache", "toxicity", "noop"])
def test_services_answer_unknown_routes_with_our_json_error(stack, service):
    json_error(httpx.get(f"{stack.url(service)}/nowhere", timeout=10), 404)
    json_error(
        httpx.get(f"{stack.url(service)}{contract.AUDIT_PATH}", timeout=10)
        if service == "pii"
        else httpx.put(f"{stack.url(service)}/health", timeout=10),
        405,
    )


# 5. Every field the model reads is checked, not only message content.
def test_no_field_of_the_request_reaches_the_model_in_clear(gateway, model_bodies):
    schema = {
        "type": "object",
        "description": f"Facts about {NAME}",
        "properties": {"email": {"type": "string", "enum": [EMAIL, "none"]}},
    }
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {
                "role": "user",
                "name": "Rosalind",
                "content": [
                    {"type": "text", "text": "What is in the picture?"},
                    {
                        "type": "image_url",
                        "image_url": {"url": f"https://img.example.com/u/1.png?for={EMAIL}"},
                    },
                ],
                "custom_content": {
                    "attachments": [
                        {
                            "title": f"Letter to {NAME}.pdf",
                            "url": f"files/abc/{EMAIL}/letter.pdf",
                            "type": "application/pdf",
                        }
                    ]
                },
            },
        ],
        "user": EMAIL,
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "lookup",
                    "description": f"Looks up the account of {NAME} at {PHONE}",
                    "parameters": {
                        "type": "object",
                        "properties": {"who": {"type": "string", "description": f"for example {EMAIL}"}},
                    },
                },
            }
        ],
        "response_format": {"type": "json_schema", "json_schema": {"name": "facts", "schema": schema}},
    }
    resp = httpx.post(gateway + CHAT.format("private"), headers=H, json=body, timeout=30)
    assert resp.status_code == 200, resp.text
    seen = json.dumps(model_bodies())
    leaked = [v for v in (NAME, "Rosalind", "Okafor", EMAIL, PHONE) if v in seen]
    assert seen != "[]" and not leaked, f"reached the model: {leaked}"
    sent = model_bodies()[-1]
    assert sent["messages"][1]["name"].startswith("PERSON_")  # a bare token: the field takes no brackets


# 4. One large request cannot stall analysis for everyone.
def test_small_requests_are_not_stuck_behind_a_large_one(gateway):
    import threading
    import time

    from faker import Faker

    fake = Faker()
    fake.seed_instance(4)  # seeded: the names are the same on every run
    big = [{"role": "user", "content": f"Hi, this is {fake.name()}, about order {i}."} for i in range(3500)]
    done: list[tuple[str, int]] = []

    def run(label: str, messages: list[dict]) -> None:
        resp = chat(gateway, "private", messages, headers={**H, "X-Conversation-Id": f"stall-{label}"})
        done.append((label, resp.status_code))

    large = threading.Thread(target=run, args=("large", big))
    large.start()
    time.sleep(0.5)  # the large request is being analysed (if not, the small ones only gain)
    small = [
        threading.Thread(target=run, args=(f"small-{i}", user(f"Call {PHONE} please"))) for i in range(4)
    ]
    for t in small:
        t.start()
    for t in [large, *small]:
        t.join(60)
    order = [label for label, _ in done]
    assert len(done) == 5 and order[-1] == "large", order
    assert all(status == 200 for label, status in done if label != "large"), done
    assert dict(done)["large"] in (200, 504), done  # on time or refused: never left half done


# 10. A hung model is named, and a client that leaves cancels the whole chain at once.
def test_a_hung_model_behind_interceptors_is_the_hop_named(gateway):
    err = json_error(chat(gateway, "hung", user("hello")), 504)
    assert "Deployment 'hung'" in err["message"], err


def test_a_client_that_leaves_cancels_the_chain_and_its_keys(gateway, stack, redis_url):
    import redis as sync_redis

    from tests.conftest import eventually

    doubles = stack.url("doubles")
    before = httpx.get(f"{doubles}/state").json()
    with pytest.raises(httpx.TimeoutException):
        httpx.post(gateway + CHAT.format("hung"), headers=H, json={"messages": user("hi")}, timeout=1.0)
    # Before the model's read timeout (3 s from its start here) could end it, its caller is gone
    # (the chain's hops each cancel onwards) ...
    assert eventually(
        lambda: httpx.get(f"{doubles}/state").json()["hang_cancelled"] > before["hang_cancelled"], timeout=1.5
    )
    assert httpx.get(f"{doubles}/state").json()["hang_started"] > before["hang_started"]
    # ... and no per-request key of the chain is left.
    r = sync_redis.Redis.from_url(redis_url)
    assert eventually(lambda: not list(r.scan_iter("gw:hop:*")), timeout=1.5)


def test_readiness_checks_the_chains_services(gateway, stack):
    ready = httpx.get(gateway + "/ready", timeout=10)
    assert ready.status_code == 200 and ready.json()["interceptors"]["pii"] == "ok", ready.text
    assert ready.json()["redis"] == "ok"
    assert "127.0.0.1" not in ready.text  # names, never addresses
    stack.stop_service("tag")
    try:
        from tests.conftest import eventually

        down = eventually(lambda: (r := httpx.get(gateway + "/ready", timeout=10)).status_code == 503 and r)
        assert down and down.json()["interceptors"]["tag-a"] == "unreachable", down
    finally:
        from tests.conftest import TEST_SERVICES

        stack.start_service(next(s for s in TEST_SERVICES if s.name == "tag"))
        stack.wait_healthy("tag")
