"""kids41: a probe of children's news and news in easy-to-read language, scraped as text (half as an extractor leaves
them, half as all the visible text of the page), in en, de, fr, es, it, pt and nl: Newsround-, Kids News- and First
News-style stories, a plain-English edition for learners, logo!-style Kindernachrichten, Nachrichten in Leichter
Sprache, a newspaper's Kinderseite, 1jour1actu- and Journal des Enfants-style stories, français facile, noticias para
niños and lectura fácil, notizie per ragazzi and italiano facile, Joca-style jornal para crianças, Jeugdjournaal- and
Kidsweek-style stories, nieuws in makkelijke taal.

- the article (``A``): very short sentences one a line, some without a full stop ("Höchstens 3 Pflanzen.", "Chi
  abita o lavora a Venezia."), questions as subheadings ("What has happened?", "Was wollen die Lokführer?", "Combien
  d'athlètes ?", "Waarom?"), glossary boxes ("Word of the day", "Wörter-Buch", "Le mot du jour", "Palabra del día",
  "Parola del giorno", "Glossário", "Woord van de dag", "Difficult words" and their entries), "Did you know?" boxes
  ("Wusstest du?", "Le savais-tu ?", "¿Sabías que...?", "Lo sapevi?", "Sabias que?", "Wist je dat?", "Weetje"), a
  quiz's heading and questions, lists, emoji-led lines ("🦩 Wusstest du?", "🌑 Dato curioso", "☔ Top tip"), Leichte
  Sprache's hyphenated words and its lines announcing the next ("Das bedeutet:", "Sie sagen:");
- the residue (``R``): "Ask your parents before you share", "Grown-ups: find our teaching resources", "Send us your
  drawing/story", comment sections with their moderation notices and children's comments, "More for kids" teasers,
  video promos, "Listen to the news", a plain-language badge ("Diese Nachricht ist in Leichter Sprache."), menus,
  stamps, share rows, footers, cookie notices, newsletter prompts for teachers;
- ``T``: headlines, a section's name over them, a quiz's answer key.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 252 ``A`` lines, 336
  ``R``, 30 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 7 pages (2 extracts, 5 full pages), 76 ``A``, 81 ``R``, 8 ``T``: a
  Wörter-Buch whose term is a menu's word over Leichte Sprache's hyphenated footer (de), a menu of three-word items
  and the stamp over the headline with a footer of no copyright line (pt), a text opening and closing on sentences
  of two or three words (it), a list and a question heading at the head of the text (nl), a quiz's options and answer
  key closing the text (en), the tables' residue lines (en, fr, es, it, pt, nl).

Measured on main ef1f6b5: round 1 lost 0, left 58; round 2 lost 1, left 31. No loss in the blind round; round 2's
loss is a glossary's term that is a menu's word ("Datenschutz" over "Datenschutz bedeutet: …", site-chrome). Left:
the head menus and tail teasers of pages whose sentences are all short (no line of twelve words anchors
edge-furniture, which then leaves the whole page alone: "Attualità", "Scienza", "Per gli insegnanti", "Altre notizie
per ragazzi", pt's "Para os pais"), the sites' notes to their readers in every language ("Ask your parents before you
share …", "Frag deine Eltern, bevor du etwas teilst.", "Send us your story!", "Schick uns dein Bild!", "Mandaci il tuo
disegno!", "Stuur ons je tekening!", "Grown-ups: find our teaching resources", "Parents, enseignants : retrouvez nos
fiches pédagogiques."), the easy-read badges ("Diese Nachricht ist in Leichter Sprache.", "Esta noticia está adaptada
a lectura fácil.", "Notizia in italiano facile", "Dit nieuws is in makkelijke taal."), Leichte Sprache's check note and
hyphenated footer ("Daten-Schutz", "Barriere-Freiheit"), the players' "Listen to the news" / "Écouter le journal", the
children's pages' teaser headings ("Mehr Kinder-Nachrichten", "Meer nieuws voor kids").

After: round 1 lost 0, left 6; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_kids.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``short_sentence_page`` (edge-furniture's anchor): on a page no line of twelve words anchors, a block of eight
  sentences or more standing together (at most two short lines in a row between two of them: a question heading, a
  box's heading), four of them of six words or more, is the article: its sentences of six words anchor the edges, and
  the menu over the block and the teasers and footer under it go with every guard edge-furniture keeps (tests: the
  menu and footer of an easy-read page go; its glossary, quiz options and "Wusstest du?" box under the last sentence
  stay; five sentences, or sentences each between two rows of a list, leave the page alone as before).
- ``glossary_term`` (site-chrome's guard): a menu's word of one word ("Datenschutz", "Daten-Schutz") right over a
  sentence that names it is a glossary's term and stays; in a footer, over another link, it goes (test).
- tables, each in a ``# kids41:`` block at its list's end: ``promos.cta`` in all seven languages, the share button's
  note ("Ask your parents before you share this story.", the line alone: "… before you share anything on social
  media" is an internet-safety story's advice and stays), the call for the readers' drawings, questions and stories
  ("Send us your drawing!", "Schick uns dein Bild!", "Envoie-nous ton dessin !", "¡Mándanos tu dibujo!", "Mandaci il
  tuo disegno!", "Envia-nos o teu desenho!", "Stuur ons je tekening!"; a sentence going on after the call stays), the
  note to the adults naming the outlet's resources ("Grown-ups: find our teaching resources", "Liebe Eltern: …
  unserer App", "Parents, enseignants : retrouvez nos fiches …"), fr's "Faites les exercices sur cette information.";
  ``widgets.chrome`` the easy-read badges (de, es, it, nl, fr's "Journal en français facile"), de's check note and
  hyphenated footer links, en's "Reading level: Ages 8-12", the players' "Listen to the news", "Écouter le journal",
  "Hier können Sie die Nachricht hören."; ``promos.heading`` de "Mehr Kinder-Nachrichten", it "Altre notizie per
  ragazzi", nl "Meer nieuws voor kids". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

``python tests/test_kids41.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a children's news story as an extractor leaves it: short lines, question headings, a glossary box
    "en_newsround_extract": """\
T Why are hedgehogs in trouble?
A Hedgehogs are one of the UK's best-loved animals.
A But experts say their numbers have fallen a lot in the last 20 years.
A What has happened?
A A new report says there are now about half as many hedgehogs in the countryside as there were in 2000.
A Scientists think this is because there are fewer hedges and more roads.
A In towns and cities things look a bit better.
A How can you help?
A You can ask a grown-up to make a small hole in your garden fence.
A This is called a hedgehog highway.
A It lets hedgehogs move between gardens to find food.
A Never give them milk - it makes them poorly!
A Did you know?
A A hedgehog has about 5,000 spikes on its back.
R Watch: How to build a hedgehog house
R Ask your parents before you share anything on social media.
R Have your say in the comments below
R Our comments are checked before they appear, so yours might not show up straight away.
R Aisha, 10: I saw one in my garden last summer!
R Tom, 8: Hedgehogs are so cute
R More for you
R Quiz: How much do you know about British wildlife?
R Why are bees so important?
""",
    # ===== a children's news site with all its visible text =====
    "en_kidsnews_full": """\
R Skip to content
R Home
R News
R Sport
R Science
R Animals
R Quizzes
R Teachers
R Search
R Science
T Astronaut sets new record for longest time in space
R By Kids News team
R 12 March 2024
R Reading level: Ages 8-12
R Share
A An astronaut has come back to Earth after spending 371 days in space.
A That is the longest time any American astronaut has ever stayed in space.
A Frank Rubio lived on the International Space Station, or ISS.
A He was only meant to stay for six months.
A But his spacecraft sprang a leak, so he had to wait for a new one.
A "It's good to be home," he said after landing.
A Word of the day
A Orbit - the curved path an object takes around a planet or star.
A Key facts
A The ISS travels at about 28,000 kilometres an hour.
A It goes around Earth 16 times every day.
A Astronauts on board see 16 sunrises and 16 sunsets each day.
A Talk about it
A Would you like to live in space for a year? Why or why not?
R Grown-ups: find our free teaching resources and lesson plans here.
R Send us your story! Email your news to the Kids News team.
R More for kids
R Giant panda cubs meet the public for the first time
R School choir wins national competition
R Sign up for our teachers' newsletter
R Get weekly classroom activities straight to your inbox.
R Subscribe
R About us
R Contact
R Privacy policy
R Terms of use
R © 2024 Kids News. All rights reserved.
R We use cookies to make our website work better. Accept all cookies
R Manage settings
""",
    # ===== a weekly children's paper's story with its quiz and answer key
    "en_quiz_extract": """\
T Plastic bottles to get a deposit
A From next year, you will pay a little bit extra when you buy a drink in a plastic bottle.
A You will get the money back when you return the empty bottle to a shop.
A This is called a deposit return scheme.
A The government hopes it will stop bottles being dropped as litter.
A Similar schemes already work in Germany and Norway.
A In Norway, almost all bottles are now returned.
A Some shop owners are worried.
A They say they do not have enough space for the machines.
A Quick quiz
A 1. What is the new scheme called?
A 2. Which two countries already have one?
A 3. Why are some shop owners worried?
T Answers: 1. A deposit return scheme 2. Germany and Norway 3. They do not have enough space for the machines
R Did you enjoy this story? Tell us what you think!
R Print this article
R Download the worksheet (PDF)
R Teachers: this story is part of our Citizenship resources.
""",
    # ===== a plain-English edition for learners with its own vocabulary box, all visible text =====
    "en_learners_full": """\
R Menu
R Level 1
R Level 2
R Level 3
R Log in
T Level 2
T A city gives bikes to students
R 14-03-2024 15:00
R Listen to the news
R 🔊 Play audio
A A city in France gives free bikes to students.
A Students can use the bikes for one year.
A They do not pay anything.
A The city wants less traffic.
A It also wants cleaner air.
A More than 3,000 students have a bike now.
A One student says: "I ride to school every day. It is fast and fun."
A Difficult words
A traffic - cars and buses on the road
A free - you do not pay money for it
A You can watch the original video in Level 3.
R What do you think about this news?
R Write a comment
R Comments are moderated. Please be kind.
R 23 comments
R Maria: I like bikes very much.
R Reply
R Practise your English every day!
R Get our free lessons by email.
R Your email
R Sign up
R © News in Levels 2024
R Privacy | Cookies | Contact
""",
    # ===== a children's news programme's story, all visible text (de) =====
    "de_kindernachrichten_full": """\
R Zum Inhalt springen
R Startseite
R Nachrichten
R Wissen
R Mitmachen
R Sendungen
R Für Eltern
R Suche
T Warum streiken die Lokführer?
A Wer in den nächsten Tagen mit dem Zug fahren will, hat Pech.
A Die Lokführer streiken.
A Das bedeutet: Sie arbeiten nicht.
A Viele Züge fallen deshalb aus.
A Was wollen die Lokführer?
A Sie wollen mehr Geld verdienen.
A Und sie wollen weniger Stunden in der Woche arbeiten.
A Die Bahn sagt: Das ist zu teuer.
A Wie geht es weiter?
A Beide Seiten wollen bald wieder miteinander reden.
A Bis dahin müssen viele Menschen mit dem Auto oder dem Bus fahren.
A Streik - so nennt man es, wenn Menschen aus Protest nicht arbeiten.
R Mehr zum Thema
R Video: Was ist eigentlich eine Gewerkschaft?
R Frag deine Eltern, bevor du etwas teilst.
R Schreib uns deine Meinung!
R Kommentare werden vor der Veröffentlichung geprüft.
R Lena, 11 Jahre: Ich finde, die Lokführer haben recht.
R Jonas, 9 Jahre: Mein Papa kam gestern zu spät zur Arbeit
R Impressum
R Datenschutz
R Barrierefreiheit
R Kontakt
R © ZDF 2024
R Diese Seite verwendet Cookies. Wenn du weitersurfst, stimmst du dem zu.
R Okay
""",
    # ===== news in Leichte Sprache, all the visible text of the page =====
    "de_leichte_sprache_full": """\
R Zum Inhalt springen
R Nachrichten leicht
R Start
R Nachrichten
R Wörter-Buch
R Hören
R Über uns
R Leichte Sprache
R Gebärden-Sprache
R Suche
R Politik
T Neues Gesetz für Cannabis
R 15.03.2024
R Vorlesen
A Der Bundes-Tag hat ein neues Gesetz gemacht.
A Das Gesetz ist für Cannabis.
A Cannabis ist eine Droge.
A Manche Menschen sagen auch: Gras.
A Erwachsene dürfen jetzt ein bisschen Cannabis haben.
A Sie dürfen auch zu Hause Cannabis-Pflanzen haben.
A Höchstens 3 Pflanzen.
A Für Kinder und Jugendliche bleibt Cannabis verboten.
A Manche Politiker finden das neue Gesetz gut.
A Andere Politiker finden das Gesetz schlecht.
A Sie sagen:
A Cannabis ist gefährlich für die Gesundheit.
A Wörter-Buch
A Bundes-Tag
A Im Bundes-Tag arbeiten die Politiker.
A Sie machen dort die Gesetze für Deutschland.
R Diese Nachricht ist in Leichter Sprache.
R Weitere Nachrichten
R Wahl in Russland
R Streik bei der Bahn
R Newsletter bestellen
R Jeden Freitag die Nachrichten der Woche in Ihrem Postfach.
R Impressum
R Daten-Schutz
R Barriere-Freiheit
R Kontakt
R © Deutschlandfunk
R Wir verwenden Cookies. Sie helfen uns, die Seite besser zu machen.
R Alle akzeptieren
R Einstellungen
""",
    # ===== a newspaper's children's page (de), as extracted, with "Wusstest du?" and a quiz =====
    "de_kinderseite_extract": """\
T Kinder-Nachrichten
T Der Storch ist zurück
R Von Anna Berger
R 18.03.2024, 06:00 Uhr
A Klappern auf dem Kirchturm: Das Storchenpaar ist wieder da!
A Jedes Frühjahr kommen die Störche aus Afrika zurück.
A Sie fliegen dafür mehr als 10.000 Kilometer.
A Das Nest ist riesig.
A Es kann so schwer sein wie ein kleines Auto.
A 🦩 Wusstest du?
A Störche haben keine Stimme.
A Sie klappern mit dem Schnabel, um sich zu verständigen.
A Rätsel
A Wie weit fliegen die Störche?
A a) 100 Kilometer
A b) 1000 Kilometer
A c) mehr als 10.000 Kilometer
T Lösung: c)
R Schick uns dein Bild! Male einen Storch und schick ihn an kinderseite@zeitung.de
R Liebe Eltern: Alle Kinder-Nachrichten finden Sie auch in unserer App.
R Mehr Kinder-Nachrichten
R Warum ist Ostern jedes Jahr an einem anderen Tag?
""",
    # ===== a plain-language news item as extracted (de), one sentence a line
    "de_einfach_extract": """\
T Wahl in Russland
A In Russland war eine Wahl.
A Die Menschen haben einen Präsidenten gewählt.
A Der Präsident heißt Wladimir Putin.
A Er ist schon sehr lange Präsident.
A Viele Menschen sagen:
A Die Wahl war nicht frei.
A Das bedeutet:
A Die Menschen konnten nicht wählen, wen sie wollen.
A Gegner von Putin durften nicht mit-machen.
A Andere Länder kritisieren die Wahl.
R Hier können Sie die Nachricht hören.
R Teilen
R Drucken
R Diese Nachricht wurde geprüft von einer Prüf-Gruppe.
""",
    # ===== a French children's news site's story as extracted
    "fr_1jour1actu_extract": """\
T C'est quoi, les Jeux paralympiques ?
A Dans quelques mois, Paris va accueillir les Jeux paralympiques.
A Ce sont des compétitions sportives pour les athlètes en situation de handicap.
A Pourquoi « paralympiques » ?
A Le mot vient de « para », qui veut dire « à côté ».
A Ces Jeux se déroulent à côté des Jeux olympiques, juste après eux.
A Combien d'athlètes ?
A Environ 4 400 sportifs venus du monde entier.
A Ils participeront à 22 sports.
A Le mot du jour
A Handicap : difficulté qui peut gêner une personne dans sa vie de tous les jours.
A Le savais-tu ?
A Les premiers Jeux paralympiques ont eu lieu à Rome, en 1960.
R Demande à tes parents avant de partager cet article.
R Envoie-nous tes questions sur l'actu !
R Parents, enseignants : retrouvez nos fiches pédagogiques.
R À lire aussi
R C'est quoi, la flamme olympique ?
""",
    # ===== a children's weekly's page with all its text (fr) =====
    "fr_journal_enfants_full": """\
R Aller au contenu
R Le Journal des Enfants
R Actu
R Monde
R France
R Sciences
R Sport
R Quiz
R Abonnement
R Se connecter
R Accueil > Actu > Sciences
T Une nouvelle espèce de dinosaure découverte
R Publié le 20/03/2024
R Partager
R Facebook
R Twitter
R E-mail
A Des chercheurs ont découvert une nouvelle espèce de dinosaure en Espagne.
A Il vivait il y a 125 millions d'années.
A Il mesurait environ 10 mètres de long.
A C'était un herbivore : il ne mangeait que des plantes.
A Les scientifiques ont trouvé des os de son dos et de sa queue.
A Ils lui ont donné un nom : Garumbatitan.
A Le quiz
A Dans quel pays a-t-on trouvé ce dinosaure ?
A Que mangeait-il ?
T Réponses : en Espagne ; des plantes.
R Cet article t'a plu ? Envoie-nous ton dessin !
R Vidéo : les dinosaures expliqués aux enfants
R Tous les articles Sciences
R Inscrivez-vous à la newsletter enseignants
R Recevez chaque semaine nos ressources pour la classe.
R Mentions légales
R Contact
R Politique de confidentialité
R © Le Journal des Enfants 2024
R Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.
R J'accepte
R Paramétrer
""",
    # ===== an easy-French learners' news item, extract
    "fr_facile_extract": """\
T Le prix du pain augmente
R Journal en français facile
R 21/03/2024 - 20:00
A En France, le prix de la baguette augmente.
A Elle coûte maintenant 1 euro 10 en moyenne.
A Les boulangers expliquent :
A l'électricité et la farine coûtent plus cher.
A Les clients ne sont pas contents.
A « Avant, j'achetais deux baguettes par jour. Maintenant, une seule », dit une cliente.
A Vocabulaire
A la farine : la poudre de blé pour faire le pain
A en moyenne : le plus souvent
R Écouter le journal
R Télécharger le MP3
R Exercices
R Faites les exercices sur cette information.
""",
    # ===== a Spanish children's news site, all visible text
    "es_noticias_ninos_full": """\
R Saltar al contenido
R Inicio
R Noticias
R Ciencia
R Animales
R Deportes
R Juegos
R Para profes
R Buscar
R Animales
T Nacen dos crías de lince ibérico
R 22 de marzo de 2024
R Compartir
R WhatsApp
A ¡Buenas noticias para el lince ibérico!
A Han nacido dos crías en un centro de Andalucía.
A El lince ibérico es un felino que solo vive en España y Portugal.
A Hace 20 años quedaban menos de 100.
A Ahora hay más de 2.000.
A ¿Por qué estaba en peligro?
A Porque había pocos conejos, que son su comida favorita.
A También morían atropellados en las carreteras.
A ¿Sabías que...?
A El lince tiene pelos negros en las orejas, como pinceles.
A Palabra del día
A Cría: animal recién nacido.
R Pide permiso a tus padres antes de compartir.
R ¡Mándanos tu dibujo del lince!
R Más noticias para niños
R Así se hace el chocolate
R El equipo de fútbol femenino gana la liga
R Suscríbete a nuestro boletín para docentes
R Aviso legal
R Política de privacidad
R Política de cookies
R © 2024 Noticias para niños
R Usamos cookies propias y de terceros. Aceptar
R Configurar
""",
    # ===== a lectura fácil news item, extract (es)
    "es_lectura_facil_extract": """\
T Las elecciones en Galicia
A El domingo hubo elecciones en Galicia.
A Galicia es una comunidad autónoma.
A Está en el norte de España.
A Ganó el Partido Popular.
A El Partido Popular tiene mayoría.
A Eso quiere decir:
A que puede gobernar solo.
A El presidente de Galicia será Alfonso Rueda.
A Palabras difíciles
A Mayoría: tener más de la mitad de los votos.
R Esta noticia está adaptada a lectura fácil.
R Logo de lectura fácil
R Escucha la noticia
R Compartir en Facebook
R Compartir en Twitter
""",
    # ===== a Spanish paper's kids' page, all visible text, with comments
    "es_diario_ninos_full": """\
R Menú
R Portada
R Local
R Nacional
R Deportes
R Pequeños lectores
R Hemeroteca
R Suscríbete
R Pequeños lectores
T ¿Qué es un eclipse solar?
A El 8 de abril habrá un eclipse total de sol.
A Se verá en México, Estados Unidos y Canadá.
A ¿Qué pasa en un eclipse?
A La Luna se pone delante del Sol.
A Durante unos minutos, el cielo se oscurece.
A ¡Nunca mires al Sol sin gafas especiales!
A Puedes dañarte los ojos.
A 🌑 Dato curioso
A El próximo eclipse total en España será el 12 de agosto de 2026.
R Comentarios
R Los comentarios son moderados. Por favor, sé respetuoso.
R Lucía, 10 años: ¡Qué ganas de verlo!
R Responder
R Mateo: yo lo vi en la tele
R Responder
R Más de Pequeños lectores
R Aviso legal
R Política de cookies
R © Diario del Norte 2024
R Este sitio web utiliza cookies. Aceptar
""",
    # ===== an Italian kids' news site, all visible text
    "it_notizie_ragazzi_full": """\
R Salta al contenuto
R Home
R Notizie
R Mondo
R Ambiente
R Giochi
R Cerca
R Notizie
R 24 marzo 2024
R Condividi
T Perché Venezia fa pagare un biglietto?
A Da aprile, chi visita Venezia per un solo giorno dovrà pagare 5 euro.
A La città vuole ridurre il numero di turisti.
A Ogni anno arrivano milioni di persone.
A Molti abitanti dicono che è troppo.
A Chi non paga?
A I bambini sotto i 14 anni.
A Chi abita o lavora a Venezia.
A Chi dorme in un albergo della città.
A Lo sapevi?
A Venezia è costruita su 118 piccole isole.
A Parola del giorno
A Turismo: viaggiare per piacere in un altro luogo.
R Chiedi ai tuoi genitori prima di condividere.
R Mandaci il tuo disegno!
R Leggi anche
R Che cos'è il Carnevale?
R Note legali
R Privacy policy
R © 2024 Notizie per ragazzi
R Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutti
R Gestisci preferenze
""",
    # ===== an Italian paper's children's page, all visible text
    "it_giornale_ragazzi_full": """\
R Vai al contenuto
R Home
R Attualità
R Scienza
R Sport
R Giochi
R Per gli insegnanti
R Cerca
R Scienza
T La sonda giapponese è arrivata sulla Luna
R 23 marzo 2024
R Condividi
A Il Giappone è il quinto Paese ad arrivare sulla Luna.
A La sonda si chiama SLIM.
A È atterrata a testa in giù!
A Per questo i pannelli solari non prendevano la luce del Sole.
A Ma dopo qualche giorno la sonda si è risvegliata.
A Cosa farà adesso?
A Studierà le rocce della Luna.
A Quiz
A Quanti Paesi sono arrivati sulla Luna?
A Come si chiama la sonda?
T Soluzioni: cinque; SLIM.
R Guarda il video: come si atterra sulla Luna
R Altre notizie per ragazzi
R Iscriviti alla newsletter per i docenti
R Chi siamo
R Contatti
R Privacy
R Cookie policy
R © 2024 Giornale dei Ragazzi - P.IVA 01234567890
R Questo sito utilizza cookie tecnici e di profilazione. Accetta
R Rifiuta
""",
    # ===== an Italian easy-Italian news item, extract
    "it_facile_extract": """\
T Nuove regole per i monopattini
A In Italia ci sono nuove regole per i monopattini.
A Chi usa il monopattino deve avere il casco.
A Deve avere anche una targa.
A E un'assicurazione.
A Perché?
A Ci sono stati molti incidenti.
A Alcune persone sono contrarie.
R Notizia in italiano facile
R Ascolta la notizia
R Condividi su WhatsApp
""",
    # ===== a Portuguese children's newspaper, all visible text
    "pt_joca_full": """\
R Ir para o conteúdo
R Início
R Notícias
R Mundo
R Ciência
R Desporto
R Passatempos
R Para professores
R Assinar
R Entrar
R Ciência
T Cientistas descobrem nova lua à volta de Úrano
R 25 de março de 2024
R Partilhar
A Foi descoberta uma nova lua à volta do planeta Úrano.
A É muito pequena: tem só 8 quilómetros.
A Demora 680 dias a dar uma volta ao planeta.
A Ainda não tem nome.
A Sabias que?
A Úrano tem agora 28 luas conhecidas.
A As luas de Úrano têm nomes de personagens de Shakespeare.
A Glossário
A Lua: corpo que anda à volta de um planeta.
R Pede autorização aos teus pais antes de partilhar.
R Envia-nos o teu desenho!
R Mais notícias para miúdos
R Golfinhos avistados no rio Tejo
R Subscreve a newsletter para professores
R Termos e condições
R Política de privacidade
R © 2024 Jornal para crianças
R Este site utiliza cookies para melhorar a sua experiência. Aceitar
R Rejeitar
""",
    # ===== a Brazilian children's news page, extract with comments
    "pt_criancas_extract": """\
T Por que o Carnaval muda de data?
A O Carnaval não tem uma data fixa.
A Ele depende da Páscoa.
A E a Páscoa depende da Lua!
A Como assim?
A A Páscoa é sempre no primeiro domingo depois da primeira lua cheia do outono no Brasil.
A O Carnaval acontece 47 dias antes.
A Você sabia?
A O maior bloco de Carnaval do mundo é o Galo da Madrugada, no Recife.
R Comentários
R Os comentários são moderados antes de serem publicados.
R Ana, 9 anos: eu amo o Carnaval!!
R Responder
R Leia também
R O que é o horário de verão?
""",
    # ===== plain-language Portuguese for learners, extract
    "pt_facil_extract": """\
T Mais turistas em Portugal
A Portugal recebeu muitos turistas em 2023.
A Foram mais de 30 milhões.
A É um recorde.
A Muitos turistas vêm de Espanha.
A Outros vêm do Reino Unido e da França.
A Palavras novas
A recorde: o número mais alto de sempre
R Ouvir a notícia
R Nível: A2
R Partilhar
""",
    # ===== a Dutch children's news programme's story, all visible text
    "nl_jeugdjournaal_full": """\
R Ga naar de inhoud
R Home
R Nieuws
R Uitzendingen
R Sport
R Mail ons
R Zoeken
R Binnenland
R 27 maart 2024, 07:12
T Waarom gaat de Elfstedentocht weer niet door?
A Ook deze winter komt er geen Elfstedentocht.
A Het ijs is lang niet dik genoeg.
A Hoe dik moet het ijs zijn?
A Minstens 15 centimeter, op de hele route.
A De laatste keer dat de tocht werd gereden, was in 1997.
A Dat is dus al meer dan 25 jaar geleden!
A Wist je dat?
A De route is bijna 200 kilometer lang.
R Bekijk de video
R Vraag je ouders of je iets mag delen.
R Praat mee
R Reacties worden eerst gecontroleerd.
R Sanne, 11: jammer!!
R Daan, 10: Ik heb nog nooit op natuurijs geschaatst
R Meer nieuws
R Over het Jeugdjournaal
R Privacy
R Cookies
R © NOS 2024
R Wij gebruiken cookies om de site beter te maken. Accepteren
R Weigeren
""",
    # ===== a Dutch children's news page, all visible text
    "nl_kidsweek_full": """\
R Naar inhoud
R Home
R Nieuws
R Dieren
R Sport
R Weetjes
R Spelletjes
R Voor leraren
R Zoeken
R Dieren
T Eerste panda geboren in Nederland
R 26 maart 2024
R Delen
A In Ouwehands Dierenpark in Rhenen is een panda geboren.
A Het is de eerste panda die in Nederland is geboren.
A De baby is heel klein.
A Hij weegt ongeveer 100 gram.
A Dat is net zoveel als een reep chocola.
A De moeder heet Wu Wen.
A Weetje
A Panda's eten bijna de hele dag bamboe.
A Woord van de dag
A Dierentuin: een park waar dieren wonen en waar mensen naar ze kunnen kijken.
R Stuur ons je tekening!
R Meer nieuws voor kids
R Bekijk alle dierennieuws
R Meld je aan voor de nieuwsbrief voor leraren
R Over ons
R Contact
R Privacy
R Cookies
R © 2024 Kidsweek
R Wij gebruiken cookies. Akkoord
R Instellingen
""",
    # ===== news in plain Dutch for learners, extract
    "nl_makkelijk_extract": """\
T Nieuwe regels voor e-bikes
A Er komen nieuwe regels voor e-bikes.
A Jongeren onder 16 jaar mogen niet meer op een snelle e-bike.
A Waarom?
A Er gebeuren veel ongelukken.
A Ook moeten mensen een helm dragen.
A Dat zegt de minister.
A Moeilijke woorden
A helm: een harde muts die je hoofd beschermt
R Dit nieuws is in makkelijke taal.
R Lees voor
R Deel dit bericht
""",
    # ===== a kids' TV story as extracted, with a video promo between paragraphs (en)
    "en_tv_extract": """\
T Storm Isha: What is a red weather warning?
A Parts of the UK have been hit by strong winds.
A Storm Isha brought gusts of up to 99mph.
A The Met Office gave a red warning for some areas.
A What does a red warning mean?
A It means there is a danger to life.
A People are told to stay inside if they can.
R Watch: Our reporter explains how storms get their names
A Which storm is next?
A The next storm will be called Jocelyn.
A Storms are named in alphabetical order.
A ☔ Top tip
A Stay away from the sea during a storm.
R Ask a grown-up before you go online to look for more.
R Are you worried about the news? Here are some tips to help you.
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== Leichte Sprache, all visible text: a Wörter-Buch whose term is a menu's word, the hyphenated footer links
    "de_r2_leicht_full": """\
R Zum Inhalt springen
R Start
R Nachrichten
R Wörter-Buch
R Über uns
R Gesellschaft
T Neue Regeln für das Internet
R 02.04.2024
R Vorlesen
A Es gibt neue Regeln für das Internet.
A Die Regeln kommen von der Europäischen Union.
A Große Internet-Firmen müssen jetzt mehr aufpassen.
A Zum Beispiel:
A Sie müssen falsche Nachrichten schneller löschen.
A Sie dürfen Kindern keine Werbung zeigen.
A Sie müssen die Daten von den Menschen schützen.
A Wer sich nicht an die Regeln hält, muss viel Geld bezahlen.
A Wörter-Buch
A Datenschutz
A Datenschutz bedeutet: Niemand darf Ihre Daten einfach weiter-geben.
A Europäische Union
A In der Europäischen Union arbeiten 27 Länder zusammen.
R Diese Nachricht ist in Leichter Sprache.
R Diese Nachricht wurde geprüft von einer Prüf-Gruppe.
R Hier können Sie die Nachricht hören.
R Impressum
R Daten-Schutz
R Barriere-Freiheit
R Kontakt
R © Nachrichten leicht 2024
""",
    # ===== a kids' news site, all visible text: a three-word menu item, a quiz's options and answer key at the tail
    "en_r2_quiz_full": """\
R Home
R News
R Animals
R Science
R For teachers
R Animals
T Baby elephant born at safari park
R 2 April 2024
A A baby elephant has been born at a safari park in England.
A She weighs about 100 kilograms.
A That is as heavy as a big grown-up!
A The baby was standing up just an hour after she was born.
A Keepers say mum and baby are doing well.
A Visitors will be able to see them next month.
A What's her name?
A She does not have a name yet.
A The park wants children to help choose one.
A Quiz time
A How heavy is the baby elephant?
A a) 10 kilograms
A b) 100 kilograms
A c) 1,000 kilograms
T Answer: b
R Ask your parents before you share this story.
R Send us your drawing! Email it to the Kids News team.
R Grown-ups: find our free teaching resources here.
R About us
R Contact us
R Privacy
R © 2024 Kids News
""",
    # ===== Italian kids' story as extracted: it opens and closes on sentences of a few words
    "it_r2_brevi_extract": """\
T Arriva la neve in montagna
A Brrr! Che freddo!
A Oggi nevica sulle Alpi.
A In alcune zone sono caduti più di 50 centimetri di neve.
A Le scuole di alcuni paesi sono rimaste chiuse.
A I bambini hanno fatto pupazzi di neve nei cortili.
A Gli spazzaneve hanno lavorato per tutta la notte.
A Domani tornerà il sole.
A Ma farà ancora molto freddo.
A Copritevi bene!
R Chiedi ai tuoi genitori prima di condividere.
R Mandaci il tuo disegno!
R Altre notizie per ragazzi
R Che cos'è una valanga?
""",
    # ===== a Dutch kids' story, all visible text: a question heading and a short list at the head of the text
    "nl_r2_lijst_full": """\
R Naar inhoud
R Home
R Nieuws
R Dieren
R Sport
R Weetjes
R Dieren
T Ooievaars zijn terug
R 3 april 2024
A Wat is er aan de hand?
A De ooievaars zijn terug in Nederland.
A Ze hebben de winter in Afrika doorgebracht.
A Ze vliegen terug naar hetzelfde nest als vorig jaar.
A Het nest ligt vaak op een hoge paal of op een dak.
A Een ooievaar eet:
A kikkers
A muizen
A vissen
A De jonge ooievaars worden in mei geboren.
A Weetje
A Een ooievaar kan wel 35 jaar oud worden.
R Vraag je ouders of je iets mag delen.
R Stuur ons je tekening!
R Meer nieuws voor kids
R Over ons
R Contact
R Privacy
R © 2024 Kidsweek
""",
    # ===== a French children's story as extracted, with the site's notes to its readers and a learners' badge
    "fr_r2_notes_extract": """\
T Pourquoi change-t-on d'heure ?
A Dans la nuit de samedi à dimanche, on passe à l'heure d'été.
A À 2 heures du matin, il sera 3 heures.
A On dormira donc une heure de moins.
A Pourquoi ?
A Ce changement a été décidé en 1976, pour faire des économies d'énergie.
A Le soir, il fait jour plus longtemps.
A On allume donc moins la lumière.
A Le mot du jour
A Énergie : ce qui permet de faire fonctionner les machines ou de s'éclairer.
R Écouter le journal
R Demande à tes parents avant de partager cet article.
R Cet article t'a plu ? Envoie-nous ton dessin !
R Parents, enseignants : retrouvez nos fiches pédagogiques.
R Faites les exercices sur cette information.
""",
    # ===== Spanish lectura fácil, all visible text: short sentences, a glossary, the easy-read badge
    "es_r2_facil_full": """\
R Saltar al contenido
R Inicio
R Noticias
R Lectura fácil
R Contacto
R Sociedad
T Sube el precio del aceite de oliva
R 4 de abril de 2024
A El aceite de oliva es más caro.
A Ahora cuesta más de 9 euros el litro.
A Hace dos años costaba 4 euros.
A ¿Por qué sube el precio?
A Porque ha llovido muy poco en España.
A Los olivos han dado pocas aceitunas.
A Muchas familias compran ahora otros aceites.
A Por ejemplo, el aceite de girasol.
A Palabras difíciles
A Olivo: árbol que da aceitunas.
R Esta noticia está adaptada a lectura fácil.
R Logo de lectura fácil
R Pide permiso a tus padres antes de compartir.
R ¡Mándanos tu dibujo!
R Aviso legal
R Política de privacidad
R © 2024 Noticias fáciles
""",
    # ===== Portuguese children's paper, all visible text: a menu of three-word items, the stamp over the headline, a
    # footer with no copyright line (no paragraph of twelve words anchors the page)
    "pt_r2_menu_full": """\
R Ir para o conteúdo
R Notícias
R Ciência
R Para os pais
R Para os professores
R 5 de abril de 2024
R Ambiente
T As cegonhas voltaram a Portugal
A As cegonhas voltaram a Portugal.
A Passaram o inverno em África.
A Muitas fazem os ninhos em postes e chaminés.
A Os ninhos podem pesar mais de 200 quilos.
A As crias nascem no fim da primavera.
A Os pais trazem-lhes comida muitas vezes por dia.
A Sabias que?
A As cegonhas quase não fazem barulho com a voz.
A Batem com o bico para comunicar.
R Pede autorização aos teus pais antes de partilhar.
R Envia-nos o teu desenho!
R Quem somos
R Contactos
R Termos e condições
R Política de privacidade
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "By Kids News team": a team's name with "team" in lower case, no person's name (byline reads names)
    "en_kidsnews_full": 1,
    # "What do you think about this news?" over the comment box: a kids' story closes on the same question for its
    # readers to talk about ("Talk about it"), an A line
    "en_learners_full": 1,
    # "Ask your parents before you share anything on social media.": an internet-safety story gives the same advice
    "en_newsround_extract": 1,
    # "Ask a grown-up before you go online to look for more.", "Are you worried about the news? Here are some tips to
    # help you.": the same advice as an article's
    "en_tv_extract": 2,
    # "Nível: A2": a course's fact box prints its level so
    "pt_facil_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a children's news story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Scientists have found a new kind of frog in the rainforest of Ecuador, and it is smaller than your thumbnail.",
        "The tiny frog lives in moss high up on the side of a mountain, where it is cold and wet all year.",
        "The team say the frog is already in danger because people are cutting down the forest around it.",
    ],
    "de": [
        "In Bayern haben Forscher einen Wolf mit einer Kamera gefilmt, der mitten durch ein kleines Dorf gelaufen ist.",
        "Wölfe sind scheu und gehen Menschen normalerweise aus dem Weg, sagen die Fachleute vom Landesamt.",
        "Trotzdem machen sich manche Bauern Sorgen um ihre Schafe und wollen höhere Zäune bauen.",
    ],
    "fr": [
        "Des élèves d'une école de Bretagne ont planté plus de 500 arbres autour de leur cour de récréation cet hiver.",
        "Ils veulent créer de l'ombre pour l'été, car il fait de plus en plus chaud dans la région.",
        "La mairie a promis de les aider à arroser les jeunes arbres pendant les vacances scolaires.",
    ],
    "es": [
        "Un grupo de niños de un colegio de Valencia ha ganado un concurso de robótica con un robot que recoge basura.",
        "El robot puede distinguir entre plástico, papel y vidrio gracias a una pequeña cámara.",
        "Los niños viajarán en verano a Japón para presentar su invento en un concurso internacional.",
    ],
    "it": [
        "Nel parco nazionale d'Abruzzo sono nati tre cuccioli di orso marsicano, una specie che vive solo in Italia.",
        "Gli orsi marsicani sono molto rari: in tutto ne restano circa sessanta, secondo gli esperti del parco.",
        "Per proteggerli, alcune strade del parco saranno chiuse alle auto durante la notte.",
    ],
    "pt": [
        "Uma escola de Braga decidiu proibir os telemóveis durante os intervalos a partir do próximo período.",
        "Os alunos passaram a jogar mais à bola e a conversar uns com os outros, contam os professores.",
        "Alguns pais concordam com a regra, mas outros dizem que os filhos precisam do telemóvel para falar com eles.",
    ],
    "nl": [
        "Op een basisschool in Utrecht hebben kinderen een eigen moestuin aangelegd naast het schoolplein.",
        "Ze kweken tomaten, sla en aardbeien, en na de zomer gaan ze alles samen opeten.",
        "De juf zegt dat de kinderen zo leren waar hun eten vandaan komt.",
    ],
}

_CTA, _CHROME = "call-to-action", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Ask your parents before you share this story.", _CTA),
    ("en", "Send us your drawing! Email it to the Kids News team.", _CTA),
    ("en", "Send us your story! Email your news to the Kids News team.", _CTA),
    ("en", "Grown-ups: find our free teaching resources and lesson plans here.", _CTA),
    ("en", "Teachers: this story is part of our Citizenship resources.", _CTA),
    ("en", "Reading level: Ages 8-12", _CHROME),
    ("en", "Listen to the news", _CHROME),
    ("de", "Frag deine Eltern, bevor du etwas teilst.", _CTA),
    ("de", "Schreib uns deine Meinung!", _CTA),
    ("de", "Schick uns dein Bild! Male einen Storch und schick ihn an kinderseite@zeitung.de", _CTA),
    ("de", "Liebe Eltern: Alle Kinder-Nachrichten finden Sie auch in unserer App.", _CTA),
    ("de", "Diese Nachricht ist in Leichter Sprache.", _CHROME),
    ("de", "Diese Nachricht wurde geprüft von einer Prüf-Gruppe.", _CHROME),
    ("de", "Hier können Sie die Nachricht hören.", _CHROME),
    ("de", "Daten-Schutz", _CHROME),
    ("de", "Barriere-Freiheit", _CHROME),
    ("fr", "Demande à tes parents avant de partager cet article.", _CTA),
    ("fr", "Envoie-nous tes questions sur l'actu !", _CTA),
    ("fr", "Cet article t'a plu ? Envoie-nous ton dessin !", _CTA),
    ("fr", "Parents, enseignants : retrouvez nos fiches pédagogiques.", _CTA),
    ("fr", "Faites les exercices sur cette information.", _CTA),
    ("fr", "Journal en français facile", _CHROME),
    ("fr", "Écouter le journal", _CHROME),
    ("es", "Pide permiso a tus padres antes de compartir.", _CTA),
    ("es", "¡Mándanos tu dibujo del lince!", _CTA),
    ("es", "Esta noticia está adaptada a lectura fácil.", _CHROME),
    ("es", "Logo de lectura fácil", _CHROME),
    ("it", "Chiedi ai tuoi genitori prima di condividere.", _CTA),
    ("it", "Mandaci il tuo disegno!", _CTA),
    ("it", "Notizia in italiano facile", _CHROME),
    ("pt", "Pede autorização aos teus pais antes de partilhar.", _CTA),
    ("pt", "Envia-nos o teu desenho!", _CTA),
    ("nl", "Vraag je ouders of je iets mag delen.", _CTA),
    ("nl", "Stuur ons je tekening!", _CTA),
    ("nl", "Dit nieuws is in makkelijke taal.", _CHROME),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Ask your parents before you share anything online, the safety charity told children on Tuesday."),
    ("en", "Send us your drawings by Friday, the museum asked the pupils who visited its dinosaur hall."),
    ("en", "Teachers: the union says its members will strike on Thursday because our schools need more staff."),
    ("en", "The reading level of the new books is aimed at children aged 8 to 12, the publisher said."),
    ("en", "Listen to the news on the radio with a grown-up, the teacher suggested to the class."),
    ("de", "Frag deine Eltern, bevor du etwas im Internet kaufst, rät die Verbraucherzentrale."),
    ("de", "Schick uns dein Bild, riefen die Kinder dem Fotografen auf dem Schulhof zu."),
    ("de", "Diese Nachricht ist in Leichter Sprache geschrieben, damit alle Menschen sie gut verstehen können."),
    ("de", "Barriere-Freiheit bedeutet: Alle Menschen können überall gut hin-kommen."),
    ("fr", "Demande à tes parents avant de partager une photo de toi sur Internet, conseille la gendarmerie."),
    ("fr", "Envoie-nous tes dessins, avaient demandé les pompiers aux écoliers de la ville."),
    ("es", "Pide permiso a tus padres antes de compartir fotos de tus amigos en internet, aconseja la policía."),
    ("it", "Chiedi ai tuoi genitori prima di condividere foto in rete, consiglia la polizia postale."),
    ("pt", "Envia-nos o teu desenho até sexta-feira, pediu a escola aos alunos do primeiro ano."),
    ("nl", "Vraag je ouders of je iets mag delen op sociale media, zegt de politie tegen kinderen."),
    ("nl", "Dit nieuws is in makkelijke taal geschreven, zodat iedereen het kan lezen."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the shape rules added, both ways ---------------------------------------------------------------

#: an easy-read story of short sentences, one a line (no line of twelve words: no paragraph anchors the page)
_SHORT = [
    "Der Bundes-Tag hat ein neues Gesetz gemacht.",
    "Das Gesetz ist für die Schulen in Deutschland.",
    "Alle Schulen sollen schnelles Internet bekommen.",
    "Was bedeutet das?",
    "Die Kinder können dann im Unterricht Tablets benutzen.",
    "Die Lehrer bekommen dafür eine Schulung.",
    "Manche Politiker finden das Gesetz gut.",
    "Andere Politiker sagen: Es kostet zu viel Geld.",
    "Das Gesetz gilt ab dem nächsten Jahr.",
]
_MENU = ["Nachrichten", "Politik", "Wissen", "Sport", "Für Eltern"]
_FOOTER = ["Über uns", "Presse", "Jobs", "Hilfe"]
_TITLE = "Schnelles Internet für alle Schulen"


def test_a_short_sentence_pages_menu_and_footer_go() -> None:
    # (edge_kids.short_sentence_page: the block of short sentences anchors the page as a paragraph does)
    page = [*_MENU, _TITLE, *_SHORT, *_FOOTER]
    lost_lines, gone = kept(page)
    # (the page's head only: its tail is left to the passes that name residue, "Über uns" goes by site-chrome; the
    # tail's guards for the article's lists ask a paragraph's prose over them, which short sentences lack)
    assert [x for x in lost_lines if x != _TITLE] == [*_MENU, "Über uns"], gone
    assert {p for p, _t in gone} <= {"edge-furniture", "site-chrome", "title-line"}, gone


def test_a_short_sentence_pages_own_boxes_stay() -> None:
    # a glossary box, a quiz with its options and a "did you know" box under the last sentence, a question heading
    boxes = [
        "Wörter-Buch",
        "Tablet",
        "Ein Tablet ist ein kleiner Computer ohne Tastatur.",
        "Rätsel",
        "Ab wann gilt das Gesetz?",
        "a) ab morgen",
        "b) ab dem nächsten Jahr",
        "🤔 Wusstest du?",
        "In Dänemark haben alle Schulen schon schnelles Internet.",
    ]
    lost_lines, gone = kept([*_MENU, _TITLE, *_SHORT, *boxes, *_FOOTER])
    assert [x for x in lost_lines if x != _TITLE] == [*_MENU, "Über uns"], gone


def test_a_page_of_a_few_short_sentences_is_left_alone() -> None:
    # five sentences are no article's block: the page is judged as before (its menu stays: no anchor)
    page = [*_MENU, _TITLE, *_SHORT[:5]]
    _lost, gone = kept(page)
    assert [p for p, _t in gone if p == "edge-furniture"] == [], gone


def test_a_short_sentence_block_in_a_list_page_is_no_anchor() -> None:
    # the block's sentences stand together: the same sentences each between two rows of a list are a listing's
    rows = [f"{n}. Platz: Team {n}" for n in range(1, 10)]
    page = [*_MENU, "Die Tabelle", *(x for pair in zip(rows, _SHORT, strict=True) for x in pair)]
    lost_lines, _gone = kept(page)
    assert not set(lost_lines) & set(_SHORT)


def test_a_glossary_term_over_its_definition_stays_and_a_footer_link_goes() -> None:
    # (edge_kids.glossary_term: a menu word as the term right over a sentence that names it)
    for term in ("Datenschutz", "Daten-Schutz", "Barriere-Freiheit"):
        box = ["Wörter-Buch", term, f"{term} bedeutet: Alle Menschen können mit-machen und alles gut benutzen."]
        lost_lines, gone = kept([*_SHORT, *box])
        assert lost_lines == [], (term, gone)
        lost_lines, gone = kept([*_SHORT, "Impressum", term, "Kontakt", "© Nachrichten leicht 2024"])
        assert term in lost_lines, (term, gone)



def test_a_list_closing_a_short_sentence_text_stays() -> None:
    # (session 41's merge: with the tail cleared, a team's line-up under the last short sentence went with the footer;
    # the page of short sentences is cleared at its head only)
    text = ["Die Partie begann mit viel Tempo.", "Bayern drückte von Beginn an.", "Dortmund verteidigte tief.",
            "Nach 20 Minuten fiel das 1:0.", "Kane traf per Kopf nach einer Ecke.",
            "Dortmund kam vor der Pause zurück.", "Adeyemi glich mit einem Flachschuss aus.",
            "In der zweiten Hälfte passierte wenig.", "Am Ende stand es 1:1."]
    lineup = ["Aufstellung Bayern:", "Neuer", "Kimmich", "Upamecano", "Kane"]
    lost_lines, gone = kept(["Startseite", "Nachrichten", "Sport", "Wissen", *text, *lineup, "Impressum", "Kontakt"])
    assert not [x for x in lost_lines if x in text or x in lineup], gone


if __name__ == "__main__":
    report(CASES)
