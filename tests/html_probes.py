"""Shared harness of the HTML red-team probes (``tests/test_html_redteam*.py``): whole pages under
``fixtures/<probe>/`` whose article lines are tagged in the markup.

``data-gold`` marks a line the user wants (every one must come out as a line of its own: a hard
assertion), ``data-soft`` one that may go either way (the headline, a dek); a ``<tr data-gold>`` is a
table row (``| a | b |``). The tags are taken off before the page is cleaned. Every other line that
comes out is residue; the residue still left is listed per page (a ratchet: it may only shrink), and
the article lines a page is known to lose too (a fix empties the list).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.document import normalize_space

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, whitespace normalised."""
    return [t for line in text.splitlines() if (t := normalize_space(line))]


def tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    """The text of each element carrying ``attr``, as the cleaner writes it (a table row as ``| a | b |``)."""
    out: list[str] = []
    for node in tree.css(f"[{attr}]"):
        if node.tag == "tr":
            cells = [normalize_space(c.text(separator=" ")) for c in node.css("th, td")]
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(normalize_space(node.text(separator=" ")))
    return out


def tagged_inline(tree: LexborHTMLParser, attr: str) -> list[str]:
    """The text of each element carrying ``attr`` as the cleaner writes it: inline markup joins without a
    space (a link inside a sentence), a table row as ``| a | b |``, a code block one line per line."""
    out: list[str] = []
    for node in tree.css(f"[{attr}]"):
        if node.tag == "tr":
            cells = [normalize_space(c.text(separator="")) for c in node.css("th, td")]
            out.append("| " + " | ".join(cells) + " |")
        elif node.tag == "pre":
            out.extend(lines(node.text(separator="")))
        else:
            out.append(normalize_space(node.text(separator="")))
    return out


def bare(line: str) -> str:
    """A list item's text without its marker (ordered or not)."""
    return line[2:] if line.startswith("- ") else line


Tagger = Callable[[LexborHTMLParser, str], list[str]]


def run_page(page: Path, tag: Tagger | None = None) -> tuple[list[str], list[str], list[str], cleaner.Result]:
    """The page's gold and soft lines (read by ``tag``, :func:`tagged` by default), the lines the cleaner keeps, and
    its result."""
    html = page.read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    read = tag or tagged
    gold, soft = read(tree, "data-gold"), read(tree, "data-soft")
    untagged = html.replace(" data-gold", "").replace(" data-soft", "")
    result = cleaner.explain_html(untagged, url=f"https://www.example.org/{page.stem}/1")
    out = [bare(line) for line in lines(result.text) if not set(line) <= set("|-: ")]
    return gold, soft, out, result


#: A short news page for the red teams' targeted tests (an element put among its paragraphs, before or after them).
URL = "https://news.example/2025/03/ferry"
PARA = (
    "The operator will run one return sailing a day instead of two from November to March, it confirmed on "
    "Monday morning. Paragraph {}."
)


def paras(n: int = 6, start: int = 0) -> str:
    """``n`` paragraphs of the page, numbered from ``start``."""
    return "".join(f"<p>{PARA.format(k)}</p>" for k in range(start, start + n))


def article_page(inner: str, before: str = "", after: str = "") -> str:
    """The page with ``inner`` as its article's body (``before``/``after``: around the body, inside the article)."""
    return (
        f"<html><body><main><article><h1>Ferry operator cuts winter sailings</h1>{before}"
        f"<div class='body'>{inner}</div>{after}</article></main></body></html>"
    )


def reasons_with(result: cleaner.Result, word: str) -> list[str]:
    """The removed texts whose reason names ``word``."""
    return [r.text for r in result.removed if word in r.reason]


def paragraphs_out(html: str, url: str, paras: int = 6) -> tuple[list[str], cleaner.Result]:
    """``clean_html``'s output lines (bare) for a red team's shape page, and its result; asserts that all ``paras``
    of its numbered article paragraphs ("… Paragraph 3.") came through."""
    result = cleaner.explain_html(html, url=url)
    out = [bare(line) for line in lines(result.text)]
    assert sum("Paragraph" in line for line in out) == paras, "an article paragraph was lost"
    return out, result


def residue_of(gold: list[str], soft: list[str], out: list[str]) -> list[str]:
    """The lines kept that are neither gold nor soft."""
    return [line for line in out if line not in gold and line not in soft]


def page_probe_tests(
    pages: list[Path],
    residue_left: dict[str, list[str]],
    known_lost: dict[str, list[str]],
    min_pages: int,
    *,
    min_gold: int = 4,
    tag: Tagger | None = None,
) -> tuple[Callable[[], None], Callable[[Path], None], Callable[[Path], None]]:
    """The probe's three tests: every page is listed, its article lines (``min_gold`` or more, read by ``tag``)
    survive in the page's order, its residue only shrinks."""

    def test_every_page_is_listed() -> None:
        assert len(pages) >= min_pages
        assert sorted(p.stem for p in pages) == sorted(residue_left)

    @pytest.mark.parametrize("page", pages, ids=lambda p: p.stem)
    def test_article_lines_survive(page: Path) -> None:
        gold, _, out, _ = run_page(page, tag)
        assert len(gold) >= min_gold
        lost = [g for g in gold if g not in out and g not in known_lost.get(page.stem, ())]
        assert not lost, f"article lines lost: {lost}"
        kept = [g for g in gold if g in out and gold.count(g) == 1]  # (a line the page says twice: either place)
        swapped = [(a, b) for a, b in itertools.pairwise(kept) if out.index(b) < out.index(a)]
        assert not swapped, f"article lines out of the page's order: {swapped}"

    @pytest.mark.parametrize("page", pages, ids=lambda p: p.stem)
    def test_residue_only_shrinks(page: Path) -> None:
        gold, soft, out, _ = run_page(page, tag)
        left = [line for line in residue_of(gold, soft, out) if line not in residue_left[page.stem]]
        assert not left, f"new residue: {left}"

    return test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks


def report(pages: list[Path], tag: Tagger | None = None) -> None:
    """Print the probe's numbers: article lines lost and residue left, page by page (gold read by ``tag``)."""
    total_lost = total_residue = 0
    for p in pages:
        g, s, o, _ = run_page(p, tag)
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
