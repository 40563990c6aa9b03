"""`noop`: a generic interceptor that changes nothing. Useful to measure the chain's own cost."""
