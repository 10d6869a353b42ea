# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Rails 26: the teaser rails the cleaner still left after session 25 (test_teaser25), in en, de, fr, es, it, pt, nl,
ja, ko, zh, pl and ru, on ``recall``-like texts (an extractor's output: the story and what it kept under it) and naive
pages (all visible text; their menus and footers are tagged ``T``, the probe judges the rails). Written for this
module (``CASES``, tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either way):

- round 1, blind (written before the passes were read): 25 pages of rails (``_RESIDUE``): teaser lists whose summaries
  no sentence mark closes (a dek cut off mid-sentence, "… to keep", "… a un incremento del 5% que", or ending in "…"),
  before or after the story; bulleted or numbered lists of other stories' headlines closing the page, under "More
  stories", "Weitere Artikel", "Más noticias", "Czytaj także" or no heading; most-read rankings with their numbers and
  view counts ("48,213 views", "15.402 visualizações", "👁 12 450"); rails of a headline and its stamp or section
  ("12 min ago · Traffic", "14:32", "2시간 전", "12 мая 2024, 10:15", "Il y a 3 heures"). And 20 pages of article text
  of the same surface shape that must stay whole (``_ARTICLE``): key points bulleted over the story (en, de), listicles
  whose items are headline-like lines over prose (en, es), how-tos' numbered steps (en, ja), an article closing on a
  bulleted or numbered list of advice (en, it), reading lists that are the article (en, ru), a list of sources,
  timelines (de, zh), tables of contents (en, pl), subheadings that read as headlines (fr, ko), news roundups whose
  items are the article (en, pt, nl). On the base (main at m26): lost 1, left 34 on 8 pages: a head box's "Top
  Stories" (three headlines each over a summary cut with "…") ran on into the story's headline and first paragraph
  (teaser-box read them as a fourth teaser); three most-read boxes whose heading ("Meistgelesen" no table knew; "Lo más
  leído", "Самое читаемое") stands over a numbered list, which teaser-box read as the article's own list; a rail whose
  view counts ("15.402 visualizações") ended its box after the first headline; a home page's strip of cut deks each
  under its section ("Economía", "Deportes"), which parted the runs of headlines; a rail of two headlines, each under
  its section and over its stamp (a run of two); two bulleted or numbered lists of headlines right under the story's last paragraph.
- round 2, after reading teaser-box, headline-run and the changes' guards, aimed at them (``_ARTICLE_2``): a most-read
  heading over the article's own ranking between its paragraphs (en, de: a library's books of the year), the same
  closing the article under "Most read:", a guide's contents of long and short items in turn, an article's header of
  kicker, headline, standfirst, genre label and caption with no full stops, a poem closing an obituary (capitalised
  unclosed lines, one-word lines between). On the base: lost 0; with the changes before the last guard below: lost 8
  (the rankings between paragraphs: teaser-box's ``inside`` reads paragraphs of more than 25 words only);
  en_contents_pairs, written against the first version of the label rule below, lost 6 with it.

After: round 1 lost 0, left 13 on 3 pages (``RESIDUE_LEFT``); round 2 lost 0. The changes, each with what it still
takes and what it keeps:

- teaser-box (promos), a most-read box's ranked list: a heading of the new table ``promos.rank_heading`` ("Most read",
  "Meistgelesen", "Les plus lus", "Lo más leído", "I più letti", "Mais lidas", "Meest gelezen", "Najczęściej czytane",
  "Самое читаемое", "アクセスランキング", "많이 본 뉴스", "热门排行") over a ranked list of headlines ("1. Unfall auf der
  B27: …", or a bare "1" over a headline) at the article's edge is a box: the guard that keeps a heading right over a
  numbered list (the article's "Our recommendations" over "1. Kaub to Lorch: 11 kilometres", test_passes) does not hold
  it. Takes de_meistgelesen, es_lo_mas_leido, ru_samoe_chitaemoe. Kept: such a heading with a closed paragraph (a full
  stop or an exclamation, no list item) on both sides of it (en_most_read_inside, de_meistgelesen_innen), or closed by a
  colon (en_most_read_colon_tail); a line of the table over no ranked list goes only as a ``box_heading`` does.
- teaser-box, view counts: a line of the new table ``promos.view_count`` ("48,213 views", "15.402 visualizações",
  "👁 12 450") stands in a box as a rank or an age does, beside its headline (pt_mais_lidas, ru_samoe_chitaemoe); the
  table is read inside a box only.
- teaser-box, the article under a head box: where a box with summaries stands at the page's head (no prose over its
  heading) and ends right over a closed paragraph, its last headline and "summary" stay when the headline is in the
  words of the text from that summary on (two long words and a third of them at the least): the article's headline
  and first paragraph (en_ellipsis_rail_before). A last teaser in other words still goes (test_passes' teaser-summary:
  "Storm warning issued for the north coast" over a story on a harbour), and so do the box's teasers over it.
- headline-run (structure), section labels: a run of headline-like lines goes on over a kept line of one or two
  words (capitalised, no figure, closed by a letter) right over a headline-like line, where the teaser over the label
  holds a headline-like line and a line another pass took (its stamp, "Il y a 3 heures", which counts in a run as
  before); under a last group of another shape the run ends at the label and the lines under it are judged as a run
  of their own: fr_rubriques_avant. Kept: tables of contents of long and short items in turn (en_contents_mixed,
  en_contents_pairs), the header and the poem of round 2 (en_header_labels, es_poema_final). A first version that
  asked for groups of two headline-like lines (a headline and its cut dek) took es_portada_sin_cierre too, but also
  en_contents_pairs (6 lines, written for it) and kept a rail's three headlines under a label on a dev page where it
  cut the run at the label (fixed: the lines under it are a run of their own).

Dev set (``bench_text --variant both``): recall unchanged (0.967 / 0.975 / 0.971, no page's text changed); naive
P 0.858 → 0.859, R 0.988 → 0.988, F1 0.919 → 0.919; ``pagecmp``: one naive page changed (an opinion page's own headline, twice, under its section label: P 0.907 →
0.919, R as before); ``pagegold``: no gold line newly removed.

Left (``RESIDUE_LEFT``): a list of headlines right under the story's last paragraph with no heading and nothing between
(en_numbered_no_heading, nl_bullets_geen_kop): the shape of an article's closing list of its own points that no colon
announces, and a rule on it is a recall risk on ``recall`` pages; a home page's strip of headlines each over a cut
dek under its section (es_portada_sin_cierre): labels between pairs of unclosed lines are a table of contents' shape
too, and nothing else on the strip tells it from one.
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, judge, page_text, parse, report, tagged_probe_tests

import cleaner

_RESIDUE: dict[str, str] = {
    # naive: a regional paper, the story, then "More from Politics" whose deks are cut off mid-sentence
    "en_cut_deks_after": """\
T Home
T Politics
T Business
T Sport
T Minister unveils plan to cut hospital waiting lists by half
A The health minister on Wednesday set out a plan to halve hospital waiting lists within three years, promising 20,000 extra operations a month.
A The plan relies on new surgical hubs that will take routine procedures such as hip replacements away from busy hospitals.
A Unions welcomed the extra money but warned that the service did not have enough nurses to staff the hubs.
A "Money alone will not fix this if there is nobody to do the work," said Sarah Collins of the nurses' union.
A The opposition called the targets unrealistic and said similar promises had been missed twice before.
R More from Politics
R Councils warn of budget gap as social care costs rise
R Local authorities say they will need an extra £2bn next year just to keep
R Teachers to vote on strike action over pay offer
R The union's executive said the offer of 4.5% was
R Ex-minister to stand down at next election
R The MP, who has represented the seat since 2005, told local party members that
T Terms of use
T Contact us
""",
    # recall: extractor output, the story, then a bulleted list of other stories' headlines under "More stories"
    "en_bullets_more_stories": """\
T Rail strike to go ahead after last-minute talks fail
A Train drivers will strike on Friday after talks between the union and rail operators broke down late on Wednesday night.
A Most services across the region are expected to be cancelled, and operators have advised passengers to travel only if necessary.
A The union said the latest pay offer did not keep pace with inflation and came with changes to working conditions its members could not accept.
A The operators said the offer was fair and urged the union to put it to a vote of its members.
R More stories
R • Why the rail strike matters for commuters
R • Which lines will run on Friday and which will not
R • Fuel prices fall for the third week in a row
R • City council approves new cycle lane on High Street
""",
    # recall: the story, then a numbered list of headlines with no heading at all
    "en_numbered_no_heading": """\
T Ten years on, the flood defences that saved a town
A When the river rose again this winter, the wall built after the 2013 floods held, and the water stayed out of the high street.
A Shop owners who lost everything a decade ago spent the night watching the level creep up the concrete, a few feet below the top.
A The £12m scheme was criticised at the time as too expensive for a town of 8,000 people.
A Nobody in the town is criticising it now.
R 1. Ten things to know about the new flood warning system
R 2. Insurance premiums soar in flood-hit streets
R 3. Watch: drone footage shows scale of flooding across the valley
R 4. River levels: latest updates from the Environment Agency
""",
    # naive: "Most read" ranking with numbers and view counts after the story
    "en_most_read_counts": """\
T Menu
T Search
T Scientists find oldest known footprints in North America
A Footprints pressed into mud at the edge of an ancient lake in New Mexico are between 21,000 and 23,000 years old, researchers reported on Thursday.
A The find suggests that people reached the Americas thousands of years earlier than many archaeologists had believed.
A The team dated seeds trapped in the layers above and below the prints, and a second team has since confirmed the dates with pollen.
A "It is a very strong case," said Dr. Kathleen Springer, one of the authors of the study.
R Most read
R 1
R Woman finds wedding ring lost 40 years ago in carrot patch
R 48,213 views
R 2
R Three dead as storm batters coast
R 31,977 views
R 3
R Pay rise for care workers confirmed
R 12,045 views
T © 2024 The Herald
""",
    # naive: a rail of headline + timestamp/category pairs before the story (home page strip)
    "en_stamp_rail_before": """\
T Skip to content
T Latest
R Bridge closed after lorry strike
R 12 min ago · Traffic
R School meals price to rise in September
R 34 min ago · Education
R Football club fined over fan disorder
R 1 hr ago · Sport
R New café opens in old fire station
R 2 hrs ago · Business
T Library saved from closure after campaign by residents
A The town's only library will stay open after the council reversed its decision to close it, following a campaign that gathered more than 6,000 signatures.
A The council had planned to shut the building in April to save £90,000 a year.
A Volunteers will now run the library on two days a week, and the council will keep paying for the building and the books.
A "This is what happens when a town decides it is not going to give up," said campaigner Joan Hill.
""",
    # naive: teaser list BEFORE the story whose summaries end in "…"
    "en_ellipsis_rail_before": """\
T Newsletters
T Podcasts
R Top Stories
R Senate passes stopgap funding bill hours before deadline
R The measure keeps the government open until March but leaves out the disaster aid that…
R Storm knocks out power to 200,000 homes in the Northeast
R Utility crews from six states have been called in, and officials say some customers could…
R Fed holds rates steady, signals two cuts next year
R Chair Jerome Powell said inflation had cooled more quickly than the central bank…
T Drought-hit farmers turn to sorghum as water runs short
A Farmers in western Kansas are planting sorghum instead of corn this spring, betting that the hardier crop will survive another dry summer.
A Sorghum needs about a third less water than corn, and new varieties yield nearly as much per acre as they did a decade ago.
A "We used to grow it because we had to. Now we grow it because it makes sense," said Dale Weber, who farms 3,000 acres near Garden City.
A Seed dealers say sales of sorghum seed are up by about a quarter on last year.
""",
    # recall: German story, then "Weitere Artikel" of bullet headlines
    "de_weitere_artikel": """\
T Stadt verbietet Laubbläser in Wohngebieten
A Ab dem kommenden Frühjahr dürfen in den Wohngebieten der Stadt keine benzinbetriebenen Laubbläser mehr eingesetzt werden.
A Das hat der Stadtrat am Dienstagabend mit großer Mehrheit beschlossen.
A Anwohner hatten sich seit Jahren über den Lärm beschwert, vor allem an Samstagen und in den frühen Morgenstunden.
A Der städtische Bauhof will künftig Rechen und elektrische Geräte verwenden, die deutlich leiser sind.
R Weitere Artikel
R • Neue Radwege: Wo die Stadt jetzt baut
R • Müllgebühren steigen 2025 um acht Prozent
R • Hallenbad bleibt bis Ostern geschlossen
R • Weihnachtsmarkt: Das sind die Öffnungszeiten
""",
    # naive: German story, then "Meistgelesen" numbered with reads
    "de_meistgelesen": """\
T Startseite
T Region
T Sport
T Bäckerei nach 120 Jahren geschlossen: Letzter Tag mit langer Schlange
A Am Samstag hat die Bäckerei Hartmann in der Altstadt zum letzten Mal geöffnet, nach 120 Jahren und vier Generationen.
A Schon um sechs Uhr morgens standen die Kunden bis auf die Straße, viele wollten ein letztes Mal die bekannten Mohnschnecken kaufen.
A Inhaber Klaus Hartmann sagte, er habe keinen Nachfolger gefunden, und die gestiegenen Energiekosten hätten die Entscheidung erleichtert.
A Das Gebäude soll verkauft werden, was dort künftig entsteht, ist noch offen.
R Meistgelesen
R 1. Unfall auf der B27: Straße stundenlang gesperrt
R 2. Neues Einkaufszentrum: Diese Geschäfte ziehen ein
R 3. Polizei sucht Zeugen nach Einbruch in Kita
R 4. Wetter: Erster Frost schon am Wochenende?
T Impressum
T Datenschutz
""",
    # naive: German rail of headline + "vor 2 Stunden" / rubric pairs after the story, cut-off deks
    "de_teaser_abgeschnitten": """\
T Schulen bekommen mehr Geld für Sanierung
A Das Land stellt den Kommunen in den nächsten fünf Jahren zusätzlich 400 Millionen Euro für die Sanierung von Schulgebäuden zur Verfügung.
A Das Geld soll vor allem in Toiletten, Dächer und Heizungen fließen, wo der Bedarf nach einer Umfrage unter den Schulträgern am größten ist.
A Die Städte begrüßten die Mittel, nannten sie aber zu gering: Allein der Sanierungsstau in den Schulen des Landes liege bei über drei Milliarden Euro.
A Die Opposition kritisierte, das Programm komme viel zu spät.
R Mehr aus Politik
R Landtag streitet über Windkraft im Wald
R vor 2 Stunden
R Die Koalition will Windräder künftig auch in Wirtschaftswäldern erlauben, doch
R Ministerin kündigt Reform der Lehrerausbildung an
R vor 5 Stunden
R Künftig sollen Lehramtsstudierende schon im ersten Semester
""",
    # recall: French story, then "À lire aussi" whose summaries end in "…"
    "fr_a_lire_aussi_points": """\
T La ville va planter 10 000 arbres d'ici 2026
A La mairie a présenté lundi un plan pour planter dix mille arbres dans les rues, les cours d'école et les parkings de la ville d'ici 2026.
A L'objectif est de faire baisser la température en été, alors que certains quartiers dépassent régulièrement les 40 degrés au sol.
A Les habitants pourront proposer des emplacements sur une carte en ligne jusqu'à la fin du mois de mars.
A L'opposition juge le plan insuffisant et demande que les arbres soient plantés plus tôt.
R À lire aussi
R Canicule : les communes cherchent des lieux frais pour accueillir les habitants
R Face aux épisodes de chaleur de plus en plus fréquents, plusieurs villes de la région ont ouvert…
R Les cours d'école transformées en îlots de fraîcheur
R Depuis trois ans, le programme « Oasis » remplace le bitume par de la terre et…
""",
    # naive: French story then "Les plus lus" numbered list
    "fr_les_plus_lus": """\
T Accueil
T Actualité
T Le marché couvert rouvre après deux ans de travaux
A Le marché couvert du centre-ville a rouvert ses portes samedi matin, après deux ans de travaux et un chantier qui a coûté 6 millions d'euros.
A Les trente-deux commerçants ont retrouvé leurs étals dans une halle rénovée, mieux isolée et désormais équipée de panneaux solaires sur le toit.
A « On a attendu longtemps, mais ça valait le coup », résume une fromagère installée depuis vingt ans.
A Le marché sera désormais ouvert le dimanche matin.
R Les plus lus
R 1 Accident sur la rocade : un motard grièvement blessé
R 2 Le festival de jazz dévoile sa programmation
R 3 Fermeture de la piscine municipale : la colère des parents
R 4 Météo : les orages arrivent dès jeudi
T Mentions légales
""",
    # recall: Spanish story, then "Más noticias" bullets
    "es_mas_noticias": """\
T El Ayuntamiento amplía el horario de las bibliotecas en época de exámenes
A Las bibliotecas municipales abrirán de ocho de la mañana a dos de la madrugada durante los meses de enero, mayo y junio.
A La medida responde a las quejas de los estudiantes, que denunciaban la falta de espacios para estudiar por la noche.
A El Ayuntamiento calcula que la ampliación costará unos 300.000 euros al año en personal y seguridad.
A La concejala de Cultura dijo que la medida se evaluará al final del curso.
R Más noticias
R • La EMT refuerza las líneas nocturnas durante las fiestas
R • Cortes de tráfico por las obras de la avenida del Puerto
R • El mercado de abastos celebra su centenario
""",
    # naive: Spanish rail before the story with unclosed deks and sections
    "es_portada_sin_cierre": """\
T Portada
T Última hora
R Economía
R El Gobierno aprueba la subida del salario mínimo
R El Consejo de Ministros ha dado luz verde este martes a un incremento del 5% que
R Deportes
R El equipo cae en la prórroga y se despide de la Copa
R Un gol en el minuto 112 dejó fuera a los locales, que habían
T La sequía obliga a restringir el riego en cuarenta municipios
A La Junta ha aprobado restricciones al riego de jardines y al llenado de piscinas en cuarenta municipios de la provincia.
A Los embalses de la cuenca están al 18% de su capacidad, el nivel más bajo desde que hay registros.
A Los ayuntamientos podrán multar con hasta 3.000 euros a quienes incumplan las normas.
A Los agricultores piden ayudas para compensar las pérdidas de la campaña.
""",
    # recall: Italian story, then headline + timestamp pairs
    "it_titoli_orari": """\
T Il Comune chiude il centro alle auto la domenica
A Da marzo il centro storico sarà chiuso al traffico tutte le domeniche, dalle dieci del mattino alle otto di sera.
A La decisione è stata presa dopo un anno di sperimentazione, durante il quale lo smog nelle vie del centro è calato di quasi un quinto.
A I commercianti sono divisi: alcuni temono di perdere clienti, altri dicono che le domeniche senza auto hanno portato più gente a piedi.
A Saranno potenziati i bus navetta dai parcheggi di cintura.
R Ultime notizie
R Incendio in un capannone, evacuate tre famiglie
R 14:32
R Nuovo sottopasso, i lavori finiranno a giugno
R 13:10
R Scuola, arriva la mensa biologica
R 11:47
""",
    # naive: Portuguese "Mais lidas" ranking with numbers and views
    "pt_mais_lidas": """\
T Início
T Últimas
T Prefeitura anuncia nova linha de ônibus para o aeroporto
A A prefeitura anunciou nesta segunda-feira uma nova linha de ônibus que ligará o centro ao aeroporto em cerca de quarenta minutos.
A Os ônibus sairão a cada vinte minutos, das cinco da manhã à meia-noite, e a passagem custará o mesmo que as outras linhas urbanas.
A Até agora, quem não tinha carro dependia de táxis ou de aplicativos para chegar ao terminal.
A A linha começa a funcionar no dia 1º de julho.
R Mais lidas
R 1
R Motorista é preso após perseguição na marginal
R 15.402 visualizações
R 2
R Chuva forte deve atingir a cidade no fim de semana
R 9.870 visualizações
R 3
R Feira de artesanato volta à praça central
R 4.311 visualizações
""",
    # recall: Dutch story, then bullets with no heading
    "nl_bullets_geen_kop": """\
T Gemeente wil vakantieverhuur in binnenstad aan banden leggen
A Bewoners van de binnenstad mogen hun huis straks nog maar dertig nachten per jaar aan toeristen verhuren.
A Dat staat in een voorstel dat het college dinsdag naar de gemeenteraad heeft gestuurd.
A Volgens de gemeente worden nu honderden woningen vrijwel het hele jaar verhuurd, terwijl er een groot tekort aan huizen is.
A Verhuurders die zich niet aan de regels houden, kunnen een boete krijgen van 20.000 euro.
R • Parkeertarief binnenstad gaat omhoog
R • Nieuwe brug over het kanaal pas in 2027 klaar
R • Markt verhuist tijdelijk naar het stationsplein
""",
    # naive: Japanese ranking with counts
    "ja_ranking": """\
T ホーム
T ニュース
T 市立図書館、夜9時まで開館へ
A 市は来年4月から、市立中央図書館の開館時間を午後9時まで延長すると発表した。
A 仕事帰りの会社員や受験生から要望が多かったためで、平日の利用者が1割ほど増えると見込んでいる。
A 延長に伴う人件費は年間約2千万円で、一部の業務を民間に委託して賄う。
A 市は利用状況を見ながら、土日の延長も検討するとしている。
R アクセスランキング
R 1 駅前再開発、高層マンション計画を見直し
R 2 市内の小学校でインフルエンザ学級閉鎖
R 3 人気ラーメン店が移転、新店舗は来月オープン
R 4 花火大会、今年は規模を縮小して開催
""",
    # recall: Korean story then headline + time pairs
    "ko_titles_times": """\
T 시, 공공자전거 대여료 1년간 무료
A 시는 다음 달부터 1년 동안 공공자전거 대여료를 받지 않기로 했다고 밝혔다.
A 대중교통 이용을 늘리고 차량 통행을 줄이기 위한 조치로, 약 30억 원의 예산이 들 것으로 예상된다.
A 시는 자전거 3천 대를 추가로 배치하고 대여소도 100곳 늘릴 계획이다.
A 시민단체는 자전거 도로 확충이 먼저라는 입장을 내놨다.
R 많이 본 뉴스
R 지하철 9호선 연장 구간 착공
R 2시간 전
R 시립미술관, 주말 야간 개장
R 4시간 전
R 전통시장 주차장 무료 개방
R 6시간 전
""",
    # naive: Chinese rail with ellipsis summaries after the story
    "zh_ellipsis_rail": """\
T 首页
T 新闻
T 本市新增三条公交线路 方便市民出行
A 市交通局昨日宣布，下月起将新增三条公交线路，连接新城区与地铁站。
A 新线路每十五分钟一班，运营时间为早六点至晚十一点。
A 交通局表示，新线路开通后，新城区居民到地铁站的时间将缩短一半。
A 部分市民希望能增加夜班车。
R 相关新闻
R 地铁五号线南延段开工建设
R 该项目全长12公里，设站8座，预计将于…
R 共享单车新规下月实施
R 根据新规，共享单车企业需在指定区域…
""",
    # recall: Polish story then "Czytaj także" bullets
    "pl_czytaj_takze": """\
T Miasto zbuduje nowy park nad rzeką
A Na terenie dawnych zakładów przemysłowych nad rzeką powstanie park o powierzchni dwunastu hektarów.
A Prace mają się rozpocząć wiosną przyszłego roku i potrwać dwa lata, a koszt inwestycji oszacowano na 40 milionów złotych.
A W parku znajdą się ścieżki rowerowe, plac zabaw i plaża miejska.
A Mieszkańcy mogą zgłaszać swoje pomysły do końca miesiąca.
R Czytaj także:
R • Remont mostu. Utrudnienia potrwają do wiosny
R • Nowe linie tramwajowe od września
R • Kiedy otwarcie basenu na Zatorzu?
""",
    # naive: Russian "Самое читаемое" with view counts
    "ru_samoe_chitaemoe": """\
T Главная
T Новости
T В городе откроют три новых детских сада
A В следующем году в городе откроются три новых детских сада на 750 мест, сообщили в мэрии.
A Два из них построят в новых микрорайонах на севере города, где очередь в сады самая длинная.
A На строительство выделено 1,2 миллиарда рублей из областного бюджета.
A Первые дети придут в новые сады в сентябре.
R Самое читаемое
R 1. На трассе М-7 столкнулись пять автомобилей
R 👁 12 450
R 2. В парке Победы установят новый фонтан
R 👁 8 932
R 3. Синоптики пообещали тёплые выходные
R 👁 5 107
""",
    # recall: Russian story, then headline + date pairs
    "ru_zagolovki_daty": """\
T Мэрия отремонтирует сорок дворов за лето
A Этим летом в городе отремонтируют сорок дворов, в которых не было ремонта больше двадцати лет.
A Жители сами выбрали дворы на онлайн-голосовании, в котором приняли участие более 30 тысяч человек.
A В каждом дворе заменят асфальт, установят новые скамейки и освещение.
A Работы должны завершиться к сентябрю.
R Новости по теме
R Ремонт дороги на улице Ленина продлится до осени
R 12 мая 2024, 10:15
R В городе появятся новые остановки
R 10 мая 2024, 17:40
""",
    # recall: German "more" list at the head of a page then the story (unclosed deks, no heading)
    "de_teaser_davor_recall": """\
R Wohnungsnot: Warum Studenten keine Zimmer finden
R Zu Semesterbeginn suchen in der Stadt Tausende Studierende eine Unterkunft, die
R Kita-Gebühren: Was Eltern jetzt wissen müssen
R Ab August gilt eine neue Staffelung nach Einkommen, bei der
T Neue Buslinie verbindet Universität und Hauptbahnhof
A Seit Montag fährt eine neue Buslinie im Zehn-Minuten-Takt zwischen dem Hauptbahnhof und dem Universitätsgelände.
A Die Verkehrsbetriebe reagieren damit auf die überfüllten Straßenbahnen, in denen Studierende morgens oft keinen Platz mehr fanden.
A Die Linie wird zunächst für zwei Jahre getestet, danach entscheidet der Stadtrat über den Dauerbetrieb.
A Die Kosten teilen sich die Stadt und die Universität.
""",
    # naive: French rail of headline + rubrique/date pairs before the story
    "fr_rubriques_avant": """\
T Menu
R Société
R Grève dans les transports : les prévisions pour jeudi
R Il y a 3 heures
R Sport
R Le club recrute un nouvel entraîneur
R Il y a 5 heures
T Le prix de l'eau va augmenter de 6 % en janvier
A Le prix de l'eau augmentera de 6 % au 1er janvier dans les vingt communes de l'agglomération, a annoncé le syndicat des eaux.
A Cette hausse doit financer le remplacement de canalisations anciennes, responsables de fuites qui font perdre un litre d'eau sur cinq.
A Pour un foyer moyen, la facture augmentera d'environ 25 euros par an.
A Les associations de consommateurs demandent un tarif social pour les ménages modestes.
""",
    # naive: Spanish "Lo más leído" numbered after story with counts
    "es_lo_mas_leido": """\
T El puerto recibe el mayor crucero de su historia
A El mayor crucero que ha atracado nunca en el puerto llegó el domingo por la mañana con más de 6.000 pasajeros a bordo.
A Las autoridades portuarias reforzaron el transporte público y abrieron un punto de información en la terminal.
A Los comerciantes del centro calculan que cada crucerista gasta unos 60 euros durante la escala.
A Los vecinos del casco antiguo se quejan de la masificación en las calles más estrechas.
R Lo más leído
R 1. Detenido un hombre por robar en varias farmacias
R 2. Cierra la histórica librería de la calle Mayor
R 3. Así será el nuevo paseo marítimo
R 4. La Aemet avisa de tormentas para el jueves
T Aviso legal
""",
}


_ARTICLE: dict[str, str] = {
    # key points bulleted at the top of the story
    "en_key_points_top": """\
T Ofsted to scrap one-word school ratings
A Key points
A • One-word judgements such as "inadequate" will be replaced by a report card
A • Schools will be graded on eight separate areas
A • The change will take effect from September
A • Headteachers' unions say the new system must not add to workload
A Schools in England will no longer be given one-word ratings after inspections, the education secretary announced on Monday.
A Instead, parents will see a report card that grades each school on areas such as teaching, behaviour and leadership.
A The change follows the death of headteacher Ruth Perry, whose family said the stress of a downgrade contributed to her death.
A Unions welcomed the decision but said they wanted to see the details before judging it.
""",
    # a listicle: items are headline-like lines followed by prose
    "en_listicle_items": """\
T Seven small towns worth the trip this autumn
A Autumn is the best time to visit the country's small towns, when the crowds have gone and the hills turn red and gold.
A Here are seven of our favourites.
A Rye, East Sussex
A Cobbled streets, half-timbered houses and some of the best fish and chips on the south coast make Rye an easy day out from London.
A Hay-on-Wye, Powys
A The town of books has more than twenty second-hand bookshops, and the hills around it are perfect for a long walk after a morning of browsing.
A Whitby, North Yorkshire
A Climb the 199 steps to the abbey ruins for the view, then head down to the harbour for kippers smoked the same way for 150 years.
A Ludlow, Shropshire
A Ludlow's food market on the second Sunday of the month draws cooks from across the region.
""",
    # a how-to with numbered steps
    "en_how_to_steps": """\
T How to bleed a radiator
A If your radiator is cold at the top but warm at the bottom, air is trapped inside and it needs bleeding.
A You will need a radiator key and an old cloth.
A 1. Turn off your heating and wait for the radiators to cool down.
A 2. Find the bleed valve at the top corner of the radiator.
A 3. Hold the cloth under the valve and turn the key anticlockwise by a quarter turn.
A 4. When water starts to come out instead of air, close the valve again.
A 5. Check the pressure on your boiler and top it up if it has dropped.
A Turn the heating back on and check the radiator warms up evenly.
""",
    # an article ending in a bulleted list of recommendations
    "en_recommendations_end": """\
T Heatwave: how to keep cool at home
A Temperatures are expected to reach 35C in parts of the country this week, and doctors are warning that older people and young children are most at risk.
A The NHS says the most important thing is to keep out of the heat where possible and to drink plenty of fluids.
A Here is the advice from health officials:
A • Close curtains on windows that face the sun
A • Avoid going outside between 11am and 3pm
A • Check on elderly neighbours and relatives
A • Never leave children or pets in a parked car
A • Take cool showers and drink water regularly
""",
    # a reading list that is the article
    "en_reading_list": """\
T The best books about the sea, chosen by our readers
A We asked readers to tell us about the books that made them fall in love with the sea. Here are the ones you mentioned most.
A • Moby-Dick by Herman Melville
A • The Old Man and the Sea by Ernest Hemingway
A • The Outrun by Amy Liptrot
A • The Sea Around Us by Rachel Carson
A • Waterlog by Roger Deakin
A Many of you also recommended the poems of John Masefield, and one reader wrote simply: "Anything by Conrad."
""",
    # the table of contents of a long guide, then its first section
    "en_guide_contents": """\
T The complete guide to growing tomatoes
A Contents
A 1. Choosing the right variety
A 2. Sowing seeds indoors
A 3. Planting out
A 4. Watering and feeding
A 5. Common problems and how to fix them
A Choosing the right variety
A There are thousands of tomato varieties, but for a first try we recommend a cherry tomato such as Sungold, which is sweet, reliable and forgiving of mistakes.
A Bush varieties need no support and suit pots on a balcony, while cordon varieties grow tall and need a cane and regular pinching out.
""",
    # a morning briefing whose items are the article (headline-like line then a summary, some items just a line)
    "en_morning_briefing": """\
T Morning briefing: what you need to know today
A Good morning. Here is what is happening today.
A Strikes hit trains again
A Train drivers in three companies walk out today, the fourth strike this year.
A Interest rates decision at noon
A The Bank of England is expected to hold rates at 5.25% for the third month running.
A Storm warning for the west
A Winds of up to 70mph are forecast for coastal areas this evening, and the Met Office has issued an amber warning.
A And finally
A A cat that went missing in Cornwall eight years ago has been found alive in Devon, thanks to its microchip.
""",
    # German: "Das Wichtigste in Kürze" key points
    "de_das_wichtigste": """\
T Bahn erhöht Preise für Fernverkehr
A Das Wichtigste in Kürze
A • Tickets im Fernverkehr werden im Schnitt um 4,9 Prozent teurer
A • Sparpreise und Bahncard bleiben unverändert
A • Die neuen Preise gelten ab dem Fahrplanwechsel im Dezember
A Die Deutsche Bahn erhöht zum Fahrplanwechsel die Preise im Fernverkehr.
A Betroffen sind vor allem Flexpreis-Tickets, die ohne Zugbindung gelten.
A Fahrgastverbände kritisierten die Erhöhung, weil die Pünktlichkeit der Züge im vergangenen Jahr so schlecht gewesen sei wie seit langem nicht.
""",
    # German timeline
    "de_chronik": """\
T Chronik: Der lange Streit um die Stadtbahn
A 2009
A Der Stadtrat beschließt, eine Stadtbahn zu planen.
A 2014
A Ein Bürgerentscheid stoppt das Projekt mit knapper Mehrheit.
A 2019
A Nach einem Gutachten zur Verkehrsbelastung nimmt die Stadt die Planung wieder auf.
A 2023
A Das Land sagt 60 Prozent der Kosten zu, der Stadtrat stimmt dem Bau zu.
""",
    # French: subheadings that read like headlines
    "fr_intertitres": """\
T Logement : pourquoi les loyers continuent de grimper
A Les loyers ont encore augmenté de 3,5 % sur un an dans les grandes villes, selon un observatoire publié mardi.
A Une offre qui se réduit
A De nombreux propriétaires retirent leurs logements de la location classique pour les louer aux touristes, plus rentables.
A Des ménages plus nombreux à chercher
A Les séparations et l'arrivée d'étudiants augmentent la demande, alors que peu de logements neufs sont construits.
A L'encadrement des loyers contesté
A Les villes qui ont encadré les loyers voient les hausses ralentir, mais les propriétaires dénoncent une mesure qui décourage l'investissement.
""",
    # Spanish: numbered listicle, items headline-like then prose
    "es_lista_numerada": """\
T Cinco pueblos con encanto para una escapada de otoño
A El otoño es la mejor época para descubrir los pueblos de interior, sin el calor del verano ni las aglomeraciones.
A 1. Albarracín, Teruel
A Sus casas de color rojizo colgadas sobre el río Guadalaviar lo convierten en uno de los pueblos más fotografiados de España.
A 2. Cudillero, Asturias
A Las casas de colores del puerto se asoman al mar en forma de anfiteatro.
A 3. Frigiliana, Málaga
A Sus calles blancas y empinadas conservan el trazado morisco.
""",
    # Italian: an article ending with recommendations in a numbered list
    "it_consigli_finali": """\
T Truffe online, come difendersi
A Le truffe online sono aumentate del 30 per cento nell'ultimo anno, secondo la Polizia postale.
A I truffatori si fingono spesso banche o corrieri e chiedono di cliccare su un link per sbloccare un pacco o un conto.
A Ecco i consigli degli esperti:
A 1. Non cliccare mai sui link ricevuti via sms da numeri sconosciuti
A 2. Controllare sempre l'indirizzo del sito prima di inserire i dati
A 3. Attivare la verifica in due passaggi sui conti bancari
A 4. In caso di dubbio, chiamare la banca al numero ufficiale
""",
    # Japanese how-to steps
    "ja_tejun": """\
T 確定申告をスマホで済ませる方法
A 今年からスマートフォンだけで確定申告ができる範囲が広がった。
A 手順は次の通り。
A 1. マイナンバーカードを用意する
A 2. 国税庁の作成コーナーにアクセスする
A 3. 源泉徴収票をカメラで読み取る
A 4. 内容を確認して送信する
A 送信後は控えを必ず保存しておきたい。
""",
    # Portuguese briefing
    "pt_resumo_manha": """\
T Resumo da manhã: as notícias que você precisa saber
A Bom dia. Estas são as principais notícias desta quarta-feira.
A Inflação desacelera em maio
A O índice de preços ao consumidor subiu 0,2% no mês, o menor resultado desde o ano passado.
A Greve dos metroviários
A Os trabalhadores do metrô decidiram parar por 24 horas a partir da meia-noite.
A Frente fria chega ao Sul
A As temperaturas podem cair abaixo de zero na serra gaúcha no fim de semana.
""",
    # Chinese timeline
    "zh_dashiji": """\
T 大事记：新机场建设十年
A 2014年
A 国家批准新机场建设规划。
A 2017年
A 新机场航站楼主体工程开工。
A 2021年
A 跑道和航站楼完工，开始试飞。
A 2024年
A 新机场正式通航，首日起降航班超过三百架次。
""",
    # Russian reading list that is the article
    "ru_spisok_knig": """\
T Что почитать летом: выбор редакции
A Мы попросили сотрудников редакции назвать книги, которые они советуют взять с собой в отпуск.
A • «Лавр» Евгения Водолазкина
A • «Мастер и Маргарита» Михаила Булгакова
A • «Зулейха открывает глаза» Гузели Яхиной
A • «Щегол» Донны Тартт
A Каждая из этих книг хорошо читается в дороге и не отпускает до последней страницы.
""",
    # Polish table of contents of a guide
    "pl_spis_tresci": """\
T Poradnik: jak złożyć wniosek o dowód osobisty
A Spis treści
A 1. Kto musi mieć dowód osobisty
A 2. Jakie dokumenty przygotować
A 3. Jak złożyć wniosek przez internet
A 4. Ile czeka się na dowód
A Kto musi mieć dowód osobisty
A Dowód osobisty musi mieć każdy pełnoletni obywatel Polski mieszkający w kraju.
A Dzieci mogą otrzymać dowód na wniosek rodziców, co ułatwia podróże po Unii Europejskiej.
""",
    # Korean: subheadings that look like headlines
    "ko_soje_mok": """\
T 전세사기 피해 막으려면
A 최근 전세사기 피해가 잇따르면서 세입자들의 불안이 커지고 있다.
A 등기부등본부터 확인하라
A 계약 전 등기부등본을 떼어 집주인과 근저당 설정 여부를 반드시 확인해야 한다.
A 보증보험에 가입하라
A 전세보증금 반환보증에 가입하면 집주인이 돈을 돌려주지 않아도 보증기관이 대신 지급한다.
A 전입신고는 즉시 하라
A 이사 당일 전입신고와 확정일자를 받아야 대항력이 생긴다.
""",
    # Dutch: a news roundup "Het nieuws van de dag" where items are headline + unclosed short line
    "nl_nieuwsoverzicht": """\
T Het nieuws van vandaag in het kort
A Goedemorgen. Dit is wat je moet weten.
A Kabinet presenteert plannen voor woningbouw
A Er moeten de komende tien jaar 900.000 woningen bij komen, vooral betaalbare huurhuizen.
A Storing bij NS opgelost
A Na een urenlange storing rijden de treinen rond Utrecht weer volgens de dienstregeling.
A Ajax wint in Europa
A De Amsterdammers wonnen met 3-1 van Brighton en staan tweede in hun groep.
""",
    # en: a recall-like story that closes with a bibliography (sources) list
    "en_sources_list": """\
T What the evidence says about four-day weeks
A Trials in Britain, Iceland and Spain have found that most companies kept productivity steady when staff worked four days instead of five.
A But researchers warn that the firms that took part chose to do so, and the results may not hold for every business.
A Sources
A 1. Autonomy, "The results are in: the UK's four-day week pilot", February 2023
A 2. Haraldsson and Kellam, "Going public: Iceland's journey to a shorter working week", 2021
A 3. Schor et al., "The four day week: assessing global trials", 2022
""",
}

_ARTICLE_2: dict[str, str] = {
    # a most-read heading inside the article, over its own numbered list (between two paragraphs)
    "en_most_read_inside": """\
T Library lending rises for the third year running
A The county's libraries lent 1.2 million books last year, up eight per cent on the year before, according to figures published on Monday.
A Crime novels and memoirs were the most popular, and the list of the books borrowed most often was led by a mystery set in a retirement village.
A Most read
A 1. The Thursday Murder Club by Richard Osman
A 2. Lessons in Chemistry by Bonnie Garmus
A 3. Spare by Prince Harry
A Librarians said e-book loans had grown fastest, with a third of all loans now made through the libraries' app.
A The council plans to extend opening hours at the four largest branches from April.
""",
    # the same list closing the article, announced by a colon
    "en_most_read_colon_tail": """\
T Library lending rises for the third year running
A The county's libraries lent 1.2 million books last year, up eight per cent on the year before, according to figures published on Monday.
A Crime novels and memoirs were the most popular, and e-book loans grew fastest, with a third of all loans now made through the libraries' app.
A The council plans to extend opening hours at the four largest branches from April.
A Most read:
A 1. The Thursday Murder Club by Richard Osman
A 2. Lessons in Chemistry by Bonnie Garmus
A 3. Tomorrow and Tomorrow and Tomorrow by Gabrielle Zevin
""",
    # German: "Meistgelesen" as a subheading between paragraphs over the article's ranking of streets
    "de_meistgelesen_innen": """\
T Die Stadtbibliothek zieht Bilanz
A Die Stadtbibliothek hat im vergangenen Jahr mehr als 400.000 Medien verliehen, so viele wie nie zuvor.
A Besonders gefragt waren Krimis aus der Region und Kinderbücher, wie die Leiterin am Montag bei der Vorstellung der Jahreszahlen sagte.
A Meistgelesen
A 1. Der Tote im Moor von Anna Berger
A 2. Ein Sommer am Fluss von Paul Keller
A 3. Die Kinder vom Bahnhof von Lisa Hahn
A Im kommenden Jahr will die Bibliothek auch sonntags öffnen, zunächst für ein halbes Jahr zur Probe.
A Dafür sollen Ehrenamtliche die Ausleihe übernehmen.
""",
    # a guide's table of contents over the text: long items and short ones in turn (no teasers' pairs)
    "en_contents_mixed": """\
T Tomato problems and how to fix them
A Why tomatoes split after heavy rain
A Blight
A How to stop blossom end rot on your plants
A Aphids
A What to do with green tomatoes at the end of the season
A Every summer our inbox fills with questions from readers whose tomato plants have gone wrong, and most of the problems come down to water.
A Tomatoes split when a dry spell is followed by heavy rain: the fruit swells faster than its skin can stretch.
A Water little and often, and a mulch of compost will keep the soil from drying out between waterings.
""",
    # a guide's contents under its label, two long items and a short one in turn (the shape of a rail's sections)
    "en_contents_pairs": """\
T Tomato problems and how to fix them
A Contents
A Why tomatoes split after heavy rain
A How to stop blossom end rot on your plants
A Blight
A What to do with green tomatoes at the end of the season
A How to save your own seeds for next year
A Every summer our inbox fills with questions from readers whose tomato plants have gone wrong, and most of the problems come down to water.
A Tomatoes split when a dry spell is followed by heavy rain: the fruit swells faster than its skin can stretch.
A Water little and often, and a mulch of compost will keep the soil from drying out between waterings.
""",
    # an article's header: kicker, headline, standfirst, a one-word genre label, a caption with no full stop
    "en_header_labels": """\
T Politics
T Chancellor rules out tax rises in spring budget
A Treasury sources say the public finances have improved more than expected since the autumn
T Analysis
A The chancellor speaking to reporters outside the Treasury on Monday morning
A The chancellor has ruled out raising income tax or national insurance in next month's budget, saying the public finances had improved more than expected since the autumn.
A Treasury officials said borrowing had come in lower than forecast for three months in a row.
A Economists said the chancellor had little room to cut taxes either, with debt still close to its highest level in sixty years.
""",
    # Spanish: a poem closing the article, capitalised unclosed lines with short ones between
    "es_poema_final": """\
T Muere a los 92 años la poeta María Luisa Fernández
A La poeta María Luisa Fernández murió el domingo en su casa de Santander, a los 92 años, según informó su familia.
A Publicó once libros de poemas y recibió el Premio Nacional de Poesía en 1998.
A Sus lectores recuerdan estos versos de su último libro:
A Vuelve la tarde sobre los tejados
A Despacio
A Y el mar se queda quieto junto al puerto
A Como un perro dormido en la escalera
A Nadie
A Sabe decir el nombre de las cosas
""",
}

CASES: dict[str, str] = {**_RESIDUE, **_ARTICLE, **_ARTICLE_2}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a list of headlines right under the last paragraph, no heading and nothing between: an article's closing list
    # has the same shape (see the docstring)
    "en_numbered_no_heading": 4,
    "nl_bullets_geen_kop": 3,
    # a strip of headlines each over a cut dek under its section: a table of contents' shape too (see the docstring)
    "es_portada_sin_cierre": 6,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


@pytest.mark.parametrize("key", ["de_meistgelesen", "es_lo_mas_leido", "ru_samoe_chitaemoe", "pt_mais_lidas"])
def test_a_most_read_box_s_ranked_list_goes_as_a_teaser_box(key: str) -> None:
    result = cleaner.explain_text(page_text(CASES[key]))
    ranked = [text for tag, text in parse(CASES[key]) if tag == "R"]
    assert {r.text: r.pass_name for r in result.removed if r.text in ranked} == dict.fromkeys(ranked, "teaser-box")


@pytest.mark.parametrize("key", ["en_most_read_inside", "de_meistgelesen_innen", "en_most_read_colon_tail"])
def test_a_most_read_heading_over_the_article_s_own_ranking_stays(key: str) -> None:
    result = cleaner.explain_text(page_text(CASES[key]))
    assert not [r for r in result.removed if r.pass_name == "teaser-box"]


def test_the_article_s_headline_and_first_paragraph_under_a_head_box_stay() -> None:
    result = cleaner.explain_text(page_text(CASES["en_ellipsis_rail_before"]))
    assert result.text.startswith("Farmers in western Kansas are planting sorghum")
    assert [r.pass_name for r in result.removed if r.text.startswith("Chair Jerome Powell")] == ["teaser-box"]
    assert not [r for r in result.removed if r.pass_name == "teaser-box" and "sorghum" in r.text]


def test_a_rail_s_section_labels_part_no_run_of_headlines() -> None:
    # (each teaser a headline and its stamp, which dateline took, under its section's label)
    result = cleaner.explain_text(page_text(CASES["fr_rubriques_avant"]))
    taken = {r.text: r.pass_name for r in result.removed}
    assert taken["Grève dans les transports : les prévisions pour jeudi"] == "headline-run"
    assert taken["Le club recrute un nouvel entraîneur"] == "headline-run"
    assert result.text.startswith("Le prix de l'eau augmentera de 6 %")


@pytest.mark.parametrize("key", ["en_contents_mixed", "en_contents_pairs", "en_header_labels", "es_poema_final"])
def test_short_lines_between_unclosed_ones_of_an_article_stay(key: str) -> None:
    result = cleaner.explain_text(page_text(CASES[key]))
    assert not [r for r in result.removed if r.pass_name == "headline-run"]


if __name__ == "__main__":
    report(CASES, judge)
