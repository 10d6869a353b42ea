"""title-line looks again after edge-pitch (``cleaner/pipeline.py``): a newsletter's pitch glued into one line over the
headline ("Start your day with … Sign up for free.") stood first when title-line ran, and edge-pitch, which runs last
because it judges the line left at the text's edge, took it only afterwards; the headline stayed, and the cleaned text,
the pitch gone, lost it on a second cleaning (a dev page of the ``recall`` variant). Cleaning twice must change nothing.
"""

from __future__ import annotations

import io

import cleaner
from cleaner.cli.main import list_passes

PITCH = (
    "Start your day with the Morning Ledger, our free newsletter. The Morning Ledger is the smartest five minutes you"
    " will spend on markets every day. Sign up for free."
)
HEADLINE = "Why the port strike could empty supermarket shelves by June"
DEK = "Shipping firms say the walkout will cost them millions a day"
BODY = [
    "Dock workers at the country's three largest ports walked out on Monday after talks over pay and automation"
    " collapsed late on Sunday night.",
    "The union said the strike would last at least two weeks, and retailers warned that fresh produce could run short"
    " within days.",
    "Ministers urged both sides to return to the table, saying the dispute threatened the recovery of the wider"
    " economy.",
]


def _removed(page: list[str]) -> list[tuple[str, str]]:
    result = cleaner.explain_text("\n".join(page))
    assert cleaner.clean_text(result.text) == result.text  # (idempotent, whatever went)
    return [(r.pass_name, r.text) for r in result.removed]


def test_a_headline_under_a_glued_pitch_goes_in_the_first_cleaning() -> None:
    assert _removed([PITCH, HEADLINE, *BODY]) == [("edge-pitch", PITCH), ("title-line", HEADLINE)]


def test_a_pitch_under_the_headline_goes_with_it_as_before() -> None:
    assert _removed([HEADLINE, PITCH, *BODY]) == [("title-line", HEADLINE), ("edge-pitch", PITCH)]


def test_the_headline_is_taken_once() -> None:
    assert _removed([HEADLINE, *BODY]) == [("title-line", HEADLINE)]


def test_a_headline_and_its_dek_under_a_pitch_both_stay() -> None:
    # (two headline-like lines: neither goes, as title-line decides without the pitch)
    assert _removed([PITCH, HEADLINE, DEK, *BODY]) == [("edge-pitch", PITCH)]


def test_a_question_under_a_pitch_is_no_headline() -> None:
    question = "What does the strike mean for shoppers?"
    assert _removed([PITCH, question, *BODY]) == [("edge-pitch", PITCH)]


def test_the_second_run_is_turned_off_with_the_first() -> None:
    text = "\n".join([PITCH, HEADLINE, *BODY])
    assert HEADLINE in cleaner.clean_text(text, disable={"title-line"})


def test_the_pass_list_names_title_line_once() -> None:
    out = io.StringIO()
    list_passes(out)
    assert [row.split()[0] for row in out.getvalue().splitlines() if row.strip()].count("title-line") == 1


def test_the_families_name_title_line_once() -> None:
    assert cleaner.FAMILIES["structure"].count("title-line") == 1
