"""Locate and stream the benchmark data (the 181-page scrapinghub article-extraction set).

The data lives beside the project (``../shared/benchmarks/scrapinghub`` from the project root, in CI too)
and is read-only; ``CLEANER_BENCH_DATA`` points elsewhere when needed. Records are yielded lazily so a
``--limit`` run does not decompress and parse every page.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

ENV_VAR = "CLEANER_BENCH_DATA"
DOCS_FILE = "docs.jsonl.gz"
TEXTMODE_FILE = "textmode.jsonl.gz"
TEXT_VARIANTS = ("recall", "naive")


class BenchDataMissing(FileNotFoundError):
    """Raised when a benchmark file cannot be found; the message names the path and how to override it."""


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One page of ``docs.jsonl.gz``: raw HTML and the human-written article body."""

    id: str
    url: str
    html: str
    gold_text: str


@dataclass(frozen=True, slots=True)
class TextPage:
    """One record of ``textmode.jsonl.gz``: scraped text of a page (one variant) and its gold body."""

    id: str
    url: str
    variant: str
    text: str
    gold_text: str


def default_data_dir() -> Path:
    """``<project>/../shared/benchmarks/scrapinghub`` unless ``CLEANER_BENCH_DATA`` overrides it."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "scrapinghub"


def data_file(name: str, data_dir: Path | None = None) -> Path:
    """Path of a benchmark file, or :class:`BenchDataMissing` with an actionable message."""
    directory = data_dir if data_dir is not None else default_data_dir()
    path = directory / name
    if not path.is_file():
        raise BenchDataMissing(
            f"benchmark data file not found: {path} "
            f"(expected the scrapinghub set at ../shared/benchmarks/scrapinghub; set {ENV_VAR} to its folder)"
        )
    return path


def _read_jsonl_gz(path: Path) -> Iterator[dict[str, Any]]:
    """Yield one JSON object per non-blank line of a gzipped JSON-lines file."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def iter_docs(data_dir: Path | None = None, limit: int | None = None) -> Iterator[HtmlPage]:
    """HTML pages with their gold text, in file order, at most ``limit`` of them."""
    records = _read_jsonl_gz(data_file(DOCS_FILE, data_dir))
    for rec in islice(records, limit):
        yield HtmlPage(id=rec["id"], url=rec["url"], html=rec["html"], gold_text=rec["gold_text"])


def iter_textmode(
    variant: str | None = None, data_dir: Path | None = None, limit: int | None = None
) -> Iterator[TextPage]:
    """Scraped-text records, optionally of one variant (``recall``/``naive``), at most ``limit`` of them."""
    if variant is not None and variant not in TEXT_VARIANTS:
        raise ValueError(f"unknown text variant {variant!r}; expected one of {', '.join(TEXT_VARIANTS)}")
    records = (
        TextPage(
            id=rec["id"], url=rec["url"], variant=rec["variant"], text=rec["text"], gold_text=rec["gold_text"]
        )
        for rec in _read_jsonl_gz(data_file(TEXTMODE_FILE, data_dir))
    )
    selected = (page for page in records if variant is None or page.variant == variant)
    yield from islice(selected, limit)
