"""`python -m devstack up`: the whole chain on this machine; Ctrl-C stops it."""

from __future__ import annotations

import os
import secrets
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

  The console: {url}/console  (admin key: {admin};
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
    admin = "your GATEWAY_ADMIN_KEY"
    env = {"GATEWAY_CONSOLE_FILE": console}
    if not os.environ.get("GATEWAY_ADMIN_KEY"):
        # No well-known admin key: a random one for this run, readable only by you.
        key_file = ROOT / ".run" / "admin-key"
        key_file.parent.mkdir(exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(24) + "\n")
        key_file.chmod(0o600)
        env["GATEWAY_ADMIN_KEY"] = key_file.read_text().strip()
        admin = f"in {key_file}, new each run; or set GATEWAY_ADMIN_KEY"
    stack = Stack(env=env)
    signal.signal(signal.SIGTERM, _interrupt)
    # Ctrl-C stops the stack even when the shell that started it ignores SIGINT (a background job)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        stack.start()
        print(
            _EXAMPLE.format(
                url=stack.gateway_url,
                redis=stack.redis_url or "not installed, using in-memory stores",
                console=console,
                admin=admin,
            ),
            flush=True,
        )
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
