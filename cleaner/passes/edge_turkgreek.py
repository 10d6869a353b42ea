"""turkgreek43: general news in Turkish, Greek and Cypriot outlets: the short lines of a report's own data.

- :func:`facts_over_lineup` (edge-furniture's guard at the tail): a match report's facts box under its last paragraph
  opens on short labelled values ("Stat: Ülker", "Hakem: Arda Kardeşler", "Γήπεδο: Καραϊσκάκης") right over the
  teams' line-ups ("Fenerbahçe: Livakovic, Osayi, Djiku, …"), which stay as the report's data: the tail's run took the
  short rows over them as furniture. A chain of up to four labelled short values standing right over a kept line-up
  stays with it; where the run took the line-ups too (no scorers' row with figures keeps them), two line-ups of eight
  names or more one under the other, with the facts over them, right under the article's last sentence, stay as the
  box. A labelled line over residue, or over prose, still goes; a share row's or a tags line's names are no two teams
  of eight.
- :func:`figure_rows` (teaser-box's guard): a heading a table reads as a teaser box's ("Öne çıkanlar", "Highlights")
  over two or more parallel rows of figures ("Gıdada yıllık artış yüzde 71,1" / "Konutta yıllık artış yüzde 67,5"),
  each closing on a rate or a share (decimals or a per cent sign: no year, no count, no round price) and all sharing a
  word of four letters or more, is the article's own list of key figures, no box of other stories' headlines: another
  story's headlines do not all close on a rate in one phrasing ("Neu bei Disney+ im April 2024", "Casa en Roses,
  720.000 €" still go).
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


def _names(text: str) -> int:
    """The names of a line-up's line, told by their separators."""
    return text.count(",") + text.count(";") + text.count(" – ") + text.count(" — ") + 1


def facts_over_lineup(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the labelled short facts chained right over a kept line-up, and a facts box the run took whole
    (see the module's docstring)."""
    lines = ctx.doc.lines
    # (the cheap test first: a short line of the run holding a colon; most tails have none)
    if not any(":" in lines[i].text and ctx.words(i) <= _FACT_WORDS for i in furniture):
        return furniture
    run = set(furniture)
    kept = [i for i in region if lines[i].removal is None]
    keep: set[int] = set()
    chain: list[int] = []
    at = 0
    while at < len(kept):
        i = kept[at]
        if i in run and _fact(ctx, i):
            chain = [*chain, i][-_FACTS:]
            at += 1
            continue
        if i in run:
            teams = _lineups(ctx, kept, at)
            if len(teams) >= _TEAMS and _under_text(ctx, (chain or teams)[0], run):
                keep.update(chain)
                keep.update(teams)
                at += len(teams)
                chain = []
                continue
        elif chain and _lineup(lines[i].text):
            keep.update(chain)
        chain = []
        at += 1
    return [i for i in furniture if i not in keep] if keep else furniture


#: The teams' line-ups one under the other that make the run's lines a match's facts box.
_TEAMS: Final = 2
#: The fewest names of each line-up in a box the run took whole: a team's eleven, its starting five and bench.
_TEAM_NAMES: Final = 8


def _lineups(ctx: Context, kept: list[int], at: int) -> list[int]:
    """The line-ups of :data:`_TEAM_NAMES` names or more one under the other from ``kept[at]`` on."""
    teams: list[int] = []
    for i in kept[at : at + 4]:
        text = ctx.doc.lines[i].text
        if _names(text) < _TEAM_NAMES or not _lineup(text):
            break
        teams.append(i)
    return teams


def _under_text(ctx: Context, first: int, run: set[int]) -> bool:
    """Whether the kept line right over line ``first`` is the article's: a sentence the run did not take."""
    lines = ctx.doc.lines
    for j in range(first - 1, -1, -1):
        if lines[j].removal is None:
            return j not in run and ends_sentence(lines[j].text)
    return False


# -- figure_rows ------------------------------------------------------------------------------------------------------

#: The fewest rows of figures under the heading that make it the article's list.
_ROWS: Final = 2
#: The most words of a row of figures ("Ulaştırmada yıllık artış yüzde 56,6").
_ROW_WORDS: Final = 10
#: A row's closing figure, a rate or a share with its decimals or its per cent sign: "71,1", "%4,5", "-6,1%", "32,15 €"
#: (no year, no count, no round price: "… im April 2024", "… BRI Liga 1", "Casa en Roses, 720.000 €" close teasers).
_CLOSING_FIGURE: Final = re.compile(
    r"(?:^|\s)[+−–-]?(?:\d{1,3}[.,]\d{1,2}\s?%?|%\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}\s?%)\s?(?:[€$£₺]|TL|ευρώ|euro)?$"
)
#: The fewest letters of the word the rows share: a content word ("artış", "yüzde"), no article or preposition ("en",
#: "bei", "im").
_SHARED_LETTERS: Final = 4


def _figure_row(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    return 2 <= ctx.words(i) <= _ROW_WORDS and _CLOSING_FIGURE.search(text) is not None


def _words(text: str) -> set[str]:
    return {w for w in lower(text).split() if w.isalpha() and len(w) >= _SHARED_LETTERS}


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
