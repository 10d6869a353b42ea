"""htmlmarkets48: a quote box or a currency converter dropped between a markets story's paragraphs.

- :func:`boxed_quote_rows` (finance-widget): a business page puts an instrument's quote box inside the article, between
  two paragraphs: its name, its price and move ("98,46 EUR +3,12%", "Banco Meridional 8,212 € +5,41%", "12,845 € ▲
  3,41%"), its delay notice, its ISIN, its buttons ("Cotizaciones con 15 minutos de retraso", "WKN: 766403 · ISIN: …",
  "Añadir a mi cartera"); a currency converter prints its name and its result ("Conversor de divisas" / "100 EUR =
  108,76 USD"). The price rows are the ``head_widget`` table's, which finance-widget takes only over the article's
  first paragraph, because a market report's own list of closes reads the same. Inside the article, a row goes when it
  stands, with at most ``MAX_ROWS - 1`` other rows next to it (a box shows one instrument or two), in a run of residue
  lines (lines the vocabularies matched, no other kept line between) that holds a line of the ``finance`` table (the
  box's own line: a delay notice, an ISIN, a watchlist button, a converter's name). The article's own rows stay: a
  list of closes under the line that announces it (closed by a colon; a converter right under it takes only its own
  rows) or under its subheading ("Die Schlusskurse", over a box's "Kursalarm setzen"), a list of three rows or more,
  rows with no box's line beside them. Under the article's last closed sentence a box's rows are
  ``edge_markets.tail_quote_rows``' (a run of two rows or more), as before.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import last_sentence

#: A box's run holds at most this many price rows (one instrument, or two in a "stocks in this story" box) ...
MAX_ROWS: Final = 2
#: ... and is read this many lines at most either side of the row.
REACH: Final = 4


def boxed_quote_rows(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of ``mine`` (finance-widget's lines), the ``head_widget`` rows that stand in a quote box inside the article: a
    group of at most ``MAX_ROWS`` rows next to each other over the article's last closed sentence, under residue or a
    closed sentence (not under a line closed by a colon, nor under the article's subheading), with a ``finance`` line
    in the run of lines of ``hits`` around it (no other kept line between, ``REACH`` lines at most either side)."""
    lines = ctx.doc.lines
    finance = ctx.table("widgets", "finance")
    rows = {i for i in mine if finance.match(lines[i].text) is None}
    if not rows:
        return set()
    out: set[int] = set()
    # (under the article's last closed sentence the rows are edge_markets.tail_quote_rows' to judge)
    last = last_sentence(ctx, kept)
    if last is None:
        return out
    places = [pos for pos, i in enumerate(kept[:last]) if i in rows]  # (only on a page with such a row)
    done = -1
    for pos in places:
        if pos <= done:
            continue
        end = pos
        while end + 1 < last and kept[end + 1] in rows:
            end += 1
        done = end
        group = kept[pos : end + 1]
        above = kept[pos - 1] if pos > 0 else None
        if (
            len(group) <= MAX_ROWS
            and not (above is not None and lines[above].text.rstrip().endswith(":"))
            # (a heading of the article over them, no residue and no closed sentence: "Die Schlusskurse")
            and (above is None or above in hits or ends_sentence(lines[above].text))
            and (
                _box_line(ctx, kept, range(pos - 1, max(pos - 1 - REACH, -1), -1), rows, hits)
                or _box_line(ctx, kept, range(end + 1, min(end + 1 + REACH, len(kept))), rows, hits)
            )
        ):
            out.update(group)
    return out


def _box_line(ctx: Context, kept: list[int], walk: range, rows: set[int], hits: dict[int, int]) -> bool:
    """Whether a ``finance`` line stands along ``walk`` (positions of ``kept``, away from a group of rows) before a
    kept line no vocabulary matched: the box's own line beside its rows."""
    finance = ctx.table("widgets", "finance")
    for p in walk:
        j = kept[p]
        if j in rows:
            continue
        if finance.match(ctx.doc.lines[j].text) is not None:
            return True
        if j not in hits:
            return False
    return False
