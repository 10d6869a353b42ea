# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A chronology inside the article: bare dates, each on its own line between two of the article's paragraphs
("12. 3. 2025" / "The minister presented …" / "20. 4. 2025" / …). Each such date heads its entry and stays, in any
language (dateline's ``_timeline_date``): before, every language's dateline table took them as stamps. A page's
stamp still goes: alone, with its time of day, with no year ("25M ago" between teasers), repeated, or over the
first paragraph."""

from __future__ import annotations

import pytest
from probes import lost, removed

import cleaner

PARAGRAPHS = {
    "cs": [
        "Vláda schválila nový plán výstavby dálnic, který počítá s dokončením hlavních úseků do roku 2030.",
        "Ministr dopravy představil harmonogram na tiskové konferenci v Praze a zdůraznil význam propojení regionů.",
        "Stavbaři zahájili práce na prvním úseku u Brna, kde má vzniknout nová křižovatka s rychlostní silnicí.",
        "Kraj vyhlásil výběrové řízení na dodavatele a očekává nabídky do konce května letošního roku.",
    ],
    "sl": [
        "Vlada je sprejela nov načrt gradnje avtocest, ki predvideva dokončanje glavnih odsekov do leta 2030.",
        "Minister za promet je na novinarski konferenci v Ljubljani predstavil časovnico in poudaril povezave med regijami.",
        "Gradbinci so začeli dela na prvem odseku pri Mariboru, kjer bo zgrajeno novo križišče s hitro cesto.",
        "Regija je objavila razpis za dobavitelje in pričakuje ponudbe do konca maja letos.",
    ],
    "en": [
        "The government approved a new motorway plan that foresees the completion of the main sections by 2030.",
        "The transport minister presented the schedule at a press conference in Prague and stressed links between regions.",
        "Builders started work on the first section near Brno, where a new junction with the expressway will be built.",
        "The region launched a tender for suppliers and expects offers by the end of May this year.",
    ],
    "de": [
        "Die Regierung hat einen neuen Plan für den Autobahnbau beschlossen, der die Fertigstellung bis 2030 vorsieht.",
        "Der Verkehrsminister stellte den Zeitplan auf einer Pressekonferenz in Berlin vor und betonte die Anbindung der Regionen.",
        "Die Bauarbeiter begannen mit dem ersten Abschnitt bei Leipzig, wo ein neues Autobahnkreuz entstehen soll.",
        "Das Land schrieb die Lieferungen aus und erwartet die Angebote bis Ende Mai dieses Jahres.",
    ],
    "fr": [
        "Le gouvernement a adopté un nouveau plan autoroutier qui prévoit l'achèvement des principaux tronçons d'ici 2030.",
        "Le ministre des transports a présenté le calendrier lors d'une conférence de presse à Paris et insisté sur les liaisons entre régions.",
        "Les ouvriers ont commencé les travaux du premier tronçon près de Lyon, où un nouvel échangeur doit voir le jour.",
        "La région a lancé un appel d'offres et attend les propositions d'ici la fin du mois de mai.",
    ],
}

DATES = {
    "cs": ["12. 3. 2025", "20. 4. 2025", "12.05.2025"],
    "sl": ["12. 3. 2025", "20. 4. 2025.", "12. maja 2025"],
    "en": ["March 12, 2025", "April 20, 2025", "12/05/2025"],
    "de": ["12. März 2025", "20.04.2025", "12. Mai 2025"],
    "fr": ["12 mars 2025", "20 avril 2025", "12/05/2025"],
}


def _timeline(lang: str, dates: list[str]) -> list[str]:
    text = PARAGRAPHS[lang]
    page = [text[0]]
    for date, paragraph in zip(dates, text[1:], strict=False):
        page += [date, paragraph]
    return page


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_chronologys_dates_between_paragraphs_stay(lang: str) -> None:
    page = _timeline(lang, DATES[lang])
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == []
    assert cleaner.clean_text(result.text) == result.text


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_two_dates_make_a_chronology(lang: str) -> None:
    page = _timeline(lang, DATES[lang][:2])
    assert lost(page, cleaner.explain_text("\n".join(page))) == []


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_one_date_between_paragraphs_is_still_a_stamp(lang: str) -> None:
    text = PARAGRAPHS[lang]
    date = DATES[lang][-1]
    page = [text[0], date, *text[1:]]
    assert ("dateline", date) in removed(cleaner.explain_text("\n".join(page)))


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_the_same_date_repeated_is_no_chronology(lang: str) -> None:
    date = DATES[lang][-1]
    page = _timeline(lang, [date, date])
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert gone.count(("dateline", date)) == 2


@pytest.mark.parametrize(
    ("lang", "stamps"),
    [
        ("en", ["March 12, 2025 at 9:30 a.m.", "April 20, 2025 at 4:15 p.m."]),
        ("de", ["12.03.2025, 14:35 Uhr", "20.04.2025, 09:10 Uhr"]),
        ("cs", ["12. 3. 2025, 21:30", "20. 4. 2025, 08:15"]),
    ],
)
def test_stamps_with_their_time_between_paragraphs_still_go(lang: str, stamps: list[str]) -> None:
    page = _timeline(lang, stamps)
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert [s for s in stamps if ("dateline", s) in gone] == stamps


def test_relative_stamps_between_teasers_are_no_chronology() -> None:
    text = PARAGRAPHS["en"]
    page = [text[0], "25M ago", text[1], "3H ago", text[2]]
    gone = removed(cleaner.explain_text("\n".join(page)))
    assert ("dateline", "25M ago") in gone
    assert ("dateline", "3H ago") in gone


def test_a_stamp_over_the_first_paragraph_still_goes() -> None:
    text = PARAGRAPHS["en"]
    page = ["New motorway plan approved", "March 10, 2025", *_timeline("en", DATES["en"])]
    result = cleaner.explain_text("\n".join(page))
    assert ("dateline", "March 10, 2025") in removed(result)
    assert lost(_timeline("en", DATES["en"]), result) == []
    assert text[0] in result.text
