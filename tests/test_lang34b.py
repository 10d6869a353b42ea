# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""lang34b: a probe of news pages in thirteen major languages outside Western Europe (ru, uk, pl, cs, tr, ar, zh, ja,
ko, hi, id, el, ro), scraped as text (one page a language as an extractor leaves it, one as all the visible text of the
page): utility tariffs, energy, a parliament vote, rail works, inflation, a central bank, high-speed rail, weather,
housing prices, an election, a flood, a heatwave, pensions; hockey, football, basketball, baseball, cricket; AI in
industry; a borscht, an oyakodon and a nasi goreng recipe; a how-to on lowering power bills. The residue is what those
sites emit in their own language: datelines in local formats ("12 марта 2024, 14:37", "2024年5月24日 15時20分", "입력
2024.06.13 14:00 수정 …", "अपडेटेड: 19 अप्रैल 2024, 08:15 AM IST", "Kamis, 14 Maret 2024 08:45 WIB"), bylines ("Автор:",
"Muhabir:", "كتب:", "记者", "文：", "기자", "लेखक:", "Penulis: … | Editor: …"), "Read also:" teasers, advertisement
markers ("Реклама", "Reklam", "إعلان", "广告", "광고", "विज्ञापन", "ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT",
"Διαφήμιση", "Publicitate"), photo credits, share rows naming the networks (ВКонтакте, Одноклассники, 微信, 微博, LINE,
はてなブックマーク, 카카오톡), messenger channel promos (Telegram, WhatsApp, Viber, Google News, LINE, KakaoTalk), comment
counts and log-in calls, menus and breadcrumbs, most-read boxes, newsletter boxes, cookie banners, copyright tails (ICP
licence numbers, "무단전재 및 재배포 금지", "18+"), app prompts, live labels, a recipe's rating, and a paywall.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines).

- round 1, blind (written before reading the passes): 26 pages, 195 ``A`` lines, 361 ``R``.
- round 2, after the changes, aimed at them: 13 pages, 68 ``A`` lines: article sentences opening on the added words
  ("Войдите, чтобы продолжить чтение, — такое сообщение …", "Материал доступен только подписчикам, но …", "Скачайте
  приложение Госуслуги, советуют в МФЦ, …", "Рейтинг 4,8 (215 оценок) …", "Коментарі закрито для всіх читачів …",
  "Наживо концерт …", "Підпишіться на розсилку, радить бібліотека …", "Komentarze zostały wyłączone po fali hejtu, …",
  "Artykuł tylko dla subskrybentów to model, …", "Živě přenášela koncert …", "Online přenos na webu …", "Podívejte se
  na video, které …", "Canlı yayında konuşan bakan …", "Yorumlar kapatılmıştır uyarısı, …", "شاهد الفيديو آلاف
  المستخدمين …", "بث مباشر للجلسة …", "直播中，主持人…", "来源：国家统计局数据显示…", "生中継で伝えられた会見では…",
  "LINEで友だち追加すると…", "라이브 커머스 시장은 …", "카카오톡 채널 추가 이벤트에는 …", "영상 보기 기능은 …",
  "वीडियो देखें तो …", "सरकार ने कहा कि किसान ऐप डाउनलोड करें और …", "Komentar ditutup setelah …", "Ikuti saluran
  WhatsApp resmi pemerintah daerah …", "Τα σχόλια είναι κλειστά στην ιστοσελίδα …", "Ζωντανά από το Ηρώδειο …",
  "Live text de la meci …", "Descarcă aplicația RO-Alert, le-a transmis …"); ``STAYS`` puts each of them at the head,
  middle and tail of its language's article too.
- a second batch, after reading the tables: a line a language of what English's tables already take (comments closed,
  the paywall's "log in to read on" and "for subscribers only", "Watch the video", the live label, a share button
  naming the network, the app named by its outlet, an ad's "the article continues after the ad", a source label, a
  messenger channel's call, the most-read heading), each put before and after three of the language's sentences: of
  160 such lines (with round 1's five table misses) main left 69, now 2 (id's lone menu words "Berita", "Gaya Hidup",
  said below); the 67 it now takes are ``GOES``.

Every page is told its own language (no uk/ru, cs/pl/sk, id/ms, zh/ja neighbour guess), and the numbers are the same
with the language forced.

Measured on main 7b142a7: round 1 lost 0, left 12: uk's recipe rating "4,8 (215 оцінок)" and its newsletter call
"Підпишіться на нашу розсилку і отримуйте найкращі рецепти щотижня!", pl's paywall "Artykuł tylko dla subskrybentów"
and ad marker "Artykuł kontynuowany poniżej reklamy", cs's live label "ONLINE", ar's "تابعونا على تطبيق واتساب", and six
said below; round 2 lost 0, left 0.

After: round 1 lost 0, left 6; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, all table
entries in ``cleaner/rules/lang/<xx>.toml`` (each in a block tagged ``# lang34b:`` at the end of its list), each
closed so that a comma, a dash or a sentence's words after the matched words keep the line (the tables match whole
lines):

- ``comments.ui`` (comment-ui): the notice that comments are closed, alone on its line (uk "Коментарі закрито", pl
  "Komentarze zostały wyłączone", cs "Diskuse je uzavřena", tr "Yorumlar kapatılmıştır", ar "التعليقات مغلقة", ja
  "コメントは締め切りました", ko "댓글이 닫혔습니다" / "… 댓글 서비스를 제공하지 않습니다", hi "टिप्पणियां बंद हैं", id
  "Komentar ditutup", el "Τα σχόλια είναι κλειστά", ro "Comentariile sunt închise"); ru and zh took it already.
- ``signup.paywall`` (paywall): log in to read on (ru, uk, cs, ar, zh, ja, ko, hi, id, el) with only the article as
  its object; for subscribers only (ru, uk, pl, cs) with the article or material as its subject.
- ``promos.heading`` (teaser-box): "Watch the video" (cs, ar, ko, hi, el); hi's most-read heading with its noun
  ("सबसे ज्यादा पढ़ी गई खबरें").
- ``widgets.chrome`` (site-chrome): the live label alone (uk "НАЖИВО", cs "ŽIVĚ" / "ONLINE", tr "CANLI YAYIN", ar
  "بث مباشر", zh "直播中", ja "ライブ配信中", ko "라이브", el "ΖΩΝΤΑΝΑ" (Greek capitals drop the accent: the class lists
  both), ro "LIVE TEXT"); a rating with its count in brackets (ru, uk: "4,8 (215 оцінок)").
- ``promos.cta`` (call-to-action): the app named by its outlet with nothing after the name (ru, uk, cs, tr, ja, hi,
  id, el, ro: "Скачайте приложение РБК", "Hürriyet uygulamasını indirin", "NHKニュースアプリをダウンロード", "अमर उजाला
  ऐप डाउनलोड करें" (three words at most before "ऐप"), "Unduh aplikasi Kompas.com"); a messenger channel's call (ar
  "تابعونا على تليجرام", id "Ikuti saluran WhatsApp kami", ja "LINEで友だち追加", ko "카카오톡 채널 추가").
- ``credits.ad_marker`` (ad-marker): the article continues after the ad (ru, uk, pl, ar, ja, ko, id).
- ``widgets.social`` (social-buttons): a share button naming the network (ko "페이스북으로 공유하기", hi "फेसबुक पर शेयर
  करें").
- ``credits.image_credit`` (image-credit): zh's bracketed source at the foot ("（来源：新华社）"); the unbracketed
  "来源：国家统计局数据显示，…" stays.
- ``signup.newsletter`` (newsletter-prompt): uk's call to the mailing list with what it sends ("… і отримуйте …!");
  a comma after "розсилку" keeps the line.

- the third batch: cs's bare "Nahlásit chybu" (``widgets.feedback_bare``, under the text only); a call to follow on
  Google News (tr "Google News'te takip et", el "Ακολουθήστε το protothema.gr στο Google News"), zh "更多精彩内容，请
  关注我们", ko "네이버 뉴스에서 구독하세요" (``promos.cta``); id "Baca berita selengkapnya" (``promos.read_on``) and a
  pager's "Halaman selanjutnya" (``widgets.chrome``). It leaves ru "Эксклюзив" and ja "Yahoo!ニュース オリジナル" (a
  kicker's label, one outlet's string), zh "（完）", ko "기사 추천" and "구독 후 기사 보기", hi "विज्ञापन हटाएं", id "Konten
  berbayar", ro "Articol susținut de" (no table of these shapes yet; for a later session), and id "Editor: Budi
  Santoso" under the text (a fact box's row there, as en's "Editor: Jane Doe" is left).

Left (not table work): a writer's bare name under the dateline (uk "Олена Коваленко", el "Γιώργος Παπαδόπουλος": a
name alone is any two capitalised words, lang34 left "Jordi Serra"); ja's desk label "天気" under the dateline; and
id's menu "Berita" / "Kuliner" / "Gaya Hidup" between "Beranda" and the breadcrumb on the recipe page: edge-furniture
takes the same run over a news lead (``test_an_indonesian_menu_over_a_news_lead_goes``) but not over this recipe's
short lead, which echoes the headline's words; a pass's matter, said in the report (a lone "Berita" or "Gaya Hidup" is
no table's to read).

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base34b (main 7b142a7): no dev or fixture input moved, no text changed; six
old probe pages (eleven inputs) lose the same lines by a more specific pass: test_lang_ar's jazeera_naive ("بث مباشر" in its menu by
site-chrome, not edge-furniture), test_left22's ja_shakai ("LINEで友だち追加"), ko_sahoe ("카카오톡 채널 추가") and
tr_gundem ("Google News'te takip edin"), and test_redteam17's tr_haber ("Google News'te abone olun") by call-to-action,
test_left24's hi_news ("फेसबुक पर शेयर करें" by social-buttons; "लेटेस्ट खबरों के लिए हमारा ऐप डाउनलोड करें" under it
by headline-run), each in both of its module's case lists.

``python tests/test_lang34b.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    lost,
    removed,
    report,
    tagged_probe_tests,
    told_language_test,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written blind, before reading the passes) ====================================================
    "ru_tarify_zhkh": """\
T Тарифы ЖКХ в Москве вырастут с 1 июля почти на 10 процентов
R 12 марта 2024, 14:37
R Автор: Анна Смирнова
A Коммунальные тарифы в Москве с 1 июля 2024 года вырастут в среднем на 9,8 процента, сообщили в столичном департаменте экономической политики.
A Больше всего подорожает электроэнергия: киловатт-час для квартир с газовыми плитами будет стоить 7,34 рубля.
A Стоимость холодной воды увеличится до 57 рублей за кубометр, горячей — до 268 рублей.
R Читайте также: Как получить субсидию на оплату коммунальных услуг
A В мэрии подчеркнули, что индексация не превышает предельного уровня, установленного правительством.
A По расчётам экспертов, средняя семья из трёх человек будет платить за «коммуналку» примерно на 600 рублей в месяц больше.
R Реклама
A Председатель общественного совета по ЖКХ Сергей Кудрявцев напомнил, что жильцы имеют право проверить начисления в личном кабинете на портале мэрии.
A «Если в квитанции ошибка, её обязаны пересчитать в течение месяца», — сказал он.
A Следующая индексация тарифов запланирована на июль 2025 года.
R Фото: Кирилл Каллиников / РИА Новости
R Подписывайтесь на наш канал в Telegram
R Поделиться:
R ВКонтакте
R Одноклассники
R Telegram
R Комментарии (48)
R Чтобы оставить комментарий, войдите или зарегистрируйтесь
""",
    "ru_hokkey_full": """\
R Главная
R Новости
R Спорт
R Хоккей
R Футбол
R Главная / Спорт / Хоккей
T «Металлург» обыграл ЦСКА в овертайме и сравнял счёт в серии
R 18 апреля 2024, 22:15
R Обновлено 18 апреля 2024, 23:02
R 3 мин. чтения
R 1 245
A Магнитогорский «Металлург» в овертайме обыграл ЦСКА со счётом 3:2 в четвёртом матче финала Кубка Гагарина.
A Победную шайбу на 67-й минуте забросил нападающий Егор Коротков после передачи Ильи Никулина.
A В основное время у хозяев дважды отличился Владимир Ткачёв, у армейцев голы забили Нестеров и Окулов.
A Счёт в серии до четырёх побед стал равным — 2-2.
A Главный тренер «Металлурга» Андрей Разин после игры похвалил вратаря команды за несколько важных сейвов.
A «Мы знали, что ЦСКА будет давить, но ребята выдержали, и это главное», — сказал Разин на пресс-конференции.
A Пятый матч серии пройдёт в Москве 20 апреля.
R Реклама
R Самое читаемое
R Овечкин повторил рекорд Гретцки по хет-трикам
R СКА объявил о назначении нового главного тренера
R Сборная России по футболу сыграет с Сербией
R Подпишитесь на рассылку
R Получайте главные новости дня на почту
R Подписаться
R Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
R Принять
R © 2024 «Спорт-Экспресс». Все права защищены.
R 18+
""",
    "uk_elektroenerhiya": """\
T Укренерго: графіків відключень світла сьогодні не буде
R 5 травня 2024, 09:12
R Олена Коваленко
A Сьогодні, 5 травня, в Україні не плануються відключення електроенергії для побутових споживачів, повідомили в «Укренерго».
A Енергосистема працює стабільно завдяки імпорту з Польщі, Словаччини та Румунії, а також високій сонячній генерації.
A Водночас у компанії закликають українців економно споживати електрику у вечірні години з 18:00 до 22:00.
R Читайте також: Уряд ухвалив рішення щодо нових тарифів на світло
A Ремонтні бригади продовжують відновлювати обладнання, пошкоджене під час масованої атаки минулого тижня.
A За словами голови правління Володимира Кудрицького, найбільше постраждали теплові електростанції на сході країни.
R Реклама
A Він зазначив, що відновлення деяких енергоблоків триватиме кілька місяців.
A Фахівці радять мати вдома павербанк і ліхтарик на випадок аварійних відключень.
R Фото: Укренерго
R Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини
R Поділитися
R Коментарі (12)
R Увійдіть, щоб залишити коментар
""",
    "uk_borshch_full": """\
R Перейти до основного вмісту
R Новини
R Кулінарія
R Здоров'я
R Головна » Кулінарія » Перші страви
T Класичний український борщ: покроковий рецепт
R 14.10.2023
R Зберегти рецепт
R Друкувати
A Борщ — одна з найвідоміших страв української кухні, і майже в кожній родині є власний рецепт.
A Найкраще він виходить на наваристому бульйоні з яловичини на кістці.
A Інгредієнти
A 500 г яловичини
A 2 буряки
A 3 картоплини
A 1 морква
A 1 цибулина
A пів головки капусти
A 2 ст. л. томатної пасти
A Приготування
A 1. Зваріть бульйон з яловичини протягом двох годин, знімаючи піну.
A 2. Наріжте буряк соломкою і тушкуйте його з томатною пастою та ложкою оцту.
A 3. Додайте до бульйону картоплю, а через десять хвилин — капусту.
A 4. Покладіть засмажку з цибулі та моркви, буряк і варіть ще п'ять хвилин.
A Подавайте борщ зі сметаною та пампушками з часником.
R Оцініть рецепт
R 4,8 (215 оцінок)
R Підпишіться на нашу розсилку і отримуйте найкращі рецепти щотижня!
R Ваш email
R Підписатися
R Дивіться також
R Вареники з вишнями
R Деруни з грибами
R Завантажуйте наш додаток в App Store та Google Play
R Ми використовуємо файли cookie. Залишаючись на сайті, ви погоджуєтеся з їх використанням.
R Погоджуюсь
R © 2024 Усі права захищені
""",
    "pl_sejm_ustawa": """\
T Sejm przyjął ustawę o asystencji osobistej
R 15 marca 2024, 16:45
R Aktualizacja: 15.03.2024, 18:20
R Autor: Katarzyna Nowak
A Sejm przyjął w piątek ustawę o asystencji osobistej dla osób z niepełnosprawnościami.
A Za głosowało 418 posłów, przeciw było 12, a 9 wstrzymało się od głosu.
A Nowe przepisy przewidują, że asystent będzie przysługiwał osobom powyżej 18. roku życia, w wymiarze do 240 godzin miesięcznie.
R Czytaj też: Rząd zapowiada podwyżki świadczeń od stycznia
A Pełnomocnik rządu do spraw osób niepełnosprawnych podkreślił, że to jedna z najważniejszych reform ostatnich lat.
A Organizacje pozarządowe przyjęły ustawę z zadowoleniem, ale wskazują, że finansowanie na kolejne lata nie jest jeszcze pewne.
R Reklama
R Artykuł kontynuowany poniżej reklamy
A Ustawa trafi teraz do Senatu, który ma 30 dni na zajęcie stanowiska.
A Jeśli senatorowie nie wprowadzą poprawek, przepisy wejdą w życie od 1 stycznia przyszłego roku.
R Fot. Jacek Domiński / Reporter
R Udostępnij
R Komentarze (56)
R Zaloguj się, aby dodać komentarz
""",
    "pl_pieczen_full": """\
R Przejdź do treści
R Wiadomości
R Sport
R Biznes
R Kultura
R Strona główna > Biznes > Finanse osobiste
T Jak obniżyć rachunki za prąd? Pięć prostych sposobów
R 2 lutego 2024, 07:30
R Marta Wiśniewska
R Artykuł tylko dla subskrybentów
A Rachunki za energię elektryczną to dla wielu domowych budżetów coraz większe obciążenie.
A Na szczęście kilka prostych zmian w codziennych nawykach pozwala zaoszczędzić nawet kilkaset złotych rocznie.
A 1. Wymień stare żarówki na LED-owe, które zużywają nawet o 80 procent mniej energii.
A 2. Nie zostawiaj urządzeń w trybie czuwania, bo telewizor czy dekoder pobierają prąd także wtedy, gdy ich nie używasz.
A 3. Pierz w niższej temperaturze i uruchamiaj pralkę dopiero przy pełnym bębnie.
A 4. Sprawdź, czy nie opłaca ci się taryfa dwustrefowa, w której prąd nocą jest tańszy.
A 5. Rozmrażaj regularnie zamrażarkę, bo warstwa lodu zwiększa zużycie energii.
A Warto też porównać oferty sprzedawców, choć w przypadku gospodarstw domowych ceny są wciąż regulowane.
R Zostań subskrybentem i czytaj bez ograniczeń
R Masz już subskrypcję? Zaloguj się
R Najczęściej czytane
R Ceny paliw na stacjach. Jest drożej
R Nowe zasady wypłaty 800 plus
R Zapisz się na newsletter
R Obserwuj nas w Google News
R Pobierz aplikację
R Ta strona korzysta z plików cookie. Korzystając ze strony, wyrażasz zgodę na ich użycie.
R Akceptuję
R © 2024 Wirtualna Polska Media S.A.
""",
    "cs_vlaky": """\
T Správa železnic uzavře trať mezi Prahou a Berounem na tři týdny
R 8. dubna 2024 10:24
R Autor: Petr Dvořák
A Správa železnic od pondělí 15. dubna uzavře trať mezi Prahou-Smíchovem a Berounem kvůli rekonstrukci mostu u Dobřichovic.
A Výluka potrvá tři týdny a vlaky nahradí autobusy, které pojedou v intervalu patnácti minut.
A Cestující musí počítat s prodloužením jízdní doby až o čtyřicet minut.
R Čtěte také: Nové vlaky na trati do Kladna vyjedou až v létě
A Mluvčí Správy železnic Marek Illiaš uvedl, že stavbaři vymění nosnou konstrukci mostu, která pochází z roku 1910.
A Během výluky se zároveň opraví dvě nástupiště v Řevnicích.
R Reklama
A Náhradní autobusová doprava bude zastavovat u všech železničních stanic, v Černošicích však na náhradní zastávce u náměstí.
A Jízdenky na vlak platí i v náhradních autobusech.
R Foto: Michal Šula, MAFRA
R Sdílet
R Diskuse (23)
R Pro vstup do diskuse se musíte přihlásit
""",
    "cs_hokej_full": """\
R Přeskočit na obsah
R Zprávy
R Sport
R Hokej
R Fotbal
R Sport › Hokej › Extraliga
T Třinec vyhrál v Pardubicích a vede finále 3:1
R 22. dubna 2024 21:58
R Aktualizováno 22. dubna 2024 22:40
R ONLINE
A Hokejisté Třince vyhráli čtvrté finále extraligy v Pardubicích 2:1 a jsou jediné vítězství od obhajoby titulu.
A Rozhodující gól vstřelil ve 48. minutě Martin Růžička, který dorazil odraženou střelu od modré čáry.
A Pardubice vyrovnaly ve druhé třetině zásluhou Lukáše Sedláka, víc ale na brankáře Ondřeje Kacetla nevyzrály.
A Trenér Třince Zdeněk Moták po zápase ocenil, jak jeho tým bránil v závěrečných minutách.
A „Kluci se obětovali, blokovali střely a to rozhodlo,“ řekl Moták.
A Páté utkání se hraje ve čtvrtek v Třinci.
R Reklama
R Nejčtenější
R Červenka ukončil kariéru
R Fotbalová Sparta mění trenéra
R Odebírejte newsletter
R Stáhněte si aplikaci
R Tento web používá k poskytování služeb soubory cookie.
R Souhlasím
R © 1999–2024 MAFRA, a. s. Všechna práva vyhrazena.
""",
    "tr_enflasyon": """\
T Enflasyon mart ayında yüzde 68,5'e yükseldi
R 03.04.2024 10:05
R Güncelleme: 03.04.2024 11:20
R Muhabir: Ayşe Yılmaz
A Türkiye İstatistik Kurumu, yıllık enflasyonun mart ayında yüzde 68,5'e yükseldiğini açıkladı.
A Aylık bazda tüketici fiyatları yüzde 3,16 arttı, bu oran piyasa beklentisinin biraz üzerinde kaldı.
A En yüksek artış yüzde 104 ile eğitim harcamalarında görüldü.
R İlginizi çekebilir: Merkez Bankası faiz kararını açıkladı
A Ekonomistler, Merkez Bankası'nın sıkı para politikasını yılın ikinci yarısına kadar sürdüreceğini tahmin ediyor.
A Gıda fiyatlarındaki artış ise yıllık bazda yüzde 70'e yaklaştı.
R Reklam
A Maliye Bakanı Mehmet Şimşek, dezenflasyon sürecinin haziran ayından itibaren başlayacağını söyledi.
A Sendikalar ise asgari ücrete ara zam yapılması çağrısını yineledi.
R Fotoğraf: AA
R Paylaş
R Facebook
R Twitter
R WhatsApp
R Yorumlar (89)
R Yorum yapabilmek için giriş yapmalısınız
""",
    "tr_futbol_full": """\
R Ana Sayfa
R Gündem
R Spor
R Ekonomi
R Dünya
R Spor > Futbol
T Galatasaray derbide Fenerbahçe ile golsüz berabere kaldı
R 07 Nisan 2024 Pazar 22:45
R CANLI
A Trendyol Süper Lig'in 31. haftasında Galatasaray ile Fenerbahçe, RAMS Park'ta golsüz berabere kaldı.
A İlk yarıda iki takım da gol pozisyonu bulmakta zorlandı.
A İkinci yarıda Fenerbahçe'nin Dzeko ile bulduğu gol, ofsayt gerekçesiyle VAR incelemesi sonucu iptal edildi.
A Galatasaray'da Icardi'nin 78. dakikadaki kafa vuruşunu kaleci Livakoviç gole izin vermedi.
A Bu sonuçla Galatasaray liderliğini sürdürürken, Fenerbahçe ile arasındaki puan farkı üç oldu.
A Teknik direktör Okan Buruk maç sonunda, takımının savunmada çok iyi oynadığını söyledi.
R Reklam
R En çok okunanlar
R Beşiktaş'ta teknik direktör değişikliği
R Milli takımın aday kadrosu açıklandı
R Haberlere Google News üzerinden abone olun
R Uygulamamızı indirin
R Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.
R Kabul Et
R © 2024 Tüm hakları saklıdır.
""",
    "ar_iqtisad": """\
T البنك المركزي المصري يرفع أسعار الفائدة 600 نقطة أساس
R الأربعاء 6 مارس 2024 - 11:45 ص
R كتب: أحمد عبد الله
A قرر البنك المركزي المصري في اجتماع استثنائي اليوم رفع أسعار الفائدة بواقع 600 نقطة أساس.
A وأعلن البنك أيضا السماح بتحديد سعر صرف الجنيه وفقا لآليات السوق.
A وتراجع الجنيه في التعاملات الأولى إلى أكثر من 49 جنيها للدولار الواحد.
R اقرأ أيضا: صندوق النقد الدولي يتوصل لاتفاق مع مصر
A وقال البنك في بيان إن القرار يهدف إلى القضاء على السوق الموازية للعملة الأجنبية.
A ورحب صندوق النقد الدولي بالخطوة واعتبرها ضرورية لاستعادة ثقة المستثمرين.
R إعلان
A ويتوقع محللون أن يرتفع التضخم مؤقتا خلال الأشهر المقبلة قبل أن يبدأ في التراجع.
A وكانت الحكومة قد أعلنت الشهر الماضي عن صفقة استثمارية كبرى مع الإمارات لتطوير منطقة رأس الحكمة.
R الصورة: رويترز
R شارك
R تابعونا على تطبيق واتساب
R التعليقات (15)
R سجل الدخول لإضافة تعليق
""",
    "ar_kura_full": """\
R الرئيسية
R أخبار
R رياضة
R اقتصاد
R فن
R الرئيسية / رياضة / كرة القدم
T الأهلي يتوج بلقب دوري أبطال أفريقيا للمرة الثانية عشرة
R السبت 25 مايو 2024 - 23:10
R مباشر
A توج النادي الأهلي المصري بلقب دوري أبطال أفريقيا للمرة الثانية عشرة في تاريخه بعد فوزه على الترجي التونسي بهدف نظيف.
A وسجل المهاجم محمد عبد المنعم هدف المباراة الوحيد في الدقيقة 84 من ضربة رأس.
A وأقيمت المباراة على استاد القاهرة الدولي بحضور أكثر من خمسين ألف متفرج.
A وكانت مباراة الذهاب في تونس قد انتهت بالتعادل السلبي.
A وأهدى المدرب السويسري مارسيل كولر اللقب إلى جماهير النادي التي ساندت الفريق طوال الموسم.
A وسيشارك الأهلي في كأس العالم للأندية الموسعة في الولايات المتحدة العام المقبل.
R إعلان
R الأكثر قراءة
R الزمالك يعلن التعاقد مع مدرب جديد
R موعد مباراة مصر القادمة في تصفيات كأس العالم
R اشترك في النشرة البريدية
R حمل تطبيقنا الآن
R يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.
R موافق
R جميع الحقوق محفوظة © 2024
""",
    "zh_gaotie": """\
T 京沪高铁将于7月1日起实行新运行图
R 2024-06-15 10:32:18 来源：新华网
R 记者 王磊
A 中国国家铁路集团有限公司15日宣布，自7月1日起全国铁路将实行新的列车运行图。
A 调整后，京沪高铁每日开行的旅客列车将增加到198对，其中“复兴号”智能动车组占比进一步提高。
A 北京至上海的最快运行时间仍为4小时18分。
R 相关阅读：暑运期间全国铁路预计发送旅客8亿人次
A 国铁集团相关负责人表示，新运行图将更好地满足暑期学生和旅游客流的出行需求。
A 此外，多条新开通的线路也将纳入运行图，包括杭温高铁等。
R 广告
A 铁路部门提醒旅客，可通过12306网站和手机客户端查询最新车次信息。
A 7月1日之后的车票将从6月18日起陆续发售。
R （图片来源：视觉中国）
R 责任编辑：李明
R 分享到：
R 微信
R 微博
R 评论（32）
R 登录后发表评论
""",
    "zh_keji_full": """\
R 首页
R 新闻
R 财经
R 科技
R 体育
R 首页 > 科技 > 互联网
T 国产大模型加速落地 企业应用成新看点
R 2024年05月20日 08:45
R 来源：科技日报
R 作者：张华
A 随着技术不断成熟，国产大模型正从实验室走向千行百业。
A 业内人士表示，今年以来，越来越多的企业开始在客服、办公和研发等场景中试用大模型。
A 据不完全统计，目前国内已发布的大模型超过200个，其中通过备案的有数十个。
A 一家制造企业的负责人介绍，引入大模型后，产品设计文档的编写效率提高了三成以上。
A 不过专家也提醒，数据安全和算力成本仍是企业需要面对的现实问题。
A 中国信息通信研究院的报告预计，到2030年相关产业规模将突破万亿元。
R 本文来源：科技日报
R 版权声明：本文版权归原作者所有，转载请注明出处。
R 热门推荐
R 苹果发布新款iPad
R 华为发布全新鸿蒙系统
R 扫描二维码关注我们的微信公众号
R 下载客户端
R 关于我们 | 联系我们 | 广告服务 | 隐私政策
R Copyright © 2024 版权所有 京ICP备12345678号
""",
    "ja_kion": """\
T 東京都心で真夏日 今年初めて30度超え
R 2024年5月24日 15時20分
R 天気
A 24日の東京都心は朝から強い日差しが照りつけ、最高気温が30.4度まで上がり、今年初めての真夏日となりました。
A 全国では、岐阜県多治見市で33.1度を観測するなど、各地で気温が上昇しました。
A 気象庁によりますと、日本の上空に暖かい空気が流れ込んだ影響だということです。
R 【関連記事】熱中症の搬送者数 去年の2倍に
A 熱中症のおそれがあるため、こまめに水分を補給し、適切にエアコンを使うよう呼びかけています。
A 週末も高気圧に覆われて晴れる所が多く、気温の高い状態が続く見込みです。
R 広告
A 来週は前線の影響で西日本から天気が崩れ、梅雨入りする地域もありそうです。
R （写真：共同通信）
R この記事をシェアする
R Xでポスト
R LINEで送る
R はてなブックマーク
R コメント（56）
R コメントするにはログインが必要です
""",
    "ja_ryori_full": """\
R ホーム
R ニュース
R エンタメ
R ライフ
R ホーム > ライフ > レシピ
T 簡単！ふわふわ親子丼の作り方
R 2023.11.08
R 文：山田花子
R お気に入りに追加
A 親子丼は、鶏肉と卵を甘辛いだしで煮て、ご飯の上にのせた定番の丼ものです。
A 卵を二回に分けて入れると、ふわふわでとろとろの仕上がりになります。
A 材料（2人分）
A 鶏もも肉 1枚
A 玉ねぎ 1/2個
A 卵 3個
A ご飯 2杯分
A 作り方
A 1. 鶏肉は一口大に切り、玉ねぎは薄切りにします。
A 2. 鍋にだし、しょうゆ、みりん、砂糖を入れて煮立て、鶏肉と玉ねぎを加えて5分ほど煮ます。
A 3. 溶き卵の半量を回し入れ、固まりかけたら残りを入れて火を止めます。
A 4. ご飯を盛った器に具をのせ、お好みで三つ葉を添えて完成です。
R この記事が気に入ったら いいね！しよう
R 最新情報をお届けします
R LINE公式アカウントを友だち追加
R おすすめ記事
R 10分でできる簡単ハヤシライス
R 人気ランキング
R 会員登録（無料）
R 当サイトではクッキーを使用しています。
R 同意する
R Copyright © 2023 Example Media Inc. All Rights Reserved.
""",
    "ko_bodongsan": """\
T 서울 아파트값 12주 연속 상승…상승폭은 둔화
R 입력 2024.06.13 14:00 수정 2024.06.13 15:32
R 김민수 기자
A 서울 아파트값이 12주 연속 상승했지만 오름폭은 다소 줄어든 것으로 나타났다.
A 한국부동산원이 13일 발표한 6월 둘째 주 주간 아파트 가격 동향에 따르면 서울 아파트값은 지난주보다 0.08% 올랐다.
A 성동구와 용산구 등 이른바 인기 지역이 상승세를 이끌었다.
R 관련기사
R 정부, 하반기 공급 대책 발표 예정
A 전문가들은 금리 인하 기대감이 매수 심리를 자극하고 있다고 분석했다.
A 반면 지방 아파트값은 하락세를 이어갔다.
R 광고
A 부동산원 관계자는 "일부 지역에서 매물이 줄면서 가격이 오르고 있다"고 설명했다.
A 정부는 이달 말 추가 공급 대책을 발표할 계획이다.
R 김민수 기자 minsu@example.co.kr
R <저작권자 © 한국경제, 무단전재 및 재배포 금지>
R 공유하기
R 카카오톡
R 페이스북
R 댓글 23
R 로그인 후 댓글을 작성할 수 있습니다
""",
    "ko_yagu_full": """\
R 홈
R 뉴스
R 스포츠
R 연예
R 스포츠 > 야구
T 이정후, 시즌 첫 홈런 포함 3안타 맹활약
R 2024.04.10 오전 11:24
R 기사 읽어주기
R 글자 크기 변경
A 샌프란시스코 자이언츠의 이정후가 시즌 첫 홈런을 포함해 3안타를 몰아치며 팀 승리를 이끌었다.
A 이정후는 10일 미국 워싱턴 내셔널스 파크에서 열린 워싱턴과의 원정경기에 1번 타자 중견수로 선발 출전했다.
A 그는 3회 초 상대 선발 투수의 직구를 받아쳐 오른쪽 담장을 넘기는 솔로 홈런을 기록했다.
A 이정후는 이날 5타수 3안타 1타점 2득점을 기록하며 시즌 타율을 0.302로 끌어올렸다.
A 밥 멜빈 감독은 경기 후 "이정후는 매일 성장하고 있다"고 칭찬했다.
A 샌프란시스코는 워싱턴을 7-3으로 꺾고 3연패에서 벗어났다.
R 광고
R 많이 본 뉴스
R 손흥민, 리그 15호골 폭발
R 류현진, 복귀 후 첫 승
R 카카오톡 채널 추가하고 최신 소식 받기
R 앱 다운로드
R ⓒ 스포츠조선, 무단전재 및 재배포 금지
""",
    "hi_chunav": """\
T लोकसभा चुनाव: पहले चरण में 102 सीटों पर मतदान शुरू
R अपडेटेड: 19 अप्रैल 2024, 08:15 AM IST
R लेखक: राहुल शर्मा
A लोकसभा चुनाव के पहले चरण में आज 21 राज्यों और केंद्र शासित प्रदेशों की 102 सीटों पर मतदान हो रहा है।
A सुबह सात बजे से ही मतदान केंद्रों पर लंबी कतारें देखी जा रही हैं।
A चुनाव आयोग के अनुसार, इस चरण में 16 करोड़ से अधिक मतदाता अपने मताधिकार का प्रयोग करेंगे।
R यह भी पढ़ें: चुनाव आयोग ने जारी की नई गाइडलाइन
A तमिलनाडु की सभी 39 सीटों पर एक ही चरण में मतदान हो रहा है।
A सुरक्षा के लिए केंद्रीय बलों की हजारों टुकड़ियां तैनात की गई हैं।
R विज्ञापन
A मुख्य चुनाव आयुक्त ने मतदाताओं से बड़ी संख्या में वोट डालने की अपील की है।
A मतगणना 4 जून को होगी।
R फोटो: पीटीआई
R शेयर करें
R हमें फॉलो करें
R ताज़ा ख़बरों के लिए हमारा व्हाट्सऐप चैनल फॉलो करें
R कमेंट (18)
R कमेंट करने के लिए लॉग इन करें
""",
    "hi_cricket_full": """\
R होम
R देश
R विदेश
R खेल
R मनोरंजन
R होम / खेल / क्रिकेट
T विराट कोहली के शतक से बेंगलुरु ने राजस्थान को हराया
R 06 अप्रैल 2024, 11:40 PM
R लाइव
A विराट कोहली की शानदार शतकीय पारी की बदौलत रॉयल चैलेंजर्स बेंगलुरु ने राजस्थान रॉयल्स को छह विकेट से हरा दिया।
A कोहली ने 72 गेंदों पर 113 रन बनाए, जिसमें 12 चौके और 4 छक्के शामिल थे।
A पहले बल्लेबाजी करते हुए राजस्थान ने 20 ओवर में 3 विकेट पर 183 रन बनाए थे।
A जवाब में बेंगलुरु ने लक्ष्य को पांच गेंद शेष रहते हासिल कर लिया।
A मैच के बाद कोहली ने कहा कि टीम को इस जीत से काफी आत्मविश्वास मिलेगा।
A बेंगलुरु का अगला मुकाबला मुंबई इंडियंस से होगा।
R विज्ञापन
R सबसे ज्यादा पढ़ी गई
R धोनी ने बताया कब लेंगे संन्यास
R भारत की टी20 विश्व कप टीम का ऐलान जल्द
R न्यूज़लेटर के लिए सब्सक्राइब करें
R ऐप डाउनलोड करें
R हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।
R स्वीकार करें
R © 2024 सर्वाधिकार सुरक्षित
""",
    "id_banjir": """\
T Banjir Rendam Ratusan Rumah di Jakarta Timur
R Kamis, 14 Maret 2024 08:45 WIB
R Penulis: Dewi Lestari | Editor: Budi Santoso
A Banjir setinggi hingga satu meter merendam ratusan rumah di kawasan Kampung Melayu, Jakarta Timur, pada Kamis pagi.
A Hujan deras yang mengguyur Jakarta dan Bogor sejak Rabu malam membuat Sungai Ciliwung meluap.
A Badan Penanggulangan Bencana Daerah DKI Jakarta mencatat sedikitnya 24 RT terdampak.
R Baca Juga: Cara Cek Status Pintu Air Secara Online
A Sebagian warga memilih mengungsi ke masjid dan sekolah terdekat.
A Petugas gabungan mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.
R ADVERTISEMENT
R SCROLL TO CONTINUE WITH CONTENT
A Kepala Pelaksana BPBD mengatakan air diperkirakan mulai surut pada sore hari jika hujan tidak kembali turun.
A Warga diimbau tetap waspada dan memantau informasi cuaca dari BMKG.
R Foto: ANTARA/Aprillio Akbar
R Simak berita dan artikel lainnya di Google News
R Bagikan
R Komentar (7)
R Masuk untuk berkomentar
""",
    "id_resep_full": """\
R Beranda
R Berita
R Kuliner
R Gaya Hidup
R Beranda › Kuliner › Resep
T Resep Nasi Goreng Kampung yang Gurih dan Praktis
R Senin, 8 Januari 2024 | 10:15 WIB
R Penulis: Sari Wulandari
A Nasi goreng kampung adalah menu sarapan favorit banyak keluarga Indonesia.
A Bumbunya sederhana, tetapi rasanya gurih dan harum berkat terasi dan cabai.
A Bahan-bahan
A 2 piring nasi putih
A 3 siung bawang merah
A 2 siung bawang putih
A 3 buah cabai rawit
A 1/2 sendok teh terasi
A Cara membuat
A 1. Haluskan bawang merah, bawang putih, cabai, dan terasi.
A 2. Tumis bumbu halus hingga harum, lalu masukkan nasi dan aduk rata.
A 3. Tambahkan kecap manis dan garam secukupnya, masak hingga nasi agak kering.
A Sajikan nasi goreng dengan telur ceplok dan kerupuk.
R Baca Juga
R Resep Soto Ayam Kuning Khas Lamongan
R Terpopuler
R Dapatkan update berita pilihan dan breaking news setiap hari. Mari bergabung di Grup Telegram kami
R Download aplikasi kami di Google Play
R Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.
R Setuju
R Copyright © 2024 Kompas.com
""",
    "el_kairos": """\
T Καύσωνας: Στους 42 βαθμούς η θερμοκρασία την Τετάρτη
R 11.06.2024, 13:20
R Γιώργος Παπαδόπουλος
A Σε κατάσταση αυξημένης ετοιμότητας βρίσκονται οι αρχές, καθώς η θερμοκρασία αναμένεται να φτάσει τους 42 βαθμούς Κελσίου την Τετάρτη.
A Σύμφωνα με την Εθνική Μετεωρολογική Υπηρεσία, τα υψηλότερα θερμοκρασίες θα καταγραφούν στη Στερεά Ελλάδα και την Πελοπόννησο.
A Το υπουργείο Πολιτισμού ανακοίνωσε ότι η Ακρόπολη θα παραμείνει κλειστή από τις 12:00 έως τις 17:00.
R Διαβάστε επίσης: Πώς να προστατευτείτε από τη ζέστη
A Οι δήμοι της Αττικής λειτουργούν κλιματιζόμενες αίθουσες για τους ευπαθείς πολίτες.
A Οι γιατροί συστήνουν να αποφεύγεται η έκθεση στον ήλιο τις μεσημεριανές ώρες.
R Διαφήμιση
A Ο καύσωνας αναμένεται να υποχωρήσει από την Παρασκευή, όταν θα πνεύσουν βοριάδες.
A Παράλληλα, ο κίνδυνος πυρκαγιάς παραμένει πολύ υψηλός σε πολλές περιοχές της χώρας.
R ΦΩΤΟ: EUROKINISSI
R Κοινοποίηση
R Ακολουθήστε μας στο Google News
R Σχόλια (14)
R Συνδεθείτε για να σχολιάσετε
""",
    "el_mpasket_full": """\
R Αρχική
R Ειδήσεις
R Αθλητικά
R Οικονομία
R Αρχική / Αθλητικά / Μπάσκετ
T Ο Παναθηναϊκός κατέκτησε την EuroLeague στο Βερολίνο
R 26/05/2024 - 22:45
R LIVE
A Ο Παναθηναϊκός κατέκτησε την EuroLeague για έβδομη φορά στην ιστορία του, νικώντας τη Ρεάλ Μαδρίτης με 95-80 στον τελικό του Βερολίνου.
A Κορυφαίος του αγώνα ήταν ο Κέντρικ Ναν, ο οποίος σημείωσε 20 πόντους.
A Οι «πράσινοι» πήραν το προβάδισμα στο δεύτερο ημίχρονο και δεν το έχασαν μέχρι το τέλος.
A Ο προπονητής Εργκίν Αταμάν αφιέρωσε τον τίτλο στους φιλάθλους που ταξίδεψαν στη Γερμανία.
A Χιλιάδες οπαδοί γιόρτασαν μέχρι το πρωί στην πλατεία Συντάγματος.
A Η ομάδα αναμένεται να επιστρέψει στην Αθήνα τη Δευτέρα.
R Διαφήμιση
R Δημοφιλή
R Ο Ολυμπιακός ανακοίνωσε νέο προπονητή
R Η Εθνική ομάδα για το Προολυμπιακό
R Εγγραφείτε στο newsletter μας
R Κατεβάστε την εφαρμογή
R Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία.
R Αποδοχή
R © 2024 Με επιφύλαξη παντός δικαιώματος
""",
    "ro_pensii": """\
T Pensiile cresc cu 12,5% de la 1 ianuarie
R Publicat: 28.12.2023, 12:30
R Autor: Andreea Popescu
A Pensiile vor fi majorate cu 12,5% începând cu 1 ianuarie 2024, a anunțat ministrul Muncii.
A Punctul de pensie va ajunge astfel la 2.032 de lei, față de 1.785 de lei în prezent.
A Creșterea va afecta aproximativ 4,7 milioane de pensionari din România.
R Citește și: Cum se calculează pensia după noua lege
A Ministrul a precizat că banii pentru indexare sunt deja prevăzuți în bugetul pe anul viitor.
A Sindicatele au cerut însă o creștere mai mare, care să acopere inflația din ultimul an.
R Publicitate
A Noua lege a pensiilor, care recalculează toate pensiile, va intra în vigoare în septembrie.
A Casa Națională de Pensii Publice va trimite deciziile de recalculare prin poștă.
R Foto: Inquam Photos / Octav Ganea
R Distribuie
R Urmărește-ne pe Google News
R Comentarii (34)
R Trebuie să fii autentificat pentru a comenta
""",
    "ro_fotbal_full": """\
R Acasă
R Știri
R Sport
R Economie
R Acasă » Sport » Fotbal
T FCSB a câștigat titlul după remiza cu CFR Cluj
R 28 aprilie 2024, 22:30
R LIVE
A FCSB s-a impus în campionat după ce a remizat, scor 1-1, cu CFR Cluj pe Arena Națională.
A Gazdele au deschis scorul prin Darius Olaru, în minutul 23.
A Ardelenii au egalat în repriza secundă, după o lovitură de cap a lui Louis Munteanu.
A Rezultatul îi asigură echipei lui Elias Charalambous titlul cu două etape înainte de final.
A Jucătorii au sărbătorit alături de peste 40.000 de suporteri.
A Este al 27-lea titlu din istoria clubului.
R Publicitate
R Cele mai citite
R Hagi, anunț despre viitorul său
R Naționala și-a aflat adversarii
R Abonează-te la newsletter
R Descarcă aplicația
R Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.
R Accept
R © 2024 Toate drepturile rezervate.
""",
    # ===== ROUND 2 (after the changes, aimed at them: article sentences that open on the added words) ============
    "ru_platnye_smi": """\
T Платные СМИ: читатели привыкают к подписке
A Войдите, чтобы продолжить чтение, — такое сообщение теперь видят читатели большинства платных изданий.
A По данным исследования, за год число подписчиков российских деловых СМИ выросло на 18 процентов.
A Материал доступен только подписчикам, но редакции нередко открывают важные тексты для всех.
A Продолжение статьи после рекламы раздражает читателей сильнее, чем баннеры, показал опрос.
A Скачайте приложение Госуслуги, советуют в МФЦ, чтобы записаться на приём без очереди.
A Рейтинг 4,8 (215 оценок) вывел приложение издания в лидеры магазина, сообщила компания.
A Эксперты считают, что рынок подписки продолжит расти и в следующем году.
""",
    "uk_biblioteka": """\
T Бібліотека запускає розсилку і трансляції
A Коментарі закрито для всіх читачів після хвилі образ, пояснила редакторка сайту бібліотеки.
A Наживо концерт до Дня бібліотек транслюватимуть на Суспільному, повідомили організатори.
A Завантажте застосунок Дія, радять у міністерстві, щоб отримати електронний читацький квиток.
A Підпишіться на розсилку, радить бібліотека своїм читачам, і отримуйте новини про нові книжки.
A Увійдіть, щоб продовжити читання, — таке повідомлення бачать користувачі електронного каталогу після десяти сторінок.
A Бібліотека працюватиме щодня, крім понеділка.
""",
    "pl_redakcje": """\
T Redakcje zamykają komentarze
A Komentarze zostały wyłączone po fali hejtu, wyjaśnił redaktor naczelny portalu.
A Artykuł tylko dla subskrybentów to model, który wprowadza coraz więcej redakcji w Polsce.
A Artykuł kontynuowany poniżej reklamy irytuje czytelników, wynika z badania agencji.
A Eksperci podkreślają, że reklamy wciąż są głównym źródłem przychodów mediów lokalnych.
A Nowe zasady moderacji mają obowiązywać od przyszłego miesiąca.
""",
    "cs_prenos": """\
T Česká televize přenášela koncert živě
A Živě přenášela koncert i Česká televize, který sledovalo přes milion diváků.
A Online přenos na webu navíc sledovalo přes sto tisíc lidí.
A Diskuse je uzavřena pro všechny články o volbách až do neděle, oznámil portál.
A Přihlaste se a čtěte dál, vyzývá čtenáře nová kampaň deníku, který spouští předplatné.
A Podívejte se na video, které natočila policejní kamera, vyzvala mluvčí veřejnost.
A Stáhněte si aplikaci Záchranka, radí horská služba turistům před každým výletem.
A Koncert se bude opakovat v září v Brně.
""",
    "tr_canli": """\
T Canlı yayında yeni düzenleme açıklandı
A Canlı yayında konuşan bakan, yeni düzenlemenin ay sonunda yürürlüğe gireceğini söyledi.
A Yorumlar kapatılmıştır uyarısı, sitenin tüm haberlerinde görünmeye başladı.
A Canlı müzik eşliğinde düzenlenen gece, sabaha kadar sürdü.
A Hayat Eve Sığar uygulamasını indirin çağrısı, salgın döneminde milyonlarca kişiye ulaştı.
A Düzenleme, özellikle küçük işletmeleri etkileyecek.
""",
    "ar_mubashir": """\
T الوزارة تغلق التعليقات على موقعها
A التعليقات مغلقة منذ أسبوع على موقع الوزارة بعد سيل من الإساءات، بحسب المتحدث الرسمي.
A شاهد الفيديو آلاف المستخدمين خلال ساعات من نشره على مواقع التواصل الاجتماعي.
A بث مباشر للجلسة أتاح للمواطنين متابعة النقاش حول الموازنة لأول مرة.
A تابعونا على تليجرام، قالت الوزارة في رسالة إلى المواطنين، مؤكدة أن القناة رسمية.
A وأكدت الوزارة أنها ستعيد فتح التعليقات بعد وضع قواعد جديدة.
""",
    "zh_zhibo": """\
T 直播带货升温 平台加强管理
A 直播中，主持人多次提醒观众注意理性消费，不要冲动下单。
A 登录后继续阅读的设计让不少读者感到不便，有用户在网上抱怨。
A 来源：国家统计局数据显示，5月份居民消费价格同比上涨0.3%。
A 业内人士认为，直播电商仍将保持较快增长。
A 平台表示，将进一步加强对主播的资质审核。
""",
    "ja_namachukei": """\
T 社長が会見で謝罪 アプリ利用者は増加
A コメントは締め切りましたが、寄せられた意見は今後の運営に生かすということです。
A 生中継で伝えられた会見では、社長が改めて謝罪しました。
A LINEで友だち追加すると割引クーポンがもらえるキャンペーンが人気です。
A このアプリをダウンロードした人は、先月だけで100万人を超えました。
A 会社は、来月までに再発防止策をまとめる方針です。
""",
    "ko_raibeu": """\
T 라이브 커머스 시장 급성장
A 라이브 커머스 시장은 지난해 3조 원 규모로 성장했다.
A 생중계로 진행된 기자회견에서 장관은 사과했다.
A 카카오톡 채널 추가 이벤트에는 열흘 만에 10만 명이 참여했다.
A 영상 보기 기능은 다음 달부터 유료 회원에게만 제공된다.
A 업계는 올해도 두 자릿수 성장을 이어갈 것으로 내다봤다.
""",
    "hi_tippani": """\
T पाठकों की टिप्पणियां अब ईमेल से
A टिप्पणियां बंद हैं, लेकिन पाठक ईमेल से अपनी राय भेज सकते हैं, संपादक ने बताया।
A वीडियो देखें तो साफ पता चलता है कि गेंद सीमा रेखा को छू चुकी थी।
A सरकार ने कहा कि किसान ऐप डाउनलोड करें और अपनी फसल का पंजीकरण कराएं।
A सबसे ज्यादा पढ़ी गई खबरें इस साल चुनाव से जुड़ी रहीं।
A अखबार ने कहा कि नई व्यवस्था अगले महीने से लागू होगी।
""",
    "id_komentar": """\
T Redaksi Tutup Kolom Komentar
A Komentar ditutup setelah ribuan pesan bernada kebencian masuk, kata redaksi.
A Masuk untuk melanjutkan membaca kini menjadi pesan yang sering dilihat pembaca media daring.
A Ikuti saluran WhatsApp resmi pemerintah daerah untuk informasi banjir, imbau BPBD.
A Unduh aplikasi PeduliLindungi sempat diwajibkan bagi pengunjung mal pada 2021.
A Redaksi berjanji membuka kembali kolom komentar bulan depan.
""",
    "el_sxolia": """\
T Κλειστά τα σχόλια στην ιστοσελίδα του υπουργείου
A Τα σχόλια είναι κλειστά στην ιστοσελίδα του υπουργείου μετά από απειλές, δήλωσε ο εκπρόσωπος.
A Δείτε το βίντεο που δημοσίευσε η αστυνομία και επικοινωνήστε μαζί μας αν αναγνωρίζετε τον άνδρα.
A Ζωντανά από το Ηρώδειο θα μεταδοθεί η συναυλία την Κυριακή.
A Το υπουργείο ανακοίνωσε ότι θα επανεξετάσει την απόφαση τον επόμενο μήνα.
""",
    "ro_comentarii": """\
T Ministerul a închis comentariile
A Comentariile sunt închise pe site-ul ministerului după un val de insulte, a explicat purtătorul de cuvânt.
A Live text de la meci a fost urmărit de peste o sută de mii de cititori.
A Descarcă aplicația RO-Alert, le-a transmis ISU locuitorilor din zonă.
A Ministerul a precizat că secțiunea va fi redeschisă luna viitoare.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the writer's bare name under the dateline ("Олена Коваленко", "Γιώργος Παπαδόπουλος"): a name alone is any two
    # capitalised words, which no table may read (English leaves "John Carter" there too; lang34 left "Jordi Serra")
    "uk_elektroenerhiya": 1,
    "el_kairos": 1,
    # the menu's items "Berita", "Kuliner", "Gaya Hidup" between "Beranda" and the breadcrumb: edge-furniture takes the
    # same run over a news page's lead (test below), not over this recipe's, whose short lead echoes the headline's
    # words; a pass's matter (said in the report), not a table's: a lone "Berita" is a word of any Indonesian sentence
    "id_resep_full": 3,
    # the weather desk's label "天気" under the dateline: two CJK characters alone, a heading's shape as much as a
    # category tag's
    "ja_kion": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# (a neighbour's guess, uk/ru, cs/pl/sk, id/ms, zh/ja, hi/mr, would read the page with that language's tables)
test_each_page_is_told_its_language = told_language_test(CASES)


#: three article sentences of each language (the extractor's page of round 1)
TEXT: dict[str, list[str]] = article_sentences(
    CASES,
    (
        "ru_tarify_zhkh",
        "uk_elektroenerhiya",
        "pl_sejm_ustawa",
        "cs_vlaky",
        "tr_enflasyon",
        "ar_iqtisad",
        "zh_gaotie",
        "ja_kion",
        "ko_bodongsan",
        "hi_chunav",
        "id_banjir",
        "el_kairos",
        "ro_pensii",
    ),
)

#: the second batch: a line a language of what English's tables already take (comments closed, the paywall's log-in
#: and subscribers-only notice, "Watch the video", the live label, share and app buttons, an ad's continuation, a
#: messenger channel's call, a bracketed source), and round 1's residue left on main; main left these, each goes now
GOES = [
    ("ru", "Войдите, чтобы продолжить чтение", "paywall"),
    ("ru", "Материал доступен только подписчикам", "paywall"),
    ("ru", "Скачайте приложение РБК", "call-to-action"),
    ("ru", "Продолжение статьи после рекламы", "ad-marker"),
    ("uk", "Коментарі закрито", "comment-ui"),
    ("uk", "Увійдіть, щоб продовжити читання", "paywall"),
    ("uk", "Матеріал доступний лише передплатникам", "paywall"),
    ("uk", "НАЖИВО", "site-chrome"),
    ("uk", "Завантажте застосунок УНІАН", "call-to-action"),
    ("uk", "Продовження статті після реклами", "ad-marker"),
    ("pl", "Komentarze zostały wyłączone", "comment-ui"),
    ("cs", "Diskuse je uzavřena", "comment-ui"),
    ("cs", "Přihlaste se a čtěte dál", "paywall"),
    ("cs", "Článek je dostupný pouze pro předplatitele", "paywall"),
    ("cs", "Podívejte se na video", "teaser-box"),
    ("cs", "ŽIVĚ", "site-chrome"),
    ("cs", "Stáhněte si aplikaci iDNES.cz", "call-to-action"),
    ("tr", "Yorumlar kapatılmıştır", "comment-ui"),
    ("tr", "CANLI YAYIN", "site-chrome"),
    ("tr", "Hürriyet uygulamasını indirin", "call-to-action"),
    ("ar", "التعليقات مغلقة", "comment-ui"),
    ("ar", "سجل الدخول لمتابعة القراءة", "paywall"),
    ("ar", "شاهد الفيديو", "teaser-box"),
    ("ar", "بث مباشر", "site-chrome"),
    ("ar", "يتبع المقال بعد الإعلان", "ad-marker"),
    ("ar", "تابعونا على تليجرام", "call-to-action"),
    ("ar", "تابعونا على تطبيق واتساب", "call-to-action"),
    ("zh", "登录后继续阅读", "paywall"),
    ("zh", "直播中", "site-chrome"),
    ("zh", "（来源：新华社）", "image-credit"),
    ("ja", "コメントは締め切りました", "comment-ui"),
    ("ja", "続きを読むにはログインが必要です", "paywall"),
    ("ja", "ライブ配信中", "site-chrome"),
    ("ja", "NHKニュースアプリをダウンロード", "call-to-action"),
    ("ja", "広告の後に記事が続きます", "ad-marker"),
    ("ja", "LINEで友だち追加", "call-to-action"),
    ("ko", "댓글이 닫혔습니다", "comment-ui"),
    ("ko", "로그인하고 계속 읽기", "paywall"),
    ("ko", "영상 보기", "teaser-box"),
    ("ko", "라이브", "site-chrome"),
    ("ko", "페이스북으로 공유하기", "social-buttons"),
    ("ko", "기사 계속 이어집니다", "ad-marker"),
    ("ko", "카카오톡 채널 추가", "call-to-action"),
    ("hi", "टिप्पणियां बंद हैं", "comment-ui"),
    ("hi", "आगे पढ़ने के लिए लॉग इन करें", "paywall"),
    ("hi", "वीडियो देखें", "teaser-box"),
    ("hi", "फेसबुक पर शेयर करें", "social-buttons"),
    ("hi", "अमर उजाला ऐप डाउनलोड करें", "call-to-action"),
    ("hi", "सबसे ज्यादा पढ़ी गई खबरें", "teaser-box"),
    ("id", "Komentar ditutup", "comment-ui"),
    ("id", "Masuk untuk melanjutkan membaca", "paywall"),
    ("id", "Unduh aplikasi Kompas.com", "call-to-action"),
    ("id", "Lanjutkan membaca artikel di bawah", "ad-marker"),
    ("id", "Ikuti saluran WhatsApp kami", "call-to-action"),
    ("el", "Τα σχόλια είναι κλειστά", "comment-ui"),
    ("el", "Συνδεθείτε για να συνεχίσετε την ανάγνωση", "paywall"),
    ("el", "Δείτε το βίντεο", "teaser-box"),
    ("el", "ΖΩΝΤΑΝΑ", "site-chrome"),
    ("el", "Κατεβάστε την εφαρμογή του Skai", "call-to-action"),
    ("ro", "Comentariile sunt închise", "comment-ui"),
    ("ro", "LIVE TEXT", "site-chrome"),
    ("ro", "Descarcă aplicația Digi24", "call-to-action"),
    ("pl", "Artykuł tylko dla subskrybentów", "paywall"),
    ("pl", "Artykuł kontynuowany poniżej reklamy", "ad-marker"),
    ("uk", "4,8 (215 оцінок)", "site-chrome"),
    ("uk", "Підпишіться на нашу розсилку і отримуйте найкращі рецепти щотижня!", "newsletter-prompt"),
    ("cs", "ONLINE", "site-chrome"),
]

#: round 2's sentences with the added words (each at the head, middle and tail of its language's article)
STAYS = [
    ("ru", "Войдите, чтобы продолжить чтение, — такое сообщение теперь видят читатели большинства платных изданий."),
    ("ru", "По данным исследования, за год число подписчиков российских деловых СМИ выросло на 18 процентов."),
    ("ru", "Материал доступен только подписчикам, но редакции нередко открывают важные тексты для всех."),
    ("ru", "Продолжение статьи после рекламы раздражает читателей сильнее, чем баннеры, показал опрос."),
    ("ru", "Скачайте приложение Госуслуги, советуют в МФЦ, чтобы записаться на приём без очереди."),
    ("ru", "Рейтинг 4,8 (215 оценок) вывел приложение издания в лидеры магазина, сообщила компания."),
    ("ru", "Эксперты считают, что рынок подписки продолжит расти и в следующем году."),
    ("uk", "Коментарі закрито для всіх читачів після хвилі образ, пояснила редакторка сайту бібліотеки."),
    ("uk", "Наживо концерт до Дня бібліотек транслюватимуть на Суспільному, повідомили організатори."),
    ("uk", "Завантажте застосунок Дія, радять у міністерстві, щоб отримати електронний читацький квиток."),
    ("uk", "Підпишіться на розсилку, радить бібліотека своїм читачам, і отримуйте новини про нові книжки."),
    (
        "uk",
        "Увійдіть, щоб продовжити читання, — таке повідомлення бачать користувачі електронного каталогу після десяти сторінок.",
    ),
    ("uk", "Бібліотека працюватиме щодня, крім понеділка."),
    ("pl", "Komentarze zostały wyłączone po fali hejtu, wyjaśnił redaktor naczelny portalu."),
    ("pl", "Artykuł tylko dla subskrybentów to model, który wprowadza coraz więcej redakcji w Polsce."),
    ("pl", "Artykuł kontynuowany poniżej reklamy irytuje czytelników, wynika z badania agencji."),
    ("pl", "Eksperci podkreślają, że reklamy wciąż są głównym źródłem przychodów mediów lokalnych."),
    ("pl", "Nowe zasady moderacji mają obowiązywać od przyszłego miesiąca."),
    ("cs", "Živě přenášela koncert i Česká televize, který sledovalo přes milion diváků."),
    ("cs", "Online přenos na webu navíc sledovalo přes sto tisíc lidí."),
    ("cs", "Diskuse je uzavřena pro všechny články o volbách až do neděle, oznámil portál."),
    ("cs", "Přihlaste se a čtěte dál, vyzývá čtenáře nová kampaň deníku, který spouští předplatné."),
    ("cs", "Podívejte se na video, které natočila policejní kamera, vyzvala mluvčí veřejnost."),
    ("cs", "Stáhněte si aplikaci Záchranka, radí horská služba turistům před každým výletem."),
    ("cs", "Koncert se bude opakovat v září v Brně."),
    ("tr", "Canlı yayında konuşan bakan, yeni düzenlemenin ay sonunda yürürlüğe gireceğini söyledi."),
    ("tr", "Yorumlar kapatılmıştır uyarısı, sitenin tüm haberlerinde görünmeye başladı."),
    ("tr", "Canlı müzik eşliğinde düzenlenen gece, sabaha kadar sürdü."),
    ("tr", "Hayat Eve Sığar uygulamasını indirin çağrısı, salgın döneminde milyonlarca kişiye ulaştı."),
    ("tr", "Düzenleme, özellikle küçük işletmeleri etkileyecek."),
    ("ar", "التعليقات مغلقة منذ أسبوع على موقع الوزارة بعد سيل من الإساءات، بحسب المتحدث الرسمي."),
    ("ar", "شاهد الفيديو آلاف المستخدمين خلال ساعات من نشره على مواقع التواصل الاجتماعي."),
    ("ar", "بث مباشر للجلسة أتاح للمواطنين متابعة النقاش حول الموازنة لأول مرة."),
    ("ar", "تابعونا على تليجرام، قالت الوزارة في رسالة إلى المواطنين، مؤكدة أن القناة رسمية."),
    ("ar", "وأكدت الوزارة أنها ستعيد فتح التعليقات بعد وضع قواعد جديدة."),
    ("zh", "直播中，主持人多次提醒观众注意理性消费，不要冲动下单。"),
    ("zh", "登录后继续阅读的设计让不少读者感到不便，有用户在网上抱怨。"),
    ("zh", "来源：国家统计局数据显示，5月份居民消费价格同比上涨0.3%。"),
    ("zh", "业内人士认为，直播电商仍将保持较快增长。"),
    ("zh", "平台表示，将进一步加强对主播的资质审核。"),
    ("ja", "コメントは締め切りましたが、寄せられた意見は今後の運営に生かすということです。"),
    ("ja", "生中継で伝えられた会見では、社長が改めて謝罪しました。"),
    ("ja", "LINEで友だち追加すると割引クーポンがもらえるキャンペーンが人気です。"),
    ("ja", "このアプリをダウンロードした人は、先月だけで100万人を超えました。"),
    ("ja", "会社は、来月までに再発防止策をまとめる方針です。"),
    ("ko", "라이브 커머스 시장은 지난해 3조 원 규모로 성장했다."),
    ("ko", "생중계로 진행된 기자회견에서 장관은 사과했다."),
    ("ko", "카카오톡 채널 추가 이벤트에는 열흘 만에 10만 명이 참여했다."),
    ("ko", "영상 보기 기능은 다음 달부터 유료 회원에게만 제공된다."),
    ("ko", "업계는 올해도 두 자릿수 성장을 이어갈 것으로 내다봤다."),
    ("hi", "टिप्पणियां बंद हैं, लेकिन पाठक ईमेल से अपनी राय भेज सकते हैं, संपादक ने बताया।"),
    ("hi", "वीडियो देखें तो साफ पता चलता है कि गेंद सीमा रेखा को छू चुकी थी।"),
    ("hi", "सरकार ने कहा कि किसान ऐप डाउनलोड करें और अपनी फसल का पंजीकरण कराएं।"),
    ("hi", "सबसे ज्यादा पढ़ी गई खबरें इस साल चुनाव से जुड़ी रहीं।"),
    ("hi", "अखबार ने कहा कि नई व्यवस्था अगले महीने से लागू होगी।"),
    ("id", "Komentar ditutup setelah ribuan pesan bernada kebencian masuk, kata redaksi."),
    ("id", "Masuk untuk melanjutkan membaca kini menjadi pesan yang sering dilihat pembaca media daring."),
    ("id", "Ikuti saluran WhatsApp resmi pemerintah daerah untuk informasi banjir, imbau BPBD."),
    ("id", "Unduh aplikasi PeduliLindungi sempat diwajibkan bagi pengunjung mal pada 2021."),
    ("id", "Redaksi berjanji membuka kembali kolom komentar bulan depan."),
    ("el", "Τα σχόλια είναι κλειστά στην ιστοσελίδα του υπουργείου μετά από απειλές, δήλωσε ο εκπρόσωπος."),
    ("el", "Δείτε το βίντεο που δημοσίευσε η αστυνομία και επικοινωνήστε μαζί μας αν αναγνωρίζετε τον άνδρα."),
    ("el", "Ζωντανά από το Ηρώδειο θα μεταδοθεί η συναυλία την Κυριακή."),
    ("el", "Το υπουργείο ανακοίνωσε ότι θα επανεξετάσει την απόφαση τον επόμενο μήνα."),
    (
        "ro",
        "Comentariile sunt închise pe site-ul ministerului după un val de insulte, a explicat purtătorul de cuvânt.",
    ),
    ("ro", "Live text de la meci a fost urmărit de peste o sută de mii de cititori."),
    ("ro", "Descarcă aplicația RO-Alert, le-a transmis ISU locuitorilor din zonă."),
    ("ro", "Ministerul a precizat că secțiunea va fi redeschisă luna viitoare."),
]

#: the third batch: other residue a line a language (a correction prompt, a pager, follow-us and read-on calls);
#: of 68 such lines main left 16, now 10 (said in the docstring); these 7 go now
GOES += [
    ("tr", "Google News'te takip et", "call-to-action"),
    ("zh", "更多精彩内容，请关注我们", "call-to-action"),
    ("ko", "네이버 뉴스에서 구독하세요", "call-to-action"),
    ("id", "Baca berita selengkapnya", "promo-label"),
    ("id", "Halaman selanjutnya", "site-chrome"),
    ("el", "Ακολουθήστε το protothema.gr στο Google News", "call-to-action"),
]

STAYS += [
    ("cs", "Nahlásit chybu v aplikaci mohou uživatelé nově i hlasem, oznámila banka."),
    ("tr", "Google News'te takip edilen haber siteleri arasında gazete ilk sırada yer aldı."),
    ("zh", "更多精彩内容请关注我们的节目，主持人在节目结尾说。"),
    ("ko", "네이버에서 구독하기 버튼을 누른 이용자는 100만 명을 넘었다."),
    ("id", "Baca berita selengkapnya di halaman berikut, tulis admin akun tersebut."),
    ("id", "Halaman selanjutnya dari laporan itu memuat daftar nama pejabat yang diperiksa."),
    ("el", "Ακολουθήστε το σχέδιο, είπε ο υπουργός, και τα αποτελέσματα θα έρθουν."),
    ("el", "Ακολουθήστε το παράδειγμα της Φινλανδίας, πρότεινε ο υπουργός στη Βουλή."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def test_an_indonesian_menu_over_a_news_lead_goes() -> None:
    # (the same menu over id_banjir's lead goes by edge-furniture: what id_resep_full leaves is the recipe's lead)
    menu = ["Beranda", "Berita", "Olahraga", "Ekonomi", "Beranda › Berita › Nasional"]
    page = [*menu, "Banjir Rendam Ratusan Rumah di Jakarta Timur", *TEXT["id"]]
    result = cleaner.explain_text("\n".join(page))
    gone = {line for _name, line in removed(result)}
    assert set(menu) <= gone
    assert lost(TEXT["id"], result) == []


def test_a_bare_report_an_error_button_under_the_czech_article_goes() -> None:
    # (feedback_bare: over the article, where it heads text, feedback-prompt keeps it, as uk's "Повідомити про помилку")
    result = cleaner.explain_text("\n".join([*TEXT["cs"], "Nahlásit chybu"]))
    assert ("feedback-prompt", "Nahlásit chybu") in removed(result)
    assert lost(TEXT["cs"], result) == []


if __name__ == "__main__":
    report(CASES)
