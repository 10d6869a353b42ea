# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe 45 (htmldocs): documentation and help pages, ``fixtures/html_htmldocs45/<lang>_<what>.html``:
a Zendesk help-center article ("Articles in this section", "Was this article helpful?", "Have more
questions? Submit a request", related articles, a comment box: en); a GOV.UK guide part ("Apply for a
Blue Badge": contents list, cookie banner, "Start now" button, "Previous/Next" pagination, "Is this page
useful?": en); a Sphinx API reference in the PyData theme (a function's signature, field list of
parameters, "See also", a doctest with a "Copy" button, "Edit on GitHub", "Show Source": en); a German
university department page (TYPO3: breadcrumbs "Sie sind hier:", sub-navigation, a table of deadlines, a
"Hinweis:" box, downloads, a contact box, "Zuletzt geändert"); MkDocs Material in German ("Achtung",
"Hinweis" admonitions, a YAML sample with a file name, a table of URL schemes, a "Tipp" in
``<details>``, the revision date, "War diese Seite hilfreich?": de); a French government service page
(DSFR: "Vérifié le …", "Attention" callout, "Service en ligne" tile, "Textes de loi et références",
"Cette page vous a-t-elle été utile ?": fr); a MediaWiki page (Vector 2022: "Sommaire", "[modifier]",
a definition list, "Voir aussi", categories, "La dernière modification …": fr); an Intercom help
article ("Escrito por …", "Actualizado hace más de una semana", a callout "Consejo", a table, "¿Ha
quedado contestada tu pregunta?": es); a ReadMe API reference (body params, responses, "Actualizado
hace 4 meses", "Anterior/Siguiente", a request playground: es); an Italian university page (Drupal
Bootstrap Italia: "Ultimo aggiornamento", a rating box, an "Attenzione" callout, a committee list: it);
a Confluence knowledge-base page (info/warning macros, page tree, labels, likes, comments: it); a gov.br
service page (steps with channels, costs and times; "Atenção." message; "Última Modificação", "Você
conseguiu acessar esse serviço?": pt); Mintlify docs (a warning callout in ``<span data-as=p>``s,
headings with a zero-width permalink, a JSON sample with "Copy", "Esta página foi útil?", "Sugerir
edições": pt); a Dutch government Q&A page ("Let op" box, "Zie ook", "Heeft u gevonden wat u zocht?":
nl); a Docusaurus tutorial in Dutch (announcement bar, "Versie: Volgende" badge, admonitions "info" and
"waarschuwing", "Bewerk deze pagina", "Laatst bijgewerkt op … door …", "Vorige/Volgende": nl); VitePress
in Japanese ("ヒント"/"注意" blocks, a Carbon ad in the aside, "GitHub でこのページを編集", "最終更新日",
"前のページ/次のページ": ja).

Editorial decisions: the body of every admonition, callout, info box ("Hinweis:", "Let op", "Atenção.",
"Important:") is gold; the box's title alone ("Note", "Achtung", "ヒント", "info", "Let op") soft. A
"Before you start"/"What you need" list, numbered steps, a parameter's description and a table of
options are gold. A function's signature and the parameter fields' labels ("Parameters:", "Returns:"),
a ReadMe param's name/type/"required" row, an API route's URL and a response's status code are soft
(what the extractor writes for them is not one line of text one can predict). "See also" *inside* a
docstring (the function it names and the line saying why) is gold: it is the author's text in the
body; a "See also"/"Voir aussi"/"Zie ook" block *after* the body that lists other pages (a wiki's
"Voir aussi" with two links: soft; a gov page's "Zie ook" related-questions box: residue) is not. A
department page's contact box (person, room, telephone, hours) and its downloads are soft; a gov.br
step's "Canais de prestação"/"Custos"/"Tempo" sub-fields soft (the step's own sentence gold). A GOV.UK
guide part's "2. How to apply" title soft. The API playground's generated ``curl`` sample is soft.
A wiki's "Contributeurs principaux" line soft; its maintenance box ("Cette page a besoin d'être
relue …") residue.

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``, a heading's "¶",
"#" or zero-width permalink taken off the tree, as in red team 30). Tags decided after the blind round:
the ReadMe page's excerpt (a one-sentence dek in the page's ``<header>``: soft, as a news dek is; the
DOM pass keeps a lead there of two sentences or more); the gov.br "Atenção." message, written by the
browser as one line with its title ("Atenção. Para provar …"): the line gold (it was tagged as a soft
title and a gold body); two code blocks' file-name titles ("backup.yml", "src/Aanmelden.jsx", which the
author gives the sample) soft. The harness strips a leading "- " from every line, so a sample's YAML
list item reads as lost: the round-2 sample writes its list inline.

Measured with ``python tests/test_html_htmldocs45.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 16 pages, 235 article lines), on main at 3fa7e8c: **14 article lines lost, 21 residue
  lines left** (as first tagged: a Sphinx heading's "#" permalink and two code blocks' file-name titles
  were read as residue: the tagger now takes the permalinks off, the file names re-tagged soft). Lost:
  a GOV.UK call-to-action block's sentence (a govspeak "call-to-action" div), the doctest run into one
  line (3), an Intercom table with ``role="presentation"`` written cell by cell (4), the ReadMe page's
  excerpt and "Body Params", a DSFR "Attention" callout's text, a gov.br "Atenção." message's body, a
  Mintlify JSON sample's last line and the sentence after it (2). Left: the wiki's maintenance box and
  "[modifier]" section links (4), "Piace a Marco Galli e altre 3 persone", code blocks' language labels
  ("sh", "JSON"), the "Links" box, "Accéder au service en ligne", "Última Modificação: 17/12/2024", and
  the broken lines of the lost ones. After (234 article lines, the excerpt re-tagged soft): **1 lost,
  6 left** (lost: the GOV.UK call-to-action sentence; left: see ``RESIDUE_LEFT``).
* round 2 (4 pages, 43 article lines, aimed at the changes): steps whose code samples sit in list items
  (after a sentence, first in the item, in a ``<dd>``), a callout with an icon beside a site-wide
  ``role="alert"`` banner outside the article (en); a help page in an old layout table marked
  ``role="presentation"`` holding a table of short cells marked so too (de); Mintlify-like span
  paragraphs after a code sample, a span inside a ``<p>``, a loose "Actualizado hace 2 semanas" span
  (es); a wiki page with a "section-header" div and edit links, a "card-header" teaser after the body
  (it). Before (main): **8 lost, 4 left**; after: **1 lost, 1 left** (lost: "Abbuchungstermine", a
  heading in the layout table's cell, lost on main too; left: the "cURL" label). In all: 20 pages,
  277 article lines, **2 lost, 6 left** (the pt revision line now goes: a table entry, below).

Changes (``cleaner/html/dom.py``, ``keep.py``, ``extract.py``, ``names.py``, ``rules.toml``;
``cleaner/document.py``):

* ``dom._break_code_in_items``: a code sample of two lines or more inside a ``<li>`` or ``<dd>`` is
  written again with a ``<br>`` after each line (and before the first, where the item has text before
  it): the extractor ran the sample into one line there ("s = read() s.max() 3.12"). A one-line
  ``<code>`` in a step stays in its sentence.
* ``Document.pin``: a sample's first line may stand after a list marker ("- s = read()", a sample first
  in its item): its lines are pinned, so "3.12" is not taken for a clock time.
* ``extract._tiled`` (in ``split_run_together``): a line that is exactly one of the article's long lines
  with whole short ones beside it ("Note" + the note's sentence + "Examples", run together in a ``<dd>``)
  is cut at them; a line with any other words beside the long one is left as it is.
* ``dom.note_boxes``/``note_paragraphs``/``_drop_box_names``: a note box of the article (``[notes]
  boxes`` in rules.toml: "callout", "admonition", "notice", "alert", "hint"; or a role "note"/"alert"),
  text of 20 characters or more, at most half links, inside the ``<article>`` or the prose block's parent
  (``article_scope``): its names and its parts' are dropped for the extractor, which drops an element
  named "-icon" or "message" ("fr-callout fr-icon-warning-line", "br-message" with a "message-body"),
  and its ``<div>``s of inline text reach it as paragraphs. A sign-up box named "notice newsletter-notice"
  still goes (the forms family takes it first); a site-wide ``role="alert"`` banner outside the article
  still goes.
* ``dom._presentation_tables``: a table marked ``role="presentation"`` inside the article, two rows of
  two cells or more, no cell over 200 characters, no nested table, loses its role (the extractor drops
  such a table, or writes it cell by cell: Intercom's tables). A layout table (the article in its cell)
  is left as it is.
* ``keep.section_header``: also a ``<div>`` named like a header that is mostly a heading, beside the
  prose block ("rm-ParamContainer-header": "Body Params"); a "card-header" of a teaser (a link) still goes.
* ``keep.loose_spans``: a ``<span>`` child of a ``<div>``/``<section>`` that reads as a paragraph (four
  words or more, ending a sentence, few links) beside a block reaches the extractor as a paragraph
  (Mintlify's ``<span data-as="p">``: "}valor vem em centavos." for "O campo valor vem em centavos.").
  A span inside a ``<p>`` is its sentence's; "Actualizado hace 2 semanas" (no sentence end) is not made one;
  spans apart by ``<br>`` (an old CMS's body: the first equivalence run lost article lines of red team 25's
  and htmlnews44's pages when they were made paragraphs) and a hidden span of structured data (a dev page's
  picture address and title) are left as they are.
* Equivalence against main at 3fa7e8c (HTML included): 22 inputs differ, 20 of them this probe's new pages;
  ``fixtures/negatives/pt.txt`` (its new sentence, kept) and red team 24's ``en_howto_steps`` (its code
  block in a list item now comes out apart: that probe's residue and lost entries emptied). No old article
  line lost.
* ``pt.toml`` ``dateline``: "Última Modificação: 17/12/2024" (a service page's revision line, the line
  alone); "A última modificação da lei, em 17/12/2024, mudou …" stays.
* ``rules.toml``: ``[families.widgets]`` "editsection", "ambox" (a wiki's "[modifier]" links and its
  maintenance box); ``[families.social]`` "like-summary", "likes-section" (a knowledge base's "Piace a
  Marco Galli e altre 3 persone"). An "editorial-section" box and a sentence opening "Liked by" stay.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, PARA, URL, lines, page_probe_tests, paragraphs_out, report, tagged_inline
from html_probes import article_page as _page
from html_probes import paras as _paras
from html_probes import reasons_with as _reasons
from probes import assert_survives, with_line
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.html.extract import split_run_together


def tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    """The tagged lines as :func:`html_probes.tagged_inline` reads them, less a heading's permalink ("¶", a
    zero-width space, a Sphinx "#" or a VitePress anchor, taken off the tree): the link is not the heading's text."""
    for link in tree.css("a.headerlink, a.hash-link, a.header-anchor"):
        link.decompose()
    return [line.rstrip("¶\u200b ") for line in tagged_inline(tree, attr)]


PAGES_DIR = FIXTURES / "html_htmldocs45"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "es_r2_spans_parrafos": [
        "cURL",  # a code block's language label over the sample: a one-word line is a heading or a term elsewhere
    ],
    "fr_service_public_demarche": [
        "Accéder au service en ligne",  # a service tile's button (a link styled 'fr-btn'): no rule takes a lone link's words yet
    ],
    "ja_vitepress_guide": [
        "sh",  # a code block's language label, as above
    ],
    "nl_overheid_vraag_antwoord": [
        "Links",  # a gov page's 'Links' box heading over one external link ('block-links'): a bare 'Links' may head an article's own list
        "Huurtoeslag aanvragen - Dienst Toeslagen",  # its one link, as above
    ],
    "pt_mintlify_docs": [
        "JSON",  # a code block's language label, as above
    ],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {
    # de_r2_hilfe_layouttabelle's "Abbuchungstermine" (a heading inside an old layout table marked role='presentation')
    # is kept since htmlmail51 unfolds such tables (cleaner/html/mailtables.py)
    "en_govuk_apply": [
        "If you need help with the form, a friend or carer can fill it in for you and sign it on your behalf.",  # a GOV.UK govspeak 'call-to-action' box of one sentence: the same shape as a sign-up pitch whose button was stripped, told apart only by its words
    ],
}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 20, min_gold=4, tag=tagged
)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged)


# --- a code sample inside a list item or a definition: its lines apart, and pinned ---------------------

SAMPLE = "<div class='highlight'><pre><code>s = read()\ns.max()\n3.12\n</code></pre></div>"


@pytest.mark.parametrize(
    ("inner", "before"),
    [
        (
            "<ol><li>Install it and run the example:"
            + SAMPLE
            + "</li><li>Check the result against the table.</li></ol>",
            "Install it and run the example:",
        ),
        (
            "<dl><dt>read()</dt><dd><p>Read a gauge file into a series of water levels.</p>" + SAMPLE + "</dd></dl>",
            "Read a gauge file into a series of water levels.",
        ),
        ("<ul><li>" + SAMPLE + "</li><li>Check the result against the table.</li></ul>", ""),
    ],
    ids=["step", "definition", "first-in-item"],
)
def test_a_code_sample_in_a_list_item_keeps_its_lines_apart(inner: str, before: str) -> None:
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "s.max()" in out and "3.12" in out  # "3.12" is no clock time: the sample's lines are pinned
    assert "s = read()" in out
    if before:
        assert before in out


def test_a_one_line_code_in_a_list_item_stays_in_its_sentence() -> None:
    inner = "<ol><li>Run <code>pip install tide</code> in a terminal, then open the notebook.</li><li>Check the result.</li></ol>"
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "Run pip install tide in a terminal, then open the notebook." in out


OTHER = "Read a tide-gauge file into a time-indexed series of water levels."


def test_an_admonition_title_and_a_rubric_run_into_a_definition_come_apart() -> None:
    parts = ["Note", "Readings flagged as suspect are set to NaN, not dropped.", "Examples"]
    page = [OTHER, *parts]
    assert split_run_together(" ".join(parts), page).splitlines() == parts


@pytest.mark.parametrize(
    "line",
    [
        "Warning Readings flagged as suspect are set to NaN, not dropped.",  # "Warning" is no part of the page
        "Readings flagged as suspect are set to NaN, not dropped.",  # one part alone
    ],
)
def test_a_line_not_made_of_whole_parts_is_left_as_it_is(line: str) -> None:
    parts = [OTHER, "Note", "Readings flagged as suspect are set to NaN, not dropped.", "Examples"]
    assert split_run_together(line, parts) == line


# --- note boxes the extractor would drop for their names ("-icon", "message") --------------------------

NOTE_TEXT = "Do not use a private site: some charge for a procedure that is free of charge."


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='fr-callout fr-icon-warning-line' role='note'><p class='fr-callout__title'>Warning</p><p class='fr-callout__text'>{NOTE_TEXT}</p></div>",
        f"<div class='br-message info' role='alert'><div class='icon'><i class='fas fa-info'></i></div><div class='content'><span class='message-body'>{NOTE_TEXT}</span></div></div>",
        f"<div class='admonition tip-icon'><p>{NOTE_TEXT}</p></div>",
    ],
    ids=["dsfr-callout", "govbr-message", "admonition-icon"],
)
def test_a_note_box_named_like_an_icon_or_a_message_stays(box: str) -> None:
    out, _ = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert NOTE_TEXT in out


def test_a_sign_up_box_named_like_a_notice_still_goes() -> None:
    box = "<div class='notice newsletter-notice'><p>Get the morning briefing in your inbox, every weekday.</p><a class='button' href='/newsletter'>Sign up</a></div>"
    out, result = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert not any("morning briefing" in line for line in out)
    assert _reasons(result, "newsletter")


# --- a help centre's table marked role="presentation" ------------------------------------------------


def test_a_table_of_short_cells_marked_presentation_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td><div class='cell'><p>Column {k}</p></div></td><td><div class='cell'><p>What column {k} holds</p></div></td></tr>"
        for k in range(3)
    )
    out, _ = paragraphs_out(
        _page(_paras(3) + f"<table role='presentation'><tbody>{rows}</tbody></table>" + _paras(3, 3)), URL
    )
    assert "| Column 1 | What column 1 holds |" in out


def test_a_layout_table_marked_presentation_still_writes_its_paragraphs() -> None:
    body = "".join(f"<p>{PARA.format(k)}</p>" for k in range(6))
    html = (
        "<html><body><table role='presentation' width='600'><tr><td class='side'><a href='/'>Home</a></td>"
        f"<td class='main'><h1>Ferry operator cuts winter sailings</h1>{body}</td></tr></table></body></html>"
    )
    out = [line for line in lines(cleaner.clean_html(html, url=URL))]
    assert sum(line.startswith("The operator will run") for line in out) == 6
    assert not any(line.startswith("|") for line in out)


# --- a section header named "header" inside the article ----------------------------------------------


def test_a_div_named_header_over_a_section_of_the_article_stays() -> None:
    section = (
        "<section class='param-container'><div class='param-container-header'><h2>Body Params</h2></div>"
        "<div class='param'><p>Identifier of the customer who places the order, as returned by the customers endpoint.</p></div></section>"
    )
    out, _ = paragraphs_out(_page(_paras(3) + section + _paras(3, 3)), URL)
    assert "Body Params" in out


def test_a_card_header_of_links_still_goes() -> None:
    card = (
        "<div class='teaser-list'><div class='card-header'><h3><a href='/2025/03/bridge'>Bridge closes for a month of repairs</a></h3></div>"
        "<p>The crossing shuts on Monday while the deck is resurfaced and the lights are replaced.</p></div>"
    )
    out, _ = paragraphs_out(_page(_paras(6), after=card), URL)
    assert "Bridge closes for a month of repairs" not in out


# --- paragraphs written as <span> beside blocks ------------------------------------------------------


def test_a_span_paragraph_after_a_code_sample_stays_apart() -> None:
    inner = (
        "<div class='code-block'><pre><code><span class='line'>{</span>\n<span class='line'>  \"value\": 15990</span>\n<span class='line'>}</span></code></pre></div>"
        "<span data-as='p'>The <code>value</code> field comes in cents.</span>"
    )
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "}" in out
    assert "The value field comes in cents." in out


def test_a_span_inside_a_paragraph_is_left_to_its_sentence() -> None:
    inner = "<p>The timetable <span class='hl'>changes on Monday.</span> Tickets bought before then stay valid.</p>"
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "The timetable changes on Monday. Tickets bought before then stay valid." in out


def test_a_loose_span_that_is_no_sentence_is_not_made_a_paragraph() -> None:
    inner = "<div class='code-block'><pre><code>a = 1\nb = 2</code></pre></div><span class='updated'>Updated 3 days ago</span>"
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "Updated 3 days ago" not in out


# --- names: a wiki's section edit links and maintenance box, a knowledge base's likes line ------------


@pytest.mark.parametrize(
    ("box", "word"),
    [
        (
            "<h2>Installation<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a href='/w?action=edit&amp;section=2'>modifier</a><span class='mw-editsection-bracket'>]</span></span></h2>",
            "modifier",
        ),
        (
            "<table class='ambox ambox-content'><tr><td class='mbox-text'>This page needs to be checked: the commands were not tested on the new release.</td></tr></table>",
            "checked",
        ),
        (
            "<div id='likes-section'><a href='#' class='like-button'>Like</a><span class='like-summary'>Liked by Marco Galli and 3 others</span></div>",
            "Liked by",
        ),
    ],
    ids=["editsection", "ambox", "like-summary"],
)
def test_wiki_and_knowledge_base_chrome_named_so_goes(box: str, word: str) -> None:
    out, result = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert not any(word in line for line in out)
    assert any(word in r.text and r.pass_name.startswith("dom:") for r in result.removed)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='editorial-section'><p>The editors chose the new timetable as the subject of this month's long read on transport.</p></div>",
        "<div class='summary-box'><p>Liked by most commuters, the later sailing will stay on Saturdays until the end of March.</p></div>",
    ],
    ids=["editorial-section", "liked-in-a-sentence"],
)
def test_article_boxes_like_those_names_stay(box: str) -> None:
    out, _ = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    text = LexborHTMLParser(box).text(separator=" ").strip()
    assert text in out


# --- text table: a service page's revision line (pt) ---------------------------------------------------

PT = [
    "A Carteira de Trabalho Digital substitui a carteira em papel para a maioria dos trabalhadores.",
    "Quem perdeu a carteira física pode usar a versão digital, que tem o mesmo valor legal.",
    "O atendimento presencial exige agendamento pelo telefone 158, nos dias úteis.",
]


@pytest.mark.parametrize("line", ["Última Modificação: 17/12/2024", "Última modificação em 03/02/2025"])
def test_a_revision_line_goes(line: str) -> None:
    result = cleaner.explain_text("\n\n".join([*PT, line]), language="pt")
    assert result.text == "\n\n".join(PT)
    assert any(r.pass_name == "dateline" and line in r.text for r in result.removed)


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_sentence_about_a_modification_stays(position: str) -> None:
    line = "A última modificação da lei, em 17/12/2024, mudou o prazo de entrega da declaração."
    assert_survives(with_line(PT, line, position), language="pt")


@pytest.mark.parametrize(
    "inner",
    [
        # an old CMS's body of spans apart by breaks: left to the extractor, which keeps them apart
        "<div class='testo'><span>The road reopened this afternoon on a single lane with traffic lights.</span><br><br>"
        "<span>Engineers expect the works on the slope to last until the end of the summer.</span><br><br></div>",
        # a theme's hidden structured data beside the body
        "<div class='code-block'><pre><code>a = 1\nb = 2</code></pre></div><span class='hidden'><span itemprop='name'>More Reviews from Our Visitors!</span></span>",
    ],
    ids=["spans-apart-by-breaks", "hidden-structured-data"],
)
def test_spans_the_extractor_handles_are_left_as_they_are(inner: str) -> None:
    out, _ = paragraphs_out(_page(_paras(3) + inner + _paras(3, 3)), URL)
    assert "More Reviews from Our Visitors!" not in out
    if "testo" in inner:  # (the first span, right after the <p>s, is lost on main too: a known gap, not this rule's)
        assert "Engineers expect the works on the slope to last until the end of the summer." in out
