"""The gateway console (issue 15): see and edit chains, try a prompt hop by hop, watch live metrics."""

from gateway.console.api import Console

__all__ = ["Console"]
