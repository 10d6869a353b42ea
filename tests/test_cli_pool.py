"""The worker pool never hangs: stuck workers are killed, crashed ones replaced, every task accounted for."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import pytest

from cleaner.cli.pool import WorkerPool
from cleaner.cli.settings import Settings
from cleaner.cli.work import DocItem, Report, Task, WorkerState

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool tests fork")


def _fn(state: WorkerState, task: Task, progress: Any) -> Report:
    report = Report()
    for index, item in enumerate(task.items):
        progress[0] = index
        progress[1] = time.monotonic()
        if item.data == "hang":  # stuck where no signal gets through (like C code holding on)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGTERM})
            time.sleep(120)
        elif item.data == "crash":
            os._exit(3)
        elif item.data == "recycle":
            report.recycle = True
        report.docs += 1
        report.errors.append((item.label, "ok"))  # records which items ran
    return report


def _tasks(spec: list[list[str]]) -> list[Task]:
    return [
        Task([DocItem(f"t{t}i{i}", "txt", data) for i, data in enumerate(items)], "txt")
        for t, items in enumerate(spec)
    ]


def _run(
    spec: list[list[str]], jobs: int = 2, hard_limit: float | None = None
) -> tuple[list[str], list[Any]]:
    done: list[str] = []
    lost: list[Any] = []

    def on_lost(task: Task, index: int, reason: str, pid: int) -> Task | None:
        lost.append((task.items[index].label, reason))
        rest = task.items[:index] + task.items[index + 1 :]
        return Task(rest, task.fmt) if rest else None

    def on_result(task: Task, report: Report) -> None:
        done.extend(label for label, _ in report.errors)

    pool = WorkerPool(jobs, Settings(), on_lost, hard_limit=hard_limit, fn=_fn)
    try:
        pool.run(iter(_tasks(spec)), on_result)
    finally:
        pool.close()
    assert pool.workers == []
    return sorted(done), lost


def test_every_task_runs_once() -> None:
    spec = [["ok"] * 3 for _ in range(40)]
    done, lost = _run(spec, jobs=2)
    assert done == sorted(f"t{t}i{i}" for t in range(40) for i in range(3))
    assert lost == []


def test_a_stuck_worker_is_killed_and_the_rest_of_its_task_still_runs() -> None:
    start = time.monotonic()
    done, lost = _run([["ok", "hang", "ok"], ["ok", "ok"]], jobs=2, hard_limit=1.0)
    assert time.monotonic() - start < 60
    assert lost == [("t0i1", "timed out (no answer after 1.0s; worker killed)")]
    assert done == ["t0i0", "t0i2", "t1i0", "t1i1"]


def test_a_crashed_worker_costs_only_its_document() -> None:
    done, lost = _run([["ok", "crash", "ok"], ["ok"], ["crash"]], jobs=1)
    assert sorted(label for label, _ in lost) == ["t0i1", "t2i0"]
    assert all("worker exited (status 3)" in reason for _, reason in lost)
    assert done == ["t0i0", "t0i2", "t1i0"]


def test_recycled_workers_are_replaced() -> None:
    done, lost = _run([["recycle", "ok"], ["recycle"], ["ok"], ["ok", "recycle"], ["ok"]], jobs=2)
    assert lost == []
    assert len(done) == 7


def _slow_fn(state: WorkerState, task: Task, progress: Any) -> Report:
    time.sleep(0.05)
    return _fn(state, task, progress)


def test_meanwhile_runs_beside_the_workers_and_is_over_when_run_returns() -> None:
    """The parent's own preparation runs in a thread while results keep coming in (the workers are
    not left waiting for their next task), and it has finished by the time ``run`` returns."""
    import threading

    events: list[str] = []
    finished = threading.Event()

    def meanwhile() -> None:
        time.sleep(0.3)
        events.append("meanwhile done")
        finished.set()

    def on_result(task: Task, report: Report) -> None:
        events.append("result")

    pool = WorkerPool(2, Settings(), lambda *a: None, fn=_slow_fn)
    try:
        pool.run(iter(_tasks([["a"]] * 8)), on_result, meanwhile=meanwhile)
    finally:
        pool.close()
    assert finished.is_set()
    assert events.count("result") == 8
    assert events.index("meanwhile done") > 0  # results arrived while it ran


def test_an_error_in_meanwhile_reaches_the_caller() -> None:
    def meanwhile() -> None:
        raise RuntimeError("warm-up failed")

    pool = WorkerPool(1, Settings(), lambda *a: None, fn=_fn)
    try:
        with pytest.raises(RuntimeError, match="warm-up failed"):
            pool.run(iter(_tasks([["a"], ["b"]])), lambda t, r: None, meanwhile=meanwhile)
    finally:
        pool.terminate()
