"""Every error the gateway answers with, rendered as DIAL/OpenAI-style JSON.

All of them subclass the DIAL SDK's HTTPException, so the body shape is the one the SDKs parse:
{"error": {"message", "type", "code", ...}}.
"""

from __future__ import annotations

import orjson
from aidial_sdk.exceptions import HTTPException


class GatewayError(HTTPException):
    status = 500
    kind = "runtime_error"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        headers: dict | None = None,
        code: str | None = None,
        **extra,
    ):
        super().__init__(
            message, status_code=status or self.status, type=self.kind, code=code, headers=headers, **extra
        )

    def body(self) -> bytes:
        return orjson.dumps(self.json_error())


class BadRequestError(GatewayError):
    status, kind = 400, "invalid_request_error"


class AuthenticationError(GatewayError):
    status, kind = 401, "authentication_error"


class ForbiddenError(GatewayError):
    status, kind = 403, "permission_error"


class NotFoundError(GatewayError):
    status, kind = 404, "not_found_error"


class MethodNotAllowedError(GatewayError):
    status, kind = 405, "invalid_request_error"


class PayloadTooLargeError(GatewayError):
    status, kind = 413, "invalid_request_error"


class UnsupportedMediaTypeError(GatewayError):
    status, kind = 415, "invalid_request_error"


class UpstreamUnavailableError(GatewayError):
    """A hop (interceptor or upstream) could not be reached or failed before answering."""

    status, kind = 502, "upstream_error"


class UpstreamTimeoutError(GatewayError):
    status, kind = 504, "timeout_error"


class ServiceUnavailableError(GatewayError):
    status, kind = 503, "service_unavailable"


class RateLimitError(GatewayError):
    status, kind = 429, "rate_limit_error"
