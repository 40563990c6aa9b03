"""The blocker's settings: the service's defaults and per-chain-entry overrides of the policy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from interceptors.common.settings import env_values, overrides_of

DEFAULT_MESSAGE = "Your message was blocked because it appears to contain {category}. Please rephrase it."
# How a blocked user is told the category ("{category}" in `message`); never any of the text.
LABELS = {
    "toxicity": "abusive language",
    "severe_toxicity": "abusive language",
    "obscene": "obscene language",
    "threat": "a threat",
    "identity_attack": "an attack on a group of people",
    "insult": "insults or harassment",
    "sexual": "sexual harassment",
    "sexual_explicit": "sexual content",
    "self_harm": "encouragement of self-harm",
}

Mode = Literal["block", "flag", "shadow"]
Direction = Literal["prompt", "answer", "both"]
Scope = Literal["new", "all"]


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Mode = Field(
        "block",
        description="block: refuse (prompt) or cut (answer); flag: let through, "
        "record it and add the X-Toxicity-Flagged header; shadow: only record.",
    )
    direction: Direction = Field(
        "both",
        description="prompt: check what users send (a pre-interceptor); "
        "answer: check what the model says (a post-interceptor); both.",
    )
    thresholds: dict[str, float] | None = Field(
        None,
        description="Category -> score at or above which it counts, over the backend's defaults "
        "(a chain entry's values are merged over the service's; above 1 turns a category off).",
    )
    check: Scope = Field(
        "new",
        description="new: the user messages after the last answer (earlier turns "
        "were checked already); all: every user message.",
    )
    message: str = Field(
        DEFAULT_MESSAGE,
        description="What a blocked user is told; `{category}` names the category found (never the text).",
    )
    window_chars: int = Field(
        400,
        ge=50,
        le=4000,
        description="Answers are checked a sentence at a time; "
        "a sentence longer than this is checked and released in pieces this long.",
    )


PolicyOverride = overrides_of(Policy)


def override_schema(categories: tuple[str, ...]) -> type[BaseModel]:
    """The chain entry's configuration schema for one backend: its thresholds name only the
    categories that backend scores (a backend with fewer categories says so here)."""
    return create_model(
        "PolicyOverride",
        __base__=PolicyOverride,
        thresholds=(
            dict[str, float] | None,
            Field(
                None,
                description=f"Category -> score at or above which it counts, merged over the service's. "
                f"This backend scores: {', '.join(categories)}.",
                json_schema_extra={"propertyNames": {"enum": list(categories)}},
            ),
        ),
    )


class BlockerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    policy: Policy = Field(default_factory=Policy)
    backend: str = Field(
        "layered",
        description="TOXICITY_BACKEND: layered (default), layered-linear, linear, profanity-check, "
        "hatesonar or detoxify.",
    )
    detoxify_checkpoint: str | None = Field(None, description="TOXICITY_DETOXIFY_CHECKPOINT: a .ckpt file.")
    detoxify_config: str | None = Field(
        None, description="TOXICITY_DETOXIFY_CONFIG: a local tokenizer and config directory."
    )
    detoxify_model: str = Field("unbiased", description="TOXICITY_DETOXIFY_MODEL: original or unbiased.")
    max_chars: int = Field(
        200_000,
        gt=0,
        description="TOXICITY_MAX_CHARS: characters of prompt text per request the blocker checks; a "
        "request with more is refused (413), never passed unchecked.",
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BlockerSettings:
        return cls(
            **env_values(
                {
                    "backend": "TOXICITY_BACKEND",
                    "detoxify_checkpoint": "TOXICITY_DETOXIFY_CHECKPOINT",
                    "detoxify_config": "TOXICITY_DETOXIFY_CONFIG",
                    "detoxify_model": "TOXICITY_DETOXIFY_MODEL",
                    "max_chars": "TOXICITY_MAX_CHARS",
                },
                {"policy": ("TOXICITY_POLICY", Policy)},
                env,
            )
        )
