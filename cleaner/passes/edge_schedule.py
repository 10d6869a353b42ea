"""A programme's rows, each a time of day over its session's lines (htmlevents52).

An event page lays its programme out as rows of cells, a time, the session's title, its speaker or room
("09:00" / "Welcome and introduction" / "Ngozi Okafor", "09:20" / …), and the extractor writes each cell as a
line: every time stands alone on its line, as a page's stamp does, and clock-line took them all (a symposium's
programme lost its four times). A programme's times come at the same step, three rows or more, later and later,
under the article's first paragraph, with a few short lines between them; a page stamps itself once, a "Latest"
box lists its times newest first, and a list of videos parts its durations (in no order) with their headlines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from ..context import Context
from ..vocab import past_symbols

#: Rows of a programme at the least, and the lines a row holds after its time at most (title, speaker, room).
SCHEDULE_ROWS: Final = 3
ROW_LINES: Final = 3
#: A session's line: its title, a speaker's name, a room; no paragraph.
ROW_LINE_WORDS: Final = 12


def schedule_rows(
    ctx: Context, kept: list[int], times: list[int], first: int, minutes: Callable[[str], int | None]
) -> set[int]:
    """The positions (in ``kept``) among ``times`` that are a programme's rows: ``SCHEDULE_ROWS`` or more times
    ``step`` kept lines apart (2 to ``ROW_LINES`` + 1), each later than the one before (``minutes`` reads a line's
    minute of the day) or each row dated (:func:`_dated`), the first under the article's first paragraph (line
    ``first``), the lines between them short, and a line under the last time."""
    if len(times) < SCHEDULE_ROWS:
        return set()
    lines = ctx.doc.lines
    out: set[int] = set()
    pos = 0
    while pos + 1 < len(times):
        step = times[pos + 1] - times[pos]
        end = pos + 1
        while end + 1 < len(times) and times[end + 1] - times[end] == step:
            end += 1
        run = times[pos : end + 1]
        if (
            2 <= step <= ROW_LINES + 1
            and len(run) >= SCHEDULE_ROWS
            and first < kept[run[0]]
            and run[-1] + 1 < len(kept)
        ):
            said = [minutes(past_symbols(lines[kept[p]].text)) for p in run]
            later = all(a is not None and b is not None and a < b for a, b in pairwise(said))
            rows = [p for p in range(run[0] + 1, run[-1]) if (p - run[0]) % step]
            if all(ctx.words(kept[p]) <= ROW_LINE_WORDS for p in rows) and (later or _dated(ctx, kept, run, step)):
                out.update(run)
        pos = end
    return out


#: A day's date in figures in a row's cell ("Mo 12.05.", "lun. 12/05", "2025-05-12"): no time ("20:15"), no count.
_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?(?![\d:])")


def _dated(ctx: Context, kept: list[int], run: list[int], step: int) -> bool:
    """Whether each row of ``run`` (times ``step`` lines apart) holds a day's date at the same place, a date of its
    own: a cinema's showtimes by day ("Mo 12.05." / "Saal 1" / "20:15", "Di 13.05." / …), whose times need not run
    later. The row is the time and the lines over it down to the previous row's time."""
    lines = ctx.doc.lines
    for offset in range(1, step):
        cells = [lines[kept[p - offset]].text for p in run if p - offset >= 0]
        if len(cells) == len(run) and len(set(cells)) == len(cells) and all(_DATE.search(c) for c in cells):
            return True
    return False
