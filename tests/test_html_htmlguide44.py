# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe 44 (htmlguide): structured non-news pages, ``fixtures/html_htmlguide44/<lang>_<name>.html``.

Seventeen pages of the kind: recipes (WP Recipe Maker card with "Jump to Recipe", "Print Recipe", a rating
"4.8 from 127 votes", "Tried this recipe?", a nutrition label: en; a German recipe card with "Direkt zum
Rezept", "Rezept drucken", "Zum Angebot*", Nährwerte: de; "Aller à la recette", "Notez cette recette": fr;
"Saltar a la receta", "Ver precio en Amazon": es; a GialloZafferano-like card of facts and numbered steps: it;
a Dutch recipe with "Zet op je boodschappenlijst": nl), how-to guides with numbered steps, an "At a glance"
``<dl>``, a tools list, a warning callout and a FAQ (en, es), product reviews with a verdict box (pros, cons,
a score, price buttons: en; "Fazit", "Pro/Contra", "Zum Angebot bei Amazon", a spec table: de; "Ficha
técnica", "Veredito", "Prós/Contras": pt), FAQ pages with accordions (``faq-item`` with ``<h3>``: en;
``<details>``: it), a "best X of 2025" with product cards whose text is the article (en, nl), travel guides
with a practical-info box, an itinerary by day and a table of places to stay (fr, pt).

Editorial decisions: the steps, ingredients, list items, table rows, headings, a FAQ's questions and answers,
a verdict and its pros and cons, a product card's name, price line and text are the article (gold); the
recipe card's title (it repeats the headline), the nutrition facts, a score ("4/5", "Testnote: 1,8"), a
product card's badge ("Best overall") and a pull quote are soft; captions are soft (the project's residue, a
recipe's "The batter should be thick" read either way). Residue: "Jump to recipe", "Print recipe", rating
widgets and "Rate this recipe", "Tried this recipe? Mention @…", affiliate buttons and price boxes, the
affiliate disclosure ("This post may contain affiliate links", "O TecnoBlog BR pode receber uma comissão…":
a notice of the site's, not the author's text), tables of contents, author boxes, newsletter boxes, comments,
related lists, cookie banners, menus, footers.

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_htmlguide44.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 17 pages, 373 article lines), on main at 9a083c0: **22 article lines lost, 12 residue
  lines left** (as first tagged: 27 and 16; three captions, a Dutch recipe's facts line in a "meta" box
  and four step numbers re-tagged soft). Lost: a review's verdict box above the body (10: the extractor
  took the "article-body" it knows by name; the verdict's paragraph and its short pros and cons did not
  count as a lost part), two product cards of a best-of list (9: product boxes, their button a sponsored
  link; the first card held the prose block and stayed), a how-to's "What you'll need" list (3: named
  "tools-list", a widget's name). Left: "Notez cette recette" and its stars, an Italian table of contents
  whose entries are not the headings ("In questo articolo"), "Zet op je boodschappenlijst", the Dutch and
  Portuguese affiliate disclosures in the site's name, a Dutch product card's "Naar de winkel", a
  Portuguese author box ("sobre-autor"). After: **0 lost, 5 left** (the stars, the Italian contents box).
* round 2 (4 pages, 52 article lines, aimed at the new rules' edges): a review whose verdict (short "For"
  and "Against" lists) closes the page under the body, with a membership offer of one list over the body,
  a "What's in the box" list named "tools tools--compact", a shop card and an "article-tools" toolbar of
  links (en); a German best-of list whose second card holds only a heading and two short items beside the
  card that holds the prose block, and an AAWP Amazon box (de); a Spanish hotel guide whose hotel cards
  (a heading, the writer's sentences, "Ver precios en Booking") are the article beside a booking search
  box (es); a Dutch how-to with a "tools" list under "Benodigdheden", a shop box "Naar de winkel" and a
  site-named disclosure (nl). Before, on main at 9a083c0: **22 lost, 5 left**; after: **0 lost, 4 left**
  (the membership offer: the second try that takes the verdict takes the whole ``<article>``, the offer
  with it). In all: 21 pages, 425 article lines, **0 lost, 9 left**.

Changes (``cleaner/html/extract.py``, ``dom.py``, ``keep.py``, ``rules.toml``; the tables
``cleaner/rules/lang/pt.toml``, ``nl.toml``, ``fr.toml``):

* ``extract._lost_pros_and_cons``: the second try pointed at the ``<article>`` (``_article_try``) also
  runs when a box that lost a paragraph (``SIBLING_PARAGRAPH_CHARS``) holds two lists or more the
  extraction lost whole (none of their items mostly links): a review's verdict, its pros and cons short
  ("Expensive", "35-hour battery") where ``_lost_list`` wants items of three words and a paragraph of 100
  characters. An offer's one list of labels ("Unlimited crossings", "Cancel anytime") does not start it.
* ``dom._article_card``: a product box (its button a sponsored link) is a card of the article's when a
  sibling of the same tag and class holds the prose block, or when it is one of a list of cards (a sibling
  of the same tag and class) and holds a heading (``<h2>``..``<h4>``) and a paragraph of
  ``CARD_PROSE_CHARS`` (60) that ends a sentence: then only its button goes (its block when the link is all
  of it, else the link). A shop's box (a name, a price, "Check price"), a card of a heading and a price
  only, a booking box ("Free cancellation up to 24 hours before") and a deal box alone among a story's
  paragraphs ("Today's best deal", a heading and a sentence) still go whole. The limit: a travel guide's
  one hotel card alone (a heading, the writer's sentences, "Check rates") goes whole too, as on main.
* ``keep.headed_list``: a ``<ul>``/``<ol>`` named like a widget ("tools-list") inside the article stays
  when a subheading is the element just before it and its items (two or more) hold letters and no link
  ("What you'll need": "Radiator key"). A toolbar of links under a heading, a "tools" list with no heading
  and a rating's list of stars still go.
* ``rules.toml``: ``[families.ads]`` "aawp" (the Amazon affiliate plugin's product box: the shop's title,
  its feature bullets, "Bei Amazon kaufen"); ``[families.metadata]`` "sobre-autor", "sobre-el-autor" (an
  author box in pt/es class names).
* ``disclosure`` (pt, nl, en, de, fr, it; es had it): the site's disclosure in its own name, of this
  page's or its own links ("O TecnoBlog BR pode receber uma comissão quando você compra pelos links desta
  página.", "FietsTester ontvangt een commissie als je via onze links een product koopt.", "KitchenLab earns
  a commission when you buy through links on this page.", "TechTest erhält eine Provision, wenn du über die
  Links auf dieser Seite kaufst.", "Carnet de Route touche une commission si vous réservez via les liens de
  cette page.", "Il Mestolo riceve una commissione se acquisti tramite i link di questa pagina."); an
  influencer's commission "pelo link dela", a shopkeeper's "via zijn site", a blogger's "links in her
  posts", a dealer's "Links auf fremden Seiten" and the same words reported (", the site's editor said")
  stay. ``nl.toml`` ``chrome``: "Zet op je boodschappenlijst", "Naar
  de winkel" (the line alone); ``fr.toml`` ``chrome``: "Notez cette recette" (the line alone; "Notez cette
  recette dans votre carnet : …" stays).
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, URL, lines, page_probe_tests, paragraphs_out, report, tagged_inline
from html_probes import article_page as _page
from html_probes import paras as _paras
from html_probes import reasons_with as _reasons
from probes import assert_survives, with_line

import cleaner

PAGES_DIR = FIXTURES / "html_htmlguide44"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "en_review_verdict_bottom": [  # a membership offer in the <article> over the body: it comes with the second try that takes the verdict under the body (its button links to "/plus", no sign-up name)
        "Join ReadersTech Plus for ad-free reviews and early access to our buying guides.",
        "No ads",
        "Early access",
        "Members' forum",
    ],
    "fr_recette_marmiton": [
        "★★★★★",  # the rating widget's stars under "Notez cette recette" (a star line alone may be a review's own rating: edge_arts keeps it)
    ],
    "it_faq_bonus": [  # a table of contents ("sommario": also an Italian dek's name) whose entries are not the questions' words
        "In questo articolo",
        "A chi spetta",
        "Quanto vale",
        "Come pagare",
    ],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 21, min_gold=4, tag=tagged_inline
)


# --- a review's verdict above the body the extractor knows by name: a paragraph, its short pros and cons -----

def _review(box: str) -> str:
    return (
        "<html><body><main><article class='review'><h1>Ferry app review: fast, but no offline tickets</h1>"
        f"{box}<div class='article-body'>{_paras(6)}</div></article></main></body></html>"
    )


VERDICT = (
    "<div class='verdict-box'><h3>Our verdict</h3><p>The app books a crossing in under a minute, but it cannot show a ticket offline.</p>"
    "<div class='pros'><h4>Pros</h4><ul><li>Quick booking</li><li>Clear timetable</li></ul></div>"
    "<div class='cons'><h4>Cons</h4><ul><li>No offline tickets</li><li>Slow to load</li></ul></div></div>"
)


def test_a_verdict_with_short_pros_and_cons_above_the_body_stays() -> None:
    out, _ = paragraphs_out(_review(VERDICT), URL)
    for line in ["Our verdict", "The app books a crossing in under a minute, but it cannot show a ticket offline.",
                 "Pros", "Quick booking", "Clear timetable", "Cons", "No offline tickets", "Slow to load"]:
        assert line in out


def test_an_offer_box_of_one_list_above_the_body_is_not_taken_for_a_verdict() -> None:
    offer = (
        "<div class='offer'><p>Get the ferry pass and travel as often as you like this winter season.</p>"
        "<ul><li>Unlimited crossings</li><li>Cancel anytime</li></ul></div>"
    )
    out, _ = paragraphs_out(_review(offer), URL)
    assert "Unlimited crossings" not in out and "Cancel anytime" not in out


# --- a best-of list's product cards: the writer's text stays, the shop's button goes ----------------------

def _card(n: int, text: str, heading: bool = True) -> str:
    title = f"<h2>{n}. Ferry pass option {n}</h2>" if heading else f"<p class='name'>Ferry pass option {n}</p>"
    return (
        f"<div class='product-card' id='pick-{n}'>{title}"
        f"<div class='buttons'><a class='btn' rel='sponsored nofollow' href='https://shop.example/{n}'>£{n}9 at FerryShop</a></div>"
        f"<div class='card-body'><p>{text}</p></div></div>"
    )


@pytest.mark.parametrize("at", [0, 3, 6])
def test_a_product_card_with_the_writers_review_stays_and_its_button_goes(at: int) -> None:
    card = _card(2, "The cheapest pass covers every crossing on weekdays, and it pays off after four return trips.")
    card += _card(3, "The family pass takes two adults and three children, and it costs less than four single passes.")
    out, result = paragraphs_out(_page(_paras(at) + card + _paras(6 - at, at)), URL)
    assert "2. Ferry pass option 2" in out
    assert "The cheapest pass covers every crossing on weekdays, and it pays off after four return trips." in out
    assert not any("FerryShop" in line for line in out)
    assert _reasons(result, "sponsored")


def test_a_card_like_the_one_holding_the_prose_stays() -> None:
    long_text = " ".join(["The flexible pass lets you change a booking up to an hour before sailing, at no charge."] * 6)
    html = (
        "<html><body><main><article><h1>The best ferry passes of 2025</h1>"
        + _card(1, long_text) + _card(2, "Cheap.") + "</article></main></body></html>"
    )
    out = lines(cleaner.clean_html(html, url=URL))
    assert "2. Ferry pass option 2" in out and "Cheap." in out
    assert not any("FerryShop" in line for line in out)


@pytest.mark.parametrize(
    "box",
    [
        _card(3, "From £39 a month.", heading=False),  # a shop's box: a name, a price, a button
        _card(3, "From £39 a month."),  # a heading, but no sentence of the writer's
        "<div class='booking'><p>Book your crossing</p><a class='btn' rel='sponsored'>Check availability</a>"
        "<p>Free cancellation up to 24 hours before</p></div>",
        # a deal box alone among a news story's paragraphs: a heading and a sentence, but no list of cards
        "<div class='deal-box'><h3>Today's best deal</h3><p>The FerryShop flexi pass is down to £39 at FerryShop, its lowest price this year.</p>"
        "<a class='btn' rel='sponsored'>£39 at FerryShop</a></div>",
    ],
)
def test_a_shops_product_box_still_goes(box: str) -> None:
    out, result = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert not any("From £39" in line or "Free cancellation" in line or "FerryShop" in line for line in out)
    assert _reasons(result, "sponsored")


# --- a list a heading announces, named like a widget ("tools-list") -----------------------------------------

def test_a_list_under_its_heading_named_like_a_widget_stays() -> None:
    box = "<h2>What you'll need</h2><ul class='tools-list'><li>Radiator key</li><li>Old towel or cloth</li></ul>"
    out, _ = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert "Radiator key" in out and "Old towel or cloth" in out


@pytest.mark.parametrize(
    "box",
    [
        "<h2>Tools</h2><ul class='article-tools'><li><a href='/print'>Print this</a></li><li><a href='/mail'>Email this</a></li></ul>",
        "<ul class='tools-list'><li>Print this page</li><li>Email this page</li></ul>",
        "<h3>Rate it</h3><ul class='rating'><li>★</li><li>★★</li><li>★★★</li></ul>",
    ],
)
def test_a_toolbar_or_rating_named_so_still_goes(box: str) -> None:
    out, _ = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert not any("this page" in line or "Print this" in line or "★" in line for line in out)


# --- names: an author box in Portuguese class names, an Amazon affiliate plugin's box --------------------------

def test_an_author_box_named_sobre_autor_goes() -> None:
    box = "<div class='sobre-autor'><p><strong>Inês Carvalho</strong></p><p>A Inês é lisboeta e escreve sobre viagens desde 2015.</p></div>"
    out, result = paragraphs_out(_page(_paras(6), after=box), URL)
    assert not any("Inês" in line for line in out)
    assert _reasons(result, "metadata")


def test_an_affiliate_plugins_product_box_goes() -> None:
    box = (
        "<div class='aawp'><div class='aawp-product'><a class='aawp-product__title' rel='sponsored'>De'Longhi Dedica EC685 Siebträger, 1300 Watt</a>"
        "<ul class='aawp-product__description'><li>Kompakt: nur 15 cm breit</li><li>Thermoblock-Heizsystem</li></ul>"
        "<span class='aawp-product__price'>169,99 EUR</span><a class='aawp-button' rel='sponsored'>Bei Amazon kaufen</a></div></div>"
    )
    out, result = paragraphs_out(_page(_paras(3) + box + _paras(3, 3)), URL)
    assert not any("Dedica" in line or "Kompakt" in line or "Amazon" in line for line in out)
    assert _reasons(result, "advertisement")


# --- text tables: the site's affiliate disclosure in its own name (pt, nl), recipe and shop buttons (nl, fr) ----

PT = [
    "O Edge 60 chega por R$ 2.499 com tela curva, bateria de 5.200 mAh e certificação IP69.",
    "Usei o aparelho por três semanas como celular principal, com chip de duas operadoras.",
    "De dia as fotos são boas. À noite, a câmera ultrawide perde muitos detalhes.",
]
NL = [
    "We reden met zes e-bikes elk 200 kilometer door stad en polder. Dit zijn onze favorieten.",
    "Elke fiets reed dezelfde route van 40 kilometer, vijf keer, met dezelfde berijder.",
    "Wie vooral korte ritten maakt, heeft genoeg aan een fiets met een voorwielmotor.",
]
IT = [
    "La carbonara vera si fa con guanciale, pecorino romano, uova e pepe nero macinato al momento.",
    "La cremosità viene dall'acqua di cottura della pasta, aggiunta poco alla volta a fuoco spento.",
    "Si consiglia di consumarla subito: riscaldata, la crema di uova diventa una frittata.",
]
DE = [
    "Der Vento X7 kostet 399 Euro und ist das neue Spitzenmodell des Herstellers aus Hamburg.",
    "Wir haben ihn vier Wochen in einer Altbauwohnung mit Katze und viel Teppich getestet.",
    "Im Eco-Modus hielt der Akku 58 Minuten, im Turbo-Modus nur elf Minuten lang.",
]
EN = [
    "We cooked forty batches of fries, wings and salmon in fourteen air fryers over six weeks.",
    "Each fryer made frozen fries, fresh wings and a salmon fillet, and we timed every batch.",
    "Two baskets that finish at the same time make the Ninja the easiest way to cook a whole dinner.",
]
FR = [
    "Le clafoutis, c'est le dessert de juin chez nous. On laisse les noyaux dans les cerises.",
    "Pour un clafoutis bien moelleux, la pâte doit reposer trente minutes au frais.",
    "Servez-le tiède, saupoudré de sucre glace, avec une boule de glace à la vanille.",
]


@pytest.mark.parametrize(
    ("paras", "line", "lang", "pass_name"),
    [
        (PT, "O TecnoBlog BR pode receber uma comissão quando você compra pelos links desta página.", "pt", "consent-line"),
        (NL, "FietsTester ontvangt een commissie als je via onze links een product koopt.", "nl", "consent-line"),
        (NL, "Zet op je boodschappenlijst", "nl", "site-chrome"),
        (NL, "Naar de winkel", "nl", "site-chrome"),
        (FR, "Notez cette recette", "fr", "site-chrome"),
        (PT, "O Viajar Mais recebe uma comissão se você reservar pelos links desta página.", "pt", "consent-line"),
        (FR, "Carnet de Route touche une commission si vous réservez via les liens de cette page.", "fr", "consent-line"),
        (IT, "Il Mestolo riceve una commissione se acquisti tramite i link di questa pagina.", "it", "consent-line"),
        (DE, "TechTest erhält eine Provision, wenn du über die Links auf dieser Seite kaufst.", "de", "consent-line"),
        (EN, "KitchenLab earns a commission when you buy through links on this page.", "en", "consent-line"),
        (EN, "GearBench may earn a commission when you buy through links on our site.", "en", "consent-line"),
    ],
)
def test_a_disclosure_or_button_line_goes(paras: list[str], line: str, lang: str, pass_name: str) -> None:
    result = cleaner.explain_text("\n\n".join([*paras, line]), language=lang)
    assert result.text == "\n\n".join(paras)
    assert any(r.pass_name == pass_name and line in r.text for r in result.removed)


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize(
    ("paras", "line", "lang"),
    [
        (PT, "A influenciadora pode receber uma comissão quando você compra pelo link dela, e isso não aparece no vídeo.", "pt"),
        (NL, "De winkelier ontvangt een commissie als je via zijn site een fiets huurt, zegt de gemeente.", "nl"),
        (NL, "Zet de boodschappenlijst op papier, adviseert de diëtist, dan koop je minder snacks.", "nl"),
        (NL, "Naar de winkel lopen we niet meer, zegt de bewoner: de bus stopt voor de deur.", "nl"),
        (FR, "Notez cette recette dans votre carnet : elle revient chaque été sur notre table.", "fr"),
        (FR, "Le blogueur touche une commission quand ses lecteurs achètent via des liens sur son site, selon l'enquête.", "fr"),
        (IT, "L'influencer riceve una commissione se i follower acquistano tramite i link del suo profilo, spiega l'autorità.", "it"),
        (DE, "Der Händler erhält eine Provision, wenn Kunden über Links auf fremden Seiten bestellen, sagt die Verbraucherzentrale.", "de"),
        (EN, "Wirecutter earns a commission when you buy through links on this page, the site's editor said.", "en"),
        (EN, "The blogger earns a commission when readers buy through links in her posts, a practice the watchdog wants labelled.", "en"),
    ],
)
def test_sentences_with_those_words_stay(paras: list[str], line: str, lang: str, position: str) -> None:
    assert_survives(with_line(paras, line, position), language=lang)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
