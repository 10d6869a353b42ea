# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""local47: DOCSTRING TO COME.

``python tests/test_local47.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    forced_language_test,
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
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
