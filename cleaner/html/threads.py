"""Threads: pages whose article is a run of posts (a question and its answers, a forum thread, an
issue and its comments).

On such a page the prose block is one post (the longest answer), and the other posts sit far from
it in the tree, each in its own container with votes, a user card, share links and comments, so
the split-article logic (:func:`~cleaner.html.extract.article_chunks`, a few levels around the
block) does not reach them, and the extractor keeps one post. A *thread* is read off the page's
shape, not its names: the block's element (same tag and class) repeats far from it, each repeat
holding prose, and each in a container that also says who wrote it and when (an author, a user
card, a time: ``[posts]`` in ``rules.toml``).

What keeps a page's other prose out (a reader comment under a news article, the next article of
an endless page, an "about us" box): a repeat is a post only when

* nothing on its way up to where it meets the block is named residue (comment section, related
  list, sidebar, hidden...) that the block's way up is not named too: reader comments are residue
  beside an article, but an issue's comments are the issue's peers (the opening post is named
  "comment" as well);
* its container (below where it meets the block) holds no ``<h1>``: the next article's headline;
* it holds ``MIN_POST_PROSE`` characters of prose at least, mostly outside links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from .names import Vocabulary
from .page import Page

#: A page whose block's element repeats this often or more is a list, not a thread.
MAX_POSTS = 300
#: A post holds this much prose (characters outside links) at least ...
MIN_POST_PROSE = 30
#: ... and at most this share of its text in links.
POST_MAX_LINK_DENSITY = 0.5
#: Beside a post, inside its own container, an element with less prose than this is the post's
#: chrome (a vote count, "Share Edit Follow", a user card, "Sorted by:").
POST_CHROME_PROSE = 40

Verdict = Callable[[int], tuple[str, str] | None]


@dataclass(slots=True)
class Thread:
    """The posts (element indices, page order, the block among them), the element holding them
    all, and every element on the way from a post up to it (the posts included)."""

    posts: list[int]
    root: int
    path: frozenset[int]


def _signature(attrs: dict[str, str | None]) -> str:
    cls = attrs.get("class")
    return " ".join(cls.split()) if cls else ""


def _flags(page: Page, vocab: Vocabulary) -> tuple[list[bool], list[bool]]:
    """Per element: whether it holds an ``<h1>``, and whether it holds a post's author or time."""
    n = len(page.nodes)
    h1 = [False] * n
    meta = [False] * n
    for i in range(n - 1, -1, -1):
        tag = page.tags[i]
        if tag == "h1":
            h1[i] = True
        if not meta[i]:
            attrs = page.attrs[i]
            if tag in vocab.post_tags:
                meta[i] = True
            elif attrs:
                prop = (attrs.get("itemprop") or "").lower().split()
                meta[i] = not vocab.post_itemprops.isdisjoint(prop) or not vocab.post_keys.isdisjoint(page.names(i))
        p = page.parent[i]
        if p >= 0:
            h1[p] = h1[p] or h1[i]
            meta[p] = meta[p] or meta[i]
    return h1, meta


def _families(chain: list[int], verdict: Verdict) -> set[str]:
    out: set[str] = set()
    for j in chain:
        v = verdict(j)
        if v is not None and v[0] != "embed":
            out.add(v[0])
    return out


def find_thread(page: Page, vocab: Vocabulary, verdict: Verdict) -> Thread | None:
    """The page's thread (see the module's doc), or None: the prose block's element repeated as posts."""
    b = page.block
    if b < 0:
        return None
    sig = _signature(page.attrs[b])
    if not sig:
        return None
    tag = page.tags[b]
    same = [i for i, t in enumerate(page.tags) if t == tag and i != b and _signature(page.attrs[i]) == sig]
    if not same or len(same) >= MAX_POSTS:
        return None
    up = page.ancestors(b)
    depth_of = {a: k for k, a in enumerate(up)}  # the block's ancestor -> levels above it
    repeats = {b, *same}
    if not repeats.isdisjoint(up):
        return None  # a repeat around the block
    candidates: list[tuple[int, int]] = []  # (repeat, where it meets the block)
    for i in same:
        chain = page.ancestors(i)
        if not repeats.isdisjoint(chain):
            return None  # repeats inside repeats: a layout class ("row", "content"), not posts side by side
        _, density = page.link_density(i)
        if page.inside[i] < MIN_POST_PROSE or density > POST_MAX_LINK_DENSITY:
            continue
        meet = next((a for a in chain if a in depth_of), -1)
        if meet < 0:
            continue
        candidates.append((i, meet))
    if not candidates:
        return None
    h1, meta = _flags(page, vocab)
    posts = [b]
    root = -1
    for i, meet in candidates:
        below = page.ancestors(i)
        below = below[: below.index(meet)]
        top = below[-1] if below else i
        block_below = up[: depth_of[meet]]
        block_top = block_below[-1] if block_below else b
        if h1[top] or not meta[top] or not meta[block_top]:
            continue
        if not _families([i, *below], verdict) <= _families([b, *block_below], verdict):
            continue
        posts.append(i)
        if root < 0 or depth_of[meet] > depth_of[root]:
            root = meet
    if root < 0:
        return None
    posts.sort()
    path: set[int] = set()
    for i in posts:
        cur = i
        while cur != root and cur >= 0:
            path.add(cur)
            cur = page.parent[cur]
    return Thread(posts, root, frozenset(path))


def post_chrome(page: Page, thread: Thread) -> set[int]:
    """What sits beside a thread's posts inside their own containers (a child of an element on the
    way from a post up to the thread's root, not on that way itself) and holds less than
    ``POST_CHROME_PROSE`` characters of prose, or mostly links: votes, user cards, "Share Edit
    Follow", "Sorted by:", the count of answers."""
    out: set[int] = set()
    posts = set(thread.posts)
    for j in range(len(page.nodes)):
        p = page.parent[j]
        if p < 0 or p not in thread.path or p in posts or j in thread.path:
            continue
        _, density = page.link_density(j)
        if page.inside[j] < POST_CHROME_PROSE or density > POST_MAX_LINK_DENSITY:
            out.add(j)
    return out


#: Beside a post, a heading makes up this share of its container's text at least to be the entry's title.
ENTRY_TITLE_SHARE = 0.5
_ENTRY_HEADINGS = "h2, h3, h4, h5, h6"


def entry_titles(page: Page, thread: Thread) -> set[int]:
    """A live blog's entry titles: beside an entry's post, in a container of its own inside the
    entry ("<div class=block-header><time>9.40am</time><h2>Trains suspended</h2></div>"), a heading
    (``<h2>``..``<h6>``) holding no link that makes up ``ENTRY_TITLE_SHARE`` of the container's text
    at least, its text unlike every other such heading's; ``ENTRY_TITLES`` of them at least. -> the
    containers and the elements down to their headings (neither chrome by their names nor the
    post's chrome). A forum's post titles are links to the post, or repeat ("Re: <topic>"), and the
    count of answers over a Q&A page's answers ("2 Answers") stands beside them all: the chrome
    still."""
    posts = set(thread.posts)
    holds: dict[int, int] = {}  # an element on the way up -> how many posts it holds
    for post in thread.posts:
        cur = post
        while cur in thread.path:
            holds[cur] = holds.get(cur, 0) + 1
            cur = page.parent[cur]
    found: list[tuple[str, list[int]]] = []
    for j in range(len(page.nodes)):
        p = page.parent[j]
        if p < 0 or holds.get(p) != 1 or p in posts or j in thread.path:
            continue
        size = page.text[j]
        if not size or page.nodes[j].css_first("h1") is not None:
            continue
        for heading in page.nodes[j].css(_ENTRY_HEADINGS):  # (the container itself among them)
            h = page.index.get(heading.mem_id)
            if h is None or page.links[h] or page.text[h] < ENTRY_TITLE_SHARE * size:
                continue
            above = set(page.ancestors(j))
            down = [k for k in page.ancestors(h, True) if k not in above]
            found.append((" ".join(heading.text(separator=" ").split()), down))
            break
    seen: dict[str, int] = {}
    for text, _ in found:
        seen[text] = seen.get(text, 0) + 1
    titles = [down for text, down in found if seen[text] == 1]
    if len(titles) < ENTRY_TITLES:
        return set()
    return {k for down in titles for k in down}


#: A page shows this many entry titles at least (one heading beside one post is the thread's, not an entry's).
ENTRY_TITLES = 2


def quote_heads(page: Page, thread: Thread) -> set[int]:
    """In a thread's posts, the header that opens a quote of another post: the quoted post's header,
    the post's chrome (the quoted words stay). Either a ``<cite>`` ("<blockquote><cite>Jane wrote: ↑
    7:44 pm</cite>Is this normal…"), or the quote's first element when it is a short line ending in a
    colon ("<div class=attribution>Jane a dit :</div>", a forum's quote box: a ``<blockquote>`` or an
    element named "quote") over words another post holds too (the post it quotes). Only with the quote's
    words after it and no text before it."""
    out: set[int] = set()
    said: list[str] | None = None  # the posts' words, read once when a quote box asks
    for post in thread.posts:
        for quote in page.nodes[post].css("blockquote, [class*=quote], [class*=Quote]"):
            if quote.tag != "blockquote":
                k = page.index.get(quote.mem_id)
                if k is None or "quote" not in page.names(k):
                    continue  # ("misquoted", "quotes-widget")
            cite = quote.css_first("cite")
            head_node = cite if cite is not None else _first_element(quote)
            if head_node is None:
                continue
            j = page.index.get(head_node.mem_id)
            head = " ".join(head_node.text(separator=" ").split())
            whole = " ".join(quote.text(separator=" ").split())
            if j is None or not head or not whole.startswith(head) or len(whole) <= len(head):
                continue
            if cite is None:
                if len(head) > QUOTE_HEAD_CHARS or not _HEAD_END.search(head):
                    continue
                # a quoted post repeats another post's words ("Before you call an engineer, check:" over a
                # list quoted from a manual is the quote's own first line)
                if said is None:
                    said = [" ".join(page.nodes[p].text(separator=" ").split()) for p in thread.posts]
                words = whole[len(head) :].strip()[:QUOTED_CHARS]
                if not words or sum(words in text for text in said) < 2:
                    continue
            out.add(j)
    return out


#: A quote's first element that is its header: at most this many characters, ending in a colon, ...
QUOTE_HEAD_CHARS = 80
#: ... over words (their first this many characters) that another post of the thread holds too.
QUOTED_CHARS = 60
_HEAD_END = re.compile(r":[\W_]*$")
_HEAD_TAGS = frozenset({"div", "span", "p", "b", "strong", "header", "small", "a"})


def _first_element(quote: LexborNode) -> LexborNode | None:
    """The quote's first child element when no text comes before it (None otherwise)."""
    child = quote.child
    while child is not None:
        if child.is_text_node:
            if (child.text_content or "").strip():
                return None
        elif not child.is_comment_node:
            return child if child.tag in _HEAD_TAGS else None
        child = child.next
    return None
