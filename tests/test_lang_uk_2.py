"""Ukrainian pages, a second probe: outlets of the Ukrainian web (Ukrainska Pravda, UNIAN, TSN,
Suspilne styles) in genres the first probe (``test_lang_uk.py``) was not written from.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (a national news site with its menu, "Читайте
також" box and Telegram prompt; a business page with its currency widget; a city council's notice
with its footer), half what an extractor lets through (a football report with its photo credit,
"Джерело:" line and comments; a blog with its comment thread). The article lines resemble residue
on purpose: reported speech about comments and subscriptions, how-to imperatives, subheadings
without punctuation, list items and number lines.

Measured when the probe was written, before any rule change (5 pages, 43 article and 104 residue
lines): article lines lost 3 (a list of three short items under a subheading after the article's
last long paragraph, the text going on under it with a short sentence: cut off as furniture),
residue lines left 7. After: article lines lost 0, residue lines left 6 (bare names, a council's
footer address and hours).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a Ukrainian national news site (Ukrainska Pravda/UNIAN style): menu, date/byline, share
    # row, "Читайте також" box, Telegram prompt, ads, most-read, footer
    "naive_novyny_ua": """\
R Новини
R Політика
R Економіка
R Світ
R Суспільство
R Війна
R Спорт
R Увійти
R Головна / Новини / Суспільство
T У Києві відкрили ще 40 пунктів незламності через нові відключення світла
A Столична влада додала пункти обігріву в Дарницькому та Деснянському районах, де графіки відключень найдовші.
R Олена Коваль
R 14 березня 2024, 10:25
R Поділитися
R Facebook
R Telegram
R Viber
R Копіювати посилання
A Про це повідомили в Київській міській державній адміністрації у четвер вранці.
A У пунктах можна зарядити телефон, отримати гарячий чай і скористатися інтернетом.
A «Ми бачимо, що люди приходять не лише погрітися, а й попрацювати», — сказала директорка департаменту соціальної політики.
R Читайте також:
R Укренерго оголосило графіки відключень на п'ятницю
R Як підготуватися до блекауту: поради ДСНС
A Повний перелік адрес опубліковано на сайті КМДА та в застосунку «Київ Цифровий».
A Що є в пунктах
A генератор і освітлення
A питна вода
A аптечка першої допомоги
A Мешканці можуть повідомити про несправність пункту через гарячу лінію 1551.
R Реклама
R Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини
R Найпопулярніше
R 1
R НБУ змінив облікову ставку: що буде з депозитами
R 2
R Синоптики попередили про сильний вітер у західних областях
R Про нас
R Контакти
R Політика конфіденційності
R Правила використання
R © 2000–2024 Українська правда. Усі права захищені.
""",
    # NAIVE: a Ukrainian business page with its currency widget (курс валют), newsletter box, footer
    "naive_ekonomika_ua": """\
R Економіка
R Фінанси
R Бізнес
R Нерухомість
R Курси валют
R USD
R 39,12
R 39,45
R EUR
R 42,30
R 42,71
R PLN
R 9,78
R Міжбанк
R 39,26 ↑ 0,05
T НБУ залишив облікову ставку на рівні 14,5%
A Правління Національного банку вирішило не змінювати облікову ставку, хоча частина аналітиків очікувала зниження.
R Ірина Мельник
R 25 квітня 2024 14:05
A Голова НБУ Андрій Пишний пояснив рішення зростанням інфляційних ризиків і невизначеністю щодо міжнародної допомоги.
A «Ми готові діяти обережно, щоб не допустити нового розкручування цін», — заявив Пишний.
R Реклама
A За прогнозом регулятора, інфляція до кінця року прискориться до 8,6%.
A Банкіри радять клієнтам, які підписали депозитні договори на рік, не поспішати їх розривати.
A Курс на міжбанку
A Долар: 39,26 грн
A Євро: 42,05 грн
A Наступне засідання з монетарної політики відбудеться 13 червня.
R Джерело: НБУ
R Підпишіться на нашу розсилку
R Щотижня головне про економіку та фінанси на вашу пошту
R Ваш email
R Підписатися
R Новини партнерів
R Кредит під 0%: як працює державна програма
R Редакція
R Реклама на сайті
R © 2024 УНІАН. Всі права захищено.
""",
    # EXTRACTOR: a Ukrainian sports report: byline, photo credits, "Читайте також", source, comments
    "sport_futbol_ua": """\
T Шахтар переміг Динамо в класичному і відірвався на п'ять очок
R Андрій Бойко
R 6 квітня 2024, 20:40
A Донецький Шахтар обіграв київське Динамо з рахунком 2:0 у матчі 22-го туру Української Прем'єр-ліги.
R Фото: ФК Шахтар
A Перший гол забив Судаков на 34-й хвилині після передачі Зубкова.
A У компенсований час Сікан закріпив перемогу ударом головою.
A «Сьогодні ми показали характер, але сезон ще не закінчився», — сказав після гри головний тренер Шахтаря.
R Читайте також: Ребров назвав склад збірної на березневі матчі
A Статистика матчу
A Удари в площину: 6:2
A Володіння м'ячем: 58% : 42%
A Кутові: 7:3
A Уболівальники Динамо в коментарях до трансляції вимагали відставки тренера, проте в клубі це поки не коментують.
R Джерело: УПЛ
R Поділитися
R Коментарі (56)
R Олег
R 6 квітня 2024 о 21:03
R Заслужена перемога.
R Відповісти
""",
    # NAIVE: a Ukrainian city council's notice (municipal): menu, breadcrumb, notice, share, footer
    "naive_miskrada_ua": """\
R Перейти до основного вмісту
R Міська рада
R Виконавчий комітет
R Депутати
R Документи
R Звернення громадян
R Пошук
R Головна > Новини > Оголошення
T Тимчасове припинення водопостачання на вулицях Шевченка та Грушевського
R Опубліковано: 12.03.2024
A У зв'язку з ремонтом водогону 15 березня з 9:00 до 18:00 буде припинено водопостачання на таких вулицях:
A вул. Шевченка, будинки 1–45
A вул. Грушевського, будинки 2–18
A пров. Садовий
A Просимо мешканців заздалегідь зробити запас питної води.
A Після відновлення подачі вода може бути каламутною. Дайте їй стекти кілька хвилин.
A Довідки за телефоном диспетчерської служби: 0352 52 15 15.
A Вибачаємо за тимчасові незручності.
R Поділитися
R Друк
R Чи була ця інформація корисною?
R Так
R Ні
R Міська рада
R вул. Листопадова, 5
R Графік роботи: пн–пт 8:00–17:00
R © 2024 Міська рада. Усі права захищені.
""",
    # EXTRACTOR: a Ukrainian blog/forum thread with comments (names, dates, "Відповісти", likes)
    "blog_komentari_ua": """\
T Як я вивчила англійську за рік без курсів
R 3 червня 2024
R Марія Шевчук
A Рік тому я могла прочитати хіба що меню в кафе. Тепер читаю книжки в оригіналі. Розповідаю, що спрацювало.
A Щодня по 20 хвилин
A Я слухала подкасти дорогою на роботу і записувала незнайомі слова в нотатки.
A Розмовна практика
A Двічі на тиждень спілкувалася з носієм мови через сервіс обміну мовами.
A Дехто з читачів писав мені в коментарях, що без викладача нічого не вийде. Я не погоджуюся, але й нікого не переконую.
A Підписуйтесь на подкасти з короткими епізодами: їх легше слухати щодня.
R Теги: англійська, навчання, саморозвиток
R Поділитися у Facebook
R 18 коментарів
R Ігор
R 3 червня 2024 о 12:17
R Дякую, дуже надихає!
R Відповісти
R Наталія П.
R 4 червня 2024 о 08:45
R А які подкасти ви слухали?
R Відповісти
R Залишити коментар
R Ваша адреса електронної пошти не буде опублікована.
R Надіслати коментар
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {
    "blog_komentari_ua": 1,  # the blogger's bare name under the date
    "naive_ekonomika_ua": 1,  # the author's bare name
    "naive_miskrada_ua": 2,  # the council's footer address and opening hours: a notice's own contact rows look the same
    "naive_novyny_ua": 1,  # the author's bare name
    "sport_futbol_ua": 1,  # the reporter's bare name
}

#: The same with the language given (the same lines).
RESIDUE_LEFT_AS_UKRAINIAN: dict[str, int] = {
    "blog_komentari_ua": 1,  # the blogger's bare name under the date
    "naive_ekonomika_ua": 1,  # the author's bare name
    "naive_miskrada_ua": 2,  # the council's footer address and opening hours: a notice's own contact rows look the same
    "naive_novyny_ua": 1,  # the author's bare name
    "sport_futbol_ua": 1,  # the reporter's bare name
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="uk", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_ukrainian, test_probe_pages_are_told_ukrainian = language_probe_tests(
    CASES, "uk", known_lost=KNOWN_LOST, residue_left=RESIDUE_LEFT_AS_UKRAINIAN
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("39,26 ↑ 0,05", "finance-widget"),
    ("42,30 ▼ -0,12%", "finance-widget"),
]


test_residue_goes = residue_goes_tests(ARTICLES["uk"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("uk", [line for line, _pass in RESIDUE_GOES])


SHORT_LINES = [
    "Що є в пунктах",
    "Курс на міжбанку",
    "Статистика матчу",
    "Розмовна практика",
    "Долар: 39,26 грн",
    "Кутові: 7:3",
    "Джерело натхнення",
]


test_short_line_survives = short_line_tests(ARTICLES["uk"], SHORT_LINES)


# -- the guard the probe led to (passes/edge_announced.py: a list under a subheading) -------------------

_LIST_UNDER_HEADING = ["Що є в пунктах", "генератор і освітлення", "питна вода", "аптечка першої допомоги"]
_FOOTER = ["Реклама", "Про нас", "Контакти", "Політика конфіденційності", "© 2024 Українська правда. Усі права захищені."]


def test_a_list_under_a_subheading_stays_where_the_text_goes_on_after_it() -> None:
    # after the last long paragraph: a subheading with function words, three short items, then a
    # short sentence of the article (under the length of a paragraph that anchors the edge)
    article = [*ARTICLES["uk"], *_LIST_UNDER_HEADING, "Мешканці можуть повідомити про несправність через гарячу лінію 1551."]
    result = cleaner.explain_text("\n".join([*article, *_FOOTER]))
    assert result.text.splitlines() == article


def test_a_list_under_a_subheading_with_no_text_after_it_still_goes() -> None:
    # the same lines with only the footer under them (its cookie line a sentence, not the text going on):
    # a box of links, not the article's list; the subheading, no furniture, stays as before
    footer = [_FOOTER[0], "Ми використовуємо файли cookie, щоб сайт працював краще.", *_FOOTER[1:]]
    result = cleaner.explain_text("\n".join([*ARTICLES["uk"], *_LIST_UNDER_HEADING, *footer]))
    assert result.text.splitlines() == [*ARTICLES["uk"], _LIST_UNDER_HEADING[0]]


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_uk_2.py
    report(CASES)
    print("as Ukrainian:")
    report(CASES, lambda case: judge(case, language="uk"))
