"""Reading a service's settings from environment variables, the same way in every service."""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel


def env_values(table: Mapping[str, str], json_fields: Mapping[str, tuple[str, type[BaseModel]]] | None = None,
               env: Mapping[str, str] | None = None) -> dict:
    """Settings field -> value for each variable of `table` (field -> variable) that is set;
    `json_fields` (field -> (variable, model)) hold JSON documents, parsed by their model."""
    env = os.environ if env is None else env
    values: dict = {field: env[var] for field, var in table.items() if env.get(var)}
    for field, (var, model) in (json_fields or {}).items():
        if env.get(var):
            values[field] = model.model_validate_json(env[var])
    return values
