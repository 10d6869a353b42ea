"""htmlredteam55: the long tail of the web's pages (a company newsroom's release, a club's or a parish's news, an
NGO's report), whose subheadings name what a site's menu names too.

- :func:`marked_subheading` (site-chrome): a menu's word ("Vacatures", "Contact", "Downloads", "Karriere") that the
  page's markup shows to be one of the article's subheadings (an ``<h2>``..``<h6>`` with no link, in no list item:
  ``Document.headings``, the HTML path only), right under a paragraph of the article and right over the first line
  of its section, a clause of the article (prose, or a sentence announcing a list with its colon: "Veldhoven Cycles
  zoekt onder meer:"). A footer's or a menu's word is no heading of the page's markup, or stands among links and
  residue, not between the article's lines. A heading that points at the page itself with a demonstrative ("Citer
  cette notice", "Cite this page", "Diese Seite zitieren", "Come citare questa pagina") is a box's title (a citation
  box's, over its citation), not a section of the article: it goes as on the base.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, lower

#: The demonstratives of a heading that points at the page itself ("Citer cette notice": htmlwiki49's citation boxes).
_SELF_WORDS: Final = frozenset(
    {
        "this", "cette", "cet", "ce", "questa", "questo", "diese", "dieser", "dieses", "diesen",
        "dit", "deze", "esta", "este", "esto", "essa", "esse", "isto",
    }
)  # fmt: skip
#: The most words of such a subheading ("Vacatures", "Werken bij ons").
_HEADING_WORDS: Final = 3
#: The paragraph over it: this many words at least, and prose (a sentence of eight words or more).
_PARAGRAPH_WORDS: Final = 8
#: The first line of its section under it: this many words at least.
_SECTION_WORDS: Final = 3


def marked_subheading(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether the line ``kept[pos]`` a table of site-chrome took is a subheading of the article by the page's
    markup, between a paragraph of the article and the first line of its section (see the module's docstring)."""
    if not 0 < pos < len(kept) - 1:
        return False
    i = kept[pos]
    if i not in ctx.doc.headings or ctx.words(i) > _HEADING_WORDS:
        return False
    line = ctx.doc.lines[i]
    if line.lead or not line.text.rstrip()[-1:].isalpha():
        return False
    if not _SELF_WORDS.isdisjoint(lower(line.text).split()):
        return False
    before, after = kept[pos - 1], kept[pos + 1]
    if before in hits or after in hits:
        return False
    if ctx.words(before) < _PARAGRAPH_WORDS or not ctx.is_prose(before):
        return False
    text = ctx.doc.lines[after].text
    return ctx.words(after) >= _SECTION_WORDS and (ctx.is_prose(after) or ends_colon(text))
