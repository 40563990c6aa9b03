"""The chain through real HTTP: the openai client (OpenAI and AzureOpenAI) and aidial-client."""

from __future__ import annotations

import json

import httpx
import openai
import pytest
from aidial_client import AsyncDial, Dial

from tests.conftest import API_KEY


@pytest.fixture
def azure(gateway) -> openai.AzureOpenAI:
    return openai.AzureOpenAI(
        azure_endpoint=gateway, api_key=API_KEY, api_version="2024-02-01", max_retries=0
    )


def calls(stack) -> list[dict]:
    return httpx.get(f"{stack.url('doubles')}/calls").json()


def reset_calls(stack) -> None:
    httpx.delete(f"{stack.url('doubles')}/calls")


def ask(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def test_openai_client_gets_the_answer_through_three_interceptors(client):
    reply = client.chat.completions.create(model="demo", messages=ask("hello through the chain"))
    assert reply.choices[0].message.content == "hello through the chain"
    assert reply.usage.total_tokens > 0


def test_openai_client_streams_through_three_interceptors_in_several_chunks(client):
    stream = client.chat.completions.create(
        model="demo", messages=ask("one two three four five"), stream=True
    )
    pieces = [c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content]
    assert "".join(pieces) == "one two three four five"
    assert len(pieces) >= 3


def test_azure_client_calls_the_dial_route_with_api_version(azure, stack):
    reset_calls(stack)
    reply = azure.chat.completions.create(model="chain3", messages=ask("via azure"))
    assert reply.choices[0].message.content == "via azure"
    (call,) = calls(stack)
    assert "api-version=2024-02-01" in call["query"]


def test_azure_client_streams(azure):
    stream = azure.chat.completions.create(model="chain3", messages=ask("a b c"), stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == "a b c"


def test_aidial_client_blocking_and_streaming(gateway):
    dial = Dial(api_key=API_KEY, base_url=gateway)
    reply = dial.chat.completions.create(deployment_name="chain3", messages=ask("dial says hi"))
    assert reply.choices[0].message.content == "dial says hi"
    chunks = dial.chat.completions.create(deployment_name="chain3", messages=ask("x y z"), stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "x y z"


async def test_async_aidial_client(gateway):
    dial = AsyncDial(api_key=API_KEY, base_url=gateway)
    reply = await dial.chat.completions.create(deployment_name="chain3", messages=ask("async"))
    assert reply.choices[0].message.content == "async"


def test_interceptors_run_in_chain_order_with_their_own_configuration(client):
    reply = client.chat.completions.create(model="tagged", messages=ask("hi"))
    assert reply.choices[0].message.content == "hi [A] [B]"


def test_a_client_cannot_override_an_interceptors_configuration(client):
    reply = client.chat.completions.create(
        model="tagged",
        messages=ask("hi"),
        extra_body={"custom_fields": {"interceptor_configuration": {"tag": "EVIL"}}},
    )
    assert reply.choices[0].message.content == "hi [A] [B]"


def test_the_model_gets_a_per_request_key_never_the_callers_key(client, stack):
    reset_calls(stack)
    client.chat.completions.create(model="chain3", messages=ask("k"))
    (call,) = calls(stack)
    assert call["headers"]["api-key"] != API_KEY
    assert "authorization" not in call["headers"]


def test_conversation_id_reaches_the_model_through_the_chain(client, stack):
    reset_calls(stack)
    client.chat.completions.create(
        model="chain3", messages=ask("c"), extra_headers={"X-Conversation-Id": "conv-42"}
    )
    assert calls(stack)[0]["headers"]["x-conversation-id"] == "conv-42"


def test_model_defaults_and_override_name_apply_on_the_final_hop(client, stack):
    reset_calls(stack)
    client.chat.completions.create(model="with-defaults", messages=ask("d"))
    (call,) = calls(stack)
    assert call["body"]["temperature"] == 0.25
    assert call["body"]["model"] == "real-model"
    assert call["headers"]["x-dial-override-name"] == "real-model"


def test_request_values_win_over_model_defaults(client, stack):
    reset_calls(stack)
    client.chat.completions.create(model="with-defaults", messages=ask("d"), temperature=0.9)
    assert calls(stack)[0]["body"]["temperature"] == 0.9


def test_adapter_model_gets_its_upstream_in_x_upstream_headers(client, stack):
    reset_calls(stack)
    client.chat.completions.create(model="adapter", messages=ask("u"))
    headers = calls(stack)[0]["headers"]
    assert headers["x-upstream-endpoint"] == "https://region-a.example/v1"
    assert headers["x-upstream-key"] == "upstream-secret-a"
    assert json.loads(headers["x-upstream-extra-data"]) == {"region": "a"}


def test_failover_to_the_second_upstream(client, stack):
    reset_calls(stack)
    raw = client.chat.completions.with_raw_response.create(model="failover", messages=ask("fo"))
    assert raw.parse().choices[0].message.content == "fo"
    assert raw.headers["x-upstream-attempts"] == "2"
    paths = [c["path"] for c in calls(stack)]
    assert paths == ["/up/fail503/v1/chat/completions", "/up/echo/v1/chat/completions"]


def test_direct_upstreams_get_their_own_key_and_no_dial_fields(client, stack):
    reset_calls(stack)
    client.chat.completions.create(
        model="failover", messages=ask("x"), extra_body={"custom_fields": {"a": 1}}
    )
    ok = calls(stack)[-1]
    assert ok["headers"]["authorization"] == "Bearer k2"
    assert ok["headers"]["api-key"] == "k2"  # its own key (Azure), never a per-request key
    assert "custom_fields" not in ok["body"]
    assert ok["body"]["model"] == "failover"


def test_failover_while_streaming(client):
    stream = client.chat.completions.create(model="failover", messages=ask("s t"), stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "s t"


def test_embeddings_through_an_embeddings_chain(client):
    reply = client.embeddings.create(model="demo-embedding", input=["a", "b"])
    assert [len(d.embedding) for d in reply.data] == [8, 8]
    assert reply.data[0].embedding != reply.data[1].embedding
