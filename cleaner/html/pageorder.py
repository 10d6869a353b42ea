"""Lines put back in the order the page has them, where the extractor wrote them elsewhere.

- A data table inside an old page's layout cell (a newsletter's programme of talks under "Meetings
  this season", a notice's phases of road works under "... in drei Bauabschnitten voll gesperrt
  werden:"): the extractor writes the outer row first, as one line, and the inner table's rows after
  it; once that line is cut back into the article's lines, the table stands after the article's last
  line, away from the sentence that announces it (:func:`tables_in_place`).
- A live page of ``<article>`` posts under a summary box: the extractor writes the first post first,
  above the summary and the page's own first lines (:func:`hoisted_first`).

A reader sees each in its place, and the text passes judge lines by their neighbours (a table after
the sign-off reads as the tail's furniture, a post above the summary as the head's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import normalize_space

#: A Markdown rule row under a table's head ("| --- | :-: |").
_RULE_ROW = re.compile(r"\|(\s*:?-+:?\s*\|)+")


def _cells(row: str) -> list[str]:
    """The non-empty cells of a row the extractor wrote ("| a | b\\|c | |" is a, b|c), without the
    emphasis markers Markdown puts around a head's cell ("| **Date** |")."""
    parts = row.replace("\\|", "\x00").strip().strip("|").split("|")
    return [cell for part in parts if (cell := normalize_space(part.replace("\x00", "|")).strip("*_ "))]


def tables_in_place(text: str, parts: list[str]) -> str:
    """``text`` with each run of table rows moved up under the article line that precedes the table
    in the page (``parts``: the article's lines in page order, one per block element, a table's cells
    one a line: :func:`~cleaner.html.extract.block_lines`).

    A run moves only when its cells are, in order, exactly a stretch of ``parts``, the line before
    that stretch is a line of ``text`` (once) above the run, and the run does not already follow it.
    """
    if "\n|" not in text and not text.startswith("|"):
        return text
    lines = text.splitlines()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        runs.append((i, j))
        i = j
    if not runs:
        return text
    where: dict[str, list[int]] = {}
    for k, part in enumerate(parts):
        where.setdefault(part, []).append(k)
    found: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        found.setdefault(normalize_space(line), []).append(k)
    moves: list[tuple[int, int, int]] = []  # (anchor line, run start, run end)
    for start, end in runs:
        cells = [
            cell
            for row in lines[start:end]
            if not _RULE_ROW.fullmatch(row.replace(" ", ""))
            for cell in _cells(row)
        ]
        if len(cells) < 2:
            continue
        for k in where.get(cells[0], ()):
            if k == 0 or parts[k : k + len(cells)] != cells:
                continue
            above = found.get(parts[k - 1], [])
            if len(above) == 1 and above[0] < start - 1:
                moves.append((above[0], start, end))
            break
    if not moves:
        return text
    order = [2 * k for k in range(len(lines))]
    for anchor, start, end in moves:
        for k in range(start, end):
            order[k] = 2 * anchor + 1  # right under the anchor, in their order (the sort is stable)
    return "\n".join(lines[k] for k in sorted(range(len(lines)), key=order.__getitem__))


def _lead_off(line: str) -> str:
    """``line`` without a list item's "- " (the extractor's, which the page's own lines lack)."""
    flat = normalize_space(line)
    return flat[2:] if flat.startswith("- ") else flat


def hoisted_first(text: str, parts: list[str], page_lines: Callable[[], list[str]]) -> str:
    """``text`` with its first lines moved down to their place when the extractor hoisted them.

    Looked at only when the first line is one of the article's lines (``parts``) and the next is not
    the one after it there; then ``page_lines()`` (the whole page's lines, in order) decides: the first
    lines are a stretch of the page, the lines under them come before that stretch in the page, and
    every line down to the first that comes after it is a line the page holds once."""
    lines = text.splitlines()
    if len(lines) < 3:
        return text
    first = _lead_off(lines[0])
    try:
        k = parts.index(first)
    except ValueError:
        return text
    if k + 1 < len(parts) and _lead_off(lines[1]) == parts[k + 1]:
        return text
    seen: dict[str, int] = {}
    for k, part in enumerate(page_lines()):
        seen[part] = -1 if part in seen else k  # a line the page holds twice places nothing
    at = [seen.get(_lead_off(line), -1) for line in lines]
    if at[0] < 0:
        return text
    run = 1
    while run < len(lines) and at[run] == at[run - 1] + 1:
        run += 1
    if run == len(lines) or not 0 <= at[run] < at[0]:
        return text
    end = run
    while end < len(lines) and 0 <= at[end] < at[0]:
        end += 1
    if end < len(lines) and at[end] < 0:
        return text  # (a line the page does not hold as such: its place is not known)
    return "\n".join(lines[run:end] + lines[:run] + lines[end:])
