"""CI quality gate: the cleaner's scores on the benchmark data must not drop below the pinned floors.

Floors live in ``bench/floors.json`` (one place); scoring is ``bench/scoring.py``, the same as the benches.
Skips, with the path, when the benchmark data is absent; the HTML gate skips while ``cleaner.clean_html``
does not exist yet. Nothing here is timed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

PROJECT_ROOT = str(Path(__file__).resolve().parents[1])
if PROJECT_ROOT not in sys.path:
    sys.path.append(PROJECT_ROOT)  # `bench` is not an installed package: it lives at the project root

from bench.data import (  # noqa: E402
    DOCS_FILE,
    TEXT_VARIANTS,
    TEXTMODE_FILE,
    BenchDataMissing,
    data_file,
    iter_docs,
    iter_textmode,
)
from bench.floors import floor_failures, load_floors  # noqa: E402
from bench.runner import as_text  # noqa: E402
from bench.scoring import Summary, aggregate, score_page  # noqa: E402

pytestmark = pytest.mark.quality


def _require_data(name: str) -> Path:
    """Path of a benchmark file, or skip the test naming where it was looked for."""
    try:
        return data_file(name)
    except BenchDataMissing as exc:
        pytest.skip(f"benchmark data missing: {exc}")


def _cleaner() -> ModuleType:
    """The package under test; an import failure is a real failure of the gate, not a skip."""
    return importlib.import_module("cleaner")


def _score(pairs: list[tuple[str, str]], clean: Callable[[str], object]) -> Summary:
    return aggregate(score_page(as_text(clean(source)), gold) for source, gold in pairs)


def _assert_floors(summary: Summary, floors: dict[str, float], label: str) -> None:
    assert summary.pages > 0, f"{label}: no pages read"
    failures = floor_failures(summary, floors, label)
    measured = f"P={summary.precision:.4f} R={summary.recall:.4f} F1={summary.f1:.4f} ({summary.pages} pages)"
    assert not failures, "; ".join(failures) + f" — measured {measured}"


@pytest.mark.parametrize("variant", TEXT_VARIANTS)
def test_clean_text_meets_floors(variant: str) -> None:
    _require_data(TEXTMODE_FILE)
    clean_text = _cleaner().clean_text
    pairs = [(page.text, page.gold_text) for page in iter_textmode(variant)]
    summary = _score(pairs, clean_text)
    _assert_floors(summary, load_floors()["text"][variant], f"clean_text[{variant}]")


def test_clean_html_meets_floors() -> None:
    _require_data(DOCS_FILE)
    cleaner = _cleaner()
    if not hasattr(cleaner, "clean_html"):
        pytest.skip("cleaner.clean_html not implemented yet")
    pages = list(iter_docs())
    summary = aggregate(
        score_page(as_text(cleaner.clean_html(page.html, url=page.url)), page.gold_text) for page in pages
    )
    _assert_floors(summary, load_floors()["html"], "clean_html")
