"""The learning pass of a run: every text document read once, in input order, so the site profiles
(:mod:`cleaner.site`) are those of one :class:`~cleaner.site.ProfileLearner` fed every document in turn.
The workers read and digest the documents; this process only counts the digests. The workers are the
run's pool (:meth:`~cleaner.cli.runner.Job.pool`): they go on to the clean pass."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import CleanerError
from ..io.detect import open_input
from ..io.readers import iter_jsonl_lines
from .plan import Plan
from .settings import Settings
from .work import BATCH_BYTES, FILE_BATCH, LEARN, DocItem, FileItem, Report, Task, learn_execute, learner_for

if TYPE_CHECKING:
    from .runner import Job


def learnable(plan: Plan) -> bool:
    """Learning is on by default for folders and JSON Lines inputs."""
    return any(
        root.is_dir or (root.path != "-" and plan.kind_of_file(root.path) == "jsonl")
        for root in plan.roots
    )


def learn_pass(job: Job) -> tuple[dict[str, Any], int]:
    """Every text document read once: the workers read and digest them (line hashes, MinHash),
    this process only counts, in input order, so the profiles are those of one
    :class:`~cleaner.site.ProfileLearner` fed every document in turn. Returns the profiles of sites
    with ``learn_min_docs`` pages and the number of documents learned from."""
    learner = learner_for(job.settings)
    held: dict[int, Report] = {}
    done = {"next": 0, "docs": 0}

    def on_result(task: Task, report: Report) -> None:
        held[task.order] = report
        while done["next"] in held:
            for site, digest in held.pop(done["next"]).learned:
                learner.add_digest(site, digest)
                done["docs"] += 1
            done["next"] += 1

    def on_lost(task: Task, index: int, reason: str, pid: int) -> Task | None:
        """A worker died on a document: it is left out (the clean pass reports it), the rest goes again."""
        rest = task.items[:index] + task.items[index + 1 :]
        if not rest:
            on_result(task, Report())
            return None
        return Task(rest, task.fmt, None, 0, 0, task.order)

    tasks = learn_tasks(job.plan, job.settings)
    if job.dask:  # the inputs are read here already; digests made here too
        state = job.worker_state()
        for task in tasks:
            on_result(task, learn_execute(state, task))
    else:  # the run's pool: its workers go on to the clean pass, warmed up for it meanwhile
        pool = job.pool()
        try:
            pool.run(tasks, on_result, lambda: len(held) < 4 * max(1, job.jobs) + 4, on_lost=on_lost)
        except BaseException:
            pool.terminate()
            raise
    job.plan.symlinks_skipped = 0  # counted again by the clean pass's walk
    profiles = {site: p for site, p in learner.profiles().items() if p.pages >= job.learn_min_docs and len(p)}
    return profiles, done["docs"]


def learn_tasks(plan: Plan, settings: Settings) -> Iterator[Task]:
    """The learning pass's tasks, in input order: ``.txt`` files (read by the workers) and the lines of
    JSON Lines files (split here, parsed by the workers), batched. Pages are not learned from."""
    s = settings
    items: list[FileItem | DocItem] = []
    size = 0
    order = 0

    def flush() -> Task:
        nonlocal items, size, order
        task = Task(items, LEARN, None, 0, 0, order)
        items, size = [], 0
        order += 1
        return task

    for src in plan.sources():
        if src.error or src.path == "-" or src.kind not in ("txt", "jsonl"):
            continue
        if src.kind == "txt":
            items.append(FileItem(src.path, src.label, "txt", None, src.size))
            size += src.size
            if len(items) >= FILE_BATCH or size >= BATCH_BYTES:
                yield flush()
            continue
        try:
            stream, _raw = open_input(src.path)
            with stream:
                for lineno, line in iter_jsonl_lines(stream, s.max_bytes):
                    if line is None:
                        continue
                    items.append(DocItem(f"{src.label}:{lineno}", "jsonl", line, len(line), src.path))
                    size += len(line)
                    if len(items) >= FILE_BATCH or size >= BATCH_BYTES:
                        yield flush()
        except (CleanerError, OSError, EOFError, ValueError, zlib.error):
            continue  # the records read so far are learned from; the clean pass reports the file
    if items:
        yield flush()
