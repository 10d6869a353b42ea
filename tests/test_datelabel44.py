# ruff: noqa: E501  (article lines quoted whole)
"""s44: an event's date alone under its label alone ("When:" / "Saturday 14 June 2025"), inside the article.

The label stayed and its date went as the page's timestamp, in every language (nordic43 noted "Dagskrá:" over "5.
maí 2024 kl. 20:00"): ``edge_datelabel.date_under_label`` keeps the date under a colon label that the language's
table ``metadata.date_label`` names, between the article's sentences or over the box's next row. A stamp's own label
("Updated:", "Aktualisiert:") and a date over the first paragraph still go. A short Icelandic page, whose words it
shares with Danish and Norwegian outvoted its own, is told Icelandic by its ð and þ (``language._icelandic_votes``).
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.language import guess_by_stopwords

KEPT = {
    "is": [
        "Hljómsveitin heldur tónleika í Hörpu í vor og mun þar flytja ný lög af plötunni sem kom út í haust.",
        "Dagskrá:",
        "5. maí 2024 kl. 20:00",
        "Miðasala hefst í næstu viku og er búist við að uppselt verði á skömmum tíma eins og síðast.",
    ],
    "sv": [
        "Kulturhuset öppnar en ny utställning om stadens historia och visar bilder som aldrig tidigare har visats.",
        "Vernissage:",
        "12 maj 2024 kl. 18.00",
        "Utställningen pågår hela sommaren och entrén är gratis för barn och ungdomar under arton år.",
    ],
    "de": [
        "Der Chor lädt zum großen Frühjahrskonzert in die Stadtkirche ein und singt Werke von Bach und Brahms.",
        "Termin:",
        "12. Juni 2024, 19:30 Uhr",
        "Karten gibt es an der Abendkasse und im Vorverkauf in der Buchhandlung am Markt für zwölf Euro.",
    ],
    "fr": [
        "La médiathèque organise une rencontre avec l'autrice du roman qui a remporté le prix des lecteurs cette année.",
        "Date :",
        "samedi 14 juin 2025",
        "L'entrée est libre dans la limite des places disponibles et la séance sera suivie d'une dédicace.",
    ],
    "pl": [
        "Miejska biblioteka zaprasza na spotkanie z autorką powieści, która zdobyła w tym roku nagrodę czytelników.",
        "Termin:",
        "14 czerwca 2025, godz. 18:00",
        "Wstęp jest wolny, a po spotkaniu odbędzie się podpisywanie książek w czytelni na pierwszym piętrze.",
    ],
    "en": [
        "The festival returns to the old harbour this spring with a programme of concerts, talks and films for the whole family.",
        "Organisers said tickets for the opening night would go on sale next week, and that most events remain free of charge.",
        "When:",
        "Saturday 14 June 2025",
        "Where:",
        "Harbour Hall, Quay Street",
    ],
}


@pytest.mark.parametrize("lang", sorted(KEPT))
def test_a_date_under_its_events_label_stays(lang: str) -> None:
    text = "\n".join(KEPT[lang])
    result = cleaner.explain_text(text)
    assert result.language == lang
    assert result.text.splitlines() == KEPT[lang]


PARAS = [
    "The festival returns to the old harbour this spring with a programme of concerts, talks and films for the whole family.",
    "Organisers said tickets for the opening night would go on sale next week, and that most events remain free of charge.",
]
DE = [
    "Der Chor lädt zum großen Frühjahrskonzert in die Stadtkirche ein und singt Werke von Bach und Brahms.",
    "Karten gibt es an der Abendkasse und im Vorverkauf in der Buchhandlung am Markt für zwölf Euro.",
]
GOES = {
    "a stamp's label over its date, mid-text": ([PARAS[0], "Updated:", "14 June 2025", PARAS[1]], ["Updated:", "14 June 2025"]),
    "a German stamp's label": ([DE[0], "Aktualisiert:", "12.06.2024, 19:30 Uhr", DE[1]], ["Aktualisiert:", "12.06.2024, 19:30 Uhr"]),
    "an event label's date over the first paragraph": (["Date:", "14 June 2025", *PARAS], ["14 June 2025"]),
    "a published label at the head": (["Published:", "14 June 2025", *PARAS], ["Published:", "14 June 2025"]),
}


@pytest.mark.parametrize("case", sorted(GOES))
def test_a_stamp_under_its_label_still_goes(case: str) -> None:
    lines, gone = GOES[case]
    result = cleaner.explain_text("\n".join(lines))
    assert [r.text for r in result.removed] == gone
    assert {r.pass_name for r in result.removed} == {"dateline"}


def test_a_label_over_a_date_under_no_sentence_is_not_spared() -> None:
    """The label must stand under a sentence of the article: a box of labels at the head is the page's."""
    lines = ["When:", "Saturday 14 June 2025", *PARAS]
    result = cleaner.explain_text("\n".join(lines))
    assert "Saturday 14 June 2025" not in result.text.splitlines()


def test_a_short_icelandic_page_is_told_icelandic_by_its_letters() -> None:
    text = " ".join(KEPT["is"]) + " " + KEPT["is"][0]
    assert guess_by_stopwords(text) == "is"


def test_a_danish_page_naming_icelanders_stays_danish() -> None:
    text = (
        "Statsministeren mødtes i går med Þórdís Guðmundsdóttir og Bjarni Þórsson i København, hvor de talte om "
        "fiskeriet og om den nye aftale, som skal underskrives til sommer. Det er første gang i mange år, at de to "
        "lande har været så tæt på en fælles løsning, siger ministeren, og hun håber, at aftalen kan træde i kraft "
        "allerede til efteråret, når forhandlingerne er afsluttet."
    )
    assert guess_by_stopwords(text) == "da"
