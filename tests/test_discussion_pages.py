"""DISCUSSION pages scraped as text: a page that IS a discussion (a forum thread, a Reddit-style post
with its replies, a Q&A page with its answers, a mailing-list thread, a support community's thread),
whose replies are its content, against news and blog pages whose reader comments are residue.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). On a discussion page the post and the replies' text are ``A``; the UI
around them (a username or a vote count alone, "Reply", "Quote", "Share", "Report", "Log in to
reply", pagination, the site's menu, cookie banner and footer) is ``R``. On the four control pages
(a news story and a blog post with reader comments under them) the comments are ``R``: the probe
holds both sides. Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink.

Ten discussion pages in English, German, French and Spanish, five as a NAIVE scraper keeps them
(all the visible text: menu, cookie banner, footer) and five as an EXTRACTOR lets them through;
four control pages, two of each kind.

Measured when the probe was written, before any rule change (14 pages, 82 article and 365 residue
lines): article lines lost 17 (the replies of six discussion pages, taken by comment-section: under a
count of replies, "87 comments", "6 réponses", under a Q&A page's "Add a comment", or as a thread
without a heading after a chosen answer; the greeting of a mailing list's first message, taken by
edge-furniture), residue lines left 55. After comment-section tells a discussion page (a short post
over a count of its replies and replies framed by their time or controls: see
``cleaner.passes.discussions``) and takes its frames' writers, times and votes: article lines lost 1
("Hi all,": 0 once a greeting over a paragraph was no furniture), residue lines left 46 (see ``RESIDUE_LEFT``); the control pages' comments still
all go.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import assert_survives, report, tagged_probe_tests
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a bulletin-board forum thread, with the site's menu, cookie banner and footer
    "en_forum_naive": """\
R Skip to content
R Home
R Board index
R Search
R Register
R Login
R We use cookies to keep you signed in and to count visits. By using the forum you agree to our use of cookies.
R Accept
R Board index ‹ Growing ‹ Vegetables
T Tomato leaves curling after repotting
R Post Reply
R 5 posts • Page 1 of 1
R greenthumb_kate
R Posts: 214
R Joined: Mar 2019
R Post by greenthumb_kate » Mon Jun 02, 2025 8:14 pm
A I moved my six tomato plants into bigger pots last weekend and now the top leaves are curling inwards. The soil is moist and they get about seven hours of sun a day.
A Did I damage the roots, or is this just the heat? Any advice welcome.
R Quote
R Top
R oldspade
R Posts: 3051
R Joined: Jan 2011
R Post by oldspade » Mon Jun 02, 2025 9:02 pm
A Leaf curl straight after repotting is almost always transplant shock. Keep watering as usual, don't feed them for two weeks and they should recover on their own.
R Quote
R Top
R marigold
R Posts: 87
R Post by marigold » Tue Jun 03, 2025 7:40 am
A Could also be the heat. Mine did exactly the same when we had 30 degrees last summer, and the leaves uncurled again every evening.
A Check them at dusk: if they flatten out again, it's the heat, not the roots.
R Quote
R Top
R greenthumb_kate
R Posts: 214
R Post by greenthumb_kate » Tue Jun 03, 2025 6:55 pm
A Checked at dusk and they were completely flat again. Thanks both, I'll put some shade netting up over the hottest part of the day.
R Quote
R Top
R Display posts from previous: All posts
R Post Reply
R Return to “Vegetables”
R Jump to
R Who is online
R Users browsing this forum: No registered users and 3 guests
R Privacy | Terms
R Powered by BoardWorks Forum Software
""",
    # EXTRACTOR: a Reddit-style post with nested replies, points and levels
    "en_reddit_extractor": """\
R Posted by u/tinkerbrew 5 hours ago
T My sourdough starter smells like nail polish remover. Is it dead?
A I started it twelve days ago with rye flour. It rose well in the first week, but now it smells sharp, like acetone, and barely bubbles at all.
A I feed it once a day, 50 g of flour and 50 g of water. What am I doing wrong?
R 87 comments
R Share
R Report
R Save
R level 1
R crumbcoat
R · 4 hr. ago
A It's hungry, not dead. The acetone smell means it has run out of food, so feed it twice a day for a few days and it will calm down.
R 142 points
R Reply
R level 2
R tinkerbrew
R OP · 4 hr. ago
A Twice a day with the same amounts? I'll try that tonight.
R 18 points
R Reply
R level 3
R crumbcoat
R · 3 hr. ago
A Same amounts, but throw away all but about 50 g of the starter before each feed, otherwise it never catches up.
R 40 points
R Reply
R level 1
R ovenspring
R · 2 hr. ago
A Also keep it somewhere warmer. Below about 20 degrees a young starter is very slow, and the sour smell gets worse.
R 27 points
R Reply
R View more comments
""",
    # NAIVE: a Q&A page with its question, answers, votes and comments under them
    "en_qa_naive": """\
R Skip to main content
R Questions
R Tags
R Users
R Log in
R Sign up
T How do I undo the last Git commit but keep my changes?
R Asked 3 years, 2 months ago
R Modified 1 year ago
R Viewed 48k times
R 214
A I committed the wrong files to my local branch and have not pushed anything yet. I want to undo the commit but keep the changes in my working directory so that I can commit them properly.
A What is the safest command for this?
R git
R git-reset
R Share
R Improve this question
R Follow
R asked Mar 14, 2022 at 9:12
R devon_k
R Add a comment
R 3 Answers
R Sorted by: Highest score (default)
R 388
R Accepted answer
A Use a soft reset: git reset --soft HEAD~1
A This moves the branch back by one commit and leaves your changes staged, so you can fix them and commit again.
R Share
R Follow
R answered Mar 14, 2022 at 9:20
R mira.s
A Nice, and if you want the changes unstaged as well, use --mixed instead of --soft.
R – devon_k Mar 14, 2022 at 9:31
R Add a comment
R 41
A If you have already pushed, don't rewrite the history. Make a new commit that undoes the last one with git revert HEAD instead.
R Share
R Follow
R answered Mar 15, 2022 at 16:05
R paulo_r
R Add a comment
R Your Answer
R Post Your Answer
R By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.
R Not the answer you're looking for? Browse other questions tagged git git-reset or ask your own question.
R Hot Network Questions
R Site design / logo © 2025 ExampleStack Inc; user contributions licensed under CC BY-SA.
""",
    # EXTRACTOR: a mailing-list thread in a web archive's thread view
    "en_mailing_list": """\
T Seed swap on 14 March: who is bringing what?
R 4 messages
R Ruth Hallam
R 24 Feb 2025, 18:02
R to garden-club
A Hi all,
A The seed swap is on Saturday 14 March in the church hall, from 10 till 12. Could everyone reply with what they are bringing, so that we don't end up with forty packets of runner beans again?
A I will bring tomato and chilli seeds, and the tea urn.
A Ruth
R Reply all
R Tom Pryce
R 24 Feb 2025, 19:15
R to garden-club
A I can bring broad beans and about thirty packets of sweet peas that I saved from last summer.
A Tom
R Reply all
R Ruth Hallam
R 25 Feb 2025, 08:40
R to garden-club
A Thanks Tom, sweet peas always go first. Could you also bring the folding tables from the shed?
R Reply all
R Ann Whitcombe
R 25 Feb 2025, 12:03
R to garden-club
A Squash and courgette seeds from me, and I will run the plant stall at the door.
A Ann
R Reply all
R Forward
""",
    # NAIVE: a German forum thread ("7 Antworten"), with the site's menu, cookie banner and footer
    "de_forum_naive": """\
R Zum Inhalt springen
R Startseite
R Foren
R Neue Beiträge
R Anmelden
R Registrieren
R Wir verwenden Cookies, um dich angemeldet zu halten und die Nutzung des Forums zu messen.
R Alle akzeptieren
R Foren › Haus und Garten › Heizung
T Heizung macht nachts klopfende Geräusche
R Ersteller heizer_klaus
R Erstellt am 12. Januar 2025
R 7 Antworten
R heizer_klaus
R Mitglied seit 03.2018
R Beiträge: 412
R 12.01.2025 um 21:14
A Seit ein paar Tagen klopft es nachts in den Heizungsrohren, immer so gegen drei Uhr. Die Therme ist acht Jahre alt und der Druck liegt bei 1,2 bar.
A Hat jemand eine Idee, woran das liegen kann? Muss ich gleich den Installateur rufen?
R Zitieren
R Antworten
R rohrfrei
R Mitglied seit 11.2012
R Beiträge: 5.230
R 12.01.2025 um 22:03
A Das klingt nach Luft im System. Entlüfte zuerst alle Heizkörper, von unten nach oben, und füll dann Wasser nach, bis der Druck wieder bei etwa 1,5 bar liegt.
R Zitieren
R Antworten
R heizer_klaus
R Beiträge: 412
R 13.01.2025 um 19:40
A Danke, ich habe alle Heizkörper entlüftet. Aus dem im Bad kam tatsächlich eine Menge Luft.
A Heute Nacht war es schon deutlich leiser.
R Zitieren
R Antworten
R Thermo_Jana
R Mitglied seit 06.2020
R Beiträge: 88
R 14.01.2025 um 08:12
A Bei uns war es die Nachtabsenkung: Um drei Uhr springt die Heizung wieder an und die Rohre dehnen sich aus. Das Knacken ist dann harmlos.
R Zitieren
R Antworten
R Du musst angemeldet sein, um hier antworten zu können.
R Benutzer in diesem Forum: 0 Mitglieder und 4 Gäste
R Impressum
R Datenschutz
R Nutzungsbedingungen
R © 2025 Heimwerkerforum
""",
    # EXTRACTOR: a support community's thread, with its accepted answer
    "de_support_extractor": """\
T Router verliert jede Nacht die Internetverbindung
R Gelöst
R Gestartet von netzwerk_ute am 03.03.2025
A Hallo zusammen, mein Router verliert seit einer Woche jede Nacht gegen zwei Uhr die Verbindung und baut sie erst nach zehn Minuten wieder auf.
A Die Firmware ist aktuell und die Kabel habe ich schon getauscht. Was kann ich noch tun?
R 4 Antworten
R Beste Antwort
R Moderator_Leon
R Community-Moderator
R 03.03.2025 14:22
A Das ist die nächtliche Zwangstrennung deines Anschlusses. Du kannst im Router unter Internet und Zugangsdaten einstellen, dass sie zu einer festen Uhrzeit erfolgt, zum Beispiel um fünf Uhr morgens.
R 12 Personen fanden das hilfreich
R netzwerk_ute
R 03.03.2025 18:05
A Danke, das war es. Ich habe die Trennung auf fünf Uhr gelegt und seitdem läuft alles.
R Antworten
R Daniel_K
R 04.03.2025 09:31
A Bei mir hilft das leider nicht, die Verbindung bricht zu ganz unterschiedlichen Zeiten ab.
R Antworten
R Moderator_Leon
R 04.03.2025 10:02
A Dann mach bitte ein eigenes Thema auf und häng das Ereignisprotokoll deines Routers an, dann schauen wir uns das an.
R Antworten
""",
    # EXTRACTOR: a French forum thread ("6 réponses")
    "fr_forum_extractor": """\
T Mon vélo électrique perd de l'autonomie, batterie à changer ?
R Sujet ouvert par cyclo_marie le 9 avril 2025
A Bonjour à tous, ma batterie de 500 Wh tenait 80 km il y a deux ans et ne fait plus que 45 km sur le même trajet.
A Est-ce normal après 600 cycles, ou est-ce que je dois la faire vérifier avant d'en racheter une ?
R 6 réponses
R Trier par : Les plus récents
R pignon_fixe
R 9 avril 2025 à 19:32
A Après 600 cycles, perdre un tiers de la capacité est assez courant. Demande au vendeur un diagnostic, la plupart des marques ont un outil pour lire l'état de la batterie.
R Citer
R Répondre
R cyclo_marie
R 10 avril 2025 à 08:10
A Merci, je ne savais pas qu'on pouvait lire l'état de la batterie. Je passe chez le vendeur samedi.
R Citer
R Répondre
R VeloTaf69
R 11 avril 2025 à 12:47
A Pense aussi à la pression des pneus et au froid. En hiver, je perds facilement vingt kilomètres d'autonomie.
R 3 J'aime
R Citer
R Répondre
R Connectez-vous pour répondre
""",
    # NAIVE: a French Q&A page, with the site's menu and footer
    "fr_qa_naive": """\
R Aller au contenu principal
R Accueil
R Questions
R Poser une question
R Connexion
R Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
R OK
T Peut-on planter des tulipes en janvier ?
R Question posée par jardin_lucie il y a 2 mois
A J'ai oublié de planter mes bulbes de tulipes en automne et ils sont toujours dans leur sac. Est-ce qu'il est trop tard pour les mettre en terre maintenant ?
R 4 réponses
R Meilleure réponse
R horticole_paul
R il y a 2 mois
A Non, ce n'est pas trop tard tant que le sol n'est pas gelé. Plantez-les à quinze centimètres de profondeur, elles fleuriront simplement un peu plus tard.
R 15 votes
R Répondre
R Signaler
R bulbes_et_co
R il y a 2 mois
A Vérifiez d'abord que les bulbes sont encore fermes. S'ils sont mous ou moisis, ils ne donneront rien.
R 6 votes
R Répondre
R Signaler
R jardin_lucie
R il y a 2 mois
A Ils étaient encore fermes, je les ai plantés ce week-end. Merci pour vos conseils !
R Répondre
R Signaler
R Questions similaires
R Quand tailler les rosiers ?
R Mentions légales
R Confidentialité
R © 2025 Questions Jardin
""",
    # NAIVE: a Spanish forum thread ("5 respuestas"), with the site's menu, cookie banner and footer
    "es_forum_naive": """\
R Ir al contenido
R Inicio
R Foros
R Mensajes nuevos
R Iniciar sesión
R Registrarse
R Usamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Foros › Viajes › Europa
T ¿Merece la pena alquilar coche para recorrer Asturias en una semana?
R Iniciado por viajera_marta
R 5 respuestas
R viajera_marta
R Mensajes: 38
R 2 de mayo de 2025, 10:15
A Vamos a ir dos adultos y un niño a finales de junio y queremos ver los Picos de Europa, Cudillero y Llanes.
A ¿Se puede hacer bien en autobús o es mejor alquilar un coche desde Oviedo?
R Citar
R Responder
R norteño_luis
R Mensajes: 1.204
R 2 de mayo de 2025, 11:02
A Alquila coche sin dudarlo. Los autobuses a los Picos de Europa son muy pocos y en junio se llenan enseguida.
R Citar
R Responder
R ana_gijon
R Mensajes: 310
R 2 de mayo de 2025, 13:47
A Para los lagos de Covadonga, ojo: en verano el acceso en coche está cortado durante el día y hay que subir en el autobús lanzadera desde Cangas de Onís.
R Citar
R Responder
R viajera_marta
R Mensajes: 38
R 3 de mayo de 2025, 09:20
A Muchas gracias a los dos, reservamos coche en Oviedo y miraremos los horarios de la lanzadera.
R Citar
R Responder
R Debes iniciar sesión para responder en este tema.
R Aviso legal
R Política de privacidad
R © 2025 Foro de Viajeros
""",
    # EXTRACTOR: a Spanish support community's thread, with its accepted solution
    "es_support_extractor": """\
T La lavadora no centrifuga y muestra el error E21
R Solucionado
R Publicado por carlos_r el 18 de febrero de 2025
A Hola, desde ayer la lavadora termina el lavado pero no centrifuga, y en la pantalla aparece el error E21. Tiene cuatro años.
A He limpiado el filtro de abajo y sigue igual. ¿Alguien sabe qué puede ser?
R 3 respuestas
R Respuesta aceptada
R tecnico_elena
R Experta de la comunidad
R 18 de febrero de 2025, 17:40
A El E21 indica que el agua no se vacía bien. Si el filtro ya está limpio, revisa la manguera de desagüe: suele doblarse detrás de la lavadora al moverla.
R 9 me gusta
R carlos_r
R 18 de febrero de 2025, 20:05
A Era eso, la manguera estaba doblada detrás del mueble. Ya centrifuga perfectamente, muchas gracias.
R Responder
R pedro_m
R 19 de febrero de 2025, 08:30
A A mí me pasó lo mismo y al final era la bomba de desagüe, que hubo que cambiar. Costó unos 90 euros con la mano de obra.
R Responder
""",
    # CONTROL, NAIVE: a news story with its reader comments (the comments are residue)
    "en_news_comments_naive": """\
R Skip to content
R News
R Sport
R Business
R Weather
R We use cookies to improve your experience on our site. Accept and continue
T Council approves £12m plan to reopen Hartley Street baths
R By Daniel Crane, Local Democracy Reporter
R 14 May 2025, 06:00
A Hartley Street baths, closed since 2019, will reopen as a public pool and community centre after councillors approved a £12 million plan on Tuesday night.
A The Victorian building was shut when inspectors found cracks in the main pool's tank. A campaign to save it gathered more than 9,000 signatures in two years.
A Under the plan, the main pool will be relined and the smaller learner pool turned into a gym and a café. Work is due to start in September and take eighteen months.
A Councillor Priya Natt, who chairs the leisure committee, said the baths were "part of the town's history" and would be open to swimmers by spring 2027.
A The money comes from a £7 million government grant, £3 million of council borrowing and £2 million raised by the Friends of Hartley Street Baths.
A Opposition councillors said the running costs, estimated at £600,000 a year, had not been fully explained. The council said ticket prices would match those at its other two pools.
A Campaigners welcomed the vote. "We never thought we would get here," said Joan Lacey, who learned to swim at the baths in 1958.
R Share this article
R 148 comments
R Sort by: Newest
R swimmer_dave
R 2 hours ago
R About time. My kids have to travel 40 minutes for a lesson at the moment.
R 23 likes
R Reply
R Report
R Hartley_resident
R 3 hours ago
R £600k a year to run it? Who is going to pay for that when the council is already broke?
R 11 likes
R Reply
R Report
R Jen M
R 5 hours ago
R Great news! I learned to swim there too.
R 4 likes
R Reply
R Report
R Load more comments
R More from News
R Contact us
R Privacy policy
R © 2025 Northbridge Evening Post
""",
    # CONTROL, EXTRACTOR: a German blog post with its reader comments (the comments are residue)
    "de_blog_comments": """\
T Zwei Wochen mit dem Faltrad durch Brandenburg
R Veröffentlicht am 21. August 2025 von Lena
A Im Juli bin ich zwei Wochen lang mit meinem Faltrad durch Brandenburg gefahren, von Wittenberge an der Elbe bis nach Frankfurt an der Oder, insgesamt knapp 600 Kilometer.
A Das Faltrad hatte ich gewählt, weil ich einige Etappen mit dem Regionalzug abkürzen wollte. Zusammengeklappt passt es in jeden Zug, auch wenn das Fahrradabteil voll ist.
A Die schönste Etappe führte durch die Uckermark: kaum Autos, viele Seen und am Abend eine Pension direkt am Wasser. Die anstrengendste war der Oderbruch bei Gegenwind.
A Gepäck hatte ich nur zwölf Kilo dabei, verteilt auf eine Lenkertasche und eine große Satteltasche. Mehr würde ich auch beim nächsten Mal nicht mitnehmen.
A Übernachtet habe ich meist in kleinen Pensionen, die ich am Vortag angerufen habe. Nur zweimal war alles ausgebucht, einmal half mir ein Campingplatz mit einer Hütte aus.
A Mein Fazit: Für flache Strecken ist ein Faltrad eine echte Alternative, auf Kopfsteinpflaster und im Sand aber deutlich unbequemer als ein Reiserad.
R Teilen
R 5 Kommentare
R Martin
R 22. August 2025 um 08:14
R Toller Bericht! Welches Faltrad hast du denn genau?
R Antworten
R Lena
R 22. August 2025 um 09:30
R Danke, Martin! Es ist ein älteres Modell mit acht Gängen, den Hersteller nenne ich lieber nicht.
R Antworten
R Sabine K.
R 23. August 2025 um 17:45
R Die Uckermark ist wirklich wunderschön, da waren wir letztes Jahr auch. Viel Spaß noch!
R Antworten
R Schreibe einen Kommentar
R Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
""",
    # CONTROL, NAIVE: a French news story with its readers' reactions (the reactions are residue)
    "fr_news_comments_naive": """\
R Aller au contenu
R Actualités
R Sports
R Économie
R Nous utilisons des cookies pour améliorer votre expérience. Tout accepter
T Le tramway de Montbrison sera prolongé jusqu'à l'hôpital d'ici 2028
R Par Claire Dufour
R Publié le 3 juin 2025 à 18h30
A La métropole a voté mardi soir le prolongement de la ligne 2 du tramway sur trois kilomètres, jusqu'au nouvel hôpital, pour un coût estimé à 140 millions d'euros.
A Quatre nouvelles stations seront construites, dont une au pied de la cité universitaire. Les travaux doivent commencer à l'automne 2026 et durer un peu moins de deux ans.
A Le projet était attendu par les habitants du quartier nord, aujourd'hui desservi par une seule ligne de bus, souvent saturée aux heures de pointe.
A « Nous voulons que l'on puisse aller à l'hôpital sans voiture », a déclaré le vice-président chargé des transports, Marc Bellanger, lors de la séance.
A L'opposition a voté contre, estimant que le coût avait été sous-évalué et que les commerçants de l'avenue principale n'avaient pas été assez consultés.
A Une réunion publique est prévue le 19 juin à la mairie de quartier pour présenter le tracé et le calendrier des travaux.
R Partager
R 12 commentaires
R Trier par : Les plus récents
R Gérard_42
R il y a 3 heures
R Enfin ! Ça fait dix ans qu'on en parle.
R Répondre
R Signaler
R Une lectrice
R il y a 5 heures
R 140 millions pour trois kilomètres, vous trouvez ça raisonnable ?
R Répondre
R Signaler
R Voir plus de commentaires
R Mentions légales
R © 2025 Le Courrier du Forez
""",
    # CONTROL, EXTRACTOR: a Spanish blog post with its readers' comments (the comments are residue)
    "es_blog_comments": """\
T Cómo conservar el pan casero más de tres días
R Publicado el 10 de marzo de 2025 por Carmen
A Desde que hago pan en casa, la pregunta que más me hacéis es cómo conservarlo para que no se ponga duro al segundo día. Después de muchas pruebas, esto es lo que mejor me funciona.
A Lo primero es dejar que el pan se enfríe del todo sobre una rejilla antes de guardarlo. Si lo guardáis caliente, la humedad ablanda la corteza y aparece moho mucho antes.
A Para uno o dos días, una bolsa de tela o un paño de algodón es lo mejor. La bolsa de plástico conserva la miga tierna, pero la corteza se queda blanda.
A Si sé que no lo vamos a comer en tres días, lo corto en rebanadas y lo congelo. Las rebanadas se tuestan directamente, sin descongelar, y quedan como recién hechas.
A Un truco para el pan del día anterior: mojad ligeramente la corteza con agua y metedlo cinco minutos en el horno a 200 grados.
R Compartir
R 3 comentarios
R Lucía
R 11 de marzo de 2025 a las 9:12
R ¡Qué buenos consejos! Yo siempre lo guardaba en plástico y ahora entiendo por qué se ablandaba.
R Responder
R Javier M.
R 12 de marzo de 2025 a las 18:40
R ¿Y en la nevera? Mi madre siempre lo guardaba ahí.
R Responder
R Deja un comentario
R Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the user boxes' "Mitglied seit 11.2012" (a month and year, no day: the table's dates have one)
    "de_forum_naive": 2,
    # the thread's state and starter at the head ("Gelöst", "Gestartet von … am 03.03.2025"), a helpful-count and
    # the chosen answer's writer (over a role, "Community-Moderator", that reads as a name too)
    "de_support_extractor": 4,
    # a bulletin board's thread: no count of replies under the post ("5 posts • Page 1 of 1" heads it), so no
    # discussion is told, and its user boxes ("Posts: 3051", "Joined: Mar 2019", the writers' names, "Top") stay
    "en_forum_naive": 12,
    # a mailing list's thread view: the same, no count of replies under the first message; its senders and
    # "Reply all" stay
    "en_mailing_list": 11,
    # the question's votes and tags, its asker, "3 Answers" and the sort control
    "en_qa_naive": 7,
    # the replies' relative times ("· 4 hr. ago": no table has them) and "View more comments"
    "en_reddit_extractor": 5,
    # the thread's state ("Solucionado") and a writer's role
    "es_support_extractor": 2,
    # the thread's starter at the head
    "fr_forum_extractor": 1,
    # a related-questions box
    "fr_qa_naive": 2,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}  # ("Hi all,", the greeting over a mailing list's first message, was
# taken by edge-furniture with the archive's header lines above it: a greeting over a paragraph is no furniture)


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the shape, both sides: what keeps a discussion's replies, what still takes an article's comments -----

_STORY = ARTICLES["en"]  # three paragraphs, about 100 words


def _thread(*comments: str) -> list[str]:
    """A comment thread as text: a count, then each comment under its writer and time, "Reply" after it."""
    lines = [f"{len(comments)} comments"]
    for n, comment in enumerate(comments):
        lines += [f"reader_{n}", f"March {n + 3}, 2025 at 4:47 pm", comment, "Reply"]
    return lines


_SHORT_COMMENTS = (
    "Who is going to pay for this when the grant runs out?",
    "About time, the old building was falling apart.",
    "Great news for the families on the estate!",
)
_LONG_COMMENT = (
    "I have lived next to the site for thirty years and I can tell you that every plan so far has promised the "
    "same thing, a new centre within two years, and every one of them has quietly been dropped after the next "
    "election, so forgive me if I wait for the diggers before I celebrate."
)


def test_comments_under_an_article_still_go() -> None:
    # the article is no short post: its comments go, short or long
    article = [*_STORY, *_STORY[:2]]  # about 170 words
    for comments in (_SHORT_COMMENTS, (*_SHORT_COMMENTS[:2], _LONG_COMMENT)):
        result = cleaner.explain_text("\n".join([*article, *_thread(*comments)]))
        assert result.text.split("\n") == article, comments
        assert any(r.pass_name == "comment-section" for r in result.removed)


def test_short_comments_under_a_short_story_still_go() -> None:
    # a short story (about 100 words) over comments a small part of it: an article with its comments
    result = cleaner.explain_text("\n".join([*_STORY, *_thread(*_SHORT_COMMENTS)]))
    assert result.text.split("\n") == _STORY


def test_a_long_comment_under_a_short_story_still_goes() -> None:
    # a news brief states; a thread opens with a question (the reader's question under the brief is no post's)
    for comments in ((_SHORT_COMMENTS[0], _LONG_COMMENT), (_LONG_COMMENT, _SHORT_COMMENTS[0])):
        result = cleaner.explain_text("\n".join([*_STORY, *_thread(*comments)]))
        assert result.text.split("\n") == _STORY, comments


def test_a_news_brief_that_asks_in_passing_keeps_no_comments() -> None:
    # a brief under 150 words with a question inside it ("Will drivers lose parking?") and comments each a
    # good part of it: a post ends on its question (or its title asks), a brief goes on to state
    brief = [
        "Council approves new bike lanes",
        "The city council voted 7-2 on Tuesday to build protected bike lanes on Main Street, ending a two-year "
        "dispute. Will drivers lose parking? Officials say about 40 spaces will go. Construction starts in May "
        "and should finish by the autumn.",
    ]
    comments = (
        "Finally! I've been asking for this for years, and my kids can now ride to school safely on their own.",
        "Forty spaces is a lot for the shops on Main Street. Did anyone ask the owners what they think about it?",
    )
    result = cleaner.explain_text("\n".join([*brief, *_thread(*comments)]))
    assert result.text.split("\n") in (brief, brief[1:])  # (the headline may go to the metadata)
    assert any(r.pass_name == "comment-section" for r in result.removed)
    # the same text ending on its question is a post: its replies stay
    post = [brief[0], brief[1].replace(" Will drivers lose parking?", "") + " Will drivers lose parking?"]
    kept = cleaner.clean_text("\n".join([*post, *_thread(*comments)])).split("\n")
    assert all(c in kept for c in comments)


def test_a_count_link_over_the_article_makes_no_discussion() -> None:
    # "12 comments" under the headline links to the thread; the thread under the article still goes
    page = ["Council approves new leisure centre", "12 comments", *_STORY, *_thread(*_SHORT_COMMENTS)]
    result = cleaner.explain_text("\n".join(page))
    assert result.text.split("\n") == _STORY  # (the headline goes to the metadata)
    assert any(r.pass_name == "comment-section" for r in result.removed)


_POST = (
    "My boiler is seventeen years old and has broken down twice this winter. The engineer quoted 450 pounds for a "
    "new fan and 2,800 for a replacement. Is it worth repairing one more time?"
)
_REPLIES = (
    "Gas engineer here. At seventeen years I would replace it, because parts get harder to find and a new one "
    "will use about fifteen percent less gas.",
    "Get three quotes before you decide. Ours ranged from 2,400 to 3,900 pounds for exactly the same boiler.",
)


def test_a_post_and_its_replies_stay() -> None:
    result = cleaner.explain_text("\n".join(["Should I replace my boiler?", _POST, *_thread(*_REPLIES)]))
    assert result.text.split("\n") == ["Should I replace my boiler?", _POST, *_REPLIES]
    # the replies' writers and times go, explained
    assert {r.reason for r in result.removed if r.pass_name == "comment-section"} == {
        "a reply's writer, time or votes on a discussion page (the replies stay)"
    }


@pytest.mark.parametrize("line", ["Thanks, that worked!", "Same here.", "+1 from me"])
def test_a_reply_of_one_short_line_stays(line: str) -> None:
    # a third reply, too short to be prose, between two frames of writer, time and "Reply"
    thread = [*_thread(*_REPLIES), "reader_9", "March 9, 2025 at 4:47 pm", line, "Reply"]
    result = cleaner.explain_text("\n".join(["Should I replace my boiler?", _POST, *thread]))
    assert result.text.split("\n") == ["Should I replace my boiler?", _POST, *_REPLIES, line]


def test_a_list_in_a_reply_stays() -> None:
    # short items in a reply, a word each, read as names; none stands over a time or a vote
    # (between two replies: at the page's end edge-furniture takes short lines after the last paragraph)
    items = ["Tomatoes", "Chillies", "Runner Beans"]
    thread = _thread(*_REPLIES)
    at = thread.index(_REPLIES[0]) + 2  # after the first reply's "Reply"
    thread[at:at] = ["reader_9", "March 9, 2025 at 4:47 pm", "I am bringing these:", *items, "Reply"]
    result = cleaner.explain_text("\n".join(["Should I replace my boiler?", _POST, *thread]))
    kept = result.text.split("\n")
    assert all(item in kept for item in items), kept


def test_a_subheading_inside_a_reply_stays() -> None:
    # a lone short line between two paragraphs of one reply is the reply's own
    thread = _thread(*_REPLIES)
    at = thread.index(_REPLIES[0]) + 1
    thread[at:at] = ["Update", "Had it replaced in the end. The new one is much quieter and the bills are lower."]
    result = cleaner.explain_text("\n".join(["Should I replace my boiler?", _POST, *thread]))
    assert "Update" in result.text.split("\n")


def test_a_reply_sentence_stays_at_the_head_middle_and_tail_of_an_article() -> None:
    # a reply's words in an article that has no comments at all: nothing to do with any thread
    for position in ("head", "middle", "tail"):
        for line in _REPLIES:
            assert_survives([*_STORY[: {"head": 0, "middle": 2, "tail": 3}[position]], line,
                             *_STORY[{"head": 0, "middle": 2, "tail": 3}[position] :]])


if __name__ == "__main__":  # the probe's numbers: python tests/test_discussion_pages.py
    report(CASES)
