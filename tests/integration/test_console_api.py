"""The console's HTTP API (issue 15): admin keys only, chain edits through the settings loader into
the console's own file, audit events, the playground's per-hop trace, the live series."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.conftest import ADMIN_KEY, API_KEY, SECURED_KEY, TEAMMATE_KEY, eventually

pytestmark = pytest.mark.slow
ALL_KEYS = (ADMIN_KEY, API_KEY, SECURED_KEY, TEAMMATE_KEY)


@pytest.fixture
def console_file(stack) -> Path:
    """The console's settings file; removed after the test (the chains go back to the files')."""
    path = Path(stack.base_env["GATEWAY_CONSOLE_FILE"])
    yield path
    path.unlink(missing_ok=True)
    admin = {"Api-Key": ADMIN_KEY}
    assert eventually(
        lambda: not any(
            d["edited"]
            for d in httpx.get(f"{stack.gateway_url}/console/api/chains", headers=admin).json()["deployments"]
        )
    )


def _chat(gateway: str, model: str, text: str, key: str = API_KEY) -> httpx.Response:
    return httpx.post(
        f"{gateway}/openai/deployments/{model}/chat/completions",
        headers={"Api-Key": key},
        json={"messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


def _events(raw: bytes) -> list[tuple[str, dict]]:
    out = []
    for block in raw.decode().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "event" in lines:
            out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_the_page_is_served_and_holds_no_keys(gateway):
    r = httpx.get(f"{gateway}/console", follow_redirects=True)
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    pages = [r.text] + [
        httpx.get(f"{gateway}/console/static/{n}").text for n in ("console.js", "console.css")
    ]
    for text in pages:
        assert not any(k in text for k in ALL_KEYS)
    assert httpx.get(f"{gateway}/console/static/../app.py").status_code == 404


@pytest.mark.parametrize("key", [API_KEY, TEAMMATE_KEY, SECURED_KEY])
def test_non_admin_keys_get_403_json(gateway, key):
    for method, path in [
        ("GET", "chains"),
        ("GET", "whoami"),
        ("GET", "live"),
        ("GET", "audit"),
        ("PUT", "chains/models/tagged"),
        ("POST", "playground"),
    ]:
        r = httpx.request(
            method,
            f"{gateway}/console/api/{path}",
            headers={"Api-Key": key},
            json={"interceptors": [], "model": "tagged", "prompt": "x"},
        )
        assert r.status_code == 403, (method, path)
        assert r.json()["error"]["type"] == "permission_error"


def test_without_a_key_401(gateway):
    r = httpx.get(f"{gateway}/console/api/chains")
    assert r.status_code == 401 and "error" in r.json()


def test_chains_show_every_model_with_health_and_no_keys(gateway):
    r = httpx.get(f"{gateway}/console/api/chains", headers={"Api-Key": ADMIN_KEY})
    assert r.status_code == 200
    data = r.json()
    deps = {d["name"]: d for d in data["deployments"]}
    assert deps["private-cached"]["interceptors"] == ["tox", "pii", "cache"]
    assert deps["demo"]["health"] == "ok"
    assert data["interceptors"]["tag-a"]["health"] == "ok"
    assert data["interceptors"]["unreachable"]["health"] == "unreachable"
    assert data["interceptors"]["tag-a"]["settings"] == {
        "custom_fields": {"interceptor_configuration": {"tag": "A"}}
    }
    # The adapter's upstream: where, never its key.
    assert deps["adapter"]["upstreams"] == [
        {"endpoint": "https://region-a.example/v1", "tier": 0, "weight": 1}
    ]
    assert deps["failover"]["health"].startswith("external")
    assert "upstream-secret-a" not in r.text and "k1" not in json.dumps(deps["failover"])
    assert not any(k in r.text for k in ALL_KEYS)
    assert data["editable"] is True


def test_reorder_applies_to_the_next_request_and_is_audited(gateway, stack, console_file):
    assert _chat(gateway, "tagged", "hello").json()["choices"][0]["message"]["content"] == "hello [A] [B]"
    admin = {"Api-Key": ADMIN_KEY}
    r = httpx.put(
        f"{gateway}/console/api/chains/models/tagged",
        headers=admin,
        json={"interceptors": ["tag-b", "tag-a"], "before": ["tag-a", "tag-b"]},
    )
    assert r.status_code == 200, r.text
    assert r.json()["active"] == ["tag-b", "tag-a"]
    # The very next request follows the new order.
    assert _chat(gateway, "tagged", "hello").json()["choices"][0]["message"]["content"] == "hello [B] [A]"
    # The hand-written file is untouched; the console's file holds only the chain.
    written = json.loads(console_file.read_text())
    assert written == {"models": {"tagged": {"interceptors": ["tag-b", "tag-a"]}}}
    assert Path(stack.base_env["GATEWAY_CONFIG"]).read_text().count('"tag-a",') >= 1
    # The audit event: who (project and key id, never the key), when, before, after.
    event = r.json()["audit"]
    assert event["who"]["project"] == "proj-b" and len(event["who"]["key_id"]) == 12
    assert event["before"] == ["tag-a", "tag-b"] and event["after"] == ["tag-b", "tag-a"] and event["time"]
    audit = httpx.get(f"{gateway}/console/api/audit", headers=admin).json()["events"]
    assert audit[0]["after"] == ["tag-b", "tag-a"]
    audit_file = console_file.with_name(console_file.name + ".audit.jsonl")
    events_file = Path(stack.base_env["GATEWAY_EVENTS_FILE"]).read_text()
    assert '"console.chain"' in events_file
    for text in (audit_file.read_text(), events_file, console_file.read_text()):
        assert not any(k in text for k in ALL_KEYS)
    # A stale edit (the chain changed meanwhile) is refused; back to the files' chain.
    stale = httpx.put(
        f"{gateway}/console/api/chains/models/tagged",
        headers=admin,
        json={"interceptors": ["tag-a"], "before": ["tag-a", "tag-b"]},
    )
    assert stale.status_code == 409
    back = httpx.delete(f"{gateway}/console/api/chains/models/tagged", headers=admin)
    assert back.status_code == 200 and back.json()["active"] == ["tag-a", "tag-b"]
    assert _chat(gateway, "tagged", "hello").json()["choices"][0]["message"]["content"] == "hello [A] [B]"


def test_invalid_edit_is_refused_with_the_loaders_message(gateway, console_file):
    admin = {"Api-Key": ADMIN_KEY}
    r = httpx.put(
        f"{gateway}/console/api/chains/models/tagged",
        headers=admin,
        json={"interceptors": ["tag-a", "no-such-interceptor"]},
    )
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    assert "names undefined interceptor(s) ['no-such-interceptor']" in message
    assert str(console_file) in message
    assert not console_file.exists()
    bad = httpx.put(f"{gateway}/console/api/chains/models/tagged", headers=admin, json={"interceptors": "x"})
    assert bad.status_code == 400
    missing = httpx.put(f"{gateway}/console/api/chains/models/nope", headers=admin, json={"interceptors": []})
    assert missing.status_code == 404
    assert _chat(gateway, "tagged", "hello").json()["choices"][0]["message"]["content"] == "hello [A] [B]"


def test_playground_streams_the_answer_and_shows_every_hop(gateway, model_bodies):
    prompt = "Hi, I am John Smith, my email is john.smith@example.com."
    r = httpx.post(
        f"{gateway}/console/api/playground",
        headers={"Api-Key": ADMIN_KEY},
        timeout=30,
        json={"model": "private-chain", "prompt": prompt, "conversation_id": "conv-1"},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _events(r.content)
    kinds = [k for k, _ in events]
    assert kinds[-2:] == ["trace", "done"] and "delta" in kinds
    assert "".join(d["content"] for k, d in events if k == "delta") == prompt  # restored for the admin
    trace = dict(events)["trace"]
    hops = {h["name"]: h for h in trace["hops"]}
    assert list(hops) == ["noop1", "pii", "noop2", "private-chain"]
    received = hops["private-chain"]["received"][-1]["content"]
    assert "[PERSON_1]" in received and "[EMAIL_ADDRESS_1]" in received and "John" not in received
    assert hops["pii"]["received"][-1]["content"] == prompt
    assert hops["pii"]["passed_on"][-1]["content"] == received
    assert hops["pii"]["was_answered"]["text"] == received  # before restoring
    assert hops["pii"]["answered"]["text"] == prompt  # after
    assert all(h["ms_total"] is not None for h in trace["hops"])
    # What the model really received, and the conversation id.
    assert model_bodies()[-1]["messages"][-1]["content"] == received


def test_playground_shows_cache_and_toxicity(gateway):
    admin = {"Api-Key": ADMIN_KEY}

    def run(model: str, prompt: str) -> dict:
        r = httpx.post(
            f"{gateway}/console/api/playground",
            headers=admin,
            timeout=30,
            json={"model": model, "prompt": prompt},
        )
        return dict(_events(r.content))

    first = run("private-cached", "A question worth caching, from the console")
    second = run("private-cached", "A question worth caching, from the console")
    assert first["trace"]["x_cache"] == "MISS" and second["trace"]["x_cache"] == "HIT"
    hops = {h["name"]: h for h in second["trace"]["hops"]}
    assert hops["cache"]["x_cache"] == "HIT" and not hops["private-cached"]["reached"]
    assert hops["cache"]["passed_on"] is None
    blocked = run("guarded", "You are a worthless idiot and I will hurt you")
    assert blocked["trace"]["status"] == 400 and "error" in blocked
    hops = {h["name"]: h for h in blocked["trace"]["hops"]}
    assert hops["tox"]["answered"]["error"] and not hops["pii"]["reached"]


def test_reserved_headers_never_start_a_trace(gateway, stack):
    r = httpx.post(
        f"{gateway}/openai/deployments/tagged/chat/completions",
        headers={"Api-Key": API_KEY, "X-Gateway-Trace": "1", "X-Request-Id": "console-trace"},
        json={"messages": [{"role": "user", "content": "hi"}]},
    )
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "hi [A] [B]"
    assert "trace" not in r.text


def test_live_series_per_model(gateway):
    admin = {"Api-Key": ADMIN_KEY}
    httpx.get(f"{gateway}/console/api/live", headers=admin)
    for _ in range(3):
        assert _chat(gateway, "cached", "live view question").status_code == 200

    def moved():
        data = httpx.get(f"{gateway}/console/api/live", headers=admin).json()
        model = data["models"].get("cached")
        return data if model and model["total"]["requests"] >= 3 and model["rps"] else None

    data = eventually(moved, timeout=15)
    assert data, "the live view never showed the requests"
    cached = data["models"]["cached"]
    assert cached["total"]["hit_rate"] is not None and cached["total"]["p50"] is not None
    assert set(cached) >= {"rps", "errors", "p50", "p99", "hit_rate", "t"}
    assert "services" in data and isinstance(data["services"].get("pii_entities"), dict)


def test_the_gateways_log_and_events_hold_no_keys_or_playground_content(gateway, stack):
    """Runs after the tests above (the playground's PII prompt, the edits): none of it is logged."""
    texts = [
        (stack.log_dir / "gateway.log").read_text(),
        Path(stack.base_env["GATEWAY_EVENTS_FILE"]).read_text(),
    ]
    for text in texts:
        assert not any(k in text for k in ALL_KEYS)
        assert "John Smith" not in text and "john.smith@example.com" not in text
        assert "worth caching, from the console" not in text
