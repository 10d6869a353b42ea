"""Residue inside the article body, judged by shape (dom.body_residue and friends), and the
article content of the same shapes that must stay."""

# ruff: noqa: E501  (pages written out as one-line HTML)

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.html import dom

URL = "https://news.example/2024/05/harbour"
PARA = (
    "The committee published its long-awaited report on Thursday, recommending that the old "
    "market hall be restored rather than demolished and replaced with flats."
)


def body(*parts: str) -> str:
    paras = [f"<p>Paragraph {n}. {PARA}</p>" for n in range(6)]
    return (
        "<body><article><div class='content'>"
        + "".join(paras[:3])
        + "".join(parts)
        + "".join(paras[3:])
        + "</div></article></body>"
    )


def pruned_text(html: str, url: str | None = URL) -> tuple[str, list[str]]:
    tree = LexborHTMLParser(html, scripting=True)
    pruned = dom.prune(tree, explain=True, url=url)
    text = tree.body.text(separator=" ")
    assert text.count("Paragraph") == 6, "an article paragraph was lost"
    return " ".join(text.split()), [r.reason for r in pruned.removals]


LABELS = ["Read also:", "Lesen Sie auch:", "Lire aussi :", "Lee también:", "Leggi anche:", "Leia também:", "Lees ook:"]


@pytest.mark.parametrize("label", LABELS)
def test_teaser_box_goes(label: str) -> None:
    box = (
        f"<div class='inline-story'><span>{label}</span><a href='/city/rents-east'><h4>Why rents keep rising in the east</h4></a>"
        "<p>A look at the numbers.</p></div>"
    )
    text, reasons = pruned_text(body(box))
    assert "rents keep rising" not in text and label not in text
    assert any("teaser box" in r for r in reasons)


def test_teaser_box_without_label_and_absolute_same_site_link_goes() -> None:
    card = (
        "<figure class='kg-card'><a href='https://www.news.example/rents/'><div>Why rents keep rising in the east</div>"
        "<div>A look at the numbers behind it.</div></a></figure>"
    )
    text, _ = pruned_text(body(card))
    assert "rents keep rising" not in text


@pytest.mark.parametrize(
    "box",
    [
        # a fact box whose link comes after its sentences
        "<div class='factbox'><h4>The association</h4><p>Founded in 1985, it has 3,000 members in the city.</p>"
        "<p><a href='/club/harbour-association'>Website of the harbour association</a></p></div>",
        # a product box linking to another site
        "<div class='product'><h3><a href='https://shop.example/p/123'>Sony WH-1000XM5 wireless headphones</a></h3><p>Price: 349 euros</p></div>",
        # two different pages: not one teaser
        "<div><b>Key dates:</b> <a href='/a'>The vote in March 2023</a> <a href='/b'>The petition in April</a></div>",
        # a link inside a sentence
        "<div><p>The council <a href='/council/minutes-march'>published the minutes of the meeting</a> on Friday.</p></div>",
    ],
)
def test_boxes_like_teasers_stay(box: str) -> None:
    text, reasons = pruned_text(body(box))
    words = LexborHTMLParser(box).body.text(separator=" ").split()
    assert " ".join(words) in text, reasons


@pytest.mark.parametrize(
    "label", ["<strong>VIDEO:</strong>", "<b>GUARDA IL VIDEO:</b>", "Lees ook:", "<strong>Mehr dazu</strong>"]
)
def test_labelled_teaser_paragraph_goes(label: str) -> None:
    p = f"<p>{label} <a href='/video/ferry-123'>Ferry operator announces new timetable</a></p>"
    text, _ = pruned_text(body(p))
    assert "Ferry operator" not in text


@pytest.mark.parametrize(
    "p",
    [
        "<p><strong>Source:</strong> <a href='https://stats.example.org/r'>Federal statistics office report</a></p>",
        "<p>Read also: <a href='/a/ferry'>Ferry operator announces new timetable</a>, published last week.</p>",
        "<p>The mayor said <a href='/a/ferry'>the ferry operator announced a new timetable</a></p>",
        "<p><strong>Update:</strong> <a href='/a/ferry'>x</a></p>",
    ],
)
def test_paragraphs_like_teasers_stay(p: str) -> None:
    text, reasons = pruned_text(body(p))
    words = LexborHTMLParser(p).body.text(separator=" ").split()
    assert " ".join(words) in text, reasons


HEADINGS = [
    "More on this topic",
    "Mehr zum Thema",
    "Sur le même sujet",
    "Más sobre este tema",
    "Approfondimenti",
    "Mais sobre este tema",
    "Meer over dit onderwerp",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_related_list_under_heading_goes(heading: str) -> None:
    lst = (
        f"<h3>{heading}</h3><ul><li><a href='/m/0'>Ferry operator announces new timetable</a></li>"
        "<li><a href='https://news.example/m/1'>Old customs hall to become a market</a></li></ul>"
    )
    text, _ = pruned_text(body(lst))
    assert heading not in text and "customs hall" not in text


def test_related_list_under_bold_paragraph_goes() -> None:
    lst = "<p><strong>Related</strong></p><ol><li><a href='/a'>Ferry operator announces new timetable</a></li><li><a href='/b'>Old customs hall to become a market</a></li></ol>"
    text, _ = pruned_text(body(lst))
    assert "Related" not in text and "Ferry" not in text


@pytest.mark.parametrize(
    "lst",
    [
        # the article's references: other sites
        "<h3>Sources</h3><ul><li><a href='https://gov.example/r1'>Planning department report on the harbour</a></li>"
        "<li><a href='https://assoc.example/p'>Petition of the residents association</a></li></ul>",
        # items with prose beside their links
        "<h3>Further reading</h3><ul><li><a href='/guide'>Our guide to the harbour</a> explains the history of the docks.</li>"
        "<li><a href='/map'>The map of the district</a> shows every planned building.</li></ul>",
        # no heading before the list
        "<ul><li><a href='/a'>Ferry operator announces new timetable</a></li><li><a href='/b'>Old customs hall to become a market</a></li></ul>",
        # a list of the article, no links
        "<h3>What changes</h3><ul><li>A new tram stop opens on the quay.</li><li>The ferry runs every twenty minutes.</li></ul>",
    ],
)
def test_lists_like_related_lists_stay(lst: str) -> None:
    text, reasons = pruned_text(body(lst))
    words = LexborHTMLParser(lst).body.text(separator=" ").split()
    assert " ".join(words) in text, reasons


def test_without_url_absolute_links_are_another_sites() -> None:
    lst = "<h3>More</h3><ul><li><a href='https://news.example/a'>Ferry operator announces new timetable</a></li><li><a href='https://news.example/b'>Old customs hall to become a market</a></li></ul>"
    text, _ = pruned_text(body(lst), url=None)
    assert "Ferry operator" in text


@pytest.mark.parametrize("title", ["Contents", "Inhaltsverzeichnis", "Sommaire", "Índice", "Indice", "Inhoudsopgave"])
def test_table_of_contents_goes(title: str) -> None:
    toc = f"<div class='box'><p><strong>{title}</strong></p><ol><li><a href='#s1'>What changes</a></li><li><a href='#s2'>The money</a></li></ol></div>"
    html = body(toc, "<h2 id='s1'>What changes</h2>", "<h2 id='s2'>The money</h2>")
    text, reasons = pruned_text(html)
    assert title not in text and text.count("What changes") == 1
    assert any("table of contents" in r for r in reasons)


def test_links_to_missing_places_and_footnotes_stay() -> None:
    missing = "<ul><li><a href='#nowhere'>First place</a></li><li><a href='#gone'>Second place</a></li></ul>"
    notes = (
        "<ol><li id='fn1'>Figures from the 2023 census, table 4. <a href='#r1'>↩</a></li>"
        "<li id='fn2'>Council minutes of 12 March. <a href='#r2'>↩</a></li></ol><p id='r1'>x</p><p id='r2'>y</p>"
    )
    text, reasons = pruned_text(body(missing, notes))
    assert "2023 census" in text and "12 March" in text
    assert not any("table of contents" in r for r in reasons)  # (lone jump links go on their own rule)


@pytest.mark.parametrize("cls", ["mc4wp-form-fields", "kg-card kg-cta-card", "box"])
def test_email_field_box_goes(cls: str) -> None:
    box = f"<div class='{cls}'><h4>The morning briefing</h4><p>Top stories every weekday.</p><p><input type='email'></p><p><input type='submit' value='OK'></p></div>"
    text, _ = pruned_text(body(box))
    assert "morning briefing" not in text and "Top stories" not in text


def test_email_field_never_takes_the_article() -> None:
    html = "<body><div class='content'><p>Short note: write to us.</p><p><input type='email'></p></div></body>"
    tree = LexborHTMLParser(html, scripting=True)
    dom.prune(tree, url=URL)
    assert "Short note" in tree.body.text()


def test_nutrition_facts_go_but_a_long_nutrition_table_stays() -> None:
    small = "<div class='wprm-nutrition-label'><span class='wprm-nutrition'>Calories: 412kcal</span> <span>Protein: 18g</span></div>"
    text, _ = pruned_text(body(small))
    assert "412kcal" not in text
    rows = "".join(
        f"<tr><td>Nutrient number {i} in the daily diet</td><td>{i * 10} mg per 100 g</td></tr>" for i in range(20)
    )
    table = f"<table class='nutrition-table'>{rows}</table>"
    text, _ = pruned_text(body(table))
    assert "Nutrient number 19" in text


def test_embed_placeholder_goes_embedded_post_stays() -> None:
    ph = "<div class='embed-placeholder'><p>Instagram: this content is provided by a third party. Accept cookies to view it.</p></div>"
    tweet = "<blockquote class='twitter-tweet'><p>The harbour plan passed tonight, 31 votes to 20.</p></blockquote>"
    emb = "<div class='social-embed'><p>The mayor posted a photo of the quay at dawn.</p></div>"
    text, _ = pruned_text(body(ph, tweet, emb))
    assert "third party" not in text and "31 votes" in text and "photo of the quay" in text


@pytest.mark.parametrize(
    "lst",
    [
        # the article's own list of links to other sites, announced by a colon
        "<p>Here is the full list of the tools:</p><ul><li><a href='https://tools.example/saw'>Circular saw</a></li>"
        "<li><a href='https://tools.example/driver'>Impact driver</a></li><li><a href='https://tools.example/level'>"
        "Spirit level</a></li></ul>",
        # the article's references under a heading
        "<h3>Sources</h3><ul><li><a href='https://gov.example/r1'>Planning department report on the harbour</a></li>"
        "<li><a href='https://assoc.example/p'>Petition of the residents association</a></li></ul>",
        # shop links of a buying guide
        "<ul><li><a href='https://shop.example/x'>Get it on Amazon for $39.99</a></li><li><a href='https://other.example/y'>"
        "Also at the hardware store</a></li></ul>",
    ],
)
def test_link_lists_of_the_article_reach_the_output(lst: str) -> None:
    """The extractor drops a list made of links; inside the prose block the DOM pass keeps such a
    list, and its links become text so the extractor keeps it too."""
    html = "<html><head><title>Harbour</title></head>" + body(lst)[: -len("</body>")] + "</body></html>"
    out = cleaner.clean_html(html, url=URL)
    for item in LexborHTMLParser(lst).css("li"):
        assert item.text().strip() in out
    assert out.count("Paragraph") == 6


def test_list_of_the_sites_headlines_keeps_its_links() -> None:
    """A list whose every item is one headline linking to another page of the site (more of its
    stories, with no heading) is not unwrapped: the extractor still drops it."""
    lst = (
        "<ul><li><a href='/a'>Ferry operator announces new timetable</a></li>"
        "<li><a href='https://news.example/b'>Old customs hall to become a market</a></li></ul>"
    )
    tree = LexborHTMLParser(body(lst), scripting=True)
    dom.prune(tree, url=URL)
    assert len(tree.css("li a")) == 2
    out = cleaner.clean_html(body(lst), url=URL)
    assert "Ferry operator" not in out and out.count("Paragraph") == 6
