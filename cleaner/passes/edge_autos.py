"""autos40: a car review's spec box, which reads as furniture line by line.

A review, a first drive or a long-term test prints the car's data as a box: a label over its value alone ("Power" over
"201bhp", "0-62mph" over "7.5sec", "Engine" over "Single electric motor") or a label and its value on one line
("Motor: elétrico", "Motor/Antrieb: 2,0"), under a heading ("Technische Daten", "Ficha técnica"). Each line is short
and no sentence, so edge-furniture took the box as a run of the page's furniture (and detached-blocks the verdict
under it as a block cut off by it). A menu's or a footer's links are no such rows: their items name no measure of a
car, and they hold no figure.

- :func:`spec_box`: the box's lines in a region: a run of ``_MIN_ROWS`` rows or more, one under the other with nothing
  another pass took between, each a label of the new table ``structure.spec_label`` over its value (or before it and a
  colon), or a labelled row whose value is a measure ("2,1", "210 kW"); at most one row in three a label outside the
  table over a figure; the heading right over it (``structure.spec_heading``) with it. A finance box's rows
  ("Deposit" over "£3,599", "APR" over "9.9%") name no spec: no box.
- :func:`spec_kept` (edge-furniture's guard, head and tail), :func:`spec_run` (its long runs between paragraphs) and
  :func:`spec_gap` (detached-blocks: a gap that is such a box, at most a heading under it, parts no blocks).
- :func:`_verdict_under_text` (in :func:`spec_kept`): the review's verdict row right under its last paragraph ("Rating:
  ★★★★☆", "Note : 16/20"; a label of the new table ``structure.rating_label``) stays over the footer under it.

Cost: a region is looked at only where two pairs of a short label and a short figure stand in a row
(:func:`_streak`, from each line's memoized words and figures); most regions stop there.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_boxes import _VERDICT

#: The fewest rows of a box (a label over its value, or a labelled row).
_MIN_ROWS: Final = 3
#: The most words of a row's label, and of its value.
_LABEL_WORDS: Final = 3
_VALUE_WORDS: Final = 5
#: The most words of a value without a figure under a label of the table ("Single electric motor").
_WORD_VALUE_WORDS: Final = 4
#: The fewest pairs of a label and a figure in a row for a box to be looked for (most regions: none asked further).
_MIN_FIGURES: Final = 2
#: The lines over a long run of furniture the box's first rows may stand in (:func:`spec_run`).
_BOX_LINES: Final = 16
#: The most lines of a gap besides the box (a heading over the verdict under it: "Verdict").
_GAP_REST: Final = 1

# a measure: a figure with its decimals, its unit or its currency ("2,1", "210 kW", "7.5sec", "€42,990", "1/5")
_CLOCK: Final = re.compile(r"\d:\d\d(?!\d)")
_MEASURE: Final = re.compile(r"[$£€]\s?\d|\d(?:[.,]\d+)?\s?(?:[^\W\d_]|[%€£$/])|\d[.,]\d")


def _rows(ctx: Context, kept: list[int], at: int) -> tuple[int, int, int]:
    """The rows of a box from ``kept[at]`` on: (the kept lines they take, the rows, the rows whose label is none of
    the table's)."""
    lines = ctx.doc.lines
    label = ctx.table("structure", "spec_label")
    j = at
    rows = loose = 0
    while j < len(kept):
        i = kept[j]
        if j > at and any(lines[x].removal is not None for x in range(kept[j - 1] + 1, i)):
            break  # (something another pass took between: the box ends)
        text = lines[i].text.strip()
        if ends_sentence(text) or ctx.words(i) > _LABEL_WORDS + _VALUE_WORDS:
            break
        name, colon, value = text.partition(":")
        if colon and value.strip():
            if len(name.split()) > _LABEL_WORDS or len(value.split()) > _VALUE_WORDS:
                break
            # (a clock time is no measure: a hotel's "Check-in: ab 14:00 Uhr", an event's "Doors: 19:30")
            measured = name.strip()[:1].isalpha() and _MEASURE.search(value) is not None and not _CLOCK.search(value)
            if not measured and label.match(name.strip()) is None:
                break  # (a time's colon parts no label: "7:00pm Doors" in a running order)
            rows += 1
            j += 1
            continue
        # a label over its value alone (the cheap tests first: most short lines have no value under them)
        if j + 1 >= len(kept) or ctx.words(i) > _LABEL_WORDS or (colon and value.strip()):
            break
        v = kept[j + 1]
        below = lines[v].text.strip()
        if ":" in below or ctx.words(v) > _VALUE_WORDS or ends_sentence(below):
            break
        if any(lines[x].removal is not None for x in range(i + 1, v)):
            break
        figure = ctx.digit(v)
        named = ctx.matches("structure", "spec_label", i)
        if not named and (not figure or ctx.digit(i) or _MEASURE.search(below) is None):
            # (a label of no spec over no figure, or holding a figure: "1 of 24" over a gallery's caption; or over a
            # figure that measures nothing: a box office's phone, "020 7946 0958")
            break
        if not figure and (ctx.words(v) > _WORD_VALUE_WORDS or ctx.matches("structure", "spec_label", v)):
            break  # (a label over a label: a menu's "Engine" over "Power")
        rows += 1
        loose += not named
        j += 2
    return j - at, rows, loose


def _value(ctx: Context, i: int) -> bool:
    """Whether line ``i`` may be a row's value by the cheap tests: a few words with a figure."""
    return ctx.words(i) <= _VALUE_WORDS and ctx.digit(i)


def _streak(ctx: Context, kept: list[int]) -> int:
    """The longest streak in ``kept`` of pairs that may be a box's rows, by the cheap tests alone (a line's words and
    figures, memoized): a short line over a short line with a figure, or a short line with a colon and a figure."""
    lines = ctx.doc.lines
    best = streak = 0
    k = 0
    while k < len(kept):
        i = kept[k]
        words = ctx.words(i)
        step = 1
        if words > _LABEL_WORDS + _VALUE_WORDS:
            streak = 0
        elif ctx.digit(i) and ":" in lines[i].text:
            streak += 1
        elif words <= _LABEL_WORDS and k + 1 < len(kept) and _value(ctx, kept[k + 1]):
            streak += 1
            step = 2
        else:
            streak = 0
        best = max(best, streak)
        k += step
    return best


def spec_box(ctx: Context, region: range) -> set[int]:
    """The lines of a car review's spec box in ``region`` (see the module's docstring), its heading with them."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None and lines[i].text.strip()]
    if len(kept) < _MIN_ROWS or _streak(ctx, kept) < _MIN_FIGURES:
        return set()  # (most regions: not two label-and-figure pairs in a row, no box)
    if not ctx.table("structure", "spec_label").patterns:
        return set()
    heading = ctx.table("structure", "spec_heading")
    found: set[int] = set()
    at = 0
    while at < len(kept):
        taken, rows, loose = _rows(ctx, kept, at)
        if rows >= _MIN_ROWS and loose * 3 <= rows:
            found.update(kept[at : at + taken])
            if at and ctx.words(kept[at - 1]) <= _LABEL_WORDS and heading.match(lines[kept[at - 1]].text.strip()):
                found.add(kept[at - 1])
        at += max(taken, 1)
    return found


def _verdict_under_text(ctx: Context, region: range) -> int | None:
    """The review's verdict row right under the article's last paragraph, the page's footer under it ("Rating:
    ★★★★☆", "Note : 16/20" over "Terms", "Privacy"): the line, or None. A label of at most ``_LABEL_WORDS`` words, of
    the table ``structure.rating_label``."""
    lines = ctx.doc.lines
    start = region.start
    if start == 0 or start >= region.stop or lines[start - 1].removal is not None:
        return None  # (the head's region, or no kept paragraph right over the region)
    text = lines[start].text.strip()
    if lines[start].removal is not None or ":" not in text or len(text.partition(":")[0].split()) > _LABEL_WORDS:
        return None
    if not _VERDICT.fullmatch(text):
        return None
    # (the label names a verdict, table ``structure.rating_label``: a page's counter, "Seite: 1 von 3", is none)
    return start if ctx.table("structure", "rating_label").match(text.partition(":")[0].strip()) else None


def spec_kept(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a spec box's lines (edge-furniture's guard at the head and the tail), and less a review's
    verdict row right under its last paragraph (:func:`_verdict_under_text`)."""
    if not furniture:
        return furniture
    verdict = _verdict_under_text(ctx, region)
    if verdict is not None:
        furniture = [i for i in furniture if i != verdict]
    if len(furniture) < _MIN_ROWS:
        return furniture
    box = spec_box(ctx, region)
    return [i for i in furniture if i not in box] if box else furniture


def spec_run(ctx: Context, run: list[int]) -> list[int]:
    """A long run of furniture between the article's paragraphs less a spec box's lines (its first rows may stand
    over the run, kept as rows of data: "Gesamtnote: 2,1" over "Motor/Antrieb: 2,0")."""
    if not run:
        return run
    box = spec_box(ctx, range(max(0, run[0] - _BOX_LINES), run[-1] + 1))
    return [i for i in run if i not in box] if box else run


def spec_gap(ctx: Context, first: int, stop: int) -> bool:
    """Whether the gap of furniture from ``first`` to ``stop`` (detached-blocks) is a spec box, at most
    ``_GAP_REST`` line under it (a heading over the verdict): the review goes on under it."""
    if first < 0:
        return False
    lines = ctx.doc.lines
    box = spec_box(ctx, range(first, stop))
    if not box:
        return False
    rest = [i for i in range(first, stop) if lines[i].removal is None and lines[i].text.strip() and i not in box]
    return len(rest) <= _GAP_REST
