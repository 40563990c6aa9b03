"""Run the whole chain as local processes, in the same topology as docker-compose.yml."""

from devstack.services import SERVICES, Service
from devstack.stack import Stack

__all__ = ["SERVICES", "Service", "Stack"]
