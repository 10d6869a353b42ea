"""A date printed with a dot and a space after its day and month ("12. 3. 2025, 21:30"), as Slovenian, Croatian,
Czech and Slovak pages print their stamps: with its time it is the page's stamp and goes (language-neutral table
``metadata.dateline``, and Slovenian's own with "ob"); without a time, inside the article, it may head a
timeline's entry and stays, as before."""

from __future__ import annotations

import pytest
from probes import lost, removed

import cleaner

TEXT = {
    "sl": [
        "Mestni svet je v torek po več mesecih razprave s prebivalci sprejel nov prometni načrt za središče mesta.",
        "Od poletja bodo avtobusi vozili na deset minut, parkiranje pa se bo podražilo za en evro na uro.",
        "Protestniki so se zbrali pred mestno hišo in zahtevali javno razpravo o načrtu.",
    ],
    "hr": [
        "Gradsko vijeće u utorak je nakon višemjesečne rasprave sa stanovnicima usvojilo novi prometni plan za središte"
        " grada.",
        "Od ljeta će autobusi voziti svakih deset minuta, a parkiranje će poskupjeti za jedan euro po satu.",
        "Prosvjednici su se okupili ispred gradske vijećnice i zatražili javnu raspravu o planu.",
    ],
    "cs": [
        "Městská rada v úterý po měsících debat s obyvateli schválila nový dopravní plán pro centrum města.",
        "Od léta budou autobusy jezdit každých deset minut a parkování se zdraží o jedno euro za hodinu.",
        "Demonstranti se shromáždili před radnicí a požadovali veřejnou debatu o plánu.",
    ],
}

STAMPS = [
    ("sl", "1. 3. 2025, 21:30"),
    ("sl", "1. 3. 2025 ob 21.30"),
    ("sl", "1. marca 2025 | 21:30"),
    ("hr", "12. 3. 2025. u 21:30"),
    ("hr", "12. 3. 2025., 21:30"),
    ("cs", "12. 3. 2025 21:30"),
    ("cs", "Středa 12. 3. 2025, 21:30"),
]


@pytest.mark.parametrize(("lang", "stamp"), STAMPS)
def test_a_spaced_date_with_its_time_under_the_headline_goes(lang: str, stamp: str) -> None:
    text = TEXT[lang]
    result = cleaner.explain_text("\n".join(["Stari most", stamp, *text]))
    assert ("dateline", stamp) in removed(result)
    assert lost(text, result) == []


# (two or more such dates between paragraphs head a chronology, in any language: tests/test_timeline_dates.py)
@pytest.mark.parametrize(
    ("lang", "date"), [("hr", "12. 3. 2025."), ("hr", "12. 3. 2025"), ("sl", "12. 3. 2025."), ("cs", "12. 3. 2025.")]
)
def test_spaced_dates_heading_a_timelines_entries_stay(lang: str, date: str) -> None:
    text = TEXT[lang]
    page = [text[0], date, text[1], date.replace("12", "15"), text[2]]
    assert lost(page, cleaner.explain_text("\n".join(page))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "12. 3. 2025. u 21:30 sati počela je izvanredna sjednica gradskog vijeća.",
        "Sjednica je počela 12. 3. 2025. u 21:30, a završila tek iza ponoći.",
    ],
)
def test_a_sentence_opening_on_such_a_stamp_stays(sentence: str) -> None:
    text = TEXT["hr"]
    for page in ([sentence, *text], [text[0], sentence, *text[1:]], [*text, sentence]):
        assert lost(page, cleaner.explain_text("\n".join(page))) == []
