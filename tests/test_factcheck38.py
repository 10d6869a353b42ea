# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""factcheck38: a probe of fact-checks and explainers, scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in en, de, fr, es, it, pt and nl: PolitiFact-, Full Fact-, Snopes- and AFP-style
fact-checks, Correctiv-, dpa- and BR24-style Faktenchecks, AFP Factuel, a fact-checking desk's explainer, Maldita- and
Newtral-style bulos, Pagella Politica- and Facta-style checks, Polígrafo- and Brazilian-style checagens, Nieuwscheckers;
explainers with a key-points box and question headings, FAQ explainers with one-line answers.

- the article (``A``): the check's labelled short lines ("Claim:", "Rating: False", "Behauptung:", "Bewertung:
  Falsch", "Affirmation : …", "Verdict : Trompeur", "Bewering", "Oordeel: Misleidend"), the verdict alone on its line
  ("False", "Fake", "Falsch", "Faux", "Bulo", "Falso", "Vero", "Enganador", "FALSO", "Onwaar"), the "What was claimed /
  Our verdict" box's text, the sources list at the tail ("Sources:", "Quellen:", "Fuentes", "Fonti:", "Bronnen:", one
  a line, a link or a title each), a key-points box ("Key points", "Das Wichtigste in Kürze", "Ce qu'il faut
  retenir", "Claves", "In breve", "Em resumo", "In het kort") and its items, question headings and one-word answers
  ("Yes.", "Nein.", "No exactamente.", "Não.", "Nee.");
- the residue (``R``): "Share this fact check", "Was this fact check helpful?" with its Yes/No, "Send us a claim to
  check", "Support our fact-checking: donate", the IFCN signatory badge, newsletter prompts, related fact-checks rails,
  menus, bylines and stamps, cookie banners, footers;
- ``T``: headlines, a name alone under the text.

- round 1, blind (written before reading the passes): 25 pages (14 extracts, 11 full pages), 310 ``A`` lines, 350
  ``R``, 27 ``T``, all seven languages. (Before its commit, on reading the first run, the Full Fact box's "What was
  claimed" / "Our verdict" labels were retagged ``R`` to ``A`` as the brief reads them, and Correctiv's "Über diese
  Bewertung", a link to the rating scale, ``A`` to ``T``.)
- round 2, after the changes, aimed at them: 7 pages (5 extracts, 2 full pages), 71 ``A``, 62 ``R``, 7 ``T``: a check's
  box under its byline (de) and under a menu holding a label's word ("Sources", fr), a ruling's sources whose last
  item is as short as a menu's ("X post", en), a verdict's label and value closing the text over the share row (pt),
  a summary's heading under the headline and share row (nl) and under the byline (it), the tables' residue lines.

Measured on main 3ed42a2: round 1 lost 16, left 26; round 2 lost 10, left 16. The losses: a check's box at the head
(edge-furniture's head run: "Behauptung:", "Bewertung:", "Falsch", "Frei erfunden", "Bewering", "Conclusie",
"Onwaar", "Dichiarazione", "What was claimed"), a summary's heading over its points ("Key points", "In breve";
detached-blocks' small block over the article, or title-line's headline once that pass spared it: "In het kort",
"Darum geht's:"), the sources' heading and short items at the tail ("Sources", "Quellen:", "Sources :" with its two
items, "Bronnen:"), a verdict's label and value closing the text ("Avaliação do Polígrafo:" / "Enganador", "Falso").
Left: "Was this fact check helpful?", "Share this fact check", the claim tip lines ("Have you seen a claim you would
like AFP to fact-check?", "Sie haben eine Behauptung gesehen, die wir prüfen sollen? …", "¿Has visto algún bulo? …",
"Segnalaci una notizia da verificare", "Quer sugerir uma checagem? …"), the IFCN badges in six languages, the related
checks rails and their headlines, a partnership note ("Esta checagem foi feita em parceria com o Comprova.").

After: round 1 lost 0, left 9; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_factcheck.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``check_box_head`` (edge-furniture's guard at the head): from the first label of the new table
  ``structure.check_label`` (or ``structure.summary_heading``) down to the first paragraph, each label over a line that
  stays or over its short value ("Bewertung:" over "Falsch") right under it (a summary's heading over a sentence, its
  first point: ``_heads``), with at most one line of the page's between (it still
  goes: "Über diese Bewertung"), the labels and values stay, and count in the run as the page's lines beside them (the
  menu over the box goes as before); the box must open under a line another pass took, a line that stays or a headline
  (``_opens``): a label's word as a menu's last item ("Home", "News", "Fact checks", "Claims") still goes, and so do
  the older probes' "Key moments" over a live blog's entry times, "Claves" over a toggle, "Najważniejsze" over a rail
  (tests).
- ``check_box_tail`` (edge-furniture's guard at the tail): such a label right under the article's kept lines over a
  line that stays, or a sources heading (new table ``structure.sources_heading``) over a list holding one, with the
  list's lines down to the residue another pass took (``_listed_under``; also a heading over the region whose first
  items read as the text's last lines, ``_heading_over``), or a label over its short value closing the text ("Avaliação
  do Polígrafo:" over "Enganador" over the share row). A label over a footer's links ("Sources" / "Methodology" /
  "Funding"), or over the text's last sentence with the footer under it ("Our ruling"), keeps no footer (tests); the
  old probe's "Source:" over "News agencies" and tags is no sources heading (singular: an attribution).
- ``label_over_article`` (detached-blocks' guard) and ``check_label`` (title-line's test of a headline): a label closing
  the small block over the article stays, and is no headline ("In het kort" under the headline and byline; test).
- tables, each in a ``# factcheck38:`` block at its list's end: ``promos.heading`` a rail of other checks ("Related
  fact checks", "Read more explainers", "Weitere Faktenchecks", "Autres vérifications", "Más verificaciones", "Altri
  fact-checking", "Outras checagens", "Gerelateerde checks"); ``widgets.social`` "Share this fact check",
  "Faktencheck teilen", "Partager cette vérification"; ``widgets.feedback`` "Was this fact check helpful?", "War dieser
  Faktencheck hilfreich?", "Ti è piaciuto questo articolo?" (call-to-action's pitch takes it alone; in a page's tail,
  feedback-prompt), "Was deze factcheck nuttig?"; ``credits.submission`` a fact-checker's call for claims (en, de, es,
  it, pt, nl); ``credits.copyright`` the IFCN signatory badge (all seven; an outlet's capitalised name at most before
  it, so an article's sentence about signatories stays); ``credits.syndication`` a check's partnership note (en, pt).
  Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_factcheck38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import importlib

import pytest
from probes import (
    BRIDGE_EN,
    added_rule_tests,
    forced_language_test,
    kept,
    page_text,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a PolitiFact-style fact-check as an extractor leaves it: the claim, the rating alone, the sources at the tail
    "en_rating_extract": """\
T Fact-check: No, unemployment did not hit a 50-year high last month
R By Louis Jacobson
R March 12, 2024
A Claim: "Unemployment just hit its highest level in 50 years."
A Rating: False
A A viral post shared thousands of times on Facebook claims that the U.S. unemployment rate reached its highest level in half a century in February.
A That is not what the government's data shows.
A The Bureau of Labor Statistics reported on March 8 that the unemployment rate was 3.9% in February, up from 3.7% in January.
A The rate has stayed below 4% for 25 consecutive months, the longest such stretch since the late 1960s.
A The highest rate in the past 50 years was 14.8%, in April 2020, at the start of the COVID-19 pandemic.
A We asked the person who shared the post where the figure came from. We did not hear back.
A Our ruling
A The post claims unemployment hit a 50-year high last month.
A The official rate was 3.9%, far below the 14.8% reached in 2020 and near historic lows.
A We rate this claim False.
A Sources:
A Bureau of Labor Statistics, The Employment Situation — February 2024, March 8, 2024
A Bureau of Labor Statistics, Labor Force Statistics from the Current Population Survey, accessed March 11, 2024
A Facebook post, March 9, 2024
R Share this fact check
R Facebook
R X
R Email
R Was this fact check helpful?
R Yes
R No
""",
    # ===== a Full Fact-style page with all its visible text: the claim box, the verdict box, the sources with links
    "en_claim_box_full": """\
R Skip to main content
R Full menu
R Fact checks
R Health
R Economy
R Crime
R Online
R Donate
R Search
R We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.
R Accept all
R Manage preferences
T Posts wrongly claim new law bans cash payments from next year
R 14 March 2024
R Share this article
A What was claimed
A A new law will ban cash payments in the UK from January 2025.
A Our verdict
A Incorrect. There is no such law, and the government has said it has no plans to abolish cash.
A Posts on social media claim that cash payments will be banned in the UK from January 2025 under a new law.
A This is not true.
A There is no bill before Parliament that would ban cash, and no such law has been passed.
A In fact, the government has legislated to protect access to cash. The Financial Services and Markets Act 2023 gave the Financial Conduct Authority new powers to make sure people can still withdraw and deposit cash locally.
A A Treasury spokesperson told us: "We have no plans to abolish cash."
A Some of the posts appear to be based on a misreading of plans by some shops to go cashless, which is a decision for each business.
A Images in this article
A Screenshot of a post on Facebook, 10 March 2024.
A Sources
A Financial Services and Markets Act 2023, legislation.gov.uk
A HM Treasury, Access to cash: policy statement, 2023
A Financial Conduct Authority, Access to cash: consultation paper CP23/29
R Related fact checks
R No, the Bank of England is not withdrawing £20 notes
R Claims about a digital pound ban on cash are wrong
R Was this article helpful?
R Yes
R No
R Full Fact fights bad information
R We're a team of independent fact checkers and campaigners who find, expose and counter the harm it does.
R Support our fact-checking: donate
R Send us a claim to check
R Get our newsletter
R Sign up
R Verified signatory of the IFCN Code of Principles
R About us
R Our team
R Funding
R Corrections
R Contact
R Privacy
R Full Fact, 17 Oxford Street, London. Registered charity number 1158683.
R © Copyright 2010-2024 Full Fact. All rights reserved.
""",
    # ===== an explainer with a key-points box and question headings, all the visible text of the page
    "en_explainer_keypoints_full": """\
R Menu
R News
R Explainers
R Fact check
R Newsletters
R Sign in
T What is the heat pump grant and who can get it?
R By Sarah Collins, Climate reporter
R Published 5 February 2024
R Share
R Save
A Key points
A The Boiler Upgrade Scheme gives households £7,500 towards a heat pump in England and Wales.
A Take-up has been lower than the government expected.
A Installers say the grant covers around half the cost of a typical job.
A What is the scheme?
A The Boiler Upgrade Scheme was launched in May 2022 to help households replace gas and oil boilers with low-carbon heating.
A The grant was raised from £5,000 to £7,500 in October 2023.
A Who can apply?
A Homeowners and small landlords in England and Wales can apply through an approved installer.
A Yes.
A Tenants cannot apply directly, but their landlord can.
A How many people have used it?
A Around 36,000 vouchers had been redeemed by the end of January, according to Ofgem.
A That compares with a target of 90,000 installations a year.
A Why does it matter?
A Heating homes accounts for about 14% of the UK's greenhouse gas emissions.
A The government wants 600,000 heat pumps to be installed every year by 2028.
R Related topics
R Energy
R Climate change
R More on this story
R Energy bills: what the new price cap means for you
R Copyright 2024. All rights reserved.
R Terms of use
R Privacy policy
R Cookies
""",
    # ===== an FAQ explainer with one-line answers, as an extractor leaves it
    "en_faq_extract": """\
T Daylight saving time 2024: your questions answered
R Updated March 9, 2024 at 6:00 a.m. EST
A When do the clocks change?
A At 2 a.m. on Sunday, March 10.
A Do I lose an hour of sleep?
A Yes.
A Which states do not observe it?
A Hawaii and most of Arizona.
A Is it being made permanent?
A Not yet. The Senate passed the Sunshine Protection Act in 2022, but the House never voted on it.
A Does it save energy?
A Probably not much. A 2008 Department of Energy study found it cut electricity use by about 0.5% a day.
A Why do we have it?
A It was first adopted nationally in 1918 as a wartime measure.
R Related: How to adjust your sleep before the time change
R Sign up for our Morning Briefing newsletter
R Read more explainers
""",
    # ===== a Snopes-style fact-check extract: "Claim:", "Rating:", "Context" and sources with links
    "en_snopes_extract": """\
T Did a Photo Show a Shark Swimming on a Flooded Highway?
R Jordan Liles
R Published Sept. 29, 2022
A Claim:
A A photograph shows a shark swimming on a flooded highway in Florida after Hurricane Ian.
A Rating:
A Fake
A Context:
A The image has been shared after nearly every major hurricane since 2011.
A As Hurricane Ian made landfall in Florida, a familiar image resurfaced on social media.
A The picture showed what appeared to be a shark swimming next to a car on a flooded road.
A The photograph was digitally altered. The shark was taken from a 2005 image published in Africa Geographic magazine.
A Fake.
A Sources:
A https://www.africageographic.com/stories/great-white-shark-photo-2005/
A https://www.snopes.com/fact-check/shark-on-highway-photo/
A Mikkelson, David. "Hurricane Shark Photo." Snopes, 28 Aug. 2011.
R By Jordan Liles
R Jordan Liles is a Senior Reporter who has been with Snopes since 2016.
R Snopes is an independent publication owned by Snopes Media Group.
R Send us a claim to check
R Read more fact checks
""",
    # ===== an AFP Fact Check page in English with all its visible text
    "en_afp_full": """\
R AFP Fact Check
R Home
R Fact checks
R Methodology
R About
R Contact
R English
R Français
R Español
R Português
R Deutsch
T Video of burning warehouse is from 2021, not recent protests
R AFP Canada
R Published on March 7, 2024 at 20:15
R Updated on March 8, 2024 at 09:02
R Copyright AFP 2017-2024. All rights reserved.
A A video of a warehouse on fire has been shared on social media alongside claims it shows a recent protest in France.
A This is false: the footage shows a fire at a logistics centre near Toulouse in August 2021.
A "Look what is happening in France right now," says a March 5, 2024 post on X that has been viewed more than 400,000 times.
A Similar posts circulated on Facebook and TikTok.
A A reverse image search of keyframes led to a video published by the regional newspaper La Dépêche du Midi on August 12, 2021.
A Local firefighters said at the time that 80 of them had been mobilised to fight the blaze.
A No one was hurt.
A AFP has debunked other misleading claims about protests in France here.
A False
A The video is from 2021 and does not show recent protests.
R Share
R Facebook
R X
R LinkedIn
R Email
R AFP is a verified signatory of the International Fact-Checking Network (IFCN).
R Have you seen a claim you would like AFP to fact-check?
R Contact us
R Related content
R No, this photo does not show farmers blocking Paris airport
R Subscribe to our newsletter
R Terms of use
R Privacy policy
R Cookie settings
""",
    # ===== a Correctiv-style Faktencheck with all the visible text of the page
    "de_correctiv_full": """\
R Zum Inhalt springen
R Menü
R Faktencheck
R Recherchen
R Lokal
R Klima
R Über uns
R Spenden
R Suche
R Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mehr Informationen finden Sie in unserer Datenschutzerklärung.
R Alle akzeptieren
R Einstellungen
R Faktencheck
T Nein, die Bundesregierung plant kein Verbot von Holzöfen ab 2025
R von Sophie Timmermann
R 14. März 2024
R Artikel teilen
A Behauptung:
A Die Bundesregierung verbietet ab 2025 alle Kaminöfen und Holzöfen.
A Bewertung:
A Falsch
T Über diese Bewertung
A Falsch. Ab 2025 müssen nur ältere Öfen, die Grenzwerte für Feinstaub nicht einhalten, nachgerüstet oder außer Betrieb genommen werden.
A In sozialen Netzwerken verbreitet sich die Behauptung, ab dem kommenden Jahr seien alle Holzöfen in Deutschland verboten.
A Das stimmt nicht.
A Grundlage ist die Verordnung über kleine und mittlere Feuerungsanlagen, die bereits seit 2010 gilt.
A Sie sieht vor, dass Öfen, die zwischen 1995 und dem 21. März 2010 errichtet wurden, bis Ende 2024 die Grenzwerte einhalten müssen.
A Betroffen sind nach Schätzungen des Schornsteinfegerhandwerks rund vier Millionen Öfen.
A Wer einen betroffenen Ofen besitzt, kann ihn mit einem Filter nachrüsten.
A Redigatur: Alice Echtermann
A Die wichtigsten, öffentlichen Quellen für diesen Faktencheck:
A Verordnung über kleine und mittlere Feuerungsanlagen (1. BImSchV), Paragraf 26: Link
A Umweltbundesamt, Heizen mit Holz, Stand Januar 2024: Link
A Bundesverband des Schornsteinfegerhandwerks, Pressemitteilung vom 8. Januar 2024: Link
R Unterstützen Sie unabhängigen Journalismus
R CORRECTIV ist gemeinnützig und finanziert sich durch Spenden.
R Jetzt spenden
R Weitere Faktenchecks
R Nein, dieses Video zeigt keine Bauernproteste in Berlin
R Falsche Behauptung über Bürgergeld für Geflüchtete
R Newsletter abonnieren
R Impressum
R Datenschutz
R Kontakt
R © CORRECTIV 2024
""",
    # ===== an explainer with "Das Wichtigste in Kürze" and question headings, as an extractor leaves it
    "de_explainer_extract": """\
T Was ändert sich bei der Grundsteuer? Die wichtigsten Fragen und Antworten
R Von Anna Berger
R Stand: 02.01.2024 11:42 Uhr
A Das Wichtigste in Kürze
A Ab 2025 wird die Grundsteuer nach neuen Regeln berechnet.
A Eigentümer mussten dafür bis Anfang 2023 eine Erklärung abgeben.
A Ob die Steuer steigt oder sinkt, entscheiden die Kommunen mit ihren Hebesätzen.
A Warum gibt es eine Reform?
A Das Bundesverfassungsgericht hatte 2018 die alte Berechnung für verfassungswidrig erklärt.
A Die Werte, auf denen sie beruhte, stammten im Westen aus dem Jahr 1964.
A Wer zahlt die Grundsteuer?
A Eigentümer. Vermieter dürfen sie aber über die Nebenkosten an Mieter weitergeben.
A Steigt die Steuer für alle?
A Nein.
A Das Finanzministerium geht davon aus, dass das Aufkommen insgesamt gleich bleibt.
A Was passiert, wenn ich den Bescheid für falsch halte?
A Gegen den Bescheid kann innerhalb eines Monats Einspruch eingelegt werden.
R Mehr zum Thema
R Grundsteuer: Diese Fristen gelten jetzt
R Dieses Thema im Programm: Das Erste | tagesschau | 02.01.2024 | 20:00 Uhr
""",
    # ===== a dpa-style Faktencheck extract: "Behauptung", "Bewertung", "Fakten", sources at the tail
    "de_dpa_extract": """\
T Foto zeigt nicht den Bundeskanzler beim Skiurlaub
A Behauptung: Ein Foto zeige Bundeskanzler Olaf Scholz beim Skifahren während der Bauernproteste.
A Bewertung: Falsch.
A Fakten: Das Bild stammt aus dem Jahr 2019 und zeigt einen anderen Mann.
A Ein Foto soll zeigen, wie Bundeskanzler Olaf Scholz im Januar in den Alpen Ski fährt, während in Berlin Landwirte demonstrieren.
A Eine Rückwärtssuche führt zu einer Bildagentur, bei der das Foto bereits im Februar 2019 hochgeladen wurde.
A Der Mann auf dem Bild ist ein Skilehrer aus Tirol, wie die Agentur auf Anfrage bestätigte.
A Scholz war am fraglichen Wochenende in Berlin, wie Termine und Fotos belegen.
A Quellen:
A Bildagentur, Foto vom 14.2.2019 (archiviert)
A Bundesregierung, Terminkalender des Kanzlers, 13. und 14. Januar 2024
A Faktencheck von AFP zu einem ähnlichen Foto
R Dieser Text ist Teil einer Kooperation mit Meta. Mehr Informationen dazu hier.
R Über dpa-Faktenchecks
R dpa-infocom, dpa:240115-99-617391/3
""",
    # ===== a Faktenfuchs-style explainer page with all its visible text
    "de_faq_full": """\
R Startseite
R Nachrichten
R Bayern
R Deutschland
R Welt
R Faktenfuchs
R Anmelden
R Suche
T Stimmt es, dass Wärmepumpen im Altbau nicht funktionieren?
R 12.02.2024, 06:00 Uhr
R Bild: picture alliance/dpa
R Teilen
R Merken
A Darum geht's:
A In vielen Kommentaren heißt es, Wärmepumpen seien für alte Häuser ungeeignet.
A Studien zeigen: In vielen Altbauten arbeiten sie effizient.
A Entscheidend ist die Vorlauftemperatur der Heizkörper.
A Was wird behauptet?
A Eine Wärmepumpe funktioniere nur in einem gut gedämmten Neubau, heißt es in vielen Beiträgen auf Facebook.
A Was sagen Fachleute?
A Das Fraunhofer-Institut für Solare Energiesysteme hat Wärmepumpen in 29 Bestandsgebäuden über mehrere Jahre vermessen.
A Die Luft-Wasser-Wärmepumpen erreichten eine durchschnittliche Jahresarbeitszahl von 3,1.
A Das heißt: Aus einer Kilowattstunde Strom wurden gut drei Kilowattstunden Wärme.
A Fazit
A Die Behauptung ist in dieser Pauschalität falsch.
A In manchen Fällen müssen einzelne Heizkörper getauscht werden.
R Sie haben eine Behauptung gesehen, die wir prüfen sollen? Schreiben Sie uns!
R Mehr zum Thema
R Faktenfuchs: Was bringt das Heizungsgesetz?
R Hat Ihnen dieser Artikel gefallen?
R Ja
R Nein
R Impressum
R Datenschutz
R Barrierefreiheit
R © Bayerischer Rundfunk
""",
    # ===== an AFP Factuel-style fact-check as an extractor leaves it: the verdict alone on its line
    "fr_factuel_extract": """\
T Non, cette vidéo ne montre pas des agriculteurs déversant du fumier devant l'Élysée
R Par AFP France
R Publié le 29 janvier 2024 à 18:12
R Mis à jour le 30 janvier 2024 à 10:05
A Une vidéo montrant un tracteur déversant du fumier devant un bâtiment officiel est partagée des milliers de fois depuis le 27 janvier.
A Selon les publications, la scène se serait déroulée devant le palais de l'Élysée.
A C'est faux : la vidéo a été tournée en 2021 devant une préfecture, à Agen.
A Une recherche par image inversée permet de retrouver la séquence sur la chaîne YouTube d'un média local, publiée le 3 décembre 2021.
A La façade du bâtiment correspond à celle de la préfecture du Lot-et-Garonne.
A Contactée par l'AFP, la préfecture a confirmé que l'action avait eu lieu ce jour-là.
A Faux
A Verdict : Faux
A La vidéo date de 2021 et a été tournée à Agen.
R Partager
R Facebook
R X
R E-mail
R Vous avez vu une information douteuse ? Signalez-la nous
""",
    # ===== an explainer of a daily's fact-checking desk, with all the visible text of the page
    "fr_decodeurs_full": """\
R Aller au contenu principal
R Le journal
R International
R Politique
R Société
R Les Décodeurs
R Se connecter
R S'abonner
R Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez modifier vos choix à tout moment.
R Accepter et continuer
R Refuser
R Les Décodeurs
T Réforme des retraites : ce qui change au 1er septembre
R Par Gary Dagorn
R Publié le 31 août 2023 à 17h00
R Lecture 4 min.
R Article réservé aux abonnés
R Offrir cet article
R Partager
A Ce qu'il faut retenir
A L'âge légal de départ recule de trois mois par an pour les générations nées à partir de 1961.
A La durée de cotisation augmente d'un trimestre par an.
A La pension minimale est revalorisée pour les carrières complètes.
A Qui est concerné ?
A Les assurés nés à partir du 1er septembre 1961 ne pourront plus partir à 62 ans.
A Pour eux, l'âge légal sera de 62 ans et 3 mois.
A Que change la réforme pour les carrières longues ?
A Ceux qui ont commencé à travailler avant 16 ans pourront partir à 58 ans.
A Le dispositif est étendu aux personnes ayant commencé avant 21 ans.
A Combien de personnes ?
A Environ 870 000 en 2030, selon la Caisse nationale d'assurance vieillesse.
T Gary Dagorn
R Contribuer
R Réutiliser ce contenu
R Lire aussi
R Retraites : le calendrier de la réforme
R Les plus lus
R Services
R Mentions légales
R Politique de confidentialité
R Gestion des cookies
""",
    # ===== a fact-check with "Affirmation :", "Verdict :" and sources, as an extractor leaves it
    "fr_verdict_labels_extract": """\
T La France a-t-elle vraiment accueilli 500 000 migrants en 2023 ?
R Par Julien Pain
R Publié le 12/02/2024 07:30
R Temps de lecture : 3 min
A Affirmation : « La France a accueilli 500 000 migrants l'an dernier. »
A Verdict : Trompeur
A Le chiffre a été cité par plusieurs responsables politiques cette semaine.
A Il correspond en réalité au nombre de premiers titres de séjour délivrés, qui ne concernent pas que des migrants nouvellement arrivés.
A Selon le ministère de l'Intérieur, 323 260 premiers titres ont été délivrés en 2023.
A Parmi eux, 103 000 l'ont été à des étudiants.
A Trompeur.
A Sources :
A Ministère de l'Intérieur, Les chiffres clés de l'immigration 2023, 25 janvier 2024
A Insee, L'essentiel sur les immigrés et les étrangers, 2023
R Vrai ou Fake
R Partager sur Facebook
R Partager sur X
R Copier le lien
R Recevez nos newsletters
R Je m'abonne
""",
    # ===== a Maldita-style bulo page with all its visible text
    "es_bulo_full": """\
R Saltar al contenido
R Maldito Bulo
R Maldita Ciencia
R Maldito Dato
R Maldita Tecnología
R Hazte maldito
R Buscar
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúas navegando, consideramos que aceptas su uso.
R Aceptar
R Configurar
T No, este vídeo no muestra a agricultores franceses volcando fruta española en 2024: es de 2019
R Publicado el 07 febrero 2024
R Actualizado el 08 febrero 2024
R Compartir
A Bulo
A Circula por redes sociales un vídeo en el que supuestamente se ve a agricultores franceses volcando fruta de camiones españoles durante las protestas de este año.
A Pero es un bulo: las imágenes son de 2019.
A Te contamos lo que sabemos.
A ¿Qué muestra el vídeo?
A En la grabación, de unos 40 segundos, varias personas abren las puertas de un camión y tiran cajas de melocotones a la carretera.
A Una búsqueda inversa de fotogramas lleva a una noticia de France 3 publicada el 26 de junio de 2019.
A ¿Dónde ocurrió?
A En un peaje de la autopista A9, cerca de Perpiñán.
A Primera fecha de publicación de este artículo: 07/02/2024
A Fuentes:
A France 3 Occitanie, 26 de junio de 2019
A Federación de Transportistas de Cataluña
R Gracias a vuestros avisos sabemos más sobre los contenidos que circulan. Si tienes dudas sobre si algo es verdad o no, no dudes en escribirnos a nuestro servicio de WhatsApp.
R Hazte maldito, Hazte maldita
R Te necesitamos para combatir los bulos y la mentira: sólo juntos podemos ganar
R Maldita.es es signataria del Código de Principios de la International Fact-Checking Network (IFCN).
R Aviso legal
R Política de privacidad
R Contacto
""",
    # ===== a Newtral-style fact-check extract: the verdict alone on its line, sources at the end
    "es_falso_extract": """\
T Es falso que el Gobierno vaya a cobrar un impuesto por tener perro a partir de 2024
R Irene Larraz
R 15 enero 2024 | 10:30
A Falso
A Varios mensajes que se comparten en redes sociales aseguran que a partir de este año los dueños de perros tendrán que pagar un nuevo impuesto estatal.
A Es falso.
A La Ley de Bienestar Animal, en vigor desde septiembre de 2023, no incluye ningún impuesto.
A Lo que sí establece es la obligación de que quienes tengan perro hagan un curso de formación gratuito.
A El Ministerio de Derechos Sociales confirmó a Newtral.es que no hay ninguna tasa prevista.
A Algunos ayuntamientos sí cobran una tasa municipal por el registro de animales, pero no es nueva.
A Fuentes
A Ley 7/2023, de 28 de marzo, de protección de los derechos y el bienestar de los animales (BOE)
A Ministerio de Derechos Sociales y Agenda 2030
R ¿Has visto algún bulo? Escríbenos y lo verificamos
R Recibe nuestra newsletter
R Relacionado
""",
    # ===== an explainer with "Claves" and question headings, as an extractor leaves it
    "es_explainer_extract": """\
T Qué es la dana y por qué provoca lluvias tan intensas
R Por Laura Pérez
R Madrid, 30 oct 2024 - 12:15 CET
A Claves
A La dana es una bolsa de aire frío en altura que se separa de la circulación general.
A Sobre un Mediterráneo cálido provoca tormentas muy intensas.
A Es más frecuente en otoño.
A ¿Qué significa dana?
A Son las siglas de depresión aislada en niveles altos.
A ¿Es lo mismo que la gota fría?
A No exactamente.
A La gota fría es un término popular que se usa desde hace décadas para el mismo fenómeno, pero los meteorólogos prefieren hablar de dana.
A ¿Por qué llueve tanto?
A El aire frío en altura choca con el aire cálido y húmedo que sube desde el mar.
A Se forman nubes de gran desarrollo vertical que pueden descargar más de 100 litros por metro cuadrado en pocas horas.
R Sigue leyendo
R Temas
R Meteorología
""",
    # ===== a Pagella Politica-style check with all the visible text of the page
    "it_pagella_full": """\
R Vai al contenuto
R Fact-checking
R Politica
R Economia
R Newsletter
R Chi siamo
R Sostienici
R Cerca
R Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Personalizza
T Il ministro sbaglia sui numeri dell'occupazione femminile
R 14 marzo 2024
R di Carlo Canepa
R Condividi
A Dichiarazione
A «Non ci sono mai state così tante donne al lavoro in Italia.»
A Verdetto
A Vero
A Il 13 marzo, durante un'intervista televisiva, il ministro ha detto che l'occupazione femminile ha raggiunto un record.
A Abbiamo verificato ed è così.
A Secondo l'Istat, a gennaio 2024 le donne occupate erano 10 milioni e 75 mila, il numero più alto da quando esistono le serie storiche, cioè dal 1977.
A Il tasso di occupazione femminile era del 52,5 per cento.
A Resta però tra i più bassi dell'Unione europea, dove la media è del 70,2 per cento.
A Il verdetto
A La dichiarazione è corretta: per questo il ministro si merita un «Vero».
A Fonti:
A Istat, Occupati e disoccupati, gennaio 2024
A Eurostat, Employment rate by sex, 2023
R Ti è piaciuto questo articolo?
R Sostieni il nostro lavoro
R Iscriviti alla newsletter
R Leggi anche
R Quante tasse pagano davvero le banche
R Pagella Politica è firmataria del codice dell'International Fact-Checking Network
R Chi siamo
R Metodologia
R Contatti
R Privacy policy
R P.IVA 12345678901
""",
    # ===== a Facta-style debunk as an extractor leaves it
    "it_falso_extract": """\
T No, questa foto non mostra la neve a Palermo nel marzo 2024
R Facta
R 6 marzo 2024
A Il 5 marzo 2024 su Facebook è stata condivisa una fotografia che mostrerebbe le strade di Palermo coperte di neve.
A Si tratta di una notizia falsa.
A La foto è stata scattata a Palermo, ma nel gennaio 2017.
A Una ricerca inversa ci ha permesso di trovare lo scatto in un articolo del Giornale di Sicilia dell'8 gennaio 2017.
A Secondo il servizio meteorologico dell'Aeronautica militare, il 4 e il 5 marzo 2024 a Palermo non ha nevicato.
A Falso
A Conclusioni
A La foto è reale ma risale al 2017.
A Fonti:
A Giornale di Sicilia, 8 gennaio 2017
A Aeronautica militare, Servizio meteorologico
R Facta.news è un progetto editoriale di verifica delle notizie.
R Segnalaci una notizia da verificare
R Condividi su Facebook
R Condividi su X
R Potrebbe interessarti anche
""",
    # ===== an explainer with "In breve" and question headings, all the visible text of the page
    "it_explainer_full": """\
R Home
R Cronaca
R Politica
R Economia
R Spiegoni
R Abbonati
R Accedi
T Cos'è il premierato e cosa cambia
R di Marta Rossi
R 18 giugno 2024
R Tempo di lettura: 4 minuti
A In breve
A La riforma prevede l'elezione diretta del presidente del Consiglio.
A Il premier resterebbe in carica cinque anni.
A Serve una doppia approvazione di Camera e Senato.
A Cosa prevede la riforma?
A Il testo approvato dal Senato prevede che il presidente del Consiglio sia eletto a suffragio universale.
A Cosa succede al presidente della Repubblica?
A Perde il potere di scegliere il presidente del Consiglio, ma conserva quello di nominare i ministri su sua proposta.
A Ci sarà un referendum?
A Probabilmente sì.
A Se la riforma non sarà approvata con i due terzi dei voti, potrà essere chiesto un referendum confermativo.
R Leggi anche
R La legge elettorale, spiegata bene
R Tag
R riforme
R © Riproduzione riservata
R Privacy
R Cookie policy
""",
    # ===== a Polígrafo-style check with all the visible text of the page
    "pt_poligrafo_full": """\
R Ir para o conteúdo
R Fact Check
R Sociedade
R Política
R Economia
R Vídeos
R Newsletter
R Pesquisar
R Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar a navegar, está a consentir a sua utilização.
R Aceitar
R Saber mais
T Governo vai cortar pensões acima de 1.500 euros em 2024?
R Fact Check
R 12 de Fevereiro de 2024 às 14:30
R Partilhar
A Circula nas redes sociais uma publicação segundo a qual o Governo vai cortar as pensões acima de 1.500 euros a partir de março.
A Confirma-se?
A Não.
A O Orçamento do Estado para 2024 prevê um aumento de todas as pensões, entre 5% e 6,2%, consoante o valor.
A O Ministério do Trabalho garantiu ao Polígrafo que não está previsto qualquer corte.
A Em suma, a alegação é enganadora.
A Avaliação do Polígrafo:
A Enganador
R Partilhe este artigo
R Avalie este artigo
R Sugira um Fact Check
R O Polígrafo é signatário da International Fact-Checking Network
R Artigos relacionados
R É verdade que o IRS vai subir para quem ganha o salário mínimo?
R Ficha técnica
R Estatuto editorial
R Política de privacidade
R © 2024 Polígrafo
""",
    # ===== a Brazilian agency's fact-check as an extractor leaves it: the label alone, sources at the end
    "pt_falso_extract": """\
T É falso que vacina contra a dengue cause paralisia
R Por Maria Clara Silva
R 07.mar.2024 às 16h45
A FALSO
A Circula no WhatsApp um áudio que afirma que a vacina contra a dengue aplicada no SUS causa paralisia em crianças.
A A afirmação é falsa.
A O Ministério da Saúde informou que não há registro de casos de paralisia associados à vacina Qdenga.
A A vacina foi aprovada pela Anvisa em março de 2023, após estudos clínicos com mais de 20 mil participantes.
A Os efeitos adversos mais comuns são dor no local da aplicação, dor de cabeça e febre baixa.
A O que diz a Anvisa?
A A agência afirmou que monitora todos os eventos adversos e que o benefício da vacina supera os riscos.
A Verdadeiro ou falso?
A Falso.
A Fontes consultadas:
A Ministério da Saúde, nota técnica nº 8/2024
A Anvisa, bula da vacina Qdenga
R Esta checagem foi feita em parceria com o Comprova.
R Quer sugerir uma checagem? Envie pelo WhatsApp (11) 99999-0000
R Compartilhe
R Leia também
""",
    # ===== an explainer with "Em resumo" and question headings, as an extractor leaves it
    "pt_explainer_extract": """\
T O que é o IRS Jovem e quem pode beneficiar
R Por Ana Costa
R Publicado às 08:00
A Em resumo
A Os jovens até aos 35 anos pagam menos IRS nos primeiros anos de trabalho.
A A isenção é total no primeiro ano.
A Não se aplica a rendimentos acima de cerca de 28 mil euros.
A Quem pode pedir?
A Trabalhadores por conta de outrem e independentes até aos 35 anos.
A É preciso ter curso superior?
A Não.
A A nova versão do regime deixou de exigir a conclusão de um ciclo de estudos.
A Quanto se poupa?
A Um jovem com um salário bruto de 1.200 euros poupa cerca de 1.600 euros por ano, segundo as contas da Deco.
R Leia mais
R Subscreva a nossa newsletter
R Comentários
""",
    # ===== a Nieuwscheckers-style check with all the visible text of the page
    "nl_nieuwscheckers_full": """\
R Naar inhoud springen
R Home
R Checks
R Over ons
R Methode
R Tip ons
R Zoeken
R Deze website gebruikt cookies om het gebruik van de site te analyseren.
R Akkoord
R Weigeren
T Nee, Schiphol gaat niet dicht voor privévluchten
R 11 maart 2024
R Door Peter Burger
R Deel dit artikel
A Bewering
A Schiphol sluit vanaf 2025 voor alle privéjets.
A Conclusie
A Onwaar
A Op sociale media gaat een bericht rond dat Schiphol vanaf volgend jaar geen privévluchten meer toelaat.
A Dat klopt niet.
A Schiphol heeft in 2023 wel aangekondigd dat het privéjets wil weren, maar dat plan is nog niet uitgevoerd.
A Een woordvoerder van Schiphol zegt tegen Nieuwscheckers dat er ‘nog geen datum’ is.
A Ook moet het ministerie van Infrastructuur eerst instemmen.
A Onwaar.
A Bronnen:
A Schiphol, persbericht 4 april 2023
A NOS, Schiphol wil af van nachtvluchten en privéjets, 4 april 2023
R Nieuwscheckers is onderdeel van de Universiteit Leiden.
R Ondertekenaar van de IFCN Code of Principles
R Tip ons
R Gerelateerde checks
R Nee, deze foto toont geen boerenprotest in Den Haag
R Privacyverklaring
R Contact
""",
    # ===== an explainer with "In het kort" and question headings, as an extractor leaves it
    "nl_explainer_extract": """\
T Wat is stikstof en waarom is het een probleem?
R Door Eva de Vries
R 12 januari 2024, 07:00
A In het kort
A Stikstof zelf is onschadelijk, maar stikstofverbindingen schaden de natuur.
A De landbouw is de grootste bron van uitstoot.
A De rechter heeft de vergunningverlening stilgelegd.
A Wat is stikstof?
A Stikstof is een gas dat voor 78 procent de lucht vormt die we inademen.
A Waarom is het een probleem?
A Als ammoniak en stikstofoxiden neerslaan, groeien brandnetels en gras beter dan kwetsbare planten.
A Geldt dat overal?
A Nee.
A Het gaat vooral om de Natura 2000-gebieden, zoals de Veluwe.
A Wat doet het kabinet?
A Het kabinet heeft miljarden vrijgemaakt om boeren uit te kopen.
R Lees ook
R Meld je aan voor onze nieuwsbrief
R Reageer op dit artikel
""",
    # ===== a fact-check extract with labelled lines and a verdict "Misleidend"
    "nl_check_extract": """\
T Klopt het dat Nederland de hoogste belastingdruk van Europa heeft?
R Door Hans Jansen
R Gepubliceerd: 14 februari 2024, 09:12
A Bewering: ‘Nederlanders betalen de meeste belasting van Europa.’
A Oordeel: Misleidend
A De uitspraak deed een Kamerlid in een debat over de koopkracht.
A Volgens Eurostat bedroeg de belastingdruk in Nederland in 2022 39,1 procent van het bbp.
A Dat is lager dan het gemiddelde van de Europese Unie, dat 41,2 procent was.
A Frankrijk en België hebben de hoogste druk, met meer dan 45 procent.
A Wel betalen Nederlanders relatief veel aan pensioenpremies, die Eurostat niet altijd als belasting telt.
A Misleidend.
A Bronnen
A Eurostat, Tax revenue statistics, 2023
A CBS, Belastingen en premies, 2023
R Deel op Facebook
R Deel op X
R Deel via WhatsApp
R Heb jij een bewering gezien die we moeten checken? Mail ons.
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a ruling's tail: the rating alone, the sources without figures, the share row, the feedback and the rail
    "en_ruling_tail_extract": """\
T Viral post misstates how many mail ballots were rejected in Georgia
R By Amy Sherman
R November 8, 2024
A Claim: "Over 200,000 mail ballots were thrown out in Georgia this year."
A Rating: Mostly False
A A post on X claimed that more than 200,000 mail ballots were rejected in Georgia in the 2024 general election.
A State election officials said about 4,000 absentee ballots were rejected, most because they arrived late or lacked a signature.
A The post's figure appears to count all ballots that were never returned, which is a different thing.
A Our ruling
A Rejected ballots numbered in the thousands, not hundreds of thousands.
A We rate this claim Mostly False.
A Sources:
A Georgia Secretary of State, absentee ballot data
A Interview with a spokesperson for the Georgia Secretary of State
A X post
R Share this fact check
R Was this fact check helpful?
R Yes
R No
R Related fact checks
R No, dead voters did not cast thousands of ballots in Fulton County
R Claim about voting machines switching votes is false
R Send us a claim to check
""",
    # ===== a Faktencheck's box under its byline, and its sources without figures at the tail
    "de_box_extract": """\
T Nein, Bargeld wird nicht 2025 abgeschafft
R Von Max Bernhard
R 05.03.2024
A Behauptung:
A Die Europäische Union schafft Anfang 2025 das Bargeld ab.
A Bewertung:
A Frei erfunden
A Auf Telegram und Facebook kursiert die Behauptung, ab dem 1. Januar 2025 werde das Bargeld in der gesamten EU abgeschafft.
A Dafür gibt es keine Belege.
A Die EU plant zwar eine Obergrenze von 10.000 Euro für Barzahlungen, ein Verbot von Bargeld ist aber nicht vorgesehen.
A Die Bundesbank schreibt auf ihrer Website, Bargeld bleibe gesetzliches Zahlungsmittel.
A Quellen:
A Europäisches Parlament, Pressemitteilung zur Bargeldobergrenze
A Deutsche Bundesbank, Fragen und Antworten zum Bargeld
R Faktencheck teilen
R War dieser Faktencheck hilfreich?
R Ja
R Nein
R Weitere Faktenchecks
R Nein, dieses Foto zeigt keine Bauern vor dem Reichstag
""",
    # ===== a fact-check page with all its visible text: a menu holding a label's word, the box under the share row
    "fr_box_full": """\
R Aller au contenu
R Accueil
R Vérifications
R Méthode
R Sources
R Nous contacter
R Faire un don
T Non, les radars ne flasheront pas les piétons à partir de juin
R Publié le 4 mars 2024 à 11h20
R Partager
A Affirmation :
A « Les nouveaux radars verbaliseront les piétons qui traversent au rouge. »
A Verdict :
A Faux
A Une vidéo partagée sur TikTok affirme que des radars installés à Paris vont bientôt sanctionner les piétons.
A La préfecture de police dément : les appareils en question mesurent le bruit des véhicules.
A Aucun texte ne prévoit de verbaliser automatiquement les piétons.
A Sources :
A Préfecture de police de Paris, communiqué
A Bruitparif, dossier sur les radars sonores
R Partager cette vérification
R Autres vérifications
R Non, cette photo ne montre pas un incendie à Marseille
R Signataire du code de principes de l'IFCN
R Mentions légales
R Confidentialité
""",
    # ===== a bulo as an extractor leaves it: the verdict alone, labelled lines, the sources without figures
    "es_bulo_extract": """\
T No, la DGT no multará con 200 euros por llevar chanclas al volante
R Publicado el 12 julio 2024
A Bulo
A Lo que se dice:
A Que la DGT multará con 200 euros a quien conduzca con chanclas a partir de este verano.
A Conclusión:
A No existe ninguna norma que prohíba conducir con chanclas.
A La DGT ha recordado en redes sociales que el Reglamento General de Circulación solo exige mantener la libertad de movimientos.
A Sí puede haber sanción si el calzado impide conducir con seguridad, pero no hay una multa específica.
A Fuentes consultadas:
A Dirección General de Tráfico
A Reglamento General de Circulación
R ¿Has visto algún bulo? Escríbenos y lo verificamos
R Más verificaciones
R No, este vídeo no muestra una tormenta en Valencia
R Maldita.es es signataria del Código de Principios de la International Fact-Checking Network (IFCN).
""",
    # ===== a check whose verdict closes the text over the share row, as an extractor leaves it
    "pt_verdict_tail_extract": """\
T Governo vai acabar com o subsídio de Natal?
R 3 de Dezembro de 2024
A Circula nas redes sociais uma publicação que garante que o Governo vai acabar com o subsídio de Natal em 2025.
A O Ministério do Trabalho desmentiu a informação ao Polígrafo.
A O subsídio está previsto no Código do Trabalho e não pode ser eliminado por decisão do Governo.
A Avaliação do Polígrafo:
A Falso
R Partilhe este artigo
R Sugira um Fact Check
R O Polígrafo é signatário da International Fact-Checking Network
R Outras checagens
R É verdade que o IRS vai subir em janeiro?
""",
    # ===== an explainer with all its visible text: the summary's heading under the headline and the share row
    "nl_explainer_full": """\
R Naar hoofdinhoud
R Nieuws
R Uitgelegd
R Checks
R Zoeken
T Hoe werkt de huurtoeslag in 2025?
R Door Sanne Bakker
R 2 januari 2025, 06:00
R Deel dit artikel
A In het kort
A De huurtoeslag stijgt per januari met gemiddeld 15 euro per maand.
A De inkomensgrens is verdwenen.
A Je moet de toeslag zelf aanvragen.
A Wie heeft recht op huurtoeslag?
A Huurders met een laag inkomen die een zelfstandige woning huren.
A Moet ik iets doen?
A Nee.
A Wie al toeslag krijgt, hoeft niets te doen: de Belastingdienst past het bedrag automatisch aan.
A Bronnen:
A Belastingdienst, huurtoeslag 2025
A Rijksoverheid, wijzigingen per 1 januari
R Meer checks
R Nee, de AOW gaat niet omlaag in 2025
R Ondertekenaar van de IFCN Code of Principles
R Privacy
R Contact
""",
    # ===== an explainer as an extractor leaves it: "In breve" under the byline, the sources without figures
    "it_explainer_extract": """\
T Cosa cambia con il nuovo codice della strada
R di Luca Bianchi
R 14 dicembre 2024
A In breve
A Le multe per chi usa il telefono alla guida aumentano.
A I monopattini dovranno avere targa e assicurazione.
A Per chi guida dopo aver bevuto è previsto l'alcolock.
A Quando entra in vigore?
A Il 14 dicembre 2024.
A Cosa cambia per i neopatentati?
A Per tre anni non potranno guidare auto di potenza superiore a 75 kW per tonnellata.
A Fonti:
A Gazzetta Ufficiale, legge sul codice della strada
A Ministero delle Infrastrutture e dei Trasporti
R Altri fact-checking
R Il limite di 30 all'ora a Bologna, spiegato
R Segnalaci una notizia da verificare
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the outlet's own sentences about itself and its appeal, written as prose ("CORRECTIV ist gemeinnützig und
    # finanziert sich durch Spenden.", "Te necesitamos para combatir los bulos …", "Gracias a vuestros avisos …",
    # "Facta.news è un progetto editoriale …", "Nieuwscheckers is onderdeel van de Universiteit Leiden."): an
    # article's sentences say the same of an organisation it reports on; and a slogan of the outlet's ("Hazte maldito,
    # Hazte maldita") that names it alone
    "de_correctiv_full": 1,
    "es_bulo_full": 3,
    "it_falso_extract": 1,
    "nl_nieuwscheckers_full": 1,
    # a tags box under the text: "Temas" over "Meteorología" (a one-word heading over a one-word item: an article's
    # short list under its heading reads the same)
    "es_explainer_extract": 2,
    # the programme's name under the sources' last item ("Vrai ou Fake"): a sources list's lines run down to the
    # residue another pass took, and its last item may be as short ("X post", round 2)
    "fr_verdict_labels_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a fact-check per language, the residue line put before or after them
TEXT = {
    "en": [
        "Posts on social media claim that the city council has voted to ban cars from the town centre from next month.",
        "The council says no such vote has taken place, and the minutes of its last three meetings make no mention of it.",
        "A spokesperson told us the claim appears to stem from a consultation on a low-traffic scheme for two streets.",
    ],
    "de": [
        "In sozialen Netzwerken heißt es, die Stadt wolle ab dem kommenden Monat alle Autos aus der Innenstadt verbannen.",
        "Eine solche Entscheidung hat der Stadtrat nicht getroffen, wie die Protokolle der letzten drei Sitzungen zeigen.",
        "Ein Sprecher der Stadt sagte uns, die Behauptung gehe wohl auf eine Bürgerbefragung zu zwei Straßen zurück.",
    ],
    "fr": [
        "Des publications affirment que la mairie a voté l'interdiction des voitures dans le centre-ville dès le mois prochain.",
        "Aucun vote de ce type n'a eu lieu, selon les comptes rendus des trois derniers conseils municipaux.",
        "Un porte-parole de la ville nous a indiqué que la rumeur vient sans doute d'une consultation sur deux rues.",
    ],
    "es": [
        "Circula en redes sociales un mensaje que asegura que el ayuntamiento ha prohibido los coches en el centro a partir del mes que viene.",
        "El pleno no ha votado ninguna medida de ese tipo, según las actas de las tres últimas sesiones.",
        "Un portavoz municipal explicó que el mensaje parece nacer de una consulta vecinal sobre dos calles.",
    ],
    "it": [
        "Sui social circola la notizia secondo cui il Comune avrebbe vietato le auto nel centro storico a partire dal mese prossimo.",
        "Il consiglio comunale non ha votato alcuna misura del genere, come risulta dai verbali delle ultime tre sedute.",
        "Un portavoce del Comune ci ha spiegato che la voce nasce probabilmente da una consultazione su due strade.",
    ],
    "pt": [
        "Circula nas redes sociais uma publicação segundo a qual a câmara municipal proibiu os carros no centro a partir do próximo mês.",
        "A assembleia municipal não votou qualquer medida desse tipo, segundo as atas das últimas três sessões.",
        "Um porta-voz da autarquia explicou que a publicação parece ter origem numa consulta pública sobre duas ruas.",
    ],
    "nl": [
        "Op sociale media gaat een bericht rond dat de gemeente auto's vanaf volgende maand uit het centrum weert.",
        "Volgens de notulen van de laatste drie vergaderingen heeft de gemeenteraad daar nooit over gestemd.",
        "Een woordvoerder van de gemeente zegt dat het bericht waarschijnlijk voortkomt uit een peiling over twee straten.",
    ],
}

_TB, _SB, _FP, _CO = "teaser-box", "social-buttons", "feedback-prompt", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ('en', 'Related fact checks', _TB),
    ('en', 'Read more explainers', _TB),
    ('en', 'More fact-checks', _TB),
    ('de', 'Weitere Faktenchecks', _TB),
    ('fr', 'Autres vérifications', _TB),
    ('es', 'Más verificaciones', _TB),
    ('it', 'Altri fact-checking', _TB),
    ('pt', 'Outras checagens', _TB),
    ('nl', 'Gerelateerde checks', _TB),
    ('en', 'Share this fact check', _SB),
    ('de', 'Faktencheck teilen', _SB),
    ('fr', 'Partager cette vérification', _SB),
    ('en', 'Was this fact check helpful?', _FP),
    ('en', 'Was this fact check helpful? Yes No', _FP),
    ('de', 'War dieser Faktencheck hilfreich?', _FP),
    ('it', 'Questo articolo ti è piaciuto?', _FP),
    ('nl', 'Was deze factcheck nuttig?', _FP),
    ('en', 'Send us a claim to check', _CO),
    ('en', 'Have you seen a claim you would like AFP to fact-check?', _CO),
    ('en', "Seen something you'd like us to check? Let us know.", _CO),
    ('de', 'Sie haben eine Behauptung gesehen, die wir prüfen sollen? Schreiben Sie uns!', _CO),
    ('es', '¿Has visto algún bulo? Escríbenos y lo verificamos', _CO),
    ('it', 'Segnalaci una notizia da verificare', _CO),
    ('pt', 'Quer sugerir uma checagem? Envie pelo WhatsApp (11) 99999-0000', _CO),
    ('nl', 'Heb jij een bewering gezien die we moeten checken? Mail ons.', _CO),
    ('en', 'Verified signatory of the IFCN Code of Principles', _CO),
    ('en', 'AFP is a verified signatory of the International Fact-Checking Network (IFCN).', _CO),
    ('de', 'Unterzeichner des IFCN Code of Principles', _CO),
    ('fr', "Signataire du code de principes de l'IFCN", _CO),
    ('es', 'Maldita.es es signataria del Código de Principios de la International Fact-Checking Network (IFCN).', _CO),
    ('it', "Pagella Politica è firmataria del codice dell'International Fact-Checking Network", _CO),
    ('pt', 'O Polígrafo é signatário da International Fact-Checking Network', _CO),
    ('nl', 'Ondertekenaar van de IFCN Code of Principles', _CO),
    ('en', 'This fact check is part of a partnership with Meta.', _CO),
    ('pt', 'Esta checagem foi feita em parceria com o Comprova.', _CO),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ('en', 'Related fact checks by other outlets reached the same conclusion, according to a review of 40 articles published last year.'),
    ('en', "Share this fact check with the relative who sent you the video, the charity's guide advises its readers."),
    ('en', 'Was this fact check helpful? Readers were asked that question in a survey, and 72% of them said yes.'),
    ('en', 'Send us a claim to check, the newsroom told listeners during a radio call-in on Tuesday, and hundreds did.'),
    ('en', 'The network said that only organisations which are verified signatories of the IFCN code can join the programme.'),
    ('en', 'This fact check is part of a series on claims made during the election campaign, which ends on Sunday.'),
    ('de', 'Weitere Faktenchecks zu diesem Thema hat das Team bereits im vergangenen Jahr veröffentlicht, sagte die Leiterin.'),
    ('de', 'War dieser Faktencheck hilfreich? Das wollte die Redaktion in einer Umfrage wissen, und drei Viertel sagten Ja.'),
    ('de', 'Sie haben eine Behauptung gesehen, die nicht stimmt, und sie trotzdem geteilt, sagten viele Befragte der Studie.'),
    ('de', 'Der Verlag ist seit 2017 Unterzeichner des IFCN Code of Principles und lässt sich jedes Jahr prüfen, sagte er.'),
    ('de', 'Faktencheck teilen oder nicht? Diese Frage stellten sich viele Nutzer, nachdem die Plattform ihre Regeln änderte.'),
    ('fr', 'Autres vérifications menées par la rédaction, elles ont abouti aux mêmes conclusions, selon le rapport publié mardi.'),
    ('fr', 'Partager cette vérification avec ses proches est le meilleur moyen de freiner la rumeur, estime la chercheuse.'),
    ('fr', "Le média est signataire du code de principes de l'IFCN depuis 2019, ce qui l'oblige à publier ses sources."),
    ('es', 'Más verificaciones como esta serán necesarias antes de las elecciones, según la directora del proyecto.'),
    ('es', '¿Has visto algún bulo sobre las elecciones? Es la pregunta que la encuesta hizo a 2.000 personas en marzo.'),
    ('es', 'La fundación es signataria del Código de Principios de la IFCN desde 2018 y renueva su evaluación cada año.'),
    ('it', "Altri fact-checking pubblicati negli ultimi mesi hanno smentito la stessa affermazione, ricorda l'autore."),
    ('it', 'Segnalaci una notizia da verificare, chiedeva il volantino distribuito davanti alle scuole della città.'),
    ('it', 'Questo articolo ti è piaciuto? È la domanda che il giornale ha posto ai lettori in un sondaggio pubblicato a marzo.'),
    ('it', "La testata è firmataria del codice dell'International Fact-Checking Network dal 2016, spiega il direttore."),
    ('pt', 'Outras checagens feitas por agências internacionais chegaram à mesma conclusão, segundo o relatório.'),
    ('pt', 'Quer sugerir uma checagem? A pergunta aparece no fim de cada artigo do site, explicou a editora ao jornal.'),
    ('pt', 'Esta checagem foi feita em parceria com o Comprova e revista por dois editores antes da publicação.'),
    ('pt', 'O jornal é signatário da International Fact-Checking Network desde 2015, o que o obriga a publicar as fontes.'),
    ('nl', 'Gerelateerde checks van andere redacties kwamen tot dezelfde conclusie, blijkt uit het overzicht.'),
    ('nl', 'Heb jij een bewering gezien die we moeten checken? Die vraag stelde de krant aan haar lezers in maart.'),
    ('nl', 'De redactie is sinds 2017 ondertekenaar van de IFCN Code of Principles, zegt de hoofdredacteur.'),
    ('nl', 'Was deze factcheck nuttig? Dat vroegen de onderzoekers aan 800 lezers, en zeven op de tien zeiden ja.'),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


#: a check's box per language: the claim's label over the claim, the verdict's label over the verdict alone
_BOXES = {
    "en": ["Claim:", "The council has banned cars from the town centre.", "Rating:", "False"],
    "de": ["Behauptung:", "Die Stadt verbannt ab Juni alle Autos aus der Innenstadt.", "Bewertung:", "Falsch"],
    "fr": ["Affirmation :", "La mairie interdit les voitures en centre-ville.", "Verdict :", "Faux"],
    "es": ["Afirmación:", "El ayuntamiento prohíbe los coches en el centro.", "Veredicto:", "Falso"],
    "it": ["Dichiarazione", "«Il Comune ha vietato le auto in centro.»", "Verdetto", "Falso"],
    "pt": ["Alegação:", "A câmara proibiu os carros no centro.", "Avaliação:", "Enganador"],
    "nl": ["Bewering", "De gemeente weert auto's uit het centrum.", "Conclusie", "Onwaar"],
}
_HEAD = ["Home", "Fact checks", "Politics", "About", "Posts wrongly claim the council banned cars in the centre", "14 March 2024", "Share"]


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_a_checks_labelled_box_over_its_first_paragraph_stays(lang: str) -> None:
    # edge-furniture (edge_factcheck.check_box_head): the labels and the verdict alone stay; the menu, the stamp and the
    # share row over the box still go (the headline: either way)
    lost_lines, gone = _kept([*_HEAD, *_BOXES[lang], *TEXT[lang]])
    assert [line for line in lost_lines if line != _HEAD[4]] == [line for line in _HEAD if line != _HEAD[4]], gone


def test_a_label_as_a_menus_last_item_still_goes() -> None:
    # (a label's word as the last of a menu's items over the first paragraph: the menu's items over it tell the run)
    for head in (["Home", "News", "Fact checks", "Claims"], ["Home", "Fact checks", "About", "Sources"]):
        lost_lines, gone = _kept([*head, *TEXT["en"]])
        assert lost_lines == head, gone


def test_a_checks_sources_and_verdict_closing_the_text_stay() -> None:
    # edge-furniture (edge_factcheck.check_box_tail): the heading and its list down to the share row, which goes with
    # the footer; a verdict's label and value right under the text, over the share row
    sources = ["Sources:", "Council minutes, 12 March 2024", "Council press office", "Transport consultation page"]
    footer = ["Share", "Facebook", "X", "Privacy policy", "Terms of use", "Contact"]
    lost_lines, gone = _kept([*TEXT["en"], *sources, *footer])
    assert lost_lines == footer, gone
    verdict = ["Avaliação do Polígrafo:", "Enganador"]
    footer = ["Partilhe este artigo", "Ficha técnica", "Estatuto editorial", "Política de privacidade"]
    lost_lines, gone = _kept([*TEXT["pt"], *verdict, *footer])
    assert lost_lines == footer, gone


def test_a_label_over_the_footers_links_still_goes() -> None:
    # (a label's word heading a footer's links, or over a link that runs on into the footer, is the footer's)
    for tail in (["Sources", "Methodology", "Funding", "Contact"], ["Our verdict", "Related", "Contact us", "Privacy"]):
        lost_lines, gone = _kept([*TEXT["en"], *tail])
        assert lost_lines == tail, gone


def test_a_summarys_heading_under_the_headline_and_byline_stays() -> None:
    # detached-blocks (edge_factcheck.label_over_article) and title-line (check_label): "In het kort" under the
    # headline, the byline and the stamp is the summary's heading, no headline; the headline over it still goes
    title = "Wat is stikstof en waarom is het een probleem?"
    points = ["Stikstof zelf is onschadelijk, maar stikstofverbindingen schaden de natuur.", "De landbouw is de grootste bron van uitstoot.", "De rechter heeft de vergunningverlening stilgelegd."]
    page = [title, "Door Eva de Vries", "12 januari 2024, 07:00", "In het kort", *points, *TEXT["nl"]]
    lost_lines, gone = _kept(page)
    assert lost_lines == [title, "Door Eva de Vries", "12 januari 2024, 07:00"], gone
    lost_lines, gone = _kept(["Stikstof: het kabinet trekt miljarden uit voor de natuur", *TEXT["nl"]])
    assert ("title-line", "Stikstof: het kabinet trekt miljarden uit voor de natuur") in gone, gone


def test_a_feedback_question_on_this_article_goes_over_the_appeal() -> None:
    # (it widgets.feedback: the question under a check's sources, over the outlet's appeal and rail, goes as the
    # reader's feedback; call-to-action's pitch table takes it alone under the text)
    gone = removed(cleaner.explain_text(page_text(CASES["it_pagella_full"])))
    assert ("feedback-prompt", "Ti è piaciuto questo articolo?") in gone, gone


def test_a_sources_lists_short_last_item_stays_and_the_share_row_under_it_goes() -> None:
    # edge-furniture (edge_factcheck.check_box_tail, table sources_heading): the list's lines run down to the residue
    # another pass took, its short last item ("X post") with them, also where the region opens under its first items
    # (_heading_over: they read as the article's last lines)
    sources = ["Sources:", "Interview with a spokesperson for the county council's transport department", "Council minutes of the meeting of the planning committee", "X post"]
    footer = ["Share this fact check", "Facebook", "Privacy policy", "Terms of use"]
    lost_lines, gone = _kept([*TEXT["en"], *sources, *footer])
    assert lost_lines == footer, gone


def test_a_label_over_the_texts_last_sentence_keeps_no_footer_under_it() -> None:
    # (a check's label over its last sentence, "Our ruling", heads no list: the footer's links under the sentence go)
    footer = ["About", "Contact", "Privacy", "Terms"]
    lost_lines, gone = _kept([*TEXT["en"], "Our ruling", "We rate this claim False.", *footer])
    assert lost_lines == footer, gone


@pytest.mark.parametrize(("module", "key", "heading"), [("test_sport31", "en_nba_liveblog_full", "Key moments"), ("test_fam24", "es_directo", "Claves"), ("test_teaser25", "pl_rail_before", "Najważniejsze")])
def test_a_summarys_heading_over_no_sentence_still_goes(module: str, key: str, heading: str) -> None:
    # (edge_factcheck._heads: a summary's heading alone heads its first point, a sentence, right under it; a live
    # blog's "Key moments" over its entries' times, a toggle's "Claves" over its button and stamp, a rail's
    # "Najważniejsze" over other stories' headlines go as before: the older probes' pages)
    cases = importlib.import_module(module).CASES
    gone = removed(cleaner.explain_text(page_text(cases[key])))
    assert ("edge-furniture", heading) in gone, gone


if __name__ == "__main__":
    report(CASES)


_IT = [
    "Il consiglio comunale ha approvato ieri sera il bilancio di previsione, dopo un dibattito durato oltre quattro ore.",
    "La seduta si è chiusa poco dopo la mezzanotte, con il voto favorevole della maggioranza.",
]


def test_a_columns_sentence_opening_on_the_readers_question_stays() -> None:
    """s38: it ``promos.pitch``'s question ("Ti è piaciuto questo articolo?") takes what follows it only when that is a
    call; before, any 200 characters went with it, a column's sentence among them."""
    line = "Ti è piaciuto questo articolo? È la domanda che ogni giornalista si fa, ma i dati raccontano un'altra storia."
    for page in ([_IT[0], line, _IT[1]], [*_IT, line]):
        assert _kept(page)[0] == [], page


@pytest.mark.parametrize("line", ["Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter per riceverne altri.",
                                  "Ti è piaciuto questo articolo?"])
def test_the_readers_question_with_its_call_still_goes(line: str) -> None:
    assert ("call-to-action", line) in _kept([*_IT, line])[1]


def test_an_english_columns_sentence_opening_on_the_readers_question_stays() -> None:
    """s38: en ``promos.pitch``'s "Like this story?" takes what follows it only when that is a call."""
    line = "Did you like this story? Many readers did not, judging by the letters that reached the editor's desk."
    for page in ([BRIDGE_EN[0], line, BRIDGE_EN[1]], [*BRIDGE_EN, line]):
        assert _kept(page)[0] == [], page


@pytest.mark.parametrize("line", ["Like this story? Share it with a friend.", "Enjoyed this article?",
                                  "Did you like this story? Subscribe to our weekly newsletter."])
def test_the_english_readers_question_with_its_call_still_goes(line: str) -> None:
    assert any(text == line for _name, text in _kept([*BRIDGE_EN, line])[1]), line
