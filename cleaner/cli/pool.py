"""A process pool that cannot hang: one task per worker at a time, a watchdog, and recovery from crashes.

Why not ``multiprocessing.Pool``: a worker stuck inside C code (a parser, a pathological regex) cannot be
interrupted there, and ``Pool`` can neither kill one worker nor say which task it lost. Here each worker
has its own pipe and a small shared array saying which item of which task it is on and since when, so:

- a document that runs past ``--timeout`` is first interrupted inside the worker (``SIGALRM``: it
  becomes a :class:`~cleaner.errors.Timeout`, reported, and the worker exits afterwards to start clean);
  if the worker does not answer within the hard limit it is killed, that one document is reported as
  timed out, the rest of its task is sent again and a fresh worker takes its place;
- a worker that dies (a crash, the OOM killer) costs only the document it was on;
- each worker holds at most two tasks, the one it works on and the next, so memory in flight is bounded
  by ``2 * jobs`` tasks and a worker never waits for this process between tasks (the next one is in
  its pipe already); tasks are batches of documents, so tiny files do not pay one round trip each. Only
  a small task (paths, not documents: see ``PREFETCH_BYTES``) is queued behind a busy worker, so a
  send never waits on a worker that is itself waiting to send its report;
- a worker whose memory (resident set) has grown past ``memory_limit`` after a task is recycled the
  same way: the rule engine's automata keep the states new text walks them through (see the README's
  Memory section), so a worker that has cleaned a long stream of new pages holds a gigabyte or more;
  a fresh fork starts small again (``clean --worker-memory``);
- workers start on demand (a one-file run forks one) and live as long as the pool: a run's learning
  pass and clean pass share them (:meth:`WorkerPool.update_settings` hands them the learned profiles
  between the two). Each warms itself up once, right after it is forked (``warm_child``: compiling the
  rule tables, told by its first task whether the HTML path needs warming too), while this process
  walks the inputs and hands out work: warming up here instead, before forking, would leave every
  core but one idle meanwhile, and in a thread beside the walk it would fight it for the GIL.

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
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any

from .settings import Settings
from .work import DocItem, Report, Task, WorkerState, execute

WorkerFn = Callable[[WorkerState, Task, Any], Report]
# (this worker's state, the task it was started for) -> None: its warm-up, in the worker
WarmFn = Callable[[WorkerState, Task], None]
OnResult = Callable[[Task, Report], None]
# (task, index of the item it was on, reason, pid) -> what to send again (None: nothing)
OnLost = Callable[[Task, int, str, int], Task | None]


#: Tasks each worker holds at most: the one it works on and the next one, waiting in its pipe.
DEPTH = 2
#: The largest task (pickled) queued behind a busy worker. A pipe holds far more than this unread, so
#: sending it never blocks; a bigger task waits for an idle worker (one that is reading its pipe).
PREFETCH_BYTES = 32 * 1024
_SETTINGS = "settings"  # a message that replaces a worker's settings (learned profiles), between passes


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
    warm: WarmFn | None = None,
    first: Task | None = None,
    memory_limit: int | None = None,
) -> None:
    for other in inherited:  # the parent's ends of the pipes (forked): the parent's death must read as EOF
        other.close()
    signal.signal(signal.SIGTERM, _term)
    signal.signal(signal.SIGHUP, _term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if state is None:  # spawned, not forked: build and warm up here
        state = WorkerState(settings)
        state.warm_up(html=True)
    elif warm is not None and first is not None:
        warm(state, first)
    state.enable_alarm()
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if msg is None:
            return
        if msg[0] == _SETTINGS:
            state.settings = msg[1]
            continue
        task_id, task = msg
        progress[2] = task_id
        report = fn(state, task, progress)
        progress[1] = 0.0
        if memory_limit is not None and not report.recycle:
            resident = resident_bytes()
            report.recycle = resident is not None and resident > memory_limit
        try:
            conn.send((task_id, report))
        except (BrokenPipeError, OSError):
            return
        if report.recycle:
            return


def resident_bytes() -> int | None:
    """This process's resident memory in bytes (Linux: now, from ``/proc``; elsewhere its peak, from
    ``getrusage``); None where neither can be read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # (macOS counts bytes, the others KiB)


class _Worker:
    __slots__ = ("conn", "kill_reason", "proc", "progress", "queue", "retiring")

    def __init__(self, proc: Any, conn: Connection, progress: Any) -> None:
        self.proc = proc
        self.conn = conn
        self.progress = progress
        # (task id, task) sent and not answered yet, oldest first: the first is the one it works on
        self.queue: deque[tuple[int, Task]] = deque()
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
        warm_parent: WarmFn | None = None,
        start_method: str | None = None,
        state: WorkerState | None = None,
        depth: int = DEPTH,
        warm_child: WarmFn | None = None,
        memory_limit: int | None = None,
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
        self.warm_parent = warm_parent  # before the first fork, in this process (what all workers share)
        self.warm_child = warm_child  # in each forked worker, before its first task
        # bytes of resident memory past which a worker is replaced after its task (None: never)
        self.memory_limit = memory_limit
        # forked workers share the parent's, warmed up once (``state``: one already made, e.g. shared
        # with an earlier pool of the same run, so what it warmed up is not done again)
        self.state: WorkerState | None = state
        self._warmed = False
        self.workers: list[_Worker] = []
        self.depth = depth
        self._next_id = 0
        self._deaths_without_progress = 0

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
            args=(
                child_conn,
                progress,
                self.settings,
                self.state if forked else None,
                self.fn,
                inherited,
                self.warm_child if forked else None,
                task if forked else None,  # (forked: not pickled)
                self.memory_limit,
            ),
            daemon=True,
        )
        if forked:
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
        """An idle worker (started if there are fewer than ``jobs``), else None."""
        for w in self.workers:
            if not w.queue and not w.retiring:
                return w
        if sum(1 for w in self.workers if not w.retiring) < self.jobs:
            return self._spawn(task)
        return None

    def _queueable(self) -> _Worker | None:
        """The busy worker with the fewest tasks that can take one more (see ``DEPTH``), or None."""
        open_ = [w for w in self.workers if not w.retiring and len(w.queue) < self.depth]
        return min(open_, key=lambda w: len(w.queue)) if open_ else None

    def in_flight(self) -> list[tuple[int, Task]]:
        """``(pid, task)`` of every task sent to a worker and not answered yet."""
        return [(w.proc.pid, task) for w in self.workers for _, task in w.queue]

    # -- the loop -------------------------------------------------------------------------------------
    def run(
        self,
        tasks: Iterator[Task],
        on_result: OnResult,
        can_pull: Callable[[], bool] = lambda: True,
        on_lost: OnLost | None = None,
    ) -> None:
        """Run every task; ``on_result`` is called in the parent as each finishes (in any order).
        ``can_pull`` false holds back new tasks while results wait to be written (memory stays flat).
        ``on_lost`` (default: the pool's) says what to send again of a task whose worker died on one
        of its documents. The pool can run again afterwards, with the same workers."""
        if on_lost is not None:
            self.on_lost = on_lost
        retry: deque[Task] = deque()
        exhausted = False
        while True:
            while True:  # hand out work: to idle workers, then a small task queued behind a busy one
                busy = any(w.queue for w in self.workers)
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
                self._next_id += 1
                message: bytes | None = None
                worker = self._idle(task)
                if worker is None and _carried(task) <= PREFETCH_BYTES and (queueable := self._queueable()):
                    message = bytes(ForkingPickler.dumps((self._next_id, task)))
                    worker = queueable if len(message) <= PREFETCH_BYTES else None
                if worker is None:
                    retry.appendleft(task)
                    break
                if message is None:
                    message = bytes(ForkingPickler.dumps((self._next_id, task)))
                self._send(worker, self._next_id, task, message)
            busy_workers = [w for w in self.workers if w.queue]
            if not busy_workers and not retry and exhausted:
                return
            self._wait(busy_workers, on_result, retry)

    def update_settings(self, settings: Settings) -> None:
        """New settings (the learned site profiles) for the next :meth:`run`: sent to every worker (each
        reads them before its next task) and kept for workers forked later. Between runs only."""
        if any(w.queue for w in self.workers):
            raise RuntimeError("update_settings while tasks are in flight")
        self.settings = settings
        if self.state is not None:
            self.state.settings = settings
        for w in self.workers:
            with contextlib.suppress(BrokenPipeError, OSError):  # if it died, the next run replaces it
                w.conn.send((_SETTINGS, settings))

    def _send(self, worker: _Worker, task_id: int, task: Task, message: bytes) -> None:
        worker.queue.append((task_id, task))
        with contextlib.suppress(BrokenPipeError, OSError):  # if it died, its sentinel says so
            worker.conn.send_bytes(message)

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
                if w.queue and started > 0 and now - started > self.hard_limit:
                    w.kill_reason = f"timed out (no answer after {self.hard_limit:.1f}s; worker killed)"
                    _kill(w.proc)
                    self._reap(w, on_result, retry)

    def _receive(self, w: _Worker, on_result: OnResult) -> bool:
        try:
            task_id, report = w.conn.recv()
        except (EOFError, OSError):
            return False
        if w.queue and w.queue[0][0] == task_id:
            task = w.queue.popleft()[1]
            self._deaths_without_progress = 0
            if report.recycle:
                w.retiring = True
            on_result(task, report)
        return True

    def _reap(self, w: _Worker, on_result: OnResult, retry: deque[Task]) -> None:
        while w.queue and _poll(w.conn):
            if not self._receive(w, on_result):
                break
        w.proc.join(timeout=5)
        if w.proc.is_alive():
            _kill(w.proc)
            w.proc.join()
        w.conn.close()
        self.workers.remove(w)
        if not w.queue:
            return
        (task_id, task), queued = w.queue[0], list(w.queue)[1:]
        w.queue.clear()
        for _, later in reversed(queued):  # sent, never started: sent again, in order, after the first
            retry.appendleft(later)
        started = w.progress[1] > 0 and int(w.progress[2]) == task_id
        if not started:
            if not w.retiring:  # a recycled worker exits on purpose, with its queued task unread
                self._deaths_without_progress += 1
                if self._deaths_without_progress > 3 * self.jobs + 3:
                    raise PoolError(
                        f"worker processes keep dying (exit code {w.proc.exitcode}) before doing any work"
                    )
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


def _carried(task: Task) -> int:
    """Bytes of documents a task carries itself (records read by the parent; files are read by the
    worker): what rules a big task out of a busy worker's queue before it is pickled."""
    return sum(item.size for item in task.items if isinstance(item, DocItem))


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
