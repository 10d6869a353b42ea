# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Keep 23: an over-strip probe against the removal rules merged in session 22: the author's bio told at length
closing the page (author-bio: tables ``bio_beat``, ``bio_more``, ``bio_contact``, ``bio_heading``), translators'
and reporters' credits ("Translated by …", "Traducción de …", "Hanno collaborato …"), a university author's
disclosure formula, a newsletter's label named after the word ("La newsletter Lyon"), and the comment section's new
heads (a count after the word, "Kommentare 12"; a thread without a heading whose comments open on "Name disse:",
"… schrieb am 12.03.2024 um 14:22 Uhr:" or "Name · 1 hour ago"; forum stamps under a late "Comments"). Pages of
article text alone, no residue (every line tagged ``A``: every removal is a loss), in nine languages (en, de, fr,
es, it, pt, nl, sv, pl): obituaries and profiles of reporters whose last paragraph is their job and beat, news of a
new hire or columnist, a court report with a reporter as witness, book reviews closing on a reporter's bio (the
person named above or not), charity appeals closing on their own contacts, articles about translation and review
boxes with the translator's line, live blogs and WhatsApp stories quoting readers' messages with names and times,
changelogs and review summaries under "Comments" / "Kommentare 3" / "Reviews 14", stories about newsletters under a
subheading for each ("La newsletter Lyon" / "La newsletter Bordeaux").

The 40 pages of round 1 were written before reading the rules' code (only the brief's account of them); the 21 of
round 2 after reading it, aimed at its edges: features that call their subject by the first name (``_named_elsewhere``
asks the surname), bios with a later sentence of where they live (``bio_more``), a review's box with the translator's
line (the credit tables), a quoted disclosure, dated lines under a late "Comments" (``_dated_stamp``), a reply
control in a live blog, commenters' lines under a "Comentários" subheading, newsletters' labels as subheadings in
de, it, es; the 28 of round 3 after round 2's fixes: author-bio looks at a page only past 60 words of prose before
the bio, which most bio pages of rounds 1 and 2 were under (their closing bios were never judged), so round 3 is those
pages with two paragraphs more, and pages naming their subject otherwise (the first name alone, the surname inflected,
"Kellers", "Kowalskiego", the headline only, "O'Connell-Hayes's"). ``python tests/test_keep23.py`` prints the numbers.

Measured before any change (main's HEAD 4b55fd7; "base" is the session's start, 40ee038):

- round 1, 40 pages, 198 lines: lost 10 on 5 pages (base: 3). de_changelog 5 (comment-section: "Kommentare 3"
  over a changelog's short items opened a section to the page's end; base lost the line alone, to comment-ui);
  fr_newsletter 2 ("La newsletter Lyon", "La newsletter Bordeaux" as subheadings); en_book_review_unnamed 1 (a
  review closing on "Helen Parry is a reporter at the Manchester Evening News and writes about housing …");
  es "Comentarios 14" and nl "Reacties 3" (comment-ui, as on base). Kept: the obituaries, profiles, new hires,
  court witness, the named review's "Smith is a reporter at the Times and the author of …", the appeals' contacts,
  "Translated by Edith Grossman, the novel …", the live blog's "Maria · 10:42", the WhatsApp lines, "Reviews 14".
- round 2, 21 pages, 111 lines: lost 29 on 12 pages (base: 16). New this session: de_kommentare_datiert 3 more
  (two dated lines under "Kommentare 412" read as a forum's stamps); newsletter labels as subheadings in de, it, es
  6; review boxes' "Traducción de Salvador Peña", "Tradução de Rubens Figueiredo" 2 (copyright: the credit tables;
  English's box kept its line); a quoted disclosure formula 1; "Hanno collaborato Fiat e Pirelli." 1. As on base:
  en_comments_stamps 6, pt_disse_comentarios 6, en_liveblog_reply's "Reply" ×2, en_review_box's "By Miguel de
  Cervantes". Kept: every first-name feature's closing bio (de, fr, es, nl, sv, en), the new columnist (pages too
  short for author-bio to judge: see round 3).
- round 3, 28 pages, 168 lines: lost 13 on 13 pages (base: 0), all author-bio's bios told at length closing the
  page ("Katie Moore is a freelance journalist who has covered the war since 2014. She lives in Kyiv.", "Anna Keller
  ist Reporterin und schreibt über Wohnungsnot. Sie lebt in Leipzig.", likewise fr, es, it, pt, nl, sv): features
  that call their subject by the first name, a German genitive, the headline only, a new columnist, the unnamed
  review. Kept: the obituaries, the new hires, the court witness, the Polish obituary (its first paragraph names
  "Jan Kowalski" whole), the possessive.

After: round 1 lost 4, round 2 lost 17, round 3 lost 3, all in ``KNOWN_LOST`` with the reasons (19 of the 24 lost on base too;
"Hanno collaborato Fiat e Pirelli." kept since the session's close: a reporters' credit names a person of two words
first, or has a colon). The guards, each with residue of the same shape that still goes (below):

- a closing bio's person is named in the article (``AuthorBio._named_elsewhere``) by the surname inflected too (the
  surname less its last letter opening a capitalised word up to three letters longer, surnames of five letters or
  more: "Kellers", "Kowalskiego"), or by the first name alone where it is one (three letters or more, never a word of
  the text in lower case: not "Der Autor", Greek's "Η", "Rose" beside "prices rose"), told of outside quotes and not
  called ("“Pamela, why …?”", "…, Pamela." are a reader speaking to the author: a dev page's bio of the author
  still goes); a bio whose name the article does not speak of, or only in a longer word ("Kelleranlagen"), still
  goes. Not the headline: the cleaned text has none, and a second cleaning must judge as the first;
- a link to the comments with its count ("Kommentare 3", German's counted heading, table ``section_link`` too) late
  in the page opens a section only with comments under it, as a bare count does (``CommentSection._opens_late``):
  a changelog's short items under it stay (the line goes alone to comment-ui, as on base); "Kommentare 12" over a
  commenter, a time and "Antworten" still opens it (tests/test_comm22.py);
- dated lines one right under another under a late count or heading are a timeline's ("Eröffnet am 3. Mai 2024,
  09:00 Uhr" over "Geschlossen am 31. Mai 2024, 18:00 Uhr"), not the forum's stamps this session's rule reads as
  comments (``CommentSection._comments_follow``: a comment's text stands between two stamps); dated posts with their
  texts between ("Posted by pete on 12 May 2024, 08:14" / a comment / the next) still open the section;
- a translator's credit in a review's box, under a short title line (no sentence's end) and over a detail with a
  figure that is no copyright line ("Pre-Textos, 1.200 páginas, 45 euros"), is the book's
  (``edge_reading.book_detail``, which took only "Title by Author" over it); under the article's last paragraph, or
  over a copyright line, it still goes;
- newsletters' labels named after the word that stand two or more on the page, alike but for the name, each between
  two paragraphs the tables do not know, are a series of subheadings (``signup._label_series``); one label over its
  pitch, and two boxes with a pitch under each label, still go.

Bench: ``pagecmp`` against main's HEAD 4b55fd7: changed 0/362 (a first cut of the first-name guard kept a dev
page's author bio, "Pamela Wilson is an online educator …", the article quoting a reader's "“Pamela, why …?”": the
first name counts outside quotes only, not called; a first cut of the review box's guard, a title
line alone over the credit, spared a footer's "All rights reserved © 2019 …" between "Directory" and an address:
the credit may hold no figure and be no rights line now); ``bench_text --variant both``: recall 0.966 / 0.975 /
0.970, naive 0.843 / 0.988 / 0.909, as before.
"""

from __future__ import annotations

import pytest
from probes import removals_of, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the rules' code) ==========================================================
    # -- English: a reporter's obituary, its last paragraph his beat
    "en_obit_reporter": """\
A Margaret Ellery, who covered the New York statehouse for the Times Union for three decades, died on Sunday at her home in Albany. She was 81.
A Ms Ellery joined the paper in 1968 as a night clerk and was promoted to the capitol bureau four years later, at a time when few women reported on politics.
A Governors came to fear her questions. Mario Cuomo once called her "the only reporter in Albany who reads the budget footnotes".
A She is survived by her husband, Frank, two daughters and five grandchildren.
A She covered the statehouse for 30 years and lived in Albany until her death.
""",
    "en_new_hire": """\
A The Hartford Courant has named Dana Whitfield as its new investigations editor, the paper announced on Monday.
A Whitfield, 44, comes from the Boston Globe, where she led the Spotlight team's reporting on nursing homes that was a Pulitzer finalist in 2021.
A "Dana is the best editor of long-form accountability work I know," said Courant editor Mark Reyes.
A She will start on March 4 and will oversee a team of six reporters.
A Whitfield is a reporter and editor who has covered health care since 2009 and writes about elder care and disability.
""",
    "en_book_review_named": """\
A John Smith's second book, "The Last Ferry", follows a crew of deckhands on the Staten Island route through the pandemic year.
A Smith spent eleven months riding the boats, and it shows: the book is full of the small rituals of the job, the coffee orders and the feuds over the radio.
A Its weakness is structure. The chapters drift, and a late section on the history of the ferry reads like a different book.
A Still, it is the best account of essential work in that year that I have read.
A Smith is a reporter at the New York Times and the author of "Night Shift", a history of the city's hospitals.
""",
    "en_book_review_unnamed": """\
A "Salt and Iron" is a history of the Cheshire salt towns told through the families who worked the brine pits for two centuries.
A The archive work is formidable, and the author has a gift for the telling detail: a foreman's ledger, a strike leaflet, a child's letter to a drowned father.
A The book falters only when it reaches the present, where its argument about deindustrialisation is asserted more than shown.
A Helen Parry is a reporter at the Manchester Evening News and writes about housing and local government.
""",
    "en_court_witness": """\
A A former council officer lied to a reporter about the cost of the town hall refurbishment, a jury at Leeds Crown Court heard on Tuesday.
A The prosecution called Amira Khan, a reporter at the Yorkshire Post, who told the court she had asked Peter Dobbs about the figures three times in 2021.
A Ms Khan is a reporter who has covered Leeds City Council since 2015. She said Dobbs told her the project was "on budget, to the penny".
A Dobbs denies misconduct in public office. The trial continues.
""",
    "en_charity_appeal": """\
A Flooding last week destroyed the kitchen of the Brookside community centre, which served 3,000 hot meals to families in Rotherham last winter.
A Volunteers have moved the lunch club to the church hall on Station Road, but it has no cooker and the meals are now cold.
A The centre needs £18,000 to refit the kitchen before the weather turns.
A Donations can be sent to Brookside Community Centre, 14 Mill Lane, Rotherham S60 2AB, or made online through the centre's website.
A Anyone who needs a meal this week can reach the hotline at 01709 555 214.
""",
    "en_translation": """\
A When Edith Grossman's translation of Don Quixote appeared in 2003, Harold Bloom called it a masterpiece of the translator's art.
A Grossman, who died in 2023, translated García Márquez, Vargas Llosa and Mayol Ferrer, and wrote a short book about why translation matters.
A Translated by Edith Grossman, the novel sold more copies in its first year than any English Quixote before it.
A Translated by Gregory Rabassa, "One Hundred Years of Solitude" had been, García Márquez said, better than the original.
A Both translators insisted that a translation is a new book, not a copy of an old one.
""",
    "en_liveblog_readers": """\
A We asked readers in the path of the storm to tell us what they could see. Here are some of your messages.
A Maria · 10:42
A The power has been out since nine. The river is over the towpath and still rising.
A Tom · 10:51
A Our street in Hebden Bridge is dry so far, but the school has closed and the buses have stopped.
A Priya · 11:05
A Sandbags arrived at last. The fire service says to stay upstairs.
A The Environment Agency has issued 14 severe flood warnings across West Yorkshire.
""",
    "en_changelog_comments": """\
A Version 3.2 of the Wagtail content management system is out, and the headline feature is a new commenting system for editors.
A Editors can now leave comments on any field of a page while it is in draft, and the author is notified.
A Comments
A - Comments can be resolved, and resolved comments are hidden by default
A - Each comment shows its author and the time it was left
A - Comments are stored with the page revision, so they can be audited
A Other changes
A - Dropped support for Django 3.2
A The release is available from PyPI now.
""",
    "en_reviews_summary": """\
A The new Moka Bistro on Chapel Street has split local diners since it opened in January.
A We read every review it has been given online. The verdict, in short: superb breakfasts, slow service at dinner.
A Reviews 14
A Nine of the fourteen reviews give it five stars, almost all of them for the eggs Benedict and the coffee.
A Three complain about waits of more than an hour for a main course on Saturday nights.
A The owner, Carla Mendes, says she is hiring two more chefs.
""",
    "en_newsletter_story": """\
A Local news has moved into the inbox. In Lyon, a former Le Progrès reporter runs a paid newsletter with 9,000 subscribers.
A The newsletter Lyon
A Claire Dumas started it in 2021 with a mailing list of 200 friends. It now employs three people.
A Its formula is simple: one long story each morning, no advertising, and a reply button that she reads herself.
A The newsletter Bordeaux
A A similar project in Bordeaux closed last year after failing to pass 2,000 subscribers.
A Dumas thinks the difference is the city, not the product.
""",
    "en_whatsapp_story": """\
A The messages began on a Tuesday morning, in a WhatsApp group the parents of Year 6 at St Mary's use to swap lifts.
A Tom wrote at 14:22:
A "Has anyone else heard the school is closing in July?"
A Within an hour there were ninety replies. Most were in capitals.
A The council confirmed on Thursday that the school will close because of falling numbers.
""",
    "en_translator_note": """\
A The Ukrainian poet Serhiy Zhadan read from his new collection at the Hay Festival on Sunday, in Ukrainian and in English.
A His English versions are by Reilly Costigan-Humes and Isaac Stackhouse Wheeler, who have translated four of his books.
A Translated by them, his poems about Kharkiv under bombardment have been read aloud in parliaments across Europe.
A Zhadan said he writes every morning, even now, in a basement room of the city's literature museum.
""",
    "en_conversation_article": """\
A Universities are under pressure to disclose who funds their research. A new rule in Australia requires academics to declare any industry money.
A The wording of the declaration is strict. Academics must say whether they "work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article".
A Critics say the formula is so general that most researchers simply copy it without thinking.
A Disclosure rules are a start, says ethicist Julia Green, but they do not replace independent funding.
""",
    # -- German
    "de_nachruf": """\
A Der Journalist Klaus Berger ist im Alter von 78 Jahren in Hamburg gestorben. Das teilte seine Familie am Montag mit.
A Berger arbeitete mehr als dreißig Jahre für den „Spiegel“, zuletzt als Leiter des Berliner Büros.
A Er berichtete über die Wiedervereinigung, den Balkankrieg und zehn Bundestagswahlen.
A Berger ist Reporter gewesen, bevor er Chef wurde, und schrieb bis zuletzt über Sozialpolitik.
A Er lebte mit seiner Frau in Hamburg-Eppendorf.
""",
    "de_whatsapp": """\
A Die Nachrichten kamen am Dienstagmorgen in einer WhatsApp-Gruppe, in der sich Eltern der Grundschule am Park verabreden.
A Die Redaktion hat die Chronik eingesehen. So begann es:
A Tom schrieb am 12.03.2024 um 14:22 Uhr:
A „Hat noch jemand gehört, dass die Schule im Sommer schließt?“
A Anna schrieb am 12.03.2024 um 14:25 Uhr:
A „Das kann nicht sein. Der Rektor hat nichts gesagt.“
A Am Donnerstag bestätigte die Stadt die Schließung.
""",
    "de_changelog": """\
A Die Version 5.0 des Redaktionssystems Neos ist erschienen. Wichtigste Neuerung ist eine Kommentarfunktion für Redakteure.
A Kommentare 3
A Drei Arten von Kommentaren gibt es jetzt: Notizen, Fragen und Freigaben.
A Jeder Kommentar zeigt den Autor und den Zeitpunkt.
A Weitere Änderungen
A Die Unterstützung für PHP 7 entfällt.
""",
    "de_spendenaufruf": """\
A Das Hochwasser hat die Küche der Tafel in Bad Neuenahr zerstört. Im vergangenen Winter gab sie 3000 warme Mahlzeiten aus.
A Die Helfer kochen nun im Gemeindehaus, doch dort fehlt ein Herd.
A Spenden können an die Tafel Bad Neuenahr, IBAN DE12 5775 1310 0000 1234 56, überwiesen werden.
A Wer Hilfe braucht, erreicht das Sorgentelefon unter 02641 555 214.
""",
    "de_neue_chefin": """\
A Die „Süddeutsche Zeitung“ hat eine neue Leiterin des Investigativressorts. Anna Keller kommt vom NDR.
A Keller, 41, hat die Recherchen zu den Cum-Ex-Geschäften mitverantwortet.
A Sie ist Reporterin und berichtet seit 2012 über Finanzkriminalität.
A Sie lebt mit ihrer Familie in München.
""",
    "de_uebersetzung": """\
A Ein neuer Roman von Jon Fosse erscheint im Herbst auf Deutsch. Übersetzt von Hinrich Schmidt-Henkel, umfasst er 800 Seiten.
A Schmidt-Henkel übersetzt Fosse seit zwanzig Jahren und hat dafür mehrere Preise erhalten.
A Aus dem Norwegischen von Hinrich Schmidt-Henkel: Dieser Vermerk steht inzwischen auf mehr als zwanzig Büchern.
A Fosse selbst sagt, er lese seine Bücher auf Deutsch lieber als auf Norwegisch.
""",
    "de_bewertungen": """\
A Der neue Bäcker in der Lindenstraße spaltet die Nachbarschaft. Wir haben alle Bewertungen im Netz gelesen.
A Bewertungen 14
A Neun von vierzehn Bewertungen geben fünf Sterne, vor allem für die Brezeln.
A Drei beklagen lange Schlangen am Samstag.
A Der Inhaber will im Frühjahr einen zweiten Verkäufer einstellen.
""",
    # -- French
    "fr_newsletter": """\
A L'information locale passe désormais par la boîte mail. À Lyon, une ancienne journaliste du Progrès publie une lettre payante.
A La newsletter Lyon
A Claire Dumas l'a lancée en 2021 avec 200 abonnés. Elle en compte aujourd'hui 9 000.
A La formule est simple : un long article chaque matin, sans publicité.
A La newsletter Bordeaux
A Un projet semblable à Bordeaux a fermé l'an dernier, faute d'abonnés.
A Claire Dumas pense que la différence tient à la ville.
""",
    "fr_nomination": """\
A Le quotidien Ouest-France a nommé Julie Martin rédactrice en chef adjointe, a annoncé le journal lundi.
A Âgée de 45 ans, elle dirigeait jusqu'ici l'édition de Rennes.
A Julie Martin est journaliste et couvre la politique bretonne depuis 2006.
A Elle vit à Rennes avec sa famille.
""",
    "fr_traduction": """\
A Le nouveau roman de Elena Ferrante paraît en français en septembre.
A Traduit de l'italien par Elsa Damien, il compte 400 pages.
A Elsa Damien traduit Ferrante depuis dix ans et dit avoir appris l'italien à Naples.
A La traductrice a reçu le prix Laure-Bataillon en 2019.
""",
    "fr_commentaires_logiciel": """\
A La version 6.0 du logiciel libre Nextcloud introduit un système de commentaires sur les documents partagés.
A Commentaires
A Les commentaires peuvent être épinglés, résolus ou supprimés.
A Chaque commentaire affiche son auteur et l'heure.
A La mise à jour est gratuite.
""",
    "fr_appel_dons": """\
A Les inondations ont détruit la cuisine du Secours populaire de Morlaix, qui a servi 3 000 repas l'hiver dernier.
A Les bénévoles cuisinent désormais dans une salle paroissiale sans four.
A Les dons peuvent être envoyés au Secours populaire, 12 rue de Brest, 29600 Morlaix.
A Les familles en difficulté peuvent joindre la permanence au 02 98 55 52 14.
""",
    # -- Spanish
    "es_traduccion": """\
A La editorial Anagrama publica en mayo la primera traducción al español de la poeta ucraniana Halyna Kruk.
A Traducción de Marina Abramova, el libro reúne poemas escritos desde 2014.
A Abramova, que vive en Madrid desde hace veinte años, traduce también a Zhadan.
A La presentación será en la Casa del Lector el 12 de mayo.
""",
    "es_con_informacion": """\
A El Gobierno aprobó este martes el decreto que amplía el permiso de paternidad a veinte semanas.
A La medida entrará en vigor en enero y costará 600 millones de euros al año, según Hacienda.
A Los sindicatos la celebraron; la patronal pidió que se financie con fondos europeos.
A Con información de los sindicatos y de la patronal, el ministerio calcula que se beneficiarán 250.000 familias.
""",
    "es_periodista_perfil": """\
A La periodista Lucía Romero recibió este lunes el premio Ortega y Gasset por su investigación sobre las residencias de mayores.
A Romero dedicó tres años a reconstruir lo que pasó en 40 residencias de Madrid en marzo de 2020.
A Romero es periodista de El País y cubre sanidad desde 2010.
A Vive en Madrid y tiene dos hijos.
""",
    "es_comentarios_resenas": """\
A El nuevo restaurante de la calle Mayor divide a los vecinos desde que abrió en enero. Leímos todas sus reseñas.
A Comentarios 14
A Nueve de los catorce comentarios le dan cinco estrellas, casi todos por los desayunos.
A Tres se quejan de esperas de más de una hora.
A La dueña dice que contratará a dos cocineros.
""",
    # -- Italian
    "it_collaborato": """\
A La Procura di Milano ha chiuso l'indagine sugli appalti della metropolitana. Gli indagati sono dodici.
A Secondo l'accusa, tra il 2018 e il 2021 sarebbero state pagate tangenti per due milioni di euro.
A Ha collaborato con gli inquirenti un ex dirigente dell'azienda, che ha consegnato i documenti.
A L'udienza preliminare è fissata per ottobre.
""",
    "it_giornalista": """\
A È morto a 80 anni Franco Bassi, storico inviato del Corriere della Sera.
A Bassi aveva raccontato la guerra in Libano, il terremoto dell'Irpinia e la caduta del Muro.
A Era giornalista e scriveva di esteri dal 1970.
A Viveva a Roma con la moglie.
""",
    "it_commenti_forum": """\
A Abbiamo chiesto ai lettori di raccontarci i disagi dello sciopero dei treni. Ecco alcuni dei messaggi.
A Giulia · 08:12
A Bloccata a Bologna da un'ora, nessun annuncio.
A Marco · 08:20
A A Firenze i regionali partono, ma pieni.
A Lo sciopero termina alle 21.
""",
    # -- Portuguese
    "pt_traducao": """\
A A Companhia das Letras lança em junho a nova tradução de Guerra e Paz.
A Traduzido por Rubens Figueiredo, o romance ganha 1.500 páginas em dois volumes.
A Figueiredo passou seis anos no trabalho e diz que Tolstói é mais simples em russo do que se pensa.
A O lançamento será na Livraria da Vila.
""",
    "pt_colaborou": """\
A A Polícia Federal prendeu nesta terça-feira três suspeitos de desviar verbas da merenda escolar em Goiás.
A Segundo a investigação, o esquema desviou R$ 12 milhões entre 2019 e 2022.
A Colaborou com a investigação um ex-funcionário da prefeitura, que entregou planilhas.
A Os presos serão ouvidos na quarta-feira.
""",
    "pt_disse": """\
A O grupo de WhatsApp dos moradores do prédio virou notícia depois que a síndica foi afastada.
A As mensagens mostram como a crise começou.
A Carlos disse:
A "Alguém sabe por que a água foi cortada?"
A Ana disse:
A "A síndica não pagou a conta há três meses."
A A administradora confirmou a dívida na sexta-feira.
""",
    # -- Dutch
    "nl_verslaggever": """\
A Oud-verslaggever Henk de Vries is op 84-jarige leeftijd overleden in Zwolle.
A De Vries werkte veertig jaar voor de Zwolse Courant en versloeg de watersnood van 1953 als jonge leerling.
A Hij was verslaggever en schreef over de gemeenteraad tot zijn pensioen.
A Hij woonde in Zwolle.
""",
    "nl_reacties_changelog": """\
A Versie 4.0 van de open-source app Nextcloud Talk voegt reacties toe aan berichten.
A Reacties 3
A Er zijn nu drie soorten reacties: emoji, citaten en draadjes.
A Elke reactie toont de naam van de afzender en het tijdstip.
A De update is gratis.
""",
    # -- Swedish, Polish
    "sv_reporter": """\
A Journalisten Eva Lind har avlidit, 79 år gammal. Hon var Dagens Nyheters första kvinnliga utrikeskorrespondent.
A Lind rapporterade från Moskva under kalla kriget och från Sydafrika när Mandela släpptes.
A Hon var reporter och skrev om utrikespolitik i fyrtio år.
A Hon bodde i Stockholm.
""",
    "pl_dziennikarz": """\
A Zmarł Jan Kowalski, wieloletni reporter „Gazety Wyborczej”. Miał 77 lat.
A Kowalski relacjonował obrady Okrągłego Stołu i pierwsze wolne wybory.
A Był reporterem i pisał o polityce samorządowej od 1990 roku.
A Mieszkał w Krakowie.
""",
    # ===== ROUND 2 (aimed at the rules' code) =========================================================================
    # features that call their subject by the first name, the last paragraph her job and beat, told at length
    "en_first_name_feature": """\
A Katie grew up on a farm outside Lviv and learned English from the BBC World Service on her father's radio.
A When the war came in 2014, she was working as a fixer for foreign crews in Donetsk. By 2022 she had her own byline.
A "I never planned to be a reporter," Katie says. "The story came to my door."
A Katie Moore is a freelance journalist who has covered the war since 2014. She lives in Kyiv.
""",
    "de_vorname_portraet": """\
A Anna war zwölf, als ihre Familie die Wohnung in Leipzig-Connewitz verlor. Die Miete hatte sich verdoppelt.
A Heute recherchiert sie genau darüber: über Eigentümer, Briefkastenfirmen und Mieter, die gehen müssen.
A „Ich weiß, wie sich das anfühlt“, sagt Anna. „Das treibt mich an.“
A Anna Keller ist Reporterin und schreibt über Wohnungsnot. Sie lebt in Leipzig.
""",
    "fr_prenom_portrait": """\
A Julie a grandi dans une ferme du Finistère. À quinze ans, elle écrivait déjà pour le bulletin de la coopérative.
A Aujourd'hui, elle raconte les crises de l'élevage breton, les suicides d'agriculteurs et les fermes qui ferment.
A « Je connais ces gens, je viens de là », dit Julie.
A Julie Martin est journaliste et écrit sur l'agriculture. Elle vit à Rennes.
""",
    "es_nombre_perfil": """\
A Lucía llegó a Madrid con 19 años y una maleta. Trabajó de camarera mientras estudiaba periodismo por las noches.
A Hoy investiga las residencias de mayores, el mismo sector en el que trabajó su madre durante treinta años.
A «Sé lo que pasa dentro», dice Lucía.
A Lucía Romero es periodista y escribe sobre sanidad. Vive en Madrid.
""",
    # a new columnist announced, the page closing on her bio as the announcement
    "en_new_columnist": """\
A Starting next week, the Sunday edition will carry a new weekly column on politics and power in Westminster.
A The column will run on page 12 and online every Saturday evening, and readers will be able to put questions to its author in a monthly live chat.
A Priya Shah is a journalist who has covered Westminster for a decade. She lives in London.
""",
    # a book review's header box with the translator's credit on its own line
    "en_review_box": """\
A Don Quixote
A By Miguel de Cervantes
A Translated by Edith Grossman
A Ecco, 940 pages, $29.95
A Edith Grossman's version of Cervantes' novel is the most readable English Quixote in a generation.
A Where earlier translators reached for archaism, she writes a supple, modern prose that still keeps the knight's grandiloquence.
A It is not the last word on the book, but it is the one to start with.
""",
    "es_ficha_libro": """\
A Las mil y una noches
A Traducción de Salvador Peña
A Pre-Textos, 1.200 páginas, 45 euros
A La nueva traducción de Salvador Peña devuelve a las noches su crudeza original, sin los adornos de las versiones francesas.
A Peña trabajó quince años en el texto árabe y añade un aparato de notas que es en sí mismo un libro.
""",
    "pt_ficha_livro": """\
A Guerra e Paz
A Tradução de Rubens Figueiredo
A Companhia das Letras, 1.536 páginas, R$ 199
A A tradução de Rubens Figueiredo, feita direto do russo, é a melhor que o leitor brasileiro já teve.
A Figueiredo mantém as repetições de Tolstói que outros tradutores cortaram, e o livro ganha com isso.
""",
    "en_review_box_tail": """\
A Olga Tokarczuk's "Flights" is a novel made of fragments: travel notes, anatomy lessons, and the story of Chopin's heart carried home in a jar.
A It should not work, and for long stretches it is exhausting. But its best pages are among the finest fiction of the decade.
A Flights by Olga Tokarczuk
A Translated by Jennifer Croft
A Fitzcarraldo Editions, 416 pages, £12.99
""",
    # an article quoting a university author's disclosure in full
    "en_disclosure_quoted": """\
A Critics say the disclosure statements academics sign for The Conversation have become boilerplate.
A A typical one reads in full as follows.
A Jane Doe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.
A Most readers never reach that line at the bottom of the page, the study found, and fewer still understand it.
""",
    # "Hanno collaborato" in a story about a project
    "it_hanno_collaborato": """\
A È stato presentato ieri a Torino il nuovo treno a idrogeno che collegherà Cuneo e Savona dal 2026.
A Il prototipo è stato costruito da Alstom nello stabilimento di Savigliano.
A Hanno collaborato Fiat e Pirelli.
A I primi test sulla linea partiranno in primavera.
""",
    # a software article whose counted heading sits over a list of dated items
    "en_comments_stamps": """\
A Version 3.2 of the Wagtail content management system adds commenting for editors, and the project's changelog shows how long it took.
A The feature was first proposed in 2021 and went through three designs before it shipped.
A Comments
A Proposed 3 May 2021, 09:12
A First prototype merged 14 Jan 2022, 17:40
A Redesigned 2 Sep 2023, 11:05
A Released 12 May 2024, 08:14
A The team says the next release will add mentions.
""",
    "de_kommentare_datiert": """\
A Die Stadt Kassel hat die Bürgerbeteiligung zum neuen Radverkehrsplan ausgewertet. Es gingen 412 Stellungnahmen ein.
A Die meisten Kommentare betrafen die Friedrich-Ebert-Straße und den Königsplatz.
A Kommentare 412
A Eröffnet am 3. Mai 2024, 09:00 Uhr
A Geschlossen am 31. Mai 2024, 18:00 Uhr
A Die Verwaltung will den Plan im Herbst dem Parlament vorlegen.
""",
    "en_reviews_ago": """\
A The new Moka Bistro on Chapel Street has split local diners since it opened in January.
A We read every review it has been given online.
A Comments 14
A The latest was left 2 hours ago.
A Nine of the fourteen give it five stars, almost all of them for the eggs Benedict.
A The owner, Carla Mendes, says she is hiring two more chefs.
""",
    # a live blog of reader messages, each a name and a time over it, a "Reply" quoted as the chat's button
    "en_liveblog_reply": """\
A We asked readers in the path of the storm to tell us what they could see. Here is a selection.
A Maria · 10:42
A The power has been out since nine. The river is over the towpath.
A Reply
A Tom · 10:51
A Our street is dry so far, but the buses have stopped.
A Reply
A The Environment Agency has issued 14 severe flood warnings across West Yorkshire.
""",
    "pt_disse_comentarios": """\
A O grupo de WhatsApp dos moradores do prédio virou notícia depois que a síndica foi afastada.
A As mensagens mostram como a crise começou, e a reportagem reproduz algumas delas com autorização.
A Comentários
A Carlos disse:
A "Alguém sabe por que a água foi cortada?"
A Ana disse:
A "A síndica não pagou a conta há três meses."
A A administradora confirmou a dívida na sexta-feira.
""",
    # newsletters named after the word, as subheadings in other languages
    "de_newsletter_portraet": """\
A Lokaljournalismus wandert ins Postfach. Drei Gründungen zeigen, wie das gehen kann.
A Der Newsletter Freiburg
A Zwei ehemalige Redakteurinnen der Badischen Zeitung haben ihn 2022 gegründet. Heute lesen ihn 12.000 Menschen.
A Der Newsletter Leipzig
A In Leipzig schreibt ein einzelner Journalist jeden Morgen über den Stadtrat. Er hat 3.000 zahlende Leser.
A Beide verzichten auf Werbung.
""",
    "it_newsletter_ritratto": """\
A Il giornalismo locale passa dalla posta elettronica. Due esperienze raccontano come.
A La newsletter di Bologna
A L'ha fondata nel 2021 un ex cronista del Resto del Carlino. Oggi ha 8.000 iscritti.
A La newsletter di Torino
A A Torino un progetto simile ha chiuso dopo un anno, per mancanza di abbonati.
A Entrambe erano gratuite.
""",
    "es_newsletter_reportaje": """\
A El periodismo local se muda al correo electrónico. Dos proyectos lo demuestran.
A La newsletter de Valencia
A La fundaron en 2020 dos periodistas despedidos de Las Provincias. Hoy tiene 15.000 suscriptores.
A La newsletter de Sevilla
A En Sevilla, un proyecto parecido cerró tras un año.
A Ninguno de los dos acepta publicidad.
""",
    # Dutch and Swedish bios told at length, first-name features
    "nl_voornaam": """\
A Sanne groeide op in een arbeiderswijk in Tilburg en werkte jaren als verpleegkundige voordat ze ging schrijven.
A Nu onderzoekt ze de jeugdzorg, de sector waar haar moeder veertig jaar werkte.
A 'Ik weet hoe het binnen gaat', zegt Sanne.
A Sanne de Wit is journalist en schrijft over de zorg. Ze woont in Utrecht.
""",
    "sv_fornamn": """\
A Elin växte upp i Kiruna och såg gruvan äta sig in i staden där hon gick i skolan.
A I dag granskar hon flytten av centrum, och de löften som gavs till dem som tvingades lämna sina hem.
A – Jag vet vad det kostar, säger Elin.
A Elin Berg är reporter och skriver om gruvindustrin. Hon bor i Luleå.
""",
    # ===== ROUND 3 (after round 2's fixes: author-bio looks only past 60 words of prose, which most pages above were
    # under; the bio pages again with two paragraphs more, and pages whose subject the text names otherwise) =======
    "en_obit_reporter_long": """\
A Margaret Ellery, who covered the New York statehouse for the Times Union for three decades, died on Sunday at her home in Albany. She was 81.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A Ms Ellery joined the paper in 1968 as a night clerk and was promoted to the capitol bureau four years later, at a time when few women reported on politics.
A Governors came to fear her questions. Mario Cuomo once called her "the only reporter in Albany who reads the budget footnotes".
A She is survived by her husband, Frank, two daughters and five grandchildren.
A She covered the statehouse for 30 years and lived in Albany until her death.
""",
    "en_new_hire_long": """\
A The Hartford Courant has named Dana Whitfield as its new investigations editor, the paper announced on Monday.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A Whitfield, 44, comes from the Boston Globe, where she led the Spotlight team's reporting on nursing homes that was a Pulitzer finalist in 2021.
A "Dana is the best editor of long-form accountability work I know," said Courant editor Mark Reyes.
A She will start on March 4 and will oversee a team of six reporters.
A Whitfield is a reporter and editor who has covered health care since 2009 and writes about elder care and disability.
""",
    "en_book_review_unnamed_long": """\
A "Salt and Iron" is a history of the Cheshire salt towns told through the families who worked the brine pits for two centuries.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A The archive work is formidable, and the author has a gift for the telling detail: a foreman's ledger, a strike leaflet, a child's letter to a drowned father.
A The book falters only when it reaches the present, where its argument about deindustrialisation is asserted more than shown.
A Helen Parry is a reporter at the Manchester Evening News and writes about housing and local government.
""",
    "en_book_review_named_long": """\
A John Smith's second book, "The Last Ferry", follows a crew of deckhands on the Staten Island route through the pandemic year.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A Smith spent eleven months riding the boats, and it shows: the book is full of the small rituals of the job, the coffee orders and the feuds over the radio.
A Its weakness is structure. The chapters drift, and a late section on the history of the ferry reads like a different book.
A Still, it is the best account of essential work in that year that I have read.
A Smith is a reporter at the New York Times and the author of "Night Shift", a history of the city's hospitals.
""",
    "en_court_witness_long": """\
A A former council officer lied to a reporter about the cost of the town hall refurbishment, a jury at Leeds Crown Court heard on Tuesday.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A The prosecution called Amira Khan, a reporter at the Yorkshire Post, who told the court she had asked Peter Dobbs about the figures three times in 2021.
A Ms Khan is a reporter who has covered Leeds City Council since 2015. She said Dobbs told her the project was "on budget, to the penny".
A Dobbs denies misconduct in public office. The trial continues.
""",
    "de_nachruf_long": """\
A Der Journalist Klaus Berger ist im Alter von 78 Jahren in Hamburg gestorben. Das teilte seine Familie am Montag mit.
A Kolleginnen und Kollegen beschreiben jemanden, der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Kolleginnen und Kollegen beschreiben jemanden; der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Berger arbeitete mehr als dreißig Jahre für den „Spiegel“, zuletzt als Leiter des Berliner Büros.
A Er berichtete über die Wiedervereinigung, den Balkankrieg und zehn Bundestagswahlen.
A Berger ist Reporter gewesen, bevor er Chef wurde, und schrieb bis zuletzt über Sozialpolitik.
A Er lebte mit seiner Frau in Hamburg-Eppendorf.
""",
    "de_neue_chefin_long": """\
A Die „Süddeutsche Zeitung“ hat eine neue Leiterin des Investigativressorts. Anna Keller kommt vom NDR.
A Kolleginnen und Kollegen beschreiben jemanden, der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Kolleginnen und Kollegen beschreiben jemanden; der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Keller, 41, hat die Recherchen zu den Cum-Ex-Geschäften mitverantwortet.
A Sie ist Reporterin und berichtet seit 2012 über Finanzkriminalität.
A Sie lebt mit ihrer Familie in München.
""",
    "fr_nomination_long": """\
A Le quotidien Ouest-France a nommé Julie Martin rédactrice en chef adjointe, a annoncé le journal lundi.
A Ses collègues décrivent quelqu'un qui lisait chaque document deux fois, rappelait chaque source et n'a jamais manqué une seule échéance en toutes ces années.
A Ses collègues décrivent quelqu'un qui lisait chaque document deux fois; rappelait chaque source et n'a jamais manqué une seule échéance en toutes ces années.
A Âgée de 45 ans, elle dirigeait jusqu'ici l'édition de Rennes.
A Julie Martin est journaliste et couvre la politique bretonne depuis 2006.
A Elle vit à Rennes avec sa famille.
""",
    "es_periodista_perfil_long": """\
A La periodista Lucía Romero recibió este lunes el premio Ortega y Gasset por su investigación sobre las residencias de mayores.
A Sus compañeros describen a alguien que leía cada documento dos veces, devolvía cada llamada y nunca se saltó un cierre en todos esos años de oficio.
A Sus compañeros describen a alguien que leía cada documento dos veces; devolvía cada llamada y nunca se saltó un cierre en todos esos años de oficio.
A Romero dedicó tres años a reconstruir lo que pasó en 40 residencias de Madrid en marzo de 2020.
A Romero es periodista de El País y cubre sanidad desde 2010.
A Vive en Madrid y tiene dos hijos.
""",
    "it_giornalista_long": """\
A È morto a 80 anni Franco Bassi, storico inviato del Corriere della Sera.
A I colleghi descrivono una persona che leggeva ogni documento due volte, richiamava ogni fonte e non ha mai mancato una scadenza in tutti quegli anni di mestiere.
A I colleghi descrivono una persona che leggeva ogni documento due volte; richiamava ogni fonte e non ha mai mancato una scadenza in tutti quegli anni di mestiere.
A Bassi aveva raccontato la guerra in Libano, il terremoto dell'Irpinia e la caduta del Muro.
A Era giornalista e scriveva di esteri dal 1970.
A Viveva a Roma con la moglie.
""",
    "nl_verslaggever_long": """\
A Oud-verslaggever Henk de Vries is op 84-jarige leeftijd overleden in Zwolle.
A Collega's beschrijven iemand die elk document twee keer las, elke bron terugbelde en in al die jaren nooit een deadline heeft gemist op de redactie.
A Collega's beschrijven iemand die elk document twee keer las; elke bron terugbelde en in al die jaren nooit een deadline heeft gemist op de redactie.
A De Vries werkte veertig jaar voor de Zwolse Courant en versloeg de watersnood van 1953 als jonge leerling.
A Hij was verslaggever en schreef over de gemeenteraad tot zijn pensioen.
A Hij woonde in Zwolle.
""",
    "sv_reporter_long": """\
A Journalisten Eva Lind har avlidit, 79 år gammal. Hon var Dagens Nyheters första kvinnliga utrikeskorrespondent.
A Kollegor beskriver någon som läste varje dokument två gånger, ringde tillbaka till varje källa och aldrig missade en deadline under alla de åren på redaktionen.
A Kollegor beskriver någon som läste varje dokument två gånger; ringde tillbaka till varje källa och aldrig missade en deadline under alla de åren på redaktionen.
A Lind rapporterade från Moskva under kalla kriget och från Sydafrika när Mandela släpptes.
A Hon var reporter och skrev om utrikespolitik i fyrtio år.
A Hon bodde i Stockholm.
""",
    "pl_dziennikarz_long": """\
A Zmarł Jan Kowalski, wieloletni reporter „Gazety Wyborczej”. Miał 77 lat.
A Koledzy opisują kogoś, kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Koledzy opisują kogoś; kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Kowalski relacjonował obrady Okrągłego Stołu i pierwsze wolne wybory.
A Był reporterem i pisał o polityce samorządowej od 1990 roku.
A Mieszkał w Krakowie.
""",
    "en_first_name_feature_long": """\
A Katie grew up on a farm outside Lviv and learned English from the BBC World Service on her father's radio.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A When the war came in 2014, she was working as a fixer for foreign crews in Donetsk. By 2022 she had her own byline.
A "I never planned to be a reporter," Katie says. "The story came to my door."
A Katie Moore is a freelance journalist who has covered the war since 2014. She lives in Kyiv.
""",
    "de_vorname_portraet_long": """\
A Anna war zwölf, als ihre Familie die Wohnung in Leipzig-Connewitz verlor. Die Miete hatte sich verdoppelt.
A Kolleginnen und Kollegen beschreiben jemanden, der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Kolleginnen und Kollegen beschreiben jemanden; der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Heute recherchiert sie genau darüber: über Eigentümer, Briefkastenfirmen und Mieter, die gehen müssen.
A „Ich weiß, wie sich das anfühlt“, sagt Anna. „Das treibt mich an.“
A Anna Keller ist Reporterin und schreibt über Wohnungsnot. Sie lebt in Leipzig.
""",
    "fr_prenom_portrait_long": """\
A Julie a grandi dans une ferme du Finistère. À quinze ans, elle écrivait déjà pour le bulletin de la coopérative.
A Ses collègues décrivent quelqu'un qui lisait chaque document deux fois, rappelait chaque source et n'a jamais manqué une seule échéance en toutes ces années.
A Ses collègues décrivent quelqu'un qui lisait chaque document deux fois; rappelait chaque source et n'a jamais manqué une seule échéance en toutes ces années.
A Aujourd'hui, elle raconte les crises de l'élevage breton, les suicides d'agriculteurs et les fermes qui ferment.
A « Je connais ces gens, je viens de là », dit Julie.
A Julie Martin est journaliste et écrit sur l'agriculture. Elle vit à Rennes.
""",
    "es_nombre_perfil_long": """\
A Lucía llegó a Madrid con 19 años y una maleta. Trabajó de camarera mientras estudiaba periodismo por las noches.
A Sus compañeros describen a alguien que leía cada documento dos veces, devolvía cada llamada y nunca se saltó un cierre en todos esos años de oficio.
A Sus compañeros describen a alguien que leía cada documento dos veces; devolvía cada llamada y nunca se saltó un cierre en todos esos años de oficio.
A Hoy investiga las residencias de mayores, el mismo sector en el que trabajó su madre durante treinta años.
A «Sé lo que pasa dentro», dice Lucía.
A Lucía Romero es periodista y escribe sobre sanidad. Vive en Madrid.
""",
    "en_new_columnist_long": """\
A Starting next week, the Sunday edition will carry a new weekly column on politics and power in Westminster.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A The column will run on page 12 and online every Saturday evening, and readers will be able to put questions to its author in a monthly live chat.
A Priya Shah is a journalist who has covered Westminster for a decade. She lives in London.
""",
    "nl_voornaam_long": """\
A Sanne groeide op in een arbeiderswijk in Tilburg en werkte jaren als verpleegkundige voordat ze ging schrijven.
A Collega's beschrijven iemand die elk document twee keer las, elke bron terugbelde en in al die jaren nooit een deadline heeft gemist op de redactie.
A Collega's beschrijven iemand die elk document twee keer las; elke bron terugbelde en in al die jaren nooit een deadline heeft gemist op de redactie.
A Nu onderzoekt ze de jeugdzorg, de sector waar haar moeder veertig jaar werkte.
A 'Ik weet hoe het binnen gaat', zegt Sanne.
A Sanne de Wit is journalist en schrijft over de zorg. Ze woont in Utrecht.
""",
    "sv_fornamn_long": """\
A Elin växte upp i Kiruna och såg gruvan äta sig in i staden där hon gick i skolan.
A Kollegor beskriver någon som läste varje dokument två gånger, ringde tillbaka till varje källa och aldrig missade en deadline under alla de åren på redaktionen.
A Kollegor beskriver någon som läste varje dokument två gånger; ringde tillbaka till varje källa och aldrig missade en deadline under alla de åren på redaktionen.
A I dag granskar hon flytten av centrum, och de löften som gavs till dem som tvingades lämna sina hem.
A – Jag vet vad det kostar, säger Elin.
A Elin Berg är reporter och skriver om gruvindustrin. Hon bor i Luleå.
""",
    "en_first_name_beat_long": """\
A Katie grew up on a farm outside Lviv and learned English from the BBC World Service on her father's radio.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A By 2022 she had her own byline, and her dispatches from the front were read in forty countries.
A "I never planned to be a reporter," Katie says. "The story came to my door."
A Katie Moore is a freelance journalist and writes about Ukrainian farming and rural life. She lives in Kyiv.
""",
    "en_headline_only_long": """\
H Meet Dana Whitfield, the editor who wants to save local news
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A The new investigations editor of the Hartford Courant has spent her career on stories other papers stopped doing.
A At the Boston Globe she led the reporting on nursing homes that was a Pulitzer finalist in 2021.
A "Accountability is not a luxury," she said on her first day. "It is the job."
A Dana Whitfield is an editor and writes about elder care and disability. She lives in West Hartford.
""",
    "pl_odmiana_long": """\
A Zmarł Jan Kowalski, wieloletni reporter „Gazety Wyborczej”. Miał 77 lat.
A Koledzy opisują kogoś, kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Koledzy opisują kogoś; kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Teksty Kowalskiego o Okrągłym Stole czytała cała Polska. Koledzy wspominają Kowalskiego jako człowieka, który nigdy nie odpuszczał.
A Jan Kowalski jest reporterem i pisze o samorządach. Mieszka w Krakowie.
""",
    "pl_odmiana_jeden_long": """\
A Nagrodę Grand Press odebrała w piątek Anna Nowak z „Tygodnika Powszechnego”.
A Koledzy opisują kogoś, kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Koledzy opisują kogoś; kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.
A Jury doceniło cykl reportaży Nowakowej o szpitalach powiatowych.
A Anna Nowak jest dziennikarką i pisze o ochronie zdrowia.
""",
    "de_genitiv_long": """\
A Die „Süddeutsche Zeitung“ hat eine neue Leiterin des Investigativressorts.
A Kolleginnen und Kollegen beschreiben jemanden, der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Kolleginnen und Kollegen beschreiben jemanden; der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.
A Kellers Recherchen zu den Cum-Ex-Geschäften hatten 2017 einen Untersuchungsausschuss ausgelöst.
A Anna Keller ist Reporterin und schreibt über Finanzkriminalität. Sie lebt in München.
""",
    "en_possessive_long": """\
A The Pulitzer board on Monday honoured a series on the Mississippi's vanishing wetlands.
A Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.
A Colleagues describe a reporter who read every document twice; rang every source back and never once missed a deadline in all those years on the beat.
A O'Connell-Hayes's reporting took two years and drew on 4,000 pages of state records.
A Maria O'Connell-Hayes is a reporter at the Times-Picayune and writes about coastal erosion. She lives in New Orleans.
""",
    "it_nome_long": """\
A Giulia è cresciuta a Taranto, all'ombra dell'acciaieria, e ha perso il padre per un tumore a cinquant'anni.
A I colleghi descrivono una persona che leggeva ogni documento due volte, richiamava ogni fonte e non ha mai mancato una scadenza in tutti quegli anni di mestiere.
A I colleghi descrivono una persona che leggeva ogni documento due volte; richiamava ogni fonte e non ha mai mancato una scadenza in tutti quegli anni di mestiere.
A Da dieci anni racconta l'ex Ilva, i processi, le bonifiche che non arrivano.
A «Lo faccio per lui», dice Giulia.
A Giulia Conti è giornalista e scrive di ambiente e salute. Vive a Taranto.
""",
    "pt_nome_long": """\
A Ana cresceu em Mariana e viu a lama da barragem cobrir a escola onde estudou.
A Os colegas descrevem alguém que lia cada documento duas vezes, retornava cada ligação e nunca perdeu um fechamento em todos esses anos de profissão.
A Os colegas descrevem alguém que lia cada documento duas vezes; retornava cada ligação e nunca perdeu um fechamento em todos esses anos de profissão.
A Hoje acompanha os processos contra a mineradora e as famílias que ainda esperam indenização.
A "Eu sei o que perdemos", diz Ana.
A Ana Souza é jornalista e escreve sobre mineração. Mora em Belo Horizonte.
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # a review closing on a reporter's bio for a person the review does not name: the reviewer's own bio reads so
    "en_book_review_unnamed_long": [
        "Helen Parry is a reporter at the Manchester Evening News and writes about housing and local government.",
    ],
    # named in the headline only, which title-line takes: the cleaned text names her nowhere above her bio, and a
    # second cleaning must judge as the first
    "en_headline_only_long": [
        "Dana Whitfield is an editor and writes about elder care and disability. She lives in West Hartford.",
    ],
    # a new columnist announced by her bio alone, her name nowhere above it: an author's bio in every word
    "en_new_columnist_long": [
        "Priya Shah is a journalist who has covered Westminster for a decade. She lives in London.",
    ],
    # a review closing on a reporter's bio for a person the review does not name: the reviewer's own bio reads so
    "en_book_review_unnamed": [
        "Helen Parry is a reporter at the Manchester Evening News and writes about housing and local government.",
    ],
    # a comment count's line alone between paragraphs is a link to the comments (comment-ui, as on base): the
    # changelog's or summary's subheading reads the same
    "de_changelog": ["Kommentare 3"],
    "es_comentarios_resenas": ["Comentarios 14"],
    "nl_reacties_changelog": ["Reacties 3"],
    # the count's line alone, to comment-ui, as on base (the dated lines under it stay: a timeline's)
    "de_kommentare_datiert": ["Kommentare 412"],
    # as on base: "Comments" over dated lines, late in the page
    "en_comments_stamps": [
        "Comments",
        "Proposed 3 May 2021, 09:12",
        "First prototype merged 14 Jan 2022, 17:40",
        "Redesigned 2 Sep 2023, 11:05",
        "Released 12 May 2024, 08:14",
        "The team says the next release will add mentions.",
    ],
    # as on base: "Comentários" over commenters' lines ("Carlos disse:") is a comment section's head and its frame
    "pt_disse_comentarios": [
        "Comentários",
        "Carlos disse:",
        '"Alguém sabe por que a água foi cortada?"',
        "Ana disse:",
        '"A síndica não pagou a conta há três meses."',
        "A administradora confirmou a dívida na sexta-feira.",
    ],
    # as on base: a reply control alone on its line, quoted as a chat's button
    "en_liveblog_reply": ["Reply", "Reply"],
    # as on base: a book's author in a review's box reads as the article's byline
    "en_review_box": ["By Miguel de Cervantes"],
    # the disclosure formula quoted whole is the residue's own text
    "en_disclosure_quoted": [
        "Jane Doe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.",
    ],
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, {}, known_lost=KNOWN_LOST
)


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Hanno collaborato Fiat e Pirelli.", False),
        ("Ha collaborato Marco Rossi", True),
        ("Hanno collaborato Marco Rossi e Giulia Bianchi", True),
        ("Hanno collaborato: Rossi, Bianchi", True),
    ],
)
def test_a_reporters_credit_names_people(line: str, goes: bool) -> None:
    # (a credit's first name has two words, or a colon stands before it; companies after the verb are a sentence)
    text = [
        "Il consiglio comunale ha approvato martedì il nuovo piano del traffico per il centro dopo mesi di discussione.",
        "Dall'estate gli autobus passeranno ogni dieci minuti e la sosta costerà un euro in più all'ora.",
    ]
    result = cleaner.explain_text("\n".join([*text, line]))
    assert (line in [r.text for r in result.removed]) is goes, removed(result)


_gone = removals_of


# -- a link to the comments with its count ------------------------------------------------------------------------------

_NEOS = [
    "Die Version 5.0 des Redaktionssystems Neos ist erschienen. Wichtigste Neuerung ist eine Kommentarfunktion für Redakteure.",
    "Die Entwickler haben zwei Jahre daran gearbeitet, und die Funktion war der am häufigsten geäußerte Wunsch der Nutzer.",
]
_ITEMS = ["Drei Arten von Kommentaren gibt es jetzt: Notizen, Fragen und Freigaben.", "Jeder Kommentar zeigt den Autor."]


@pytest.mark.parametrize("count", ["Kommentare 3", "Kommentare (3)"])
def test_a_counted_link_over_the_articles_short_lines_takes_nothing(count: str) -> None:
    gone = _gone([*_NEOS, count, *_ITEMS])
    assert [text for _p, text in gone] in ([], [count])


@pytest.mark.parametrize("count", ["Kommentare 3", "Kommentare (3)"])
def test_a_counted_link_over_comments_still_opens_them(count: str) -> None:
    thread = ["Greg_M", "vor 3 Stunden", "Endlich. Hat lange gedauert.", "Antworten"]
    assert [text for _p, text in _gone([*_NEOS, count, *thread])] == [count, *thread]


# -- dated lines one under another: a timeline's, not a forum's stamps -------------------------------------------------


def test_a_counted_heading_over_a_timeline_takes_nothing_under_it() -> None:
    timeline = ["Eröffnet am 3. Mai 2024, 09:00 Uhr", "Geschlossen am 31. Mai 2024, 18:00 Uhr", _ITEMS[1]]
    gone = _gone([*_NEOS, "Kommentare 412", *timeline])
    assert [text for _p, text in gone] in ([], ["Kommentare 412"])


def test_a_counted_heading_over_dated_posts_still_opens_them() -> None:
    posts = [
        "Posted by pete on 12 May 2024, 08:14",
        "Endlich eine vernünftige Lösung für Redaktionen.",
        "Posted by anna_k on 12 May 2024, 09:30",
        "Bei uns läuft das seit Wochen ohne Probleme.",
    ]
    assert [text for _p, text in _gone([*_NEOS, "Kommentare 2", *posts])] == ["Kommentare 2", *posts]


# -- a translator's credit in a review's box ---------------------------------------------------------------------------

_REVIEW = [
    "La nueva traducción de Salvador Peña devuelve a las noches su crudeza original, sin los adornos de las versiones francesas.",
    "Peña trabajó quince años en el texto árabe y añade un aparato de notas que es en sí mismo un libro.",
]


@pytest.mark.parametrize(
    "box",
    [
        ["Las mil y una noches", "Traducción de Salvador Peña", "Pre-Textos, 1.200 páginas, 45 euros"],
        ["Guerra e Paz", "Tradução de Rubens Figueiredo", "Companhia das Letras, 1.536 páginas, R$ 199"],
        ["Don Quixote", "Translated by Edith Grossman", "Ecco, 940 pages, $29.95"],
    ],
)
def test_a_translators_line_in_a_reviews_box_stays(box: list[str]) -> None:
    assert _gone([*box, *_REVIEW]) == []


@pytest.mark.parametrize(
    ("tail", "goes"),
    [
        # under the article's last paragraph
        (["Traducción de Salvador Peña"], ["Traducción de Salvador Peña"]),
        # over a copyright line
        (["Traducción de Salvador Peña", "© 2024 Ediciones El País, S.L."], ["Traducción de Salvador Peña", "© 2024 Ediciones El País, S.L."]),
    ],
)
def test_a_translators_credit_under_the_article_still_goes(tail: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone([*_REVIEW, *tail])] == goes


# -- newsletters' labels as a series of subheadings --------------------------------------------------------------------

_LYON = [
    "L'information locale passe désormais par la boîte mail, et plusieurs villes ont vu naître des lettres payantes.",
    "Claire Dumas a lancé la sienne en 2021 avec 200 abonnés. Elle en compte aujourd'hui 9 000.",
    "Un projet semblable à Bordeaux a fermé l'an dernier, faute d'abonnés.",
    "Claire Dumas pense que la différence tient à la ville.",
]


def test_newsletters_labels_as_a_series_of_subheadings_stay() -> None:
    page = [_LYON[0], "La newsletter Lyon", _LYON[1], "La newsletter Bordeaux", _LYON[2], _LYON[3]]
    assert _gone(page) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # one label over its pitch
        ([*_LYON, "La newsletter Lyon", "Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail."],
         ["La newsletter Lyon", "Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail."]),
        # two boxes, a pitch under each label
        ([_LYON[0], "La newsletter Lyon", "Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail.",
          _LYON[1], _LYON[2], "La newsletter Sport", "Chaque lundi, recevez les résultats des clubs de la région dans votre boîte mail."],
         ["La newsletter Lyon", "Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail.",
          "La newsletter Sport", "Chaque lundi, recevez les résultats des clubs de la région dans votre boîte mail."]),
        # one label alone between two paragraphs
        ([_LYON[0], "La newsletter Lyon", _LYON[1], _LYON[2]], ["La newsletter Lyon"]),
    ],
)
def test_newsletters_labels_in_boxes_still_go(page: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone(page)] == goes


# -- a closing bio of the person the article names otherwise ----------------------------------------------------------

_FEATURE = {
    "en": [
        "Colleagues describe a reporter who read every document twice, rang every source back and never once missed a deadline in all those years on the beat.",
        "The closure of the mine in 2019 cost the town eight hundred jobs, and the reporting on it won a national prize two years later.",
        "Many families moved away, the school on the estate closed, and trains now stop at the station only once every two hours.",
    ],
    "de": [
        "Kolleginnen und Kollegen beschreiben jemanden, der jedes Dokument zweimal las, jede Quelle zurückrief und in all den Jahren nie einen Abgabetermin verpasste.",
        "Die Schließung der Zeche im Jahr 2019 kostete die Stadt achthundert Arbeitsplätze, und die Berichte darüber wurden zwei Jahre später ausgezeichnet.",
        "Viele Familien zogen danach weg, die Schule im Ortsteil schloss, und der Bahnhof wird heute nur noch alle zwei Stunden angefahren.",
    ],
    "pl": [
        "Koledzy opisują kogoś, kto każdy dokument czytał dwa razy, oddzwaniał do każdego źródła i przez wszystkie te lata nigdy nie spóźnił się z tekstem do redakcji.",
        "Zamknięcie kopalni w 2019 roku kosztowało miasto osiemset miejsc pracy, a reportaże o tym zostały nagrodzone dwa lata później w Warszawie.",
        "Wiele rodzin wyjechało, szkoła w dzielnicy została zamknięta, a pociągi zatrzymują się na stacji tylko co dwie godziny.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "mention", "bio"),
    [
        # the first name alone, as a feature calls its subject
        ("en", '"I never planned to be a reporter," Katie says. "The story came to my door."',
         "Katie Moore is a freelance journalist and writes about farming and rural life. She lives in Kyiv."),
        # the surname inflected: a genitive, a Polish case
        ("de", "Kellers Recherchen zu den Cum-Ex-Geschäften hatten 2017 einen Untersuchungsausschuss ausgelöst, sagen Kollegen.",
         "Anna Keller ist Reporterin und schreibt über Finanzkriminalität. Sie lebt in München."),
        ("pl", "Koledzy wspominają Kowalskiego jako człowieka, który nigdy nie odpuszczał i zawsze oddzwaniał do czytelników.",
         "Jan Kowalski jest reporterem i pisze o samorządach. Mieszka w Krakowie."),
    ],
    ids=["first-name", "de-genitive", "pl-case"],
)
def test_a_closing_bio_of_the_person_the_article_names_otherwise_stays(lang: str, mention: str, bio: str) -> None:
    assert _gone([*_FEATURE[lang], mention, bio]) == []


@pytest.mark.parametrize(
    ("lang", "mention", "bio"),
    [
        # a first name the text has as a word in lower case is no name there
        ("en", "House prices rose by a fifth in the town last year, the fastest rise in the county, the land registry says.",
         "Rose Hill is a reporter at the Courier and writes about housing and planning. She lives in Leeds."),
        # a name the article does not speak of
        ("en", "The town council says it will publish its plan for the site in the spring, after a public consultation.",
         "Katie Moore is a freelance journalist and writes about farming and rural life. She lives in Kyiv."),
        ("pl", "Rada miasta zapowiada, że plan dla terenu kopalni przedstawi wiosną, po konsultacjach z mieszkańcami.",
         "Jan Kowalski jest reporterem i pisze o samorządach. Mieszka w Krakowie."),
        # the first name in a quote, or called: a reader speaking to the author
        ("en", 'One reader wrote to me last week: "Pamela, why are we still talking about leadership in a small business?"',
         "Pamela Wilson is a writer and writes about small business marketing. She lives in Atlanta."),
        ("en", "It is a fair question, Pamela. Leadership is the part of a small business that nobody teaches you.",
         "Pamela Wilson is a writer and writes about small business marketing. She lives in Atlanta."),
        # a surname's first letters alone, in a longer word
        ("de", "Kelleranlagen wurden in der Altstadt nach dem Hochwasser vollständig leergepumpt und von Gutachtern geprüft.",
         "Anna Keller ist Reporterin und schreibt über Finanzkriminalität. Sie lebt in München."),
    ],
    ids=["lower-case", "not-named", "pl-not-named", "quoted", "called", "prefix"],
)
def test_a_closing_bio_the_article_does_not_name_still_goes(lang: str, mention: str, bio: str) -> None:
    assert [text for _p, text in _gone([*_FEATURE[lang], mention, bio])] == [bio]


if __name__ == "__main__":
    report(CASES)
