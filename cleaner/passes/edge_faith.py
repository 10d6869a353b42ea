"""faith38: a liturgy's headings over its scripture references and service times at the article's edges.

A parish's or a diocese's page of the day's readings opens on a reading's heading over its reference alone on a line
("Première lecture" over "2 Ch 36, 14-16.19-23", "Reading 1" over "Daniel 3:25, 34-43"), a parish's notices on a
label over its times ("Msze św. w niedziele:" over "7.00, 9.00, 10.30, 12.00, 18.00"). Read alone the heading is a
short line with no sentence, which edge-furniture took as the page's run before the first paragraph; it is the
article's, and so is the reference under it.

- :func:`liturgy_head` (edge-furniture's guard at the head): a short line of the run right over a scripture
  reference, or a label closed by its colon right over a kept line opening on a clock time, stays; so does a reference
  of the run itself.
- :func:`schedule_item_tail` (edge-furniture's guard at the tail): the same lines closing the text (the readings'
  references and headings: "Czytania:" over "Am 7,12-15" and "Ps 85"; a day's heading over the kept rows of its
  times: "Jueves Santo" over "18.00 Misa …" and "22.00 Hora Santa", no colon needed there, two rows of times under
  it: a ticket box's one row is no programme's), and a
  programme's items with no time of their own ("Procissão do Adeus" under "10h00 Missa Internacional …"), each right
  under a kept row opening on a clock time with another such row over it in the region: the programme's, no footer's
  first link (a footer's links the tables name go before; the rest of the run under the item still goes).

The shapes are the reference's (a book's name or abbreviation, its chapter and verses: "Jn 3, 14-21", "Psalm 25:4-5ab",
"Jes 50,4–7", "Ps 51") and the time's ("10.00 Uhr", "18h30", "7:12 pm", "7.00, 9.00"): a menu's items over the
first paragraph name neither, and still go.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import has_digit
from .edge_shared import text_above as _above
from .edge_shared import text_below

#: A book's name or abbreviation, maybe numbered ("2 Ch", "1 Kor", "Psalm", "Mk"), a chapter, and its verses.
_BOOK: Final = r"(?:[1-3]\s?)?[^\W\d_][^\W\d_'’.]{0,13}\.?"
_VERSES: Final = r"\d{1,3}[a-e]{0,3}(?:\s?[-–]\s?\d{1,3}[a-e]{0,3})?"
_AND: Final = r"(?:\s?[-–,.;]\s?|\s(?:and|und|et|y|e|i|en)\s)"
_CHAPTER: Final = rf"\d{{1,3}}\s?[,:]\s?{_VERSES}(?:{_AND}(?:\d{{1,3}}\s?[,:]\s?)?{_VERSES})*"
_LABEL: Final = r"(?:[^\W\d_][\w'’ ]{0,30}(?::\s?|\s\())?"
#: A reference alone, or in brackets after a word or a label ("Évangile (Jn 3, 14-21)", "Lesung: Jes 50,4–7"): its
#: verses a range or a list ("Joel 2:12-13", "Apg 2,1–11"; a score's "Endstand 2:1" is none).
_REFERENCE: Final = re.compile(rf"{_LABEL}{_BOOK}\s{_CHAPTER}\)?\s*")
_RANGE: Final = re.compile(r"\d\s?[,:]\s?\d{1,3}[a-e]{0,3}\s?[-–.,;]\s?\d")
#: A psalm named by its number alone ("Psalm 23", "Psaume 136", "Salmo 21", "Ps 51").
_PSALM: Final = re.compile(
    rf"{_LABEL}(?:ps|psalm|psalms|psaume|salmo|salmi|salmos|psalmen|psalmy?)\.?\s\d{{1,3}}\)?\s*", re.IGNORECASE
)
#: A line opening on a clock time ("10.00 Uhr", "18h30", "7:12 pm", "ore 8.00", "Samedi 18h30 :").
_TIME: Final = re.compile(r"(?:[^\W\d_]{1,10}[.,]?\s)?(?:[01]?\d|2[0-3])[.:h]\s?[0-5]\d(?![.\d])")
#: The most words of a heading over a reference or a time ("Verse Before the Gospel", "Msze św. w niedziele:").
_HEADING_WORDS: Final = 5
#: The most words of a programme's item with no time ("Procissão do Adeus", "Blessing of the palms").
_ITEM_WORDS: Final = 5
#: The fewest timed rows of a programme over its last item.
_TIMED_ROWS: Final = 2
#: The most words of a reference's line ("Torah portion: Tzav (Leviticus 6:1-8:36)").
_REFERENCE_WORDS: Final = 8


def scripture_reference(text: str) -> bool:
    """``text`` is a scripture reference alone on its line (maybe after a label or a word, in brackets)."""
    if not has_digit(text):
        return False  # (both shapes hold a chapter's or a psalm's number: most lines are ruled out here)
    text = text.strip()
    if len(text.split()) > _REFERENCE_WORDS:
        return False
    return (_REFERENCE.fullmatch(text) is not None and _RANGE.search(text) is not None) or _PSALM.fullmatch(
        text
    ) is not None


def opens_on_time(text: str) -> bool:
    """``text`` opens on a clock time (maybe after a short word: "ore 8.00")."""
    if not has_digit(text):
        return False
    return _TIME.match(text.strip()) is not None


def _heads_times(ctx: Context, i: int, under: int, taken: set[int], *, colon_over_time: bool) -> bool:
    """Line ``i`` heads the kept rows of times from ``under``: a label closed by its colon (``colon_over_time``: at the
    head, where a menu's last item stands right over the first row), or else over two rows of times or more (under
    the text, a ticket box's "Miami Dolphins @ Cleveland Browns" over its one "1:00 PM - FirstEnergy Stadium" is no
    programme's day)."""
    if colon_over_time:
        return ctx.doc.lines[i].text.rstrip().endswith(":")
    lines = ctx.doc.lines
    second = text_below(ctx, under)
    return second >= 0 and second not in taken and lines[second].removal is None and opens_on_time(lines[second].text)


def _liturgy_lines(ctx: Context, furniture: list[int], *, colon_over_time: bool) -> set[int]:
    """Of ``furniture``, the scripture references, the short lines right over a reference (one of them, or a kept
    line), and the short lines heading kept rows of times (:func:`_heads_times`)."""
    lines = ctx.doc.lines
    taken = set(furniture)
    # (a line's figure asked of the context first, judged once per line: scripture_reference needs one)
    refs = {i for i in furniture if ctx.digit(i) and scripture_reference(lines[i].text)}
    kept = set(refs)
    for i in furniture:
        if i in refs or ctx.words(i) > _HEADING_WORDS:
            continue
        under = text_below(ctx, i)
        if under < 0 or lines[under].removal is not None:
            continue
        below = lines[under].text
        figure = ctx.digit(under)  # (both shapes below need one)
        reference = under in refs or (under not in taken and figure and scripture_reference(below))
        timed = under not in taken and figure and opens_on_time(below)
        if reference or (timed and _heads_times(ctx, i, under, taken, colon_over_time=colon_over_time)):
            kept.add(i)
    return kept


def liturgy_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the scripture references, a reading's heading right over one, and a label closed by its colon
    right over a kept line opening on a clock time (edge-furniture's guard at the head: a menu's last item over the
    first row of times still goes)."""
    if not furniture:
        return furniture
    kept = _liturgy_lines(ctx, furniture, colon_over_time=True)
    return [i for i in furniture if i not in kept] if kept else furniture


def schedule_item_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the liturgy's lines closing the text (the readings' references and their headings, a day's
    heading over the kept rows of its times) and a programme's items with no time of their own, each right under a
    kept row opening on a clock time with another such row over it in ``region`` (edge-furniture's guard at the
    tail)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    kept = _liturgy_lines(ctx, furniture, colon_over_time=False)
    taken = set(furniture)
    for i in furniture:
        if i in kept or ctx.words(i) > _ITEM_WORDS or (ctx.digit(i) and opens_on_time(lines[i].text)):
            continue
        row = _above(ctx, i)
        if row < region.start or row in taken or lines[row].removal is not None:
            continue
        if not (ctx.digit(row) and opens_on_time(lines[row].text)):
            continue
        timed = sum(
            1
            for j in range(region.start, row + 1)
            if j not in taken and lines[j].removal is None and ctx.digit(j) and opens_on_time(lines[j].text)
        )
        if timed >= _TIMED_ROWS:
            kept.add(i)
    return [i for i in furniture if i not in kept] if kept else furniture
