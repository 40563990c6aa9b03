"""`python -m devstack up` (what `make up` runs) starts the stack, and its printed examples work."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from devstack.stack import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def running_stack(tmp_path):
    env = {**os.environ, "GATEWAY_PORT": str(free_port()), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "devstack", "up"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    deadline = time.monotonic() + 180  # a loaded 2-core CI machine starts spaCy and the models slowly
    for line in proc.stdout:
        lines.append(line)
        if "Press Ctrl-C" in line or time.monotonic() > deadline:
            break
    yield proc, "".join(lines)
    proc.send_signal(signal.SIGINT)
    proc.wait(30)


def test_the_printed_curl_and_openai_examples_work_and_ctrl_c_stops_everything(running_stack):
    proc, text = running_stack
    assert "ready" in text, text
    curl = re.search(r"(curl -s .*?)\n\n", text, re.S).group(1).replace("\\\n", " ")
    out = subprocess.run(["bash", "-c", curl], capture_output=True, text=True, check=True).stdout
    assert "Hello from the gateway" in out
    script = re.search(r"python - <<'PY'\n(.*?)\n\s*PY", text, re.S).group(1)
    script = "\n".join(line[2:] for line in script.splitlines())
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "Hello from the OpenAI client"
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) >= 3  # demo model, noop interceptor, gateway (and Redis when installed)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(30) == 0
    alive = [
        pid
        for pid in children
        if Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    ]
    assert alive == []
