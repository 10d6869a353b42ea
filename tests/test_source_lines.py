"""Source and agency lines ("По материалам ТАСС и Интерфакс.", "Jan Novák, ČTK", "Sursa: Agerpres") are
told by their shape, never by a list of outlets: the line holds only capitalised names, an agency's
capitals or web addresses after its label. A sentence that goes on after the names is the article's."""

from __future__ import annotations

import pytest

import cleaner

ARTICLES = {
    "ru": [
        "Правительство одобрило новый бюджет на следующий год, сообщили в министерстве финансов во вторник.",
        "Расходы на образование вырастут на десять процентов, а на здравоохранение почти на восемь процентов.",
    ],
    "uk": [
        "Уряд у середу схвалив новий бюджет на наступний рік, повідомив міністр фінансів після засідання.",
        "Видатки на освіту зростуть на десять відсотків, а на охорону здоров'я майже на вісім відсотків.",
    ],
    "cs": [
        "Vláda ve středu schválila nový rozpočet na příští rok, oznámil ministr financí po jednání kabinetu.",
        "Výdaje na školství vzrostou o deset procent a na zdravotnictví téměř o osm procent, uvedl úřad.",
    ],
    "ro": [
        "Guvernul a aprobat miercuri noul buget pentru anul viitor, a anunțat ministrul finanțelor după ședință.",
        "Cheltuielile pentru educație vor crește cu zece la sută, iar cele pentru sănătate cu aproape opt la sută.",
    ],
}

GOES = [
    ("ru", "Источник: Коммерсантъ", "copyright"),
    ("ru", "Источник: E1.RU", "copyright"),
    ("ru", "По материалам агентства «Регнум»", "copyright"),
    ("uk", "За матеріалами УНІАН та Укрінформу", "copyright"),
    ("uk", "(Джерело: Суспільне)", "copyright"),
    ("uk", "Джерело: Reuters", "copyright"),
    ("cs", "Jan Novák, ČTK", "byline"),
    ("cs", "Eva Malá, Reuters, ČTK", "byline"),
    ("cs", "Petr Svoboda, TASR", "byline"),
    ("ro", "Sursa: Agerpres", "copyright"),
    ("ro", "Sursa: Mediafax, news.ro", "copyright"),
    ("ro", "Cu informații de la Digi24 și Reuters", "copyright"),
]

STAYS = [
    ("ru", "Источник: Росстат, данные за 2023 год."),
    ("ru", "По материалам ТАСС, правительство одобрило новый бюджет на следующий год."),
    ("ru", "По материалам уголовного дела, обвиняемый действовал не один."),
    ("uk", "За матеріалами УНІАН, уряд ухвалив новий бюджет на наступний рік."),
    ("uk", "Джерело: джерело води в селі пересохло вперше за сто років."),
    ("cs", "Jan Novák, Praha"),
    ("cs", "Jan Novák, ČTK, uvedl, že vláda rozpočet schválí do konce měsíce."),
    ("ro", "Sursa: INS, date pentru 2023."),
    ("ro", "Informații: Primăria anunță că programul se schimbă de luni."),
]


@pytest.mark.parametrize(("lang", "line", "pass_name"), GOES)
@pytest.mark.parametrize("where", ["tail", "middle"])
def test_a_source_line_of_names_goes(lang: str, line: str, pass_name: str, where: str) -> None:
    a, b = ARTICLES[lang]
    lines = [a, b, line] if where == "tail" else [a, line, b]
    result = cleaner.explain_text("\n".join(lines), language=lang)
    assert line not in result.text.splitlines()
    assert [r.pass_name for r in result.removed if r.text == line] == [pass_name]


@pytest.mark.parametrize(("lang", "line"), STAYS)
@pytest.mark.parametrize("where", ["tail", "middle"])
def test_a_sentence_after_a_source_label_stays(lang: str, line: str, where: str) -> None:
    a, b = ARTICLES[lang]
    lines = [a, b, line] if where == "tail" else [a, line, b]
    text = "\n".join(lines)
    assert cleaner.clean_text(text, language=lang) == text
