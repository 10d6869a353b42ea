# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Naive 29: whole-page visible text (the dev set's ``naive`` variant: everything a browser shows, as a Common Crawl
WET record or ``document.body.innerText`` gives it) in languages the naive probe of session 27 (en de fr es it pl pt)
did not cover: ru, uk, ja, zh, ko, ar, tr, hi, id, vi, then sv and cs. Each page is a real site's whole text: the top
bar (login, language picker, date and weather), the menu one word a line, the breadcrumbs, the headline, the byline
and stamp, the article (paragraphs, a one-line quote, list items, a line of figures, a subheading), tags, the share
row, "related" and "most read" lists, the comment form and comments, a newsletter box, the footer's links, an app
prompt, the copyright or licence line, the cookie banner. Tags as in ``probes``: ``A`` must survive, ``R`` residue,
``T`` either (the headlines; a notice's hotline line "للاستفسار: 19911", a contact row as a press contact is).
``python tests/test_naive29.py`` prints the numbers.

Round 1 (17 pages: news, a recipe, a government notice, a product review, a travel blog, a match report; 178 ``A``
lines, 518 ``R``) was written before reading the passes; round 2 (8 pages, 55 ``A``, 121 ``R``) after, aimed at this
probe's own rules: an announcing sentence over its dates, one date under a clause, a diary's dated entries and a
notice's dates beside the new weekday-after stamps, an article that speaks of Creative Commons licences over the
licence footer, a second Vietnamese trail, whole pages in sv and cs; round 3 (6 pages, 57 ``A``, 111 ``R``) more
genres in the same languages: recipes in hi and ar, government notices in tr and zh, a news page in id, a Korean blog.

Measured on main 49f7aa9:

- round 1: lost 3, left 6. Dateline took a Japanese article's list of days under its heading ("主な混雑予想日" /
  "12月28日(月)" / "12月29日(火)" / "1月3日(日)": the ja table reads a day with its weekday as a stamp). Left: the
  top bar's date with its weekday after it ("4 декабря 2026, пятница") and the Vietnamese one's weekday before its
  date with no time ("Thứ sáu, 4/12/2026"): no table read them; a two-part Vietnamese trail "Thời sự > Giao thông"
  (the furniture test reads its syllables as function words); a Ukrainian government footer's licence line "Усі
  матеріали сайту доступні за ліцензією Creative Commons …, якщо не зазначено інше." (no table), which, kept,
  anchored the article's end over "Доступність"; an Arabic place-and-name byline "القاهرة - محمد عبد الله".
- round 2: lost 3 (the dates under "特別開館日は以下のとおりです。", a sentence), left 7 (the same top-bar dates, trail
  and licence lines; the English "All content is available under the Open Government Licence v3.0, except where
  otherwise stated.", which en's table of reporting clauses spared: ", except where otherwise stated." read as "…,
  she stated.", and the footer's "Cookies" it anchored over). With round 1's first changes it also lost the Vietnamese event date "Thứ hai, 7/12/2026" under "Buổi
  họp báo tiếp theo dự kiến diễn ra:", which the new vi stamp took: the rule below keeps it.
- round 3: lost 12, left 1. Edge-furniture took an Arabic recipe's ingredients and headings (its opening of nine
  words, "البسبوسة من أشهر الحلويات الشرقية وأسهلها تحضيرا في المنزل.", is no first paragraph at twelve words: the
  run over the numbered steps reached down through the list); a Turkish notice's districts, one word each, under
  "Etkilenecek mahalleler:" over a closing sentence of six words; a Chinese notice's date of issue "2026年12月4日"
  under its signature "市人民政府办公室" (the signature stays, the date the tables leave did not); a Korean blog's
  "총 경비" over rows of costs over "다음에는 꼭 봄에 다시 오고 싶어요~" (a sentence closed by a wave dash is no
  article text to edge-headings).

After: round 1 lost 0, left 1; round 2 lost 0, left 0; round 3 lost 0, left 1. The changes, each with the residue of
the same shape that still goes (tests below):

- dateline's ``_announced_dates`` (all languages): after the first paragraph, date lines shaped like an event's
  (``event_date``: a weekday or the day first, no label, no time of day) right under the line that announces them
  and right over a sentence of the article stay: two or more under a short heading, a colon or a sentence, itself
  under a sentence of the article; one under a clause of three words or more closed by a colon ("The next briefing
  is due on:" / "Monday, 7 December 2026", which English lost too). A sidebar's dates over no sentence ("今後のイベント"
  / "12月19日(土)" / "1月9日(土)"), dates with a time of day, one date under a label ("Last updated:") or a teaser
  heading ("Related"), the same date twice still go;
- ru and uk ``metadata.dateline``: the weekday after the date ("4 декабря 2026, пятница", "4 грудня 2026, п'ятниця",
  "04.12.2026, пт"), a top bar's; a diary's dated entries between paragraphs stay (the chronology's rule);
- vi ``metadata.dateline``: the weekday before a date with no label or time ("Thứ sáu, 4/12/2026"); an event's date
  inside the article stays (the rule above, or the event's rules);
- vi ``widgets.chrome``: a trail of two parts under a news section's name parted by a spaced ">" ("Thời sự > Giao
  thông", "Thế giới > Châu Á"); a sentence opening on a section and ">" ("Kinh tế > chính trị, theo ông Minh, …")
  stays;
- en, ru, uk ``credits.syndication``: a site's licence for its content with the footer's proviso ("All content is
  available under the Open Government Licence v3.0, except where otherwise stated.", the ru and uk "…, если не
  указано иное." / "…, якщо не зазначено інше."); an article's sentence about a licence, told as news ("…, except
  where otherwise stated, the museum said in a statement.") stays. en ``cookies.reported`` no longer reads the
  proviso ", except where otherwise stated." / ", unless otherwise noted." as a reporting clause;
- edge-furniture, ``structure._SHORT_OPENING`` (tr, ar): the first paragraph is found with three quarters of the
  anchor's twelve words, as ``_LONG_WORDS`` has it for fi, et, hu, lv, lt (a page with no paragraph of twelve words
  is judged as before); the last paragraph still needs twelve: a footer's blurb of nine or ten words under a menu
  (keep19's Turkish tails) is no article's end. The head's menus over the recipe still go;
- ``edge_announced._named_items``: a colon line of two or three words right under the text over three items or more
  of one word each (capitalised, no figure, none a site's section), then a short sentence of the article: the
  article's list ("Etkilenecek mahalleler:" / "Bahçelievler" / "Emek" / "Yenişehir"). A one-word label
  ("Mahalleler:") and a label over sections ("Diğer kategoriler:" / "Gündem" / "Ekonomi" / "Spor") still go;
- ``edge_headings``: the date of issue right under a notice's signature (``_ISSUE_DATE``: "2026年12月4日",
  "二〇二六年十二月四日", "2026-12-04") stays with it; a date under a teaser heading ("相关链接") still goes. And
  a line closed by a wave dash ("…싶어요~") is article text under a heading over rows of figures; the blog's tags,
  its "공감 23" / "댓글 5" under it still go.

Left: "القاهرة - محمد عبد الله" (a place, a dash, a name, under the headline): a table of such a byline would take a
headline's "مصر - السعودية" too; the shape needs the names' words, which no table has. "Bu sayfa en son 03.12.2026
tarihinde güncellenmiştir." (a page's last update as a sentence, en's "This page was last edited on …"): no tr table
yet; one per language is a table's work for every language at once.

Bench: ``pagecmp`` against 49f7aa9: changed 0/362; ``pagegold``: 0 gold lines newly removed; ``bench_text --variant
both``: recall 0.967 / 0.975 / 0.971, naive 0.864 / 0.988 / 0.922, as on 49f7aa9.
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, removals_of, report, tagged_probe_tests

from cleaner.language import SUPPORTED

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "ru_news": """\
R Войти
R Регистрация
R RU | EN
R Москва +3°C
R 4 декабря 2026, пятница
R Главная
R Политика
R Экономика
R Общество
R Происшествия
R Спорт
R Культура
R Наука
R Главная / Общество / Транспорт
T В Казани откроют третью линию метро на год раньше срока
R Анна Сергеева
R 4 декабря 2026, 11:42
R 2 мин
A Власти Татарстана объявили, что первый участок третьей линии казанского метро будет запущен в декабре следующего года, на двенадцать месяцев раньше, чем планировалось.
A По словам министра транспорта республики, строители уже завершили проходку тоннеля между станциями «Южная» и «Зелёная».
A «Мы идём с опережением графика», — сказал министр.
A Новый участок включает:
A четыре станции;
A 7,2 километра путей;
A электродепо на 40 вагонов.
A Стоимость проекта оценивается в 48 миллиардов рублей.
A Что изменится для пассажиров
A Жители южных районов смогут добраться до центра города за 15 минут вместо нынешних 40. Городские власти также обещают перестроить маршруты автобусов, чтобы они подвозили пассажиров к новым станциям.
A Эксперты отмечают, что ускорение стало возможным благодаря федеральному кредиту, выделенному в прошлом году.
R Теги:
R метро
R Казань
R транспорт
R Поделиться:
R ВКонтакте
R Telegram
R Одноклассники
R Читайте также
R В Москве закроют на ремонт две станции кольцевой линии
R Цены на проезд в Петербурге вырастут с 1 января
R Самое читаемое
R Синоптики пообещали аномальные морозы на следующей неделе
R Банк России сохранил ключевую ставку
R Комментарии (14)
R Чтобы оставить комментарий, войдите или зарегистрируйтесь.
R Игорь К.
R 2 часа назад
R Наконец-то! Ждём уже десять лет.
R Ответить
R Подпишитесь на нашу рассылку
R Введите ваш email
R Подписаться
R О редакции
R Реклама
R Контакты
R Вакансии
R Политика конфиденциальности
R Скачайте наше приложение
R App Store
R Google Play
R © 2026 «Городские новости». Все права защищены. При использовании материалов ссылка обязательна.
R 18+
R Мы используем файлы cookie, чтобы улучшить работу сайта. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
R Принять
""",
    "ru_recipe": """\
R Вход
R Рецепты
R Супы
R Выпечка
R Салаты
R Десерты
R Напитки
R Главная » Рецепты » Супы
T Борщ по-домашнему
R Автор: Марина Лебедева
R Опубликовано: 12 ноября 2026
R ★★★★★ 4.8 (312 оценок)
A Настоящий борщ готовится не спеша: бульон должен вариться не меньше двух часов, а свёклу лучше тушить отдельно, чтобы суп сохранил яркий цвет.
A Время приготовления: 3 часа
A Порций: 6
A Ингредиенты
A говядина на кости — 700 г
A свёкла — 2 шт.
A картофель — 3 шт.
A капуста — 300 г
A морковь — 1 шт.
A лук — 1 шт.
A томатная паста — 2 ст. л.
A соль, перец — по вкусу
A Приготовление
A 1. Залейте мясо холодной водой, доведите до кипения, снимите пену и варите на слабом огне два часа.
A 2. Свёклу натрите на крупной тёрке и потушите с томатной пастой и ложкой уксуса 15 минут.
A 3. Добавьте в бульон картофель и капусту, через десять минут — зажарку из лука и моркови.
A 4. Положите свёклу, посолите, поперчите и дайте борщу настояться под крышкой.
A Подавайте со сметаной и чесночными пампушками.
R Распечатать рецепт
R Сохранить в избранное
R Поделиться
R Похожие рецепты
R Щи из квашеной капусты
R Солянка сборная мясная
R Рассольник с перловкой
R Отзывы (27)
R Оставить отзыв
R Ольга
R Готовила по этому рецепту, получилось очень вкусно!
R Нравится 12
R О проекте
R Правила сайта
R Обратная связь
R © 2012–2026 Вкусно.ру
""",
    "uk_news": """\
R Увійти
R UA | RU | EN
R Київ 0°C
R Новини
R Політика
R Економіка
R Світ
R Суспільство
R Спорт
R Здоров'я
R Новини / Економіка
T Нацбанк утримав облікову ставку на рівні 13,5%
R Олена Коваленко
R 04.12.2026 14:05
A Національний банк України вирішив залишити облікову ставку без змін, повідомила пресслужба регулятора в четвер.
A Правління НБУ пояснило своє рішення тим, що інфляція сповільнюється повільніше, ніж очікувалося у жовтні.
A «Ми готові тримати ставку на поточному рівні стільки, скільки буде потрібно», — заявив голова Нацбанку.
A Основні цифри:
A інфляція у листопаді — 9,8%;
A прогноз на кінець року — 9,2%;
A міжнародні резерви — 43,1 млрд доларів.
A Наступне засідання правління з монетарної політики відбудеться 29 січня.
A Аналітики банків очікують, що цикл пом'якшення відновиться не раніше весни.
R Теги: НБУ, облікова ставка, інфляція
R Поділитися
R Facebook
R Telegram
R Viber
R Читайте також
R Курс долара на 5 грудня: скільки коштує валюта в банках
R Пенсії з 1 січня: що зміниться
R Найпопулярніше
R Уряд продовжив програму «єОселя» ще на рік
R Коментарі
R Щоб залишити коментар, авторизуйтеся.
R Про нас
R Редакційна політика
R Реклама
R Контакти
R © 2026 «Економічна правда». Усі права захищено. Використання матеріалів дозволяється за умови посилання на сайт.
R Цей сайт використовує файли cookie. Докладніше
R Зрозуміло
""",
    "uk_gov": """\
R Перейти до основного вмісту
R Версія для людей з порушенням зору
R English
R Головна
R Про міністерство
R Діяльність
R Новини
R Документи
R Контакти
R Головна > Новини > Оголошення
T До уваги мешканців: з 10 грудня змінюється порядок отримання субсидій
R Дата публікації: 03.12.2026
A З 10 грудня 2026 року заяву на отримання житлової субсидії можна буде подати лише в електронній формі через портал «Дія» або в центрі надання адміністративних послуг.
A Для оформлення субсидії потрібні такі документи:
A паспорт громадянина України;
A реєстраційний номер облікової картки платника податків;
A довідка про доходи всіх членів домогосподарства.
A Строк розгляду заяви становить 10 робочих днів.
A Громадяни, які вже отримують субсидію, не повинні повторно подавати документи.
A Довідки за телефоном гарячої лінії: 1545.
R Версія для друку
R Поділитися
R Останні новини
R Міністр провів зустріч з представниками громад
R Оголошено конкурс на посаду державної служби
R Адреса: 01001, м. Київ, вул. Хрещатик, 1
R Політика конфіденційності
R Доступність
R Карта сайту
R Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 International, якщо не зазначено інше.
""",
    "ja_news": """\
R ログイン
R 会員登録
R 12月4日(金)
R 東京 晴れ 14℃
R トップ
R 速報
R 政治
R 経済
R 国際
R 社会
R スポーツ
R エンタメ
R 科学
R トップ > 社会 > 交通
T 東海道新幹線、年末年始の指定席予約が過去最多に
R 2026年12月4日 10時30分
R 共同通信
A JR東海は4日、年末年始期間の東海道新幹線の指定席予約数が前年同期比で12%増え、過去最多となったと発表した。
A 下りのピークは12月29日、上りのピークは1月3日になる見通しだという。
A 同社は臨時列車を1日最大で430本運行する計画だ。
A 「混雑が予想されるので、早めの予約をお願いしたい」と担当者は話している。
A 主な混雑予想日
A 12月28日(月)
A 12月29日(火)
A 1月3日(日)
A 自由席は特に混雑が予想されるため、同社は指定席の利用を呼びかけている。
R 関連記事
R 山陽新幹線で停電 一時運転見合わせ
R 北陸新幹線、敦賀延伸から1年
R この記事をシェアする
R X
R Facebook
R LINE
R はてなブックマーク
R アクセスランキング
R 1 大雪の影響で高速道路が通行止めに
R 2 日経平均、一時4万円台を回復
R 3 人気俳優が結婚を発表
R コメント
R コメントを投稿するにはログインしてください。
R 会社概要
R 利用規約
R プライバシーポリシー
R お問い合わせ
R 広告掲載
R Copyright © 2026 Kyodo News. All rights reserved.
R 記事の無断転載を禁じます。
R 当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。
R 同意する
""",
    "ja_review": """\
R ホーム
R ガジェット
R レビュー
R 比較
R ランキング
R ホーム > レビュー > ワイヤレスイヤホン
T 【レビュー】1万円以下で買えるノイキャンイヤホン、実際に1か月使ってみた
R 投稿日:2026年11月20日 更新日:2026年11月28日
R 書いた人:たなか
A こんにちは、たなかです。今回は先月発売されたワイヤレスイヤホンを1か月間毎日使ってみた感想をまとめます。
A 結論から言うと、この価格帯ではかなり優秀です。
A 良かった点
A ノイズキャンセリングが想像以上に効く
A バッテリーが最大8時間もつ
A 装着感が軽い
A 気になった点
A ケースが少し大きい
A 通話品質は普通
A 電車の中ではエンジン音がほとんど聞こえなくなり、音量を上げずに音楽を楽しめるようになりました。
A 評価:★★★★☆
A 通勤中に気軽に使えるイヤホンを探している人にはおすすめです。
R この記事が気に入ったらフォローしよう
R シェアする
R ツイート
R はてブ
R Pocket
R 関連記事
R 【比較】人気のワイヤレスイヤホン5機種を聴き比べ
R 有線イヤホンはもういらない?
R コメントを残す
R メールアドレスが公開されることはありません。
R 名前
R メール
R サイト
R コメントを送信
R プロフィール
R ガジェット好きの会社員。週末はカフェで作業しています。
R カテゴリー
R ガジェット
R 生活
R © 2026 たなかのガジェット日記
""",
    "zh_news": """\
R 登录
R 注册
R 简体 | 繁體 | English
R 2026年12月4日 星期五
R 首页
R 新闻
R 国内
R 国际
R 财经
R 科技
R 体育
R 娱乐
R 首页 > 科技 > 正文
T 我国首条跨海高铁全线贯通
R 2026-12-04 09:15
R 来源:新华社
R 编辑:王磊
A 记者从国铁集团获悉,我国首条跨海高速铁路今天实现全线贯通,预计明年6月正式开通运营。
A 该线路全长277公里,设计时速350公里,其中跨海段长约20公里。
A 建设者们克服了台风、强潮汐和海水腐蚀等多项难题。
A “这是我国铁路建设史上的一个重要里程碑。”项目总工程师说。
A 线路开通后:
A 福州至厦门最快55分钟可达;
A 沿线城市将形成“一小时生活圈”;
A 每年可减少碳排放约30万吨。
A 据介绍,该项目共建设桥梁84座、隧道29座。
R 责任编辑:李娜
R 分享到:
R 微信
R 微博
R QQ空间
R 相关新闻
R 京沪高铁客流创新高
R 春运火车票明起开售
R 热门排行
R 1 多地迎来今冬首场降雪
R 2 国务院常务会议部署稳就业工作
R 网友评论
R 请登录后发表评论
R 关于我们
R 联系我们
R 广告服务
R 网站地图
R 版权声明
R Copyright © 2026 新闻网 版权所有
R 京ICP备12345678号
R 京公网安备11010502030001号
R 扫码下载客户端
""",
    "zh_recipe": """\
R 登录 | 注册
R 菜谱
R 家常菜
R 烘焙
R 汤粥
R 素食
R 菜谱大全 > 家常菜 > 红烧肉
T 红烧肉的家常做法
R 作者:厨房小白
R 2.3万浏览 · 568收藏
A 红烧肉是一道经典的家常菜,肥而不腻,入口即化。下面分享我家的做法,简单易学。
A 用料
A 五花肉 500克
A 冰糖 30克
A 生抽 2勺
A 老抽 1勺
A 料酒 2勺
A 姜 3片
A 八角 2个
A 做法步骤
A 1. 五花肉切成3厘米见方的块,冷水下锅焯水,捞出洗净。
A 2. 锅中放少许油,加入冰糖小火炒出糖色。
A 3. 放入肉块翻炒上色,加入生抽、老抽、料酒和香料。
A 4. 加热水没过肉块,大火烧开后转小火炖一个小时。
A 5. 最后大火收汁即可。
A 小贴士
A 炒糖色时一定要用小火,否则容易发苦。
R 收藏
R 分享
R 举报
R 大家都在做
R 可乐鸡翅
R 糖醋排骨
R 评论(86)
R 发表评论
R 美食家小王
R 按照步骤做的,家人都说好吃!
R 回复
R 下载APP,查看更多菜谱
R 关于我们 | 加入我们 | 用户协议 | 隐私政策
R ©2026 美食天下 沪ICP备08012345号
""",
    "ko_news": """\
R 로그인
R 회원가입
R 2026.12.04 (금)
R 서울 맑음 3℃
R 전체기사
R 정치
R 경제
R 사회
R 국제
R 문화
R 스포츠
R 연예
R 홈 > 사회 > 교육
T 내년 수능 영어 절대평가 유지…출제 범위 일부 조정
R 김지현 기자
R 입력 2026.12.04 10:12
R 수정 2026.12.04 11:30
R 글자크기 설정
A 교육부는 4일 2028학년도 대학수학능력시험 기본계획을 발표하고 영어 영역의 절대평가 방식을 유지하기로 했다고 밝혔다.
A 다만 국어와 수학 영역의 선택과목 구조는 일부 조정된다.
A 교육부 관계자는 "수험생의 부담을 줄이는 방향으로 개편했다"고 설명했다.
A 주요 변경 사항은 다음과 같다.
A 국어 선택과목 폐지
A 수학 공통과목 비중 확대
A 탐구 영역 최대 2과목 선택
A 시험은 2027년 11월 18일 치러질 예정이다.
A 입시 전문가들은 상위권 변별력이 수학 영역에서 결정될 가능성이 높다고 내다봤다.
R kjh@newsdaily.co.kr
R <저작권자 © 뉴스데일리, 무단 전재 및 재배포 금지>
R 이 기사를 공유합니다
R 카카오톡
R 페이스북
R 트위터
R 링크복사
R 관련기사
R 수능 출제위원 합숙 돌입
R 올해 수능 만점자 3명…모두 재학생
R 많이 본 뉴스
R 1 서울 아파트값 5주 연속 상승
R 2 주말 전국 한파…서울 영하 8도
R 댓글 0
R 로그인 후 댓글을 작성할 수 있습니다.
R 회사소개
R 광고문의
R 개인정보처리방침
R 청소년보호정책
R 이메일무단수집거부
R 서울특별시 중구 세종대로 100 | 대표전화 02-123-4567
R 등록번호 서울 아01234 | 발행인 홍길동 | 편집인 홍길동
R Copyright © 2026 뉴스데일리. All rights reserved.
""",
    "ko_sports": """\
R 스포츠
R 야구
R 축구
R 농구
R 배구
R 골프
R 축구 > K리그
T 울산, 포항 꺾고 K리그1 3연패 달성
R 박성민 기자
R 2026.11.30 18:45
A 울산 HD가 포항 스틸러스를 꺾고 K리그1 3년 연속 우승을 확정했다.
A 울산은 30일 울산문수축구경기장에서 열린 리그 최종전에서 포항을 2-1로 이겼다.
A 전반 23분 주민규의 선제골로 앞서간 울산은 후반 10분 동점골을 내줬지만, 후반 41분 엄원상의 결승골로 승리를 지켰다.
A "팬들 덕분에 여기까지 올 수 있었다."
A 경기 후 김판곤 감독은 선수들에게 공을 돌렸다.
A 울산 2-1 포항
A 득점: 주민규(전23) 엄원상(후41) / 이호재(후10)
A 관중: 28,612명
R 기사제보
R 좋아요 52
R 싫어요 3
R 다른 기사 보기
R 손흥민, 시즌 7호골 폭발
R KBO 골든글러브 후보 발표
R 스포츠 많이 본 기사
R 이강인, PSG 재계약 임박
R ⓒ 스포츠타임, 무단전재 및 재배포 금지
""",
    "ar_news": """\
R تسجيل الدخول
R English | Français
R الجمعة 4 ديسمبر 2026
R الرئيسية
R أخبار
R سياسة
R اقتصاد
R رياضة
R ثقافة
R تكنولوجيا
R صحة
R الرئيسية / اقتصاد
T افتتاح أكبر محطة للطاقة الشمسية في شمال أفريقيا
R القاهرة - محمد عبد الله
R نشر في: الجمعة 4 ديسمبر 2026 - 10:20 ص
A افتتحت الحكومة المصرية اليوم أكبر محطة للطاقة الشمسية في شمال أفريقيا بقدرة إجمالية تبلغ 1800 ميغاواط في محافظة أسوان.
A وقال وزير الكهرباء في كلمة خلال حفل الافتتاح إن المحطة ستوفر الكهرباء لأكثر من مليون منزل.
A "هذا المشروع خطوة كبيرة نحو تحقيق أهدافنا في الطاقة النظيفة".
A وتشمل المرحلة الأولى من المشروع:
A تركيب أكثر من 4 ملايين لوح شمسي
A إنشاء خط نقل بطول 220 كيلومترا
A توفير 3 آلاف فرصة عمل
A وبلغت التكلفة الإجمالية للمشروع نحو 2.1 مليار دولار، بتمويل مشترك من بنوك محلية ودولية.
A ويتوقع الخبراء أن تسهم المحطة في خفض فاتورة استيراد الوقود بشكل ملحوظ خلال السنوات المقبلة.
R الكلمات المفتاحية
R الطاقة الشمسية
R مصر
R الكهرباء
R شارك
R فيسبوك
R تويتر
R واتساب
R اقرأ أيضا
R ارتفاع أسعار الذهب في السوق المحلية
R البنك المركزي يثبت أسعار الفائدة
R الأكثر قراءة
R موعد صرف المعاشات لشهر يناير
R التعليقات
R أضف تعليقك
R الاسم
R البريد الإلكتروني
R إرسال
R من نحن
R اتصل بنا
R سياسة الخصوصية
R شروط الاستخدام
R جميع الحقوق محفوظة © 2026 بوابة الأخبار
R يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق
""",
    "ar_gov": """\
R تخطي إلى المحتوى الرئيسي
R English
R الرئيسية
R عن الوزارة
R الخدمات الإلكترونية
R المركز الإعلامي
R تواصل معنا
R الرئيسية > المركز الإعلامي > الإعلانات
T إعلان بشأن مواعيد الدوام الرسمي خلال شهر رمضان
R تاريخ النشر: 2026/02/10
A تعلن وزارة الموارد البشرية أن ساعات الدوام الرسمي في الجهات الحكومية خلال شهر رمضان المبارك ستكون من الساعة العاشرة صباحا حتى الثالثة عصرا.
A ويستثنى من ذلك:
A المستشفيات والمراكز الصحية
A الدفاع المدني
A المطارات والموانئ
A وتدعو الوزارة جميع الجهات إلى الالتزام بهذه المواعيد.
T للاستفسار: 19911
R هل كانت هذه الصفحة مفيدة؟
R نعم
R لا
R طباعة
R مشاركة
R آخر تحديث: 2026/02/10
R خريطة الموقع
R سياسة الخصوصية
R إمكانية الوصول
R حقوق الطبع والنشر © 2026 وزارة الموارد البشرية
""",
    "tr_sports": """\
R Giriş Yap
R Üye Ol
R İstanbul 9°C
R Anasayfa
R Futbol
R Basketbol
R Voleybol
R Canlı Skor
R Puan Durumu
R Transfer
R Anasayfa > Futbol > Süper Lig
T Galatasaray, derbide Fenerbahçe'yi 3-1 yendi
R Ahmet Yılmaz
R 30.11.2026 - 21:58
R Güncelleme: 30.11.2026 - 23:10
A Süper Lig'in 14. haftasında Galatasaray, sahasında Fenerbahçe'yi 3-1 mağlup ederek liderliğini sürdürdü.
A Maçın ilk golü 12. dakikada Icardi'den geldi.
A Fenerbahçe ikinci yarının başında Dzeko ile eşitliği yakaladı, ancak Barış Alper ve Sara'nın golleri sarı-kırmızılılara galibiyeti getirdi.
A "Taraftarımız bu galibiyeti hak etti."
A Teknik direktör Okan Buruk maçtan sonra oyuncularını tebrik etti.
A Galatasaray: Muslera, Boey, Nelsson, Sanchez, Angelino, Torreira, Sara, Barış Alper, Mertens, Yılmaz, Icardi
A Hakem: Halil Umut Meler
A Seyirci: 51.400
R Etiketler
R Galatasaray
R Fenerbahçe
R Derbi
R Paylaş
R Facebook
R Twitter
R WhatsApp
R İlgili Haberler
R Beşiktaş'ta hoca değişikliği
R Trabzonspor deplasmanda kayıp
R En Çok Okunanlar
R Milli takımın aday kadrosu açıklandı
R Yorumlar
R Yorum yapmak için giriş yapın.
R Hakkımızda
R Künye
R İletişim
R Gizlilik Politikası
R KVKK
R Tüm hakları saklıdır. © 2026 Spor Haber
R Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.
R Kabul Et
""",
    "tr_recipe": """\
R Tarifler
R Çorbalar
R Ana Yemekler
R Tatlılar
R Hamur İşleri
R Ana Sayfa / Tarifler / Çorbalar
T Mercimek Çorbası Tarifi
R Yazar: Ayşe Demir
R 15 Kasım 2026
A Lokanta usulü mercimek çorbası, kış günlerinin vazgeçilmezi. Püf noktalarıyla birlikte paylaşıyorum.
A Malzemeler
A 1 su bardağı kırmızı mercimek
A 1 adet soğan
A 1 adet havuç
A 1 yemek kaşığı un
A 2 yemek kaşığı tereyağı
A 6 su bardağı sıcak su
A Tuz, karabiber, kimyon
A Nasıl Yapılır?
A Soğanı ve havucu küp küp doğrayıp tereyağında kavurun.
A Unu ekleyip bir dakika daha kavurun.
A Yıkanmış mercimeği ve sıcak suyu ekleyin, mercimekler yumuşayana kadar yaklaşık 30 dakika pişirin.
A Çorbayı blenderdan geçirin ve baharatlarla tatlandırın.
A Afiyet olsun!
R Tarifi Yazdır
R Kaydet
R Benzer Tarifler
R Ezogelin Çorbası
R Yayla Çorbası
R Yorumlar (42)
R Zeynep
R Çok güzel oldu, teşekkürler!
R Yanıtla
R © 2026 Lezzet Dünyası. Tüm hakları saklıdır.
""",
    "hi_news": """\
R लॉग इन
R हिंदी | English
R शुक्रवार, 04 दिसंबर 2026
R होम
R देश
R विदेश
R राज्य
R बिज़नेस
R खेल
R मनोरंजन
R टेक्नोलॉजी
R होम / देश
T दिल्ली में प्रदूषण बढ़ा, स्कूल दो दिन के लिए बंद
R नई दिल्ली, एजेंसी
R Updated: 04 Dec 2026 09:40 AM IST
A राजधानी दिल्ली में वायु गुणवत्ता सूचकांक 450 के पार पहुंचने के बाद सरकार ने प्राथमिक स्कूलों को दो दिन के लिए बंद करने का आदेश दिया है।
A पर्यावरण मंत्री ने कहा कि स्थिति पर लगातार नजर रखी जा रही है।
A "बच्चों की सेहत हमारी पहली प्राथमिकता है।"
A सरकार ने ये कदम उठाए हैं:
A निर्माण कार्यों पर रोक
A डीजल जनरेटर के इस्तेमाल पर पाबंदी
A सार्वजनिक परिवहन के फेरे बढ़ाए गए
A मौसम विभाग के अनुसार अगले तीन दिनों तक हवा की गति कम रहने से राहत की उम्मीद नहीं है।
R टैग्स
R दिल्ली
R प्रदूषण
R शेयर करें
R ये भी पढ़ें
R दिल्ली मेट्रो का किराया बढ़ेगा? जानिए पूरी खबर
R सर्दियों में इन बातों का रखें ध्यान
R सबसे ज्यादा पढ़ी गई
R सोना हुआ सस्ता, जानें आज के भाव
R हमारे बारे में
R संपर्क करें
R विज्ञापन
R गोपनीयता नीति
R कॉपीराइट © 2026 समाचार भारत. सर्वाधिकार सुरक्षित.
R ऐप डाउनलोड करें
""",
    "id_blog": """\
R Beranda
R Tentang Saya
R Travel
R Kuliner
R Tips
R Kontak
R Beranda » Travel » Yogyakarta
T 3 Hari di Yogyakarta dengan Budget 1 Juta
R Diposting oleh Rina Wulandari
R 22 November 2026
R 5 Komentar
A Halo teman-teman! Bulan lalu aku jalan-jalan ke Yogyakarta selama tiga hari, dan ternyata bisa hemat banget.
A Di tulisan ini aku mau berbagi rincian biaya dan itinerary-nya.
A Hari 1: Malioboro dan Keraton
A Aku naik kereta ekonomi dari Jakarta dan sampai pagi hari. Setelah check-in di hostel, langsung jalan kaki ke Keraton.
A Hari 2: Candi Prambanan
A Tiket masuk untuk wisatawan lokal Rp50.000, dan aku ke sana naik bus Trans Jogja.
A Hari 3: Pantai Parangtritis
A Rincian biaya:
A Tiket kereta pulang-pergi: Rp400.000
A Hostel 2 malam: Rp240.000
A Makan: Rp200.000
A Transportasi lokal: Rp110.000
A Total: Rp950.000
A Semoga bermanfaat, ya!
R Bagikan:
R Facebook
R WhatsApp
R Twitter
R Label: jogja, travel murah, backpacker
R Postingan Lebih Baru
R Postingan Lama
R Beranda
R 5 komentar:
R Dimas 23 November 2026 pukul 08.15
R Makasih infonya kak, sangat membantu!
R Balas
R Posting Komentar
R Langganan: Posting Komentar (Atom)
R Arsip Blog
R Desember 2026 (2)
R November 2026 (5)
R Hak Cipta © 2026 Jalan-Jalan Rina. Diberdayakan oleh Blogger.
""",
    "vi_news": """\
R Đăng nhập
R Thứ sáu, 4/12/2026
R Hà Nội 18°C
R Trang chủ
R Thời sự
R Thế giới
R Kinh doanh
R Giải trí
R Thể thao
R Pháp luật
R Giáo dục
R Sức khỏe
R Thời sự > Giao thông
T Cao tốc Bắc - Nam đoạn qua Quảng Ngãi thông xe trước Tết
R Thứ sáu, 4/12/2026, 08:30 (GMT+7)
A Bộ Giao thông Vận tải cho biết đoạn cao tốc Quảng Ngãi - Hoài Nhơn dài 88 km sẽ thông xe vào ngày 20/1, trước Tết Nguyên đán khoảng hai tuần.
A Theo ban quản lý dự án, khối lượng thi công đã đạt 95%.
A "Chúng tôi cam kết hoàn thành đúng tiến độ", đại diện nhà thầu nói.
A Dự án gồm các hạng mục chính:
A 6 nút giao liên thông;
A 43 cây cầu;
A 2 trạm dừng nghỉ.
A Khi đưa vào khai thác, thời gian di chuyển từ Quảng Ngãi đến Bình Định sẽ rút ngắn còn khoảng một giờ.
R Minh Anh
R Chia sẻ
R Facebook
R Zalo
R Tags: cao tốc Bắc - Nam, Quảng Ngãi, giao thông
R Tin liên quan
R Giá xăng dầu hôm nay giảm nhẹ
R Hà Nội cấm xe tải vào nội đô giờ cao điểm
R Xem nhiều
R Miền Bắc đón đợt không khí lạnh mạnh
R Ý kiến (12)
R Gửi ý kiến của bạn
R Tổng biên tập: Nguyễn Văn A
R Giấy phép số 548/GP-BTTTT
R Liên hệ quảng cáo
R © Bản quyền thuộc về Báo Điện tử. Không được sao chép lại khi chưa có sự đồng ý bằng văn bản.
R Tải ứng dụng
""",
    # ===== ROUND 2 (after reading the passes: aimed at this probe's own rules) =====================================
    "ru_diary": """\
R Блог путешественника
R Главная
R Маршруты
R Фото
R Обо мне
R 4 декабря 2026, пятница
T Десять дней на Байкале: дневник поездки
A Я давно мечтал увидеть Байкал зимой, и в этом году наконец решился поехать туда на десять дней вместе с братом.
A Ниже — мои записи, почти без правки, как я делал их каждый вечер в гостевом доме.
A 1 марта 2026, воскресенье
A Прилетели в Иркутск рано утром, мороз минус двадцать шесть, но солнце светит так, что больно смотреть на снег.
A 2 марта 2026, понедельник
A Доехали до Листвянки и весь день ходили по льду у берега: лёд прозрачный, и сквозь него видно камни на дне.
A 3 марта 2026, вторник
A Переправились на Ольхон на хивусе, ночевали в Хужире у знакомых нашего гида.
A В следующей записи расскажу про мыс Хобой и про то, как мы чуть не потеряли фотоаппарат.
R Метки: Байкал, зима, путешествия
R Поделиться
R Предыдущая запись
R Следующая запись
R Комментарии (3)
R Ольга
R 5 декабря 2026, суббота
R Какие красивые места! Тоже хочу поехать.
R Ответить
R © 2026 Блог путешественника
""",
    "uk_notice": """\
R Головна
R Новини
R Оголошення
R Контакти
R 4 грудня 2026, п'ятниця
T Графік прийому громадян у грудні
A Міський голова та його заступники проводитимуть особистий прийом громадян у приміщенні міської ради за попереднім записом.
A Найближчі дні прийому:
A 8 грудня 2026, вівторок
A 15 грудня 2026, вівторок
A 22 грудня 2026, вівторок
A Записатися на прийом можна за телефоном або в центрі надання адміністративних послуг на першому поверсі.
R Поділитися
R Версія для друку
R Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 International, якщо не зазначено інше.
""",
    "ja_events": """\
R ホーム
R お知らせ
R イベント
R アクセス
R ホーム > お知らせ
T 冬休み期間の開館日について
R 2026年12月4日
A 当館では、冬休み期間中も一部の日程で特別開館を行います。
A 展示室の改装工事のため、通常より開館日が少なくなっておりますのでご注意ください。
A 特別開館日は以下のとおりです。
A 12月26日(土)
A 12月27日(日)
A 1月4日(月)
A いずれの日も開館時間は午前10時から午後4時までです。
R 関連するお知らせ
R 年末年始の休館について
R 今後のイベント
R 12月19日(土)
R 1月9日(土)
R このページの先頭へ
R © 2026 市立科学館
""",
    "ko_events": """\
R 홈
R 공지사항
R 행사안내
R 홈 > 공지사항
T 겨울방학 특별 프로그램 운영 안내
R 등록일 2026.12.04
A 시립도서관은 겨울방학을 맞아 초등학생을 대상으로 특별 독서 프로그램을 운영한다고 밝혔다.
A 프로그램은 모두 세 차례 진행되며, 회차별 정원은 20명이다.
A 운영 일정은 다음과 같다.
A 12월 28일(월)
A 1월 4일(월)
A 1월 11일(월)
A 신청은 도서관 누리집에서 12월 20일까지 받는다.
R 목록
R 이전글
R 다음글
R 개인정보처리방침
R Copyright © 2026 시립도서관. All rights reserved.
""",
    "vi_news2": """\
R Đăng nhập
R Thứ bảy, 5/12/2026
R Trang chủ
R Thế giới
R Kinh doanh
R Thể thao
R Thế giới > Châu Á
T Nhật Bản nâng mức cảnh báo tuyết ở nhiều tỉnh
A Cơ quan Khí tượng Nhật Bản ngày 5/12 nâng mức cảnh báo tuyết rơi dày tại nhiều tỉnh phía bắc và dọc bờ biển Nhật Bản.
A Giới chức khuyến cáo người dân hạn chế ra ngoài và chuẩn bị nhu yếu phẩm cho ít nhất ba ngày.
A Buổi họp báo tiếp theo dự kiến diễn ra:
A Thứ hai, 7/12/2026
A tại trụ sở cơ quan khí tượng ở Tokyo, số 1-3-4 Otemachi.
A Các hãng hàng không đã hủy hơn 200 chuyến bay nội địa trong ngày hôm nay.
R Chia sẻ
R Tin liên quan
R Hàn Quốc ghi nhận nhiệt độ thấp kỷ lục
R © Bản quyền thuộc về Báo Điện tử.
""",
    "en_licence": """\
R Skip to main content
R Home
R News
R Collections
R Visit
R Home > News
T Museum releases 50,000 photographs for free reuse
R Published 4 December 2026
A The National Museum has released 50,000 photographs from its archive for anyone to download and reuse free of charge.
A The images are available under a Creative Commons Attribution 4.0 licence, except where otherwise stated, the museum said in a statement.
A "We want the collection to be used in classrooms, in books and on the web," said the museum's director.
A All content is available under the Creative Commons licence, except where otherwise stated, reads the notice under each image.
A Photographs of living artists' works are not included in the release.
R Share this page
R Related news
R Museum extends opening hours for the summer
R Accessibility
R Privacy
R Cookies
R All content is available under the Open Government Licence v3.0, except where otherwise stated.
""",
    "sv_news": """\
R Logga in
R Sök
R Nyheter
R Sverige
R Världen
R Ekonomi
R Sport
R Kultur
R Nyheter / Sverige
T Snöovädret slog ut tågtrafiken i Norrland
R Anna Lindqvist
R Publicerad 4 december 2026 kl. 09.12
A Kraftiga snöfall och hårda vindar stoppade under natten all tågtrafik mellan Umeå och Luleå, meddelar Trafikverket.
A Omkring 3 000 resenärer berördes.
A – Vi räknar med att trafiken kommer i gång igen under eftermiddagen, säger Trafikverkets presschef.
A SMHI har utfärdat en orange varning för:
A Västerbottens kustland
A Norrbottens kustland
A Under fredagen väntas ytterligare 30 centimeter snö.
R Dela artikeln
R Facebook
R X
R Kopiera länk
R Läs också
R Vintern kom tidigt i år – så förbereder du bilen
R Mest läst
R Elpriset rusar inför helgen
R Om oss
R Kontakta oss
R Cookies
R Ansvarig utgivare: Erik Holm
R © 2026 Nyhetsportalen
""",
    "cs_news": """\
R Přihlásit
R Zprávy
R Domácí
R Zahraniční
R Ekonomika
R Sport
R Kultura
R Zprávy > Domácí
T Praha prodlouží tramvajovou trať na Barrandov
R Jana Nováková
R 4. prosince 2026 10:15
A Pražská rada schválila prodloužení tramvajové trati na Barrandově o dva kilometry, stavba by měla začít na jaře.
A Nová trať bude mít tři zastávky a obslouží i nové sídliště Holyně.
A „Je to jedna z nejdůležitějších staveb příštího roku,“ řekl náměstek primátora pro dopravu.
A Hlavní údaje:
A délka 2,1 km
A tři nové zastávky
A náklady 1,4 miliardy korun
A Dopravní podnik počítá se zahájením provozu na konci roku 2028.
R Sdílet
R Facebook
R X
R Štítky: doprava, tramvaje, Praha
R Mohlo by vás zajímat
R Metro D: první vlaky pojedou později
R Nejčtenější
R Ceny energií v lednu klesnou
R Diskuse (48)
R Vstoupit do diskuse
R O nás
R Kontakty
R Reklama
R Ochrana osobních údajů
R © 2026 Zpravodaj, a.s. Všechna práva vyhrazena.
""",
    # ===== ROUND 3 (more genres in the round 1 languages: a recipe in hi and ar, a government notice in tr and zh, a
    # news page in id, a Korean blog) ===============================================================================
    "hi_recipe": """\
R होम
R रेसिपी
R नाश्ता
R मिठाई
R होम » रेसिपी » नाश्ता
T पोहा बनाने की आसान विधि
R लेखक: सुनीता शर्मा
R प्रकाशित: 12 नवंबर 2026
A पोहा महाराष्ट्र और मध्य प्रदेश का लोकप्रिय नाश्ता है, जो सिर्फ पंद्रह मिनट में तैयार हो जाता है।
A सामग्री
A 2 कप पोहा
A 1 प्याज
A 2 हरी मिर्च
A 1/2 छोटा चम्मच हल्दी
A नमक स्वादानुसार
A विधि
A पोहे को छलनी में धोकर दस मिनट के लिए रख दें।
A कढ़ाई में तेल गरम करें, राई और करी पत्ता डालें, फिर प्याज भूनें।
A हल्दी, नमक और पोहा डालकर अच्छी तरह मिलाएं और पांच मिनट ढककर पकाएं।
A ऊपर से नींबू का रस और हरा धनिया डालकर परोसें।
R रेसिपी प्रिंट करें
R शेयर करें
R व्हाट्सएप
R फेसबुक
R इसे भी पढ़ें
R उपमा बनाने का तरीका
R इडली सांभर की रेसिपी
R कमेंट करें
R आपका ईमेल पता प्रकाशित नहीं किया जाएगा।
R हमारे बारे में
R संपर्क करें
R प्राइवेसी पॉलिसी
R © 2026 रसोई घर
""",
    "id_news": """\
R Masuk
R Daftar
R Jumat, 04 Des 2026
R Home
R News
R Ekonomi
R Olahraga
R Otomotif
R Tekno
R Home > News > Nasional
T BMKG Peringatkan Cuaca Ekstrem hingga Akhir Pekan
R Dewi Lestari - detikNews
R Jumat, 04 Des 2026 10:15 WIB
A Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi cuaca ekstrem di sejumlah wilayah Indonesia hingga akhir pekan.
A "Masyarakat diimbau tetap waspada terhadap banjir dan tanah longsor," kata Kepala BMKG dalam keterangan pers.
A Wilayah yang perlu waspada antara lain:
A Jawa Barat
A Jawa Tengah
A Sulawesi Selatan
A Papua
A Curah hujan diperkirakan mencapai 150 milimeter per hari di beberapa daerah.
R (dwi/idn)
R Baca juga: Banjir Rendam Ratusan Rumah di Bekasi
R Tag
R cuaca ekstrem
R bmkg
R Bagikan
R Berita Terkait
R Gempa M 5,2 Guncang Maluku
R Terpopuler
R Harga Emas Antam Hari Ini Naik
R Komentar
R Tentang Kami
R Redaksi
R Pedoman Media Siber
R Karir
R Copyright @ 2026 detikcom. All right reserved
""",
    "tr_gov": """\
R Ana Sayfa
R Kurumsal
R Duyurular
R E-Hizmetler
R İletişim
R Ana Sayfa > Duyurular
T Su Kesintisi Duyurusu
R Yayın Tarihi: 03.12.2026
A Şebeke yenileme çalışmaları nedeniyle 5 Aralık 2026 Cumartesi günü saat 09.00 ile 17.00 arasında aşağıdaki mahallelerde su kesintisi yapılacaktır.
A Etkilenecek mahalleler:
A Bahçelievler
A Emek
A Yenişehir
A Vatandaşlarımızın gerekli tedbirleri almaları rica olunur.
A Bilgi için: 185
R Paylaş
R Yazdır
R Diğer Duyurular
R Doğalgaz kesintisi hakkında
R Bu sayfa en son 03.12.2026 tarihinde güncellenmiştir.
R Kişisel Verilerin Korunması
R Erişilebilirlik
R Site Haritası
R © 2026 Belediye Başkanlığı. Tüm hakları saklıdır.
""",
    "zh_gov": """\
R 无障碍
R 长者模式
R 首页
R 政务公开
R 办事服务
R 互动交流
R 当前位置:首页 > 政务公开 > 通知公告
T 关于2027年元旦放假安排的通知
R 发布时间:2026-12-04 来源:市政府办公室
R 字号:大 中 小
A 各区人民政府,市政府各委、办、局:
A 根据国务院办公厅通知精神,现将2027年元旦放假安排通知如下:
A 1月1日(星期五)至3日(星期日)放假调休,共3天。
A 节假日期间,各单位要妥善安排好值班和安全保卫等工作。
A 特此通知。
A 市人民政府办公室
A 2026年12月4日
R 【打印本页】【关闭窗口】
R 相关链接
R 国务院
R 省政府
R 网站地图
R 联系我们
R 主办单位:市人民政府办公室
R 网站标识码:3101000001 沪ICP备12345678号
""",
    "ko_blog": """\
R 블로그
R 카테고리
R 이웃추가
R 본문 바로가기
T 제주도 2박 3일 여행 후기
R 여행하는곰
R 2026. 11. 28. 21:14
R URL 복사
A 지난주에 가족들과 제주도에 다녀왔어요.
A 날씨가 조금 흐렸지만 그래도 정말 즐거운 여행이었답니다.
A 첫째 날
A 공항에서 렌터카를 빌려서 바로 애월 카페거리로 갔어요.
A 둘째 날
A 성산일출봉에 올랐는데 바람이 엄청 불었어요.
A 총 경비
A 항공권 24만 원
A 숙소 18만 원
A 렌터카 9만 원
A 다음에는 꼭 봄에 다시 오고 싶어요~
R #제주도 #제주여행 #가족여행
R 공감 23
R 댓글 5
R 공유하기
R 이 블로그 인기글
R 부산 해운대 맛집 정리
R 이웃추가
R 카테고리 이동
""",
    "ar_recipe": """\
R الرئيسية
R وصفات
R حلويات
R أطباق رئيسية
R الرئيسية » وصفات » حلويات
T طريقة عمل البسبوسة
R بقلم: سارة أحمد
R آخر تحديث: 20 نوفمبر 2026
A البسبوسة من أشهر الحلويات الشرقية وأسهلها تحضيرا في المنزل.
A المكونات
A كوبان من السميد
A كوب من السكر
A كوب من اللبن الزبادي
A نصف كوب من الزبدة المذابة
A طريقة التحضير
A 1. نخلط السميد مع السكر والزبدة جيدا.
A 2. نضيف الزبادي ونقلب حتى يتجانس الخليط.
A 3. نصب الخليط في صينية مدهونة ونخبزها في فرن ساخن لمدة 30 دقيقة.
A 4. نسكب عليها الشربات البارد فور خروجها من الفرن.
A بالهناء والشفاء!
R طباعة
R حفظ
R وصفات مشابهة
R الكنافة بالقشطة
R أم علي
R التعليقات (8)
R أضف تعليقا
R جميع الحقوق محفوظة © 2026 مطبخ سيدتي
""",
}

KNOWN_LOST: dict[str, list[str]] = {}  # (none: every article line of both rounds survives)

RESIDUE_LEFT: dict[str, int] = {
    "ar_news": 1,  # "القاهرة - محمد عبد الله": a place and a name under the headline (see the docstring)
    "tr_gov": 1,  # "Bu sayfa en son 03.12.2026 tarihinde güncellenmiştir.": a page's last update as a sentence (no tr table)
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(
    {key: page for key, page in CASES.items() if key[:2] in SUPPORTED}, RESIDUE_LEFT, KNOWN_LOST
)

_gone = removals_of


def _kept(lines: list[str]) -> list[str]:
    gone = {text for _p, text in _gone(lines)}
    return [line for line in lines if line not in gone]


# -- dates the article announces: a list under its heading, one date under a clause ------------------------------

_JA = [
    "JR東海は4日、年末年始期間の東海道新幹線の指定席予約数が前年同期比で12%増え、過去最多となったと発表した。",
    "同社は臨時列車を1日最大で430本運行する計画だ。",
]
_JA_AFTER = "自由席は特に混雑が予想されるため、同社は指定席の利用を呼びかけている。"
_EN = [
    "The rail operator said on Friday that bookings for the holiday period had risen by twelve percent on last year.",
    "It will run up to 430 extra trains a day and urged passengers to reserve their seats early.",
]
_EN_AFTER = "Unreserved carriages are likely to be especially crowded, the company warned on Friday."
_VI = [
    "Cơ quan Khí tượng Nhật Bản ngày 5/12 nâng mức cảnh báo tuyết rơi dày tại nhiều tỉnh phía bắc và dọc bờ biển.",
    "Giới chức khuyến cáo người dân hạn chế ra ngoài và chuẩn bị nhu yếu phẩm cho ít nhất ba ngày.",
]
_VI_AFTER = "Các hãng hàng không đã hủy hơn 200 chuyến bay nội địa trong ngày hôm nay, theo hãng tin Kyodo."


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        ([*_JA, "主な混雑予想日", "12月28日(月)", "12月29日(火)", "1月3日(日)", _JA_AFTER], slice(3, 6)),
        ([*_JA, "混雑が予想される日は以下のとおりです。", "12月28日(月)", "1月3日(日)", _JA_AFTER], slice(3, 5)),
        ([*_JA, "混雑予想日：", "12月28日(月)", "1月3日(日)", _JA_AFTER], slice(3, 5)),
        ([*_EN, "The next briefing is due on:", "Monday, 7 December 2026", _EN_AFTER], slice(3, 4)),
        ([*_VI, "Buổi họp báo tiếp theo dự kiến diễn ra:", "Thứ hai, 7/12/2026", _VI_AFTER], slice(3, 4)),
    ],
    ids=["ja_heading", "ja_sentence", "ja_colon", "en_one_date", "vi_one_date"],
)
def test_dates_the_article_announces_stay(page: list[str], dates: slice) -> None:
    assert set(page[dates]) <= set(_kept(page))


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # a sidebar's coming events under the article: no sentence under them
        ([*_JA, "今後のイベント", "12月19日(土)", "1月9日(土)", "このページの先頭へ", "© 2026 市立科学館"], [3, 4]),
        ([*_JA, "主な混雑予想日", "12月28日(月) 10:00", "12月29日(火) 10:00", _JA_AFTER], [3, 4]),  # times of day
        ([*_EN, "Last updated:", "Monday, 7 December 2026", _EN_AFTER], [3]),  # a label over one date
        ([*_EN, "Related", "Monday, 7 December 2026", _EN_AFTER], [3]),  # a teaser heading over one date
        ([*_EN, "Key dates:", "Monday, 7 December 2026", "Monday, 7 December 2026", _EN_AFTER], [3, 4]),  # the same date
    ],
    ids=["ja_sidebar", "ja_times", "en_label", "en_teaser", "en_same_date"],
)
def test_dates_no_line_announces_still_go(page: list[str], dates: list[int]) -> None:
    kept = _kept(page)
    assert not any(page[n] in kept for n in dates)


# -- a top bar's date with its weekday (ru, uk, vi) -----------------------------------------------------------------

_TOP = {
    "ru": ("4 декабря 2026, пятница", "Главная", "В Казани откроют третью линию метро",
           "Власти Татарстана объявили, что первый участок третьей линии метро будет запущен в декабре следующего года.",
           "По словам министра транспорта, строители уже завершили проходку тоннеля между станциями."),
    "uk": ("4 грудня 2026, п'ятниця", "Головна", "Нацбанк утримав облікову ставку",
           "Національний банк України вирішив залишити облікову ставку без змін, повідомила пресслужба регулятора.",
           "Правління НБУ пояснило своє рішення тим, що інфляція сповільнюється повільніше, ніж очікувалося."),
    "vi": ("Thứ sáu, 4/12/2026", "Trang chủ", "Cao tốc Bắc - Nam đoạn qua Quảng Ngãi thông xe trước Tết",
           "Bộ Giao thông Vận tải cho biết đoạn cao tốc Quảng Ngãi - Hoài Nhơn dài 88 km sẽ thông xe vào ngày 20/1.",
           "Theo ban quản lý dự án, khối lượng thi công đã đạt 95% và các nhà thầu đang tăng ca để kịp tiến độ."),
}


@pytest.mark.parametrize("lang", sorted(_TOP))
def test_a_top_bars_date_with_its_weekday_goes(lang: str) -> None:
    page = list(_TOP[lang])
    assert ("dateline", page[0]) in _gone(page)


@pytest.mark.parametrize(
    "entries",
    [
        ["1 марта 2026, воскресенье", "Прилетели в Иркутск рано утром, мороз минус двадцать шесть, но солнце светит вовсю.",
         "2 марта 2026, понедельник", "Доехали до Листвянки и весь день ходили по прозрачному льду у самого берега."],
        ["1 березня 2026, неділя", "Прилетіли до Львова рано вранці, мороз мінус п'ятнадцять, але сонце світить щосили.",
         "2 березня 2026, понеділок", "Доїхали до Яремче і весь день ходили стежками вздовж річки Прут у горах."],
    ],
    ids=["ru", "uk"],
)
def test_a_diarys_dated_entries_stay(entries: list[str]) -> None:
    opening = "Я давно мечтал поехать туда зимой, и в этом году наконец решился вместе с братом на десять дней."
    closing = "В следующей записи расскажу про горы и про то, как мы чуть не потеряли фотоаппарат в снегу."
    page = [opening, *entries, closing]
    assert _kept(page) == page


# -- a Vietnamese trail of two parts ---------------------------------------------------------------------------------

_VI_PAGE = [
    "Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao",
    "Cao tốc Bắc - Nam đoạn qua Quảng Ngãi thông xe trước Tết",
    "Bộ Giao thông Vận tải cho biết đoạn cao tốc Quảng Ngãi - Hoài Nhơn dài 88 km sẽ thông xe vào ngày 20/1.",
    "Theo ban quản lý dự án, khối lượng thi công đã đạt 95% và các nhà thầu đang tăng ca để kịp tiến độ.",
]


@pytest.mark.parametrize("trail", ["Thời sự > Giao thông", "Thế giới > Châu Á", "Kinh doanh › Bất động sản"])
def test_a_vietnamese_trail_of_two_parts_goes(trail: str) -> None:
    page = [*_VI_PAGE[:5], trail, *_VI_PAGE[5:]]
    assert trail not in _kept(page)


def test_a_sentence_opening_on_a_section_and_an_arrow_stays() -> None:
    line = "Kinh tế > chính trị, theo ông Minh, là thứ tự ưu tiên của Chính phủ trong năm nay."
    page = [*_VI_PAGE[5:], line, "Ông cho biết các bộ sẽ báo cáo kết quả thực hiện vào cuối quý một năm sau."]
    assert line in _kept(page)


# -- a site's licence for its content, in its footer -----------------------------------------------------------------

_BODY = {
    "en": ["From 10 December applications for housing subsidies can only be submitted online or at a service centre.",
           "Citizens who already receive a subsidy do not need to submit their documents again, the ministry said."],
    "ru": ["С 10 декабря заявление на субсидию можно подать только через портал госуслуг или в многофункциональном центре.",
           "Гражданам, которые уже получают субсидию, не нужно повторно подавать документы, сообщили в министерстве."],
    "uk": ["З 10 грудня заяву на субсидію можна подати лише через портал «Дія» або в центрі надання адміністративних послуг.",
           "Громадянам, які вже отримують субсидію, не потрібно повторно подавати документи, повідомили в міністерстві."],
}
_LICENCE = {
    "en": ("All content is available under the Open Government Licence v3.0, except where otherwise stated.",
           "The photographs are available under a Creative Commons Attribution 4.0 licence, except where otherwise"
           " stated, the museum said in a statement."),
    "ru": ("Все материалы сайта доступны по лицензии Creative Commons Attribution 4.0 International, если не указано иное.",
           "Все материалы сайта доступны по лицензии Creative Commons Attribution 4.0 International, если не указано"
           " иное, сообщили в пресс-службе музея."),
    "uk": ("Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 International, якщо не зазначено інше.",
           "Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 International, якщо не зазначено"
           " інше, повідомили в пресслужбі музею."),
}
_FOOTER = {"en": ["Accessibility", "Privacy"], "ru": ["Доступность", "Конфиденциальность"], "uk": ["Доступність", "Конфіденційність"]}


@pytest.mark.parametrize("lang", sorted(_LICENCE))
def test_a_sites_licence_in_its_footer_goes(lang: str) -> None:
    footer, _news = _LICENCE[lang]
    page = [*_BODY[lang], *_FOOTER[lang], footer]
    kept = _kept(page)
    assert footer not in kept
    assert kept[:2] == _BODY[lang]


@pytest.mark.parametrize("lang", sorted(_LICENCE))
def test_a_licence_told_as_news_stays(lang: str) -> None:
    _footer, news = _LICENCE[lang]
    page = [_BODY[lang][0], news, _BODY[lang][1]]
    assert _kept(page) == page


# -- round 3: a short first paragraph in tr and ar, a list of one-word names, a notice's date, a wave dash ----------

_TR = [
    "Şebeke yenileme çalışmaları nedeniyle 5 Aralık 2026 Cumartesi günü saat 09.00 ile 17.00 arasında aşağıdaki"
    " mahallelerde su kesintisi yapılacaktır.",
    "Kesintinin akşam saatlerinde sona ermesi bekleniyor ve ekipler bölgede nöbetçi olarak çalışmaya devam edecek.",
]
_TR_CLOSE = "Vatandaşlarımızın gerekli tedbirleri almaları rica olunur."


def test_a_list_of_one_word_names_under_its_label_stays() -> None:
    page = [*_TR, "Etkilenecek mahalleler:", "Bahçelievler", "Emek", "Yenişehir", _TR_CLOSE]
    assert _kept(page) == page


@pytest.mark.parametrize(
    "tail",
    [
        ["Mahalleler:", "Bahçelievler", "Emek", "Yenişehir"],  # a label of one word: a menu's or a tag list's
        ["Diğer kategoriler:", "Gündem", "Ekonomi", "Spor"],  # a site's sections
    ],
    ids=["one_word_label", "sections"],
)
def test_one_word_links_under_a_label_still_go(tail: list[str]) -> None:
    page = [*_TR, *tail, _TR_CLOSE]
    assert not set(tail) & set(_kept(page))


_ZH_NOTICE = [
    "根据国务院办公厅通知精神,现将2027年元旦放假安排通知如下:",
    "1月1日(星期五)至3日(星期日)放假调休,共3天。",
    "节假日期间,各单位要妥善安排好值班和安全保卫等工作。",
    "特此通知。",
]


@pytest.mark.parametrize("date", ["2026年12月4日", "二〇二六年十二月四日"])
def test_a_notices_date_of_issue_under_its_signature_stays(date: str) -> None:
    page = [*_ZH_NOTICE, "市人民政府办公室", date, "相关链接", "国务院", "省政府", "网站地图"]
    assert _kept(page)[-2:] == ["市人民政府办公室", date]


def test_a_date_under_no_signature_still_goes() -> None:
    page = [*_ZH_NOTICE, "相关链接", "2026年12月4日", "国务院", "省政府"]
    assert "2026年12月4日" not in _kept(page)


def test_a_heading_over_figures_over_a_sentence_closed_by_a_wave_dash_stays() -> None:
    page = [
        "지난주에 가족들과 제주도에 다녀왔어요.", "날씨가 조금 흐렸지만 그래도 정말 즐거운 여행이었답니다.",
        "성산일출봉에 올랐는데 바람이 엄청 불었어요.", "총 경비", "항공권 24만 원", "숙소 18만 원", "렌터카 9만 원",
        "다음에는 꼭 봄에 다시 오고 싶어요~", "#제주도 #제주여행", "공감 23", "댓글 5", "공유하기",
    ]
    assert _kept(page) == page[:8]


if __name__ == "__main__":
    report(CASES)
