"""The quality-gate floors (``bench/floors.json``) and the check of a summary against them.

The floors live in one JSON file so that pinning or raising them is a one-line data change reviewed on its
own, never an edit scattered through test code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.scoring import Summary

FLOORS_PATH = Path(__file__).resolve().with_name("floors.json")
GATED_METRICS = ("precision", "recall", "f1")


def load_floors(path: Path = FLOORS_PATH) -> dict[str, Any]:
    """The floors file as a dict; keys starting with ``_`` are documentation."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def floor_failures(summary: Summary, floors: dict[str, float], label: str) -> list[str]:
    """One message per gated metric that is below its floor (empty when the gate passes)."""
    failures = []
    for metric in GATED_METRICS:
        measured = float(getattr(summary, metric))
        floor = float(floors[metric])
        if measured < floor:
            failures.append(f"{label}: {metric} {measured:.4f} < floor {floor:.4f}")
    return failures
