"""The context of one call to a deployment, built once at the edge (gateway.app) and read by the
chain, the relay and the usage and audit events: no long argument lists between them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gateway.auth import Caller
    from gateway.config import Config
    from gateway.http import Request


@dataclass(slots=True)
class Call:
    req: Request
    config: Config  # the settings in force when the call arrived, for all of it
    caller: Caller  # the root caller's identity; `caller.hop` when a hop calls with its key
    deployment: str  # as asked for: a model, an application, or the reserved `interceptor`
    api: str  # "chat/completions" | "embeddings" | "completions"
    body: dict
    raw: bytes  # the body as received: relayed as is when nothing changes it
    request_id: str  # the root request's id
    trace: str  # the root request's W3C trace: "<32 hex>-<2 hex>"
    started: float = field(default_factory=time.perf_counter)

    @property
    def root(self) -> bool:
        """A client's own request (not a hop's call back or onwards)."""
        return self.caller.hop is None
