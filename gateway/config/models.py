"""Pydantic models of DIAL Core's dynamic settings (models, applications, interceptors, keys, roles).

Field names are snake_case; every field also accepts DIAL's camelCase spelling. Unknown keys are
rejected at every level (DIAL Core ignores unknown top-level keys; we do not, so typos surface).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

RESERVED_DEPLOYMENT = "interceptor"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True, frozen=True)


class Upstream(_Strict):
    """One upstream of a model: an adapter's upstream (DIAL mode) or an OpenAI-compatible URL."""

    endpoint: str = Field(description="URL of the upstream chat completions endpoint.")
    key: str | None = Field(None, description="Credential for this upstream (never logged).")
    extra_data: Any = Field(None, description="Opaque data passed to adapters in X-UPSTREAM-EXTRA-DATA.")
    weight: int = Field(1, description="Relative share of traffic inside a tier; <= 0 disables.")
    tier: int = Field(0, description="Priority group; lower tiers are tried first.")


class Features(_Strict):
    rate_endpoint: str | None = None
    tokenize_endpoint: str | None = None
    truncate_prompt_endpoint: str | None = None
    configuration_endpoint: str | None = None
    system_prompt_supported: bool = True
    tools_supported: bool = False
    seed_supported: bool = False
    url_attachments_supported: bool = False
    folder_attachments_supported: bool = False
    allow_resume: bool = True
    accessible_by_per_request_key: bool = True


class TokenLimits(_Strict):
    max_total_tokens: int | None = None
    max_prompt_tokens: int | None = None
    max_completion_tokens: int | None = None


class Pricing(_Strict):
    unit: Literal["token", "char_without_whitespace"] = "token"
    prompt: str | None = None
    completion: str | None = None


class Deployment(_Strict):
    """Fields shared by models, applications and interceptors."""

    endpoint: str | None = Field(None, description="URL the gateway POSTs to, used verbatim.")
    display_name: str | None = None
    display_version: str | None = None
    icon_url: str | None = None
    description: str | None = None
    reference: str | None = None
    user_roles: frozenset[str] | None = Field(
        None, description="Roles allowed to use it: absent = everyone, empty = nobody."
    )
    forward_auth_token: bool = Field(False, description="Forward the caller's Authorization header.")
    features: Features = Features()
    input_attachment_types: list[str] | None = None
    max_input_attachments: int | None = None
    defaults: dict[str, Any] = Field(
        default_factory=dict, description="Request fields added when the request lacks them."
    )
    interceptors: list[str] = Field(default_factory=list, description="The local interceptor chain.")
    description_keywords: list[str] | None = None


class Model(Deployment):
    type: Literal["chat", "completion", "embedding"] = "chat"
    upstreams: list[Upstream] = Field(default_factory=list)
    override_name: str | None = Field(None, description="Replaces `model` in the request body.")
    tokenizer_model: str | None = None
    limits: TokenLimits | None = None
    pricing: Pricing | None = None
    max_retry_attempts: int = Field(5, ge=1, description="Upstream attempts before giving up.")

    @field_validator("type", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v

    @model_validator(mode="after")
    def _has_target(self) -> Model:
        if not self.endpoint and not self.upstreams:
            raise ValueError("a model needs an `endpoint` (DIAL adapter) or `upstreams`")
        return self

    @property
    def direct(self) -> bool:
        """No adapter: each upstream is an OpenAI-compatible URL the gateway calls itself."""
        return not self.endpoint


class Application(Deployment):
    function: Any = None

    @model_validator(mode="after")
    def _has_endpoint(self) -> Application:
        if not self.endpoint:
            raise ValueError("an application needs an `endpoint`")
        return self


class Interceptor(Deployment):
    endpoint: str = Field(description="Full URL of the interceptor's chat/completions or embeddings route.")
    override_name: str | None = None


class Key(_Strict):
    project: str
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    secured: bool = Field(False, description="Never log this key's prompts or answers.")

    @model_validator(mode="after")
    def _has_role(self) -> Key:
        if self.role is None and not self.roles:
            raise ValueError("a key needs `role` or `roles`")
        return self

    @property
    def all_roles(self) -> frozenset[str]:
        return frozenset(self.roles) | ({self.role} if self.role else set())


class Limit(_Strict):
    """Token limits per window and request limits per window (unset = unlimited)."""

    minute: int | None = None
    day: int | None = None
    week: int | None = None
    month: int | None = None
    request_hour: int | None = None
    request_day: int | None = None


class Role(_Strict):
    limits: dict[str, Limit] = Field(default_factory=dict)
    console_admin: bool = Field(
        False,
        description="Keys with this role may use the gateway console "
        "(/console): see and edit chains, run the playground.",
    )


class Config(_Strict):
    models: dict[str, Model] = Field(default_factory=dict)
    applications: dict[str, Application] = Field(default_factory=dict)
    interceptors: dict[str, Interceptor] = Field(default_factory=dict)
    keys: dict[str, Key] = Field(default_factory=dict)
    roles: dict[str, Role] = Field(default_factory=dict)
    global_interceptors: list[str] = Field(default_factory=list)
    retriable_error_codes: list[int] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_references(self) -> Config:
        for section in ("models", "applications", "interceptors"):
            if RESERVED_DEPLOYMENT in getattr(self, section):
                raise ValueError(f"`{RESERVED_DEPLOYMENT}` is reserved and cannot name a {section[:-1]}")
        for where, names in self._chains():
            missing = [n for n in names if n not in self.interceptors]
            if missing:
                raise ValueError(
                    f"{where} names undefined interceptor(s) {missing}; defined: {sorted(self.interceptors)}"
                )
        return self

    def _chains(self):
        yield "globalInterceptors", self.global_interceptors
        for section in ("models", "applications"):
            for name, dep in getattr(self, section).items():
                yield f"{section}.{name}.interceptors", dep.interceptors

    def deployment(self, name: str) -> Model | Application | None:
        """DIAL's lookup order: applications, then models."""
        return self.applications.get(name) or self.models.get(name)

    def is_console_admin(self, roles) -> bool:
        """True when one of `roles` is a role with `consoleAdmin: true`."""
        return any((role := self.roles.get(r)) is not None and role.console_admin for r in roles)

    def chain(self, name: str) -> list[str]:
        dep = self.deployment(name)
        return [] if dep is None else [*self.global_interceptors, *dep.interceptors]
