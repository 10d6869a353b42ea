"""property42: a property feature's fact box closing the article.

A house for sale told as a feature, a price report or a plant guide often closes on its box of facts under a short
heading ("Key facts" over "Price: £1.25m", "Bedrooms: 4", "Agent: Savills"; "Fact file", "Eckdaten", "En bref"), the
page's residue (a share row, a footer) under it. Three labelled rows right under the text stay as a column of the
sheet's, but the heading over them broke that reading and edge-furniture's tail run took the heading and its rows.

- :func:`fact_box_tail` (edge-furniture's guard at the tail): right under the article's last kept sentence, a short
  heading (up to ``_HEADING_WORDS`` words, no figure, no colon, no site's section) over ``_ROWS`` or more labelled rows
  (edge_facts' row: a label of up to three words, a colon, a value that is no sentence), each label its own, two of
  them or more with a figure in their value and none a time of day or a phone number, the rows running down to a line
  another pass took or the region's end: the heading and its rows are the article's. A footer's box under the text
  ("Opening hours" over "Mon-Fri: 9am-5pm"; "Contact" over "Phone: 020 7946 0000") holds times or a phone, and a
  menu's links hold no labelled rows.

The guard reads the region's first lines only, and a tail whose first furniture line is no short heading costs one
test.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_facts import _labelled
from .edge_shared import _label_of, text_above

_HEADING_WORDS: Final = 3  # "Key facts", "Fact file", "Das Wichtigste", "La fiche"
_ROWS: Final = 3  # a box's rows: price, rooms, agent
_ROWS_MOST: Final = 12  # a box, not a page of rows
_FIGURES: Final = 2  # rows with a figure in their value
_SENTENCE_WORDS: Final = 6  # the article's last sentence over the box
_PHONE_DIGITS: Final = 7
_FIGURE: Final = re.compile(r"\d")
# a time of day or a span of hours in a row's value: an opening-hours box's ("9am-5pm", "10:00", "9h", "18 Uhr")
_TIME: Final = re.compile(r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|h\b|uhr\b|hrs?\b)|\b\d{1,2}[:]\d\d\b", re.I)


def _heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a kept short heading: up to ``_HEADING_WORDS`` words, no figure, no colon, no sentence, no site's
    section."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    if line.removal is not None or not text or ctx.words(i) > _HEADING_WORDS:
        return False
    if _FIGURE.search(text) or ":" in text or ends_sentence(text) or ends_colon(text):
        return False
    return ctx.table("structure", "section_name").match(text) is None


def _row_value(text: str) -> str:
    return text.partition(":")[2] if ":" in text else text.partition("：")[2]


def fact_box_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a fact box closing the article: a short heading right under its last kept sentence, over
    labelled rows down to a line another pass took or the region's end (see the module's docstring)."""
    if len(furniture) < _ROWS + 1:
        return furniture
    lines = ctx.doc.lines
    head = furniture[0]
    if head != region.start and any(lines[j].text.strip() for j in range(region.start, head)):
        return furniture  # (the box stands right under the text: the region's first line)
    above = text_above(ctx, head)
    if (
        above < 0
        or lines[above].removal is not None
        or not ends_sentence(lines[above].text)
        or ctx.words(above) < _SENTENCE_WORDS
        or not _heading(ctx, head)
    ):
        return furniture
    rows: list[int] = []
    j = head + 1
    while j < region.stop and len(rows) <= _ROWS_MOST:
        line = lines[j]
        text = line.text.strip()
        if not text:
            j += 1
            continue
        if line.removal is not None:
            break
        if not _labelled(text):
            return furniture  # (the rows run down to the page's residue, no kept line of another kind among them)
        rows.append(j)
        j += 1
    if not _ROWS <= len(rows) <= _ROWS_MOST:
        return furniture
    texts = [lines[r].text.strip() for r in rows]
    if len({_label_of(t) for t in texts}) < len(texts):
        return furniture  # (a teaser box says "Read more:" on each row)
    values = [_row_value(t) for t in texts]
    if sum(1 for v in values if _FIGURE.search(v)) < _FIGURES:
        return furniture
    if any(_TIME.search(v) or sum(1 for c in v if c.isdigit()) >= _PHONE_DIGITS for v in values):
        return furniture  # (an opening-hours or a contact box's rows)
    keep = {head, *rows}
    return [i for i in furniture if i not in keep]
