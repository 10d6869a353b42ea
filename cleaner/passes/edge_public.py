"""public37: a public body's own short lines at the article's tail, which the shape rules read as page furniture: a
statistics office's table of figures, one cell a line, under the release's text ("Februar 2024" over "2,5", "CPIH"
over "3.8").

- :func:`figure_table` (edge-furniture's guard at the tail): the table's cells and the labels among them, with its
  caption over them, when its figures are the text's own (the release says "3.4%", the table "3.4");
- :func:`published_label` (the guard of edge_notices.notice_row, which keeps a date under a notice's formula, now a
  council's or a court's too: "NOTICE OF REGULAR MEETING" over "Tuesday, April 9, 2024"): a date under its publish
  label ("Publicado el 15/03/2024", "Posted: April 5, 2024") is the page's stamp, under a formula as anywhere;
- :func:`closing_place_date` (dateline's guard, beside edge_notices' notice date): a ruling's or a council's place
  and date closing its text over the signer's name ("Lisboa, 12 de março de 2024" over "Nuno Pinto Oliveira
  (Relator)");
- :func:`notice_time` (clock-line's guard): the meeting's time right under its date, under the notice's formula
  ("Tuesday, April 9, 2024" over "6:30 p.m.").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

# a figure alone on its line, a table's cell: "3,7", "+0,8", "10.4", "−1,2 %", "18.123,45" (anchored, one repeat)
_CELL: Final = re.compile(r"\A[+\-\u2212]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s?%?\Z")
# a figure in the text: "3.4%", "+2,5 %", "0,1%" (searched: bounded, and opening after no digit, linear on a long
# run of digits)
_FIGURE: Final = re.compile(r"(?<!\d)\d{1,15}[.,]\d{1,6}")
_GAP: Final = 3  # the labels between two cells: a row's label, a column's heading ("Var. tendenziale")
_LABEL_WORDS: Final = 8  # a label or a caption: "Veränderung gegenüber dem Vorjahresmonat in %"
_CAPTION: Final = 4  # the caption and the columns' headings over the first cell: "Month", "CPIH", "CPI"
_CELLS: Final = 3
_DECIMALS: Final = 3  # cells with a decimal, a sign or a percent: no page's numbered links ("1", "2", "3")
_SHARED: Final = 2  # the table's figures the text says
_TEXT_LINES: Final = 200  # the text read for them, over the tail
# a time of day in a date's line: "19:02", "14h30", "18.30 Uhr", "7 p.m." (searched: no nested repeat)
_CLOCK: Final = re.compile(r"\d{1,2}[:h]\d{2}\b|\d{1,2}\.\d{2} ?(?:uhr|h)\b|\d ?[ap]\.?m\b", re.IGNORECASE)
_ROWS: Final = 4  # a notice's rows over its time: the body's name, the date ("CITY COUNCIL OF …", "Tuesday, …")
_FORMULA_WORDS: Final = 30  # (as edge_notices': a formula's line)
_ROW_WORDS: Final = 12


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


def published_label(ctx: Context, i: int) -> bool:
    """Whether line ``i`` opens on a publish label before its colon or its first figure ("Publicado el 15/03/2024",
    "Posted: April 5, 2024"; the label alone matched by table ``metadata.dateline``): the page's stamp under a
    notice's title, no row of the notice ("Verkündet am: 13. März 2024" names no publishing)."""
    text = ctx.doc.lines[i].text.strip()
    head, colon, _rest = text.partition(":")
    if not colon:
        head = text[: next((n for n, c in enumerate(text) if c.isdigit()), 0)]
    head = head.strip()
    dated = ctx.table("metadata", "dateline")
    return bool(head) and len(head.split()) <= _LABEL_WORDS and dated.match(head) is not None


def notice_time(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]``, a time of day alone, is a meeting's: right under a date with no time in
    it (table ``metadata.dateline``, no publish label), both at most ``_ROWS`` short rows under a notice's formula
    (table ``structure.notice_formula``: "NOTICE OF REGULAR MEETING", "Öffentliche Bekanntmachung"). A stamp's
    time under a headline stands under no formula, and a time under a date's stamp with its label still goes."""
    if pos < 2:
        return False
    lines = ctx.doc.lines
    date = kept[pos - 1]
    if (
        not ctx.digit(date)
        or published_label(ctx, date)
        or _CLOCK.search(lines[date].text) is not None
        or ctx.table("metadata", "dateline").match(lines[date].text.strip()) is None
    ):
        return False
    formula = ctx.table("structure", "notice_formula")
    for back in range(2, _ROWS + 2):
        if pos - back < 0:
            return False
        i = kept[pos - back]
        if ctx.words(i) <= _FORMULA_WORDS and formula.match(lines[i].text.strip()) is not None:
            return True
        if ctx.words(i) > _ROW_WORDS or ends_sentence(lines[i].text):
            return False
    return False


# a place opening a line before its comma: "Roma, 12 marzo 2024" (as edge_notices': anchored, possessive)
_PLACE_COMMA: Final = re.compile(r"\A[^\W\d_][\w'’.-]*+(?: [^\W\d_][\w'’.-]*+){0,2}, ")


def closing_place_date(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]``, a date, is the place and date closing the text over its signer ("Lisboa, 12
    de março de 2024" under a ruling's last sentence, over "Nuno Pinto Oliveira (Relator)"): a place before its
    comma, no time of day, right under a sentence, a signer's name right under it (:func:`_signer`), and no paragraph
    of prose under it. A story's dateline over its text, and a place and date closing the page with no name under
    it (a stamp: tests/test_lang_es_3), still go."""
    lines = ctx.doc.lines
    text = lines[kept[pos]].text
    if (
        not pos
        or pos + 1 >= len(kept)
        or not _PLACE_COMMA.match(text)
        or _CLOCK.search(text)
        or published_label(ctx, kept[pos])
        or not ends_sentence(lines[kept[pos - 1]].text)
        or not _signer(ctx, kept[pos + 1])
    ):
        return False
    return not any(ctx.is_prose(j) for j in kept[pos + 1 :])


_SIGNER_WORDS: Final = 8  # "Augusto Antonio BARBERA, Presidente", "Nuno Pinto Oliveira (Relator)"
_NAME_WORDS: Final = 2  # a first name and a surname


def _signer(ctx: Context, i: int) -> bool:
    """Whether line ``i`` reads as a signer's name: short, no figure, no sentence's end, two capitalised words or more
    ("gez. Petra Albrecht", "Nuno Pinto Oliveira (Relator)"; a footer's "Note legali" has one)."""
    text = ctx.doc.lines[i].text.strip()
    if ctx.words(i) > _SIGNER_WORDS or ctx.digit(i) or ends_sentence(text):
        return False
    return sum(1 for word in text.split() if word[:1].isupper()) >= _NAME_WORDS
