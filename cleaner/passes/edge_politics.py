"""politics45: politics and government coverage: parliament votes, coalition talks, candidates' profiles.

A candidate's profile or a government crisis's story sets out a career or the talks as a timeline: a short label closed
by its colon over rows that each open on a date or a year and its colon ("Kariera:" over "2005: doktorat …" / "2016:
dyrektor muzeum"; "Career:" over "2010: elected to the council"). The label's word is also a site's menu link
("Kariera", "Careers", "Carrière", a jobs page): site-chrome took it, and the timeline lost its heading.

- :func:`timeline_label` (site-chrome's spared lines): a chrome word closed by a colon, right under a kept line of the
  article (no pass's), over ``_ROWS_LEAST`` or more kept rows each opening on a date or a year and a colon: the
  timeline's heading. A menu's link carries no colon and stands over other links; the same word with a colon over a
  menu, or over one dated row, goes as before.

Cost: the guard reads only the lines site-chrome's tables matched, asks the colon closing the line first (a menu's
word has none), then at most ``_ROWS_LEAST`` rows under it, one anchored match each.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from ..context import Context
from ..textstats import ends_colon

_LABEL_WORDS: Final = 3  # a timeline's label ("Kariera:", "Son parcours :", "Career so far:")
_ROWS_LEAST: Final = 2  # the dated rows under it ("2005: …" / "2016: …")
# a row opening on a date or a year and its colon: "2005: …", "23. Februar: …", "14 luglio: …", "3 novembre 2023: …",
# "April 2024: …", "30 October: …"
_DATED_ROW: Final = re.compile(
    r"(?:\d{1,2}\.?\s?[^\W\d_]{3,12}\.?(?:\s\d{4})?|\d{4}|[^\W\d_]{3,12}\.?\s\d{1,2}(?:,\s\d{4})?|[^\W\d_]{3,12}\s\d{4})"
    r"\s?:\s\S"
)


def dated_row(text: str) -> bool:
    """Whether ``text`` is a timeline's row: a date or a year, its colon, the event after it."""
    return bool(text) and (text[0].isdigit() or text[0].isalpha()) and _DATED_ROW.match(text) is not None


def timeline_label(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the kept line ``kept[pos]`` (a chrome word: site-chrome's tables matched it) is a timeline's label
    under the article's line: closed by a colon, of up to ``_LABEL_WORDS`` words, the kept line over it no pass's,
    ``_ROWS_LEAST`` kept rows under it, each opening on a date or a year and its colon (see the module's docstring)."""
    lines = ctx.doc.lines
    i = kept[pos]
    text = lines[i].text.strip()
    if not ends_colon(text) or ctx.words(i) > _LABEL_WORDS or pos == 0 or kept[pos - 1] in hits:
        return False
    rows = kept[pos + 1 : pos + 1 + _ROWS_LEAST]
    return len(rows) == _ROWS_LEAST and all(j not in hits and dated_row(lines[j].text.strip()) for j in rows)
