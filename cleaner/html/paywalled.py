"""htmlpaywall53: a paywalled article as a scraper gets it holds the whole text, the lead paragraphs shown and the
rest in the page for subscribers, hidden or in a part of its own named for the paywall. What the user wants is the
article text that is in the page: all of it, the notice over it ("This article is for subscribers. Subscribe now")
still going by its own rules.

Two shapes lost the article's text to the extractor:

* :func:`unhide_article`: the prose block (the element holding the most of the article's paragraphs, the DOM pass
  keeps it and its way up whatever their names) hidden until the reader pays: ``style="display:none"``, ``hidden``
  or ``aria-hidden="true"`` on it or on an element around it (a "paywall-content" box around the body's rest, beside
  the lead paragraphs). The DOM pass never removes it, but the extractor drops a hidden element: it took the lead
  alone, and the second try pointed at the block the rest alone. The hiding attributes are taken off the block and
  its way up (only those: its names stay, the extractor still finds the article by them). A hidden element beside
  the article is left as it was (the DOM pass's ``hidden`` rule, and :func:`.keep.collapsed_rest` for the rest of
  an article collapsed inside the block).
* :func:`modifier_chunks`: the article written in two containers of one name, the second with a modifier of that
  name for the subscribers' part ("article__content" and "article__content article__content--restricted",
  "article__body article__body--premium"): the extractor takes the first element so named and stops, the DOM pass's
  block is the second (the longer). A sibling of the block, same tag, whose classes are the block's but for
  modifiers (``name--word``, BEM) of a class both carry, is a chunk of the article, as the block's repeats are
  (:func:`.extract.article_chunks`), with the same floor of prose and ceiling of links.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .page import Page

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDING = ("hidden", "aria-hidden")


def unhide_article(page: Page) -> None:
    """Take the hiding attributes (``hidden``, ``aria-hidden="true"``, a ``style`` hiding it) off the prose block and
    the elements around it (its way up, which the DOM pass keeps)."""
    if page.block < 0:
        return
    for i in page.ancestors(page.block, include_self=True):
        attrs = page.nodes[i].attrs
        for name in _HIDING:
            if name in attrs and (name != "aria-hidden" or attrs[name] == "true"):
                del attrs[name]
        style = attrs.get("style") if "style" in attrs else None
        if style and _HIDDEN_STYLE.search(style):
            del attrs["style"]


def _modifiers(classes: set[str], others: set[str]) -> bool:
    """Whether the classes in ``classes`` and not in ``others`` are all modifiers (``name--word``) of a class both
    carry, and there is one such at least."""
    extra = classes - others
    shared = classes & others
    return bool(extra) and all("--" in c and c.split("--", 1)[0] in shared for c in extra)


def modifier_chunks(block: LexborNode, min_chars: int, max_link_density: float) -> list[LexborNode]:
    """The siblings of ``block`` of its tag whose classes are the block's but for modifiers of a class both carry
    (either way), holding ``min_chars`` of prose outside links at least and at most ``max_link_density`` of their
    text in links; in page order, the block among them (just the block when there is none)."""
    cls = block.attributes.get("class") or ""
    mine = set(cls.split())
    parent = block.parent
    if not mine or parent is None:
        return [block]
    out: list[LexborNode] = []
    node = parent.child
    while node is not None:
        if node.mem_id == block.mem_id:
            out.append(node)
        elif node.tag == block.tag and not node.is_text_node:
            theirs = set((node.attributes.get("class") or "").split())
            if theirs and (_modifiers(mine, theirs) or _modifiers(theirs, mine)):
                total = len(" ".join(node.text(separator=" ").split()))
                linked = sum(len(" ".join(a.text(separator=" ").split())) for a in node.css("a"))
                if total - linked >= min_chars and linked <= max_link_density * total:
                    out.append(node)
        node = node.next
    return out
