"""Every compose image starts: each service's extra, installed alone in a fresh virtualenv, runs it.

docker-compose.yml builds one image per service from the Dockerfile with a single extra (EXTRAS). No
Docker engine runs here, so this test does what each image build does, step by step, read from the
Dockerfile itself: copy the same files into an empty app directory, `pip install ".[<extra>]"` there
into a new virtualenv (no packages but the extra's), then start the compose service's command with its
compose environment (hosts mapped to 127.0.0.1) and ask its healthcheck URL. A module the extra does
not install (issue 12: gateway/metrics.py needs prometheus_client) makes that service fail here.

Speed: the wheels of every extra are downloaded once into a wheelhouse kept between runs
(GATEWAY_WHEELHOUSE, default ~/.cache/llm-safety-gateway/wheelhouse, refreshed when pyproject.toml's
dependencies change); each virtualenv then installs from it with --no-index, several at a time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from devstack.stack import free_port

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
PYTHON_SERVICES = {name: svc for name, svc in COMPOSE.items() if "build" in svc}
INSTALL_WORKERS = 3
HEALTH_TIMEOUT = 120.0

pytestmark = pytest.mark.slow


NO_DEPS_STEP = 'if [ -n "${NO_DEPS}" ]; then pip install --no-deps ${NO_DEPS}; fi'


def _dockerfile() -> dict:
    """The Dockerfile's build steps: ARG defaults, ENV, COPY sources and the pip install spec."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    out: dict = {"args": {}, "env": {}, "copy": [], "install": None, "no_deps": False}
    for line in text.splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        op, rest = words[0].upper(), words[1:]
        if op == "ARG":
            name, _, default = rest[0].partition("=")
            out["args"][name] = default
        elif op == "ENV":
            out["env"].update(w.split("=", 1) for w in rest)
        elif op == "COPY":
            out["copy"].extend(rest[:-1])
        elif op == "RUN" and rest[:2] == ["mkdir", "-p"]:
            # A directory for the service's state (the console's file): no Python package comes from it.
            assert set(rest) <= {"mkdir", "-p", "&&", "chown", "nobody", *rest[2:3]}, line
        elif op == "RUN" and rest[:1] == ["if"]:
            # The service's NO_DEPS build arg: packages installed without their dependencies.
            assert line.split(None, 1)[1].strip() == NO_DEPS_STEP, f"update this test for: {line}"
            out["no_deps"] = True
        elif op == "RUN":
            assert rest[:2] == ["pip", "install"] and len(rest) == 3, (
                f'this test knows `pip install "<spec>"` and `mkdir -p <dir> && chown nobody <dir>`; '
                f"update it for: {line}"
            )
            out["install"] = rest[2]
    assert out["install"] and out["copy"], "the Dockerfile neither copies the project nor installs it"
    return out


DOCKERFILE = _dockerfile()


def _extra(service: dict) -> str:
    return (service["build"].get("args") or {}).get("EXTRAS", DOCKERFILE["args"].get("EXTRAS", ""))


EXTRAS = sorted({_extra(s) for s in PYTHON_SERVICES.values()})


def _no_deps(service: dict) -> list[str]:
    """The packages the image installs without their dependencies (NO_DEPS), if the Dockerfile does."""
    value = (service["build"].get("args") or {}).get("NO_DEPS", DOCKERFILE["args"].get("NO_DEPS", ""))
    return value.split() if DOCKERFILE["no_deps"] else []


NO_DEPS = sorted({p for s in PYTHON_SERVICES.values() for p in _no_deps(s)})


def _wheelhouse_stamp() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        "deps": project["dependencies"],
        "extras": project["optional-dependencies"],
        "no_deps": NO_DEPS,
        "python": sys.version_info[:2],
        "platform": sys.platform,
    }
    return hashlib.sha256(repr(wanted).encode()).hexdigest()[:16]


@pytest.fixture(scope="module")
def wheelhouse() -> Path:
    """Wheels for every service extra; downloaded only when pyproject.toml's dependencies changed."""
    where = Path(
        os.environ.get("GATEWAY_WHEELHOUSE") or Path.home() / ".cache" / "llm-safety-gateway" / "wheelhouse"
    )
    stamp = where / f".complete-{_wheelhouse_stamp()}"
    if not stamp.exists():
        where.mkdir(parents=True, exist_ok=True)
        build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "-q",
            "-d",
            str(where),
            "--find-links",
            str(where),
            *build,
            "wheel",
            f".[{','.join(EXTRAS)}]",
        ]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, f"pip download failed:\n{done.stderr[-3000:]}"
        if NO_DEPS:
            cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(where), *NO_DEPS]
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
            assert done.returncode == 0, f"pip download failed:\n{done.stderr[-3000:]}"
        stamp.touch()
    return where


def _build_image(extra: str, base: Path, wheels: Path, no_deps: list[str]) -> tuple[Path, Path]:
    """What `docker build --build-arg EXTRAS=<extra> [--build-arg NO_DEPS=...]` does: the app
    directory and its Python."""
    app, venv = base / "app", base / "venv"
    app.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for src in DOCKERFILE["copy"]:
        path = ROOT / src
        if path.is_dir():
            shutil.copytree(path, app / src, ignore=ignore)
        else:
            shutil.copy2(path, app / src)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    spec = DOCKERFILE["install"].replace("${EXTRAS}", extra).replace("$EXTRAS", extra)
    # The same `pip install` as the image, with this test's pip, from the wheelhouse only.
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "-q",
        "--no-index",
        "--find-links",
        str(wheels),
        "--no-compile",
        spec,
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
    done = subprocess.run(cmd, cwd=app, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"pip install {spec} failed:\n{done.stderr[-3000:]}")
    if no_deps:
        cmd = [*cmd[:-1], "--no-deps", *no_deps]
        done = subprocess.run(cmd, cwd=app, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise RuntimeError(f"pip install --no-deps {no_deps} failed:\n{done.stderr[-3000:]}")
    return app, python


def _interpolate(value: str) -> str:
    """Compose's ${VAR:-default}, from this environment as compose would."""
    return re.sub(
        r"\$\{(\w+)(?::?-([^}]*))?\}", lambda m: os.environ.get(m.group(1)) or m.group(2) or "", value
    )


def _container_env(name: str, app: Path, ports: dict[str, int], redis_url: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(app),
        "LANG": "C.UTF-8",
        **DOCKERFILE["env"],
    }
    for key, value in (PYTHON_SERVICES[name].get("environment") or {}).items():
        value = _interpolate(str(value))
        value = value.replace("redis://redis:6379/0", redis_url.rstrip("/").rsplit("/", 1)[0] + "/0")
        value = value.replace("/app/", f"{app}/")
        for other, port in ports.items():
            value = re.sub(rf"http://{re.escape(other)}:\d+", f"http://127.0.0.1:{port}", value)
        env[key] = value
    port = str(ports[name])
    env.update(PORT=port, HOST="127.0.0.1", GATEWAY_HOST="127.0.0.1")  # loopback only, here
    if "GATEWAY_PORT" in env:
        env["GATEWAY_PORT"] = port
    return env


def _healthy(url: str, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.25)
    return False


def _health_path(service: dict) -> str:
    test = " ".join(service.get("healthcheck", {}).get("test", []))
    m = re.search(r"127\.0\.0\.1:\{[^}]*\}(/[\w/.-]*)", test)
    return m.group(1) if m else "/health"


def test_every_python_service_has_an_extra_of_pyproject():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert PYTHON_SERVICES and set(EXTRAS) <= set(extras), set(EXTRAS) - set(extras)


def _run_image(name: str, base: Path, wheels: Path, redis_url: str) -> str | None:
    """Build the image of compose service `name`, start it, ask its healthcheck: None if it answered,
    else what went wrong."""
    service, extra = PYTHON_SERVICES[name], _extra(PYTHON_SERVICES[name])
    try:
        app, python = _build_image(extra, base / name, wheels, _no_deps(service))
    except Exception as exc:
        return f"the image of {name} (EXTRAS={extra}) did not build: {exc}"
    ports = {other: free_port() for other in PYTHON_SERVICES}
    env = _container_env(name, app, ports, redis_url)
    command = [str(python) if w == "python" else w for w in service["command"]]
    log = base / name / "service.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(command, cwd=app, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{ports[name]}{_health_path(service)}"
        ok = _healthy(url, proc, HEALTH_TIMEOUT)
        tail = log.read_text(errors="replace")[-3000:]
        if proc.poll() is not None:
            return f"{name} (EXTRAS={extra}) exited with {proc.returncode}:\n{tail}"
        if not ok:
            return f"{name} (EXTRAS={extra}) did not answer {url} in {HEALTH_TIMEOUT:.0f} s:\n{tail}"
        if name == "gateway":  # the console's page and its files are in the installed package
            for page in ("/console/", "/console/static/console.js", "/console/static/console.css"):
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{ports[name]}{page}", timeout=5) as r:
                        if r.status != 200 or not r.read():
                            return f"the gateway image serves {page} empty ({r.status})"
                except OSError as exc:
                    return f"the gateway image does not serve {page}: {exc}"
        return None
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(base / name, ignore_errors=True)


@pytest.fixture(scope="module")
def started(wheelhouse, redis_url, tmp_path_factory) -> dict[str, str | None]:
    """Every image built and started, several at a time (each as soon as its install is done)."""
    base = tmp_path_factory.mktemp("images")
    # The largest install first, so the others fill in around it.
    order = sorted(PYTHON_SERVICES, key=lambda n: _extra(PYTHON_SERVICES[n]) != "pii")
    with ThreadPoolExecutor(INSTALL_WORKERS) as pool:
        futures = {n: pool.submit(_run_image, n, base, wheelhouse, redis_url) for n in order}
        return {n: f.result() for n, f in futures.items()}


@pytest.mark.parametrize("name", sorted(PYTHON_SERVICES))
def test_the_compose_image_of_each_service_starts_and_answers_its_healthcheck(name, started):
    problem = started[name]
    assert problem is None, problem
