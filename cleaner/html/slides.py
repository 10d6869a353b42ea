"""htmllisticle53: a photo gallery's slides, named so that the extractor drops them whole.

A gallery page ("The 10 best places to see the northern lights, in pictures") writes each item in an element of
its own, ``<div class="slide">`` (or "gallery-slide", "slide-item", "slideshow__slide"), the item's heading and
its paragraphs inside; the DOM pass finds them the article (the prose block and its same-class chunks,
:func:`.extract.article_chunks`). trafilatura discards every element whose class names a slide (a carousel's
chrome to it) and recovers loose paragraphs only: each item's heading ("1. Tromsø, Norway") and list went.
:func:`unname_slides` takes the name off the article's own elements (the block, its chunks, and the elements
above them up to the body) before the extractor runs; the slides' chrome the DOM pass left ("Photo 3 of 12")
the text passes judge as before. A slider of teasers beside the article is not the article's block and keeps its
name.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

#: The class or id of a gallery's slide, which the extractor discards (its "slide" token).
SLIDE_NAME: Final = re.compile(r"slide", re.IGNORECASE)


def unname_slides(chunks: list[LexborNode]) -> int:
    """Take a slide's class and id off each of ``chunks`` (the article's elements) and the elements above them
    up to the body; the number of elements changed."""
    changed = 0
    seen: set[int] = set()
    for chunk in chunks:
        node: LexborNode | None = chunk
        while node is not None and node.tag not in ("body", "html"):
            if node.mem_id in seen:
                break
            seen.add(node.mem_id)
            attrs = node.attrs
            hit = False
            for name in ("class", "id"):
                value = attrs.get(name)
                if value and SLIDE_NAME.search(value):
                    del attrs[name]
                    hit = True
            changed += hit
            node = node.parent
    return changed
