# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Session 54: the Markdown format lost an article's line and ran words together where the text format did not.

Measured over every HTML fixture page (a ``/tmp`` script comparing each page's text and Markdown output, markers,
links and escapes stripped), on d514edb3: 77 of 762 pages differed, 50 lines in the text output missing from the
Markdown one. Most were ``<sup>`` kept as inline HTML in Markdown ("real terms.<sup>1</sup>", where the text format
glues the "1" on); that is valid Markdown and stays. Two defects were not:

- **A fact box's row went** (``metadata.fact_box_rows_in_text`` and its helpers): site-chrome's French table takes
  a language selector's "Langue : Français"; the fact-box guard keeps such a row among a box's other facts under the
  article's first paragraph ("Infos pratiques" / "Langue : portugais" / "Monnaie : euro" / …). In Markdown the row
  reads "- **Langue :** portugais": the guard's label-row pattern met the bold marker after the colon and saw no row.
  The guard now reads each row as a plain scrape prints it (``vocab.plain``).
- **Words run together** (``extract.markdown_spaces``): trafilatura's Markdown drops the space between a ``<div>``'s
  loose text and a ``<b>`` after it ("Entra en**Facturas**"), and after a ``<strong>`` that opens a paragraph
  ("**МОСКВА, 5 мар — РИА Новости.**Новая линия"). A line whose text, markers aside, spells exactly one of the page's
  own lines less some spaces gets them back, outside the marker beside each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.html.extract import markdown_spaces

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _markdown(name: str) -> list[str]:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return cleaner.clean_html(html, url="https://example.com/a", format="markdown").splitlines()


def test_a_fact_boxs_row_that_reads_as_a_language_selector_stays_in_markdown() -> None:
    lines = _markdown("html_htmlguide44/fr_guide_voyage.html")
    assert "- **Langue :** portugais" in lines
    assert "- **Monnaie :** euro" in lines


_P1 = "Porto se visite très bien à pied, à condition d'aimer les montées. Trois jours suffisent pour voir l'essentiel sans courir."
_P2 = "Commencez par la cathédrale, puis descendez vers les quais par les ruelles du Barredo, où les maisons colorées dominent le fleuve."
_BOX = [
    "- **Langue :** portugais",
    "- **Monnaie :** euro",
    "- **Aéroport :** Francisco Sá Carneiro, à 30 minutes du centre en métro",
    "- **Meilleure période :** mai, juin et septembre",
]


def test_a_markdown_fact_box_under_the_first_paragraph_keeps_every_row() -> None:
    page = ["# Visiter Porto en 3 jours", "", _P1, "", "## Infos pratiques", "", *_BOX, "", "## Jour 1 : Ribeira et Sé", "", _P2]
    out = cleaner.clean_text("\n".join(page)).splitlines()
    assert [row for row in _BOX if row not in out] == []


def test_a_sites_language_selector_in_markdown_still_goes() -> None:
    page = ["**Langue :** Français", "", "[Accueil](/) [Voyages](/voyages)", "", _P1, "", _P2]
    result = cleaner.explain_text("\n".join(page))
    assert ("site-chrome", "**Langue :** Français") in [(r.pass_name, r.text) for r in result.removed]


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("html_htmldocs45/es_intercom_ayuda.html", "1. Entra en **Facturas** y elige **Emitidas** o **Recibidas**."),
        ("html_htmldocs45/es_intercom_ayuda.html", "3. Pulsa **Exportar** y elige **Excel (.xlsx)**."),
        (
            "html_htmlworld44/ru_ria_news.html",
            "**МОСКВА, 5 мар — РИА Новости.** Новая линия речных электротрамваев начнет работать в Москве с 1 мая, сообщил заместитель мэра по вопросам транспорта.",
        ),
    ],
)
def test_a_space_the_extractor_dropped_beside_a_marker_is_put_back(name: str, line: str) -> None:
    assert line in _markdown(name)


@pytest.mark.parametrize(
    ("text", "parts", "out"),
    [
        ("1. Entra en**Facturas** y elige **Emitidas**.", ["Entra en Facturas y elige Emitidas."], "1. Entra en **Facturas** y elige **Emitidas**."),
        ("**Berlin.**Der Senat hat entschieden.", ["Berlin. Der Senat hat entschieden."], "**Berlin.** Der Senat hat entschieden."),
        ("a*b*c", ["a b c"], "a *b* c"),
        ("**a*****b*** c", ["a b c"], "**a** ***b*** c"),
    ],
)
def test_markdown_spaces_puts_the_pages_spaces_back(text: str, parts: list[str], out: str) -> None:
    assert markdown_spaces(text, parts) == out


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the page's line says it so: no space to put back
        ("Der Wert**stoff**hof öffnet um 8 Uhr.", ["Der Wertstoffhof öffnet um 8 Uhr."]),
        # a plain text's stars, no emphasis
        ("5 * 3 * 2 = 30", ["5 * 3 * 2 = 30"]),
        # a line the page does not hold (another letter): left as it is
        ("Entra en**Facturas** y elige.", ["Entra en Facturas y elija."]),
        # already spaced
        ("Entra en **Facturas** y elige.", ["Entra en Facturas y elige."]),
        # no stars at all
        ("Entra en Facturas", ["Entra en Facturas"]),
    ],
)
def test_markdown_spaces_leaves_a_line_the_page_spells_so(text: str, parts: list[str]) -> None:
    assert markdown_spaces(text, parts) == text
