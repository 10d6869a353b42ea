# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""courts39: a probe of court and crime reporting, scraped as text (half as an extractor leaves it, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: trial coverage with short quoted exchanges ("Prosecutor:
Where were you?" / "Moss: At home.", "Richterin:" / "Angeklagter:", "Le président :" / "L'accusé :", "Pm:" /
"Testimone:", "Juiz:" / "Arguido:"), sentencing stories with the charges one a line, ruling explainers quoting the
judgment's paragraphs and its reference ("[2023] UKSC 42", "Case C-311/18", "Az. 2 BvF 1/23", "Décision n° 2023-1074
QPC", "STS 1234/2024", "Cass. civ., Sez. Lav., ord. n. 5921/2024", "Processo n.º 123/22.0JABRG",
"ECLI:NL:RBZWB:2024:1534"), police appeals with a suspect's or a missing person's description one line a trait and
the number to call, court calendars and magistrates' results, crime round-ups of dated short items.

- the article (``A``): the exchanges' short lines ("Moss: Yes.", "Angeklagter: Nein.", "L'accusé : J'avais peur."),
  the charges and traits one a line ("Money laundering", "Slim build", "- schlanke Statur", "corpulence mince",
  "Complexión: delgada", "tenger postuur"), the appeal's call ("Anyone with information should call …", "Zeugen, die
  Hinweise … geben können, werden gebeten, sich unter der Telefonnummer … zu melden.", "Heeft u iets gezien …? Bel …"),
  the ruling's reference alone on its line, the docket's entries and day headings, the update and correction notes as
  published ("Updated at 4.05pm to include …", "Korrektur:", "Mise à jour …", "Actualización:", "Aggiornamento ore 16:
  …", "Notícia atualizada às …", "Update 16.10 uur: …");
- the residue (``R``): bylines and stamps ("Published: 14:20, 7 March 2024 | Updated: 16:05, 7 March 2024", "Modifié
  le …", "Actualizado: …", "Laatste update: …"), a police press office's contact block under the appeal ("Rückfragen
  bitte an:", "Telefon: …", "Original-Content von: …"), share rows, menus, newsletter plugs, related stories, comments,
  cookie banners, footers;
- ``T``: headlines, a source line ("Source : Conseil constitutionnel").

- round 1, blind (written before reading the passes): 25 pages (12 extracts, 13 full pages), 252 ``A`` lines, 350
  ``R``, 26 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 7 pages (4 extracts, 3 full pages), 47 ``A``, 67 ``R``, 6 ``T``: a
  round-up the extractor left without its title (es), a Presseportal release's dateline under the head's run and its
  description's label closing the text over the press office's block (de), the charges closing the text over the
  share row and the tags (en), an ECLI closing the text (nl), a rail of teasers running into a round-up's title,
  stamp and days (fr), a description's label closing an appeal (it), a ruling's date and process number closing the
  text (pt).

Measured on main 0156e2d: round 1 lost 7, left 5. The losses: a crime round-up's first three dated items (es: "Lunes 4
de marzo" over its item, three times), Presseportal's dateline alone on its line ("Mannheim (ots)"). Left: a
newsletter box's blurb (de), a wire's place name and a writer's name alone in the head (es "Ronda", "Marta Sánchez",
"Madrid"), a reader's comment with its name ("Vicente: Ya era hora …"). Probing beyond round 1 (short pages, the
genre's lists and references at the text's tail) found more losses on main: the charges or a description closing the
text under their colon ("… found her guilty of:" over "Theft by employee", "Money laundering"; "The man is described
as:" over "Slim build"), a ruling's reference alone under the last paragraph ("Case C-311/18", "STS 1234/2024",
"Sentencia 45/2024", "ECLI:ES:TS:2024:1234", "Proc. 1234/21.0T9LSB", "ECLI:NL:RBZWB:2024:1534", "Zaaknummer:
02/123456-23"), a round-up's first day as the page's first line (title-line), and round 2's rail running into a
round-up (teaser-box: its opening and days as teasers).

After: round 1 lost 0, left 10; round 2 lost 0, left 1 (``RESIDUE_LEFT`` says what and why; round 1's es round-up
leaves its tail, which went with the items before). The changes, in ``cleaner/passes/edge_courts.py`` (compiled with
the other edge modules, ``setup.py``), and one table:

- ``dated_chain`` (headline-run's test of a teaser list): a chain half of whose headlines (two at least) are a day's
  heading (``day_heading``: up to six words, a figure and a weekday's or a month's name, table
  ``metadata.event_date``) is a round-up's dated items, no rail; a rail of other stories over the article still goes
  (test).
- ``court_title`` (title-line's test of a headline): a day's heading, or a press release's dateline ("Mannheim (ots)"),
  is no headline; a headline, a life's years ("1938 - 2025", the old obituary probes) and a headline closing on a
  bracket ("… (Reuters)") still go (test).
- ``source_dateline_head`` (edge-furniture's guard at the head): a place of one to three capitalised words and a short
  bracketed service ("(ots)", "(dpa/lby)") right over the first paragraph stays; the run over it still goes (test).
- ``day_item`` / ``box_over_days`` (teaser-box): a day's heading between two sentences (the round-up's opening and its
  first item) ends a box that ran into the round-up, less the last teaser it read there (the round-up's opening); a
  box of teasers dated under their headlines, a question headline among them, still goes whole (test; the
  equivalence check's BBC page).
- ``court_tail`` (edge-furniture's guard at the tail): the short items under a colon line table
  ``structure.charge_lead`` reads (new, one ``any`` list for the seven languages: "… guilty of:", "described as:",
  "Täterbeschreibung:", "… verurteilt wegen:", "Son signalement :", "… por los delitos de:", "… dei reati di:",
  "Características do suspeito:", "… veroordeeld voor:"), down to another pass's line or the next label; a label
  over tags, links or a menu ("Topics:", "Follow us:", "Read more from our coverage:") still goes (test). And a
  ruling's reference block (up to three short lines with figures, down to the last holding a docket number:
  ``case_reference``) right under the last paragraph; a gallery's counter ("Foto 12/24"), a date or a slug is none
  (test).

``python tests/test_courts39.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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

from cleaner.passes.edge_courts import case_reference

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a murder trial's day in court as an extractor leaves it: the short exchanges one a line
    "en_trial_exchanges_extract": """\
T 'I was at home all night,' murder accused tells jury
R By Helen Carter, Crime Correspondent
R Tuesday 5 March 2024 16:42 GMT
A A man accused of stabbing a delivery driver to death in Leeds told a jury on Tuesday that he had been at home watching television when the attack happened.
A Daniel Moss, 29, denies murder and possession of a bladed article.
A Giving evidence at Leeds Crown Court, he was asked about the night of 14 August last year.
A Prosecutor: Where were you at 11pm?
A Moss: At home.
A Prosecutor: Alone?
A Moss: Yes.
A Prosecutor: Then how did your phone come to be in Chapeltown Road at 11.14pm?
A Moss: I don't know. I lent it to a friend.
A Asked to name the friend, he said: "I can't. I'm not a grass."
A The jury has heard that CCTV footage shows a man in a grey hooded top running from the scene.
A Moss told the court he did not own a grey hooded top.
A The trial continues.
R Share this article
R Facebook
R Twitter
R Email
R Most read
R Man charged after police chase ends in crash
R Council tax to rise by 4.99% in Leeds
""",
    # ===== a sentencing story with all its visible text: the charges one a line =====
    "en_sentencing_charges_full": """\
R Skip to content
R News
R Sport
R Crime
R Courts
R Politics
R Business
R Subscribe
R Sign in
R Home > News > Crime
T Gang leader jailed for 18 years over county lines drug network
R By Tom Ellery
R Published: 14:20, 7 March 2024 | Updated: 16:05, 7 March 2024
A A gang leader who ran a county lines drug network from a flat in Bristol has been jailed for 18 years.
A Marcus Reid, 34, of Easton, was sentenced at Bristol Crown Court on Thursday after pleading guilty to:
A Conspiracy to supply class A drugs (crack cocaine)
A Conspiracy to supply class A drugs (heroin)
A Possession of a firearm with intent to endanger life
A Money laundering
A Four other members of the network were jailed for between three and nine years.
A Judge Peter Blair KC said Reid had "exploited vulnerable children for profit".
A "You sent boys as young as 14 to sell drugs in towns they had never visited," he said.
A Detective Inspector Sarah Lloyd, of Avon and Somerset Police, said: "This sentence sends a clear message."
A Updated at 4.05pm to include the sentences handed to the other defendants.
R Sign up to our crime newsletter
R Get the latest court stories straight to your inbox
R Enter your email
R Subscribe
R More from Crime
R Woman admits drink-driving after crash on M5
R Teenager charged with attempted murder in Bedminster
R © 2024 Bristol News Ltd. All rights reserved.
R Privacy Policy
R Cookie settings
R Contact us
""",
    # ===== a police appeal as an extractor leaves it: the suspect's description, the number to call =====
    "en_police_appeal_extract": """\
T Police release image of man they want to trace after woman assaulted on bus
R Posted: 09:31 Wed 6 Mar 2024
A Police investigating an assault on a bus in Croydon have released an image of a man they want to speak to.
A A 42-year-old woman was punched in the face on the number 119 bus on Church Street at about 6.15pm on Friday 23 February.
A She suffered a broken nose and was taken to hospital.
A The man is described as:
A White
A About 6ft tall
A Slim build
A Short dark hair and a beard
A Wearing a black puffer jacket, grey jogging bottoms and white trainers
A Detective Constable Amy Ward said: "This was a nasty, unprovoked attack on a woman travelling home from work."
A Anyone who recognises the man or has information is asked to call police on 101 quoting reference 4521/23FEB.
A Alternatively, contact Crimestoppers anonymously on 0800 555 111.
R Share
R Tweet
R Print
R Related stories
R Man arrested after stabbing in Thornton Heath
""",
    # ===== a UK Supreme Court ruling explained, with all the visible text: the judgment's paragraphs quoted =====
    "en_ruling_explainer_full": """\
R Menu
R Search
R Law
R Courts
R Legal news
R Opinion
R Jobs
R We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.
R Accept all
R Manage preferences
T Supreme Court rules Rwanda policy unlawful: what the judgment says
R Joshua Rozenberg
R 15 November 2023
R 6 min read
A The Supreme Court has unanimously upheld the Court of Appeal's ruling that the government's plan to send asylum seekers to Rwanda is unlawful.
A The case is R (on the application of AAA and others) v Secretary of State for the Home Department [2023] UKSC 42.
A The key passages
A At paragraph 91, Lord Reed, giving the judgment of the court, said:
A "There were substantial grounds for believing that asylum seekers would face a real risk of ill-treatment by reason of refoulement to their country of origin if they were removed to Rwanda."
A At paragraph 105:
A "The changes needed to eliminate the risk of refoulement may be delivered in future, but they have not been shown to be in place now."
A What happens next?
A The government has said it will introduce emergency legislation declaring Rwanda a safe country.
A Lawyers for the claimants said any such law would face fresh challenges.
A Correction: An earlier version of this article said the ruling was by a majority. It was unanimous.
R Share this article
R Copy link
R Topics
R Supreme Court
R Immigration
R Human rights
R Related articles
R Court of Appeal rejects challenge to Post Office compensation scheme
R About us
R Advertise
R Terms and conditions
R © Law News Media 2023
""",
    # ===== a magistrates' court list with all the page's visible text: the docket one entry a paragraph =====
    "en_court_list_full": """\
R Home
R News
R Courts
R Sport
R What's On
R Jobs
R Notices
T Magistrates' court results: who was in court this week
R By Court Reporter
R 08:00, 9 March 2024
A These are the latest results from Swindon Magistrates' Court.
A James Whitmore, 31, of Cricklade Road, Swindon, admitted driving while disqualified. Fined £400 and banned for 12 months.
A Lisa Harding, 45, of Penhill Drive, Swindon, admitted theft from Tesco. Community order with 80 hours' unpaid work.
A Kieran O'Neill, 22, of no fixed address, denied assault by beating. Trial set for April 18.
A Stephen Park, 58, of Wroughton, admitted drink-driving. Fined £1,200, banned for 20 months.
A Court listings for next week:
A Monday, March 11
A 10am: Paul Grant, 39, assault (trial)
A 2pm: Emma Fry, 27, fraud by false representation (plea hearing)
A Tuesday, March 12
A 10am: Daniel Webb, 19, possession of a knife in a public place (sentence)
A All defendants are presumed innocent until proven guilty.
R Comments
R Sign in to comment
R Most read
R Traffic chaos as lorry sheds load on A419
R Watch: Fireworks light up Lydiard Park
R Follow us
R Facebook
R Twitter
R Instagram
R © 2024 Newsquest Media Group
""",
    # ===== a crime round-up as an extractor leaves it: the dated short items =====
    "en_crime_roundup_extract": """\
T Crime round-up: burglaries, a stolen tractor and a pub brawl
R Posted by Newsdesk on March 8, 2024
A Here is our weekly round-up of incidents reported to police across the district.
A Monday, March 4
A A shed was broken into on Mill Lane, Ashford, and two bicycles were stolen.
A Tuesday, March 5
A A red Massey Ferguson tractor was taken from a farm near Wye overnight.
A Police are appealing for anyone who saw the tractor being driven on the A28 to come forward.
A Wednesday, March 6
A Two men were arrested after a fight outside the Kings Head pub in Tenterden.
A Thursday, March 7
A No incidents reported.
A Anyone with information about any of these incidents should call Kent Police on 01622 690690.
R Tags: crime, Ashford, Tenterden, police
R Leave a comment
R 3 comments
R Gary W. says:
R March 8, 2024 at 11:02 am
R Third tractor this year round here. Lock your sheds.
R Reply
""",
    # ===== a CJEU ruling explained, as an extractor leaves it: the case numbers, the "Updated" note =====
    "en_cjeu_case_extract": """\
T EU court strikes down data transfer deal with US in Schrems II ruling
R Updated 16 July 2020, 14:30 CEST
A The Court of Justice of the European Union on Thursday invalidated the Privacy Shield, the framework used by thousands of companies to move personal data from the EU to the United States.
A The ruling in Case C-311/18, Data Protection Commissioner v Facebook Ireland and Maximillian Schrems, follows a complaint by the Austrian privacy activist.
A The judges found that US surveillance programmes were not limited to what is strictly necessary.
A Standard contractual clauses remain valid, the court said, but data protection authorities must suspend transfers where the clauses cannot be complied with.
A Paragraph 199 of the judgment reads:
A "The limitations on the protection of personal data arising from the domestic law of the United States are not circumscribed in a way that satisfies requirements that are essentially equivalent to those required under EU law."
A Case C-311/18
A Judgment of 16 July 2020
A Updated to add reaction from the European Commission.
A Commissioner Didier Reynders said the Commission would work with the US on a new framework.
R Read more:
R EU and US agree new data privacy framework
R Topics: Privacy, EU law, Technology
R Subscribe to our Tech Policy newsletter
""",
    # ===== a German Federal Constitutional Court ruling explained, with all the visible text =====
    "de_bverfg_urteil_full": """\
R Zum Inhalt springen
R Startseite
R Politik
R Wirtschaft
R Panorama
R Recht
R Abo
R Anmelden
R Wir verwenden Cookies und ähnliche Technologien. Mit einem Klick auf „Akzeptieren" stimmen Sie der Verarbeitung zu.
R Akzeptieren
R Einstellungen
T Bundesverfassungsgericht kippt Wahlrechtsreform teilweise
R Von Christian Rath
R 30.07.2024, 12:15 Uhr
R Lesezeit: 3 Min.
A Das Bundesverfassungsgericht hat die Wahlrechtsreform der Ampelkoalition in einem zentralen Punkt für verfassungswidrig erklärt.
A Die Streichung der Grundmandatsklausel sei mit dem Grundgesetz nicht vereinbar, entschied der Zweite Senat in Karlsruhe.
A Was das Gericht sagt
A In Randnummer 224 heißt es:
A „Die Sperrklausel ist in ihrer derzeitigen Ausgestaltung nicht erforderlich."
A Die Verkleinerung des Bundestags auf 630 Sitze billigten die Richter dagegen.
A Bis zu einer Neuregelung gilt die Grundmandatsklausel fort.
A Urteil vom 30. Juli 2024
A Az. 2 BvF 1/23
A Korrektur: In einer früheren Fassung hieß es, das Urteil sei einstimmig ergangen. Das ist falsch.
R Artikel teilen
R Facebook
R WhatsApp
R E-Mail
R Mehr zum Thema
R Bundestag beschließt neues Wahlrecht
R Impressum
R Datenschutz
R © Badische Zeitung 2024
""",
    # ===== a German police appeal (Presseportal style) as an extractor leaves it: the description as a dash list =====
    "de_zeugenaufruf_extract": """\
T POL-MA: Mannheim-Neckarstadt: Raubüberfall auf Spielhalle - Polizei sucht Zeugen
R 06.03.2024 – 11:47
R Polizeipräsidium Mannheim
A Mannheim (ots)
A Am Dienstagabend gegen 22:40 Uhr überfiel ein bislang unbekannter Mann eine Spielhalle in der Mittelstraße.
A Der Täter bedrohte die 52-jährige Angestellte mit einem Messer und forderte die Herausgabe der Tageseinnahmen.
A Mit mehreren hundert Euro Bargeld flüchtete er in Richtung Neumarkt.
A Der Gesuchte wird wie folgt beschrieben:
A - etwa 1,80 Meter groß
A - schlanke Statur
A - circa 25 bis 30 Jahre alt
A - dunkle kurze Haare, Dreitagebart
A - bekleidet mit schwarzer Jacke, blauer Jeans und weißen Turnschuhen
A Zeugen, die Hinweise zur Tat oder zum Täter geben können, werden gebeten, sich unter der Telefonnummer 0621 174-4444 beim Kriminaldauerdienst zu melden.
R Rückfragen bitte an:
R Polizeipräsidium Mannheim
R Pressestelle
R Telefon: 0621 174-1111
R E-Mail: mannheim.pp.stab.oe@polizei.bwl.de
R Original-Content von: Polizeipräsidium Mannheim, übermittelt durch news aktuell
""",
    # ===== a German trial report as an extractor leaves it: the judge's and the accused's exchanges =====
    "de_prozess_dialog_extract": """\
T Prozess um Brandanschlag: „Ich wollte niemanden verletzen"
R Von Anna Lehmann
R 05.03.2024, 17:30 Uhr
A Vor dem Landgericht Köln hat am Dienstag der Prozess gegen einen 41-Jährigen begonnen, der im vergangenen Sommer ein Mehrfamilienhaus in Brand gesetzt haben soll.
A Die Staatsanwaltschaft wirft ihm versuchten Mord in fünf Fällen und schwere Brandstiftung vor.
A Der Angeklagte äußerte sich zum Auftakt selbst.
A Richterin: Warum waren Sie in der Nacht im Treppenhaus?
A Angeklagter: Ich wollte mit meiner Ex-Frau reden.
A Richterin: Mit einem Kanister Benzin?
A Angeklagter: Das war ein Fehler.
A Richterin: Wussten Sie, dass Kinder im Haus waren?
A Angeklagter: Nein.
A Verletzt wurde bei dem Brand niemand, weil ein Nachbar den Rauch bemerkte und alle Bewohner weckte.
A Das Gericht hat sieben weitere Verhandlungstage angesetzt. Ein Urteil könnte Ende April fallen.
R Mehr zum Thema
R Brandanschlag in Ehrenfeld: Tatverdächtiger festgenommen
R Kommentare
R Um kommentieren zu können, müssen Sie angemeldet sein.
R Jetzt anmelden
""",
    # ===== a German police report round-up with all the visible text: dated short items =====
    "de_polizeibericht_full": """\
R Navigation überspringen
R Lokales
R Polizei
R Sport
R Kultur
R Service
R E-Paper
R Login
T Polizeibericht: Einbrüche, Unfallflucht und ein gestohlenes E-Bike
R Lokalredaktion
R 08.03.2024
A Die Polizei meldet für den Landkreis folgende Vorfälle:
A Montag, 4. März
A Bad Tölz: Unbekannte sind in ein Einfamilienhaus in der Bergstraße eingebrochen und haben Schmuck gestohlen.
A Dienstag, 5. März
A Geretsried: Auf dem Parkplatz eines Supermarkts wurde ein geparkter VW Golf angefahren. Der Verursacher flüchtete. Schaden: etwa 3000 Euro.
A Mittwoch, 6. März
A Wolfratshausen: Ein E-Bike im Wert von 4500 Euro wurde am Bahnhof gestohlen, obwohl es abgeschlossen war.
A Hinweise an die Polizeiinspektion Wolfratshausen, Tel. 08171 4211-0.
A Aktualisiert am 8. März um 14 Uhr: Das gestohlene E-Bike ist inzwischen wieder aufgetaucht.
R Teilen
R Drucken
R Das könnte Sie auch interessieren
R Feuerwehr rettet Katze aus Baum
R Newsletter
R Die wichtigsten Nachrichten aus der Region jeden Morgen per E-Mail.
R Jetzt kostenlos abonnieren
R Impressum
R Datenschutz
R AGB
R Kontakt
""",
    # ===== a French assize trial with all the visible text: the exchanges as the court report prints them =====
    "fr_proces_assises_full": """\
R Aller au contenu principal
R Accueil
R Faits divers
R Police-Justice
R Politique
R Sports
R Se connecter
R S'abonner
R Nous respectons votre vie privée. Nous utilisons des cookies pour améliorer votre expérience.
R Tout accepter
R Paramétrer
R Faits divers
T Procès du meurtre de Nantes : « Je ne me souviens de rien », répète l'accusé
R Par Julie Martin
R Le 5 mars 2024 à 19h12
R Modifié le 5 mars 2024 à 20h03
A Au deuxième jour de son procès devant la cour d'assises de Loire-Atlantique, l'accusé a maintenu n'avoir aucun souvenir de la nuit du drame.
A Karim B., 36 ans, est jugé pour le meurtre de son colocataire, tué de plusieurs coups de couteau en mai 2021.
A Le président : Vous reconnaissez être l'auteur des coups ?
A L'accusé : Je ne sais pas.
A Le président : Votre ADN a été retrouvé sur le couteau.
A L'accusé : C'était mon appartement aussi.
A L'avocate générale : Pourquoi avoir pris la fuite ?
A L'accusé : J'avais peur.
A La sœur de la victime a quitté la salle en larmes.
A Le verdict est attendu vendredi. L'accusé encourt la réclusion criminelle à perpétuité.
R Partager sur Facebook
R Partager sur X
R Copier le lien
R À lire aussi
R Nantes : un homme interpellé après une course-poursuite
R Mentions légales
R Politique de confidentialité
R © Ouest Info 2024
""",
    # ===== a French call for witnesses (gendarmerie) as an extractor leaves it =====
    "fr_appel_temoins_extract": """\
T Disparition inquiétante d'un adolescent de 15 ans : la gendarmerie lance un appel à témoins
R Publié le 07/03/2024 à 10h25
A La gendarmerie de la Haute-Garonne a lancé jeudi un appel à témoins après la disparition d'un adolescent de 15 ans à Muret.
A Lucas n'a plus donné signe de vie depuis mardi soir, lorsqu'il a quitté le domicile familial à pied.
A Son signalement :
A 1,70 m
A corpulence mince
A cheveux châtains courts
A yeux marron
A vêtu d'un sweat à capuche noir, d'un jean et de baskets blanches
A Toute personne susceptible de fournir des renseignements est priée de contacter la brigade de gendarmerie de Muret au 05 61 51 00 17 ou de composer le 17.
A Mise à jour jeudi à 18h : l'adolescent a été retrouvé sain et sauf à Toulouse.
R Abonnez-vous à notre newsletter
R Recevez chaque matin l'essentiel de l'actualité
R Voir les commentaires
""",
    # ===== a French ruling explained (Conseil constitutionnel, Cour de cassation) as an extractor leaves it =====
    "fr_decision_qpc_extract": """\
T Garde à vue : le Conseil constitutionnel censure l'absence d'information sur le droit de se taire
R Par la rédaction
R 12 avril 2024
A Le Conseil constitutionnel a jugé contraire à la Constitution une disposition du code de procédure pénale qui ne prévoyait pas d'informer la personne entendue de son droit de se taire.
A Dans sa décision n° 2023-1074 QPC du 8 décembre 2023, il relève que la personne peut être amenée à reconnaître les faits qui lui sont reprochés.
A Le considérant essentiel :
A « En ne prévoyant pas que la personne mise en cause doit être informée de son droit de se taire, les dispositions contestées méconnaissent les exigences de l'article 9 de la Déclaration de 1789. »
A L'abrogation est reportée au 1er octobre 2024.
A La Cour de cassation avait transmis la question par un arrêt du 4 octobre 2023 (Cass. crim., 4 oct. 2023, n° 23-90.012).
A Décision n° 2023-1074 QPC
T Source : Conseil constitutionnel
R Partager
R Imprimer
R Sur le même sujet
R Réforme de la garde à vue : ce qui change
R Tags : Justice, Conseil constitutionnel, Procédure pénale
""",
    # ===== a Spanish Supreme Court sentence with all the visible text: the crimes one a line, the STS number =====
    "es_condena_supremo_full": """\
R Ir al contenido
R Portada
R España
R Tribunales
R Sucesos
R Opinión
R Suscríbete
R Iniciar sesión
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
R Tribunales
T El Supremo confirma 12 años de cárcel para el exalcalde de Valdeluz por la trama de las obras
R Marta Sánchez
R Madrid
R 07/03/2024 - 13:45
R Actualizado: 07/03/2024 - 15:10
A El Tribunal Supremo ha confirmado la condena de 12 años de prisión impuesta al exalcalde de Valdeluz por adjudicar obras municipales a empresas de su entorno a cambio de comisiones.
A La sentencia (STS 1234/2024) desestima el recurso de casación de su defensa y mantiene la condena por los delitos de:
A Prevaricación administrativa
A Cohecho pasivo
A Malversación de caudales públicos
A Blanqueo de capitales
A El tribunal considera probado que cobró al menos 1,2 millones de euros entre 2015 y 2019.
A En su fundamento jurídico tercero, la Sala afirma:
A "La prueba de cargo es abundante y ha sido valorada de forma racional por la Audiencia Provincial."
A Además, deberá indemnizar al Ayuntamiento con 1,5 millones de euros.
R Comparte esta noticia
R Facebook
R Twitter
R WhatsApp
R Te puede interesar
R La Audiencia Nacional juzgará a 15 acusados por la red de fraude eléctrico
R Aviso legal
R Política de privacidad
R © Diario Judicial 2024
""",
    # ===== a Spanish crime round-up (sucesos) as an extractor leaves it =====
    "es_sucesos_breves_extract": """\
T Sucesos de la semana en la comarca
R Redacción
R 09/03/2024
A Lunes 4 de marzo
A La Guardia Civil detuvo en Alzira a un hombre de 38 años por robar en tres viviendas de la urbanización Vilella.
A Martes 5 de marzo
A Un incendio en una nave agrícola de Carcaixent obligó a intervenir a cuatro dotaciones de bomberos. No hubo heridos.
A Miércoles 6 de marzo
A La Policía Local de Sueca interceptó a un conductor que circulaba a 160 kilómetros por hora en un tramo limitado a 80.
A Jueves 7 de marzo
A Sin incidencias destacables.
A Actualización: el detenido de Alzira ha quedado en libertad con cargos tras pasar a disposición judicial.
R Etiquetas: sucesos, Alzira, Carcaixent, Sueca
R Noticias relacionadas
R Detenido un joven por agredir a un vigilante en Gandia
R Comentarios (2)
R Vicente: Ya era hora de que pillaran a alguien.
R Responder
""",
    # ===== a Spanish police appeal (Guardia Civil) with all the visible text: the phone in the article =====
    "es_busqueda_guardia_civil_full": """\
R Menú
R Buscar
R Local
R Sucesos
R Deportes
R Cultura
R Hemeroteca
R Suscríbete
T La Guardia Civil pide colaboración para localizar a un anciano desaparecido en Ronda
R EUROPA PRESS
R Ronda
R Miércoles, 6 de marzo de 2024, 12:10
A La Guardia Civil ha pedido la colaboración ciudadana para localizar a un hombre de 82 años desaparecido desde el lunes en Ronda (Málaga).
A Antonio R. G. salió de su domicilio a primera hora de la mañana y no ha regresado.
A Padece alzhéimer en fase inicial.
A Sus rasgos son los siguientes:
A Estatura: 1,65 metros
A Complexión: delgada
A Pelo: canoso y escaso
A Vestimenta: chaqueta azul marino, pantalón gris y zapatillas de casa
A Cualquier persona que pueda aportar información puede llamar al 062 o al teléfono de la familia, 600 123 456.
R Whatsapp
R Facebook
R Twitter
R Telegram
R Lo más leído
R Un accidente en la A-367 deja dos heridos
R Quiénes somos
R Contacto
R Publicidad
R Aviso legal
""",
    # ===== an Italian Cassation ruling explained as an extractor leaves it: the ruling's number, its paragraphs =====
    "it_cassazione_sentenza_extract": """\
T Licenziamento via WhatsApp, la Cassazione: è valido se il lavoratore lo riceve
R di Giulia Ferri
R 06 marzo 2024
A Il licenziamento comunicato tramite WhatsApp è valido, purché sia certo che il lavoratore lo abbia ricevuto.
A Lo ha stabilito la Corte di Cassazione, sezione Lavoro, con l'ordinanza n. 5921 del 5 marzo 2024.
A Il caso riguardava un magazziniere di Bari licenziato con un messaggio vocale.
A Si legge al punto 4 dell'ordinanza:
A «La forma scritta richiesta dalla legge è soddisfatta da qualsiasi documento che consenta di attribuire con certezza la dichiarazione al datore di lavoro».
A La Corte ha così respinto il ricorso del lavoratore.
A Cass. civ., Sez. Lav., ord. n. 5921/2024
A Aggiornamento ore 16: aggiunto il commento dei sindacati.
A La Cgil ha definito la decisione «un passo indietro per i diritti».
R Condividi
R Leggi anche
R Ferie non godute, la Cassazione cambia rotta
R Riproduzione riservata ©
""",
    # ===== an Italian trial (cronaca giudiziaria) with all the visible text =====
    "it_processo_cronaca_full": """\
R Vai al contenuto
R Home
R Cronaca
R Politica
R Economia
R Sport
R Abbonati
R Accedi
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su accetta si autorizzano tutti i cookie.
R Accetta
R Rifiuta
R Cronaca
T Omicidio di Vigevano, in aula il fratello della vittima: «Lo minacciava da mesi»
R di Marco Rossi
R 7 marzo 2024 (modifica il 7 marzo 2024 | 18:20)
A È ripreso davanti alla Corte d'Assise di Pavia il processo per l'omicidio di Luca Bianchi, ucciso nel giugno 2022 nel centro di Vigevano.
A Alla sbarra c'è un 45enne, accusato di omicidio volontario aggravato dai futili motivi.
A Il fratello della vittima ha risposto alle domande del pubblico ministero.
A Pm: Quando ha visto l'imputato l'ultima volta?
A Testimone: Due giorni prima, davanti al bar.
A Pm: Che cosa è successo?
A Testimone: Ha detto a mio fratello che gliela avrebbe fatta pagare.
A La difesa ha chiesto una perizia psichiatrica, che la Corte si è riservata di valutare.
A Prossima udienza il 21 marzo.
R Condividi
R Commenta
R I più letti
R Incidente sulla Statale 494, due feriti gravi
R Iscriviti alla newsletter
R P.IVA 01234567890
R © Riproduzione riservata
""",
    # ===== a Portuguese trial and sentence with all the visible text: the process number, the crimes =====
    "pt_julgamento_full": """\
R Saltar para o conteúdo
R Últimas
R País
R Mundo
R Economia
R Desporto
R Assine já
R Entrar
R Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar está a aceitar a sua utilização.
R Aceitar
R País
T Tribunal condena homem a 9 anos de prisão por incendiar casa da ex-companheira
R Lusa
R 07 mar 2024, 16:31
A O Tribunal de Braga condenou esta quinta-feira a nove anos de prisão um homem de 47 anos que incendiou a casa da ex-companheira, em Guimarães, em 2022.
A O arguido foi condenado pelos crimes de:
A violência doméstica agravada
A incêndio
A dano qualificado
A O coletivo de juízes deu como provado que o homem espalhou gasolina na entrada da habitação.
A Juiz: Tem alguma coisa a dizer?
A Arguido: Peço desculpa.
A O arguido vai ainda pagar uma indemnização de 40 mil euros à vítima.
A Processo n.º 123/22.0JABRG
A Notícia atualizada às 17:45 com a reação da defesa, que vai recorrer.
R Partilhar
R Facebook
R Twitter
R Leia também
R Detido suspeito de assaltos a farmácias no Porto
R Estatuto editorial
R Ficha técnica
R Termos e condições
""",
    # ===== a Portuguese police appeal (PSP/PJ) as an extractor leaves it =====
    "pt_pedido_policia_extract": """\
T PJ pede ajuda para identificar suspeito de assaltos a idosos em Lisboa
R Por Pedro Costa
R 06 de março de 2024 às 11:20
A A Polícia Judiciária divulgou esta quarta-feira imagens de um homem suspeito de ter assaltado pelo menos seis idosos em Lisboa desde janeiro.
A O suspeito abordava as vítimas à porta de casa, fazendo-se passar por funcionário da companhia da água.
A Características do suspeito:
A Sexo masculino
A Entre 30 e 40 anos
A Cerca de 1,75 metros
A Constituição robusta
A Usava um colete refletor amarelo e um boné azul
A Quem tiver informações deve contactar a PJ através do número 211 967 000 ou do email piquete@pj.pt.
R Partilhe este artigo
R Comentários
R Seja o primeiro a comentar
""",
    # ===== a Dutch court ruling with all the visible text: the charges, the ECLI =====
    "nl_rechtbank_uitspraak_full": """\
R Naar de inhoud
R Nieuws
R Regio
R Sport
R Misdaad
R Rechtbank
R Inloggen
R Abonneren
R Wij gebruiken cookies om de website goed te laten werken en om advertenties te tonen. Akkoord?
R Akkoord
R Instellingen
T Man uit Tilburg krijgt 6 jaar cel voor dodelijke steekpartij
R Door Eva de Boer
R 07 mrt. 2024 om 15:32
R Laatste update: 07 mrt. 2024 om 16:10
A De rechtbank in Breda heeft donderdag een 31-jarige man uit Tilburg veroordeeld tot zes jaar cel voor doodslag.
A Hij stak in augustus 2023 een 25-jarige man dood na een ruzie over een parkeerplaats.
A De man werd veroordeeld voor:
A doodslag
A bedreiging
A verboden wapenbezit
A Het Openbaar Ministerie had tien jaar geëist, maar de rechtbank ging uit van een noodweerexces voor een deel van het geweld.
A De rechtbank schrijft in het vonnis: "Verdachte heeft een jonge man het leven ontnomen. Dat valt hem ernstig aan te rekenen."
A ECLI:NL:RBZWB:2024:1534
A Update 16.10 uur: de advocaat van de man laat weten in hoger beroep te gaan.
R Deel dit artikel
R Facebook
R WhatsApp
R X
R Lees ook
R Politie zoekt getuigen van overval op supermarkt in Breda
R Colofon
R Privacy
R Cookiebeleid
R © DPG Media
""",
    # ===== a Dutch police appeal (Opsporing Verzocht style) as an extractor leaves it: the signalement lines =====
    "nl_opsporing_signalement_extract": """\
T Politie zoekt getuigen van straatroof in Rotterdam-Zuid
R 06-03-2024 | 14:05
A De politie zoekt getuigen van een straatroof op zaterdag 2 maart op de Groene Hilledijk in Rotterdam.
A Een 67-jarige vrouw werd rond 17.30 uur van achteren vastgepakt, waarna de dader haar tas afpakte.
A De vrouw viel en brak haar pols.
A Signalement van de verdachte:
A man
A ongeveer 20 jaar
A ongeveer 1.85 meter lang
A tenger postuur
A droeg een zwarte jas met bontkraag en een grijze trainingsbroek
A Heeft u iets gezien of weet u meer? Bel de politie via 0900-8844 of meld het anoniem via Meld Misdaad Anoniem: 0800-7000.
R Deel dit bericht
R Gerelateerde berichten
R Woninginbraak in Capelle aan den IJssel
R Tips? Mail de redactie
""",
    # ===== a US court calendar with all the visible text: the docket one a line =====
    "en_docket_calendar_full": """\
R Skip to main navigation
R Home
R Local
R Crime & Courts
R Politics
R Opinion
R Obituaries
R e-Edition
R Subscribe
R Log In
T Court calendar: Hearings scheduled this week in Marion County
R Staff report
R Mar 10, 2024
A The following hearings are scheduled in Marion County Circuit Court this week. Schedules are subject to change.
A Monday, March 11
A 9 a.m., Courtroom 4A: State v. Derek Hollis, arraignment, second-degree burglary
A 1:30 p.m., Courtroom 2B: State v. Monica Alvarez, sentencing, identity theft
A Tuesday, March 12
A 9 a.m., Courtroom 4A: State v. Jason Pruitt, jury trial, day 1, first-degree assault
A Case No. 23CR45678
A Wednesday, March 13
A 10 a.m., Courtroom 3: Smith v. Riverside Apartments LLC, motion hearing
A Updated March 11: The Hollis arraignment has been moved to Thursday at 9 a.m.
R Get the Crime & Courts newsletter
R Email address
R Sign Up
R Trending
R Police identify man killed in Salem crash
R Contact Us
R Terms of Service
R Privacy Policy
R © 2024 Statesman Journal
""",
    # ===== an Italian police appeal and arrest round-up as an extractor leaves it =====
    "it_appello_carabinieri_extract": """\
T Rapina in farmacia a Monza, i carabinieri cercano testimoni
R Redazione
R 06/03/2024
A I carabinieri di Monza cercano testimoni della rapina avvenuta martedì sera in una farmacia di via Borgazzi.
A Un uomo armato di taglierino si è fatto consegnare l'incasso, circa 800 euro, ed è fuggito a piedi.
A Descrizione del rapinatore:
A altezza circa 1,75
A corporatura robusta
A età apparente 40 anni
A indossava un giubbotto nero e un cappellino con visiera
A Chiunque abbia notizie utili è invitato a contattare il 112 o la stazione dei carabinieri di Monza al numero 039 200 1234.
R Ti potrebbe interessare
R Lite in discoteca, accoltellato un 20enne
R Commenti
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a round-up the extractor left without its title: the first day's heading opens the text, a rail under it
    "es_r2_sucesos_sin_titulo_extract": """\
A Lunes 11 de marzo
A Agentes de la Policía Nacional detuvieron en Elche a dos jóvenes de 19 y 21 años por el robo de un patinete eléctrico a punta de navaja.
A Martes 12 de marzo
A Un hombre de 56 años resultó herido grave tras caer desde una escalera mientras podaba un árbol en Crevillent.
A Miércoles 13 de marzo
A La Guardia Civil investiga el incendio de tres contenedores en el polígono de Carrús, que podría haber sido intencionado.
A Jueves 14 de marzo
A La Policía Local de Santa Pola denunció a un conductor que cuadruplicaba la tasa de alcohol permitida.
R Compartir
R Facebook
R X
R Noticias relacionadas
R Detenido un joven por agredir a un vigilante en Gandia
R Un herido leve en un accidente en la N-332
""",
    # ===== a Presseportal release with all the visible text: the dateline alone, a description label closing it =====
    "de_r2_presseportal_full": """\
R Navigation überspringen
R Startseite
R Blaulicht
R Wirtschaft
R Suche
R Polizeiinspektion Bad Tölz
T POL-OBB: Bad Tölz: Unbekannter beschädigt mehrere Autos - Zeugen gesucht
R 12.03.2024 – 10:05
R Teilen
A Bad Tölz (ots)
A In der Nacht auf Montag hat ein Unbekannter in der Königsdorfer Straße die Außenspiegel von sieben geparkten Autos abgetreten.
A Ein Anwohner beobachtete gegen 2.30 Uhr einen jungen Mann, der in Richtung Isar davonlief.
A Der Schaden wird auf rund 3500 Euro geschätzt. Hinweise nimmt die Polizei Bad Tölz unter 08041 7611-0 entgegen.
A Täterbeschreibung:
A männlich
A schlank
A dunkle Kapuzenjacke
R Rückfragen bitte an:
R Polizeipräsidium Oberbayern Süd
R Telefon: 08031 200-2020
R Original-Content von: Polizeipräsidium Oberbayern Süd, übermittelt durch news aktuell
R Impressum
R Datenschutz
""",
    # ===== a sentencing story as an extractor leaves it: the charges close the text, the share row and tags under it
    "en_r2_charges_closing_extract": """\
T Care home manager jailed for stealing £200,000 from residents
R By Tom Ellery
R 14 March 2024
A A former care home manager has been jailed for six years after stealing more than £200,000 from elderly residents over five years.
A Sandra Hollis, 52, of Harrogate, took money from the bank accounts of 14 residents, some of whom had dementia.
A Judge Sarah Collins told her: "You betrayed the trust of the most vulnerable people in your care."
A Hollis was sentenced at York Crown Court on Friday after a jury found her guilty of:
A Fraud by abuse of position
A Theft by employee
A Money laundering
R Share
R Tweet
R Email
R Tags:
R Crime
R Courts
R Harrogate
""",
    # ===== a Dutch ruling with all the visible text: the ECLI closes the text over the share row =====
    "nl_r2_ecli_slot_full": """\
R Naar de inhoud
R Nieuws
R Regio
R Misdaad
R Inloggen
T Rechter: gemeente moet dwangsom betalen voor te late beslissing
R 12 mrt. 2024
A De gemeente Utrecht moet een inwoner 1442 euro betalen omdat zij te laat heeft beslist op zijn aanvraag voor bijzondere bijstand.
A Dat heeft de rechtbank Midden-Nederland dinsdag bepaald in een zaak die de man zelf had aangespannen.
A De gemeente had de wettelijke termijn van acht weken met meer dan vier maanden overschreden.
A De rechtbank schrijft: "Een bestuursorgaan dat niet tijdig beslist, moet daarvoor de wettelijke prijs betalen."
A ECLI:NL:RBMNE:2024:1187
R Deel dit artikel
R Facebook
R WhatsApp
R Lees ook
R Politie zoekt getuigen van overval op supermarkt in Breda
R Gemeente verliest zaak over parkeervergunning
R Colofon
R Privacy
""",
    # ===== a French police round-up with all the visible text: a real rail of teasers over the text, dated items =====
    "fr_r2_rail_et_journees_full": """\
R Accueil
R Faits divers
R Justice
R À la une
R Un motard grièvement blessé dans une collision à Vannes
R Le conducteur a perdu le contrôle de sa moto dans un virage, selon les premiers éléments de l'enquête.
R Incendie d'un entrepôt à Lorient : l'enquête ouverte pour origine criminelle
R Les pompiers ont lutté toute la nuit contre les flammes, qui ont ravagé 2000 mètres carrés de bâtiments.
T La semaine des faits divers dans le pays de Redon
R Publié le 15/03/2024
A Voici les principales interventions des gendarmes et des pompiers cette semaine dans le pays de Redon.
A Lundi 11 mars
A Un cambriolage a été commis dans une maison de Saint-Nicolas-de-Redon pendant l'absence des propriétaires.
A Mardi 12 mars
A Un automobiliste contrôlé à 152 km/h sur la RN 166 s'est vu retirer son permis sur-le-champ.
A Mercredi 13 mars
A Deux adolescents ont été interpellés après des tags sur les murs de la mairie d'Allaire.
R Partager
R Mentions légales
R © Ouest Info 2024
""",
    # ===== an Italian appeal and a Portuguese ruling as an extractor leaves them: the label and the reference close
    "it_r2_descrizione_in_coda_extract": """\
T Scippo in centro a Verona, la polizia cerca un giovane in monopattino
R Redazione
R 13/03/2024
A Una donna di 78 anni è stata scippata martedì mattina in via Mazzini da un giovane che si è poi allontanato a bordo di un monopattino elettrico.
A La donna è caduta a terra ed è stata medicata al pronto soccorso di Borgo Trento.
A Chi avesse informazioni utili può contattare la Questura al 045 809 0411.
A Descrizione del giovane:
A circa 20 anni
A corporatura esile
A felpa grigia con cappuccio
R Condividi
R Leggi anche
R Lite in discoteca, accoltellato un 20enne
R Incidente sulla Statale 11, due feriti
""",
    "pt_r2_acordao_extract": """\
T Supremo confirma despedimento de funcionário que usou carro da empresa nas férias
R Por Pedro Costa
R 13 de março de 2024
A O Supremo Tribunal de Justiça confirmou o despedimento com justa causa de um funcionário que usou o carro da empresa para ir de férias ao Algarve sem autorização.
A Os juízes consideraram que a conduta quebrou de forma irremediável a confiança entre as partes.
A O trabalhador tinha sido readmitido pela Relação de Évora, decisão agora revogada.
A Acórdão de 6 de março de 2024
A Processo n.º 2345/21.4T8FAR.E1.S1
R Partilhe este artigo
R Facebook
R Leia também
R Detido suspeito de assaltos a farmácias no Porto
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a newsletter box's blurb closed by a full stop ("Die wichtigsten Nachrichten aus der Region jeden Morgen per
    # E-Mail."): newsletter-box leaves a line closed as a sentence, the article's own
    "de_polizeibericht_full": 1,
    # the press office's phone under its "Rückfragen bitte an:" ("Telefon: 08031 200-2020"), the release having asked
    # readers to call the police: a phone under the text stays as the article's contact (as on main without the
    # description over it)
    "de_r2_presseportal_full": 1,
    # (with English forced: the newsletter's heading naming the section, "Get the Crime & Courts newsletter")
    "en_docket_calendar_full": 1,
    # the wire's place alone under the writer's name ("Ronda", "Madrid", "Marta Sánchez"): a name or a place alone is
    # also a notice's or a fact box's line
    "es_busqueda_guardia_civil_full": 1,
    "es_condena_supremo_full": 2,
    # under the last day's item: the tags, a related box, one reader's comment under "Comentarios (2)" and its
    # "Responder"; the tags name the headline's words ("sucesos"), so detached-blocks reads the block as the article's,
    # and one comment glued to its writer's name ("Vicente: Ya era hora …") has a trial exchange's shape and anchors
    # the article's end (before the changes the round-up's items went as teasers, and the tail with them)
    "es_sucesos_breves_extract": 6,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a court story per language, the residue line put before or after them
TEXT: dict[str, list[str]] = {
    "en": [
        "A former care home manager has been jailed for six years after stealing more than £200,000 from elderly residents over five years.",
        "Sandra Hollis, 52, of Harrogate, took money from the bank accounts of 14 residents, some of whom had dementia.",
        "Judge Sarah Collins told York Crown Court that Hollis had betrayed the trust of the most vulnerable people in her care.",
    ],
    "de": [
        "Das Landgericht Köln hat einen 41-Jährigen wegen versuchten Mordes in fünf Fällen zu elf Jahren Haft verurteilt.",
        "Der Mann hatte im vergangenen Sommer im Treppenhaus eines Mehrfamilienhauses Benzin verschüttet und angezündet.",
        "Verletzt wurde niemand, weil ein Nachbar den Rauch bemerkte und alle Bewohner rechtzeitig weckte.",
    ],
    "fr": [
        "La cour d'assises de Loire-Atlantique a condamné vendredi Karim B. à vingt ans de réclusion criminelle pour le meurtre de son colocataire.",
        "L'accusé, qui disait n'avoir aucun souvenir de la nuit du drame, a écouté le verdict sans réagir.",
        "Son avocate a annoncé qu'elle allait faire appel de la décision dans les dix jours.",
    ],
    "es": [
        "El Tribunal Supremo ha confirmado la condena de 12 años de prisión impuesta al exalcalde de Valdeluz por adjudicar obras a empresas de su entorno.",
        "El tribunal considera probado que cobró al menos 1,2 millones de euros en comisiones entre 2015 y 2019.",
        "Además, deberá indemnizar al Ayuntamiento con 1,5 millones de euros y no podrá ejercer cargo público durante veinte años.",
    ],
    "it": [
        "Il Tribunale di Milano ha condannato a sette anni e otto mesi l'ex amministratore di una società di logistica.",
        "Secondo l'accusa, l'uomo aveva sottratto alle casse della società oltre tre milioni di euro in cinque anni.",
        "La difesa ha già annunciato ricorso in appello contro la sentenza di primo grado.",
    ],
    "pt": [
        "O Tribunal de Braga condenou esta quinta-feira a nove anos de prisão um homem de 47 anos que incendiou a casa da ex-companheira.",
        "O coletivo de juízes deu como provado que o homem espalhou gasolina na entrada da habitação durante a madrugada.",
        "O arguido vai ainda pagar uma indemnização de 40 mil euros à vítima, decidiu o tribunal.",
    ],
    "nl": [
        "De rechtbank in Breda heeft donderdag een 31-jarige man uit Tilburg veroordeeld tot zes jaar cel voor doodslag.",
        "Hij stak in augustus 2023 een 25-jarige man dood na een ruzie over een parkeerplaats in het centrum.",
        "Het Openbaar Ministerie had tien jaar geëist, maar de rechtbank ging uit van noodweerexces voor een deel van het geweld.",
    ],
}

_DL, _EF = "dateline", "edge-furniture"
#: (language, residue line, the pass that takes it): lines shaped like the rules' (a stamp, a gallery's counter)
GOES = [
    ("fr", "Publié le 15/03/2024", _DL),
    ("es", "07/03/2024 - 13:45", _DL),
    ("de", "12.03.2024 – 10:05", _DL),
]

#: (language, an article's sentence with the added table's words)
STAYS = [
    ("en", "The jury found him guilty of two counts of fraud and cleared him of a third, the court heard."),
    ("en", "Police said the man was described as calm and polite by neighbours who knew him."),
    ("de", "Der Angeklagte wurde wegen Betrugs verurteilt, die Täterbeschreibung der Zeugen passte genau auf ihn."),
    ("fr", "Il a été condamné pour vol en réunion, son signalement avait été diffusé la veille."),
    ("es", "Fue condenado por los delitos de robo y lesiones, y sus rasgos coincidían con los del sospechoso."),
    ("it", "È stato condannato per i reati di furto e ricettazione, la descrizione corrispondeva a quella dei testimoni."),
    ("pt", "Foi condenado pelos crimes de roubo e sequestro, e as características do suspeito batiam certo."),
    ("nl", "De man werd veroordeeld voor diefstal, zijn signalement kwam overeen met dat van de getuigen."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


_SHARE = {
    "en": ["Share", "Facebook", "Related stories", "Man charged after police chase ends in crash", "Council tax to rise by 4.99% in Leeds"],
    "de": ["Artikel teilen", "Facebook", "Mehr zum Thema", "Bundestag beschließt neues Wahlrecht"],
    "fr": ["Partager", "Facebook", "À lire aussi", "Nantes : un homme interpellé après une course-poursuite"],
    "es": ["Compartir", "Facebook", "Te puede interesar", "Detenido un joven por agredir a un vigilante en Gandia"],
    "it": ["Condividi", "Facebook", "Leggi anche", "Lite in discoteca, accoltellato un 20enne"],
    "pt": ["Partilhar", "Facebook", "Leia também", "Detido suspeito de assaltos a farmácias no Porto"],
    "nl": ["Deel dit artikel", "Facebook", "Lees ook", "Politie zoekt getuigen van overval in Breda"],
}

#: (language, the line closing the text with a colon, its items): the charges or the description closing the article
_ANNOUNCED = [
    ("en", "Hollis was sentenced on Friday after a jury found her guilty of:", ["Fraud by abuse of position", "Theft by employee", "Money laundering"]),
    ("en", "The man police want to trace is described as:", ["White, about 6ft tall", "Slim build", "Wearing a black puffer jacket"]),
    ("de", "Täterbeschreibung:", ["männlich", "etwa 1,80 Meter groß", "schlanke Statur", "schwarze Jacke"]),
    ("de", "Das Gericht sprach den Mann schuldig und verurteilte ihn wegen:", ["versuchten Mordes", "schwerer Brandstiftung", "Körperverletzung"]),
    ("fr", "Son signalement :", ["1,70 m", "corpulence mince", "vêtu d'un sweat à capuche noir"]),
    ("es", "La Audiencia le condenó por los delitos de:", ["Prevaricación administrativa", "Cohecho pasivo", "Blanqueo de capitales"]),
    ("it", "L'uomo è stato riconosciuto colpevole dei reati di:", ["bancarotta fraudolenta", "frode fiscale", "autoriciclaggio"]),
    ("pt", "Características do suspeito:", ["Sexo masculino", "Cerca de 1,75 metros", "Constituição robusta"]),
    ("nl", "De man werd veroordeeld voor:", ["doodslag", "bedreiging", "verboden wapenbezit"]),
]


@pytest.mark.parametrize(("lang", "lead", "items"), _ANNOUNCED)
def test_the_charges_or_description_closing_the_text_stay_and_the_share_row_goes(lang: str, lead: str, items: list[str]) -> None:
    # edge-furniture (edge_courts.court_tail, table structure.charge_lead): the list under its colon closes the article
    page = [*TEXT[lang], lead, *items]
    lost_lines, gone = _kept([*page, *_SHARE[lang]])
    assert lost_lines == _SHARE[lang], gone


@pytest.mark.parametrize(("label", "items"), [
    ("Like this:", ["Like", "Loading..."]),
    ("Topics:", ["Crime", "Courts", "Harrogate"]),
    ("Follow us:", ["Facebook", "Instagram", "YouTube"]),
    ("Read more from our coverage:", ["Live updates", "Timeline", "Explainer"]),
])
def test_a_label_over_tags_or_links_under_the_text_still_goes(label: str, items: list[str]) -> None:
    # (the table names what a colon announces: a label over tags, links or a menu reads none of its words)
    lost_lines, gone = _kept([*TEXT["en"], label, *items, *_SHARE["en"]])
    assert lost_lines == [label, *items, *_SHARE["en"]], gone


_REFERENCES = [
    ("en", ["Case C-311/18"]),
    ("en", ["Judgment of 16 July 2020", "Case C-311/18"]),
    ("en", ["[2023] UKSC 42"]),
    ("de", ["Urteil vom 30. Juli 2024", "Az. 2 BvF 1/23"]),
    ("fr", ["Affaire C-311/18"]),
    ("es", ["STS 1234/2024"]),
    ("es", ["ECLI:ES:TS:2024:1234"]),
    ("it", ["Cass. civ., Sez. Lav., ord. n. 5921/2024"]),
    ("pt", ["Acórdão de 6 de março de 2024", "Processo n.º 2345/21.4T8FAR.E1.S1"]),
    ("nl", ["ECLI:NL:RBZWB:2024:1534"]),
    ("nl", ["Zaaknummer: 02/123456-23"]),
]


@pytest.mark.parametrize(("lang", "reference"), _REFERENCES)
def test_a_rulings_reference_under_the_last_paragraph_stays(lang: str, reference: list[str]) -> None:
    # edge-furniture (edge_courts.court_tail): the reference block right under the last paragraph, the share row under it
    lost_lines, gone = _kept([*TEXT[lang], *reference, *_SHARE[lang]])
    assert lost_lines == _SHARE[lang], gone


@pytest.mark.parametrize("line", ["Foto 12/24", "Page 3/15", "1/12", "Galerie 4/20"])
def test_a_gallerys_counter_under_the_last_paragraph_still_goes(line: str) -> None:
    # (a word and a fraction of small figures is a counter, no docket number)
    lost_lines, gone = _kept([*TEXT["en"], line, *_SHARE["en"]])
    assert lost_lines == [line, *_SHARE["en"]], gone


@pytest.mark.parametrize("text", ["Foto 12/24", "1938 - 2025", "07/03/2024", "jmr/pll", "24/7", "Updated 3/4"])
def test_no_docket_number_in_a_counter_a_date_or_a_slug(text: str) -> None:
    assert not case_reference(text)


_ROUND_UP = {
    "es": ["Lunes 4 de marzo", "La Guardia Civil detuvo en Alzira a un hombre de 38 años por robar en tres viviendas de la urbanización Vilella.",
           "Martes 5 de marzo", "Un incendio en una nave agrícola de Carcaixent obligó a intervenir a cuatro dotaciones de bomberos. No hubo heridos.",
           "Miércoles 6 de marzo", "La Policía Local de Sueca interceptó a un conductor que circulaba a 160 kilómetros por hora en un tramo limitado a 80."],
    "de": ["Montag, 4. März", "Bad Tölz: Unbekannte sind in ein Einfamilienhaus in der Bergstraße eingebrochen und haben Schmuck gestohlen.",
           "Dienstag, 5. März", "Geretsried: Auf dem Parkplatz eines Supermarkts wurde ein geparkter VW Golf angefahren, der Verursacher flüchtete.",
           "Mittwoch, 6. März", "Wolfratshausen: Ein E-Bike im Wert von 4500 Euro wurde am Bahnhof gestohlen, obwohl es abgeschlossen war."],
    "fr": ["Lundi 11 mars", "Un cambriolage a été commis dans une maison de Saint-Nicolas-de-Redon pendant l'absence des propriétaires.",
           "Mardi 12 mars", "Un automobiliste contrôlé à 152 km/h sur la RN 166 s'est vu retirer son permis sur-le-champ par les gendarmes.",
           "Mercredi 13 mars", "Deux adolescents ont été interpellés après des tags sur les murs de la mairie d'Allaire, mercredi soir."],
    "en": ["Monday, March 4", "A shed was broken into on Mill Lane, Ashford, and two bicycles were stolen from the garden overnight.",
           "Tuesday, March 5", "A red Massey Ferguson tractor was taken from a farm near Wye overnight, police said on Wednesday.",
           "Wednesday, March 6", "Two men were arrested after a fight outside the Kings Head pub in Tenterden on Wednesday night."],
}


@pytest.mark.parametrize("lang", sorted(_ROUND_UP))
@pytest.mark.parametrize("head", [[], ["Crime round-up of the week", "By Newsdesk", "March 8, 2024"]])
def test_a_round_ups_dated_items_stay(lang: str, head: list[str]) -> None:
    # headline-run (edge_courts.dated_chain) and title-line (court_title): each day over its item, the first line or not
    lost_lines, gone = _kept([*head, *_ROUND_UP[lang]])
    assert [line for line in lost_lines if line not in head] == [], gone


def test_a_rail_of_teasers_over_the_article_still_goes() -> None:
    # (headline-run, edge_courts.dated_chain: the chain's headlines are no days, and the rail of other stories over the
    # article goes as before; its last summary, right over the text, is read as the article's first paragraph)
    rail = [
        "Man charged after police chase ends in crash on the ring road",
        "A 24-year-old man has been charged with dangerous driving after a police chase through the city centre.",
        "Storm damage closes seafront road for a week",
        "Engineers said the sea wall had been undermined by the waves and needed urgent repairs.",
        "Council tax to rise by almost five per cent next year",
    ]
    summary = "Councillors voted through the increase on Tuesday night despite objections from opposition members."
    lost_lines, gone = _kept([*rail, summary, *TEXT["en"], TEXT["en"][0][:90] + ", the court heard."])
    assert lost_lines == rail, gone


def test_a_headline_or_a_lifes_years_over_the_text_still_go_as_the_title() -> None:
    # (title-line: a day's heading names a weekday or a month, a press release's dateline closes on its bracket)
    for title in ["Police appeal after burglary at Purley shop", "1938 - 2025", "Germany eases visa rules (Reuters)"]:
        gone = _kept([title, *TEXT["en"]])[1]
        assert ("title-line", title) in gone, gone


@pytest.mark.parametrize("dateline", ["Mannheim (ots)", "Wien (OTS)", "Frankfurt am Main (ots)", "Bad Tölz (dpa/lby)"])
@pytest.mark.parametrize("head", [[], ["Startseite", "Blaulicht", "Polizeipräsidium Mannheim", "POL-MA: Raubüberfall auf Spielhalle - Zeugen gesucht", "06.03.2024 – 11:47", "Teilen"]])
def test_a_press_releases_dateline_over_its_lead_stays(dateline: str, head: list[str]) -> None:
    # edge-furniture (edge_courts.source_dateline_head) and title-line (court_title): the run over it still goes
    lost_lines, gone = _kept([*head, dateline, *TEXT["de"]])
    assert lost_lines == head, gone


def test_a_rail_running_into_a_round_up_ends_at_its_first_day() -> None:
    # teaser-box (edge_courts.box_over_days): the rail's teasers go, the round-up's opening and its days stay
    rail = ["À la une", "Un motard grièvement blessé dans une collision à Vannes", "Le conducteur a perdu le contrôle de sa moto dans un virage, selon les premiers éléments.",
            "Incendie d'un entrepôt à Lorient : l'enquête ouverte pour origine criminelle", "Les pompiers ont lutté toute la nuit contre les flammes, qui ont ravagé deux bâtiments."]
    opening = "Voici les principales interventions des gendarmes et des pompiers cette semaine dans le pays de Redon."
    page = [*rail, "La semaine des faits divers dans le pays de Redon", "Publié le 15/03/2024", opening, *_ROUND_UP["fr"]]
    lost_lines, gone = _kept(page)
    assert [line for line in lost_lines if line != "La semaine des faits divers dans le pays de Redon"] == [*rail, "Publié le 15/03/2024"], gone


_DATED_BOXES = [
    ["Related stories", "Man charged after police chase ends in crash", "Monday, March 4, 2024",
     "Council tax to rise by 4.99% in Leeds next year", "Tuesday, March 5, 2024",
     "Teenager charged with attempted murder in Bedminster", "Wednesday, March 6, 2024"],
    # (the equivalence check's page: a date between two headlines, the second a question closed by its mark)
    ["More on this story", "Taylor Swift wants to re-record her old hits after ownership row", "22 August 2019",
     "The Taylor Swift, Scooter Braun, Justin Bieber row explained", "1 July 2019",
     "Taylor Swift v Scooter Braun: Is it personal or strictly business?", "1 July 2019"],
]


@pytest.mark.parametrize("box", _DATED_BOXES)
def test_a_dated_teaser_box_still_goes_whole(box: list[str]) -> None:
    # (teaser-box, edge_courts.day_item: a box's teasers with their dates under their headlines; the date stands under
    # a headline, no sentence, and is no day over an item: the box goes)
    lost_lines, gone = _kept([*TEXT["en"], *box])
    assert lost_lines == box, gone


if __name__ == "__main__":
    report(CASES)
