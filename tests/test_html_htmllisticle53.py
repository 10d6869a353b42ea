# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmllisticle 53: listicles, photo galleries and shopping guides (docstring written after round 1)."""

from __future__ import annotations

import pytest
from html_probes import (
    FIXTURES,
    URL,
    article_page,
    lines,
    page_probe_tests,
    paragraphs_out,
    paras,
    report,
    tagged_inline,
)
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmllisticle53"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # the section's label over the headline, a <p class="kicker"> on a page without <article> (a magazine's own word
    # for its section; "Travel" over the gallery's headline goes by its class "section-label")
    "de_galerie_schnaeppchen": ["Shopping"],
    # a membership appeal closing the gallery and its button: the appeal tables read no "Support <Paper> from just £1"
    "en_gallery_slideshow": ["We hope you enjoyed this gallery. Support The Daily Courier from just £1 a month.", "Support us"],
    # a pick's badge over its numbered heading: commerce38 keeps a pick's label ("Our pick", "Notre choix") as the
    # guide's own word on its pick (table promos.pick_label), under its heading or over it
    "es_mejores_colchones": ["Nuestra elección"],
    "fr_comparatif_trottinettes": ["Notre choix"],
    "nl_beste_robotstofzuigers": ["Beste keuze"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- a gallery's slides, which the extractor drops whole (cleaner/html/slides.py) ---------------------------------------

ITEMS = [
    ("1. Tromsø, Norway", "At 69 degrees north, Tromsø sits right under the auroral oval, and the lights are visible on clear nights from late September."),
    ("2. Abisko, Sweden", "Abisko's blue hole, a patch of sky kept clear by the mountains around it, makes it one of the most reliable places on Earth to see them."),
    ("3. Yellowknife, Canada", "Flat land and dry, cold air give Yellowknife more than 200 aurora nights a year, more than anywhere else on this list of ours."),
]


@pytest.mark.parametrize("name", ["slide", "gallery-slide", "slideshow__slide", "carousel-slide"])
def test_a_gallerys_slides_keep_their_headings(name: str) -> None:
    slides = "".join(
        f"<div class='{name}'><p class='counter'>Photo {k} of 3</p><h2>{h}</h2><p>{p}</p></div>"
        for k, (h, p) in enumerate(ITEMS, 1)
    )
    html = f"<html><body><main><div class='gallery-page'><h1>The best places to see the northern lights</h1>{slides}</div></main></body></html>"
    out = lines(cleaner.clean_html(html, url="https://news.example/travel/aurora"))
    for heading, para in ITEMS:
        assert heading in out and para in out, out
    assert out.index(ITEMS[0][0]) < out.index(ITEMS[0][1]) < out.index(ITEMS[1][0])


def test_a_slider_of_teasers_beside_the_article_keeps_its_name() -> None:
    teasers = "".join(f"<div class='slide'><a href='/t{k}'>Teaser headline number {k} of the slider</a></div>" for k in range(3))
    html = article_page(paras(), after=f"<div class='slider'>{teasers}</div>")
    out, _ = paragraphs_out(html, URL)
    assert not any("Teaser headline" in line for line in out), out


# --- a "Why you can trust us" box and a table of contents named in the page's language (cleaner/html/rules.toml) -------


@pytest.mark.parametrize(
    ("heading", "blurb"),
    [
        ("Why you can trust HomeTested", "Our experts spend hundreds of hours testing products in real homes, so you can buy with confidence."),
        ("Pourquoi nous faire confiance ?", "Nos journalistes testent chaque produit en conditions réelles pendant plusieurs semaines."),
        ("Por qué confiar en nosotros", "Probamos cada producto durante semanas y no aceptamos dinero de las marcas."),
        ("Waarom je ons kunt vertrouwen", "Onze redactie test onafhankelijk. Fabrikanten betalen niet voor een plek in deze lijst."),
    ],
)
def test_a_trust_box_beside_the_guide_goes(heading: str, blurb: str) -> None:
    html = article_page(paras(), after=f"<div class='box-x'><h3>{heading}</h3><p>{blurb}</p></div>")
    out, _ = paragraphs_out(html, URL)
    assert heading not in out and blurb not in out, out


def test_the_guides_own_section_on_trust_stays() -> None:
    own = "<h2>Why you can trust the polls this time</h2><p>Pollsters changed how they weight voters after 2024, and the three largest now publish their raw numbers every week.</p>"
    out, _ = paragraphs_out(article_page(paras(3) + own + paras(3, 3)), URL)
    assert "Why you can trust the polls this time" in out, out


@pytest.mark.parametrize("name", ["sommaire", "indice", "inhoudsopgave"])
def test_a_table_of_contents_named_in_the_pages_language_goes(name: str) -> None:
    toc = f"<div class='{name}'><p>Contents</p><ul><li><a href='#a'>The best overall</a></li><li><a href='#b'>The best budget pick</a></li></ul></div>"
    out, _ = paragraphs_out(article_page(paras(), before=toc), URL)
    assert "The best overall" not in out and "The best budget pick" not in out, out


# --- a listicle item's tip under a "don't miss" label (edge_listicle.tip_rows, table structure.tip_label) -------------

TIPS = {
    "it": "Papa Pio II la volle città ideale del Rinascimento. Oggi è famosa per il pecorino e per la vista sulla Val d'Orcia dalle mura.",
    "es": "Pinos que llegan hasta el agua y un fondo que se ve desde el acantilado. En julio y agosto el aparcamiento está cerrado al público.",
    "fr": "Accroché à la falaise, Gordes est sans doute le village le plus photographié du Luberon. Le parking se remplit dès 10 heures.",
    "pt": "A estação de comboio com azulejos, as quintas com provas de vinho e um passeio de barco rabelo. Em setembro há vindimas abertas.",
    "en": "Hallstatt itself gets up to 10,000 visitors a day, so I prefer to stay in Obertraun on the other side of the lake and take the ferry.",
}


@pytest.mark.parametrize(
    ("lang", "tip"),
    [
        ("it", "Da non perdere: via dell'Amore e via del Bacio"),
        ("it", "Da vedere: la Cappella di San Brizio nel Duomo"),
        ("es", "No te pierdas: el faro de Cabo de Palos"),
        ("fr", "À voir : le marché du mardi matin"),
        ("pt", "Não perca: a Igreja de São Francisco"),
        ("en", "Don't miss: the Five Fingers viewing platform"),
    ],
)
def test_an_items_tip_under_its_label_stays(lang: str, tip: str) -> None:
    text = [TIPS[lang], tip, TIPS[lang]]
    result = cleaner.explain_text("\n".join(text), language=lang)
    assert tip in result.text.splitlines(), result.removed


@pytest.mark.parametrize(
    ("lang", "teaser"),
    [
        ("it", "Da non perdere: I borghi più belli dell'Umbria"),
        ("es", "No te pierdas: Las mejores calas de Mallorca"),
        ("fr", "À voir : Les plus belles plages de Corse"),
        ("pt", "Não perca: As melhores praias fluviais"),
        ("en", "Don't miss: The 10 best hikes in the Dolomites"),
    ],
)
def test_a_teaser_under_the_same_label_goes(lang: str, teaser: str) -> None:
    text = [TIPS[lang], teaser, TIPS[lang]]
    result = cleaner.explain_text("\n".join(text), language=lang)
    assert ("promo-label", teaser) in [(r.pass_name, r.text) for r in result.removed]


# --- the rules tables' entries ----------------------------------------------------------------------------------------

TEXT = {
    "en": [
        "An air fryer is really a small, powerful convection oven, and the best ones make crisp chips with a tablespoon of oil.",
        "We tested 23 models over three months in our test kitchen in Leeds, each with the same batches of chips and wings.",
        "The Ninja Dual Zone cooked the crispiest chips of the test in 22 minutes, and its baskets went in the dishwasher.",
    ],
    "de": [
        "Ein guter Akku-Staubsauger ersetzt in vielen Haushalten inzwischen das Kabelgerät, zeigt unser Test von 18 Modellen.",
        "Der Testsieger saugt auf Teppich am gründlichsten und zeigt per Lasersensor Staub, den man mit bloßem Auge nicht sieht.",
        "Für rund 310 Euro bekommt man beim Preis-Leistungs-Sieger fast die Saugleistung des Testsiegers, nur der Behälter ist klein.",
    ],
    "fr": [
        "Nous avons parcouru plus de 1 200 km sur onze trottinettes, par temps sec et sous la pluie, pour établir ce classement.",
        "La meilleure freine mieux que toutes ses concurrentes grâce à son double frein à disque et à ses pneus de 10 pouces.",
        "À moins de 300 euros, la moins chère suffit pour des trajets de cinq kilomètres en ville, mais peine dans les côtes.",
    ],
    "es": [
        "Dormimos sobre doce colchones durante dos semanas cada uno para elegir los cinco que recomendamos este año.",
        "El ganador tiene firmeza media, buena transpiración y cien noches de prueba, y gustó a los cuatro probadores.",
        "El más barato cuesta 299 euros en tamaño 135 x 190 y es la mejor compra si el presupuesto manda en casa.",
    ],
    "it": [
        "Abbiamo provato nove friggitrici ad aria con patatine surgelate, ali di pollo e verdure nella nostra cucina di prova.",
        "La migliore cuoce in modo uniforme e la sua ventola è la più silenziosa della prova, con un cestello da sette litri.",
        "La più economica della prova non delude affatto: patatine croccanti in venti minuti e un prezzo sotto i novanta euro.",
    ],
    "pt": [
        "Testámos dez aspiradores robô durante dois meses numa casa com dois filhos, um cão e muitos tapetes na sala.",
        "O vencedor evitou todas as meias e cabos do chão e ainda lava o pavimento com uma esfregona rotativa dupla.",
        "Por menos de 300 euros, o mais barato aspira quase tão bem, mas a aplicação é bem menos clara de usar.",
    ],
    "nl": [
        "Een robotstofzuiger houdt je vloer dagelijks schoon terwijl jij aan het werk bent, blijkt uit onze test van tien modellen.",
        "De winnaar ontweek in onze test elke sok en elk oplaadsnoer en dweilt ook nog eens behoorlijk goed mee.",
        "Voor onder de 500 euro krijg je een robot die bijna net zo goed zuigt, alleen de app is minder overzichtelijk.",
    ],
}
GOES = [
    ("de", "*Affiliate-Links: Kaufen Sie über diese Links ein, erhalten wir eine Provision.", "consent-line"),
    ("de", "Bestellen Sie über einen dieser Links, bekommen wir eine kleine Provision vom Händler.", "consent-line"),
    ("it", "In qualità di Affiliato Amazon riceviamo un guadagno dagli acquisti idonei.", "consent-line"),
    ("pt", "Como Associado da Amazon, ganho com compras qualificadas.", "consent-line"),
    ("nl", "Als Amazon-partner verdienen wij aan in aanmerking komende aankopen.", "consent-line"),
    ("en", "Prices last updated on 4 March 2027 at 10:12", "site-chrome"),
    ("it", "Ultimo aggiornamento prezzi: 4 marzo 2027 alle 10:12", "site-chrome"),
    ("es", "Precios actualizados el 04/03/2027 a las 10:12", "site-chrome"),
]
STAYS = [
    ("de", "Kaufen Sie über diese Links ein, erhalten wir eine Provision, hieß es in der Abmahnung der Verbraucherzentrale gegen den Blog."),
    ("it", "In qualità di affiliato Amazon, il blogger riceveva un guadagno dagli acquisti idonei, ha spiegato il giudice."),
    ("pt", "Como associado da Amazon, o site ganha com compras qualificadas, explicou o advogado do grupo em tribunal."),
    ("nl", "Als Amazon-partner verdienen wij aan in aanmerking komende aankopen, staat onderaan de blog, maar lezers zien dat niet."),
    ("en", "Prices last updated on 4 March 2027 at 10:12 still showed the old tariff, the regulator said on Friday."),
    ("it", "Prezzi aggiornati al 4 marzo 2027: il listino del gas sale del 3 per cento, secondo l'Arera."),
    ("es", "Precios actualizados el 4 de marzo de 2027 muestran una subida del 3 %, según el INE."),
    ("de", "Weitere Bestenlisten will das Magazin im Frühjahr veröffentlichen, kündigte die Chefredakteurin an."),
    ("fr", "Nos autres guides d'achat sont rédigés par la même équipe de testeurs, précise le rédacteur en chef."),
    ("es", "Más guías de compra llegarán en primavera, según la editora de la sección de consumo."),
    ("it", "Altre guide all'acquisto arriveranno nei prossimi mesi, ha detto la direttrice del sito."),
    ("pt", "Mais guias de compras serão publicados em breve, disse a editora da secção de consumo."),
    ("nl", "Meer koopgidsen volgen in het voorjaar, zegt de hoofdredacteur van de consumentensite."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("de", ["Weitere Bestenlisten", "- Die besten Saugroboter", "- Die besten Nass-Trocken-Sauger", "- Die besten Luftreiniger"]),
        ("fr", ["Nos autres guides d'achat", "- Meilleur vélo électrique", "- Meilleur casque de vélo"]),
        ("es", ["Más guías de compra", "- Las mejores almohadas", "- Los mejores edredones nórdicos"]),
        ("it", ["Altre guide all'acquisto", "- Migliori robot da cucina", "- Migliori macchine per il caffè"]),
        ("pt", ["Mais guias de compras", "- Os melhores secadores de cabelo", "- As melhores cafeteiras"]),
        ("nl", ["Meer koopgidsen", "- De beste steelstofzuigers van dit moment", "- De beste luchtreinigers voor je slaapkamer"]),
    ],
)
def test_a_box_of_the_sites_other_guides_goes(lang: str, box: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*TEXT[lang], *box]), language=lang)
    assert [(r.pass_name, r.text) for r in result.removed] == [("teaser-box", line) for line in box]
    assert result.text.splitlines() == TEXT[lang]


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
