# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""calls52: a probe of calls and announcements whose article is made of instructions, deadlines and lists, scraped as
text (10 of the 20 blind pages as an extractor leaves them, 10 as all the visible text of the page), in en, de, fr,
es, it, pt and nl: a conference's call for papers (en) and a colloquium's "appel à communications" (fr), a research
council's funding call (en), a ministry's "Förderaufruf" (de), a fund's "open oproep" (nl), a Brazilian "edital" of
grants (pt), a Spanish university's "convocatoria de becas", public tenders (a French "avis d'appel public à la
concurrence", a German "Öffentliche Ausschreibung"), contests with their rules (a photo contest, en and es "Bases del
concurso"; a school writing contest, de; a short-story contest, fr "Règlement du concours"; a literary prize, it; a
school drawing contest, pt "Regulamento"), a casting call (en), a call for volunteers (it), a city's public
consultation (en "Have your say", nl "Praat mee") and a news story announcing a race's registration (en).

- the article (``A``): the calls' own imperatives ("Submit your paper via the online form …", "Register online …",
  "Send your CV, headshot and … to casting@…", "Email your comments to riverside@…", "Einreichung bis 31. März 2027"),
  the label lines of deadlines ("Deadline: …", "Frist: …", "Date limite : …", "Plazo: …", "Scadenza: …",
  "Inscrições: …", "Closing date: …"), "Important dates" and "Calendrier" lists, eligibility lists, prize lists with
  amounts, the lots of a tender, the contact rows ("Contact: …@…", "Ansprechpartnerin: …" over "E-Mail: …" and
  "Telefon: …", "Dúvidas: …@…", "Más información: …@… o en el teléfono …", "Comité d'organisation : …"), the rules'
  headings ("Terms and conditions", "Teilnahmebedingungen", "Bases del concurso", "Règlement du concours") with the
  rules under them, "Entrants must subscribe to our free competitions newsletter …", the closing "Good luck!", "Viel
  Glück!", "¡Mucha suerte!", "Bonne chance à toutes et à tous !";
- the residue (``R``): menus, breadcrumbs, cookie banners, share rows, downloads, boxes of related calls ("Related
  calls", "Otras convocatorias", "Autres avis", "Weitere Ausschreibungen" over their titles), newsletter boxes,
  bylines and stamps, comments, footers;
- ``T``: headlines, deks, the call's title and its date line under it.

- round 1, blind (written before reading the passes): 20 pages, 281 ``A`` lines, 278 ``R``, 24 ``T``. Measured on base
  3fa73daf: lost 9, left 7. The losses: the contact rows closing a call, read as the first lines of the footer's run
  (edge-furniture: "Contact: icdl2027-pc@…", "Dúvidas: ic@fap.example", "Comité d'organisation : Claire Martin, …"),
  the e-mail row of a contact box read as the author's address (edge-link), the call's own instruction with an
  address read as an opinion page's call for letters (copyright: "Send your CV … to casting@…", "Email your comments
  to riverside@…"), "Terms and conditions" over the contest's rules read as a footer's link (site-chrome), "Más
  información: …@…" read as a promo label over a teaser (promo-label), and a Dutch "Maak een account aan in het
  aanvraagportaal …" read as a sign-up call. Left: two-line boxes of related calls under their heading (de, fr, es:
  too few for a headline run), a German newsletter box's pitch, an American local site's stamp of two dates.
- after: lost 0, left 0.
- round 2, aimed at the changes: 5 pages (3 extracts, 2 full), 40 ``A``, 52 ``R``, 5 ``T``: the rules' headings
  between sentences in de, it, pt, nl (and "Terms and conditions" / "Teilnahmebedingungen" among a footer's links),
  contact rows at the tail in de, it, pt, nl (and a site's "Contact: newsdesk@…" under its footer, the call for
  letters under a story), boxes of other calls in en, de, it, pt, nl and the stories' sentences opening on the same
  words ("Other competitions this spring include …", "Altri bandi per il commercio saranno pubblicati …"), a Dutch
  account call that names where it is made, in the text ("Maak een account aan in de app van de gemeente …").
  On base 3fa73daf: lost 3, left 8. After: lost 0, left 0.

The changes:

- ``cleaner/passes/edge_calls.py`` (new, compiled), five guards each called by one line:
  ``calls_kept`` (edge-furniture, the tail): up to three contact rows right under the article's last kept line, the
  first opening on a call's contact label closed by its colon with a value after it (table
  ``structure.call_contact_label``), the rows under it that or the box's address and phone under their labels; they
  count in the run as closers, so the footer under them still goes. ``under_contact_row`` (edge-link): an e-mail row
  right under such a contact row is the call's box, no author's address. ``rules_heading`` (site-chrome): a rules
  heading (table ``structure.rules_heading``) right under a sentence of the article and over a rule of eight words
  or more, a sentence, stays. ``contact_promo_rows`` (promo-label's new ``spared``): a label's line holding an e-mail
  address is a contact row, no teaser. ``call_instructions`` (copyright): a line the call-for-letters table takes
  that holds an address, names no letter, question or story, and stands between the article's first and last
  paragraphs is the call's own instruction.
- ``structure.call_contact_label``, ``structure.rules_heading`` (new keeping tables, language-neutral ``any``: en, de,
  fr, es, it, pt, nl).
- ``promos.box_heading`` (en, de, fr, es, it, pt, nl): a call page's box of other calls over two titles or more
  ("Other calls", "Weitere Ausschreibungen", "Autres avis", "Otras convocatorias", "Altri bandi", "Outros editais",
  "Andere oproepen").
- ``signup.newsletter`` (de): a newsletter box's pitch naming the inbox ("Die wichtigsten Nachrichten aus der Region
  jeden Morgen in Ihrem Postfach.").
- ``metadata.dateline`` (en): a stamp of two dates with no label before the first ("Jan 10, 2027 Updated Jan 10,
  2027", "Mar 3, 2027 Updated 4:15 pm").
- ``signup.newsletter`` (nl, narrowed): "Maak een account aan in het/de …" names where the account is made, as "bij",
  "op", "voor", "via" already did: the call's instruction, no site's sign-up.

Each removing entry has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``); each guard has
its tests both ways (the kept lines, and the same shapes that still go: a "Contact:" with no value, a contact row
under the footer's links, an e-mail row with no contact label over it, "Terms and conditions" among links, a call
for letters between two paragraphs or an instruction under the last, a teaser under "Más información:").

No retag after the blind round. Nothing left, nothing lost.

``python tests/test_calls52.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
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
    # ===== a university conference's call for papers, full page: menu, cookie banner, the call with its topics list,
    # "Important dates" one a line, submission instructions, contact, footer
    "en_cfp_conference_full": """\
R Skip to content
R We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.
R Accept
R Manage preferences
R ICDL 2027
R Home
R Call for Papers
R Programme
R Registration
R Venue
R Committees
R Contact
T Call for Papers
T 14th International Conference on Digital Libraries (ICDL 2027), Leiden, 6–8 September 2027
A The 14th International Conference on Digital Libraries invites submissions of original research papers, short papers, posters and demonstrations on all aspects of digital libraries and archives.
A This year's theme is "Memory at scale: archives, AI and the public record".
A Topics of interest include, but are not limited to:
A Digital preservation and long-term access
A Metadata, linked data and knowledge graphs
A Machine learning for archival description
A User studies and information behaviour
A Copyright, licensing and open access
A Important dates
A Abstract submission: 15 March 2027
A Full paper submission: 29 March 2027
A Notification of acceptance: 31 May 2027
A Camera-ready deadline: 21 June 2027
A Conference: 6–8 September 2027
A Submission guidelines
A Full papers must not exceed 12 pages including references; short papers are limited to 6 pages.
A Submit your paper via the online form on EasyChair by 29 March 2027.
A All submissions will be double-blind peer reviewed by at least three members of the programme committee.
A Accepted papers will be published in the conference proceedings, and at least one author of each accepted paper must register for the conference.
A Contact: icdl2027-pc@leiden.example
R Share this page
R Facebook
R X
R LinkedIn
R Related calls
R Call for Workshops
R Call for Tutorials
R Doctoral Consortium
R Subscribe to our newsletter
R © 2027 ICDL Organising Committee
R Privacy
R Imprint
""",
    # ===== a photo magazine's contest announcement, extract: byline and stamp, the rules with "How to enter", prizes
    # with amounts, "Terms and conditions" and its rules, "Good luck!"; then share row, newsletter box, comments
    "en_photo_contest_extract": """\
T Enter our 2027 Wildlife Photographer competition
T Win £2,000 and see your image in print
R By Sarah Holt
R Published 3 January 2027, 10:00 GMT
A Our annual wildlife photography competition is back, and this year we are looking for images that show animals living alongside people in towns and cities.
A Whether it's a fox on a garden wall or starlings over a shopping centre, we want to see it.
A How to enter
A Upload up to three images through our competition page.
A Each image must be a JPEG of at least 3,000 pixels on the longest side.
A Include a caption of no more than 50 words explaining where and how the photo was taken.
A The closing date is midnight on 28 February 2027.
A Prizes
A 1st prize: £2,000 and a Nikon Z6 III body
A 2nd prize: £750
A 3rd prize: £250
A Ten runners-up will each receive a year's subscription to the magazine.
A Terms and conditions
A The competition is open to UK residents aged 16 and over, excluding employees of the publisher and their families.
A Entrants must subscribe to our free competitions newsletter to receive the result.
A Images must not have been published before or won a prize in another competition.
A The judges' decision is final and no correspondence will be entered into.
A Good luck!
R Share this article
R Facebook
R Twitter
R Pinterest
R Email
R Sign up to our newsletter for the best photography tips, gear reviews and competitions straight to your inbox.
R Your email address
R Sign up
R Comments (12)
R Mike_P
R Does it have to be a wild animal? My cat is basically feral.
R Reply
R Jen Wallace
R Great theme this year, can't wait to get out with the long lens.
R Reply
""",
    # ===== a research council's funding call, extract: eligibility bullet list, budget, how to apply, deadline label,
    # contact with e-mail and phone; then "Related funding" teasers and a copyright tail
    "en_grant_call_extract": """\
T Funding call: Climate adaptation in coastal communities
A The Research Council invites applications for interdisciplinary projects that help coastal communities adapt to rising sea levels and more frequent storms.
A Projects should involve at least one community partner, such as a local authority, a harbour trust or a residents' association.
A Who can apply
A Researchers employed at an eligible UK research organisation
A Early-career researchers within eight years of their PhD
A Teams of up to five co-investigators, from at least two disciplines
A Funding available
A The total budget for this call is £6 million. We expect to fund between eight and twelve projects of up to £600,000 each, for up to 36 months.
A How to apply
A Register on the Funding Service and start an application under this call.
A Attach a case for support of no more than six pages and a letter of commitment from each partner.
A Applications must be submitted by your research office.
A Deadline: 16:00 UK time on 22 April 2027
A We will hold a webinar for applicants on 10 February 2027. Register online to receive the link.
A Contact: coastal.calls@research.example
A Telephone: 01793 444 000
R Related funding
R Net zero transport: feasibility studies
R Open: 14 January 2027 – Closing: 3 March 2027
R Healthy ageing networks
R Open: 1 February 2027 – Closing: 30 April 2027
R This is the website for the Research Council.
R © Research Council 2027
""",
    # ===== a city's public consultation page, full page: menu, "Have your say", what we propose, how to comment,
    # "Submit your comments by …", events list, then feedback widget and footer
    "en_city_consultation_full": """\
R Skip to main content
R Brighford City Council
R Menu
R Search this site
R Bins and recycling
R Council tax
R Parking
R Planning
R Have your say
R Home
R Have your say
R Consultations
T Have your say on the new Riverside cycle route
T Consultation open: 12 January 2027 to 23 February 2027
A We are proposing a two-way protected cycle track along Riverside Road, between the railway station and Hartley Park.
A The scheme would remove 46 on-street parking spaces and add two new pedestrian crossings.
A We want to hear from residents, businesses and anyone who travels along Riverside Road.
A What we are proposing
A A kerb-separated cycle track on the river side of the road
A A 20mph speed limit between Mill Lane and Station Approach
A Loading bays for shops at the northern end
A How to have your say
A Fill in the online survey, which takes about ten minutes.
A Email your comments to riverside@brighford.example
A Write to: Riverside Consultation, Brighford City Council, Town Hall, Brighford BR1 1AA
A Submit your comments by 23 February 2027.
A Drop-in events
A Saturday 23 January, 10am to 1pm, Central Library
A Wednesday 3 February, 4pm to 7pm, Hartley Park Pavilion
A Paper copies of the survey are available at both events and at the library.
A What happens next
A We will publish a summary of the responses in spring 2027, and the cabinet will decide whether to go ahead in June.
R Was this page useful?
R Yes
R No
R Follow us
R Facebook
R Instagram
R YouTube
R Contact the council
R Accessibility statement
R Cookies
R © Brighford City Council 2027
""",
    # ===== a German state ministry's funding call, full page: menu, cookie banner, the call with "Wer kann sich
    # bewerben?" list, budget, "Einreichung bis …", "Frist:" label line, contact; footer
    "de_foerderaufruf_full": """\
R Zum Inhalt springen
R Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.
R Einverstanden
R Mehr erfahren
R Ministerium für Kultur und Wissenschaft
R Startseite
R Themen
R Förderung
R Presse
R Service
R Kontakt
R Sie sind hier:
R Startseite
R Förderung
R Aufrufe
T Förderaufruf „Digitale Kulturvermittlung 2027“
A Das Ministerium fördert auch im Jahr 2027 Projekte, die kulturelle Angebote mit digitalen Mitteln neuen Zielgruppen zugänglich machen.
A Gefördert werden Vorhaben von Museen, Theatern, Bibliotheken, Archiven und soziokulturellen Zentren im Land.
A Wer kann sich bewerben?
A Kommunale und freie Kultureinrichtungen mit Sitz im Land
A Vereine und gemeinnützige GmbHs
A Zusammenschlüsse mehrerer Einrichtungen
A Förderumfang
A Je Projekt können bis zu 80.000 Euro beantragt werden. Der Eigenanteil beträgt mindestens 10 Prozent.
A So bewerben Sie sich
A Füllen Sie das Antragsformular aus und laden Sie es mit einer Projektbeschreibung von höchstens fünf Seiten im Förderportal hoch.
A Einreichung bis 31. März 2027
A Frist: 31. März 2027, 23:59 Uhr
A Die Jury entscheidet im Mai 2027; die Projekte können ab Juli beginnen.
A Ansprechpartnerin: Dr. Katrin Wolff
A E-Mail: foerderung@mkw.example
A Telefon: 0211 837-2410
R Downloads
R Förderrichtlinie (PDF, 312 KB)
R Antragsformular (DOCX, 48 KB)
R Seite teilen
R Drucken
R Impressum
R Datenschutz
R Barrierefreiheit
R © 2027 Ministerium für Kultur und Wissenschaft
""",
    # ===== a regional paper's announcement of a school writing contest, extract: byline, the rules, prizes,
    # "Teilnahmebedingungen" heading with the rules, "Viel Glück!"; then newsletter box, more articles, comments
    "de_schreibwettbewerb_extract": """\
T Schreibwettbewerb für Schüler: „Meine Stadt in 50 Jahren“
R Von Jonas Berger
R 12.01.2027, 06:30 Uhr
R Lesezeit: 3 Minuten
A Wie sieht unsere Stadt im Jahr 2077 aus? Diese Frage stellen die Stadtbibliothek und unsere Zeitung allen Schülerinnen und Schülern der Klassen 5 bis 10.
A Gesucht sind Geschichten, Gedichte oder Reportagen aus der Zukunft, höchstens drei Seiten lang.
A So machen Sie mit:
A Text als PDF an wettbewerb@stadtbibliothek.example schicken
A Name, Alter, Schule und Klasse angeben
A Einsendeschluss: 15. März 2027
A Preise
A 1. Preis: 300 Euro und Veröffentlichung in unserer Zeitung
A 2. Preis: 200 Euro
A 3. Preis: 100 Euro
A Alle Teilnehmenden erhalten eine Urkunde und einen Gutschein für die Stadtbibliothek.
A Teilnahmebedingungen
A Jede Schülerin und jeder Schüler darf nur einen Text einreichen. Die Texte müssen selbst geschrieben sein.
A Mit der Einsendung erklären sich die Eltern mit der Veröffentlichung von Name und Foto einverstanden.
A Viel Glück!
R Newsletter
R Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.
R Jetzt abonnieren
R Mehr zum Thema
R Bibliothek verlängert Öffnungszeiten am Samstag
R Lesesommer: Rekord bei den Ausleihen
R Kommentare
R Melden Sie sich an, um zu kommentieren.
""",
    # ===== a French learned society's call for papers, extract: the "Appel à communications" with its axes,
    # "Calendrier" dates one a line, "Modalités de soumission", "Date limite :", contact; then share row and tags
    "fr_appel_communications_extract": """\
T Appel à communications – Colloque « Villes et fleuves au XIXe siècle »
T Lyon, 18-19 novembre 2027
A Le laboratoire d'histoire urbaine organise un colloque international consacré aux relations entre les villes et leurs fleuves au XIXe siècle.
A Les propositions pourront s'inscrire dans l'un des axes suivants :
A Aménagements des quais et des berges
A Crues, inondations et gestion des risques
A Navigation, commerce et industrie
A Représentations littéraires et artistiques du fleuve
A Modalités de soumission
A Les propositions (titre, résumé de 500 mots maximum, courte bio-bibliographie) sont à envoyer à l'adresse colloque.fleuves@univ-lyon.example.
A Date limite : 15 avril 2027
A Calendrier
A 15 avril 2027 : date limite d'envoi des propositions
A 31 mai 2027 : notification aux auteurs
A 18-19 novembre 2027 : colloque
A Les communications pourront être présentées en français ou en anglais. Une publication des actes est prévue.
A Comité d'organisation : Claire Martin, Hugo Lefèvre, Amina Diallo
R Partager
R Facebook
R Twitter
R Courriel
R Mots-clés : histoire urbaine, fleuves, XIXe siècle, colloque
R Publié par Fabula le 10 janvier 2027
""",
    # ===== a French municipality's public tender notice, full page: menu, breadcrumb, the "avis d'appel public à la
    # concurrence" with lots, deadline, contact; related notices; footer
    "fr_appel_offres_full": """\
R Aller au contenu
R Ville de Saint-Amand
R Ma mairie
R Vivre à Saint-Amand
R Démarches
R Marchés publics
R Agenda
R Accueil
R Marchés publics
R Avis en cours
T Avis d'appel public à la concurrence – Entretien des espaces verts 2027-2030
A Pouvoir adjudicateur : Ville de Saint-Amand, Hôtel de Ville, 1 place de la République, 59230 Saint-Amand.
A Objet du marché : entretien des espaces verts, des cimetières et des terrains de sport de la commune.
A Procédure : appel d'offres ouvert.
A Le marché est divisé en trois lots :
A Lot 1 : Parcs et jardins
A Lot 2 : Cimetières
A Lot 3 : Terrains de sport
A Durée : un an à compter du 1er avril 2027, reconductible trois fois.
A Critères d'attribution : prix (40 %), valeur technique (50 %), performance environnementale (10 %).
A Le dossier de consultation est téléchargeable gratuitement sur la plateforme des marchés publics.
A Date limite de réception des offres : 24 février 2027 à 12h00
A Renseignements administratifs : service de la commande publique, marches@saint-amand.example, tél. 03 27 22 48 00
R Autres avis
R Fourniture de repas pour la restauration scolaire
R Travaux de réfection de la toiture de l'école Jules-Ferry
R Partager sur Facebook
R Imprimer
R Mentions légales
R Plan du site
R Accessibilité
R Gestion des cookies
R © Ville de Saint-Amand 2027
""",
    # ===== a Spanish university's scholarship call, full page: menu, cookie banner, "Requisitos" list, "Dotación",
    # "Plazo:" label line, "Cómo solicitarla", contact; related calls; footer
    "es_convocatoria_becas_full": """\
R Ir al contenido principal
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
R Universidad de Almería
R Estudios
R Investigación
R Internacional
R Vida universitaria
R Sede electrónica
R Inicio
R Becas y ayudas
T Convocatoria de becas de movilidad internacional para el curso 2027-2028
A La Universidad convoca 120 becas para que estudiantes de grado realicen un semestre en universidades socias de América Latina y Asia.
A Requisitos
A Estar matriculado en el tercer o cuarto curso de un grado
A Tener una nota media mínima de 7,0
A Acreditar un nivel B2 del idioma del país de destino
A Dotación
A Cada beca incluye 700 euros al mes durante cinco meses y una ayuda de viaje de hasta 1.200 euros.
A Cómo solicitarla
A Rellene el formulario de solicitud en la sede electrónica y adjunte el certificado de idioma.
A Plazo: del 10 de enero al 14 de febrero de 2027
A La resolución provisional se publicará en el tablón de anuncios de la sede electrónica en marzo.
A Más información: movilidad@ual.example o en el teléfono 950 015 000
R Otras convocatorias
R Becas de colaboración en departamentos
R Ayudas para el aprendizaje de idiomas
R Compartir en Facebook
R Compartir en X
R Aviso legal
R Política de privacidad
R Accesibilidad
R © Universidad de Almería 2027
""",
    # ===== a Spanish town hall's photo contest, extract: "Bases del concurso" heading with numbered rules, prizes
    # with amounts, "Plazo de presentación", "¡Mucha suerte!"; then share row, comments
    "es_concurso_fotografia_extract": """\
T El Ayuntamiento convoca el XV Concurso de Fotografía «Rincones de Teruel»
R Redacción
R 08/01/2027 - 11:45
A El Ayuntamiento ha abierto la convocatoria de la decimoquinta edición de su concurso de fotografía, dedicado este año a los rincones menos conocidos de la ciudad.
A Podrán participar todas las personas mayores de 16 años, aficionadas o profesionales.
A Bases del concurso
A 1. Cada participante podrá presentar un máximo de tres fotografías, en color o blanco y negro.
A 2. Las imágenes deberán enviarse en formato JPG a concursofoto@teruel.example, indicando nombre, apellidos y teléfono.
A 3. No se admitirán fotografías manipuladas digitalmente más allá de ajustes básicos.
A 4. El jurado estará formado por tres fotógrafos profesionales y una persona del área de Cultura.
A Premios
A Primer premio: 600 euros
A Segundo premio: 300 euros
A Tercer premio: 150 euros
A Plazo de presentación: hasta el 31 de marzo de 2027
A Las obras premiadas se expondrán en la Casa de la Cultura durante el mes de mayo.
A ¡Mucha suerte!
R Comparte esta noticia
R Facebook
R Twitter
R WhatsApp
R Comentarios
R Escribe tu comentario
R Normas de uso
""",
    # ===== an Italian regional paper's story on a national writing prize, extract: byline, the "bando" with
    # "Requisiti", "Come partecipare", "Scadenza:" label, prize list, contact; then newsletter box, related articles
    "it_bando_concorso_extract": """\
T Premio letterario «Racconti del lago»: il bando della nona edizione
R di Giulia Ferraro
R 15 gennaio 2027
A È stato pubblicato il bando della nona edizione del premio letterario «Racconti del lago», promosso dal Comune di Como e dalla biblioteca civica.
A Il concorso è riservato a racconti inediti in lingua italiana, ambientati sul lago o nei suoi dintorni.
A Requisiti
A Età minima di 18 anni
A Un solo racconto per autore, massimo 15.000 battute spazi inclusi
A Come partecipare
A Inviare il racconto in formato PDF all'indirizzo premio@bibliotecacomo.example, insieme al modulo di iscrizione firmato.
A Scadenza: 30 aprile 2027
A I premi
A Primo classificato: 1.500 euro
A Secondo classificato: 800 euro
A Terzo classificato: 400 euro
A I dieci racconti finalisti saranno pubblicati in un'antologia.
A La premiazione si terrà sabato 25 settembre a Villa Olmo.
A Per informazioni: 031 252 450
R Iscriviti alla newsletter
R Ricevi ogni mattina le notizie di Como e provincia
R Leggi anche
R Como, la biblioteca civica apre anche la domenica
R Premio Bancarella, ecco la cinquina
R Riproduzione riservata
""",
    # ===== an Italian association's call for volunteers, full page: menu, cookie banner, "Cerchiamo volontari",
    # what we ask and offer, "Come candidarsi", deadline; footer with tax code
    "it_volontari_full": """\
R Salta al contenuto
R Questo sito utilizza cookie tecnici e di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie.
R Accetta tutti
R Rifiuta
R Festival della Letteratura di Mantova
R Il festival
R Programma
R Biglietti
R Volontari
R Sostienici
R Contatti
T Cerchiamo volontari per l'edizione 2027
A Anche quest'anno il festival cerca volontari per accogliere il pubblico, accompagnare gli autori e gestire gli spazi degli incontri dal 8 al 12 settembre.
A Cosa chiediamo
A Avere almeno 16 anni
A Essere disponibili per almeno tre giorni del festival
A Partecipare a una giornata di formazione a fine agosto
A Cosa offriamo
A Una maglietta del festival, i pasti nei giorni di servizio e l'ingresso gratuito agli eventi
A Come candidarsi
A Compila il modulo online entro il 31 maggio 2027.
A Riceverai una email di conferma e sarai contattato per un breve colloquio.
A Per domande scrivi a volontari@festivalmantova.example.
R Seguici
R Facebook
R Instagram
R YouTube
R Iscriviti alla newsletter
R Festival della Letteratura – Via Accademia 47, Mantova – C.F. 93014890203
R Privacy policy
R Cookie policy
""",
    # ===== a Brazilian research foundation's call, extract: "Edital" with eligibility, values, "Inscrições:" label,
    # how to apply, contact; then share row and copyright
    "pt_edital_bolsas_extract": """\
T Fundação abre edital de bolsas de iniciação científica para 2027
R Publicado em 11/01/2027 09h20
R Atualizado em 11/01/2027 15h02
A A Fundação de Amparo à Pesquisa lançou o edital que vai conceder 400 bolsas de iniciação científica a estudantes de graduação de instituições públicas e privadas do estado.
A Quem pode participar
A Estudantes regularmente matriculados em curso de graduação
A Ter coeficiente de rendimento igual ou superior a 6,0
A Não possuir vínculo empregatício
A Valor da bolsa
A Cada bolsa terá o valor mensal de R$ 700,00, pelo período de doze meses.
A Inscrições: de 15 de janeiro a 28 de fevereiro de 2027
A Como se inscrever
A O orientador deve cadastrar a proposta no sistema online da Fundação e anexar o plano de trabalho do estudante.
A O resultado será divulgado em abril de 2027.
A Dúvidas: ic@fap.example
R Compartilhe:
R Facebook
R Twitter
R WhatsApp
R Todos os direitos reservados
""",
    # ===== a Portuguese municipality's school contest, full page: menu, the "Regulamento" with rules, prizes,
    # "Prazo:" label, contacts; more news; footer
    "pt_concurso_escolar_full": """\
R Saltar para o conteúdo
R Este site utiliza cookies para melhorar a sua experiência de navegação.
R Aceitar
R Município de Viseu
R Município
R Viver
R Investir
R Visitar
R Notícias
R Agenda
R Início
R Notícias
T Concurso escolar «Desenha a tua escola do futuro»
A O Município de Viseu lança um concurso de desenho dirigido aos alunos do 1.º e 2.º ciclos das escolas do concelho.
A Os trabalhos devem representar a escola ideal dos participantes, usando qualquer técnica de desenho ou pintura em formato A3.
A Regulamento
A Cada turma pode apresentar até cinco trabalhos.
A Os trabalhos devem ser entregues na Divisão de Educação, identificados no verso com o nome do aluno, da turma e da escola.
A O júri é composto por dois professores de Educação Visual e um ilustrador convidado.
A Prémios
A 1.º prémio: material escolar no valor de 500 euros para a turma
A 2.º prémio: material escolar no valor de 300 euros
A 3.º prémio: visita de estudo ao Museu Grão Vasco
A Prazo: 26 de março de 2027
A Contactos: educacao@cm-viseu.example | 232 427 427
R Outras notícias
R Feira de São Mateus abre inscrições para expositores
R Novo parque infantil no Fontelo
R Partilhar
R Subscreva a nossa newsletter
R Política de privacidade
R © 2027 Município de Viseu
""",
    # ===== a Dutch fund's subsidy call, extract: "Wie kan aanvragen?", budget, "Deadline:" label, "Zo dien je in",
    # contact; then related items and a newsletter box
    "nl_subsidieoproep_extract": """\
T Open oproep: Talentontwikkeling jonge makers 2027
A Het Fonds roept jonge makers in de podiumkunsten op om een aanvraag in te dienen voor een ontwikkeltraject van één jaar.
A Met de regeling willen we makers de ruimte geven om te experimenteren, zonder dat er direct een voorstelling hoeft te komen.
A Wie kan aanvragen?
A Makers tot en met 35 jaar
A Met een afgeronde kunstvakopleiding of ten minste twee jaar beroepservaring
A Met een coach of begeleidende instelling
A Budget
A Per aanvraag is maximaal € 40.000 beschikbaar. Er is in totaal € 1,2 miljoen te verdelen.
A Zo dien je in
A Maak een account aan in het aanvraagportaal en vul het aanvraagformulier in.
A Voeg een motivatie, een werkplan en een begroting toe.
A Deadline: 1 maart 2027, 17.00 uur
A Wil je eerst sparren over je plan? Meld je aan voor het online spreekuur op 2 februari.
A Vragen? Neem contact op met Sanne de Wit via talent@fonds.example of 030 230 44 00.
R Gerelateerd
R Regeling Internationale Presentaties
R Open oproep: Festivals 2027
R Blijf op de hoogte
R Schrijf je in voor onze nieuwsbrief
R Aanmelden
""",
    # ===== a Dutch municipality's public consultation (inspraak), full page: menu, "Praat mee", the plan, how to
    # react, "Reageren kan tot en met …", information evenings; footer
    "nl_inspraak_consultatie_full": """\
R Naar de inhoud
R Gemeente Zwolle
R Wonen en leven
R Ondernemen
R Bestuur en organisatie
R Contact
R Zoeken
R Home
R Bestuur en organisatie
R Inspraak
T Praat mee over het nieuwe parkeerbeleid in de binnenstad
A De gemeente wil het parkeren in de binnenstad anders regelen. Bewoners krijgen meer ruimte, bezoekers parkeren vaker in de garages aan de rand.
A Het voorstel in het kort:
A Een nieuwe vergunningszone rond het Stationsplein
A Hogere tarieven op straat, lagere in de garages
A Twintig extra laadpalen voor elektrische auto's
A Zo kunt u reageren
A Vul de online vragenlijst in op de website van de gemeente.
A Stuur een e-mail naar parkeren@zwolle.example
A Bel met het klantcontactcentrum via 14 038
A Reageren kan tot en met 28 februari 2027.
A Informatieavonden
A Dinsdag 26 januari, 19.30 uur, Stadhuis
A Donderdag 4 februari, 19.30 uur, Wijkcentrum Holtenbroek
A De gemeenteraad neemt in juni een besluit over het nieuwe beleid.
R Deel deze pagina
R Facebook
R LinkedIn
R WhatsApp
R Volg ons
R Proclaimer
R Privacy
R Cookies
R Toegankelijkheid
""",
    # ===== a theatre's casting call, extract: what we're looking for (roles one a line), how to apply, audition
    # dates, "Closing date:" label; then share row, "More opportunities" teasers
    "en_casting_call_extract": """\
T Casting call: "The Lighthouse Keeper's Daughter"
R Posted by Northgate Theatre on 9 January 2027
A Northgate Theatre is casting for its spring production of "The Lighthouse Keeper's Daughter", a new play by Ruth Adair, directed by Tom Haskins.
A Rehearsals begin on 1 March 2027 and the show runs from 2 to 24 April.
A Roles
A Ellen, 20s–30s, the daughter: a strong singing voice is essential
A Thomas, 60s, the keeper
A Mrs Penrose, 50s, the postmistress
A This is a paid production. All roles are paid at Equity rates.
A How to apply
A Send your CV, headshot and a link to a self-tape of one of the monologues to casting@northgate.example.
A Put the role you are applying for in the subject line.
A Closing date: 30 January 2027
A Auditions will be held at the theatre on 6 and 7 February.
A We welcome applications from actors of all backgrounds and disabled actors.
R Share
R Facebook
R X
R Email
R More opportunities
R Stage manager (maternity cover)
R Youth theatre facilitator
""",
    # ===== a German city's tender notice on a news portal, extract: "Öffentliche Ausschreibung" with lots,
    # "Angebotsfrist:" label, "Auskünfte:" contact; then "Weitere Ausschreibungen", copyright
    "de_vergabe_extract": """\
T Öffentliche Ausschreibung: Sanierung der Sporthalle Nord
R Veröffentlicht am 14.01.2027
A Die Stadt Erfurt schreibt die Bauleistungen für die energetische Sanierung der Sporthalle Nord öffentlich nach VOB/A aus.
A Die Leistungen sind in folgende Lose aufgeteilt:
A Los 1: Dach- und Klempnerarbeiten
A Los 2: Fenster und Fassade
A Los 3: Heizung und Lüftung
A Ausführungszeitraum: 1. Juni bis 30. November 2027
A Die Vergabeunterlagen stehen auf der Vergabeplattform des Landes kostenlos zum Download bereit.
A Angebotsfrist: 18. Februar 2027, 10:00 Uhr
A Bindefrist: 31. März 2027
A Auskünfte: Amt für Bauverwaltung, vergabe@erfurt.example, Tel. 0361 655-1234
R Weitere Ausschreibungen
R Lieferung von Streusalz für den Winterdienst
R Reinigung städtischer Verwaltungsgebäude
R © 2027 Stadtportal Erfurt
""",
    # ===== a French literary short-story contest, full page: menu, cookie banner, "Règlement du concours" with
    # articles, prizes, "Date limite d'envoi :", "Bonne chance à toutes et à tous !"; footer with newsletter box
    "fr_concours_nouvelles_full": """\
R Aller au contenu principal
R Nous utilisons des cookies pour mesurer l'audience de notre site. Vous pouvez accepter ou refuser ces cookies.
R Tout accepter
R Tout refuser
R Médiathèque de Quimper
R Accueil
R Catalogue
R Agenda
R Services
R Infos pratiques
T Concours de nouvelles 2027 : « Le voyage »
A Pour la huitième année, la médiathèque organise un concours de nouvelles ouvert à tous les habitants du département.
A Le thème de cette édition est « Le voyage ».
A Règlement du concours
A Article 1 : le concours est ouvert à toute personne âgée de 12 ans et plus.
A Article 2 : la nouvelle, inédite, ne doit pas dépasser 10 000 signes.
A Article 3 : un seul texte par participant.
A Article 4 : les textes sont à envoyer par courriel à concours@mediatheque-quimper.example, au format PDF.
A Date limite d'envoi : 31 mars 2027
A Prix
A Catégorie adultes : 300 € en bons d'achat
A Catégorie jeunes (12-17 ans) : 150 € en bons d'achat
A Les lauréats seront annoncés le 15 juin lors d'une soirée à la médiathèque.
A Bonne chance à toutes et à tous !
R Inscrivez-vous à notre lettre d'information
R Votre adresse e-mail
R S'inscrire
R Médiathèque de Quimper – 4 rue de la Providence
R Mentions légales
R Plan du site
R Accessibilité : partiellement conforme
""",
    # ===== a local news story announcing a city run's registration, extract: byline, the story with its own
    # "Register online …", "Registration closes …", the race list with fees, contact; then newsletter box, comments
    "en_run_registration_news_extract": """\
T Registration opens for the 2027 Riverside Half Marathon
R By Dan Cooper, Staff Writer
R Jan 10, 2027 Updated Jan 10, 2027
A Registration for the 2027 Riverside Half Marathon opened Monday, and organizers expect the 5,000 places to sell out within weeks.
A The race, now in its 20th year, will be held on Sunday, April 18, starting and finishing at Founders Park.
A "We sold out in nine days last year, so don't wait," race director Lisa Moreno said.
A Races and entry fees:
A Half marathon: $85
A 10K: $50
A 5K fun run: $30
A Kids' mile: free
A Register online at the race website. Registration closes March 31 or when the races sell out.
A Volunteers are also needed for water stations and the finish area. Anyone interested can email volunteers@riversidehalf.example.
A Subscribe to the race newsletter for course updates, the organizers said, because the route changes this year to avoid the bridge works.
R Sign up for our Morning Briefing newsletter
R Get the day's top local stories in your inbox.
R Sign up
R Comments
R Be the first to comment
R Log in to comment
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== a local paper's story on a contest, extract: a stamp of two dates, the story's own "Terms and conditions"
    # in a sentence, a rules list, "Other competitions" in a sentence; then the call for letters at the tail (still
    # residue), a box of other contests under "Other competitions", the paper's contact row under the footer's links
    "en_contest_news_extract": """\
T Library launches poetry prize for teenagers
R By Amy Walsh
R Feb 2, 2027 Updated Feb 3, 2027
A The county library service has launched a poetry prize for writers aged 13 to 18, with a first prize of £500 and publication in an anthology.
A Poems can be on any subject and up to 40 lines long. Entries close on 30 April.
A Terms and conditions
A Entrants must live or go to school in the county, and each writer may send up to two poems.
A Poems must be the entrant's own work and must not have been published before.
A The library said the terms and conditions were kept short on purpose so that nobody is put off entering.
A Send your poems to poetryprize@countylibraries.example, with your name, age and school.
A Other competitions this spring include a short story award run by the Westgate Book Festival and a photography contest for under-16s.
A "We want young people to see the library as a place where writing happens," said librarian Joe Pike.
R Send your letters to letters@dailyherald.example. Letters may be edited for length.
R Other competitions
R Westgate short story award opens for entries
R Under-16s photography contest: the winners
R Terms and conditions
R Privacy notice
R Cookie settings
R Contact: newsdesk@dailyherald.example
""",
    # ===== a German school portal's contest page, full page: menu, "Teilnahmebedingungen" between two sentences,
    # the contact box (Kontakt, E-Mail, Telefon) under the last line; a newsletter box's pitch, "Aktuelle
    # Wettbewerbe" over two titles, the footer's "Teilnahmebedingungen" among its links
    "de_wettbewerb_full": """\
R Zum Inhalt springen
R Bildungsportal Sachsen
R Schule
R Wettbewerbe
R Fortbildung
R Service
T Landeswettbewerb „Jugend debattiert“ 2027
A Auch 2027 richtet das Kultusministerium den Landeswettbewerb „Jugend debattiert“ für die Klassen 8 bis 13 aus.
A Die Schulen melden ihre Teams bis zum 15. Februar über das Anmeldeportal an.
A Teilnahmebedingungen
A Teilnehmen können Schülerinnen und Schüler aller weiterführenden Schulen im Freistaat, die im Schuljahr 2026/27 eine Schule in Sachsen besuchen.
A Jede Schule darf höchstens zwei Teams zum Regionalentscheid schicken.
A Die Teilnahmebedingungen wurden gegenüber dem Vorjahr vereinfacht, teilt das Ministerium mit.
A Kontakt: Landeskoordination „Jugend debattiert“, Referat 32
A E-Mail: debattiert@smk.example
A Telefon: 0351 564-2710
R Newsletter
R Die besten Geschichten aus unseren Schulen jeden Freitag in Ihrem Postfach.
R Jetzt anmelden
R Aktuelle Wettbewerbe
R Mathematik-Olympiade: Anmeldung zur zweiten Runde
R Schülerzeitungswettbewerb der Länder
R Impressum
R Teilnahmebedingungen
R Datenschutz
R Barrierefreiheit
""",
    # ===== an Italian town's call, extract: "Regolamento" between two sentences, the contact rows at the tail, an
    # article sentence opening on "Altri bandi", then a box "Altri bandi" over two titles and a share row
    "it_bando_comune_extract": """\
T Bando per le botteghe del centro storico: contributi fino a 10.000 euro
A Il Comune di Lucca ha pubblicato il bando che finanzia l'apertura di nuove botteghe artigiane nel centro storico.
A Il contributo copre fino al 50 per cento delle spese di avvio, con un massimo di 10.000 euro per impresa.
A Regolamento
A Possono partecipare le imprese artigiane che apriranno una sede in uno dei locali sfitti indicati nell'elenco del Comune.
A Le domande vanno presentate online entro il 31 marzo 2027.
A Altri bandi per il commercio saranno pubblicati in primavera, ha annunciato l'assessore.
A Per informazioni: Ufficio Attività produttive, suap@comune.lucca.example
A Telefono: 0583 442 100
R Altri bandi
R Contributi per le insegne storiche
R Bando per i dehors estivi 2027
R Condividi
R Facebook
R WhatsApp
""",
    # ===== a Portuguese university's call, full page: menu, cookie banner, "Regulamento" between two sentences, the
    # "Dúvidas:" row at the tail, then "Outros editais" over two titles; footer
    "pt_edital_universidade_full": """\
R Saltar para o conteúdo
R Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a sua utilização.
R Aceitar
R Universidade do Minho
R Ensino
R Investigação
R Candidaturas
R Notícias
T Prémio de Mérito Científico 2027: candidaturas abertas
A A Universidade abriu as candidaturas ao Prémio de Mérito Científico, que distingue todos os anos um investigador em início de carreira.
A O prémio tem o valor de 15.000 euros e inclui a publicação de uma monografia.
A Regulamento
A Podem candidatar-se investigadores doutorados há menos de oito anos, com contrato numa unidade de investigação da Universidade.
A As candidaturas são submetidas na plataforma da Reitoria até 30 de abril de 2027.
A Outros editais abertos este ano incluem bolsas de mobilidade e apoios à publicação, informou a Reitoria.
A Dúvidas: premio.merito@reitoria.uminho.example
R Outros editais
R Bolsas de mobilidade para doutorandos
R Apoio à publicação em acesso aberto
R Política de privacidade
R © 2027 Universidade do Minho
""",
    # ===== a Dutch newspaper's story on a city's prize contest, extract: the "Wedstrijdreglement" between two sentences,
    # "Vragen?" at the tail with its value, the story's sentence that opens "Maak een account aan in de app …"
    # (the city's instruction), then "Meer prijsvragen" over two titles, a newsletter box
    "nl_prijsvraag_extract": """\
T Gemeente zoekt ontwerp voor nieuwe stadsvlag: 'Iedereen mag meedoen'
R Door Eva Jansen
R 14 jan 2027 om 08:12
A De gemeente Utrecht schrijft een prijsvraag uit voor het ontwerp van een nieuwe stadsvlag. De winnaar krijgt 2.500 euro.
A Inzenden kan tot en met 15 maart via de website van de gemeente.
A Wedstrijdreglement
A Deelnemers moeten in Utrecht wonen of werken, en elk ontwerp moet op een A4 passen en in kleur worden aangeleverd.
A Een jury van vijf inwoners en twee ontwerpers kiest in april drie finalisten, waarna de stad mag stemmen.
A Maak een account aan in de app van de gemeente om te stemmen; dat kan vanaf 1 mei.
A Vragen? Neem contact op met het projectteam via stadsvlag@utrecht.example.
R Meer prijsvragen
R Ontwerp de nieuwe kerstboom voor het Vredenburgplein
R Bedenk een naam voor de nieuwe tram
R Schrijf je in voor de nieuwsbrief
R Elke ochtend het belangrijkste nieuws uit Utrecht in je mailbox.
""",
}

#: the residue left, by page, and why (none)
RESIDUE_LEFT: dict[str, int] = {}

#: the article lines a page is known to lose, and why (none)
KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: two article sentences of a page per language (the pages' third line a list's label), the residue line put before
#: or after them
TEXT = article_sentences(
    CASES, ["en_grant_call_extract", "de_schreibwettbewerb_extract", "fr_concours_nouvelles_full",
            "es_concurso_fotografia_extract", "it_bando_concorso_extract", "pt_concurso_escolar_full",
            "nl_subsidieoproep_extract"], count=2,
)

#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Jan 10, 2027 Updated Jan 10, 2027", "dateline"),
    ("en", "Mar 3, 2027 Updated 4:15 pm", "dateline"),
    ("de", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.", "newsletter-prompt"),
    ("de", "Die besten Geschichten aus unseren Schulen jeden Freitag in Ihrem Postfach.", "newsletter-prompt"),
    # (the Dutch account call still goes where it names no place it is made in)
    ("nl", "Maak een gratis account aan en lees onbeperkt.", "newsletter-prompt"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "The notice dated Jan 10, 2027 was updated on Jan 12, 2027, after the county found two errors in its figures."),
    ("en", "Other competitions this spring include a short story award run by the Westgate Book Festival."),
    ("de", "Die wichtigsten Nachrichten aus der Region landen jeden Morgen in Ihrem Postfach, verspricht der Verlag, doch nur wenige melden sich an."),
    ("de", "Weitere Ausschreibungen für den Schulbau will die Stadt im Herbst veröffentlichen, sagte die Baudezernentin."),
    ("fr", "Autres avis de marché attendus : la commune lancera en mars la rénovation de la salle des fêtes."),
    ("es", "Otras convocatorias de becas se abrirán en primavera, según anunció el vicerrector de Estudiantes."),
    ("it", "Altri bandi per il commercio saranno pubblicati in primavera, ha annunciato l'assessore."),
    ("pt", "Outros editais abertos este ano incluem bolsas de mobilidade e apoios à publicação, informou a Reitoria."),
    ("nl", "Andere oproepen van het fonds, zoals die voor festivals, sluiten pas in het najaar, zegt de directeur."),
    ("nl", "Maak een account aan in de app van de gemeente om te stemmen; dat kan vanaf 1 mei."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- teaser-box: a box of other calls under its heading, both ways -------------------------------------------------

#: (language, the box's heading, two titles under it)
BOXES = [
    ("en", "Other calls", ["Net zero transport: feasibility studies", "Healthy ageing research networks"]),
    ("de", "Weitere Ausschreibungen", ["Lieferung von Streusalz für den Winterdienst", "Reinigung städtischer Verwaltungsgebäude"]),
    ("fr", "Autres avis", ["Fourniture de repas pour la restauration scolaire", "Travaux de réfection de la toiture de l'école Jules-Ferry"]),
    ("es", "Otras convocatorias", ["Becas de colaboración en departamentos", "Ayudas para el aprendizaje de idiomas"]),
    ("it", "Altri bandi", ["Contributi per le insegne storiche", "Bando per i dehors estivi 2027"]),
    ("pt", "Outros editais", ["Bolsas de mobilidade para doutorandos", "Apoio à publicação em acesso aberto"]),
    ("nl", "Andere oproepen", ["Regeling Internationale Presentaties", "Open oproep: Festivals 2027"]),
]


@pytest.mark.parametrize(("lang", "heading", "titles"), BOXES)
def test_a_box_of_other_calls_goes_under_the_article(lang: str, heading: str, titles: list[str]) -> None:
    lost, removed = kept([*TEXT[lang], heading, *titles])
    assert lost == [heading, *titles]
    assert ("teaser-box", heading) in removed


@pytest.mark.parametrize(("lang", "heading", "titles"), BOXES)
def test_the_boxs_heading_over_a_paragraph_stays(lang: str, heading: str, titles: list[str]) -> None:
    # (over the article's sentence it heads a section of the text, no box of headlines)
    text = TEXT[lang]
    lost, _removed = kept([text[0], heading, *text[1:]])
    assert lost == []


# -- edge_calls, both ways ----------------------------------------------------------------------------------------

_EN = [text for tag, text in parse(CASES["en_grant_call_extract"]) if tag == "A"][:2]
_FOOTER = ["Share this page", "Facebook", "LinkedIn", "Privacy", "Accessibility", "Cookies"]


def test_a_calls_contact_rows_under_its_last_line_stay_and_the_footer_under_them_goes() -> None:
    rows = ["Contact: calls@uni.example", "Telephone: 01793 444 000"]
    lost, removed = kept([*_EN, *rows, *_FOOTER])
    assert lost == _FOOTER
    for rows in (["Comité d'organisation : Claire Martin, Hugo Lefèvre"], ["Dúvidas: ic@fap.example"],
                 ["Ansprechpartnerin: Dr. Katrin Wolff", "E-Mail: foerderung@mkw.example", "Telefon: 0211 837-2410"]):
        lost, removed = kept([*_EN, *rows, *_FOOTER])
        assert lost == _FOOTER, removed


def test_a_contact_label_with_no_value_or_under_the_footer_still_goes() -> None:
    # (a footer's "Contact:" with nothing after it, a contact row under the page's other residue, the e-mail row
    # with no contact label over it: the site's)
    for page in ([*_EN, "Contact:", *_FOOTER], [*_EN, *_FOOTER[:3], "Contact: info@site.example", *_FOOTER[3:]],
                 [*_EN, "E-Mail: redaktion@zeitung.example", *_FOOTER]):
        lost, _removed = kept(page)
        assert lost == page[2:], page


def test_a_rules_heading_between_two_sentences_stays_and_among_links_goes() -> None:
    rule = "The competition is open to UK residents aged 16 and over, excluding employees of the publisher."
    lost, _removed = kept([*_EN, "Terms and conditions", rule])
    assert lost == []
    lost, removed = kept([*_EN, rule, "Privacy", "Terms and conditions", "Cookies", "Accessibility"])
    assert "Terms and conditions" in lost
    assert ("site-chrome", "Terms and conditions") in removed


def test_a_calls_instruction_with_its_address_inside_the_text_stays_and_the_call_for_letters_goes() -> None:
    send = "Send your CV, headshot and a link to a self-tape to casting@northgate.example."
    lost, _removed = kept([_EN[0], send, _EN[1]])
    assert lost == []
    letters = "Send your letters to letters@dailyherald.example."
    lost, removed = kept([_EN[0], letters, _EN[1]])
    assert lost == [letters]
    assert {name for name, _text in removed} <= {"copyright", "call-to-action"}
    lost, removed = kept([*_EN, send])
    assert lost == [send]  # (under the text's last paragraph: the page's call, as before)


def test_a_labels_line_with_an_address_stays_and_a_teaser_under_the_label_goes() -> None:
    es = TEXT["es"]
    row = "Más información: movilidad@ual.example o en el teléfono 950 015 000"
    lost, _removed = kept([*es, row, es[0][:60] + "."])
    assert lost == []
    teaser = "Más información: La universidad amplía el plazo de matrícula hasta octubre"
    lost, removed = kept([*es, teaser, "Aviso legal", "Política de privacidad"])
    assert teaser in lost
    assert ("promo-label", teaser) in removed


if __name__ == "__main__":
    report(CASES)
