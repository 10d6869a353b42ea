# ruff: noqa: E501  (article lines and links run as long as the text they stand for)
"""mail30: a probe of three genres earlier probes covered little, scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt, nl, pl, sv and ja:

- email newsletters' web versions and archives (Mailchimp, Substack, Beehiiv, Buttondown, Brevo): "View this email in
  your browser", "Forwarded this email? Subscribe here", "You are receiving this email because …", "Unsubscribe | Update
  your preferences", Mailchimp's "Our mailing address is:" block under the ©, sponsor lines and blocks ("Together with
  X", "SPONSORED"), referral prompts, "Share this newsletter", the issue's table of contents; and the letter's own
  items (the article: its "In this issue I also wanted to …" sentences, its curated links, its sign-off "See you next
  Friday," over "Anna");
- press-wire releases (PR Newswire, Business Wire, GlobeNewswire, ots/APA, presseportal, Cision, PR TIMES): the wire's
  dateline glued to the first sentence (kept), "SOURCE X" / "FUENTE X", "View original content …", "Voir la version
  source sur businesswire.com : …", "Logo - https://…", the ots formula, "Pressmeddelande", attachments. Editorial
  decisions (as test_html_redteam28's): the "About X" boilerplate and the media contact are ``T`` (the README's
  ``about_box`` option takes them); the forward-looking statements are ``T`` too: the task's brief calls them part of
  the release, but ``en``'s syndication table takes them on purpose since f6aa1ba, with tests in test_lang_en_2
  (``R`` there): a project decision this probe does not flip (said in the report);
- podcast episode pages: "Listen on Apple Podcasts · Spotify", "Download MP3", the episode's data row "Episode 142 ·
  54 min · March 6, 2024", chapter timestamps (``A``: the show notes), "Transcript" sections (``A``), "Support the show",
  Patreon/Steady/Patronite calls, "Subscribe to the podcast".

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, wire datelines, About boxes, contacts).

- round 1, blind (written before reading the passes): 32 pages, 216 ``A`` lines, 193 ``R``.
- round 2, after the changes, aimed at them: 9 pages, 49 ``A``, 19 ``R``: the added words in an article's sentences (a
  phishing mail quoted, "Refer 3 friends and get a discount, the flyer promised.", "The show is available on Spotify and
  Apple Podcasts.", "Together with Anna Berg, he …", "Presentato da Banca Verde, il rapporto …", 配信停止 in prose), a
  letter's closing with a name and a role, a closed last line over a menu, a Swedish club letter's "Vänliga hälsningar,"
  over "Styrelsen".

Measured on main 9f0d851: round 1 lost 2 ("Anna" and "Tom": a newsletter's writer's name under its closing, taken by
edge-furniture as a short line in the footer's run), left 92 (on every newsletter page of de, fr, es, it, nl, pl, sv
and ja the whole e-mail frame; on every podcast page but en's the platform row, the episode's data row and the support
and subscribe calls; Beehiiv's sponsor, referral and footer lines; the wires' "FUENTE", "Voir la version source", ots
formula); round 2 lost 0, left 12.

After: round 1 lost 0, left 20; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). Removing the e-mail frame
made three more names go on the way (Lucía, Claire, Marek: their footer gone, the name was the page's last short line),
which the signer rule below keeps. The changes, each with what it still takes and what it keeps (tests below):

- ``signup.newsletter`` (newsletter-prompt), per language, whole lines only: the e-mail frame of a newsletter's web page
  in de, fr, es, it, nl, pl, sv and ja ("Im Browser ansehen", "Voir la version en ligne", "Ver este correo en el
  navegador", "Visualizza questa email nel browser", "Bekijk deze e-mail in je browser", "Wyświetl wiadomość w
  przeglądarce", "Visa i webbläsaren", "ブラウザで表示する"); "you are receiving this e-mail because …" in each (the reason
  without a comma or a quotation mark after it, as en's: "Sie erhalten diese Nachricht, weil Ihr Konto gesperrt wurde,
  heißt es in der Mail." is a story quoting a phishing mail, and stays); the footer's row of two or more of unsubscribe,
  preferences, view in browser, forward (a sentence about unsubscribing is no row); "Transférer à un ami", "Stuur door
  naar een vriend", "Comparte este boletín con tus amigos"; es's "¿Te han reenviado este correo? Suscríbete aquí";
  pt's Substack prompt "Obrigado por ler …! Inscreva-se …"; a podcast's support call on its platform ("Unterstütze
  unseren Podcast auf Steady!", "Soutenez-nous sur Patreon", "Hazte mecenas en Patreon …", "Sostieni il podcast su
  Patreon", "Wesprzyj nas na Patronite") and subscribe call ("Abonniere uns, damit du keine Folge verpasst.",
  "Abonnez-vous au podcast …", "Suscríbete a nuestro pódcast", "Iscriviti per non perdere le prossime puntate",
  "Abonneer je op de podcast", "Subskrybuj podcast", "Prenumerera på podden", "番組をフォローして…お聴きください"); en:
  "Forwarded this email? Subscribe here for more", the referral prompts ("Refer 3 friends and get …" without a comma:
  "…, the flyer promised." stays; "Your referral link: https://…"; "You currently have 0 referrals."), "… or
  unsubscribe here.", "Become a member on Patreon …", "Support X on Patreon"; and in ``promos.cta`` (call-to-action) "Listen and
  subscribe on …, or wherever you get your podcasts." Sentences that merely hold the words ("Fans can support the artist on Patreon, where …", "She
  became a member on Patreon in 2019 …", "Readers who unsubscribe within a month …") stay.
- ``credits.ad_marker`` (ad-marker): a newsletter's sponsor line alone, a name of up to four capitalised words after
  "Together with", "Presented by", "In partnership with", "Brought to you by" (en) and "Presentato da" (it); a sentence
  ("Together with Anna Berg, he launched …") has more than the name.
- ``credits.syndication`` (copyright): es's "FUENTE X" in capitals (as en's "SOURCE X"; "Fuente: INE" has its colon and
  lower case), fr's "Voir la version source sur businesswire.com : https://…", the ots formula (de), sv's label
  "Pressmeddelande" alone (as en's "Press release").
- ``widgets.chrome`` (site-chrome), language-neutral: a row of two or more listening platforms (Apple Podcasts,
  Spotify, Deezer, iVoox, Podme, …) parted by dots, bars, commas or a conjunction, with at most a four-word label before
  them and two short words after ("で聴く"), no sentence's end ("The show is available on Spotify and Apple Podcasts."
  stays); an episode's data row: a length parted by spaced dots or bars from its number ("Episode 142", "Folge 87",
  "第58回") or a date with its year, at most two of each (a comparison table's row "Limpa X3 | 299 € | 120 min | 8,5"
  and a recipe card's "Prep 15 min · Cook 45 min" stay, and so does a length alone); the download link's file type
  now also MP3 and M4A ("Herunterladen (MP3, 58 MB)"); it's "Scarica l'episodio".
- ``edge_contacts._closing_salutation`` with ``kept`` and its two callers in ``edge_headings.inner_headings`` (the
  structure helper's files: a small change, said in the report): a newsletter's writer's name (up to three words, no
  figure, no sentence), with a role under it, stays under the article's last kept line when that line's last sentence
  is a closing ending on a comma of up to eight words ("See you next week," / "Tom", "That's all for this week. See you
  next Friday," / "Anna", "Un abrazo y hasta el próximo jueves," / "Lucía"), the footer's residue or the page's end
  right under it. A menu under a line closed by a full stop still goes ("Thanks for reading." / "Home").

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against main 9f0d851: no dev or fixture input moved; of the old probes, four pages (each
in two case lists): redteam14b's fr_podcast loses its residue "Abonnez-vous au podcast" (better); genre25's
es_podcast_naive, redteam18's and redteam19's podcast pages lose the same lines as before, by other passes (the episode's
data row "March 4, 2025 · 48 min" and "Descargar episodio (MP3, 48 MB)" by site-chrome; redteam18's headline, ``T``, by
newsletter-box instead of title-line, its data row gone before it).
``python tests/test_mail30.py`` (from the repository root, ``PYTHONPATH=.``) prints the numbers.

left33: fr_newsletter_web's "Au sommaire :" and its three entries go now (table-of-contents' issue contents at the head, widgets.issue_heading).
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, kept_lines, lost, removed, report, tagged_probe_tests

import cleaner
from cleaner import vocab

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== newsletters =====
    "en_mailchimp_full": """\
R View this email in your browser
R Forwarded this email? Subscribe here for more
T The Harbour Weekly — Issue #87
R In this issue:
R Ferry timetable changes
R New bakery on Quay Street
R Council budget vote
A Good morning, and welcome back to the Harbour Weekly.
A The ferry company confirmed on Monday that the winter timetable will start two weeks earlier than usual, on October 14.
A Sailings to the island will drop from six a day to four, and the last boat back will leave at 6:40 pm instead of 8:15 pm.
A Commuters who work late shifts at the hospital say the change leaves them with no way home, and a petition has already gathered 1,400 signatures.
A Over on Quay Street, the Crumb & Co bakery opens its doors on Saturday in the old post office building.
A Owner Mia Torres told us she plans to bake with flour from the mill at Ashby and to sell yesterday's bread at half price.
A The council votes on its draft budget next Thursday, and the library's opening hours are on the list of possible cuts.
A You can read the full draft on the council's website and send comments until Wednesday evening.
A That's all for this week. See you next Friday,
A Anna
R Share this newsletter:
R Facebook Twitter LinkedIn Email
R Copyright © 2024 Harbour Weekly, All rights reserved.
R You are receiving this email because you opted in via our website.
R Our mailing address is:
R Harbour Weekly
R 12 Quay Street
R Portwell, PW1 4AB
R United Kingdom
R Add us to your address book
R Want to change how you receive these emails?
R You can update your preferences or unsubscribe from this list.
""",
    "en_substack_post": """\
T The quiet collapse of the mid-sized airport
R Subscribe
R Sign in
R Share this post
R Dan Whitcombe
R Mar 3, 2024
R 42
R 11
R Share
A Last year, three regional airports in the Midwest lost their last scheduled passenger flight.
A None of them closed; they still take private jets, cargo and the odd charter, but the terminal lights are off most nights.
A The pattern is the same everywhere: an airline trims a route to twice a week, passengers drive two hours to a hub instead, and the route dies.
A Pilot shortages made it worse, because the regional carriers that fly 50-seat jets were the first to lose captains to the majors.
A What interests me is what the towns do next.
A Some, like Eau Claire, paid a carrier a revenue guarantee of $3 million a year to keep flights going.
A Others turned the terminal into a training centre for aviation mechanics, which at least keeps the runway busy.
A I'll come back to the money side in next week's post, with the numbers from the federal subsidy programme.
R Thanks for reading The Runway Letter! Subscribe for free to receive new posts and support my work.
R Subscribe
R 42 Likes
R ·
R 3 Restacks
R 11 Comments
R Share
""",
    "en_beehiiv_sponsor": """\
T Morning Brew-style roundup: chips, tariffs and a very large squid
R Was this forwarded to you? Sign up here
R Together with Northwind Payroll
A Good morning. Markets ended the week flat, but chipmakers had their best five days since January.
R SPONSORED
R Payroll that runs itself
R Northwind Payroll handles taxes, benefits and compliance in 40 countries, so your team can stop chasing spreadsheets. Try it free for 30 days.
R Get started
A Chips: The rally came after two large cloud providers said they would double their spending on data centres next year.
A Analysts warned that much of that money will go to a handful of suppliers, and smaller firms may see little of it.
A Tariffs: The trade ministry said it will review steel duties in June, three months earlier than planned.
A Importers have asked for the review since prices for rolled steel rose 18% over the winter.
A Squid: Researchers off New Zealand filmed a colossal squid in its natural habitat for the first time.
A The animal, about two metres long, was a juvenile; adults can grow to more than seven metres.
R Share the Brew
R Refer 3 friends and get our sticker pack. Refer 10 and get a hoodie.
R Your referral link: https://brew.example.com/r/abc123
R You currently have 0 referrals.
R Update your email preferences or unsubscribe here.
R © 2024 Example Media Inc. 123 Main St, New York, NY 10001
""",
    "en_buttondown_links": """\
T Links for the week: Postgres, pagers and paper
A Hi all, a shorter one this week because I spent most of it moving house.
A Here are the things I read and liked:
A How we cut our Postgres vacuum time by 80% — a clear write-up of tuning autovacuum on a 4 TB table.
A Pagers are back, sort of — why some hospitals never stopped using them, and why that might be right.
A The paper notebook that survived a flood — a lovely short story about an engineer's field notes.
A In this issue I also wanted to answer a question from last week: several of you asked why I stopped recommending ORMs.
A I haven't; I just think they hide the one query that will eventually page you at 3 am.
T Reply to this email if you disagree, I read every answer.
A See you next week,
A Tom
R You're receiving this because you subscribed to Tom's Links.
R Unsubscribe · View in browser
R Powered by Buttondown
""",
    "de_brevo_newsletter": """\
R Wird diese E-Mail nicht richtig angezeigt? Hier klicken, um sie im Browser zu öffnen.
T Gartenbrief Nr. 34 – Frühling im Hochbeet
A Liebe Gartenfreundinnen und Gartenfreunde,
A der März war in diesem Jahr ungewöhnlich warm, und viele von Ihnen haben uns gefragt, ob man jetzt schon säen darf.
A Unsere Antwort: Radieschen, Spinat und Feldsalat vertragen die kühlen Nächte gut und können ab sofort ins Hochbeet.
A Tomaten und Paprika sollten Sie dagegen erst nach den Eisheiligen Mitte Mai auspflanzen.
A Wer jetzt schon Jungpflanzen auf der Fensterbank zieht, sollte sie tagsüber ins Freie stellen, damit sie sich abhärten.
A In unserem Markt in Freiburg zeigen wir am 23. März, wie man ein Hochbeet richtig schichtet.
A Die Teilnahme ist kostenlos, eine Anmeldung ist wegen der begrenzten Plätze aber nötig.
A Viel Freude beim Gärtnern wünscht Ihnen
A Ihr Team vom Gartenmarkt Breisgau
R Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.
R Newsletter abbestellen | Einstellungen ändern
R Gartenmarkt Breisgau GmbH · Industriestraße 8 · 79108 Freiburg
R Impressum | Datenschutz
""",
    "fr_newsletter_web": """\
R Voir la version en ligne
T La Lettre du vin – n° 112
R Au sommaire :
R Les vendanges 2024 en Bourgogne
R Trois bouteilles à moins de 15 euros
R Agenda
A Bonjour à toutes et à tous,
A Les vendanges se sont terminées fin septembre en Bourgogne, avec des rendements inférieurs de 30 % à la moyenne.
A La grêle d'avril et le mildiou de l'été ont touché surtout la Côte de Beaune, tandis que le Chablisien a été épargné.
A Les vignerons que nous avons rencontrés restent pourtant optimistes sur la qualité des raisins récoltés.
A Cette semaine, nous avons goûté trois bouteilles à moins de 15 euros, dont un aligoté de Bouzeron très réussi.
A Le salon des vins de Loire se tiendra à Angers du 3 au 5 février, et nous y serons le lundi.
A Bonne dégustation et à la semaine prochaine,
A Claire
R Vous recevez cet e-mail car vous êtes inscrit à La Lettre du vin.
R Se désinscrire | Gérer mes préférences
R Transférer à un ami
R © 2024 La Lettre du vin, tous droits réservés.
""",
    "es_newsletter_archive": """\
R Ver este correo en el navegador
R ¿Te han reenviado este correo? Suscríbete aquí
T Boletín de Ciencia Abierta #45
A Hola de nuevo,
A Esta semana el Consejo Superior de Investigaciones Científicas anunció que todos sus artículos serán de acceso abierto desde enero.
A La medida afecta a unos 14.000 trabajos al año y obligará a renegociar los contratos con las grandes editoriales.
A Hemos hablado con dos investigadoras del CSIC que llevan años publicando sus datos en repositorios públicos.
A Ambas coinciden en que el mayor problema no es el dinero, sino el tiempo que exige preparar los datos para que otros los reutilicen.
A También os recomiendo el informe de la Fundación COTEC sobre la ciencia ciudadana en España, publicado el martes.
A Si os dais de baja de alguna revista por su precio, contadnos cuál: estamos preparando un reportaje sobre ello.
A Un abrazo y hasta el próximo jueves,
A Lucía
R Comparte este boletín con tus amigos
R Has recibido este correo porque te suscribiste a Ciencia Abierta.
R Darse de baja | Actualizar preferencias
""",
    "it_newsletter_full": """\
R Visualizza questa email nel browser
R Presentato da Banca Verde
T Il Punto – la newsletter del lunedì
A Buongiorno,
A la settimana si apre con lo sciopero dei trasporti locali a Milano, previsto per venerdì dalle 8.45 alle 15.
A Metropolitane e tram potrebbero fermarsi, mentre i treni regionali dovrebbero circolare regolarmente.
A A Roma il consiglio comunale discute oggi il nuovo piano per le piste ciclabili, che prevede 150 chilometri entro il 2026.
A Le associazioni dei commercianti temono la perdita di parcheggi lungo le vie dello shopping.
A Infine, una buona notizia: il Museo Egizio di Torino resterà aperto fino alle 22 ogni giovedì d'estate.
A Alla prossima settimana,
A Giulia
R Hai ricevuto questa email perché sei iscritto alla newsletter Il Punto.
R Disiscriviti | Aggiorna le tue preferenze
R Copyright © 2024 Il Punto Srl, tutti i diritti riservati.
""",
    "pt_newsletter_substack": """\
T Crônica da semana: o preço do café
R Inscreva-se
R Entrar
R Compartilhar
A O café ficou 40% mais caro nos supermercados brasileiros desde janeiro, segundo o IBGE.
A A seca em Minas Gerais reduziu a colheita, e a demanda da China pelo grão brasileiro não para de crescer.
A Conversei com uma produtora do sul de Minas que perdeu quase metade da safra de arábica.
A Ela conta que muitos vizinhos estão trocando o café pelo eucalipto, que exige menos água e menos mão de obra.
A Nos cafés de São Paulo, o espresso já custa em média oito reais, e alguns donos cortaram o tamanho das xícaras.
A Na próxima edição volto ao tema com os números das exportações de agosto.
R Obrigado por ler a Crônica! Inscreva-se gratuitamente para receber novos posts.
R Compartilhar
R Deixe um comentário
""",
    "nl_newsletter_web": """\
R Bekijk deze e-mail in je browser
T De Fietsbrief – week 12
A Hoi allemaal,
A De gemeente Utrecht opent volgende week de nieuwe fietsenstalling onder het Stationsplein, met plek voor 6.000 fietsen.
A De eerste 24 uur parkeren blijft gratis, daarna betaal je 1,35 euro per dag.
A In Amsterdam is het experiment met de fietsstraat op de Weesperzijde na drie maanden verlengd.
A Omwonenden klagen wel over de snelheid van elektrische fietsen, en de gemeente overweegt extra drempels.
A Tot slot: de Fietsersbond zoekt vrijwilligers voor de jaarlijkse fietstelling op 12 april.
A Groet,
A Sanne
R Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Fietsbrief.
R Afmelden | Voorkeuren wijzigen
R Stuur door naar een vriend
""",
    "pl_newsletter_full": """\
R Wyświetl wiadomość w przeglądarce
T Tygodnik Technologiczny nr 58
A Cześć,
A w tym tygodniu Ministerstwo Cyfryzacji przedstawiło projekt ustawy o sztucznej inteligencji.
A Nowe przepisy mają wdrożyć unijny AI Act i powołać urząd, który będzie nadzorował systemy wysokiego ryzyka.
A Branża krytykuje krótkie konsultacje, które potrwają tylko 14 dni.
A Polecamy też rozmowę z twórcami gry, która sprzedała się w milionie egzemplarzy w pierwszym tygodniu.
A Do usłyszenia za tydzień,
A Marek
R Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera.
R Wypisz się | Zmień ustawienia
R © 2024 Tygodnik Technologiczny. Wszelkie prawa zastrzeżone.
""",
    "sv_newsletter_web": """\
R Visa i webbläsaren
T Veckans matbrev
A Hej!
A Den här veckan har vi lagat mat med rotfrukter, som är billiga och goda så här års.
A Prova att ugnsbaka palsternacka med honung och timjan i 40 minuter på 200 grader.
A Våra läsare har skickat in över 300 recept på pytt i panna, och vi publicerar de bästa nästa vecka.
A Glöm inte att priset på smör har stigit med 15 procent sedan i höstas, enligt Statistiska centralbyrån.
A Vi ses nästa fredag!
A Karin
R Du får det här mejlet eftersom du prenumererar på Veckans matbrev.
R Avregistrera dig | Ändra inställningar
""",
    "ja_newsletter_web": """\
R ブラウザで表示する
T 週刊まちづくり通信 第21号
A いつも週刊まちづくり通信をお読みいただきありがとうございます。
A 今週は、市が発表した中心市街地の再開発計画についてお伝えします。
A 計画では、駅前の旧百貨店跡地に図書館と保育所を備えた複合施設を建てる予定です。
A 完成は2027年春を見込んでおり、事業費は約85億円とされています。
A 一方で、商店街の店主からは工事中の客足の減少を心配する声も上がっています。
A 市は来月、住民向けの説明会を3回開く予定です。
A それでは、また来週お会いしましょう。
R このメールは、週刊まちづくり通信にご登録いただいた方にお送りしています。
R 配信停止はこちら
R 配信設定の変更
R Copyright © 2024 まちづくり通信 All Rights Reserved.
""",
    # ===== press-wire releases =====
    "en_prnewswire_full": """\
R News provided by
R Acme Robotics Inc.
R Mar 05, 2024, 08:00 ET
R Share this article
T Acme Robotics Opens $120 Million Factory in Ohio, Creating 400 Jobs
T COLUMBUS, Ohio, March 5, 2024 /PRNewswire/ -- Acme Robotics Inc. (NASDAQ: ACMR), a maker of warehouse automation systems, today opened its largest factory to date in Columbus, Ohio.
A The 300,000-square-foot plant will build the company's autonomous forklifts and pallet shuttles for customers in North America.
A Production will start with 40 units a week and reach 150 units a week by the end of 2025.
A "Ohio gives us the skilled workforce and the logistics network we need to grow," said Maria Chen, chief executive officer of Acme Robotics.
A The State of Ohio supported the project with a job creation tax credit worth $8.5 million over ten years.
A Hiring has begun for production technicians, engineers and quality inspectors, with training provided at Columbus State Community College.
T About Acme Robotics
T Acme Robotics Inc. designs and manufactures autonomous material handling systems used by more than 900 warehouses worldwide. For more information, visit www.acmerobotics.com.
T Forward-Looking Statements
T This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about production volumes and hiring plans.
T Actual results may differ materially because of risks described in the company's filings with the Securities and Exchange Commission.
T Media Contact:
T Jane Park
T press@acmerobotics.com
T +1 614-555-0182
R Logo - https://mma.prnewswire.com/media/2345678/Acme_Robotics_Logo.jpg
R View original content to download multimedia:https://www.prnewswire.com/news-releases/acme-robotics-opens-factory-302080000.html
R SOURCE Acme Robotics Inc.
R WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?
R 440k+ Newsrooms & Influencers
R 9k+ Digital Media Outlets
R 270k+ Journalists Opted In
R GET STARTED
""",
    "en_businesswire_extract": """\
T SAN FRANCISCO--(BUSINESS WIRE)--Cloudline Software, Inc. today announced the general availability of Cloudline Vault, a backup service for Kubernetes clusters.
A Cloudline Vault takes application-consistent snapshots of clusters every fifteen minutes and stores them in a separate cloud account.
A In tests with early customers, restoring a 2 TB cluster took less than twelve minutes.
A "Teams told us that their backup scripts broke every time they upgraded Kubernetes," said Raj Patel, co-founder of Cloudline.
A Pricing starts at $0.04 per gigabyte per month, with a free tier for clusters under 50 GB.
A The service is available today in North America and Europe, with Asia-Pacific regions to follow in the third quarter.
T About Cloudline Software
T Cloudline Software builds data protection tools for cloud-native applications. The company is backed by Northgate Ventures and is based in San Francisco.
R View source version on businesswire.com: https://www.businesswire.com/news/home/20240312005123/en/
T Contacts
T Emily Ross
T emily.ross@cloudline.io
""",
    "en_globenewswire_results": """\
T Nordfjord Seafood Reports Fourth Quarter 2023 Results
R February 14, 2024 07:00 ET | Source: Nordfjord Seafood ASA
R Follow
R Share
T OSLO, Norway, Feb. 14, 2024 (GLOBE NEWSWIRE) -- Nordfjord Seafood ASA (OSE: NORD) reported revenue of NOK 2.1 billion for the fourth quarter of 2023, up 12% from a year earlier.
A Operating profit rose to NOK 310 million, helped by higher salmon prices and lower feed costs.
A Harvest volumes were 18,400 tonnes, slightly below guidance because of a storm that delayed operations in December.
A The board proposes a dividend of NOK 3.50 per share for 2023.
A The company will present the results in a webcast at 08:30 CET today; a recording will be available on its investor website.
A This information is subject to the disclosure requirements pursuant to Section 5-12 of the Norwegian Securities Trading Act.
T For further information, please contact:
T Lars Berg, CFO, +47 22 00 00 00
R Attachments
R Nordfjord Q4 2023 report
R Nordfjord Q4 2023 presentation
R Tags
R Seafood
R Earnings
R Related Links
R www.nordfjord.no
""",
    "de_ots_presseportal": """\
R Presseportal
R Alle Meldungen
R Suche
T Stadtwerke Lindau senken Strompreis zum 1. April
T Lindau (ots) - Die Stadtwerke Lindau senken zum 1. April 2024 den Arbeitspreis für Haushaltsstrom um 4,2 Cent je Kilowattstunde.
A Ein Haushalt mit einem Jahresverbrauch von 3.000 Kilowattstunden spart damit rund 150 Euro im Jahr.
A Grund für die Senkung sind die gefallenen Einkaufspreise an der Strombörse.
A "Wir geben die günstigeren Konditionen vollständig an unsere Kundinnen und Kunden weiter", sagt Geschäftsführer Thomas Huber.
A Die Kundinnen und Kunden werden in den nächsten Tagen per Brief über die neuen Preise informiert.
A Ein Sonderkündigungsrecht besteht nicht, da der Preis sinkt.
T Pressekontakt:
T Stadtwerke Lindau
T Sabine Maier
T Telefon: 08382 704-123
T E-Mail: presse@stadtwerke-lindau.de
R Original-Content von: Stadtwerke Lindau, übermittelt durch news aktuell
R Weitere Storys: Stadtwerke Lindau
R Weitere Storys: Stadtwerke Lindau
R Drucken
R Teilen
""",
    "de_ots_apa": """\
T Wien (OTS) - Der Verein Lesefreude startet im Mai eine neue Leseaktion an 120 Wiener Volksschulen.
A Kinder der dritten und vierten Klassen bekommen jeweils ein Buch geschenkt und können es in der Klasse gemeinsam lesen.
A Die Aktion wird von der Stadt Wien und mehreren Verlagen mit insgesamt 80.000 Euro unterstützt.
A Im Herbst sollen weitere Schulen in Niederösterreich und im Burgenland dazukommen.
A Lehrerinnen und Lehrer erhalten zusätzlich Unterrichtsmaterialien und ein kurzes Online-Training.
T Rückfragehinweis:
T Verein Lesefreude
T Mag. Eva Gruber
T Telefon: +43 1 555 12 34
T E-Mail: office@lesefreude.at
R OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NEF0004
""",
    "fr_businesswire_fr": """\
T PARIS--(BUSINESS WIRE)--Verdalia, spécialiste des emballages compostables, annonce une levée de fonds de 25 millions d'euros.
A Le tour de table est mené par le fonds Impact Capital, avec la participation de Bpifrance et des investisseurs historiques.
A Ces fonds permettront à l'entreprise d'ouvrir une deuxième usine près de Lyon d'ici à la fin de l'année 2025.
A Verdalia produit aujourd'hui 40 millions de barquettes par an pour la grande distribution et la restauration rapide.
A « Les nouvelles règles européennes sur les emballages accélèrent la demande », explique sa présidente, Camille Laurent.
T À propos de Verdalia
T Fondée en 2018 à Nantes, Verdalia conçoit et fabrique des emballages alimentaires compostables à base de fibres végétales.
R Voir la version source sur businesswire.com : https://www.businesswire.com/news/home/20240410005321/fr/
T Contacts presse
T Agence Lumière – Julie Martin
T julie.martin@agencelumiere.fr
""",
    "es_prnewswire_es": """\
T MADRID, 12 de marzo de 2024 /PRNewswire/ -- Solaria Verde ha completado la construcción de su mayor planta fotovoltaica en Extremadura.
A La instalación, de 300 megavatios, producirá electricidad suficiente para abastecer a 150.000 hogares.
A El proyecto ha supuesto una inversión de 210 millones de euros y ha empleado a 800 personas durante las obras.
A La compañía prevé conectar la planta a la red eléctrica el próximo mes de junio.
A Además, Solaria Verde destinará parte de los terrenos a pastos para ovejas de ganaderos locales.
T Acerca de Solaria Verde
T Solaria Verde es una empresa española dedicada al desarrollo de proyectos de energía renovable.
R Logo - https://mma.prnewswire.com/media/2356789/Solaria_Verde_Logo.jpg
R FUENTE Solaria Verde
""",
    "sv_cision_release": """\
R Pressmeddelande
R 12 mars 2024 08:00
T Nordisk Batteri AB tecknar avtal med Volvo Cars
A Nordisk Batteri AB har tecknat ett avtal om leverans av battericeller till Volvo Cars under åren 2025 till 2030.
A Avtalet har ett beräknat värde om cirka 4 miljarder kronor.
A Leveranserna sker från bolagets fabrik i Västerås, som byggs ut med en ny produktionslinje.
A ”Avtalet är ett viktigt steg för oss och bekräftar vår teknik”, säger vd Anna Lindqvist.
A Denna information är sådan information som Nordisk Batteri AB är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning.
T För mer information, kontakta:
T Anna Lindqvist, vd, telefon 070-123 45 67
T Om Nordisk Batteri AB
T Nordisk Batteri AB utvecklar och tillverkar battericeller för elbilar. Bolaget är noterat på Nasdaq First North Growth Market.
R Bifogade filer
R Nordisk Batteri AB tecknar avtal med Volvo Cars
R Prenumerera
""",
    "ja_prtimes_release": """\
R プレスリリース
R 株式会社さくらフーズ
R 2024年3月12日 10時00分
T さくらフーズ、国産米粉を使ったパンの新シリーズを発売
A 株式会社さくらフーズは、国産米粉を100%使用したパンの新シリーズを4月1日から全国のスーパーで発売します。
A 小麦を使用していないため、小麦アレルギーのある方にも安心して召し上がっていただけます。
A 新シリーズは食パン、ロールパン、蒸しパンの3種類で、価格は税込280円からです。
A 原料の米粉はすべて新潟県産のコシヒカリを使用しています。
T 【会社概要】
T 会社名：株式会社さくらフーズ
T 所在地：新潟県新潟市中央区
R 本件に関するお問い合わせ先
R 企業プレスリリース詳細へ
R PR TIMESトップへ
R このプレスリリースをシェア
""",
    # ===== podcast episode pages =====
    "en_podcast_full": """\
R Home
R Episodes
R About
R Support the show
T Episode 142: How cities learned to love the heat pump
R Episode 142 · 54 min · March 6, 2024
R Listen on Apple Podcasts · Spotify · Google Podcasts · Overcast
R Download MP3
A This week we talk to Dr. Helen Sato, an energy engineer who spent ten years retrofitting social housing in Glasgow.
A She explains why heat pumps struggled in old tenement buildings and what finally made them work.
A We also discuss the new grant scheme and whether it will reach people who rent rather than own.
A Chapters
A 00:00 Introduction
A 03:15 Why tenements are hard to heat
A 18:40 The first failed pilot
A 32:05 Grants, landlords and tenants
A 47:30 What comes next
A Transcript
A Helen, thanks for coming on the show.
A Thanks for having me, it's a topic I could talk about for hours.
A Let's start with the buildings themselves: what makes a tenement so difficult?
A Thick stone walls, single glazing and a lot of shared spaces that nobody really owns.
R Support the show
R Become a member on Patreon for ad-free episodes and bonus interviews.
R Subscribe: Apple Podcasts | Spotify | RSS
R © 2024 Warm Homes Podcast
""",
    "en_podcast_extract": """\
T The Long Table, Ep. 58: Bread, rye and the Baltic
R 47 minutes
A In this episode, baker Ilse Kalnins tells us how she revived a 19th-century rye recipe from her grandmother's village in Latvia.
A We talk about sourdough starters that are older than their owners, and why rye needs a different kind of patience than wheat.
A Ilse also explains the tradition of baking bread for the midsummer festival, and what goes into it.
A Show notes:
A Ilse's bakery: Maiznica in Riga
A The book we mention: "The Rye Baker" by Stanley Ginsberg
A Recipe for the caraway rye loaf is on our website.
R Listen and subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.
R Support The Long Table on Patreon
""",
    "de_podcast_folge": """\
T Folge 87: Warum die Bahn nicht pünktlich ist
R Folge 87 · 62 Minuten · 14. März 2024
R Jetzt anhören auf Spotify, Apple Podcasts und Deezer
R Herunterladen (MP3, 58 MB)
A In dieser Folge sprechen wir mit dem Verkehrsforscher Jonas Weber über die Verspätungen der Deutschen Bahn.
A Er erklärt, warum ein großer Teil der Verspätungen auf marode Weichen und Stellwerke zurückgeht.
A Außerdem geht es um die Generalsanierung der Riedbahn und die Frage, ob sie als Vorbild taugt.
A Kapitelmarken:
A 00:00 Begrüßung
A 04:12 Wie Verspätungen gemessen werden
A 21:30 Die Riedbahn
A 45:10 Was jetzt passieren muss
R Unterstütze unseren Podcast auf Steady!
R Abonniere uns, damit du keine Folge verpasst.
""",
    "fr_podcast_episode": """\
T Épisode 31 – Les abeilles des villes
R 38 min | 7 mars 2024
R Écouter sur Apple Podcasts · Spotify · Deezer
A Dans cet épisode, nous rencontrons Paul Girard, apiculteur sur les toits de l'Opéra de Paris.
A Il raconte comment ses ruches produisent chaque année près de 200 kilos de miel.
A Nous parlons aussi de la concurrence entre abeilles domestiques et pollinisateurs sauvages en ville.
A Une étude récente montre que trop de ruches dans un même quartier peut nuire aux abeilles sauvages.
A Transcription
A Paul, comment êtes-vous devenu apiculteur sur un toit ?
A Un peu par hasard : un ami m'a confié une ruche il y a quinze ans, et je ne me suis jamais arrêté.
R Abonnez-vous au podcast pour ne manquer aucun épisode.
R Soutenez-nous sur Patreon
""",
    "es_podcast_episodio": """\
R Inicio
R Episodios
R Contacto
T Episodio 19: La crisis del agua en Doñana
R Episodio 19 · 45 min
R Escúchalo en Spotify, Apple Podcasts e iVoox
A En este episodio hablamos con la hidróloga Carmen Ruiz sobre el estado del acuífero de Doñana.
A Carmen explica por qué las lagunas permanentes del parque se han secado en los últimos años.
A También analizamos el acuerdo entre el Gobierno y la Junta de Andalucía para reducir los regadíos.
A Capítulos:
A 00:00 Presentación
A 02:40 Qué es un acuífero
A 19:55 Los regadíos ilegales
A 36:10 El futuro del parque
R Hazte mecenas en Patreon y escucha los episodios sin anuncios.
R Suscríbete a nuestro pódcast
""",
    "it_podcast_puntata": """\
T Puntata 64 – Il ritorno del lupo sulle Alpi
R 51 min · 5 marzo 2024
R Ascolta su Spotify · Apple Podcasts · Amazon Music
R Scarica l'episodio
A In questa puntata parliamo del ritorno del lupo sulle Alpi con la biologa Francesca Rossi.
A Secondo l'ultimo censimento in Italia vivono oggi più di 3.300 lupi, soprattutto lungo l'Appennino.
A Francesca racconta come gli allevatori del Trentino stanno imparando a proteggere le greggi con recinti e cani.
A Parliamo anche delle leggi europee che potrebbero ridurre il livello di protezione della specie.
R Sostieni il podcast su Patreon
R Iscriviti per non perdere le prossime puntate
""",
    "nl_podcast_aflevering": """\
T Aflevering 23: De Noordzee als energiecentrale
R Aflevering 23 · 49 minuten
R Luister via Spotify · Apple Podcasts · Google Podcasts
A In deze aflevering praten we met Pieter de Vries, ingenieur bij een bouwer van windparken op zee.
A Hij vertelt hoe een turbine van 15 megawatt in één dag op zijn fundering wordt gezet.
A We hebben het ook over de gevolgen voor vissers en over de bruinvissen die het lawaai van het heien niet verdragen.
A Hoofdstukken:
A 00:00 Intro
A 05:20 Bouwen op zee
A 28:45 Vissers en bruinvissen
R Word lid en steun onze podcast
R Abonneer je op de podcast
""",
    "pl_podcast_odcinek": """\
T Odcinek 45: Jak oszczędzać na emeryturę
R Odcinek 45 · 41 min
R Słuchaj na Spotify · Apple Podcasts · YouTube
A W tym odcinku rozmawiamy z doradczynią finansową Anną Kowalską o oszczędzaniu na emeryturę.
A Anna wyjaśnia, czym różnią się IKE i IKZE i dla kogo każde z nich jest korzystniejsze.
A Rozmawiamy też o tym, dlaczego warto zacząć oszczędzać jak najwcześniej, nawet małe kwoty.
A Rozdziały:
A 00:00 Wstęp
A 03:30 IKE czy IKZE
A 22:15 Pierwsze kroki
R Wesprzyj nas na Patronite
R Subskrybuj podcast
""",
    "sv_podcast_avsnitt": """\
T Avsnitt 12: Fjällens nya turister
R 36 min · 4 mars 2024
R Lyssna på Spotify · Apple Podcasts · Podme
A I det här avsnittet pratar vi med renskötaren Mattias Nilsson om den ökande turismen i fjällen.
A Han berättar om hur skoteråkare och vandrare stör renarna under kalvningen på våren.
A Vi pratar också om Länsstyrelsens nya regler för skoterleder i Jämtland.
R Bli medlem och stöd podden
R Prenumerera på podden
""",
    "ja_podcast_episode": """\
T 第58回 地方の本屋はなぜ消えるのか
R 2024年3月8日 ・ 42分
R Apple Podcasts ・ Spotify ・ Amazon Music で聴く
A 今回は、長野県で独立系書店を営む佐藤さんをゲストにお迎えしました。
A 全国の書店数はこの20年で半分近くに減り、書店のない自治体も増えています。
A 佐藤さんは、店でイベントを開いたり、カフェを併設したりして地域の人が集まる場所を作ってきました。
A 番組の後半では、出版社と書店の取引条件についても詳しくお話を伺いました。
A 00:00 オープニング
A 05:30 書店が減っている理由
A 25:10 地域の本屋の役割
R 番組へのご感想はこちらのフォームから
R 番組をフォローして最新エピソードをお聴きください
""",
    # ===== ROUND 2 (aimed at the rules added: controls that must survive, and the residue next to them) ==============
    "de_r2_phishing": """\
T Warnung vor gefälschten Mails der Sparkasse
A Die Verbraucherzentrale warnt vor einer neuen Welle gefälschter E-Mails, die angeblich von der Sparkasse stammen.
A Die Mails beginnen mit dem Satz:
A Sie erhalten diese Nachricht, weil Ihr Konto vorübergehend gesperrt wurde, heißt es darin.
A Wer auf den Link klickt, landet auf einer täuschend echten Seite, die Zugangsdaten abfragt.
A Viele Betroffene wollten den vermeintlichen Newsletter abbestellen und gaben dabei ihre Daten preis.
A Die Bank betont, dass sie niemals per E-Mail nach PIN oder TAN fragt.
A Abonniere uns nicht, schrieb ein Nutzer ironisch unter den Beitrag der Betrüger auf Facebook.
R Newsletter abbestellen | Einstellungen ändern
""",
    "en_r2_referrals": """\
T Why newsletters pay readers to recruit their friends
A Referral schemes have become the fastest way for small newsletters to grow, according to a survey of 400 writers.
A The typical offer is simple:
A Refer 3 friends and get a sticker pack, the flyer for one cooking letter promised.
A Readers who unsubscribe within a month are not counted, and writers say fraud is rare.
A The show is available on Spotify and Apple Podcasts.
A Together with Anna Berg, he launched the letter in 2019 from a kitchen table in Leeds.
A Forwarded this email to the police, one reader told us after receiving a fake referral reward.
A The walk from the station takes 45 min and climbs 300 metres.
A That's the story for now. We'll be back with more on Friday,
A Anna Berg
A Editor
R Update your email preferences or unsubscribe here.
R © 2024 Example Media Inc.
""",
    "en_r2_signoff_menu": """\
A The library will close for two weeks in August while the roof is repaired, the council said on Monday.
A Books can be returned at the town hall during the closure, and the mobile library will visit three villages.
A Thanks for reading.
R Home
R Archive
R About
R Contact
""",
    "es_r2_podcasts": """\
T El negocio de los pódcasts en español
A El consumo de pódcasts en España creció un 20 % el año pasado, según un estudio de la Universidad de Navarra.
A Muchos oyentes escuchan los programas en Spotify, Apple Podcasts e iVoox, y cada vez más en YouTube.
A Los creadores piden a su audiencia que se suscriba a su pódcast para aparecer en las listas de éxitos.
A Algunos usuarios se dan de baja de las plataformas de pago por el precio, señala el informe.
A Has recibido este correo porque eres cliente, decía el mensaje falso que circuló en marzo.
R Escúchalo en Spotify, Apple Podcasts e iVoox
R Suscríbete a nuestro pódcast
""",
    "it_r2_sponsor_prose": """\
T Il rapporto sulle banche locali
A Presentato da Banca Verde, il rapporto mostra che i prestiti alle piccole imprese sono calati del 6 per cento.
A I ricercatori hanno ricevuto questa email, perché erano nella lista dei relatori, e l'hanno girata ai giornalisti.
A Molti lettori si sono disiscritti dalla newsletter della banca dopo lo scandalo del 2022.
A Gli autori presenteranno lo studio a Milano il 14 marzo.
R Presentato da Banca Verde
R Disiscriviti | Aggiorna le tue preferenze
""",
    "fr_r2_podcast_prose": """\
T Les podcasts d'histoire séduisent les jeunes
A Les podcasts d'histoire comptent parmi les plus écoutés sur Deezer et Spotify en France, selon Médiamétrie.
A Certains auditeurs choisissent de soutenir le podcast sur Patreon, où ils reçoivent des épisodes inédits.
A Vous recevez cet e-mail car vous avez gagné un prix, affirmait un message frauduleux cité par l'émission.
A Un épisode dure en moyenne 38 min, contre 25 il y a cinq ans.
A Bonne écoute et à la semaine prochaine,
A Claire Morel
R Écouter sur Apple Podcasts · Spotify · Deezer
R Se désinscrire | Gérer mes préférences
""",
    "ja_r2_mail_prose": """\
T メール配信サービスの利用が拡大
A 企業のメール配信サービスの利用が広がっています。
A 配信停止の手続きが分かりにくいとして、消費者庁には年間300件以上の相談が寄せられています。
A 専門家は、ブラウザで表示する機能よりも、配信停止のリンクを目立たせるべきだと指摘しています。
A このメールは重要なお知らせです、と書かれた詐欺メールにも注意が必要です。
R 配信停止はこちら
R 配信設定の変更
""",
    "sv_r2_letter": """\
T Brev till medlemmarna
A Föreningen har i år fått ett bidrag på 50 000 kronor från kommunen för att rusta upp klubbstugan.
A Arbetet börjar i maj och vi behöver frivilliga som kan hjälpa till på lördagarna.
A Anmäl dig till styrelsen senast den 15 april.
A Vänliga hälsningar,
A Styrelsen
R Du får det här mejlet eftersom du är medlem i föreningen.
R Avregistrera dig | Ändra inställningar
""",
    "nl_r2_episode_rows": """\
T De podcast die elke week de krant uitlegt
A De podcast van de krant trekt inmiddels 200.000 luisteraars per week, meldt de uitgever.
A Een aflevering duurt gemiddeld 25 minuten en verschijnt elke ochtend om zes uur.
A Luisteraars kunnen de podcast volgen via Spotify en Apple Podcasts, maar ook via de eigen app.
A Vorige week stond aflevering 23 bovenaan de lijsten.
R Aflevering 24 · 26 minuten · 12 maart 2024
R Luister via Spotify · Apple Podcasts · Google Podcasts
""",
}

KNOWN_LOST: dict[str, list[str]] = {}  # (none: every article line of both rounds survives)

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    "de_ots_presseportal": 1,  # "Presseportal": the site's name alone over the release, a heading's shape
    # the sponsor block's heading, blurb and button under "SPONSORED" (which goes): an advertiser's pitch in prose, no
    # call to sign up; only its label tells it
    "en_beehiiv_sponsor": 3,
    # "Attachments" went; the files' names under it and the company's address under "Related Links": short lines
    # that read as a list of the release's own
    "en_globenewswire_results": 3,
    "en_podcast_extract": 1,  # "47 minutes" alone under the headline: a length alone stays (promos' duration table)
    # "Acme Robotics Inc." (the issuer's name under "News provided by"), and the wire's own footer pitch in capitals
    # with its three counts ("WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?", "440k+ Newsrooms & Influencers"):
    # one outlet's string, which no shape tells from a fact box's rows
    "en_prnewswire_full": 5,
    # "FUENTE Solaria Verde": the page is told no language while the passes run (a short release whose dateline and
    # boilerplate sway detection), so es's tables do not read it; with the language forced it goes
    "es_prnewswire_es": 1,
    # "Bifogade filer" (attachments) and the attached file's name, which repeats the headline
    "sv_cision_release": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an article per language, the residue line put before or after them
TEXT = {
    "en": [
        "The ferry company confirmed on Monday that the winter timetable will start two weeks earlier than usual.",
        "Sailings to the island will drop from six a day to four, and the last boat back will leave at 6:40 pm.",
        "Commuters who work late shifts at the hospital say the change leaves them with no way home.",
    ],
    "de": [
        "Die Stadtwerke Lindau senken zum 1. April den Arbeitspreis für Haushaltsstrom um 4,2 Cent je Kilowattstunde.",
        "Ein Haushalt mit einem Jahresverbrauch von 3.000 Kilowattstunden spart damit rund 150 Euro im Jahr.",
        "Grund für die Senkung sind die gefallenen Einkaufspreise an der Strombörse, sagt der Geschäftsführer.",
    ],
    "fr": [
        "Les vendanges se sont terminées fin septembre en Bourgogne, avec des rendements inférieurs de 30 % à la moyenne.",
        "La grêle d'avril et le mildiou de l'été ont touché surtout la Côte de Beaune, tandis que le Chablisien a été épargné.",
        "Les vignerons que nous avons rencontrés restent pourtant optimistes sur la qualité des raisins récoltés.",
    ],
    "es": [
        "El Consejo Superior de Investigaciones Científicas anunció que todos sus artículos serán de acceso abierto desde enero.",
        "La medida afecta a unos 14.000 trabajos al año y obligará a renegociar los contratos con las grandes editoriales.",
        "Ambas investigadoras coinciden en que el mayor problema no es el dinero, sino el tiempo que exige preparar los datos.",
    ],
    "it": [
        "La settimana si apre con lo sciopero dei trasporti locali a Milano, previsto per venerdì dalle 8.45 alle 15.",
        "Metropolitane e tram potrebbero fermarsi, mentre i treni regionali dovrebbero circolare regolarmente.",
        "A Roma il consiglio comunale discute oggi il nuovo piano per le piste ciclabili, che prevede 150 chilometri.",
    ],
    "pt": [
        "O café ficou 40% mais caro nos supermercados brasileiros desde janeiro, segundo o IBGE.",
        "A seca em Minas Gerais reduziu a colheita, e a demanda da China pelo grão brasileiro não para de crescer.",
        "Nos cafés de São Paulo, o espresso já custa em média oito reais, e alguns donos cortaram o tamanho das xícaras.",
    ],
    "nl": [
        "De gemeente Utrecht opent volgende week de nieuwe fietsenstalling onder het Stationsplein, met plek voor 6.000 fietsen.",
        "De eerste 24 uur parkeren blijft gratis, daarna betaal je 1,35 euro per dag voor een plek in de stalling.",
        "Het is de grootste stalling van het land en er is ook een deel voor bakfietsen en fietsen met een krat.",
        "Omwonenden klagen wel over de snelheid van elektrische fietsen, en de gemeente overweegt extra drempels.",
    ],
    "pl": [
        "W tym tygodniu Ministerstwo Cyfryzacji przedstawiło projekt ustawy o sztucznej inteligencji.",
        "Nowe przepisy mają wdrożyć unijny AI Act i powołać urząd, który będzie nadzorował systemy wysokiego ryzyka.",
        "Branża krytykuje krótkie konsultacje, które potrwają tylko 14 dni, a nie trzy miesiące.",
    ],
    "sv": [
        "Nordisk Batteri AB har tecknat ett avtal om leverans av battericeller till Volvo Cars under åren 2025 till 2030.",
        "Leveranserna sker från bolagets fabrik i Västerås, som byggs ut med en ny produktionslinje.",
        "Den här veckan har vi lagat mat med rotfrukter, som är billiga och goda så här års.",
    ],
    "ja": [
        "今週は、市が発表した中心市街地の再開発計画についてお伝えします。",
        "計画では、駅前の旧百貨店跡地に図書館と保育所を備えた複合施設を建てる予定です。",
        "一方で、商店街の店主からは工事中の客足の減少を心配する声も上がっています。",
    ],
}

_NL, _AD, _CR, _CH = "newsletter-prompt", "ad-marker", "copyright", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Forwarded this email? Subscribe here for more", _NL),
    ("en", "Refer 3 friends and get our sticker pack.", _NL),
    ("en", "Your referral link: https://brew.example.com/r/abc123", _NL),
    ("en", "You currently have 0 referrals.", _NL),
    ("en", "Update your email preferences or unsubscribe here.", _NL),
    ("en", "Become a member on Patreon for ad-free episodes and bonus interviews.", _NL),
    ("en", "Support The Long Table on Patreon", _NL),
    ("en", "Listen and subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.", "call-to-action"),
    ("en", "Together with Northwind Payroll", _AD),
    ("en", "Episode 142 · 54 min · March 6, 2024", _CH),
    ("en", "Listen on Apple Podcasts · Spotify · Google Podcasts · Overcast", _CH),
    ("de", "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.", _NL),
    ("de", "Newsletter abbestellen | Einstellungen ändern", _NL),
    ("de", "Im Browser ansehen", _NL),
    ("de", "Unterstütze unseren Podcast auf Steady!", _NL),
    ("de", "Abonniere uns, damit du keine Folge verpasst.", _NL),
    ("de", "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NEF0004", _CR),
    ("de", "Jetzt anhören auf Spotify, Apple Podcasts und Deezer", _CH),
    ("de", "Herunterladen (MP3, 58 MB)", _CH),
    ("de", "Folge 87 · 62 Minuten · 14. März 2024", _CH),
    ("fr", "Voir la version en ligne", _NL),
    ("fr", "Vous recevez cet e-mail car vous êtes inscrit à La Lettre du vin.", _NL),
    ("fr", "Se désinscrire | Gérer mes préférences", _NL),
    ("fr", "Transférer à un ami", _NL),
    ("fr", "Soutenez-nous sur Patreon", _NL),
    ("fr", "Abonnez-vous au podcast pour ne manquer aucun épisode.", _NL),
    ("fr", "Voir la version source sur businesswire.com : https://www.businesswire.com/news/home/20240410005321/fr/", _CR),
    ("fr", "38 min | 7 mars 2024", _CH),
    ("es", "Ver este correo en el navegador", _NL),
    ("es", "¿Te han reenviado este correo? Suscríbete aquí", _NL),
    ("es", "Has recibido este correo porque te suscribiste a Ciencia Abierta.", _NL),
    ("es", "Darse de baja | Actualizar preferencias", _NL),
    ("es", "Comparte este boletín con tus amigos", _NL),
    ("es", "Hazte mecenas en Patreon y escucha los episodios sin anuncios.", _NL),
    ("es", "Suscríbete a nuestro pódcast", _NL),
    ("es", "FUENTE Solaria Verde", _CR),
    ("es", "Episodio 19 · 45 min", _CH),
    ("it", "Visualizza questa email nel browser", _NL),
    ("it", "Hai ricevuto questa email perché sei iscritto alla newsletter Il Punto.", _NL),
    ("it", "Disiscriviti | Aggiorna le tue preferenze", _NL),
    ("it", "Sostieni il podcast su Patreon", _NL),
    ("it", "Iscriviti per non perdere le prossime puntate", _NL),
    ("it", "Presentato da Banca Verde", _AD),
    ("it", "Scarica l'episodio", _CH),
    ("it", "Ascolta su Spotify · Apple Podcasts · Amazon Music", _CH),
    ("pt", "Obrigado por ler a Crônica! Inscreva-se gratuitamente para receber novos posts.", _NL),
    ("nl", "Bekijk deze e-mail in je browser", _NL),
    ("nl", "Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Fietsbrief.", _NL),
    ("nl", "Afmelden | Voorkeuren wijzigen", _NL),
    ("nl", "Stuur door naar een vriend", _NL),
    ("nl", "Abonneer je op de podcast", _NL),
    ("nl", "Aflevering 23 · 49 minuten", _CH),
    ("pl", "Wyświetl wiadomość w przeglądarce", _NL),
    ("pl", "Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera.", _NL),
    ("pl", "Wypisz się | Zmień ustawienia", _NL),
    ("pl", "Wesprzyj nas na Patronite", _NL),
    ("pl", "Subskrybuj podcast", _NL),
    ("pl", "Słuchaj na Spotify · Apple Podcasts · YouTube", _CH),
    ("sv", "Visa i webbläsaren", _NL),
    ("sv", "Du får det här mejlet eftersom du prenumererar på Veckans matbrev.", _NL),
    ("sv", "Avregistrera dig | Ändra inställningar", _NL),
    ("sv", "Prenumerera på podden", _NL),
    ("sv", "Pressmeddelande", _CR),
    ("sv", "36 min · 4 mars 2024", _CH),
    ("ja", "ブラウザで表示する", _NL),
    ("ja", "このメールは、週刊まちづくり通信にご登録いただいた方にお送りしています。", _NL),
    ("ja", "配信停止はこちら", _NL),
    ("ja", "配信設定の変更", _NL),
    ("ja", "番組をフォローして最新エピソードをお聴きください", _NL),
    ("ja", "番組へのご感想はこちらのフォームから", _NL),
    ("ja", "2024年3月8日 ・ 42分", _CH),
    ("ja", "Apple Podcasts ・ Spotify ・ Amazon Music で聴く", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Refer 3 friends and get a discount, the flyer for one cooking letter promised."),
    ("en", "Readers who unsubscribe within a month are not counted, and writers say fraud is rare."),
    ("en", "The show is available on Spotify and Apple Podcasts."),
    ("en", "Listen on Spotify or Apple Podcasts, the station's host told listeners on Friday."),
    ("en", "Together with Anna Berg, he launched the letter in 2019 from a kitchen table in Leeds."),
    ("en", "Forwarded this email to the police, one reader told us after receiving a fake reward."),
    ("en", "She became a member on Patreon in 2019 to fund her research into medieval maps."),
    ("en", "Fans can support the artist on Patreon, where she posts her sketches every week."),
    ("en", "The walk from the station takes 45 min and climbs 300 metres."),
    ("en", "You currently have 12 months to appeal the decision, the letter said."),
    ("de", "Sie erhalten diese Nachricht, weil Ihr Konto vorübergehend gesperrt wurde, heißt es in der Mail."),
    ("de", "Viele Betroffene wollten den vermeintlichen Newsletter abbestellen und gaben dabei ihre Daten preis."),
    ("de", "Abonniere uns nicht, schrieb ein Nutzer ironisch unter den Beitrag der Betrüger."),
    ("de", "Die Folge dauert 62 Minuten und erschien am 14. März 2024 bei mehreren Anbietern."),
    ("fr", "Vous recevez cet e-mail car vous avez gagné un prix, affirmait un message frauduleux."),
    ("fr", "Certains auditeurs choisissent de soutenir le podcast sur Patreon, où ils reçoivent des épisodes inédits."),
    ("fr", "Les podcasts d'histoire comptent parmi les plus écoutés sur Deezer et Spotify en France."),
    ("es", "Has recibido este correo porque eres cliente, decía el mensaje falso que circuló en marzo."),
    ("es", "Muchos oyentes escuchan los programas en Spotify, Apple Podcasts e iVoox, y cada vez más en YouTube."),
    ("es", "Algunos usuarios se dan de baja de las plataformas de pago por el precio, señala el informe."),
    ("it", "Presentato da Banca Verde, il rapporto mostra che i prestiti alle piccole imprese sono calati."),
    ("it", "Molti lettori si sono disiscritti dalla newsletter della banca dopo lo scandalo del 2022."),
    ("nl", "Luisteraars kunnen de podcast volgen via Spotify en Apple Podcasts, maar ook via de eigen app."),
    ("nl", "Een aflevering duurt gemiddeld 25 minuten en verschijnt elke ochtend om zes uur."),
    ("pl", "Wielu użytkowników chce wypisać się z newslettera, ale nie może znaleźć odpowiedniego linku."),
    ("sv", "Många läsare vill avregistrera sig från nyhetsbrevet men hittar inte länken, enligt undersökningen."),
    ("ja", "配信停止の手続きが分かりにくいとして、消費者庁には年間300件以上の相談が寄せられています。"),
    ("ja", "このメールは重要なお知らせです、と書かれた詐欺メールにも注意が必要です。"),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- a newsletter's writer signing under its last paragraph ---------------------------------------------------------

_LETTER = TEXT["en"]

_FOOTER = {
    "en": ["Share this newsletter:", "Update your email preferences or unsubscribe here."],
    "es": ["Comparte este boletín con tus amigos", "Darse de baja | Actualizar preferencias"],
    "pl": ["Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera.", "Wypisz się | Zmień ustawienia"],
}


@pytest.mark.parametrize(
    ("lang", "closing", "signer"),
    [
        ("en", "That's all for this week. See you next Friday,", ["Anna"]),  # the paragraph's last sentence
        ("en", "See you next week,", ["Tom"]),  # the closing alone on its line
        ("en", "We'll be back with more on Friday,", ["Anna Berg", "Editor"]),  # a name and a role
        ("es", "Un abrazo y hasta el próximo jueves,", ["Lucía"]),  # a closing of seven words
        ("pl", "Do usłyszenia za tydzień,", ["Marek"]),
    ],
)
def test_a_newsletters_signer_stays_over_its_footer(lang: str, closing: str, signer: list[str]) -> None:
    page = [*TEXT[lang], closing, *signer]
    result = cleaner.explain_text("\n".join([*page, *_FOOTER[lang]]))
    assert lost(page, result) == [], removed(result)
    assert len(result.removed) == 2, removed(result)


def test_a_menu_under_a_closed_last_line_still_goes() -> None:
    # (a short line under a line closed by a full stop, not a comma, is the page's: "Thanks for reading." / "Home")
    page = [*_LETTER, "Thanks for reading."]
    result = cleaner.explain_text("\n".join([*page, "Home", "Archive", "About", "Contact"]))
    assert lost(page, result) == []
    assert [r.pass_name for r in result.removed] and len(kept_lines(result)) == len(page), removed(result)

@pytest.mark.parametrize(
    "row",
    [
        "Limpa X3 | 299 € | 120 min | 8,5",  # a comparison table's row: a length among other figures
        "Prep 15 min · Cook 45 min · Serves 4",  # a recipe card's times
        "45 min",  # a length alone (promos' duration table, under a player's heading only)
        "The walk takes 45 min · 2024",
    ],
)
def test_rows_with_a_length_that_are_no_episodes_data(row: str) -> None:
    assert vocab.table("widgets", "chrome", ("en", "pt")).match(row) is None


if __name__ == "__main__":
    report(CASES)
