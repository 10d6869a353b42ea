# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 23: pages in eleven languages probed less so far, through the text path.

Forty-five pages, written before the passes and their tables were read, as an extractor or a naive scraper
(menus, footers, everything) outputs them, in Bulgarian, Croatian, Slovenian, Lithuanian, Latvian, Estonian,
Macedonian, Catalan, Bengali and Tagalog (three pages and an article-only control each) and Serbian (two pages in
the Cyrillic script, two in the Latin one, and a control in both): city news with the section menu, "Обновено",
"Objavljeno", "Atnaujinta", "Publicēts", "Avaldatud", "Publicat", "প্রকাশিত", "Nai-publish" stamps, credits
("Снимка:", "Фото:", "Foto:", "nuotr.", "ছবি:", "Larawan"), "read also" teasers, ad markers ("Реклама", "Oglas",
"Reklama", "Reklāma", "Reklaam", "Publicitat", "বিজ্ঞাপন"), share and follow buttons, readers' comments with their
counts, stamps and replies, cookie notices, copyright tails; a recipe (ingredients, numbered steps, rating call,
newsletter, more recipes) and a sports report (sections, stamp, photo, related, footer links) in each. The controls
are article sentences that use the residue's words (advertising, comments, a photo, an author, all rights, a
subscription). Tags: ``A`` article, ``R`` residue, ``T`` either way (headlines, a recipe's part headings).

Measured before any rule change (243 article and 455 residue lines): article lines lost 1, residue lines left 34:

- (1) lost: a Serbian (Latin) "Pročitajte još:" box of two headlines over the article's next paragraph, then a
  share button and a newsletter call the hr tables did not read ("Podelite ovaj članak", "… naš njuzleter …"): two
  headline-and-sentence pairs read as a box of teasers with their summaries, the paragraph among them (every
  paragraph shorter than a summary's 25 words, so the box stood "outside" the text);
- (2) the two lines of a cricket report's breadcrumb over its headline ("খেলা" / "ক্রিকেট"; none of the eleven
  languages had a ``structure.section_name`` table);
- (4) a date alone in the month's genitive ("12. veljače 2025.", "19 de març de 2025"), a lower-case blog byline
  ("от Елена Димитрова"), a Bengali desk's reporter ("ক্রীড়া প্রতিবেদক");
- (4) credits: "Eltos nuotr." (an agency's genitive before "nuotr."), "Larawan mula sa DOTr", a caption closed by its
  credit ("… vrhu. Foto: Matej Zupan", "… 1904. (Фото: Народни музеј)");
- (6) calls and boxes: "Харесахте ли рецептата? Оценете я!", "I-rate ang recipe na ito", Latvian "Pieraksties
  jaunumiem …", Macedonian "Прочитајте повеќе: …", "Galerija (24 fotografije)", a teaser under "Виж още";
- (18) pages no rule reached: an Estonian and a Slovenian sports brief of three short sentences (no line reads as
  prose: nothing anchors the article), a Lithuanian recipe whose headline has a colon over "Autorė: …" (two label
  rows: a fact box), a Macedonian recipe told Serbian (one ќ in the text).

Language detection: every page is told its language but the Serbian pages in the Latin script (told Croatian, by
design: language.py gives Serbian Latin the hr tables) and two Macedonian texts with fewer than two of ѓ, ќ, ѕ (a
recipe in the imperative, a control; told Serbian: ``_macedonian_votes`` asks two of its letters with none of the
others', and Macedonian shares its other letters and most function words with Serbian). Short Slovenian texts of two
or three lines may get no language from the cheap detector (Croatian's function words are most of Slovenian's), and
then only the English tables.

The fixes, all vocabulary but one: ``structure.section_name`` for the eleven languages (the hr table with Serbian's
Latin names); ``credits.credit_suffix`` (a caption closed by its labelled credit, in brackets or after its full stop,
a capitalised name ending the line) for bg, ca, et, hr, lv, mk, sl, sr; dates alone in the month's genitive (ca, hr);
credits (lt's "… nuotr.", tl's "Larawan mula sa …"); calls (bg, tl rating calls, lv "pieraksties", hr "njuzleter"),
"Podelite ovaj članak", mk's "Прочитајте повеќе:" label, bg's "Виж още" heading, bn's desks' reporters, bg's
lower-case "от" byline. In code: a page told Serbian reads the hr tables too (``context._SCRIPT_TWIN``; they are
Latin and never match a Cyrillic line), so Serbian in the Latin script given as Serbian is read as when it is told
Croatian. After: lost 0, left 20 (``RESIDUE_LEFT``: the eighteen lines above, and the two-line Bengali breadcrumb,
over a first paragraph of eight words that is no prose; a one-line section's name over the headline goes now in each
language, ``TRAILS``, and a two-line trail in a script with no capitals, ``structure._subsection``: the subsection's
name was asked a capital, and Bengali's vowel signs and virama are combining marks, no letters to ``\\w``).

Second round (``_ROUND2``: six pages written after the passes and the tables were read, 24 article and 30 residue
lines): a "read also" heading alone over two teasers between two short paragraphs, a share call with its object and
"with friends", the news to the inbox. Before: lost 0, left 23 (the headings "Taip pat skaitykite:", "Lasi arī:",
"Loe ka:", "Прочетете още:", "Llegeix també:" were labels only, read with their teaser on the line, and the teasers
under them stayed; "Pasidalink straipsniu su draugais", "Jaga artiklit sõpradega", …; "Gauk … savo el. pašte",
"Prejmite … v svoj e-poštni predal."). Fixed by vocabulary (``promos.heading`` for bg, ca, et, lt, lv, mk;
``widgets.social`` for bg, ca, et, lt, lv, sl; ``signup.newsletter`` for lt, sl). After: lost 0, left 0.

Third round (``_ROUND3``: seven pages, 21 article and 42 residue lines): an agency's story with the writer and the
agency over it, the reading time, "the article continues after the advertisement" inside the text, and a
subscription wall (the notice, the call with its price, the login for subscribers). Before: lost 0, left 16 ("Raksta
turpinājums pēc reklāmas", "Straipsnis tęsiasi po reklamos", "L'article continua després de la publicitat",
"Artikkel jätkub pärast reklaami"; "Raksts pieejams tikai abonentiem", "Šis straipsnis skirtas tik
prenumeratoriams", the price calls in lv, ca, bg, sr; the whole Tagalog page but its text: "Ni Juan Dela Cruz, PNA",
"Oras ng pagbasa: 3 minuto", its wall). Fixed by vocabulary (``credits.ad_marker`` for ca, et, lt, lv, tl;
``signup.paywall`` for bg, ca, lt, lv, sr, tl, the notices alone with no sentence after them; tl's byline with its
agency and reading time). After: lost 0, left 0.

Fourth round (``_ROUND4``: three pages, 9 article and 15 residue lines, Croatian, Latvian and English: the
teaser-box pass is the same in every language): a "read also" box of two plain headlines over the article's last
short paragraph, then a pair of lines no table reads (a call to the outlet's channel, a line about its app). Before:
lost 3 (each page's last paragraph: the box's second headline and the paragraph, then the call and the line about
the app, read as two headlines each over its summary, every paragraph being shorter than a summary's 25 words),
left 0 (the box took the call and the line with the paragraph). Fixed in ``promos.TeaserBox``: a box of summaries gives its first headline one; a sentence under the second
headline of a box whose first had none is the article's. After: lost 0, left 6 (the call and the line under the text, which the box no longer takes: ``RESIDUE_LEFT``;
a lost paragraph is the worse error).

Dev set: pagecmp ``changed 0/362``; bench_text unchanged (recall P 0.966 R 0.975 F1 0.970; naive P 0.843 R 0.988
F1 0.909).
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    page_text,
    removed,
    report,
    section_trail_tests,
    tagged_probe_tests,
)

import cleaner

_BG = {
    # NAIVE: a Bulgarian news portal: menu, section, stamp "Обновено", photo credit, "Прочетете още", ad, comments, footer
    "bg_news": """\
R Начало
R България
R Свят
R Икономика
R Спорт
R Култура
R Мнения
R България
T Софийският общински съвет одобри нов план за градския транспорт
R Публикувано: 12.03.2025 10:45
R Обновено: 12.03.2025 13:20
R Автор: Мария Петрова
R Снимка: БГНЕС
A Софийският общински съвет одобри в четвъртък нов план за развитие на градския транспорт до 2030 година.
A Планът предвижда 120 нови електрически автобуса и удължаване на три трамвайни линии към крайните квартали.
A Според кмета инвестицията ще бъде над 400 милиона лева, като половината ще дойде от европейски програми.
R Прочетете още: Нови цени на билетите от април
A „Искаме хората да оставят колите си у дома“, каза заместник-кметът по транспорта пред журналисти.
A Опозицията обаче критикува плана заради липсата на ясни срокове за изпълнение.
R Реклама
A Първите нови автобуси трябва да тръгнат по линиите през есента.
R Споделете във Facebook
R Последвайте ни в Google News
R Коментари (14)
R Иван Георгиев
R преди 2 часа
R Дано този път да го направят, а не само да обещават.
R Отговори
R Гост
R преди 1 час
R Пак ще вдигнат цените, ще видите.
R Отговори
R Свързани новини
R Метрото до Божурище се отлага за 2027 г.
R © 2025 Всички права запазени. Използването на материали от сайта без разрешение е забранено.
R Този сайт използва бисквитки. Научете повече.
""",
    # EXTRACTOR: a Bulgarian recipe from a magazine: byline, date, ingredients, steps, share, newsletter, related
    "bg_recipe": """\
T Баница с извара и сирене
R от Елена Димитрова
R 15 януари 2025
A Баницата е едно от най-обичаните ястия на българската трапеза, а тази рецепта е съвсем лесна.
T Необходими продукти:
A 1 пакет кори за баница
A 400 г сирене
A 250 г извара
A 4 яйца
A 1 кофичка кисело мляко
A 100 мл олио
T Начин на приготвяне:
A 1. Натрошете сиренето и смесете с изварата, яйцата и киселото мляко.
A 2. Намазнете всяка кора с олио и плънка и я навийте на руло.
A 3. Печете в загрята фурна на 200 градуса около 40 минути до златисто.
A Поднесете баницата топла с чаша айрян.
R Харесахте ли рецептата? Оценете я!
R Сподели
R Запиши
R Абонирайте се за нашия бюлетин и получавайте нови рецепти всяка седмица.
R Още рецепти
R Тиквеник с орехи
R Козунак без месене
""",
    # NAIVE: a Bulgarian sports story: section, stamp with views, photo caption with credit, ads, related, footer
    "bg_sport": """\
R Спорт
R Футбол
T Лудогорец победи ЦСКА и оглави класирането
R 23 февруари 2025, 21:50
R 1254 прочитания
R Снимка: Архив
A Лудогорец победи ЦСКА с 2:1 в дербито на кръга и се изкачи на първото място в класирането.
A Домакините поведоха още в десетата минута след гол на Кайо Видал.
A ЦСКА изравни малко преди почивката, но в 78-ата минута Рик донесе победата на „орлите“.
A Треньорът на Лудогорец заяви, че отборът е показал характер в трудния мач.
R Реклама
R Виж още
R Левски остава без треньор след загубата в Пловдив
R Етикети: футбол, Лудогорец, ЦСКА
R Всички права запазени © 2025 Спорт Нюз
""",
    # CONTROL: article only; its sentences use the residue's words
    "bg_control": """\
A Рекламата на алкохол по телевизията ще бъде забранена преди 22 часа, реши парламентът.
A Коментарите на министъра предизвикаха остра реакция сред опозицията.
A Снимката, публикувана в социалните мрежи, обиколи света за няколко часа.
A Авторът на книгата сподели, че е писал романа в продължение на десет години.
A Всички права на работниците трябва да бъдат запазени, настояха синдикатите.
A Абонаментът за градския транспорт поскъпва от април с пет лева.
""",
}

_SR = {
    # NAIVE: a Serbian (Cyrillic) portal: menu, stamp "Објављено", author, photo, "Прочитајте још", ad, comments, footer
    "sr_news_cyr": """\
R Насловна
R Политика
R Друштво
R Економија
R Свет
R Спорт
R Култура
T Београд добија нови мост преко Саве до 2027. године
R Објављено: 14.03.2025. у 09:15
R Аутор: Милан Јовановић
R Фото: Танјуг
A Градска управа Београда потписала је у среду уговор о изградњи новог моста преко Саве.
A Мост ће повезати Нови Београд и Чукарицу, а вредност радова процењена је на 180 милиона евра.
A Градоначелник је рекао да ће радови почети већ овог лета и трајати две године.
R Прочитајте још: Нове цене паркинга од априла
A Стручњаци упозоравају да ће саобраћајне гужве током изградње бити велике.
A Град је најавио привремене аутобуске линије за време радова.
R Реклама
R Подели на Фејсбуку
R Коментари (23)
R Петар
R пре 3 сата
R Коначно нешто паметно за овај град.
R Одговори
R Јелена М.
R пре 1 сата
R Видећемо 2030. године.
R Одговори
R Пратите нас на друштвеним мрежама
R © 2025 Сва права задржана.
""",
    # EXTRACTOR: a Serbian (Latin) news site: section, stamp, author, caption, related, newsletter, cookie
    "sr_news_lat": """\
R Vesti
R Društvo
T Novi Sad dobija tri nova vrtića do kraja godine
R Objavljeno: 10.02.2025. 11:30
R Izmenjeno: 10.02.2025. 14:05
R Autor: Ana Nikolić
R Foto: Shutterstock
A Grad Novi Sad najavio je izgradnju tri nova vrtića u naseljima Adice, Veternik i Klisa.
A U vrtićima će biti mesta za ukupno 600 dece, a radovi bi trebalo da budu završeni do decembra.
A Gradonačelnik je istakao da će se tako skratiti liste čekanja koje su prethodnih godina bile dugačke.
R Pročitajte još:
R Upis u vrtiće počinje 1. aprila
R Roditelji nezadovoljni cenama vrtića
A Roditelji su pozdravili odluku, ali traže i više vaspitača.
R Podelite ovaj članak
R Prijavite se na naš njuzleter i dobijajte najvažnije vesti svakog jutra.
R Ovaj sajt koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.
R Prihvatam
""",
    # NAIVE: a Serbian (Latin) sports blog: section, stamp, tags, comments count and comments, copyright
    "sr_sport_lat": """\
R Sport
R Košarka
T Crvena zvezda slavila u Istanbulu
R 27.02.2025. 22:40
R Komentara: 5
A Crvena zvezda pobedila je Efes sa 85:79 u 25. kolu Evrolige i ostala u borbi za plej-of.
A Najefikasniji u timu Crvene zvezde bio je Nebojša Kalinić sa 21 poenom.
A Trener je posle meča rekao da je ekipa pokazala veliki karakter u teškom gostovanju.
R Oglas
R Tagovi: Crvena zvezda, Evroliga, košarka
R Komentari
R Marko_NS
R pre 2 sata
R Bravo momci, samo tako!
R Odgovori
R Pogledajte i
R Partizan izgubio od Reala u Madridu
R Sva prava zadržana © 2025 SportKlik
""",
    # NAIVE: a Serbian (Cyrillic) culture story with a long caption, share, related, footer links
    "sr_culture_cyr": """\
R Култура
T Народни музеј отвара изложбу о Надежди Петровић
R 05.03.2025. 12:00
R Извор: РТС
A Народни музеј у Београду отвара у петак изложбу посвећену сликарки Надежди Петровић.
A Поставка обухвата више од осамдесет слика, од којих неке никада раније нису биле изложене.
A Кустоси су радили две године на прикупљању дела из приватних збирки.
R Надежда Петровић, Ресник, 1904. (Фото: Народни музеј)
A Изложба ће бити отворена до краја јуна, а улаз је бесплатан недељом.
R Поделите
R Твитер
R Фејсбук
R Повезане вести
R Галерија Матице српске обележава јубилеј
R О нама | Контакт | Маркетинг | Услови коришћења
""",
    "sr_control": """\
A Реклама за нови модел телефона повучена је са билборда после жалби грађана.
A Коментари читалаца на сајту показују да је тема изазвала велику пажњу.
A Fotografija sa protesta objavljena je na naslovnim stranama svih dnevnih listova.
A Autor romana rekao je da je knjigu pisao punih deset godina.
A Oglas za posao u gradskoj upravi objavljen je u petak, a prijave traju dve nedelje.
A Sva prava radnika moraju biti poštovana, poručili su sindikati posle sastanka.
""",
}

_HR = {
    # NAIVE: a Croatian portal: menu, stamp "Objavljeno", author, photo with agency, "Pročitajte i", ad, comments, footer
    "hr_news": """\
R Naslovnica
R Vijesti
R Hrvatska
R Svijet
R Sport
R Lifestyle
R Vijesti
R Hrvatska
T Zagreb uvodi nove tramvajske linije od ljeta
R Objavljeno: 18.03.2025. u 08:30
R Ažurirano: 18.03.2025. u 11:12
R Autor: Ivana Horvat
R Foto: Pixsell
A Grad Zagreb od lipnja uvodi dvije nove tramvajske linije koje će povezati Dubravu i Novi Zagreb.
A Na linije će prometovati i dvadeset novih niskopodnih tramvaja nabavljenih europskim novcem.
A Gradonačelnik je na konferenciji za medije rekao da je cilj smanjiti gužve u centru grada.
R Pročitajte i: Cijene javnog prijevoza ostaju iste
A Putnici su novu mrežu uglavnom pozdravili, no traže češće polaske noću.
R Oglas
A ZET najavljuje i novu aplikaciju za kupnju karata do kraja godine.
R Podijeli
R Facebook
R Twitter
R Komentari (31)
R Tomislav K.
R prije 2 sata
R Napokon nešto za Dubravu!
R Odgovori
R Pratite nas na Facebooku i Instagramu
R Najčitanije
R Vozači pozor: zatvara se Slavonska avenija
R © 2025 Sva prava pridržana.
""",
    # EXTRACTOR: a Croatian lifestyle magazine recipe: byline, date, ingredients, steps, newsletter, tags, related
    "hr_recipe": """\
T Fritule kao kod bake
R Piše: Marija Babić
R 12. veljače 2025.
A Fritule su neizostavan dio blagdanskog stola u Dalmaciji, a priprema je jednostavnija nego što mislite.
T Sastojci:
A 500 g glatkog brašna
A 2 jaja
A 1 vrećica suhog kvasca
A 200 ml mlijeka
A korica jednog limuna
A 1 dl rakije
T Priprema:
A 1. Pomiješajte sve sastojke u glatko tijesto i ostavite da se diže sat vremena.
A 2. Žlicom vadite tijesto i pržite ga u vrućem ulju dok ne porumeni.
A 3. Pospite šećerom u prahu i poslužite tople.
R Ocijenite recept
R Podijelite recept
R Pretplatite se na naš newsletter i primajte najbolje recepte na e-mail.
R Tagovi: fritule, slastice, Božić
R Možda vas zanima
R Kroštule s narančom
""",
    # NAIVE: a Croatian sports story: sections, stamp, views, gallery, ad, related, footer links
    "hr_sport": """\
R Sport
R Nogomet
R HNL
T Dinamo svladao Hajduk u derbiju na Maksimiru
R 02.03.2025. 20:55
R Foto: Pixsell / Goran Stanzl
A Dinamo je pobijedio Hajduk s 2:0 u derbiju 24. kola HNL-a pred gotovo 30.000 gledatelja.
A Oba pogotka postigao je Bruno Petković, u 35. i 67. minuti.
A Hajduk je ostao na četiri boda zaostatka za vodećim Rijekom.
R Galerija (24 fotografije)
R Oglas
R Preporučujemo
R Rijeka slavila u Osijeku
R Impressum | Uvjeti korištenja | Politika privatnosti | Kontakt
""",
    "hr_control": """\
A Oglas za natječaj objavljen je u Narodnim novinama, a prijave traju petnaest dana.
A Komentari ministra izazvali su burne reakcije u Saboru.
A Fotografija s dočeka reprezentacije obišla je svijet.
A Autorica knjige rekla je da ju je pisala punih sedam godina.
A Sva prava pacijenata moraju biti zaštićena, poručila je pravobraniteljica.
A Pretplata na javni prijevoz poskupljuje od travnja za deset eura.
""",
}

_SL = {
    # NAIVE: a Slovenian portal: menu, stamp "Objavljeno", author, photo, "Preberite še", ad, comments, footer
    "sl_news": """\
R Novice
R Slovenija
R Svet
R Gospodarstvo
R Šport
R Kultura
T Ljubljana bo poleti zaprla Slovensko cesto za promet
R Objavljeno: 20. 3. 2025 ob 09:10
R Posodobljeno: 20. 3. 2025 ob 12:40
R Avtor: Nina Kranjc
R Foto: Bobo
A Mestna občina Ljubljana bo od julija zaprla del Slovenske ceste za ves motorni promet.
A Na zaprtem odseku bodo uredili pešcone in kolesarske steze ter posadili nova drevesa.
A Župan je dejal, da bo mesto s tem postalo prijaznejše do pešcev in kolesarjev.
R Preberite še: Nove cene parkiranja v centru
A Trgovci na Slovenski cesti se bojijo upada prometa, zato zahtevajo več parkirišč v bližini.
R Oglas
R Deli na Facebooku
R Komentarji (42)
R Janez123
R pred 2 urama
R Končno, Ljubljana brez avtomobilov!
R Odgovori
R Preberite tudi
R Obnova tromostovja se začne jeseni
R Vse pravice pridržane © 2025
R Ta spletna stran uporablja piškotke. Več o piškotkih
""",
    # EXTRACTOR: a Slovenian magazine feature: byline, date, caption with credit, newsletter, tags
    "sl_feature": """\
T Pohod na Triglav: kaj morate vedeti pred vzponom
R Besedilo: Matej Zupan
R 8. julij 2025
A Vsako poletje se na Triglav povzpne več tisoč planincev, a gora ni za nepripravljene.
A Gorski reševalci opozarjajo, da je treba vzpon začeti zgodaj zjutraj, saj so popoldanske nevihte pogoste.
R Pogled s Kredarice proti vrhu. Foto: Matej Zupan
A Obvezna oprema vključuje čelado, samovarovalni komplet in dovolj vode.
A Koče na poti je priporočljivo rezervirati vnaprej, saj so ob koncih tedna polne.
R Naročite se na e-novice in prejemajte nasvete za izlete vsak teden.
R Oznake: Triglav, planinstvo, izleti
R Sorodni članki
R Pet lahkih izletov za družine
""",
    # NAIVE: a Slovenian sports story: section, stamp, source, ad, related, footer
    "sl_sport": """\
R Šport
R Košarka
T Olimpija premagala Zadar in ostaja na vrhu
R 1. 3. 2025, 21:30
R Vir: STA
A Košarkarji Cedevite Olimpije so v 22. krogu lige ABA premagali Zadar s 91:77.
A Najboljši strelec tekme je bil Alen Omić z 19 točkami.
A Olimpija ostaja na prvem mestu lestvice z dvema zmagama prednosti.
R Oglasno sporočilo
R Najbolj brano
R Dončić znova blestel v Los Angelesu
R Kolofon | Pogoji uporabe | Zasebnost | Kontakt
""",
    "sl_control": """\
A Oglas za prosto delovno mesto je bil objavljen v petek, prijave pa zbirajo dva tedna.
A Komentarji poslancev so sprožili burno razpravo v državnem zboru.
A Fotografija z obiska je v nekaj urah obkrožila svet.
A Avtor knjige je povedal, da jo je pisal polnih osem let.
A Vse pravice delavcev morajo biti spoštovane, so poudarili sindikati.
A Naročnina na mestni potniški promet se s prvim aprilom podraži.
""",
}

_LT = {
    # NAIVE: a Lithuanian portal: menu, stamp "Atnaujinta", author, photo "nuotr.", "Taip pat skaitykite", ad, comments
    "lt_news": """\
R Naujienos
R Lietuvoje
R Pasaulyje
R Verslas
R Sportas
R Kultūra
T Vilniuje bus nutiesta nauja dviračių trasa palei Nerį
R Paskelbta: 2025-03-12 09:30
R Atnaujinta: 2025-03-12 12:15
R Autorius: Tomas Kazlauskas
R Asociatyvi nuotr.
A Vilniaus savivaldybė pasirašė sutartį dėl naujos dviračių trasos palei Nerį statybos.
A Trasa bus beveik aštuonių kilometrų ilgio ir sujungs Žvėryną su Antakalniu.
A Darbai turėtų prasidėti gegužę ir baigtis iki rudens, teigė savivaldybės atstovai.
R Taip pat skaitykite: Vilniuje brangsta viešasis transportas
A Dviratininkų bendruomenė sprendimą sutiko palankiai, tačiau prašo daugiau apšvietimo.
R Reklama
R Dalintis
R Komentarai (17)
R Jonas
R prieš 2 val.
R Pagaliau, laukėme daug metų.
R Atsakyti
R Skaitytojas
R prieš 1 val.
R O kas už tai mokės?
R Atsakyti
R Susijusios naujienos
R Kaune atidarytas naujas tiltas
R © 2025 Visos teisės saugomos.
R Ši svetainė naudoja slapukus. Sutinku
""",
    # EXTRACTOR: a Lithuanian recipe: author, date, ingredients, steps, share, newsletter, related
    "lt_recipe": """\
T Šaltibarščiai: tikras vasaros skonis
R Autorė: Rūta Petrauskienė
R 2025 m. birželio 10 d.
A Šaltibarščiai yra vienas mėgstamiausių lietuvių vasaros patiekalų, o paruošti juos visai paprasta.
T Ingredientai:
A 1 l kefyro
A 2 virti burokėliai
A 2 agurkai
A 2 kiaušiniai
A krapų ir svogūnų laiškų
T Gaminimo eiga:
A 1. Burokėlius ir agurkus sutarkuokite arba supjaustykite šiaudeliais.
A 2. Sumaišykite su kefyru, įberkite smulkintų krapų ir svogūnų laiškų.
A 3. Patiekite su karštomis bulvėmis ir virtu kiaušiniu.
R Įvertinkite receptą
R Dalinkitės
R Užsiprenumeruokite naujienlaiškį ir gaukite receptų kiekvieną savaitę.
R Daugiau receptų
R Cepelinai su mėsa
""",
    # NAIVE: a Lithuanian sports story: sections, stamp, source, tags, ad, related, footer
    "lt_sport": """\
R Sportas
R Krepšinis
T „Žalgiris“ įveikė „Real“ ir priartėjo prie atkrintamųjų
R 2025-03-07 22:10
R Šaltinis: BNS
R Eltos nuotr.
A Kauno „Žalgiris“ namuose 84:78 įveikė Madrido „Real“ ekipą ir pakilo į šeštą vietą.
A Rezultatyviausiai nugalėtojų gretose žaidė Keenanas Evansas, pelnęs 22 taškus.
A Treneris po rungtynių sakė, kad komanda parodė didžiulį charakterį.
R Reklama
R Žymės: Žalgiris, Eurolyga, krepšinis
R Daugiau naujienų
R „Rytas“ nusileido „Neptūnui“
R Apie mus | Kontaktai | Privatumo politika
""",
    "lt_control": """\
A Reklama apie alkoholį bus draudžiama visuose interneto portaluose, nusprendė Seimas.
A Ministro komentarai sukėlė opozicijos pasipiktinimą.
A Nuotrauka iš protesto per kelias valandas apskriejo pasaulį.
A Knygos autorius sakė, kad romaną rašė dešimt metų.
A Visos darbuotojų teisės turi būti saugomos, pabrėžė profsąjungos.
A Prenumerata viešajam transportui nuo balandžio brangs penkiais eurais.
""",
}

_LV = {
    # NAIVE: a Latvian portal: menu, stamp "Publicēts", author, photo, "Lasi arī", ad, comments, footer
    "lv_news": """\
R Ziņas
R Latvijā
R Pasaulē
R Ekonomika
R Sports
R Kultūra
T Rīgā atjaunos Akmens tiltu, satiksme būs ierobežota
R Publicēts: 12.03.2025 10:20
R Atjaunots: 12.03.2025 14:05
R Autors: Jānis Bērziņš
R Foto: LETA
A Rīgas dome apstiprināja Akmens tilta atjaunošanas projektu, kas ilgs divus gadus.
A Darbu laikā satiksme pa tiltu būs ierobežota, un tramvaji kursēs pa apvedceļu.
A Projekta izmaksas ir aptuveni 60 miljoni eiro, un lielāko daļu segs Eiropas fondi.
R Lasi arī: Rīgā sadārdzināsies sabiedriskais transports
A Autovadītāji tiek aicināti laikus plānot maršrutus un izmantot sabiedrisko transportu.
R Reklāma
R Dalīties
R Komentāri (9)
R Andris
R pirms 2 stundām
R Beidzot! Tilts bija briesmīgā stāvoklī.
R Atbildēt
R Saistītie raksti
R Daugavpilī atklāts jauns peldbaseins
R © 2025 Visas tiesības aizsargātas.
R Šī vietne izmanto sīkdatnes. Piekrītu
""",
    # EXTRACTOR: a Latvian magazine recipe: author, date, ingredients, steps, newsletter, tags
    "lv_recipe": """\
T Pīrāgi ar speķi kā vecmāmiņai
R Autore: Ilze Kalniņa
R 2025. gada 15. decembris
A Speķa pīrāgi ir neatņemama Latvijas svētku galda sastāvdaļa, un tos nav grūti pagatavot.
T Sastāvdaļas:
A 500 g miltu
A 250 ml piena
A 25 g svaiga rauga
A 300 g kūpināta speķa
A 1 sīpols
T Pagatavošana:
A 1. Iejauc mīklu un ļauj tai rūgt siltā vietā vienu stundu.
A 2. Speķi un sīpolu sagriež sīkos kubiņos un apcep.
A 3. Veido pīrāgus, apziež ar olu un cep 200 grādos 15 minūtes.
R Novērtē recepti
R Pieraksties jaunumiem un saņem jaunas receptes katru nedēļu.
R Birkas: pīrāgi, Ziemassvētki, cepumi
R Līdzīgas receptes
R Rupjmaizes kārtojums
""",
    # NAIVE: a Latvian sports story: sections, stamp, photo, ad, related, footer
    "lv_sport": """\
R Sports
R Hokejs
T Latvijas hokejisti pārbaudes spēlē uzvar Vāciju
R 2025. gada 5. aprīlis 21:15
R Foto: Ekrānšāviņš
A Latvijas hokeja izlase pārbaudes spēlē Rīgā ar 3:2 pārspēja Vācijas komandu.
A Uzvaras vārtus trešās trešdaļas beigās guva Rodrigo Ābols.
A Izlases treneris pēc spēles sacīja, ka ir apmierināts ar komandas spēli aizsardzībā.
R Reklāma
R Populārākie
R Basketbolisti zaudē Lietuvai
R Par mums | Kontakti | Privātuma politika | Reklāma
""",
    "lv_control": """\
A Reklāma par alkoholu televīzijā tiks aizliegta līdz pulksten 22, nolēma Saeima.
A Ministra komentāri izraisīja opozīcijas sašutumu.
A Fotogrāfija no protesta dažu stundu laikā apceļoja pasauli.
A Grāmatas autors stāstīja, ka romānu rakstījis desmit gadus.
A Visas darbinieku tiesības ir jāaizsargā, uzsvēra arodbiedrības.
A Abonements sabiedriskajam transportam no aprīļa sadārdzināsies par pieciem eiro.
""",
}

_ET = {
    # NAIVE: an Estonian portal: menu, stamp "Avaldatud", author, photo, "Loe ka", ad, comments, footer
    "et_news": """\
R Uudised
R Eesti
R Maailm
R Majandus
R Sport
R Kultuur
T Tallinn ehitab Kopli liinile uue trammitee
R Avaldatud: 12.03.2025 09:40
R Uuendatud: 12.03.2025 13:10
R Autor: Kadri Tamm
R Foto: Postimees
A Tallinna linnavalitsus kinnitas Kopli trammiliini rekonstrueerimise kava, mis algab juba mais.
A Tööde ajaks suletakse liin ligi aastaks ning trammi asemel sõidavad asendusbussid.
A Linnapea sõnul muutub uus liin kiiremaks ja mugavamaks ka ratastooliga liikujatele.
R Loe ka: Ühistranspordi piletihinnad tõusevad
A Kohalikud elanikud kardavad, et ehitustööd tekitavad piirkonnas suuri ummikuid.
R Reklaam
R Jaga
R Kommentaarid (12)
R Mart
R 2 tundi tagasi
R Lõpuks ometi!
R Vasta
R Seotud lood
R Tartus avati uus sild
R © 2025 Kõik õigused kaitstud.
R See veebileht kasutab küpsiseid. Nõustun
""",
    # EXTRACTOR: an Estonian magazine recipe: author, date, ingredients, steps, newsletter, related
    "et_recipe": """\
T Kama-vahuvõi magustoit
R Autor: Liis Kask
R 10. jaanuar 2025
A Kama on üks eestlaste lemmikuid toiduaineid ning sellest saab lihtsa ja maitsva magustoidu.
T Koostisosad:
A 500 g hapukoort
A 4 spl kama
A 2 spl suhkrut
A 200 g mustikaid
T Valmistamine:
A 1. Sega hapukoor suhkruga ja lisa kama.
A 2. Lase segul külmkapis pool tundi seista.
A 3. Serveeri mustikatega.
R Hinda retsepti
R Telli uudiskiri ja saa uusi retsepte igal nädalal.
R Sildid: magustoit, kama, retseptid
R Veel retsepte
R Verivorstid ahjus
""",
    # NAIVE: an Estonian sports story: sections, stamp, photo, ad, related, footer
    "et_sport": """\
R Sport
R Korvpall
T Kalev/Cramo alistas Tartu Ülikooli
R 8. märts 2025, 21:05
R Foto: Scanpix
A Kalev/Cramo võitis Eesti-Läti liigas Tartu Ülikooli korvpallimeeskonda 88:80.
A Kalevi parim oli 24 punktiga Kristian Kullamäe.
A Tartu treeneri sõnul otsustas mängu viimane veerandaeg.
R Reklaam
R Loetumad
R Ott Tänak alustas hooaega võiduga
R Meist | Kontakt | Privaatsuspoliitika
""",
    "et_control": """\
A Alkoholi reklaam keelatakse televisioonis enne kella 22, otsustas riigikogu.
A Ministri kommentaarid tekitasid opositsioonis pahameelt.
A Foto meeleavaldusest levis mõne tunniga üle maailma.
A Raamatu autor ütles, et kirjutas romaani kümme aastat.
A Kõik töötajate õigused peavad olema kaitstud, rõhutasid ametiühingud.
A Ühistranspordi kuupilet kallineb aprillist viie euro võrra.
""",
}

_MK = {
    # NAIVE: a Macedonian portal: menu, stamp "Објавено", author, photo, "Прочитајте повеќе", ad, comments, footer
    "mk_news": """\
R Вести
R Македонија
R Свет
R Економија
R Спорт
R Култура
T Скопје добива нова автобуска станица до крајот на годината
R Објавено: 12.03.2025 09:20
R Ажурирано: 12.03.2025 12:45
R Автор: Марија Стојановска
R Фото: МИА
A Градот Скопје потпиша договор за изградба на нова автобуска станица во Аеродром.
A Станицата ќе има дваесет перони и паркинг за повеќе од илјада возила.
A Градоначалникот изјави дека изградбата ќе заврши до крајот на декември.
R Прочитајте повеќе: Поскапува јавниот превоз во Скопје
A Жителите на населбата бараат подобра поврзаност со центарот на градот.
R Реклама
R Сподели
R Коментари (8)
R Горан
R пред 2 часа
R Конечно нешто корисно!
R Одговори
R Поврзани вести
R Нов мост во Битола
R © 2025 Сите права се задржани.
""",
    # EXTRACTOR: a Macedonian recipe: author, date, ingredients, steps, share, newsletter
    "mk_recipe": """\
T Тавче гравче на македонски начин
R Автор: Елена Трајковска
R 20 февруари 2025
A Тавче гравче е едно од најпознатите македонски јадења и секој дом има свој рецепт.
T Состојки:
A 500 г грав тетовец
A 2 главици кромид
A 1 лажица црвен пипер
A 3 лажици масло
A сол и бибер по вкус
T Подготовка:
A 1. Гравот потопете во вода преку ноќ, а потоа сварете го.
A 2. Пропржете го кромидот со пиперот и додадете го во гравот.
A 3. Печете го во земјена тава во рерна околу еден час.
R Оценете го рецептот
R Споделете
R Претплатете се на нашиот билтен за нови рецепти секоја недела.
R Слични рецепти
R Полнети пиперки
""",
    # NAIVE: a Macedonian sports story: sections, stamp, photo, ad, related, footer
    "mk_sport": """\
R Спорт
R Ракомет
T Вардар ја победи Веспрем во Лигата на шампионите
R 06.03.2025 20:50
R Фото: РФСМ
A Вардар ја победи унгарската Веспрем со 31:29 во Лигата на шампионите пред полна сала.
A Најефикасен во редовите на Вардар беше Ѓоко Кузмановски со девет голови.
A Тренерот по натпреварот рече дека екипата одигра храбро до последната секунда.
R Реклама
R Најчитани
R Пелистер го освои купот
R За нас | Контакт | Политика на приватност
""",
    "mk_control": """\
A Рекламата за алкохол на телевизија ќе биде забранета пред 22 часот, одлучи Собранието.
A Коментарите на министерот предизвикаа остра реакција кај опозицијата.
A Фотографијата од протестот за неколку часа обиколи низ светот.
A Авторот на книгата рече дека романот го пишувал десет години.
A Сите права на работниците мора да бидат заштитени, порачаа синдикатите.
A Претплатата за јавниот превоз поскапува од април за сто денари.
""",
}

_CA = {
    # NAIVE: a Catalan portal: menu, stamp "Publicat", "Actualitzat", author, photo, "Llegeix també", ad, comments
    "ca_news": """\
R Portada
R Política
R Societat
R Economia
R Esports
R Cultura
T Barcelona ampliarà la xarxa de bicing fins als barris de muntanya
R Publicat el 12/03/2025 a les 09:30
R Actualitzat el 12/03/2025 a les 13:15
R Redacció
R Foto: ACN
A L'Ajuntament de Barcelona ha aprovat ampliar la xarxa de bicing amb cinquanta noves estacions als barris de muntanya.
A Les noves estacions tindran bicicletes elèctriques per facilitar les pujades més pronunciades.
A L'alcalde ha explicat que les obres començaran al maig i acabaran abans de l'estiu.
R Llegeix també: El preu del transport públic es congela un any més
A Les associacions de veïns han celebrat la notícia, però reclamen més carrils bici segurs.
R Publicitat
R Comparteix
R Comentaris (11)
R Jordi
R fa 2 hores
R Ja era hora que pensessin en el Carmel!
R Respon
R Notícies relacionades
R Girona estrena un nou carril bici
R © 2025 Tots els drets reservats.
R Aquest lloc web utilitza galetes. Accepta
""",
    # EXTRACTOR: a Catalan recipe: author, date, ingredients, steps, share, newsletter, related
    "ca_recipe": """\
T Crema catalana com la de l'àvia
R Per Marta Puig
R 19 de març de 2025
A La crema catalana és el postres tradicional de Sant Josep i es prepara amb ingredients molt senzills.
T Ingredients:
A 1 litre de llet
A 6 rovells d'ou
A 200 g de sucre
A 40 g de midó de blat de moro
A la pell d'una llimona i un bastó de canyella
T Elaboració:
A 1. Bulliu la llet amb la pell de llimona i la canyella.
A 2. Barregeu els rovells amb el sucre i el midó i afegiu-hi la llet calenta.
A 3. Couzeu a foc lent fins que espesseixi i cremeu el sucre per sobre abans de servir.
R Valora aquesta recepta
R Comparteix a Facebook
R Subscriu-te al nostre butlletí i rep les millors receptes cada setmana.
R Més receptes
R Panellets de pinyons
""",
    # NAIVE: a Catalan sports story: sections, stamp, photo, ad, related, footer
    "ca_sport": """\
R Esports
R Futbol
T El Barça guanya el Girona i manté el liderat
R 09/03/2025 - 23:05
R Foto: EFE
A El Barça va guanyar el Girona per 3 a 1 a Montjuïc i continua líder de la Lliga amb tres punts d'avantatge.
A Lewandowski va marcar dos gols i Raphinha va tancar el partit al minut 88.
A L'entrenador va destacar després del partit la maduresa de l'equip en els moments difícils.
R Publicitat
R El més llegit
R L'Espanyol fitxa un davanter argentí
R Avís legal | Política de galetes | Contacte
""",
    "ca_control": """\
A La publicitat d'alcohol a la televisió quedarà prohibida abans de les deu de la nit, ha decidit el Parlament.
A Els comentaris del conseller han provocat una forta reacció de l'oposició.
A La foto de la manifestació va fer la volta al món en poques hores.
A L'autor del llibre va explicar que havia trigat deu anys a escriure la novel·la.
A Tots els drets dels treballadors han de ser respectats, van reclamar els sindicats.
A La subscripció al transport públic s'encarirà cinc euros a partir d'abril.
""",
}

_BN = {
    # NAIVE: a Bengali portal: menu, stamp "প্রকাশিত", "আপডেট", reporter, photo, "আরও পড়ুন", ad, comments
    "bn_news": """\
R প্রচ্ছদ
R জাতীয়
R রাজনীতি
R আন্তর্জাতিক
R খেলা
R বিনোদন
T ঢাকায় মেট্রোরেলের নতুন লাইন চালু হবে আগামী বছর
R নিজস্ব প্রতিবেদক, ঢাকা
R প্রকাশিত: ১২ মার্চ ২০২৫, ১০:৩০
R আপডেট: ১২ মার্চ ২০২৫, ১৪:১৫
R ছবি: সংগৃহীত
A ঢাকায় মেট্রোরেলের নতুন লাইন আগামী বছরের মধ্যে চালু হবে বলে জানিয়েছেন সড়ক পরিবহন মন্ত্রী।
A নতুন লাইনটি কমলাপুর থেকে বিমানবন্দর পর্যন্ত যাবে এবং এতে মোট ষোলটি স্টেশন থাকবে।
A মন্ত্রী বলেন, প্রকল্পের কাজ নির্ধারিত সময়ের মধ্যেই শেষ হবে বলে তিনি আশা করেন।
R আরও পড়ুন: মেট্রোরেলের ভাড়া কমানোর দাবি যাত্রীদের
A যাত্রীরা বলছেন, নতুন লাইন চালু হলে রাজধানীর যানজট অনেকটাই কমবে।
R বিজ্ঞাপন
R শেয়ার করুন
R মন্তব্য (৫)
R রহিম উদ্দিন
R ২ ঘণ্টা আগে
R আশা করি এবার সময়মতো কাজ শেষ হবে।
R উত্তর দিন
R সম্পর্কিত খবর
R চট্টগ্রামে নতুন টানেল উদ্বোধন
R © ২০২৫ সর্বস্বত্ব সংরক্ষিত
""",
    # EXTRACTOR: a Bengali recipe: author, date, ingredients, steps, share, newsletter
    "bn_recipe": """\
T সরিষা ইলিশ রান্নার সহজ রেসিপি
R লিখেছেন: সুমি আক্তার
R ১৫ জানুয়ারি ২০২৫
A সরিষা ইলিশ বাঙালির অন্যতম প্রিয় খাবার, আর এটি রান্না করাও খুব সহজ।
T উপকরণ:
A ইলিশ মাছ ৬ টুকরা
A সরিষা বাটা ৪ টেবিল চামচ
A কাঁচা মরিচ ৬টি
A হলুদ গুঁড়া ১ চা চামচ
A সরিষার তেল ৪ টেবিল চামচ
T প্রণালি:
A ১. মাছে লবণ ও হলুদ মাখিয়ে দশ মিনিট রেখে দিন।
A ২. সরিষা বাটা, কাঁচা মরিচ ও তেল দিয়ে মাছ ঢেকে দিন।
A ৩. ঢাকনা দিয়ে কম আঁচে পনেরো মিনিট রান্না করুন।
R রেসিপিটি শেয়ার করুন
R আমাদের নিউজলেটারে সাবস্ক্রাইব করুন
R আরও রেসিপি
R চিংড়ি মালাইকারি
""",
    # NAIVE: a Bengali cricket report: section, stamp, photo, ad, related, footer
    "bn_cricket": """\
R খেলা
R ক্রিকেট
T শ্রীলঙ্কাকে হারিয়ে সিরিজ জিতল বাংলাদেশ
R ক্রীড়া প্রতিবেদক
R প্রকাশ: ০৮ মার্চ ২০২৫, ২২:১০
R ছবি: বিসিবি
A তৃতীয় ওয়ানডেতে শ্রীলঙ্কাকে চার উইকেটে হারিয়ে সিরিজ জিতেছে বাংলাদেশ।
A প্রথমে ব্যাট করে শ্রীলঙ্কা ২৪৮ রান করে অলআউট হয়।
A জবাবে মেহেদী হাসান মিরাজের অপরাজিত ৭৮ রানে জয় নিশ্চিত করে বাংলাদেশ।
R বিজ্ঞাপন
R সর্বাধিক পঠিত
R সাকিবের অবসর নিয়ে যা বললেন নির্বাচক
R আমাদের সম্পর্কে | যোগাযোগ | গোপনীয়তা নীতি
""",
    "bn_control": """\
A টেলিভিশনে মদের বিজ্ঞাপন রাত দশটার আগে নিষিদ্ধ করার সিদ্ধান্ত নিয়েছে সংসদ।
A মন্ত্রীর মন্তব্য নিয়ে বিরোধী দলের মধ্যে তীব্র প্রতিক্রিয়া দেখা দিয়েছে।
A আন্দোলনের একটি ছবি কয়েক ঘণ্টার মধ্যে সামাজিক মাধ্যমে ছড়িয়ে পড়ে।
A বইটির লেখক জানান, উপন্যাসটি লিখতে তাঁর দশ বছর সময় লেগেছে।
A শ্রমিকদের সব অধিকার সংরক্ষিত রাখতে হবে, দাবি জানিয়েছে শ্রমিক সংগঠনগুলো।
A গণপরিবহনের মাসিক পাসের দাম এপ্রিল থেকে একশো টাকা বাড়ছে।
""",
}

_TL = {
    # NAIVE: a Filipino (Tagalog) portal: menu, stamp "Nai-publish", author, photo, "Basahin din", ad, comments
    "tl_news": """\
R Balita
R Bansa
R Mundo
R Negosyo
R Palaro
R Libangan
T MRT-3, magdadagdag ng mga bagong tren ngayong taon
R Ni Juan Dela Cruz
R Nai-publish: Marso 12, 2025 10:30 AM
R Na-update: Marso 12, 2025 2:15 PM
R Larawan mula sa DOTr
A Magdadagdag ng labindalawang bagong tren ang MRT-3 bago matapos ang taon upang mabawasan ang siksikan ng mga pasahero.
A Ayon sa Department of Transportation, darating ang mga tren mula sa Czech Republic sa Hulyo.
A Sinabi ng kalihim na aabot sa 30 porsiyento ang madadagdag sa kapasidad ng linya.
R Basahin din: Pasahe sa LRT-1, tataas sa Abril
A Ikinatuwa naman ng mga pasahero ang balita pero umaasa silang hindi na tataas ang pamasahe.
R Advertisement
R I-share
R Mga Komento (6)
R Maria S.
R 2 oras ang nakalipas
R Sana matuloy na talaga ito.
R Sumagot
R Mga kaugnay na balita
R Bagong bus route sa EDSA, bubuksan na
R © 2025 Lahat ng karapatan ay nakalaan.
""",
    # EXTRACTOR: a Tagalog recipe blog: author, date, ingredients, steps, share, newsletter, comments
    "tl_recipe": """\
T Adobong Manok na Malinamnam
R Isinulat ni Ana Reyes
R Enero 15, 2025
A Ang adobong manok ay isa sa pinakapaboritong ulam ng mga Pilipino at madali itong lutuin.
T Mga Sangkap:
A 1 kilo manok, hiniwa
A 1/2 tasa toyo
A 1/3 tasa suka
A 1 buong bawang, dinikdik
A 3 dahon ng laurel
T Paraan ng Pagluluto:
A 1. Ibabad ang manok sa toyo at bawang nang tatlumpung minuto.
A 2. Ilagay sa kaserola kasama ang suka at laurel at pakuluan.
A 3. Hinaan ang apoy at hayaang lumapot ang sarsa bago ihain.
R I-rate ang recipe na ito
R Ibahagi sa Facebook
R Mag-subscribe sa aming newsletter para sa mga bagong recipe.
R 3 Komento
R Liza
R Enero 16, 2025
R Salamat sa recipe, ang sarap!
R Sumagot
""",
    # NAIVE: a Tagalog sports story: section, stamp, photo, ad, related, footer
    "tl_sport": """\
R Palaro
R Basketball
T Gilas Pilipinas, wagi kontra Hong Kong
R Marso 1, 2025 9:45 PM
R Kuha ni Mark Santos
A Tinalo ng Gilas Pilipinas ang Hong Kong sa iskor na 94-64 sa FIBA Asia Cup qualifiers sa Mall of Asia Arena.
A Nanguna si Justin Brownlee na may 26 puntos at walong rebound.
A Sinabi ng coach na mas mahigpit ang depensa ng koponan ngayong laro.
R Advertisement
R Pinakabinabasa
R PBA: Ginebra, pasok sa finals
R Tungkol sa Amin | Makipag-ugnayan | Patakaran sa Privacy
""",
    "tl_control": """\
A Ipagbabawal na ang advertisement ng alak sa telebisyon bago mag-alas diyes ng gabi, ayon sa bagong batas.
A Umani ng batikos ang komento ng kalihim tungkol sa pagtaas ng presyo ng bigas.
A Ang larawan mula sa rally ay kumalat sa social media sa loob ng ilang oras.
A Sinabi ng may-akda na sampung taon niyang isinulat ang nobela.
A Dapat igalang ang lahat ng karapatan ng mga manggagawa, giit ng mga unyon.
A Nai-publish na ang listahan ng mga pumasa sa board exam ngayong umaga.
""",
}

CASES: dict[str, str] = {**_BG, **_SR, **_HR, **_SL, **_LT, **_LV, **_ET, **_MK, **_CA, **_BN, **_TL}

# -- round 2: written after the passes and the tables were read, at the gaps they showed ----------------------------

_ROUND2 = {
    # Lithuanian: a "Taip pat skaitykite:" box between two short paragraphs, a share call, the news to the inbox
    "lt_box": """\
T Kaune bus atnaujinta Laisvės alėja
A Kauno savivaldybė paskelbė, kad kitą pavasarį prasidės Laisvės alėjos atnaujinimo darbai.
A Bus pakeista grindinio danga, pasodinta naujų medžių ir įrengta daugiau suoliukų.
R Taip pat skaitykite:
R Kaune brangsta viešasis transportas
R Vilniuje atidarytas naujas tiltas
A Darbai truks beveik dvejus metus, o alėja bus uždaryta dalimis.
A Prekybininkai baiminasi, kad sumažės pirkėjų srautas.
R Pasidalink straipsniu su draugais
R Gauk svarbiausias naujienas kiekvieną rytą savo el. pašte.
""",
    # Latvian: "Lasi arī:" over two teasers inside the text, a share call with its object
    "lv_box": """\
T Liepājā atvērs jaunu koncertzāli
A Liepājas dome paziņoja, ka nākamgad pilsētā tiks atvērta jauna kamermūzikas zāle.
A Zālē būs vieta trīssimt skatītājiem, un tajā uzstāsies arī vietējie mūziķi.
R Lasi arī:
R Rīgā sadārdzināsies sabiedriskais transports
R Daugavpilī atklāts jauns peldbaseins
A Būvniecība izmaksās aptuveni astoņus miljonus eiro.
A Pilsētnieki jaunumu uzņēma ar prieku.
R Dalies ar rakstu draugiem
R Saņem svarīgākās ziņas katru rītu savā e-pastā.
""",
    # Estonian: "Loe ka:" over two teasers inside the text, "Jaga artiklit sõpradega"
    "et_box": """\
T Pärnu saab uue kontserdimaja
A Pärnu linnavalitsus teatas, et järgmisel aastal avatakse linnas uus kammermuusika saal.
A Saalis on kolmsada kohta ning seal hakkavad esinema ka kohalikud muusikud.
R Loe ka:
R Ühistranspordi piletihinnad tõusevad
R Tartus avati uus sild
A Ehitus läheb maksma umbes kaheksa miljonit eurot.
A Linnaelanikud võtsid uudise rõõmuga vastu.
R Jaga artiklit sõpradega
R Saa olulisemad uudised igal hommikul oma postkasti.
""",
    # Bulgarian: "Прочетете още:" over two teasers inside the text, a share call with its object
    "bg_box": """\
T Пловдив ще има нова концертна зала
A Община Пловдив обяви, че догодина в града ще бъде открита нова зала за камерна музика.
A Залата ще има триста места, а в нея ще свирят и местни музиканти.
R Прочетете още:
R Нови цени на билетите от април
R Метрото до Божурище се отлага
A Строежът ще струва около осем милиона лева.
A Жителите на града посрещнаха новината с радост.
R Сподели статията с приятели
R Получавай най-важните новини всяка сутрин на имейла си.
""",
    # Catalan: "Llegeix també:" over two teasers inside the text, a share call with its object
    "ca_box": """\
T Girona tindrà un nou auditori de música de cambra
A L'Ajuntament de Girona ha anunciat que l'any vinent obrirà una nova sala de música de cambra.
A La sala tindrà tres-centes butaques i hi actuaran també músics locals.
R Llegeix també:
R El preu del transport públic es congela
R Girona estrena un nou carril bici
A L'obra costarà uns vuit milions d'euros.
A Els veïns han rebut la notícia amb alegria.
R Comparteix l'article amb els amics
R Rep les notícies més importants cada matí al teu correu.
""",
    # Slovenian: "Preberite tudi:" over two teasers inside the text, a share call, the news to the inbox
    "sl_box": """\
T Maribor dobiva novo koncertno dvorano
A Mestna občina Maribor je sporočila, da bodo prihodnje leto odprli novo dvorano za komorno glasbo.
A Dvorana bo imela tristo sedežev, v njej pa bodo nastopali tudi domači glasbeniki.
R Preberite tudi:
R Nove cene parkiranja v centru
R Obnova tromostovja se začne jeseni
A Gradnja bo stala približno osem milijonov evrov.
A Meščani so novico sprejeli z veseljem.
R Delite članek s prijatelji
R Prejmite najpomembnejše novice vsako jutro v svoj e-poštni predal.
""",
}

CASES.update(_ROUND2)

# -- round 3: a news agency's story behind a subscription wall, an ad inside the text -------------------------------

_ROUND3 = {
    # Latvian: the writer and the agency, the reading time, the text resumed after an ad, a subscription wall
    "lv_paywall": """\
R Jānis Bērziņš, LETA
R Lasīšanas laiks: 3 min
A Valmieras novada dome nolēma pārbūvēt pilsētas stadionu, un darbi sāksies jau šoruden.
A Jaunajā stadionā būs skrejceļš, mākslīgā zāliena laukums un tribīnes tūkstoš skatītājiem.
R Raksta turpinājums pēc reklāmas
A Būvniecības izmaksas pārsniegs četrus miljonus eiro, no kuriem pusi segs valsts.
R Raksts pieejams tikai abonentiem
R Abonē jau tagad tikai par 1 eiro pirmajā mēnesī!
R Jau esi abonents? Pieslēdzies
""",
    # Lithuanian: the same shapes
    "lt_paywall": """\
R Tomas Kazlauskas, BNS
R Skaitymo laikas: 3 min.
A Panevėžio savivaldybė nusprendė rekonstruoti miesto stadioną, darbai prasidės jau šį rudenį.
A Naujajame stadione bus bėgimo takas, dirbtinės dangos aikštė ir tribūnos tūkstančiui žiūrovų.
R Straipsnis tęsiasi po reklamos
A Statybos kainuos daugiau nei keturis milijonus eurų, pusę sumos skirs valstybė.
R Šis straipsnis skirtas tik prenumeratoriams
R Prenumeruokite vos už 1 eurą pirmą mėnesį!
R Jau esate prenumeratorius? Prisijunkite
""",
    # Catalan: the same shapes
    "ca_paywall": """\
R Redacció / ACN
R Temps de lectura: 3 min
A L'Ajuntament de Lleida ha decidit reformar l'estadi municipal i les obres començaran aquesta tardor.
A El nou estadi tindrà pista d'atletisme, camp de gespa artificial i graderies per a mil espectadors.
R L'article continua després de la publicitat
A Les obres costaran més de quatre milions d'euros, la meitat dels quals els pagarà la Generalitat.
R Aquest contingut és exclusiu per a subscriptors
R Subscriu-te per només 1 euro el primer mes!
R Ja ets subscriptor? Inicia sessió
""",
    # Bulgarian: the same shapes
    "bg_paywall": """\
R Мария Петрова, БТА
R Време за четене: 3 мин.
A Община Русе реши да реконструира градския стадион, като работите ще започнат още тази есен.
A Новият стадион ще има лекоатлетическа писта, изкуствена настилка и трибуни за хиляда зрители.
R Статията продължава след рекламата
A Строежът ще струва над осем милиона лева, като половината ще бъдат осигурени от държавата.
R Тази статия е достъпна само за абонати
R Абонирайте се само за 1 лев през първия месец!
R Вече сте абонат? Влезте
""",
    # Serbian (Cyrillic): the same shapes
    "sr_paywall": """\
R Милан Јовановић, Танјуг
R Време читања: 3 мин.
A Град Ниш одлучио је да реконструише градски стадион, а радови ће почети већ ове јесени.
A Нови стадион имаће атлетску стазу, терен са вештачком травом и трибине за хиљаду гледалаца.
R Текст се наставља испод огласа
A Изградња ће коштати више од пет милиона евра, а половину ће обезбедити држава.
R Овај текст је доступан само претплатницима
R Претплатите се за само 1 евро првог месеца!
R Већ сте претплатник? Пријавите се
""",
    # Estonian: the same shapes
    "et_paywall": """\
R Kadri Tamm, ERR
R Lugemisaeg: 3 min
A Pärnu linnavalitsus otsustas rekonstrueerida linnastaadioni ning tööd algavad juba sel sügisel.
A Uuel staadionil on jooksurada, kunstmuruväljak ja tribüünid tuhandele pealtvaatajale.
R Artikkel jätkub pärast reklaami
A Ehitus läheb maksma üle nelja miljoni euro, millest poole katab riik.
R See artikkel on saadaval ainult tellijatele
R Hakka tellijaks vaid 1 euro eest esimesel kuul!
R Oled juba tellija? Logi sisse
""",
    # Tagalog: the same shapes
    "tl_paywall": """\
R Ni Juan Dela Cruz, PNA
R Oras ng pagbasa: 3 minuto
A Nagpasya ang pamahalaang lungsod ng Cebu na ayusin ang lumang istadyum at magsisimula ang trabaho ngayong taglagas.
A Magkakaroon ang bagong istadyum ng running track, artipisyal na damuhan at upuan para sa isang libong manonood.
R Patuloy ang artikulo pagkatapos ng advertisement
A Aabot sa dalawang daang milyong piso ang gastos sa proyekto, kalahati nito ay mula sa pambansang pamahalaan.
R Ang artikulong ito ay para lamang sa mga subscriber
R Mag-subscribe sa halagang 1 piso sa unang buwan!
R Subscriber ka na? Mag-log in
""",
}

CASES.update(_ROUND3)

# -- round 4: a "read also" box of plain headlines over the article's last short paragraph, then a pair of lines no
# table reads (a call to a channel, a line about the app): the paragraph read as the second headline's summary ------

_ROUND4 = {
    # Croatian: the article's last paragraph under the box (every paragraph shorter than a summary's 25 words)
    "hr_box_summary": """\
T Split dobiva novu gradsku knjižnicu
A Grad Split najavio je izgradnju nove gradske knjižnice na Bačvicama.
A Knjižnica će imati čitaonicu, dječji odjel i dvoranu za predavanja.
R Pročitajte još:
R Cijene javnog prijevoza ostaju iste
R Zatvara se Slavonska avenija
A Radovi bi trebali biti gotovi do kraja sljedeće godine.
R Pratite nas i na Viber kanalu
R Sve vijesti dostupne su i u našoj besplatnoj aplikaciji.
""",
    # Latvian: the same shape
    "lv_box_summary": """\
T Cēsīs atvērs jaunu bibliotēku
A Cēsu novada dome paziņoja, ka pilsētā tiks uzbūvēta jauna bibliotēka.
A Tajā būs lasītava, bērnu nodaļa un lekciju zāle.
R Lasi arī:
R Rīgā sadārdzināsies sabiedriskais transports
R Daugavpilī atklāts jauns peldbaseins
A Darbi varētu noslēgties nākamā gada beigās.
R Seko mums arī Telegram kanālā
R Visas ziņas pieejamas arī mūsu bezmaksas lietotnē.
""",
    # English (the teaser-box pass is the same in every language): the same shape
    "en_box_summary": """\
T Springfield to get a new public library
A The city of Springfield announced on Monday that it will build a new public library downtown.
A The library will have a reading room, a children's section and a lecture hall.
R Read more:
R Bus fares stay the same next year
R Main Street to close for repairs
A Works should be finished by the end of next year.
R Follow us on our Telegram channel
R All our news is also available in our free app.
""",
}

CASES.update(_ROUND4)

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a cricket report under two lines of its breadcrumb ("খেলা" / "ক্রিকেট"): its first paragraph, eight words with
    # few function words, is no prose, and the trail goes only over a headline over prose (the trail itself is read
    # now: ``test_a_two_line_trail_in_a_script_with_no_capitals_goes``)
    "bn_cricket": 2,
    # a sports brief of three short sentences (seven to thirteen words, few function words): no line reads as prose,
    # so nothing anchors the article and the passes that judge by its place keep the head and the tail (Slovenian's,
    # 4 left, is told Slovenian since test_lang24 and reads as prose by its stopwords: 0)
    "et_sport": 7,
    # a headline with a colon ("Šaltibarščiai: tikras vasaros skonis") over "Autorė: …": two label rows over the text
    # read as a fact box, whose rows stay
    "lt_recipe": 1,
    # (mk_recipe, told Serbian with one ќ, in "ноќ", left 6 the sr tables do not read: told Macedonian by its words
    # since test_lang24, 0)
    # round 4: a call to the outlet's channel and a line about its app, under the text (no table reads them)
    "hr_box_summary": 2,
    "lv_box_summary": 2,
    "en_box_summary": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# the languages detected otherwise: Serbian in the Latin script is told Croatian by design (language.py: its
# function words are Croatian's, and it gets the hr tables, which take its ekavian forms). (A Macedonian page with
# fewer than two of ѓ, ќ, ѕ, a recipe in the imperative with no future "ќе", was told Serbian; its words tell it since
# test_lang24, ``language._macedonian_by_words``.)
DETECTED = {
    "sr_news_lat": "hr",
    "sr_sport_lat": "hr",
    "sr_control": "hr",
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_pages_language_is_detected(key: str) -> None:
    assert cleaner.explain_text(page_text(CASES[key])).language == DETECTED.get(key, key[:2])


# -- a page given as Serbian reads the hr tables too: its Latin script's residue goes, its Cyrillic text stays -------

_SR_LATIN = [
    "Gradsko veće je u utorak odlučilo da zatvori stari most preko reke zbog popravki do kraja letnjeg raspusta.",
    "Inženjeri su tokom redovne provere u martu pronašli pukotine na dva stuba mosta, saopštilo je veće.",
]


@pytest.mark.parametrize("line", ["Podelite ovaj članak", "Pročitajte još:", "pre 2 sata", "Sva prava zadržana © 2025"])
def test_serbian_latin_residue_goes_with_the_language_given(line: str) -> None:
    result = cleaner.explain_text("\n".join([*_SR_LATIN, line]), language="sr")
    assert result.text.split("\n") == _SR_LATIN, removed(result)


def test_a_serbian_page_in_both_scripts_keeps_its_text_with_the_language_given() -> None:
    page = [*TEXT["sr"], *_SR_LATIN]
    result = cleaner.explain_text("\n".join(page), language="sr")
    assert lost(page, result) == [], removed(result)


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {
    "bg": [
        "Общинският съвет реши във вторник да затвори стария мост над реката за ремонт до края на лятната ваканция.",
        "Инженерите открили пукнатини в две от опорите на моста при рутинна проверка през март, съобщиха от общината.",
    ],
    "sr": [
        "Градско веће је у уторак одлучило да затвори стари мост преко реке због поправки до краја летњег распуста.",
        "Инжењери су током редовне провере у марту пронашли пукотине на два стуба моста, саопштило је веће.",
    ],
    "hr": [
        "Gradsko vijeće u utorak je odlučilo zatvoriti stari most preko rijeke zbog popravaka do kraja ljetnih praznika.",
        "Inženjeri su tijekom redovitog pregleda u ožujku pronašli pukotine na dva stupa mosta, priopćilo je vijeće.",
    ],
    "sl": [
        "Mestni svet je v torek sklenil, da bo stari most čez reko zaradi popravil zaprt do konca poletnih počitnic.",
        "Inženirji so med rednim pregledom marca odkrili razpoke na dveh stebrih mostu, so sporočili z občine.",
        "Dela naj bi stala približno dva milijona evrov, denar pa bo prispevala tudi država.",
    ],
    "lt": [
        "Miesto taryba antradienį nusprendė uždaryti seną tiltą per upę remontui iki pat vasaros atostogų pabaigos.",
        "Inžinieriai per įprastą patikrinimą kovo mėnesį rado įtrūkimų dviejose tilto atramose, pranešė taryba.",
    ],
    "lv": [
        "Pilsētas dome otrdien nolēma slēgt veco tiltu pār upi remontdarbu dēļ līdz pat vasaras brīvlaika beigām.",
        "Inženieri kārtējā pārbaudē martā atrada plaisas divos tilta balstos, paziņoja dome savā paziņojumā.",
    ],
    "et": [
        "Linnavolikogu otsustas teisipäeval sulgeda vana jõesilla remonditöödeks kuni suvepuhkuse lõpuni, sest see on ohtlik.",
        "Insenerid leidsid märtsis tavapärase ülevaatuse käigus kahest sillasambast pragusid, teatas volikogu oma pressiteates.",
    ],
    "mk": [
        "Градскиот совет во вторникот одлучи стариот мост преку реката да биде затворен поради поправки, а тој ќе остане затворен до крајот на летниот распуст.",
        "Инженерите пронајдоа пукнатини на два столба од мостот при редовната проверка во март, соопшти советот, кој ќе ги објави деталите следната недела.",
    ],
    "ca": [
        "El consell municipal va decidir dimarts tancar el pont vell sobre el riu per reparacions fins al final de les vacances d'estiu.",
        "Els enginyers van trobar esquerdes en dos pilars del pont durant una inspecció rutinària al març, segons ha informat el consell.",
    ],
    "bn": [
        "নগর পরিষদ মঙ্গলবার নদীর ওপরের পুরোনো সেতুটি গ্রীষ্মের ছুটির শেষ পর্যন্ত মেরামতের জন্য বন্ধ রাখার সিদ্ধান্ত নিয়েছে।",
        "মার্চে নিয়মিত পরিদর্শনের সময় প্রকৌশলীরা সেতুর দুটি খুঁটিতে ফাটল খুঁজে পান, এক বিবৃতিতে জানিয়েছে পরিষদ।",
    ],
    "tl": [
        "Nagpasya ang konseho ng lungsod noong Martes na isara ang lumang tulay sa ilog para sa pagkukumpuni hanggang matapos ang bakasyon.",
        "Nakakita ang mga inhinyero ng mga bitak sa dalawang haligi ng tulay sa regular na inspeksyon noong Marso, ayon sa konseho.",
    ],
}

GOES: list[tuple[str, str, str]] = [
    # a recipe's rating call
    ("bg", "Харесахте ли рецептата? Оценете я!", "call-to-action"),
    ("tl", "I-rate ang recipe na ito", "call-to-action"),
    # a date alone on its line, in the month's genitive or with a bare time
    ("ca", "19 de març de 2025", "dateline"),
    ("hr", "12. veljače 2025.", "dateline"),
    # a desk's reporter
    ("bn", "ক্রীড়া প্রতিবেদক", "byline"),
    # credits: a name before "nuotr.", the photo's source without a colon
    ("lt", "Eltos nuotr.", "image-credit"),
    ("lt", "Luko Balandžio / 15min nuotr.", "image-credit"),
    ("tl", "Larawan mula sa DOTr", "image-credit"),
    # a gallery's button with its count
    ("hr", "Galerija (24 fotografije)", "site-chrome"),
    # Serbian's Latin calls, read by the hr tables
    ("hr", "Prijavite se na naš njuzleter i dobijajte najvažnije vesti svakog jutra.", "newsletter-prompt"),
    ("hr", "Podelite ovaj članak", "social-buttons"),
    ("lv", "Pieraksties jaunumiem un saņem jaunas receptes katru nedēļu.", "newsletter-prompt"),
    # a teaser's label
    ("mk", "Прочитајте повеќе: Поскапува јавниот превоз во Скопје", "promo-label"),
    # a caption closed by its labelled credit (table credit_suffix)
    ("sr", "Надежда Петровић, Ресник, 1904. (Фото: Народни музеј)", "image-credit"),
    ("hr", "Navijači Dinama slave pobjedu na Maksimiru. Foto: Goran Stanzl/Pixsell", "image-credit"),
    ("hr", "Izložba u Narodnom muzeju otvorena je do kraja juna. (Foto: Narodni muzej)", "image-credit"),
    ("bg", "Кметът по време на заседанието в четвъртък. Снимка: БГНЕС", "image-credit"),
    ("mk", "Градоначалникот при потпишувањето на договорот. (Фото: МИА)", "image-credit"),
    ("lv", "Rīgas dome sēdes laikā ceturtdien. Foto: Jānis Bērziņš", "image-credit"),
    ("et", "Linnapea pressikonverentsil neljapäeval. Foto: Mihkel Maripuu", "image-credit"),
    ("ca", "L'alcalde durant la presentació del projecte. Foto: ACN", "image-credit"),
    # round 2: a share call with its object, the news to the inbox
    ("lt", "Pasidalink straipsniu su draugais", "social-buttons"),
    ("lv", "Dalies ar rakstu draugiem", "social-buttons"),
    ("et", "Jaga artiklit sõpradega", "social-buttons"),
    ("bg", "Сподели статията с приятели", "social-buttons"),
    ("ca", "Comparteix l'article amb els amics", "social-buttons"),
    ("sl", "Delite članek s prijatelji", "social-buttons"),
    ("lt", "Gauk svarbiausias naujienas kiekvieną rytą savo el. pašte.", "newsletter-prompt"),
    ("sl", "Prejmite najpomembnejše novice vsako jutro v svoj e-poštni predal.", "newsletter-prompt"),
    # round 3: the text resumed under an ad, a subscription wall, the writer and the agency, the reading time
    ("lv", "Raksta turpinājums pēc reklāmas", "ad-marker"),
    ("lt", "Straipsnis tęsiasi po reklamos", "ad-marker"),
    ("ca", "L'article continua després de la publicitat", "ad-marker"),
    ("et", "Artikkel jätkub pärast reklaami", "ad-marker"),
    ("tl", "Patuloy ang artikulo pagkatapos ng advertisement", "ad-marker"),
    ("lv", "Raksts pieejams tikai abonentiem", "paywall"),
    ("lv", "Abonē jau tagad tikai par 1 eiro pirmajā mēnesī!", "paywall"),
    ("lt", "Šis straipsnis skirtas tik prenumeratoriams", "paywall"),
    ("ca", "Subscriu-te per només 1 euro el primer mes!", "paywall"),
    ("bg", "Абонирайте се само за 1 лев през първия месец!", "paywall"),
    ("sr", "Претплатите се за само 1 евро првог месеца!", "paywall"),
    ("tl", "Ang artikulong ito ay para lamang sa mga subscriber", "paywall"),
    ("tl", "Mag-subscribe sa halagang 1 piso sa unang buwan!", "paywall"),
    ("tl", "Subscriber ka na? Mag-log in", "paywall"),
    ("tl", "Oras ng pagbasa: 3 minuto", "dateline"),
]

STAYS: list[tuple[str, str]] = [
    ("bg", "Харесахте ли рецептата? Оценете я, казва готвачката, като я опитате и с домашно сирене."),
    ("bg", "От Елена Димитрова, собственичка на пекарната, научихме, че тайната е в домашните кори."),
    ("tl", "Hiniling ng chef sa mga manonood na i-rate ang recipe na ito sa kanilang website."),
    ("ca", "El 19 de març de 2025 el ple de l'Ajuntament va aprovar el pla de manera definitiva."),
    ("hr", "Do 12. veljače 2025. svi zahtjevi moraju biti predani gradskom uredu za prostorno uređenje."),
    ("bn", "ক্রীড়া প্রতিবেদক হিসেবে তিনি দুই দশক ধরে দেশের ক্রিকেট নিয়ে লিখেছেন।"),
    ("lt", "Eltos nuotr. archyve saugoma daugiau nei milijonas nuotraukų iš visos Lietuvos."),
    ("tl", "Larawan mula sa DOTr ang ginamit ng ahensya sa kanilang ulat tungkol sa proyekto."),
    ("hr", "U galeriji (24 fotografije) izloženi su radovi mladih autora iz cijele zemlje."),
    ("hr", "Stotine čitatelja prijavile su se na njuzleter gradske knjižnice već u prvom tjednu."),
    ("hr", "Podelite ovaj članak sa prijateljima, poručila je policija, kako bi što više ljudi prepoznalo prevaru."),
    ("lv", "Pieraksties jaunumiem un saņem atlaidi, sola veikals, taču pircēji ir neapmierināti."),
    ("mk", "Прочитајте повеќе за историјата на градот во новата книга на Петре Петровски."),
    # a label after a sentence that goes on as a sentence is the article's
    ("sr", "Конкурс има две категорије. Фото: за најбољу фотографију града, и видео: за најбољи кратки филм."),
    ("hr", "Natječaj ima dvije kategorije. Foto: za najbolju fotografiju grada, i video: za najbolji kratki film."),
    ("hr", "Konkurs ima dve kategorije. Foto: Beograd noću je tema ovogodišnjeg izdanja, rekli su organizatori."),
    ("sl", "Natečaj ima dve kategoriji. Foto: za najboljšo fotografijo mesta, in video: za najboljši kratki film."),
    ("bg", "Конкурсът има две категории. Снимка: за най-добра снимка на града, и видео: за най-добър кратък филм."),
    ("mk", "Конкурсот има две категории. Фото: за најдобра фотографија на градот, и видео: за најдобар краток филм."),
    ("lv", "Konkursam ir divas kategorijas. Foto: par labāko pilsētas attēlu, un video: par labāko īsfilmu."),
    ("et", "Konkursil on kaks kategooriat. Foto: linna parim pilt, ja video: parim lühifilm, ütlesid korraldajad."),
    ("ca", "El concurs té dues categories. Foto: per a la millor imatge de la ciutat, i vídeo: per al millor curt."),
    ("lt", "Pasidalink straipsniu su draugais, ragina bibliotekininkai, nes taip daugiau žmonių sužinos apie skaitymo akciją."),
    ("et", "Jaga artiklit sõpradega, palus politsei, et võimalikult paljud inimesed petuskeemi ära tunneksid."),
    ("bg", "Сподели статията с приятели, призова полицията, за да могат повече хора да разпознаят измамата."),
    ("ca", "Comparteix l'article amb els amics, demana la policia, perquè més gent reconegui l'estafa."),
    ("sl", "Delite članek s prijatelji, poziva policija, da bi čim več ljudi prepoznalo prevaro."),
    ("lt", "Gauk naujienas apie eismo pakeitimus el. pašte, siūlo savivaldybė gyventojams."),
    ("sl", "Prejmite novice o izidih tekmovanja po e-pošti, so sporočili organizatorji dirke."),
    ("lv", "Raksta turpinājums pēc reklāmas pauzes tika pārraidīts tiešraidē vēlu vakarā."),
    ("lt", "Straipsnis tęsiasi po reklamos pertraukos, kurią laikraštis įdėjo pačiame viduryje."),
    ("ca", "L'article continua després de la publicitat d'una marca de cotxes que ocupa mitja pàgina."),
    ("tl", "Patuloy ang artikulo pagkatapos ng advertisement ng isang kompanya ng sasakyan sa gitna ng pahina."),
    ("lv", "Raksts pieejams tikai abonentiem, paskaidroja izdevējs, jo kvalitatīva žurnālistika maksā naudu."),
    ("lv", "Abonē par 5 eiro mēnesī, iesaka bibliotēka tiem, kas vēlas lasīt e-grāmatas."),
    ("lt", "Šis straipsnis skirtas tik prenumeratoriams, aiškino leidėjas, nes kokybiška žurnalistika kainuoja."),
    ("ca", "Subscriu-te per 5 euros al mes, proposa la biblioteca a qui vulgui llegir llibres electrònics."),
    ("bg", "Абонирайте се за 5 лева месечно, съветва библиотеката тези, които искат да четат електронни книги."),
    ("sr", "Претплатите се за 5 евра месечно, саветује библиотека онима који желе да читају електронске књиге."),
    ("tl", "Ang artikulong ito ay para lamang sa mga subscriber, paliwanag ng publisher, dahil may gastos ang pamamahayag."),
    ("tl", "Ni Juan Dela Cruz, PNA, ang ulat na ito ay unang lumabas noong Lunes ng umaga."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- a "read also" heading alone over its teasers inside the text: the box goes, a sentence opening on it stays -----

READ_ALSO = [
    ("lt", "Taip pat skaitykite:", ["Kaune brangsta viešasis transportas", "Vilniuje atidarytas naujas tiltas"],
     "Taip pat skaitykite Žemaitės apsakymus, kuriuos mokiniai nagrinėja aštuntoje klasėje."),
    ("lv", "Lasi arī:", ["Rīgā sadārdzināsies sabiedriskais transports", "Daugavpilī atklāts jauns peldbaseins"],
     "Lasi arī Blaumaņa stāstus, ko skolēni apgūst astotajā klasē, iesaka skolotāja."),
    ("et", "Loe ka:", ["Ühistranspordi piletihinnad tõusevad", "Tartus avati uus sild"],
     "Loe ka Tammsaare romaane, mida õpilased kaheksandas klassis käsitlevad, soovitab õpetaja."),
    ("bg", "Прочетете още:", ["Нови цени на билетите от април", "Метрото до Божурище се отлага"],
     "Прочетете още разказите на Елин Пелин, които учениците изучават в осми клас, съветва учителката."),
    ("ca", "Llegeix també:", ["El preu del transport públic es congela", "Girona estrena un nou carril bici"],
     "Llegeix també els contes de Mercè Rodoreda que els alumnes treballen a vuitè, recomana la mestra."),
    ("mk", "Прочитајте уште:", ["Поскапува јавниот превоз", "Нов мост во Битола"],
     "Прочитајте уште раскази од Блаже Конески, кои учениците ги учат во осмо одделение, советува наставничката."),
]


@pytest.mark.parametrize(("lang", "heading", "box", "sentence"), READ_ALSO)
def test_a_read_also_box_inside_the_text_goes(lang: str, heading: str, box: list[str], sentence: str) -> None:
    page = [TEXT[lang][0], heading, *box, *TEXT[lang][1:]]
    result = cleaner.explain_text("\n".join(page))
    assert result.text.split("\n") == TEXT[lang], removed(result)


@pytest.mark.parametrize(("lang", "heading", "box", "sentence"), READ_ALSO)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_sentence_opening_on_a_read_also_heading_stays(
    lang: str, heading: str, box: list[str], sentence: str, position: str
) -> None:
    text = {"head": [sentence, *TEXT[lang]], "middle": [TEXT[lang][0], sentence, *TEXT[lang][1:]], "tail": [*TEXT[lang], sentence]}[position]
    result = cleaner.explain_text("\n".join(text))
    assert lost(text, result) == [], removed(result)


_SECTION = "a section's name over the headline"

# a subsection's name in a script with no capitals, its vowel signs combining marks (``structure._subsection``)
TRAILS_CASELESS = [
    ("bn", ["খেলা", "ক্রিকেট"], "গ্রীষ্মের শেষ পর্যন্ত বন্ধ থাকবে পুরোনো সেতু"),
]


@pytest.mark.parametrize(("lang", "trail", "title"), TRAILS_CASELESS)
def test_a_two_line_trail_in_a_script_with_no_capitals_goes(lang: str, trail: list[str], title: str) -> None:
    result = cleaner.explain_text("\n".join([*trail, title, *TEXT[lang]]))
    assert [r.text for r in result.removed if r.reason == _SECTION] == trail, removed(result)
    assert lost(TEXT[lang], result) == []


@pytest.mark.parametrize(("lang", "trail", "title"), TRAILS_CASELESS)
def test_a_trail_under_no_sections_name_stays(lang: str, trail: list[str], title: str) -> None:
    # (a kicker alone over the headline, or two words over it with no section's name first, are not judged)
    for over in (["এক্সক্লুসিভ"], ["সাক্ষাৎকার", "এক্সক্লুসিভ"]):
        result = cleaner.explain_text("\n".join([*over, title, *TEXT[lang]]))
        assert [r.text for r in result.removed if r.reason == _SECTION] == [], removed(result)


# -- a teaser box with its summaries: each headline from the first over its sentence goes; a sentence under the
# second headline of a box whose first had none is the article's ------------------------------------------------

_HR_BOX = ["Pročitajte još:", "Cijene javnog prijevoza ostaju iste", "Zatvara se Slavonska avenija"]


def test_a_box_with_a_summary_under_each_headline_after_the_text_goes() -> None:
    box = [
        "Pročitajte još:",
        "Cijene javnog prijevoza ostaju iste",
        "Gradsko vijeće odlučilo je da cijene karata ostaju iste i sljedeće godine.",
        "Zatvara se Slavonska avenija",
        "Zbog radova na kolektoru promet će biti preusmjeren tijekom cijelog ljeta.",
    ]
    result = cleaner.explain_text("\n".join([*TEXT["hr"], *box]))
    assert result.text.split("\n") == TEXT["hr"], removed(result)


def test_a_paragraph_under_a_box_of_plain_headlines_stays_whatever_pairs_follow() -> None:
    # (paragraphs shorter than a summary's 25 words: nothing puts the box inside the text)
    text = [
        "Grad Split najavio je izgradnju nove gradske knjižnice na Bačvicama.",
        "Knjižnica će imati čitaonicu, dječji odjel i dvoranu za predavanja.",
    ]
    last = "Radovi bi trebali biti gotovi do kraja sljedeće godine."
    page = [*text, *_HR_BOX, last, "Pratite nas i na Viber kanalu", "Sve vijesti dostupne su i u našoj besplatnoj aplikaciji."]
    result = cleaner.explain_text("\n".join(page))
    assert lost([*text, last], result) == [], removed(result)
    assert [r.text for r in result.removed if r.pass_name == "teaser-box"] == _HR_BOX


# -- a section's name over the headline ------------------------------------------------------------------------

TRAILS = [
    ("bg", ["Икономика"], "Старият мост остава затворен до края на лятото"),
    ("sr", ["Друштво"], "Стари мост затворен до краја лета"),
    ("hr", ["Vijesti"], "Stari most zatvoren do kraja ljeta"),
    ("sl", ["Novice"], "Stari most bo zaprt do konca poletja"),
    ("lt", ["Naujienos"], "Senasis tiltas uždarytas iki vasaros pabaigos"),
    ("lv", ["Ziņas"], "Vecais tilts slēgts līdz vasaras beigām"),
    ("et", ["Uudised"], "Vana sild suletakse suve lõpuni"),
    ("mk", ["Економија"], "Стариот мост затворен до крајот на летото"),
    ("ca", ["Societat"], "El pont vell tancarà fins al final de l'estiu"),
    ("bn", ["জাতীয়"], "গ্রীষ্মের শেষ পর্যন্ত বন্ধ থাকবে পুরোনো সেতু"),
    ("tl", ["Balita"], "Lumang tulay, sarado hanggang katapusan ng bakasyon"),
]

test_a_sections_name_over_the_headline_goes, test_a_sections_word_as_a_one_word_title_stays = section_trail_tests(
    TEXT, TRAILS
)


if __name__ == "__main__":
    report(CASES)
