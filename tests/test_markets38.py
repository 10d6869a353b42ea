# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""markets38: a probe of financial markets and business news scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: daily market wraps with the article's own
index, currency and commodity rows ("S&P 500: 5,137.08 (+0.80%)", "DAX: 17.735 Punkte (+0,4 %)", "Francfort (DAX) :
+0,42 %"), earnings stories with their key figures as short lines or bullets ("Revenue: $4.2 billion vs. $4.05 billion
expected", "Umsatz: 5,4 Mrd. Euro (+3 %)", "- Ventas: 35.947 millones de euros (+10,4%)"), analysts' one-line quotes,
central-bank decisions with their rate tables ("Einlagensatz: 4,00 %"), personal-finance rate lists ("Bunq: 3,01%"),
crypto price reports.

- the article (``A``): the prose and the lists the text announces, each row a label and a figure;
- the residue (``R``): ticker tapes and quote widgets at the head and tail (an index's name, its level and its move on
  three lines; "MSFT 407.54 -0.84 (-0.21%)" rows), "Add to Watchlist", "Set Alert", "Zur Watchlist hinzufügen",
  "Ajouter à ma liste", "Añadir a mi cartera", "Aggiungi al portafoglio", "Toevoegen aan volglijst", "Market data
  delayed 15 minutes" and its translations, "Data provided by …", "This is not investment advice" and its
  translations, bylines, stamps, share rows, related-stories rails, menus, cookie and legal footers;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 196 ``A`` lines, 350
  ``R``, 24 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages, 33 ``A``, 39 ``R``: an article closing on its own table of
  closes (announced by a sentence of seven words, or under a subheading) over a quote box that goes, the article's
  rows by name under a closed sentence over a ticker box parted from them by a disclaimer, quote rows with their move
  in brackets over the headline, disclaimers beside the article's sentences that quote them.

Measured on main 3ed42a2: round 1 lost 0, left 28; round 2 lost 0, left 20. Left: the quote box's rows under the
article ("MSFT 407.54 -0.84 (-0.21%)", "BTC $70,150.21 +3.21%") with their "Related Tickers" and "Prices as of 3:05 PM
UTC", the investment-advice disclaimers of every language but German's "Keine Anlageberatung" ("This is not investment
advice. …", "Diese Meldung stellt keine Anlageberatung dar.", "Ceci ne constitue pas un conseil en investissement.",
"Dit is geen beleggingsadvies." …), the data notices ("Data also provided by Refinitiv", "Dati di mercato ritardati di
15 minuti", "Les informations et données de marché sont fournies à titre indicatif."), "Alle Angaben ohne Gewähr.", a
crypto writer's holdings disclosure, a widget's index name over its level ("EURO STOXX 50"), a related rail's heading
("What to Read Next"), a comparison site's blurb and button ("Vergelijk spaarrekeningen"). No loss in the blind round;
round 2 found one, from the first change: once a quote box's rows under the article's own closing table went, the
line announcing that table ("Here is where the major averages closed:", seven words) or its subheading ("Die
Schlusskurse") went as a short line in the run of residue (fixed: ``heading_over_quote_rows``).

After: round 1 lost 0, left 4; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_markets.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``tail_quote_rows`` (finance-widget, whose ``head_widget`` rows went only over the article's first paragraph): a run
  of two quote rows or more under the article's last closed sentence (a name or a ticker, a price, a signed move, no
  colon) goes when the line over it is the box's (``widgets.finance``: "Related Tickers", "Set Alert") or a disclaimer
  (``signup.disclosure``), right over the rows or taken by another pass between, or a closed sentence over rows that
  each open on a ticker's symbol. The article's rows under a line closed by a colon, under a subheading, by name under
  a closed sentence, between its paragraphs, and a single row, stay (tests); a line another pass took parts the
  article's rows over it from the box's under it (test).
- ``heading_over_quote_rows`` (edge-furniture's guard at the tail): a short line with no closed sentence right under a
  kept line of the article and right over two kept quote rows announces or heads the article's table and stays; the
  box's heading, rows and button under that table still go (test).
- tables, each in a ``# markets38:`` block at its list's end: the family's ``widgets.head_widget`` a quote row with
  its move in points and in per cent in brackets ("NVDA 875.28 +32.15 (+3.81%)", test over the headline); en
  ``signup.disclosure`` "This is not investment advice.", "The author holds no position in the stocks mentioned.",
  "Disclosure: The author holds BTC and ETH."; en ``widgets.finance`` "Related Tickers", "Prices as of 3:05 PM UTC",
  "Data also provided by Refinitiv", "Market Data Terms of Use and Disclosures"; en ``promos.heading`` "What to Read
  Next"; de ``signup.disclosure`` "Diese Meldung stellt keine Anlageberatung dar.", de ``widgets.finance`` "Alle
  Angaben ohne Gewähr."; fr ``signup.disclosure`` "Ceci ne constitue pas un conseil en investissement.", fr
  ``widgets.finance`` "Les informations et données de marché sont fournies à titre indicatif."; es, it, pt, nl
  ``signup.disclosure`` the disclaimer in each ("Esta información no constituye una recomendación de inversión.", "Le
  informazioni non costituiscono sollecitazione all'investimento.", "Esta informação não constitui recomendação de
  investimento.", "Dit is geen beleggingsadvies."); it ``widgets.finance`` "Dati di mercato ritardati di 15 minuti".
  Then, probing single residue lines of the genre under the article: a ticker tape glued into one line (the family's
  ``widgets.finance``: two to twelve cells of a symbol in capitals, a price and a signed move); the risk formulas a
  broker's or a fund's page prints, each line alone and whole (``signup.disclosure``: en "Not investment advice.",
  "Capital at risk.", "Past performance is not indicative of future results.", de "Vergangene Wertentwicklungen sind
  kein verlässlicher Indikator …", fr "Les performances passées ne préjugent pas des performances futures.", "Investir
  comporte des risques de perte en capital.", es, it, pt the same formula, nl "In het verleden behaalde resultaten
  bieden geen garantie voor de toekomst.", "Let op! Beleggen brengt risico's met zich mee.", "Je inleg kan verloren
  gaan."); a quote box's links and buttons (``widgets.finance``: en "View full quote", "Quote data by Morningstar",
  "Charts powered by TradingView", fr "Suivre cette valeur", "Voir la fiche de la valeur", es "Seguir este valor", "Ver
  cotización", it "Segui il titolo", "Vedi scheda titolo", pt "Seguir ativo", "Ver cotação", nl "Bekijk koers").
  Each disclaimer opens its line and closes its sentence: one running on ("This is not investment advice, the regulator said, …") is the
  article's. Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_markets38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a US market wrap on a business site, all its page: a ticker tape over it, the article's own index rows
    "en_market_wrap_full": """\
R Skip to Navigation
R Markets
R Pre-Markets
R U.S. Markets
R Currencies
R Cryptocurrency
R Futures & Commodities
R Bonds
R Funds & ETFs
R DOW
R 38,996.39
R +0.23%
R S&P 500
R 5,137.08
R +0.80%
R NASDAQ
R 16,274.94
R +1.14%
R Markets
T Stocks close at record as chipmakers rally ahead of jobs report
R Published Fri, Mar 1 2024 4:02 PM EST
R Updated Fri, Mar 1 2024 5:15 PM EST
R Share
R Share Article via Facebook
R Share Article via Twitter
R Share Article via LinkedIn
R Share Article via Email
A The S&P 500 and Nasdaq Composite closed at record highs on Friday as investors piled back into chip stocks and shrugged off a string of weaker economic data.
A Here is where the major averages ended the day:
A S&P 500: 5,137.08 (+0.80%)
A Nasdaq Composite: 16,274.94 (+1.14%)
A Dow Jones Industrial Average: 38,996.39 (+0.23%)
A Russell 2000: 2,076.39 (+1.03%)
A Nvidia added 4% to a fresh all-time high, while Advanced Micro Devices jumped more than 5%.
A "The market is running on AI enthusiasm and the hope of rate cuts by June," said Ross Mayfield, investment strategist at Baird.
A For the week, the S&P 500 gained 0.95%, its 16th positive week in the last 18.
A The 10-year Treasury yield slipped to 4.18%.
R Trending Now
R Nvidia becomes first chipmaker to hit $2 trillion in market value
R Here's what to expect from the February jobs report
R Subscribe to CNBC PRO
R Licensing & Reprints
R Join the CNBC Panel
R Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.
R Market Data Terms of Use and Disclosures
R Data also provided by Refinitiv
R © 2024 CNBC LLC. All Rights Reserved.
""",
    # ===== a US company's earnings story as an extractor leaves it: the key figures as bullets, quote widget rows
    "en_earnings_extract": """\
T Acme Software beats estimates as cloud revenue jumps 31%
R ACME
R 142.37
R +8.12 (+6.05%)
R Add to Watchlist
R By Dana Whitfield
R Feb 27, 2024 at 4:35 PM
A Acme Software reported fourth-quarter results after the bell on Tuesday that topped Wall Street's expectations, driven by strong demand for its cloud products.
A Here's how the company did, compared with analysts' consensus estimates compiled by LSEG:
A Earnings per share: $1.12 adjusted vs. 98 cents expected
A Revenue: $4.2 billion vs. $4.05 billion expected
A Revenue grew 12% from a year earlier, while cloud revenue rose 31% to $1.6 billion.
A Net income: $512 million, up from $388 million a year ago.
A Free cash flow: $1.1 billion
A The company guided for first-quarter revenue of $4.3 billion to $4.35 billion.
A "We are seeing customers consolidate on our platform faster than we expected," CEO Laura Kim said on a call with analysts.
A Shares rose 6% in extended trading.
R This is not investment advice. The author holds no position in the stocks mentioned.
R Set Alert
R Related Tickers
R MSFT 407.54 -0.84 (-0.21%)
R CRM 301.22 +2.10 (+0.70%)
R ORCL 112.83 +0.45 (+0.40%)
""",
    # ===== a Fed decision story, all its page: the article's own table of rates
    "en_fed_decision_full": """\
R Sign In
R Subscribe
R Home
R Economy
R Markets
R Personal Finance
R Economy
T Fed holds rates steady, signals three cuts this year
R By Mark Ellis, Senior Economics Correspondent
R March 20, 2024 2:15 pm ET
R Listen (4 min)
R Share
R Print
R Text
A The Federal Reserve held its benchmark interest rate steady on Wednesday in a range of 5.25% to 5.5%, and officials stuck to their forecast of three quarter-point cuts before the end of the year.
A The decision was unanimous.
A Policymakers' median projections for the federal funds rate:
A 2024: 4.6%
A 2025: 3.9%
A 2026: 3.1%
A Longer run: 2.6%
A "We believe that our policy rate is likely at its peak for this tightening cycle," Chair Jerome Powell told reporters.
A Officials raised their forecast for economic growth this year to 2.1% from 1.4%.
A Stocks rose after the announcement, with the S&P 500 closing up 0.9%.
R What to Read Next
R Mortgage rates fall for third straight week
R Why the jobs market is cooling, in five charts
R Customer Center
R Contact Us
R Cookie Notice
R Copyright ©2024 Dow Jones & Company, Inc. All Rights Reserved
""",
    # ===== a crypto price report as an extractor leaves it, a price widget at the tail
    "en_crypto_extract": """\
T Bitcoin tops $70,000 for the first time as ETF inflows surge
R Omkar Godbole
R Mar 8, 2024 at 2:10 p.m. UTC
R Updated Mar 8, 2024 at 3:03 p.m. UTC
A Bitcoin rose above $70,000 for the first time on Friday, extending a rally fuelled by record inflows into U.S. spot exchange-traded funds.
A The largest cryptocurrency was last up 3.2% at $70,150, according to CoinDesk data.
A Other tokens followed:
A Ether: $3,940 (+2.1%)
A Solana: $146.20 (+5.8%)
A XRP: $0.63 (+0.9%)
A "The ETF bid is relentless and supply on exchanges keeps falling," said Markus Thielen, head of research at 10x Research.
A Spot bitcoin ETFs took in a net $1.1 billion on Thursday alone.
R Disclosure: The author holds BTC and ETH.
R Edited by Parikshit Mishra.
R BTC $70,150.21 +3.21%
R ETH $3,940.55 +2.10%
R SOL $146.20 +5.80%
R Prices as of 3:05 PM UTC
""",
    # ===== a savings-rates roundup on a personal-finance site, all its page
    "en_savings_rates_full": """\
R Menu
R Banking
R Credit Cards
R Mortgages
R Investing
R Advertiser disclosure
R We are an independent, advertising-supported comparison service.
T Best high-yield savings accounts for March 2024
R Written by Sarah Foster
R Edited by Brian Beers
R Updated March 5, 2024
A Savings rates are still near their highest level in more than a decade, and the best online banks pay ten times the national average.
A These are the top annual percentage yields (APYs) we found this week:
A Bask Bank: 5.10% APY
A Milli: 5.00% APY
A UFB Direct: 5.25% APY
A Marcus by Goldman Sachs: 4.40% APY
A The national average savings rate is 0.46%, according to the FDIC.
A Rates can change at any time, so check the bank's site before you open an account.
R Compare rates
R See offers
R Was this article helpful?
R Yes
R No
R About us
R Privacy policy
R Do not sell or share my personal information
R © 2024 Bankrate, LLC. All Rights Reserved.
""",
    # ===== a commodities and currencies wrap as an extractor leaves it
    "en_commodities_extract": """\
T Oil rises on Red Sea tensions; gold holds near record
R By Ahmad Ghaddar
R 5 min read
A LONDON, March 12 (Reuters) - Oil prices rose on Tuesday as fresh attacks on shipping in the Red Sea offset worries about weak demand in China, while gold held close to the record it set last week.
A Brent crude futures rose 74 cents, or 0.9%, to $82.95 a barrel by 1130 GMT.
A Prices at 1130 GMT:
A Brent crude: $82.95 (+0.9%)
A WTI crude: $78.67 (+1.0%)
A Gold: $2,172.30/oz (-0.3%)
A EUR/USD: 1.0918 (-0.1%)
A "Geopolitics is back in the driving seat," said PVM analyst Tamas Varga.
A The dollar index was little changed at 102.9.
R Reporting by Ahmad Ghaddar in London; Editing by Susan Fenton
R Our Standards: The Thomson Reuters Trust Principles.
R Market data delayed 15 minutes
""",
    # ===== a German market wrap (Frankfurt), all its page: the ticker widget over it, the article's own rows
    "de_boerse_frankfurt_full": """\
R Zum Inhalt springen
R Menü
R Startseite
R Märkte
R Aktien
R Fonds
R Devisen
R Rohstoffe
R DAX
R 17.735,07
R +0,42 %
R MDAX
R 26.012,55
R -0,18 %
R Euro/Dollar
R 1,0918
R Märkte
T DAX schließt knapp unter Rekordhoch – Autowerte gefragt
R Von Anna Schmidt
R 05.03.2024, 17:45 Uhr
R Artikel teilen
R Zur Merkliste hinzufügen
A Der deutsche Aktienmarkt hat am Dienstag leicht zugelegt und ist nur knapp unter seinem Rekordhoch aus dem Handel gegangen.
A Die wichtigsten Indizes zum Handelsschluss:
A DAX: 17.735 Punkte (+0,4 %)
A MDax: 26.012 Punkte (-0,2 %)
A Euro Stoxx 50: 4.950 Punkte (+0,3 %)
A Gefragt waren vor allem Autowerte: Volkswagen gewannen 2,1 Prozent, BMW 1,8 Prozent.
A „Die Anleger setzen weiter auf Zinssenkungen im Sommer“, sagte Marktanalyst Jochen Stanzl von CMC Markets.
A Der Euro kostete zuletzt 1,0918 US-Dollar.
A Die Europäische Zentralbank hatte den Referenzkurs am Mittag auf 1,0895 Dollar festgesetzt.
R Kursdaten verzögert um 15 Minuten
R Keine Anlageberatung
R Mehr zum Thema
R Ölpreise steigen leicht
R Gold auf Rekordhoch
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Börsen-Zeitung
""",
    # ===== a German earnings report as an extractor leaves it, the figures as short lines
    "de_quartalszahlen_extract": """\
T Siemens Healthineers hebt Prognose nach starkem Quartal an
R dpa-AFX
R 06.02.2024, 07:32
A Der Medizintechnikkonzern Siemens Healthineers hat im ersten Geschäftsquartal mehr verdient als erwartet und seine Jahresprognose angehoben.
A Die Kennzahlen im Überblick:
A Umsatz: 5,4 Mrd. Euro (+3 %)
A Bereinigtes EBIT: 812 Mio. Euro
A Ergebnis je Aktie: 0,52 Euro
A Auftragseingang: 5,9 Mrd. Euro
A Analysten hatten im Schnitt mit einem Umsatz von 5,3 Milliarden Euro gerechnet.
A „Wir sind gut ins Jahr gestartet“, sagte Vorstandschef Bernd Montag.
A Die Aktie legte vorbörslich um 3 Prozent zu.
R Zur Watchlist hinzufügen
R Kursalarm setzen
R Diese Meldung stellt keine Anlageberatung dar.
R Alle Angaben ohne Gewähr.
R Quelle: dpa-AFX
""",
    # ===== an ECB decision in German as an extractor leaves it: the rate table
    "de_ezb_zinsentscheid_extract": """\
T EZB lässt Leitzins unverändert
R Stand: 11.04.2024 14:30 Uhr
A Die Europäische Zentralbank (EZB) hat ihre Leitzinsen zum fünften Mal in Folge nicht angetastet.
A Die Zinssätze im Überblick:
A Hauptrefinanzierungssatz: 4,50 %
A Einlagensatz: 4,00 %
A Spitzenrefinanzierungssatz: 4,75 %
A Zugleich deutete der EZB-Rat an, dass eine Senkung im Juni möglich sei.
A „Wenn die Inflation weiter wie erwartet sinkt, wäre es angemessen, die Zinsen zu senken“, heißt es in der Erklärung.
A Ökonomen rechnen überwiegend mit einem ersten Schritt im Juni.
R Mehr zu diesem Thema:
R Inflation in Deutschland sinkt auf 2,2 Prozent
R Bauzinsen: Wie geht es weiter?
R Dieses Thema im Programm: Das Erste | tagesschau | 11.04.2024 | 20:00 Uhr
""",
    # ===== a German crypto page with its ticker, all its page
    "de_krypto_full": """\
R Startseite
R Krypto
R Bitcoin
R Ethereum
R Kurse
R Bitcoin 63.512,30 € +1,8 %
R Ethereum 3.120,44 € +0,9 %
R Solana 131,02 € -0,6 %
T Bitcoin-Kurs: Halving rückt näher – Kurs über 60.000 Euro
R Von Lukas Meier
R Aktualisiert am 12.04.2024 um 09:15 Uhr
R Lesezeit: 3 Min.
A Der Bitcoin-Kurs hat sich am Freitag über der Marke von 60.000 Euro gehalten.
A In gut einer Woche steht das sogenannte Halving an, bei dem die Belohnung für Miner halbiert wird.
A Die Kurse am Morgen:
A Bitcoin: 63.512 Euro (+1,8 %)
A Ether: 3.120 Euro (+0,9 %)
A Analysten sind sich uneins, ob das Halving bereits eingepreist ist.
A Kryptowährungen sind hochspekulativ, Anleger sollten einen Totalverlust einkalkulieren.
R Hinweis: Dieser Artikel stellt keine Anlageberatung dar.
R Jetzt Bitcoin kaufen
R Anzeige
R Newsletter abonnieren
R Datenschutz
R Impressum
R Cookie-Einstellungen
""",
    # ===== a French market wrap (Paris), all its page
    "fr_bourse_paris_full": """\
R Aller au contenu principal
R Menu
R Bourse
R Marchés
R Actions
R Devises
R Matières premières
R CAC 40
R 7 934,17
R +0,52 %
R EURO STOXX 50
R 4 950,12
R +0,31 %
R Marchés
T La Bourse de Paris termine en hausse, portée par le luxe
R Par Claire Martin
R Publié le 05/03/2024 à 18:02
R Partager
R Ajouter à ma liste
A La Bourse de Paris a terminé en hausse mardi, portée par le rebond des valeurs du luxe après des chiffres meilleurs qu'attendu en Chine.
A Le CAC 40 a gagné 0,52 % à 7 934,17 points.
A Les autres places européennes ont suivi :
A Francfort (DAX) : +0,42 %
A Londres (FTSE 100) : +0,17 %
A Milan (FTSE MIB) : +0,61 %
A LVMH a pris 2,3 % et Kering 3,1 %.
A « Le marché attend maintenant la BCE jeudi », a commenté Alexandre Baradez, analyste chez IG France.
A Côté changes, l'euro gagnait 0,1 % face au dollar, à 1,0860 dollar.
R Cours différés de 15 minutes
R Ceci ne constitue pas un conseil en investissement.
R Sur le même sujet
R Le pétrole recule, l'or au plus haut
R Mentions légales
R Gestion des cookies
R © Le Figaro 2024
""",
    # ===== French annual results as an extractor leaves them
    "fr_resultats_extract": """\
T TotalEnergies: bénéfice record de 23 milliards de dollars en 2023
R Par AFP
R Publié le 07/02/2024 à 07:45
A TotalEnergies a annoncé mercredi un bénéfice net record de 21,4 milliards de dollars pour 2023, en hausse de 4 %.
A Les principaux chiffres :
A Résultat net ajusté : 23,2 milliards de dollars
A Chiffre d'affaires : 237 milliards de dollars (-11 %)
A Dividende : 3,01 euros par action
A Le groupe prévoit 17 à 18 milliards de dollars d'investissements en 2024.
A « Nous poursuivons notre stratégie équilibrée », a déclaré le PDG Patrick Pouyanné.
A L'action gagnait 1,2 % à l'ouverture.
R Ajouter à mes favoris
R Créer une alerte
R Les informations et données de marché sont fournies à titre indicatif.
R Données fournies par Euronext
""",
    # ===== a Spanish market wrap (Madrid), all its page
    "es_ibex_full": """\
R Ir al contenido
R Menú
R Mercados
R Bolsa
R Divisas
R Materias primas
R IBEX 35
R 10.123,50
R +0,62%
R Euro/Dólar
R 1,0860
R -0,11%
R Mercados
T El Ibex 35 supera los 10.100 puntos impulsado por la banca
R Por Javier Gómez
R Madrid - 05 mar 2024 - 17:45 CET
R Compartir en Facebook
R Compartir en Twitter
R Añadir a mi cartera
A El Ibex 35 cerró este martes con una subida del 0,62%, hasta los 10.123,5 puntos, su mejor nivel desde 2015.
A La banca lideró las subidas:
A Sabadell: +3,1%
A Bankinter: +2,4%
A Santander: +1,9%
A En el lado contrario, Grifols cayó un 4,2%.
A "El mercado descuenta ya la primera bajada de tipos del BCE en junio", señala Javier Molina, de eToro.
A El euro se cambiaba a 1,0860 dólares.
R Cotizaciones con 15 minutos de retraso
R Esta información no constituye una recomendación de inversión.
R Te puede interesar
R La prima de riesgo baja a 90 puntos
R Aviso legal
R Política de cookies
R © Ediciones El País
""",
    # ===== a Spanish mortgage-rates piece as an extractor leaves it: the Euríbor table
    "es_euribor_extract": """\
T El Euríbor baja en marzo y abarata las hipotecas variables
R Redacción
R 28/03/2024 11:20
A El Euríbor a doce meses, el índice más utilizado para calcular las hipotecas variables en España, ha cerrado marzo en el 3,718%.
A Así ha evolucionado en los últimos meses:
A Enero: 3,609%
A Febrero: 3,671%
A Marzo: 3,718%
A Para una hipoteca media de 150.000 euros a 25 años, la cuota anual bajará unos 300 euros en la próxima revisión.
A Los analistas prevén que siga bajando a lo largo del año.
R Calcula tu hipoteca
R Suscríbete a nuestra newsletter
R Comparte esta noticia
""",
    # ===== an Italian market wrap (Milan), all its page
    "it_piazza_affari_full": """\
R Vai al contenuto
R Menu
R Mercati
R Borsa Italiana
R Azioni
R Valute
R FTSE MIB
R 33.012,40
R +0,61%
R SPREAD BTP-BUND
R 142
R Mercati
T Borsa: Milano chiude in rialzo con le banche, spread a 142 punti
R di Marco Rossi
R 05 marzo 2024 - 17:50
R Condividi
R Aggiungi al portafoglio
A Piazza Affari ha chiuso la seduta di martedì in rialzo, sostenuta dai titoli bancari.
A Il FTSE MIB ha guadagnato lo 0,61% a 33.012 punti.
A Le altre Borse europee:
A Francoforte: +0,42%
A Parigi: +0,52%
A Londra: +0,17%
A Lo spread tra Btp e Bund è sceso a 142 punti base.
A "Il mercato guarda alla Bce di giovedì", spiega un operatore.
R Dati di mercato ritardati di 15 minuti
R Le informazioni non costituiscono sollecitazione all'investimento.
R Leggi anche
R Petrolio in calo, oro ai massimi
R Informativa cookie
R P.IVA 00826170334
R © Riproduzione riservata
""",
    # ===== an Italian ECB story as an extractor leaves it
    "it_bce_tassi_extract": """\
T Bce, tassi fermi al 4,5%: taglio a giugno più vicino
R di Redazione Economia
R 11 aprile 2024
A La Banca centrale europea ha lasciato invariati i tassi di interesse per la quinta riunione consecutiva.
A I tassi restano così fissati:
A Tasso sulle operazioni di rifinanziamento principali: 4,50%
A Tasso sui depositi: 4,00%
A Tasso sulle operazioni di rifinanziamento marginale: 4,75%
A "Se la dinamica dell'inflazione continuerà, sarebbe appropriato ridurre i tassi", ha detto la presidente Christine Lagarde.
A Gli analisti si attendono un primo taglio a giugno.
R Riproduzione riservata ©
R Iscriviti alla newsletter
R Ti potrebbe interessare anche
""",
    # ===== a Portuguese market wrap (Lisbon), as an extractor leaves it
    "pt_bolsa_lisboa_extract": """\
T PSI fecha em alta com BCP a liderar ganhos
R Por Lusa
R 05 Março 2024, 17:40
A A bolsa de Lisboa fechou hoje em alta, com o principal índice, o PSI, a subir 0,48% para 6.210,35 pontos.
A Das 15 cotadas do índice, dez subiram, quatro desceram e uma manteve-se inalterada.
A As maiores subidas:
A BCP: +2,9%
A Galp: +1,4%
A EDP Renováveis: +1,1%
A Na Europa, Frankfurt subiu 0,42% e Paris 0,52%.
A O euro seguia a 1,0860 dólares.
R Adicionar à carteira
R Esta informação não constitui recomendação de investimento.
R Leia também
R Euribor desce a três, seis e 12 meses
""",
    # ===== a Brazilian market wrap with its ticker, all its page
    "pt_ibovespa_full": """\
R Pular para o conteúdo
R Menu
R Mercados
R Ações
R Câmbio
R Ibovespa
R 128.340
R +0,75%
R Dólar
R R$ 4,95
R -0,32%
T Ibovespa sobe 0,75% e fecha acima dos 128 mil pontos; dólar cai a R$ 4,95
R Por Ana Souza, Valor — São Paulo
R 05/03/2024 17h32 Atualizado há 2 horas
R Compartilhar
A O Ibovespa encerrou o pregão desta terça-feira em alta, puxado por bancos e pela Petrobras.
A O índice subiu 0,75%, aos 128.340 pontos.
A Veja os principais destaques:
A Petrobras PN: +1,8%
A Itaú Unibanco PN: +1,2%
A Vale ON: -0,9%
A "O investidor estrangeiro voltou a comprar", diz Luis Moran, da Esh Capital.
A O dólar à vista caiu 0,32%, a R$ 4,95.
R Cotações com atraso de 15 minutos
R Conteúdo não constitui recomendação de investimento.
R Veja também
R Termos de uso
R Política de privacidade
R © 1996 - 2024. Todos direitos reservados a Editora Globo S/A.
""",
    # ===== a Dutch market wrap (Amsterdam), all its page
    "nl_beurs_aex_full": """\
R Naar de inhoud
R Menu
R Beurs
R Aandelen
R Valuta
R AEX
R 853,41
R +0,35%
R AMX
R 912,07
R -0,21%
T AEX sluit hoger dankzij chipfondsen
R Door Peter de Vries
R 05 mrt 2024 om 17:45
R Delen
R Toevoegen aan volglijst
A De Amsterdamse beurs is dinsdag met een kleine winst gesloten, gesteund door de chipfondsen.
A De hoofdindex AEX won 0,35 procent tot 853,41 punten.
A De slotstanden:
A AEX: 853,41 (+0,35%)
A AMX: 912,07 (-0,21%)
A AScX: 1.087,60 (+0,12%)
A ASML steeg 2,1 procent en ASMI 1,7 procent.
A "Beleggers wachten op de ECB", zei een handelaar.
R Koersen met 15 minuten vertraging
R Dit is geen beleggingsadvies.
R Lees ook
R Olieprijs daalt licht
R Privacyverklaring
R Cookie-instellingen
R © 2024 DPG Media
""",
    # ===== a Dutch savings-rate comparison as an extractor leaves it
    "nl_spaarrente_extract": """\
T Spaarrente stijgt weer: dit zijn de beste rentes
R Redactie Geld
R 14 februari 2024
A Verschillende banken verhogen deze maand hun spaarrente.
A De hoogste variabele spaarrentes op een rij:
A Bunq: 3,01%
A Knab: 2,75%
A Triodos: 2,50%
A ING: 1,75%
A Bij de grootbanken blijft de rente achter, zegt Consumentenbond-woordvoerder Gerard Spierenburg.
A Wie zijn geld langer vastzet, krijgt meestal meer rente.
R Vergelijk spaarrekeningen
R Schrijf je in voor de nieuwsbrief
R Deel dit artikel
""",
    # ===== a Spanish company's results as an extractor leaves them, with bullets
    "es_resultados_extract": """\
T Inditex gana un 30% más y sube el dividendo
R EUROPA PRESS
R 13/03/2024 - 08:05
A Inditex obtuvo un beneficio neto de 5.381 millones de euros en su ejercicio fiscal 2023, un 30,3% más que el año anterior.
A Las principales cifras del ejercicio:
A - Ventas: 35.947 millones de euros (+10,4%)
A - Ebitda: 9.917 millones (+16,9%)
A - Dividendo: 1,54 euros por acción
A El grupo que preside Marta Ortega abrirá este año nuevas tiendas en 40 mercados.
A Las acciones de Inditex subían un 4% en los primeros compases de la sesión.
R Seguir
R Añadir a favoritos
R Noticias relacionadas
""",
    # ===== an Italian company's results as an extractor leaves them, analysts' one-liners
    "it_trimestrale_extract": """\
T Stellantis, ricavi in calo del 12% nel primo trimestre
R Redazione
R 30 aprile 2024
A Stellantis ha chiuso il primo trimestre con ricavi netti per 41,7 miliardi di euro, in calo del 12%.
A Le consegne consolidate sono scese del 10% a 1,3 milioni di veicoli.
A I commenti degli analisti:
A Equita: "Numeri deboli ma attesi".
A Mediobanca: "Guidance confermata, positivo".
A Il titolo ha chiuso in calo del 2,8% a Piazza Affari.
R Aggiungi alla watchlist
R Imposta un alert
R Condividi su WhatsApp
""",
    # ===== a French central-bank piece, all its page, with the rate table
    "fr_bce_full": """\
R Menu
R Rechercher
R S'abonner
R Économie
T La BCE maintient ses taux et ouvre la porte à une baisse en juin
R Par Les Echos
R Publié le 11 avr. 2024 à 14:15
R Mis à jour le 11 avr. 2024 à 16:02
R Partager
R Lecture 3 min.
A La Banque centrale européenne a laissé ses taux directeurs inchangés jeudi, pour la cinquième réunion d'affilée.
A Les trois taux directeurs :
A Taux de dépôt : 4 %
A Taux de refinancement : 4,5 %
A Taux de prêt marginal : 4,75 %
A « Nous ne sommes pas dépendants de la Fed », a déclaré Christine Lagarde.
A Les marchés anticipent désormais trois baisses de taux d'ici décembre.
R Nos newsletters
R Abonnez-vous
R Conditions générales
R Politique de confidentialité
R Gérer les cookies
R © Les Echos 2024
""",
    # ===== a Dutch earnings report, all its page: key figures as bullets, a quote widget over the headline
    "nl_kwartaalcijfers_full": """\
R Naar hoofdinhoud
R Nieuws
R Beurs
R Economie
R Tech
R ASML
R € 878,40
R +2,13%
R Volg
T ASML boekt hogere winst dan verwacht, orders vallen tegen
R Door Jan Bakker
R 17 apr 2024 07:15
R Deel op LinkedIn
R Deel via e-mail
A ASML heeft in het eerste kwartaal een hogere winst geboekt dan analisten hadden verwacht.
A De belangrijkste cijfers:
A • Omzet: 5,3 miljard euro (-22%)
A • Nettowinst: 1,2 miljard euro
A • Brutomarge: 51%
A • Nieuwe orders: 3,6 miljard euro
A Vooral de orders vielen tegen: analisten rekenden op 5,4 miljard euro.
A "2024 is een overgangsjaar", zei topman Peter Wennink.
A Het aandeel daalde voorbeurs 4 procent.
R Koersen zijn minimaal 15 minuten vertraagd.
R Bron: Euronext
R Meer over
R ASML
R Chips
R Abonneer
R Voorwaarden
R Privacy
R Cookies
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a wrap closing on its own table of closes (announced), then a quote box's rows under its heading
    "en_r2_closes_then_box_full": """\
R Markets
R Stocks
R Bonds
T Dow slips as Treasury yields climb; Tesla drags
R By Dana Whitfield
R April 16, 2024 4:20 PM ET
R Share
A Stocks fell on Tuesday as Treasury yields rose to their highest level since November after strong retail sales data.
A Tesla slid 5.6% after the carmaker said it would cut more than 10% of its global workforce.
A "Yields are the market's gravity right now," said Chris Larkin, managing director at E*Trade.
A Here is where the major averages closed:
A Dow Jones 37,798.97 -0.12%
A S&P 500 5,051.41 -0.21%
A Nasdaq 15,865.25 -0.12%
R Related Tickers
R TSLA 157.11 -4.28 (-2.65%)
R AAPL 169.38 -3.31 (-1.92%)
R Add to Watchlist
R Market data delayed 15 minutes
R © 2024 Example Media
""",
    # ===== a German earnings story: the article's closing list under its subheading, the quote box under an alert button
    "de_r2_schlusskurse_box_extract": """\
T Dax-Konzerne: SAP und Siemens ziehen an
A Die Aktien von SAP und Siemens haben am Mittwoch nach Zahlen deutlich zugelegt.
A SAP profitierte von einem starken Cloudgeschäft, Siemens von einer hohen Nachfrage nach Automatisierungstechnik.
A „Die Zahlen waren besser als befürchtet“, sagte ein Händler in Frankfurt.
A Die Schlusskurse
A SAP 172,30 € +4,12 (+2,45 %)
A Siemens 181,02 € +2,20 (+1,23 %)
R Kursalarm setzen
R SAP 172,30 € +4,12 (+2,45 %)
R SIE 181,02 € +2,20 (+1,23 %)
R Alle Angaben ohne Gewähr.
R Diese Meldung stellt keine Anlageberatung dar.
""",
    # ===== a crypto story: prices by name under a closed sentence (the article's), the ticker box after a disclosure
    "en_r2_crypto_names_then_box_extract": """\
T Ether jumps as traders bet on ETF approval
A Ether rose as much as 18% on Tuesday, its biggest gain since 2022, after analysts raised the odds of a spot ETF approval.
A The move lifted the rest of the market.
A The biggest tokens were trading as follows.
A Bitcoin 70,150 +3.2%
A Ether 3,690 +18.0%
A Solana 171 +6.4%
R Disclosure: The author holds BTC and ETH.
R This is not investment advice.
R BTC $70,150.21 +3.21%
R ETH $3,690.55 +18.02%
R Prices as of 4:05 PM UTC
""",
    # ===== a Dutch earnings page: quote rows over the headline with their move in brackets, the article's bullets
    "nl_r2_koersregels_kop_full": """\
R Naar hoofdinhoud
R Beurs
R Economie
R ASML € 878,40 +18,30 (+2,13%)
R ASMI € 601,20 -3,40 (-0,56%)
T ASML boekt hogere winst dan verwacht
R Door Jan Bakker
R 17 apr 2024 07:15
A ASML heeft in het eerste kwartaal een hogere winst geboekt dan analisten hadden verwacht.
A De belangrijkste cijfers:
A • Omzet: 5,3 miljard euro (-22%)
A • Nettowinst: 1,2 miljard euro
A Het aandeel daalde voorbeurs 4 procent, zei een handelaar.
A "Dit is geen beleggingsadvies, maar wel een waarschuwing", zei de topman van de AFM over cryptobeleggingen.
R Dit is geen beleggingsadvies.
R Koersen zijn minimaal 15 minuten vertraagd.
R Privacy
R Cookies
""",
    # ===== French, Spanish and Italian disclaimers next to the article's own sentences quoting the regulator
    "fr_r2_avertissement_extract": """\
T L'AMF met en garde contre les « finfluenceurs »
A L'Autorité des marchés financiers a publié mardi une mise en garde contre les influenceurs qui font la promotion de placements risqués.
A « Ceci ne constitue pas un conseil en investissement », écrivent souvent ces influenceurs en bas de leurs vidéos, note le régulateur.
A Selon l'AMF, cette mention ne les dispense pas des règles applicables.
R Cet article ne constitue pas un conseil en investissement.
R Les informations et données de marché sont fournies à titre indicatif.
R Partager
""",
    "it_r2_avvertenza_extract": """\
T Consob, stretta sui consigli di investimento sui social
A La Consob ha annunciato nuove regole per chi pubblica consigli finanziari sui social network.
A Le informazioni non costituiscono sollecitazione all'investimento, scrivono molti influencer, ma per l'autorità non basta.
A I commenti degli analisti:
A Equita: "Regole attese da tempo".
A Intermonte: "Impatto limitato sui broker".
R Questo articolo non costituisce consulenza finanziaria.
R Dati di mercato ritardati di 15 minuti
R Riproduzione riservata ©
""",
}


KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a business site's footer glued into one line, its delay notice between a slogan and the site's blurb ("Data is a
    # real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, …"): one outlet's
    # wording, its last sentence a list of topics that no rule can tell from a sentence
    "en_market_wrap_full": 1,
    # a comparison site's blurb under its advertiser disclosure ("We are an independent, advertising-supported
    # comparison service."): a sentence about "we", the site's own, which an article's could read as
    "en_savings_rates_full": 1,
    # a quote widget's index name in capitals over its level ("EURO STOXX 50"): the run's other lines go; a line of
    # capitals alone reads as a heading
    "fr_bourse_paris_full": 1,
    # a comparison site's button under the article ("Vergelijk spaarrekeningen"): an imperative alone, the heading of a
    # how-to's step reads the same
    "nl_spaarrente_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a markets story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The S&P 500 and Nasdaq Composite closed at record highs on Friday as investors piled back into chip stocks and shrugged off weaker economic data.",
        "Nvidia added 4% to a fresh all-time high, while Advanced Micro Devices jumped more than 5% in heavy trading.",
        "For the week, the S&P 500 gained 0.95%, its 16th positive week in the last 18, and the 10-year Treasury yield slipped to 4.18%.",
    ],
    "de": [
        "Der deutsche Aktienmarkt hat am Dienstag leicht zugelegt und ist nur knapp unter seinem Rekordhoch aus dem Handel gegangen.",
        "Gefragt waren vor allem Autowerte: Volkswagen gewannen 2,1 Prozent, BMW legten um 1,8 Prozent zu.",
        "Der Euro kostete zuletzt 1,0918 US-Dollar, die Europäische Zentralbank hatte den Referenzkurs am Mittag auf 1,0895 Dollar festgesetzt.",
    ],
    "fr": [
        "La Bourse de Paris a terminé en hausse mardi, portée par le rebond des valeurs du luxe après des chiffres meilleurs qu'attendu en Chine.",
        "Le CAC 40 a gagné 0,52 % à 7 934,17 points, tandis que LVMH a pris 2,3 % et Kering 3,1 %.",
        "Côté changes, l'euro gagnait 0,1 % face au dollar, à 1,0860 dollar, dans un marché attentiste avant la réunion de la BCE.",
    ],
    "es": [
        "El Ibex 35 cerró este martes con una subida del 0,62%, hasta los 10.123,5 puntos, su mejor nivel desde 2015.",
        "La banca lideró las subidas, con Sabadell a la cabeza, mientras que Grifols cayó un 4,2% tras conocerse sus resultados.",
        "El euro se cambiaba a 1,0860 dólares y la prima de riesgo bajaba hasta los 90 puntos básicos al cierre de la sesión.",
    ],
    "it": [
        "Piazza Affari ha chiuso la seduta di martedì in rialzo, sostenuta dai titoli bancari e dal calo dello spread.",
        "Il FTSE MIB ha guadagnato lo 0,61% a 33.012 punti, mentre le altre Borse europee hanno chiuso in ordine sparso.",
        "Lo spread tra Btp e Bund è sceso a 142 punti base, il livello più basso dall'inizio dell'anno.",
    ],
    "pt": [
        "A bolsa de Lisboa fechou hoje em alta, com o principal índice, o PSI, a subir 0,48% para 6.210,35 pontos.",
        "Das 15 cotadas do índice, dez subiram, quatro desceram e uma manteve-se inalterada, com o BCP a liderar os ganhos.",
        "Na Europa, Frankfurt subiu 0,42% e Paris 0,52%, enquanto o euro seguia a 1,0860 dólares.",
    ],
    "nl": [
        "De Amsterdamse beurs is dinsdag met een kleine winst gesloten, gesteund door de chipfondsen.",
        "De hoofdindex AEX won 0,35 procent tot 853,41 punten, terwijl de AMX iets lager eindigde.",
        "ASML steeg 2,1 procent en ASMI 1,7 procent, nadat een Amerikaanse branchegenoot goede cijfers had gemeld.",
    ],
}

_CL, _FW, _TB = "consent-line", "finance-widget", "teaser-box"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "This is not investment advice.", _CL),
    ("en", "This is not investment advice. The author holds no position in the stocks mentioned.", _CL),
    ("en", "The author holds no position in the stocks mentioned.", _CL),
    ("en", "Disclosure: The author holds BTC and ETH.", _CL),
    ("en", "Related Tickers", _FW),
    ("en", "Prices as of 3:05 PM UTC", _FW),
    ("en", "Data also provided by Refinitiv", _FW),
    ("en", "Market Data Terms of Use and Disclosures", _FW),
    ("en", "What to Read Next", _TB),
    ("de", "Diese Meldung stellt keine Anlageberatung dar.", _CL),
    ("de", "Alle Angaben ohne Gewähr.", _FW),
    ("fr", "Ceci ne constitue pas un conseil en investissement.", _CL),
    ("fr", "Les informations et données de marché sont fournies à titre indicatif.", _FW),
    ("es", "Esta información no constituye una recomendación de inversión.", _CL),
    ("it", "Le informazioni non costituiscono sollecitazione all'investimento.", _CL),
    ("it", "Dati di mercato ritardati di 15 minuti", _FW),
    ("pt", "Esta informação não constitui recomendação de investimento.", _CL),
    ("pt", "Conteúdo não constitui recomendação de investimento.", _CL),
    ("nl", "Dit is geen beleggingsadvies.", _CL),
    ("en", "Not investment advice.", _CL),
    ("en", "Capital at risk.", _CL),
    ("en", "Past performance is not indicative of future results.", _CL),
    ("en", "View full quote", _FW),
    ("en", "Quote data by Morningstar", _FW),
    ("en", "Charts powered by TradingView", _FW),
    ("en", "AAPL 189.84 +1.23 (+0.65%) MSFT 407.54 -0.84 (-0.21%) GOOGL 141.80 +0.50 (+0.35%)", _FW),
    ("de", "Vergangene Wertentwicklungen sind kein verlässlicher Indikator für künftige Ergebnisse.", _CL),
    ("fr", "Les performances passées ne préjugent pas des performances futures.", _CL),
    ("fr", "Investir comporte des risques de perte en capital.", _CL),
    ("fr", "Suivre cette valeur", _FW),
    ("fr", "Voir la fiche de la valeur", _FW),
    ("es", "Rentabilidades pasadas no garantizan rentabilidades futuras.", _CL),
    ("es", "Seguir este valor", _FW),
    ("es", "Ver cotización", _FW),
    ("it", "I rendimenti passati non sono indicativi di quelli futuri.", _CL),
    ("it", "Segui il titolo", _FW),
    ("it", "Vedi scheda titolo", _FW),
    ("pt", "Rentabilidade passada não é garantia de rentabilidade futura.", _CL),
    ("pt", "Seguir ativo", _FW),
    ("pt", "Ver cotação", _FW),
    ("nl", "In het verleden behaalde resultaten bieden geen garantie voor de toekomst.", _CL),
    ("nl", "Let op! Beleggen brengt risico's met zich mee.", _CL),
    ("nl", "Je inleg kan verloren gaan.", _CL),
    ("nl", "Bekijk koers", _FW),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "This is not investment advice, the regulator said, but a warning to savers about the risks of borrowing to buy shares."),
    ("en", "The author holds no position in the stocks mentioned in the book, his publisher confirmed on Monday."),
    ("en", "Disclosure rules say the author holds the copyright until the book is published, the court heard."),
    ("en", "Related tickers and company names scrolled across a screen behind the podium as the chief executive spoke."),
    ("en", "Prices as of 3:05 PM were already higher than at the open, traders on the floor said."),
    ("en", "Data also provided by Refinitiv showed the yen at a 34-year low against the dollar on Wednesday."),
    ("en", "Market data terms of use are set by each exchange, and they differ from one venue to the next."),
    ("en", "What to read next is a question the library's staff answer every day for hundreds of visitors."),
    # (an author's note on what they hold, the disclaimer after it: the article's, as redteam15 reads it)
    ("en", "The author owns shares of Apple and Microsoft. This is not investment advice."),
    ("it", "L'autore detiene azioni di Banca Popolare di Sondrio. Questo articolo non costituisce consulenza finanziaria."),
    ("de", "Diese Meldung stellt keine Anlageberatung dar, betonte die Bafin, sondern eine Warnung an Privatanleger."),
    ("de", "Alle Angaben ohne Gewähr, heißt es im Kleingedruckten des Prospekts, den die Verbraucherzentrale nun kritisiert."),
    ("fr", "Ceci ne constitue pas un conseil en investissement, a rappelé l'AMF, mais une mise en garde contre les arnaques."),
    ("fr", "Les informations fournies à titre indicatif par la banque se sont révélées fausses, selon le tribunal."),
    ("es", "Esta información no constituye una recomendación de inversión, aclaró la CNMV, pero sí una advertencia a los ahorradores."),
    ("it", "Le informazioni non costituiscono sollecitazione all'investimento, ha precisato la Consob, ma un avvertimento ai risparmiatori."),
    ("it", "I dati di mercato ritardati di 15 minuti non bastano ai trader ad alta frequenza, spiega l'analista."),
    ("pt", "Esta informação não constitui recomendação de investimento, esclareceu a CMVM, mas um alerta aos pequenos investidores."),
    ("nl", "Dit is geen beleggingsadvies, benadrukt de AFM, maar een waarschuwing aan particuliere beleggers."),
    ("en", "Not investment advice but a warning, the regulator called its statement on Monday."),
    ("en", "Capital at risk was the phrase the auditors used for the bank's exposure to commercial property."),
    ("en", "Past performance is not indicative of future results, the fund's manager admitted at the meeting."),
    ("en", "View full quote marks were missing from the transcript the court released on Friday."),
    ("en", "Quote data by Morningstar showed the fund had trailed its benchmark for five years."),
    ("en", "AAPL and MSFT rose 1.2% and 0.8% after the close, while GOOGL fell 0.3% on the news."),
    ("de", "Vergangene Wertentwicklungen sind kein verlässlicher Indikator für künftige Ergebnisse, warnt die Bafin in ihrem Merkblatt."),
    ("fr", "Les performances passées ne préjugent pas des performances futures, rappelle l'AMF dans son guide."),
    ("fr", "Suivre cette valeur de près est devenu un réflexe pour les gérants depuis le début de l'année."),
    ("es", "Rentabilidades pasadas no garantizan rentabilidades futuras, recuerda la CNMV en su guía para inversores."),
    ("es", "Seguir este valor se ha convertido en una obsesión para los pequeños ahorradores, según la encuesta."),
    ("it", "I rendimenti passati non sono indicativi di quelli futuri, ricorda la Consob nella sua guida."),
    ("it", "Segui il titolo anche dopo l'acquisto, consiglia l'analista ai risparmiatori alle prime armi."),
    ("pt", "Rentabilidade passada não é garantia de rentabilidade futura, lembra a CMVM no seu guia."),
    ("pt", "Ver cotação após cotação a cair deixou os pequenos investidores nervosos, contam os corretores."),
    ("nl", "In het verleden behaalde resultaten bieden geen garantie voor de toekomst, waarschuwt de AFM op haar site."),
    ("nl", "Je inleg kan verloren gaan als het bedrijf failliet gaat, legt de woordvoerder van de toezichthouder uit."),
    ("nl", "Bekijk koers en volume samen, adviseert de analist beginnende beleggers in zijn boek."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def _kept(page: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    result = cleaner.explain_text("\n".join(page))
    return lost([line for line in page if line], result), removed(result)


_BOX = ["MSFT 407.54 -0.84 (-0.21%)", "CRM 301.22 +2.10 (+0.70%)", "ORCL 112.83 +0.45 (+0.40%)"]
_COINS = ["BTC $70,150.21 +3.21%", "ETH $3,940.55 +2.10%", "SOL $146.20 +5.80%"]
_CLOSES = ["Dow Jones 38,996.39 +0.23%", "S&P 500 5,137.08 +0.80%", "Nasdaq 16,274.94 +1.14%"]


@pytest.mark.parametrize("rows", [_BOX, _COINS])
def test_a_quote_boxs_rows_under_its_heading_after_the_article_go(rows: list[str]) -> None:
    # finance-widget (edge_markets.tail_quote_rows): the rows under "Related Tickers", and under the last sentence when
    # each opens on a ticker's symbol
    for page in ([*TEXT["en"], "Related Tickers", *rows], [*TEXT["en"], *rows]):
        lost_lines, gone = _kept(page)
        assert lost_lines == page[len(TEXT["en"]):], gone
        assert {name for name, text in gone if text in rows} == {_FW}, gone


@pytest.mark.parametrize("rows", [_BOX, _COINS, _CLOSES])
def test_the_articles_own_rows_announced_by_its_sentence_stay(rows: list[str]) -> None:
    # (the line over them closes on a colon: the article's table; under a subheading, the same)
    for over in ("Here is where the major averages ended the day:", "Closing levels"):
        lost_lines, gone = _kept([*TEXT["en"], over, *rows])
        assert lost_lines == [], gone


def test_an_articles_rows_of_names_under_a_closed_sentence_stay() -> None:
    # (under a sentence closed by a full stop the rows go only when each opens on a ticker's symbol: an index's name
    # is the article's)
    lost_lines, gone = _kept([*TEXT["en"], "The main indexes ended the session as follows.", *_CLOSES])
    assert lost_lines == [], gone


def test_quote_rows_between_the_paragraphs_stay() -> None:
    lost_lines, gone = _kept([*TEXT["en"][:2], *_BOX, TEXT["en"][2]])
    assert lost_lines == [], gone


def test_a_single_quote_row_under_the_article_is_judged_as_before() -> None:
    # (a run asks two rows: a row alone is no box)
    assert _kept([*TEXT["en"], "Related Tickers", _BOX[0]])[0] == ["Related Tickers"]


def test_the_articles_closing_rows_and_their_announcing_line_stay_over_a_box_that_goes() -> None:
    # edge-furniture (edge_markets.heading_over_quote_rows): once the box's rows under them went, the line announcing
    # the article's own rows (seven words, over the list heading's six) or heading them stays with them; the box's
    # heading, its rows and its button still go
    closes = ["Dow Jones 37,798.97 -0.12%", "S&P 500 5,051.41 -0.21%", "Nasdaq 15,865.25 -0.12%"]
    box = ["Related Tickers", "TSLA 157.11 -4.28 (-2.65%)", "AAPL 169.38 -3.31 (-1.92%)", "Add to Watchlist"]
    for over in ("Here is where the major averages closed:", "The closing levels"):
        lost_lines, gone = _kept([*TEXT["en"], over, *closes, *box])
        assert lost_lines == box, gone


def test_the_articles_rows_over_a_disclaimer_stay_and_the_box_under_it_goes() -> None:
    # finance-widget (edge_markets.tail_quote_rows): a line another pass took parts the article's rows from the box's;
    # the rows under the disclaimer go, those over it (under the article's sentence, names no tickers) stay
    names = ["Bitcoin 70,150 +3.2%", "Ether 3,690 +18.0%"]
    page = [*TEXT["en"], "The biggest tokens were trading as follows.", *names, "This is not investment advice.", *_COINS]
    lost_lines, gone = _kept(page)
    assert lost_lines == ["This is not investment advice.", *_COINS], gone


def test_a_quote_row_with_its_move_in_brackets_goes_over_the_headline() -> None:
    # finance-widget (head_widget): the row with the move in points and in per cent, as the other head rows
    page = ["Markets", "NVDA 875.28 +32.15 (+3.81%)", "AAPL 189.84 +1.23 (+0.65%)", "Nvidia leads chip rally", *TEXT["en"]]
    lost_lines, gone = _kept(page)
    assert ("finance-widget", "NVDA 875.28 +32.15 (+3.81%)") in gone, gone
    assert [line for line in lost_lines if line not in page[:4]] == [], gone


if __name__ == "__main__":
    report(CASES)
