# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""reviews31: a probe of product reviews and affiliate buying guides (tech, kitchen, outdoor, books, games), scraped as
text (half as an extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt, nl, pl and
sv:

- residue: affiliate disclosures ("We may earn a commission when you buy through links on our site.", "Als
  Amazon-Partner verdienen wir an qualifizierten Verkäufen.", "Cet article contient des liens affiliés."), price and shop
  widgets ("$329.99 at Amazon", "Check price", "View Deal", "Jetzt bei Thalia bestellen", "Vedi offerta su Amazon",
  "Prices pulled from the Amazon Product Advertising API on …", "Kostenloser Versand"), a guide's "Jump to:" menu and
  table of contents, "Today's best deals", comparison-table chrome, newsletter boxes, "Read our full review", "Also
  consider";
- the article: verdicts, "Pros" / "Cons" lists of one-line items, specs as short lines ("Weight: 1.2 kg", "Preis: 249
  Euro"), numbered picks ("1. Best overall: MacBook Air M3"), prices in prose ("It costs $399, which is steep."), "How
  we test" sections, a one-line verdict ("Buy it if you want the best ANC and don't mind a bulky case.").

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, and a review's rating line).

A review's rating alone on its line ("Our rating: 4.5/5", "Note : 9/10", "Voto: 9", "★★★★☆") was written ``R`` in
round 1, as the task's brief asked; a rule taking it (in ``widgets.chrome``, any language) then took the same lines that
earlier probes tag ``A`` on purpose (test_keep21's "Rating: 4/5", test_keep27's "Rating: 4.5 out of 5", test_redteam14's
"Voto: 8/10" and "Nota: 8,5", test_redteam14b's horoscope "Voto: 7", test_redteam18n's "Note : 8/10", test_keep25's
"Nota: 4 de 5."): the review's own score under its verdict, a project decision this probe does not flip (said in the
report). So the rule went, and those lines are ``T`` here; the numbers below are with them ``T`` (as first written,
round 1 on main left 35 ``R`` lines).

- round 1, blind (written before reading the passes): 18 pages, 187 ``A`` lines, 139 ``R``, 30 ``T``.
- round 2, after the changes, aimed at them: 5 pages, 46 ``A``, 8 ``R``: a rating and "Note: 5 of the 23 pairs …" in
  prose, spec lines with a price ("Price: $399", "Preis: 249 Euro"), a sentence on the Amazon API, "Als Amazon-Partner
  verdienen Händler …", a heading "Lieber lokal statt bei Amazon bestellen", a guide's sections "Louer" / "Acheter",
  numbered picks with buttons between them, "Voti: 9 su 10 lettori …", "Miglior prezzo in libreria resta …".

Measured on main 04250dd: round 1 lost 6 (the de test's "Vorteile" / "Nachteile" lists and its "Fazit: …" verdict: the
shop lines and the newsletter call under the verdict read as a second teaser, so headline-run took the last pro and the
verdict as a teaser's headline and summary, and edge-furniture then took the lists as the footer's run), left 27 (de's
four affiliate disclosures, the test's "Inhaltsverzeichnis" and its four entries over the text (which edge-furniture
takes once the disclosures over them go), "Aktueller Preis: 399,99 €", "Jetzt bei Thalia bestellen", the affiliate
plugin's "Letzte Aktualisierung … Amazon Product Advertising API" line and en's "Prices pulled from …", "Today's best
deals", "See More Prices", "Buy now", "View Deal" between a paragraph and a numbered pick, it's "Vedi offerta su Amazon",
"Controlla il prezzo", "Offerte del giorno", "Miglior prezzo: 59,99 €", pl's "Kup w sklepie", sv's "Annonslänk: …",
fr's "Sommaire" box and "Acheter"); round 2 lost 0, left 7 (the same kinds).

After: round 1 lost 0, left 5; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, each with what
it still takes and what it keeps (tests below):

- ``signup.disclosure`` (consent-line): de's "Als Amazon-Partner verdienen wir …" (we: "Als Amazon-Partner verdienen
  Händler oft weniger …" stays), "Wir erhalten bei Käufen über Links … eine Provision", and a labelled disclosure whose
  "wenn Sie …" names the thing bought before "über diese Links" ("Affiliate-Link: Wenn Sie das Buch über diesen Link
  kaufen, erhalten wir eine kleine Provision."); sv's labelled "Annonslänk: vi får provision om du köper …"
  ("Annonslänkar i artiklar måste märkas tydligt, …" stays).
- ``signup.newsletter`` (newsletter-prompt), de: "Newsletter abonnieren:" with a pitch naming the reader's inbox after it.
- ``widgets.chrome`` (site-chrome), whole lines: en "Today's best deals", "See More Prices" (not "Buy now" alone: a deals
  roundup prints it under each pick, and taking it there split the dev bench's bgr.com roundup into blocks that
  detached-blocks took, product features and all); de "Aktueller Preis: 399,99 €" (a "current", "best", "lowest" before
  the price: a spec's "Preis: 249 Euro" stays), "Jetzt bei Thalia bestellen", "Pixel 8a bei Amazon ansehen" (the words
  before "bei" capitalised or figures: "Lieber lokal statt bei Amazon bestellen" stays), "Angebote des Tages"; fr
  "Meilleures offres du jour", "Acheter sur Amazon" (not "Acheter" alone: a guide's section, round 2), "Meilleur prix :
  129,99 €"; it "Vedi offerta su Amazon", "Controlla il prezzo", "Offerte del giorno", "Miglior prezzo: 59,99 €"; pl "Kup
  w sklepie", "Najlepsze oferty dnia", "Najniższa cena: 199 zł"; and language-neutral in the family table, an affiliate
  plugin's notice opening on prices, images or the last update and closing on "Amazon Product Advertising API" or the
  time of the fetch ("Developers pull prices from the Amazon Product Advertising API, which …" runs on, and stays).
- ``widgets.SiteChrome.spared``: a short chrome line between a paragraph and a row of data stays (a menu word heading a
  service page's data, "Kontakt" over "Telefon: …"), but not over a guide's numbered pick, its number the line's lead
  and a label free of figures before a colon ("3. Best budget pick: Acer Aspire 5"): "View Deal" there goes. A numbered
  row with figures before its colon ("1. Obergeschoss, Zimmer 12: Telefon …") still keeps the word over it.
- ``structure.HeadlineRun._teasers`` (headline-run; the structure helper's file, a small change said in the report):
  round 1's loss on main came back with shop lines no table reads under the verdict ("Pixel 8a bei Otto", "499,00 € bei
  MediaMarkt", a delivery note): "Lädt langsam mit 18 Watt" over "Fazit: …" and the shop's lines read as a chain of two
  teasers after the article, and edge-furniture then took the "Vorteile" / "Nachteile" lists over it. A chain after the
  article is now kept where three to twelve kept lines stand between the body's last paragraph and it, nothing another
  pass took among them, each short and no sentence nor colon's label (``_list_between``: the article's own list runs
  on there); a rail's label and share row are one or two lines, or another pass took them, and still go. No old input
  moved with it (the equivalence compare below); the shop lines under the verdict are then left.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base31 (main before the blogs31 merge): no dev or fixture input moved; of the old
probes, three pages (test_fam24's en_review_retailers in two case lists, test_lang_en_2's naive_review) lose the same
line as before by another pass ("Best deals today", "Today's best deals": site-chrome instead of edge-furniture);
test_platform_chrome's wp_es, wp_fr and wp_it moved with the blogs31 merge, not here.
``python tests/test_reviews31.py`` (from the repository root, ``PYTHONPATH=.``) prints the numbers.

left33: de_smartphone_test_full's "499,00 € bei MediaMarkt" goes now (site-chrome's shop_price, beside the box's other residue; alone it stays).
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner
from cleaner import vocab

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== tech =====
    "en_headphones_review_full": """\
R Home > Audio > Headphones
T Sony WH-1000XM5 review: still the noise-cancelling king
R We may earn a commission when you buy through links on our site.
R Jump to:
R Design
R Sound quality
R Battery life
R Verdict
T Our rating: 4.5/5
R Today's best deals
R $329.99 at Amazon
R $349 at Best Buy
R View Deal
A Sony's fifth generation of its flagship noise-cancelling headphones drops the folding hinge and adds a second processor.
A It costs $399, which is steep, but it is also the pair most people should buy if they fly often.
A The earcups are lighter than before, and at 250 g the XM5 is one of the most comfortable pairs we have worn for a full day.
A Noise cancelling is the best we have measured: the hum of a plane cabin all but vanishes, and voices in an open office fade to a murmur.
A Sound is warm and detailed out of the box, and the app's equaliser lets you tame the bass if it is too much for you.
A Battery life is rated at 30 hours with ANC on, and in our tests the pair lasted 31 hours and 20 minutes.
A Pros
A Class-leading noise cancelling
A Comfortable for long flights
A Excellent call quality
A Cons
A No longer folds flat
A Expensive
A Buy it if you want the best ANC and don't mind a bulky case.
R Read our full review of the Bose QuietComfort Ultra
R Also consider
R Bose QuietComfort Ultra
R $429 at Amazon
R Check price
R Sign up to get the best deals, reviews and advice delivered to your inbox.
R Your Email Address
R Sign me up
R By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.
""",
    "en_laptop_guide_extract": """\
T The best laptops for students in 2024
A Picking a laptop for university is mostly about battery life, weight and a keyboard you can type on for hours.
A We tested 23 laptops over three months, running the same web-browsing battery test on each and carrying them to lectures.
A 1. Best overall: MacBook Air M3
A Apple's thinnest laptop now runs for 15 hours on a charge and weighs just 1.24 kg.
A Weight: 1.24 kg
A Battery: 15 hours
A Screen: 13.6 inches
A It starts at $1,099, but students get $100 off through Apple's education store.
R $999 at Amazon
R Check price
A 2. Best Windows laptop: Dell XPS 13
A The XPS 13 has the best screen in its class and a keyboard that many of our testers preferred to Apple's.
A Its battery lasted 11 hours in our test, four fewer than the MacBook.
R View Deal
A 3. Best budget pick: Acer Aspire 5
A At under $500, the Aspire 5 is the cheapest laptop we would actually recommend.
A The plastic case flexes a little, but it has a full set of ports and 16 GB of memory.
A How we test
A Every laptop runs our battery test at 200 nits of brightness, looping a set of websites until it shuts down.
A We also time how long each takes to export a 4K video and measure the surface temperature under load.
R Prices pulled from the Amazon Product Advertising API on: 12/03/2024 10:14 GMT
""",
    "de_smartphone_test_full": """\
R Startseite › Tests › Smartphones
T Pixel 8a im Test: Das beste Mittelklasse-Handy?
R Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.
R Hinweis: Wir erhalten bei Käufen über Links auf dieser Seite eine Provision. Für Sie ändert sich der Preis nicht.
R Inhaltsverzeichnis
R Design und Verarbeitung
R Kamera
R Akku
R Fazit
A Google verkauft das Pixel 8a für 549 Euro und verspricht sieben Jahre lang Updates.
A Das ist mehr, als die meisten Konkurrenten in dieser Preisklasse bieten, und ein starkes Argument für das Gerät.
A Das Display misst 6,1 Zoll und ist mit 120 Hertz endlich so flüssig wie bei den teureren Modellen.
A Die Kamera liefert bei Tageslicht hervorragende Bilder, nachts rauschen die Aufnahmen aber stärker als beim Pixel 8.
A Im Akkutest hielt das Handy 13 Stunden und 40 Minuten durch, ein guter, aber kein herausragender Wert.
A Vorteile
A Sieben Jahre Updates
A Sehr gute Kamera
A Nachteile
A Lädt langsam mit 18 Watt
A Fazit: Wer ein kompaktes Android-Handy mit langer Update-Garantie sucht, macht mit dem Pixel 8a nichts falsch.
T Unsere Wertung: 4,5 von 5 Sternen
R Pixel 8a bei Amazon ansehen
R 499,00 € bei MediaMarkt
R Zum Angebot
R Preis prüfen
R Kostenloser Versand
R Newsletter abonnieren: Die besten Deals jede Woche in Ihrem Postfach.
""",
    "fr_tv_test_extract": """\
T Test du LG OLED C3 : le meilleur téléviseur pour les joueurs
R Cet article contient des liens affiliés. Si vous achetez via ces liens, nous pouvons toucher une commission.
A Le C3 reprend la recette qui a fait le succès de la gamme C de LG : une dalle OLED, quatre ports HDMI 2.1 et un prix raisonnable.
A Il est vendu 1 499 euros en 55 pouces, soit 300 euros de moins que son prédécesseur à sa sortie.
A En jeu, le temps de réponse est quasi instantané et le téléviseur gère le 4K à 120 images par seconde sur toutes ses entrées.
A La luminosité reste en retrait face aux modèles QD-OLED de Samsung, ce qui se remarque dans une pièce très éclairée.
A Points forts
A Excellente réactivité en jeu
A Quatre ports HDMI 2.1
A Points faibles
A Luminosité moyenne
A Son un peu faible
A Notre avis : un excellent choix pour les joueurs, à condition de ne pas le placer face à une fenêtre.
T Note : 9/10
R Voir l'offre
R 1 299 € chez Fnac
R Comparer les prix
""",
    # ===== kitchen =====
    "en_airfryer_guide_full": """\
R Skip to main content
R Kitchen Appliances Cookware Deals
T The 5 best air fryers, tested by our food editors
R As an Amazon Associate we earn from qualifying purchases.
R Our editors independently research, test, and recommend the best products. We may receive commissions on purchases made from our chosen links.
R Jump to:
R Our top picks
R Reviews
R How we tested
R FAQ
A We cooked more than 60 pounds of chicken wings, fries and frozen fish sticks to find the air fryers worth counter space.
A Best Overall: Ninja Foodi DualZone
A Two separate baskets mean you can cook fries and wings at the same time, and the sync button makes both finish together.
A Capacity: 8 quarts
A Wattage: 1,690 W
A Dimensions: 13.9 x 15.6 x 12.4 inches
T ★★★★★
R 4.7 out of 5 stars
R $199.99 at Amazon
R Buy now
A Best Budget: Cosori Lite
A For around $60, the Cosori Lite made the crispiest fries of any model under $100.
A The basket is small, so it suits one or two people rather than a family.
R $59.99 at Walmart
R See More Prices
A What to look for in an air fryer
A Basket size matters more than wattage: a 4-quart basket holds about two servings of fries.
A Look for a nonstick coating free of PFAS if that is a concern, and check that the basket is dishwasher-safe.
R Show more
R Compare
R Trending Now
R The 9 Best Stand Mixers of 2024
R Get our newsletter! Sign up for recipes, product reviews and deals.
""",
    "de_kaffeemaschine_extract": """\
T Siebträgermaschinen im Vergleich: Die besten Modelle für Einsteiger
R *Affiliate-Links: Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.
A Wer zu Hause Espresso wie im Café möchte, kommt an einer Siebträgermaschine kaum vorbei.
A Wir haben acht Geräte zwischen 200 und 900 Euro vier Wochen lang im Redaktionsalltag benutzt.
A Testsieger: Sage Bambino Plus
A Die Bambino Plus heizt in drei Sekunden auf und schäumt Milch auf Knopfdruck, was Einsteigern viel Arbeit abnimmt.
A Gewicht: 3,2 kg
A Wassertank: 1,9 Liter
A Mit 449 Euro ist sie nicht billig, aber deutlich günstiger als die größeren Modelle des Herstellers.
R Aktueller Preis: 399,99 €
R Bei Amazon kaufen
R Letzte Aktualisierung am 3.03.2024 / Affiliate Links / Bilder von der Amazon Product Advertising API
A Preistipp: De'Longhi Dedica
A Die Dedica ist schmal genug für jede Küche und macht für rund 180 Euro einen ordentlichen Espresso.
A Der Milchschaum gelingt mit der einfachen Düse aber nur mit etwas Übung.
R Preis prüfen
A So haben wir getestet
A Jede Maschine bereitete mit denselben Bohnen und derselben Mühle täglich mindestens vier Getränke zu.
""",
    "es_robot_cocina_full": """\
R Inicio / Cocina / Robots de cocina
T Análisis de Thermomix TM6: ¿merece la pena su precio?
R Este artículo contiene enlaces de afiliados. Si compras a través de ellos, podemos recibir una comisión.
A La Thermomix TM6 cuesta 1.499 euros, el doble que muchos de sus competidores, y solo se vende a través de demostradoras.
A Durante un mes la usamos para cocinar a diario, desde cremas y risottos hasta masa de pan y helados.
A Lo que más nos gustó es la pantalla táctil con miles de recetas guiadas paso a paso, que hacen casi imposible equivocarse.
A El motor es potente y silencioso, y la función de cocción lenta funciona mejor de lo que esperábamos.
A Capacidad: 2,2 litros
A Potencia: 1.500 W
A Lo mejor
A Recetas guiadas
A Muy fácil de limpiar
A Lo peor
A Precio elevado
A Suscripción a Cookidoo de pago
A Veredicto: si cocinas todos los días y valoras la comodidad, la TM6 compensa su precio.
T Nuestra valoración: 9/10
R Ver oferta
R Comprar en Amazon
R Envío gratis
R Ver precio en El Corte Inglés
R Suscríbete a nuestra newsletter y recibe las mejores ofertas.
""",
    "it_padelle_extract": """\
T Le migliori padelle antiaderenti: la nostra guida all'acquisto
R Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.
A Una buona padella antiaderente dura anni, una cattiva perde il rivestimento in pochi mesi.
A Abbiamo provato dodici padelle da 28 centimetri cucinando uova, pesce e verdure tutti i giorni per sei settimane.
A 1. Migliore in assoluto: Tefal Ingenio Unlimited
A Il rivestimento ha resistito anche agli utensili di metallo, e il manico rimovibile permette di usarla in forno.
A Costa circa 45 euro, un prezzo onesto per la qualità che offre.
R Vedi offerta su Amazon
R Controlla il prezzo
A 2. Migliore economica: Ballarini Parma
A Per meno di 25 euro è la padella che consigliamo a chi vuole spendere poco.
A Pro
A Leggera
A Economica
A Contro
A Non adatta all'induzione
R Offerte del giorno
R Iscriviti alla newsletter per ricevere le migliori offerte.
""",
    # ===== outdoor =====
    "en_tent_review_extract": """\
T Big Agnes Copper Spur HV UL2 review
R Disclosure: This post contains affiliate links. If you buy something through them, we may earn a small commission at no extra cost to you.
A The Copper Spur has been our favourite backpacking tent for years, and the latest version keeps what worked.
A We used it for 34 nights on the Colorado Trail, in afternoon thunderstorms, hail and one night of snow.
A Specs
A Weight: 1.4 kg
A Floor area: 2.7 m²
A Peak height: 102 cm
A It costs $549, which is a lot, but it weighs less than most tents that cost the same.
A The two doors and two vestibules mean nobody climbs over anyone at night, and the poles pitch in under three minutes.
A The thin floor fabric is the tent's weak point: use a footprint, or you will be patching holes by the end of the season.
A Bottom line: the best two-person tent for most backpackers, if you treat the floor with care.
R Check price at REI
R Check price at Backcountry
R Our rating
R 4.5 out of 5 stars
""",
    "fr_sac_randonnee_full": """\
R Accueil > Équipement > Sacs à dos
T Les meilleurs sacs à dos de randonnée en 2024 : notre comparatif
R Cet article contient des liens affiliés. Si vous achetez via ces liens, nous pouvons toucher une commission.
R Sommaire
R Notre sélection
R Comment choisir
R Meilleures offres du jour
A Un bon sac de randonnée doit porter le poids sur les hanches, pas sur les épaules.
A Nous avons testé quinze modèles de 30 à 50 litres sur le GR20 et dans les Pyrénées, chargés à 12 kilos.
A Le meilleur sac polyvalent : Osprey Talon 33
A Le Talon est léger, bien ventilé et son ceinturon se règle en quelques secondes sans enlever le sac.
A Poids : 1,1 kg
A Volume : 33 litres
A Il coûte 150 euros, ce qui le place dans la moyenne des sacs de cette taille.
R 139,99 € chez Decathlon
R Voir le prix
R Acheter
A Le meilleur rapport qualité-prix : Quechua MH500
A Pour 60 euros, ce sac de Decathlon offre un dos réglable et une housse de pluie intégrée.
A Comment nous avons testé
A Chaque sac a été porté au moins trois jours avec la même charge, puis noté sur le confort, l'accès et la ventilation.
R Livraison gratuite
R Inscrivez-vous à notre newsletter
R Votre adresse e-mail
R S'inscrire
""",
    "nl_fiets_review_extract": """\
T Review: VanMoof S5 – slimme e-bike met een paar kinderziektes
R Deze pagina bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een kleine commissie.
A De VanMoof S5 kost 3.498 euro en is daarmee een van de duurste stadsfietsen op de markt.
A Na de doorstart van het bedrijf vorig jaar wilden we weten of de fiets zijn prijs nog waard is.
A De motor trekt soepel op en de automatische versnellingen schakelen merkbaar rustiger dan bij de vorige generatie.
A Actieradius: 60 kilometer
A Gewicht: 23 kg
A Pluspunten
A Stille motor
A Mooie afwerking
A Minpunten
A Hoge prijs
A Zwaar om te tillen
A Conclusie: een prachtige fiets, maar wie geen VanMoof-winkel in de buurt heeft, moet goed nadenken over onderhoud.
R Bekijk prijs
R Bekijk bij Bol.com
R Gratis verzending
""",
    "pt_tenis_corrida_full": """\
R Início » Esportes » Corrida
T Review do Nike Pegasus 41: vale a pena?
R Este post contém links de afiliados. Podemos receber uma comissão pelas compras feitas através deles.
A O Pegasus é o tênis de corrida mais vendido da Nike, e a versão 41 troca a espuma por uma mais macia.
A Corremos 180 quilômetros com ele em três semanas, em asfalto e em trilhas leves.
A O amortecimento está mais macio sem perder a resposta, e o cabedal ficou mais largo na frente.
A Peso: 286 g
A Drop: 10 mm
A Prós
A Confortável em treinos longos
A Durável
A Contras
A Pesado para provas
A Ele custa R$ 899, mas já aparece com desconto em grandes lojas.
A Veredito: um tênis seguro para quem corre três ou quatro vezes por semana.
T Nota: 8/10
R Ver preço
R Comprar na Amazon
R Frete grátis
R Receba nossas ofertas por e-mail
""",
    # ===== books =====
    "en_book_review_full": """\
R Books Fiction Nonfiction Best Sellers
T Review: 'The Lighthouse Keepers' is a quiet triumph
R This article contains affiliate links. We earn a commission from qualifying purchases.
R Buy on Amazon
R Buy on Bookshop.org
T ★★★★☆
A Emma Stonex's second novel follows three keepers who vanish from a rock lighthouse off Cornwall in 1972.
A Twenty years later a writer arrives to interview the women they left behind, and the story splits between the two decades.
A Stonex is good at silence: long scenes pass with almost nothing said, and the tension comes from what the characters avoid.
A The middle third sags under too many letters and diary entries, but the last chapters pull it together.
A It is a book about grief more than mystery, and readers who want a tidy solution may be disappointed.
A The Lighthouse Keepers, Picador, 352 pages, £16.99.
R Share this review
R Facebook Twitter Email
R More reviews
R The best new novels of the month
""",
    "de_buch_rezension_extract": """\
T Rezension: „Die Nacht des Bibliothekars“ von Jonas Ebert
R Affiliate-Link: Wenn Sie das Buch über diesen Link kaufen, erhalten wir eine kleine Provision.
A Jonas Eberts Roman spielt in einer einzigen Nacht in der Leipziger Stadtbibliothek, in der ein Bibliothekar eingeschlossen wird.
A Was als Kammerspiel beginnt, wird bald zu einer Reise durch die Geschichte der Stadt und ihrer Bücher.
A Ebert schreibt genau und mit trockenem Humor, nur die Rückblenden in die Wendezeit ziehen sich.
A Fazit: ein kluger, warmherziger Roman für alle, die Bibliotheken lieben.
A Jonas Ebert: Die Nacht des Bibliothekars. Roman. Hanser Verlag, München 2024, 288 Seiten, 24 Euro.
R Jetzt bei Thalia bestellen
R Bei Amazon kaufen
T Bewertung: ★★★★☆
""",
    "sv_bok_recension_full": """\
R Hem / Kultur / Böcker
T Recension: ”Havet minns” av Lina Holm
R Annonslänk: vi får provision om du köper via länkarna i texten.
A Lina Holms debutroman handlar om en fiskarfamilj på Gotland under tre generationer.
A Berättelsen rör sig fram och tillbaka mellan 1950-talet och i dag, och det är havet som binder ihop tiderna.
A Holm skriver vackert om landskapet, men ibland tar naturbeskrivningarna över och personerna kommer i skymundan.
A Det är ändå en av årets starkaste debuter, och slutet är både oväntat och självklart.
T Betyg: 4 av 5
R Köp hos Adlibris
R Köp hos Bokus
R Jämför priser
""",
    # ===== games =====
    "en_game_review_extract": """\
T Elden Ring: Shadow of the Erdtree review
R When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.
A Shadow of the Erdtree is the largest expansion FromSoftware has made, and it is harder than anything in the base game.
A The Land of Shadow is a vertical map, with ruins stacked on cliffs and catacombs hidden under lakes.
A Bosses arrive faster than in the main game, and a few of them feel tuned for players who have already beaten everything.
A A new upgrade system, Scadutree fragments, makes your character stronger only inside the expansion, which keeps the difficulty in check.
A It costs $39.99, and for that money you get around 40 hours of new content.
A Verdict
A Shadow of the Erdtree is a brutal, beautiful expansion that rewards patience more than reflexes.
T Score: 9/10
R Buy Elden Ring: Shadow of the Erdtree
R $39.99 at Steam
R $39.99 at PlayStation Store
R View Deal
R Latest deals
R Newsletter sign up
""",
    "it_videogioco_full": """\
R Home › Recensioni › PS5
T Astro Bot, la recensione: il platform che mancava a PlayStation
R Questo articolo contiene link affiliati.
A Astro Bot è il primo gioco completo del piccolo robot dopo il tutorial incluso con PS5.
A Il gioco dura circa 15 ore e propone oltre 80 livelli, ognuno con un'idea nuova da imparare e poi abbandonare.
A Il controller DualSense è usato meglio che in qualunque altro titolo, dai grilletti adattivi alle vibrazioni.
A Costa 69,99 euro, un prezzo pieno che il gioco giustifica senza fatica.
A Pro
A Livelli pieni di idee
A Uso perfetto del DualSense
A Contro
A Qualche boss troppo facile
T Voto: 9
R Acquista su Amazon
R Miglior prezzo: 59,99 €
R Spedizione gratuita
R Commenti
R Lascia un commento
""",
    "pl_gra_recenzja_extract": """\
T Recenzja Baldur's Gate 3 na PS5
R Artykuł zawiera linki afiliacyjne.
A Baldur's Gate 3 trafił na konsole kilka tygodni po premierze na PC i działa zaskakująco dobrze.
A W trybie wydajności gra utrzymuje zwykle 60 klatek na sekundę, poza zatłoczonym trzecim aktem.
A Sterowanie padem wymagało wielu zmian, ale po godzinie gry menu koła stają się naturalne.
A Zalety
A Świetna fabuła
A Dobre sterowanie padem
A Wady
A Spadki płynności w trzecim akcie
A Werdykt: najlepsza gra RPG ostatnich lat, także na konsoli.
T Ocena: 9/10
R Sprawdź ceny
R Kup w sklepie
""",
    # ===== ROUND 2 (after the changes, aimed at them: the article's lines that resemble the new rules) =============
    "en_ratings_in_prose": """\
T How we score headphones, and why a 4 is not a failure
A Every pair we review gets a score out of five, and readers often ask what separates a 4 from a 4.5.
A Our rating: 4.5/5, the score we gave the Sony pair, means we would buy it ourselves at full price.
A A score of 3 out of 5 stars is not a warning; it means the product does its job but costs too much.
A Weight: 250 g
A Battery: 30 hours
A Price: $399
A Note: 5 of the 23 pairs we tested last year had firmware bugs at launch.
A Developers pull prices from the Amazon Product Advertising API, which replaced the old product feed in 2011.
A Buy it if you fly more than once a month; skip it if you mostly listen at home.
A That is why the verdict matters more than the number at the top of the page.
T Our rating: 4/5
T ★★★★☆
""",
    "de_preise_im_text": """\
T Kaufberatung: Was eine gute Kaffeemühle kosten darf
A Eine gute Kegelmühle kostet zwischen 150 und 400 Euro, darunter sparen die Hersteller meist am Mahlwerk.
A Preis: 249 Euro
A Gewicht: 2,9 kg
A Mahlgrade: 40
A Als Amazon-Partner verdienen Händler oft weniger, als sie hoffen, weil die Gebühren gestiegen sind.
A Lieber lokal statt bei Amazon bestellen
A Wer im Fachhandel kauft, kann die Mühle meist vor Ort ausprobieren und bekommt eine Einweisung dazu.
A Der günstigste Preis lag im März bei 219 Euro, als ein Elektronikmarkt die Mühle im Angebot hatte.
A Bewertung: Die Mühle mahlt gleichmäßig, ist aber laut, und der Bohnenbehälter fasst nur 250 Gramm.
A Fazit: Für Einsteiger reicht das Modell völlig, Profis greifen zu einer größeren Mühle.
R Aktueller Preis: 229,00 €
""",
    "fr_acheter_ou_louer": """\
T Matériel de camping : acheter ou louer pour un premier été ?
A Une tente, deux sacs de couchage et un réchaud coûtent vite plus de 500 euros pour une famille.
A Beaucoup de magasins de sport proposent désormais la location à la semaine, livraison comprise.
A Louer
A La location revient à environ 80 euros la semaine pour une tente familiale, nettoyage inclus.
A C'est la bonne solution si vous ne savez pas encore si le camping vous plaira.
A Acheter
A L'achat devient rentable dès le troisième séjour, surtout si vous revendez le matériel d'occasion ensuite.
A Note : les prix indiqués sont ceux relevés dans trois enseignes début mars.
A Notre avis : commencez par louer, puis achetez les pièces que vous utilisez le plus.
R Meilleures offres du jour
""",
    "en_picks_with_buttons": """\
T The best running shoes for beginners
A We ran more than 400 miles in 14 pairs to find the shoes that suit new runners best.
A 1. Best overall: Brooks Ghost 16
A The Ghost is soft without feeling mushy, and it lasted 300 miles before the foam started to flatten.
A It costs $140, but it is often on sale for $110 in the spring.
R Check price
A 2. Best for wide feet: New Balance 880
A The 880 comes in four widths, and the toe box has room even for runners with bunions.
A Its outsole wore faster than the Ghost's, and it is heavier by about 20 grams.
R View Deal
A 3. Best budget pick: Saucony Axon 3
A At $100 the Axon is the cheapest shoe we would recommend for a first half marathon.
A How we test
A Each pair ran at least 30 miles on roads, with two testers of different weights.
R Today's best deals
R $129.95 at Amazon
""",
    "it_sv_recensioni_prosa": """\
T Recensione: il nuovo romanzo di Elena Ferri
A Il voto della critica è stato unanime: un romanzo che resterà.
A Voti: 9 su 10 lettori lo consigliano nel sondaggio della libreria.
A La storia segue una famiglia di pescatori di Chioggia dal dopoguerra agli anni Ottanta.
A Ferri scrive con una lingua asciutta e precisa, senza mai cercare l'effetto.
A Il libro costa 19 euro ed è uscito per Einaudi a marzo.
A Miglior prezzo in libreria resta quello dell'editore, che spedisce gratis sopra i 25 euro.
R Miglior prezzo: 15,20 €
R Vedi offerta su Amazon
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Buy now" alone under the pick's price: en's table leaves it (a deals roundup prints it under each of its picks,
    # and taking it there parted the dev bench's bgr.com roundup into blocks that detached-blocks took)
    "en_airfryer_guide_full": 1,
    # "Sommaire" and its entry "Comment choisir" (the other entries went as a teaser heading and a deals heading): a
    # table of contents whose entries head no section below, which table-of-contents leaves (a kit's contents read
    # the same); and "Acheter" alone under the price buttons, which fr's table leaves because a guide heads its section
    # so ("Louer" / "Acheter", round 2)
    "fr_sac_randonnee_full": 3,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a review per language, the residue line put before or after them
TEXT = {
    "en": [
        "Sony's fifth generation of its flagship noise-cancelling headphones drops the folding hinge and adds a second processor.",
        "Noise cancelling is the best we have measured: the hum of a plane cabin all but vanishes.",
        "Battery life is rated at 30 hours with ANC on, and in our tests the pair lasted 31 hours and 20 minutes.",
    ],
    "de": [
        "Google verkauft das Pixel 8a für 549 Euro und verspricht sieben Jahre lang Updates.",
        "Die Kamera liefert bei Tageslicht hervorragende Bilder, nachts rauschen die Aufnahmen aber stärker als beim Pixel 8.",
        "Im Akkutest hielt das Handy 13 Stunden und 40 Minuten durch, ein guter, aber kein herausragender Wert.",
    ],
    "fr": [
        "Le C3 reprend la recette qui a fait le succès de la gamme C de LG : une dalle OLED et quatre ports HDMI 2.1.",
        "En jeu, le temps de réponse est quasi instantané et le téléviseur gère le 4K à 120 images par seconde.",
        "La luminosité reste en retrait face aux modèles QD-OLED de Samsung, ce qui se remarque dans une pièce éclairée.",
    ],
    "it": [
        "Abbiamo provato dodici padelle da 28 centimetri cucinando uova, pesce e verdure tutti i giorni per sei settimane.",
        "Il rivestimento ha resistito anche agli utensili di metallo, e il manico rimovibile permette di usarla in forno.",
        "Costa circa 45 euro, un prezzo onesto per la qualità che offre rispetto alle concorrenti.",
    ],
    "pl": [
        "Baldur's Gate 3 trafił na konsole kilka tygodni po premierze na PC i działa zaskakująco dobrze.",
        "W trybie wydajności gra utrzymuje zwykle 60 klatek na sekundę, poza zatłoczonym trzecim aktem.",
        "Sterowanie padem wymagało wielu zmian, ale po godzinie gry menu koła stają się naturalne.",
    ],
    "sv": [
        "Lina Holms debutroman handlar om en fiskarfamilj på Gotland under tre generationer.",
        "Berättelsen rör sig fram och tillbaka mellan 1950-talet och i dag, och det är havet som binder ihop tiderna.",
        "Holm skriver vackert om landskapet, men ibland tar naturbeskrivningarna över och personerna kommer i skymundan.",
    ],
}

_CH, _DI, _NL = "site-chrome", "consent-line", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Today's best deals", _CH),
    ("en", "See More Prices", _CH),
    ("en", "Prices pulled from the Amazon Product Advertising API on: 12/03/2024 10:14 GMT", _CH),
    ("de", "Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.", _DI),
    ("de", "Hinweis: Wir erhalten bei Käufen über Links auf dieser Seite eine Provision. Für Sie ändert sich der Preis nicht.", _DI),
    ("de", "*Affiliate-Links: Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.", _DI),
    ("de", "Affiliate-Link: Wenn Sie das Buch über diesen Link kaufen, erhalten wir eine kleine Provision.", _DI),
    ("de", "Newsletter abonnieren: Die besten Deals jede Woche in Ihrem Postfach.", _NL),
    ("de", "Aktueller Preis: 399,99 €", _CH),
    ("de", "Jetzt bei Thalia bestellen", _CH),
    ("de", "Pixel 8a bei Amazon ansehen", _CH),
    ("de", "Angebote des Tages", _CH),
    ("de", "Letzte Aktualisierung am 3.03.2024 / Affiliate Links / Bilder von der Amazon Product Advertising API", _CH),
    ("fr", "Meilleures offres du jour", _CH),
    ("fr", "Acheter sur Amazon", _CH),
    ("fr", "Meilleur prix : 129,99 €", _CH),
    ("it", "Vedi offerta su Amazon", _CH),
    ("it", "Controlla il prezzo", _CH),
    ("it", "Offerte del giorno", _CH),
    ("it", "Miglior prezzo: 59,99 €", _CH),
    ("pl", "Kup w sklepie", _CH),
    ("pl", "Najlepsze oferty dnia", _CH),
    ("pl", "Najniższa cena: 199 zł", _CH),
    ("sv", "Annonslänk: vi får provision om du köper via länkarna i texten.", _DI),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Developers pull prices from the Amazon Product Advertising API, which replaced the old product feed in 2011."),
    ("en", "Prices pulled from the Amazon Product Advertising API were often a day out of date, the study found."),
    ("en", "Buy now, pay later services have grown fast among shoppers under 30."),
    ("en", "Today's best deals are rarely on a shop's front page, the consumer group warned."),
    ("de", "Als Amazon-Partner verdienen Händler oft weniger, als sie hoffen, weil die Gebühren gestiegen sind."),
    ("de", "Der günstigste Preis lag im März bei 219 Euro, als ein Elektronikmarkt die Mühle im Angebot hatte."),
    ("de", "Jetzt bei Amazon bestellen zu wollen, wäre ein Fehler, denn der Preis sinkt im Herbst meist deutlich."),
    ("fr", "Acheter sur Amazon reste moins cher que dans la plupart des magasins du centre-ville."),
    ("fr", "Les meilleures offres du jour ont disparu en quelques minutes, selon les acheteurs."),
    ("it", "Controlla il prezzo del gas ogni mese, consiglia l'autorità per l'energia ai consumatori."),
    ("pl", "Kup w sklepie lokalnym zamiast w sieci, apelują rzemieślnicy z Krakowa."),
    ("sv", "Annonslänkar i artiklar måste märkas tydligt, enligt Konsumentverket."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    "line",
    [
        "Preis: 249 Euro",  # a spec's price: no "current" or "best" before it
        "Lieber lokal statt bei Amazon bestellen",  # a heading: its words before "bei" are not capitalised
        "Acheter",  # a guide's section alone ("Louer" / "Acheter"): only the button with its shop goes
    ],
)
def test_lines_like_the_shop_buttons_that_stay(line: str) -> None:
    assert vocab.table("widgets", "chrome", ("de", "fr")).match(line) is None


def test_a_button_over_a_guides_numbered_pick_goes() -> None:
    # "View Deal" between a paragraph and "3. Best budget pick: Acer Aspire 5" (its number the line's lead) is no menu
    # word over a row of data: the pick is a heading of the guide, which stays
    page = [
        TEXT["en"][0],
        "Its battery lasted 11 hours in our test, four fewer than the MacBook we tested alongside it.",
        "View Deal",
        "3. Best budget pick: Acer Aspire 5",
        "At under $500, the Aspire 5 is the cheapest laptop we would actually recommend to students.",
        TEXT["en"][2],
    ]
    result = cleaner.explain_text("\n".join(page))
    assert removed(result) == [("site-chrome", "View Deal")]


def test_a_menu_word_over_a_numbered_row_of_data_stays() -> None:
    # (the figures before the colon make it a row of data, a date's or a room's: "Kontakt" heads it)
    page = [
        "Das Bürgerbüro zieht im Mai in das ehemalige Postgebäude am Marktplatz und hat dann länger geöffnet.",
        "Die Sprechzeiten bleiben gleich, nur am Donnerstag ist das Büro künftig bis 19 Uhr für alle Anliegen offen.",
        "Kontakt",
        "1. Obergeschoss, Zimmer 12: Telefon 01234 56789",
        "Anträge für Pässe und Ausweise können weiterhin auch online gestellt werden, teilte die Stadt mit.",
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)



def test_a_reviews_pros_and_cons_over_its_verdict_stay_over_shop_lines() -> None:
    # (headline-run's teasers: with shop lines no table reads under the verdict, "Lädt langsam mit 18 Watt" over the
    # "Fazit: …" and "Pixel 8a bei Otto" over the shop's delivery note read as a chain of two teasers after the article;
    # the "Vorteile" / "Nachteile" lists between the last paragraph and the chain are the article's own list running on,
    # and keep it: _list_between)
    page = [
        *TEXT["de"],
        "Vorteile",
        "Sieben Jahre Updates",
        "Sehr gute Kamera",
        "Nachteile",
        "Lädt langsam mit 18 Watt",
        "Fazit: Wer ein kompaktes Android-Handy mit langer Update-Garantie sucht, macht mit dem Pixel 8a nichts falsch.",
    ]
    shop = [
        "Pixel 8a bei Otto",
        "499,00 € bei MediaMarkt",
        "Lieferung in 2 bis 3 Werktagen. Rückgabe innerhalb von 30 Tagen kostenlos.",
    ]
    result = cleaner.explain_text("\n".join([*page, *shop]))
    assert lost(page, result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
