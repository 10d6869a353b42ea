"""The worker pool never hangs: stuck workers are killed, crashed ones replaced, every task accounted for."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import replace
from typing import Any

import pytest

from cleaner.cli.pool import PREFETCH_BYTES, WorkerPool, resident_bytes
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


def _pid_fn(state: WorkerState, task: Task, progress: Any) -> Report:
    report = Report()
    for item in task.items:
        report.docs += 1
        report.errors.append((item.label, str(os.getpid())))  # records which worker ran it
    return report


def _pids(memory_limit: int | None, tasks: int = 4) -> tuple[list[str], set[str]]:
    """The items done and the workers (their pids) that did them, one worker, ``tasks`` tasks of two items."""
    done: list[str] = []
    pids: set[str] = set()

    def on_result(task: Task, report: Report) -> None:
        done.extend(label for label, _ in report.errors)
        pids.update(pid for _, pid in report.errors)

    pool = WorkerPool(1, Settings(), lambda *a: None, fn=_pid_fn, memory_limit=memory_limit)
    try:
        pool.run(iter(_tasks([["ok", "ok"]] * tasks)), on_result)
    finally:
        pool.close()
    return sorted(done), pids


def test_a_worker_past_its_memory_limit_is_replaced_after_its_task() -> None:
    # every worker holds more than one byte: each task is done by a fresh worker, none is lost or done twice
    done, pids = _pids(memory_limit=1)
    assert done == sorted(f"t{t}i{i}" for t in range(4) for i in range(2))
    assert len(pids) == 4
    # under the limit (or with none) one worker does them all
    for limit in (None, 1 << 50):
        done, pids = _pids(memory_limit=limit)
        assert len(done) == 8
        assert len(pids) == 1


def test_resident_memory_is_read() -> None:
    resident = resident_bytes()
    assert resident is not None and 1 << 20 < resident < 1 << 40
    grown = bytearray(64 << 20)  # touched: resident
    grown[:: 4096] = b"x" * len(grown[:: 4096])
    after = resident_bytes()
    assert after is not None and after >= resident + (32 << 20)
    del grown


def _slow_fn(state: WorkerState, task: Task, progress: Any) -> Report:
    time.sleep(0.05)
    return _fn(state, task, progress)


def test_a_worker_holds_the_next_small_task_and_never_a_large_one() -> None:
    """A small task is queued behind a busy worker (it never waits for the parent between tasks); a
    large one waits for an idle worker (a send to a busy worker must never block)."""
    seen: list[int] = []
    pool = WorkerPool(1, Settings(), lambda *a: None, fn=_slow_fn)

    def on_result(task: Task, report: Report) -> None:
        seen.append(len(pool.in_flight()))

    try:
        pool.run(iter(_tasks([["a"]] * 6)), on_result)
        small = list(seen)
        seen.clear()
        big = "x" * (PREFETCH_BYTES + 1)
        pool.run(iter(_tasks([[big]] * 4)), on_result)
    finally:
        pool.close()
    assert small[:4] == [1, 1, 1, 1]  # the next task was already with the worker as each one finished
    assert seen == [0, 0, 0, 0]


def test_workers_live_on_between_runs_and_take_new_settings() -> None:
    """One pool runs a run's two passes: the same workers, told the new settings in between."""
    seen: list[tuple[str, str]] = []

    def on_result(task: Task, report: Report) -> None:
        seen.extend(report.errors)

    pool = WorkerPool(2, Settings(), lambda *a: None, fn=_settings_fn)
    try:
        pool.run(iter(_tasks([["a"]] * 4)), on_result)
        first = {pid for pid, _field in seen}
        seen.clear()
        pool.update_settings(replace(Settings(), text_field="body"))
        pool.run(iter(_tasks([["a"]] * 4)), on_result)
    finally:
        pool.close()
    assert {field for _pid, field in seen} == {"body"}
    assert {pid for pid, _field in seen} <= first


def test_each_worker_warms_up_once_before_its_first_task() -> None:
    done, _lost = [], []

    def on_result(task: Task, report: Report) -> None:
        done.extend(report.errors)

    pool = WorkerPool(2, Settings(), lambda *a: None, fn=_warm_fn, warm_child=_warm)
    try:
        pool.run(iter(_tasks([["a"], ["b"], ["c"], ["d"], ["e"]])), on_result)
    finally:
        pool.close()
    assert len(done) == 5
    by_pid: dict[str, set[str]] = {}
    for pid, warmed in done:
        by_pid.setdefault(pid, set()).add(warmed)
    assert all(len(warmed) == 1 for warmed in by_pid.values())  # once per worker
    assert all(w.startswith("warmed for t") for ws in by_pid.values() for w in ws)


_WARMED: list[str] = []


def _warm(state: WorkerState, task: Task) -> None:
    _WARMED.append(f"warmed for {task.items[0].label}")


def _warm_fn(state: WorkerState, task: Task, progress: Any) -> Report:
    report = Report()
    report.errors.append((str(os.getpid()), "|".join(_WARMED)))
    return report


def _settings_fn(state: WorkerState, task: Task, progress: Any) -> Report:
    report = Report()
    report.errors.append((str(os.getpid()), state.settings.text_field))
    return report
