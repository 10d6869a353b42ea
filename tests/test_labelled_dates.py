# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A date line with a word before it, between two paragraphs of the article: the dateline table's shape in any
language reads "Deadline - 18 March 2025, 17:00" as a place before a date ("Madrid - 18 mar 2025 - 13:45 CET"),
and the dateline pass took a deadline or an event's date the article gives. ``metadata._labelled_in_text`` keeps
the one such line between two paragraphs when its word is a deadline's or an event's label (table
``metadata.date_label``); the page's dateline over the first paragraph or after the text, a place or a name before
the date between paragraphs ("London, 18 March 2025", "Brest - Publié le …"), a stamp under its own label
("Updated - …") and the stamps of a thread, two or more, still go."""

from __future__ import annotations

import pytest

import cleaner

_EN = [
    "The city council opened applications for its summer arts grants on Monday, offering up to 5,000 euros to local groups.",
    "Applicants must submit a budget and a short description of the project through the council's website.",
    "Late applications will not be considered, the council said in a statement on Tuesday after the meeting.",
    "Results will be announced in May, and the first projects are expected to start in the summer.",
]
_FR = [
    "La mairie a ouvert lundi les candidatures pour ses bourses culturelles d'été, jusqu'à 5 000 euros par association.",
    "Les candidats doivent déposer un budget et une courte description de leur projet sur le site de la ville.",
    "Les dossiers arrivés en retard ne seront pas examinés, a précisé la mairie dans un communiqué mardi.",
    "Les résultats seront annoncés en mai et les premiers projets devraient démarrer cet été.",
]


def _between(paragraphs: list[str], line: str) -> str:
    return "\n\n".join([*paragraphs[:2], line, *paragraphs[2:]])


@pytest.mark.parametrize(
    ("paragraphs", "line"),
    [
        (_EN, "Deadline - 18 March 2025, 17:00"),
        (_EN, "Deadline, 18 March 2025, 17:00"),
        (_EN, "Closing date - 18 March 2025, 17:00"),
        (_FR, "Clôture - 18 mars 2025 - 17h00"),
        (_FR, "Inscriptions, 18 mars 2025, 17 h 00"),
    ],
)
def test_a_labelled_date_between_two_paragraphs_stays(paragraphs: list[str], line: str) -> None:
    result = cleaner.explain_text(_between(paragraphs, line))
    assert line in result.text.split("\n")
    assert result.removed == []


@pytest.mark.parametrize(
    "line", ["Deadline - 18 March 2025, 17:00", "Madrid - 18 mar 2025 - 13:45 CET", "Deadline, 18 March 2025, 17:00"]
)
def test_the_same_line_over_the_first_paragraph_goes(line: str) -> None:
    result = cleaner.explain_text("\n\n".join([line, *_EN]))
    assert [(r.text, r.pass_name) for r in result.removed] == [(line, "dateline")]


@pytest.mark.parametrize(
    "line",
    [
        "Updated - 18 March 2025, 17:00",
        "Updated, 18 March 2025, 17:00",
        "London, 18 March 2025, 17:00",
        "Madrid - 18 mar 2025 - 13:45 CET",
        "John Smith - 18 March 2025, 17:00",
    ],
)
def test_a_stamp_under_its_label_a_place_or_a_name_between_paragraphs_goes(line: str) -> None:
    result = cleaner.explain_text(_between(_EN, line))
    assert [(r.text, r.pass_name) for r in result.removed] == [(line, "dateline")]


def test_the_stamps_of_a_thread_go() -> None:
    lines = [
        *_EN[:2],
        "John Smith - 18 March 2025, 17:00",
        "I completely agree with this decision, the arts in our city have been underfunded for far too long now.",
        "Mary Jones - 18 March 2025, 18:12",
        "This is a waste of public money when the roads are full of potholes and the schools need new roofs.",
    ]
    result = cleaner.explain_text("\n\n".join(lines))
    assert [r.text for r in result.removed if r.pass_name == "dateline"] == [lines[2], lines[4]]


def test_a_labelled_date_under_a_heading_goes_as_before() -> None:
    """Only between two paragraphs: under a short line (a teaser's headline) the date is the teaser's stamp."""
    line = "Madrid - 18 mar 2025 - 13:45 CET"
    text = "\n\n".join([*_EN[:2], "Bridge closure extended", line, *_EN[2:]])
    assert line not in cleaner.clean_text(text).split("\n")
