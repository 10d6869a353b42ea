# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlworld44: news article pages outside Western Europe, ``fixtures/html_htmlworld44/<lang>_<site>.html``,
written as those countries' big news sites render them (ROUND NUMBERS BELOW).
"""

from __future__ import annotations

from html_probes import FIXTURES, page_probe_tests, report, tagged_inline
from selectolax.lexbor import LexborHTMLParser


def tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    """The tagged lines as :func:`html_probes.tagged_inline` reads them, less a ruby's reading (``<rt>``, ``<rp>``):
    the gloss over a word is not the article's text."""
    for node in tree.css("rt, rp"):
        node.decompose()
    return tagged_inline(tree, attr)


PAGES_DIR = FIXTURES / "html_htmlworld44"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 16, min_gold=4, tag=tagged
)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged)
