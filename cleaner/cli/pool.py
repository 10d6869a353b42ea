"""A process pool that cannot hang: one task per worker at a time, a watchdog, and recovery from crashes.

Why not ``multiprocessing.Pool``: a worker stuck inside C code (a parser, a pathological regex) cannot be
interrupted there, and ``Pool`` can neither kill one worker nor say which task it lost. Here each worker
has its own pipe and a small shared array saying which item of which task it is on and since when, so:

- a document that runs past ``--timeout`` is first interrupted inside the worker (``SIGALRM``: it
  becomes a :class:`~cleaner.errors.Timeout`, reported, and the worker exits afterwards to start clean);
  if the worker does not answer within the hard limit it is killed, that one document is reported as
  timed out, the rest of its task is sent again and a fresh worker takes its place;
- a worker that dies (a crash, the OOM killer) costs only the document it was on;
- each worker gets one task at a time, so memory in flight is bounded by ``jobs`` tasks, and tasks are
  batches of documents, so tiny files do not pay one round trip each;
- workers start on demand (a one-file run forks one) and are forked from a parent whose cleaner has
  already loaded language profiles and compiled its first rule tables; they use that very cleaner
  (copy-on-write), so none of them pays the warm-up again (``warm_parent`` sees the first task, to tell
  whether the HTML path needs warming too).

Workers ignore ``SIGINT`` (a Ctrl-C reaches the whole process group; the parent decides) and exit on
``SIGTERM`` through ``SystemExit``, so an output being written is removed, never left half-written.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from .settings import Settings
from .work import Report, Task, WorkerState, execute

WorkerFn = Callable[[WorkerState, Task, Any], Report]
OnResult = Callable[[Task, Report], None]
# (task, index of the item it was on, reason, pid) -> what to send again (None: nothing)
OnLost = Callable[[Task, int, str, int], Task | None]


class PoolError(RuntimeError):
    """Workers cannot start or keep dying before finishing anything."""


def _term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _worker_main(
    conn: Connection,
    progress: Any,
    settings: Settings,
    state: WorkerState | None,
    fn: WorkerFn,
    inherited: list[Connection],
) -> None:
    for other in inherited:  # the parent's ends of the pipes (forked): the parent's death must read as EOF
        other.close()
    signal.signal(signal.SIGTERM, _term)
    signal.signal(signal.SIGHUP, _term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if state is None:  # spawned, not forked: build and warm up here
        state = WorkerState(settings)
        state.warm_up(html=True)
    state.enable_alarm()
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if msg is None:
            return
        task_id, task = msg
        progress[2] = task_id
        report = fn(state, task, progress)
        progress[1] = 0.0
        try:
            conn.send((task_id, report))
        except (BrokenPipeError, OSError):
            return
        if report.recycle:
            return


class _Worker:
    __slots__ = ("conn", "current", "kill_reason", "proc", "progress", "retiring")

    def __init__(self, proc: Any, conn: Connection, progress: Any) -> None:
        self.proc = proc
        self.conn = conn
        self.progress = progress
        self.current: tuple[int, Task] | None = None
        self.retiring = False
        self.kill_reason: str | None = None


class WorkerPool:
    """``jobs`` worker processes running ``fn(state, task, progress)`` on tasks from an iterator."""

    def __init__(
        self,
        jobs: int,
        settings: Settings,
        on_lost: OnLost,
        hard_limit: float | None = None,
        fn: WorkerFn = execute,
        warm_parent: Callable[[WorkerState, Task], None] | None = None,
        start_method: str | None = None,
        state: WorkerState | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        method = start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.ctx: Any = mp.get_context(method)
        self.jobs = jobs
        self.settings = settings
        self.on_lost = on_lost
        self.hard_limit = hard_limit
        self.fn = fn
        self.warm_parent = warm_parent
        # forked workers share the parent's, warmed up once (``state``: one already made, e.g. shared
        # with an earlier pool of the same run, so what it warmed up is not done again)
        self.state: WorkerState | None = state
        self._warmed = False
        self.workers: list[_Worker] = []
        self._next_id = 0
        self._deaths_without_progress = 0
        self._meanwhile: threading.Thread | None = None
        self._meanwhile_error: BaseException | None = None
        self._switch_interval = sys.getswitchinterval()

    # -- workers --------------------------------------------------------------------------------------
    def _spawn(self, task: Task) -> _Worker:
        forked = self.ctx.get_start_method() == "fork"
        if forked and not self._warmed:
            if self.state is None:
                self.state = WorkerState(self.settings)
            if self.warm_parent is not None:
                self.warm_parent(self.state, task)
            self._warmed = True
        parent_conn, child_conn = self.ctx.Pipe(duplex=True)
        progress = self.ctx.RawArray("d", 3)
        inherited = [parent_conn, *(w.conn for w in self.workers)] if forked else []
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child_conn, progress, self.settings, self.state if forked else None, self.fn, inherited),
            daemon=True,
        )
        if forked:
            self._join_meanwhile()  # never fork while another thread may hold a lock
            # The child inherits every object frozen: its collector never walks (and so
            # never writes to) the pages it shares with the parent copy-on-write, which
            # keeps workers from slowly copying the parent's whole heap. The parent's stay
            # frozen too (long-lived tables): the next fork's collection walks only what is
            # newer, not the whole heap again.
            gc.collect()
            gc.freeze()
        proc.start()
        child_conn.close()
        worker = _Worker(proc, parent_conn, progress)
        self.workers.append(worker)
        return worker

    def _idle(self, task: Task) -> _Worker | None:
        for w in self.workers:
            if w.current is None and not w.retiring:
                return w
        if sum(1 for w in self.workers if not w.retiring) < self.jobs:
            return self._spawn(task)
        return None

    def in_flight(self) -> list[tuple[int, Task]]:
        """``(pid, task)`` of every task being worked on."""
        return [(w.proc.pid, w.current[1]) for w in self.workers if w.current is not None]

    # -- the loop -------------------------------------------------------------------------------------
    def run(
        self,
        tasks: Iterator[Task],
        on_result: OnResult,
        can_pull: Callable[[], bool] = lambda: True,
        meanwhile: Callable[[], None] | None = None,
    ) -> None:
        """Run every task; ``on_result`` is called in the parent as each finishes (in any order).
        ``can_pull`` false holds back new tasks while results wait to be written (memory stays flat).
        ``meanwhile`` runs once in this process, in a thread, as soon as every worker has work: this
        process's own preparation for later, done while the workers work (in this thread, it would keep
        them waiting for their next task); it is over when ``run`` returns."""
        try:
            self._run(tasks, on_result, can_pull, meanwhile)
        finally:
            self._join_meanwhile()

    def _run(
        self,
        tasks: Iterator[Task],
        on_result: OnResult,
        can_pull: Callable[[], bool],
        meanwhile: Callable[[], None] | None,
    ) -> None:
        retry: deque[Task] = deque()
        exhausted = False
        while True:
            while True:  # hand out work
                busy = any(w.current is not None for w in self.workers)
                if retry:
                    task = retry.popleft()
                elif exhausted or (busy and not can_pull()):
                    break
                else:
                    try:
                        task = next(tasks)
                    except StopIteration:
                        exhausted = True
                        break
                worker = self._idle(task)
                if worker is None:
                    retry.appendleft(task)
                    break
                self._send(worker, task)
            busy_workers = [w for w in self.workers if w.current is not None]
            if meanwhile is not None:
                self._start_meanwhile(meanwhile)
                meanwhile = None
            if not busy_workers and not retry and exhausted:
                return
            self._wait(busy_workers, on_result, retry)

    def _start_meanwhile(self, fn: Callable[[], None]) -> None:
        def target() -> None:
            try:
                fn()
            except BaseException as exc:  # re-raised in the caller's thread by _join_meanwhile
                self._meanwhile_error = exc

        # this thread must still hand out work promptly while the other one computes
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, 0.0005))
        self._meanwhile = threading.Thread(target=target, name="clean-meanwhile", daemon=True)
        self._meanwhile.start()

    def _join_meanwhile(self) -> None:
        thread, self._meanwhile = self._meanwhile, None
        if thread is None:
            return
        thread.join()
        sys.setswitchinterval(self._switch_interval)
        error, self._meanwhile_error = self._meanwhile_error, None
        if error is not None:
            raise error

    def _send(self, worker: _Worker, task: Task) -> None:
        self._next_id += 1
        worker.current = (self._next_id, task)
        with contextlib.suppress(BrokenPipeError, OSError):  # if it died, its sentinel says so
            worker.conn.send((self._next_id, task))

    def _wait(self, busy: list[_Worker], on_result: OnResult, retry: deque[Task]) -> None:
        handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in self.workers]
        timeout = 0.25 if self.hard_limit else None
        ready = set(wait(handles, timeout=timeout))
        for w in list(self.workers):
            if w.conn in ready:
                self._receive(w, on_result)
            if w.proc.sentinel in ready:
                self._reap(w, on_result, retry)
        if self.hard_limit:
            now = time.monotonic()
            for w in list(self.workers):
                started = w.progress[1]
                if w.current is not None and started > 0 and now - started > self.hard_limit:
                    w.kill_reason = f"timed out (no answer after {self.hard_limit:.1f}s; worker killed)"
                    _kill(w.proc)
                    self._reap(w, on_result, retry)

    def _receive(self, w: _Worker, on_result: OnResult) -> bool:
        try:
            task_id, report = w.conn.recv()
        except (EOFError, OSError):
            return False
        if w.current is not None and w.current[0] == task_id:
            task = w.current[1]
            w.current = None
            self._deaths_without_progress = 0
            if report.recycle:
                w.retiring = True
            on_result(task, report)
        return True

    def _reap(self, w: _Worker, on_result: OnResult, retry: deque[Task]) -> None:
        while w.current is not None and _poll(w.conn):
            if not self._receive(w, on_result):
                break
        w.proc.join(timeout=5)
        if w.proc.is_alive():
            _kill(w.proc)
            w.proc.join()
        w.conn.close()
        self.workers.remove(w)
        if w.current is None:
            return
        task_id, task = w.current
        w.current = None
        started = w.progress[1] > 0 and int(w.progress[2]) == task_id
        if not started:
            self._deaths_without_progress += 1
            if self._deaths_without_progress > 3 * self.jobs + 3:
                raise PoolError(f"worker processes keep dying (exit code {w.proc.exitcode}) before doing any work")
            retry.appendleft(task)
            return
        reason = w.kill_reason or _death_reason(w.proc.exitcode)
        remainder = self.on_lost(task, int(w.progress[0]), reason, w.proc.pid or 0)
        if remainder is not None:
            retry.appendleft(remainder)

    # -- shutting down ------------------------------------------------------------------------------------
    def close(self) -> None:
        """Let idle workers exit; called after :meth:`run` returns."""
        for w in self.workers:
            with contextlib.suppress(BrokenPipeError, OSError):
                w.conn.send(None)
        self._stop_all(grace=5)

    def _stop_all(self, grace: float) -> None:
        """Wait up to ``grace`` seconds for every worker to exit, kill the rest, forget them."""
        deadline = time.monotonic() + grace
        for w in self.workers:
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                _kill(w.proc)
                w.proc.join()
            w.conn.close()
        self.workers.clear()

    def terminate(self) -> list[tuple[int, Task]]:
        """Stop every worker now (``SIGTERM``, then ``SIGKILL``); returns what was in flight."""
        lost = self.in_flight()
        for w in self.workers:
            if w.proc.is_alive():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(w.proc.pid, signal.SIGTERM)
        self._stop_all(grace=3)
        return lost


def _poll(conn: Connection) -> bool:
    try:
        return conn.poll()
    except (EOFError, OSError):
        return False


def _kill(proc: Any) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"worker crashed ({name}) on this document"
    return f"worker exited (status {exitcode}) on this document"
