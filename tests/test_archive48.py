# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""archive48: a probe of archived and old-CMS news pages scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in en, de, fr, es, it, pt and nl: pages saved by the Wayback Machine with its toolbar
over them, "This article is more than 5 years old" and its kin ("Dieser Artikel ist älter als ein Jahr.", "Cet article
date de plus de dix ans.", "Este artículo se publicó hace más de 10 años"), "From the archive" labels, anniversary
pieces republished under an editor's note, old tool rows ("Printer-friendly version", "E-mail this story", "Send to a
friend", "Druckversion", "Envoyer à un ami", "Invia ad un amico"), hit counters, "Page 1 of 3 | Next »" pagers, "Last
modified" footers, "Top of page", guestbooks, Digg and del.icio.us buttons, a wiki's references "Archived from the
original on …".

- the article (``A``): an editor's note naming the piece's first date and why it runs again ("Editor's note: This
  piece was originally published on 12 March 1998. We are republishing it …", "Cet article a été publié initialement
  dans notre édition du 12 mars 1998. Nous le republions …"), a story about the Internet Archive ("The Wayback
  Machine has not archived everything, and it never will," …), sentences about printing ("A few wanted to print out
  pages …", "Imprimer un article trouvé sur le Web reste un réflexe …"), numbered lists ("1. Four in ten villages had
  no shop at all."), opening hours and prices as rows, a label over a list ("The study will look at three routes:");
- the residue (``R``): the archive's toolbar (its banner with the saved address, "17 captures", "14 Mar 2005 - 02 Nov
  2016", "FEB MAR APR", "2004 2005 2006", "success", "fail", "About this capture", "COLLECTED BY" … "TIMESTAMPS"),
  menus (one parted by bars: "Home | News | Sport | What's On | Classifieds | Guestbook | Contact"), age notices, tool
  rows, counters ("You are visitor number 0048213", "Besucher seit 01.01.2002: 148.223", "Vous êtes le 24 518e
  visiteur"), pagers, stamps, "Webmaster: …", welcome lines ("Willkommen auf der Homepage des …!"), references;
- ``T``: headlines, a correction note ("This article was amended on 14 March 1998 …"), a pager's next page's title
  ("Page 2: "We knew it was coming"", "Page suivante : les lauréats des dix éditions").

- round 1, blind (written before reading the passes): 19 pages (10 extracts, 9 full pages), 136 ``A`` lines, 229
  ``R``, 22 ``T``, all seven languages. Measured on base 2366b8b6: lost 2, left 49. Lost: the editor's stamp "Originally
  published on 12 March 1998" under its note (copyright, syndication), and the French editor's note "Cet article a été
  publié initialement dans notre édition du 12 mars 1998. Nous le republions …" (copyright: the credit's pattern runs
  to the line's end). Left: the Wayback toolbar's banner, date range, years, "success"/"fail", "About this capture"
  and the crawl's sentence (en, de, fr), menus parted by bars (en, fr), "Printer-friendly version", "Send to a friend"
  and its kin in de, fr, es, it ("Seite empfehlen", "Envoyer à un ami", "Enviar a un amigo", "Invia ad un amico"),
  "Imprimer cette page", counters (en, de, fr), "Rate this story: ★★★★☆ (12 votes)", "1 | 2 | 3", "Page 1 sur 3 |
  Suivante »", age notices told by publication (es, it), stamps (de "Letzte Änderung: 10.05.2004" beside a counter,
  fr "Dernière modification : 12 août 2003", it "Articolo pubblicato il 12/03/2023", nl "Laatst gewijzigd:
  12-09-2013, 14:07"), "Webmaster: …" (de, fr), a welcome line (de), the site's name under the menu (en), a wiki's
  references and an archive's capture stamp (en), the "Aus dem Archiv" label over a headline (de), a box "Dans nos
  archives" and its headline (fr).
- after: lost 1, left 2 (``KNOWN_LOST``, ``RESIDUE_LEFT``).
- round 2, after the changes, aimed at them: 5 pages (1 extract, 4 full), 31 ``A``, 44 ``R``, 5 ``T``: the toolbar
  unfolded to "TIMESTAMPS" over a story about a lost site found in the archive, whose rows name captures, a guestbook
  and a counter ("a counter that reads "You are visitor number 000231"") and quote a menu parted by bars; menus parted
  by bars in es, it, pt (and a timetable's row parted by bars in the article, "Salida 9.00 | Llegada 10.30 | Regreso
  19.00"); a German note naming its issue ("Dieser Text erschien zuerst in unserer Ausgabe vom 13. November 1989. Zum
  35. Jahrestag …") under "Aus dem Archiv", and the label's and the tool row's words in sentences ("Aus dem Archiv der
  Grenztruppen geht hervor …", "Die Seite empfehlen wollten in jener Nacht viele …", "Questo articolo è stato
  pubblicato più di vent'anni fa, e …", "Enviar a um amigo o endereço do site foi …"); counters in es, it, pt. On base
  2366b8b6: lost 1 (the German note), left 23. After: lost 0, left 0 (the es, it and pt counters and the es welcome
  line, left by the first version, were added then).

The changes:

- ``cleaner/passes/edge_archive.py`` (compiled, ``setup.py``): ``archive_head`` (edge-furniture, first, at the page's
  head only): ``wayback_toolbar``, the archive's banner line ("The Wayback Machine - http…") among the first six kept
  lines and the toolbar under it to its last marker ("About this capture", "TIMESTAMPS") within 30 short lines, or,
  with no marker, the lines right under it that read as the toolbar's own; ``bar_menu``, a line of five links or more
  parted by bars, opened by the home page's ("Home", "Accueil", "Startseite", "Portada", "Início" …), each of three
  words at most and none closing a sentence, among the first six kept lines and over the first sentence.
  ``republished_note`` (copyright's guard, for a line the syndication table matched): a credit whose first sentence
  ends on a year and names no outlet (no capitalised word after its first but an English month's; German: the year
  is enough), with a sentence of five words or more after it, is an editor's note over a republished piece and stays;
  a credit naming its outlet ("… by The Conversation on 12 March 2024. Read the original article here.") or a stamp
  alone goes as before.
- tables, each in an ``# archive48:`` block at its list's end: ``widgets.chrome`` (family) "Webmaster: <address>"; en
  ``widgets.chrome`` "Printer-friendly version", "(Send|E-mail) (this story) to a friend", "You are visitor number N",
  "Rate this story: ★★★★☆ (N votes)", "Welcome to the homepage of …", a pager's "1 | 2 | 3", a reference "Archived from
  the original on …", "archived <date> UTC"; de "Seite empfehlen", "Sie sind Besucher Nr. N", "Besucher seit <date>: N",
  "Willkommen auf der Homepage des …"; fr "Envoyer à un ami", "Imprimer cette page", "Suivante »", "Vous êtes le Ne
  visiteur", "Compteur : N visites"; es "Enviar a un amigo", "Este artículo se publicó hace más de N años", "Eres el
  visitante número N", "Bienvenidos a la web oficial de …"; it "Invia ad un amico", "Questo articolo è stato
  pubblicato più di N anni fa", "Sei il visitatore numero N"; pt "Enviar a um amigo", "Você é o visitante nº N";
  ``metadata.dateline`` it "Articolo pubblicato il <date>", nl "Laatst gewijzigd: <date>, <time>";
  ``structure.section_name`` (a label over the headline, the page's first line only) en "From the archive(s)", de
  "Aus dem Archiv", fr "(Dans nos) archives". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

Tried and dropped: the labels as teaser headings (``promos.heading``) for the box "Dans nos archives" under the
article: at a German page's head "Aus dem Archiv" then read as a box's heading took the headline, the note and the
first paragraph under it (``RESIDUE_LEFT``).

No retag after the blind round.

``python tests/test_archive48.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== an English local paper's 2005 story seen through the Wayback Machine, full page: the archive's toolbar at
    # the head, the old CMS's tool row, hit counter, "Last modified", "Top of page", a guestbook link
    "en_wayback_council_full": """\
R The Wayback Machine - https://web.archive.org/web/20050314092211/http://www.thornburyherald.co.uk/news/2005/03/bypass.html
R 17 captures
R 14 Mar 2005 - 02 Nov 2016
R FEB MAR APR
R 14
R 2004 2005 2006
R success
R fail
R About this capture
R Home | News | Sport | What's On | Classifieds | Guestbook | Contact
R Thornbury Herald Online
T Bypass plan back on the table after 20 years
A Plans for a Thornbury bypass, first drawn up in 1985, are to be looked at again by South Gloucestershire Council.
A Councillors agreed on Monday night to spend £40,000 on a new study of traffic through the town centre.
A Lorries using the High Street to reach the industrial estate have been the main complaint of residents for two decades.
A Cllr Peter Walsh said: "We have talked about this for 20 years. It is time we found out once and for all what it would cost."
A The study will look at three routes:
A 1. A northern route from the Grovesend roundabout
A 2. A southern route along the old railway line
A 3. Widening Gloucester Road
A A public exhibition of the three routes will be held in the Armstrong Hall on 2 April from 10am to 4pm.
A Copies of the original 1985 report can be seen at Thornbury Library.
R Printer-friendly version
R E-mail this story to a friend
R Have your say in our guestbook
R This page has been viewed 1,284 times
R Last modified: 14/03/2005 09:12
R Top of page
R © 2005 Thornbury Herald. All rights reserved. Best viewed in Internet Explorer 6 at 800x600.
""",
    # ===== an English national's anniversary piece, extract: the "more than 5 years old" notice, "From the archive",
    # the editor's note with "Originally published on 12 March 1998" which IS the article, a line about printing
    "en_anniversary_republished_extract": """\
R This article is more than 5 years old
T From the archive: the day Britain's first web café opened its doors
A Editor's note: This piece was originally published on 12 March 1998. We are republishing it, unedited, to mark the 25th anniversary of the opening of the Cyberia café in London's West End.
A Originally published on 12 March 1998
A There were only eight computers, and on the first morning four of them did not work.
A "People came in off the street just to look at the screens," said the café's manager, Eva Pascoe. "Some of them had never used a mouse."
A An hour online cost £2.50, the same as a pint and a sandwich at the pub next door.
A Most customers wanted to send an email to relatives abroad. A few wanted to print out pages to take home, and the café's single printer jammed by lunchtime.
A By the evening, the queue stretched past the launderette on Whitfield Street.
A Pascoe is unapologetic about the teething troubles. "Nobody has done this before. We are making it up as we go along."
T This article was amended on 14 March 1998 to correct the spelling of Eva Pascoe's name.
R Explore more on these topics
R Internet
R Technology
R London
R Share
R Reuse this content
R Most viewed
R The 50 best TV shows of 2023
""",
    # ===== an English tech story about the Internet Archive itself, extract: "Wayback Machine", "archived", "captures"
    # and "has not archived" in the article's sentences; the residue an extractor lets through
    "en_internet_archive_story_extract": """\
T Internet Archive loses appeal over digital book lending
A The Internet Archive has lost its appeal against a group of publishers who sued over its lending of scanned books.
A The non-profit, best known for the Wayback Machine, which has archived more than 800 billion web pages since 1996, said it was disappointed by the ruling.
A "The Wayback Machine has not archived everything, and it never will," its founder Brewster Kahle told reporters. "But without it, much of the early web would simply be gone."
A Librarians warned that the case could limit how libraries lend e-books.
A The court said the archive's scans competed directly with the publishers' own licensed e-books.
A What the ruling means:
A The Archive must remove about 500,000 books from its lending library.
A The Wayback Machine itself is not affected.
A Readers who borrowed a book can still finish it until the loan expires.
A Archived from the original court filing, the judges' 30-page opinion is available on the court's website.
R By Tom Gerken, Technology reporter
R Published 5 September 2024
R Related Topics
R Books
R Internet
R More on this story
R Internet Archive hit by data breach
R Share
R Save
""",
    # ===== an English regional daily's 2003 web edition, full page: tool row, "Page 1 of 3 | Next »", legacy Digg and
    # del.icio.us buttons, hit counter, "Last updated", an old RSS link
    "en_old_cms_paginated_full": """\
R Skip to content
R Home
R News
R Business
R Sport
R Features
R Archive
R Search the archive
R Go
R RSS feeds
T Mill workers mark end of an era as last loom falls silent
R By Jane Holroyd
R Posted: Friday, October 24, 2003 at 10:32 AM
R Printer-friendly version
R E-mail this story
R Send to a friend
R Bookmark
A The last loom at Dewhurst's Mill fell silent on Thursday afternoon, ending 152 years of weaving in the town.
A About 200 former workers, some of whom started at the mill when they were 14, gathered in the yard to watch.
A Margaret Ellis, 81, who worked in the weaving shed from 1937 until 1986, said: "It was noisy and it was hard, but it was a family."
A The mill's owners said cheaper imports had made the business impossible to sustain.
T Page 2: "We knew it was coming"
A The final order, for 4,000 metres of shirting cotton, was printed with the mill's name along the selvedge as a keepsake.
A Each of the last 38 employees will receive a length of it.
R Page 1 of 3 | Next »
R 1 | 2 | 3
R Digg this
R del.icio.us
R Add to Furl
R Reddit
R Rate this story: ★★★★☆ (12 votes)
R Last updated: 24/10/2003 16:05
R Top
R You are visitor number 0048213
R Copyright © 2003 Lancashire Evening Post. All rights reserved.
""",
    # ===== an English newspaper's online archive page, extract: "Archived from the original" and capture dates in the
    # reference block, a numbered list that IS the article, "Retrieved" lines
    "en_archived_reference_extract": """\
T Ten things we learned from the 1999 census of village shops
A Rural England lost more than 4,000 village shops in the 1990s, according to a survey carried out for the Countryside Agency.
A The survey's main findings were:
A 1. Four in ten villages had no shop at all.
A 2. Three in ten had no post office.
A 3. Only one village in twenty had a bank branch.
A 4. Most surviving shops also sold newspapers and took in dry cleaning.
A The agency said the loss of a shop hit older people hardest, because many had no car.
A Some villages fought back by opening community shops run by volunteers.
R References
R "Village shops in decline". Countryside Agency. 1999. Archived from the original on 4 March 2006. Retrieved 2 May 2019.
R "Rural services survey". BBC News. 12 June 2000. Archived from the original on 17 August 2004.
R archived 12 Mar 2015 10:02:11 UTC
R Share this page
R Print this page
""",
    # ===== a German regional paper's old story with the age notice, extract: "Dieser Artikel ist älter als ein Jahr",
    # the old tool row, "Seite 1 von 2", a sentence about printing
    "de_aelter_als_hinweis_extract": """\
R Dieser Artikel ist älter als ein Jahr.
T Letzte Druckmaschine verlässt das Verlagshaus
A Nach 68 Jahren ist am Freitag die letzte Rotationsmaschine aus dem Verlagshaus an der Bahnhofstraße abgebaut worden.
A Die Zeitung wird seit Januar in einer Druckerei in Kassel gedruckt.
A Drucker Klaus Börner, der 41 Jahre an der Maschine stand, sah zu, wie ein Kran die letzten Teile auf einen Lastwagen hob.
A "Ich habe hier jede Nacht die Zeitung laufen sehen. Das war mein Leben", sagte der 63-Jährige.
A Die Maschine wird nicht verschrottet: Ein Museum in Leipzig hat sie gekauft.
A Drucken, falten, bündeln: Bis zu 40.000 Exemplare pro Stunde schaffte die Anlage in ihren besten Zeiten.
A Wer die Maschine noch einmal sehen möchte, kann sie ab Herbst im Museum für Druckkunst besichtigen.
R Seite 1 von 2
R Nächste Seite »
R Artikel drucken
R Artikel versenden
R Zuletzt aktualisiert: 14.06.2019, 17:42 Uhr
R Mehr zum Thema
R Zeitungsdruck: Neue Druckerei in Kassel eröffnet
""",
    # ===== a German town site's news archive from 2004, full page: "Druckversion", "Seite empfehlen", a counter,
    # "Nach oben", a guestbook, "Letzte Änderung"
    "de_stadt_archiv_full": """\
R Startseite
R Aktuelles
R Rathaus
R Bürgerservice
R Tourismus
R Gästebuch
R Impressum
R Sie sind hier: Startseite > Aktuelles > Archiv 2004
T Freibad öffnet nach Sanierung
A Nach zweijähriger Sanierung öffnet das Freibad am Mühlenweg am Samstag, 15. Mai 2004, um 9 Uhr wieder seine Tore.
A Die Stadt hat rund 1,8 Millionen Euro in neue Becken, Umkleiden und eine Solaranlage investiert.
A Öffnungszeiten:
A Montag bis Freitag: 10 bis 20 Uhr
A Samstag, Sonntag und Feiertage: 9 bis 20 Uhr
A Eintrittspreise:
A Erwachsene: 3,00 Euro
A Kinder und Jugendliche: 1,50 Euro
A Saisonkarten gibt es ab sofort im Bürgerbüro im Rathaus.
A Bürgermeister Hans Kessler lädt alle Bürgerinnen und Bürger zur Eröffnung ein: "Kommen Sie vorbei und springen Sie mit uns ins Wasser!"
R Druckversion
R Seite empfehlen
R Nach oben
R Letzte Änderung: 10.05.2004
R Besucher seit 01.01.2002: 148.223
R © 2004 Stadt Lichtenau
""",
    # ===== a German weekly's anniversary republication, extract: the editor's note naming the first publication, the
    # "Aus dem Archiv" label, an Internet-Archive line in the text
    "de_jubilaeum_archiv_extract": """\
R Aus dem Archiv
T Vor 25 Jahren: Wie das Internet in die Kleinstadt kam
A Dieser Text erschien erstmals am 12. März 1998 in unserer Zeitung. Zum Jubiläum veröffentlichen wir ihn unverändert.
A Erstmals erschienen am 12. März 1998
A Im Hinterzimmer des Elektrogeschäfts Brandt stehen seit Montag drei Computer, an denen jeder für fünf Mark pro Stunde ins Internet kann.
A "Die meisten wollen E-Mails schreiben", sagt Inhaber Uwe Brandt. "Und manche drucken sich die Bahnverbindung aus."
A Das Modem brauche für eine Seite mit Bildern manchmal eine Minute.
A Die Homepage der Stadt, die Brandt im Januar gebaut hat, ist inzwischen nur noch im Internet Archive zu finden.
A Brandts Rat an die Anfänger: Geduld haben. Und nicht alles glauben, was im Netz steht.
R Dieser Artikel ist älter als 5 Jahre.
R Artikel teilen
R Facebook
R Twitter
R E-Mail
R Drucken
R Kommentare
R Melden Sie sich an, um zu kommentieren.
""",
    # ===== a German archived page through the Wayback Machine (English toolbar over a German page), full: the
    # archive's banner, the old site's menu, a page counter, "Seitenanfang", "Letzte Aktualisierung"
    "de_wayback_verein_full": """\
R The Wayback Machine - https://web.archive.org/web/20010605120304/http://www.sv-hohenfels.de:80/aktuell.htm
R 9 captures
R 05 Jun 2001 - 18 Aug 2008
R MAY JUN JUL
R 05
R 2000 2001 2002
R About this capture
R COLLECTED BY
R Organization: Alexa Crawls
R Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.
R TIMESTAMPS
R Home | Verein | Mannschaften | Termine | Gästebuch | Links
R Willkommen auf der Homepage des SV Hohenfels 1921 e.V.!
T Aufstieg in die Bezirksliga!
A Es ist geschafft: Mit einem 3:1-Sieg gegen den TSV Altdorf hat unsere erste Mannschaft am Sonntag den Aufstieg in die Bezirksliga perfekt gemacht.
A Die Tore schossen Markus Huber (2) und Stefan Lindner.
A Rund 400 Zuschauer feierten nach dem Schlusspfiff mit der Mannschaft auf dem Platz.
A Die Aufstiegsfeier findet am Samstag, 16. Juni, ab 19 Uhr im Sportheim statt.
A Alle Mitglieder, Fans und Sponsoren sind herzlich eingeladen!
R Sie sind Besucher Nr. 012483
R Letzte Aktualisierung: 05.06.2001
R Seitenanfang
R Webmaster: webmaster@sv-hohenfels.de
""",
    # ===== a French national daily's old article, extract: "Cet article date de plus de 10 ans", the old tool row, a
    # numbered list in the text
    "fr_article_ancien_extract": """\
R Cet article date de plus de dix ans.
T Les Français et Internet : ce que révèle le premier grand sondage
A Un Français sur cinq se connecte désormais à Internet au moins une fois par semaine, selon un sondage publié mardi.
A Les usages les plus cités sont, dans l'ordre :
A 1. le courrier électronique ;
A 2. la recherche d'informations pratiques ;
A 3. la lecture de la presse en ligne.
A Les sondés sont en revanche méfiants à l'égard des achats en ligne : seuls 6 % ont déjà payé par carte bancaire sur un site.
A « Imprimer un article trouvé sur le Web reste un réflexe pour beaucoup », note l'auteur de l'étude.
A Le coût de la connexion reste le premier frein cité par ceux qui ne sont pas équipés.
R Le Monde avec AFP
R Publié le 14 novembre 2000 à 12h03 - Mis à jour le 14 novembre 2000 à 15h20
R Lecture 2 min.
R Imprimer
R Envoyer par e-mail
R Partager
R Article réservé aux abonnés
""",
    # ===== a French regional site's page from 2006, full: "Version imprimable", "Envoyer à un ami", "Page 1 sur 3 |
    # Suivante »", a visitor counter, "Haut de page", "Livre d'or", "Dernière mise à jour"
    "fr_vieux_site_pagine_full": """\
R Accueil
R Actualités
R Sports
R Culture
R Petites annonces
R Livre d'or
R Contact
R Vous êtes ici : Accueil > Actualités > Culture
T Le festival de la BD de Lavaur fête ses dix ans
A Le festival de la bande dessinée de Lavaur fête ses dix ans ce week-end, à la halle aux grains.
A Une quarantaine d'auteurs sont attendus, dont le Toulousain Pierre Dupuy, invité d'honneur de cette édition.
A Au programme :
A Samedi 8 avril : dédicaces de 10 h à 19 h, concert à 21 h
A Dimanche 9 avril : remise des prix à 16 h
A Entrée : 3 euros, gratuit pour les moins de 12 ans.
A « Au départ, nous étions une poignée de passionnés dans une salle des fêtes », se souvient la présidente, Annie Ferrand.
T Page suivante : les lauréats des dix éditions
R Version imprimable
R Envoyer à un ami
R Page 1 sur 3 | Suivante »
R Ajouter à mes favoris
R Dernière mise à jour : 06/04/2006
R Haut de page
R Vous êtes le 24 518e visiteur
R © 2006 Lavaur Infos – Site optimisé pour une résolution 1024x768
""",
    # ===== a French weekly's republished piece, extract: an editor's note "publié initialement en 1998", an
    # "archives" line in the text, the residue at the tail
    "fr_republication_archives_extract": """\
T Il y a vingt-cinq ans, le premier cybercafé de Rennes ouvrait ses portes
A Cet article a été publié initialement dans notre édition du 12 mars 1998. Nous le republions tel quel à l'occasion de son anniversaire.
A Publié initialement le 12 mars 1998
A Six ordinateurs, une imprimante et une machine à café : le Cyber'Ouest a ouvert lundi rue Saint-Michel.
A Pour 30 francs de l'heure, on peut y consulter ses courriels ou « surfer » sur le Web.
A « Beaucoup de clients viennent pour imprimer des documents administratifs », raconte le gérant, Yann Le Goff.
A Les archives de la ville, elles, ne sont pas encore en ligne.
A Le gérant envisage déjà d'ouvrir une deuxième salle à la rentrée.
R Dans nos archives
R Rennes : le cybercafé ferme ses portes après 15 ans
R Partager sur Facebook
R Partager sur Twitter
R Envoyer par mail
R Imprimer
R Cet article vous a-t-il été utile ?
R Oui
R Non
""",
    # ===== a French page saved by the Wayback Machine, full: the toolbar, the old site's menu, "Imprimer cette page",
    # a counter, "Retour en haut", "Dernière modification"
    "fr_wayback_mairie_full": """\
R The Wayback Machine - https://web.archive.org/web/20030812083015/http://www.mairie-saint-aubin.fr/actus.html
R 6 captures
R 12 Aug 2003 - 30 Jan 2011
R JUL AUG SEP
R 12
R 2002 2003 2004
R success
R fail
R About this capture
R Accueil | La commune | Associations | Actualités | Livre d'or | Liens
T Canicule : la mairie ouvre une salle rafraîchie
A En raison de la canicule, la mairie ouvre la salle polyvalente, équipée de climatiseurs, tous les après-midi de 14 h à 18 h.
A Les personnes âgées isolées peuvent se faire connaître au secrétariat de mairie au 02 99 12 34 56.
A Quelques conseils :
A boire au moins 1,5 litre d'eau par jour ;
A fermer les volets aux heures les plus chaudes ;
A prendre des nouvelles de ses voisins âgés.
A Le maire remercie les bénévoles qui rendent visite chaque jour aux personnes inscrites sur le registre.
R Imprimer cette page
R Retour en haut
R Dernière modification : 12 août 2003
R Compteur : 3 487 visites
R Webmaster : contact@mairie-saint-aubin.fr
""",
    # ===== a Spanish national daily's newspaper library ("hemeroteca") page, full: the menu, "Este artículo tiene más
    # de 5 años", "Versión para imprimir", "Enviar a un amigo", "Página 1 de 2 | Siguiente »"
    "es_hemeroteca_full": """\
R Portada
R España
R Internacional
R Economía
R Deportes
R Hemeroteca
R Buscar en la hemeroteca
R Este artículo tiene más de 5 años
T El último tranvía de Zaragoza hace su último viaje
A El último tranvía de Zaragoza recorrió ayer por última vez la línea de Torrero, entre aplausos de cientos de vecinos.
A A partir de hoy, los autobuses sustituirán al tranvía, que llevaba más de 90 años circulando por la ciudad.
A "Mi padre fue conductor de esta línea y yo me monté en él con cinco años", contaba emocionado Antonio Lapuente, de 72 años.
A El Ayuntamiento conservará dos de los vagones, que se expondrán en el parque Grande.
A El alcalde prometió que el tranvía "volverá algún día" a las calles de Zaragoza.
R Versión para imprimir
R Enviar a un amigo
R Página 1 de 2 | Siguiente »
R Añadir a favoritos
R Menéame
R del.icio.us
R Última actualización: 24/01/1976
R Volver arriba
R © Heraldo de Aragón. Todos los derechos reservados.
""",
    # ===== a Spanish digital paper's old story, extract: the age notice, the tool row and a numbered list in the text
    "es_articulo_antiguo_extract": """\
R Este artículo se publicó hace más de 10 años
T Así fue la primera votación electrónica en un pueblo de Soria
A Los vecinos de Almarza votaron este domingo por primera vez a través de internet en una consulta municipal.
A El proceso tenía tres pasos:
A 1. Recoger en el Ayuntamiento una tarjeta con una clave.
A 2. Entrar en la web municipal desde cualquier ordenador.
A 3. Elegir una de las tres propuestas para la plaza Mayor.
A Votaron 212 de los 480 vecinos censados, un 44 %.
A "Imprimir las papeletas nos costaba más que todo el sistema", bromeó el alcalde, Julián Pérez.
R Imprimir
R Enviar por correo
R Compartir en Facebook
R Compartir en Twitter
R Comentarios (3)
R Publicado el 15/03/2009 a las 19:40
""",
    # ===== an Italian daily's online archive page, full: "Versione stampabile", "Invia ad un amico", "Pagina 1 di 2 |
    # Successiva »", "Ultimo aggiornamento", "Torna su", "Questo articolo è stato pubblicato più di 5 anni fa"
    "it_archivio_storico_full": """\
R Home
R Cronaca
R Politica
R Economia
R Sport
R Archivio storico
R Questo articolo è stato pubblicato più di 5 anni fa
T Chiude dopo 110 anni la tipografia Bertoni
A Dopo 110 anni chiude la tipografia Bertoni di via Mazzini, l'ultima del centro storico.
A Qui sono stati stampati per decenni i manifesti del Comune, gli inviti ai matrimoni e i santini di tre generazioni.
A "Stampare era un mestiere, oggi tutti stampano a casa", dice Giorgio Bertoni, 78 anni, nipote del fondatore.
A Le vecchie macchine tipografiche saranno donate al museo della stampa di Soncino.
A Sabato 12 ottobre, dalle 10 alle 18, la bottega resterà aperta per un ultimo saluto ai clienti.
R Versione stampabile
R Invia ad un amico
R Pagina 1 di 2 | Successiva »
R Segnala su OKNOtizie
R Ultimo aggiornamento: 10/10/2008
R Torna su
R © 2008 La Provincia di Cremona - P.IVA 00123456789
""",
    # ===== an Italian magazine's republished piece, extract: the editor's note naming the first publication, the tool
    # row at the tail
    "it_ripubblicato_extract": """\
T Quando Internet arrivò in biblioteca: il racconto del 1998
A Questo articolo è stato pubblicato per la prima volta il 12 marzo 1998. Lo riproponiamo per i 25 anni della biblioteca digitale.
A Pubblicato originariamente il 12 marzo 1998
A Da lunedì la biblioteca civica ha due computer collegati a Internet, a disposizione di tutti gli iscritti.
A Ogni utente può usarli per mezz'ora al giorno, prenotando al banco prestiti.
A Per stampare si paga 200 lire a pagina.
A "I ragazzi vengono a cercare materiale per le ricerche, gli anziani vogliono leggere i giornali stranieri", spiega la direttrice.
R Stampa
R Invia per email
R Condividi
R Articolo pubblicato il 12/03/2023
R Leggi anche
R Biblioteche, il prestito digitale raddoppia
""",
    # ===== a Portuguese daily's old story, extract: "Este artigo tem mais de 5 anos", "Versão para impressão",
    # "Enviar por e-mail", a numbered list
    "pt_artigo_antigo_extract": """\
R Este artigo tem mais de 5 anos
T Lisboa perde o último quiosque de jornais do Rossio
A O último quiosque de jornais do Rossio fechou esta segunda-feira, depois de 60 anos de portas abertas.
A O dono, Manuel Ferreira, de 79 anos, diz que as vendas caíram para um terço em dez anos.
A As razões, segundo ele, são três:
A 1. as pessoas leem as notícias no telemóvel;
A 2. os turistas não compram jornais portugueses;
A 3. a renda duplicou.
A "Imprimir um jornal ainda custa o mesmo. Vendê-lo é que ficou difícil", resume.
A A câmara ainda não decidiu o que fazer ao espaço.
R Versão para impressão
R Enviar por e-mail
R Partilhar
R Última atualização: 04/02/2015, 18:22
R Topo
""",
    # ===== a Dutch regional paper's archive page, full: "Dit artikel is meer dan 5 jaar oud", "Printversie",
    # "Stuur door", "Pagina 1 van 2 | Volgende »", "Laatst gewijzigd", "Naar boven"
    "nl_archief_krant_full": """\
R Home
R Nieuws
R Regio
R Sport
R Archief
R Zoeken in het archief
R Dit artikel is meer dan 5 jaar oud
T Laatste drukkerij van Zwolle sluit de deuren
A Drukkerij De Vries in Zwolle sluit na 97 jaar de deuren.
A Het familiebedrijf drukte jarenlang kranten, kerkbladen en verkiezingsaffiches voor de hele regio.
A "Drukken doet iedereen tegenwoordig zelf", zegt eigenaar Henk de Vries (67). "Of er wordt helemaal niets meer gedrukt."
A De oude persen gaan naar het Drukkerijmuseum in Meppel.
A Op zaterdag 14 september is er van 10.00 tot 16.00 uur een afscheidsmiddag voor klanten en oud-medewerkers.
R Printversie
R Stuur door
R Pagina 1 van 2 | Volgende »
R Laatst gewijzigd: 12-09-2013, 14:07
R Naar boven
R Reageer op dit artikel
R © 2013 De Stentor
""",
    # ===== ROUND 2 (after the changes, aimed at their edges) ===========================================================
    # ===== an English archived page, full: the toolbar unfolded (the collection's credit to "TIMESTAMPS"), the old
    # site's menu parted by bars, a story about a lost site found in the archive whose rows name captures and years
    "en_wayback_lost_site_full": """\
R The Wayback Machine - https://web.archive.org/web/20090412101530/http://www.kingsbridgegazette.co.uk/news/2009/04/band.html
R 23 captures
R 12 Apr 2009 - 08 Feb 2021
R MAR APR MAY
R 12
R 2008 2009 2010
R success
R fail
R About this capture
R COLLECTED BY
R Organization: Internet Archive
R These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.
R TIMESTAMPS
R Home | News | Sport | Leisure | Letters | Guestbook | Links
T Band's lost first website found in web archive
A The first website of Kingsbridge's best-known band, thought lost for a decade, has been found in the Internet Archive.
A Fans searched the Wayback Machine after the band's drummer, Rob Aldred, mentioned the site in a radio interview.
A The archive holds 23 captures of the site, the first from April 1999.
A What the fans found:
A - the guestbook, with 412 messages from fans
A - a page of tour dates from 1999 and 2000
A - a counter that reads "You are visitor number 000231"
A "Home | Gigs | Photos | Guestbook was the whole menu. We built it in a weekend," Aldred said.
A The band plan to print the guestbook's messages in the booklet of a 25th anniversary record.
R Printer-friendly version
R Send to a friend
R Last modified: 12/04/2009 10:15
R Top of page
R You are visitor number 0102877
""",
    # ===== a German weekly's republished piece, extract: the archive's label over the headline, the editor's note
    # naming the issue and the date, its words in the text; a syndication credit naming its outlet at the tail
    "de_archiv_notiz_extract": """\
R Aus dem Archiv
T Als die Mauer fiel: Unser Reporter an der Bornholmer Straße
A Dieser Text erschien zuerst in unserer Ausgabe vom 13. November 1989. Zum 35. Jahrestag des Mauerfalls veröffentlichen wir ihn erneut.
A Um 23.30 Uhr öffneten die Grenzer den Schlagbaum.
A Tausende drängten über die Brücke, viele noch in Hausschuhen, manche mit Sektflaschen in der Hand.
A "Ich wollte nur einmal gucken", sagte eine Frau aus Prenzlauer Berg. "Morgen früh muss ich doch zur Arbeit."
A Aus dem Archiv der Grenztruppen geht hervor, dass der Befehl zur Öffnung nie schriftlich erteilt wurde.
A Die Seite empfehlen wollten in jener Nacht viele: Wer ein Telefon hatte, rief Verwandte im Westen an.
R Seite empfehlen
R Artikel drucken
R Sie sind Besucher Nr. 48213
R Dieser Artikel ist älter als 5 Jahre.
""",
    # ===== a Spanish village site's old page, full: the menu parted by bars, a welcome line, the tool row, a counter
    # in words no table holds; a timetable row parted by bars in the article
    "es_web_antigua_full": """\
R Portada | El pueblo | Fiestas | Asociaciones | Libro de visitas | Contacto
R Bienvenidos a la web oficial de Villanueva del Campo
T Programa de las fiestas de San Roque 2006
A Las fiestas de San Roque se celebrarán del 14 al 18 de agosto con un programa pensado para todas las edades.
A Los actos principales son:
A Lunes 14: pregón a las 21.00 en la plaza Mayor
A Martes 15: misa y procesión a las 12.00
A Miércoles 16: concurso de paellas a las 14.00
A Autobús a la romería: Salida 9.00 | Llegada 10.30 | Regreso 19.00
A La comisión de fiestas agradece la colaboración de todos los vecinos y pide que se respeten los horarios de descanso.
R Versión para imprimir
R Enviar a un amigo
R Eres el visitante número 12.345
R Última actualización: 02/08/2006
R Webmaster: webmaster@villanuevadelcampo.es
""",
    # ===== an Italian daily's republished piece, full: the menu parted by bars, the age notice, the note naming the
    # first date; the age notice's words in a sentence
    "it_ripubblicato_full": """\
R Home | Cronaca | Politica | Sport | Cultura | Archivio | Contatti
R Questo articolo è stato pubblicato più di 5 anni fa
T Quando a Bologna arrivò il primo cybercafé
A Questo articolo è stato pubblicato per la prima volta il 12 marzo 1998. Lo riproponiamo per i 25 anni della rete civica.
A Sei computer, una stampante e un bancone: il primo cybercafé di Bologna ha aperto lunedì in via del Pratello.
A Un'ora di collegamento costa 8.000 lire.
A "Molti vengono solo per stampare documenti", racconta il gestore, Luca Righi.
A Questo articolo è stato pubblicato più di vent'anni fa, e molti lettori ci scrivono ancora per ricordare quel locale.
R Versione stampabile
R Invia ad un amico
R Sei il visitatore numero 4.521
R Ultimo aggiornamento: 12/03/1998
R Torna su
""",
    # ===== a Portuguese town site's old page, full: the menu parted by bars, the tool row, a counter, a guestbook named
    # in the text
    "pt_site_antigo_full": """\
R Início | A Vila | Notícias | Associações | Livro de visitas | Contactos
R Este artigo tem mais de 5 anos
T Livro de visitas da junta chega às 3 mil mensagens
A O livro de visitas do site da Junta de Freguesia de Alvalade recebeu esta semana a sua mensagem número 3000.
A A maioria das mensagens vem de emigrantes em França, na Suíça e no Canadá.
A "Enviar a um amigo o endereço do site foi a forma de muitos reencontrarem a terra", diz o presidente da junta.
A A junta vai imprimir as mensagens num livro, que ficará na biblioteca.
R Versão para impressão
R Enviar a um amigo
R Última atualização: 04/02/2005
R Topo
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # the original date alone on its line under the editor's note: the shape of a syndicated or reposted piece's stamp
    # ("Originally published on March 12, 2024", the syndication table, as "Published on 12 March 2024" is the
    # dateline's); the note over it, which says the same in a sentence and why the piece runs again, stays
    "en_anniversary_republished_extract": ["Originally published on 12 March 1998"],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a box of the site's old pieces under the article, its heading "Dans nos archives" and its one headline: as a
    # teaser heading the words took a German page's first lines under the same label over its headline ("Aus dem
    # Archiv"), the note and the stamp under it (a label over a headline is a section's name, and goes as one)
    "fr_republication_archives_extract": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The last loom at the town's cotton mill fell silent on Thursday afternoon, ending 152 years of weaving there.",
        "About 200 former workers, some of whom started at the mill when they were 14, gathered in the yard to watch.",
        "The owners said cheaper imports had made the business impossible to sustain, and the site will be sold.",
    ],
    "de": [
        "Nach 68 Jahren ist am Freitag die letzte Rotationsmaschine aus dem Verlagshaus an der Bahnhofstraße abgebaut worden.",
        "Die Zeitung wird seit Januar in einer Druckerei in Kassel gedruckt, rund 80 Kilometer entfernt.",
        "Ein Museum in Leipzig hat die Maschine gekauft und will sie ab dem Herbst in seiner Halle zeigen.",
    ],
    "fr": [
        "Le festival de la bande dessinée de Lavaur fête ses dix ans ce week-end, à la halle aux grains.",
        "Une quarantaine d'auteurs sont attendus, dont le Toulousain Pierre Dupuy, invité d'honneur de cette édition.",
        "La présidente de l'association, Annie Ferrand, se souvient des débuts dans une petite salle des fêtes.",
    ],
    "es": [
        "El último tranvía de Zaragoza recorrió ayer por última vez la línea de Torrero, entre aplausos de cientos de vecinos.",
        "A partir de hoy, los autobuses sustituirán al tranvía, que llevaba más de 90 años circulando por la ciudad.",
        "El Ayuntamiento conservará dos de los vagones, que se expondrán en el parque Grande a partir de la primavera.",
    ],
    "it": [
        "Dopo 110 anni chiude la tipografia Bertoni di via Mazzini, l'ultima rimasta nel centro storico della città.",
        "Qui sono stati stampati per decenni i manifesti del Comune, gli inviti ai matrimoni e i santini di tre generazioni.",
        "Le vecchie macchine tipografiche saranno donate al museo della stampa di Soncino entro la fine dell'anno.",
    ],
    "pt": [
        "O último quiosque de jornais do Rossio fechou esta segunda-feira, depois de 60 anos de portas abertas.",
        "O dono, Manuel Ferreira, de 79 anos, diz que as vendas caíram para um terço nos últimos dez anos.",
        "A câmara ainda não decidiu o que fazer ao espaço, que fica junto à estação de metro da praça.",
    ],
    "nl": [
        "Drukkerij De Vries in Zwolle sluit na 97 jaar de deuren, zo heeft de familie donderdag bekendgemaakt.",
        "Het familiebedrijf drukte jarenlang kranten, kerkbladen en verkiezingsaffiches voor de hele regio.",
        "De oude persen gaan naar het Drukkerijmuseum in Meppel, waar ze vanaf het voorjaar te zien zijn.",
    ],
}

_CH, _DL = "site-chrome", "dateline"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Printer-friendly version", _CH),
    ("en", "Send to a friend", _CH),
    ("en", "E-mail this story to a friend", _CH),
    ("en", "You are visitor number 0048213", _CH),
    ("en", "Rate this story: ★★★★☆ (12 votes)", _CH),
    ("en", "Welcome to the homepage of Thornbury Cricket Club!", _CH),
    ("en", "1 | 2 | 3", _CH),
    ("en", '"Village shops in decline". Countryside Agency. 1999. Archived from the original on 4 March 2006. Retrieved 2 May 2019.', _CH),
    ("en", "archived 12 Mar 2015 10:02:11 UTC", _CH),
    ("en", "Webmaster: webmaster@thornburyherald.co.uk", _CH),
    ("de", "Seite empfehlen", _CH),
    ("de", "Sie sind Besucher Nr. 012483", _CH),
    ("de", "Besucher seit 01.01.2002: 148.223", _CH),
    ("de", "Willkommen auf der Homepage des SV Hohenfels 1921 e.V.!", _CH),
    ("fr", "Envoyer à un ami", _CH),
    ("fr", "Imprimer cette page", _CH),
    ("fr", "Vous êtes le 24 518e visiteur", _CH),
    ("fr", "Compteur : 3 487 visites", _CH),
    ("fr", "Suivante »", _CH),
    ("fr", "Webmaster : contact@mairie-saint-aubin.fr", _CH),
    ("es", "Enviar a un amigo", _CH),
    ("es", "Este artículo se publicó hace más de 10 años", _CH),
    ("it", "Invia ad un amico", _CH),
    ("it", "Questo articolo è stato pubblicato più di 5 anni fa", _CH),
    ("it", "Articolo pubblicato il 12/03/2023", _DL),
    ("pt", "Enviar a um amigo", _CH),
    ("es", "Eres el visitante número 12.345", _CH),
    ("es", "Bienvenidos a la web oficial de Villanueva del Campo", _CH),
    ("it", "Sei il visitatore numero 4.521", _CH),
    ("pt", "Você é o visitante nº 12.345", _CH),
    ("nl", "Laatst gewijzigd: 12-09-2013, 14:07", _DL),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "A printer-friendly version of the timetable will be posted in every bus shelter from Monday, the council said."),
    ("en", "Send to a friend or a neighbour who has no internet, the leaflet asks, and the library will post a copy."),
    ("en", "You are visitor number one million, the screen told a startled Margaret Ellis as she walked into the museum."),
    ("en", "Rate this story by the number of letters it drew: more than any other we ran in 1998."),
    ("en", "Welcome to the homepage of the future, the 1998 advertisement promised, over a picture of a beige computer."),
    ("en", "Archived from the original paper files, the records show that the mill employed 1,200 people in 1950."),
    ("en", "The webmaster of the club's first site, a teenager called Tom Price, now runs a software company in Bristol."),
    ("en", "The vote went 1 | 2 | 3 in the three rounds, as the tally sheet printed it, before the recount."),
    ("en", "The page was archived 12 March 2015 at 10:02 UTC, months before the newspaper closed its website."),
    ("fr", "Suivante sur la liste, la page des petites annonces réunit les offres d'emploi de toute la région."),
    ("de", "Seite empfehlen konnte man damals nur per E-Mail, erinnert sich der frühere Webmaster der Stadt."),
    ("de", "Sie sind Besucher Nummer eine Million, stand auf dem Bildschirm, als Klaus Börner das Museum betrat."),
    ("de", "Willkommen auf der Homepage der Zukunft, versprach eine Anzeige im Jahr 1998 über einem grauen Computer."),
    ("fr", "Envoyer à un ami une carte postale numérique était alors la grande mode, se souvient la présidente."),
    ("fr", "Imprimer cette page de journal sur une presse de 1920 prend près d'une heure, explique le typographe."),
    ("fr", "Le compteur : 3 487 visites en un seul été, un record pour le petit musée de la commune."),
    ("es", "Enviar a un amigo una postal desde el tranvía era una tradición de los domingos, recuerda Antonio."),
    ("es", "Este artículo se publicó hace más de diez años y desde entonces la línea ha cambiado de trazado dos veces."),
    ("it", "Invia ad un amico una cartolina della tipografia, propone la famiglia Bertoni ai clienti di sempre."),
    ("it", "Questo articolo è stato pubblicato più di cinque anni fa, e da allora la tipografia ha cambiato sede."),
    ("it", "Articolo pubblicato il 12/03/1998 sul giornale della parrocchia, e poi ristampato in un libro."),
    ("pt", "Enviar a um amigo um postal do Rossio era um hábito dos turistas, lembra Manuel Ferreira."),
    ("es", "Eres el visitante número un millón, anunció la pantalla cuando Antonio entró en el museo del tranvía."),
    ("es", "Bienvenidos a la web oficial de la fiesta, decía el cartel de 1999 que aún cuelga en el bar."),
    ("it", "Sei il visitatore numero un milione, diceva lo schermo all'ingresso del museo della stampa."),
    ("pt", "Você é o visitante número um milhão, dizia o ecrã à entrada do museu do Rossio."),
    ("nl", "Laatst gewijzigd: 12-09-2013, 14:07 stond onder elk artikel van de oude website, lacht De Vries."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

#: (language, a section's name over the headline: the label of a republished piece)
_LABELS = [("en", "From the archive"), ("en", "From our archives"), ("de", "Aus dem Archiv"), ("fr", "Dans nos archives")]


@pytest.mark.parametrize(("lang", "label"), _LABELS)
def test_a_republished_pieces_label_over_the_headline_goes(lang: str, label: str) -> None:
    # edge-furniture (structure.section_name): the label over the headline and the text
    lost_lines, gone = kept([label, "The day the first web café opened its doors", *TEXT[lang]], language=lang)
    assert ("edge-furniture", label) in gone
    assert [x for x in lost_lines if x in TEXT[lang]] == [], gone


@pytest.mark.parametrize(("lang", "label"), _LABELS)
def test_the_labels_words_as_a_subheading_stay(lang: str, label: str) -> None:
    # (a section's name goes only as the page's first line over a headline: between paragraphs it is a subheading)
    text = [TEXT[lang][0], label, *TEXT[lang][1:]]
    lost_lines, gone = kept(text, language=lang)
    assert lost_lines == [], gone


_TOOLBAR = [
    "The Wayback Machine - https://web.archive.org/web/20050314092211/http://www.example.co.uk/news/bypass.html",
    "17 captures",
    "14 Mar 2005 - 02 Nov 2016",
    "FEB MAR APR",
    "14",
    "2004 2005 2006",
    "success",
    "fail",
    "About this capture",
]
_UNFOLDED = [
    "COLLECTED BY",
    "Organization: Alexa Crawls",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
    "TIMESTAMPS",
]


@pytest.mark.parametrize("toolbar", [_TOOLBAR, _TOOLBAR + _UNFOLDED, _TOOLBAR[:8]], ids=["folded", "unfolded", "no-marker"])
def test_a_web_archives_toolbar_goes(toolbar: list[str]) -> None:
    # edge-furniture (edge_archive.wayback_toolbar): the banner and its lines to the last marker, or with no marker the
    # lines that read as the toolbar's own
    lost_lines, gone = kept([*toolbar, "Mill workers mark end of an era", *TEXT["en"]])
    assert lost_lines[: len(toolbar)] == toolbar, gone
    assert [x for x in lost_lines if x in TEXT["en"]] == [], gone
    assert gone[: len(toolbar)] == [("edge-furniture", line) for line in toolbar]


def test_an_article_about_the_wayback_machine_stays() -> None:
    # (the banner only at the page's head, over the toolbar's lines: the archive named in sentences, a capture count
    # and its dates as the article's rows, stay)
    text = [
        "The Wayback Machine, the Internet Archive's record of the web, saved its first pages in 1996.",
        "The Wayback Machine - a name borrowed from a cartoon - now holds more than 800 billion pages.",
        "The archive's record of the council's site:",
        "17 captures",
        "14 Mar 2005 - 02 Nov 2016",
        "About this capture",
        *TEXT["en"],
    ]
    lost_lines, gone = kept(text)
    assert lost_lines == [], gone


_MENUS = [
    ("en", "Home | News | Sport | What's On | Classifieds | Guestbook | Contact"),
    ("fr", "Accueil | La commune | Associations | Actualités | Livre d'or | Liens"),
    ("de", "Startseite | Verein | Mannschaften | Termine | Gästebuch | Links"),
    ("es", "Portada | Noticias | Deportes | Agenda | Libro de visitas | Contacto"),
]


@pytest.mark.parametrize(("lang", "menu"), _MENUS)
def test_an_old_sites_menu_parted_by_bars_goes(lang: str, menu: str) -> None:
    # edge-furniture (edge_archive.bar_menu): the menu at the head, opened by the home page's link
    lost_lines, gone = kept([menu, "Headline of the old story here", *TEXT[lang]], language=lang)
    assert ("edge-furniture", menu) in gone
    assert [x for x in lost_lines if x in TEXT[lang]] == [], gone


def test_a_line_of_bars_in_the_article_stays() -> None:
    # (under the first sentence a line of bars is the article's, whatever opens it; at the head, one opened by no home
    # page's link, or with a part closing a sentence, stays too)
    for line in ["Home | Away | Home | Away | Home", "Home | Garden | Kitchen | Bathroom | Office"]:
        lost_lines, gone = kept([TEXT["en"][0], line, *TEXT["en"][1:]])
        assert lost_lines == [], gone
    for line in ["Results: Home | 3 | 1 | 2 | 0", "Home | Garden | Kitchen | Bathroom | Office: what to fix first."]:
        lost_lines, gone = kept([line, *TEXT["en"]])
        assert ("edge-furniture", line) not in gone


#: an editor's note over a republished piece, by language (first date, why it runs again): copyright spares it
_NOTES = [
    ("en", "This article was originally published on 12 March 1998. We are republishing it to mark the anniversary of the café."),
    ("en", "This story was first published in our edition of 12 March 1998. We republish it unedited for its 25th anniversary."),
    ("fr", "Cet article a été publié initialement dans notre édition du 12 mars 1998. Nous le republions tel quel à l'occasion de son anniversaire."),
    ("fr", "Cet article a été initialement publié le 12 mars 1998. Nous le republions à l'occasion des 25 ans du cybercafé."),
    ("de", "Dieser Text erschien zuerst in unserer Ausgabe vom 12. März 1998. Zum 25. Jahrestag veröffentlichen wir ihn erneut."),
    ("es", "Este artículo fue publicado originalmente en nuestra edición del 12 de marzo de 1998. Lo volvemos a publicar sin cambios."),
    ("nl", "Dit artikel verscheen oorspronkelijk op 12 maart 1998. We publiceren het opnieuw ter gelegenheid van het jubileum."),
    ("nl", "Dit artikel is eerder gepubliceerd in onze krant van 12 maart 1998. Ter gelegenheid van het jubileum plaatsen we het opnieuw."),
]


@pytest.mark.parametrize(("lang", "note"), _NOTES)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_an_editors_note_over_a_republished_piece_stays(lang: str, note: str, position: str) -> None:
    # copyright (edge_archive.republished_note): the first date alone, no outlet, and a sentence on why it runs again
    text = {"head": [note, *TEXT[lang]], "middle": [TEXT[lang][0], note, *TEXT[lang][1:]], "tail": [*TEXT[lang], note]}
    lost_lines, gone = kept(text[position])
    assert lost_lines == [], gone


#: a syndication credit that names its outlet, or a stamp alone: copyright takes it as before
_CREDITS = [
    ("en", "This article was originally published on The Conversation. Read the original article."),
    ("en", "This article was originally published by The Conversation on 12 March 2024. Read the original article here."),
    ("en", "This story was originally published on 12 March 2024. It has been updated."),
    ("en", "This article was originally published on 12 March 1998."),
    ("fr", "Cet article a été initialement publié sur The Conversation. Lire l'article original."),
]


@pytest.mark.parametrize(("lang", "credit"), _CREDITS)
def test_a_syndication_credit_still_goes(lang: str, credit: str) -> None:
    lost_lines, gone = kept([*TEXT[lang], credit])
    assert lost_lines == [credit], gone
    assert gone == [("copyright", credit)]


if __name__ == "__main__":
    report(CASES)
