# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""fiction49: a probe of fiction and literary texts scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt, nl, sv and pl: a fan-fiction archive's chapter, a literary
magazine's short story, a web serial's chapter, a paper's summer story and summer serials (de, fr, it, pt, nl), a
publisher's excerpt (de, it, es), short stories on literary sites (fr, es, pt, nl, sv, pl), a reading platform's
chapter (es), fan-fiction chapters (en, de).

- the article (``A``): dialogue of one word or a few ("— Non.", "»Warum?«", "‘Nee.’", "—¿Y tú?", "– Nej."),
  imperatives a character speaks or thinks ("Run!", "»Lauf!«", "—¡Corre!", "Subscribe to nothing, she told
  herself."), a chapter's head over the first paragraph ("Kapitel 1", "Capitolo primo", "Rozdział 1", "Chapter 7: The
  Long Night", "Capítulo 3: La llegada", "Épisode 4 : L'orage", "Deel 2: De storm") or inside the text ("Chapter 41",
  "Capítulo 12"), a countdown ("Three." / "Two." / "One."), a game's bracketed message, a letter inside the story (its
  salutation "Dear Margaret," / "Ma chère Hélène," / "Kära Gunnar," and its signature "Yours always, Thomas" / "Odile" /
  "Pa"), a note or a text message quoted ("come over. bring the sled." / "ok"), a diary's date line ("14. Oktober"),
  verses and songs quoted as short lines, the "#" scene break of a platform that keeps it as the text's;
- the residue (``R``): menus, bylines and stamps, the story's credit ("Fiction by …", "Une nouvelle de …", "Conto de
  …", "Een verhaal van …", "Novell av …"), a fan-fiction archive's tags header and stats row, kudos, bookmarks and
  comments, the writer's notes to the readers ("A/N: …", "Notes:", "Vorwort: …", "Nota de la autora: …"), chapter
  pagers ("« Previous Chapter | Table of Contents | Next Chapter »", "Capítulo anterior", "Próximo capítulo: O barco",
  "Volgende aflevering"), a serial's next part ("Lesen Sie morgen: Teil 4 – …", "Domani il racconto di …: «…»",
  "Épisode 5 : La lettre, à lire demain …"), the series' rubric and index ("Sommergeschichte, Teil 3", "I racconti
  dell'estate", "Alle afleveringen van het zomerfeuilleton"), Patreon and "support the author" appeals, reading-list
  and library buttons, a reading platform's counts ("128K Lecturas", "9,4K Votos"), the publisher's buy box (format,
  pages, price, ISBN, stores), newsletter boxes, cookie banners, copyright tails;
- ``T``: the story's title and dek, the chapter's title heading a fan-fiction page ("Chapter 3: Snow Day"), the summary,
  a disclaimer ("I don't own …"), scene breaks alone ("* * *", "***", "#"), end and continuation marks ("Fin", "Fine",
  "Slut", "Fortsetzung folgt.", "Continua.", "Wordt vervolgd."), the writer's closing bio, "Was bisher geschah: …".

- round 1, blind (written before reading the passes): 20 pages (10 extracts, 10 full pages), 217 ``A`` lines, 339
  ``R``, 38 ``T``. Measured on base 4dd005d3: lost 4, left 56. Lost: a chapter's head alone over the first paragraph
  of an excerpt, in the head's run of furniture under the book's title and its labels (edge-furniture: de "Kapitel 1",
  it "Capitolo primo", pl "Rozdział 1"; longread48's rule keeps a head only where a sibling heads a later section),
  and a text message "ok" under "Then she typed:" (cookie-notice: a banner's button word). Left: the story's credits
  (5), chapter pagers (6), "A/N:" lines (3), a fan-fiction archive's stats row and a platform's counts, series
  rubrics and next-part teasers, the fan sites' header rows, the publisher's book box, appeals and blurbs.
- after: lost 0, left 25 (``RESIDUE_LEFT``, each with why).
- round 2, after the changes, aimed at them: 5 pages (2 extracts, 3 full), 37 ``A``, 40 ``R``, 4 ``T``: a contents
  list over the first paragraph (its last entry right over it), a screen's "OK" under "… and said:" with a real banner's
  "OK" at the tail, "Kapitel eins", "Prólogo", "Capítulo primeiro", "Hoofdstuk 1" over the first paragraph, the
  story's sentences with the rules' words ("The next chapter of her life …", "“Since the previous chapter,” she said",
  "12K reads", "312 votes", "eine Kurzgeschichte von Kafka", "»Lesen Sie morgen weiter«", "—Siguiente capítulo —decía",
  "un relato de Borges", "Comparte este relato con quien quieras, …", "Um conto de Machado de Assis …", "Próximo
  capítulo: o que a velha nunca contou …", "een verhaal van zijn grootvader", "De volgende aflevering van zijn leven"),
  and the residue in other languages and places (an "A/N:" in Spanish, the credits at the head, pagers with and
  without arrows). On base 4dd005d3: lost 2 ("OK", "Hoofdstuk 1"), left 14. After: lost 0, left 2 (the contents
  list's last entry, which longread48's sibling rule keeps on the base too, and pt's rubric over a title with no prose
  under it).

The changes:

- ``cleaner/passes/edge_fiction.py`` (compiled, ``setup.py``): ``chapter_head`` (edge-furniture's guard at the head,
  after longread48's ``longread_head``): the kept line right over the first paragraph that is a chapter's head (a
  chapter's word of ``_CHAPTER_WORDS`` and its number: figures, a Roman numeral or a number's word, a title after a
  mark or none; or a prologue's word alone) stays, unless another chapter's head stands right over it (a contents
  list). ``introduced_lines`` (cookie-notice's ``spared``): a banner's button word alone (three words at most) under a
  kept line of the text closing on a colon and over a kept line of it, no other line of the banner's vocabulary within
  three lines, is the text's.
- tables, each in a ``# fiction49:`` block at its list's end: ``metadata.byline`` the story's credit, its kind and two
  capitalised names or more (en "Fiction by"/"A short story by"/"Poetry by", fr "Une nouvelle de", es "Un relato de",
  it "Un racconto di", pt "Conto de", nl "Een verhaal van", sv "Novell av", de "Eine Erzählung von"; one name, "Conto
  de Natal", "Un conte de Noël", is no credit); ``widgets.chrome`` the chapter pagers (en, de, fr, es, it, pt, nl; en
  "next chapter" only with its arrow or the next one's capitalised title: "Next chapter" alone heads a profile's last
  section), fr "Retrouvez l'épisode 3 : …" and "Épisode 5 : …, à lire demain …", es "Continuar leyendo en la siguiente
  parte", nl "Alle afleveringen van …", de "Alle Teile der … finden Sie hier.", en the archive's stats row;
  ``promos.label`` (any language) "A/N:" (no "AN:", a transcript's speaker; no "Author's note:", an essay's), de
  "Lesen Sie morgen:", it "Domani il racconto di …:" (a sentence closing on a full stop stays); ``widgets.social``
  (any language) a count in thousands and reads or votes ("128K Lecturas"; a figure and "votes" alone is a result),
  es "Comparte este relato"; ``structure.section_name`` the paper's fiction series (de "Sommergeschichte, Teil 3", fr
  "Feuilleton de l'été", it "I racconti dell'estate", es "Relatos de verano", pt "Contos de verão", nl
  "Zomerfeuilleton"); en ``metadata.dateline`` "Issue 88 · Summer 2026"; en ``credits.syndication`` "This story
  appears in Issue 88. Buy the issue". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

No retag after the blind round.

``python tests/test_fiction49.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    section_trail_tests,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an English fan-fiction archive's chapter page, full: menu, the work's tags header with its stats, the
    # summary and notes, a chapter heading over the text, a one-word line of speech, "Run!", a letter inside the story,
    # a scene break, end notes, kudos and comments, footer
    "en_archive_chapter_full": """\
R Skip to main content
R Archive of Stories
R Fandoms
R Browse
R Search
R About
R Log In
R Sign Up
R Rating:
R Teen And Up Audiences
R Archive Warning:
R No Archive Warnings Apply
R Fandom:
R The Lighthouse Trilogy - Marion Hale
R Relationships:
R Wren/Iskander
R Additional Tags:
R Hurt/Comfort
R Slow Burn
R Stats:
R Published: 2026-02-11 Updated: 2026-06-30 Words: 48,213 Chapters: 7/12 Comments: 311 Kudos: 1,904 Bookmarks: 402 Hits: 27,118
T The Keeper's Daughter
T saltmarsh_wren
R Summary:
T Wren has kept the light on Gull Rock for three winters alone. Then a boat comes in the storm.
R Notes:
R Thank you all so much for the kudos and comments, you make my week!
A Chapter 7: The Long Night
A The storm came in after midnight, the way her father had always said the worst ones did.
A Wren lit the lamp at the top of the tower and stood with her hands on the cold glass, counting the seconds between the flashes.
A “Is anyone out there?” Iskander asked from the stairs.
A “No.”
A “How do you know?”
A She didn't. That was the whole trouble.
A Then she saw it: a light low on the water, rising and falling, much too close to the rocks.
A “Run!” she shouted, and they ran.
T * * *
A In the morning she found the letter in the pocket of the drowned man's coat.
A Dear Margaret,
A If you are reading this, I did not make it home. Tell the children the boat was not their fault.
A Yours always, Thomas
A Wren folded it twice and put it in the tin where her father had kept his.
R Notes:
R Next chapter should be up Sunday! Come yell at me on tumblr.
R Kudos
R Bookmark
R Comments (311)
R Share
R Download
R 1,904 users left kudos on this work!
R Comments
R Post Comment
R inkwell_mae on Chapter 7 Sun 30 Jun 2026
R THE LETTER. I am not okay.
R Reply
R ← Previous Chapter
R Next Chapter →
R Entire Work
R Site Map
R Terms of Service
R Privacy Policy
R Report Abuse
""",
    # ===== an English literary magazine's short story, extract: a title, the byline, an epigraph, a song quoted in
    # short lines, an imperative of the story ("Subscribe to nothing, she told herself."), a sentence with "share"
    # and "comment", contributor's note, buy-the-issue box, newsletter, copyright tail
    "en_magazine_story_extract": """\
T Inventory
R Fiction by Lorna Achebe-Walsh
R Issue 88 · Summer 2026
A After her mother died, June made a list of everything in the house and sent it to her brother in Perth.
A He did not reply for nine days. Then he wrote one line: Keep the piano.
A She kept the piano. She sold the rest, or gave it away, or carried it to the tip in her father's old car.
A Her mother used to sing while she washed up, always the same verse:
A Oh the water is wide,
A I cannot cross o'er,
A And neither have I wings to fly.
A June had never liked the song. Now she could not stop hearing it.
A Subscribe to nothing, she told herself. Sign up for nothing. Owe nobody a thing.
A At the solicitor's office a young man asked whether she wanted to comment on the valuation. She said no, and that she would share the money with her brother, and signed where he pointed.
A That night she sat at the piano and pressed middle C, once, and let it ring until it was gone.
T Lorna Achebe-Walsh lives in Leeds. Her first collection, Small Hours, is out next spring.
R This story appears in Issue 88. Buy the issue
R Subscribe to the magazine from £24 a year
R Support independent fiction: become a Friend of the magazine.
R Get new fiction in your inbox every month.
R Sign up
R © 2026 the author. All rights reserved.
""",
    # ===== an English web serial's chapter page, full: chapter navigation top and bottom, a chapter heading, a
    # numeric line of the story (a countdown), a system message in brackets, an author's note, Patreon box, comments
    "en_webserial_chapter_full": """\
R Home
R Table of Contents
R About
R Patreon
R Discord
R « Previous Chapter | Table of Contents | Next Chapter »
T Interlude 4.2: The Bridge
R Posted on March 14, 2026 by hollowquill
A Chapter 41
A The bridge had been out for a week when Sana decided to cross it anyway.
A Three.
A Two.
A One.
A She jumped.
A For a long moment there was nothing under her but air and the sound of the river, far below, a sound like applause.
A Then her boots hit the far side and she rolled, and the pack on her back came open, and everything she owned went skidding across the stones.
A [Quest updated: Reach the Watchtower]
A “Show-off,” said Ilo from the other bank.
A “Come on, then,” she said. “Or are you scared?”
A He was. He came anyway.
R A/N: Sorry this one is late, work has been brutal. Two chapters next week to make up for it!
R If you enjoy the story, consider supporting me on Patreon, where patrons can read up to ten chapters ahead.
R « Previous Chapter | Table of Contents | Next Chapter »
R Share this:
R Twitter
R Facebook
R Like Loading...
R 42 Responses
R marrow_king says:
R March 14, 2026 at 9:12 pm
R Typo thread: “its pack” -> “her pack”
R Reply
R Leave a Reply
R Your email address will not be published. Required fields are marked *
R Post Comment
R Blog at WordPress.com.
""",
    # ===== a German newspaper's summer fiction series, extract: the series' label, a part number, »Warum?« alone,
    # »Nein.« alone, a scene break "#", "Fortsetzung folgt", the next part's teaser, newsletter box
    "de_sommergeschichte_extract": """\
R Sommergeschichte, Teil 3
T Die Fähre nach Hiddensee
R Von Annette Kolbeck
R 23. Juli 2026, 18:00 Uhr
T Was bisher geschah: Clara ist nach dreißig Jahren auf die Insel zurückgekehrt, um das Haus ihrer Tante zu verkaufen.
A Der Makler kam mit dem Fahrrad, eine Stunde zu spät, und roch nach Sonnencreme.
A »Sie wollen wirklich verkaufen?«, fragte er, bevor er überhaupt im Flur stand.
A »Ja.«
A »Warum?«
A Clara antwortete nicht. Sie zeigte ihm die Küche, die Stube, das Zimmer unter dem Dach, in dem sie als Kind jeden Sommer geschlafen hatte.
A Am Fenster blieb er stehen. Draußen lag das Meer, flach und grau wie ein Blech.
A »Das hier«, sagte er, »das verkauft sich von allein.«
T #
A Am Abend ging sie zum Hafen hinunter. Die letzte Fähre legte gerade ab, und auf dem Oberdeck stand ein Mann, der ihr winkte.
A Sie winkte nicht zurück. Sie wusste nicht, ob er sie meinte.
T Fortsetzung folgt.
R Lesen Sie morgen: Teil 4 – Der Mann auf der Fähre
R Alle Teile der Sommergeschichte finden Sie hier.
R Newsletter
R Jeden Morgen die wichtigsten Nachrichten aus der Region in Ihrem Postfach.
R Jetzt kostenlos anmelden
R Artikel teilen
""",
    # ===== a German publisher's excerpt page, full: menus, a "Leseprobe" label, "Kapitel 1", a short paragraph
    # "Nein.", a poem's lines quoted, buy buttons, price and format lines, store links, copyright tail
    "de_verlag_leseprobe_full": """\
R Direkt zum Inhalt
R Verlag Hohenberg
R Bücher
R Autorinnen und Autoren
R Veranstaltungen
R Presse
R Suche
R Warenkorb (0)
R Startseite / Belletristik / Romane
T Das Jahr der Stare
R Roman
R Mira Castell
R Leseprobe
A Kapitel 1
A Im Herbst, als die Stare kamen, hörte mein Vater auf zu sprechen.
A Er sprach nicht beim Frühstück und nicht beim Abendbrot, und wenn der Pfarrer am Sonntag an die Tür klopfte, ging er in den Garten und schnitt die Hecke, auch wenn es regnete.
A Meine Mutter fragte ihn jeden Abend, ob er etwas brauche.
A Nein.
A Das war das einzige Wort, das er noch sagte, und er sagte es sehr freundlich.
A In der Schule lernten wir in diesem Herbst ein Gedicht auswendig, das ich bis heute kann:
A Herr: es ist Zeit. Der Sommer war sehr groß.
A Leg deinen Schatten auf die Sonnenuhren,
A und auf den Fluren lass die Winde los.
A Ich sagte es ihm vor, am Küchentisch, und er hörte zu, und am Ende nickte er.
R Gebundene Ausgabe
R 304 Seiten
R 24,00 € (D) / 24,70 € (A)
R ISBN 978-3-7654-1234-5
R Erscheinungstermin: 12.03.2026
R In den Warenkorb
R Bei Ihrer Buchhandlung bestellen
R Auch als E-Book erhältlich
R Das könnte Ihnen auch gefallen
R Die Salzwiesen
R Ein Winter in Ahrenshoop
R Newsletter abonnieren
R Impressum
R Datenschutz
R AGB
R © 2026 Verlag Hohenberg GmbH. Alle Rechte vorbehalten.
""",
    # ===== a French review's short story, extract: "— Non." alone, "— Pourquoi ?" alone, a letter inside the
    # story (salutation, signature), "Fin", the translator's line, share row and comments
    "fr_nouvelle_revue_extract": """\
T La maison des Sablons
R Une nouvelle de Claire Aubrac
R Publié le 8 août 2026 à 10h00
A Le notaire avait posé la clé sur la table entre eux, comme on pose une carte qu'on ne veut pas jouer.
A — Vous pouvez la vendre, dit-il. Personne ne vous en voudra.
A — Non.
A — Pourquoi ?
A Hélène ne répondit pas. Elle prit la clé et la garda longtemps dans sa main fermée.
A La maison sentait le bois humide et la lavande. Dans le tiroir du buffet, sous les nappes, elle trouva une lettre à son nom.
A Ma chère Hélène,
A Si tu lis ceci, c'est que tu es revenue. Je savais que tu reviendrais. Ouvre les volets, laisse entrer l'air, et ne vends rien avant l'été.
A Ta tante qui t'embrasse,
A Odile
A Elle ouvrit les volets.
T Fin
R Partager
R Facebook
R Twitter
R Envoyer par e-mail
R 3 commentaires
R Marie-Laure
R Magnifique, j'ai pleuré à la fin.
R Répondre
""",
    # ===== a French daily's summer serial, full: menus, cookie banner, the series' label and episode, the previous
    # episode's link, a scene break "***", dialogue lines, a song's chorus, a "Suite demain" line, newsletter, footer
    "fr_feuilleton_ete_full": """\
R Aller au contenu principal
R Le Courrier du Midi
R Actualité
R Région
R Sports
R Culture
R Le feuilleton de l'été
R S'abonner
R Se connecter
R Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
R Accepter
R Paramétrer
R Le feuilleton de l'été
T Les Vendanges de Margaux (4/10)
R Par Julien Ferrand
R Publié le 17/07/2026 à 06h00
R Retrouvez l'épisode 3 : La cave du vieux Bastide
A Épisode 4 : L'orage
A Le ciel avait viré au violet au-dessus des vignes, et les vendangeurs regardaient tous dans la même direction.
A — On rentre ! cria Margaux.
A Personne ne bougea.
A — On rentre, j'ai dit !
A Le vieux Bastide posa son sécateur et cracha par terre. Il avait vu d'autres orages, et d'autres patronnes.
T ***
A Le soir, dans la cuisine, quelqu'un se mit à chanter, et les autres reprirent :
A Ah ! le petit vin blanc
A Qu'on boit sous les tonnelles…
A Margaux ne chantait pas. Elle comptait les caisses sur un carnet, et le compte n'y était pas.
T Suite demain.
R Épisode 5 : La lettre, à lire demain dans votre journal et sur notre site.
R Recevez chaque épisode par e-mail : inscrivez-vous à notre newsletter.
R Votre adresse e-mail
R Je m'inscris
R Le Courrier du Midi
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
R Contact
R © Le Courrier du Midi 2026
""",
    # ===== a Spanish short story on a literary site, extract: "Capítulo 3: La llegada" over the first paragraph,
    # "—¿Y tú?" alone, "—No." alone, a letter's signature, a poem quoted, share row and comments block
    "es_relato_capitulo_extract": """\
T El último tren a Canfranc
R Por Lucía Echevarría
R 12 de agosto de 2026
A Capítulo 3: La llegada
A El tren entró en la estación de Canfranc con dos horas de retraso, y la nieve ya cubría los andenes.
A Tomás bajó primero y le tendió la mano. Ella no la tomó.
A —¿Tienes miedo? —preguntó él.
A —No.
A —¿Y tú?
A Él se rio, pero no contestó. En la sala de espera había un solo banco y un reloj parado a las cinco menos diez.
A Sobre el banco alguien había dejado una nota doblada en cuatro:
A Espérame aquí. Volveré antes de que pare la nieve.
A A.
A Inés la leyó dos veces y se la guardó en el abrigo. Recordó un verso que su madre repetía en los inviernos:
A Caminante, no hay camino,
A se hace camino al andar.
A Fuera, la nieve seguía cayendo.
R Comparte este relato
R Facebook
R X
R WhatsApp
R Comentarios (12)
R Andrés M.
R ¿Para cuándo el capítulo 4? ¡Me tienes enganchado!
R Responder
R Deja un comentario
""",
    # ===== a Spanish reading platform's chapter page, full: menus, the work's stats (reads, votes, parts), "Añadir
    # a la biblioteca", the author's note before and after, the chapter heading, "¡Corre!", scene break, votes and
    # comments, footer
    "es_plataforma_capitulo_full": """\
R Explorar
R Comunidad
R Escribe
R Iniciar sesión
R Regístrate
T Las hermanas del faro
R de marinavelez
R 128K Lecturas
R 9,4K Votos
R 31 Partes
R Añadir a la biblioteca
R Nota de la autora: ¡Gracias por los 100K! No olviden votar y comentar, me ayuda muchísimo. 💙
A Capítulo 12
A Alma despertó con el ruido de las gaviotas y el olor del café que su hermana preparaba abajo.
A —¡Alma! ¡Baja ya!
A No bajó. Se quedó mirando el techo, contando las grietas como cuando era niña.
A Una. Dos. Tres.
A Cuando por fin bajó, Clara estaba en la puerta con la cara blanca y una carta en la mano.
A —¿Qué pasa?
A —Es de papá.
A #
A La carta decía solo tres líneas, y las tres eran mentira.
A —¡Corre! —gritó Clara, y Alma corrió hacia el muelle sin saber todavía por qué.
R Continuar leyendo en la siguiente parte
R Vota
R Comentar
R Compartir
R 312 comentarios
R luna_azul_22
R NOOO no me pueden dejar así 😭
R Responder
R Términos
R Privacidad
R Ayuda
R © 2026 Plataforma
""",
    # ===== an Italian newspaper's summer short story, extract: the series label, "— No." alone, a one-line
    # paragraph, "Fine", tomorrow's story teaser, the share row and the reading list button
    "it_racconto_estate_extract": """\
R I racconti dell'estate
T La spiaggia di Marinella
R di Giulia Ferraresi
R 4 agosto 2026
A Mio nonno andava al mare solo in settembre, quando i turisti erano partiti e gli ombrelloni chiusi.
A Si sedeva sempre sullo stesso scoglio, con il cappello di paglia e un giornale che non leggeva.
A — Nonno, perché non vieni ad agosto?
A — No.
A — Ma perché?
A Non rispondeva mai. Guardava il mare come si guarda una persona che se ne sta andando.
A Lo capii solo molti anni dopo, quando trovai in un cassetto la fotografia di una ragazza con un costume a righe, su quello stesso scoglio, nell'agosto del 1958.
A Dietro c'era scritto un nome, e una data.
A Marinella, 15 agosto.
T Fine
R Domani il racconto di Paolo Saraceni: «L'ultimo traghetto»
R Condividi
R Salva nella tua lista
R Leggi anche
R Le spiagge più belle della costa, la nostra classifica
""",
    # ===== an Italian publisher's excerpt page, full: menus, "Leggi un estratto", "Capitolo primo", a poem,
    # purchase box, price and format lines, store links, newsletter, footer
    "it_editore_estratto_full": """\
R Vai al contenuto
R Edizioni del Faro
R Catalogo
R Autori
R Novità
R Eventi
R Carrello
R Home › Narrativa italiana
T La casa dei limoni
R Romanzo
R Sara Demarchi
R Leggi un estratto
A Capitolo primo
A La casa dei limoni stava in cima alla scalinata, e per arrivarci bisognava contare i gradini.
A Erano centododici. Mia madre li contava ad alta voce ogni volta, anche quando aveva le braccia piene della spesa.
A — Centodieci, centoundici, centododici.
A Poi si fermava, posava le borse, e guardava il mare.
A Mia nonna, invece, non contava mai. Diceva che i gradini erano sempre quelli, e che non c'era bisogno di controllare.
A A scuola in quell'anno imparammo a memoria una poesia:
A M'illumino
A d'immenso.
A La recitai a mia nonna sul terrazzo, e lei rise e disse che era troppo corta per essere vera.
R Brossura
R 256 pagine
R € 18,00
R Acquista
R Aggiungi al carrello
R Disponibile anche in ebook
R Acquista su IBS
R Acquista su Feltrinelli
R Iscriviti alla newsletter
R Chi siamo
R Contatti
R Privacy
R © 2026 Edizioni del Faro – P. IVA 01234567890
""",
    # ===== a Brazilian literary site's short story, extract: "— Não." alone, a samba's lines, a one-word line of
    # the story ("Saudade."), "Leia também", a comments block
    "pt_conto_extract": """\
T O vestido azul
R Conto de Helena Moraes Bastos
R 2 de setembro de 2026
A Dona Zulmira guardava o vestido azul no fundo do armário, embrulhado num lençol que cheirava a naftalina.
A — Vó, posso experimentar?
A — Não.
A — Só um pouquinho.
A — Não, já disse.
A Mas à noite, quando achava que todos dormiam, ela o tirava do armário e o segurava contra o corpo, diante do espelho.
A No rádio da cozinha tocava sempre o mesmo samba:
A Tristeza, por favor, vá embora,
A a minha alma que chora
A está vendo o meu fim.
A Um dia perguntei a ela o que sentia quando olhava o vestido.
A Saudade.
A Foi tudo o que disse.
R Leia também
R A última carta de Clarice
R Conto: O menino e o rio
R Comentários
R Rita S.
R Que lindo, me lembrou minha avó.
R Responder
""",
    # ===== a Portuguese newspaper's summer serial, full: menus, cookie banner, "Capítulo 5", dialogue, scene break,
    # "Continua", episode navigation, subscription box, footer
    "pt_folhetim_verao_full": """\
R Saltar para o conteúdo
R Diário do Sul
R Últimas
R País
R Cultura
R Opinião
R Assinar
R Entrar
R Utilizamos cookies para melhorar a sua experiência de navegação. Ao continuar, aceita a nossa política de cookies.
R Aceitar
R Folhetim de verão
T A casa da praia (5/8)
R Por Miguel Sarmento
R 9 de agosto de 2026, 07:00
A Capítulo 5: A tempestade
A Ao fim da tarde o vento mudou, e o mar, que tinha estado liso o dia inteiro, começou a bater nas rochas.
A — Fecha as janelas! — gritou a mãe da cozinha.
A Inês não fechou. Ficou a ver as ondas, a contar as que passavam por cima do paredão.
A — Inês!
A — Já vou.
A Não foi. O pai chegou encharcado, com as botas cheias de areia, e sentou-se sem dizer nada.
T * * *
A Na manhã seguinte a praia estava coberta de algas e de tábuas, e no meio delas havia um barco virado.
A Ninguém sabia de quem era.
T Continua.
R Capítulo anterior
R Próximo capítulo: O barco
R Assine o Diário do Sul e leia todos os capítulos do folhetim.
R Assinar agora
R Ficha técnica
R Estatuto editorial
R Política de privacidade
R © 2026 Diário do Sul. Todos os direitos reservados.
""",
    # ===== a Dutch literary magazine's short story, extract: Dutch quotes, ‘Nee.’ alone, a one-line paragraph, a
    # letter's signature, contributor line, newsletter box
    "nl_kortverhaal_extract": """\
T De veerpont
R Een verhaal van Sanne de Wit
R 19 juli 2026
A Elke ochtend om kwart over zeven nam mijn vader de veerpont naar de overkant, en elke avond om zes uur kwam hij terug.
A Dertig jaar lang.
A ‘Waarom ga je niet met de auto?’ vroeg ik hem eens. ‘Via de brug ben je er in tien minuten.’
A ‘Nee.’
A ‘Waarom niet?’
A Hij haalde zijn schouders op. ‘Op de pont kan ik nadenken.’
A Na zijn dood vond ik in de la van zijn bureau een stapel kaartjes, netjes met een elastiekje bij elkaar, en een briefje:
A Voor Anna, als ze het ooit wil weten.
A Pa
A Ik heb de pont nooit meer genomen. Ik rijd altijd over de brug.
T Sanne de Wit (1988) schrijft korte verhalen. Haar debuut verschijnt dit najaar.
R Dit verhaal verscheen eerder in ons zomernummer.
R Lees ook
R Het huis aan de dijk
R Schrijf je in voor onze nieuwsbrief
R Ontvang elke maand nieuw proza in je mailbox.
R Aanmelden
""",
    # ===== a Dutch newspaper's serial, full: menus, cookie banner, "Aflevering 6", "Deel 2" over the text,
    # dialogue, a one-word line ("Stilte."), "Wordt vervolgd", episode navigation, footer
    "nl_feuilleton_full": """\
R Naar hoofdinhoud
R De Dagelijkse Courant
R Nieuws
R Regio
R Cultuur
R Puzzels
R Abonneren
R Inloggen
R Wij gebruiken cookies om je de beste ervaring te bieden. Door verder te gaan ga je akkoord met ons cookiebeleid.
R Akkoord
R Zomerfeuilleton
T Het eiland (aflevering 6)
R Door Pieter van Leeuwen
R 26 juli 2026, 05:00
A Deel 2: De storm
A De boot lag nog in de haven toen de lucht boven het wad zwart werd.
A ‘We gaan niet,’ zei Jelle.
A ‘We gaan wel.’
A Stilte.
A Toen startte Marit de motor, en hij stapte toch aan boord, zoals ze wist dat hij zou doen.
A Halverwege begon het te regenen. Het water sloeg over de boeg en de kaart in haar hand werd een natte prop.
A ‘Links!’ riep Jelle. ‘Naar links!’
A Ze stuurde naar links.
T Wordt vervolgd.
R Vorige aflevering
R Volgende aflevering
R Alle afleveringen van het zomerfeuilleton
R Deel dit artikel
R Facebook
R WhatsApp
R Over ons
R Colofon
R Privacy
R Cookie-instellingen
R © 2026 De Dagelijkse Courant
""",
    # ===== a Swedish magazine's short story, extract: "– Nej." alone, a letter, "Slut", newsletter
    "sv_novell_extract": """\
T Sommaren vid sjön
R Novell av Elin Bergqvist
R 10 juli 2026
A Morfar rodde ut på sjön varje kväll klockan sju, vad vädret än var.
A – Får jag följa med? frågade jag.
A – Nej.
A – Varför inte?
A – För att jag säger det.
A Men den sista sommaren, när han redan var sjuk, räckte han mig åran utan ett ord.
A Vi rodde ut till mitten av sjön. Där tog han upp ett kuvert ur fickan och läste högt:
A Kära Gunnar,
A Jag väntar vid bryggan till hösten.
A Din Ingrid
A Sedan rev han brevet i små bitar och lät dem falla i vattnet.
T Slut
R Dela
R Läs också
R Fem noveller att läsa i hängmattan
R Prenumerera på vårt nyhetsbrev
R Få veckans bästa läsning direkt i din inkorg.
R Prenumerera
""",
    # ===== a Polish literary portal's story page, full: menus, "Rozdział 1", "— Nie." alone, scene break, rating and
    # comments, footer
    "pl_opowiadanie_full": """\
R Strona główna
R Opowiadania
R Poezja
R Konkursy
R Zaloguj się
R Zarejestruj się
T Zimowy pociąg
R Autor: Marta Kowalczyk
R Dodano: 3 lutego 2026
R Czas czytania: 6 min
A Rozdział 1
A Pociąg do Zakopanego stał w polu od godziny, a konduktor nie chciał powiedzieć dlaczego.
A — Czy długo jeszcze? — zapytała starsza pani w futrze.
A — Nie wiem.
A — A kto wie?
A — Nikt.
A Za oknem padał śnieg, gęsty i cichy, i po kwadransie nie było już widać nawet słupów trakcyjnych.
T * * *
A Wieczorem ktoś w przedziale obok zaczął śpiewać kolędę, a potem cały wagon śpiewał razem z nim.
A Nie znałam słów. Śpiewałam i tak.
R Oceń opowiadanie
R Ocena: 4,8/5 (112 głosów)
R Komentarze (23)
R anka_z_lodzi
R Piękne, czekam na ciąg dalszy!
R Odpowiedz
R Regulamin
R Polityka prywatności
R Kontakt
R © 2026 Portal Literacki
""",
    # ===== an English fan-fiction site's chapter, extract: disclaimer, "A/N:" lines before and after, "Chapter 3"
    # over the text, a text message inside the story, a one-word reply, review prompt, chapter select
    "en_fanfic_chapter_extract": """\
T Chapter 3: Snow Day
T Disclaimer: I don't own Hollow Creek or any of its characters.
R A/N: Thanks for all the reviews!! Sorry for the wait, finals are killing me.
A Chapter 3
A School was cancelled at six in the morning, and by seven Maya had texted everyone she knew.
A The reply from Dev came back almost at once:
A come over. bring the sled.
A She read it three times.
A Then she typed:
A ok
A Her mother was already in the kitchen, still in her coat, staring at the snow.
A “Don't go far,” she said.
A “I won't.”
A She went to the top of Miller's Hill, which was as far as you could go without leaving town.
R A/N: Please review! Reviews are love 💕 Next chapter: the big party!!
R Review this Chapter
R < Prev
R Chapter 3: Snow Day
R Next >
""",
    # ===== a Spanish publisher's excerpt, extract: "Primeras páginas", the book's chapter head, a short line of
    # speech, a poem, translator's credit, buy buttons and stores, copyright
    "es_editorial_fragmento_extract": """\
T Lee las primeras páginas de «La niña del río», la nueva novela de Carmen Olazábal
R Primeras páginas
A 1
A La niña apareció en la orilla del Ebro el primer domingo de mayo, con un vestido blanco y los pies descalzos.
A Nadie sabía de dónde había salido. El cura dijo que era un milagro; el alcalde, que era un problema.
A —¿Cómo te llamas? —le preguntó la maestra.
A —Agua.
A —Eso no es un nombre.
A La niña se encogió de hombros y no dijo nada más en tres días.
A Mi abuela, que entonces tenía doce años, la recordaba cantando por las tardes, junto al río, una canción que nadie en el pueblo conocía:
A Agua que no has de beber,
A déjala correr.
A Después, en junio, desapareció igual que había llegado.
R «La niña del río» (Editorial Alba Nueva) sale a la venta el 15 de septiembre.
R Comprar
R 21,90 €
R Cómpralo en Casa del Libro
R Cómpralo en Amazon
R © Carmen Olazábal, 2026. © Editorial Alba Nueva, 2026.
""",
    # ===== a German fan-fiction site's chapter page, full: menus, the story's header (genre, rating, words), the
    # chapter select, "Kapitel 4" over the text, »Lauf!« alone, a diary entry's date line inside the story,
    # "Vorwort"/"Nachwort" author's notes, reviews and favourites, footer
    "de_fanfiktion_kapitel_full": """\
R Startseite
R Fanfiction
R Eigene Geschichten
R Forum
R Einloggen
R Registrieren
T Die Schwestern von Rabenfels
R von nachtfalke_77
R Fantasy / P12 / Gen
R Kapitel 4 von 15
R 2.417 Wörter
R Kapitel: Kapitel 4: Der Turm
R Vorwort: Hallo ihr Lieben! Danke für die vielen Reviews, ihr seid die Besten. Viel Spaß beim Lesen!
A Kapitel 4: Der Turm
A Die Treppe zum Turm hatte einhundertzwölf Stufen, und Lene zählte jede einzelne.
A Oben war die Tür verschlossen. Sie legte das Ohr an das Holz und hörte etwas atmen.
A »Mira?«
A Keine Antwort.
A »Mira, bist du da drin?«
A Dann ein Kratzen, ganz nah, und eine Stimme, die nicht die ihrer Schwester war.
A »Lauf!«
A Sie lief.
A Am Abend schrieb sie in ihr Tagebuch:
A 14. Oktober
A Heute habe ich den Turm gefunden. Mira ist dort. Ich weiß es.
R Nachwort: Cliffhanger, ich weiß 😈 Das nächste Kapitel kommt nächste Woche!
R Review schreiben
R Zu Favoriten hinzufügen
R Empfehlen
R 37 Reviews
R « Vorheriges Kapitel
R Nächstes Kapitel »
R Impressum
R Datenschutz
R Nutzungsbedingungen
R © 2026 Fanfiction-Archiv
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== an English web serial's chapter page, full: its contents list over the text (the last entry right over
    # the first paragraph), a chapter's head in the text's middle, a screen's "OK" under the line that introduces it
    # (a cookie banner's button word), the story's sentences with "next chapter", "previous chapter", "reads" and
    # "votes", a pager with arrows, a real cookie banner with its "OK" at the tail
    "en_serial_contents_full": """\
R Home
R About the Story
R Table of Contents
R Chapter 39
R Chapter 40
R Chapter 41
A The elevator stopped between the ninth and tenth floors, and the lights went out.
A Priya pressed every button on the panel. Nothing happened. Then the little screen above the doors lit up and said:
A OK
A She laughed out loud, alone in the dark, because it was the least okay thing she had seen all week.
A The next chapter of her life, she decided, would not begin in an elevator.
A Chapter 42
A Maintenance came at midnight. The man with the crowbar asked her how long she had been in there.
A “Since the previous chapter,” she said, and he did not get the joke.
A Her post about it had 12K reads by the morning, and the building's residents' association held a vote: 312 votes to replace the elevator, 4 against.
R ← Previous Chapter
R Next Chapter →
R This site uses cookies to improve your experience.
R OK
R © 2026 Hollowquill. All rights reserved.
""",
    # ===== a German literary magazine's story, extract: the story's credit at the head (R), "Kapitel eins" over the
    # first paragraph, the story's sentences with "Kurzgeschichte von", "Lesen Sie morgen", "Sommergeschichte", the
    # next part's label at the tail, a pager
    "de_erzaehlung_extract": """\
T Das Haus am See
R Eine Erzählung von Jonas Bergmann
A Kapitel eins
A Im Sommer, als ich zwölf war, schickten mich meine Eltern zu meiner Tante an den Plöner See.
A Auf dem Nachttisch lag eine Kurzgeschichte von Kafka, aufgeschlagen, mit Bleistiftstrichen am Rand.
A »Lesen Sie morgen weiter«, stand auf einem Zettel darunter, in der Schrift meiner Tante, die einmal Lehrerin gewesen war.
A »Warum Sie?«, fragte ich sie beim Frühstück.
A »Weil du jetzt erwachsen bist.«
A Ich schrieb in diesem Sommer meine erste Sommergeschichte, drei Seiten lang, über einen Hecht, der niemals gefangen wurde.
A Alle Teile der Geschichte habe ich bis heute aufbewahrt.
R Nächste Folge: Der Hecht
R « Vorheriges Kapitel
R Newsletter abonnieren
""",
    # ===== a Spanish reading platform's prologue, full: "Prólogo" over the first paragraph under the menu and stats,
    # a teacher's line with "siguiente capítulo" as dialogue, a sentence naming "un relato de Borges", the pager and
    # share row, counts in thousands
    "es_prologo_plataforma_full": """\
R Explorar
R Escribe
R Iniciar sesión
T La biblioteca de mi abuelo
R 54,2K Lecturas
R 3,1K Votos
R A/N: ¡Primera historia! Sean amables 🙏
A Prólogo
A Mi abuelo tenía una biblioteca de dos mil libros y no dejaba que nadie los tocara.
A —Siguiente capítulo —decía cada noche, y pasaba la página aunque yo ya me hubiera dormido.
A El primero que me leyó fue un relato de Borges sobre una biblioteca infinita.
A —¿Infinita? —le pregunté.
A —Casi.
A Comparte este relato con quien quieras, me escribió años después en una carta, pero no le cuentes el final a nadie.
R Capítulo siguiente »
R Comparte este relato
R Comentarios (48)
R Responder
""",
    # ===== a Brazilian newspaper's summer tale, extract: the series rubric over the title, "Capítulo primeiro" head,
    # a sentence opening "Próximo capítulo:" closing on a full stop, "Um conto de Machado de Assis …" as the story's
    # sentence, the credit and the pager at the tail
    "pt_conto_verao_extract": """\
R Contos de verão
T A pensão da Rua Augusta
R Um conto de Beatriz Fonseca Lima
A Capítulo primeiro
A A pensão da Rua Augusta tinha onze quartos e uma única chave para a porta da frente.
A — Quem chega depois da meia-noite dorme na rua — dizia Dona Alzira.
A — Sempre?
A — Sempre.
A Um conto de Machado de Assis estava emoldurado na parede da sala, página por página, amarelado pelo tempo.
A Próximo capítulo: o que a velha nunca contou a ninguém, escrevi no meu caderno, e fechei-o.
R Próximo capítulo: A chave
R Capítulo anterior
""",
    # ===== a Dutch weekly's serial, full: "Hoofdstuk 1" under a menu over the text, the story's sentences with "de
    # volgende aflevering" and "een verhaal van", the pager and the series' index at the tail, cookie banner
    "nl_feuilleton_hoofdstuk_full": """\
R Naar hoofdinhoud
R Het Weekblad
R Nieuws
R Cultuur
R Zomerfeuilleton
T De vuurtorenwachter
R Een verhaal van Joost Verhagen
A Hoofdstuk 1
A Op Terschelling woonde een vuurtorenwachter die nooit van het eiland af was geweest.
A ‘Nooit?’ vroeg het meisje.
A ‘Nooit.’
A Hij vertelde haar een verhaal van zijn grootvader, over een schip dat in de mist verdween.
A De volgende aflevering van zijn leven, zei hij, zou zich ook hier afspelen, en de aflevering daarna ook.
R Volgende aflevering »
R Alle afleveringen van het zomerfeuilleton
R Wij gebruiken cookies om je de beste ervaring te bieden.
R Akkoord
R © 2026 Het Weekblad
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the stats header's "Fantasy / P12 / Gen", "Kapitel 4 von 15", "2.417 Wörter", the chapter select's "Kapitel:
    # Kapitel 4: Der Turm", and the writer's "Vorwort:"/"Nachwort:" notes: a count and a noun alone, a label over a
    # chapter's head, and a book's foreword and afterword under the same labels (an excerpt's own sections)
    "de_fanfiktion_kapitel_full": 6,
    # the publisher's box of the book's data ("Gebundene Ausgabe", "304 Seiten", the price, "ISBN …", "Erscheinungs-
    # termin: …"): arts38's arts_tail keeps a book's data right under a review's last paragraph, and this is that shape
    "de_verlag_leseprobe_full": 5,
    # the labels "Summary:" and "Notes:" (an essay's "Notes:" over its endnotes reads the same), and the writer's two
    # notes to the readers with no "A/N" label (a thanks and a promise of the next chapter: sentences)
    "en_archive_chapter_full": 5,
    # an appeal ("Support independent fiction: become a Friend of the magazine.") and a newsletter's blurb with no box
    # around it ("Get new fiction in your inbox every month."): sentences, no frame
    "en_magazine_story_extract": 2,
    # the contents list's last entry right over the first paragraph: its next number heads a later section of the text
    # ("Chapter 42"), which is longread48's sibling rule for the first section's head (left on the base too)
    "en_serial_contents_full": 1,
    # a Patreon appeal closing on a sentence, in the writer's voice
    "en_webserial_chapter_full": 1,
    # the label "Primeras páginas" over the excerpt, and the publisher's release line (a sentence with its date)
    "es_editorial_fragmento_extract": 2,
    # "Nota de la autora: …": a book's "author's note" opens with the same label (longread48 keeps "Author's note:")
    "es_plataforma_capitulo_full": 1,
    # the rubric twice (the menu's item and the label over the title, after the cookie banner: no page's first line),
    # and the newsletter's call glued after a colon to a sentence
    "fr_feuilleton_ete_full": 3,
    # the rubric "Contos de verão" over the title: the line under the title is the chapter's head, no prose
    # (section-name asks prose there)
    "pt_conto_verao_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The storm came in after midnight, the way her father had always said the worst ones did, out of the west.",
        "Wren lit the lamp at the top of the tower and stood with her hands on the cold glass, counting the flashes.",
        "In the morning she found the letter in the pocket of the drowned man's coat, folded twice and still dry.",
    ],
    "de": [
        "Der Makler kam mit dem Fahrrad, eine Stunde zu spät, und roch nach Sonnencreme und nach dem Meer.",
        "Clara zeigte ihm die Küche, die Stube und das Zimmer unter dem Dach, in dem sie als Kind geschlafen hatte.",
        "Am Abend ging sie zum Hafen hinunter, wo die letzte Fähre gerade ablegte und ein Mann ihr zuwinkte.",
    ],
    "fr": [
        "Le notaire avait posé la clé sur la table entre eux, comme on pose une carte qu'on ne veut pas jouer.",
        "La maison sentait le bois humide et la lavande, et les volets n'avaient pas été ouverts depuis l'hiver.",
        "Dans le tiroir du buffet, sous les nappes, Hélène trouva une lettre à son nom, écrite à l'encre violette.",
    ],
    "es": [
        "El tren entró en la estación de Canfranc con dos horas de retraso, y la nieve ya cubría los andenes.",
        "Tomás bajó primero y le tendió la mano, pero ella no la tomó y bajó sola con la maleta en la mano.",
        "En la sala de espera había un solo banco y un reloj parado a las cinco menos diez desde hacía años.",
    ],
    "it": [
        "Mio nonno andava al mare solo in settembre, quando i turisti erano partiti e gli ombrelloni chiusi.",
        "Si sedeva sempre sullo stesso scoglio, con il cappello di paglia e un giornale che non leggeva mai.",
        "Lo capii solo molti anni dopo, quando trovai in un cassetto la fotografia di una ragazza sullo scoglio.",
    ],
    "pt": [
        "Dona Zulmira guardava o vestido azul no fundo do armário, embrulhado num lençol que cheirava a naftalina.",
        "À noite, quando achava que todos dormiam, ela o tirava do armário e o segurava diante do espelho.",
        "No rádio da cozinha tocava sempre o mesmo samba, e ela cantava baixinho enquanto lavava a louça.",
    ],
    "nl": [
        "Elke ochtend om kwart over zeven nam mijn vader de veerpont naar de overkant van de rivier.",
        "Na zijn dood vond ik in de la van zijn bureau een stapel kaartjes, netjes bij elkaar gebonden.",
        "Ik heb de pont nooit meer genomen en rijd sindsdien altijd over de brug naar de stad.",
    ],
    "sv": [
        "Morfar rodde ut på sjön varje kväll klockan sju, vad vädret än var, och kom tillbaka när det mörknade.",
        "Den sista sommaren, när han redan var sjuk, räckte han mig åran utan att säga ett enda ord till mig.",
        "Vi rodde ut till mitten av sjön, där han tog upp ett kuvert ur fickan och läste högt för mig.",
    ],
}

_BY, _CH, _SO, _PL, _DL, _CR = "byline", "site-chrome", "social-buttons", "promo-label", "dateline", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Fiction by Lorna Achebe-Walsh", _BY),
    ("en", "A short story by Ian Kerr", _BY),
    ("fr", "Une nouvelle de Claire Aubrac", _BY),
    ("es", "Un relato de Lucía Echevarría", _BY),
    ("it", "Un racconto di Giulia Ferraresi", _BY),
    ("pt", "Conto de Helena Moraes Bastos", _BY),
    ("nl", "Een verhaal van Sanne de Wit", _BY),
    ("sv", "Novell av Elin Bergqvist", _BY),
    ("de", "Eine Erzählung von Annette Kolbeck", _BY),
    ("en", "« Previous Chapter | Table of Contents | Next Chapter »", _CH),
    ("en", "Next Chapter →", _CH),
    ("de", "Nächste Folge: Der Mann auf der Fähre", _PL),
    ("fr", "Chapitre suivant »", _CH),
    ("fr", "Retrouvez l'épisode 3 : La cave du vieux Bastide", _CH),
    ("fr", "Épisode 5 : La lettre, à lire demain dans votre journal et sur notre site.", _CH),
    ("es", "Capítulo anterior", _CH),
    ("es", "Continuar leyendo en la siguiente parte", _CH),
    ("it", "Prossima puntata »", _CH),
    ("pt", "Próximo capítulo: O barco", _CH),
    ("nl", "Vorige aflevering", _CH),
    ("nl", "Alle afleveringen van het zomerfeuilleton", _CH),
    ("de", "Alle Teile der Sommergeschichte finden Sie hier.", _CH),
    ("en", "Words: 48,213 Chapters: 7/12 Comments: 311 Kudos: 1,904 Bookmarks: 402 Hits: 27,118", _CH),
    ("en", "A/N: Sorry for the wait, finals are killing me.", _PL),
    ("es", "A/N: ¡Gracias por los 100K! No olviden votar.", _PL),
    ("de", "Lesen Sie morgen: Teil 4 – Der Mann auf der Fähre", _PL),
    ("it", "Domani il racconto di Paolo Saraceni: «L'ultimo traghetto»", _PL),
    ("es", "128K Lecturas", _SO),
    ("es", "Comparte este relato", _SO),
    ("en", "Issue 88 · Summer 2026", _DL),
    ("en", "This story appears in Issue 88. Buy the issue", _CR),
]

#: (language, a story's sentence with the added rules' words)
STAYS = [
    ("en", "Fiction by Lorna Achebe-Walsh has been read on the radio every Sunday since the spring."),
    ("en", "The next chapter of her life, she decided, would not begin in an elevator."),
    ("en", "“Since the previous chapter,” she said, and the man with the crowbar did not get the joke."),
    ("en", "Her post about it had 12K reads by the morning, and she stopped checking her phone."),
    ("en", "AN: I was there when the boat came in, and I saw the keeper's daughter on the rocks."),
    ("en", "This story appears in issue after issue of the parish newsletter, always with a new ending."),
    ("fr", "Une nouvelle de Claire Aubrac a été lue au festival de Saint-Malo devant trois cents personnes."),
    ("fr", "Le chapitre suivant de sa vie commença dans une cuisine, à Marseille, en 1962."),
    ("es", "El primero que me leyó fue un relato de Borges sobre una biblioteca infinita."),
    ("es", "Comparte este relato con quien quieras, me escribió años después, pero no cuentes el final."),
    ("es", "—Siguiente capítulo —decía cada noche, y pasaba la página aunque yo ya me hubiera dormido."),
    ("it", "Domani il racconto di Saviano sarà presentato a Roma, nella sala grande della biblioteca."),
    ("it", "Un racconto di Natale che mio nonno leggeva ogni anno, sempre dalla stessa pagina."),
    ("pt", "Um conto de Machado de Assis estava emoldurado na parede da sala, página por página."),
    ("pt", "Próximo capítulo: o que a velha nunca contou a ninguém, escrevi no meu caderno, e fechei-o."),
    ("nl", "Hij vertelde haar een verhaal van zijn grootvader, over een schip dat in de mist verdween."),
    ("nl", "De volgende aflevering van zijn leven, zei hij, zou zich ook op het eiland afspelen."),
    ("de", "Auf dem Nachttisch lag eine Kurzgeschichte von Kafka, aufgeschlagen, mit Bleistiftstrichen am Rand."),
    ("de", "»Lesen Sie morgen weiter«, stand auf einem Zettel, in der Schrift meiner Tante."),
    ("de", "Alle Teile der Geschichte habe ich bis heute in einer Schachtel aufbewahrt."),
    ("sv", "Novell av Elin Bergqvist lästes upp i radion varje söndag hela den sommaren."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

#: (language, a paper's fiction series' name over the headline, the headline)
TRAILS = [
    ("de", ["Sommergeschichte, Teil 3"], "Die Fähre nach Hiddensee"),
    ("fr", ["Feuilleton de l'été"], "Les Vendanges de Margaux en Bourgogne"),
    ("it", ["I racconti dell'estate"], "La spiaggia di Marinella"),
    ("es", ["Relatos de verano"], "El último tren a Canfranc"),
    ("pt", ["Contos de verão"], "A pensão da Rua Augusta"),
    ("nl", ["Zomerfeuilleton"], "Het eiland aan de overkant"),
]

test_a_sections_name_over_the_headline_goes, test_a_sections_word_as_a_one_word_title_stays = section_trail_tests(
    TEXT, TRAILS
)


# -- edge_fiction.chapter_head: a chapter's head over the first paragraph --------------------------------------------

_MENU = ["Home", "Books", "Authors", "Events", "Cart (0)", "The Keeper's Daughter", "Novel", "Marion Hale", "Excerpt"]


@pytest.mark.parametrize(
    "head", ["Chapter 1", "Chapter One", "Chapter 7: The Long Night", "Kapitel 1", "Capitolo primo", "Rozdział 1",
             "Capítulo 3: La llegada", "Chapitre premier", "Hoofdstuk 1", "Prologue", "Book II"],
)
def test_a_chapters_head_over_the_first_paragraph_stays(head: str) -> None:
    # (the title over it went with the menu here: title-line may take the head as the page's headline, as it takes a
    # headline-like first line; edge-furniture no longer takes it with the menu)
    _lost, gone = kept([*_MENU, head, *TEXT["en"]])
    assert ("edge-furniture", head) not in gone
    assert ("edge-furniture", "Excerpt") in gone
    # (an extract's page: the book's title, the byline, then the head: title-line takes the title, the head stays)
    lost_lines, gone = kept(["The Keeper's Daughter", "By Marion Hale", "Excerpt", head, *TEXT["en"]])
    assert head not in lost_lines, gone


def test_a_contents_lists_last_entry_and_a_menus_last_item_still_go() -> None:
    # (a chapter's head with another right over it is a contents list's entry; a label or a number alone is no head)
    for last in (["Chapter 40", "Chapter 41"], ["Read an excerpt"], ["Chapter"], ["Chapters"], ["1."]):
        lost_lines, gone = kept([*_MENU, *last, *TEXT["en"]])
        assert last[-1] in lost_lines, gone


# -- edge_fiction.introduced_lines: a banner's button word under a line of the story closing on a colon --------------


def test_a_button_word_introduced_by_the_storys_colon_stays() -> None:
    en = TEXT["en"]
    for word in ("OK", "ok", "Accept"):
        page = [en[0], "Then the little screen above the doors lit up and said:", word, en[1], en[2]]
        lost_lines, gone = kept(page)
        assert lost_lines == [], gone


def test_a_banners_button_under_its_notice_or_alone_still_goes() -> None:
    en = TEXT["en"]
    banner = ["This site uses cookies to improve your experience:", "OK"]
    lost_lines, gone = kept([*en, *banner])
    assert lost_lines == banner, gone
    # (no colon over it: a stray button between two paragraphs goes as before)
    lost_lines, gone = kept([en[0], en[1], "OK", en[2]])
    assert lost_lines == ["OK"], gone


if __name__ == "__main__":
    report(CASES)
