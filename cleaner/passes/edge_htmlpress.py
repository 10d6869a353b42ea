"""htmlpress52: press releases as newsrooms and wires publish them, whole pages.

- :func:`dated_teaser`: a wire's or a newsroom's box of the sender's other releases under the release ("More News
  From Oakmere Bancorp, Inc." over "Oakmere Bancorp Reports Fourth Quarter 2026 Earnings January 21, 2027") is a
  list in the markup, each headline a link with its date beside it: one bullet line each, the date glued at its end.
  The teaser box reads a loose heading's box (table ``box_heading``) only over lines that are no list items (an
  article's subheading of that shape over its own bulleted list of points stays); a bullet that is a headline closed
  by a date is a teaser of its own box, no point of an article's list (a point closes on its words, or on a full
  stop). Only with no paragraph of prose after the line: a release's own subheading of the heading's shape over its
  dated points ("Latest news from the field" over "Spring sampling begins in Nebraska March 15, 2027", then "The
  round brings the company's total funding to $142 million.") is inside the release, where the sender's box of
  other releases comes after it. Asked only of list lines under a loose teaser heading, after the headline test, so
  that the date regex runs at a handful of lines per page at most, the line's last character (a digit) looked at
  first, and the lines after it only then.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

# a date closing the line: "January 21, 2027", "Jan. 6, 2027", "21 January 2027", "4. März 2027", "4 mars 2027",
# "4 de marzo de 2027", "21.01.2027", "21/01/2027", "2027-01-21" (en de fr es it pt nl month names, abbreviated or not)
_MONTHS: Final = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar[yi]?|februar[yi]?|march|april|june|july|august|"
    r"september|october|november|december|jänner|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|mei|juni|"
    r"augustus)"
)
_CLOSING_DATE: Final = re.compile(
    r"(?i)(?:\s|^)(?:" + _MONTHS + r"\.? \d{1,2}, \d{4}|\d{1,2}\.? (?:de )?" + _MONTHS
    + r"\.? (?:de )?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})$"
)
_DATE_CHARS: Final = 24  # the closing date's characters at most ("4 de septiembre de 2027")
_MIN_HEADLINE: Final = 12  # a headline's characters before its date at least


def dated_teaser(ctx: Context, j: int) -> bool:
    """Line ``j`` is a list item closed by a date, with a headline's words before it: a teaser of a box of releases
    ("Oakmere Bancorp to Host Fourth Quarter Earnings Call January 6, 2027")."""
    line = ctx.doc.lines[j]
    text = line.text
    if not line.lead or not text[-1:].isdecimal() or len(text) < _MIN_HEADLINE + 8:
        return False
    tail = text[-_DATE_CHARS - 1 :]
    found = _CLOSING_DATE.search(tail)
    if found is None or len(text) - len(tail) + found.start() < _MIN_HEADLINE:
        return False
    lines = ctx.doc.lines
    return not any(lines[k].removal is None and ctx.is_prose(k) for k in range(j + 1, len(lines)))
