# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""press39: a probe of press releases and newsrooms, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: a company's newsroom release (dateline "CITY, Month D,
YYYY /PRNewswire/ --", quote paragraphs, a short bulleted highlights list, the "About <Company>" boilerplate, a "Media
contact:" block, "###", a "Forward-looking statements" paragraph, "SOURCE Company"), releases as the wires distribute
them (PR Newswire, Business Wire, GlobeNewswire, APA-OTS, news aktuell's "Pressekontakt:", Cision), a government
ministry's release ("Pressemitteilung Nr. 123/2024", "Communiqué de presse", "Nota de prensa", "Comunicato stampa",
"Nota à imprensa", "Persbericht"), universities' and NGOs' releases, an investor-relations earnings release with its
short financial highlights.

- the article (``A``): the release's body with its dateline lead, its quotes (one-line quotes too), its highlights
  (bulleted short lines with figures, "Revenue of $412.3 million, up 18%"), the highlights' heading, a ministry's list
  of measures, a study's key findings;
- ``T``: headlines and subtitles, the release's number and genre label ("Pressemitteilung Nr. 123/2024",
  "Communiqué de presse"), the "About <Company>" box, the media contact block (label, name, mail, phone), the
  "Forward-looking statements" paragraph, "Notes to editors" and the conference call's details;
- the residue (``R``): the wire's lines ("SOURCE X", "View original content …", "Logo - https://…", "Original-Content
  von: …, übermittelt durch news aktuell", "OTS-ORIGINALTEXT PRESSEAUSSENDUNG …", "View source version on
  businesswire.com: …"), "###" and "-ENDS-", the newsroom's share/print/download chrome, related releases, menus,
  breadcrumbs, cookie banners, footers.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 186 ``A`` lines, 294
  ``R``, 122 ``T``, all seven languages.

Measured on main 0156e2d: round 1 lost 0, left 14 (the same with each page's language forced): the wires' and
releases' end marks ("###", "-ENDS-", "Einde persbericht"), APA-OTS's transmission code, pt "Veja o conteúdo original
para baixar a mídia: …", Business Wire's stamp ("February 20, 2024 04:05 PM Eastern Standard Time"), its sender's name
and "More News From <sender>", it "Scarica il comunicato in PDF", an it press office's label and section ("Ufficio
Stampa", "Comunicati stampa"), fr "Communiqué" over a place-and-date line ("Paris, le 3 juin 2024") and es's
("Madrid, martes 9 de abril de 2024").

- round 2, after the changes, aimed at them: 8 pages, 42 ``A``, 50 ``R``: end marks between the release and its About
  box ("###", "ENDS", "Ende der Pressemitteilung", "Fin du communiqué", "- FIN -", "Fine comunicato", "Fim do
  comunicado", "--- Einde persbericht ---") with the article's short lines on what ends ("Construction ends on
  schedule.", "Ends.", "Fin de la espera."), a Business Wire page with its spelled-out stamp, the sender's name with its
  form and its "More News From …" box, a French letter with its own place and date over its greeting inside the
  communiqué, an OTS code with the sender's code, a weekday dateline, download buttons. On main 0156e2d: lost 0, left 17.

After: round 1 lost 0, left 1; round 2 lost 0, left 2 (``RESIDUE_LEFT`` says what and why). The changes:

- ``edge_press.named_company`` (the furniture test, ``furniture.py``'s one-line hook; compiled with the other edge
  modules, ``setup.py``): a line of at most six capitalised words closed by a legal form's abbreviation ("Northfield
  Software, Inc.", "Halberd Group Ltd.", "S.p.A.") under the text's first paragraph ends on the form's stop, not a
  sentence's: a wire's sender line among its chrome goes with the run. A sentence closing on a form ("It was renamed
  Halberd Group Ltd.") stays, a letter's signer with the company stays, and over the first paragraph a job advert's
  company ("Deportes Montaña Sur S.L." over its place and salary, test_listings37) stays (tests).
- tables, each in a ``# press39:`` block at its list's end: the family ``credits.syndication`` (language-neutral) an
  end mark alone ("###", "# # #", a word for "end" between dashes: "-ENDS-", "- FIN -", "--- EINDE ---"); en, de, fr,
  es, it, pt, nl ``credits.syndication`` the end mark in words ("ENDS", "End of press release", "Ende der
  Pressemitteilung", "Fin du communiqué", "Fin de la nota de prensa", "Fine comunicato", "Fim do comunicado", "Einde
  persbericht"); de the OTS transmission code with the sender's code after it; fr "Communiqué" alone (as "Communiqué
  de presse"); pt "Veja o conteúdo original para baixar a mídia: …"; en ``metadata.dateline`` a stamp with its time
  zone spelled out ("… 04:05 PM Eastern Standard Time"), fr a place and date with "le" ("Paris, le 3 juin 2024", as
  "Paris, 3 juin 2024"; a letter's over its greeting stays), es with a weekday ("Madrid, martes 9 de abril de 2024");
  en ``promos.box_heading`` "More News From <Sender>, Inc." (over two headlines only: test); ``widgets.chrome`` it
  "Scarica il comunicato in PDF" and the download button's variants (en "Download the news release as PDF", pt
  "Baixar nota à imprensa em PDF", nl "Download het persbericht als pdf"), it and es the newsroom's section
  ("Comunicati stampa", "Notas de prensa", as en's "Press releases"). Each has a sentence with its words that stays
  (``STAYS``, and ``fixtures/negatives``).
- tried and left: fr/pt/nl newsroom sections in ``widgets.chrome`` ("Communiqués de presse", "Notas à imprensa",
  "Persberichten"): their menus already went by edge-furniture, and site-chrome taking the section first changed the
  passes after it (test_public37's fr_ministere_communique_full kept its share row's "X (anciennement Twitter)").

``python tests/test_press39.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    judge_release,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a PR Newswire product launch as an extractor leaves it =====
    "en_prnewswire_launch_extract": """\
T Brightline Robotics Unveils Atlas 3, Its First Autonomous Warehouse Picker for Mid-Sized Retailers
T New system cuts picking errors by up to 40% and installs in under two weeks
R News provided by
R Brightline Robotics
R Mar 05, 2024, 08:00 ET
A AUSTIN, Texas, March 5, 2024 /PRNewswire/ -- Brightline Robotics, a maker of warehouse automation systems, today announced Atlas 3, an autonomous picking robot designed for retailers with fewer than 50 stores.
A Atlas 3 combines a new vision system with a lighter arm, allowing it to pick items from standard shelving without changes to the warehouse layout.
A Key features include:
A Picks up to 600 items per hour
A Works on existing shelving and racks
A Installs in under two weeks
A Battery life of 16 hours on a single charge
A "Mid-sized retailers have been priced out of automation for too long," said Dana Whitfield, chief executive officer of Brightline Robotics. "Atlas 3 changes that."
A "We saw errors drop in the first week," said Marcus Lee, operations director at Pinecrest Home.
A Atlas 3 will be available in the United States from June 2024, with a starting price of $79,000 per unit.
T About Brightline Robotics
T Brightline Robotics, founded in 2017 and based in Austin, Texas, designs robots that automate picking and packing in warehouses. The company has more than 300 systems in operation across North America.
T Media Contact:
T Jenna Ortiz
T press@brightlinerobotics.com
T +1 512-555-0148
R SOURCE Brightline Robotics
R View original content to download multimedia:https://www.prnewswire.com/news-releases/brightline-robotics-unveils-atlas-3-302080011.html
""",
    # ===== a Business Wire earnings release, all of its page =====
    "en_businesswire_earnings_full": """\
R Skip to main content
R Business Wire
R Newsroom
R Products
R Resources
R Contact Us
R Log In
R Sign Up
R Search
T Northfield Software Reports Fourth Quarter and Full Year 2023 Results
T Annual recurring revenue grows 24% to $1.1 billion
R February 20, 2024 04:05 PM Eastern Standard Time
A SEATTLE--(BUSINESS WIRE)--Northfield Software, Inc. (NYSE: NFLD), a provider of cloud accounting software for small businesses, today announced financial results for its fourth quarter and fiscal year ended December 31, 2023.
A Fourth Quarter 2023 Highlights
A Revenue of $412.3 million, up 18% year over year
A Subscription revenue of $389.0 million, up 21% year over year
A GAAP operating margin of 6%; non-GAAP operating margin of 19%
A Free cash flow of $88.4 million
A Customers grew to 214,000, up 11%
A "We closed the year with our strongest quarter ever," said Priya Raman, Chief Executive Officer of Northfield. "Small businesses are moving their books to the cloud, and we are winning that shift."
A "Our focus on efficient growth delivered record free cash flow," said Tom Becker, Chief Financial Officer.
A Outlook
A For the first quarter of 2024, Northfield expects revenue of $418 million to $422 million.
A For the full year 2024, Northfield expects revenue of $1.79 billion to $1.81 billion.
T Conference Call Information
T Northfield will host a conference call today at 2:00 p.m. Pacific Time to discuss the results. The live webcast will be available at investors.northfield.com.
T About Northfield Software
T Northfield Software builds accounting and payroll software for more than 200,000 small businesses in the United States and Canada.
T Forward-Looking Statements
T This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about our outlook for 2024. Actual results may differ materially from those projected.
T Contacts
T Investor Relations:
T Amy Cho
T ir@northfield.com
T Media:
T Luis Ferreira
T press@northfield.com
R View source version on businesswire.com: https://www.businesswire.com/news/home/20240220771234/en/
R Northfield Software, Inc.
R Release Versions
R English
R Contacts
R More News From Northfield Software, Inc.
R Northfield Software to Present at Upcoming Investor Conferences
R Northfield Software Announces Date of Fourth Quarter Earnings Call
R Social Media Profiles
R Business Wire on Facebook
R Business Wire on X
R Terms of Use
R Privacy Statement
R © 2024 Business Wire, Inc.
""",
    # ===== a GlobeNewswire funding round as an extractor leaves it =====
    "en_globenewswire_funding_extract": """\
T Verdant Bio Raises $45 Million Series B to Advance Soil Microbe Platform
A BOSTON, April 16, 2024 (GLOBE NEWSWIRE) -- Verdant Bio, a company developing microbial products that help crops use less fertilizer, today announced a $45 million Series B financing led by Harvest Ventures.
A Existing investors Greenfield Capital and Oak Lane Partners also took part in the round.
A The company will use the funds to:
A Expand field trials to 12 states
A Build a production facility in Ohio
A Hire 40 scientists and engineers
A "Farmers want to cut costs without cutting yields," said Dr. Helen Park, co-founder and CEO of Verdant Bio.
A "This is the team to do it."
A Verdant Bio's first product was used on more than 200,000 acres of corn last season.
T About Verdant Bio
T Verdant Bio is a Boston-based agricultural biotechnology company. For more information, visit www.verdantbio.com.
T Media Contact
T Sarah Klein
T Verdant Bio
T media@verdantbio.com
R Attachment
R Verdant Bio team
R Share
R Tweet
R Email
""",
    # ===== a university news release, all of its page =====
    "en_university_release_full": """\
R Skip to content
R Study
R Research
R About
R News
R Alumni
R Give
R Home
R News
R Press releases
T Scientists find microplastics in every sample of Arctic sea ice
R Press release
R Published: 12 March 2024
R Share this page
R Facebook
R LinkedIn
R Email
A Researchers at the University of Northmoor have found microplastic particles in every one of 52 ice cores taken from the central Arctic Ocean.
A The study, published today in Nature Geoscience, is the largest survey of plastic in Arctic sea ice to date.
A Key findings:
A An average of 1,200 particles per litre of melted ice
A Polyethylene was the most common plastic
A Concentrations were highest near the ice edge
A "We did not find a single clean sample," said Professor Anna Lindqvist, who led the research.
A The team will return to the Arctic in 2025 to study how the particles affect algae living in the ice.
T Notes to editors
T The paper "Microplastics in central Arctic sea ice" is published in Nature Geoscience. DOI: 10.1038/s41561-024-01234-5.
T Media enquiries
T Press Office
T press@northmoor.ac.uk
T +44 (0)1632 960 123
R Related news
R New centre for climate research opens
R University ranked top 10 for sustainability
R Contact us
R Accessibility
R Privacy and cookies
R Freedom of information
R © University of Northmoor 2024
R We use cookies to improve your experience on our website. Accept all cookies
""",
    # ===== an NGO press release as an extractor leaves it =====
    "en_ngo_statement_extract": """\
R PRESS RELEASE
R For immediate release
T Charity warns 1 in 5 children in the region go hungry during school holidays
A LONDON, 2 July 2024 - One in five children in the North East regularly go without meals during the summer holidays, according to a new report from the charity Feed Forward.
A The survey of 3,000 parents found that 21% had skipped meals so their children could eat.
A The charity is calling on the government to:
A Extend free school meals to the holidays
A Fund holiday clubs in every local authority
A Raise the child benefit rate in line with food prices
A "No child should dread the summer holidays," said Feed Forward's chief executive, Rachel Obi.
A "It is as simple as that."
R -ENDS-
T Notes to editors:
T Feed Forward is a registered charity (no. 1123456) working to end child hunger in the UK.
T For interviews, contact Tom Reid on 020 7946 0018 or tom.reid@feedforward.org.uk
""",
    # ===== a company newsroom's acquisition release, all of its page =====
    "en_newsroom_acquisition_full": """\
R We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.
R Accept
R Manage preferences
R Halberd Group
R Who we are
R What we do
R Investors
R Newsroom
R Careers
R Newsroom
R Press releases
T Halberd Group to acquire Coastline Logistics for $320 million
R 04 June 2024
R Download PDF
R Print
A CHICAGO, June 4, 2024 /PRNewswire/ -- Halberd Group (NYSE: HBG) today announced that it has agreed to acquire Coastline Logistics, a regional freight company based in Savannah, Georgia, for $320 million in cash.
A The deal is expected to close in the third quarter of 2024, subject to regulatory approval.
A Transaction highlights:
A Adds 1,400 trucks and 11 terminals in the Southeast
A Expected to be accretive to earnings in the first full year
A Annual cost savings of about $25 million by 2026
A "Coastline gives us the reach in the Southeast our customers have asked for," said Halberd CEO Mark Dunn.
A Coastline's founder, Beth Simmons, will join Halberd's leadership team.
R ###
T About Halberd Group
T Halberd Group is a transportation and logistics company with operations in 30 states.
T Forward-Looking Statements
T This release contains forward-looking statements, which are subject to risks and uncertainties. Halberd undertakes no obligation to update them.
T Media contact:
T Kelly Nguyen, +1 312-555-0192, media@halberd.com
R SOURCE Halberd Group
R Related releases
R Halberd Group reports first quarter results
R Halberd Group names new Chief Financial Officer
R Back to newsroom
R Follow us
R LinkedIn
R X
R © 2024 Halberd Group. All rights reserved.
R Privacy Policy
R Terms of Use
""",
    # ===== an APA-OTS release as an extractor leaves it =====
    "de_ots_aussendung_extract": """\
T Wiener Stadtwerke: Neue Photovoltaik-Anlagen liefern Strom für 10.000 Haushalte
A Wien (OTS) - Die Wiener Stadtwerke haben im ersten Halbjahr 2024 auf Dächern von Remisen und Betriebsgebäuden 14 neue Photovoltaik-Anlagen in Betrieb genommen.
A Zusammen liefern sie rund 24 Gigawattstunden Strom pro Jahr.
A Die wichtigsten Zahlen im Überblick:
A 14 neue Anlagen
A 21 Megawatt Spitzenleistung
A Investition: 18 Millionen Euro
A „Jede Dachfläche zählt“, sagt Generaldirektor Peter Weinelt.
A Bis 2030 sollen weitere 50 Anlagen folgen.
T Rückfragehinweis:
T Wiener Stadtwerke
T Mag. Barbara Huber
T Telefon: +43 1 531 23-0000
T E-Mail: presse@wienerstadtwerke.at
R Digitale Pressemappe: http://www.ots.at/pressemappe/1234/aom
R *** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS. ***
R OTS0112 2024-07-02 10:30 021030 Jul 24 WSW0001 0412
""",
    # ===== a news aktuell release on presseportal, all of its page =====
    "de_newsaktuell_full": """\
R Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung zu.
R Alle akzeptieren
R Einstellungen
R presseportal
R Startseite
R Wirtschaft
R Blaulicht
R Finanzen
R Themen
R Kontakt
R Login
R 18.03.2024 – 09:15
R Nordlicht Versicherung AG
T Nordlicht Versicherung steigert Ergebnis deutlich
A Hamburg (ots) - Die Nordlicht Versicherung AG hat im Geschäftsjahr 2023 ihr Ergebnis vor Steuern um 31 Prozent auf 212 Millionen Euro gesteigert.
A Die Beitragseinnahmen stiegen um 6,4 Prozent auf 3,1 Milliarden Euro.
A Kennzahlen 2023:
A Beitragseinnahmen: 3,1 Mrd. Euro (Vorjahr: 2,9 Mrd. Euro)
A Ergebnis vor Steuern: 212 Mio. Euro (Vorjahr: 162 Mio. Euro)
A Schaden-Kosten-Quote: 93,8 Prozent
A „Wir haben in einem schwierigen Umfeld Kurs gehalten“, sagte Vorstandschefin Katrin Vogel.
A Für 2024 erwartet das Unternehmen ein Ergebnis auf Vorjahresniveau.
T Pressekontakt:
T Nordlicht Versicherung AG
T Unternehmenskommunikation
T Jan Petersen
T Telefon: 040 555 123-45
T E-Mail: presse@nordlicht-versicherung.de
R Original-Content von: Nordlicht Versicherung AG, übermittelt durch news aktuell
R Weitere Storys: Nordlicht Versicherung AG
R Weitere Storys: Nordlicht Versicherung AG
R Pressemappe
R Drucken
R Teilen
R Impressum
R Datenschutz
R AGB
R © 2024 news aktuell GmbH
""",
    # ===== a federal ministry's press release, all of its page =====
    "de_ministerium_full": """\
R Direkt zum Inhalt
R Leichte Sprache
R Gebärdensprache
R Bundesministerium für Umwelt und Verbraucherschutz
R Themen
R Ministerium
R Presse
R Service
R Suche
R Startseite
R Presse
R Pressemitteilungen
T Pressemitteilung Nr. 123/2024
R 15.08.2024
T Bund fördert Renaturierung von Mooren mit 500 Millionen Euro
A Das Bundesumweltministerium stellt in den kommenden vier Jahren 500 Millionen Euro für die Wiedervernässung von Mooren bereit.
A Damit sollen bis 2028 rund 40.000 Hektar trockengelegter Moorböden wieder nass werden.
A Gefördert werden:
A der Ankauf von Flächen,
A die Planung von Wiedervernässungen,
A Ausgleichszahlungen an Landwirte.
A Bundesumweltministerin Lena Hartmann: „Moore sind unsere besten Klimaschützer.“
A Anträge können ab dem 1. Oktober gestellt werden.
R Seite teilen
R Drucken
R Nach oben
R Weitere Pressemitteilungen
R Neue Regeln für Einwegplastik treten in Kraft
R Hochwasserschutz: Bund stockt Mittel auf
R Impressum
R Datenschutz
R Barrierefreiheit
R Kontakt
""",
    # ===== a university's press release as an extractor leaves it =====
    "de_hochschule_extract": """\
R Pressemitteilung
R 07.05.2024
T Neues Verfahren macht Batterien aus Natrium günstiger
A Forschende der Technischen Universität Sandberg haben ein Verfahren entwickelt, mit dem sich Natrium-Ionen-Batterien deutlich günstiger herstellen lassen.
A Die Ergebnisse sind in der Fachzeitschrift „Joule“ erschienen.
A Die Kathode wird dabei bei Raumtemperatur statt bei 800 Grad hergestellt.
A Das spart rund 40 Prozent Energie.
A „Das war lange nicht möglich“, sagt Prof. Dr. Martin Kühn.
T Originalpublikation:
T M. Kühn et al.: Room-temperature synthesis of layered oxide cathodes. Joule (2024). DOI: 10.1016/j.joule.2024.04.011
T Wissenschaftliche Ansprechpartner:
T Prof. Dr. Martin Kühn
T Institut für Energiespeicher
T martin.kuehn@tu-sandberg.de
R Weitere Informationen:
R https://www.tu-sandberg.de/energiespeicher
R Diese Seite teilen
""",
    # ===== a ministry's communiqué, all of its page =====
    "fr_communique_ministere_full": """\
R Aller au contenu
R Aller au menu
R Gouvernement
R Ministère de la Transition écologique
R Actualités
R Presse
R Le ministère
R Accueil
R Presse
R Communiqués de presse
T Communiqué de presse
R Publié le 14 mai 2024
T Le gouvernement lance un plan de 250 millions d'euros pour la rénovation des écoles
A Le ministre de la Transition écologique a annoncé ce mardi un plan de 250 millions d'euros pour accélérer la rénovation énergétique des écoles.
A Ce plan permettra de rénover environ 1 500 écoles d'ici 2027.
A Les principales mesures :
A un guichet unique pour les communes ;
A des aides pouvant couvrir jusqu'à 80 % des travaux ;
A un accompagnement technique gratuit.
A « Nos enfants doivent étudier dans des bâtiments sobres et confortables », a déclaré le ministre.
A Les dossiers pourront être déposés à partir du 1er septembre.
T Contact presse
T Service de presse du ministère
T 01 40 81 72 00
T presse@ecologie.gouv.fr
R Partager la page
R Facebook
R Linkedin
R Imprimer
R Voir aussi
R Sécheresse : point de situation au 10 mai
R Mentions légales
R Données personnelles
R Gestion des cookies
R Accessibilité : partiellement conforme
""",
    # ===== a Business Wire release in French, as an extractor leaves it =====
    "fr_businesswire_extract": """\
T Aubrac Énergie annonce un chiffre d'affaires de 1,2 milliard d'euros au premier semestre
A PARIS--(BUSINESS WIRE)--Regulatory News:
A Aubrac Énergie (Euronext Paris : AUBR) annonce aujourd'hui un chiffre d'affaires de 1,2 milliard d'euros au premier semestre 2024, en hausse de 9 %.
A Faits marquants du semestre :
A Chiffre d'affaires : 1 212 M€ (+9 %)
A EBITDA : 318 M€ (+12 %)
A Capacité installée : 4,1 GW
A « Ce semestre confirme la solidité de notre modèle », a déclaré Claire Vidal, directrice générale.
A Le groupe confirme ses objectifs pour l'ensemble de l'année.
T À propos d'Aubrac Énergie
T Aubrac Énergie est un producteur indépendant d'électricité renouvelable présent dans six pays européens.
T Contacts
T Relations presse : Julien Morel - +33 1 70 00 00 00 - julien.morel@aubrac-energie.com
R Voir la version source sur businesswire.com : https://www.businesswire.com/news/home/20240725123456/fr/
""",
    # ===== an NGO's communiqué as an extractor leaves it =====
    "fr_ong_communique_extract": """\
R Communiqué
R Paris, le 3 juin 2024
T Logement : 330 000 personnes sans domicile en France, selon la Fondation
A Le nombre de personnes sans domicile a doublé en dix ans, selon le rapport annuel publié ce lundi par la Fondation Toit pour Tous.
A Elles sont aujourd'hui 330 000, dont 3 000 enfants qui dorment dans la rue.
A La Fondation demande :
A la construction de 150 000 logements sociaux par an ;
A l'encadrement des loyers dans toutes les grandes villes.
A « C'est un échec collectif », a réagi son président, Michel Fabre.
A « Rien ne bougera sans volonté politique. »
T Contact presse : Nadia Benali - 06 12 34 56 78 - nbenali@toitpourtous.org
R Partager sur Facebook
R Partager sur X
R Télécharger le communiqué (PDF, 215 Ko)
""",
    # ===== a ministry's nota de prensa, all of its page =====
    "es_nota_prensa_ministerio_full": """\
R Saltar al contenido principal
R Ministerio de Agricultura, Pesca y Alimentación
R Ministerio
R Agricultura
R Pesca
R Alimentación
R Prensa
R Inicio
R Prensa
R Notas de prensa
T Nota de prensa
R Madrid, martes 9 de abril de 2024
T El Gobierno aprueba 200 millones de euros en ayudas para los agricultores afectados por la sequía
A El Consejo de Ministros ha aprobado hoy un real decreto con ayudas por valor de 200 millones de euros para los agricultores y ganaderos afectados por la sequía.
A Las ayudas llegarán a unas 80.000 explotaciones.
A El paquete incluye:
A Ayudas directas por hectárea para cultivos de secano.
A Rebajas del 25 % en el IRPF de los módulos agrarios.
A Préstamos sin intereses para la compra de forraje.
A "Estamos al lado de quienes nos dan de comer", ha señalado el ministro.
A Las solicitudes podrán presentarse hasta el 30 de junio.
R Compartir
R Imprimir
R Descargar nota de prensa (PDF)
T Gabinete de Prensa
T Teléfono: 91 347 50 00
T prensa@mapa.es
R Aviso legal
R Accesibilidad
R Mapa web
R Política de cookies
R © Ministerio de Agricultura, Pesca y Alimentación
""",
    # ===== a PR Newswire release in Spanish as an extractor leaves it =====
    "es_prnewswire_extract": """\
T Solaria Hogar lanza su primera batería doméstica para el mercado latinoamericano
A CIUDAD DE MÉXICO, 11 de marzo de 2024 /PRNewswire/ -- Solaria Hogar, fabricante de sistemas de energía solar para viviendas, presentó hoy su primera batería doméstica diseñada para América Latina.
A La batería almacena hasta 10 kWh y se instala en menos de un día.
A Principales características:
A Garantía de 10 años
A Compatible con paneles de cualquier marca
A Aplicación móvil incluida
A "Queremos que cada hogar pueda guardar su propia energía", dijo Laura Méndez, directora general de Solaria Hogar.
A La batería estará disponible en México, Colombia y Chile a partir de mayo.
T Acerca de Solaria Hogar
T Solaria Hogar es una empresa mexicana fundada en 2015 que ha instalado más de 40.000 sistemas solares en la región.
T Contacto de prensa:
T Andrés Ruiz
T prensa@solariahogar.mx
R FUENTE Solaria Hogar
R Ver contenido original para descargar multimedia: https://www.prnewswire.com/news-releases/solaria-hogar-lanza-302081234.html
""",
    # ===== a university's press release, all of its page =====
    "es_universidad_full": """\
R Universidad de Valdemar
R Estudios
R Investigación
R Internacional
R Sala de prensa
R Inicio
R Sala de prensa
R Notas de prensa
T Un estudio de la Universidad de Valdemar relaciona el calor extremo con más ingresos hospitalarios
R 22/07/2024
A Investigadores de la Universidad de Valdemar han comprobado que los ingresos hospitalarios aumentan un 12 % en los días de calor extremo.
A El estudio ha analizado datos de 40 hospitales durante diez años.
A Los grupos más afectados son:
A Mayores de 75 años
A Personas con enfermedades cardíacas
A Trabajadores al aire libre
A "El calor es un problema de salud pública", ha afirmado la investigadora principal, Marta Gil.
T Referencia: Gil, M. et al. (2024). Extreme heat and hospital admissions in Spain. The Lancet Regional Health.
R Comparte esta noticia
R Facebook
R X
R WhatsApp
R Noticias relacionadas
R La universidad inaugura un nuevo laboratorio de clima
R Contacto
R Aviso legal
R Política de privacidad
R Esta web utiliza cookies propias y de terceros. Aceptar
""",
    # ===== a ministry's comunicato stampa, all of its page =====
    "it_comunicato_ministero_full": """\
R Vai al contenuto principale
R Vai al menu di navigazione
R Ministero delle Infrastrutture e dei Trasporti
R Ministero
R Temi
R Comunicazione
R Home
R Comunicazione
R Comunicati stampa
T Comunicato stampa
R 18 giugno 2024
T Ferrovie, via libera a 2,5 miliardi per il raddoppio della linea adriatica
A Il Ministero delle Infrastrutture e dei Trasporti ha firmato oggi il decreto che stanzia 2,5 miliardi di euro per il raddoppio della linea ferroviaria adriatica tra Pescara e Bari.
A I lavori partiranno nel 2025.
A L'intervento prevede:
A 120 chilometri di nuovi binari;
A 8 stazioni rinnovate;
A la soppressione di 35 passaggi a livello.
A «È un'opera attesa da decenni», ha dichiarato il ministro.
A Il completamento è previsto entro il 2031.
R Condividi
R Stampa
R Ultimi comunicati
R Autotrasporto, firmato il decreto sugli incentivi
R Note legali
R Privacy
R Accessibilità
R Questo sito utilizza cookie tecnici. Accetto
""",
    # ===== an Italian listed company's half-year release as an extractor leaves it =====
    "it_comunicato_trimestrale_extract": """\
T Comunicato stampa
T Gruppo Tessiture Lariane: ricavi in crescita del 7% nel primo semestre 2024
A Como, 30 luglio 2024 – Il Consiglio di Amministrazione di Tessiture Lariane S.p.A. ha approvato oggi la relazione finanziaria semestrale al 30 giugno 2024.
A Principali risultati del semestre:
A Ricavi: 184,6 milioni di euro (+7%)
A EBITDA: 31,2 milioni di euro (+10%)
A Utile netto: 14,8 milioni di euro
A Posizione finanziaria netta: positiva per 22 milioni
A «Il semestre conferma la forza dei nostri marchi», ha commentato l'amministratore delegato Paolo Ferri.
A Il Gruppo conferma le previsioni per l'intero esercizio.
T Il dirigente preposto alla redazione dei documenti contabili societari dichiara che l'informativa contabile contenuta nel presente comunicato corrisponde alle risultanze documentali, ai libri e alle scritture contabili.
T Per ulteriori informazioni:
T Investor Relations
T Giulia Conti
T ir@tessiturelariane.it
R Scarica il comunicato in PDF
""",
    # ===== a university's comunicato as an extractor leaves it =====
    "it_universita_extract": """\
R Ufficio Stampa
R Comunicati stampa
T Scoperta una nuova specie di ape nelle Alpi Apuane
A Un gruppo di ricercatori dell'Università di Lucca ha descritto una nuova specie di ape selvatica, trovata finora solo sulle Alpi Apuane.
A La specie è stata chiamata Andrena apuana.
A Misura meno di un centimetro.
A «È un segnale di quanto sia ricca la biodiversità delle nostre montagne», spiega la professoressa Elena Marchi.
A Lo studio è pubblicato sulla rivista Zootaxa.
R Pubblicato il 15/05/2024
R Tag: ricerca, biodiversità
R Condividi su Facebook
R Condividi su X
""",
    # ===== a government's nota à imprensa, all of its page =====
    "pt_nota_imprensa_governo_full": """\
R Ir para o conteúdo
R República Portuguesa
R XXIV Governo
R Governo
R Comunicação
R Documentos
R Contactos
R Comunicação
R Notas à imprensa
T Nota à imprensa
R 2024-05-21 às 17h30
T Governo aprova programa de 300 milhões de euros para habitação jovem
A O Conselho de Ministros aprovou hoje um programa de 300 milhões de euros para apoiar o acesso dos jovens à habitação.
A O programa abrange jovens até aos 35 anos.
A As medidas incluem:
A garantia pública para o crédito à habitação;
A isenção de IMT na compra da primeira casa;
A reforço do apoio ao arrendamento.
A «Queremos que os jovens possam ficar no país», afirmou a ministra.
R Partilhar
R Facebook
R X
R Imprimir
R Outras notas à imprensa
R Governo reforça apoio às famílias numerosas
R Política de privacidade
R Acessibilidade
R Este sítio utiliza cookies. Aceitar
""",
    # ===== a PR Newswire release in Brazilian Portuguese, as an extractor leaves it =====
    "pt_prnewswire_extract": """\
T Fintech Pagaê recebe aporte de R$ 120 milhões para expandir crédito a pequenas empresas
A SÃO PAULO, 9 de abril de 2024 /PRNewswire/ -- A Pagaê, fintech de crédito para pequenas empresas, anunciou hoje um aporte de R$ 120 milhões liderado pelo fundo Atlântico Ventures.
A Os recursos serão usados para:
A ampliar a oferta de crédito;
A contratar 150 pessoas;
A abrir escritórios em Recife e Porto Alegre.
A "Pequenas empresas movem o Brasil", disse Renata Lima, CEO da Pagaê.
A A empresa já concedeu mais de R$ 2 bilhões em crédito desde 2019.
T Sobre a Pagaê
T A Pagaê é uma fintech brasileira que oferece crédito e conta digital para pequenas e médias empresas.
T Contato para imprensa:
T imprensa@pagae.com.br
R FONTE Pagaê
R Veja o conteúdo original para baixar a mídia: https://www.prnewswire.com/br/releases-de-imprensa/pagae-302082345.html
""",
    # ===== a ministry's persbericht, all of its page =====
    "nl_persbericht_ministerie_full": """\
R Ga direct naar inhoud
R Rijksoverheid
R Onderwerpen
R Ministeries
R Documenten
R Actueel
R Contact
R Home
R Actueel
R Nieuws
T Kabinet trekt 1 miljard uit voor betere isolatie van huurwoningen
R Nieuwsbericht
R 12-04-2024
R Ministerie van Volkshuisvesting en Ruimtelijke Ordening
A Het kabinet stelt de komende vijf jaar 1 miljard euro beschikbaar om huurwoningen beter te isoleren.
A Daarmee moeten ongeveer 250.000 woningen van een slecht energielabel af.
A Het geld gaat naar:
A woningcorporaties;
A gemeenten met veel particuliere verhuur;
A een fonds voor kleine verhuurders.
A "Niemand hoort in een tochtig huis te wonen," zegt de minister.
A De regeling gaat op 1 juli open.
R Deel deze pagina
R Print
R Meer nieuws
R Huurverhoging sociale huur beperkt in 2024
R Over deze site
R Privacy
R Cookies
R Toegankelijkheid
""",
    # ===== a company's persbericht as an extractor leaves it =====
    "nl_persbericht_bedrijf_extract": """\
R Persbericht
T Fietsfabrikant Velomaat opent nieuwe fabriek in Zwolle
A ZWOLLE, 4 maart 2024 – Fietsfabrikant Velomaat opent vandaag een nieuwe fabriek in Zwolle, waar jaarlijks 120.000 elektrische fietsen van de band gaan rollen.
A Met de fabriek zijn 250 nieuwe banen gemoeid.
A De belangrijkste feiten:
A investering van 45 miljoen euro;
A 250 nieuwe banen;
A volledig op zonne-energie.
A "Dit is een belangrijke dag voor ons bedrijf," zegt directeur Sanne de Vries.
A De eerste fietsen gaan in april naar de winkels.
R Einde persbericht
T Noot voor de redactie, niet voor publicatie:
T Voor meer informatie kunt u contact opnemen met Pieter Jansen, woordvoerder, via 06-12345678 of pers@velomaat.nl.
T Over Velomaat
T Velomaat is een Nederlandse fietsfabrikant, opgericht in 1998, met 900 medewerkers.
""",
    # ===== a university persbericht, all of its page =====
    "nl_universiteit_full": """\
R Deze website gebruikt cookies. Akkoord
R Universiteit van Oosterland
R Onderwijs
R Onderzoek
R Over ons
R Nieuws
R Home
R Nieuws
R Persberichten
T Onderzoekers ontwikkelen bloedtest voor vroege opsporing van alvleesklierkanker
R 23 januari 2024
A Onderzoekers van de Universiteit van Oosterland hebben een bloedtest ontwikkeld die alvleesklierkanker in een vroeg stadium kan opsporen.
A De test herkende 9 van de 10 tumoren in een vroeg stadium.
A Het onderzoek verscheen in het tijdschrift Gastroenterology.
A "Dit kan veel levens redden," zegt hoogleraar Karin Dekker.
A Er volgt nu een grotere studie met 5.000 patiënten.
T Meer informatie
T Afdeling Communicatie, pers@oosterland.nl, 050 363 1234
R Deel dit bericht
R Gerelateerd nieuws
R Nieuwe onderzoekshal geopend
R Colofon
R Privacyverklaring
R Toegankelijkheid
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a Business Wire release with its end mark, the sender's name and its other releases, all of the page =====
    "en_businesswire_endmark_full": """\
R Skip to main content
R Business Wire
R Newsroom
R Log In
T Coastal Power Cooperative Completes 200-Megawatt Solar Farm in Georgia
R March 5, 2024 08:00 AM Eastern Standard Time
A SAVANNAH, Ga.--(BUSINESS WIRE)--Coastal Power Cooperative today announced the completion of its 200-megawatt solar farm near Statesboro, Georgia.
A The project ends a three-year construction program and will power about 35,000 homes.
A Project highlights:
A 480,000 solar panels on 1,400 acres
A 300 construction jobs
A Power for 35,000 homes
A "This is the largest project in our history," said CEO Rhonda Mills.
A Construction ends on schedule.
R ###
T About Coastal Power Cooperative
T Coastal Power Cooperative supplies electricity to 1.2 million people in Georgia and South Carolina.
T Contacts
T Media: Joe Lang, media@coastalpower.coop
R View source version on businesswire.com: https://www.businesswire.com/news/home/20240305112233/en/
R Coastal Power Cooperative, Inc.
R Release Versions
R English
R More News From Coastal Power Cooperative, Inc.
R Coastal Power Cooperative Names New Board Chair
R Coastal Power Cooperative Reports 2023 Results
R Download press release (PDF)
R Terms of Use
R © 2024 Business Wire, Inc.
""",
    # ===== a UK charity's release with its ENDS mark and a short line on what ends, as an extractor leaves it =====
    "en_charity_ends_extract": """\
R NEWS RELEASE
T Food bank use hits record high as winter support scheme ends
A LEEDS, 8 January 2024 - Food banks in Yorkshire gave out a record 96,000 emergency food parcels in December, the charity Northern Larder said today.
A The figure is up 18% on the same month last year.
A The government's household support fund ends in March.
A "We cannot keep up," said the charity's director, Amira Khan.
A Ends.
A Donations can be made at any of the charity's 40 food banks.
R ENDS
T Notes to editors
T Northern Larder runs 40 food banks across Yorkshire.
""",
    # ===== an APA-OTS release with its end mark and code, as an extractor leaves it =====
    "de_ots_ende_extract": """\
T Land Tirol: Neue Buslinie verbindet drei Täler
A Innsbruck (OTS) - Ab 1. April verbindet eine neue Buslinie das Ötztal, das Pitztal und das Kaunertal.
A Die Busse fahren im Stundentakt.
A Das Angebot endet am Ende der Wintersaison nicht, sondern gilt das ganze Jahr.
A „Das ist ein großer Schritt für die Region“, sagt Landesrat René Zumtobel.
R Ende der Pressemitteilung
T Rückfragehinweis:
T Amt der Tiroler Landesregierung, Presse, Tel.: +43 512 508 1902
R OTS0045 2024-03-12 09:30 120930 Mär 24 TIR0003 0211
""",
    # ===== a French ministry's communiqué with its place and date, a letter in it and its end mark, all the page =====
    "fr_communique_fin_full": """\
R Aller au contenu
R Accueil
R Presse
R Communiqués de presse
R Communiqué
R Paris, le 5 mars 2024
T Le ministre écrit aux maires sur la sécheresse
A Le ministre de l'Agriculture a adressé ce mardi une lettre aux maires des communes touchées par la sécheresse.
A En voici le texte :
T Paris, le 4 mars 2024
A Mesdames et Messieurs les maires,
A La sécheresse qui frappe nos territoires appelle une mobilisation de tous, et l'État sera à vos côtés tout au long de l'été.
A Je vous prie d'agréer l'expression de ma haute considération.
A Le communiqué précise que des aides seront versées dès avril.
R Fin du communiqué
R Partager
R Imprimer
R Mentions légales
""",
    # ===== a Spanish ministry's nota with its weekday dateline and end mark, as an extractor leaves it =====
    "es_nota_fin_extract": """\
R Notas de prensa
R Madrid, lunes 4 de marzo de 2024
T Trabajo amplía el plazo de las ayudas a autónomos
A El Ministerio de Trabajo ha ampliado hasta el 30 de junio el plazo para solicitar las ayudas a trabajadores autónomos.
A El plazo termina el 30 de junio.
A Fin de la espera.
A Las ayudas podrán pedirse por internet.
R - FIN -
""",
    # ===== an Italian comunicato with its download button and end mark, all the page =====
    "it_comunicato_fine_full": """\
R Vai al contenuto
R Home
R Comunicati stampa
T Regione, 30 milioni per le scuole di montagna
A La Giunta regionale ha approvato oggi un piano da 30 milioni di euro per le scuole dei comuni montani.
A Il piano prevede:
A nuovi scuolabus;
A la ristrutturazione di 40 edifici;
A borse di studio per 500 studenti.
A «Nessuna scuola di montagna deve chiudere», ha detto l'assessora.
R Fine comunicato
R Scarica il comunicato stampa (PDF, 120 KB)
R Condividi
R Privacy
""",
    # ===== a Portuguese release with its end mark and buttons, as an extractor leaves it =====
    "pt_comunicado_fim_extract": """\
T Câmara de Braga lança programa de hortas urbanas
A A Câmara Municipal de Braga lançou hoje um programa que vai criar 200 hortas urbanas em cinco bairros da cidade.
A As inscrições terminam a 15 de abril.
A Cada horta terá 50 metros quadrados.
A "Queremos aproximar as pessoas da terra", disse o vereador.
R Fim do comunicado
R Descarregar o comunicado (PDF)
R Veja o conteúdo original para baixar a mídia: https://www.prnewswire.com/br/releases-de-imprensa/braga-302099887.html
""",
    # ===== a Dutch company's persbericht with its end mark, all the page =====
    "nl_persbericht_einde_full": """\
R Naar de inhoud
R Home
R Persberichten
T Zuivelcoöperatie opent nieuwe kaasfabriek in Friesland
A LEEUWARDEN, 6 maart 2024 – Zuivelcoöperatie Noorderland opent vandaag een nieuwe kaasfabriek in Leeuwarden.
A De fabriek verwerkt jaarlijks 400 miljoen liter melk.
A Het project eindigt niet bij de fabriek: er komt ook een bezoekerscentrum.
A "Dit is goed nieuws voor de boeren," zegt directeur Jelle Hoekstra.
R --- Einde persbericht ---
T Noot voor de redactie:
T Voor meer informatie: pers@noorderland.nl
R Download persbericht (PDF)
R Cookies
R Privacy
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Ufficio Stampa" over the release: an it press office's name as a label, left by release33 (test_keep21's
    # it_comunicato keeps "Ufficio stampa ATM" as the article's under "Per informazioni:")
    "it_universita_extract": 1,
    # a short page whose language the stopword profile does not tell (a headline, a dateline and four short lines):
    # the language-neutral tables read it, and es's "Notas de prensa" and the weekday dateline wait for es's (with es
    # forced both go); its "- FIN -" goes by the neutral table
    "es_nota_fin_extract": 2,
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, judge=judge_release, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST, judge=judge_release)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a release per language, the residue line put before or after them
TEXT = {
    "en": [
        "Halberd Group today announced that it has agreed to acquire Coastline Logistics, a regional freight company based in Savannah, for $320 million in cash.",
        "The deal is expected to close in the third quarter of 2024, subject to regulatory approval.",
        "Coastline's founder, Beth Simmons, will join Halberd's leadership team after the deal closes.",
    ],
    "de": [
        "Die Wiener Stadtwerke haben im ersten Halbjahr 2024 auf Dächern von Remisen und Betriebsgebäuden 14 neue Photovoltaik-Anlagen in Betrieb genommen.",
        "Zusammen liefern sie rund 24 Gigawattstunden Strom pro Jahr, genug für 10.000 Haushalte.",
        "Bis 2030 sollen weitere 50 Anlagen folgen, kündigte der Generaldirektor am Dienstag an.",
    ],
    "fr": [
        "Le ministre de la Transition écologique a annoncé ce mardi un plan de 250 millions d'euros pour accélérer la rénovation énergétique des écoles.",
        "Ce plan permettra de rénover environ 1 500 écoles d'ici 2027, selon le ministère.",
        "Les dossiers pourront être déposés à partir du 1er septembre auprès des préfectures.",
    ],
    "es": [
        "El Consejo de Ministros ha aprobado hoy un real decreto con ayudas por valor de 200 millones de euros para los agricultores afectados por la sequía.",
        "Las ayudas llegarán a unas 80.000 explotaciones de todo el país, según el ministerio.",
        "Las solicitudes podrán presentarse hasta el 30 de junio en las oficinas de las comunidades autónomas.",
    ],
    "it": [
        "Il Ministero delle Infrastrutture ha firmato oggi il decreto che stanzia 2,5 miliardi di euro per il raddoppio della linea ferroviaria adriatica.",
        "I lavori partiranno nel 2025 e dureranno circa sei anni, secondo le stime del ministero.",
        "Il completamento dell'opera è previsto entro il 2031, ha spiegato il ministro.",
    ],
    "pt": [
        "O Conselho de Ministros aprovou hoje um programa de 300 milhões de euros para apoiar o acesso dos jovens à habitação.",
        "O programa abrange jovens até aos 35 anos e entra em vigor em julho, segundo o Governo.",
        "A ministra afirmou que o objetivo é que os jovens possam ficar no país.",
    ],
    "nl": [
        "Het kabinet stelt de komende vijf jaar 1 miljard euro beschikbaar om huurwoningen beter te isoleren.",
        "Daarmee moeten ongeveer 250.000 woningen van een slecht energielabel af, schrijft de minister aan de Kamer.",
        "De regeling gaat op 1 juli open voor woningcorporaties en gemeenten.",
    ],
}

_CO, _DL, _SC = "copyright", "dateline", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "###", _CO),
    ("en", "# # #", _CO),
    ("en", "-ENDS-", _CO),
    ("en", "– ENDS –", _CO),
    ("en", "ENDS", _CO),
    ("en", "End of press release", _CO),
    ("en", "February 20, 2024 04:05 PM Eastern Standard Time", _DL),
    ("en", "Download the news release as PDF", _SC),
    ("de", "Ende der Pressemitteilung", _CO),
    ("de", "- Ende -", _CO),
    ("de", "OTS0112 2024-07-02 10:30 021030 Jul 24 WSW0001 0412", _CO),
    ("fr", "Fin du communiqué", _CO),
    ("fr", "Communiqué", _CO),
    ("fr", "Paris, le 3 juin 2024", _DL),
    ("es", "Fin de la nota de prensa", _CO),
    ("es", "- FIN -", _CO),
    ("es", "Madrid, martes 9 de abril de 2024", _DL),
    ("es", "Notas de prensa", _SC),
    ("it", "Fine comunicato", _CO),
    ("it", "Scarica il comunicato in PDF", _SC),
    ("it", "Comunicati stampa", _SC),
    ("pt", "Fim do comunicado", _CO),
    ("pt", "Veja o conteúdo original para baixar a mídia: https://www.prnewswire.com/br/releases-de-imprensa/pagae-302082345.html", _CO),
    ("pt", "Baixar nota à imprensa em PDF", _SC),
    ("nl", "Einde persbericht", _CO),
    ("nl", "--- Einde persbericht ---", _CO),
    ("nl", "Download het persbericht als pdf", _SC),
    ("nl", "Persbericht downloaden", _SC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "The strike ends on Friday, the union said, and the end of the press release period is set for March."),
    ("en", "The filing was stamped February 20, 2024 04:05 PM Eastern Standard Time, an hour after the markets closed."),
    ("en", "Reporters could download the press release as a PDF from the ministry's website, a spokesman said."),
    ("en", "More news from Northfield Software, Inc. is expected next week, when the company reports its results."),
    ("de", "Am Ende der Pressemitteilung nennt das Ministerium eine Telefonnummer für Rückfragen."),
    ("fr", "À la fin du communiqué, le ministère annonce une nouvelle réunion avec les syndicats le 12 juin."),
    ("fr", "Le communiqué de la préfecture ne précise pas le nombre de blessés."),
    ("es", "Al final de la nota de prensa, el ministerio pide calma a los agricultores afectados."),
    ("es", "Las notas de prensa del ministerio se publican cada martes en su página web."),
    ("it", "Alla fine del comunicato stampa, la Regione annuncia nuovi controlli sulle strade."),
    ("it", "Chi vuole può scaricare il comunicato in PDF dal sito della Regione, spiega l'assessore."),
    ("it", "I comunicati stampa del ministero vengono pubblicati ogni lunedì sul sito."),
    ("pt", "No fim do comunicado, o ministério pede aos cidadãos que evitem deslocações."),
    ("nl", "Aan het einde van het persbericht noemt het ministerie een telefoonnummer voor vragen."),
    ("nl", "U kunt het persbericht downloaden als pdf op de website van de gemeente."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


_WIRE_TAIL = ["View source version on businesswire.com: https://www.businesswire.com/news/home/20240220771234/en/"]
_CHROME_TAIL = ["Release Versions", "English", "Terms of Use"]


@pytest.mark.parametrize("name", ["Coastal Power Cooperative Inc.", "Halberd Group Ltd.", "Verdant Bio Corp.", "Tessiture Lariane S.p.A."])
def test_a_companys_name_closed_by_its_legal_form_goes_with_the_wires_chrome(name: str) -> None:
    # furniture (edge_press.company_name): the form's full stop closes no sentence; the name among the wire's chrome
    # under the release goes with the run, as one without the stop did (with a comma before the form, "Coastal Power
    # Cooperative, Inc.", it goes in the probe's full pages; right under the last paragraph and one wire line, as here,
    # another guard of edge-furniture keeps it, as on main)
    page = [*TEXT["en"], *_WIRE_TAIL, name, *_CHROME_TAIL]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[3:], gone


@pytest.mark.parametrize(
    "line",
    [
        "The buyer is Coastline Logistics Inc.",
        "It was renamed Halberd Group Ltd.",
        "We are Halberd Group Ltd.",
    ],
)
def test_a_sentence_closing_on_a_legal_form_stays(line: str) -> None:
    # (a lower-case word makes the line a sentence: at the tail over the wire's chrome it stays)
    page = [*TEXT["en"], line, *_CHROME_TAIL]
    lost_lines, gone = _kept(page)
    assert line not in lost_lines, gone


def test_a_signature_with_a_companys_name_stays_as_before() -> None:
    # (a letter's signer over the company's name with its form: the furniture run takes neither, as on main)
    page = [*TEXT["en"], "Sincerely,", "Mark Dunn", "Chief Executive Officer, Halberd Group Inc."]
    lost_lines, gone = _kept(page)
    assert lost_lines == [], gone


def test_more_news_from_a_sender_with_its_comma_goes_over_its_headlines_only() -> None:
    # teaser-box (en promos.box_heading): over two headlines it is a box's heading; alone at the tail it stays
    heading = "More News From Coastal Power Cooperative, Inc."
    box = ["Coastal Power Cooperative Names New Board Chair", "Coastal Power Cooperative Reports 2023 Results"]
    lost_lines, gone = _kept([*TEXT["en"], heading, *box])
    assert lost_lines == [heading, *box], gone
    lost_lines, gone = _kept([*TEXT["en"][:2], heading, TEXT["en"][2]])
    assert lost_lines == [], gone


@pytest.mark.parametrize("line", ["###", "-ENDS-", "– ENDS –", "End of press release"])
def test_an_end_mark_between_the_release_and_its_about_box_goes_and_the_box_stays(line: str) -> None:
    about = ["About Halberd Group", "Halberd Group is a transportation and logistics company with operations in 30 states."]
    page = [*TEXT["en"], line, *about]
    lost_lines, gone = _kept(page)
    assert lost_lines == [line], gone


def test_a_letters_place_and_date_over_its_greeting_stays_and_the_releases_goes() -> None:
    # fr metadata.dateline ("Paris, le 3 juin 2024"): the release's place and date over its headline go; a letter's
    # inside the text, over its greeting, stays (dateline's letter guard)
    letter = ["Lyon, le 4 mars 2024", "Mesdames et Messieurs les maires,", *TEXT["fr"][1:]]
    page = ["Paris, le 5 mars 2024", TEXT["fr"][0], *letter]
    lost_lines, gone = _kept(page)
    assert lost_lines == ["Paris, le 5 mars 2024"], gone


if __name__ == "__main__":
    report(CASES, judge_release)
