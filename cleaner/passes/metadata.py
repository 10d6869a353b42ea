"""Glued metadata: dates, timestamps, Published/Updated lines, bylines.

Scrapers glue page metadata onto text (``date 2022-02-15 Tensions between...``): the
prefix goes, the paragraph stays.
"""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from ..textstats import ends_sentence
from .base import Pass, VocabLinePass, prose_bounds


class GluedMetadata(Pass):
    """Trims a metadata prefix (label + date) glued onto the start of a line."""

    name = "glued-metadata"
    family = "metadata"
    description = "Date/published prefixes glued onto a paragraph."

    def __init__(self, max_lines: int = 3) -> None:
        self.max_lines = max_lines

    def run(self, ctx: Context) -> None:
        table = ctx.table(self.family, "glued_prefix")
        for i in ctx.doc.kept()[: self.max_lines]:
            text = ctx.doc.lines[i].text
            m = table.match(text)
            if not m:
                continue
            if ctx.table(self.family, "dateline").match(text) or ctx.table(self.family, "byline").match(text):
                continue  # the whole line is metadata: the dateline or byline pass takes all of it
            cut = m.group(0)
            rest = text[len(cut) :]
            if not rest.strip():
                continue
            ctx.doc.trim(i, rest, cut, "prefix", self.name, "metadata glued before the text")
            ctx.refresh(i)


class Dateline(VocabLinePass):
    name = "dateline"
    family = "metadata"
    description = "Lines that are only a date (with its time) or a Published/Updated notice."
    tables: ClassVar[dict[str, str]] = {"dateline": "date or timestamp line"}
    default_max_words = 20


class Byline(VocabLinePass):
    name = "byline"
    family = "metadata"
    description = "By-lines: 'By Name Surname', with an optional role or date."
    tables: ClassVar[dict[str, str]] = {"byline": "byline"}
    default_max_words = 20


class ClockLine(Pass):
    """A line that is only a time of day ("4:14 p.m.", "14:05"): a timestamp. Except the entry
    times of a live blog ("The Latest: … / 10 p.m. / Authorities say … / 4:14 p.m. / …"): two or
    more times each followed by a paragraph or a short sentence, one of them after the article's
    first paragraph of prose, stay."""

    name = "clock-line"
    family = "metadata"
    description = "A bare time of day, unless it heads an entry of a live blog."

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        table = ctx.table(self.family, "clock")
        times = [
            pos for pos, i in enumerate(kept)
            if lines[i].text[0].isdigit() and ctx.words(i) <= 4 and table.match(lines[i].text)
        ]
        if not times:
            return
        bounds = prose_bounds(ctx, kept)
        first = bounds[0] if bounds is not None else len(lines)  # no prose: no live blog
        # An entry: a time right before a sentence of its own ("9:58 p.m." / "Polls have closed
        # in Arizona."). The first entries of a blog stand before its first long paragraph, so
        # they count as long as one entry stands after it (a lone time over the lede stays a
        # timestamp).
        entries = {
            pos for pos in times
            if pos < len(kept) - 1 and self._entry_text(ctx, kept[pos + 1])
        }
        if len(entries) < 2 or not any(first < kept[pos] for pos in entries):
            entries = set()
        for pos in times:
            if pos not in entries:
                ctx.doc.remove(kept[pos], self.name, "time of day (a timestamp)")

    @staticmethod
    def _entry_text(ctx: Context, i: int) -> bool:
        """Whether line ``i`` can be the text of a live blog entry: prose, or a short sentence."""
        return ctx.is_prose(i) or (ctx.words(i) >= _ENTRY_MIN_WORDS and ends_sentence(ctx.doc.lines[i].text))


_ENTRY_MIN_WORDS = 3
