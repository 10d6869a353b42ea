"""HTML probe htmlwiki 49 (draft)."""

from __future__ import annotations

from html_probes import FIXTURES, page_probe_tests, report, tagged_inline
from selectolax.lexbor import LexborHTMLParser

PAGES_DIR = FIXTURES / "html_htmlwiki49"
PAGES = sorted(PAGES_DIR.glob("*.html"))


def wiki_tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    """:func:`html_probes.tagged_inline` without a wiki's footnote markers ("[1]"): the article's sentence as a
    reader wants it."""
    for node in tree.css("sup.reference"):
        node.decompose()
    out = tagged_inline(tree, attr)
    if attr == "data-soft":  # an infobox's row spanning its columns comes out padded with empty cells
        out += [row + " |" * k for row in out if row.startswith("| ") for k in (1, 2)]
    return out


#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=wiki_tagged
)

if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], wiki_tagged)
