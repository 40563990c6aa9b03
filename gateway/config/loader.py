"""Read, expand, merge and validate dynamic-settings files.

Two stages, as DIAL Core does it: the JSON files are merged into one tree (objects merged, arrays
appended, later scalars win), then the tree is validated. Every error names the file, the JSON path
and, for an unknown key, the keys that are valid there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, get_args, get_origin

import orjson
from pydantic import BaseModel, ValidationError

from gateway.config.models import Config

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class ConfigError(Exception):
    """The settings files cannot be used; the message says where and why."""


def load_config(
    paths: Sequence[str | Path],
    env: Mapping[str, str] | None = None,
    console: str | Path | None = None,
    console_doc: dict | None = None,
) -> Config:
    """`console` is the settings file the console owns (GATEWAY_CONSOLE_FILE), merged last; it may
    not exist yet. `console_doc` replaces its content (to validate an edit before it is written)."""
    env = os.environ if env is None else env
    docs = [(str(p), _read(Path(p), env)) for p in paths]
    merged: dict[str, Any] = {}
    for _, doc in docs:
        merged = deep_merge(merged, doc)
    if console is not None or console_doc is not None:
        name = str(console or "<console edit>")
        doc = console_doc if console_doc is not None else _read_console(Path(name))
        if doc:
            check_console_doc(doc, name)
            docs.append((name, doc))
            merged = merge_console(merged, doc)
    if isinstance(merged.get("keys"), dict):
        # A key written "${VAR:-}" exists only when VAR is set (the console's admin key is one).
        merged["keys"] = {k: v for k, v in merged["keys"].items() if k.strip()}
    try:
        return Config.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, docs, merged)) from None


def _read(path: Path, env: Mapping[str, str]) -> dict[str, Any]:
    try:
        doc = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except orjson.JSONDecodeError as exc:
        raise ConfigError(f"{path}: invalid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: the top level must be a JSON object")
    return _expand(doc, env, path, "$")


CONSOLE_SECTIONS = ("models", "applications")


def _read_console(path: Path) -> dict[str, Any]:
    try:
        doc = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except orjson.JSONDecodeError as exc:
        raise ConfigError(f"{path}: invalid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: the top level must be a JSON object")
    return doc


def check_console_doc(doc: Any, name: str) -> None:
    """The console's file holds chains only: {models|applications: {name: {interceptors: [...]}}}."""
    for section, deps in doc.items():
        if section not in CONSOLE_SECTIONS or not isinstance(deps, dict):
            raise ConfigError(
                f"{name}: $.{section}: the console's settings file holds only "
                f"{' and '.join(CONSOLE_SECTIONS)} (objects of chains)"
            )
        for dep, entry in deps.items():
            if (
                not isinstance(entry, dict)
                or set(entry) != {"interceptors"}
                or not isinstance(entry["interceptors"], list)
                or not all(isinstance(n, str) for n in entry["interceptors"])
            ):
                raise ConfigError(f'{name}: $.{section}.{dep}: must be {{"interceptors": [names]}}')


def merge_console(merged: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """The console's chains replace the files' chains (a plain merge would append them). A chain
    of a deployment the files no longer define is ignored."""
    out = dict(merged)
    for section, deps in doc.items():
        current = out.get(section)
        if not isinstance(current, dict):
            continue
        current = dict(current)
        for dep, entry in deps.items():
            if isinstance(current.get(dep), dict):
                current[dep] = {**current[dep], "interceptors": list(entry["interceptors"])}
        out[section] = current
    return out


def _expand(node: Any, env: Mapping[str, str], path: Path, where: str) -> Any:
    if isinstance(node, str):
        return _VAR.sub(lambda m: _lookup(m, env, path, where), node)
    if isinstance(node, dict):
        out = {}
        for i, (k, v) in enumerate(node.items(), 1):
            at = f"{where}.{_key_label(i) if where == '$.keys' else k}"
            out[_expand(k, env, path, at)] = _expand(v, env, path, at)
        return out
    if isinstance(node, list):
        return [_expand(v, env, path, f"{where}[{i}]") for i, v in enumerate(node)]
    return node


def _lookup(match: re.Match[str], env: Mapping[str, str], path: Path, where: str) -> str:
    name, default = match.group(1), match.group(2)
    value = env.get(name)
    if value:
        return value
    if default is not None:
        return default
    raise ConfigError(
        f"{path}: {where}: environment variable {name} is not set "
        f"(set it, or write ${{{name}:-default}} to give a default)"
    )


def deep_merge(base: Any, update: Any) -> Any:
    """Jackson's readerForUpdating semantics: objects merged, arrays appended, scalars replaced."""
    if isinstance(base, dict) and isinstance(update, dict):
        out = dict(base)
        for k, v in update.items():
            out[k] = deep_merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(update, list):
        return base + update
    return update


def _key_label(n: int) -> str:
    """An API key as settings errors name it: by its place, never by itself."""
    return f"<key #{n}>"


def _describe(exc: ValidationError, docs: list[tuple[str, dict]], merged: dict) -> str:
    keys = list(merged.get("keys") or {}) if isinstance(merged.get("keys"), dict) else []
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        shown = list(loc)
        if len(loc) > 1 and loc[0] == "keys" and loc[1] in keys:
            shown[1] = _key_label(keys.index(loc[1]) + 1)
        if err["type"] == "extra_forbidden":
            valid = ", ".join(_valid_keys(loc[:-1]))
            msg = f"unknown key {loc[-1]!r}; valid keys here: {valid}"
        else:
            msg = err["msg"]
        lines.append(f"{_owner(loc, docs)}: {_json_path(shown)}: {msg}")
    return "invalid settings:\n  " + "\n  ".join(lines)


def _json_path(loc: list) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _owner(loc: list, docs: list[tuple[str, dict]]) -> str:
    """The last file that holds the deepest existing prefix of `loc`."""
    best, depth = docs[-1][0] if docs else "<no files>", -1
    for name, doc in docs:
        node, d = doc, 0
        for part in loc:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
            if in_dict or in_list:
                node, d = node[part], d + 1
            else:
                break
        if d >= depth:
            best, depth = name, d
    return best


def _valid_keys(loc: list) -> list[str]:
    tp: Any = Config
    for part in loc:
        tp = _unwrap(tp)
        if _is_model(tp):
            field = tp.model_fields.get(part) or _by_alias(tp, part)
            tp = field.annotation if field else None
        elif get_origin(tp) in (dict, list, frozenset, set) and get_args(tp):
            tp = get_args(tp)[-1]  # the value type: the key or index is `part`
        else:
            return []
    tp = _unwrap(tp)
    return sorted(f.alias or n for n, f in tp.model_fields.items()) if _is_model(tp) else []


def _by_alias(model: type[BaseModel], name: Any):
    return next((f for f in model.model_fields.values() if f.alias == name), None)


def _unwrap(tp: Any) -> Any:
    """Optional[Model] -> Model; containers are left alone."""
    if get_origin(tp) in (dict, list, frozenset, set):
        return tp
    return next((a for a in get_args(tp) if _is_model(a)), tp)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)
