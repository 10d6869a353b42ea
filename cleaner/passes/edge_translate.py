"""translate48: a language link's words that the article quotes as its own title.

- :func:`quoted_by_its_paragraph` (site-chrome's guard): the tables take a link to the page in another language alone
  on its line ("Czytaj po angielsku", "Read in English", "Leer en español"). An article about a reading campaign, a
  book or a show of that name sets the name apart as a line between two of its paragraphs, and one of the two quotes it
  ("… program „Czytaj po angielsku”, w którym …" / "Czytaj po angielsku" / "Tak brzmi hasło kampanii …"). A chrome line
  between two paragraphs of the article (prose, no pass's), of a few words, no list item, whose whole text one of the
  two paragraphs holds between quotation marks, is the article's. A site's link stands in the head's or the tail's run,
  or between paragraphs that do not quote it. Only the lines a chrome pattern took are read, and only those with a
  quotation mark in a paragraph beside them are searched.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from ..context import Context
from ..textstats import lower

_OPENING: Final = frozenset("\"“„«‘‚‹'")
_CLOSING: Final = frozenset("\"”“»’‘›'")
_MOST_WORDS: Final = 8  # a campaign's or a book's title set apart: "Czytaj po angielsku", "Read in English"
_PARAGRAPH_WORDS: Final = 8  # a paragraph of the article beside it
_TRIM: Final = " .:›»→"


def quoted_by_its_paragraph(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the chrome line ``kept[pos]`` stands between two paragraphs of the article, one of which quotes its
    whole text (see the module's docstring)."""
    if not 0 < pos < len(kept) - 1:
        return False
    i = kept[pos]
    line = ctx.doc.lines[i]
    if line.lead or ctx.words(i) > _MOST_WORDS:
        return False
    before, after = kept[pos - 1], kept[pos + 1]
    if not (_paragraph(ctx, before, hits) and _paragraph(ctx, after, hits)):
        return False
    title = lower(line.text.strip(_TRIM))
    if not title:
        return False
    return _quotes(ctx.doc.lines[before].text, title) or _quotes(ctx.doc.lines[after].text, title)


def _paragraph(ctx: Context, j: int, hits: Collection[int]) -> bool:
    """Line ``j`` is a paragraph of the article: kept by the passes so far, no list item, prose."""
    line = ctx.doc.lines[j]
    return j not in hits and not line.lead and ctx.words(j) >= _PARAGRAPH_WORDS and ctx.is_prose(j)


def _quotes(paragraph: str, title: str) -> bool:
    """Whether ``paragraph`` holds ``title`` (lower-cased) between an opening and a closing quotation mark."""
    if not any(c in _OPENING for c in paragraph):
        return False
    text = lower(paragraph)
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if at > 0 and text[at - 1] in _OPENING and end < len(text) and text[end] in _CLOSING:
            return True
        at = text.find(title, at + 1)
    return False
