"""CPU per request of the lean runtime's own work, in one process, without sockets: the runtime
(`interceptors/common/lean.py`) serves interceptor classes against a fake gateway that answers at
once from memory, so what is measured is the runtime plus the class's callbacks, nothing else.

    python -m bench.lean_paths [--requests 2000] [--chunks 200]

Classes: `noop` (overrides nothing: the pass-through path), `choice` (an identity
`on_response_choice`: the least a response callback costs, the general path), `usage` (an identity
`on_response_usage`), `upstreams` (its own identity `call_upstreams`), and the default chain's
interceptors with their own work: `toxicity` (the linear model), `cache` (in-memory store,
`Cache-Control: no-cache` as in bench.gateway_overhead: keyed and recorded each time). Workloads:
`blocking` (the demo model's answer: text, a stage, usage) and `stream` (`--chunks` small chunks,
one per socket read, as bench.gateway_overhead's stream model).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import AsyncIterator

import orjson
from aidial_interceptors_sdk.chat_completion.annotated_value import AnnotatedValue
from aidial_interceptors_sdk.chat_completion.base import (
    ChatCompletionInterceptor,
    ChatCompletionNoOpInterceptor,
)
from aidial_interceptors_sdk.chat_completion.element_path import ElementPath
from typing_extensions import override

from interceptors.common import contract
from interceptors.common.lean import LeanApp, Upstream

PROMPT = "benchmark " * 20


class ChoiceTouch(ChatCompletionInterceptor):
    @override
    async def on_response_choice(self, path: ElementPath, choice: dict) -> list[dict] | dict:
        return choice


class UsageTouch(ChatCompletionInterceptor):
    @override
    async def on_response_usage(self, usage):
        return usage


class OwnUpstreams(ChatCompletionInterceptor):
    @override
    async def call_upstreams(self, request, call_upstream) -> AsyncIterator[AnnotatedValue]:
        return await super().call_upstreams(request, call_upstream)


def _sse(chunk: dict) -> bytes:
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


def blocking_answer() -> bytes:
    """What the demo model answers, merged: text, a stage with the prompt, usage."""
    return orjson.dumps(
        {
            "id": "demo",
            "object": "chat.completion",
            "created": 1,
            "model": "demo",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {
                        "role": "assistant",
                        "content": PROMPT,
                        "custom_content": {
                            "stages": [
                                {
                                    "index": 0,
                                    "name": "Received by the model",
                                    "content": PROMPT,
                                    "status": "completed",
                                }
                            ]
                        },
                    },
                }
            ],
            "usage": {"prompt_tokens": 20, "completion_tokens": 20, "total_tokens": 40},
        }
    )


def stream_reads(chunks: int) -> list[bytes]:
    head = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "stream"}
    out = [_sse({**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})]
    word = _sse({**head, "choices": [{"index": 0, "delta": {"content": "w "}, "finish_reason": None}]})
    out += [word] * chunks
    out.append(_sse({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
    usage = {"prompt_tokens": 1, "completion_tokens": 2}
    out.append(_sse({**head, "choices": [], "usage": usage}) + b"data: [DONE]\n\n")
    return out


class _Content:
    def __init__(self, reads: list[bytes]):
        self.reads, self.eof = reads, False

    async def iter_any(self):
        for data in self.reads:
            yield data
        self.eof = True

    def at_eof(self) -> bool:
        return self.eof


class _Resp:
    status = 200

    def __init__(self, reads: list[bytes]):
        self.content = _Content(reads)

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


class FakeUpstream(Upstream):
    """The gateway, answering from memory."""

    def __init__(self, chunks: int):
        super().__init__("http://fake")
        self.block = blocking_answer()
        self.reads = stream_reads(chunks)
        self.calls = 0

    async def send(self, url, headers, body):  # type: ignore[override]
        self.calls += 1
        return _Resp(self.reads if body.get("stream") else [self.block])

    async def read(self, resp) -> bytes:  # type: ignore[override]
        return resp.content.reads[0]


def _scope(name: str) -> dict:
    headers = {
        "api-key": "k",
        "content-type": "application/json",
        "cache-control": "no-cache",
        contract.DEPLOYMENT: "m",
        contract.PROJECT: "bench",
        contract.KEY_ID: "kid",
        contract.CHAIN: "chain",
        contract.REQUEST_ID: "r",
    }
    return {
        "type": "http",
        "method": "POST",
        "path": f"/openai/deployments/{name}/chat/completions",
        "query_string": b"",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }


async def serve(app: LeanApp, name: str, body: bytes) -> bytes:
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    gone = asyncio.Event()

    async def receive():
        if messages:
            return messages.pop()
        await gone.wait()
        return {"type": "http.disconnect"}

    out: list[bytes] = []

    async def send(message):
        if message["type"] == "http.response.start":
            assert message["status"] == 200, message
        else:
            out.append(message.get("body", b""))

    await app(_scope(name), receive, send)
    gone.set()
    return b"".join(out)


def classes(which: list[str]) -> dict[str, type[ChatCompletionInterceptor]]:
    out: dict[str, type[ChatCompletionInterceptor]] = {}
    for name in which:
        if name == "noop":
            out[name] = ChatCompletionNoOpInterceptor
        elif name == "choice":
            out[name] = ChoiceTouch
        elif name == "usage":
            out[name] = UsageTouch
        elif name == "upstreams":
            out[name] = OwnUpstreams
        elif name == "toxicity":
            from interceptors.toxicity_blocker.app import build_service as build_toxicity
            from interceptors.toxicity_blocker.settings import BlockerSettings

            out[name] = build_toxicity(BlockerSettings()).chat_completions["toxicity-blocker"]
        elif name == "cache":
            from interceptors.response_cache.app import build_service as build_cache
            from interceptors.response_cache.settings import CacheSettings

            out[name] = build_cache(CacheSettings(redis_url=None)).chat_completions["response-cache"]
    return out


async def run(args) -> None:
    chat = classes(args.classes)
    app = LeanApp(chat, {}, "http://fake", fallback=None)
    app.upstream = FakeUpstream(args.chunks)
    bodies = {
        "blocking": orjson.dumps({"messages": [{"role": "user", "content": PROMPT}]}),
        "stream": orjson.dumps({"messages": [{"role": "user", "content": PROMPT}], "stream": True}),
    }
    print(f"{'class':10} {'workload':9} {'us/request':>11} {'us/chunk':>9}")
    for workload in args.workloads:
        body = bodies[workload]
        for name in chat:
            answer = await serve(app, name, body)  # warm, and a look at the answer
            assert b'"error"' not in answer, answer[:300]
            runs = []
            for _ in range(args.rounds):
                t0 = time.process_time()
                for _ in range(args.requests):
                    await serve(app, name, body)
                runs.append((time.process_time() - t0) / args.requests * 1e6)
            us = statistics.median(runs)
            per_chunk = f"{us / args.chunks:9.2f}" if workload == "stream" else f"{'':9}"
            print(f"{name:10} {workload:9} {us:11.1f} {per_chunk}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument(
        "--classes", nargs="+", default=["noop", "choice", "usage", "upstreams", "toxicity", "cache"]
    )
    parser.add_argument("--workloads", nargs="+", default=["blocking", "stream"])
    parser.add_argument("--uvloop", action="store_true")
    args = parser.parse_args()
    if args.uvloop:
        import uvloop

        uvloop.install()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
