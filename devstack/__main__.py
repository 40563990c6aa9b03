"""`python -m devstack up`: the whole chain on this machine; Ctrl-C stops it."""

from __future__ import annotations

import os
import signal
import sys
import time

from devstack.stack import ROOT, Stack

_EXAMPLE = """
The gateway is ready on {url}  (Redis: {redis}; logs in .run/)

  curl -s {url}/openai/deployments/demo/chat/completions \\
    -H "Api-Key: dial_api_key" -H "Content-Type: application/json" \\
    -d '{{"messages": [{{"role": "user", "content": "Hello from the gateway"}}]}}'

  python - <<'PY'
  from openai import OpenAI
  client = OpenAI(base_url="{url}/v1", api_key="dial_api_key")
  reply = client.chat.completions.create(
      model="demo", messages=[{{"role": "user", "content": "Hello from the OpenAI client"}}])
  print(reply.choices[0].message.content)
  PY

  The console: {url}/console  (admin key: dial_admin_key, or your GATEWAY_ADMIN_KEY;
  chain edits go to {console})

Press Ctrl-C to stop.
"""


def _interrupt(*_) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the stack as Ctrl-C does


def main(argv: list[str]) -> int:
    if argv[:1] not in (["up"], []):
        print("usage: python -m devstack up", file=sys.stderr)
        return 2
    # The console's own settings file (its chain edits), merged after the others.
    console = os.environ.get("GATEWAY_CONSOLE_FILE") or str(ROOT / ".run" / "console.json")
    stack = Stack(env={"GATEWAY_CONSOLE_FILE": console})
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        stack.start()
        print(_EXAMPLE.format(url=stack.gateway_url, redis=stack.redis_url or "not installed, "
                              "using in-memory stores", console=console), flush=True)
        while all(p.poll() is None for p in stack.procs.values()):
            time.sleep(0.5)
        dead = [n for n, p in stack.procs.items() if p.poll() is not None]
        print(f"stopping: {', '.join(dead)} exited (see .run/)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopping the stack", flush=True)
        return 0
    except RuntimeError as exc:
        print(f"the stack did not start: {exc}", file=sys.stderr)
        return 1
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
