"""Every place in a chat request that carries text the model will read, so none reaches it unchecked.

A slot is (container, key, kind): `container[key]` is a string. Kinds:
* `text`: message content and text parts, tool-call arguments, the `user` field, attachment titles,
  tool and schema descriptions, enum values and examples;
* `url`: image and attachment URLs (a `data:` URL is content, not an address, and is left alone);
* `name`: a participant's `name` on a user, assistant or system message. It *is* a name, so it is
  replaced as a whole whatever the detector says, by the bare token (`PERSON_1`): the field allows
  no brackets.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Slot = tuple[Any, Any, str]
_PARTICIPANTS = ("user", "assistant", "system", "developer")
# Keys of a JSON schema whose strings the model reads as text.
_SCHEMA_TEXT = ("description", "title")
_SCHEMA_VALUES = ("enum", "examples", "default", "const")


_URL_DELIMITERS = str.maketrans({c: " " for c in "/?&=#:;+,"})


def analysis_view(text: str, kind: str) -> str:
    """What the detector reads for a slot, of the same length: a URL's parts apart, so that
    "https://x/?for=ann@example.org" is read as words ("for", "ann@example.org")."""
    return text.translate(_URL_DELIMITERS) if kind == "url" else text


def slots(request: dict) -> Iterator[Slot]:
    for m in request.get("messages") or []:
        if isinstance(m, dict):
            yield from _message(m)
    if isinstance(request.get("user"), str):
        yield request, "user", "text"
    for tool in request.get("tools") or []:
        fn = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(fn, dict):
            if isinstance(fn.get("description"), str):
                yield fn, "description", "text"
            yield from _schema(fn.get("parameters"))
    for fn in request.get("functions") or []:  # the legacy form of tools
        if isinstance(fn, dict):
            if isinstance(fn.get("description"), str):
                yield fn, "description", "text"
            yield from _schema(fn.get("parameters"))
    fmt = request.get("response_format")
    if isinstance(fmt, dict) and isinstance(fmt.get("json_schema"), dict):
        spec = fmt["json_schema"]
        if isinstance(spec.get("description"), str):
            yield spec, "description", "text"
        yield from _schema(spec.get("schema"))


def _message(m: dict) -> Iterator[Slot]:
    content = m.get("content")
    if isinstance(content, str):
        yield m, "content", "text"
    elif isinstance(content, list):
        for part in content:
            if not isinstance(part, dict):
                continue
            if isinstance(part.get("text"), str):
                yield part, "text", "text"
            image = part.get("image_url")
            if isinstance(image, dict):
                yield from _url(image, "url")
    if m.get("role") in _PARTICIPANTS and isinstance(m.get("name"), str) and m["name"]:
        yield m, "name", "name"
    for call in m.get("tool_calls") or []:
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            yield fn, "arguments", "text"
    call = m.get("function_call")
    if isinstance(call, dict) and isinstance(call.get("arguments"), str):
        yield call, "arguments", "text"
    custom = m.get("custom_content")
    for att in (custom.get("attachments") or []) if isinstance(custom, dict) else []:
        if not isinstance(att, dict):
            continue
        if isinstance(att.get("title"), str):
            yield att, "title", "text"
        for key in ("url", "reference_url"):
            yield from _url(att, key)
        if isinstance(att.get("data"), str) and str(att.get("type", "")).startswith("text/"):
            yield att, "data", "text"


def _url(container: dict, key: str) -> Iterator[Slot]:
    value = container.get(key)
    if isinstance(value, str) and value and not value.startswith("data:"):
        yield container, key, "url"


def _schema(node: Any, depth: int = 0) -> Iterator[Slot]:
    """Descriptions, titles and example values anywhere in a JSON schema (not property names: they
    are the answer's keys)."""
    if depth > 32:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _SCHEMA_TEXT and isinstance(value, str):
                yield node, key, "text"
            elif key in _SCHEMA_VALUES:
                if isinstance(value, str):
                    yield node, key, "text"
                elif isinstance(value, list):
                    yield from ((value, i, "text") for i, v in enumerate(value) if isinstance(v, str))
            else:
                yield from _schema(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from _schema(item, depth + 1)
