"""Where a run's ordered outputs go: a file or stdout written in input order, whatever order tasks finish in."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from ..io.atomic import AtomicWriter
from ..io.writers import DocWriter


class Sink:
    """An ordered output: chunks arrive by task ``seq`` in any order and are written in order."""

    def __init__(self, write: Callable[[bytes], Any], fmt: str, label: str, writer: AtomicWriter | None = None) -> None:
        self.out = DocWriter(write, fmt)
        self.label = label
        self.writer = writer
        self.next_seq = 0
        self.total: int | None = None  # number of tasks, once all are made
        self.pending: dict[int, list[bytes]] = {}
        self.failed: str | None = None

    def deliver(self, seq: int, chunks: list[bytes] | None) -> None:
        self.pending[seq] = chunks or []
        while self.next_seq in self.pending:
            for chunk in self.pending.pop(self.next_seq):
                if self.failed is None:
                    self.out.add(chunk)
            self.next_seq += 1

    @property
    def done(self) -> bool:
        return self.total is not None and self.next_seq >= self.total

    def commit(self) -> None:
        if self.writer is not None:
            if self.failed is None:
                self.writer.commit()
            else:
                self.writer.abort()

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.abort()


class Stdout:
    """The process's standard output, as bytes."""

    def __init__(self) -> None:
        self.stream = sys.stdout.buffer

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()
