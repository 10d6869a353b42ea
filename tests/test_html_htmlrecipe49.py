# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlrecipe 49: recipe and food-writing pages as whole HTML, under ``fixtures/html_htmlrecipe49/<lang>_<what>.html``
(en de fr es it pt nl, two pages each in round 1, 14 pages): food blogs with a recipe card plugin (WP Recipe Maker:
"Jump to Recipe / Print Recipe / Pin Recipe", "4.94 from 214 votes", the card's times, course/cuisine/author rows,
"1x 2x 3x", "US Customary - Metric", equipment, ingredient groups "Für den Teig:" / "Per la crema", numbered steps,
notes, a nutrition row, "Tried this recipe? Mention @…"; Tasty Recipes: "Aller à la recette", "Auteur : Louise",
"Échelle 1x 2x 3x", "Mots-clés :"), affiliate disclosures (en de es nl), a shop widget of the blogger's tools, a
newsletter box, related recipes, reader comments with stars and the comment form's "Recipe Rating"; magazines and
portals (a BBC Good Food-like page with "Prep: 25 mins / Cook: 40 mins / Easy / Serves 4", a nutrition table, "For the
sauce" / "For the chicken" groups, "STEP 1"…, "Recipe tip", a reviews box "Comments, questions and tips / What is
your star rating out of 5?"; a Chefkoch-like page whose ingredients are a table of amount and name, "Arbeitszeit ca.
30 Minuten", "Merken / Drucken / Zur Einkaufsliste", comments with "Hilfreich (23)"; a Marmiton-like "Étape 1"…,
"Temps total : 1h", "J'ai réalisé cette recette / 12 346 personnes ont réalisé cette recette", reviews; a
GialloZafferano-like "Difficoltà: Facile / Dosi per: 4 persone", ingredients "Spaghetti 320 g", "Conservazione",
"Consiglio", a nutrition table, "Recensioni"; Directo al Paladar-like prose steps, "Dificultad: Fácil", "Consejo:";
a Portuguese magazine's "Dica do chef" and "Vinho sugerido"; an Albert Heijn-like "Bereiden" list, "Tip",
"Voedingswaarden", allergy note, "Beoordelingen"), cookie banners, JSON-LD.

Article lines that look like residue, on purpose: short ingredient lines and table rows ("2 eggs", "Hagelzucker",
"| etwas | Pfeffer |", "Poivre", "Sal"), group labels with colons ("Für den Teig:", "Außerdem:", "Cobertura:"), one-line
steps ("Preheat the oven to 350°F (175°C) and grease the loaf pan.", "Préchauffez le four à 200°C."), FAQ questions as
headings ("Kan ik de taart invriezen?"), a table of temperatures, imperatives with the genre's button words ("Save the
ends of the loaf for French toast.", "Speichere dir das Rezept am besten gleich, …", "Salvate la ricetta e fatemi
sapere com'è venuto!", "Stampate pure questa tabella …", "Guarda el aceite de confitar …", "Partagez-la encore tiède
…", "Bewaar dit recept, want …", "Print the dimpling diagram below …").

Tags: the headline, the card's repeated name, "Ingredients"/"Instructions"/"Notes" headings, the times, the servings,
difficulty and cost chips soft (a reader of the recipe may want them; a careful editor could drop them); nutrition rows
soft (the DOM pass takes a box named "nutrition" as residue by project policy; the figures are the dish's, so either
way); ingredient groups' labels, ingredients, equipment, steps, notes, tips, headnotes, the card's summary gold;
ratings and their counts, buttons, course/cuisine/author/keyword rows, affiliate notices, calls to tag the blogger,
comments and reviews, newsletter and shop boxes, related recipes, cookie banners residue. figcaptions soft.
Lines are read by ``html_probes.tagged_inline``.

Measured with ``python tests/test_html_htmlrecipe49.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 14 pages, 286 article lines), on the base 4dd005d3: **15 article lines lost, 20 residue lines left**
  (23 as first measured; three retags, below). Lost: a supermarket's page (nl) whose text is list items took its cookie
  bar (``<div class="cookiebar">``: a name of one word, not in the consent tokens) as the prose block: the
  ingredients, the equipment and every step went (14 lines); a WP Recipe Maker card's summary ("A tender, deeply
  flavoured banana bread …", a ``<div>`` of text beside the card's blocks, which the extractor drops). Left: readers'
  review boxes named "reviews"/"recensioni" (en, it: 9 lines), the shop widget (de, 3), the nl supermarket's reviews
  and cookie heading (5), es "Este post contiene enlaces de afiliado. …", fr "Auteur : Louise", fr "12 346 personnes
  ont réalisé cette recette". After: **0 lost, 22 left** (see ``RESIDUE_LEFT``): the nl page's recipe is back, and
  with it the page's "Meer stamppotten" box of links (4 lines) that had gone with the wrong block.
* round 2 (5 pages, 63 article lines, aimed at the new rules): an en blog whose card (neutral names) holds a
  ``<div>`` description and a ``<div>`` note (gold) and a ``<div>`` call "Did you make this recipe? Tag @… and leave a
  rating below!" (residue: surfaced by the new rule, the call-to-action pass takes it), a bio box of a heading over a
  ``<div>`` (no list: not a card), a rating "4.9 from 86 votes" in a neutral ``<div>``; a de page with
  ``<div id="cookiebanner">``, "4,8 von 120 Bewertungen", a sentence "Die Bewertungen unserer Leser …" and a bare
  "Hast du das Rezept ausprobiert?"; a fr page with ``class="cookiewall"``, "4.7 étoiles sur 5 (1 204 avis)", "8 203
  personnes ont réalisé cette recette" beside the sentence "Plus de 8 000 personnes ont réalisé cette recette depuis
  …", "Vous avez testé cette recette ?" alone and opening a sentence; an it page with ``class="cookiebar"``, the
  disclosure "Questo post contiene link di affiliazione. …" beside "Questo post contiene link alle ricette base …",
  "4,6 da 212 voti"; a nl restaurant review inside ``<main class="reviews">`` with a cookie bar and a list of marks.
  On the base: **0 lost, 21 left**; after: **0 lost, 13 left** (the reviews boxes, below). In all: 19 pages, 349
  article lines, **0 lost, 35 left**.

Changes:

* ``cleaner/html/rules.toml`` ``[families.consent]``: a consent bar named in one word ("cookiebar", "cookiebanner",
  "cookienotice", "cookieconsent", "cookiewall", "cookiehint", "cookielayer"; the hyphened pairs were there). The
  nl supermarket's page lost its whole recipe to it.
* ``cleaner/html/recipecard.py`` (new) ``card_paragraphs``, hooked in ``dom.decide`` beside ``loose_divs`` (one line,
  ``# htmlrecipe49``): a ``<div>`` of text that reads as a paragraph among a card's children goes to the extractor as
  a paragraph (like ``keep.loose_divs`` does for the prose block's own children). A card: a ``<div>``/``<section>``
  child of the prose block, entered through wrappers of one child, whose children hold a heading and whose subtree
  holds a list; only where the prose block holds ``<p>`` children. A bio box (heading, ``<div>``, no list) and a box
  without a heading are no card (tests). test_html_redteam18's card summary (soft) now comes out too.
* ``cleaner/rules/lang/{en,de,fr,it,pt,nl}.toml`` ``chrome``: a recipe card's rating with its count, alone ("5 from
  19 votes", "4.8 von 120 Bewertungen", "5 da 27 voti", "4.92 de 113 votos", "4.97 van 64 stemmen", "4.9 de 38 votes",
  "4.9 étoiles sur 5 (38 avis)"; the mark with decimals or a whole 5), and the count of readers who cooked it ("1,284
  people made this recipe", "12 346 personnes ont réalisé cette recette"). ``{es,it}.toml`` ``disclosure``: a food
  blog's notice naming its post ("Este post contiene enlaces de afiliado", "Questo post contiene link di
  affiliazione"). ``{fr,nl}.toml`` ``cta``: the card's question alone ("Vous avez testé cette recette ?", "Heb je dit
  recept gemaakt?"). Sentences with the words in ``STAYS`` and
  ``fixtures/negatives/{en,de,fr,es,it,pt,nl}.txt``. (pt "Fez esta receita?" and de "Hast du das Rezept
  ausprobiert?" alone were written too and dropped: test_lang_pt and fixtures/negatives/de.txt keep the bare question
  on purpose, an interview's question about a recipe.)

Tried and dropped: readers' reviews boxes by name ("reviews", "recensioni", "beoordelingen", "bewertungen" in
``[families.comments]``): WordPress puts the post's categories in its ``<article>``'s classes ("category-kit-reviews"),
and a menu's ``<li class="reviews">`` moved a dev page's prose block: eqdiff lost three dev reviews' text.

Left (``RESIDUE_LEFT``): the reviews boxes (en, de, fr, it, nl: their names are unsafe, above; their headings and star
rows reach the text passes, which take a comment section only by "12 Comments"-like counts), the shop widget, the fr
card's "Auteur : Louise" (the byline pass wants a name of two words), the nl supermarket's "Meer stamppotten" box
inside the <article> that is its prose block.
Retags after the blind round: the Chefkoch-like table's two rows with an empty amount cell got "etwas" / "1 Bund" (the
harness writes an empty cell "|  |", the cleaner "| |": a tagging artefact); the nutrition heading "Información
nutricional" soft like the other pages' nutrition headings; the de difficulty chip and the calorie figure beside it
(one line, "normal Kalorien p. P. ca. 890") soft as a whole; the nl allergy note soft (recipe information, either
way); pt "Salve esta receita no Pinterest para não perder!" gold -> soft (a pin prompt).
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmlrecipe49"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # a shop widget of the blogger's favourite tools inside the post ('shop': a shop's article is named so too)
    "de_blog_zimtschnecken": ["Meine Lieblings-Backutensilien*", "Teigrolle aus Buchenholz", "Küchenmaschine"],
    # readers' reviews boxes named "reviews", "recensioni", "bewertungen", "beoordelingen": a name rule took WordPress
    # posts classed "category-…-reviews" (dropped, see the docstring); their lines reach the text passes bare
    "de_r2_cookiebanner_bewertungen": ["Bewertungen", "Gerda K.", "★★★★★", "Wie früher bei meiner Mutter. Ich nehme noch Speck dazu.", "Hast du das Rezept ausprobiert?"],
    "en_magazine_curry": ["Comments, questions and tips", "What is your star rating out of 5?", "Choose the type of message you'd like to post", "Overall rating", "★★★★★"],
    "fr_r2_compteur_avis": ["Avis des internautes", "Sophie", "★★★★★", "Parfaites, mes enfants adorent."],
    "it_portale_carbonara": ["Recensioni", "Giorgio R.", "★★★★★", "Finalmente una carbonara senza panna, come la faceva mia nonna."],
    "it_r2_recensioni_affiliazione": ["Recensioni", "Marco", "★★★★★", "Come quella del forno sotto casa a Bari!"],
    # a recipe card's author row with a first name alone ("Auteur : Louise"): the byline pass wants a name of two words
    "fr_blog_tarte_tatin": ["Auteur : Louise"],
    # the supermarket's reviews box (above), and its "more of these" box inside the <article> that is the prose block
    # (its text is list items): "Meer stamppotten" names no recipes, and link lists inside the block are the article's
    "nl_supermarkt_stamppot": [
        "Beoordelingen", "Heb jij dit recept gemaakt? Laat weten wat je ervan vond!", "Henk", "★★★★★",
        "Precies zoals mijn moeder hem maakte.", "Meer stamppotten", "Hutspot met klapstuk", "Zuurkoolstamppot",
        "Andijviestamppot",
    ],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- the DOM: a consent bar named in one word, readers' reviews named so, a recipe card's <div> paragraph -----------

URL = "https://www.recipes.example/2025/03/stamppot"
STEPS = "".join(
    f"<li>Schil de aardappelen en kook ze met de boerenkool in twintig minuten gaar. Stap {k}.</li>" for k in range(5)
)
ITEMS = "".join(f"<li>{n} g ingredient number {n}</li>" for n in (100, 200, 300))


def _recipe_page(before: str = "", after: str = "") -> str:
    return (
        f"<html><body>{before}<header><nav><a href='/'>Home</a><a href='/r'>Recepten</a></nav></header><main><article>"
        "<h1>Boerenkoolstamppot met rookworst</h1><p>Een echte winterklassieker met kruimige aardappels.</p>"
        f"<h2>Ingrediënten</h2><ul>{ITEMS}</ul><h2>Bereiden</h2><ol>{STEPS}</ol>{after}</article></main>"
        "<footer><p>© 2025 Smaakhuis</p></footer></body></html>"
    )


@pytest.mark.parametrize("name", ["cookiebar", "cookiebanner", "site-cookiebar", "cookieconsent"])
def test_a_consent_bar_named_in_one_word_goes_and_the_recipe_stays(name: str) -> None:
    bar = (
        f"<div class='{name}'><h2>Cookies op Smaakhuis</h2><p>Wij gebruiken cookies en vergelijkbare technieken om de "
        "website goed te laten werken, om je persoonlijke aanbiedingen te tonen en om het gebruik te analyseren.</p></div>"
    )
    result = cleaner.explain_html(_recipe_page(before=bar), url=URL)
    out = lines(result.text)
    assert sum("Stap" in line for line in out) == 5
    assert "Cookies op Smaakhuis" not in result.text
    assert any(r.pass_name == "dom:consent" and "Smaakhuis" in r.text for r in result.removed)


BLOG = "".join(
    f"<p>Every freezer I have ever owned has had a bag of black bananas in it, waiting for Sunday. Part {k}.</p>"
    for k in range(4)
)
SUMMARY = "A tender, deeply flavoured banana bread made with browned butter and a touch of cinnamon."


def _card(inside: str) -> str:
    return (
        "<html><body><main><article><h1>Brown Butter Banana Bread</h1><div class='entry-content'>"
        f"{BLOG}<div class='wprm-recipe-container'><div class='wprm-recipe'>{inside}</div></div>"
        "</div></article></main></body></html>"
    )


def test_a_recipe_cards_div_paragraph_stays() -> None:
    card = (
        f"<h2>Brown Butter Banana Bread</h2><div class='wprm-recipe-summary'>{SUMMARY}</div>"
        f"<div class='ing'><h3>Ingredients</h3><ul>{ITEMS}</ul></div>"
        "<div class='ins'><h3>Instructions</h3><ol><li>Mash the bananas in a large bowl.</li></ol></div>"
    )
    out = lines(cleaner.clean_html(_card(card), url=URL))
    assert SUMMARY in out
    assert sum("Part" in line for line in out) == 4


@pytest.mark.parametrize(
    "inside",
    [
        # a box without a list: an author's bio under its heading, left to the extractor as before
        f"<h3>About Hannah</h3><div class='bio'>{SUMMARY}</div>",
        # a box with a list and no heading of its own
        f"<div class='x'>{SUMMARY}</div><ul>{ITEMS}</ul>",
    ],
)
def test_a_div_paragraph_in_another_box_is_not_read_as_a_card(inside: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.html import dom
    from cleaner.html.recipecard import card_paragraphs

    tree = LexborHTMLParser(_card(inside))
    page = dom.decide(tree, 0.5, None, URL, frozenset(), frozenset()).page
    assert page is not None
    assert card_paragraphs(page) == []


# --- text tables: a recipe card's rating and its count, a count of cooks, a food blog's disclosure, the card's call ---

TEXT = {
    "en": [
        "Every freezer I have ever owned has had a bag of black bananas in it, waiting for a rainy Sunday afternoon.",
        "Browning the butter takes five extra minutes and it turns a plain loaf into something that tastes of toffee.",
        "Mash the bananas in a large bowl, then whisk in the browned butter, both sugars, the eggs and the vanilla.",
        "Pour the batter into the pan and bake for 55 to 65 minutes, until a skewer comes out clean from the middle.",
    ],
    "de": [
        "Am 4. Oktober ist in Schweden Kanelbullens dag, der Tag der Zimtschnecke, und überall duftet es nach Kardamom.",
        "Das Besondere an schwedischen Zimtschnecken ist der Kardamom im Teig, den man frisch gemahlen verwenden sollte.",
        "Den Teig zu einem Rechteck von 40 mal 50 Zentimetern ausrollen, mit Butter bestreichen und mit Zimt bestreuen.",
        "Mit verquirltem Ei bestreichen, mit Hagelzucker bestreuen und bei 220 Grad zehn bis zwölf Minuten backen.",
    ],
    "fr": [
        "Chez ma grand-mère, la tarte tatin se faisait le dimanche, dans une vieille poêle en fonte qui allait au four.",
        "Il faut des pommes qui se tiennent à la cuisson : Reine des reinettes, Boskoop ou Golden, mais jamais de Gala.",
        "Dans une poêle allant au four, faites fondre le sucre à sec jusqu'à obtenir un caramel blond, puis le beurre.",
        "Couvrez avec la pâte en rentrant les bords à l'intérieur, piquez et enfournez trente minutes à 200 degrés.",
    ],
    "es": [
        "En mi casa no se discute: la tortilla lleva cebolla, y si eres del otro bando puedes seguir leyendo igualmente.",
        "El secreto de una tortilla jugosa está en la patata, que tiene que confitarse despacio en mucho aceite de oliva.",
        "Calienta el aceite a fuego medio y confita la patata y la cebolla con sal durante veinticinco minutos largos.",
        "En una sartén de 24 centímetros con una cucharada de aceite, cuaja la tortilla dos minutos por cada lado.",
    ],
    "it": [
        "Il tiramisù è il dolce che preparo più spesso, ma da quando ho una bimba piccola non uso più le uova crude.",
        "Ho provato tanti metodi e questo, con le uova pastorizzate, è quello che dà la crema più vicina all'originale.",
        "Scaldate acqua e zucchero fino a 121 gradi e versate lo sciroppo a filo sui tuorli, montando con le fruste.",
        "Inzuppate velocemente i savoiardi nel caffè e fate uno strato sul fondo della pirofila, poi coprite di crema.",
    ],
    "pt": [
        "Não existe lanche da tarde mais brasileiro do que bolo de cenoura com aquela casquinha de chocolate por cima.",
        "Essa é a receita da minha mãe, testada mais vezes do que consigo contar, e vai tudo no liquidificador mesmo.",
        "Numa tigela, misture o açúcar e a farinha, junte o creme de cenoura e mexa bem antes de colocar o fermento.",
        "Para a cobertura, leve todos os ingredientes ao fogo até ferver e engrossar, e despeje ainda quente no bolo.",
    ],
    "nl": [
        "Als er één taart is die bij de herfst hoort, is het deze: mijn oma bakte hem elke zondag in de maand oktober.",
        "Het geheim is veel appels, en niet te dun gesneden; ik gebruik altijd een mix van goudreinetten en elstar.",
        "Kneed bakmeel, boter, suiker, ei en zout tot een soepel deeg en houd een derde apart voor de kruimels.",
        "Bak de taart in zeventig minuten goudbruin in een voorverwarmde oven en laat hem afkoelen in de vorm.",
    ],
}
GOES = [
    ("en", "5 from 19 votes", "site-chrome"),
    ("en", "1,284 people made this recipe", "site-chrome"),
    ("de", "4.8 von 120 Bewertungen", "site-chrome"),
    ("de", "5 von 19 Bewertungen", "site-chrome"),
    ("it", "5 da 27 voti", "site-chrome"),
    ("pt", "4.92 de 113 votos", "site-chrome"),
    ("nl", "4.97 van 64 stemmen", "site-chrome"),
    ("fr", "4.9 de 38 votes", "site-chrome"),
    ("fr", "4.9 étoiles sur 5 (38 avis)", "site-chrome"),
    ("fr", "12 346 personnes ont réalisé cette recette", "site-chrome"),
    ("es", "Este post contiene enlaces de afiliado. Si compras a través de ellos, recibo una pequeña comisión sin coste adicional para ti.", "consent-line"),
    ("it", "Questo post contiene link di affiliazione. Se acquisti tramite questi link, ricevo una piccola commissione.", "consent-line"),
    ("fr", "Vous avez testé cette recette ?", "call-to-action"),
    ("nl", "Heb je dit recept gemaakt?", "call-to-action"),
]
STAYS = [
    ("en", "Some 1,284 people made this recipe at the county fair last summer, the organisers said."),
    ("en", "The pie got 5 from 19 votes in the village contest, one short of the winning crumble."),
    ("de", "Der Antrag erhielt nur 5 von 19 Stimmen im Gemeinderat, berichtete die Lokalzeitung."),
    ("de", "Hast du das Rezept ausprobiert, bevor du es deiner Familie serviert hast? Ich nicht."),
    ("it", "Il dolce ha avuto 5 da 27 voti della giuria popolare, ma ha vinto il premio della critica."),
    ("it", "Questo post contiene link a tutte le ricette di Natale pubblicate finora sul blog."),
    ("pt", "A proposta teve 5 de 113 votos na assembleia municipal, bem longe da maioria."),
    ("pt", "Fez esta receita? Então já sabe que a massa precisa descansar uma noite inteira."),
    ("nl", "De motie kreeg maar 5 van 64 stemmen in de gemeenteraad, meldt de lokale krant."),
    ("nl", "Heb je dit recept gemaakt? Dan weet je dat het deeg een nacht moet rusten."),
    ("fr", "Selon le site, 12 346 personnes ont réalisé cette recette l'an dernier, un record."),
    ("fr", "Vous avez testé cette recette ? Moi, je l'ai ratée trois fois avant de comprendre le caramel."),
    ("es", "Este post contiene enlaces a las recetas de mi abuela que ya publiqué el año pasado."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
