# ruff: noqa: E501  (residue lines quoted whole)
"""HTML red team 2: whole pages as modern CMSs emit them (WordPress news and blogs, news sites with
related boxes, paywalls and consent banners, live blogs, a recipe, a forum Q&A page), in English,
German, French, Spanish and Italian: ``fixtures/html_redteam3/<lang>_<name>.html``.

The article's lines are tagged in the page: ``data-gold`` (every one must come out as a line of its
own: a hard assertion) and ``data-soft`` (the headline, a dek, a live blog's entry times, a closing
call to the reader: either way). A ``<tr data-gold>`` is a table row (``| a | b |``). The tags are
taken off before the page is cleaned. Every other line that comes out is residue; the residue still
left is listed per page in ``RESIDUE_LEFT`` (a ratchet: it may only shrink).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.document import normalize_space

PAGES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "html_redteam3"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {}


#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}


def _lines(text: str) -> list[str]:
    return [t for line in text.splitlines() if (t := normalize_space(line))]


def _tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    out: list[str] = []
    for node in tree.css(f"[{attr}]"):
        if node.tag == "tr":
            cells = [normalize_space(c.text(separator=" ")) for c in node.css("th, td")]
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(normalize_space(node.text(separator=" ")))
    return out


def _bare(line: str) -> str:
    return line[2:] if line.startswith("- ") else line  # list items, ordered or not


def run_page(page: Path) -> tuple[list[str], list[str], list[str], cleaner.Result]:
    html = page.read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    gold, soft = _tagged(tree, "data-gold"), _tagged(tree, "data-soft")
    bare = html.replace(" data-gold", "").replace(" data-soft", "")
    result = cleaner.explain_html(bare, url=f"https://www.example.org/{page.stem}/1")
    out = [_bare(line) for line in _lines(result.text) if not set(line) <= set("|-: ")]
    return gold, soft, out, result


def residue_of(gold: list[str], soft: list[str], out: list[str]) -> list[str]:
    return [line for line in out if line not in gold and line not in soft]


def _id(page: Path) -> str:
    return page.stem


def test_every_page_is_listed() -> None:
    assert len(PAGES) >= 14
    assert sorted(p.stem for p in PAGES) == sorted(RESIDUE_LEFT)


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_article_lines_survive(page: Path) -> None:
    gold, _, out, _ = run_page(page)
    assert len(gold) >= 4
    lost = [g for g in gold if g not in out and g not in KNOWN_LOST.get(page.stem, ())]
    assert not lost, f"article lines lost: {lost}"


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_residue_only_shrinks(page: Path) -> None:
    gold, soft, out, _ = run_page(page)
    left = [line for line in residue_of(gold, soft, out) if line not in RESIDUE_LEFT[page.stem]]
    assert not left, f"new residue: {left}"


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    total_lost = total_residue = 0
    for p in PAGES:
        g, s, o, _ = run_page(p)
        lost = [x for x in g if x not in o]
        res = residue_of(g, s, o)
        total_lost += len(lost)
        total_residue += len(res)
        print(f"== {p.stem}: gold {len(g)}, lost {len(lost)}, residue {len(res)}")
        for x in lost:
            print("  LOST", x)
        for x in res:
            print("  RES ", x)
    print(f"TOTAL article lines lost {total_lost}, residue lines left {total_residue}")


