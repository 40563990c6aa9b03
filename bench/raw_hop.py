"""A pass-through interceptor without the SDKs, and a streaming model for the benchmark.

* `raw`: forwards the body to the gateway's `interceptor` deployment with its per-request key and
  relays the answer (a stream as it arrives). It isolates the gateway's own cost per hop (key
  creation, lookup, routing) from an interceptor runtime's cost: the floor of a hop.
* `stream`: a model that answers every request with a stream of `chunks` small chunks (1,000 unless
  the request's `max_tokens` says otherwise), as fast as it can write them.
"""

from __future__ import annotations

import os

import aiohttp
import orjson
from aiohttp import web

STREAM_CHUNKS = 1000


async def handle(request: web.Request) -> web.StreamResponse:
    session: aiohttp.ClientSession = request.app["session"]
    url = f"{request.app['dial_url']}/openai/deployments/interceptor/chat/completions"
    headers = {"api-key": request.headers["api-key"], "content-type": "application/json"}
    async with session.post(url, data=await request.read(), headers=headers) as upstream:
        if upstream.content_type != "text/event-stream":
            body = await upstream.read()
            return web.Response(body=body, status=upstream.status, content_type=upstream.content_type)
        resp = web.StreamResponse(status=upstream.status, headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        async for data in upstream.content.iter_any():
            await resp.write(data)
        await resp.write_eof()
        return resp


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    return (
        b"data: "
        + orjson.dumps(
            {
                "id": "bench",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "stream",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )
        + b"\n\n"
    )


async def stream_model(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    n = int(body.get("max_tokens") or STREAM_CHUNKS)
    resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
    await resp.prepare(request)
    await resp.write(_chunk({"role": "assistant", "content": ""}))
    word = _chunk({"content": "w "})
    for _ in range(n):
        await resp.write(word)
    await resp.write(_chunk({}, "stop") + b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _session(app: web.Application):
    app["session"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    yield
    await app["session"].close()


def create_app(dial_url: str) -> web.Application:
    app = web.Application()
    app["dial_url"] = dial_url
    app.cleanup_ctx.append(_session)
    app.router.add_post("/openai/deployments/raw/chat/completions", handle)
    app.router.add_post("/openai/deployments/stream/chat/completions", stream_model)
    app.router.add_get("/health", health)
    return app


if __name__ == "__main__":
    web.run_app(
        create_app(os.environ["DIAL_URL"]),
        host="127.0.0.1",
        port=int(os.environ["PORT"]),
        print=None,
        access_log=None,
    )
