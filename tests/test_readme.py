"""The README's example must stay true: it is the first thing a user runs."""

from __future__ import annotations

import re
from pathlib import Path

import cleaner

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _example_text() -> str:
    m = re.search(r'text = """(.*?)"""', README, re.S)
    assert m, "README lost its example"
    return m.group(1)


def test_readme_example_output() -> None:
    expected = [line for line in re.findall(r"^# (.*)$", README.split("print(cleaner.clean_text(text))")[1]
                                                .split("result =")[0], re.M)]
    assert cleaner.clean_text(_example_text()).splitlines() == expected


def test_readme_example_removals() -> None:
    result = cleaner.explain_text(_example_text())
    assert result.language == "en"
    assert [(r.start_line, r.pass_name) for r in result.removed] == [
        (1, "glued-metadata"), (3, "promo-label"), (5, "newsletter-prompt"), (6, "consent-line"),
    ]


def test_readme_pass_table_matches_the_pipeline() -> None:
    table = README.split("## How it works", 1)[1].split("\n\n| family |", 1)[1].split("\n\n", 1)[0]
    rows = {}
    for row in table.splitlines()[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        rows[cells[0]] = re.findall(r"`([a-z-]+)`", cells[1])
    assert rows == cleaner.FAMILIES


def test_readme_first_lines_are_the_two_commands() -> None:
    block = README.split("```sh", 1)[1].split("```", 1)[0].strip().splitlines()
    assert "clean fixtures/" in block[0] and "pip install ." in block[0]
    assert "tox" in block[1]
