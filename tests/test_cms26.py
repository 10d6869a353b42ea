# ruff: noqa: E501  (article and template lines run as long as the text they stand for)
"""CMS 26: the lines a blog or CMS platform's template prints around a post, in scraped text (an extractor's output and
all the visible text of the page): WordPress themes' and WordPress.com's localized strings in the languages WordPress
ships (en de fr es it pt nl pl ru sv tr id: the entry footer "This entry was posted in Recipes and tagged apple, pie.
Bookmark the permalink.", "Posted on … by …", "Posted in X | Tagged Y | N Comments", the post pager, "Share this:",
"Like this:", "Like Loading...", "Related", "Blog at WordPress.com.", "Proudly powered by WordPress", "Theme: … by …"),
Blogger in en de es fr pt id ("Posted by X at 10:15 AM", "No comments:", "Email This BlogThis! Share to Twitter …",
"Labels:", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)", "Powered by Blogger."), Tumblr, Ghost,
Medium, Substack, Squarespace, Wix, Joomla ("Details", "Written by", "Hits: 412") and Drupal ("Submitted by … on …",
"Log in or register to post comments"). Tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either way.

- Round 1, blind (written before the passes were read): 55 pages, 43 of them a real short post with its platform's
  lines, and 12 controls: posts whose prose uses the template's words ("I posted in the forum", "the permalink
  structure", "powered by solar panels", "We tagged the birds", "Labels matter in …", a WordPress tutorial explaining
  "Bookmark the permalink", a short history of Blogger, "Share this with a friend", "Edit in passes", in en de es fr).
  On the base (m26 = main 1a59db2): lost 0, left 43. The pages' lines in a run of residue mostly went already (the
  comment section opened by "Leave a Reply" takes the credit under it, edge-furniture takes a run's short lines, the
  teaser box takes "Related" and its items); what stayed was the template's sentences and credits: every WordPress
  entry footer (12 languages), "Blog at WordPress.com." in 11, "Proudly powered by WordPress", "Theme: Twenty Twenty by
  WordPress team.", Blogger's row in en and id, Drupal's links, Wix's banner, WordPress.com's like row in id pl ru sv.
  Each residue line alone under its language's short post (the brief's "kept today under a short article"; the lines
  the change adds are pinned so by ``test_the_added_residue_goes``) was the stricter count: 134 of the 293 stayed.
- Round 2, after reading site-chrome, the vocabulary group and the tables, aimed at the new table: 18 pages, 16 of
  them prose in the template's very words (its opening words in each language followed by a sentence, "This entry was
  posted in 2009 on 4 May by my late father, and …", a box score's "Hits: 9", "Posted in left field …", "Labels: that
  was what Blogger called them", "No comments: that was …", "Label: Sony Music Indonesia" in a record's box, "Next
  post, I will show …") and two blog home pages (two posts, each with its footer, then the pager and the credit). On
  the base: lost 0, left 5 (the two German footers, "Ältere Beiträge", "Stolz präsentiert von WordPress", "Blog at
  WordPress.com.").

After: round 1 lost 0, left 0; round 2 lost 0, left 0; lines alone under a short post: 39 of 293 stay, all of them
lines only their neighbours make residue (the pager's titles "← Sunday roast chicken", the related posts' titles and
"In "Walks"", a Tumblr post's one-hashtag lines, Joomla's "Details" and "Written by Administrator", "Ready for more?",
Wix's "Start Now", the bare "Related" heading in ru sv id); each goes in its page's run.

The changes:

- ``blog_template``, a new table of the widgets family read by ``site-chrome`` (reason: "a blog platform's template line
  around the post"): each pattern a whole template line (match "full"), data per language in ``rules/lang/*.toml``
  and the platforms' names language-neutral in ``rules/families/widgets.toml``. The entry footer takes its opening
  words and the theme's closing words ("… Bookmark the permalink.", "… Setze ein Lesezeichen auf den Permalink.",
  "… Guarda el enlace permanente.", "… Добавьте в закладки постоянную ссылку."); without the closing words only with
  its tags a list of two short names or more closing the line (a first cut took any words after "y etiquetada": it
  took round 2's "Esta entrada fue publicada en la revista del colegio en 1975 y etiquetada por la directora como
  «recuerdo».") and in en with a date's figure and a short name after "by". The credits end on the platform's name
  ("Powered by WordPress, the blog you are reading runs on …" stays); categories alone need every word capitalised and
  no full stop ("Posted in London, the letter took three weeks to arrive." stays); labels rows need short names and no
  full stop ("Labels: that one word on the back of the packet is …" stays; in id two names at least: a record's
  "Label: Sony Music Indonesia" stays); Joomla's "Hits:" three figures at least (a box score's "Hits: 9" stays). The
  pagers in 12 languages, one post and the page of them ("Ältere Beiträge", "Starsze wpisy"); Blogger's buttons, pager,
  comment count with its colon and feed link ("… (Atom)"); WordPress.com's like and share rows where a language had
  none or missed one (id ru; pl "Lubię Wczytywanie…", sv "Gilla Laddar in …", nl "Dit delen:").
- the vocabulary group's reported-speech guard (``base._TEMPLATE_TABLES``) does not read ``blog_template``'s lines:
  Turkish's reporting table reads "…, turta ile etiketlendi." (a past tense after a comma) as a reporting clause and
  spared the whole Turkish footer; a template line whole holds no report. Other tables keep the guard.
- ``byline``: es's blog byline takes WordPress's date with a comma before the year ("Publicado el 12 octubre, 2019 por
  Margarita"); id's takes the date-first "Dipublikasikan pada 12 Oktober 2019 oleh Margaret" and Blogger's "Diposting
  oleh Helena di 10.15".

Bench (``bench_text --variant both``): recall 0.967 / 0.975 / 0.971, naive 0.858 / 0.988 / 0.919, as before;
``pagecmp`` against m26: 3 naive pages changed, precision up, recall as before; ``pagegold``: 0 gold lines newly
removed. ``python tests/test_cms26.py`` prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, parse, removals_of, report, tagged_probe_tests, with_line

import cleaner
from cleaner.language import SUPPORTED

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== WordPress, English =====
    "en_wp_twentyten": """\
T Grandma's Dutch apple pie
R Posted on October 12, 2019 by Margaret
A This is the pie my grandmother made every autumn, and the one my kids now ask for before the first frost.
A The trick is to toss the apples with the sugar and cinnamon an hour ahead and pour off most of the juice before they go into the crust.
A I use a mix of Bramley and Cox, but any tart apple that holds its shape will do.
A Bake it at 200°C for 25 minutes, then turn the oven down to 180°C for another 30 until the crumb topping is golden.
R This entry was posted in Recipes and tagged apple, pie. Bookmark the permalink.
R ← Sunday roast chicken
R Lemon drizzle traybake →
R Leave a Reply
R Proudly powered by WordPress
""",
    "en_wp_posted_in_tagged": """\
T Three weeks with the Fuji X100V
A I bought the X100V for a trip to Lisbon and ended up shooting almost nothing on my phone.
A The fixed 23mm lens forces you to walk closer, which I found changed the way I framed street scenes.
A Battery life is the weak spot: I went through two batteries on most days.
A If you can live with one focal length, it is the most fun I have had with a camera in years.
R Posted in Photography | Tagged fujifilm, lisbon, travel | 4 Comments
R Blog at WordPress.com.
""",
    "en_wpcom_share_like": """\
T A walk up Pen y Fan in February
A We set off from the Storey Arms car park just after eight, with frost still on the path.
A The wind on the summit was strong enough that we did not stay long, but the view across to the Black Mountains was clear.
A On the way down we took the longer route by Corn Du and were back at the car by one.
R Share this:
R Twitter
R Facebook
R Like this:
R Like Loading...
R Related
R Walking the Gower coast path
R In "Walks"
R Snowdon by the Watkin path
R In "Walks"
R Create a free website or blog at WordPress.com.
""",
    "en_wp_entry_by_on": """\
T Our new allotment shed
A After two years of keeping tools in the boot of the car, we finally have a shed on plot 14.
A It is a second-hand 6x4 from a neighbour, which we moved in pieces on a wheelbarrow over three trips.
A The roof needed new felt, and the door still sticks when it rains, but it is ours.
R This entry was posted in Allotment and tagged shed, tools on March 3, 2021 by Tom.
R Edit
R Post navigation
R ← Previous post
R Next post →
R Theme: Twenty Twelve by WordPress.
""",
    "en_wp_filed_under": """\
T How we cut our energy bill by a third
A Last winter our gas bill came to £1,140 for the quarter, which was the push we needed.
A We had cavity wall insulation fitted in April, and it cost us £600 after the grant.
A We also turned the boiler flow temperature down to 55°C, which made no difference to comfort.
A This quarter the bill was £760.
R Filed under: Home, Money
R Be the first to like this.
R Theme: Twenty Twenty by WordPress team.
""",
    "en_wp_comments_count": """\
T The best bakery in Leith
A There is a queue outside Twelve Triangles most Saturday mornings, and it is worth joining.
A Their brown butter doughnut is the one to get, and the sourdough sells out by eleven.
A Prices have gone up, as they have everywhere, but a loaf is still under five pounds.
R Posted in Food, Edinburgh
R 3 Comments
R Share this:
R Email
R Print
R Loading...
R Powered by WordPress | Theme: Astra
""",
    # ===== WordPress, other languages =====
    "de_wp": """\
T Apfelkuchen nach Omas Rezept
R Veröffentlicht am 12. Oktober 2019 von Margarete
A Diesen Kuchen hat meine Großmutter jeden Herbst gebacken, und meine Kinder fragen inzwischen schon im September danach.
A Der Trick ist, die Äpfel eine Stunde vorher mit Zucker und Zimt zu mischen und den Saft abzugießen.
A Ich nehme Boskoop, aber jeder säuerliche Apfel, der seine Form behält, eignet sich.
A Bei 180 Grad braucht er etwa 50 Minuten, bis die Streusel goldbraun sind.
R Dieser Eintrag wurde veröffentlicht in Rezepte und verschlagwortet mit Apfel, Kuchen. Setze ein Lesezeichen auf den Permalink.
R Beitragsnavigation
R ← Sonntagsbraten
R Zitronenkuchen →
R Stolz präsentiert von WordPress
""",
    "de_wpcom": """\
T Eine Woche am Gardasee
A Wir waren in der ersten Juniwoche in Malcesine und hatten fast jeden Tag Sonne.
A Mit der Seilbahn auf den Monte Baldo zu fahren lohnt sich, auch wenn man oben lange anstehen muss.
A Am schönsten war die Fahrt mit der Fähre nach Limone am letzten Abend.
R Teilen mit:
R Twitter
R Facebook
R Gefällt mir:
R Gefällt mir Wird geladen …
R Ähnliche Beiträge
R Bloggen auf WordPress.com.
""",
    "fr_wp": """\
T La tarte aux pommes de ma grand-mère
R Publié le 12 octobre 2019 par Marguerite
A C'est la tarte que ma grand-mère faisait chaque automne, et que mes enfants réclament dès les premiers froids.
A L'astuce consiste à mélanger les pommes avec le sucre une heure à l'avance et à jeter une partie du jus.
A J'utilise des reinettes, mais toute pomme acidulée qui se tient à la cuisson fera l'affaire.
A Comptez 45 minutes à 180 °C, jusqu'à ce que la pâte soit bien dorée.
R Cette entrée a été publiée dans Recettes, et marquée avec pomme, tarte. Ajoutez ce permalien à vos favoris.
R Navigation des articles
R ← Poulet rôti du dimanche
R Cake au citron →
R Laisser un commentaire
R Fièrement propulsé par WordPress
""",
    "fr_wpcom": """\
T Trois jours à Lisbonne
A Nous avons logé dans l'Alfama, ce qui veut dire beaucoup de marches, mais aussi les plus belles vues.
A Le tram 28 est bondé dès neuf heures ; prenez-le tôt ou marchez.
A Les pastéis de Belém valent la queue, surtout tièdes.
R Partager :
R Twitter
R Facebook
R J'aime ça :
R J'aime chargement…
R Soyez le premier à aimer ceci.
R Sur le même thème
R Blog sur WordPress.com.
""",
    "es_wp": """\
T Tarta de manzana de la abuela
R Publicado el 12 octubre, 2019 por Margarita
A Esta es la tarta que mi abuela hacía cada otoño y que mis hijos piden en cuanto llega el frío.
A El truco es mezclar la manzana con el azúcar una hora antes y escurrir parte del jugo.
A Yo uso manzana reineta, pero vale cualquiera ácida que aguante la forma al hornearse.
A Hornea unos 45 minutos a 180 grados, hasta que la masa esté dorada.
R Esta entrada fue publicada en Postres y etiquetada manzana, tarta. Guarda el enlace permanente.
R Navegación de entradas
R ← Pollo asado del domingo
R Bizcocho de limón →
R Deja un comentario
R Funciona gracias a WordPress
""",
    "es_wpcom": """\
T Subida al Moncayo en invierno
A Salimos del santuario a las nueve, con el camino todavía helado en la parte alta.
A En la cima el viento era tan fuerte que apenas paramos cinco minutos.
A Bajamos por el circo de San Miguel y a las dos estábamos comiendo en Agramonte.
R Comparte esto:
R Twitter
R Facebook
R Me gusta esto:
R Me gusta Cargando...
R Relacionado
R Crea un blog o un sitio web gratuitos con WordPress.com.
""",
    "it_wp": """\
T La torta di mele della nonna
R Pubblicato il 12 ottobre 2019 da Margherita
A È la torta che mia nonna preparava ogni autunno e che i miei figli chiedono appena arriva il freddo.
A Il segreto è lasciare le mele con lo zucchero per un'ora e scolare parte del succo.
A Io uso le renette, ma va bene qualsiasi mela acidula che non si sfaldi in cottura.
A Cuocete per 45 minuti a 180 gradi, finché la superficie è dorata.
R Questa voce è stata pubblicata in Ricette e contrassegnata con mela, torta. Contrassegna il permalink.
R Navigazione articoli
R ← Pollo arrosto della domenica
R Plumcake al limone →
R Lascia un commento
R Orgogliosamente powered by WordPress
""",
    "it_wpcom": """\
T Un weekend a Matera
A Siamo arrivati il venerdì sera, e i Sassi illuminati sono la prima cosa che vedi dalla strada.
A Il sabato abbiamo fatto la visita guidata delle chiese rupestri, che consiglio.
A Si mangia benissimo e si spende poco, soprattutto fuori dal centro.
R Condividi:
R Twitter
R Facebook
R Mi piace:
R Mi piace Caricamento...
R Correlati
R Blog su WordPress.com.
""",
    "pt_wp": """\
T Torta de maçã da vovó
R Publicado em 12 de outubro de 2019 por Margarida
A Essa é a torta que minha avó fazia todo outono e que meus filhos pedem assim que esfria.
A O segredo é misturar a maçã com o açúcar uma hora antes e escorrer parte do suco.
A Eu uso maçã verde, mas qualquer maçã ácida que não desmanche no forno serve.
A Asse por 45 minutos a 180 graus, até a massa dourar.
R Esta entrada foi publicada em Receitas e marcada com maçã, torta. Adicione o link permanente aos seus favoritos.
R Navegação de Posts
R ← Frango assado de domingo
R Bolo de limão →
R Deixe um comentário
R Orgulhosamente mantido com WordPress
""",
    "pt_wpcom": """\
T Um fim de semana em Paraty
A Chegamos na sexta à noite e fomos direto jantar no centro histórico.
A No sábado fizemos o passeio de escuna pelas ilhas, que vale cada centavo.
A As ruas de pedra alagam na maré alta, então vá de chinelo.
R Compartilhe isso:
R Twitter
R Facebook
R Curtir isso:
R Curtir Carregando...
R Seja o primeiro a curtir este post.
R Relacionado
R Blog no WordPress.com.
""",
    "nl_wp": """\
T Appeltaart van oma
R Geplaatst op 12 oktober 2019 door Margriet
A Dit is de taart die mijn oma elk najaar bakte en waar mijn kinderen nu al in september om vragen.
A Het geheim is de appels een uur van tevoren met suiker te mengen en een deel van het vocht af te gieten.
A Ik gebruik goudreinetten, maar elke zurige appel die zijn vorm houdt is goed.
A Bak de taart ongeveer een uur op 175 graden, tot de bovenkant goudbruin is.
R Dit bericht werd geplaatst in Recepten en getagd appel, taart. Bookmark de permalink.
R Berichtnavigatie
R ← Zondagse kip
R Citroencake →
R Geef een reactie
R Trots aangedreven door WordPress
""",
    "nl_wpcom": """\
T Fietsen over de Afsluitdijk
A We vertrokken om acht uur uit Den Oever met de wind in de rug, en dat bleef gelukkig zo.
A Halverwege bij het monument hebben we koffie gedronken en naar de sluizen gekeken.
A In Harlingen namen we de trein terug, fietsen mee.
R Dit delen:
R Twitter
R Facebook
R Vind ik leuk:
R Vind-ik-leuk Laden...
R Gerelateerd
R Blog op WordPress.com.
""",
    "pl_wp": """\
T Szarlotka mojej babci
R Opublikowano 12 października 2019 przez Małgorzata
A To ciasto babcia piekła każdej jesieni, a moje dzieci proszą o nie, gdy tylko zrobi się zimno.
A Sekret polega na tym, żeby wymieszać jabłka z cukrem godzinę wcześniej i odlać część soku.
A Używam szarej renety, ale nada się każde kwaśne jabłko, które nie rozpada się w piekarniku.
A Piec około 50 minut w 180 stopniach, aż kruszonka się zarumieni.
R Ten wpis został opublikowany w kategorii Przepisy i oznaczony tagami ciasto, jabłka. Dodaj zakładkę do bezpośredniego odnośnika.
R Nawigacja wpisu
R ← Niedzielny kurczak
R Ciasto cytrynowe →
R Dodaj komentarz
R Dumnie wspierane przez WordPress
""",
    "pl_wpcom": """\
T Wejście na Rysy od polskiej strony
A Wyszliśmy z Palenicy o piątej rano, żeby uniknąć tłumów na szlaku.
A Odcinek z łańcuchami nad Czarnym Stawem jest wymagający, ale przy suchej skale bezpieczny.
A Na szczycie byliśmy przed jedenastą, a do parkingu wróciliśmy o czwartej.
R Udostępnij to:
R Twitter
R Facebook
R Polub to:
R Lubię Wczytywanie…
R Powiązane
R Blog na WordPress.com.
""",
    "ru_wp": """\
T Бабушкин яблочный пирог
R Опубликовано 12.10.2019 автором Маргарита
A Этот пирог бабушка пекла каждую осень, и теперь мои дети просят его, как только становится холодно.
A Секрет в том, чтобы смешать яблоки с сахаром за час до выпечки и слить часть сока.
A Я беру антоновку, но подойдёт любое кислое яблоко, которое держит форму.
A Выпекать около 50 минут при 180 градусах, пока верх не зарумянится.
R Запись опубликована в рубрике Рецепты с метками пирог, яблоки. Добавьте в закладки постоянную ссылку.
R Навигация по записям
R ← Курица по-воскресному
R Лимонный кекс →
R Добавить комментарий
R Сайт работает на WordPress
""",
    "ru_wpcom": """\
T Три дня в Калининграде
A Мы приехали в пятницу вечером и сразу пошли гулять на остров Канта.
A В субботу съездили на Куршскую косу, где больше всего понравился Танцующий лес.
A Рыбная деревня вечером выглядит красиво, но кафе там дорогие.
R Поделиться:
R Twitter
R Facebook
R Нравится:
R Нравится Загрузка...
R Похожее
R Блог на WordPress.com.
""",
    "sv_wp": """\
T Mormors äppelpaj
R Publicerat den 12 oktober 2019 av Margareta
A Det här är pajen som mormor bakade varje höst och som mina barn nu tjatar om så fort det blir kallt.
A Tricket är att blanda äpplena med socker en timme innan och hälla av en del av saften.
A Jag använder Ingrid Marie, men vilket syrligt äpple som helst fungerar.
A Grädda i 200 grader i cirka 30 minuter, tills smuldegen fått färg.
R Det här inlägget postades i Recept och märktes äpple, paj. Bokmärk permalänken.
R Inläggsnavigering
R ← Söndagskyckling
R Citronkaka →
R Lämna ett svar
R Drivs med WordPress
""",
    "sv_wpcom": """\
T Cykla runt Vättern i juni
A Vi startade i Motala klockan fem på morgonen och hade motvind hela vägen till Jönköping.
A Depåerna var bättre än jag hade väntat mig, särskilt lasagnen i Hjo.
A Vi kom i mål efter tretton timmar och var nöjda med det.
R Dela detta:
R Twitter
R Facebook
R Gilla detta:
R Gilla Laddar in …
R Relaterade
R Blogg på WordPress.com.
""",
    "tr_wp": """\
T Anneannemin elmalı turtası
R 12 Ekim 2019 tarihinde Margarita tarafından yayınlandı
A Bu turtayı anneannem her sonbahar yapardı, şimdi de çocuklarım havalar soğur soğumaz istiyor.
A İşin sırrı, elmaları bir saat önceden şekerle karıştırıp suyunun bir kısmını dökmek.
A Ben yeşil elma kullanıyorum ama fırında dağılmayan ekşi bir elma olması yeterli.
A 180 derecede yaklaşık 45 dakika, üstü kızarana kadar pişirin.
R Bu yazı Tarifler içinde yayınlandı ve elma, turta ile etiketlendi. Kalıcı bağlantıyı yer imlerine ekleyin.
R Yazı dolaşımı
R ← Pazar tavuğu
R Limonlu kek →
R Bir yanıt yazın
R WordPress gururla sunar
""",
    "id_wp": """\
T Resep pai apel nenek
R Dipublikasikan pada 12 Oktober 2019 oleh Margaret
A Pai ini selalu dibuat nenek setiap musim hujan, dan sekarang anak-anak saya yang memintanya.
A Rahasianya adalah mencampur apel dengan gula satu jam sebelumnya lalu membuang sebagian airnya.
A Saya memakai apel Malang, tetapi apel asam apa pun yang tidak hancur saat dipanggang bisa dipakai.
A Panggang selama 45 menit pada suhu 180 derajat sampai permukaannya kecokelatan.
R Tulisan ini dipublikasikan di Resep dan tag apel, pai. Tandai permalink.
R Navigasi pos
R ← Ayam panggang
R Bolu lemon →
R Tinggalkan Balasan
R Dengan bangga didukung oleh WordPress
""",
    "id_wpcom": """\
T Mendaki Gunung Prau saat kemarau
A Kami mulai mendaki dari basecamp Patak Banteng pukul sebelas malam.
A Jalurnya curam dan berdebu, jadi masker sangat membantu.
A Matahari terbit dari puncak dengan Sindoro dan Sumbing di depan mata benar-benar sepadan.
R Bagikan ini:
R Twitter
R Facebook
R Suka ini:
R Suka Memuat...
R Terkait
R Blog di WordPress.com.
""",
    # ===== Blogger =====
    "en_blogger": """\
T Sourdough starter, day 7
A My starter finally doubled in four hours today, which I am told means it is ready.
A I fed it 50g of rye and 50g of water at 8am and it was at the top of the jar by noon.
A Tomorrow I will try my first loaf, with 20% whole wheat.
R Posted by Helen at 10:15 AM
R No comments:
R Email This
R BlogThis!
R Share to Twitter
R Share to Facebook
R Share to Pinterest
R Labels: baking, bread, sourdough
R Newer Post Older Post Home
R Subscribe to: Post Comments (Atom)
R Powered by Blogger.
""",
    "en_blogger_oneline": """\
T The heron is back
A For the third spring running, a grey heron has taken up its post on the weir by the old mill.
A I watched it for twenty minutes this morning before it caught a small trout and flew off towards the wood.
R Posted by Birdwatcher at 7:42 AM 2 comments:
R Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest
R Labels: birds, river
R Newer Post Older Post Home
R Subscribe to: Post Comments (Atom)
""",
    "de_blogger": """\
T Sauerteig, Tag 7
A Mein Sauerteig hat sich heute endlich in vier Stunden verdoppelt.
A Ich habe ihn um acht Uhr mit 50 Gramm Roggenmehl und 50 Gramm Wasser gefüttert, mittags war das Glas voll.
A Morgen backe ich mein erstes Brot mit zwanzig Prozent Vollkorn.
R Eingestellt von Helene um 10:15
R Keine Kommentare:
R Diesen Post per E-Mail versenden
R BlogThis!
R In Twitter freigeben
R In Facebook freigeben
R Auf Pinterest teilen
R Labels: Backen, Brot
R Neuerer Post Älterer Post Startseite
R Abonnieren Kommentare zum Post (Atom)
""",
    "es_blogger": """\
T Masa madre, día 7
A Mi masa madre por fin ha doblado su volumen en cuatro horas.
A La alimenté a las ocho con 50 gramos de centeno y 50 de agua, y a mediodía llegaba a la tapa del tarro.
A Mañana haré mi primer pan, con un veinte por ciento de harina integral.
R Publicado por Elena en 10:15
R No hay comentarios:
R Enviar por correo electrónico
R Escribe un blog
R Compartir con Twitter
R Compartir con Facebook
R Compartir en Pinterest
R Etiquetas: panes, recetas
R Entrada más reciente Entrada antigua Página principal
R Suscribirse a: Enviar comentarios (Atom)
""",
    "fr_blogger": """\
T Levain, jour 7
A Mon levain a enfin doublé de volume en quatre heures aujourd'hui.
A Je l'ai nourri à huit heures avec 50 g de seigle et 50 g d'eau, et à midi il touchait le couvercle.
A Demain, je tente mon premier pain, avec 20 % de farine complète.
R Publié par Hélène à 10:15
R Aucun commentaire:
R Envoyer par e-mail
R BlogThis!
R Partager sur Twitter
R Partager sur Facebook
R Partager sur Pinterest
R Libellés : boulange, pain
R Article plus récent Article plus ancien Accueil
R Inscription à : Publier les commentaires (Atom)
""",
    "pt_blogger": """\
T Fermento natural, dia 7
A Meu fermento finalmente dobrou de tamanho em quatro horas hoje.
A Alimentei às oito com 50 gramas de centeio e 50 de água, e ao meio-dia ele chegava à tampa do pote.
A Amanhã vou fazer meu primeiro pão, com vinte por cento de farinha integral.
R Postado por Helena às 10:15
R Nenhum comentário:
R Enviar por e-mail
R Postar no blog!
R Compartilhar no Twitter
R Compartilhar no Facebook
R Compartilhar com o Pinterest
R Marcadores: pães, receitas
R Postagem mais recente Postagem mais antiga Página inicial
R Assinar: Postar comentários (Atom)
""",
    "id_blogger": """\
T Ragi alami, hari ketujuh
A Ragi alami saya akhirnya mengembang dua kali lipat dalam empat jam hari ini.
A Saya memberinya 50 gram tepung gandum hitam dan 50 gram air pukul delapan, dan siangnya sudah penuh satu toples.
A Besok saya akan mencoba roti pertama dengan dua puluh persen tepung gandum utuh.
R Diposting oleh Helena di 10.15
R Tidak ada komentar:
R Kirimkan Ini lewat Email
R BlogThis!
R Berbagi ke Twitter
R Berbagi ke Facebook
R Bagikan ke Pinterest
R Label: roti, resep
R Posting Lebih Baru Posting Lama Beranda
R Langganan: Posting Komentar (Atom)
""",
    # ===== Tumblr, Ghost, Medium, Substack, Squarespace, Wix =====
    "en_tumblr": """\
T finally finished the quilt
A it took me eleven months and two broken needles but the log cabin quilt for my sister is done.
A every strip came from an old shirt of our dad's, which is why it took so long to cut.
R #quilting
R #log cabin
R #sewing
R 214 notes
R reblog
""",
    "en_ghost": """\
T Why I moved my newsletter off a big platform
A After four years I moved the newsletter to a small self-hosted setup this month.
A The main reason was cost: at 3,000 subscribers, the fees had grown to more than my hosting and domain put together.
A The move took one weekend, and I lost eleven subscribers in the export.
R Subscribe
R You might also like
R Published with Ghost
""",
    "en_medium": """\
T What I learned shipping my first iOS app
R Follow
R 6 min read
R Mar 14, 2022
R Listen
R Share
A I shipped my first app to the App Store in February, after eight months of evenings and weekends.
A The hardest part was not the code but the review process, which rejected my first two builds for missing privacy text.
A If I did it again, I would write the privacy policy on the first day.
R Written by Sam Ortiz
R 1.2K Followers
R More from Sam Ortiz
R Recommended from Medium
R Help Status About Careers Blog Privacy Terms Text to speech Teams
""",
    "en_substack": """\
T The quiet collapse of the local pub
A In the village where I grew up there were four pubs in 1990. Today there is one, and it opens three days a week.
A The landlord told me his energy bill has tripled since 2021, and beer sales have fallen by a third.
A It is not just nostalgia: the pub was where the parish council met, where the darts team trained, and where people heard about jobs.
R Subscribe to The Long Read
R Type your email…
R Subscribe
R Share
R Discussion about this post
R Ready for more?
R © 2024 Anna Reid · Privacy ∙ Terms ∙ Collection notice
R Start Writing Get the app
R Substack is the home for great culture
""",
    "en_squarespace": """\
T Spring open studio
A This year's open studio runs over the first two weekends of May, from 11 to 5.
A I will have the new series of small seascapes on show, along with prints and cards.
A Parking is on the lane; please do not block the farm gate.
R Newer Post
R Older Post
R 0 Comments
R Share
R Powered by Squarespace
""",
    "en_wix": """\
T Our first lambs of the season
A The first twins of the year arrived at 3am on Tuesday, both healthy and on their feet within the hour.
A We expect around forty more over the next three weeks.
R Recent Posts
R See All
R This site was designed with the Wix.com website builder. Create your website today.
R Start Now
""",
    # ===== Joomla, Drupal =====
    "en_joomla": """\
T Club AGM results
R Details
R Written by Administrator
R Category: Club News
R Published: 14 March 2023
R Hits: 412
A At Sunday's AGM the members re-elected Janet Lowe as chair for a third year.
A The subscription stays at £45, with a reduced rate of £20 for juniors.
A The motion to build a second practice net was carried by 31 votes to 6.
R Prev
R Next
""",
    "de_joomla": """\
T Ergebnisse der Jahreshauptversammlung
R Details
R Geschrieben von Administrator
R Kategorie: Vereinsnachrichten
R Veröffentlicht: 14. März 2023
R Zugriffe: 412
A Auf der Jahreshauptversammlung am Sonntag wurde Janet Lowe zum dritten Mal zur Vorsitzenden gewählt.
A Der Mitgliedsbeitrag bleibt bei 45 Euro, Jugendliche zahlen 20 Euro.
A Der Antrag auf ein zweites Trainingsnetz wurde mit 31 zu 6 Stimmen angenommen.
""",
    "en_drupal": """\
T Road closure on Mill Lane
R Submitted by admin on Tue, 06/13/2023 - 10:15
A Mill Lane will be closed between the church and the bridge from 19 to 23 June while the water main is replaced.
A Buses will divert via Station Road, and the stop outside the school will not be served.
A Residents will have access on foot at all times.
R Log in or register to post comments
R Add new comment
""",
    # ===== controls: prose that uses the template's words =====
    "en_ctrl_forum": """\
T Why I stopped asking for help on the forum
A I posted in the forum three times last year, and each time the first reply told me to search before asking.
A Filed under "beginner questions", my post sank within an hour.
A Posted on a Sunday night, a question gets no answer at all; posted on a Tuesday morning, it gets ten.
A These days I ask a friend first.
""",
    "en_ctrl_permalinks": """\
T How to change the permalink structure in WordPress
A By default WordPress uses links like ?p=123, which tell a reader nothing about the post.
A Go to Settings, then Permalinks, and choose "Post name" to get links like /my-first-post/.
A Older themes print a line under each post that reads "Bookmark the permalink", which is simply a link to the post's own address.
A Bookmark the permalink of any post you want to come back to, since the address will no longer change.
A Remember to save the settings, or the new structure will not apply.
""",
    "en_ctrl_solar": """\
T Our off-grid cabin, two years on
A The cabin is powered by solar panels on the south roof and a small wind turbine on the ridge.
A Powered by WordPress, the blog you are reading runs on a Raspberry Pi in the cabin's shed.
A In December the batteries ran flat twice, so we have added a second bank.
A Next summer we will try a small water turbine on the stream.
""",
    "en_ctrl_birds": """\
T Ringing day at the reserve
A We tagged the birds in the morning, before the heat, and released them by ten.
A Tagged birds are easier to follow: one blackcap we ringed in 2021 came back for the third year running.
A Related species behave very differently in the nets; the chiffchaffs sat calmly while the wrens complained loudly.
A In all we ringed 46 birds of 11 species.
""",
    "en_ctrl_labels": """\
T Food labels matter more than you think
A Labels matter in a supermarket because most of us decide in about four seconds what goes into the trolley.
A Labels: that one word on the back of the packet is where the law says allergens must be shown in bold.
A A study last year found that half of shoppers never read past the front of the pack.
A Clearer labels would help, but so would fewer ingredients.
""",
    "en_ctrl_blogger_history": """\
T A short history of Blogger
A Blogger was launched in August 1999 by Pyra Labs, a small company in San Francisco.
A Google bought it in 2003, and for a few years it was the most popular way to start a blog.
A Powered by Blogger, the badge at the foot of every page, was one of the most common lines on the early web.
A Posted by and a time stamp under each post became the template that many later platforms copied.
A Today it still hosts millions of blogs, though few new ones.
""",
    "en_ctrl_share_like": """\
T What makes people share a post
A Share this with a friend, the researchers asked, and counted how many people did it without reading past the headline.
A Like this study, most research on sharing uses students as its subjects.
A Related work from 2019 found the same pattern among older readers.
A Be the first to like this, a button used to say, and people were far more likely to press it on a post nobody had liked.
""",
    "en_ctrl_edit_next": """\
T How I edit a novel
A Edit in passes, my first editor told me: structure first, then scenes, then sentences.
A Next, I read the whole draft aloud, which catches most of the clumsy lines.
A Previous drafts go in a folder I never open again.
A Home is where I do the first pass; the café is where I do the rest.
""",
    "de_ctrl": """\
T Warum ich im Forum nichts mehr frage
A Ich habe letztes Jahr dreimal im Forum gepostet, und jedes Mal lautete die erste Antwort, ich solle erst suchen.
A Veröffentlicht am Sonntagabend, bekommt eine Frage keine Antwort; am Dienstagmorgen sind es zehn.
A Teilen mit anderen fällt mir leichter, seit ich einen eigenen Blog habe.
A Gefällt mir nicht, dass man dort nur mit echtem Namen schreiben darf.
""",
    "es_ctrl": """\
T Cómo cambiar los enlaces permanentes en WordPress
A Por defecto WordPress usa direcciones como ?p=123, que no dicen nada del contenido.
A Las plantillas antiguas imprimen bajo cada entrada la frase "Guarda el enlace permanente", que solo enlaza a la propia entrada.
A Esta entrada fue publicada en el periódico del instituto en 1998 y la recupero hoy porque sigue vigente.
A Guarda los cambios antes de salir, o la nueva estructura no se aplicará.
""",
    "fr_ctrl": """\
T Publier sur un blog en 2005
A Publié par un ami sur Blogger, mon premier texte a été lu par six personnes, dont ma mère.
A Fièrement propulsé par un vieux PC sous Linux, le serveur tombait chaque fois que la box redémarrait.
A Partager un lien, à l'époque, voulait dire l'envoyer par mail à une liste de copains.
A Aucun commentaire n'est jamais arrivé, mais j'ai continué pendant trois ans.
""",
    "en_ctrl_joomla_drupal": """\
T Moving our club site from Joomla to Drupal
A Our old Joomla site showed a "Hits" counter under each article, which members liked more than we expected.
A Details such as the author and the category were printed above every post, and we kept that layout.
A Written by volunteers over ten years, the site had 1,400 articles to move.
A Submitted by a member in 2012, the oldest post was a report on the first club dinner.
A The move took three weekends, and the counters were reset to zero.
""",

    # ===== ROUND 2 (after reading site-chrome, the vocabulary group and the tables: aimed at blog_template) ========
    # the template's opening words in prose, with a figure, "on" and "by" after them (the Twenty Twelve shape)
    "en_r2_reposted": """\
T My father's diary of the 1976 drought
A This entry was posted in 2009 on 4 May by my late father, and I am reposting it unchanged for the anniversary.
A This entry was posted in the forum on Monday by a user who asked not to be named, and it was deleted within the hour.
A The reservoir above the village was down to a puddle by August, he wrote, and the council sent a tanker twice a week.
A He kept the ration card for the standpipe in a drawer for the rest of his life.
""",
    # categories and a box score, words of the template inside the article
    "en_r2_box_score": """\
T Hawks edge Falcons in extra innings
A The Hawks won 5-4 in the eleventh inning on a bases-loaded walk, their third extra-inning win of the month.
A Posted in left field for the first time this season, Ortiz threw out two runners at the plate.
A Runs: 5
A Hits: 9
A Errors: 1
A The teams meet again on Friday at Riverside Park.
""",
    # a WordPress tutorial: the template's lines as subheadings and in sentences
    "en_r2_tutorial": """\
T How to hide the "Posted in" line in your theme
A Most WordPress themes print the post's categories under it, in a line that opens with "Posted in" and lists them.
A Filed under the theme's template-parts folder, the file you want is usually called entry-footer.php.
A Next post, I will show how to move the tags above the title instead.
A Previous posts in this series covered the header and the menu.
A Bookmark the permalink of this guide if you think you will need it again, because the file names change between themes.
""",
    # Blogger's words as prose: a post about labels and comments
    "en_r2_labels": """\
T Why I stopped using labels on my blog
A When I moved the blog to Blogger in 2008, I tagged every post with three or four labels.
A Labels: that was what Blogger called them, and by 2012 I had 340 of them, most used once.
A No comments: that was the state of most of my posts, labels or not.
A Email this to a friend, I used to add at the foot of each post, and nobody ever did.
A Last month I deleted all but twelve of the labels.
""",
    # the credit's words over the article's own text
    "en_r2_powered": """\
T The village hall that runs on sunshine
A The village hall at Little Wenham is powered by 24 solar panels and a battery in the old coal store.
A Powered by the sun, it has not paid an electricity bill since 2021.
A Published with the help of a lottery grant, the committee's report on the scheme is in the library.
A Blog at the parish website for updates on the second phase, the chair told the meeting.
""",
    # the opening words of WordPress's footer in each language, in prose (no template words after them)
    "de_r2": """\
T Der erste Schultag vor fünfzig Jahren
A Dieser Beitrag wurde zuerst in der Schülerzeitung veröffentlicht und ist hier leicht gekürzt.
A Am 1. September 1975 standen 34 Kinder mit ihren Schultüten vor dem Gebäude an der Lindenstraße.
A Die Lehrerin, Frau Becker, hat jedes Kind einzeln begrüßt und nach seinem Namen gefragt.
A Labels: das Wort kannte damals noch niemand, wir sagten Namensschilder.
""",
    "fr_r2": """\
T Le bal du 14 juillet, il y a trente ans
A Cette entrée a été publiée dans le bulletin municipal en 1994, et nous la republions pour l'anniversaire.
A Le bal avait lieu sur la place de l'église, avec un orchestre venu de Rodez.
A Article suivant la tradition, le feu d'artifice était tiré depuis le pont à vingt-trois heures.
A Aucun commentaire : c'est ce que le maire avait répondu aux journalistes sur le coût de la soirée.
""",
    "es_r2": """\
T El primer día de colegio hace cincuenta años
A Esta entrada fue publicada en la revista del colegio en 1975 y etiquetada por la directora como «recuerdo».
A Aquel 1 de septiembre éramos 34 niños en la puerta del edificio de la calle Mayor.
A Etiquetas: así llamábamos entonces a los nombres cosidos en el baby.
A No hay comentarios sobre aquel día que no mencionen a doña Carmen.
""",
    "it_r2": """\
T La festa del paese, trent'anni fa
A Questa voce è stata pubblicata in origine sul giornalino della parrocchia nel 1994.
A La festa si teneva in piazza, con la banda che arrivava da Bergamo.
A Articolo precedente alla riforma, il regolamento della sagra vietava i fuochi d'artificio.
A Contrassegna il tuo nome sulla lista all'ingresso, diceva il cartello, e tutti lo facevano.
""",
    "pt_r2": """\
T A festa junina da escola, trinta anos depois
A Esta entrada foi publicada em 1994 no jornal da escola e a republico hoje sem mudanças.
A A quadrilha era ensaiada durante todo o mês de maio, no pátio coberto.
A Marcadores: era assim que a professora chamava as fitas coloridas dos convidados.
A Nenhum comentário sobre a festa deixa de lembrar a fogueira.
""",
    "nl_r2": """\
T Het dorpsfeest van 1994
A Dit bericht werd geplaatst in de nieuwsbrief van de vereniging van maart 1994 en staat hier ongewijzigd.
A Het feest begon om twee uur met een optocht door de Dorpsstraat.
A Vorig bericht over het feest ging over de kermis, die toen nog op het plein stond.
A Bookmark de permalink van deze pagina als u later de foto's wilt bekijken, want die volgen nog.
""",
    "pl_r2": """\
T Festyn w naszej wsi trzydzieści lat temu
A Ten wpis został opublikowany w kategorii wspomnień, bo dotyczy festynu z 1994 roku.
A Festyn odbywał się na boisku za szkołą, a orkiestra przyjechała z Nowego Sącza.
A Następny wpis będzie o dożynkach, które w tamtych latach trwały trzy dni.
""",
    "ru_r2": """\
T Школьный праздник тридцать лет назад
A Запись опубликована в рубрике «Письма читателей», потому что её прислала наша читательница из Твери.
A Праздник проходил во дворе школы, а оркестр приезжал из райцентра.
A Следующая запись будет о выпускном вечере того же года.
A Нравится ли мне вспоминать то время? Да, очень.
""",
    "sv_r2": """\
T Midsommar i byn för trettio år sedan
A Det här inlägget publicerades i lokaltidningen 1994 och har inte ändrats.
A Stången restes på ängen bakom skolan klockan två, och dansen höll på till sju.
A Nästa inlägg handlar om kräftskivan samma år.
""",
    "tr_r2": """\
T Otuz yıl önce köyün düğün geleneği
A Bu yazı ilk olarak okul gazetesinde 1994 yılında yayınlandı, burada değiştirmeden paylaşıyorum.
A Düğünler üç gün sürerdi ve bütün köy davetliydi.
A Önceki yazı bu konuda pek çok okurun ilgisini çekmişti, dedi editörümüz.
""",
    "id_r2": """\
T Pesta kampung tiga puluh tahun lalu
A Tulisan ini dipublikasikan di koran kampus pada tahun 1994 dan saya muat ulang tanpa perubahan.
A Pesta dimulai pukul dua siang dengan pawai keliling kampung.
A Label: Sony Music Indonesia
A Tidak ada komentar dari kepala desa soal biaya pesta waktu itu.
""",
    # a blog's home page: two posts, each with its footer (both footers go; the posts are not judged)
    "en_r2_home_page": """\
T Notes from the Plot
T Broad beans are in
T The first sowing of broad beans went in on Saturday, two weeks later than last year because of the rain.
R Posted in Allotment | Tagged beans, sowing | Leave a comment
T Pigeons 1, brassicas 0
T The netting came off in the wind on Wednesday night and the pigeons found the cabbages by Thursday morning.
R Posted in Allotment | Tagged brassicas, pigeons | 2 Comments
R Older posts
R Blog at WordPress.com.
""",
    "de_r2_home_page": """\
T Aus dem Schrebergarten
T Die Bohnen sind drin
T Am Samstag habe ich die ersten Saubohnen gelegt, zwei Wochen später als im letzten Jahr.
R Dieser Eintrag wurde veröffentlicht in Garten und verschlagwortet mit Bohnen, Aussaat. Setze ein Lesezeichen auf den Permalink.
T Tauben 1, Kohl 0
T Das Netz ist in der Nacht zum Donnerstag weggeweht, und am Morgen hatten die Tauben den Kohl gefunden.
R Dieser Eintrag wurde veröffentlicht in Garten und verschlagwortet mit Kohl, Tauben. Setze ein Lesezeichen auf den Permalink.
R Ältere Beiträge
R Stolz präsentiert von WordPress
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

# (with each page's language given: the same lines lost and left)
test_the_pages_with_their_language_forced = forced_language_test(
    {key: page for key, page in CASES.items() if key[:2] in SUPPORTED}, RESIDUE_LEFT, KNOWN_LOST
)


# -- the added table, line by line ----------------------------------------------------------------------------------


def _post(key: str) -> list[str]:
    """The article lines of a round-1 page: a short post in its language."""
    return [text for tag, text in parse(CASES[key]) if tag == "A"]


TEXT = {lang: _post(f"{lang}_wp") for lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "tr", "id")}
TEXT["en"] = _post("en_wp_twentyten")

_CHROME = "site-chrome"

#: (language, a template line, the pass that takes it) put before or after the language's short post
GOES = [
    *(
        ("en", line, _CHROME)
        for line in [
            "This entry was posted in Recipes and tagged apple, pie. Bookmark the permalink.",
            "This entry was posted in Uncategorized. Bookmark the permalink.",
            "This entry was posted in Allotment and tagged shed, tools on March 3, 2021 by Tom.",
            "Bookmark the permalink.",
            "Posted in Food, Edinburgh",
            "Filed under Recipes",
            "Next post →",
            "Theme: Twenty Twenty by WordPress team.",
            "Proudly powered by WordPress",
            "Powered by WordPress | Theme: Astra by Brainstorm Force.",
            "Blog at WordPress.com.",
            "Powered by Blogger.",
            "Published with Ghost",
            "Powered by Squarespace",
            "Email This",
            "BlogThis!",
            "Newer Post Older Post Home",
            "No comments:",
            "3 comments:",
            "Labels: baking, bread, sourdough",
            "Subscribe to: Post Comments (Atom)",
            "214 notes",
            "reblog",
            "Help Status About Careers Blog Privacy Terms Text to speech Teams",
            "Start Writing Get the app",
            "Substack is the home for great culture",
            "This site was designed with the Wix.com website builder. Create your website today. Start Now",
            "Hits: 412",
            "Log in or register to post comments",
            "Add new comment",
        ]
    ),
    *(
        ("de", line, _CHROME)
        for line in [
            "Dieser Eintrag wurde veröffentlicht in Rezepte und verschlagwortet mit Apfel, Kuchen. Setze ein Lesezeichen auf den Permalink.",
            "Dieser Eintrag wurde veröffentlicht in Rezepte und verschlagwortet mit Apfel, Kuchen.",
            "Setze ein Lesezeichen auf den Permalink.",
            "Nächster Beitrag →",
            "Ältere Beiträge",
            "Stolz präsentiert von WordPress",
            "Bloggen auf WordPress.com.",
            "Diesen Post per E-Mail versenden",
            "Neuerer Post Älterer Post Startseite",
            "Labels: Backen, Brot",
            "In Facebook freigeben",
            "Zugriffe: 412",
            "Abonnieren Kommentare zum Post (Atom)",
        ]
    ),
    *(
        ("fr", line, _CHROME)
        for line in [
            "Cette entrée a été publiée dans Recettes, et marquée avec pomme, tarte. Ajoutez ce permalien à vos favoris.",
            "Ajoutez ce permalien à vos favoris.",
            "Article suivant →",
            "Articles plus anciens",
            "Fièrement propulsé par WordPress",
            "Blog sur WordPress.com.",
            "Article plus récent Article plus ancien Accueil",
            "Libellés : boulange, pain",
        ]
    ),
    *(
        ("es", line, _CHROME)
        for line in [
            "Esta entrada fue publicada en Postres y etiquetada manzana, tarta. Guarda el enlace permanente.",
            "Esta entrada fue publicada en Postres y etiquetada manzana, tarta.",
            "Entrada siguiente →",
            "Entradas anteriores",
            "Funciona gracias a WordPress",
            "Escribe un blog",
            "Compartir con Twitter",
            "Entrada más reciente Entrada antigua Página principal",
        ]
    ),
    ("es", "Publicado el 12 octubre, 2019 por Margarita", "byline"),
    *(
        ("it", line, _CHROME)
        for line in [
            "Questa voce è stata pubblicata in Ricette e contrassegnata con mela, torta. Contrassegna il permalink.",
            "Articolo successivo →",
            "Articoli meno recenti",
            "Orgogliosamente powered by WordPress",
            "Blog su WordPress.com.",
        ]
    ),
    *(
        ("pt", line, _CHROME)
        for line in [
            "Esta entrada foi publicada em Receitas e marcada com maçã, torta. Adicione o link permanente aos seus favoritos.",
            "Próximo post →",
            "Posts mais antigos",
            "Orgulhosamente mantido com WordPress",
            "Blog no WordPress.com.",
            "Postar no blog!",
            "Compartilhar com o Pinterest",
            "Postagem mais recente Postagem mais antiga Página inicial",
            "Marcadores: pães, receitas",
        ]
    ),
    *(
        ("nl", line, _CHROME)
        for line in [
            "Dit bericht werd geplaatst in Recepten en getagd appel, taart. Bookmark de permalink.",
            "Volgend bericht →",
            "Oudere berichten",
            "Trots aangedreven door WordPress",
            "Dit delen:",
            "Blog op WordPress.com.",
        ]
    ),
    *(
        ("pl", line, _CHROME)
        for line in [
            "Ten wpis został opublikowany w kategorii Przepisy i oznaczony tagami ciasto, jabłka. Dodaj zakładkę do bezpośredniego odnośnika.",
            "Następny wpis →",
            "Starsze wpisy",
            "Dumnie wspierane przez WordPress",
            "Lubię Wczytywanie…",
            "Blog na WordPress.com.",
        ]
    ),
    *(
        ("ru", line, _CHROME)
        for line in [
            "Запись опубликована в рубрике Рецепты с метками пирог, яблоки. Добавьте в закладки постоянную ссылку.",
            "Навигация по записям",
            "Следующая запись →",
            "Сайт работает на WordPress",
            "Нравится:",
            "Нравится Загрузка...",
            "Блог на WordPress.com.",
        ]
    ),
    *(
        ("sv", line, _CHROME)
        for line in [
            "Det här inlägget postades i Recept och märktes äpple, paj. Bokmärk permalänken.",
            "Nästa inlägg →",
            "Äldre inlägg",
            "Drivs med WordPress",
            "Gilla Laddar in …",
            "Blogg på WordPress.com.",
        ]
    ),
    *(
        ("tr", line, _CHROME)
        for line in [
            "Bu yazı Tarifler içinde yayınlandı ve elma, turta ile etiketlendi. Kalıcı bağlantıyı yer imlerine ekleyin.",
            # (the reported-speech guard read "…, turta ile etiketlendi." as a report and spared it)
            "Bu yazı Tarifler içinde yayınlandı ve elma, turta ile etiketlendi.",
            "Sonraki yazı →",
            "WordPress gururla sunar",
        ]
    ),
    *(
        ("id", line, _CHROME)
        for line in [
            "Tulisan ini dipublikasikan di Resep dan tag apel, pai. Tandai permalink.",
            "Navigasi pos",
            "Pos berikutnya →",
            "Dengan bangga didukung oleh WordPress",
            "Bagikan ini:",
            "Suka Memuat...",
            "Blog di WordPress.com.",
            "Kirimkan Ini lewat Email",
            "Berbagi ke Twitter",
            "Posting Lebih Baru Posting Lama Beranda",
            "Tidak ada komentar:",
            "Label: roti, resep",
            "Langganan: Posting Komentar (Atom)",
        ]
    ),
    ("id", "Dipublikasikan pada 12 Oktober 2019 oleh Margaret", "byline"),
    ("id", "Diposting oleh Helena di 10.15", "byline"),
    # (lines of the same rows other passes took before: the pager's heading-like words, Blogger's comment count that
    # opens its comment section, the labels row under a heading the teaser box knows)
    ("en", "← Previous post", "teaser-box"),
    ("en", "Older posts", "teaser-box"),
    ("de", "Keine Kommentare:", "comment-section"),
    ("fr", "Aucun commentaire:", "comment-section"),
    ("es", "No hay comentarios:", "comment-section"),
    ("es", "Etiquetas: panes, recetas", "teaser-box"),
    ("pt", "Nenhum comentário:", "comment-section"),
]

#: (language, a sentence of prose with the template's words) at the head, middle or tail of the language's post
STAYS = [
    ("en", "I posted in the forum three times last year, and each time the first reply told me to search before asking."),
    ("en", "Posted in London, the letter took three weeks to arrive."),
    ("en", "This entry was posted in 2009 on 4 May by my late father, and I am reposting it unchanged."),
    ("en", "This entry was posted in the forum on Monday by a user who asked not to be named."),
    ("en", "Bookmark the permalink of any post you want to come back to, since the address will no longer change."),
    ("en", "Powered by WordPress, the blog you are reading runs on a Raspberry Pi in the cabin's shed."),
    ("en", "The cabin is powered by solar panels on the south roof and a small wind turbine on the ridge."),
    ("en", "Labels: that one word on the back of the packet is where the law says allergens must be shown in bold."),
    ("en", "No comments: that was the state of most of my posts, labels or not."),
    ("en", "Next post, I will show how to move the tags above the title instead."),
    ("en", "Blog at the parish website for updates on the second phase, the chair told the meeting."),
    ("de", "Dieser Beitrag wurde zuerst in der Schülerzeitung veröffentlicht und ist hier leicht gekürzt."),
    ("de", "Setze ein Lesezeichen auf den Permalink dieser Seite, wenn du später die Fotos sehen willst."),
    ("de", "Stolz präsentiert von der Feuerwehr, fand das Fest zum ersten Mal im Park statt."),
    ("fr", "Cette entrée a été publiée dans le bulletin municipal en 1994, et nous la republions pour l'anniversaire."),
    ("fr", "Aucun commentaire : c'est ce que le maire avait répondu aux journalistes sur le coût de la soirée."),
    ("es", "Esta entrada fue publicada en la revista del colegio en 1975 y etiquetada por la directora como «recuerdo»."),
    ("es", "Esta entrada fue publicada en la revista del colegio y etiquetada como recuerdo."),
    ("es", "Etiquetas: así llamábamos entonces a los nombres cosidos en el baby."),
    ("it", "Questa voce è stata pubblicata in origine sul giornalino della parrocchia nel 1994."),
    ("it", "Contrassegna il tuo nome sulla lista all'ingresso, diceva il cartello, e tutti lo facevano."),
    ("pt", "Esta entrada foi publicada em 1994 no jornal da escola e a republico hoje sem mudanças."),
    ("pt", "Marcadores: era assim que a professora chamava as fitas coloridas dos convidados."),
    ("nl", "Dit bericht werd geplaatst in de nieuwsbrief van de vereniging van maart 1994 en staat hier ongewijzigd."),
    ("nl", "Bookmark de permalink van deze pagina als u later de foto's wilt bekijken, want die volgen nog."),
    ("pl", "Ten wpis został opublikowany w kategorii wspomnień, bo dotyczy festynu z 1994 roku."),
    ("pl", "Następny wpis będzie o dożynkach, które w tamtych latach trwały trzy dni."),
    ("ru", "Запись опубликована в рубрике «Письма читателей», потому что её прислала наша читательница из Твери."),
    ("ru", "Следующая запись будет о выпускном вечере того же года."),
    ("sv", "Det här inlägget publicerades i lokaltidningen 1994 och har inte ändrats."),
    ("sv", "Nästa inlägg handlar om kräftskivan samma år."),
    ("tr", "Bu yazı ilk olarak okul gazetesinde 1994 yılında yayınlandı, burada değiştirmeden paylaşıyorum."),
    ("tr", "Önceki yazı bu konuda pek çok okurun ilgisini çekmişti, dedi editörümüz."),
    ("id", "Tulisan ini dipublikasikan di koran kampus pada tahun 1994 dan saya muat ulang tanpa perubahan."),
    ("id", "Tidak ada komentar dari kepala desa soal biaya pesta waktu itu."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    "line",
    [
        # a box score's line, a record's label and a heading of four words: the template's words, not its shape
        "Hits: 9",
        "Label: Sony Music Indonesia",
        "Runs: 5",
    ],
)
def test_a_short_row_with_the_templates_label_stays_between_paragraphs(line: str) -> None:
    for lang in ("en", "id"):
        page = with_line(TEXT[lang], line, "middle")
        assert [r for r in removals_of(page) if r[1] == line] == [], lang


def test_the_reported_speech_guard_still_reads_other_tables() -> None:
    # (the guard is off for blog_template only: a call told as news stays)
    told = "Follow us on Facebook, her party's account posted shortly afterwards, in a message to its 40,000 members."
    assert removals_of([*TEXT["en"], told]) == []


def test_a_blog_home_pages_footers_go_and_its_posts_stay() -> None:
    lines = [text for _tag, text in parse(CASES["en_r2_home_page"])]
    result = cleaner.explain_text("\n".join(lines))
    kept = result.text.split("\n")
    assert "The first sowing of broad beans went in on Saturday, two weeks later than last year because of the rain." in kept
    assert not any(line.startswith("Posted in Allotment") for line in kept)


if __name__ == "__main__":
    report(CASES)
