"""`python -m stress`: the fault and abuse suite (issue 12).

It starts the whole chain on 127.0.0.1 (its own redis-server, the interceptor services, a recording
model double from tests/apps, the gateway), then runs, each bounded in time: load at c=64 and c=256
with PII prompts (streamed and not, some clients leaving early), an interceptor killed and restarted,
Redis paused (SIGSTOP) and resumed, a model that hangs and one that dies mid-stream, clients leaving a
slow stream, one request with thousands of names beside small ones, and a corpus of bad input against
the gateway and each interceptor service directly. It prints one table and the checks of the issue's
bar: no 5xx where none is allowed, no hangs, no crashes, no PII value at the model, in the logs or in
Redis in clear, no per-request keys left behind, forged keys and headers refused.

`--fast` is the same run, smaller: tests/integration/test_stress.py runs it in `make test`.
"""

from stress.run import Options, Report, run  # noqa: F401
