"""`python -m stress --fast` in `make test`: the issue 12 bar, each check a test of its own.

One small run of the fault and abuse suite (its own stack, Redis and logs; see stress/). What each
check found is in its failure message: the scenario, the request and the status, never a value.
"""

from __future__ import annotations

import pytest

from stress import Options, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    report = run(Options(fast=True, seed=12, work=tmp_path_factory.mktemp("stress")))
    print(report.table())
    return report


def _assert(report, name: str) -> None:
    check = report.check(name)
    assert check.ok, f"{name}: {len(check.evidence)}\n" + "\n".join(check.evidence[:25])


@pytest.mark.parametrize(
    "name",
    [
        "no 5xx but the faults' own (502/503/504 while a service is down, 504 from a hanging model)",
        "no hangs (every client answered within its deadline)",
        "no dropped connections or cut bodies (bad-input rows excepted: malformed HTTP may be closed)",
        "no crashes",
        "no PII value reached the model",
        "no PII value in the services' logs",
        "no PII value in Redis in clear",
        "no per-request keys left behind",
        "forged keys and identity headers refused",
        "timeouts name the hop that timed out",
    ],
)
def test_stress_fast(report, name):
    _assert(report, name)


def test_every_scenario_ran(report):
    names = {r.name for r in report.rows}
    assert {
        "load c=64",
        "load c=256",
        "redis paused",
        "model hangs",
        "model dies mid-stream",
        "bad input -> gateway",
        "bad input -> pii",
        "forged keys/headers",
    } <= names
    assert all(r.results for r in report.rows if not r.name.endswith(("restarted", "resumed")))
