"""The article's own elements that residue names would take: the DOM pass asks here before it
removes an element by its names.

A data table in the prose block named like a widget ("poll-results", "ratings"), a summary list
("Key points") in a box named like a header, a section's ``<header>`` beside the prose block, a page
builder's blocks that repeat the prose block's element, a note box, a section of prose named like a
related list, a run of the article's paragraphs in a box named like a sign-up ("cta", "newsletter"),
and paragraphs written as ``<div>`` among the prose block's ``<p>``: each is judged by its shape (rows,
sentences, links), never by one site's names.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..document import normalize_space
from ..textstats import ends_sentence, unspaced_chars
from .body import stands_alone, subtree_end
from .media import gallery_article, named_caption
from .names import Vocabulary, family_of_names
from .page import INLINE_TAGS, Page

#: A paragraph with this many characters outside links is prose, not a teaser's description.
PROSE_SECTION_CHARS = 150


#: Families whose names do not take a data table out of the prose block: a table of poll results
#: ("poll-results"), ratings ("ratings-table"), weather records ("weather-data") is the article's.
#: Its names are dropped, like an embed's: the extractor drops elements named "widget", "rating".
DATA_TABLE_FAMILIES = frozenset({"widgets", "related", "social", "ads", "forms", "scores", "betting"})  # htmlsport46
#: A data table: this many rows of two cells or more at least, ...
DATA_TABLE_ROWS = 2
#: ... holding this share of the element's text at least, with at most this share in links.
DATA_TABLE_SHARE = 0.8
DATA_TABLE_LINK_DENSITY = 0.3


def data_tables(page: Page) -> dict[int, int]:
    """Per element inside the prose block: the text of the largest data table inside it (or it itself),
    for :func:`data_table`. A data table: rows of two cells or more (``DATA_TABLE_ROWS`` at least),
    few of its characters in links. One climb per table, stopping where a larger one has been."""
    out: dict[int, int] = {}
    block = page.block
    if block < 0:
        return out
    for t in range(block + 1, len(page.nodes)):
        if page.tags[t] != "table" or t in out:
            continue
        size, density = page.link_density(t)
        if not size or density > DATA_TABLE_LINK_DENSITY:
            continue
        rows = sum(1 for row in page.nodes[t].css("tr") if len(row.css("td, th")) >= 2)
        if rows < DATA_TABLE_ROWS:
            continue
        cur = t
        while cur > block and out.get(cur, 0) < size:
            out[cur] = size
            cur = page.parent[cur]
    return out


def data_table(page: Page, i: int, tables: dict[int, int]) -> bool:
    """Element ``i`` is a data table, or holds one that makes up nearly all its text (``tables``:
    :func:`data_tables`), with few of its characters in links."""
    size, density = page.link_density(i)
    if not size or density > DATA_TABLE_LINK_DENSITY:
        return False
    return tables.get(i, 0) >= DATA_TABLE_SHARE * size


#: A summary list ("Key points"): this many items at least, of this many words each, no links.
SUMMARY_ITEMS = 2
SUMMARY_ITEM_WORDS = 4


def summary_holders(page: Page) -> set[int]:
    """The elements holding a summary list: ``SUMMARY_ITEMS`` items at least, each a sentence of
    ``SUMMARY_ITEM_WORDS`` words at least, and no link (one shared climb per list)."""
    items: dict[int, list[int]] = {}
    for j, tag in enumerate(page.tags):
        if tag == "li" and page.parent[j] >= 0:
            items.setdefault(page.parent[j], []).append(j)
    out: set[int] = set()
    for j, lis in items.items():
        if page.tags[j] not in ("ul", "ol") or page.links[j] or len(lis) < SUMMARY_ITEMS:
            continue
        if any(page.text[li] > SUMMARY_ITEM_CHARS for li in lis):
            continue  # no summary line is this long (and its words are not counted)
        if not all(len(page.nodes[li].text(separator=" ").split()) >= SUMMARY_ITEM_WORDS for li in lis):
            continue
        cur = j
        while cur >= 0 and cur not in out:
            out.add(cur)
            cur = page.parent[cur]
    return out


#: The longest item of a summary list, in characters.
SUMMARY_ITEM_CHARS = 500


def summary_box(page: Page, i: int, vocab: Vocabulary, holders: set[int]) -> bool:
    """Element ``i``, chrome by its names alone ("live-header", "article-header": not a ``<header>``,
    ``<nav>`` or ARIA role), holds the article's summary (``holders``: :func:`summary_holders`).
    A site's header holds menus of links."""
    return i in holders and page.tags[i] not in vocab.chrome_tags and not page.attrs[i].get("role")


#: A section's ``<header>``: its headings hold this share of its text at least, ...
SECTION_HEADING_SHARE = 0.5
#: ... and the section around it this much prose (characters of its paragraphs).
SECTION_PROSE_CHARS = 100


def section_header(page: Page, i: int) -> bool:
    """A ``<header>`` of a section of the article beside the prose block ("<section><header><h2>The
    money</h2></header><p>…"): mostly a heading (not the ``<h1>``), few links, no ARIA role, in an
    element that is not around the prose block and holds ``SECTION_PROSE_CHARS`` of prose. Also such a
    ``<div>`` named like a header (htmldocs45: an API page's "ParamContainer-header" over its parameters,
    "<div class='section-header'><h2>Body Params</h2></div>")."""
    if page.tags[i] not in ("header", "div") or page.attrs[i].get("role"):
        return False
    parent = page.parent[i]
    if parent <= 0 or parent in page.protected or page.inside[parent] < SECTION_PROSE_CHARS:
        return False
    size, density = page.link_density(i)
    node = page.nodes[i]
    if not size or density > 0.5 or node.css_first("h1") is not None:
        return False
    heading = sum(len(h.text(separator=" ").strip()) for h in node.css("h2, h3, h4, h5, h6"))
    return heading >= SECTION_HEADING_SHARE * size


def loose_divs(page: Page) -> list[int]:
    """Paragraphs written as ``<div>`` among the prose block's ``<p>`` (text and inline elements only,
    a sentence of ``LOOSE_DIV_WORDS`` words at least, few of them links): the extractor takes the
    ``<p>`` and drops them; they reach it as paragraphs (see :func:`~cleaner.html.dom._as_blocks`).
    Also such a paragraph one level down, in a box of ``<div>``s only (a callout: an icon's
    ``<div>``, then the note's): the extractor drops the box's text too."""
    block = page.block
    if block < 0:
        return []
    children = [j for j in range(block + 1, len(page.nodes)) if page.parent[j] == block] if page.text[block] else []
    if not any(page.tags[j] == "p" for j in children):
        return []
    out: list[int] = []
    for j in children:
        if page.tags[j] != "div" or page.link_density(j)[1] > LOOSE_DIV_LINK_DENSITY:
            continue
        inner = _div_children(page, j)
        if inner is None:
            if _div_paragraph(page, j):
                out.append(j)
        elif inner:
            out.extend(k for k in inner if _div_paragraph(page, k))
    return out


def _div_children(page: Page, j: int) -> list[int] | None:
    """The element children of ``<div>`` ``j`` when all are ``<div>``s of text and inline elements
    (no loose text beside them), ``[]`` when it holds other blocks, None when it holds no block."""
    out: list[int] = []
    blocks = False
    child = page.nodes[j].child
    while child is not None:
        if child.is_text_node:
            if (child.text_content or "").strip():
                return [] if blocks else None
        elif not child.is_comment_node and (child.tag or "") not in INLINE_TAGS:
            blocks = True
            k = page.index.get(child.mem_id)
            if k is None or child.tag != "div" or not _inline_only(page, k):
                return []
            out.append(k)
        child = child.next
    return out if blocks else None


def inline_only(page: Page, j: int) -> bool:
    """Element ``j`` holds text and inline elements only (no block)."""
    return _inline_only(page, j)


def _inline_only(page: Page, j: int) -> bool:
    child = page.nodes[j].child
    while child is not None:
        if not child.is_text_node and not child.is_comment_node and (child.tag or "") not in INLINE_TAGS:
            return False
        child = child.next
    return True


def _div_paragraph(page: Page, j: int) -> bool:
    """``<div>`` ``j`` (text and inline elements only) reads as a paragraph: a sentence of
    ``LOOSE_DIV_WORDS`` words at least, at most ``LOOSE_DIV_LINK_DENSITY`` of it links."""
    if page.link_density(j)[1] > LOOSE_DIV_LINK_DENSITY or not _inline_only(page, j):
        return False
    text = page.nodes[j].text(separator=" ").strip()
    return len(text.split()) >= LOOSE_DIV_WORDS and text.endswith(SENTENCE_ENDS)


#: A container a loose ``<span>`` paragraph sits in (a ``<p>``'s span is a part of its sentence).
_SPAN_HOLDERS = frozenset({"div", "section", "article", "main"})


#: Names of a span the extractor drops that stays dropped: a theme's hidden structured data ("hidden
#: av-structured-data": the picture's address, its size, the title again).
_HIDDEN_NAMES = frozenset({"hidden", "structured-data"})


def loose_spans(page: Page, scope: int, vocab: Vocabulary) -> list[int]:
    """htmldocs45: paragraphs written as ``<span>`` (Mintlify's ``<span data-as="p">``) beside blocks, inside
    ``scope`` (the article): a ``<span>`` child of a ``<div>``/``<section>`` that reads as a paragraph
    (:func:`_div_paragraph`) and has a block sibling. The extractor drops such loose text after a block
    (a code sample: "}valor vem em centavos." for "O campo valor vem em centavos."): it reaches it as a
    paragraph. A span inside a paragraph, a heading or a list item is its sentence's part; spans apart by
    ``<br>`` (an old CMS's body), and a span of structured data (``itemprop``), named hidden or named as
    residue, are left as they are."""
    if scope < 0:
        return []
    out: list[int] = []
    for j in range(scope + 1, subtree_end(page, scope)):
        if page.tags[j] != "span" or page.tags[page.parent[j]] not in _SPAN_HOLDERS:
            continue
        names = page.names(j)
        if "itemprop" in page.attrs[j] or not names.isdisjoint(_HIDDEN_NAMES) or family_of_names(names, vocab):
            continue  # structured data, a hidden span, a span named as residue
        if _div_paragraph(page, j) and _block_sibling(page.nodes[j]) and not _broken_holder(page.nodes[j]):
            out.append(j)
    return out


def _broken_holder(node: LexborNode) -> bool:
    """Whether a ``<br>`` stands beside ``node`` (an old CMS's body of spans apart by breaks, which the
    extractor already keeps apart: made paragraphs, they move where it finds the article)."""
    for back in (True, False):
        cur = node.prev if back else node.next
        while cur is not None:
            if cur.tag == "br":
                return True
            cur = cur.prev if back else cur.next
    return False


def _block_sibling(node: LexborNode) -> bool:
    """Whether an element beside ``node`` is a block (not text, not inline)."""
    for back in (True, False):
        cur = node.prev if back else node.next
        while cur is not None:
            if not cur.is_text_node and not cur.is_comment_node and (cur.tag or "") not in INLINE_TAGS:
                return True
            cur = cur.prev if back else cur.next
    return False


#: A ``<div>`` paragraph holds at most this share of link text (a teaser link is no paragraph), ...
LOOSE_DIV_LINK_DENSITY = 0.5
#: ... this many words at least, and ends a sentence (a rating, "Share: Facebook | X" do not).
LOOSE_DIV_WORDS = 4
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»", "“", "’", "«", "。", "！", "？")


#: A page builder's block holding prose: this many characters of paragraphs at least, at most this
#: share of them in links; ...
BUILDER_PROSE_CHARS = 40
BUILDER_LINK_DENSITY = 0.3
#: ... the article is split into such blocks when the prose block holds at most this share of their prose.
BUILDER_BLOCK_SHARE = 0.75


def built_with_widgets(page: Page, vocab: Vocabulary) -> bool:
    """The article is laid out by a page builder, split into its blocks: the prose block, or an element
    around it, is named like a builder's block ("elementor-widget-container"), and the elements like it
    (same tag and class) holding ``BUILDER_PROSE_CHARS`` of prose hold more than the prose block's
    share ``BUILDER_BLOCK_SHARE`` of it. A post in one builder block ("theme-post-content") is not split:
    the builder's other blocks around it (a promotion, an author card) are not the article's."""
    block = page.block
    if block < 0 or not vocab.builder_keys or not page.attrs[block].get("class"):
        return False
    if all(vocab.builder_keys.isdisjoint(page.names(j)) for j in page.ancestors(block, True)):
        return False
    tag, cls = page.tags[block], page.attrs[block].get("class")
    prose = 0
    for j in range(1, len(page.nodes)):
        if (
            page.tags[j] == tag
            and page.attrs[j].get("class") == cls
            and page.inside[j] >= BUILDER_PROSE_CHARS
            and page.link_density(j)[1] <= BUILDER_LINK_DENSITY
        ):
            prose += page.inside[j]
    return page.inside[block] <= BUILDER_BLOCK_SHARE * prose


def builder_block(page: Page, i: int, vocab: Vocabulary) -> bool:
    """Element ``i``, named like a page builder's block and by no other residue name ("sidebar",
    "share", "post-info" make it residue), is one of the article's blocks: it is, or holds, an element
    like the prose block (same tag and class: "elementor-widget-container" holding a heading, a list,
    more paragraphs)."""
    keys = page.names(i) & vocab.token_set
    if not keys or not keys <= vocab.builder_keys:
        return False
    tag, cls = page.tags[page.block], page.attrs[page.block].get("class")
    if page.tags[i] == tag and page.attrs[i].get("class") == cls:
        return True
    if not cls or '"' in cls or "\\" in cls:
        return False
    return page.nodes[i].css_first(f'{tag}[class="{cls}"]') is not None


def note(page: Page, i: int, vocab: Vocabulary) -> bool:
    """A note box of the article ("alert alert-warning", an admonition): named by the note names
    alone among the residue names, and made of prose rather than links."""
    hits = page.names(i) & vocab.token_set
    if not hits or not hits <= vocab.note_keys:
        return False
    size, density = page.link_density(i)
    return size > 0 and density <= vocab.note_max_link_density


#: A list a heading announces: this many items at least, ...
HEADED_LIST_ITEMS = 2
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def headed_list(page: Page, i: int) -> bool:
    """Element ``i`` (named like a widget: "tools-list") is a list of the article's that the heading
    just before it announces ("What you'll need": "Radiator key", "Old towel or cloth"): a ``<ul>`` or
    ``<ol>`` of ``HEADED_LIST_ITEMS`` items or more, each with a letter, no link in it, and a subheading
    (``<h2>``..``<h6>``) its previous element. A toolbar is links or buttons (stripped first: their items
    are empty), a rating's items are stars, a list of tags links."""
    if page.tags[i] not in ("ul", "ol") or page.links[i]:
        return False
    node = page.nodes[i]
    prev = node.prev
    while prev is not None and prev.is_text_node:
        if (prev.text_content or "").strip():
            return False  # loose text before the list
        prev = prev.prev
    if prev is None or prev.tag not in _SUBHEADINGS:
        return False
    items = [li for li in node.iter() if li.tag == "li"]
    return len(items) >= HEADED_LIST_ITEMS and all(
        any(c.isalpha() for c in li.text(separator=" ")) for li in items
    )


#: The end of a sentence (a live entry's prose holds one; a ticker of prices or headlines does not).
_PROSE_END = re.compile(r"[.!?…](?:[\"'”’»“]*)(?=\s|$)|[。！？]")


def live_entry(page: Page, i: int, vocab: Vocabulary) -> bool:
    """An entry of a live blog named like a ticker ("ticker-entry" in a German "Liveticker"): named by
    the live names alone among the residue names, and holding prose (``live_min_prose_chars`` outside
    links, a sentence's end, few links) where a news or stock ticker holds headline links or prices."""
    hits = page.names(i) & vocab.token_set
    if not hits or not hits <= vocab.live_keys:
        return False
    size, density = page.link_density(i)
    if size - page.links[i] < vocab.live_min_prose_chars or density > vocab.live_max_link_density:
        return False
    return _PROSE_END.search(page.nodes[i].text(separator=" ")) is not None


#: htmlnextgen45: a live blog's feed outside the article holds this many entries at least (children with prose).
LIVE_FEED_ENTRIES = 2


def live_feed(page: Page, i: int, vocab: Vocabulary, article: int) -> bool:
    """A live blog's feed named like a ticker ("ticker-entries" of a German "Liveticker") outside the
    article the prose block points at: when each entry is short, the live header's dek holds the most prose
    and the feed lies beside it. A live entry (:func:`live_entry`) holding more prose than that whole
    article, in ``LIVE_FEED_ENTRIES`` children with prose or more, is the article's feed; a news ticker
    in a sidebar holds less prose than the article it sits beside."""
    if article < 0 or page.inside[i] <= page.inside[article] or not live_entry(page, i, vocab):
        return False
    entries = 0
    for child in page.nodes[i].iter():
        j = page.index.get(child.mem_id)
        if j is not None and page.text[j] - page.links[j] >= vocab.live_min_prose_chars:
            entries += 1
            if entries >= LIVE_FEED_ENTRIES:
                return True
    return False


def live_part(page: Page, i: int, vocab: Vocabulary) -> bool:
    """Inside a live blog's feed (:func:`live_feed`), an element named only by the live names that holds
    ``live_min_prose_chars`` of text outside links and few links: an entry or its body (a heading over a
    table of results holds no sentence's end); an entry's bare time ("21:47 Uhr") still goes."""
    hits = page.names(i) & vocab.token_set
    if not hits or not hits <= vocab.live_keys:
        return False
    size, density = page.link_density(i)
    return size - page.links[i] >= vocab.live_min_prose_chars and density <= vocab.live_max_link_density


def live_summary(page: Page, i: int, vocab: Vocabulary, article: int) -> bool:
    """A live blog's key points named like a ticker ("ticker-facts": a heading over a list, no link) beside
    its feed (:func:`live_feed`, a sibling): the summary of the entries, not a ticker of headlines."""
    hits = page.names(i) & vocab.token_set
    if not hits or not hits <= vocab.live_keys or page.links[i] or page.inside[i] < vocab.live_min_prose_chars:
        return False
    node = page.nodes[i]
    if node.css_first("ul, ol") is None or node.css_first("h2, h3, h4, h5, h6") is None:
        return False
    parent = node.parent
    if parent is None:
        return False
    for sib in parent.iter():
        j = page.index.get(sib.mem_id)
        if j is not None and j != i and live_feed(page, j, vocab, article):
            return True
    return False


def prose_section(page: Page, i: int) -> bool:
    """An element named like a related list that is a section of prose ("related-work" on a paper's
    page): a paragraph of ``PROSE_SECTION_CHARS`` outside links, and no link standing alone as a
    headline (a related-posts box shows each post's excerpt under its linked title)."""
    found = False
    for node in page.nodes[i].css("p"):
        j = page.index.get(node.mem_id)
        if j is not None and page.text[j] - page.links[j] >= PROSE_SECTION_CHARS:
            found = True
            break
    if not found:
        return False
    for node in page.nodes[i].css("a"):
        a = page.index.get(node.mem_id)
        if a is not None and page.text[a] and stands_alone(page, a):
            return False
    return True


#: A box of the prose block named like a sign-up or call to action ("cta", "newsletter-teaser") that holds a
#: run of the article's own paragraphs: this many paragraphs of prose at least, ...
PROSE_BOX_PARAGRAPHS = 2
#: ... each (a ``<p>``, or a ``<div>`` of text) this many characters outside links, a character of an unspaced
#: script counting two (a sign-up box's blurb is a sentence or two: "Get the best stories every Sunday. It's
#: free."; "毎週金曜日に新着記事をお届けします。"), and ending a sentence, ...
PROSE_BOX_PARAGRAPH_CHARS = 100
#: ... holding this share of the box's text at least (the rest: a heading, a caption); and after the box, the
#: article goes on: a paragraph of this many characters outside links, outside any box named as residue.
PROSE_BOX_SHARE = 0.7
PROSE_BOX_NEXT_CHARS = 50


def prose_box(page: Page, i: int, vocab: Vocabulary, fields: frozenset[int]) -> bool:
    """A run of the article's paragraphs in a box of the prose block named like a sign-up (a theme's "cta"
    or "newsletter-teaser" box around the body's middle paragraphs; the subscribers' part of the body in a
    "paywall-content" box), not a sign-up box: no form, no e-mail field and no button (a link standing
    alone) in it; ``PROSE_BOX_PARAGRAPHS`` paragraphs of ``PROSE_BOX_PARAGRAPH_CHARS`` outside links that
    end a sentence, holding ``PROSE_BOX_SHARE`` of its text; and the article goes on after it (a paragraph
    of prose follows in the prose block, outside any box named as residue), unless the box is named as the
    paywalled part (``[paywalled]`` in rules.toml), which closes the article. A sign-up box's pitch is a
    sentence or two with a form or a button; a membership appeal of long paragraphs closes the article
    rather than sitting inside it (and the text passes still judge each line that stays)."""
    block = page.block
    if block < 0 or page.text[i] - page.links[i] < PROSE_BOX_PARAGRAPHS * PROSE_BOX_PARAGRAPH_CHARS // 2:
        return False
    if not _inside(page, i, block):
        return False
    node = page.nodes[i]
    if node.css_first("form") is not None:
        return False
    for f in fields:
        k = page.index.get(f)
        if k is not None and (k == i or _inside(page, k, i)):
            return False  # it held an e-mail field
    count = held = 0
    for para in node.css("p, div, a"):
        j = page.index.get(para.mem_id)
        if j is None:
            continue
        tag = page.tags[j]
        if tag == "a":
            if page.text[j] and (page.block_above(j) == i or stands_alone(page, j)):
                return False  # a button: "Support us", "Sign me up"
            continue
        if tag == "div" and not _inline_only(page, j):
            continue
        text = normalize_space(para.text(separator=" "))
        if page.text[j] - page.links[j] + unspaced_chars(text) < PROSE_BOX_PARAGRAPH_CHARS:
            continue
        if ends_sentence(text):
            count += 1
            held += page.text[j]
    if count < PROSE_BOX_PARAGRAPHS or held < PROSE_BOX_SHARE * page.text[i]:
        return False
    if not page.names(i).isdisjoint(vocab.paywall_keys):
        return True  # the subscribers' part of the body: the article's close
    end = subtree_end(page, block)
    for j in range(subtree_end(page, i), end):
        if page.tags[j] != "p" or page.text[j] - page.links[j] < PROSE_BOX_NEXT_CHARS:
            continue
        if not any(family_of_names(page.names(k), vocab) for k in page.ancestors(j, True) if k > block):
            return True
    return False


#: A lead paragraph in the headline's ``<header>``: a ``<p>`` of this many characters outside links ...
LEAD_CHARS = 100
#: ... and this many sentences at least (a one-sentence dek or standfirst is the headline's, not body).
LEAD_SENTENCES = 2
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’»」)]*)(?=\s|$)|[。！？]")


def lead_paragraphs(page: Page, i: int, vocab: Vocabulary) -> list[int]:
    """The article's lead paragraphs in the headline's ``<header>`` ``i`` (regional papers write the
    intro there, beside the headline and byline), when the header comes before the prose block: each
    a ``<p>`` of ``LEAD_CHARS`` outside links and ``LEAD_SENTENCES`` sentences, not named by any
    residue family nor marked with an ``itemprop`` (``description``: the page's dek), with no
    paragraph of prose between the header and the prose block. The header still goes (its headline,
    label and byline are not body); these go to the prose block's start."""
    block = page.block
    if page.tags[i] != "header" or page.attrs[i].get("role") or block < 0 or i > block or i in page.protected:
        return []
    if _prose_between(page, i, block):
        return []  # the prose block is not the article's start (an article in chunks)
    out: list[int] = []
    for node in page.nodes[i].css("p"):
        j = page.index.get(node.mem_id)
        if j is None or page.text[j] - page.links[j] < LEAD_CHARS or "itemprop" in page.attrs[j]:
            continue  # (a paragraph the page marks as its description is the dek)
        if any(family_of_names(page.names(k), vocab) for k in page.ancestors(j, True) if k > i):
            continue
        if len(_SENTENCE_END.findall(normalize_space(node.text(separator=" ")))) >= LEAD_SENTENCES:
            out.append(j)
    return out


def _prose_between(page: Page, header: int, block: int) -> bool:
    """Whether a paragraph of prose (``LEAD_CHARS`` outside links) lies after element ``header``
    and before element ``block`` in page order."""
    for j in range(header + 1, block):
        if page.tags[j] == "p" and not _inside(page, j, header) and page.text[j] - page.links[j] >= LEAD_CHARS:
            return True
    return False


def _inside(page: Page, i: int, ancestor: int) -> bool:
    p = page.parent[i]
    while p > ancestor:
        p = page.parent[p]
    return p == ancestor


#: A gallery page: this many captions (``<figcaption>``) at least, ...
GALLERY_CAPTIONS = 3
#: Names of a caption's credit (taken from a gallery's captions too: "Photograph: Jane Doe/Agency").
CREDIT_KEYS = frozenset(
    {"credit", "credits", "photo-credit", "photocredit", "image-credit", "img-credit", "copyright", "getty"}
    # htmlmag44: the same named in German, Dutch, French, Italian (rules.toml [families.captions])
    | {"bildnachweis", "fotonachweis", "fotocredit", "credit-photo", "credito-foto"}
    | {"crediti", "creditos"}  # htmlmedia47
)


def gallery_page(page: Page) -> list[int]:
    """The captions of a page whose article is its captions (a photo gallery: "In pictures", a slideshow):
    ``GALLERY_CAPTIONS`` ``<figcaption>`` at least, holding more text outside links than all the page's ``<p>``
    outside them; [] on any other page. An article's captions describe its pictures beside paragraphs that
    hold more (the dev gold leaves them out); a gallery's are the story, told picture by picture."""
    captions, held, other = _captions(page)
    if len(captions) < GALLERY_CAPTIONS or held <= other:
        return []
    b = page.block
    if b < 0 or any(page.tags[a] in _FIGURE_TAGS for a in page.ancestors(b, include_self=True)):
        return captions
    if any(_inside(page, c, b) for c in captions):
        return captions
    top = b  # the largest element around the block holding none of the captions
    cur = page.parent[b]
    while cur > 0 and not any(_inside(page, c, cur) for c in captions):
        top, cur = cur, page.parent[cur]
    if held <= page.text[top] - page.links[top]:
        return []  # an article written in <div>s (no <p>) beside a few captioned pictures: it holds more
    return captions


_FIGURE_TAGS = frozenset({"figure", "figcaption"})


#: A photo essay (htmlmag44): its captions hold this share of its paragraphs' text outside links at least.
ESSAY_CAPTION_SHARE = 0.5
#: ... and each of them this many characters outside links at least (a sentence, not "Photo: Jane Doe").
ESSAY_CAPTION_CHARS = 30


def photo_essay(page: Page) -> list[int]:
    """The captions of a photo essay (htmlmag44): an article whose pictures' captions carry its story beside
    fewer paragraphs than a gallery's (:func:`gallery_page`) -- ``GALLERY_CAPTIONS`` ``<figcaption>`` at least,
    every one inside the prose block and of ``ESSAY_CAPTION_CHARS`` outside links, together holding
    ``ESSAY_CAPTION_SHARE`` of the page's ``<p>`` text outside them. [] on any other page: a news article's
    few captions beside its many paragraphs, a caption outside the block (a teaser's), a credit-only caption."""
    b = page.block
    if b < 0:
        return []
    captions, held, other = _captions(page)
    if len(captions) < GALLERY_CAPTIONS or held < ESSAY_CAPTION_SHARE * other:
        return []
    if any(page.text[i] - page.links[i] < ESSAY_CAPTION_CHARS or not _inside(page, i, b) for i in captions):
        return []
    return captions


#: Names of a table that holds a picture over its caption (Blogger's editor: ``<table class="tr-caption-container">``,
#: the picture in one row, the caption in a ``<td class="tr-caption">`` under it): a caption, as a ``<figcaption>``
#: is (htmlblog45).
CAPTION_TABLES = frozenset({"tr-caption"})


def _captions(page: Page) -> tuple[list[int], int, int]:
    """The page's ``<figcaption>`` elements and picture-over-caption tables (``CAPTION_TABLES``; none inside
    another), their text outside links, and the text outside links of its ``<p>`` elements outside them: what
    :func:`gallery_page` and :func:`photo_essay` weigh."""
    captions: list[int] = []
    held = other = 0
    inside = [False] * len(page.nodes)
    for i, tag in enumerate(page.tags):
        p = page.parent[i]
        if p >= 0 and inside[p]:
            inside[i] = True
            continue
        if (
            tag == "figcaption"
            or (tag == "table" and not CAPTION_TABLES.isdisjoint(page.names(i)))
            or named_caption(page, i, CREDIT_KEYS)  # htmlmedia47: a slide's caption in a <div> named so
        ):
            inside[i] = True
            captions.append(i)
            held += page.text[i] - page.links[i]
        elif tag == "p":
            other += page.text[i] - page.links[i]
    return captions, held, other


#: The gallery's element (holding all its captions) holds at most this many times their text outside links.
GALLERY_ROOT_SPREAD = 2


def gallery_root(page: Page, captions: list[int]) -> int:
    """The element holding a gallery's ``captions`` (their lowest common ancestor), when it is the gallery's
    own -- its text outside links at most ``GALLERY_ROOT_SPREAD`` times theirs, not the page's ``<body>``
    with its menus and footer -- else -1. It is the article's block: each caption one of its paragraphs."""
    common: list[int] | None = None
    for i in captions:
        chain = page.ancestors(i)
        if common is None:
            common = chain
        else:
            keep = set(chain)
            common = [j for j in common if j in keep]
    if not common or common[0] <= 0:
        return -1
    root = common[0]
    held = sum(page.text[i] - page.links[i] for i in captions)
    root = root if page.text[root] - page.links[root] <= GALLERY_ROOT_SPREAD * held else -1
    return gallery_article(page, root, captions)  # htmlmedia47: with its intro, in the gallery's <article>


#: The rest of an article collapsed behind a "Continue reading" button: a paragraph of this many characters
#: outside links at least, ending a sentence, ...
COLLAPSED_PARAGRAPH_CHARS = 100
#: ... its paragraphs holding this share of the element's text at least.
COLLAPSED_SHARE = 0.7


def collapsed_rest(page: Page, i: int) -> bool:
    """A hidden element (``aria-hidden="true"``, ``hidden``) inside the prose block that holds the rest of the
    article's paragraphs, collapsed until the reader presses "Continue reading" (or "Read more"): a ``<p>``
    of ``COLLAPSED_PARAGRAPH_CHARS`` outside links ending a sentence at least, its ``<p>`` holding
    ``COLLAPSED_SHARE`` of its text, and no form or button (a link standing alone) in it. Hidden residue is
    short or sits outside the block: a sticky bar repeating the headline, a share dialog, the paywall's
    modal ("You've reached your limit of free articles. Subscribe...")."""
    block = page.block
    if block < 0 or page.text[i] - page.links[i] < COLLAPSED_PARAGRAPH_CHARS or not _inside(page, i, block):
        return False
    node = page.nodes[i]
    if node.css_first("form") is not None:
        return False
    long = held = 0
    for para in node.css("p, a"):
        j = page.index.get(para.mem_id)
        if j is None:
            continue
        if page.tags[j] == "a":
            if page.text[j] and (page.block_above(j) == i or stands_alone(page, j)):
                return False  # a button: "Subscribe", "Sign in to read on"
            continue
        held += page.text[j]
        text = normalize_space(para.text(separator=" "))
        if page.text[j] - page.links[j] + unspaced_chars(text) >= COLLAPSED_PARAGRAPH_CHARS and ends_sentence(text):
            long += 1
    return long > 0 and held >= COLLAPSED_SHARE * page.text[i]



#: htmlsport46: the families of a match centre's and a bookmaker's boxes (a few words, no prose).
SPORTS_BOX_FAMILIES = frozenset({"scores", "betting"})
#: A paragraph of this many words at least, ending a sentence, is prose (not such a box's part).
BOX_PROSE_WORDS = 8
_BOX_PARTS = "p, li, dd, blockquote"


def sports_box_kept(page: Page, i: int, family: str) -> bool:
    """htmlsport46: element ``i``, named like a match centre's score box ("scoreboard", "placar") or a bookmaker's
    odds box ("odds", "apostas"), is not one: it is a table or holds one (a live entry's goals, the market's
    odds in a story about betting: the story's data), holds prose -- a paragraph (an item, a quote) of
    ``BOX_PROSE_WORDS`` words or more that ends a sentence (a live header's dek: "Le PSG reçoit Arsenal … à
    Londres.") -- or, named for betting, holds no link (an odds box's call to bet is one: "Bet now"; a list of
    the rules in a story about betting, 'regras-apostas', has none). A score box's parts are a few words each
    ("Flamengo", "2 x 0", "Encerrado"). Read only for an element so named."""
    if family == "betting" and not page.links[i]:
        return True
    node = page.nodes[i]
    if node.tag == "table" or node.css_first("table") is not None:
        return True
    parts = [node] if node.tag in ("p", "li", "dd", "blockquote") else node.css(_BOX_PARTS)
    for part in parts:
        text = normalize_space(part.text(separator=" "))
        if text.count(" ") + 1 >= BOX_PROSE_WORDS and ends_sentence(text):
            return True
    return False


#: htmlsport46: a tab strip holds this many tabs at least, each of at most ``TAB_CHARS`` characters.
TAB_STRIP_ITEMS = 3
TAB_CHARS = 24
_TAB_NAMES = frozenset({"tabs", "tab"})


def tab_strips(page: Page) -> set[int]:
    """htmlsport46: the tab strips of a match centre or a live page ("Cronaca / Formazioni / Statistiche /
    Pagelle"): a list named "tabs" (or whose items are each named "tab") of ``TAB_STRIP_ITEMS`` items or more,
    each a label of at most ``TAB_CHARS`` characters that ends no sentence. A bare "tabs" is read only here, by
    this shape: as a table entry it would name a tab panel too ("tabs__panel", the article's paragraphs), and
    take a name that the live feed's "named only by" guards read. A list of the article's short items named
    otherwise ("lineup", "composition") is not read."""
    out: set[int] = set()
    for i, tag in enumerate(page.tags):
        if tag != "ul" and tag != "ol":
            continue
        items = [c for c in page.nodes[i].iter() if c.tag == "li"]
        if len(items) < TAB_STRIP_ITEMS:
            continue
        if _TAB_NAMES.isdisjoint(page.names(i)) and not all(
            not _TAB_NAMES.isdisjoint(page.names(page.index[c.mem_id])) for c in items if c.mem_id in page.index
        ):
            continue
        texts = [normalize_space(c.text(separator=" ")) for c in items]
        if all(t and len(t) <= TAB_CHARS and not ends_sentence(t) for t in texts):
            out.add(i)
    return out
