# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlinbox 56: (docstring written after round 2)."""

from __future__ import annotations

from html_probes import FIXTURES, page_probe_tests, report, tagged_inline

PAGES_DIR = FIXTURES / "html_htmlinbox56"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
