"""Shared machinery of the benches: timing extractors, scoring their outputs, printing and saving tables.

Timing and scoring are kept apart: an extractor is run over all inputs inside the timed region (single
process, ``time.perf_counter``, best of ``repeat`` runs, after one untimed warm-up call so one-off imports
and rule compilation are not charged to the first page); the outputs of the run are scored afterwards.
Every row is produced even when an extractor cannot be imported or raises, so one broken peer never hides
the others.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.scoring import PageScore, Summary, aggregate, score_page

Extractor = Callable[[str, str], object]
"""``(input, url) -> output``; the output is a ``str``, ``None``, or an object with a ``text`` string."""


@dataclass(slots=True)
class Row:
    """One line of a bench table: an extractor's scores and speed, or why it could not run."""

    name: str
    summary: Summary | None = None
    seconds: float | None = None
    work: float = 0.0
    error: str | None = None
    page_errors: int = 0
    first_page_error: str | None = None
    scores: list[PageScore] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        """Work units (MB or pages) per second of the best run; ``None`` if the row did not run."""
        if self.seconds is None or self.seconds <= 0:
            return None
        return self.work / self.seconds


def as_text(value: object) -> str:
    """Normalise an extractor's return value: ``None`` → ``""``, result objects → their ``text``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    raise TypeError(f"extractor returned {type(value).__name__}, expected str, None or an object with .text")


def describe_error(exc: BaseException) -> str:
    """One-line ``Type: message`` description, short enough for a table cell."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def load_attr(module: str, attr: str) -> tuple[Callable[..., object] | None, str | None]:
    """Import ``module.attr`` lazily; return ``(function, None)`` or ``(None, reason)`` instead of raising.

    The cleaner package is developed alongside the bench, so it may be missing or half-written; import-time
    failures of any kind (not only ``ImportError``) must become a table row, not a crash.
    """
    try:
        mod = importlib.import_module(module)
    except Exception as exc:
        return None, describe_error(exc)
    func = getattr(mod, attr, None)
    if not callable(func):
        return None, f"{module} has no callable {attr}"
    return func, None


def _run_once(extractor: Extractor, inputs: Sequence[tuple[str, str]]) -> tuple[list[str], int, str | None]:
    """Run over every input; a page that raises gives empty output and is counted, not fatal."""
    outputs: list[str] = []
    errors = 0
    first: str | None = None
    for data, url in inputs:
        try:
            outputs.append(as_text(extractor(data, url)))
        except Exception as exc:
            outputs.append("")
            errors += 1
            first = first or describe_error(exc)
    return outputs, errors, first


def measure(
    name: str,
    extractor: Extractor,
    inputs: Sequence[tuple[str, str]],
    golds: Sequence[str],
    work: float,
    repeat: int = 1,
) -> Row:
    """Time ``extractor`` over ``inputs`` (best of ``repeat``) and score its outputs against ``golds``."""
    row = Row(name=name, work=work)
    if inputs:
        _run_once(extractor, inputs[:1])
    best: float | None = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        outputs, errors, first = _run_once(extractor, inputs)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    row.seconds = best
    row.outputs, row.page_errors, row.first_page_error = outputs, errors, first
    row.scores = [score_page(out, gold) for out, gold in zip(outputs, golds, strict=True)]
    row.summary = aggregate(row.scores)
    return row


def failed_row(name: str, reason: str) -> Row:
    """A row for an extractor that could not be run at all."""
    return Row(name=name, error=reason)


def _ratio(row: Row, reference: Row | None) -> str:
    """Throughput of ``row`` relative to ``reference`` (>1 = faster), as ``1.00x``."""
    rate = row.rate
    ref_rate = reference.rate if reference is not None else None
    if rate is None or not ref_rate:
        return "-"
    return f"{rate / ref_rate:.2f}x"


def format_table(
    title: str,
    rows: Sequence[Row],
    rate_label: str,
    rate_format: str,
    reference: Row | None,
    ratio_label: str,
) -> str:
    """Render rows as a fixed-width table; rows that could not run print their reason instead of numbers."""
    width = max([len(r.name) for r in rows] + [24])
    metrics = "".join(f"  {name:>6}" for name in ("P", "R", "F1", "acc"))
    header = f"{'extractor':<{width}}{metrics}  {rate_label:>9}  {ratio_label:>10}"
    lines = [title, header, "-" * len(header)]
    for row in rows:
        if row.summary is None:
            lines.append(f"{row.name}: {row.error}")
            continue
        s = row.summary
        rate = format(row.rate, rate_format) if row.rate is not None else "-"
        lines.append(
            f"{row.name:<{width}}  {s.precision:6.3f}  {s.recall:6.3f}  {s.f1:6.3f}  {s.accuracy:6.3f}  "
            f"{rate:>9}  {_ratio(row, reference):>10}"
        )
    pages = next((r.summary.pages for r in rows if r.summary is not None), 0)
    lines.append(f"({pages} pages)")
    lines.extend(
        f"note: {r.name} raised on {r.page_errors} page(s), scored as empty; first: {r.first_page_error}"
        for r in rows
        if r.page_errors
    )
    return "\n".join(lines)


def row_to_dict(row: Row, reference: Row | None) -> dict[str, Any]:
    """JSON-ready numbers of one row (``None`` where the row did not run)."""
    s = row.summary
    ref_rate = reference.rate if reference is not None else None
    return {
        "name": row.name,
        "error": row.error,
        "precision": s.precision if s else None,
        "recall": s.recall if s else None,
        "f1": s.f1 if s else None,
        "accuracy": s.accuracy if s else None,
        "pages": s.pages if s else None,
        "seconds": row.seconds,
        "rate": row.rate,
        "speed_ratio": (row.rate / ref_rate) if row.rate is not None and ref_rate else None,
        "page_errors": row.page_errors,
    }


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Write the bench numbers as indented JSON, creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
