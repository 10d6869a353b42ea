"""Sentence splitting inside a line (used by the glued-residue pass)."""

from __future__ import annotations

import pytest

from cleaner.sentences import split_sentences


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("Get the latest news. Follow us on Twitter.", ["Get the latest news.", "Follow us on Twitter."]),
        (
            "WATCH: U.K. Ambassador to Kyiv speaks. Then he left.",
            ["WATCH: U.K. Ambassador to Kyiv speaks.", "Then he left."],
        ),
        ("Dr. Jones said so. Mr. Smith did not.", ["Dr. Jones said so.", "Mr. Smith did not."]),
        ("J. K. Rowling wrote it in 1997.", ["J. K. Rowling wrote it in 1997."]),
        ("Prices rose 3.5 percent. Sign up now!", ["Prices rose 3.5 percent.", "Sign up now!"]),
        ("“It is over,” she said. “We go home.”", ["“It is over,” she said.", "“We go home.”"]),
        ("The U.S. officials agreed.", ["The U.S. officials agreed."]),
        ("No break here", ["No break here"]),
    ],
)
def test_split_sentences(line: str, sentences: list[str]) -> None:
    assert split_sentences(line) == sentences
    assert " ".join(split_sentences(line)) == line  # nothing invented, nothing lost
