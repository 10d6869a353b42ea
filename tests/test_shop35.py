# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""shop35: a probe of commerce journalism (gift guides, "best headphones 2024" roundups with a verdict per product,
Black Friday / Prime Day deals live posts, price-drop and price-comparison pieces, supermarket price rises with prices
per item, product recalls with model numbers and batch codes, a "what's in my bag" piece, consumer tests with their
grades), scraped as text (half as an extractor leaves them, half as all the visible text of the page), in en, de, fr,
es, it, pt, nl and pl:

- residue: retailer buttons ("$349 at Best Buy", "Check price", "Zum Angebot", "Voir l'offre", "Bestel nu bij
  Coolblue"), affiliate disclosures, deal widgets ("Today's best deals", "Sold by Best Buy", "Free delivery"), "Shop the
  story" boxes, newsletter prompts, comment sections, cookie lines, share buttons, menus;
- the article: product names as subheadings ("1. Sony WH-1000XM5"), the prices it states ("Price: $399", "Antes
  1.199 €, ahora 899 €", "De R$ 3.999 por R$ 2.199" under the sentence that gives it), pros and cons, verdicts,
  ratings ("Rating: 4.5/5"), a recall's model numbers and batch codes, test grades, a deals post's entries and their
  times, and a story about affiliate links that quotes the buttons and disclosures it is about.

"Prices correct at time of publication." and its kin are ``T`` (the brief's either way); the page's headline is ``T``.

- round 1, blind (written before reading the passes): 25 pages, 242 ``A`` lines, 220 ``R``, 31 ``T``.
- round 2, after the changes, aimed at them: 6 pages, 47 ``A``, 26 ``R``, 6 ``T``: "Was $249, now $169" without a shop,
  "Sold by …", "Free delivery …", "Verkauft von …", "Vendu par …", "Vendido por …", "Koop bij …", "Bestel nu bij …"
  and "Für Links auf dieser Seite …" as sentences, a quoted French disclosure, "Inscrivez-vous pour recevoir votre …",
  a price change under the sentence that gives it, spec rows and entries under shop boxes.

Measured on main e088882: round 1 lost 6, left 22. The losses: a shop box between two entries of a deals live post
("$1,297 at Best Buy" / "Free delivery" / "Sold by Best Buy", "Voir l'offre" / "549 € chez Darty") or before the last
paragraph of a "what's in my bag" piece ("Shop the story" / product / "£19.95" / "Shop now") made a strong gap for
detached-blocks, which took the entry's time and text under it ("9:30 AM" and its tip, fr's "10h45" and its entry,
the piece's last paragraph); and pt's "De R$ 3.999 por R$ 2.199" under the paragraph that reports the deal (site-chrome,
pt's shop-page pattern). Left: de's "Für Links auf dieser Seite erhalten wir ggf. eine Provision" disclosure, es's "En
este artículo hay enlaces de afiliado: …", fr's "Nos choix sont indépendants. Lorsque vous achetez via nos liens, …",
fr's "Inscrivez-vous pour recevoir nos tests et bons plans.", "iPhone 15 bei Amazon ansehen", "View Deal" and "Was
$249, now $169 at Amazon", "Bestel nu bij Coolblue", "Vendido e entregue por Amazon", "Check Amazon", "Shop the best air
fryers", a product's name in a shop box, "Comprar" alone, "Prezzo: da 7,90 €", and eight one-line menus over the
headline. Round 2 on main: lost 3 (pt's price change and the paragraph under its shop box, en's lone "9:45 AM"), left 5.

After: round 1 lost 0, left 13; round 2 lost 1 (the lone "9:45 AM": ``KNOWN_LOST`` says why), left 3
(``RESIDUE_LEFT`` says what and why). The changes, each with what it still takes and what it keeps (tests below):

- ``edge_boxes.shop_gap``, asked by ``blocks.DetachedBlocks.run`` (structure's file, a small change said in the report):
  a strong gap between two paragraphs that is a shop box parts no blocks: at most 8 lines of at most 6 words, none
  closing a sentence, a price among them (bare or at a shop), no two bare prices in a row (an appeal's amounts, "£30" /
  "£50" / "£100", still part: test_lang_en_3's appeal), every line the vocabularies took site-chrome's. A gap holding
  a newsletter prompt, a teaser heading, a follow call still parts, and a teaser under it still goes.
- ``edge_boxes.deals_box`` (edge-furniture): under a heading site-chrome took right over the box's first label ("Today's
  best deals"), one product's name without a colon ("Apple AirPods Pro 2") and its bare price ("$169") are the box; a
  spec's rows over a shop's price ("Príkon: 1450 W" over "349,90 €", test_lang_sk) and a product with its price under
  no taken heading stay.
- ``widgets.SiteChrome.spared``: a price change ("De R$ 3.999 por R$ 2.199") right under a closed sentence of the
  article that gives its new price stays (under a product's name, or under a paragraph naming no such price, it goes:
  test_lang_pt_3); a chrome line over a product and its bare price ("Shop the story" / "Leuchtturm1917 A5 Notebook" /
  "£19.95") is a shop box's heading, no menu word over a row of data, and goes.
- ``widgets.chrome`` (site-chrome), whole lines: en "Free delivery", "Free shipping on orders over $35", "Sold by Best
  Buy", "Shop the story", "Was $249, now $169 at Amazon" (the shop named: without it the deal stays); de "iPhone 15 bei
  Amazon ansehen" (a product's name opening in lower case before a capital), "Verkauft von MediaMarkt"; fr "Vendu par
  Amazon"; es "Vendido por Amazon"; it "Venduto da Amazon"; pt "Vendido e entregue por Amazon"; nl "Bestel nu bij
  Coolblue" (a capitalised shop: "Koop bij de bakker" stays), "Verkocht door Coolblue"; pl "Sprzedawca: Media Expert".
- ``signup.disclosure`` (consent-line): de "Für Links auf dieser Seite erhalten wir ggf. eine Provision" ("… keine
  Provision, betont die Redaktion" stays); fr "Lorsque vous achetez via nos liens, nous pouvons percevoir une
  commission" (not where a reporting verb follows, nor quoted in «»); es "En este artículo hay enlaces de afiliado:"
  opening the line and closed by a colon or a full stop (", denunció la OCU" runs on, and stays).
- ``signup.newsletter`` (newsletter-prompt), fr: "Inscrivez-vous pour recevoir nos …" ("… votre carte d'électeur …"
  stays).

A bare price in a shop box between paragraphs ("£19.95", "399 €" between "Ver oferta" and "Comprar en Amazon") is left:
as a table entry it went beside the buttons, but glued-residue reads every table on the parts of a line, and a price
range ("$1,150,000 - $1,250,000", test_list34) went whole as two residue parts.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base35 (main e088882): no dev or fixture input moved; four old probe pages lose
residue they kept, no article line: test_fam24's en_review_retailers (both case lists) its "Samsung Galaxy S24 128GB"
under "Best deals today" (deals_box), test_lang_es_3's ong and test_lang_fr_4's appeal their "30 €" / "50 €" / "100 €"
under the "Dona ahora" / "Je fais un don" button site-chrome took (deals_box reads the first amount as the box's label and
the next ones as its prices: an appeal's amount column goes as a deals box does).

``python tests/test_shop35.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 2 (after the changes, aimed at them: controls that must survive) ==================================
    "en_price_tracker_r2": """\
T Are Black Friday deals real? We tracked 40 prices for three months
A Retailers love a big red "was" price, but our analysis shows that many Black Friday discounts are smaller than they look.
A We recorded the price of 40 popular products every day from August to the end of November at Amazon, Best Buy and Walmart.
A Apple AirPods Pro 2
A Was $249, now $169
A That looks like $80 off, but the earbuds had already sold for $189 for most of October.
A Sold by Best Buy for years at full price, the Dyson V15 only dropped below $600 on the day itself.
A Free delivery was offered on 31 of the 40 products, which matters more than a $10 discount on cheaper items.
A Prime Day price: $179
A Black Friday price: $169
A The lesson: set a price alert a month before the sales and buy only when it fires.
R $169 at Amazon
R Check price
R Shop now
A 9:45 AM
A A reader asks whether extended warranties are worth it; for most electronics under $500 they are not.
R Sign up for our deals newsletter
""",
    "de_live_angebote_r2": """\
T Black Friday im Liveticker: Die besten Angebote am Freitag
R Hinweis: Wir erhalten bei Käufen über Links auf dieser Seite eine Provision.
A Der Black Friday ist da, und die Händler überbieten sich mit Rabatten auf Fernseher, Handys und Küchengeräte.
A Wir prüfen jeden Preis mit dem Verlauf der letzten drei Monate, damit Sie keine Mondpreise bezahlen.
A 10:15 Uhr
A Das iPhone 15 kostet bei mehreren Händlern jetzt 699 Euro, so wenig wie nie zuvor.
R Zum Angebot
R 699 € bei Amazon
R Verkauft von Amazon
A 11:00 Uhr
A Verkauft von Amazon selbst statt von Drittanbietern ist der Airfryer von Philips heute für 99 Euro zu haben.
A Wer nicht sofort zuschlägt, sollte wissen: Viele Angebote gelten nur, solange der Vorrat reicht.
A Für Links auf dieser Seite erhalten wir keine Provision von den Herstellern selbst, nur von den Händlern.
R Preis prüfen
R Newsletter abonnieren: Die besten Deals jede Woche in Ihrem Postfach.
""",
    "fr_rappel_lidl_r2": """\
T Rappel conso : des jouets en bois retirés de la vente chez Lidl
A Des jouets d'éveil en bois font l'objet d'un rappel, car une petite pièce peut se détacher et être avalée par un enfant.
A Vendu par Lidl entre le 3 et le 12 mars, le produit porte la référence 2024-0317 et le lot 41207.
A Produit : cube d'activités en bois Playtive
A Lot : 41207
A Prix : 19,99 €
A Les clients peuvent rapporter le jouet en magasin, où il sera remboursé même sans ticket de caisse.
A Inscrivez-vous pour recevoir votre remboursement avant le 30 avril, précise l'enseigne dans son communiqué.
A « Lorsque vous achetez via nos liens, nous pouvons percevoir une commission », lit-on désormais sous de nombreux comparatifs de jouets.
R Recevez les alertes rappel conso par e-mail
R Je m'abonne
""",
    "pt_precos_r2": """\
T Cafeteira italiana cai de preço e sai por menos de R$ 150
R Este artigo contém links de afiliados. Podemos receber uma comissão pelas compras feitas através deles.
A A cafeteira italiana Aurora, uma das mais vendidas do país, está com desconto em várias lojas nesta semana.
A Na loja oficial, ela sai agora por R$ 149,90 no Pix, o menor preço registrado pelos comparadores desde o lançamento.
A De R$ 189,90 por R$ 149,90
A Vendido e entregue por Amazon, o modelo chega em dois dias às capitais do Sudeste.
A A cafeteira é de aço inox e funciona em todos os tipos de fogão, inclusive de indução.
R Ver oferta
R R$ 149,90
R Comprar agora
A Vale lembrar que o preço pode mudar a qualquer momento, já que a promoção não tem prazo definido.
R Receba as melhores ofertas no seu e-mail
""",
    "es_ofertas_r2": """\
T Ofertas de la semana: el robot aspirador de Xiaomi, a su precio más bajo
R Este artículo incluye enlaces de afiliados.
A El robot aspirador Xiaomi X20+ está rebajado esta semana en varias tiendas online.
A Antes 599 €, ahora 399 €
A La rebaja de 200 euros lo deja al precio más bajo que hemos visto desde su lanzamiento en primavera.
A Vendido por Amazon o por terceros, el producto tiene la misma garantía de tres años en España.
R Ver oferta
R 399 €
R Comprar en Amazon
A Su base de autovaciado y la fregona giratoria son lo mejor del aparato, aunque sigue atascándose con alfombras gruesas.
A Precio: 399 euros
A En este artículo hay enlaces de afiliado, advierte la etiqueta que la ley obliga a poner, y la redacción no cobra por elegir productos.
R Ofertas del día
""",
    "nl_cadeau_aanbieding_r2": """\
T Sinterklaasaanbiedingen: wat is echt goedkoper?
R Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een kleine commissie.
A Winkels adverteren met grote kortingen in de sinterklaasweken, maar lang niet alle acties zijn echt voordelig.
A Koop bij de bakker om de hoek je chocoladeletter, adviseert de Consumentenbond, want die is vaak goedkoper dan in de supermarkt.
A Lego Technic Ferrari
A De bouwdoos kost nu 299 euro, 80 euro minder dan in oktober.
R Bekijk prijs
R Bestel nu bij Coolblue
R Verkocht door Coolblue
A Bestel nu bij een webwinkel en je pakje komt misschien te laat: de bezorgers verwachten de drukste week van het jaar.
A Verkocht door een tussenpersoon betaal je soms tientallen euro's meer voor hetzelfde product.
""",
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_gift_guide_runners_full": """\
R Skip to content
R Home Reviews Deals Gift Guides Fitness Newsletter
R Gift Guides > Fitness
T The 15 best gifts for runners, from GPS watches to recovery slides
R We may earn a commission when you buy through links on our site.
A Whether the runner in your life is training for a first 5K or an autumn marathon, there is a gift here for every budget.
A Our fitness editor has run in every item on this list, most of them for months, so we only included what we would buy again.
A 1. Garmin Forerunner 265
A The Forerunner 265 is the watch we recommend to most runners: its AMOLED screen is bright, the battery lasts 13 days and the training readiness score is genuinely useful.
A Price: $449
R $399 at Amazon
R $449 at REI
A 2. Oofos OOriginal recovery slides
A These foam slides look odd, but after a long run they feel like walking on a gym mat.
A They cost $60, and the runners on our team wear them around the house every evening.
R $59.95 at Zappos
R Check price
A 3. Flipbelt Classic
A A stretchy tube that sits on the hips and holds a phone, keys and gels without bouncing.
R Shop now
A 4. Theragun Mini
A The smallest Theragun fits in a kit bag, and three speeds are plenty for calves and quads.
A It costs £29.99 at John Lewis, which is cheaper than elsewhere.
R £29.99 at John Lewis
T Prices correct at time of publication.
R Shop the story
R Sign up for our weekly gift picks and deals newsletter
R Enter your email
R Subscribe
R Share on Facebook
R Share on X
R Pin it
R About Us Contact Privacy Policy Terms of Use
R © 2024 Gear Guide Media. All rights reserved.
""",
    "en_headphones_best_2024_extract": """\
T The best headphones 2024: tested and rated by our audio team
R When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.
A We have tested more than 80 pairs of headphones this year, from £50 earbuds to audiophile cans costing more than a used car.
A Every pair spends at least two weeks with a reviewer, on commutes, on flights and at a desk, before it can appear on this list.
A 1. Sony WH-1000XM5
A Best overall
A Price: $399
A Rating: 4.5/5
A The XM5s remain the best all-rounders: class-leading noise cancelling, a comfortable fit and a 30-hour battery.
A Pros
A Superb noise cancelling
A Long battery life
A Cons
A Pricey
A Don't fold flat
A Verdict: if you want one pair for travel, work and home, this is it.
R Today's best Sony WH-1000XM5 deals
R $328 at Amazon
R $399.99 at Best Buy
R View Deal
A 2. Bose QuietComfort Ultra
A Best for comfort
A Price: $429
A Rating: 4/5
A Bose's new flagship is the comfiest pair we tested, and its immersive audio mode is more than a gimmick.
A Pros
A Exceptionally comfortable
A Cons
A Battery only 24 hours
A Verdict: buy it if comfort matters more to you than battery life.
R $379 at Walmart
R Check Amazon
A How we test headphones
A We measure noise cancelling with a dummy head in a room that plays recorded aircraft and train noise at 85 decibels.
R Read more: The best wireless earbuds 2024
""",
    "en_black_friday_live_full": """\
R Menu
R Search
R Deals
R LIVE
T Black Friday 2024 live: the best deals on TVs, laptops and AirPods right now
R Updated 2 minutes ago
R By Deals Team
R We may earn a commission when you buy through links on our site.
A Black Friday is finally here, and our deals team has been up since 5am checking prices at Amazon, Walmart, Best Buy and Target.
A We only list deals where the price is the lowest we have tracked, or very close to it, so you can skip the fake discounts.
A 10:42 AM
A AirPods Pro 2 drop to $169
A Apple's noise-cancelling earbuds are down to $169 at Amazon, $80 off their list price and the lowest we have seen this year.
R View Deal
R Was $249, now $169 at Amazon
A 10:15 AM
A The Samsung 65-inch S90C OLED is now $1,297, which is $300 less than it cost on Prime Day in July.
A That makes it our pick of the TV deals so far, with four HDMI 2.1 ports and a brightness that suits bright living rooms.
R $1,297 at Best Buy
R Free delivery
R Sold by Best Buy
A 9:30 AM
A A tip before you buy: check the model number, because some Black Friday TVs are cheaper versions made only for the sales.
R Today's best deals
R Apple AirPods Pro 2
R $169
R Check price
R Sign up to get the best Black Friday deals sent straight to your inbox.
R Comments (42)
R Join the conversation
R Mike T. 10:51 AM
R Best Buy is already sold out of the OLED in my area.
R Reply
""",
    "en_recall_notice_extract": """\
T Recall: 1.2 million air fryers pulled over fire and burn risk
A About 1.2 million air fryers sold in the US and Canada are being recalled because they can overheat and catch fire, the Consumer Product Safety Commission said on Thursday.
A The recall covers Cosori models CP158-AF, CP158-AF-RXW, CAF-P581-AUSR and CS158-AF-RXR sold between June 2018 and December 2022.
A The company has received 205 reports of the fryers burning, melting or smoking, including 10 minor burns and 23 minor property damage claims.
A Affected units have a serial number starting with 2018, 2019, 2020, 2021 or 2022 on the label at the bottom of the fryer.
A Batch codes affected:
A CP158-AF: 1908SA, 1911SA, 2003SA
A CAF-P581-AUSR: 2105XB, 2111XB
A Consumers should stop using the fryers immediately and contact Cosori for a free replacement or a $100 voucher.
A The fryers were sold at Amazon, Best Buy, Target and Walmart for between $70 and $130.
A "The safety of our customers is our top priority," Cosori said in a statement.
R Related: The 5 best air fryers we have tested
R Shop the best air fryers
T Prices correct at time of publication.
R Have a news tip? Email us at tips@example.com
""",
    "en_whats_in_my_bag_full": """\
R Lifestyle Fashion Beauty Travel Shop
T What's in my bag: the travel essentials of author Priya Nair
R This article contains affiliate links. We may receive a commission on purchases made through them.
A Priya Nair spends half the year on the road promoting her novels, and she has refined her carry-on down to a single bag.
A "I used to pack for every possible situation," she says. "Now I pack for the three that actually happen."
A The bag: Bellroy Transit Workpack
A "It opens like a suitcase, which means I am not digging for a charger at the bottom of a dark hole."
R Buy now at Amazon
A Headphones: Sony WF-1000XM5
A "They block out the baby on the plane and the dinner party in the next hotel room."
R $248 at Best Buy
A Notebook: Leuchtturm1917 A5
A She writes first drafts by hand and transcribes them at night; the dotted pages suit both notes and sketches.
R Shop the story
R Leuchtturm1917 A5 Notebook
R £19.95
R Shop now
A Her one luxury is a silk eye mask, a gift from her editor, which she says has saved more books than any laptop.
R Follow us on Instagram
R Newsletter
R Get our best stories in your inbox every Sunday.
R Sign up
R Cookie settings
""",
    "en_affiliate_links_story_extract": """\
T Why every product review now ends with a "Buy now" button
A Open almost any product review on a big news site and you will find the same line near the top: "We may earn a commission when you buy through links on our site."
A That sentence is the visible edge of a business worth billions, and for some publishers it now brings in more money than display advertising.
A Buttons that read "$349 at Best Buy" or "Check price" send readers to a retailer, which pays the publisher a cut of any sale.
A Critics say the model tempts outlets to favour pricey products, since a 4% commission on a $400 pair of headphones is worth more than one on a $40 pair.
A Editors reject that, and most large sites say their reviewers never see how much a recommendation earns.
A The Federal Trade Commission requires the disclosure to be clear and placed before the links, not buried at the bottom of the page.
A "Prices correct at time of publication" is another line readers often skim past, though prices on sale days can change within minutes.
A Some readers have started to use browser extensions that strip the affiliate tags from links before they click them.
R More from Business
R The quiet rise of the shopping newsletter
""",
    "de_iphone_preis_extract": """\
T Das iPhone 15 ist jetzt 200 Euro günstiger
R Hinweis: Wir erhalten bei Käufen über Links auf dieser Seite eine Provision.
A Wer ein iPhone 15 kaufen will, kann derzeit deutlich sparen: Mehrere Händler verlangen nur noch 749 Euro für das Modell mit 128 Gigabyte.
A Apple selbst hatte das Gerät zum Marktstart im September 2023 für 949 Euro angeboten.
A Seit dem Start des iPhone 16 ist der Preis des Vorgängers bei Apple auf 849 Euro gesunken, Händler unterbieten das nun um weitere 100 Euro.
A Preisvergleich (Stand: Dienstag, 14 Uhr):
A Amazon: 749 Euro
A MediaMarkt: 769 Euro
A Otto: 779 Euro
A Apple Store: 849 Euro
A Laut Preisvergleichsportalen ist das der niedrigste Preis seit dem Verkaufsstart.
A Für wen lohnt sich der Kauf? Wer ein iPhone 12 oder älter besitzt, bekommt mit dem 15er USB-C, die Dynamic Island und eine deutlich bessere Kamera.
R iPhone 15 bei Amazon ansehen
R Zum Angebot
T Preis kann jetzt höher sein. Preise inkl. MwSt., zzgl. Versandkosten.
R Mehr zum Thema
R iPhone 16 im Test: Lohnt sich das Upgrade?
""",
    "de_warentest_sonnencreme_full": """\
R Startseite Ratgeber Gesundheit Familie Geld Verbraucher
R Verbraucher > Tests
T Stiftung Warentest: 5 von 20 Sonnencremes mangelhaft
R Artikel teilen
R Facebook
R WhatsApp
R E-Mail
A Die Stiftung Warentest hat 20 Sonnenschutzmittel für Erwachsene und Kinder geprüft, fünf davon fallen mit "mangelhaft" durch.
A Sie bieten nicht den Lichtschutzfaktor, der auf der Packung steht, teilten die Tester am Mittwoch mit.
A Besonders betroffen sind zwei Sprays für Kinder, die statt LSF 50 im Labor nur einen Schutz von etwa LSF 25 erreichten.
A Gut schneiden dagegen viele günstige Produkte ab: Testsieger ist eine Creme aus dem Drogeriemarkt für 3,95 Euro je 200 Milliliter.
A Die Testergebnisse im Überblick:
A Sundance Sonnenmilch LSF 50: gut (1,8)
A Lidl Cien Sun Kids LSF 50+: gut (2,0)
A Nivea Sun Kids Schutz & Pflege LSF 50+: befriedigend (2,9)
A Ladival Kinder Sonnenspray LSF 50+: mangelhaft (5,0)
A Die Hersteller der mangelhaften Produkte haben den Ergebnissen zum Teil widersprochen.
A Die vollständigen Testergebnisse sind kostenpflichtig auf der Seite der Stiftung Warentest abrufbar.
R Sonnencreme bei dm kaufen
R Zum Angebot
R Mehr aus Ratgeber
R Die besten Mückenschutzmittel im Test
R Kommentare
R Diskutieren Sie mit! Melden Sie sich an, um zu kommentieren.
R Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.
R Alle akzeptieren
R Impressum Datenschutz AGB Kontakt
""",
    "de_supermarkt_preise_full": """\
R Nachrichten Wirtschaft Regional Sport
T Butter, Kaffee, Olivenöl: So stark sind die Preise im Supermarkt gestiegen
R Von Anna Becker
R Stand: 12.03.2024, 09:15 Uhr
A Der Einkauf im Supermarkt ist im vergangenen Jahr erneut teurer geworden, auch wenn die Inflation insgesamt nachgelassen hat.
A Wir haben die Preise von zehn typischen Produkten bei Edeka, Rewe und Aldi verglichen.
A Olivenöl (1 Liter): vorher 6,99 Euro, jetzt 9,99 Euro
A Butter (250 g): vorher 1,59 Euro, jetzt 2,29 Euro
A Kaffee (500 g): vorher 4,99 Euro, jetzt 5,49 Euro
A Zucker (1 kg): vorher 1,19 Euro, jetzt 0,99 Euro
A Am stärksten stieg Olivenöl, weil in Spanien zwei Ernten nacheinander wegen Dürre schlecht ausfielen.
A Zucker dagegen ist billiger geworden, nachdem die Weltmarktpreise im Herbst deutlich gesunken waren.
A Verbraucherschützer raten, Eigenmarken zu kaufen und Prospekte zu vergleichen.
R Jetzt Angebote entdecken
R Newsletter: Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach
R Jetzt anmelden
R Teilen
R Drucken
R Kommentare (18)
""",
    "de_geschenke_extract": """\
T Geschenkideen für Hobbyköche: 10 Geschenke unter 50 Euro
R *Affiliate-Links: Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler. Für Sie ändert sich der Preis nicht.
A Wer gerne kocht, freut sich über Werkzeug, das lange hält, und nicht über das nächste Gadget, das in der Schublade verschwindet.
A Wir haben zehn Geschenke ausgesucht, die unsere Redaktion selbst in der Küche benutzt.
A 1. Microplane Reibe
A Die Reibe macht aus Parmesan in Sekunden feine Flocken und reibt Zitronenschale, ohne das Bittere mitzunehmen.
A Preis: etwa 25 Euro
R Bei Amazon ansehen
R 24,99 € bei Otto
A 2. Kochbuch "Ottolenghi Simple"
A Rezepte mit wenigen Zutaten, die trotzdem nach viel schmecken – ideal für Einsteiger.
A Preis: 28 Euro
R Jetzt kaufen
A 3. Gusseisenpfanne von Skeppshult
A Sie ist schwer, hält aber ein Leben lang und wird mit jedem Gebrauch besser.
A Preis: 49 Euro
R Preis prüfen
R Gratis Versand
R Letzte Aktualisierung am 14.11.2024 um 10:12 Uhr / Bilder von der Amazon Product Advertising API
""",
    "fr_black_friday_bons_plans_full": """\
R Accueil Tech Bons plans Tests Guides d'achat
T Black Friday 2024 : les meilleures offres en direct
R Mis à jour le 29/11/2024 à 11h32
R Cet article contient des liens affiliés : nous pouvons toucher une commission si vous achetez via ces liens.
A Le Black Friday bat son plein, et les sites de vente en ligne multiplient les remises sur les smartphones, les téléviseurs et les aspirateurs.
A Notre équipe vérifie chaque prix avec l'historique des trois derniers mois pour écarter les fausses promotions.
A 11h20
A Le Dyson V15 Detect tombe à 549 euros chez Darty, soit 150 euros de moins que son prix habituel.
A C'est le meilleur prix que nous ayons relevé pour cet aspirateur depuis sa sortie.
R Voir l'offre
R 549 € chez Darty
A 10h45
A Le Samsung Galaxy S24 passe à 699 euros au lieu de 899 euros sur Amazon.
R Voir l'offre
R Livraison gratuite
R Vendu par Amazon
R Les meilleures offres du jour
R Recevez nos bons plans par e-mail
R Je m'abonne
R Partager sur Facebook
R Partager sur X
R Nous utilisons des cookies pour améliorer votre expérience.
R Mentions légales Confidentialité Contact
""",
    "fr_rappel_conso_extract": """\
T Rappel conso : des fromages au lait cru retirés de la vente pour listeria
A Plusieurs lots de fromages au lait cru vendus dans toute la France font l'objet d'un rappel en raison d'une possible contamination à la listeria.
A Les produits concernés ont été vendus entre le 2 et le 18 mars chez Carrefour, Leclerc, Intermarché et Système U.
A Produit : Camembert de Normandie AOP 250 g
A Marque : Lepetit
A Lots : 240302A, 240305A, 240309B
A Date limite de consommation : du 20/03/2024 au 05/04/2024
A Les personnes qui détiennent ces produits sont invitées à ne pas les consommer et à les rapporter au point de vente, où ils seront remboursés.
A Les symptômes de la listériose, fièvre et maux de tête, peuvent apparaître jusqu'à huit semaines après la consommation.
A Les femmes enceintes et les personnes âgées doivent être particulièrement vigilantes.
R À lire aussi
R Rappel conso : des steaks hachés retirés pour E. coli
R Recevez les alertes rappel conso par e-mail
""",
    "fr_casques_comparatif_full": """\
R Menu
R Rechercher
R Accueil > Audio > Guides d'achat
T Les meilleurs casques à réduction de bruit en 2024
R Nos choix sont indépendants. Lorsque vous achetez via nos liens, nous pouvons percevoir une commission.
A Nous avons testé 25 casques à réduction de bruit dans le métro, en avion et au bureau pour établir ce classement.
A 1. Sony WH-1000XM5
A Prix : 419 €
A Note : 4,5/5
A Le meilleur casque pour la plupart des gens, avec une réduction de bruit remarquable et une autonomie de 30 heures.
A Les plus
A Réduction de bruit excellente
A Autonomie
A Les moins
A Ne se plie plus
A Notre verdict : un achat sûr, surtout pour ceux qui voyagent beaucoup.
R 329 € chez Amazon
R Voir l'offre
A 2. Bose QuietComfort 45
A Prix : 299 €
A Note : 4/5
A Un casque très confortable, moins cher que le Sony, mais dont le son est un peu moins détaillé.
R 249 € chez Fnac
R Voir le prix
R Newsletter
R Inscrivez-vous pour recevoir nos tests et bons plans.
R S'inscrire
R 12 commentaires
R Répondre
R © 2024 Audio Mag
""",
    "es_precio_ahora_extract": """\
T El MacBook Air M2 cae a su precio mínimo histórico
R En este artículo hay enlaces de afiliado: si compras a través de ellos, recibimos una comisión.
A El MacBook Air con chip M2 está rebajado en varias tiendas tras la llegada del modelo M3, y su precio nunca había sido tan bajo.
A Antes 1.199 €, ahora 899 €
A La rebaja de 300 euros lo convierte en uno de los portátiles más recomendables para estudiantes este curso.
A Tiene una pantalla de 13,6 pulgadas, 8 GB de memoria y 256 GB de almacenamiento, y su batería dura unas 15 horas.
A El modelo con M3 cuesta 1.299 euros, así que la diferencia es de 400 euros por un rendimiento muy parecido en tareas cotidianas.
A Si necesitas más memoria, la versión de 16 GB sale por 1.149 euros en El Corte Inglés.
R Comprar en Amazon
R Ver oferta
R 899 € en MediaMarkt
R Envío gratis
T Los precios pueden variar desde la publicación del artículo.
""",
    "es_supermercado_precios_full": """\
R Portada Economía Consumo Vivienda Empleo
T La OCU alerta: el aceite de oliva y los huevos lideran la subida de precios en el supermercado
R Compartir en Facebook
R Compartir en X
R Enviar por WhatsApp
A El precio de la cesta de la compra subió un 6,5% el último año, según el estudio anual de la Organización de Consumidores y Usuarios.
A La OCU analizó 239 productos en 1.200 supermercados de 65 ciudades entre septiembre y octubre.
A Aceite de oliva virgen extra: de 5,95 a 9,45 euros el litro (+59%)
A Huevos (docena): de 2,10 a 2,65 euros (+26%)
A Azúcar (1 kg): de 1,25 a 1,39 euros (+11%)
A Leche entera (1 litro): de 0,99 a 0,92 euros (-7%)
A La cadena más barata volvió a ser Alcampo, seguida de Family Cash y Supeco.
A Según la organización, una familia puede ahorrar hasta 1.000 euros al año eligiendo bien dónde compra.
R Te puede interesar
R Las mejores ofertas de Black Friday en supermercados
R Suscríbete a nuestro boletín
R Comentarios
R Utilizamos cookies propias y de terceros. Aceptar
""",
    "es_regalos_navidad_full": """\
R Inicio Tecnología Guías de compra Ofertas
T 12 regalos tecnológicos para Navidad por menos de 50 euros
R Este artículo incluye enlaces de afiliados.
A Encontrar un regalo tecnológico útil sin gastar mucho es posible si se sabe dónde mirar.
A Hemos probado todos estos productos en la redacción durante al menos un mes.
A 1. Xiaomi Smart Band 8
A La pulsera mide el sueño, los pasos y el ritmo cardíaco, y su batería dura dos semanas.
A Precio: 39,99 euros
R Ver en Amazon
R 34,99 € en PcComponentes
A 2. Altavoz Anker Soundcore 2
A Suena más fuerte de lo que su tamaño hace pensar y resiste salpicaduras.
A Precio: 45 euros
R Comprar
A 3. Cargador Anker Nano 20 W
A Carga un iPhone al 50% en media hora y cabe en cualquier bolsillo.
R Ver precio
R Ofertas del día
R Síguenos en Instagram
R Aviso legal Política de privacidad Cookies
""",
    "it_prime_day_offerte_extract": """\
T Prime Day 2024: le migliori offerte ancora disponibili
R In qualità di Affiliato Amazon ricevo un guadagno dagli acquisti idonei.
A Il Prime Day di Amazon si chiude stasera a mezzanotte, e molte delle offerte migliori sono già esaurite.
A Abbiamo selezionato quelle ancora attive, controllando lo storico dei prezzi per evitare gli sconti gonfiati.
A iRobot Roomba Combo i5
A Il robot aspirapolvere e lavapavimenti scende a 249 euro, il prezzo più basso da quando è in vendita.
A Prima 449 €, ora 249 €
R Vedi offerta su Amazon
A Kindle Paperwhite
A L'ultimo Kindle Paperwhite con schermo da 6,8 pollici costa 119 euro invece di 169.
R Acquista ora
R Spedizione gratuita
A Attenzione: le offerte lampo durano poche ore e possono terminare prima se le scorte finiscono.
R Offerte del giorno
T Il prezzo potrebbe essere cambiato dopo la pubblicazione.
R Iscriviti al nostro canale Telegram per non perdere le offerte
""",
    "it_richiamo_prodotto_full": """\
R Home Cronaca Salute Economia Sport
T Richiamo alimentare: salmone affumicato ritirato per listeria, i lotti interessati
R Condividi
R Facebook
R Twitter
A Il Ministero della Salute ha disposto il richiamo di un lotto di salmone affumicato norvegese per la possibile presenza di Listeria monocytogenes.
A Il prodotto è venduto in confezioni da 100 grammi nei supermercati di tutta Italia.
A Marchio: Nordic Fish
A Lotto: L2403115
A Data di scadenza: 28/03/2024
A Stabilimento: Bergen, Norvegia
A Il ministero raccomanda di non consumare il prodotto e di riportarlo al punto vendita, dove sarà rimborsato.
A In caso di sintomi come febbre o dolori muscolari è consigliabile rivolgersi al medico.
R Leggi anche
R Richiamo per wurstel di pollo: il marchio e il lotto
R Iscriviti alla newsletter
R Accetta i cookie
""",
    "pt_black_friday_full": """\
R Início Tecnologia Promoções Reviews
T Black Friday 2024: as melhores ofertas de smartphones
R Este artigo contém links de afiliados. Podemos receber uma comissão pelas compras feitas através deles.
A A Black Friday chegou e as lojas online estão com descontos agressivos em smartphones de várias marcas.
A Verificamos o histórico de preços de cada aparelho para garantir que os descontos são reais.
A Samsung Galaxy S23 FE
A O intermediário da Samsung cai para R$ 2.199, o menor preço desde o lançamento.
A De R$ 3.999 por R$ 2.199
R Ver oferta
R Comprar na Amazon
A Motorola Edge 40 Neo
A Com tela de 144 Hz e bateria de 5.000 mAh, o Edge 40 Neo é uma das melhores compras abaixo de R$ 2.000.
A Preço: R$ 1.799
R Frete grátis
R Vendido e entregue por Amazon
R Receba as melhores ofertas no seu e-mail
R Cadastrar
R Compartilhar
""",
    "pt_teste_deco_extract": """\
T DECO PROteste: três em cada dez aspiradores sem fios reprovam no teste
A A DECO PROteste testou 15 aspiradores sem fios e concluiu que quatro não aspiram bem em tapetes.
A Os modelos foram avaliados na limpeza de pavimentos, autonomia da bateria, ruído e facilidade de uso.
A Melhor do teste: Dyson V15 Detect Absolute, 78 pontos em 100
A Escolha acertada: Rowenta X-Force Flex 11.60, 72 pontos
A Pior do teste: Taurus Ultimate Lithium, 41 pontos
A O Dyson custa cerca de 699 euros, mas a organização destaca que o Rowenta, a 349 euros, tem uma relação qualidade-preço superior.
A A associação recomenda verificar se a bateria pode ser substituída antes de comprar.
R Ver preço
T Os preços podem ter mudado desde a publicação.
R Leia também
R Os melhores robôs aspiradores de 2024
""",
    "nl_consumentenbond_test_full": """\
R Nieuws Geld Wonen Gezondheid Tech
T Consumentenbond test wasmachines: goedkoopste is Beste Koop
R Deel dit artikel
R Facebook
R LinkedIn
A De Consumentenbond heeft 38 wasmachines getest en de goedkoopste van de test blijkt ook een van de beste.
A De machine van Bosch kost 449 euro en krijgt het predicaat Beste Koop.
A Testwinnaar is de Miele WWD 320 met een score van 8,4, maar die kost wel 1.099 euro.
A Beste uit de test: Miele WWD 320, score 8,4
A Beste Koop: Bosch WAN28297NL, score 7,9
A Slechtst getest: Hisense WFGE80141VM, score 6,1
A De testers letten vooral op wasresultaat, spoelen, energieverbruik en geluid tijdens het centrifugeren.
A Volgens de bond loont het om te letten op het energielabel: een zuinige machine scheelt over tien jaar al snel 300 euro.
R Bekijk prijs
R Bestel nu bij Coolblue
R Gratis bezorging
R Meer nieuws
R Schrijf je in voor onze nieuwsbrief
R Wij gebruiken cookies. Akkoord
""",
    "nl_cadeaus_extract": """\
T Sinterklaas: de leukste cadeaus onder de 25 euro
R Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een kleine commissie.
A Een goed sinterklaascadeau hoeft niet duur te zijn, als het maar met aandacht gekozen is.
A We zetten tien cadeaus op een rij die onze redactie zelf graag zou krijgen.
A 1. Spel: Codenames
A Een woordspel voor vier tot acht spelers dat na tien minuten uitleg uren plezier geeft.
A Prijs: 22,99 euro
R Bekijk bij Bol
A 2. Boek: Het smelt van Lize Spit
A Een van de indrukwekkendste romans van de afgelopen jaren, nu in pocketformaat.
A Prijs: 12,50 euro
R Nu kopen
R 12,50 euro bij Bruna
R Bekijk aanbieding
""",
    "pl_black_friday_extract": """\
T Black Friday 2024: najlepsze promocje na telewizory i laptopy
R Artykuł zawiera linki afiliacyjne. Możemy otrzymać prowizję od zakupów dokonanych za ich pośrednictwem.
A Black Friday w tym roku zaczął się w polskich sklepach już w poniedziałek, a najwięcej obniżek dotyczy elektroniki.
A Sprawdziliśmy historię cen, żeby wskazać tylko te promocje, w których cena jest naprawdę najniższa.
A LG OLED55C3
A Telewizor kosztuje teraz 4 999 zł zamiast 6 499 zł, to najniższa cena od premiery.
A Cena: 4 999 zł
R Sprawdź cenę
R Kup w sklepie
A Lenovo IdeaPad Slim 5
A Laptop z 16 GB pamięci i ekranem OLED można kupić za 2 999 zł, czyli o 700 zł taniej niż w październiku.
R Zobacz ofertę
R Darmowa dostawa
R Zapisz się do newslettera i otrzymuj najlepsze promocje
""",
    "en_supermarket_prices_extract": """\
T Supermarket prices: how much your weekly shop has gone up in a year
A The cost of a typical weekly shop has risen by almost £10 in a year, according to analysis of prices at the UK's four biggest supermarkets.
A We tracked 20 everyday items at Tesco, Sainsbury's, Asda and Morrisons every week since last March.
A Heinz Baked Beans (415g): £1.40, up from £1.20
A Warburtons Toastie loaf (800g): £1.55, up from £1.45
A Cathedral City mature cheddar (350g): £4.25, up from £3.50
A Semi-skimmed milk (4 pints): £1.45, down from £1.65
A Cheese saw the biggest rise, while milk is one of the few items that got cheaper after dairy prices fell in the spring.
A Aldi was again the cheapest supermarket, with the same basket costing £8 less than at the most expensive store.
A "Shoppers should compare unit prices rather than pack prices, because shrinkflation hides a lot," said Sue Davies of Which?.
R Get the latest money-saving tips in your inbox
R Sign up
R Most Read
R Energy price cap to rise in January
R Martin Lewis: the one check every driver should do
""",
    "it_regali_altroconsumo_full": """\
R Home Casa Tecnologia Alimentazione Soldi
T Altroconsumo, test sui panettoni: il migliore costa meno di 10 euro
R Condividi su Facebook
R Condividi su WhatsApp
A Altroconsumo ha messo alla prova 18 panettoni tradizionali venduti nei supermercati e nelle pasticcerie industriali.
A A vincere il test è un panettone di marca del distributore che costa 7,90 euro al chilo.
A Migliore del test: Coop Fior Fiore, 74/100
A Miglior acquisto: Esselunga Top, 71/100
A Peggiore: Bauli Il Panettone, 52/100
A I tecnici hanno valutato l'impasto, la canditura, il profumo e l'elenco degli ingredienti.
A Secondo l'associazione, il prezzo non garantisce la qualità: i panettoni più cari non sono tra i primi cinque.
R Acquista su Amazon
R Prezzo: da 7,90 €
R Ti potrebbe interessare
R Pandoro o panettone? Cosa dicono gli esperti
R Commenti
R Accedi per commentare
R Questo sito utilizza cookie tecnici e di profilazione. Accetta
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # the post's one entry time: clock-line keeps a live blog's times where two or more head entries, and one time alone
    # between two paragraphs is a page's stamp as often (metadata's rule, lost on main as here: round 2's control of
    # the shop box over it, which no longer parts the entry from the text)
    "en_price_tracker_r2": ["9:45 AM"],
}

# a site's menu on one line over the headline ("Nachrichten Wirtschaft Regional Sport", "Inicio Tecnología Guías de compra
# Ofertas"): one line alone is no run of furniture for edge-furniture, and a title in title case reads the same ("Home
# Office Setups That Work"); structure's, left alone here (said in the report)
_MENU = 1

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    "de_supermarkt_preise_full": _MENU,
    "es_supermercado_precios_full": _MENU,
    "fr_black_friday_bons_plans_full": _MENU,
    "pt_black_friday_full": _MENU,
    # "Inicio …" (_MENU) and "Comprar" alone under a pick's price: a guide heads its section so ("Alquilar" /
    # "Comprar"), as reviews31's "Acheter"
    "es_regalos_navidad_full": _MENU + 1,
    # "Home Casa Tecnologia …" (_MENU) and "Prezzo: da 7,90 €" under the shop button at the tail: a label and a price,
    # the row a guide's pick has under its name ("Prezzo: 45 euro"), which edge-furniture keeps
    "it_regali_altroconsumo_full": _MENU + 1,
    # "Lifestyle Fashion Beauty Travel Shop" (_MENU), and the product's name and bare price inside the "Shop the story"
    # box between two paragraphs ("Leuchtturm1917 A5 Notebook", "£19.95"): no table names a product, and a bare price
    # in a table would be a part glued-residue reads too (a price range, "$1,150,000 - $1,250,000", went whole so)
    "en_whats_in_my_bag_full": _MENU + 2,
    # "Check Amazon": a button naming the shop alone ("Check <Name>" is a company's name too: Check Point)
    "en_headphones_best_2024_extract": 1,
    # "Ofertas del día" alone under the article's last sentence: one line is no run for edge-furniture, and es's table
    # has no deals heading (de, fr, it and pl have theirs: reviews31)
    # and "399 €" between the box's buttons ("Ver oferta" / "Comprar en Amazon"): a bare price, as "£19.95" above
    "es_ofertas_r2": 2,
    # "R$ 149,90" between the box's buttons: a bare price, as "£19.95" above
    "pt_precos_r2": 1,
    # "Shop the best air fryers" at the tail: a subheading in a guide reads the same ("Shop the best local markets")
    "en_recall_notice_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a commerce article per language, the residue line put before or after them
TEXT = {
    "en": [
        "Whether the runner in your life is training for a first 5K or an autumn marathon, there is a gift here for every budget.",
        "The Forerunner 265 is the watch we recommend to most runners: its screen is bright and the battery lasts 13 days.",
        "These foam slides look odd, but after a long run they feel like walking on a gym mat.",
    ],
    "de": [
        "Wer ein iPhone 15 kaufen will, kann derzeit deutlich sparen: Mehrere Händler verlangen nur noch 749 Euro.",
        "Apple selbst hatte das Gerät zum Marktstart im September 2023 für 949 Euro angeboten.",
        "Laut Preisvergleichsportalen ist das der niedrigste Preis seit dem Verkaufsstart des Geräts.",
    ],
    "fr": [
        "Le Black Friday bat son plein, et les sites de vente en ligne multiplient les remises sur les téléviseurs.",
        "Notre équipe vérifie chaque prix avec l'historique des trois derniers mois pour écarter les fausses promotions.",
        "C'est le meilleur prix que nous ayons relevé pour cet aspirateur depuis sa sortie.",
    ],
    "es": [
        "El MacBook Air con chip M2 está rebajado en varias tiendas tras la llegada del modelo M3.",
        "La rebaja de 300 euros lo convierte en uno de los portátiles más recomendables para estudiantes este curso.",
        "Tiene una pantalla de 13,6 pulgadas, 8 GB de memoria y 256 GB de almacenamiento, y su batería dura unas 15 horas.",
    ],
    "it": [
        "Il Prime Day di Amazon si chiude stasera a mezzanotte, e molte delle offerte migliori sono già esaurite.",
        "Abbiamo selezionato quelle ancora attive, controllando lo storico dei prezzi per evitare gli sconti gonfiati.",
        "L'ultimo Kindle Paperwhite con schermo da 6,8 pollici costa 119 euro invece di 169.",
    ],
    "pt": [
        "A Black Friday chegou e as lojas online estão com descontos agressivos em smartphones de várias marcas.",
        "Verificamos o histórico de preços de cada aparelho para garantir que os descontos são reais.",
        "Com tela de 144 Hz e bateria de 5.000 mAh, o Edge 40 Neo é uma das melhores compras do ano.",
    ],
    "nl": [
        "De Consumentenbond heeft 38 wasmachines getest en de goedkoopste van de test blijkt ook een van de beste.",
        "De testers letten vooral op wasresultaat, spoelen, energieverbruik en geluid tijdens het centrifugeren.",
        "Volgens de bond loont het om te letten op het energielabel: een zuinige machine scheelt al snel 300 euro.",
    ],
    "pl": [
        "Black Friday w tym roku zaczął się w polskich sklepach już w poniedziałek, a najwięcej obniżek dotyczy elektroniki.",
        "Sprawdziliśmy historię cen, żeby wskazać tylko te promocje, w których cena jest naprawdę najniższa.",
        "Laptop z 16 GB pamięci i ekranem OLED można kupić o 700 zł taniej niż w październiku.",
    ],
}

_CH, _DI, _NL = "site-chrome", "consent-line", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Free delivery", _CH),
    ("en", "Free shipping on orders over $35", _CH),
    ("en", "Sold by Best Buy", _CH),
    ("en", "Sold and shipped by Walmart", _CH),
    ("en", "Shop the story", _CH),
    ("en", "Was $249, now $169 at Amazon", _CH),
    ("de", "iPhone 15 bei Amazon ansehen", _CH),
    ("de", "Verkauft von MediaMarkt", _CH),
    ("de", "*Affiliate-Links: Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler. Für Sie ändert sich der Preis nicht.", _DI),
    ("fr", "Vendu et expédié par Fnac", _CH),
    ("fr", "Nos choix sont indépendants. Lorsque vous achetez via nos liens, nous pouvons percevoir une commission.", _DI),
    ("fr", "Inscrivez-vous pour recevoir nos tests et bons plans.", _NL),
    ("es", "Vendido y enviado por Amazon", _CH),
    ("es", "En este artículo hay enlaces de afiliado: si compras a través de ellos, recibimos una comisión.", _DI),
    ("it", "Venduto e spedito da Amazon", _CH),
    ("pt", "Vendido e entregue por Amazon", _CH),
    ("nl", "Bestel nu bij Coolblue", _CH),
    ("nl", "Verkocht door Coolblue", _CH),
    ("pl", "Sprzedawca: Media Expert", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Free delivery is one reason shoppers stick with the big chains, the survey found."),
    ("en", "Sold by Best Buy for a decade, the brand now sells only through its own stores."),
    ("en", "Shop the story of the high street in ten objects, from a ration book to a loyalty card."),
    ("en", "Was $249, now $169"),
    ("de", "iPhone 15 bei Amazon ansehen zu wollen, lohnt sich derzeit kaum, weil der Preis steigt."),
    ("de", "Verkauft von MediaMarkt wurden im vergangenen Jahr vor allem Fernseher und Waschmaschinen."),
    ("de", "Für Links auf dieser Seite erhalten wir keine Provision, betont die Redaktion des Portals."),
    ("fr", "Lorsque vous achetez via ces liens, nous pouvons percevoir une commission, explique le site dans un encadré."),
    ("fr", "Inscrivez-vous pour recevoir votre carte d'électeur avant le 31 mars, rappelle la mairie."),
    ("fr", "Vendu par Amazon depuis 2019, le modèle reste le plus populaire du marché."),
    ("es", "En este artículo hay enlaces de afiliado, denunció la OCU en su informe sobre webs de reseñas."),
    ("es", "Vendido por Amazon o por terceros, el producto debe tener la misma garantía."),
    ("it", "Venduto da Amazon per anni, il modello ora arriva anche nei negozi di elettronica."),
    ("pt", "Vendido e entregue por Amazon, o aparelho chega em dois dias às capitais."),
    ("nl", "Koop bij de bakker om de hoek, adviseert de Consumentenbond."),
    ("nl", "Bestel nu bij Coolblue en morgen staat de machine er, beloofde de winkel in de reclame."),
    ("pl", "Sprzedawca musi przyjąć zwrot w ciągu 14 dni, przypomina UOKiK."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_TIP = "A tip before you buy: check the model number, because some TVs are cheaper versions made only for the sales."
_LAST = "Her one luxury is a silk eye mask, a gift from her editor, which she says has saved more books than any laptop."


@pytest.mark.parametrize(
    "box",
    [
        ["$1,297 at Best Buy", "Free delivery", "Sold by Best Buy", "9:30 AM"],
        ["Voir l'offre", "549 € chez Darty", "10h45"],
        ["Shop the story", "£19.95", "Shop now"],
    ],
)
def test_a_shop_box_between_two_paragraphs_leaves_the_text_under_it(box: list[str]) -> None:
    # (detached-blocks: a shop box's short lines, a price among them and only shop buttons taken, part no blocks: a
    # deals post's next entry, a guide's last paragraph go on under it)
    page = [*TEXT["en"], *box, _TIP]
    result = cleaner.explain_text("\n".join(page))
    assert lost([*TEXT["en"], _TIP], result) == [], removed(result)


def test_a_block_under_a_shop_box_with_a_newsletter_prompt_is_still_cut_off() -> None:
    # (a gap holding another residue than a shop's buttons is no shop box: a teaser block under it still goes)
    from probes import parse

    head = [t for _tag, t in parse(CASES["en_whats_in_my_bag_full"])][:13]  # down to the paragraph over the box
    teaser = "A council in Kent has voted to close three libraries, despite a petition signed by 12,000 residents."
    for gap in (["$248 at Best Buy", "Travel", "Get our newsletter"], ["Shop now", "Fashion", "Trending"]):
        result = cleaner.explain_text("\n".join([*head, *gap, teaser]))
        assert ("detached-blocks", teaser) in removed(result), gap


def test_the_last_paragraph_under_a_whats_in_my_bag_shop_box_stays() -> None:
    page = [*TEXT["en"], "Shop the story", "Leuchtturm1917 A5 Notebook", "£19.95", "Shop now", _LAST]
    result = cleaner.explain_text("\n".join(page))
    assert lost([*TEXT["en"], _LAST], result) == [], removed(result)
    assert ("site-chrome", "Shop the story") in removed(result)


@pytest.mark.parametrize(
    "lines",
    [
        ["Heinz Baked Beans (415g)", "£1.40"],  # a product's price under its name
        ["£1.40", "£1.20"],  # a column of prices
        ["R$ 30", "R$ 50", "R$ 100"],  # an appeal box's amounts (appeal-box's, not site-chrome's)
        ["Guide price", "$1,150,000 - $1,250,000"],  # a price range (no part glued-residue reads as residue)
    ],
)
def test_a_bare_price_beside_no_shop_button_is_not_site_chromes(lines: list[str]) -> None:
    result = cleaner.explain_text("\n".join([TEXT["en"][0], *lines, *TEXT["en"][1:]]))
    assert [t for p, t in removed(result) if p in ("site-chrome", "glued-residue")] == []


def test_a_price_change_under_the_sentence_that_gives_it_stays() -> None:
    # (site-chrome: "De R$ 3.999 por R$ 2.199" under "… cai para R$ 2.199, …" sums up the deal the paragraph reports;
    # under a product's name, or under a paragraph that names no such price, it is a shop's price box and goes)
    said = "O intermediário da Samsung cai para R$ 2.199, o menor preço desde o lançamento do aparelho."
    page = [*TEXT["pt"][:2], said, "De R$ 3.999 por R$ 2.199", TEXT["pt"][2]]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)
    page = [*TEXT["pt"][:2], "De R$ 3.999 por R$ 2.199", TEXT["pt"][2]]
    assert ("site-chrome", "De R$ 3.999 por R$ 2.199") in removed(cleaner.explain_text("\n".join(page)))


def test_a_deals_box_under_its_taken_heading_goes_whole() -> None:
    # (edge-furniture's deals_box: a heading site-chrome took, a product's name with a figure, its bare price and a
    # button: the product goes with its box)
    box = ["Today's best deals", "Apple AirPods Pro 2", "$169", "Check price"]
    result = cleaner.explain_text("\n".join([*TEXT["en"], *box]))
    assert cleaner.clean_text("\n".join([*TEXT["en"], *box])) == "\n".join(TEXT["en"])
    assert ("edge-furniture", "Apple AirPods Pro 2") in removed(result)


def test_a_product_and_its_price_closing_a_list_stay_without_a_taken_heading() -> None:
    # (no heading another pass took over it: the article's own last item and its price)
    page = [*TEXT["en"], "The best budget pick:", "Apple AirPods Pro 2", "$169"]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)


def test_a_shop_line_in_a_reviews_pros_and_cons_stays() -> None:
    """A pros list's "Free delivery" is the review's verdict, not a shop box's line (site-chrome spares the items of a
    pros-and-cons box); the same line in a shop box under a product still goes (the module's pages)."""
    paragraphs = [
        "We tested twelve meal-kit services over three months, cooking every recipe as written and timing each one.",
        "HelloFresh came out on top for variety, while Gousto was the cheapest per portion once discounts ran out.",
        "Every box arrived on time, and only one kit was missing an ingredient during the whole test.",
    ]
    box = ["Pros", "Free delivery", "Huge recipe choice", "Cons", "Lots of packaging"]
    text = "\n".join([*paragraphs[:2], *box, paragraphs[2]])
    assert cleaner.clean_text(text) == text
    shop = cleaner.explain_text("\n".join([*paragraphs, "$349 at Best Buy", "Free delivery", "Sold by Best Buy"]))
    assert ("site-chrome", "Free delivery") in removed(shop)
