"""A list's label over the article's first paragraph (session 45).

The run of furniture at the head took a list's label closed by a colon ("Starting grid:") while the list's items
under it stayed, when a headline, a byline and a stamp over it made the run long enough: the article kept a bare
list. ``edge_lists.label_over_head_list`` keeps the label when every line under it down to the first paragraph
stays; a menu's label over links that go, and a one-word widget label, still go.
"""

from __future__ import annotations

import pytest

import cleaner

KEEPS = {
    "en_grid": (
        "Verstappen on pole in Abu Dhabi\nBy Jane Smith\nDecember 6, 2026\nStarting grid:\n"
        "1. Max Verstappen (Red Bull)\n2. Lando Norris (McLaren)\n3. Charles Leclerc (Ferrari)\n"
        "Verstappen took pole position in Abu Dhabi on Saturday with a lap of 1:22.945, ahead of Norris by less "
        "than a tenth of a second.\nThe Dutchman said he was surprised by the pace of his car after a difficult "
        "practice session on Friday afternoon.\n",
        "Starting grid:",
    ),
    "de_lineup": (
        "Bayern siegt in Leipzig\nVon Max Muster\n6. Dezember 2026, 18:40 Uhr\nDie Aufstellung der Bayern:\n"
        "1. Manuel Neuer (Tor)\n2. Joshua Kimmich (Abwehr)\n3. Dayot Upamecano (Abwehr)\n"
        "Bayern München hat am Samstagabend in Leipzig mit 3:1 gewonnen und die Tabellenführung weiter "
        "ausgebaut.\nHarry Kane traf zweimal, bevor Musiala in der Schlussminute den Endstand herstellte.\n",
        "Die Aufstellung der Bayern:",
    ),
    "fr_points": (
        "Tempête sur la Bretagne\nPar Marie Dupont\nPublié le 6 décembre 2026 à 09h12\nLes communes concernées :\n"
        "- Brest et sa métropole\n- Quimper et le Finistère sud\n- Lorient et le pays de Vannes\n"
        "La tempête a privé d'électricité plus de 80 000 foyers dans la nuit de vendredi à samedi, selon "
        "Enedis.\nLes écoles resteront fermées lundi dans les communes les plus touchées du département.\n",
        "Les communes concernées :",
    ),
}

GOES = {
    "en_menu": (
        "Home\nNews\nSport\nWeather\nPopular topics:\nElections\nBudget\n"
        "Storm Darragh brought winds of up to 96mph to parts of the UK on Saturday, cutting power to thousands "
        "of homes.\nThe Met Office said the red warning would stay in place until 21:00 on Saturday evening.\n",
        "Popular topics:",
    ),
    "en_one_word": (
        "Verstappen on pole in Abu Dhabi\nBy Jane Smith\nDecember 6, 2026\nShare:\nFacebook\nX\n"
        "Verstappen took pole position in Abu Dhabi on Saturday with a lap of 1:22.945, ahead of Norris by less "
        "than a tenth of a second.\nThe Dutchman said he was surprised by the pace of his car after a difficult "
        "practice session on Friday afternoon.\n",
        "Share:",
    ),
}


@pytest.mark.parametrize("key", sorted(KEEPS))
def test_label_over_head_list_stays(key: str) -> None:
    text, label = KEEPS[key]
    out = cleaner.clean_text(text).splitlines()
    assert label in out
    items = [line for line in text.splitlines() if line[:1] in "123-"]
    assert all(item in out for item in items)


@pytest.mark.parametrize("key", sorted(GOES))
def test_menu_label_goes(key: str) -> None:
    text, label = GOES[key]
    result = cleaner.explain_text(text)
    assert label not in result.text.splitlines()
    assert any(r.text == label for r in result.removed)
