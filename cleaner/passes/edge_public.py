"""public37: a public body's own short lines at the article's tail, which the shape rules read as page furniture: a
statistics office's table of figures, one cell a line, under the release's text ("Februar 2024" over "2,5", "CPIH"
over "3.8").

- :func:`figure_table` (edge-furniture's guard at the tail): the table's cells and the labels among them, with its
  caption over them, when its figures are the text's own (the release says "3.4%", the table "3.4").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

# a figure alone on its line, a table's cell: "3,7", "+0,8", "10.4", "−1,2 %", "18.123,45" (anchored, one repeat)
_CELL: Final = re.compile(r"\A[+\-\u2212]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s?%?\Z")
# a figure in the text: "3.4%", "+2,5 %", "0,1%" (searched: no nested repeat)
_FIGURE: Final = re.compile(r"\d+[.,]\d+")
_GAP: Final = 3  # the labels between two cells: a row's label, a column's heading ("Var. tendenziale")
_LABEL_WORDS: Final = 8  # a label or a caption: "Veränderung gegenüber dem Vorjahresmonat in %"
_CAPTION: Final = 4  # the caption and the columns' headings over the first cell: "Month", "CPIH", "CPI"
_CELLS: Final = 3
_DECIMALS: Final = 3  # cells with a decimal, a sign or a percent: no page's numbered links ("1", "2", "3")
_SHARED: Final = 2  # the table's figures the text says
_TEXT_LINES: Final = 200  # the text read for them, over the tail


def _value(text: str) -> str:
    return text.strip().lstrip("+-\u2212").rstrip("% ").replace(",", ".")


def figure_table(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a table of figures, one cell a line, under the text: from the first cell (``_CELL``) to the
    last, at most ``_GAP`` short labels between two cells, nothing another pass took among them, with the caption
    and the columns' headings over the first cell (at most ``_CAPTION`` lines); ``_CELLS`` cells or more,
    ``_DECIMALS`` with a decimal, a sign or a percent, and ``_SHARED`` of their figures said in the text over it (a
    statistics office's release gives its headline figures in both). A market widget's quotes under a story share no
    figure with it, and go."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    cells: list[int] = []
    for i in region:
        if lines[i].removal is not None:
            if cells:
                break
            continue
        if ctx.digit(i) and _CELL.match(lines[i].text.strip()):
            if cells and i - cells[-1] > _GAP + 1:
                break
            cells.append(i)
        elif cells and (ctx.words(i) > _LABEL_WORDS or ctx.is_prose(i) or i - cells[-1] > _GAP):
            break
    if len(cells) < _CELLS:
        return furniture
    marked = [i for i in cells if any(c in lines[i].text for c in ".,+-\u2212%")]
    if len(marked) < _DECIMALS:
        return furniture
    values = {_value(lines[i].text) for i in marked}
    said: set[str] = set()
    for i in range(max(0, region.start - _TEXT_LINES), cells[0]):
        if lines[i].removal is None and ctx.digit(i):
            said.update(m.replace(",", ".") for m in _FIGURE.findall(lines[i].text))
    if len(values & said) < _SHARED:
        return furniture
    top = cells[0]
    while (
        top > region.start
        and cells[0] - top < _CAPTION
        and lines[top - 1].removal is None
        and ctx.words(top - 1) <= _LABEL_WORDS
        and not ctx.is_prose(top - 1)
    ):
        top -= 1
    keep = set(range(top, cells[-1] + 1))
    return [i for i in furniture if i not in keep]
