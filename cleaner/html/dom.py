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
  newsletters, social, related lists, ads, consent, widgets, article metadata, captions,
  navigation), class/id values split into words and word pairs (:func:`name_keys`);
* link lists: elements outside the article body whose text is mostly links;
* tag lists: the element holding ``rel="tag"`` / ``rel="category"`` links;
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
* the headline, when it repeats the page title (title is metadata, not body).

Guards keep the article: the *prose block* (the element whose paragraphs hold the most
prose, see :class:`Page`) and its ancestors are never removed, nor is any element holding
more than half the page's prose, whatever its names say ("comment-body",
"related-content" on the article container itself). Embedded posts ("twitter-tweet",
"social-media-embed", blockquotes) are content: never removed by name, and their names
are dropped so the extractor does not drop them either.

The pass parses nothing: it works on the selectolax (lexbor) tree the caller parsed
once, walks it once (:class:`Page`), decides every removal on the intact tree, then
replaces only the top-most chosen elements with a space (so the text on either side of
a removed element is not glued together).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..document import normalize_space
from .budget import Budget

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORD = re.compile(r"[a-z]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, slots=True)
class Family:
    """One residue family: the names that mark it and the reason given for a removal."""

    name: str
    reason: str
    tags: frozenset[str]
    tokens: frozenset[str]
    roles: frozenset[str]
    itemprops: frozenset[str]
    #: Elements with more text than this are not this family's (0: no bound).
    max_chars: int = 0


@dataclass(frozen=True, slots=True)
class Vocabulary:
    always: frozenset[str]
    chrome_tags: frozenset[str]
    chrome_roles: frozenset[str]
    chrome_reason: str
    families: tuple[Family, ...]
    by_token: dict[str, Family]
    token_set: frozenset[str]
    by_tag: dict[str, Family]
    by_role: dict[str, Family]
    by_itemprop: dict[str, Family]
    comment_keys: frozenset[str]
    consent_keys: frozenset[str]
    content_keys: frozenset[str]
    content_tags: frozenset[str]
    taxonomy_rels: frozenset[str]
    taxonomy_reason: str


@dataclass(frozen=True, slots=True)
class DomRemoval:
    """One element the DOM pass took out: which family, why, what it was, its text."""

    family: str
    reason: str
    element: str
    text: str


def _norm_entry(entry: str) -> str:
    return "-".join(_WORD.findall(_CAMEL.sub(r"\1 \2", entry).lower()))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The compiled tables of ``rules.toml`` (read once per process)."""
    data: dict[str, Any] = tomllib.loads(
        resources.files("cleaner.html").joinpath("rules.toml").read_text(encoding="utf-8")
    )
    families: list[Family] = []
    by_token: dict[str, Family] = {}
    by_tag: dict[str, Family] = {}
    by_role: dict[str, Family] = {}
    by_itemprop: dict[str, Family] = {}
    for name, spec in data["families"].items():
        fam = Family(
            name=name,
            reason=spec["reason"],
            tags=frozenset(spec.get("tags", ())),
            tokens=frozenset(_norm_entry(t) for t in spec.get("tokens", ())),
            roles=frozenset(spec.get("roles", ())),
            itemprops=frozenset(i.lower() for i in spec.get("itemprops", ())),
            max_chars=int(spec.get("max_chars", 0)),
        )
        families.append(fam)
        for tok in fam.tokens:
            by_token.setdefault(tok, fam)
        for tag in fam.tags:
            by_tag.setdefault(tag, fam)
        for role in fam.roles:
            by_role.setdefault(role, fam)
        for prop in fam.itemprops:
            by_itemprop.setdefault(prop, fam)
    chrome = data["chrome"]
    return Vocabulary(
        always=frozenset(data["always"]["tags"]),
        chrome_tags=frozenset(chrome["tags"]),
        chrome_roles=frozenset(chrome["roles"]),
        chrome_reason=chrome["reason"],
        families=tuple(families),
        by_token=by_token,
        token_set=frozenset(by_token),
        by_tag=by_tag,
        by_role=by_role,
        by_itemprop=by_itemprop,
        comment_keys=next((f.tokens for f in families if f.name == "comments"), frozenset()),
        consent_keys=next((f.tokens for f in families if f.name == "consent"), frozenset()),
        content_keys=frozenset(_norm_entry(t) for t in data["content"]["tokens"]),
        content_tags=frozenset(data["content"]["tags"]),
        taxonomy_rels=frozenset(data["taxonomy"]["rels"]),
        taxonomy_reason=data["taxonomy"]["reason"],
    )


@lru_cache(maxsize=4096)
def name_keys(value: str) -> frozenset[str]:
    """Lookup keys of a class/id value: its word tokens, and each adjacent pair joined.

    ``"relatedPosts widget_area"`` -> related, posts, related-posts, relatedposts, widget, area, ...
    Pairs are only joined inside one class name, never across two.
    """
    keys: set[str] = set()
    for name in value.split():
        words = _WORD.findall(_CAMEL.sub(r"\1 \2", name).lower())
        keys.update(words)
        for a, b in itertools.pairwise(words):
            keys.add(f"{a}-{b}")
            keys.add(a + b)
    return frozenset(keys)


def _names(attrs: dict[str, str | None]) -> frozenset[str]:
    cls = attrs.get("class")
    ident = attrs.get("id")
    if cls and ident:
        return name_keys(cls) | name_keys(ident)
    if cls:
        return name_keys(cls)
    if ident:
        return name_keys(ident)
    return frozenset()


_EMPTY: frozenset[str] = frozenset()


def _family_of_names(keys: frozenset[str], vocab: Vocabulary) -> tuple[Family, str] | None:
    hits = keys & vocab.token_set
    if not hits:
        return None
    # the family listed first in rules.toml wins; then the alphabetically first token
    fam, key = min(((vocab.by_token[k], k) for k in hits), key=lambda h: (vocab.families.index(h[0]), h[1]))
    return fam, key


def _describe(node: LexborNode) -> str:
    attrs = node.attributes
    parts = [node.tag or "?"]
    for name in ("id", "class", "role"):
        value = attrs.get(name)
        if value:
            parts.append(f'{name}="{normalize_space(value)[:80]}"')
    return "<" + " ".join(parts) + ">"


INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "wbr", "nobr", "label",
    }
)
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "li", "dt", "dd", "td", "th", "figcaption"}
)
_LIST_LIKE = frozenset({"li", "dt", "dd", "td", "th"})
#: The time limit is checked once per this many + 1 nodes walked (a power of two, minus one).
_CHECK_EVERY = 4095
#: A prose block outside any comment section wins over a longer one inside, from this size.
MIN_OUTSIDE_COMMENTS = 150


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
        self, body: LexborNode, comment_keys: frozenset[str] = frozenset(), budget: Budget | None = None
    ) -> None:
        nodes: list[LexborNode] = []
        tags: list[str] = []
        attrs: list[dict[str, str | None]] = []
        parent: list[int] = []
        block_of: list[int] = []
        in_link: list[bool] = []
        index: dict[int, int] = {}
        text = [0]
        links = [0]
        prose: list[int] = []
        walked = 0
        for node in body.traverse(include_text=True):
            walked += 1
            if budget is not None and not walked & _CHECK_EVERY:
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
                if btag in _PARAGRAPH and parent[b] >= 0:
                    prose[parent[b]] += size // 3 if btag in _LIST_LIKE else size
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
            if i:
                text.append(0)
                links.append(0)
            prose.append(0)
        n = len(nodes)
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
        self.block = best
        self.protected = frozenset(self.ancestors(best, include_self=True))

    def ancestors(self, i: int, include_self: bool = False) -> list[int]:
        out = [i] if include_self else []
        p = self.parent[i]
        while p >= 0:
            out.append(p)
            p = self.parent[p]
        return out

    def names(self, i: int) -> frozenset[str]:
        """Lookup keys of element ``i``'s class and id (see :func:`name_keys`)."""
        return _names(self.attrs[i])

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
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


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
    keys = _names(attrs) if attrs else _EMPTY
    if tag in vocab.content_tags or (
        keys and not keys.isdisjoint(vocab.content_keys) and keys.isdisjoint(vocab.consent_keys)
    ):
        return EMBED  # embedded content: article text whatever else its names say (not its consent stand-in)
    if keys:
        hit = _family_of_names(keys, vocab)
        if hit is not None:
            fam, key = hit
            if fam.name == "chrome" and (tag in _HEADINGS or (keys & vocab.token_set) <= parts):
                return None
            if fam.max_chars and page.text[i] > fam.max_chars:
                return None
            return (fam.name, f"{fam.reason} (class/id '{key}')")
    return None


EMBED = ("embed", "embedded content")

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


def _taxonomy_lists(page: Page, vocab: Vocabulary) -> set[int]:
    """Elements holding tag/category links (``rel="tag"``): tag lists."""
    out: set[int] = set()
    top: dict[int, int] = {}  # element -> where a climb through it ends (nested tag links share climbs)
    for i, tag in enumerate(page.tags):
        if tag != "a":
            continue
        rel = page.attrs[i].get("rel")
        if not rel or vocab.taxonomy_rels.isdisjoint(rel.lower().split()):
            continue
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


#: A sign-up box without a form: a small container whose button is a link to a sign-up page.
#: The box holds at most this many characters ...
SIGNUP_BOX_CHARS = 300
#: ... and the button link at most this many words.
SIGNUP_BUTTON_WORDS = 5
_URL_SCHEME_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", re.I)


def _href_keys(href: str) -> frozenset[str]:
    """Name keys of a link target's path (scheme, host, query and fragment dropped). Not through
    :func:`name_keys`' cache: paths are mostly unique and would push the class names out of it."""
    path = _URL_SCHEME_HOST.sub("", href.strip()).split("?", 1)[0].split("#", 1)[0]
    return name_keys.__wrapped__(path.replace("/", " ")) if path else _EMPTY



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
        words = len(page.nodes[i].text(separator=" ").split())
        if not words or words > SIGNUP_BUTTON_WORDS:
            continue
        b = page.parent[i]
        while b > 0 and page.tags[b] in INLINE_TAGS:
            b = page.parent[b]
        if b <= 0:
            continue
        if page.text[b] != page.text[i] and not _bare_child(page, i, b):
            continue  # a link inside a sentence
        box = -1
        cur = b
        while cur > 0 and cur not in page.protected and page.text[cur] <= SIGNUP_BOX_CHARS:
            box = cur
            cur = page.parent[cur]
        if box >= 0 and page.tags[box] not in _PARAGRAPH:
            out[box] = min(hits)
    return out


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
        words = len(page.nodes[i].text(separator=" ").split())
        if not words or words > SIGNUP_BUTTON_WORDS:
            continue
        b = page.parent[i]
        while b > 0 and page.tags[b] in INLINE_TAGS:
            b = page.parent[b]
        if b > 0 and (page.text[b] == page.text[i] or _bare_child(page, i, b)):
            out.add(i)
    return out


def _bare_child(page: Page, i: int, b: int) -> bool:
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


@dataclass(slots=True)
class Decision:
    """What the DOM pass decided: residue elements (top-most, page order), embeds, and the
    article's own asides (kept: see :data:`ARTICLE_PARTS`)."""

    page: Page | None
    chosen: list[tuple[int, str, str]]
    embeds: list[int]
    asides: list[int] = field(default_factory=list)


def decide(
    tree: LexborHTMLParser,
    max_share: float = 0.5,
    budget: Budget | None = None,
    url: str | None = None,
    fields: frozenset[int] = frozenset(),
) -> Decision:
    """Residue elements of ``tree`` as (index, family, reason), top-most only, in page order.

    Decided on the intact tree; nothing is removed here. ``budget``: the document's time
    limit, checked every few thousand elements. ``url``: the page's address (which links go
    to the same site); ``fields``: ``mem_id`` of the elements that held an e-mail field.
    """
    vocab = vocabulary()
    body = tree.body
    if body is None:
        return Decision(None, [], [])
    page = Page(body, vocab.comment_keys, budget)
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
    article = _article_root(page)
    inner = _body_residue(page, site_host(url))
    boxes = _field_boxes(page, fields) if fields else _EMPTY_SET
    for i in range(1, len(page.nodes)):
        if budget is not None and not i & _CHECK_EVERY:
            budget.check("part of the DOM pass")
        p = parent[i]
        if p >= 0 and removed[p]:
            removed[i] = True  # inside an element already chosen
            continue
        if i in protected:
            continue
        if i in taxonomy:
            verdict: tuple[str, str] | None = ("taxonomy", vocab.taxonomy_reason)
        else:
            verdict = _verdict(page, i, vocab)
            if verdict is not None and verdict[0] == "chrome" and article >= 0 and _inside(page, i, article):
                verdict = _verdict(page, i, vocab, _parts(page, i))
                if verdict is None and page.tags[i] == "aside" and not page.links[i]:
                    asides.append(i)  # a fact box or quote; asides with links are mostly teasers
        if verdict is EMBED:
            embeds.append(i)
            continue
        if verdict is None and i in inner:
            verdict = inner[i]
        if verdict is None and i in boxes:
            verdict = ("forms", "sign-up box (it held an e-mail field)")
        if verdict is None and i in signup:
            verdict = ("forms", f"sign-up box (its button links to a '{signup[i]}' page)")
        if verdict is None and i in jumps:
            verdict = ("links", "link to elsewhere on the page, standing alone")
        if verdict is None:
            if page.tags[i] not in LINK_LIST_TAGS:
                continue
            size, density = page.link_density(i)
            if size < MIN_LINK_LIST_CHARS or density < MAX_LINK_DENSITY:
                continue
            if block >= 0 and _inside(page, i, block) and not _teaser_paragraph(page, i, block, density):
                continue  # link lists inside the article body are the article's
            verdict = ("links", f"link list or teaser link ({density:.0%} of its text in links)")
        if page.share(i) > max_share:
            continue
        chosen.append((i, verdict[0], verdict[1]))
        removed[i] = True
    return Decision(page, chosen, embeds, [i for i in asides if not removed[i]])


_EMPTY_SET: frozenset[int] = frozenset()

#: A paragraph of the article body that is all link ("READ MORE: ...", an inline teaser).
TEASER_LINK_DENSITY = 0.95
TEASER_MIN_WORDS = 3


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
    body.strip_tags(sorted(vocab.always))
    return removals


_SILENT = frozenset({"script", "style", "noscript", "template", "svg", "math"})
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
        if explain:
            removals.append(
                DomRemoval("title", "the article's headline (kept as metadata)", _describe(found), found_text)
            )
        found.remove()
    return removals


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


@dataclass(slots=True)
class Pruned:
    """What the DOM pass did: its removals, and the prose block it protected."""

    removals: list[DomRemoval]
    block: LexborNode | None


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
    fields = _email_fields(tree)
    removals = strip_always(tree, explain, budget)
    decision = decide(tree, max_share, budget, url, fields)
    page = decision.page
    if page is None:
        return Pruned(removals, None)
    for i in decision.embeds:
        # the extractor must not drop embedded posts for their names ("social-media-embed")
        attrs = page.nodes[i].attrs
        for name in ("class", "id"):
            if name in attrs:
                del attrs[name]
    for i, family, reason in decision.chosen:
        node = page.nodes[i]
        if explain:
            text = normalize_space(node.text(separator=" "))
            removals.append(DomRemoval(family, reason, _describe(node), text))
        # a space keeps the text on either side apart: "voted.<div>ad</div>the." is not "voted.the."
        node.replace_with(" ")
    for i in reversed(decision.asides):
        # the extractor drops every <aside>: the article's own (a fact box) goes to it as a <div>
        node = page.nodes[i]
        div = LexborHTMLParser(f"<div>{_as_blocks(node)}</div>").css_first("div")
        if div is not None:
            node.replace_with(div)
    if titles:
        removals.extend(drop_headline(tree, titles, explain, budget, page))
    return Pruned(removals, page.block_node)


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
    m = _URL_SCHEME_HOST.match(url.strip())
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
        m = _URL_SCHEME_HOST.match(h)
        return bool(host and m and _bare_host(m.group()) == host)
    return True


def _subtree_end(page: Page, root: int) -> int:
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


def _stands_alone(page: Page, a: int) -> bool:
    """Link ``a`` is a headline: the whole of its block, inside a heading, or holding blocks."""
    b = page.parent[a]
    while b > 0 and page.tags[b] in INLINE_TAGS:
        b = page.parent[b]
    if b > 0 and (page.text[b] == page.text[a] or page.tags[b] in _HEADINGS):
        return True
    return page.nodes[a].css_first(_BLOCK_IN_LINK) is not None


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
    if len(words) < TEASER_MIN_WORDS or not _stands_alone(page, main):
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
    if tag not in _HEADINGS:
        if tag not in ("p", "div"):
            return -1
        strong = prev.css_first("strong, b")
        if strong is None or len(strong.text().strip()) != page.text[h]:
            return -1
    if len(prev.text(separator=" ").split()) > RELATED_HEADING_WORDS:
        return -1
    return h


def _related_list(page: Page, i: int, host: str) -> bool:
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


def _toc_lists(page: Page, jumps: list[int], end: int) -> list[int]:
    """Tables of contents among the links to places on the page (``jumps``): the list (or box)
    holding at least ``TOC_MIN_LINKS`` of them and nothing else but a short title, the places
    being on the page."""
    count: dict[int, int] = {}
    for a in jumps:
        c = page.parent[a]
        while c > 0 and page.tags[c] in INLINE_TAGS:
            c = page.parent[c]
        if page.tags[c] in _LIST_LIKE:
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


def _body_residue(page: Page, host: str) -> dict[int, tuple[str, str]]:
    """Residue inside the prose block, by shape: teaser boxes and labelled teaser paragraphs,
    lists of links to the site's other pages under a heading, tables of contents."""
    out: dict[int, tuple[str, str]] = {}
    block = page.block
    if block < 0:
        return out
    end = _subtree_end(page, block)
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
        if tag in _BOX_TAGS:
            if text[j] <= TEASER_BOX_CHARS and _teaser_box(page, j, host):
                out[j] = ("related", "teaser box inside the article (a headline linking to another page of the site)")
                skip = _subtree_end(page, j)
        elif tag == "p":
            if text[j] <= TEASER_PARAGRAPH_CHARS and links[j] * 2 >= text[j] and _labelled_teaser(page, j, host):
                out[j] = ("related", "labelled teaser link inside the article")
                skip = _subtree_end(page, j)
        elif (
            tag in ("ul", "ol")
            and links[j] >= TEASER_LINK_DENSITY * text[j]
            and text[j] <= RELATED_LIST_SHARE * text[block]
        ):
            h = _heading_before(page, j)
            if h >= 0 and _related_list(page, j, host):
                reason = "list of links to the site's other pages under a heading, inside the article"
                out[h] = out[j] = ("related", reason)
                skip = _subtree_end(page, j)
    if len(jumps) >= TOC_MIN_LINKS:
        for c in _toc_lists(page, jumps, end):
            out[c] = ("links", "table of contents (links to places on the page)")
    return out


def _field_boxes(page: Page, fields: frozenset[int]) -> set[int]:
    """Sign-up boxes by their e-mail field (found before form controls were stripped): the largest
    element around the field of at most ``SIGNUP_BOX_CHARS``, outside the prose block's path."""
    out: set[int] = set()
    for mid in fields:
        cur = page.index.get(mid, -1)
        box = -1
        while cur > 0 and cur not in page.protected and page.text[cur] <= SIGNUP_BOX_CHARS:
            box = cur
            cur = page.parent[cur]
        if box >= 0 and page.text[box]:
            out.add(box)
    return out


_EMAIL_FIELD = "input[type=email], input[type=EMAIL], input[name*=mail], input[name*=MAIL]"


def _email_fields(tree: LexborHTMLParser) -> frozenset[int]:
    """``mem_id`` of the elements holding an e-mail field (the fields go with the form controls)."""
    body = tree.body
    if body is None:
        return _EMPTY_SET
    return frozenset(p.mem_id for f in body.css(_EMAIL_FIELD) if (p := f.parent) is not None)
