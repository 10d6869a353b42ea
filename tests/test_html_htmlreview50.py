"""HTML probe htmlreview 50: product and service reviews as whole pages under
``fixtures/html_htmlreview50/<lang>_<what>.html`` (en de fr es it pt nl): a phone review (verdict box "Our Verdict" with
"4.5 out of 5", "For"/"Against" lists, "Today's best deals" price widget, "How we test" box, author card, "Compare with"
carousel, newsletter), a laptop review (a score "8/10", "Bottom line: …", "$1,199 at Amazon" buttons, a spec table,
readers' reviews with "Was this helpful? Yes (12) No (3)"), a roundup of headphones ("1. Sonora WH-9" items with "$398
at Amazon" / "Check price" / "See deal", "Reasons to buy:"), a hotel review (a booking widget, "Essentials" fact box,
readers' star rows), a password manager's review (a pricing table, "Visit KeyVault" / "Get the deal", alternatives with
"Visit site"), a German washing machine's test ("Testnote: gut (1,9)", "Vorteile"/"Nachteile", "Preisvergleich" list of
shops, "So testen wir", a comments section), a German car's drive report ("Der Preis: ab 56.990 Euro.",
"Plus:"/"Minus:", technical data, a dealer's offer box), a German roundup of earbuds ("Platz 1: …", "Gesamtnote: 1,4",
"ab 239,00 € Bei Amazon ansehen"), a French phone test ("Note : 8/10", "Les plus"/"Les moins", "Meilleur prix" list,
"Faut-il l'acheter ?"), a French restaurant review ("★★★★☆", "Notre avis : …", "Réserver une table", "Infos pratiques",
readers' "Cet avis vous a-t-il été utile ? Oui (5) Non (0)"), a Spanish laptop review ("Nota TecnoLab: 8,6", "A
favor"/"En contra", "Comprar en Amazon por 1.899 euros"), a Spanish roundup of robot vacuums (a numbered ranking whose
items are the article, "Mejor precio: 649 € Ver oferta", "Cómo probamos", "¿Te ha resultado útil? Sí (14) No (2)"), an
Italian app review ("Voto: 7,5", "Pro"/"Contro", "Scarica su App Store", "Scaricatela, ma non pagate subito …"), a
Brazilian fridge review ("Prós"/ "Contras", "Melhores preços" with "R$ 4.299,00 Ver preço", "Esta avaliação foi útil?
Sim (12) Não (3)"), a Dutch e-bike review ("Ons oordeel", "Pluspunten"/"Minpunten", "Bekijk prijs" with "€ 2.499 Naar
winkel").

Article lines that look like residue, on purpose: a short verdict line ("Yes, if photos matter most to you.", "Sim.",
"Kopen? Als je gelijkvloers woont: ja.", "Faut-il l'acheter ?", "Kaufen oder nicht?"), the pros and cons lists and
their labels ("For", "Against", "Vorteile", "Les moins", "A favor", "Prós", "Minpunten", "Plus:"), a bulleted spec list
in the text ("Display: 6.7-inch OLED, 120Hz, 3,000 nits peak", "Poids : 199 g"), spec tables in the text, sentences
with a price, "buy" or "deal" ("Is it a good deal? At launch it undercuts …", "Der Preis: ab 56.990 Euro.", "Buy it for
travel, not for the office …", "Download the free version first.", "Tip: turn on two-factor authentication …"), a
numbered ranking in a roundup whose items are the article ("Roboclean S9 Max: el mejor en general."), an FAQ
heading, "Price and availability", "Should you buy it?" headings.

Tags: headlines, deks, scores alone ("8/10", "4.5 out of 5", "Testnote: gut (1,9)", "★★★★☆"), a roundup's award
lines and its quick list's heading, a spec box beside a roundup's item, a pricing table's header row, a hotel's or a
restaurant's practical box (address, phone, prices), the guest's disclosure, and figcaptions soft; the verdict, pros
and cons, specs in the text, the ranking's items gold; affiliate disclosures, price widgets and shop buttons, "How we
test" boxes, author cards, readers' reviews and their helpful votes, comments, carousels, related lists, newsletter
boxes, cookie banners, menus and footers residue. Lines are read by ``html_probes.tagged_inline``.

Retags after the blind round (each a tagging mistake): en_phone_review's "Our Verdict" and nl_ebike_review's "Ons
oordeel" (a verdict box's heading) from residue to soft: the pages tag a "Verdict" subheading of the text gold, and a
box's label is either way; es_portatil_analisis's "Este portátil ha sido cedido para la prueba por Ventis. …" from gold
to soft: a loan's disclosure is a disclosure as the affiliate ones (residue here), the ``consent-line`` pass takes it
on purpose.

Measured with ``python tests/test_html_htmlreview50.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 15 pages, 272 article lines; 273 before the retag), on the base 92117c2c: **1 article line lost, 36
  residue lines left** (after the retags: 0 lost, 34 left): price-comparison lists beside the review named anything
  ("Preisvergleich / Otto 549,00 € Zum Shop* / … / Preise inkl. MwSt., zzgl. Versand. Stand: …", "Meilleur prix / Fnac
  449 € Voir l'offre", "Melhores preços / Magalu R$ 4.299,00 Ver preço", "Bekijk prijs / Coolblue € 2.549 Bekijk bij
  Coolblue"), "How we test" boxes (its heading and paragraph: en x4, "So testen wir" x2, "Cómo probamos"), a car
  dealer's offer box, a booking partner's line, the two verdict boxes' headings (retagged). After: **0 lost, 6 left**
  (see ``RESIDUE_LEFT``).
* round 2 (5 pages ``*_r2_*``, 48 article lines, aimed at the new rules): an en gift guide whose text lists products
  with their prices and shops' links ("Timemore scale, $45 at Walmart") beside a shop box ("Amazon $45.99 Buy now")
  and "How we test gifts"; an it kitchen robot's test with the shops' prices in the text without links ("MediaWorld:
  879 euro"), "Come abbiamo testato il K5" as its own subheading, a price table ("| Amazon | 799,00 € | Vedi offerta
  |") and "Come testiamo" in an ``<aside>``; a de roundup with "So haben wir getestet" as a ``<section>`` of the text,
  "Preise im Überblick:" over prices in the text, "Wie wir testen" in an ``<aside>`` and "aktuelle Angebote" list; a pt
  phone review with "Preço: R$ 2.999" in a spec list, "Como testamos" and a ``<tbody>`` of offers; a fr roundup whose
  products are ``<div>``s, each with "Où l'acheter ?" shops, one with "Les prix que nous avons relevés :" over its own
  prices, and "Comment nous testons". On the base: **0 lost, 19 left**; after: **0 lost, 0 left**. In all: 20 pages,
  320 article lines, **0 lost, 6 left**.

Changes:

* ``cleaner/html/reviewbox.py`` (new), hooked in ``dom.decide`` (``# htmlreview50``: the sets and one verdict line, as
  htmlgov48's ``file_boxes``), family ``dom:widgets``: ``price_boxes``: outside the prose block, a list or table of two
  rows at least, each of at most 80 characters holding a price (a currency's sign or code next to a number) outside
  its links and a link of at most 30 characters (the shop's button), goes with its box (its way up while that adds at
  most 160 characters and no other list: a verdict box's pros beside its prices stay). Inside the block a gift guide's
  list of products, prices and links stays; a list of prices without links (the shops visited) stays; a spec list with
  "Price: $398" has rows without a price. ``method_boxes``: a ``<div>``, ``<section>`` or ``<aside>`` of at most 600
  characters opening on a heading that opens with "How we test" or its translation (``[method_boxes]`` in rules.toml,
  en de fr es it pt nl) goes, outside the prose block or as a box inside it; a ``<section>`` inside the block (a
  roundup's own "How we tested the K2") and a heading among the block's paragraphs stay (tests).

Left (``RESIDUE_LEFT``): a car dealer's offer box (one button, a leasing rate), a roundup's "How we test" as a heading
and paragraph among its own, a booking partner's one-line promo (see the comments). No table entry was added.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline

import cleaner

PAGES_DIR = FIXTURES / "html_htmlreview50"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # a dealer's offer box after a car review ("… Angebote vergleichen / Bis zu 18 % Rabatt … / Jetzt Angebot sichern
    # Leasing ab 399 € / Monat"): one button and a leasing rate, no list of shops' prices; a box of a heading, a
    # sentence and two links after the text is also a review's "Where to see it" note, and no shape here tells them
    # apart
    "de_auto_fahrbericht": [
        "Volta ID.5 GTX: Angebote vergleichen",
        "Bis zu 18 % Rabatt bei unseren Partnerhändlern",
        "Jetzt Angebot sichernLeasing ab 399 € / Monat",
    ],
    # a roundup's "How we test" as a heading and a paragraph among the article's own (no box): a roundup's section on
    # its test in the same place is its text (test_prices_and_a_test_in_the_article_stay)
    "en_headphones_roundup": [
        "How we test",
        "Every pair of headphones on this list has been worn by at least two of our reviewers for a minimum of two "
        "weeks. We measure noise cancelling with a dummy head in our lab.",
    ],
    # a booking partner's line under the removed "Réserver une table" button, in a box of its own (one sentence)
    "fr_restaurant_critique": ["Réservation gratuite avec TheFork · -20 % sur la carte"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)

# ===== ROUND 2: pages aimed at the new rules are the files named ``*_r2_*`` (the same glob, the same three tests)


# --- a price comparison beside the review, a "How we test" box (cleaner/html/reviewbox.py) ---------------------------

URL = "https://www.reviews.example/2026/kettle-review"
BODY = "".join(
    f"<p>The kettle boiled a full litre in 2 minutes 41 seconds, and it stayed quiet while doing it. Paragraph {k}.</p>"
    for k in range(5)
)


def _review(after: str, inside: str = "") -> str:
    return (
        "<html><body><header><nav><a href='/'>Home</a><a href='/reviews'>Reviews</a></nav></header><main><article>"
        f"<h1>Brevo K2 kettle review</h1><div class='body'>{BODY}{inside}</div>{after}</article></main>"
        "<footer><p>© 2026 Reviews Example</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("box", "word"),
    [
        # a list of shops' prices and buttons, its heading and small print
        ("<div class='pv'><h4>Preisvergleich</h4><ul><li>Otto 49,00 € <a href='#'>Zum Shop</a></li><li>Amazon 52,99 € "
         "<a href='#'>Zum Angebot</a></li></ul><p>Preise inkl. MwSt., Stand: 09.01.2026</p></div>", "Otto"),
        # a table of them, the currency's sign first
        ("<div class='comparador'><table><tr><td>Magalu</td><td>R$ 299</td><td><a href='#'>Ver oferta</a></td></tr>"
         "<tr><td>Amazon</td><td>R$ 289</td><td><a href='#'>Ver oferta</a></td></tr></table></div>", "Magalu"),
        # a "How we test" box after the text
        ("<div class='hwt'><h3>How we test kettles</h3><p>Every kettle we review is used in our kitchen for at least a "
         "fortnight, and we time how long it takes to boil.</p></div>", "fortnight"),
        # ... in Dutch, as an <aside>
        ("<aside><h3>Zo testen wij</h3><p>Elke waterkoker gebruiken we minstens twee weken thuis.</p></aside>",
         "waterkoker"),
    ],
)
def test_a_price_comparison_or_a_how_we_test_box_goes(box: str, word: str) -> None:
    result = cleaner.explain_html(_review(box), url=URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 5
    assert word not in result.text
    assert any(r.pass_name == "dom:widgets" and word in r.text for r in result.removed)


@pytest.mark.parametrize(
    ("after", "inside", "kept"),
    [
        # a gift guide's products with their prices and shops' links, in the text
        ("", "<ul><li><a href='#'>Hario V60 kit</a>, $29 at Target</li><li><a href='#'>Timemore scale</a>, $45 at "
         "Walmart</li></ul>", "Timemore scale, $45 at Walmart"),
        # prices without links (the shops the reviewer visited), beside the text
        ("<div class='prices'><ul><li>MediaWorld: 879 euro</li><li>Unieuro: 899 euro</li></ul></div>", "",
         "MediaWorld: 879 euro"),
        # a verdict box's pros beside its prices: the prices go, the pros stay
        ("<div class='verdict'><h3>Pros</h3><ul><li>Boils fast</li><li>Quiet</li></ul><ul><li>Argos £39 <a href='#'>"
         "Buy</a></li><li>Currys £42 <a href='#'>Buy</a></li></ul></div>", "", "Boils fast"),
        # the article's own section on its test, in the text as a <section>
        ("", "<section><h2>How we tested the K2</h2><p>We boiled 200 litres of hard London water in it over a month, "
         "descaling it once.</p></section>",
         "We boiled 200 litres of hard London water in it over a month, descaling it once."),
    ],
)
def test_prices_and_a_test_in_the_article_stay(after: str, inside: str, kept: str) -> None:
    out = lines(cleaner.clean_html(_review(after, inside), url=URL))
    assert sum("Paragraph" in line for line in out) == 5
    assert kept in [line.removeprefix("- ") for line in out]
    assert "Argos" not in " ".join(out)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
