"""utility53: daily service pages (horoscopes, lottery draws, TV listings) whose article opens on short lines.

- :func:`sign_dates_under` (edge_daily.entries_span's reading of a sign's heading): a sign's dates on their own line
  under its name ("Aries" over "March 21 - April 19", "Widder" over "21.03. - 20.04.", "Aries" over "Del 21 de marzo
  al 20 de abril") belong to the heading: the sentence under the dates is the one the heading stands over.
- :func:`utility_kept` (edge-furniture, at the head; the draw's numbers at the tail too): the article's first lines
  where the page opens on them, short as they are:

  - the first sign's heading (table ``structure.zodiac_sign``) and its dates line under it, right over the article's
    first paragraph, where ``_MORE_SIGNS`` more signs' headings under it each stand over a sentence (or over their
    dates over a sentence): the horoscope's first entry. A menu of the twelve signs heads no sentence;
  - a draw's numbers one a line ("7", "14", "22", …), ``_NUMBERS`` or more right under a kept sentence of the
    article closed by its colon ("The winning numbers for Saturday's Lotto draw were:"). A pager's numbers stand
    under no sentence;
  - a TV listing's grid: ``_CHANNELS`` or more channels' names ("Das Erste", "ZDF"), each over ``_CHANNEL_ROWS`` rows
    or more of a time and a title ("20:15 Tatort: …", "22:45 Tagesthemen"), later and later, ``_GRID_ROWS`` rows or
    more in all, the grid running down
    to the article's first paragraph (``_UNDER_GRID`` short lines between at the most: the pick's heading). A
    sidebar's box "Heute im TV" has a row or two a channel.
- :func:`sign_entry_block` (detached-blocks' guard): the same first sign's heading and dates line as the tail of
  the small block over the article (the headline, the standfirst, the byline) stay.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_headings import TAIL
from .edge_rows import _SCHEDULE_ROW, _minute_of_day
from .furniture import decimal

#: The more signs' headings under the first, each over a sentence, that make the page a horoscope's entries.
_MORE_SIGNS: Final = 2
#: The lines under the article's first line looked at for them.
_REACH: Final = 80
#: The most words of a sign's dates line ("Del 21 de marzo al 20 de abril").
_DATES_WORDS: Final = 8
#: The fewest words of an entry's sentence under a sign's heading ("Amor: una conversación pendiente te dará alivio.").
_ENTRY_WORDS: Final = 4
#: A sign's dates line: two to four numbers (a day, a month) and words or marks between them, no colon.
_DATES: Final = re.compile(r"[^:\d]{0,20}(?:\d{1,4}[^:\d]{0,25}){2,4}")
#: A draw's number alone on its line ("7", "52"), and the fewest of them under the sentence announcing them.
_NUMBER: Final = re.compile(r"\d{1,3}")
_NUMBERS: Final = 3
#: The fewest words of the sentence announcing the draw's numbers.
_ANNOUNCE_WORDS: Final = 4
#: A TV grid: the fewest channels, the fewest rows under each, the most words of a channel's name, the most short
#: lines between the grid's last row and the article's first paragraph.
_CHANNELS: Final = 2
_CHANNEL_ROWS: Final = 2
_CHANNEL_WORDS: Final = 3
_UNDER_GRID: Final = 2
#: The fewest rows of the whole grid (a listing of the evening; a sidebar's box holds a row or two a channel).
_GRID_ROWS: Final = 6
_UNDER_GRID_WORDS: Final = 4
#: The most words of a programme's row ("20:15 Ein starkes Team: Gefährliches Spiel").
_ROW_WORDS: Final = 8


def _sign(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sign's heading (table ``structure.zodiac_sign``), a few words."""
    if ctx.words(i) > _DATES_WORDS:
        return False
    return ctx.table("structure", "zodiac_sign").match(ctx.doc.lines[i].text) is not None


def _time_of(ctx: Context, i: int) -> int | None:
    """The minute of the day a programme's row opens on ("20:15 Tatort"), or None for a line that is no row."""
    text = ctx.doc.lines[i].text
    if not decimal(text[:1]) or ctx.words(i) > _ROW_WORDS:
        return None
    m = _SCHEDULE_ROW.fullmatch(text.strip())
    return _minute_of_day(m) if m is not None else None


def _dates(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sign's dates alone on their line ("March 21 - April 19", "21.03. - 20.04.")."""
    text = ctx.doc.lines[i].text.strip()
    return bool(text) and ctx.words(i) <= _DATES_WORDS and ":" not in text and _DATES.fullmatch(text) is not None


def sign_dates_under(ctx: Context, kept: list[int], n: int) -> int:
    """The line a sign's heading ``kept[n]`` stands over: the one under its dates line where the line under it is
    that (see the module), else the line right under it."""
    if n + 2 < len(kept) and _dates(ctx, kept[n + 1]) and _sign(ctx, kept[n]):
        return kept[n + 2]
    return kept[n + 1]


def _next_text(ctx: Context, i: int, stop: int) -> int:
    """The next line with text under line ``i`` (before ``stop``), kept or not; -1 where none is."""
    lines = ctx.doc.lines
    for j in range(i + 1, stop):
        if lines[j].text.strip():
            return j
    return -1


def _heads_entry(ctx: Context, i: int, stop: int) -> bool:
    """Sign heading ``i`` stands over a sentence, or over its dates line over one, all kept."""
    lines = ctx.doc.lines
    j = _next_text(ctx, i, stop)
    if j >= 0 and lines[j].removal is None and _dates(ctx, j):
        j = _next_text(ctx, j, stop)
    return (
        j >= 0 and lines[j].removal is None and ends_sentence(lines[j].text.strip()) and ctx.words(j) >= _ENTRY_WORDS
    )


def _first_entry(ctx: Context, last: int, first: int) -> set[int]:
    """The first sign's heading (and its dates line) ending at line ``last``, right over the article's first line
    ``first``, where ``_MORE_SIGNS`` signs' headings under it each head an entry; else none."""
    lines = ctx.doc.lines
    if last < 0 or last >= first or any(lines[j].text.strip() for j in range(last + 1, first)):
        return set()
    heading = {last}
    if _dates(ctx, last):
        above = last - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        if above < 0:
            return set()
        heading = {above, last}
        last = above
    if not _sign(ctx, last) or not ends_sentence(lines[first].text.strip()) or ctx.words(first) < _ENTRY_WORDS:
        return set()
    stop = min(len(lines), first + _REACH)
    found = 0
    for j in range(first + 1, stop):
        if lines[j].removal is None and _sign(ctx, j) and _heads_entry(ctx, j, stop):
            found += 1
            if found >= _MORE_SIGNS:
                return heading
    return set()


def sign_entry_block(ctx: Context, blocks: list[list[int]], article: int, first: int) -> set[int]:
    """The first sign's heading and its dates line closing the block over the article's first block ``article``,
    right over its first line ``first`` (see the module)."""
    if article == 0 or not blocks[article - 1]:
        return set()
    return _first_entry(ctx, blocks[article - 1][-1], first)


def _drawn_numbers(ctx: Context, region: range, taken: set[int]) -> set[int]:
    """A draw's numbers one a line under the kept sentence announcing them (see the module)."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    for i in sorted(taken):
        if i in keep or not _NUMBER.fullmatch(lines[i].text.strip()):
            continue
        above = i - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        if above < region.start or above in taken or lines[above].removal is not None:
            continue
        said = lines[above].text.strip()
        if not ends_colon(said) or ctx.words(above) < _ANNOUNCE_WORDS:
            continue
        run = []
        j = i
        while j < region.stop and (not lines[j].text.strip() or _NUMBER.fullmatch(lines[j].text.strip())):
            if lines[j].text.strip():
                run.append(j)
            j += 1
        if len(run) >= _NUMBERS:
            keep.update(run)
    return keep


def _grid(ctx: Context, region: range) -> set[int]:
    """A TV listing's grid running down to the region's end (see the module)."""
    lines = ctx.doc.lines
    text = [i for i in region if lines[i].text.strip() and lines[i].removal is None]
    grid: set[int] = set()
    channels = 0
    n = 0
    end = -1
    while n < len(text):
        i = text[n]
        if ctx.words(i) > _CHANNEL_WORDS or ends_sentence(lines[i].text.strip()) or _time_of(ctx, i) is not None:
            n += 1
            continue
        rows: list[int] = []
        last = -1
        m = n + 1
        while m < len(text):
            at = _time_of(ctx, text[m])
            if at is None or at <= last:
                break
            rows.append(text[m])
            last = at
            m += 1
        if len(rows) >= _CHANNEL_ROWS:
            grid.update([i, *rows])
            channels += 1
            end = m
            n = m
        else:
            n += 1
    if channels < _CHANNELS or len(grid) - channels < _GRID_ROWS:
        return set()
    under = text[end:]
    if len(under) > _UNDER_GRID or any(ctx.words(i) > _UNDER_GRID_WORDS for i in under):
        return set()
    return grid


def utility_kept(ctx: Context, region: range, furniture: list[int], where: str) -> list[int]:
    """``furniture`` less a daily service page's first lines (see the module)."""
    if not furniture:
        return furniture
    taken = set(furniture)
    lines = ctx.doc.lines
    keep = set()
    # (a drawn number is figures alone: the line's memoized figure asked first, most lines of furniture hold none)
    if any(ctx.digit(i) and _NUMBER.fullmatch(lines[i].text.strip()) for i in furniture):
        keep = _drawn_numbers(ctx, region, taken)
    if where != TAIL and region.stop < len(lines):
        last = region.stop - 1
        while last >= region.start and not lines[last].text.strip():
            last -= 1
        if last in taken or (last - 1 in taken and _dates(ctx, last)):
            keep |= _first_entry(ctx, last, region.stop)
        if any(_time_of(ctx, i) is not None for i in furniture):
            keep |= _grid(ctx, region)
    return [i for i in furniture if i not in keep] if keep else furniture
