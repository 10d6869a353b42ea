"""htmlinbox56: the article's own boxes that residue names would take (the over-stripping side of DOM pruning).

News and magazine pages put parts of the article in boxes named like chrome. Each guard here asks the box's shape,
never one site's names:

* :func:`disclosure_questions`: an FAQ accordion's question is a ``<button>`` (Bootstrap's "accordion-button", a
  "toggle"), and buttons are form controls stripped before everything else: a button of an accordion (it, or an
  element around it, named like one) whose text is a question goes to the extractor as text (its heading's, or a
  paragraph). A menu toggle, "Load more", "Show answer" are no question.
* :func:`summary_aside`: a summary list ("Key points") in a box with the ARIA role of an aside
  (``role="complementary"``) inside the ``<article>``: the article's, as the same list in an ``<aside>`` is.
* :func:`article_box`: a box named like a widget ("sidebar-story", "poll", "encuesta") inside the prose block that
  is the article's: a sidebar story (a subheading over paragraphs of prose, no link, the article's paragraphs going
  on after it), or a poll's result the article reports (a sentence and two figures in per cent or more, no link
  standing alone).
* :func:`reading_list`: a box named like a related list ("further-reading") whose items link nowhere: the author's
  list of books and sources (a related or most-read list is links).
* :func:`figure_text_caption`: the caption of a figure that holds a data table or a quoted post, no picture: the
  table's title or source, the article's words on the post (a photograph's caption still goes).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .body import stands_alone
from .page import HEADINGS, Page

#: The names of an accordion or a disclosure widget, in a button's or its container's class or id.
_ACCORDION = re.compile(r"accordion|collaps|disclosure|faq|toggle|expand", re.I)
#: How far up a button's container may be named so.
ACCORDION_LEVELS = 3
#: A question: this many words at least, and at most this many characters.
QUESTION_WORDS = 3
QUESTION_CHARS = 200
_QUESTION_END = ("?", "？", "?»", "?”", '?"')


def _accordion_named(node: LexborNode | None) -> bool:
    for _ in range(ACCORDION_LEVELS + 1):
        if node is None:
            return False
        attrs = node.attributes
        name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"[:300]
        if _ACCORDION.search(name):
            return True
        node = node.parent
    return False


def disclosure_questions(tree: LexborHTMLParser) -> None:
    """An accordion's questions, each a ``<button>``, as text before form controls are stripped: in a heading the
    button is unwrapped (the heading holds the question), elsewhere it becomes a paragraph."""
    body = tree.body
    if body is None:
        return
    for node in body.css("button"):
        text = " ".join(node.text(separator=" ").split())
        if (
            len(text) > QUESTION_CHARS
            or len(text.split()) < QUESTION_WORDS
            or not text.endswith(_QUESTION_END)
            or not _accordion_named(node)
        ):
            continue
        parent = node.parent
        if parent is not None and parent.tag in HEADINGS:
            node.unwrap()
            continue
        para = LexborHTMLParser("<p></p>").css_first("p")
        if para is None:
            continue
        para.insert_child(text)
        node.replace_with(para)


def summary_aside(page: Page, i: int, holders: set[int], article: int) -> bool:
    """Element ``i`` (chrome by its role) is a ``role="complementary"`` box inside the article holding a summary list
    (``holders``: :func:`.keep.summary_holders`) and no link."""
    return (
        article >= 0
        and i in holders
        and page.attrs[i].get("role") == "complementary"
        and page.tags[i] in ("div", "section")
        and not page.links[i]
        and article in page.ancestors(i)
    )


#: A sidebar story's paragraph: this many characters at least, ending a sentence.
SIDEBAR_PARAGRAPH_CHARS = 100
#: A box's link text at most this share of its text.
BOX_LINK_SHARE = 0.2
_PERCENT = re.compile(r"\d\s?(?:%|pro[cz]ent|per ?cent|por ?cento|por ?ciento|pour ?cent)", re.I)
#: A poll's result: this many figures in per cent at least.
POLL_FIGURES = 2
#: ... and a sentence of this many words at least.
POLL_SENTENCE_WORDS = 8
_ENDS = (".", "!", "?", ":", "…", "»", "”", '"')
_STATED = (".", ":", "…")
_BOXES = frozenset({"div", "aside", "section"})


def _linked_line(page: Page, node: LexborNode) -> bool:
    """A link of ``node`` stands alone as a line (a headline, a button)."""
    for a in node.css("a"):
        j = page.index.get(a.mem_id)
        if j is not None and page.text[j] and stands_alone(page, j):
            return True
    return False


def article_box(page: Page, i: int) -> bool:
    """Element ``i``, a widget by its names, inside the prose block, is the article's: a sidebar story or a poll's
    reported result (see the module)."""
    block = page.block
    if block < 0 or page.tags[i] not in _BOXES or block not in page.ancestors(i):
        return False  # (a paragraph named like a widget, "print-lead", is no box)
    size, density = page.link_density(i)
    if not size or density > BOX_LINK_SHARE:
        return False
    node = page.nodes[i]
    paragraphs = [" ".join(p.text(separator=" ").split()) for p in node.css("p")]
    if len(_PERCENT.findall(node.text(separator=" "))) >= POLL_FIGURES:
        # the article's sentence on the result, no question: a live poll shows its question over the figures
        return any(len(x.split()) >= POLL_SENTENCE_WORDS and x.endswith(_STATED) for x in paragraphs)
    if node.css_first("h2, h3, h4, h5, h6") is None or _linked_line(page, node):
        return False  # (a promo's "Listen now", "Read the series": a link standing alone)
    if not any(len(x) >= SIDEBAR_PARAGRAPH_CHARS and x.endswith(_ENDS) for x in paragraphs):
        return False
    return _prose_after(page, i, block)


def _prose_after(page: Page, i: int, block: int) -> bool:
    """A paragraph of the prose block comes after element ``i`` (a sidebar among the article's paragraphs, not a
    box closing the page)."""
    sibling = page.nodes[i].next
    while sibling is not None:
        if sibling.tag == "p" and len((sibling.text() or "").strip()) >= SIDEBAR_PARAGRAPH_CHARS:
            return True
        if sibling.tag not in (None, "-text", "-comment") and sibling.css_first("p") is not None:
            for p in sibling.css("p"):
                if len((p.text() or "").strip()) >= SIDEBAR_PARAGRAPH_CHARS:
                    return True
        sibling = sibling.next
    return False


#: A reading list: this many items at least, of this many words each.
READING_ITEMS = 2
READING_ITEM_WORDS = 3


def reading_list(page: Page, i: int, article: int) -> bool:
    """Element ``i``, a related list by its names, inside the article, links nowhere: its items (``READING_ITEMS``
    at least, each of ``READING_ITEM_WORDS`` words) are the author's books and sources."""
    if article < 0 or page.links[i] or article not in page.ancestors(i):
        return False
    items = page.nodes[i].css("li")
    return len(items) >= READING_ITEMS and all(
        len(li.text(separator=" ").split()) >= READING_ITEM_WORDS for li in items
    )


_PICTURES = "img, picture, video, audio, iframe, object, embed, canvas, svg"


#: A map's figure by its names ("map", "mapa", "karte", "carte", "kaart", "mappa", "locator-map").
_MAP = re.compile(r"(?:^|[\s_-])(?:map|mapa|karte|carte|kaart|mappa)(?:$|[\s_-])", re.I)
#: A map's caption the article's: a sentence of this many words at least.
MAP_CAPTION_WORDS = 8


def figure_text_caption(page: Page, i: int) -> bool:
    """Element ``i`` is the ``<figcaption>`` of a figure holding no picture and a data table, a quoted post, or a
    map drawn by a script (the figure named so): the caption is then the article's sentence on it, a sentence of
    ``MAP_CAPTION_WORDS`` words for a map."""
    if page.tags[i] != "figcaption":
        return False
    parent = page.nodes[i].parent
    if parent is None or parent.tag != "figure" or parent.css_first(_PICTURES) is not None:
        return False
    if parent.css_first("table, blockquote") is not None:
        return True
    names = " ".join(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}" for n in parent.iter())
    if not _MAP.search(f"{parent.attributes.get('class') or ''} {names}"[:500]):
        return False
    text = " ".join(page.nodes[i].text(separator=" ").split())
    return len(text.split()) >= MAP_CAPTION_WORDS and text.endswith((".", "!", "?", "…"))


