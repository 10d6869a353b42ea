"""Structural heuristic for residue no vocabulary names: furniture at the page's edges.

Menus, section lists, tag clouds and footers sit before the first and after the last
paragraph of prose, as runs of short lines without sentence punctuation and with few
function words. Prose is never removed here, and nothing between the first and last
prose line is touched (lists and subheadings inside the article live there).
"""

from __future__ import annotations

from ..context import Context
from .base import Pass

_QUOTES = frozenset("\"“”„«»‘’‚‹›'「『")


class EdgeFurniture(Pass):
    name = "edge-furniture"
    family = "structure"
    description = "Short non-sentence lines before the first and after the last prose paragraph."

    def __init__(self, max_words: int = 12, max_stop_ratio: float = 0.35, min_anchor_words: int = 12) -> None:
        self.max_words = max_words
        self.max_stop_ratio = max_stop_ratio
        self.min_anchor_words = min_anchor_words

    def _is_anchor(self, ctx: Context, i: int) -> bool:
        return ctx.is_prose(i) and ctx.stats(i).words >= self.min_anchor_words

    def _is_furniture(self, ctx: Context, i: int) -> bool:
        s = ctx.stats(i)
        if ctx.is_prose(i) or s.words > self.max_words:
            return False
        if s.sentence_end and s.words >= 2:
            return False
        if ctx.doc.lines[i].text[:1] in _QUOTES:
            return False  # a one-line quote is article text
        return s.stop_ratio <= self.max_stop_ratio or s.words <= 3

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        anchors = [i for i in kept if self._is_anchor(ctx, i)]
        if not anchors:
            return  # no prose to measure against: leave the text alone
        first, last = anchors[0], anchors[-1]
        for i in kept:
            if i >= first:
                break
            if self._is_furniture(ctx, i):
                ctx.doc.remove(i, self.name, "short non-sentence line before the article's first paragraph")
        for i in kept:
            if i > last and self._is_furniture(ctx, i):
                ctx.doc.remove(i, self.name, "short non-sentence line after the article's last paragraph")
