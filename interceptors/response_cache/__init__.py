"""The `response-cache` interceptor: complete answers kept in Redis, replayed to identical requests."""
