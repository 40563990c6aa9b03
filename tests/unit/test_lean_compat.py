"""The lean runtime against the SDK's own adapter (issue 13): the same interceptor classes (no-op,
tag, PII, toxicity, cache) served both ways, a table of requests sent to each, and the answers and
the calls upstream compared.

A fake gateway stands upstream: it records every call and answers by the scenario named in the
prompt (blocking or streamed, n > 1, tool calls, an error status, an error event mid-stream, a
stream that hangs). Ids and timestamps are made per answer by aidial-sdk and are left out.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time

import httpx
import orjson
import pytest
from aiohttp import web

from devstack.stack import free_port
from interceptors.common import contract

SECRET = "compat-secret"
KEY = "hop-key"
RUNTIMES = ("sdk", "lean")


def _chunk(choices: list[dict], usage: dict | None = None) -> bytes:
    body = {"id": "up", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": choices}
    if usage is not None:
        body["usage"] = usage
    return b"data: " + orjson.dumps(body) + b"\n\n"


def _last_text(body: dict) -> str:
    content = body["messages"][-1].get("content")
    return content if isinstance(content, str) else ""


class FakeGateway:
    """The gateway's `interceptor` deployment: records calls, answers by scenario."""

    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.hanging: dict[str, str] = {}  # prompt -> open / closed: streams of the `hang` scenario

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.calls.append(
            {
                "path": request.path,
                "query": request.query_string,
                "body": body,
                "headers": {
                    h: request.headers.get(h)
                    for h in ("api-key", "authorization", "content-type", "x-upstreams")
                },
            }
        )
        text = _last_text(body)
        n = 1 if "scn-fewer" in text else body.get("n") or 1  # fewer choices than asked for
        stream = bool(body.get("stream"))
        if "scn-429" in text:
            return web.json_response(
                {"error": {"message": "slow down", "type": "rate_limit", "code": "429"}},
                status=429,
                headers={"Retry-After": "7"},
            )
        if "scn-500text" in text:
            return web.Response(text="upstream exploded", status=500)
        tools = "scn-tools" in text
        staged = "scn-stage" in text  # custom content: a stage and an attachment, as DIAL apps send
        usage = {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}
        if not stream:
            choices = []
            for i in range(n):
                message: dict = {"role": "assistant", "content": f"echo {i}: {text}"}
                if tools:
                    message = {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                            }
                        ],
                    }
                if staged:
                    message["custom_content"] = {
                        "stages": [{"index": 0, "name": "s", "content": "c", "status": "completed"}],
                        "attachments": [{"title": "t", "data": "d"}],
                    }
                choices.append(
                    {"index": i, "message": message, "finish_reason": "tool_calls" if tools else "stop"}
                )
            return web.json_response(
                {
                    "id": "up",
                    "object": "chat.completion",
                    "created": 1,
                    "model": "m",
                    "choices": choices,
                    "usage": usage,
                }
            )
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        if "scn-errfirst" in text:
            await resp.write(b'data: {"error":{"message":"no","type":"upstream_error","code":"503"}}\n\n')
            return resp
        if "scn-heartbeat" in text:
            await resp.write(b": heartbeat\n\n")
        for i in range(n):
            await resp.write(_chunk([{"index": i, "delta": {"role": "assistant"}, "finish_reason": None}]))
            if staged:
                for stage in (
                    {"index": 0, "name": "s"},
                    {"index": 0, "content": "c"},
                    {"index": 1, "name": "u"},
                ):
                    cc = {"stages": [stage]}
                    await resp.write(_chunk([{"index": i, "delta": {"custom_content": cc}}]))
                attachment = {"custom_content": {"attachments": [{"index": 0, "title": "t", "data": "d"}]}}
                await resp.write(_chunk([{"index": i, "delta": attachment}]))
            if tools:
                await resp.write(
                    _chunk(
                        [
                            {
                                "index": i,
                                "delta": {
                                    "tool_calls": [
                                        {
                                            "index": 0,
                                            "id": "call_1",
                                            "type": "function",
                                            "function": {"name": "get_weather", "arguments": ""},
                                        }
                                    ]
                                },
                                "finish_reason": None,
                            }
                        ]
                    )
                )
                for part in ('{"city"', ':"Paris"}'):
                    await resp.write(
                        _chunk(
                            [
                                {
                                    "index": i,
                                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": part}}]},
                                    "finish_reason": None,
                                }
                            ]
                        )
                    )
            else:
                for word in f"echo {i}: {text}".split(" "):
                    await resp.write(
                        _chunk([{"index": i, "delta": {"content": word + " "}, "finish_reason": None}])
                    )
            if "scn-midstream" in text:
                await resp.write(
                    b'data: {"error":{"message":"broke","type":"upstream_error","code":"502"}}\n\n'
                )
                return resp
            if "scn-hang" in text:
                self.hanging[text] = "open"
                try:  # aiohttp does not cancel a handler whose client left: a write tells
                    for _ in range(300):
                        await asyncio.sleep(0.1)
                        await resp.write(b": still thinking\n\n")
                except ConnectionError:
                    pass
                finally:
                    self.hanging[text] = "closed"
            await resp.write(
                _chunk([{"index": i, "delta": {}, "finish_reason": "tool_calls" if tools else "stop"}])
            )
        await resp.write(_chunk([], usage) + b"data: [DONE]\n\n")
        return resp

    async def embeddings(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.calls.append(
            {
                "path": request.path,
                "query": request.query_string,
                "body": body,
                "headers": {h: request.headers.get(h) for h in ("api-key", "content-type")},
            }
        )
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        return web.json_response(
            {
                "object": "list",
                "model": "e",
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
                "data": [
                    {"object": "embedding", "index": i, "embedding": [0.5, float(len(t))]}
                    for i, t in enumerate(inputs)
                ],
            }
        )


def _services():
    from aidial_interceptors_sdk.chat_completion.base import ChatCompletionNoOpInterceptor
    from aidial_interceptors_sdk.embeddings.base import EmbeddingsNoOpInterceptor

    from interceptors.common.service import InterceptorService
    from interceptors.pii_anonymizer.app import build_service as build_pii
    from interceptors.pii_anonymizer.settings import AnonymizerSettings
    from interceptors.response_cache.app import build_service as build_cache
    from interceptors.response_cache.settings import CacheSettings
    from interceptors.toxicity_blocker.app import build_service as build_toxicity
    from interceptors.toxicity_blocker.settings import BlockerSettings
    from tests.apps.tag_interceptor import TagInterceptor

    toxicity = build_toxicity(BlockerSettings()).chat_completions["toxicity-blocker"]
    pii = build_pii(AnonymizerSettings(workers=0)).chat_completions["pii-anonymizer"]
    out = {}
    for runtime in RUNTIMES:  # a cache each: the same sequence of hits and misses under both
        cache = build_cache(CacheSettings()).chat_completions["response-cache"]
        out[runtime] = InterceptorService(
            name="compat",
            chat_completions={
                "noop": ChatCompletionNoOpInterceptor,
                "tag": TagInterceptor,
                "pii": pii,
                "toxicity": toxicity,
                "cache": cache,
            },
            embeddings={"noop-embeddings": EmbeddingsNoOpInterceptor},
        )
    return out


class Stack:
    def __init__(self) -> None:
        import uvicorn

        from interceptors.common.service import create_interceptor_app

        self.fake = FakeGateway()
        self.fake_port = free_port()
        self.ports = {r: free_port() for r in RUNTIMES}
        dial_url = f"http://127.0.0.1:{self.fake_port}"
        os.environ[contract.SECRET_ENV] = SECRET
        try:
            services = _services()
            apps = {r: create_interceptor_app(services[r], dial_url, r) for r in RUNTIMES}
        finally:
            os.environ.pop(contract.SECRET_ENV, None)
        self.servers = [
            uvicorn.Server(
                uvicorn.Config(
                    apps[r], host="127.0.0.1", port=self.ports[r], log_level="warning", lifespan="off"
                )
            )
            for r in RUNTIMES
        ]
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.ready.wait(30), "the compat stack did not start"

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._serve())

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_post("/openai/deployments/{dep}/chat/completions", self.fake.chat)
        app.router.add_post("/openai/deployments/{dep}/embeddings", self.fake.embeddings)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.fake_port).start()
        tasks = [asyncio.create_task(s.serve()) for s in self.servers]
        while not all(s.started for s in self.servers):
            await asyncio.sleep(0.05)
        self.ready.set()
        await asyncio.gather(*tasks)
        await runner.cleanup()

    def stop(self) -> None:
        for s in self.servers:
            s.should_exit = True
        self.thread.join(10)

    def url(self, runtime: str, deployment: str, api: str = "chat/completions") -> str:
        return f"http://127.0.0.1:{self.ports[runtime]}/openai/deployments/{deployment}/{api}"


@pytest.fixture(scope="module")
def stack():
    s = Stack()
    yield s
    s.stop()


def _headers(n: int, conversation: str) -> dict[str, str]:
    headers = {
        "api-key": KEY,
        "content-type": "application/json",
        contract.DEPLOYMENT: "model",
        contract.PROJECT: "proj",
        contract.KEY_ID: "kid",
        contract.CHAIN: "chain",
        contract.REQUEST_ID: f"req-{n}",
        "x-conversation-id": conversation,
    }
    headers[contract.SIGNATURE] = contract.sign(SECRET.encode(), contract.hop_parts(headers, KEY))
    return headers


def _user(text: str) -> list[dict]:
    return [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]


PII_TEXT = "My name is Alice Johnson and my email is alice.johnson@example.com."
TOXIC = "Shut up, you worthless piece of garbage."

# (deployment, body): every row runs streamed and not, unless it says `stream` itself.
TABLE: list[tuple[str, dict]] = []
for _dep in ("noop", "tag", "pii", "toxicity", "cache"):
    TABLE += [
        (_dep, {"messages": _user(f"hello there scn-plain {_dep}")}),
        (_dep, {"messages": _user("two answers scn-n2"), "n": 2}),
        (
            _dep,
            {
                "messages": _user("weather please scn-tools"),
                "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}],
            },
        ),
        (_dep, {"messages": _user("too many scn-429")}),
        (_dep, {"messages": _user("explodes scn-500text")}),
        (_dep, {"messages": _user("breaks scn-midstream"), "stream": True}),
        (_dep, {"messages": _user(f"staged scn-stage {_dep}")}),
        (  # a body the lean runtime builds the request model for without validating it
            _dep,
            {
                "messages": _user(f"numbers scn-plain {_dep}"),
                "temperature": 1,
                "top_p": 0.5,
                "n": 1,
                "max_tokens": 7,
                "user": "u",
                "model": None,
            },
        ),
    ]
TABLE += [
    ("pii", {"messages": _user(f"{PII_TEXT} scn-plain")}),
    ("toxicity", {"messages": _user(TOXIC)}),
    ("cache", {"messages": _user("hello there scn-plain cache")}),  # now a hit
    (
        "tag",
        {"messages": _user("configured scn-plain"), "custom_fields": {contract.CONFIG_FIELD: {"tag": "X"}}},
    ),
    (
        "tag",
        {
            "messages": _user("badly configured scn-plain"),
            "custom_fields": {contract.CONFIG_FIELD: {"tag": 5, "extra": 1}},
        },
    ),
    ("noop", {"messages": "not a list"}),
    ("noop", {"messages": _user("fewer answers scn-fewer"), "n": 3}),
    ("noop", {"messages": _user("refused at once scn-errfirst"), "stream": True}),
    ("noop", {"messages": _user("kept alive scn-heartbeat"), "stream": True}),
    (
        "noop",
        {
            "messages": _user("unwanted configuration scn-plain"),
            "custom_fields": {contract.CONFIG_FIELD: {"a": 1}},
        },
    ),
    (
        "noop",
        {"messages": _user("empty configuration scn-plain"), "custom_fields": {contract.CONFIG_FIELD: None}},
    ),
    (
        "noop",
        {
            "messages": _user("extra fields scn-plain"),
            "temperature": 0.5,
            "user": "u1",
            "custom_fields": {"other": 1},
            "max_tokens": 9,
        },
    ),
]
ROWS = [
    (d, {**b, "stream": s}) for d, b in TABLE for s in ((b["stream"],) if "stream" in b else (False, True))
]


def _normal(resp: httpx.Response) -> dict:
    kind = resp.headers.get("content-type", "").split(";")[0]
    if kind == "text/event-stream":
        events = []
        for line in resp.text.split("\n"):
            if line.startswith("data: "):
                data = line[6:]
                events.append(data if data == "[DONE]" else _drop_ids(orjson.loads(data)))
        body: object = events
    else:
        body = _drop_ids(resp.json())
        if resp.status_code >= 400:
            # The one difference: the SDK labels an error with the content type of the upstream's
            # error (text/plain for a text one) although it answers JSON; ours says JSON.
            kind = "error"
    return {
        "status": resp.status_code,
        "type": kind,
        "body": body,
        "headers": {h: resp.headers.get(h) for h in ("x-cache", "x-toxicity-flagged", "retry-after")},
    }


def _drop_ids(data):
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k not in ("id", "created")}
    return data


def _run_table(stack: Stack, runtime: str) -> list[tuple[dict, list[dict]]]:
    out = []
    with httpx.Client(timeout=30) as client:
        for n, (dep, body) in enumerate(ROWS):
            before = len(stack.fake.calls)
            resp = client.post(
                stack.url(runtime, dep),
                content=orjson.dumps(body),
                headers=_headers(n, f"conv-{runtime}-{n}"),
            )
            out.append((_normal(resp), stack.fake.calls[before:]))
    return out


def test_the_same_answers_and_calls_upstream_under_both_runtimes(stack):
    results = {r: _run_table(stack, r) for r in RUNTIMES}
    for row, sdk, lean in zip(ROWS, results["sdk"], results["lean"], strict=True):
        assert lean == sdk, row
    # The table covers what it says: answers, blocks, errors, hits.
    statuses = {r[0]["status"] for r in results["lean"]}
    assert {200, 400, 429, 500} <= statuses
    assert any(r[0]["headers"]["x-cache"] == "HIT" for r in results["lean"])
    assert any(not calls for _, calls in results["lean"])  # toxicity blocked a prompt
    staged = [
        r
        for row, r in zip(ROWS, results["lean"], strict=True)
        if "scn-stage" in orjson.dumps(row[1]).decode()
    ]
    assert len(staged) == 10 and all(r[0]["status"] == 200 for r in staged)
    assert all(b'"stages"' in orjson.dumps(r[0]["body"]) for r in staged)  # walked, remapped, merged


def test_embeddings_the_same_under_both_runtimes(stack):
    body = {"input": ["one", "two three"]}
    got = {}
    for runtime in RUNTIMES:
        before = len(stack.fake.calls)
        resp = httpx.post(
            stack.url(runtime, "noop-embeddings", "embeddings"),
            content=orjson.dumps(body),
            headers=_headers(0, "c"),
        )
        got[runtime] = (resp.status_code, resp.json(), stack.fake.calls[before:])
    assert got["lean"] == got["sdk"]
    assert got["lean"][0] == 200


def test_a_client_that_goes_away_cancels_the_call_upstream(stack):
    """Under the lean runtime a client's disconnect closes the call to the gateway at once (the
    gateway then cancels the rest of the chain). The SDK adapter, with its aiohttp transport,
    leaves that call open until the answer ends: the one difference the table does not show."""
    prompt = "wait scn-hang lean"
    body = {"messages": _user(prompt), "stream": True}
    with (
        httpx.Client(timeout=30) as client,
        client.stream(
            "POST", stack.url("lean", "noop"), content=orjson.dumps(body), headers=_headers(0, "c")
        ) as resp,
    ):
        assert resp.status_code == 200
        chunks = resp.iter_raw()  # kept: a dropped iterator closes the connection
        next(chunks)
        assert _wait(lambda: stack.fake.hanging.get(prompt) == "open")
    assert _wait(lambda: stack.fake.hanging.get(prompt) == "closed")


def _wait(check, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
