"""The PII anonymizer through the gateway with the openai client: the model never sees the values,
the user gets them back (blocking, streaming, over turns, in tool calls); failures fail closed."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import httpx
import pytest
import redis

from tests.conftest import API_KEY, ROOT

NAME, EMAIL, PHONE = "John Smith", "john.smith@example.com", "212-555-0199"
PROMPT = f"Hi, I am {NAME}, my email is {EMAIL} and my phone is {PHONE}. I live in Boston."
SECRETS = (NAME, "Smith", EMAIL, PHONE, "Boston")


@pytest.fixture
def seen(model_bodies):
    """What the echo model received during the test, as text."""
    return lambda: json.dumps(model_bodies())


def no_secret_in(text: str) -> None:
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"reached the model: {leaked}"


def user(text: str) -> dict:
    return {"role": "user", "content": text}


@pytest.mark.parametrize("model", ["private", "private-chain"])
def test_the_model_gets_tokens_and_the_user_gets_the_values(client, seen, model):
    reply = client.chat.completions.create(model=model, messages=[user(PROMPT)])
    assert reply.choices[0].message.content == PROMPT
    received = seen()
    no_secret_in(received)
    assert "[PERSON_1]" in received and "[EMAIL_ADDRESS_1]" in received


def test_a_streamed_answer_is_restored_as_it_flows(client, seen):
    stream = client.chat.completions.create(model="private", messages=[user(PROMPT)], stream=True)
    pieces = [c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content]
    assert "".join(pieces) == PROMPT
    assert len(pieces) > 3  # restored as it flowed, not in one lump
    no_secret_in(seen())


def test_tokens_are_stable_across_messages_and_turns(client, seen):
    conv = {"X-Conversation-Id": "conv-turns"}
    first = [user(f"{NAME} wrote to {EMAIL}.")]
    a1 = client.chat.completions.create(model="private", messages=first, extra_headers=conv)
    history = [
        *first,
        {"role": "assistant", "content": a1.choices[0].message.content},
        user(f"Is {EMAIL} the address of {NAME}? Ask Mary Jones too."),
    ]
    a2 = client.chat.completions.create(model="private", messages=history, extra_headers=conv)
    assert a2.choices[0].message.content == history[-1]["content"]
    received = seen()
    no_secret_in(received)
    last = json.loads(received)[-1]["messages"]
    assert last[0]["content"] == "[PERSON_1] wrote to [EMAIL_ADDRESS_1]."
    assert last[1]["content"] == last[0]["content"]  # the restored answer got its old tokens back
    assert last[2]["content"] == "Is [EMAIL_ADDRESS_1] the address of [PERSON_1]? Ask [PERSON_2] too."


def test_without_a_conversation_id_the_first_messages_identify_the_conversation(client, seen):
    first = [{"role": "system", "content": "Be brief."}, user(f"I am {NAME}.")]
    client.chat.completions.create(model="private", messages=first)
    client.chat.completions.create(
        model="private",
        messages=[*first, {"role": "assistant", "content": f"Hello {NAME}."}, user("Who is Mary Jones?")],
    )
    last = json.loads(seen())[-1]["messages"]
    assert last[1]["content"] == "I am [PERSON_1]." and last[2]["content"] == "Hello [PERSON_1]."
    assert "[PERSON_2]" in last[3]["content"]


def test_text_shaped_like_a_token_is_not_confused_with_one(client, seen):
    text = f"{NAME} typed [PERSON_1] and PERSON_1 literally."
    reply = client.chat.completions.create(
        model="private", messages=[user(text)], extra_headers={"X-Conversation-Id": "conv-literal"}
    )
    assert reply.choices[0].message.content == text
    received = json.loads(seen())[-1]["messages"][0]["content"]
    assert received.count("[PERSON_1]") == 1 and "LITERAL" in received


def test_tool_calls_and_tool_results_are_covered_both_ways(client, seen):
    args = json.dumps({"email": EMAIL, "name": NAME})
    messages = [
        user(f"Look up {NAME}"),
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": args}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": f"{NAME} lives in Boston, phone {PHONE}"},
        user(f"CALL {args}"),
    ]
    for stream in (False, True):
        resp = client.chat.completions.create(
            model="private",
            messages=messages,
            stream=stream,
            extra_headers={"X-Conversation-Id": "conv-tools"},
        )
        if stream:
            got = "".join(
                tc.function.arguments or ""
                for c in resp
                if c.choices
                for tc in (c.choices[0].delta.tool_calls or [])
            )
        else:
            got = resp.choices[0].message.tool_calls[0].function.arguments
        assert json.loads(got) == {"email": EMAIL, "name": NAME}
    no_secret_in(seen())


@pytest.mark.parametrize("stream", [False, True])
def test_every_choice_is_restored_when_n_is_greater_than_one(client, seen, stream):
    resp = client.chat.completions.create(model="private", messages=[user(PROMPT)], n=2, stream=stream)
    if stream:
        texts = {0: "", 1: ""}
        for c in resp:
            for ch in c.choices:
                texts[ch.index] += ch.delta.content or ""
    else:
        texts = {ch.index: ch.message.content for ch in resp.choices}
    assert texts == {0: PROMPT, 1: PROMPT}
    no_secret_in(seen())


def test_block_mode_rejects_pii_with_a_clear_400_and_the_model_is_not_called(gateway, seen):
    resp = httpx.post(
        f"{gateway}/openai/deployments/private-block/chat/completions",
        headers={"Api-Key": API_KEY},
        json={"messages": [user(PROMPT)]},
        timeout=30,
    )
    assert resp.status_code == 400
    err = resp.json()["error"]
    assert err["code"] == "pii_detected" and "PERSON" in err["message"]
    no_secret_in(err["message"])
    assert seen() == "[]"


def test_detect_mode_passes_the_request_unchanged(client, seen):
    client.chat.completions.create(model="private-detect", messages=[user(PROMPT)])
    assert NAME in seen()


def test_per_entry_custom_recognizers_and_operators(client, seen):
    reply = client.chat.completions.create(
        model="private-employee", messages=[user("Badge EMP-12345 in Boston")]
    )
    received = json.loads(seen())[-1]["messages"][0]["content"]
    assert received == "Badge [EMPLOYEE_ID_1] in <LOCATION>"
    assert reply.choices[0].message.content == "Badge EMP-12345 in <LOCATION>"


@pytest.mark.parametrize(("model", "status"), [("private-broken", 503), ("private-no-redis", 503)])
def test_a_failing_analyzer_or_vault_fails_closed(gateway, seen, model, status):
    resp = httpx.post(
        f"{gateway}/openai/deployments/{model}/chat/completions",
        headers={"Api-Key": API_KEY},
        json={"messages": [user(PROMPT)]},
        timeout=30,
    )
    assert resp.status_code == status
    assert "not sent to the model" in resp.json()["error"]["message"]
    assert seen() == "[]"


def test_a_bad_chain_entry_configuration_is_a_clear_4xx_and_nothing_is_sent(gateway, seen):
    resp = httpx.post(
        f"{gateway}/openai/deployments/private-bad-config/chat/completions",
        headers={"Api-Key": API_KEY},
        json={"messages": [user(PROMPT)]},
        timeout=30,
    )
    assert 400 <= resp.status_code < 500
    assert "invalid regular expression" in resp.json()["error"]["message"]
    assert seen() == "[]"


def test_logs_record_entity_counts_but_no_values_even_at_debug_level(client, stack):
    client.chat.completions.create(model="private", messages=[user(PROMPT)])
    logs = {p.name: p.read_text(errors="replace") for p in stack.log_dir.glob("*.log")}
    # With the request id, so an audit line can be joined with the gateway's usage event.
    assert re.search(r"pii request=[0-9a-f]{24} mode=anonymize entities=", logs["pii.log"])
    for name, text in logs.items():
        if name != "doubles.log":  # the test double is not ours
            no_secret_in(text)


def test_no_raw_value_is_stored_in_redis_and_erasure_forgets_a_conversation(client, redis_url):
    conv = {"X-Conversation-Id": "conv-erase"}
    client.chat.completions.create(model="private", messages=[user(PROMPT)], extra_headers=conv)
    r = redis.Redis.from_url(redis_url)
    dump = b"".join(k + b"".join(v for v in r.hgetall(k).values()) for k in r.keys("pii:*"))
    assert dump and not any(s.encode() in dump for s in SECRETS)
    before = len(r.keys("pii:*"))
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "interceptors.pii_anonymizer",
            "erase",
            "--project",
            "proj-a",
            "--conversation",
            "conv-erase",
        ],
        cwd=ROOT,
        env={"REDIS_URL": redis_url, "PII_VAULT_KEY": "test-vault-secret", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "erased 1 conversation" in out.stdout
    assert len(r.keys("pii:*")) == before - 3
