"""htmlrecipe49: paragraphs written as ``<div>`` inside a card of the article.

A food blog's recipe card sits among the post's paragraphs (WP Recipe Maker: ``<div class="wprm-recipe-container">
<div class="wprm-recipe"><h2>Brown Butter Banana Bread</h2> … <div class="wprm-recipe-summary">A tender, deeply
flavoured banana bread made with browned butter …</div> … <ul>`` the ingredients ``</ul> …``). The extractor takes the
post's ``<p>`` and drops a ``<div>`` of text beside them, so the card's description was lost.
:func:`~cleaner.html.keep.loose_divs` gives such a ``<div>`` to the extractor as a paragraph when it is a child of the
prose block (or one level down in a box of ``<div>``s only); the card's is further down, beside blocks.

Only where the prose block holds ``<p>`` children (as ``loose_divs`` asks): the extractor reads ``<div>`` text only
while the ``<p>`` text it found is short, so more ``<p>`` text on a body written in ``<div>``s could lose the rest.

:func:`card_paragraphs`: a card is a ``<div>``/``<section>`` child of the prose block that holds blocks, entered through
wrappers of one element child (``wprm-recipe-container`` > ``wprm-recipe``), whose own children hold a heading
(``<h2>``-``<h4>``) and whose subtree holds a list (the ingredients, the steps). Its children ``<div>`` of text and
inline elements that read as a paragraph (a sentence of ``LOOSE_DIV_WORDS`` words at least, few links: what
``loose_divs`` asks) reach the extractor as paragraphs. A box without a list (an author's bio: a heading, then a
``<div>`` of sentences) or without a heading is left as it is; a card named as residue (a newsletter box) has gone
before (the DOM pass's removals come first), and the text passes still read every line that comes out.
"""

from __future__ import annotations

from .keep import LOOSE_DIV_LINK_DENSITY, LOOSE_DIV_WORDS, SENTENCE_ENDS, inline_only
from .page import Page

#: Wrappers of one element child entered on the way down to the card (container > card).
MAX_WRAPPERS = 3
_BOXES = frozenset({"div", "section"})
_HEADINGS = frozenset({"h2", "h3", "h4"})


def _children(page: Page, i: int) -> list[int]:
    """The element children of ``i`` (the walk is in document order: they follow it)."""
    out: list[int] = []
    parent = page.parent
    j = i + 1
    n = len(parent)
    while j < n and parent[j] >= i:
        if parent[j] == i:
            out.append(j)
        j += 1
    return out


def _paragraph(page: Page, j: int) -> bool:
    """``<div>`` ``j`` holds text and inline elements only and reads as a paragraph."""
    if page.tags[j] != "div" or not inline_only(page, j) or page.link_density(j)[1] > LOOSE_DIV_LINK_DENSITY:
        return False
    text = page.nodes[j].text(separator=" ").strip()
    return len(text.split()) >= LOOSE_DIV_WORDS and text.endswith(SENTENCE_ENDS)


def card_paragraphs(page: Page) -> list[int]:
    """The ``<div>`` paragraphs of the cards among the prose block's children (see the module)."""
    block = page.block
    if block < 0:
        return []
    children = _children(page, block)
    if not any(page.tags[j] == "p" for j in children):
        return []  # a body of <div> paragraphs: the extractor reads its <div>s (more <p> text would stop that)
    out: list[int] = []
    for j in children:
        if page.tags[j] not in _BOXES or inline_only(page, j):
            continue
        box, kids = j, _children(page, j)
        for _ in range(MAX_WRAPPERS):
            if len(kids) != 1 or page.tags[kids[0]] not in _BOXES:
                break
            box = kids[0]
            kids = _children(page, box)
        if not any(page.tags[k] in _HEADINGS for k in kids) or page.nodes[box].css_first("ul, ol") is None:
            continue
        out.extend(k for k in kids if _paragraph(page, k))
    return out
