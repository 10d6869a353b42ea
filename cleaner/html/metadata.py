"""Page metadata: title, author, date, site name, url, language.

Two sources. :func:`head_metadata` reads the tree the DOM pass already parsed (Open
Graph, ``<title>``, ``<meta name=author>``, ``article:published_time``, canonical link,
``<html lang>``): cheap, and enough to know the title before extraction so the article's
own headline can be kept out of the body. When a full :class:`~cleaner.result.Result`
is asked for, trafilatura's metadata of the *unpruned* page (htmldate for dates, its
author and site-name heuristics, which read bylines the DOM pass removes) is merged
over it where trafilatura has a value (:func:`trafilatura_metadata`, :func:`merge`).
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..document import normalize_space
from ..textstats import unspaced_chars, word_count

FIELDS = ("title", "author", "date", "sitename", "url", "language")

_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"),
    "date": (
        "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
        "publish-date", "publishdate", "parsely-pub-date", "sailthru.date", "og:published_time",
    ),
    "sitename": ("og:site_name", "application-name", "twitter:site"),
    "url": ("og:url",),
}
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[|–—·•:»\-]\s+")  # (?<!\s): linear on long whitespace runs
#: Titles in scripts written without spaces part the site's name off with a bar or an underscore
#: and no spaces: "北陸新幹線、敦賀まで延伸｜日本経済新聞", "多地出台措施促进汽车消费_新闻中心_网易".
_TITLE_SPLIT_UNSPACED = re.compile(r"[|｜丨_]")
#: A headline has at least this many words (see :func:`~cleaner.textstats.word_count`).
HEADLINE_MIN_WORDS = 3


def _meta_map(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            key = key.strip().lower()
            if key not in out and content.strip():
                out[key] = normalize_space(content)
    return out


def head_metadata(tree: LexborHTMLParser, url: str | None = None) -> dict[str, str | None]:
    """Metadata the page declares about itself, read from an already parsed tree."""
    meta = _meta_map(tree)
    found: dict[str, str | None] = dict.fromkeys(FIELDS)
    for name, keys in _META_KEYS.items():
        for key in keys:
            if meta.get(key):
                found[name] = meta[key]
                break
    if not found["title"]:
        node = tree.css_first("title")
        text = normalize_space(node.text()) if node is not None else ""
        found["title"] = text or None
    if not found["date"]:
        node = tree.css_first("time[datetime]")
        if node is not None:
            found["date"] = node.attributes.get("datetime") or None
    canonical = tree.css_first('link[rel="canonical"][href]')
    if canonical is not None and (href := canonical.attributes.get("href")) and href.startswith("http"):
        found["url"] = href
    if url:
        found["url"] = found["url"] or url
    root = tree.root
    lang = root.attributes.get("lang") if root is not None else None
    found["language"] = lang.split("-")[0].lower() if lang else None
    return found


def title_variants(title: str | None, doc_title: str | None) -> set[str]:
    """Lower-cased, space-normalised forms an article headline may take on the page."""
    out: set[str] = set()
    for value in (title, doc_title):
        if not value:
            continue
        norm = normalize_space(value).lower()
        out.add(norm)
        parts = _TITLE_SPLIT.split(norm)
        if len(parts) == 1 and unspaced_chars(norm) * 2 > len(norm):
            parts = [p.strip() for p in _TITLE_SPLIT_UNSPACED.split(norm)]
        if len(parts) > 1:
            longest = max(parts, key=len)
            if word_count(longest) >= HEADLINE_MIN_WORDS:
                out.add(longest)  # "Headline | Site name" -> "headline"
    return {v for v in out if v}


def trafilatura_metadata(html: str, url: str | None) -> Any:
    """trafilatura's metadata Document for the page (None when it fails)."""
    from trafilatura import extract_metadata

    try:
        return extract_metadata(html, default_url=url)
    except Exception:  # a third-party boundary: no metadata rather than no article
        return None


def merge(head: dict[str, str | None], document: Any, language: str | None) -> dict[str, str | None]:
    """trafilatura's values over the page's own; the language detected from the cleaned text.

    An author that is a profile URL (``article:author`` often is) is not a name: dropped
    unless nothing better is known.
    """
    out = dict(head)
    if document is not None:
        for name in ("title", "author", "date", "sitename", "url"):
            value = getattr(document, name, None)
            if isinstance(value, str) and value.strip():
                out[name] = normalize_space(value)
    author = out.get("author")
    if author and author.startswith(("http://", "https://")):
        out["author"] = None
    out["language"] = language or head.get("language")
    return out
