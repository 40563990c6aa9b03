"""Reading a service's settings from environment variables, the same way in every service."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

P = TypeVar("P", bound=BaseModel)


def env_values(
    table: Mapping[str, str],
    json_fields: Mapping[str, tuple[str, type[BaseModel]]] | None = None,
    env: Mapping[str, str] | None = None,
) -> dict:
    """Settings field -> value for each variable of `table` (field -> variable) that is set;
    `json_fields` (field -> (variable, model)) hold JSON documents, parsed by their model."""
    env = os.environ if env is None else env
    values: dict = {field: env[var] for field, var in table.items() if env.get(var)}
    for field, (var, model) in (json_fields or {}).items():
        if env.get(var):
            values[field] = model.model_validate_json(env[var])
    return values


class PolicyOverride(BaseModel):
    """`custom_fields.interceptor_configuration` of a chain entry: any field of the service's policy;
    absent fields keep the service's value."""

    model_config = ConfigDict(extra="forbid")

    def apply(self, base: P) -> P:
        return type(base).model_validate({**base.model_dump(), **self.model_dump(exclude_none=True)})


def overrides_of(policy: type[BaseModel]) -> type[PolicyOverride]:
    """The override model of a policy: the same fields and constraints, each optional."""
    fields: dict[str, Any] = {}
    for name, f in policy.model_fields.items():
        kind: Any = f.annotation | None  # type: ignore[operator]
        if f.metadata:  # ge/le and the like
            kind = Annotated[kind, *f.metadata]
        fields[name] = (kind, Field(None, description=f.description))
    return create_model(
        "PolicyOverride",
        __base__=PolicyOverride,
        __doc__=PolicyOverride.__doc__,  # type: ignore[call-overload]
        **fields,
    )
