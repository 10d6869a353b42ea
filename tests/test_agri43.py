# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""agri43: a probe of farming and agriculture news, scraped as text (half as an extractor leaves it, half as all the
visible text of the page), in en, de, fr, es, it, pt, nl and pl: weekly grain, milk, pig and olive-oil market reports,
animal-disease notices (bird flu, bluetongue, African swine fever) with their zones and rules, farm protests and
subsidy (CAP) stories, farm profiles, machinery tests, a machinery show, a rural weather forecast.

- the article (``A``): its price rows ("Feed wheat (Nov): £176.50/t", "Milchpreis Bayern: 47,5 ct/kg", "Blé tendre :
  215 €/t"), a machinery test's spec rows ("Engine: 6.7 l six-cylinder", "PS: 200") and its verdict's plus and minus
  lists, a farm's key facts ("Farm size: 320 ha", "Herd: 180 cows"), a disease notice's zone rules and its list of
  districts, a protest's demands, a show's date and place rows, one-line quotes ("It works for us.");
- the residue (``R``): bylines and stamps, share rows, "Read more" and "Most read" boxes with their headlines,
  "Subscribe to Farmers Weekly", "Jetzt abonnieren", newsletter boxes, weather widgets in the head ("Today 14° Rain
  60%"), a commodity ticker ("Weizen 218,50 €/t ▼ -1,25"), classified-ads teasers ("Used tractors for sale"), comments,
  menus, footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (14 extracts, 10 full pages), 234 ``A`` lines, 347
  ``R``, 24 ``T``, all eight languages.
- round 2, after the changes, aimed at them: 6 pages, 52 ``A``, 37 ``R``: a head's weather widget over the article's
  own forecast rows, a head's ticker over the article's own closes with their arrows, a bluetongue and a bird flu
  notice listing their communes over short sentences (fr, nl), an Italian headline with a colon over its credit, a
  drill test's "What we liked" / "What we didn't" box closing the article.

Measured on main 2ab0a12: round 1 lost 7, left 11; round 2 lost 6, left 5. Lost: a machinery test's closing plus and
minus lists under their short labels ("What we liked" / "Smooth transmission" / "Quiet cab" / "What we didn't" / ...)
at the article's end (edge-furniture: "What we didn't" was no side's heading), and a disease notice's last sentence
("Fleisch und Milch können ohne Bedenken verzehrt werden.") under its list of districts and a short sentence
(detached-blocks: the list and the short sentence counted as a gap of furniture). Left: weather widgets in the head
("Today 14° Rain 60%", "Heute 9° Regen 70%"), a commodity ticker ("Weizen 218,50 €/t ▼ -1,25"), a section's name over
the headline ("Politik", kept by the widgets beside it), a machinery magazine's credit row ("Words: … Photos: …"), pl
"Autor: …" under a headline with a colon ("Ceny zbóż: pszenica tanieje w skupach", read as a fact box's row), a
footer's "Alle Testberichte" and "Datenschutz" under a verdict box (read as items of its "Minus" side; a second
cleaning took them), a teaser "El tiempo en tu localidad".

After: round 1 lost 0, left 2; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_agri.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``list_over_short_sentences_gap`` (detached-blocks): a gap with no line taken that holds a list under its label
  (edge_games' ``label_list``) and under it only kept sentences of five words or more (three at most) down to the
  prose is the article's; the sentence under them stays. A menu with no label over a teaser still goes (test).
- ``lower_headline_row`` (metadata.in_fact_box, the byline passes' fact-box test): the page's first kept line, a label
  row of two whose value opens in lower case, runs four words or more and holds no figure ("Ceny zbóż: pszenica tanieje
  w skupach"), is the headline, no fact: the credit under it goes. A book's "Title: The Magic Mountain" over "Author:
  Thomas Mann" stays (test).
- ``taken_between`` (edge_boxes.pros_and_cons): a verdict box's side ends at a line another pass took (the page's
  teaser box, its newsletter call), so the footer's lines under it are no items; blank lines between items are no
  break (tests both ways).
- tables, each in an ``# agri43:`` block at its list's end: ``widgets.head_widget`` (language-neutral) a weather
  widget with the chance of rain ("Today 14° Rain 60%") and a commodity ticker's cell with its arrow ("Weizen 218,50
  €/t ▼ -1,25"), over the first paragraph only (the article's own rows under it stay: test); ``structure.
  verdict_heading`` "What we didn't" (one side alone is no box: test); ``metadata.labelled_byline`` a words-and-pictures
  credit with no bar ("Words: Mike Tidswell Photos: Jim Varney", "Text: Anna Berger Fotos: Jan Brandt"). Each has a
  sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_agri43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a weekly grain market report as an extractor leaves it: price rows, a byline, a share row, "Read more"
    "en_grain_market_extract": """\
T Grain markets: wheat slips as harvest pressure builds
R By Olivia Cooke
R Published: 14 August 2024
R Share
R Facebook
R X
R LinkedIn
A UK feed wheat futures fell for a third week running as harvest progress across the south and east added to farm selling.
A The November contract closed on Friday at £176.50/t, down £3.25/t on the week, while May 2025 lost £2.10/t.
A Ex-farm prices this week:
A Feed wheat (spot): £168.00/t
A Feed wheat (Nov): £176.50/t
A Milling wheat (Nov): £205.00/t
A Feed barley (spot): £150.00/t
A Oilseed rape (Nov): £386.00/t
A Yields are coming in below average on lighter land, with many growers reporting 7-8t/ha of wheat after the wet autumn.
A "We've cut 40% of our wheat and it's averaging 7.6t/ha, which is a tonne down on the five-year average," said Lincolnshire grower Tom Hardy.
A Traders expect prices to find support once harvest selling eases in September.
R Read more
R Harvest 2024: oilseed rape yields disappoint in the east
R Fertiliser prices ease as gas costs fall
R Subscribe to Farmers Weekly
""",
    # ===== a bird flu notice on a farming site with all its visible text =====
    "en_bird_flu_zone_full": """\
R Skip to content
R Accept all cookies
R Manage preferences
R We use cookies to improve your experience on our site and to show you relevant advertising.
R Home
R News
R Arable
R Livestock
R Machinery
R Business
R Weather
R Jobs
R Today 14° Rain 60%
R Tomorrow 12° Showers 40%
R Livestock
T Bird flu confirmed at Norfolk turkey farm: protection zone in place
R 12 November 2024
R 3 min read
A Avian influenza H5N1 has been confirmed in commercial turkeys at a premises near Attleborough, Norfolk, the chief veterinary officer said on Monday.
A All 12,000 birds on the farm will be humanely culled.
A A 3km protection zone and a 10km surveillance zone have been put in place around the premises.
A Within the protection zone:
A Poultry must be housed.
A Movements of poultry, eggs and manure are restricted.
A Bird gatherings are banned.
A Keepers must record all visitors to their premises.
A Within the surveillance zone:
A Keepers must report any increase in mortality.
A Movements off premises require a licence.
A "Bird keepers must remain vigilant and maintain the highest standards of biosecurity," said chief veterinary officer Christine Middlemiss.
A The risk level for wild birds has been raised to high.
R Related articles
R Bluetongue: zone extended to Suffolk and Essex
R Egg prices climb as flocks shrink
R Most read
R 1
R Farmers protest over inheritance tax changes
R 2
R Used tractors for sale: 2,300 listings this week
R 3
R Sheep prices hit record as lamb supply tightens
R Sign up to our daily newsletter
R Enter your email
R Sign up
R About us
R Contact us
R Advertise
R Terms and conditions
R Privacy policy
R © 2024 Farm Media Ltd. All rights reserved.
""",
    # ===== a machinery test with spec rows, extract =====
    "en_tractor_test_extract": """\
T On test: is the new 240hp tractor worth the extra?
R Words: Mike Tidswell Photos: Jim Varney
R Updated 2 hours ago
A The latest six-cylinder from the manufacturer's mid-range line lands with a bigger engine and a new stepless gearbox.
A We spent a week on drilling and road haulage with it on a mixed farm in Shropshire.
A Specs
A Engine: 6.7 l six-cylinder
A Rated power: 240hp
A Max torque: 1,050Nm
A Transmission: CVT, 0-50km/h
A Rear lift: 9,500kg
A Fuel tank: 450 l
A Weight: 9,800kg
A Price: £186,000
A The cab is quiet at 70dB and the armrest controls are laid out logically.
A Fuel use averaged 18.4 l/h during drilling, slightly better than its predecessor.
A Verdict: a well-built all-rounder, but the price puts it close to bigger rivals.
A What we liked
A Smooth transmission
A Quiet cab
A What we didn't
A Small fuel tank
A Fiddly headland management
R You might also like
R Used tractors for sale
R Find a dealer near you
R Share this article
""",
    # ===== a farm profile with key facts, full page =====
    "en_farm_profile_full": """\
R Menu
R Search
R Subscribe
R Log in
R News
R Farm profiles
R Dairy
R Farm profiles
T How a Devon dairy farm cut costs by going once-a-day milking
R By Emma Penrose
R Tuesday 3 September 2024, 6:00am
A When Richard and Kate Hooper switched their herd to once-a-day milking in 2021, neighbours told them they were mad.
A Three years on, the farm is making more profit per litre than ever.
A Farm facts
A Farm size: 320 ha
A Herd: 180 cows
A Breed: Friesian x Jersey
A Yield: 4,200 litres/cow
A Calving: spring block
A Staff: 2 full-time
A "We were working 80-hour weeks and something had to give," says Richard.
A Milk solids have risen to 5.4% fat and 4.1% protein.
A "It works for us."
A Cows now graze from February until November, and feed costs have fallen by a third.
A The Hoopers say the biggest change has been to their own quality of life.
R Comments
R 4 comments
R Dairyman64
R 2 days ago
R Great article, we did the same five years ago and never looked back.
R Reply
R Tags
R Dairy
R Grazing
R Farm profiles
R Latest news
R Milk price: Arla holds for October
R Farmers Weekly Awards 2024: finalists revealed
R Newsletter
R Get the latest farming news in your inbox every morning.
R Subscribe now
R Cookie settings
R © Farm Media Ltd 2024
""",
    # ===== a German milk price report, extract =====
    "de_milchpreis_extract": """\
T Milchpreise: Molkereien zahlen im Oktober mehr
R Von Anna Berger
R 15.10.2024, 08:30 Uhr
R Lesezeit: 3 Min.
A Die Erzeugerpreise für konventionelle Kuhmilch sind im Oktober erneut gestiegen.
A Viele Molkereien im Süden haben ihre Auszahlungspreise um bis zu 2 Cent angehoben.
A Die Preise im Überblick (4,0 % Fett, 3,4 % Eiweiß, netto):
A Milchpreis Bayern: 47,5 ct/kg
A Milchpreis Niedersachsen: 45,2 ct/kg
A Biomilch: 58,0 ct/kg
A Spotmilch: 52,5 ct/kg
A „Der Markt ist leergefegt, die Anlieferung liegt unter Vorjahr“, sagt Marktanalyst Jens Kühl.
A Für November erwarten Beobachter stabile bis leicht steigende Preise.
A Auch die Butterpreise an der Kemptener Börse zogen an.
R Jetzt abonnieren
R Mehr zum Thema
R Butterpreis auf Rekordhoch
R Schlachtschweine: Vereinigungspreis unverändert
R Artikel teilen
R Facebook
R WhatsApp
R E-Mail
""",
    # ===== a German farm protest story with all its visible text =====
    "de_bauernprotest_full": """\
R Zum Inhalt springen
R Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
R Startseite
R Politik
R Ackerbau
R Tierhaltung
R Technik
R Markt
R Wetter
R Heute 9° Regen 70%
R Weizen 218,50 €/t ▼ -1,25
R Raps 472,00 €/t ▲ +3,50
R Politik
T Agrardiesel: Tausende Landwirte protestieren in Berlin
R 08.01.2024
A Mit mehr als 5.000 Traktoren sind Landwirte am Montag zum Brandenburger Tor gefahren.
A Sie protestieren gegen die geplante Streichung der Agrardiesel-Rückvergütung.
A Der Bauernverband fordert:
A Erhalt der Agrardiesel-Rückvergütung
A Keine Kfz-Steuer für landwirtschaftliche Fahrzeuge
A Weniger Bürokratie bei der GAP
A „Wir lassen uns das nicht gefallen“, sagte Bauernpräsident Joachim Rukwied.
A Die Bundesregierung hat inzwischen angekündigt, die Kfz-Steuerbefreiung beizubehalten.
A Weitere Proteste sind für die kommende Woche angekündigt.
R Das könnte Sie auch interessieren
R Gebrauchte Traktoren kaufen
R Landtechnik-Börse: über 20.000 Angebote
R Meistgelesen
R GAP-Antrag 2024: Das ändert sich
R Düngeverordnung: Neue Rote Gebiete
R Newsletter
R Die wichtigsten Agrarnachrichten täglich in Ihr Postfach.
R Jetzt anmelden
R Impressum
R Datenschutz
R AGB
R Kontakt
R © 2024 Landwirtschaftsverlag GmbH
""",
    # ===== a German bluetongue notice, extract =====
    "de_blauzunge_extract": """\
T Blauzungenkrankheit: Sperrzone auf ganz Niedersachsen ausgeweitet
R dpa/lni
R Teilen
A Nach weiteren Ausbrüchen der Blauzungenkrankheit (BTV-3) gilt ab sofort ganz Niedersachsen als Sperrzone.
A Das teilte das Landwirtschaftsministerium in Hannover mit.
A Für Halter von Rindern, Schafen und Ziegen gilt:
A Tiere dürfen nur nach Untersuchung oder Impfung aus der Zone verbracht werden.
A Die Impfung wird mit bis zu 3 Euro je Tier gefördert.
A Betroffene Landkreise:
A Cuxhaven
A Stade
A Rotenburg (Wümme)
A Osterholz
A Für Menschen ist das Virus ungefährlich.
A Fleisch und Milch können ohne Bedenken verzehrt werden.
R Lesen Sie auch:
R ASP: Neuer Fall in Hessen bestätigt
R Jetzt abonnieren und weiterlesen
""",
    # ===== a German tractor test, full page =====
    "de_traktortest_full": """\
R Menü
R Suche
R Abo
R Anmelden
R Technik
R Traktoren
R Technik
T Im Test: Der neue 200-PS-Schlepper im Praxiseinsatz
R Von Hubert Wagner
R 02.05.2024
R Kommentare (3)
A Der neue Vierzylinder soll vor allem auf dem Grünlandbetrieb punkten.
A Wir haben ihn vier Wochen lang beim Mähen, Schwaden und beim Transport eingesetzt.
A Technische Daten
A Motor: 4,5 l, 4 Zylinder
A PS: 200
A Getriebe: stufenlos
A Hubkraft: 8.100 kg
A Tankinhalt: 380 l
A Leergewicht: 7.400 kg
A Listenpreis: 178.500 € netto
A Der Verbrauch lag beim Mähen bei 14,2 l/h.
A Die Kabine ist geräumig, die Sicht nach vorne gut.
A Fazit: Ein solider Allrounder mit guter Ausstattung.
A Plus
A Geringer Verbrauch
A Gute Rundumsicht
A Minus
A Hoher Preis
R Weitere Artikel zum Thema
R Gebrauchte Schlepper: Die besten Angebote
R Alle Testberichte
R Jetzt Newsletter abonnieren
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © Landtechnik Verlag
""",
    # ===== a French cereal market report, extract =====
    "fr_marche_cereales_extract": """\
T Marchés : le blé tendre recule à Rouen
R Par Claire Dubois
R Publié le 10/09/2024 à 17h45
R Partager
A Les prix du blé tendre ont reculé cette semaine sur le marché physique, pénalisés par une récolte mondiale abondante.
A Cotations rendu Rouen, récolte 2024 :
A Blé tendre : 215 €/t
A Orge fourragère : 182 €/t
A Maïs : 198 €/t
A Colza : 468 €/t
A Sur Euronext, l'échéance de décembre a clôturé à 222,50 €/t, en baisse de 4 €/t.
A « La demande à l'export reste faible », explique un opérateur.
A La récolte française de blé tendre est estimée à 25,2 millions de tonnes, la plus faible depuis 1983.
R À lire aussi
R Récolte 2024 : des rendements historiquement bas
R Abonnez-vous à notre newsletter
R Réagir à cet article
""",
    # ===== a French PAC story, full page =====
    "fr_pac_full": """\
R Aller au contenu principal
R Nous utilisons des cookies pour améliorer votre expérience.
R Tout accepter
R Paramétrer
R Accueil
R Actualités
R Cultures
R Élevage
R Machinisme
R Météo
R Annonces
R Politique agricole
T PAC 2025 : ce qui change pour les éleveurs
R Publié le 05/12/2024
R Mis à jour le 06/12/2024
R 4 min de lecture
A La Commission européenne a validé les modifications du plan stratégique national de la PAC.
A Plusieurs mesures concernent directement les éleveurs.
A Les principaux changements :
A L'aide aux bovins passe à 110 € par UGB.
A Les prairies permanentes de moins de 5 ans sont exclues du ratio.
A Le seuil des petites exploitations est relevé à 10 hectares.
A « C'est un premier pas, mais le compte n'y est pas », estime la FNSEA.
A Les demandes devront être déposées avant le 15 mai 2025.
R Sur le même thème
R Fièvre catarrhale : la zone réglementée étendue
R Les plus lus
R Prix du lait : Lactalis annonce une hausse
R Petites annonces : tracteurs d'occasion
R Recevez notre newsletter
R Mentions légales
R Politique de confidentialité
R Nous contacter
R © 2024 Groupe Presse Agricole
""",
    # ===== a French farm profile with its key facts, extract =====
    "fr_portrait_eleveur_extract": """\
T En Bretagne, Julien mise sur le lait bio et la vente directe
R Par Marie Le Goff
R Le 22 mars 2024
A Installé depuis 2015 sur la ferme familiale, Julien Morvan a converti son élevage en bio il y a quatre ans.
A L'exploitation en chiffres
A SAU : 95 ha
A Troupeau : 60 vaches laitières
A Race : Normande
A Production : 350 000 litres/an
A Main-d'œuvre : 2,5 UTH
A « La vente directe, c'est 20 % de notre chiffre d'affaires », souligne-t-il.
A Le lait est transformé à la ferme en yaourts et en fromages blancs.
A Son conseil aux jeunes : bien calculer les investissements avant de se lancer.
R Voir aussi
R Installation : les aides pour les jeunes agriculteurs
R Partager sur Facebook
R Partager sur Twitter
R Imprimer
""",
    # ===== a Spanish olive-oil price report, extract =====
    "es_aceite_precios_extract": """\
T El precio del aceite de oliva baja por primera vez en meses
R Por Redacción Agroinformación
R 12/11/2024 - 10:15
A El precio del aceite de oliva en origen ha bajado esta semana con la llegada de la nueva campaña.
A Según el sistema Poolred, los precios medios quedan así:
A Virgen extra: 5,10 €/kg
A Virgen: 4,65 €/kg
A Lampante: 4,20 €/kg
A La producción de la campaña 2024/25 se estima en 1,4 millones de toneladas.
A «Los precios se van a estabilizar», aseguró un cooperativista de Jaén.
A Las lluvias de octubre han mejorado el estado de los olivares en Andalucía.
R Te puede interesar
R Cotizaciones de la lonja de Albacete
R Suscríbete a nuestro boletín
R Compartir en WhatsApp
R Comentarios
R Deja un comentario
""",
    # ===== a Spanish farm protest, full page =====
    "es_tractorada_full": """\
R Saltar al contenido
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
R Rechazar
R Configurar
R Inicio
R Agricultura
R Ganadería
R Maquinaria
R Política agraria
R Mercados
R El tiempo
R Hoy 18° Soleado
R Política agraria
T Miles de agricultores toman Madrid con sus tractores
R 21/02/2024
R Compartir
R Facebook
R Twitter
R WhatsApp
A Más de 500 tractores y miles de agricultores se han concentrado este miércoles ante el Ministerio de Agricultura.
A Las organizaciones agrarias reclaman:
A Precios justos en origen
A Simplificación de la PAC
A Control de las importaciones de terceros países
A «No podemos seguir vendiendo por debajo de costes», dijo un agricultor de Toledo.
A El ministro ha convocado a las organizaciones a una reunión el próximo lunes.
R Noticias relacionadas
R La PAC en 2025: lo que cambia para los jóvenes agricultores
R Lo más leído
R Tractores de segunda mano en venta
R Quiénes somos
R Aviso legal
R Política de privacidad
R Política de cookies
R © 2024 Agronews Castilla
""",
    # ===== a Spanish rural weather forecast, extract =====
    "es_tiempo_campo_extract": """\
T Previsión para el campo: heladas en la meseta y lluvias en el norte
R Por Luis Martín
A La próxima semana llegará una masa de aire frío que dejará heladas de hasta -5 ºC en la meseta norte.
A Previsión por zonas:
A Castilla y León: heladas fuertes, cielos despejados.
A Galicia: lluvias abundantes, hasta 60 l/m².
A Andalucía: temperaturas suaves, sin lluvia.
A Se recomienda proteger los cultivos hortícolas y retrasar los tratamientos fitosanitarios.
A Las precipitaciones favorecerán la nascencia de los cereales de invierno.
R Más información
R El tiempo en tu localidad
R Descarga nuestra app
""",
    # ===== an Italian milk price and stalls story, extract =====
    "it_prezzo_latte_extract": """\
T Latte, il prezzo alla stalla sale a 55 centesimi in Lombardia
R Di Marco Bianchi
R 18 ottobre 2024
A Il prezzo del latte alla stalla continua a salire in Lombardia.
A Le quotazioni della settimana:
A Latte spot nazionale: 58,5 €/100 litri
A Latte alla stalla Lombardia: 55,0 €/100 litri
A Grana Padano 10 mesi: 10,40 €/kg
A Parmigiano Reggiano 12 mesi: 11,80 €/kg
A «Un prezzo che finalmente copre i costi», commenta un allevatore di Cremona.
A La produzione nazionale è in calo del 2% rispetto allo scorso anno.
R Leggi anche
R Peste suina africana: nuove zone di restrizione
R Iscriviti alla newsletter
R Condividi
""",
    # ===== an Italian disease notice, full page =====
    "it_peste_suina_full": """\
R Vai al contenuto
R Questo sito utilizza cookie tecnici e di profilazione.
R Accetta
R Rifiuta
R Personalizza
R Home
R Notizie
R Zootecnia
R Agricoltura
R Macchine
R Meteo
R Mercati
R Zootecnia
T Peste suina africana: nuove zone di restrizione in Piemonte
R 03/07/2024
R Tempo di lettura: 2 minuti
A Il Commissario straordinario ha firmato una nuova ordinanza che estende le zone di restrizione.
A Nella zona di restrizione II:
A è vietata la movimentazione di suini vivi;
A gli allevamenti devono applicare misure di biosicurezza rafforzate;
A la caccia al cinghiale è consentita solo in forma selettiva.
A Comuni interessati:
A Novi Ligure
A Ovada
A Acqui Terme
A «Serve la collaborazione di tutti», ha detto il commissario.
R Articoli correlati
R Influenza aviaria, focolaio in Veneto
R I più letti
R Trattori usati in vendita
R Chi siamo
R Contatti
R Privacy policy
R Cookie policy
R © 2024 Edizioni Agricole Srl - P.IVA 01234567890
""",
    # ===== an Italian machinery show, extract =====
    "it_fiera_macchine_extract": """\
T Eima 2024, tutto pronto a Bologna
R Redazione
A Torna a Bologna la grande rassegna delle macchine agricole.
A Date: 6-10 novembre 2024
A Luogo: BolognaFiere
A Orari: 9.00-18.00
A Biglietto: 15 euro
A Attesi oltre 1.700 espositori da 50 Paesi.
A «Sarà un'edizione record», ha detto il presidente.
R Potrebbe interessarti anche
R Trattori, il mercato cala del 10%
R Tag: fiere, macchine agricole
""",
    # ===== a Portuguese harvest report, extract =====
    "pt_vindima_extract": """\
T Vindima 2024: produção de vinho deve cair 8% no Douro
R Por Ana Sousa
R 04 Set 2024 - 09:30
A A produção de vinho na Região Demarcada do Douro deverá cair cerca de 8% este ano.
A A seca da primavera e o míldio afetaram muitas vinhas.
A Previsões por região:
A Douro: -8%
A Alentejo: -5%
A Vinhos Verdes: +3%
A «Foi um ano muito difícil», afirma um viticultor de Alijó.
A O preço da uva ronda os 0,40 euros por quilo.
R Leia também
R Preço do leite sobe em setembro
R Partilhe este artigo
R Subscreva a nossa newsletter
""",
    # ===== a Portuguese subsidy story, full page =====
    "pt_apoios_pac_full": """\
R Saltar para o conteúdo
R Este site utiliza cookies para melhorar a sua experiência.
R Aceitar
R Rejeitar
R Início
R Notícias
R Agricultura
R Pecuária
R Floresta
R Máquinas
R Opinião
R Agricultura
T Agricultores vão receber adiantamento das ajudas da PAC em outubro
R 20 Set 2024
R Partilhar
A O Ministério da Agricultura anunciou que o adiantamento das ajudas diretas será pago a partir de 16 de outubro.
A Serão abrangidos cerca de 140 mil agricultores.
A Valores do adiantamento:
A Pagamento base: 70%
A Eco-regimes: 85%
A «É uma boa notícia para a tesouraria das explorações», disse a CAP.
R Notícias relacionadas
R Seca: Governo aprova apoios de emergência
R Mais lidas
R Ficha técnica
R Estatuto editorial
R Contactos
R Política de privacidade
R © 2024 Agro Notícias
""",
    # ===== a Dutch pig price report, extract =====
    "nl_varkensprijs_extract": """\
T Varkensprijs blijft ongewijzigd
R Door Jan de Vries
R 21 okt 2024
A De notering voor slachtvarkens blijft deze week ongewijzigd.
A De prijzen van deze week:
A Vleesvarkens: € 1,72 per kg
A Zeugen: € 1,15 per kg
A Biggen (25 kg): € 52,50
A Slachterijen melden een rustige markt met voldoende aanbod.
A "Er is weinig vraag uit Duitsland", zegt een handelaar.
R Lees ook
R Melkprijs FrieslandCampina stijgt in november
R Reageer
R Deel dit artikel
""",
    # ===== a Dutch nitrogen policy story, full page =====
    "nl_stikstof_full": """\
R Naar de inhoud
R Wij gebruiken cookies om de website goed te laten werken.
R Akkoord
R Instellingen
R Home
R Nieuws
R Melkvee
R Varkens
R Akkerbouw
R Mechanisatie
R Weer
R Nieuws
T Uitkoopregeling: 1.000 boeren hebben zich gemeld
R 12 mrt 2024
R Leestijd 2 minuten
A Bij de landelijke beëindigingsregeling voor piekbelasters hebben zich ruim 1.000 veehouders gemeld.
A Dat meldt de minister van Landbouw aan de Tweede Kamer.
A De aanmeldingen per sector:
A Melkveehouderij: 520
A Varkenshouderij: 310
A Pluimveehouderij: 170
A "Dit is een pijnlijke keuze voor veel gezinnen", aldus LTO.
R Meer nieuws
R Blauwtong: vaccinatie verplicht voor schapen
R Meest gelezen
R Tweedehands trekkers te koop
R Colofon
R Privacy
R Adverteren
R © 2024 Agrarische Media
""",
    # ===== a Polish grain price report, extract =====
    "pl_ceny_zboz_extract": """\
T Ceny zbóż: pszenica tanieje w skupach
R Autor: Tomasz Nowak
R 15.08.2024 10:30
A Ceny pszenicy w skupach spadają już trzeci tydzień z rzędu.
A Średnie ceny w skupach:
A Pszenica konsumpcyjna: 830 zł/t
A Pszenica paszowa: 780 zł/t
A Jęczmień paszowy: 720 zł/t
A Kukurydza: 750 zł/t
A Rzepak: 1900 zł/t
A „Rolnicy wstrzymują sprzedaż, czekając na lepsze ceny” – mówi właściciel skupu z Wielkopolski.
A Eksport zbóż przez porty idzie wolniej niż przed rokiem.
R Czytaj także
R Dopłaty 2024: terminy wypłat
R Zapisz się do newslettera
R Udostępnij
""",
    # ===== a Polish farm protest, full page =====
    "pl_protest_rolnikow_full": """\
R Przejdź do treści
R Ta strona używa plików cookies.
R Akceptuję
R Ustawienia
R Strona główna
R Wiadomości
R Uprawy
R Hodowla
R Technika
R Prawo
R Pogoda
R Dziś 6° Deszcz
R Wiadomości
T Rolnicy zablokowali drogi w całym kraju
R 09.02.2024
R Udostępnij
A W piątek rolnicy zablokowali drogi w ponad 250 miejscach w całej Polsce.
A Protestujący domagają się:
A wstrzymania importu zboża z Ukrainy,
A odejścia od Zielonego Ładu,
A dopłat do nawozów.
A „Walczymy o przyszłość naszych gospodarstw” – powiedział jeden z organizatorów.
A Kolejne protesty zapowiedziano na 20 lutego.
R Zobacz także
R Ceny nawozów: co dalej?
R Najczęściej czytane
R Ciągniki używane na sprzedaż
R Regulamin
R Polityka prywatności
R Kontakt
R © 2024 Wydawnictwo Rolnicze
""",
    # ===== a Polish machinery test, extract =====
    "pl_test_ciagnika_extract": """\
T Test ciągnika: 150 KM w gospodarstwie mlecznym
R Autor: Piotr Zieliński
A Przez miesiąc testowaliśmy nowy ciągnik w gospodarstwie mlecznym na Podlasiu.
A Dane techniczne
A Silnik: 4,4 l
A Moc: 150 KM
A Skrzynia biegów: 24/24
A Udźwig: 6500 kg
A Cena: 520 000 zł netto
A Spalanie przy koszeniu wyniosło 11 l/h.
A Ocena: dobry stosunek ceny do możliwości.
R Komentarze (2)
R Dodaj komentarz
R Zobacz również
R Ogłoszenia: ciągniki używane
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a farming site's head with its weather widget, the article's own forecast rows under its first paragraph
    "en_r2_weather_widget_full": """\
R Home
R News
R Arable
R Livestock
R Weather
R Today 11° Cloudy 30%
R Tomorrow 9° Rain 80%
R Weather
T Farm weather: a wet week ahead for drilling
R 7 October 2024
A Growers hoping to finish drilling winter wheat face another wet week, with rain forecast on four of the next six days.
A The outlook for the East Midlands:
A Monday 12° Rain 70%
A Tuesday 10° Showers 60%
A Wednesday 13° Sunny 10%
A Soils are already at field capacity across much of the region, and some growers have switched to spring cropping.
R Related articles
R Drilling 2024: how late is too late for winter wheat?
R © 2024 Farm Media Ltd
""",
    # ===== a German market page with its ticker in the head and the article's own price table with arrows =====
    "de_r2_ticker_full": """\
R Startseite
R Markt
R Ackerbau
R Weizen 219,75 €/t ▲ +1,25
R Raps 468,50 €/t ▼ -3,50
R Mais 201,00 €/t ▲ +0,75
R Markt
T Matif: Weizen legt zum Wochenschluss leicht zu
R 18.10.2024
A Die Weizenkurse an der Pariser Matif haben zum Wochenschluss leicht zugelegt, gestützt von festeren Notierungen in Chicago.
A Die Schlusskurse vom Freitag:
A Weizen (Dez.): 219,75 €/t ▲ +1,25
A Raps (Feb.): 468,50 €/t ▼ -3,50
A Mais (Nov.): 201,00 €/t ▲ +0,75
A Händler verweisen auf die schwächere Ernte in Russland.
A „Der Markt sucht nach Richtung“, sagt ein Händler aus Hamburg.
R Mehr zum Thema
R Rapspreis: Ölmühlen zahlen weniger
R Jetzt abonnieren
""",
    # ===== a French bluetongue notice, its communes listed, short sentences under the list =====
    "fr_r2_zone_fco_extract": """\
T Fièvre catarrhale ovine : la zone réglementée s'étend dans l'Aveyron
R Par Claire Dubois
A La préfecture a étendu jeudi la zone réglementée après la confirmation de trois nouveaux foyers de FCO.
A Les éleveurs de ruminants de la zone doivent respecter les règles de mouvement des animaux.
A Communes concernées :
A Espalion
A Laguiole
A Saint-Geniez-d'Olt
A Sévérac-d'Aveyron
A La maladie ne se transmet pas à l'homme.
A La viande et le lait peuvent être consommés sans aucun risque.
R À lire aussi
R Vaccination FCO : le calendrier des livraisons de doses
R Partager
""",
    # ===== an Italian wheat price story, its headline with a colon over the credit =====
    "it_r2_grano_extract": """\
T Prezzi del grano: quotazioni in calo alla Borsa di Bologna
R Autore: Marco Rossi
A Le quotazioni del grano duro sono scese questa settimana alla Borsa merci di Bologna.
A Grano duro fino: 370 €/t
A Grano tenero n. 1: 235 €/t
A Orzo: 205 €/t
A «I mulini comprano solo il necessario», spiega un mediatore.
A Gli agricoltori chiedono un prezzo minimo garantito.
R Leggi anche
R Latte, il prezzo alla stalla sale ancora
""",
    # ===== an English machinery test's verdict box closing the article =====
    "en_r2_drill_test_extract": """\
T Drill test: how a 6m tine drill coped with heavy clay
R By Mike Tidswell
A We ran the drill across 400ha of heavy clay in Essex this autumn, mostly into oilseed rape and wheat stubbles.
A Output averaged 3.5ha/hour at 12km/h, with 150hp on the front.
A Specs
A Working width: 6m
A Hopper: 4,000 litres
A Power needed: 150-200hp
A Price: £68,500
A Verdict: simple, tough and cheap to run, but it needs a good seedbed on heavier land.
A What we liked
A Even seed depth
A Low draft
A What we didn't
A Heavy on the headlands
A Small hopper lid
R Find a dealer near you
R Subscribe to Farmers Weekly
""",
    # ===== a Dutch bird flu notice, its municipalities listed, short sentences under the list =====
    "nl_r2_vogelgriep_extract": """\
T Vogelgriep vastgesteld bij leghennenbedrijf in Barneveld
R Door Jan de Vries
A Op een leghennenbedrijf in Barneveld is vogelgriep vastgesteld.
A Alle 45.000 kippen op het bedrijf worden geruimd.
A Binnen een straal van 10 kilometer geldt een vervoersverbod.
A Betrokken gemeenten:
A Barneveld
A Ede
A Nijkerk
A Scherpenzeel
A Het virus is niet gevaarlijk voor mensen.
A Eieren en kippenvlees kunnen zonder zorgen worden gegeten.
R Lees ook
R Ophokplicht voor pluimvee in heel Nederland
R Deel dit artikel
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a question headline with a colon ("On test: is the new 240hp tractor worth the extra?") reads as the first
    # paragraph, and the credit under it ("Words: … Photos: …") is then under the text, where a labelled row is a fact
    # box's (the credit goes under a headline that closes no sentence: test)
    "en_tractor_test_extract": 1,
    # a teaser under "Más información" (cookie-notice took the label as a banner's button): a sentence-cased link of four
    # words is a subheading elsewhere
    "es_tiempo_campo_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a farming story per language, the residue line put before or after them
TEXT = {
    "en": [
        "UK feed wheat futures fell for a third week running as harvest progress across the south and east added to farm selling.",
        "Yields are coming in below average on lighter land, with many growers reporting 7-8t/ha of wheat after the wet autumn.",
        "Traders expect prices to find support once harvest selling eases in September, when export demand usually picks up.",
    ],
    "de": [
        "Die Erzeugerpreise für konventionelle Kuhmilch sind im Oktober erneut gestiegen, meldet der Bauernverband.",
        "Viele Molkereien im Süden haben ihre Auszahlungspreise um bis zu zwei Cent je Kilogramm angehoben.",
        "Für November erwarten Beobachter stabile bis leicht steigende Preise, auch wegen der knappen Anlieferung.",
    ],
}

#: (language, residue line, the pass that takes it): none here. The added entries take their lines over the article
#: only (a head widget, a credit over the first paragraph) or keep a box (a verdict's heading), so they are tested below
#: by place, not before and after an article as ``added_rule_tests``' residue test puts them (that test is left out:
#: with no line it would only be skipped)
GOES: list[tuple[str, str, str]] = []

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "What we didn't expect was how quickly the milk price recovered after the spring flush."),
    ("en", "Today 14° feels mild for November, and forecasters put the chance of rain at 60% for the rest of the week."),
    ("en", "The words and photos of the flooded fields were sent in by readers over the weekend."),
    ("de", "Der Weizen notierte am Freitag bei 218,50 €/t und damit 1,25 € unter der Vorwoche."),
]

_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_MENU = ["Home", "News", "Arable", "Livestock", "Weather"]


@pytest.mark.parametrize(
    "widget",
    [["Today 14° Rain 60%", "Tomorrow 12° Showers 40%"], ["Heute 9° Regen 70%"],
     ["Weizen 218,50 €/t ▼ -1,25", "Raps 472,00 €/t ▲ +3,50"], ["Wheat £176.50/t ▲ 1.25"]],
)
def test_a_weather_or_ticker_widget_in_the_head_goes(widget: list[str]) -> None:
    # finance-widget (widgets.head_widget): the widget between the menu and the headline, over the first paragraph
    lang = "de" if "€" in widget[0] or widget[0].startswith("Heute") else "en"
    title = "Milk prices rise again in October" if lang == "en" else "Milchpreise steigen im Oktober weiter"
    lost_lines, gone = kept([*_MENU, *widget, "News", title, *TEXT[lang]])
    assert [line for line in lost_lines if line != title] == [*_MENU, *widget, "News"], gone
    assert all(("finance-widget", line) in gone for line in widget), gone


def test_the_articles_own_forecast_and_price_rows_under_its_first_paragraph_stay() -> None:
    # (head_widget goes only over the first paragraph: the article's own rows under it, the same shapes, stay)
    rows = ["Monday 12° Rain 70%", "Tuesday 10° Showers 60%", "Feed wheat £176.50/t ▼ 3.25", "Weizen 218,50 €/t ▼ -1,25"]
    lost_lines, gone = kept([TEXT["en"][0], "The outlook and the week's closes:", *rows, *TEXT["en"][1:]])
    assert lost_lines == [], gone


def test_a_headline_with_a_temperature_is_no_widget() -> None:
    # (the sky after the temperature is capitalised and the per cent follows it: a headline's words are a sentence's)
    for title in ["Temperatures hit 35° as harvest races on in 60% of fields", "Frost of -5° expected in the north"]:
        _lost, gone = kept([title, *TEXT["en"]])
        assert not any(name == "finance-widget" for name, _text in gone), gone


_VERDICT = ["What we liked", "Even seed depth", "Low draft", "What we didn't", "Heavy on the headlands", "Small hopper lid"]


def test_a_machinery_tests_verdict_box_closing_the_article_stays() -> None:
    # edge-furniture (structure.verdict_heading): "What we didn't" is the box's second side
    lost_lines, gone = kept([*TEXT["en"], *_VERDICT, "Find a dealer near you", "Subscribe to Farmers Weekly"])
    assert lost_lines == ["Find a dealer near you", "Subscribe to Farmers Weekly"], gone


def test_one_side_alone_under_the_article_is_no_box() -> None:
    # (one heading over a few lines is no box: a teaser list under "What we didn't" still goes with the page's run)
    tail = ["What we didn't", "Used tractors for sale", "Find a dealer near you", "Subscribe to Farmers Weekly", "Contact us"]
    lost_lines, gone = kept([*TEXT["en"], *tail])
    assert lost_lines == tail, gone


_NOTICE = [
    "Nach weiteren Ausbrüchen der Blauzungenkrankheit gilt ab sofort ganz Niedersachsen als Sperrzone.",
    "Das teilte das Landwirtschaftsministerium in Hannover am Donnerstag mit.",
    "Betroffene Landkreise:",
    "Cuxhaven",
    "Stade",
    "Rotenburg (Wümme)",
    "Osterholz",
    "Für Menschen ist das Virus ungefährlich.",
]


def test_a_notices_list_under_its_label_with_short_sentences_under_it_keeps_the_closing_sentence() -> None:
    # detached-blocks (edge_agri.list_over_short_sentences_gap): the list and the short sentence are the article's,
    # the closing sentence of prose under them no block cut off
    closing = "Fleisch und Milch können ohne Bedenken verzehrt werden."
    lost_lines, gone = kept([*_NOTICE, closing, "Lesen Sie auch:", "ASP: Neuer Fall in Hessen bestätigt"])
    assert lost_lines == ["Lesen Sie auch:", "ASP: Neuer Fall in Hessen bestätigt"], gone


def test_a_teaser_block_under_a_menu_with_no_label_still_goes() -> None:
    # (no label closed by a colon over the list: a menu's run, and the small block under it another story's teaser)
    menu = ["Ackerbau", "Tierhaltung", "Technik", "Markt", "Wetter"]
    teaser = "Die Schweinepreise bleiben nach Angaben der Vereinigung in dieser Woche unverändert."
    lost_lines, gone = kept([*_NOTICE[:2], *TEXT["de"], *menu, teaser])
    assert lost_lines == [*menu, teaser], gone


_FOOTER = ["Weitere Artikel zum Thema", "Gebrauchte Schlepper: Die besten Angebote", "Alle Testberichte",
           "Jetzt Newsletter abonnieren", "Impressum", "Datenschutz", "Cookie-Einstellungen", "© Landtechnik Verlag"]


def test_the_pages_lines_under_a_verdict_box_and_a_taken_teaser_go_and_a_second_cleaning_agrees() -> None:
    # edge_boxes.pros_and_cons (edge_agri.taken_between): a line another pass took ends the "Minus" side, and the
    # lines under it ("Alle Testberichte", "Datenschutz") are the page's, no items of the box
    box = ["Plus", "Geringer Verbrauch", "Gute Rundumsicht", "Minus", "Hoher Preis"]
    page = [*TEXT["de"], *box, *_FOOTER]
    lost_lines, gone = kept(page)
    assert lost_lines == _FOOTER, gone
    once = cleaner.clean_text("\n".join(page))
    assert cleaner.clean_text(once) == once


def test_a_verdict_box_with_blank_lines_between_its_items_stays_whole() -> None:
    # (blank lines are no taken lines: the box's items run on over them, and the box stays under the text)
    box = ["Plus", "", "Geringer Verbrauch", "", "Gute Rundumsicht", "", "Minus", "", "Hoher Preis", "", "Kleiner Tank"]
    lost_lines, gone = kept([*TEXT["de"], *box, "Jetzt abonnieren", "Impressum"])
    assert lost_lines == ["Jetzt abonnieren", "Impressum"], gone


@pytest.mark.parametrize(
    ("title", "credit"),
    [("Ceny zbóż: pszenica tanieje w skupach", "Autor: Tomasz Nowak"),
     ("Prezzi del grano: quotazioni in calo alla Borsa", "Autore: Marco Rossi")],
)
def test_a_credit_under_a_headline_with_a_colon_goes(title: str, credit: str) -> None:
    # byline (edge_agri.lower_headline_row): the headline's phrase runs on in lower case after its colon, no fact
    lost_lines, gone = kept([title, credit, *TEXT["en"]])
    assert credit in lost_lines, gone
    assert not set(lost_lines) & set(TEXT["en"]), gone


def test_a_books_fact_box_opening_the_text_stays() -> None:
    # (a box's field holds a name: "Title: The Magic Mountain" over "Author: Thomas Mann" are both the article's)
    box = ["Title: The Magic Mountain", "Author: Thomas Mann"]
    lost_lines, gone = kept([*box, *TEXT["en"]])
    assert "Author: Thomas Mann" not in lost_lines, gone


def test_a_credit_row_of_words_and_pictures_goes_over_the_text() -> None:
    # labelled-byline (metadata.labelled_byline): the writer's and the photographer's labels with no bar between
    for credit in ["Words: Mike Tidswell Photos: Jim Varney", "Text: Anna Berger Fotos: Jan Brandt"]:
        lost_lines, gone = kept(["New tractor on test", credit, *TEXT["en"]])
        assert ("labelled-byline", credit) in gone, gone
        assert not set(lost_lines) & set(TEXT["en"]), gone


if __name__ == "__main__":
    report(CASES)
