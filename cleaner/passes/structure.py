"""Structural heuristic for residue no vocabulary names: furniture at the page's edges.

Menus, section lists, tag clouds and footers sit before the first and after the last
paragraph of prose, as runs of short lines without sentence punctuation and with few
function words. Three guards keep article text:

* prose is never removed here, and nothing between the first and last prose paragraph
  is touched (lists and subheadings inside the article live there);
* an edge is only cleared when it is a real run of furniture (``min_run`` lines,
  counting lines other passes already removed as residue): a lone title or a two-line
  fact box next to the article stays;
* list items (``- item``, ``1. item``, ``3) item``), one-line quotes and lines that end
  like a sentence are not furniture.
"""

from __future__ import annotations

import re

from ..context import Context
from .base import Pass

_QUOTES = frozenset("\"“”„«»‘’‚‹›'「『")
_NUMBERED = re.compile(r"\d{1,3}[a-zº°ª]?[.)]\s|\d{1,3}[a-zº°ª]\s")


class EdgeFurniture(Pass):
    name = "edge-furniture"
    family = "structure"
    description = "Runs of short non-sentence lines before the first and after the last prose paragraph."

    def __init__(self, max_words: int = 12, max_stop_ratio: float = 0.35, min_anchor_words: int = 12,
                 min_run: int = 4, head: bool = True, tail: bool = True) -> None:
        self.max_words = max_words
        self.max_stop_ratio = max_stop_ratio
        self.min_anchor_words = min_anchor_words
        self.min_run = min_run
        self.head = head
        self.tail = tail

    def _is_anchor(self, ctx: Context, i: int) -> bool:
        return ctx.is_prose(i) and ctx.words(i) >= self.min_anchor_words

    def _is_furniture(self, ctx: Context, i: int) -> bool:
        s = ctx.stats(i)
        if ctx.is_prose(i) or s.words > self.max_words:
            return False
        line = ctx.doc.lines[i]
        if s.sentence_end and s.words >= 2:
            return False
        if line.lead or line.text[:1] in _QUOTES or _NUMBERED.match(line.text):
            return False  # list items and one-line quotes are article text
        return s.stop_ratio <= self.max_stop_ratio or s.words <= 3

    def _clear(self, ctx: Context, region: range, where: str) -> None:
        lines = ctx.doc.lines
        furniture = [i for i in region if lines[i].removal is None and self._is_furniture(ctx, i)]
        residue = sum(1 for i in region if lines[i].removal is not None)
        if not furniture or len(furniture) + residue < self.min_run:
            return
        for i in furniture:
            ctx.doc.remove(i, self.name, f"short non-sentence line in a run of page furniture {where}")

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        first = next((i for i in kept if self._is_anchor(ctx, i)), None)
        if first is None:
            return  # no prose to measure against: leave the text alone
        last = next(i for i in reversed(kept) if self._is_anchor(ctx, i))
        if self.head:
            self._clear(ctx, range(0, first), "before the article's first paragraph")
        if self.tail:
            self._clear(ctx, range(last + 1, len(ctx.doc.lines)), "after the article's last paragraph")
