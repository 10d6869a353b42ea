"""htmlredteam55: a block editor's subheadings (a published Notion page, and the like): each block of the page is a
``<div>`` of its own, side by side with its siblings and named like them ("notion-selectable notion-header-block",
"notion-selectable notion-text-block"), the heading's block named for what it is: a "header". Each paragraph's text
sits in a ``<div>`` of its own too, so the prose block is one paragraph's, and the heading's ``<div>`` outside it is
judged by its name alone, as a page's header: the article's subheadings went.

:func:`editor_heading_block`: such an element is the article's subheading, not the page's header, when it holds one
heading (``<h2>``..``<h6>``, no ``<h1>``) and nothing else, no link, and the blocks right before and after it are
its siblings of its tag sharing a class name with it, each holding prose: it stands between the article's blocks, in
their series. A site's header comes before the content, beside blocks named otherwise ("header" / "content").
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from .page import Page

#: The tags of a block editor's blocks.
_BLOCK_TAGS: Final = frozenset({"div", "section"})
#: The share of the element's text its heading holds at least.
_HEADING_SHARE: Final = 0.9


def editor_heading_block(page: Page, i: int) -> bool:
    """Whether element ``i``, chrome by its names, is a block editor's subheading (see the module's docstring)."""
    tag = page.tags[i]
    if tag not in _BLOCK_TAGS or page.attrs[i].get("role") or i in page.protected:
        return False
    p = page.parent[i]
    if p < 0 or p not in page.protected or page.links[i]:
        return False
    size = page.text[i]
    node = page.nodes[i]
    if not size or node.css_first("h1") is not None:
        return False
    heading = sum(len(h.text(separator="").strip()) for h in node.css("h2, h3, h4, h5, h6"))
    if heading < _HEADING_SHARE * size:
        return False
    names = frozenset((page.attrs[i].get("class") or "").split())
    if not names:
        return False
    for sibling in (_element_sibling(node.prev, back=True), _element_sibling(node.next, back=False)):
        j = page.index.get(sibling.mem_id) if sibling is not None else None
        if j is None or page.tags[j] != tag or not page.inside[j]:
            return False
        if names.isdisjoint((page.attrs[j].get("class") or "").split()):
            return False
    return True


def _element_sibling(node: LexborNode | None, *, back: bool) -> LexborNode | None:
    """The first element at or beyond ``node`` among its siblings (before it with ``back``), past text and comments."""
    while node is not None and (node.is_text_node or node.is_comment_node):
        node = node.prev if back else node.next
    return node
