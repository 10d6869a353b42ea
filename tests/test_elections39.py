# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""elections39: a probe of election and politics coverage, scraped as text (half as an extractor leaves them, half as
all the visible text of the page), in en, de, fr, es, it, pt, nl and pl: election night results stories with a results
list one party a line ("CDU/CSU 28,5 % (+4,3)", "Labour 412 seats"), turnout lines, constituency result pages
(candidates with their votes), poll roundups (pollster, date, figures), parliament vote stories with the tally ("Yes:
312", "Nein: 201", "Abstentions: 18"), referendum results, a candidate profile with its facts box ("Born", "Party",
"Office"), live results tickers.

- the article (``A``): the results list's rows, one party or candidate a line, with seats, shares and swings, and the
  party names alone on their lines over their figures; turnout lines; a vote's tally lines; a referendum's "Yes" /
  "No" rows; a poll table's rows (pollster, date, figures); a "Results" heading closing the text over its rows; a
  profile's facts box (Born, Party, Office, Constituency); the ticker's entries with their times;
- the residue (``R``): menus, breadcrumbs, share rows, bylines and stamps, "Read more" teasers, newsletter prompts,
  cookie banners, footers, a results widget's "See full results" / "Select a constituency" chrome;
- ``T``: headlines, a results box's own heading over the page, a "Source:" credit of a poll table.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 259 ``A`` lines, 249
  ``R``, 26 ``T``, all eight languages.
- round 2, after the changes, aimed at them: 6 pages (3 extracts, 3 full pages), 71 ``A``, 54 ``R``, 5 ``T``: a
  results box right under a menu with no heading of its own (en), a seats box at the head under the headline and stamp
  with a category list and its counts after the text (nl), a seats box over a rail of teasers with comment counts
  (de), a poll table with dates in French figures over pagination (fr), short poll rows over a menu of names with
  figures (pl), a referendum's two rows closing the text over a tag list of years (pt).

Measured on main 0156e2d: round 1 lost 58, left 10; round 2 lost 42, left 0. The losses: a results box at either edge,
a name, a party and a figure each alone on its line (a constituency's candidates with their votes, share and change,
en and de; a seats box, one party over its seats and share, es, de; a seats box with its gains, nl; a poll table one
cell a line with its dates, de, fr; edge-furniture's run, the dates the dateline pass's), short rows of a poll closing
the text ("FdI 30,1", "Pd 22,8", "M5S 12,0", it; "KO 33,5", pl) and a results list's last row ("Others 24", en: two
words and a figure are the furniture test's, three are data), a referendum's two rows ("Sim 58,4%" / "Não 41,6%").
Left: a broadcaster's programme note under a vote story (de, two), a live page's section names and "Live updates" /
credit line, a results page's "Enter a postcode or constituency name" and "See full national results", "Alle
Ergebnisse im Überblick", a teaser's headline (es), a desk's byline ("Door onze politieke redactie", nl).

After: round 1 lost 0, left 6; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_elections.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``results_box`` (edge-furniture's guard at the head and at the tail): a box of cells, two groups or more of a name
  (or two or three lines: a candidate over their party) over its figures, each group after the first of the same
  shape, with a share, a decimal or a sign among the figures or two or more figures a group, one of its names named in
  the story's prose, its first figures falling down the groups (the winner first) unless a header row stands over it,
  no decimal figure over a hundred (a market's level) among them; the first group's lines
  over its own names are its heading (one line) or its header row and heading (a poll table's "Institut" / "Datum" /
  the parties); the rows under it ("Turnout 72.1%", "Majority 10,407"). Also a run of three rows or more of a name and
  its figure, half of them with a share, a decimal, a sign or a swing in brackets, cut at its ends where a row's figure
  is printed otherwise ("Radio 357" under "PSL 5,1"), its figures falling down the run but for its last (the others'
  row), or a referendum's two rows whose shares add up to a hundred; the name alone right over the run as its heading.
  A menu over the box (its last item too), a category list with a bare count beside each name, pagination, a rail of
  headlines with comment counts, a menu of names with figures or years ("Radio 4", "Election 2024"), a weather strip
  or a sidebar's table whose names the story does not speak of, a market's box of index levels, a team's ratings in
  no order ("Sommer 6,5" / "Lautaro 7,5": sport31's residue) still go (tests). The guard reads only the lines around
  the run's lines that open or close on a figure (16 each way), and only where the run holds one: about 2% of
  edge-furniture's time on the naive bench.
- ``poll_dates`` (the dateline pass's guard): two or more dates alone, each right under a short name (its pollster)
  and right over two figures alone, are a poll table's cells; one date under a byline over the text still goes (test).
- tables, each in an ``# elections39:`` block at its list's end: nl ``metadata.byline`` a desk's name of an adjective
  and "redactie" ("Door onze politieke redactie"); de ``credits.syndication`` a broadcaster's programme note ("Dieses
  Thema im Programm: Tagesschau, 18.03.2025, 17:00 Uhr", "Über dieses Thema berichtete NDR Info am 18. März 2025 um
  17:00 Uhr.": the date with its year and the time of day); en ``widgets.chrome`` a results page's constituency search
  and its link to the whole results ("Enter a postcode or constituency name", "Select a constituency", "See full
  national results"). Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_elections39.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a UK election night story as an extractor leaves it: the seats list at the tail under "Results" =====
    "en_election_night_extract": """\
T Labour wins landslide as Conservatives suffer worst defeat in history
R By Political Correspondent Jane Hollis
R Published 5 July 2024, 06:12 BST
A Labour has won a landslide victory in the general election, ending 14 years of Conservative government.
A Keir Starmer will become prime minister after his party passed the 326 seats needed for a majority in the early hours of Friday.
A The Conservatives lost more than 240 seats, including those of several cabinet ministers, as Reform UK and the Liberal Democrats made gains across England.
A Turnout fell to 59.8%, the lowest since 2001.
A Speaking in his Holborn and St Pancras constituency, Sir Keir said: "Change begins now."
A Results
A Labour 412 seats (+211)
A Conservative 121 (-251)
A Liberal Democrat 72 (+64)
A SNP 9 (-39)
A Sinn Féin 7
A Reform UK 5 (+5)
A Others 24
R Share this article
R Facebook
R X
R Email
R Read more: Who are the new cabinet ministers?
""",
    # ===== a constituency result page with all its visible text =====
    "en_constituency_full": """\
R Skip to content
R Home
R News
R Politics
R Elections
R Sport
R Weather
R Election 2024
R Results
R Constituencies
R Maps
T Bristol Central
R Select a constituency
R Enter a postcode or constituency name
T Green GAIN from Labour
A Carla Denyer
A Green Party
A 24,539 votes
A 56.6% share
A +46.4 change
A Thangam Debbonaire
A Labour Party
A 14,132 votes
A 32.6% share
A -15.0 change
A Turnout 72.1%
A Majority 10,407
A The Green Party's co-leader Carla Denyer won the seat from Labour's Thangam Debbonaire, the shadow culture secretary.
A The result makes Bristol Central one of four seats won by the Greens, the party's best result at a general election.
R See full national results
R Share
R About these results
R Terms of Use
R About the BBC
R Privacy Policy
R Cookies
R Accessibility Help
R Contact the BBC
R Copyright 2024 BBC. All rights reserved.
""",
    # ===== a poll roundup as an extractor leaves it: the table's rows, a source line =====
    "en_poll_roundup_extract": """\
T Poll of polls: Labour's lead narrows to 15 points
R Updated 2 hours ago
A Labour's lead over the Conservatives has narrowed slightly in the final week of the campaign, according to the latest polls.
A Four polls published over the weekend put Labour between 39% and 42%, with the Conservatives on 20% to 24%.
A Reform UK continued to poll in the mid-teens, ahead of the Liberal Democrats in most surveys.
A YouGov, 30 June: Lab 37, Con 20, Ref 17, LD 13, Grn 8
A Ipsos, 30 June: Lab 42, Con 19, Ref 15, LD 11, Grn 7
A Opinium, 29 June: Lab 40, Con 23, Ref 16, LD 11, Grn 6
A Survation, 28 June: Lab 38, Con 24, Ref 14, LD 10, Grn 5
A Polling experts caution that the figures carry a margin of error of about three points.
T Source: pollsters' websites
R Sign up for our politics newsletter
R Get the day's top political stories in your inbox every morning.
R Most read
R 1. What time will the election results be announced?
R 2. How to find your polling station
""",
    # ===== a candidate profile with all its visible text: a facts box at the head =====
    "en_candidate_profile_full": """\
R Menu
R Search
R Politics
R US Elections
R Senate
T Who is Maria Castillo? Profile of the Democratic Senate candidate
R By Tom Ridley
R October 14, 2024
R Share on Facebook
R Share on X
R Copy link
A Born: March 3, 1976, El Paso, Texas
A Party: Democratic
A Office: U.S. Representative, Texas's 16th district (since 2019)
A Education: University of Texas at Austin (BA), Georgetown University (JD)
A Spouse: Daniel Castillo
A Maria Castillo is running for the U.S. Senate after three terms in the House of Representatives.
A A former immigration lawyer, she first won her seat in 2018 by more than 30 points.
A In Congress she has focused on border infrastructure and veterans' health care.
A Her campaign has raised $48 million, according to its latest filing with the Federal Election Commission.
A Polls show her trailing the Republican incumbent by four points.
R Related
R Texas Senate race: What to know
R Early voting begins Monday in Texas
R Advertisement
R We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
R Accept
R © 2024 Capitol Wire Media. All rights reserved.
""",
    # ===== a parliament vote story as an extractor leaves it: the tally at the tail =====
    "en_parliament_vote_extract": """\
T MPs back assisted dying bill at second reading
A MPs have voted in favour of a bill that would allow terminally ill adults in England and Wales to end their lives.
A The bill passed its second reading by 330 votes to 275, a majority of 55, after a five-hour debate.
A It was a free vote, meaning MPs were not told how to vote by their parties.
A The bill will now go to committee stage, where it can be amended.
A How MPs voted:
A Ayes: 330
A Noes: 275
A Majority: 55
R Copyright 2024 Westminster News Ltd. All rights reserved.
R Comments (214)
R Join the conversation
""",
    # ===== a live results ticker page with all its visible text =====
    "en_live_ticker_full": """\
R Home
R US Election 2024
R Live
T Live results: Harris and Trump battle for swing states
R Live updates
R Reporting by our politics team
A 11:42 PM ET
A Trump projected to win North Carolina
A Donald Trump has won North Carolina and its 16 electoral votes, according to projections.
A 11:15 PM ET
A Polls close in Nevada
A Voting has ended in Nevada, where six electoral votes are at stake.
A Electoral votes
A Trump 230
A Harris 210
A 270 to win
A 10:58 PM ET
A Georgia still too close to call
A With 92% of the expected vote counted, Trump leads by 2.1 points.
R Load more updates
R Share
R Newsletter
R Sign up to get election results in your inbox
R Enter your email
R Subscribe
R Terms of Service
R Privacy Policy
""",
    # ===== a Bundestag election night story as an extractor leaves it: shares with swings, one party a line =====
    "de_bundestagswahl_extract": """\
T Bundestagswahl: Union gewinnt, AfD wird zweitstärkste Kraft
R Von Anna Berger
R 23.02.2025, 18:45 Uhr
A Die Union hat die Bundestagswahl klar gewonnen. Nach dem vorläufigen amtlichen Endergebnis kommen CDU und CSU auf 28,5 Prozent der Zweitstimmen.
A Die AfD verdoppelt ihr Ergebnis und wird mit 20,8 Prozent zweitstärkste Kraft.
A Die SPD fährt mit 16,4 Prozent ihr schlechtestes Ergebnis bei einer Bundestagswahl ein.
A Die Wahlbeteiligung lag bei 82,5 Prozent und damit so hoch wie seit der Wiedervereinigung nicht mehr.
A Das vorläufige Ergebnis:
A CDU/CSU 28,5 % (+4,3)
A AfD 20,8 % (+10,4)
A SPD 16,4 % (−9,3)
A Grüne 11,6 % (−3,1)
A Linke 8,8 % (+3,9)
A BSW 4,97 %
A FDP 4,3 % (−7,1)
A Sonstige 4,6 %
A Wahlbeteiligung: 82,5 % (+6,1)
R Mehr zum Thema
R Merz will schnell eine Regierung bilden
R Artikel teilen
""",
    # ===== a constituency page with all its visible text: candidates with their first votes =====
    "de_wahlkreis_full": """\
R Startseite
R Politik
R Wahlen
R Bundestagswahl 2025
R Ergebnisse
R Wahlkreise
T Wahlkreis 75: Berlin-Mitte
R Wahlkreis suchen
R PLZ oder Ort eingeben
A Erststimmen
A Hanna Steinmüller
A Grüne
A 31,2 %
A Annika Klose
A SPD
A 18,4 %
A Ottilie Klein
A CDU
A 17,9 %
A Zweitstimmen
A Grüne 26,1 %
A Linke 19,8 %
A CDU 15,3 %
A SPD 14,2 %
A AfD 9,5 %
A Wahlbeteiligung 79,1 %
A Den Wahlkreis gewinnt erneut die Grüne Hanna Steinmüller, die ihr Ergebnis von 2021 leicht verbessern konnte.
A Die Linke legt bei den Zweitstimmen deutlich zu und überholt CDU und SPD.
R Alle Ergebnisse im Überblick
R Impressum
R Datenschutz
R Kontakt
R Cookie-Einstellungen
R © 2025 Berliner Morgenzeitung
""",
    # ===== a Bundestag vote story as an extractor leaves it: the tally between paragraphs =====
    "de_abstimmung_extract": """\
T Bundestag beschließt Reform der Schuldenbremse
R Stand: 18.03.2025 16:32 Uhr
A Der Bundestag hat die Lockerung der Schuldenbremse mit der nötigen Zweidrittelmehrheit beschlossen.
A Für die Grundgesetzänderung stimmten Union, SPD und Grüne.
A Ja: 513
A Nein: 207
A Enthaltungen: 0
A Nötig waren mindestens 489 Stimmen. Der Bundesrat muss am Freitag noch zustimmen.
A Die FDP und die AfD kündigten an, gegen das Vorhaben in Karlsruhe vorzugehen.
R Dieses Thema im Programm: Tagesschau, 18.03.2025, 17:00 Uhr
R Über dieses Thema berichtete NDR Info am 18. März 2025 um 17:00 Uhr.
""",
    # ===== a poll page with all its visible text =====
    "de_umfragen_full": """\
R Navigation überspringen
R Home
R Politik
R Umfragen
R Sonntagsfrage
T Sonntagsfrage: Union stabil, SPD verliert leicht
R Teilen
R Drucken
A Wenn am nächsten Sonntag Bundestagswahl wäre, käme die Union laut dem aktuellen Deutschlandtrend auf 27 Prozent.
A Die AfD liegt unverändert bei 24 Prozent, die SPD verliert einen Punkt.
A Umfragen im Überblick
A Institut
A Datum
A Union
A AfD
A SPD
A Grüne
A Forsa
A 22.04.2025
A 26
A 25
A 15
A 11
A Infratest dimap
A 17.04.2025
A 27
A 24
A 16
A 12
A Für die Erhebung wurden 1.321 Wahlberechtigte befragt.
R Newsletter abonnieren
R Jetzt kostenlos anmelden
R Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
""",
    # ===== a French election night page with all its visible text =====
    "fr_legislatives_full": """\
R Aller au contenu principal
R Accueil
R Politique
R Élections
R International
R Économie
R Se connecter
R S'abonner
T Législatives 2024 : le Nouveau Front populaire arrive en tête, le RN troisième
R Par la rédaction
R Publié le 07 juillet 2024 à 23h58, modifié le 08 juillet 2024 à 08h12
R Partager
R Facebook
R Twitter
A Contre toute attente, le Nouveau Front populaire arrive en tête du second tour des élections législatives.
A Aucun bloc n'obtient la majorité absolue de 289 sièges à l'Assemblée nationale.
A Le taux de participation s'établit à 66,6 %, un record depuis 1997.
A Résultats
A Nouveau Front populaire : 182 sièges
A Ensemble : 168 sièges
A Rassemblement national et alliés : 143 sièges
A Les Républicains : 46 sièges
A Divers : 38 sièges
A Abstention : 33,4 %
R Lire aussi
R Qui pour Matignon ? Les noms qui circulent
R Newsletter
R Recevez chaque matin l'essentiel de l'actualité politique
R Je m'inscris
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
""",
    # ===== a French poll story as an extractor leaves it =====
    "fr_sondage_extract": """\
T Présidentielle 2027 : un sondage place Jordan Bardella en tête du premier tour
A Selon un sondage Ifop-Fiducial publié mardi, Jordan Bardella recueillerait entre 35 et 36 % des intentions de vote au premier tour.
A Il devancerait largement Édouard Philippe, crédité de 20 %, et Jean-Luc Mélenchon, à 12 %.
A Intentions de vote au premier tour :
A Jordan Bardella (RN) : 35 %
A Édouard Philippe (Horizons) : 20 %
A Jean-Luc Mélenchon (LFI) : 12 %
A Marine Tondelier (EELV) : 6 %
A Sondage réalisé en ligne du 3 au 5 mars auprès de 1 385 personnes inscrites sur les listes électorales.
R À lire aussi
R Présidentielle : qui sont les candidats déclarés ?
R Cet article est réservé aux abonnés
R Vous avez aimé cet article ? Partagez-le !
""",
    # ===== a Spanish election night page with all its visible text: seats, one party a line =====
    "es_generales_full": """\
R Ir al contenido
R Portada
R España
R Política
R Elecciones
R Economía
R Suscríbete
R Iniciar sesión
T El PP gana las elecciones pero no suma mayoría con Vox
R Redacción
R Madrid - 24 Jul 2023 - 00:45 CEST
R Compartir en Facebook
R Compartir en Twitter
R Compartir en WhatsApp
A El Partido Popular ha ganado las elecciones generales con 136 escaños, pero la suma con Vox se queda lejos de la mayoría absoluta de 176.
A El PSOE resiste con 122 diputados y mantiene opciones de formar gobierno.
A Resultados
A PP
A 136 escaños
A 33,05 %
A PSOE
A 122 escaños
A 31,70 %
A Vox
A 33 escaños
A 12,39 %
A Sumar
A 31 escaños
A 12,31 %
A Participación: 66,59 %
A Escrutado: 100 %
R Más información
R Sánchez y Feijóo, ante una investidura incierta
R Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Aviso legal
R © Diario del Sur
""",
    # ===== a Spanish candidate profile as an extractor leaves it: the facts box under the headline =====
    "es_perfil_extract": """\
T Quién es Ana Torres, la candidata socialista a la Alcaldía de Valencia
R Por Marta Gil
R Actualizado: 12/05/2023 10:20
A Nacimiento: 14 de junio de 1979, Valencia
A Partido: PSPV-PSOE
A Cargo: Concejala de Urbanismo (2019-2023)
A Formación: Licenciada en Derecho por la Universitat de València
A Ana Torres llega a las municipales tras cuatro años al frente del área de Urbanismo del Ayuntamiento.
A Su gestión de la reforma de la plaza del Ayuntamiento le dio visibilidad, aunque también críticas de los vecinos.
A Los sondeos la sitúan a cinco puntos del actual alcalde.
R Te puede interesar
R Los candidatos a las elecciones municipales en la Comunitat Valenciana
R Comentarios
""",
    # ===== an Italian referendum story as an extractor leaves it: the yes/no rows and turnout =====
    "it_referendum_extract": """\
T Referendum, non raggiunto il quorum: affluenza al 30,6%
R di Giulia Romano
R 09 giugno 2025 - 15:30
A I referendum abrogativi su lavoro e cittadinanza non raggiungono il quorum del 50% più uno degli aventi diritto.
A L'affluenza definitiva si è fermata al 30,6%, secondo i dati del Viminale.
A Tra chi ha votato ha prevalso il Sì su tutti i quesiti, con percentuali più basse su quello della cittadinanza.
A Quesito sulla cittadinanza
A Sì: 65,5%
A No: 34,5%
A Affluenza: 30,6%
A Il governo ha parlato di una sconfitta per i promotori, che invece rivendicano i 14 milioni di voti.
R Leggi anche
R Referendum, cosa succede adesso
R Riproduzione riservata ©
""",
    # ===== an Italian municipal result page with all its visible text =====
    "it_comunali_full": """\
R Vai al contenuto
R Home
R Cronaca
R Politica
R Elezioni comunali 2024
R Abbonati
R Accedi
T Firenze, Sara Funaro eletta sindaca al ballottaggio
R Redazione
R 24 giugno 2024
A Sara Funaro è la nuova sindaca di Firenze. Al ballottaggio ha battuto il candidato del centrodestra Eike Schmidt.
A Risultati del ballottaggio
A Sara Funaro
A 60,6%
A Eike Schmidt
A 39,4%
A Affluenza 47,6%
A "Sarò la sindaca di tutti", ha detto Funaro nel primo discorso dopo la vittoria.
R Condividi
R Commenta
R Potrebbe interessarti anche
R Cookie policy
R Privacy
R P.IVA 01234567890
""",
    # ===== a Portuguese election night story as an extractor leaves it: mandates, one party a line =====
    "pt_legislativas_extract": """\
T AD vence legislativas, Chega dispara para segundo lugar
R Por Lusa
R 19 mai 2025, 01:12
A A Aliança Democrática venceu as eleições legislativas deste domingo, com 32,1% dos votos, mas fica longe da maioria absoluta.
A O Chega ultrapassa o PS em número de votos e torna-se a segunda força política.
A Resultados (continente e regiões autónomas)
A AD: 89 deputados
A Chega: 58 deputados
A PS: 58 deputados
A IL: 9 deputados
A Livre: 6 deputados
A Abstenção: 35,6%
A Faltam apurar os quatro deputados eleitos pelos círculos da emigração.
R Leia também
R Montenegro: "O povo quer estabilidade"
R Partilhar
""",
    # ===== a Portuguese parliament vote page with all its visible text =====
    "pt_votacao_full": """\
R Saltar para o conteúdo
R Últimas
R País
R Política
R Economia
R Assinar
T Parlamento aprova Orçamento do Estado na generalidade
R 31 out 2024 18:40
R Partilhar no Facebook
R Partilhar no X
A O Orçamento do Estado para 2025 foi aprovado na generalidade com os votos favoráveis do PSD e do CDS e a abstenção do PS.
A Votação na generalidade
A A favor: PSD, CDS-PP
A Contra: Chega, IL, BE, PCP, Livre
A Abstenção: PS, PAN
A A votação final global está marcada para 29 de novembro.
R Subscreva a nossa newsletter
R Receba as principais notícias no seu email
R Este site utiliza cookies. Ao continuar a navegar está a concordar com a sua utilização.
R Aceitar
R Termos e condições
R © 2024 Jornal da Manhã
""",
    # ===== a Dutch election night page with all its visible text: seats with gains =====
    "nl_tweede_kamer_full": """\
R Naar de inhoud
R Home
R Binnenland
R Politiek
R Verkiezingen
R Buitenland
R Menu
T PVV grootste partij, GroenLinks-PvdA tweede
R 23 november 2023 06:10
R Aangepast 07:45
R Delen
A De PVV van Geert Wilders is de grote winnaar van de Tweede Kamerverkiezingen.
A De partij komt uit op 37 zetels, ruim twee keer zoveel als bij de vorige verkiezingen.
A Zetelverdeling
A PVV
A 37
A +20
A GL-PvdA
A 25
A +8
A VVD
A 24
A -10
A NSC
A 20
A +20
A Opkomst: 77,7 procent
A Wilders zei tijdens de uitslagenavond dat de PVV niet meer te negeren is.
R Meer over dit onderwerp
R Verkiezingen
R Wilders
R Deel dit artikel
R Cookie-instellingen
R Privacy
R Over ons
""",
    # ===== a Dutch poll story as an extractor leaves it =====
    "nl_peiling_extract": """\
T Peiling: PVV zakt verder weg, CDA stijgt
R Door onze politieke redactie
A De PVV verliest in de nieuwste peiling van Ipsos I&O opnieuw zetels.
A Het CDA profiteert en komt op 22 zetels.
A PVV: 29 zetels (-2)
A GL-PvdA: 26 zetels (+1)
A CDA: 22 zetels (+3)
A VVD: 19 zetels
A De peiling werd gehouden onder 1.894 kiezers tussen 11 en 14 april.
R Lees ook
R Kabinet wankelt na nieuwe ruzie over asiel
R Reageer op dit artikel
""",
    # ===== a Polish election night story as an extractor leaves it =====
    "pl_wybory_extract": """\
T Wybory parlamentarne 2023. PKW podała oficjalne wyniki
R Autor: Marek Nowak
R 17.10.2023, 14:05
A Państwowa Komisja Wyborcza podała oficjalne wyniki wyborów do Sejmu.
A Zwycięstwo odniosło Prawo i Sprawiedliwość, ale partia nie ma większości w Sejmie.
A Frekwencja wyniosła 74,38 proc. i była najwyższa w historii wyborów po 1989 roku.
A Wyniki wyborów do Sejmu:
A PiS – 35,38 proc. (194 mandaty)
A KO – 30,70 proc. (157 mandatów)
A Trzecia Droga – 14,40 proc. (65 mandatów)
A Lewica – 8,61 proc. (26 mandatów)
A Konfederacja – 7,16 proc. (18 mandatów)
R Czytaj także
R Kto zostanie premierem? Scenariusze po wyborach
R Udostępnij
R Komentarze
""",
    # ===== a Polish Sejm vote page with all its visible text =====
    "pl_glosowanie_full": """\
R Przejdź do treści
R Strona główna
R Kraj
R Polityka
R Świat
R Zaloguj się
T Sejm przyjął ustawę o związkach partnerskich w pierwszym czytaniu
R Dodano: 12.03.2025 12:30
R Udostępnij
A Sejm nie odrzucił w pierwszym czytaniu projektu ustawy o statusie osoby najbliższej.
A Wyniki głosowania
A Za: 234
A Przeciw: 209
A Wstrzymało się: 3
A Projekt trafi teraz do komisji sejmowej.
A Przeciwko głosowali posłowie PiS i Konfederacji.
R Zobacz również
R Premier zapowiada rekonstrukcję rządu
R Polityka prywatności
R Ustawienia cookies
R © 2025 Gazeta Codzienna
""",
    # ===== an Italian poll page as an extractor leaves it: the figures alone after a pollster and date =====
    "it_sondaggi_extract": """\
T Sondaggi politici, Fratelli d'Italia al 30%: cresce il Pd
R Aggiornato alle 18:20
A Fratelli d'Italia si conferma primo partito secondo l'ultima rilevazione settimanale.
A Il Partito democratico guadagna mezzo punto e si porta al 22,8%.
A Supermedia YouTrend/Agi del 13 marzo
A FdI 30,1
A Pd 22,8
A M5S 12,0
A Forza Italia 8,9
A Lega 8,6
A Avs 6,4
A La Supermedia è la media ponderata dei sondaggi pubblicati nelle due settimane precedenti.
R Iscriviti alla newsletter
R Ricevi ogni giorno le notizie più importanti
""",
    # ===== a Spanish referendum-style vote in a regional parliament, full page =====
    "es_votacion_full": """\
R Saltar al contenido
R Inicio
R Política
R Parlamento
R Opinión
T El Congreso aprueba la ley de amnistía con 177 votos a favor
R 30/05/2024 - 13:15
R Comentar
R Compartir
A El Congreso de los Diputados ha aprobado definitivamente la ley de amnistía.
A La norma ha salido adelante con los votos del PSOE, Sumar, ERC, Junts, EH Bildu, PNV, BNG y Podemos.
A Resultado de la votación
A Sí: 177
A No: 172
A Abstenciones: 0
A La ley entrará en vigor tras su publicación en el Boletín Oficial del Estado.
R Noticias relacionadas
R Puigdemont anuncia su regreso
R Newsletter
R Apúntate a nuestro boletín de política
R Política de cookies
R Contacto
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== a results box right under the menu, no heading of its own: the menu's last item goes with the menu =====
    "en_box_under_menu_full": """\
R Skip to main content
R Home
R Elections
R Senate
R House
R Governor
R Results
R Map
A Ruben Gallego
A Democratic
A 1,676,335
A 50.1%
A Kari Lake
A Republican
A 1,595,761
A 47.7%
A 99% of expected vote counted
A Democrat Ruben Gallego has won the Senate race in Arizona, defeating Republican Kari Lake and keeping the seat in his party's hands.
A Gallego, a five-term congressman and former Marine, will succeed the independent senator Kyrsten Sinema.
A Lake, a former television anchor, lost the race for governor two years ago.
R Share
R Facebook
R Email
R More from Elections
R Arizona voters approve abortion rights amendment
R About our election results
R Terms of Use
R Privacy Policy
""",
    # ===== a results box at the tail over a rail of teasers with their comment counts =====
    "de_box_over_rail_extract": """\
T Landtagswahl in Thüringen: AfD stärkste Kraft
A Die AfD ist bei der Landtagswahl in Thüringen erstmals stärkste Kraft in einem Bundesland geworden.
A Die CDU landet auf Platz zwei, das Bündnis Sahra Wagenknecht zieht aus dem Stand in den Landtag ein.
A Die Parteien der Ampel erleben ein Debakel: Grüne und FDP scheitern an der Fünf-Prozent-Hürde.
A Sitzverteilung im Landtag
A AfD
A 32 Sitze
A 32,8 %
A CDU
A 23 Sitze
A 23,6 %
A BSW
A 15 Sitze
A 15,8 %
A Linke
A 12 Sitze
A 13,1 %
R Mehr zum Thema
R Höcke will Ministerpräsident werden
R 214 Kommentare
R Wie geht es jetzt weiter in Erfurt?
R 87 Kommentare
""",
    # ===== a poll table one cell a line, dates in French figures, a footer with pagination =====
    "fr_sondages_table_full": """\
R Accueil
R Politique
R Sondages
T Les derniers sondages pour la présidentielle
R Publié le 12/03/2025
A Voici les dernières enquêtes publiées sur les intentions de vote au premier tour de l'élection présidentielle.
A Jordan Bardella reste largement en tête dans toutes les enquêtes, devant Édouard Philippe.
A Institut
A Date
A Bardella
A Philippe
A Mélenchon
A Ifop
A 05/03/2025
A 35
A 20
A 12
A Elabe
A 28/02/2025
A 33
A 19
A 13
A Ces sondages ne sont pas des prédictions mais des photographies de l'opinion à un instant donné.
R Pages
R 1
R 2
R 3
R Suivant
R Mentions légales
R Nous contacter
""",
    # ===== short rows of a poll closing the text, a menu with figures under them =====
    "pl_sondaz_extract": """\
T Nowy sondaż. KO wyprzedza PiS o cztery punkty
A Koalicja Obywatelska prowadzi w najnowszym sondażu przeprowadzonym dla jednej z telewizji.
A Na drugim miejscu znalazło się Prawo i Sprawiedliwość, a podium zamyka Konfederacja.
A Wyniki sondażu:
A KO 33,5
A PiS 29,1
A Konfederacja 14,2
A Lewica 7,3
A PSL 5,1
R Polsat 2
R TVN 24
R Radio 357
R Udostępnij
""",
    # ===== a referendum's two rows closing the text, a tag list with years under them =====
    "pt_referendo_extract": """\
T Referendo local: moradores aprovam nova ponte sobre o rio
A Os moradores do concelho aprovaram no domingo a construção de uma nova ponte sobre o rio, em referendo local.
A A participação foi de 41 por cento, acima do mínimo exigido para o resultado ser vinculativo.
A A câmara municipal prometeu lançar o concurso público até ao final do ano.
A Resultado
A Sim 58,4%
A Não 41,6%
R Etiquetas
R Autárquicas 2025
R Legislativas 2025
R Europeias 2024
R Partilhar
""",
    # ===== a seats box at the head under the headline and stamp, a category list with counts after the text =====
    "nl_zetels_head_full": """\
R Home
R Nieuws
R Politiek
T Uitslag gemeenteraad Utrecht: GroenLinks blijft de grootste
R 17 maart 2022, 23:40
A GroenLinks
A 12
A -1
A D66
A 7
A +1
A VVD
A 5
A -1
A GroenLinks blijft met twaalf zetels de grootste partij in de Utrechtse gemeenteraad, ondanks het verlies van één zetel.
A D66 wint er een zetel bij en wordt de tweede partij van de stad, de VVD verliest er een.
R Onderwerpen
R Politiek
R 128
R Verkiezingen
R 54
R Utrecht
R 312
R Privacyverklaring
R Cookie-instellingen
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a results widget's link to the whole results under the page's text ("Alle Ergebnisse im Überblick"): the same
    # words head a results list inside an article ("Alle Ergebnisse im Überblick:" over its rows), no table's line
    "de_wahlkreis_full": 1,
    # a live page's head: its section names ("US Election 2024", "Live"), "Live updates" and the desk's credit line
    # over the first entry's time: a live blog's head, the live35 probe's ground, which reads entries by their stamps
    "en_live_ticker_full": 4,
    # a teaser's headline under "Más información", which cookie-notice took as a banner's button: no teaser heading
    # is left over it to list it under
    "es_generales_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an election story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Labour has won a landslide victory in the general election, ending fourteen years of Conservative government.",
        "The party passed the 326 seats needed for a majority in the early hours of Friday, as results came in across England.",
        "Turnout fell to its lowest level since 2001, with fewer than six in ten registered voters casting a ballot.",
    ],
    "de": [
        "Die Union hat die Bundestagswahl klar gewonnen und kommt nach dem vorläufigen Endergebnis auf 28,5 Prozent.",
        "Die AfD verdoppelt ihr Ergebnis und wird mit 20,8 Prozent zweitstärkste Kraft im neuen Bundestag.",
        "Die Wahlbeteiligung lag so hoch wie seit der Wiedervereinigung nicht mehr, teilte die Bundeswahlleiterin mit.",
    ],
    "nl": [
        "De PVV van Geert Wilders is de grote winnaar van de Tweede Kamerverkiezingen van woensdag.",
        "De partij komt volgens de voorlopige uitslag uit op 37 zetels, ruim twee keer zoveel als bij de vorige verkiezingen.",
        "De opkomst lag met bijna 78 procent iets lager dan twee jaar geleden, meldt het ANP op basis van de tellingen.",
    ],
}

_CO, _BY, _CH = "copyright", "byline", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Enter a postcode or constituency name", _CH),
    ("en", "Select a constituency", _CH),
    ("en", "See full national results", _CH),
    ("de", "Dieses Thema im Programm: Tagesschau, 18.03.2025, 17:00 Uhr", _CO),
    ("de", "Über dieses Thema berichtete NDR Info am 18. März 2025 um 17:00 Uhr.", _CO),
    ("nl", "Door onze politieke redactie", _BY),
    ("nl", "Door de parlementaire redactie", _BY),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Voters can enter a postcode or constituency name on the commission's site to find their polling station."),
    ("en", "Select a constituency on the map and the full national results appear beside it, the broadcaster said."),
    ("de", "Über dieses Thema berichtete die Zeitung bereits am Montag ausführlich, wie die Sprecherin bestätigte."),
    ("de", "Dieses Thema im Programm der Parteien spielte im Wahlkampf kaum eine Rolle, sagte der Politologe."),
    ("nl", "Door onze politieke redactie werd de uitslag al vroeg op de avond voorspeld, schreef de hoofdredacteur."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


_FOOTER = ["Share", "Facebook", "Privacy Policy", "Terms of Use", "Contact us", "Copyright 2024 Example Media. All rights reserved."]


@pytest.mark.parametrize(
    ("story", "box"),
    [
        (
            "The Green Party's co-leader Carla Denyer won the seat from Labour, the party's best result at a general election.",
            ["Results", "Carla Denyer", "Green Party", "24,539 votes", "56.6% share", "Thangam Debbonaire", "Labour Party", "14,132 votes", "32.6% share", "Turnout 72.1%"],
        ),
        (
            "Geert Wilders said on election night that the PVV could no longer be ignored by the other parties.",
            ["Seats", "PVV", "37", "+20", "GL-PvdA", "25", "+8", "VVD", "24", "-10"],
        ),
        (
            "The Green candidate Hanna Steinmüller held the Berlin seat, slightly improving on her result from 2021.",
            ["Erststimmen", "Hanna Steinmüller", "Grüne", "31,2 %", "Annika Klose", "SPD", "18,4 %", "Ottilie Klein", "CDU", "17,9 %"],
        ),
        (
            "Two polls published this week, by Forsa and by Infratest dimap, put the conservatives clearly ahead.",
            ["Poll", "Forsa", "22.04.2025", "26", "25", "Infratest dimap", "17.04.2025", "27", "24"],
        ),
    ],
)
def test_a_results_box_one_cell_a_line_stays_at_the_tail_and_the_footer_goes(story: str, box: list[str]) -> None:
    page = [*TEXT["en"], story, *box, *_FOOTER]
    lost_lines, gone = _kept(page)
    assert lost_lines == [*_FOOTER], gone


def test_a_results_box_one_cell_a_line_stays_at_the_head_under_the_menu() -> None:
    menu = ["Home", "News", "Politics", "Elections", "Sport", "Weather", "Results", "Maps"]
    box = ["Carla Denyer", "Green Party", "24,539 votes", "56.6% share", "Thangam Debbonaire", "Labour Party", "14,132 votes", "32.6% share"]
    story = "The Green Party's co-leader Carla Denyer won the seat from Labour, the party's best result at a general election."
    lost_lines, gone = _kept([*menu, *box, story, *TEXT["en"]])
    assert lost_lines == menu, gone


def test_a_box_of_names_the_story_does_not_speak_of_still_goes() -> None:
    # (a weather strip's towns and temperatures, a sidebar's table: the box's shape, none of its names the story's)
    for box in (
        ["Weather", "Rome", "18,5", "Milan", "16,3", "Naples", "12,1"],
        ["Table", "Inter", "28", "+15", "Napoli", "26", "+12", "Atalanta", "25", "+9"],
    ):
        lost_lines, gone = _kept([*TEXT["en"], *box, *_FOOTER])
        assert lost_lines == [*box, *_FOOTER], gone


def test_a_markets_box_of_levels_still_goes() -> None:
    box = ["FTSE 100", "8,164.12", "+0.42%", "FTSE 250", "19,502.55", "-0.18%"]
    story = "The FTSE 100 closed higher on Tuesday as investors bet on an early cut in interest rates."
    lost_lines, gone = _kept([story, *TEXT["en"], *box, *_FOOTER])
    assert lost_lines == [*box, *_FOOTER], gone


@pytest.mark.parametrize(
    "run",
    [
        ["Topics", "Politics", "12", "Sport", "8", "World", "5"],  # a category list, a bare count beside each name
        ["Pages", "1", "2", "3", "Next"],  # pagination: no name between the figures
        ["Radio 1", "Radio 2", "Radio 4", "Radio 6", "Sounds"],  # a menu's names with a figure, no result's mark
        ["Election 2024", "Euro 2024", "Budget 2024", "Olympics 2024"],  # a year is no result
    ],
)
def test_a_menu_with_figures_after_the_article_still_goes(run: list[str]) -> None:
    lost_lines, gone = _kept([*TEXT["en"], *run, *_FOOTER])
    assert lost_lines == [*run, *_FOOTER], gone


def test_a_run_of_short_result_rows_closing_the_text_stays() -> None:
    rows = ["FdI 30,1", "Pd 22,8", "M5S 12,0", "Lega 8,6"]
    lost_lines, gone = _kept([*TEXT["en"], "Latest poll", *rows, *_FOOTER])
    assert lost_lines == _FOOTER, gone
    rows = ["Labour 412 (+211)", "Conservative 121 (-251)", "SNP 9 (-39)", "Others 24"]
    lost_lines, gone = _kept([*TEXT["en"], *rows, *_FOOTER])
    assert lost_lines == _FOOTER, gone


def test_a_referendums_two_rows_stay_and_two_shares_of_no_whole_go() -> None:
    lost_lines, gone = _kept([*TEXT["en"], "Result", "Yes 58.4%", "No 41.6%", *_FOOTER])
    assert lost_lines == _FOOTER, gone
    run = ["Sale 30%", "Clearance 50%"]  # (a shop's menu: its shares add up to no whole)
    lost_lines, gone = _kept([*TEXT["en"], *run, *_FOOTER])
    assert lost_lines == [*run, *_FOOTER], gone


def test_poll_rows_over_a_menu_of_names_with_figures_keep_the_rows_alone() -> None:
    rows, menu = ["KO 33,5", "PiS 29,1", "Konfederacja 14,2", "Lewica 7,3"], ["Polsat 2", "TVN 24", "Radio 357"]
    lost_lines, gone = _kept([*TEXT["en"], *rows, *menu, *_FOOTER])
    assert lost_lines == [*menu, *_FOOTER], gone


def test_a_poll_tables_dates_stay_and_a_pages_stamp_still_goes() -> None:
    table = ["Forsa", "22.04.2025", "26", "25", "Infratest dimap", "17.04.2025", "27", "24"]
    story = "Zwei neue Umfragen von Forsa und Infratest dimap sehen die Union weiter klar vor der AfD."
    lost_lines, gone = _kept([*TEXT["de"], story, *table, "Für die Erhebung wurden 1.321 Wahlberechtigte befragt."])
    assert lost_lines == [], gone
    # (one date under a name over two figures: no table's rows)
    page = ["Anna Berger", "22.04.2025", *TEXT["de"]]
    lost_lines, gone = _kept(page)
    assert "22.04.2025" in lost_lines, gone


if __name__ == "__main__":
    report(CASES)
