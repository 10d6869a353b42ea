# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""police46: a probe of police, crime and emergency reports scraped as text (half as an extractor leaves them, half as
all the visible text of the page), in en, de, fr, es, it, pt and nl: press-portal police releases with their press
office's contact block and "Original-Content von" line, witness and missing-person appeals with the suspect's or the
missing person's description as short lines, a US department's release ("FOR IMMEDIATE RELEASE", "###"), traffic
accidents, fire-brigade operation reports with their data rows, court sentencing briefs, a police blotter of short
items under day headings, a gendarmerie's appeal, a Guardia Civil note, a carabinieri arrest, a PSP release.

- the article (``A``): descriptions as short lines ("ca. 1,80 m groß", "slim build", "corpulence mince", "Mide 1,60
  metros"), the appeal's own numbers ("Anyone with information is asked to call 101 quoting log 1456 of 10 March.",
  "Zaaknummer: 2024064512", "Case #24-003187", "Crimestoppers: 0800 555 111" under the article's colon), a fire
  report's rows ("Alarmierungszeit: 03:12 Uhr", "Moyens engagés :" over "45 sapeurs-pompiers"), charges and seized
  items as lists, imperatives of the appeal ("Please avoid the area if you can.", "Si tienes información sobre su
  paradero, llama al 091 o al 112."), sentences naming "share", "photo", "comment", the press office;
- the residue (``R``): the press office's contact block (its label, office, phone, fax, mail, link), "Original-Content
  von: …", the release's writer ("Erstellt durch: Michael Konrad / n"), related releases, RSS/print/PDF/share rows,
  bylines ("Door onze verslaggever"), stamps, reading times, comment boxes, cookie banners, menus, footers;
- ``T``: headlines (a press portal's "POL-E: Essen: …"), a live time label.

Tags decided: a police release's press-office block is ``R`` (it is for journalists: the reader's number is the
appeal's, in the text); the appeal's own number, case number and helplines are ``A``. The press portal's author
initials glued to the last sentence ("… 0201/829-0. /ChWi") are part of an ``A`` line (a line's tail is not judged).

- round 1, blind (written before reading the passes): 21 pages (11 extracts, 10 full pages), 181 ``A`` lines, 262
  ``R``, 21 ``T``, all seven languages. Measured on base 9189a0a: lost 0, left 16. Left: the press office's phone
  and fax rows (de "Telefon: 0201-829 1065", "Telefon: 0911 2112-1030", "Fax: 0911 2112-1025", pt "Tel.: 265 522
  022") and a Guardia Civil note's whole box of four lines (a run of three short lines and a phone, short of
  edge-furniture's run), de "Erstellt durch: Michael Konrad / n", de a reading time "2 Min.", en a related incident's
  headline under "Related incidents", en a blotter's comment count "0", "Be the first to know", "Please log in to
  comment.", fr "Retour à la liste des actualités", nl "Door onze verslaggever".
- round 2, after the changes, aimed at them: 6 pages (5 extracts), 34 ``A``, 31 ``R``, 6 ``T``: releases whose text
  ends on its own numbers under a colon ("Bürgertelefon der Feuerwehr:" over "Telefon: 0231 845-1111", "Numéro vert :
  0 800 130 000", "Policía Nacional: 091") over the press box, sentences naming the press office ("Die Pressestelle der
  Feuerwehr hat …", "Ufficio stampa della Questura: …"), "door onze verslaggever" and "Retour à la liste" in
  sentences, press boxes in en, fr, es, it and nl. On base 9189a0a: lost 0, left 23.

After: round 1 lost 0, left 3; round 2 lost 0, left 20 (``RESIDUE_LEFT`` says what and why: a reading time and a
comment count alone; the phone of a press box with no mail or link (pt, and four of round 2's boxes, whose label and
office stay with it: their run is short), left so as to keep public37's ministry release's "Gabinete de Prensa" /
"Tlf: …", tagged its text; a press box whose office the last paragraph names, kept by transit41's named_list_tail, as
on base; a Dutch press desk's name right over its phone row, kept by heading_over_rows). The changes:

- ``cleaner/passes/edge_police.py`` (compiled, ``setup.py``), ``press_box`` (edge-furniture's hook at the tail, right
  before the run's length is judged): under a line of the run of furniture (or one another pass took) that names a
  press office (the new table ``structure.press_office``: "Pressestelle", "Press Office", "Oficina de Prensa",
  "Gabinete de Imprensa", "Ufficio stampa", "Service de presse", "Persvoorlichting"; not closed by a colon), the box's
  phone, fax, mail and link rows join the run where the box holds a mail address or a link (a full contact block:
  ``contact_phones`` lets a phone go only beside a mail, and asks prose right over the box, which a press portal's
  last line closed by its writer's initials, "… 0201/829-0. /ChWi", is not). A run short of ``min_run`` goes only
  where the box closes the page alone: at most one line of the run over the label, every line under it going, and
  the kept line over them not closed by a colon (tests: a ministry's press office and phone alone stay, a witness
  appeal's number under its own label stays, so does one under "Hinweise an die Pressestelle:", one under a sentence
  naming the press office, and the article's two short lines over a two-line box). Cheap: it reads the tail's region
  only, the table on short lines of the run alone.
- tables, each in a ``# police46:`` block at its list's end: en ``comments.ui`` "Please log in to comment."; en
  ``signup.newsletter`` "Be the first to know"; en ``promos.heading`` "Related incidents" (other appeals too); de
  ``metadata.byline`` "Erstellt durch: Name / n"; nl ``metadata.byline`` "Door onze verslaggever", "Van onze
  correspondent"; fr ``widgets.chrome`` "Retour à la liste des actualités", "Retour aux communiqués"; nl
  ``widgets.chrome`` "Terug naar het overzicht". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

``python tests/test_police46.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a German press portal's police release, full page: the portal's chrome, the press office's contact block,
    # the "Original-Content" line, related releases
    "de_presseportal_einbruch_full": """\
R Zum Inhalt springen
R Presseportal
R Blaulicht
R Wirtschaft
R Politik
R Newsroom abonnieren
R Anmelden
R Polizei Essen
R 12.03.2024 – 10:15
T POL-E: Essen: Einbruch in Juweliergeschäft - Polizei sucht Zeugen
A Essen (ots) - In der Nacht zu Dienstag (12. März) sind bislang unbekannte Täter in ein Juweliergeschäft an der Rüttenscheider Straße eingebrochen.
A Gegen 3:20 Uhr schlugen die Täter die Schaufensterscheibe mit einem Gullydeckel ein und entwendeten mehrere Uhren und Goldketten aus der Auslage.
A Eine Anwohnerin hörte den Lärm und alarmierte die Polizei.
A Zeugen beobachteten zwei Männer, die in Richtung Martinstraße flüchteten. Sie werden wie folgt beschrieben:
A Beide etwa 20 bis 25 Jahre alt, schlanke Statur, dunkel gekleidet, einer trug eine rote Kappe.
A Die Höhe der Beute ist noch unklar.
A Die Polizei bittet um Hinweise unter der Rufnummer 0201/829-0. /ChWi
R Rückfragen bitte an:
R Polizei Essen
R Pressestelle
R Telefon: 0201-829 1065
R E-Mail: pressestelle.essen@polizei.nrw.de
R https://essen.polizei.nrw
R Original-Content von: Polizei Essen, übermittelt durch news aktuell
R Weitere Meldungen: Polizei Essen
R POL-E: Essen: Radfahrer bei Unfall schwer verletzt
R POL-E: Mülheim an der Ruhr: Falsche Polizeibeamte erbeuten Schmuck - Polizei warnt
R Alle Meldungen
R RSS-Feed
R Drucken
R PDF
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # ===== a German witness appeal, extract, with a suspect's description as a list of short lines
    "de_zeugenaufruf_raub_extract": """\
T POL-MFR: (312) Raubüberfall auf Tankstelle - Zeugen gesucht
A Nürnberg (ots) - Am Sonntagabend (10.03.2024) überfiel ein unbekannter Mann eine Tankstelle in der Nürnberger Südstadt. Die Kriminalpolizei ermittelt und bittet um Zeugenhinweise.
A Gegen 21:45 Uhr betrat der Täter den Verkaufsraum der Tankstelle in der Allersberger Straße und bedrohte den 58-jährigen Angestellten mit einem Messer.
A Er forderte die Herausgabe der Tageseinnahmen und flüchtete mit mehreren hundert Euro Bargeld zu Fuß in Richtung Hasenbuck.
A Eine sofort eingeleitete Fahndung mit mehreren Streifen verlief bislang ohne Erfolg.
A Der Täter wird wie folgt beschrieben:
A - männlich
A - ca. 25 bis 30 Jahre alt
A - etwa 1,80 m groß
A - schlanke Statur
A - trug eine dunkle Kapuzenjacke, eine graue Jogginghose und weiße Turnschuhe
A - sprach gebrochen Deutsch
A Zeugen, die Hinweise geben können, werden gebeten, sich beim Kriminaldauerdienst Mittelfranken unter der Telefonnummer 0911 2112-3333 zu melden.
R Erstellt durch: Michael Konrad / n
R Rückfragen bitte an:
R Polizeipräsidium Mittelfranken
R Pressestelle
R Telefon: 0911 2112-1030
R Fax: 0911 2112-1025
R http://www.polizei.bayern.de/mittelfranken
R Original-Content von: Polizeipräsidium Mittelfranken, übermittelt durch news aktuell
""",
    # ===== a fire brigade's own site, full: an operation report with its data rows
    "de_feuerwehr_einsatz_full": """\
R Startseite
R Aktuelles
R Einsätze
R Fahrzeuge
R Jugendfeuerwehr
R Mitglied werden
R Kontakt
T Einsatz 47/2024: Wohnungsbrand in Mehrfamilienhaus
A Datum: 14.03.2024
A Alarmierungszeit: 03:12 Uhr
A Einsatzort: Hauptstraße, Ortsmitte
A Einsatzart: B3 – Wohnungsbrand, Menschenleben in Gefahr
A Eingesetzte Fahrzeuge: HLF 20, DLK 23-12, TLF 4000, ELW 1
A In der Nacht zu Donnerstag wurden wir zu einem Wohnungsbrand im zweiten Obergeschoss eines Mehrfamilienhauses alarmiert.
A Beim Eintreffen der ersten Kräfte drang dichter Rauch aus einem Fenster. Zwei Bewohner hatten sich bereits auf ihren Balkon gerettet.
A Sie wurden über die Drehleiter in Sicherheit gebracht und an den Rettungsdienst übergeben.
A Ein Trupp unter Atemschutz löschte das Feuer in der Küche, anschließend wurde das Gebäude mit einem Hochleistungslüfter entraucht.
A Rauchmelder retten Leben! Die Bewohner der Nachbarwohnung wurden durch ihren Rauchmelder geweckt und konnten das Haus rechtzeitig verlassen.
A Der Einsatz war nach etwa zweieinhalb Stunden beendet.
R Zurück zur Übersicht
R Drucken
R Teilen
R Freiwillige Feuerwehr Musterstadt
R Impressum
R Datenschutzerklärung
R © 2024 Freiwillige Feuerwehr Musterstadt
""",
    # ===== a German court report from a regional paper, extract: agency tail and teasers
    "de_urteil_landgericht_extract": """\
T Messerangriff in Regionalbahn: Sechs Jahre Haft für 32-Jährigen
R Von dpa
R Aktualisiert am 14.03.2024, 16:52 Uhr
A Das Landgericht Kiel hat einen 32 Jahre alten Mann wegen versuchten Totschlags und gefährlicher Körperverletzung zu sechs Jahren Haft verurteilt.
A Der Angeklagte hatte im August vergangenen Jahres in einer Regionalbahn zwischen Kiel und Neumünster auf einen Mitreisenden eingestochen.
A Vorausgegangen war ein Streit, weil der 32-Jährige laut Musik gehört hatte.
A Das Opfer, ein 41 Jahre alter Pendler, erlitt lebensgefährliche Verletzungen und musste notoperiert werden.
A Der Vorsitzende Richter sagte in der Urteilsbegründung: „Es war reines Glück, dass der Mann überlebt hat.“
A Die Staatsanwaltschaft hatte acht Jahre gefordert, die Verteidigung plädierte auf vier Jahre.
A Das Urteil ist noch nicht rechtskräftig.
R Mehr zum Thema
R Nach Messerattacke in Zug: Anklage erhoben
R Kommentare
R Teilen Sie Ihre Meinung
R dpa-infocom, dpa:240314-99-334521/3
""",
    # ===== a UK police force's missing-person appeal, extract
    "en_missing_person_extract": """\
T Concern grows for missing Leeds woman Sarah Ellison
R Share this article
R Facebook
R X
R Email
R Published: 11:42 12 March 2024
A Police are becoming increasingly concerned for the welfare of a woman who has been reported missing from Leeds.
A Sarah Ellison, 34, was last seen at about 7.30pm on Sunday 10 March in the Headingley area.
A She is described as:
A white
A 5ft 6in tall
A slim build
A long blonde hair, usually tied back
A She was last seen wearing a dark green parka, black leggings and white trainers, and may have been carrying a grey rucksack.
A Officers have released a photo of Sarah in the hope it will help people recognise her.
A Anyone who has seen Sarah or has any information about her whereabouts is asked to call 101 quoting log 1456 of 10 March.
A Sarah, if you see this, please get in touch. You are not in any trouble and we just want to know you are safe.
R Related news
R Man charged after stabbing in Bradford city centre
R Appeal after car stolen from driveway in Wakefield
R Sign up for updates from your neighbourhood team
""",
    # ===== a UK court sentencing brief, extract, as a broadcaster's local page leaves it
    "en_sentencing_crown_court_extract": """\
T Driver jailed for killing cyclist while on his phone
R By Rachel Hughes
R BBC News, Bristol
R 2 hours ago
R Share
R Save
A A driver who killed a cyclist while scrolling through social media has been jailed for eight years.
A Liam Porter, 29, of Kingswood, pleaded guilty at Bristol Crown Court to:
A causing death by dangerous driving
A failing to stop after a collision
A driving while uninsured
A The court heard he had been looking at his phone for 23 seconds before his van hit 61-year-old Peter Gale on the A4174 in June last year.
A Mr Gale's daughter said in a statement read to the court: "Dad was the kindest man I knew. Nothing will bring him back."
A Judge Martin Picton told Porter: "You chose to look at your phone rather than the road."
A He was also banned from driving for 12 years.
R Related topics
R Bristol
R Road safety
R More on this story
R Cyclist dies after crash with van on ring road
""",
    # ===== a local paper's police blotter, full page: several short items under day headings
    "en_police_blotter_full": """\
R Subscribe
R Log In
R News
R Sports
R Obituaries
R Opinion
R E-Edition
R Classifieds
T Police blotter: March 11-17
R Staff report
R Mar 18, 2024
R 0
A The following items were taken from the Millbrook Police Department's daily log. An arrest does not mean a person is guilty of a crime.
A Monday, March 11
A 2:14 p.m.: A resident of Elm Street reported a bicycle stolen from an unlocked garage.
A 9:40 p.m.: Officers responded to a noise complaint on Harbor Road. The party was asked to turn the music down.
A Tuesday, March 12
A 7:05 a.m.: A two-car crash at Main and Oak streets caused minor injuries. One driver was cited for failing to yield.
A 4:30 p.m.: A caller reported a suspicious man going door to door selling magazine subscriptions on Birch Lane. Officers found he had no permit and sent him on his way.
A Wednesday, March 13
A 11:20 a.m.: A 42-year-old Millbrook man was arrested on a warrant for failure to appear in court.
A Share information about a crime anonymously by calling the tip line at 555-0142.
R Tags
R Police Blotter
R Millbrook
R Be the first to know
R Get local news delivered to your inbox!
R Sign up
R Comments
R Please log in to comment.
R Most Popular
R Town council approves new budget
R Contact Us
R Terms of Use
R © 2024 Millbrook Gazette
""",
    # ===== a US police department's press release, extract, with its media contact and end mark
    "en_us_police_release_extract": """\
R FOR IMMEDIATE RELEASE
R March 12, 2024
R Media Contact: Sgt. Dana Ortiz, Public Information Officer
R (555) 384-2210 | pio@springfieldpd.gov
T Police Seek Public's Help Identifying Armed Robbery Suspect
A SPRINGFIELD, Ill. — The Springfield Police Department is asking for the public's help identifying a man who robbed a convenience store on the city's east side Monday night.
A At about 10:50 p.m., the suspect entered the Quick Stop at 2100 E. Cook St., displayed a handgun and demanded money from the clerk.
A He fled on foot northbound with an undisclosed amount of cash. No one was injured.
A The suspect is described as:
A Black male, 20 to 30 years old
A Approximately 6 feet tall, thin build
A Wearing a black hooded sweatshirt, gray sweatpants and a white face mask
A Surveillance photos of the suspect are attached to this release.
A Case #24-003187
A Anyone with information is asked to call Crime Stoppers at 1-800-222-TIPS (8477). Tipsters may remain anonymous and could be eligible for a reward of up to $1,000.
R ###
R Follow us on Facebook and X @SpringfieldPD
""",
    # ===== a UK fire and rescue service's incident page, full, with its advice and cookie banner
    "en_fire_rescue_incident_full": """\
R Skip to main content
R Home
R Incidents
R Safety advice
R Careers
R About us
R Search
T Crews tackle large fire at derelict mill in Oldham
R Posted: 13 March 2024, 22:15
A Eight fire engines and an aerial appliance were called to a fire at a derelict mill on Greenacres Road, Oldham, at 8.02pm on Wednesday.
A On arrival, firefighters found the three-storey building well alight.
A Crews used two ground monitors and the aerial platform to fight the fire from outside the building.
A Local residents are asked to keep their windows and doors closed while crews remain at the scene.
A Please avoid the area if you can.
A An investigation into the cause of the fire will begin once it is safe to do so.
A Station Manager Andy Noone said: "Deliberate fires put the public and our crews at risk. If you know who is responsible, tell us anonymously through Crimestoppers."
R Share this incident
R Facebook
R X
R LinkedIn
R Related incidents
R Car fire on M60 near junction 22
R We use cookies to make this website work and to understand how you use it.
R Accept all cookies
R Reject optional cookies
R Cookie settings
""",
    # ===== a French gendarmerie's missing-person appeal, full page
    "fr_gendarmerie_disparition_full": """\
R Accueil
R Actualités
R Vos démarches
R Nous contacter
R Recrutement
T Disparition inquiétante d'une adolescente de 15 ans à Quimper : appel à témoins
R Publié le 12/03/2024
R Partager
A La gendarmerie du Finistère lance un appel à témoins pour retrouver Léa M., 15 ans, qui n'a plus donné de nouvelles depuis le samedi 9 mars.
A L'adolescente a quitté le domicile familial à Quimper vers 14 heures sans emporter ses affaires personnelles.
A Signalement :
A 1,65 m
A corpulence mince
A cheveux châtains mi-longs
A yeux bleus
A Au moment de sa disparition, elle portait un jean, un blouson noir et des baskets blanches.
A Toute personne susceptible de fournir des renseignements est priée de contacter la brigade de gendarmerie de Quimper au 02 98 90 12 34 ou de composer le 17.
A Merci de ne pas partager de rumeurs sur les réseaux sociaux et de relayer uniquement cet avis officiel.
R Retour à la liste des actualités
R Imprimer
R Mentions légales
R Accessibilité : partiellement conforme
R Ce site utilise des cookies pour mesurer son audience.
R Tout accepter
R Tout refuser
R Personnaliser
""",
    # ===== a French regional paper's road-accident brief, extract
    "fr_accident_motard_extract": """\
T Un motard de 27 ans grièvement blessé dans une collision avec une voiture près de Rennes
R Par la rédaction
R Publié le 12/03/2024 à 18h32, mis à jour à 19h05
R Lecture : 2 min
A Un motard de 27 ans a été grièvement blessé mardi en fin d'après-midi dans une collision avec une voiture sur la RD 177, à hauteur de Bruz.
A L'accident s'est produit vers 17 h 15 au niveau du carrefour de la zone d'activités.
A Selon les premiers éléments, la conductrice de la voiture, âgée de 52 ans, n'aurait pas vu la moto au moment de tourner à gauche.
A Les sapeurs-pompiers et le SMUR sont intervenus. Le motard a été transporté au CHU de Rennes en urgence absolue.
A La circulation a été coupée pendant deux heures dans les deux sens.
A Une enquête a été ouverte pour déterminer les circonstances exactes de l'accident.
R À lire aussi
R Rennes : un homme interpellé après une série de vols de scooters
R Cet article vous a été utile ? Abonnez-vous à notre newsletter Faits divers
R Réagir
R Commentaires (4)
R Ouest Métropole © 2024
""",
    # ===== a French fire brigade (SDIS) report, extract, with its resources as rows
    "fr_sdis_incendie_extract": """\
T Incendie d'un entrepôt agricole à Saint-Méen-le-Grand : 45 sapeurs-pompiers mobilisés
R Mis à jour le 13/03/2024
A Le centre de traitement de l'alerte a été alerté à 4 h 12 pour un feu de bâtiment agricole au lieu-dit La Ville-Orée.
A À l'arrivée des premiers engins, un entrepôt de 800 m² contenant du fourrage était embrasé.
A Moyens engagés :
A 45 sapeurs-pompiers
A 12 engins dont 2 échelles aériennes
A 1 drone
A Les pompiers ont protégé une stabulation voisine où se trouvaient 80 vaches laitières.
A Bilan : aucun blessé.
A Le feu a été déclaré maîtrisé à 8 h 30. Une surveillance est maintenue toute la journée.
R Crédit photo : SDIS 35
R Partager sur Facebook
R Partager sur X
R Autres actualités
""",
    # ===== a Spanish Guardia Civil press note, extract, with its charges as a list and the press office's contact
    "es_guardia_civil_detenidos_extract": """\
R Nota de prensa
R Compartir
R Imprimir
T La Guardia Civil detiene a tres personas por una veintena de robos en viviendas de la comarca de La Safor
A La Guardia Civil ha detenido en Gandia (Valencia) a tres hombres, de entre 24 y 41 años, como presuntos autores de 21 robos en viviendas de la comarca de La Safor.
A Los detenidos aprovechaban las horas en que los propietarios estaban trabajando para acceder a las casas forzando puertas y ventanas.
A En los registros practicados, los agentes recuperaron joyas, relojes y aparatos electrónicos valorados en más de 40.000 euros.
A A los detenidos se les imputan los delitos de:
A robo con fuerza en las cosas
A pertenencia a grupo criminal
A receptación
A Los detenidos, junto con las diligencias instruidas, han sido puestos a disposición del Juzgado de Instrucción número 3 de Gandia.
A La Guardia Civil recuerda que cualquier persona que haya detectado movimientos sospechosos en su urbanización puede llamar al 062.
R Oficina de Prensa y Relaciones Informativas
R Comandancia de Valencia
R Teléfono: 963 69 01 40
R Correo: valencia.prensa@guardiacivil.org
""",
    # ===== a Spanish news site's missing-person page, full, with a cookie banner and comments
    "es_desaparecida_sucesos_full": """\
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Más información
R Portada
R Sucesos
R Local
R Deportes
R Suscríbete
T Buscan a una joven de 19 años desaparecida en Zaragoza desde el viernes
R Redacción
R 12/03/2024 - 13:20h
A La familia de Marta Gil, una joven de 19 años vecina del barrio de Delicias, ha denunciado su desaparición ante la Policía Nacional.
A Marta salió de casa el viernes por la tarde y desde entonces no ha vuelto a contactar con nadie. Su teléfono está apagado.
A Según la ficha de SOS Desaparecidos, estas son sus características:
A Mide 1,60 metros
A Complexión delgada
A Pelo castaño y largo
A Vestía pantalón vaquero y sudadera gris
A Si tienes información sobre su paradero, llama al 091 o al 112.
A La familia ha difundido su fotografía en redes sociales y pide que se comparta para que llegue a cuanta más gente mejor.
R Comentarios (2)
R Deja tu comentario
R Lo más leído
R Un incendio calcina una nave en la Cartuja Baja
R Aviso legal
R Política de cookies
""",
    # ===== an Italian carabinieri arrest story, extract, with the items seized as a list
    "it_carabinieri_arresto_extract": """\
T Spaccio di droga nel centro storico, arrestato 24enne dai carabinieri
R di Redazione
R 13 marzo 2024
R Tempo di lettura: 2 minuti
A I carabinieri della compagnia di Lecce hanno arrestato un 24enne con l'accusa di detenzione ai fini di spaccio di sostanze stupefacenti.
A Il giovane è stato fermato durante un controllo in via Palmieri, nel centro storico, mentre cedeva una dose a un acquirente.
A Nel corso della perquisizione domiciliare sono stati trovati:
A 50 grammi di cocaina
A 120 grammi di hashish
A un bilancino di precisione
A 1.200 euro in contanti
A Su disposizione del pubblico ministero di turno, l'arrestato è stato portato in carcere in attesa dell'udienza di convalida.
A L'acquirente, un 30enne, è stato segnalato alla prefettura come assuntore.
R Leggi anche
R Furti nelle auto in sosta, denunciati due giovani
R Tag: carabinieri, droga, Lecce
R Iscriviti alla nostra newsletter
R Riproduzione riservata ©
""",
    # ===== an Italian motorway crash, full page: menu, ticker, footer
    "it_incidente_autostrada_full": """\
R Home
R Cronaca
R Politica
R Sport
R Meteo
R Cerca
R Accedi
R Ultim'ora
T Incidente sulla A1 tra Valdarno e Incisa: un morto e tre feriti, code di 8 chilometri
R Pubblicato il 14/03/2024 alle 09:40
R Condividi
A Un uomo di 63 anni è morto e tre persone sono rimaste ferite in un incidente avvenuto all'alba sull'autostrada A1, in direzione nord, tra Valdarno e Incisa.
A Secondo una prima ricostruzione della polizia stradale, un'auto ha tamponato un camion fermo in coda per lavori.
A Sul posto sono intervenuti i vigili del fuoco, il 118 con due ambulanze e l'elisoccorso Pegaso.
A Il tratto è rimasto chiuso per tre ore. Autostrade per l'Italia consiglia:
A per chi viaggia verso Bologna, uscire a Valdarno e rientrare a Firenze Sud;
A per chi viaggia verso Roma, nessuna limitazione.
A Alle 9 si registravano ancora 8 chilometri di coda.
R Potrebbe interessarti anche
R Maltempo, allerta gialla in Toscana
R Chi siamo
R Pubblicità
R Privacy policy
R P.IVA 01234567890
""",
    # ===== a Portuguese police (PSP) release, extract, with the press office's block
    "pt_psp_violencia_domestica_extract": """\
T PSP detém homem de 45 anos por violência doméstica em Setúbal
R Comunicado
R 12 de março de 2024
A O Comando Distrital de Setúbal da PSP deteve, no dia 11 de março, um homem de 45 anos pelo crime de violência doméstica.
A A detenção ocorreu após a vítima, de 41 anos, ter pedido ajuda através da linha 112, relatando agressões físicas e ameaças de morte.
A No local, os polícias apreenderam:
A uma arma de fogo sem licença
A 34 munições
A uma faca de cozinha
A O detido foi presente a tribunal, tendo-lhe sido aplicada a medida de coação de afastamento da vítima, com vigilância eletrónica.
A A PSP recorda que a violência doméstica é um crime público e que qualquer pessoa pode denunciar.
R Gabinete de Imprensa e Relações Públicas
R Comando Distrital de Setúbal
R Tel.: 265 522 022
R Partilhar
R Imprimir
""",
    # ===== a Portuguese news site's wildfire report, full, with the resources in the field as rows
    "pt_incendio_meios_full": """\
R Última hora
R País
R Mundo
R Desporto
R Assinar
R Entrar
T Incêndio em Ourém mobiliza mais de 300 operacionais
R Lusa
R 14 mar 2024 18:20
A Um incêndio que deflagrou ao início da tarde numa zona de mato em Ourém, no distrito de Santarém, mobilizava ao final do dia mais de 300 operacionais.
A Segundo a página da Proteção Civil, estavam no terreno às 18:00:
A 312 operacionais
A 98 veículos
A 4 meios aéreos
A O comandante sub-regional disse aos jornalistas que há "uma frente ativa" e que nenhuma habitação está ameaçada.
A A Estrada Nacional 113 está cortada ao trânsito entre Ourém e Fátima.
R Leia também
R GNR deteve 12 suspeitos de incêndio florestal desde janeiro
R Comentários
R Para comentar tem de iniciar sessão
R Termos e condições
R Estatuto editorial
R © 2024 Diário do Centro
""",
    # ===== a Dutch police witness appeal, full page: the case number, the suspects' descriptions, the share row
    "nl_politie_overval_full": """\
R Naar hoofdinhoud
R Home
R Nieuws
R Gezocht
R Vermist
R Aangifte doen
R Contact
T Getuigen gezocht van overval op supermarkt in Tilburg
R Datum: 12-03-2024
A Op maandagavond 11 maart is rond 21.50 uur een supermarkt aan de Ringbaan-Oost in Tilburg overvallen.
A Twee mannen kwamen de winkel binnen, bedreigden een medewerker met een vuurwapen en eisten geld uit de kassa.
A Met een onbekend geldbedrag vluchtten zij te voet weg in de richting van de Stokhasseltlaan.
A Signalement verdachte 1:
A man, ongeveer 1.85 meter lang, donkere jas met capuchon, sprak Nederlands zonder accent.
A Signalement verdachte 2:
A man, ongeveer 1.75 meter lang, fors postuur, zwarte trainingsbroek.
A Zaaknummer: 2024064512
A Heeft u iets gezien of gehoord? Of heeft u camerabeelden? Neem dan contact op met de recherche via 0900-8844.
A Wilt u anoniem blijven? Bel dan Meld Misdaad Anoniem via 0800-7000.
R Deel dit bericht
R Facebook
R X
R WhatsApp
R Bekijk ook
R Getuigen gezocht van woninginbraak in Breda
R Privacy
R Cookies
R Toegankelijkheid
""",
    # ===== a Dutch regional site's 112 blotter, extract: several short items
    "nl_112_overzicht_extract": """\
T 112-overzicht: brand in schuur, aanrijding op de N65 en inbraak in Vught
R Door onze verslaggever
R 13 mrt 2024 om 07:45
A Een kort overzicht van de meldingen van de afgelopen nacht.
A Brand in schuur Boxtel
A In een schuur aan de Kalksestraat in Boxtel woedde rond 23.00 uur een felle brand. De brandweer voorkwam dat het vuur oversloeg naar de woning ernaast. Niemand raakte gewond.
A Aanrijding op de N65
A Bij een aanrijding tussen twee auto's op de N65 bij Helvoirt raakte een vrouw van 38 lichtgewond. Ze is voor controle naar het ziekenhuis gebracht.
A Inbraak in Vught
A In een woning aan de Taalstraat in Vught is ingebroken terwijl de bewoners sliepen. De politie zoekt getuigen en vraagt buurtbewoners om camerabeelden te delen.
R Lees ook
R Automobilist rijdt tegen boom in Sint-Michielsgestel
R Deel dit artikel
R Reacties (3)
R Plaats een reactie
""",
    # ===== a German news site's traffic-accident report, full page with a cookie wall and the app's prompt
    "de_unfall_b27_full": """\
R Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.
R Alle akzeptieren
R Einstellungen
R Nachrichten
R Region
R Blaulicht
R Sport
R Abo
R Anmelden
T Schwerer Unfall auf der B27: Motorradfahrer stirbt nach Zusammenstoß mit Lkw
R 14.03.2024, 17:08 Uhr
R 2 Min.
A Bei einem Unfall auf der Bundesstraße 27 bei Nürtingen ist am Donnerstagnachmittag ein 54 Jahre alter Motorradfahrer ums Leben gekommen.
A Nach Angaben der Polizei wollte der Mann gegen 15 Uhr einen Lkw überholen und stieß dabei mit einem entgegenkommenden Transporter zusammen.
A Er wurde von der Maschine geschleudert und starb noch an der Unfallstelle.
A Der 37-jährige Fahrer des Transporters erlitt einen Schock.
A Ein Sachverständiger wurde hinzugezogen. Die B27 war bis etwa 19 Uhr in Richtung Stuttgart voll gesperrt.
A Zeugen des Unfalls werden gebeten, sich beim Verkehrskommissariat Esslingen unter 0711 3990-420 zu melden.
R Foto: SDMG / Kohls
R Blaulicht-Meldungen direkt aufs Handy: Jetzt unsere App herunterladen
R Weitere Artikel
R Brand in Lagerhalle: Hoher Sachschaden
R Impressum
R Datenschutz
R AGB
""",
    # ===== ROUND 2 (after the changes, aimed at their edges) ===========================================================
    # ===== a German fire brigade's release: the article's own hotline row under its colon, then the press box
    "de_feuerwehr_gefahrgut_extract": """\
T FW-DO: Gefahrstoffaustritt in Lagerhalle - Anwohner sollen Fenster geschlossen halten
A Dortmund (ots) - Bei einem Gefahrstoffaustritt in einer Lagerhalle im Dortmunder Hafen sind am Mittwochmorgen drei Mitarbeiter leicht verletzt worden.
A Aus einem beschädigten Behälter war gegen 7:40 Uhr Salzsäure ausgelaufen. Die Dämpfe zogen in Richtung der Wohngebiete in der Nordstadt.
A Die Feuerwehr rät den Anwohnern weiterhin, Fenster und Türen geschlossen zu halten und Lüftungsanlagen abzuschalten.
A Die Pressestelle der Feuerwehr hat für Fragen der Bevölkerung ein Bürgertelefon eingerichtet.
A Bürgertelefon der Feuerwehr:
A Telefon: 0231 845-1111
A Erstellt durch die Pressestelle der Feuerwehr Dortmund wurde zudem eine Karte des betroffenen Gebiets, die auf der Internetseite der Stadt abrufbar ist.
R Rückfragen bitte an:
R Feuerwehr Dortmund
R Pressestelle
R Telefon: 0231 845-1010
R Fax: 0231 845-1099
R Original-Content von: Feuerwehr Dortmund, übermittelt durch news aktuell
""",
    # ===== an English force's appeal whose text ends on its own numbers, then the press office box and a comment box
    "en_appeal_press_office_extract": """\
T Appeal after pensioner robbed of her handbag in Bedford
A Police are appealing for information after an 81-year-old woman was pushed to the ground and robbed of her handbag in Bedford on Monday afternoon.
A The woman was walking along Tavistock Street at about 3.30pm when a man grabbed her bag and ran towards Bedford Park.
A She suffered a broken wrist and has been left shaken by the incident.
A Detective Constable Amy Hart said: "We would urge anyone who was in the area and saw what happened to get in touch. Please share this appeal."
A Anyone with information can contact police using the following numbers:
A Bedfordshire Police: 101
A Crimestoppers: 0800 555 111
R Press Office
R Bedfordshire Police
R Tel: 01234 842 390
R Please sign in to comment.
""",
    # ===== a Dutch police release, full page: the reporter named in a sentence, the press desk's box at the end
    "nl_persbericht_politie_full": """\
R Naar hoofdinhoud
R Nieuws
R Gezocht
R Vermist
R Van onze correspondent
T Man aangehouden na steekpartij in centrum Arnhem
A Een 24-jarige man uit Arnhem is zaterdagnacht aangehouden na een steekpartij op de Korenmarkt.
A Een 29-jarige man raakte daarbij gewond aan zijn arm. Hij is voor behandeling naar het ziekenhuis gebracht.
A Het incident werd gefilmd door onze verslaggever, die toevallig op het plein was; de beelden zijn aan de recherche overgedragen.
A De politie zoekt nog getuigen. Heeft u iets gezien? Bel 0900-8844.
R Persvoorlichting Politie Oost-Nederland
R Telefoon: 088 166 1010
R Terug naar het overzicht
R Deel dit bericht
""",
    # ===== a French prefecture's release: the article's free number under its colon, then the press service's box
    "fr_communique_prefecture_extract": """\
T Incendie dans une usine chimique à Saint-Fons : la préfecture active une cellule d'information
A Un incendie s'est déclaré vendredi vers 14 heures dans un entrepôt d'une usine chimique de Saint-Fons, au sud de Lyon.
A Les sapeurs-pompiers du Rhône ont engagé 80 personnels et 30 engins. Aucune victime n'est à déplorer à ce stade.
A Par précaution, la préfecture demande aux habitants des communes de Saint-Fons et Feyzin de rester chez eux et de ne pas aller chercher leurs enfants à l'école.
A Une cellule d'information du public a été ouverte :
A Numéro vert : 0 800 130 000
A Retour à la liste d'attente pour les élèves de Feyzin : les cours reprendront lundi, selon le rectorat.
R Service de presse
R Préfecture du Rhône
R Tél. : 04 72 61 61 61
R Retour aux communiqués
""",
    # ===== a Spanish National Police note: the article's own helpline rows, then the press office's box
    "es_nota_policia_nacional_extract": """\
T La Policía Nacional detiene a un hombre por estafar a 40 personas mayores con el timo del revisor del gas
A Agentes de la Policía Nacional han detenido en Sevilla a un hombre de 52 años como presunto autor de 40 estafas a personas mayores.
A El detenido se hacía pasar por revisor de la compañía del gas y cobraba en efectivo revisiones que nunca se realizaban.
A La Policía recuerda que las compañías nunca cobran en efectivo a domicilio y facilita estos teléfonos:
A Policía Nacional: 091
A Teléfono de atención a mayores: 900 100 200
R Oficina de Prensa
R Jefatura Superior de Policía de Andalucía Occidental
R Teléfono: 954 28 93 00
R Volver al listado
""",
    # ===== an Italian police HQ release: an emergency number in the text, the press office at the end
    "it_comunicato_questura_extract": """\
T Truffe agli anziani, la Questura di Torino arresta due finti carabinieri
A La Polizia di Stato ha arrestato a Torino due uomini di 28 e 34 anni accusati di aver truffato almeno dieci anziani fingendosi carabinieri.
A I due telefonavano alle vittime dicendo che un figlio aveva causato un incidente e chiedevano denaro e gioielli per evitargli il carcere.
A La Questura ricorda che le forze dell'ordine non chiedono mai denaro per telefono. In caso di dubbi:
A Numero unico di emergenza: 112
A Ufficio stampa della Questura: le segnalazioni dei cittadini sono state fondamentali per le indagini, ha detto il questore.
R Ufficio stampa
R Questura di Torino
R Tel. 011 558 8111
R Condividi
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a reading time alone under the stamp, "2 Min." (no "Lesezeit" beside it: a bare duration is a recipe's or a
    # match report's row as often)
    "de_unfall_b27_full": 1,
    # a comment counter alone under the stamp, "0" (a bare figure is a table's or a score's cell as often)
    "en_police_blotter_full": 1,
    # round 2: the press box under a last paragraph that names "die Pressestelle der Feuerwehr Dortmund": edge-furniture's
    # named_list_tail (transit41) reads the box's lines "Feuerwehr Dortmund" / "Pressestelle" as the article's own list
    # its text names, and keeps the whole run (on base 9189a0a too)
    "de_feuerwehr_gefahrgut_extract": 6,
    # round 2: the press desk's name right over its phone row: edge-furniture's heading_over_rows keeps a box's heading
    # over labelled rows ("Omleidingen" over "Auto's: via de Ringweg"), and press_box reads only the run's lines
    "nl_persbericht_politie_full": 2,
    # the press office's name and office over a phone with no mail or link (press_box leaves a box of a phone alone:
    # public37 tags a ministry's "Gabinete de Prensa" / "Ministerio de Sanidad" / "Tlf: …" as its release's text);
    # the label and the office go as furniture where the run is long enough (pt), and stay with it where it is short
    "pt_psp_violencia_domestica_extract": 1,
    "en_appeal_press_office_extract": 3,
    "es_nota_policia_nacional_extract": 3,
    "fr_communique_prefecture_extract": 3,
    "it_comunicato_questura_extract": 3,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a police or emergency report per language, the residue line put before or after them
TEXT = {
    "en": [
        "Police are appealing for witnesses after a man was seriously injured in an assault in Leeds city centre in the early hours of Sunday.",
        "The 27-year-old was found with head injuries on Boar Lane at about 2.15am and taken to hospital, where he remains in a stable condition.",
        "A 31-year-old man has been arrested on suspicion of grievous bodily harm and remains in custody, officers said.",
    ],
    "de": [
        "Am Sonntagabend ist ein 46 Jahre alter Mann bei einem Verkehrsunfall auf der Landstraße zwischen Lindau und Wangen schwer verletzt worden.",
        "Nach ersten Erkenntnissen der Polizei kam er mit seinem Wagen in einer Kurve von der Fahrbahn ab und prallte gegen einen Baum.",
        "Die Feuerwehr musste den Fahrer aus dem Fahrzeug befreien, ein Rettungshubschrauber brachte ihn in eine Klinik.",
    ],
    "fr": [
        "Un homme de 34 ans a été interpellé mardi soir à Lille après le vol d'un scooter dans le quartier de Wazemmes.",
        "Les policiers l'ont repéré grâce aux caméras de vidéoprotection alors qu'il circulait sans casque sur le boulevard.",
        "Il a été placé en garde à vue et sera jugé en comparution immédiate jeudi, a indiqué le parquet.",
    ],
    "nl": [
        "Bij een brand in een rijtjeswoning aan de Lindelaan in Eindhoven is zondagnacht een man zwaargewond geraakt.",
        "De brandweer haalde hem uit de woning, waarna hij met brandwonden naar het ziekenhuis is gebracht.",
        "De politie onderzoekt hoe de brand is ontstaan en sluit brandstichting niet uit.",
    ],
}

_CH = "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Please log in to comment.", "comment-ui"),
    ("en", "Be the first to know", "newsletter-prompt"),
    ("de", "Erstellt durch: Michael Konrad / n", "byline"),
    ("de", "Erstellt durch: Sabine Weber", "byline"),
    ("nl", "Door onze verslaggever", "byline"),
    ("nl", "Van onze correspondent", "byline"),
    ("fr", "Retour à la liste des actualités", _CH),
    ("fr", "Retour aux communiqués", _CH),
    ("nl", "Terug naar het overzicht", _CH),
    ("en", "Related incidents", "teaser-box"),
    ("en", "Latest appeals", "teaser-box"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Please log in to comment on the plans before Friday, the council told residents in a letter."),
    ("en", "Be the first to know what happened, the officer told the crowd, and then tell the police."),
    ("de", "Erstellt durch das Landeskriminalamt wurde ein Phantombild des Täters, das die Polizei am Montag veröffentlichte."),
    ("nl", "De woning werd door onze verslaggever bezocht, die met de buren sprak over de brand."),
    ("fr", "Retour à la liste d'attente pour les victimes, qui devront patienter encore plusieurs mois, selon l'association."),
    ("nl", "Terug naar het overzicht van de schade: de brandweer schat die op twee miljoen euro, meldt de gemeente."),
    ("en", "Related incidents were reported in two other towns on the same night, the force said."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_EF = "edge-furniture"
#: (language, a press office's contact box under the release: its label, its office, its phone and fax rows)
_PRESS_BOXES = [
    ("de", ["Rückfragen bitte an:", "Polizeipräsidium Schwaben Süd/West", "Pressestelle", "Telefon: 0831 9909-1012",
            "E-Mail: pp-sws.pressestelle@polizei.bayern.de",
            "Original-Content von: Polizeipräsidium Schwaben Süd/West, übermittelt durch news aktuell"]),
    ("de", ["Polizeidirektion Lindau", "Pressestelle", "Telefon: 08382 910-0", "Fax: 08382 910-105",
            "http://www.polizei.bayern.de/lindau"]),
    ("en", ["West Yorkshire Police", "Press Office", "Tel: 01924 292 111", "press.office@westyorkshire.police.uk"]),
    ("fr", ["Préfecture du Nord", "Service de presse", "Tél. : 03 20 30 59 59", "pref-communication@nord.gouv.fr"]),
    ("nl", ["Politie Oost-Brabant", "Persvoorlichting", "Telefoon: 088 123 45 67", "pers.oost-brabant@politie.nl"]),
]


@pytest.mark.parametrize(("lang", "box"), _PRESS_BOXES)
def test_a_press_offices_box_under_the_release_goes_with_its_phone(lang: str, box: list[str]) -> None:
    # edge-furniture (edge_police.press_box): the rows of data under a press office's name in the run after the text
    lost_lines, gone = kept([*TEXT[lang], *box])
    assert lost_lines == box, gone
    phones = [line for line in box if line[:1] in "TF" and any(c.isdigit() for c in line)]
    assert phones and all((_EF, line) in gone for line in phones), gone


def test_a_press_offices_name_and_a_phone_alone_stay() -> None:
    # (no mail or link in the box: a public body's release signs with its press office and a phone, public37's
    # "Gabinete de Prensa" / "Ministerio de Sanidad" / "Tlf: 91 596 11 23", its text's)
    box = ["Gabinete de Prensa", "Ministerio de Sanidad", "Tlf: 91 596 11 23"]
    text = [
        "El Consejo Interterritorial ha aprobado hoy el plan de atención primaria, con una inversión de 1.200 millones.",
        "La ministra ha destacado que la atención primaria es la puerta de entrada al sistema y que hay que cuidarla.",
    ]
    lost_lines, gone = kept([*text, *box, "Compartir en Facebook", "Compartir en X", "Imprimir", "Aviso legal"])
    assert "Tlf: 91 596 11 23" not in lost_lines, gone


def test_a_witness_appeals_number_under_its_own_label_stays() -> None:
    # (a number under the article's label closed by a colon, no press office named: the appeal's own row)
    appeal = ["Hinweise nimmt die Kriminalpolizei entgegen:", "Telefon: 08382 910-0"]
    lost_lines, gone = kept([*TEXT["de"], *appeal, "Teilen", "Drucken", "Impressum", "Datenschutz"])
    assert lost_lines == ["Teilen", "Drucken", "Impressum", "Datenschutz"], gone


def test_a_number_under_a_press_office_label_closed_by_a_colon_stays() -> None:
    # (the label closed by a colon announces the article's own row: "Hinweise an die Pressestelle:")
    appeal = ["Hinweise an die Pressestelle:", "Telefon: 08382 910-0"]
    lost_lines, gone = kept([*TEXT["de"], *appeal, "Teilen", "Drucken", "Impressum", "Datenschutz"])
    assert "Telefon: 08382 910-0" not in lost_lines, gone


def test_a_press_office_named_in_the_articles_sentence_keeps_its_number() -> None:
    # (the label is read only on a line of the run of furniture: a sentence naming the press office is the article's)
    text = [*TEXT["en"], "Journalists can reach the force's press office on the number below.", "Tel: 01924 292 111"]
    lost_lines, gone = kept([*text, "press.office@westyorkshire.police.uk"])
    assert "Tel: 01924 292 111" not in lost_lines, gone

def test_an_articles_short_lines_over_a_short_press_box_stay() -> None:
    # (a box of two lines closes the page alone only right under the article's last paragraph: the article's two short
    # lines over it are no office's name, and the run stays short of edge-furniture's)
    text = [*TEXT["de"], "Schlanke Statur", "Dunkle Kapuzenjacke"]
    lost_lines, gone = kept([*text, "Pressestelle", "Telefon: 08382 910-0"])
    assert lost_lines == [], gone


if __name__ == "__main__":
    report(CASES)
