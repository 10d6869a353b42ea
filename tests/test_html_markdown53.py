"""Session 53: the Markdown output joins an article's line that the extractor broke at its inline elements, as the
text output does (``cleaner/html/extract.py`` ``join_split_inline(..., markdown=True)``).

An old CMS writes its paragraphs as a ``<div>``'s loose text with ``<b>``/``<span>`` inside, parted by ``<br><br>``;
trafilatura's fast path breaks such a line at each inline element. The text format joined the pieces back since
htmlnews44; ``format="markdown"`` gave "Per informazioni" over "è attivo il numero verde …" and "42 pavilhões" as a
line of its own. Measured over the 721 HTML fixture pages (a ``/tmp`` script comparing the two formats, markers
stripped): 2 pages held such a split line in Markdown on b8cb8d31, none after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from html_probes import FIXTURES

import cleaner
from cleaner.html.extract import join_split_inline

PAGES = [FIXTURES / "html_htmlnews44" / f"{name}.html" for name in ("it_old_cms_regionale", "pt_old_cms_texto_solto")]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_markdown_gives_the_old_cms_pages_lines_as_text_does(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    text = cleaner.clean_html(html, url="https://example.org/a").splitlines()
    markdown = cleaner.clean_html(html, url="https://example.org/a", format="markdown").splitlines()
    assert [line.replace("**", "") for line in markdown] == text


def test_the_pieces_are_joined_with_their_markers_and_the_parts_spaces() -> None:
    part = "Per informazioni è attivo il numero verde."
    assert join_split_inline("**Per informazioni**\nè attivo il numero verde.", [part], markdown=True) == (
        "**Per informazioni** è attivo il numero verde."
    )
    # (no space in the part at the place: none in the line)
    assert join_split_inline("Kosten**8,4**\nMillionen Euro.", ["Kosten8,4 Millionen Euro."], markdown=True) == (
        "Kosten**8,4** Millionen Euro."
    )


def test_lines_that_are_no_pieces_of_a_part_stay_apart() -> None:
    parts = ["Home", "Cronaca", "Per informazioni è attivo il numero verde."]
    # a menu's links (each a part), an item's line (a block's marker: no inline element's piece), no part spelled out
    for text in (
        "Home\nCronaca",
        "- Per informazioni\nè attivo il numero verde.",
        "**Per informazioni**\nè attivo un altro numero.",
    ):
        assert join_split_inline(text, parts, markdown=True) == text
