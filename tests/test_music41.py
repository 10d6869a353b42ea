# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""music41: a probe of music news scraped as text (half as an extractor leaves it, half as all the visible text of the
page), in en, de, fr, es, it, pt and nl: album reviews with their track lists, album facts and ratings, festival
line-up announcements (one act a line), tour dates, charts ("1 (2) Artist - Song"), concert reviews with set lists,
artist interviews, quoted lyrics as verse lines ("Plattenkritik", "critique d'album", "reseña", "recensione",
"crítica", "recensie").

- the article (``A``): the review's prose, its track list ("1. Intro", "2. Midnight City (feat. …)"), its facts
  ("Label: Sub Pop", "Release: 7 March", "Genre: Indie"), its rating ("4/5", "8.1"), a line-up one act a line, tour
  dates ("12.03. Berlin, Columbiahalle", "March 14 - Paris, Olympia"), a chart's rows, a set list, quoted verse lines;
- the residue (``R``): "Listen on Spotify / Apple Music / Deezer" buttons, the embedded player's placeholder ("This
  content is hosted by Spotify. Accept cookies to play"), "Buy tickets" and "Tickets from €49" widgets, "More
  reviews", "You might also like", share rows, newsletter boxes, genre menus, footers, cookie notices;
- ``T``: headlines, standfirsts, a review's "Best track:" line, a section's heading inside the article.

- round 1, blind (written before reading the passes): 24 pages (15 extracts, 9 full pages), 291 ``A`` lines, 306
  ``R``, 25 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages, 55 ``A``, 45 ``R``: a line-up with names closing on initials
  ("R.E.M.", "Run-D.M.C.") over a short sentence (en), set lists with their "Zugabe:" (de) and "Rappel :" (fr), tour
  dates of one shape over a short sentence (es), a verse under "Il ritornello dice:" with an interview's question
  under it (it), a track list holding a time ("3. 24:00", nl); ticket widgets, streaming buttons and embeds' placeholders
  under them.

Measured on main ef1f6b5: round 1 lost 22, left 21; round 2 lost 4, left 13. Lost: a festival's line-up under its
announcing line (nl: the whole list with "De eerste namen:", one act "Fontaines D.C." closing on a full stop; pt: the
acts under each day's heading), the last tour date and the short sentence after it (de, headline-run: a teaser's
headline over its summary), a set list's "Encore:" / "Zugabe:" with its songs (en, de), a track titled "11:21" or
"24:00" ("11. 11:21", clock-line), a review's score "8.4" and its "Best New Music" label over the prose, a track
list's "Tracklist:" under a fact row (de), a lyric's last verse line (es). Left: ticket widgets ("Buy tickets",
"Tickets from £49", "Tickets ab 239 €", "Entradas desde 89 €", "Billets à partir de 45 €", …), embedded players'
placeholders (es, fr, pt, nl; and de's, in full pages, was the last "paragraph" the tail was read from), "Listen on
Apple Music", "Escucha el disco en Spotify", "Compra tus entradas", "Buy: Rough Trade", a "You might also like" box's
album titles, "Bekijk de volledige lijst", "Más noticias de festivales".

After: round 1 lost 0, left 6; round 2 lost 0, left 1 (``KNOWN_LOST`` and ``RESIDUE_LEFT`` say what and why). The
changes, in ``cleaner/passes/edge_music.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``announced_run`` (edge-furniture's guard at the tail): a colon line of two to eight words right under a sentence of
  the article's, over three short lines or more, none a sentence (a name closing on its initials, "Fontaines D.C.",
  is none), and right under them a kept sentence (prose, a question, or four words or more opening on a capital with
  a function word: "Ticket sales start on Saturday."): a line-up, a verse, dates the article goes on from. A footer's
  label over its links with no sentence under it, or over a rail that residue ends, goes as before (tests).
- ``setlist_part`` (edge-furniture, tail): a set list's part label (new table ``structure.setlist_part``: "Encore:",
  "Zugabe:", "Rappel :", "Bis:", "Toegift:") right under a kept song, and its songs; the label with no set list over
  it goes as before (test).
- ``label_over_numbered`` (edge-furniture, tail): a label of up to three words closed by a colon right over kept items
  numbered 1, 2, 3 ("Tracklist:" under "Genre: Indie-Rock").
- ``numbered_time`` (clock-line's guard): a numbered item whose text is a time between items numbered next to it
  ("11. 11:21"); a bare time still goes (test).
- ``row_chain`` (headline-run's guard after the article): a chain of teasers opening on a row shaped as the two kept
  rows over it ("25.03.2025 Köln, Lanxess Arena" under the other dates) starts past it; the teasers under it still go
  (test).
- ``review_score_head`` (edge-furniture's guard at the head): a review's score alone, a decimal out of ten ("8.4"),
  right over the first paragraph, or over a label of up to four capitalised words right over it ("Best New Music"),
  which stays with it; the menu, stamp and byline over it go as before, and a score with a share row between it and
  the paragraph is judged as before (tests).
- ``ticket_widget`` (edge-furniture at the tail, removes): a price line of the new table ``structure.ticket_price``
  ("Tickets from £49", "Tickets ab 49,90 €", "Entradas desde 89 €", …) after the article's last paragraph beside a line
  another pass took or the site's ticket button, and that button ("Buy tickets", which site-chrome spared over the
  price as a fact box's heading). Between the paragraphs, or in a listing's fact box over the text, the price stays
  (test, and test_listings37's "Tickets from £18"); so does an event's fact box closing the article, the price under
  a kept labelled row ("Where: Wembley Arena, London" over "Tickets from £49" over the footer; found at the merge).
- tables, each in a ``# music41:`` block at its list's end: ``promos.cta`` the streaming services' buttons (en, de, fr,
  es, it, pt, nl: "Listen on Apple Music", "Listen to the Official Chart playlist on Spotify", "Escucha el disco en
  Spotify", "Beluister op Apple Music"); ``cookies.notice`` an embed's placeholder naming its service, then the consent
  (de, fr, es, it, pt, nl: "Este contenido está alojado en Spotify. Acepta las cookies para reproducirlo."); es
  ``widgets.chrome`` "Compra tus entradas". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

``python tests/test_music41.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an album review as an extractor leaves it: facts, rating, track list, streaming buttons under it
    "en_album_review_extract": """\
T Wet Leg – Moisturizer review: a riotous, horny second album
R By Alexis Petridis
R Thu 10 Jul 2025 10.00 BST
A The Isle of Wight duo's debut was a surprise hit, and its follow-up keeps the joke going while getting considerably louder.
A Rhian Teasdale has said the new songs were written in the first flush of a relationship, and it shows: these are love songs, if slightly deranged ones.
A CPR opens the record with a siren and a spoken-word come-on that somehow manages to be both silly and menacing.
A Not everything lands. Pond Song drags, and the closing Don't Speak never quite takes off.
A But at its best, Moisturizer is as much fun as guitar music gets in 2025.
A Rating: 4/5
A Label: Domino
A Release date: 11 July 2025
A Tracklist:
A 1. CPR
A 2. Liquidize
A 3. Catch These Fists
A 4. Davina McCall
A 5. Jennifer's Body
A 6. Mangetout
A 7. Pond Song
A 8. Pokemon
A 9. Pillow Talk
A 10. U and Me at Home
A 11. 11:21
A 12. Don't Speak
R Listen on Spotify
R Listen on Apple Music
R Share on Facebook
R Share on Twitter
R More reviews
""",
    # ===== an album review page with all its visible text
    "en_album_review_full": """\
R Skip to content
R Menu
R News
R Reviews
R Albums
R Tracks
R Live
R Features
R Videos
R Search
R Subscribe
R Albums
R Rock
T Fontaines D.C.: Romance
R By Sam Walker
R August 23, 2024
R 5 min read
A 8.4
A Best New Music
A The Dublin band's fourth album trades the grey post-punk of their early records for something stranger, lusher and more ambitious.
A Produced by James Ford, Romance is full of strings, synths and nu-metal riffs that should not work together but do.
A "Romance is a place for me to go," Grian Chatten sings on the title track, and the whole album feels like a retreat into a private world.
A Starburster, the lead single, is built on a panic attack: Chatten gasps for air between the lines.
A Closing track Favourite is the most straightforward pop song they have ever written.
A Label: XL Recordings
A Released: August 23, 2024
R This content is hosted by Spotify. Accept cookies to play.
R Manage consent
R Listen on Spotify
R Buy: Rough Trade
R Share
R Facebook
R X
R Email
R You might also like
R Idles: Tangk
R Shame: Food for Worms
R The Last Dinner Party: Prelude to Ecstasy
R Newsletter
R Sign up for our weekly newsletter and never miss a review.
R Subscribe
R About
R Contact
R Privacy Policy
R Cookie Settings
R © 2024 Music Media Ltd. All rights reserved.
""",
    # ===== a festival line-up announcement as an extractor leaves it
    "en_festival_lineup_extract": """\
T Glastonbury 2025 line-up: The 1975, Neil Young and Olivia Rodrigo to headline
R By Mark Beaumont
R 20th March 2025
A Glastonbury Festival has revealed the full line-up for its 2025 edition, with The 1975, Neil Young and Olivia Rodrigo topping the bill on the Pyramid Stage.
A Rod Stewart will play the Sunday afternoon legends slot, organisers confirmed on Thursday.
A The festival takes place at Worthy Farm in Somerset from June 25 to June 29.
A The full Pyramid Stage line-up is:
A Friday
A The 1975
A Alanis Morissette
A Biffy Clyro
A Wolf Alice
A Saturday
A Neil Young
A Raye
A Gracie Abrams
A Sunday
A Olivia Rodrigo
A Rod Stewart
A Nile Rodgers & Chic
A Tickets for this year's festival sold out in 35 minutes in November, and the resale will take place in April.
R Buy tickets
R Tickets from £49
R Sign up to our newsletter for the latest festival news
R Read more: Glastonbury 2025: everything you need to know
""",
    # ===== a concert review with a set list, all the page
    "en_concert_setlist_full": """\
R Home
R News
R Reviews
R Live Reviews
R Album Reviews
R Interviews
R Genres
R Rock
R Pop
R Hip-Hop
R Electronic
R Jazz
R Metal
R Live Reviews
T Live review: Pulp, The O2, London
R Written by Emma Clarke
R Posted on 17 June 2023
R Share this article
R Facebook
R Twitter
R WhatsApp
A Twenty-five years after they last played a London arena, Pulp came back as if they had never left.
A Jarvis Cocker, now 59, still moves like a heron that has been plugged into the mains.
A "We are going to play some songs you know, and some songs you might know," he said, before launching into I Spy.
A The loudest singalong of the night was, inevitably, for Common People, which closed the main set.
A Setlist:
A I Spy
A Disco 2000
A Mis-Shapes
A Something Changed
A Do You Remember the First Time?
A Pink Glove
A Sorted for E's & Wizz
A This Is Hardcore
A Underwear
A Babies
A Common People
A Encore:
A Razzmatazz
A Help the Aged
R Related Articles
R Pulp announce extra UK dates for 2024
R Blur at Wembley: review
R Leave a Reply
R Your email address will not be published. Required fields are marked *
R Comment
R Name *
R Email *
R Post Comment
R Privacy Policy
R Terms of Use
R © 2023 Live Music Weekly
""",
    # ===== a singles chart as an extractor leaves it
    "en_chart_extract": """\
T Official Singles Chart Top 10: Sabrina Carpenter holds on to Number 1
R By George Griffiths
R Published Friday 14 June 2024
A Sabrina Carpenter's Please Please Please stays at Number 1 for a second week, fending off a late challenge from Billie Eilish.
A Eilish's Birds of a Feather climbs two places to Number 2, her highest position since What Was I Made For? last summer.
A Here is this week's Top 10:
A 1 (1) Sabrina Carpenter - Please Please Please
A 2 (4) Billie Eilish - Birds of a Feather
A 3 (2) Tommy Richman - Million Dollar Baby
A 4 (3) Chappell Roan - Good Luck, Babe!
A 5 (NEW) Charli xcx - 360
A 6 (5) Eminem - Houdini
A 7 (6) Kendrick Lamar - Not Like Us
A 8 (9) Hozier - Too Sweet
A 9 (7) Benson Boone - Beautiful Things
A 10 (8) Shaboozey - A Bar Song (Tipsy)
A The Official Singles Chart is compiled from streams, downloads and sales across the week.
R Listen to the Official Chart playlist on Spotify
R Watch on YouTube
R More from Official Charts
""",
    # ===== a German album review (Plattenkritik) with facts and track list, as an extractor leaves it
    "de_plattenkritik_extract": """\
T Kraftklub – „Kargo“: Chemnitz, wir müssen reden
R Von Jan Wehn
R 15.09.2022
A Fünf Jahre nach „Keine Nacht für Niemand“ kehren Kraftklub mit ihrem vierten Album zurück – und klingen erwachsener als je zuvor.
A Sänger Felix Kummer hat in der Zwischenzeit ein Soloalbum veröffentlicht, das spürt man in den nachdenklicheren Stücken.
A „Ein Song reicht“ ist ein Duett mit Tokio Hotel und der wohl überraschendste Moment der Platte.
A Bewertung: 4 von 5 Sternen
A Label: Vertigo Berlin
A VÖ: 16.09.2022
A Genre: Indie-Rock
A Tracklist:
A 1. Teil dieser Band
A 2. Wittenberg ist nicht Paris
A 3. Fahr mit mir (4x4)
A 4. Ein Song reicht (feat. Tokio Hotel)
A 5. Vierter September
A 6. Kein Gott, kein Staat, nur du
A 7. Angst
A 8. Blaues Licht
R Jetzt bei Amazon kaufen
R Auf Spotify anhören
R Teilen
R Weitere Plattenkritiken
""",
    # ===== a German tour announcement with dates, all the page
    "de_tourdaten_full": """\
R Zum Inhalt springen
R Menü
R News
R Reviews
R Interviews
R Konzerte
R Festivals
R Tickets
R Suche
R Login
R News
T Annenmaykantereit kündigen große Hallentour für 2025 an
R 12. März 2024 um 10:15 Uhr
R Teilen
R WhatsApp
R Facebook
R E-Mail
A Die Kölner Band Annenmaykantereit geht im kommenden Frühjahr auf große Hallentour durch Deutschland, Österreich und die Schweiz.
A Es ist die erste Tour seit dem Album „Es ist Abend und wir sitzen bei mir“, das im vergangenen Herbst erschienen ist.
A Als Vorband ist die Berliner Sängerin Paula Hartmann dabei.
A Die Termine im Überblick:
A 12.03.2025 Hamburg, Barclays Arena
A 14.03.2025 Berlin, Uber Arena
A 15.03.2025 Leipzig, Quarterback Immobilien Arena
A 18.03.2025 München, Olympiahalle
A 20.03.2025 Zürich, Hallenstadion
A 22.03.2025 Wien, Stadthalle
A 25.03.2025 Köln, Lanxess Arena
A Der Vorverkauf beginnt am Freitag um 10 Uhr.
R Tickets ab 49,90 €
R Jetzt Tickets sichern
R Dieser Inhalt wird von Spotify bereitgestellt. Wenn Sie den Inhalt aktivieren, werden personenbezogene Daten verarbeitet.
R Inhalt aktivieren
R Mehr zum Thema
R Annenmaykantereit: Das neue Album im Stream
R Newsletter abonnieren
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Musikmagazin GmbH
""",
    # ===== a German interview with quoted lyrics as verse lines, as an extractor leaves it
    "de_interview_extract": """\
T „Ich schreibe nur über Dinge, die mir passiert sind“
T Die Rapperin Nina Chuba über ihr zweites Album, Druck und Erfolg
R Interview: Laura Becker
R 08.11.2024, 16:00 Uhr
A Frau Chuba, Ihr Debüt war eines der erfolgreichsten deutschen Alben des Jahres 2023. Hatten Sie Angst vor dem zweiten?
A Total. Ich habe monatelang nichts geschrieben, weil ich dachte, alles muss so groß werden wie „Wildberry Lillet“.
A Was hat den Knoten gelöst?
A Ein Abend im Studio, an dem wir einfach Quatsch gemacht haben. Daraus ist die erste Single entstanden.
A Darin heißt es:
A Ich bin nicht mehr die von früher
A doch ich weiß noch, wo ich herkomm
A und wenn ihr fragt, wie's mir geht
A sag ich: gut, danke, und ihr?
A Ist das autobiografisch?
A Ja.
A Komplett?
A Ich schreibe nur über Dinge, die mir passiert sind.
R Mehr zum Thema
R Nina Chuba live: Alle Tourdaten 2025
R Abonnieren Sie unseren Newsletter
""",
    # ===== a German festival line-up, all the page
    "de_festival_full": """\
R Startseite
R Musik
R Festivals
R Rock am Ring
R Hurricane
R Southside
R Lollapalooza
R Anzeige
T Hurricane Festival 2025: Das komplette Line-up steht fest
R Veröffentlicht am 20.02.2025
R Lesezeit: 2 Minuten
A Das Hurricane Festival in Scheeßel hat am Donnerstag die letzten Bands für seine Ausgabe 2025 bekannt gegeben.
A Vom 20. bis 22. Juni spielen unter anderem:
A Green Day
A Linkin Park
A K.I.Z
A Kraftklub
A Deichkind
A Giant Rooks
A Provinz
A Wanda
A Zartmann
A Nina Chuba
A Die Veranstalter rechnen erneut mit rund 78.000 Besucherinnen und Besuchern.
R Festivaltickets bei Eventim
R Tickets ab 239 €
R Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung von Cookies zu.
R Akzeptieren
R Ablehnen
R Impressum
R Datenschutzerklärung
""",
    # ===== a French album review (critique d'album), as an extractor leaves it
    "fr_critique_album_extract": """\
T Critique : « Désordre », le nouvel album d'Angèle, entre fête et mélancolie
R Par Stéphane Davet
R Publié le 14 octobre 2024 à 18h00
A Trois ans après « Nonante-Cinq », la chanteuse belge revient avec un disque plus sombre qu'il n'y paraît.
A Sous les rythmes dansants, Angèle parle de solitude, de la célébrité et de l'amour qui s'use.
A « Je danse mais j'ai froid », chante-t-elle sur le premier titre, qui donne le ton.
A Note : 4/5
A Label : Angèle VL Records
A Sortie : 11 octobre 2024
A Titres :
A 1. Désordre
A 2. Plus de sentiments
A 3. Bruxelles je t'aime
A 4. Amour, haine et danger
A 5. La loi de Murphy
A 6. Tout oublier
R Écouter sur Deezer
R Écouter sur Spotify
R Partager
R À lire aussi
R Critiques d'albums : notre sélection de la semaine
""",
    # ===== a French tour announcement with dates, all the page
    "fr_tournee_full": """\
R Aller au contenu
R Actus
R Chroniques
R Interviews
R Concerts
R Festivals
R Rechercher
R Se connecter
R Concerts
T Gims annonce une tournée des stades pour l'été 2025
R Publié le 12/03/2024 à 10h15
R Partager sur Facebook
R Partager sur X
R Copier le lien
A Le rappeur Gims se produira dans huit stades français l'été prochain, a-t-il annoncé lundi sur ses réseaux sociaux.
A Il s'agit de sa plus grande tournée à ce jour.
A Les dates :
A 14 juin - Lille, stade Pierre-Mauroy
A 18 juin - Lyon, Groupama Stadium
A 21 juin - Marseille, Orange Vélodrome
A 24 juin - Bordeaux, Matmut Atlantique
A 28 juin - Paris, Stade de France
A La billetterie ouvre vendredi à 10 heures.
R Réserver mes billets
R Billets à partir de 45 €
R Ce contenu est hébergé par YouTube. En l'affichant, vous acceptez sa politique de confidentialité.
R Afficher le contenu
R Newsletter
R Recevez chaque semaine l'actualité musicale dans votre boîte mail.
R Je m'inscris
R Mentions légales
R Gestion des cookies
R © 2024 Musique Magazine
""",
    # ===== a French concert review with set list, as an extractor leaves it
    "fr_concert_extract": """\
T Au Zénith, Orelsan a mis le feu pendant deux heures
R Par Julien Martin
R Le 5 décembre 2024 à 09h30
A Samedi soir, le rappeur caennais a joué devant 6 000 personnes un concert d'une rare intensité.
A Il a ouvert avec « La fête est finie », avant d'enchaîner les titres de son dernier album.
A Le public connaissait chaque mot.
A La setlist :
A La fête est finie
A Basique
A San
A Tout va bien
A Jour meilleur
A La quête
R Commentaires
R Connectez-vous pour commenter
R Voir les 12 commentaires
""",
    # ===== a Spanish album review (reseña), all the page
    "es_resena_full": """\
R Ir al contenido
R Menú
R Noticias
R Discos
R Conciertos
R Festivales
R Entrevistas
R Buscar
R Discos
T Reseña: Rosalía, 'Lux'
R Por Carlos Pérez
R 7 de noviembre de 2025
R Compartir
R Facebook
R Twitter
R WhatsApp
A Rosalía ha vuelto con su disco más ambicioso, grabado con la London Symphony Orchestra y cantado en trece idiomas.
A 'Lux' es un álbum de música clásica, de flamenco y de pop al mismo tiempo, y funciona mejor de lo que cabría esperar.
A La primera canción, 'Sexo, violencia y llantas', abre con un coro de niños.
A Puntuación: 9/10
A Sello: Columbia
A Lanzamiento: 7 de noviembre de 2025
A Lo mejor: 'Berghain', 'La perla'
R Escucha el disco en Spotify
R Este contenido está alojado en Spotify. Acepta las cookies para reproducirlo.
R Aceptar cookies
R También te puede interesar
R Reseña: Bad Bunny, 'Debí tirar más fotos'
R Suscríbete a nuestra newsletter
R Aviso legal
R Política de privacidad
R Política de cookies
R © 2025 Revista Musical S.L.
""",
    # ===== a Spanish festival line-up, as an extractor leaves it
    "es_cartel_extract": """\
T Mad Cool 2025 completa su cartel con Olivia Rodrigo y Muse
R Redacción
R 12/02/2025 - 11:30
A El festival madrileño Mad Cool ha anunciado este miércoles los últimos nombres de su edición de 2025, que se celebrará del 10 al 12 de julio.
A El cartel por días queda así:
A Jueves 10 de julio:
A Olivia Rodrigo
A Noah Kahan
A Glass Animals
A Viernes 11 de julio:
A Muse
A Iggy Pop
A Bloc Party
A Sábado 12 de julio:
A Justin Timberlake
A Nine Inch Nails
A Rüfüs du Sol
A Los abonos cuestan 195 euros más gastos de gestión.
R Compra tus entradas
R Entradas desde 89 €
R Más noticias de festivales
""",
    # ===== a Spanish interview, as an extractor leaves it
    "es_entrevista_extract": """\
T Jorge Drexler: "Escribo canciones para entender lo que me pasa"
R Por Ana López
R Madrid - 3 MAR 2024 - 06:00 CET
A El cantautor uruguayo publica este viernes su nuevo disco, grabado entre Madrid y Montevideo.
A ¿Cómo nació el disco?
A De una conversación con mi hijo sobre el tiempo.
A ¿Y la canción que le da título?
A Dice así:
A Todo se transforma
A nada se pierde
A el amor que das
A vuelve a ti
A ¿Volverá a girar por España?
A Sí, en otoño.
R Ver comentarios
R Lo más visto
R Los 10 mejores discos del año, según nuestros críticos
""",
    # ===== an Italian album review (recensione), as an extractor leaves it
    "it_recensione_extract": """\
T Recensione: Måneskin, «Rush!»
R di Marco Rossi
R 20 gennaio 2023
A Il terzo album della band romana è il primo pensato per il mercato internazionale, e si sente.
A Diciassette canzoni, quasi tutte in inglese, prodotte tra Los Angeles e Roma.
A Il singolo «Gossip», con Tom Morello alla chitarra, è il pezzo più riuscito.
A Voto: 6,5
A Etichetta: Sony Music
A Uscita: 20 gennaio 2023
A Tracklist:
A 1. Own My Mind
A 2. Gossip (feat. Tom Morello)
A 3. Timezone
A 4. Bla Bla Bla
A 5. Baby Said
A 6. Gasoline
R Ascolta su Spotify
R Condividi
R Leggi anche
R Le altre recensioni della settimana
""",
    # ===== an Italian tour announcement, all the page
    "it_tour_full": """\
R Vai al contenuto
R Menu
R News
R Recensioni
R Interviste
R Live
R Classifiche
R Cerca
R Live
T Vasco Rossi, le date del tour negli stadi 2025
R Redazione
R 15 novembre 2024
R Condividi su Facebook
R Condividi su WhatsApp
A Vasco Rossi tornerà negli stadi italiani la prossima estate con sette concerti.
A Il rocker di Zocca ha annunciato le date venerdì mattina con un video sui social.
A Ecco il calendario:
A 29 maggio - Bibione, Parco del Sole
A 3 giugno - Bari, Stadio San Nicola
A 7 giugno - Milano, Ippodromo San Siro
A 8 giugno - Milano, Ippodromo San Siro
A 12 giugno - Roma, Circo Massimo
A I biglietti saranno in vendita da lunedì alle 11.
R Acquista i biglietti
R Biglietti a partire da 65 euro
R Iscriviti alla newsletter
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su Accetta acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Privacy policy
R © 2024 Rock Magazine srl - P.IVA 01234567890
""",
    # ===== an Italian chart (classifica FIMI), as an extractor leaves it
    "it_classifica_extract": """\
T Classifica FIMI album: Olly resta primo
R di Redazione
R 7 marzo 2025
A Olly resta in vetta alla classifica degli album più venduti della settimana con «Tutta vita».
A Ecco la top 5:
A 1. Olly - Tutta vita
A 2. Achille Lauro - Comuni immortali
A 3. Giorgia - G
A 4. Lucio Corsi - Volevo essere un duro
A 5. Brunori Sas - L'albero delle noci
A Tra i singoli, «Balorda nostalgia» è ancora il brano più ascoltato.
R Leggi anche
R Sanremo 2025, tutte le canzoni in gara
R Iscriviti alla nostra newsletter
""",
    # ===== a Portuguese album review (crítica), all the page
    "pt_critica_full": """\
R Saltar para o conteúdo
R Menu
R Notícias
R Críticas
R Concertos
R Festivais
R Entrevistas
R Pesquisar
R Críticas
T Crítica: Capitão Fausto, «Subida Infinita»
R Por João Santos
R 10 de março de 2024, 09:00
R Partilhar
R Facebook
R Twitter
A O quinto disco dos lisboetas é o mais ambicioso da sua carreira.
A Gravado ao longo de dois anos, mistura orquestrações luminosas com letras sobre o fim da juventude.
A Nota: 8/10
A Editora: Sony Music Portugal
A Data de lançamento: 8 de março de 2024
A Alinhamento:
A 1. Subida Infinita
A 2. Nunca Nada Muda
A 3. Uma Mão Cheia
A 4. Sempre Bem
R Ouvir no Spotify
R Este conteúdo está alojado no Spotify. Aceite os cookies para o reproduzir.
R Leia também
R Crítica: Bárbara Tinoco, «Bárbara»
R Subscreva a nossa newsletter
R Termos e condições
R Política de privacidade
R © 2024 Revista Música
""",
    # ===== a Portuguese festival line-up, as an extractor leaves it
    "pt_festival_extract": """\
T NOS Alive 2025: cartaz completo e horários
R Por Redação
R 25 de junho de 2025
A O NOS Alive regressa ao Passeio Marítimo de Algés de 10 a 12 de julho.
A Estes são os nomes do Palco NOS:
A Quinta-feira, 10 de julho
A Olivia Rodrigo
A Benson Boone
A Sexta-feira, 11 de julho
A Kings of Leon
A Muse
A Sábado, 12 de julho
A Justin Timberlake
A Nine Inch Nails
A Os bilhetes diários custam 79 euros.
R Comprar bilhetes
R Bilhetes a partir de 79 €
R Partilhe este artigo
R Veja também
""",
    # ===== a Portuguese concert review with a set list, as an extractor leaves it
    "pt_concerto_extract": """\
T Coldplay em Coimbra: uma festa de luzes e de lágrimas
R Por Rita Ferreira
R 18 de maio de 2023
A Chris Martin cantou em português, pediu desculpa pelo sotaque e pôs 50 mil pessoas a dançar.
A O concerto começou com “Higher Power” e acabou, já depois da meia-noite, com “Biutyful”.
A Alinhamento:
A Higher Power
A Adventure of a Lifetime
A Paradise
A The Scientist
A Viva la Vida
A Fix You
A Yellow
A Biutyful
R Comentários
R Deixe o seu comentário
""",
    # ===== a Dutch album review (recensie), as an extractor leaves it
    "nl_recensie_extract": """\
T Recensie: Froukje – ‘De stilte’
R Door Gijsbert Kamer
R 12 april 2024, 17:00
A Op haar tweede album klinkt Froukje rustiger en zelfverzekerder dan op haar debuut.
A De teksten gaan over twijfel, vriendschap en opgroeien in de schijnwerpers.
A Beoordeling: 4 sterren
A Label: Top Notch
A Releasedatum: 12 april 2024
A Tracklist:
A 1. De stilte
A 2. Onzeker
A 3. Ik wil dansen
A 4. Vrienden
R Beluister op Spotify
R Deel dit artikel
R Meer recensies
""",
    # ===== a Dutch festival line-up, all the page
    "nl_festival_full": """\
R Naar hoofdinhoud
R Menu
R Nieuws
R Recensies
R Interviews
R Festivals
R Agenda
R Zoeken
R Festivals
T Lowlands maakt eerste namen bekend: Jack White en Charli xcx
R 18 februari 2025, 10:00
R Deel dit artikel
R Facebook
R WhatsApp
A Lowlands heeft dinsdag de eerste namen van de editie van 2025 bekendgemaakt.
A Het festival in Biddinghuizen vindt plaats van 22 tot en met 24 augustus.
A De eerste namen:
A Jack White
A Charli xcx
A Fontaines D.C.
A Floor Jansen
A Froukje
A Goldband
A De kaartverkoop begint zaterdag om 12.00 uur.
R Koop tickets
R Tickets vanaf € 260
R Deze website maakt gebruik van cookies. Door verder te gaan, ga je akkoord met ons cookiebeleid.
R Accepteren
R Weigeren
R Colofon
R Privacyverklaring
R © 2025 Muziekblad BV
""",
    # ===== a Dutch chart (Top 40), as an extractor leaves it
    "nl_top40_extract": """\
T Top 40: Suzan & Freek voor de derde week op nummer 1
R Door Redactie
R 4 januari 2025
A Suzan & Freek staan voor de derde week op rij bovenaan in de Nederlandse Top 40.
A De top 5 van deze week:
A 1 (1) Suzan & Freek - Dromen Zijn Bedrog
A 2 (3) Rosa Linn - SNAP
A 3 (2) Son Mieux - Multicolor
A 4 (NIEUW) Froukje - Onzeker
A 5 (4) Goldband - Noodgeval
A De hoogste nieuwe binnenkomer is Froukje.
R Bekijk de volledige lijst
R Luister op Spotify
R Lees ook
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # a line-up with initials and one-word acts, a short sentence under it, the ticket widget and footer
    "en_r2_lineup_initials_full": """\
R Menu
R News
R Festivals
R Tickets
T Primavera Sound adds R.E.M. reunion to its 2026 bill
R By Jess Hart
R 4 March 2026
A Primavera Sound has added a second wave of names to next year's festival in Barcelona, headed by a one-off reunion of the Athens band.
A The organisers said the band had agreed to play only two European shows in 2026.
A The new names are:
A R.E.M.
A Björk
A Run-D.M.C.
A Fever Ray
A Black Country, New Road
A Sales open on Friday.
R Buy tickets
R Tickets from €245
R Listen on Apple Music
R Privacy Policy
R Cookie Settings
R © 2026 Festival Guide Ltd.
""",
    # a German concert review: the set list with its encore under "Zugabe:", a shop's widget under it
    "de_r2_zugabe_extract": """\
T Die Ärzte in der Waldbühne: Drei Stunden, kein Durchhänger
R Von Tim Krüger
R 22.08.2025
A Drei Stunden lang spielten Die Ärzte am Freitagabend vor 22.000 Menschen in der ausverkauften Berliner Waldbühne.
A Farin Urlaub und Bela B lieferten sich zwischen den Songs die gewohnten Wortgefechte, Rod González grinste dazu.
A Die Setlist:
A Schrei nach Liebe
A Männer sind Schweine
A Westerland
A Junge
A Zugabe:
A Zu spät
A Hurra
R Tickets ab 59,90 €
R Jetzt Tickets sichern
R Weitere Konzertkritiken
""",
    # a French concert review: the set list, its "Rappel :", an embed's placeholder and the ticket widget
    "fr_r2_rappel_full": """\
R Accueil
R Concerts
R Chroniques
T Stromae à Bercy : le retour triomphal
R Par Claire Dumont
R Publié le 3 mars 2025 à 10h00
A Après deux ans d'absence, le chanteur bruxellois a rempli l'Accor Arena pour trois soirs, et tenu la salle en haleine pendant deux heures.
A La mise en scène, entre robots et lumières blanches, a laissé le public sans voix.
A La setlist :
A L'enfer
A Santé
A Alors on danse
A Papaoutai
A Rappel :
A Formidable
A Mon amour
R Ce contenu est hébergé par YouTube. En l'affichant, vous acceptez sa politique de confidentialité.
R Afficher le contenu
R Billets à partir de 39 €
R Réserver mes billets
R Mentions légales
""",
    # a Spanish tour announcement: dates of the same shape, the last one over a short sentence, the shop under them
    "es_r2_fechas_extract": """\
T Vetusta Morla anuncia gira por los grandes recintos
R Redacción
R 10/03/2025 - 12:00
A La banda madrileña recorrerá ocho ciudades el próximo otoño para presentar su nuevo disco, el primero en cuatro años.
A El grupo lo anunció el lunes con un vídeo en sus redes sociales.
A Estas son las fechas:
A 12/09/2025 Valencia, Roig Arena
A 19/09/2025 Bilbao, Bizkaia Arena
A 26/09/2025 Sevilla, Fibes
A 03/10/2025 Madrid, WiZink Center
A La preventa empieza el jueves.
R Compra tus entradas
R Entradas desde 35 €
R Escucha el disco en Spotify
R Más noticias de música
""",
    # an Italian interview: a verse quoted under its colon line, a question going on under it
    "it_r2_versi_extract": """\
T Brunori Sas: «Scrivo per capire chi sono»
R di Marco Rossi
R 12 febbraio 2025
A Il cantautore calabrese presenta a Sanremo il suo primo brano in gara, dopo vent'anni di carriera.
A La canzone si chiama «L'albero delle noci». Come è nata?
A Da una notte insonne, dopo la nascita di mia figlia. Il ritornello dice:
A e io che non so stare fermo
A io che cambio casa ogni inverno
A mi ritrovo a guardare un albero
A che non ha fretta di crescere
A È la canzone più personale che abbia mai scritto?
A Sì.
R Leggi anche
R Sanremo 2025, le pagelle della prima serata
R Iscriviti alla newsletter
""",
    # a Dutch chart with a track titled as a time, the shop's buttons and an embed's placeholder
    "nl_r2_lijst_extract": """\
T Album Top 100: Goldband voor het eerst op nummer 1
R Door Redactie
R 1 februari 2025
A Goldband staat met hun nieuwe album voor het eerst op de eerste plaats van de Nederlandse Album Top 100.
A De band verdrong daarmee de zangeres Froukje, die vorige week nog bovenaan stond.
A De tracklist van het album:
A 1. Noodgeval
A 2. Tijdmachine
A 3. 24:00
A 4. Witte Was
A 5. Wapens
A De band speelt in april drie keer in Paradiso.
R Deze inhoud wordt aangeboden door Spotify. Accepteer cookies om deze inhoud te bekijken.
R Beluister op Apple Music
R Tickets vanaf € 35
R Koop tickets
R Lees ook
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a shop's button with its shop's name as a label row ("Buy: Rough Trade") and a "You might also like" rail's
    # "Artist: Album" rows under the removed heading: label rows are a fact box's shape ("Label: XL Recordings")
    "en_album_review_full": 4,
    # "Más noticias de festivales": a rail's heading alone at the page's end, the words also a section's subheading
    "es_cartel_extract": 1,
    "es_r2_fechas_extract": 1,
    # "Bekijk de volledige lijst": a link to the chart's full list; "bekijk" heads an article's own lines too
    "nl_top40_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a music story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The band's fourth album trades the grey post-punk of their early records for something stranger and more ambitious.",
        "Produced by James Ford, it is full of strings, synths and heavy riffs that should not work together but do.",
        "The closing track is the most straightforward pop song they have ever written, and the best.",
    ],
    "de": [
        "Die Kölner Band geht im kommenden Frühjahr auf große Hallentour durch Deutschland, Österreich und die Schweiz.",
        "Es ist die erste Tour seit dem Album, das im vergangenen Herbst erschienen ist und auf Platz eins der Charts stand.",
        "Als Vorband ist die Berliner Sängerin Paula Hartmann dabei, der Vorverkauf beginnt am Freitag.",
    ],
    "fr": [
        "Trois ans après son précédent disque, la chanteuse belge revient avec un album plus sombre qu'il n'y paraît.",
        "Sous les rythmes dansants, elle parle de solitude, de la célébrité et de l'amour qui s'use avec le temps.",
        "La tournée qui suivra passera par une vingtaine de villes françaises et belges à partir du mois de mars.",
    ],
    "es": [
        "Rosalía ha vuelto con su disco más ambicioso, grabado con una orquesta sinfónica y cantado en trece idiomas.",
        "El álbum es a la vez música clásica, flamenco y pop, y funciona mejor de lo que cabría esperar de semejante mezcla.",
        "La gira de presentación arrancará en primavera y pasará por Madrid, Barcelona y Sevilla, según la discográfica.",
    ],
    "it": [
        "Il terzo album della band romana è il primo pensato per il mercato internazionale, e si sente fin dal primo brano.",
        "Diciassette canzoni, quasi tutte in inglese, prodotte tra Los Angeles e Roma nel corso di due anni di lavoro.",
        "Il tour negli stadi partirà a giugno da Bibione e toccherà le principali città italiane per tutta l'estate.",
    ],
    "pt": [
        "O quinto disco da banda lisboeta é o mais ambicioso da sua carreira e foi gravado ao longo de dois anos.",
        "Mistura orquestrações luminosas com letras sobre o fim da juventude e a vida numa cidade cada vez mais cara.",
        "A digressão de apresentação começa em abril no Coliseu de Lisboa e passa depois pelo Porto e por Coimbra.",
    ],
    "nl": [
        "Op haar tweede album klinkt de zangeres rustiger en zelfverzekerder dan op haar veelgeprezen debuut van twee jaar geleden.",
        "De teksten gaan over twijfel, vriendschap en opgroeien in de schijnwerpers, en ze zijn scherper dan ooit.",
        "In het najaar volgt een clubtour langs tien Nederlandse en Belgische zalen, maakte haar platenlabel bekend.",
    ],
}

_CTA, _CHROME, _COOKIE = "call-to-action", "site-chrome", "cookie-notice"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Listen on Apple Music", _CTA),
    ("en", "Listen to the Official Chart playlist on Spotify", _CTA),
    ("en", "Stream the album on Tidal", _CTA),
    ("de", "Auf Apple Music anhören", _CTA),
    ("fr", "Écouter sur Apple Music", _CTA),
    ("es", "Escucha el disco en Spotify", _CTA),
    ("es", "Compra tus entradas", _CHROME),
    ("it", "Ascolta l'album su Apple Music", _CTA),
    ("pt", "Ouvir no Apple Music", _CTA),
    ("nl", "Beluister op Apple Music", _CTA),
    ("de", "Dieser Inhalt wird von Spotify bereitgestellt. Wenn Sie den Inhalt aktivieren, werden personenbezogene Daten verarbeitet.", _COOKIE),
    ("fr", "Ce contenu est hébergé par YouTube. En l'affichant, vous acceptez sa politique de confidentialité.", _COOKIE),
    ("es", "Este contenido está alojado en Spotify. Acepta las cookies para reproducirlo.", _COOKIE),
    ("it", "Questo contenuto è ospitato da Spotify. Accetta i cookie per riprodurlo.", _COOKIE),
    ("pt", "Este conteúdo está alojado no Spotify. Aceite os cookies para o reproduzir.", _COOKIE),
    ("nl", "Deze inhoud wordt aangeboden door Spotify. Accepteer cookies om deze inhoud te bekijken.", _COOKIE),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Listen to the album on Spotify and you will hear why the band spent three years in the studio, the producer said."),
    ("en", "Tickets from £49 went on sale on Friday and sold out within an hour, the promoter said."),
    ("de", "Wer das Album auf Apple Music hören will, braucht seit Montag ein teureres Abo, teilte der Dienst mit."),
    ("de", "Der Hinweis, dieser Inhalt werde von Spotify bereitgestellt, erscheint seit Montag unter vielen Artikeln, kritisieren Datenschützer."),
    ("de", "Tickets ab 49 Euro gibt es nur noch an der Abendkasse, teilte der Veranstalter am Montag mit."),
    ("fr", "Écouter sur Deezer un album entier coûte aux artistes plus qu'il ne leur rapporte, affirme le syndicat."),
    ("fr", "Ce contenu est hébergé par YouTube depuis dix ans, rappelle la chaîne, qui n'a jamais reçu de plainte."),
    ("es", "Quien escucha el disco en Spotify oye una versión distinta de la del vinilo, explica el productor."),
    ("es", "Compra tus entradas con tiempo, aconsejó el promotor, porque el año pasado se agotaron en una hora."),
    ("es", "Este contenido está alojado en Spotify desde 2019, precisó la discográfica en un comunicado."),
    ("it", "Chi ascolta l'album su Spotify sente una versione diversa da quella del vinile, spiega il produttore."),
    ("it", "Biglietti a partire da 65 euro, ha annunciato l'organizzatore, con sconti per gli studenti."),
    ("pt", "Ouvir no Spotify o disco inteiro tornou-se o hábito de quase metade dos jovens inquiridos, diz o estudo."),
    ("pt", "Este conteúdo está alojado no Spotify há cinco anos, lembrou a editora num comunicado."),
    ("nl", "Wie het album beluistert op Apple Music, hoort een andere mix dan op de plaat, zegt de producer."),
    ("nl", "Deze inhoud wordt aangeboden door Spotify en niet door het label zelf, benadrukt de woordvoerder."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_kept = kept

_EN = TEXT["en"]
_NAMES = ["Jack White", "Charli xcx", "Fontaines D.C.", "Muse", "Goldband"]
_FOOTER = ["Buy tickets", "Tickets from £49", "Privacy Policy", "Terms of Use", "© 2025 Music Media Ltd. All rights reserved."]


def test_a_line_up_under_its_colon_line_and_over_a_short_sentence_stays() -> None:
    # edge-furniture (edge_music.announced_run): one act a line, one name closing on its initials, a short sentence
    page = [*_EN, "The first names announced:", *_NAMES, "Ticket sales start on Saturday.", *_FOOTER]
    lost_lines, gone = _kept(page)
    assert lost_lines == _FOOTER, gone


def test_a_list_under_a_colon_line_with_no_sentence_under_it_still_goes() -> None:
    # (the article does not go on under it: a footer's label over its links, then the footer)
    menu = ["Explore our sections:", "News", "Reviews", "Live", "Festivals"]
    lost_lines, gone = _kept([*_EN, *menu, "Privacy Policy", "© 2025 Music Media Ltd."])
    assert lost_lines[: len(menu)] == menu, gone


def test_a_list_under_a_colon_line_over_residue_still_goes() -> None:
    # (a line another pass took ends the list: no sentence of the article's right under it)
    rail = ["You might also like these:", "Idles", "Shame", "Wet Leg"]
    lost_lines, gone = _kept([*_EN, *rail, "Sign up for our newsletter and never miss a review.", "Privacy Policy"])
    assert lost_lines[:4] == rail, gone


def test_a_set_lists_encore_under_its_label_stays() -> None:
    # edge-furniture (edge_music.setlist_part): "Encore:" and its songs under the set list arts38 keeps
    setlist = ["Setlist:", "I Spy", "Disco 2000", "Mis-Shapes", "Common People", "Encore:", "Razzmatazz", "Help the Aged"]
    lost_lines, gone = _kept([*_EN, *setlist, "Related Articles", "Pulp announce extra UK dates", "Privacy Policy", "Terms of Use"])
    assert lost_lines == ["Related Articles", "Pulp announce extra UK dates", "Privacy Policy", "Terms of Use"], gone


def test_an_encore_label_with_no_set_list_over_it_is_judged_as_before() -> None:
    # (no kept song right over it: the label and the links under it are the page's run)
    tail = ["Encore:", "Tickets", "Merch", "Newsletter", "Privacy Policy"]
    lost_lines, gone = _kept([*_EN, *tail])
    assert lost_lines == tail, gone


def test_a_track_titled_as_a_time_in_a_numbered_list_stays() -> None:
    # clock-line (edge_music.numbered_time): "11. 11:21" between "10. …" and "12. …"
    tracks = ["Tracklist:", "9. Pillow Talk", "10. U and Me at Home", "11. 11:21", "12. Don't Speak"]
    lost_lines, gone = _kept([*_EN, *tracks])
    assert lost_lines == [], gone


def test_a_bare_time_of_day_still_goes() -> None:
    # (a time with no numbered neighbour is the page's stamp as before)
    _lost, gone = _kept(["14:05", *_EN])
    assert ("clock-line", "14:05") in gone, gone


def test_a_track_lists_label_over_its_numbered_items_stays() -> None:
    # edge-furniture (edge_music.label_over_numbered): the label under a fact row, over items numbered from one
    tracks = ["Genre: Indie-Rock", "Tracklist:", "1. Teil dieser Band", "2. Wittenberg ist nicht Paris", "3. Angst"]
    lost_lines, gone = _kept([*TEXT["de"], *tracks, "Jetzt bei Amazon kaufen", "Teilen", "Weitere Plattenkritiken"])
    assert [line for line in lost_lines if line in tracks] == [], gone


def test_a_tours_last_date_opens_no_chain_of_teasers() -> None:
    # headline-run (edge_music.row_chain): the last date under the others, over the article's short sentence
    dates = ["Die Termine:", "12.03.2025 Hamburg, Barclays Arena", "14.03.2025 Berlin, Uber Arena", "18.03.2025 München, Olympiahalle", "25.03.2025 Köln, Lanxess Arena"]
    tail = ["Der Vorverkauf beginnt am Freitag um 10 Uhr.", "Jetzt Tickets sichern", "Mehr zum Thema", "Kraftklub: Das neue Album im Stream", "Die Toten Hosen kündigen Abschiedstour an", "Impressum"]
    lost_lines, gone = _kept([*TEXT["de"], *dates, *tail])
    assert [line for line in lost_lines if line in dates or line == tail[0]] == [], gone


def test_a_reviews_score_over_its_first_paragraph_stays() -> None:
    # edge-furniture (edge_music.review_score_head): the score alone, and over the site's award label
    head = ["Menu", "News", "Reviews", "Albums", "Fontaines D.C.: Romance", "By Sam Walker", "August 23, 2024"]
    for score in (["8.4"], ["8.4", "Best New Music"], ["7,9"]):
        lost_lines, gone = _kept([*head, *score, *_EN])
        assert [line for line in lost_lines if line in score] == [], gone
        assert {"Menu", "News", "Reviews", "Albums", "By Sam Walker", "August 23, 2024"} <= set(lost_lines), gone


def test_a_figure_over_the_first_paragraph_that_is_no_score_goes_as_before() -> None:
    # (a whole number or a count is a counter's; a score under a share row is the head's run)
    head = ["Menu", "News", "Reviews", "Albums"]
    for tail in (["12"], ["1.2k"], ["8.4", "Share", "Facebook"]):
        lost_lines, gone = _kept([*head, *tail, *_EN])
        assert lost_lines == [*head, *tail], gone


def test_a_ticket_shops_price_beside_its_button_goes_and_a_price_in_the_text_stays() -> None:
    # edge-furniture (edge_music.ticket_widget): after the article, beside the button; between paragraphs it stays
    lost_lines, gone = _kept([*_EN, "Buy tickets", "Tickets from £49", "Privacy Policy"])
    assert lost_lines == ["Buy tickets", "Tickets from £49", "Privacy Policy"], gone
    assert ("edge-furniture", "Tickets from £49") in gone, gone
    lost_lines, gone = _kept([_EN[0], "Tickets from £49", *_EN[1:]])
    assert lost_lines == [], gone



def test_an_events_fact_box_closing_the_article_keeps_its_price() -> None:
    # (session 41's merge: ticket_widget took the price under "Where: …" as the shop's widget beside the footer)
    box = ["When: 12-14 May 2026", "Where: Wembley Arena, London", "Tickets from £49"]
    footer = ["Privacy Policy", "Terms of Use", "© 2025 Music Media Ltd. All rights reserved."]
    lost_lines, gone = _kept([*_EN, *box, *footer])
    assert lost_lines == footer, gone


if __name__ == "__main__":
    report(CASES)
