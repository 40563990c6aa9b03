"""The blocker's settings: the service's defaults and per-chain-entry overrides of the policy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interceptors.common.settings import env_values, overrides_of

DEFAULT_MESSAGE = ("Your message was blocked because it appears to contain abusive, threatening or obscene "
                   "language. Please rephrase it.")

Mode = Literal["block", "flag", "shadow"]
Direction = Literal["prompt", "answer", "both"]
Scope = Literal["new", "all"]


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Mode = Field("block", description="block: refuse (prompt) or cut (answer); flag: let through, "
                       "record it and add the X-Toxicity-Flagged header; shadow: only record.")
    direction: Direction = Field("both", description="prompt: check what users send (a pre-interceptor); "
                                 "answer: check what the model says (a post-interceptor); both.")
    thresholds: dict[str, float] = Field(default_factory=lambda: {"toxicity": 0.8},
                                         description="Category -> probability at or above which it counts.")
    check: Scope = Field("new", description="new: the user messages after the last answer (earlier turns "
                         "were checked already); all: every user message.")
    message: str = Field(DEFAULT_MESSAGE, description="What a blocked user is told.")
    window_chars: int = Field(400, ge=50, le=4000, description="Answers are checked a sentence at a time; "
                              "a sentence longer than this is checked and released in pieces this long.")


PolicyOverride = overrides_of(Policy)


class BlockerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    policy: Policy = Field(default_factory=Policy)
    backend: str = Field("profanity-check", description="TOXICITY_BACKEND: profanity-check or detoxify.")
    detoxify_checkpoint: str | None = Field(None, description="TOXICITY_DETOXIFY_CHECKPOINT: a .ckpt file.")
    detoxify_config: str | None = Field(None, description="TOXICITY_DETOXIFY_CONFIG: a local tokenizer and "
                                        "config directory.")
    detoxify_model: str = Field("unbiased", description="TOXICITY_DETOXIFY_MODEL: original or unbiased.")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BlockerSettings:
        return cls(**env_values(
            {"backend": "TOXICITY_BACKEND", "detoxify_checkpoint": "TOXICITY_DETOXIFY_CHECKPOINT",
             "detoxify_config": "TOXICITY_DETOXIFY_CONFIG", "detoxify_model": "TOXICITY_DETOXIFY_MODEL"},
            {"policy": ("TOXICITY_POLICY", Policy)}, env))
