# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""corrections50: a probe of news articles that carry the newsroom's own notes about the article, scraped as text (half
as an extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt, nl and sv: a daily's
story with its correction at the head, a breaking story with dated updates, a feature with an editor's note and a content
warning, a travel piece with its paid-trip disclosure and its "amended" note, a wire's corrected story, a site's own
retraction notice, a republished opinion piece, and the corrections, clarifications and errata of each language
("Korrektur:", "Rectificatif :", "Précision :", "Erratum :", "Fe de errores:", "Aclaración:", "Rettifica:", "Errata
corrige:", "Errata:", "Correctie:", "Rättelse:").

- the article (``A``): a correction, clarification or erratum that states the fact it corrects (at the head, inside or
  at the tail), a dated update carrying its news ("Update, 3.15pm: …", "Update 15.20 Uhr: …", "Mise à jour, 16 h 30 :
  …", "Actualización, 15.20: …", "Aggiornamento ore 15.20: …"), the site's retraction notice and its editor's note on
  why the article stays online, a timeline of times as labels ("1.07pm: first call received"), labels over lists ("What
  it costs:", "Während der Bauzeit gilt:", "Sono esentati:"), short imperatives of the story ("Listen more than you
  talk.", "Meiden Sie Unterführungen."), one-line quotes and the story's sentences with "correction", "comment",
  "share", "Berichtigung", "Korrektur", "retraction", "embargoed", "in print on", "Got a tip?";
- the residue (``R``): menus, cookie banners, bylines and stamps (a bare "Aktualisiert am … um 14:20 Uhr" is a stamp),
  share rows, teasers, newsletter boxes, comment blocks and counts, footers, the print-edition line ("A version of this
  article appears in print on …", "Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom …", "Este artigo foi
  publicado na edição impressa de …"), the tip boxes ("Got a tip? Contact …", "Une info à nous signaler ? Écrivez-nous
  à …", "Tip de redactie"), "Report an error" and its kin ("Fehler gefunden? Jetzt melden.", "Signaler une erreur",
  "¿Has visto un error? Escríbenos a …"), the embargo line ("Sperrfrist: 9. Februar 2026, 16:00 Uhr"), the wire's
  contributor and republication lines, "This article is republished from … under a Creative Commons license";
- ``T``: the headline and dek, an editor's note on the series or on an update without its fact ("Editor's note: This
  article is part of …", "Note de la rédaction : …", "Nota del editor: …"), "This story has been updated with …", "Dit
  artikel is aangepast op …", content and trigger warnings, the helpline line at the tail, disclosures ("This trip was
  provided by …", "Offenlegung: Der Autor besitzt Aktien …", "Disclosure statement: …", "Transparenzhinweis: …").

- round 1, blind (written before reading the passes): 21 pages (12 extracts, 9 full pages), 173 ``A`` lines, 265
  ``R``, 41 ``T``. Measured on base 92117c2c: lost 0, left 5: a German embargo line ("Sperrfrist: <date>, <time>"), a
  French tip line opened by the tip ("Une info à nous signaler ? Écrivez-nous à …"), a Portuguese print-edition line
  naming its day ("… na edição impressa de 16 de março de 2026."), the wire's "___" rule, and a republished piece's
  author line with no "By". (The base takes some ``T`` lines: "Offenlegung: …" and "Transparenzhinweis: …" at the
  tail go as closing-disclosure, a bare "Fe de errores" as site-chrome; none is judged.)
- after: lost 0, left 2 (``RESIDUE_LEFT``, each with why).
- round 2, after the changes, aimed at them: 6 pages (4 extracts, 2 full), 48 ``A``, 57 ``R``, 6 ``T``: the embargo
  line at the head in de, en, fr, es; the print-edition line at the tail in en, it, pt; the tip lines and the error
  call at the tail in de, fr, it; and the story's sentences with the same words ("Die Sperrfrist bis Dienstag, 10 Uhr,
  hatten zwei Onlineportale gebrochen …", "„Fehler entdeckt? Dann sagen Sie es uns“, schrieb die Schulbehörde …",
  "This story appeared in print on June 4, 2026, the day …", "Embargoed until the last minute, …", "Le rapport, sous
  embargo jusqu'au 9 juin, …", "« Une info à nous signaler ? » : la question de la radio …", "Questo articolo è stato
  pubblicato sull'edizione cartacea del 16 marzo 2026 e ha fatto discutere …", "Hai una segnalazione? Scrivi al Comune,
  ha detto l'assessore …", "El informe, embargado hasta el 12 de mayo, …", "Esta notícia foi publicada na edição
  impressa de 3 de maio de 2026 e provocou …"), and corrections at the head in each. On base 92117c2c: lost 0, left 8.
  After: lost 0, left 0.

The changes (tables only, each in a ``# corrections50:`` block at its list's end; no new code):

- ``credits.syndication``: the embargo line, its date (and time) alone: de "Sperrfrist: …", fr "Sous embargo jusqu'au
  …"/"Embargo : …", es "Embargado hasta el …"/"Embargo: …" (en has had it since the releases' probes); a date is asked,
  and the line closes on it. The print-edition line naming its day, the line alone, the date closing it: pt "Este
  artigo foi publicado na edição impressa de 16 de março de 2026.", it "Questo articolo è stato pubblicato
  sull'edizione cartacea del 16 marzo 2026.", en "This article appeared in print on June 4, 2026." (en had only "A
  version of this … appears in print on …").
- ``promos.cta``: the newsroom's tip line: de "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie uns (an …)", fr
  "Une info à nous signaler ? Écrivez-nous (à …)", it "Hai una segnalazione? Scrivi a <address>", sv "Har du ett tips?
  Mejla <address>": the call alone or with an address closes the line (a sentence going on after the call, a police
  appeal with no mailbox, stays).
- ``widgets.feedback`` (de): "Fehler gefunden/entdeckt? (Dann) Schreiben Sie uns / sagen Sie es uns." the call closing
  the line.

Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``). eqdiff against the base: no
line of any other page changes fate.

No retag after the blind round.

``python tests/test_corrections50.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an English daily's story, extract: a correction at the head under the byline (its fact is the article's),
    # "Report an error" and a tip box at the tail, a print-edition line, the story's own sentences with "correction",
    # "comment" and "share"
    "en_correction_head_extract": """\
T City to pay $4.2 million to settle lawsuit over jail death
R By Marcus Delaney
R Published June 4, 2026 Updated June 5, 2026, 9:41 a.m. ET
A Correction: An earlier version of this article misstated the year Terrence Hollis died in the county jail. He died in 2023, not 2022.
A The city will pay $4.2 million to the family of a man who died in the county jail after guards failed to check on him for nine hours, under a settlement approved by the council on Tuesday.
A Terrence Hollis, 34, was found unresponsive in his cell on the morning of March 3, 2023.
A An internal review found that two correction officers had logged checks they never made.
A Both officers resigned before the review was finished, the sheriff's office said.
A The family's lawyer, Dana Whitcomb, said the settlement was "a start, not an ending."
A The sheriff's office declined to comment on Tuesday, citing the terms of the agreement.
A Council member Rosa Ibarra voted against it. "We keep paying for the same mistakes," she said.
A The settlement is the largest the city has paid over a death in custody.
R Report an error
R Got a tip? Contact Marcus Delaney at mdelaney@example-daily.com or on Signal at 555-0142.
R A version of this article appears in print on June 5, 2026, Section A, Page 14 with the headline: City to Pay $4.2 Million Over Jail Death.
R Share full article
R 128 comments
""",
    # ===== an English breaking story, full page: menu, cookie banner, an "Update" stamp's line, dated updates inside
    # the text (each with its news), times as labels in the text, a "This story has been updated" note, related
    # teasers, newsletter box, footer
    "en_breaking_updates_full": """\
R Skip to content
R News
R Politics
R Business
R Sport
R Weather
R Sign in
R We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.
R Accept all
R Manage preferences
R Breaking
T Gas explosion at apartment block in Leith leaves several injured
R By Fiona McRae, Scotland reporter
R 3 hours ago
T This story has been updated with a statement from the gas network operator.
A Update, 4.40pm: Scottish Gas Networks said engineers had isolated the supply to the street and would stay overnight.
A Update, 3.15pm: Police Scotland have confirmed that four people were taken to hospital, one with serious injuries.
A An explosion tore through a block of flats in Leith shortly after 1pm on Wednesday, blowing out windows across the street.
A Residents described hearing "a bang like a bomb" before smoke poured from the ground floor.
A Emergency services were called at 1.07pm. The timeline given by the fire service:
A 1.07pm: first call received
A 1.12pm: first crews on scene
A 1.40pm: all residents accounted for
A Neighbours opened their doors to the families who had been evacuated, and a nearby church offered hot drinks.
A One resident, Ali Hassan, said: "Share whatever you have, that's what people here do."
A The cause of the explosion is not yet known.
R Related
R Edinburgh tram extension delayed again
R Firefighters vote to strike over pay
R Get the Scotland briefing every weekday morning
R Sign up
R About us
R Contact
R Terms
R Privacy policy
R Cookie settings
R © 2026 Northern News Group
""",
    # ===== an English magazine's feature, extract: an editor's note on the series, a content warning at the head,
    # a helpline line at the tail, a disclosure, newsletter and share rows
    "en_editors_note_extract": """\
T The night shift: what it takes to answer a crisis line
T Volunteers on a suicide prevention line describe the calls that stay with them.
R By Hannah Osei
R May 12, 2026
T Editor's note: This article is part of Listening In, a series about the people who answer the phone when others need help.
T Content warning: This article discusses suicide and self-harm.
A The call came in at 3.12am. The woman on the line did not say hello.
A "Are you a real person?" she asked.
A "Yes," said Tom, who has volunteered on the line for six years. "I'm here."
A Volunteers work four-hour shifts and take a 12-week training course before they answer a call alone.
A They are taught three things above all:
A Listen more than you talk.
A Never promise what you can't keep.
A Ask the question directly.
A "People think asking about suicide plants the idea," said the trainer, Mei Lin. "The research says the opposite."
A Tom says he still thinks about the woman from that night. She called back a year later to say thank you.
T If you or someone you know is struggling, call or text 988 to reach the Suicide and Crisis Lifeline.
R Share this story
R Facebook
R X
R Email
R Sign up for our weekly newsletter
R Enter your email
R Subscribe
""",
    # ===== an English paper's travel piece, full page: menu, a disclosure at the head ("This trip was paid for by"),
    # the story's list of prices, a "This article was amended on" note with its fact at the tail, the site's "Explore
    # more on these topics", share and reuse lines, most viewed, footer
    "en_travel_amended_full": """\
R Skip to main content
R Support us
R Sign in
R News
R Opinion
R Sport
R Culture
R Lifestyle
R Travel
R Norway holidays
T A slow boat up the Norwegian coast, one fjord at a time
R Tessa Marlow
R Sat 6 Jun 2026 07.00 BST
T This trip was provided by Visit Norway and Hurtigruten.
A The ship left Bergen at 8pm, in rain so fine it looked like mist.
A By the second morning we had passed the Arctic Circle, marked by a small globe on an islet that everyone rushed on deck to photograph.
A The coastal route stops at 34 ports, some for only fifteen minutes, long enough to watch the post and the groceries come ashore.
A What it costs:
A Cabin for two, six nights: from £1,890
A Dinner on board: included
A Excursion to the North Cape: £165
A In Tromsø I left the ship for a day and took the cable car up Storsteinen, where the wind almost took my hat.
A On the last night the northern lights came out over Honningsvåg, and the captain slowed the ship so that no one would miss them.
A This article was amended on 8 June 2026. An earlier version said the ship called at 43 ports; it calls at 34.
R Explore more on these topics
R Norway holidays
R Cruises
R Share
R Reuse this content
R Most viewed
R The 10 best beaches in Cornwall
R Readers' tips: great campsites in Wales
R About us
R Contact us
R Complaints & corrections
R Terms & conditions
R Privacy policy
R Cookie policy
R © 2026 Guardian-style Media Limited or its affiliated companies. All rights reserved.
""",
    # ===== an English wire story, extract: a wire's correction at the head ("This story has been corrected to
    # show"), the wire's contributor line, the wire's republication notice at the tail
    "en_wire_corrected_extract": """\
T Mayor wins second term in tight race as turnout falls
R By JAMES WHITFIELD Associated Press
R Updated 11:52 PM EDT, November 4, 2026
A This story has been corrected to show that the mayor's second term ends in 2030, not 2029.
A PHOENIX (AP) — Mayor Elena Ruiz won a second term on Tuesday by fewer than 3,000 votes, in a race that drew the lowest turnout in two decades.
A Ruiz, a Democrat, beat the former police chief, Mark Delano, 50.8% to 49.2%.
A Her second term ends in 2030.
A "We have a lot of work left to do," Ruiz told supporters at a downtown hotel.
A Delano did not concede. He said he would wait for every ballot to be counted.
A Turnout was 31%, down from 38% four years ago.
R ___
R Associated Press writer Anita Chowdhury contributed to this report.
R Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    # ===== an English news site's page about a science retraction, full page: a retraction notice of the site's own
    # at the head (the article's status: A), the story itself about a journal's retraction notice (sentences with
    # "retraction", "editor's note"), tip box, comments block, footer
    "en_retraction_full": """\
R Menu
R Search
R Science
R Health
R Tech
R Subscribe
A Editor's note, June 2, 2026: This article has been retracted. It relied on a study that the journal has since withdrawn; see the note below.
T Scientists say a common food dye slows ageing in mice
R By Priya Natarajan
R May 20, 2026
A A dye used in sweets and soft drinks extended the lives of mice by up to 20%, according to a study published on Tuesday.
A The researchers fed the dye to 400 mice from middle age and found they lived an average of four months longer.
A Outside experts urged caution. "Mice are not people," said one, "and one study is not a finding."
A Update, June 2: The journal retracted the study after the authors found an error in how the mice were assigned to groups.
A The retraction notice says the error "invalidates the main conclusion of the paper."
A Editor's note: We have kept this article online, marked as retracted, so that readers can see what was reported.
R Got a news tip? Email tips@example-science.com
R Comments (14)
R Sort by: Newest
R jlowe 2 days ago
R Good on you for keeping it up.
R Reply
R Load more comments
R About
R Advertise
R Privacy
R © 2026 Example Science Media
""",
    # ===== an English opinion piece republished under a licence, extract: the disclosure statement, the
    # republication line at the tail ("This article is republished from … under a Creative Commons license"), the
    # author's bio, a "Republish this article" button
    "en_republished_extract": """\
T Why the four-day week works better for small firms
R Karen Ostrowski, Senior Lecturer in Management, University of Leeds
R Published: March 3, 2026 9:14am GMT
A When a bakery in Bradford moved its staff to a four-day week last year, its owner expected to lose money.
A Instead, sales rose by 8% and no one left.
A Small firms have an advantage here. They can change rotas in a week, not a year.
A Three conditions seem to matter most:
A Staff choose their day off.
A Managers measure output, not hours.
A Customers are told in advance.
A Larger firms are slower, but several are now running trials of their own.
T Disclosure statement: Karen Ostrowski receives funding from the Economic and Social Research Council. She does not own shares in any company mentioned.
R This article is republished from The Conversation under a Creative Commons license. Read the original article.
R Republish this article
R Share on Facebook
R Share on LinkedIn
""",
    # ===== a German regional paper's story, extract: "Korrektur:" at the tail with its fact, "Anmerkung der
    # Redaktion" at the head, a bare "Aktualisiert" stamp, "Transparenzhinweis", the paper's "Fehler gefunden?" box
    "de_korrektur_extract": """\
T Neue Brücke über die Lahn soll 2028 fertig sein
R Von Jonas Breuer
R Aktualisiert am 14.05.2026 um 14:20 Uhr
T Anmerkung der Redaktion: Dieser Text ist Teil unserer Serie „Baustellen der Region“.
A Die neue Brücke über die Lahn in Limburg soll im Herbst 2028 für den Verkehr freigegeben werden.
A Das teilte die Stadt am Mittwoch mit. Die alte Brücke aus dem Jahr 1958 wird danach abgerissen.
A Die Kosten liegen nach aktuellem Stand bei 38 Millionen Euro, der Bund übernimmt davon zwei Drittel.
A Während der Bauzeit gilt:
A Fußgänger und Radfahrer können die alte Brücke weiter nutzen.
A Lastwagen über 7,5 Tonnen werden über die B 54 umgeleitet.
A „Wir haben keine andere Wahl“, sagte Bürgermeisterin Katrin Hessel. „Die alte Brücke ist am Ende.“
A Anwohner hatten sich über den Lärm beschwert. Die Stadt will eine Informationsstunde anbieten.
A Korrektur: In einer früheren Version dieses Artikels hieß es, die alte Brücke stamme aus dem Jahr 1968. Richtig ist 1958.
R Fehler gefunden? Jetzt melden.
R Mehr zum Thema
R Stau auf der A3: Baustelle bis Jahresende
R Artikel teilen
""",
    # ===== a German national site's page, full: menu, cookie banner (Zustimmung), a live update list inside the
    # text ("Update 15.20 Uhr:"), a "Transparenzhinweis" on a trip, the site's "Dieser Artikel erschien zuerst in der
    # Printausgabe" line, related teasers, comments count, footer
    "de_update_full": """\
R Zum Inhalt springen
R Startseite
R Politik
R Wirtschaft
R Panorama
R Sport
R Abo
R Anmelden
R Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.
R Zustimmen
R Einstellungen
T Unwetter in Bayern: Hunderte Keller überflutet
R Von Lena Hartmann und Tobias Wirth
R 14.06.2026, 15:24 Uhr
A Update 17.05 Uhr: Der Deutsche Wetterdienst hat die Unwetterwarnung für Niederbayern bis Mitternacht verlängert.
A Update 15.20 Uhr: Die Feuerwehr meldet inzwischen mehr als 400 Einsätze allein im Landkreis Passau.
A Heftige Gewitter mit Starkregen haben am Sonntag in Teilen Bayerns Straßen und Keller überflutet.
A In Passau stieg der Pegel der Ilz binnen zwei Stunden um fast einen Meter.
A Die Polizei rief die Bewohner auf:
A Meiden Sie Unterführungen.
A Betreten Sie keine überfluteten Keller.
A Verletzt wurde nach bisherigen Erkenntnissen niemand.
A Für Montag erwartet der Wetterdienst eine Beruhigung der Lage.
T Transparenzhinweis: Dieser Artikel wurde um 17.05 Uhr aktualisiert.
R Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 15.06.2026.
R Mehr zum Thema
R Hochwasser: So schützen Sie Ihr Haus
R 87 Kommentare
R Impressum
R Datenschutz
R Kontakt
R © 2026 Süd-Medien GmbH
""",
    # ===== a German business story, extract: a disclosure of the author's shares ("Offenlegung"), the story's own
    # sentences about a "Berichtigung" a company published, a "Mitarbeit" credit, newsletter box
    "de_offenlegung_extract": """\
T Chipkonzern senkt Prognose – Aktie bricht ein
R Von Felix Brandt
R 22.04.2026, 08:12 Uhr
A Der Chipkonzern Halvor hat seine Umsatzprognose für das laufende Jahr um zwölf Prozent gesenkt.
A Die Aktie verlor am Dienstag im frühen Handel fast 15 Prozent.
A Das Unternehmen nannte als Grund die schwächere Nachfrage aus der Autoindustrie.
A Erst im März hatte Halvor eine Berichtigung seiner Quartalszahlen veröffentlichen müssen.
A Analysten reagierten verhalten. „Eine Korrektur war überfällig“, sagte ein Händler in Frankfurt.
A Der Vorstand will am Donnerstag Fragen der Aktionäre beantworten.
T Offenlegung: Der Autor besitzt Aktien der Halvor AG.
R Mitarbeit: Sandra Koch
R Newsletter
R Die wichtigsten Börsennachrichten jeden Morgen in Ihrem Postfach.
R Jetzt abonnieren
R Artikel teilen
R Artikel merken
""",
    # ===== a French national daily's story, extract: "Rectificatif :" at the tail with its fact, the "Mis à jour"
    # stamp, "Lire aussi" teasers inside, a subscribers' lock line, the "Signaler une erreur" link
    "fr_rectificatif_extract": """\
T Incendie dans les Landes : 1 200 hectares brûlés, le feu fixé
R Par Camille Vasseur
R Publié le 12 juillet 2026 à 09h14, mis à jour à 15h20
A L'incendie qui s'était déclaré samedi près de Mimizan est désormais fixé, a annoncé la préfecture des Landes dimanche.
A Quelque 1 200 hectares de pins ont brûlé. Aucune victime n'est à déplorer.
A Plus de 300 pompiers ont été mobilisés, appuyés par quatre Canadair.
R Lire aussi | Sécheresse : les restrictions d'eau étendues à 40 départements
A « Le vent a tourné au bon moment », a expliqué le colonel Thierry Lasserre.
A Les habitants de deux lotissements évacués samedi ont pu regagner leur domicile dans la matinée.
A Les consignes restent strictes :
A Interdiction d'accès aux massifs forestiers.
A Interdiction des barbecues jusqu'à nouvel ordre.
A Rectificatif : une version précédente de cet article indiquait que 2 100 hectares avaient brûlé. Le bon chiffre est 1 200.
R Signaler une erreur
R Cet article est réservé aux abonnés. Il vous reste 62 % à découvrir.
R Déjà abonné ? Se connecter
""",
    # ===== a French regional paper's page, full: menu, cookie banner, a "Note de la rédaction" at the head, a
    # "Précision" with its fact inside the text, "Cet article a été modifié le" at the tail, partner teasers, footer
    "fr_note_redaction_full": """\
R Aller au contenu principal
R Actualités
R Faits divers
R Sports
R Loisirs
R Mon compte
R Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.
R Accepter et fermer
R Paramétrer
R Continuer sans accepter
T Le dernier cordonnier du vieux Lyon ferme boutique
R Par Julien Marchetti
R Le 3 mars 2026 à 06h00
T Note de la rédaction : cet article fait partie de notre série « Ces métiers qui disparaissent ».
A Depuis 1979, Gérard Benoît répare des chaussures dans une échoppe de la rue Saint-Jean.
A Samedi, il baissera le rideau pour la dernière fois.
A « Je n'ai trouvé personne pour reprendre », dit-il, sans amertume.
A Précision : la boutique n'a pas été vendue ; le bail prend fin et le propriétaire souhaite récupérer le local.
A Ses clients, eux, sont venus en nombre cette semaine. Certains avec des chaussures qu'il avait ressemelées il y a trente ans.
A Il garde un carnet où il note chaque réparation. Le dernier numéro : 48 211.
A Merci à tous, a-t-il écrit sur la vitrine.
T Cet article a été modifié le 4 mars 2026 pour préciser la situation du bail.
R À lire également
R Lyon : la rue Mercière bientôt piétonne
R Partager
R Facebook
R WhatsApp
R Mentions légales
R Politique de confidentialité
R Gérer mes cookies
R © Le Courrier du Rhône 2026
""",
    # ===== a French site's economy piece, extract: a dated update at the head ("Mise à jour, 16 h 30 :"), an
    # "Erratum" at the tail, a reader-contact line, comments
    "fr_mise_a_jour_extract": """\
T La SNCF annonce une hausse de 4 % des prix des TGV en septembre
R Par Inès Rambaud
R Le 18 juin 2026 à 11h02
A Mise à jour, 16 h 30 : le ministre des transports a demandé à la SNCF de « revoir sa copie » d'ici à la fin du mois.
A La SNCF va augmenter de 4 % en moyenne le prix de ses billets de TGV à partir du 1er septembre.
A L'entreprise invoque la hausse du coût de l'électricité et des péages ferroviaires.
A Les cartes de réduction ne sont pas concernées.
A Les associations d'usagers dénoncent « une hausse de trop ».
A Erratum : nous avions écrit par erreur que les cartes de réduction augmenteraient aussi. Ce n'est pas le cas.
R Une info à nous signaler ? Écrivez-nous à temoins@exemple-info.fr
R 23 commentaires
R Réagir
""",
    # ===== a Spanish national paper's story, extract: "Fe de errores" at the tail with its fact, a "Nota del
    # editor" at the head, dated updates inside ("Actualización, 15.20:"), the subscribers' line, share row
    "es_fe_de_errores_extract": """\
T El Gobierno aprueba la ley de vivienda tras meses de negociación
R Lucía Ferrándiz
R Madrid - 23 may 2026 - 13:45 CEST
T Nota del editor: Este artículo se actualizará a medida que avance la sesión del Consejo de Ministros.
A Actualización, 15.20: La ministra de Vivienda ha confirmado que la ley entrará en vigor el 1 de julio.
A El Consejo de Ministros ha aprobado este martes la nueva ley de vivienda, después de ocho meses de negociación con los socios parlamentarios.
A La norma limita la subida de los alquileres al 3% anual en las zonas declaradas tensionadas.
A Las principales medidas son:
A Tope al precio del alquiler en zonas tensionadas.
A Incentivos fiscales a los propietarios que bajen el precio.
A Un 30% de vivienda protegida en las nuevas promociones.
A La oposición ha anunciado que recurrirá la ley ante el Tribunal Constitucional.
A Fe de errores: En una versión anterior de este artículo se decía que el tope sería del 2%. El tope aprobado es del 3%.
R Suscríbete para seguir leyendo
R Lee sin límites
R Compartir en Whatsapp
R Compartir en Facebook
R Compartir en Twitter
R Archivado en
R Vivienda
R Alquiler
""",
    # ===== a Spanish digital paper's page, full: menu, cookie banner, an "Aclaración" inside the text, a disclosure
    # of a paid trip ("Este viaje ha sido financiado por"), a "¿Has visto un error?" box, teasers, footer
    "es_aclaracion_full": """\
R Ir al contenido
R Portada
R España
R Internacional
R Economía
R Cultura
R Hazte socio
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.
R Aceptar
R Configurar
T Japón abre sus templos de montaña al turismo de invierno
R Marta Ugalde
R 10/01/2026 - 07:00h
T Este viaje ha sido financiado por la Oficina Nacional de Turismo de Japón.
A En Koyasan, a 800 metros de altura, los monjes se levantan a las cinco para la primera oración.
A Desde este invierno, los visitantes pueden quedarse a dormir en 52 de sus templos.
A La noche cuesta entre 90 y 200 euros, con cena vegetariana incluida.
A Aclaración: los templos cierran sus puertas a las 21.00; los huéspedes no pueden salir después de esa hora.
A «No es un hotel», advierte el monje Kenshin. «Aquí se viene a guardar silencio».
A Cómo llegar:
A Tren desde Osaka hasta Gokurakubashi.
A Funicular hasta la cima.
A A la salida del templo, un cartel pide a los visitantes que no hagan fotos durante la oración.
R ¿Has visto un error? Escríbenos a correcciones@ejemplo-diario.es
R Te puede interesar
R Los diez mejores destinos para 2026
R Aviso legal
R Política de privacidad
R Política de cookies
R © Ejemplo Diario 2026
""",
    # ===== an Italian paper's story, extract: "Rettifica" at the tail with its fact, "Aggiornamento ore 15.20" at
    # the head, the "Riproduzione riservata" tail, "Leggi anche"
    "it_rettifica_extract": """\
T Sciopero dei treni venerdì: le fasce garantite
R di Giulia Marchetti
R 12 marzo 2026 (modifica il 12 marzo 2026 | 15:20)
A Aggiornamento ore 15.20: i sindacati hanno confermato lo sciopero dopo l'incontro al ministero.
A Venerdì 14 marzo i treni regionali e ad alta velocità si fermeranno dalle 21 di giovedì alle 21 di venerdì.
A Sono garantite due fasce:
A dalle 6 alle 9;
A dalle 18 alle 21.
A I sindacati chiedono il rinnovo del contratto, scaduto da due anni.
A «Ci scusiamo con i viaggiatori», ha detto il segretario della Filt, Marco Rosi.
A Rettifica: in una precedente versione dell'articolo si indicava lo sciopero per giovedì 13 marzo. La data corretta è venerdì 14.
R Leggi anche
R Sciopero dei taxi, la mappa delle città
R Riproduzione riservata ©
""",
    # ===== a Portuguese paper's story, extract: "Errata" at the tail with its fact, "Atualizado às" stamp, "Nota da
    # redação" at the head, a print-edition line, share row
    "pt_errata_extract": """\
T Lisboa vai plantar 20 mil árvores até 2028
R Por Ana Sofia Lemos
R 15 de março de 2026, 10:02 Atualizado às 15:20
T Nota da redação: Este texto faz parte da série «Cidades mais verdes».
A A Câmara Municipal de Lisboa vai plantar 20 mil árvores nos próximos dois anos, anunciou nesta segunda-feira o vereador do Ambiente.
A A maior parte será plantada em Marvila, Olivais e Lumiar.
A As espécies escolhidas são:
A sobreiro;
A pinheiro-manso;
A freixo.
A O plano custa 6,5 milhões de euros, financiados em parte por fundos europeus.
A Errata: Numa versão anterior deste texto escrevia-se que o plano custava 5,6 milhões de euros. O valor correto é 6,5 milhões.
R Este artigo foi publicado na edição impressa de 16 de março de 2026.
R Partilhar no Facebook
R Partilhar no Twitter
R Enviar por email
""",
    # ===== a Dutch paper's page, full: menu, cookie banner, "Correctie:" at the tail with its fact, "Update
    # 15.20 uur:" inside, "Dit artikel is aangepast" note, tip box, footer
    "nl_correctie_full": """\
R Naar de inhoud
R Nieuws
R Binnenland
R Buitenland
R Sport
R Inloggen
R Wij gebruiken cookies om de site te verbeteren en advertenties te tonen.
R Akkoord
R Instellingen
T Gemeente Utrecht schrapt parkeerplaatsen in binnenstad
R Door Sanne de Vries
R 12 mei 2026, 11:04
A Update 15.20 uur: De gemeenteraad heeft het voorstel met 28 tegen 17 stemmen aangenomen.
A De gemeente Utrecht haalt voor eind 2027 ruim 1.200 parkeerplaatsen uit de binnenstad.
A Op de vrijgekomen ruimte komen bomen, bankjes en fietsenstallingen.
A Ondernemers zijn bezorgd. „Klanten komen niet met de bus", zegt een winkelier op de Oudegracht.
A Bewoners met een vergunning houden hun plek in een van de drie garages.
A Correctie: In een eerdere versie van dit artikel stond dat het om 2.100 plaatsen ging. Dat moet 1.200 zijn.
T Dit artikel is aangepast op 12 mei om 15.20 uur.
R Tip de redactie
R Heb je een tip? Mail naar tips@voorbeeldkrant.nl
R Over ons
R Privacy
R Cookies
R © 2026 Voorbeeldkrant
""",
    # ===== a Swedish paper's story, extract: "Rättelse:" at the tail with its fact, "Uppdaterad" stamp, "Artikeln
    # har uppdaterats" note, "Tipsa oss", share row
    "sv_rattelse_extract": """\
T Ny bro över Göta älv öppnar i maj
R Av Erik Lindqvist
R Publicerad 3 mars 2026 kl 08.12 Uppdaterad 3 mars 2026 kl 15.20
A Den nya bron över Göta älv i Göteborg öppnar för trafik den 15 maj, meddelar trafikkontoret.
A Bron har kostat 4,2 miljarder kronor och är två år försenad.
A Spårvagnarna börjar gå över bron i juni.
A "Det har varit ett svårt projekt", säger projektchefen Anna Berg.
A Den gamla bron ska rivas under hösten.
A Rättelse: I en tidigare version av artikeln angavs att bron kostat 2,4 miljarder kronor. Rätt siffra är 4,2 miljarder.
T Artikeln har uppdaterats med uppgifter om spårvagnstrafiken.
R Tipsa oss
R Dela
R Kopiera länk
""",
    # ===== a German weekly's page, full: menu, cookie banner, a trigger warning at the head, the paper's helpline note
    # at the tail ("Hinweis der Redaktion"), an embargo's leftover line, "Zur Startseite", footer
    "de_hinweis_full": """\
R Zum Inhalt springen
R Menü
R Politik
R Gesellschaft
R Wissen
R Abonnieren
R Wir und unsere Partner verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Alle akzeptieren
R Ablehnen
R Gesellschaft
T Einsamkeit im Alter: „Manchmal spreche ich eine Woche mit niemandem“
R Eine Reportage von Miriam Albers
R 9. Februar 2026, 16:00 Uhr
R 42 Kommentare
T Triggerwarnung: In diesem Text geht es um Suizidgedanken.
A Herbert Lang ist 81 Jahre alt und wohnt seit dem Tod seiner Frau allein in einer Dreizimmerwohnung in Bremen.
A Das Telefon klingelt selten. Wenn, dann ist es seine Tochter aus München, einmal im Monat.
A „Manchmal spreche ich eine Woche mit niemandem“, sagt er.
A Jeder vierte Mensch über 75 fühlt sich nach einer Studie der Universität Köln oft einsam.
A Was hilft, sagen Fachleute:
A feste Termine in der Woche,
A ein Ehrenamt,
A Besuchsdienste der Gemeinden.
A Herbert Lang hat sich im Herbst beim Besuchsdienst seiner Kirchengemeinde gemeldet. Seitdem kommt jeden Dienstag eine Studentin.
A „Wir spielen Schach“, sagt er. „Sie verliert fast immer.“
T Hinweis der Redaktion: Wenn Sie Suizidgedanken haben, finden Sie Hilfe bei der Telefonseelsorge unter 0800 111 0 111. Der Anruf ist kostenlos.
R Sperrfrist: 9. Februar 2026, 16:00 Uhr
R Zur Startseite
R Kommentare
R Melden Sie sich an, um zu kommentieren.
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2026 Wochenblatt Verlag
""",
    # ===== an Italian paper's page, full: menu, cookie banner, a "Nota della redazione" at the head, "Aggiornamento
    # delle 18:" inside the text, "Errata corrige:" with its fact at the tail, "Segnala un errore", teasers, footer
    "it_nota_redazione_full": """\
R Vai al contenuto
R Cronaca
R Politica
R Economia
R Sport
R Abbonati
R Questo sito utilizza cookie tecnici e di profilazione, propri e di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Personalizza
T Venezia, da luglio il ticket d'accesso sale a 10 euro
R di Paolo Zanetti
R 18 giugno 2026 - 12:30
T Nota della redazione: questo articolo è stato aggiornato con la decisione del consiglio comunale.
A Aggiornamento delle 18: il consiglio comunale ha approvato la delibera con 24 voti favorevoli e 11 contrari.
A Da luglio il contributo d'accesso a Venezia salirà da 5 a 10 euro nei giorni di maggiore affluenza.
A I giorni interessati saranno 54, quasi tutti nei fine settimana tra aprile e ottobre.
A Sono esentati:
A i residenti del Veneto;
A i bambini sotto i 14 anni;
A chi dorme in città.
A «Non vogliamo fare cassa, vogliamo gestire i flussi», ha detto l'assessore al Bilancio.
A Errata corrige: in una prima versione dell'articolo avevamo scritto che i giorni sarebbero 45. Sono 54.
R Segnala un errore
R Potrebbe interessarti anche
R Venezia, il Carnevale da record
R Informativa privacy
R Note legali
R © Riproduzione riservata
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== a German agency-fed page, full: menu, cookie banner, the embargo line at the head (R), a "Berichtigung"
    # over the text (its fact: A), the story's sentences about the embargo and a tip line quoted, "Fehler entdeckt?"
    # asked by the mayor in the story, the paper's own tip line and error call at the tail
    "de_sperrfrist_full": """\
R Zum Inhalt springen
R Nachrichten
R Region
R Sport
R Anmelden
R Wir nutzen Cookies, um unsere Website für Sie zu verbessern und Inhalte zu personalisieren.
R Alle akzeptieren
R Einstellungen
R Sperrfrist: Dienstag, 12. Mai 2026, 10:00 Uhr
T Studie: Jedes dritte Kind in der Region kann nicht schwimmen
R Von Paula Reinhardt
R 12.05.2026, 10:00 Uhr
A Berichtigung: In einer früheren Fassung hieß es, die Studie sei vom Land bezahlt worden. Sie wurde von der DLRG finanziert.
A Jedes dritte Kind im Alter von zehn Jahren kann in der Region nicht sicher schwimmen. Das geht aus einer Studie der DLRG hervor.
A Die Sperrfrist bis Dienstag, 10 Uhr, hatten zwei Onlineportale gebrochen und die Zahlen schon am Montagabend veröffentlicht.
A Als Gründe nennt die Studie geschlossene Bäder und fehlende Lehrkräfte.
A „Fehler entdeckt? Dann sagen Sie es uns“, schrieb die Schulbehörde unter ihre eigene Bäderliste, die offenbar veraltet war.
A Die Stadt will im Sommer zwei zusätzliche Kurse anbieten:
A Montag und Mittwoch, 16 Uhr, Hallenbad Nord.
A Samstag, 10 Uhr, Freibad am See.
A Anmeldung bis 31. Mai.
A Eltern, die einen Hinweis auf freie Plätze haben, sollen sich bei der Schulbehörde melden.
R Sie haben einen Hinweis für die Redaktion? Schreiben Sie uns an hinweise@beispiel-zeitung.de
R Fehler entdeckt? Dann sagen Sie es uns.
R Mehr aus der Region
R Freibad öffnet am 15. Mai
R Impressum
R Datenschutz
R © 2026 Beispiel Zeitung
""",
    # ===== an English paper's media story, extract: an embargo line at the head (R), a correction at the head, the
    # story's sentences about an embargo, the print edition and a tip line ("This story appeared in print on …" as
    # the story's sentence), the print line at the tail (R)
    "en_embargo_print_extract": """\
R EMBARGOED UNTIL 00:01 BST TUESDAY 9 JUNE 2026
T The Hartley Gazette prints its last edition after 142 years
R By Owen Pryce
R June 9, 2026
A Correction: An earlier version of this story said the paper was founded in 1882. It was founded in 1884.
A The Hartley Gazette, one of the oldest weekly papers in the north of England, printed its last edition on Monday.
A Its final front page carried a single word:
A Goodbye.
A This story appeared in print on June 4, 2026, the day the owners told staff the paper would close.
A The paper's readers had been sending in news for decades. A box on page two asked: "Got a tip? Call the newsroom."
A Editor Joan Mistry said the phone rang every day until the end.
A "Embargoed until the last minute, like everything else we did," she joked about the closing announcement.
A The Gazette's archive will be given to the county library.
R This article appeared in print on June 10, 2026.
R Share this article
R Most read
R Town council approves new car park
""",
    # ===== a French wire-fed story, extract: the embargo line at the head (R), a "Rectificatif" at the head, the
    # story's sentences with "sous embargo", "Une info à nous signaler ?" as a radio's catch-phrase, the tip line at
    # the tail with a web address (R)
    "fr_embargo_extract": """\
R Sous embargo jusqu'au 9 juin 2026 à 00h01
T Pollution de l'air : 40 000 morts par an en France, selon un nouveau rapport
R Par Élodie Marchand
R Le 9 juin 2026 à 06h00
A Rectificatif : une version précédente de cet article attribuait le rapport à l'Ademe. Il est publié par Santé publique France.
A La pollution de l'air est responsable d'environ 40 000 décès par an en France, selon un rapport publié mardi.
A Le rapport, sous embargo jusqu'au 9 juin, avait pourtant été largement commenté dès le week-end.
A Les particules fines sont en cause dans la majorité des cas.
A « Une info à nous signaler ? » : la question de la radio locale a reçu des centaines de réponses d'habitants inquiets.
A Trois villes concentrent un quart des décès :
A Paris ;
A Lyon ;
A Marseille.
R Une histoire à nous raconter ? Écrivez-nous via www.exemple-info.fr/temoins
R Partager sur Facebook
R Partager sur X
""",
    # ===== an Italian paper's page, full: menu, cookie banner, "Rettifica" at the head, the story's sentence about
    # an edition ("è uscito sull'edizione cartacea …, e ha fatto discutere"), the print line and the tip line at the
    # tail (R)
    "it_edizione_full": """\
R Vai al contenuto
R Cronaca
R Sport
R Abbonati
R Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.
R Accetta
R Rifiuta
T Bologna, il portico di San Luca riapre dopo i lavori
R di Chiara Benassi
R 16 marzo 2026
A Rettifica: in una prima versione avevamo scritto che i lavori erano costati 4 milioni. Il costo è di 6 milioni.
A Il portico di San Luca riapre domenica dopo due anni di lavori.
A I 666 archi sono stati consolidati e ripuliti, e l'illuminazione è stata rifatta.
A Questo articolo è stato pubblicato sull'edizione cartacea del 16 marzo 2026 e ha fatto discutere i lettori per giorni.
A Hai una segnalazione? Scrivi al Comune, ha detto l'assessore a chi trovasse ancora transenne lungo il percorso.
A L'inaugurazione è prevista alle 10, con una camminata aperta a tutti.
R Questo articolo è stato pubblicato sull'edizione cartacea di domenica 15 marzo 2026.
R Avete una segnalazione? Scriveteci a cronaca@esempio-giornale.it
R Leggi anche
R Bologna, il nuovo tram dal 2027
R Privacy
R © Riproduzione riservata
""",
    # ===== a Spanish and a Portuguese story in one module: an es extract with the embargo at the head (R), a "Fe de
    # errores" at the head, the story's sentence about the embargo, the agency's lines at the tail
    "es_embargo_extract": """\
R Embargado hasta el 12 de mayo de 2026 a las 10:00
T Uno de cada tres niños no sabe nadar al acabar primaria
R Laura Gimeno
R Madrid, 12 may 2026 - 10:00 CEST
A Fe de errores: una versión anterior de esta noticia atribuía el estudio al Ministerio de Educación. Lo ha elaborado la Real Federación de Salvamento.
A Uno de cada tres niños termina la educación primaria sin saber nadar, según un estudio publicado este martes.
A El informe, embargado hasta el 12 de mayo, circulaba desde hacía días entre las federaciones autonómicas.
A Las comunidades con peores datos son las del interior.
A La federación propone tres medidas:
A Clases obligatorias en tercero de primaria.
A Piscinas municipales abiertas a los colegios.
A Un carné de natación.
R ¿Has visto un error? Escríbenos a errores@ejemplo-diario.es
R Compartir en Whatsapp
R Compartir en Facebook
""",
    # ===== a Portuguese paper's story, extract: "Errata" at the head, the story's sentence about the print edition
    # (its date then more), the print line at the tail (R)
    "pt_edicao_extract": """\
T Porto proíbe carros no centro histórico aos domingos
R Por Rui Magalhães
R 3 de maio de 2026, 09:10
A Errata: Na versão anterior deste texto escrevia-se que a medida começava em junho. Começa a 10 de maio.
A A Câmara do Porto vai proibir a circulação de carros no centro histórico aos domingos a partir de 10 de maio.
A A medida abrange a Ribeira, a Sé e a Rua das Flores.
A Esta notícia foi publicada na edição impressa de 3 de maio de 2026 e provocou centenas de reações de moradores.
A Os moradores terão um cartão de acesso.
A "Vamos testar durante seis meses", disse o vereador da Mobilidade.
R Esta reportagem foi publicada na edição impressa de 3 de maio de 2026.
R Partilhar no Facebook
R Partilhar no Twitter
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the author's name, job and university under the headline with no "By" before it (a republished opinion piece's
    # byline): a name, a comma and a role read as a list's item or a quoted expert's line, and no shape here tells them
    # apart without a "By"
    "en_republished_extract": 1,
    # the wire's "___" rule over its contributor line: a rule alone carries no words, and the project keeps it as a
    # scene break or a section rule ("* * *" in fiction49)
    "en_wire_corrected_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: three article sentences of a page per language, the residue line put before or after them
TEXT = article_sentences(
    CASES, ["de_korrektur_extract", "fr_rectificatif_extract", "es_fe_de_errores_extract", "it_rettifica_extract",
            "pt_errata_extract", "sv_rattelse_extract", "en_correction_head_extract"],
)

_CR, _CTA, _FB = "copyright", "call-to-action", "feedback-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("de", "Sperrfrist: 9. Februar 2026, 16:00 Uhr", _CR),
    ("de", "Sperrfrist: Dienstag, 9. Februar 2026, 16.00 Uhr MEZ", _CR),
    ("fr", "Sous embargo jusqu'au 9 juin 2026 à 00h01", _CR),
    ("fr", "Embargo : 9 juin 2026, 10 h", _CR),
    ("es", "Embargado hasta el 9 de junio de 2026 a las 00:01", _CR),
    ("es", "Embargo: 9 de junio de 2026", _CR),
    ("pt", "Este artigo foi publicado na edição impressa de 16 de março de 2026.", _CR),
    ("pt", "Esta reportagem saiu na edição impressa do jornal Público de 3 de maio de 2026", _CR),
    ("it", "Questo articolo è stato pubblicato sull'edizione cartacea del 16 marzo 2026.", _CR),
    ("it", "Quest'articolo è uscito nell'edizione in edicola di domenica 15 marzo 2026", _CR),
    ("en", "This article appeared in print on June 4, 2026.", _CR),
    ("en", "This story ran in print on Sunday, 7 June 2026", _CR),
    ("de", "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie uns an hinweise@example-zeitung.de", _CTA),
    ("de", "Sie haben einen Tipp für uns? Schreiben Sie uns.", _CTA),
    ("fr", "Une info à nous signaler ? Écrivez-nous à temoins@exemple-info.fr", _CTA),
    ("fr", "Un témoignage à nous transmettre ? Contactez-nous.", _CTA),
    ("it", "Hai una segnalazione? Scrivi a redazione@esempio-giornale.it", _CTA),
    ("sv", "Har du ett tips? Mejla tips@exempeltidning.se", _CTA),
    ("de", "Fehler gefunden? Schreiben Sie uns.", _FB),
    ("de", "Fehler entdeckt? Dann sagen Sie es uns!", _FB),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("de", "Die Sperrfrist bis zum 9. Februar 2026, 16 Uhr, hielten nicht alle Redaktionen ein, räumte der Verband ein."),
    ("de", "Sperrfrist: bis zur Verkündung des Urteils am Dienstag dürfen die Zeugen nicht befragt werden."),
    ("fr", "Sous embargo jusqu'au 9 juin 2026, le rapport a pourtant fuité dans la presse dès le week-end."),
    ("es", "Embargado hasta el 9 de junio de 2026, el informe llegó antes a varias redacciones de Madrid."),
    ("pt", "Este artigo foi publicado na edição impressa de 16 de março de 2026 e esgotou em poucas horas nas bancas."),
    ("it", "Questo articolo è stato pubblicato sull'edizione cartacea del 16 marzo 2026 e ha fatto discutere la città."),
    ("en", "This story appeared in print on June 4, 2026, and the mayor resigned two days later."),
    ("de", "„Haben Sie einen Hinweis für uns? Schreiben Sie uns“, stand auf den Plakaten, die die Polizei aufhängte."),
    ("de", "Haben Sie einen Hinweis für die Polizei? Schreiben Sie an die Wache in der Lindenstraße, riet der Sprecher."),
    ("fr", "Une info à nous signaler ? Écrivez-nous, lançait chaque soir l'animateur de la radio, et les auditeurs écrivaient."),
    ("it", "Hai una segnalazione? Scrivi a questo numero, diceva il cartello appeso in questura, ma nessuno rispondeva."),
    ("sv", "Har du ett tips? Mejla polisen, uppmanade kommunen efter inbrotten i helgen."),
    ("de", "Fehler entdeckt? Dann sagen Sie es uns, bat der Bürgermeister die Anwohner bei der Versammlung im Rathaus."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
