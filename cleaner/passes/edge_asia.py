"""asia37: where the shape rules' "closes like a sentence" and "counts as many words as a paragraph" mislead on pages
in Asian scripts.

- :func:`unmarked_bounds` (labelled-byline's fallback): Thai and Lao write no full stop, so no line of a Thai page
  ends like a sentence and the pass, which asks its first paragraph to, found none and judged nothing ("ผู้เขียน:
  ทีมข่าวการเมือง" over the text stayed). A headline there counts as many "words" as a paragraph (a word per two
  characters), so the first paragraph is the first prose line with prose right under it.
- :func:`stamp_under_headline` (dateline's guard): a long headline in a language of short words (Hindi's postpositions,
  Vietnamese's syllables) counts as prose, and the labelled stamp under it ("Updated: Wed, 06 Mar 2024 11:42 AM
  (IST)") read as a date after the first paragraph, which dateline keeps. A "paragraph" that closes no sentence on a
  page whose paragraphs do close them is a headline: a labelled stamp right under it is the page's.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_southasia import labelled_credit  # southasia41

_CLOSERS: Final = "\"'”’»)]）」』】 "
_UNDER_HEADLINE: Final = 3  # kept lines between a headline and its stamp: a byline, a share row's leftovers


def _unmarked(text: str) -> bool:
    """Whether ``text`` ends in a letter of a script that writes no full stop (Thai, Lao: U+0E00-U+0EFF)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and "\u0e00" <= text[-1] <= "\u0eff"


def unmarked_bounds(ctx: Context, kept: list[int]) -> tuple[int, int] | None:
    """The first and last paragraphs of a page in a script with no full stop, where no line ends like a sentence: the
    first prose line in that script with another right under it (a headline has its byline or date under it), and
    the last prose line in it. None where there is none, or where any prose line ends like a sentence (the caller's
    own test judged that page)."""
    prose = [i for i in kept if ctx.is_prose(i)]
    lines = ctx.doc.lines
    if not prose or any(ends_sentence(lines[i].text) for i in prose):
        return None
    mine = [i for i in prose if _unmarked(lines[i].text)]
    if not mine:
        return None
    after = dict(pairwise(kept))
    chosen = set(mine)
    first = next((i for i in mine if after.get(i) in chosen), mine[0])
    return first, mine[-1]


def stamp_under_headline(ctx: Context, kept: list[int], first: int, i: int, hits: dict[int, int]) -> bool:
    """Whether line ``i``, a labelled stamp under the page's first "paragraph" ``first``, stands right under a headline
    (at most ``_UNDER_HEADLINE`` lines between, each taken by a table): ``first`` closes no sentence while a later
    prose line of the page does (a page whose lines close no sentence, Thai's, tells nothing this way)."""
    lines = ctx.doc.lines
    pos, start = bisect_left(kept, i), bisect_left(kept, first)  # (``kept`` runs in order)
    if pos - start - 1 > _UNDER_HEADLINE or ends_sentence(lines[first].text):
        return False
    if any(j not in hits and not labelled_credit(ctx, j) for j in kept[start + 1 : pos]):  # southasia41
        return False
    return any(ctx.is_prose(j) and ends_sentence(lines[j].text) for j in kept[pos + 1 :])
