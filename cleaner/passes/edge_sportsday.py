"""sportsday44: individual and motor sports, a race's live ticker.

- :func:`ticker_span` (edge-furniture's anchors, asked only where the page has no paragraph to anchor them): a
  Formula 1 or MotoGP live ticker, a cycling race's live page, is a run of short entries, each under a lap's or a
  kilometre's marker ("Lap 42/57", "Runde 60/78", "Tour 12/57", "KM 35", "45 km to go") and each a sentence or two
  ("Leclerc gewinnt den Großen Preis von Monaco!", "Box, box.", "Safety car!"). No line of such a ticker has the twelve
  words a paragraph needs to anchor the page's edges, so edge-furniture left the whole page alone: the site's menu,
  the ticker's "Refresh" and "Live" over its first entry and the footer under its last stayed. ``_MIN_ENTRIES``
  markers or more, each right over a line closing a sentence, make the page's text the entries from the first marker
  to the last entry's last line; the lines over and under them are judged as the page's edges as on any page, with
  every guard edge-furniture keeps for the article's own lists. A results list's rows ("1. Verstappen 1:30:45.519")
  are no markers; a menu or a calendar's "Lap 1" heads no sentence.
- :func:`standings_rows` (dateline's guard): a standings list's rows ("1. Verstappen 1437", "2. Norris 1374", "1.
  Shiffrin 1290") read as dates to the language-neutral shape of a day, a month's word and a year ("1. März 2024"):
  its points of four figures are no year. Two rows or more in a row, each a rank, a name and a figure, the ranks
  counting up by one, the names all different and the figures not all the same, are a standings list (or a list of
  champions by their year: "1. Senna 1988"), and stay. Two dates of days one after the other name one month ("1.
  März 2024" over "2. März 2024"), and a page's stamp with its update the same year.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower

#: The fewest markers over a sentence that make a page of ticker entries (one lap named in a sidebar is one).
_MIN_ENTRIES: Final = 3
#: The longest marker line, in characters ("Vuelta 142/305", "45 km à parcourir", "noch 45 km bis ins Ziel").
_MARKER_CHARS: Final = 26
#: The most kept lines of an entry under its marker.
_ENTRY_LINES: Final = 6
#: A lap's marker, its number over the race's ("Lap 42/57", "Lap 42 of 57", "Runde 60/78", "Tour 12 sur 57", "Vuelta
#: 12 de 57", "Giro 12/53", "Volta 12/71", "Ronde 12/72"), or a kilometre's ("KM 35", "Km 120,5", "45 km to go",
#: "Noch 45 km", "À 45 km de l'arrivée", "45 km al traguardo", "a 45 km de meta", "nog 45 km").
_MARKER: Final = re.compile(
    r"(?:lap|runde|tour|vuelta|giro|volta|ronde)\s\d{1,3}\s?(?:/|of|von|sur|de|di|van)\s?\d{1,3}"
    r"|km\s?\d{1,3}(?:[.,]\d)?"
    r"|(?:noch|nog|à|a|ancora|faltam)?\s?\d{1,3}(?:[.,]\d)?\s?km"
    r"(?:\s(?:to go|left|remaining|vor dem ziel|bis ins ziel|à parcourir|de l'arrivée|de l’arrivée"
    r"|al traguardo|all'arrivo|a meta|de meta|para a meta|te gaan|tot de finish))?"
)


#: A standings row: a rank, a name of words (no figure), a figure ("1. Verstappen 1437", "2 Norris 1374 pts").
_ROW: Final = re.compile(r"(\d{1,3})\.?\s([^\W\d_][^\d]{0,40}?)\s(\d{1,5})(?:\s[^\W\d_]{1,7}\.?)?")
#: The fewest rows of a standings list.
_LEAST_ROWS: Final = 2


def _marker(ctx: Context, i: int) -> bool:
    """Line ``i`` is a lap's or a kilometre's marker alone on its line (see ``_MARKER``)."""
    text = ctx.doc.lines[i].text.strip()
    if not text or len(text) > _MARKER_CHARS or not any(c.isdigit() for c in text):
        return False
    return _MARKER.fullmatch(lower(text)) is not None


def ticker_span(ctx: Context, kept: list[int]) -> tuple[int, int] | None:
    """The first and last line of a race's live ticker (see the module), or None: ``_MIN_ENTRIES`` markers or more,
    each right over a line closing a sentence. Asked only of a page with no paragraph to anchor its edges; its lines
    are first told by a length and a digit, before any pattern."""
    if len(kept) < 2 * _MIN_ENTRIES:
        return None
    lines = ctx.doc.lines
    heads = [
        n for n in range(len(kept) - 1)
        if _marker(ctx, kept[n]) and ends_sentence(lines[kept[n + 1]].text) and not _marker(ctx, kept[n + 1])
    ]
    if len(heads) < _MIN_ENTRIES:
        return None
    last = kept[heads[-1] + 1]
    for i in kept[heads[-1] + 2 : heads[-1] + 1 + _ENTRY_LINES]:
        if _marker(ctx, i) or not ends_sentence(lines[i].text):
            break
        last = i
    return kept[heads[0]], last


def _row(ctx: Context, i: int) -> tuple[int, str, int] | None:
    """Line ``i`` as a standings row (rank, name, figure), or None (its rank read with it where the document took it
    as the line's list number: "2. Gut-Behrami 980")."""
    line = ctx.doc.lines[i]
    text = (line.lead + line.text).strip()
    if not text[:1].isdigit() or len(text) > 60:
        return None
    m = _ROW.fullmatch(text)
    return None if m is None else (int(m.group(1)), lower(m.group(2)), int(m.group(3)))


def standings_rows(ctx: Context, kept: list[int], mine: list[int]) -> set[int]:
    """The lines of ``mine`` (dateline's matches) that are rows of a standings list (see the module): the run of kept
    rows around each, two or more, ranks counting up by one, names all different, figures not all one. Only the lines
    that open on a figure are read."""
    out: set[int] = set()
    for i in mine:
        if i in out or _row(ctx, i) is None:
            continue
        pos = kept.index(i)
        start = end = pos
        while start > 0 and _row(ctx, kept[start - 1]) is not None:
            start -= 1
        while end + 1 < len(kept) and _row(ctx, kept[end + 1]) is not None:
            end += 1
        rows = [r for r in (_row(ctx, j) for j in kept[start : end + 1]) if r is not None]
        if len(rows) < _LEAST_ROWS:
            continue
        ranks = [r[0] for r in rows]
        figures = [r[2] for r in rows]
        if (
            all(b == a + 1 for a, b in pairwise(ranks))
            and len({r[1] for r in rows}) == len(rows)
            and len(set(figures)) > 1
        ):
            out.update(kept[start : end + 1])
    return out & set(mine)
