"""Credits and tails: image credits and captions, copyright and syndication, ad markers.

Plus the copyright tail: on news pages the rights line closes the article, so a short run
of lines after it (reader chatter, widgets) is not article text.
"""

from __future__ import annotations

import re
from typing import ClassVar

from ..context import Context
from ..textstats import ends_sentence
from .base import Pass, VocabLinePass, prose_bounds


class ImageCredit(VocabLinePass):
    name = "image-credit"
    family = "credits"
    description = "Photo and image credits and credit-style captions."
    tables: ClassVar[dict[str, str]] = {
        "image_credit": "image credit",
        "caption_toggle": "image credit",
        "credit_suffix": "image credit",
    }
    default_max_words = 80  # a caption with its credit or toggle at the end can be long


class Copyright(VocabLinePass):
    """Copyright, rights and syndication lines, and a company's legal imprint (its registry or tax
    number beside its phone: the site's footer). An imprint between the article's first and last
    paragraphs is the article's own data (a list of the companies a regulator names) and stays."""

    name = "copyright"
    family = "credits"
    description = "Copyright, rights and syndication lines; a company's imprint (registry number and phone)."
    tables: ClassVar[dict[str, str]] = {
        "copyright": "copyright line",
        "rights_phrase": "rights notice",
        "syndication": "syndication or contributor credit",
        "credit_phrase": "syndication or contributor credit",
        "imprint": "company imprint (registry number and phone)",
    }
    default_max_words = 45

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        imprint = ctx.table(self.family, "imprint")
        if not imprint.patterns:
            return set()
        others = [ctx.table(self.family, name) for name in self.tables if name != "imprint"]
        lines = ctx.doc.lines
        only = [i for i in mine if imprint.match(lines[i].text) and not any(t.match(lines[i].text) for t in others)]
        if not only:
            return set()
        bounds = prose_bounds(ctx, ctx.doc.kept(), lambda i: i not in hits)
        if bounds is None:
            return set()
        first, last = bounds
        return {i for i in only if first < i < last}


class AdMarker(VocabLinePass):
    name = "ad-marker"
    family = "credits"
    description = "Advertisement markers and sponsored labels."
    tables: ClassVar[dict[str, str]] = {"ad_marker": "advertisement marker"}
    default_max_words = 12


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


class CopyrightTail(Pass):
    """Everything after the article's closing copyright line, when that line ends the article.

    Guards: the copyright line must come after ``min_position`` of the document's prose,
    and what follows must be small next to what precedes (``max_tail_share``), so an
    agency credit at the top of a story, or a rights line mid-page, cuts nothing. And the
    line closes the article only when the story does not go on after it: a photo credit
    ("© Reuters": a holder, no year and no rights phrase) followed by a paragraph of article
    prose (a sentence of ``min_article_words`` words or more that is no rights notice
    itself), or a dated notice followed by two such paragraphs (one paragraph after
    "(c) 2022, The Washington Post" is as often a reader's comment), cuts nothing. A rights
    line longer than ``max_credit_words`` (a paragraph of legalese: "© 2019 Example, LLC.
    All rights reserved. Example is the owner of …") is the page's footer, never a credit
    inside a story: it closes whatever follows.
    """

    name = "copyright-tail"
    family = "credits"
    description = "Reader chatter and widgets after the closing copyright line."

    def __init__(
        self,
        min_position: float = 0.6,
        max_tail_share: float = 0.35,
        min_article_words: int = 15,
        max_credit_words: int = 15,
    ) -> None:
        self.min_position = min_position
        self.max_tail_share = max_tail_share
        self.min_article_words = min_article_words
        self.max_credit_words = max_credit_words

    def _article_prose(self, ctx: Context, index: int) -> bool:
        """A paragraph of the story: prose that ends like a sentence and is not a short remark
        ("Great article, thanks!")."""
        text = ctx.doc.lines[index].text
        return (
            ctx.words(index) >= self.min_article_words
            and ends_sentence(text)
            and ctx.is_prose(index)
            and not any(ctx.table(self.family, t).match(text) for t in ("copyright", "rights_phrase"))
        )

    def run(self, ctx: Context) -> None:
        doc = ctx.doc
        kept = doc.kept()
        if len(kept) < 3:
            return
        sizes = [len(doc.lines[i].text) for i in kept]
        total = sum(sizes)
        copyright_table = ctx.table(self.family, "copyright")  # a line that *is* a rights notice
        before = 0
        for pos, i in enumerate(kept):
            before += sizes[pos]
            if before - sizes[pos] < self.min_position * total:
                continue
            after = total - before
            if after > self.max_tail_share * total:
                continue
            line = doc.lines[i]
            if ctx.words(i) > 45 or not copyright_table.match(line.text):
                continue
            if ctx.words(i) <= self.max_credit_words:
                dated = bool(_YEAR.search(line.text)) or bool(ctx.table(self.family, "rights_phrase").match(line.text))
                paragraphs = sum(1 for j in kept[pos + 1 :] if self._article_prose(ctx, j))
                if paragraphs >= (2 if dated else 1):
                    continue  # the story goes on after it: an embedded credit or notice, no closing line
            for j in kept[pos + 1 :]:
                doc.remove(j, self.name, f"after the closing copyright line {line.lineno}")
            return
