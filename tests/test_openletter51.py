# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""openletter51: a probe of open letters, joint statements, petitions, manifestos and appeals signed by many, union
statements and news stories that quote such a letter at length, scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: scientists' letter to a prime minister, a
petition page, a nurses' unions' joint statement, a story quoting former ambassadors' letter, an NGO coalition's
statement (en); doctors' open letter to the chancellor, a petition page, unions' joint declaration, a story on head
teachers' letter (de); a tribune of 200 scientists, a petition page, a letter to the minister signed by unions (fr);
an open letter, a manifesto page, a unions' communiqué (es); an open letter page and a mayors' appeal (it); an open
letter and a petition page (pt); an open letter page and a story on GPs' letter (nl).

- the article (``A``): the salutation ("Dear Prime Minister,", "Sehr geehrter Herr Bundeskanzler,", "Madame la
  Ministre,", "Estimado señor presidente:", "Gentile Presidente,", "Exmo. Senhor Primeiro-Ministro,", "Geachte
  minister,"), the demands as short lines and numbered lists under "We call on the government to:", "Wir fordern:",
  "Nous appelons l'État … à :", "Le pedimos:", "Le chiediamo di:", "Pedimos ao Governo que:", "Wij vragen u:", the
  closing ("Yours sincerely,", "Mit freundlichen Grüßen", "Veuillez agréer, Madame la Ministre, l'expression de notre
  haute considération.", "Atentamente,", "Cordiali saluti,", "Com os melhores cumprimentos,", "Met vriendelijke
  groet,"), the signatories' label ("Signatories:", "Signed,", "Unterzeichnende:", "Les signataires :", "Firmantes:",
  "Firmatari:", "Subscritores:", "Ondertekenaars:") and the signatories under it, names with roles or organisations'
  names one a line ("Prof. Margaret Okafor, University of Leeds", "Save the Children", "SNES-FSU"), "and 312 others",
  the place and date of signing ("Brussels, 4 March 2026", "Paris, le 2 mars 2026"), a petition's addressee ("To:
  Councillor Janet Brooks, …", "An: Kreistag Kassel, …", "Para: Assembleia da República") and its calls inside
  sentences ("Add your name if you believe …", "Unterschreiben Sie, wenn …", "Signez et partagez cette pétition si …",
  "Assine e partilhe: com 7.500 assinaturas, …");
- the residue (``R``): menus, cookie banners, bylines and stamps, the petition's widgets (its count and goal: "1,284 have
  signed. Let's get to 2,500!", "8.932 Unterschriften", "Nächstes Ziel: 10.000", "3 412 signatures", "Objectif : 5
  000", "4.218 persone hanno firmato", "2.387 mensen hebben getekend"; its form's fields and buttons, its opt-in box,
  "Started by …", its milestones), "Read the full letter (PDF)" and "Consulta aquí la lista completa de firmantes",
  share rows, donation calls, newsletter boxes, paywall calls, a release's "Ends" and its press contact, footers;
- ``T``: the headline, a petition's "Why is this important?" / "Worum geht es?" heading.

- round 1, blind (written before reading the passes): 21 pages (10 extracts, 11 full pages), 231 ``A`` lines, 268
  ``R``, 23 ``T``. Measured on base 56f3feac: lost 25, left 16. Lost: the closing, the label and the signatories at
  the tail (de, it, nl: edge-furniture's run after the article; fr: the signing unions under "Veuillez agréer …"; en:
  the last organisations under "Signatories:"), the place and date at a statement's head (dateline: en ×2, de, es), a
  petition's "To: …" line (title-line), a statement's "Joint statement by …" line (headline-run). Left: the petition
  counts and goals (de, fr, it, nl), en's milestone, starter and opt-in lines, es's link to the full list, an it
  paywall call, an it donation call, de's press contact box.
- after: lost 5, left 5 (``KNOWN_LOST``, ``RESIDUE_LEFT``, each with why).
- round 2, after the changes, aimed at them: 6 pages (5 extracts, 1 full), 54 ``A``, 48 ``R``, 6 ``T``: the counts',
  the goal's, the starter's, the opt-in's, the list link's and the paywall call's words inside the story's sentences
  ("1,000 signatures were enough to force a debate …", "Started by Priya Chandra, a retired teacher, …", "8.932
  Unterschriften hat die Initiative …", "Ziel: 10.000 Unterschriften bis zum Sommer, …", "Objectif : 5 000 signatures
  avant …", "4.218 persone hanno firmato in tre giorni, …", "Consulta aquí la lista completa de firmantes, pidió el
  portavoz …"); other closings and labels ("In solidarity,", "Mit solidarischen Grüßen" over "Erstunterzeichnende:",
  "Com os melhores cumprimentos," over "Primeiros subscritores:", "Con i migliori saluti," over "Primi firmatari:"); a
  quoted letter whose formal closing ends the quote ("Je vous prie d'agréer … respectueuses. »", "Reciba un cordial
  saludo.\"") over the unions' names; the counts and goals at the tail in en, de, fr, it. On base 56f3feac: lost 17,
  left 8. After: lost 0, left 0 (the quoted closing was found here: the formula's test now looks past the quotes).

The changes:

- ``cleaner/passes/edge_openletter.py`` (compiled, ``setup.py``): ``signatory_tail`` (edge-furniture's guard at the
  tail, ``structure.EdgeFurniture``): a signatories' label (new table ``structure.signatories_label``), alone or
  under a closing (``structure.closing_courtesy``, comma or not), over two or more names, each a name with its role
  after a comma or, under a label, a name whose words are mostly capitalised, all of the first one's shape, no figure,
  no sentence; and the names right under a formal closing sentence (new table ``structure.closing_formula``: "Veuillez
  agréer …", "Reciba un cordial saludo.", "Com os melhores cumprimentos."), quoted or not: the label, the closing and
  the names stay. ``under_signatories`` (call-to-action's guard, ``promos.CallToAction.spared``): a call under a
  signatories' list is no item of it (the list's names read as a how-to's steps, which kept the count under them).
  ``addressee_line`` (title-line's test, new table ``structure.addressee_label``): a line opening on "To:", "An:",
  "À l'attention de :", "Para:", "Aan:" is no headline.
- ``structure.closing_courtesy``: the formal and union closings ("In solidarity", "Solidarische Grüße",
  "Hochachtungsvoll", "Com os melhores cumprimentos", "Con i migliori saluti", "Reciba un cordial saludo",
  "Hoogachtend"), read as before (keeping tables only).
- ``promos.cta``: a petition's count and goal, the line alone: de "8.932 Unterschriften", "12.480 Unterstützer*innen
  von 20.000", "Nächstes Ziel: 10.000"; fr "3 412 signatures", "Objectif : 5 000"; it "4.218 persone hanno firmato",
  "Obiettivo: 5.000 firme"; nl "2.387 mensen hebben getekend", "Doel: 5.000 handtekeningen"; en the milestone and the
  starter ("2 weeks ago: 1,000 signatures reached", "Started by Priya Chandra"); es the link to the list of
  signatories ("Consulta aquí la lista completa de firmantes"). ``signup.consent`` (en): a petition form's opt-in
  ("Keep me updated about this and other campaigns"). ``signup.paywall`` (it): "Abbonati per leggere tutti gli
  articoli". Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

No retag after the blind round.

``python tests/test_openletter51.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an English open letter from scientists to the prime minister, extract: salutation, "We call on" list,
    # closing, a signatory list with affiliations at the tail (A), the PDF link, share row and newsletter box (R)
    "en_letter_pm_extract": """\
T Open letter: More than 300 scientists urge the prime minister to restore river monitoring funds
R By Helen Ashworth, Environment correspondent
R Tue 3 Mar 2026 07.00 GMT
A The following letter was sent to the prime minister on Monday.
A Dear Prime Minister,
A We write as scientists who have spent our working lives studying the rivers of England and Wales.
A In the past three years, the number of sites sampled by the Environment Agency has fallen by almost half.
A Without that data, nobody can say whether sewage discharges are getting better or worse.
A We call on the government to:
A 1. Restore the monitoring budget to its 2021 level.
A 2. Publish all sampling results within 30 days.
A 3. Fund an independent review of the agency's enforcement record.
A Rivers do not recover by themselves. They recover when someone is watching.
A Yours sincerely,
A Prof. Margaret Okafor, University of Leeds
A Dr. Thomas Heal, Freshwater Biological Association
A Prof. Sunil Rao, Imperial College London
A Dr. Ellen Park, Cardiff University
A and 312 others
R Read the full letter and list of signatories (PDF)
R Share on Facebook
R Share on X
R Share via Email
R Sign up to the Green Light newsletter
R Get the week's environment news sent to your inbox every Tuesday
R Sign up
""",
    # ===== an English petition page, full: menu, cookie banner, counter and goal, sign form, the petition's text
    # (A: "To:", its reasons, "Why is this important?", "Add your name" inside a sentence), updates, footer
    "en_petition_full": """\
R Skip to main content
R Start a petition
R My petitions
R Browse
R Membership
R Log in
R We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.
R Accept
R Cookie settings
T Save Hartley Road Library from closure
A To: Councillor Janet Brooks, Cabinet Member for Culture, Northfield Borough Council
A Keep Hartley Road Library open and fund it for at least five more years.
T Why is this important?
A Hartley Road Library is the only public library within two miles for 14,000 residents.
A Last year it lent 38,000 books and ran 212 homework clubs for children from the estate.
A The council plans to close it in September to save £96,000 a year.
A That is less than the council spends on consultants in a single month.
A Add your name if you believe every child deserves a library they can walk to.
A We will hand the petition to the council at its budget meeting on 14 April.
R 1,284 have signed. Let's get to 2,500!
R Sign this petition
R First name
R Last name
R Email
R Postcode
R Keep me updated about this and other campaigns
R Sign
R Share this petition
R Share on Facebook
R Share on WhatsApp
R Copy link
R Updates
R 2 weeks ago: 1,000 signatures reached
R Started by Priya Chandra
R About
R Privacy policy
R Contact us
R © 2026 Petitions Platform Ltd
""",
    # ===== an English union statement, extract: press statement label, date and place, a demands list in short
    # lines, "We call on" imperative, "Ends" and notes to editors, media contact (R)
    "en_union_statement_extract": """\
T Nurses' unions issue joint statement on pay offer
R Posted 12 February 2026
A London, 12 February 2026
A Joint statement by the Royal College of Midwives, the Nurses' Alliance and Unison Health
A Today our three unions, representing more than 500,000 health workers, jointly reject the government's pay offer of 2.8%.
A The offer is below inflation for the fourth year running.
A Our members have told us clearly:
A No more real-terms cuts.
A No more unpaid overtime.
A No more wards run on agency staff.
A We call on the Health Secretary to return to talks within 14 days.
A If no improved offer is made, we will ballot our members for industrial action in March.
A Signed,
A Gill Walton, Chief Executive, Royal College of Midwives
A Pat Cullen, General Secretary, Nurses' Alliance
A Sara Gorton, Head of Health, Unison
R Ends
R Media contact: press@example-union.org.uk | 020 7946 0001
R Share this page
R Related news
R Ballot opens for community midwives
""",
    # ===== an English news story quoting a letter at length, full page: menu, byline, the article with the letter's
    # salutation and demands quoted in short lines, names of signatories inside the text, teaser and comment
    # counts, footer
    "en_news_quotes_letter_full": """\
R Menu
R Search
R World
R UK
R Business
R Tech
R Opinion
R Subscribe
T Former ambassadors warn foreign secretary over aid cuts in letter
R By James Whitfield, Diplomatic editor
R 5 March 2026, 6:02pm
R Comments
A Twenty-three former British ambassadors have written to the foreign secretary warning that cuts to the aid budget are damaging the UK's standing abroad.
A The letter, seen by this newspaper, opens bluntly:
A "Dear Foreign Secretary,
A We served this country in 40 capitals over five decades. We have never seen its word count for so little."
A It goes on to list three demands:
A Reverse the cut to the humanitarian reserve.
A Publish the impact assessment promised last year.
A Meet the signatories before the spending review.
A Among the signatories are Sir Peter Westmacott, a former ambassador to Washington, and Dame Judith Macgregor, who served in Mexico and South Africa.
A "We are not asking for sympathy," one signatory said. "We are asking for a meeting."
A A Foreign Office spokesperson said the department would "respond in due course".
R Read more
R Aid budget: who gets what
R Comments (214)
R Most popular
R Newsletters
R Terms and conditions
R Privacy notice
R Cookie settings
R © Telegraph Media Group Limited 2026
""",
    # ===== an English coalition's joint statement, full page: site menu, statement, signing organisations (one per
    # line, A), donate box, newsletter box, footer
    "en_coalition_statement_full": """\
R Home
R About us
R Our work
R News
R Get involved
R Donate
T Joint statement: Civil society organisations call for an end to detention of children
A Brussels, 4 March 2026
A We, the undersigned organisations, call on the European Parliament to reject any proposal that allows the detention of children for migration purposes.
A Detention is never in the best interests of a child.
A Studies in eleven member states show lasting harm to children's mental health, even after short periods.
A Alternatives exist, cost less, and work.
A We call on Members of the European Parliament to:
A vote against Article 12(3) of the proposed regulation;
A support the amendments tabled by the Committee on Civil Liberties;
A ask the Commission to publish data on child detention every year.
A Signatories:
A Amnesty International
A Caritas Europa
A Defence for Children International
A Platform for International Cooperation on Undocumented Migrants
A Save the Children
A Terre des Hommes
R Download the statement (PDF, 210 KB)
R Support our work
R Your gift helps us defend the rights of migrants across Europe.
R Donate now
R Stay informed
R Subscribe to our newsletter
R Email address
R Subscribe
R Privacy policy
R Imprint
R This website uses cookies. Accept
""",
    # ===== a German open letter to the chancellor, extract: "Sehr geehrter Herr Bundeskanzler," "Wir fordern:"
    # numbered list, "Mit freundlichen Grüßen", "Unterzeichnende:" list (A); PDF link, share, donation (R)
    "de_offener_brief_extract": """\
T Offener Brief an den Bundeskanzler: Ärztinnen und Ärzte fordern Hitzeschutzplan
R Von Katrin Seidel
R 04.03.2026, 10:15 Uhr
A Mehr als 1.200 Ärztinnen und Ärzte haben sich in einem offenen Brief an Bundeskanzler gewandt. Wir dokumentieren den Brief im Wortlaut.
A Sehr geehrter Herr Bundeskanzler,
A im vergangenen Sommer sind in Deutschland nach Schätzungen des Robert Koch-Instituts mehr als 3.000 Menschen an den Folgen der Hitze gestorben.
A Die meisten von ihnen waren älter als 75 Jahre.
A Wir fordern:
A 1. einen verbindlichen nationalen Hitzeschutzplan bis zum 1. Juni,
A 2. Hitzewarnungen per SMS für alle Pflegeheime,
A 3. kühle Räume in jeder Kommune über 20.000 Einwohner.
A Hitze ist kein Wetter. Hitze ist ein Gesundheitsrisiko.
A Mit freundlichen Grüßen
A Unterzeichnende:
A Dr. Martin Herrmann, Deutsche Allianz Klimawandel und Gesundheit
A Prof. Dr. Claudia Traidl-Hoffmann, Universität Augsburg
A Dr. Susanne Johna, Marburger Bund
A sowie 1.214 weitere Ärztinnen und Ärzte
R Den offenen Brief als PDF herunterladen
R Artikel teilen
R Facebook
R WhatsApp
R E-Mail
R Unterstützen Sie unabhängigen Journalismus
R Jetzt spenden
""",
    # ===== a German petition page, full: menu, cookie banner, counter, goal, form, the petition's text
    # (A: "An:", "Worum geht es?", "Unterschreiben Sie" inside a sentence), footer
    "de_petition_full": """\
R Zum Inhalt springen
R Petitionen
R Petition starten
R Über uns
R Anmelden
R Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
T Stoppt die Schließung der Geburtsstation in Wolfhagen!
A An: Kreistag Kassel, Landrat Andreas Siebert
A Die Geburtsstation im Kreiskrankenhaus Wolfhagen soll zum 30. Juni geschlossen werden.
A Schwangere müssten dann bis zu 45 Minuten in die nächste Klinik fahren.
T Worum geht es?
A Im vergangenen Jahr kamen in Wolfhagen 412 Kinder zur Welt.
A Die Station hat sechs Hebammen und zwei Belegärzte.
A Der Kreis will damit 1,1 Millionen Euro im Jahr sparen.
A Wir fordern den Kreistag auf, die Schließung auszusetzen und ein Gutachten in Auftrag zu geben.
A Unterschreiben Sie, wenn auch Sie wollen, dass Kinder in der Region geboren werden können.
R 8.932 Unterschriften
R Nächstes Ziel: 10.000
R Jetzt unterschreiben
R Vorname
R Nachname
R E-Mail-Adresse
R Postleitzahl
R Meine Unterschrift öffentlich anzeigen
R Unterschreiben
R Petition teilen
R Gestartet von Lena Brandt
R Impressum
R Datenschutz
R Kontakt
""",
    # ===== a German union statement, full page: menu, "Pressemitteilung" label, place and date, a union's
    # statement with a demands list, contact block and footer (R)
    "de_gewerkschaft_full": """\
R Startseite
R Themen
R Presse
R Mitglied werden
R Suche
R Pressemitteilung
T Gemeinsame Erklärung: Gewerkschaften fordern Tariftreuegesetz noch in diesem Jahr
A Berlin, 10. Februar 2026
A Die Gewerkschaften IG Metall, ver.di und NGG haben am Dienstag eine gemeinsame Erklärung vorgelegt.
A Darin heißt es:
A „Öffentliche Aufträge dürfen nur an Unternehmen gehen, die nach Tarif bezahlen.
A Wer mit Steuergeld baut, putzt oder kocht, muss faire Löhne zahlen.“
A Die Gewerkschaften fordern:
A – ein Bundestariftreuegesetz bis Ende 2026,
A – Kontrollen durch eine unabhängige Stelle,
A – Sanktionen bis zum Ausschluss von Vergaben.
A Nur noch 49 Prozent der Beschäftigten arbeiten in einem tarifgebundenen Betrieb.
A Unterzeichnet haben die Vorsitzenden Christiane Benner, Frank Werneke und Guido Zeitler.
R Pressekontakt:
R Pressestelle ver.di
R Telefon: 030 6956-1011
R pressestelle@example-verdi.de
R Diese Seite teilen
R Newsletter abonnieren
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # ===== a German news article about a letter, extract: quotes inside, the signatories named in the text, a
    # "Lesen Sie auch" teaser, comments count (R)
    "de_news_brief_extract": """\
T Schulleiter warnen in Brandbrief vor Lehrermangel
R Von Jonas Weber
R Stand: 05.03.2026 14:32 Uhr
A In einem Brandbrief an Kultusministerin haben 140 Schulleiterinnen und Schulleiter aus Niedersachsen vor den Folgen des Lehrermangels gewarnt.
A „Sehr geehrte Frau Ministerin, wir können den Unterricht nicht mehr sicherstellen“, beginnt das Schreiben.
A Die Unterzeichnenden listen auf, was an ihren Schulen fehlt:
A Mathematiklehrkräfte
A Förderschullehrkräfte
A Schulsozialarbeit
A Zu den Unterzeichnenden gehört auch Birgit Lange, Leiterin einer Oberschule in Celle.
A „Wir wollen keine Schuld verteilen. Wir wollen Hilfe“, sagte sie.
A Das Ministerium kündigte an, den Brief „sorgfältig zu prüfen“.
R Lesen Sie auch
R Niedersachsen: Mehr Quereinsteiger im Schuldienst
R 87 Kommentare
R Kommentieren
""",
    # ===== a French tribune in a daily, extract: "Nous appelons" list, the signatories' list under "Les
    # signataires :" (A), "Liste complète des signataires" link, share row, subscriber prompt (R)
    "fr_tribune_extract": """\
T « Il est encore temps de sauver la forêt des Landes » : l'appel de 200 scientifiques
R Tribune
R Publié le 4 mars 2026 à 11h00
A Depuis les incendies de 2022, plus de 30 000 hectares de pins maritimes ont été replantés à l'identique, sans tenir compte du climat qui vient.
A Nous, chercheurs en écologie, en foresterie et en sciences du climat, estimons que c'est une erreur.
A Une forêt d'une seule essence brûle plus vite, résiste moins aux ravageurs et ne stocke pas davantage de carbone.
A Nous appelons l'État et les collectivités à :
A diversifier les essences replantées ;
A conditionner les aides publiques à cette diversité ;
A associer les sylviculteurs et les scientifiques à un plan commun.
A Il est encore temps. Dans dix ans, il sera trop tard.
A Les signataires :
A Marie Dupont, écologue, CNRS ;
A Jean-Luc Ferrand, ingénieur forestier, INRAE ;
A Claire Mazet, climatologue, université de Bordeaux.
R Liste complète des signataires
R Partager sur Facebook
R Partager sur X
R Copier le lien
R Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 €
""",
    # ===== a French petition page, full: menu, cookie banner, the petition's text (A: "À l'attention de :"), counter
    # and goal, form, share, footer (R)
    "fr_petition_full": """\
R Aller au contenu
R Pétitions
R Lancer une pétition
R Connexion
R Nous utilisons des cookies pour améliorer votre expérience sur notre site.
R Tout accepter
R Paramétrer
T Pour une piste cyclable sécurisée sur la D 938 entre Pau et Morlaàs
A À l'attention de : Monsieur le Président du Conseil départemental des Pyrénées-Atlantiques
A Chaque jour, plus de 400 cyclistes empruntent la D 938 entre Pau et Morlaàs.
A Deux d'entre eux y ont été tués depuis 2023.
A La route n'a ni accotement ni bande cyclable sur 7 kilomètres.
A Nous demandons :
A une piste séparée de la chaussée ;
A une limitation à 70 km/h en attendant les travaux.
A Signez et partagez cette pétition si vous aussi vous voulez rouler sans risquer votre vie.
R 3 412 signatures
R Objectif : 5 000
R Signer la pétition
R Prénom
R Nom
R Adresse e-mail
R J'accepte de recevoir des informations
R Je signe
R Partager
R Mentions légales
R Politique de confidentialité
""",
    # ===== a French open letter to a minister, full page: menu, salutation "Madame la Ministre,", the formal
    # closing, the signing unions (A), a donation prompt and footer (R)
    "fr_lettre_ministre_full": """\
R Accueil
R Actualités
R Nos combats
R Adhérer
R Faire un don
R Contact
T Lettre ouverte à la ministre de l'Éducation nationale sur les remplacements
A Paris, le 2 mars 2026
A Madame la Ministre,
A Depuis la rentrée, plus de 15 millions d'heures de cours n'ont pas été remplacées dans les collèges et les lycées.
A Les élèves les plus fragiles en sont les premières victimes.
A Nous vous demandons de recevoir sans délai les organisations signataires.
A Nous vous demandons aussi de publier, académie par académie, le nombre d'heures perdues.
A Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.
A FCPE
A SNES-FSU
A SGEN-CFDT
A SE-Unsa
R Télécharger la lettre (PDF)
R Soutenez notre action : faites un don déductible à 66 % de vos impôts
R Je fais un don
R Recevez notre lettre d'information
R Votre adresse e-mail
R Je m'inscris
R Mentions légales
R Plan du site
""",
    # ===== a Spanish open letter to the president, extract: "Estimado señor presidente:", "Atentamente,",
    # "Firmantes:" (A); PDF link, share and newsletter (R)
    "es_carta_abierta_extract": """\
T Carta abierta de 150 científicos al presidente del Gobierno sobre la sequía
R Redacción
R Madrid - 04 mar 2026 - 09:30 CET
A Reproducimos íntegramente la carta enviada este martes a La Moncloa.
A Estimado señor presidente:
A Llevamos tres años de sequía en buena parte de la península y las reservas de los embalses del sur no superan el 20 %.
A Le escribimos porque creemos que el país no está preparado para el próximo verano.
A Le pedimos:
A 1. Un plan nacional de reutilización de aguas.
A 2. Revisar las concesiones de regadío en los acuíferos sobreexplotados.
A 3. Publicar cada semana los datos de consumo por cuenca.
A Atentamente,
A Firmantes:
A Lucía Martín, hidróloga, Universidad de Granada
A Pedro Arrojo, catedrático emérito, Universidad de Zaragoza
A Ana Iglesias, Universidad Politécnica de Madrid
R Consulta aquí la lista completa de firmantes
R Compartir en Facebook
R Compartir en Twitter
R Suscríbete a nuestra newsletter de clima
""",
    # ===== a Spanish manifesto page, full: menu, cookie banner, the manifesto (A: its points as short lines), the
    # counter, "Firma el manifiesto", the adhesion form, footer (R)
    "es_manifiesto_full": """\
R Inicio
R Quiénes somos
R Manifiesto
R Adhesiones
R Prensa
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
R Configurar
T Manifiesto por una sanidad pública de calidad
A Los profesionales de la atención primaria de la Comunidad de Madrid queremos decir basta.
A Cada día atendemos a más de 50 pacientes en consultas de siete minutos.
A Así no se puede escuchar, ni explorar, ni prevenir.
A Por eso exigimos:
A Diez minutos por paciente como mínimo.
A Sustituir todas las bajas y vacaciones.
A Un presupuesto del 25 % para la atención primaria.
A No estamos en contra de nadie. Estamos a favor de nuestros pacientes.
R 12.847 adhesiones
R Firma el manifiesto
R Nombre
R Apellidos
R Profesión
R Correo electrónico
R Adherirme
R Comparte el manifiesto
R Aviso legal
R Política de privacidad
""",
    # ===== a Spanish unions' joint communiqué, extract: label, place and date, "Comunicado conjunto", demands, the
    # signing unions; the contact and share lines (R)
    "es_comunicado_extract": """\
T CCOO y UGT convocan movilizaciones en el sector de la limpieza
R Publicado el 10/02/2026
A Comunicado conjunto
A Valencia, 10 de febrero de 2026
A Las federaciones de servicios de CCOO y UGT convocan concentraciones el 5 de marzo ante las sedes de las patronales del sector de la limpieza.
A El convenio lleva 14 meses caducado.
A Las plantillas reclaman:
A subida salarial del 4 %;
A plus de nocturnidad;
A 35 horas semanales.
A Las organizaciones sindicales no descartan convocar huelga si no hay acuerdo antes de abril.
R Contacto de prensa: comunicacion@example-sindicato.es
R Compartir
R Imprimir
R Noticias relacionadas
R Huelga en el transporte de viajeros por carretera
""",
    # ===== an Italian open letter, full page: menu, cookie banner, "Gentile Presidente," "Cordiali saluti", the
    # "Firmatari:" list (A), "Firma la petizione", counter, footer (R)
    "it_lettera_aperta_full": """\
R Home
R Chi siamo
R Campagne
R Sostienici
R Utilizziamo i cookie per migliorare la tua esperienza. Continuando a navigare accetti.
R Accetta
R Rifiuta
T Lettera aperta al Presidente della Regione sulle liste d'attesa
A Gentile Presidente,
A in Lombardia per una mammografia si aspetta in media 14 mesi nel servizio pubblico.
A Chi può paga e la fa in una settimana. Chi non può rinuncia.
A Le chiediamo di:
A pubblicare ogni mese i tempi di attesa di ogni ospedale;
A aprire gli ambulatori anche la sera e il sabato;
A vietare la libera professione dove l'attesa supera i limiti di legge.
A Cordiali saluti,
A Firmatari:
A Cittadinanzattiva Lombardia
A Medicina Democratica
A Associazione Salute Donna
R 4.218 persone hanno firmato
R Firma la petizione
R Nome
R Email
R Firma
R Condividi su Facebook
R Sostienici con una donazione
R Privacy policy
R Cookie policy
""",
    # ===== an Italian appeal in a daily, extract: "Appello" label, the appeal, "Chiediamo" list, signatories
    # named with roles (A); "Leggi anche", share and subscription prompt (R)
    "it_appello_extract": """\
T L'appello di 80 sindaci: «Riaprite i piccoli ospedali di montagna»
R di Francesca Rinaldi
R 5 marzo 2026
A Ottanta sindaci dei comuni montani del Piemonte hanno firmato un appello alla Regione.
A Eccone il testo integrale.
A «Noi sindaci delle valli chiediamo che nessun cittadino viva a più di 45 minuti da un pronto soccorso.
A Oggi in alta Val di Susa ci vogliono due ore.
A Chiediamo:
A la riapertura del punto di primo intervento di Susa;
A un'elisuperficie notturna a Bardonecchia;
A incentivi per i medici che scelgono la montagna.»
A Tra i primi firmatari ci sono Marco Giusta, sindaco di Oulx, e Francesca Bosio, sindaca di Sestriere.
R Leggi anche
R Sanità, in Piemonte mancano 800 medici di famiglia
R Condividi
R Abbonati per leggere tutti gli articoli
""",
    # ===== a Portuguese open letter, extract: "Exmo. Senhor Primeiro-Ministro," "Com os melhores cumprimentos,"
    # "Subscritores:" list (A); share and newsletter (R)
    "pt_carta_aberta_extract": """\
T Carta aberta: 200 professores pedem ao primeiro-ministro que trave o fecho de escolas no interior
R Por Ana Sofia Ribeiro
R 4 de março de 2026, 08:30
A Publicamos na íntegra a carta aberta enviada esta terça-feira ao Governo.
A Exmo. Senhor Primeiro-Ministro,
A Nos últimos dez anos fecharam mais de 300 escolas do 1.º ciclo no interior do país.
A Cada escola que fecha é uma aldeia que perde as suas famílias.
A Pedimos ao Governo que:
A suspenda todos os encerramentos previstos para 2026;
A crie um estatuto para as escolas de baixa densidade;
A pague o transporte escolar a todas as crianças.
A Com os melhores cumprimentos,
A Subscritores:
A Maria João Silva, professora, Bragança
A António Pires, diretor de agrupamento, Mogadouro
A Luísa Carvalho, professora, Castelo Branco
R Partilhar no Facebook
R Partilhar no WhatsApp
R Subscreva a nossa newsletter
R Leia também
R Ministério abre 1.200 vagas para professores
""",
    # ===== a Portuguese petition page, full: menu, cookie, petition text (A), counters, form, footer (R)
    "pt_peticao_full": """\
R Início
R Petições
R Criar petição
R Entrar
R Este site utiliza cookies para melhorar a sua experiência de navegação.
R Aceitar
R Rejeitar
T Petição: Pela requalificação da Linha do Vouga
A Para: Assembleia da República
A A Linha do Vouga é a última linha de via estreita em funcionamento em Portugal.
A Os comboios andam a 30 km/h e avariam quase todas as semanas.
A Os abaixo-assinados pedem:
A a eletrificação da linha;
A novos comboios até 2028;
A horários que sirvam os estudantes.
A Assine e partilhe: com 7.500 assinaturas, a petição é discutida em plenário.
R 6.103 assinaturas
R Assinar petição
R Nome
R Email
R Assinar
R Partilhar
R Termos de utilização
R Política de privacidade
""",
    # ===== a Dutch open letter, full page: menu, cookie banner, "Geachte minister," "Met vriendelijke groet," the
    # "Ondertekenaars:" list (A), "Teken ook", counter, footer (R)
    "nl_open_brief_full": """\
R Naar hoofdinhoud
R Nieuws
R Acties
R Over ons
R Doneer
R Deze website maakt gebruik van cookies om uw ervaring te verbeteren.
R Accepteren
R Weigeren
T Open brief aan de minister van Onderwijs over de leraren in het speciaal onderwijs
A Den Haag, 3 maart 2026
A Geachte minister,
A In het speciaal onderwijs staan op dit moment 1.100 vacatures open.
A Klassen worden naar huis gestuurd omdat er niemand is om ze les te geven.
A Wij vragen u:
A de salarisschaal van leraren in het speciaal onderwijs gelijk te trekken met het voortgezet onderwijs;
A de werkdruktoeslag structureel te maken.
A Met vriendelijke groet,
A Ondertekenaars:
A Ingrid Visser, directeur De Regenboog, Utrecht
A Kees de Wit, leraar, Zwolle
A Fatima El Amrani, intern begeleider, Rotterdam
R 2.387 mensen hebben getekend
R Teken ook
R Naam
R E-mailadres
R Teken
R Deel deze brief
R Privacyverklaring
R Colofon
""",
    # ===== a Dutch news article quoting a letter, extract: the letter's lines quoted, the signatories named in the
    # text; share row and newsletter (R)
    "nl_nieuws_brief_extract": """\
T Huisartsen sturen brandbrief naar Kamer: 'Wij kunnen het niet meer aan'
R Door Sanne Jansen
R 5 maart 2026, 12:41
A Ruim zevenhonderd huisartsen hebben een brandbrief gestuurd aan de Tweede Kamer.
A 'Geachte Kamerleden, de huisartsenzorg staat op omvallen', schrijven ze.
A De artsen vragen drie dingen:
A minder administratie;
A meer praktijkruimte in nieuwbouwwijken;
A een eerlijk tarief voor avonddiensten.
A Een van de ondertekenaars is Mirjam Bos, huisarts in Almere.
A 'Ik werk zestig uur per week en heb nog steeds een wachtlijst', zegt ze.
R Deel dit artikel
R Facebook
R WhatsApp
R Schrijf je in voor onze nieuwsbrief
R Meer over huisartsen
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== an English news story on petitions, extract: its sentences with the counts' and the starter's words, an
    # open letter quoted whole at the tail with "In solidarity," over names with roles, the petition's count and
    # starter and opt-in line after it (R)
    "en_r2_petitions_extract": """\
T The petition that saved a library: how 1,000 names changed a council's mind
R By Aisha Rahman
R 9 March 2026
A When the council announced it would close Hartley Road Library, few expected a fight.
A 1,000 signatures were enough to force a debate in the council chamber, under the borough's rules.
A Started by Priya Chandra, a retired teacher, the petition gathered a thousand names in a week.
A "Keep me updated about this and other campaigns," one pensioner wrote on the form, and then came to every meeting.
A On Monday the campaigners sent a last letter to the council leader. It read, in full:
A Dear Councillor Brooks,
A Thank you for meeting us. We ask only that the library stays open until the review is published.
A In solidarity,
A Priya Chandra, petition organiser
A Tom Hale, chair, Hartley Road Residents' Association
A Grace Obi, librarian, Unison branch secretary
R 5,312 signatures
R Petition started by Priya Chandra
R Keep me updated about this and other campaigns
R Share this story
R Most read
""",
    # ===== a German appeal, full page: "Mit solidarischen Grüßen", "Erstunterzeichnende:" over organisations, the
    # petition's count and goal (R), the story's sentences with "Ziel:" and "Unterschriften" (A), footer (R)
    "de_r2_aufruf_full": """\
R Zum Inhalt springen
R Aktuelles
R Kampagnen
R Spenden
R Wir nutzen Cookies, um unsere Website zu verbessern.
R Akzeptieren
T Aufruf: Mietenstopp jetzt!
A Die Mieten in deutschen Großstädten sind in zehn Jahren um mehr als 50 Prozent gestiegen.
A 8.932 Unterschriften hat die Initiative bis Freitag gesammelt, doch der Bundestag hat das Thema vertagt.
A Ziel: 10.000 Unterschriften bis zum Sommer, dann muss sich der Petitionsausschuss mit dem Thema befassen.
A Wir fordern die Bundesregierung auf, die Mieten für sechs Jahre einzufrieren.
A Mit solidarischen Grüßen
A Erstunterzeichnende:
A Deutscher Mieterbund
A Paritätischer Gesamtverband
A Sozialverband VdK
A Deutscher Gewerkschaftsbund
R 12.480 Unterstützer*innen
R Nächstes Ziel: 15.000
R Aufruf unterschreiben
R Vorname
R E-Mail
R Unterschreiben
R Impressum
R Datenschutz
""",
    # ===== a French open letter, extract: "Je vous prie d'agréer …" over the signing unions, a place and date at
    # its tail, a sentence with "Objectif :" and "signatures" (A); the petition's count and goal under it (R)
    "fr_r2_lettre_extract": """\
T Hôpital de Sarlat : la lettre des syndicats au directeur de l'ARS
R Par Julien Faure
R Le 6 mars 2026 à 08h15
A Les organisations syndicales de l'hôpital de Sarlat ont adressé jeudi une lettre au directeur de l'agence régionale de santé.
A Objectif : 5 000 signatures avant le conseil de surveillance du 14 avril, explique la déléguée CGT.
A « Monsieur le Directeur, la maternité de Sarlat ferme un week-end sur deux faute de médecins.
A Nous vous demandons de maintenir l'ouverture permanente de la maternité.
A Je vous prie d'agréer, Monsieur le Directeur, l'expression de nos salutations respectueuses. »
A CGT
A FO
A SUD Santé
A CFDT
R 12 480 signatures
R Objectif : 15 000
R Partager sur Facebook
R Partager sur X
""",
    # ===== a Spanish, a Portuguese and an Italian letter, extracts: "Reciba un cordial saludo." over the unions,
    # "Primeiros subscritores:" and "Primi firmatari:" over names with roles (A); counts, links, footers (R)
    "es_r2_carta_extract": """\
T Los sindicatos piden al alcalde que no privatice el servicio de autobuses
R Redacción
R 6 mar 2026
A Los sindicatos de la empresa municipal de autobuses han enviado una carta al alcalde.
A Consulta aquí la lista completa de firmantes, pidió el portavoz a los periodistas que preguntaban por los nombres.
A "Señor alcalde, la privatización encarecerá el billete y empeorará el servicio en los barrios.
A Le pedimos que retire el pliego y abra una mesa de negociación.
A Reciba un cordial saludo."
A CCOO
A UGT
A CGT
R Consulta aquí la lista completa de firmantes
R Compartir en Facebook
R Compartir en Twitter
""",
    "pt_r2_carta_extract": """\
T Carta aberta: médicos pedem mais vagas de especialidade no interior
R Por Inês Correia
R 6 de março de 2026
A Mais de 400 médicos assinaram uma carta aberta dirigida à ministra da Saúde.
A No texto, pedem que as vagas de especialidade no interior sejam duplicadas já no próximo concurso.
A Os signatários lembram que há distritos sem um único pediatra no serviço público.
A Com os melhores cumprimentos,
A Primeiros subscritores:
A Ana Lopes, pediatra, Bragança
A Rui Fonseca, médico de família, Guarda
A Helena Matos, cirurgiã, Castelo Branco
R Assine a carta aberta
R Partilhar no Facebook
R Leia também
R Governo abre concurso para 1.500 médicos
""",
    "it_r2_appello_full": """\
R Home
R Chi siamo
R Campagne
R Utilizziamo i cookie per migliorare la tua esperienza.
R Accetta
T Appello per la scuola pubblica
A Chiediamo al Parlamento di portare la spesa per l'istruzione al 5 per cento del PIL entro il 2030.
A 4.218 persone hanno firmato in tre giorni, e il ministero ha convocato i promotori.
A Abbonati per leggere tutti gli articoli del giornale, i pensionati della valle hanno chiesto uno sconto al Comune.
A Con i migliori saluti,
A Primi firmatari:
A Luca Bianchi, dirigente scolastico, Bologna
A Sara Conti, insegnante, Napoli
A Marco Ferri, genitore, Torino
R 9.870 persone hanno firmato
R Obiettivo: 15.000 firme
R Firma l'appello
R Condividi
R Privacy policy
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # a statement's place and date at its head, alone on its line under the headline: the shape of a news page's
    # dateline ("Berlin, 10. Februar 2026" under a byline), which dateline takes on every page; nothing in the line
    # tells a statement's place of signing from the page's stamp (at the tail, under the closing, it stays: round 2)
    "de_gewerkschaft_full": ["Berlin, 10. Februar 2026"],
    "en_coalition_statement_full": ["Brussels, 4 March 2026"],
    "es_comunicado_extract": ["Valencia, 10 de febrero de 2026"],
    # the same, and the statement's label of its signing unions under it, a headline-like line of capitalised
    # names that headline-run reads with the headline over it as a run of other stories' headlines
    "en_union_statement_extract": [
        "London, 12 February 2026",
        "Joint statement by the Royal College of Midwives, the Nurses' Alliance and Unison Health",
    ],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the press office's contact box under the statement ("Pressekontakt:", "Pressestelle ver.di", its phone and
    # mail): the page's last long paragraph is its first, the statement's quotes, list and short sentences under it
    # make the tail a region of article lines, and the box's lines read as no furniture there (alone under two
    # paragraphs the box goes, as before)
    "de_gewerkschaft_full": 4,
    # the donation call of the campaign's site under the petition's form ("Sostienici con una donazione"): the appeal
    # heading's words, which the appeal's tables read only in a box of its lines; a bare "Sostieni" is a menu's link
    "it_lettera_aperta_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: three article sentences of a page per language, the residue line put before or after them
TEXT = article_sentences(
    CASES, ["de_petition_full", "fr_petition_full", "it_lettera_aperta_full", "nl_open_brief_full",
            "es_manifiesto_full", "en_petition_full"],
)

_CTA, _PAY, _CONSENT = "call-to-action", "paywall", "consent-line"
#: (language, residue line, the pass that takes it)
GOES = [
    ("de", "8.932 Unterschriften", _CTA),
    ("de", "12.480 Unterstützer*innen von 20.000", _CTA),
    ("de", "Nächstes Ziel: 10.000", _CTA),
    ("fr", "3 412 signatures", _CTA),
    ("fr", "Objectif : 5 000 signatures", _CTA),
    ("it", "4.218 persone hanno firmato", _CTA),
    ("it", "Obiettivo: 5.000 firme", _CTA),
    ("nl", "2.387 mensen hebben getekend", _CTA),
    ("nl", "Doel: 5.000 handtekeningen", _CTA),
    ("es", "Consulta aquí la lista completa de firmantes", _CTA),
    ("en", "2 weeks ago: 1,000 signatures reached", _CTA),
    ("en", "1,000 signatures", _CTA),
    ("en", "Started by Priya Chandra", _CTA),
    ("en", "Petition started by Tom Hale", _CTA),
    ("en", "Keep me updated about this and other campaigns", _CONSENT),
    ("it", "Abbonati per leggere tutti gli articoli", _PAY),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("de", "8.932 Unterschriften hat die Initiative bis Freitag gesammelt, doch der Kreistag will nicht nachgeben."),
    ("de", "Ziel: 10.000 Unterschriften bis zum Sommer, dann muss sich der Landtag mit dem Thema befassen."),
    ("fr", "3 412 signatures ont été recueillies en deux semaines, un record pour une pétition locale."),
    ("fr", "Objectif : 5 000 signatures avant le conseil départemental du 14 avril, explique la fondatrice."),
    ("it", "4.218 persone hanno firmato in tre giorni, e la Regione ha convocato i promotori."),
    ("nl", "2.387 mensen hebben getekend, en dat is genoeg om de gemeenteraad het onderwerp te laten bespreken."),
    ("es", "Consulta aquí la lista completa de firmantes, pidió el portavoz a los periodistas que preguntaban por los nombres."),
    ("en", "1,000 signatures were enough to force a debate in the council chamber, under the borough's rules."),
    ("en", "Started by Priya Chandra, a retired teacher, the petition gathered a thousand names in a week."),
    ("en", "Keep me updated about this and other campaigns, she told the organiser, and left her phone number."),
    ("it", "Abbonati per leggere tutti gli articoli del giornale, i pensionati della valle hanno chiesto uno sconto."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the signatories and the addressee, both ways -------------------------------------------------

_LETTER_EN = [
    "Dear Prime Minister,",
    "We write as scientists who have spent our working lives studying the rivers of England and Wales.",
    "In the past three years, the number of sites sampled by the Environment Agency has fallen by almost half.",
    "Without that data, nobody can say whether sewage discharges are getting better or worse.",
]
_FOOTER_EN = ["Privacy policy", "Terms of use", "Contact us", "Accessibility", "Cookie settings"]


def test_a_label_over_organisations_stays_with_them() -> None:
    names = ["Signatories:", "Amnesty International", "Caritas Europa", "Save the Children", "Terre des Hommes"]
    _lost, removals = kept([*_LETTER_EN, *names, *_FOOTER_EN])
    assert {t for _p, t in removals} == set(_FOOTER_EN), removals


def test_a_closing_over_a_label_and_names_stays() -> None:
    names = ["Met vriendelijke groet,", "Ondertekenaars:", "Ingrid Visser, directeur De Regenboog, Utrecht",
             "Kees de Wit, leraar, Zwolle", "Fatima El Amrani, intern begeleider, Rotterdam"]
    lost_lines, removals = kept([*_LETTER_EN, *names, *_FOOTER_EN])
    assert lost_lines == _FOOTER_EN, removals


def test_names_under_a_formal_closing_stay() -> None:
    letter = [
        "Madame la Ministre,",
        "Depuis la rentrée, plus de 15 millions d'heures de cours n'ont pas été remplacées dans les collèges.",
        "Nous vous demandons de recevoir sans délai les organisations signataires de cette lettre.",
        "Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.",
        "FCPE", "SNES-FSU", "SGEN-CFDT", "SE-Unsa",
    ]
    footer = ["Mentions légales", "Plan du site", "Contact", "Accessibilité", "Gérer les cookies"]
    lost_lines, removals = kept([*letter, *footer])
    assert lost_lines == footer, removals


def test_a_footer_under_the_last_sentence_still_goes() -> None:
    # (no label, no closing: the footer's title-cased links are no signatories)
    footer = ["Privacy Policy", "Terms Of Use", "Contact Us", "Accessibility Statement", "Cookie Settings"]
    _lost, removals = kept([*_LETTER_EN, *footer])
    assert {t for _p, t in removals} == set(footer)


def test_a_run_under_the_label_ends_at_a_count_and_a_release_mark() -> None:
    names = ["Signed,", "Gill Walton, Chief Executive, Royal College of Midwives",
             "Pat Cullen, General Secretary, Nurses' Alliance", "Ends", "Share this page", "Related news"]
    lost_lines, removals = kept([*_LETTER_EN, *names, *_FOOTER_EN])
    assert lost_lines == [*names[3:], *_FOOTER_EN], removals
    assert ("edge-furniture", "Ends") in removals


def test_an_addressee_line_is_no_headline() -> None:
    page = ["To: Councillor Janet Brooks, Cabinet Member for Culture, Northfield Borough Council",
            "Keep Hartley Road Library open and fund it for at least five more years, because the estate needs it.",
            "Hartley Road Library is the only public library within two miles for 14,000 residents of the estate.",
            "Last year it lent 38,000 books and ran 212 homework clubs for children from the estate and beyond."]
    lost_lines, removals = kept(page)
    assert lost_lines == [], removals
    # (a headline over the same text still goes as one)
    lost_lines, removals = kept(["Save Hartley Road Library from closure", *page[1:]])
    assert ("title-line", "Save Hartley Road Library from closure") in removals


if __name__ == "__main__":
    report(CASES)
