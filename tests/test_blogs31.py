# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""blogs31: a probe of posts on blog platforms, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt, nl, pl, sv and ja:

- WordPress (self-hosted and WordPress.com): "Posted on … by …", the entry's footer row "Posted in Soil, Techniques |
  Tagged compost, no-dig | 14 Comments", "Share this:" with its buttons, "Like this:" / "Like Loading...", "Related",
  the post pager, "N thoughts on “Title”", the comment form ("Leave a Reply Cancel reply", "Your email address will not
  be published. …"), "Follow Blog via Email", "Blog at WordPress.com.", each in the platform's own translations;
- Medium, dev.to, Hashnode, Ghost and Substack posts ("7 min read", "·", "Follow", "Listen", "Share", "Published in Y",
  "Written by X", "842 Followers", "Responses (23)", "Recommended from Medium", Medium's sign-up box, "Top comments
  (3)", "Code of Conduct • Report abuse", the newsletter box, "Get the app") and Blogger ("Posted by X at 10:32 AM",
  "4 comments:", "Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)");
- the posts themselves (``A``): essays, tutorials with numbered steps and code lines (shell, JavaScript, a compose
  file's YAML), travel diaries of one-line paragraphs ("Tag 2.", "Rain."), lists ("2. Jeder weiß alles."), a
  sign-off alone or with the name ("Cheers, Tom", "Beijos," / "Ana"), "Update (May 2): …", "P.S. …", a question to the
  readers at the end.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, Blogger's date over the title).

- round 1, blind (written before reading the passes): 24 pages, 202 ``A`` lines, 357 ``R``.
- round 2, after the changes, aimed at them: 8 pages, 67 ``A`` (controls): a tutorial quoting the footer row inside its
  sentence, "Posted in London for three years, …", "Veröffentlicht in einer Lokalzeitung wurde …", "Publié dans un
  guide de 1990, …", "Pubblicato in un libro, …", "Posta un commento sotto il video, …", "Polub ten wpis, …", "… werd
  aanbevolen door Medium op de voorpagina …", Medium's slogan in a sentence, compose files' ``image:`` lines with a
  registry and a tag, "Image: the app's timeline view, …" (a caption's sentence), sign-offs with a name in de, fr, nl,
  pl, one-line diary entries and list items.

Measured on main fac829d: round 1 lost 2 ("Cheers, Tom", the post's sign-off with its writer's name on one line, taken
by edge-furniture as a short line in the footer's run; a compose file's "image: nextcloud:28", taken by image-credit),
left 17 (the WordPress entry footer row wherever no box of headlines follows it, in en, fr, nl, pl and sv; Medium's
sign-up box's three lines; pl's "Polub Wczytywanie…"; it's Blogger "Posta un commento" and its pager; nl's Medium
"Aanbevolen door Medium" and "Geschreven door …"; Hashnode's bio line; dev.to's name and date; pl's blog name);
round 2 lost 2 (the compose file's two ``image:`` lines), left 0.

After: round 1 lost 0, left 5; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, each with
what it still takes and what it keeps (tests below):

- ``widgets.blog_template`` (site-chrome), per language, whole lines: the WordPress entry's footer row, "Posted in" /
  "Filed under" (de "Veröffentlicht in", fr "Publié dans", es "Publicado en", it "Pubblicato in", pt "Publicado em",
  nl "Geplaatst in", pl "Opublikowano w", sv "Publicerat i") with its categories and one part or more after a bar:
  the tags ("Tagged …", "Verschlagwortet mit …", "Tagué …", "Etiquetado …", "Contrassegnato …", "Etiquetas …",
  "Getagd …", "Otagowano …", "Taggat …"), the comment count or link, "Edit". The bar makes it a row: the words in a
  sentence ("Posted in London for three years, …", a tutorial's "On my blog the row read Posted in Baking | Tagged
  bread, rye | 4 Comments, which …") stay. en's promos heading table took the row only over a box of headlines
  (teaser-box), so the row alone under the post stayed. Also Medium's sign-up box's lines (en: "Distraction-free
  reading. No ads.", "Organize your knowledge with lists and highlights.", "Tell your story. Find your audience.", each
  a whole line: the slogan in a sentence stays), nl's "Aanbevolen door Medium" (en's "Recommended from Medium" goes as
  teaser-box's heading already), it's Blogger "Posta un commento" and pager "Post più recente Post più vecchio Home
  page", pl's WordPress.com like button "Polub Wczytywanie…".
- ``structure.closing_courtesy`` (edge-furniture's keeper under the last paragraph; the structure helper's table, one
  entry in its own block): a sign-off and the writer's name of one or two capitalised words on one line ("Cheers, Tom",
  "Best, Anna Berg", "Liebe Grüße, Jana", "Un abrazo, Lucía", "Groetjes, Sanne", "Pozdrawiam, Kasia"). The table only
  keeps a line right under the article's last paragraph, so it can take nothing; the menu under it still goes.
- ``credits.ImageCredit.spared`` (the credits helper's file: a small change, said in the report): a container image's
  reference ("image: nextcloud:28", "image: postgres:16-alpine", "image: ghcr.io/immich-app/immich-server:release",
  the name and its tag glued by a colon) stays; a credit ("Image: Getty Images", "Image: NASA/JPL-Caltech") still goes.

Not added here: nl's "Geschreven door Eva de Groot" as a byline. en's byline table took "Written by X" anywhere, and
so took a book review's credit line ("Written by Harry Mulisch" over "Translated by …", mid-article): the same rule in
nl would have lost the same line. credits32 (tests/test_credits32.py) spares a work's credits block and added it.
``python tests/test_blogs31.py`` (from the repository root, ``PYTHONPATH=tests:.``) prints the numbers.

left33: es_devto_extract's "Publicado el 10 feb" goes now (es dateline: a post's date without its year after its label), and the name over it with it (edge-furniture's run).
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    assert_residue_goes,
    assert_survives,
    forced_language_test,
    kept_lines,
    removals_of,
    removed,
    report,
    tagged_probe_tests,
    with_line,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== WordPress =====
    "en_wp_essay_full": """\
R Skip to content
R The Slow Garden
R Notes from a small allotment
R Home
R About
R Recipes
R Contact
T Why I stopped digging my beds
R Posted on March 12, 2024 by Helen Marsh
A For twenty years I dug every bed on the plot each autumn, because that is what my father did and what every book told me to do.
A Three winters ago my back gave out in November, and half the beds stayed as they were under a mulch of leaves.
A The following spring those beds were the first to warm up, the soil was crumbly, and the worms had done the work for me.
A The dug beds, by contrast, had set like concrete after the February rain.
A I am not a scientist, and one plot is not an experiment.
A But I have since read a fair bit about soil structure, and the idea that turning the soil breaks up the fungal networks makes sense to me.
A Now I spread five centimetres of compost on top each October and leave it.
A Weeds are fewer, because I no longer bring buried seeds up to the light.
A The only bed I still dig is the potato bed, and only because lifting the crop does it anyway.
A Have you tried no-dig, and did it work on heavy clay?
R Share this:
R Twitter
R Facebook
R Like this:
R Like Loading...
R Related
R Mulching with leaves: a year on
R March 2, 2023
R In "Soil"
R Posted in Soil, Techniques | Tagged compost, no-dig, soil | 14 Comments
R Post navigation
R Previous post
R Seed potatoes: what I'm growing this year
R Next post
R The first asparagus
R 14 thoughts on “Why I stopped digging my beds”
R Peter
R March 12, 2024 at 9:14 pm
R Same here, three years no-dig on clay and the difference is huge.
R Reply
R Helen Marsh
R March 13, 2024 at 7:02 am
R Thanks Peter, good to hear it works on clay too!
R Reply
R Leave a Reply Cancel reply
R Your email address will not be published. Required fields are marked *
R Comment *
R Name *
R Email *
R Website
R Save my name, email, and website in this browser for the next time I comment.
R Post Comment
R Follow Blog via Email
R Enter your email address to follow this blog and receive notifications of new posts by email.
R Join 312 other subscribers
R Blog at WordPress.com.
""",
    "en_wp_tutorial_extract": """\
T How to back up a Raspberry Pi to a NAS with rsync
A I run three Raspberry Pis at home, and last month one of their SD cards died without warning.
A Here is the backup routine I set up afterwards; it takes about ten minutes.
A 1. Mount the NAS share on the Pi.
A sudo mkdir -p /mnt/backup
A sudo mount -t nfs 192.168.1.20:/volume1/pi /mnt/backup
A 2. Run rsync once by hand to check that it works.
A sudo rsync -aAX --delete --exclude={"/dev/*","/proc/*","/sys/*","/tmp/*","/mnt/*"} / /mnt/backup/pi1/
A 3. Add a cron job so that it runs every night at 3 am.
A 0 3 * * * /usr/local/bin/pi-backup.sh
A The first run copies everything and took 25 minutes over Wi-Fi; later runs take under a minute.
A To restore, flash a fresh card, boot it, and rsync the folder back the other way.
A Update (May 2): several readers asked about excluding Docker volumes. Add "/var/lib/docker/*" to the exclude list if you back them up separately.
R Share this:
R Click to share on Twitter (Opens in new window)
R Click to share on Facebook (Opens in new window)
R Click to share on Reddit (Opens in new window)
R Like Loading...
R Posted in Raspberry Pi, Tutorials | Tagged backup, nas, rsync | 6 Comments
""",
    "de_wp_reise_full": """\
R Zum Inhalt springen
R Fernweh & Filterkaffee
R Startseite
R Reiseberichte
R Über mich
T Drei Tage auf den Lofoten im Februar
R Veröffentlicht am 4. Februar 2024 von Jana
A Tag 1.
A Landung in Bodø, Schneeregen, Fähre nach Moskenes.
A Vier Stunden Wellengang.
A Ich habe nichts gegessen.
A Tag 2.
A Morgens minus acht Grad und völlig klarer Himmel.
A Wir sind nach Reine gelaufen, die roten Hütten im Schnee sahen aus wie auf jeder Postkarte, nur kälter.
A Am Nachmittag kam das Polarlicht, schwach und grün, eine halbe Stunde lang.
A Tag 3.
A Sturm, alle Wanderwege gesperrt.
A Wir saßen im Café in Hamnøy und haben Stockfisch-Suppe gegessen, die ehrlich gesagt besser war als erwartet.
A Würde ich im Winter wiederkommen? Auf jeden Fall, aber mit besseren Handschuhen.
R Teilen mit:
R Facebook
R WhatsApp
R Gefällt mir:
R Gefällt mir Wird geladen …
R Ähnliche Beiträge
R Veröffentlicht in Norwegen, Reiseberichte | Verschlagwortet mit Lofoten, Polarlicht, Winter | 3 Kommentare
R Beitrags-Navigation
R Vorheriger Beitrag
R Kopenhagen mit dem Nachtzug
R 3 Gedanken zu „Drei Tage auf den Lofoten im Februar“
R Markus
R 5. Februar 2024 um 10:12
R Tolle Bilder! Wie habt ihr die Fähre gebucht?
R Antworten
R Schreibe einen Kommentar Antworten abbrechen
R Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert
R Kommentar abschicken
R Bloggen auf WordPress.com.
""",
    "fr_wp_recette_extract": """\
T Ma tarte tatin sans stress
R Publié le 18 octobre 2023 par Camille
A Chaque automne, ma grand-mère faisait une tarte tatin avec les pommes du jardin, et chaque automne elle la ratait un peu.
A Le caramel brûlait, ou la pâte restait collée au fond du moule.
A Après des années d'essais, voici ma méthode, qui marche à tous les coups.
A Il vous faut six pommes fermes, 100 g de sucre, 50 g de beurre et une pâte feuilletée.
A Faites fondre le sucre à sec dans une poêle allant au four, sans remuer, jusqu'à obtenir un caramel blond.
A Ajoutez le beurre, puis les pommes coupées en quartiers, serrées les unes contre les autres.
A Laissez cuire quinze minutes à feu moyen, puis couvrez avec la pâte et enfournez trente minutes à 200 °C.
A Attendez cinq minutes avant de retourner la tarte sur un plat.
A Bon appétit, et dites-moi si vous avez une astuce pour que les pommes ne s'effondrent pas !
R Partager :
R Facebook
R Pinterest
R J’aime ça :
R J’aime chargement…
R Publié dans Desserts | Tagué pommes, tarte, automne | 8 commentaires
R Laisser un commentaire Annuler la réponse
R Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
""",
    "es_wp_lista_full": """\
R Saltar al contenido
R Diario de una maestra
R Inicio
R Sobre mí
R Contacto
T 5 cosas que aprendí en mi primer año como profesora
R Publicado el 30 de junio de 2024 por Lucía Romero
A Hoy terminó el curso y, por fin, tengo un rato para pensar en todo lo que ha pasado.
A 1. Los niños notan si estás cansada antes que tú.
A 2. Una llamada a las familias en septiembre ahorra diez en marzo.
A 3. La fotocopiadora siempre se estropea el día del examen.
A 4. Está bien decir "no lo sé, lo buscamos juntos".
A 5. Los compañeros veteranos son el mejor manual que existe.
A Lo más duro no fueron las clases, sino las tardes corrigiendo hasta las diez de la noche.
A Lo mejor, sin duda, fue ver a Marcos leer en voz alta delante de todos en mayo, después de meses sin atreverse.
A El curso que viene me toca tercero, y ya estoy preparando la biblioteca de aula.
A ¿Qué le dirías tú a alguien que empieza a dar clase?
R Comparte esto:
R Twitter
R Facebook
R Me gusta esto:
R Me gusta Cargando...
R Relacionado
R Publicado en Educación | Etiquetado aula, docencia, primer año | 5 comentarios
R Navegación de entradas
R Entrada anterior
R Cómo organizo mi semana
R Entrada siguiente
R Lecturas para el verano
R Deja una respuesta Cancelar la respuesta
R Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
R Blog de WordPress.com.
""",
    "it_wp_viaggio_extract": """\
T Un weekend a Matera, tra sassi e silenzi
R Pubblicato il 9 aprile 2024 da Giulia
A Siamo arrivati a Matera di venerdì sera, con l'ultimo autobus da Bari.
A La città vecchia era quasi vuota e le luci dei Sassi si accendevano una dopo l'altra.
A Il sabato mattina abbiamo seguito una guida del posto, Nicola, che è cresciuto in una casa scavata nella roccia.
A Ci ha raccontato che fino agli anni Cinquanta intere famiglie vivevano in una sola stanza, con gli animali.
A Nel pomeriggio siamo saliti al belvedere di Murgia Timone, dall'altra parte della gravina.
A Il panorama al tramonto vale da solo il viaggio.
A La domenica, prima di ripartire, abbiamo mangiato le orecchiette con i peperoni cruschi in una trattoria senza insegna.
A Consiglio: portate scarpe comode, perché le scale non finiscono mai.
R Condividi:
R Facebook
R WhatsApp
R Mi piace:
R Mi piace Caricamento...
R Correlati
R Pubblicato in Italia, Viaggi | Contrassegnato Basilicata, Matera, weekend | Lascia un commento
""",
    "pt_wp_ensaio_full": """\
R Ir para o conteúdo
R Crónicas de Lisboa
R Início
R Sobre
T A última mercearia da rua
R Publicado em 22 de novembro de 2023 por Rui
A A mercearia do senhor Alberto fechou na sexta-feira, depois de 61 anos.
A Ninguém fez uma festa, apenas um papel na porta a agradecer aos clientes.
A Eu ia lá quase todos os dias comprar pão e, às vezes, só para conversar.
A Ele sabia o nome de todos os cães do bairro e de metade das crianças.
A A renda subiu três vezes em cinco anos, e no lugar vai abrir um alojamento local.
A Não escrevo isto para me queixar do turismo, que também dá trabalho a muita gente.
A Escrevo porque não sei onde vou comprar pão amanhã, e isso diz alguma coisa sobre a cidade.
R Partilhar isto:
R Twitter
R Facebook
R Gostar disto:
R Gosto Carregando...
R Relacionado
R Publicado em Lisboa | Etiquetas bairro, comércio, crónica | 12 Comentários
R Deixe um comentário Cancelar resposta
R O seu endereço de email não será publicado. Campos obrigatórios marcados com *
R Blog no WordPress.com.
""",
    "nl_wp_fiets_extract": """\
T Met de fiets naar het werk, ook in januari
R Geplaatst op 15 januari 2024 door Sanne
A Sinds oktober fiets ik elke dag de 14 kilometer naar kantoor, ook nu het vriest.
A De eerste week was zwaar, vooral de tegenwind over de dijk.
A Inmiddels doe ik er 38 minuten over, net zo lang als met de auto in de file.
A Wat hielp: goede handschoenen, een buff voor over mijn mond en spijkerbanden voor de ijzeldagen.
A Op kantoor kan ik douchen, anders had ik het nooit volgehouden.
A Ik heb deze maand al vijftig euro aan benzine bespaard.
A Cheers,
A Sanne
R Delen:
R Facebook
R Twitter
R Vind ik leuk:
R Vind-ik-leuk Laden...
R Geplaatst in Fietsen | Getagd pendelen, winter | 4 reacties
""",
    # ===== Medium / dev.to / Hashnode / Ghost / Substack =====
    "en_medium_full": """\
R Open in app
R Sign up
R Sign in
R Write
T What three years of on-call taught me about sleep
R Priya Raman
R Follow
R 7 min read
R ·
R Feb 6, 2024
R 1.2K
R 23
R Listen
R Share
A I joined my first on-call rotation in 2021, full of confidence and with no idea what a 3 am page does to a person.
A The first lesson was that most alerts are not emergencies.
A In my first month, 40 of the 52 pages I got were for a disk that filled up every Tuesday and cleaned itself an hour later.
A We fixed the disk, deleted eleven alerts, and the number of pages dropped by half.
A The second lesson was about handovers.
A A written handover of five lines at the end of each shift saved more incidents than any dashboard.
A The third lesson was personal: I cannot debug well after being woken up, and neither can anyone else.
A So we changed the rule: the person paged at night only stabilises the system, and the fix waits for the morning.
A None of this is new, but I had to learn it the hard way.
R 1.2K
R 23
R Written by Priya Raman
R 842 Followers
R ·
R Writer for
R Better Engineering
R Site reliability engineer. Writing about incidents, on-call and the people who fix things.
R Follow
R More from Priya Raman and Better Engineering
R Recommended from Medium
R Responses (23)
R What are your thoughts?
R Help
R Status
R About
R Careers
R Press
R Blog
R Privacy
R Terms
R Text to speech
R Teams
""",
    "en_medium_extract": """\
T The spreadsheet that ran our bakery
R Published in Small Business Stories
R Tom Ellery
R 5 min read
R Jan 14, 2024
A For six years our bakery ran on one Google spreadsheet with 31 tabs.
A It tracked orders, flour deliveries, staff rotas and the price of butter, which changed every week in 2022.
A Everyone knew which cell not to touch, and nobody knew why tab 17 existed.
A When we finally moved to proper software, it took three months and cost more than the spreadsheet had ever saved us.
A I am not sure it was worth it.
A The new system is better at invoices, but worse at the thing that mattered most: everyone could see everything at a glance.
A If you run a small shop, my advice is simple: do not switch tools until the old one actually stops you from working.
A Cheers, Tom
R Sign up to discover human stories that deepen your understanding of the world.
R Free
R Distraction-free reading. No ads.
R Organize your knowledge with lists and highlights.
R Tell your story. Find your audience.
R Sign up for free
R Membership
R Get the app
""",
    "en_devto_full": """\
R Skip to content
R DEV Community
R Log in
R Create account
R 12
R 3
R 5
T Debouncing in React without a library
R Marta Kowalczyk
R Posted on Mar 18, 2024
R #react #javascript #webdev #tutorial
A Every search box I build ends up needing a debounce, and every time I used to install lodash for it.
A Here is a small hook that does the same thing in eight lines.
A function useDebounce(value, delay) {
A   const [debounced, setDebounced] = useState(value);
A   useEffect(() => {
A     const id = setTimeout(() => setDebounced(value), delay);
A     return () => clearTimeout(id);
A   }, [value, delay]);
A   return debounced;
A }
A Use it by passing the input's value and a delay of about 300 milliseconds.
A The effect's cleanup clears the previous timer, so only the last keystroke triggers a request.
A P.S. If you need to cancel in-flight fetches too, combine this with an AbortController.
R Top comments (3)
R Jan Novak
R Mar 19 '24
R Nice and short, thanks!
R Like
R Reply
R Code of Conduct • Report abuse
R Read next
R Building a CLI with Node in 10 minutes
R Sam Lee - Mar 12
R DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.
R Home
R Podcasts
R Videos
R Tags
R Built on Forem — the open source software that powers DEV and other inclusive communities.
R Made with love and Ruby on Rails. DEV Community © 2016 - 2024.
""",
    "en_hashnode_extract": """\
T Migrating a Django app from Heroku to Fly.io
R Alex Chen
R ·
R Apr 2, 2024
R ·
R 6 min read
A When Heroku ended its free plan, our side project's bill went from zero to $32 a month.
A Fly.io promised the same for about $5, so I spent a weekend moving it.
A Step 1: install flyctl and run fly launch in the project folder.
A Step 2: move the environment variables with fly secrets set.
A Step 3: create a Postgres cluster and restore the Heroku dump into it.
A pg_restore --no-owner -d $DATABASE_URL latest.dump
A The only real problem was static files, because Heroku's buildpack had been collecting them for us.
A Adding collectstatic to the Dockerfile fixed it.
A Two months later the app has had no downtime and the bill is $4.80.
R Subscribe to our newsletter
R Read articles from Alex's Dev Blog directly inside your inbox. Subscribe to the newsletter, and don't miss out.
R Subscribe
R Django
R Heroku
R Fly.io
R Written by
R Alex Chen
R Backend developer in Toronto.
R Published on
R Alex's Dev Blog
""",
    "en_substack_essay_full": """\
R Share this post
R The Margin
R On being a beginner at forty
R Subscribe
R Sign in
T On being a beginner at forty
R Learning the cello, badly, and why I keep going
R Clara Webb
R Nov 3, 2023
R 87
R 19
R Share
A Last January I bought a second-hand cello for 400 euros and booked my first lesson.
A I had not learned anything from scratch since university, and I had forgotten how it feels to be bad at something.
A My teacher is twenty-three.
A She is patient in a way I am not, and she laughs when I apologise for a wrong note.
A After ten months I can play a slow minuet without stopping, most days.
A What surprised me is how much the practice changed the rest of my week.
A Half an hour of scales is the only time I do not think about work.
A Update (Nov 5): a lot of you wrote to ask about the teacher; she does online lessons too, and no, she did not pay me to say that.
R Thanks for reading The Margin! Subscribe for free to receive new posts and support my work.
R Subscribe
R 87 Likes
R ·
R 4 Restacks
R Discussion about this post
R Comments
R Restacks
R Ready for more?
R Subscribe
R © 2024 Clara Webb
R Privacy ∙ Terms ∙ Collection notice
R Start Writing
R Get the app
R Substack is the home for great culture
""",
    "de_ghost_full": """\
R Stadtrand
R Startseite
R Archiv
R Über
R Abonnieren
T Warum unsere Bäckerei keine Brötchen mehr am Sonntag backt
R 12. März 2024
R 4 Min. Lesezeit
A Seit dem ersten März bleibt unser Ofen am Sonntag kalt.
A Das war keine leichte Entscheidung, denn der Sonntag war jahrelang unser umsatzstärkster Tag.
A Aber wir haben zwei Bäcker verloren, und niemand will mehr um drei Uhr morgens am Wochenende arbeiten.
A Wir haben überlegt, die Preise zu erhöhen oder Teiglinge zuzukaufen.
A Beides passt nicht zu dem, was wir machen wollen.
A Stattdessen backen wir samstags mehr Brot, das sich bis Montag hält.
A Die ersten Wochen waren ruhig, und viele Stammkunden haben uns geschrieben, dass sie es verstehen.
A Danke dafür!
R Teilen
R Melde dich für den Newsletter an
R Erhalte neue Beiträge direkt in dein Postfach.
R E-Mail-Adresse
R Abonnieren
R Stadtrand © 2024
R Powered by Ghost
""",
    "fr_medium_extract": """\
T Ce que j'ai appris en quittant Paris pour Clermont-Ferrand
R Publié dans Vivre Ailleurs
R Julien Morel
R 6 min de lecture
R 8 janv. 2024
A Il y a deux ans, j'ai quitté un deux-pièces de 34 mètres carrés dans le onzième pour une maison avec jardin à Clermont.
A Mon loyer a baissé de moitié, mais ce n'est pas ce qui a le plus changé.
A Ce qui a changé, c'est le temps : je mets douze minutes pour aller au travail, contre cinquante avant.
A Le plus dur a été de reconstruire un cercle d'amis, et ça m'a pris plus d'un an.
A Je ne regrette rien, mais je comprends ceux qui reviennent.
A Et vous, avez-vous déjà changé de ville pour de bon ?
R Écrit par Julien Morel
R 312 abonnés
R Suivre
R Plus de Julien Morel
R Recommandé par Medium
""",
    "es_devto_extract": """\
T Cómo configuré mi primer servidor con Docker Compose
R Andrea Gil
R Publicado el 10 feb
A Llevaba meses queriendo ordenar los servicios de mi casa, que estaban instalados a mano en una Raspberry Pi.
A Al final lo pasé todo a Docker Compose en una tarde.
A Este es el archivo que uso:
A services:
A   nextcloud:
A     image: nextcloud:28
A     ports:
A       - "8080:80"
A Con docker compose up -d se levanta todo, y si algo falla, docker compose logs me dice qué pasa.
A Lo mejor es que ahora puedo copiar la carpeta a otro equipo y funciona igual.
A ¿Vosotros usáis Compose o ya os habéis pasado a Kubernetes?
R Top comments (5)
R Código de conducta • Reportar abuso
""",
    # ===== Blogger =====
    "en_blogger_full": """\
R Stitch by Stitch
R Quilting, mending and the occasional disaster
R Home
R About me
R Patterns
T Saturday, 9 March 2024
T Mending my grandfather's jumper
A My grandfather's navy jumper has been in a drawer since he died in 2019, with two holes in the left elbow.
A This week I finally mended it.
A I used a darning mushroom and a wool that is slightly lighter, because I could not find the same navy.
A The first darn was lumpy, so I unpicked it and started again with smaller stitches.
A The second one is not invisible, but it is neat, and I like that you can see where it was mended.
A I wore it to the market this morning.
A It still smells a little of his pipe.
R Posted by Margaret at 10:32 AM
R 4 comments:
R Anne said...
R What a lovely thing to do. The darn looks beautiful.
R 9 March 2024 at 12:15
R Post a Comment
R Newer Post Older Post Home
R Subscribe to: Post Comments (Atom)
R About Me
R Margaret
R View my complete profile
R Blog Archive
R ► 2024 (12)
R ► 2023 (41)
R Powered by Blogger.
""",
    "pt_blogger_full": """\
R Cantinho da Ana
R Receitas de família
T domingo, 14 de janeiro de 2024
T Bolo de fubá da minha avó
A Esse bolo é a coisa mais simples que eu sei fazer, e a que mais me lembra a casa da minha avó em Minas.
A Ela fazia toda tarde de domingo, com o café passado no coador de pano.
A Ingredientes: 2 xícaras de fubá, 1 xícara de farinha de trigo, 2 xícaras de açúcar, 3 ovos, 1 xícara de leite e meia xícara de óleo.
A Bata tudo no liquidificador, coloque numa forma untada e asse por 40 minutos a 180 graus.
A O segredo é não abrir o forno nos primeiros 30 minutos.
A Beijos,
A Ana
R Postado por Ana Paula às 15:20
R Nenhum comentário:
R Postar um comentário
R Postagem mais recente Postagem mais antiga Página inicial
R Assinar: Postar comentários (Atom)
""",
    "es_blogger_extract": """\
T Ruta por la Sierra de Cazorla en otoño
A El sábado hicimos la ruta del río Borosa, unos 22 kilómetros ida y vuelta.
A Salimos a las ocho desde la piscifactoría, con niebla en el valle.
A El primer tramo es una pista ancha junto al río, fácil y muy bonita con los colores del otoño.
A Después viene la Cerrada de Elías, con pasarelas de madera sobre el agua.
A La subida final hasta el embalse de Aguas Negras pasa por dos túneles excavados en la roca; llevad linterna.
A Tardamos siete horas con paradas, y llegamos al coche justo cuando empezaba a llover.
A PD: En el bar de la entrada ponen unas migas estupendas.
R Publicado por Pedro M. en 21:45
R No hay comentarios:
R Publicar un comentario
R Entrada más reciente Entrada antigua Inicio
R Suscribirse a: Enviar comentarios (Atom)
""",
    "it_blogger_extract": """\
T Il mio orto sul balcone: bilancio del primo anno
A Quando ho iniziato, a marzo, avevo sei vasi e nessuna idea.
A Oggi ho raccolto l'ultimo peperoncino e posso fare un bilancio.
A I pomodorini hanno dato tantissimo, più di quanto riuscissimo a mangiare.
A Il basilico è morto due volte, perché lo annaffiavo troppo.
A Le fragole sono state mangiate dai merli prima di noi.
A L'anno prossimo proverò con una rete e con meno acqua.
A Voi cosa coltivate sul balcone?
R Pubblicato da Elena alle 18:05
R 2 commenti:
R Posta un commento
R Post più recente Post più vecchio Home page
R Iscriviti a: Commenti sul post (Atom)
""",
    "nl_medium_full": """\
R Openen in app
R Aanmelden
T Waarom ik mijn smartphone een maand in de la legde
R Eva de Groot
R Volgen
R 4 min lezen
R ·
R 2 apr 2024
A In maart heb ik mijn telefoon een maand lang niet gebruikt, behalve om te bellen met een oud Nokia-toestel.
A De eerste dagen pakte ik steeds naar mijn broekzak, wel dertig keer per dag.
A Na een week werd het rustiger in mijn hoofd.
A Ik las drie boeken, meer dan in het hele vorige jaar.
A Lastig was vooral het parkeren en het betalen, want alles gaat tegenwoordig via een app.
A Nu gebruik ik mijn smartphone weer, maar zonder sociale media en met meldingen uit.
R Geschreven door Eva de Groot
R 128 volgers
R Volgen
R Aanbevolen door Medium
""",
    "pl_wp_full": """\
R Przejdź do treści
R Książki i herbata
T Dlaczego wróciłam do papierowych książek
R Opublikowano 3 kwietnia 2024 przez Kasia
A Przez pięć lat czytałam prawie wyłącznie na czytniku.
A Było wygodnie, lekko, a książki kosztowały mniej.
A W tym roku kupiłam jednak trzy papierowe powieści i nagle zaczęłam czytać więcej.
A Myślę, że chodzi o to, że książka leży na stole i przypomina o sobie.
A Czytnik leżał w szufladzie, a w telefonie zawsze było coś ciekawszego.
A Nie wyrzucam czytnika, biorę go w podróż.
A A wy, wolicie papier czy ekran?
R Udostępnij:
R Facebook
R Twitter
R Lubię to:
R Polub Wczytywanie…
R Opublikowano w Książki | Otagowano czytanie, czytnik | 7 komentarzy
R Dodaj komentarz Anuluj pisanie odpowiedzi
R Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *
""",
    "sv_wp_extract": """\
T Vår första vinter i stugan
R Publicerat den 20 januari 2024 av Erik
A Vi flyttade ut till stugan i Hälsingland i november, och nu har vi klarat två månader.
A Det kallaste var minus 31 grader, natten före nyårsafton.
A Vedspisen går hela dagen, och vi eldar ungefär en kubikmeter i veckan.
A Vattnet frös en gång, i ledningen under golvet, och det tog två dagar att tina.
A Barnen älskar det, mest för att skolbussen stannar precis vid grinden.
A Hälsningar,
A Erik
R Dela det här:
R Facebook
R Gilla det här:
R Gilla Laddar in …
R Publicerat i Stugliv | Taggat vinter, vedspis | 2 kommentarer
""",
    "ja_blog_full": """\
R ホーム
R プロフィール
R お問い合わせ
T 京都で一人旅、三日目のメモ
R 2024年3月10日
A 朝六時に起きて、伏見稲荷大社へ行きました。
A この時間だと人が少なく、千本鳥居をほぼ独り占めできます。
A 山頂まで往復で二時間ほどかかりました。
A お昼は錦市場で、だし巻き卵と湯葉を食べました。
A 午後は雨が降ってきたので、京都国立博物館でゆっくり過ごしました。
A 明日は大阪に移動する予定です。
R この記事をシェアする
R ツイート
R シェア
R はてなブックマーク
R 関連記事
R コメントを書く
R 前の記事
R 次の記事
R カテゴリー：旅行
""",
    # ===== ROUND 2 (after the changes, aimed at them: controls that must survive) ====================================
    "en_wp_theme_tutorial": """\
T How I customised the entry footer of my WordPress theme
A Most WordPress themes print a row under each post with its categories, tags and the number of comments.
A On my blog it looked like this: Posted in Baking | Tagged bread, rye | 4 Comments, and I wanted the tags on a line of their own.
A The row comes from a function called twentytwentyone_entry_meta_footer in the theme's template-tags.php file.
A 1. Make a child theme.
A 2. Copy the function into the child theme's functions.php.
A 3. Change the separator from a bar to a line break.
A echo '<span class="cat-links">' . $categories . '</span>';
A Posted in London for three years, my brother learned to bake rye bread from a Polish neighbour.
A Tell your story. Find your audience. That was the slogan on the platform's first homepage, and I still like it.
A Cheers, Tom
""",
    "en_devto_compose_tutorial": """\
T Self-hosting a photo library with Immich
A Immich is the closest thing I have found to Google Photos that runs on my own hardware.
A Here is the part of the compose file that matters:
A services:
A   immich-server:
A     image: ghcr.io/immich-app/immich-server:release
A   database:
A     image: postgres:16-alpine
A     restart: always
A Start it with docker compose up -d and open port 2283 in the browser.
A The first import of 40,000 photos took a night, mostly for the face recognition.
A Image: the app's timeline view, which looks almost exactly like the one on my phone.
A P.S. Back up the database volume, not only the photos.
""",
    "en_travel_diary_short_lines": """\
T Kyoto, day four
A Rain.
A Took the first train to Arashiyama anyway.
A The bamboo grove was empty at seven.
A Breakfast: tofu, pickles, green tea.
A Walked the river path to the monkey park.
A Too many stairs.
A Worth it for the view over the city.
A Best, Anna
""",
    "de_blog_liste_essay": """\
T Fünf Dinge, die ich beim Umzug aufs Land gelernt habe
A Vor einem Jahr sind wir aus Köln in ein Dorf in der Eifel gezogen.
A 1. Der Bus fährt zweimal am Tag.
A 2. Jeder weiß alles.
A 3. Die Kinder sind viel mehr draußen.
A 4. Ohne Auto geht es nicht.
A 5. Man lernt die Nachbarn kennen, ob man will oder nicht.
A Veröffentlicht in einer Lokalzeitung wurde unsere Geschichte übrigens auch, mit einem Foto vom Hof.
A Würden wir es wieder tun? Ja, ohne zu zögern.
A Liebe Grüße, Jana
""",
    "it_blog_commenti": """\
T Perché ho chiuso i commenti sul blog
A Dopo dieci anni ho deciso di chiudere i commenti sotto gli articoli.
A Non è stata una scelta facile, perché molte delle amicizie nate qui sono cominciate proprio lì.
A Negli ultimi mesi però arrivavano più messaggi di spam che commenti veri, anche trecento al giorno.
A Pubblicato in un libro, questo blog non avrebbe mai avuto lettori così generosi.
A Chi vuole scrivermi può farlo per email, e risponderò come sempre.
A Posta un commento sotto il video, aveva scritto un lettore, e io non sapevo nemmeno che ci fosse un video.
A Un saluto a tutti voi.
""",
    "fr_blog_carnet": """\
T Carnet de voyage : trois jours à Lisbonne
A Jour 1.
A Arrivée sous le soleil.
A Pastéis de nata à Belém, évidemment.
A Jour 2.
A Le tram 28 était plein, nous avons marché jusqu'à l'Alfama.
A Publié dans un guide de 1990, le restaurant que nous cherchions avait fermé depuis longtemps.
A Jour 3.
A Retour sous la pluie.
A Bises, Camille
""",
    "nl_blog_medium_essay": """\
T Waarom ik niet meer op Medium schrijf
A Vijf jaar lang publiceerde ik al mijn stukken op Medium.
A Een van mijn artikelen werd aanbevolen door Medium op de voorpagina en kreeg in een week 40.000 lezers.
A Daarna veranderde het verdienmodel, en mijn inkomsten zakten van 300 naar 20 euro per maand.
A Nu schrijf ik op mijn eigen site, met een nieuwsbrief die ik zelf beheer.
A Geplaatst in een map op mijn laptop staan nog honderd concepten die ik ooit wil afmaken.
A Groetjes, Sanne
""",
    "pl_blog_lista": """\
T Trzy rzeczy, których nauczył mnie ogród
A 1. Cierpliwości.
A 2. Że ślimaki są wszędzie.
A 3. Że pomidory lubią słońce bardziej niż ja.
A Opublikowano w gazecie, mój tekst o ogrodach działkowych wywołał sporą dyskusję.
A Polub ten wpis, jeśli też masz ogród, napisała koleżanka, ale wolę komentarze.
A Pozdrawiam, Kasia
""",
}

KNOWN_LOST: dict[str, list[str]] = {}  # (none: every article line of both rounds survives)

RESIDUE_LEFT: dict[str, int] = {
    # Hashnode's author card under the post: "Written by" / "Alex Chen" go, the bio line "Backend developer in
    # Toronto." stays (a short closed sentence of no credit's words; author-bio wants a name in it: the credits'
    # owner's, left alone)
    "en_hashnode_extract": 1,
    # the blog's name over the headline ("Książki i herbata"): a short line of the page's head the furniture test
    # reads as a headline's kicker (structure's, left alone)
    "pl_wp_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the added rules, residue and its controls by language ------------------------------------------------------------

TEXT = {
    "en": [
        "For twenty years I dug every bed on the plot each autumn, because that is what my father did.",
        "Three winters ago my back gave out in November, and half the beds stayed as they were under a mulch of leaves.",
        "The following spring those beds were the first to warm up, and the worms had done the work for me.",
    ],
    "de": [
        "Seit dem ersten März bleibt unser Ofen am Sonntag kalt, und das war keine leichte Entscheidung.",
        "Wir haben zwei Bäcker verloren, und niemand will mehr um drei Uhr morgens am Wochenende arbeiten.",
        "Stattdessen backen wir samstags mehr Brot, das sich bis Montag hält.",
    ],
    "fr": [
        "Chaque automne, ma grand-mère faisait une tarte tatin avec les pommes du jardin.",
        "Faites fondre le sucre à sec dans une poêle allant au four, sans remuer, jusqu'à obtenir un caramel blond.",
        "Laissez cuire quinze minutes à feu moyen, puis couvrez avec la pâte et enfournez trente minutes.",
    ],
    "es": [
        "Hoy terminó el curso y, por fin, tengo un rato para pensar en todo lo que ha pasado este año.",
        "Lo más duro no fueron las clases, sino las tardes corrigiendo hasta las diez de la noche.",
        "El curso que viene me toca tercero, y ya estoy preparando la biblioteca de aula.",
    ],
    "it": [
        "Siamo arrivati a Matera di venerdì sera, con l'ultimo autobus da Bari.",
        "Il sabato mattina abbiamo seguito una guida del posto, che è cresciuto in una casa scavata nella roccia.",
        "La domenica, prima di ripartire, abbiamo mangiato le orecchiette in una trattoria senza insegna.",
    ],
    "pt": [
        "A mercearia do senhor Alberto fechou na sexta-feira, depois de 61 anos no mesmo sítio.",
        "Eu ia lá quase todos os dias comprar pão e, às vezes, só para conversar com ele.",
        "A renda subiu três vezes em cinco anos, e no lugar vai abrir um alojamento local.",
    ],
    "nl": [
        "Sinds oktober fiets ik elke dag de 14 kilometer naar kantoor, ook nu het vriest.",
        "Inmiddels doe ik er 38 minuten over, net zo lang als met de auto in de file.",
        "Op kantoor kan ik douchen, anders had ik het nooit volgehouden.",
    ],
    "pl": [
        "Przez pięć lat czytałam prawie wyłącznie na czytniku, bo było wygodnie i tanio.",
        "W tym roku kupiłam jednak trzy papierowe powieści i nagle zaczęłam czytać więcej.",
        "Czytnik leżał w szufladzie, a w telefonie zawsze było coś ciekawszego.",
    ],
    "sv": [
        "Vi flyttade ut till stugan i Hälsingland i november, och nu har vi klarat två månader.",
        "Vedspisen går hela dagen, och vi eldar ungefär en kubikmeter i veckan.",
        "Barnen älskar det, mest för att skolbussen stannar precis vid grinden.",
    ],
}

_CH = "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Posted in Raspberry Pi, Tutorials | Tagged backup, nas, rsync | 6 Comments", _CH),
    ("en", "Filed under Recipes | Leave a comment", _CH),
    ("en", "Distraction-free reading. No ads.", _CH),
    ("en", "Organize your knowledge with lists and highlights.", _CH),
    ("en", "Tell your story. Find your audience.", _CH),
    ("de", "Veröffentlicht in Norwegen, Reiseberichte | Verschlagwortet mit Lofoten, Polarlicht | 3 Kommentare", _CH),
    ("fr", "Publié dans Desserts | Tagué pommes, tarte, automne | 8 commentaires", _CH),
    ("es", "Publicado en Educación | Etiquetado aula, docencia | 5 comentarios", _CH),
    ("it", "Pubblicato in Italia, Viaggi | Contrassegnato Basilicata, Matera | Lascia un commento", _CH),
    ("it", "Posta un commento", _CH),
    ("it", "Post più recente Post più vecchio Home page", _CH),
    ("pt", "Publicado em Lisboa | Etiquetas bairro, comércio | 12 Comentários", _CH),
    ("nl", "Geplaatst in Fietsen | Getagd pendelen, winter | 4 reacties", _CH),
    ("nl", "Aanbevolen door Medium", _CH),
    ("pl", "Opublikowano w Książki | Otagowano czytanie, czytnik | 7 komentarzy", _CH),
    ("pl", "Polub Wczytywanie…", _CH),
    ("sv", "Publicerat i Stugliv | Taggat vinter, vedspis | 2 kommentarer", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Posted in London for three years, my brother learned to bake rye bread from a Polish neighbour."),
    ("en", "On my blog the row read Posted in Baking | Tagged bread, rye | 4 Comments, which I never liked."),
    ("en", "Tell your story. Find your audience. That was the platform's first slogan, and I still like it."),
    ("en", "One of my posts was recommended from Medium's front page and read 40,000 times in a week."),
    ("de", "Veröffentlicht in einer Lokalzeitung wurde unsere Geschichte übrigens auch, mit einem Foto vom Hof."),
    ("fr", "Publié dans un guide de 1990, le restaurant que nous cherchions avait fermé depuis longtemps."),
    ("es", "Publicado en una revista de 1985, el artículo sobre el pueblo todavía se cita en la escuela."),
    ("it", "Pubblicato in un libro, questo blog non avrebbe mai avuto lettori così generosi."),
    ("it", "Posta un commento sotto il video, aveva scritto un lettore, e io non sapevo che ci fosse un video."),
    ("pt", "Publicado em 1998, o livro da minha avó ainda é a melhor receita de bolo que conheço."),
    ("nl", "Een van mijn artikelen werd aanbevolen door Medium op de voorpagina en kreeg 40.000 lezers."),
    ("pl", "Polub ten wpis, jeśli też masz ogród, napisała koleżanka, ale wolę komentarze."),
    ("sv", "Publicerat i en lokaltidning blev vårt brev om skolbussen plötsligt en stor fråga i byn."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- a blog post's sign-off with its writer's name on one line (structure.closing_courtesy) ----------------------------


@pytest.mark.parametrize(
    ("lang", "signoff"),
    [
        ("en", "Cheers, Tom"),
        ("en", "Best, Anna Berg"),
        ("de", "Liebe Grüße, Jana"),
        ("es", "Un abrazo, Lucía"),
        ("nl", "Groetjes, Sanne"),
        ("pl", "Pozdrawiam, Kasia"),
    ],
)
def test_a_sign_off_with_its_name_stays_over_the_residue(lang: str, signoff: str) -> None:
    text = TEXT[lang]
    page = [*text, signoff]
    residue = ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related"]
    result = cleaner.explain_text("\n".join([*page, *residue]))
    assert kept_lines(result) == page, removed(result)


def test_a_menu_word_under_the_text_still_goes() -> None:
    # (a short capitalised line with no courtesy before a comma is no sign-off: "Home" under the text goes)
    page = [*TEXT["en"], "Cheers, Tom"]
    result = cleaner.explain_text("\n".join([*page, "Home", "About", "Contact", "Privacy"]))
    assert kept_lines(result) == page, removed(result)


# -- a container image's reference in a config file is no image credit (credits.ImageCredit.spared) -----------------


@pytest.mark.parametrize(
    "line", ["image: nextcloud:28", "image: postgres:16-alpine", "image: ghcr.io/immich-app/immich-server:release"]
)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_an_image_reference_in_a_config_file_stays(line: str, position: str) -> None:
    assert_survives(with_line(TEXT["en"], line, position))


@pytest.mark.parametrize("line", ["Image: Getty Images", "Image: NASA/JPL-Caltech", "Image: Jane Doe/Example Agency"])
def test_an_image_credit_still_goes(line: str) -> None:
    assert_residue_goes(TEXT["en"], line, "image-credit")
    assert ("image-credit", line) in removals_of([line, *TEXT["en"]])


if __name__ == "__main__":
    report(CASES)
