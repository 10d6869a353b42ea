"""Residue inside the prose block, judged by shape and by where links go (the same site or another):
teaser boxes, labelled teaser paragraphs, "More on this topic" lists, tables of contents, and
sign-up boxes found by the e-mail field they held; with the page's host (:func:`site_host`) and the
limits the DOM pass's form-less sign-up boxes share. See :mod:`.dom` for how it is used."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .page import HEADINGS, INLINE_TAGS, LIST_LIKE, Page

EMPTY_IDS: frozenset[int] = frozenset()

#: A paragraph of the article body that is all link ("READ MORE: ...", an inline teaser).
TEASER_LINK_DENSITY = 0.95
TEASER_MIN_WORDS = 3

#: A sign-up box without a form: a small container whose button is a link to a sign-up page.
#: The box holds at most this many characters ...
SIGNUP_BOX_CHARS = 300
#: ... and the button link at most this many words.
SIGNUP_BUTTON_WORDS = 5
URL_SCHEME_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", re.I)

# --- residue inside the prose block: judged by shape, with the site's own links ----------

#: A teaser box inside the article: a container of at most this many characters ...
TEASER_BOX_CHARS = 300
#: ... at least this share of them in links, all to one page of the same site ...
TEASER_BOX_LINK_SHARE = 0.25
#: ... its link of at least ``TEASER_MIN_WORDS`` words standing alone (a headline), after a
#: label of at most this many words (or none).
TEASER_LABEL_WORDS = 5
#: A labelled teaser paragraph ("Read also: <a>headline</a>") holds at most this many characters.
TEASER_PARAGRAPH_CHARS = 250
#: A list of links under a heading inside the article: each item one link to the same site, the
#: heading at most this many words; the list at most this share of the prose block's text.
RELATED_HEADING_WORDS = 8
RELATED_LIST_SHARE = 0.5
#: A table of contents: at least this many links to places on the page, this share of its text
#: in links, and a title of at most ``TOC_TITLE_CHARS`` characters beside the list.
TOC_MIN_LINKS = 2
TOC_LINK_SHARE = 0.7
TOC_TITLE_CHARS = 40
_BOX_TAGS = frozenset({"div", "section", "aside", "figure", "article"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_BLOCK_IN_LINK = "div, p, h1, h2, h3, h4, h5, h6, figure, section"


def site_host(url: str | None) -> str:
    """The page's host, lower-cased, without ``www.`` ("" when unknown)."""
    if not url:
        return ""
    m = URL_SCHEME_HOST.match(url.strip())
    return _bare_host(m.group()) if m else ""


def _bare_host(scheme_host: str) -> str:
    host = scheme_host.rsplit("/", 1)[-1].rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host


def _same_site(href: str, host: str) -> bool:
    """Whether ``href`` goes to another page of the site: a relative address, or one on ``host``.
    Fragments, ``mailto:`` and the like are not pages; without a host, absolute addresses are
    taken as another site's (a teaser links inside the site, a reference mostly outside it)."""
    h = href.strip()
    if not h or h[0] in "#?":
        return False
    if h.startswith("//") or _SCHEME.match(h):
        m = URL_SCHEME_HOST.match(h)
        return bool(host and m and _bare_host(m.group()) == host)
    return True


def subtree_end(page: Page, root: int) -> int:
    """One past the last element inside ``root`` (pre-order: its descendants follow it)."""
    parent = page.parent
    j = root + 1
    n = len(parent)
    while j < n:
        p = parent[j]
        while p > root:
            p = parent[p]
        if p != root:
            break
        j += 1
    return j


def _links_of(page: Page, i: int) -> list[int]:
    index = page.index
    return [index[a.mem_id] for a in page.nodes[i].css("a") if a.mem_id in index]


def stands_alone(page: Page, a: int) -> bool:
    """Link ``a`` is a headline: the whole of its block, inside a heading, or holding blocks."""
    b = page.block_above(a)
    if b > 0 and (page.text[b] == page.text[a] or page.tags[b] in HEADINGS):
        return True
    return page.nodes[a].css_first(_BLOCK_IN_LINK) is not None


def bare_child(page: Page, i: int, b: int) -> bool:
    """Whether link ``i`` sits in container ``b`` with no loose text beside it (only blocks)."""
    node = page.nodes[b]
    child = node.child
    while child is not None:
        if child.is_text_node:
            if (child.text_content or "").strip():
                return False
        elif page.index.get(child.mem_id) != i and (child.tag or "") in INLINE_TAGS:
            return False
        child = child.next
    return True


def _one_page_links(page: Page, links: list[int], host: str) -> str | None:
    """The one same-site page all ``links`` go to (None when there are several, or other sites)."""
    target = None
    for a in links:
        href = (page.attrs[a].get("href") or "").strip()
        if not _same_site(href, host):
            return None
        href = href.split("#", 1)[0].rstrip("/")
        if target is None:
            target = href
        elif href != target:
            return None
    return target


def _teaser_box(page: Page, i: int, host: str) -> bool:
    """A small box of the article holding one teaser: a label (or none), a headline linking to
    another page of the site, a short description ("Read also: <a><h4>...</h4></a><p>...</p>")."""
    size = page.text[i]
    if size > TEASER_BOX_CHARS or page.links[i] < TEASER_BOX_LINK_SHARE * size:
        return False
    node = page.nodes[i]
    if node.css_first("ul, ol, table, blockquote") is not None:
        return False
    links = _links_of(page, i)
    if not links or _one_page_links(page, links, host) is None:
        return False
    main = max(links, key=page.text.__getitem__)
    words = page.nodes[main].text(separator=" ").split()
    if len(words) < TEASER_MIN_WORDS:
        return False
    # a headline: standing alone, or a bare child of the box beside blocks only (its label in a
    # block of its own: "<div><div>Read also</div><a>headline</a></div>")
    if not (stands_alone(page, main) or bare_child(page, main, page.block_above(main))):
        return False
    before = node.text(separator=" ").split(words[0], 1)[0]
    return len(before.split()) <= TEASER_LABEL_WORDS


def _labelled_teaser(page: Page, i: int, host: str) -> bool:
    """A paragraph of the article that is a label and one link to another page of the site and
    nothing else: "<b>Read also:</b> <a>headline</a>" (a label ends in a colon or is bold)."""
    node = page.nodes[i]
    label: list[str] = []
    bold = False
    link = -1
    child = node.child
    while child is not None:
        if child.is_text_node:
            text = (child.text_content or "").strip()
        else:
            ctag = child.tag or ""
            if ctag == "a":
                if link >= 0:
                    return False
                link = page.index.get(child.mem_id, -1)
                child = child.next
                continue
            if ctag not in INLINE_TAGS:
                return False
            text = child.text(separator=" ").strip()
            if text and link < 0 and ctag in ("b", "strong", "em", "span"):
                bold = True
        if text:
            if link >= 0:
                return False  # text after the link: a sentence
            label.append(text)
        child = child.next
    if link < 0 or not label:
        return False
    joined = " ".join(label)
    if len(joined.split()) > TEASER_LABEL_WORDS - 1 or not (bold or joined.endswith(":")):
        return False
    if len(page.nodes[link].text(separator=" ").split()) < TEASER_MIN_WORDS:
        return False
    return _one_page_links(page, [link], host) is not None


def _heading_before(page: Page, i: int) -> int:
    """The element just before list ``i`` when it is a heading for it: a heading, or a short
    paragraph all in bold ("<p><strong>More on this topic</strong></p>"), with no link (-1 if none)."""
    prev = page.nodes[i].prev
    while prev is not None and ((prev.is_text_node and not (prev.text_content or "").strip()) or prev.is_comment_node):
        prev = prev.prev
    if prev is None or prev.is_text_node:
        return -1
    h = page.index.get(prev.mem_id, -1)
    if h < 0 or page.links[h] or not page.text[h]:
        return -1
    tag = page.tags[h]
    if tag not in HEADINGS:
        if tag not in ("p", "div"):
            return -1
        strong = prev.css_first("strong, b")
        if strong is None or len(strong.text().strip()) != page.text[h]:
            return -1
    if len(prev.text(separator=" ").split()) > RELATED_HEADING_WORDS:
        return -1
    return h


def related_list(page: Page, i: int, host: str) -> bool:
    """A list of the article whose every item is one link to another page of the site, each a
    headline of a few words ("More on this topic")."""
    node = page.nodes[i]
    items = [c for c in node.iter() if c.tag == "li"]
    if len(items) < 2:
        return False
    links = _links_of(page, i)
    if len(links) != len(items):
        return False
    for a in links:
        href = page.attrs[a].get("href") or ""
        if not _same_site(href, host) or len(page.nodes[a].text(separator=" ").split()) < TEASER_MIN_WORDS:
            return False
    return True


def _toc_lists(page: Page, jumps: list[int]) -> list[int]:
    """Tables of contents among the links to places on the page (``jumps``): the list (or box)
    holding at least ``TOC_MIN_LINKS`` of them and nothing else but a short title, the places
    being on the page."""
    count: dict[int, int] = {}
    for a in jumps:
        c = page.block_above(a)
        if page.tags[c] in LIST_LIKE:
            c = page.parent[c]
        count[c] = count.get(c, 0) + 1
    out: list[int] = []
    ids: set[str] | None = None
    for c, n in count.items():
        if n < TOC_MIN_LINKS or c in page.protected or page.links[c] < TOC_LINK_SHARE * page.text[c]:
            continue
        links = _links_of(page, c)
        if len(links) != n:
            continue
        if ids is None:
            ids = {v for a in page.attrs for k in ("id", "name") if (v := a.get(k))}
        if sum((page.attrs[a].get("href") or "")[1:] in ids for a in links) * 2 < n:
            continue
        cur = c
        up = page.parent[cur]
        while up > 0 and up not in page.protected and page.text[up] - page.text[cur] <= TOC_TITLE_CHARS:
            cur = up
            up = page.parent[cur]
        out.append(cur)
    return out


def body_residue(page: Page, host: str, article: int = -1) -> dict[int, tuple[str, str]]:
    """Residue inside the article, by shape: teaser boxes and labelled teaser paragraphs,
    lists of links to the site's other pages under a heading, tables of contents.

    ``article``: the ``<article>`` element around the prose block (see :func:`~.dom._article_root`),
    looked through whole: an article written as one element per paragraph ("<div class=col><p>")
    has its prose block in one of them, its teasers in others. Else the prose block alone."""
    out: dict[int, tuple[str, str]] = {}
    block = page.block
    if block < 0:
        return out
    if article >= 0 and article != block and page.tags[article] == "article":
        block = article
    end = subtree_end(page, block)
    tags, links, text = page.tags, page.links, page.text
    jumps: list[int] = []
    skip = -1
    for j in range(block + 1, end):
        if not links[j]:
            continue  # nothing below holds a link either
        tag = tags[j]
        if tag == "a":
            href = page.attrs[j].get("href")
            if href and len(href) > 1 and href[0] == "#":
                jumps.append(j)
            continue
        if j < skip:
            continue
        if tag in _BOX_TAGS and text[j] <= TEASER_BOX_CHARS and _teaser_box(page, j, host):
            out[j] = ("related", "teaser box inside the article (a headline linking to another page of the site)")
            skip = subtree_end(page, j)
        elif tag in ("p", "div"):  # (a <div> of inline content only is a paragraph)
            if text[j] <= TEASER_PARAGRAPH_CHARS and links[j] * 2 >= text[j] and _labelled_teaser(page, j, host):
                out[j] = ("related", "labelled teaser link inside the article")
                skip = subtree_end(page, j)
        elif (
            tag in ("ul", "ol")
            and links[j] >= TEASER_LINK_DENSITY * text[j]
            and text[j] <= RELATED_LIST_SHARE * text[block]
        ):
            h = _heading_before(page, j)
            if h >= 0 and related_list(page, j, host):
                reason = "list of links to the site's other pages under a heading, inside the article"
                out[h] = out[j] = ("related", reason)
                skip = subtree_end(page, j)
    if len(jumps) >= TOC_MIN_LINKS:
        for c in _toc_lists(page, jumps):
            out[c] = ("links", "table of contents (links to places on the page)")
    return out


def largest_box(page: Page, start: int, limit: int) -> int:
    """The largest of ``start`` and its ancestors, short of a protected one and the root, whose text is at most
    ``limit`` characters: the box a button, field or link stands in (widgets keep their few words close around
    it; the article around them is longer). -1 when ``start`` is none (-1) or longer itself."""
    box = -1
    cur = start
    while cur > 0 and cur not in page.protected and page.text[cur] <= limit:
        box = cur
        cur = page.parent[cur]
    return box


def field_boxes(page: Page, fields: frozenset[int]) -> set[int]:
    """Sign-up boxes by their e-mail field (found before form controls were stripped): the largest
    element around the field of at most ``SIGNUP_BOX_CHARS``, outside the prose block's path."""
    out: set[int] = set()
    for mid in fields:
        box = largest_box(page, page.index.get(mid, -1), SIGNUP_BOX_CHARS)
        if box >= 0 and page.text[box]:
            out.add(box)
    return out


_EMAIL_FIELD = "input[type=email], input[type=EMAIL], input[name*=mail], input[name*=MAIL]"


def email_fields(tree: LexborHTMLParser) -> frozenset[int]:
    """``mem_id`` of the elements holding an e-mail field (the fields go with the form controls)."""
    body = tree.body
    if body is None:
        return EMPTY_IDS
    return frozenset(p.mem_id for f in body.css(_EMAIL_FIELD) if (p := f.parent) is not None)
