"""HTML fixtures: one realistic page per residue family, guard pages, encodings.

``fixtures/html/<group>/<name>.html`` with ``<name>.expected.txt`` beside it (UTF-8, one
trailing newline): ``clean_html`` of the page must equal it exactly. Pages are read as
bytes, so the decoder runs too. For the residue pages the removal of the family the
page is about must also be explained, by the DOM pass (``dom:<family>``).
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import cleaner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*/*.html"))

#: Residue page -> DOM families whose removal it must explain.
EXPECTED_FAMILIES: dict[str, set[str]] = {
    "ads": {"dom:ads", "dom:related"},
    "captions_credits": {"dom:captions"},
    "chrome": {"dom:chrome"},
    "comments": {"dom:comments", "dom:chrome"},
    "cookie_consent": {"dom:consent"},
    "hidden_links_tags": {"dom:hidden", "dom:taxonomy", "dom:links", "dom:metadata"},
    "inline_teasers": {"dom:related"},
    "newsletter_form": {"dom:forms"},
    "related": {"dom:related"},
    "social_share": {"dom:social"},
    "widgets": {"dom:widgets"},
}


def _expected(page: Path) -> str:
    return page.with_suffix("").with_suffix(".expected.txt").read_text(encoding="utf-8").rstrip("\n")


def _id(page: Path) -> str:
    return f"{page.parent.name}/{page.stem}"


def test_every_page_has_an_expected_output() -> None:
    assert len(PAGES) >= 20
    for page in PAGES:
        assert page.with_suffix("").with_suffix(".expected.txt").exists(), page


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_clean_html_matches_expected(page: Path) -> None:
    out = cleaner.clean_html(page.read_bytes(), url=f"https://example.com/{page.stem}")
    expected = _expected(page)
    lines = difflib.unified_diff(expected.splitlines(), out.splitlines(), "expected", "got", lineterm="")
    diff = "\n".join(lines)
    assert out == expected, diff


@pytest.mark.parametrize("name", sorted(EXPECTED_FAMILIES))
def test_residue_families_are_explained(name: str) -> None:
    page = FIXTURES / "residue" / f"{name}.html"
    result = cleaner.explain_html(page.read_bytes())
    made = {r.pass_name for r in result.removed}
    missing = EXPECTED_FAMILIES[name] - made
    assert not missing, f"{name}: no removal by {sorted(missing)}; made: {sorted(made)}"
    for removal in result.removed:
        assert removal.reason, removal
        if removal.pass_name.startswith("dom:"):
            assert removal.kind == "element" and removal.start_line == removal.end_line == 0


@pytest.mark.parametrize("page", sorted((FIXTURES / "guards").glob("*.html")), ids=_id)
def test_article_container_survives_its_own_class_names(page: Path) -> None:
    """The container holding the article is named like residue ("comment-body", "related-content",
    "widget Blog", "social-media-embed"), or the article has parts tagged or named like page
    chrome (a fact box in an <aside>, a recipe card's "recipe-header" headings, a review's
    pros and cons): every article line must still come out, and none be reported removed."""
    result = cleaner.explain_html(page.read_bytes())
    for line in _expected(page).splitlines():
        assert line in result.text
    assert all(line not in r.text for r in result.removed for line in _expected(page).splitlines())


def test_title_is_metadata_not_body() -> None:
    page = FIXTURES / "residue" / "comments.html"
    result = cleaner.explain_html(page.read_bytes(), url="https://weekendplot.example.com/x")
    assert result.metadata["title"] == "Why Allotment Gardens Are Booming Again"
    assert "Why Allotment Gardens Are Booming Again" not in result.text
    assert any("Why Allotment Gardens Are Booming Again" in r.text for r in result.removed)
    page = FIXTURES / "residue" / "related.html"  # headline in a bare <h1 class="headline">
    result = cleaner.explain_html(page.read_bytes())
    titles = [r for r in result.removed if r.pass_name == "dom:title"]
    assert [r.text for r in titles] == ["Rail Strike Called Off After Late-Night Talks"]
    assert result.metadata["title"] == "Rail Strike Called Off After Late-Night Talks"
