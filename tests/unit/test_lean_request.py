"""The lean runtime builds aidial-sdk's request model itself (issue 13): the same model, field for
field, as aidial-sdk's own `from_request`, and the same errors."""

from __future__ import annotations

import asyncio
import copy

import orjson
import pytest
from aidial_sdk.chat_completion import Request as ChatRequest
from aidial_sdk.embeddings.request import Request as EmbeddingsRequest
from aidial_sdk.exceptions import HTTPException as DialException
from aidial_sdk.pydantic_v1 import ValidationError
from starlette.requests import Request as StarletteRequest

from interceptors.common.lean import LeanApp, _validation_error

DIAL_URL = "http://gateway"
CHAT = {"messages": [{"role": "user", "content": "hi"}], "temperature": 0.2, "n": 2, "stream": True}
HEADERS = [
    [("api-key", "k1"), ("content-type", "application/json")],
    [("api-key", "k1"), ("authorization", "Bearer tok"), ("x-conversation-id", "c1"), ("x-job-title", "j")],
    [("api-key", "k1"), ("authorization", "Basic abc"), ("x-dial-application-id", "app")],
    [("api-key", "k1"), ("api-key", "k2"), ("x-dup", "a"), ("x-dup", "b"), ("X-Upper", "v")],
    [("api-key", "k1"), ("x-dial-application-properties", '{"a": 1}'), ("x-dial-override-name", "other")],
    [
        ("api-key", "k1"),
        ("x-upstream-endpoint", "http://m"),
        ("x-upstream-key", "uk"),
        ("x-dial-cache-breakpoint-path", "p"),
    ],
    [("api-key", "k1"), ("x-dial-application-properties", "not json")],
    [("content-type", "application/json")],
]
BODIES = [
    CHAT,
    {
        "messages": [{"role": "user", "content": "hi"}],
        "custom_fields": {"interceptor_configuration": {"x": 1}},
    },
    {"messages": "not a list"},
    {"messages": [{"role": "nobody", "content": "hi"}]},
    {"messages": [], "n": 0},
    {"messages": [], "extra_field": {"kept": True}},
]


def _scope(headers, query: bytes = b"") -> dict:
    return {
        "type": "http",
        "method": "POST",
        "path": "/openai/deployments/noop/chat/completions",
        "query_string": query,
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers],
    }


def _sdk(model, scope, raw: bytes, name: str):
    request = StarletteRequest(scope)
    request._body = raw

    async def build():
        return await model.from_request(request, name, DIAL_URL)

    try:
        return asyncio.run(build())
    except ValidationError as exc:
        return ("error", _validation_error(exc).json_error())
    except DialException as exc:
        return ("error", exc.json_error())


def _lean(model, scope, raw: bytes, name: str):
    app = LeanApp({}, {}, DIAL_URL, None)
    try:
        return app._request(model, scope, raw, orjson.loads(raw), name)
    except DialException as exc:
        return ("error", exc.json_error())


def _fields(request) -> object:
    if isinstance(request, tuple):
        return request
    out = request.dict(exclude={"original_request"})
    for secret in ("api_key_secret", "jwt_secret", "bearer_token_secret"):
        value = getattr(request, secret)
        out[secret] = value.get_secret_value() if value is not None else None
    out["headers"] = request.headers.raw
    out["_types"] = {k: type(v).__name__ for k, v in request.__dict__.items()}
    out["_set"] = sorted(request.__fields_set__)
    return out


@pytest.mark.parametrize("headers", HEADERS)
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("query", [b"", b"api-version=2024-02-01"])
def test_the_chat_request_is_the_sdks(headers, body, query):
    scope, raw = _scope(headers, query), orjson.dumps(body)
    assert _fields(_lean(ChatRequest, scope, raw, "noop")) == _fields(_sdk(ChatRequest, scope, raw, "noop"))


@pytest.mark.parametrize("headers", HEADERS[:3])
def test_the_embeddings_request_is_the_sdks(headers):
    scope, raw = _scope(headers), orjson.dumps({"input": ["a", "b"]})
    got = _fields(_lean(EmbeddingsRequest, scope, raw, "e"))
    assert got == _fields(_sdk(EmbeddingsRequest, scope, raw, "e"))


# Values for a fuzzed request: plain, borderline and wrong, for every field the fast check knows.
_NUMBERS = [None, True, False, 0, 1, 2, 3, 128, 129, -1, -3, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, -2.0, -2.5]
_VALUES = [*_NUMBERS, float("inf"), "", "x", "1", [], {}, [1], {"a": 1}, 10**20]
_MESSAGES = [
    {"role": "user", "content": "hi"},
    {"role": "system", "content": "be brief"},
    {"role": "assistant", "content": None},
    {"role": "developer", "content": ""},
    {"role": "tool", "content": "x", "name": "n"},
    {"role": "function", "content": "x"},
    {"role": "nobody", "content": "x"},
    {"role": "user", "content": 5},
    {"role": "user", "content": [{"type": "text", "text": "hi"}]},
    {"role": "user", "content": [{"type": "bogus"}]},
    {"role": "user", "name": None},
    {"role": "user", "name": 5},
    {"role": ["user"], "content": "x"},
    {"role": "user", "content": "x", "tool_calls": [{"id": "1"}]},
    {"content": "x"},
    "user: hi",
]
_KNOWN = [
    "stream",
    "model",
    "user",
    "n",
    "max_tokens",
    "max_completion_tokens",
    "temperature",
    "top_p",
    "presence_penalty",
    "frequency_penalty",
]
_OTHER = ["seed", "headers", "custom_fields", "tools", "deployment_id", "api_key", "stop", "logit_bias"]


def _fuzzed(rng) -> dict:
    body: dict = {}
    if rng.random() < 0.9:
        pool = _MESSAGES[:6] if rng.random() < 0.7 else _MESSAGES
        body["messages"] = rng.choice(
            [[rng.choice(pool) for _ in range(rng.randint(0, 3))]] * 6 + ["x", None, [[]]]
        )
    for key in rng.sample(_KNOWN, rng.randint(0, 4)):
        body[key] = rng.choice(_NUMBERS if rng.random() < 0.6 else [*_VALUES, "x", None])
    if rng.random() < 0.1:
        body[rng.choice(_OTHER)] = rng.choice(_VALUES)
    return body


def _accepted(body: dict) -> bool:
    try:
        ChatRequest(
            **body,
            api_key_secret="k",
            deployment_id="noop",
            headers={},
            original_request=StarletteRequest(_scope([])),
        )
    except (ValidationError, TypeError):
        return False
    return True


def test_what_the_fast_check_passes_the_sdk_accepts():
    """The lean runtime skips the request model for a pass-through class when `_plainly_valid`
    says the model would accept the body: it must never say so of a body the model refuses."""
    import random

    from interceptors.common.lean import _plainly_valid

    rng = random.Random(13)
    passed = 0
    for _ in range(20000):
        body = _fuzzed(rng)
        if _plainly_valid(body):
            passed += 1
            assert _accepted(body), body
    assert passed > 1000  # the common shapes do take the fast path
    for body in (CHAT, {"messages": [{"role": "user", "content": "benchmark " * 20}]}):
        assert _plainly_valid(body) and _accepted(body)


def _state(value) -> object:
    """A model's whole state, nested: types, values, key order and set fields."""
    from aidial_sdk.pydantic_v1 import BaseModel as BaseModelV1

    if isinstance(value, BaseModelV1):
        return (
            type(value).__name__,
            [(k, _state(v)) for k, v in value.__dict__.items()],
            sorted(value.__fields_set__),
        )
    if isinstance(value, list):
        return ["list", *map(_state, value)]
    if isinstance(value, dict):
        return ["dict", *((k, _state(v)) for k, v in value.items())]
    return (type(value).__name__, value if isinstance(value, str | int | float | type(None)) else id(value))


def test_a_plainly_valid_request_is_built_as_pydantic_builds_it():
    """For a body `_plainly_valid` passes, the lean runtime builds aidial-sdk's request model
    without pydantic's validation: the same model, field for field (types, order, set fields),
    its messages too."""
    import random

    from aidial_sdk.pydantic_v1 import SecretStr

    from interceptors.common.lean import _PLAIN_MODELS, _plain_chat_request, _plainly_valid

    assert _PLAIN_MODELS
    rng = random.Random(17)
    original = StarletteRequest(_scope([]))
    built = 0
    for i in range(5000):
        body = _fuzzed(rng)
        if not _plainly_valid(body):
            continue
        given = {
            "api_key_secret": SecretStr("k"),
            "jwt_secret": SecretStr("Bearer t") if i % 2 else None,
            "deployment_id": "noop",
            "api_version": "2024-02-01" if i % 3 else None,
            "headers": {},
            "original_request": original,
            "base_url": DIAL_URL,
            "unreliable_dial_application_properties": {"a": [1]} if i % 5 == 0 else None,
            "conversation_id": "c" if i % 7 == 0 else None,
        }
        ours = _plain_chat_request(copy.deepcopy(body), dict(given))
        sdk = ChatRequest(**copy.deepcopy(body), **given)
        assert _state(ours) == _state(sdk), body
        built += 1
    assert built > 200
