"""Promos and teasers: labelled links to other content, read-more and related boxes, CTAs."""

from __future__ import annotations

import re
from typing import ClassVar

from ..context import Context
from ..textstats import SENTENCE_ENDS, ends_colon
from .base import Pass, VocabLinePass, prose_bounds

# a line that ends in a bare count in brackets: "Myles Garrett should expect a suspension (148)"
_COUNTED = re.compile(r"\S\s\(\d{1,6}\)\Z")  # searched: linear

_CLOSERS = "\"'”’»›)]」』 "
# a statement ends the teaser list (a headline may be a question): every script's full stops and exclamations
_STATEMENT_ENDS = SENTENCE_ENDS - frozenset("?？\u061f\u037e\u2047\u2048\u2049")


class PromoLabel(VocabLinePass):
    name = "promo-label"
    family = "promos"
    description = "Lines led by a promo label: WATCH:, VIDEO:, LISTEN:, Live briefing: ..."
    tables: ClassVar[dict[str, str]] = {"label": "promo label before a teaser", "live": "live-coverage promo"}
    default_max_words = 60


class CallToAction(VocabLinePass):
    name = "call-to-action"
    family = "promos"
    description = "Check out our ..., click here, download our app, follow us on ..."
    tables: ClassVar[dict[str, str]] = {
        "cta": "call to action pointing elsewhere",
        "cta_phrase": "call to action pointing elsewhere",
    }
    default_max_words = 45


class TeaserBox(VocabLinePass):
    """A teaser heading (Read more, Related, Most read) and the headlines listed under it.

    Headlines are lines of ``min_item_words``..``max_item_words`` words that do not end
    like a statement (a question may be a headline); the run stops at the first line
    ending with a full stop or exclamation mark, after ``max_items`` lines, or at a line
    shorter than ``min_item_words`` (a subheading).
    """

    name = "teaser-box"
    family = "promos"
    description = "Read more / Related / Most read headings and their headline lists."
    tables: ClassVar[dict[str, str]] = {"heading": "teaser heading"}
    default_max_words = 12

    def __init__(self, max_words: int | None = None, max_items: int = 12, min_item_words: int = 3,
                 max_item_words: int = 20) -> None:
        super().__init__(max_words)
        self.max_items = max_items
        self.min_item_words = min_item_words
        self.max_item_words = max_item_words

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        maybe = self.may_match(ctx)  # rules out most lines before check() is asked
        headings = range(len(kept)) if maybe is None else [at for at, i in enumerate(kept) if maybe[i]]
        pos = 0  # the positions in ``kept`` before this one are judged
        for at in headings:
            if at < pos:
                continue  # listed under the heading before
            i = kept[at]
            pos = at + 1
            if ctx.doc.lines[i].removal is not None or not self.check_gated(ctx, i, maybe):
                continue
            heading = ctx.doc.lines[i]
            if self._announces_statements(ctx, kept, at):
                continue  # "Related:" over the article's own list of laws or sources
            ctx.doc.remove(i, self.name, "teaser heading")
            if pos < len(kept) and ctx.table(self.family, "duration").match(ctx.doc.lines[kept[pos]].text):
                why = f"length of the audio or video under the teaser heading at line {heading.lineno}"
                ctx.doc.remove(kept[pos], self.name, why)
                pos += 1
            items = 0
            while pos < len(kept) and items < self.max_items:
                j = kept[pos]
                statement = ctx.doc.lines[j].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS
                if statement or not (self.min_item_words <= ctx.words(j) <= self.max_item_words):
                    break  # a sentence, or too short/long for a headline: the article goes on
                if self.check_gated(ctx, j, maybe):
                    break  # the next teaser box: handled by the outer loop
                ctx.doc.remove(j, self.name, f"headline listed under the teaser heading at line {heading.lineno}")
                items += 1
                pos += 1

    def _announces_statements(self, ctx: Context, kept: list[int], at: int) -> bool:
        """A heading that ends in a colon with two or more statements right under it (lines
        that end in a full stop: "Related:", then "Regulation (EU) 2016/679, Article 7.") announces
        the article's own list of laws or sources; a teaser box lists headlines."""
        if not ends_colon(ctx.doc.lines[kept[at]].text):
            return False
        after = kept[at + 1 : at + 3]
        return len(after) == 2 and all(
            ctx.doc.lines[j].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS for j in after
        )


class CountedTeasers(Pass):
    """A run of headlines each followed by a count, "Vikings come back to beat the Broncos (145)":
    a most-read or most-commented box, before the article's first paragraph or after its last.
    Only unnumbered runs that nothing announces ("Standings:") of lines of several words each,
    so standings and results lists stay; inside the article nothing is touched."""

    name = "counted-teasers"
    family = "promos"
    description = "Most-read / most-commented boxes: headlines each followed by a count, at an edge."

    def __init__(self, min_run: int = 3, min_words: int = 4) -> None:
        self.min_run = min_run
        self.min_words = min_words

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        text = ctx.joined_text()  # too few lines end in a bracket: nothing to do (most documents)
        if text.count(")\n") + text.endswith(")") < self.min_run:
            return
        kept = ctx.doc.kept()
        bounds = prose_bounds(ctx, kept, lambda i: not _COUNTED.search(lines[i].text))
        if bounds is None:
            return
        first, last = bounds
        run: list[int] = []
        for i in [*kept, -1]:
            if i >= 0 and (i < first or i > last) and self._teaser(ctx, i):
                run.append(i)
                continue
            if len(run) >= self.min_run:
                at = kept.index(run[0])
                before = lines[kept[at - 1]].text.rstrip() if at > 0 else ""
                if not ends_colon(before):
                    for j in run:
                        ctx.doc.remove(j, self.name, "headline with a count in a most-read or most-commented box")
            run = []

    def _teaser(self, ctx: Context, i: int) -> bool:
        line = ctx.doc.lines[i]
        return not line.lead and ctx.words(i) > self.min_words and bool(_COUNTED.search(line.text))
