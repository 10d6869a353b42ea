# ruff: noqa: E501  (residue lines quoted whole)
"""HTML red team 3: whole pages as the CMSs of other languages' sites emit them (a 1C-Bitrix news
portal in Russian, a WordPress portal in Polish, Brazilian G1-like markup, a Dutch regional paper, a
Japanese news site with a paywall, a Chinese portal, an Arabic RTL page, a Naver-style Korean article,
a Turkish portal, a Ukrainian page written with ``<br>``), an old table-layout page whose body is
``<br><br>``-separated, and an AMP page: ``fixtures/html_redteam3/<lang>_<name>.html``.

The article's lines are tagged in the page: ``data-gold`` (every one must come out as a line of its
own: a hard assertion) and ``data-soft`` (the headline, a dek: either way). A ``<tr data-gold>`` is a
table row (``| a | b |``). The tags are taken off before the page is cleaned. Every other line that
comes out is residue; the residue still left is listed per page in ``RESIDUE_LEFT`` (a ratchet: it
may only shrink). The harness is ``tests/html_probes.py``.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, page_probe_tests, paragraphs_out, report

import cleaner

PAGES_DIR = FIXTURES / "html_redteam3"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {
    "ar_rtl_news": [],
    "en_amp": [],
    "en_br_body": [
        "<< Back to News | Print this story | E-mail this story",  # a row of links under the story
    ],
    "ja_news": [],
    "ko_naver": [],
    "nl_regional": [],
    "pl_wp_portal": [],
    "pt_g1_news": [
        "📱 Receba as notícias do Portal no WhatsApp: clique aqui",  # an emoji-led call to follow
    ],
    "ru_bitrix_news": [],
    "tr_haber": [
        "Mehmet Yılmaz Giriş: 15.04.2024 - 11:20 | Güncelleme: 15.04.2024 - 13:05",  # byline and times ("yazar", "tarih")
    ],
    "uk_news": [
        "15 травня 2024, 16:40 👁 2 314",  # date and view count ("article-date")
        "Джерело: Львівська міська рада",  # the source under the article
    ],
    "zh_portal": [
        "图为地铁3号线北延段首班车。记者 王华 摄",  # a photo caption written as a centred <p>
    ],
}


#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}


test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, min_pages=12
)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    report(PAGES)




# --- shapes found by the red team, with what must stay and what must still go -----------------

URL = "https://news.example/2024/05/levy"
PARA = (
    "The county board voted on Tuesday night to approve a new flood protection levy that will raise "
    "about two million dollars a year. Paragraph {}."
)


def _out(html: str, paras: int = 6) -> tuple[list[str], cleaner.Result]:
    return paragraphs_out(html, URL, paras)


def _layout_page(cell: str, side: str = "<a href='/'>Home</a><br><a href='/news/'>News</a><br><a href='/sports/'>Sports</a>") -> str:
    return (
        "<html><head><title>Valley Gazette</title></head><body><table width='100%'><tr><td colspan='2'>"
        "<img src='/logo.gif' alt='Valley Gazette'></td></tr><tr>"
        f"<td class='leftnav'>{side}</td><td class='maintext'>{cell}</td></tr>"
        "<tr><td colspan='2'>Copyright 2024 Valley Gazette. All rights reserved.</td></tr></table></body></html>"
    )


@pytest.mark.parametrize("extra", ["", "<b>Opponents cite rising costs</b><br>", "<i>Contact the writer at 555-0142.</i><br><br>"])
def test_a_layout_tables_br_article_comes_out_line_by_line(extra: str) -> None:
    body = "<br><br>".join(PARA.format(n) for n in range(3)) + "<br><br>" + extra
    body += "<br><br>".join(PARA.format(n) for n in range(3, 6))
    lines, _ = _out(_layout_page(body))
    for n in range(6):
        assert PARA.format(n) in lines  # each its own line: head, middle and tail
    assert not any(line.startswith("|") for line in lines)
    assert "Home" not in " ".join(lines)  # the menu cell beside it, all links, goes


def test_a_layout_rows_prose_cell_beside_the_article_stays() -> None:
    body = "<br><br>".join(PARA.format(n) for n in range(6))
    side = "<b>Weather</b><br>Sunny spells, with a high of 18 degrees and a light westerly breeze."
    lines, _ = _out(_layout_page(body, side))
    assert "Weather Sunny spells, with a high of 18 degrees and a light westerly breeze." in lines


def test_a_data_tables_rows_are_not_split() -> None:
    rows = "".join(
        f"<tr><td>Ward {n}</td><td>Approved on first reading.<br>Second reading in June.</td></tr>" for n in range(3)
    )
    body = "".join(f"<p>{PARA.format(n)}</p>" for n in range(6))
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1>"
        f"{body}<table><tr><th>Ward</th><th>Status</th></tr>{rows}</table></article></body></html>"
    )
    lines, _ = _out(html)
    assert "| Ward 1 | Approved on first reading. Second reading in June. |" in lines


def _header_page(header_p: str, body_at: int = 0) -> str:
    body = "".join(f"<p>{PARA.format(n)}</p>" for n in range(6))
    between = "".join(f"<p>{PARA.format(n)}</p>" for n in range(body_at))
    rest = "".join(f"<p>{PARA.format(n)}</p>" for n in range(body_at, 6))
    if body_at:
        # an article in chunks (an ad slot between): the prose block is the second chunk
        body = f"<div class='article__body'>{between}</div><div class='ad'>Advertisement</div><div class='article__body'>{rest}</div>"
    else:
        body = f"<div class='article__body'>{body}</div>"
    return (
        "<html><head><title>Flood levy approved</title></head><body><header class='page-header'><nav><a href='/'>Home</a></nav></header>"
        "<main><article class='article'><header class='article__header'><span class='label'>County</span>"
        f"<h1>Flood levy approved</h1>{header_p}<div class='article__meta'><span>Tom Reilly</span> <time>7 Nov 2024</time></div>"
        f"</header>{body}</article></main></body></html>"
    )


LEADS = [
    "The county board approved a new flood levy on Tuesday. It will raise about two million dollars a year.",
    "De gemeente wil een nieuwe fietsbrug over het kanaal bouwen. Die moet de wijk beter verbinden met het centrum.",
    "Rada powiatu zatwierdziła nowy podatek przeciwpowodziowy. Przyniesie on około dwóch milionów złotych rocznie.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_lead_paragraph_in_the_headlines_header_comes_first(lead: str) -> None:
    lines, result = _out(_header_page(f"<p class='article__intro'>{lead}</p>"))
    assert lead in lines
    assert lines.index(lead) < lines.index(PARA.format(0))
    assert "dom:chrome" in {r.pass_name for r in result.removed}  # the header itself still goes
    assert "Tom Reilly 7 Nov 2024" not in lines


@pytest.mark.parametrize(
    "dek",
    [
        "<p class='dek'>The vote follows two years of debate over the levee and its costs.</p>",  # one sentence
        "<p itemprop='description'>The vote follows two years of debate. It was close.</p>",  # marked as the dek
        "<p>Short dek. Two.</p>",  # short
    ],
)
def test_a_dek_in_the_headlines_header_is_not_pulled_in(dek: str) -> None:
    lines, _ = _out(_header_page(dek))
    assert not any(line.startswith(("The vote", "Short dek")) for line in lines)


def test_a_lead_is_not_moved_into_the_middle_of_the_article() -> None:
    lead = LEADS[0]
    lines, _ = _out(_header_page(f"<p class='article__intro'>{lead}</p>", body_at=2))
    assert lead not in lines[2:]  # never after the article's first paragraphs


TEASERS = [
    # a label in a block of its own, the headline a bare link beside it
    ("<div class='read-also'><div class='read-also__title'>Читайте также</div>"
     "<a href='/news/2024/03/10/tram/'>В Казани продлят трамвайную линию до Азино</a></div>", "В Казани"),
    # a bold label and a link in a <div> of inline content
    ("<div class='inline-news'><strong>İLGİLİ HABER</strong> <a href='/gundem/marmaray'>Marmaray seferlerinde yeni düzenleme</a></div>", "Marmaray"),
    ("<div><b>Lees ook:</b> <a href='/regio/kanaal'>Scheepvaart op Twentekanaal neemt toe</a></div>", "Scheepvaart"),
]


@pytest.mark.parametrize("at", [0, 3, 6])
@pytest.mark.parametrize(("box", "word"), TEASERS)
def test_teasers_inside_the_article_go(box: str, word: str, at: int) -> None:
    paras = [f"<p>{PARA.format(n)}</p>" for n in range(6)]
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1><div class='text'>"
        + "".join(paras[:at]) + box + "".join(paras[at:]) + "<h2>What comes next</h2><p>" + PARA.format(6) + "</p>"
        "</div></article></body></html>"
    )
    lines, result = _out(html, paras=7)
    assert not any(word in line for line in lines)
    assert "What comes next" in lines
    assert "dom:related" in {r.pass_name for r in result.removed}


KEPT_BESIDE_LINKS = [
    # a sentence beside a bare link: the link is no headline under a label
    ("<div><p>The full text of the decision, with the maps of the flood zones, is online.</p>"
     "<a href='/docs/levy'>Read the decision of the county board</a></div>", "maps of the flood zones"),
    # text after the link: a sentence
    ("<div><b>Note:</b> the board meets again on <a href='/agenda'>Monday 3 June at the town hall</a> to set the rate.</div>",
     "Monday 3 June"),
    # a link to another site: a source, not a teaser (no DOM removal; the text passes take "Source:" lines
    # as credits, and the extractor drops a short <div> among <p>s)
    ("<p><strong>Source:</strong> <a href='https://stats.example.gov/levy'>State flood risk report 2024</a></p>", None),
    ("<div><strong>Source:</strong> <a href='https://stats.example.gov/levy'>State flood risk report 2024</a></div>", None),
    # a heading and a paragraph in a box
    ("<div class='box'><h3>Key dates</h3><p>The levy takes effect on <a href='/dates'>1 January 2025</a>.</p></div>", "1 January 2025"),
]


@pytest.mark.parametrize("at", [0, 3, 6])
@pytest.mark.parametrize(("box", "words"), KEPT_BESIDE_LINKS)
def test_article_text_beside_a_link_stays(box: str, words: str | None, at: int) -> None:
    paras = [f"<p>{PARA.format(n)}</p>" for n in range(6)]
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1><div class='text'>"
        + "".join(paras[:at]) + box + "".join(paras[at:]) + "</div></article></body></html>"
    )
    lines, result = _out(html)
    assert not [r for r in result.removed if r.pass_name.startswith("dom:")]
    if words is not None:
        assert any(words in line for line in lines), lines


def test_labelled_teasers_go_in_an_article_written_one_element_per_paragraph() -> None:
    cols = [f"<div class='mc-column content-text'><p class='content-text__container'>{PARA.format(n)}</p></div>" for n in range(6)]
    teaser = (
        "<div class='mc-column content-text'><p class='content-text__container'><strong>📲 Leia mais:</strong> "
        "<a href='/rs/noticia/2024/05/13/doacoes.ghtml'>Saiba como ajudar as vítimas das enchentes</a></p></div>"
    )
    html = (
        "<html><head><title>Chuvas</title></head><body><main><article itemprop='articleBody'>"
        + "".join(cols[:3]) + teaser + "".join(cols[3:]) + "</article></main></body></html>"
    )
    lines, result = _out(html)
    assert not any("Saiba como" in line for line in lines)
    assert "dom:related" in {r.pass_name for r in result.removed}


def test_an_image_description_is_a_caption() -> None:
    paras = "".join(f"<p>{PARA.format(n)}</p>" for n in range(6))
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1><div class='text'>"
        f"<span class='end_photo_org'><img src='/a.jpg'><em class='img_desc'>The levee at dawn. Photo agency</em></span>{paras}"
        "</div></article></body></html>"
    )
    lines, result = _out(html)
    assert not any("levee at dawn" in line for line in lines)
    assert "dom:captions" in {r.pass_name for r in result.removed}


def _two_part_page(first: str, mid: str, second: str = "article__body", extra: str = "") -> str:
    a = "".join(f"<p>{PARA.format(n)}</p>" for n in range(2))
    b = "".join(f"<p>{PARA.format(n)}</p>" for n in range(2, 6))
    return (
        "<html><head><title>Levy</title></head><body><main><article class='article'><h1>Levy approved</h1>"
        f"<div class='{first}'>{a}</div>{mid}<div class='{second}'>{b}</div>{extra}</article></main></body></html>"
    )


@pytest.mark.parametrize("first", ["intro-text", "text", "lead"])
@pytest.mark.parametrize(
    "mid",
    ["", "<div class='ad'>Advertisement</div>", "<figure><img src='/a.jpg'><figcaption>The levee.</figcaption></figure>"],
)
def test_an_article_in_two_containers_comes_out_whole(first: str, mid: str) -> None:
    lines, _ = _out(_two_part_page(first, mid))
    assert [line for line in lines if "Paragraph" in line] == [PARA.format(n) for n in range(6)]


@pytest.mark.parametrize(
    "extra",
    [
        "<div class='note'><p>Join our forums to keep talking about the levy, and send us your news tips by e-mail.</p></div>",
        "<div class='bio-box'><p>Tom Reilly covers county government and has written for the Gazette since 2009.</p></div>",
    ],
)
def test_a_paragraph_alone_beside_the_article_is_not_pulled_in(extra: str) -> None:
    lines, _ = _out(_two_part_page("article__body", "", extra=extra))
    assert not any(line.startswith(("Join our", "Tom Reilly")) for line in lines)


@pytest.mark.parametrize("at", [0, 3, 6])
def test_a_section_of_prose_named_like_a_related_list_stays_beside_a_bare_link(at: int) -> None:
    paras = [f"<p>{PARA.format(n)}</p>" for n in range(6)]
    section = (
        "<section class='related-work'><h2>Earlier levies</h2><p>The county last raised a flood levy in 1998, after "
        "the river burst its banks twice in three years; that levy expired in 2018, and the money it raised paid for "
        "the north levee and two pump stations.</p>"
        "<a href='/archive/levy-1998'>The 1998 levy vote in our archive</a></section>"
    )
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1><div class='text'>"
        + "".join(paras[:at]) + section + "".join(paras[at:]) + "</div></article></body></html>"
    )
    lines, result = _out(html)
    # the DOM pass keeps it (its bare link is no teaser's headline), its names dropped (the extractor
    # drops a <section> named "related-work" on its own)
    assert not [r for r in result.removed if r.pass_name.startswith("dom:")]
    assert any(line.startswith("The county last raised a flood levy in 1998") for line in lines)
    assert "Earlier levies" in lines


ORPHAN_LABELS = [
    # the DOM takes the headline (a paragraph all link), its label stays for the text passes
    "<p><b>Read more</b></p><p><a href='/news/1/'>Council votes to close two libraries</a></p>",
    "<p><strong>Related</strong></p><p><a href='/news/2/'>Bus fares to rise by ten percent</a></p>",
    # one headline under a heading: no related list for the DOM
    "<h3>Read more</h3><ul><li><a href='/news/1/'>Council votes to close two libraries</a></li></ul>",
]


@pytest.mark.parametrize("at", [0, 3, 5])
@pytest.mark.parametrize("box", ORPHAN_LABELS)
def test_a_subheading_after_a_teaser_label_stays(box: str, at: int) -> None:
    paras = [f"<p>{PARA.format(n)}</p>" for n in range(6)]
    html = (
        "<html><head><title>Levy</title></head><body><article><h1>Levy approved</h1><div class='text'>"
        + "".join(paras[:at]) + box + "<h2>What the levy costs</h2>" + "".join(paras[at:])
        + "</div></article></body></html>"
    )
    lines, result = _out(html)
    assert "What the levy costs" in lines  # the article's subheading, no headline of the box
    assert not any(word in line for line in lines for word in ("Read more", "Related", "libraries", "Bus fares"))
    assert "teaser-box" in {r.pass_name for r in result.removed} or any(
        r.pass_name.startswith("dom:") for r in result.removed
    )


def test_the_text_passes_know_no_subheadings_in_text_mode() -> None:
    text = "Read more\nWhat the levy costs\n" + "\n".join(PARA.format(n) for n in range(3))
    assert "What the levy costs" not in cleaner.clean_text(text)  # unchanged: text mode has no markup
