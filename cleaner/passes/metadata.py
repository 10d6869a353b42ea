"""Glued metadata: dates, timestamps, Published/Updated lines, bylines.

Scrapers glue page metadata onto text (``date 2022-02-15 Tensions between...``): the
prefix goes, the paragraph stays.
"""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from .base import Pass, VocabLinePass


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
            cut = m.group(0)
            rest = text[len(cut) :]
            if not rest.strip():
                continue
            ctx.doc.trim(i, rest, cut, "prefix", self.name, "metadata glued before the text")
            ctx.refresh(i)


class Dateline(VocabLinePass):
    name = "dateline"
    family = "metadata"
    description = "Lines that are only a date, a time or a Published/Updated notice."
    tables: ClassVar[dict[str, str]] = {"dateline": "date or timestamp line"}
    default_max_words = 20


class Byline(VocabLinePass):
    name = "byline"
    family = "metadata"
    description = "By-lines: 'By Name Surname', with an optional role or date."
    tables: ClassVar[dict[str, str]] = {"byline": "byline"}
    default_max_words = 20
