"""htmlnextgen45: a live blog's key points under a heading the teaser tables name ("Destaques", "Highlights").

A live page opens with its key points, a short list under "Destaques" (pt), each point a short unpunctuated
line, the shape of a box of headlines; the extractor may put the box after the pinned entry. What tells the
points from teasers: each point is told again by the entries, so each shares a long word with the text's
prose around the box; a teaser's headline names another story. Only a short box near the text's head
(at most ``MAX_PROSE_OVER`` prose lines over its heading) is read so, whose points end no sentence.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .blocks import _long_words

#: A box of key points holds this many points at least and at most ...
MIN_POINTS: Final = 2
MAX_POINTS: Final = 5
#: ... under a heading with at most this many prose lines over it (the pinned entry the extractor put first) ...
MAX_PROSE_OVER: Final = 1
#: ... and its points' words are looked for in this many prose lines under it at most.
NEAR_PROSE: Final = 12
#: A point's long word this long at least counts as told again below (short words are function words).
MIN_SHARED_LEN: Final = 5


#: The markers a list item's line opens with in the extracted text (its lead, taken off its text).
_MARKERS: Final = ("-", "•", "*")


def _marked_run(ctx: Context, kept: list[int], at: int) -> list[int]:
    """The run of list items' lines right under ``kept[at]`` (each opening with a list marker), up to one more
    than ``MAX_POINTS``."""
    out: list[int] = []
    for k in kept[at + 1 : at + MAX_POINTS + 2]:
        line = ctx.doc.lines[k]
        if not (line.lead or line.text).lstrip().startswith(_MARKERS):
            break
        out.append(k)
    return out


def key_points(ctx: Context, kept: list[int], at: int, box: list[int]) -> bool:
    """The box read under the teaser heading at ``kept[at]`` (``box``: the heading's line first, then its
    items' lines) is a live blog's key points: the run of list items under the heading (a page's ``<ul>``,
    not loose lines; the box's among them) holds ``MIN_POINTS`` to ``MAX_POINTS`` points ending no sentence,
    at most ``MAX_PROSE_OVER`` prose lines stand over the heading, and each point shares a long word with
    the text's prose (those lines over it, ``NEAR_PROSE`` under the box)."""
    lines = ctx.doc.lines
    items = _marked_run(ctx, kept, at)  # (the box may stop short of the list: "45%" read as a figure)
    if not MIN_POINTS <= len(items) <= MAX_POINTS or not set(box[1:]) <= set(items):
        return False
    if any(ends_sentence(lines[j].text) for j in items):
        return False
    over: list[int] = []  # the pinned entry the extractor put over the box
    for k in kept[:at]:
        if ctx.is_prose(k):
            over.append(k)
            if len(over) > MAX_PROSE_OVER:
                return False
    last = at + len(items)
    below = [k for k in kept[last + 1 :] if ctx.is_prose(k)][:NEAR_PROSE]
    if len(below) < len(items):
        return False
    told = {w for k in over + below for w in _long_words(lower(lines[k].text)) if len(w) >= MIN_SHARED_LEN}
    return all(
        any(len(w) >= MIN_SHARED_LEN and w in told for w in _long_words(lower(lines[j].text)))
        for j in items
    )
