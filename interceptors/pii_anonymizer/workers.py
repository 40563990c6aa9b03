"""Where analysis runs: worker processes that use the cores, share them fairly, and stop on time.

* `PII_WORKERS` processes (default: the CPUs, at most 4), each with its own analyzer. Analysis is
  CPU-bound Python and spaCy, so threads would share one core.
* Fair: a request's texts are cut into chunks of about CHUNK_CHARS characters, and free workers
  take the next chunk of each waiting request in turn. A small request waits for at most one chunk
  of each request ahead of it, however large those are.
* On time: a request's budget (`PII_TIME_BUDGET_MS`) starts when its first chunk reaches a worker.
  Past it, the request gets no more chunks, and a chunk in progress stops at its next recognizer;
  spaCy's thread ends the text it is reading first (seconds for 200,000 characters), and the request
  waits for its worker's word (refusing it earlier refused answers that came in time but late, on a
  busy event loop). Waiting for a worker
  is bounded separately (`PII_QUEUE_TIMEOUT_MS`): under load requests queue, they do not fail.
* The second pass (every other mention of a found value) runs in a thread of the service once a
  request's chunks are in; it is pattern matching, not the analyzer.
* `PII_WORKERS=0` analyzes in one thread of the service process (small machines, debugging).

A worker that dies is replaced; its request is refused (the interceptor fails closed).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

_log = logging.getLogger(__name__)
CHUNK_CHARS = 4000  # about 50 ms of analysis: the most a small request waits per request ahead
_detector = None  # in a worker process: its own analyzer


class AnalysisTimeoutError(TimeoutError):
    """The request's analysis budget ran out; the work was stopped."""


class AnalysisBusyError(TimeoutError):
    """No worker was free for the request within the queue timeout."""


def default_workers() -> int:
    return min(os.cpu_count() or 1, 4)


def _exit_with_parent() -> None:
    """A worker ends when the service does, however the service ends (even SIGKILL): spawned
    workers hold both ends of their queues, so they would never see it otherwise."""
    parent = os.getppid()
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _load(spacy_model: str, language: str, cache_entries: int) -> None:
    global _detector
    _exit_with_parent()
    from interceptors.pii_anonymizer.detector import Detector, build_analyzer

    _detector = Detector(build_analyzer(spacy_model, language), cache_entries)
    # One analysis now: spaCy and the recognizers load lazily, and the first request must not wait.
    from interceptors.pii_anonymizer.detector import policy_key
    from interceptors.pii_anonymizer.settings import Policy

    warm = Policy(language=language)
    _detector.analyze(["Warm-up: Jane Doe, 1 Main St, Springfield, jane@example.org"], warm, policy_key(warm))


def _analyze(texts, policy, key, deadline):
    return _detector.analyze(texts, policy, key, deadline)


def _ready() -> bool:
    return _detector is not None


def chunks(texts: list[str], size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Consecutive (start, end) ranges of `texts` of about `size` characters (at least one text)."""
    out, start, chars = [], 0, 0
    for i, t in enumerate(texts):
        if i > start and chars + len(t) > size:
            out.append((start, i))
            start, chars = i, 0
        chars += len(t)
    if start < len(texts):
        out.append((start, len(texts)))
    return out


@dataclass(eq=False)
class _Job:
    texts: list[str]
    policy: object
    key: str
    budget: float
    queue_deadline: float
    done: asyncio.Future
    ranges: list[tuple[int, int]]
    handed: int = 0  # chunks given to workers
    finished: int = 0
    found: list = field(default_factory=list)
    deadline: float = 0.0  # set when its first chunk reaches a worker

    def __post_init__(self):
        self.found = [None] * len(self.texts)


class AnalysisPool:
    def __init__(
        self, spacy_model: str, language: str, workers: int, cache_entries: int = 20_000, detector=None
    ):
        """`detector`: the in-process one, used when `workers` is 0."""
        self.spacy_model, self.language, self.workers = spacy_model, language, workers
        self.cache_entries, self.local = cache_entries, detector
        self._waiting: deque[_Job] = deque()
        self._busy = 0
        self._executor = self._start()
        self._second_pass = ThreadPoolExecutor(1, "pii-propagate")

    def _start(self) -> Executor:
        if self.workers == 0:
            return ThreadPoolExecutor(1, "pii")
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_load,
            initargs=(self.spacy_model, self.language, self.cache_entries),
        )

    def warm(self) -> None:
        """Start every worker and load its analyzer now, not on the first requests."""
        if self.workers:
            for f in [self._executor.submit(_ready) for _ in range(self.workers * 2)]:
                f.result()

    async def detect(
        self, texts: list[str], policy, known: dict[str, str], budget: float, queue_timeout: float = 20.0
    ):
        """Findings per text (with the second pass over `known` and the request's own values).
        AnalysisTimeoutError when `budget` seconds of analysis run out, AnalysisBusyError when no
        worker was free within `queue_timeout`."""
        from interceptors.pii_anonymizer.anonymizer import second_pass
        from interceptors.pii_anonymizer.detector import policy_key

        loop = asyncio.get_running_loop()
        job = _Job(
            texts,
            policy,
            policy_key(policy),
            budget,
            time.time() + queue_timeout,
            loop.create_future(),
            chunks(texts),
        )
        if not job.ranges:
            return []
        self._waiting.append(job)
        self._dispatch()
        try:
            found = await asyncio.wait_for(asyncio.shield(job.done), queue_timeout + budget)
            return await asyncio.wait_for(
                loop.run_in_executor(self._second_pass, second_pass, texts, found, known),
                max(job.deadline - time.time(), 0) + 0.5,
            )
        except AnalysisBusyError:
            raise  # a TimeoutError too, but not the budget's: the interceptor answers 503, not 504
        except TimeoutError:
            raise AnalysisTimeoutError from None
        finally:
            if not job.done.done():
                job.done.cancel()  # no more chunks for it
            elif not job.done.cancelled():
                job.done.exception()  # retrieved: never logged as "never retrieved"

    def _dispatch(self) -> None:
        """Give each free worker the next chunk of the next waiting request, in turn."""
        while self._busy < max(self.workers, 1) and self._waiting:
            job = self._waiting.popleft()
            if job.done.done():
                continue
            now = time.time()
            if job.handed == 0:
                if now > job.queue_deadline:
                    job.done.set_exception(AnalysisBusyError())
                    continue
                job.deadline = now + job.budget
            elif now > job.deadline:
                job.done.set_exception(AnalysisTimeoutError())
                continue
            a, b = job.ranges[job.handed]
            job.handed += 1
            if job.handed < len(job.ranges):
                self._waiting.append(job)  # its next chunk after everyone else's
            self._busy += 1
            if self.workers == 0:
                fut = self._executor.submit(
                    self.local.analyze, job.texts[a:b], job.policy, job.key, job.deadline
                )
            else:
                fut = self._executor.submit(_analyze, job.texts[a:b], job.policy, job.key, job.deadline)
            fut.add_done_callback(
                lambda f, j=job, a=a: j.done.get_loop().call_soon_threadsafe(  # type: ignore[misc]
                    self._chunk_done, j, a, f
                )
            )

    def _chunk_done(self, job: _Job, start: int, fut) -> None:
        self._busy -= 1
        try:
            found = fut.result()
        except BrokenProcessPool:
            _log.error("a PII analysis worker died; starting new ones")
            self._executor = self._start()
            found = None
            error: BaseException | None = RuntimeError("analysis worker died")
        except BaseException as exc:  # handed to the request, which fails closed
            found, error = None, exc
        else:
            error = None
        if not job.done.done():
            if error is not None:
                job.done.set_exception(error)
            else:
                job.found[start : start + len(found)] = found
                job.finished += 1
                if job.finished == len(job.ranges):
                    job.done.set_result(job.found)
        self._dispatch()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._second_pass.shutdown(wait=False)
