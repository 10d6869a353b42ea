"""modern39: a news page's own short lines that the 2025-2026 pages' residue rules could mistake.

Current news pages hold a newsroom's key-points box under the byline ("Key points" over three points, then the text)
and one-word sentences between paragraphs ("Listen.", then "That was the advice of one editor …"):

- :func:`points_box` (edge_factcheck's test of where a box at the head opens): a summary's heading (table
  ``structure.summary_heading``) right over at least ``_POINTS`` points, each a kept line of ``_POINT_WORDS`` words or
  more closing on no full stop, then a kept sentence: the box is the article's whatever lines went over it (a byline's
  name and role read as a menu's last items). A rail's heading over headlines with a sentence each, or over entry times,
  has no two points in a row (tests).
- :func:`sentence_word` (teaser-box's guard): a teaser heading's word alone closing on a full stop ("Listen.") between
  the article's paragraphs, over a kept sentence, is the text's one-word sentence; "Listen" or "Read more" with no
  full stop, or at the text's edges, goes as before (tests).
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence

#: The fewest points under a summary's heading.
_POINTS: Final = 2
#: The fewest words of a point (a menu's or a rail's short items are shorter).
_POINT_WORDS: Final = 5


def points_box(ctx: Context, top: int) -> bool:
    """Line ``top``, a summary's heading, heads ``_POINTS`` or more kept points and then a kept sentence."""
    lines = ctx.doc.lines
    if top + _POINTS + 1 >= len(lines) or ctx.words(top) > 6:
        return False
    if ctx.table("structure", "summary_heading").match(lines[top].text) is None:
        return False
    for points, i in enumerate(range(top + 1, len(lines))):
        line = lines[i]
        if line.removal is not None:
            return False
        if ends_sentence(line.text) or line.text.rstrip().endswith(":"):
            return points >= _POINTS and ctx.is_prose(i)
        if ctx.words(i) < _POINT_WORDS:
            return False
    return False


def sentence_word(ctx: Context, kept: list[int], at: int) -> bool:
    """The teaser heading at ``kept[at]`` is one word closing on a full stop, between two kept sentences."""
    text = ctx.doc.lines[kept[at]].text.strip()
    if not text.endswith(".") or text.endswith("..") or " " in text or at == 0 or at + 1 >= len(kept):
        return False
    above, below = kept[at - 1], kept[at + 1]
    return ctx.is_prose(above) and ctx.is_prose(below) and ends_sentence(ctx.doc.lines[below].text)
