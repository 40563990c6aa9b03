"""Deployment listings: DIAL's /openai/models and /openai/deployments, OpenAI's /v1/models."""

from __future__ import annotations

from gateway.auth import Identity
from gateway.chain import can_use
from gateway.config import Config, Model

_CREATED = 1672534800  # DIAL Core reports this fixed timestamp


def _features(m: Model) -> dict:
    f = m.features
    return {
        "rate": bool(f.rate_endpoint),
        "tokenize": bool(f.tokenize_endpoint),
        "truncate_prompt": bool(f.truncate_prompt_endpoint),
        "configuration": bool(f.configuration_endpoint),
        "system_prompt": f.system_prompt_supported,
        "tools": f.tools_supported,
        "seed": f.seed_supported,
        "url_attachments": f.url_attachments_supported,
        "folder_attachments": f.folder_attachments_supported,
        "allow_resume": f.allow_resume,
        "accessible_by_per_request_key": f.accessible_by_per_request_key,
    }


def _visible(config: Config, who: Identity) -> list[tuple[str, Model]]:
    return [(n, m) for n, m in config.models.items() if can_use(m, who)]


def model_data(name: str, m: Model) -> dict:
    data = {
        "id": name,
        "model": name,
        "object": "model",
        "display_name": m.display_name,
        "display_version": m.display_version,
        "icon_url": m.icon_url,
        "description": m.description,
        "reference": m.reference or name,
        "owner": "organization-owner",
        "status": "succeeded",
        "created_at": _CREATED,
        "updated_at": _CREATED,
        "lifecycle_status": "generally-available",
        "capabilities": {
            "scale_types": ["standard"],
            "completion": m.type == "completion",
            "chat_completion": m.type == "chat",
            "embeddings": m.type == "embedding",
            "fine_tune": False,
            "inference": False,
        },
        "features": _features(m),
        "tokenizer_model": m.tokenizer_model,
        "limits": m.limits.model_dump(exclude_none=True) if m.limits else None,
        "pricing": m.pricing.model_dump(exclude_none=True) if m.pricing else None,
        "defaults": m.defaults or None,
        "input_attachment_types": m.input_attachment_types,
        "max_input_attachments": m.max_input_attachments,
        "description_keywords": m.description_keywords,
    }
    return {k: v for k, v in data.items() if v is not None}


def dial_models(config: Config, who: Identity) -> dict:
    return {"data": [model_data(n, m) for n, m in _visible(config, who)], "object": "list"}


def deployment_data(name: str, m: Model) -> dict:
    return {
        "id": name,
        "model": name,
        "object": "deployment",
        "owner": "organization-owner",
        "status": "succeeded",
        "created_at": _CREATED,
        "updated_at": _CREATED,
        "scale_settings": {"scale_type": "standard"},
        "features": _features(m),
    }


def dial_deployments(config: Config, who: Identity) -> dict:
    return {"data": [deployment_data(n, m) for n, m in _visible(config, who)], "object": "list"}


def openai_models(config: Config, who: Identity) -> dict:
    names = [n for n, _ in _visible(config, who)]
    names += [n for n, a in config.applications.items() if can_use(a, who)]
    return {
        "object": "list",
        "data": [
            {"id": n, "object": "model", "created": _CREATED, "owned_by": "organization-owner"} for n in names
        ],
    }
