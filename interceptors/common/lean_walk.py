"""The SDK's traversals of a request and of a response chunk, for the lean runtime (issue 13).

aidial-interceptors-sdk walks every request and every chunk of an answer through its callbacks
(`RequestHandler.traverse_request`, `ResponseHandler.traverse_response_chunk`): per level it builds
closures, a pydantic `ElementPath` (validated, then copied per choice, stage and attachment), a
validated `ChoiceContext`, and awaits every callback, overridden or not. For an interceptor that
overrides one callback (the toxicity blocker's and the PII anonymizer's `on_response_choice`) that
machinery cost ~10x the callback itself per streamed chunk.

This module does the same walk, step for step: the same callbacks in the same order with equal
arguments (paths with the same fields and the same set fields), the same dicts copied where the SDK
copies them (a callback that mutates what it is given mutates the same objects), the same stage
index remapping, the same exceptions from the same operations. What it leaves out has no effect:
it does not await a callback the class does not override (the SDK's own are identity functions),
and it builds paths and choice contexts without pydantic's validation where the values are
already of the validated type (`ChoiceContext.index` an int; anything else goes through pydantic,
as in the SDK). A class that overrides a `traverse_*` method, or the stage index mapper, is walked
by the SDK's own code. tests/unit/test_lean_walk.py holds the two walks to the same calls and
results on a table of requests and chunks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from aidial_interceptors_sdk.chat_completion.annotated_value import AnnotatedChunk
from aidial_interceptors_sdk.chat_completion.base import ChatCompletionInterceptor
from aidial_interceptors_sdk.chat_completion.element_path import ChoiceContext, ElementPath
from aidial_interceptors_sdk.chat_completion.index_mapper import IndexMapper
from aidial_interceptors_sdk.utils.not_given import NOT_GIVEN, NotGiven

_Base = ChatCompletionInterceptor
_new = object.__new__
_set = object.__setattr__

# The response callbacks the walk calls when overridden; the request's below.
_RESPONSE = (
    "on_response_usage",
    "on_response_choices",
    "on_response_choice",
    "on_response_finish_reason",
    "on_response_message",
    "on_response_custom_content",
    "on_response_state",
    "on_response_attachments",
    "on_response_attachment",
    "on_response_stages",
    "on_response_stage",
    "on_stream_chunk",
    "send_chunk",
)
_REQUEST = (
    "on_request",
    "on_request_messages",
    "on_request_message",
    "on_request_custom_content",
    "on_request_state",
    "on_request_attachments",
    "on_request_attachment",
    "on_request_stages",
    "on_request_stage",
)
# Overridden, these leave the walk to the SDK.
_RESPONSE_WALK = ("traverse_response_chunk", "traverse_response_message", "_get_stage_index_mapper")
_REQUEST_WALK = ("traverse_request", "traverse_request_message")


class Plan:
    """What a class overrides, found once per class."""

    __slots__ = ("response", "request", "sdk_response", "sdk_request", "emits")

    def __init__(self, cls: type[ChatCompletionInterceptor]):
        def overridden(name: str) -> bool:
            return getattr(cls, name) is not getattr(_Base, name)

        self.response = frozenset(n for n in _RESPONSE if overridden(n))
        self.request = frozenset(n for n in _REQUEST if overridden(n))
        self.sdk_response = any(overridden(n) for n in _RESPONSE_WALK)
        self.sdk_request = any(overridden(n) for n in _REQUEST_WALK)
        # The SDK's `on_stream_chunk` is `send_chunk`, which queues the chunk on the response.
        self.emits = not ({"on_stream_chunk", "send_chunk"} & self.response)


@functools.cache
def plan_of(cls: type[ChatCompletionInterceptor]) -> Plan:
    return Plan(cls)


_PATH_FIELDS = tuple(ElementPath.__fields__)
assert _PATH_FIELDS == ("response_ctx", "choice_ctx", "message_idx", "stage_idx", "attachment_idx"), (
    "aidial-interceptors-sdk changed ElementPath: review interceptors/common/lean_walk.py"
)
assert not ElementPath.__private_attributes__ and not ChoiceContext.__private_attributes__
assert ElementPath.__config__.copy_on_model_validation == "shallow"


def _path(values: dict, fields_set: Iterable[str]) -> ElementPath:
    """An `ElementPath` with `values` (all five fields, in field order) and `fields_set`, as
    pydantic's constructor and `copy(update=...)` leave it."""
    path = _new(ElementPath)
    _set(path, "__dict__", values)
    _set(path, "__fields_set__", set(fields_set))
    return path


def _with(path: ElementPath, key: str, value: Any) -> ElementPath:
    """`path.copy(update={key: value})`."""
    values = dict(path.__dict__)
    values[key] = value
    return _path(values, path.__fields_set__ | {key})


def _root(annotation: Any = NOT_GIVEN) -> ElementPath:
    """`ElementPath()`, or `ElementPath(response_ctx=annotation)`."""
    values = dict.fromkeys(_PATH_FIELDS)
    if annotation is NOT_GIVEN:
        return _path(values, ())
    values["response_ctx"] = annotation
    return _path(values, ("response_ctx",))


def _choice_context(index: Any, mapper: IndexMapper) -> ChoiceContext:
    """`ChoiceContext(index=index, stage_index_mapper=mapper)`: pydantic keeps an int index as it
    is and gives a shallow copy of the mapper (a new object on the same `__dict__`)."""
    if type(index) is not int or type(mapper) is not IndexMapper:
        return ChoiceContext(index=index, stage_index_mapper=mapper)
    copy = _new(IndexMapper)
    _set(copy, "__dict__", mapper.__dict__)
    _set(copy, "__fields_set__", mapper.__fields_set__)
    context = _new(ChoiceContext)
    _set(context, "__dict__", {"index": index, "stage_index_mapper": copy})
    _set(context, "__fields_set__", {"index", "stage_index_mapper"})
    return context


def _put(d: dict, key: str, old: Any, new: Any) -> dict:
    """What `traverse_dict_value` returns once `on_value` gave `new` for `old`."""
    if new is NOT_GIVEN:
        if old is NOT_GIVEN:
            return d
        return {k: v for k, v in d.items() if k != key}
    return {**d, key: new}


def _absent(value: Any) -> bool:
    return value is None or isinstance(value, NotGiven)


def _index(elem: Any, idx: int) -> Any:
    """The index `traverse_list` gives an element's path."""
    return elem.get("index", idx) if isinstance(elem, dict) else idx


class _Side:
    """One interceptor's callbacks for one side (request or response), with the SDK's walk of a
    message's custom content (state, attachments, stages) on that side."""

    __slots__ = ("icpt", "on", "prefix")

    def __init__(self, icpt: ChatCompletionInterceptor, overridden: frozenset, prefix: str):
        self.icpt, self.on, self.prefix = icpt, overridden, prefix

    def _callback(self, name: str) -> Callable | None:
        full = f"{self.prefix}{name}"
        return getattr(self.icpt, full) if full in self.on else None

    async def _attachments(self, path: ElementPath, attachments: Any) -> Any:
        """`apply_on_attachments`."""
        if not _absent(attachments):
            each = self._callback("attachment")
            out: list = []
            for idx, elem in enumerate(attachments):
                idx = _index(elem, idx)
                if each is not None:
                    elem = await each(_with(path, "attachment_idx", idx), elem)
                if isinstance(elem, list):
                    out.extend(elem)
                else:
                    out.append(elem)
            attachments = out
        if (every := self._callback("attachments")) is not None:
            attachments = await every(path, attachments)
        return attachments

    async def _stages(self, path: ElementPath, stages: Any) -> Any:
        """`apply_on_stages`, with `apply_on_stage` for each."""
        if not _absent(stages):
            each = self._callback("stage")
            choice_ctx = path.__dict__["choice_ctx"]
            out: list = []
            for idx, stage in enumerate(stages):
                stage_idx = _index(stage, idx)
                stage_path = _with(path, "stage_idx", stage_idx)
                if not _absent(stage):
                    old = stage.get("attachments", NOT_GIVEN)
                    stage = _put(stage, "attachments", old, await self._attachments(stage_path, old))
                if stage_idx is not None and choice_ctx is not None:
                    stage["index"] = choice_ctx.stage_index_mapper(stage_idx)
                if each is not None:
                    stage = await each(stage_path, stage)
                if isinstance(stage, list):
                    out.extend(stage)
                else:
                    out.append(stage)
            stages = out
        if (every := self._callback("stages")) is not None:
            stages = await every(path, stages)
        return stages

    async def _custom_content(self, path: ElementPath, cc: Any) -> Any:
        """`apply_on_custom_content`."""
        if not _absent(cc):
            old = cc.get("state", NOT_GIVEN)
            state = self._callback("state")
            cc = _put(cc, "state", old, await state(path, old) if state is not None else old)
        if not _absent(cc):
            old = cc.get("attachments", NOT_GIVEN)
            cc = _put(cc, "attachments", old, await self._attachments(path, old))
        if not _absent(cc):
            old = cc.get("stages", NOT_GIVEN)
            cc = _put(cc, "stages", old, await self._stages(path, old))
        if (on := self._callback("custom_content")) is not None:
            cc = await on(path, cc)
        return cc

    async def message(self, path: ElementPath | None, message: Any, make: Callable | None = None) -> Any:
        """`traverse_{request,response}_message`: its custom content walked. Without a `path`,
        `make()` builds it when it is needed."""
        if _absent(message):
            return message
        old = message.get("custom_content", NOT_GIVEN)
        if old is NOT_GIVEN and f"{self.prefix}custom_content" not in self.on:
            return message  # nothing to walk: the SDK's walk gives back `message` itself
        if path is None:
            assert make is not None
            path = make()
        return _put(message, "custom_content", old, await self._custom_content(path, old))


async def traverse_request(icpt: ChatCompletionInterceptor, body: dict) -> dict:
    """`icpt.traverse_request(body)`."""
    plan = plan_of(type(icpt))
    if plan.sdk_request:
        return await icpt.traverse_request(body)
    on = plan.request
    messages = body.get("messages") if not _absent(body) else None
    if _absent(body):
        r = body
    elif messages is None:
        raise ValueError("Missing required key 'messages' in a dictionary")
    else:
        side = _Side(icpt, on, "on_request_")
        per_message = bool(on - {"on_request", "on_request_messages"})
        root = _root()
        out: list = []
        for idx, message in enumerate(messages):
            path = None
            if per_message or (
                not _absent(message) and message.get("custom_content", NOT_GIVEN) is not NOT_GIVEN
            ):
                path = _with(root, "message_idx", _index(message, idx))
                message = await side.message(path, message)
            if "on_request_message" in on:
                message = await icpt.on_request_message(path, message)  # type: ignore[arg-type]
                if isinstance(message, list):
                    out.extend(message)
                    continue
            out.append(message)  # the SDK's `on_request_message` gives `[message]`
        if "on_request_messages" in on:
            out = await icpt.on_request_messages(out)
        r = {**body, "messages": out}
    if "on_request" in on:
        r = await icpt.on_request(r)
    return r


async def traverse_response_chunk(
    icpt: ChatCompletionInterceptor, chunk: Any, annotation: Any, emit: Callable[[dict], None]
) -> None:
    """`icpt.traverse_response_chunk(AnnotatedChunk(chunk=chunk, annotation=annotation))`; when the
    class keeps the SDK's `on_stream_chunk`, the result goes to `emit` (the lean runtime's queue)."""
    plan = plan_of(type(icpt))
    if type(chunk) is not dict or plan.sdk_response:
        await icpt.traverse_response_chunk(AnnotatedChunk(chunk=chunk, annotation=annotation))
        return
    on = plan.response
    r: Any = chunk
    old = r.get("usage", NOT_GIVEN)
    if "on_response_usage" in on:
        r = _put(r, "usage", old, await icpt.on_response_usage(old))
    else:
        r = _put(r, "usage", old, old)
    if not _absent(r):
        old = r.get("choices", NOT_GIVEN)
        r = _put(r, "choices", old, await _choices(icpt, on, annotation, old))
    if plan.emits:
        emit(r)
    else:
        await icpt.on_stream_chunk(r)


_NO_PATH = dict.fromkeys(_PATH_FIELDS)
_CHOICE_SET = frozenset(("response_ctx", "choice_ctx"))
# The response callbacks that are given a choice's path (or one made from it).
_PATH_TAKERS = frozenset(_RESPONSE) - {
    "on_response_usage",
    "on_response_choices",
    "on_stream_chunk",
    "send_chunk",
}


def _choice_path(
    annotation: Any, index: Any, mapper: IndexMapper, context: ChoiceContext | None
) -> ElementPath:
    """`ElementPath(response_ctx=annotation).with_choice_ctx(ChoiceContext(...))`."""
    values = dict(_NO_PATH)
    values["response_ctx"] = annotation
    values["choice_ctx"] = context if context is not None else _choice_context(index, mapper)
    return _path(values, _CHOICE_SET)


async def _choices(icpt: ChatCompletionInterceptor, on: frozenset, annotation: Any, choices: Any) -> Any:
    """`traverse_choices`. A choice's path is built only when something is given it (a callback,
    or the walk of custom content); its side effects are not left out: the stage index mapper
    of every choice, pydantic's check of an index that is not a plain int."""
    if choices is not None and not isinstance(choices, NotGiven):
        side = None
        eager = bool(on & _PATH_TAKERS)
        on_finish = "on_response_finish_reason" in on
        on_custom = "on_response_custom_content" in on
        on_message = "on_response_message" in on
        on_choice = "on_response_choice" in on
        out: list = []
        for idx, choice in enumerate(choices):
            choice_idx = choice.get("index", idx) if isinstance(choice, dict) else idx
            mapper = icpt._get_stage_index_mapper(choice_idx)
            context = None
            if type(choice_idx) is not int or type(mapper) is not IndexMapper:
                context = ChoiceContext(index=choice_idx, stage_index_mapper=mapper)  # may refuse it
            choice_path = _choice_path(annotation, choice_idx, mapper, context) if eager else None
            if choice is not None and not isinstance(choice, NotGiven):
                old = choice.get("finish_reason", NOT_GIVEN)
                if on_finish:
                    assert choice_path is not None
                    choice = _put(
                        choice, "finish_reason", old, await icpt.on_response_finish_reason(choice_path, old)
                    )
                elif old is not NOT_GIVEN:
                    choice = {**choice}  # `_put(choice, "finish_reason", old, old)`
            if choice is not None and not isinstance(choice, NotGiven):
                old = choice.get("delta", NOT_GIVEN)
                message: Any
                if type(old) is dict and not on_custom and "custom_content" not in old:
                    message = old  # what `side.message` gives back: nothing to walk
                else:
                    if side is None:
                        side = _Side(icpt, on, "on_response_")
                    if choice_path is None:
                        make = functools.partial(_choice_path, annotation, choice_idx, mapper, context)
                        message = await side.message(None, old, make)
                    else:
                        message = await side.message(choice_path, old)
                if on_message:
                    assert choice_path is not None
                    message = await icpt.on_response_message(choice_path, message)
                choice = _put(choice, "delta", old, message)
            if on_choice:
                assert choice_path is not None
                choice = await icpt.on_response_choice(choice_path, choice)
            if isinstance(choice, list):
                out.extend(choice)
            else:
                out.append(choice)
        choices = out
    if "on_response_choices" in on:
        choices = await icpt.on_response_choices(choices)
    return choices
