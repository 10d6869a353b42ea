# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""local47: a probe of hyperlocal and community news scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: town council and school board reports with the vote as
short rows, "what's on" listings whose dates, venues, times and prices ARE the article, school sports results, road
closures and bin-collection changes, a parish newsletter's club and church notices, a Verein's summer fete, a
Müllabfuhr notice, a conseil municipal, an agenda de sorties, a pleno municipal, fiestas' programme, a shop opening, a
consiglio comunale, a sagra, a câmara's road closure, a freguesia's festa, a gemeenteraad, a dorpsfeest.

- the article (``A``): listings' rows ("Saturday 11 May and Sunday 12 May, 10am–5pm", "Adults £8, children under 16
  free", "Tarif : 7 € ; gratuit pour les moins de 12 ans", "Quando: dal 7 al 9 giugno", "Entrada livre."), the vote
  ("For: 17", "Stemuitslag:" over "Voor: 21"), the decisions as lists, results rows ("Under-14 football: Kingsbridge
  3 Ivybridge 1"), the bin days moved ("Montag, 20. Mai → Dienstag, 21. Mai"), a notice's subheadings ("Gardening
  Club", "St Peter's Church"), imperatives of the story ("Please put your bins out by 7am.", "Send your school's
  results and photos to …"), sentences naming "comment", "subscribe", "share", "photos", "Kommentare";
- the residue (``R``): menus, weather widgets ("Totnes 12°C Light rain", "Wetter in Weilheim: 17 °C, bewölkt"),
  "Submit your news", "Advertise with us", "Support local journalism", "Most read in Totnes", "Local deals",
  newsletter boxes, share rows, reader-submission credits ("Submitted by …", "Eingereicht von: TSV Grünwald e.V.",
  "Ingezonden door …", "Enviado por: …"), bylines and stamps, comment boxes, cookie banners, footers;
- ``T``: headlines, deks, a parish clerk's signed credit under her notices ("Submitted by Margaret Hill, parish
  clerk"), a listing's disclaimer ("Listings are compiled from information supplied by organisers.").

- round 1, blind (written before reading the passes): 21 pages (11 extracts, 10 full pages), 181 ``A`` lines, 287
  ``R``, 24 ``T``, all seven languages. Measured on base 931fdc6b: lost 1, left 12. Lost: a parish newsletter's first
  subheading "Bin collections over Easter" (teaser-box read the cookie banner's "Find out more" as a teaser heading
  and the headline and the subheading under it as its headlines). Left: weather widgets on one line with their label
  (de "Wetter in Weilheim: 17 °C, bewölkt", it "Meteo Bergamo: 18°C sereno"), reader-submission credits (de
  "Eingereicht von: TSV Grünwald e.V.", nl "Ingezonden door Oranjecomité Ruinen", pt "Enviado por: Junta de Freguesia
  de Alvalade"), en "Most Recent in Millbrook", en "Local deals" and its offer "2 for 1 at Dartmouth Steam Railway",
  en "Advertise your event with us", es "Anúnciate en El Bierzo Digital", de a council's service box in its footer
  ("Abfallberatung" over "Telefon: 07121 303-5000").
- after: lost 0, left 2 (the service box: ``RESIDUE_LEFT``).
- round 2, after the changes, aimed at them: 6 pages (2 extracts, 4 full), 42 ``A``, 56 ``R``, 7 ``T``: a menu under
  the cookie banner and its link (en), a banner between the menu and a notice's headline and short dek (de), weather
  widgets on one line at the head in es, it (a place with an apostrophe), fr, en, articles' own readings as rows ("Jueves:
  34 °C", "Zutphen: 32 °C"), the credits' words in sentences ("Enviado por el Ayuntamiento a todas las peñas, …",
  "Ingezonden door een lezer was de foto …", "Segnalato da molti visitatori …", "Eingesandt von der Jugendabteilung
  wurde …", "Envoyé par les parents d'élèves, …"), the credits at the tail in es, nl, it, de, fr, "local deals" and
  "submitted" in sentences. On base 931fdc6b: lost 1 (the German notice's dek "Neuer Vorstand gewählt" under the
  banner's "Mehr erfahren"), left 7 (the weather widgets and the credits). After: lost 1, left 0 (``KNOWN_LOST``: the
  same dek, under a banner whose link cookie-notice took itself; under_banner reads only the link banner_link took).

The changes:

- ``cleaner/passes/edge_local.py`` (compiled, ``setup.py``):
  ``banner_link`` (teaser-box's guard): a short teaser heading (four words at most) right under a line the cookie
  passes took is the banner's link ("Find out more", "Mehr erfahren"): it goes alone, and the headline and
  subheading under it are left to the passes after; at the page's head only (under the text an embed's cookie
  notice over a "Más noticias" box is no banner: social40, energy43). ``under_banner`` (edge-furniture's guard at
  the head): the short lines right over the first paragraph, two at most, right under the link banner_link took, no
  line removed between, are the article's headline and first subheading, not the menu over the banner (a menu
  printed under the banner is longer, and goes; a breadcrumb under the banner's button, no link, goes as before:
  arts38, courts39, housing44, property42). Both read a line or two next to the banner only.
- tables, each in a ``# local47:`` block at its list's end: ``widgets.head_widget`` (family) a weather widget on one
  line, its word for the weather first, its place, the temperature and a sky ("Wetter in Weilheim: 17 °C, bewölkt",
  "El tiempo en Soria: 24 °C, soleado"; finance-widget takes it over the first paragraph only, as before);
  ``metadata.byline`` a submitted notice's credit, the label and capitalised names alone: de "Eingereicht/Eingesandt
  von", nl "Ingezonden door", pt and es "Enviado por", es "Remitido por", fr "Envoyé par", it "Inviato da",
  "Segnalato da"; en ``promos.heading`` "Most recent in <Place>", "Local deals", "Deals near you"; en
  ``widgets.chrome`` "Advertise your event/business with us/here"; es ``widgets.chrome`` "Anúnciate en <Name>",
  "Anúnciate con nosotros". Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

No retag after the blind round.

``python tests/test_local47.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== an English town news site, full page: a council report with the vote as short lines, weather widget,
    # "Submit your news", most read, newsletter box, footer
    "en_council_parking_full": """\
R Skip to main content
R Home
R News
R Sport
R What's On
R Property
R Jobs
R Announcements
R Submit your news
R Advertise with us
R Totnes 12°C Light rain
R Wednesday, 12 June 2024
T Council approves new parking charges for Totnes town centre despite traders' objections
T Charges at the Heath's Nursery car park will rise from next month
R By Sarah Pengelly
R Local Democracy Reporter
R 11 June 2024 · 4 min read
A Parking charges in Totnes town centre will rise from July after district councillors narrowly backed the plans on Tuesday evening.
A The one-hour tariff at the Heath's Nursery and Civic Hall car parks will go up from £1.20 to £1.50, while the all-day rate rises to £6.
A Traders had warned the increase would drive shoppers to out-of-town supermarkets, where parking is free.
A The vote was:
A For: 17
A Against: 14
A Abstained: 2
A Cllr John Birch, who proposed the motion, said the council had "no choice" after a £1.3 million shortfall in its budget.
A "Nobody likes paying more to park. But the alternative is cutting services people rely on," he said.
A Residents can comment on the plans until 30 June by emailing the council or at the Civic Hall reception.
A The chamber of trade said it would ask members to share their views at a public meeting on 20 June at 7pm.
R Share this article
R Facebook
R Twitter
R WhatsApp
R Email
R Support local journalism
R Our reporters cover the council meetings, court cases and community events nobody else does. Become a supporter from just £3 a month.
R Support us
R Most read in Totnes
R Popular café to close after 30 years on the high street
R Man fined for fly-tipping on Dartington lane
R Road closed for three weeks as gas main replaced
R Get the Totnes Times newsletter
R The biggest stories from your area, straight to your inbox every morning.
R Enter your email
R Sign up
R About us
R Contact us
R Advertise
R Privacy policy
R Cookie settings
R © 2024 Totnes Times. All rights reserved.
""",
    # ===== an English community site's "what's on" listing, extract: each event as short rows
    "en_whats_on_weekend_extract": """\
T What's on in Ludlow this weekend: food fair, open gardens and a vintage bus rally
A There's plenty to keep families busy in and around Ludlow this weekend, from a food fair in the castle grounds to a rally of vintage buses.
A Ludlow Spring Food Fair
A Saturday 11 May and Sunday 12 May, 10am–5pm
A Ludlow Castle, Castle Square
A Adults £8, children under 16 free
A More than 80 local producers, cookery demonstrations and a real ale tent.
A Broadgate Open Gardens
A Sunday 12 May, 1pm–5pm
A Tickets £6 from the Assembly Rooms box office; teas in the church hall.
A Vintage Bus Rally
A Sunday 12 May from 9am
A Ludlow Racecourse, free entry
A Buses will run free heritage services to Bromfield every half hour.
A Know of an event we've missed? Send the details to the newsroom and we will add it to next week's list.
T Listings are compiled from information supplied by organisers. Always check before you travel.
R Submit an event
R Advertise your event with us
R You may also like
R Ludlow Fringe festival returns with 40 shows
R Share
R Comments (0)
R Be the first to comment
""",
    # ===== an English school board report, extract: the items decided as a list, "subscribe" in a sentence
    "en_school_board_extract": """\
T School board approves later start time for Millbrook High
A The Millbrook School Board voted 5-2 on Monday night to push back the start of the high school day from 7:25 a.m. to 8:10 a.m. beginning in the fall.
A Board members said research on teen sleep convinced them, though some parents worried about after-school sports and jobs.
A The board also approved:
A - A $48,000 contract to resurface the track at Millbrook Stadium
A - Hiring two additional bus drivers
A - A new cell phone policy requiring phones to be kept in lockers during class
A Superintendent Dana Ruiz said families can subscribe to text alerts from the district to get updates on the new bus schedules.
A The next board meeting is Monday, June 17, at 6:30 p.m. in the Millbrook High library.
R Submitted by Millbrook Patch Staff
R Posted Tue, Jun 4, 2024 at 9:12 am ET
R Reply
R Thank
R Share
R Subscribe to Patch
R Get more local news delivered straight to your inbox. It's free!
R Most Recent in Millbrook
R Police Blotter: Car Stolen From Driveway On Elm St.
R Millbrook Library Summer Reading Kicks Off
""",
    # ===== an English village newsletter / parish news, full: club and church notices, the bin collection change
    "en_parish_news_full": """\
R Home
R Parish Council
R Village Hall
R Clubs & Groups
R Church
R Newsletter
R Contact
R We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.
R Accept
R Find out more
T Village News – March
A Bin collections over Easter
A Collections due on Good Friday, 29 March, will take place on Saturday 30 March instead.
A Collections due on Easter Monday, 1 April, will take place on Tuesday 2 April.
A Please put your bins out by 7am.
A Garden waste collections restart in the week of 8 April.
A Gardening Club
A Our next meeting is on Thursday 14 March at 7.30pm in the village hall, when Helen Ford will talk about growing dahlias. Visitors welcome, £3 on the door.
A St Peter's Church
A Mothering Sunday service, 10 March, 10.30am. Posies for all the mothers.
A Lent lunches every Wednesday at noon in the vestry: soup and bread, donations to the food bank.
A Thank you to everyone who came to the quiz night, which raised £412 for the church roof.
T Submitted by Margaret Hill, parish clerk
R Back to top
R Parish Council meeting dates
R Planning applications
R Find us on Facebook
R © Ashwell Parish Council 2024
R Website by Village Websites Ltd
R Privacy | Accessibility | Sitemap
""",
    # ===== an English local paper's school sports round-up, extract: the results as short lines
    "en_school_sports_results_extract": """\
T Schools sport: Kingsbridge under-14s reach county cup final
A Kingsbridge Academy's under-14 football team are through to the Devon County Cup final after a 3-1 win over Ivybridge on Wednesday.
A Goals from Tom Lear (2) and Oscar Barnes sealed the win in front of a big crowd at the Recreation Ground.
A Results
A Under-14 football: Kingsbridge 3 Ivybridge 1
A Under-13 netball: Kingsbridge 18 Dartmouth 22
A Year 10 rugby: Kingsbridge 24 Plymstock 12
A Cross-country: Ellie Shaw first, Amy Tucker fourth in the junior girls' race
A The final will be played at Plainmoor on Thursday 16 May, kick-off 6pm. Tickets are £3 for adults and £1 for students.
A Send your school's results and photos to sport@kingsbridgegazette.co.uk by Monday at noon.
R Photo: Kingsbridge Academy
R Read more
R Local deals
R 2 for 1 at Dartmouth Steam Railway
R Advertisement
""",
    # ===== an English road closure / roadworks notice, full: a council's news page
    "en_road_closure_full": """\
R Skip to content
R Menu
R Search
R Bins and recycling
R Council tax
R Parking
R Roads and travel
R Planning
R Home
R News
T A38 slip road closures for resurfacing
R Published: 3 April 2024
A The northbound slip roads at the Marsh Mills junction will be closed overnight for resurfacing from Monday 15 April.
A Closures will be in place from 8pm to 6am, Monday to Friday, for two weeks.
A Diversions:
A Northbound traffic: continue to Forder Valley and return via the A38 southbound.
A Buses: the 21 and 21A will divert via Plympton Ridgeway.
A Emergency vehicles will have access at all times.
A The work is weather dependent and dates may change at short notice.
A Follow @PlymouthRoads for live updates, or check the map at the bottom of this page.
R Was this page helpful?
R Yes
R No
R Share this page
R Related links
R Roadworks map
R Report a pothole
R Sign up to our e-newsletter
R Accessibility statement
R Cookies
R Privacy notice
R © Plymouth City Council
""",
    # ===== a German local paper, full: a Gemeinderat report with the decisions as short lines
    "de_gemeinderat_full": """\
R Zum Inhalt springen
R Lokales
R Sport
R Kultur
R Veranstaltungen
R Traueranzeigen
R Abo
R Anmelden
R Wetter in Weilheim: 17 °C, bewölkt
T Gemeinderat Peißenberg: Freibad bleibt bis 2026 geschlossen
R Von Andreas Baar
R 14.05.2024, 18:30 Uhr
R Lesezeit: 3 Min.
A Das Freibad in Peißenberg bleibt auch in den kommenden zwei Sommern geschlossen. Das hat der Gemeinderat am Dienstagabend mit großer Mehrheit beschlossen.
A Grund sind die Kosten für die Sanierung der Becken, die inzwischen auf 4,2 Millionen Euro geschätzt werden.
A Bürgermeister Frank Zellner (CSU) sagte: „Wir wollen das Bad erhalten. Aber nicht um jeden Preis.“
A Außerdem beschloss der Rat:
A – Neubau des Kinderhauses an der Wörther Straße
A – Tempo 30 in der Hauptstraße zwischen 22 und 6 Uhr
A – Zuschuss von 5000 Euro für den Trachtenverein
A Die Bürger können ihre Meinung zum Bad bei einer Bürgerversammlung am 6. Juni um 19 Uhr in der Tiefstollenhalle sagen.
A Wer Fragen hat, kann sich auch schriftlich an das Rathaus wenden. Kommentare zur Sitzung sind im Protokoll nachzulesen.
R Artikel teilen
R Mehr aus Weilheim
R Neuer Supermarkt öffnet im Herbst
R Polizei sucht Zeugen nach Unfall auf der B472
R Newsletter
R Die wichtigsten Nachrichten aus Ihrer Region täglich per E-Mail.
R Jetzt anmelden
R Impressum
R Datenschutz
R Kontakt
R Mediadaten
R Cookie-Einstellungen
""",
    # ===== a German Vereinsnachricht (club notice), extract: reader-submitted with the dates
    "de_verein_sommerfest_extract": """\
T Sommerfest beim TSV Grünwald: Fußball, Hüpfburg und Blasmusik
A Der TSV Grünwald lädt am Samstag, 22. Juni, zu seinem Sommerfest auf das Vereinsgelände an der Südlichen Münchner Straße ein.
A Programm:
A 10 Uhr: Jugendturnier der E- und F-Junioren
A 14 Uhr: Kaffee und Kuchen
A 15 Uhr: Auftritt der Tanzgruppe
A 18 Uhr: Blasmusik mit der Musikkapelle Grünwald
A Der Eintritt ist frei. Für Kinder gibt es eine Hüpfburg und Kinderschminken.
A Bei Regen findet das Fest in der Turnhalle statt.
A Helfer für den Kuchenverkauf werden noch gesucht. Wer mitmachen möchte, meldet sich bei Petra Huber.
R Eingereicht von: TSV Grünwald e.V.
R Leserbeitrag
R Auch interessant
R Maibaum in Grünwald aufgestellt
R Anzeige
""",
    # ===== a German Amtsblatt-style notice: Müllabfuhr changes, full
    "de_muellabfuhr_full": """\
R Startseite
R Rathaus & Service
R Leben in der Stadt
R Wirtschaft
R Aktuelles
R Leichte Sprache
R Gebärdensprache
R Suche
T Geänderte Abfuhrtermine rund um Pfingsten
R Veröffentlicht am 08.05.2024
A Wegen des Pfingstmontags verschieben sich die Abfuhrtermine für Restmüll, Biotonne und Gelben Sack.
A Die Leerungen verschieben sich wie folgt:
A Montag, 20. Mai → Dienstag, 21. Mai
A Dienstag, 21. Mai → Mittwoch, 22. Mai
A Mittwoch, 22. Mai → Donnerstag, 23. Mai
A Donnerstag, 23. Mai → Freitag, 24. Mai
A Freitag, 24. Mai → Samstag, 25. Mai
A Bitte stellen Sie die Behälter am Abfuhrtag bis 6 Uhr bereit.
A Der Wertstoffhof ist am Pfingstmontag geschlossen.
R Drucken
R Seite teilen
R Kontakt
R Abfallberatung
R Telefon: 07121 303-5000
R Öffnungszeiten
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # ===== a French local paper, full: a conseil municipal report
    "fr_conseil_municipal_full": """\
R Aller au contenu principal
R Actu
R Sports
R Loisirs
R Annonces légales
R Avis de décès
R S'abonner
R Se connecter
R Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez accepter ou paramétrer vos choix.
R Tout accepter
R Paramétrer
T Conseil municipal de Vitré : la cantine passera au bio à 50 % dès la rentrée
R Par la rédaction
R Publié le 15/05/2024 à 18h02
A Les élus de Vitré ont voté jeudi soir, à l'unanimité, le passage à 50 % de produits bio dans les cantines scolaires dès septembre.
A Le prix du repas restera inchangé pour les familles, à 3,20 €. La différence, estimée à 90 000 € par an, sera prise en charge par la ville.
A Autres décisions :
A – la rénovation de la salle des fêtes de la Trémoille, pour 1,2 million d'euros ;
A – la gratuité du bus le samedi ;
A – une subvention de 8 000 € au comité des fêtes.
A « C'est un choix politique assumé », a déclaré le maire, Pierre Méhaignerie.
A Les habitants peuvent donner leur avis sur le projet de la salle des fêtes lors d'une réunion publique le 4 juin, à 20 h, à la mairie.
R Partager
R Facebook
R X
R E-mail
R Les plus lus à Vitré
R Un nouveau boulanger s'installe rue Poterie
R Accident sur la rocade : deux blessés
R Newsletter Vitré
R Recevez chaque matin l'essentiel de l'actu de votre ville.
R Je m'inscris
R Mentions légales
R Gestion des cookies
R Plan du site
""",
    # ===== a French "agenda" listing, extract: events as short rows with prix and horaires
    "fr_agenda_sortir_extract": """\
T Que faire ce week-end dans le pays de Dinan ?
A Brocante, fest-noz et concert de jazz : voici nos idées de sorties pour ce week-end.
A Brocante de printemps
A Samedi 20 avril, de 8 h à 18 h
A Place du Champ, Dinan
A Entrée gratuite
A Fest-noz
A Samedi 20 avril, à 21 h
A Salle des fêtes de Léhon
A Tarif : 7 € ; gratuit pour les moins de 12 ans
A Concert de jazz
A Dimanche 21 avril, à 17 h
A Théâtre des Jacobins
A Réservation conseillée au 02 96 87 03 11.
A Vous organisez un événement ? Envoyez-nous les informations par courriel avant le mercredi midi.
R Annoncez votre événement
R Publicité
R À lire aussi
R Dinan : la fête des remparts aura bien lieu en juillet
R Cet article est réservé aux abonnés
""",
    # ===== a French village bulletin, extract: travaux and fermeture de route
    "fr_fermeture_route_extract": """\
T Travaux : la route de Plouër fermée pendant trois semaines
A La route départementale 12, entre Plouër-sur-Rance et La Vicomté-sur-Rance, sera fermée à la circulation du lundi 3 juin au vendredi 21 juin.
A Les travaux concernent la réfection de la chaussée et le remplacement d'une canalisation d'eau.
A Une déviation sera mise en place par Pleslin-Trigavou.
A Horaires des travaux : de 7 h 30 à 18 h, du lundi au vendredi.
A Les riverains pourront accéder à leur domicile.
A Le ramassage des ordures ménagères est maintenu aux jours habituels : les bacs devront être déposés au carrefour de la Ville-Ger.
A Le car scolaire desservira l'arrêt provisoire installé devant la salle polyvalente.
R Ouest-France
R Publié le 28/05/2024 à 11h45
R Commenter
R Partager
R Météo Plouër-sur-Rance : 16 °C, éclaircies
""",
    # ===== a Spanish local news site, full: pleno municipal
    "es_pleno_municipal_full": """\
R Ir al contenido
R Portada
R Local
R Comarca
R Deportes
R Agenda
R Esquelas
R Anúnciate
R Envía tu noticia
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Más información
T El pleno de Alcoy aprueba la peatonalización de la calle San Nicolás
R Redacción
R 16 may 2024 - 13:45
A El pleno del Ayuntamiento de Alcoy aprobó este jueves la peatonalización de la calle San Nicolás, con los votos a favor del equipo de gobierno y la abstención de la oposición.
A Las obras comenzarán en septiembre y tendrán un plazo de ejecución de seis meses.
A El presupuesto asciende a 1,4 millones de euros, financiados en parte con fondos europeos.
A Resultado de la votación:
A A favor: 13
A Abstenciones: 8
A En contra: 0
A La alcaldesa explicó que los comerciantes podrán hacer la carga y descarga de 7 a 11 horas.
A Los vecinos pueden consultar el proyecto en la web municipal y presentar alegaciones hasta el 15 de junio.
R Comparte esta noticia
R Lo más leído
R Cortes de tráfico por la Entrada de Moros y Cristianos
R Abre una nueva panadería en el barrio de Santa Rosa
R Suscríbete a nuestro boletín
R Recibe cada día las noticias de Alcoy en tu correo
R Aviso legal
R Política de privacidad
R Política de cookies
R Publicidad
""",
    # ===== a Spanish agenda, extract: fiestas patronales programme
    "es_fiestas_programa_extract": """\
T Programa de las fiestas de San Juan en Soria: horarios y actividades
A Soria vive desde este miércoles sus fiestas de San Juan, con actividades para todas las edades hasta el lunes.
A Miércoles 26 de junio
A 12:00 h. Pregón desde el balcón del Ayuntamiento
A 19:00 h. Desfile de peñas por el centro
A Jueves 27 de junio
A 11:00 h. Jueves La Saca, en el Monte Valonsadero
A 22:30 h. Concierto en la plaza de San Clemente. Entrada libre.
A Las entradas para los conciertos de pago se pueden comprar en la oficina de turismo, a 15 euros.
A El Ayuntamiento recuerda que está prohibido el consumo de bebidas en envases de vidrio en la vía pública.
R Foto: Ayuntamiento de Soria
R Etiquetas: Fiestas, San Juan, Soria
R Noticias relacionadas
R Soria instala 40 baños portátiles para las fiestas
R Deja tu comentario
R Tu dirección de correo electrónico no será publicada.
""",
    # ===== a Spanish local business opening, extract
    "es_apertura_negocio_extract": """\
T Abre en el centro de Ponferrada una librería café con talleres para niños
A La calle del Reloj de Ponferrada cuenta desde este sábado con una nueva librería café, impulsada por dos jóvenes de la comarca.
A El local ofrece libros nuevos y de segunda mano, café de especialidad y un espacio para talleres infantiles.
A Horario: de lunes a sábado, de 10:00 a 14:00 y de 17:00 a 20:30.
A Sus dueñas invitan a los vecinos a compartir sus libros usados a cambio de un descuento.
A "Queríamos un sitio donde la gente se quede a leer", explica una de ellas.
R Publicidad
R Anúnciate en El Bierzo Digital
R Comentarios
R Normas de participación
""",
    # ===== an Italian local news site, full: consiglio comunale and viabilità
    "it_consiglio_comunale_full": """\
R Vai al contenuto
R Home
R Cronaca
R Politica
R Sport
R Eventi
R Necrologie
R Segnala una notizia
R Pubblicità
R Meteo Bergamo: 18°C sereno
T Treviglio, il consiglio comunale approva il nuovo piano del traffico
R di Redazione
R 15 maggio 2024
A Il consiglio comunale di Treviglio ha approvato ieri sera il nuovo piano urbano del traffico, con 11 voti favorevoli e 5 contrari.
A Tra le novità principali:
A - una zona a traffico limitato in piazza Manara dal 1° settembre;
A - due nuove piste ciclabili verso la stazione;
A - il senso unico in via Roma.
A Il sindaco ha detto che il piano "renderà il centro più vivibile per i pedoni e per chi va in bicicletta".
A Le osservazioni dei cittadini possono essere inviate all'ufficio tecnico entro il 30 giugno.
R Condividi
R Leggi anche
R Treviglio, chiude lo storico bar della stazione
R Iscriviti alla newsletter
R Ricevi le notizie della tua città ogni mattina
R Chi siamo
R Contatti
R Privacy
R Cookie policy
""",
    # ===== an Italian sagra listing, extract
    "it_sagra_eventi_extract": """\
T Sagra del tortello a Castell'Arquato: il programma
A Torna a Castell'Arquato la sagra del tortello, giunta alla trentesima edizione.
A Quando: dal 7 al 9 giugno
A Dove: piazza del Municipio
A Orari: stand gastronomici aperti dalle 19 alle 23, domenica anche a pranzo
A Prezzo: menu completo 15 euro
A Sabato sera musica dal vivo con l'orchestra Bagutti. Domenica mercatino dell'artigianato.
A L'incasso sarà devoluto alla scuola materna del paese.
R Foto di archivio
R Ti potrebbe interessare
R Piacenza, tutte le sagre del weekend
R Commenti
""",
    # ===== a Portuguese local paper, full: câmara municipal and obras
    "pt_camara_obras_full": """\
R Saltar para o conteúdo
R Início
R Região
R Desporto
R Cultura
R Agenda
R Necrologia
R Assinar
R Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar está a concordar.
R Aceitar
T Câmara de Braga vai fechar a Avenida da Liberdade ao trânsito aos domingos
R Por Redação
R 15 Maio 2024, 12:30
A A Câmara Municipal de Braga aprovou esta segunda-feira o encerramento da Avenida da Liberdade ao trânsito automóvel aos domingos, entre as 9 e as 13 horas.
A A medida começa a 2 de junho e é válida até ao final de setembro.
A Durante esse período, a avenida será reservada a peões, bicicletas e atividades desportivas.
A Os autocarros dos TUB serão desviados pela Rua dos Chãos.
A O presidente da câmara disse que a ideia é "devolver a cidade às pessoas".
A Os moradores podem deixar sugestões no balcão único da câmara até ao fim do mês.
R Partilhar
R Mais lidas
R Novo supermercado abre em Lamaçães
R Feira de artesanato regressa ao Campo da Vinha
R Receba a nossa newsletter
R Ficha técnica
R Estatuto editorial
R Publicidade
R Contactos
""",
    # ===== a Portuguese parish notice, extract: festa and recolha de lixo
    "pt_festa_freguesia_extract": """\
T Festa de Santo António anima a freguesia de Alvalade este fim de semana
A A Junta de Freguesia de Alvalade organiza este fim de semana a tradicional festa de Santo António, no jardim do Campo Grande.
A Sexta-feira, 12 de junho: arraial a partir das 19h00, com sardinhas e caldo verde.
A Sábado, 13 de junho: marcha popular às 21h30.
A Entrada livre.
A A recolha de lixo nas ruas próximas será reforçada durante a noite.
A A junta pede aos moradores que não estacionem na Avenida do Brasil a partir das 18h00 de sexta-feira.
R Enviado por: Junta de Freguesia de Alvalade
R Comentários
R Ainda não há comentários.
""",
    # ===== a Dutch local news site, full: gemeenteraad and afvalinzameling
    "nl_gemeenteraad_full": """\
R Ga naar de inhoud
R Nieuws
R Sport
R Agenda
R 112
R Tip de redactie
R Adverteren
R Deze website maakt gebruik van cookies. Door verder te gaan ga je akkoord met het gebruik van cookies.
R Akkoord
T Gemeenteraad Zutphen stemt in met nieuwe afvalinzameling
R Door Redactie
R 16 mei 2024, 09:15
A De gemeenteraad van Zutphen heeft dinsdagavond ingestemd met een nieuwe manier van afvalinzameling.
A Vanaf januari wordt het restafval nog maar eens per vier weken opgehaald.
A Gft en plastic worden wel elke twee weken opgehaald.
A Stemuitslag:
A Voor: 21
A Tegen: 10
A Bewoners krijgen in december een nieuwe afvalkalender in de bus. Die staat ook in de app van de gemeente.
A Wethouder Annemieke Vermeulen zei dat de gemeente zo "de afvalberg wil verkleinen".
R Deel dit artikel
R Meest gelezen
R Nieuwe bakker opent in de Beukerstraat
R Brug over de IJssel weekend dicht
R Ontvang onze nieuwsbrief
R Colofon
R Privacy
R Cookieverklaring
""",
    # ===== a Dutch village event / sports club result, extract
    "nl_dorpsfeest_extract": """\
T Oranjefeest in Ruinen: drie dagen feest op het dorpsplein
A Het Oranjecomité van Ruinen organiseert van donderdag 29 augustus tot en met zaterdag 31 augustus weer het jaarlijkse dorpsfeest.
A Donderdag: kinderspelen vanaf 13.30 uur
A Vrijdag: optocht om 19.00 uur, daarna feestavond in de tent
A Zaterdag: zeskamp en 's avonds livemuziek
A Entree feesttent: € 10,- per avond
A Vrijwilligers kunnen zich nog aanmelden bij het comité.
A De uitslag van de zeskamp van vorig jaar: 1. Buurtvereniging De Es, 2. Jong Ruinen, 3. De Wieken.
R Ingezonden door Oranjecomité Ruinen
R Reacties
R Log in om te reageren
""",
    # ===== ROUND 2 (after the changes, aimed at their edges) ===========================================================
    # ===== an English town site, full: the cookie banner and its link first, the menu under it, a weather widget
    # over the headline; the story's own short lines under its dek, "local deals" and "submitted" in sentences
    "en_cookie_menu_market_full": """\
R We use cookies to make our site work and to understand how you use it. You can accept all cookies or manage your settings.
R Accept all
R Find out more
R Home
R News
R Sport
R What's On
R Business
R Notices
R Weather in Ludlow: 14°C, sunny intervals
T Farmers' market moves to Castle Square for the summer
T Stallholders hope the new site will bring more shoppers
A Ludlow's monthly farmers' market will move from the Buttercross to Castle Square from June, the town council has agreed.
A Traders said the old site was too cramped for the 40 stalls that now want a pitch.
A The new dates are:
A Saturday 8 June
A Saturday 13 July
A Saturday 10 August
A The council said local deals with two car parks would give shoppers two hours' free parking on market days.
A Photos of the new layout were submitted by the market's organisers and can be seen at the library.
A Mike Price, who runs a cheese stall, said: "It's the best news we've had in years."
R Most read in Ludlow
R Library opening hours to be cut from September
R Bypass closed overnight for resurfacing
R Advertise your business here
R Terms
R Privacy
R © 2024 Ludlow Advertiser
""",
    # ===== a Spanish town site, full: the weather widget on one line over the menu, a heat story with its own readings
    # as rows, a club's "Enviado por:" credit and an advertisers' pitch at the tail
    "es_ola_calor_fiestas_full": """\
R El tiempo en Soria: 24 °C, soleado
R Portada
R Local
R Provincia
R Deportes
R Agenda
T Soria afronta las fiestas de San Juan con temperaturas de hasta 36 grados
A La Agencia Estatal de Meteorología ha activado el aviso amarillo por calor en la provincia de Soria para el jueves y el viernes.
A Las temperaturas previstas para los días grandes de las fiestas son:
A Jueves: 34 °C
A Viernes: 36 °C
A Sábado: 31 °C
A El Ayuntamiento instalará fuentes de agua y puntos de sombra en la plaza Mayor y en el Monte Valonsadero.
A Las peñas han pedido que el desfile del viernes se retrase a las 20:00 horas para evitar las horas de más calor.
A Enviado por el Ayuntamiento a todas las peñas, un bando recuerda que hay que llevar agua y gorra.
R Enviado por: Peña El Trillo
R Comparte esta noticia
R Anúnciate con nosotros
R Aviso legal
R Política de cookies
""",
    # ===== a Dutch local site, extract: a weather story with its readings as rows; "ingezonden door" in a sentence;
    # the reader's credit and a weather widget at the tail
    "nl_hittegolf_extract": """\
T Hittegolf in de Achterhoek: zwembaden langer open
A Nu de temperatuur in de Achterhoek voor de vierde dag boven de 30 graden komt, blijven de buitenbaden in Zutphen en Lochem langer open.
A Gemeten temperaturen zaterdag:
A Zutphen: 32 °C
A Lochem: 31 °C
A Winterswijk: 33 °C
A De GGD raadt ouderen aan om tussen 12.00 en 16.00 uur binnen te blijven en veel te drinken.
A Ingezonden door een lezer was de foto van het drukke strandje bij de IJssel, die we hierboven plaatsen.
R Ingezonden door: Marja de Vries
R Reacties
R Log in om te reageren
""",
    # ===== an Italian town site, extract: a pro loco's notice with the weather widget at its head, "segnalato da" in
    # a sentence, the credit at the tail
    "it_pro_loco_notice_extract": """\
R Meteo Castell'Arquato: 22°C poco nuvoloso
T Castell'Arquato, torna il mercatino dell'antiquariato in piazza
A Domenica 16 giugno torna in piazza del Municipio il mercatino dell'antiquariato e del collezionismo.
A Orari: dalle 8 alle 19
A Ingresso libero
A I banchi saranno più di sessanta, con mobili, libri, stampe e giocattoli d'epoca.
A Segnalato da molti visitatori come uno dei più belli della provincia, il mercatino compie quest'anno vent'anni.
A In caso di pioggia sarà rinviato alla domenica successiva.
R Inviato da: Pro Loco di Castell'Arquato
R Ti potrebbe interessare
R Piacenza, tutte le sagre del weekend
""",
    # ===== a German Verein's site, full: the menu, then the cookie banner and its link, then the notice's headline and
    # a short dek right over its first paragraph; the sender's credit at the tail
    "de_verein_banner_full": """\
R Startseite
R Verein
R Abteilungen
R Termine
R Kontakt
R Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Mit der Nutzung der Website stimmen Sie dem zu.
R Akzeptieren
R Mehr erfahren
T Jahreshauptversammlung 2024
A Neuer Vorstand gewählt
A Bei der Jahreshauptversammlung des TSV Grünwald am Freitagabend haben die Mitglieder einen neuen Vorstand gewählt.
A Neue Vorsitzende ist Petra Huber, die seit 15 Jahren die Turnabteilung leitet.
A Eingesandt von der Jugendabteilung wurde ein Antrag auf einen neuen Kunstrasenplatz, über den im Herbst abgestimmt wird.
A Der Mitgliedsbeitrag bleibt unverändert bei 60 Euro im Jahr.
R Eingesandt von Petra Huber
R Impressum
R Datenschutz
""",
    # ===== a French commune's site, full: the weather widget over the menu, an agenda under the text, "envoyé par"
    # in a sentence, the association's credit at the tail
    "fr_vide_grenier_full": """\
R Météo Dinan : 18 °C, nuageux
R Accueil
R Vie municipale
R Associations
R Agenda
R Contact
T Vide-greniers de l'Amicale laïque le 9 juin
A L'Amicale laïque organise son vide-greniers annuel le dimanche 9 juin, sur le terrain de football.
A Infos pratiques :
A Horaires : de 7 h à 18 h
A Emplacement : 3 € le mètre
A Buvette et restauration sur place
A Envoyé par les parents d'élèves, le bénéfice servira à financer la classe de mer des CM2.
A Les inscriptions se font à la mairie jusqu'au 5 juin.
R Envoyé par : Amicale Laïque de Dinan
R Partager
R Mentions légales
R Plan du site
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # round 2: the dek right under a banner whose link "Mehr erfahren" cookie-notice took itself (no teaser heading
    # that banner_link reads): edge-furniture reads it in the menu's run, as on base. Sparing the lines under any
    # banner's line kept the breadcrumbs and section names of four other probes' pages (arts38, courts39, housing44,
    # property42: "Nieuws > Woningmarkt", "Tribunales" under the banner's button)
    "de_verein_banner_full": ["Neuer Vorstand gewählt"],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a council's service box in its footer, "Abfallberatung" over "Telefon: 07121 303-5000" (a phone with no mail: a
    # service page's own contact row reads the same, and police46's press_box leaves such a box too)
    "de_muellabfuhr_full": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a local news story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The parish council voted on Tuesday to spend £12,000 on new play equipment for the recreation ground on Mill Lane.",
        "The old climbing frame was taken away last year after an inspection found rotten timber in two of its posts.",
        "Work is due to start in September and the playground should reopen before the October half-term, the clerk said.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, den Spielplatz an der Schulstraße für 80.000 Euro zu erneuern.",
        "Das alte Klettergerüst war im vergangenen Jahr abgebaut worden, nachdem ein Gutachter morsches Holz gefunden hatte.",
        "Die Arbeiten sollen im September beginnen, bis zu den Herbstferien soll der Spielplatz wieder offen sein.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la rénovation de l'aire de jeux de la rue des Écoles, pour 80 000 euros.",
        "L'ancienne structure avait été démontée l'an dernier après qu'un contrôle a révélé du bois pourri dans deux poteaux.",
        "Les travaux doivent commencer en septembre et l'aire de jeux rouvrira avant les vacances de la Toussaint.",
    ],
    "es": [
        "El pleno del Ayuntamiento aprobó el martes la renovación del parque infantil de la calle Escuelas, por 80.000 euros.",
        "Los antiguos columpios se retiraron el año pasado después de que una inspección encontrara madera podrida en dos postes.",
        "Las obras comenzarán en septiembre y el parque volverá a abrir antes del puente de octubre, según el concejal.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì sera il rifacimento del parco giochi di via delle Scuole, per 80mila euro.",
        "La vecchia struttura era stata smontata l'anno scorso dopo che un controllo aveva trovato legno marcio in due pali.",
        "I lavori inizieranno a settembre e il parco giochi dovrebbe riaprire prima di novembre, ha detto l'assessore.",
    ],
    "pt": [
        "A assembleia de freguesia aprovou na terça-feira a renovação do parque infantil da Rua das Escolas, por 80 mil euros.",
        "Os antigos baloiços foram retirados no ano passado depois de uma inspeção ter encontrado madeira podre em dois postes.",
        "As obras começam em setembro e o parque deverá reabrir antes do fim de outubro, disse o presidente da junta.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdagavond besloten de speeltuin aan de Schoolstraat voor 80.000 euro op te knappen.",
        "Het oude klimrek werd vorig jaar weggehaald nadat bij een keuring rot hout in twee palen was gevonden.",
        "De werkzaamheden beginnen in september en de speeltuin moet voor de herfstvakantie weer open zijn, zegt de wethouder.",
    ],
}

_TB, _CH, _BY = "teaser-box", "site-chrome", "byline"
#: (language, residue line, the pass that takes it)
GOES = [
    ("de", "Eingereicht von: TSV Grünwald e.V.", _BY),
    ("de", "Eingesandt von Petra Huber", _BY),
    ("nl", "Ingezonden door Oranjecomité Ruinen", _BY),
    ("nl", "Ingezonden door: Marja de Vries", _BY),
    ("pt", "Enviado por: Junta de Freguesia de Alvalade", _BY),
    ("es", "Remitido por Asociación de Vecinos de San José", _BY),
    ("es", "Enviado por: Peña El Trillo", _BY),
    ("fr", "Envoyé par : Amicale Laïque de Dinan", _BY),
    ("it", "Inviato da: Pro Loco di Castell'Arquato", _BY),
    ("it", "Segnalato da Marco Rossi", _BY),
    ("en", "Most Recent in Millbrook", _TB),
    ("en", "Most recent news from Ashwell", _TB),
    ("en", "Local deals", _TB),
    ("en", "Deals near you", _TB),
    ("en", "Advertise your event with us", _CH),
    ("en", "Advertise your business here", _CH),
    ("es", "Anúnciate en El Bierzo Digital", _CH),
    ("es", "Anúnciate con nosotros", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("de", "Eingereicht von der Elternschaft wurde eine Liste mit 400 Unterschriften, die der Bürgermeister am Montag entgegennahm."),
    ("nl", "Ingezonden door een lezer: een foto van de ijsvogel bij de vijver in het park, die de hele buurt al weken volgt."),
    ("pt", "Enviado por Lisboa para a reunião, o vereador apresentou o plano de obras aos moradores da freguesia."),
    ("es", "Remitido por el Ayuntamiento a todos los vecinos, el bando recuerda que está prohibido encender hogueras."),
    ("fr", "Envoyé par la mairie à tous les habitants, le courrier précise les dates de la collecte des encombrants."),
    ("it", "Inviato da Roma un ispettore del ministero, che ha visitato la scuola media del paese lunedì mattina."),
    ("en", "The most recent in Millbrook's string of break-ins happened on Elm Street on Saturday night, police said."),
    ("en", "Local deals struck by the council with two bus firms will keep the 21 and 21A running until 2026."),
    ("en", "Advertise your event with us by Friday and it will appear in the parish magazine free of charge, the clerk said."),
    ("es", "Anúnciate en el tablón del centro cívico si buscas compañeros para el huerto comunitario, propone la asociación."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

#: (language, a weather widget's line on one line: its word, its place, the temperature, the sky)
_WEATHER = [
    ("de", "Wetter in Weilheim: 17 °C, bewölkt"),
    ("it", "Meteo Bergamo: 18°C sereno"),
    ("fr", "Météo Plouër-sur-Rance : 16 °C, éclaircies"),
    ("en", "Weather in Totnes: 12°C, light rain"),
    ("nl", "Weer in Zutphen: 14 °C, half bewolkt"),
    ("es", "El tiempo en Soria: 21 °C, soleado"),
    ("pt", "Tempo em Braga: 19 °C, céu limpo"),
]


@pytest.mark.parametrize(("lang", "line"), _WEATHER)
def test_a_weather_widgets_line_over_the_headline_goes(lang: str, line: str) -> None:
    # finance-widget (widgets.head_widget): the widget over the headline and the article's first paragraph
    lost_lines, gone = kept([line, "Headline of the local story here", *TEXT[lang]], language=lang)
    assert [x for x in lost_lines if x in TEXT[lang]] == [], gone
    assert ("finance-widget", line) in gone


@pytest.mark.parametrize(("lang", "line"), _WEATHER)
def test_a_weather_line_inside_the_article_stays(lang: str, line: str) -> None:
    # (head_widget goes only over the first paragraph: a weather story's own reading between its paragraphs stays)
    text = [TEXT[lang][0], line, *TEXT[lang][1:]]
    lost_lines, gone = kept(text, language=lang)
    assert lost_lines == [], gone


def test_a_weather_sentence_with_a_temperature_stays() -> None:
    text = ["Das Wetter in Weilheim war mit 17 °C und Wolken am Samstag ideal für den Festumzug.", *TEXT["de"]]
    lost_lines, gone = kept(text)
    assert lost_lines == [], gone


_MENU = ["Home", "Parish Council", "Village Hall", "Clubs & Groups", "Church", "Contact"]
_BANNER = ["We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.", "Accept"]


def test_a_cookie_banners_link_goes_alone_and_the_headline_under_it_stays() -> None:
    # teaser-box (edge_local.banner_link): the banner's link is no teaser heading over the headline and a subheading;
    # edge-furniture (edge_local.under_banner): the two short lines under the banner are the article's, the menu over
    # the banner still goes
    head, link = ["Village News – March", "Bin collections over Easter"], "Find out more"
    lost_lines, gone = kept([*_MENU, *_BANNER, link, *head, *TEXT["en"]])
    assert lost_lines == [*_MENU, *_BANNER, link], gone
    assert ("edge-furniture", "Parish Council") in gone
    assert ("teaser-box", link) in gone


def test_a_menu_under_a_cookie_banner_still_goes() -> None:
    # (more than two short lines under the banner: the menu printed under it, whose lines are the run's)
    lost_lines, gone = kept([*_BANNER, "Find out more", *_MENU, "Village News – March", *TEXT["en"]])
    assert [line for line in _MENU if line not in lost_lines] == [], gone


def test_a_teaser_heading_under_no_cookie_banner_takes_its_headlines() -> None:
    # (the guard reads the line right over the heading: under the article's last paragraph the box goes as before)
    box = ["Find out more", "Popular café to close after 30 years on the high street", "Man fined for fly-tipping on Dartington lane"]
    lost_lines, gone = kept([*TEXT["en"], *box])
    assert lost_lines == box, gone


if __name__ == "__main__":
    report(CASES)
