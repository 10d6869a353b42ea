# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""longread48: a probe of long-form magazine features and essays scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: a drowned town's feature, a memoir, an
investigation, a literary essay with notes, a marathon profile, a Hof im Ötztal, an essay on forgetting, a
lighthouse keeper's récit, an essay on slowness, a border crónica, an essay on the siesta, Mazara's fishermen, an
essay on silence, Carrara's quarries, a dried river in the sertão, an essay on saudade, a polder's last farmer, an
essay on never owning a car, a tamale cook's profile, an Ortler guide's portrait.

- the article (``A``): epigraphs (the quotation and its "— Author", one "— attributed to Diogenes"), numbered and
  roman section heads ("I.", "1.", "Part one: The foundation", "Teil eins: Das Vergessen", "Chapitre 1 : L'arrivée",
  "Primera parte: El agua", "Capitolo uno: La cava", "Deel 1: Het land"), one-word section heads ("Water", "Dust"),
  drop caps glued ("T he river …") and the paragraph under a split one ("n 1978 my father …"), one-line paragraphs
  for effect ("He never came back.", "Visser zei nee.", "C'est tout."), an author's note, notes and endnotes ("1.
  Interview with Leo Kessler, …", "Anmerkungen" over "1. Vgl. …"), a time of day as a section's opening ("9:02
  a.m."), the story's sentences with "share", "photo", "newsletter", "signs up", a reading, an edition;
- the residue (``R``): menus, bylines and stamps, reading-time badges ("28 min read", "Lesezeit: 18 Minuten",
  "Leitura de 13 minutos"), photo and illustration credits ("Illustrations by …", "Fotografie di …"), print-issue
  lines ("This article appears in the March 2026 print edition …", "Dieser Artikel ist in der Wochenendausgabe vom
  28. Februar 2026 erschienen.", "Questo articolo è uscito sul numero di marzo 2026 del mensile."), longreads
  newsletter boxes, share rows, related boxes, comments, cookie banners, footers;
- ``T``: headlines, deks, section breaks alone ("***", "◆", "* * *", "—"), end marks alone ("∎"), a split drop cap's
  letter alone ("I", "A"), partnership and funding notes ("This story was produced in partnership with …",
  "Reporting for this story was supported by the Pulitzer Center.", "Esta reportagem foi feita com o apoio de …":
  a transparency note some readers want with the text), correction notes, the writer's closing bio.

- round 1, blind (written before reading the passes): 20 pages (10 extracts, 10 full pages), 235 ``A`` lines, 331
  ``R``, 72 ``T``, all seven languages. Measured on base 2366b8b6: lost 14, left 9. Lost: the opening's lines over
  the first paragraph, in the head's run of furniture (edge-furniture) or ending the small block with the headline
  and dek (detached-blocks): an epigraph over the first section's head (en "“Solvitur ambulando.”" / "— attributed
  to Diogenes" / "1.", it "«Il mare non bagna Napoli.»" / "— Anna Maria Ortese" / "I.", pt the same over "Parte um:
  A seca", pt "— Guimarães Rosa" / "I."), a numbered head alone (nl "1."), a one-word head (en "Water"), and a time
  of day heading a section (en "9:02 a.m.", clock-line). Left: print-issue lines (de "… in der Wochenendausgabe vom
  28. Februar 2026 erschienen.", it "… uscito sul numero di marzo 2026 …", pt "… publicado originalmente na edição
  de março de 2026 …"), it "Fotografie di Andrea Pieri", pt "Leitura de 13 minutos", newsletter blurbs closing on a
  full stop (en "The best of our magazine, in your inbox every Sunday.", "Our best stories, delivered every
  Saturday.", de "Die besten Reportagen der Woche, jeden Sonntag in Ihrem Postfach."), en a "Save" button.
- after: lost 1, left 2 (``KNOWN_LOST``, ``RESIDUE_LEFT``).
- round 2, after the changes, aimed at them: 6 pages (2 extracts, 4 full), 51 ``A``, 89 ``R``, 10 ``T``: a numbered
  "Most popular" box at the head (numerals over headlines, no paragraph under them), a masthead sharing only "The"
  with the part heads, a rubric "Grand format" over the first paragraph with a teaser box "Grand entretien" at the
  tail (two heads sharing a word: the rubric must go), an epigraph's lower-case attribution over "Part One" and
  "Capitolo primo", newsletter boxes inside the text in en and de (blurb, field, button), the print lines by month
  or date in it, pt, de, fr, es, the credits at the head and the tail in it, es, pt, fr, and the article's own
  sentences with those words ("Le fotografie di Letizia Battaglia …", "Fotografías de principios del siglo XX, …",
  "A leitura de um livro por semana …", "… a edição de março de 1974 de uma revista …", "… uscito sul numero di
  maggio 1980 di una rivista …", "Seinen Newsletter an die Pendler …"). On base 2366b8b6: lost 1 ("Part One:
  Departure"), left 13 (the blurbs, print lines, credits, the badge, and fr's whole tail: its credit and print line
  kept the teaser box and "Mentions légales" under them from a run). After: lost 0, left 0. (The French page was
  written first with "1." heads over its sections, which put "1.", not the rubric, right over the first paragraph:
  no test of the two-word rule; they became "***" breaks before the numbers above were taken.)

The changes:

- ``cleaner/passes/edge_longread.py`` (compiled, ``setup.py``): ``longread_head`` (edge-furniture's guard at the head,
  before feature36's ``opening_epigraph``) and ``longread_head_kept`` (detached-blocks' guard over the article's
  first block, beside explainer47's ``first_section_heading``): the kept lines right over the first paragraph are
  the opening, and stay, where the last is the first section's head told by a sibling below (a numeral "I."/"1."
  whose next number heads a later paragraph; a two-word head before a colon and a title, or alone with a number,
  whose later two-word sibling over a paragraph shares one word of four letters or more at the same place, "Part
  one"/"Part two", "Primera parte"/"Segunda parte"; a
  term with two later terms each under a section break, "◆" / "Dust") and the epigraph over it (feature36's
  attribution, or a dash and a few words opening in lower case naming a capitalised one: "— attributed to
  Diogenes"), or the epigraph alone. A menu's last item or a rubric has no sibling heading a paragraph below.
  ``framed_blurb`` (newsletter-box's look): a blurb closing on a full stop or an exclamation between the box's call
  and its mail field, with the box's button or small print under the field, is the box's (the blurb between a
  call and one button still stays where it closes a sentence). Against the base it also took three other probes'
  blurbs (appeals27 "Seasonal tips every Friday, straight to your inbox.", health34, redteam19's Ghost post).
- tables, each in a ``# longread48:`` block at its list's end: ``credits.syndication`` the print issue named by its
  month or date (de "in der <…>ausgabe vom <date> erschienen", it "uscito sul numero di <month> <year>", pt
  "publicado na edição de <month> de <year>", fr "paru dans le numéro de <month> <year>"); ``credits.image_credit``
  a feature's credit, the kind and two to four capitalised names alone (it "Fotografie/Illustrazioni di", es
  "Fotografías/Ilustraciones de", pt "Fotografias/Ilustrações de", fr "Photographies/Illustrations de"); pt
  ``widgets.chrome`` "Leitura de 13 minutos". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

No retag after the blind round (round 2's "This article appears in the March 2026 issue." was tagged ``T`` in its
first draft and ``R`` before it was measured, as round 1 tags the print lines).

``python tests/test_longread48.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== an English magazine feature, extract: epigraph, roman-numeral heads, "***" breaks, a glued drop cap,
    # a one-line paragraph, partnership note, illustration credit, issue line, longreads sign-up, an end mark
    "en_river_feature_extract": """\
T The River That Swallowed a Town
T When the dam came, the people of Ellery left their houses, their church and their dead under ninety feet of water. Sixty years later, the drought brought them back.
R By Margaret Oyelaran
R Illustrations by Tomás Reyes
A “The past is never dead. It’s not even past.”
A — William Faulkner
A I.
A T he river was low that August, lower than anyone in Harlan County could remember, and on the morning of the 14th a fisherman named Dale Pruitt saw a steeple.
A It rose out of the brown water like a finger, the paint long gone, a weathervane still clinging to its tip. Pruitt cut his motor and drifted toward it for a long time before he understood what he was looking at.
A By noon, half the county had driven out to the overlook on Route 9.
T ***
A II.
A Ellery, Kentucky, had 412 residents when the Army Corps of Engineers condemned it in 1961. The town had a bank, two churches, a feed store, a school that went through the eighth grade and a cemetery on the hill above the river.
A The Corps moved the living to a subdivision it built eleven miles away. It moved the dead, too, or said it did.
A “They told us they got everybody,” said Ruth Ann Combs, who was nine when her family left. “My mother never believed it.”
A She never went back.
T ***
A III.
A This summer, as the reservoir fell to its lowest level since it was filled, the old foundations came back into the light: a row of front steps that led nowhere, the iron frame of a school bell, a headstone with no name.
A Combs, now 72, drove out to the shore in September with her grandson. She stood at the water’s edge for a long while and then asked him to take a photo of her with the steeple behind her. ■
T This story was produced in partnership with the Kentucky Center for Investigative Reporting.
R This article appears in the March 2026 print edition with the headline “The Drowned Town.”
R Sign up for our weekly longreads newsletter
R The best of our magazine, in your inbox every Sunday.
R Enter your email
R Sign up
""",
    # ===== an English magazine's web page, full: menus, reading-time badge, part heads, drop cap split over two
    # lines, author's note, endnotes, correction, cookie banner and footer
    "en_memoir_house_full": """\
R Skip to content
R The Quarterly
R Magazine
R Essays
R Fiction
R Poetry
R Archive
R Subscribe
R Log in
R Essays
T The House on Alder Street
T My father built it with his own hands. Then he spent thirty years trying to leave it.
R By Daniel Kessler
R March 3, 2026
R 28 min read
A Author’s note: Some names in this essay have been changed at the request of the people who bear them.
A Part one: The foundation
T I
A n 1978 my father poured the foundation of our house himself, on a Saturday in June, with two borrowed cement mixers and his brother Leo, who was drunk by noon.
A He had never built anything bigger than a bookcase. He bought a library book called Your Home, Your Hands and read it at the kitchen table of our rented apartment every night for a year.
A Part two: The walls
A The walls went up crooked. Everyone could see it, and nobody said it, least of all my mother, who had learned early that his projects were not to be discussed while they were still projects.
A We moved in the week before my seventh birthday. The doors did not quite close. In winter, you could feel the wind in the hallway.
A Part three: The leaving
A He started talking about selling the house the year I left for college, and he never stopped.
A He died in it, in 2019, in the bedroom whose window he had set two inches too low.
A Notes
A 1. Your Home, Your Hands (Sunset Books, 1974), still on the shelf in the garage.
A 2. Interview with Leo Kessler, Duluth, Minnesota, August 2024.
T Correction, March 5, 2026: An earlier version of this essay misstated the year the family moved into the house. It was 1979, not 1980.
T Daniel Kessler is a writer in Minneapolis. His first book, The Crooked House, will be published next year.
R Share
R Facebook
R Twitter
R Email
R Print
R More from Essays
R The Last Lighthouse Keeper
R What My Grandmother Knew About Bread
R We use cookies to improve your experience. By using our site, you accept our Cookie Policy.
R Accept
R About
R Masthead
R Submissions
R Contact
R Privacy Policy
R © 2026 The Quarterly. All rights reserved.
""",
    # ===== an English investigation, extract: "◆" breaks, one-word section heads, supported-by note, photo
    # credits, a comments block
    "en_investigation_mine_extract": """\
T The Mine Beneath the School
T For decades, the children of Carver Hollow breathed the dust. Nobody told their parents.
R Photographs by Ana Lindqvist for The Ledger
R Published Feb. 11, 2026
R 22 min read
A Water
A The first thing the parents noticed was the water. It came out of the taps at Carver Hollow Elementary the color of weak tea, and it smelled, one mother said, “like a penny in your mouth.”
A The district said the pipes were old. It replaced them in 2009, and again in 2014. The color came back both times.
T ◆
A Dust
A The school sits four hundred yards from the tailings pile of the old Nettle Creek mine, which closed in 1987 and was never cleaned up.
A Records obtained by The Ledger show that state inspectors measured lead in the schoolyard soil at eleven times the federal limit in 2003. The report was filed and forgotten.
A “Nobody ever came to the school,” said Janice Whitt, a former teacher. “Not once. Not in twenty years.”
T ◆
A Silence
A Caleb Morrow was in the third grade when he started having seizures. His mother, Tina, asked every doctor she could find what was wrong with her son.
A He never came back to Carver Hollow.
A If you attended Carver Hollow Elementary or worked there, we would like to hear from you. Share your story with our reporters at tips@theledger.org.
T Reporting for this story was supported by the Pulitzer Center.
R Comments
R 143 comments
R Sort by: Newest
R Linda K.
R 2 hours ago
R My kids went there. Thank you for this reporting.
R Reply
R Load more comments
""",
    # ===== an English literary essay, full: epigraph with a dated source, numbered sections, footnotes at the end
    "en_essay_walking_full": """\
R Menu
R Search
R Sign in
R Subscribe now
R The Review
R Current Issue
R Essays
R Reviews
R Podcasts
R Events
T On Walking Alone at Night
R Essay
R By Priya Raman
R Issue 214, Spring 2026
A “Solvitur ambulando.”
A — attributed to Diogenes
A 1.
A I started walking at night the winter my marriage ended, because the apartment was too quiet and the bars were too loud.
A The city at two in the morning is a different city. The traffic lights go on changing for nobody. The bakeries are lit before the bars are dark.
A 2.
A Rebecca Solnit writes that walking is “how the body measures itself against the earth.”¹ I did not know that then. I only knew that after an hour I could sleep.
A I walked the same route for a month: down Fulton to the river, along the water to the bridge, back up through the park.
A 3.
A People ask whether I was afraid. I was, sometimes.
A But fear, I learned, is also a kind of attention, and attention was what I had come out to find.
A Notes
A 1. Rebecca Solnit, Wanderlust: A History of Walking (Viking, 2000), p. 29.
A 2. The route is about four miles. I have walked it perhaps three hundred times.
R Print this article
R Share
R Related
R On Swimming in Cold Water
R The Year I Stopped Reading the News
R Sign up for our newsletter
R Enter your email address
R Subscribe
R Follow us
R Instagram
R Facebook
R Terms of Use
R Privacy
R © The Review 2026
""",
    # ===== an English sports long-form, extract: "Chapter" subheads, a one-line quote paragraph, a timestamp line
    # that is the story's, a related-stories teaser
    "en_marathon_profile_extract": """\
T The Long Run
T At 81, Edna Hollis has run every Boston Marathon since 1972. This year she almost didn’t make the start.
R By Kevin O’Rourke
R April 20, 2026, 6:00 AM ET
R Share
R Save
A Chapter 1: The Fall
A In January, Edna Hollis slipped on the ice outside her house in Brookline and broke her left wrist in two places.
A Her doctor told her to forget about April. She told him she would think about it.
A Chapter 2: The Comeback
A By March she was running eight miles a day on the treadmill in her basement, a cast on one arm and a radio on the shelf.
A “I’m not fast,” she said. “I just don’t stop.”
A Chapter 3: Hopkinton
A 9:02 a.m.
A The gun went off. She crossed the start line eleven minutes later, with the last wave, and waved at a television camera with her good hand.
A She finished in 6 hours, 41 minutes and 12 seconds.
A Next year will be her 55th.
R Related
R Boston Marathon 2026: Full results
R The oldest runners in the field, ranked
R Advertisement
R Sign up for our Sports newsletter
""",
    # ===== a German magazine reportage, extract: epigraph, roman heads, "* * *", photo credit, issue note,
    # reading time, newsletter box
    "de_reportage_hof_extract": """\
T Der letzte Hof im Tal
T Seit dreihundert Jahren bewirtschaftet die Familie Gruber den Hof am Ende des Ötztals. Jetzt will der Sohn nicht mehr.
R Von Katharina Wendt
R Fotos: Lukas Berger
R Lesezeit: 18 Minuten
A „Wer nicht geht, kommt nicht an.“
A — Ilse Aichinger
A I.
A D er Weg zum Hof der Grubers ist im Winter nur zu Fuß zu erreichen, eine Stunde vom letzten Parkplatz, über eine Brücke, die der Großvater gebaut hat.
A Anna Gruber, 67, steht um halb fünf auf. Sie melkt die neun Kühe, füttert die Hühner und macht Feuer im Herd, bevor es hell wird.
T * * *
A II.
A Ihr Sohn Michael ist 38. Er hat in Innsbruck Maschinenbau studiert und ist zurückgekommen, als der Vater krank wurde. Das war vor zwölf Jahren.
A „Ich habe es versucht“, sagt er. „Ich kann nicht mehr.“
A Im Frühjahr will er gehen.
T * * *
A III.
A Die Mutter spricht nicht darüber. Sie zeigt stattdessen die Fotos im Flur: der Urgroßvater mit dem Pferd, die Hochzeit 1956, Michael mit drei Jahren auf dem Traktor.
A Dann geht sie hinaus, die Kühe warten.
R Dieser Text erschien zuerst in der Ausgabe 03/2026 unseres Magazins.
R Newsletter
R Die besten Reportagen der Woche, jeden Sonntag in Ihrem Postfach.
R E-Mail-Adresse
R Jetzt anmelden
R Mehr zum Thema
R Die Almen sterben – was nun?
""",
    # ===== a German weekly's essay page, full: menus, "Teil eins", footnotes ("Anmerkungen"), a correction,
    # author's box, comments
    "de_essay_erinnerung_full": """\
R Zum Inhalt springen
R Startseite
R Politik
R Kultur
R Wissen
R Gesellschaft
R Abo
R Anmelden
R Kultur
T Die Erinnerung ist ein Fluss
T Über das Vergessen und warum wir es brauchen – ein Essay.
R Ein Essay von Jonas Hartmann
R 14. März 2026, 7:00 Uhr
R 24 Min. Lesezeit
A Teil eins: Das Vergessen
A Mein Großvater vergaß zuerst die Namen, dann die Gesichter, dann die Wege. Am Ende vergaß er, dass er etwas vergessen hatte, und das, sagte meine Mutter, sei eine Gnade gewesen.
A Die Hirnforschung unterscheidet heute Dutzende Formen des Vergessens. Nicht alle sind Krankheiten.
A Teil zwei: Das Erinnern
A Wir halten das Gedächtnis für ein Archiv. Es ist eher eine Bühne, auf der jeden Abend dasselbe Stück anders gespielt wird.¹
A Was wir erinnern, erzählen wir. Und was wir erzählen, verändert das, woran wir uns erinnern.
A Warum?
A Weil ein Gedächtnis, das nichts loslässt, nicht denken kann.
A Anmerkungen
A 1. Vgl. Daniel Schacter, Aussetzer. Wie wir vergessen und uns erinnern (Bastei Lübbe, 2005), S. 12.
A 2. Gespräch mit dem Autor, Berlin, November 2025.
T Korrektur: In einer früheren Fassung hieß es, der Großvater sei 1931 geboren. Richtig ist 1929.
T Jonas Hartmann ist Redakteur im Ressort Kultur.
R Artikel teilen
R Kommentare (37)
R Melden Sie sich an, um zu kommentieren.
R Das könnte Sie auch interessieren
R Ein Jahr ohne Smartphone
R Wie das Internet unser Gedächtnis verändert
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © Die Wochenzeitung 2026
""",
    # ===== a French long-form ("grand format"), extract: chapter heads, "◆" breaks, illustration credit,
    # "Cet article est paru dans…", reading time
    "fr_grand_format_phare_extract": """\
T Le dernier gardien du phare d’Ar-Men
T Pendant vingt ans, Jean-Pierre Abraham a vécu sur un rocher au large de l’île de Sein. Récit.
R Par Claire Le Goff
R Illustrations : Mathilde Roux
R Temps de lecture : 22 min
A « La mer est tout ce qu’on voudra, sauf un décor. »
A — Jean-Pierre Abraham, Armen
A Chapitre 1 : L’arrivée
A L e bateau l’a déposé un matin de novembre 1959, avec une caisse de livres, deux pulls et trois semaines de vivres.
A Le phare d’Ar-Men est planté sur une roche que la mer recouvre à chaque marée. On l’appelait « l’enfer des enfers ».
T ◆
A Chapitre 2 : La tempête
A Il y a eu cette nuit de décembre où les vagues montaient jusqu’à la lanterne, à trente mètres.
A Il a écrit dans son carnet : « Tenu. »
A C’est tout.
T ◆
A Chapitre 3 : Le retour
A Quand il est revenu à terre, il ne supportait plus le bruit des voitures. Il a mis deux ans à réapprendre la ville.
A Le phare a été automatisé en 1990. Il n’y a plus personne là-bas. ∎
R Cet article est paru dans le numéro de mars 2026 de notre magazine.
R Recevez chaque dimanche nos meilleurs récits
R S’inscrire à la newsletter
R Lire aussi
R Les îles du Ponant, un monde à part
""",
    # ===== a French magazine's essay page, full: menus, cookie banner, epigraph, numbered parts, notes, author bio
    "fr_essai_lenteur_full": """\
R Aller au contenu principal
R Accueil
R Idées
R Société
R Culture
R Le magazine
R S’abonner
R Se connecter
R Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
R Accepter
R Paramétrer
R Idées
T Éloge de la lenteur
R Par Antoine Mercier
R Publié le 8 mars 2026 à 06h00
R Lecture 15 min.
A « Il y a un lien secret entre la lenteur et la mémoire. »
A — Milan Kundera, La Lenteur
A I. La vitesse
A Nous n’avons jamais été aussi pressés. Nous n’avons jamais eu aussi peu de temps.
A Le paradoxe est connu depuis longtemps : plus les machines nous font gagner de minutes, moins nous savons quoi en faire.
A II. L’attente
A Ma grand-mère attendait le facteur. Elle attendait les lettres de son frère, parti en Algérie, pendant des semaines. Elle disait que l’attente faisait partie de la lettre.
A Aujourd’hui, un message sans réponse depuis une heure nous inquiète.
A III. Ralentir
A Ralentir n’est pas renoncer.
A C’est choisir ce qui compte.
A Notes
A 1. Milan Kundera, La Lenteur, Gallimard, 1995.
A 2. Entretien avec l’auteur, Lyon, janvier 2026.
T Antoine Mercier est philosophe. Il a publié « Le Temps retrouvé des choses » (Seuil, 2024).
R Partager sur Facebook
R Partager sur X
R Copier le lien
R Sur le même sujet
R Pourquoi nous ne savons plus nous ennuyer
R Mentions légales
R Gestion des cookies
R Nous contacter
R © Le Magazine des Idées 2026
""",
    # ===== a Spanish crónica, extract: "Primera parte", "***" breaks, photo credit, "Este reportaje se
    # realizó con el apoyo de…", a newsletter box
    "es_cronica_frontera_extract": """\
T Los que cruzan el desierto
T En la frontera de Sonora, un grupo de voluntarios deja agua para los migrantes. Algunos días encuentran a alguien vivo.
R Por Lucía Montenegro
R Fotografías de Diego Salas
R Lectura de 20 minutos
A «Caminante, no hay camino, se hace camino al andar.»
A — Antonio Machado
A Primera parte: El agua
A E l primer galón de agua se deja a las seis de la mañana, junto a un mezquite, con una cruz pintada en la tapa para que se vea desde lejos.
A Doña Carmen Valdez, de 64 años, lleva once años haciendo esto. Empezó el verano en que encontró a un muchacho de Honduras debajo de un puente.
T ***
A Segunda parte: Los nombres
A En una libreta azul anota los nombres de los que encuentran. Los vivos con tinta negra. Los muertos con tinta roja.
A La libreta tiene 312 nombres.
T ***
A Tercera parte: El regreso
A «No lo hago por valiente», dice. «Lo hago porque alguien tiene que hacerlo.»
A Al caer la tarde, vuelve a la camioneta, cuenta los galones vacíos y apunta la cifra en la última página.
T Este reportaje se realizó con el apoyo de la Fundación Gabo.
R Este artículo se publicó en el número de marzo de 2026 de la revista.
R Suscríbete a nuestra newsletter semanal de crónicas
R Escribe tu correo
R Suscribirme
R Te puede interesar
R La ruta del tren La Bestia, diez años después
""",
    # ===== a Spanish magazine's essay page, full: menus, numbered sections, notes, correction, comments, footer
    "es_ensayo_siesta_full": """\
R Ir al contenido
R Portada
R Opinión
R Cultura
R Ciencia
R Revista
R Suscríbete
R Iniciar sesión
R Ensayo
T Elogio de la siesta
T Dormir después de comer no es pereza: es una de las mejores ideas de la civilización mediterránea.
R Texto: Javier Ortega
R 10 de marzo de 2026
R 12 min de lectura
A 1.
A Mi abuelo dormía la siesta todos los días a las tres y cuarto, en el sillón de mimbre del patio, con el periódico sobre la cara.
A Nadie podía hacer ruido. Ni siquiera la radio.
A 2.
A Los estudios recientes confirman lo que él sabía: una siesta de veinte minutos mejora la memoria y el estado de ánimo.¹
A Pero el mundo del trabajo ha decidido que la siesta es cosa de vagos.
A 3.
A ¿Quién tiene razón?
A Mi abuelo vivió hasta los 96 años.
A Notas
A 1. Entrevista con la neuróloga Ana Beltrán, Madrid, febrero de 2026.
A 2. Camilo José Cela la llamaba «el yoga ibérico».
T Fe de errores: una versión anterior de este texto atribuía la expresión «yoga ibérico» a Miguel Delibes.
R Compartir en Facebook
R Compartir en X
R Comentarios
R Para comentar debes iniciar sesión.
R Lo más leído
R Cinco pueblos para desconectar este verano
R Aviso legal
R Política de cookies
R © Revista Mediterránea 2026
""",
    # ===== an Italian reportage, extract: epigraph, roman heads, "◆", photo credit, issue note, newsletter
    "it_reportage_pescatori_extract": """\
T Gli ultimi pescatori di Mazara
T La flotta più grande del Mediterraneo si è ridotta a un terzo. Chi resta, resta per ostinazione.
R Di Francesca Lo Bianco
R Foto di Salvatore Cusimano
R Tempo di lettura: 16 minuti
A «Il mare non bagna Napoli.»
A — Anna Maria Ortese
A I.
A I l peschereccio Nuovo Sirio esce dal porto alle quattro del mattino, quando la città dorme ancora e il faro è l’unica luce sul canale.
A A bordo ci sono sette uomini: tre siciliani, tre tunisini e un egiziano che nessuno chiama per nome, solo «il Capo».
T ◆
A II.
A Vent’anni fa i pescherecci di Mazara del Vallo erano più di trecento. Oggi sono meno di cento.
A «Il gasolio costa troppo, il pesce vale troppo poco», dice il comandante, Vito Asaro. «Facciamo i conti ogni sera.»
A E ogni sera i conti non tornano.
T ◆
A III.
A Al ritorno, sul molo, le mogli aspettano con le cassette. Le triglie vanno al mercato, i gamberi rossi a Milano.
A Vito guarda il mare per un momento e poi si accende una sigaretta. Domani si riparte.
R Questo articolo è uscito sul numero di marzo 2026 del mensile.
R Iscriviti alla nostra newsletter
R Ogni venerdì i migliori reportage della settimana
R Iscriviti
R Leggi anche
R Lampedusa, l’isola che accoglie
""",
    # ===== an Italian magazine's essay page, full: menus, cookie banner, parts, notes, author bio, footer
    "it_saggio_silenzio_full": """\
R Vai al contenuto
R Home
R Cultura
R Idee
R Libri
R Abbonati
R Accedi
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su “Accetta” acconsenti all’uso dei cookie.
R Accetta
R Rifiuta
R Idee
T Il silenzio perduto
T Non abbiamo mai avuto così tanto rumore intorno. Un saggio sul bisogno di tacere.
R di Marco Ferrante
R 9 marzo 2026
R Lettura: 14 min
A Parte prima: Il rumore
A Una città italiana di medie dimensioni produce, in un giorno feriale, un rumore di fondo di circa 65 decibel. È il livello di una conversazione ad alta voce, che non si interrompe mai.
A Ci siamo abituati. Non lo sentiamo più.
A Parte seconda: Il monastero
A Nel monastero di Camaldoli i monaci parlano due ore al giorno. Il resto è silenzio.
A «All’inizio il silenzio fa paura», mi ha detto padre Alberto. «Poi diventa una casa.»
A Parte terza: Tacere
A Tacere non è non avere niente da dire.
A È lasciare spazio.
A Note
A 1. Dati dell’Agenzia europea dell’ambiente, rapporto 2025.
A 2. Colloquio con l’autore, Camaldoli, dicembre 2025.
T Marco Ferrante insegna filosofia morale all’Università di Bologna.
R Condividi
R Facebook
R WhatsApp
R Potrebbe interessarti anche
R Elogio della noia
R Chi siamo
R Privacy policy
R Cookie policy
R © Rivista Idee 2026 – P.IVA 01234567890
""",
    # ===== a Portuguese reportagem, extract: "Parte um", "***", photo credit, "Esta reportagem foi feita com
    # o apoio de…", issue note, newsletter
    "pt_reportagem_rio_extract": """\
T O rio que secou
T No sertão da Paraíba, o rio Piancó deixou de correr há três anos. As famílias ficaram.
R Por Ana Beatriz Lima
R Fotos: Rafael Nunes
R Tempo de leitura: 19 min
A “O sertão está em toda a parte.”
A — João Guimarães Rosa
A Parte um: A seca
A O leito do rio é agora uma estrada. Os caminhões-pipa passam por onde antes passavam as canoas, levantando uma poeira vermelha que entra nas casas.
A Dona Francisca, de 71 anos, lembra-se da última cheia. Foi em 2009. A água chegou à porta da igreja.
T ***
A Parte dois: A espera
A Todas as manhãs ela olha para o céu. Todas as manhãs o céu está limpo.
A “Deus sabe o que faz”, diz. “Mas às vezes demora.”
T ***
A Parte três: A chuva
A Em fevereiro, choveu.
A Não o suficiente para o rio voltar, mas o bastante para o milho nascer no quintal. Dona Francisca fotografou a primeira espiga e mandou a foto para os netos em São Paulo.
T Esta reportagem foi feita com o apoio do Instituto Serrapilheira.
R Este texto foi publicado originalmente na edição de março de 2026 da revista.
R Assine a nossa newsletter de grandes reportagens
R Digite seu e-mail
R Cadastrar
R Leia também
R A transposição do São Francisco, dez anos depois
""",
    # ===== a Portuguese magazine essay, full: menus, cookie banner, epigraph, numbered parts, notes, footer
    "pt_ensaio_saudade_full": """\
R Saltar para o conteúdo
R Início
R Opinião
R Cultura
R Revista
R Assinar
R Entrar
R Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a nossa política de cookies.
R Aceitar
R Ensaio
T A saudade não se traduz
R Por Miguel Sousa Tavares Reis
R 12 de março de 2026
R Leitura de 13 minutos
A “Saudade é ser, depois de ter.”
A — Guimarães Rosa
A I.
A Dizem que a palavra não existe noutras línguas. Não é bem verdade: existe em todas, só que não cabe numa palavra só.
A A minha avó tinha saudade da aldeia onde nasceu, em Trás-os-Montes, e para onde nunca quis voltar.
A II.
A Voltei lá por ela, no ano passado. A casa ainda está de pé. A figueira também.
A Tirei uma fotografia e não lha mostrei.
A III.
A Porque a saudade, percebi então, não é vontade de voltar.
A É saber que não se pode.
A Notas
A 1. Entrevista com a linguista Teresa Lemos, Coimbra, janeiro de 2026.
R Partilhar
R Facebook
R Twitter
R Comentários
R Seja o primeiro a comentar
R Mais lidas
R Dez livros portugueses para ler este verão
R Ficha técnica
R Estatuto editorial
R Política de privacidade
R © Revista Atlântico 2026
""",
    # ===== a Dutch long read, extract: epigraph, "Deel 1", "***", photo credit, "Dit verhaal kwam tot stand
    # met steun van…", issue note, reading time, newsletter
    "nl_longread_polder_extract": """\
T De laatste boer van de polder
T Waar nu een datacenter staat, melkte Gerrit Visser veertig jaar lang zijn koeien. Een verhaal over verdwijnen.
R Door Sanne de Wit
R Fotografie Jeroen Bakker
R Leestijd 17 minuten
A ‘Het land is niet van ons, wij zijn van het land.’
A — Gerrit Visser
A Deel 1: Het land
A D e boerderij van Gerrit Visser stond aan het eind van de Zuiderweg, achter een rij knotwilgen die zijn vader in 1952 had geplant.
A Hij had zeventig koeien en tweeënzestig hectare grond. Het was genoeg, zegt hij. Het was altijd genoeg geweest.
T ***
A Deel 2: Het bod
A In 2019 kwam er een man in een grijs pak aan de deur. Hij bood drie keer de waarde van de grond.
A Visser zei nee.
A Een jaar later zei hij ja.
T ***
A Deel 3: De hal
A Nu staat er een hal van vierhonderd meter lang, zonder ramen. ’s Nachts zoemt hij.
A Visser woont in een appartement in het dorp. Elke zondag fietst hij langs het hek.
T Dit verhaal kwam tot stand met steun van het Fonds Bijzondere Journalistieke Projecten.
R Dit artikel verscheen eerder in het maartnummer van ons magazine.
R Meld je aan voor de longread-nieuwsbrief
R Elke zaterdag de beste lange verhalen in je mailbox.
R Aanmelden
R Lees ook
R Hoe datacenters het platteland veranderen
""",
    # ===== a Dutch essay page, full: menus, cookie banner, numbered sections, notes, bio, comments, footer
    "nl_essay_fiets_full": """\
R Naar hoofdinhoud
R Home
R Opinie
R Cultuur
R Wetenschap
R Abonneren
R Inloggen
R Wij gebruiken cookies om je de beste ervaring te bieden. Door verder te gaan ga je akkoord met ons cookiebeleid.
R Akkoord
R Instellingen
R Essay
T Waarom ik nooit een auto heb gehad
R Door Pieter van Dam
R 7 maart 2026
R 11 min leestijd
A 1.
A Ik ben 54 jaar en ik heb nooit een rijbewijs gehaald. Mensen vinden dat vreemd, soms verdacht.
A Mijn vader reed vrachtwagens. Misschien komt het daardoor.
A 2.
A Ik fiets. Naar mijn werk, naar de markt, naar begrafenissen. Ik heb ooit een bank vervoerd op een bakfiets, van Utrecht naar Zeist.
A Het duurde drie uur.
A 3.
A Wat ik gemist heb? Weinig. Wat ik gewonnen heb: tijd om na te denken, tussen de ene plek en de andere.
A Noten
A 1. Gesprek met de auteur, Utrecht, februari 2026.
T Pieter van Dam is schrijver en columnist. Zijn boek De lange weg verschijnt dit najaar.
R Deel dit artikel
R Reacties (12)
R Log in om te reageren
R Meer essays
R Lof van de trein
R Colofon
R Privacyverklaring
R Cookieverklaring
R © Het Weekblad 2026
""",
    # ===== an English weekend magazine profile, full: a correction at the head, in-article promos between the
    # sections (a longreads sign-up, "Advertisement", "Continue reading"), a "—" break, a list in the story
    "en_profile_chef_full": """\
R Skip to main navigation
R Sections
R News
R Culture
R Food
R Weekend
R Magazine
R Search
R Weekend
T The Cook Who Wouldn’t Sell
T Rosa Delgado turned down $4 million for her tamale recipe. She says it was never hers to sell.
R By Helen Park
R Photographs by Marcus Webb
R Updated Feb. 28, 2026 at 9:14 a.m. ET
R 19 min read
T Correction: An earlier version of this article gave the wrong name for Ms. Delgado’s restaurant in San Antonio. It is La Esquina, not La Casita.
A Every morning at 4:30, before the buses start running on Zarzamora Street, Rosa Delgado soaks forty pounds of dried corn husks in a steel tub.
A She learned the recipe from her grandmother, who learned it from hers, in a village outside Oaxaca that no longer exists.
R Sign up for our weekly longreads
R Our best stories, delivered every Saturday.
R Sign up
A In 2024, a food company from Chicago offered her $4 million for it. She said no.
A “What would I sell them?” she said. “The corn? The hands?”
T —
A The recipe, as she recites it, is short:
A Corn, lard, salt.
A Chile from her cousin’s farm.
A Twelve hours, start to finish.
A The rest, she says, is not written down and never will be.
R Advertisement
R Continue reading the main story
A Her son, Luis, runs the register now. He wants to open a second location. She has told him he can, when she is dead.
A “So he’ll wait,” she said, and laughed. “He’s a good boy.”
R Share full article
R 214 comments
R More in Food
R The Best Tacos in Texas, Ranked by Our Critics
R Why Everyone Is Making Sourdough Again
R Site Index
R Terms of Service
R Privacy Policy
R © 2026 The Daily Standard Company
""",
    # ===== a German weekend supplement's portrait, full: the drop cap alone on its line, "Kapitel" heads,
    # a partnership note, the print line, reading time, a comment box
    "de_portraet_bergfuehrer_full": """\
R Direkt zum Inhalt
R Menü
R Suche
R Nachrichten
R Panorama
R Reise
R Wochenende
R Abo
R Wochenende
T Der Mann, der den Berg kennt
T Seit fünfzig Jahren führt Toni Brugger Menschen auf den Ortler. Jetzt hört er auf.
R Von Stefanie Maurer
R 28. Februar 2026, 18:00 Uhr
R Lesedauer: 15 Minuten
R Fotos: Daniel Hofer
A Kapitel 1: Der Aufstieg
T A
A ls Toni Brugger zum ersten Mal auf dem Gipfel des Ortlers stand, war er vierzehn Jahre alt und trug die Bergschuhe seines Vaters, zwei Nummern zu groß.
A Das war 1966. Seitdem war er 611-mal oben. Er hat jeden Aufstieg in ein kleines Heft eingetragen.
A Kapitel 2: Der Unfall
A 1987 stürzte ein Gast aus Hamburg in eine Gletscherspalte. Brugger seilte sich ab und holte ihn heraus. Es dauerte sechs Stunden.
A Der Mann lebt noch. Er schreibt ihm jedes Jahr zu Weihnachten.
A Kapitel 3: Der Abschied
A Im Oktober ist er zum letzten Mal hinaufgestiegen, mit seinem Enkel.
A „Der Berg ist gleich geblieben“, sagt er. „Ich bin älter geworden.“
T Diese Reportage entstand in Zusammenarbeit mit dem Magazin „Alpenwelt“.
R Dieser Artikel ist in der Wochenendausgabe vom 28. Februar 2026 erschienen.
R Artikel verschenken
R Kommentare
R Diskutieren Sie mit!
R Zum Kommentieren bitte anmelden.
R Mehr aus Wochenende
R Die letzte Sennerin vom Vinschgau
R Impressum
R Datenschutzerklärung
R © Süddeutsche Wochenzeitung GmbH
""",
    # ===== an Italian long-form, extract: "Capitolo" heads, footnotes, end mark alone, "Questo reportage è stato
    # realizzato con il sostegno di…", credits and a related box
    "it_inchiesta_cava_extract": """\
T La montagna che scompare
T Ogni anno dalle Apuane escono cinque milioni di tonnellate di marmo. Viaggio nelle cave di Carrara.
R Testo di Giulia Bertolini
R Fotografie di Andrea Pieri
A Capitolo uno: La cava
A Alle sei del mattino la cava di Fantiscritti è già rumorosa. Le seghe a filo diamantato tagliano blocchi da venti tonnellate, che scendono a valle sui camion uno ogni quattro minuti.
A Il marmo, dice il capocava, «è come il pane: si taglia tutti i giorni».
A Capitolo due: La polvere
A Solo il 20 per cento del materiale estratto diventa lastre e sculture. Il resto è carbonato di calcio, che finisce nei dentifrici e nella carta.¹
A I fiumi della valle, dopo la pioggia, diventano bianchi come il latte.
A Capitolo tre: La montagna
A Dal 1950 il monte Sagro ha perso la cima.
T ∎
A 1. Dati di Legambiente, «Rapporto cave 2025».
A 2. Intervista con l’autrice, Carrara, ottobre 2025.
T Questo reportage è stato realizzato con il sostegno di Journalismfund Europe.
R Condividi su Facebook
R Condividi su X
R Articoli correlati
R Il marmo di Carrara, storia di una dinastia
R Tutti i diritti riservati
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== an English magazine page, full: a numbered "Most popular" box at the head (its numerals over headlines, no
    # paragraph under the next one), a masthead sharing only "The" with the article's part heads, the epigraph with
    # a lower-case attribution over "Part One", a newsletter box in the text whose blurb closes on a full stop over
    # its mail field and button, and the article's own sentences about a newsletter and its sign-up
    "en_numbered_popular_full": """\
R Skip to content
R The Atlantic Review
R Menu
R Sign in
R Most popular
R 1.
R The Case Against Remote Work
R 2.
R Why Nobody Trusts the Polls
R 3.
R The Quiet Death of the Shopping Mall
T The Last Days of the Night Train
R By Sofia Brandt
R Photographs by Jonas Meyer
R February 2, 2026
R 24 min read
A “Every journey is a small death.”
A — after a line of Elias Canetti
A Part One: Departure
A The night train from Vienna to Venice leaves at 21:27 from platform 9, and for most of the last decade it left half empty.
A Then the flight-shaming movement came, and the trains filled up faster than the railways could buy sleeping cars.
R Sign up for The Weekly Read
R Our editors’ favourite long stories, every Friday in your inbox.
R Enter your email
R Sign up
A Part Two: The Sleeper
A The conductor, Miroslav Hrubý, has worked the route for twenty-two years. He still knows which passengers will want a second blanket.
A He signs up every winter for the extra Christmas shifts, he says, because the children on the train are happiest then.
A Part Three: Arrival
A At 8:30 the lagoon appears in the window, flat and silver, and the whole carriage goes quiet.
A Our newsletter readers asked us to follow the train for a year; this is the first of four stories.
R This article appears in the March 2026 issue.
R Share
R More from the March issue
R The Ferryman of Lake Constance
R © 2026 The Atlantic Review
""",
    # ===== an Italian essay page, full: the epigraph's attribution in lower case over "Capitolo primo", the print
    # line and the photo credit at the tail, the article's own sentences about photographs and an issue
    "it_saggio_fotografia_full": """\
R Vai al contenuto
R Home
R Cultura
R Fotografia
R Abbonati
R Cultura
T Lo sguardo di Letizia
T Palermo, la mafia, le bambine: cosa ci hanno insegnato le fotografie di Letizia Battaglia.
R di Chiara Messina
R 3 marzo 2026
R Lettura: 12 min
A «Fotografare è come scrivere una lettera.»
A — da un’intervista a Letizia Battaglia
A Capitolo primo: La città
A Le fotografie di Letizia Battaglia hanno mostrato per la prima volta ai palermitani quello che tutti sapevano e nessuno guardava.
A Nel 1974 entrò al giornale L’Ora con una macchina fotografica regalata e non la posò più per quarant’anni.
A Capitolo secondo: Le bambine
A Le sue foto di bambine nei quartieri poveri sono quelle che preferiva. Diceva che in quegli occhi c’era già tutto.
A Il suo ritratto più famoso è uscito sul numero di maggio 1980 di una rivista americana, e lei non ne sapeva nulla.
A Capitolo terzo: L’eredità
A Oggi il suo archivio conta più di 600mila negativi.
A Questo saggio nasce da tre anni di ricerca.
R Questo saggio è uscito sul numero di gennaio 2026 della rivista.
R Fotografie di Letizia Battaglia
R Condividi
R Potrebbe interessarti anche
R Il mestiere della fotografa
R © Rivista Sguardi 2026
""",
    # ===== a Portuguese crónica, extract: the reading badge as "Leitura de 8 minutos", roman part heads, an
    # illustration credit at the head and the print line at the tail; the article's sentences about a reading and an
    # edition
    "pt_cronica_leitura_extract": """\
T A biblioteca do meu avô
R Por Teresa Fontes
R Ilustrações de Marta Ribeiro
R Leitura de 8 minutos
A I.
A O meu avô tinha 3.412 livros, numerados a lápis na primeira página, e sabia de cor onde estava cada um.
A A leitura de um livro por semana era, dizia ele, a única regra da casa que não admitia exceções.
A II.
A Quando morreu, a família quis vender a biblioteca. Eu pedi para ficar com os livros de poesia.
A Encontrei no meio deles a edição de março de 1974 de uma revista de Lisboa, com uma dedicatória da minha avó.
A III.
A Ainda não a li inteira. Leio um poema por noite.
R Esta crónica saiu na edição de fevereiro de 2026.
R Partilhar
R Leia também
R Os alfarrabistas do Porto
""",
    # ===== a German reportage page, full: "Teil 1:" heads, the series label "Serie: Landleben" over the headline, a
    # newsletter box in the text (its blurb closing on a full stop over its field and button), the print line naming
    # the edition by its date, the article's sentence on a newsletter
    "de_reportage_serie_full": """\
R Zum Inhalt springen
R Startseite
R Reportage
R Reise
R Abo
R Anmelden
R Serie: Landleben
T Die Fähre von Glückstadt
R Von Malte Brandes
R Fotos: Inga Petersen
R 2. März 2026
R Lesezeit 14 Minuten
A Teil 1: Die Überfahrt
A Die Elbfähre zwischen Glückstadt und Wischhafen braucht 25 Minuten für die Überfahrt, wenn der Wind nicht gegen sie steht.
A Kapitän Heiner Ohm fährt sie seit 1991. Er kennt die Sandbänke, die Strömung und die Namen der Stammgäste.
R Newsletter
R Die besten Reportagen der Woche, jeden Samstag in Ihrem Postfach.
R E-Mail-Adresse eingeben
R Kostenlos abonnieren
A Teil 2: Der Winter
A Im Winter fahren manchmal nur drei Autos mit. Ohm fährt trotzdem, jede Stunde, so steht es im Fahrplan.
A Seinen Newsletter an die Pendler, eine E-Mail mit den Fahrzeiten bei Sturm, schreibt er selbst.
A Teil 3: Die Zukunft
A Ob die Fähre in zehn Jahren noch fährt, weiß niemand. Eine Brücke ist geplant, seit dreißig Jahren.
R Dieser Text ist in der Printausgabe vom 7. März 2026 erschienen.
R Artikel teilen
R Mehr aus der Serie
R Der letzte Milchbauer von Kehdingen
R Impressum
R Datenschutz
""",
    # ===== a Spanish reportaje, extract: "Capítulo 1:" heads, the illustration credit at the head, the photo credit
    # at the tail, the article's sentence opening with "Fotografías de" and its own one-line paragraph
    "es_reportaje_mina_extract": """\
T La mina que no cierra
T En Riotinto, la minería volvió después de veinte años. El pueblo no sabe si alegrarse.
R Por Marta Olivares
R Ilustraciones de Pablo Gil
R 15 de marzo de 2026
A Capítulo 1: El agujero
A La corta Atalaya tiene 1.200 metros de largo y 350 de profundidad, y desde el mirador parece la herida de un planeta.
A Fotografías de principios del siglo XX, colgadas en el museo del pueblo, muestran a los mineros ingleses jugando al fútbol.
A Capítulo 2: El regreso
A La mina volvió a abrir en 2015 con 400 empleos. Hoy son más de 1.100.
A Nadie quiere hablar del agua.
A Capítulo 3: El río
A El río Tinto baja rojo desde hace cinco mil años, y los científicos de la NASA vienen a estudiarlo como si fuera Marte.
R Fotografías de Andrés Molina
R Este reportaje se publicó en el número de abril de 2026 de la revista.
R Compartir
R Te puede interesar
R Huelva, la provincia del cobre
""",
    # ===== a French long-form page, full: the rubric "Grand format" over the first paragraph and a teaser box "Grand
    # entretien" over its summary at the tail (two heads sharing a word: the rubric must still go), "***" breaks, the
    # photo credit and the print line naming the issue by its month at the tail
    "fr_grand_format_ecluse_full": """\
R Aller au contenu
R Accueil
R Société
R Régions
R S’abonner
T L’éclusière de Saint-Jean-de-Losne
R Par Hélène Vautrin
R 6 mars 2026
R Grand format
A Chaque matin à sept heures, Martine Lhomme ouvre l’écluse numéro 74 du canal de Bourgogne, comme sa mère avant elle.
A Elle a vu passer les péniches de sable, puis les bateaux de location, puis plus rien pendant l’hiver du confinement.
T ***
A Les Voies navigables de France veulent automatiser l’écluse d’ici 2028. Martine ne dit pas qu’elle est contre.
A Elle dit seulement que la machine ne saluera pas les enfants qui passent à vélo sur le chemin de halage.
T ***
A Le soir, elle note dans un cahier le nom des bateaux. Il y en a eu 1 214 l’an dernier.
R Photographies de Léa Martin
R Ce récit est paru dans le numéro de mars 2026 de notre magazine.
R Grand entretien
R « Je n’ai jamais cessé d’écrire », confie Annie Ernaux à nos journalistes dans un long entretien.
R Mentions légales
R © Le Magazine des Régions 2026
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # a time of day alone between two paragraphs, under a chapter's head: clock-line reads it as a page's stamp, as it
    # reads a live blog's lone update time (its entries are kept only where two or more times each head their text)
    "en_marathon_profile_extract": ["9:02 a.m."],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Save" after "Share": a bare button, left out of the tables on purpose (an imperative is a step somewhere)
    "en_marathon_profile_extract": 1,
    # a newsletter box's blurb closing on a full stop between its call and one button ("Our best stories, delivered
    # every Saturday."): an article's sentence between a sign-up call and a button reads the same
    # (edge_longread.framed_blurb takes it only over the box's mail field and its button)
    "en_profile_chef_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a long-form feature per language, the residue line put before or after them
TEXT = {
    "en": [
        "The river was low that August, lower than anyone in Harlan County could remember, and a fisherman saw a steeple.",
        "Ellery, Kentucky, had 412 residents when the Army Corps of Engineers condemned it in 1961 to build the dam.",
        "The Corps moved the living to a subdivision eleven miles away. It moved the dead, too, or said it did.",
    ],
    "de": [
        "Der Weg zum Hof der Grubers ist im Winter nur zu Fuß zu erreichen, eine Stunde vom letzten Parkplatz entfernt.",
        "Anna Gruber steht um halb fünf auf, melkt die neun Kühe und macht Feuer im Herd, bevor es hell wird.",
        "Ihr Sohn Michael hat in Innsbruck Maschinenbau studiert und ist zurückgekommen, als der Vater krank wurde.",
    ],
    "it": [
        "Il peschereccio esce dal porto alle quattro del mattino, quando la città dorme ancora e il faro è l'unica luce.",
        "Vent'anni fa i pescherecci di Mazara del Vallo erano più di trecento, oggi sono meno di cento.",
        "Al ritorno, sul molo, le mogli aspettano con le cassette e le triglie vanno subito al mercato del pesce.",
    ],
    "pt": [
        "O leito do rio é agora uma estrada, e os caminhões-pipa passam por onde antes passavam as canoas.",
        "Dona Francisca, de 71 anos, lembra-se da última cheia, em 2009, quando a água chegou à porta da igreja.",
        "Todas as manhãs ela olha para o céu, e todas as manhãs o céu está limpo e sem uma nuvem sequer.",
    ],
    "fr": [
        "Chaque matin à sept heures, Martine Lhomme ouvre l'écluse numéro 74 du canal de Bourgogne, comme sa mère.",
        "Elle a vu passer les péniches de sable, puis les bateaux de location, puis plus rien pendant l'hiver.",
        "Le soir, elle note dans un cahier le nom des bateaux qui sont passés, il y en a eu 1 214 l'an dernier.",
    ],
    "es": [
        "El primer galón de agua se deja a las seis de la mañana, junto a un mezquite, con una cruz pintada en la tapa.",
        "Doña Carmen Valdez lleva once años haciendo esto, desde el verano en que encontró a un muchacho bajo un puente.",
        "En una libreta azul anota los nombres de los que encuentran, los vivos con tinta negra y los muertos con roja.",
    ],
}

_CR, _IC, _CH = "copyright", "image-credit", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("de", "Dieser Artikel ist in der Wochenendausgabe vom 28. Februar 2026 erschienen.", _CR),
    ("de", "Der Text erschien zuerst in der Samstagsausgabe vom 14.03.2026.", _CR),
    ("it", "Questo articolo è uscito sul numero di marzo 2026 del mensile.", _CR),
    ("it", "Questo reportage è apparso nel numero di novembre 2025 della rivista.", _CR),
    ("pt", "Este texto foi publicado originalmente na edição de março de 2026 da revista.", _CR),
    ("pt", "Esta reportagem saiu na edição de janeiro de 2026.", _CR),
    ("pt", "Leitura de 13 minutos", _CH),
    ("it", "Fotografie di Andrea Pieri", _IC),
    ("it", "Illustrazioni di Sara Conti", _IC),
    ("es", "Fotografías de Diego Salas", _IC),
    ("es", "Ilustraciones de Ana Ruiz del Valle", _IC),
    ("pt", "Fotografias de Rafael Nunes", _IC),
    ("fr", "Ce récit est paru dans le numéro de mars 2026 de notre magazine.", _CR),
    ("fr", "Photographies de Léa Martin", _IC),
    ("fr", "Illustrations de Jean du Pré", _IC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("de", "Der Bericht über den Hof ist in der Wochenendausgabe vom 28. Februar erschienen, eine Antwort der Gemeinde steht aus."),
    ("it", "Il suo primo reportage è uscito sul numero di marzo 2026 del mensile, e da allora non ha più smesso di scrivere."),
    ("pt", "O primeiro texto dela foi publicado na edição de março de 2026 da revista, quando tinha apenas 19 anos."),
    ("pt", "A leitura de 13 minutos por dia melhora a concentração das crianças, diz o estudo da universidade."),
    ("it", "Fotografie di Andrea Pieri sono esposte nella sala del consiglio comunale di Carrara fino a giugno."),
    ("es", "Fotografías de Diego Salas, expuestas en el museo de Hermosillo, muestran el desierto de noche."),
    ("pt", "Fotografias de Rafael Nunes mostram o leito seco do rio Piancó visto do alto da serra."),
    ("fr", "Son premier récit est paru dans le numéro de mars 2026 de la revue, alors qu'elle n'avait que vingt ans."),
    ("fr", "Photographies de Léa Martin et carnets de bord sont exposés à la médiathèque jusqu'en juin."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- edge_longread: the opening's section head and epigraph -----------------------------------------

_MENU = ["Home", "Magazine", "Essays", "Fiction", "Archive", "Subscribe", "Essays"]
_STAMP = ["By Priya Raman", "March 3, 2026", "28 min read"]


def _essay(heads: list[str]) -> list[str]:
    """An essay of three sections under ``heads``, two paragraphs each."""
    en = TEXT["en"]
    return [heads[0], en[0], en[1], heads[1], en[2], en[0][:70] + ".", heads[2], en[1][:80] + "."]


@pytest.mark.parametrize(
    "heads",
    [
        ["I.", "II.", "III."],
        ["1.", "2.", "3."],
        ["Part one: The foundation", "Part two: The walls", "Part three: The leaving"],
        ["Primera parte: El agua", "Segunda parte: Los nombres", "Tercera parte: El regreso"],
        ["Chapitre 1 : L'arrivée", "Chapitre 2 : La tempête", "Chapitre 3 : Le retour"],
    ],
)
def test_the_first_sections_head_over_the_first_paragraph_stays(heads: list[str]) -> None:
    # edge-furniture (edge_longread.longread_head): the menu and the stamp go, the first head stays
    page = [*_MENU, "On Walking Alone at Night", *_STAMP, *_essay(heads)]
    lost_lines, gone = kept(page)
    assert [x for x in lost_lines if x in heads] == [], gone
    assert ("edge-furniture", "Fiction") in gone


def test_an_epigraph_over_the_first_head_stays() -> None:
    epigraph = ["“Solvitur ambulando.”", "— attributed to Diogenes"]
    page = [*_MENU, "On Walking Alone at Night", *_STAMP, *epigraph, *_essay(["1.", "2.", "3."])]
    lost_lines, gone = kept(page)
    assert [x for x in lost_lines if x in epigraph or x == "1."] == [], gone


def test_a_menus_last_item_over_the_first_paragraph_still_goes() -> None:
    # (a two-word label with no sibling heading a paragraph below, a numeral with no next number: the menu's; two
    # words alone and no number, "World News", with a teaser box's "Business News" over its summary below)
    teaser = ["Business News", "Shares in the railway company fell sharply after the strike was announced on Monday."]
    for last in ("Most read", "Long reads", "1.", "World News"):
        page = [*_MENU, last, *TEXT["en"], "Most shared", "Long form", *teaser]
        lost_lines, gone = kept(page)
        assert last in lost_lines, gone


def test_a_term_over_the_first_paragraph_stays_where_terms_under_breaks_head_the_sections() -> None:
    en = TEXT["en"]
    body = [en[0], en[1], "◆", "Dust", en[2], "◆", "Silence", en[0][:80] + "."]
    lost_lines, gone = kept(["The Mine Beneath the School", "Photographs by Ana Lindqvist", "22 min read", "Water", *body])
    assert "Water" not in lost_lines, gone
    # (no section break over the later terms: the one word over the first paragraph is a kicker, and goes as before)
    plain = [en[0], en[1], "Dust", en[2], "Silence", en[0][:80] + "."]
    lost_lines, gone = kept([*_MENU, "Politics", *plain])
    assert "Politics" in lost_lines, gone


# -- edge_longread.framed_blurb: a newsletter box's blurb closing on a full stop ----------------------------


def test_a_blurb_closing_on_a_full_stop_over_the_boxs_field_and_button_goes() -> None:
    box = ["Sign up for our weekly longreads newsletter", "The best of our magazine, in your inbox every Sunday.",
           "Enter your email", "Sign up"]
    lost_lines, gone = kept([*TEXT["en"], *box])
    assert lost_lines == box, gone
    assert ("newsletter-box", box[1]) in gone


def test_a_sentence_between_a_sign_up_call_and_one_button_stays() -> None:
    # (no mail field under it: a how-to's step, or the article's sentence, stays as before)
    sentence = "It takes a minute, and the first issue arrives the same evening."
    page = [*TEXT["en"][:2], "Sign up for our weekly longreads", sentence, "Sign up", TEXT["en"][2]]
    lost_lines, gone = kept(page)
    assert sentence not in lost_lines, gone


if __name__ == "__main__":
    report(CASES)
