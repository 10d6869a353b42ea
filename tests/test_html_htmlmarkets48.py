# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlmarkets 48: business and markets news pages, ``fixtures/html_htmlmarkets48/<lang>_<what>.html`` (en de
fr es it pt nl): market reports and closes (de DAX, fr CAC 40, es Ibex, it Piazza Affari, pt PSI, nl AEX), earnings
stories with results tables (en chipmaker, de Maschinenbau, es airline, fr luxury, it fashion, pt oil), a forex story
with a currency converter (en), investing columns (en, nl). Around the article: ticker strips at the top ("DAX
18.432,10 +0,42%"), quote boxes and instrument widgets between the paragraphs ("98,46 EUR +3,12%", "WKN: … · ISIN: …",
"Zur Watchlist hinzufügen", "Kursalarm setzen", "Cotizaciones con 15 minutos de retraso", "Añadir a mi cartera Crear
alerta", "Maison Delorme FR0000121014", "12,845 € ▲ 3,41%"), a "Valores de la noticia" box, currency converters
("Currency converter" / "1 GBP = 1.2403 USD" / "Mid-market rate at …"), "Most active" / "Top movers" / "Tops & Flops"
tables, disclaimers, author boxes with "Follow", morning-briefing sign-ups, paywall boxes, related rails, comments,
footers with delay notices, cookie banners.

Article lines that look like residue, on purpose: "Key takeaways" / "Das Wichtigste in Kürze" / "Ce qu'il faut retenir
de la séance :" / "I punti chiave:" / "Destaques da sessão:" over short bullets of figures ("Revenue: $14.2bn, up 61%
year on year", "Energias do Atlântico: -2,10%"), results tables (gold rows), "Kursziel: 41 Euro. Einstufung: Halten.",
a column's imperatives ("Set an alert only for a fall of 20% or more.", "Add to your watchlist only what …", "Don't
panic. Don't peek. Don't sell.", "Drie: zet een koersalert, geen wekker.", "Voeg het toe aan je volglijst, zei een
vriend …"), "Market data is free and instant now. …", "Créer une surprise à la baisse serait …", "Suivre le cognac,
c'est suivre la Chine : …", "Comprar o vender: …", "Eén: een verhaal is geen winst.".

Tags: headline, dek, a table's caption, a key-points heading (en, de) and a pull quote soft; a news story's disclaimer
("Dieser Artikel stellt keine Anlageberatung dar", "Dit artikel is geen beleggingsadvies") residue, a columnist's
own disclaimer and disclosure ("This article is not investment advice. …", "Erik Vos schrijft op persoonlijke titel.
Dit is geen beleggingsadvies. De auteur bezit posities …") soft; quote boxes, converters, tickers, movers tables,
bylines, author boxes, paywall and sign-up boxes residue. Lines are tagged as in ``tests/html_probes.py`` (read by
``html_probes.tagged_inline``).

Measured with ``python tests/test_html_htmlmarkets48.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 15 pages, 157 article lines), on the base 2366b8b6: **0 article lines lost, 22 residue lines left**:
  a quote box's price and move left between the paragraphs (de, fr, it: its name, ISIN or delay notice went, or was
  kept glued: "Xetra · 17:35 Uhr · Kursdaten verzögert um 15 Minuten", "Maison Delorme FR0000121014"), an es quote box
  (name, price and move; a "Volumen: … · Máx: … · Mín: …" row; two buttons glued), an es "Valores de la noticia" box
  with two rows and "Cotizaciones en tiempo real", two currency converters (en, es: name, result, the rate's note),
  three disclaimers (es "Este contenido tiene carácter informativo y no constituye …", fr "Les informations publiées
  ne constituent pas …", it "Le informazioni contenute in questo articolo non costituiscono …"), an es paywall's
  offer naming the outlet and its two buttons glued. No retag. After: **0 lost, 0 left**.
* round 2 (5 pages ``*_r2_*``, 40 article lines, aimed at the new rules): an en market wrap whose own closes and
  tourist rates ("1 GBP = 1.2403 USD") stand under lines closed by a colon right over a converter and beside a quote
  box, and a sentence opening "Market data delayed by 15 minutes …"; a de bond story with an ISIN in a sentence, a
  box "Bundesanleihe 2035 DE000BU2Z015" / price / "Börse Frankfurt · 14:25 Uhr · Kursdaten verzögert …" and three
  yields listed; a pt box with an ISIN and two closes of the article under a colon; an es travel-money story with the
  ECB's rates under a colon over a converter, "Crear una alerta de precio …" and "Volumen: no conviene …" sentences;
  a fr close with its levels under a colon, the AMF's warning quoted in a sentence, a box with an ISIN, "Maison
  Delorme FR0000121014 : c'est sous ce code …" and a disclaimer with "analyses" as its subject. On the base: **0 lost,
  13 left**; after: **0 lost, 0 left**. In all: 20 pages, 197 article lines, **0 lost, 0 left**.

Changes:

* ``cleaner/passes/edge_htmlmarkets.py`` (new), hooked in ``widgets.FinanceWidget.spared``: ``boxed_quote_rows``: a
  ``head_widget`` row (a price and its move, a converter's result) between the article's paragraphs (over its last
  closed sentence) goes when it stands in a group of at most two rows, under residue or a closed sentence, with a
  ``finance`` line (the box's delay notice, ISIN, watchlist button, a converter's name) in the run of residue lines
  beside it. A list of closes of three rows, one announced with a colon or under a subheading ("Die Schlusskurse"
  over a box's "Kursalarm setzen": a first version took those rows of test_markets38, caught by eqdiff), rows with no
  box's line beside them stay (tests); under the last sentence the rows stay ``edge_markets.tail_quote_rows``'.

Checks: eqdiff (text and HTML) against the base: no article line newly removed, one residue line newly removed
(test_keep34 en_stock_portrait_ext "NVDA 878.37 +6.12 (+0.70%)"), no dev page changed; bench_text and bench_html
unchanged.
* ``cleaner/rules/families/widgets.toml``: ``head_widget``: a bare price with its currency and its move in per cent with
  decimals, signed or after an arrow ("98,46 EUR +3,12%", "12,845 € ▲ 3,41%"), and a converter's result ("1 GBP =
  1.2403 USD"): over the article, or in a box (above); ``finance``: a name of up to four words closed by an ISIN's
  shape ("Maison Delorme FR0000121014").
* ``cleaner/rules/lang``: ``en.toml`` ``finance`` "Currency converter", "Mid-market rate at 10:05 GMT. Rates are for
  information only."; ``es.toml`` ``finance`` "Valores de la noticia", "Cotizaciones en tiempo real", "Conversor de
  divisas", a box's row of labelled figures ("Volumen: … · Máx: … · Mín: …"), a box's buttons glued in a row;
  ``es.toml`` ``disclosure`` "Este contenido tiene carácter informativo y no constituye …"; ``es.toml`` ``paywall`` the
  offer naming the outlet ("Suscríbete a Expansión Global por 1 € al mes durante 3 meses.") and "Suscribirme Ya soy
  suscriptor"; ``de.toml`` ``finance`` the delay notice after its exchange and time; ``fr.toml`` ``disclosure`` "Les
  informations publiées ne constituent pas un conseil en investissement."; ``it.toml`` ``disclosure`` "Le informazioni
  contenute in questo articolo non costituiscono sollecitazione al pubblico risparmio né consulenza finanziaria.".
  Sentences with the words in ``STAYS`` and ``fixtures/negatives/{en,es,de,fr,it}.txt``.

Left: nothing (``RESIDUE_LEFT`` empty). Not probed: a quote box of three instruments or more between the paragraphs
(it reads as the article's list of closes and stays).
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmlmarkets48"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# ===== ROUND 2: the pages ``*_r2_*`` (globbed with the others above), aimed at the rules below: the article's own
# closes and rates under a colon beside a box or a converter, ISINs in sentences, sentences opening on a box's words.

# --- a quote box or a converter between the article's paragraphs (cleaner/passes/edge_htmlmarkets.py) ----------

DE = [
    "Der deutsche Aktienmarkt hat am Donnerstag ein neues Rekordhoch erreicht, der DAX schloss 0,42 Prozent fester.",
    "Auslöser waren schwächer als erwartet ausgefallene Inflationsdaten aus den USA, sagten Händler in Frankfurt.",
    "Zu den größten Gewinnern zählten Volkswagen mit einem Plus von 3,1 Prozent und BMW mit 2,7 Prozent.",
    "Schwächer tendierten dagegen Versorger, RWE verloren 1,8 Prozent und Eon 1,2 Prozent im späten Handel.",
]


@pytest.mark.parametrize(
    ("lang", "box", "rows"),
    [
        ("de", ["WKN: 766403 · ISIN: DE0007664039", "98,46 EUR +3,12%", "Kursdaten verzögert um 15 Minuten"], ["98,46 EUR +3,12%"]),
        ("de", ["Volkswagen Vz. 98,46 € +3,12%", "Zur Watchlist hinzufügen"], ["Volkswagen Vz. 98,46 € +3,12%"]),
        ("es", ["Valores de la noticia", "Aerolíneas Sol 3,870 +3,21%", "Ibérica Aeropuertos 188,10 +0,45%"], ["Aerolíneas Sol 3,870 +3,21%", "Ibérica Aeropuertos 188,10 +0,45%"]),
        ("it", ["12,845 € ▲ 3,41%", "Dati ritardati di 15 minuti · 17:35"], ["12,845 € ▲ 3,41%"]),
        ("en", ["Currency converter", "1 GBP = 1.2403 USD"], ["1 GBP = 1.2403 USD"]),
    ],
)
def test_a_quote_box_between_the_paragraphs_goes(lang: str, box: list[str], rows: list[str]) -> None:
    paras = TEXT[lang]
    result = cleaner.explain_text("\n".join([*paras[:2], *box, *paras[2:]]))
    out = lines(result.text)
    assert [p for p in paras if p not in out] == []
    assert [line for line in box if line in out] == []
    assert all(any(r.pass_name == "finance-widget" and r.text == row for r in result.removed) for row in rows)


@pytest.mark.parametrize(
    ("rows", "box"),
    [
        # the article announces its closes with a colon; a delay notice under them goes alone
        (["Die Schlusskurse im Überblick:", "DAX 18.432,10 +0,42%", "MDAX 26.118,55 -0,15%"], ["Kursdaten verzögert um 15 Minuten"]),
        # under the article's subheading, a box's button under them (markets38's shape)
        (["Die Schlusskurse", "SAP 172,30 € +4,12 (+2,45 %)", "Siemens 181,02 € +2,20 (+1,23 %)"], ["Kursalarm setzen"]),
        # three rows or more: a list of closes, not one instrument's box
        (["DAX 18.432,10 +0,42%", "MDAX 26.118,55 -0,15%", "TecDAX 3.402,77 +0,28%"], ["Kursdaten verzögert um 15 Minuten"]),
        # rows with no box's line beside them
        (["DAX 18.432,10 +0,42%", "Euro Stoxx 50 4.996,40 +0,31%"], []),
    ],
)
def test_the_articles_own_closes_stay_beside_a_box(rows: list[str], box: list[str]) -> None:
    text = [*DE[:2], *rows, *box, *DE[2:]]
    out = lines(cleaner.clean_text("\n".join(text)))
    assert [line for line in [*DE, *rows] if line not in out] == []


def test_a_quote_box_inside_a_pages_article_goes_its_story_whole() -> None:
    box = (
        "<div class='instrument'><p><a href='/q/vow3'>Volkswagen Vz.</a></p><p>WKN: 766403 · ISIN: DE0007664039</p>"
        "<p>98,46 EUR +3,12%</p><p>Xetra · 17:35 Uhr · Kursdaten verzögert um 15 Minuten</p>"
        "<p><a href='/wl'>Zur Watchlist hinzufügen</a> <a href='/alarm'>Kursalarm setzen</a></p></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in DE)
    html = (
        "<html><body><main><article><h1>DAX schließt mit Rekordhoch</h1><div class='text'>"
        f"{paras[: paras.index('<p>Zu den')]}{box}{paras[paras.index('<p>Zu den') :]}</div></article></main></body></html>"
    )
    result = cleaner.explain_html(html, url="https://www.boerse.example/maerkte/dax-rekord")
    out = lines(result.text)
    assert [p for p in DE if p not in out] == []
    assert not any("98,46" in line or "Xetra" in line or "ISIN" in line for line in out)
    assert any(r.pass_name == "finance-widget" and r.text == "98,46 EUR +3,12%" for r in result.removed)


# --- text tables: disclaimers, a quote box's lines, a converter, a paywall's offer -------------------------------

TEXT = {
    "en": [
        "The pound fell to its lowest level against the dollar in six months on Wednesday after inflation dropped.",
        "Sterling lost 0.8% to $1.2403 in morning trading, while against the euro it slipped 0.55% to €1.1712.",
        "Consumer prices rose 1.9% in the year to October, down from 2.6% in September, the statistics office said.",
        "Markets now put the chance of a cut on December 18 at 78%, up from 45% before the figures came out.",
    ],
    "es": [
        "El Ibex 35 cerró la sesión de este martes con una subida del 1,10%, hasta los 11.982,4 puntos, su mejor nivel.",
        "Banco Meridional se disparó un 5,4% después de ganar 2.310 millones de euros hasta septiembre, un 18% más.",
        "Entre los valores con peor comportamiento destacaron las eléctricas, que cedieron más de un 1,5% en la sesión.",
        "La prima de riesgo se mantuvo en 71 puntos básicos, con el bono español a diez años en el 3,02% al cierre.",
    ],
    "de": [
        "Der Ulmer Maschinenbauer hat im ersten Quartal deutlich weniger Aufträge erhalten als von Analysten erwartet.",
        "Die Aktie brach im frühen Xetra-Handel um bis zu 14 Prozent ein und war damit größter Verlierer im MDAX.",
        "Vor allem Kunden aus der chinesischen Batterieindustrie hielten sich mit neuen Bestellungen spürbar zurück.",
        "Die Dividende soll trotz des Einbruchs stabil bei 1,10 Euro je Aktie bleiben, teilte das Unternehmen mit.",
    ],
    "fr": [
        "La Bourse de Paris a terminé en recul mercredi, le CAC 40 perdant 0,86 % à 7 521,14 points en clôture.",
        "Le luxe a pesé lourd, le groupe ayant publié un chiffre d'affaires trimestriel en baisse de 4 % sur un an.",
        "Ailleurs en Europe, Francfort a cédé 0,41 % et Londres 0,22 % dans des volumes d'échanges assez faibles.",
        "Jeudi, les investisseurs surveilleront la publication de l'inflation en zone euro et les propos de la BCE.",
    ],
    "it": [
        "Piazza Affari ha chiuso la seduta in rialzo dello 0,92%, con il Ftse Mib a 34.812 punti spinto dalle banche.",
        "Lo spread tra Btp e Bund è sceso a 118 punti base, con il rendimento del decennale italiano al 3,48%.",
        "In calo invece le utility, con il comparto in flessione dell'1,3% dopo il declassamento di una banca d'affari.",
        "Domani sono attese le decisioni della Banca d'Inghilterra e della Banca del Giappone sui tassi d'interesse.",
    ],
}
GOES = [
    ("en", "Currency converter", "finance-widget"),
    ("en", "Mid-market rate at 10:05 GMT. Rates are for information only.", "finance-widget"),
    ("es", "Valores de la noticia", "finance-widget"),
    ("es", "Cotizaciones en tiempo real", "finance-widget"),
    ("es", "Conversor de divisas", "finance-widget"),
    ("es", "Volumen: 41.220.118 · Máx: 8,240 · Mín: 7,801", "finance-widget"),
    ("es", "Añadir a mi cartera Crear alerta", "finance-widget"),
    ("es", "Este contenido tiene carácter informativo y no constituye una recomendación de inversión.", "consent-line"),
    ("es", "Suscríbete a Expansión Global por 1 € al mes durante 3 meses.", "paywall"),
    ("es", "Suscribirme Ya soy suscriptor", "paywall"),
    ("de", "Xetra · 17:35 Uhr · Kursdaten verzögert um 15 Minuten", "finance-widget"),
    ("fr", "Maison Delorme FR0000121014", "finance-widget"),
    ("fr", "Les informations publiées ne constituent pas un conseil en investissement.", "consent-line"),
    (
        "it",
        "Le informazioni contenute in questo articolo non costituiscono sollecitazione al pubblico risparmio né consulenza finanziaria.",
        "consent-line",
    ),
]
STAYS = [
    ("en", "The bank's currency converter showed a rate two cents worse than the one traders saw, the survey found."),
    ("en", "Card providers charge close to the mid-market rate at 10:05 GMT, the consumer group found, airports far more."),
    ("es", "Los valores de la noticia del día fueron los bancos, que subieron con fuerza tras los resultados."),
    ("es", "Las cotizaciones en tiempo real cuestan dinero, por eso la mayoría de los portales ofrece datos con retraso."),
    ("es", "El conversor de divisas del banco aplicaba un margen del 3%, según la organización de consumidores."),
    ("es", "Volumen: 41 millones de títulos, el mayor desde marzo, según los operadores de la bolsa madrileña."),
    ("es", "Añadir a mi cartera un banco y crear alerta de precio fue lo primero que hice, cuenta la inversora."),
    ("es", "Este contenido tiene carácter informativo y no constituye una recomendación de inversión, advierte el folleto."),
    ("es", "Suscríbete a Netflix por 5 € al mes era la oferta que más gustaba a los jóvenes, según el estudio."),
    ("es", "«Ya soy suscriptor de tres plataformas y no pienso pagar otra», dice Lucía, de 34 años."),
    ("de", "An der Xetra waren die Kursdaten um 17:35 Uhr verzögert, weil ein Server ausfiel, teilte die Börse mit."),
    ("fr", "L'obligation Maison Delorme FR0000121014 arrive à échéance en mai, a précisé le groupe dans un communiqué."),
    ("fr", "Les informations publiées ne constituent pas un conseil en investissement, rappelle l'AMF aux influenceurs."),
    ("it", "Le informazioni contenute in questo articolo non costituiscono consulenza finanziaria, ha ricordato la Consob."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
