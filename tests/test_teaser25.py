# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Teaser 25: lists of other stories' teasers (a headline over a one- or two-sentence summary, repeated) on naive pages.

Teasers are the largest share of the residue a naive page (all visible text) keeps (test_naive24's count on the dev
set: 224 summary lines under other stories' headlines, and headline-like lines at the head and the tail that
headline-run's runs miss because a summary, a stamp or a category stands between them). Written for this module
(``CASES``, tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either way):

- round 1, blind (written before the passes were read): 30 naive pages in en, de, fr, es, it, pt, nl, ja, ru, pl, each
  a menu, a story and a rail of two to six teasers (a headline over its summary of one or two sentences, with a stamp,
  "3 hours ago", a category or an author between or under them) under the story ("More stories", "Lesen Sie auch",
  a label no vocabulary knows or none) or over it (a home page's "Top stories"); and 13 pages of article text of the
  same surface shape that must stay whole: FAQs (a question over its answer), listicles, interviews, timelines,
  a product comparison, recipe steps, and two briefings whose items (a headline over its summary) are the article.
  On the base (main at 50889e4): lost 0, left 86 (the rails under a label teaser-box knows went already; the others
  stayed whole, and a summary of twelve words anchored the article's edge inside a rail over the story, so the menu
  over it stayed too).
- round 2, after reading the rule, aimed at its guards: 9 pages of article text in the teasers' very shape at the
  edges (``_ARTICLE_2``): a listicle's items under an ad marker or a photo's caption, closing sections under an ad
  marker or a photo's credit, a briefing under a long introduction with no closing line, a header of headline, standfirst and caption, an
  FAQ whose questions are headings, a story's key facts in its own words, a list of items between paragraphs. On the
  base: lost 0.

After: lost 0, left 0 (both rounds). The fix is in ``headline-run`` (structure family; a new pass's name would have
to stand in the README's pass table): before its runs, lists of teasers (``HeadlineRun._teasers``): a chain of two
items or more, each a headline-like line (the run's test), at most two short unclosed lines (seven words: a stamp, a
category, authors), a summary (3 to 60 words, closed, at most four sentences) and its short lines; a summary whose
headline another pass took (a teaser box's first item under its label, a headline ending in "?" among them) opens a
chain too, and so does a headline whose summary another pass took. The body is the closed paragraphs no chain holds
(two at least, of two thirds of the anchor's words); a chain before it or after it goes, guarded (each guard's page,
the lines the page loses without it):

- at the head, the chain's last item when a closed paragraph follows it: the article's headline over its first
  paragraph (de_briefing, fr_chapeau and six of the ``*_rail_before`` pages: 10 lines without it);
- at the tail, a chain nothing parts from the body but lines of ``_INSIDE_TEXT`` (an ad marker, a photo's credit, a
  promo's label: they stand inside articles too): en_sections_ad (2 lines);
- a chain of more words than twice the body's (before it) or than the body's (after it): nl_lijst_bijschrift, a
  listicle's items under its introduction and a caption (4 lines);
- a chain half of whose items are in the body's words: it_scheda, a story's key facts closing it (2 lines);
- a chain between the body's first and last paragraphs (pt_entre_paragrafos; the parting guard keeps it as well).

Dev set (``bench_text --variant both``): naive P 0.853 → 0.858, R 0.988 → 0.988, F1 0.915 → 0.919; recall variant
unchanged (0.966 / 0.975 / 0.970, no page's text changed). ``pagecmp``: 6 naive pages changed (40 lines, 4,400
characters), each with precision up and recall as before; ``pagegold``: one line, a rail's teaser of the story itself
(its first paragraph cut short with "..", the paragraph stays in the text). Left: rails whose summaries are not closed
("… rivals", a video's description of 90 words): taking an unclosed summary of twelve words or more took a recall
page's paragraphs and a naive page's list of features (8 gold lines), so it is not in; a rail's first teaser when
nothing parts it from the story (its summary reads as the story's last section).
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, judge, page_text, report, tagged_probe_tests

import cleaner

_RESIDUE: dict[str, str] = {
    # a US paper: menu, the story, share row, then "More stories" of headline + summary pairs
    "en_more_after": """\
R Home
R News
R Sports
R Business
R Opinion
T Hospital expands emergency room as winter flu season approaches
R By Mark Ellison
R Published Dec. 2, 2019
A St. Mary's Hospital will open twelve new emergency beds next month, the hospital announced on Monday, ahead of what doctors expect to be a heavy flu season.
A The expansion, which cost $8 million, was paid for largely by a state grant approved last spring.
A "Last winter we had patients waiting in hallways for hours," said Dr. Alan Reyes, who runs the emergency department.
A The new wing will also include a separate waiting area for children and two isolation rooms.
R Share this story
R More stories
R Man rescued after falling through ice on Miller Lake
R Firefighters pulled the 54-year-old from the water after a neighbor heard him shouting for help on Sunday afternoon.
R New bike lanes planned for downtown streets next year
R The city wants to add four miles of protected lanes, but some business owners worry about losing parking.
R High school choir invited to perform at Carnegie Hall
R The 40 students have until March to raise the $60,000 they need for the trip to New York.
R Contact Us
R Privacy Policy
""",
    # a UK site: teaser rail with a time-ago stamp between headline and summary
    "en_related_ago": """\
R Menu
R Search
T Council to cut weekly bin collections to once a fortnight
A Households across the borough will have their general waste collected every two weeks from April, the council has confirmed.
A Recycling will still be collected weekly, and food waste caddies will be handed out to every home free of charge.
A The council says the change will save about £1.2 million a year and help it meet national recycling targets.
A Opposition councillors said residents had not been properly consulted and called for the decision to be reviewed.
R Related
R Rail passengers face disruption as engineering works close line
R 3 hours ago
R No trains will run between the two stations for nine days while the track is replaced.
R Pub named best in the county by real ale group
R 5 hours ago
R The landlord said he was stunned by the award, which his family had waited thirty years for.
R Police appeal after car driven into shop front
R 1 day ago
R Nobody was hurt in the crash, which happened in the early hours of Saturday morning.
""",
    # a home-page rail before the article: headline, summary, category label
    "en_rail_before": """\
R Sections
R Top stories
R Drought forces farmers to sell cattle early
R Ranchers say hay prices have doubled since the summer and they cannot afford to feed their herds through winter.
R Agriculture
R State lawmakers agree on school funding formula
R The deal ends a two-year fight and sends more money to rural districts with falling enrolment.
R Politics
R Museum returns stolen statue to Cambodia
R The sandstone figure was looted during the civil war and sold to a private collector in the 1980s.
R Culture
T Airport opens new terminal after three years of construction
A The airport's new terminal opened to passengers on Thursday morning, three years after construction began and six months later than planned.
A The $900 million building has 14 gates, a larger security area and a rooftop garden that travelers can visit while they wait for their flights.
A Airport officials said the terminal would let the airport handle five million more passengers a year.
A Several airlines said they would add new routes to Europe and Asia next spring.
R Advertisement
""",
    # a blog: after the post, "You might also like" with author names between
    "en_also_like": """\
R Blog
R About
R Shop
T How I finally got my sourdough starter to rise
A For months my starter sat on the counter doing almost nothing, no matter how often I fed it.
A The change that made the difference was moving it to a warmer spot and switching to whole rye flour for the first week.
A Within four days it doubled in size after each feeding, and the first loaf I baked with it had the open crumb I had been chasing all year.
A If your kitchen is cold in winter, try the oven with only the light on: it keeps the jar at about 26 degrees.
R You might also like
R The easiest focaccia you will ever make
R No kneading, no mixer, just a bowl and a long rest in the fridge overnight.
R by Anna Clarke
R Why your bread is dense and how to fix it
R Five common mistakes, from underproofing to slicing the loaf while it is still hot.
R by Tom Reed
""",
    "de_mehr": """\
R Startseite
R Politik
R Wirtschaft
R Sport
T Stadtwerke erhöhen die Strompreise zum Jahreswechsel
R Von Jana Becker
R 02.12.2019
A Die Stadtwerke erhöhen zum 1. Januar den Strompreis für Haushaltskunden um durchschnittlich sieben Prozent.
A Als Grund nennt das Unternehmen gestiegene Netzentgelte und höhere Kosten für die Beschaffung am Großhandelsmarkt.
A Für einen Haushalt mit einem Verbrauch von 3500 Kilowattstunden bedeutet das Mehrkosten von rund 80 Euro im Jahr.
A Kunden haben wegen der Preiserhöhung ein Sonderkündigungsrecht.
R Mehr zum Thema
R Neues Hallenbad öffnet im Frühjahr
R Nach zwei Jahren Bauzeit ist das Bad fast fertig. Die Stadt rechnet mit 200.000 Besuchern im Jahr.
R Weihnachtsmarkt zieht Bilanz
R Trotz des Regens kamen mehr Besucher als im vergangenen Jahr, sagen die Veranstalter.
R Bahnhofstraße wird zur Fußgängerzone
R Der Stadtrat hat den Umbau beschlossen. Die Arbeiten sollen im Sommer beginnen.
R Impressum
R Datenschutz
""",
    "de_rail_before": """\
R Nachrichten
R Regionales
R Top-Themen
R Hochwasser: Pegel an der Elbe steigt weiter
R In Dresden wurde am Morgen die Alarmstufe zwei ausgerufen. Die Feuerwehr baut Schutzwände auf.
R vor 2 Stunden
R Tarifstreit: Lokführer drohen mit neuen Streiks
R Die Gewerkschaft hat das Angebot der Bahn als unzureichend abgelehnt.
R vor 4 Stunden
T Forscher finden seltene Orchidee im Schwarzwald wieder
A Botaniker haben im Südschwarzwald eine Orchideenart wiederentdeckt, die in Baden-Württemberg seit mehr als 40 Jahren als verschollen galt.
A Ein Wanderer hatte die Pflanze im Juni fotografiert und das Bild an das Naturkundemuseum in Karlsruhe geschickt.
A Der genaue Fundort wird geheim gehalten, um die wenigen Exemplare vor Sammlern zu schützen.
A Die Forscher wollen im kommenden Jahr untersuchen, ob es an dem Hang weitere Pflanzen gibt.
R Kommentare
""",
    "de_lesen_sie_auch": """\
R Menü
R Suche
T Gericht kippt Fahrverbot für ältere Diesel in der Innenstadt
A Das Verwaltungsgericht hat das Fahrverbot für ältere Dieselfahrzeuge in der Innenstadt aufgehoben.
A Die Stadt habe nicht ausreichend geprüft, ob mildere Maßnahmen wie ein Tempolimit die Luftwerte ebenso verbessert hätten, heißt es in dem Urteil.
A Die Umwelthilfe, die das Verbot vor drei Jahren erstritten hatte, kündigte an, in Berufung zu gehen.
R Lesen Sie auch
R Wie sauber ist die Luft in Ihrer Stadt?
R Unsere interaktive Karte zeigt die Messwerte aller Stationen im Land.
R Verkehr
R E-Autos: Wo es noch an Ladesäulen fehlt
R Auf dem Land müssen Fahrer oft lange suchen. Eine Analyse.
R Mobilität
""",
    "fr_a_lire_aussi": """\
R Accueil
R Politique
R Société
R Sport
T La ville va planter 20 000 arbres d'ici 2026
R Par Claire Dubois
R Publié le 2 décembre 2019
A La municipalité a présenté lundi un plan pour planter 20 000 arbres dans les rues, les cours d'école et les parcs de la ville d'ici 2026.
A L'objectif est de faire baisser la température de plusieurs degrés lors des vagues de chaleur, qui se multiplient chaque été.
A Le projet coûtera 35 millions d'euros, dont une partie financée par l'État et la région.
A Les habitants pourront proposer des emplacements sur une plateforme en ligne à partir de janvier.
R À lire aussi
R Les cantines passent au bio dans toutes les écoles
R Dès la rentrée prochaine, la moitié des produits servis seront issus de l'agriculture biologique.
R Le tramway prolongé jusqu'à l'aéroport
R Les travaux commenceront au printemps et dureront deux ans.
R Un nouveau marché couvert au centre-ville
R Il accueillera une quarantaine de commerçants dans l'ancienne halle rénovée.
R Mentions légales
""",
    "fr_rail_before": """\
R Le fil info
R Les plus lus
R Retraites : ce qui change au 1er janvier
R Le montant des pensions sera revalorisé de 1 %, mais pas pour tous les retraités.
R Économie
R Tempête : 40 000 foyers privés d'électricité dans l'Ouest
R Les équipes d'Enedis sont mobilisées pour rétablir le courant d'ici ce soir.
R Météo
T Le musée rouvre ses portes après deux ans de travaux
A Fermé depuis deux ans pour une rénovation complète, le musée des Beaux-Arts rouvre samedi avec un nouveau parcours et deux salles supplémentaires.
A Les travaux, d'un montant de 18 millions d'euros, ont permis de remettre aux normes le bâtiment du XIXe siècle et d'installer la climatisation.
A L'entrée sera gratuite pendant tout le premier week-end, a annoncé le maire.
""",
    "fr_sur_le_meme_sujet": """\
R Menu
T Les prix de l'immobilier baissent pour la première fois depuis dix ans
A Les prix des logements anciens ont reculé de 1,2 % sur un an au troisième trimestre, selon les notaires.
A C'est la première baisse enregistrée depuis 2015, après des années de hausse continue portée par des taux d'intérêt très bas.
A La remontée des taux de crédit a réduit le pouvoir d'achat des ménages, qui empruntent moins et plus cher.
A Les notaires s'attendent à ce que la baisse se poursuive au moins jusqu'à l'été prochain.
R Sur le même sujet
R Crédit immobilier : les banques resserrent les conditions
R Les refus de prêt ont augmenté de 20 % en un an, selon un courtier.
R Il y a 2 jours
R Location : le plafonnement des loyers prolongé
R La mesure devait prendre fin en juin, elle est reconduite pour un an.
R Il y a 5 jours
""",
    "es_mas_noticias": """\
R Portada
R España
R Internacional
R Deportes
T El Ayuntamiento amplía el horario de las bibliotecas en época de exámenes
R Redacción
R 02/12/2019
A Las bibliotecas municipales abrirán hasta las dos de la madrugada durante los meses de enero y junio, coincidiendo con los exámenes universitarios.
A La medida responde a una petición de los estudiantes, que se quejaban de la falta de espacios para estudiar por la noche.
A El refuerzo costará unos 150.000 euros y supondrá la contratación de diez vigilantes.
R Más noticias
R Cortes de tráfico en el centro por la carrera de San Silvestre
R La prueba obligará a cerrar varias calles desde las cinco de la tarde del día 31.
R Abre la pista de hielo en la Plaza Mayor
R Estará instalada hasta el 6 de enero y la entrada costará cinco euros.
R La ciudad recibe un premio por su red de carriles bici
R El jurado destacó la conexión entre los barrios y el centro.
R Aviso legal
""",
    "es_rail_before": """\
R Lo último
R Lo más leído
R El Gobierno aprueba la subida del salario mínimo
R El incremento será del 5 % y beneficiará a más de dos millones de trabajadores.
R Economía
R Detenido un hombre por robar en una decena de viviendas
R La Policía Nacional recuperó joyas y aparatos electrónicos en su domicilio.
R Sucesos
R La selección ya conoce a sus rivales del Mundial
R El sorteo emparejó al equipo con Alemania, Japón y Costa Rica.
R Deportes
T Descubren restos de una villa romana durante las obras de una carretera
A Los trabajos de ampliación de una carretera comarcal han sacado a la luz los restos de una villa romana del siglo III con mosaicos en buen estado.
A Los arqueólogos creen que se trataba de una gran explotación agrícola dedicada a la producción de aceite.
A La consejería de Cultura ha paralizado las obras en ese tramo mientras se completa la excavación.
A Los mosaicos serán trasladados al museo provincial cuando terminen los trabajos.
""",
    "es_te_puede_interesar": """\
R Inicio
T Cinco consejos para ahorrar en la factura de la calefacción este invierno
A Bajar un grado el termostato puede reducir el consumo de la calefacción hasta un 7 %, según los expertos en eficiencia energética.
A También conviene purgar los radiadores al principio de la temporada y no cubrirlos con ropa ni muebles.
A Las ventanas son el punto por donde más calor se escapa: unas simples tiras de burlete pueden marcar la diferencia.
A Por último, programar la calefacción para que se apague por la noche evita gastar energía mientras dormimos.
R Te puede interesar
R Así puedes saber si tu casa pierde calor
R Una cámara térmica barata basta para encontrar las fugas.
R hace 3 horas
R Qué electrodomésticos gastan más aunque estén apagados
R El modo de espera supone hasta un 10 % del recibo de la luz.
R hace 1 día
""",
    "it_leggi_anche": """\
R Home
R Cronaca
R Politica
R Sport
T Il Comune apre un nuovo asilo nido nel quartiere est
R di Marco Bianchi
R 2 dicembre 2019
A Il nuovo asilo nido comunale del quartiere est aprirà a gennaio e potrà accogliere sessanta bambini tra i tre mesi e i tre anni.
A La struttura, costata 2,4 milioni di euro, ha un giardino interno e una cucina dove i pasti vengono preparati ogni giorno.
A Le iscrizioni si apriranno il 15 dicembre sul sito del Comune e resteranno aperte per tre settimane.
R Leggi anche
R Scuole, arrivano i nuovi banchi per tutte le classi
R La consegna è prevista entro la fine del mese, dice l'assessore.
R Mense, aumenta il costo del buono pasto
R Da febbraio le famiglie pagheranno venti centesimi in più a pasto.
R Trasporti, nuove corse del bus per gli studenti
R Le linee 4 e 12 avranno un passaggio ogni dieci minuti al mattino.
R Privacy
""",
    "it_rail_before": """\
R Ultime notizie
R Maltempo, allerta rossa in tre regioni
R Scuole chiuse e treni cancellati in Liguria, Toscana e Campania.
R 2 ore fa
R Manovra, il governo pone la fiducia
R Il voto finale alla Camera è atteso per giovedì sera.
R 3 ore fa
R Calcio, l'Italia vince e va agli Europei
R Decide una rete nel secondo tempo.
R 5 ore fa
T Scoperta una nuova specie di ragno nelle grotte del Carso
A Un gruppo di biologi dell'università di Trieste ha descritto una nuova specie di ragno che vive soltanto in alcune grotte del Carso.
A L'animale, lungo meno di tre millimetri, è completamente cieco e privo di pigmenti, un adattamento alla vita nel buio.
A I ricercatori lo hanno chiamato con il nome dello speleologo che per primo ne raccolse un esemplare negli anni Settanta.
""",
    "it_potrebbe_interessarti": """\
R Menu
T Come scegliere il materasso giusto per la schiena
A Un materasso troppo morbido o troppo rigido può peggiorare il mal di schiena, spiegano gli ortopedici.
A La scelta dipende soprattutto dalla posizione in cui si dorme: chi dorme sul fianco ha bisogno di un materasso più morbido di chi dorme sulla schiena.
A Prima di comprare è bene provarlo per almeno dieci minuti, sdraiandosi nella posizione abituale.
A Un buon materasso va cambiato ogni otto o dieci anni.
R Potrebbe interessarti
R Cuscino, quale scegliere per dormire meglio
R Memory, lattice o piuma: vantaggi e svantaggi di ogni materiale.
R Benessere
R Insonnia, i cinque errori da evitare prima di andare a letto
R Dallo smartphone alla cena troppo abbondante.
R Salute
""",
    "pt_leia_tambem": """\
R Início
R Brasil
R Mundo
R Esportes
T Prefeitura anuncia novo hospital na zona norte da cidade
R Por Ana Souza
R 02/12/2019 18h40
A A prefeitura anunciou nesta segunda-feira a construção de um hospital com 200 leitos na zona norte da cidade, a primeira unidade do tipo na região.
A A obra deve custar R$ 180 milhões e tem previsão de ficar pronta em três anos.
A Segundo o secretário de Saúde, o hospital vai reduzir a fila de cirurgias, que hoje passa de 15 mil pacientes.
R Leia também
R Vacinação contra a gripe é ampliada para todas as idades
R Doses estão disponíveis em todos os postos de saúde até o fim do mês.
R Metrô terá horário estendido no fim de ano
R Estações vão funcionar até as duas da manhã nos dias 24 e 31.
R Termos de uso
""",
    "pt_rail_before": """\
R Últimas
R Mais lidas
R Dólar fecha em queda após decisão do Banco Central
R Moeda americana recuou 1,2 % e terminou o dia cotada a R$ 5,10.
R Economia
R Chuva forte causa alagamentos em vários bairros
R Defesa Civil registrou mais de 30 ocorrências durante a madrugada.
R Cidades
T Cientistas brasileiros criam teste rápido para dengue
A Pesquisadores de uma universidade federal desenvolveram um teste que identifica a dengue em quinze minutos a partir de uma gota de sangue.
A O exame custa menos de dez reais e pode ser feito em postos de saúde sem laboratório.
A A equipe espera que o teste seja aprovado pela agência reguladora no próximo ano.
A A tecnologia também poderá ser adaptada para zika e chikungunya, segundo os pesquisadores.
""",
    "pt_pt_relacionados": """\
R Menu
T Governo aprova aumento das pensões para o próximo ano
A O Conselho de Ministros aprovou esta quinta-feira um aumento das pensões entre 2 e 3 por cento a partir de janeiro.
A A medida abrange cerca de dois milhões de reformados e vai custar ao Estado perto de 500 milhões de euros.
A A oposição considerou o aumento insuficiente face à subida do custo de vida.
R Artigos relacionados
R Salário mínimo sobe para 760 euros
R O acordo foi assinado com os parceiros sociais na concertação social.
R Há 2 horas
R IRS: o que muda nos escalões em 2024
R As famílias com rendimentos médios vão pagar menos imposto.
R Há 6 horas
R Inflação abranda pelo terceiro mês consecutivo
R Os preços subiram 2,1 % em novembro, segundo o INE.
R Há 1 dia
""",
    "nl_meer_nieuws": """\
R Home
R Binnenland
R Buitenland
R Sport
T Gemeente wil autoluwe binnenstad binnen vijf jaar
R Door Pieter de Vries
R 2 december 2019
A Het college wil de binnenstad binnen vijf jaar grotendeels autovrij maken, staat in een plan dat dinsdag is gepresenteerd.
A Bewoners en bevoorrading blijven welkom, maar doorgaand verkeer moet om de stad heen rijden.
A Ondernemers reageren verdeeld: winkeliers vrezen minder klanten, horeca ziet vooral kansen voor meer terrassen.
A De gemeenteraad neemt in maart een besluit over het plan.
R Meer nieuws
R Nieuwe fietsenstalling bij station bijna vol
R In de eerste maand werden al 4000 plekken gebruikt.
R Schaatsbaan op de Markt opent vrijdag
R De baan blijft tot half januari liggen en is elke dag open.
R Impressum
""",
    "nl_rail_before": """\
R Net binnen
R Storm zorgt voor vertragingen op het spoor
R Tussen Utrecht en Amsterdam rijden minder treinen door bomen op het spoor.
R 1 uur geleden
R Kabinet trekt extra geld uit voor jeugdzorg
R Gemeenten krijgen de komende drie jaar 300 miljoen euro extra.
R 3 uur geleden
T Archeologen vinden middeleeuws schip in de IJssel
A Bij baggerwerkzaamheden in de IJssel is het wrak van een vrachtschip uit de vijftiende eeuw gevonden.
A Het schip is ongeveer twintig meter lang en nog opvallend goed bewaard gebleven in de modder.
A Archeologen willen het wrak komend voorjaar in zijn geheel bergen en conserveren.
""",
    "nl_gerelateerd": """\
R Menu
T Zo houd je je planten gezond in de winter
A In de winter krijgen kamerplanten minder licht en hebben ze ook minder water nodig dan in de zomer.
A Geef ze daarom minder vaak water en zet ze dichter bij het raam, maar niet vlak boven de verwarming.
A Bemesten is in deze maanden niet nodig: de meeste planten groeien pas weer vanaf maart.
R Gerelateerde artikelen
R Deze planten zuiveren de lucht in huis
R Vijf soorten die weinig verzorging nodig hebben.
R Wonen
R Zo kweek je zelf kruiden op de vensterbank
R Basilicum, peterselie en munt groeien ook in een kleine keuken.
R Tuin
""",
    "ja_kanren": """\
R ホーム
R 国内
R 国際
R スポーツ
T 市立図書館、来年4月から夜10時まで開館へ
R 2019年12月2日 18時40分
A 市は2日、市立中央図書館の開館時間を来年4月から午後10時まで延長すると発表した。
A 仕事帰りの会社員や受験生から延長を求める声が多く寄せられていたという。
A 延長に伴い、職員を5人増やし、年間約2000万円の経費を見込んでいる。
R 関連記事
R 駅前に大型書店が開業、カフェも併設
R 地元の書店チェーンが運営し、約30万冊をそろえる。
R 市内の小中学校、全教室にエアコン設置完了
R 夏の熱中症対策として3年かけて整備を進めてきた。
R 利用規約
""",
    "ja_rail_before": """\
R 主要ニュース
R 台風19号、関東に接近 交通機関に影響も
R 気象庁は大雨や暴風に警戒するよう呼びかけている。
R 2時間前
R 日経平均、3日続伸 半導体株が買われる
R 終値は前日比210円高の2万3500円だった。
R 4時間前
T 新種のカエル、沖縄の山中で発見
A 沖縄本島北部の山中で、新種のカエルが見つかったと大学の研究チームが発表した。
A 体長は約3センチで、背中に特徴的な黄色の模様があるという。
A 研究チームは生息地の保護を県に求めている。
""",
    "ja_osusume": """\
R メニュー
T 冬の電気代を抑える5つのコツ
A エアコンの設定温度を1度下げるだけで、消費電力は約10%減るとされる。
A 窓に断熱シートを貼ると、部屋の暖かさが逃げにくくなる。
A 使っていない家電のプラグを抜くことも、待機電力の節約につながる。
R おすすめ記事
R 加湿器の選び方、タイプ別の特徴を解説
R スチーム式と気化式、それぞれの長所と短所をまとめた。
R 暮らし
R 結露を防ぐには?今日からできる対策
R 換気と室温の管理がポイントだという。
R 暮らし
""",
    "ru_chitayte_takzhe": """\
R Главная
R Политика
R Экономика
R Спорт
T В городе откроют три новые станции метро
R Иван Петров
R 2 декабря 2019, 18:40
A Три новые станции метро откроются в городе до конца следующего года, сообщили в мэрии в понедельник.
A Строительство обошлось бюджету в 40 миллиардов рублей и заняло почти пять лет.
A После открытия станций время поездки из спальных районов в центр сократится на двадцать минут.
R Читайте также
R В парках установят новые катки
R Они будут работать бесплатно до конца февраля.
R Автобусы перейдут на новое расписание
R Интервалы на популярных маршрутах сократятся до пяти минут.
R Мэр пообещал отремонтировать все школы
R Работы планируется завершить к 2022 году.
R Контакты
""",
    "ru_rail_before": """\
R Главное
R Центробанк сохранил ключевую ставку
R Регулятор объяснил решение замедлением инфляции.
R 2 часа назад
R В Москве выпал первый снег
R Синоптики обещают похолодание до минус десяти градусов.
R 3 часа назад
T Учёные нашли в Сибири останки мамонта с сохранившейся шерстью
A Палеонтологи обнаружили в Якутии останки мамонта, у которого сохранились шерсть и часть мягких тканей.
A По предварительной оценке, животное погибло около 30 тысяч лет назад.
A Находку доставят в Якутск, где её изучат специалисты из нескольких стран.
""",
    "ru_po_teme": """\
R Меню
T Как выбрать зимние шины
A Зимние шины нужно ставить, когда средняя температура опускается ниже плюс пяти градусов.
A Шипованная резина лучше держит на льду, а фрикционная тише и подходит для городских дорог.
A Глубина протектора зимних шин не должна быть меньше четырёх миллиметров.
R По теме
R Как подготовить автомобиль к зиме
R Проверьте аккумулятор, антифриз и щётки стеклоочистителя.
R Авто
R Что делать, если машина не заводится в мороз
R Несколько простых способов завести двигатель.
R Авто
""",
    "pl_czytaj_takze": """\
R Strona główna
R Kraj
R Świat
R Sport
T Miasto kupi dwadzieścia nowych tramwajów
R Anna Nowak
R 02.12.2019, 18:40
A Miejskie przedsiębiorstwo komunikacyjne podpisało umowę na zakup dwudziestu nowoczesnych tramwajów.
A Pierwsze pojazdy mają wyjechać na tory w przyszłym roku, a ostatnie do końca 2022 roku.
A Zakup kosztuje 260 milionów złotych i w większości zostanie sfinansowany z funduszy unijnych.
R Czytaj także
R Nowe ścieżki rowerowe w centrum
R Drogowcy wyznaczą ponad 10 kilometrów tras.
R Remont mostu potrwa dłużej
R Wykonawca tłumaczy opóźnienie złą pogodą.
R Polityka prywatności
""",
    "pl_rail_before": """\
R Najważniejsze
R Sejm uchwalił budżet na przyszły rok
R Za ustawą głosowało 235 posłów.
R 2 godziny temu
R Ceny paliw znowu w górę
R Na stacjach benzyna kosztuje już ponad sześć złotych za litr.
R 4 godziny temu
T Naukowcy z Krakowa opracowali nowy test na boreliozę
A Zespół naukowców z Krakowa opracował test, który wykrywa boreliozę już w pierwszym tygodniu po ukąszeniu przez kleszcza.
A Obecnie stosowane testy dają wiarygodny wynik dopiero po kilku tygodniach.
A Badacze liczą, że test trafi do przychodni w ciągu dwóch lat.
""",
}

_ARTICLE: dict[str, str] = {
    # an FAQ page: question headings over their answers (the article is the list)
    "en_faq": """\
T Frequently asked questions about the new parking permits
A The city is replacing paper parking permits with digital ones from January, and residents have asked many questions about the change.
T Do I need to put anything in my windscreen?
A No. Your number plate is your permit, and wardens check it with a handheld scanner.
T How much does a permit cost?
A A resident permit costs £60 a year, the same as the paper permit it replaces.
T Can visitors still park on my street?
A Yes. You can buy visitor sessions online or by phone, up to 50 hours a month.
T What if I do not have internet access?
A You can apply in person at the town hall or at any of the three libraries.
""",
    # a listicle: numbered titles over a paragraph each
    "en_listicle": """\
T Seven day trips from London you can make by train
A You do not need a car to get out of the capital for a day: these seven places are all less than two hours away by train.
T 1. Brighton
A The seaside town has a pier, a pebble beach and the Royal Pavilion, and trains run every fifteen minutes from Victoria.
T 2. Oxford
A Walk around the colleges, visit the Ashmolean Museum and finish the day in one of the old pubs by the river.
T 3. Whitstable
A Famous for its oysters, this fishing town on the Kent coast is best visited in the autumn, when the crowds have gone.
T 4. Cambridge
A Hire a punt on the Cam or climb the tower of Great St Mary's for a view over the colleges.
""",
    # an interview: short questions over one- or two-sentence answers
    "de_interview": """\
A Die Schriftstellerin Marie Lang hat ihren dritten Roman veröffentlicht. Wir haben mit ihr über das Schreiben und über ihre Heimat an der Ostsee gesprochen.
T Frau Lang, worum geht es in Ihrem neuen Buch?
A Um eine Familie, die nach dem Tod des Vaters den Hof an der Küste verkaufen muss. Es geht um Heimat und um das Loslassen.
T Wie lange haben Sie daran geschrieben?
A Fast vier Jahre. Die erste Fassung habe ich komplett weggeworfen.
T Schreiben Sie jeden Tag?
A Ja, jeden Morgen von sechs bis zehn Uhr. Danach gehe ich mit dem Hund an den Strand.
T Was lesen Sie gerade?
A Einen alten Roman von Theodor Fontane, den ich als Schülerin gehasst habe. Heute finde ich ihn großartig.
""",
    # a timeline: date lines over one event sentence each
    "fr_timeline": """\
A Retour sur les grandes étapes du chantier de la cathédrale depuis l'incendie.
T 15 avril 2019
A Un incendie détruit la charpente et la flèche de la cathédrale.
T 16 avril 2019
A Le président promet de reconstruire l'édifice en cinq ans.
T Juillet 2019
A Le Parlement adopte la loi pour la conservation et la restauration du monument.
T Septembre 2020
A Les ouvriers achèvent le démontage de l'échafaudage fondu par les flammes.
T Décembre 2024
A La cathédrale rouvre ses portes au public lors d'une cérémonie solennelle.
""",
    # a product comparison: each model's name over a two-sentence verdict
    "es_comparativa": """\
T Los mejores auriculares inalámbricos de 2023
A Hemos probado durante un mes los auriculares inalámbricos más vendidos para saber cuáles merecen la pena.
T Sony WF-1000XM5
A La mejor cancelación de ruido que hemos probado. La batería dura ocho horas con la cancelación activada.
T Apple AirPods Pro 2
A La opción más cómoda para quien tiene un iPhone. El sonido es equilibrado y los controles, muy intuitivos.
T Samsung Galaxy Buds2 Pro
A Muy buen sonido por un precio más bajo. Se quedan algo cortos en las llamadas en la calle.
A En resumen, los Sony son los más completos, pero los Samsung ofrecen la mejor relación calidad-precio.
""",
    # a morning briefing: the items are the article (each a headline over its summary)
    "en_briefing": """\
T Morning briefing: what you need to know today
A Good morning. Here are the stories that matter this Tuesday.
T Storm warning for the east coast
A Forecasters expect winds of up to 80 miles an hour and heavy rain from this afternoon, and several ferry crossings have been cancelled.
T Interest rates held at 5 percent
A The central bank left rates unchanged for the third month in a row but said it could cut them early next year.
T Strike at the ports ends
A Dock workers accepted a 7 percent pay rise after a two-week strike that left hundreds of containers stranded.
T Final of the cup tonight
A The two clubs meet at the national stadium at 8 p.m., the first final between them since 1994.
A That's all for today. We will be back tomorrow morning.
""",
    # a German briefing: items of headline + summary, the article
    "de_briefing": """\
T Der Morgen: Das Wichtigste am Mittwoch
A Guten Morgen, das sind die Themen des Tages.
T Bundestag stimmt über Haushalt ab
A Die Abgeordneten entscheiden heute über den Etat für das kommende Jahr. Die Opposition kündigt Widerstand an.
T Bahnstreik geht weiter
A Im Fernverkehr fallen auch heute viele Züge aus. Die Bahn rät, Reisen zu verschieben.
T Neuer Rekord bei der Windkraft
A Im November haben Windräder so viel Strom erzeugt wie nie zuvor in einem Monat.
A Einen guten Tag wünscht Ihnen die Redaktion.
""",
    # recipe steps: short step titles over their sentence
    "it_ricetta": """\
A Il risotto alla zucca è un piatto autunnale semplice, che richiede solo un po' di pazienza.
T Preparare la zucca
A Sbucciate la zucca, eliminate i semi e tagliatela a cubetti di un centimetro.
T Tostare il riso
A In una pentola fate soffriggere la cipolla nel burro, poi aggiungete il riso e tostatelo per due minuti.
T Cuocere
A Unite la zucca e versate il brodo caldo un mestolo alla volta, mescolando spesso, per circa diciotto minuti.
T Mantecare
A Spegnete il fuoco e mantecate con il parmigiano e una noce di burro. Lasciate riposare due minuti prima di servire.
""",
    # a Portuguese FAQ
    "pt_faq": """\
T Perguntas frequentes sobre o novo documento de identidade
A O novo documento de identidade começa a ser emitido em todo o país no próximo mês.
T Preciso trocar o documento antigo?
A Não imediatamente. O documento antigo continua válido até 2032.
T Quanto custa a primeira via?
A A primeira via é gratuita para todos os cidadãos.
T Onde posso pedir o novo documento?
A Nos postos de identificação dos estados, com agendamento pela internet.
""",
    # a Dutch listicle of tips
    "nl_tips": """\
T Vijf tips om beter te slapen
A Slecht slapen komt veel voor, maar met een paar kleine aanpassingen slaap je vaak al een stuk beter.
T 1. Ga elke dag op dezelfde tijd naar bed
A Je lichaam went aan een vast ritme, ook in het weekend.
T 2. Leg je telefoon weg
A Het blauwe licht van het scherm houdt je wakker. Stop er een uur voor het slapen mee.
T 3. Houd de slaapkamer koel
A Een temperatuur van zestien tot achttien graden is ideaal om in slaap te vallen.
""",
    # a Russian timeline
    "ru_hronika": """\
A Хроника строительства моста через реку.
T Март 2015 года
A Правительство утвердило проект моста и выделило первые средства.
T Октябрь 2016 года
A Строители установили первую опору в русле реки.
T Май 2018 года
A По мосту прошёл первый автомобиль.
T Декабрь 2019 года
A Мост открыли для движения поездов.
""",
    # a Polish Q&A interview
    "pl_wywiad": """\
A Rozmawiamy z trenerem reprezentacji o przygotowaniach do mistrzostw.
T Jak ocenia pan formę zespołu?
A Jest coraz lepiej. Zawodnicy są zdrowi i bardzo zmotywowani.
T Kogo obawia się pan najbardziej?
A Hiszpanów. To drużyna, która potrafi długo utrzymać piłkę i zmęczyć rywala.
T Czy ma pan już ustalony skład?
A Prawie. Ostatnie decyzje zapadną po meczu towarzyskim w czwartek.
""",
    # a Japanese FAQ
    "ja_faq": """\
T よくある質問
A 新しい図書館カードについて、よく寄せられる質問をまとめました。
T カードの発行に費用はかかりますか?
A 発行は無料です。紛失した場合の再発行は300円かかります。
T 市外に住んでいても作れますか?
A 市内に通勤・通学している方は作ることができます。
""",
}

# round 2 (written after reading the rule, aimed at its guards): article text in the teasers' very shape at the edges
_ARTICLE_2: dict[str, str] = {
    # a listicle under two paragraphs of introduction, an ad marker parting them from its items (headline + summary)
    "en_listicle_ad": """\
T The best hiking trails near the city for a winter weekend
A Winter is a quiet time on the trails around the city, and with the right boots most of them stay open all season long.
A We asked park rangers and local hiking clubs for the walks they recommend when the days are short and the ground is frozen.
R Advertisement
T Cedar Ridge Loop offers views across the valley
A The five-mile loop climbs gently through pine forest to a lookout over the frozen reservoir.
T Mill Creek Trail follows the old railway line
A This flat path along the creek is ideal for families and is cleared of snow after every storm.
T Eagle Point is the hardest climb of the three
A Bring spikes for your boots: the last mile to the summit is steep and often icy until March.
""",
    # an article closing with subsections of one short paragraph each, under a photo credit
    "de_abschnitte": """\
T Was sich im neuen Jahr für Mieter ändert
A Zum 1. Januar treten mehrere neue Regeln in Kraft, die für Millionen Mieter in Deutschland Folgen haben werden.
A Die wichtigsten Änderungen betreffen die Heizkosten, die Mietpreisbremse und die Abrechnung der Nebenkosten.
R Foto: dpa
T Heizkosten werden neu verteilt
A Vermieter müssen künftig einen Teil der CO2-Kosten übernehmen, je nach Zustand des Gebäudes.
T Mietpreisbremse gilt länger
A Die Regel wurde um drei Jahre verlängert und gilt nun bis Ende 2028.
T Nebenkosten jeden Monat einsehbar
A Mieter mit digitalen Zählern bekommen jeden Monat eine Übersicht über ihren Verbrauch.
""",
    # a briefing with a long introduction over its items and no closing line
    "en_briefing_intro": """\
T Evening briefing
A Good evening. It has been a busy day in Westminster and on the markets, so here are the four stories you need to know about before tomorrow morning.
A Our reporters will follow all of them through the night, and the morning edition will have the latest news from each.
T Budget vote delayed until next week
A The government postponed the vote after a group of its own MPs threatened to rebel over the cuts to local councils.
T Pound falls to a six-month low
A Sterling dropped by more than one percent against the dollar after weak figures for factory output.
T Hospital waiting lists grow again
A More than seven million people are now waiting for planned treatment, the highest number on record.
T Rail fares to rise by five percent
A The increase will take effect in March, the smallest rise for three years.
""",
    # an article's header: its headline, a standfirst closed as a sentence, a photo's caption, then the text
    "fr_chapeau": """\
T Le gouvernement présente son plan pour les hôpitaux
A Le ministre de la Santé promet 10 milliards d'euros sur cinq ans.
T Le ministre de la Santé lors de la présentation du plan à Paris
A Le plan prévoit l'embauche de 15 000 infirmiers et la rénovation de 300 services d'urgences d'ici 2028, a annoncé mardi le ministre de la Santé.
A Les syndicats ont salué un premier pas, tout en jugeant l'effort insuffisant face à la pénurie de personnel.
A Les premières mesures entreront en vigueur dès le mois de janvier.
""",
    # a long story closing with two short sections under an ad marker (the only line between: no residue of the
    # page's tail parts them from the text)
    "en_sections_ad": """\
T Town hall to be turned into housing after council sells building
A The council has agreed to sell the old town hall to a housing association, which plans to turn the Victorian building into forty flats for rent.
A The building has stood empty since the council moved its offices to the business park in 2016, and repairs to its roof alone would cost more than £2 million.
A Campaigners had wanted it to become a community centre, but the council said no group had come forward with a plan that could pay for its upkeep.
A The housing association said the clock tower and the main hall would be kept, and the hall would be open to the public for events twice a month.
A Work is due to start next spring and the first tenants could move in by the end of 2026.
R Advertisement
T What happens to the clock tower
A The clock will be restored by a specialist firm and will chime again for the first time since 2016.
T When the public can have a say
A A consultation on the plans opens on Monday and runs for six weeks.
""",
    # a listicle's items under its introduction, a photo's caption (a line that stands) between them
    "nl_lijst_bijschrift": """\
T De mooiste fietsroutes langs de kust
A Wie in het voorjaar wil fietsen, vindt langs de kust routes voor elk niveau, van korte rondjes tot tochten van een hele dag.
A Wij zetten er vier op een rij, allemaal goed bewegwijzerd en met genoeg plekken om onderweg te stoppen.
T Fietsers op de dijk bij Westkapelle, vlak na zonsopgang, op een zonnige ochtend in april
T De Kustroute van Vlissingen naar Domburg
A Een tocht van veertig kilometer door de duinen, met onderweg strandpaviljoens en uitzicht op zee bij de vuurtoren.
T De Polderroute rond het Veerse Meer
A Vlak en rustig, ideaal voor gezinnen met kinderen, en langs een paar mooie oude dorpen met terrasjes.
T De Duinroute door de Manteling van Walcheren
A Door bos en duin, met veel schaduw op warme dagen en een paar stevige klimmetjes bij Oostkapelle.
T De Deltaroute over de Oosterscheldekering
A Een lange tocht over de kering, vaak met harde wind, maar met een prachtig uitzicht over het water en de werken.
""",
    # a story closing with its key facts as headline + sentence, under the page's share row: in the story's words
    "it_scheda": """\
T Riapre il ponte sul fiume dopo due anni di lavori
A Il ponte sul fiume Adige riapre al traffico sabato mattina, dopo due anni di lavori per rinforzare i piloni danneggiati dalla piena del 2020.
A I lavori sono costati undici milioni di euro e hanno richiesto la chiusura totale del ponte per diciotto mesi.
A Il sindaco ha detto che il ponte sarà aperto anche a pedoni e biciclette, con una nuova pista ciclabile su entrambi i lati.
R Condividi
T Il ponte riapre al traffico sabato mattina
A I lavori per rinforzare i piloni sono durati due anni.
T Una pista ciclabile su entrambi i lati del ponte
A Pedoni e biciclette avranno una corsia nuova sul ponte riaperto.
""",
    # a story with its own list of headline + sentence items between its paragraphs, a photo's caption over it
    "pt_entre_paragrafos": """\
T Nova lei do inquilinato entra em vigor em janeiro
A A nova lei do inquilinato foi publicada nesta terça-feira no Diário Oficial e passa a valer a partir de primeiro de janeiro do próximo ano.
A O texto foi aprovado pelo Congresso em outubro, depois de mais de dois anos de discussão entre proprietários, inquilinos e imobiliárias.
T Prédios residenciais no centro da cidade, onde os aluguéis subiram, em foto de arquivo
T Reajuste passa a seguir outro índice
A Os contratos serão corrigidos pela inflação oficial, e não mais pelo índice dos aluguéis.
T Multa por rescisão fica menor
A Quem sair do imóvel antes do prazo pagará no máximo dois meses de aluguel.
T Fiador deixa de ser obrigatório
A O seguro-fiança e o depósito caução passam a valer como garantia em qualquer contrato.
A Para o advogado Paulo Mendes, especialista em direito imobiliário, a lei traz mais equilíbrio, mas ainda vai gerar disputas na Justiça nos primeiros meses.
A As associações de proprietários disseram que vão acompanhar os efeitos da mudança sobre a oferta de imóveis para alugar.
""",
    # an FAQ whose questions are printed as headings without a question mark
    "es_guia": """\
T Guía para renovar el pasaporte antes del verano
A Cada año miles de personas descubren en el aeropuerto que su pasaporte ha caducado, y en verano las citas se agotan en pocos días.
A Estos son los pasos que hay que seguir para renovarlo a tiempo y sin sorpresas.
T Cómo pedir la cita previa en la comisaría
A La cita se pide en la página web de la Policía Nacional o por teléfono, y conviene hacerlo con dos meses de antelación.
T Qué documentos hay que llevar el día de la cita
A Basta con el DNI en vigor, una fotografía reciente y el pasaporte antiguo si se tiene.
T Cuánto cuesta renovar el pasaporte en España
A La tasa es de unos treinta euros y se paga con tarjeta en la misma comisaría.
""",
}

CASES: dict[str, str] = {**_RESIDUE, **_ARTICLE, **_ARTICLE_2}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# the pages whose teasers the teaser rule takes (the others' rails go under a label a vocabulary knows: teaser-box)
_TAKEN = [
    "de_lesen_sie_auch", "de_rail_before", "en_also_like", "en_rail_before", "en_related_ago", "es_rail_before",
    "es_te_puede_interesar", "fr_rail_before", "fr_sur_le_meme_sujet", "it_potrebbe_interessarti", "it_rail_before",
    "ja_osusume", "ja_rail_before", "nl_gerelateerd", "nl_rail_before", "pl_rail_before", "pt_pt_relacionados",
    "pt_rail_before", "ru_po_teme", "ru_rail_before",
]  # fmt: skip


@pytest.mark.parametrize("key", _TAKEN)
def test_the_teasers_go_as_a_list_of_teasers(key: str) -> None:
    result = cleaner.explain_text(page_text(CASES[key]))
    assert any(r.pass_name == "headline-run" and "teasers" in r.reason for r in result.removed)


@pytest.mark.parametrize("key", sorted({**_ARTICLE, **_ARTICLE_2}))
def test_no_article_page_loses_a_line_to_the_teaser_rule(key: str) -> None:
    result = cleaner.explain_text(page_text(CASES[key]))
    assert not [r for r in result.removed if "teasers" in r.reason]


def test_the_article_s_first_paragraph_under_the_rail_stays() -> None:
    # (the rail's last item would be the article's headline over its first paragraph: the head drops it; the headline
    # goes as a title, title-line)
    result = cleaner.explain_text(page_text(CASES["en_rail_before"]))
    assert result.text.startswith("The airport's new terminal opened")
    assert [r.pass_name for r in result.removed if "Airport opens" in r.text] == ["title-line"]


if __name__ == "__main__":
    report(CASES, judge)
