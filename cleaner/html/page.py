"""One walk of a page's ``<body>`` (:class:`Page`): every element's tag, attributes, parent, and how
much text, link text and prose lies inside it; the prose block is read off it. The DOM pass
(:mod:`.dom`) decides every removal on it."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from .budget import Budget
from .names import element_names

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "wbr", "nobr", "label",
    }
)
PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "li", "dt", "dd", "td", "th", "figcaption"}
)
LIST_LIKE = frozenset({"li", "dt", "dd", "td", "th"})
#: The time limit is checked once per this many + 1 nodes walked (a power of two, minus one).
CHECK_EVERY = 4095
#: A table cell's text counts a third (menus, data tables), not a sentence of this many characters at least that
#: ends the text (a post laid out in a table's cell, its lines apart by ``<br>``: a forum's, an old page's).
CELL_SENTENCE = 25
_ENDS = frozenset(".!?。！？")
#: A prose block outside any comment section wins over a longer one inside, from this size.
MIN_OUTSIDE_COMMENTS = 150
#: A post written as one ``<div>`` per line (a blog editor's, Ameba's, Blogger's): this many sibling ``<div>``s of
#: text alone count toward their parent, as paragraphs do (htmlblog45).
LINE_DIVS = 3
#: ... on a page where no element holds this much prose of its own (else the block is found as it was).
LINE_PAGE_PROSE = 200
#: htmlnextgen45: a cookie or consent notice holding less than this share of the page's prose is never the block.
CONSENT_MAX_SHARE = 0.5


def lift_line_divs(tags: list[str], parent: list[int], prose: list[int], has_block: list[bool]) -> None:
    """Count the prose of a ``<div>`` holding text alone (no block inside) toward its parent, as a ``<p>``'s,
    where the parent holds ``LINE_DIVS`` of them at least and none holds half their prose: a post written a
    ``<div>`` per line is one block (its lines' parent), not the longest of its lines (a footer's two ``<p>``s
    outweighed each). Only on a page where no element holds ``LINE_PAGE_PROSE`` of prose: a news page of
    paragraphs each a ``<div>``, in two containers (the second a "read all"), keeps its block as it was. A ``<div>``
    of text (``<div>text<br>text</div>``) beside a section label, a date and a title in ``<div>``s of their own
    stays the block (htmlblog45)."""
    if max(prose, default=0) >= LINE_PAGE_PROSE:
        return  # an element holds a block's prose already (a news page's paragraphs, each a <div>: CNN's)
    count: dict[int, int] = {}
    held: dict[int, int] = {}
    most: dict[int, int] = {}
    for i, tag in enumerate(tags):
        p = parent[i]
        if tag == "div" and prose[i] and not has_block[i] and p >= 0:
            count[p] = count.get(p, 0) + 1
            held[p] = held.get(p, 0) + prose[i]
            most[p] = max(most.get(p, 0), prose[i])
    lifted = {p for p, n in count.items() if n >= LINE_DIVS and 2 * most[p] <= held[p]}
    if not lifted:
        return
    for i, tag in enumerate(tags):
        p = parent[i]
        if tag == "div" and prose[i] and not has_block[i] and p in lifted:
            prose[p] += prose[i]
            prose[i] = 0


class Page:
    """One pre-order walk of ``<body>``: every element with its tag, attributes, parent, and
    how much text, link text and prose lies inside it.

    Each text node counts its length toward the element holding it, and as link text
    when an ``<a>`` encloses it. As *prose* it counts toward its block (the nearest
    non-inline ancestor), or the block's parent when the block is a paragraph, so the
    *prose block* is the element whose paragraphs (or own text, for
    ``<div>text<br>text</div>`` pages) hold the most text. Link text is not prose (menus
    are links); list items and cells count a third (menus and data tables are weaker
    evidence of an article). A block inside a comment section is only chosen when no
    block of some size lies outside one: a long reader comment must not outweigh a
    short post.
    """

    __slots__ = (
        "attrs", "block", "index", "inside", "links", "nodes", "parent", "protected", "tags", "text", "total",
    )

    def __init__(
        self,
        body: LexborNode,
        comment_keys: frozenset[str] = frozenset(),
        budget: Budget | None = None,
        consent_keys: frozenset[str] = frozenset(),
    ) -> None:
        nodes: list[LexborNode] = []
        tags: list[str] = []
        attrs: list[dict[str, str | None]] = []
        parent: list[int] = []
        block_of: list[int] = []
        in_link: list[bool] = []
        has_block: list[bool] = []
        index: dict[int, int] = {}
        text = [0]
        links = [0]
        prose: list[int] = []
        walked = 0
        for node in body.traverse(include_text=True):
            walked += 1
            if budget is not None and not walked & CHECK_EVERY:
                budget.check("part of the DOM pass")
            if node.is_text_node:
                value = node.text_content
                if not value or value.isspace():
                    continue
                owner = node.parent
                if owner is None:
                    continue
                i = index.get(owner.mem_id)
                if i is None:
                    continue
                size = len(value.strip())
                text[i] += size
                if in_link[i]:
                    links[i] += size
                    continue
                b = block_of[i]
                btag = tags[b]
                if btag == "td" and size >= CELL_SENTENCE and value.rstrip()[-1] in _ENDS:
                    prose[b] += size  # a post laid out in a cell: the cell holds it, as a <div> would
                elif btag in PARAGRAPH_TAGS and parent[b] >= 0:
                    prose[parent[b]] += size // 3 if btag in LIST_LIKE else size
                else:
                    prose[b] += size
                continue
            i = len(nodes)
            up = node.parent
            p = index.get(up.mem_id, -1) if (up is not None and i) else -1
            tag = node.tag or ""
            a = node.attributes
            index[node.mem_id] = i
            nodes.append(node)
            tags.append(tag)
            attrs.append(a)
            parent.append(p)
            block_of.append(block_of[p] if (p >= 0 and tag in INLINE_TAGS) else i)
            in_link.append(tag == "a" or (p >= 0 and in_link[p]))
            has_block.append(False)
            if p >= 0 and tag not in INLINE_TAGS and tag != "br":
                has_block[p] = True
            if i:
                text.append(0)
                links.append(0)
            prose.append(0)
        n = len(nodes)
        lift_line_divs(tags, parent, prose, has_block)  # htmlblog45
        inside = list(prose)
        for i in range(n - 1, 0, -1):
            p = parent[i]
            if p >= 0:
                text[p] += text[i]
                links[p] += links[i]
                inside[p] += inside[i]
        self.nodes, self.tags, self.attrs, self.parent = nodes, tags, attrs, parent
        self.index = index
        self.text, self.links, self.inside = text, links, inside
        self.total = inside[0] if n else 0
        self.block: int = -1
        self.protected: frozenset[int] = frozenset()
        if not n or not self.total:
            return
        order = sorted(range(n), key=prose.__getitem__, reverse=True)
        best = order[0]
        if comment_keys and any(not comment_keys.isdisjoint(self.names(j)) for j in self.ancestors(best, True)):
            in_named = self._in_named(comment_keys)
            if in_named[best]:
                for cand in order[1:]:
                    if prose[cand] < MIN_OUTSIDE_COMMENTS:
                        break
                    if not in_named[cand]:
                        best = cand
                        break
        if consent_keys:
            best = self._outside_consent(best, order, prose, consent_keys)
        self.block = best
        self.protected = frozenset(self.ancestors(best, include_self=True))

    def _outside_consent(self, best: int, order: list[int], prose: list[int], keys: frozenset[str]) -> int:
        """htmlnextgen45: the prose block, not a cookie or consent notice's paragraph. On a page of short
        paragraphs (a live blog's entries) the notice's one long paragraph holds the most prose, and the
        block's way up is never removed: the notice stays and the article is looked for around it. When
        ``best`` lies in an element named by ``keys`` holding less than ``CONSENT_MAX_SHARE`` of the page's
        prose (an article wrapped in such a name holds most of it), the next block outside one is taken."""
        named = [j for j in self.ancestors(best, True) if not keys.isdisjoint(self.names(j))]
        if not named or max(self.inside[j] for j in named) >= CONSENT_MAX_SHARE * self.total:
            return best
        in_named = self._in_named(keys)
        for cand in order:
            if not prose[cand]:
                break
            if not in_named[cand]:
                return cand
        return best

    def block_above(self, i: int) -> int:
        """The nearest ancestor of element ``i`` that is no inline element (-1 or 0 at the top)."""
        b = self.parent[i]
        while b > 0 and self.tags[b] in INLINE_TAGS:
            b = self.parent[b]
        return b

    def ancestors(self, i: int, include_self: bool = False) -> list[int]:
        out = [i] if include_self else []
        p = self.parent[i]
        while p >= 0:
            out.append(p)
            p = self.parent[p]
        return out

    def names(self, i: int) -> frozenset[str]:
        """Lookup keys of element ``i``'s class and id (see :func:`name_keys`)."""
        return element_names(self.attrs[i])

    def _in_named(self, wanted: frozenset[str]) -> list[bool]:
        """Per element: whether it or an ancestor has one of the ``wanted`` names (one pass,
        parents come before children; climbing from each element would be quadratic on deep pages)."""
        out = [False] * len(self.nodes)
        for i, p in enumerate(self.parent):
            out[i] = (p >= 0 and out[p]) or not wanted.isdisjoint(self.names(i))
        return out

    def link_density(self, i: int) -> tuple[int, float]:
        """Characters of text inside element ``i`` and the share of them in links."""
        total = self.text[i]
        return total, (self.links[i] / total if total else 0.0)

    def share(self, i: int) -> float:
        """Share of the page's prose inside element ``i``."""
        return self.inside[i] / self.total if self.total else 0.0

    @property
    def block_node(self) -> LexborNode | None:
        return self.nodes[self.block] if self.block >= 0 else None


def subtree_end(page: Page, i: int) -> int:
    """The index after ``i``'s last descendant (the walk is in document order: a descendant's parent is ``i`` or
    after it)."""
    j = i + 1
    n = len(page.tags)
    parent = page.parent
    while j < n and parent[j] >= i:
        j += 1
    return j
