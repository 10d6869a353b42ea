"""keypoints48: a newsroom's key-points box right over a short text stays, whatever its points' words.

headline-run reads a run of headline-like lines before the article's first closed paragraph as other stories'
headlines. Its guards kept a key-points box whose points share the text's words (live35) or whose lines are short
(under seven words in the mean), so a short text's box of longer points in other words went, its heading with it
(test_modern39's "Las claves" and "Ce qu'il faut retenir" boxes, in ``KNOWN_LOST`` there since session 39).
``structure._points_box_over`` keeps the run's lines from a summary's heading (``structure.summary_heading``) down
when it stands right over two points or more of five words or more, none closed by a full stop, with a kept sentence
right under them (``edge_modern.box_points``, the shape edge-furniture already spared). A rail of other stories under
such a heading is parted from the text by its own lines: a date or a byline another pass takes, or a sentence of
summary under each headline; those rails go or stay as before (tests below).
"""

from __future__ import annotations

import pytest

import cleaner

BODY = {
    "es": [
        "El Gobierno aprobó ayer el decreto, que el Congreso deberá convalidar en un plazo de treinta días naturales.",
        "La oposición anunció que votará en contra porque considera que el texto invade competencias autonómicas.",
        "«Es una norma necesaria y esperada», defendió la ministra en la rueda de prensa posterior al Consejo.",
    ],
    "de": [
        "Das Kabinett hat den Entwurf am Mittwoch beschlossen, der Bundestag soll noch vor der Sommerpause abstimmen.",
        "Die Opposition kritisierte, das Vorhaben komme zu spät und sei zudem handwerklich schlecht gemacht worden.",
        "„Wir haben lange verhandelt, aber es hat sich gelohnt“, sagte die Ministerin am Nachmittag in Berlin.",
    ],
    "en": [
        "The council approved the budget on Tuesday evening after a debate that lasted more than four hours.",
        "Opposition members said the plan cut too deeply into services that families across the district rely on.",
        "The mayor said the savings were needed to keep the authority solvent for the third year running, she added.",
    ],
}

BOXES = {
    "es": [
        "Nuevo decreto de vivienda",
        "Las claves",
        "Los alquileres quedan congelados durante dos años",
        "Las grandes inmobiliarias pagarán un recargo especial",
        "Los jóvenes recibirán una ayuda directa al alquiler",
    ],
    "de": [
        "Neues Heizungsgesetz beschlossen",
        "Das Wichtigste in Kürze",
        "Alte Ölheizungen dürfen vorerst weiterlaufen",
        "Mieter zahlen nur einen kleinen Aufschlag",
        "Die Förderung für Wärmepumpen steigt deutlich",
    ],
}


def _removed(lines: list[str], language: str) -> dict[int, str]:
    result = cleaner.explain_text("\n".join(lines), language=language)
    return {n: r.pass_name for r in result.removed for n in range(r.start_line, r.end_line + 1)}


@pytest.mark.parametrize("language", sorted(BOXES))
def test_points_box_over_a_short_text_stays(language: str) -> None:
    lines = BOXES[language] + BODY[language]
    gone = _removed(lines, language)
    assert not any(n in gone for n in range(2, len(lines) + 1)), gone  # the heading, its points and the text
    text = cleaner.clean_text("\n".join(lines), language=language)
    assert cleaner.clean_text(text, language=language) == text


def test_points_box_under_removed_lines_stays() -> None:
    # the box under two notices another pass takes (an AI summary's label), as test_modern39's es page
    lines = [BOXES["es"][0], "Este resumen se ha generado con inteligencia artificial.", *BOXES["es"][1:], *BODY["es"]]
    gone = _removed(lines, "es")
    assert gone.get(2) == "site-chrome"
    assert not any(n in gone for n in range(3, len(lines) + 1)), gone


def test_rail_under_summary_heading_parted_by_a_date_goes() -> None:
    # an "In brief" rail of other stories, a date line between it and the text: headline-run takes it as before
    rail = ["In brief", "Police close coastal road after landslide near harbour",
            "Hospital trust appoints new chief executive from Leeds", "School bus timetable changes from next Monday"]
    lines = ["Council approves budget after four-hour debate", *rail, "12 March 2024", *BODY["en"]]
    gone = _removed(lines, "en")
    assert [gone.get(n) for n in (3, 4, 5)] == ["headline-run"] * 3
    assert not any(n in gone for n in range(7, len(lines) + 1))


def test_points_closed_by_full_stops_are_no_box() -> None:
    # a heading over sentences is no points box (the guard asks for points closed by no full stop): those lines are
    # the text's own paragraphs, and nothing of them goes
    lines = ["Las claves", "Los alquileres quedan congelados durante dos años.", *BODY["es"]]
    assert not _removed(lines, "es")
