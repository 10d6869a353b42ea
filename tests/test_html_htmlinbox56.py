# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlinbox 56: the article's own boxed and widget-like content on whole news and magazine pages, the
over-stripping side of DOM pruning, under ``fixtures/html_htmlinbox56/`` (en de fr es it pt nl, 16 pages written blind,
5 for round 2). Each page has the chrome of its kind of outlet (consent banner of its CMP, nav, share bar, comment
count, related and most-read boxes, newsletter box, "Advertisement"/"Anzeige"/"Publicité" slots, author box, tags,
footer, JSON-LD) and the article's own parts in boxes named like chrome: a "Key points" / "Das Wichtigste in Kürze" /
"L'essentiel" / "Claves" / "I punti chiave" / "Em resumo" / "In het kort" summary list (``div.summary-box`` with
``role="complementary"``, ``aside``), fact boxes ("Zur Person", "Repères", "En cifras", "Raio-x", "Chi è", "Wie is
…?"), timelines (``div.timeline``, "Chronologie", "Cronología", "Tijdlijn"), FAQ accordions (``details/summary``,
Bootstrap's ``h3 > button.accordion-button``, ``button.accordion-toggle`` over its panel), pull quotes repeating a
paragraph (soft), data tables in ``div.table-wrapper`` / ``figure`` with a source line or ``figcaption``, footnotes
(``ol.footnotes``, ``section.notes``), correction / update / editor's notes (``div.note``, ``div.alert``, "Fe de
errores", "Correctie:"), glossaries (``dl``, ``ul``), "How we reported this" / "Comment nous avons travaillé" /
"Verantwoording" boxes, sidebar stories (``aside.sidebar-story``, ``aside.sidebar``), a map's caption, poll results the
article reports (``div.poll-widget``, ``div.encuesta``), embedded posts (tweet, Instagram: the post's text gold, its
author line soft, "Follow"/"View on Instagram" residue), source lists and "Further reading" (``section.further-reading``).

Round 2 (``*_r2_*``, en de fr it nl) puts the same shapes beside the residue they resemble: a reader poll's live widget
(its question over the figures, a "Vote" button) beside the reported result, a podcast promo in an
``aside.sidebar-promo`` (a "Listen now" link) beside a sidebar story with a link in its sentence, a photo's and a
video's figcaption beside a map's, a site's help accordion ("How do I cancel my subscription?") outside the article,
a menu toggle button, a topic list with no links ("Traffic", "City council"), donation boxes named in French and Dutch.

Measured with ``python tests/test_html_htmlinbox56.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 16 pages, 253 article lines as committed), on the base 7ca7f22a: **28 article lines lost, 2 residue
  lines left** (27 of the 252 after one line was retagged soft, see below). After: **0 lost, 0 left**.
* round 2 (5 pages, 63 article lines as written, 62 after the same retag): on the base **30 lost, 1 left** (29 lost
  of the 62); after: **0 lost, 0 left**.

Lost on the base, all in the DOM pass but the table's source lines:

* FAQ questions that are ``<button>``s (de, nl; round 2 en fr it): buttons are form controls, stripped before anything
  else, so the answers stayed under no question (5 lines, round 2 6).
* a reader poll's reported result in a box named "poll"/"encuesta" (de 5, es 4; round 2 en de fr nl 16): "widgets".
* the summary list in a ``div.summary-box role="complementary"`` (en, 4): chrome by its ARIA role (the summary-list
  guard ``keep.summary_box`` asks that a box have no role, for a site's header).
* sidebar stories named "sidebar" (en 3, pt 1; round 2 en 2, it 1): "widgets".
* an author's "Further reading" list of books with no link (en 2; round 2 de 2): "related".
* a data table's ``figcaption`` with its source (en), an Instagram post's caption (fr), a map's caption (pt; round 2
  de fr): "captions" (a photo's caption family).
* "Quelle: Statistisches Landesamt, eigene Recherche" under a table (de; round 2 nl "Bron: …"): ``image-credit``. Its
  guard ``credits.under_table`` reads table rows as "a | b | c", and the HTML path writes them "| a | b | c |". A first
  fix read the bar rows too (a helper ``edge_inbox.bar_row``): it kept the same line on four pages of older probes,
  which tag a table's source line residue ("Source: company filings", htmlmarkets48 twice; "Fonte: Comune di
  Bergamo", redteam2; "Quelle: Mietspiegel der Stadt, Tabelle: Stadtanzeiger", redteam26). Taken out: the two lines
  here are retagged soft (a table's source is a credit in the HTML probes' terms; the text path's guard keeps it).

Left on the base: a French donation box ("Cette enquête vous a été utile ?" and its appeal, ``div.don-box``; round 2
nl "doneren-box" 1).

Tagging fixed before round 1 was committed: "This story appears in the Winter 2027 issue of Northward." was gold; a
print-edition line is residue in the project's terms (``credits``): soft. Retagged after the rounds: the table source
lines "Quelle: Statistisches Landesamt, eigene Recherche" (round 1) and "Bron: Woonbond, Huurmonitor Utrecht 2026"
(round 2), gold to soft, to agree with the older HTML probes (above).

Changes:

* ``cleaner/html/inbox.py`` (new), hooked in ``dom.py`` by one line each (``# htmlinbox56``):
  ``disclosure_questions`` (before ``strip_always``): a ``<button>`` of an accordion (it or an element up to three
  levels above named "accordion", "collaps…", "disclosure", "faq", "toggle", "expand") whose text is a question (3
  words or more, up to 200 characters, ending on "?") goes to the extractor as text: unwrapped in its heading, else a
  ``<p>``. A menu toggle, "Show all answers", a form's "Forgot your password?" still go (tests).
  ``summary_aside``: a ``div``/``section`` with ``role="complementary"`` inside the ``<article>``, holding a summary list
  (``keep.summary_holders``) and no link, is judged by its names, as an ``<aside>`` there is.
  ``article_box``: a box (``div``, ``aside``, ``section``) named like a widget inside the prose block, 20% of its text
  in links at most, is kept (its
  names dropped, an ``<aside>`` handed over as a ``<div>``, its parts named like it kept with it) when it holds two
  figures in per cent or more and a stated sentence of 8 words (not a question: a live poll shows its question over
  its figures), or a subheading (``h2``-``h6``) over a paragraph of 100 characters ending a sentence, no link
  standing alone (a promo's "Listen now"), with a paragraph of the block after it (a box closing the body stays a
  widget: test). Its first version took any element and a ``<strong>`` as the heading: the equivalence dump showed it
  keeping htmlredteam54's ``<p class="print-lead"><strong>…</strong></p>`` (a dek, soft there, removed on the base as
  "print"); narrowed to boxes and subheadings, that page is as on the base.
  ``reading_list``: a box named like a related list inside the article whose items (2 or more, 3 words each) link
  nowhere. ``figure_text_caption``: the ``figcaption`` of a figure with no picture, video or frame that holds a table
  or a blockquote, or is named like a map ("map", "mapa", "karte", "carte", "kaart", "mappa") with a caption of a
  sentence of 8 words (a photo's and a video's captions, a map's picture's caption still go: tests).
* ``cleaner/html/rules.toml`` family ``forms`` (the donation names): "don-box", "faire-un-don", "donazione", "doacao",
  "donar", "doneren" (fr it pt es nl). Names, no text rule; sentences with the words stay (``STAYS``,
  ``fixtures/negatives/{fr,nl,it,pt,es}.txt``).

Left on purpose: nothing on these pages. Noticed and left alone: the text path (``credits.under_table``) keeps a
source line under a table's rows and the HTML probes tag it residue; the HTML path writes rows with outer bars, which
the guard does not read, so in HTML the line goes (as the older probes want). Also: a live poll's widget with results but no question
in a ``<p>`` and a sentence stating them would now be kept (none seen); the ``details/summary`` accordions and the
``aside`` fact boxes, timelines, notes, footnotes and glossaries were kept on the base already.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, URL, article_page, page_probe_tests, paragraphs_out, paras, report, tagged_inline
from probes import added_rule_tests

import cleaner

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


# --- the guards, both ways (cleaner/html/inbox.py, cleaner/passes/edge_inbox.py) -----------------------------------------


def _out(html: str, paras: int = 6) -> tuple[list[str], cleaner.Result]:
    return paragraphs_out(html, URL, paras)


QUESTION = "Can I refuse to pay the increase?"
ANSWER = "No. Water companies cannot cut off household customers, but unpaid bills go to debt collectors."


@pytest.mark.parametrize(
    "item",
    [
        # Bootstrap: the question a <button> in the item's heading
        f"<div class='accordion-item'><h3 class='accordion-header'><button class='accordion-button'>{QUESTION}</button></h3><div class='accordion-collapse collapse'><p>{ANSWER}</p></div></div>",
        # a toggle button standing alone over its panel
        f"<div class='faq-item'><button class='faq-toggle' aria-expanded='false'>{QUESTION}</button><div class='faq-answer'><p>{ANSWER}</p></div></div>",
    ],
)
def test_an_accordions_question_button_stays(item: str) -> None:
    out, _ = _out(article_page(paras(3) + f"<div class='accordion'>{item}</div>" + paras(3, 3)))
    assert QUESTION in out and ANSWER in out


@pytest.mark.parametrize(
    "button",
    [
        "<button class='nav-toggle' aria-expanded='false'>Menu</button>",  # no question
        "<div class='accordion'><button class='accordion-toggle'>Show all answers</button></div>",  # no question
        "<form><button>Forgot your password?</button></form>",  # a question, no accordion
    ],
)
def test_other_buttons_still_go(button: str) -> None:
    out, _ = _out(article_page(paras(3) + button + paras(3, 3)))
    assert not any(line.startswith(("Menu", "Show all", "Forgot")) for line in out)


REPORTED = "<p>In our survey of 1,140 residents in February, most supported the closure of the street.</p><ul><li>Support: 58%</li><li>Oppose: 33%</li><li>No opinion: 9%</li></ul>"
LIVE = "<p>Should the city close more streets to cars on weekends?</p><ul><li>Yes: 61%</li><li>No: 39%</li></ul><button>Vote</button>"


def test_a_polls_reported_result_stays_and_a_live_poll_goes() -> None:
    html = article_page(
        paras(2)
        + f"<div class='poll-box'>{REPORTED}</div>"
        + paras(2, 2)
        + f"<div class='poll-widget'>{LIVE}</div>"
        + paras(2, 4)
    )
    out, _ = _out(html)
    assert "Support: 58%" in out and any(line.startswith("In our survey") for line in out)
    assert "Yes: 61%" not in out and not any(line.startswith("Should the city") for line in out)


SIDEBAR = "<h3>How other cities did it</h3><p>Pittsburgh closed a stretch of its Market Square to cars in 2010, and sales at nearby businesses rose by 8% within two years.</p>"


def test_a_sidebar_story_stays_and_a_promo_sidebar_goes() -> None:
    promo = "<h3>Listen: The Harbour Hour</h3><p>Our weekly podcast on the people and politics of the city, with new episodes every Thursday morning.</p><p><a href='/podcast'>Listen now</a></p>"
    html = article_page(
        paras(2)
        + f"<aside class='sidebar-story'>{SIDEBAR}</aside>"
        + paras(2, 2)
        + f"<aside class='sidebar-promo'>{promo}</aside>"
        + paras(2, 4)
    )
    out, _ = _out(html)
    assert any(line.startswith("Pittsburgh closed") for line in out)
    assert not any(line.startswith(("Our weekly podcast", "Listen")) for line in out)


def test_a_sidebar_closing_the_body_still_goes() -> None:
    # the same box after the article's last paragraph: a page's widget (as on the base)
    out, _ = _out(article_page(paras(6) + f"<aside class='sidebar-story'>{SIDEBAR}</aside>"))
    assert not any(line.startswith("Pittsburgh closed") for line in out)


def test_a_reading_list_stays_and_a_related_list_goes() -> None:
    reading = "<section class='further-reading'><h3>Further reading</h3><ul><li>Paul Bogard, The End of Night (2013)</li><li>International Dark-Sky Association, Outdoor Lighting Basics (2024)</li></ul></section>"
    related = "<div class='related-posts'><h3>Related</h3><ul><li><a href='/a'>Energy price cap to fall by 4% in April</a></li><li><a href='/b'>Council tax: how much is yours going up?</a></li></ul></div>"
    out, _ = _out(article_page(paras(3) + reading + paras(3, 3) + related))
    assert "Paul Bogard, The End of Night (2013)" in out
    assert not any("Energy price cap" in line for line in out)


TABLE = "<table><tr><th>Home</th><th>Falls</th><th>Reported</th></tr><tr><td>Maplewood</td><td>112</td><td>19</td></tr><tr><td>Riverside</td><td>86</td><td>31</td></tr></table>"


def test_a_tables_caption_stays_and_a_photos_goes() -> None:
    source = "Source: county EMS run reports and Department of Health filings, 2023-2026."
    photo = "<figure><img src='/a.jpg'><figcaption>Residents of Maplewood Care Center in the garden on Tuesday.</figcaption></figure>"
    video = "<figure><video src='/v.mp4'></video><figcaption>Video: inside the home at night</figcaption></figure>"
    out, _ = _out(
        article_page(
            paras(2)
            + f"<figure>{TABLE}<figcaption>{source}</figcaption></figure>"
            + paras(2, 2)
            + photo
            + video
            + paras(2, 4)
        )
    )
    assert source in out
    assert not any(line.startswith(("Residents of", "Video:")) for line in out)


def test_a_maps_caption_stays_and_a_map_pictures_goes() -> None:
    drawn = "<figure class='map'><div class='map-embed'></div><figcaption>The map shows the towns with the most flooded homes; Schweich and Trier lead the list.</figcaption></figure>"
    picture = "<figure class='map'><img src='/m.png'><figcaption>A map of the river between Trier and Schweich on Saturday morning.</figcaption></figure>"
    out, _ = _out(article_page(paras(3) + drawn + paras(1, 3) + picture + paras(2, 4)))
    assert any(line.startswith("The map shows") for line in out)
    assert not any(line.startswith("A map of the river") for line in out)


@pytest.mark.parametrize(
    ("name", "line"),
    [("don-box", "Faites un don, même de 5 euros."), ("doneren-box", "Steun lokale journalistiek met een bijdrage.")],
)
def test_a_donation_box_named_in_the_pages_language_goes(name: str, line: str) -> None:
    box = f"<div class='{name}'><p>Courant d'Air est un média indépendant, financé par ses lecteurs. {line}</p><a href='/don'>Je soutiens</a></div>"
    out, _ = _out(article_page(paras(6), after=box))
    assert not any(line in x for x in out)


TEXT = {
    "fr": [
        "La gratuité des transports en commun s'est imposée comme le grand sujet de la campagne municipale à Nantes.",
        "Aujourd'hui, les usagers paient 1,90 euro le ticket et 52 euros l'abonnement mensuel, selon la métropole.",
        "Le maire sortant juge la mesure « irresponsable » et propose plutôt un tarif solidaire.",
    ],
    "nl": [
        "Huurders van een vrije-sectorwoning in Utrecht geven gemiddeld 41 procent van hun netto inkomen uit aan huur.",
        "Het Nibud adviseert om niet meer dan een derde van het inkomen aan woonlasten te besteden.",
        "De gemeente wil dat de helft van de nieuwe woningen sociale huur of middenhuur wordt.",
    ],
    "it": [
        "Con la legge di bilancio il bonus per le ristrutturazioni scende dal 50 al 36 per cento per le seconde case.",
        "Il tetto di spesa rimane di 96.000 euro per unità immobiliare, e la detrazione si recupera in dieci anni.",
        "Le associazioni dei costruttori chiedono al governo di prorogare le aliquote attuali.",
    ],
    "pt": [
        "O desmatamento no Cerrado caiu 22% em 2026 em relação ao ano anterior, segundo dados do Inpe.",
        "Foram derrubados 5.810 km² de vegetação nativa entre agosto de 2025 e julho de 2026.",
        "A ministra atribuiu a queda ao aumento da fiscalização e ao embargo de propriedades.",
    ],
    "es": [
        "La Junta de Andalucía aprobó restricciones al suministro de agua en 140 municipios de seis provincias.",
        "Los cortes serán nocturnos, entre las once de la noche y las siete de la mañana.",
        "Los alcaldes pidieron que los cortes no afecten a los centros de salud.",
    ],
}
#: The words of the DOM names added (rules.toml, family "forms": a donation box named in the page's language) in
#: the article's sentences: names are no text rule, and these stay (also in fixtures/negatives/<lang>.txt).
STAYS = [
    (
        "fr",
        "Les habitants ont été invités à faire un don à la banque alimentaire, qui manque de conserves depuis janvier.",
    ),
    ("nl", "Wie wil doneren aan het Rode Kruis kan dat doen via de website of met een sms naar 4333."),
    ("it", "La donazione di 2 milioni di euro all'ospedale di Rimini è arrivata da una fondazione svizzera."),
    (
        "pt",
        "A doação de sangue no Hospital de Santa Maria caiu 14% em janeiro, segundo o Instituto Português do Sangue.",
    ),
    ("es", "Más de 300 vecinos acudieron a donar sangre al centro de salud de Écija el sábado por la mañana."),
]
_, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, [], STAYS)
