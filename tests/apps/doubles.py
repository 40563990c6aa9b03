"""Small real HTTP services the tests put behind the gateway instead of mocks.

- `echo`: a model that answers with the last user message (JSON or SSE) and records each call
  ("CALL args" answers with a tool call, "SLOW ..." after half a second; "JOIN a|b" with "ab" and
  "SPELL [PERSON underscore 1]" with `[PERSON_1]`, as a model told to write a token would);
- `fail503`: an upstream that is down;  `gated`: a stream that waits for POST /release;
- `midstream`: a stream that breaks after its first chunk;
- `evil`: an interceptor that tries to abuse its per-request key and reports what the gateway said;
- `slow`: an interceptor that never answers in time;  `hang`: a model that never does.
"""

from __future__ import annotations

import asyncio
import json
import os
import time

import aiohttp
from aiohttp import web

CALLS: list[dict] = []
STATE: dict = {
    "release": asyncio.Event(),
    "cancelled": 0,
    "gated_started": 0,
    "hang_started": 0,
    "hang_cancelled": 0,
}
RECORDED_HEADERS = (
    "api-key",
    "authorization",
    "x-upstream-endpoint",
    "x-upstream-key",
    "x-upstream-extra-data",
    "x-conversation-id",
    "x-dial-deployment-id",
    "x-dial-override-name",
    "traceparent",
)


def _last_user(body: dict) -> str:
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    content = users[-1].get("content") if users else ""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content)
    return content or ""


def _chunk(
    content: str | None, finish: str | None = None, usage: dict | None = None, index: int = 0
) -> bytes:
    delta = {} if content is None else {"role": "assistant", "content": content}
    data = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "echo",
        "choices": [{"index": index, "delta": delta, "finish_reason": finish}],
    }
    if usage:
        data["usage"] = usage
    return b"data: " + json.dumps(data).encode() + b"\n\n"


async def _sse(request: web.Request) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    return resp


async def echo(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    CALLS.append(
        {
            "path": request.path,
            "body": body,
            "headers": {h: request.headers[h] for h in RECORDED_HEADERS if h in request.headers},
            "query": request.query_string,
        }
    )
    text = _last_user(body)
    if text.startswith("SPELL "):  # a model that follows "write PERSON underscore 1": it writes PERSON_1
        text = text[6:].replace(" underscore ", "_")
    if text.startswith("SLOW "):  # a model that takes its time: identical requests overlap
        await asyncio.sleep(0.5)
    if text.startswith("CALL "):  # answer with a tool call whose arguments are the rest
        return await _tool_call(request, body, text[5:])
    if text.startswith("JOIN "):  # a model asked to compose text: the rest without its "|"s
        text = text[5:].replace("|", "")
    words = len(text.split())
    usage = {"prompt_tokens": 3, "completion_tokens": words, "total_tokens": 3 + words}
    n = body.get("n") or 1  # every choice echoes the text
    if not body.get("stream"):
        return web.json_response(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model") or "echo",
                "usage": usage,
                "choices": [
                    {"index": i, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
                    for i in range(n)
                ],
            }
        )
    resp = await _sse(request)
    words = text.split(" ")
    for i, w in enumerate(words):
        for c in range(n):  # choices interleaved, as models stream them
            await resp.write(_chunk(w + (" " if i < len(words) - 1 else ""), index=c))
    # As an OpenAI-compatible upstream (/up/...): usage only when asked, in an event of its own.
    openai_like = request.path.startswith("/up/")
    for c in range(n):
        await resp.write(_chunk(None, "stop", usage if c == n - 1 and not openai_like else None, index=c))
    if openai_like and (body.get("stream_options") or {}).get("include_usage"):
        data = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "echo",
            "choices": [],
            "usage": usage,
        }
        await resp.write(b"data: " + json.dumps(data).encode() + b"\n\n")
    await resp.write(b"data: [DONE]\n\n")
    return resp


async def _tool_call(request: web.Request, body: dict, args: str) -> web.StreamResponse:
    call = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": args}}
    if not body.get("stream"):
        return web.json_response(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 0,
                "model": "echo",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "tool_calls",
                        "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                    }
                ],
            }
        )
    resp = await _sse(request)
    head = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}
    pieces = [args[i : i + 5] for i in range(0, len(args), 5)]
    chunks = [{"tool_calls": [head]}] + [
        {"tool_calls": [{"index": 0, "function": {"arguments": p}}]} for p in pieces
    ]
    for delta in chunks:
        data = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "echo",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
        await resp.write(b"data: " + json.dumps(data).encode() + b"\n\n")
    end = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "echo",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
    }
    await resp.write(b"data: " + json.dumps(end).encode() + b"\n\ndata: [DONE]\n\n")
    return resp


async def fail503(request: web.Request) -> web.Response:
    CALLS.append({"path": request.path, "body": await request.json(), "headers": {}})
    return web.json_response({"error": {"message": "upstream down", "code": "503"}}, status=503)


async def gated(request: web.Request) -> web.StreamResponse:
    await request.read()
    STATE["gated_started"] += 1
    STATE["release"] = release = asyncio.Event()
    resp = await _sse(request)
    await resp.write(_chunk("first "))
    try:
        await release.wait()
        await resp.write(_chunk("second", "stop"))
        await resp.write(b"data: [DONE]\n\n")
    except (asyncio.CancelledError, ConnectionResetError):
        STATE["cancelled"] += 1
        raise
    return resp


async def midstream(request: web.Request) -> web.StreamResponse:
    await request.read()
    resp = await _sse(request)
    await resp.write(_chunk("partial "))
    request.transport.close()  # the model dies mid-answer
    return resp


async def release(request: web.Request) -> web.Response:
    STATE["release"].set()
    return web.json_response({"ok": True})


async def state(request: web.Request) -> web.Response:
    return web.json_response({k: v for k, v in STATE.items() if k != "release"})


async def calls(request: web.Request) -> web.Response:
    if request.method == "DELETE":
        CALLS.clear()
    return web.json_response(CALLS)


async def evil(request: web.Request) -> web.Response:
    """An interceptor that probes the gateway with the key it was given, then reports."""
    key, body = request.headers["api-key"], await request.json()
    target = request.headers.get("x-dial-deployment-id", "")
    base = os.environ["DIAL_URL"]
    hdrs = {"api-key": key, "content-type": "application/json"}
    out: dict = {"key": key}
    async with aiohttp.ClientSession() as s:

        async def post(path: str, payload: dict) -> int:
            async with s.post(base + path, json=payload, headers=hdrs) as r:
                await r.read()
                return r.status

        out["wrong_api"] = await post("/openai/deployments/interceptor/embeddings", {"input": "x"})
        out["model_direct"] = await post(f"/openai/deployments/{target}/chat/completions", body)
        out["continue"] = await post("/openai/deployments/interceptor/chat/completions", body)
        out["continue_again"] = await post("/openai/deployments/interceptor/chat/completions", body)
    return web.json_response(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "evil",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps(out)},
                }
            ],
        }
    )


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(float(os.environ.get("SLOW_SECONDS", "30")))
    return web.json_response({})


async def hang(request: web.Request) -> web.Response:
    """A model that never answers in time; counts the callers that gave up on it."""
    await request.read()
    STATE["hang_started"] += 1
    try:
        await asyncio.sleep(float(os.environ.get("SLOW_SECONDS", "30")))
    except asyncio.CancelledError:
        STATE["hang_cancelled"] += 1
        raise
    return web.json_response({})


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def create_app() -> web.Application:
    app = web.Application()
    handlers = {
        "echo": echo,
        "fail503": fail503,
        "gated": gated,
        "midstream": midstream,
        "evil": evil,
        "slow": slow,
        "hang": hang,
    }
    for name, handler in handlers.items():
        app.router.add_post(f"/openai/deployments/{name}/chat/completions", handler)
        app.router.add_post(f"/up/{name}/v1/chat/completions", handler)
    app.router.add_get("/health", health)
    app.router.add_route("*", "/calls", calls)
    app.router.add_post("/release", release)
    app.router.add_get("/state", state)
    return app


if __name__ == "__main__":
    web.run_app(
        create_app(), host="127.0.0.1", port=int(os.environ["PORT"]), print=None, handler_cancellation=True
    )
