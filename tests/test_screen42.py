# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""screen42: a probe of TV, film and streaming journalism scraped as text (half as an extractor leaves it, half as all
the visible text of the page), in en, de, fr, es, it, pt and nl: episode recaps, film and series reviews with their
credits box, "new on Netflix this week" lists, box-office reports with their chart, reality-show results with the
scores per couple, casting news, trailer posts, TV ratings.

- the article (``A``): the review's credits and rating lines ("Director: Greta Gerwig", "Cast: …", "Running time: 166
  minutes", "Rating: 5/5", "★★★★★", "Regie: …", "Réalisation : …", "Reparto: …"), a list of titles with dates ("March 4:
  Physical: 100 season 2", "4. April: Ripley", "1 de marzo: Spaceman"), a box-office chart ("1. Godzilla x Kong: The New
  Empire - $80m"), ratings rows ("Tatort (Das Erste): 13,9 Mio. (39,1 %)"), scores per couple ("Chris and Dianne: 38"),
  televote percentages, quoted one-line dialogue ("Yes, chef.", "Lisan al-Gaib!"), episode headings ("Episode 4:
  Violet", "Folge 3: Das Spiel", "Capítulo 40"), spoiler warnings, the review's verdict;
- the residue (``R``): "Where to watch" / "Stream on Netflix" / "Jetzt streamen" / "Regarder sur" boxes and buttons,
  "Watch the trailer" embeds and video-player placeholders, "More reviews", "Trending now", "Related", newsletter
  boxes, share rows, menus, breadcrumbs, bylines and stamps, comments, footers, cookie notices;
- ``T``: headlines, a broadcast slot's sentence under a reality show's results.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 196 ``A``
  lines, 280 ``R``, 25 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages, 37 ``A``, 54 ``R``: a where-to-watch explainer whose own list of
  services stands under its sentence closed by a colon (en, pt), a trailer post with a video player's whole text
  between its paragraphs (en, de), a service's button beside an article line naming the service (nl, it).

Measured on main a6ebecc: round 1 lost 0, left 12; round 2 lost 0, left 21. Left: a trailer post's video player (its
"Watch the trailer below:" lead-in, "Video Player is loading.", "Current Time 0:00", "/", "Duration 2:41", "Remaining
Time -1:42", "This is a modal window.", and its localised controls: "Aktuelle Zeit 0:00", "Tempo atual 0:00",
"Huidige tijd 0:00", "Tempo rimanente -3:05") and its "More trailers" / "Mehr Trailer" box with the teasers'
headlines under it; the where-to-watch box's buttons naming a service ("Stream The Bear on Disney+", "Watch now on
Peacock", "Assistir na Netflix", "Assista agora no Globoplay", "Bekijk Wie is de Mol? op NPO Start", "Kijk nu op
Videoland", "Guardala su RaiPlay") and its lines with no verb ("Babylon Berlin bei Sky und WOW", "Dove vederlo in
streaming"). No loss in either round, nor in the short pages probed beyond them (a review's credits, a star rating,
a box-office chart, scores per couple, a list of titles with dates, a quoted line, at the article's head or tail).

After: round 1 lost 0, left 2; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_screen.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- tables, each in a ``# screen42:`` block at its list's end: ``widgets.chrome`` a streaming service's button, the line
  alone with no sentence's stop (en "Stream The Bear on Disney+", "Watch now on Netflix"; pt "Assistir na Netflix";
  nl "Bekijk Wie is de Mol? op NPO Start"; it "Guardalo su Netflix", "Guarda la puntata su Mediaset Infinity"; es
  and fr had theirs: "Ver en Netflix", "Regarder sur Canal+"), a video player's placeholder and controls (video.js:
  en "Video Player is loading.", "Current Time 0:00", "Remaining Time -2:41", "This is a modal window."; de
  "Videoplayer wird geladen.", "Aktuelle Zeit 0:00"; fr, es, it, pt, nl the current and remaining time), en the
  lead-in over a trailer's embed ("Watch the trailer below:"); ``promos.heading`` en "More trailers", de "Mehr
  Trailer". Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).
- ``listed_service_button`` (site-chrome's guard): a line closing on a service's name under a kept sentence of five
  words or more closed by a colon, short items between them, is the article's where-to-watch list and stays ("Here
  is how to watch it in the UK and the US:" over "Stream Barbie on Max"); under a box's label ("Where to watch:") or
  under the last sentence the button goes (tests both ways).
- ``lone_player_part`` (site-chrome's guard): the player's length and the slash between its times ("Duration 1:42",
  "Dauer 2:03", "/", tables en and de ``widgets.chrome``) go only right beside another line a table took (the
  player's other controls); alone, or as a fact box's row ("Genre: Comedy" / "Duration 1:54" / "Rating: 12A"), it
  stays (tests both ways).

``python tests/test_screen42.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== an episode recap as an extractor leaves it: spoiler warning, episode heading, quoted lines =====
    "en_recap_extract": """\
T 'The Bear' season 3, episode 4 recap: 'Violet'
R By Hannah Cole
R Published June 28, 2024
A Warning: this recap contains spoilers for The Bear season 3, episode 4.
A Episode 4: Violet
A Carmy is still refusing to speak to Richie after the fallout of the friends-and-family night, and the kitchen feels it.
A The episode opens on a quiet morning prep that slowly turns into a shouting match over the new non-negotiables list.
A "Every day. Every single day," Carmy writes on the whiteboard.
A "Yes, chef."
A Sydney, meanwhile, is weighing the offer from Adam Shapiro, and Ayo Edebiri plays her indecision beautifully.
A The final scene, with Tina alone in the walk-in, is the best three minutes the show has done this year.
A Verdict: ★★★★☆
R Where to watch
R Stream The Bear on Disney+
R Watch now
R Read more: The Bear season 3 episode 5 recap
R Share this article
""",
    # ===== a film review on a magazine's page, all visible text =====
    "en_review_full": """\
R Skip to content
R Film
R TV
R Streaming
R Reviews
R Awards
R Newsletters
R Subscribe
R Home > Film > Reviews
T 'Dune: Part Two' review: Denis Villeneuve's sequel is a towering achievement
R By Mark Ellison
R February 27, 2024 9:00 am
R Share on Facebook
R Share on X
R Copy link
A Director: Denis Villeneuve
A Cast: Timothée Chalamet, Zendaya, Rebecca Ferguson, Austin Butler
A Running time: 166 minutes
A Rating: 5/5
A There is a moment, about an hour into Dune: Part Two, when Paul Atreides rides a sandworm for the first time, and the audience around me stopped breathing.
A Villeneuve has made the rare sequel that improves on its predecessor in every department.
A Austin Butler, shaved and pale as Feyd-Rautha, is genuinely frightening.
A "Lisan al-Gaib!"
A The film is not without flaws: Zendaya's Chani is underwritten in the second half, and the pacing sags before the final duel.
A But these are small complaints about a film of this scale.
A Dune: Part Two is in cinemas from March 1.
R Watch the trailer
R Video player is loading.
R Play Video
R Related
R 'Dune: Prophecy' gets first teaser
R Box office: 'Dune: Part Two' opens to $82.5m
R Trending now
R The 25 best films of 2024 so far
R Sign up for our Screen newsletter
R Enter your email
R Sign up
R About us
R Contact
R Privacy Policy
R Terms of Use
R © 2024 Screen Media Ltd. All rights reserved.
R We use cookies to improve your experience. By continuing to browse you accept our use of cookies.
R Accept
""",
    # ===== "new on Netflix this week": a list of titles with dates =====
    "en_netflix_list_extract": """\
T New on Netflix this week: every movie and show coming March 4-10
A Netflix has a busy week ahead, with the return of a fan-favourite reality show and a new documentary series from the makers of Tiger King.
A Here's everything arriving on the service this week.
A March 4: Physical: 100 season 2
A March 5: Fool Me Once
A March 6: The Gentlemen
A March 7: Love Is Blind season 6, episodes 7-9
A March 8: Damsel
A March 8: Irish Wish
A March 9: Shirley
A Our pick of the week is The Gentlemen, Guy Ritchie's series spin-off of his 2019 film.
A Theo James plays a British aristocrat who discovers his family estate sits on top of a cannabis empire.
R Stream on Netflix
R More from What's on Netflix
R The best new shows on Netflix in March 2024
R 10 most-watched Netflix series this week
""",
    # ===== a box-office report with its chart, all visible text =====
    "en_boxoffice_full": """\
R Menu
R News
R Box Office
R Reviews
R Features
R Search
R Box Office
T 'Godzilla x Kong' stomps to $80m opening, 'Ghostbusters' slips
R By Rebecca Sun
R April 1, 2024
A Godzilla x Kong: The New Empire roared to an $80 million opening at the domestic box office over Easter weekend, well above pre-release projections.
A The Legendary and Warner Bros. sequel also earned $114 million overseas for a worldwide start of $194 million.
A Last weekend's champion, Ghostbusters: Frozen Empire, fell to second with $15.7 million.
A Top 5 at the weekend box office:
A 1. Godzilla x Kong: The New Empire - $80m
A 2. Ghostbusters: Frozen Empire - $15.7m
A 3. Dune: Part Two - $11.2m
A 4. Kung Fu Panda 4 - $10m
A 5. Monkey Man - $5.6m
A Monkey Man opens next weekend in 3,000 theaters.
A Final figures will be released on Monday.
R Tags: Box Office, Godzilla, Warner Bros.
R Read Next
R 'Civil War' tops box office for second weekend
R Most Popular
R 'Shogun' season 2 officially ordered at FX
R Oscars 2025: early predictions
R Follow us
R Facebook
R Instagram
R YouTube
R Advertise
R Privacy
R Do Not Sell My Personal Information
R © 2024 Penske Media Corporation
""",
    # ===== a reality-show results story: scores per couple =====
    "en_strictly_extract": """\
T Strictly Come Dancing 2024: week 5 scores and who left
R Updated 10:32, 20 Oct 2024
A The couples took on Movie Week on Saturday, with two perfect-scoring contenders at the top of the leaderboard.
A Here are the scores in full:
A Chris and Dianne: 38
A Tasha and Aljaž: 37
A Sarah and Vito: 36
A JB and Amy: 35
A Pete and Jowita: 32
A Wynne and Katya: 30
A Paul and Karen: 24
A Tom and Nadiya were voted off after losing the dance-off to Paul and Karen.
A "We've had the best time," Tom said. "I'll miss it."
A Strictly continues on Saturday at 6.50pm on BBC One.
R Watch Strictly on BBC iPlayer
R Read more
R Strictly's Paul Merson opens up about dance-off
R Follow us on Facebook
R Comments
R Log in to comment
R BigStevo: Tom was robbed!!
R DancingQueen77: Paul should have gone weeks ago
""",
    # ===== a casting-news post, all visible text with trailer embed =====
    "en_casting_full": """\
R Deadline
R TV
R Film
R Awards
R Box Office
R Video
R Newsletters
R Breaking News
T Pedro Pascal to star in 'Fantastic Four' as Reed Richards
R By Justin Kroll
R February 14, 2024 12:05pm
R 42 Comments
A EXCLUSIVE: Pedro Pascal has been cast as Reed Richards in Marvel Studios' The Fantastic Four.
A Vanessa Kirby, Joseph Quinn and Ebon Moss-Bachrach round out the family.
A Matt Shakman is directing, with filming set to start this summer in London.
A The film opens July 25, 2025.
A Pascal is represented by CAA and Anonymous Content.
R Watch the trailer
R 0:00 / 2:31
R Related Stories
R 'The Last of Us' season 2 sets premiere date
R Must Read
R Marvel reshuffles release calendar
R Get our Breaking News Alerts and Keep your inbox happy.
R Sign up
R Deadline is a part of Penske Media Corporation. © 2024 Deadline Hollywood, LLC. All Rights Reserved.
R Our Sites
R Privacy Policy
R Ad Choices
""",
    # ===== German: series review on a streaming portal, extract =====
    "de_serienkritik_extract": """\
T "Babylon Berlin" Staffel 4: Die Kritik
R Von Anna Weber
R 14.03.2024, 10:15 Uhr
A Achtung, Spoiler: Dieser Text verrät Details zur Handlung der vierten Staffel.
A Regie: Tom Tykwer, Achim von Borries, Henk Handloegten
A Darsteller: Volker Bruch, Liv Lisa Fries, Lars Eidinger
A Folgen: 12
A Gereon Rath und Charlotte Ritter ermitteln diesmal im Silvesternacht-Milieu des Jahres 1930.
A Die neue Staffel ist düsterer und politischer als die vorherigen, und sie lässt sich viel Zeit.
A Folge 3: Das Spiel
A In der stärksten Folge der Staffel wird Rath in ein illegales Pokerspiel verwickelt, das tödlich endet.
A Fazit: Sehenswert, aber langatmig.
A Wertung: 4 von 5 Sternen
R Jetzt streamen
R Babylon Berlin bei Sky und WOW
R Mehr zum Thema
R Die besten deutschen Serien aller Zeiten
R Artikel teilen
""",
    # ===== German: TV ratings ("Quoten") page, all visible text =====
    "de_quoten_full": """\
R Zum Inhalt springen
R Startseite
R TV
R Streaming
R Kino
R Quoten
R Newsletter
R Startseite › TV › Quoten
T TV-Quoten: "Tatort" aus Münster mit Rekord
R 04.03.2024
R Teilen
R Facebook
R WhatsApp
A Der neue "Tatort" aus Münster hat am Sonntagabend fast 14 Millionen Zuschauer vor die Bildschirme gelockt.
A Das ist der beste Wert für einen Krimi seit zwei Jahren.
A Die Quoten vom Sonntag im Überblick:
A Tatort (Das Erste): 13,9 Mio. (39,1 %)
A Inga Lindström (ZDF): 4,1 Mio. (11,5 %)
A Die Höhle der Löwen (VOX): 1,7 Mio. (5,2 %)
A Bei den jungen Zuschauern lag der "Tatort" mit 27,4 Prozent ebenfalls klar vorne.
A Für Axel Prahl und Jan Josef Liefers war es der 44. gemeinsame Fall.
R Das könnte Sie auch interessieren
R "Tatort": Diese Folgen laufen im März
R Newsletter abonnieren
R Jetzt anmelden
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 TV Medien GmbH
""",
    # ===== German: "Neu bei Netflix" list, all visible text =====
    "de_netflix_neu_full": """\
R Menü
R Serien
R Filme
R Streaming
R Neu bei Netflix
T Neu bei Netflix im April 2024: Alle Filme und Serien
R Aktualisiert am 01.04.2024
A Im April startet bei Netflix unter anderem die lang erwartete Serie "3 Body Problem" in die zweite Woche, dazu kommen viele neue Filme.
A Hier sind alle Neustarts im Überblick:
A 4. April: Ripley
A 5. April: Scoop
A 11. April: Baby Reindeer
A 18. April: Dead Boy Detectives
A 26. April: Rebel Moon – Teil 2
A Unser Tipp: "Baby Reindeer" ist eine der verstörendsten Miniserien des Jahres.
R Jetzt bei Netflix ansehen
R Trailer ansehen
R Das könnte dich auch interessieren
R Neu bei Amazon Prime Video im April 2024
R Neu bei Disney+ im April 2024
R Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
""",
    # ===== German: reality show result, extract =====
    "de_lets_dance_extract": """\
T "Let's Dance" 2024: Diese Punkte gab es in Show 6
A Die sechste Liveshow stand ganz im Zeichen der Filmmusik.
A Die Punkte der Jury im Überblick:
A Gabriel und Malika: 29
A Jana und Zsolt: 28
A Detlef und Ekaterina: 21
A Ann-Kathrin und Valentin: 27
A Ausgeschieden ist Detlef Soost.
A "Ich bin trotzdem stolz auf uns", sagte der Tänzer nach der Show.
T Let's Dance läuft freitags um 20:15 Uhr bei RTL und ist auf RTL+ verfügbar.
R Mehr zu Let's Dance
R Folgen Sie uns auf Instagram
""",
    # ===== French: film review, all visible text =====
    "fr_critique_full": """\
R Aller au contenu principal
R Cinéma
R Séries
R Streaming
R Critiques
R Box-office
R Se connecter
R Accueil > Cinéma > Critiques
T Anatomie d'une chute : la critique
R Par Julien Martin
R Publié le 23/08/2023 à 10h00
A Réalisation : Justine Triet
A Avec : Sandra Hüller, Swann Arlaud, Milo Machado-Graner
A Durée : 2h31
A Note : 4/5
A Un homme est retrouvé mort au pied de son chalet, et sa femme, romancière allemande, devient la principale suspecte.
A Justine Triet filme le procès comme un thriller, mais c'est le portrait d'un couple qui passionne.
A Sandra Hüller est extraordinaire.
A « Ce n'est pas un procès sur un suicide, c'est un procès sur un couple. »
A Palme d'or au dernier Festival de Cannes, le film sort en salles ce mercredi.
R Regarder la bande-annonce
R Regarder sur Canal+
R À lire aussi
R Les meilleurs films de 2023 selon la rédaction
R Inscrivez-vous à notre newsletter
R Mentions légales
R Politique de confidentialité
R Gérer mes cookies
R © 2023 Écran Média
""",
    # ===== French: box-office, extract =====
    "fr_boxoffice_extract": """\
T Box-office France : « Le Comte de Monte-Cristo » toujours en tête
R Publié le 10/07/2024 à 11h30
A Le film d'Alexandre de La Patellière et Matthieu Delaporte a attiré 850 000 spectateurs pour sa deuxième semaine.
A Le classement de la semaine :
A 1. Le Comte de Monte-Cristo : 850 000 entrées
A 2. Vice-Versa 2 : 620 000 entrées
A 3. Moi, moche et méchant 4 : 540 000 entrées
A 4. Un p'tit truc en plus : 310 000 entrées
A Au total, la fréquentation des salles est en hausse de 12 % par rapport à l'an dernier.
R À voir aussi
R Bande-annonce : « Joker : Folie à deux »
R Partager sur Facebook
R Partager sur X
""",
    # ===== Spanish: series review, extract =====
    "es_critica_extract": """\
T Crítica de 'La casa de papel: Berlín': el atraco más elegante
R Por Lucía Fernández
R 29 de diciembre de 2023
A Aviso: este artículo contiene spoilers.
A Creadores: Álex Pina, Esther Martínez Lobato
A Reparto: Pedro Alonso, Michelle Jenner, Tristán Ulloa
A Episodios: 8
A Berlín vuelve a París con una banda nueva y un plan imposible: robar joyas por valor de 44 millones de euros.
A La serie funciona mejor como comedia romántica que como thriller.
A «El amor es el único atraco que merece la pena».
A Puntuación: 3,5/5
R Dónde ver
R Ver en Netflix
R Tráiler
R Te puede interesar
R Las 10 mejores series de Netflix de 2023
R Compartir en Facebook
R Compartir en WhatsApp
""",
    # ===== Spanish: Netflix estrenos, all visible text =====
    "es_estrenos_full": """\
R Ir al contenido
R Inicio
R Series
R Películas
R Streaming
R Estrenos
T Estrenos de Netflix en marzo de 2024: todas las series y películas
R Redacción
R 01/03/2024 - 08:30
A Marzo llega cargado de novedades a Netflix, con el regreso de una de las series españolas más vistas.
A Estas son las fechas de estreno:
A 1 de marzo: Spaceman
A 7 de marzo: Los caballeros
A 14 de marzo: Supersex
A 21 de marzo: El problema de los 3 cuerpos
A 28 de marzo: Ripley
A Nuestra recomendación: "El problema de los 3 cuerpos", de los creadores de Juego de Tronos.
R Ver tráiler
R Noticias relacionadas
R Estrenos de HBO Max en marzo de 2024
R Suscríbete a nuestra newsletter
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
R Rechazar
""",
    # ===== Spanish: reality show (Operación Triunfo) results, full =====
    "es_reality_full": """\
R Televisión
R Famosos
R Realities
R Series
T 'Operación Triunfo': quién ha sido el expulsado de la gala 9
R Actualizado: 12/02/2024 00:45
A Juanjo, Paul Thin y Lucas eran los tres nominados de la semana.
A El público ha decidido que el expulsado sea Lucas, con el 21% de los votos.
A Porcentajes de la votación:
A Paul Thin: 45%
A Juanjo: 34%
A Lucas: 21%
A "Me voy muy feliz, esto ha sido un sueño", dijo Lucas antes de abandonar el plató.
R Ver la gala completa en Prime Video
R Lo más visto
R Los concursantes de OT 2023, uno a uno
R Síguenos en Instagram
R © 2024 Televisión Hoy
""",
    # ===== Italian: film review, extract =====
    "it_recensione_extract": """\
T C'è ancora domani, la recensione: il film di Paola Cortellesi
R Di Marco Rossi
R 26 ottobre 2023
A Regia: Paola Cortellesi
A Cast: Paola Cortellesi, Valerio Mastandrea, Romana Maggiora Vergano
A Durata: 118 minuti
A Voto: 8
A Roma, 1946: Delia è una moglie e madre che subisce in silenzio le violenze del marito Ivano.
A Cortellesi dirige il suo primo film in bianco e nero, con un coraggio e un'ironia che sorprendono.
A «Non è niente, una cosa da niente.»
A Il finale, di cui non diremo nulla, è tra i più belli del cinema italiano recente.
R Guarda il trailer
R Dove vederlo in streaming
R Leggi anche
R I migliori film italiani del 2023
R Condividi su Facebook
""",
    # ===== Italian: ascolti TV, all visible text =====
    "it_ascolti_full": """\
R Vai al contenuto
R Home
R TV
R Serie TV
R Cinema
R Ascolti
T Ascolti TV di domenica 3 marzo: vince Rai 1 con "Il Commissario Montalbano"
R 04/03/2024 10:30
R Condividi
A Il Commissario Montalbano in replica ha vinto la serata di domenica su Rai 1 con 4,2 milioni di spettatori.
A Gli ascolti della prima serata:
A Rai 1, Il Commissario Montalbano: 4.203.000 (21,9%)
A Canale 5, Terra Amara: 2.887.000 (15,1%)
A Rai 3, Report: 1.710.000 (8,4%)
A Nove, Che tempo che fa: 2.104.000 (10,3%)
A In access, Affari Tuoi ha registrato 5,8 milioni di spettatori.
R Potrebbe interessarti anche
R Ascolti TV sabato 2 marzo
R Iscriviti alla newsletter
R Privacy Policy
R Cookie Policy
R © 2024 TV Blog Srl - P.IVA 01234567890
""",
    # ===== Italian: reality, extract =====
    "it_reality_extract": """\
T Grande Fratello, chi è stato eliminato ieri sera
A Nella puntata di lunedì del Grande Fratello è stata eliminata Letizia Petris.
A Le percentuali del televoto:
A Rosy: 42%
A Perla: 36%
A Letizia: 22%
A "Questa esperienza mi ha cambiato la vita", ha detto Letizia uscendo dalla casa.
A La prossima puntata andrà in onda giovedì su Canale 5.
R Guarda la puntata su Mediaset Infinity
R Segui Grande Fratello su Instagram
R Leggi anche
R Grande Fratello, chi sono i concorrenti
""",
    # ===== Portuguese: crítica, full =====
    "pt_critica_full": """\
R Ir para o conteúdo
R Cinema
R Séries
R Streaming
R Críticas
R Início > Cinema > Críticas
T Crítica: 'Ainda Estou Aqui' é o melhor filme de Walter Salles
R Por Pedro Almeida
R 07/11/2024 09h00
A Direção: Walter Salles
A Elenco: Fernanda Torres, Selton Mello, Fernanda Montenegro
A Duração: 137 minutos
A Nota: 5/5
A Rio de Janeiro, 1971: a família de Rubens Paiva vive uma vida confortável até que o ex-deputado é levado pelos militares.
A Fernanda Torres entrega a atuação da sua carreira.
A "Sorriam."
A O filme estreia nos cinemas nesta quinta-feira.
R Assista ao trailer
R Onde assistir
R Leia também
R Os filmes brasileiros mais esperados de 2025
R Receba nossa newsletter
R Política de privacidade
R Termos de uso
R Este site usa cookies para melhorar sua experiência.
R Aceitar
R © 2024 Tela Viva Comunicação
""",
    # ===== Portuguese: audiências / novela, extract =====
    "pt_novela_extract": """\
T Resumo da novela 'Renascer': capítulo de sexta-feira, 15 de março
A Capítulo 40
A José Inocêncio descobre que Maria Santa está grávida e toma uma decisão que muda tudo.
A Egídio confronta Eliana sobre a carta escondida.
A João Pedro e Mariana trocam o primeiro beijo.
A "Eu não vou deixar ninguém tirar essa terra de mim", diz José Inocêncio.
A Renascer vai ao ar de segunda a sábado, às 21h, na Globo.
R Assista no Globoplay
R Veja também
R Resumo da semana de 'Renascer'
R Compartilhe
""",
    # ===== Portuguese: Netflix lançamentos, extract =====
    "pt_lancamentos_extract": """\
T Lançamentos da Netflix na semana (de 8 a 14 de abril)
A A Netflix tem novidades para todos os gostos nesta semana.
A Confira a lista:
A 8 de abril: Spirit Rangers (temporada 3)
A 10 de abril: Ripley
A 11 de abril: Bebê Rena
A 12 de abril: Parasyte: Os Cinzas
A Destaque da semana: 'Bebê Rena', série britânica baseada em fatos reais.
R Assistir na Netflix
R Veja mais
R Os filmes mais vistos da Netflix hoje
""",
    # ===== Dutch: recensie, full =====
    "nl_recensie_full": """\
R Naar hoofdinhoud
R Film
R Series
R Streaming
R Recensies
R Home › Film › Recensies
T Recensie 'Oppenheimer': Nolan op zijn best
R Door Sanne de Vries
R 19 juli 2023, 14:00
A Regie: Christopher Nolan
A Met: Cillian Murphy, Emily Blunt, Robert Downey Jr.
A Speelduur: 180 minuten
A ★★★★★
A Nolan vertelt het verhaal van de vader van de atoombom als een drie uur durende thriller die nergens verslapt.
A Cillian Murphy is fenomenaal als de getormenteerde natuurkundige.
A "Now I am become Death, the destroyer of worlds."
A Oppenheimer draait vanaf donderdag in de bioscoop.
R Bekijk de trailer
R Meer recensies
R 'Barbie' recensie: roze, slim en grappig
R Schrijf je in voor onze nieuwsbrief
R Colofon
R Privacy
R Cookies
R © 2023 Filmblad
""",
    # ===== Dutch: kijkcijfers, extract =====
    "nl_kijkcijfers_extract": """\
T Kijkcijfers: 'Wie is de Mol?' trekt ruim 2 miljoen kijkers
R 12 maart 2024
A Wie is de Mol? was zaterdag opnieuw het best bekeken programma van de avond.
A De top 5 van zaterdag:
A 1. Wie is de Mol? (NPO 1): 2.134.000
A 2. NOS Journaal 20.00 uur (NPO 1): 1.871.000
A 3. Heel Holland Bakt (NPO 1): 1.402.000
A 4. Studio Sport (NPO 1): 987.000
A 5. Ik hou van Holland (RTL 4): 812.000
A Uitgesteld kijken is daarbij niet meegeteld.
R Bekijk Wie is de Mol? op NPO Start
R Lees ook
R Dit zijn de kandidaten van Wie is de Mol? 2024
R Deel dit artikel
""",
    # ===== English: trailer post, extract =====
    "en_trailer_extract": """\
T 'Gladiator II' trailer: Paul Mescal enters the Colosseum
A Paramount has released the first trailer for Gladiator II, Ridley Scott's sequel to his 2000 Oscar winner.
A Paul Mescal plays Lucius, the grown-up son of Lucilla, who is forced into the arena after Rome conquers his home.
A Denzel Washington, Pedro Pascal and Joseph Quinn co-star.
A "Strength and honour."
A Gladiator II opens in theaters on November 22.
R Watch the trailer below:
R Video Player is loading.
R Current Time 0:00
R Duration 2:41
R More trailers
R 'Wicked' final trailer
R Share
R Tweet
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== a where-to-watch explainer: the article's own list of services under its sentence, the page's button under it
    "en_howto_watch_extract": """\
T How to watch 'Oppenheimer': is it streaming yet?
R By Dana Frost
R Updated March 11, 2024
A Christopher Nolan's Oppenheimer swept the Oscars on Sunday night, winning seven awards including best picture.
A If you missed it in cinemas, here is how to watch it in the UK and the US:
A Stream Oppenheimer on Peacock
A Stream Oppenheimer on Prime Video
A Rent it on Apple TV or YouTube
A The film is also out on 4K Blu-ray, with three hours of extras about the making of the Trinity test.
A Oppenheimer runs for 180 minutes, so you may want to plan an interval.
R Watch now on Peacock
R Watch the trailer
R Related
R Oscars 2024: the full list of winners
""",
    # ===== a trailer post with a player's whole text, all visible text =====
    "en_teaser_full": """\
R Skip to main content
R Movies
R TV
R Streaming
R Trailers
R Home / Trailers
T 'Wicked' teaser: Cynthia Erivo and Ariana Grande defy gravity
R By Alex Moreno
R February 11, 2024
A Universal dropped the first teaser for Wicked during the Super Bowl, and it offers the best look yet at Jon M. Chu's take on Oz.
A Watch the first teaser for Wicked below and decide for yourself whether the green skin works.
R Video Player is loading.
R Play Video
R Current Time 0:00
R /
R Duration 1:42
R Remaining Time -1:42
R This is a modal window.
A The film is split in two parts: the first opens on November 27, the second a year later.
A "Something has changed within me."
A Michelle Yeoh and Jeff Goldblum co-star.
R Stream Wicked on Peacock
R More trailers
R 'Gladiator II' official trailer
R 'Joker: Folie à Deux' teaser
R Privacy Policy
R © 2024 Screen Rant Media
""",
    # ===== Portuguese: where to watch the Oscar films, the article's list and the page's buttons =====
    "pt_onde_assistir_extract": """\
T Oscar 2024: onde assistir aos filmes indicados
A Os filmes indicados ao Oscar já estão quase todos disponíveis nas plataformas de streaming no Brasil.
A Confira onde assistir aos principais indicados da noite:
A Veja Pobres Criaturas no Disney+
A Veja Oppenheimer no Prime Video
A Veja Barbie na Max
A Anatomia de uma Queda ainda está em cartaz nos cinemas de São Paulo e do Rio.
R Assista agora no Globoplay
R Tempo atual 0:00
R Leia também
R Oscar 2024: todos os vencedores
""",
    # ===== Dutch: a ratings story with the broadcaster's button and an article line naming the service ======
    "nl_kijkcijfers_full": """\
R Menu
R Media
R Tv
R Kijkcijfers
T Kijkcijfers: finale 'De Verraders' trekt 1,6 miljoen kijkers
R 28 februari 2024
A De finale van De Verraders was dinsdag het best bekeken programma van de avond.
A Ook online deed het programma het goed: op Videoland werd de finale 400.000 keer gestart.
A De top 3 van dinsdag:
A 1. NOS Journaal 20.00 uur (NPO 1): 1.701.000
A 2. De Verraders (RTL 4): 1.612.000
A 3. Boer zoekt vrouw (KRO-NCRV): 1.105.000
A Het nieuwe seizoen van De Verraders is al in voorbereiding.
R Kijk nu op Videoland
R Huidige tijd 0:00
R Resterende tijd -1:12
R Lees ook
R De kandidaten van De Verraders 2024
R © 2024 Mediablad
""",
    # ===== Italian: a series review with the service's button and the player =====
    "it_serie_extract": """\
T Mare Fuori 4, la recensione: la serie cresce ancora
R Di Giulia Bianchi
A Regia: Ivan Silvestrini
A Cast: Carolina Crescentini, Carmine Recano, Maria Esposito
A Episodi: 12
A Voto: 7,5
A La quarta stagione di Mare Fuori riparte dal carcere minorile di Napoli, tra nuovi arrivi e vecchie ferite.
A Su RaiPlay è disponibile l'intera stagione, mentre Rai 2 trasmette due episodi a settimana.
A «Il mare fuori è la libertà che non abbiamo.»
R Guardala su RaiPlay
R Tempo attuale 0:00
R Tempo rimanente -3:05
R Leggi anche
R Mare Fuori 5, quando esce
""",
    # ===== German: a trailer post with the player's text =====
    "de_trailer_extract": """\
T "Der Spitzname": Der erste Trailer ist da
A Nach "Der Vorname" und "Der Nachname" kommt im Dezember der dritte Teil der Komödienreihe von Sönke Wortmann ins Kino.
A Regie: Sönke Wortmann
A Darsteller: Christoph Maria Herbst, Iris Berben, Florian David Fitz
A Kinostart: 19. Dezember 2024
A Im Trailer streitet die Familie diesmal auf einer Hochzeit in den Tiroler Alpen.
R Videoplayer wird geladen.
R Aktuelle Zeit 0:00
R Verbleibende Zeit -2:03
R Trailer ansehen
R Mehr Trailer
R "Gladiator II": Der finale Trailer
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a where-to-watch box's line with no verb, the series' name and its services ("Babylon Berlin bei Sky und WOW"):
    # a sentence's fragment, a fact box's row ("Verfügbar bei Sky und WOW") or a list's item read the same
    "de_serienkritik_extract": 1,
    # a where-to-watch box's heading ("Dove vederlo in streaming"): an explainer's own subheading over the paragraph
    # that names the service reads the same (no table takes it between the article's lines)
    "it_recensione_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a review per language, the residue line put before or after them
TEXT = {
    "en": [
        "Greta Gerwig's film is a candy-coloured comedy that turns out to be a sharp essay on growing up and growing old.",
        "Margot Robbie is perfect as the doll who starts thinking about death in the middle of a dance party.",
        "Ryan Gosling steals every scene he is in, and the Ken song is the funniest musical number in years.",
    ],
    "de": [
        "Der Film erzählt von einer Puppe, die plötzlich über den Tod nachdenkt und sich auf den Weg in die echte Welt macht.",
        "Margot Robbie spielt die Hauptrolle mit großem Witz und einer überraschenden Ernsthaftigkeit.",
        "Ryan Gosling stiehlt ihr allerdings in jeder seiner Szenen die Schau, vor allem mit seinem Lied.",
    ],
    "fr": [
        "Le film raconte l'histoire d'une poupée qui se met soudain à penser à la mort et part pour le monde réel.",
        "Margot Robbie joue le rôle principal avec beaucoup d'humour et une gravité inattendue.",
        "Ryan Gosling lui vole pourtant la vedette dans chacune de ses scènes, surtout avec sa chanson.",
    ],
    "es": [
        "La película cuenta la historia de una muñeca que de repente empieza a pensar en la muerte y viaja al mundo real.",
        "Margot Robbie interpreta a la protagonista con mucho humor y una seriedad inesperada.",
        "Ryan Gosling, sin embargo, le roba el protagonismo en cada una de sus escenas, sobre todo con su canción.",
    ],
    "it": [
        "Il film racconta di una bambola che all'improvviso comincia a pensare alla morte e parte per il mondo reale.",
        "Margot Robbie interpreta la protagonista con grande ironia e una serietà inaspettata.",
        "Ryan Gosling però le ruba la scena in ognuna delle sue apparizioni, soprattutto con la sua canzone.",
    ],
    "pt": [
        "O filme conta a história de uma boneca que de repente começa a pensar na morte e parte para o mundo real.",
        "Margot Robbie interpreta a protagonista com muito humor e uma seriedade inesperada.",
        "Ryan Gosling, no entanto, rouba a cena em cada uma das suas aparições, sobretudo com a sua canção.",
    ],
    "nl": [
        "De film vertelt het verhaal van een pop die plotseling aan de dood begint te denken en naar de echte wereld reist.",
        "Margot Robbie speelt de hoofdrol met veel humor en een onverwachte ernst.",
        "Ryan Gosling steelt echter in elk van zijn scènes de show, vooral met zijn lied.",
    ],
}

_SC, _TB = "site-chrome", "teaser-box"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Stream The Bear on Disney+", _SC),
    ("en", "Watch now on Netflix", _SC),
    ("en", "Stream Oppenheimer on Peacock ▶", _SC),
    ("en", "Video Player is loading.", _SC),
    ("en", "Current Time 0:00", _SC),
    ("en", "Remaining Time -2:41", _SC),
    ("en", "This is a modal window.", _SC),
    ("en", "Watch the trailer below:", _SC),
    ("en", "Watch the first teaser for Wicked here.", _SC),
    ("de", "Videoplayer wird geladen.", _SC),
    ("de", "Aktuelle Zeit 0:00", _SC),
    ("fr", "Temps actuel 0:00", _SC),
    ("es", "Tiempo restante -2:41", _SC),
    ("it", "Guardalo su Netflix", _SC),
    ("it", "Guarda la puntata su Mediaset Infinity", _SC),
    ("it", "Tempo rimanente -3:05", _SC),
    ("pt", "Assistir na Netflix", _SC),
    ("pt", "Assista agora no Globoplay", _SC),
    ("pt", "Tempo atual 0:00", _SC),
    ("nl", "Bekijk Wie is de Mol? op NPO Start", _SC),
    ("nl", "Kijk nu op Videoland", _SC),
    ("nl", "Huidige tijd 0:00", _SC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Stream The Bear on Disney+ and you will see why the kitchen scenes feel so real, the chef told us."),
    ("en", "Watch it on Netflix."),
    ("en", "Watch the trailer below and decide for yourself whether the de-ageing of the lead actor works."),
    ("en", "More trailers are expected before the film opens in November, the studio said on Monday."),
    ("en", "Video player sales fell sharply in the 2000s as streaming took over the living room."),
    ("en", "Current time zones matter: the premiere starts at 0:00 GMT, which is 7pm on the US east coast."),
    ("de", "Der Videoplayer wird geladen, sobald die Seite fertig ist, erklärte der Entwickler der Mediathek."),
    ("de", "Mehr Trailer als je zuvor zeigte das Studio in diesem Jahr auf der Comic-Con in San Diego."),
    ("it", "Guardalo su Netflix, mi ha detto mia sorella, ed è stato il miglior consiglio dell'anno."),
    ("pt", "Assistir na Netflix virou um hábito para milhões de famílias brasileiras durante a pandemia."),
    ("nl", "Bekijk het programma op NPO Start, adviseerde de omroep kijkers die de uitzending hadden gemist."),
    ("fr", "Le temps actuel de la course, 2:41, reste loin du record établi l'an dernier à Chamonix."),
    ("es", "El tiempo restante del contrato, dos años, pesa en la negociación con la plataforma."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_kept = kept


_P = TEXT["en"]


def test_an_announced_where_to_watch_list_stays() -> None:
    # site-chrome (edge_screen.listed_service_button): the article's list under its sentence closed by a colon, at the
    # tail or between paragraphs
    items = ["Stream Barbie on Max", "Stream Barbie on Prime Video"]
    for page in (
        [_P[0], "Here is how to watch it in the UK and the US:", *items, *_P[1:]],
        [*_P, "Here is how to watch it in the UK and the US:", *items],
    ):
        lost_lines, gone = _kept(page)
        assert lost_lines == [], gone


def test_a_service_button_under_a_label_or_the_last_sentence_still_goes() -> None:
    # (a box's label of fewer than five words, or the article's last sentence, announces no list)
    for page in ([*_P, "Where to watch:", "Stream Barbie on Max"], [*_P, "Stream Barbie on Max"]):
        _lost, gone = _kept(page)
        assert ("site-chrome", "Stream Barbie on Max") in gone, gone


def test_a_players_length_beside_its_controls_goes() -> None:
    # site-chrome (edge_screen.lone_player_part): the player's "Duration" and "/" go next to its other controls
    player = ["Video Player is loading.", "Current Time 0:00", "/", "Duration 1:42", "Remaining Time -1:42"]
    lost_lines, gone = _kept([_P[0], *player, *_P[1:]])
    assert lost_lines == player, gone


def test_a_length_alone_or_in_a_fact_box_stays() -> None:
    # (away from the player a film's fact box row or a podcast's length reads the same)
    for page in (
        [_P[0], "Duration 2:31", *_P[1:]],
        [*_P, "Director: Greta Gerwig", "Duration 1:54"],
        [_P[0], "Genre: Comedy", "Duration 1:54", "Rating: 12A", *_P[1:]],
        ["Dauer 2:03", *_P],
    ):
        lost_lines, gone = _kept(page)
        assert lost_lines == [], gone


if __name__ == "__main__":
    report(CASES)
