# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""aggregator43: a probe of news republished by aggregators and portals, scraped as text (half as an extractor leaves
them, half as all the visible text of the page), in en, de, fr, es, it, pt and nl: Yahoo News/Finance-, MSN-, AOL-,
Google News-, Flipboard-, NewsBreak-, web.de/GMX-, t-online-, Orange.fr-, Libero/Virgilio-, SAPO- and NU.nl-style pages
that show a partner's story inside their own chrome.

- the article (``A``): the partner's story with its own short lines: subheadings, short sentences, a list of key
  points, one-line quotes, the wire's dateline as the story's first line ("(Reuters) -");
- the residue (``R``): the portal's chrome: "Story continues below advertisement", "Continue reading", "Read the full
  story at …", "View comments", "Powered by …", "Originally published on …", "Artikel stammt von …", a provider's
  name alone over the headline, "Sign in to view your portfolio", ticker rows ("AAPL +1.2%"), "Trending tickers",
  "Recommended stories", "More from …", menus, footers, cookie notices;
- ``T``: headlines, the partner's name as a credit line where it may be read either way.

- round 1, blind (written before reading the passes): 23 pages (14 extracts, 9 full pages), 151 ``A`` lines, 324
  ``R``, 23 ``T``, all seven languages. (One tag mended before the first run was counted: Yahoo's "By Natalie Grover"
  over the Reuters lead, first tagged ``A``, is the story's byline, residue as the project reads bylines.)

- round 2, after the changes, aimed at them: 6 pages, 38 ``A``, 36 ``R``, 7 ``T``: MSN's head of a partner name, its credit and
  the bullet stamp in en and nl, Yahoo's quote rows over a story holding its own list of tickers and changes, a
  portal's section label over the partner's name, the partner named inside the article's text, a list in the story.

Measured on main c9dcf55: round 1 lost 0, left 40; round 2 lost 0, left 13. Left: the provider's name alone over or
under the headline ("The Independent", "20 Minutes", "Associated Press", "t-online", "Spot on news", "SAPO"), MSN's
"• 3h •" stamp and the credit over it ("Histoire de Thibaut Le Gal"), portal read-on lines ("Read the full story at
…", "Lire l'article sur …", "Continua a leggere su …", "Continue a ler no …", "Leia mais em …", "Originally published
on …", "Artikel stammt von …", "Originalartikel von …"), "Powered by", "More for You"/"Plus pour vous", "Visualizza
commenti", ticker rows under the stamp ("NVDA" / "+5.16%"), t-online's "Quellen" box and its byline ("Von t-online,
dpa, mk"), Google News' "More from …" with its headline, MSN's sponsored headline, it "… CEST·1 min di lettura".
No article line lost in either round.

After: round 1 lost 0, left 10; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_aggregator.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``portal_head`` (byline-echo's look at the page's head, over the article's first closed sentence): the two lines right
  over a portal's bullet stamp ("• 3h •") go, the partner's name and its credit ("Story by …", "Histoire de …",
  "Verhaal van …"; a "Histoire de Marie Curie" over a text with no such stamp stays: test); a short name over the
  headline that a credit the passes took names again ("Read the full story at Associated Press", "Leia mais em SAPO",
  "Von t-online, dpa, mk", "Originalartikel von spot on news") goes (a name no credit names, one alone over the text,
  a wire's dateline stay: tests); a ticker over its signed change at the head goes in pairs (the same rows in a list
  between the paragraphs stay: test).
- tables, each in an ``# aggregator43:`` block at its list's end: ``promos.read_on`` en "Read/View the full/original
  story at <Name>", fr "Lire l'article sur <Name>", it "Continua a leggere su <Name>", pt "Continue a ler no <Name>" /
  "Leia mais em <Name>", nl "Doorgaan met lezen"; ``promos.heading`` en "More for You", fr "Plus pour vous", es "Más
  para ti", nl "Meer voor jou", de "Mehr News zum Thema"; ``credits.syndication`` en "Originally published on
  <domain>, part of …", de "Artikel stammt von …" / "Originalartikel von …"; ``metadata.byline`` de "Von t-online, dpa,
  mk" (a desk and an agency in lower case); ``metadata.dateline`` the family's ``any`` MSN's "• 3h •" and it "mar 4
  giugno 2024, 17:45 CEST·1 min di lettura"; ``comments.ui`` it "Visualizza commenti"; ``widgets.chrome`` de
  "Empfohlener redaktioneller Inhalt". Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

``python tests/test_aggregator43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== Yahoo Finance: a Reuters story as an extractor leaves it
    "en_yahoo_reuters_extract": """\
R Reuters
T Oil prices climb as Middle East tensions offset demand worries
R Reuters
R Updated Tue, June 4, 2024 at 6:12 AM EDT·2 min read
R In this article:
R CL=F
R +1.12%
R BZ=F
R +0.98%
R By Natalie Grover
A LONDON (Reuters) - Oil prices rose on Tuesday as fresh tensions in the Middle East outweighed concerns about weaker demand in the United States and China.
A Brent crude futures were up 82 cents, or 1%, at $78.18 a barrel by 1012 GMT.
A U.S. West Texas Intermediate crude futures gained 79 cents, or 1.1%, to $74.01.
R Story continues
A "The market is still nervous," said PVM analyst Tamas Varga.
A Both benchmarks fell more than 3% on Monday to their lowest in four months.
A Analysts said the market would look for clues in U.S. inventory data due later this week.
R (Reporting by Natalie Grover in London; Editing by Jason Neely)
R View comments
""",
    # ===== Yahoo Finance: all the visible text, tickers and portfolio box
    "en_yahoo_finance_full": """\
R Yahoo Finance
R Search query
R Sign in
R Mail
R News
R Finance
R Sports
R My Portfolio
R Markets
R Research
R Personal Finance
R Videos
R S&P 500
R 5,283.40
R +0.11%
R Dow 30
R 38,711.29
R -0.31%
R Nasdaq
R 16,828.67
R +0.17%
R Bloomberg
T Nvidia Tops $3 Trillion Value as AI Rally Shows No Sign of Cooling
R Bloomberg
R Wed, June 5, 2024 at 4:05 PM EDT·3 min read
R NVDA
R +5.16%
R AAPL
R +0.78%
A (Bloomberg) -- Nvidia Corp. became the third company to top $3 trillion in market value, driven by investor enthusiasm for artificial intelligence.
A The chipmaker's shares rose as much as 5.2% on Wednesday in New York.
A It has more than tripled in value over the past year.
R Most Read from Bloomberg
R Apple's AI Push Is About to Get Real
R Biden's Border Order Faces First Legal Test
R Story continues
A Nvidia now trails only Microsoft Corp. and Apple Inc. in value.
A "This is a once-in-a-generation shift," said Daniel Morgan, a portfolio manager at Synovus Trust Co.
A The stock has been the single biggest contributor to the S&P 500's gain this year.
R ©2024 Bloomberg L.P.
R View comments
R Sign in to view your portfolio
R Trending tickers
R GME
R GameStop Corp.
R 46.55
R +47.45%
R TSLA
R Tesla, Inc.
R 177.94
R -1.26%
R Recommended Stories
R Copyright © 2024 Yahoo. All rights reserved.
R What's trending
R About our ads
R Terms and Privacy Policy
R Privacy Dashboard
""",
    # ===== MSN: a partner story extracted, with its provider credit and "Continue reading"
    "en_msn_partner_extract": """\
R The Independent
R Story by Holly Evans
R • 3h •
R 2 min read
T Heatwave warning issued as temperatures set to hit 30C
A Britain is set for its hottest day of the year so far.
A The UK Health Security Agency has issued a yellow heat-health alert for large parts of England, warning of a rise in deaths among older people.
A Key points:
A Temperatures could reach 30C in London on Wednesday.
A The alert runs until 9am on Friday.
A Hospitals have been told to prepare for more admissions.
A What is a yellow alert?
A A yellow alert means the weather is likely to affect people who are vulnerable, such as the elderly and those with heart or lung conditions.
A "Stay out of the sun during the hottest part of the day," said Dr Agostinho Sousa.
R Continue reading
R Related video: UK heatwave: how to keep cool (Sky News)
R More for You
""",
    # ===== MSN: all the visible text of a partner page
    "en_msn_full": """\
R Skip to content
R MSN
R Sign in
R Discover
R Following
R News
R Sports
R Weather
R Money
R Play
R Feedback
R CBS News
R Story by Kathryn Watson
R • 5h •
R 3 min read
T Senate passes bill to fund air traffic control upgrades
A WASHINGTON — The Senate on Thursday passed a bill that would spend $105 billion on the Federal Aviation Administration over five years.
A The vote was 88-4.
A The measure now heads to the House.
A What's in the bill
A It would require the FAA to hire and train more air traffic controllers.
A It would also raise the mandatory retirement age for pilots to 67.
A "This is a big deal," Senate Majority Leader Chuck Schumer said.
R Sponsored Content
R These Are the Best Cars for Seniors in 2024
R Ad
R More for You
R Ten things you didn't know about the Senate
R © 2024 Microsoft
R Privacy & Cookies
R Terms of use
R Advertise
R Send feedback
""",
    # ===== AOL: an AP story with its reading time and "Read the full story"
    "en_aol_ap_extract": """\
R Associated Press
T Storms knock out power to thousands across Texas
R June 3, 2024 at 9:14 PM
A HOUSTON (AP) — Powerful storms swept through southeast Texas on Monday, knocking out power to more than 300,000 homes and businesses.
A Winds topped 80 mph in some areas.
A At least two people were injured by falling trees, officials said.
A It was the second major storm to hit the region in a month.
A "We've never seen anything like it," said resident Maria Lopez.
R Read the full story at Associated Press
R Recommended Stories
R Powered by
""",
    # ===== NewsBreak: a local story with "Originally published on"
    "en_newsbreak_extract": """\
R NewsBreak
R Open in App
T City council approves new bike lanes on Main Street
R Springfield Daily
R 2 days ago
A The Springfield City Council voted 6-1 on Tuesday to add protected bike lanes along a mile of Main Street.
A Construction is set to begin in August.
A The project will cost about $2.4 million.
A Council member Ana Ruiz cast the only vote against it.
A "We need more parking, not less," she said.
R Originally published on springfielddaily.com, part of the TownNews network.
R Comments
R Share
R Add a comment
""",
    # ===== Flipboard/Google News-like: a headline list page around a short story
    "en_google_news_full": """\
R Google News
R Home
R For you
R Following
R News Showcase
R U.S.
R World
R Local
R Business
R Technology
R Entertainment
R Sports
R Science
R Health
T Fed holds rates steady, signals one cut this year
A The Federal Reserve kept interest rates unchanged on Wednesday.
A Policymakers now expect just one cut in 2024, down from three in March.
A Inflation has eased but remains above the central bank's 2% target.
A "We want to gain greater confidence," Fed Chair Jerome Powell told reporters.
R Full Coverage
R More from The Wall Street Journal
R Fed Officials See One Rate Cut This Year
R 2 hours ago
R More from CNBC
R Powell says rate cuts depend on data
R 1 hour ago
R Help
R Privacy
R Terms
R About Google
""",
    # ===== web.de: a dpa story as an extractor leaves it
    "de_webde_dpa_extract": """\
R Aktualisiert am 04.06.2024, 12:31 Uhr
T Hochwasser in Bayern: Pegel sinken langsam
A Regensburg (dpa) - Nach dem schweren Hochwasser in Süddeutschland gehen die Pegelstände an der Donau langsam zurück.
A Entwarnung gibt es aber noch nicht.
A In Passau lag der Pegel am Morgen bei 8,50 Metern.
A Das Wichtigste im Überblick:
A Mindestens sechs Menschen sind ums Leben gekommen.
A Tausende mussten ihre Häuser verlassen.
A Die Schäden gehen in die Milliarden.
A "Das ist eine Katastrophe für die ganze Region", sagte Ministerpräsident Markus Söder.
R Mehr News zum Thema
R Artikel stammt von dpa
R © dpa
R Teaserbild: © dpa / Armin Weigel
""",
    # ===== GMX: all the visible text of a partner page
    "de_gmx_full": """\
R GMX
R E-Mail
R Cloud
R Nachrichten
R Sport
R Unterhaltung
R Ratgeber
R Auto
R Digital
R Login
R Nachrichten
R Politik
R Deutschland
T Bundestag beschließt Rentenpaket
R Aktualisiert am 05.06.2024, 15:04 Uhr
R Teilen
R Facebook
R Twitter
R WhatsApp
R E-Mail
A Berlin (AFP) - Der Bundestag hat das Rentenpaket II der Ampel-Koalition beschlossen.
A Das Rentenniveau soll bis 2039 bei 48 Prozent gehalten werden.
A Die Union stimmte dagegen.
A Was sich ändert
A Künftig soll ein Teil der Beiträge am Kapitalmarkt angelegt werden.
A Dafür ist ein Fonds von 200 Milliarden Euro geplant.
A "Das ist ein guter Tag für die Rentnerinnen und Rentner", sagte Arbeitsminister Hubertus Heil.
R Mehr aktuelle News
R Quelle: AFP
R Empfehlungen der Redaktion
R Steuer-Tipps: So sparen Sie bei der Rente
R Impressum
R Datenschutz
R AGB
R Datenschutzeinstellungen
R Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Akzeptieren
""",
    # ===== t-online: a partner's story with its "Quellen" box
    "de_tonline_extract": """\
R t-online
R Lesedauer: 2 Min.
T Bahnstreik: Was Pendler jetzt wissen müssen
R Von t-online, dpa, mk
R 05.06.2024 - 08:14 Uhr
A Die Lokführergewerkschaft GDL hat erneut zum Streik aufgerufen.
A Betroffen ist der Fern- und Regionalverkehr.
A Wann beginnt der Streik?
A Der Ausstand soll am Mittwochabend um 22 Uhr beginnen.
A Welche Strecken sind betroffen?
A Nach Angaben der Bahn gilt ein Notfahrplan.
A Rund 80 Prozent der Fernzüge fallen aus.
R Quellen
R Nachrichtenagentur dpa
R Eigene Recherche
R Artikel teilen
R Mehr zum Thema
""",
    # ===== Orange.fr: an AFP story extracted
    "fr_orange_afp_extract": """\
R Actualités
R Monde
R AFP
T Canicule : vigilance orange dans douze départements
R Publié le 05/06/2024 à 10h12
A Paris (AFP) - Douze départements du sud de la France ont été placés en vigilance orange canicule mercredi par Météo-France.
A Les températures pourraient dépasser 38°C dans la vallée du Rhône.
A Les conseils des autorités :
A boire régulièrement de l'eau ;
A éviter les efforts physiques aux heures chaudes ;
A prendre des nouvelles des personnes âgées.
A "La situation est sous contrôle", a assuré le ministre de la Santé.
R Lire la suite
R Source : AFP
R © Agence France-Presse
R Sur le même sujet
""",
    # ===== Orange.fr: all the visible text
    "fr_orange_full": """\
R Orange
R Mail
R Actualités
R Sport
R Divertissement
R Météo
R Se connecter
R Accueil
R Actualités
R Politique
T Législatives : le RN en tête des intentions de vote
R Le Figaro
R Publié le 10/06/2024 à 18h45, mis à jour le 10/06/2024 à 19h02
R Partager
R Facebook
R X
R Envoyer par mail
A Le Rassemblement national arrive en tête des intentions de vote pour les législatives anticipées, selon un sondage publié lundi.
A Il est crédité de 34% des voix.
A Le camp présidentiel recule.
A Une campagne éclair
A Le premier tour aura lieu le 30 juin, le second le 7 juillet.
A "Nous sommes prêts", a déclaré Jordan Bardella.
R Cet article est réservé aux abonnés du Figaro.
R Lire l'article sur Le Figaro
R À lire aussi
R Européennes : les résultats département par département
R Mentions légales
R Données personnelles
R Gérer les cookies
R © Orange 2024
""",
    # ===== MSN in French: a partner story extracted
    "fr_msn_extract": """\
R 20 Minutes
R Histoire de Thibaut Le Gal
R • 2 h •
R 2 min de lecture
T Réforme de l'assurance chômage : ce qui change au 1er décembre
A Le gouvernement a publié mardi le décret sur l'assurance chômage.
A La durée d'indemnisation sera réduite de 18 à 15 mois.
A Les seniors sont aussi concernés.
A Pourquoi maintenant ?
A L'exécutif veut atteindre le plein emploi d'ici 2027.
A "C'est une réforme juste", a défendu Gabriel Attal.
R Continuer la lecture
R Contenu sponsorisé
R Plus pour vous
""",
    # ===== Yahoo Noticias: an EFE story extracted
    "es_yahoo_efe_extract": """\
R EFE
T El Banco de España eleva su previsión de crecimiento al 2,3%
R 11 de junio de 2024, 12:04 p. m. CEST·2 min de lectura
A Madrid, 11 jun (EFE).- El Banco de España ha elevado este martes su previsión de crecimiento para 2024 hasta el 2,3%.
A Son cuatro décimas más que en marzo.
A La inflación cerrará el año en el 3%.
A Las claves del informe:
A El consumo de los hogares sigue creciendo.
A El turismo bate récords.
A La inversión se mantiene débil.
A "La economía española muestra una notable resiliencia", señaló el organismo.
R Ver comentarios
R (c) Agencia EFE
R Historias recomendadas
""",
    # ===== MSN in Spanish: all the visible text
    "es_msn_full": """\
R Ir al contenido
R MSN
R Iniciar sesión
R Descubrir
R Noticias
R Deportes
R El tiempo
R Dinero
R El País
R Historia de Manuel Ansede
R • 6 h •
R 3 min de lectura
T Descubren un nuevo tipo de célula en el cerebro humano
A Un equipo internacional de científicos ha descubierto un tipo de célula cerebral desconocido hasta ahora.
A El hallazgo se publica hoy en la revista Nature.
A Podría cambiar la forma de entender la memoria.
A Un hallazgo inesperado
A Los investigadores analizaron muestras de tejido de 50 pacientes.
A "Nos quedamos boquiabiertos", explica la neurocientífica Andrea Volterra.
R Seguir leyendo
R Contenido patrocinado
R Más para ti
R © 2024 Microsoft
R Privacidad y cookies
R Condiciones de uso
R Enviar comentarios
""",
    # ===== Libero: an ANSA story extracted
    "it_libero_ansa_extract": """\
R Libero Quotidiano
R Notizie
R ANSA
T Maltempo, allerta rossa in Emilia-Romagna
R 04 giugno 2024 ore 09:30
A (ANSA) - BOLOGNA, 04 GIU - La Protezione civile ha diramato l'allerta rossa per rischio idraulico in tre province dell'Emilia-Romagna.
A Le scuole resteranno chiuse.
A Il punto della situazione
A Il fiume Savio ha superato la soglia di guardia nella notte.
A Ottanta persone sono state evacuate a Cesena.
A "Siamo pronti a intervenire", ha detto il presidente della Regione.
R Leggi anche
R Powered by ANSA
R Riproduzione riservata © Copyright ANSA
""",
    # ===== Virgilio: all the visible text
    "it_virgilio_full": """\
R Virgilio
R Mail
R Notizie
R Sport
R Motori
R Video
R Accedi
R Home
R Notizie
R Cronaca
T Roma, chiude per lavori la stazione Termini della metro A
R Fonte: Adnkronos
R 5 giugno 2024
R Condividi
A La stazione Termini della linea A della metropolitana di Roma resterà chiusa per tre settimane.
A Lo ha comunicato l'Atac.
A I lavori inizieranno lunedì.
A Le alternative
A Sono previsti bus sostitutivi ogni cinque minuti.
A "Ci scusiamo per il disagio", si legge nella nota dell'azienda.
R Continua a leggere su Adnkronos
R Ti potrebbe interessare
R Virgilio Notizie
R Italiaonline S.p.A. 2024 Direzione e coordinamento di Libero Acquisition S.á r.l. P. IVA 03970540963
R Privacy
R Cookie policy
R Informativa sui cookie
""",
    # ===== SAPO: a Lusa story extracted
    "pt_sapo_lusa_extract": """\
R SAPO
R Lusa
T Governo aprova aumento do salário mínimo para 870 euros
R 05 jun 2024 13:45
A Lisboa, 05 jun 2024 (Lusa) - O Conselho de Ministros aprovou hoje o aumento do salário mínimo nacional para 870 euros a partir de janeiro.
A O aumento é de 50 euros.
A A medida abrange cerca de 800 mil trabalhadores.
A O que muda:
A o salário mínimo sobe 6,1%;
A os patrões recebem um apoio fiscal;
A o acordo vale até 2028.
A "É um passo importante", disse a ministra do Trabalho.
R Leia mais em SAPO
R Partilhar
R Comentários
""",
    # ===== SAPO: all the visible text
    "pt_sapo_full": """\
R SAPO
R Notícias
R Desporto
R Tek
R Mag
R Entrar
R Última hora
R País
T Incêndio obriga a cortar A1 entre Pombal e Leiria
R Observador
R 12 jun 2024 16:20
R Partilhar
R Facebook
R Twitter
A Um incêndio obrigou esta quarta-feira ao corte da A1 nos dois sentidos entre Pombal e Leiria.
A O alerta foi dado às 14:02.
A Estão no local 120 operacionais.
A A situação está controlada?
A Não. As chamas continuam a avançar.
A "Há muito vento", disse o comandante dos bombeiros.
R Continue a ler no Observador
R Mais notícias
R Termos de utilização
R Política de privacidade
R Gerir cookies
R © SAPO 2024
""",
    # ===== NU.nl: an ANP story extracted
    "nl_nu_anp_extract": """\
R NU.nl
R Binnenland
T Kabinet trekt extra geld uit voor woningbouw
R Vandaag 09:12
R Aangepast: Vandaag 10:40
A Het kabinet trekt 1 miljard euro extra uit voor de bouw van betaalbare huurwoningen, meldt ANP.
A Dat staat in de Voorjaarsnota.
A Gemeenten kunnen vanaf september aanvragen indienen.
A De belangrijkste punten:
A 100.000 nieuwe huurwoningen voor 2030.
A Snellere procedures voor bouwvergunningen.
A Meer geld voor starters.
A "We moeten nu doorpakken", zei de minister.
R Lees meer over:
R Politiek
R Wonen
R Deel dit artikel
""",
    # ===== MSN in Dutch: all the visible text
    "nl_msn_full": """\
R Naar inhoud
R MSN
R Aanmelden
R Nieuws
R Sport
R Weer
R Geld
R RTL Nieuws
R Verhaal van Redactie
R • 4 u •
R 2 min leestijd
T Treinverkeer rond Utrecht urenlang plat door storing
A Door een storing in de bovenleiding reden urenlang geen treinen rond Utrecht Centraal.
A Duizenden reizigers strandden.
A De storing is inmiddels verholpen.
A Wat ging er mis?
A Volgens ProRail raakte een trein de bovenleiding.
A "Dit is heel vervelend voor reizigers", zegt een woordvoerder.
R Doorgaan met lezen
R Gesponsorde inhoud
R Meer voor jou
R © 2024 Microsoft
R Privacy en cookies
R Gebruiksvoorwaarden
""",
    # ===== Yahoo in Italian: a partner story with tickers, extracted
    "it_yahoo_finanza_extract": """\
R Reuters
T Borsa Milano chiude in rialzo, bene le banche
R mar 4 giugno 2024, 17:45 CEST·1 min di lettura
R FTSEMIB.MI
R +0,85%
A MILANO (Reuters) - Piazza Affari chiude in rialzo trainata dai titoli bancari.
A Il Ftse Mib guadagna lo 0,85% a 34.650 punti.
A Tra i migliori:
A Unicredit +2,1%
A Intesa Sanpaolo +1,8%
A Bper +1,5%
A In calo invece Stellantis.
R Visualizza commenti
""",
    # ===== web.de in German: t-online style key facts and an "Originalartikel" credit, extracted
    "de_webde_partner_extract": """\
R Spot on news
T Schauspielerin feiert 80. Geburtstag
A Sie ist eine der bekanntesten Schauspielerinnen Deutschlands.
A Heute wird sie 80 Jahre alt.
A Ihre größten Erfolge:
A "Die Kommissarin" (1994-2006)
A "Rosamunde Pilcher" (2008)
A "Ich habe nie aufgehört zu lernen", sagte sie einmal.
A Sie lebt heute in München.
R Empfohlener redaktioneller Inhalt
R Originalartikel von spot on news
R Weitere Artikel
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== MSN: a partner story whose head has a kicker over the provider, a bullet stamp and its reading time
    "en_msn_kicker_extract": """\
R Sky News
R Story by Alix Culbertson
R • 12h •
R 4 min read
T Junior doctors to strike for five days in England
A Junior doctors in England will strike for five days from 27 June, the British Medical Association has announced.
A It is the 11th walkout since the dispute began.
A Why are they striking?
A The BMA says pay has fallen by a quarter in real terms since 2008.
A The government says its offer of 8.8% is fair.
A "We have no choice," said Dr Robert Laurenson.
R Continue reading
R More for You
""",
    # ===== MSN in Dutch: the partner's name, its credit and the bullet stamp over the headline
    "nl_msn_nos_extract": """\
R NOS
R Verhaal van Redactie
R • 4 u •
T Kabinet wil minder internationale studenten
A Het kabinet wil het aantal internationale studenten flink terugdringen.
A Dat staat in een brief aan de Tweede Kamer.
A Universiteiten zijn kritisch.
A Wat verandert er?
A Opleidingen moeten vaker in het Nederlands worden gegeven.
A "Dit is een slechte zaak voor de wetenschap", zegt de rector van de Universiteit Leiden.
R Doorgaan met lezen
R Meer voor jou
""",
    # ===== Yahoo Finance: quote rows over the story and a list of movers inside it
    "en_yahoo_movers_extract": """\
R Reuters
T Wall Street ends higher as chip stocks rally
R Updated Wed, June 5, 2024 at 4:22 PM EDT·2 min read
R NVDA
R +5.16%
R AMD
R +4.13%
A NEW YORK (Reuters) - U.S. stocks closed higher on Wednesday, led by a rally in chipmakers.
A The S&P 500 rose 1.2% and the Nasdaq gained 2%.
A Biggest movers:
A NVDA
A +5.16%
A AMD
A +4.13%
A Investors now await Friday's jobs report.
R (Reporting by Noel Randewich; Editing by Richard Chang)
R View comments
""",
    # ===== SAPO: a section label and the partner's name at the head, only the partner named by the credit
    "pt_sapo_echo_full": """\
R SAPO
R Notícias
R Desporto
R Entrar
T Economia
R Expresso
T Inflação abranda para 2,8% em maio
R 31 mai 2024 11:05
A A taxa de inflação abrandou para 2,8% em maio, segundo a estimativa rápida do INE.
A Em abril tinha sido de 2,2%.
A Os preços da energia subiram.
A O que pesou mais?
A Os alimentos não transformados.
A "É um sinal positivo", disse o ministro das Finanças.
R Continue a ler no Expresso
R Termos de utilização
R Política de privacidade
R © SAPO 2024
""",
    # ===== web.de: a partner's name in the credit and inside the article's text
    "de_webde_echo_extract": """\
R Spot on news
T Sängerin sagt Konzerte ab
A Die Sängerin hat ihre Tournee abgesagt.
A Das teilte ihr Management mit, wie Spot on news berichtet.
A Betroffen sind zwölf Konzerte.
A Die Tickets behalten ihre Gültigkeit.
A "Es tut mir unendlich leid", schrieb sie.
R Originalartikel von spot on news
R Weitere Artikel
""",
    # ===== Orange.fr: the partner named over the headline and in its read-on link, a list in the story
    "fr_orange_echo_extract": """\
R Ouest-France
T Bretagne : la sécheresse menace les récoltes
R Publié le 12/07/2024 à 09h10
A Les agriculteurs bretons s'inquiètent du manque de pluie.
A Les pertes pourraient atteindre 30 %.
A Les cultures les plus touchées :
A le maïs ;
A le blé ;
A les légumes.
A "On n'a jamais vu ça", confie un éleveur.
R Lire l'article sur Ouest-France
R Sur le même sujet
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # t-online's "Quellen" box under the story (its heading over "Nachrichtenagentur dpa" / "Eigene Recherche"): a
    # science piece's sources under the same heading are its own
    "de_tonline_extract": 3,
    # "Powered by" alone, a logo's label with its picture gone: a spec box's label "Powered by" reads the same
    "en_aol_ap_extract": 1,
    # Google News' "More from <a paper of four words>" over another story's headline: the heading table asks a shorter
    # source (a box of one headline)
    "en_google_news_full": 2,
    # an MSN sponsored headline under "Sponsored Content": a headline alone, no table's
    "en_msn_full": 1,
    # the portal owner's imprint with its VAT number and no phone (credits' imprint asks both)
    "it_virgilio_full": 1,
    # a short page of few function words read with a neighbour's tables: the stamp and "Visualizza commenti" go with
    # Italian forced (the added entries' tests)
    "it_yahoo_finanza_extract": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a partner's story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The Senate on Thursday passed a bill that would spend $105 billion on the Federal Aviation Administration over five years.",
        "It would require the agency to hire and train more air traffic controllers, and raise the retirement age for pilots.",
        "The measure now heads to the House, where leaders have said they hope to vote on it before the deadline next week.",
    ],
    "de": [
        "Der Bundestag hat am Freitag das Rentenpaket der Koalition beschlossen, die Union stimmte dagegen.",
        "Das Rentenniveau soll bis 2039 bei 48 Prozent gehalten werden, teilte das Arbeitsministerium mit.",
        "Künftig soll ein Teil der Beiträge am Kapitalmarkt angelegt werden, dafür ist ein Fonds geplant.",
    ],
    "fr": [
        "Douze départements du sud de la France ont été placés en vigilance orange canicule mercredi par Météo-France.",
        "Les températures pourraient dépasser 38 degrés dans la vallée du Rhône jusqu'à la fin de la semaine.",
        "Les autorités appellent à boire régulièrement de l'eau et à prendre des nouvelles des personnes âgées.",
    ],
    "it": [
        "La Protezione civile ha diramato l'allerta rossa per rischio idraulico in tre province dell'Emilia-Romagna.",
        "Il fiume Savio ha superato la soglia di guardia nella notte e ottanta persone sono state evacuate a Cesena.",
        "Le scuole resteranno chiuse anche domani, ha comunicato il sindaco in una nota diffusa in serata.",
    ],
    "nl": [
        "Door een storing in de bovenleiding reden dinsdag urenlang geen treinen rond Utrecht Centraal, meldt ProRail.",
        "Duizenden reizigers strandden op het station en moesten uitwijken naar bussen of een taxi nemen.",
        "De storing is inmiddels verholpen, maar de dienstregeling blijft tot het einde van de avond beperkt.",
    ],
    "es": [
        "Un equipo internacional de científicos ha descubierto un tipo de célula cerebral desconocido hasta ahora.",
        "El hallazgo se publica hoy en la revista Nature y podría cambiar la forma de entender la memoria.",
        "Los investigadores analizaron muestras de tejido de cincuenta pacientes operados en tres hospitales.",
    ],
    "pt": [
        "O Conselho de Ministros aprovou hoje o aumento do salário mínimo nacional para 870 euros a partir de janeiro.",
        "A medida abrange cerca de 800 mil trabalhadores e os patrões recebem um apoio fiscal durante dois anos.",
        "A ministra do Trabalho disse que o acordo com os parceiros sociais vale até ao final da legislatura.",
    ],
}

_PL, _SY, _TB, _DL, _BY, _CU, _SC = "promo-label", "copyright", "teaser-box", "dateline", "byline", "comment-ui", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Read the full story at Associated Press", _PL),
    ("en", "View the original article on Springfield Daily", _PL),
    ("en", "Originally published on springfielddaily.com, part of the TownNews network.", _SY),
    ("en", "More for You", _TB),
    ("en", "• 3h •", _DL),
    ("fr", "Lire l'article sur Le Figaro", _PL),
    ("fr", "Plus pour vous", _TB),
    ("it", "Continua a leggere su Adnkronos", _PL),
    ("it", "Visualizza commenti", _CU),
    ("it", "mar 4 giugno 2024, 17:45 CEST·1 min di lettura", _DL),
    ("pt", "Continue a ler no Observador", _PL),
    ("pt", "Leia mais em SAPO", _PL),
    ("de", "Artikel stammt von dpa", _SY),
    ("de", "Originalartikel von spot on news", _SY),
    ("de", "Mehr News zum Thema", _TB),
    ("de", "Von t-online, dpa, mk", _BY),
    ("de", "Empfohlener redaktioneller Inhalt", _SC),
    ("nl", "Doorgaan met lezen", _PL),
    ("nl", "Meer voor jou", _TB),
    ("es", "Más para ti", _TB),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Read the full story at the county library, where the original letters from 1920 are kept on display."),
    ("en", "Originally published on paper in 1851, the novel was serialised in a weekly magazine before it was a book."),
    ("en", "More for you, less for them: that was the slogan the union printed on its strike leaflets last spring."),
    ("en", "The timetable shows • 3h • between the two stations, a gap the rail company has promised to close next year."),
    ("fr", "Lire l'article sur Le Monde de 1944, c'est retrouver le ton d'une presse qui sortait à peine de la guerre."),
    ("fr", "Plus pour vous que pour moi, a lancé le maire aux habitants venus l'écouter lundi soir."),
    ("it", "Continua a leggere su carta il quaranta per cento degli italiani, secondo l'ultima indagine dell'Istat."),
    ("it", "Visualizza commenti e recensioni dei clienti chi apre l'applicazione della catena, spiega l'azienda."),
    ("pt", "Leia mais em voz alta com as crianças, recomenda o Plano Nacional de Leitura aos pais."),
    ("de", "Der Artikel stammt von einem Abgeordneten der Opposition, der ihn im Jahr 1990 schrieb."),
    ("de", "Mehr News zum Thema Klima wünschen sich laut einer Umfrage zwei Drittel der jungen Leser."),
    ("de", "Von Berlin, dpa und Reuters kamen am Abend die ersten Meldungen über den Anschlag."),
    ("de", "Empfohlener redaktioneller Inhalt war das Stichwort, unter dem die Plattform ihre Auswahl bewarb."),
    ("nl", "Doorgaan met lezen na je pensioen is volgens de bibliotheek het beste middel tegen eenzaamheid."),
    ("nl", "Meer voor jou dan voor mij, zei de wethouder toen hij de prijs aan de vrijwilligers gaf."),
    ("es", "Más para ti que para mí, dijo el alcalde al entregar las llaves de la nueva biblioteca."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept

_HEADLINE = "Senate passes bill to fund air traffic control upgrades"


@pytest.mark.parametrize(("provider", "credit"), [("The Independent", "Story by Holly Evans"), ("20 Minutes", "Histoire de Thibaut Le Gal"), ("RTL Nieuws", "Verhaal van Redactie")])
def test_the_partner_and_its_credit_over_a_portals_bullet_stamp_go(provider: str, credit: str) -> None:
    # byline-echo (edge_aggregator.portal_head): the two lines right over "• 3h •" go, the headline under it is judged as before
    lost_lines, gone = _kept([provider, credit, "• 3h •", "2 min read", _HEADLINE, *TEXT["en"]])
    assert set(lost_lines) >= {provider, credit, "• 3h •"}, gone
    assert not set(lost_lines) & set(TEXT["en"]), gone


def test_a_credit_shaped_heading_with_no_bullet_stamp_under_it_stays() -> None:
    # (no bullet stamp under it, no credit naming it: a biography's heading over its text is judged as before)
    lost_lines, gone = _kept(["Histoire de Marie Curie", "La physicienne a reçu deux prix Nobel, en 1903 et en 1911.", *TEXT["fr"]])
    assert "Histoire de Marie Curie" not in lost_lines, gone


@pytest.mark.parametrize(("provider", "credit"), [("Associated Press", "Read the full story at Associated Press"), ("SAPO", "Leia mais em SAPO")])
def test_the_partners_name_over_the_headline_goes_as_a_credit_names_it(provider: str, credit: str) -> None:
    lang = "pt" if "SAPO" in provider else "en"
    lost_lines, gone = _kept([provider, _HEADLINE, *TEXT[lang], credit])
    assert ("byline-echo", provider) in gone, gone
    assert not set(lost_lines) & set(TEXT[lang]), gone


def test_a_name_no_credit_names_and_a_wire_dateline_stay() -> None:
    # (a kicker no credit names, and a wire's dateline over the lead: no echo)
    _lost, gone = _kept(["Associated Press", _HEADLINE, *TEXT["en"]])
    assert ("byline-echo", "Associated Press") not in gone, gone
    lost_lines, gone = _kept([_HEADLINE, "WASHINGTON (AP) —", *TEXT["en"], "Read the full story at AP"])
    assert "WASHINGTON (AP) —" not in lost_lines, gone


def test_a_kicker_a_sentence_of_the_page_holds_is_no_echo() -> None:
    # (the credit must close on the name or list it before a comma, in its case: "Tribune" over an opinion piece's
    # disclaimer "… dans cette tribune n'engagent que leur auteur." stays, as test_fixtures' fr-opinion-disclaimer-goes)
    page = ["Tribune", "L'école doit rester un sanctuaire face aux écrans", *TEXT["fr"], "Les opinions exprimées dans cette tribune n'engagent que leur auteur."]
    _lost, gone = _kept(page)
    assert ("byline-echo", "Tribune") not in gone, gone


def test_a_name_alone_at_the_head_is_no_echo_without_a_headline_under_it() -> None:
    # (the page's one line over the text is its headline: a credit naming the same words takes nothing there)
    _lost, gone = _kept(["Associated Press", *TEXT["en"], "Read the full story at Associated Press"])
    assert ("byline-echo", "Associated Press") not in gone, gone


def test_quote_rows_over_the_story_go_and_an_articles_list_of_changes_stays() -> None:
    head = ["NVDA", "+5.16%", "AAPL", "+0.78%"]
    lost_lines, gone = _kept([_HEADLINE, *head, *TEXT["en"]])
    assert set(head) <= set(lost_lines), gone
    # (between the paragraphs, a list of tickers and their changes is the market report's own)
    body = [TEXT["en"][0], "Among the biggest movers:", "NVDA", "+5.16%", "AAPL", "+0.78%", *TEXT["en"][1:]]
    lost_lines, gone = _kept(body)
    assert lost_lines == [], gone


if __name__ == "__main__":
    report(CASES)
