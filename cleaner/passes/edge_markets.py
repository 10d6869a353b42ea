"""markets38: a quote box's rows under a markets story.

- :func:`tail_quote_rows`: the rows of a quote box the page prints under the article ("MSFT 407.54 -0.84 (-0.21%)",
  "BTC $70,150.21 +3.21%"), an instrument's name or ticker, its price and its signed move, no colon. finance-widget
  took such rows (its ``head_widget`` table) only over the article's first paragraph, because inside the article a
  market report's own table of closes reads the same. Under the article's last paragraph the box's rows stand in a
  run under residue (a quote box's heading, "Related Tickers", an alert button) or under the closing sentence itself;
  the article's own table stands under the line that announces it ("Here is where the major averages ended:") or
  under its subheading ("Closing levels"), and stays.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

_NUMBER: Final = r"\d{1,6}(?:[.,\u202f ]\d{3})*(?:[.,]\d{1,4})?"
_SIGNED: Final = rf"[+\u2212\u2013-]\s?{_NUMBER}\s?%?"
#: a quote box's row: a name of up to three words or a ticker, a price, its signed move and maybe the move in per cent
#: in brackets; no colon (an article's row labels its figure: "Ether: $3,940 (+2.1%)")
QUOTE_ROW: Final = re.compile(
    rf"[^\W\d_][\w&.'\u2019/-]{{0,15}}(?: [\w&.'\u2019/-]{{1,16}}){{0,2}}\s+[$€£¥]?\s?{_NUMBER}\s?[$€£]?"
    rf"\s+{_SIGNED}(?:\s*\(\s*{_SIGNED}\s*\))?"
)
#: a ticker's symbol: two to six capitals ("MSFT", "BTC", "BRK.B")
_TICKER: Final = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:\.[A-Z])?")
_LEAST_ROWS: Final = 2


def quote_row(text: str) -> bool:
    """Whether ``text`` is a quote box's row ("MSFT 407.54 -0.84 (-0.21%)", "DAX 18.492,49 +0,35%")."""
    return QUOTE_ROW.fullmatch(text.strip()) is not None


def _ticker_row(text: str) -> bool:
    return _TICKER.fullmatch(text.split(maxsplit=1)[0]) is not None


def tail_quote_rows(ctx: Context, kept: list[int], hits: dict[int, int]) -> set[int]:
    """The lines of the runs of at least ``_LEAST_ROWS`` quote rows under the article's last paragraph that a quote
    box prints (finance-widget takes them there): the run stands under a line the vocabulary matched (``hits``: "Related
    Tickers", "Set Alert"), or under a closed sentence when every row opens on a ticker's symbol. A run under a line
    closed by a colon (the article announces its table) or under a subheading stays."""
    lines = ctx.doc.lines
    ends = (
        pos for pos in reversed(range(len(kept))) if ctx.is_prose(kept[pos]) and ends_sentence(lines[kept[pos]].text)
    )
    last = next(ends, None)
    if last is None:
        return set()
    out: set[int] = set()
    pos = last + 1
    while pos < len(kept):
        end = pos
        while end < len(kept) and quote_row(lines[kept[end]].text):
            end += 1
        if end - pos >= _LEAST_ROWS and _box_over(ctx, kept, pos, end, hits):
            out.update(kept[pos:end])
        pos = max(end, pos + 1)
    return out


def _box_over(ctx: Context, kept: list[int], start: int, end: int, hits: dict[int, int]) -> bool:
    """Whether the line over the run of rows ``kept[start:end]`` makes it a quote box's: residue the vocabulary matched,
    or a closed sentence (no colon) over rows that each open on a ticker's symbol."""
    above = kept[start - 1]
    text = ctx.doc.lines[above].text.rstrip()
    if text.endswith(":"):
        return False
    if above in hits:
        return True
    return ends_sentence(text) and all(_ticker_row(ctx.doc.lines[i].text) for i in kept[start:end])
