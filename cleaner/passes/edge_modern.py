"""modern39: a news page's own short lines that the 2025-2026 pages' residue rules could mistake.

Current news pages hold a newsroom's key-points box under the byline or under the audio player's button ("Key points"
over three points, then the text) and one-word sentences between paragraphs ("Listen.", then "That was the advice of
one editor …"). Each function is asked only of a line another rule already holds for residue (a label, a teaser
heading, a control's word): no scan of the document.

- :func:`points_box` (edge_factcheck's test of where a box at the head opens): a summary's heading (table
  ``structure.summary_heading``) right over at least ``_POINTS`` points, each a kept line of ``_POINT_WORDS`` words or
  more closing on no full stop, then a kept sentence: the box is the article's whatever lines went over it (a byline's
  name and role read as a menu's last items). A rail's heading over headlines with a sentence each, or over entry times,
  has no two points in a row (tests). :func:`points_of`: the box's points stay with it (its last one, shorter, went
  as a line of the page's between the box and the text).
- :func:`own_player` (teaser-box's box under its heading): an audio player's button for the article itself
  (table ``promos.own_player``: "Listen to this article · 5 min", "Artikel anhören", "Écouter cet article", "Ascolta
  l'articolo", "Ouvir este artigo", "Luister naar dit artikel") is a teaser heading that heads no box: it goes alone
  (with the length right under it), and the newsroom's points box under it ("In het kort" over its points) stays; a
  podcast promo's "Listen" or "Listen to the latest episode" over other episodes still takes its box (tests).
- :func:`sentence_word` (site-chrome's and teaser-box's guards): a control's or a teaser heading's word alone
  closing on a full stop ("Listen.") between the article's paragraphs, over a kept sentence, is the text's one-word
  sentence; "Listen" or "Print" with no full stop, or at the text's edges, goes as before (tests).
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
    return bool(box_points(ctx, top))


def box_points(ctx: Context, top: int) -> list[int]:
    """The points under line ``top`` where it is a summary's heading over ``_POINTS`` or more kept points, each of
    ``_POINT_WORDS`` words or more closing on no full stop, and then a kept sentence (none otherwise)."""
    lines = ctx.doc.lines
    if top + _POINTS + 1 >= len(lines) or ctx.words(top) > 6:
        return []
    if ctx.table("structure", "summary_heading").match(lines[top].text) is None:
        return []
    for points, i in enumerate(range(top + 1, len(lines))):
        line = lines[i]
        if line.removal is not None:
            return []
        if ends_sentence(line.text) or line.text.rstrip().endswith(":"):
            return list(range(top + 1, i)) if points >= _POINTS and ctx.is_prose(i) else []
        if ctx.words(i) < _POINT_WORDS:
            return []
    return []


def points_of(ctx: Context, labels: list[int]) -> set[int]:
    """The points under those of ``labels`` that head a points box (:func:`box_points`): edge-furniture's head run
    leaves them with their heading (a last point of seven words read as a short line of the page's)."""
    return {j for i in labels for j in box_points(ctx, i)}


def own_player(ctx: Context, i: int) -> bool:
    """Line ``i``, a teaser heading, is the audio player's button for the article itself (``promos.own_player``)."""
    return ctx.words(i) <= 12 and ctx.matches("promos", "own_player", i)


def sentence_word(ctx: Context, kept: list[int], at: int) -> bool:
    """The teaser heading at ``kept[at]`` is one word closing on a full stop, between two kept sentences."""
    text = ctx.doc.lines[kept[at]].text.strip()
    if not text.endswith(".") or text.endswith("..") or " " in text or at == 0 or at + 1 >= len(kept):
        return False
    above, below = kept[at - 1], kept[at + 1]
    return ctx.is_prose(above) and ctx.is_prose(below) and ends_sentence(ctx.doc.lines[below].text)
