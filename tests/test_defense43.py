# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""defense43: a probe of war, defence and aviation news, scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in en, de, fr, es, it, pt, nl, pl and uk: a war's daily update ("Day 412: what we
know", "Ce que l'on sait", "Najważniejsze informacje", "Головне за добу"), live blogs and tickers with their entry
times, a military analysis with a timeline, arms deals with a spec box, an air-crash investigation with a flight's
facts, airline strikes, a defence budget, a general staff's losses list, a veterans' feature.

- the article (``A``): "What we know so far:" lists and their short items, a live blog's entry times ("09:12 BST",
  "09:15 Uhr", "Ore 10:05"), dated timeline rows ("Feb 24, 2022: Russia invades", "14:02 – Autopilot disconnects"),
  spec rows ("Crew: 1", "Reichweite: 2.900 km", "Masa: 55 t"), a flight's facts ("Flight: XY 1412", "Aircraft:
  Embraer E190"), casualty, aid and budget figures, one-line quotes, short sentences;
- the residue (``R``): live-blog chrome ("Live", "Key events", "Show key events only", "Refresh", "Neueste Einträge
  laden"), map widgets ("Interactive map", "Tap to expand", "Interaktive Karte"), live-coverage plugs ("Follow our
  live blog", "Read our live coverage", "Retrouvez notre direct", "Segui la diretta", "Relacja na żywo"), donation
  and subscription appeals, related and most-read boxes, video promos, share rows, bylines and stamps, menus,
  footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 222 ``A`` lines, 333
  ``R``, 25 ``T``, all nine languages. (Before its commit, on reading the first run, es "Madrid, 14 jun (EFE).-" was
  retagged ``R`` to ``T``: a wire's dateline alone over its lead stays by test_wire37's rule.)
- round 2, after the changes, aimed at them: 6 pages (5 extracts, 1 full page), 36 ``A``, 32 ``R``, 6 ``T``: a French
  live page with a map widget between its entries, an English live blog's morning times ("9.40am BST") with the map
  and its control between entries and the live-coverage plugs under them, a list under its colon with another
  story's teaser and a follow call under it (pt, es), the desk's byline and a map's control (nl), a uk update's
  one-word summary heading over its points with the outlet's calls under them.

Measured on main 2ab0a12: round 1 lost 2, left 18. The losses: a live blog's last entry time between a widget and its
entry ("07:55 Uhr" under "Interaktive Karte" / "Zum Vergrößern tippen", "09:45" under "Bekijk de kaart" / "Tik om te
vergroten"). Left: en "Follow our live blog for the latest developments.", "Read our live coverage of the war in
Ukraine", "Interactive map", the Guardian's appeal ("… we have a small favour to ask. …"), "Donate to the Royal British
Legion", the byline's "Guardian staff and agencies" and "Door onze defensieredacteur", de "Dieses Thema im Programm:"
with its slot ("Das Erste tagesschau 12:00 Uhr"), pt "Siga-nos no Facebook", uk "Підписуйтесь на наш Telegram",
"Підтримати редакцію" and the Ukrainian page's menu (six lines). Round 2 on main 2ab0a12: lost 0, left 12 (the
map's label and control, "Door onze Oekraïnecorrespondent", "Guardian staff and agencies", the English plugs, the
follow calls under the teaser, the uk calls).

After: round 1 lost 0, left 10; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_defense.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``entry_time_tail`` (edge-furniture's guard at the tail): a live blog's entry time right over its entry's kept
  sentence stays under a map widget or a promo between the entries, when two or more entry times that stay (each over
  a sentence) stand over it and its minute keeps their order; a time out of their order, or under one entry time
  only, still goes with the widget (tests).
- ``entry_gap`` (detached-blocks' test of a gap): a gap closing on such an entry time right over the entry's
  paragraph parts no other story from the blog: the entries under a map widget stay (test; found by round 2, once
  the map's label went as site-chrome's the last entries went as a detached block).
- ``lone_map_label`` (site-chrome's guard) and the family's new table ``widgets.map_label`` ("Interactive map",
  "Interaktive Karte", "Carte interactive", "Interaktywna mapa", …, nine languages): the label goes only beside the
  widget's control the pass takes with it ("Tap to expand"); over a guide's text it stays as its heading (test).
- ``cut_off_call`` (call-to-action's guard of a list's items under its colon): a call under another story's teaser
  that promo-label or teaser-box took, below the list's label, is no item of the list ("Recomendações da ANA:" over
  its points, "Veja também: …", "Siga-nos no Instagram"); a how-to's call among its steps with no teaser between
  stays (test_redteam_channels12's steps, test).
- tables, each in a ``# defense43:`` block at its list's end: en ``promos.cta`` a live page's plug alone ("Follow our
  live blog for the latest developments.", "Read our live coverage of the war in Ukraine"); en ``metadata.byline``
  "Guardian staff and agencies", "Staff and agencies"; nl ``metadata.byline`` a desk's writer ("Door onze
  defensieredacteur"); nl ``widgets.chrome`` "Tik om te vergroten"; uk ``promos.cta`` "Підписуйтесь на наш Telegram
  (і Viber)"; uk ``signup.newsletter`` the appeal's button "Підтримати редакцію"; the family's ``structure.
  summary_heading`` (a keep table) uk "Головне:", "Що відомо:", "Головне за добу" (round 2: with the uk calls under
  it gone, the tail's run took "Головне:" over its three short points, as main does with a share row there). Each
  has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_defense43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a war's daily update as an extractor leaves it: "what we know" list, a one-line quote, a live-blog plug
    "en_day_what_we_know_extract": """\
T Russia-Ukraine war at a glance: what we know on day 412 of the invasion
R Guardian staff and agencies
R Fri 12 Apr 2024 01.38 BST
A Ukraine's air force said it shot down 37 of 44 drones launched by Russia overnight, most of them over the southern Odesa region.
A Here is what we know so far:
A Fighting
A Russian forces made small advances near Chasiv Yar, according to the Institute for the Study of War.
A Two civilians were killed by shelling in Kherson, the regional governor said.
A Diplomacy
A Zelenskyy met the Dutch prime minister in Kyiv on Thursday.
A "We need air defence, and we need it now," he said.
A Aid
A The EU approved a further €5bn for the European Peace Facility.
A Norway pledged 22 air-defence launchers.
R Follow our live blog for the latest developments.
R Explore more on these topics
R Ukraine
R Russia
R Europe
R Share
R Reuse this content
""",
    # ===== a live blog page with all its visible text: key events chrome, entry times, a map widget, donation appeal
    "en_live_blog_full": """\
R Skip to main content
R Support us
R Print subscriptions
R Sign in
R News
R Opinion
R Sport
R Culture
R Lifestyle
R World
R Europe
R Ukraine
T Ukraine war live: Kyiv hit by largest missile attack in weeks; two killed
R Live
R Updated 7m ago
R Key events
R Show key events only
R Please turn on JavaScript to use this feature
R Refresh
A 09:12 BST
A Kyiv's mayor, Vitali Klitschko, says two people were killed and nine injured in the Darnytskyi district.
A Emergency crews are still searching the rubble of a five-storey building, he added.
A 08:47 BST
A Ukraine's air force says it shot down 18 of 21 cruise missiles.
A Sirens sounded across the capital for more than three hours.
R Interactive map
R Tap to expand
A 08:05 BST
A Summary of the day so far:
A Russia launched 21 cruise missiles and 12 Shahed drones at Kyiv overnight.
A Power was cut to 40,000 homes in the city's east.
A Poland scrambled fighter jets as a precaution.
R … we have a small favour to ask. Millions are turning to us for open, independent reporting on the war in Ukraine.
R Support us
R Most viewed
R Heatwave warning issued for southern England
R Royal family shares new photo
R About us
R Contact us
R Privacy policy
R Cookie policy
R © 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.
""",
    # ===== an arms-deal story with a spec box, as an extractor leaves it
    "en_fighter_deal_specs_extract": """\
T Romania signs $6.5bn deal for 32 F-35 fighter jets
R By Defence Desk
R 22 November 2024 · 4 min read
A Romania has signed a $6.5bn deal to buy 32 F-35A fighter jets from the United States, the defence ministry in Bucharest said on Friday.
A The first aircraft are due to arrive in 2032, replacing the country's ageing F-16s.
A "This is the largest procurement in the history of the Romanian armed forces," the defence minister said.
A F-35A Lightning II at a glance
A Role: multirole stealth fighter
A Crew: 1
A Length: 15.7 m
A Wingspan: 10.7 m
A Top speed: Mach 1.6
A Combat radius: 1,093 km
A Unit cost: about $82.5m
A The deal includes training, spare parts and weapons, among them AIM-120 air-to-air missiles.
R Related: Poland receives first Apache helicopters
R Share this article
R Facebook
R X
R LinkedIn
R Copy link
""",
    # ===== an air-crash investigation report story with all its visible text: a flight's facts box
    "en_crash_investigation_full": """\
R Menu
R Search
R Aviation
R Airlines
R Airports
R Safety
R Defence
R Subscribe
R Home
R Safety
T Investigators blame iced sensors for regional jet's stall
R Published: 14 March 2025
R Updated: 15 March 2025
R 6 min read
A Frozen airspeed sensors and a crew that did not recognise the stall caused the loss of a regional jet over the Alps last year, investigators said on Thursday.
A The final report by the BEA runs to 212 pages and makes 14 safety recommendations.
A The flight at a glance
A Flight: XY 1412
A Aircraft: Embraer E190
A Route: Lyon – Vienna
A Date: 3 February 2024
A On board: 86 passengers, 4 crew
A Fatalities: 0
A The crew regained control at 4,200 feet, about 40 seconds after the stall warning sounded.
A "The crew did not have the training to recognise this situation," the report says.
A Timeline
A 14:02 – Autopilot disconnects
A 14:03 – Stall warning sounds
A 14:04 – Crew recovers at 4,200 ft
A The airline said it had already changed its training programme.
R Read more
R Pilot union calls for new training rules after near-miss
R Airline orders 40 new jets
R Newsletter
R Get the day's aviation news in your inbox
R Sign up
R We use cookies to improve your experience. By continuing, you agree to our use of cookies.
R Accept all
R Manage preferences
R © 2025 Aviation Today Ltd
R Terms
R Privacy
""",
    # ===== a military analysis with a dated timeline, as an extractor leaves it
    "en_timeline_analysis_extract": """\
T Analysis: Two years on, how the front line froze
R By Michael Kofman and Anna Lee
A Two years after Russia's full-scale invasion, the front line has barely moved since the failed Ukrainian counteroffensive of 2023.
A Both armies are short of men, and Ukraine is short of artillery shells.
A Key dates
A Feb 24, 2022: Russia invades
A Mar 29, 2022: Russia withdraws from around Kyiv
A Sep 11, 2022: Ukraine retakes Kharkiv region
A Nov 11, 2022: Russian troops leave Kherson city
A Jun 4, 2023: Ukrainian counteroffensive begins
A Feb 17, 2024: Russia takes Avdiivka
A What comes next depends largely on Western supplies, analysts say.
A "Shells decide this war," one Ukrainian commander said.
A Short answer: more of the same.
R Read our live coverage of the war in Ukraine
R More on this story
R Ukraine's drone war explained
R What weapons has the West sent?
R Comments (214)
R Sign in to comment
R Most Recent
R Jim_K 2h ago
R Great analysis, thanks.
""",
    # ===== an airline strike story with all its visible text: cancelled flights list and advice
    "en_airline_strike_full": """\
R Accept cookies
R This site uses cookies to personalise content and ads.
R Accept all cookies
R Reject
R News
R UK
R World
R Business
R Travel
R Travel
R Airlines
T Pilots' strike: 300 flights cancelled on Friday
R By Transport Correspondent
R 2 hours ago
R Share
A About 300 flights have been cancelled on Friday as pilots at the airline begin a 48-hour strike over pay.
A The union says its members have had a real-terms pay cut of 20% since 2019.
A The airline called the strike "unnecessary and disruptive".
A What passengers need to know:
A Flights to and from Heathrow are worst affected.
A Passengers can rebook for free or claim a full refund.
A Compensation of up to £520 may be due.
A Further strikes are planned for 2 and 3 May.
A Talks are due to resume on Monday.
R Watch: Passengers stranded at Heathrow
R 01:42
R Related topics
R Strikes
R Aviation
R Top stories
R Interest rates held at 5.25%
R Follow us on Facebook, X and Instagram
R Terms of Use
R About us
R Privacy Policy
R Copyright 2024. All rights reserved.
""",
    # ===== a German live ticker with all its visible text: times, "Das Wichtigste im Überblick", a map widget
    "de_ticker_full": """\
R Zum Inhalt springen
R Startseite
R Politik
R Ausland
R Wirtschaft
R Sport
R Abo
R Anmelden
R Politik
R Ukraine-Krieg
T Ukraine-Krieg im Liveticker: Russland greift Charkiw mit Gleitbomben an
R Live
R Aktualisiert am 12.04.2024, 09:15 Uhr
R Teilen
R Kommentare
A Das Wichtigste im Überblick:
A Russland hat Charkiw in der Nacht mit Gleitbomben angegriffen.
A Selenskyj fordert mehr Flugabwehr.
A Die EU berät über neue Sanktionen.
A 09:15 Uhr
A Bei dem Angriff auf Charkiw sind nach Angaben des Gouverneurs drei Menschen getötet worden.
A Mindestens zwölf weitere wurden verletzt.
A 08:40 Uhr
A Die ukrainische Luftwaffe meldet den Abschuss von 28 Drohnen.
A „Die Lage ist schwierig, aber unter Kontrolle“, sagte ein Sprecher.
R Interaktive Karte
R Zum Vergrößern tippen
A 07:55 Uhr
A Bundesverteidigungsminister Pistorius kündigt ein weiteres Patriot-System an.
R Neueste Einträge laden
R Mehr zum Thema
R Taurus-Debatte: Was der Marschflugkörper kann
R Newsletter abonnieren
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Nachrichten GmbH
""",
    # ===== a German arms story with spec rows, as an extractor leaves it
    "de_eurofighter_specs_extract": """\
T Bundeswehr bestellt 20 weitere Eurofighter
R Von Thomas Wiegold
R 14.06.2024, 18:03 Uhr
A Die Bundeswehr bekommt 20 weitere Kampfflugzeuge vom Typ Eurofighter, das hat der Haushaltsausschuss am Mittwoch gebilligt.
A Der Auftrag hat ein Volumen von rund fünf Milliarden Euro.
A Die Maschinen sollen ab 2031 ausgeliefert werden.
A Der Eurofighter in Zahlen:
A Besatzung: 1 bis 2
A Länge: 15,96 m
A Spannweite: 10,95 m
A Höchstgeschwindigkeit: Mach 2
A Reichweite: 2.900 km
A Stückpreis: ca. 250 Mio. Euro
A Pistorius sprach von einem „wichtigen Signal an die Industrie“.
R Lesen Sie auch: Taurus für die Ukraine? Was dafür und was dagegen spricht
R Mehr zum Thema
R Bundeswehr
R Rüstung
R Artikel teilen
""",
    # ===== a German defence budget story with all its visible text: a figure list
    "de_budget_full": """\
R Navigation überspringen
R Nachrichten
R Politik
R Wirtschaft
R Panorama
R Suche
R Menü
R Politik
T Verteidigungshaushalt: Pistorius bekommt 1,2 Milliarden Euro mehr
R Stand: 05.07.2024 14:21 Uhr
A Der Verteidigungsetat soll im kommenden Jahr auf 53,25 Milliarden Euro steigen.
A Verteidigungsminister Pistorius hatte deutlich mehr gefordert.
A Die wichtigsten Zahlen:
A Verteidigungsetat 2025: 53,25 Mrd. Euro
A Sondervermögen: 100 Mrd. Euro
A Nato-Quote: 2,1 Prozent
A „Das reicht nicht“, sagte Pistorius.
A Die Union kritisierte den Entwurf als unzureichend.
R Mehr zum Thema
R Bundeswehr: Wehrpflicht light kommt
R Dieses Thema im Programm:
R Das Erste tagesschau 12:00 Uhr
R Über uns
R Kontakt
R Barrierefreiheit
R Datenschutz
R Impressum
""",
    # ===== a French daily war update as an extractor leaves it: "ce que l'on sait", a one-line quote
    "fr_guerre_jour_extract": """\
T Guerre en Ukraine : ce que l'on sait au 790e jour du conflit
R Par Le Monde avec AFP
R Publié le 23 avril 2024 à 06h45, modifié à 08h12
R Temps de Lecture 3 min.
A L'armée ukrainienne a annoncé avoir abattu 15 des 17 drones lancés par la Russie dans la nuit.
A Ce que l'on sait :
A Deux civils ont été tués dans des frappes à Kherson.
A Moscou revendique la prise du village de Bohdanivka.
A Les Etats-Unis préparent une nouvelle aide de 1 milliard de dollars.
A « Nous tiendrons », a déclaré Volodymyr Zelensky.
A Le bilan humain reste difficile à établir.
R Lire aussi | Guerre en Ukraine : notre carte interactive de la ligne de front
R Retrouvez notre direct sur la guerre en Ukraine
R Le Monde avec AFP
R Partager
R Facebook
R Twitter
""",
    # ===== a French arms-deal story with all its visible text: a spec sheet and a dated chronology
    "fr_rafale_full": """\
R Aller au contenu principal
R Accueil
R International
R Politique
R Économie
R Défense
R S'abonner
R Se connecter
R Défense
T L'Indonésie confirme la commande de 18 Rafale supplémentaires
R Par Michel Cabirol
R Publié le 10 janvier 2024 à 17:30
R Partager :
A L'Indonésie a confirmé mercredi la troisième et dernière tranche de sa commande de 42 Rafale, soit 18 appareils.
A Le contrat est estimé à 8,1 milliards de dollars au total.
A Fiche technique du Rafale
A Équipage : 1 ou 2
A Longueur : 15,27 m
A Envergure : 10,90 m
A Vitesse maximale : Mach 1,8
A Rayon d'action : 1 850 km
A Chronologie
A Février 2022 : commande des six premiers appareils
A Août 2023 : deuxième tranche de 18 avions
A Janvier 2024 : troisième tranche
A « C'est une excellente nouvelle pour l'industrie française », a salué Dassault Aviation.
R A lire aussi
R Dassault : le carnet de commandes au plus haut
R Newsletter Défense
R Recevez chaque semaine l'actualité de la défense
R Je m'inscris
R Nous utilisons des cookies pour vous offrir la meilleure expérience.
R Tout accepter
R Paramétrer
R Mentions légales
R © La Tribune 2024
""",
    # ===== a Spanish airline strike story as an extractor leaves it: a list of cancelled flights
    "es_huelga_extract": """\
T Huelga de pilotos: Vueling cancela 120 vuelos este viernes
R Por Redacción
T Madrid, 14 jun (EFE).-
A La aerolínea ha cancelado 120 vuelos este viernes por la huelga convocada por el sindicato de pilotos SEPLA.
A Los servicios mínimos cubren el 60% de los vuelos nacionales.
A Vuelos cancelados en Barcelona:
A VY1002 Barcelona - Madrid
A VY1234 Barcelona - Sevilla
A VY7820 Barcelona - París
A Los pasajeros afectados pueden pedir el reembolso o un cambio de vuelo sin coste.
A "No queremos perjudicar a los pasajeros", dijo un portavoz del sindicato.
R Te puede interesar
R Aena bate récord de pasajeros en mayo
R Comparte esta noticia
R Comentarios
R Normas de participación
""",
    # ===== a Spanish air-crash story with all its visible text: figures, one-line facts
    "es_accidente_full": """\
R Saltar al contenido
R Portada
R España
R Internacional
R Economía
R Suscríbete
R Iniciar sesión
R Internacional
T Un avión militar se estrella en Perú con 12 personas a bordo
R Lima
R Actualizado: 03/05/2024 - 09:21
A Un avión de la Fuerza Aérea del Perú se estrelló el jueves en la selva de Ucayali con 12 personas a bordo.
A No hay supervivientes.
A Datos del vuelo:
A Aeronave: Antonov An-32
A Origen: Lima
A Destino: Pucallpa
A Ocupantes: 12
A El ministro de Defensa viajó a la zona del accidente.
A La causa aún se desconoce.
R Más noticias
R Las claves de la reforma del Ejército
R Síguenos en Google News
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros. Al continuar navegando, acepta su uso.
R Aceptar
R © 2024 Diario Ejemplo
""",
    # ===== an Italian daily update as an extractor leaves it: "Cosa sappiamo", times
    "it_guerra_extract": """\
T Guerra in Ucraina, le notizie di oggi: attacco russo su Odessa
R di Redazione Esteri
R 12 aprile 2024 (modifica il 12 aprile 2024 | 10:05)
A Nella notte la Russia ha lanciato 20 droni e 6 missili contro Odessa, secondo l'aeronautica ucraina.
A Cosa sappiamo:
A Due persone sono morte e otto sono rimaste ferite.
A Danneggiati un porto e un edificio residenziale.
A Ore 10:05
A Zelensky chiede ancora sistemi Patriot agli alleati.
A Ore 09:30
A Il Cremlino respinge le accuse di Kiev.
A «Continueremo a difenderci», ha detto il sindaco.
R Leggi anche: La mappa della guerra giorno per giorno
R Segui la diretta
R Condividi
R Riproduzione riservata ©
""",
    # ===== an Italian aircraft story with all its visible text: specs and a ministry's quote
    "it_f35_full": """\
R Vai al contenuto
R Home
R Politica
R Esteri
R Difesa
R Economia
R Abbonati
R Accedi
R Difesa
T L'Aeronautica militare riceve i primi F-35B per la portaerei Cavour
R di Gianluca Di Feo
R 28 febbraio 2024
A L'Aeronautica militare ha ricevuto a Amendola i primi due F-35B destinati alla portaerei Cavour.
A In totale l'Italia ne ha ordinati 30.
A Le caratteristiche:
A Equipaggio: 1
A Lunghezza: 15,6 metri
A Velocità massima: Mach 1,6
A Autonomia: 1.670 km
A «Un passo decisivo per la difesa nazionale», ha detto il ministro Crosetto.
R Leggi anche
R Crosetto: «Più soldi alla Difesa, ma non a scapito del welfare»
R Iscriviti alla newsletter
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su accetta acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R P.IVA 00906801006
R © GEDI Periodici e Servizi S.p.A.
""",
    # ===== a Portuguese airline strike story as an extractor leaves it
    "pt_greve_extract": """\
T Greve de tripulantes da TAP: 360 voos cancelados
R Por Lusa
R 08 dez 2024 11:32
A A TAP cancelou 360 voos devido à greve dos tripulantes de cabine, que começou esta quinta-feira e dura dois dias.
A Cerca de 50 mil passageiros são afetados.
A O que deve saber:
A Os passageiros podem remarcar o voo sem custos.
A Podem também pedir o reembolso total.
A Os serviços mínimos incluem as ligações às regiões autónomas.
A "Lamentamos o transtorno", disse a companhia.
R Leia também: Aeroporto de Lisboa com novo recorde de passageiros
R Partilhe este artigo
R Siga-nos no Facebook
""",
    # ===== a Portuguese defence story with all its visible text: budget figures
    "pt_defesa_full": """\
R Ir para o conteúdo
R Última hora
R País
R Mundo
R Economia
R Desporto
R Assinar
R Entrar
R Mundo
T NATO: Portugal vai gastar 2% do PIB em defesa até 2029
R Atualizado a 10 jul 2024, 19:44
A O Governo comprometeu-se a atingir a meta da NATO de 2% do PIB em defesa até 2029, anunciou o primeiro-ministro em Washington.
A Em 2023, Portugal gastou 1,48% do PIB.
A Os números:
A Orçamento da Defesa 2024: 2,7 mil milhões de euros
A Militares no ativo: 24 mil
A Meta NATO: 2% do PIB
A "É um esforço necessário", afirmou o ministro.
R Mais lidas
R Benfica vence em Braga
R Receba as nossas newsletters
R Este site utiliza cookies. Ao continuar a navegar está a concordar com a sua utilização.
R Aceitar
R Estatuto editorial
R Ficha técnica
R Contactos
""",
    # ===== a Dutch F-16 story as an extractor leaves it
    "nl_f16_extract": """\
T Eerste Nederlandse F-16's aangekomen in Oekraïne
R Door onze defensieredacteur
R 13 aug 2024 om 14:12
A De eerste F-16's uit Nederland zijn in Oekraïne aangekomen, meldt minister Brekelmans.
A Nederland heeft in totaal 24 toestellen toegezegd.
A De F-16 in het kort:
A Bemanning: 1
A Bereik: 4.200 km
A Topsnelheid: 2.120 km/u
A "Dit maakt echt verschil", zei de minister.
A Oekraïne vraagt al sinds 2022 om westerse gevechtsvliegtuigen.
R Lees ook: Zo train je een Oekraïense F-16-piloot
R Deel dit artikel
R WhatsApp
R Facebook
R Reacties (34)
""",
    # ===== a Dutch live blog with all its visible text
    "nl_liveblog_full": """\
R Naar hoofdinhoud
R Nieuws
R Sport
R Weer
R Binnenland
R Buitenland
R Buitenland
T LIVE | Oekraïne meldt zware gevechten bij Pokrovsk
R Live
R Bijgewerkt 10 minuten geleden
A 11:05
A Het Oekraïense leger zegt dat het drie aanvallen bij Pokrovsk heeft afgeslagen.
A Volgens de generale staf vonden er in 24 uur 142 gevechten plaats.
A 10:20
A Rusland claimt het dorp Novohrodivka te hebben ingenomen.
A Dat is niet onafhankelijk bevestigd.
R Bekijk de kaart
R Tik om te vergroten
A 09:45
A Zelensky: "We hebben meer luchtafweer nodig."
R Meer laden
R Meest gelezen
R Kabinet valt over asiel
R Volg ons op Instagram
R Over ons
R Privacy
R Cookies
""",
    # ===== a Polish daily war update as an extractor leaves it
    "pl_wojna_extract": """\
T Wojna w Ukrainie. Dzień 790. Najważniejsze informacje
R Autor: Oprac. Jan Kowalski
R 23.04.2024, 07:10
A Rosja w nocy zaatakowała Ukrainę 17 dronami, z których 15 zostało zestrzelonych.
A Najważniejsze informacje:
A W obwodzie chersońskim zginęły dwie osoby.
A Rosja twierdzi, że zajęła wieś Bohdaniwka.
A USA przygotowują nowy pakiet pomocy.
A "Wytrwamy" - powiedział prezydent Zełenski.
R Czytaj także: Mapa wojny w Ukrainie
R Relacja na żywo
R Udostępnij
R Komentarze
""",
    # ===== a Polish tank deal with all its visible text: spec rows
    "pl_k2_full": """\
R Przejdź do treści
R Wiadomości
R Kraj
R Świat
R Biznes
R Zaloguj się
R Kraj
T Polska podpisała umowę na kolejne 180 czołgów K2
R 01.08.2025, 12:40
A Ministerstwo Obrony Narodowej podpisało umowę na dostawę 180 czołgów K2 o wartości 6,5 mld dolarów.
A Część czołgów ma być produkowana w Polsce.
A Dane techniczne K2:
A Masa: 55 t
A Załoga: 3
A Prędkość maksymalna: 70 km/h
A Zasięg: 450 km
A "To historyczny dzień" - powiedział szef MON.
A Pierwsze dostawy planowane są na 2026 rok.
R Zobacz także
R Nowe śmigłowce dla wojska
R Ta strona używa plików cookies. Korzystając ze strony, zgadzasz się na ich użycie.
R Akceptuję
R Regulamin
R Polityka prywatności
R © 2025 Portal
""",
    # ===== a Ukrainian daily war update as an extractor leaves it
    "uk_den_extract": """\
T Війна в Україні, день 790: головне
R Автор: Олена Петренко
R 23 квітня 2024, 07:00
A Вночі Росія атакувала Україну 17 дронами, 15 з них збили сили ППО.
A Головне за добу:
A На Херсонщині загинули двоє людей.
A Ворог намагався наступати біля Часового Яру.
A Втрати ворога за добу: 1 020 осіб.
A "Ми вистоїмо", - сказав Зеленський.
R Читайте також: Карта бойових дій на 23 квітня
R Підписуйтесь на наш Telegram
R Поділитися
""",
    # ===== a Ukrainian news page with all its visible text: an enemy losses list
    "uk_losses_full": """\
R Головна
R Новини
R Війна
R Політика
R Економіка
R Увійти
R Новини
T Генштаб: втрати Росії на 12 квітня
R 12 квітня 2024, 08:05
A Загальні бойові втрати ворога з 24.02.22 по 12.04.24 орієнтовно склали:
A особового складу - близько 450 тис. осіб
A танків - 7 000
A артилерійських систем - 11 000
A літаків - 347
A Дані уточнюються.
A Найбільше втрат ворог зазнав на Покровському напрямку.
R Підтримати редакцію
R Популярне
R Ціни на пальне знову зросли
R Ми використовуємо файли cookie.
R Прийняти
R Про нас
R Контакти
R © 2024 Усі права захищено
""",
    # ===== a veterans' feature as an extractor leaves it: one-line paragraphs, short sentences
    "en_veterans_feature_extract": """\
T 'I still hear the guns': D-Day veterans return to Normandy
R By Sarah Hughes
R 6 June 2024
A Bill Taylor was 19 when he landed on Gold Beach.
A He is 99 now.
A "I still hear the guns," he says.
A He came back this week with 20 other veterans, the youngest of them 98.
A They laid wreaths at the British Normandy Memorial at Ver-sur-Mer.
A Some came in wheelchairs.
A One walked with two sticks.
A "We owe them everything," said the French minister for veterans.
R Donate to the Royal British Legion
R Support our journalism. Subscribe today.
R More from World
R Watch: Veterans honoured at Normandy ceremony
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a French live page with all its visible text: entry times in the French way, a map widget between entries
    "fr_direct_r2_full": """\
R Aller au contenu
R Accueil
R International
R Europe
R Se connecter
T EN DIRECT - Guerre en Ukraine : Kharkiv visée par une attaque massive de drones
R Mis à jour le 12/04/2024 à 09:20
R Partager
A 09:20
A Le maire de Kharkiv, Ihor Terekhov, fait état de quatre blessés et de plusieurs incendies.
A « La nuit a été très difficile », a-t-il écrit sur Telegram.
A 08:45
A L'armée de l'air ukrainienne affirme avoir abattu 24 des 30 drones lancés dans la nuit.
R Carte interactive
R Appuyez pour agrandir
A 08:10
A Le ministre des Affaires étrangères, Dmytro Kouleba, réclame à nouveau des systèmes Patriot.
R Retrouvez notre direct d'hier ici
R À lire aussi
R Guerre en Ukraine : ce que l'on sait de la nouvelle offensive russe
R Mentions légales
R Gérer les cookies
R © Le Figaro 2024
""",
    # ===== an English live blog as an extractor leaves it: morning times, a video promo and a map between entries
    "en_live_r2_extract": """\
T Israel-Gaza war live: aid convoy reaches northern Gaza, UN says
R Guardian staff and agencies
R Sat 13 Apr 2024 10.02 BST
A 10.02am BST
A A convoy of 12 trucks carrying flour and medical supplies has reached northern Gaza, the UN's humanitarian office said.
A It is the first convoy to reach the area in nine days.
A 9.40am BST
A Israel's military says it struck 40 targets across the Gaza Strip overnight.
A Gaza's health ministry says 33 people were killed in the past 24 hours.
R Interactive map
R Tap to expand
A 9.05am BST
A The US defence secretary spoke to his Israeli counterpart by phone on Friday evening.
A "We discussed the protection of aid workers," he said.
R Follow our live coverage of the war in the Middle East
R Read our live blog on the war in Ukraine here.
""",
    # ===== a Portuguese and a Spanish list under its colon, a teaser and a follow call under the list
    "pt_lista_r2_extract": """\
T Greve nos aeroportos: o que muda para os passageiros
A A greve dos trabalhadores da assistência em escala afeta os aeroportos de Lisboa, Porto e Faro entre sexta-feira e domingo, segundo o sindicato.
A Recomendações da ANA:
A Chegue ao aeroporto com três horas de antecedência.
A Consulte o estado do voo antes de sair de casa.
A Leve apenas bagagem de mão, se possível.
R Veja também: Como pedir uma indemnização por atraso de voo
R Siga-nos no Instagram
""",
    "es_lista_r2_extract": """\
T Huelga de controladores: lo que debes saber
A Los controladores aéreos de 11 torres privatizadas irán a la huelga el próximo lunes, según ha anunciado el sindicato USCA.
A Qué hacer si tienes un vuelo:
A Consulta el estado de tu vuelo en la web de la aerolínea.
A Llega al aeropuerto con tiempo.
A Guarda las tarjetas de embarque y los recibos.
R Te puede interesar: Aena prevé 2,5 millones de pasajeros en Semana Santa
R Síguenos en Instagram
""",
    # ===== a Dutch and a Ukrainian story with the desk's byline, a map's control and the outlet's calls
    "nl_kaart_r2_extract": """\
T Zo verloopt de Russische opmars bij Pokrovsk
R Door onze Oekraïnecorrespondent
A Het Russische leger is de afgelopen week ongeveer vier kilometer opgeschoven in de richting van Pokrovsk, blijkt uit analyses van satellietbeelden.
A De stad is een belangrijk knooppunt voor de bevoorrading van het Oekraïense leger.
R Interactieve kaart
R Tik om te vergroten
A Volgens de Oekraïense generale staf vonden er dinsdag 52 gevechten plaats in de regio.
A "De situatie is moeilijk maar onder controle", zei een woordvoerder.
R Lees ook: Oekraïne krijgt eerste F-16's
""",
    "uk_kanal_r2_extract": """\
T Окупанти обстріляли Запоріжжя: є загиблі
A Вранці 13 квітня російські війська завдали ракетного удару по Запоріжжю, загинули двоє людей, ще дев'ятеро поранені, повідомив начальник ОВА.
A Пошкоджено житловий будинок і три приватні будинки.
A Головне:
A Загиблих двоє.
A Поранених дев'ятеро.
A Рятувальники працюють на місці.
R Читайте також: Що відомо про ракетний удар по Одесі
R Підписуйтесь на наш Telegram і Viber
R Підтримати редакцію
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a broadcaster's slot box under the article: "Dieses Thema im Programm:" over the channel and time ("Das Erste
    # tagesschau 12:00 Uhr"): one outlet's box, and a label over a row with a time reads as an event's fact box
    "de_budget_full": 2,
    # the Guardian's appeal opening on "… we have a small favour to ask." as one long line between the entries and the
    # "Support us" button: its first words are one outlet's formula, and a long line of prose about the war is no line
    # a table should take whole
    "en_live_blog_full": 1,
    # "Donate to the Royal British Legion" under a veterans' feature: a call to give to a charity the article names
    # is also a feature's closing information (the appeal tables read the outlet's own appeal)
    "en_veterans_feature_extract": 1,
    # the menu over the headline of a general staff's losses post: the page holds no paragraph of twelve words (a
    # label and its list rows, short sentences), and edge-furniture leaves a page with no anchor alone
    "uk_losses_full": 6,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a defence story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Ukraine's air force said it shot down 37 of 44 drones launched by Russia overnight, most of them over the southern Odesa region.",
        "Two civilians were killed by shelling in Kherson, the regional governor said on Telegram.",
        "The EU approved a further €5bn for the European Peace Facility, which reimburses member states for weapons sent to Kyiv.",
    ],
    "nl": [
        "De eerste F-16's uit Nederland zijn in Oekraïne aangekomen, meldt minister Brekelmans van Defensie dinsdag in een brief aan de Kamer.",
        "Nederland heeft in totaal 24 toestellen toegezegd, waarvan er achttien naar Oekraïne gaan en zes naar een trainingscentrum in Roemenië.",
        "Oekraïne vraagt al sinds het begin van de Russische invasie in 2022 om westerse gevechtsvliegtuigen.",
    ],
    "uk": [
        "Вночі Росія атакувала Україну 17 дронами, 15 з них збили сили протиповітряної оборони, повідомили в Повітряних силах.",
        "На Херсонщині внаслідок обстрілів загинули двоє людей, ще п'ятеро поранені, повідомив голова обласної військової адміністрації.",
        "Ворог намагався наступати біля Часового Яру, але був відкинутий, заявили в Генштабі.",
    ],
}

_CTA, _BY, _CH, _NL = "call-to-action", "byline", "site-chrome", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Follow our live blog for the latest developments.", _CTA),
    ("en", "Read our live coverage of the war in Ukraine", _CTA),
    ("en", "Follow our live coverage of the war in the Middle East", _CTA),
    ("en", "Read our live blog on the war in Ukraine here.", _CTA),
    ("en", "Guardian staff and agencies", _BY),
    ("en", "Staff and agencies", _BY),
    ("nl", "Door onze defensieredacteur", _BY),
    ("nl", "Door onze Oekraïnecorrespondent", _BY),
    ("nl", "Tik om te vergroten", _CH),
    ("uk", "Підписуйтесь на наш Telegram", _CTA),
    ("uk", "Підписуйтесь на наш Telegram і Viber", _CTA),
    ("uk", "Підтримати редакцію", _NL),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Readers who follow our live coverage of the war in Ukraine will have seen the first reports of the attack on Monday."),
    ("en", "Follow our live blog for the latest developments, the embassy told British nationals still in the country on Friday."),
    ("en", "Staff and agencies working at the border crossing said the convoy had waited there for three days."),
    ("en", "Our interactive map shows the front line as it stood on Friday, when Russian troops entered the village."),
    ("nl", "Door onze defensieredacteur gevraagd naar de levering, zei de minister dat alle toestellen op schema liggen."),
    ("nl", "Onder de kaart staat tik om te vergroten, maar op oudere telefoons werkt dat volgens lezers niet."),
    ("uk", "Підписуйтесь на наш Telegram, закликав мер мешканців, щоб першими дізнаватися про повітряні тривоги."),
    ("uk", "Підтримати редакцію вирішили сотні читачів після кібератаки на сайт минулого тижня."),
    ("uk", "Головне, що відомо наразі: у місті немає світла, а рятувальники працюють на місці."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the shapes added, both ways ------------------------------------------------------------------

_TICKER = [
    "Bei dem Angriff auf Charkiw sind nach Angaben des Gouverneurs in der Nacht drei Menschen getötet worden, teilte er am Morgen mit.",
    "09:15 Uhr",
    "Mindestens zwölf weitere Menschen wurden verletzt.",
    "08:40 Uhr",
    "Die ukrainische Luftwaffe meldet den Abschuss von 28 Drohnen.",
]
_WIDGET = ["Interaktive Karte", "Zum Vergrößern tippen"]
# (a graphic's caption that no table reads, over its control: edge-furniture's run takes it, and the time under it)
_GRAPHIC = ["Frontverlauf im Überblick", "Zum Vergrößern tippen"]
_FOOTER = ["Neueste Einträge laden", "Impressum", "Datenschutz", "Cookie-Einstellungen"]


@pytest.mark.parametrize("widget", [_WIDGET, _GRAPHIC])
def test_a_live_blogs_last_entry_under_a_map_widget_stays(widget: list[str]) -> None:
    entry = ["07:55 Uhr", "Verteidigungsminister Pistorius kündigt ein weiteres Patriot-System an."]
    lost, removals = kept([*_TICKER, *widget, *entry, *_FOOTER])
    assert lost == [*widget, *_FOOTER], removals


def test_a_time_out_of_the_entries_order_or_under_one_entry_still_goes() -> None:
    # a time that breaks the entries' order (a sidebar's newest item), and a page with one entry time over the widget
    late = ["11:30 Uhr", "Verteidigungsminister Pistorius kündigt ein weiteres Patriot-System an."]
    lost, removals = kept([*_TICKER, *_GRAPHIC, *late, *_FOOTER])
    assert "11:30 Uhr" in lost, removals
    one = ["07:55 Uhr", "Verteidigungsminister Pistorius kündigt ein weiteres Patriot-System an."]
    lost, removals = kept([*_TICKER[:3], *_GRAPHIC, *one, *_FOOTER])
    assert "07:55 Uhr" in lost, removals


_BLOG = [
    "10.02am BST",
    "A convoy of 12 trucks carrying flour and medical supplies has reached northern Gaza, the UN's humanitarian office said.",
    "It is the first convoy to reach the area in nine days.",
    "9.40am BST",
    "Israel's military says it struck 40 targets across the Gaza Strip overnight.",
]
_LATER = [
    "9.05am BST",
    "The US defence secretary spoke to his Israeli counterpart by phone on Friday evening.",
    '"We discussed the protection of aid workers," he said.',
]


def test_a_live_blogs_entries_under_a_map_widget_are_no_detached_block() -> None:
    lost, removals = kept([*_BLOG, "Interactive map", "Tap to expand", *_LATER])
    assert lost == ["Interactive map", "Tap to expand"], removals


def test_a_map_label_goes_only_beside_its_control() -> None:
    guide = [
        "Interactive map",
        "The map below shows every stop on the coastal route, from Lisbon in the south to Porto in the north.",
        "Start at the Belém tower, where the trams from the centre stop every ten minutes during the day.",
    ]
    assert kept(guide)[0] == []
    lost, removals = kept([guide[1], "Interactive map", "Tap to expand", guide[2]])
    assert lost == ["Interactive map", "Tap to expand"], removals


_GREVE = [
    "A greve dos trabalhadores da assistência em escala afeta os aeroportos de Lisboa, Porto e Faro entre sexta-feira e domingo, segundo o sindicato.",
    "Recomendações da ANA:",
    "Chegue ao aeroporto com três horas de antecedência.",
    "Consulte o estado do voo antes de sair de casa.",
]


def test_a_call_under_another_storys_teaser_is_no_item_of_the_list_above() -> None:
    lost, removals = kept([*_GREVE, "Veja também: Como pedir uma indemnização por atraso de voo", "Siga-nos no Instagram"])
    assert ("social-buttons", "Siga-nos no Instagram") in removals or ("call-to-action", "Siga-nos no Instagram") in removals
    assert lost == ["Veja também: Como pedir uma indemnização por atraso de voo", "Siga-nos no Instagram"]


def test_a_call_as_an_item_of_the_list_under_its_colon_still_stays() -> None:
    # test_redteam_channels12's steps: the call among the steps, no teaser between
    steps = ["To get the warnings on your phone:", "Open the Settings app.", "Turn on notifications", "Download the app.", "Choose your postcode."]
    lead = "The council has launched a free flood warning service for residents of the valley, the mayor said on Monday."
    assert kept([lead, *steps])[0] == []


def test_a_one_word_summary_heading_over_its_points_stays() -> None:
    page = [
        "Вранці 13 квітня російські війська завдали ракетного удару по Запоріжжю, загинули двоє людей, ще дев'ятеро поранені, повідомив начальник ОВА.",
        "Головне:",
        "Загиблих двоє.",
        "Поранених дев'ятеро.",
        "Рятувальники працюють на місці.",
        "Читайте також: Що відомо про ракетний удар по Одесі",
        "Поділитися",
    ]
    lost, removals = kept(page)
    assert lost == page[-2:], removals


if __name__ == "__main__":
    report(CASES)
