"""Properties of the HTML path on generated pages (hypothesis).

* The output never holds text absent from the page: every word of the output occurs in
  the page's text (reduced to word characters: inline markup may join a word's parts),
  and every output line, reduced the same way, is a subsequence of the page's text (no
  reordering inside a line; removed elements may leave their neighbours side by side).
* Every removal's text comes from the page too, and explain/clean agree.
* Arbitrary bytes either decode or raise ``DecodeError``; nothing else escapes.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.errors import CleanerError, DecodeError
from cleaner.html.decode import decode_html

WORDS = [
    "the", "council", "voted", "on", "Tuesday", "to", "build", "new", "lanes", "along", "the",
    "harbour", "road", "after", "two", "years", "of", "argument", "share", "comment", "reply",
    "subscribe", "newsletter", "cookie", "advertisement", "related", "stories", "most", "read",
    "follow", "us", "Straße", "größer", "café", "naïve", "東京", "市民", "Привет", "мир", "mañana",
    "société",
]
CLASSES = [
    "content", "article-body", "entry-content", "post", "main", "story", "text", "row", "col",
    "widget", "sidebar", "share", "social", "comments", "comment-body", "related", "recirc", "ad",
    "ad-slot", "sponsored", "cookie-banner", "newsletter", "nav", "menu", "footer", "header",
    "caption", "credit", "byline", "meta", "tags", "social-media-embed", "twitter-tweet", "hidden",
]
BLOCK_TAGS = ("div", "p", "section", "article", "ul", "li", "h1", "h2", "h3", "nav", "footer", "header",
              "aside", "blockquote", "figure", "figcaption", "table", "td", "form", "span", "a", "b", "em")

_SQUASH = re.compile(r"\W+")


def squash(text: str) -> str:
    return _SQUASH.sub("", text)


sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(
    lambda ws: " ".join(ws) + st_punct(len(ws))
)


def st_punct(n: int) -> str:
    return "." if n % 3 else ""


@st.composite
def attributes(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        names = draw(st.lists(st.sampled_from(CLASSES), min_size=1, max_size=3))
        parts.append(f'class="{" ".join(names)}"')
    if draw(st.integers(0, 9)) == 0:
        flags = ["hidden", 'aria-hidden="true"', 'style="display:none"', 'role="navigation"']
        parts.append(draw(st.sampled_from(flags)))
    return (" " + " ".join(parts)) if parts else ""


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(BLOCK_TAGS))
        inner = "".join(draw(st.lists(children, min_size=1, max_size=4)))
        return f"<{tag}{draw(attributes())}>{inner}</{tag}>"

    return build()


fragments = st.recursive(sentences, element, max_leaves=25)


@st.composite
def pages(draw: st.DrawFn) -> str:
    title = draw(sentences)
    body = "".join(draw(st.lists(fragments, min_size=1, max_size=6)))
    script = "<script>var junk = 'never output this';</script>" if draw(st.booleans()) else ""
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{script}{body}</body></html>"


def is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(c in it for c in needle)


def page_text(html: str) -> str:
    tree = LexborHTMLParser(html, scripting=True)
    return squash(tree.root.text(deep=True, separator="") if tree.root is not None else "")


@given(pages())
def test_output_text_comes_from_the_page(html: str) -> None:
    source = page_text(html)
    for fmt in ("text", "markdown"):
        out = cleaner.clean_html(html, format=fmt)
        for line in out.splitlines():
            for word in re.findall(r"\w+", line):
                assert word in source, (fmt, word, line)
            assert is_subsequence(squash(line), source), (fmt, line)
    assert "never output this" not in cleaner.clean_html(html)


@given(pages())
def test_removals_come_from_the_page(html: str) -> None:
    source = page_text(html)
    result = cleaner.explain_html(html)
    assert result.text == cleaner.clean_html(html)
    for removal in result.removed:
        assert squash(removal.text) in source, removal
        assert removal.reason and removal.pass_name


@given(st.binary(max_size=2048))
def test_arbitrary_bytes_decode_or_raise_decode_error(data: bytes) -> None:
    try:
        text = decode_html(data)
    except DecodeError:
        return
    assert isinstance(text, str)


@given(st.one_of(st.binary(max_size=1024), st.text(max_size=1024)))
def test_arbitrary_input_never_escapes_cleaner_errors(data: bytes | str) -> None:
    try:
        out = cleaner.clean_html(data)
    except CleanerError:
        return
    assert isinstance(out, str)
