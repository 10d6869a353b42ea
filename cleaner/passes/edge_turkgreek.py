"""turkgreek43: general news in Turkish, Greek and Cypriot outlets: the short lines of a report's own data.

- :func:`facts_over_lineup` (edge-furniture's guard at the tail): a match report's facts box under its last paragraph
  opens on short labelled values ("Stat: Ülker", "Hakem: Arda Kardeşler", "Γήπεδο: Καραϊσκάκης") right over the
  teams' line-ups ("Fenerbahçe: Livakovic, Osayi, Djiku, …"), which stay as the report's data: the tail's run took the
  short rows over them as furniture. A chain of up to four labelled short values standing right over a kept line-up
  stays with it; a labelled line over residue, or over prose, still goes.
- :func:`figure_rows` (teaser-box's guard): a heading a table reads as a teaser box's ("Öne çıkanlar", "Highlights")
  over two or more parallel rows of figures ("Gıdada yıllık artış yüzde 71,1" / "Konutta yıllık artış yüzde 67,5"),
  each closing on a figure and all sharing a word, is the article's own list of key figures, no box of other stories'
  headlines: another story's headlines do not all close on a figure in one phrasing.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .edge_boxes import _lineup

# -- facts_over_lineup ------------------------------------------------------------------------------------------------

#: The most labelled short values chained over a line-up ("Stat:", "Hakem:", "Seyirci:", "Hava:").
_FACTS: Final = 4
#: The most words of a labelled fact ("Hakem: Arda Kardeşler", "Stadyum: Rams Park (Istanbul)").
_FACT_WORDS: Final = 6
#: A short label, closed by a colon, and its value: "Stat: Ülker", "Διαιτητής: Σιδηρόπουλος".
_FACT: Final = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?[^\s:].{0,60}")


def _fact(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a short labelled value, no sentence."""
    text = ctx.doc.lines[i].text
    return (
        ":" in text
        and ctx.words(i) <= _FACT_WORDS
        and not ends_sentence(text)
        and "http" not in text
        and _FACT.fullmatch(text) is not None
    )


def facts_over_lineup(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the labelled short facts chained right over a kept line-up (see the module's docstring)."""
    lines = ctx.doc.lines
    # (the cheap test first: a short line of the run holding a colon; most tails have none)
    if not any(":" in lines[i].text and ctx.words(i) <= _FACT_WORDS for i in furniture):
        return furniture
    run = set(furniture)
    kept = [i for i in region if lines[i].removal is None]
    keep: set[int] = set()
    chain: list[int] = []
    for i in kept:
        if i in run:
            chain = [*chain, i][-_FACTS:] if _fact(ctx, i) else []
            continue
        if chain and _lineup(lines[i].text):
            keep.update(chain)
        chain = []
    return [i for i in furniture if i not in keep] if keep else furniture


# -- figure_rows ------------------------------------------------------------------------------------------------------

#: The fewest rows of figures under the heading that make it the article's list.
_ROWS: Final = 2
#: The most words of a row of figures ("Ulaştırmada yıllık artış yüzde 56,6").
_ROW_WORDS: Final = 10
#: A row's closing figure: "71,1", "%4,5", "1.250 TL", "-6,1%", "32,15 €".
_CLOSING_FIGURE: Final = re.compile(r"(?:^|\s)[%+−–-]?\d[\d.,]*\s?(?:%|[€$£₺]|TL|ευρώ|euro)?$")


def _figure_row(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    return 2 <= ctx.words(i) <= _ROW_WORDS and _CLOSING_FIGURE.search(text) is not None


def _words(text: str) -> set[str]:
    return {w for w in lower(text).split() if w.isalpha()}


def figure_rows(ctx: Context, kept: list[int], at: int) -> bool:
    """Whether the teaser heading ``kept[at]`` stands over :data:`_ROWS` or more parallel rows of figures (see the
    module's docstring): the rows run on from right under it, each closing on a figure, all sharing a word."""
    rows: list[int] = []
    for i in kept[at + 1 : at + 1 + 12]:
        if not _figure_row(ctx, i):
            break
        rows.append(i)
    if len(rows) < _ROWS:
        return False
    shared = _words(ctx.doc.lines[rows[0]].text)
    for i in rows[1:]:
        shared &= _words(ctx.doc.lines[i].text)
    return bool(shared)
