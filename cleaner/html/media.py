"""Media pages (htmlmedia47): a photo gallery whose captions are the story, read by their shape.

:func:`keep.gallery_page` takes a page whose ``<figcaption>`` elements hold more prose than its paragraphs for a
gallery: the captions are its article. Two things it missed on the big CMSs' slideshows:

* a slide's caption is often not a ``<figcaption>`` but an element *named* as one ("gallery-caption",
  "slide-caption", "caption") holding the caption's paragraph, its credit beside it (:func:`named_caption`);
  counted as a caption it is judged by the same weights (held against the page's paragraphs) and kept on a
  gallery's page, as a ``<figcaption>`` is; its credit ("Foto: dpa") still goes;
* a gallery's intro (one or two paragraphs over the slides, inside the gallery's ``<article>``) sits outside
  the element holding the captions, which becomes the article's block: when the extractor drops the captions
  and the page falls back to the block, the intro went with the rest (:func:`gallery_article`).
"""

from __future__ import annotations

from .page import Page

#: Names of an element that is a picture's caption (not its credit: ``keep.CREDIT_KEYS``).
CAPTION_KEYS = frozenset({"caption", "captions"})
#: The tags such an element has: a box or a paragraph (a ``<span>`` is a piece of a line).
_CAPTION_TAGS = frozenset({"div", "p"})
#: The gallery's ``<article>``: at most this many levels over the element holding its captions ...
GALLERY_ARTICLE_LEVELS = 3
#: ... its text outside links at most this many times the captions' and its own paragraphs' outside them ...
GALLERY_ARTICLE_SPREAD = 2
#: ... each of those paragraphs of this many characters outside links at least (an intro's sentence, not a label).
INTRO_PARAGRAPH_CHARS = 60


def named_caption(page: Page, i: int, credits: frozenset[str]) -> bool:
    """Element ``i`` is a picture's caption by its names: a ``<div>`` or ``<p>`` named "caption" (alone or in a
    pair: "gallery-caption", "slide__caption") and not as a credit (``credits``: "caption-credit")."""
    if page.tags[i] not in _CAPTION_TAGS or not page.attrs[i]:
        return False
    names = page.names(i)
    return not CAPTION_KEYS.isdisjoint(names) and names.isdisjoint(credits)


def gallery_article(page: Page, root: int, captions: list[int]) -> int:
    """The element to read as a gallery's article: ``root`` (the element holding its ``captions``), or the
    ``<article>`` at most ``GALLERY_ARTICLE_LEVELS`` over it when that holds, beside the gallery, paragraphs of
    prose (its intro: ``INTRO_PARAGRAPH_CHARS`` outside links each) and little else -- its text outside links at
    most ``GALLERY_ARTICLE_SPREAD`` times the captions' and those paragraphs' together. A page's ``<article>``
    that also holds a story's body, a comment thread or a list of teasers holds more than that."""
    if root <= 0:
        return root
    art = -1
    up = page.parent[root]
    for _ in range(GALLERY_ARTICLE_LEVELS):
        if up <= 0:
            return root
        if page.tags[up] == "article":
            art = up
            break
        up = page.parent[up]
    if art < 0:
        return root
    held = sum(page.text[c] - page.links[c] for c in captions)
    intro = 0
    for j in range(art + 1, len(page.nodes)):
        if not _within(page, j, art):
            break
        if page.tags[j] == "p" and not _within(page, j, root):
            prose = page.text[j] - page.links[j]
            if prose >= INTRO_PARAGRAPH_CHARS:
                intro += prose
    if not intro:
        return root
    return art if page.text[art] - page.links[art] <= GALLERY_ARTICLE_SPREAD * (held + intro) else root


def _within(page: Page, i: int, ancestor: int) -> bool:
    """Element ``i`` is ``ancestor`` or inside it."""
    p = i
    while p > ancestor:
        p = page.parent[p]
    return p == ancestor
