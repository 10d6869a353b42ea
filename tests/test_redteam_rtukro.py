# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Independent red team of the Ukrainian and Romanian vocabularies (after ``test_redteam_ukro.py``).

- Short lines of an article that look like residue (one-line quotes, answers, subheadings) survive in
  the middle and at the end of a short article; the red team's long sentences are in
  ``fixtures/negatives/uk.txt`` and ``ro.txt`` (head, middle and tail).
- The residue the narrowed patterns were written for still goes, by the pass named: Ukrainian with its
  apostrophes (' ’ ʼ), Romanian with ș ț (comma below), ş ţ (cedilla) and without diacritics.
- Inserting the red team's sentences does not flip the article's language (Ukrainian to Russian,
  Romanian to Italian or another Romance language).
"""

from __future__ import annotations

import pytest
from probes import assert_gate_admits, assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner
from cleaner import gate

SHORT_LINES: dict[str, list[str]] = {
    "uk": [
        "Обговорення закрито.",
        "Так",
        "Ні",
        "Здоров'я",
        "Сім’я",
        "Інтервʼю",
        "Кар'єра",
    ],
    "ro": [
        "Fără comentarii.",
        "226 de voturi",
        "Am înțeles.",
        "Refuz.",
        "Cod: roșu",
        "Cod: roşu",
        "Cod: rosu",
        "Îmi place.",
    ],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


#: Article sentences the narrowed patterns took before (how-to steps, reports, advice), in each
#: spelling a site prints: they survive at the head, the middle and the tail.
SPELLINGS: dict[str, list[str]] = {
    "uk": [
        "Щоб залишити відгук, треба авторизуватися через Дію.",
        "Увійдіть у застосунок, щоб залишити відгук.",
        "Сайт використовує файли cookie, а отже, зобов'язаний попереджати відвідувачів.",
        "Сайт використовує файли cookie, а отже, зобов’язаний попереджати відвідувачів.",
        "Сайт використовує файли cookie, а отже, зобовʼязаний попереджати відвідувачів.",
        "Формально всі права захищені. Насправді ж люди роками чекають на рішення суду.",
        "Слідкуйте за погодою в горах.",
        "Встановіть застосунок «Дія» і увійдіть через BankID.",
        "Ви можете відписатися будь-коли, однак гроші за вже оплачений місяць вам не повернуть.",
        "Без спаму в пошті життя стало спокійнішим.",
        "Вже зареєстровані? Тоді перевірте статус заявки в кабінеті.",
    ],
    "ro": [
        "Site-ul folosește cookie-uri fără acordul utilizatorilor, iar amenda poate fi uriașă.",
        "Site-ul foloseşte cookie-uri fără acordul utilizatorilor, iar amenda poate fi uriaşă.",
        "Site-ul foloseste cookie-uri fara acordul utilizatorilor, iar amenda poate fi uriasa.",
        "Intrați pe site-ul ANAF.",
        "Intraţi pe site-ul ANAF.",
        "Intrati pe site-ul ANAF.",
        "Descărcați aplicația RoAlert și activați notificările.",
        "Descărcaţi aplicaţia RoAlert şi activaţi notificările.",
        "Descarcati aplicatia RoAlert si activati notificarile.",
        "Sunt de acord cu politica guvernului în privința pensiilor.",
        "Sunt de acord cu politica guvernului în privinţa pensiilor.",
        "Sunt de acord cu politica guvernului in privinta pensiilor.",
        "Actualizare: Poliția a confirmat că suspectul a fost reținut.",
        "Actualizare: Poliţia a confirmat că suspectul a fost reţinut.",
        "Actualizare: Politia a confirmat ca suspectul a fost retinut.",
        "Autentificați-vă pentru a accesa dosarul fiscal.",
        "Autentificaţi-vă pentru a accesa dosarul fiscal.",
        "Autentificati-va pentru a accesa dosarul fiscal.",
        "Acest conținut este disponibil doar pentru clienții Orange cu abonament activ.",
        "Acest conţinut este disponibil doar pentru clienţii Orange cu abonament activ.",
        "Acest continut este disponibil doar pentru clientii Orange cu abonament activ.",
        "Aveți deja cont? Atunci intrați direct în secțiunea Declarații.",
        "Aveţi deja cont? Atunci intraţi direct în secţiunea Declaraţii.",
        "Aveti deja cont? Atunci intrati direct in sectiunea Declaratii.",
        "Vă puteți dezabona oricând, însă banii pentru luna în curs nu se returnează.",
        "Vă puteţi dezabona oricând, însă banii pentru luna în curs nu se returnează.",
        "Va puteti dezabona oricand, insa banii pentru luna in curs nu se returneaza.",
        "Datele sunt furnizate de INS și acoperă perioada 2010-2023.",
        "Datele sunt furnizate de INS şi acoperă perioada 2010-2023.",
        "Datele sunt furnizate de INS si acopera perioada 2010-2023.",
        "Folosirea materialelor didactice de pe site-ul ministerului este permisă doar în școli.",
        "Folosirea materialelor didactice de pe site-ul ministerului este permisă doar în şcoli.",
        "Folosirea materialelor didactice de pe site-ul ministerului este permisa doar in scoli.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "line", "position"), short_line_params(SPELLINGS, positions=("head", "middle", "tail"))
)
def test_sentence_survives_in_every_spelling(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


#: Residue the narrowed patterns still take.
RESIDUE: list[tuple[str, str, str]] = [
    ("uk", "Щоб залишити коментар, необхідно увійти.", "comment-section"),
    ("uk", "Щоб залишити коментар, необхідно авторизуватися через Facebook.", "comment-section"),
    ("uk", "Увійдіть, щоб залишити коментар.", "comment-section"),
    ("uk", "Ми використовуємо файли cookie, щоб покращити роботу сайту.", "cookie-notice"),
    ("uk", "Наш сайт використовує cookies, які допомагають нам зробити його зручнішим.", "cookie-notice"),
    ("uk", "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини.", "call-to-action"),
    ("uk", "Стежте за УНІАН у Facebook.", "call-to-action"),
    ("uk", "Слідкуйте за новинами ТСН в Telegram.", "call-to-action"),
    ("uk", "Завантажуйте наш застосунок.", "call-to-action"),
    ("uk", "Встановіть мобільний застосунок УНІАН, щоб читати новини.", "call-to-action"),
    ("uk", "Поділіться посиланням з друзями", "call-to-action"),
    ("uk", "Цей матеріал доступний лише для передплатників.", "paywall"),
    ("uk", "Котирування надає Refinitiv.", "finance-widget"),
    ("uk", "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter.", "site-chrome"),
    ("uk", "© 2024 ТСН. Усі права захищені.", "copyright"),
    ("ro", "Abonează-te la canalul nostru de WhatsApp pentru cele mai noi știri din Cluj.", "call-to-action"),
    ("ro", "Abonează-te la canalul nostru de WhatsApp pentru cele mai noi ştiri din Cluj.", "call-to-action"),
    ("ro", "Aboneaza-te la canalul nostru de WhatsApp pentru cele mai noi stiri din Cluj.", "call-to-action"),
    ("ro", "Urmărește-ne pe Google News", "call-to-action"),
    ("ro", "Descarcă aplicația noastră și citește știrile oriunde.", "call-to-action"),
    ("ro", "Descarcă aplicația Digi24 pentru cele mai noi știri.", "call-to-action"),
    ("ro", "Descarcă aplicaţia Digi24 pentru cele mai noi ştiri.", "call-to-action"),
    ("ro", "Descarca aplicatia Digi24 pentru cele mai noi stiri.", "call-to-action"),
    ("ro", "Înscrie-te la newsletter pentru a primi cele mai noi știri.", "newsletter-prompt"),
    ("ro", "Acest articol este disponibil doar pentru abonați.", "paywall"),
    ("ro", "Acest articol este disponibil doar pentru abonaţi.", "paywall"),
    ("ro", "Acest articol este disponibil doar pentru abonati.", "paywall"),
    ("ro", "Abonează-te pentru a citi articolul complet.", "paywall"),
    ("ro", "Folosim cookie-uri, care ne ajută să îmbunătățim site-ul.", "cookie-notice"),
    ("ro", "Folosim cookie-uri, care ne ajută să îmbunătăţim site-ul.", "cookie-notice"),
    ("ro", "Folosim cookie-uri, care ne ajuta sa imbunatatim site-ul.", "cookie-notice"),
    ("ro", "Reproducerea conținutului Adevarul.ro este permisă doar cu link.", "copyright"),
    ("ro", "Preluarea integrală sau parțială a materialelor publicate pe acest site este interzisă fără acordul redacției.", "copyright"),
    ("ro", "Preluarea integrală sau parţială a materialelor publicate pe acest site este interzisă fără acordul redacţiei.", "copyright"),
    ("ro", "Preluarea integrala sau partiala a materialelor publicate pe acest site este interzisa fara acordul redactiei.", "copyright"),
    ("ro", "Datele bursiere sunt furnizate de BVB.", "finance-widget"),
]


@pytest.mark.parametrize(("lang", "line", "pass_name"), RESIDUE)
def test_residue_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)


@pytest.mark.skipif(not gate.available(), reason="google-re2 is a dependency; without it nothing is gated")
@pytest.mark.parametrize("lang", ["uk", "ro"])
def test_the_gate_passes_the_lines_the_narrowed_tables_match(lang: str) -> None:
    assert_gate_admits(lang, [line for line_lang, line, _ in RESIDUE if line_lang == lang])


@pytest.mark.parametrize("lang", ["uk", "ro"])
def test_the_red_team_lines_do_not_flip_the_language(lang: str) -> None:
    lines = [line for line_lang, line, _ in RESIDUE if line_lang == lang] + SPELLINGS[lang] + SHORT_LINES[lang]
    for line in lines:
        for position in ("head", "middle", "tail"):
            text = "\n\n".join(with_line(ARTICLES[lang], line, position))
            assert cleaner.explain_text(text).language == lang, (line, position)
