"""Bad input: what a careless or hostile client sends, as raw HTTP requests.

Each case is (name, request bytes, expected statuses). Every case must get an answer, never a 5xx,
and an error in our JSON shape ({"error": {...}}); the expected statuses are what a correct gateway
answers, listed separately from the pass/fail bar.
"""

from __future__ import annotations

import secrets

import orjson

from stress.client import http_request
from stress.pii import Bank

OK, BAD, AUTH = {200}, {400, 413, 415, 422}, {401, 403}


def _deep(levels: int) -> bytes:
    head = b'{"messages": [{"role": "user", "content": "hi"}], "metadata": '
    return head + b"[" * levels + b"]" * levels + b"}"


def _msg(text: str, **extra) -> bytes:
    return orjson.dumps({"messages": [{"role": "user", "content": text}], **extra})


def gateway_cases(bank: Bank, deployment: str, key: str) -> list[tuple[str, bytes, set[int]]]:
    path = f"/openai/deployments/{deployment}/chat/completions"
    h = {"Api-Key": key, "Content-Type": "application/json"}

    def post(body: bytes, headers: dict | None = None, p: str = path, method: str = "POST") -> bytes:
        return http_request(method, p, {**h, **(headers or {})}, body)

    def pii(ref: str, fmt: str = "Hello, I am {name}, mail {email}, phone {phone}.") -> str:
        person = bank.person(ref)
        return fmt.format(name=person.name, email=person.email, phone=person.phone)

    hello = _msg("Hello there, how are you today?")
    cases: list[tuple[str, bytes, set[int]]] = [
        # Invalid JSON and types.
        ("json-truncated", post(b'{"messages": ['), BAD),
        ("json-trailing-garbage", post(hello + b" x"), BAD),
        ("json-array", post(b"[]"), BAD),
        ("json-string", post(b'"hello"'), BAD),
        ("json-null", post(b"null"), BAD),
        ("body-empty", post(b""), BAD),
        ("messages-string", post(b'{"messages": "hello"}'), BAD),
        ("messages-numbers", post(b'{"messages": [1, 2]}'), BAD),
        ("messages-missing", post(b'{"temperature": 1}'), BAD),
        ("role-number", post(b'{"messages": [{"role": 5, "content": "x"}]}'), BAD),
        ("content-object", post(b'{"messages": [{"role": "user", "content": {"a": 1}}]}'), BAD),
        (
            "content-part-without-text",
            post(b'{"messages": [{"role": "user", "content": [{"type": "text"}]}]}'),
            BAD,
        ),
        ("stream-string", post(_msg("hi", stream="yes")), BAD),
        ("n-negative", post(_msg("hi", n=-1)), BAD),
        ("n-string", post(_msg("hi", n="5")), BAD),
        ("n-huge", post(b'{"messages": [{"role": "user", "content": "hi"}], "n": 1e9}'), BAD),
        ("temperature-string", post(_msg("hi", temperature="hot")), BAD),
        ("max-tokens-negative", post(_msg("hi", max_tokens=-5)), BAD),
        ("model-number", post(_msg("hi", model=5), p="/v1/chat/completions"), BAD),
        ("content-type-jsonx", post(hello, {"Content-Type": "application/jsonx"}), {415}),
        ("content-type-missing", http_request("POST", path, {"Api-Key": key}, hello), {415}),
        # Huge and deep bodies.
        ("deep-1000", post(_deep(1000)), BAD),
        ("deep-100000", post(_deep(100_000)), BAD),
        ("body-17mb", post(_msg("a " * (17 * 512 * 1024))), {413}),
        ("content-length-lies", post(hello, {"Content-Length": "999999"}), BAD | {408}),
        (
            "messages-5000",
            post(orjson.dumps({"messages": [{"role": "user", "content": "hi"}] * 5000})),
            OK | BAD,
        ),
        # Unicode tricks around personal data: the model must not get the values, however written.
        (
            "zero-width-in-pii",
            post(
                _msg(
                    pii("u-zw", "I am {name}, mail {email}, phone {phone}.")
                    .replace("@", "\u200b@\u200b")
                    .replace(" ", " \u200c")
                )
            ),
            OK | BAD,
        ),
        ("rtl-override", post(_msg(pii("u-rtl", "\u202eName: {name}\u202c, email {email}"))), OK | BAD),
        (
            "fullwidth-digits",
            post(
                _msg(
                    pii("u-fw", "{name} phone {phone}").translate(
                        {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
                    )
                )
            ),
            OK | BAD,
        ),
        ("nul-in-content", post(_msg(pii("u-nul", "{name}\u0000 {email}"))), OK | BAD),
        ("lone-surrogate", post(b'{"messages": [{"role": "user", "content": "x\\ud800y"}]}'), OK | BAD),
        ("invalid-utf8", post(b'{"messages": [{"role": "user", "content": "\xff\xfe\xc0\xaf"}]}'), BAD),
        ("bom-prefixed", post(b"\xef\xbb\xbf" + hello), OK | BAD),
        # Fields an anonymizer must scan too (issue 12, defect 5).
        (
            "pii-in-name-field",
            post(
                orjson.dumps(
                    {
                        "messages": [
                            {
                                "role": "user",
                                "name": pii("f-name", "{name}").replace(" ", "_"),
                                "content": "hi",
                            },
                            {"role": "user", "content": "Hello"},
                        ],
                        "user": pii("f-user", "{email}"),
                    }
                )
            ),
            OK,
        ),
        (
            "pii-in-tool-description",
            post(
                orjson.dumps(
                    {
                        "messages": [{"role": "user", "content": "hi"}],
                        "tools": [
                            {
                                "type": "function",
                                "function": {
                                    "name": "lookup",
                                    "description": pii("f-tool", "Look up {name} at {email}"),
                                    "parameters": {"type": "object", "properties": {}},
                                },
                            }
                        ],
                    }
                )
            ),
            OK,
        ),
        (
            "pii-in-image-url",
            post(
                orjson.dumps(
                    {
                        "messages": [
                            {
                                "role": "user",
                                "content": [
                                    {"type": "text", "text": "describe"},
                                    {
                                        "type": "image_url",
                                        "image_url": {
                                            "url": "https://img.example/?for=" + pii("f-img", "{email}")
                                        },
                                    },
                                ],
                            }
                        ]
                    }
                )
            ),
            OK | BAD,
        ),
        # Header injection: headers the protocol reserves for the gateway (defect 1).
        ("x-upstreams-plain", post(_msg(pii("h-upstreams")), {"X-UPSTREAMS": "plain"}), OK | BAD),
        (
            "x-upstreams-chain",
            post(_msg(pii("h-upstreams-chain")), {"X-UPSTREAMS": "interceptor,interceptor,plain"}),
            OK | BAD,
        ),
        (
            "x-upstream-endpoint",
            post(hello, {"X-Upstream-Endpoint": "http://127.0.0.1:9/v1", "X-Upstream-Key": "forged"}),
            OK | BAD,
        ),
        (
            "x-dial-deployment-id",
            post(_msg(pii("h-deployment-id")), {"X-DIAL-Deployment-Id": "plain"}),
            OK | BAD,
        ),
        (
            "x-gateway-identity",
            post(
                hello,
                {"X-Gateway-Project": "proj-b", "X-Gateway-Key-Id": "forged", "X-Gateway-Chain": "0" * 32},
            ),
            OK | BAD,
        ),
        ("header-newline", post(hello, {"X-Note": b"a\nX-UPSTREAMS: plain"}), BAD),
        ("header-100kb", post(hello, {"X-Big": "a" * 100_000}), {400, 431}),
        ("headers-300", post(hello, {f"X-H{i}": "v" for i in range(300)}), OK | {400, 431}),
        ("request-id-forged", post(hello, {"X-Request-Id": "../../etc\u2028passwd"}), OK),
        ("traceparent-garbage", post(hello, {"traceparent": "00-" + "z" * 200}), OK),
        (
            "cors-preflight",
            http_request(
                "OPTIONS",
                path,
                {
                    "Origin": "https://evil.example",
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "x-upstreams, x-evil",
                },
            ),
            {200, 204},
        ),
        # Forged keys.
        ("key-random", post(hello, {"Api-Key": secrets.token_urlsafe(24)}), AUTH),
        ("key-empty", post(hello, {"Api-Key": ""}), AUTH),
        (
            "key-bearer-random",
            http_request(
                "POST",
                path,
                {"Authorization": "Bearer " + "x" * 40, "Content-Type": "application/json"},
                hello,
            ),
            AUTH,
        ),
        ("key-10kb", post(hello, {"Api-Key": "k" * 10_000}), AUTH | {400, 431}),
        ("key-unicode", post(hello, {"Api-Key": "ключ-\u200b"}), AUTH | {400}),
        (
            "interceptor-deployment-client-key",
            post(hello, p="/openai/deployments/interceptor/chat/completions"),
            AUTH,
        ),
        (
            "interceptor-deployment-forged-hop-key",
            post(
                hello,
                {"Api-Key": secrets.token_urlsafe(24)},
                p="/openai/deployments/interceptor/chat/completions",
            ),
            AUTH,
        ),
        # Path tricks.
        (
            "path-dotdot",
            http_request("GET", "/openai/deployments/../v1/models", {"Api-Key": key}),
            {200, 400, 404},
        ),
        ("path-double-slash", post(hello, p="//openai/deployments/private/chat/completions"), OK | {404}),
        (
            "path-encoded-slash",
            post(hello, p="/openai/deployments/private%2F..%2Fplain/chat/completions"),
            {400, 404},
        ),
        ("path-nul", post(hello, p="/openai/deployments/%00/chat/completions"), {400, 404}),
        (
            "path-long",
            post(hello, p="/openai/deployments/" + "a" * 20_000 + "/chat/completions"),
            {400, 404, 414},
        ),
        ("path-query-nul", post(hello, p=path + "?api-version=1&x=%00%ff"), OK | BAD),
        ("path-trailing-slash", post(hello, p=path + "/"), {404}),
        ("method-put", post(hello, method="PUT"), {405}),
        ("method-delete-unknown", post(b"", p="/nope", method="DELETE"), {404, 405}),
    ]
    return cases


def service_cases(deployment: str) -> list[tuple[str, bytes, set[int]]]:
    """What anyone who reaches an interceptor's port can send it, with no per-request key of ours."""
    path = f"/openai/deployments/{deployment}/chat/completions"
    forged = secrets.token_urlsafe(24)
    h = {"Api-Key": forged, "Content-Type": "application/json"}
    hello = _msg("Hello there, how are you today?")

    def post(body: bytes, headers: dict | None = None, p: str = path, method: str = "POST") -> bytes:
        return http_request(method, p, {**h, **(headers or {})}, body)

    # Unsigned calls (no gateway signature) are refused before they are read: 401 is right too.
    cases = [
        ("json-truncated", post(b'{"messages": ['), BAD),
        ("json-array", post(b"[]"), BAD),
        ("messages-numbers", post(b'{"messages": [1, 2]}'), BAD),
        ("n-string", post(_msg("hi", n="5")), BAD),
        ("deep-1000", post(_deep(1000)), BAD),
        ("deep-100000", post(_deep(100_000)), BAD),
        ("body-17mb", post(_msg("a " * (17 * 512 * 1024))), {413}),
        ("lone-surrogate", post(b'{"messages": [{"role": "user", "content": "x\\ud800y"}]}'), BAD | AUTH),
        ("invalid-utf8", post(b'{"messages": [{"role": "user", "content": "\xff\xfe"}]}'), BAD),
        ("no-key", http_request("POST", path, {"Content-Type": "application/json"}, hello), AUTH),
        ("forged-key", post(hello), AUTH),
        (
            "forged-identity",
            post(
                hello,
                {
                    "X-Gateway-Project": "proj-b",
                    "X-Gateway-Key-Id": "forged",
                    "X-Dial-Deployment-Id": "private",
                    "X-UPSTREAMS": "plain",
                },
            ),
            AUTH,
        ),
        ("unknown-path", post(hello, p="/nope"), {404}),
        ("method-put", post(hello, method="PUT"), {405}),
        ("content-type-jsonx", post(hello, {"Content-Type": "application/jsonx"}), {415} | BAD),
    ]
    return [(name, raw, expected | {401}) for name, raw, expected in cases]
