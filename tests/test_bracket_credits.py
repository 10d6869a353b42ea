# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A caption closed by its labelled credit in brackets, "… on Tuesday. (Photo by Jane Smith/Coastal Times)": the
caption goes wherever it stands (over a one-line lede too: the lede stays); a sentence that brackets a credit inside
it, or names one in lower case, stays."""

from __future__ import annotations

import pytest

import cleaner

_LEDE = "Officials in the coastal town said on Wednesday that the new seawall would be finished by the end of next year, two years later than planned."
_P2 = "The project, which has cost more than 40 million dollars so far, was delayed by supply problems and a dispute with the first contractor."
_P3 = "Residents who live closest to the water said they were relieved that work had finally resumed after months of silence on the site."


@pytest.mark.parametrize(
    "caption",
    [
        "Workers repair a section of the old seawall on Tuesday. (Photo by Jane Smith/Coastal Times)",
        "Workers repair a section of the old seawall on Tuesday. (Photo: Jane Smith for The Coastal Times)",
        "The harbor district after the storm. (Photograph courtesy of the Harbor Authority)",
        "Maria Lopez in her bakery. (Image: Supplied)",
    ],
)
@pytest.mark.parametrize("at", [0, 1, 3])
def test_a_caption_with_its_bracketed_credit_goes(caption: str, at: int) -> None:
    article = [_LEDE, _P2, _P3]
    result = cleaner.explain_text("\n\n".join([*article[:at], caption, *article[at:]]))
    assert [(r.text, r.pass_name) for r in result.removed] == [(caption, "image-credit")]
    assert result.text.split("\n\n") == article


def test_over_a_one_line_lede_the_lede_stays() -> None:
    caption = "Workers repair a section of the old seawall on Tuesday. (Photo by Jane Smith/Coastal Times)"
    assert cleaner.clean_text("\n\n".join([caption, _LEDE])) == _LEDE


@pytest.mark.parametrize(
    "line",
    [
        "He posed with the trophy (Photo: AP) and then left the stadium without speaking to reporters.",
        "The mayor said the delay was regrettable. (Photo courtesy of the mayor's office)",
        "Police released a picture of the suspect. (photo by a witness, who asked not to be named)",
    ],
)
def test_a_sentence_with_a_credit_inside_stays(line: str) -> None:
    assert line in cleaner.clean_text("\n\n".join([_LEDE, line, _P2])).split("\n\n")
