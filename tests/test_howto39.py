# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""howto39: a probe of lifestyle, service and how-to journalism, scraped as text (half as an extractor leaves it, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: listicles with numbered headings ("1. Start
small", "7 Tipps gegen Stress"), how-to guides with steps and a "You will need" list, parenting and relationship
advice with one-line tips, home and garden guides with short imperative lines ("Water twice a week."), money-saving
tips, travel packing lists, a "Key takeaways" box, an FAQ at the end with short questions and answers.

- the article (``A``): numbered and bare headings without punctuation ("1. Plan your meals", "Klein anfangen",
  "Cosa ti serve", "Dit heb je nodig"), imperative one-line tips that read like calls to action ("Sign up for a
  loyalty card.", "Unsubscribe from store newsletters.", "Follow the 50/30/20 rule.", "Share the chores.",
  "Inscrivez-vous au programme de votre fournisseur.", "Apúntate a la tarjeta de fidelización.", "Iscriviti alla
  carta fedeltà.", "Adira ao cartão de cliente.", "Meld je aan voor een klantenkaart."), a "You will need" list of
  one- or two-word items, a "Key takeaways" box, an FAQ's short questions and one-line answers, a checklist closing
  the text ("Passport", "Keys", "Phone", "Wallet");
- the residue (``R``): bylines, stamps and reading times, affiliate disclosures, share rows, "Pin it", "Jump to
  Steps", "Was this article helpful?" with its Yes/No, "Read more"/"Related" rails, newsletter boxes, comments,
  menus, breadcrumbs, cookie banners, footers;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 483 ``A`` lines, 358
  ``R``, 24 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 7 pages (3 extracts, 4 full pages), 82 ``A``, 67 ``R``, 7 ``T``: a list
  of things needed closing the text over a rail and the footer (en), a checklist whose heading reads as no furniture
  ("Checkliste für den Umzugstag") and sections' headings between tips (de), an FAQ closing the text over the footer's
  link of the same words (fr), tips and a list under headings over a rail (es), tips under a teaser table's heading
  and a list of things needed over "Leggi anche" (it), packing lists between tips (nl, pt).

Measured on main 0156e2d: round 1 lost 71, left 10; round 2 lost 32, left 1. The losses: a "You will need" list of
short items with its heading ("Things You'll Need", "Cosa ti serve", "Cosa serve", "Dit heb je nodig") and the headings
after it ("Tips", "Warnings", "Il procedimento", "Stap voor stap"), a checklist closing the text ("Your budget
checklist" / "Take-home pay" / "Council tax" …, "Checkliste zum Ausdrucken", "Da ricordare"), a packing list's short
items and headings ("Tech" / "Phone charger" / "Power bank", "Documents" / "Passport", "Before you leave" / "Keys" /
"Phone" / "Wallet"), the FAQ's heading ("Preguntas frecuentes", "Perguntas frequentes", "Domande frequenti",
"Veelgestelde vragen"), short section headings between the tips ("In der Küche", "Im Wohnzimmer", "I nostri
consigli"). Edge-furniture took most (the page's sentences are too short to anchor its edges: the lists stood in its
head or tail, or made a long run between two paragraphs), site-chrome the FAQ headings (a footer's link), teaser-box "I
nostri consigli" (a rail's heading), detached-blocks the tips under a list it had read as a gap of furniture. Left: a
byline with its category ("Posted by Emma | Travel tips"), a newsletter box's blurb ("Join 200,000 readers who get our
best advice every Sunday."), a Dutch full page's menu, section names, rail and footer's "Cookies"; once the tips over
it stayed, wikiHow's "Did this article help you?" and its view counter, which detached-blocks had taken with them.

After: round 1 lost 0, left 9; round 2 lost 0, left 3 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_howto.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``howto_lists`` (edge-furniture's guard at the tail, through ``howto_tail``): a heading of the new table
  ``structure.howto_heading`` (things needed, a checklist, a packing list, "Before you leave"; all seven languages)
  right under a kept line of the article's, over two or more short items down to a sentence, a line another pass took,
  a share button's or a rail's heading: it and its items stay. A footer's "Quick links" over its links, or "Checklist"
  under the share row, still goes (test).
- ``enclosed_runs`` (edge-furniture's guard at the head and the tail): a lone short heading between a statement of the
  article's (or an item ``howto_lists`` kept) and a sentence or numbered step ("Tips", "In der Küche", "Im Wohnzimmer");
  on a how-to's page (a list kept under its heading, or three numbered lines) a run of up to 14 plain items (capitalised,
  no figure, no colon) between a sentence and a sentence (a packing list's sections between two tips). A button under
  its question ("Veranstaltung melden"), a table's heading under its data ("Tabelle"), a review's heading over its
  reviewer ("Avis clients" over "Marie L."), a post's tags and its author's handle under its last link still go (tests).
- ``howto_run`` (edge-furniture's long run between two paragraphs) and ``howto_gap`` (detached-blocks' strong gap): a
  run or a gap holding the table's heading over its items is the article's list ("Cosa ti serve" over "Bicarbonato",
  "Aceto", then "Il procedimento"); a menu's run between the paragraphs still goes (test).
- ``faq_heading`` (site-chrome's guard): a short heading (no figure, no colon) under a statement, over a question and
  its answer (a statement): "Preguntas frecuentes" over "¿Cuándo consultar?"; the footer's link of the same words, a
  menu's link over a headline ("Tüm yazıları"), a shop's price over a question ("199 € chez Cdiscount") still go
  (tests).
- ``tips_under`` (teaser-box's guard): a teaser table's heading ("I nostri consigli") right under a kept line, over two
  short statements of one sentence each; "Leggi anche" over headlines, "Top Stories" over a blurb of two sentences,
  "Filed under: Home, Money" still go (tests).
- tables, each in a ``# howto39:`` block at its list's end: the family's new table ``structure.howto_heading`` (read
  only by the guards above: no line goes because it matches); en ``widgets.feedback`` "Did this article help you?"
  (its Yes/No may share the line); en ``metadata.dateline`` "This article has been viewed 412,338 times."; en
  ``signup.newsletter`` a newsletter box's pitch counting its readers ("Join 200,000 readers who get our best advice
  every Sunday.", a sentence newsletter-box leaves as the article's). Each has a sentence with its words that stays
  (``STAYS``, and ``fixtures/negatives``).

``python tests/test_howto39.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import importlib

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    parse,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a money-saving listicle as an extractor leaves it: numbered headings, one-line imperative tips, a share row
    "en_grocery_listicle_extract": """\
T 12 easy ways to cut your grocery bill this month
R By Hannah Price
R Updated on March 4, 2024
R 6 min read
R This post may contain affiliate links. If you buy through our links, we may earn a commission.
A Food prices have risen by more than a quarter in three years, and the weekly shop is where most families feel it first.
A The good news is that a few habits can take 10% to 20% off the bill without eating less.
A 1. Plan your meals
A Write down what you will cook for the next seven days before you go shopping.
A Check the fridge and cupboards first, so you do not buy what you already have.
A 2. Make a list and stick to it
A Impulse buys add up. One study found they make up almost a third of what shoppers spend.
A 3. Sign up for a loyalty card.
A Most big supermarkets now keep their best prices for members, and signing up is free.
A 4. Shop the reduced aisle
A Go late in the afternoon, when stores mark down bread, meat and salads that expire that day.
A 5. Buy own-brand
A Swap one branded item a week for the store's own label and compare.
A 6. Never shop hungry.
A 7. Unsubscribe from store newsletters.
A The emails are designed to make you spend. Keep the app for the coupons, but turn off the notifications.
A 8. Batch cook and freeze
A 9. Compare unit prices
A The price per 100g on the shelf label tells you which pack is cheaper, whatever the size.
A 10. Use cashback apps
A 11. Grow your own herbs
A A pot of basil costs about the same as one bag of cut leaves and lasts all summer.
A 12. Follow the 50/30/20 rule.
A Put half your income towards needs, 30% towards wants and 20% towards savings, and give the food budget its own line.
R Share this article
R Facebook
R Pinterest
R Email
R Read more: How to save money on energy bills this winter
R Hannah Price is a personal finance writer who has covered consumer issues for ten years.
""",
    # ===== a wikiHow-style how-to with all the visible text: "Things You'll Need", parts, steps, tips, warnings
    "en_repot_howto_full": """\
R Skip to Content
R Log in
R Home
R Random
R Browse Articles
R Quizzes & Games
R About us
R Categories
R Home and Garden
R Gardening
R Houseplants
T How to Repot a Houseplant
R Co-authored by Maggie Moran
R Last Updated: February 12, 2024
R Approved
R Jump to Steps
A Repotting gives a plant fresh soil and room for its roots to grow.
A Most houseplants need it every one to two years, ideally in spring, when they start growing again.
A Part 1
A Choosing the Right Pot
A 1. Pick a pot one size up.
A Choose a pot that is 1 to 2 inches (2.5 to 5 cm) wider than the old one. A much bigger pot holds too much wet soil and can rot the roots.
A 2. Make sure it has drainage holes.
A Without them, water pools at the bottom.
A Part 2
A Repotting the Plant
A 1. Water the plant a day before.
A Moist roots slide out more easily and suffer less.
A 2. Turn the pot on its side and ease the plant out.
A 3. Loosen the roots.
A Tease them apart with your fingers. Trim any that are black or mushy.
A 4. Add fresh potting mix.
A Set the plant so that the top of the root ball sits about 1 inch below the rim.
A 5. Water thoroughly.
A Things You'll Need
A A pot with drainage holes
A Fresh potting mix
A Clean scissors
A Gloves
A Watering can
A Tips
A Repot in spring or early summer.
A Keep the plant out of direct sun for a week afterwards.
A Warnings
A Do not fertilize for at least four weeks.
R References
R ↑ https://extension.umn.edu/houseplants/repotting-houseplants
R About This Article
R Co-authored by: Maggie Moran, Home & Garden Specialist
R This article has been viewed 412,338 times.
R Did this article help you?
R Yes
R No
R Cookies make wikiHow better. By continuing to use our site, you agree to our cookie policy.
R Accept
R Terms of Use
R Privacy Policy
R Do Not Sell or Share My Info
""",
    # ===== a gardening guide with a "Key takeaways" box, short imperative lines and an FAQ at the end, extracted
    "en_tomatoes_keytakeaways_extract": """\
T How to grow tomatoes in pots: a beginner's guide
R Words by Tom Ellery
R Published 18 April 2024
A Key takeaways
A Choose a pot at least 40cm across.
A Plant after the last frost.
A Water twice a week.
A Feed weekly once the first flowers appear.
A Tomatoes are one of the easiest crops to grow on a patio or balcony, and a single plant can give you several kilos of fruit.
A What you will need
A A pot of 15 litres or more
A Peat-free compost
A A cane or stake
A Tomato feed
A Choose your variety
A Bush or tumbling varieties such as 'Tumbling Tom' need no pinching out and suit hanging baskets.
A Cordon varieties grow tall and need a stake, but give bigger crops.
A Planting out
A Harden plants off for a week before moving them outside for good.
A Plant deeply. Tomatoes grow roots along their buried stems.
A Watering and feeding
A Water twice a week.
A In a heatwave, water every day.
A Irregular watering causes split fruit and blossom end rot.
A FAQ
A How often should I water tomatoes in pots?
A Every two to three days, daily in hot weather.
A Should I remove the leaves?
A Only the lower ones, once the first truss has set.
A Can I grow tomatoes indoors?
A Yes, on a sunny windowsill.
R Pin it for later
R Tags: tomatoes, vegetables, container gardening
R Leave a comment
R 14 comments
R Sue on April 19, 2024 at 8:12 am
R Mine always split, now I know why! Thanks
R Reply
""",
    # ===== a personal-finance guide with all the visible text: the 50/30/20 rule, imperative tips, a checklist closing it
    "en_budget_checklist_full": """\
R Menu
R Banking
R Credit cards
R Mortgages
R Savings
R Investing
R Sign in
R Open an account
R Home / Money guides / Budgeting
T How to make a budget that actually works
R Reviewed by Priya Shah, CFP
R Last updated Jan 15, 2024
R 8 min read
R Advertiser disclosure
A Key takeaways
A A budget is a plan for every pound you earn.
A Follow the 50/30/20 rule as a starting point.
A Review it every month.
A Most people who give up on budgeting do so because their first plan is too strict.
A Start with what you actually spend, not what you wish you spent.
A Step 1: Work out your income
A Use your take-home pay, after tax and pension contributions.
A Step 2: Track your spending
A Go through the last three months of bank statements and put every payment in a category.
A Step 3: Follow the 50/30/20 rule.
A 50% for needs: rent, bills, food and transport.
A 30% for wants.
A 20% for savings and paying off debt.
A Step 4: Automate it
A Set up a standing order to your savings account on payday.
A Share the chores.
A If you live with a partner, share the money admin too: one person pays the bills, the other checks the statements.
A Your budget checklist
A Take-home pay
A Rent or mortgage
A Council tax
A Energy bills
A Groceries
A Savings
R Was this page helpful?
R Yes
R No
R Related guides
R How to build an emergency fund
R What is a good credit score?
R Get money tips in your inbox
R Enter your email
R Subscribe
R About us
R Careers
R Press
R Accessibility
R Cookie settings
R © 2024 MoneyBank plc. Registered in England and Wales No. 2065.
""",
    # ===== a relationship-advice listicle with all the visible text: one-line tips, a quote, a comment section
    "en_relationship_tips_full": """\
R Home
R Love & Sex
R Family
R Wellness
R Style
R Subscribe
R Search
R Relationships
T 9 small habits of couples who last
R By Dr. Laura Kim
R February 14, 2024
R Share on Facebook
R Share on X
R Copy link
A Long relationships are not kept alive by grand gestures, says couples therapist Laura Kim, but by small things done often.
A Here are the habits she sees again and again in couples who have been together for decades.
A 1. Say thank you
A Even for the small stuff.
A 2. Share the chores.
A 3. Go to bed at the same time
A 4. Put the phones away at dinner
A "The phone is the third person in most relationships now," Kim says.
A 5. Have a weekly check-in
A Ask: what went well this week? What could be better?
A 6. Keep dating each other
A 7. Fight fair
A No name-calling. No bringing up old arguments.
A 8. Touch every day
A 9. Laugh together
A None of these habits costs money, and none takes more than a few minutes a day.
R Advertisement
R Sign up for our Relationships newsletter
R Join 200,000 readers who get our best advice every Sunday.
R Email address
R Sign up
R You might also like
R The one question every couple should ask before moving in together
R Why you should never go to bed angry, according to science
R 24 Comments
R Mark T.
R Number 4 is so true.
R Like
R Reply
R Privacy Policy
R Terms
R © 2024 Lifestyle Media Group
""",
    # ===== a travel packing list as an extractor leaves it: short item lines, a printable checklist at the end
    "en_packing_list_extract": """\
T The ultimate carry-on packing list for a week away
R Posted by Emma | Travel tips
R This post contains affiliate links.
A After twenty years of travelling with only a carry-on, I have whittled my list down to the things I actually use.
A Everything here fits in a 40-litre bag.
A Clothes
A 3 T-shirts
A 2 pairs of trousers
A 1 warm layer
A 4 pairs of socks
A Swimwear
A Toiletries
A Keep liquids under 100ml and in one clear bag.
A Toothbrush
A Sunscreen
A Travel-size shampoo
A Tech
A Phone charger
A Universal adapter
A Power bank
A Documents
A Passport
A Travel insurance
A Boarding pass
A Pack the night before.
A Roll, don't fold.
A Wear your heaviest shoes on the plane.
A Download the printable checklist and tick things off as you pack.
A Before you leave
A Passport
A Keys
A Phone
A Wallet
R Pin this post
R Save
R Get my free packing checklist
R Enter your email to get it straight to your inbox.
R You may also like:
R 10 things I never travel without
R How to pack light for a beach holiday
""",
    # ===== a German stress listicle ("7 Tipps gegen Stress") as an extractor leaves it
    "de_stress_tipps_extract": """\
T 7 Tipps gegen Stress im Alltag
R Von Julia Berger
R Aktualisiert am 12.03.2024
R Lesezeit: 4 Min.
A Termine, Familie, Haushalt: Viele Menschen fühlen sich dauerhaft unter Druck.
A Laut einer Umfrage der Techniker Krankenkasse fühlt sich jeder Vierte häufig gestresst.
A Diese sieben Tipps helfen, im Alltag gelassener zu bleiben.
A 1. Klein anfangen
A Sie müssen nicht alles auf einmal ändern. Suchen Sie sich einen Tipp aus und probieren Sie ihn eine Woche lang.
A 2. Pausen einplanen
A Tragen Sie Pausen in den Kalender ein wie Termine.
A 3. Nein sagen
A 4. Bewegen Sie sich täglich.
A Schon 20 Minuten Spazierengehen senken den Stresspegel messbar.
A 5. Handy weg
A Legen Sie das Smartphone abends in einen anderen Raum.
A 6. Atmen
A Atmen Sie vier Sekunden ein, halten Sie die Luft kurz an und atmen Sie sechs Sekunden aus.
A 7. Hilfe holen
A Wenn der Stress nicht nachlässt, sprechen Sie mit Ihrer Hausärztin oder Ihrem Hausarzt.
A Das Wichtigste in Kürze
A Stress lässt sich nicht vermeiden, aber besser bewältigen.
A Schon kleine Änderungen helfen.
R Mehr zum Thema
R Burnout: Diese Warnzeichen sollten Sie kennen
R Schlafprobleme: Was wirklich hilft
R Artikel teilen
R Jetzt Newsletter abonnieren
""",
    # ===== a German household guide with all the visible text: "Das brauchen Sie", steps, a cookie banner, footer
    "de_backofen_full": """\
R Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
R Startseite
R Wohnen
R Garten
R Haushalt
R Rezepte
R Suche
R Startseite › Haushalt › Putzen
T Backofen reinigen: So wird er ohne Chemie wieder sauber
R 15.01.2024
R Anzeige
A Eingebrannte Fettreste im Backofen sind lästig. Mit Hausmitteln bekommen Sie ihn trotzdem sauber, ganz ohne scharfe Reiniger.
A Das brauchen Sie:
A 3 EL Natron
A Wasser
A Essig
A Einen Schwamm
A Einen Teigschaber
A So geht's
A 1. Roste und Bleche herausnehmen.
A 2. Natron mit etwas Wasser zu einer Paste verrühren.
A 3. Die Paste auf die verschmutzten Stellen streichen und über Nacht einwirken lassen.
A 4. Am nächsten Tag mit dem Teigschaber lösen.
A 5. Mit Essigwasser nachwischen.
A Tipp: Eine Schale Wasser mit Zitronensaft bei 120 Grad eine halbe Stunde im Ofen löst leichten Schmutz.
A Das sollten Sie vermeiden
A Keine Stahlwolle verwenden.
A Die Heizstäbe nicht einsprühen.
A Häufige Fragen
A Wie oft sollte man den Backofen reinigen?
A Alle zwei bis drei Monate.
A Hilft die Pyrolyse?
A Ja, wenn Ihr Ofen sie hat.
R War dieser Artikel hilfreich?
R Ja
R Nein
R Das könnte Sie auch interessieren
R Kalk entfernen: Die besten Hausmittel
R Fenster putzen ohne Streifen
R Impressum
R Datenschutz
R Kontakt
R © 2024 Wohnen & Leben Verlag GmbH
""",
    # ===== German parenting advice with one-line tips, as an extractor leaves it
    "de_eltern_schlaf_extract": """\
T Einschlafen ohne Drama: 10 Tipps für Eltern von Kleinkindern
R Von Anna Schmitt
R 3. Februar 2024, 06:00 Uhr
A Wenn das Kind abends nicht ins Bett will, liegen bei vielen Eltern die Nerven blank.
A Kinderärzte raten vor allem zu einem: Routine.
A Die wichtigsten Tipps auf einen Blick:
A Feste Zeiten einhalten.
A Ein Abendritual einführen.
A Eine Stunde vor dem Schlafen keine Bildschirme.
A Das Zimmer abdunkeln.
A Geduldig bleiben.
A Rituale geben Sicherheit
A Ob Vorlesen, Baden oder ein Lied: Wichtig ist, dass das Ritual jeden Abend gleich abläuft.
A Bleiben Sie konsequent
A Kommt das Kind wieder aus dem Bett, bringen Sie es ruhig und ohne viele Worte zurück.
A Teilen Sie sich die Abende.
A Wenn beide Eltern sich abwechseln, hat jeder auch mal einen freien Abend.
A Wann zum Arzt?
A Wenn Ihr Kind über Wochen nachts mehrmals aufwacht und tagsüber müde ist, sprechen Sie mit Ihrer Kinderärztin.
R Mehr zum Thema
R Trotzphase: So bleiben Eltern gelassen
R Schlagwörter: Kleinkind, Schlaf, Erziehung
R Kommentare (12)
""",
    # ===== German money-saving tips with all the visible text
    "de_strom_sparen_full": """\
R Menü
R Ratgeber
R Geld
R Energie
R Versicherungen
R Newsletter
R Anmelden
T Strom sparen: 15 Tipps, mit denen Sie sofort weniger zahlen
R Ratgeber
R Energie
R Von Markus Weber | 20.02.2024
R Teilen
R Drucken
A Ein Zwei-Personen-Haushalt verbraucht im Schnitt rund 2.500 Kilowattstunden Strom im Jahr.
A Mit diesen Tipps lässt sich ein Fünftel davon sparen.
A In der Küche
A Deckel auf den Topf.
A Wasser im Wasserkocher erhitzen.
A Den Kühlschrank auf 7 Grad stellen.
A Im Wohnzimmer
A Steckerleisten mit Schalter nutzen.
A Standby vermeiden.
A LED-Lampen statt Halogen.
A Beim Waschen
A Mit 30 Grad waschen.
A Die Maschine voll beladen.
A Wäsche an der Luft trocknen.
A Tarif vergleichen
A Wer seit Jahren in der Grundversorgung ist, zahlt oft mehrere Hundert Euro zu viel. Ein Wechsel dauert zehn Minuten.
A Checkliste zum Ausdrucken
A Kühlschrank auf 7 Grad
A Standby aus
A LED-Lampen
A Tarif geprüft
R Anzeige
R Jetzt Stromtarife vergleichen
R Newsletter
R Die besten Spartipps jede Woche in Ihrem Postfach.
R E-Mail-Adresse eingeben
R Jetzt anmelden
R Impressum
R Datenschutz
R AGB
R Cookie-Einstellungen
""",
    # ===== French energy-saving tips ("astuces") as an extractor leaves them: numbered headings, an FAQ
    "fr_astuces_energie_extract": """\
T 10 astuces pour réduire sa facture d'électricité cet hiver
R Par Claire Dubois
R Publié le 14/11/2023 à 07h30, mis à jour le 15/11/2023 à 10h12
R Temps de lecture : 3 min
A Avec la hausse des tarifs réglementés, la facture d'électricité pèse de plus en plus lourd dans le budget des ménages.
A Voici dix gestes simples pour la faire baisser.
A 1. Baissez le chauffage d'un degré
A Chaque degré en moins représente environ 7 % d'économie sur le chauffage, selon l'Ademe.
A 2. Éteignez les appareils en veille
A 3. Dégivrez le congélateur.
A 4. Lavez à 30 °C
A 5. Fermez les volets la nuit.
A 6. Programmez le chauffe-eau en heures creuses
A 7. Changez d'ampoules
A Les LED consomment jusqu'à 80 % de moins que les halogènes.
A 8. Couvrez les casseroles.
A 9. Comparez les offres
A 10. Inscrivez-vous au programme de votre fournisseur.
A Certains fournisseurs récompensent les clients qui réduisent leur consommation lors des pics de demande.
A En bref
A Quels appareils consomment le plus ?
A Le chauffage électrique, le chauffe-eau et le réfrigérateur.
A Faut-il débrancher la box la nuit ?
A Oui, si vous n'avez pas de téléphone fixe.
R À lire aussi : Chèque énergie 2024 : qui peut en bénéficier ?
R Partager sur Facebook
R Partager sur X
R Envoyer par e-mail
R Inscrivez-vous à notre newsletter Conso
""",
    # ===== a French gardening guide with all the visible text: "Matériel nécessaire", steps, the calendar, footer
    "fr_potager_full": """\
R Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
R Tout accepter
R Paramétrer
R Accueil
R Jardin
R Potager
R Maison
R Déco
R Recettes
R Accueil > Jardin > Potager
T Comment créer un potager en carré quand on débute
R Par Jean-Marc Lefèvre
R Le 02/04/2024
R Partager
R Épingler
A Le potager en carré est idéal pour les petits espaces : on cultive beaucoup sur peu de surface, sans se casser le dos.
A Matériel nécessaire
A 4 planches de 1,20 m
A Du carton
A Du terreau
A Du compost
A Des ficelles
A Les étapes
A 1. Choisissez un emplacement ensoleillé.
A Il faut au moins six heures de soleil par jour.
A 2. Posez le carton au sol pour étouffer les herbes.
A 3. Montez le cadre.
A 4. Remplissez avec un mélange de terreau et de compost.
A 5. Divisez le carré en neuf cases avec la ficelle.
A Que planter ?
A Des radis, des laitues, des fraisiers, du persil.
A Nos conseils
A Arrosez le matin.
A Paillez en été.
A Tournez les cultures chaque année.
A Le saviez-vous ?
A Un carré de 1,20 m de côté peut nourrir une personne en salade tout l'été.
R Vous aimerez aussi
R Les 10 légumes les plus faciles à cultiver
R Quand semer les tomates ?
R Abonnez-vous à notre newsletter
R Recevez chaque semaine nos conseils de saison.
R Mentions légales
R Politique de confidentialité
R Contact
R © 2024 Jardin Facile
""",
    # ===== French relationship advice as an extractor leaves it: one-line tips, a psychologist's quote
    "fr_couple_conseils_extract": """\
T Couple : 8 conseils pour mieux communiquer au quotidien
R Par Sophie Martin
R Publié le 10 février 2024
A Les disputes tournent souvent autour des mêmes sujets : les tâches ménagères, l'argent, le temps passé ensemble.
A « Ce n'est pas le conflit qui use un couple, c'est la manière de le vivre », explique la psychologue Isabelle Roux.
A Ses conseils :
A Écoutez sans interrompre.
A Parlez en « je », pas en « tu ».
A Partagez les tâches.
A Choisissez le bon moment.
A Évitez les reproches le soir.
A Dites merci.
A Prenez un rendez-vous à deux chaque semaine.
A Consultez si besoin.
A Et si on n'y arrive pas ?
A Une thérapie de couple peut aider, même quelques séances.
A À retenir
A Une bonne communication s'apprend.
R Lire aussi
R Charge mentale : comment la partager enfin
R Cet article vous a-t-il été utile ?
R Oui
R Non
""",
    # ===== Spanish supermarket-saving tips ("trucos") as an extractor leaves them
    "es_supermercado_trucos_extract": """\
T 10 trucos para ahorrar en la compra del supermercado
R Por Lucía Fernández
R Actualizado: 08/03/2024 09:15
A La cesta de la compra se ha encarecido un 30% en dos años, según la OCU.
A Estos trucos te ayudarán a gastar menos sin renunciar a comer bien.
A 1. Haz una lista
A Y cíñete a ella.
A 2. No vayas con hambre.
A 3. Compara el precio por kilo
A 4. Apúntate a la tarjeta de fidelización.
A Muchas cadenas reservan sus mejores descuentos para los socios.
A 5. Compra marca blanca
A 6. Mira en las baldas de abajo
A Los productos más caros se colocan a la altura de los ojos.
A 7. Aprovecha las ofertas 2x1
A Solo si es algo que vas a consumir.
A 8. Cocina en cantidad y congela.
A 9. Compra fruta de temporada
A 10. Revisa el tique.
A Claves
A Planifica los menús de la semana.
A Evita las compras por impulso.
R Te puede interesar
R Cómo ahorrar en la factura de la luz
R Comparte esta noticia
R Facebook
R WhatsApp
R Suscríbete a nuestra newsletter
""",
    # ===== a Spanish packing list with all the visible text: a checklist closing the text, cookie banner, footer
    "es_maleta_full": """\
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
R Inicio
R Destinos
R Escapadas
R Consejos
R Hoteles
R Inicio / Consejos de viaje
T Qué llevar en la maleta de mano: la lista definitiva
R Por Javier Ruiz
R 12 de junio de 2024
R Compartir
A Viajar solo con equipaje de mano ahorra dinero y tiempo en el aeropuerto, pero obliga a elegir bien.
A Esta es la lista que usamos en la redacción.
A Documentación
A DNI o pasaporte
A Tarjeta sanitaria europea
A Tarjeta de embarque
A Ropa
A 3 camisetas
A 2 pantalones
A Un jersey
A Bañador
A Neceser
A Los líquidos, en envases de 100 ml como máximo y en una bolsa transparente.
A Cepillo de dientes
A Protector solar
A Consejos
A Enrolla la ropa en lugar de doblarla.
A Lleva puestos los zapatos más pesados.
A Deja hueco para la vuelta.
A Antes de salir, comprueba:
A Pasaporte
A Cargador
A Llaves
A Cartera
R También te puede interesar
R 15 escapadas baratas por España
R Los mejores seguros de viaje
R Síguenos
R Instagram
R Facebook
R Aviso legal
R Política de privacidad
R Política de cookies
R © 2024 Viajeros S.L.
""",
    # ===== Spanish parenting advice with all the visible text: one-line tips, an FAQ
    "es_crianza_rabietas_full": """\
R Menú
R Embarazo
R Bebés
R Niños
R Familia
R Buscar
T Rabietas: 9 consejos para mantener la calma
R Por Marta Gil, psicóloga infantil
R Actualizado el 05/02/2024
R Compartir en Facebook
R Compartir en WhatsApp
A Las rabietas son normales entre los dos y los cuatro años: el niño aún no sabe gestionar la frustración.
A Lo importante es cómo reaccionan los adultos.
A Qué hacer
A Mantén la calma.
A Agáchate a su altura.
A Nombra la emoción.
A No cedas.
A Ofrece dos opciones.
A Qué evitar
A No grites.
A No lo castigues por llorar.
A Repartid las tareas.
A Si los dos os turnáis, nadie acaba agotado.
A Preguntas frecuentes
A ¿Es normal que tenga rabietas a los cinco años?
A Menos frecuente, pero sí.
A ¿Cuándo consultar?
A Si son muy frecuentes o se hace daño.
R Artículos relacionados
R Cómo poner límites sin gritar
R Quiénes somos
R Contacto
R Aviso legal
R © 2024 Crianza Feliz
""",
    # ===== an Italian cleaning guide ("consigli") as an extractor leaves it
    "it_forno_consigli_extract": """\
T Come pulire il forno in modo naturale: 6 consigli
R di Giulia Romano
R 12 marzo 2024
A Il forno si sporca in fretta, ma non servono prodotti aggressivi per pulirlo.
A Ecco come fare con quello che hai già in casa.
A Cosa ti serve
A Bicarbonato
A Aceto
A Un limone
A Una spugna
A Il procedimento
A 1. Togli le griglie.
A 2. Prepara una pasta di bicarbonato e acqua.
A 3. Stendila sulle pareti e lasciala agire per una notte.
A 4. Rimuovi con la spugna.
A 5. Passa un panno con aceto.
A 6. Lascia il forno aperto per far uscire l'odore.
A Il consiglio in più
A Metti una ciotola d'acqua e limone nel forno a 180 gradi per 20 minuti.
A In sintesi
A Pulisci il forno una volta al mese.
A Evita la paglietta d'acciaio.
R Leggi anche: Come togliere il calcare dal bollitore
R Condividi
R Iscriviti alla newsletter
""",
    # ===== an Italian balcony vegetable-garden guide with all the visible text
    "it_orto_balcone_full": """\
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su Accetta acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Home
R Giardino
R Orto
R Casa
R Ricette
R Home » Orto » Orto sul balcone
T Orto sul balcone: cosa coltivare e come iniziare
R Redazione
R 3 aprile 2024
R Condividi su Facebook
R Condividi su WhatsApp
A Anche pochi metri quadri di balcone bastano per raccogliere insalata, erbe aromatiche e pomodorini.
A Cosa serve
A Vasi profondi almeno 30 cm
A Terriccio per orto
A Argilla espansa
A Un annaffiatoio
A Cosa coltivare
A Basilico
A Lattuga
A Pomodorini
A Peperoncino
A Fragole
A I nostri consigli
A Annaffia la sera.
A Concima ogni due settimane.
A Ruota le colture.
A Domande frequenti
A Quanto sole serve?
A Almeno cinque ore al giorno.
A Si può coltivare in inverno?
A Sì, cavoli e insalate.
R Potrebbe interessarti anche
R Le piante aromatiche più facili da coltivare
R Iscriviti alla newsletter
R Seguici su Instagram
R Chi siamo
R Privacy
R Cookie policy
R P.IVA 01234567890
R © 2024 Casa e Giardino Srl
""",
    # ===== Italian money-saving tips as an extractor leaves them: numbered headings, one-line tips, a checklist
    "it_risparmio_extract": """\
T Risparmiare sulla spesa: 8 trucchi che funzionano davvero
R di Marco Bianchi
R Aggiornato il 20 febbraio 2024 alle 10:30
A Con l'inflazione, fare la spesa costa sempre di più: ecco alcuni trucchi per spendere meno.
A 1. Fai la lista
A 2. Non andare a fare la spesa affamato.
A 3. Iscriviti alla carta fedeltà.
A I soci hanno sconti riservati ogni settimana.
A 4. Confronta il prezzo al chilo
A 5. Compra prodotti di stagione
A 6. Scegli le marche del distributore
A 7. Cucina in anticipo
A 8. Segui la regola del 50/30/20.
A Dividi lo stipendio tra bisogni, desideri e risparmi.
A Da ricordare
A Lista della spesa
A Volantino delle offerte
A Borse riutilizzabili
R Ti potrebbe interessare
R Bollette, come risparmiare sul gas
R Commenti
R Accedi per commentare
""",
    # ===== Portuguese money-saving tips ("dicas") as an extractor leaves them
    "pt_poupar_dicas_extract": """\
T 8 dicas para poupar dinheiro todos os meses
R Por Ana Sousa
R Publicado a 15 de janeiro de 2024 às 09:00
A Poupar não é só para quem ganha muito: o segredo está nos hábitos.
A Reunimos oito dicas simples para começar já este mês.
A 1. Defina um objetivo
A 2. Registe todas as despesas
A 3. Siga a regra 50/30/20.
A Metade do rendimento para necessidades, 30% para desejos e 20% para poupança.
A 4. Cancele as subscrições que não usa.
A 5. Adira ao cartão de cliente.
A 6. Compare tarifários
A 7. Cozinhe em casa
A 8. Automatize a poupança
A Transfira um valor fixo para a conta poupança no dia em que recebe o salário.
A Em resumo
A Pequenos gestos fazem a diferença ao fim do ano.
R Leia também
R Como pedir a revisão do crédito à habitação
R Partilhe este artigo
R Subscreva a nossa newsletter
""",
    # ===== a Portuguese (Brazilian) cleaning guide with all the visible text: "Você vai precisar de", steps, FAQ
    "pt_limpeza_full": """\
R Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
R Aceitar
R Início
R Casa
R Limpeza
R Decoração
R Receitas
R Início > Casa > Limpeza
T Como limpar o sofá de tecido: passo a passo
R Por Fernanda Lima
R 10/03/2024 às 14h20
R Compartilhe
A Manchas e cheiro no sofá? Com produtos simples dá para deixar o estofado limpo de novo.
A Você vai precisar de:
A Bicarbonato de sódio
A Vinagre branco
A Água morna
A Um pano de microfibra
A Uma escova macia
A Passo a passo
A 1. Aspire o sofá.
A 2. Polvilhe bicarbonato e espere 30 minutos.
A 3. Misture vinagre e água morna.
A 4. Esfregue com a escova.
A 5. Seque com o pano.
A Dica: Teste a mistura numa parte escondida antes.
A Perguntas frequentes
A Posso usar água sanitária?
A Não.
A Quanto tempo leva para secar?
A Cerca de seis horas.
R Veja também
R Como limpar o colchão
R Receba nossas dicas por e-mail
R Cadastrar
R Sobre nós
R Anuncie
R Política de privacidade
R © 2024 Casa & Jardim
""",
    # ===== a Dutch tidying listicle as an extractor leaves it: numbered headings, one-line tips
    "nl_opruimen_tips_extract": """\
T 7 tips voor een opgeruimd huis (en hoe je het zo houdt)
R Door Sanne de Jong
R 4 maart 2024, 08:00
A Een rommelig huis geeft onrust, zeggen opruimcoaches. Maar waar begin je?
A 1. Begin klein
A Eén la per dag is genoeg.
A 2. Gebruik de vijfminutenregel
A Kost iets minder dan vijf minuten? Doe het meteen.
A 3. Alles een vaste plek
A 4. Verdeel de klusjes.
A Maak een weekschema voor het hele gezin.
A 5. Eén erin, één eruit
A 6. Schrijf je uit voor reclamemails.
A 7. Ruim op voor het slapen
A Kort samengevat
A Begin klein.
A Houd het vol.
R Lees ook
R Zo maak je je badkamer schoon in tien minuten
R Deel dit artikel
R Reageer
""",
    # ===== a Dutch garden guide with all the visible text: "Dit heb je nodig", steps, FAQ, footer
    "nl_tuin_gazon_full": """\
R Wij gebruiken cookies om je de beste ervaring te geven. Door verder te gaan ga je akkoord met ons cookiebeleid.
R Akkoord
R Instellingen
R Home
R Tuin
R Wonen
R Klussen
R Zoeken
R Home › Tuin › Gazon
T Gazon aanleggen: zo doe je het in 5 stappen
R Door Pieter Bakker
R Bijgewerkt op 12 april 2024
R Delen
A Een nieuw gazon zaaien is goedkoper dan graszoden leggen, maar vraagt wat meer geduld.
A Dit heb je nodig
A Graszaad
A Een hark
A Een spade
A Tuinaarde
A Een tuinslang
A Stap voor stap
A 1. Spit de grond om.
A 2. Verwijder stenen en onkruid.
A 3. Hark de grond vlak.
A 4. Zaai het gras.
A Verdeel het zaad kruislings over de grond.
A 5. Houd de grond vochtig.
A Sproei de eerste weken dagelijks.
A Veelgestelde vragen
A Wanneer zaai je gras?
A In april of september.
A Hoe lang duurt het?
A Na twee weken zie je de eerste sprietjes.
R Meer over tuin
R Moestuin beginnen: de beste tips
R Schrijf je in voor de nieuwsbrief
R Over ons
R Adverteren
R Privacy
R © 2024 Tuin & Wonen
""",
    # ===== Dutch money-saving tips with all the visible text: imperative lines, a checklist closing the text
    "nl_besparen_full": """\
R Menu
R Geld
R Wonen
R Werk
R Consument
R Inloggen
T Zo bespaar je 100 euro per maand: 10 tips
R Geld
R Door Lisa Visser
R 18 januari 2024
R Deel op Facebook
R Deel op WhatsApp
A Veel huishoudens houden aan het eind van de maand weinig over.
A Met deze tips bespaar je zonder veel moeite.
A Vergelijk je energiecontract.
A Zeg abonnementen op die je niet gebruikt.
A Meld je aan voor een klantenkaart.
A Neem lunch mee naar je werk.
A Kook een keer extra en vries in.
A Volg de 50/30/20-regel.
A Zet je spaargeld automatisch opzij.
A Checklist
A Energiecontract vergeleken
A Abonnementen opgezegd
A Budget gemaakt
R Advertentie
R Meer geldtips
R Hoe werkt de zorgtoeslag?
R Ontvang onze nieuwsbrief
R Aanmelden
R Colofon
R Privacy
R Cookies
R © 2024 Geldnieuws
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a how-to whose list of things needed closes the text with a footer of links right under it (no residue
    # another pass took between the last item and the footer's first link)
    "en_need_list_footer_full": """\
R Home
R DIY
R Garden
R Cleaning
R Newsletter
T How to unblock a sink without calling a plumber
R By Dan Hughes
R 2 May 2024
A A blocked kitchen sink is one of the most common household problems, and most blockages can be cleared in half an hour with a few simple tools.
A 1. Pour boiling water down the drain.
A 2. Use a plunger.
A 3. Clean the U-bend.
A Put a bucket under the pipe before you unscrew it.
A 4. Try a drain snake.
A What you'll need:
A A plunger
A Rubber gloves
A A bucket
A An old towel
R Related articles
R How to fix a dripping tap
R How to bleed a radiator
R About us
R Contact
R Privacy policy
R © 2024 Home Fixes Ltd
""",
    # ===== German: a checklist closing the text, the footer's links under the share row; the headings of the sections
    # between the tips (a lone heading between two statements)
    "de_umzug_checkliste_full": """\
R Startseite
R Wohnen
R Umzug
R Finanzen
R Suche
T Umzug planen: So behalten Sie den Überblick
R Von Katrin Vogel
R 10.04.2024
R Teilen
A Ein Umzug kostet Zeit, Geld und Nerven, vor allem wenn die Planung erst wenige Tage vorher beginnt und vieles gleichzeitig erledigt werden muss.
A Drei Monate vorher
A Kündigen Sie die alte Wohnung.
A Holen Sie Angebote von Umzugsfirmen ein.
A Einen Monat vorher
A Beantragen Sie Sonderurlaub.
A Melden Sie Strom und Internet um.
A Am Umzugstag
A Lesen Sie die Zählerstände ab.
A Machen Sie Fotos von der alten Wohnung.
A Checkliste für den Umzugstag
A Schlüssel
A Werkzeugkasten
A Müllsäcke
A Getränke für die Helfer
R Artikel teilen
R Facebook
R WhatsApp
R Impressum
R Datenschutz
R Kontakt
""",
    # ===== French: an FAQ closing the text (its heading under the last tip, its questions and short answers), then
    # the page's FAQ link in the footer among the other links
    "fr_faq_footer_full": """\
R Accueil
R Maison
R Jardin
R Astuces
T Comment enlever une tache de vin rouge sur un tapis
R Par Léa Bernard
R 5 mars 2024
A Une tache de vin rouge sur un tapis clair n'est pas une fatalité si l'on agit vite et avec les bons produits.
A Épongez sans frotter.
A Couvrez de sel ou de bicarbonate.
A Laissez agir une heure.
A Foire aux questions
A Le vinaigre blanc fonctionne-t-il ?
A Oui, dilué dans de l'eau tiède.
A Et sur une tache ancienne ?
A C'est plus difficile, mais le savon noir peut aider.
R Partager
R Qui sommes-nous
R Foire aux questions
R Contact
R Mentions légales
""",
    # ===== Spanish: tips under a heading the teaser table names, a rail's heading over headlines under the text
    "es_consejos_rail_extract": """\
T Cómo ahorrar agua en casa: 8 gestos sencillos
R Por Pablo Moreno
R 22/03/2024
A Una familia de cuatro personas gasta de media unos 500 litros de agua al día, según los datos del Instituto Nacional de Estadística.
A En la cocina
A Llena el lavavajillas.
A No descongeles con agua corriente.
A En el baño
A Dúchate en cinco minutos.
A Cierra el grifo al lavarte los dientes.
A Instala un reductor de caudal.
A Lo que necesitas
A Un reductor de caudal
A Cinta de teflón
A Una llave inglesa
R Te puede interesar
R Cómo bajar la factura de la luz en invierno
R Los mejores electrodomésticos de bajo consumo
""",
    # ===== Italian: tips under "I nostri consigli" (a teaser table's heading), then a rail under "Leggi anche"
    "it_consigli_rail_extract": """\
T Piante da appartamento: come farle sopravvivere alle vacanze
R di Elena Conti
R 15 luglio 2024
A Prima di partire per le vacanze, molti si chiedono come tenere in vita le piante di casa senza chiedere aiuto ai vicini.
A I nostri consigli
A Raggruppa le piante.
A Spostale lontano dalle finestre.
A Usa un sistema a goccia.
A Cosa ti serve
A Bottiglie di plastica
A Uno spago di cotone
A Un catino
R Leggi anche
R Come rinvasare un'orchidea senza farla morire
R Le piante più resistenti per chi non ha il pollice verde
R Condividi
""",
    # ===== Dutch and Portuguese: a packing list between two tips (items and their headings), a footer blurb under
    # its links
    "nl_paklijst_extract": """\
T Paklijst voor een weekend weg: dit neem je mee
R Door Eva Jansen
R 1 juni 2024
A Voor een weekendje weg heb je minder nodig dan je denkt, als je de juiste dingen inpakt en je kleding goed combineert.
A Pak alles in één tas.
A Kleding
A Twee shirts
A Een trui
A Regenjas
A Toilettas
A Tandenborstel
A Zonnebrand
A Rol je kleding op.
A Zet je paklijst in je telefoon.
A Voor vertrek
A Paspoort
A Sleutels
A Oplader
R Deel dit artikel
R Lees ook
R Zo pak je slim je koffer voor een vliegreis
""",
    "pt_mala_full": """\
R Início
R Viagens
R Destinos
R Dicas
T O que levar na mala de mão: a lista completa
R Por Rita Almeida
R 20 de maio de 2024
R Partilhar
A Viajar só com bagagem de mão poupa dinheiro e tempo no aeroporto, mas obriga a escolher bem o que se leva na mala.
A Enrole a roupa em vez de a dobrar.
A Documentos
A Cartão de cidadão
A Cartão de embarque
A Seguro de viagem
A Leve os sapatos mais pesados no corpo.
A Antes de sair
A Passaporte
A Carregador
A Chaves
R Leia também
R As melhores praias para visitar em junho
R Sobre nós
R Contactos
R Política de privacidade
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a blog's byline glued to its category ("Posted by Emma | Travel tips"): the category alone reads as a heading
    "en_packing_list_extract": 1,
    # a list page of short tips, no sentence of the anchor's length (eleven words at most): edge-furniture leaves the
    # text alone, its menu, section names, rail and footer's "Cookies" with it (the safe side)
    "nl_besparen_full": 8,
    # a page whose few function words tell no language (its Dutch tables unread: the share row's "Deel dit artikel"
    # and the rail's "Lees ook" run on as the closing checklist's items, short lines no other pass took), and its
    # byline under the headline, a run of two (as on main)
    "nl_paklijst_extract": 3,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a how-to per language, the residue line put before or after them
TEXT = {
    "en": [
        "A blocked kitchen sink is one of the most common household problems, and most blockages can be cleared in half an hour.",
        "Start with boiling water, then try a plunger before you reach for chemical drain cleaners, which can damage old pipes.",
        "If the water still will not drain after that, the blockage is probably in the U-bend under the sink.",
    ],
    "de": [
        "Ein verstopfter Abfluss in der Küche gehört zu den häufigsten Problemen im Haushalt, lässt sich aber meist schnell lösen.",
        "Versuchen Sie es zuerst mit heißem Wasser und einer Saugglocke, bevor Sie zu chemischen Reinigern greifen.",
        "Läuft das Wasser danach immer noch nicht ab, sitzt die Verstopfung wahrscheinlich im Siphon unter dem Becken.",
    ],
    "fr": [
        "Un évier bouché fait partie des petits soucis les plus fréquents de la maison, mais il se débouche souvent en une demi-heure.",
        "Commencez par de l'eau bouillante, puis essayez la ventouse avant de recourir aux produits chimiques, qui abîment les tuyaux.",
        "Si l'eau ne s'écoule toujours pas, le bouchon se trouve sans doute dans le siphon sous l'évier.",
    ],
    "es": [
        "Un fregadero atascado es uno de los problemas domésticos más habituales, pero casi siempre se soluciona en media hora.",
        "Empieza con agua hirviendo y prueba después con un desatascador antes de usar productos químicos, que dañan las tuberías.",
        "Si el agua sigue sin bajar, el atasco está probablemente en el sifón que hay debajo del fregadero.",
    ],
    "it": [
        "Un lavandino intasato è uno dei problemi domestici più comuni, ma nella maggior parte dei casi si risolve in mezz'ora.",
        "Comincia con acqua bollente e prova poi con una ventosa prima di ricorrere ai prodotti chimici, che rovinano i tubi.",
        "Se l'acqua continua a non defluire, l'ostruzione si trova probabilmente nel sifone sotto il lavello.",
    ],
    "pt": [
        "Um lava-loiça entupido é um dos problemas domésticos mais comuns, mas quase sempre se resolve em meia hora.",
        "Comece com água a ferver e experimente depois um desentupidor antes de usar produtos químicos, que estragam os canos.",
        "Se a água continuar sem escoar, o entupimento está provavelmente no sifão por baixo do lava-loiça.",
    ],
    "nl": [
        "Een verstopte gootsteen is een van de meest voorkomende problemen in huis, maar meestal ben je er binnen een halfuur vanaf.",
        "Begin met kokend water en probeer daarna een ontstopper voordat je chemische middelen gebruikt, die oude leidingen aantasten.",
        "Loopt het water daarna nog steeds niet weg, dan zit de verstopping waarschijnlijk in de sifon onder de gootsteen.",
    ],
}

#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Did this article help you?", "feedback-prompt"),
    ("en", "Did this guide help you? Yes No", "feedback-prompt"),
    ("en", "This article has been viewed 412,338 times.", "dateline"),
    ("en", "Join 200,000 readers who get our best advice every Sunday.", "newsletter-prompt"),
    ("en", "Join 50k+ parents who get our weekly tips.", "newsletter-prompt"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Did this article help you? We asked 500 readers that question in May, and two thirds said it did."),
    ("en", "This article has been viewed 412,338 times, the site's editor said, more than any other guide it published."),
    ("en", "Things you'll need for the job are a plunger, rubber gloves and a bucket, the plumber told us."),
    ("en", "Before you leave the house, check that the windows are shut and the oven is off, police advise."),
    ("en", "Your budget checklist should include rent, council tax and energy bills, the charity says."),
    ("en", "Join 200,000 readers who say the paper changed their mind about the bridge, the editor wrote in March."),
    ("de", "Das brauchen Sie nicht zu kaufen: Natron und Essig stehen in fast jedem Küchenschrank, sagt die Expertin."),
    ("de", "Die Checkliste zum Ausdrucken hat der Verband im Januar veröffentlicht, sie umfasst zwanzig Punkte."),
    ("fr", "Le matériel nécessaire tient dans une caisse à outils, explique l'artisan, qui travaille seul depuis dix ans."),
    ("fr", "Avant de partir, vérifiez que le gaz est coupé et que les fenêtres sont fermées, conseille la gendarmerie."),
    ("es", "Lo que necesitas es paciencia y un buen desatascador, explica el fontanero, que lleva veinte años en el oficio."),
    ("es", "Antes de salir de viaje conviene revisar el pasaporte, recuerda la policía en su campaña de verano."),
    ("it", "Cosa ti serve per iniziare? Poco: un vaso, del terriccio e qualche seme, spiega la vivaista."),
    ("it", "Da ricordare, secondo gli esperti, è soprattutto la regola delle tre ore dopo il pasto."),
    ("pt", "Você vai precisar de paciência e de um bom desentupidor, explica o canalizador com vinte anos de profissão."),
    ("pt", "Antes de sair de casa, confirme que o gás está desligado, aconselha a proteção civil."),
    ("nl", "Dit heb je nodig om te beginnen: een spade, een hark en wat geduld, zegt de hovenier."),
    ("nl", "De paklijst voor de reis telde meer dan dertig punten, vertelt de reisleider lachend."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def _kept(page: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines of ``page`` the cleaning takes, and its removals."""
    result = cleaner.explain_text("\n".join(page))
    return lost([line for line in page if line], result), removed(result)


_HEAD = ["Home", "DIY", "Garden", "Cleaning", "Newsletter", "How to unblock a kitchen sink"]
_FOOTER = ["About us", "Careers", "Contact", "Privacy policy", "Terms of use"]


def test_a_howtos_list_of_things_needed_closing_the_text_stays_over_the_footer() -> None:
    # edge-furniture (edge_howto.howto_lists): the heading and its items under the text's last line; the footer under
    # them goes
    need = ["What you'll need", "A plunger", "Rubber gloves", "A bucket"]
    lost_lines, gone = _kept([*TEXT["en"], *need, "Share this article", *_FOOTER])
    assert lost_lines == ["Share this article", *_FOOTER], gone
    need = ["Dit heb je nodig", "Een spade", "Een hark", "Tuinaarde"]
    lost_lines, gone = _kept([*TEXT["nl"], *need, "Deel dit artikel", "Over ons", "Adverteren", "Privacy", "Contact"])
    assert [line for line in need if line in lost_lines] == [], gone


def test_a_footers_links_under_a_heading_still_go() -> None:
    # (a footer's heading names no list of things: "Quick links" over its links, "Checklist" under the share row)
    for tail in (["Quick links", "Home", "Garden", "Cleaning", "Contact"], ["Share this article", "Checklist", "Home", "About", "Contact"]):
        lost_lines, gone = _kept([*TEXT["en"], *tail])
        assert lost_lines == tail, gone


def test_a_lone_heading_between_two_tips_stays() -> None:
    # edge-furniture (edge_howto.enclosed_runs): a section's heading between the article's statements, in the head
    # and in the tail
    tips = ["Tips", "Repot in spring or early summer.", "Keep the plant out of direct sun for a week."]
    lost_lines, gone = _kept([*_HEAD, *TEXT["en"], *tips, *_FOOTER])
    assert lost_lines == [*_HEAD, *_FOOTER], gone
    page = ["Strom sparen: 15 Tipps", "Mit diesen Tipps lässt sich ein Fünftel davon sparen.", "In der Küche", "Deckel auf den Topf.", "Wasser im Wasserkocher erhitzen.", *TEXT["de"]]
    lost_lines, gone = _kept(page)
    assert "In der Küche" not in lost_lines, gone


@pytest.mark.parametrize(
    ("module", "key", "line", "nth"),
    [("test_lang_de_2", "naive_events", "Veranstaltung melden", 0), ("test_sport31", "de_bundesliga_full", "Tabelle", 1)],
)
def test_a_button_under_its_question_or_a_tables_heading_under_its_data_still_goes(
    module: str, key: str, line: str, nth: int
) -> None:
    # (a lone line under a question is its button: "Sie möchten Ihre Veranstaltung hier veröffentlichen?" over
    # "Veranstaltung melden"; under a row of data, "Zuschauer: 30.210 (ausverkauft)", a table's heading: the older
    # probes' pages)
    rows = parse(importlib.import_module(module).CASES[key])
    at = [n for n, (_tag, text) in enumerate(rows, start=1) if text == line][nth]
    result = cleaner.explain_text("\n".join(text for _tag, text in rows))
    assert any(r.start_line <= at <= r.end_line and r.pass_name == "edge-furniture" for r in result.removed)


def test_a_heading_over_a_reviewers_name_still_goes() -> None:
    # (over "Marie L.", a reviewer's name closing on an initial, "Avis clients" heads the shop's reviews)
    page = [*TEXT["fr"], "Avis clients", "Marie L.", "Très bonne cafetière, le café reste chaud longtemps.", "Cet avis vous a-t-il été utile ? Oui (12) Non (1)", "Paiement sécurisé", "Service client", "Mentions légales"]
    lost_lines, gone = _kept(page)
    assert "Avis clients" in lost_lines, gone


def test_a_packing_lists_items_between_two_tips_stay() -> None:
    # edge-furniture (edge_howto.enclosed_runs): on a how-to's page (a list kept under its heading), the items and their
    # headings between two of its statements
    items = ["Toothbrush", "Sunscreen", "Tech", "Phone charger", "Power bank", "Documents", "Passport"]
    page = [*TEXT["en"], "Keep liquids under 100ml.", *items, "Pack the night before.", "Before you leave", "Keys", "Wallet", "Pin this post", *_FOOTER]
    lost_lines, gone = _kept(page)
    assert lost_lines == ["Pin this post", *_FOOTER], gone


def test_a_run_under_a_link_or_with_a_handle_still_goes() -> None:
    # (a post's tags and its author's handle under its last link, over the site's blurb: no how-to's items)
    steps = ["1) Taboo", "http://amzn.to/2hYjEj6", "2) Monopoly", "http://amzn.to/2jRvThQ", "3) Labirinto Magico", "http://amzn.to/2A6mxCW"]
    page = [*TEXT["it"], *steps, "Amazonblack FridayNataleregali", "rmb8090", "Siamo un memorabilia del meglio dei fantastici 80/90!", "Lascia un commento", "Devi essere connesso per inviare un commento."]
    lost_lines, gone = _kept(page)
    assert "Amazonblack FridayNataleregali" in lost_lines and "rmb8090" in lost_lines, gone


def test_an_faq_heading_over_its_question_and_answer_stays() -> None:
    # site-chrome (edge_howto.faq_heading): the heading the chrome table names, under the text's statement, over a
    # question and its answer; the footer's link of the same words still goes
    faq = ["Preguntas frecuentes", "¿Cuándo consultar?", "Si son muy frecuentes o se hace daño."]
    footer = ["Quiénes somos", "Preguntas frecuentes", "Contacto", "Aviso legal"]
    result = cleaner.explain_text("\n".join([*TEXT["es"], *faq, *footer]))
    assert result.text.split("\n") == [*TEXT["es"], *faq], removed(result)


def test_a_menus_link_over_a_headline_or_a_price_over_a_question_still_goes() -> None:
    # (a menu's link stands under no statement; a shop's price button holds a figure)
    page = ["Yazarlar", "Tüm yazıları", "Emeklinin bayram ikramiyesi ne olacak?", "Ayşe Demir", "Bayram yaklaşırken milyonlarca emeklinin aklındaki tek soru ikramiyenin artıp artmayacağı ve ne kadar olacağı."]
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert ("site-chrome", "Tüm yazıları") in gone, gone
    page = [*TEXT["fr"], "Note : 4/5", "199 € chez Cdiscount", "Comment choisir son aspirateur balai ?", "L'autonomie annoncée correspond au mode le plus faible."]
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert ("site-chrome", "199 € chez Cdiscount") in gone, gone


def test_tips_under_a_teaser_tables_heading_stay() -> None:
    # teaser-box (edge_howto.tips_under): "I nostri consigli" over short statements; a rail's heading over headlines,
    # or over a blurb of two sentences, still goes
    tips = ["I nostri consigli", "Raggruppa le piante.", "Spostale lontano dalle finestre.", "Usa un sistema a goccia."]
    rail = ["Leggi anche", "Come rinvasare un'orchidea senza farla morire", "Le piante più resistenti per chi non ha il pollice verde"]
    lost_lines, gone = _kept([*TEXT["it"], *tips, *rail])
    assert lost_lines == rail, gone
    page = [*TEXT["en"], "Top Stories", "Politics happens. Stay current with NR Daily.", "Get our analysis delivered right to you. No charge."]
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert any(text == "Top Stories" for _p, text in gone), gone


def test_a_howtos_list_between_two_paragraphs_stays_and_a_menu_there_goes() -> None:
    # edge-furniture's long run between paragraphs (edge_howto.howto_run) and detached-blocks (howto_gap): a list of
    # things needed under its heading, the steps and the text going on under it
    need = ["Cosa ti serve", "Bicarbonato", "Aceto", "Un limone", "Una spugna", "Il procedimento", "1. Togli le griglie.", "2. Prepara una pasta di bicarbonato e acqua."]
    page = [TEXT["it"][0], *need, *TEXT["it"][1:]]
    lost_lines, gone = _kept(page)
    assert lost_lines == [], gone
    menu = ["Home", "Giardino", "Orto", "Casa", "Ricette", "Contatti"]
    lost_lines, gone = _kept([TEXT["it"][0], *menu, *TEXT["it"][1:]])
    assert lost_lines == menu, gone


def test_a_howtos_tips_under_its_list_are_no_detached_block() -> None:
    # detached-blocks (edge_howto.howto_gap): the tips and warnings under "Things You'll Need" and its items stay
    page = [*TEXT["en"], "Things You'll Need", "A pot with drainage holes", "Fresh potting mix", "Clean scissors", "Gloves", "Tips", "Keep the plant out of direct sun for a week afterwards.", "Warnings", "Do not fertilize the plant for at least four weeks."]
    lost_lines, gone = _kept(page)
    assert lost_lines == [], gone


if __name__ == "__main__":
    report(CASES)
