"""htmlinbox56: the article's own boxes on news and magazine pages (the DOM side is :mod:`cleaner.html.inbox`).

- :func:`bar_row`: the HTML path writes a data table's rows as Markdown rows, a bar opening and closing each ("|
  Koblenz | 420 % | 495 % |"). ``credits.under_table`` read only rows without the outer bars ("Koblenz | 420 % |
  495 %"), so the source line under a page's own table ("Quelle: Statistisches Landesamt, eigene Recherche") went as
  a picture's credit. A row of the same cells with its outer bars is a table's row too; the header's rule
  ("|---|---|") is no row (its cells hold no letter or figure).
"""

from __future__ import annotations

from typing import Final

#: A row holds this many cells at least (as ``credits._TABLE_CELLS``).
BAR_ROW_CELLS: Final = 3


def bar_row(text: str) -> bool:
    """Whether ``text`` is a Markdown table row of ``BAR_ROW_CELLS`` cells or more, each with a letter or a figure."""
    if len(text) < 5 or text[0] != "|" or text[-1] != "|":
        return False
    cells = text[1:-1].split("|")
    return len(cells) >= BAR_ROW_CELLS and all(any(c.isalnum() for c in cell) for cell in cells)
