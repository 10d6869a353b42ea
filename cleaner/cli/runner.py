"""One run of the ``clean`` command: the plan's inputs turned into tasks, run, and written in order.

Flow::

    Plan.sources()  ->  Job.tasks()  ->  executor (WorkerPool here, DaskExecutor on a cluster)
                                            |
                         Job.on_result  <---+   counts, error lines, progress;
                                                chunks for an ordered output go to its Sink

- Single-document files (``txt``/``html``) are batched (up to 32 files or 256 kB per task); workers read
  them and, into a folder, write each output themselves (atomically). Into one file or stdout the
  rendered bytes come back and the parent writes them in input order.
- Containers (JSON Lines, WARC) are read here, record by record, and their documents are batched to all
  workers at once; the output of a container is written by the parent, in order, to a temporary file
  renamed when the container is done. On Dask, workers read whole files instead (data stays where the
  cluster can read it).
- Memory stays flat: inputs are walked lazily, at most two tasks per worker are in flight, and new tasks
  wait while finished ones queue up behind a slow one for an ordered output.

Interrupting (Ctrl-C, ``SIGTERM``, ``SIGHUP``) stops the workers, removes every temporary file and keeps
the outputs already finished; the next run resumes after them (see :func:`~cleaner.cli.plan.resume_since`).

Site profiles (two passes): before the clean pass, :meth:`Job.learn` reads every text document once
(:mod:`.learning`; ``.txt`` files and JSON Lines text records; pages are not learned from, since that would need a
second extraction, but they are cleaned with their site's profile). The workers read and digest them
(line hashes, positions, MinHash: the costly part, :meth:`~cleaner.site.ProfileLearner.digest`); this
process only counts the digests, in input order, grouped by :func:`~cleaner.site.site_key` (the
record's URL, else the file's folder), into one :class:`~cleaner.site.ProfileLearner`, so the profiles
do not depend on ``--jobs``. Or the profiles come from a ``--site-profiles`` file written by an
earlier run. The profiles of sites with at least ``learn_min_docs`` pages go into
:class:`~cleaner.cli.settings.Settings`, which reaches each worker once (sent down its pipe to the
workers of the learning pass, which go on to clean; forked into, or pickled once for, a worker started
later; scattered once on Dask); a worker cleans each document with its site's profile.

Duplicates: every task has an ``order`` (the order inputs are read in); reports are taken in that order
(:meth:`Job.on_result` holds early arrivals back) and each cleaned document's text goes through one
:class:`~cleaner.dedup.DuplicateFinder`. A near-copy of an earlier document gets ``duplicate_of`` (the
first one's id) in JSON Lines output, or is not written with ``--drop-duplicates`` (counted as skipped; a
file a worker already wrote into the output folder is removed). Container outputs that Dask workers
write themselves are counted only.
"""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, BinaryIO, Protocol

from ..dedup import DuplicateFinder
from ..errors import CleanerError
from ..io.atomic import AtomicWriter, remove_stale_temps, remove_temps_of
from ..io.detect import CONTAINER_KINDS, DOC_KINDS, is_gzip, peek, sniff
from ..io.readers import read_limited
from ..io.writers import mark_duplicate
from .learning import learn_pass, learnable
from .plan import Plan, Source, resume_since, up_to_date
from .pool import WorkerPool
from .settings import Settings, profiles_digest
from .sinks import Sink, Stdout
from .summary import Console, Summary
from .work import (
    BATCH_BYTES,
    DOC_BATCH,
    FILE_BATCH,
    DocItem,
    FileItem,
    Report,
    Task,
    WorkerState,
    container_docs,
    run_task,
    warm_worker,
)

LEARN_MIN_DOCS = 5
MAX_INDEXED = 500_000  # documents the duplicate finder remembers (about 1 kB each)
# A worker holding more resident memory than this after a task is replaced by a fresh one (``--worker-memory``):
# over a long stream of new pages a worker's regex automata grow toward a gigabyte (README: Memory), and a
# fresh fork starts at a few hundred megabytes again, warm in a second or two.
DEFAULT_WORKER_MEMORY = 1536 << 20



class Interrupted(KeyboardInterrupt):
    """``SIGTERM``/``SIGHUP`` in the parent: stop like Ctrl-C."""


class Executor(Protocol):
    def run(
        self, tasks: Iterator[Task], on_result: Callable[[Task, Report], None], can_pull: Callable[[], bool]
    ) -> None: ...

    def close(self) -> None: ...

    def terminate(self) -> list[tuple[int, Task]]: ...


class Job:
    """Runs the plan once (see the module docstring); :meth:`run` returns the :class:`Summary`."""

    GLOBAL = 0

    def __init__(
        self,
        plan: Plan,
        jobs: int,
        force: bool = False,
        progress: bool | None = None,
        quiet: bool = False,
        dask: str | None = None,
        learn: bool = True,
        learn_min_docs: int = LEARN_MIN_DOCS,
        site_profiles: str | None = None,
        worker_memory: int | None = DEFAULT_WORKER_MEMORY,
    ) -> None:
        self.plan = plan
        self.worker_memory = worker_memory
        self.learn_default = learn
        self.learn_min_docs = learn_min_docs
        self.site_profiles = site_profiles
        self.finder = DuplicateFinder(max_indexed=MAX_INDEXED)
        self.first_ids: dict[Any, Any] = {}
        self._doc_n = 0
        self._order = 0
        self._next_order = 0
        self.held: dict[int, tuple[Task, Report]] = {}
        self.settings: Settings = plan.settings
        self.jobs = jobs
        self.force = force
        self.dask = dask
        self.summary = Summary(jobs=jobs)
        self.sinks: dict[int, Sink] = {}
        self.seqs: dict[int, int] = {}
        self._next_sink = 1
        self.since_ns = 0
        self.stdout: Stdout | None = None
        self.stdin: BinaryIO | None = None
        self.stdin_kind: str | None = None
        if plan.stdin:
            self.stdin, self.stdin_kind = self._open_stdin()
        # on a terminal, unless the documents themselves are being printed to it
        to_terminal = plan.target.mode == "stdout" and sys.stdout.isatty()
        show = progress if progress is not None else (sys.stderr.isatty() and not to_terminal)
        total = plan.count()[1] if show and not quiet else None
        self.console = Console(total, show, quiet)
        self.executor: Executor | None = None
        self._state: WorkerState | None = None
        self._pool: WorkerPool | None = None

    # -- setup -------------------------------------------------------------------------------------------
    @staticmethod
    def _open_stdin() -> tuple[BinaryIO, str]:
        stream: Any = sys.stdin.buffer
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)
        head = peek(stream, 2)
        if is_gzip(head):
            import gzip

            stream = io.BufferedReader(gzip.GzipFile(fileobj=stream, mode="rb"))
        return stream, sniff(peek(stream))

    def sink_format(self) -> str:
        """The format of the one output (file or stdout)."""
        s = self.settings
        if s.diff:
            return "diff"
        if s.fmt:
            return s.fmt
        target = self.plan.target
        if target.mode == "file" and target.path:
            ext = os.path.splitext(target.path)[1].lower()
            if ext in (".jsonl", ".md", ".txt"):
                return ext[1:]
        kinds = []
        for root in self.plan.roots:
            if root.path == "-":
                kinds.append(self.stdin_kind)
            else:
                kinds.append(None if root.is_dir else self.plan.kind_of_file(root.path))
        return "jsonl" if kinds and all(k in CONTAINER_KINDS for k in kinds) else "txt"

    def _executor(self) -> Executor:
        if self.dask:
            from ..dask import DaskExecutor

            return DaskExecutor(self.dask, self.settings)
        pool = self.pool()
        pool.on_lost = self.on_lost
        return pool

    def pool(self) -> WorkerPool:
        """The run's pool of ``jobs`` workers, made on first use: the learning pass's workers go on to
        the clean pass (each warms itself up once, see :func:`~cleaner.cli.work.warm_worker`)."""
        if self._pool is None:
            timeout = self.settings.timeout
            hard = None if not timeout else timeout * 1.5 + 3.0
            self._pool = WorkerPool(
                self.jobs,
                self.settings,
                self.on_lost,
                hard_limit=hard,
                fn=run_task,
                state=self.worker_state(),
                warm_child=warm_worker,
                memory_limit=self.worker_memory,
            )
        return self._pool

    # -- site profiles -----------------------------------------------------------------------------------
    def learn(self) -> None:
        """Load or learn the site profiles and put them into the settings (see the module docstring)."""
        from ..site import load_profiles, save_profiles

        path = self.site_profiles
        if path and os.path.exists(path):
            try:
                profiles = load_profiles(path)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise CleanerError(f"cannot read site profiles {path}: {exc}") from exc
            how = f"{len(profiles)} read from {path}"
        elif path or (self.learn_default and learnable(self.plan)):
            profiles, docs = learn_pass(self)
            how = f"learned from {docs:,} document{'' if docs == 1 else 's'}"
            if path:
                save_profiles(path, profiles)
                how += f", saved to {path}"
        else:
            return
        used = {site: p for site, p in profiles.items() if len(p)}
        if not used:
            self.summary.profiles = f"none ({how})"
            return
        self.summary.profiles = f"{len(used):,} site{'' if len(used) == 1 else 's'} ({how})"
        self.settings = replace(self.settings, profiles=used, profiles_digest=profiles_digest(used))
        self.plan.settings = self.settings
        if self._pool is not None:
            self._pool.update_settings(self.settings)

    def worker_state(self) -> WorkerState:
        """This process's :class:`WorkerState`, made once and forked into the workers (which warm it up
        each, see :meth:`pool`); it carries the run's current settings (the profiles, once learned)."""
        if self._state is None:
            self._state = WorkerState(self.settings)
        else:
            self._state.settings = self.settings
        return self._state

    # -- running -----------------------------------------------------------------------------------------
    def run(self) -> Summary:
        target = self.plan.target
        try:
            self.learn()
            self.executor = self._executor()  # on Dask: connects to the scheduler (fails before any output)
        except BaseException:
            self.console.close()
            raise
        if self.dask:
            self.summary.jobs = getattr(self.executor, "window", 2) // 2
        handlers = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
        try:
            try:
                if target.mode == "folder":
                    assert target.path is not None
                    remove_stale_temps(target.path)
                    self.since_ns = resume_since(target.path, self.settings, self.force)
                fmt = self.sink_format()
                if target.mode == "file":
                    assert target.path is not None
                    remove_stale_temps(os.path.dirname(os.path.abspath(target.path)), recursive=False)
                    writer = AtomicWriter(target.path)
                    self.sinks[self.GLOBAL] = Sink(writer.write, fmt, target.path, writer)
                elif target.mode == "stdout":
                    self.stdout = Stdout()
                    self.sinks[self.GLOBAL] = Sink(self.stdout.write, fmt, "stdout")
                self.executor.run(self.tasks(fmt), self.on_result, self.can_pull)
                self.executor.close()
                self.summary.symlinks_skipped = self.plan.symlinks_skipped
                glob = self.sinks.pop(self.GLOBAL, None)
                if glob is not None:
                    glob.commit()
                    if self.stdout is not None:
                        self.stdout.flush()
            except BrokenPipeError:
                self._stop("stdout was closed", 141)
                _silence_stdout()
            except KeyboardInterrupt as exc:
                if isinstance(exc, Interrupted):
                    self._stop(exc.args[0], 128 + exc.args[1])
                else:
                    self._stop("Ctrl-C", 130)
            except BaseException:
                self._stop("an internal error", 1)  # workers stopped, temporary files removed
                raise
        finally:
            for sig, old in handlers.items():
                signal.signal(sig, old)
            self.summary.elapsed = 0.0
            self.console.close(self.summary)
        return self.summary

    def _stop(self, why: str, status: int) -> None:
        """Stop everything now; nothing half-written stays behind."""
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
        try:
            lost = self.executor.terminate() if self.executor is not None else []
            for pid, task in lost:
                for item in task.items:
                    if isinstance(item, FileItem) and item.out:
                        remove_temps_of(os.path.dirname(item.out) or ".", pid)
            for sink in self.sinks.values():
                sink.abort()
            self.sinks.clear()
            self.summary.interrupted = why
            self.summary.interrupted_status = status
        finally:
            signal.signal(signal.SIGINT, signal.default_int_handler)

    # -- tasks -------------------------------------------------------------------------------------------
    def tasks(self, sink_fmt: str) -> Iterator[Task]:
        """Every task of the run, made as the executor asks for them."""
        folder = self.plan.target.mode == "folder"
        whole = self.dask is not None
        batch: list[FileItem] = []
        size = 0
        batch_fmt = ""

        def flush() -> Task:
            nonlocal batch, size
            task = self._task(batch, batch_fmt, sink=None if folder else self.GLOBAL, progress=size)
            batch, size = [], 0
            return task

        for src in self.plan.sources():
            if src.error:
                self._fail_file(src.label, src.error, src.size)
                continue
            if folder and not self.force and up_to_date(src, self.since_ns):
                self.summary.files_skipped += 1
                self.console.advance(src.size, self.summary)
                continue
            if src.path == "-":
                if batch:
                    yield flush()
                yield from self._stdin_tasks(sink_fmt)
                continue
            assert src.kind is not None
            fmt = self.settings.output_format(src.kind) if folder else sink_fmt
            if src.kind in DOC_KINDS or whole:
                if batch and (fmt != batch_fmt or (whole and src.kind in CONTAINER_KINDS)):
                    yield flush()
                batch_fmt = fmt
                batch.append(FileItem(src.path, src.label, src.kind, src.out, src.size))
                size += src.size
                if len(batch) >= FILE_BATCH or size >= BATCH_BYTES or src.kind in CONTAINER_KINDS:
                    yield flush()
            else:
                if batch:
                    yield flush()
                yield from self._container_tasks(src, fmt)
        if batch:
            yield flush()
        glob = self.sinks.get(self.GLOBAL)
        if glob is not None:
            glob.total = self.seqs.get(self.GLOBAL, 0)

    def _task(self, items: list[Any], fmt: str, sink: int | None, progress: int) -> Task:
        seq = 0
        if sink is not None:
            seq = self.seqs.get(sink, 0)
            self.seqs[sink] = seq + 1
        order = self._order
        self._order += 1
        return Task(items, fmt, sink, seq, progress, order)

    def _container_tasks(self, src: Source, fmt: str) -> Iterator[Task]:
        """A JSON Lines or WARC file read here, its documents batched to the workers."""
        assert src.kind is not None
        from ..io.detect import open_input

        if self.plan.target.mode == "folder":
            assert src.out is not None
            try:
                writer = AtomicWriter(src.out)
            except OSError as exc:  # its output cannot be made: this file fails, the run goes on
                self._fail_file(src.label, f"cannot write {src.out}: {exc.strerror or exc}", src.size)
                return
            sink_id = self._next_sink
            self._next_sink += 1
            self.sinks[sink_id] = Sink(writer.write, fmt, src.label, writer)
        else:
            sink_id = self.GLOBAL
        try:
            stream, raw = open_input(src.path)
        except OSError as exc:
            self._container_failed(sink_id, src.label, f"cannot read: {exc.strerror or exc}", src.size)
            return
        with stream:
            yield from self._stream_docs(stream, src.kind, src.label, fmt, sink_id, raw.tell, src.size, src.path)

    def _stdin_tasks(self, fmt: str) -> Iterator[Task]:
        assert self.stdin is not None
        kind = self.stdin_kind
        if kind in CONTAINER_KINDS:
            assert kind is not None
            yield from self._stream_docs(self.stdin, kind, "<stdin>", fmt, self.GLOBAL, None, 0)
            return
        if kind not in DOC_KINDS:
            self._fail_file("<stdin>", "binary content, not text", 0)
            return
        try:
            data = read_limited(self.stdin, self.settings.max_bytes, "stdin")
        except (CleanerError, OSError) as exc:
            self._fail_file("<stdin>", str(exc), 0)
            return
        self.summary.files += 1
        yield self._task([DocItem("<stdin>", kind, data, len(data))], fmt, self.GLOBAL, 0)

    def _stream_docs(
        self,
        stream: BinaryIO,
        kind: str,
        label: str,
        fmt: str,
        sink_id: int,
        tell: Callable[[], int] | None,
        size: int,
        path: str | None = None,
    ) -> Iterator[Task]:
        side = Report()  # records that are not documents, reported as found
        items: list[DocItem] = []
        nbytes = 0
        done = 0  # raw bytes of the file accounted for
        try:
            for doc in container_docs(kind, stream, label, self.settings, side, path):
                items.append(doc)
                nbytes += doc.size
                if len(items) >= DOC_BATCH or nbytes >= BATCH_BYTES:
                    pos = tell() if tell else 0
                    yield self._task(items, fmt, sink_id, max(0, pos - done))
                    done = max(done, pos)
                    items, nbytes = [], 0
                    self._absorb_side(side)
            if items:
                yield self._task(items, fmt, sink_id, max(0, size - done))
                done = size
            self._absorb_side(side)
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # a broken container (corrupt gzip, bad WARC); fastwarc panics too
            self._absorb_side(side)
            self._container_failed(sink_id, label, _read_error(exc), max(0, size - done))
            return
        if sink_id != self.GLOBAL:
            sink = self.sinks[sink_id]
            sink.total = self.seqs.get(sink_id, 0)
            if done < size:
                self.console.advance(size - done, self.summary)
            self._maybe_finish(sink_id)
        elif label != "<stdin>":
            self.summary.files += 1

    def _absorb_side(self, side: Report) -> None:
        if side.docs_failed or side.docs_skipped or side.errors:
            self._report(side)
            side.docs_failed = side.docs_skipped = 0
            side.errors.clear()

    def _container_failed(self, sink_id: int, label: str, reason: str, progress: int) -> None:
        self._fail_file(label, reason, progress)
        if sink_id != self.GLOBAL:
            sink = self.sinks.pop(sink_id)
            sink.failed = reason
            sink.abort()

    def _fail_file(self, label: str, reason: str, progress: int) -> None:
        self.summary.files_failed += 1
        self.summary.errors += 1
        self.console.error(label, reason)
        self.console.advance(progress, self.summary)

    def _maybe_finish(self, sink_id: int) -> None:
        sink = self.sinks.get(sink_id)
        if sink is None or not sink.done:
            return
        del self.sinks[sink_id]
        sink.commit()
        if sink.failed is None:
            self.summary.files += 1

    # -- results -----------------------------------------------------------------------------------------
    def _report(self, report: Report) -> None:
        self.summary.absorb(report)
        for label, reason in report.errors:
            self.summary.errors += 1
            self.console.error(label, reason)

    def on_result(self, task: Task, report: Report) -> None:
        """A task is done: taken in input order (for the duplicate finder), then counted and written."""
        if task.order < 0:
            self._take(task, report)
            return
        self.held[task.order] = (task, report)
        while self._next_order in self.held:
            task, report = self.held.pop(self._next_order)
            self._next_order += 1
            self._duplicates(task, report)
            self._take(task, report)

    def _duplicates(self, task: Task, report: Report) -> None:
        drop = self.settings.drop_duplicates
        dropped: set[int] = set()
        for doc_id, sig, index, out in report.texts:
            key = self._doc_n
            self._doc_n += 1
            indexed = len(self.finder)
            first = self.finder.check_signature(key, sig)
            if first is None:
                if len(self.finder) > indexed:
                    self.first_ids[key] = doc_id
                continue
            self.summary.duplicates += 1
            chunks = report.chunks
            if drop and (index >= 0 or out is not None):
                if index >= 0 and chunks is not None:
                    dropped.add(index)
                    report.bytes_out -= len(chunks[index])
                elif out is not None:
                    try:
                        report.bytes_out -= os.path.getsize(out)
                        os.remove(out)
                    except OSError:
                        pass
                report.docs -= 1
                report.docs_skipped += 1
                self.summary.duplicates_dropped += 1
            elif index >= 0 and chunks is not None and task.fmt == "jsonl":
                chunks[index] = mark_duplicate(chunks[index], self.first_ids.get(first))
        if dropped and report.chunks is not None:
            report.chunks = [c for i, c in enumerate(report.chunks) if i not in dropped]
        report.texts = []

    def _take(self, task: Task, report: Report) -> None:
        self._report(report)
        if task.sink is not None:
            sink = self.sinks.get(task.sink)
            if sink is not None:
                sink.deliver(task.seq, report.chunks)
                if task.sink != self.GLOBAL:
                    self._maybe_finish(task.sink)
        self.console.advance(task.progress, self.summary)

    def on_lost(self, task: Task, index: int, reason: str, pid: int) -> Task | None:
        """A worker died (or was killed) on ``task.items[index]``: report it, send the rest again."""
        item = task.items[index]
        if isinstance(item, FileItem):
            if item.out:
                remove_temps_of(os.path.dirname(item.out) or ".", pid)
            self.summary.files_failed += 1
        self.summary.docs_failed += 1
        self.summary.errors += 1
        self.console.error(item.label, reason)
        rest = task.items[:index] + task.items[index + 1 :]
        if not rest and task.sink is None:
            self.on_result(Task([], task.fmt, None, task.seq, task.progress, task.order), Report())
            return None
        return Task(rest, task.fmt, task.sink, task.seq, task.progress, task.order)

    def can_pull(self) -> bool:
        waiting = len(self.held) + sum(len(s.pending) for s in self.sinks.values())
        return waiting < 4 * max(1, self.jobs) + 4


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signal.Signals(signum).name, signum)


def _read_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if "Illegal seek" in text:
        text = "unreadable stream"
    return f"cannot read as a container: {text.splitlines()[0][:200]}"


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
