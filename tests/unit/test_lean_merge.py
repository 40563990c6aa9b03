"""The lean runtime's blocking answer (`_block_answer`) against aidial-sdk's `to_block_response`:
the same merged answer, or the same exception, and the chunks left as they were, on fuzzed
chunks (indexed lists in and out of order, gaps, repeats, mixed and odd indices, shared
containers) and on sequences of chunks."""

from __future__ import annotations

import asyncio
import copy
import random
from typing import Any

from aidial_sdk.chat_completion.chunks import ArbitraryChunk, BaseChunkWithDefaults, DefaultChunk
from aidial_sdk.exceptions import HTTPException as DialException
from aidial_sdk.utils.streaming import to_block_response
from fastapi import HTTPException as FastAPIException

from interceptors.common.lean import _block_answer

DEFAULTS = DefaultChunk(id="i", created=1, object="chat.completion")


def _value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.35:
        return rng.choice([None, "s", "", 0, 1, 2.5, True, False, "text"])
    if roll < 0.6:
        return {rng.choice("abcdeindex"): _value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    return _list(rng, depth)


def _list(rng: random.Random, depth: int) -> list:
    n = rng.randint(0, 3)
    kind = rng.random()
    if kind < 0.4:  # indexed, in order
        return [{"index": i, "v": _value(rng, depth + 1)} for i in range(n)]
    if kind < 0.55:  # indexed, out of order, gaps or repeats
        return [{"index": rng.choice([0, 1, 2, 4]), "v": _value(rng, depth + 1)} for _ in range(n)]
    if kind < 0.62:  # odd indices
        return [{"index": rng.choice([-1, "1", 1.0, True, None])} for _ in range(max(n, 1))]
    if kind < 0.7:  # mixed
        return [{"index": 0}, {"v": 1}]
    return [_value(rng, depth + 1) for _ in range(n)]


def _chunk(rng: random.Random) -> dict:
    choices = [
        {"index": i, "delta": {"content": rng.choice(["a", "b", None]), "x": _value(rng, 1)}}
        for i in range(rng.randint(0, 2))
    ]
    if rng.random() < 0.2:
        rng.shuffle(choices)
    chunk: dict = {"choices": choices}
    for _ in range(rng.randint(0, 3)):
        chunk[rng.choice(["usage", "model", "extra", "custom"])] = _value(rng, 1)
    if rng.random() < 0.05:
        del chunk["choices"]
    if rng.random() < 0.1:  # one container in two places: deepcopy keeps it shared
        shared = {"index": 0, "k": {"n": 1}}
        chunk["custom"] = [shared, shared]
        if choices:
            choices[0]["delta"]["custom_content"] = {"stages": [shared]}
    return chunk


async def _sdk(chunks: list) -> Any:
    async def stream():
        for c in chunks:
            if isinstance(c, DialException):
                yield c
            else:
                yield BaseChunkWithDefaults(chunk=ArbitraryChunk(chunk=c), defaults=DEFAULTS)

    return await to_block_response(stream())


async def _ours(chunks: list) -> Any:
    async def batches():
        yield chunks[:1]
        if chunks[1:]:
            yield chunks[1:]

    return await _block_answer(batches(), DEFAULTS)


def _outcome(make, chunks: list) -> tuple:
    given = copy.deepcopy(chunks)
    try:
        result: Any = asyncio.run(make(given))
    except FastAPIException as exc:
        result = ("http", exc.status_code, exc.detail)
    except Exception as exc:
        result = (type(exc).__name__, str(exc))
    return result, given


def test_the_blocking_answer_is_aidial_sdks():
    rng = random.Random(29)
    merged = failed = 0
    for _ in range(4000):
        chunks = [_chunk(rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        ours = _outcome(_ours, chunks)
        sdk = _outcome(_sdk, chunks)
        assert ours == sdk, chunks
        if isinstance(ours[0], dict):
            merged += 1
        else:
            failed += 1
    assert merged > 1000 and failed > 200  # both outcomes are exercised


def test_an_error_is_raised_as_aidial_sdk_raises_it():
    chunks: list = [{"choices": [{"index": 0, "delta": {"content": "a"}}]}, DialException("no", 502)]
    ours, sdk = _outcome(_ours, chunks)[0], _outcome(_sdk, chunks)[0]
    assert ours == sdk and ours[0] == "http"


def test_a_shared_container_stays_shared_for_the_next_merge():
    """deepcopy copies a container met twice once; the next chunk's merge then changes both places."""
    shared = {"index": 0, "k": {"n": "a"}}
    first = {"choices": [{"index": 0, "delta": {"x": [{"index": 0, "p": shared, "q": shared}]}}]}
    second = {"choices": [{"index": 0, "delta": {"x": [{"index": 0, "p": {"k": {"n": "b"}}}]}}]}
    ours, sdk = _outcome(_ours, [first, second]), _outcome(_sdk, [first, second])
    assert ours == sdk
