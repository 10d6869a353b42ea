# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Session 54: a live blog's entry times, read one way and kept whatever stands over them.

- ``edge_defense.entry_minute``: the minute of the day of a line that is a time alone, one reader for the guards that
  keep a live blog's entries: defense43's kept entry times (which asked the clock table, written for "16:10", and so
  missed a French "16h10") and session 53's taken ones in ``edge_cutoff`` (which read "9.05 p.m." as 9:05).
- ``edge_defense.entry_stamps`` (dateline's guard): a French live blog's entry time under a graphic's caption
  ("La ligne de front en un coup d'œil" / "Appuyez pour agrandir" / "07h55" over the entry's sentence) went as a
  stamp, where the German blog's "07:55 Uhr" stays (defense43's ``entry_time_tail``): dateline's table reads "07h55",
  and its guard of relative stamps wants a sentence on either side. It now stays when it stands right over its
  entry's sentence and its minute keeps the order of two or more entry times over it. A time out of that order, or a
  page with one entry time over it, still loses it.
"""

from __future__ import annotations

import pytest
from probes import kept

from cleaner.context import Context
from cleaner.document import Document
from cleaner.passes.edge_defense import _minute, entry_minute


@pytest.mark.parametrize(
    ("text", "minute"),
    [
        ("17:48", 17 * 60 + 48),
        ("16h10", 16 * 60 + 10),
        ("9 h 05", 9 * 60 + 5),
        ("14:32 Uhr", 14 * 60 + 32),
        ("08:05 BST", 8 * 60 + 5),
        ("9.05 a.m.", 9 * 60 + 5),
        ("9.05 p.m.", 21 * 60 + 5),
        ("10.02am BST", 10 * 60 + 2),
    ],
)
def test_an_entry_time_is_read_in_every_form(text: str, minute: int) -> None:
    assert entry_minute(text) == minute


@pytest.mark.parametrize("text", ["25:10", "16h75", "13.05 p.m.", "16h10 Paris", "Score 2:1", "1.200", ""])
def test_no_time_of_day_no_entry_minute(text: str) -> None:
    assert entry_minute(text) is None


def test_defense43_reads_a_french_entry_time_as_the_clock_tables_one() -> None:
    ctx = Context(Document("16h10\n17:48\nMardi 4 mars"), "fr")
    assert _minute(ctx, 0) == 16 * 60 + 10
    assert _minute(ctx, 1) == 17 * 60 + 48
    assert _minute(ctx, 2) is None


_TICKER = [
    "Les frappes russes sur Kharkiv ont fait trois morts dans la nuit, selon le gouverneur de la région, qui a appelé au calme.",
    "09h15",
    "Au moins douze autres personnes ont été blessées.",
    "08h40",
    "L'armée de l'air ukrainienne annonce avoir abattu 28 drones.",
]
_GRAPHIC = ["La ligne de front en un coup d'œil", "Appuyez pour agrandir"]
_ENTRY = "Le ministre allemand de la Défense annonce l'envoi d'un nouveau système Patriot."
_FOOTER = ["Charger plus d'entrées", "Mentions légales", "Données personnelles", "Gestion des cookies"]


def test_a_french_live_blogs_entry_time_under_a_caption_stays() -> None:
    lost, removals = kept([*_TICKER, *_GRAPHIC, "07h55", _ENTRY, *_FOOTER])
    assert "07h55" not in lost, removals
    assert _ENTRY not in lost


def test_an_entry_time_out_of_order_or_under_one_entry_still_goes() -> None:
    lost, removals = kept([*_TICKER, *_GRAPHIC, "11h30", _ENTRY, *_FOOTER])
    assert "11h30" in lost, removals
    lost, removals = kept([*_TICKER[:3], *_GRAPHIC, "07h55", _ENTRY, *_FOOTER])
    assert "07h55" in lost, removals
