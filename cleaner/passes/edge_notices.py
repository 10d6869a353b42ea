"""notices36: a family notice's own lines at the article's edges and among its paragraphs (a death notice, an
obituary's service details, a wedding or birth announcement), which the shape rules read as page furniture or
stamps: short lines, names alone, dates alone, no sentence.

- :func:`notice_head` (edge-furniture's guard at the head) and :func:`notice_run` (headline-run's): the lines of a
  notice under its formula ("In stiller Trauer", "Rogad a Dios en caridad por el alma de", "È mancato all'affetto dei
  suoi cari", table ``structure.notice_formula``) down to the first paragraph: the deceased's name, the mourners one a
  line, the verse;
- :func:`service_gap` (detached-blocks' guard): a funeral's service details between two paragraphs (a heading of
  table ``structure.service_heading``, "Visitation", "Funeral Mass", "Trauerfeier", over its date, time and place);
- :func:`service_row` (dateline's and clock-line's guard): the date and time under such a heading;
- :func:`life_date` (dateline's guard): a notice's dates of birth and death on two lines, each under its mark ("*
  Amersfoort, 14 mei 1940" over "† Utrecht, 1 maart 2024").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context, table_matches
from ..textstats import ends_sentence
from .edge_public import published_label  # public37
from .edge_shared import closing_sentence

_BLOCK_MOST: Final = 40  # the lines of a notice's head read over its first paragraph
_HEADING_WORDS: Final = 6  # a service's heading: "Mass of Christian Burial", "Misa funeral"
_ROW_WORDS: Final = 12  # a service's row: "Queen of Peace Catholic Church, 102 4th Street, Cloquet"
_ROWS: Final = 4  # the rows under a service's heading: its date, its time, its place, its address
# a notice's formula over its rows: "Met heel veel liefde en trots kondigen wij de geboorte aan van onze dochter"
_FORMULA_WORDS: Final = 30
_LIST_CLOSE: Final = (",", ";")  # a mourner's line of a list the notice runs on: "Catherine et Erwan Morvan,"
_BIRTH: Final = ("*", "✱", "°")
_DEATH: Final = ("†", "✝", "✞", "+")
# a time of day: "19:02", "14h30", "18.30 Uhr" (searched: no nested repeat, linear over a long line)
_CLOCK: Final = re.compile(r"\d{1,2}[:h]\d{2}\b|\d{1,2}\.\d{2} ?(?:uhr|h)\b", re.IGNORECASE)
_STAMP_PASSES: Final = frozenset({"dateline", "clock-line"})


def _formula(ctx: Context, i: int) -> bool:
    return ctx.table("structure", "notice_formula").match(ctx.doc.lines[i].text.strip()) is not None


def notice_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a notice's lines before its first paragraph: over that paragraph, the lines no other pass
    took (at most ``_BLOCK_MOST``), from the first that is a notice's formula (table ``structure.notice_formula``: "In
    stiller Trauer", "Wir nehmen Abschied von", "ont la tristesse de vous faire part du décès de") down, and over it
    the mourners' lines that close on a comma or a semicolon as a list running on ("Catherine et Erwan Morvan,").
    The menu over the notice, a line another pass took under it (a breadcrumb, a sign-in link), still goes, and so
    does the notice page's title right over the formula ("Traueranzeige von Helmut Krämer")."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    top = region.stop
    while top > region.start and region.stop - top < _BLOCK_MOST and lines[top - 1].removal is None:
        top -= 1
    at = next((i for i in range(top, region.stop) if _formula(ctx, i)), None)
    if at is None:
        return furniture
    gone = set(furniture)
    keep = set(range(at, region.stop))
    j = at - 1
    while j >= top and (j not in gone or lines[j].text.rstrip().endswith(_LIST_CLOSE)):
        keep.add(j)
        j -= 1
    return [i for i in furniture if i not in keep]


def notice_run(ctx: Context, run: list[int]) -> list[int]:
    """A run of headline-like lines over the article (headline-run) cut at a notice's formula: the lines from it down
    are the notice's ("Rogad a Dios en caridad por el alma de" over "DOÑA CARMEN RUIZ MORENO"), not other stories'
    headlines; a run with no formula is whole."""
    at = next((n for n, i in enumerate(run) if ctx.doc.lines[i].removal is None and _formula(ctx, i)), None)
    return run if at is None else run[:at]


def _service_heading(ctx: Context, i: int) -> bool:
    """A service's heading alone on its line ("Visitation", "Funeral Mass", "Trauerfeier:") or opening its row
    before a colon ("Visitation: Thursday, March 7, 4–7 p.m., …")."""
    text = ctx.doc.lines[i].text.strip()
    head, colon, _rest = text.partition(":")
    if colon and head:
        text = head
    return len(text.split()) <= _HEADING_WORDS and table_matches(ctx.table("structure", "service_heading"), text)


def _under(
    ctx: Context, kept: list[int], pos: int, heading: Callable[[int], bool], most: int = _HEADING_WORDS
) -> int | None:
    """The place in ``kept`` of the heading (``heading``, of at most ``most`` words) standing at most ``_ROWS`` short
    rows over ``kept[pos]``, None where none does (a sentence or a long line between ends the rows)."""
    lines = ctx.doc.lines
    for back in range(1, _ROWS + 1):
        at = pos - back
        if at < 0:
            return None
        i = kept[at]
        if ctx.words(i) <= most and heading(i):
            return at
        if ctx.words(i) > _ROW_WORDS or ends_sentence(lines[i].text):
            return None
    return None


def service_row(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` is one of the short rows under a funeral's service heading (table
    ``structure.service_heading``: "Visitation", "Funeral Mass", "Trauerfeier", "Velório") after a paragraph of the
    article: its date, its time ("Friday, March 1, 2024" / "4:00 PM – 7:00 PM"), the service's, no stamp of the page.
    The heading stands at most ``_ROWS`` short rows over it (a menu's "Funeral Services" at the page's head stands
    under no paragraph)."""
    lines = ctx.doc.lines
    at = _under(ctx, kept, pos, lambda i: not ends_sentence(lines[i].text) and _service_heading(ctx, i))
    if at is None:
        return False
    # s36: the box stands right under the article's paragraph: up from the heading, only the box's own lines (other
    # services' headings and short rows) to that paragraph, and none another pass took. A box under the page's
    # widgets ("Send Flowers", "Plant a Tree") is the funeral home's sidebar repeating the text; and judged anywhere
    # under a paragraph, its date stayed on a first cleaning and went on a second, once its heading had gone.
    k = at - 1
    while k >= 0 and not ctx.is_prose(kept[k]):
        if ctx.words(kept[k]) > _ROW_WORDS or ends_sentence(lines[kept[k]].text):
            return False
        k -= 1
    return k >= 0 and all(lines[j].removal is None for j in range(kept[k] + 1, kept[at]))


def notice_row(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` is one of the short rows under a notice's formula (table
    ``structure.notice_formula``: "Wir haben geheiratet" over the couple's names and "16. März 2024"; a birth's
    formula over the child's name and "Utrecht, 2 maart 2024"): the notice's date, no stamp of the page."""
    if _CLOCK.search(ctx.doc.lines[kept[pos]].text):
        return False  # (a date with its time of day is the page's stamp: "4 mar 2024, 19:02")
    if published_label(ctx, kept[pos]):
        return False  # public37: a date under its publish label is the page's stamp ("Publicado el 15/03/2024")
    return _under(ctx, kept, pos, lambda i: _formula(ctx, i), _FORMULA_WORDS) is not None


def service_gap(ctx: Context, region: range) -> bool:
    """Whether the lines between two paragraphs (``region``) are a funeral's service details: a service's heading
    among them (table ``structure.service_heading``), one of its rows holding a figure (a date, a time, an address),
    and nothing another pass took among them but a date or a time (dateline, clock-line). A menu between two
    teasers holds no such heading over a figure, and a share row or a sign-up box is another pass's."""
    lines = ctx.doc.lines
    stamp = False
    rows: list[int] = []  # the kept lines short enough for a heading or a row
    for i in region:
        line = lines[i]
        if line.removal is not None:
            if line.removal.pass_name not in _STAMP_PASSES:
                return False
            stamp = True
        elif ctx.words(i) <= _ROW_WORDS:
            rows.append(i)
    # (the figures first: a gap with none, most of a page's menus, needs no look for a heading)
    figures = [i for i in rows if ctx.digit(i)]
    if not stamp and not figures:
        return False
    heading = next((i for i in rows if _service_heading(ctx, i)), None)
    if heading is None:
        return False
    return stamp or any(i != heading for i in figures)  # (the heading's own figure is no row's)


def _opens(ctx: Context, i: int, marks: tuple[str, ...]) -> bool:
    line = ctx.doc.lines[i]
    return (line.lead.strip() or line.text.lstrip()[:1]).startswith(marks)


def life_date(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]``, a date, is a notice's date of birth right over the line of its date of
    death, or the date of death right under the birth's: each opens on its mark ("* Amersfoort, 14 mei 1940" over "†
    Utrecht, 1 maart 2024"; "*" a list's bullet there, the birth's mark in a notice)."""
    i = kept[pos]
    if pos + 1 < len(kept) and _opens(ctx, i, _BIRTH) and _opens(ctx, kept[pos + 1], _DEATH):
        return ctx.digit(kept[pos + 1])
    if pos and _opens(ctx, i, _DEATH) and _opens(ctx, kept[pos - 1], _BIRTH):
        return ctx.digit(kept[pos - 1])
    return False


def notice_date(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]``, a date, is a notice's: one of its dates of birth and death
    (:func:`life_date`) or a row under its formula (:func:`notice_row`)."""
    return life_date(ctx, kept, pos) or notice_row(ctx, kept, pos) or _notice_signed(ctx, kept, pos)


# a place opening a line before its comma: "Bologna, 5 marzo 2024" (asked with match only, anchored and possessive: a
# scan over a long line stays linear)
_PLACE_COMMA: Final = re.compile(r"\A[^\W\d_][\w'’.-]*+(?: [^\W\d_][\w'’.-]*+){0,2}, ")


def _notice_signed(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` is a notice's place and date closing it ("Bologna, 5 marzo 2024"): right
    under a sentence, with a notice's formula (table ``structure.notice_formula``) at most ``_BLOCK_MOST`` lines over
    it. A page with no notice's formula dates its text with no such line."""
    lines = ctx.doc.lines
    if not pos or not _PLACE_COMMA.match(lines[kept[pos]].text) or not ends_sentence(lines[kept[pos - 1]].text):
        return False
    return any(_formula(ctx, kept[k]) for k in range(max(0, pos - _BLOCK_MOST), pos))


def notice_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a notice's short lines under its last paragraph that its own sentence closes ("Reward
    offered" over "Last seen heading north on Fernbrook Lane."): the lines from the region's start down to its last
    sentence with nothing another pass took among them, where a notice's formula (table ``structure.notice_formula``)
    stands at most ``_BLOCK_MOST`` lines over the region. The page's residue under that sentence is judged as
    before, and so is a page with no notice's formula."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    close = closing_sentence(ctx, region, gone)
    if close < 0 or not any(
        lines[k].removal is None and _formula(ctx, k) for k in range(max(0, region.start - _BLOCK_MOST), region.start)
    ):
        return furniture
    return [i for i in furniture if i > close]
