# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""food43: a probe of food and drink journalism, scraped as text (half as an extractor leaves it, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: restaurant reviews with their facts box (address,
prices, opening hours, a score), recipes as articles (ingredients, numbered steps), wine and beer tasting notes, a
chef profile, food-safety recall news, a supermarket price story, a market and a bakery feature.

- the article (``A``): the facts box's lines ("Prices: starters £8-£12", "Öffnungszeiten: Di-Sa 18-23 Uhr", "Note :
  15/20", "Cijfer: 8"), the ingredients ("200 g Zucker", "1 pincée de sel", "Pepe nero q.b."), numbered steps and
  their headings ("Étape 1"), tasting notes ("Nose: cherry, violet", "Nez : poire", "Geur: grapefruit"), a dish list
  with prices, a recall's product list, one-line quotes and answers;
- the residue (``R``): "Jump to Recipe", "Print Recipe", "Pin this recipe", "Rate this recipe", star-rating widgets
  ("4.86 from 212 votes", "4,7 (1.283 Bewertungen)"), "Save"/"Rezept speichern"/"Ajouter à mes favoris", "Réserver une
  table", "Buy now", "You might also like" rails, comments with readers' "Made this tonight!", newsletter boxes, share
  rows, menus, footers, cookie notices;
- ``T``: headlines, a section's name over them, a recipe card's "Course:"/"Cuisine:"/"Keyword:".

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 310 ``A`` lines, 329
  ``R``, 31 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages (2 extracts, 4 full pages), 73 ``A``, 65 ``R``, 6 ``T``: a wine
  guide's bare scores between its notes and closing them under a slideshow's first counter (fr), a critic's marks out
  of 100 over a shop's button (en), a recipe's difficulty, cost, servings and time under the print button (it, es, nl),
  a tabloid's stamp with its update over a slideshow's series of counters (en), the tables' residue lines.

Measured on main 2ab0a12: round 1 lost 5, left 14; round 2 lost 12, left 6. The losses: a wine column's scores alone on
their lines ("16/20", "15,5/20", "95/100": site-chrome's slideshow counter, then edge-furniture's tail run with the
price "17 €" over the next notes), a recipe's difficulty, cost, servings and time alone on their lines under the print
button ("Facile", "Bon marché", "Fácil", "Económico", "6 raciones", "50 min", "4 persone": edge-furniture's head run;
"4 personen" and "30 minuten" too on the Dutch extract once its rating widget went). Left: a Dutch recipe's rating
widget ("4,5 sterren (312 beoordelingen)") and its head and tail ("Recept", "Meer recepten" and its teaser,
"Reacties", "Wil je reageren? Log dan in."), a tabloid's stamp with its update ("09:15, 4 Mar 2024 Updated 11:02, 4 Mar
2024"), a call to follow the outlet's WhatsApp channel, a reader's comment ("¡La hice ayer y quedó perfecta!"), a
columnist's book plug and podcast line, a tags box, a teaser's headline.

After: round 1 lost 0, left 6; round 2 lost 0, left 3 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_food.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``score_in_text`` (site-chrome's keep guard): a bare mark out of 10, 20 or 100 ("16/20", "15,5/20", "95/100") under
  a kept line the pass did not take is a review's score; a slideshow's first counter ("1/10") and a series counting up
  by one ("2/10", "3/10", "4/10") still go (tests both ways). With the scores kept, consumer40's ``test_entries`` keeps
  the tail's chain of notes and scores (the price "17 €" with them).
- ``recipe_head`` (edge-furniture's guard at the head): under the last line another pass took (the print button, the
  rating widget; or the page's first line on a second cleaning), the kept lines right over the first paragraph that are
  each a recipe's fact (a short line with a figure, or a word of the new table ``structure.recipe_fact``: "Facile",
  "Bon marché", "Fácil", "Makkelijk") stay when three quantities ("500 g boerenkool") follow among the next twelve kept
  lines. The menu over the title goes as before; difficulty words over a story with no ingredients, and a menu item
  among the facts, still go (tests).
- tables, each in a ``# food43:`` block at its list's end: nl ``widgets.chrome`` a recipe's rating widget ("4,5 sterren
  (312 beoordelingen)") and a shop button ("Koop bij de bierwinkel"); nl ``comments.section_start`` "Wil je reageren?
  Log dan in."; en ``metadata.dateline`` a tabloid's stamp with its update ("09:15, 4 Mar 2024 Updated 11:02, 4 Mar
  2024"); es ``promos.cta`` a call to follow the outlet's own channel ("Sigue toda la información de última hora en
  nuestro canal de WhatsApp"); en ``widgets.chrome`` "Shop these wines"; ``promos.box_heading`` in en, de, fr, es,
  it, pt, nl a recipe site's box of its other recipes ("More recipes", "Ähnliche Rezepte", "Recettes similaires",
  "Recetas relacionadas", "Ricette correlate", "Receitas relacionadas", "Meer recepten": over two headlines or more);
  the family's new table ``structure.recipe_fact`` (read only by ``recipe_head``: no line goes because it matches).
  Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_food43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a broadsheet's restaurant review as an extractor leaves it: the facts box under the text, a score
    "en_restaurant_review_extract": """\
T Marrow, London E8: 'Bone marrow on toast that makes you forget your manners' – restaurant review
R Grace Dent
R Fri 8 Mar 2024 06.00 GMT
A There is a particular silence that falls over a table when the bone marrow arrives at Marrow, a narrow room on a Hackney side street that used to be a launderette.
A The marrow comes split lengthways, roasted until it wobbles, with a heap of parsley and caper salad and two slabs of sourdough toast.
A You scoop, you spread, you salt. Then you do it again.
A The menu is short and changes daily. Starters run from smoked eel with horseradish to a plate of pickled vegetables that tastes of late summer.
A Mains are heartier: a pork chop the size of a paperback, hake with brown shrimp butter, and a pie for two that needs booking in advance.
A "We buy whole animals and use everything," says chef-owner Tom Hargreaves. "The menu is whatever is left on the carcass."
A Puddings are old-fashioned and excellent. The treacle tart alone is worth the bus journey.
A Service is warm, if a little stretched on a Friday night, and the wine list is short, mostly natural and fairly priced.
A Marrow, 12 Mare Street, London E8 (020 7946 0321). Open Tues-Sat, lunch noon-3pm, dinner 6-10pm.
A Prices: starters £8-£12, mains £18-£26, desserts £7.50.
A Food 9/10
A Atmosphere 8/10
A Service 7/10
R Grace Dent's new book, Comfort Eating, is published by Guardian Faber. To support the Guardian, order your copy at guardianbookshop.com. Delivery charges may apply.
R Listen to Grace's Comfort Eating podcast.
R Explore more on these topics
R Restaurants
R Food
R London
R Share
R Reuse this content
""",
    # ===== a food blog's recipe page with all its visible text =====
    "en_recipe_blog_full": """\
R Home
R Recipes
R Dinner
R Desserts
R About
R Shop
R Search
R Subscribe
T Easy One-Pot Lemon Chicken Orzo
R By Sarah Whitfield
R Published: March 3, 2024 · Updated: March 5, 2024
R This post may contain affiliate links. Please read our disclosure policy.
R Jump to Recipe
R Print Recipe
R 4.86 from 212 votes
A This one-pot lemon chicken orzo is the dinner I make when the fridge is nearly empty and everyone is hungry by six.
A The orzo cooks right in the stock, soaking up all the flavour from the browned chicken, and it is done in about thirty minutes.
A Why you'll love this recipe
A It uses one pan, so there is very little washing up.
A It is easy to double for a crowd.
A Leftovers keep well for three days in the fridge.
R Pin this recipe for later!
A Ingredients
A 500 g boneless chicken thighs
A 1 tbsp olive oil
A 1 onion, finely chopped
A 2 garlic cloves, crushed
A 300 g orzo
A 900 ml chicken stock
A 1 lemon, zest and juice
A 100 g baby spinach
A Salt and pepper, to taste
A Instructions
A 1. Season the chicken and brown it in the oil over a medium-high heat, about 4 minutes a side. Set aside.
A 2. Soften the onion in the same pan for 5 minutes, then add the garlic.
A 3. Stir in the orzo and stock, return the chicken and simmer for 12 minutes, stirring often.
A 4. Add the lemon zest, juice and spinach and cook until the spinach wilts.
A Serve hot.
A Notes
A You can use chicken breast instead, but reduce the cooking time by a couple of minutes.
T Course: Main Course
T Cuisine: Mediterranean
T Keyword: chicken orzo, one pot
A Prep Time: 10 minutes
A Cook Time: 25 minutes
A Servings: 4
A Calories: 520kcal
R Tried this recipe? Mention @sarahskitchen or tag #sarahskitchen!
R Rate this recipe
R You might also like
R Creamy Tuscan Chicken
R 20-Minute Garlic Prawns
R Comments
R Jenny says
R March 6, 2024 at 7:12 pm
R Made this tonight! My kids asked for seconds.
R Reply
R Mark says
R March 7, 2024 at 9:03 am
R Can I freeze it?
R Reply
R Leave a Comment
R Your email address will not be published. Required fields are marked *
R © 2024 Sarah's Kitchen. All rights reserved.
R Privacy Policy
R We use cookies to ensure that we give you the best experience on our website.
R Accept
""",
    # ===== a wine column's tasting notes as an extractor leaves them
    "en_wine_notes_extract": """\
T Five spring reds to drink now
R By Jancis Marlow
R 5 April 2024
A Spring is the season for lighter reds, the kind you can chill for twenty minutes and drink with grilled fish as happily as with lamb.
A These five all come in under £20 and are widely available.
A Domaine Lafond Beaujolais-Villages 2022
A £12.99, Waitrose; 13%
A Nose: cherry, violet, a little pepper.
A Palate: juicy and bright, with soft tannins.
A Drink with: charcuterie or roast chicken.
A Score: 16.5/20
A Bodega Alta Mencía 2021
A £15.50, Majestic; 13.5%
A Nose: blackberry, leather, graphite.
A Palate: savoury, with a long, dry finish.
A Score: 17/20
A Tenuta Verde Frappato 2022
A £18, The Wine Society; 12.5%
A Pale and perfumed, with strawberry and orange peel. Serve lightly chilled.
A Score: 16/20
R Buy now
R Sign up for our weekly wine newsletter
R Enter your email address
R Subscribe
""",
    # ===== a food-safety recall story on a news site, all visible text
    "en_recall_news_full": """\
R Skip to content
R News
R UK
R Business
R Health
R Food
R Log in
T Supermarket recalls chicken sandwiches over listeria fears
R By Food correspondent
R Published 12 March 2024, 14:20 GMT
R Share
R Save
A A supermarket chain has recalled several of its own-brand chicken sandwiches because they may contain listeria.
A The Food Standards Agency (FSA) said the products affected were:
A Chicken & Bacon Sandwich, 220g, use by 14 March 2024
A Chicken Caesar Wrap, 210g, use by 15 March 2024
A Chicken Salad Sandwich, 195g, use by 14 March 2024
A Symptoms caused by listeria can be similar to flu and include a high temperature, aches, chills, nausea and diarrhoea.
A Customers who have bought the products are advised not to eat them and to return them to the store for a full refund.
A "We apologise to our customers for any inconvenience," a spokesperson said.
A No other products are known to be affected.
R Related Topics
R Food safety
R Supermarkets
R More on this story
R Bakery recalls bread over plastic pieces
R Published 2 days ago
R Top Stories
R Interest rates held at 5.25%
R Home
R News
R Sport
R Weather
R Terms of Use
R About the BBC
R Privacy Policy
R Cookies
R Copyright © 2024 BBC. The BBC is not responsible for the content of external sites.
""",
    # ===== a chef profile on a magazine page, all visible text
    "en_chef_profile_full": """\
R Menu
R Eat
R Drink
R Travel
R People
R Newsletter
R Search
T People
T 'I cook what my grandmother cooked': meet the chef reviving Lagos street food in Manchester
R Words by Tunde Okafor
R Photography by Ella Price
R 14 February 2024
R 7 min read
A Adaeze Nwosu was nineteen when she left Lagos for a catering course in Manchester, with a suitcase, a sack of dried crayfish and her grandmother's recipe for pepper soup.
A Twenty years later, her restaurant Buka has a queue down the street most nights and a Michelin Bib Gourmand on the wall.
A "People told me nobody would pay for suya," she says. "Now they book three weeks ahead."
A Her menu is short:
A Suya skewers, £9
A Pepper soup with goat, £11
A Jollof rice with plantain, £14
A Puff-puff with chilli honey, £6
A She still makes the spice mix herself, every Monday, in a shed behind the kitchen.
A "That's the one job I won't give anyone," she says. "It's the whole restaurant."
A Buka, 40 Oldham Street, Manchester. Open Wed-Sun from 5pm.
R Share this article
R Facebook
R Twitter
R Pinterest
R Email
R More from People
R The baker who gave up banking for sourdough
R Inside the last pie shop in Bolton
R Get the best food stories in your inbox
R Sign up
R About us
R Advertise
R Contact
R © 2024 Eat Magazine Ltd
""",
    # ===== a supermarket price story as an extractor leaves it
    "en_supermarket_prices_extract": """\
T Price of a cup of tea up 40% in two years as milk and sugar soar
R By Helen Marsh, Consumer Affairs Editor
R 09:15, 4 Mar 2024 Updated 11:02, 4 Mar 2024
A The cost of a cup of tea made at home has risen by almost 40% in two years, according to new figures from a consumer group.
A It compared the price of the same basket of goods at the four biggest supermarkets in February 2022 and February 2024.
A Teabags, 80 pack: £2.20, up from £1.60
A Semi-skimmed milk, 4 pints: £1.65, up from £1.15
A Granulated sugar, 1kg: £1.35, up from 75p
A "It is the small staples that hurt the most," said the group's spokeswoman. "People notice every time they shop."
A The supermarkets said prices had started to fall in recent months.
R Read more: The cheapest supermarket in February revealed
R Do you have a story? Email us at money@example.co.uk
R Comments
R Join the conversation
""",
    # ===== a German recipe site's page as an extractor leaves it: ingredients in short lines
    "de_rezept_extract": """\
T Omas Apfelkuchen vom Blech
R Rezept von backliesel
R 4,7 (1.283 Bewertungen)
R Rezept speichern
R Drucken
R Teilen
A Arbeitszeit ca. 30 Minuten
A Backzeit ca. 40 Minuten
A Dieser Apfelkuchen ist der Klassiker aus Omas Küche: saftig, mit viel Obst und einer dünnen Schicht Streusel.
A Zutaten
A 250 g Butter, weich
A 200 g Zucker
A 1 Pck. Vanillezucker
A 4 Eier
A 400 g Mehl
A 1 Pck. Backpulver
A 2 EL Milch
A 1,5 kg Äpfel
A 1 Prise Zimt
A Zubereitung
A 1. Butter, Zucker und Vanillezucker schaumig schlagen, die Eier einzeln unterrühren.
A 2. Mehl mit Backpulver mischen und mit der Milch unter den Teig rühren.
A 3. Teig auf einem gefetteten Blech verstreichen. Äpfel schälen, in Spalten schneiden und darauf verteilen.
A 4. Bei 180 Grad Umluft etwa 40 Minuten backen.
A Tipp: Mit Schlagsahne servieren.
R Kommentare (84)
R hexle63
R 12.03.2024 18:40
R Super lecker, habe statt Äpfeln Zwetschgen genommen!
R Antworten
R Das könnte Sie auch interessieren
R Schneller Zupfkuchen
""",
    # ===== a German city paper's restaurant review, all visible text
    "de_restaurantkritik_full": """\
R Zum Inhalt springen
R Startseite
R Stadt
R Region
R Sport
R Kultur
R Genuss
R Abo
R Anmelden
T Genuss
T Restaurantkritik: Im „Fährhaus“ schmeckt die Elbe nach Sommer
R Von Katrin Vogel
R 08.03.2024, 17:00 Uhr
R Lesezeit: 4 Min.
R Artikel teilen
A Wer im „Fährhaus“ am Fenster sitzt, sieht die Containerschiffe so nah vorbeiziehen, dass man die Namen am Heck lesen kann.
A Küchenchef Jan Petersen kocht norddeutsch, aber ohne Schwere: Der Matjes kommt mit Apfel-Gurken-Salat und Dill, die Scholle mit Speck und Krabben.
A Die Portionen sind großzügig, die Preise für die Lage fair.
A „Wir kaufen den Fisch morgens am Hafen“, sagt Petersen. „Was nicht da ist, steht nicht auf der Karte.“
A Unser Fazit: Ein Ort für lange Sommerabende.
A Fährhaus
A Elbchaussee 12, 22763 Hamburg
A Öffnungszeiten: Di-Sa 18-23 Uhr, So 12-21 Uhr
A Preise: Vorspeisen 9-16 Euro, Hauptgerichte 22-34 Euro
A Küche: 4 von 5 Sternen
A Service: 3 von 5 Sternen
A Ambiente: 5 von 5 Sternen
R Mehr zum Thema
R Die besten Fischbrötchen der Stadt
R Neues Café im Schanzenviertel eröffnet
R Impressum
R Datenschutz
R AGB
R Cookie-Einstellungen
R © Hamburger Stadtzeitung 2024
""",
    # ===== a German bakery feature as an extractor leaves it
    "de_baeckerei_extract": """\
T Die letzte Bäckerei im Viertel
R Von Thomas Weber
R 15.02.2024 um 06:30 Uhr
R Anzeige
A Um drei Uhr morgens brennt in der Backstube von Bäckermeister Klaus Huber schon Licht.
A Seit 42 Jahren steht er hier, erst mit seinem Vater, jetzt mit seiner Tochter.
A Das Sortiment ist überschaubar:
A Roggenbrot, 1 kg – 4,80 Euro
A Dinkelbrötchen – 0,75 Euro
A Laugenbrezel – 0,90 Euro
A Bienenstich, Stück – 3,20 Euro
A „Mehr brauchen die Leute nicht“, sagt Huber.
A Die Energiekosten haben sich für ihn seit 2021 fast verdoppelt. Aufgeben will er trotzdem nicht.
A Geöffnet ist Montag bis Samstag von 6 bis 13 Uhr.
R Mehr aus München
R Newsletter abonnieren
R Jetzt kostenlos anmelden und keine Nachricht mehr verpassen.
""",
    # ===== a French weekly's restaurant review as an extractor leaves it
    "fr_critique_restaurant_extract": """\
T Le Petit Zinc : une cuisine de bistrot qui ne triche pas
R Par François Simon
R Publié le 07/03/2024 à 12h00
A Derrière la vitrine un peu défraîchie se cache l'une des meilleures adresses du onzième arrondissement.
A On y mange un œuf mayonnaise d'école, un pâté en croûte généreux et une côte de veau servie rosée, avec des frites maison.
A Le chef, Julien Moreau, passé par plusieurs grandes maisons, revendique une cuisine « sans chichis ».
A Les desserts ? Une île flottante et un riz au lait, tout simplement parfaits.
A On a aimé : la carte des vins, courte et bien choisie.
A On a moins aimé : le bruit le samedi soir.
A Le Petit Zinc, 18 rue de la Roquette, 75011 Paris.
A Tél. : 01 43 55 12 34.
A Fermé dimanche et lundi.
A Menu déjeuner : 24 €. À la carte : 45 € environ.
A Note : 15/20
R Réserver une table
R Lire aussi
R Les dix meilleurs bistrots de Paris
R Partager
""",
    # ===== a French recipe site, all visible text
    "fr_recette_full": """\
R Accueil
R Recettes
R Entrées
R Plats
R Desserts
R Boissons
R Se connecter
R Accepter et fermer
R Nous utilisons des cookies pour améliorer votre expérience.
T Quiche lorraine traditionnelle
R 4,8/5 (2 451 avis)
R Ajouter à mes favoris
R Imprimer
A Facile
A Bon marché
A Préparation : 20 min
A Cuisson : 45 min
A Ingrédients (6 personnes)
A 1 pâte brisée
A 200 g de lardons
A 3 œufs
A 20 cl de crème fraîche
A 20 cl de lait
A 1 pincée de sel
A Poivre
A Muscade
A Préparation
A Étape 1
A Préchauffer le four à 180 °C (thermostat 6).
A Étape 2
A Étaler la pâte dans un moule, la piquer avec une fourchette.
A Étape 3
A Faire revenir les lardons dans une poêle, puis les répartir sur la pâte.
A Étape 4
A Battre les œufs, la crème et le lait, saler, poivrer, ajouter la muscade et verser sur les lardons.
A Étape 5
A Enfourner pour 45 minutes.
R Voir aussi
R Quiche aux poireaux
R Tarte à l'oignon
R Commentaires
R marie_72
R Excellente recette, toute la famille a adoré !
R Répondre
R Mentions légales
R Plan du site
R © 2024 Recettes de France
""",
    # ===== a French wine tasting column, extract
    "fr_vin_degustation_extract": """\
T Nos coups de cœur en Loire
R Par Antoine Gerbelle
R Mis à jour le 10 avril 2024
A Chenin sec, cabernet franc léger ou effervescent de caractère : la Loire offre cette année des vins remarquables à petit prix.
A Domaine des Roches, Saumur blanc 2022
A 14 €
A Nez : poire, fleur blanche, une touche de miel.
A Bouche : ample et tendue, finale saline.
A À boire jusqu'en 2030.
A 16/20
A Clos du Moulin, Chinon 2021
A 17 €
A Nez : fruits rouges, poivron grillé.
A Bouche : fraîche, tanins fins.
A 15,5/20
R Acheter ce vin
R Abonnez-vous à notre newsletter
R Votre adresse e-mail
""",
    # ===== a Spanish recipe as an extractor leaves it
    "es_receta_extract": """\
T Tortilla de patatas jugosa
R Por Carmen Ruiz
R 04/03/2024
R Guardar receta
R Imprimir
A Tiempo total: 45 minutos
A Dificultad: fácil
A Raciones: 4
A La tortilla de patatas es probablemente el plato más popular de la cocina española, y cada casa tiene su versión.
A Ingredientes
A 5 huevos
A 600 g de patatas
A 1 cebolla
A 200 ml de aceite de oliva virgen extra
A Sal
A Elaboración
A 1. Pelar las patatas y cortarlas en láminas finas. Picar la cebolla.
A 2. Pochar las patatas y la cebolla en el aceite a fuego medio durante 20 minutos.
A 3. Batir los huevos con sal y mezclar con las patatas escurridas.
A 4. Cuajar la tortilla en una sartén por ambos lados.
A Truco: déjala reposar cinco minutos antes de servir.
R Valora esta receta
R 4,6 (523 votos)
R Recetas relacionadas
R Tortilla de calabacín
R Comentarios
R Lucía
R ¡La hice ayer y quedó perfecta!
""",
    # ===== a Spanish paper's restaurant review, all visible text
    "es_restaurante_full": """\
R Ir al contenido
R Portada
R Madrid
R Gastronomía
R Viajes
R Suscríbete
R Iniciar sesión
T Gastronomía
T Casa Paco: el cocido que merece la cola
R JOSÉ CARLOS CAPEL
R Madrid - 08 mar 2024 - 05:30 CET
R Compartir en Whatsapp
R Compartir en Facebook
R Compartir en Twitter
A En Casa Paco el cocido se sirve en tres vuelcos, como manda la tradición: primero la sopa, luego los garbanzos con la verdura y, por último, las carnes.
A El local apenas ha cambiado desde 1950: azulejos, barra de zinc y camareros con chaqueta blanca.
A —¿Cuántos cocidos sirven al día?
A —Unos doscientos.
A La cuenta es moderada para lo que ofrece.
A Casa Paco
A Calle de la Cava Baja, 12. Madrid.
A Horario: de martes a domingo, de 13.00 a 16.30.
A Precio medio: 35 euros.
A Puntuación: 8
R Archivado En
R Gastronomía
R Restaurantes
R Madrid
R Se adhiere a los criterios de The Trust Project
R Más información
R Los mejores bocadillos de calamares de Madrid
R © EDICIONES EL PAÍS S.L.
R Contacto
R Aviso legal
R Política de cookies
""",
    # ===== a Spanish food-safety alert, extract
    "es_alerta_alimentaria_extract": """\
T Sanidad alerta de la presencia de salmonela en un lote de huevos
R Europa Press
R 12/03/2024 13:45
A La Agencia Española de Seguridad Alimentaria y Nutrición (AESAN) ha alertado de la presencia de salmonela en un lote de huevos frescos distribuidos en Andalucía y Extremadura.
A Datos del producto:
A Nombre: huevos frescos categoría L
A Marca: Granja del Sur
A Lote: 2403A
A Fecha de consumo preferente: 25/03/2024
A La AESAN recomienda a las personas que tengan el producto en casa que se abstengan de consumirlo y lo devuelvan al punto de compra.
A En caso de haber consumido el producto y presentar síntomas, se aconseja acudir a un centro de salud.
R Sigue toda la información de última hora en nuestro canal de WhatsApp
R Temas
R Seguridad alimentaria
""",
    # ===== an Italian recipe site, all visible text
    "it_ricetta_full": """\
R Ricette
R Primi piatti
R Secondi piatti
R Dolci
R Accedi
R Registrati
T Carbonara
R Ricetta
R 4,4 (3.120 voti)
R Salva
R Stampa
A Difficoltà: Facile
A Preparazione: 15 min
A Cottura: 10 min
A Dosi per: 4 persone
A Costo: Basso
A La carbonara è uno dei piatti simbolo della cucina romana: pochi ingredienti, ma da scegliere con cura.
A Ingredienti
A Spaghetti 320 g
A Guanciale 150 g
A Tuorli 6
A Pecorino romano 50 g
A Pepe nero q.b.
A Come preparare la carbonara
A Tagliate il guanciale a listarelle e rosolatelo in padella senza olio, finché il grasso diventa trasparente.
A Sbattete i tuorli con il pecorino e abbondante pepe.
A Scolate la pasta al dente, versatela nella padella con il guanciale e mescolate fuori dal fuoco con la crema di uova.
A Servite subito.
A Conservazione
A Si consiglia di consumare la carbonara appena fatta.
R Ricette correlate
R Amatriciana
R Cacio e pepe
R Commenti
R Scrivi un commento
R Chi siamo
R Lavora con noi
R Privacy
R Informativa cookie
R © 2024 Cucina Italiana S.p.A. - P.IVA 01234567890
""",
    # ===== an Italian restaurant review, extract
    "it_recensione_extract": """\
T Da Enzo al 29, la trattoria che tutti vogliono
R di Luca Iaccarino
R 6 marzo 2024
A In Trastevere la fila davanti a Da Enzo al 29 comincia già alle sette di sera, anche a febbraio.
A Si mangiano i classici: carciofi alla giudia, cacio e pepe, polpette al sugo e una tiramisù da manuale.
A «Cuciniamo quello che cucinava mia nonna», dice il titolare.
A Il conto: circa 35 euro a persona, vini esclusi.
A Indirizzo: Via dei Vascellari 29, Roma
A Orari: tutti i giorni 12.30-15 e 19-23
A Voto: 7,5
R Leggi anche
R Le migliori pizzerie di Napoli secondo la guida 2024
R Condividi
""",
    # ===== an Italian chef profile, extract
    "it_chef_profilo_extract": """\
T Chef Maria Rossi: «La cucina è memoria»
R Redazione
R 02/02/2024
A Maria Rossi ha aperto il suo primo ristorante a ventisei anni, in un paese di trecento abitanti sull'Appennino.
A Oggi ha una stella Michelin e una lista d'attesa di due mesi.
A Come nasce un piatto?
A Da un ricordo. Sempre.
A E il piatto a cui è più legata?
A I tortelli di patate di mia madre.
A La cucina per lei è anche un lavoro politico: compra solo da produttori che si trovano a meno di trenta chilometri.
R Iscriviti alla newsletter
R Ricevi ogni settimana le migliori ricette
R Tag
R chef
R intervista
""",
    # ===== a Portuguese recipe site, all visible text
    "pt_receita_full": """\
R Receitas
R Doces
R Salgados
R Bebidas
R Entrar
T Bolo de cenoura com cobertura de chocolate
R 4.9 (1.842 avaliações)
R Salvar receita
R Imprimir
A Tempo de preparo: 50 min
A Rendimento: 12 porções
A Ingredientes
A 3 cenouras médias
A 4 ovos
A 1 xícara (chá) de óleo
A 2 xícaras (chá) de açúcar
A 2 e 1/2 xícaras (chá) de farinha de trigo
A 1 colher (sopa) de fermento em pó
A Cobertura
A 1 colher (sopa) de manteiga
A 3 colheres (sopa) de chocolate em pó
A 1 xícara (chá) de açúcar
A Modo de preparo
A 1. Bata no liquidificador as cenouras, os ovos e o óleo.
A 2. Despeje numa tigela, junte o açúcar e a farinha e misture.
A 3. Acrescente o fermento e leve ao forno a 180 °C por 40 minutos.
A 4. Para a cobertura, leve todos os ingredientes ao fogo até engrossar e espalhe sobre o bolo.
R Receitas relacionadas
R Bolo de fubá
R Comentários
R Ana Paula
R Fiz hoje e ficou maravilhoso!
R Responder
R Termos de uso
R Política de privacidade
R © 2024 Receitas Brasil
""",
    # ===== a Portuguese market feature, extract
    "pt_mercado_extract": """\
T No Mercado do Bolhão, o peixe chega antes do sol
R Por Ana Sousa
R 10 de março de 2024, 08:00
A Às cinco da manhã, as bancas do Mercado do Bolhão já estão cheias de sardinha, carapau e polvo.
A Dona Rosa vende peixe aqui há quarenta anos.
A «Antes vinham os restaurantes todos. Agora vêm os turistas», diz.
A Os preços desta semana:
A Sardinha: 6 euros o quilo
A Carapau: 4,50 euros o quilo
A Polvo: 14 euros o quilo
A O mercado abre de segunda a sábado, das 8h às 20h.
R Leia também
R Os melhores pastéis de nata do Porto
R Partilhe este artigo
""",
    # ===== a Dutch recipe as an extractor leaves it
    "nl_recept_extract": """\
T Stamppot boerenkool met rookworst
R Recept
R 4,5 sterren (312 beoordelingen)
R Bewaren
R Printen
A 4 personen
A 30 minuten
A Een echte winterklassieker, klaar in een half uur.
A Ingrediënten
A 1 kg kruimige aardappelen
A 500 g boerenkool, gesneden
A 1 rookworst
A 150 ml warme melk
A 2 el boter
A Bereiding
A 1. Kook de aardappelen in 20 minuten gaar. Kook de boerenkool de laatste 10 minuten mee.
A 2. Verwarm de rookworst volgens de aanwijzingen op de verpakking.
A 3. Giet af en stamp fijn met de melk en de boter. Breng op smaak met peper en zout.
A Tip: lekker met een schep mosterd.
R Meer recepten
R Hutspot met klapstuk
R Reacties
R Wil je reageren? Log dan in.
""",
    # ===== a Dutch restaurant review, all visible text
    "nl_restaurantrecensie_full": """\
R Naar hoofdinhoud
R Nieuws
R Cultuur
R Eten & Drinken
R Abonneren
R Inloggen
T Eten & Drinken
T Recensie De Kas: groenten uit eigen kas, met een knipoog
R Door Mac van Dinther
R 9 maart 2024, 07:00
R Delen
A In een oude kwekerij in Amsterdam-Oost serveert De Kas al jaren een vast menu van wat die ochtend in de kas is geoogst.
A De gerechten zijn eenvoudig maar precies: geroosterde wortel met hangop, spinazie met een gepocheerd ei, lamsbout met tuinbonen.
A Bediening: vriendelijk en snel.
A Cijfer: 8
A De Kas, Kamerlingh Onneslaan 3, Amsterdam.
A Menu: € 67,50.
A Open: ma-za vanaf 18.00 uur.
R Lees ook
R De tien beste pizzeria's van Nederland
R Meer over
R Restaurants
R Amsterdam
R Colofon
R Privacy
R Cookies
R © DPG Media
""",
    # ===== a Dutch beer review, all visible text
    "nl_bier_full": """\
R Home
R Bieren
R Brouwerijen
R Nieuws
R Zoeken
T Getest: vijf Nederlandse IPA's
R Bierredactie
R 3 april 2024
A De Nederlandse IPA heeft zich in tien jaar ontwikkeld van curiositeit tot vast onderdeel van elk supermarktschap.
A Wij proefden vijf nieuwe exemplaren.
A Brouwerij 't IJ, IJwit IPA
A Alcohol: 6,5%
A Geur: grapefruit, dennen
A Smaak: bitter, droog, kort
A Oordeel: 3,5 van 5
A Oedipus, Mannenliefde
A Alcohol: 6%
A Geur: citroengras, peper
A Smaak: fris, kruidig
A Oordeel: 4 van 5
R Koop bij de bierwinkel
R Volg ons op Instagram
R Nieuwsbrief
R Meld je aan
R © 2024 Bierpagina
""",
    # ===== a German wine/beer review with all text: Weinprobe
    "de_weinprobe_full": """\
R Menü
R Wein
R Bier
R Spirituosen
R Rezepte
R Newsletter
T Weinprobe: Drei Rieslinge von der Mosel
R Von Stefan Kraus
R 22.03.2024
R Teilen
R Drucken
A Die Mosel-Rieslinge des Jahrgangs 2022 sind reif, aber nicht schwer.
A Wir haben drei trockene Weine unter 20 Euro probiert.
A Weingut Müller, Riesling trocken 2022
A Preis: 12,50 Euro
A Nase: Pfirsich, Schiefer
A Gaumen: straff, mit feiner Säure
A Bewertung: 88 Punkte
A Weingut Schmitt, Graacher Riesling 2022
A Preis: 17 Euro
A Nase: Zitrus, Kräuter
A Bewertung: 90 Punkte
R Jetzt bestellen
R Ähnliche Artikel
R Die besten Weine unter 10 Euro
R Impressum
R Datenschutz
R © 2024 Weinwelt
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a French wine guide's page, all visible text: bare scores between the notes and closing them, a slideshow's
    # first counter over the headline
    "fr_guide_vins_full": """\
R Accueil
R Vins
R Guides d'achat
R Accords mets-vins
R S'abonner
R 1/12
T Bordeaux 2021 : les vins à acheter avant Noël
R Par la rédaction
R Publié le 02/12/2023 à 09h00
R Partager
A Millésime frais et classique, 2021 a donné à Bordeaux des vins plus légers qu'à l'accoutumée, souvent très digestes, à des prix qui restent raisonnables.
A Château Peyrat, Côtes de Bordeaux 2021
A 13,50 €
A Nez : cassis, cèdre, une pointe de réglisse.
A Bouche : souple, tanins fondus.
A 15/20
A Château La Grave, Fronsac 2021
A 19 €
A Nez : prune, violette.
A Bouche : dense, finale épicée.
A 16,5/20
R Acheter ce vin
R Newsletter
R Recevez nos meilleurs conseils chaque semaine
R Mentions légales
R © 2023 Guide des Vins
""",
    # ===== an American wine critic's tasting notes, extract: a score out of 100 under each note
    "en_wine_critic_extract": """\
T The best Napa Cabernets of the 2021 vintage
R By James Laube
R December 1, 2023
A The 2021 vintage in Napa was small but exceptional, with a dry winter and a mild summer that gave concentrated, balanced wines.
A Here are our top picks from more than 300 wines tasted blind.
A Stag Ridge Cabernet Sauvignon Napa Valley 2021
A $95
A Dark and polished, with blackcurrant, cocoa and graphite notes, firm tannins and a long, savory finish. Drink now through 2040.
A 95/100
A Hollow Oak Cabernet Sauvignon Oakville 2021
A $150
A Plush and generous, showing black cherry, espresso and sweet spice.
A 93/100
R Shop these wines
R Subscribe to Wine Weekly
""",
    # ===== an Italian recipe as an extractor leaves it: difficulty, cost and servings alone under the print button
    "it_ricetta_extract": """\
T Risotto alla milanese
R 4,7 (845 voti)
R Stampa
A Facile
A Basso
A 4 persone
A 35 min
A Il risotto giallo è il piatto della domenica a Milano, da servire da solo o con l'ossobuco.
A Ingredienti
A 320 g di riso Carnaroli
A 1 l di brodo di carne
A 80 g di burro
A 60 g di Parmigiano grattugiato
A 1 bustina di zafferano
A 1/2 cipolla
A Preparazione
A 1. Fate appassire la cipolla tritata in metà del burro, poi tostate il riso per due minuti.
A 2. Bagnate con il brodo caldo un mestolo alla volta, mescolando spesso.
A 3. A metà cottura aggiungete lo zafferano sciolto in poco brodo.
A 4. Mantecate fuori dal fuoco con il burro rimasto e il Parmigiano.
R Ricette correlate
R Ossobuco alla milanese
R Commenti
""",
    # ===== a Spanish recipe site, all visible text: the card's facts under the share row
    "es_receta_full": """\
R Inicio
R Recetas
R Postres
R Cocina fácil
R Iniciar sesión
T Arroz con leche de la abuela
R 4,8 (1.204 votos)
R Guardar receta
R Imprimir
A Fácil
A Económico
A 6 raciones
A 50 min
A El arroz con leche es uno de los postres más tradicionales de Asturias, y cada familia defiende su receta.
A Ingredientes
A 1,5 l de leche entera
A 150 g de arroz redondo
A 150 g de azúcar
A 1 rama de canela
A 1 cáscara de limón
A Preparación
A 1. Calentar la leche con la canela y la cáscara de limón.
A 2. Añadir el arroz y cocinar a fuego lento 40 minutos, removiendo.
A 3. Incorporar el azúcar y cocinar 5 minutos más.
A Servir frío con canela molida por encima.
R Recetas relacionadas
R Natillas caseras
R Flan de huevo
R Aviso legal
R Política de privacidad
R © 2024 Cocina de Casa
""",
    # ===== a Dutch recipe site, all visible text: a rating, the facts, the tail's recipes box and comment prompt
    "nl_recept_full": """\
R Recepten
R Hoofdgerechten
R Soepen
R Bakken
R Inloggen
T Pompoensoep met gember
R 4,7 sterren (1.024 beoordelingen)
R Bewaren
R Printen
A Makkelijk
A 4 personen
A 40 minuten
A Een romige soep zonder room, lekker op een koude herfstdag.
A Ingrediënten
A 1 flespompoen
A 1 ui
A 2 cm verse gember
A 1 l groentebouillon
A 1 el olijfolie
A Bereiding
A 1. Schil de pompoen en snijd in blokjes. Snipper de ui en rasp de gember.
A 2. Fruit de ui en gember in de olie, voeg de pompoen en de bouillon toe en kook 20 minuten.
A 3. Pureer de soep met een staafmixer en breng op smaak met peper en zout.
R Meer recepten met pompoen
R Pompoenrisotto
R Geroosterde pompoen met feta
R Reacties
R Wil je reageren? Log dan in.
R © 2024 Kookpagina
""",
    # ===== an English tabloid's food-price story: the stamp with its update, a slideshow's series of counters
    "en_tabloid_food_prices_full": """\
R Home
R News
R Money
R Shopping
R Food
T Aldi and Lidl slash price of Easter eggs as chocolate costs soar
R By Sam Barker, Consumer Reporter
R 16:32, 12 Mar 2024 Updated 17:01, 12 Mar 2024
R 1/3
A Chocolate lovers are in for a treat as two budget supermarkets cut the price of their Easter eggs, despite cocoa prices hitting a record high.
R 2/3
A Milk chocolate egg, 200g: £3.49, down from £3.99
R 3/3
A Dark chocolate bunny, 150g: £2.99, down from £3.29
A "We know families are feeling the pinch," a spokesman said.
A Other supermarkets have raised prices by up to 20% this year, according to the analysts.
R Read more: Tesco shoppers can get free Easter eggs this weekend
R Comments
R Terms and Conditions
R © 2024 Daily Star
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a columnist's book plug and podcast line under the facts box ("… order your copy at guardianbookshop.com.
    # Delivery charges may apply.", "Listen to Grace's Comfort Eating podcast."): one outlet's formula, sentences
    "en_restaurant_review_extract": 2,
    # a bare "Temas" over one tag: with a colon it goes (promos.heading); alone it may head an article's list of topics,
    # and the run under the text is two lines, under edge-furniture's four
    "es_alerta_alimentaria_extract": 2,
    # a reader's comment closing the page ("¡La hice ayer y quedó perfecta!") under a bare "Comentarios" and the
    # reader's name: a sentence, where the tail's run ends; the comments' heading alone opens no section
    "es_receta_extract": 1,
    # a teaser's headline under "Más información", which cookie-notice took first as a banner's button (teaser-box
    # then finds no heading over it)
    "es_restaurante_full": 1,
    # a recipe site's box of one recipe ("Ricette correlate" / "Ossobuco alla milanese") over the comments' heading:
    # a box needs two headlines of three words (teaser-box), the run two lines
    "it_ricetta_extract": 2,
    # the recipe box's heading with its ingredient ("Meer recepten met pompoen"): its one-word titles under it go
    # with the run, the heading stays (the box's titles are under teaser-box's three words)
    "nl_recept_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a food story per language, the residue line put before or after them
TEXT = {
    "en": [
        "A supermarket chain has recalled several of its own-brand chicken sandwiches because they may contain listeria, the Food Standards Agency said.",
        "Customers who have bought the products are advised not to eat them and to return them to the store for a full refund.",
        "No other products are known to be affected, and the chain said it was working with its supplier to find the cause.",
    ],
    "de": [
        "Um drei Uhr morgens brennt in der Backstube von Bäckermeister Klaus Huber schon Licht, seit 42 Jahren steht er hier.",
        "Die Energiekosten haben sich für ihn seit 2021 fast verdoppelt, aufgeben will er trotzdem nicht, sagt er.",
        "Geöffnet ist die Bäckerei von Montag bis Samstag jeweils von 6 bis 13 Uhr, sonntags bleibt sie geschlossen.",
    ],
    "fr": [
        "Derrière la vitrine un peu défraîchie se cache l'une des meilleures adresses du onzième arrondissement de Paris.",
        "On y mange un œuf mayonnaise d'école, un pâté en croûte généreux et une côte de veau servie rosée, avec des frites.",
        "Le chef, passé par plusieurs grandes maisons, revendique une cuisine sans chichis et des prix qui restent sages.",
    ],
    "es": [
        "La Agencia Española de Seguridad Alimentaria ha alertado de la presencia de salmonela en un lote de huevos frescos.",
        "La agencia recomienda a las personas que tengan el producto en casa que se abstengan de consumirlo y lo devuelvan.",
        "En caso de haber consumido el producto y presentar síntomas, se aconseja acudir a un centro de salud.",
    ],
    "it": [
        "In Trastevere la fila davanti alla trattoria comincia già alle sette di sera, anche nelle settimane di febbraio.",
        "Si mangiano i classici della cucina romana: carciofi alla giudia, cacio e pepe, polpette al sugo e tiramisù.",
        "Il conto resta onesto, circa trentacinque euro a persona, vini esclusi, e il servizio è rapido e cordiale.",
    ],
    "pt": [
        "Às cinco da manhã, as bancas do Mercado do Bolhão já estão cheias de sardinha, carapau e polvo acabados de chegar.",
        "Dona Rosa vende peixe aqui há quarenta anos e diz que os clientes mudaram muito desde a reabertura do mercado.",
        "O mercado abre de segunda a sábado, das oito da manhã às oito da noite, e ao domingo está fechado.",
    ],
    "nl": [
        "In een oude kwekerij in Amsterdam-Oost serveert het restaurant al jaren een vast menu van wat die ochtend is geoogst.",
        "De gerechten zijn eenvoudig maar precies: geroosterde wortel met hangop, spinazie met een gepocheerd ei en lamsbout.",
        "De bediening is vriendelijk en snel, en de wijnkaart is kort maar goed gekozen, met veel Europese natuurwijnen.",
    ],
}

_SC, _DL, _CTA, _TB = "site-chrome", "dateline", "call-to-action", "teaser-box"
#: (language, residue line, the pass that takes it)
GOES = [
    ("nl", "4,5 sterren (312 beoordelingen)", _SC),
    ("nl", "4,7 van 5 sterren (1.024 beoordelingen)", _SC),
    ("en", "09:15, 4 Mar 2024 Updated 11:02, 4 Mar 2024", _DL),
    ("en", "11:02, 4 Mar 2024 | Updated 13:30, 4 Mar 2024", _DL),
    ("es", "Sigue toda la información de última hora en nuestro canal de WhatsApp", _CTA),
    ("en", "Shop these wines", _SC),
    ("en", "Buy these beers now", _SC),
    ("nl", "Koop bij de bierwinkel", _SC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("nl", "Op de site kreeg het restaurant 4,5 sterren (312 beoordelingen), maar de recensent was minder enthousiast."),
    ("nl", "Wil je reageren? Log dan in op de site van de gemeente en vul het formulier in, zegt de woordvoerder."),
    ("en", "The stall opened at 09:15, 4 Mar 2024 and its prices were updated at 11:02 the same day, the trader said."),
    ("es", "Sigue toda la información de última hora en nuestro canal de WhatsApp, pidió el alcalde a los vecinos en el pleno."),
    ("en", "Shop these wines before Christmas, when prices usually rise, the merchant advises his customers."),
    ("en", "More recipes from the book will appear in the magazine every Saturday until Easter, the editor said."),
    ("de", "Weitere Rezepte mit Kürbis stellt die Köchin am Samstag auf dem Wochenmarkt vor, der Eintritt ist frei."),
    ("fr", "Autres recettes de la grand-mère : elle les a toutes notées dans un cahier qu'elle garde depuis 1962."),
    ("es", "Más recetas con arroz aparecerán en el libro que la cocinera publicará en otoño, según su editorial."),
    ("it", "Altre ricette con lo zafferano sono nate proprio in questa cucina, racconta la cuoca con orgoglio."),
    ("pt", "Mais receitas de bolo vão ser publicadas no livro da pasteleira, que chega às livrarias em maio."),
    ("nl", "Koop bij de bierwinkel op de hoek een krat, adviseert de brouwer, want daar is het bier het versst."),
    ("nl", "Meer recepten met pompoen staan in het nieuwe kookboek van de chef, dat in oktober verschijnt."),
    ("fr", "Facile à préparer, bon marché et rapide : la quiche reste le plat préféré des Français, selon le sondage."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- edge_food.score_in_text (site-chrome), both ways --------------------------------------------------------------

_NOTES = [
    "Chenin sec, cabernet franc léger ou effervescent de caractère : la Loire offre cette année des vins remarquables à petit prix.",
    "Domaine des Roches, Saumur blanc 2022",
    "Nez : poire, fleur blanche, une touche de miel.",
    "Bouche : ample et tendue, finale saline.",
]


@pytest.mark.parametrize("score", ["16/20", "15,5/20", "8/10", "92/100"])
def test_a_bare_score_under_its_notes_stays(score: str) -> None:
    # between the notes and the next wine, and closing the text
    page = [*_NOTES, score, "Clos du Moulin, Chinon 2021", "Nez : fruits rouges, poivron grillé.", "Bouche : fraîche, tanins fins.", score]
    lost_lines, gone = kept(page, "fr")
    assert lost_lines == [], gone


def test_a_wine_critics_scores_out_of_100_stay_over_the_shop_button() -> None:
    page = [
        "The 2021 vintage in Napa was small but exceptional, with a dry winter and a mild summer that gave concentrated, balanced wines.",
        "Stag Ridge Cabernet Sauvignon Napa Valley 2021",
        "Dark and polished, with blackcurrant, cocoa and graphite notes, firm tannins and a long, savory finish.",
        "95/100",
        "Hollow Oak Cabernet Sauvignon Oakville 2021",
        "Plush and generous, showing black cherry, espresso and sweet spice.",
        "93/100",
        "Shop these wines",
    ]
    lost_lines, gone = kept(page)
    assert lost_lines == ["Shop these wines"], gone


def test_a_slideshows_counters_still_go() -> None:
    # its first counter ("1/10"), a series counting up ("2/10", "3/10", "4/10")
    text = TEXT["en"]
    for page, counters in [
        (["1/10", *text], ["1/10"]),
        ([text[0], "2/10", text[1], "3/10", text[2], "4/10"], ["2/10", "3/10", "4/10"]),
    ]:
        lost_lines, gone = kept(page)
        assert lost_lines == counters, gone


# -- edge_food.recipe_head (edge-furniture), both ways -----------------------------------------------------------

_RECIPE = {
    "es": (["Inicio", "Recetas", "Postres", "Arroz con leche de la abuela", "4,8 (1.204 votos)", "Guardar receta", "Imprimir"],
           ["Fácil", "Económico", "6 raciones", "50 min"],
           ["El arroz con leche es uno de los postres más tradicionales de Asturias, y cada familia defiende su receta.",
            "Ingredientes", "1,5 l de leche entera", "150 g de arroz redondo", "150 g de azúcar", "1 rama de canela",
            "Preparación", "Calentar la leche con la canela y la cáscara de limón, añadir el arroz y cocinar a fuego lento 40 minutos."]),
    "nl": (["Recepten", "Soepen", "Pompoensoep met gember", "Bewaren", "Printen"],
           ["Makkelijk", "4 personen", "40 minuten"],
           ["Een romige soep zonder room, lekker op een koude herfstdag en klaar in drie kwartier.",
            "Ingrediënten", "1 flespompoen", "1 ui", "2 cm verse gember", "1 l groentebouillon",
            "Bereiding", "Fruit de ui en de gember in de olie, voeg de pompoen en de bouillon toe en kook alles 20 minuten."]),
}


@pytest.mark.parametrize("lang", sorted(_RECIPE))
def test_a_recipes_key_facts_under_the_print_button_stay(lang: str) -> None:
    head, facts, text = _RECIPE[lang]
    lost_lines, gone = kept([*head, *facts, *text])
    assert not set(facts) & set(lost_lines), gone
    assert lost_lines[:3] == head[:3], gone


def test_a_menu_of_difficulty_words_over_a_story_with_no_ingredients_still_goes() -> None:
    # (no quantities under it: no recipe's facts; the same lines over a recipe with a menu item among them go too)
    head = ["Home", "Recipes", "Print", "Easy", "Medium", "Hard"]
    lost_lines, gone = kept([*head, *TEXT["en"]])
    assert lost_lines == head, gone
    head, _facts, text = _RECIPE["nl"]
    lost_lines, gone = kept([*head, "Makkelijk", "Soepen", "4 personen", *text])
    assert "Makkelijk" in lost_lines and "Soepen" in lost_lines, gone


def test_a_count_of_comments_under_the_byline_of_a_recipe_still_goes() -> None:
    # (a figure on a short line is a recipe's fact, not a link to the comments: test_lang_en's recipe blog)
    head = ["Home", "Recipes", "Print Recipe", "The Best Banana Bread", "By Sally Thompson", "Published: Jan 9, 2024", "1,284 Comments"]
    text = [
        "This is the banana bread I have been making for fifteen years. It is moist, dense in the best way and ready in about an hour.",
        "Ingredients", "2 cups (250g) all-purpose flour", "1 teaspoon baking soda", "4 ripe bananas, mashed",
        "Preheat the oven to 350°F (177°C) and grease a 9x5-inch loaf pan, then whisk the flour and the soda together.",
    ]
    lost_lines, gone = kept([*head, *text])
    assert "1,284 Comments" in lost_lines and not set(text) & set(lost_lines), gone


@pytest.mark.parametrize(
    ("lang", "heading", "titles"),
    [
        ("it", "Ricette correlate", ["Pasta alla carbonara classica", "Spaghetti aglio olio e peperoncino"]),
        ("es", "Recetas relacionadas", ["Natillas caseras de la abuela", "Flan de huevo al baño maría"]),
        ("de", "Ähnliche Rezepte", ["Kürbissuppe mit Ingwer und Kokos", "Ofenkürbis mit Feta und Honig"]),
        ("en", "More chicken recipes", ["Creamy Tuscan chicken in one pan", "Twenty-minute garlic prawns with rice"]),
    ],
)
def test_a_recipe_sites_box_of_other_recipes_goes_with_its_heading(lang: str, heading: str, titles: list[str]) -> None:
    lost_lines, gone = kept([*TEXT[lang], heading, *titles])
    assert lost_lines == [heading, *titles], gone
    assert (_TB, heading) in gone, gone


def test_the_comment_boxs_prompt_to_log_in_goes_under_the_text() -> None:
    lost_lines, gone = kept([*TEXT["nl"], "Reacties", "Wil je reageren? Log dan in."])
    assert lost_lines == ["Reacties", "Wil je reageren? Log dan in."], gone
    assert ("comment-section", "Wil je reageren? Log dan in.") in gone, gone


if __name__ == "__main__":
    report(CASES)
