"""DOM pass: remove residue *elements* before extraction.

Decisions, all from named tables in ``rules.toml`` or from page structure, never from
one site's names:

* ``always``: scripts, styles, embedded objects, form controls (stripped first);
* hidden elements (``hidden``, ``aria-hidden="true"``, ``display:none``);
* page chrome by tag or ARIA role (nav, header, footer, aside; banner, navigation...);
  inside the article a footer or aside (and inside the prose block a header not holding
  the ``<h1>``) is the article's own part, judged by its names and link density instead;
  the article's asides that stay (fact boxes, quotes) reach the extractor as ``<div>``;
* residue families by tag, role, ``itemprop`` or class/id *tokens* (comments, forms and
  newsletters, social, related lists, ads, consent, widgets, article metadata, recipe nutrition
  facts, captions, navigation), class/id values split into words and word pairs (:func:`name_keys`);
* link lists: elements outside the article body whose text is mostly links;
* tag lists: the element holding ``rel="tag"`` / ``rel="category"`` links;
* product boxes: a small box whose button is a paid link (``rel="sponsored"``);
* sign-up boxes with no form and no telling name: a small box whose button is a link
  standing alone to a page named like sign-up ("/newsletter"); and links standing alone
  to a place on the same page ("Jump to recipe");
* inside the prose block, by shape and by where links go (same site or another):
  teaser boxes (a label or none, one headline linking to another page of the site, a short
  description), labelled teaser paragraphs ("<b>Read also:</b> <a>headline</a>"), lists whose
  every item is one link to the site under a heading ("More on this topic"), and tables of
  contents (links to places on the page); a reference list (other sites), items with prose
  beside their links, and fact boxes whose link follows their sentences stay;
* sign-up boxes by the e-mail field they held (form controls are stripped first);
* the headline, when it repeats the page title (title is metadata, not body);
* threads (:mod:`.threads`: a question and its answers, a forum thread, an issue's comments): the
  other posts are kept like the prose block, and what sits beside each post in its own container
  with no prose (votes, user cards, "Share Edit Follow", "Sorted by:") goes.

The links of the lists the prose block keeps become text (the extractor drops lists made of
links), except in a list whose every item is a headline linking to the site's other pages.

Guards keep the article: the *prose block* (the element whose paragraphs hold the most
prose, see :class:`Page`) and its ancestors are never removed, nor is any element holding
more than half the page's prose, whatever its names say ("comment-body",
"related-content" on the article container itself), nor a box of the prose block named like a
sign-up ("cta", "newsletter-teaser") that holds a run of the article's paragraphs and no form,
e-mail field or button (:func:`.keep.prose_box`). Embedded posts ("twitter-tweet",
"social-media-embed", blockquotes) are content: never removed by name, and their names
are dropped so the extractor does not drop them either.

The pass parses nothing: it works on the selectolax (lexbor) tree the caller parsed
once, walks it once (:class:`Page`), decides every removal on the intact tree, then
replaces only the top-most chosen elements with a space (so the text on either side of
a removed element is not glued together).

Its parts: :mod:`.names` (class/id names and the rules' vocabulary), :mod:`.page` (the walk and
the prose block), :mod:`.body` (residue inside the prose block, by shape), :mod:`.keep` (the article's
own elements that residue names would take: data tables, summary lists, builder blocks); the decisions
and the pruning are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..document import normalize_space
from ..textstats import ends_sentence, lower
from .blockheads import editor_heading_block  # htmlredteam55
from .body import (
    EMPTY_IDS,
    SIGNUP_BOX_CHARS,
    SIGNUP_BUTTON_WORDS,
    TEASER_LINK_DENSITY,
    TEASER_MIN_WORDS,
    URL_SCHEME_HOST,
    bare_child,
    body_residue,
    email_fields,
    field_boxes,
    largest_box,
    related_list,
    site_host,
    subtree_end,
)
from .budget import Budget
from .contacts import text_contact_cards
from .eventrows import button_rows, event_buttons, unwrap_row_links  # htmlevents52
from .inbox import article_box, disclosure_questions, figure_text_caption, reading_list, summary_aside  # htmlinbox56
from .insights import parted_label  # htmllegal50
from .keep import (
    CREDIT_KEYS,
    DATA_TABLE_FAMILIES,
    SPORTS_BOX_FAMILIES,
    builder_block,
    built_with_widgets,
    collapsed_rest,
    data_table,
    data_tables,
    gallery_page,
    gallery_root,
    headed_list,
    inline_only,
    lead_paragraphs,
    live_entry,
    live_feed,
    live_part,
    live_summary,
    loose_divs,
    loose_spans,
    note,
    photo_essay,
    prose_box,
    prose_section,
    section_header,
    sports_box_kept,
    summary_box,
    summary_holders,
    tab_strips,
)
from .mailtables import sponsor_boxes, unfold_layout_tables  # htmlmail51
from .names import EMPTY_NAMES, Vocabulary, element_names, family_of_names, name_keys, vocabulary
from .oldweb import layout_chrome  # htmloldweb51
from .page import CHECK_EVERY, HEADINGS, INLINE_TAGS, PARAGRAPH_TAGS, Page
from .paywalled import unhide_article  # htmlpaywall53
from .pressbox import contact_notes, file_boxes  # htmlgov48
from .recipecard import card_paragraphs  # htmlrecipe49
from .reviewbox import method_boxes, price_boxes  # htmlreview50
from .threads import Thread, entry_titles, find_thread, post_chrome, quote_heads
from .wiki import HATNOTE_FAMILY, hatnote_kept  # htmlwiki49

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, slots=True)
class DomRemoval:
    """One element the DOM pass took out: which family, why, what it was, its text."""

    family: str
    reason: str
    element: str
    text: str


def _describe(node: LexborNode) -> str:
    attrs = node.attributes
    parts = [node.tag or "?"]
    for name in ("id", "class", "role"):
        value = attrs.get(name)
        if value:
            parts.append(f'{name}="{normalize_space(value)[:80]}"')
    return "<" + " ".join(parts) + ">"


#: Sectioning tags (and the chrome names saying only "header"/"footer") that inside the
#: article are the *article's* own parts, not the page's (HTML: a ``<footer>`` in an
#: ``<article>`` is that article's footer): a fact box in an ``<aside>``, a recipe card's
#: ``<header>`` holding its title. There they are judged by their other names and their
#: link density, not removed for their tag. Footer and aside: anywhere in the ``<article>``
#: holding the prose block; header: only inside the prose block, and not the one holding
#: the ``<h1>`` (the headline's header holds the dek and byline, which are not body).
#: ``<nav>`` stays chrome everywhere.
ARTICLE_PARTS = frozenset({"footer", "aside"})
BLOCK_PARTS = frozenset({"header", "footer", "aside"})


def _amp_stand_in(page: Page, i: int) -> bool:
    """htmlnextgen45: element ``i`` (with a ``placeholder`` or ``fallback`` attribute) is an AMP component's
    stand-in: a child of an ``amp-*`` element ("Loading poll…" in an ``<amp-iframe>``, "Ad could not be
    loaded" in an ``<amp-ad>``), which AMP shows while the component loads or when it fails. A form field's
    ``placeholder`` (an ``<input>``'s) sits in no ``amp-*`` element."""
    p = page.parent[i]
    return p >= 0 and page.tags[p].startswith("amp-")


def _verdict(page: Page, i: int, vocab: Vocabulary, parts: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(family, reason) when the element's tag, role, hidden-ness or names mark it as residue.

    ``parts``: the chrome tags and names that are the article's own parts where the element
    lies (:data:`ARTICLE_PARTS`, :data:`BLOCK_PARTS`). A heading is never chrome by its
    names: "recipe-header", "section-header" name a section's heading, not the page's.
    """
    tag = page.tags[i]
    attrs = page.attrs[i]
    if attrs:
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return ("hidden", "hidden element")
        if ("placeholder" in attrs or "fallback" in attrs) and _amp_stand_in(page, i):
            return ("hidden", "an AMP element's placeholder or fallback (shown until it loads, or if it fails)")
        style = attrs.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return ("hidden", "hidden element")
        role = attrs.get("role")
        if role:
            if role in vocab.chrome_roles:
                return ("chrome", vocab.chrome_reason)
            fam = vocab.by_role.get(role)
            if fam is not None:
                return (fam.name, fam.reason)
        prop = attrs.get("itemprop")
        if prop:
            fam = vocab.by_itemprop.get(prop.split()[0].lower()) if prop.split() else None
            if fam is not None:
                return (fam.name, fam.reason)
    if tag in vocab.chrome_tags and tag not in parts:
        return ("chrome", vocab.chrome_reason)
    fam = vocab.by_tag.get(tag)
    if fam is not None:
        return (fam.name, fam.reason)
    keys = element_names(attrs) if attrs else EMPTY_NAMES
    if tag in vocab.content_tags or (
        keys and not keys.isdisjoint(vocab.content_keys) and keys.isdisjoint(vocab.consent_keys)
    ):
        return EMBED  # embedded content: article text whatever else its names say (not its consent stand-in)
    if keys:
        affirmed = _affirmed(keys, vocab)
        hit = family_of_names(affirmed, vocab)
        if hit is None and affirmed is not keys:
            return EMBED  # "no-ads", "ad-free": kept, and its names dropped (the extractor drops them)
        if hit is not None:
            fam, key = hit
            if fam.name == "chrome" and (tag in HEADINGS or (keys & vocab.token_set) <= parts):
                return None
            if fam.max_chars and page.text[i] > fam.max_chars:
                return None
            if fam.name in SPORTS_BOX_FAMILIES and sports_box_kept(page, i, fam.name):
                return None  # htmlsport46: a live header's dek, a live entry's table, a list of betting rules
            if fam.name == HATNOTE_FAMILY and hatnote_kept(page, i):
                return None  # htmlwiki49
            return (fam.name, f"{fam.reason} (class/id '{key}')")
    return None


EMBED = ("embed", "embedded content")
#: The families an embedded post's own parts are named by (a widget's "tgme_widget_message_text", its "footer").
EMBED_FRAME_FAMILIES = frozenset({"widgets", "chrome"})
#: An embedded post's text holds this many characters outside links at least ...
POST_TEXT_CHARS = 40
#: ... and at most this share of its text in links.
POST_TEXT_LINKS = 0.5


def _frame_link(page: Page, i: int, vocab: Vocabulary) -> bool:
    """Whether link ``i``, inside an embedded post, is the embed's frame: the post a ``<blockquote>`` named as one
    (the networks' embed code: "instagram-media", "tiktok-embed"; a bare ``<blockquote>`` is a quote, a
    "video-embed" ``<div>`` may hold a playlist's titles), and the link stands alone -- it holds a block ("<a><div>Ver
    essa foto no Instagram</div></a>") or is all its block's text ("<p><a>Um post compartilhado por …</a></p>").
    A link inside the post's sentence ("pic.twitter.com/…",
    "@handle" in a tweet) stays."""
    total = page.text[i]
    if not total:
        return False
    up = page.parent[i]
    while up > 0 and page.tags[up] not in vocab.content_tags and page.names(up).isdisjoint(vocab.content_keys):
        up = page.parent[up]
    if up <= 0 or up in page.protected or page.tags[up] != "blockquote":
        return False  # an "embedded" article body's links alone are the article's; a "video-embed" list's titles
    if page.names(up).isdisjoint(vocab.content_keys):
        return False
    return page.text[page.block_above(i)] == total or page.nodes[i].css_first("div, p") is not None


def _post_text(page: Page, i: int) -> bool:
    """Whether element ``i`` (inside an embedded post) holds the post's text rather than its frame: prose of
    ``POST_TEXT_CHARS`` outside links, at most ``POST_TEXT_LINKS`` of it in links. The frame's count and time
    ("48.2K 16:20"), its "Open in Telegram" link are too short or all link."""
    total, density = page.link_density(i)
    return total - page.links[i] >= POST_TEXT_CHARS and density <= POST_TEXT_LINKS


def _affirmed(keys: frozenset[str], vocab: Vocabulary) -> frozenset[str]:
    """``keys`` less the residue names the same class name negates: "no-ads", "ad-free",
    "non-sponsored", "no-sidebar" say the element holds no such thing. Not a comment name:
    "no-comments" is the notice "Comments are closed." itself."""
    hits = keys & vocab.token_set
    if not hits:
        return keys
    negated = {
        t
        for t in hits
        if (f"no-{t}" in keys or f"{t}-free" in keys or f"non-{t}" in keys) and t not in vocab.comment_keys
    }
    return keys - negated if negated else keys

#: Elements judged by link density when their names say nothing.
LINK_LIST_TAGS = frozenset(
    {"ul", "ol", "dl", "div", "section", "table", "p", "nav", "span", "font", "header", "footer", "aside"}
)
#: Link density at or above which such an element outside the prose block is a link list ...
MAX_LINK_DENSITY = 0.8
#: ... once it holds at least this many characters.
MIN_LINK_LIST_CHARS = 20
#: Climb from a tag link to the largest enclosing element at least this link-dense.
TAXONOMY_LINK_DENSITY = 0.5


def _links_with_rel(page: Page, rels: frozenset[str]) -> Iterator[int]:
    """The links (``<a>``) whose ``rel`` names one of ``rels`` ("tag", "sponsored")."""
    for i, tag in enumerate(page.tags):
        if tag == "a" and (rel := page.attrs[i].get("rel")) and not rels.isdisjoint(rel.lower().split()):
            yield i


def _taxonomy_lists(page: Page, vocab: Vocabulary) -> set[int]:
    """Elements holding tag/category links (``rel="tag"``): tag lists."""
    out: set[int] = set()
    top: dict[int, int] = {}  # element -> where a climb through it ends (nested tag links share climbs)
    for i in _links_with_rel(page, vocab.taxonomy_rels):
        path: list[int] = []
        cur = i
        while True:
            known = top.get(cur)
            if known is not None:
                cur = known
                break
            path.append(cur)
            p = page.parent[cur]
            if p <= 0 or p in page.protected or page.link_density(p)[1] < TAXONOMY_LINK_DENSITY:
                break
            cur = p
        for j in path:
            top[j] = cur
        if cur != i:  # a tag link inside a sentence stays
            out.add(cur)
    return out


def _href_keys(href: str) -> frozenset[str]:
    """Name keys of a link target's path (scheme, host, query and fragment dropped). Not through
    :func:`name_keys`' cache: paths are mostly unique and would push the class names out of it."""
    path = URL_SCHEME_HOST.sub("", href.strip()).split("?", 1)[0].split("#", 1)[0]
    return name_keys.__wrapped__(path.replace("/", " ")) if path else EMPTY_NAMES


@lru_cache(maxsize=8)
def _token_finder(tokens: frozenset[str]) -> Callable[[str], re.Match[str] | None]:
    """A search over a lower-cased address that finds every address :func:`_href_keys` can give one
    of ``tokens`` for (a pair token "sign-up" as "sign" and "up" with non-letters or nothing between),
    and a few more: a cheap test before the keys are worked out."""
    parts = sorted(r"[^a-z]*".join(map(re.escape, t.split("-"))) for t in tokens)
    return re.compile("|".join(parts)).search


def _signup_boxes(page: Page, vocab: Vocabulary) -> dict[int, str]:
    """Sign-up boxes that carry no form and no telling name: a small container (a title, a
    pitch, a button) whose button is a link standing alone -- the whole of its block, or a
    bare child of the box -- to a page named like sign-up ("/newsletter", "/abonnement").
    The box is the largest element around the button of at most ``SIGNUP_BOX_CHARS``,
    below the prose block. A link inside a sentence ("he started <a>a newsletter</a> in
    2020") never starts one. -> {element: the sign-up name of the link}.
    """
    forms = next((f for f in vocab.families if f.name == "forms"), None)
    out: dict[int, str] = {}
    if forms is None:
        return out
    may_name = _token_finder(forms.tokens)
    for i, tag in enumerate(page.tags):
        if tag != "a":
            continue
        href = page.attrs[i].get("href")
        if not href or href.startswith("#"):
            continue
        if not may_name(href.lower()):
            continue  # no sign-up word in the address (most links): its keys cannot hold one
        hits = _href_keys(href) & forms.tokens
        if not hits:
            continue
        b = _button_block(page, i)
        if b is None:
            continue  # a link inside a sentence, or too long for a button
        box = largest_box(page, b, SIGNUP_BOX_CHARS)
        if box >= 0 and page.tags[box] not in PARAGRAPH_TAGS:
            out[box] = min(hits)
    return out


def _sponsored_boxes(page: Page, vocab: Vocabulary) -> set[int]:
    """Product boxes: the largest element of at most ``SIGNUP_BOX_CHARS`` around a button (a link
    standing alone, see :func:`_button_block`) whose relation is a paid one (``rel="sponsored"``),
    outside the prose block's ancestors and not a paragraph (a sponsored link inside a sentence, or
    alone in a paragraph of the article, starts none). In a product card of the article's
    (:func:`_article_card`) the button alone goes: its block when the link is all of it, else the link."""
    out: set[int] = set()
    if not vocab.sponsored_rels:
        return out
    for i in _links_with_rel(page, vocab.sponsored_rels):
        b = _button_block(page, i)
        if b is None:
            continue
        box = largest_box(page, b, SIGNUP_BOX_CHARS)
        if box >= 0 and page.tags[box] not in PARAGRAPH_TAGS:
            if _article_card(page, box):
                out.add(b if b != box and page.text[b] == page.text[i] else i)
            else:
                out.add(box)
    return out


#: A product card's own review: a paragraph of this many characters at least that ends a sentence.
CARD_PROSE_CHARS = 60
_CARD_HEADINGS = "h2, h3, h4"


def _article_card(page: Page, box: int) -> bool:
    """Product box ``box`` is a card of the article's ("best air fryers of 2025": a heading, the writer's
    verdict, pros and cons, a price button): a sibling of the same tag and class holds the prose block
    (the cards repeat the article's own), or it is one of a list of cards (a sibling of the same tag and
    class) and holds a heading (``<h2>``..``<h4>``) and a paragraph (``<p>``) of ``CARD_PROSE_CHARS`` that
    ends a sentence. A shop's box (a name, a price, "Check price"), a booking widget (a call, a button,
    "Free cancellation") and a deal box alone among the paragraphs ("Today's best deal") are none."""
    cls = page.attrs[box].get("class")
    if not cls:
        return False
    parent = page.parent[box]
    tag = page.tags[box]
    if any(
        j != box and page.parent[j] == parent and page.tags[j] == tag and page.attrs[j].get("class") == cls
        for j in page.protected
    ):
        return True
    node = page.nodes[box]
    if node.css_first(_CARD_HEADINGS) is None or node.parent is None:
        return False
    if not any(
        sib.mem_id != node.mem_id and sib.tag == tag and sib.attributes.get("class") == cls
        for sib in node.parent.iter()
    ):
        return False  # a card alone
    for para in node.css("p"):
        text = normalize_space(para.text(separator=" "))
        if len(text) >= CARD_PROSE_CHARS and ends_sentence(text):
            return True
    return False


def _jump_links(page: Page) -> set[int]:
    """Links to a place on the same page ("Jump to recipe", "Back to top") standing alone:
    the whole of their block, or a bare child of it, of at most ``SIGNUP_BUTTON_WORDS`` words."""
    out: set[int] = set()
    for i, tag in enumerate(page.tags):
        if tag != "a":
            continue
        href = page.attrs[i].get("href")
        if not href or not href.startswith("#") or len(href) < 2:
            continue
        if _button_block(page, i) is not None:
            out.add(i)
    return out


#: A note's back-link ("↩︎", "↑", "^") has at most this many characters and no letter or digit.
BACK_LINK_CHARS = 3


def _back_links(page: Page) -> set[int]:
    """Links from a footnote or endnote back to where it is cited: to a place on the same page, written as
    an arrow (``BACK_LINK_CHARS`` characters, no letter or digit), or ``role="doc-backlink"``. The arrow is
    no text of the note's; and the extractor takes a list of notes each ending in one for a list of links.
    The citing link ("<sup><a href='#fn1'>1</a></sup>") holds its number, and stays."""
    out: set[int] = set()
    for i, tag in enumerate(page.tags):
        if tag != "a":
            continue
        attrs = page.attrs[i]
        href = attrs.get("href")
        if not href or not href.startswith("#") or len(href) < 2:
            continue
        if attrs.get("role") == "doc-backlink":
            out.add(i)
            continue
        if not page.text[i] or page.text[i] > BACK_LINK_CHARS * 2:
            continue
        text = page.nodes[i].text().strip()
        if 0 < len(text) <= BACK_LINK_CHARS and not any(c.isalnum() for c in text):
            out.add(i)
    return out


#: A kicker: at most this many words and characters, and no sentence.
KICKER_WORDS = 3
KICKER_CHARS = 40
_KICKER_TAGS = frozenset({"div", "span", "p", "a", "strong", "b", "small", "em"})
#: At most this many labels in a row over the headline.
KICKER_ELEMENTS = 2


def _kicker(page: Page, article: int) -> set[int]:
    """The kicker over the ``<article>``'s headline: the element just before its ``<h1>`` (text, inline
    markup only) of at most ``KICKER_WORDS`` words, with no sentence's end -- a section or topic label
    ("Transport", "AGRICOLTURA", "Educación"), a "LIVE" badge -- and the one before it when it is one too
    (a section label and an "Exclusive to subscribers" badge). Outside the prose block."""
    out: set[int] = set()
    if article < 0 or page.tags[article] != "article":
        return out
    h1 = page.nodes[article].css_first("h1")
    if h1 is None:
        return out
    node = h1
    h = page.index.get(h1.mem_id, -1)
    # htmlnextgen45: when the prose block holds the headline too (an <article> of short paragraphs, its dek and
    # meta lines its children), the label over the headline is still the kicker, not a line of the block's prose
    headed = h >= 0 and page.block >= 0 and _inside(page, h, page.block)
    while len(out) < KICKER_ELEMENTS:
        k = _label_before(page, node, headed)
        if k < 0:
            break
        out.add(k)
        node = page.nodes[k]
    return out


def _label_before(page: Page, node: LexborNode, headed: bool = False) -> int:
    """The element just before ``node`` when it reads as a label (see :func:`_kicker`), else -1; ``headed``: the
    prose block holds the headline, so a label in it counts too."""
    prev = node.prev
    while prev is not None and (prev.is_text_node or prev.is_comment_node):
        if prev.is_text_node and (prev.text_content or "").strip():
            return -1  # loose text beside the headline
        prev = prev.prev
    if prev is None:
        return -1
    k = page.index.get(prev.mem_id, -1)
    if k < 0 or page.tags[k] not in _KICKER_TAGS or not page.text[k] or page.text[k] > KICKER_CHARS:
        return -1
    if page.block >= 0 and (k == page.block or (not headed and _inside(page, k, page.block))):
        return -1
    text = normalize_space(prev.text(separator=" "))
    many = len(text.split()) > KICKER_WORDS and not parted_label(text, KICKER_WORDS)  # htmllegal50
    if many or ends_sentence(text) or text.endswith((":", ";", ",")):
        return -1
    if any(page.tags[j] not in INLINE_TAGS for j in range(k + 1, subtree_end(page, k))):
        return -1
    return k


def _later_articles(page: Page, article: int) -> set[int]:
    """Other ``<article>`` elements after the page's own, each with a headline (``<h1>``) like it: the next
    story a page appends under "Up next" or "Next article" (infinite scroll), not the page's. Only when the
    page's article is an ``<article>`` with its ``<h1>``: a page that gives every teaser or comment an
    ``<article>`` gives it no ``<h1>``. Not when the page's article lies in another ``<article>``: the entries
    of an article (a live blog's, each an ``<article>`` with its ``<h1>``) are its own."""
    if article < 0 or page.tags[article] != "article" or page.nodes[article].css_first("h1") is None:
        return set()
    if any(page.tags[a] == "article" for a in page.ancestors(article)):
        return set()  # an entry of a page's article (a live blog's, each an <article> with its <h1>)
    out: set[int] = set()
    end = subtree_end(page, article)
    for j in range(end, len(page.nodes)):
        if page.tags[j] == "article" and page.nodes[j].css_first("h1") is not None:
            out.add(j)
    return out


def _button_block(page: Page, i: int) -> int | None:
    """The block link ``i`` stands alone in as a button (the whole of the block, or a bare child
    of it, of at most ``SIGNUP_BUTTON_WORDS`` words), or None for a link inside a sentence."""
    words = len(page.nodes[i].text(separator=" ").split())
    if not words or words > SIGNUP_BUTTON_WORDS:
        return None
    b = page.block_above(i)
    if b > 0 and (page.text[b] == page.text[i] or bare_child(page, i, b)):
        return b
    return None


@dataclass(slots=True)
class Decision:
    """What the DOM pass decided: residue elements (top-most, page order), embeds, and the
    article's own asides (kept: see :data:`ARTICLE_PARTS`) and pull quotes in a ``<figure>``, both
    handed to the extractor as ``<div>``."""

    page: Page | None
    chosen: list[tuple[int, str, str]]
    embeds: list[int]
    asides: list[int] = field(default_factory=list)
    thread: Thread | None = None
    #: The lowest element holding the prose block and the page builder's blocks kept with it (-1: none).
    built_root: int = -1
    #: The article's lead paragraphs in the headline's header (removed with it): moved to the block's start.
    leads: list[int] = field(default_factory=list)
    #: The prose block's note boxes that stay (htmldocs45): their names are dropped for the extractor.
    notes: list[int] = field(default_factory=list)


def decide(
    tree: LexborHTMLParser,
    max_share: float = 0.5,
    budget: Budget | None = None,
    url: str | None = None,
    fields: frozenset[int] = frozenset(),
    prompts: frozenset[int] = frozenset(),
) -> Decision:
    """Residue elements of ``tree`` as (index, family, reason), top-most only, in page order.

    Decided on the intact tree; nothing is removed here. ``budget``: the document's time
    limit, checked every few thousand elements. ``url``: the page's address (which links go
    to the same site); ``fields``: ``mem_id`` of the elements that held an e-mail field; ``prompts``: of those
    that held two buttons or more (:func:`_button_pairs`).
    """
    vocab = vocabulary()
    body = tree.body
    if body is None:
        return Decision(None, [], [])
    page = Page(body, vocab.comment_keys, budget, vocab.consent_keys)  # htmlnextgen45: consent notices
    captions = gallery_page(page)
    gallery = bool(captions)
    gallery_tables = frozenset(i for i in captions if page.tags[i] == "table")  # htmlblog45: Blogger's caption tables
    gallery_named = frozenset(i for i in captions if page.tags[i] in ("div", "p"))  # htmlmedia47: named captions
    root = gallery_root(page, captions) if gallery else -1
    essay = frozenset(() if gallery else photo_essay(page))  # htmlmag44: a photo essay's captions are kept too
    if root > 0:
        page.block = root  # a gallery's captions are its paragraphs: the block is the element holding them
        page.protected = frozenset(page.ancestors(root, include_self=True))
    thread = find_thread(page, vocab, lambda j: _verdict(page, j, vocab))
    chrome_of_posts: set[int] = set()
    titled: set[int] = set()
    heads: set[int] = set()
    in_post: list[bool] = []
    if thread is not None:
        # the other posts are article too: kept like the block, with the way up to them; what
        # sits beside each post in its own container with no prose is the post's chrome
        page.protected = page.protected | thread.path | frozenset(page.ancestors(thread.root, True))
        titled = entry_titles(page, thread)  # a live blog's entry titles beside their posts
        chrome_of_posts = post_chrome(page, thread) - titled
        heads = quote_heads(page, thread)  # "Jane wrote:" over a quoted post
        posts = frozenset(thread.posts)
        in_post = [False] * len(page.nodes)
        for j, p in enumerate(page.parent):  # parents come before children
            in_post[j] = j in posts or (p >= 0 and in_post[p])
    protected = page.protected
    parent = page.parent
    block = page.block
    chosen: list[tuple[int, str, str]] = []
    removed = [False] * len(page.nodes)
    embeds: list[int] = []
    asides: list[int] = []
    taxonomy = _taxonomy_lists(page, vocab)
    signup = _signup_boxes(page, vocab)
    jumps = _jump_links(page)
    sponsored = _sponsored_boxes(page, vocab)
    article = _article_root(page)
    inner = body_residue(page, site_host(url), article)
    boxes = field_boxes(page, fields) if fields else EMPTY_IDS
    in_code = [False] * len(page.nodes)
    in_box = [False] * len(page.nodes)
    in_feed = [False] * len(page.nodes)
    in_caption = [False] * len(page.nodes)
    in_embed = [False] * len(page.nodes)
    built = built_with_widgets(page, vocab)
    builder: list[int] = []
    tables = data_tables(page)
    summaries = summary_holders(page)
    leads: list[int] = []
    pictured = _image_terms(page)
    stamps = _stamp_rows(page, article)
    backs = _back_links(page)
    later = _later_articles(page, article)
    kicker = _kicker(page, article)
    contacts = _contact_cards(page, vocab.contact_words)
    contacts |= text_contact_cards(page, vocab.contact_words, _contact_card, contacts)  # htmlscience46
    contacts |= contact_notes(page)  # htmlgov48
    files = file_boxes(page)  # htmlgov48
    deals = price_boxes(page) | method_boxes(page, vocab.method_headings)  # htmlreview50
    asked = _prompt_boxes(page, prompts) if prompts else EMPTY_ROWS
    sponsors = sponsor_boxes(page, vocab.sponsor_openers)  # htmlmail51
    buttons = event_buttons(page)  # htmlevents52
    listing = button_rows(page, buttons)  # htmlevents52
    dated = not stamps and article >= 0 and page.tags[article] == "article"
    written = _text_stamp_rows(page, article) if dated else EMPTY_ROWS  # (none when a <time> row was found)
    signed = _signoff(page)  # htmlworld44
    strips = tab_strips(page)  # htmlsport46
    for i in range(1, len(page.nodes)):
        if budget is not None and not i & CHECK_EVERY:
            budget.check("part of the DOM pass")
        p = parent[i]
        if p >= 0 and removed[p]:
            removed[i] = True  # inside an element already chosen
            continue
        if p >= 0 and (in_code[p] or page.tags[p] in CODE_TAGS):
            in_code[i] = True  # a code token ("hljs-comment", "token comment"), not residue
            continue
        if p >= 0 and in_feed[p]:
            in_feed[i] = True  # inside a live blog's feed kept beside the article (htmlnextgen45)
        if p >= 0 and in_box[p]:
            in_box[i] = True  # inside a run of the article's paragraphs kept in a "cta" box
        if p >= 0 and in_caption[p]:
            in_caption[i] = True  # inside a gallery's caption
        elif gallery and (page.tags[i] == "figcaption" or i in gallery_tables or i in gallery_named):  # htmlmedia47
            in_caption[i] = True  # a gallery's caption: the story, told picture by picture
            if i in gallery_tables:
                asides.append(i)  # a picture-over-caption table: its caption as a paragraph, not a table's row
            elif p >= 0 and page.tags[p] == "figure":
                asides.append(p)  # the extractor drops figures: handed to it as a <div>
        elif i in essay:
            in_caption[i] = True  # a photo essay's caption (htmlmag44): its text, as a gallery's
            asides.append(i)  # as a <div> of paragraphs: the extractor drops a <figcaption>'s loose text
            if p >= 0 and page.tags[p] == "figure":
                asides.append(p)
        if p >= 0 and in_embed[p]:
            in_embed[i] = True  # inside an embedded post
        if i in protected:
            continue
        if i in taxonomy:
            verdict: tuple[str, str] | None = ("taxonomy", vocab.taxonomy_reason)
        else:
            verdict = _verdict(page, i, vocab)
            if verdict is not None and verdict[0] == "chrome" and (
                summary_box(page, i, vocab, summaries)
                or summary_aside(page, i, summaries, article)  # htmlinbox56
                or section_header(page, i)
                or editor_heading_block(page, i)  # htmlredteam55: a block editor's subheading among its blocks
                or (i in titled and page.tags[i] != "nav" and not page.attrs[i].get("role"))
            ):
                verdict = None  # its other parts are judged on their own
            if verdict is not None and verdict[0] == "chrome" and article >= 0 and _inside(page, i, article):
                verdict = _verdict(page, i, vocab, _parts(page, i))
                if verdict is None and page.tags[i] == "aside" and not page.links[i]:
                    asides.append(i)  # a fact box or quote; asides with links are mostly teasers
            if verdict is not None and (
                verdict[0] == "widgets"
                and article >= 0
                and (note(page, i, vocab) or live_entry(page, i, vocab) or headed_list(page, i))
                and _inside(page, i, article)
            ):
                verdict = None
            elif verdict is not None and verdict[0] == "widgets" and (
                (in_feed[i] and live_part(page, i, vocab))
                or live_feed(page, i, vocab, article)
                or live_summary(page, i, vocab, article)
            ):
                verdict = None  # htmlnextgen45: a live blog's feed (or key points) beside the header the block is in
                in_feed[i] = True
            elif (
                verdict is not None
                and verdict[0] == "forms"
                and page.tags[i] != "form"
                and (in_box[i] or prose_box(page, i, vocab, fields))
            ):
                verdict = EMBED  # the article's paragraphs in a "cta" box: kept, its names dropped for the extractor
                in_box[i] = True  # (and its paragraphs, named like it: "cta-box__text")
            elif (
                verdict is not None
                and verdict[0] == "related"
                and (prose_section(page, i) or reading_list(page, i, article))  # htmlinbox56: a reading list
            ):
                verdict = EMBED  # kept, and its names dropped: the extractor drops a "related-work" section
            elif verdict is not None and verdict[0] == "widgets" and (in_box[i] or article_box(page, i)):  # inbox56
                verdict = EMBED  # a sidebar story, a poll's result the article reports: kept, its names dropped
                if not in_box[i]:
                    asides.append(i)  # (the box as a <div>: the extractor drops an <aside>)
                in_box[i] = True  # (and its parts named like it: "poll-note", "poll-results")
            elif verdict is not None and verdict[0] == "captions" and figure_text_caption(page, i):  # htmlinbox56
                verdict = None  # a data table's title or source, the words on a quoted post or a map: as <div>s
                asides.extend((i, p))  # (the extractor drops a figure's loose caption)
            elif verdict is not None and verdict[0] == "widgets" and built and builder_block(page, i, vocab):
                verdict = None  # a block of the article in a page builder's widget
                builder.append(i)
            elif verdict is not None and verdict[0] in DATA_TABLE_FAMILIES and data_table(page, i, tables):
                verdict = EMBED  # the article's table: kept, and its names dropped for the extractor
            elif verdict is not None and verdict[0] == "hidden" and collapsed_rest(page, i):
                verdict = EMBED  # the article's rest behind "Continue reading": kept, shown to the extractor
            elif (
                verdict is not None
                and verdict[0] == "captions"
                and in_caption[i]
                and page.names(i).isdisjoint(CREDIT_KEYS)
            ):
                verdict = None  # a gallery's caption, or its text: kept (not its credit)
            elif verdict is not None and verdict[0] in EMBED_FRAME_FAMILIES and in_embed[i] and _post_text(page, i):
                # an embedded post's text in its widget's names ("tgme_widget_message_text"): kept, and its names
                # dropped (the extractor drops a "widget")
                verdict = EMBED
                if page.tags[i] == "div" and inline_only(page, i):
                    asides.append(i)  # and as a paragraph: the extractor drops a <div>'s loose text beside <p>s
        if (
            (verdict is None or verdict is EMBED)
            and page.tags[i] == "figure"
            and block >= 0
            and _inside(page, i, block)
            and page.nodes[i].css_first("blockquote") is not None
        ):
            asides.append(i)  # a pull quote ("wp-block-pullquote"): the extractor drops figures
        if (
            page.tags[i] == "footer"
            and (verdict is None or verdict[0] == "chrome")
            and quote_attribution(page, i)
        ):
            verdict = None  # htmlmag44: a quote's (an epigraph's) attribution, not the page's footer
            asides.append(i)  # the extractor drops a <footer>: handed to it as a paragraph
        if verdict is EMBED:
            embeds.append(i)
            in_embed[i] = True
            continue
        if verdict is None and page.tags[i] == "a" and in_embed[i] and _frame_link(page, i, vocab):
            verdict = ("social", "an embedded post's frame: a link standing alone ('View this post on …')")
        if verdict is None and i in inner and i not in listing:  # htmlevents52: a listing's row, no teaser
            verdict = inner[i]
        if verdict is None and i in chrome_of_posts:
            verdict = ("thread", "beside a post of the thread, no prose (votes, user card, share links)")
        if verdict is None and i in heads:
            verdict = ("thread", "the header of a quoted post ('Jane wrote:')")
        if verdict is None and i in stamps:
            verdict = ("metadata", "byline and date row over the article (it holds a <time>, no sentence)")
        if verdict is None and i in written:
            verdict = ("metadata", "byline and date row over the article (a date written out, a separator or a time)")
        if verdict is None and i in signed:
            verdict = ("metadata", "the writer's name closing the article, bold and set right (a sign-off)")
        if verdict is None and i in pictured:
            verdict = ("captions", "caption of an image (a <dl> that opens with the image)")
        if verdict is None and i in boxes:
            verdict = ("forms", "sign-up box (it held an e-mail field)")
        if verdict is None and i in signup:
            verdict = ("forms", f"sign-up box (its button links to a '{signup[i]}' page)")
        if verdict is None and i in sponsored:
            verdict = ("ads", vocab.sponsored_reason)
        if verdict is None and i in jumps:
            verdict = ("links", "link to elsewhere on the page, standing alone")
        if verdict is None and i in backs:
            verdict = ("links", "a note's link back to where it is cited (an arrow)")
        if verdict is None and i in kicker:
            verdict = ("metadata", "the kicker over the headline (a section label of a few words)")
        if verdict is None and i in contacts:
            verdict = ("metadata", "contact card (a name, a phone number, an e-mail link; no sentence)")
        if verdict is None and i in files:  # htmlgov48
            verdict = ("widgets", "a box of files to download (named 'documents', 'allegati', 'anexos'), no picture")
        if verdict is None and i in deals:  # htmlreview50
            verdict = ("widgets", "a price comparison ('549,00 € Zum Angebot') or a 'How we test' box beside the text")
        if verdict is None and i in sponsors:  # htmlmail51
            verdict = ("widgets", "a newsletter's sponsor box ('This issue is brought to you by …', its pitch)")
        if verdict is None and i in buttons:
            verdict = buttons[i]  # htmlevents52
        if verdict is None and i in asked:
            verdict = ("widgets", "a question to the reader over its buttons ('Was this page helpful?'), no link")
        if verdict is None and i in strips:
            verdict = ("scores", "a match centre's tab strip (a list named 'tabs' of short labels)")  # htmlsport46
        if verdict is None and i in later:
            verdict = ("related", "another article appended after the page's own ('Up next', infinite scroll)")
        if verdict is None:
            if page.tags[i] not in LINK_LIST_TAGS:
                continue
            size, density = page.link_density(i)
            if size < MIN_LINK_LIST_CHARS or density < MAX_LINK_DENSITY:
                continue
            if block >= 0 and _inside(page, i, block) and not _teaser_paragraph(page, i, block, density):
                continue  # link lists inside the article body are the article's
            if in_post and in_post[i]:
                continue  # ... and those inside the thread's other posts
            verdict = ("links", f"link list or teaser link ({density:.0%} of its text in links)")
        if page.share(i) > max_share:
            continue
        chosen.append((i, verdict[0], verdict[1]))
        removed[i] = True
        if verdict[0] == "chrome" and article >= 0 and _inside(page, i, article):
            leads.extend(lead_paragraphs(page, i, vocab))  # the headline's header: its lead is the article's
    asides.extend(loose_divs(page))
    asides.extend(card_paragraphs(page))  # htmlrecipe49
    notes = note_boxes(page, vocab, removed, article)  # htmldocs45
    asides.extend(note_paragraphs(page, notes))
    asides.extend(loose_spans(page, article_scope(page, article), vocab))
    kept_asides = sorted(i for i in set(asides) if not removed[i])
    built_root = _lowest_common(page, [block, *builder]) if builder else -1
    return Decision(page, chosen, embeds, kept_asides, thread, built_root, leads, notes)


#: A byline and date row holds at most this many characters.
STAMP_ROW_CHARS = 120
_STAMP_ROW_TAGS = frozenset({"div", "p", "span", "section"})
#: ... and none of these inside it.
_STAMP_ROW_BLOCKS = "p, li, ul, ol, blockquote, figure, table, pre, h1, h2, h3, h4, h5, h6"


def _stamp_rows(page: Page, article: int) -> set[int]:
    """Byline and date rows in the ``<article>`` before its prose block, whatever their names ("autoria",
    "kirjoittaja": "Rafael Souza · Campo Grande · <time>16.set.2024</time> · Atualizado: 17.set.2024"): the
    largest element around a ``<time>`` of at most ``STAMP_ROW_CHARS``, before the prose block (not around
    it), that ends no sentence and holds no paragraph, list or heading. A ``<time>`` inside a sentence ("…
    opened on <time>4 May</time>."), inside the block or after it starts none."""
    out: set[int] = set()
    block = page.block
    if article < 0 or block < 0 or page.tags[article] != "article":
        return out
    for i, tag in enumerate(page.tags):
        if i >= block:
            break  # over the article's body only (a live blog's stamps between later entries are theirs)
        if tag != "time" or not _inside(page, i, article):
            continue
        row = -1
        cur = page.parent[i]
        while cur > 0 and cur != article and cur not in page.protected and page.text[cur] <= STAMP_ROW_CHARS:
            row = cur
            cur = page.parent[cur]
        if row < 0 or page.tags[row] not in _STAMP_ROW_TAGS:
            continue
        node = page.nodes[row]
        if ends_sentence(normalize_space(node.text(separator=" "))):
            continue
        if any(n.mem_id != node.mem_id for n in node.css(_STAMP_ROW_BLOCKS)):
            continue  # a live blog's short entry ("<time>12:31</time><p>Goal! 1-0</p>"), a heading: no row
        out.add(row)
    return out


#: A writer's sign-off closing the body holds at most this many words (htmlworld44).
SIGNOFF_WORDS = 4
_RIGHT = re.compile(r"text-align\s*:\s*right")
_BOLD = frozenset({"strong", "b"})


def _signoff(page: Page) -> frozenset[int]:
    """htmlworld44: the writer's name closing the article, set right and bold, alone in the prose block's last
    paragraph ("<p class='Normal' style='text-align:right;'><strong>Gia Minh</strong></p>", a Vietnamese
    portal's sign-off): a ``<p>`` that is the block's last element, styled ``text-align: right``, whose whole
    text is one ``<strong>``/``<b>`` of at most ``SIGNOFF_WORDS`` words of letters, each capitalised. A source
    line ("Theo Reuters"), a note in brackets, a right-set line that is not bold, a bold line anywhere else
    start none."""
    block = page.block_node
    if block is None:
        return EMPTY_ROWS
    last = block.last_child
    while last is not None and last.is_text_node and not (last.text_content or "").strip():
        last = last.prev
    if last is None or last.tag != "p" or not _RIGHT.search(last.attributes.get("style") or ""):
        return EMPTY_ROWS
    kids = [k for k in last.iter(include_text=True) if not (k.is_text_node and not (k.text_content or "").strip())]
    if len(kids) != 1 or kids[0].tag not in _BOLD:
        return EMPTY_ROWS
    words = normalize_space(kids[0].text(separator=" ")).split()
    if not 1 < len(words) <= SIGNOFF_WORDS or not all(w.isalpha() and w[0].isupper() for w in words):
        return EMPTY_ROWS
    i = page.index.get(last.mem_id)
    return EMPTY_ROWS if i is None else frozenset((i,))


#: A date written out (no ``<time>``): "12.11.2024", "2024-11-12", "11/12/2024", "2025年2月18日", "6 mars 2025",
#: "12. März 2025", "15 de enero de 2025", "Mar 11, 2025".
_TEXT_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\b\d{1,2}\.? (?:de )?[^\W\d_]{3,12}\.?,? (?:de )?\d{4}\b|\b[^\W\d_]{3,12}\.? \d{1,2},? \d{4}\b"
)
#: ... beside which a byline row holds a separator or a clock time ("Köln · 12.11.2024, 17:32 Uhr").
_ROW_MARK = re.compile(r"[·|•]|\b\d{1,2}[:h]\d{2}\b|\d{1,2}時")
EMPTY_ROWS: frozenset[int] = frozenset()
#: A byline row of a written-out date holds at most this many words.
TEXT_STAMP_WORDS = 14


def _text_stamp_rows(page: Page, article: int) -> frozenset[int]:
    """Byline and date rows with the date written out, no ``<time>`` ("Von Sabine Krüger<br>Köln · 12.11.2024,
    17:32 Uhr · Lesezeit: 3 Minuten", "Publié le 6 mars 2025 · Mis à jour le 10 mars 2025"): in the
    ``<article>`` before its prose block, the first largest element of at most ``STAMP_ROW_CHARS`` and
    ``TEXT_STAMP_WORDS`` words holding a date (:data:`_TEXT_DATE`) and a row's separator or a clock time
    (:data:`_ROW_MARK`), ending no sentence, holding no paragraph. A dek that ends a sentence, a title with a
    year ("Die 10 besten Hotels 2025": no separator, no time), anything in or after the block start none; nor
    does a second such line (an event's date, time and place under the byline row), nor any when a row around a
    ``<time>`` was found."""
    block = page.block
    for i in range(article + 1, block):
        if page.tags[i] not in _STAMP_ROW_TAGS or i in page.protected or page.text[i] > STAMP_ROW_CHARS:
            continue
        up = page.parent[i]
        if up != article and up not in page.protected and page.text[up] <= STAMP_ROW_CHARS:
            continue  # not the largest: its parent is judged instead
        node = page.nodes[i]
        text = normalize_space(node.text(separator=" "))
        if (
            sum(any(c.isalnum() for c in w) for w in text.split()) > TEXT_STAMP_WORDS
            or ends_sentence(text)
            or not _TEXT_DATE.search(text)
            or not _ROW_MARK.search(text)
        ):
            continue
        if any(n.mem_id != node.mem_id for n in node.css(_STAMP_ROW_BLOCKS)) or not _inside(page, i, article):
            continue
        return frozenset((i,))  # the first only: an event's "Freitag, 6. Juni 2025 · 19.30 Uhr · Innenhof" follows it
    return EMPTY_ROWS


#: A contact card (a name, a role, a phone number, an e-mail address) holds at most this many characters ...
CONTACT_CARD_CHARS = 400
#: ... in text pieces (lines, and the parts inline markup splits them into) of at most this many characters ...
CONTACT_LINE_CHARS = 80
#: ... and at least this many of them.
CONTACT_MIN_LINES = 3
_CONTACT_HREFS = ("mailto:", "tel:")
#: The link shows the address ("@") or a phone number of this many digits at least.
CONTACT_PHONE_DIGITS = 6
_CONTACT_TAGS = frozenset({"div", "p", "section", "address", "aside", "dl", "ul"})
#: The line a press release ends on ("###", "-30-"): a mark, not text.
END_MARKS = frozenset({"###", "# # #", "-30-", "- 30 -", "-###-", "- ### -"})
_END_MARK_CHARS = max(len(m) for m in END_MARKS)
_END_MARK_MIN = min(len(m) for m in END_MARKS)
#: A heading over a contact card ("Media enquiries", "Pressekontakt") has at most this many words.
CONTACT_HEADING_WORDS = 4


def _contact_cards(page: Page, words: tuple[str, ...]) -> set[int]:
    """Contact cards in or under an article (a press release's "Media Contact: Daniel Ortiz / Northwind Energy
    / +1 303-555-0147 / press@…", a university's "Contact" box): the largest element around an e-mail or phone
    link (``mailto:``, ``tel:``) that shows the address or the number (not a share row's "Email"), holding no
    ``<h1>``, of at most ``CONTACT_CARD_CHARS``, outside the prose block's way up, made of
    ``CONTACT_MIN_LINES`` short pieces none of which ends a sentence, holding (or headed by) a contact card's
    word (``[contacts]`` in rules.toml); and the short heading just before it when the card ends its parent. A
    sentence with an address in it ("Write to press@… for a copy.") ends one and stays, and so does an author's
    note ("Reach him at …"), and a venue's box under a review (no contact word). Also a press release's end mark
    ("###", "-30-") standing alone."""
    out: set[int] = set()
    protected = page.protected
    for i, tag in enumerate(page.tags):
        if tag in _CONTACT_TAGS and _END_MARK_MIN <= page.text[i] <= _END_MARK_CHARS and i not in protected:
            if normalize_space(page.nodes[i].text()) in END_MARKS:
                out.add(i)
            continue
        if tag != "a" or not (page.attrs[i].get("href") or "").startswith(_CONTACT_HREFS):
            continue
        shown = page.nodes[i].text()
        if "@" not in shown and sum(c.isdigit() for c in shown) < CONTACT_PHONE_DIGITS:
            continue  # a share row's "Email" button, not an address or a number
        card = -1
        cur = page.parent[i]
        while cur > 0 and cur not in protected and page.text[cur] <= CONTACT_CARD_CHARS:
            if page.tags[cur] in _CONTACT_TAGS:
                reads = _contact_card(page.nodes[cur])
                if reads is False:
                    break  # a sentence (or a headline): what holds it holds it too
                if reads:
                    card = cur
            cur = page.parent[cur]
        if card < 0 or card in out:
            continue
        node = page.nodes[card]
        before = node.prev
        while before is not None and not before.is_element_node:
            before = before.prev
        head = -1
        if before is not None and before.tag in HEADINGS:
            head = page.index.get(before.mem_id, -1)
            if not 0 < len(before.text().split()) <= CONTACT_HEADING_WORDS or head in protected:
                head = -1
        said = lower(node.text(separator=" ") + (" " + before.text() if head > 0 and before is not None else ""))
        if not any(w in said for w in words):
            continue  # a venue's address and phone under a review: no contact card's word
        out.add(card)
        if head > 0 and not any(n.is_element_node for n in _siblings_after(node)):
            out.add(head)  # the heading over the card, when the card ends its parent (it heads nothing else)
    return out


def _button_pairs(tree: LexborHTMLParser) -> frozenset[int]:
    """``mem_id`` of the elements holding two ``<button>`` or more as children (found before form controls are
    stripped): the buttons of a question put to the reader ("Yes" / "No")."""
    body = tree.body
    if body is None:
        return EMPTY_ROWS
    seen: set[int] = set()
    out: set[int] = set()
    for b in body.css("button"):
        up = b.parent
        if up is None:
            continue
        if up.mem_id in seen:
            out.add(up.mem_id)
        seen.add(up.mem_id)
    return frozenset(out)


#: A question to the reader with its buttons ("Was this page helpful? Yes No") holds at most this many characters.
PROMPT_BOX_CHARS = 200
_QUESTION_MARKS = ("?", "？", "؟")


def _prompt_boxes(page: Page, prompts: frozenset[int]) -> frozenset[int]:
    """A question put to the reader over two buttons or more ("هل كان محتوى هذه الصفحة مفيداً؟ [نعم] [لا]", "Was
    this page helpful?"): the largest element around the buttons' holder of at most ``PROMPT_BOX_CHARS``, outside
    the prose block (and its way up), holding a question mark and no link. A quiz's question inside the article
    (in the block), a box of links ("Print", "Share" as links), a longer form stay."""
    out: set[int] = set()
    block = page.block
    for mid in prompts:
        box = largest_box(page, page.index.get(mid, -1), PROMPT_BOX_CHARS)
        if box < 0 or not page.text[box] or page.links[box] or (block >= 0 and _inside(page, box, block)):
            continue
        if any(q in page.nodes[box].text() for q in _QUESTION_MARKS):
            out.add(box)
    return frozenset(out)


def _contact_card(node: LexborNode) -> bool | None:
    """Whether ``node`` reads as a contact card: pieces of at most ``CONTACT_LINE_CHARS``, none ending a sentence,
    no ``<h1>`` (False: no card, nor anything holding it), and ``CONTACT_MIN_LINES`` of them (None: too few yet,
    "Email: <a>…</a>")."""
    pieces = [t for piece in node.text(separator="\n").split("\n") if (t := normalize_space(piece))]
    if node.css_first("h1") is not None or any(len(t) > CONTACT_LINE_CHARS or ends_sentence(t) for t in pieces):
        return False
    return True if len(pieces) >= CONTACT_MIN_LINES else None


def _siblings_after(node: LexborNode) -> Iterator[LexborNode]:
    nxt = node.next
    while nxt is not None:
        yield nxt
        nxt = nxt.next


#: An image's definition list holds at most this many characters of caption.
IMAGE_TERMS_CHARS = 400


def _image_terms(page: Page) -> set[int]:
    """The captions of images laid out as a definition list (a CMS's document box: "<dl><dt><img></dt>
    <dt>The new reading room.</dt><dd>Photo Jane Doe</dd></dl>"): the ``<dt>`` and ``<dd>`` holding
    text in a ``<dl>`` of at most ``IMAGE_TERMS_CHARS`` whose first term holds an image and no text."""
    out: set[int] = set()
    for i, tag in enumerate(page.tags):
        if tag != "dl" or not page.text[i] or page.text[i] > IMAGE_TERMS_CHARS:
            continue
        child = page.nodes[i].child
        while child is not None and (child.is_text_node or child.is_comment_node):
            child = child.next
        if child is None or child.tag != "dt" or child.css_first("img, picture") is None:
            continue
        first = page.index.get(child.mem_id)
        if first is None or page.text[first]:
            continue
        child = child.next
        while child is not None:
            j = page.index.get(child.mem_id) if not child.is_text_node else None
            if j is not None and page.tags[j] in ("dt", "dd") and page.text[j]:
                out.add(j)
            child = child.next
    return out


def _lowest_common(page: Page, elements: list[int]) -> int:
    """The deepest element holding all of ``elements`` (-1 when they share none)."""
    common: list[int] | None = None
    for i in elements:
        chain = page.ancestors(i, include_self=True)
        if common is None:
            common = chain
        else:
            keep = set(chain)
            common = [j for j in common if j in keep]
    return common[0] if common else -1


#: Elements whose descendants are code: their class names are a highlighter's tokens.
CODE_TAGS = frozenset({"pre", "code"})


def _teaser_paragraph(page: Page, i: int, block: int, density: float) -> bool:
    """A ``<p>`` of the prose block made only of link text, with a few words at least
    (a bare URL or a product name in its own paragraph is often the article's own)."""
    if page.tags[i] != "p" or page.parent[i] != block or density < TEASER_LINK_DENSITY:
        return False
    return len(page.nodes[i].text(separator=" ").split()) >= TEASER_MIN_WORDS


def _parts(page: Page, i: int) -> frozenset[str]:
    """The article parts element ``i`` (inside the article) may be: see :data:`ARTICLE_PARTS`."""
    if page.block >= 0 and _inside(page, i, page.block) and page.nodes[i].css_first("h1") is None:
        return BLOCK_PARTS
    return ARTICLE_PARTS


def _article_root(page: Page) -> int:
    """The article: the ``<article>`` element enclosing the prose block, else the block itself
    (-1 when there is none)."""
    for j in page.ancestors(page.block, include_self=True) if page.block >= 0 else ():
        if page.tags[j] == "article":
            return j
    return page.block


def _inside(page: Page, i: int, ancestor: int) -> bool:
    p = page.parent[i]
    while p >= 0:
        if p == ancestor:
            return True
        p = page.parent[p]
    return False


def strip_always(tree: LexborHTMLParser, explain: bool = False, budget: Budget | None = None) -> list[DomRemoval]:
    """Remove the elements that never hold article text (scripts, styles, form controls...)."""
    vocab = vocabulary()
    body = tree.body
    removals: list[DomRemoval] = []
    if body is None:
        return removals
    if explain:
        found = body.css(",".join(sorted(vocab.always)))
        inside = _inside_any(found)
        work = 0
        for k, node in enumerate(found):
            if budget is not None:
                budget.check("part of the DOM pass")
            if node.tag in _SILENT or (inside[k] and work > ALWAYS_TEXT_WORK):
                continue  # nested ones (<option> in <select>) are described too, up to a bound
            text = normalize_space(node.text(separator=" "))
            work += len(text)
            if text:
                reason = "element that never holds article text"
                removals.append(DomRemoval("always", reason, _describe(node), text))
    for node in body.css(_BOXED):
        node.insert_before(" ")  # a box of its own on screen: the words on either side stay apart
    for node in body.css("img"):
        before, after = node.prev, node.next
        if (
            before is not None
            and after is not None
            and before.is_text_node
            and after.is_text_node
            and (before.text_content or "")[-1:].strip()
            and (after.text_content or "")[:1].strip()
        ):
            node.insert_before(" ")
    body.strip_tags(sorted(vocab.always))
    return removals


_SILENT = frozenset({"script", "style", "noscript", "template", "svg", "math"})
#: Elements a browser draws as a box of their own (a control, a player, an embed, a drawing). Stripped with
#: nothing in their place, the words on either side were glued ("00:00 / 41:07" + a button + "Herunterladen"
#: gave "41:07Herunterladen", "Foo" + a field + "Bar" gave "FooBar"): each leaves a space. So does an image standing
#: right between two words, which the extractor drops later ("He said" + an emoji's image + "it was fine" gave
#: "saidit"); an image between blocks gets none (the space would be a line of its own). A script, a style or a ruby
#: annotation (``rt``: "漢<rt>kan</rt>字") draws nothing between its neighbours, and leaves nothing.
_BOXED = ",".join(
    [
        *("button", "input", "select", "textarea", "output", "progress", "meter"),
        *("iframe", "object", "embed", "canvas", "audio", "video", "svg", "math"),
    ]
)
#: Characters of text described before elements nested in another described one are passed over
#: (their text is in the outer one's; 10k nested ``<dialog>`` would make the description quadratic).
ALWAYS_TEXT_WORK = 2_000_000


def _inside_any(nodes: list[LexborNode]) -> list[bool]:
    """For each of ``nodes``: whether another of them encloses it (linear: climbs are shared)."""
    ids = {n.mem_id for n in nodes}
    covered: dict[int, bool] = {}  # element -> it or an ancestor is one of ``nodes``
    out: list[bool] = []
    for node in nodes:
        path: list[int] = []
        cur = node.parent
        hit = False
        while cur is not None:
            mid = cur.mem_id
            known = covered.get(mid)
            if known is not None:
                hit = known
                break
            path.append(mid)
            if mid in ids:
                hit = True
                break
            cur = cur.parent
        for mid in path:
            covered[mid] = hit or mid in ids
        out.append(hit)
    return out


#: Where a headline may sit: headings, and elements named like a title in several languages
#: (title, titulo, titolo, titel, titre: "tit"), or a headline.
_HEADLINE_SELECTOR = "h1, h2, h3, [itemprop~=headline], [class*=tit], [class*=Tit], [class*=headline]"
_TITLE_WORD = re.compile(r"\w+")
#: Share of the longer word set that the headline and the page title must have in common.
HEADLINE_OVERLAP = 0.8
#: Characters of candidate text read before candidates longer than
#: ``HEADLINE_LENGTH_FACTOR`` x the longest title + ``HEADLINE_LENGTH_SLACK`` are passed over.
HEADLINE_TEXT_WORK = 2_000_000
HEADLINE_LENGTH_FACTOR = 4
HEADLINE_LENGTH_SLACK = 200


def _words(text: str) -> set[str]:
    return set(_TITLE_WORD.findall(text.lower()))


def _same_words(words: set[str], variants: list[set[str]], longest: int) -> bool:
    if len(words) < 3 or len(words) > 2 * longest:
        return False
    return any(len(words & v) >= HEADLINE_OVERLAP * max(len(words), len(v)) for v in variants)


def _squash(text: str) -> str:
    return "".join(_TITLE_WORD.findall(text.lower()))


def drop_headline(
    tree: LexborHTMLParser,
    titles: set[str],
    explain: bool = False,
    budget: Budget | None = None,
    page: Page | None = None,
) -> list[DomRemoval]:
    """Remove the article's headline (a heading that repeats the page title): it is metadata.

    A heading, headline or title-named element whose words are (nearly) the title's words:
    ``HEADLINE_OVERLAP`` of the longer of the two word sets shared, and at least 3 words;
    or, for scripts written without spaces, the same letters as the title. Only one goes:
    the first matching ``<h1>``, else the first match (a subheading that repeats the
    title's words inside the article is article text).

    ``page``: the DOM pass's walk, whose text sizes bound the work: once the candidates'
    text adds up to ``HEADLINE_TEXT_WORK`` characters (nested title-named elements make
    it quadratic), candidates far longer than any title are passed over unread.
    """
    body = tree.body
    removals: list[DomRemoval] = []
    if body is None or not titles:
        return removals
    variants = [w for w in (_words(t) for t in titles) if len(w) >= 3]
    squashed = {q for q in (_squash(t) for t in titles) if len(q) >= 6}
    if not variants and not squashed:
        return removals
    longest = max((len(v) for v in variants), default=0)
    found: LexborNode | None = None
    found_text = ""
    too_long = HEADLINE_LENGTH_FACTOR * max(len(t) for t in titles) + HEADLINE_LENGTH_SLACK
    work = 0
    for node in body.css(_HEADLINE_SELECTOR):
        if budget is not None:
            budget.check("part of the DOM pass")
        if page is not None:
            i = page.index.get(node.mem_id)
            size = page.text[i] if i is not None else 0
            work += size
            if work > HEADLINE_TEXT_WORK and size > too_long:
                continue
        text = normalize_space(node.text(separator=" "))
        words = _words(text)
        if _squash(text) not in squashed and not _same_words(words, variants, longest):
            continue
        if found is None or (node.tag == "h1" and found.tag != "h1"):
            found, found_text = node, text
            if node.tag == "h1":
                break
    if found is not None:
        labels = _labels_over(page, found) if page is not None else []  # htmlnews44
        if explain:
            removals.append(
                DomRemoval("title", "the article's headline (kept as metadata)", _describe(found), found_text)
            )
            removals.extend(
                DomRemoval("metadata", _LABEL_OVER, _describe(n), normalize_space(n.text(separator=" ")))
                for n in labels
            )
        for n in labels:
            n.replace_with(" ")
        found.replace_with(" ")  # loose text on either side stays apart ("voted<h1>…</h1>the.")
    return removals


_LABEL_OVER = "the section label or stamp over the headline (a page without <article>)"


def _labels_over(page: Page, headline: LexborNode) -> list[LexborNode]:
    """htmlnews44: the labels right over the headline of a page that has no ``<article>`` around it (an old
    regional CMS's "<div class=sezione>CRONACA > VIABILITÀ</div><div class=data>28/11/2024 - 17:40</div>
    <div class=titolo>…</div>"), read as the kicker over an ``<article>``'s ``<h1>`` is (:func:`_label_before`:
    short, inline markup only, no sentence's end, outside the prose block), ``KICKER_ELEMENTS`` at most. The
    headline must stand before the prose block: what stands over it is no line of the article."""
    i = page.index.get(headline.mem_id, -1)
    if i < 0 or (page.block >= 0 and i > page.block) or any(page.tags[a] == "article" for a in page.ancestors(i)):
        return []
    out: list[LexborNode] = []
    node = headline
    while len(out) < KICKER_ELEMENTS:
        k = _label_before(page, node)
        if k < 0:
            break
        node = page.nodes[k]
        out.append(node)
    return out


#: A quote's attribution in its ``<footer>`` holds this many characters at most ("— Proverbe charentais").
QUOTE_ATTRIBUTION_CHARS = 200


def quote_attribution(page: Page, i: int) -> bool:
    """Element ``i`` (a ``<footer>``) is the attribution of a quote in the article (htmlmag44): the child of a
    ``<blockquote>`` inside the prose block, of text and inline elements only, ``QUOTE_ATTRIBUTION_CHARS`` at most
    ("<blockquote><p>« La mer … »</p><footer>Proverbe charentais</footer></blockquote>", an epigraph). The
    extractor drops a ``<footer>``; a page's or a post's footer is no quote's child."""
    p = page.parent[i]
    b = page.block
    return (
        p >= 0
        and b >= 0
        and page.tags[p] == "blockquote"
        and 0 < page.text[i] <= QUOTE_ATTRIBUTION_CHARS
        and _inside(page, i, b)
        and inline_only(page, i)
    )


def _cells_as_paragraphs(table: LexborNode) -> str:
    """A picture-over-caption table's cells as paragraphs, each cell with text one ``<p>`` (htmlblog45: a Blogger
    photo essay's caption, kept, is its text, not a table's row "| caption |")."""
    return "".join(f"<p>{escape(text)}</p>" for cell in table.css("td") if (text := cell.text().strip()))


def _as_blocks(node: LexborNode) -> str:
    """``node``'s content as HTML, each run of loose text and inline elements between its
    blocks wrapped in a ``<p>`` (the extractor drops loose text beside blocks: the title
    of ``<aside><b>Key facts</b><ul>...</ul></aside>``)."""
    out: list[str] = []
    run: list[str] = []
    loose = False
    child = node.child
    while child is not None:
        if child.is_text_node or (child.tag or "") in INLINE_TAGS:
            run.append(child.html or "")
            text = child.text_content if child.is_text_node else child.text()
            loose = loose or bool(text and text.strip())
        elif not child.is_comment_node:
            if run:
                out.append(f"<p>{''.join(run)}</p>" if loose else "".join(run))
                run, loose = [], False
            out.append(child.html or "")
        child = child.next
    if run:
        out.append(f"<p>{''.join(run)}</p>" if loose else "".join(run))
    return "".join(out)


def _unwrap_list_links(page: Page, host: str) -> None:
    """The links of the lists the article keeps become their text: the extractor drops a list made
    of links ("Tools I used: <ul><li><a>Circular saw</a>..."), which inside the prose block, once
    the teaser lists, tables of contents and menus are gone, is the article's own. Not a list whose
    every item is one headline linking to another page of the site: the extractor's drop of such
    a list (more of the site's stories, unannounced) is left to stand."""
    block = page.nodes[page.block]
    verdicts: dict[int, bool] = {}
    for a in block.css("li a"):
        owner = a.parent
        while owner is not None and owner.tag not in ("ul", "ol"):
            owner = owner.parent
        if owner is None:
            continue
        keep = verdicts.get(owner.mem_id)
        if keep is None:
            j = page.index.get(owner.mem_id)
            keep = verdicts[owner.mem_id] = j is None or not related_list(page, j, host)
        if keep:
            a.unwrap()


@dataclass(slots=True)
class Pruned:
    """What the DOM pass did: its removals, and the prose block it protected."""

    removals: list[DomRemoval]
    block: LexborNode | None
    #: A thread's posts (page order, the block among them) and the element holding them all.
    posts: list[LexborNode] = field(default_factory=list)
    thread_root: LexborNode | None = None
    #: The element holding the article's blocks when a page builder laid it out (see ``[builders]``).
    built_root: LexborNode | None = None


# Elements the extractor drops whole, keeping the text right after them glued to the text before:
# "on<footer>…</footer>on." came out as "onon." (found by hypothesis).
_DROPPED_BY_EXTRACTOR = (
    "aside,footer,nav,form,menu,dialog,fieldset,figure,header,noscript,iframe,svg,select,textarea,"
    "video,audio,canvas,object,embed"
)


def _keep_tails_apart(tree: LexborHTMLParser) -> None:
    """A space around each element the extractor drops where text touches it, so that the words on
    either side stay apart (whitespace is normalised later: nothing is added to the text)."""
    body = tree.body
    if body is None:
        return
    for node in body.css(_DROPPED_BY_EXTRACTOR):
        after = node.next
        if after is not None and after.is_text_node and (after.text_content or "")[:1].strip():
            node.insert_after(" ")
        before = node.prev
        if before is not None and before.is_text_node and (before.text_content or "")[-1:].strip():
            node.insert_before(" ")  # "council<nav>…</nav><div>the…": the text after it may be a block's


def _drop_code_anchors(tree: LexborHTMLParser) -> None:
    """The empty links of a code sample go: a line's anchor ("<a id='__codelineno-0-1' href='#…'></a>", one
    per line in MkDocs Material) holds no text, but the extractor counts them and drops a short sample
    whose every link is short as a link list. A link with text stays."""
    body = tree.body
    if body is None:
        return
    for pre in body.css("pre"):
        for a in pre.css("a"):
            if not a.text().strip():
                a.decompose()


#: Roles of a note box (htmldocs45), beside the ``[notes] boxes`` names.
NOTE_BOX_ROLES = frozenset({"note", "alert"})
#: A note box holds this many characters of text at least.
NOTE_BOX_CHARS = 20


def note_boxes(page: Page, vocab: Vocabulary, removed: list[bool], article: int) -> list[int]:
    """htmldocs45: the note boxes of the article that stay ("fr-callout", "br-message" with a role
    "alert", "admonition warning"): named by ``[notes] boxes`` or with a role "note" or "alert", holding
    ``NOTE_BOX_CHARS`` of text and at most ``[notes] max_link_density`` of it in links, inside the
    ``<article>`` holding the prose block, or else inside the prose block's parent (a service page's
    sections, the block one of them). The extractor drops an element whose class names an icon or a
    message ("fr-icon-warning-line", "message-body"), the box's text with it: :func:`_drop_box_names`
    takes the names off."""
    scope = article_scope(page, article)
    if scope < 0:
        return []
    out: list[int] = []
    end = subtree_end(page, scope)
    i = scope + 1
    while i < end:
        if removed[i]:
            i = subtree_end(page, i)
            continue
        role = page.attrs[i].get("role") or ""
        if role in NOTE_BOX_ROLES or not page.names(i).isdisjoint(vocab.note_box_keys):
            size, density = page.link_density(i)
            if size >= NOTE_BOX_CHARS and density <= vocab.note_max_link_density:
                out.append(i)
                i = subtree_end(page, i)  # the outermost box: its parts go with it
                continue
        i += 1
    return out


def article_scope(page: Page, article: int) -> int:
    """htmldocs45: where the article's own boxes are looked for: the ``<article>`` holding the prose block,
    or else the block's parent (a service page's sections, a help article's paragraphs each in a
    ``<div>``: the block is one of them); -1 without a block."""
    block = page.block
    if block < 0:
        return -1
    if article >= 0 and _inside(page, block, article):
        return article
    up = page.parent[block]
    return up if up >= 0 else block


def note_paragraphs(page: Page, notes: list[int]) -> list[int]:
    """The ``<div>``s of text and inline elements inside the note boxes (the box itself, or its message's
    ``<div>`` beside an icon's): they reach the extractor as paragraphs (it drops a ``<div>``'s loose text
    beside blocks: "<span>Atenção.</span> <span>Guarde a carteira…</span>")."""
    return [
        k
        for n in notes
        for k in range(n, subtree_end(page, n))
        if page.tags[k] == "div" and page.text[k] >= NOTE_BOX_CHARS and inline_only(page, k)
    ]


def _drop_box_names(node: LexborNode) -> None:
    """The class and id of ``node`` and of its parts, a code sample's aside (its names tell code apart)."""
    for part in (node, *node.traverse(include_text=False)):
        if part.tag in ("pre", "code") or (part.parent is not None and part.parent.tag in ("pre", "code")):
            continue
        attrs = part.attrs
        for name in ("class", "id"):
            if name in attrs:
                del attrs[name]


#: A table of the prose block marked ``role="presentation"`` is a data table (htmldocs45) with this many rows of
#: two cells or more at least, ...
PRESENTATION_TABLE_ROWS = 2
#: ... no cell longer than this many characters (a layout table's cell holds paragraphs), and no table inside.
PRESENTATION_CELL_CHARS = 200


def _presentation_tables(block: LexborNode) -> None:
    """htmldocs45: a help centre's table of the article marked ``role="presentation"`` (Intercom's) loses its
    role: the extractor drops such a table whole, or writes its cells line by line. Only a grid of short
    cells inside the article (:func:`article_scope`; ``PRESENTATION_TABLE_ROWS`` rows of two cells or more, no cell over
    ``PRESENTATION_CELL_CHARS``, no nested table): a layout table holds the prose block, not the reverse."""
    for table in block.css('table[role="presentation"]'):
        if len(table.css("table")) > 1:
            continue  # (the query holds the table itself)
        rows = [row.css("td, th") for row in table.css("tr")]
        if sum(len(cells) >= 2 for cells in rows) < PRESENTATION_TABLE_ROWS:
            continue
        if any(len(normalize_space(c.text(separator=" "))) > PRESENTATION_CELL_CHARS for cells in rows for c in cells):
            continue
        del table.attrs["role"]


#: A code sample inside a list item or a definition (a step's command, a docstring's example): the extractor
#: runs a list item's blocks into one line, the sample's lines too ("s = read() s.max() 3.12").
_ITEM_CODE = "li pre, dd pre"


def _break_code_in_items(tree: LexborHTMLParser) -> None:
    """htmldocs45: each code sample of two lines or more inside a list item or a ``<dd>`` is written again as
    its lines with a ``<br>`` after each (and one before the first where the item has text before it): the
    lines the browser shows, which the extractor keeps apart there. Its text, newlines included, is
    unchanged (:func:`.extract.code_blocks` still pins its lines)."""
    body = tree.body
    if body is None:
        return
    for pre in body.css(_ITEM_CODE):
        raw = pre.text()
        if "\n" not in raw.strip():
            continue  # one line: nothing to keep apart
        rows = [escape(line, quote=False) for line in raw.strip("\n").split("\n")]
        head = "<br>" if _text_before(pre) else ""
        code = "<br>\n".join(rows)
        fresh = LexborHTMLParser(f"<pre><code>{head}{code}<br></code></pre>").css_first("pre")
        if fresh is not None:
            pre.replace_with(fresh)


def _text_before(node: LexborNode) -> bool:
    """Whether text stands before ``node`` inside its list item or ``<dd>``."""
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("li", "dd"):
        if _has_text(cur.prev, -1):
            return True
        cur = cur.parent
    return False


# The extractor joins the blocks it finds inside a quote without a break: "<blockquote><div>“We
# will win,” she said.</div><div>Jane Doe, mayor</div></blockquote>" came out as "she said.Jane Doe,
# mayor" (found by hypothesis, with a removed block leaving "council" beside "council."). It breaks
# lines at a <br> there, so each such block is unwrapped with a <br> at its edges: the lines a browser
# shows, and no word made of two. It joins the paragraphs of a list item the same way ("<li><p>Bonjour
# à tous,</p><p>J'ai remplacé le siphon…</p></li>": a forum's posts, a comment list, a step of two
# paragraphs, all on one line), and a quote inside one: those are unwrapped the same way.
_QUOTED_BLOCKS = "blockquote div, blockquote section, blockquote article, li p, li blockquote"
# htmlsport46: it joins a heading inside a list item to the item's text before it the same way ("<li><span>Pré-jogo
# </span><h3>Escalações</h3><p>…</p></li>": a live entry's time and its heading, "Pré-jogo Escalações"): the heading
# gets the breaks, and stays a heading (not unwrapped).
_ITEM_HEADINGS = "li h2, li h3, li h4, li h5, li h6"


def _has_text(node: LexborNode | None, side: int) -> bool:
    """Whether some sibling from ``node`` on (1: the next ones, -1: the previous ones) holds text."""
    while node is not None:
        text = (node.text_content if node.is_text_node else node.text(deep=True)) or ""
        if text.strip():
            return True
        node = node.next if side > 0 else node.prev
    return False


def _unwrap_quoted_blocks(tree: LexborHTMLParser, keep: list[LexborNode | None]) -> None:
    """Unwrap the blocks inside quotes, a <br> at each edge that text stands beside (see
    ``_QUOTED_BLOCKS``); the nodes in ``keep`` (the prose block, a thread's posts) only get the breaks."""
    body = tree.body
    if body is None:
        return
    kept = {n.mem_id for n in keep if n is not None}
    for node in reversed(body.css(f"{_QUOTED_BLOCKS}, {_ITEM_HEADINGS}")):  # the innermost first (htmlsport46)
        # the breaks go inside the block: the extractor may join a block's text to the text before
        # it across a <br> outside it, not across one inside
        if _has_text(node.next, 1):
            node.insert_child(_new_break())
        if _has_text(node.prev, -1):
            first = node.first_child
            if first is None:
                node.insert_child(_new_break())
            else:
                first.insert_before(_new_break())
        if node.mem_id not in kept and node.tag not in HEADINGS:  # (a kept block keeps its element and gets the breaks)
            node.unwrap()


def _new_break() -> LexborNode:
    br = LexborHTMLParser("<br>").css_first("br")
    assert br is not None
    return br


#: htmloldweb51: the reason of a layout table's bar that goes (:func:`.oldweb.layout_chrome`).
_LAYOUT_BAR = "a layout table's row or bar beside the article's, no sentence in it"


def prune(
    tree: LexborHTMLParser,
    explain: bool = False,
    titles: set[str] | None = None,
    max_share: float = 0.5,
    budget: Budget | None = None,
    url: str | None = None,
) -> Pruned:
    """Remove residue elements from ``tree`` in place; say what went (texts only if ``explain``).

    ``budget``: the document's time limit (:class:`~cleaner.errors.Timeout` once it has passed).
    ``url``: the page's address (links to the same site are judged apart from others).
    """
    unfold_layout_tables(tree)  # htmlmail51
    fields = email_fields(tree)
    prompts = _button_pairs(tree)
    disclosure_questions(tree)  # htmlinbox56
    removals = strip_always(tree, explain, budget)
    _keep_tails_apart(tree)
    _drop_code_anchors(tree)
    decision = decide(tree, max_share, budget, url, fields, prompts)
    page = decision.page
    if page is None:
        _break_code_in_items(tree)  # htmldocs45
        _unwrap_quoted_blocks(tree, [])
        return Pruned(removals, None)
    unhide_article(page)  # htmlpaywall53
    for i in decision.embeds:
        # the extractor must not drop embedded posts for their names ("social-media-embed")
        attrs = page.nodes[i].attrs
        for name in ("class", "id", "hidden", "aria-hidden"):
            if name in attrs:
                del attrs[name]
    for i in decision.notes:
        _drop_box_names(page.nodes[i])  # htmldocs45: the extractor drops a part named "-icon", "message"
    block_node = page.block_node
    if decision.leads and block_node is not None and block_node.child is not None:
        first = block_node.child
        for i in decision.leads:
            first.insert_before(page.nodes[i])  # a copy: the header's own goes with the header
            page.nodes[i].replace_with(" ")
    for i, family, reason in decision.chosen:
        node = page.nodes[i]
        if explain:
            text = normalize_space(node.text(separator=" "))
            removals.append(DomRemoval(family, reason, _describe(node), text))
        # a space keeps the text on either side apart: "voted.<div>ad</div>the." is not "voted.the."
        node.replace_with(" ")
    for node in layout_chrome(block_node):  # htmloldweb51: an old page's masthead, date bar, footer bar
        if explain:
            text = normalize_space(node.text(separator=" "))
            removals.append(DomRemoval("chrome", _LAYOUT_BAR, _describe(node), text))
        node.replace_with(" ")
    if page.block >= 0:
        _unwrap_list_links(page, site_host(url))
    scope = article_scope(page, _article_root(page))
    if scope >= 0:
        _presentation_tables(page.nodes[scope])  # htmldocs45
        unwrap_row_links(page.nodes[scope])  # htmlevents52
    for i in reversed(decision.asides):
        # the extractor drops every <aside>: the article's own (a fact box) goes to it as a <div>
        node = page.nodes[i]
        inner = _cells_as_paragraphs(node) if node.tag == "table" else _as_blocks(node)
        div = LexborHTMLParser(f"<div>{inner}</div>").css_first("div")
        if div is not None:
            node.replace_with(div)
    if titles:
        removals.extend(drop_headline(tree, titles, explain, budget, page))
    thread = decision.thread
    built = page.nodes[decision.built_root] if decision.built_root >= 0 else None
    posts = [page.nodes[i] for i in thread.posts] if thread is not None else []
    root = page.nodes[thread.root] if thread is not None else None
    _break_code_in_items(tree)  # htmldocs45
    _unwrap_quoted_blocks(tree, [page.block_node, built, root, *posts])  # after the removals: see there
    return Pruned(removals, page.block_node, posts, root, built)
