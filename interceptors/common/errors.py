"""The errors an interceptor raises, in the shape aidial-sdk answers with: `{"error": {...}}` and the
HTTP status (docs/protocol.md, Errors)."""

from __future__ import annotations

from aidial_sdk.exceptions import HTTPException


class InvalidConfigurationError(HTTPException):
    """The chain entry's `interceptor_configuration` cannot be applied (not a bad prompt)."""

    def __init__(self, message: str):
        super().__init__(
            message,
            status_code=400,
            type="invalid_request_error",
            code="invalid_configuration",
            display_message=message,
        )


class ContentBlockedError(HTTPException):
    """A policy refused the request or the answer."""

    def __init__(self, message: str, code: str = "content_blocked"):
        super().__init__(
            message, status_code=400, type="invalid_request_error", code=code, display_message=message
        )


class TooLargeError(HTTPException):
    """More text than the interceptor checks: refused, never passed on unchecked."""

    def __init__(self, message: str, code: str):
        super().__init__(
            message, status_code=413, type="invalid_request_error", code=code, display_message=message
        )
