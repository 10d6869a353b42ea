# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Genre 25: pages of the genres the dev set holds few of (it is mostly news), through ``clean_text`` as an extractor
leaves them (the text with a few lines of residue at its edges) and as a naive scraper does (all visible text:
menus, share rows, footers): personal blogs (a byline, "Posted in", tags, "Previous post / Next post", an "About
me" box), product pages and reviews (specs, pros and cons, prices, "Add to cart", ratings), documentation and
how-tos (commands, steps, "Edit this page", "Was this page helpful?", a table of contents), government and
university notices (contact blocks, "Last updated", accessibility links), event pages (date and venue rows, "Buy
tickets"), job ads (requirements lists, "Apply now"), wiki-like pages ("See also", references, "[edit]") and
podcast transcripts, in en, de, fr, es, it, pt, nl, ru, pl, ja and zh. Tags as in ``probes``: ``A`` article (the
spec rows, pros and cons, steps, commands and requirements are the article), ``R`` residue, ``T`` either.
``python tests/test_genre25.py`` prints the numbers.

Round 1 (41 pages, 303 lines tagged ``A`` as written, 310 ``R``) was written before reading the passes. Measured
on main's HEAD 50889e4: lost 38, left 41. Twelve of the lost lines were a wiki's "See also" box, its links and
the "References" heading over the notes (teaser-box and edge-furniture): tagged ``A`` as written, they are the
wiki's navigation rather than its text (a judgement call either way), so they are ``T`` here, 13 lines with the
Russian "Примечания" that stayed (the notes under them stay ``R``); lost 26 with those tags. What was lost:

- job ads, 14 lines on three pages (edge-furniture): the ad's parts under its last paragraph, "What you will do"
  over "Improve the reliability of our payment processing", "Mentor junior engineers", "What we are looking for",
  "What we offer"; "Ihr Profil:" over "abgeschlossene Ausbildung als Pflegefachkraft", "Wir bieten:"; the
  Japanese "必須スキル" / "歓迎スキル" over their items. The guards knew a closing list of items up to six words
  (``closing_list``) and a job ad's parts closed by a sentence (``text_through``), not parts of longer items down to
  the page's residue;
- a Portuguese review's "Pontos positivos" / "Pontos negativos" box, 5 lines (table ``verdict_heading`` had
  "Pontos fortes" / "Pontos fracos" only);
- a Chinese blog's list between two short sentences, 4 lines ("我最喜欢的地方有三个：" over three places, then the
  closing sentence): no sentence of Chinese announced a list (``announced_to_sentence`` asks function words, and
  Chinese has no table of them);
- an Italian notice's "Documenti necessari:" over the list that stayed (the label alone went);
- a German doc page's command "pg_dump -Fc -U postgres shop > shop.dump" over the first long paragraph, and a
  product page's last spec, "Rain cover included", under its labelled rows.

The residue left (41 lines): contact lines right under notices' text (9: a name, a room, "Tel.: …", "E-Mail: …",
"Numero verde …"; ``edge_contacts`` keeps a contact block right under a notice's text as the notice's own, by
design), "Last updated" / "Stand:" / "Última actualización:" rows (3), prices and ratings at a product page's head ("899,00 €",
"inkl. MwSt., zzgl. Versand", "Rating: 4 out of 5"), a few calls ("Meld je aan", "Voeg toe aan agenda") and notes
("Transcript edited for length and clarity.").

After (this module's changes): lost 5 on 2 pages, all in ``KNOWN_LOST`` with the reasons; left 44 (three more, one
less: the Portuguese review's box, now kept, takes the shop's two lines right under it as the second side's items;
the German doc page's command kept, its head's "Diese Seite bearbeiten" and "Inhaltsverzeichnis" make no run of
furniture; "Last updated" under the English notice's contact box goes). The changes, each with the residue of the same shape that still goes (tests below):

- edge-furniture's ``edge_lists.sectioned_list``: the article's closing part in sections right under its last
  long paragraph down to the page's residue or end: two labels closed by a colon over phrases, or two headings of
  function words ("What we offer", half their words; or opening with the same word, "Cosa farai" / "Cosa
  cerchiamo", round 2) each over two phrases, one with a word of content in lower case.
  Still goes: a site's list of topics in title case under a one-word heading ("Temas" over "Mensagens de Bom Dia",
  a dev page), a menu of sentence-case links under headings of content words ("Search fact-checks by person", a
  dev page), the same parts under a share row (not right under the text);
- edge-furniture's ``edge_lists.label_over_kept_list``: a label of two words or more closed by a colon between the
  text's sentence and two lines right under it that stay. Still goes: a one-word label ("Mehr:" over tags, a dev
  page), a label under residue;
- ``announced_to_sentence`` (``edge_announced._announcing_sentence``): in an unspaced script whose language has no
  function words' table, a line of five words or more (ten characters) closed by a colon announces what follows
  down to a kept sentence, and it stays with its list. Still goes: a label of two words ("关于我："), a colon line
  over residue with no sentence of the article's under it;
- ``furniture.command_line``: an option may open in a capital ("pg_dump -Fc -U postgres shop > shop.dump"), so the
  command is a how-to's code, no furniture. A head's menu over it still goes; a line opening on a capital ("Home
  -News") is no command;
- metadata's ``in_fact_box``: a row holding a mail ("Email: counciltax@example.gov.uk") is no fact of a box, so a
  page's stamp under a contact box ("Last updated: 4 January 2024") goes on the first cleaning (it went on the
  second only: cleaning twice changed the text, en_gov_naive). An event's box with a mail row keeps its date row;
- table ``structure.verdict_heading``: "Pontos positivos" / "Pontos negativos". One such heading alone over links
  is still no box.

Round 2 (10 pages, 57 lines ``A``, 44 ``R``), aimed at those rules: job ads and how-tos in sections in es, it, ru,
fr, pl and an English course page (labels with a colon, headings without, items opening in lower case), and the
residue of their shapes right under a paragraph: a shop's footer columns, a German footer's labels ("Folgen Sie
uns:", "Service:"), a site's topics in title case, a Chinese colon line over a QR box's links. On main's HEAD:
lost 14 (the Spanish ad's three labelled parts, 9, and the Italian ad's "Cosa farai" / "Cosa cerchiamo" parts, 5),
left 11. After: lost 0, left 11 (the same lines as on main's HEAD: two calls under the course page, the Russian
ad's call and its "Похожие вакансии", and the Portuguese topics, ``RESIDUE_LEFT`` says why). A first cut of the same-word
headings kept a dev page's menu ("Search fact-checks by subject" over "Search fact-checks by person"): headings one
right under another are no sections; a second took a how-to's two commands ("sudo apt update" / "sudo ufw allow
'Nginx Full'", test_redteam14b) for two headings and kept the footer under the steps: a heading opens in a capital.

Bench (``bench_text --variant both``): unchanged, recall P/R/F1 0.966 / 0.975 / 0.970, naive 0.853 / 0.988 / 0.915;
``pagegold``: no gold line newly removed. pagecmp against main's HEAD changed 0/362 for each change (a first cut of ``sectioned_list`` kept three naive
pages' menus, "Temas" over "Mensagens de …", "Browse The Truth-O-Meter" over "Search fact-checks by person", and a
writer's name and title; a first cut of ``label_over_kept_list`` kept "Mehr:" over a tag list).
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, removed, report, tagged_probe_tests

import cleaner
from cleaner.context import Context
from cleaner.document import Document
from cleaner.passes.edge_lists import label_over_kept_list
from cleaner.passes.furniture import command_line

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ----- personal blogs -----
    "en_blog_extract": """\
T How I finally fixed my sourdough starter after three failed attempts
R Posted on March 12, 2024 by Hannah
A I have killed three sourdough starters in the last two years, and I was ready to give up on the whole idea.
A The first one went mouldy within a week because I kept it in a warm cupboard above the oven.
A The second smelled like nail polish remover, which I later learned means it was hungry.
A What finally worked was feeding it twice a day with equal weights of flour and water, and keeping it on the kitchen counter.
A Here is the routine I follow now:
A Discard all but 50 grams of starter every morning.
A Add 50 grams of whole wheat flour and 50 grams of lukewarm water.
A Mark the level on the jar with a rubber band.
A By day seven it doubled in four hours, and my first loaf came out with a proper open crumb.
R Posted in Baking, Bread
R Tags: sourdough, starter, beginners
R Previous post: My favourite rye crackers
R Next post: Ten kitchen tools I actually use
R About me
R Hi, I'm Hannah! I bake, I write, and I live in Leeds with two cats and far too many jars of flour.
R 12 Comments
R Leave a Reply
""",
    "en_blog_naive": """\
R Hannah Bakes
R Home
R Recipes
R About
R Contact
R Search
T Why I stopped buying supermarket bread
R March 2, 2024 · 5 min read
A For most of my twenties I bought the cheapest sliced loaf in the supermarket and never thought twice about it.
A Then I read the label on a loaf that stayed soft for two weeks and counted eighteen ingredients.
A Bread needs four: flour, water, salt and yeast, or a starter instead of the yeast.
A Baking my own costs me about a pound a loaf, and it takes ten minutes of actual work spread over a day.
A I am not saying everyone should do it, but if you have a weekend free, try one loaf and see how it tastes.
R Share this:
R Facebook
R Twitter
R Pinterest
R Like this:
R Related
R How I finally fixed my sourdough starter
R Ten kitchen tools I actually use
R Categories
R Baking
R Travel
R Archives
R March 2024
R February 2024
R © 2024 Hannah Bakes. Powered by WordPress.
""",
    "de_blog_extract": """\
T Zwei Wochen mit dem Fahrrad durch Masuren
R Veröffentlicht am 4. August 2023 von Jonas
A Nach zwei Jahren Planung sind wir im Juli endlich mit den Rädern von Olsztyn aus gestartet.
A Die erste Etappe führte uns über 62 Kilometer bis nach Mikołajki, meist auf ruhigen Nebenstraßen.
A Unterwegs haben wir in kleinen Pensionen übernachtet, die man fast immer erst am selben Tag anrufen musste.
A Was ich beim nächsten Mal anders machen würde:
A weniger Gepäck mitnehmen
A Flickzeug für zwei Schläuche einpacken
A mehr Pausen an den Seen einplanen
A Am Ende waren es 740 Kilometer, und kein einziger Regentag.
R Kategorien: Radreisen, Polen
R Schlagwörter: Masuren, Fahrrad, Sommer
R « Vorheriger Beitrag
R Nächster Beitrag »
R Über mich
R Ich bin Jonas, 34, und schreibe hier seit 2015 über Reisen mit dem Rad.
R 5 Kommentare
""",
    "fr_blog_extract": """\
T Mon potager sur balcon, un an après
R Publié le 15 mai 2024 par Claire
A Il y a un an, j'ai installé quatre bacs en bois sur mon balcon orienté sud, au cinquième étage.
A Les tomates cerises ont très bien poussé, mais les courgettes ont pris beaucoup trop de place.
A Cette année, j'ai remplacé les courgettes par des haricots grimpants, qui montent le long de la rambarde.
A Mes conseils pour commencer :
A choisir des bacs d'au moins 30 centimètres de profondeur
A arroser le soir plutôt que le matin en été
A ne pas oublier de pailler la terre
A La récolte n'a rien d'extraordinaire, mais le plaisir de cueillir ses propres tomates vaut vraiment l'effort.
R Classé dans : Jardinage
R Étiquettes : balcon, potager, tomates
R Article précédent
R Article suivant
R À propos de l'auteur
R Claire jardine en ville depuis dix ans et partage ici ses essais et ses ratés.
R Laisser un commentaire
""",
    "nl_blog_naive": """\
R Home
R Over mij
R Recepten
R Contact
T Zo maak ik mijn eigen granola
R Geplaatst op 10 januari 2024
A Al jaren maak ik op zondag een grote pot granola voor de hele week.
A Het is goedkoper dan de zakken uit de winkel en ik weet precies hoeveel suiker erin zit.
A Ik meng 400 gram havervlokken met een handvol noten, twee eetlepels honing en een scheut olijfolie.
A Daarna gaat alles veertig minuten in de oven op 160 graden, en ik roer elk kwartier even om.
A Laat de granola helemaal afkoelen voordat je hem in een pot doet, anders wordt hij zacht.
R Delen:
R Facebook
R WhatsApp
R Gerelateerde berichten
R Mijn favoriete ontbijt voor drukke ochtenden
R Reacties
R Geef een reactie
R Je e-mailadres wordt niet gepubliceerd.
R © 2024 Lotte Kookt
""",
    "pl_blog_extract": """\
T Jak przygotowałam się do pierwszego maratonu
R Opublikowano 3 października 2023 przez Kasia
A Do pierwszego maratonu przygotowywałam się przez szesnaście tygodni, biegając cztery razy w tygodniu.
A Najdłuższy trening miał 32 kilometry i zrobiłam go trzy tygodnie przed startem.
A Najważniejsze rzeczy, których się nauczyłam:
A jedz żel co 40 minut, nawet jeśli nie czujesz głodu
A nie zakładaj nowych butów w dniu zawodów
A pierwsze dziesięć kilometrów biegnij wolniej, niż ci się wydaje
A Metę przekroczyłam po 4 godzinach i 12 minutach, i już planuję następny start.
R Kategoria: Bieganie
R Tagi: maraton, trening
R Poprzedni wpis
R Następny wpis
R O mnie
R 7 komentarzy
""",
    # ----- product pages and reviews -----
    "en_product_naive": """\
R Skip to main content
R Shop
R Deals
R Sign in
R Cart (0)
T Alpine Trek 45 Hiking Backpack
R ★★★★☆ 4.3 (218 reviews)
R $129.99
R Add to cart
R Add to wishlist
A The Alpine Trek 45 is a lightweight pack for weekend trips, with an adjustable back system that fits torsos from 40 to 53 cm.
A The main compartment opens from the top and from the front, so you can reach the sleeping bag without unpacking everything.
A Specifications
A Capacity: 45 litres
A Weight: 1.4 kg
A Material: 210D recycled nylon
A Dimensions: 68 x 32 x 24 cm
A Rain cover included
R Free shipping on orders over $50
R Customers also bought
R Trail Runner Hydration Vest
R Customer reviews
R Write a review
""",
    "en_review_extract": """\
T Fairphone 5 review: the phone you can fix yourself
R By Mark Jensen | Updated June 3, 2024
A The Fairphone 5 is the most repairable phone you can buy, and it is also a perfectly decent everyday phone.
A You can replace the battery, the screen and both cameras with a single small screwdriver, and the parts are sold on the company's website.
A The 6.46-inch OLED screen is bright enough outdoors, although the bezels are thicker than on most phones at this price.
A Battery life was good: I usually ended the day with around 30 percent left.
A Pros
A Five years of warranty and eight years of software updates
A Every major part can be replaced at home
A Cons
A Expensive for its performance
A Camera struggles in low light
A Verdict: if you want a phone that lasts, this is the one to buy.
R Rating: 4 out of 5
R Check price on Amazon
R We may earn a commission when you buy through links on our site.
""",
    "de_product_naive": """\
R Startseite
R Küche
R Kaffeemaschinen
T Siebträgermaschine Lucca M58
R 4,6 von 5 Sternen (87 Bewertungen)
R 899,00 €
R inkl. MwSt., zzgl. Versand
R In den Warenkorb
R Auf die Merkliste
A Die Lucca M58 ist eine Zweikreiser-Maschine mit E61-Brühgruppe für Espresso und Milchschaum gleichzeitig.
A Der Kessel aus Edelstahl fasst 1,8 Liter und ist nach etwa 20 Minuten betriebsbereit.
A Technische Daten
A Leistung: 1400 Watt
A Pumpendruck: 9 bar
A Wassertank: 2,5 Liter
A Gewicht: 23 kg
A Lieferumfang: Siebträger, Tamper, Blindsieb
R Kunden kauften auch
R Kaffeemühle Eureka Mignon
R Versandkostenfrei ab 50 €
R Newsletter abonnieren
""",
    "es_review_extract": """\
T Análisis del Kindle Paperwhite: el lector que no necesita más
A El nuevo Kindle Paperwhite mantiene la fórmula de siempre, pero con una pantalla más grande de 6,8 pulgadas.
A La iluminación es ahora más uniforme y permite ajustar la temperatura del color para leer de noche.
A La batería nos ha durado casi cinco semanas leyendo una hora al día con la luz al mínimo.
A Lo mejor
A Pantalla muy nítida y sin reflejos
A Resistente al agua
A Lo peor
A Sigue sin botones físicos para pasar página
A Los anuncios en la pantalla de bloqueo, salvo que pagues más
A Nota: 8,5
R Comprar en Amazon por 159,99 €
R Este artículo contiene enlaces de afiliado.
R Comparte este artículo
""",
    "it_product_naive": """\
R Accedi
R Carrello
R Home > Giardino > Tosaerba
T Tosaerba elettrico Verde 38
R 4,2 su 5 (56 recensioni)
R 189,00 €
R Aggiungi al carrello
A Il Verde 38 è un tosaerba a batteria pensato per giardini fino a 400 metri quadrati.
A L'altezza di taglio si regola su sei posizioni, da 25 a 75 millimetri, con una sola leva.
A Caratteristiche tecniche
A Larghezza di taglio: 38 cm
A Batteria: 36 V, 4 Ah
A Autonomia: circa 35 minuti
A Capacità del cesto: 40 litri
R Spedizione gratuita
R Reso gratuito entro 30 giorni
R Potrebbe interessarti anche
R Iscriviti alla newsletter
""",
    "ru_review_extract": """\
T Обзор пылесоса Dreame V12: мощно, но тяжело
A Dreame V12 — беспроводной пылесос с мощностью всасывания 150 аэроватт и сменным аккумулятором.
A В режиме «эко» он работает около 90 минут, в турбо-режиме — всего восемь.
A Достоинства
A Очень высокая мощность
A Удобный экран с уровнем заряда
A Недостатки
A Большой вес — 1,8 кг без насадок
A Маленький контейнер для пыли
A Итог: хороший выбор для большой квартиры, если вас не смущает вес.
R Оценка: 8 из 10
R Купить на Яндекс Маркете
R Поделиться
""",
    "ja_product_naive": """\
R ホーム
R ログイン
R カート
T 電気ケトル KT-200 ホワイト
R ★★★★☆ 4.1（132件のレビュー）
R 価格：4,980円（税込）
R カートに入れる
A 注ぎ口が細く、ドリップコーヒーにちょうどよい量のお湯を注げる電気ケトルです。
A 容量は0.8リットルで、カップ一杯分なら約1分で沸騰します。
A 仕様
A 容量：0.8L
A 消費電力：1200W
A 重量：0.9kg
A 保温機能：なし
R 送料無料
R この商品を見た人はこちらも見ています
R レビューを書く
""",
    # ----- documentation / how-to -----
    "en_docs_extract": """\
T Installing the command-line tool
R Edit this page
R On this page
R Prerequisites
R Installation
R Verifying the install
A You need Python 3.9 or later and pip. Check your version with:
A python3 --version
A Install the package from PyPI:
A pip install mytool
A Then run the tool once to create its configuration file in your home directory:
A mytool init
A If the command is not found, make sure that ~/.local/bin is on your PATH.
R Was this page helpful?
R Yes
R No
R Previous: Overview
R Next: Configuration
R © 2024 MyTool contributors. Licensed under CC BY 4.0.
""",
    "en_howto_naive": """\
R Menu
R Home
R Guides
R Tools
T How to change a bike tyre
R Updated 14 February 2024
R Table of contents
R What you need
R Steps
A Changing a tyre takes about fifteen minutes once you have done it a couple of times.
A What you need
A Two tyre levers
A A new inner tube of the right size
A A pump
A Steps
A 1. Open the brake and remove the wheel from the frame.
A 2. Let out any remaining air and push the valve up into the tyre.
A 3. Hook a tyre lever under the bead and run the second lever around the rim.
A 4. Pull out the old tube and check the inside of the tyre for glass or thorns.
A 5. Inflate the new tube slightly, fit it, and push the bead back over the rim with your thumbs.
R Was this guide helpful?
R Related guides
R How to adjust your brakes
R Subscribe to our newsletter
""",
    "de_docs_extract": """\
T Datenbank-Backup mit pg_dump
R Diese Seite bearbeiten
R Inhaltsverzeichnis
A Mit pg_dump lässt sich eine PostgreSQL-Datenbank im laufenden Betrieb sichern.
A Der folgende Befehl schreibt die Datenbank shop in eine komprimierte Datei:
A pg_dump -Fc -U postgres shop > shop.dump
A Zum Wiederherstellen verwenden Sie pg_restore:
A pg_restore -U postgres -d shop shop.dump
A Hinweis: Das Backup enthält keine Rollen. Diese sichern Sie mit pg_dumpall --roles-only.
R War diese Seite hilfreich?
R Ja
R Nein
R Zuletzt aktualisiert: 12.03.2024
""",
    "fr_howto_extract": """\
T Comment détartrer une cafetière à filtre
A Le calcaire ralentit la cafetière et donne un goût amer au café, il faut donc la détartrer tous les mois environ.
A Matériel nécessaire
A du vinaigre blanc
A de l'eau
A un filtre en papier propre
A Étapes
A Remplissez le réservoir avec un mélange moitié vinaigre, moitié eau.
A Lancez un cycle complet sans café.
A Laissez reposer une demi-heure, puis relancez le cycle.
A Faites ensuite deux cycles à l'eau claire pour éliminer l'odeur.
R Cet article vous a-t-il été utile ?
R Oui
R Non
R Partager sur Facebook
""",
    "zh_docs_naive": """\
R 首页
R 文档
R 博客
R 登录
T 快速开始
R 编辑此页
R 目录
A 本指南介绍如何在本地安装并运行示例项目。
A 首先，确认已经安装了 Node.js 18 或更高版本：
A node -v
A 然后克隆仓库并安装依赖：
A git clone https://github.com/example/demo.git
A npm install
A 最后运行开发服务器，在浏览器中打开 http://localhost:3000 即可看到页面。
R 此页面对您有帮助吗？
R 上一页：简介
R 下一页：配置
R 版权所有 © 2024
""",
    "pt_howto_extract": """\
T Como fazer o imposto de renda pela primeira vez
R Atualizado em 2 de abril de 2024
A Quem recebeu mais de 30.639,90 reais em rendimentos tributáveis em 2023 precisa declarar o imposto de renda.
A O prazo de entrega vai até o dia 31 de maio, e quem perde o prazo paga multa.
A Documentos necessários
A informe de rendimentos do empregador
A comprovantes de despesas médicas
A recibos de aluguel, se houver
A Depois de reunir os documentos, baixe o programa da Receita Federal ou use a declaração pré-preenchida no site.
R Este conteúdo foi útil?
R Leia também
R Como consultar a restituição
""",
    # ----- government / university notices -----
    "en_gov_naive": """\
R Skip to main content
R Accessibility
R Cookies
R Contact us
R Home > Council tax > Discounts
T Single person discount
A If you are the only adult living in your home, you can get 25% off your council tax bill.
A You must tell us within 21 days if someone over 18 moves in with you.
A You may still be eligible if other adults in your home are full-time students or apprentices.
A Apply online using the form below. We will write to you within 28 days.
R Apply for single person discount
R Contact
R Revenues team
R Telephone: 01234 567890
R Email: counciltax@example.gov.uk
R Last updated: 4 January 2024
R Was this page useful?
R Accessibility statement
R Privacy notice
""",
    "de_uni_extract": """\
T Rückmeldung zum Sommersemester 2024
A Die Rückmeldefrist für das Sommersemester 2024 läuft vom 15. Januar bis zum 15. Februar 2024.
A Zur Rückmeldung überweisen Sie den Semesterbeitrag in Höhe von 312,50 Euro.
A Bitte geben Sie im Verwendungszweck Ihre Matrikelnummer an, sonst kann die Zahlung nicht zugeordnet werden.
A Wer die Frist versäumt, zahlt eine Säumnisgebühr von 15 Euro.
R Kontakt
R Studierendensekretariat
R Raum 0.112, Hauptgebäude
R Tel.: +49 761 203-4246
R E-Mail: studsek@uni-beispiel.de
R Stand: 10.01.2024
R Seite drucken
R Barrierefreiheit
""",
    "fr_gov_naive": """\
R Aller au contenu
R Menu
R Rechercher
R Accueil > Papiers > Carte d'identité
T Carte d'identité : renouvellement
R Vérifié le 1er février 2024 - Direction de l'information légale et administrative
A Vous pouvez faire renouveler votre carte d'identité si elle est périmée ou si elle expire dans moins de six mois.
A Le renouvellement est gratuit, sauf en cas de perte ou de vol, où un timbre fiscal de 25 euros est demandé.
A Vous devez faire la demande dans une mairie équipée d'un dispositif de recueil, pas forcément celle de votre commune.
A Le délai de fabrication varie selon les périodes, comptez en général entre deux et quatre semaines.
R Cette page vous a-t-elle été utile ?
R Accessibilité : partiellement conforme
R Plan du site
R Mentions légales
""",
    "es_uni_extract": """\
T Convocatoria de becas de movilidad Erasmus+ 2024-2025
A La Universidad abre la convocatoria de becas Erasmus+ para estudiantes de grado y máster.
A Requisitos:
A Estar matriculado en el curso 2023-2024
A Haber superado al menos 60 créditos
A Acreditar un nivel B1 del idioma del país de destino
A El plazo de solicitud termina el 28 de febrero a las 14:00 horas.
R Más información
R Oficina de Relaciones Internacionales
R Teléfono: 91 488 70 00
R Correo: erasmus@universidad.es
R Última actualización: 15/01/2024
""",
    "it_gov_extract": """\
T Bonus asilo nido 2024: come fare domanda
A Il bonus asilo nido è un contributo per il pagamento delle rette degli asili nido pubblici e privati.
A Per il 2024 l'importo arriva fino a 3.600 euro all'anno, in base all'ISEE del nucleo familiare.
A La domanda si presenta online sul sito dell'INPS entro il 31 dicembre 2024.
A Documenti necessari:
A ricevute di pagamento della retta
A ISEE minorenni in corso di validità
R Ultimo aggiornamento: 5 febbraio 2024
R Questa pagina ti è stata utile?
R Contatti
R Numero verde 803 164
""",
    # ----- events -----
    "en_event_naive": """\
R Events
R What's on
R Venues
R Login
T Jazz on the Lawn: The Marcus Reed Quartet
A Date: Saturday 15 June 2024
A Time: 7:30 pm, doors 6:30 pm
A Venue: Botanic Gardens, Main Lawn
A Tickets: £22, under-16s free
A The Marcus Reed Quartet returns to the gardens for an evening of hard bop and new material from their album Night Harbour.
A Bring a blanket or a low chair; the bar and food stalls open at 6:30 pm.
R Buy tickets
R Add to calendar
R Share this event
R You may also like
R Summer Proms in the Park
R Sign up for our events newsletter
""",
    "de_event_extract": """\
T Lesung: Juli Zeh liest aus „Zwischen Welten“
A Datum: Donnerstag, 7. März 2024
A Beginn: 19:30 Uhr, Einlass 19:00 Uhr
A Ort: Stadtbibliothek, Großer Saal
A Eintritt: 12 Euro, ermäßigt 8 Euro
A Juli Zeh liest aus ihrem gemeinsam mit Simon Urban geschriebenen Roman und spricht anschließend mit dem Publikum.
R Tickets kaufen
R In den Kalender eintragen
R Weitere Veranstaltungen
""",
    "es_event_naive": """\
R Inicio
R Agenda
R Entradas
T Concierto de Rosalía en el WiZink Center
A Fecha: 12 de julio de 2024
A Hora: 21:00
A Lugar: WiZink Center, Madrid
A Precio: desde 45 euros
A La artista catalana presenta en directo las canciones de su último disco, con una puesta en escena nueva para esta gira.
R Comprar entradas
R Añadir al calendario
R Compartir
R También te puede interesar
""",
    "nl_event_extract": """\
T Open dag Hogeschool Utrecht
A Datum: zaterdag 9 maart 2024
A Tijd: 10:00 tot 15:00 uur
A Locatie: Heidelberglaan 15, Utrecht
A Tijdens de open dag kun je proefcolleges volgen en praten met studenten en docenten van alle opleidingen.
A Aanmelden is niet nodig, maar je krijgt een persoonlijk programma als je je vooraf registreert.
R Meld je aan
R Voeg toe aan agenda
R Deel deze pagina
""",
    # ----- job ads -----
    "en_job_extract": """\
T Senior Backend Engineer (Python)
R Posted 3 days ago · 48 applicants
A We are looking for a backend engineer to join our payments team in Berlin or remotely within the EU.
A What you will do
A Design and build APIs used by over two million customers
A Improve the reliability of our payment processing
A Mentor junior engineers
A What we are looking for
A 5+ years of experience with Python
A Experience with PostgreSQL and message queues
A Good written English
A What we offer
A 30 days of paid holiday
A A yearly learning budget of 2,000 euros
R Apply now
R Save job
R Share this job
R Similar jobs
""",
    "de_job_naive": """\
R Jobs
R Unternehmen
R Login für Arbeitgeber
T Pflegefachkraft (m/w/d) in Vollzeit
R Veröffentlicht: 02.04.2024
A Für unsere Station für Innere Medizin suchen wir ab sofort eine Pflegefachkraft.
A Ihre Aufgaben:
A Grund- und Behandlungspflege unserer Patientinnen und Patienten
A Dokumentation der Pflegemaßnahmen
A Zusammenarbeit mit dem ärztlichen Dienst
A Ihr Profil:
A abgeschlossene Ausbildung als Pflegefachkraft
A Bereitschaft zum Schichtdienst
A Wir bieten:
A Vergütung nach TVöD
A 30 Tage Urlaub
R Jetzt bewerben
R Job merken
R Ähnliche Jobs
R Impressum
R Datenschutz
""",
    "fr_job_extract": """\
T Chargé de communication H/F - CDI
A Notre association recherche un chargé de communication pour développer sa présence en ligne.
A Missions :
A Gérer les réseaux sociaux et la newsletter
A Rédiger les communiqués de presse
A Organiser les événements de collecte de fonds
A Profil recherché :
A Bac+3 minimum en communication
A Expérience de deux ans sur un poste similaire
A Salaire : 32 000 à 36 000 euros brut par an, selon expérience.
R Postuler
R Partager cette offre
R Offres similaires
""",
    "pl_job_naive": """\
R Oferty pracy
R Pracodawcy
R Zaloguj się
T Księgowa / Księgowy
A Poszukujemy osoby na stanowisko księgowej w biurze rachunkowym w Krakowie.
A Wymagania:
A wykształcenie ekonomiczne
A minimum 3 lata doświadczenia w księgowości
A znajomość programu Symfonia
A Oferujemy:
A umowę o pracę
A pracę hybrydową
A Wynagrodzenie: 7000–9000 zł brutto
R Aplikuj teraz
R Zapisz ofertę
R Podobne oferty
""",
    "ja_job_extract": """\
T 【正社員】Webエンジニア（東京・リモート可）
A 自社サービスの開発チームで、バックエンドの設計と開発を担当していただきます。
A 必須スキル
A Ruby on Railsでの開発経験3年以上
A SQLの基本的な知識
A 歓迎スキル
A AWSでのインフラ構築経験
A 給与：年収600万円〜900万円
A 勤務時間：10:00〜19:00（フレックスタイム制）
R 応募する
R 気になるリストに追加
R この求人を見た人はこんな求人も見ています
""",
    # ----- wiki-like -----
    "en_wiki_naive": """\
R Main page
R Contents
R Random article
R From Wikipedia, the free encyclopedia
T Tiddlywinks
A Tiddlywinks is an indoor game played on a flat felt mat with sets of small discs called winks.
A Players use a larger disc called a squidger to flick a wink into flight by pressing down on its edge.
A History[edit]
A The game began as an adult parlour game in Victorian England, patented by Joseph Fincher in 1888.
T See also
T Tiddlywinks at the Olympics
T Flicking games
T References
R ^ "A History of Tiddlywinks". English Tiddlywinks Association. Retrieved 12 March 2020.
R This page was last edited on 3 January 2024, at 10:15 (UTC).
R Privacy policy
R About Wikipedia
""",
    "de_wiki_extract": """\
T Bodensee
A Der Bodensee ist ein See im nördlichen Alpenvorland, an dem Deutschland, Österreich und die Schweiz Anteil haben.
A Mit einer Fläche von 536 Quadratkilometern ist er der drittgrößte See Mitteleuropas.
A Geographie[Bearbeiten | Quelltext bearbeiten]
A Der See wird vom Rhein durchflossen, der bei Bregenz in den Obersee mündet.
T Siehe auch
T Liste der Seen in Deutschland
T Einzelnachweise
R ↑ Statistisches Landesamt Baden-Württemberg, abgerufen am 2. Mai 2023.
R Abgerufen von „https://de.wikipedia.org/w/index.php?title=Bodensee“
R Kategorien: See in Europa | Bodensee
""",
    "ru_wiki_extract": """\
T Байкал
A Байкал — озеро тектонического происхождения в южной части Восточной Сибири, самое глубокое озеро на планете.
A Максимальная глубина озера составляет 1642 метра.
A Гидрология[править | править код]
A В Байкал впадает более 300 рек, а вытекает только одна — Ангара.
T См. также
T Список озёр России
T Примечания
R ↑ Байкал // Большая российская энциклопедия. — М., 2005.
R Категории: Озёра Иркутской области | Байкал
""",
    "it_wiki_naive": """\
R Pagina principale
R Ultime modifiche
R Una pagina a caso
R Da Wikipedia, l'enciclopedia libera.
T Lago di Garda
A Il lago di Garda è il più grande lago italiano, con una superficie di 368 chilometri quadrati.
A Si trova tra la Lombardia, il Veneto e il Trentino-Alto Adige.
A Storia[modifica | modifica wikitesto]
A Già in epoca romana le sponde del lago erano abitate, come dimostrano le Grotte di Catullo a Sirmione.
T Voci correlate
T Laghi d'Italia
T Note
R ^ Dati ISTAT 2019.
R Questa pagina è stata modificata per l'ultima volta il 12 gen 2024 alle 10:31.
R Informativa sulla privacy
""",
    # ----- podcast transcripts -----
    "en_podcast_extract": """\
T Episode 112: Why cities are tearing down highways
R Listen on Apple Podcasts
R Listen on Spotify
A SARAH: Welcome back to Street Level. Today we are talking about urban highways, and why some cities are removing them.
A TOM: Right, and we have a great guest for this. Dr. Ana Ruiz studies transport policy at the University of Toronto.
A ANA: Thanks for having me.
A SARAH: So let's start with the basics. Why would a city want to get rid of a highway?
A ANA: Mostly because they cut neighbourhoods in half. In the 1960s, many were built straight through Black and immigrant communities.
A TOM: Yeah.
A ANA: And when Seoul removed the Cheonggyecheon expressway in 2005, traffic did not get worse, which surprised a lot of people.
R Transcript edited for length and clarity.
R Subscribe to Street Level wherever you get your podcasts.
R Support the show on Patreon
""",
    "es_podcast_naive": """\
R Inicio
R Episodios
R Suscríbete
T Episodio 45: El futuro del trabajo remoto
R Escuchar en Spotify
R Descargar episodio (MP3, 48 MB)
A MARÍA: Hola a todos y bienvenidos a un nuevo episodio. Hoy hablamos del trabajo remoto.
A JAVIER: Hola, María. Pues sí, un tema que nos toca de cerca.
A MARÍA: Según los últimos datos, casi el 15 % de los empleados en España teletrabaja al menos un día a la semana.
A JAVIER: Exacto.
A MARÍA: ¿Y crees que esa cifra va a seguir subiendo?
A JAVIER: Creo que se va a estabilizar. Muchas empresas han vuelto a la oficina tres días por semana.
R Transcripción generada automáticamente.
R Apóyanos en Patreon
R Episodios anteriores
""",
    "zh_blog_extract": """\
T 我在京都住了一个月
R 发布于 2024年4月8日 · 阅读 3分钟
A 去年秋天，我在京都租了一间小公寓，住了整整一个月。
A 每天早上我都会去附近的市场买菜，慢慢学会了用日语和摊主聊天。
A 我最喜欢的地方有三个：
A 哲学之道
A 伏见稻荷大社
A 鸭川的河边
A 一个月很短，但足够让我爱上这座城市。
R 分类：旅行
R 标签：日本，京都
R 上一篇：东京的咖啡馆
R 下一篇：大阪美食清单
R 关于我
R 评论（6）
""",
    "pt_review_naive": """\
R Início
R Produtos
R Entrar
T Fone de ouvido SoundMax Pro
R 4,5 de 5 estrelas (312 avaliações)
R R$ 399,90
R em até 10x sem juros
R Comprar
R Adicionar ao carrinho
A O SoundMax Pro tem cancelamento de ruído ativo e bateria que dura até 30 horas.
A Ficha técnica
A Conexão: Bluetooth 5.3
A Peso: 250 g
A Autonomia: 30 horas
A Pontos positivos
A Som equilibrado
A Confortável por horas
A Pontos negativos
A Estojo grande
R Frete grátis para todo o Brasil
R Quem comprou também comprou
R Avaliações de clientes
""",
    # ===== ROUND 2 (aimed at the rules read: sectioned_list, label_over_kept_list, the Chinese announcing line) =====
    "es_job_colon": """\
T Técnico/a de mantenimiento industrial
A Empresa del sector alimentario con sede en Zaragoza busca técnico de mantenimiento para su planta de envasado.
A Funciones:
A Mantenimiento preventivo y correctivo de las líneas de producción
A Gestión de repuestos y pedidos a proveedores
A Requisitos:
A Formación profesional en electromecánica o similar
A Experiencia mínima de dos años en un puesto similar
A Ofrecemos:
A Contrato indefinido tras el periodo de prueba
A Salario según convenio
R Inscribirse en esta oferta
R Compartir oferta
R Aviso legal
""",
    "it_job_worded": """\
T Sviluppatore frontend junior
A Cerchiamo una persona curiosa che voglia crescere nel nostro team di prodotto a Bologna, anche da remoto.
A Cosa farai
A Svilupperai nuove funzionalità della nostra app web
A Lavorerai a stretto contatto con i designer
A Cosa cerchiamo
A Buona conoscenza di JavaScript e CSS
A Voglia di imparare cose nuove
R Candidati ora
R Condividi
""",
    "ru_job_lower": """\
T Менеджер по продажам
A Крупная торговая компания приглашает на работу менеджера по продажам в офис в центре Новосибирска.
A Обязанности:
A поиск и привлечение новых клиентов
A ведение переговоров и заключение договоров
A Требования:
A опыт работы в продажах от одного года
A грамотная устная и письменная речь
A Условия:
A официальное трудоустройство по ТК РФ
A оплачиваемый отпуск
R Откликнуться
R Похожие вакансии
""",
    "en_course_worded": """\
T Introduction to Data Visualisation with Python
A This eight-week online course teaches you to turn raw data into clear, honest charts with Python and matplotlib.
A What you will learn
A How to choose the right chart for your data
A How to clean and reshape data with pandas
A How to design charts that are easy to read
A Who this course is for
A Analysts who work with spreadsheets every day
A Journalists who want to tell stories with data
R Enrol now
R Share this course
R Terms of use
""",
    "fr_howto_sections": """\
T Comment changer un joint de robinet
A Un robinet qui goutte peut gaspiller jusqu'à 120 litres d'eau par jour, et changer le joint ne prend que dix minutes.
A Ce qu'il vous faut :
A une clé à molette
A un joint neuf de la bonne taille
A un tournevis plat
A Les étapes :
A couper l'arrivée d'eau sous l'évier
A dévisser la tête du robinet avec la clé
A remplacer le joint usé et tout remonter
R Cet article vous a-t-il été utile ?
R Partager
""",
    "pl_howto_sections": """\
T Jak odpowietrzyć kaloryfer
A Jeśli kaloryfer jest ciepły na dole, a zimny u góry, w środku zebrało się powietrze i trzeba go odpowietrzyć.
A Czego potrzebujesz:
A kluczyka do odpowietrzania
A szmatki lub małego pojemnika
A Jak to zrobić:
A wyłącz ogrzewanie i poczekaj, aż kaloryfer ostygnie
A przekręć zawór kluczykiem o pół obrotu
A zakręć zawór, gdy zamiast powietrza pojawi się woda
R Udostępnij
R Zobacz także
""",
    # residue of the guards' shapes: footers and topic lists right under the text
    "en_footer_columns": """\
T Council approves new cycle lanes for the city centre
A The city council approved plans on Tuesday for three new protected cycle lanes through the city centre, to be built by 2026.
R Customer service
R Track your order
R Returns and refunds
R Delivery information
R About us
R Our story
R Work with us
R Gift cards
R © 2024 Example Ltd
""",
    "de_footer_labels": """\
T Stadtrat beschließt neue Radwege in der Innenstadt
A Der Stadtrat hat am Dienstag den Bau von drei neuen geschützten Radwegen durch die Innenstadt bis 2026 beschlossen.
R Folgen Sie uns:
R Facebook
R Instagram
R Service:
R Kontakt und Impressum
R Hilfe und Kundenservice
R Datenschutz
R © 2024 Beispiel Verlag
""",
    "pt_topics_run": """\
T Mensagem de bom dia para começar a semana
A Que esta semana comece com esperança e que cada pequeno gesto de carinho faça o seu dia mais leve e feliz.
R Mais temas
R Mensagens de Bom Dia
R Mensagens de Boa Noite
R Mensagens de Amizade
R Mensagens de Aniversário
R Frases de Motivação
R Frases de Amor
R © 2024 Mensagens
""",
    "zh_label_footer": """\
T 杭州地铁三号线北段开通
A 杭州地铁三号线北段今天正式开通运营，沿线居民出行将更加方便，全程只需要四十分钟。
A 首班车时间为早上六点，末班车时间为晚上十一点。
R 扫描二维码关注我们的公众号：
R 微信
R 微博
R 抖音
R 版权所有 © 2024 杭州新闻网
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # (the spec list's last item, no label, under the labelled rows, "Rain cover included": kept since listings37,
    # edge_listings.sheet_tail, the labelled rows over it under "Specifications")
    # the job ad's parts in Japanese: no case and no function words' table to tell a heading or a phrase from a menu's
    # link (the items with a figure stay as data)
    "ja_job_extract": ["必須スキル", "SQLの基本的な知識", "歓迎スキル", "AWSでのインフラ構築経験"],
}

RESIDUE_LEFT: dict[str, int] = {
    # the head's "Diese Seite bearbeiten" and "Inhaltsverzeichnis" under the title: with the command over the first
    # long paragraph kept, three lines of furniture over it make no run
    "de_docs_extract": 2,
    "de_event_extract": 1,
    "de_product_naive": 2,
    "de_uni_extract": 5,
    "en_gov_naive": 3,
    "en_job_extract": 1,
    "en_podcast_extract": 1,
    "en_product_naive": 1,
    "en_review_extract": 1,
    "es_podcast_naive": 3,
    "es_review_extract": 1,
    "es_uni_extract": 4,
    "en_course_worded": 1,  # (list34: "Share this course" goes now)
    "ru_job_lower": 2,
    # a site's topics in title case under the text, a closing list's shape to closing_list ("Mais temas" over items
    # of three words or more, one in lower case: a function word): told from a German list's items ("Mehr Geld für
    # Familien") by nothing but what the words mean
    "pt_topics_run": 7,
    "fr_blog_extract": 1,
    "it_gov_extract": 1,
    "it_product_naive": 2,
    "ja_product_naive": 2,
    "nl_event_extract": 3,
    "pl_job_naive": 2,
    "pt_review_naive": 3,  # (list34: "Quem comprou também comprou" goes now)
    "ru_review_extract": 2,
    "ru_wiki_extract": 2,
    "zh_docs_naive": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


def _gone(lines: list[str]) -> list[str]:
    """The lines of a page (one a line) that cleaning removes."""
    return [text for _name, text in removed(cleaner.explain_text("\n".join(lines)))]


_JOB_EN = "We are looking for a backend engineer to join our payments team in Berlin or remotely within the EU."
_JOB_DE = "Für unsere Station für Innere Medizin suchen wir ab sofort eine erfahrene Pflegefachkraft in Vollzeit."
_JOB_EN_PARTS = [
    "What you will do",
    "Design and build APIs used by over two million customers",
    "Improve the reliability of our payment processing",
    "Mentor junior engineers",
    "What we are looking for",
    "Experience with PostgreSQL and message queues",
    "Good written English",
]
_JOB_DE_PARTS = [
    "Ihr Profil:",
    "abgeschlossene Ausbildung als Pflegefachkraft",
    "Bereitschaft zum Schichtdienst",
    "Wir bieten:",
    "Vergütung nach TVöD",
    "Zusammenarbeit in einem freundlichen Team",
]
_FOOTER = ["Apply now", "Share this job", "Privacy policy", "© 2024 Example GmbH"]


@pytest.mark.parametrize(
    "page",
    [[_JOB_EN, *_JOB_EN_PARTS, *_FOOTER], [_JOB_DE, *_JOB_DE_PARTS, *_FOOTER], [_JOB_EN, *_JOB_EN_PARTS]],
    ids=["en-worded-headings", "de-colon-labels", "en-page-end"],
)
def test_a_job_ads_parts_under_its_last_paragraph_stay(page: list[str]) -> None:
    parts = page[1 : page.index(_FOOTER[0])] if _FOOTER[0] in page else page[1:]
    assert not [text for text in _gone(page) if text in parts]


_PT = (
    "A gratidão pela vida está nos detalhes, no sorriso dado logo ao despertar e na prece de agradecimento pela manhã."
)
_EN = "Email comments and suggestions for fact-checks to our editors or find us on Facebook and Twitter, and we will reply."


_TOPICS = [
    "Temas",
    "Mensagens de Bom Dia",
    "Mensagens de Reflexão da Vida",
    "Quem Sou Eu",
    "Mensagens de Boa Noite",
    "Mensagem de Autoestima",
    "Mensagens de Amor",
    "Mensagens de Paz",
]
_MENU = [
    "Browse The Truth-O-MeterTM",
    "See our latest Pants-On-Fire rulings",
    "Search fact-checks by subject",
    "Search fact-checks by person",
    "View recent articles",
    "Support independent fact-checking",
]


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a site's topics in title case under a one-word heading (a dev page's)
        ([_PT, *_TOPICS, "© 2024 Mensagens"], _TOPICS),
        # a menu of sentence-case links under headings of content words (a dev page's)
        ([_EN, _MENU[0], "See our fact-checks of President Donald Trump", *_MENU[1:], "© 2024 Example"], _MENU),
        # a job ad's parts under a share row, not right under the text: what went without the guard still goes
        (
            [_JOB_EN, "Share this job", *_JOB_EN_PARTS, *_FOOTER],
            ["Improve the reliability of our payment processing", "Mentor junior engineers", "Good written English"],
        ),
    ],
    ids=["pt-topics", "en-menu", "under-share-row"],
)
def test_a_menu_of_phrases_under_the_text_still_goes(page: list[str], goes: list[str]) -> None:
    gone = _gone(page)
    assert [text for text in goes if text not in gone] == []


_IT = [
    "Il bonus asilo nido è un contributo per il pagamento delle rette degli asili nido pubblici e privati.",
    "La domanda si presenta online sul sito dell'INPS entro il 31 dicembre 2024.",
]


def test_a_lists_label_over_the_list_that_stays_stays() -> None:
    page = [
        *_IT,
        "Documenti necessari:",
        "ricevute di pagamento della retta",
        "ISEE minorenni in corso di validità",
        "Ultimo aggiornamento: 5 febbraio 2024",
        "Contatti",
    ]
    assert "Documenti necessari:" not in _gone(page)


@pytest.mark.parametrize(
    ("label", "kept"),
    [("Documenti necessari:", True), ("Mehr:", False), ("Seguici sui social:", False)],
    ids=["two-words", "one-word", "under-residue"],
)
def test_label_over_kept_list_keeps_a_lists_label_alone(label: str, kept: bool) -> None:
    """The guard alone, on a label edge-furniture took: kept between the text's sentence and the list that stays;
    a tag list's one-word label ("Mehr:", a dev page's) and a label under a line another pass took still go."""
    page = [*_IT, label, "ricevute di pagamento della retta", "ISEE minorenni in corso di validità"]
    if label == "Seguici sui social:":
        page.insert(2, "Condividi su Facebook")
    ctx = Context(Document("\n".join(page)))
    if label == "Seguici sui social:":
        ctx.doc.remove(2, "social-buttons", "a share button")
    at = page.index(label)
    assert (label_over_kept_list(ctx, range(2, len(page)), [at]) == []) is kept


_ZH = [
    "去年秋天，我在京都租了一间小公寓，住了整整一个月。",
    "每天早上我都会去附近的市场买菜，慢慢学会了用日语和摊主聊天。",
]


def test_a_chinese_list_a_sentence_announces_stays() -> None:
    listed = ["我最喜欢的地方有三个：", "哲学之道", "伏见稻荷大社", "鸭川的河边"]
    page = [
        *_ZH,
        *listed,
        "一个月很短，但足够让我爱上这座城市。",
        "分类：旅行",
        "上一篇：东京的咖啡馆",
        "关于我",
        "评论（6）",
    ]
    assert not [text for text in _gone(page) if text in listed]


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a label of two words over links
        ([*_ZH, "一个月很短，但足够让我爱上这座城市。", "关于我：", "旅行日记", "美食清单", "联系方式"], "关于我："),
        # a colon line over a box of links, no sentence of the article's under them
        (
            [
                *_ZH,
                "一个月很短，但足够让我爱上这座城市。",
                "扫描二维码关注我们的公众号：",
                "微信",
                "微博",
                "抖音",
                "版权所有",
            ],
            "扫描二维码关注我们的公众号：",
        ),
    ],
    ids=["two-words", "no-sentence-under"],
)
def test_a_chinese_label_over_links_still_goes(page: list[str], goes: str) -> None:
    assert goes in _gone(page)


_PT_REVIEW = "O SoundMax Pro tem cancelamento de ruído ativo, bateria que dura até 30 horas e um som muito equilibrado."


def test_a_portuguese_verdict_box_stays() -> None:
    box = ["Pontos positivos", "Som equilibrado", "Confortável por horas", "Pontos negativos", "Estojo grande"]
    page = [_PT_REVIEW, *box, "Avaliações de clientes", "Política de privacidade"]
    assert not [text for text in _gone(page) if text in box]


def test_one_verdict_heading_alone_over_links_still_goes() -> None:
    page = [_PT_REVIEW, "Pontos positivos", "Início", "Produtos", "Contato", "Política de privacidade"]
    assert "Pontos positivos" in _gone(page)


_NOTICE = [
    "If you are the only adult living in your home, you can get 25% off your council tax bill.",
    "You must tell us within 21 days if someone over 18 moves in with you.",
]


def test_a_stamp_beside_a_contact_box_goes_on_the_first_cleaning() -> None:
    """A page's stamp under a contact box ("Last updated: …" under "Telephone: …" / "Email: …"): a mail's row is no
    fact of a box, so the stamp is no box's date; it went on a second cleaning only (cleaning twice changed the
    text)."""
    page = [
        *_NOTICE,
        "Contact",
        "Revenues team",
        "Telephone: 01234 567890",
        "Email: counciltax@example.gov.uk",
        "Last updated: 4 January 2024",
        "Accessibility statement",
    ]
    assert "Last updated: 4 January 2024" in _gone(page)
    once = cleaner.clean_text("\n".join(page))
    assert cleaner.clean_text(once) == once


def test_an_events_date_row_in_its_fact_box_with_a_mail_stays() -> None:
    page = [*_NOTICE, "Date: 20 April 2024", "Venue: Market Square", "Contact: events@example.org"]
    assert "Date: 20 April 2024" not in _gone(page)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("pg_dump -Fc -U postgres shop > shop.dump", True),
        ("ssh -L 8080:localhost:80 deploy@example.org", True),
        ("pg_restore -U postgres -d shop shop.dump", True),
        ("Home -News", False),
        ("about us", False),
    ],
)
def test_an_option_in_capitals_makes_a_command_line(text: str, command: bool) -> None:
    assert command_line(text) is command


_DOCS = [
    "Mit pg_dump lässt sich eine PostgreSQL-Datenbank im laufenden Betrieb sichern, ohne den Dienst anzuhalten.",
    "Der folgende Befehl schreibt die Datenbank shop in eine komprimierte Datei im aktuellen Verzeichnis:",
    "pg_dump -Fc -U postgres shop > shop.dump",
    "Zum Wiederherstellen verwenden Sie pg_restore mit denselben Zugangsdaten und dem Namen der Datenbank.",
]


def test_a_command_with_capital_options_stays_and_the_menu_over_it_goes() -> None:
    menu = ["Startseite", "Dokumentation", "Blog", "Suche", "Anmelden"]
    gone = _gone([*menu, *_DOCS])
    assert "pg_dump -Fc -U postgres shop > shop.dump" not in gone
    assert [text for text in menu if text not in gone] == []


if __name__ == "__main__":
    report(CASES)
