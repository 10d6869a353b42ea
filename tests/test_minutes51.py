# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""minutes51: a probe of published meeting minutes and reports of meetings, scraped as text (13 of the 23 blind pages as
an extractor leaves them, 10 as all the visible text of the page), in en, de, fr, es, it, pt and nl: a city council's
minutes on its site, a school board's, a parish council's and a village hall committee's minutes, a club's and an
association's AGM reports, a listed company's AGM voting results (en, de), a German council's "Niederschrift" and a
village board's "Protokoll", a French commune's "compte rendu" and a school's "conseil d'école", a Spanish "acta del
Pleno", an Italian "verbale", a Portuguese "ata", a Dutch "besluitenlijst", and local news stories on council meetings.

- the article (``A``): the attendance lists at the head ("Present:", "Members absent: …", "Apologies:", "Anwesend:",
  "Entschuldigt:", "Étaient présents :" over the names one a line, "Absents excusés :", "Asistentes:", "Presenti:",
  "Presenças:", "Aanwezig:"), agenda items and their short headings ("3. Approval of Minutes", "TOP 2: …", "Primero.
  …", "Punto 2 – …"), motions and tallies ("Moved by …, seconded by …", "Motion carried 4-1.", "Abstimmung: 7 Ja, 0
  Nein, 1 Enthaltung", "Vote : 6 pour, 1 contre"), closing times, "Next meeting: …", action lists with initials, the
  treasurer's figures as labels ("Income: £48,310"), the elected officers ("Chair: Helen Moss (re-elected)"), the
  signature lines ("Angela Pruitt, City Clerk", "Signed: Anne Marsh, Chair", "La directrice, Mme Perrin", "gez. Frank
  Schmidt, Ortsvorsteher", "Date: 11 March 2026" under the chair's signature), and the stories' own sentences with
  "comment", "video", "livestream";
- the residue (``R``): menus, breadcrumbs, "Download PDF", "Subscribe to meeting notifications", the council's promo of
  its meetings' video ("Watch the livestream of every meeting on the City's YouTube channel", "Consulte el vídeo del
  pleno en nuestro canal", "Bekijk de vergadering terug via de raadsomroep"), the link back to the list ("Back to
  Agendas & Minutes", "Retour à la liste des conseils d'école", "Volver al listado de actas"), share rows, bylines and
  stamps, teasers, newsletter boxes, comments, cookie banners, footers;
- ``T``: headlines, the minutes' title and their date line under it.

- round 1, blind (written before reading the passes): 23 pages, 279 ``A`` lines, 265 ``R``, 28 ``T``. Measured on base
  56f3feac: lost 19, left 20. The losses: the attendance list at the head, whose label and names one a line
  edge-furniture read as the page's run of short lines (en_committee_minutes_extract: 7 lines, fr_conseil_ecole_full:
  6, "Absent: None" in en_council_minutes_full), and the signature lines at the tail ("La directrice, Mme Perrin",
  "Signed: Anne Marsh, Chair", "Signed (Chair): Jane Howell"), and the date under the chair's signature (dateline).
- after: lost 0, left 11 (``RESIDUE_LEFT``, each with why).
- round 2, aimed at the changes: 5 pages (3 extracts, 2 full), 57 ``A``, 31 ``R``, 4 ``T``: the attendance label over
  names one a line in es, it, nl, de, the signatures with their roles before or after the name in es, it, nl ("El
  secretario, …", "Il presidente, Mario Rossi", "De griffier, M. Jansen"), a footer's line with a role and no name
  under them ("Burgemeester, wethouders en raad"), the video promos and back links in en, es, nl, de, and a news
  story's own lines that look like them ("Present: the mayor and four of five councillors, the minutes record, …",
  ""Watch the video of the council meeting and you will see there was no vote," said …"). On base 56f3feac: lost 23,
  left 7. After: lost 0, left 1.

The changes:

- ``cleaner/passes/edge_minutes.py`` (new, compiled), called by edge-furniture with one line (``minutes_kept``) for
  both edges: at the head, from the first line opening on an attendance label (table ``structure.attendance_label``,
  read only of a kept line holding a colon before the first paragraph) down to the first paragraph, the lines are the
  minutes'; at the tail, up to three lines right under the last kept line, each short with no figure, holding a
  comma that parts a meeting's officer (table ``structure.meeting_role``) from a name (each word capitalised: a
  footer's "Mayor, Council and Committees" names none). The kept lines count in the run as closers, so the menu over
  the minutes' title and the footer under the signatures still go. ``signed_line``: the dateline pass keeps the date
  right under a signature (``structure.signature_mark``) after the text's closing sentence, as it keeps a notice's
  date of issue under its issuer (``metadata.py``, one line in ``_issued``'s call).
- ``structure.attendance_label``, ``structure.meeting_role`` (new keeping tables, language-neutral ``any``: en, de, fr,
  es, it, pt, nl); ``structure.signature_mark``: the minutes' "Signed: <Name>" and "Signed (Chair): <Name>".
- ``promos.cta``: a council's own promo of its meetings' video, the line alone, no comma (en "Watch the livestream /
  video / archived video of … meetings (on …)", "… meetings are streamed live on our / the City's …" with its
  "Subscribe …"; fr "Suivez le conseil municipal en direct (sur notre …)", "Revoir la séance en vidéo"; es "Consulte
  el vídeo del pleno (en nuestro canal)", "Vea la retransmisión de la sesión plenaria en directo"; nl "Bekijk de
  vergadering terug via …", "Volg de raadsvergadering live op …"; de "Verfolgen Sie die Sitzung im Livestream", "Die
  Gemeinderatssitzung live im Stream verfolgen").
- ``widgets.chrome``: the link back to the list of minutes (en "Back to Agendas & Minutes", "Back to Council
  Meetings"; fr "Retour à la liste des conseils d'école", "Retour aux comptes rendus"; es "Volver al listado de
  actas").
- ``signup.newsletter`` (en): a newsletter box naming its letter and the inbox, with its call ("Get the Maplewood Daily
  newsletter in your inbox every morning. Sign up now.").

Each removing entry has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``); each guard has
its tests both ways (the kept lines, and the lines of the same shape with no label, no role or no name that still go).
eqdiff against the base: no line of any other page changes fate (the first version, with no name asked beside the
role, kept local47's ``T`` "Submitted by Margaret Hill, parish clerk"; the name check gives it back to the run).

No retag after the blind round.

``python tests/test_minutes51.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    kept,
    parse,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a city's council minutes on its website, full page: menu, breadcrumb, "Download PDF", notification
    # sign-up, livestream promo; the minutes open with the attendance lists and run by agenda item, with motions,
    # tallies, a closing time and the next meeting
    "en_council_minutes_full": """\
R Skip to main content
R City of Maplewood
R Residents
R Business
R Government
R Services
R How Do I...
R Search
R Home
R Government
R Agendas & Minutes
R City Council Regular Meeting Minutes – February 10, 2026
R Download PDF (214 KB)
R Subscribe to meeting notifications
T City Council Regular Meeting Minutes
T Tuesday, February 10, 2026, 7:00 p.m., Council Chambers, City Hall
A Present: Mayor Linda Okafor, Councilmembers Dave Brennan, Maria Esteves, Tom Whitfield and Priya Nair
A Absent: None
A Staff present: City Manager Greg Hollis, City Attorney Janet Moreau, City Clerk Angela Pruitt
A 1. Call to Order
A Mayor Okafor called the meeting to order at 7:02 p.m.
A 2. Pledge of Allegiance
A 3. Approval of Minutes
A Moved by Councilmember Brennan, seconded by Councilmember Nair, to approve the minutes of the January 27, 2026 regular meeting as presented.
A Motion carried 5-0.
A 4. Public Comment
A Three residents spoke about the proposed closure of the Elm Street pool. Carol Jenkins, 14 Elm Street, asked the council to delay the decision until after the summer.
A 5. Resolution 2026-14: Award of Contract for Street Resurfacing
A Public Works Director Sam Ortiz presented the bids. The lowest responsible bidder was Tri-County Paving at $1,284,500.
A Moved by Councilmember Esteves, seconded by Councilmember Whitfield, to adopt Resolution 2026-14.
A Ayes: Brennan, Esteves, Nair, Okafor. Nays: Whitfield.
A Motion carried 4-1.
A 6. Adjournment
A There being no further business, the meeting was adjourned at 9:14 p.m.
A Next meeting: Tuesday, February 24, 2026, 7:00 p.m.
A Angela Pruitt, City Clerk
R Watch the livestream of every meeting on the City's YouTube channel
R Back to Agendas & Minutes
R Was this page helpful?
R Yes
R No
R City of Maplewood, 1830 County Road B East, Maplewood
R Contact Us
R Accessibility
R Privacy Policy
R © 2026 City of Maplewood
""",
    # ===== a local daily's story on a council meeting, extract: byline and stamp, share row, a teaser, newsletter box,
    # comments; the story's own "comment", vote tallies, a quoted one-liner and a list of what was approved
    "en_council_news_extract": """\
T Council votes 5-2 to close Elm Street pool after heated meeting
R By Jessica Carrow
R Published 11:48 p.m. ET Feb. 10, 2026 | Updated 7:15 a.m. ET Feb. 11, 2026
A The Maplewood City Council voted 5-2 late Tuesday to close the Elm Street pool at the end of the summer, after more than two hours of public comment.
A Council members Tom Whitfield and Priya Nair voted no.
A "We are closing a pool, not a neighborhood," Mayor Linda Okafor said before the vote.
A More than 60 residents packed the council chambers, and 23 signed up to speak during the public comment period.
A The council also approved, with little discussion:
A a $1.28 million contract to resurface nine streets;
A a new parking fee at the library lot;
A the reappointment of two planning commissioners.
A The meeting closed at 11:20 p.m.
A Residents who want to comment on the pool's future use can do so at a workshop on March 3.
R Share this story
R Facebook
R Twitter
R Email
R Read more: Maplewood school board picks new superintendent
R Get the Maplewood Daily newsletter in your inbox every morning. Sign up now.
R Comments
R 47 comments
R Sign in to comment
""",
    # ===== a school board's minutes, extract: the board's minutes as the extractor leaves them, with the "Download
    # the approved minutes" link, a "Board meetings are streamed live" promo and the page's footer tail
    "en_school_board_extract": """\
T Board of Education Regular Meeting – Minutes
T January 22, 2026
A Members present: Karen Liu (President), Marcus Bell (Vice President), Dana Shaw, Robert Kim, Elena Ruiz
A Members absent: Robert Kim (excused)
A Also present: Dr. Alan Frost, Superintendent; Lisa Park, Board Secretary
A I. Call to order at 6:30 p.m. by President Liu.
A II. Consent Agenda
A Motion by Bell, second by Shaw, to approve the consent agenda. Roll call: all ayes. Motion passed 4-0.
A III. Superintendent's Report
A Dr. Frost reported that enrollment stands at 4,812 students, down 1.3 percent from last year.
A IV. New Business
A a. Approval of the 2026-27 school calendar. Motion by Ruiz, second by Bell. Passed 4-0.
A b. First reading of Policy 5131, Student Conduct. No action taken.
A V. Action items for the next meeting:
A Superintendent to present the budget timeline.
A Facilities committee to report on the roof replacement at Lincoln Elementary.
A VI. Adjournment at 8:05 p.m.
A Respectfully submitted, Lisa Park, Board Secretary
R Download the approved minutes (PDF)
R Board meetings are streamed live on our YouTube channel. Subscribe to get notified.
R Maplewood Area School District
R Non-discrimination statement
R Website by SchoolSite
""",
    # ===== a club's AGM report on its website, full page: the club's menu, cookie banner, the report with its officers'
    # election results, the treasurer's figures, a short "Thank you to all our volunteers!" and a sign-off, then a
    # gallery link, share buttons and the footer
    "en_club_agm_full": """\
R This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.
R Accept
R Read More
R Riverside Rowing Club
R Home
R About
R Join
R Events
R News
R Contact
R News
R AGM 2026 report
T Report of the Annual General Meeting 2026
R Posted on 15 March 2026 by Club Secretary
A The club's Annual General Meeting was held at the boathouse on Saturday 14 March 2026. 38 members attended and 11 sent apologies.
A Apologies: Jim Carter, Sue Bright, the Harrison family and eight others.
A Chair's report
A Our chair, Helen Moss, looked back on a record season: 212 members, three new boats and our first win at the regional head race.
A Treasurer's report
A Income: £48,310
A Expenditure: £44,975
A Surplus: £3,335
A The accounts were approved unanimously, and the subscription will stay at £240 for seniors.
A Election of officers
A Chair: Helen Moss (re-elected)
A Treasurer: Raj Patel (elected)
A Secretary: Claire Dunn (re-elected)
A Any other business: members asked the committee to look into a second trailer. The meeting closed at 4:40 pm.
A Thank you to all our volunteers!
R See the photo gallery from the AGM
R Share this:
R Facebook
R WhatsApp
R Email
R Riverside Rowing Club is a registered charity (no. 1098765)
R Privacy
R Cookie policy
R © 2026 Riverside Rowing Club
""",
    # ===== a company's AGM results release, extract: the voting results table as lines, the resolutions numbered,
    # a notes line, the investor contacts and "Subscribe to email alerts"
    "en_shareholder_results_extract": """\
T Results of Annual General Meeting
R 14 May 2026 07:00 BST
A Norland Holdings plc announces that at its Annual General Meeting held today all resolutions were passed on a poll.
A The results of the poll were as follows:
A Resolution 1 – To receive the Annual Report and Accounts: For 98.71%, Against 1.29%
A Resolution 2 – To approve the Directors' Remuneration Report: For 71.40%, Against 28.60%
A Resolution 3 – To declare a final dividend of 12.5p per share: For 99.96%, Against 0.04%
A Resolution 4 – To re-elect Sarah Quinn as a director: For 96.12%, Against 3.88%
A The Board notes that Resolution 2 received more than 20% of votes against. The Board will consult shareholders and publish an update within six months.
A Votes withheld are not votes in law and have not been counted.
A The total number of shares in issue on 12 May 2026 was 412,350,118.
A Copies of the resolutions will be submitted to the National Storage Mechanism.
R Enquiries:
R Norland Holdings plc – Investor Relations, +44 20 7946 0312
R Subscribe to email alerts
R Back to news
R Print
""",
    # ===== a parish council's minutes, extract: the church parish's minutes with a prayer line at the head, the
    # minutes' actions ("Action: JB"), a vote, a one-word heading, and a "Posted in Parish news" tail
    "en_parish_minutes_extract": """\
T Minutes of the Parochial Church Council
T St Mary's, Little Barton – 3 March 2026
A Present: Revd Anne Marsh (Chair), John Bailey (Churchwarden), Ruth Ellis (Secretary), Peter Cole, Mary Singh, Tom Hale
A Apologies: Margaret Dean
A The meeting opened with prayer at 7.30 pm.
A 1. Minutes of the last meeting were agreed and signed.
A 2. Matters arising: the quote for the boiler has been received (£6,200). Action: JB to get a second quote.
A 3. Finance
A The treasurer reported giving of £2,840 in February. The PCC agreed to pay the diocesan share in full. Proposed PC, seconded MS, carried unanimously.
A 4. Fabric
A Gutters on the north aisle to be cleared before Easter. Action: TH
A 5. Date of next meeting: Tuesday 14 April 2026 at 7.30 pm in the vestry.
A The meeting closed with the grace at 9.05 pm.
A Signed: Anne Marsh, Chair
R Posted in Parish news
R Leave a comment
R ← Previous post
R Next post →
""",
    # ===== a German town's council minutes in its council information system, full page: menu, breadcrumb,
    # "Drucken" / "PDF herunterladen", "Anwesend:" and "Entschuldigt:" lists, TOP headings, decisions with tallies,
    # closing time, signature lines; footer
    "de_gemeinderat_niederschrift_full": """\
R Zum Inhalt springen
R Stadt Lindenau
R Rathaus & Bürgerservice
R Politik
R Wirtschaft
R Leben in Lindenau
R Suche
R Startseite
R Politik
R Ratsinformationssystem
R Sitzungen
R Niederschrift herunterladen (PDF)
R Drucken
T Niederschrift über die öffentliche Sitzung des Gemeinderates
T am Donnerstag, 12. Februar 2026, 19:00 Uhr, im Sitzungssaal des Rathauses
A Anwesend: Bürgermeisterin Sabine Keller (Vorsitz), die Gemeinderäte Müller, Schäfer, Yilmaz, Braun, Hoffmann, Weber und Zimmermann
A Entschuldigt: Gemeinderätin Fischer
A Schriftführer: Thomas Berger
A Die Vorsitzende eröffnet die Sitzung um 19:03 Uhr und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest.
A TOP 1: Genehmigung der Niederschrift vom 15. Januar 2026
A Beschluss: Die Niederschrift wird genehmigt.
A Abstimmung: 7 Ja, 0 Nein, 1 Enthaltung
A TOP 2: Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss
A Herr Braun fragt nach den Kosten für die Erschließung. Die Verwaltung schätzt sie auf rund 1,4 Mio. Euro.
A Beschluss: Der Gemeinderat beschließt die Aufstellung des Bebauungsplans „Am Mühlbach“.
A Abstimmung: einstimmig
A TOP 3: Anfragen und Bekanntgaben
A Die Sanierung der Grundschule beginnt nach den Osterferien.
A Ende der öffentlichen Sitzung: 20:47 Uhr
A Sabine Keller, Bürgermeisterin
A Thomas Berger, Schriftführer
R Sitzungstermine abonnieren (iCal)
R Nach oben
R Impressum
R Datenschutz
R Barrierefreiheit
R © Stadt Lindenau 2026
""",
    # ===== a German regional paper's report from the council meeting, extract: byline, stamp, "Artikel teilen",
    # a teaser, the paywall-free tail with "Kommentare"; the story's own labels ("Die Beschlüsse im Überblick:"),
    # a tally, a quoted one-liner
    "de_gemeinderat_bericht_extract": """\
T Mühlbach-Baugebiet: Gemeinderat gibt grünes Licht
R Von Petra Hahn
R 13.02.2026, 06:00 Uhr
R Artikel teilen
A Mit sieben Ja-Stimmen und einer Enthaltung hat der Lindenauer Gemeinderat am Donnerstagabend den Weg für das Baugebiet „Am Mühlbach“ frei gemacht.
A Rund 40 Zuhörer verfolgten die Sitzung im Rathaus, so viele wie seit Jahren nicht.
A „Wir brauchen Wohnraum für junge Familien“, sagte Bürgermeisterin Sabine Keller.
A Kritik kam von Gemeinderat Klaus Braun, der die Erschließungskosten von 1,4 Millionen Euro für zu hoch hält.
A Die Beschlüsse im Überblick:
A Aufstellung des Bebauungsplans „Am Mühlbach“
A Neue Gebührensatzung für den Friedhof
A Zuschuss von 5000 Euro für den Sportverein
A Die nächste Sitzung ist am 12. März um 19 Uhr im Rathaus. Bürger können ihre Fragen vorab schriftlich einreichen.
R Lesen Sie auch: Grundschule Lindenau: Sanierung startet nach Ostern
R Mehr aus Lindenau
R Kommentare
R Melden Sie sich an, um zu kommentieren.
""",
    # ===== a German sports club's annual general meeting report, extract: the club's news post with its elections,
    # "Ehrungen", the figures, an imperative one-liner of the story, and the post's share tail
    "de_verein_jhv_extract": """\
T Jahreshauptversammlung 2026: Vorstand im Amt bestätigt
R Veröffentlicht am 9. März 2026 von Redaktion
A Zur Jahreshauptversammlung des TSV Lindenau 1908 kamen am Freitag 86 Mitglieder ins Vereinsheim.
A Der Vorsitzende Jürgen Maier blickte auf ein erfolgreiches Jahr zurück: Der Verein zählt jetzt 1.214 Mitglieder.
A Kassenbericht: Einnahmen von 182.400 Euro standen Ausgaben von 176.900 Euro gegenüber.
A Die Kassenprüfer bescheinigten eine einwandfreie Kassenführung, die Entlastung des Vorstands erfolgte einstimmig.
A Wahlen:
A 1. Vorsitzender: Jürgen Maier (wiedergewählt)
A Kassiererin: Anja Roth (neu)
A Schriftführer: Dieter Lang (wiedergewählt)
A Ehrungen für 50 Jahre Mitgliedschaft: Erika Vogt, Hans Seidel
A Der Mitgliedsbeitrag bleibt unverändert.
A Zum Schluss rief Maier die Mitglieder auf: „Macht mit beim Helferfest am 2. Mai!“
R Teilen auf Facebook
R Teilen auf WhatsApp
R Kategorie: Vereinsnachrichten
R Zurück zur Übersicht
""",
    # ===== a German listed company's AGM voting results, full page: IR menu, cookie banner, the results with
    # agenda items and percentages, the "Präsenz" line, downloads, footer
    "de_hauptversammlung_full": """\
R Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.
R Alle akzeptieren
R Einstellungen
R Unternehmen
R Investor Relations
R Karriere
R Presse
R Investor Relations
R Hauptversammlung
R Hauptversammlung 2026
T Abstimmungsergebnisse der ordentlichen Hauptversammlung am 20. Mai 2026
A Auf der ordentlichen Hauptversammlung der Rheinwerk AG waren 61,4 % des Grundkapitals vertreten.
A Tagesordnungspunkt 2: Verwendung des Bilanzgewinns – Dividende von 1,20 Euro je Aktie
A Ja-Stimmen: 99,87 %, Nein-Stimmen: 0,13 %
A Tagesordnungspunkt 3: Entlastung der Mitglieder des Vorstands
A Ja-Stimmen: 97,02 %, Nein-Stimmen: 2,98 %
A Tagesordnungspunkt 6: Billigung des Vergütungsberichts
A Ja-Stimmen: 68,45 %, Nein-Stimmen: 31,55 %
A Alle Beschlussvorschläge der Verwaltung wurden angenommen.
A Die Dividende wird am 26. Mai 2026 ausgezahlt.
R Downloads
R Abstimmungsergebnisse (PDF, 180 KB)
R Rede des Vorstandsvorsitzenden (PDF, 420 KB)
R Finanzkalender
R Kontakt Investor Relations
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # ===== a French commune's council minutes on its website, full page: menu, breadcrumb, "Télécharger le
    # compte rendu", "Présents :", "Absents excusés :", "Pouvoirs :", numbered deliberations with "Adopté à
    # l'unanimité", the closing time, footer
    "fr_conseil_municipal_full": """\
R Aller au contenu
R Mairie de Saint-Aubin-sur-Loire
R Ma mairie
R Vie municipale
R Enfance-Jeunesse
R Culture et loisirs
R Accueil
R Vie municipale
R Conseil municipal
R Comptes rendus
R Télécharger le compte rendu (PDF)
T Compte rendu du conseil municipal du 5 février 2026
A L'an deux mille vingt-six, le cinq février à 20 h 00, le conseil municipal s'est réuni en séance publique sous la présidence de M. Jean-Luc Morel, maire.
A Présents : Jean-Luc Morel, Claire Dubois, Michel Lefèvre, Nadia Benali, Pierre Garnier, Sophie Martin
A Absents excusés : Laurent Petit (pouvoir à Claire Dubois), Anne Roux
A Secrétaire de séance : Nadia Benali
A 1. Approbation du procès-verbal de la séance du 11 décembre 2025
A Adopté à l'unanimité.
A 2. Tarifs de la cantine scolaire
A Le conseil municipal décide de porter le prix du repas à 3,90 € à compter du 1er mars 2026.
A Vote : 6 pour, 1 contre, 0 abstention
A 3. Questions diverses
A Mme Martin signale des nids-de-poule rue des Écoles. Les travaux sont prévus en avril.
A La séance est levée à 22 h 10.
A Prochain conseil : jeudi 19 mars 2026 à 20 h.
R Abonnez-vous à la lettre d'information de la commune
R Votre adresse e-mail
R Je m'abonne
R Mentions légales
R Plan du site
R Accessibilité : non conforme
R Gestion des cookies
""",
    # ===== a French association's general assembly report, extract: the association's post with "Ordre du jour :",
    # the moral and financial reports, the vote, the new board, and the post's tail (share, "Laisser un commentaire")
    "fr_assemblee_generale_extract": """\
T Assemblée générale 2026 de l'association Les Jardins partagés
R Publié le 24 janvier 2026 par Le bureau
A L'assemblée générale ordinaire s'est tenue le samedi 17 janvier 2026 à la salle des fêtes, en présence de 54 adhérents.
A Ordre du jour :
A rapport moral de la présidente ;
A rapport financier ;
A élection du conseil d'administration ;
A questions diverses.
A Rapport moral : la présidente, Hélène Garcia, a rappelé la création de 12 nouvelles parcelles et l'arrivée de 19 familles.
A Rapport financier : l'exercice se clôt sur un excédent de 1 240 €. Le rapport est approuvé à l'unanimité.
A Le nouveau bureau : Hélène Garcia (présidente), Karim Haddad (trésorier), Julie Perrin (secrétaire).
A La séance a été levée à 17 h 30 autour du verre de l'amitié.
A Rejoignez-nous : la cotisation annuelle reste fixée à 15 €.
R Partager :
R Facebook
R Twitter
R Imprimer
R Laisser un commentaire
R Votre adresse e-mail ne sera pas publiée.
""",
    # ===== a French regional paper's report on a council meeting, extract: byline with city, stamp, "Abonnés"
    # tag, a teaser, a newsletter box; the story's own quote, tally and "commentaire"
    "fr_conseil_article_extract": """\
T Saint-Aubin : le prix de la cantine augmente, l'opposition proteste
R Par Marc Leroy
R Le 6 février 2026 à 18h42
R Abonnés
A Le conseil municipal de Saint-Aubin-sur-Loire a voté jeudi soir une hausse du prix du repas à la cantine, qui passe de 3,60 € à 3,90 €.
A La délibération a été adoptée par six voix pour et une contre.
A « C'est la première hausse depuis 2019 », a justifié le maire, Jean-Luc Morel.
A Pour l'élue d'opposition Sophie Martin, « les familles n'avaient pas besoin de ça ».
A Interrogé à l'issue de la séance, le maire n'a pas souhaité faire d'autre commentaire.
A Le prochain conseil municipal se tiendra le 19 mars.
R À lire aussi : Saint-Aubin : les travaux de la rue des Écoles reportés
R Newsletter Loire
R Recevez chaque matin l'essentiel de l'actualité de votre département.
R Je m'inscris
""",
    # ===== a Spanish town hall's plenary minutes, full page: menu, breadcrumb, "Descargar acta", "Asistentes:",
    # "Excusan su asistencia:", the agenda points with "Votación:", the closing formula, footer with cookies
    "es_pleno_acta_full": """\
R Ir al contenido
R Ayuntamiento de Villanueva del Río
R El Ayuntamiento
R Sede electrónica
R Servicios
R Turismo
R Inicio
R Ayuntamiento
R Plenos
R Actas
R Descargar acta (PDF)
T Acta de la sesión ordinaria del Pleno de 29 de enero de 2026
A En Villanueva del Río, siendo las 19:00 horas del día 29 de enero de 2026, se reúne en el Salón de Plenos el Ayuntamiento Pleno en sesión ordinaria.
A Asistentes: Alcaldesa-Presidenta, D.ª Carmen Ruiz Ortega; Concejales: D. Luis Navarro, D.ª Ana Gil, D. Pablo Serrano, D.ª Marta Vidal.
A Excusan su asistencia: D. Jorge Molina.
A Secretario: D. Fernando Campos.
A Primero. Aprobación del acta de la sesión anterior.
A Se aprueba por unanimidad.
A Segundo. Modificación de la ordenanza fiscal del agua.
A Votación: 3 votos a favor (Grupo Socialista), 2 en contra (Grupo Popular).
A Queda aprobada la modificación.
A Tercero. Ruegos y preguntas.
A El concejal Sr. Serrano pregunta por el estado del camino de La Vega. La alcaldesa responde que las obras empezarán en marzo.
A Y no habiendo más asuntos que tratar, la Presidencia levanta la sesión a las 20:35 horas, de lo que como secretario doy fe.
R Consulte el vídeo del pleno en nuestro canal
R Suscríbase al boletín municipal
R Aviso legal
R Política de cookies
R Accesibilidad
R Este sitio utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso.
R Aceptar
""",
    # ===== a Spanish local news site's report on the plenary, extract: byline, stamp, share row, "Noticias
    # relacionadas", comments; the story's quote and its own "comentarios"
    "es_pleno_noticia_extract": """\
T El pleno de Villanueva aprueba subir la tarifa del agua con los votos del PSOE
R Redacción
R 30 ene 2026 - 09:12
R Compartir en Facebook
R Compartir en X
R Compartir en WhatsApp
A El pleno del Ayuntamiento de Villanueva del Río aprobó este jueves la modificación de la ordenanza fiscal del agua, que subirá el recibo una media del 8 %.
A La medida salió adelante con los tres votos del grupo socialista y los dos en contra del Partido Popular.
A «No podemos seguir perdiendo dinero con cada metro cúbico», defendió la alcaldesa, Carmen Ruiz.
A El portavoz popular, Pablo Serrano, criticó que la subida se aprobara «sin escuchar a los vecinos».
A En el turno de ruegos y preguntas, los comentarios se centraron en el camino de La Vega, cuyas obras empezarán en marzo.
A El próximo pleno ordinario será el 26 de febrero.
R Noticias relacionadas
R Villanueva licita las obras del camino de La Vega
R Comentarios (3)
R Para comentar debes estar registrado.
""",
    # ===== a Spanish residents' association assembly report, extract: the "Orden del día", agreements, a bare
    # "Acuerdos:" label over a list, the post's "Etiquetas" tail
    "es_asamblea_vecinos_extract": """\
T Resumen de la asamblea general de la Asociación Vecinal El Carmen
A El pasado sábado 7 de marzo celebramos la asamblea general ordinaria en el centro cívico, con la asistencia de 41 socios.
A Orden del día:
A 1. Lectura y aprobación del acta anterior.
A 2. Estado de cuentas.
A 3. Renovación de la junta directiva.
A 4. Ruegos y preguntas.
A Acuerdos:
A Se aprueban las cuentas de 2025, con un saldo positivo de 2.315 euros.
A La nueva presidenta es Lucía Fernández; el tesorero, Andrés Martín.
A Se creará una comisión para pedir al ayuntamiento más iluminación en la calle Mayor.
A La asamblea terminó a las 13:15.
A ¡Gracias a todas y todos por participar!
R Etiquetas: asamblea, junta directiva, vecinos
R Entrada anterior
R Entrada siguiente
""",
    # ===== an Italian comune's council minutes, full page: menu, "Scarica il verbale", "Presenti:", "Assenti
    # giustificati:", the deliberations with "Favorevoli/Contrari/Astenuti", closing, footer
    "it_consiglio_comunale_full": """\
R Vai al contenuto principale
R Comune di Castelnuovo Val di Serra
R Amministrazione
R Servizi
R Novità
R Vivere il Comune
R Home
R Amministrazione
R Consiglio comunale
R Scarica il verbale (PDF)
T Verbale della seduta del Consiglio comunale del 27 gennaio 2026
A L'anno duemilaventisei, il giorno ventisette del mese di gennaio alle ore 18:30, nella sala consiliare, si è riunito il Consiglio comunale.
A Presenti: il Sindaco Marco Bellini e i consiglieri Rossi, Esposito, Ricci, Colombo, Greco.
A Assenti giustificati: Ferrari.
A Punto 1 – Approvazione dei verbali della seduta precedente
A Favorevoli 6, contrari 0, astenuti 0.
A Punto 2 – Variazione di bilancio 2026
A L'assessore Ricci illustra la variazione di 85.000 euro per la manutenzione delle strade comunali.
A Favorevoli 4, contrari 1 (Greco), astenuti 1 (Colombo).
A Il Consiglio approva.
A La seduta è tolta alle ore 20:05.
R Segui la diretta del Consiglio comunale sul nostro canale
R Iscriviti alla newsletter
R Note legali
R Privacy
R Dichiarazione di accessibilità
R Questo sito utilizza cookie tecnici e di terze parti.
R Accetta tutti
""",
    # ===== a Portuguese municipal council's minutes summary, extract: "Presenças:", the deliberations with
    # "Aprovado por maioria", closing, a share row and the footer's tail
    "pt_camara_ata_extract": """\
T Reunião ordinária da Câmara Municipal – 4 de fevereiro de 2026
T Resumo das deliberações
A Presenças: Presidente, Rui Almeida; Vereadores: Joana Lopes, Carlos Sousa, Inês Pereira e Miguel Costa.
A Faltas justificadas: Vereadora Teresa Marques.
A 1. Aprovação da ata da reunião anterior – Aprovado por unanimidade.
A 2. Apoio de 12 500 euros à Associação Humanitária dos Bombeiros – Aprovado por unanimidade.
A 3. Abertura de concurso para a requalificação do mercado municipal – Aprovado por maioria, com a abstenção dos vereadores do PSD.
A O vereador Carlos Sousa pediu esclarecimentos sobre o prazo da obra, que a Câmara estima em 14 meses.
A A reunião terminou às 17h40.
A Próxima reunião: 18 de fevereiro de 2026, às 15h00, nos Paços do Concelho.
R Partilhar
R Facebook
R Twitter
R Imprimir
R Subscreva a nossa newsletter
R © 2026 Município de Vale do Sorraia. Todos os direitos reservados.
""",
    # ===== a Dutch municipality's council decision list, full page: menu, cookie banner, "Aanwezig:", "Afwezig:",
    # agenda points with "Besluit:" and a vote, closing, "Volgende vergadering:", footer
    "nl_gemeenteraad_besluitenlijst_full": """\
R Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten.
R Accepteren
R Weigeren
R Gemeente Westerveld aan Zee
R Inwoners
R Ondernemers
R Bestuur
R Contact
R Home
R Bestuur
R Gemeenteraad
R Vergaderingen
R Download de besluitenlijst (PDF)
T Besluitenlijst gemeenteraad 3 februari 2026
A Aanwezig: burgemeester A. de Vries (voorzitter), griffier M. Jansen, en 19 raadsleden.
A Afwezig: mevrouw Bakker (VVD) en de heer Visser (CDA).
A 1. Opening en vaststelling van de agenda
A De voorzitter opent de vergadering om 19.30 uur. De agenda wordt ongewijzigd vastgesteld.
A 2. Vaststellen bestemmingsplan Havenkwartier
A Besluit: de raad stelt het bestemmingsplan vast.
A Stemming: 15 voor, 4 tegen (GroenLinks, Partij voor de Dieren).
A 3. Motie vreemd aan de orde: gratis parkeren bij het ziekenhuis
A De motie wordt verworpen met 8 stemmen voor en 11 tegen.
A 4. Sluiting
A De voorzitter sluit de vergadering om 22.41 uur.
A Volgende vergadering: dinsdag 3 maart 2026, 19.30 uur.
R Bekijk de vergadering terug via de raadsomroep
R Volg ons op Facebook
R Privacyverklaring
R Toegankelijkheid
R Proclaimer
""",
    # ===== a village hall committee's minutes, extract: the attendance one name a line right at the head, the
    # actions list at the tail with initials and dates, the next meeting, the chair's signature and date lines
    "en_committee_minutes_extract": """\
A Present:
A Jane Howell (Chair)
A Mike Turner
A Sandra Lee
A Owen Price
A In attendance: Cllr Bev Marsh (parish council)
A Apologies: Keith Rowe
A 1. Declarations of interest: none.
A 2. The minutes of the meeting of 8 January 2026 were approved as a true record.
A 3. Bookings: hall use is up 18% on last year. The new heating controls have cut the gas bill by about £90 a month.
A 4. Spring fair: agreed to hold the fair on Saturday 9 May, 10am to 2pm. Owen will contact stallholders.
A 5. The committee voted 4-0 to raise the hourly hire rate to £14 from April.
A Actions:
A OP – write to stallholders by 28 February
A SL – get three quotes for the car park lighting
A JH – renew the insurance before 31 March
A Meeting closed at 8.50pm.
A Next meeting: Wednesday 11 March 2026, 7.30pm, small hall.
A Signed (Chair): Jane Howell
A Date: 11 March 2026
R Filed under: Committee minutes
R Tags: minutes, committee
""",
    # ===== a local daily's council story, full page: masthead menu, a "Watch: council meeting replay" promo,
    # breaking ticker, byline, the story, "Most read" and the footer
    "en_council_news_full": """\
R Menu
R Search
R Subscribe
R Log in
R News
R Local
R Sport
R Opinion
R Obituaries
R Weather
R Breaking: Road closures on Route 9 this weekend
T Harbor City council approves budget, rejects police raise in 6-3 vote
R By Nathan Price
R Staff writer
R Feb. 18, 2026 at 10:05 p.m.
A After a four-hour meeting that stretched past 11 p.m., the Harbor City Council on Tuesday approved a $212 million budget for the coming year.
A The vote was 6-3.
A Council members rejected, by the same margin, an amendment that would have given police officers a 4% raise.
A "Next year," Council President Ellen Ward said when asked when the raise would come back.
A Among the items in the budget:
A $4.1 million for road repairs
A two new library branches
A a 2% property tax increase
A Residents who spoke during public comment were split. Watch the full meeting on the city's website, one speaker urged, "and see who voted for what."
A The council meets next on March 3 at 6 p.m.
R Watch: Council meeting replay
R Most read
R 1. Route 9 bridge to close for repairs
R 2. New bakery opens downtown
R 3. High school wins state title
R Sign up for our Daily Headlines newsletter
R Contact us
R Terms of use
R Privacy policy
R © 2026 Harbor City Herald
""",
    # ===== a German village advisory board's minutes, extract: the minutes' head block as short labelled lines
    # (Datum, Beginn, Ende, Ort), a numbered TOP list, a "Der Ortsbeirat bittet die Verwaltung:" label with items,
    # and the "gez." signature lines at the tail, the post's tail under it
    "de_ortsbeirat_protokoll_extract": """\
T Protokoll der Sitzung des Ortsbeirats Oberdorf
A Datum: 4. März 2026
A Beginn: 19:00 Uhr
A Ende: 21:15 Uhr
A Ort: Bürgerhaus Oberdorf
A Anwesend: Ortsvorsteher Frank Schmidt, Petra Lange, Ali Demir, Ute Krüger
A Gäste: 12 Bürgerinnen und Bürger
A TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit
A TOP 2 Verkehrssituation in der Hauptstraße
A Anwohner berichten von Lkw, die trotz Verbot durch den Ort fahren.
A Der Ortsbeirat bittet die Verwaltung:
A eine Geschwindigkeitsmessung durchzuführen,
A das Durchfahrtsverbot deutlicher auszuschildern.
A Der Antrag wird einstimmig angenommen.
A TOP 3 Verschiedenes
A Der Dorfplatz wird am 25. April gemeinsam gereinigt. Helfer melden sich bei Frau Lange.
A gez. Frank Schmidt, Ortsvorsteher
A gez. Ute Krüger, Protokoll
R Dieser Beitrag wurde unter Ortsbeirat veröffentlicht.
R Kommentare sind geschlossen.
""",
    # ===== a French primary school's "conseil d'école" minutes, full page: the school site's menu, the minutes with
    # "Étaient présents :" as a list, the headings, the signature lines at the tail, the site's footer
    "fr_conseil_ecole_full": """\
R École élémentaire Jules-Ferry
R Accueil
R L'école
R Les classes
R Périscolaire
R Contact
R Vous êtes ici : Accueil > L'école > Conseils d'école
T Procès-verbal du conseil d'école du 3e trimestre
T Mardi 16 juin 2026, 18 h
A Étaient présents :
A Mme Perrin, directrice
A M. Caron, Mme Lemoine, Mme Diallo, enseignants
A Mme Roussel et M. Benoît, représentants des parents d'élèves
A M. Faure, adjoint au maire chargé des écoles
A Excusée : Mme Colin, inspectrice de l'Éducation nationale
A Effectifs prévus à la rentrée : 214 élèves répartis en 9 classes.
A Projet d'école : la classe de CM2 partira en classe de mer à Pornic du 5 au 9 octobre.
A Sécurité : l'exercice d'évacuation du 2 juin s'est déroulé en 2 min 40 s.
A Travaux : la mairie remplacera les fenêtres de l'aile nord pendant l'été.
A Questions des parents : les parents demandent un abri pour les vélos. La mairie étudiera la demande.
A Fin de la séance : 19 h 45.
A La directrice, Mme Perrin
A La secrétaire de séance, Mme Roussel
R Retour à la liste des conseils d'école
R Imprimer cette page
R Partager sur Facebook
R Mentions légales
R Plan du site
R Académie de Nantes
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== a Spanish residents' board's minutes, extract: "Asistentes:" over the names one a line right at the head,
    # "Excusan su asistencia:", the signatures at the tail with their roles ("El secretario, …", "Vº Bº La
    # presidenta, …"), the plenary video promo and a back link under them; the story's own sentence with "vídeo"
    "es_junta_acta_extract": """\
A Asistentes:
A Lucía Fernández Gómez (presidenta)
A Andrés Martín Ruiz (tesorero)
A Rosa Delgado Pérez
A Tomás Herrera Vidal
A Excusan su asistencia: Pilar Ortega.
A En el local social, siendo las 19:30 horas del 12 de marzo de 2026, se reúne la junta directiva con el siguiente orden del día.
A 1. Se aprueba por unanimidad el acta de la reunión anterior.
A 2. La tesorera informa de un saldo de 2.315 euros.
A 3. Se acuerda grabar en vídeo la próxima asamblea y colgarlo en la web de la asociación.
A Se levanta la sesión a las 21:00 horas.
A El secretario, Tomás Herrera Vidal
A La presidenta, Lucía Fernández Gómez
R Vea la retransmisión de la sesión plenaria en directo
R Volver al listado de actas
R Compartir en WhatsApp
""",
    # ===== an Italian association's assembly minutes, extract: "Presenti:" over the names one a line, "Assenti
    # giustificati:", the president's and the secretary's signatures at the tail, then the blog's tail
    "it_verbale_assemblea_extract": """\
T Verbale dell'assemblea dei soci del 21 febbraio 2026
A Presenti:
A Mario Rossi (presidente)
A Anna Greco (segretaria)
A Luca Ferri
A Giulia Conti
A Assenti giustificati: Paolo Riva
A L'assemblea, regolarmente convocata, si è riunita alle ore 18:00 presso la sede dell'associazione in via Garibaldi 12.
A Il presidente illustra il bilancio consuntivo 2025, che chiude con un avanzo di 1.870 euro.
A Il bilancio è approvato all'unanimità. Favorevoli 14, contrari 0, astenuti 1.
A La quota associativa resta fissata a 30 euro.
A Non essendoci altro da deliberare, la seduta è tolta alle ore 19:40.
A Il presidente, Mario Rossi
A La segretaria, Anna Greco
R Condividi su Facebook
R Condividi su WhatsApp
R Categorie: Verbali
""",
    # ===== a Dutch municipality's committee minutes, full page: menu, "Aanwezig:" over names, the chair's and
    # clerk's signatures, the video promo, a footer whose first line holds a role and no name ("Burgemeester,
    # wethouders en raad"); the story's own "vergadering … terugkijken" sentence
    "nl_commissie_notulen_full": """\
R Gemeente Westerveld aan Zee
R Inwoners
R Ondernemers
R Bestuur
R Contact
R Zoeken
T Verslag commissie Ruimte, 10 februari 2026
A Aanwezig:
A J. Bakker (voorzitter)
A M. Jansen (griffier)
A P. de Boer (VVD)
A S. Yilmaz (GroenLinks)
A Afwezig met kennisgeving: K. Visser (CDA)
A De voorzitter opent de vergadering om 19.30 uur en heet de insprekers welkom.
A Twee bewoners van de Havenstraat spreken in over de geplande parkeergarage en vragen om een nieuw verkeersonderzoek.
A De wethouder zegt toe het onderzoek voor de zomer aan de raad te sturen.
A Wie de discussie wil nazien, kan de vergadering later terugkijken; de commissie besloot dat vorig jaar.
A De voorzitter sluit de vergadering om 21.55 uur.
A De voorzitter, J. Bakker
A De griffier, M. Jansen
R Burgemeester, wethouders en raad
R Bekijk de vergadering terug via de raadsomroep
R Volg ons op Facebook
R Privacyverklaring
R Toegankelijkheid
""",
    # ===== a German association's board minutes, full page: cookie banner, menu, "Anwesend:" over names one a line,
    # "Entschuldigt:", the "gez." signatures, the council's video promo under them; the story's own "Livestream" line
    "de_vorstand_protokoll_full": """\
R Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie dem zu.
R OK
R Heimatverein Lindenau e.V.
R Startseite
R Verein
R Termine
R Kontakt
T Protokoll der Vorstandssitzung vom 5. März 2026
A Anwesend:
A Jürgen Maier (1. Vorsitzender)
A Anja Roth (Kassiererin)
A Dieter Lang (Schriftführer)
A Entschuldigt: Erika Vogt
A Beginn: 19:00 Uhr, Vereinsheim
A Der Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.
A Das Frühlingsfest findet am 2. Mai statt; die Sitzung des Gemeinderats dazu wird im Livestream übertragen.
A Die Kasse weist einen Bestand von 8.430 Euro aus. Die Anschaffung eines Zeltes wird mit 3 Ja-Stimmen beschlossen.
A Ende der Sitzung: 20:50 Uhr
A gez. Jürgen Maier, 1. Vorsitzender
A gez. Dieter Lang, Schriftführer
R Die Gemeinderatssitzung live im Stream verfolgen
R Zurück zur Übersicht
R Impressum
R Datenschutz
""",
    # ===== an English council news story, extract: the story's own attendance and signature-looking lines that are
    # its text ("Present: the mayor and four of five councillors, the clerk noted."), a quoted sign-off, then the
    # council's promo lines and the back link under it
    "en_council_minutes_story_extract": """\
T Clerk's minutes show council skipped vote on pool
A Minutes of the February 10 meeting, released on Friday, show the council never formally voted on the pool's closure.
A Present: the mayor and four of five councillors, the minutes record, with Councilmember Whitfield absent.
A The minutes were signed by the city clerk, Angela Pruitt, and approved without changes on Tuesday.
A "Watch the video of the council meeting and you will see there was no vote," said resident Carol Jenkins.
A The city attorney, Janet Moreau, said a second vote would be held on March 3 "to remove any doubt."
A Jenkins, who chairs the Friends of Elm Street Pool, said the group would attend.
R Back to Council Meetings
R Watch the archived video of past meetings on our website.
R All council meetings are broadcast live on the City's YouTube channel
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a minutes page of short lines only (no paragraph long enough to anchor a run of furniture): the blog's short
    # category line ("Dieser Beitrag wurde unter Ortsbeirat veröffentlicht.", which a note's sentence also says: "…
    # wurde unter Pseudonym veröffentlicht.") and "Kommentare sind geschlossen.", a comment section's end, taken where
    # a section opened
    "de_ortsbeirat_protokoll_extract": 2,
    # the breadcrumb's last item ("AGM 2026 report": the page's name, a short title) and the gallery link under the
    # report ("See the photo gallery from the AGM"), which reads as the story's own pointer
    "en_club_agm_full": 2,
    # a menu's item closing on an ellipsis ("How Do I..."), the breadcrumb's last item naming the meeting and its date
    # (a dated title), the footer's address with its street number
    "en_council_minutes_full": 3,
    # the ticker's "Breaking: …" over the headline: a label and a headline, as a story's kicker
    "en_council_news_full": 1,
    # the investor contact's line with its phone under "Enquiries:" (the release's own contact box)
    "en_shareholder_results_extract": 1,
    # "Publié le … par Le bureau": a stamp whose author is no person's name
    "fr_assemblee_generale_extract": 1,
    # "Abonnez-vous à la lettre d'information de la commune": the French table leaves a town's or a body's bulletin on
    # purpose (a story's advice to its readers names it too)
    "fr_conseil_municipal_full": 1,
    # round 2: the association's name alone over its menu, right under the cookie banner (a masthead, as a headline)
    "de_vorstand_protokoll_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: three article sentences of a page per language, the residue line put before or after them
TEXT = article_sentences(
    CASES, ["en_council_news_extract", "fr_conseil_article_extract", "es_pleno_noticia_extract",
            "de_gemeinderat_bericht_extract", "nl_gemeenteraad_besluitenlijst_full"],
)

_CTA, _CH, _NL = "call-to-action", "site-chrome", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Watch the livestream of every meeting on the City's YouTube channel", _CTA),
    ("en", "Watch the video of tonight's council meeting", _CTA),
    ("en", "Watch the archived video of past meetings on our website.", _CTA),
    ("en", "Board meetings are streamed live on our YouTube channel. Subscribe to get notified.", _CTA),
    ("en", "All council meetings are broadcast live on the City's YouTube channel", _CTA),
    ("en", "Back to Agendas & Minutes", _CH),
    ("en", "Back to Council Meetings", _CH),
    ("en", "Get the Maplewood Daily newsletter in your inbox every morning. Sign up now.", _NL),
    ("fr", "Retour à la liste des conseils d'école", _CH),
    ("fr", "Retour aux comptes rendus", _CH),
    ("fr", "Suivez le conseil municipal en direct sur notre chaîne YouTube", _CTA),
    ("fr", "Revoir la séance en vidéo", _CTA),
    ("es", "Consulte el vídeo del pleno en nuestro canal", _CTA),
    ("es", "Volver al listado de actas", _CH),
    ("es", "Vea la retransmisión de la sesión plenaria en directo", _CTA),
    ("nl", "Bekijk de vergadering terug via de raadsomroep", _CTA),
    ("nl", "Volg de raadsvergadering live op onze website", _CTA),
    ("de", "Verfolgen Sie die Sitzung im Livestream", _CTA),
    ("de", "Die Gemeinderatssitzung live im Stream verfolgen", _CTA),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Watch the livestream of the meeting on the city's website, one resident urged, and see who voted for what."),
    ("en", "Watch the video of the council meeting and you will see the mayor walk out before the vote."),
    ("en", "Council meetings are streamed live on YouTube, but the sound has failed at three of the last five."),
    ("en", "Board meetings are streamed live on the district's website, and about 200 people watch each one."),
    ("en", "Go back to the minutes of the January meeting and the same promise is there, word for word."),
    ("en", "Get the newsletter in your inbox every morning, the council's website urges, but few residents sign up."),
    ("fr", "Retour à la liste des conseils d'école : la mairie veut réduire leur nombre à deux par an."),
    ("fr", "Suivez le conseil municipal en direct, conseille l'opposition, qui dénonce des votes à huis clos."),
    ("fr", "Revoir la séance en vidéo permet de vérifier qui a voté quoi, explique le collectif d'habitants."),
    ("es", "Consulte el vídeo del pleno y verá cómo la alcaldesa abandona la sala antes de la votación, dijo el concejal."),
    ("es", "Volver al listado de actas antiguas llevó a los vecinos hasta el acuerdo de 1998, explicó la presidenta."),
    ("nl", "Bekijk de vergadering terug via de raadsomroep en je ziet hoe de wethouder wegloopt, zei een inwoner."),
    ("de", "Verfolgen Sie die Sitzung im Livestream, riet der Bürgermeister, doch der Stream fiel nach zehn Minuten aus."),
    ("de", "Die Sitzung live im Stream verfolgen konnten am Dienstag nur 40 Menschen, weil der Server ausfiel."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- edge_minutes, both ways ----------------------------------------------------------------------

_EN = [text for tag, text in parse(CASES["en_council_news_extract"]) if tag == "A"]
_EN_TEXT = [_EN[0], _EN[3], _EN[9]]
_FR_TEXT = [text for tag, text in parse(CASES["fr_conseil_ecole_full"]) if tag == "A"][6:11]
_MENU = ["Home", "Residents", "Business", "Government", "Services"]
_FR_FOOTER = ["Mentions légales", "Plan du site", "Académie de Nantes", "Espace parents", "Cantine et périscolaire"]


def test_an_attendance_list_under_its_label_stays_and_the_menu_over_it_goes() -> None:
    attendance = ["Present:", "Jane Howell (Chair)", "Mike Turner", "Sandra Lee", "Apologies: Keith Rowe"]
    lost, removed = kept([*_MENU, *attendance, *_EN_TEXT])
    assert lost == _MENU
    assert {name for name, _text in removed} == {"site-chrome", "edge-furniture"}


def test_names_at_the_head_with_no_attendance_label_still_go_with_the_menu() -> None:
    names = ["Jane Howell (Chair)", "Mike Turner", "Sandra Lee"]
    lost, removed = kept([*_MENU, *names, *_EN_TEXT])
    assert lost == [*_MENU, *names]
    assert ("edge-furniture", "Mike Turner") in removed


def test_a_signature_with_its_role_stays_and_the_footer_under_it_goes() -> None:
    signatures = ["La directrice, Mme Perrin", "La secrétaire de séance, Mme Roussel"]
    lost, removed = kept([*_FR_TEXT, *signatures, *_FR_FOOTER])
    assert lost == _FR_FOOTER
    assert ("edge-furniture", "Académie de Nantes") in removed


def test_names_with_no_role_under_the_text_still_go_with_the_footer() -> None:
    names = ["Mme Perrin", "Mme Roussel"]
    lost, removed = kept([*_FR_TEXT, *names, *_FR_FOOTER])
    assert lost == [*names, *_FR_FOOTER]
    assert ("edge-furniture", "Mme Perrin") in removed


def test_the_date_under_the_chairs_signature_stays_and_a_bare_date_over_the_text_goes() -> None:
    footer = ["Parks and Recreation", "Public Works", "Planning Department", "Maplewood Public Library"]
    signature = ["Signed (Chair): Jane Howell", "Date: 11 March 2026"]
    lost, _removed = kept([*_EN_TEXT, *signature, *footer])
    assert lost == footer
    lost, removed = kept(["Date: 11 March 2026", *_EN_TEXT])
    assert lost == ["Date: 11 March 2026"]
    assert removed == [("dateline", "Date: 11 March 2026")]


if __name__ == "__main__":
    report(CASES)
