# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team of the Ukrainian and Romanian vocabularies, their letters, and the line gate on them.

- Short lines of an article that look like residue (one-line quotes, subheadings, list items: they
  cannot live in ``fixtures/negatives/<lang>.txt``, which also puts every line first in a text) in
  the middle and at the end of a short article; the long sentences of the same red team, five or
  more a table, stand at the head, middle and tail here and in ``fixtures/negatives/uk.txt``, ``ro.txt``.
- The residue the tables were written for still goes, by the pass named, in the letters sites print:
  Ukrainian і ї є ґ and the three apostrophes (' ’ ʼ); Romanian ș ț with the comma below, with the
  cedilla (ş ţ) and without diacritics.
- The RE2 line gate (``cleaner/gate.py``) lists the non-ASCII letters of a pattern exactly: it never
  rules out a line these tables match, in any of those spellings.
"""

from __future__ import annotations

import pytest
from probes import assert_gate_admits, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner
from cleaner import gate

SHORT_LINES: dict[str, list[str]] = {
    "uk": [
        # one-line quotes: a button or a banner's link carries no full stop or exclamation mark
        "Прийняти!",
        "Погоджуюся.",
        "Відповісти?",
        "Поділіться!",
        "Підписуйтеся!",
        "Купити?",
        "Закрити!",
        # subheadings and list items
        "Коментарі експертів",
        "Що кажуть коментатори",
        "Реклама і вибори",
        "Права людини на окупованих територіях",
        "Передплата на газети: що зміниться",
        "Фото, які облетіли світ",
        "Ґрунти і їхнє відновлення;",
        "Європейські гранти для громад;",
    ],
    "ro": [
        "Refuz!",
        "Sunt de acord.",
        "Răspunde!",
        "Distribuie!",
        "Abonează-te!",
        "Cumpără?",
        "Închide!",
        "Comentariile experților",
        "Ce spun comentatorii",
        "Publicitatea și alegerile",
        "Drepturile omului în zonele ocupate",
        "Abonamentele la ziare: ce se schimbă",
        "Fotografii care au făcut înconjurul lumii",
        "Şcolile şi grădiniţele din judeţ;",
        "Taxele pentru mașinile noi;",
    ],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


#: Sentences a journalist would write that a table's pattern could catch, five or more a table.
RED_TEAM: dict[str, list[str]] = {
    "uk": [
        # comments
        "Коментарі (понад 300) під дописом прем'єра стосувалися здебільшого тарифів.",
        "15 коментарів від читачів редакція отримала вже за першу годину після публікації.",
        "Щоб залишити коментар на сайті суду, потрібно мати електронний підпис, пояснили юристи.",
        "Жодного коментаря від компанії ми не отримали до моменту публікації.",
        "Відповісти на це запитання міністр не зміг навіть за тиждень.",
        # cookies
        "Наш сайт використовує файли cookie, визнали в компанії, але дані не передаються третім особам.",
        "Продовжуючи користуватися послугами банку, ви погоджуєтеся з новими тарифами, попередили в НБУ.",
        "Прийняти всі поправки депутати не змогли через брак голосів.",
        "Налаштування мережі займе кілька днів, пояснили в Укртелекомі.",
        "Відхилити позов суд вирішив ще в березні.",
        # credits
        "Фото: так підписала редакція знімок, який потім виявився підробкою, пояснили в поліції.",
        "Усі права захищені — таку табличку повісили на паркані забудовника, розповіли мешканці.",
        "Передрук матеріалів без дозволу редакції є порушенням закону, наголосив юрист.",
        "Реклама на бордах у центрі Києва відтепер заборонена.",
        "Ілюстративне фото в підручнику замінять після скарг батьків.",
        # metadata
        "Опубліковано 12 нових вакансій у державних органах, повідомили в НАДС.",
        "Оновлено правила в'їзду до України для іноземців.",
        "Автор: так підписано лист, який надійшов до редакції анонімно.",
        "Сьогодні о 10:00 розпочнеться засідання уряду.",
        "21 березня 2024 року на Київщині відкрили новий міст.",
        # promos
        "Читайте також: так називалася рубрика, яку газета вела двадцять років.",
        "Головне, щоб діти були в безпеці, сказала директорка школи.",
        "Популярне серед туристів місто стало ще дорожчим.",
        "Дивитися відео з уроками школярі можуть на платформі МОН.",
        "Теги на речах допомогли поліції знайти викрадене.",
        # signup
        "Підпишіться на розсилку, закликали шахраї у фальшивих листах від імені банку.",
        "Реєстрація на ЗНО триватиме до 15 березня.",
        "Ваш email стане логіном у новій системі, пояснили в Дії.",
        "Натискаючи кнопку в застосунку, ви погоджуєтеся з умовами банку, нагадали юристи.",
        "Оформити передплату на газету можна на будь-якій пошті.",
        # widgets
        "Поділитися хлібом із сусідами було звичайною справою, згадує пані Марія.",
        "Telegram і Viber стали головними месенджерами в Україні.",
        "Купити житло за програмою «єОселя» можна з першим внеском 10%.",
        "Безкоштовна доставка гуманітарної допомоги триватиме до зими.",
        "Версія для друку закону з'явилася на сайті Ради лише ввечері.",
        "Так чи ні – на це запитання має відповісти референдум.",
    ],
    "ro": [
        # comments
        "Comentarii (peste 300) au apărut sub postarea premierului, cele mai multe despre facturi.",
        "15 comentarii au primit redacția în prima oră de la publicare.",
        "Trebuie să fii autentificat în Ghișeul.ro pentru a plăti amenda online, explică ANAF.",
        "Niciun comentariu nu a venit din partea companiei până la publicarea articolului.",
        "Răspunde doar la întrebările scrise, i-a cerut avocatul clientului său.",
        # cookies
        "Site-ul nostru folosește cookie-uri, au recunoscut reprezentanții firmei, dar datele nu sunt vândute.",
        "Continuând să folosiți serviciile băncii, sunteți de acord cu noile comisioane, a avertizat BNR.",
        "Accept toate amendamentele care nu cresc deficitul, a spus ministrul Finanțelor.",
        "Setările rețelei vor dura câteva zile, au explicat cei de la Telekom.",
        "Refuz să cred că lucrurile vor rămâne așa, a declarat primarul.",
        # credits
        "Foto: așa semna redacția imaginea care s-a dovedit ulterior falsă, a explicat poliția.",
        "Toate drepturile rezervate — scria pe gardul dezvoltatorului, au povestit locuitorii.",
        "Preluarea materialelor fără acordul redacției este ilegală, a subliniat juristul.",
        "Publicitatea pe panourile din centrul Capitalei va fi interzisă.",
        "Imaginea ilustrativă din manual va fi înlocuită după plângerile părinților.",
        # metadata
        "Publicat în 1932, romanul a fost tradus în 20 de limbi.",
        "Actualizat anual, registrul arată câte firme au datorii.",
        "Autor: așa era semnată scrisoarea anonimă primită de redacție.",
        "Astăzi la ora 10:00 începe ședința de guvern.",
        "De Ziua Femeii, florăriile au avut vânzări record.",
        # promos
        "Citește și tu prospectul înainte de a lua medicamentul, recomandă farmaciștii.",
        "Cele mai citite cărți ale anului au fost romanele polițiste, arată un studiu.",
        "Ultima oră a zilei de vot a adus cea mai mare prezență.",
        "Vezi video cu lecțiile pe platforma Ministerului Educației, le-a transmis profesorul elevilor.",
        "Etichetele de pe produse au ajutat poliția să găsească bunurile furate.",
        # signup
        "Abonează-te la newsletter, le cereau escrocii victimelor în mesaje false de la bancă.",
        "Înscrierea la Bacalaureat se face până la 15 martie.",
        "Adresa de email va deveni numele de utilizator în noul sistem, au explicat cei de la ANAF.",
        "Prin apăsarea butonului din aplicație, ești de acord cu condițiile băncii, au avertizat juriștii.",
        "Abonamentul la ziar se poate face la orice oficiu poștal.",
        # widgets
        "Distribuie pâine vecinilor în fiecare duminică, povestește doamna Maria.",
        "WhatsApp și Facebook au devenit principalele surse de știri pentru români.",
        "Cumpără o locuință prin programul Noua Casă cu un avans de 5%.",
        "Livrare gratuită de ajutoare umanitare va continua până la iarnă.",
        "Versiune pentru tipărire a legii a apărut pe site-ul Parlamentului abia seara.",
        "Da sau nu — la această întrebare va răspunde referendumul.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "line", "position"), short_line_params(RED_TEAM, positions=("head", "middle", "tail"))
)
def test_red_team_sentence_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


RESIDUE: list[tuple[str, str, str]] = [
    # Ukrainian letters і ї є ґ and the apostrophes ' ’ ʼ
    ("uk", "Ваша адреса електронної пошти не буде опублікована. Обов'язкові поля позначені *", "comment-ui"),
    ("uk", "Ваша адреса електронної пошти не буде опублікована. Обов’язкові поля позначені *", "comment-ui"),
    ("uk", "Ваша адреса електронної пошти не буде опублікована. Обовʼязкові поля позначені *", "comment-ui"),
    ("uk", "Ім'я *", "comment-ui"),
    ("uk", "ІМʼЯ *", "comment-ui"),
    ("uk", "Ми використовуємо файли cookie, щоб покращити роботу сайту.", "cookie-notice"),
    ("uk", "Фото: пресслужба Верховної Ради", "image-credit"),
    ("uk", "ФОТО: УНІАН", "promo-label"),
    ("uk", "Читайте також: Уряд продовжив програму «5-7-9» до кінця року", "promo-label"),
    ("uk", "ЧИТАЙТЕ ТАКОЖ: НБУ знизив облікову ставку", "promo-label"),
    ("uk", "Підписуйтеся на наш Telegram-канал", "call-to-action"),
    ("uk", "Усі права захищені.", "copyright"),
    ("uk", "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter", "site-chrome"),
    ("uk", "Здоровʼя | Суспільство | Війна", "site-chrome"),
    ("uk", "Поділитися в Telegram", "social-buttons"),
    ("uk", "Оновлено: 21 березня 2024, 16:30", "dateline"),
    ("uk", "Теги: МЗС, Росія, переговори", "teaser-box"),
    # Romanian, comma below, cedilla and no diacritics
    ("ro", "Citește și: Cum se calculează pensiile", "promo-label"),
    ("ro", "Citeşte şi: Cum se calculează pensiile", "promo-label"),
    ("ro", "Citeste si: Cum se calculeaza pensiile", "promo-label"),
    ("ro", "CITEȘTE ȘI: BNR a menținut dobânda", "promo-label"),
    ("ro", "CITEŞTE ŞI: BNR a menţinut dobânda", "promo-label"),
    ("ro", "Abonează-te la newsletter", "newsletter-prompt"),
    ("ro", "Aboneaza-te la newsletter", "newsletter-prompt"),
    ("ro", "Urmărește-ne pe Google News", "call-to-action"),
    ("ro", "Urmăreşte-ne pe Google News", "call-to-action"),
    ("ro", "Toate drepturile rezervate.", "copyright"),
    ("ro", "Distribuie pe Facebook", "social-buttons"),
    ("ro", "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.", "cookie-notice"),
    ("ro", "Acest site foloseşte cookie-uri pentru a vă oferi o experienţă mai bună.", "cookie-notice"),
    ("ro", "Acest site foloseste cookie-uri pentru a va oferi o experienta mai buna.", "cookie-notice"),
    ("ro", "Sursa foto: Shutterstock", "image-credit"),
    ("ro", "Sursă foto: Inquam Photos", "image-credit"),
    ("ro", "Actualizat: 21 martie 2024, 16:30", "dateline"),
    ("ro", "Ai găsit o greșeală? Selectează textul și apasă Ctrl+Enter", "site-chrome"),
    ("ro", "Ai găsit o greşeală? Selectează textul şi apasă Ctrl+Enter", "site-chrome"),
    ("ro", "Salvează-mi numele, emailul și site-ul web în acest navigator pentru data viitoare când o să comentez.", "comment-ui"),
    ("ro", "Salvează-mi numele, emailul şi site-ul web în acest navigator pentru data viitoare când o să comentez.", "comment-ui"),
]


@pytest.mark.parametrize(("lang", "line", "pass_name"), RESIDUE)
def test_residue_goes_in_every_spelling(lang: str, line: str, pass_name: str) -> None:
    art = ARTICLES[lang]
    result = cleaner.explain_text("\n\n".join([*art, line]))
    removed = [(r.pass_name, r.text) for r in result.removed]
    assert result.text == "\n\n".join(art), removed
    assert any(r.pass_name == pass_name and line in r.text for r in result.removed), removed


@pytest.mark.skipif(not gate.available(), reason="google-re2 is a dependency; without it nothing is gated")
@pytest.mark.parametrize("lang", ["uk", "ro"])
def test_the_gate_never_rules_out_a_line_these_tables_match(lang: str) -> None:
    assert_gate_admits(lang, [line for line_lang, line, _ in RESIDUE if line_lang == lang])


def test_a_list_after_a_short_last_paragraph_keeps_its_items() -> None:
    """edge-furniture's tail region starts after the last paragraph of twelve words or more: a list
    after a shorter one (its lead-in with a colon, its items closed by semicolons) is the article's,
    even with a comment section under it (Russian as Ukrainian: the pass is not a language's)."""
    from probes import judge
    from test_lang_ru import CASES as RU_CASES

    page = RU_CASES["blog"].replace(
        "A Если у вас есть вопросы о переезде, пишите в комментариях, отвечу всем!",
        "A Есть вопросы о переезде? Пишите в комментариях, отвечу всем!",
    )
    lost, _left = judge(page)
    assert lost == []
