# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlpress 52: press releases as published (docstring written after the measurements)."""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmlpress52"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- a wire's box of the sender's other releases, each a bullet closed by its date (edge_htmlpress.dated_teaser) --------

RELEASE = [
    "Oakmere Bancorp said on Thursday that its board had declared a quarterly cash dividend of $0.31 per share, up 7% from the prior quarter.",
    "The dividend is payable on April 15 to shareholders of record at the close of business on March 31, the bank said in a statement.",
    "The board also authorised the repurchase of up to $150 million of the company's common stock through March 2029, it said.",
]


@pytest.mark.parametrize(
    "items",
    [
        ["- Oakmere Bancorp Reports Fourth Quarter 2026 Earnings January 21, 2027", "- Oakmere Bancorp to Host Fourth Quarter Earnings Call Jan. 6, 2027"],
        ["- Oakmere Bancorp ernennt neue Finanzchefin 21.01.2027", "- Oakmere Bancorp eröffnet Büro in Frankfurt 6. Januar 2027"],
    ],
)
def test_a_box_of_dated_release_bullets_goes(items: list[str]) -> None:
    box = ["More News From Oakmere Bancorp, Inc.", *items]
    result = cleaner.explain_text("\n".join([*RELEASE, *box]), language="en")
    assert [(r.pass_name, r.text) for r in result.removed] == [("teaser-box", line) for line in box]
    assert result.text.splitlines() == RELEASE


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        # the same loose heading over bullets without a date: the article's points (as on the base)
        ("More News From Oakmere Bancorp, Inc.", ["- Branch closures paused until 2028 at the latest", "- Mortgage rates cut for first-time buyers in March"]),
        # dated bullets under the article's own subheading, no teaser heading: its key dates
        ("Key dates for shareholders", ["- Record date for the dividend March 31, 2027", "- Dividend paid to shareholders April 15, 2027"]),
        # round 2: a subheading of a teaser heading's shape over the release's dated points, its paragraphs going on
        # under them (the sender's box of other releases comes after the release's last paragraph; "Latest news from Oakmere
        # Bancorp" is a teaser heading wherever it stands, on the base too)
        ("Latest news from the branches", ["- Branch in Asheville reopened after the flood March 2, 2027", "- Mobile app relaunched for all customers February 9, 2027"]),
        ("Key dates for shareholders", ["- Record date for the dividend March 31, 2027", "- Dividend paid to shareholders April 15, 2027"]),
    ],
)
def test_the_articles_dated_points_stay(heading: str, items: list[str]) -> None:
    text = [RELEASE[0], heading, *items, *RELEASE[1:]]
    result = cleaner.explain_text("\n".join(text), language="en")
    assert all(line in result.text.splitlines() for line in items), result.removed


# --- the rules tables' entries ----------------------------------------------------------------------------------------

TEXT = {
    "de": [
        "Die Brauerei Hammerstein investiert zwölf Millionen Euro in eine neue Abfüllanlage für Mehrwegflaschen, teilte das Unternehmen am Mittwoch mit.",
        "Die Anlage soll im Herbst in Betrieb gehen und 36.000 Flaschen pro Stunde füllen, doppelt so viele wie die alte Anlage.",
        "Damit entstehen 35 neue Arbeitsplätze, vor allem in der Produktion und in der Logistik der Familienbrauerei.",
    ],
    "fr": [
        "Halvard Pharma annonce que la Commission européenne a autorisé la mise sur le marché de son traitement oral de la migraine.",
        "L'autorisation s'appuie sur deux études de phase 3 menées auprès de 2 900 patients dans onze pays européens.",
        "Le lancement commencera en Allemagne dès le mois d'avril, puis en France à la fin de l'année, selon la société.",
    ],
}
GOES = [
    ("de", "Für den Inhalt der Pressemitteilung ist der Einsteller, Lena Hofmann (Tel.: 07555 555-12), verantwortlich.", "copyright"),
    ("de", "Für den Inhalt dieser Meldung ist der Absender verantwortlich.", "copyright"),
    ("fr", "04 mars 2027 08:00 heure normale d'Europe centrale", "dateline"),
    ("fr", "4 mars 2027 à 16h15 heure avancée de l'Est", "dateline"),
]
STAYS = [
    ("de", "Für den Inhalt der Pressemitteilung ist der Vorstand verantwortlich, sagte der Sprecher des Unternehmens am Abend."),
    ("de", "Für den Inhalt der Meldung ist der Verfasser verantwortlich, heißt es im Pressekodex, doch die Redaktion muss prüfen."),
    ("de", "Weitere Pressemitteilungen dieses Unternehmens wurden nach der Razzia aus dem Netz genommen, berichtet der Spiegel."),
    ("fr", "Le 4 mars 2027 à 16h15 heure de Paris, la Bourse a chuté de 3 %, selon les chiffres de la séance."),
    ("fr", "Le 4 mars 2027, à 8 heures, heure normale d'Europe centrale, les sirènes ont retenti dans toute la ville."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize("heading", ["Weitere Pressemitteilungen dieses Unternehmens:", "Aktuelle Pressemeldungen des Unternehmens"])
def test_a_portals_box_of_the_senders_releases_goes(heading: str) -> None:
    box = [heading, "Brauerei Hammerstein gewinnt Gold beim European Beer Star", "Neues Helles aus der Brauerei Hammerstein"]
    result = cleaner.explain_text("\n".join([*TEXT["de"], *box]), language="de")
    assert [(r.pass_name, r.text) for r in result.removed] == [("teaser-box", line) for line in box]


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
