# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Comments 26: reader comments with no heading over them (no "12 Comments", no "Leave a comment"): the article ends,
then the comments follow as scraped text, a commenter's name, a time ("3 hours ago", "vor 2 Stunden", "il y a 5 min",
"12. März 2024 um 14:03", "3時間前"), the comment (informal, "@Mark", a question), its reply control ("Reply",
"Antworten", "Répondre", "Responder", "Rispondi", "Reageer", "Ответить", "Odpowiedz", "返信"), then its votes ("Like
12", "Gefällt mir 8", a bare "15"), "Show 2 replies", and after the last "Load more comments"; avatar initials ("JM")
over a name, the post's writer badged "Author". Ten languages (en, de, fr, es: 3 pages each; it, pt, nl, pl, ru, ja: 2),
in the recall variant's shape (an extractor left the comments under the article) and the naive one's (site chrome
around, tagged ``T``). Controls (all ``A``): articles ending on quoted statements with names, interviews (en, fr, es),
letters to the editor (en, de, es), live blogs with bare times (en, de), quoted social posts with handles, a FAQ, a
dialogue, a closing first-person opinion. ``python tests/test_comments26.py`` prints the numbers.

Round 1 (39 pages, 24 with comments, 15 controls; 248 residue lines) was written before reading the passes. On m26
(1a59db2): lost 0, left 81 on 21 pages. ``CommentSection._headless_thread`` (a thread of reply controls, each comment
opening with its commenter's name) took only the threads whose "Reply" had the next name right under it, and then only
under 50 words of prose: a vote under the control ("Like 12", "15", "Gefällt mir 8") broke the thread, and the
dateline, edge-furniture and detached-blocks took its pieces and left the first name and comment (en_recall_council:
"Dave Thompson" and his comment left); a naive page's recipe or brief of 34 to 46 words kept its whole thread but the
times and controls; "Author" over a reply is no name; Dutch "Reageer" was no reply control; the initials over the
first name stayed. After: lost 0, left 11 (en_recall_votes: ``RESIDUE_LEFT``).

Round 2 (6 pages: 3 threads, 3 controls) after reading ``comments.py`` and ``discussions.py``, aimed at the rules
added: a badge "Autor" with initials and a trailing "Weitere Kommentare laden", es frames "Me gusta 3" / "Ver 2
respuestas", ru "Нравится 7" / "Показать 2 ответа" under a 22-word brief; controls: a forum thread whose opening post
has its own writer and time (the replies are the page's), a German question page with "2 Antworten" over its answers,
an article about like buttons with "Like 12" alone as a line. On m26: lost 2 (the question page's two answers: its
"2 Antworten" opened a comment section), left 11. After: lost 0, left 4 (ru_r2_lajki: ``RESIDUE_LEFT``).

Round 3 (5 pages: 3 threads, 2 controls) after the changes: "Name · 2 hours ago" lines with "Like 31" over "Reply",
it initials with "Mi piace 14" / "Mostra 3 risposte", pt "12 curtidas" / "Ver 2 respostas"; controls: a sourdough
question whose two answers are as long as half of it (framed by name, time and "Reply", no count: the short-post rule's
edge), a German readers' questions page answered by the paper. On m26: lost 0, left 5 (it 3, pt 2). After: lost 0,
left 0.

The changes (``CommentSection._headless_thread``), each with what still stands:

- a comment's frame under its reply control (``_past_frame``: up to three lines, a bare vote count, another control or
  widget line, or a line of the new per-language table ``comments.frame``: "Like 12", "Gefällt mir 8", "J'aime 6", "Me
  gusta 9", "Mi piace 5", "Curtir 14", "Нравится 7", "いいね 3", "Show 2 replies", "Voir les 3 réponses", "Load more
  comments", "もっと見る") is skipped to the next commenter's name, and after the last control taken with the thread.
  The table is read only there, never alone: "Like 12" as a line of an article about like buttons stays;
- the first commenter's avatar initials (up to three capitals, "JM") over the name go with the thread;
- over a comment's time, a writer's badge of one or two words that is no sentence ("Author", "Autor") stands for a
  name, only where every comment of the thread has its time under its head;
- a thread whose comments are each framed whole (name or badge, time, text, reply control) goes under 30 words of
  prose or more (not 50) when that prose is at least twice the thread's longest line: a recipe's or a brief's readers
  write shorter than it; a forum's answers as long as its question stay (the discussion test's replies, and a
  question's answers each as long as half the question). The measure of position (a third of the page's text before
  the thread) is as before;
- nl "Reageer" is a reply control (``comments.reply``; ``comment-ui`` already took it alone);
- (``discussions.DiscussionShape._discussion``) the page's first line, short (20 words) and closed by no full stop, is
  the thread's title and not counted in the post's words: a question page's answers were shorter than a third of the
  title and the question together, and its "2 Antworten" opened a comment section over them. A brief that states
  under its title still has its comments under "2 Kommentare" go (no question in the post or the title).

Bench: ``bench_text --variant both``: recall 0.967 / 0.975 / 0.971, naive 0.858 / 0.988 / 0.919, as m26; ``pagecmp``:
changed 0/362; ``pagegold``: 0 gold lines newly removed.
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, removals_of, report, tagged_probe_tests

from cleaner.language import SUPPORTED

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== English =====
    "en_recall_council": """\
T Council approves 40 new homes on former bus depot site
A Plans to build 40 homes on the site of the former bus depot in Eastfield were approved by councillors on Wednesday night.
A The scheme, put forward by Northgate Housing, includes 12 affordable flats and a small play area next to the canal path.
A Residents had raised concerns about parking, and the developer agreed to add 18 spaces to the original plans.
A Work is expected to begin in the spring and take around two years.
R Dave Thompson
R 3 hours ago
R Another 40 homes and not a single extra GP surgery. Where are these people supposed to go when they're ill?
R Reply
R Like 12
R Sarah Jenkins
R 2 hours ago
R @Dave Thompson exactly this. I've been waiting three weeks for an appointment already.
R Reply
R Like 4
R Mike R
R 1 hour ago
R Good to see something finally happening with that eyesore. It's been empty since 2015.
R Reply
R Like 7
R Load more comments
""",
    "en_naive_recipe_blog": """\
T Home
T Recipes
T About
T Contact
T Easy lemon drizzle traybake
A This is the lemon drizzle I make for every school bake sale, and it never lasts more than ten minutes on the table.
A Beat 225g softened butter with 225g caster sugar until pale, then add four eggs one at a time.
A Fold in 275g self-raising flour, the zest of two lemons and 4 tbsp milk, then spread into a lined tin.
A Bake at 180C for 35 to 40 minutes, and pour over the juice of the lemons mixed with 175g granulated sugar while the cake is still warm.
R JM
R Jenny M
R March 12, 2024 at 4:15 pm
R Made this yesterday for my daughter's birthday and it was gone in an hour! I added a bit more zest and it was perfect.
R Reply
R Claire
R March 14, 2024 at 9:02 am
R Can I use gluten free flour for this? My son is coeliac.
R Reply
R Author
R March 14, 2024 at 11:30 am
R Hi Claire, yes, gluten free self-raising works fine, just add a teaspoon of xanthan gum.
R Reply
T © 2024 Kate's Kitchen. All rights reserved.
""",
    "en_recall_votes": """\
T Why the four-day week trial is being extended
A A trial of the four-day week at 30 companies across the north-west has been extended for another six months.
A Researchers said productivity held steady while sick days fell by a third compared with the same period last year.
A Some firms found the change harder than others, particularly those with customer-facing staff on shifts.
A The final report is due next spring.
R TomH
R 5h
R I'd love this but there's no way my manager would ever agree to it.
R 24
R 3
R Show 2 replies
R katie_b
R 4h
R Worked a four day week for two years now. Honestly never going back, I get more done in four days than I used to in five.
R 18
R 1
R View more comments
""",
    # ===== German =====
    "de_recall_bahn": """\
T Bahn streicht Nachtzug nach Wien
A Die Deutsche Bahn stellt die Nachtzugverbindung von Hamburg nach Wien zum Fahrplanwechsel im Dezember ein.
A Als Grund nannte ein Sprecher die geringe Auslastung in den Wintermonaten und fehlende Schlafwagen.
A Fahrgastverbände kritisierten die Entscheidung und forderten eine Übergangslösung mit den Österreichischen Bundesbahnen.
A Bereits gebuchte Tickets werden erstattet.
R Klaus Meier
R vor 2 Stunden
R Typisch Bahn. Erst groß ankündigen und dann wieder streichen. Ich bin den Zug dreimal gefahren und er war immer voll.
R Antworten
R 15
R Petra S.
R vor 1 Stunde
R @Klaus Meier Im Sommer ja, aber im Januar war ich fast allein im Wagen.
R Antworten
R 3
R Weitere Kommentare laden
""",
    "de_naive_forum": """\
T Startseite
T Politik
T Wirtschaft
T Sport
T Stadt plant neue Radwege entlang der Hauptstraße
A Die Stadt will bis 2026 durchgehende Radwege entlang der Hauptstraße bauen.
A Dafür sollen auf einer Länge von 1,8 Kilometern rund 90 Parkplätze wegfallen, wie die Verwaltung am Montag mitteilte.
A Der Bauausschuss berät am kommenden Donnerstag über die Pläne.
R HW
R Heinz Wagner
R 12. März 2024 um 14:03
R Und wo sollen die Anwohner dann parken? Daran denkt wieder keiner.
R Antworten
R Lisa K.
R 12. März 2024 um 15:27
R Ich fahre jeden Tag mit dem Rad zur Arbeit und freue mich riesig darüber. Endlich!
R Antworten
T Impressum
T Datenschutz
""",
    "de_recall_gefaellt": """\
T Neues Hallenbad öffnet im Herbst
A Das neue Hallenbad im Stadtteil Nord soll im Oktober öffnen, zwei Monate später als geplant.
A Die Kosten sind von 28 auf 34 Millionen Euro gestiegen, vor allem wegen höherer Preise für Stahl und Technik.
A Der Eintritt für Erwachsene soll 5,50 Euro kosten, Kinder zahlen die Hälfte.
R Sabine_77
R vor 45 Minuten
R 5,50 Euro für eine Stunde schwimmen? Das kann sich doch keine Familie mehr leisten.
R Gefällt mir 8
R Antworten
R Markus
R vor 30 Minuten
R Früher hat das alte Bad 2 Mark gekostet, aber gut, andere Zeiten.
R Gefällt mir 2
R Antworten
R Alle 14 Antworten anzeigen
""",
    # ===== French =====
    "fr_recall_retraites": """\
T La mairie ferme la piscine Jean-Bouin pour travaux
A La piscine Jean-Bouin fermera ses portes le 1er juillet pour une durée de dix-huit mois, a annoncé la mairie mardi.
A Les travaux, estimés à 6,2 millions d'euros, doivent permettre de rénover les bassins et d'améliorer l'isolation du bâtiment.
A Les clubs de natation seront accueillis à la piscine de Bellevue pendant la fermeture.
R Jean-Pierre D.
R il y a 5 min
R Dix-huit mois sans piscine en plein été, bravo la mairie.
R Répondre
R J'aime 6
R Nathalie
R il y a 2 h
R @Jean-Pierre D. c'est pas en plein été, les travaux commencent en juillet justement pour être finis avant l'été d'après.
R Répondre
R J'aime 2
R Voir plus de commentaires
""",
    "fr_naive_blog": """\
T Accueil
T Recettes
T Contact
T Tarte aux pommes de ma grand-mère
A Cette tarte, c'est celle que ma grand-mère faisait tous les dimanches d'automne.
A Étalez la pâte brisée dans un moule beurré, puis disposez les pommes coupées en fines lamelles.
A Saupoudrez de sucre vanillé et enfournez 35 minutes à 200 °C.
R ML
R Marie-Laure
R 3 octobre 2023 à 18 h 42 min
R Je l'ai faite ce week-end, un vrai délice ! Merci pour la recette.
R Répondre
R Sophie
R 5 octobre 2023 à 9 h 10 min
R On peut remplacer le sucre vanillé par de la cannelle ?
R Répondre
T Mentions légales
""",
    "fr_recall_reponses": """\
T Le festival de jazz annonce sa programmation
A Le festival de jazz de la ville accueillera cette année 42 concerts répartis sur cinq scènes, du 12 au 21 juillet.
A La tête d'affiche sera le pianiste Brad Mehldau, qui se produira en solo le soir de l'ouverture.
A Les billets seront en vente à partir du 3 avril sur le site du festival.
R Pascal_M
R il y a 3 heures
R Enfin une programmation à la hauteur ! L'an dernier c'était bien faible.
R Répondre
R 12
R Voir les 3 réponses
R Claudine R.
R il y a 1 heure
R Toujours aussi cher par contre, 65 euros la soirée c'est beaucoup.
R Répondre
R 4
""",
    # ===== Spanish =====
    "es_recall_metro": """\
T El metro abrirá toda la noche los fines de semana
A El metro de la ciudad funcionará de forma ininterrumpida las noches de viernes y sábado a partir del próximo mes.
A La medida, que costará 3,4 millones de euros al año, afectará a las líneas 1, 3 y 6.
A El Ayuntamiento evaluará los resultados tras seis meses de prueba.
R Carlos Ruiz
R hace 2 horas
R Ya era hora, llevamos años pidiéndolo.
R Responder
R Me gusta 9
R Lucía M.
R hace 1 hora
R @Carlos Ruiz pues a mí me parece un gasto innecesario, los autobuses nocturnos funcionan bien.
R Responder
R Me gusta 3
R Cargar más comentarios
""",
    "es_naive_receta": """\
T Inicio
T Recetas
T Tortilla de patatas jugosa
A La clave de una buena tortilla está en pochar las patatas a fuego lento durante al menos veinte minutos.
A Bate seis huevos con una pizca de sal y mézclalos con las patatas y la cebolla escurridas.
A Cuaja la tortilla a fuego medio, dale la vuelta con un plato y déjala un minuto más.
R Rosa
R 15 de mayo de 2023 a las 19:20
R ¡Me ha salido buenísima! Yo le pongo un poco de pimiento verde.
R Responder
R Andrés
R 16 de mayo de 2023 a las 8:45
R ¿Con cebolla o sin cebolla? Esa es la eterna pregunta jaja
R Responder
T Aviso legal
""",
    "es_recall_votos": """\
T Suben un 12% las matriculaciones de coches eléctricos
A Las matriculaciones de coches eléctricos crecieron un 12% en el primer trimestre, según los datos publicados este lunes por la patronal.
A Aun así, su cuota de mercado sigue por debajo del 6%, lejos de la media europea.
A El sector reclama más puntos de recarga en las carreteras secundarias.
R Javi_86
R hace 4 h
R Mientras no bajen de precio esto no lo compra nadie de clase media.
R Responder
R 21
R 2
R Ver 5 respuestas
R Marta G.
R hace 3 h
R Yo tengo uno desde hace dos años y no lo cambio por nada.
R Responder
R 7
""",
    # ===== Italian =====
    "it_recall_tram": """\
T Il tram tornerà in centro entro il 2027
A La nuova linea del tram collegherà la stazione centrale con l'ospedale entro il 2027, ha annunciato il Comune.
A Il progetto costerà 180 milioni di euro, in gran parte finanziati con fondi europei.
A I lavori partiranno dopo l'estate e comporteranno la chiusura parziale di via Roma per otto mesi.
R Giorgio B.
R 2 ore fa
R Otto mesi di cantiere in via Roma, i negozi chiuderanno tutti.
R Rispondi
R Mi piace 5
R Francesca
R 1 ora fa
R @Giorgio B. e quindi? Il tram serve, in tutte le città europee c'è.
R Rispondi
R Mi piace 11
R Carica altri commenti
""",
    "it_naive_ricetta": """\
T Home
T Ricette
T Pasta alla Norma
A La pasta alla Norma è uno dei piatti più famosi della cucina catanese.
A Friggete le melanzane a cubetti in abbondante olio, poi scolatele su carta assorbente.
A Unite la salsa di pomodoro, la pasta e completate con ricotta salata grattugiata e basilico.
R Anna
R 12 settembre 2023 alle 20:15
R Fatta ieri sera, buonissima! Io le melanzane le faccio al forno per alleggerire.
R Rispondi
R Paolo
R 13 settembre 2023 alle 7:50
R La ricotta salata qui non si trova, va bene il pecorino?
R Rispondi
""",
    # ===== Portuguese =====
    "pt_recall_onibus": """\
T Prefeitura anuncia nova linha de ônibus para o aeroporto
A A prefeitura anunciou nesta terça-feira uma nova linha de ônibus direta entre o centro e o aeroporto.
A Os ônibus vão sair a cada 30 minutos, das 5h à meia-noite, e a tarifa será de R$ 8,50.
A A linha começa a funcionar no dia 1º de agosto.
R Roberto Silva
R há 3 horas
R Finalmente! Gastava 80 reais de táxi toda vez que viajava.
R Responder
R Curtir 14
R Fernanda
R há 1 hora
R @Roberto Silva só falta cumprir o horário, né.
R Responder
R Curtir 6
R Carregar mais comentários
""",
    "pt_naive_receita": """\
T Início
T Receitas
T Bolo de cenoura com cobertura de chocolate
A Bata no liquidificador três cenouras médias, três ovos e meia xícara de óleo até ficar homogêneo.
A Misture com duas xícaras de farinha de trigo, uma xícara e meia de açúcar e uma colher de fermento.
A Asse em forno médio por cerca de 40 minutos.
R Juliana
R 20 de março de 2024 às 15:32
R Fiz hoje e ficou perfeito, a família amou!
R Responder
R Cláudia
R 21 de março de 2024 às 10:05
R Dá para fazer com farinha integral?
R Responder
""",
    # ===== Dutch =====
    "nl_recall_fietsbrug": """\
T Nieuwe fietsbrug over het kanaal gaat later open
A De nieuwe fietsbrug over het kanaal gaat pas in maart open, drie maanden later dan gepland.
A Volgens de gemeente is de vertraging ontstaan door problemen met de levering van het brugdek.
A Tot die tijd moeten fietsers een omweg van ongeveer twee kilometer maken.
R Henk de Vries
R 2 uur geleden
R Verbaast me niks, bij deze gemeente loopt alles uit.
R Reageer
R 8
R Anouk
R 1 uur geleden
R @Henk de Vries nou, de levering ligt toch niet aan de gemeente?
R Reageer
R 3
R Meer reacties laden
""",
    "nl_naive_recept": """\
T Home
T Recepten
T Hollandse appeltaart
A Schil de appels, snijd ze in stukjes en meng ze met kaneel, suiker en een handje rozijnen.
A Bekleed een beboterde springvorm met het deeg en vul hem met het appelmengsel.
A Bak de taart in ongeveer een uur gaar in een voorverwarmde oven op 175 graden.
R Marieke
R 4 april 2024 om 12:18
R Heerlijk recept, ik heb er nog wat citroenrasp bij gedaan.
R Reageer
R Johan
R 5 april 2024 om 20:41
R Kan het deeg ook een dag van tevoren gemaakt worden?
R Reageer
""",
    # ===== Polish =====
    "pl_recall_tramwaj": """\
T Nowa linia tramwajowa na Kabaty opóźniona
A Budowa nowej linii tramwajowej na Kabaty potrwa co najmniej do końca przyszłego roku, poinformował w poniedziałek urząd miasta.
A Wykonawca tłumaczy opóźnienie problemami z przebudową sieci ciepłowniczej pod ulicą Puławską.
A Koszt inwestycji wzrósł do 410 milionów złotych.
R Marek
R 3 godziny temu
R Jak zwykle, nic w tym mieście nie da się zrobić na czas.
R Odpowiedz
R 17
R Kasia_W
R 2 godziny temu
R @Marek a w innych miastach jest inaczej? Wszędzie to samo.
R Odpowiedz
R 4
R Pokaż więcej komentarzy
""",
    "pl_naive_przepis": """\
T Strona główna
T Przepisy
T Pierogi ruskie jak u babci
A Ziemniaki ugotuj w osolonej wodzie, przeciśnij przez praskę i wymieszaj z twarogiem oraz zeszkloną cebulą.
A Z mąki, wody i odrobiny oleju zagnieć elastyczne ciasto, rozwałkuj je cienko i wykrawaj krążki szklanką.
A Gotuj pierogi we wrzącej wodzie przez około trzy minuty od wypłynięcia.
R Ania
R 14 lutego 2024 o 18:22
R Robiłam wczoraj, wyszły przepyszne! Dodałam trochę pieprzu więcej.
R Odpowiedz
R Tomek
R 15 lutego 2024 o 09:10
R Czy można je zamrozić przed gotowaniem?
R Odpowiedz
""",
    # ===== Russian =====
    "ru_recall_metro": """\
T В городе откроют три новые станции метро
A Три новые станции метро откроются в конце года, сообщили в мэрии в понедельник.
A Строительство обошлось бюджету в 48 млрд рублей, работы шли почти пять лет.
A Новые станции разгрузят автобусные маршруты в южных районах города.
R Андрей К.
R 3 часа назад
R Обещали открыть ещё в прошлом году, посмотрим.
R Ответить
R 12
R Ольга
R 1 час назад
R @Андрей К. в этот раз вроде реально достроили, я мимо езжу каждый день.
R Ответить
R 5
R Показать ещё комментарии
""",
    "ru_naive_recept": """\
T Главная
T Рецепты
T Борщ по-домашнему
A Сварите бульон из говядины на косточке, это займёт около двух часов.
A Обжарьте морковь, лук и свёклу, добавьте томатную пасту и немного уксуса.
A Положите в бульон картофель и капусту, а через десять минут добавьте зажарку.
R Наталья
R 12 марта 2024 в 14:03
R Варю уже третий раз по этому рецепту, муж в восторге!
R Ответить
R Игорь
R 13 марта 2024 в 09:47
R А фасоль можно добавить?
R Ответить
""",
    # ===== Japanese =====
    "ja_recall_eki": """\
T 駅前再開発、2026年度に着工へ
A 市は駅前地区の再開発事業について、2026年度に着工する方針を明らかにした。
A 計画では商業施設と住宅を組み合わせた地上30階建てのビルを建設し、総事業費は約420億円を見込む。
A 市は来年度中に都市計画の手続きを終える予定だ。
R たなか
R 3時間前
R また駅前に高いビルか。商店街はどうなるんだろう。
R 返信
R 12
R ゆうこ
R 1時間前
R 子育て世代としては住宅が増えるのはありがたいです。
R 返信
R 4
R もっと見る
""",
    "ja_naive_recipe": """\
T ホーム
T レシピ
T 基本の肉じゃが
A じゃがいもは皮をむいて大きめに切り、水にさらしておきます。
A 鍋に油を熱して牛肉を炒め、色が変わったら野菜を加えて全体に油を回します。
A だし、砂糖、しょうゆ、みりんを加え、落とし蓋をして弱火で15分ほど煮ます。
R はなこ
R 2024年3月12日 14:03
R 今日作りました！家族に大好評でした。
R 返信
R けんじ
R 2024年3月13日 9:20
R 豚肉でも美味しくできますか？
R 返信
""",
    # ===== ROUND 2 (written after reading comments.py, aimed at the rules added) ====================================
    "de_r2_autor_badge": """\
T Kürbissuppe mit Ingwer
A Diese Suppe koche ich jeden Herbst, sobald es auf dem Markt die ersten Hokkaido-Kürbisse gibt.
A Den Kürbis mit Schale würfeln, mit Zwiebel und Ingwer anschwitzen und mit Brühe aufgießen.
A Nach zwanzig Minuten pürieren und mit Kokosmilch, Salz und etwas Limettensaft abschmecken.
R AB
R Anja B.
R 3. November 2023 um 19:12
R Super lecker, ich habe noch eine Karotte dazugegeben.
R Antworten
R Autor
R 4. November 2023 um 08:30
R Danke Anja, das klingt gut!
R Antworten
R Gefällt mir 3
R Weitere Kommentare laden
""",
    "es_r2_marcos": """\
T Crema de calabaza en diez minutos
A Esta crema es la cena que preparo cuando llego tarde a casa y no tengo ganas de cocinar.
A Sofríe la cebolla, añade la calabaza en dados y cubre con caldo de verduras.
A Cuece diez minutos, tritura y sirve con un chorrito de aceite de oliva.
R LP
R Laura P.
R hace 2 días
R ¡Qué rica! La hice anoche.
R Responder
R Me gusta 3
R Ver 2 respuestas
R Miguel
R hace 1 día
R ¿Se puede congelar?
R Responder
R Me gusta 1
R Cargar más comentarios
""",
    "ru_r2_lajki": """\
T Мэрия закроет рынок на реконструкцию
A Центральный рынок закроют на реконструкцию с первого июня, сообщили в мэрии.
A Торговцев временно переведут в павильоны на соседней площади.
A Работы продлятся около года.
R Светлана
R 5 часов назад
R Опять всё перенесут, а потом забудут.
R Ответить
R Нравится 7
R Показать 2 ответа
R Виктор П.
R 2 часа назад
R Давно пора, там крыша течёт.
R Ответить
R Нравится 2
R Загрузить ещё
""",
    # controls of round 2: a forum thread whose opening post has its writer and time over it; a Q&A page with its
    # count of answers; an article on a comment section's likes, its words as the text's
    "en_r2_forum_thread": """\
T Boiler pressure keeps dropping overnight
T GasGuy77
T 12 March 2024 at 21:14
A My combi boiler loses pressure every night, from 1.5 bar down to about 0.5 by morning. No visible leaks anywhere. Any ideas?
T Reply
T PlumbPete
T 12 March 2024 at 21:40
A Check the pressure relief valve pipe outside. If it drips, the valve is letting by.
T Reply
T GasGuy77
T 12 March 2024 at 22:05
A Thanks, will have a look in the morning.
T Reply
""",
    "de_r2_frage_antworten": """\
T Warum tropft mein Wasserhahn nach dem Zudrehen noch weiter?
A Seit einer Woche tropft der Wasserhahn in der Küche weiter, auch wenn ich ihn fest zudrehe. Der Hahn ist etwa acht Jahre alt. Muss ich ihn austauschen oder reicht eine neue Dichtung?
T 2 Antworten
T Heimwerker_Uwe
T 12.03.2024, 14:03
A Meistens ist es die Kartusche. Die bekommt man im Baumarkt für 15 Euro.
T Antworten
T Sanitär-Meier
T 12.03.2024, 15:20
A Wasser abdrehen, Kartusche ausbauen und mitnehmen, damit du die richtige kaufst.
T Antworten
""",
    "en_r2_likes_article": """\
T Why newspapers are switching off the like button
A Three regional papers have removed the like counts from their comment sections this year, saying they rewarded the angriest remarks.
A Under the old system, a comment reading "Like 12" beside it would rise to the top of the page within minutes.
A Editors found that the most liked comments were often the least accurate.
A Like 12
A That single line, they argue, did more to shape the debate than the articles themselves.
A Reply buttons remain, but the counts have gone.
""",
    # ===== ROUND 3 (after the changes: variants of the frame, and controls aimed at the short-post rule) =========
    "en_r3_like_before_reply": """\
T Parking charges to rise at hospital car parks
A Parking charges at the city's two hospitals will rise by 50p an hour from April, the health trust has confirmed.
A The trust said the money would pay for new lighting and barriers, and that blue badge holders would still park free.
A Staff parking permits will not change.
R Gill Harper · 2 hours ago
R Nurses already pay to park at work. Disgraceful.
R Like 31
R Reply
R Ben O · 1 hour ago
R @Gill Harper agreed, my wife works nights there.
R Like 9
R Reply
R Show more comments
""",
    "it_r3_risposte": """\
T Nuovo orario per la biblioteca civica
A Da lunedì la biblioteca civica resterà aperta fino alle 22 dal martedì al venerdì, ha annunciato l'assessore alla cultura.
A La sala studio al primo piano sarà riservata agli studenti universitari nelle ore serali.
A L'estensione dell'orario costerà circa 80 mila euro all'anno.
R MC
R Marco C.
R 3 ore fa
R Finalmente, era ora!
R Rispondi
R Mi piace 14
R Mostra 3 risposte
R Elena
R 2 ore fa
R E il sabato pomeriggio? Resta chiusa come sempre.
R Rispondi
R Mi piace 6
R Carica altri commenti
""",
    "pt_r3_curtidas": """\
T Festa junina volta à praça central depois de três anos
A A tradicional festa junina do bairro volta à praça central neste fim de semana, depois de três anos fora do calendário.
A A prefeitura espera receber cerca de 20 mil pessoas entre sexta e domingo.
A A entrada é gratuita e haverá quadrilha, barracas de comida e show de forró no sábado à noite.
R Paula M.
R há 4 horas
R Que saudade dessa festa!
R Responder
R 12 curtidas
R Ver 2 respostas
R Zé Carlos
R há 2 horas
R Só espero que não chova como da última vez.
R Responder
R 3 curtidas
""",
    # controls of round 3: a short post with its own answers as long as it (no count, no discussion test); a Q&A
    # column whose readers' questions are framed by name and date, each answered at length
    "en_r3_short_question": """\
T Why does my sourdough go flat?
A My sourdough rises well overnight but spreads flat as soon as I tip it out of the banneton. I use 75% hydration and a two-year-old starter.
T BreadNerd
T 12 March 2024 at 09:14
A That sounds like over-proofing. Try a shorter second rise in the fridge and score it straight from cold.
T Reply
T Flour Power
T 12 March 2024 at 10:02
A Could also be weak flour. Look for one with at least 12% protein, and add a few stretch and folds early on.
T Reply
""",
    "de_r3_leserfragen": """\
T Leserfragen zur Grundsteuer: Das müssen Eigentümer jetzt wissen
A Seit Januar gilt die neue Grundsteuer, und viele Leser haben uns dazu geschrieben. Hier beantworten wir die häufigsten Fragen.
A Muss ich gegen den neuen Bescheid Einspruch einlegen, wenn ich den Wert für zu hoch halte?
A Ja, und zwar innerhalb eines Monats. Gegen den Grundsteuerbescheid der Gemeinde selbst hilft ein Einspruch meist nicht, entscheidend ist der Grundsteuerwertbescheid des Finanzamts.
A Zahlt der Mieter die höhere Grundsteuer?
A In der Regel ja, über die Nebenkostenabrechnung, sofern der Mietvertrag das vorsieht.
""",
    # ===== CONTROLS: article text that looks like comments, all A =========================================
    "en_ctl_quotes_end": """\
T Residents divided over plan to pedestrianise high street
A The council's plan to close the high street to traffic between 10am and 6pm has split opinion among residents and traders.
A A consultation which closed last month received more than 2,300 responses.
A "I've run this shop for 22 years and I'm worried my older customers won't be able to get here," said butcher Alan Price.
A Margaret Hill, 71, who has lived on the street since 1979, disagreed.
A "It's the best thing they could do. I can't cross the road at the moment without taking my life in my hands."
A Cllr Dean Walsh, cabinet member for transport, said a final decision would be made on 14 May.
""",
    "en_ctl_interview": """\
T "I never wanted to be a politician": an interview with the new mayor
A Ruth Adeyemi was elected mayor in May with 54% of the vote. We spoke to her in her office a week after she took up the post.
A You said during the campaign that you never wanted to be a politician. Why stand?
A Because nobody else would. I'd spent ten years running the food bank and I was tired of waiting for someone to fix things.
A What's the first thing you'll change?
A Bus fares. We'll cap them at £1.50 from September, and we've already found the money.
A Critics say that's a gimmick.
A Let them. People on my estate spend a fifth of their income getting to work.
""",
    "en_ctl_letters": """\
T Letters: the bypass will not solve our traffic problems
A Your report on the new bypass (3 March) repeats the council's claim that it will take 8,000 vehicles a day out of the town centre.
A I have lived on Mill Road for forty years, and every new road I have seen has simply filled up with more cars within five years.
A John Barker, Stonebridge
A As a cyclist, I welcome the promise of a segregated lane alongside the new road, but I would like to know who will maintain it.
A The existing path along the river has not been swept since the autumn.
A Helen Ward, Eastfield
A Reply to the council's letter of 28 February: the residents' association has still not received the traffic survey we asked for.
A Peter Cole, chair, Mill Road Residents' Association
""",
    "en_ctl_liveblog": """\
T Storm Isha: live updates as 90mph winds hit the north
A 14:03
A The Met Office has extended its amber warning for wind until 6am tomorrow.
A 13:40
A Network Rail says all trains between Preston and Glasgow have been cancelled for the rest of the day.
A 13:12
A More than 40,000 homes are now without power, according to Northern Powergrid.
A 12:55
A A lorry has overturned on the A66 near Brough. Police say the driver was not hurt.
""",
    "en_ctl_social": """\
T Fans react after club confirms manager's exit
A The club confirmed on Monday evening that its manager would leave at the end of the season after four years in charge.
A Supporters were quick to respond on social media.
A "Gutted. Best manager we've had in my lifetime," wrote @BluesFan1984.
A Another, @matt_walker, said: "Right decision. We've gone backwards since Christmas."
A Former captain Lee Grant posted a photo of the pair lifting the cup in 2022, writing: "Thank you, gaffer."
A The club said a replacement would be named before pre-season training begins in July.
""",
    "en_ctl_faq": """\
T Energy bills: what the new price cap means for you
A How much will my bill go up?
A A typical household paying by direct debit will pay £1,928 a year, up £94 from the current cap.
A When does it start?
A The new cap applies from 1 April and lasts three months.
A Do I need to do anything?
A No. Your supplier will write to you, but you should send a meter reading on 31 March so you are not charged the higher rate for energy you used before.
""",
    "en_ctl_dialogue": """\
T Overheard at the allotment: a conversation about slugs
A Every Saturday morning the same two neighbours meet by the water butt, and this week the subject was slugs.
A "Beer traps," said Frank. "Never fails."
A "Waste of good beer," said Eileen. "I use copper tape."
A "Copper tape? Since when?"
A "Since they ate all my lettuces in 2019."
A Frank thought about this for a while, then went back to his runner beans.
""",
    "en_ctl_opinion_end": """\
T The library is worth every penny
A The council wants to save £180,000 a year by cutting the central library's opening hours from six days to four.
A Last year the library lent 210,000 books and ran 900 free events, from toddler rhyme time to job clubs.
A It is also the only warm place in the town centre where nobody expects you to buy anything.
A I grew up in that building. I did my homework there because we had no desk at home.
A I hope the council thinks again.
""",
    "de_ctl_zitate": """\
T Anwohner streiten über neue Tempo-30-Zone
A Seit Montag gilt in der Bahnhofstraße Tempo 30, und die Meinungen der Anwohner gehen weit auseinander.
A „Endlich können die Kinder wieder sicher zur Schule gehen“, sagt Monika Berger, die seit 15 Jahren in der Straße wohnt.
A Der Bäcker Thomas Roth sieht das anders: „Meine Lieferanten stehen jetzt noch länger im Stau.“
A Die Stadt will die Regelung nach einem Jahr überprüfen.
""",
    "de_ctl_leserbriefe": """\
T Leserbriefe zum Hallenbad
A Zum Artikel „Neues Hallenbad öffnet im Herbst“ vom 12. März:
A 5,50 Euro Eintritt sind für Familien mit mehreren Kindern kaum bezahlbar. Die Stadt sollte über eine Familienkarte nachdenken.
A Gerda Hoffmann, Neustadt
A Ich bin froh, dass das Bad überhaupt gebaut wird. In den Nachbarstädten wurden die Bäder geschlossen.
A Werner Krause, Altdorf
""",
    "de_ctl_liveticker": """\
T Liveticker: Landtag wählt neuen Ministerpräsidenten
A 14:03 Uhr
A Der zweite Wahlgang hat begonnen. Die Abgeordneten werden einzeln aufgerufen.
A 13:47 Uhr
A Im ersten Wahlgang fehlten dem Kandidaten drei Stimmen zur absoluten Mehrheit.
A 13:15 Uhr
A Die Sitzung ist eröffnet, alle 120 Abgeordneten sind anwesend.
""",
    "fr_ctl_interview": """\
T « Le vélo, c'est ma liberté » : entretien avec la championne Léa Martin
A Léa Martin a remporté dimanche son troisième titre national. Nous l'avons rencontrée à Roubaix.
A Trois titres en quatre ans. Vous vous y attendiez ?
A Pas du tout. Au début de la saison, je sortais d'une blessure au genou.
A Quel est votre prochain objectif ?
A Les championnats du monde en septembre. Je veux au moins une médaille.
""",
    "fr_ctl_citations": """\
T Fermeture de la piscine : les habitants partagés
A La fermeture de la piscine Jean-Bouin pendant dix-huit mois ne fait pas l'unanimité.
A « Mes enfants apprennent à nager là-bas, on va devoir faire vingt minutes de voiture », regrette Sandrine, mère de trois enfants.
A Pour Michel, 68 ans, nageur depuis toujours, « ces travaux étaient nécessaires depuis longtemps ».
A La mairie promet une navette gratuite vers la piscine de Bellevue.
""",
    "es_ctl_cartas": """\
T Cartas al director
A El metro nocturno
A Leo que el metro abrirá toda la noche los fines de semana. Como enfermera que sale de guardia a las tres de la mañana, solo puedo dar las gracias.
A María José Fernández. Madrid
A Los autobuses de mi barrio
A Mientras se invierte en el metro, los autobuses de mi barrio siguen pasando cada cuarenta minutos.
A Antonio López. Getafe
""",
    "es_ctl_entrevista": """\
T «No pienso retirarme todavía»: entrevista con el tenista Pablo Ortega
A Pablo Ortega cumple 36 años esta semana y acaba de ganar su primer torneo en dos temporadas.
A ¿Cómo se siente?
A Cansado, pero feliz. Hubo momentos este año en que pensé que no volvería a ganar.
A ¿Ha pensado en la retirada?
A Sí, claro. Pero no pienso retirarme todavía.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # no reply control at all: name, a time of two characters ("5h"), the comment, two bare counts; the headless
    # thread is a thread of reply controls, and a name over a bare time over a sentence is also a quoted post's shape
    "en_recall_votes": 11,
    # the brief over the thread is 22 words of prose, under the 30 a thread of framed comments needs (a forum's short
    # question); its frames go ("Ответить", "Нравится 7", the times), the names and comments stay
    "ru_r2_lajki": 4,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

# (with each page's language given: the same lines lost)
test_the_pages_with_their_language_forced = forced_language_test(
    {key: page for key, page in CASES.items() if key[:2] in SUPPORTED}, RESIDUE_LEFT, KNOWN_LOST
)


# -- the rules added: each with the residue it takes and the article text it keeps ---------------------------------

_BRIEF = [
    "Plans to build 40 homes on the site of the former bus depot in Eastfield were approved by councillors on"
    " Wednesday night.",
    "The scheme includes 12 affordable flats and a small play area next to the canal path, the developer said.",
]


def _thread(frame: list[str]) -> list[str]:
    return [
        "Dave Thompson", "3 hours ago", "Another 40 homes and not a single extra GP surgery.", "Reply", *frame,
        "Sarah Jenkins", "2 hours ago", "@Dave exactly this. I've waited three weeks already.", "Reply", *frame,
    ]


@pytest.mark.parametrize("frame", [["Like 12"], ["24", "3"], ["Like 4", "Show 2 replies"], ["Load more comments"]])
def test_a_comments_frame_under_its_reply_control_goes_with_the_thread(frame: list[str]) -> None:
    thread = _thread(frame)
    assert removals_of([*_BRIEF, *thread]) == [("comment-section", line) for line in thread]


def test_a_frame_word_without_a_thread_is_the_articles() -> None:
    text = [*_BRIEF, "Like 12", "That single line did more to shape the debate than the articles themselves, editors say."]
    assert removals_of(text) == []


def test_the_avatar_initials_and_a_badge_over_a_time_go_with_the_thread() -> None:
    thread = [
        "JM", "Jenny M", "March 12, 2024 at 4:15 pm", "Made this yesterday and it was gone in an hour!", "Reply",
        "Author", "March 14, 2024 at 11:30 am", "Hi Jenny, so glad you liked it.", "Reply",
    ]
    assert [p for p, _t in removals_of([*_BRIEF, *thread])] == ["comment-section"] * len(thread)


def test_a_badge_without_the_comments_times_opens_no_comment() -> None:
    # (no time under each head: "Author" is no name, and the lines under it no thread's)
    text = [*_BRIEF, "Dave Thompson", "Another 40 homes and no GP surgery.", "Reply", "Author", "We asked the council.", "Reply"]
    assert [t for p, t in removals_of(text) if p == "comment-section"] == []


_SHORT_POST = [
    "Beat the butter and sugar until pale, then add four eggs one at a time.",
    "Fold in the flour and the zest of two lemons, and bake for forty minutes.",
]  # 30 words of prose


def test_framed_comments_under_a_short_post_go() -> None:
    thread = [
        "Claire", "March 14, 2024 at 9:02 am", "Can I use gluten free flour for this?", "Reply",
        "Tom", "March 15, 2024 at 8:10 am", "Lovely, made it twice!", "Reply",
    ]
    assert [p for p, _t in removals_of(["Lemon drizzle", *_SHORT_POST, *thread])] == ["comment-section"] * len(thread)


def test_answers_as_long_as_a_short_post_stay() -> None:
    # (a forum's question and its answers: an answer of over half the post's words is no reader's remark)
    answer = "Check the pressure relief valve pipe outside, because if it drips the valve is letting water by."
    thread = [
        "PlumbPete", "March 14, 2024 at 9:02 am", answer, "Reply",
        "Tom", "March 15, 2024 at 8:10 am", "Same happened to mine last winter.", "Reply",
    ]
    gone = removals_of(["Boiler question", *_SHORT_POST, *thread])
    assert ("comment-section", answer) not in gone


def test_reageer_is_a_reply_control_of_a_thread() -> None:
    brief = [
        "De nieuwe fietsbrug over het kanaal gaat pas in maart open, drie maanden later dan de gemeente had gepland.",
        "Volgens de gemeente is de vertraging ontstaan door problemen met de levering van het brugdek uit Duitsland.",
    ]
    thread = ["Henk de Vries", "2 uur geleden", "Verbaast me niks.", "Reageer", "Anouk", "1 uur geleden", "Nou, nou.", "Reageer"]
    assert [p for p, _t in removals_of([*brief, *thread])] == ["comment-section"] * len(thread)


_TAP = (
    "Seit einer Woche tropft der Wasserhahn in der Küche weiter, auch wenn ich ihn fest zudrehe. Der Hahn ist etwa"
    " acht Jahre alt."
)


def test_a_question_pages_answers_stay_under_its_asking_title() -> None:
    answer = "Meistens ist es die Kartusche. Die bekommt man im Baumarkt für 15 Euro."
    page = ["Warum tropft mein Wasserhahn weiter?", _TAP + " Muss ich ihn austauschen?", "2 Antworten",
            "Heimwerker_Uwe", "12.03.2024, 14:03", answer, "Antworten",
            "Sanitär-Meier", "12.03.2024, 15:20", "Wasser abdrehen und die Kartusche ausbauen.", "Antworten"]
    assert answer not in [t for _p, t in removals_of(page)]


def test_a_brief_under_its_title_still_loses_its_comments() -> None:
    # (the title no longer counted, the brief that states is still no question: its comments go under their count)
    comment = "Bei mir war es auch die Kartusche, danke für den Tipp!"
    page = ["Wasserhähne tropfen meist wegen der Kartusche", _TAP + " Ein Installateur rät, zuerst die Kartusche zu prüfen.",
            "2 Kommentare", "Heimwerker_Uwe", "vor 2 Stunden", comment, "Antworten",
            "Sanitär-Meier", "vor 1 Stunde", "Oder die Dichtung, je nach Modell.", "Antworten"]
    assert ("comment-section", comment) in removals_of(page)


if __name__ == "__main__":
    report(CASES)
