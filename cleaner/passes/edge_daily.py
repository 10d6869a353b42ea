"""daily41: a daily service page's short entries at the article's edges.

A daily horoscope is twelve short entries, each a sign's heading ("Widder (21. März - 20. April)", "Ariete",
"Áries (21/3 a 20/4)") over a sentence or two ("Ein Gespräch am Vormittag bringt Klarheit.") and its labelled rows
("Liebe: …", "Glückszahl: 9"); a TV listing is a channel's name over rows of a time and a title ("20:15 Tatort",
"21:45 heute-journal"). Their lines are all short: no paragraph is long enough to anchor edge-furniture, which then
left the whole page alone (its menu, its "Other signs" menu, its footer), and a grid's last rows under the article's
other rows read as the page's run.

- :func:`entries_span` (edge-furniture's anchors, asked only where the page has no paragraph to anchor them): three
  or more headings of table ``structure.zodiac_sign``, each right over a sentence, make the page's text the entries
  from the first sign's heading to the last entry's last line; the lines over and under them are judged as the
  page's edges as on any page. A menu of the twelve signs heads no sentence.
- :func:`sign_title` (title-line's test of a headline): the first sign's heading of such a page is no headline
  ("Bélier (21 mars - 19 avril)" once the page's headline went as a date's label).
- :func:`table_heading` (comment-ui's guard): a one-word control's word ("Quote", the Italian for a prize table's
  payouts) right over ``_TABLE_ROWS`` rows or more of one label and a figure ("Punti 6: nessun vincitore", "Punti 5:
  3 vincitori, 45.234,12 euro") is the table's heading; a forum's "Quote" button stands over a post or a user box
  whose rows each have their own label ("Posts: 4,512", "Joined: Mar 2012").
- :func:`signs_menu` (blocks.health_list's test): a list of signs under "Other signs" ("Aries", "Taurus", …), its
  heading a health list's word, is the page's menu of the twelve, no symptom list.
- :func:`listing_pick` (teaser-box's guard): a pick's label ("Our pick", table ``promos.pick_label``) over one line
  naming a programme by its time of day ("The Cuckoo, BBC One, 9pm"), over the pick's sentence, is a TV listing's
  pick; a rail's "Our picks" over headlines names no time.
- :func:`grid_rows_tail` (edge-furniture's guard at the tail): a programme's rows ("21:10 Informativos", a time and
  a title, later and later) right under the article's own rows of that shape that stay, or under a channel's short
  name right under them, stay. A sidebar's TV box under an article of prose has no kept rows over it.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_rows import _SCHEDULE_ROW, _minute_of_day, data_rows
from .edge_utility import sign_dates_under  # utility53
from .furniture import decimal

#: The fewest sign headings over a sentence that make a page of entries (a sign named in a sidebar is one).
_MIN_ENTRIES: Final = 3
#: The most words of a sign's heading ("Sagittarius (November 22 - December 21)").
_HEADING_WORDS: Final = 8
#: The fewest words of the sentence under a sign's heading ("Sua criatividade está em alta.").
_ENTRY_WORDS: Final = 4
#: The most words of an entry's labelled row under its sentence ("Lucky number: 7", "Cor: vermelho").
_ROW_WORDS: Final = 6
#: The most kept lines of an entry under its heading.
_ENTRY_LINES: Final = 8
#: The fewest of the article's own programme rows over the tail that make its rows there a grid going on.
_GRID_ROWS: Final = 3
#: The most words of a channel's name between two blocks of rows ("Das Erste", "La 1", "Rai 1").
_CHANNEL_WORDS: Final = 3
_SCHEDULE_ROW_WORDS: Final = 8
#: The most words of a pick's line under its label ("The Cuckoo, BBC One, 9pm").
_PICK_WORDS: Final = 10
#: A time of day in a listing's line: "9pm", "9.30pm", "20:15", "20.15 Uhr", "21h00", "21 h".
_CLOCK: Final = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?|uhr\b|h\b)|\b\d{1,2}[:.]\d{2}\b", re.IGNORECASE
)
#: The fewest rows of one label under a table's one-word heading ("Punti 6: …", "Punti 5+1: …", "Punti 5: …").
_TABLE_ROWS: Final = 3


def _sign(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sign's heading (table ``structure.zodiac_sign``)."""
    if ctx.words(i) > _HEADING_WORDS:
        return False
    return ctx.table("structure", "zodiac_sign").match(ctx.doc.lines[i].text) is not None


def _entry_line(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as an entry's: a sentence, or a short labelled row ("Liebe: …", "Glückszahl: 9")."""
    text = ctx.doc.lines[i].text
    return (ends_sentence(text) and ctx.words(i) >= _ENTRY_WORDS) or (":" in text and ctx.words(i) <= _ROW_WORDS)


def entries_span(ctx: Context, kept: list[int]) -> tuple[int, int] | None:
    """The first and last line of a page of sign entries (see the module), or None: ``_MIN_ENTRIES`` headings or more
    each right over a sentence of ``_ENTRY_WORDS`` words or more. Asked only of a page with no paragraph to anchor
    its edges; a page without the table's words is ruled out by one gated scan."""
    if len(kept) < 2 * _MIN_ENTRIES or not ctx.table("structure", "zodiac_sign").patterns:
        return None
    lines = ctx.doc.lines
    heads: list[int] = []
    for n in range(len(kept) - 1):
        i, under = kept[n], sign_dates_under(ctx, kept, n)  # utility53: the sign's dates on their own line
        if ends_sentence(lines[under].text) and ctx.words(under) >= _ENTRY_WORDS and _sign(ctx, i):
            heads.append(n)
    if len(heads) < _MIN_ENTRIES:
        return None
    last = kept[heads[-1] + 1]
    for i in kept[heads[-1] + 2 : heads[-1] + 1 + _ENTRY_LINES]:
        if _sign(ctx, i) or not _entry_line(ctx, i):
            break
        last = i
    return kept[heads[0]], last


def sign_title(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sign's heading over the entries of a page of them (:func:`entries_span`), no headline."""
    return _sign(ctx, i) and entries_span(ctx, ctx.doc.kept()) is not None


def signs_menu(ctx: Context, items: range) -> bool:
    """The lines ``items`` (a list's, all kept) are ``_MIN_ENTRIES`` signs' names or more, each alone on its line."""
    return sum(1 for i in items if ctx.words(i) == 1 and _sign(ctx, i)) >= _MIN_ENTRIES


def table_heading(ctx: Context, mine: list[int]) -> set[int]:
    """Of ``mine`` (comment-ui's lines), the one-word lines right over a prize table's rows (see the module): each of
    the next ``_TABLE_ROWS`` kept lines a row of ``_ROW_WORDS`` + 2 words at most with a colon and a figure, all
    opening on one word."""
    lines = ctx.doc.lines
    out: set[int] = set()
    for i in mine:
        if ctx.words(i) != 1:
            continue
        under = [j for j in range(i + 1, min(len(lines), i + 1 + 2 * _TABLE_ROWS)) if lines[j].removal is None]
        under = [j for j in under if lines[j].text.strip()][:_TABLE_ROWS]
        if len(under) < _TABLE_ROWS:
            continue
        firsts = {lines[j].text.split(None, 1)[0].casefold() for j in under}
        if len(firsts) == 1 and all(
            ":" in lines[j].text and ctx.words(j) <= _ROW_WORDS + 2 and ctx.digit(j) for j in under
        ):
            out.add(i)
    return out


def listing_pick(ctx: Context, kept: list[int], at: int) -> bool:
    """Whether the teaser heading at ``kept[at]`` is a listing's pick's label (see the module): the line under it of
    ``_PICK_WORDS`` words at most, no sentence, with a time of day, and a sentence of ``_ENTRY_WORDS`` words or more
    under that."""
    if not at + 2 < len(kept):
        return False
    lines = ctx.doc.lines
    entry, under = kept[at + 1], kept[at + 2]
    if ctx.words(entry) > _PICK_WORDS or ends_sentence(lines[entry].text) or not ctx.digit(entry):
        return False
    if not (ends_sentence(lines[under].text) and ctx.words(under) >= _ENTRY_WORDS):
        return False
    return _CLOCK.search(lines[entry].text) is not None and bool(
        ctx.table("promos", "pick_label").match(lines[kept[at]].text)
    )


def _time_of(ctx: Context, i: int) -> int | None:
    """The minute of the day a programme's row opens on ("20:15 Tatort"), or None for a line that is no row."""
    text = ctx.doc.lines[i].text
    if not decimal(text[:1]) or ctx.words(i) > _SCHEDULE_ROW_WORDS:
        return None
    m = _SCHEDULE_ROW.fullmatch(text.strip())
    return _minute_of_day(m) if m is not None else None


def grid_rows_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a programme's rows going on under the article's own (see the module): walking the region
    from its top, each row of the run right under a row of an earlier time, or under a channel's name right under a
    row, where ``_GRID_ROWS`` rows or more that stay (not in the run, or rows of one template that
    :func:`~.edge_rows.data_rows` keeps) stand over it. Only asked where a line of the run is such a row."""
    lines = ctx.doc.lines
    if not any(decimal(lines[i].text[:1]) for i in furniture) or all(_time_of(ctx, i) is None for i in furniture):
        return furniture
    taken = set(furniture) - data_rows(ctx, region)
    keep: set[int] = set()
    rows = 0  # the grid's rows so far
    last: int | None = None  # the time of the row right over the line, None where the line over is no row
    channel = False  # the line over is a channel's name right under a row
    for i in region:
        if lines[i].removal is not None:
            if rows:
                break  # (the page's residue under the grid: its end)
            continue
        at = _time_of(ctx, i)
        if at is not None:
            if i in taken:
                if not ((last is not None and at > last) or channel) or rows < _GRID_ROWS:
                    break
                keep.add(i)
            rows += 1
            last, channel = at, False
        elif last is not None and ctx.words(i) <= _CHANNEL_WORDS and not ends_sentence(lines[i].text):
            if i in taken:
                if rows < _GRID_ROWS:
                    break
                keep.add(i)
            last, channel = None, True
        elif i in taken:
            break
        else:
            last, channel = None, False
    # (a channel's name kept only over its rows: the last line kept is a row)
    while keep and _time_of(ctx, max(keep)) is None:
        keep.discard(max(keep))
    return [i for i in furniture if i not in keep] if keep else furniture
