"""The cache key: what makes two requests ask for the same answer.

An allow-list, so that a field added to the API later does not silently split or merge entries.
Fields left out, and why:
- `stream`, `stream_options`: how the answer is delivered, not what it says (entries replay both ways);
- `user`, `metadata`, `store`, `service_tier`, `safety_identifier`, `prompt_cache_key`: bookkeeping at
  the vendor; who may share an entry is the scope's job;
- `model`: the deployment from the gateway's `X-DIAL-Deployment-Id` names the model instead (the body's
  `model` differs between the DIAL and the OpenAI-style routes for the same deployment);
- `custom_fields.interceptor_configuration`: removed before the cache sees the request; the chain
  identity stands for every entry's configuration.
"""

from __future__ import annotations

import hashlib

import orjson

KEY_FIELDS = (
    "messages",
    "tools",
    "tool_choice",
    "functions",
    "function_call",
    "parallel_tool_calls",
    "temperature",
    "top_p",
    "max_tokens",
    "max_completion_tokens",
    "max_prompt_tokens",
    "n",
    "stop",
    "seed",
    "response_format",
    "presence_penalty",
    "frequency_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
    "reasoning_effort",
    "verbosity",
    "modalities",
    "audio",
    "prediction",
    "web_search_options",
    "addons",
    "custom_fields",
)
VERSION = 1  # bump when the key's shape or the stored entry's shape changes


def entry_key(request: dict, *, deployment: str, scope: str, chain: str) -> str:
    """`rc:<scope hash>:<request hash>`: hashes only; the request's text is never part of a key."""
    fields = {f: request[f] for f in KEY_FIELDS if f in request}
    digest = hashlib.sha256(
        orjson.dumps([VERSION, deployment, chain, fields], option=orjson.OPT_SORT_KEYS)
    ).hexdigest()
    return f"rc:{hashlib.sha256(scope.encode()).hexdigest()[:16]}:{digest}"
