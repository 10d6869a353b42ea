"""markets38: a quote box's rows under a markets story.

- :func:`tail_quote_rows`: the rows of a quote box the page prints under the article ("MSFT 407.54 -0.84 (-0.21%)",
  "BTC $70,150.21 +3.21%"), an instrument's name or ticker, its price and its signed move, no colon. finance-widget
  took such rows (its ``head_widget`` table) only over the article's first paragraph, because inside the article a
  market report's own table of closes reads the same. Under the article's last paragraph the box's rows stand in a
  run under residue (a quote box's heading, "Related Tickers", an alert button) or under the closing sentence itself;
  the article's own table stands under the line that announces it ("Here is where the major averages ended:") or
  under its subheading ("Closing levels"), and stays.
- :func:`heading_over_quote_rows` (edge-furniture's guard at the tail): the article's own rows of closes at its end
  ("Dow Jones 37,798.97 -0.12%") stay as rows of data, and the line that announces them ("Here is where the major
  averages closed:") or heads them ("Die Schlusskurse") stays with them; once a quote box's rows under them went, the
  run of residue there made it a short line of furniture.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import last_sentence

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
    last = last_sentence(ctx, kept)
    if last is None:
        return set()
    out: set[int] = set()
    pos = last + 1
    while pos < len(kept):
        end = pos
        while end < len(kept) and quote_row(lines[kept[end]].text):
            if end > pos and not _next_to(ctx, kept[end - 1], kept[end]):
                break  # (a line another pass took parts two runs: the article's rows over it, a box's under it)
            end += 1
        if end - pos >= _LEAST_ROWS and _box_over(ctx, kept[pos - 1], kept[pos:end], hits):
            out.update(kept[pos:end])
        pos = max(end, pos + 1)
    return out


def _next_to(ctx: Context, above: int, below: int) -> bool:
    """Whether only blank lines stand between lines ``above`` and ``below`` (no line another pass took)."""
    return all(not ctx.doc.lines[j].text.strip() for j in range(above + 1, below))


#: the tables whose line right over a run of rows makes it a quote box's: its heading or button ("Related Tickers",
#: "Set Alert"), a market story's disclaimer ("This is not investment advice.", "Disclosure: The author holds …")
_BOX_TABLES: Final = (("widgets", "finance"), ("signup", "disclosure"))


def _box_over(ctx: Context, over: int, rows: list[int], hits: dict[int, int]) -> bool:
    """Whether the line over the run of ``rows`` makes it a quote box's: the box's own line or a disclaimer (``over``
    or a line another pass took right over the rows), a quote row a line another pass took parts from the rows, or a
    closed sentence over rows that each open on a ticker's symbol. A line closed by a colon announces the article's."""
    lines = ctx.doc.lines
    text = lines[over].text.rstrip()
    if text.endswith(":"):
        return False
    taken = [j for j in range(over + 1, rows[0]) if lines[j].text.strip()]
    if taken:
        # (lines another pass took between: a disclaimer right over the rows, or the article's rows over them)
        return ctx.matches_any(_BOX_TABLES, taken[-1]) or quote_row(text)
    if over in hits and ctx.matches_any(_BOX_TABLES, over):
        return True
    return ends_sentence(text) and all(_ticker_row(lines[i].text) for i in rows)


_HEADING_WORDS: Final = 12  # "Here's how the company did, compared with analysts' consensus estimates:"


def heading_over_quote_rows(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a line that announces or heads the article's own rows at its end: a short line with no
    closed sentence, right under a kept line of the article and right over two or more kept quote rows."""
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if ctx.words(i) > _HEADING_WORDS or ends_sentence(lines[i].text):
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)
        if above is None or above in taken or lines[above].removal is not None:
            continue
        under = [j for j in range(i + 1, region.stop) if lines[j].text.strip()][:_LEAST_ROWS]
        if len(under) == _LEAST_ROWS and all(
            j not in taken and lines[j].removal is None and quote_row(lines[j].text) for j in under
        ):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture
