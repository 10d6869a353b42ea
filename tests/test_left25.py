# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Left 25: residue left on news pages in the thirteen languages with mid-sized tables, through the text path.

Round 1 (``_ROUND1``: 47 pages written before the passes and their tables were read, in Romanian, Czech, Slovak,
Ukrainian, Bulgarian, Swedish, Danish, Norwegian, Turkish, Arabic, Japanese, Korean and Chinese; 225 article and 446
residue lines): a portal's page as a naive scraper outputs it (the section menu, "published" and "updated" stamps, the
author, the photo's credit, a "read also" teaser, an ad marker, share and follow buttons, readers' comments with their
counts, ages and reply buttons, a most-read box, the copyright tail, the cookie bar), an extractor's output (byline and
date, reading time, a teaser, the newsletter call, tags, the comment form's heading and notices), a recipe (byline,
ingredients, steps, rating call, save button, more recipes) or a football report, and an article-only control in each
language whose sentences use the residue's words (advertising, comments, a photo, the author, all rights, "read
also"). Tags: ``A`` article, ``R`` residue, ``T`` either way (headlines, a recipe's part headings, and its preparation
time: "Doba přípravy: 3 hodiny", "45 min", "調理時間：30分" were written ``R`` and are ``T`` now, as the project keeps
"Prep time: 45 minutes" with the recipe). Measured on the session's base (main at 50889e4): article lines lost 0,
residue lines left 32 (27 without the five preparation times):

- (7) a Slovak page told Czech: the pair votes as one and its words only one of them spells so pick it; the page had
  none of either, the tie went to Czech, and the Czech tables missed "Súvisiace články", "Komentáre", "Odpovedať"
  and the comment under them;
- (11) vocabulary: Turkish "İlginizi Çekebilir: …", "Tarifi beğendiniz mi? Puan verin", "Diğer Tarifler" (and the two
  recipes under it), Arabic tags on their label's line ("الكلمات الدالة: الضرائب، الحكومة"), Korean "▶ 관련기사 보기",
  Norwegian "Du må være innlogget for å kommentere", Romanian "newsletter-ul nostru" (the suffix glued to the
  loanword), Chinese "【免责声明】…" (its label in brackets, not before a colon), the recipe's byline "Recept: Karin Berg";
- (2) Chinese related recipes closing the page under "猜你喜欢": the short titles under a teaser heading are asked to
  open on a capital, and Han has none;
- (7) left (``RESIDUE_LEFT``, reasons there): bare names (cs, sv, tr), a Norwegian page told Danish (two lines), a
  recipe byline in a fact box (cs), a Turkish recipe byline.

The fixes: ``language._pick`` reads the letters only one of Czech and Slovak writes (ě ř ů; ä ľ ĺ ŕ ô): three of one
side's and none of the other's decide before the words; the vocabulary, in each language's table (``promos.label``,
``promos.heading``, ``promos.cta`` tr; ``promos.heading`` ar; ``promos.heading`` ko; ``comments.section_start`` and
``ui`` no; ``signup.newsletter`` ro; ``credits.copyright`` zh; ``metadata.byline`` cs, sv);
``promos._closing_names`` takes a title opening on a letter of a script without case (Han, kana, Hangul, Arabic) as it
takes a capitalised one. After: lost 0, left 7. Tried and left out: Turkish in ``structure._LONG_WORDS`` (three
quarters of the words anchor the article, as Finnish and Hungarian): it took "Mehmet Kaya", but keep 19's menus over a
Turkish footer's sentence of nine or ten words stayed.

Round 2 (``_ROUND2``: ten pages written after the tables were read, aimed at the calls to the outlet's channels and
the newer residue: 30 article and 55 residue lines). Before: lost 0, left 6: Ukrainian "Читайте нас у Telegram:
<tagline>", "Підписуйтеся на наш YouTube-канал", "Долучайтеся до нашої сторінки у Facebook"; Arabic "تابعوا آخر الأخبار
عبر قناتنا على تلغرام"; Korean "네이버에서 예시일보를 구독하세요" (the table's guard leaves a line closing on 요 to the
article); Chinese "更多精彩内容，请下载客户端". Fixed in the tables (``promos.cta`` uk, ar, zh; ``signup.newsletter`` ko,
the portal named). After: lost 0, left 0.

Dev set: pagecmp ``changed 0/362``.
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
    tagged_probe_tests,
)

import cleaner
from cleaner import language

_RO = {
    # NAIVE: a Romanian news portal: menu, section, stamps, author, photo credit, "Citește și", ad, share, comments, footer
    "ro_news": """\
R Acasă
R Actualitate
R Politică
R Economie
R Sport
R Externe
R Monden
R Actualitate
T Primăria Capitalei pregătește un nou plan de transport public
R Publicat: 12.03.2025, 10:45
R Actualizat: 12.03.2025, 13:20
R Autor: Andreea Popescu
R Foto: Inquam Photos / Octav Ganea
A Consiliul General al Municipiului București a aprobat joi un plan de modernizare a transportului public până în 2030.
A Planul prevede achiziția a 120 de autobuze electrice și prelungirea a trei linii de tramvai spre cartierele din vest.
A Potrivit primarului general, investiția va depăși 400 de milioane de euro, jumătate din bani urmând să vină din fonduri europene.
R Citește și: Prețul biletelor STB crește din aprilie
A „Vrem ca oamenii să își lase mașina acasă”, a declarat viceprimarul responsabil de transporturi.
A Opoziția a criticat însă lipsa unui calendar clar de implementare.
R Publicitate
A Primele autobuze noi ar urma să circule din toamnă.
R Distribuie pe Facebook
R Urmărește-ne pe Google News
R Comentarii (14)
R Ion Marinescu
R acum 2 ore
R Sper că de data asta se face ceva, nu doar promisiuni.
R Răspunde
R Vizitator
R acum 1 oră
R Iar o să crească prețurile, o să vedeți.
R Răspunde
R Cele mai citite
R Metroul din Drumul Taberei, din nou închis
R Cutremur de 4,2 grade în Vrancea
R © 2025 Toate drepturile rezervate.
R Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Sunt de acord
""",
    # EXTRACTOR: a Romanian story with byline, "Citește mai mult", newsletter, photo caption credit, tags, comments
    "ro_extract": """\
T Guvernul amână majorarea TVA
R de Mihai Ionescu
R 3 februarie 2025, 08:30
A Guvernul a decis luni să amâne cu șase luni majorarea cotei de TVA, după negocieri cu partenerii de coaliție.
A Ministrul Finanțelor a spus că deficitul bugetar va fi acoperit prin reducerea cheltuielilor de funcționare.
R Sursa foto: Shutterstock
A Patronatele au salutat decizia, dar au cerut un calendar fiscal predictibil pentru următorii ani.
R Citește mai mult: Ce se întâmplă cu pensiile în 2025
A Sindicatele din sectorul public au anunțat totuși un protest pentru luna viitoare.
R Abonează-te la newsletter-ul nostru și primești zilnic cele mai importante știri.
R Etichete: TVA, Guvern, buget
R 5 comentarii
R Gheorghe P. 3 februarie 2025 la 09:12
R Tot noi plătim până la urmă.
R Raportează
""",
    # NAIVE: a Romanian football report
    "ro_sport": """\
R Sport
R Fotbal
R Superliga
T FCSB a câștigat derby-ul cu Rapid
R 23 februarie 2025, 21:50
R 1254 vizualizări
R Foto: Sport Pictures
A FCSB a învins-o pe Rapid cu 2-1 în derby-ul etapei și a urcat pe primul loc în clasament.
A Gazdele au deschis scorul încă din minutul zece, prin Olaru.
A Rapid a egalat înainte de pauză, dar în minutul 78 Bîrligea a adus victoria echipei sale.
A Antrenorul FCSB a declarat că echipa a arătat caracter într-un meci dificil.
R Articole similare
R CFR Cluj, învinsă acasă de Universitatea Craiova
R Dinamo a transferat un fundaș din Serbia
R Ne găsești și pe Instagram
R Termeni și condiții
R Politica de confidențialitate
R Contact
""",
    # CONTROL: article only, its sentences use the residue's words
    "ro_control": """\
A Publicitatea pentru băuturi alcoolice la televizor va fi interzisă înainte de ora 22, a decis Parlamentul.
A Comentariile ministrului au provocat reacții dure din partea opoziției.
A Fotografia, publicată pe rețelele de socializare, a făcut înconjurul lumii în câteva ore.
A Autorul cărții a spus că a lucrat la roman timp de zece ani.
A Toate drepturile salariaților trebuie respectate, au insistat sindicatele.
A Citește și tu instrucțiunile înainte de a folosi aparatul, recomandă producătorul.
""",
}

_CS = {
    # NAIVE: a Czech news portal: menu, rubric, date, author, photo credit, "Přečtěte si také", ad, share, discussion
    "cs_news": """\
R Domů
R Zprávy
R Domácí
R Zahraniční
R Ekonomika
R Sport
R Kultura
R Domácí
T Praha schválila nový plán pro městskou hromadnou dopravu
R 12. března 2025 10:45
R Aktualizováno 13:20
R Jana Nováková
R Foto: ČTK / Michal Kamaryt
A Zastupitelstvo hlavního města Prahy ve čtvrtek schválilo plán rozvoje městské hromadné dopravy do roku 2030.
A Plán počítá s nákupem 120 elektrických autobusů a s prodloužením tří tramvajových tratí do západních čtvrtí.
A Podle primátora investice přesáhne deset miliard korun, polovinu má pokrýt dotace z evropských fondů.
R Přečtěte si také: Jízdné v Praze od dubna zdraží
A „Chceme, aby lidé nechali auto doma,“ řekl náměstek pro dopravu.
A Opozice ale plán kritizovala kvůli chybějícímu harmonogramu.
R Reklama
A První nové autobusy by měly vyjet na podzim.
R Sdílet
R Sdílet na Facebooku
R Sledujte nás na Twitteru
R Diskuse (14)
R Petr Dvořák
R před 2 hodinami
R Doufám, že tentokrát to nebudou jen sliby.
R Odpovědět
R Nejčtenější
R Na D1 se srazila tři auta
R Zemřel herec Jiří Bartoška
R © 2025 Všechna práva vyhrazena.
R Tento web používá k poskytování služeb soubory cookie. Rozumím
""",
    # EXTRACTOR: a Czech story: "Autor:", date, reading time, "Mohlo by vás zajímat", newsletter, tags, comments
    "cs_extract": """\
T Vláda odložila zvýšení DPH
R Autor: Tomáš Svoboda
R 3. 2. 2025 8:30
R 3 minuty čtení
A Vláda v pondělí rozhodla o půlročním odkladu zvýšení sazby DPH, shodli se na tom koaliční partneři.
A Ministr financí uvedl, že schodek rozpočtu pokryje úsporami na provozních výdajích státu.
A Zaměstnavatelé rozhodnutí přivítali, chtějí ale předvídatelný daňový výhled na další roky.
R Mohlo by vás zajímat: Co čeká důchodce v roce 2025
A Odbory ve veřejném sektoru přesto ohlásily na příští měsíc protest.
R Přihlaste se k odběru našeho newsletteru a dostávejte nejdůležitější zprávy každé ráno.
R Témata: DPH, vláda, rozpočet
R Komentáře
R Karel H.
R 3. 2. 2025 9:12
R Stejně to zaplatíme my.
R Nahlásit
""",
    # EXTRACTOR: a Czech recipe: byline, portions, ingredients, steps, rating, more recipes
    "cs_recipe": """\
T Svíčková na smetaně
R Recept: Lucie Horáková
T Doba přípravy: 3 hodiny
A Svíčková na smetaně patří k nejoblíbenějším jídlům české kuchyně a tento recept zvládne každý.
T Ingredience
A 1 kg hovězí svíčkové
A 2 mrkve
A 1 petržel
A 1 cibule
A 250 ml smetany ke šlehání
T Postup
A 1. Maso prošpikujeme slaninou a osolíme.
A 2. Zeleninu nakrájíme a orestujeme na másle.
A 3. Maso s zeleninou pečeme v troubě při 180 stupních asi dvě hodiny.
A Podáváme s houskovým knedlíkem a brusinkami.
R Ohodnoťte recept
R Uložit recept
R Další recepty
R Rajská omáčka
R Koprovka podle babičky
""",
    "cs_control": """\
A Reklama na alkohol v televizi bude před 22. hodinou zakázána, rozhodla sněmovna.
A Komentáře ministra vyvolaly ostré reakce opozice.
A Fotografie, zveřejněná na sociálních sítích, během několika hodin obletěla svět.
A Autor knihy řekl, že na románu pracoval deset let.
A Všechna práva zaměstnanců musí zůstat zachována, trvaly na tom odbory.
A Sdílet auto se sousedy se podle průzkumu vyplatí hlavně na venkově.
""",
}

_SK = {
    "sk_news": """\
R Domov
R Správy
R Slovensko
R Svet
R Ekonomika
R Šport
R Slovensko
T Bratislava zdraží cestovné v MHD
R 12. marca 2025 10:45
R Autor: Martin Kováč
R Foto: TASR
A Mestské zastupiteľstvo Bratislavy vo štvrtok schválilo zvýšenie cien cestovných lístkov od apríla.
A Základný lístok bude stáť 1,20 eura namiesto doterajších 1,10 eura.
A Podľa primátora mesto potrebuje peniaze na obnovu vozového parku a opravy električkových tratí.
R Prečítajte si aj: Nové autobusy prídu až v lete
A Opozícia zvýšenie kritizovala ako neprimerané.
R Reklama
R Zdieľať
R Diskusia (23)
R Najčítanejšie
R Na D1 pri Trnave sa zrazili tri autá
R © 2025 Všetky práva vyhradené.
R Táto stránka používa súbory cookies. Súhlasím
""",
    "sk_extract": """\
T Vláda schválila konsolidáciu
R Jana Horváthová
R 3. februára 2025 o 8:30
A Vláda v pondelok schválila balík konsolidačných opatrení v objeme dvoch miliárd eur.
A Minister financií uviedol, že deficit klesne pod päť percent hrubého domáceho produktu.
R Súvisiace články
R Ceny energií v roku 2025
A Opozícia avizovala, že podá návrh na vyslovenie nedôvery.
R Odoberajte náš newsletter
R Komentáre
R Peter K.
R pred 3 hodinami
R Zase to odnesú obyčajní ľudia.
R Odpovedať
""",
    "sk_control": """\
A Reklama na cigarety je na Slovensku zakázaná už vyše dvadsať rokov.
A Komentáre ministra vyvolali vlnu kritiky na sociálnych sieťach.
A Autor fotografie ju nasnímal počas búrky nad Tatrami.
A Diskusia o reforme zdravotníctva potrvá podľa poslancov až do leta.
""",
}

_UK = {
    "uk_news": """\
R Головна
R Новини
R Політика
R Економіка
R Спорт
R Культура
R Політика
T Київрада ухвалила нову програму розвитку громадського транспорту
R 12 березня 2025, 10:45
R Оновлено: 12 березня 2025, 13:20
R Автор: Олена Коваленко
R Фото: УНІАН
A Київська міська рада в четвер ухвалила програму розвитку громадського транспорту до 2030 року.
A Програма передбачає закупівлю 120 електробусів і продовження трьох трамвайних ліній на лівий берег.
A За словами міського голови, вартість програми перевищить 15 мільярдів гривень.
R Читайте також: Проїзд у київському метро подорожчає з квітня
A «Ми хочемо, щоб люди залишали авто вдома», — сказав заступник голови КМДА.
A Опозиція розкритикувала програму через відсутність чітких термінів.
R Реклама
A Перші нові електробуси мають вийти на маршрути восени.
R Поділитися
R Підписуйтесь на наш Telegram-канал
R Коментарі (14)
R Андрій
R 2 години тому
R Аби не вкрали знову.
R Відповісти
R Найпопулярніше
R У Києві оголосили повітряну тривогу
R © 2025 Усі права захищено.
R Використання матеріалів дозволяється за умови посилання на сайт.
R Ми використовуємо файли cookie. Погоджуюсь
""",
    "uk_extract": """\
T Уряд продовжив дію мораторію на перевірки бізнесу
R Ірина Шевченко
R 03.02.2025, 08:30
A Кабінет міністрів у понеділок продовжив мораторій на планові перевірки малого бізнесу ще на пів року.
A Прем'єр-міністр пояснив, що рішення має допомогти підприємцям у складних умовах.
R Читайте також: Що зміниться для ФОП у 2025 році
A Бізнес-асоціації рішення привітали, але закликали ухвалити податкову реформу.
R Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.
R Теги: бізнес, уряд, перевірки
R Новини партнерів
""",
    "uk_recipe": """\
T Борщ з квасолею
R Автор рецепту: Марія Ткаченко
A Цей борщ з квасолею — улюблена страва нашої родини, і готувати його зовсім нескладно.
T Інгредієнти
A 500 г свинини
A 3 картоплини
A 1 буряк
A 1 морква
A 200 г квасолі
T Приготування
A 1. Зваріть бульйон зі свинини.
A 2. Додайте картоплю і квасолю.
A 3. Обсмажте буряк з морквою і додайте в каструлю.
A Подавайте зі сметаною та пампушками.
R Сподобався рецепт? Поділіться з друзями!
R Оцініть рецепт
R Більше рецептів
R Вареники з картоплею
R Голубці без м'яса
""",
    "uk_control": """\
A Реклама алкоголю на телебаченні буде заборонена до 23:00, вирішила Верховна Рада.
A Коментарі міністра викликали гостру реакцію опозиції.
A Фото, опубліковане в соцмережах, за кілька годин облетіло весь світ.
A Автор книжки розповів, що працював над романом десять років.
A Читайте також уважно інструкцію перед використанням приладу, радить виробник.
""",
}

_BG = {
    "bg_news": """\
R Начало
R България
R Свят
R Икономика
R Спорт
R Култура
R България
T София въвежда нови електрически автобуси
R 12 март 2025, 10:45
R Автор: Мария Петрова
R Снимка: БГНЕС
A Столичният общински съвет одобри в четвъртък план за развитие на градския транспорт до 2030 година.
A Планът предвижда закупуване на 120 електрически автобуса и удължаване на три трамвайни линии.
A Според кмета инвестицията ще надхвърли 400 милиона лева.
R Прочетете още: Билетът за метрото поскъпва от април
A Опозицията разкритикува плана заради липсата на ясни срокове.
R Реклама
R Сподели
R Коментари (14)
R Иван
R преди 2 часа
R Пак ще откраднат парите.
R Отговори
R Най-четени
R Катастрофа на Тракия блокира движението
R © 2025 Всички права запазени.
R Този сайт използва бисквитки. Приемам
""",
    "bg_extract": """\
T Правителството отложи увеличението на ДДС
R Георги Иванов
R 03.02.2025 08:30
R 1254 прочитания
A Правителството реши в понеделник да отложи с половин година увеличението на ДДС.
A Финансовият министър заяви, че дефицитът ще бъде покрит чрез съкращаване на разходите.
R Още по темата
R Какво се променя за пенсионерите през 2025 година
A Работодателите приветстваха решението.
R Абонирайте се за нашия бюлетин
R Етикети: ДДС, правителство, бюджет
""",
    "bg_control": """\
A Рекламата на алкохол по телевизията ще бъде забранена преди 22 часа, реши парламентът.
A Коментарите на министъра предизвикаха остри реакции от опозицията.
A Авторът на снимката я направи по време на буря над Пирин.
A Всички права на работниците трябва да бъдат запазени, настояха синдикатите.
""",
}
_SV = {
    "sv_news": """\
R Start
R Nyheter
R Sverige
R Världen
R Ekonomi
R Sport
R Kultur
R Sverige
T Stockholm satsar på fler elbussar
R Publicerad 12 mars 2025 kl. 10.45
R Uppdaterad 12 mars 2025 kl. 13.20
R Anna Lindqvist
R Foto: TT
A Stockholms regionfullmäktige beslutade på torsdagen om en ny plan för kollektivtrafiken fram till 2030.
A Planen innebär att 120 nya elbussar köps in och att tre spårvägslinjer förlängs västerut.
A Enligt trafikregionrådet kommer investeringen att kosta mer än fyra miljarder kronor.
R Läs också: SL-biljetten blir dyrare från april
A – Vi vill att folk ska lämna bilen hemma, säger trafikregionrådet.
A Oppositionen kritiserar planen för att den saknar en tydlig tidsplan.
R Annons
A De första nya bussarna ska börja rulla i höst.
R Dela artikeln
R Dela på Facebook
R Kopiera länk
R Mest läst
R Tre bilar i krock på E4
R Skådespelare död – blev 78 år
R © 2025 Alla rättigheter förbehållna.
R Vi använder kakor för att ge dig en bättre upplevelse. Godkänn alla kakor
""",
    "sv_extract": """\
T Regeringen skjuter upp momshöjningen
R Erik Johansson
R erik.johansson@tidningen.se
R 3 februari 2025 08:30
A Regeringen beslutade på måndagen att skjuta upp höjningen av momsen med ett halvår.
A Finansministern säger att underskottet ska täckas genom besparingar i statens förvaltning.
R Läs mer: Det här ändras för pensionärerna 2025
A Arbetsgivarna välkomnar beslutet men vill ha långsiktiga spelregler.
R Prenumerera på vårt nyhetsbrev och få de viktigaste nyheterna varje morgon.
R Ämnen: Moms, Regeringen, Budget
R Kommentarer
R Logga in för att kommentera
""",
    "sv_recipe": """\
T Kanelbullar
R Recept: Karin Berg
T 45 min
A Kanelbullar är en klassiker på det svenska fikabordet och de är enkla att baka själv.
T Ingredienser
A 50 g jäst
A 5 dl mjölk
A 150 g smör
A 1 dl socker
A 15 dl vetemjöl
T Gör så här
A 1. Smält smöret och tillsätt mjölken.
A 2. Lös upp jästen i degspadet och tillsätt socker och mjöl.
A 3. Låt degen jäsa under bakduk i 30 minuter.
A Grädda bullarna mitt i ugnen i 225 grader.
R Betygsätt receptet
R Spara recept
R Fler recept
R Kardemummabullar
R Sockerkaka
""",
    "sv_control": """\
A Reklam för alkohol i tv ska förbjudas före klockan 22, beslutade riksdagen.
A Ministerns kommentarer väckte starka reaktioner i oppositionen.
A Fotot, som publicerades i sociala medier, spreds över världen på några timmar.
A Författaren till boken berättade att han arbetat med romanen i tio år.
A Dela artikeln med dina elever, uppmanade läraren i veckobrevet.
A Läs också Selma Lagerlöfs brev, tipsar kuratorn på museet.
""",
}

_DA = {
    "da_news": """\
R Forside
R Nyheder
R Indland
R Udland
R Penge
R Sport
R Indland
T København får flere elbusser
R Publiceret 12. marts 2025 kl. 10.45
R Opdateret 12. marts 2025 kl. 13.20
R Af Mette Hansen
R Foto: Ritzau Scanpix
A Borgerrepræsentationen i København vedtog torsdag en ny plan for den kollektive trafik frem mod 2030.
A Planen betyder, at der købes 120 nye elbusser, og at tre buslinjer forlænges til de nye bydele.
A Ifølge overborgmesteren vil investeringen koste mere end to milliarder kroner.
R Læs også: Billetpriserne stiger fra april
A Oppositionen kritiserer planen for at mangle en klar tidsplan.
R Annonce
R Del artiklen
R Mest læste
R Tre biler i ulykke på motorvejen
R © 2025 Alle rettigheder forbeholdes.
R Vi bruger cookies til at forbedre din oplevelse. Accepter alle
""",
    "da_extract": """\
T Regeringen udskyder skattestigning
R Af Jens Nielsen
R 3. februar 2025
A Regeringen besluttede mandag at udskyde stigningen i afgiften på cigaretter med et halvt år.
A Skatteministeren siger, at provenuet i stedet skal findes ved besparelser i administrationen.
R Læs mere: Det ændrer sig for pensionisterne i 2025
A Erhvervslivet hilser beslutningen velkommen.
R Tilmeld dig vores nyhedsbrev
R Emner: Skat, Regeringen
R Kommentarer (3)
R Log ind for at kommentere
""",
    "da_control": """\
A Reklamer for alkohol i tv skal forbydes før klokken 22, besluttede Folketinget.
A Ministerens kommentarer vakte stærke reaktioner i oppositionen.
A Forfatteren til bogen fortalte, at han havde arbejdet på romanen i ti år.
A Læs også gerne vejledningen, før du bruger apparatet, råder producenten.
""",
}

_NO = {
    "no_news": """\
R Forsiden
R Nyheter
R Innenriks
R Utenriks
R Økonomi
R Sport
R Innenriks
T Oslo kjøper flere elbusser
R Publisert 12. mars 2025 kl. 10.45
R Oppdatert 12. mars 2025 kl. 13.20
R Ola Nordmann
R Journalist
R Foto: NTB
A Bystyret i Oslo vedtok torsdag en ny plan for kollektivtrafikken fram mot 2030.
A Planen innebærer at det kjøpes inn 120 nye elbusser, og at tre trikkelinjer forlenges.
A Ifølge byrådslederen vil investeringen koste over fire milliarder kroner.
R Les også: Billettprisene øker fra april
A Opposisjonen kritiserer planen for å mangle en tydelig tidsplan.
R Annonse
R Del artikkelen
R Mest lest
R Tre biler i kollisjon på E18
R © 2025 Alle rettigheter forbeholdt.
R Vi bruker informasjonskapsler. Godta alle
""",
    "no_extract": """\
T Regjeringen utsetter momsøkningen
R Kari Olsen
R 3. februar 2025 08.30
A Regjeringen besluttet mandag å utsette økningen av matmomsen med et halvt år.
A Finansministeren sier at inntektstapet skal dekkes inn gjennom kutt i statsforvaltningen.
R Les mer: Dette endres for pensjonistene i 2025
A Næringslivet ønsker beslutningen velkommen.
R Abonner på vårt nyhetsbrev
R Emner: Skatt, Regjeringen
R Kommentarer
R Du må være innlogget for å kommentere
""",
    "no_control": """\
A Reklame for alkohol på TV skal forbys før klokken 22, vedtok Stortinget.
A Ministerens kommentarer skapte sterke reaksjoner i opposisjonen.
A Forfatteren av boken fortalte at han hadde jobbet med romanen i ti år.
A Les også gjerne bruksanvisningen før du tar apparatet i bruk, råder produsenten.
""",
}

_TR = {
    "tr_news": """\
R Ana Sayfa
R Gündem
R Politika
R Ekonomi
R Dünya
R Spor
R Magazin
R Gündem
T İstanbul'a 120 yeni elektrikli otobüs geliyor
R Giriş: 12.03.2025 10:45
R Güncelleme: 12.03.2025 13:20
R Haber Merkezi
R Fotoğraf: AA
A İstanbul Büyükşehir Belediye Meclisi perşembe günü toplu taşıma için yeni bir planı onayladı.
A Plana göre 120 elektrikli otobüs alınacak ve üç tramvay hattı uzatılacak.
A Belediye başkanına göre yatırım 15 milyar lirayı aşacak.
R İlginizi Çekebilir: Toplu taşımaya nisan zammı
A Muhalefet ise planda net bir takvim olmadığını eleştirdi.
R Reklam
R Paylaş
R Yorum yap
R Yorumlar (14)
R Ahmet Y.
R 2 saat önce
R İnşallah bu sefer gerçekten yapılır.
R Yanıtla
R En Çok Okunanlar
R TEM'de zincirleme kaza
R © 2025 Tüm hakları saklıdır.
R Sitemizde çerezler kullanılmaktadır. Kabul Et
""",
    "tr_extract": """\
T Merkez Bankası faizi sabit tuttu
R Mehmet Kaya
R 03 Şubat 2025 Pazartesi 08:30
A Merkez Bankası pazartesi günü politika faizini yüzde 45'te sabit bıraktı.
A Banka açıklamasında enflasyondaki düşüşün sürmesinin beklendiğini belirtti.
R Bunlar da ilginizi çekebilir
R Emekliye yeni zam formülü
A Ekonomistler faiz indiriminin yaz aylarında başlamasını bekliyor.
R Haberin devamı için tıklayınız
R Etiketler: faiz, Merkez Bankası, enflasyon
R Yorumlar
R Yorum yazmak için giriş yapın
""",
    "tr_recipe": """\
T Mercimek Çorbası
R Tarif: Ayşe Demir
T Hazırlık süresi: 15 dakika
A Mercimek çorbası Türk mutfağının vazgeçilmezlerinden biridir ve bu tarif çok kolaydır.
T Malzemeler
A 1 su bardağı kırmızı mercimek
A 1 adet soğan
A 1 adet havuç
A 2 yemek kaşığı tereyağı
A 6 su bardağı su
T Yapılışı
A 1. Soğanı ve havucu doğrayıp tereyağında kavurun.
A 2. Mercimeği ekleyip suyu ilave edin.
A 3. Yumuşayınca blenderdan geçirin.
A Limon ile servis yapın.
R Tarifi beğendiniz mi? Puan verin
R Kaydet
R Diğer Tarifler
R Ezogelin Çorbası
R Yayla Çorbası
""",
    "tr_control": """\
A Televizyonda alkol reklamı saat 22'den önce yasaklanacak, Meclis karar verdi.
A Bakanın yorumları muhalefetten sert tepki aldı.
A Sosyal medyada paylaşılan fotoğraf birkaç saat içinde dünyayı dolaştı.
A Kitabın yazarı romanı üzerinde on yıl çalıştığını söyledi.
A Tüm hakları korunmalı, diye ısrar etti sendikalar.
""",
}
_AR = {
    "ar_news": """\
R الرئيسية
R أخبار
R سياسة
R اقتصاد
R رياضة
R ثقافة
R منوعات
R اقتصاد
T القاهرة تطلق خطة جديدة للنقل العام
R نشر في: 12 مارس 2025 - 10:45
R آخر تحديث: 12 مارس 2025 - 13:20
R كتب: أحمد محمود
R الصورة: رويترز
A وافقت محافظة القاهرة يوم الخميس على خطة جديدة لتطوير النقل العام حتى عام 2030.
A وتتضمن الخطة شراء 120 حافلة كهربائية وتمديد ثلاثة خطوط للترام إلى الأحياء الجديدة.
A وبحسب المحافظ، فإن الاستثمارات ستتجاوز عشرة مليارات جنيه.
R اقرأ أيضا: ارتفاع أسعار تذاكر المترو اعتبارا من أبريل
A وانتقدت أحزاب المعارضة غياب جدول زمني واضح لتنفيذ الخطة.
R إعلان
R شارك
R تابعونا على فيسبوك
R التعليقات (14)
R محمد
R منذ ساعتين
R نتمنى أن يتم التنفيذ هذه المرة.
R رد
R الأكثر قراءة
R حادث تصادم على الطريق الدائري
R جميع الحقوق محفوظة © 2025
R يستخدم هذا الموقع ملفات تعريف الارتباط. موافق
""",
    "ar_extract": """\
T الحكومة تؤجل زيادة ضريبة القيمة المضافة
R بقلم: سارة علي
R الاثنين 3 فبراير 2025
A قررت الحكومة يوم الاثنين تأجيل زيادة ضريبة القيمة المضافة لمدة ستة أشهر.
A وقال وزير المالية إن العجز سيتم تغطيته من خلال خفض النفقات الإدارية.
R اقرأ أيضاً
R ماذا يتغير للمتقاعدين في 2025؟
A ورحبت اتحادات رجال الأعمال بالقرار.
R اشترك في نشرتنا الإخبارية
R الكلمات الدالة: الضرائب، الحكومة
R أضف تعليقك
""",
    "ar_sport": """\
R رياضة
R كرة القدم
T الأهلي يفوز على الزمالك في القمة
R 23 فبراير 2025
R مشاهدات: 1254
A فاز الأهلي على الزمالك بهدفين مقابل هدف في قمة الدوري المصري.
A وافتتح الأهلي التسجيل في الدقيقة العاشرة عن طريق وسام أبو علي.
A وأدرك الزمالك التعادل قبل نهاية الشوط الأول، لكن الأهلي سجل هدف الفوز في الدقيقة 78.
R أخبار ذات صلة
R بيراميدز يتعادل مع المصري
R سياسة الخصوصية
R اتصل بنا
""",
    "ar_control": """\
A ستحظر إعلانات الكحول على التلفزيون قبل العاشرة مساء، بحسب قرار البرلمان.
A وأثارت تعليقات الوزير ردود فعل غاضبة من المعارضة.
A وقال مؤلف الكتاب إنه عمل على الرواية لمدة عشر سنوات.
A وأكدت النقابات أن جميع الحقوق العمالية محفوظة بموجب القانون.
""",
}

_JA = {
    "ja_news": """\
R トップ
R ニュース
R 国内
R 国際
R 経済
R スポーツ
R エンタメ
R 国内
T 東京都、電気バス120台を導入へ
R 2025年3月12日 10時45分
R 更新：2025年3月12日 13時20分
A 東京都は12日、2030年までに公共交通を強化する新たな計画を発表した。
A 計画では電気バス120台を購入し、三つの路線を延長する。
A 知事によると、総事業費は約800億円にのぼる見通しだ。
R 関連記事
R 都営地下鉄の運賃、4月から値上げ
A 一方で野党からは具体的な日程が示されていないとの批判も出ている。
R 広告
R シェア
R ツイート
R ブックマーク
R アクセスランキング
R 首都高で3台が絡む事故
R 利用規約
R プライバシーポリシー
R Copyright © 2025 Example Shimbun. All rights reserved.
""",
    "ja_extract": """\
T 政府、消費税の引き上げを延期
R 記者：山田太郎
R 2025/02/03 08:30
A 政府は3日、消費税率の引き上げを半年延期することを決めた。
A 財務大臣は、財源は行政経費の削減でまかなうと説明した。
R （写真：共同通信）
A 経済団体は決定を歓迎した。
R 続きを読む
R この記事を読んだ人はこんな記事も読んでいます
R 年金制度、2025年に何が変わる
R 無断転載を禁じます
""",
    "ja_recipe": """\
T 肉じゃが
T 調理時間：30分
A 肉じゃがは家庭料理の定番で、このレシピはとても簡単です。
T 材料（2人分）
A 牛肉　150g
A じゃがいも　3個
A 玉ねぎ　1個
A にんじん　1本
A しょうゆ　大さじ3
T 作り方
A 1. じゃがいもとにんじんを一口大に切る。
A 2. 鍋で牛肉と玉ねぎを炒める。
A 3. 野菜と調味料を加えて20分煮る。
R このレシピを保存する
R つくれぽを送る
R 人気のレシピ
R 親子丼
R 豚の生姜焼き
""",
    "ja_control": """\
A テレビでの酒類の広告は午後10時まで禁止されることになった。
A 大臣のコメントには野党から厳しい反発が出た。
A 本の著者は、小説の執筆に10年かかったと語った。
A 関連記事によると、事故は午前8時ごろに起きたという。
""",
}

_KO = {
    "ko_news": """\
R 홈
R 뉴스
R 정치
R 경제
R 사회
R 스포츠
R 사회
T 서울시, 전기버스 120대 도입
R 입력 2025.03.12 10:45
R 수정 2025.03.12 13:20
R 김민수 기자
A 서울시는 12일 2030년까지 대중교통을 강화하는 새로운 계획을 발표했다.
A 계획에 따라 전기버스 120대를 구입하고 세 개 노선을 연장한다.
A 시장에 따르면 총사업비는 약 8천억 원에 이를 전망이다.
R 관련기사
R 지하철 요금 4월부터 인상
A 야당은 구체적인 일정이 제시되지 않았다고 비판했다.
R 광고
R 공유하기
R 많이 본 뉴스
R 고속도로서 3중 추돌사고
R 김민수 기자 kim@example.co.kr
R 저작권자 © 예시일보 무단전재 및 재배포 금지
""",
    "ko_extract": """\
T 정부, 부가세 인상 연기
R 이지은 기자
R 2025-02-03 08:30
A 정부는 3일 부가가치세 인상을 6개월 연기하기로 결정했다.
A 기획재정부 장관은 재원을 행정 비용 절감으로 마련하겠다고 밝혔다.
R ▶ 관련기사 보기
A 경제단체들은 이 결정을 환영했다.
R 댓글 0
R 로그인 후 댓글을 작성할 수 있습니다.
R 좋아요
R 구독하기
""",
    "ko_control": """\
A 텔레비전에서의 주류 광고는 오후 10시까지 금지된다.
A 장관의 발언에 대해 야당은 강하게 반발했다.
A 책의 저자는 소설을 쓰는 데 10년이 걸렸다고 말했다.
A 기자 회견은 오전 10시에 시작됐다.
""",
}

_ZH = {
    "zh_news": """\
R 首页
R 新闻
R 国内
R 国际
R 财经
R 体育
R 娱乐
R 国内
T 北京将新增120辆电动公交车
R 2025-03-12 10:45
R 来源：新华网
A 北京市12日发布了到2030年加强公共交通的新计划。
A 根据计划，北京将购买120辆电动公交车，并延长三条线路。
A 市长表示，总投资预计超过80亿元。
R 相关阅读
R 北京地铁票价4月起上调
A 也有市民认为，计划没有给出具体的时间表。
R 广告
R 分享到：
R 热门推荐
R 高速公路发生三车追尾事故
R 责任编辑：王伟
R 版权所有 © 2025 京ICP备12345678号
""",
    "zh_extract": """\
T 政府推迟增值税上调
R 记者 李娜
R 2025年02月03日 08:30
A 政府3日决定将增值税上调推迟半年。
A 财政部长表示，资金缺口将通过削减行政开支来弥补。
R （图片来源：视觉中国）
A 经济界对这一决定表示欢迎。
R 点击查看更多
R 【免责声明】本文仅代表作者本人观点，与本网站无关。
R 责任编辑：张强
R 发表评论
R 网友评论
""",
    "zh_recipe": """\
T 红烧肉
T 烹饪时间：60分钟
A 红烧肉是一道经典的家常菜，这个做法非常简单。
T 食材
A 五花肉 500克
A 冰糖 30克
A 生抽 2勺
A 老抽 1勺
T 做法
A 1. 五花肉切块焯水。
A 2. 锅中放冰糖炒出糖色。
A 3. 加入五花肉和调料，小火炖一小时。
R 收藏
R 分享
R 猜你喜欢
R 糖醋排骨
R 可乐鸡翅
""",
    "zh_control": """\
A 电视上的酒类广告将在晚上10点前禁止播出。
A 部长的评论引发了反对党的强烈反应。
A 这本书的作者说，他花了十年时间写这部小说。
A 责任编辑要对文章的内容负责，这是行业的基本规定。
""",
}

_ROUND1: dict[str, str] = {**_RO, **_CS, **_SK, **_UK, **_BG, **_SV, **_DA, **_NO, **_TR, **_AR, **_JA, **_KO, **_ZH}
CASES: dict[str, str] = dict(_ROUND1)

_ROUND2 = {
    # round 2 (written after the tables were read): the newer calls each language's sites print, among an article
    "uk_channels": """\
T Укренерго попередило про можливі відключення світла
R 14:32, 05.02.2025
R Джерело: Укренерго
A Енергетики попередили про можливі відключення електроенергії у п'яти областях через пошкодження мереж.
A За даними компанії, ремонтні бригади вже працюють на місцях і відновлюють живлення споживачів.
R Читайте нас у Telegram: головні новини без цензури
A Найскладніша ситуація залишається в Харківській та Сумській областях.
R Фото ілюстративне
R Підписуйтеся на наш YouTube-канал
R Долучайтеся до нашої сторінки у Facebook
""",
    "bg_follow": """\
T Бензинът поскъпна с 10 стотинки за седмица
R Източник: БНТ
A Цените на горивата на бензиностанциите в страната са се повишили с около 10 стотинки на литър за последната седмица.
A Според експерти причината е поскъпването на петрола на международните пазари.
R Последвайте ни в Google News
A Очаква се цените да се стабилизират през пролетта.
R Ключови думи: горива, цени, бензин
R Още от автора
R Свързани новини
R Дизелът също поскъпна
""",
    "ja_member": """\
T 大雪で新幹線に遅れ
R 2025年2月5日 14時32分
A 北陸地方を中心に大雪となり、北陸新幹線は一部区間で運転を見合わせた。
A 気象庁によると、6日にかけてさらに雪が強まる見込みだという。
R この記事の写真を見る
A JRは最新の運行情報を確認するよう呼びかけている。
R あわせて読みたい
R 関東でも雪の予報、交通機関に影響か
R この記事は有料会員限定です
R 会員登録はこちら
""",
    "da_listen": """\
T Storm lukker Storebæltsbroen
R Lyt til artiklen
R 5. feb. 2025
A Storebæltsbroen er lukket for al trafik på grund af kraftig storm, oplyser Sund & Bælt.
A Vindstødene når op over stormstyrke, og broen ventes først at åbne igen i aften.
R Se også: Her er stormens værste områder
R Artiklen fortsætter under annoncen
A Politiet opfordrer bilister til at blive hjemme.
R Vis kommentarer
R Del på Facebook
""",
    "sk_read": """\
T Na Orave napadlo pol metra snehu
R 5. februára 2025 14:32
A Na Orave za posledných 24 hodín napadlo až pol metra nového snehu, informovali meteorológovia.
A Cestári sú v pohotovosti a vyzývajú vodičov, aby jazdili opatrne.
R Čítajte aj: Sneženie komplikuje dopravu na D1
R Článok pokračuje pod reklamou
A Sneženie by malo ustať v piatok.
R Sledujte nás na Facebooku
R Ďalšie články
R Lavínové nebezpečenstvo v Tatrách stúplo
""",
    "ro_follow": """\
T Cod galben de ninsori în Moldova
R 05.02.2025, 14:32
A Meteorologii au emis un cod galben de ninsori valabil până vineri în județele din Moldova.
A Stratul de zăpadă ar putea ajunge la 20 de centimetri în zonele de deal.
R Vezi și: Drumuri închise în Suceava din cauza viscolului
R Articolul continuă după reclamă
A Autoritățile recomandă șoferilor să nu plece la drum fără echipament de iarnă.
R Urmărește știrile pe Google News
R Dă like paginii noastre de Facebook
""",
    "ar_channel": """\
T عاصفة ثلجية تضرب شمال الأردن
R المصدر: وكالات
A ضربت عاصفة ثلجية قوية محافظات شمال الأردن، ما أدى إلى إغلاق عدد من الطرق الرئيسية.
A وقالت دائرة الأرصاد الجوية إن تساقط الثلوج سيستمر حتى مساء الجمعة.
R اقرأ المزيد: إغلاق طريق إربد عمان بسبب الثلوج
A ودعت مديرية الأمن العام المواطنين إلى عدم الخروج إلا للضرورة.
R تابعوا آخر الأخبار عبر قناتنا على تلغرام
R شاهد أيضا
R فيديو: الثلوج تغطي عجلون
""",
    "zh_app": """\
T 北方多地迎来强降雪
R 原标题：强冷空气来袭 北方多地降雪
R 本文来源：中国新闻网
A 受强冷空气影响，北方多地5日迎来强降雪，部分高速公路临时封闭。
A 气象部门提醒公众注意防寒保暖，减少不必要的出行。
R 更多精彩内容，请下载客户端
A 预计降雪将持续到7日。
R 扫码下载客户端
R 点击进入专题
""",
    "ko_copy": """\
T 대설특보에 출근길 교통 혼잡
R [사진=연합뉴스]
A 수도권에 대설특보가 내려지면서 출근길 교통 혼잡이 이어졌다.
A 기상청은 6일까지 최대 10㎝의 눈이 더 내릴 것으로 내다봤다.
R 네이버에서 예시일보를 구독하세요
A 서울시는 제설 인력 2천여 명을 투입했다고 밝혔다.
R 박지현 기자 park@example.co.kr
R ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지
""",
    "cs_more": """\
T Na Šumavě napadlo půl metru sněhu
R 5. 2. 2025 14:32
A Na Šumavě za posledních 24 hodin napadlo až půl metru nového sněhu, informovali meteorologové.
A Silničáři jsou v pohotovosti a vyzývají řidiče, aby jezdili opatrně.
R Čtěte také: Sněžení komplikuje dopravu na D1
R Článek pokračuje pod reklamou
A Sněžení by mělo ustat v pátek.
R Sledujte nás na Instagramu
R Další články z rubriky
R Lavinové nebezpečí v Krkonoších stouplo
""",
}

CASES.update(_ROUND2)

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a reporter's bare name between the stamp and the photo's credit (no label, no role): a name of two words is
    # an article's line as often (a heading naming its subject, a list of people)
    "cs_news": 1,
    # "Recept: Lucie Horáková" over "Doba přípravy: 3 hodiny": two labelled rows, a recipe's fact box, which
    # ``Byline.spared`` keeps whole (a book's "Autor:" row among its "Titel:" and "Verlag:" stays the same way)
    "cs_recipe": 1,
    # (lang26: "no_news", a Norwegian page told Danish by its two "at", left "Les også:" and the most-read box's
    # headline under "Mest lest" to the Danish tables (2); told Norwegian now, it leaves nothing)
    # the reporter's bare name over the mail address (the address goes)
    "sv_extract": 1,
    # a bare name under the headline over the date: the page's paragraphs are of ten words or fewer, no anchor for
    # edge-furniture (Turkish, which says with suffixes what others say with words, as Finnish does, was tried in
    # ``structure._LONG_WORDS``: keep 19's menus over a footer's sentence of nine or ten words then stayed)
    "tr_extract": 1,
    # "Tarif: Ayşe Demir": Turkish writes a recipe's name in title case ("Tarif: Mercimek Çorbası"), so the label
    # with a name of capitalised words would take the dish's title too
    "tr_recipe": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the language: Slovak told from Czech by its letters ------------------------------------------------------------

# the pages the passes read in another language: none. (lang26: "no_news", a Norwegian page with as many words only
# Danish spelled so, "at" twice, as words only Norwegian does, "mot", "å", was told Danish, a tie; "at" is Norwegian's
# "that" too and picks neither now, see language._PICK_WORDS, and the page is told Norwegian, as it is written)
PASSES_TOLD: dict[str, str] = {}


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_passes_read_the_pages_language(key: str) -> None:
    told = cleaner.explain_text(page_text(CASES[key]), detect_language=False).language
    assert told == PASSES_TOLD.get(key, key[:2])


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a Slovak page with no more words only Slovak spells so than words only Czech does: its ä, ľ, ô tell it
        (page_text(_SK["sk_extract"]), "sk"),
        # a Czech text naming a Slovak (Ľubomír): its ě, ř, ů tell it Czech
        ("Ministr zahraničí Ľubomír Kováč z Bratislavy se v pondělí sešel s českým protějškem. Jednali o společné"
         " dopravě a o tom, jak rychle opravit dálnici mezi Brnem a Bratislavou, která je v zimě často uzavřená.", "cs"),
        # a Slovak text naming a Czech (Dvořák): its own letters and words tell it Slovak
        ("Minister zahraničných vecí Antonín Dvořák z Prahy sa v pondelok stretol so slovenským kolegom. Rokovali o"
         " spoločnej doprave a o tom, ako rýchlo opraviť diaľnicu medzi Brnom a Bratislavou, ktorá je v zime často"
         " uzavretá.", "sk"),
    ],
)
def test_slovak_and_czech_are_told_by_their_letters(sample: str, expected: str) -> None:
    assert language.guess_by_stopwords(sample) == expected


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {
    "uk": [
        "Київська міська рада у вівторок вирішила закрити старий міст через річку на ремонт до кінця літніх канікул.",
        "Інженери виявили тріщини у двох опорах мосту під час планової перевірки в березні, повідомили в міськраді.",
    ],
    "ar": [
        "قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم فوق النهر لإجراء إصلاحات حتى نهاية العطلة الصيفية.",
        "وعثر المهندسون على تشققات في اثنتين من دعامات الجسر خلال فحص روتيني في مارس، بحسب بيان المجلس.",
    ],
    "cs": [
        "Zastupitelstvo v úterý rozhodlo, že starý most přes řeku bude kvůli opravám uzavřen až do konce letních prázdnin.",
        "Inženýři při běžné kontrole v březnu objevili trhliny na dvou pilířích mostu, uvedla radnice v tiskové zprávě.",
    ],
    "ko": [
        "시의회는 화요일 강 위의 오래된 다리를 여름방학이 끝날 때까지 보수 공사를 위해 폐쇄하기로 결정했다.",
        "엔지니어들은 3월 정기 점검에서 교각 두 곳에 균열을 발견했다고 시의회는 성명에서 밝혔다.",
    ],
    "no": [
        "Bystyret vedtok tirsdag å stenge den gamle brua over elva for reparasjoner fram til slutten av sommerferien.",
        "Ingeniørene fant sprekker i to av brupilarene under en rutinemessig inspeksjon i mars, opplyser kommunen i en pressemelding.",
    ],
    "ro": [
        "Consiliul local a decis marți să închidă vechiul pod peste râu pentru reparații până la sfârșitul vacanței de vară.",
        "Inginerii au descoperit fisuri la doi dintre pilonii podului în timpul unei inspecții de rutină din martie, a anunțat consiliul într-un comunicat.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på tisdagen att stänga den gamla bron över ån för reparationer fram till slutet av sommarlovet.",
        "Ingenjörerna hittade sprickor i två av brons pelare vid en rutinbesiktning i mars, uppger kommunen i ett pressmeddelande.",
    ],
    "tr": [
        "Belediye meclisi salı günü nehir üzerindeki eski köprünün yaz tatilinin sonuna kadar onarım için kapatılmasına karar verdi.",
        "Mühendisler mart ayındaki rutin bir denetim sırasında köprünün iki ayağında çatlaklar buldu, belediye yaptığı açıklamada bunu duyurdu.",
    ],
    "zh": [
        "市议会周二决定关闭河上的旧桥进行维修，直到暑假结束。",
        "议会在一份声明中说，工程师在三月份的例行检查中发现两个桥墩出现裂缝。",
    ],
}

GOES: list[tuple[str, str, str]] = [
    # a tag line: the label and its tags, parted by commas
    ("ar", "الكلمات الدالة: الضرائب، الحكومة", "teaser-box"),
    ("ar", "الوسوم: الضرائب، الحكومة", "teaser-box"),
    # the related-articles link with its "see"
    ("ko", "▶ 관련기사 보기", "teaser-box"),
    # a newsletter's call with the article suffix Romanian glues to the loanword
    ("ro", "Abonează-te la newsletter-ul nostru și primești zilnic cele mai importante știri.", "newsletter-prompt"),
    # a disclaimer's label in brackets instead of a colon
    ("zh", "【免责声明】本文仅代表作者本人观点，与本网站无关。", "copyright"),
    # a teaser's label ("you may be interested"), a recipe's rating call, the heading of more recipes
    ("tr", "İlginizi Çekebilir: Toplu taşımaya nisan zammı", "promo-label"),
    ("tr", "Tarifi beğendiniz mi? Puan verin", "call-to-action"),
    ("tr", "Diğer Tarifler", "teaser-box"),
    # a recipe's byline under its label
    ("cs", "Recept: Lucie Horáková", "byline"),
    ("sv", "Recept: Karin Berg", "byline"),
    # round 2: the calls to the outlet's channels (its platform's channel, "join", a tagline after the colon)
    ("uk", "Читайте нас у Telegram: головні новини без цензури", "call-to-action"),
    ("uk", "Підписуйтеся на наш YouTube-канал", "call-to-action"),
    ("uk", "Долучайтеся до нашої сторінки у Facebook", "call-to-action"),
    ("ar", "تابعوا آخر الأخبار عبر قناتنا على تلغرام", "call-to-action"),
    ("ko", "네이버에서 예시일보를 구독하세요", "newsletter-prompt"),
    ("zh", "更多精彩内容，请下载客户端", "call-to-action"),
]

STAYS: list[tuple[str, str]] = [
    ("ar", "الكلمات المفتاحية: هذا ما يكتبه المستخدمون في محركات البحث كل يوم، بحسب الدراسة."),
    # a list of symptoms under "the signs", a paper's keywords: not the tags' labels
    ("ar", "العلامات: ارتفاع الحرارة، السعال، ضيق التنفس"),
    ("ar", "الكلمات المفتاحية: النحل، السياج، التلقيح"),
    ("ar", "وقالت الوزارة إن الكلمات الدالة على العنف ستحذف من المناهج الدراسية في العام المقبل."),
    ("ko", "관련기사 보기 버튼을 누르면 다른 언론사의 기사로 이동한다고 회사 측은 설명했다."),
    ("no", "Du må være innlogget for å kommentere på nettavisene, mener flere lesere som vil stoppe anonym hets."),
    ("ro", "Abonează-te la newsletter-ul nostru și primești zilnic reduceri, promitea mesajul fals trimis de escroci."),
    ("zh", "记者注意到，不少网站在文章末尾加上【免责声明】，称本文仅代表作者本人观点。"),
    ("tr", "İlginizi çekebilir diye düşündüğüm bir kitabı size getirdim, dedi öğretmen öğrencilerine."),
    ("tr", "Tarifi beğendiniz mi? diye sordu jüri üyesi, yarışmacı ise sessiz kaldı."),
    ("tr", "Diğer tarifler de kitapta yer alıyor, yazar bunları annesinden öğrendiğini söyledi."),
    ("cs", "Recept na svíčkovou dala Lucie Horáková své snaše až po třiceti letech."),
    ("sv", "Receptet på kanelbullar kommer från Karin Berg, som driver ett bageri i Visby."),
    # round 2
    ("uk", "Долучайтеся до нашої сторінки у Facebook, закликала волонтерка, яка збирає гроші на дрони."),
    ("uk", "Читайте нас у Telegram: так радить своїм читачам більшість видань, показало дослідження."),
    ("uk", "Дивіться: уряд ухвалив нове рішення щодо тарифів, і воно набуде чинності з квітня."),
    ("ar", "وتابع آخر الأخبار عبر قناة الجزيرة على التلفزيون كثير من المواطنين خلال العاصفة."),
    ("ko", "유튜브에서 채널을 구독하세요라는 문구가 적힌 스팸 문자가 급증했다고 경찰은 밝혔다."),
    ("zh", "更多精彩内容请下载客户端，这类提示常见于新闻网站，但不少读者表示反感。"),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize("position", ["head", "tail"])
def test_the_norwegian_login_notice_goes(position: str) -> None:
    # the comment form's notice: at the head the control of a form, at the tail it opens the (empty) section
    line = "Du må være innlogget for å kommentere"
    page = [line, *TEXT["no"]] if position == "head" else [*TEXT["no"], line]
    result = cleaner.explain_text("\n".join(page))
    assert [r.text for r in result.removed] == [line], removed(result)


# -- a teaser box of short titles closing the page, in a script with no capitals -------------------------------------

CLOSING = [
    ("zh", "猜你喜欢", ["糖醋排骨", "可乐鸡翅"]),
    ("ko", "관련기사", ["김장김치", "된장찌개"]),
]


@pytest.mark.parametrize(("lang", "heading", "titles"), CLOSING)
def test_short_titles_without_capitals_closing_the_page_go(lang: str, heading: str, titles: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*TEXT[lang], heading, *titles]))
    assert result.text.split("\n") == TEXT[lang], removed(result)


@pytest.mark.parametrize(("lang", "heading", "titles"), CLOSING)
def test_short_titles_with_the_article_going_on_under_them_stay(lang: str, heading: str, titles: list[str]) -> None:
    # (the titles close no page: the article's paragraph under them)
    page = [TEXT[lang][0], heading, *titles, TEXT[lang][1]]
    result = cleaner.explain_text("\n".join(page))
    assert lost([*titles, *TEXT[lang]], result) == [], removed(result)


def test_lower_case_short_titles_closing_the_page_still_stay() -> None:
    # a Latin title opens on a capital: lower-case words under the heading are no teasers' titles
    result = cleaner.explain_text("\n".join([*TEXT["sv"], "Mest läst", "kanelbullar", "sockerkaka"]))
    assert lost(["kanelbullar", "sockerkaka"], result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
