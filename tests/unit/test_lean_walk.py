"""The lean runtime's walk of requests and chunks (interceptors/common/lean_walk.py) against the
SDK's own (`traverse_request`, `traverse_response_chunk`): the same callbacks called in the same
order with equal paths (fields and set fields) and arguments, the same results, the same chunks
sent, the same stage indices, the same mutations of what came in, and the same exceptions, for
classes that override every callback, some of them, or none, on a table of requests and chunks."""

from __future__ import annotations

import asyncio
import copy
from typing import Any, ClassVar

import pytest
from aidial_interceptors_sdk.chat_completion.annotated_value import AnnotatedChunk
from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.chat_completion.element_path import ChoiceContext, ElementPath
from aidial_interceptors_sdk.chat_completion.index_mapper import IndexMapper
from aidial_sdk.chat_completion.chunks import ArbitraryChunk

from interceptors.common import lean_walk
from interceptors.common.lean import _emit

_RESPONSE = [n for n in lean_walk._RESPONSE if n not in ("on_stream_chunk", "send_chunk")]


def _snap(value: Any) -> Any:
    """A comparable copy of a callback's argument or a path."""
    if isinstance(value, ElementPath):
        values = {}
        for k, v in value.__dict__.items():
            if isinstance(v, ChoiceContext):
                v = (
                    "ctx",
                    v.index,
                    type(v.stage_index_mapper).__name__,
                    _snap(v.stage_index_mapper.__dict__),
                )
            values[k] = v
        return ("path", values, sorted(value.__fields_set__))
    if isinstance(value, list | tuple | set | dict):
        return copy.deepcopy(value)
    return repr(value)


class Recorder(ChatCompletionInterceptor):
    """Records every call of the callbacks below; subclasses pick which are overridden."""

    log: ClassVar[list] = []

    def _note(self, name: str, *args) -> None:
        type(self).log.append((name, *(_snap(a) for a in args)))


def _recording(name: str, mutate: bool):
    response = name.startswith("on_response")

    async def callback(self, *args):
        self._note(name, *args)
        value = args[-1]
        if mutate and isinstance(value, dict):
            value["seen_" + name.removeprefix("on_response_" if response else "on_request_")] = True
            if name == "on_response_choice" and isinstance(value.get("delta"), dict):
                delta = value["delta"]
                if isinstance(delta.get("content"), str):
                    delta["content"] = delta["content"].upper()
                if value.get("index") == 1:  # a choice split in two
                    return [value, {"index": 7, "delta": {"content": "extra"}}]
            if name == "on_response_stage" and isinstance(args[0], ElementPath) and args[0].stage_idx == 5:
                return []
        if mutate and name == "on_request_message":
            if isinstance(value, dict) and value.get("role") == "system":
                return value  # a dict, not a list: the SDK appends it
            return [value, {"role": "user", "content": "added"}]
        if name == "on_request_message":
            return [value]
        return value

    return callback


def _cls(name: str, names: list[str], mutate: bool = False, extra: dict | None = None):
    ns = {n: _recording(n, mutate) for n in names}
    ns.update(extra or {})
    return type(name, (Recorder,), ns)


class _FakeResponse:
    def __init__(self) -> None:
        self._queue = asyncio.Queue()
        self._last_choice_index = 0


async def _reserve(self, usage):
    if not self.__dict__.get("_reserved"):
        self.__dict__["_reserved"] = True
        self._note("reserved", self.reserve_stage_index(0))  # a stage of its own: upstream's move past it
    return usage


async def _send(self, chunk: dict) -> None:
    self._note("on_stream_chunk", chunk)
    self.send_chunk(chunk)


RESPONSE_CLASSES = {
    "none": _cls("None_", []),
    "all": _cls("All", _RESPONSE),
    "all-mutating": _cls("AllMut", _RESPONSE, mutate=True),
    "choice": _cls("Choice", ["on_response_choice"], mutate=True),
    "usage": _cls("Usage", ["on_response_usage"]),
    "message": _cls("Message", ["on_response_message", "on_response_custom_content"]),
    "stages": _cls("Stages", ["on_response_stage", "on_response_stages"], mutate=True),
    "stream-chunk": _cls("StreamChunk", ["on_response_choice"], extra={"on_stream_chunk": _send}),
    "reserving": _cls("Reserving", ["on_response_stage"], extra={"on_response_usage": _reserve}),
}

HEAD = {"id": "up", "object": "chat.completion.chunk", "created": 1, "model": "m"}
STAGE = {"index": 0, "name": "s", "content": "c"}
ATTACHMENT = {"type": "text/plain", "title": "t", "data": "d"}
STAGED: list[Any] = [
    {
        **HEAD,
        "choices": [
            {
                "index": 0,
                "delta": {
                    "custom_content": {
                        "state": {"k": 1},
                        "attachments": [ATTACHMENT, {**ATTACHMENT, "index": 4}],
                        "stages": [STAGE, {"name": "no index"}, {**STAGE, "index": 5}],
                    }
                },
            }
        ],
    },
    {**HEAD, "choices": [{"index": 0, "delta": {"custom_content": {"stages": [{**STAGE, "index": 1}]}}}]},
    {**HEAD, "choices": [{"index": 0, "delta": {"custom_content": {"stages": [{**STAGE, "index": 0}]}}}]},
]
# Sequences of chunks, each walked on one interceptor (stage indices carry over).
STREAMS: list[list[Any]] = [
    [{**HEAD, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}],
    [{**HEAD, "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}]}],
    [{**HEAD, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": {"total_tokens": 3}}],
    [{**HEAD, "choices": [], "usage": {"prompt_tokens": 1}}],
    [{**HEAD}],
    [{**HEAD, "choices": None, "usage": None}],
    [{**HEAD, "choices": [None]}],
    [{**HEAD, "choices": [{"index": 0, "delta": None, "finish_reason": "stop"}]}],
    [{**HEAD, "choices": [{"index": 0, "finish_reason": "length"}, {"index": 1}]}],
    [{**HEAD, "choices": [{"delta": {"content": "a"}}, {"delta": {"content": "b"}}]}],
    [
        {
            **HEAD,
            "choices": [
                {"index": 1, "delta": {"content": "b"}},
                {"index": 0, "delta": {"content": "a", "tool_calls": [{"index": 0, "id": "c1"}]}},
            ],
        }
    ],
    [{**HEAD, "choices": [{"index": "1", "delta": {"content": "str index"}}]}],
    [{**HEAD, "choices": [{"index": True, "delta": {"content": "bool index"}}]}],
    [{**HEAD, "choices": [{"index": 2.0, "delta": {"content": "float index"}}]}],
    STAGED,
    [
        {
            **HEAD,
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "custom_content": {
                            "stages": [{"index": None, "name": "x"}, {**STAGE, "attachments": [ATTACHMENT]}]
                        }
                    },
                }
            ],
        }
    ],
    [{**HEAD, "choices": [{"index": 0, "delta": {"custom_content": None}}]}],
    [{**HEAD, "choices": [{"index": 0, "delta": {"custom_content": {"stages": None, "attachments": None}}}]}],
    [{**HEAD, "choices": [{"index": 0, "delta": {"custom_content": {"stages": [None]}}}]}],
    [{**HEAD, "choices": ["not a choice"]}],
    [{**HEAD, "choices": [{"index": 0, "delta": "not a message"}]}],
    [{**HEAD, "choices": [{"index": [0], "delta": {}}]}],
    [{**HEAD, "choices": [{"index": 0, "delta": {"custom_content": "not a dict"}}]}],
]


async def _walk_response(cls, chunks: list, ours: bool, annotation: Any = "ann") -> dict:
    cls.log = []
    response = _FakeResponse()
    icpt = cls.construct(response=response)
    sent = copy.deepcopy(chunks)
    error = None
    results = []
    try:
        for chunk in sent:
            if ours:
                await lean_walk.traverse_response_chunk(icpt, chunk, annotation, lambda c: _emit(response, c))
            else:
                await icpt.traverse_response_chunk(AnnotatedChunk(chunk=chunk, annotation=annotation))
    except Exception as exc:
        error = (type(exc).__name__, str(exc))
    while not response._queue.empty():
        item = response._queue.get_nowait()
        results.append(copy.deepcopy(item.chunk if isinstance(item, ArbitraryChunk) else item))
    return {
        "log": cls.log,
        "sent": results,
        "last_choice": response._last_choice_index,
        "input_after": sent,  # what the walk did to the chunks it was given
        "mappers": {k: v.__dict__ for k, v in icpt._stage_indices.items()},
        "error": error,
    }


@pytest.mark.parametrize("cls_name", list(RESPONSE_CLASSES))
@pytest.mark.parametrize("stream", range(len(STREAMS)))
def test_a_chunk_is_walked_as_the_sdk_walks_it(cls_name, stream):
    cls = RESPONSE_CLASSES[cls_name]
    chunks = STREAMS[stream]
    sdk = asyncio.run(_walk_response(cls, chunks, ours=False))
    ours = asyncio.run(_walk_response(cls, chunks, ours=True))
    assert ours == sdk


def test_the_walk_covers_what_it_says():
    """The table reaches every response callback, splits and drops elements, remaps stages and
    fails where the SDK fails."""
    cls = RESPONSE_CLASSES["all-mutating"]
    seen, errors = set(), 0
    for chunks in STREAMS:
        result = asyncio.run(_walk_response(cls, chunks, ours=True))
        seen |= {entry[0] for entry in result["log"]}
        errors += result["error"] is not None
    assert seen == set(_RESPONSE)
    assert errors >= 3
    stages = asyncio.run(_walk_response(RESPONSE_CLASSES["reserving"], STAGED, ours=True))
    sent = [c["choices"][0]["delta"]["custom_content"]["stages"] for c in stages["sent"]]
    assert [s.get("index") for chunk in sent for s in chunk] == [1, 2, 3, 2, 1]  # past the reserved 0


def test_a_class_that_walks_itself_is_left_to_the_sdk():
    calls = []

    class Own(ChatCompletionInterceptor):
        async def traverse_response_chunk(self, ann_chunk):
            calls.append(ann_chunk.chunk)

    chunk = {"choices": []}
    asyncio.run(lean_walk.traverse_response_chunk(Own.construct(), chunk, None, lambda c: None))
    assert calls == [chunk]
    assert lean_walk.plan_of(Own).sdk_response


def test_paths_are_the_sdks():
    mapper = IndexMapper()
    ours = lean_walk._with(lean_walk._root("a"), "choice_ctx", lean_walk._choice_context(3, mapper))
    sdk = ElementPath(response_ctx="a").with_choice_ctx(ChoiceContext(index=3, stage_index_mapper=mapper))
    assert ours == sdk and ours.__fields_set__ == sdk.__fields_set__
    assert ours.choice_idx == 3 and ours.choice_ctx.stage_index_mapper.__dict__ is mapper.__dict__
    staged = lean_walk._with(ours, "stage_idx", 2)
    assert staged == sdk.with_stage_idx(2) and staged.__fields_set__ == sdk.with_stage_idx(2).__fields_set__
    assert lean_walk._root() == ElementPath() and lean_walk._root().__fields_set__ == set()


_REQUEST = list(lean_walk._REQUEST)
REQUEST_CLASSES = {
    "none": _cls("RNone", []),
    "all": _cls("RAll", _REQUEST),
    "all-mutating": _cls("RAllMut", _REQUEST, mutate=True),
    "on_request": _cls("ROnRequest", ["on_request"], mutate=True),
    "messages": _cls("RMessages", ["on_request_messages"], mutate=True),
    "message": _cls("RMessage", ["on_request_message"], mutate=True),
    "custom": _cls("RCustom", ["on_request_custom_content", "on_request_stage"]),
}
REQUESTS: list[Any] = [
    {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}], "stream": True},
    {"messages": []},
    {"messages": [{"role": "user", "content": "u", "index": 9}]},
    {
        "messages": [
            {
                "role": "user",
                "content": "u",
                "custom_content": {"attachments": [ATTACHMENT], "state": {"a": 1}, "stages": [STAGE]},
            },
            {"role": "assistant", "content": "a", "custom_content": None},
        ]
    },
    {"messages": [{"role": "user", "custom_content": {"stages": [{"index": 3, "attachments": None}]}}]},
    {"model": "m"},
    {"messages": None},
    {"messages": [None, {"role": "user", "content": "u"}]},
    {"messages": ["not a message"]},
    {"messages": [{"role": "user", "custom_content": "not a dict"}]},
]


async def _walk_request(cls, body: Any, ours: bool) -> dict:
    cls.log = []
    icpt = cls.construct()
    given = copy.deepcopy(body)
    error = result = None
    try:
        if ours:
            result = await lean_walk.traverse_request(icpt, given)
        else:
            result = await icpt.traverse_request(given)
    except Exception as exc:
        error = (type(exc).__name__, str(exc))
    return {"log": cls.log, "result": copy.deepcopy(result), "input_after": given, "error": error}


@pytest.mark.parametrize("cls_name", list(REQUEST_CLASSES))
@pytest.mark.parametrize("body", range(len(REQUESTS)))
def test_a_request_is_walked_as_the_sdk_walks_it(cls_name, body):
    cls = REQUEST_CLASSES[cls_name]
    sdk = asyncio.run(_walk_request(cls, REQUESTS[body], ours=False))
    ours = asyncio.run(_walk_request(cls, REQUESTS[body], ours=True))
    assert ours == sdk


def test_the_request_walk_covers_what_it_says():
    seen = set()
    for body in REQUESTS:
        seen |= {e[0] for e in asyncio.run(_walk_request(REQUEST_CLASSES["all"], body, ours=True))["log"]}
    assert seen == set(_REQUEST)


class _Dict(dict):
    pass


def test_chunks_are_annotated_as_the_sdk_annotates_them():
    """`PolicyInterceptor.call_upstreams` (interceptors/common/base.py) wraps each chunk without
    pydantic: the same objects as the SDK's `annotate_stream`, errors included."""
    from aidial_interceptors_sdk.utils.streaming import annotate_stream
    from aidial_sdk.exceptions import HTTPException as DialException

    from interceptors.common.base import annotate

    error = DialException("no", 502)
    items = [{"choices": []}, _Dict(a=1), error, {"usage": {"total_tokens": 1}}]

    def state(value):
        return (type(value).__name__, list(value.__dict__.items()), sorted(value.__fields_set__))

    async def collect(make, annotation, stream):
        out = []
        try:
            async for value in make(annotation, stream):
                out.append(state(value))
        except Exception as exc:
            out.append((type(exc).__name__, str(exc)))
        return out

    async def source(values):
        for v in values:
            yield v

    for annotation in (None, "ann", {"k": 1}):
        for values in (items, [*items, ["not", "a", "chunk"]]):
            ours = asyncio.run(collect(annotate, annotation, source(values)))
            sdk = asyncio.run(collect(annotate_stream, annotation, source(values)))
            assert ours == sdk
    chunk = {"choices": []}

    async def first():
        async for value in annotate(None, source([chunk])):
            return value

    assert asyncio.run(first()).chunk is chunk  # kept, as pydantic keeps a dict
