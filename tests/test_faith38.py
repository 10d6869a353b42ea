# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""faith38: a probe of religious and community-of-faith pages, scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt, nl and pl: church, diocese and parish news (Vatican
News-, katholisch.de-, La Croix-, Aleteia-, KAI-style), a homily or sermon as text, the day's readings with their
scripture references alone on lines ("Reading 1" / "Daniel 3:25, 34-43", "Lesung: Jes 50,4–7", "Évangile (Jn 3,
14-21)", "Salmo 21", "Ps 51"), a prayer's and a psalm's short lines, mass and service times ("10.00 Uhr Hochamt",
"Samedi 18h30 : église Saint-Jean", "ore 8.00 e ore 18.30"), a synagogue's and a mosque's community pages with
prayer times, religious holiday explainers (Passover, Ramadan, Pfingsten, Pasqua, Fátima's 13 May).

- the article (``A``): the scripture references alone on lines, the readings' headings ("Reading 1", "Responsorial
  Psalm", "Première lecture", "Czytania:"), a psalm's response ("R. Remember your mercies, O Lord.", "R/ …"), a
  prayer's and a psalm's short lines, "Amen." / "Amén.", the liturgy's formulas ("The word of the Lord."), the
  service and prayer times one a line, a greeting closing the text ("Chag sameach!", "Shabat Shalom.", "Buona Pasqua!");
- the residue (``R``): "Donate", "Spenden", "Faire un don", "Give online", "Dona ora", livestream buttons ("Watch Mass
  live", "Gottesdienst im Livestream", "Ver la Misa en directo", "Kijk de viering live", "Transmisja na żywo"),
  "Subscribe to the daily readings", newsletter prompts, share rows, menus, bylines and stamps, "Related", cookie
  banners, footers;
- ``T``: headlines, the liturgical day's title.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 225 ``A`` lines, 249
  ``R``, 24 ``T``, all eight languages.

- round 2, after the changes, aimed at them: 6 pages (2 extracts, 4 full pages), 52 ``A``, 40 ``R``, 4 ``T``: a
  reading's heading over its reference under a menu (en), a service list's label closed by its colon over its times
  under a menu whose last item is a service's word (de), an Italian Sunday's readings and a prayer over the giving
  buttons, a Spanish programme closing the text (a day's heading, an untimed last item) over the buttons and footer,
  a Dutch notice with its readings and buttons, a Polish Mass-times page with its readings closing the text.

Measured on main bf7f8dd: round 1 lost 4, left 40; round 2 lost 10, left 11. The losses: a reading's heading over its
reference at the head (edge-furniture's head run: "Première lecture", "First Reading" with "Acts 4:8-12"), a label
over its times ("Msze św. w niedziele:", "Gottesdienste am Wochenende:"), the readings closing the text ("Czytania:",
"Am 7,12-15", "Ps 85", "Mk 6,7-13": the tail's run), a programme's lines at the tail (pt: the untimed last item
"Procissão do Adeus" and the chant under it, "Ave, ave, ave Maria!"; es: "Jueves Santo", "Viernes Santo",
"Procesión del Santo Entierro"). Left: the livestream and giving buttons ("Watch Mass live", "Gottesdienst im
Livestream", "Ver la Misa en directo", "Dona ora", "Sostieni la parrocchia", "Kijk de viering live", "Doneer", "Steun
onze parochie", "Faça o seu donativo", "Acompanhe em direto", "Transmisja na żywo"), "Subscribe to the daily
readings", a clergy byline ("Door pastor Anne de Groot"), katholisch.de's "Bonn ‐ 12.03.2024" (a U+2010 hyphen), the
menus of pages with no paragraph, the outlets' own sentences.

After: round 1 lost 0, left 27; round 2 lost 0, left 2 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_faith.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``liturgy_head`` (edge-furniture's guard at the head): a scripture reference of the run (``scripture_reference``: a
  book's name or abbreviation, a chapter and verses as a range or a list, "Jn 3, 14-21", "Lesung: Jes 50,4–7",
  "Évangile (Jn 3, 14-21)", or a psalm by its number, "Psaume 136", "Ps 51"; a score's "Endstand 2:1", a pager's
  "Page 2", "Windows 11" are none), a short line right over one, and a label closed by its colon right over a kept
  line opening on a clock time stay, counted in the run as the page's lines (the menu over them still goes; a
  menu's "Gottesdienste" over "Sonntag, 9.30 Uhr Hochamt" goes: tests).
- ``schedule_item_tail`` (edge-furniture's guard at the tail): the same lines closing the text, a day's heading right
  over two kept timed rows or more (no colon needed under the text; first written over one row, it kept a ticket
  box's "Miami Dolphins @ Cleveland Browns" over "1:00 PM - FirstEnergy Stadium" on a bench page: now two, test), and
  a programme's item with no time of its own right under a kept timed row with another over it; the footer under
  them still goes (one timed row is no programme: test). The footer's first link, when no table names it, right
  under a programme's last timed row, would stay with it (none in the probes).
- tables, each in a ``# faith38:`` block at its list's end: ``widgets.chrome`` a church's livestream and giving
  buttons, the line alone (en, de, es, it, nl, pt, pl); ``signup.newsletter`` "Subscribe to the daily readings" (en);
  ``metadata.byline`` a clergy member's byline, the title in lower case before the name (nl, fr, es, it, pt);
  the family's ``metadata.dateline`` a place and a date parted by a Unicode hyphen. Each has a sentence with its
  words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_faith38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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

from cleaner.passes.edge_faith import scripture_reference

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== the day's readings as a diocese's page shows them (USCCB-style): the references alone on lines, a psalm's response
    "en_daily_readings_full": """\
R Skip to main content
R Home
R Bible
R Daily Readings
R Prayers
R Donate
R Search
T Tuesday of the Third Week of Lent
R Lectionary: 239
A Reading 1
A Daniel 3:25, 34-43
A Azariah stood up in the fire and prayed aloud:
A "For your name's sake, O Lord, do not deliver us up forever, or make void your covenant.
A Do not take away your mercy from us, for the sake of Abraham, your beloved, Isaac your servant, and Israel your holy one."
A The word of the Lord.
A Responsorial Psalm
A Psalm 25:4-5ab, 6 and 7bc, 8-9
A R. Remember your mercies, O Lord.
A Your ways, O Lord, make known to me;
A teach me your paths,
A Guide me in your truth and teach me,
A for you are God my savior.
A R. Remember your mercies, O Lord.
A Verse Before the Gospel
A Joel 2:12-13
A Even now, says the Lord, return to me with your whole heart,
A for I am gracious and merciful.
A Gospel
A Matthew 18:21-35
A Peter approached Jesus and asked him, "Lord, if my brother sins against me, how often must I forgive?
A As many as seven times?"
A Jesus answered, "I say to you, not seven times but seventy-seven times."
A The Gospel of the Lord.
R Subscribe to the daily readings
R Get the daily readings delivered to your inbox every morning.
R Email address
R Subscribe
R Watch Mass live
R Listen to the podcast
R About Us
R Contact
R Privacy Policy
R © 2024 United States Conference of Catholic Bishops
""",
    # ===== a parish's homily as an extractor leaves it, with a prayer and "Amen." closing it
    "en_homily_extract": """\
T Homily for the Fourth Sunday of Easter: The Good Shepherd
R Posted by Fr. Michael O'Connor
R April 21, 2024
A Dear brothers and sisters,
A Today we hear one of the most beloved images in all of Scripture.
A Jesus tells us, "I am the good shepherd. A good shepherd lays down his life for the sheep."
A The shepherds of his day lived with their flocks. They knew each animal by name.
A When a wolf came, the hired man ran. The shepherd stayed.
A This is who Christ is for us: not a hired hand, but one who knows us and stays.
A Let us pray.
A Lord Jesus, Good Shepherd,
A you know each of us by name.
A When we wander, seek us out;
A when we are afraid, carry us home.
A Amen.
R Share this homily
R Facebook
R Twitter
R Email
R Give online to St. Brigid Parish
R Read more homilies
""",
    # ===== a Vatican News-style story as all the visible text: menu, stamps, share row, a quoted prayer, related
    "en_pope_audience_full": """\
R Vatican News
R Pope
R Vatican
R Church
R World
R Podcast
R Watch live
R Search
T Pope at Audience: Hope does not disappoint
R Pope Francis at the General Audience in St Peter's Square (Vatican Media)
R By Devin Watkins
R 24/01/2024
R Listen to this article
R Share
A Pope Francis continued his catechesis on vices and virtues at the Wednesday General Audience, reflecting on hope.
A "Hope is the virtue of the heart that does not close itself in the darkness," the Pope said.
A He invited the faithful gathered in the Paul VI Hall to pray for those who suffer from war in Ukraine, the Holy Land and Myanmar.
A At the end of his catechesis, he recalled the words of Saint Paul:
A "Hope does not disappoint" (Rom 5:5).
A The Pope then greeted the Polish-speaking pilgrims, entrusting them to Our Lady of Częstochowa.
A The audience concluded with the singing of the Pater Noster and the Apostolic Blessing.
R Related
R Pope: Let us not be afraid of the wounds of the world
R Jubilee 2025: Pilgrims of Hope
R Subscribe to our newsletter
R Sign up to receive our daily news by email
R Donate
R Dicastery for Communication
R Privacy
R Copyright © Dicastero per la Comunicazione
R This site uses cookies. By continuing to browse you accept their use.
R OK
""",
    # ===== a synagogue's community page: service times and a holiday explainer, extract
    "en_synagogue_shabbat_extract": """\
T Shabbat and Passover at Beth Israel
A This Week's Services
A Friday
A Candle lighting 7:12 pm
A Kabbalat Shabbat 6:30 pm
A Saturday
A Shacharit 9:00 am
A Torah portion: Tzav (Leviticus 6:1-8:36)
A Havdalah 8:14 pm
A Passover begins at sundown on Monday, April 22.
A The Seder retells the story of the Exodus from Egypt, and families gather around a table with matzah, bitter herbs and four cups of wine.
A Our community Seder will be held on the second night in the social hall. Please register by April 15.
A Chag sameach!
R Support Beth Israel
R Make a donation
R Join our mailing list
R Follow us on Facebook
""",
    # ===== a mosque's Ramadan page: prayer times as a list, full page
    "en_mosque_ramadan_full": """\
R Home
R About
R Prayer Times
R Services
R Education
R Donate
R Contact
T Ramadan 2024 at the Central Mosque
A Ramadan Mubarak to all our community.
A Ramadan is expected to begin on Monday, March 11, subject to the sighting of the moon.
A Daily Prayer Times
A Fajr 5:21
A Dhuhr 12:42
A Asr 4:02
A Maghrib 6:37
A Isha 8:00
A Taraweeh prayers will be held every night after Isha in the main hall.
A Iftar is served daily at sunset. Everyone is welcome, and no registration is needed.
A Zakat al-Fitr is £5 per person and must be paid before the Eid prayer.
R Donate now
R Give your Zakat online
R Sadaqah
R Subscribe to our newsletter
R Quick Links
R Our Imams
R Weddings
R Funerals
R Registered charity no. 1098765
R © 2024 Central Mosque Trust. All rights reserved.
""",
    # ===== katholisch.de-style news as an extractor leaves it
    "de_bistum_nachricht_extract": """\
T Bischof Bätzing: Kirche muss glaubwürdiger werden
R Bonn ‐ 12.03.2024
R Von Steffen Zimmermann
A Der Vorsitzende der Deutschen Bischofskonferenz, Bischof Georg Bätzing, hat zu mehr Glaubwürdigkeit in der Kirche aufgerufen.
A "Wir müssen zeigen, dass wir aus dem Missbrauchsskandal gelernt haben", sagte Bätzing am Dienstag in Bonn.
A Die Zahl der Kirchenaustritte sei 2023 erneut hoch gewesen.
A Die Vollversammlung der Bischöfe tagt noch bis Donnerstag.
R © KNA
R Artikel teilen:
R Facebook
R X
R E-Mail
R Mehr zum Thema
R Weniger Kirchenaustritte im Bistum Limburg
""",
    # ===== a German parish's page with the week's services (Gottesdienstordnung), full
    "de_pfarrei_gottesdienste_full": """\
R Pfarrei St. Martin
R Startseite
R Gottesdienste
R Gruppen
R Kontakt
R Spenden
T Gottesdienste in der Karwoche
A Palmsonntag, 24. März
A 9.30 Uhr Palmweihe am Pfarrheim, anschließend Prozession
A 10.00 Uhr Hochamt in St. Martin
A Gründonnerstag, 28. März
A 19.00 Uhr Abendmahlsmesse, anschließend Anbetung bis 22 Uhr
A Karfreitag, 29. März
A 15.00 Uhr Feier vom Leiden und Sterben Christi
A Karsamstag, 30. März
A 21.00 Uhr Feier der Osternacht
A Ostersonntag, 31. März
A 10.00 Uhr Festhochamt
A Die Beichtgelegenheit am Karsamstag entfällt in diesem Jahr.
A Lesung: Jes 50,4–7
A Evangelium: Mk 14,1–15,47
R Jetzt spenden
R Newsletter abonnieren
R Impressum
R Datenschutz
R Cookie-Einstellungen
R Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.
R Alle akzeptieren
""",
    # ===== a German sermon (Predigt) with a psalm quoted, extract
    "de_predigt_extract": """\
T Predigt zum 3. Fastensonntag
R Pfarrer Thomas Weber
R 3. März 2024
A Liebe Schwestern und Brüder,
A im heutigen Evangelium treibt Jesus die Händler aus dem Tempel.
A Lesung: Ex 20,1–17
A Evangelium: Joh 2,13–25
A Das ist ein ungewohntes Bild. Wir kennen Jesus als den Sanftmütigen.
A Doch hier zeigt er, dass ihm das Haus seines Vaters nicht gleichgültig ist.
A Im Psalm haben wir gebetet:
A Herr, du hast Worte ewigen Lebens.
A Die Weisung des Herrn ist vollkommen,
A sie erquickt den Menschen.
A Amen.
R Predigt als PDF herunterladen
R Diesen Beitrag teilen
R Gottesdienst im Livestream
""",
    # ===== La Croix-style news, extract
    "fr_eglise_actu_extract": """\
T Les évêques de France réunis à Lourdes pour leur assemblée de printemps
R La Croix, le 19/03/2024 à 10:21
R Lecture en 2 min.
A Les évêques de France se retrouvent à Lourdes jusqu'au vendredi 22 mars pour leur assemblée plénière de printemps.
A Au programme : la lutte contre les abus, la formation des prêtres et la préparation du Jubilé de 2025.
A Mgr Éric de Moulins-Beaufort ouvrira les travaux mardi après-midi.
A « Nous voulons avancer ensemble », a-t-il déclaré.
R Lire aussi : Abus dans l'Église : ce que change la nouvelle instance
R Réservé aux abonnés
R Partager
R Recevez chaque jour La Croix en avant-première
""",
    # ===== a French parish's liturgy page with the readings, full
    "fr_messe_lectures_full": """\
R Paroisse Saint-Jean
R Accueil
R Horaires des messes
R Sacrements
R Agenda
R Faire un don
T Dimanche 10 mars 2024 : 4e dimanche de Carême
A Lectures de la messe
A Première lecture
A 2 Ch 36, 14-16.19-23
A Psaume 136
A R/ Que ma langue s'attache à mon palais si je perds ton souvenir !
A Au bord des fleuves de Babylone
A nous étions assis et nous pleurions,
A nous souvenant de Sion.
A Deuxième lecture
A Ep 2, 4-10
A Évangile (Jn 3, 14-21)
A « Car Dieu a tellement aimé le monde qu'il a donné son Fils unique. »
A Horaires des messes
A Samedi 18h30 : église Saint-Jean
A Dimanche 10h30 : église Notre-Dame
A Dimanche 18h00 : chapelle Sainte-Anne
R Faire un don
R Recevoir la lettre d'information
R Suivez-nous
R Mentions légales
R Plan du site
R Ce site utilise des cookies pour améliorer votre expérience.
R Accepter
R Refuser
""",
    # ===== a French prayer page (Aleteia-style), extract
    "fr_priere_extract": """\
T Une prière pour confier sa journée à Dieu
R Aleteia
R Publié le 05/02/24
A Le matin, avant de commencer sa journée, il est bon de la remettre entre les mains du Seigneur.
A Voici une prière simple, attribuée à saint François de Sales :
A Seigneur, je vous offre cette journée,
A mes pensées, mes paroles et mes actions.
A Donnez-moi la force de faire votre volonté
A et la paix du cœur.
A Amen.
R Aleteia vit grâce à vos dons
R Faire un don
R Newsletter
R Recevez Aleteia chaque jour
""",
    # ===== a Spanish diocese's Holy Week procession news, full
    "es_semana_santa_full": """\
R Diócesis de Sevilla
R Inicio
R Diócesis
R Actualidad
R Liturgia
R Donativos
T Horarios de las procesiones del Domingo de Ramos
R Redacción
R 22 de marzo de 2024
R Compartir
A La Semana Santa de Sevilla arranca este domingo con la salida de siete hermandades.
A Horarios de salida
A La Borriquita: 15.00 horas
A Jesús Despojado: 14.30 horas
A La Paz: 13.30 horas
A El arzobispo presidirá la bendición de los ramos a las 10.00 horas en la Catedral.
A Misa del Domingo de Ramos
A Primera lectura: Is 50, 4-7
A Salmo 21
A R/. Dios mío, Dios mío, ¿por qué me has abandonado?
A Evangelio: Mc 14, 1-15, 47
R Haz tu donativo
R Suscríbete a nuestro boletín
R Síguenos en redes
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.
R Aceptar
""",
    # ===== a Spanish homily, extract
    "es_homilia_extract": """\
T Homilía del Papa en la Misa de Pentecostés
R Vatican News
R 19 mayo 2024
A Queridos hermanos y hermanas:
A El Espíritu Santo es el protagonista de la Iglesia.
A Él nos da la fuerza para anunciar el Evangelio.
A ¡Ven, Espíritu Santo!
A Llena los corazones de tus fieles
A y enciende en ellos el fuego de tu amor.
A Amén.
R Ver la Misa en directo
R Compartir
R Suscríbete a nuestro boletín
""",
    # ===== an Italian parish with Mass times, full
    "it_parrocchia_orari_full": """\
R Parrocchia San Lorenzo
R Home
R Chi siamo
R Orari Messe
R Oratorio
R Contatti
R Dona ora
T Orari delle Sante Messe
A Feriali
A ore 8.00 e ore 18.30
A Prefestiva
A sabato ore 18.30
A Festive
A ore 8.00, 10.00, 11.30 e 18.30
A Confessioni: sabato dalle 16.00 alle 18.00
A Nel mese di agosto la Messa delle 11.30 è sospesa.
A Adorazione eucaristica il primo giovedì del mese, ore 21.00.
R Sostieni la parrocchia
R Dona con il 5x1000
R Iscriviti alla newsletter
R Seguici su Facebook
R Privacy policy
R Cookie policy
R Questo sito utilizza cookie tecnici e di terze parti.
R Accetta
""",
    # ===== Vatican News Italian-style Angelus, extract
    "it_angelus_extract": """\
T Angelus, il Papa: la pace è un dono da chiedere ogni giorno
R Città del Vaticano
R 17 marzo 2024
R di Alessandro Di Bussolo
A Prima della preghiera dell'Angelus, il Papa ha commentato il Vangelo della quinta domenica di Quaresima.
A Vangelo: Gv 12,20-33
A «Se il chicco di grano, caduto in terra, non muore, rimane solo; se invece muore, produce molto frutto».
A Francesco ha ricordato la martoriata Ucraina e la Terra Santa.
A Dopo l'Angelus ha salutato i fedeli di Roma e i pellegrini.
R Guarda la diretta
R Condividi
R Leggi anche
R Il Papa: no alla guerra
""",
    # ===== a Portuguese religious holiday explainer (Fátima), full
    "pt_fatima_full": """\
R Santuário de Fátima
R Início
R Peregrinar
R Celebrações
R Transmissões
R Donativos
T 13 de maio: o que se celebra em Fátima
A A 13 de maio de 1917, três pastorinhos disseram ter visto Nossa Senhora na Cova da Iria.
A Todos os anos, milhares de peregrinos chegam ao Santuário para a Peregrinação Internacional Aniversária.
A Programa
A 12 de maio
A 21h30 Rosário na Capelinha das Aparições
A 22h00 Procissão das Velas
A 13 de maio
A 10h00 Missa Internacional no Recinto de Oração
A Procissão do Adeus
A Ave, ave, ave Maria!
R Acompanhe em direto
R Faça o seu donativo
R Subscreva a newsletter
R Termos e condições
R Política de privacidade
R Este site utiliza cookies. Ao continuar a navegar está a consentir a sua utilização.
R Aceitar
""",
    # ===== a Brazilian catholic news item, extract
    "pt_cnbb_extract": """\
T Campanha da Fraternidade 2024 é aberta na Quarta-feira de Cinzas
R Por Redação
R 14/02/2024 às 09h30
A A Conferência Nacional dos Bispos do Brasil abriu nesta quarta-feira a Campanha da Fraternidade.
A O tema deste ano é "Fraternidade e amizade social".
A O lema é "Vós sois todos irmãos e irmãs" (Mt 23,8).
A A coleta nacional será realizada no Domingo de Ramos.
R Compartilhe
R WhatsApp
R Facebook
R Leia também
R Papa envia mensagem ao Brasil
""",
    # ===== a Dutch parish news page, full
    "nl_parochie_full": """\
R Parochie H. Maria
R Home
R Vieringen
R Nieuws
R Contact
R Doneer
T Vieringen rond Pasen
A Witte Donderdag 28 maart
A 19.00 uur Viering van het Laatste Avondmaal
A Goede Vrijdag 29 maart
A 15.00 uur Kruisweg
A 19.00 uur Kruisverering
A Paaszaterdag 30 maart
A 21.00 uur Paaswake
A Eerste Paasdag 31 maart
A 10.00 uur Hoogmis met het parochiekoor
A U bent van harte welkom.
R Kijk de viering live
R Steun onze parochie
R Geef via de app
R Meld je aan voor de nieuwsbrief
R Privacyverklaring
R Deze website maakt gebruik van cookies.
R Akkoord
""",
    # ===== a Dutch reflection with a psalm, extract
    "nl_overweging_extract": """\
T Overweging bij Psalm 23
R Door pastor Anne de Groot
R 14 april 2024
A De Heer is mijn herder,
A het ontbreekt mij aan niets.
A Hij laat mij rusten in groene weiden
A en voert mij naar vredig water.
A Psalm 23 is misschien de bekendste psalm.
A Veel mensen kennen hem uit hun hoofd, ook als ze zelden in een kerk komen.
A Wat maakt deze woorden zo troostend?
A De dichter weet zich gedragen, ook in het dal van de schaduw van de dood.
R Deel dit artikel
R Lees ook
R Abonneer je op de dagelijkse overweging
""",
    # ===== a Polish parish's announcements (ogłoszenia) and Mass times, full
    "pl_parafia_full": """\
R Parafia św. Stanisława
R Strona główna
R Ogłoszenia
R Intencje
R Kontakt
R Wesprzyj
T Ogłoszenia duszpasterskie – V Niedziela Wielkiego Postu
A Msze św. w niedziele:
A 7.00, 9.00, 10.30, 12.00, 18.00
A Gorzkie żale o 17.15.
A Droga krzyżowa w piątek o 17.30 dla dzieci i o 18.30 dla dorosłych.
A Rekolekcje wielkopostne rozpoczną się w przyszłą niedzielę.
A Czytania:
A Jr 31, 31-34
A Ps 51
A Hbr 5, 7-9
A J 12, 20-33
A Bóg zapłać za ofiary złożone na remont dachu.
R Wesprzyj parafię
R Transmisja na żywo
R Polityka prywatności
R Strona używa plików cookies.
R Zgadzam się
""",
    # ===== Polish Catholic news, extract
    "pl_wiadomosci_extract": """\
T Papież: Nie bójcie się świadczyć o Chrystusie
R KAI
R 20.03.2024 14:05
A Papież Franciszek przyjął w środę na audiencji pielgrzymów z Polski.
A „Nie bójcie się świadczyć o Chrystusie” – powiedział.
A Przypomniał postać św. Jana Pawła II.
A Na zakończenie udzielił wszystkim apostolskiego błogosławieństwa.
R Udostępnij
R Czytaj także
R Zapisz się do newslettera
""",
    # ===== a German religious holiday explainer (Pfingsten), full
    "de_pfingsten_erklaert_full": """\
R katholisch.de
R Nachrichten
R Glaube
R Kirchenjahr
R Video
R Suche
T Was feiern Christen an Pfingsten?
R Bonn ‐ 19.05.2024
A Pfingsten ist nach Ostern und Weihnachten das dritte große Fest im Kirchenjahr.
A Christen feiern an diesem Tag die Sendung des Heiligen Geistes.
A Die Apostelgeschichte erzählt davon:
A Apg 2,1–11
A Der Name kommt vom griechischen Wort "pentekoste", der fünfzigste Tag.
A Komm, Heilger Geist,
A der Leben schafft,
A erfülle uns mit deiner Kraft.
R Mehr zum Thema
R Was ist Fronleichnam?
R Folgen Sie uns
R Newsletter
R Impressum
R Datenschutz
R © katholisch.de
""",
    # ===== an Italian religious holiday explainer (Pasqua), extract
    "it_pasqua_extract": """\
T Perché la data di Pasqua cambia ogni anno
R di Redazione
A La Pasqua cade la domenica successiva al primo plenilunio di primavera.
A La regola fu stabilita dal Concilio di Nicea nel 325.
A Per questo può cadere tra il 22 marzo e il 25 aprile.
A Le date dei prossimi anni:
A 2025: 20 aprile
A 2026: 5 aprile
A 2027: 28 marzo
A Buona Pasqua!
R Condividi su Facebook
R Leggi anche
R Iscriviti alla newsletter
""",
    # ===== a Spanish mosque/synagogue community page, full
    "es_comunidad_judia_full": """\
R Comunidad Judía de Madrid
R Inicio
R Comunidad
R Horarios
R Contacto
R Donar
T Horarios de Shabat
A Viernes 15 de marzo
A Encendido de velas: 19:52
A Kabalat Shabat: 20:00
A Sábado 16 de marzo
A Shajarit: 9:30
A Parashá: Vaikrá
A Havdalá: 20:56
A Shabat Shalom.
R Haz un donativo
R Suscríbete al boletín
R Aviso legal
R © Comunidad Judía de Madrid
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a reading's heading under a menu whose last item is no heading: the menu goes, the heading over its reference stays
    "en_r2_readings_menu_full": """\
R Home
R Daily Readings
R Saints
R Prayers
R Give online
A First Reading
A Acts 4:8-12
A Peter, filled with the Holy Spirit, said: "Leaders of the people and elders, if we are being examined today about a good deed done to a cripple, then all of you should know it was in the name of Jesus Christ the Nazorean."
A Responsorial Psalm
A Psalm 118:1, 8-9, 21-23, 26, 28, 29
A R. The stone rejected by the builders has become the cornerstone.
A Give thanks to the LORD, for he is good,
A for his mercy endures forever.
A Gospel
A John 10:11-18
A Jesus said: "I am the good shepherd. A good shepherd lays down his life for the sheep."
R Watch Mass live
R Subscribe to the daily readings
R Privacy Policy
R Terms of Use
""",
    # ===== a service list's label closed by its colon over its times under a menu whose last item is over a time: the label stays, the menu goes
    "de_r2_gottesdienstordnung_full": """\
R Pfarreiengemeinschaft St. Michael
R Startseite
R Aktuelles
R Gottesdienste
R Jetzt spenden
A Gottesdienste am Wochenende:
A Samstag, 18.00 Uhr Vorabendmesse in St. Josef
A Sonntag, 9.30 Uhr Hochamt in St. Michael
A Sonntag, 11.00 Uhr Familiengottesdienst mit Taufe
A Am Sonntag sammeln wir die Kollekte für die Caritas, die in diesem Jahr besonders den Tafeln in unserer Region zugutekommt.
A Lesung: Apg 2,1–11
A Evangelium: Joh 20,19–23
R Gottesdienst im Livestream
R Newsletter abonnieren
R Impressum
R Datenschutz
""",
    # ===== an Italian Sunday's readings under the headline, a prayer, the giving buttons under it
    "it_r2_letture_extract": """\
T Le letture di domenica 19 maggio: Pentecoste
A Prima lettura
A At 2,1-11
A Mentre stava compiendosi il giorno della Pentecoste, si trovavano tutti insieme nello stesso luogo, e venne all'improvviso dal cielo un fragore.
A Salmo 103
A Manda il tuo Spirito, Signore, a rinnovare la terra.
A Vangelo
A Gv 20,19-23
A «Pace a voi! Come il Padre ha mandato me, anche io mando voi».
A Vieni, Santo Spirito,
A manda a noi dal cielo
A un raggio della tua luce.
A Amen.
R Dona ora
R Sostieni la parrocchia
R Segui la Messa in diretta
""",
    # ===== a Spanish Holy Week programme closing the text, its last item untimed, over the giving buttons and footer
    "es_r2_programa_full": """\
R Parroquia de San Pedro
R Inicio
R Horarios
R Donar
T Programa de Semana Santa
A La parroquia celebrará los oficios de Semana Santa con el horario habitual, y las confesiones se atenderán cada tarde de la semana.
A Jueves Santo
A 18.00 Misa de la Cena del Señor
A 22.00 Hora Santa
A Viernes Santo
A 12.00 Vía Crucis por las calles del barrio
A 17.00 Celebración de la Pasión
A Procesión del Santo Entierro
R Ver la Misa en directo
R Haz un donativo
R Aviso legal
R Política de privacidad
""",
    # ===== a Dutch parish's notice with the giving and livestream buttons, extract
    "nl_r2_parochieblad_extract": """\
T Pinksteren in de parochie
A Met Pinksteren vieren we dat de Heilige Geest over de leerlingen kwam, vijftig dagen na Pasen.
A Zondag 19 mei is er om 10.00 uur een feestelijke eucharistieviering met het jongerenkoor.
A Lezing: Hand 2,1-11
A Evangelie: Joh 20,19-23
A Zalig Pinksteren!
R Kijk de viering live
R Doneer
R Steun onze parochie
R Geef via de app
""",
    # ===== a Polish parish's Mass times under the headline: the label with its colon over the times stays
    "pl_r2_porzadek_full": """\
R Parafia Najświętszego Serca Pana Jezusa
R Strona główna
R Kancelaria
R Kontakt
T Porządek nabożeństw w okresie wakacji
A Msze św. w dni powszednie:
A 7.00 i 18.00
A Msze św. w niedziele:
A 8.00, 10.00, 12.00 i 18.00
A W lipcu i sierpniu nie będzie Mszy św. o 9.00 w kaplicy, a kancelaria parafialna będzie czynna tylko we wtorki i czwartki.
A Czytania:
A Am 7,12-15
A Ps 85
A Mk 6,7-13
R Transmisja na żywo
R Wesprzyj parafię
R Polityka prywatności
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a site's name and its menu over a page of short lines with no paragraph (a service list, a programme, prayer
    # times): edge-furniture reads its run from the article's first paragraph, and here none is long enough to anchor
    # it ("Pfarrei St. Martin" / "Gottesdienste" / "Gruppen" / "Spenden", "Parochie H. Maria" / "Vieringen" / "Nieuws",
    # "Parrocchia San Lorenzo" / "Orari Messe" / "Oratorio", "Parroquia de San Pedro" / "Horarios"; a bare "Spenden" may
    # head an association's section and is no table's)
    "de_pfarrei_gottesdienste_full": 4,
    "nl_parochie_full": 3,
    "it_parrocchia_orari_full": 3,
    "es_r2_programa_full": 2,
    # a synagogue's page of times alone: no language is told for so few function words (the display language is es,
    # the passes' none), so es' tables do not read it: its menu, "Donar", "Haz un donativo", "Suscríbete al boletín",
    # "Aviso legal" stay (with es forced, three lines: the site's name and two menu items)
    "es_comunidad_judia_full": 9,
    # a place alone as the dateline ("Città del Vaticano"), an outlet's name alone over the text ("Vatican News"), a
    # photo's caption under the headline, a priest's title and name alone as the byline ("Pfarrer Thomas Weber": a
    # notice's signature reads the same)
    "it_angelus_extract": 1,
    "es_homilia_extract": 1,
    "en_pope_audience_full": 1,
    "de_predigt_extract": 1,
    # the outlet's own lines about its reading time and its appeal, written as sentences ("Lecture en 2 min.", "Recevez
    # chaque jour La Croix en avant-première", "Aleteia vit grâce à vos dons", "Recevez Aleteia chaque jour"): each
    # names the outlet, and an article's sentence says the same of another
    "fr_eglise_actu_extract": 2,
    "fr_priere_extract": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a parish's page per language, the residue line put before or after them
TEXT = {
    "en": [
        "The parish council met on Tuesday evening to discuss the repairs to the church roof, which will cost about 40,000 pounds.",
        "Volunteers have already raised half of the sum through a summer fair and a sponsored walk along the river.",
        "The diocese has promised to match every pound given by parishioners before the end of the year.",
    ],
    "de": [
        "Der Pfarrgemeinderat hat am Dienstagabend über die Sanierung des Kirchendachs beraten, die rund 40.000 Euro kosten soll.",
        "Die Hälfte der Summe haben Ehrenamtliche bereits mit einem Sommerfest und einem Sponsorenlauf gesammelt.",
        "Das Bistum will jeden Euro, den die Gemeinde bis Jahresende aufbringt, verdoppeln.",
    ],
    "es": [
        "El consejo parroquial se reunió el martes por la noche para hablar de la reparación del tejado de la iglesia, que costará unos 40.000 euros.",
        "Los voluntarios ya han reunido la mitad de la cantidad con una verbena de verano y una marcha solidaria.",
        "La diócesis se ha comprometido a igualar cada euro que aporten los feligreses antes de fin de año.",
    ],
    "it": [
        "Il consiglio pastorale si è riunito martedì sera per discutere del restauro del tetto della chiesa, che costerà circa 40.000 euro.",
        "I volontari hanno già raccolto metà della somma con una festa d'estate e una camminata di beneficenza.",
        "La diocesi si è impegnata a raddoppiare ogni euro donato dai parrocchiani entro la fine dell'anno.",
    ],
    "nl": [
        "De parochieraad vergaderde dinsdagavond over de herstelling van het kerkdak, die ongeveer 40.000 euro gaat kosten.",
        "Vrijwilligers hebben de helft van het bedrag al bijeengebracht met een zomerfeest en een sponsorloop.",
        "Het bisdom verdubbelt elke euro die de parochianen voor het einde van het jaar geven.",
    ],
    "pt": [
        "O conselho paroquial reuniu-se na terça-feira à noite para discutir a reparação do telhado da igreja, que vai custar cerca de 40 mil euros.",
        "Os voluntários já juntaram metade do valor com uma festa de verão e uma caminhada solidária.",
        "A diocese comprometeu-se a duplicar cada euro dado pelos paroquianos até ao fim do ano.",
    ],
    "fr": [
        "Le conseil paroissial s'est réuni mardi soir pour discuter de la réfection du toit de l'église, qui coûtera environ 40 000 euros.",
        "Les bénévoles ont déjà réuni la moitié de la somme grâce à une kermesse et à une marche parrainée.",
        "Le diocèse s'est engagé à doubler chaque euro donné par les paroissiens avant la fin de l'année.",
    ],
    "pl": [
        "Rada parafialna zebrała się we wtorek wieczorem, aby omówić remont dachu kościoła, który będzie kosztował około 40 tysięcy złotych.",
        "Wolontariusze zebrali już połowę tej kwoty podczas letniego festynu i marszu charytatywnego.",
        "Diecezja zobowiązała się podwoić każdą złotówkę przekazaną przez parafian do końca roku.",
    ],
}

_SC, _NP = "site-chrome", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Watch Mass live", _SC),
    ("en", "Watch the service online", _SC),
    ("en", "Give online", _SC),
    ("en", "Give online to St. Brigid Parish", _SC),
    ("en", "Subscribe to the daily readings", _NP),
    ("de", "Gottesdienst im Livestream", _SC),
    ("de", "Messe live mitfeiern", _SC),
    ("es", "Ver la Misa en directo", _SC),
    ("it", "Dona ora", _SC),
    ("it", "Dona con il 5x1000", _SC),
    ("it", "Sostieni la parrocchia", _SC),
    ("it", "Segui la Messa in diretta", _SC),
    ("nl", "Doneer", _SC),
    ("nl", "Kijk de viering live", _SC),
    ("nl", "Steun onze parochie", _SC),
    ("nl", "Geef via de app", _SC),
    ("pt", "Faça o seu donativo", _SC),
    ("pt", "Acompanhe em direto", _SC),
    ("pl", "Transmisja na żywo", _SC),
    ("pl", "Wesprzyj parafię", _SC),
    ("nl", "Door pastor Anne de Groot", "byline"),
    ("fr", "Par le père Jean Dupont", "byline"),
    ("fr", "Par l'abbé Pierre Martin", "byline"),
    ("es", "Por el padre Juan García", "byline"),
    ("it", "di don Luigi Verdi", "byline"),
    ("pt", "Por padre José Silva", "byline"),
    ("de", "Bonn ‐ 12.03.2024", "dateline"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ('en', 'Watch Mass live from the cathedral on Sunday, the bishop told families who cannot travel to the city.'),
    ('en', 'Give online to the appeal if you can, the vicar wrote, but the church will also take cash at the door.'),
    ('en', 'Subscribe to the daily readings, the parish newsletter suggested, and more than 300 people did so in a week.'),
    ('de', 'Den Gottesdienst im Livestream verfolgten am Ostersonntag mehr als 2000 Menschen, teilte das Bistum mit.'),
    ('es', 'Ver la Misa en directo por televisión es para muchos mayores la única forma de seguirla, explica el párroco.'),
    ('it', 'Dona ora quello che puoi, ha detto il parroco alla fine della messa, e la colletta ha raccolto 3.000 euro.'),
    ('it', 'Sostieni la parrocchia con il tuo tempo, non solo con le offerte, ha scritto il vescovo nella sua lettera.'),
    ('it', 'Dona con il 5x1000 alla parrocchia: lo hanno fatto 412 contribuenti nel 2023, secondo il consiglio pastorale.'),
    ('nl', 'Kijk de viering live mee via de website, zei de pastoor, want de kerk is te klein voor iedereen.'),
    ('nl', 'Steun onze parochie, vroeg het bestuur in een brief aan alle parochianen die in december werd verstuurd.'),
    ('nl', 'Doneer wat je kunt missen, zei de voorzitter van de voedselbank tijdens de dienst op zondagochtend.'),
    ('pt', 'Faça o seu donativo na secretaria do santuário, pediu o reitor aos peregrinos no fim da celebração.'),
    ('pt', 'Acompanhe em direto a procissão, sugeria o cartaz afixado à porta da igreja, com o endereço da transmissão.'),
    ('pl', 'Transmisja na żywo z bazyliki była oglądana przez ponad dziesięć tysięcy osób, podała parafia.'),
    ('pl', 'Wesprzyj parafię modlitwą, prosił proboszcz w ogłoszeniach, a remont dachu ruszy jeszcze w maju.'),
    ('de', 'Bonn ‐ 12.03.2024: Mit diesem Datum beginnt das Protokoll der Sitzung, aus dem die Zeitung am Freitag zitierte.'),
    ('nl', 'Door pastor Anne de Groot werd de nieuwe kerkklok op zondag ingezegend, in aanwezigheid van de burgemeester.'),
    ('fr', 'Par le père Jean Dupont et deux diacres, la messe a été célébrée devant 800 fidèles dans la cathédrale.'),
    ('es', 'Por el padre Juan García pasaron más de 200 jóvenes durante los campamentos de verano, recuerda la parroquia.'),
    ('it', 'Il libro di don Luigi Verdi sulla storia della parrocchia sarà presentato sabato in oratorio alle 17.'),
    ('pt', 'Por padre José Silva passaram gerações de alunos do colégio, lembrou o bispo na homilia de domingo.'),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


@pytest.mark.parametrize(
    "text",
    ["2 Ch 36, 14-16.19-23", "Daniel 3:25, 34-43", "Lesung: Jes 50,4–7", "Évangile (Jn 3, 14-21)", "Apg 2,1–11", "Psalm 23", "Psaume 136", "Ps 51", "Evangelio: Mc 14, 1-15, 47"],
)
def test_a_scripture_reference_reads_as_one(text: str) -> None:
    assert scripture_reference(text)


@pytest.mark.parametrize("text", ["Page 2", "Top 10", "Chapter 3", "Endstand 2:1", "Halbzeit 1:0", "Windows 11", "Section 3.2", "Opening hours 9:00-17:00"])
def test_a_score_a_page_or_a_version_is_no_reference(text: str) -> None:
    # (a score's "2:1", a pager's "Page 2": a reference's verses are a range or a list, a bare number only a psalm's)
    assert not scripture_reference(text)


def test_a_readings_heading_over_its_reference_stays_at_the_head() -> None:
    # edge-furniture (edge_faith.liturgy_head): "Première lecture" over "2 Ch 36, 14-16.19-23" under the menu; the menu
    # over it still goes
    menu = ["Paroisse Saint-Jean", "Accueil", "Sacrements", "Agenda", "Faire un don"]
    readings = ["Première lecture", "2 Ch 36, 14-16.19-23", "Psaume 136"]
    text = ["En ces jours-là, tous les chefs des prêtres et du peuple multipliaient les infidélités, imitant les abominations des nations païennes.", "Le Seigneur, le Dieu de leurs pères, sans attendre et sans se lasser, leur envoyait des messagers."]
    lost_lines, gone = _kept([*menu, *readings, *text])
    assert lost_lines == menu, gone


def test_a_menus_last_item_over_the_first_row_of_times_still_goes() -> None:
    # (edge_faith.liturgy_head: over a time, only a label closed by its colon stays: "Gottesdienste am Wochenende:";
    # a menu's "Gottesdienste" right over "Sonntag, 9.30 Uhr Hochamt" goes with the menu)
    menu = ["Pfarrei St. Martin", "Startseite", "Aktuelles", "Gruppen", "Gottesdienste"]
    rows = ["Sonntag, 9.30 Uhr Hochamt in St. Michael", "Sonntag, 11.00 Uhr Familiengottesdienst"]
    lost_lines, gone = _kept([*menu, *rows, *TEXT["de"]])
    assert lost_lines == menu, gone
    lost_lines, gone = _kept([*menu, "Gottesdienste am Wochenende:", *rows, *TEXT["de"]])
    assert lost_lines == menu, gone


def test_the_readings_and_a_programmes_last_item_closing_the_text_stay() -> None:
    # edge-furniture (edge_faith.schedule_item_tail): "Czytania:" over its references; a programme's day heading and
    # its last item with no time, under its timed rows; the footer under them still goes
    footer = ["Transmisja na żywo", "Wesprzyj parafię", "Kancelaria", "Polityka prywatności"]
    readings = ["Czytania:", "Am 7,12-15", "Ps 85", "Mk 6,7-13"]
    lost_lines, gone = _kept([*TEXT["pl"], *readings, *footer])
    assert lost_lines == footer, gone
    programme = ["Jueves Santo", "18.00 Misa de la Cena del Señor", "22.00 Hora Santa", "Procesión del Santo Entierro"]
    footer = ["Ver la Misa en directo", "Haz un donativo", "Aviso legal", "Política de privacidad"]
    lost_lines, gone = _kept([*TEXT["es"], *programme, *footer])
    assert lost_lines == footer, gone


def test_a_footers_links_under_one_timed_row_still_go() -> None:
    # (edge_faith.schedule_item_tail: the untimed item needs two timed rows over it; a footer under the office's one
    # line of hours is the footer's)
    footer = ["Groups", "Sacraments", "Youth", "Parish office"]
    lost_lines, gone = _kept([*TEXT["en"], "10.00 Sunday Mass in the parish church", *footer])
    assert lost_lines == footer, gone



def test_a_ticket_boxs_match_over_its_one_time_still_goes() -> None:
    # (edge_faith._heads_times: under the text, a day's heading stays over two rows of times or more; a ticket box's
    # match over its one row, "1:00 PM - FirstEnergy Stadium", goes as before: the bench's NFL page)
    box = ["Find Tickets", "Sun", "Nov 24", "Miami Dolphins @ Cleveland Browns", "1:00 PM - FirstEnergy Stadium - Cleveland, OH", "2,378 tickets available", "Sun", "Dec 8", "Cincinnati Bengals @ Cleveland Browns", "1:00 PM - FirstEnergy Stadium - Cleveland, OH", "See Full Schedule", "From our sponsor"]
    _lost_lines, gone = _kept([*TEXT["en"], *box])
    assert ("edge-furniture", "Miami Dolphins @ Cleveland Browns") in gone, gone
    assert ("edge-furniture", "Cincinnati Bengals @ Cleveland Browns") in gone, gone

if __name__ == "__main__":
    report(CASES)
