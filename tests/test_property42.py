# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""property42: a probe of property, home and garden journalism, scraped as text (half as an extractor leaves it, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: house-price and rent reports with their
regional tables ("London: £523,000 (+1.2%)", "München: 8.140 Euro (+1,4 %)"), mortgage-rate news with its best buys,
a house for sale told as a feature with its facts ("Guide price: £2.1m", "Wohnfläche: 320 m²", "Prezzo: 3.200.000
euro"), interiors and renovation stories with their budget and address book, DIY how-tos ("You will need:", "Step 1:
…"), garden calendars with their to-do lists, plant guides with the plant's facts ("Height: 1.5m", "Sol : sec").

- the article (``A``): the text, its tables of prices, its facts, its lists (jobs for the month, materials, tools),
  its steps, its one-line quotes from agents and owners, its tips;
- the residue (``R``): "Book a viewing" / "Contact agent" / "Exposé anfordern" buttons, mortgage calculators and
  "Compare mortgages" widgets, "Similar properties" teasers, "Save"/"Share" rows, affiliate disclosures and shop
  buttons, newsletter boxes, comments, bylines and stamps, menus, footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 271 ``A`` lines, 340
  ``R``, 26 ``T``, all seven languages. (A how-to's "Difficulty: Medium" / "Moeilijkheid: gemiddeld", first tagged
  ``R`` while its "Time: 2 days" was ``A``, is its fact box's row: retagged ``T`` before the first run was recorded.)
- round 2, after the changes, aimed at them: 8 pages (6 extracts, 2 full pages), 52 ``A``, 47 ``R``, 8 ``T``: a
  garden calendar's or a how-to's list under its short label closing the text, over a shop's buttons, a share row, a
  footer and a property site's "Tools:" over its calculators (which still go); a house's fact box under its heading
  closing the text ("Key facts" over "Price: £1.25m", "Bedrooms: 4", "Agent: Savills"); a mortgage story quoting the
  lender's risk formula in a sentence, the formula alone under it; a DIY page's shop box; a Spanish box of similar
  homes and an Italian calculator's button.

Measured on main a6ebecc: round 1 lost 0, left 24; round 2 lost 18, left 13. Round 1 left: a mortgage calculator
widget ("Compare mortgages", "Mortgage calculator", "How much could you borrow?", "Enter your property value",
"Calculate", the lender's risk warning "Your home may be repossessed …", "Monthly repayment from £9,850", "Calcola la
rata del mutuo"), a DIY shop's product rows ("Shop this project", "Tile cutter £24.99 Add to basket", "Bekijk
producten"), a Dutch DIY site's menu, breadcrumb and footer ("Klussen", "Tuin", "Inspiratie", "Winkels", "Klussen >
Verven", "Meer klustips", "Cookies"), "Reviewed by our experts", a magazine's offer ("Subscribe to the magazine and get
6 issues for £6"), a shop button ("Acheter de la lavande"), a similar property's teaser ("Casa en Pals, 1,2
millones"), an Italian breadcrumb ("Case da sogno > In vendita"). No loss in the blind round; probing beyond it found
one class, round 2's losses: a garden calendar's or a how-to's list under a label of one to three words closed by a
colon ("In March:", "This month:", "In the greenhouse:", "Materials:", "Im April:", "Au potager :", "En el huerto:",
"Nell'orto:", "Na horta:", "In de moestuin:") closing the text, the page's residue under it: the tail's run of
furniture took the label and its items (a clause of four words or more, "Jobs for this month:", or a label of table
``structure.howto_heading``, "You will need:", stayed); and a fact box's heading over its three labelled rows closing
the text ("Key facts" over "Price: £1.25m", "Bedrooms: 4", "Agent: Savills"; the three rows alone, or four under the
heading, stayed).

After: round 1 lost 0, left 13; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes:

- ``fact_box_tail`` in ``cleaner/passes/edge_property.py`` (compiled with the other edge modules, ``setup.py``;
  edge-furniture's guard at the tail, hooked after listings37's ``sheet_tail``): a short heading (up to three words, no
  figure, no colon, no site's section) right under the text's last sentence, over three to twelve labelled rows with
  labels of their own, two or more with a figure in their value and none a time of day or a phone, down to the page's
  residue: the heading and its rows stay (test, en de fr). A teaser box's rows sharing their "Read more:" label and a
  menu's links under "Sections" go with the run as before (test). It reads the region's first lines only.

And table entries, each in a ``# property42:`` block at its list's end:

- ``structure.howto_heading`` (read by edge-furniture only, edge_howto.howto_lists: it keeps, never removes): a garden
  calendar's month or part of the garden, its jobs of the month ("Gartenarbeit im Mai:", "Tuinklussen:", "Tareas:",
  "Lavori di maggio:", "Les travaux du mois :", "Top tips:") and a how-to's bare materials label, each closed by a
  colon, in all seven languages. Without the colon a month or a garden's part is a rail's heading as often ("This month" over a menu's
  words still goes with the run: test); a bare "Tools:" heads a property site's calculators and is not added (test);
  "Materials:" over a footer's links, each another pass's removal, goes as before (test).
- en ``signup.disclosure``: the UK mortgage risk formula, the line alone and whole ("Your home may be repossessed if
  you do not keep up repayments on your mortgage.", "This site is not a mortgage broker."); a sentence quoting it runs
  on and stays (test).
- en ``widgets.chrome``: "Compare mortgages" / "Compare mortgage rates", "Monthly repayment from £9,850", "Shop this
  project", a product's row closing on its price and "Add to basket"; en ``signup.newsletter`` a magazine's offer
  ("Subscribe to the magazine and get 6 issues for £6"); es ``promos.heading`` "Viviendas similares"; it
  ``widgets.chrome`` "Calcola la rata del mutuo"; fr ``widgets.social`` "Épingler". Each has a sentence with its words
  that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_property42.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a house-price index report as an extractor leaves it: the regional table, a share row and a byline
    "en_house_prices_extract": """\
T UK house prices rise for third month in a row as mortgage rates ease
R By Sarah Whitfield, Property Correspondent
R Published 2 May 2024, 07:00 BST
A House prices rose for the third month in a row in April, as falling mortgage rates tempted buyers back into the market, according to the latest figures from a major lender.
A The average price of a home in the UK rose by 0.6% to £264,000, leaving prices 1.1% higher than a year earlier.
A "Buyers are returning as lenders cut their rates, but affordability remains stretched," said the lender's chief economist.
A Prices rose in most regions, with Northern Ireland once again recording the strongest annual growth.
A Average prices by region:
A London: £523,000 (+1.2%)
A South East: £384,500 (-0.4%)
A North West: £214,200 (+2.8%)
A Scotland: £189,900 (+3.1%)
A Northern Ireland: £183,400 (+5.6%)
A Wales: £206,700 (+0.9%)
A Agents said the number of properties coming to the market had also risen, giving buyers more choice.
A Stamp duty thresholds are due to fall back in April next year, which could bring some buyers forward.
R Share this article
R Facebook
R Twitter
R Email
R Sign up to our property newsletter for the latest market news and expert advice
R Read more: Best mortgage deals this week
""",
    # ===== a mortgage-rate news page with all its visible text =====
    "en_mortgage_rates_full": """\
R Skip to content
R Menu
R Home
R Mortgages
R Remortgage
R Buy to let
R Savings
R Credit cards
R Guides
R Sign in
R We use cookies to give you the best experience. By continuing you agree to our use of cookies.
R Accept all
R Manage preferences
R Home › Mortgages › News
T Lenders cut fixed rates below 4% for first time since June
R Updated: 14 March 2024
R 4 min read
A Several of the largest mortgage lenders have cut their five-year fixed rates below 4% for the first time since June, as swap rates continued to fall.
A The cheapest deals are for borrowers with a deposit of 40% or more.
A The average two-year fixed rate now stands at 5.81%, down from 5.93% a month ago, according to the data provider.
A The average five-year fixed rate is 5.39%.
A Current best buys:
A 2-year fix: 4.39% (60% LTV, £999 fee)
A 5-year fix: 3.94% (60% LTV, £1,499 fee)
A 10-year fix: 4.29% (75% LTV, no fee)
A "We expect more lenders to follow over the coming weeks," a broker said.
A Borrowers coming to the end of a fixed deal should start looking for a new one six months ahead.
R Compare mortgages
R Mortgage calculator
R How much could you borrow?
R Enter your property value
R Calculate
R This site is not a mortgage broker. Your home may be repossessed if you do not keep up repayments on your mortgage.
R Related articles
R Is now a good time to remortgage?
R First-time buyers: how big a deposit do you need?
R About us
R Contact
R Privacy policy
R Terms and conditions
R © 2024 MoneyHelp Media Ltd. All rights reserved.
""",
    # ===== a house for sale presented as a feature, all the page's text =====
    "en_house_feature_full": """\
R Property
R Homes & Interiors
R Gardens
R Luxury
R Subscribe
R Search
R Property › Homes for sale
T Inside the £2.1m Cotswolds cottage with its own orchard and trout stream
R By James Ellery
R 9 March 2024 • 6:00am
R Save
R Share
A Tucked away at the end of a lane on the edge of Bibury, Willow Cottage looks as if it has stood there for ever.
A In fact the oldest part of the house dates from the 17th century, with a Georgian wing added in 1790.
A The present owners bought it in 2009 and spent three years restoring it, replacing the roof with reclaimed Cotswold stone.
A Guide price: £2.1m
A Bedrooms: 5
A Bathrooms: 3
A Land: 4.2 acres
A Agent: Strutt & Parker
A Downstairs, a flagstoned hall leads to a drawing room with an inglenook fireplace and a dining room that seats twelve.
A The kitchen, by a local joiner, has an oil-fired Aga and French doors to the terrace.
A Upstairs, the main bedroom has a vaulted ceiling and a dressing room.
A "It's the sound of the stream in the morning we'll miss most," says the owner.
A Outside, the gardens run down to the River Coln, with a walled vegetable garden and an orchard of old apple varieties.
R Book a viewing
R Contact agent
R 01285 123456
R Mortgage calculator
R Monthly repayment from £9,850
R Similar properties
R Five-bedroom farmhouse, Burford - £1.95m
R Mill house with fishing rights, Hampshire - £2.4m
R More from Property
R The best places to live in the Cotswolds
R Newsletter
R Get the best homes in your inbox every Friday
R Sign up
R Terms & Conditions
R Privacy
R Cookie settings
R © Telegraph-like Media Group 2024
""",
    # ===== a garden calendar for the month, as an extractor leaves it =====
    "en_garden_march_extract": """\
T What to do in the garden in March
R By Alan Marsh
R Last updated: 28 February 2024
A March is the month the garden wakes up, and there is plenty to do on dry days.
A Keep an eye on the weather: a late frost can still damage tender new growth.
A Jobs for this month:
A Sow sweet peas under cover
A Plant summer-flowering bulbs
A Prune roses before growth starts
A Divide overgrown clumps of perennials
A Mulch borders with compost
A Start mowing the lawn on a high setting
A In the greenhouse
A Sow tomatoes, peppers and aubergines in a heated propagator.
A Pot on autumn-sown sweet peas and pinch out their tips.
A In the vegetable patch
A Plant onion sets and shallots.
A Sow broad beans, parsnips and spinach outdoors if the soil is workable.
A Tip: cover the soil with fleece for a week before sowing to warm it up.
R Buy sweet pea seeds
R Shop now
R We may earn a commission if you buy through links on this page.
R Comments (12)
R Add a comment
R Jenny from Leeds: Great advice, my roses are already shooting!
""",
    # ===== a DIY how-to with all the page's text =====
    "en_diy_tiling_full": """\
R Home
R DIY
R Decorating
R Garden
R Tools
R Projects
R Shop
R How to tile a bathroom wall
R DIY › Bathrooms
T How to tile a bathroom wall
R Reviewed by our experts
T Difficulty: Medium
A Time: 2 days
A Cost: £150-£300
A Tiling a wall is one of the most satisfying DIY jobs, and with a little planning anyone can do it.
A You will need:
A Tiles
A Tile adhesive
A Grout
A Notched trowel
A Spirit level
A Tile cutter
A Tile spacers
A Step 1: Prepare the wall
A Make sure the wall is clean, dry and flat. Remove any old tiles and fill holes with filler.
A Step 2: Mark a level line
A Fix a wooden batten one tile's height above the floor with a spirit level.
A Step 3: Apply the adhesive
A Spread the adhesive over about one square metre at a time with the notched side of the trowel.
A Step 4: Fix the tiles
A Press each tile firmly into place, using spacers to keep the gaps even.
A Step 5: Grout
A Leave the adhesive to dry for 24 hours, then work grout into the joints and wipe off the excess with a damp sponge.
A Safety tip: wear goggles when cutting tiles.
R Shop this project
R Tile cutter £24.99 Add to basket
R Notched trowel £6.49 Add to basket
R Was this article helpful?
R Yes
R No
R Related projects
R How to grout tiles
R How to fix a dripping tap
R Help & Support
R Store finder
R Delivery
R Returns
R Cookie policy
R © 2024 DIY Stores Ltd
""",
    # ===== a plant guide as an extractor leaves it: the plant's facts
    "en_plant_guide_extract": """\
T How to grow hydrangeas
R Written by Clare Hobbs
R Updated 4 April 2024
A Hydrangeas are among the most popular garden shrubs, grown for their big heads of flowers from midsummer to autumn.
A Botanical name: Hydrangea macrophylla
A Height: 1.5m
A Spread: 1.5m
A Soil: moist, well drained
A Position: partial shade
A Flowering: July to September
A Hardiness: fully hardy
A The colour of mophead hydrangeas depends on the soil: flowers are blue on acid soil and pink on alkaline soil.
A Where to plant
A Plant in a sheltered spot away from hot afternoon sun, which can scorch the leaves.
A How to prune
A Leave the faded flower heads on over winter to protect the buds below.
A Cut them back to the first pair of healthy buds in March.
A Common problems
A Vine weevil
A Powdery mildew
A Frost damage
A Did you know? The name comes from the Greek for water vessel.
R Buy hydrangeas from our partners
R View offer
R Advertisement
R Related: 10 best shrubs for shade
R Subscribe to the magazine and get 6 issues for £6
""",
    # ===== de: a price report as an extractor leaves it
    "de_immobilienpreise_extract": """\
T Immobilienpreise: Wohnungen in Großstädten wieder teurer
R Von Martin Kessler
R 05.04.2024, 10:15 Uhr
R Lesezeit: 3 Min.
A Die Preise für Eigentumswohnungen in den deutschen Großstädten sind im ersten Quartal erstmals seit zwei Jahren wieder gestiegen.
A Das geht aus einer Auswertung eines Immobilienportals hervor, die am Freitag veröffentlicht wurde.
A Durchschnittliche Angebotspreise pro Quadratmeter:
A München: 8.140 Euro (+1,4 %)
A Hamburg: 5.920 Euro (+0,8 %)
A Berlin: 5.480 Euro (+1,1 %)
A Frankfurt: 5.710 Euro (-0,3 %)
A Köln: 4.630 Euro (+0,6 %)
A „Die Talsohle ist erreicht", sagte ein Sprecher des Portals.
A Als Grund nennen Fachleute die gesunkenen Bauzinsen, die den Kauf wieder für mehr Haushalte erschwinglich machen.
A Zehnjährige Zinsbindungen gibt es derzeit ab etwa 3,4 Prozent.
R Mehr zum Thema
R Baufinanzierung: So viel Haus können Sie sich leisten
R Artikel teilen
R Merken
R Zinsrechner
R Jetzt Baufinanzierung vergleichen
""",
    # ===== de: a house for sale as a feature, all the page's text =====
    "de_villa_reportage_full": """\
R Startseite
R Immobilien
R Wohnen
R Garten
R Ratgeber
R Anmelden
R Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.
R Alle akzeptieren
R Einstellungen
R Immobilien > Traumhäuser
T Bauhaus-Villa am Starnberger See für 6,9 Millionen Euro zu verkaufen
R 12. März 2024
R Teilen
R Merken
A Sie wurde 1931 von einem Schüler von Walter Gropius entworfen und ist eines der wenigen erhaltenen Bauhaus-Häuser in Oberbayern.
A Jetzt steht die Villa in Tutzing zum Verkauf.
A Kaufpreis: 6.900.000 €
A Wohnfläche: 320 m²
A Grundstück: 2.400 m²
A Zimmer: 8
A Baujahr: 1931
A Energieausweis: Bedarfsausweis, 142 kWh/(m²·a)
A Die Eigentümer haben das Haus 2015 unter Aufsicht des Denkmalamts saniert.
A Das große Wohnzimmer öffnet sich mit einer Fensterfront zum See.
A „So ein Haus kommt nur einmal in einer Generation auf den Markt", sagt die Maklerin.
A Zum Grundstück gehören ein eigener Steg und ein Bootshaus.
R Exposé anfordern
R Makler kontaktieren
R Besichtigung vereinbaren
R Ähnliche Immobilien
R Landhaus in Seeshaupt, 3,2 Mio. €
R Penthouse in München-Bogenhausen, 4,9 Mio. €
R Newsletter abonnieren
R Impressum
R Datenschutz
R AGB
R © 2024 Wohnmagazin GmbH
""",
    # ===== de: a garden calendar as an extractor leaves it
    "de_gartenkalender_extract": """\
T Gartenkalender April: Das ist jetzt im Garten zu tun
R Aktualisiert am 01.04.2024
A Im April beginnt die Gartensaison richtig. Doch Vorsicht: Bis Mitte Mai drohen noch Nachtfröste.
A Die wichtigsten Arbeiten im Überblick:
A Rasen vertikutieren und düngen
A Kartoffeln legen
A Möhren und Radieschen säen
A Sommerblumen vorziehen
A Forsythien nach der Blüte schneiden
A Gemüsegarten
A Salat und Kohlrabi können jetzt ins Beet, sollten aber bei Frost mit Vlies abgedeckt werden.
A Ziergarten
A Stauden teilen und verpflanzen.
A Tipp: Gießen Sie am Morgen, damit die Blätter bis zum Abend abtrocknen.
R Passend dazu
R Gartengeräte im Test: Die besten Rasenmäher
R *Affiliate-Link: Wenn Sie über diesen Link kaufen, erhalten wir eine Provision.
R Jetzt kaufen
R Kommentare
R Gärtner_Klaus: Danke, sehr hilfreich!
""",
    # ===== fr: a price report with all the page's text =====
    "fr_prix_immobilier_full": """\
R Aller au contenu principal
R Accueil
R Immobilier
R Acheter
R Louer
R Estimer
R Crédit
R Se connecter
R Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
R Accepter
R Paramétrer
R Accueil > Immobilier > Actualités
T Immobilier : les prix baissent dans la plupart des grandes villes
R Par Claire Dubois
R Publié le 3 avril 2024 à 08h30
R Partager
A Les prix de l'immobilier ancien ont reculé de 4,2 % sur un an au premier trimestre, selon les notaires.
A La baisse est plus marquée dans les grandes villes, où les acheteurs peinent à obtenir un crédit.
A Prix moyen au mètre carré :
A Paris : 9 480 € (-6,1 %)
A Lyon : 4 850 € (-8,3 %)
A Bordeaux : 4 420 € (-7,5 %)
A Marseille : 3 610 € (+1,2 %)
A Lille : 3 540 € (-3,9 %)
A « Le marché s'ajuste, mais il ne s'effondre pas », estime un notaire parisien.
A Les taux des crédits immobiliers, eux, commencent à baisser : ils s'établissent en moyenne à 3,9 % sur vingt ans.
R Simulez votre prêt immobilier
R Estimer mon bien gratuitement
R À lire aussi
R Crédit immobilier : comment négocier son taux
R Les villes où il faut acheter en 2024
R Newsletter
R Recevez chaque semaine l'actualité de l'immobilier
R S'inscrire
R Mentions légales
R Politique de confidentialité
R © 2024 Immo Médias
""",
    # ===== fr: a plant guide as an extractor leaves it
    "fr_fiche_plante_extract": """\
T Lavande : plantation, entretien et taille
R Par Marie Lefèvre, le 15/03/2024
A La lavande est une plante méditerranéenne qui aime le soleil et supporte bien la sécheresse.
A Nom latin : Lavandula angustifolia
A Famille : Lamiacées
A Hauteur : 40 à 60 cm
A Exposition : plein soleil
A Sol : sec, calcaire, bien drainé
A Floraison : juin à août
A Quand planter ?
A Plantez la lavande au printemps ou en automne, en espaçant les pieds de 40 cm.
A Taille
A Taillez après la floraison, sans couper dans le vieux bois.
A Astuce : mettez quelques cailloux au fond du trou de plantation pour améliorer le drainage.
R Acheter de la lavande
R Voir le prix
R Cet article contient des liens affiliés.
R Vous aimerez aussi
R Les 10 plantes qui résistent à la sécheresse
""",
    # ===== fr: a renovation story with all the page's text =====
    "fr_renovation_full": """\
R Maison
R Déco
R Jardin
R Travaux
R Idées
R Abonnez-vous
R Déco > Avant / après
T Avant-après : une longère bretonne rénovée avec goût
R Publié le 20/02/2024
R 5 min
A Quand Anne et Paul ont acheté cette longère près de Quimper, elle était inhabitée depuis vingt ans.
A Il a fallu refaire la toiture, les menuiseries et toute l'installation électrique.
A Surface : 140 m²
A Budget travaux : 180 000 €
A Durée du chantier : 14 mois
A Architecte : Atelier Le Goff
A « On voulait garder l'âme de la maison, ses murs en granit et ses poutres », raconte Anne.
A La cuisine a été installée dans l'ancienne étable, ouverte sur le jardin.
A Le carnet d'adresses
A Cuisine : menuiserie Kerbrat
A Carrelage : Carreaux du Nord
A Peintures : Ressource
R Partager sur Pinterest
R Enregistrer
R Retrouvez cette maison dans notre numéro de mars, en kiosque
R Sur le même sujet
R 15 maisons de campagne qui nous font rêver
R Qui sommes-nous
R Contact
R Publicité
R Gestion des cookies
""",
    # ===== es: a price report as an extractor leaves it
    "es_precio_vivienda_extract": """\
T El precio de la vivienda sube un 6,3% en el primer trimestre
R Por Laura Gómez
R Madrid, 10/04/2024 - 09:45
A El precio de la vivienda libre subió un 6,3% interanual en el primer trimestre, según los datos publicados este miércoles por el Instituto Nacional de Estadística.
A Es la mayor subida desde finales de 2022.
A Por comunidades, los mayores incrementos se registraron en:
A Madrid: +9,1%
A Canarias: +8,4%
A Baleares: +7,7%
A Cataluña: +5,2%
A "La falta de oferta sigue empujando los precios al alza", explica una portavoz de una agencia inmobiliaria.
A Los expertos prevén que la bajada del euríbor anime las compraventas en los próximos meses.
R Calcula tu hipoteca
R Compara hipotecas
R Te puede interesar
R Las mejores hipotecas fijas de abril
R Comentarios
R Escribe tu comentario
""",
    # ===== es: a house for sale as a feature, all the page's text =====
    "es_casa_venta_full": """\
R Inicio
R Casas
R Decoración
R Jardines
R Arquitectura
R Suscríbete
R Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
R Casas > En venta
T Así es la casa de piedra en el Empordà que sale a la venta por 1,8 millones
R 15 de marzo de 2024
R Compartir
A Esta masía del siglo XVIII, a pocos kilómetros de Begur, ha sido restaurada respetando sus muros de piedra y sus vigas originales.
A Precio: 1.800.000 €
A Superficie: 450 m²
A Parcela: 12.000 m²
A Dormitorios: 6
A Baños: 5
A La planta baja acoge la cocina, con chimenea de leña, y un gran salón abovedado.
A Fuera hay una piscina de agua salada rodeada de olivos centenarios.
A "Es una casa para vivir todo el año, no solo en verano", asegura el agente.
R Contactar con el anunciante
R Ver teléfono
R Solicitar visita
R Viviendas similares
R Casa en Pals, 1,2 millones
R Aviso legal
R Política de privacidad
R © 2024 Revista Casa
""",
    # ===== es: a garden calendar as an extractor leaves it
    "es_jardin_mayo_extract": """\
T Qué hacer en el jardín en mayo
A Mayo es uno de los meses más agradecidos en el huerto y el jardín.
A Tareas del mes:
A Plantar tomates, pimientos y calabacines
A Sembrar judías
A Regar al atardecer
A Abonar los rosales
A Eliminar las malas hierbas
A Consejo: acolcha la tierra con paja para conservar la humedad.
R Etiquetas: jardín, huerto, mayo
R Suscríbete a nuestra newsletter
R Publicidad
""",
    # ===== it: a mortgage news page with all its visible text =====
    "it_mutui_full": """\
R Vai al contenuto
R Home
R Casa
R Mutui
R Affitti
R Arredamento
R Accedi
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su accetta acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Home > Mutui
T Mutui, i tassi scendono ancora: le migliori offerte di aprile
R di Giulia Rossi
R 08/04/2024
A I tassi dei mutui a tasso fisso sono scesi per il quinto mese consecutivo, complice il calo dell'Eurirs.
A Secondo un portale di comparazione, il miglior tasso fisso a 25 anni è ora del 2,9%.
A Le migliori offerte per un mutuo di 200.000 euro:
A Tasso fisso 20 anni: 2,75%
A Tasso fisso 30 anni: 3,05%
A Tasso variabile: 3,95%
A Rata mensile a partire da 980 euro.
A "Per chi compra casa è il momento più favorevole da due anni", spiega un mediatore creditizio.
R Calcola la rata del mutuo
R Confronta i mutui
R Leggi anche
R Casa, quanto costa davvero comprare a Milano
R Iscriviti alla newsletter
R Chi siamo
R Privacy
R P.IVA 01234567890
""",
    # ===== it: a plant guide as an extractor leaves it
    "it_piante_extract": """\
T Come coltivare il basilico in vaso
R di Luca Bianchi | 2 maggio 2024
A Il basilico è una delle piante aromatiche più facili da coltivare sul balcone.
A Esposizione: sole
A Terreno: soffice e ricco
A Annaffiature: frequenti, senza ristagni
A Semina: da marzo a maggio
A Raccolta: da giugno a ottobre
A Cosa serve:
A Un vaso di almeno 20 cm
A Terriccio universale
A Semi di basilico
A Consiglio: cimate le piante prima della fioritura per avere più foglie.
R Acquista su Amazon
R In qualità di Affiliato Amazon riceviamo un guadagno dagli acquisti idonei.
R Ti potrebbe interessare
R Orto sul balcone: cosa piantare a maggio
""",
    # ===== it: a house for sale as a feature, all the page's text =====
    "it_casa_vendita_full": """\
R Home
R Case da sogno
R Design
R Giardino
R Abbonati
R Case da sogno > In vendita
T In vendita il casale in Toscana con vista sulla Val d'Orcia
R 22 marzo 2024
R Condividi
R Salva
A Il casale, costruito nel Cinquecento, si trova su una collina a pochi chilometri da Pienza.
A Prezzo: 3.200.000 euro
A Superficie: 600 mq
A Camere: 7
A Bagni: 6
A Terreno: 10 ettari
A Classe energetica: G
A Il restauro ha conservato i soffitti a travi e il pavimento in cotto.
A Nel parco ci sono una piscina a sfioro e un uliveto con 400 piante.
A "È uno dei panorami più belli d'Italia", dice l'agente.
R Richiedi informazioni
R Contatta l'agenzia
R Annunci simili
R Villa a Montepulciano, 2,5 milioni
R Seguici su Instagram
R Note legali
R Cookie policy
""",
    # ===== pt: a price report as an extractor leaves it
    "pt_precos_habitacao_extract": """\
T Preço das casas volta a subir em Lisboa e no Porto
R Por Ana Martins
R 12 abr 2024, 11:20
A O preço mediano das casas vendidas em Portugal subiu 8,6% no último trimestre de 2023, segundo o Instituto Nacional de Estatística.
A Lisboa continua a ser o concelho mais caro do país.
A Preço mediano por metro quadrado:
A Lisboa: 4.106 €/m²
A Cascais: 3.980 €/m²
A Porto: 2.913 €/m²
A Faro: 2.480 €/m²
A "A procura continua muito acima da oferta", diz um responsável de uma imobiliária.
A As taxas de juro do crédito à habitação começaram a descer em janeiro.
R Simule o seu crédito habitação
R Leia também
R Arrendamento: rendas sobem 11% num ano
R Partilhar
R Comentários
""",
    # ===== pt: a garden page with all its visible text =====
    "pt_jardim_full": """\
R Início
R Casa
R Jardim
R Decoração
R Receitas
R Pesquisar
R Este site utiliza cookies para melhorar a sua experiência. Ao continuar, aceita a utilização.
R Aceitar
R Jardim > Plantas
T Como cuidar de uma orquídea em casa
R 18 de março de 2024
A As orquídeas Phalaenopsis são as mais fáceis de manter dentro de casa.
A Luz: indireta, sem sol direto
A Rega: uma vez por semana
A Temperatura: entre 18 e 25 graus
A Vaso: transparente, com furos
A Regue por imersão, deixando o vaso dentro de água durante dez minutos.
A Depois da floração, corte a haste acima do segundo nó.
A Dica: nunca deixe água acumulada no prato.
R Partilhar no Facebook
R Guardar no Pinterest
R Artigos relacionados
R As melhores plantas para casas de banho
R Subscreva a nossa newsletter
R Política de privacidade
R Termos de utilização
R © 2024 Casa & Jardim
""",
    # ===== pt: an interiors story as an extractor leaves it
    "pt_decoracao_extract": """\
T Um T2 em Alvalade transformado com 25 mil euros
A Quando a Inês comprou este apartamento, a cozinha estava fechada e a casa tinha pouca luz.
A A solução foi abrir a parede entre a cozinha e a sala.
A Área: 78 m²
A Orçamento: 25.000 €
A Obra: 4 meses
A "Queria uma casa luminosa e simples", conta a proprietária.
A Os pavimentos em madeira de pinho foram recuperados e envernizados.
R Fotografia: João Silva
R Gostou deste artigo? Partilhe com os seus amigos
R Veja também
R 10 ideias para cozinhas pequenas
""",
    # ===== nl: a house-price report with all its visible text =====
    "nl_huizenprijzen_full": """\
R Naar hoofdinhoud
R Home
R Wonen
R Hypotheek
R Huren
R Verbouwen
R Inloggen
R Wij gebruiken cookies om de website goed te laten werken. Door verder te gaan ga je akkoord.
R Akkoord
R Instellingen
R Home > Wonen > Nieuws
T Huizenprijzen stijgen weer: gemiddelde woning kost nu 429.000 euro
R Door Pieter de Vries
R 22 april 2024, 06:00
A De prijzen van bestaande koopwoningen zijn in het eerste kwartaal opnieuw gestegen, meldt het CBS.
A Een gemiddelde woning kostte 429.000 euro, 3,1 procent meer dan een jaar eerder.
A Gemiddelde verkoopprijs per provincie:
A Noord-Holland: 548.000 euro
A Utrecht: 523.000 euro
A Groningen: 318.000 euro
A Limburg: 319.000 euro
A "Kopers hebben weer vertrouwen nu de hypotheekrente daalt", zegt een makelaar.
A De hypotheekrente voor tien jaar vast ligt nu rond de 3,8 procent.
R Bereken je maximale hypotheek
R Vergelijk hypotheekrentes
R Lees ook
R Zo krijg je een huis in een krappe markt
R Deel dit artikel
R Contact
R Privacy
R Cookieverklaring
R © 2024 Woonnieuws
""",
    # ===== nl: a garden calendar as an extractor leaves it
    "nl_tuin_extract": """\
T Tuinklussen in oktober
R Door Marleen Jansen
A In oktober maak je de tuin klaar voor de winter.
A Dit kun je nu doen:
A Voorjaarsbollen planten
A Bladeren harken
A Dahliaknollen uitgraven
A Het gazon verticuteren
A Vaste planten scheuren
A Tip: laat de zaaddozen van siergrassen staan, vogels eten ervan in de winter.
R Bestel bloembollen
R Bekijk het aanbod
R Reacties (3)
R Plaats een reactie
""",
    # ===== nl: a DIY how-to with all its visible text =====
    "nl_klussen_full": """\
R Home
R Klussen
R Tuin
R Inspiratie
R Winkels
R Klussen > Verven
T Zo verf je een kozijn
T Moeilijkheid: gemiddeld
A Tijd: 1 dag
A Met een nieuwe verflaag gaan houten kozijnen jaren langer mee.
A Wat heb je nodig:
A Schuurpapier
A Afplaktape
A Grondverf
A Lakverf
A Kwast
A Stap 1: Schuur het kozijn licht op.
A Stap 2: Plak het glas en de muur af.
A Stap 3: Breng een laag grondverf aan en laat die drogen.
A Stap 4: Verf het kozijn in twee dunne lagen.
A Let op: verf niet bij felle zon of vorst.
R Bekijk producten
R In winkelwagen
R Vond je dit artikel nuttig?
R Ja
R Nee
R Meer klustips
R Klantenservice
R Cookies
R © 2024 Klusmagazine
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== en: a garden calendar whose list under its month closes the text, the shop and footer under it
    "en_garden_june_full": """\
R Home
R Gardening
R Grow your own
R Houseplants
T What to do in the garden in June
R By Alan Marsh
R 31 May 2024
A June is the month to enjoy the garden, but there is still plenty of work to keep on top of.
A Water containers daily in hot weather, preferably in the evening when less is lost to evaporation.
A In June:
A Deadhead roses
A Stake tall perennials
A Thin out fruit
A Sow biennials
R Shop now
R Tools:
R Mortgage calculator
R Stamp duty calculator
R Newsletter
R Sign up
R Cookie policy
""",
    # ===== de: a DIY page's materials under its bare label, the shop's buttons under it
    "de_heimwerken_extract": """\
T Regal selber bauen: So geht's
A Ein einfaches Wandregal aus Holz ist auch für Anfänger an einem Nachmittag gebaut, wenn das Werkzeug bereitliegt.
A Zuerst werden die Bretter auf Länge gesägt und die Kanten mit Schleifpapier geglättet.
A Dann werden die Winkel angeschraubt und das Regal mit Dübeln an der Wand befestigt.
A Material:
A Zwei Fichtenbretter
A Vier Metallwinkel
A Schrauben und Dübel
A Holzlasur
R Jetzt im Shop bestellen
R Artikel teilen
R Merken
""",
    # ===== fr: a garden calendar's parts under their labels
    "fr_jardin_avril_extract": """\
T Jardin : que faire en avril ?
R Par Marie Lefèvre
A Avril est un mois chargé au jardin, mais il faut encore se méfier des gelées nocturnes jusqu'aux saints de glace.
A Protégez les jeunes semis avec un voile d'hivernage si le thermomètre descend sous zéro pendant la nuit.
A Au potager :
A Semer les radis
A Planter les pommes de terre
A Repiquer les salades
A Sous serre :
A Semer les tomates
A Semer les courgettes
R Partager
R Épingler
R Newsletter
""",
    # ===== en: a mortgage story with its lender's risk formula and its calculator under it
    "en_remortgage_extract": """\
T Two-year fixed rates fall for the sixth week running
A The average two-year fixed mortgage rate fell for the sixth week in a row to 5.69%, according to the latest figures from a data provider.
A Brokers say lenders are competing hard for business ahead of the spring buying season.
A Your home may be repossessed if you do not keep up repayments, one broker reminded borrowers tempted to stretch their budgets.
A The average five-year fix fell to 5.27%.
R Compare mortgage rates
R Monthly repayment from £1,240
R Your home may be repossessed if you do not keep up repayments on your mortgage.
R Share this article
""",
    # ===== en: a DIY page's shop box under its steps
    "en_diy_shelf_full": """\
R Home
R DIY
R Decorating
R Garden
T How to put up a floating shelf
A Floating shelves look neat because their fixings are hidden inside the shelf, but they need a solid wall to carry any weight.
A Materials:
A Floating shelf kit
A Wall plugs
A Screws
A Step 1: Mark the position of the bracket with a spirit level.
A Step 2: Drill the holes and insert the wall plugs.
A Step 3: Screw the bracket to the wall and slide the shelf on.
R Shop this project
R Floating shelf kit £19.99 Add to basket
R Spirit level £8.50 Add to basket
R Delivery
R Returns
R © 2024 DIY Stores Ltd
""",
    # ===== es / it: a house for sale with the box of other homes, a mortgage widget's button
    "es_it_casas_extract": """\
T Una casa de pueblo en Cadaqués sale a la venta por 950.000 euros
A La casa, de tres plantas, conserva la fachada encalada y las contraventanas azules típicas del pueblo.
A Precio: 950.000 €
A Dormitorios: 4
A "Es una de las pocas casas del casco antiguo con terraza", dice la agente.
R Viviendas similares
R Casa en Roses, 720.000 €
R Piso en Llançà, 310.000 €
R Calcola la rata del mutuo
""",
    # ===== en / de: a house for sale closing on its fact box under a heading, a calendar's jobs under their month
    "en_de_key_facts_extract": """\
T The thatched cottage on the village green that comes with its own cricket view
A The cottage has stood on the edge of the green since the 1680s, and its garden runs down to the boundary rope.
A Its owners of thirty years have decided to move closer to their grandchildren in Scotland.
A Key facts
A Price: £1.25m
A Bedrooms: 4
A Agent: Savills
R Share this article
R Facebook
R Newsletter
R Sign up
R Cookie policy
""",
    "de_gartenarbeit_mai_extract": """\
T Garten im Mai: Jetzt kommen die Tomaten ins Beet
A Nach den Eisheiligen Mitte Mai können auch empfindliche Pflanzen wie Tomaten und Gurken ins Freie.
A Wer früher pflanzt, sollte die jungen Pflanzen nachts mit einem Vlies schützen.
A Gartenarbeit im Mai:
A Tomaten auspflanzen
A Rasen mähen
A Rosen düngen
R Artikel teilen
R Merken
R Newsletter
R Datenschutz
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Reviewed by our experts": a how-to's review stamp between its headline and its fact rows, as short as they are
    "en_diy_tiling_full": 1,
    # the calculator widget's heading and question ("Mortgage calculator" over "How much could you borrow?"): a
    # mortgage guide's subheading over its question reads the same; the question is no furniture line
    "en_mortgage_rates_full": 2,
    # a shop's button naming the plant ("Acheter de la lavande"): an imperative with the article's subject, as a
    # guide's own instruction reads
    "fr_fiche_plante_extract": 1,
    # a breadcrumb whose steps hold function words ("Case da sogno > In vendita"): too many of them for the furniture
    # test's ratio, and no "Home" opening it for site-chrome
    "it_casa_vendita_full": 1,
    # a DIY page of short sentences (none of edge-furniture's twelve words): no edge to clear, so its menu, breadcrumb
    # and footer links stay ("Klussen", "Tuin", "Inspiratie", "Winkels", "Klussen > Verven", "Bekijk producten",
    # "Meer klustips", "Cookies")
    "nl_klussen_full": 8,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a property or garden story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The average price of a home in England rose by 1.2% in the year to March, the Office for National Statistics said on Wednesday.",
        "Prices rose fastest in the North West, while they fell slightly in London and the South East.",
        "Private rents, meanwhile, rose by 9.2% over the same period, the fastest rate since records began.",
    ],
    "de": [
        "Die Bauzinsen sind im April leicht gestiegen, zehnjährige Darlehen kosten im Schnitt wieder rund 3,6 Prozent.",
        "Für Käufer bedeutet das bei einem Kredit von 300.000 Euro eine um etwa 50 Euro höhere Monatsrate.",
        "Fachleute rechnen dennoch nicht mit einem neuen Einbruch der Nachfrage nach Wohneigentum.",
    ],
    "fr": [
        "Les loyers ont augmenté de 3,5 % en un an dans les grandes villes, selon le dernier baromètre d'un réseau d'agences.",
        "La hausse est la plus forte à Lille et à Montpellier, où la demande étudiante reste très soutenue.",
        "À Paris, l'encadrement des loyers continue de freiner la progression, note l'étude.",
    ],
    "es": [
        "El precio del alquiler subió un 9,5% en marzo respecto al mismo mes del año anterior, según un portal inmobiliario.",
        "Madrid y Barcelona vuelven a marcar máximos históricos, con más de 20 euros por metro cuadrado.",
        "Los expertos atribuyen la subida a la escasez de viviendas disponibles para alquilar.",
    ],
    "it": [
        "Le compravendite di abitazioni sono calate del 7,2% nel primo trimestre, secondo i dati dell'Agenzia delle Entrate.",
        "Il calo è stato più forte nelle grandi città, dove i prezzi restano elevati.",
        "Gli operatori si aspettano una ripresa nella seconda metà dell'anno, con la discesa dei tassi.",
    ],
    "pt": [
        "As rendas das casas subiram 11% no último ano, segundo os dados divulgados esta quinta-feira pelo Instituto Nacional de Estatística.",
        "Lisboa continua a ser a cidade com as rendas mais altas do país, seguida do Porto.",
        "O Governo prepara um novo pacote de medidas para aumentar a oferta de habitação.",
    ],
    "nl": [
        "Het aantal verkochte woningen is in maart met 12 procent gestegen ten opzichte van een jaar eerder, meldt het Kadaster.",
        "Vooral starters kochten vaker een huis, mede dankzij de dalende hypotheekrente.",
        "Makelaars verwachten dat de prijzen de rest van het jaar verder zullen stijgen.",
    ],
}

_CL, _SC, _NL, _TB, _SB = "consent-line", "site-chrome", "newsletter-prompt", "teaser-box", "social-buttons"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Your home may be repossessed if you do not keep up repayments on your mortgage.", _CL),
    ("en", "This site is not a mortgage broker. Your home may be repossessed if you do not keep up repayments on your mortgage.", _CL),
    ("en", "Think carefully before securing other debts against your home. Your home may be repossessed if you do not keep up repayments on a mortgage or any other debt secured on it.", _CL),
    ("en", "This site is not a mortgage broker.", _CL),
    ("en", "Compare mortgages", _SC),
    ("en", "Compare mortgage rates", _SC),
    ("en", "Monthly repayment from £9,850", _SC),
    ("en", "Monthly repayments from £1,240 pcm", _SC),
    ("en", "Shop this project", _SC),
    ("en", "Tile cutter £24.99 Add to basket", _SC),
    ("en", "Floating shelf kit £19.99 Add to basket", _SC),
    ("en", "Subscribe to the magazine and get 6 issues for £6", _NL),
    ("es", "Viviendas similares", _TB),
    ("it", "Calcola la rata del mutuo", _SC),
    ("fr", "Épingler", _SB),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Your home may be repossessed if you do not keep up repayments, the broker warned, though few borrowers read the small print."),
    ("en", "This site is not a mortgage broker's dream: the lender's office closed in 2019 and the building has stood empty since."),
    ("en", "Compare mortgages from at least three lenders before you sign anything, the broker advised first-time buyers."),
    ("en", "Monthly repayments from £1,240 would rise to £1,480 if rates climbed by one percentage point, the analysts calculated."),
    ("en", "Shop the look at the reclamation yards the couple used, most of them within an hour's drive of Bath."),
    ("en", "The tile cutter cost £24.99 and we added it to the basket with a box of spacers and a bag of grout."),
    ("en", "The offer to subscribe and get 6 issues for £6 doubled the magazine's circulation within a year, its publisher said."),
    ("es", "Las viviendas similares de la zona se venden por unos 4.000 euros el metro cuadrado, según la agencia."),
    ("it", "Calcola la rata del mutuo chi vuole capire quanto pesa l'aumento dei tassi, suggerisce l'associazione dei consumatori."),
    ("fr", "Épingler une photo sur un tableau de liège est l'astuce de la décoratrice pour changer de décor à chaque saison."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


#: (language, the article's last sentence, a label of table structure.howto_heading added here, its items)
_CALENDAR = [
    ("en", "In March:", ["Sow sweet peas", "Prune roses", "Plant onion sets", "Mulch borders"]),
    ("en", "This month:", ["Deadhead roses", "Stake tall perennials", "Thin out fruit"]),
    ("en", "In the greenhouse:", ["Sow tomatoes", "Pot on seedlings", "Open the vents on warm days"]),
    ("en", "Materials:", ["Tiles", "Tile adhesive", "Grout", "Spacers"]),
    ("de", "Im April:", ["Kartoffeln legen", "Rasen düngen", "Möhren säen", "Stauden teilen"]),
    ("de", "Material:", ["Zwei Fichtenbretter", "Vier Metallwinkel", "Holzlasur"]),
    ("fr", "Au potager :", ["Semer les radis", "Planter les pommes de terre", "Repiquer les salades"]),
    ("fr", "Ce mois-ci :", ["Tailler les rosiers", "Planter les bulbes", "Pailler les massifs"]),
    ("es", "En el huerto:", ["Sembrar tomates", "Podar los rosales", "Plantar bulbos"]),
    ("es", "Este mes:", ["Abonar el césped", "Regar al atardecer", "Eliminar las malas hierbas"]),
    ("it", "Nell'orto:", ["Seminare i pomodori", "Potare le rose", "Piantare i bulbi"]),
    ("it", "Materiali:", ["Un vaso di terracotta", "Terriccio universale", "Semi di basilico"]),
    ("pt", "Na horta:", ["Semear tomates", "Podar as roseiras", "Plantar bolbos"]),
    ("pt", "Em março:", ["Adubar a relva", "Semear alfaces", "Limpar os canteiros"]),
    ("nl", "In de moestuin:", ["Tomaten zaaien", "Rozen snoeien", "Bollen planten"]),
    ("nl", "Deze maand:", ["Gazon bemesten", "Bladeren harken", "Vaste planten scheuren"]),
    ("en", "Top tips:", ["Water in the morning", "Mulch in spring", "Feed monthly"]),
    ("de", "Gartenarbeit im Mai:", ["Tomaten auspflanzen", "Rasen mähen", "Rosen düngen"]),
    ("nl", "Tuinklussen:", ["Bollen planten", "Bladeren harken", "Gras maaien"]),
    ("es", "Tareas:", ["Sembrar judías", "Regar al atardecer", "Abonar los rosales"]),
    ("pt", "Tarefas do mês:", ["Semear feijão", "Regar ao fim da tarde", "Adubar as roseiras"]),
    ("it", "Lavori di maggio:", ["Seminare i fagioli", "Tagliare l'erba", "Concimare le rose"]),
    ("fr", "Les travaux du mois :", ["Semer les haricots", "Tondre la pelouse", "Arroser le soir"]),
]
#: the page's residue under the list (each line another pass takes)
_UNDER = ["Share this article", "Facebook", "Newsletter", "Sign up", "Cookie policy"]


@pytest.mark.parametrize(("lang", "label", "items"), _CALENDAR)
def test_a_calendars_or_a_how_tos_list_under_its_label_closing_the_text_stays(lang: str, label: str, items: list[str]) -> None:
    # edge-furniture (edge_howto.howto_lists, table structure.howto_heading): the month's, the garden part's or the
    # materials' label right under the text's last sentence, over its short items, the page's residue under them
    # (on main a6ebecc the run of the page's furniture took the label and its items: "In March:" is two words)
    lost_lines, gone = kept([*TEXT[lang], label, *items, *_UNDER])
    assert lost_lines == _UNDER, gone


def test_a_bare_tools_label_over_a_property_sites_calculators_still_goes() -> None:
    # ("Tools:" alone is not in the table: a property site's footer heads its calculators with it)
    footer = ["Tools:", "Mortgage calculator", "Stamp duty calculator", "Rent calculator", "Cookie policy"]
    lost_lines, gone = kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


def test_a_materials_label_over_the_sites_footer_links_still_goes() -> None:
    # (the footer's links are other passes' removals: no item under the label, which goes with the run)
    footer = ["Materials:", "About us", "Contact us", "Careers", "Privacy policy"]
    lost_lines, gone = kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


@pytest.mark.parametrize("label", ["This month", "In March", "In the greenhouse"])
def test_a_month_or_a_garden_part_without_its_colon_is_judged_as_before(label: str) -> None:
    # (the entries ask the colon: a rail's heading "This month" over a menu's words goes with the run as on main)
    footer = [label, "Houseplants", "Lawns", "Pests", "Newsletter", "Sign up"]
    lost_lines, gone = kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


def test_the_mortgage_widget_under_a_story_goes_and_its_quoted_warning_stays() -> None:
    # (signup.disclosure: the risk formula alone and whole goes; the story's sentence quoting it runs on and stays)
    quote = "Your home may be repossessed if you do not keep up repayments, one broker reminded borrowers tempted to stretch their budgets."
    widget = ["Compare mortgage rates", "Monthly repayment from £1,240", "Your home may be repossessed if you do not keep up repayments on your mortgage."]
    lost_lines, gone = kept([*TEXT["en"][:2], quote, TEXT["en"][2], *widget])
    assert lost_lines == widget, gone


if __name__ == "__main__":
    report(CASES)


#: (language, a fact box's heading and its labelled rows closing the article)
_FACT_BOXES = [
    ("en", ["Key facts", "Price: £1.25m", "Bedrooms: 4", "Agent: Savills"]),
    ("en", ["Fact file", "Price: £875,000", "Bedrooms: 3", "Garden: 90ft", "Tenure: Freehold"]),
    ("de", ["Eckdaten", "Preis: 895.000 €", "Wohnfläche: 142 m²", "Zimmer: 5"]),
    ("fr", ["En bref", "Prix : 1 450 000 €", "Surface : 210 m²", "Chambres : 5"]),
    ("en", ["At a glance", "Height: 1.5m", "Spread: 1m", "Soil: moist"]),
]


@pytest.mark.parametrize(("lang", "box"), _FACT_BOXES)
def test_a_fact_box_under_its_heading_closing_the_text_stays(lang: str, box: list[str]) -> None:
    # edge-furniture (edge_property.fact_box_tail): the heading right under the text's last sentence, its labelled rows
    # (two with a figure) down to the page's residue; on main a6ebecc the tail's run took the heading and its rows
    lost_lines, gone = kept([*TEXT[lang], *box, *_UNDER])
    assert lost_lines == _UNDER, gone


@pytest.mark.parametrize(
    "box",
    [
        # (a teaser box's rows share their label)
        ["More from us", "Read more: Ten best gardens", "Read more: Five houses to buy now", "Read more: The 2024 list"],
        # (a menu's links are no labelled rows)
        ["Sections", "News", "Sport", "Property", "Gardens"],
    ],
)
def test_a_heading_over_rows_that_are_no_fact_box_goes_with_the_run(box: list[str]) -> None:
    lost_lines, gone = kept([*TEXT["en"], *box, *_UNDER])
    assert lost_lines == [*box, *_UNDER], gone

