"""Red team of the Russian and Polish vocabularies: short lines of an article that look like residue.

Subheadings, list items and one-line quotes (no sentence punctuation, or only a few words) cannot
live in ``fixtures/negatives/<lang>.txt``, which also puts every line first in a text, where a
heading is the page's title. Here each stands in the middle of a short article (and at its end,
after the last paragraph) and must survive with the article around it. The long sentences of the
same red team are in ``fixtures/negatives/ru.txt`` and ``pl.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

SHORT_LINES: dict[str, list[str]] = {
    "ru": [
        # a count of opinions is a rubric, not a comment counter (a comment section would cut the rest)
        "Два мнения",
        "Три мнения о пенсионной реформе",
        "Комментарии экспертов",
        "Цитата дня",
        "5 ответов на главные вопросы о налоговом вычете",
        "20 лет назад",
        "Иван Петров пишет: «Мы не сдадимся».",
        # one-line quotes: a button has no exclamation mark
        "Вперёд!",
        "Мне нравится.",
        "Спасибо, доктор!",
    ],
    "pl": [
        "Dwie myśli na temat „Wesela”",
        "Trzy komentarze do wyroku Trybunału",
        # a list item of a how-to: a reply to an office is no comment form
        "Wyślij odpowiedź do urzędu w ciągu 14 dni",
        "Coś poszło nie tak",
        "Godz. 10.00 – otwarcie konferencji",
        # one-line quotes: a consent or pop-up button has no full stop or exclamation mark
        "Nie zgadzam się!",
        "Zgadzam się.",
        "Rozumiem.",
        "Nie teraz.",
        "Nie, dziękuję.",
        "Może później.",
        "Droga Pani Minister!",
    ],
}

PARAMS = short_line_params(SHORT_LINES)


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


def test_summary_box_survives() -> None:
    """'W skrócie' heads the article's own key points, not a teaser box of other articles."""
    art = ARTICLES["pl"]
    points = ["W skrócie", "Port zostanie przebudowany do 2027 roku", "Koszt inwestycji to 80 mln zł",
              "Rybacy zachowają zachodnie nabrzeże"]
    assert_survives([art[0], *points, *art[1:]])


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("ru", "Подписаться на рассылку", "newsletter-prompt"),
        ("ru", "Подписывайтесь на наш канал в Telegram", "newsletter-prompt"),
        ("ru", "Присоединяйтесь к нашей группе ВКонтакте!", "call-to-action"),
        ("ru", "Фото из личного архива Анны Ивановой", "image-credit"),
        # a syndication line of names alone (capitalised names or "агентств…"), any agency or outlet
        ("ru", "По материалам ТАСС и Интерфакс.", "copyright"),
        ("ru", "(Источник: РИА Новости)", "copyright"),
        ("ru", "Источник: Reuters, AFP", "copyright"),
        ("ru", "По материалам агентства «Регнум»", "copyright"),
        ("ru", "Источник: Коммерсантъ", "copyright"),
        ("ru", "Все права защищены.", "copyright"),
        ("ru", "При полном или частичном использовании материалов ссылка на РИА Новости обязательна.", "copyright"),
        ("ru", "Чтобы оставить комментарий, необходимо войти или зарегистрироваться.", "comment-section"),
        ("ru", "Вы можете отписаться в любой момент.", "newsletter-prompt"),
        ("pl", "Fot. PAP/Leszek Szymański", "image-credit"),
        ("pl", "Zdjęcie Shutterstock", "image-credit"),
        ("pl", "Kopiowanie materiałów bez zgody redakcji zabronione.", "copyright"),
        ("pl", "Tłumaczenie: Anna Nowak", "copyright"),
        ("pl", "Możesz zrezygnować z subskrypcji w każdej chwili.", "newsletter-prompt"),
        ("pl", "Kup dostęp premium i czytaj bez ograniczeń.", "paywall"),
    ],
)
def test_residue_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
