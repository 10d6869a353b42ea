"""Counting a run and saying how it went: the progress bar, error lines, and the summary at the end."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from .work import Report


def _n(value: int) -> str:
    return f"{value:,}"


def _mb(value: int) -> str:
    return f"{value / 1e6:,.1f} MB" if value >= 100_000 else f"{value / 1e3:,.1f} kB"


@dataclass
class Summary:
    """Totals of a run; the exit status follows from them."""

    files: int = 0  # input files cleaned
    files_failed: int = 0
    files_skipped: int = 0  # outputs already up to date
    docs: int = 0
    docs_failed: int = 0
    docs_skipped: int = 0  # WARC records that are not pages, or HTTP errors; duplicates dropped
    duplicates: int = 0  # documents found to be near-copies of an earlier one
    duplicates_dropped: int = 0  # of those, not written (--drop-duplicates; counted in docs_skipped)
    profiles: str | None = None  # a line on the site profiles used, when any
    symlinks_skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    interrupted: str | None = None
    interrupted_status: int = 130
    jobs: int = 1
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    def absorb(self, report: Report) -> None:
        self.files += report.files
        self.files_failed += report.files_failed
        self.docs += report.docs
        self.docs_failed += report.docs_failed
        self.docs_skipped += report.docs_skipped
        self.bytes_in += report.bytes_in
        self.bytes_out += report.bytes_out
        for name, n in report.lines.items():
            self.lines[name] = self.lines.get(name, 0) + n

    @property
    def failed(self) -> bool:
        return bool(self.files_failed or self.docs_failed or self.errors)

    def exit_status(self) -> int:
        if self.interrupted:
            return self.interrupted_status
        return 1 if self.failed else 0

    def lines_text(self) -> str:
        if not self.lines:
            return "none"
        ranked = sorted(self.lines.items(), key=lambda kv: (-kv[1], kv[0]))
        total = sum(self.lines.values())
        return ", ".join(f"{name} {_n(n)}" for name, n in ranked) + f" ({_n(total)} in all)"

    def render(self) -> str:
        self.elapsed = self.elapsed or (time.monotonic() - self.started)
        total_files = self.files + self.files_failed + self.files_skipped
        files = f"{_n(total_files)} file{'s' if total_files != 1 else ''}"
        parts = [f"{_n(self.files)} cleaned"]
        if self.files_skipped:
            parts.append(f"{_n(self.files_skipped)} up to date")
        if self.files_failed:
            parts.append(f"{_n(self.files_failed)} failed")
        docs = f"{_n(self.docs)} document{'s' if self.docs != 1 else ''} cleaned"
        extra = []
        if self.docs_failed:
            extra.append(f"{_n(self.docs_failed)} failed")
        not_pages = self.docs_skipped - self.duplicates_dropped
        if not_pages:
            extra.append(f"{_n(not_pages)} records skipped (not a page)")
        if self.duplicates_dropped:
            extra.append(f"{_n(self.duplicates_dropped)} duplicates skipped")
        if self.symlinks_skipped:
            extra.append(f"{_n(self.symlinks_skipped)} symbolic links skipped")
        rate = self.docs / self.elapsed if self.elapsed > 0 else 0.0
        lines = [
            f"clean: {files} ({', '.join(parts)}); {docs}" + (f" ({', '.join(extra)})" if extra else ""),
            f"clean: {_mb(self.bytes_in)} in, {_mb(self.bytes_out)} out; {self.elapsed:.1f} s, "
            f"{rate:,.{0 if rate >= 10 else 1}f} documents/s, {self.jobs} job{'s' if self.jobs != 1 else ''}",
            f"clean: lines removed per pass: {self.lines_text()}",
            f"clean: duplicates: {_n(self.duplicates)}"
            + (f" ({_n(self.duplicates_dropped)} not written)" if self.duplicates_dropped else ""),
        ]
        if self.profiles:
            lines.append(f"clean: site profiles: {self.profiles}")
        if not total_files and not self.docs and not self.docs_failed and not self.interrupted:
            lines.append("clean: warning: no input files found (check INPUT and --include/--exclude)")
        if self.errors:
            lines.append(f"clean: {_n(self.errors)} error{'s' if self.errors != 1 else ''} (listed above)")
        if self.interrupted:
            lines.append(f"clean: interrupted ({self.interrupted}); run again to resume")
        return "\n".join(lines)


class Console:
    """stderr: a progress bar on a terminal (silent when piped or ``--quiet``), error lines, the summary."""

    def __init__(self, total_bytes: int | None, show_progress: bool, quiet: bool, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.bar: Any = None
        if show_progress and not quiet:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
            self.bar = tqdm(
                total=total_bytes or None,
                unit="B",
                unit_scale=True,
                desc="clean",
                file=self.stream,
                mininterval=0.2,
                dynamic_ncols=True,
                leave=False,
            )

    def advance(self, nbytes: int, summary: Summary) -> None:
        if self.bar is not None:
            if nbytes:
                self.bar.update(nbytes)
            self.bar.set_postfix_str(f"{summary.docs:,} docs, {summary.errors:,} errors", refresh=False)

    def error(self, label: str, reason: str) -> None:
        self.write(f"clean: error: {label}: {reason}")

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self, summary: Summary | None = None) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if summary is not None and not self.quiet:
            print(summary.render(), file=self.stream, flush=True)
