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

Measured on main bf7f8dd: round 1 lost 4, left 40.

``python tests/test_faith38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
}

KNOWN_LOST: dict[str, list[str]] = {
    "fr_messe_lectures_full": ["Première lecture"],
    "pl_parafia_full": ["Msze św. w niedziele:"],
    "pt_fatima_full": ["Procissão do Adeus", "Ave, ave, ave Maria!"],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    "de_bistum_nachricht_extract": 1, "de_pfarrei_gottesdienste_full": 4, "de_pfingsten_erklaert_full": 1,
    "de_predigt_extract": 1, "en_daily_readings_full": 1, "en_pope_audience_full": 1, "es_comunidad_judia_full": 9,
    "es_homilia_extract": 2, "fr_eglise_actu_extract": 2, "fr_priere_extract": 2, "it_angelus_extract": 1,
    "it_parrocchia_orari_full": 6, "nl_overweging_extract": 1, "nl_parochie_full": 7, "pt_fatima_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a religious page per language, the residue line put before or after them
TEXT: dict[str, list[str]] = {}

#: (language, residue line, the pass that takes it)
GOES: list[tuple[str, str, str]] = []

#: (language, an article's sentence with the added rules' words)
STAYS: list[tuple[str, str]] = []

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
