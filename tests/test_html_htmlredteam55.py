# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlredteam 55: a blind red team of whole pages from the long tail of the web, not newspapers, under
``fixtures/html_htmlredteam55/`` (en de fr es it pt nl), one page per kind of site: a Substack post (the subscribe
widget "Thanks for reading The Ledger Line! Subscribe for free …", "Type your email…", like/restack counts, "Leave a
comment", "Previous"/"Next", "Discussion about this post", the footer's "Start Writing" / "Get the app"); a Medium
member-only story (claps "1.2K", "Follow", "Listen", "Share", "Photo by … on Unsplash", tags, "Written by …", "2.4K
Followers", "Responses (18)", "More from …", "Recommended from Medium"); a dev.to post (reactions, "#postgres" tags,
highlight panels, a "Promoted" card, "Top comments (12)", "Add to the discussion", the author's card, "More from …");
a Discourse topic (nl: category badge, tags, the first post's guide, replies under it soft, "23 vind-ik-leuks", the
crawler footer); a Docusaurus release post (de: announcement bar, "Neueste Beiträge" sidebar, hash links, an
admonition "Hinweis", "Diese Seite bearbeiten", "Älterer Beitrag", the table of contents); a TYPO3 hospital's
patient-advice page (de: cookieman, "Leichte Sprache", the department's sub-navigation, downloads with their size, the
medical review note soft, "Seite drucken"); a parish newsletter on WordPress Twenty Twenty-One (de: the post's dates
list, opening hours, "Wir gratulieren", "Vorheriger Beitrag"); an NGO's field report on Drupal (fr: tarteaucitron, a
donate bar "Votre don est déductible à 66 %", "Partager", a donation box, "Dans la même thématique", "Restez
informé·e"); a published Notion page (fr: topbar breadcrumbs, "Dupliquer", "Essayer Notion", page properties, callout,
list, table, toggle blocks, "Créé avec Notion"); a university's research news on Drupal (es: EU cookie compliance, the
audience bar, "Compartir:", "Etiquetas:", "Noticias relacionadas", the reference line); a Hashnode post (es: table of
contents, series navigation "Parte 3 de 6", author card, newsletter box, comments); a museum's collection story (it:
iubenda, the object's catalogue record, a transcribed list, "Altre storie dalla collezione", newsletter form); a
municipality's news item on the Designers Italia template (it: "Vedi azioni", "Argomenti", "Indice della pagina",
documents, "A cura di", "Ultimo aggiornamento", the page rating); a LinkedIn article (pt-BR: cookie alert, "+ Seguir",
"Gostei / Comentar / Compartilhar", "Para ver ou adicionar um comentário, faça login", "Mais artigos de …"); a school's
blog on ColorMag (pt-PT: "Últimas:" ticker, "Sem comentários", "Também pode gostar de", the comment form, categories
with counts); a company newsroom's press release (nl: Cookiebot, "---einde persbericht---" and the note to editors
soft, downloads, "Deel dit bericht", the press contact aside, "Meer persberichten").

Gold that looks like residue, on purpose: "Update, March 10: …", "Update 5 december: …", "Aggiornamento del 25 febbraio:
…" notes; "Disclosure: I live on one of the streets …", "Divulgação: a Quintal usa …"; closing lines of the author's
("Thanks for reading, and for the tips that keep coming in.", "Leave a comment if your street was on the November
list.", "Gracias por leer.", "Merci d'être là.", "Obrigada a todos pela boa disposição.", "Tell me in the comments …",
"¿Usas otro depurador? Déjalo en los comentarios …", "Conte nos comentários, vou ler todos."); short lines ("Hi all,",
"That's it.", "Esto es lo que uso ahora.", "Dans le doute, on débranche.", "Liebe Gemeinde,", "2 camicie"); one-line
quotes in blockquotes; lists (a hand-written packing list, a parish's dates, vacancies, "Was die Orgelbauer gemacht
haben:"), tables (budget lines, pin-outs, a pdb cheat sheet, a migration table, a Notion table), code blocks; an
author's figcaption in a school blog and in a museum story; subheadings that are menu words ("Vacatures", "Contacts",
"Kontakt", "Downloads").

Measured with ``python tests/test_html_htmlredteam55.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 16 pages, 293 article lines), on the base 0524cf11: **7 article lines lost, 4 residue lines left**.
  Before measuring, two tags were the harness's artifacts and were taken off the markup (not retagged): the
  Docusaurus headings' zero-width anchor character (the cleaner drops it, the gold kept it) and a table's empty corner
  cell (``|  |`` against ``| |``); the museum's catalogue record of the object (Oggetto, Datazione, Materiali …), first
  left untagged, is soft (a fact sheet of the object the story is about, kept by design). Lost: the Notion page's four
  subheadings (dom:chrome: each block's ``<div class="notion-selectable notion-header-block">`` is named "header", and
  the prose block is one paragraph's ``<div>``, each paragraph's text sitting in a ``<div>`` of its own, so the heading's
  block outside it was judged a page's header); the release's subheading "Vacatures" (site-chrome: the footer-link
  entry of ``lang/nl.toml [widgets] chrome`` over "Veldhoven Cycles zoekt onder meer:", a line too short for the
  chrome-heading guard between two paragraphs); the school blog's and the museum story's captions (dom:captions, by
  design). Left: Medium's clap count "1.2K", a university press office's two contact rows, the municipal template's
  "Descrizione". After: **2 lost (the two captions, KNOWN_LOST), 4 left (RESIDUE_LEFT)**.
* round 2 (5 pages, 49 article lines, aimed at the changes): a German newsroom release with "Stellenangebote",
  "Downloads", "Kontakt" as its subheadings and the same words as links in a box under it; a French town hall's
  "Recrutement" over "La mairie recrute pour l'été :" and "Contact" over prose, its menu holding both; an English
  cricket club's newsletter ("Contact us" over "If you would like to help …, speak to any of the following:",
  "Downloads", the footer's "Contact us"); a Portuguese Notion page (header and sub_header blocks, "Contactos"); an
  Italian town's notice ("Lavora con noi", "Contatti", the footer's "Contatti"). On the base: **7 lost** (the four
  Notion headings, "Recrutement", "Lavora con noi", "Downloads"), **0 left**; after the round 1 changes: 1 lost (the
  German "Downloads", under a sentence of 11 words, the guard then asking 12); after: **0 lost, 0 left**. In all: 21
  pages, 342 article lines, 2 known lost, 4 left.

Changes:

* ``cleaner/html/blockheads.py`` (hooked into ``dom.prune`` beside ``section_header``): :func:`editor_heading_block`,
  a block editor's subheading: an element chrome by its names ("notion-header-block") that holds one ``<h2>``..``<h6>``
  and nothing else (no ``<h1>``, no link), whose parent is around the prose block, and whose blocks right before and
  after are siblings of its tag sharing a class name with it ("notion-selectable"), each holding prose: it stands in
  the series of the article's blocks. A page's header ("page-header" over "page-content"), a heading block first in
  the series, and a heading that is a link still go (tests).
* ``cleaner/passes/edge_longtail.py`` (site-chrome's guards): :func:`marked_subheading`, a menu's word of up to three
  words that the page's markup shows to be one of the article's subheadings (``Document.headings``: an ``<h2>``..
  ``<h6>`` with no link, in no list item; the HTML path only, the text path is unchanged), under a line of prose of
  eight words or more and over the first line of its section, prose or a clause announcing a list with its colon. The
  same word in a ``<p>``, as a linked heading, or closing the page with nothing of it under goes (tests in nl, fr), and
  so does a heading pointing at the page with a demonstrative ("Citer cette page", "Cite this page": a citation box's
  title, htmlwiki49's two, which the first version of the guard kept). Added to ``COMPILED``. It also saves
  htmlmail51's "Écouter" (a digest's ``<h3>`` between its paragraphs), taken out of that module's KNOWN_LOST.
* No table entries.

Known lost (KNOWN_LOST): the two captions (dom:captions: a post's caption among many paragraphs has the shape of a
news photo's, as htmlredteam54's two). Left (RESIDUE_LEFT): see the comments there.

Noticed and left alone: Notion's first block, when it is a heading, still goes (the guard asks a block of the series
before it); Medium's response count went but its clap count stays, the two named alike.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, URL, article_page, bare, lines, page_probe_tests, report, tagged_inline

import cleaner

PAGES_DIR = FIXTURES / "html_htmlredteam55"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # a bare clap count ("1.2K") with no word beside it, between the dek and the first paragraph; the widget's class
    # names are a CSS-in-JS build's ("be b dw z dt"). A figure alone is a stats panel's ("1.2K" over "members") too
    "en_medium_oncall": ["1.2K"],
    # a university's press-office box under the article, its heading ("Más información") gone: the office's name and
    # its address and phone. htmlpress52 tags a release's press contact soft; the rows are left, as there
    "es_universidad_investigacion": [
        "Unidad de Cultura Científica y de la Innovación",
        "comunicacion@umv.example · 963 555 120",
    ],
    # the municipal template's section label ("Descrizione", Designers Italia) as the text's first line, the headline's
    # place: a lone line over the first paragraph is kept as a headline is
    "it_comune_notizia": ["Descrizione"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {
    # dom:captions: a post's one caption among its paragraphs goes as a news photo's does (a gallery's and a photo
    # essay's captions stay); by its shape an author's caption cannot be told from a news photo's (htmlredteam54's two)
    "it_museo_collezione": ["Il bauletto aperto, con il biglietto del Sirio e il ditale come li abbiamo trovati."],
    "pt_escola_visita": ["As lontras-marinhas, as preferidas da turma, fotografadas pelo Rodrigo."],
}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 16, min_gold=4, tag=tagged_inline
)


# --- edge_longtail.marked_subheading: a menu's word as the article's subheading by the page's markup ------------------

SECTION = {
    "nl": ("Vacatures", "Veldhoven Cycles zoekt onder meer:", ["35 monteurs", "12 medewerkers logistiek"]),
    "de": ("Stellenangebote", "Für das neue Werk sucht Kessler unter anderem:", ["Elektroniker", "Prüfingenieure"]),
    "fr": ("Recrutement", "La mairie recrute pour l'été :", ["6 animateurs", "1 directeur adjoint"]),
    "en": (
        "Downloads",
        "The minutes of the meeting are on the noticeboard in the clubhouse, and copies are behind the bar.",
        [],
    ),
    "it": (
        "Contatti",
        "Per informazioni sul progetto si può scrivere all'Ufficio Cultura oppure passare in biblioteca.",
        [],
    ),
}


PARAS = {
    "nl": "De vraag naar bakfietsen groeit vooral in Duitsland, Denemarken en Frankrijk, zegt de directeur van het bedrijf. Alinea {}.",
    "de": "Die Nachfrage nach Antrieben für Wärmepumpen ist stark gestiegen, sagt die Geschäftsführerin des Unternehmens. Absatz {}.",
    "fr": "Le centre de loisirs accueillera les enfants de trois à douze ans pendant tout l'été, a précisé le maire. Paragraphe {}.",
    "en": "The district council has granted planning permission for the new pavilion, and work will start in October. Paragraph {}.",
    "it": "Il Comune partecipa al bando con un progetto dedicato alla biblioteca e ai servizi per gli anziani del paese. Paragrafo {}.",
}


def _paras(lang: str, n: int, start: int = 0) -> str:
    return "".join(f"<p>{PARAS[lang].format(k)}</p>" for k in range(start, start + n))


def _section(lang: str, heading: str) -> str:
    _, opener, items = SECTION[lang]
    listed = "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else ""
    return f"{heading}<p>{opener}</p>{listed}"


@pytest.mark.parametrize("lang", sorted(SECTION))
def test_a_menu_word_marked_as_the_articles_subheading_stays(lang: str) -> None:
    word = SECTION[lang][0]
    html = article_page(_paras(lang, 3) + _section(lang, f"<h2>{word}</h2>") + _paras(lang, 3, 3))
    out = [bare(x) for x in lines(cleaner.clean_html(html, url=URL))]
    assert word in out
    assert SECTION[lang][1] in out


@pytest.mark.parametrize(
    "heading",
    [
        "<p>{}</p>",  # no heading by the markup: a menu's word, as on the base
        "<h2><a href='/jobs'>{}</a></h2>",  # a heading that is a link: a box's or a menu's
    ],
)
@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_word_not_marked_as_a_subheading_still_goes(lang: str, heading: str) -> None:
    word = SECTION[lang][0]
    html = article_page(_paras(lang, 3) + _section(lang, heading.format(word)) + _paras(lang, 3, 3))
    out = [bare(x) for x in lines(cleaner.clean_html(html, url=URL))]
    assert word not in out


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_marked_word_under_the_article_with_nothing_of_it_under_still_goes(lang: str) -> None:
    word = SECTION[lang][0]
    html = article_page(_paras(lang, 4) + f"<h2>{word}</h2>")
    out = [bare(x) for x in lines(cleaner.clean_html(html, url=URL))]
    assert word not in out


def test_a_heading_pointing_at_the_page_itself_still_goes() -> None:
    """A citation box's title ("Citer cette page", htmlwiki49) between a paragraph and its citation: a box's, not a
    section of the article (the demonstrative points at the page)."""
    box = "<div class='citation-ref'><h3>Citer cette page</h3><p>Mairie de Saint-Aubin, « Le centre de loisirs », fiche 12, consultée le 8 mars 2027.</p></div>"
    html = article_page(_paras("fr", 4) + box)
    out = [bare(x) for x in lines(cleaner.clean_html(html, url=URL))]
    assert "Citer cette page" not in out


def test_the_text_path_is_unchanged() -> None:
    """With no markup, the word between the paragraphs goes as on the base (the guard reads the HTML's headings)."""
    text = [
        "De vraag naar bakfietsen groeit vooral in Duitsland, Denemarken en Frankrijk, zegt het bedrijf in een verklaring.",
        "Vacatures",
        "Veldhoven Cycles zoekt onder meer monteurs, medewerkers logistiek en kwaliteitscontroleurs voor de nieuwe lijn.",
    ]
    result = cleaner.explain_text("\n".join(text), language="nl")
    assert [(r.pass_name, r.text) for r in result.removed] == [("site-chrome", "Vacatures")]


# --- html/blockheads.editor_heading_block: a block editor's subheading among its blocks -------------------------------


def _block(kind: str, inner: str) -> str:
    return f"<div class='notion-selectable notion-{kind}-block'>{inner}</div>"


def _notion(blocks: str, topbar: str = "") -> str:
    return (
        f"<html><body><div id='app'>{topbar}<main class='notion-frame'><div class='notion-page-block'><h1>Guide</h1></div>"
        f"<div class='notion-page-content'>{blocks}</div></main></div></body></html>"
    )


TEXTS = {
    "fr": (
        "Le déroulé d'un samedi",
        "Le Repair Café a lieu le deuxième samedi du mois, de 14 h à 18 h, à la maison de quartier.",
    ),
    "pt": (
        "Turnos",
        "Os turnos duram três horas. Inscreva-se na folha partilhada até quinta-feira à noite para a semana seguinte.",
    ),
    "de": (
        "Anfahrt",
        "Der Treffpunkt ist der Parkplatz am Waldrand, von dort sind es zehn Minuten zu Fuß bis zur Hütte.",
    ),
    "en": (
        "Contacts",
        "For any other question, write to Sophie in the volunteers' group, she answers within a day or two.",
    ),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_block_editors_subheadings_stay(lang: str) -> None:
    heading, text = TEXTS[lang]
    intro = "Bienvenue ! Ce guide tient en une page. Lisez-le avant votre premier samedi, ça prend cinq minutes."
    blocks = (
        _block("text", f"<div>{intro}</div>")
        + _block("header", f"<h2>{heading}</h2>")
        + _block("text", f"<div>{text}</div>")
        + _block("sub_header", "<h3>Et ensuite</h3>")
        + _block("text", f"<div>{text} Encore.</div>")
    )
    out = lines(cleaner.clean_html(_notion(blocks), url=URL))
    assert heading in out and "Et ensuite" in out


@pytest.mark.parametrize(
    "blocks",
    [
        # the heading's block first, no block of the series before it
        "{head}{text}{text2}",
        # beside blocks named otherwise: a page's header over its content
        "<div class='page-header'><h2>{word}</h2></div><div class='page-content'>{text}{text2}</div>",
        # a heading that is a link
        "{text}<div class='notion-selectable notion-header-block'><h2><a href='/x'>{word}</a></h2></div>{text2}",
    ],
)
def test_a_header_block_out_of_the_series_still_goes(blocks: str) -> None:
    text = _block("text", "<div>" + TEXTS["en"][1] + "</div>")
    text2 = _block("text", "<div>" + TEXTS["pt"][1] + "</div>")
    head = _block("header", "<h2>Our club</h2>")
    html = _notion(blocks.format(head=head, text=text, text2=text2, word="Our club"))
    out = lines(cleaner.clean_html(html, url=URL))
    assert "Our club" not in out
    assert TEXTS["en"][1] in out


def test_the_topbar_still_goes() -> None:
    topbar = "<div class='notion-topbar'><a href='/'>Repair Café</a><span>/</span><a href='/g'>Guide</a><div role='button'>Dupliquer</div></div>"
    blocks = (
        _block("text", "<div>" + TEXTS["fr"][1] + "</div>")
        + _block("header", "<h2>Règles</h2>")
        + _block("text", "<div>" + TEXTS["pt"][1] + "</div>")
    )
    out = lines(cleaner.clean_html(_notion(blocks, topbar), url=URL))
    assert "Règles" in out
    assert not any("Dupliquer" in x or x.startswith("Repair Café /") for x in out)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
