"""A listing's fact sheet at the article's edges (edge-furniture's guards): a course's, a flat's, a hotel's or a
job's labelled rows ("Term: Autumn 2024", "Instructor: Prof. Maria Okafor") and the short headed lists that stand
among them ("Ausstattung" over "Kostenloses WLAN", "Skikeller", then "Check-in: ab 14:00 Uhr").

A menu's links carry no label and no figure, and they stand by the page's residue; a fact sheet's rows stand
together, the rows with figures among them that the furniture test already lets through. So a short non-sentence
line is the sheet's where it is one more labelled row in a column of them, or a short list (a heading and its
items) standing right under a line of the article and right over the sheet's kept rows, with nothing another
pass took around or among them.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import _label_of
from .furniture import URL

#: The fewest labelled rows a column must hold (two of them kept) for a furniture line among them to be one of its
#: rows: two rows side by side are as often a footer's "Tags: …" and "Filed under: …".
_COLUMN_ROWS: Final = 3
#: The most lines (a heading and its items) of a list between the article's line over it and the rows under it.
_HEADED_LIST_LINES: Final = 7
#: The words of a sentence over a sheet's list (a caption's "Photo: Reuters." is none).
_SENTENCE_WORDS: Final = 6
#: The most words of a sheet's list's heading or item.
_LIST_WORDS: Final = 4
#: The figures of a phone number, at the least: a row holding as many is a contact box's, no sheet's.
_PHONE_DIGITS: Final = 7
#: The kept rows a headed list must stand over.
_ROWS_UNDER: Final = 2

# a label of up to three words, a colon, a value of a few words (a time's colon in it: "Lectures Mon/Wed 1:30-2:50pm")
# (asked with fullmatch; anchored so that a search, as the regex-safety scan makes, stays linear)
_ROW: Final = re.compile(
    r"\A[^\W\d_][\w'’./-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?[:：] ?[^\s:：](?:[^:：]|(?<=\d)[:：](?=\d)){0,79}"
)
# the longest line _ROW can match: a label's 1 + 31 + 2 × 31 characters, " : ", a first value character and 79 more
_ROW_LONGEST: Final = 1 + 31 + 2 * 31 + 3 + 1 + 79
# a figure anywhere on the line: a row of data ("Tiefgarage (15 € pro Tag)", "Inchecken vanaf 15.00 uur")
_FIGURE: Final = re.compile(r"\d")


def _labelled(text: str) -> bool:
    """A row of a fact sheet: a label of up to ``_LABEL_WORDS`` words, a colon and a value that is no sentence,
    link or mail ("Instructor: Prof. Maria Okafor", "Credits: 4")."""
    if len(text) > _ROW_LONGEST or (":" not in text and "：" not in text):
        return False  # (what _ROW can match at all: most lines are ruled out without the regex)
    return (
        _ROW.fullmatch(text) is not None
        and not ends_sentence(text)
        and "@" not in text
        and URL.search(text) is None
    )


def _sheet_row(text: str) -> bool:
    """A kept line of a fact sheet: a labelled row, or a short line with a figure past its first word that closes no
    sentence ("Tiefgarage (15 € pro Tag)", "Linear algebra (Math 51)"; a list of stories' titles opens on a year or a
    count, "2019 Audi e-tron Review", "21 Day Fix Results"), and no phone number; a labelled row's label holds no
    figure (a step's "Paso 3: elige tu plan")."""
    if sum(1 for c in text if c.isdigit()) >= _PHONE_DIGITS:
        return False  # (a footer's phone rows under its "Contact": "Newsroom 020 7946 0000")
    if _labelled(text):
        # (a label with a figure is a step's or a date's: "Paso 3: elige tu plan" under a footer's menu)
        return _FIGURE.search(text.partition(":")[0]) is None
    return (
        _FIGURE.search(text) is not None
        and ":" not in text
        and not text[:1].isdigit()
        and not ends_sentence(text)
        and "@" not in text
        and URL.search(text) is None
    )


def _article_line(ctx: Context, i: int) -> bool:
    """Whether kept line ``i`` is the article's own over a sheet's list: a sentence of ``_SENTENCE_WORDS`` words or
    more, or a labelled row with a figure in its value ("Format: Lectures Mon/Wed 1:30-2:50pm")."""
    text = ctx.doc.lines[i].text.strip()
    if ends_sentence(text):
        return ctx.words(i) >= _SENTENCE_WORDS
    return _labelled(text) and _FIGURE.search(text.partition(":")[2]) is not None


def _list_line(ctx: Context, i: int) -> bool:
    """A heading's or an item's line of a sheet's list: a few words, no figure, no colon ("Kostenloses WLAN"; a
    schedule's "Nov 24" and a teaser's "First Drive: Welcome to the future" are no such items)."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _LIST_WORDS and _FIGURE.search(text) is None and ":" not in text


def labelled_column(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the labelled rows standing in a column of ``_COLUMN_ROWS`` or more labelled rows, two of
    them kept, with nothing another pass took among them ("Credits: 4", "Term: Autumn 2024", "Instructor: Prof.
    Maria Okafor", "Format: Lectures Mon/Wed"): the sheet's rows, the row without a figure as much as those with."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    column: list[int] = []
    for i in [*region, -1]:
        line = lines[i] if i >= 0 else None
        if line is not None and line.removal is None and _labelled(line.text.strip()):
            column.append(i)
            continue
        if line is not None and line.removal is None and not line.text.strip():
            continue  # (a blank line parts no column)
        if len(column) >= _COLUMN_ROWS and sum(1 for j in column if j not in taken) >= 2:
            labels = {_label_of(lines[j].text) for j in column}
            if len(labels) == len(column):  # (a teaser box says "Read more:" on each row)
                spared.update(j for j in column if j in taken)
        column = []
    return [i for i in furniture if i not in spared] if spared else furniture


def headed_list_over_rows(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a short list of the sheet's (a heading and its items, up to ``_HEADED_LIST_LINES`` lines
    the furniture test takes) standing right under a kept line of the article that is no furniture (a sentence or a
    row) and right over ``_ROWS_UNDER`` or more kept rows of the sheet (:func:`_sheet_row`), with nothing another
    pass took around or among them: "Ausstattung", "Kostenloses WLAN", "Skikeller" over "Tiefgarage (15 € pro
    Tag)" and "Check-in: ab 14:00 Uhr"; "Prerequisites" over "Linear algebra (Math 51)", "Probability (CS 109)". A
    footer's links stand under residue, and a footer's rows are its mail and its links."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    stop = len(lines)
    i = region.start
    while i < region.stop:
        if i not in taken:
            i += 1
            continue
        start = i
        while i < region.stop and i in taken:
            i += 1
        block = range(start, i)  # (furniture lines in a row: nothing removed among them)
        if len(block) > _HEADED_LIST_LINES or start == 0:
            continue
        above = lines[start - 1]
        if above.removal is not None or start - 1 in taken or not _article_line(ctx, start - 1):
            continue
        if not all(_list_line(ctx, k) for k in block):
            continue
        rows = 0
        j = i
        while j < stop and rows < _ROWS_UNDER:
            line = lines[j]
            if line.removal is not None or j in taken or not _sheet_row(line.text.strip()):
                break
            rows += 1
            j += 1
        if rows >= _ROWS_UNDER:
            spared.update(block)
    return [k for k in furniture if k not in spared] if spared else furniture



# academic36: a fact box's span of years ("2023–2026", "2021-2024"): no phone's digits
_YEARS: Final = re.compile(r"\A(?:19|20)\d\d ?[-–—/] ?(?:19|20)\d\d\Z")


def _fact_row(ctx: Context, i: int) -> bool:
    """academic36: a row of a fact box with a figure in its value ("Durata: 2023–2026", "Laufzeit: 36 Monate"), no
    figure in its label, and no phone number (a span of years is none)."""
    text = ctx.doc.lines[i].text.strip()
    label, _colon, value = text.partition(":")
    value = value.strip()
    return (
        _labelled(text)
        and _FIGURE.search(value) is not None
        and _FIGURE.search(label) is None
        and (sum(1 for c in value if c.isdigit()) < _PHONE_DIGITS or _YEARS.match(value) is not None)
    )


def headed_list_over_fact_row(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """academic36: ``furniture`` less a short headed list (a heading and two items or more, up to
    ``_HEADED_LIST_LINES`` lines of :func:`_list_line`, each capitalised) right under a sentence of the article's
    (:func:`_article_line`) and right over the box's rows with a figure in their value (:func:`_fact_row`), those
    rows with it, the rows closing on the page's residue or its end: a project page's "Partner" over "Università di
    Torino", "Consorzio Barbera d'Asti", then "Durata: 2023–2026". A footer's headed links stand under the page's
    residue, not right under the text, and its rows are a phone's or a mail's; a menu's items are one word each
    ("Politics" over "Business", "Culture", … over "Price: £2.50": test_redteam_articles)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    for start in region:
        above = start - 1
        if start not in taken or above < 0 or lines[above].removal is not None or above in taken:
            continue
        if not _article_line(ctx, above):
            continue
        i = start
        while i < region.stop and i in taken and _list_line(ctx, i) and lines[i].text.strip()[:1].isupper():
            i += 1
        if not 3 <= i - start <= _HEADED_LIST_LINES:
            continue
        if any(ctx.words(k) < 2 for k in range(start + 1, i)):
            continue  # (s36: a partner's name runs two words or more: a menu's "Business", "Culture" is one)
        rows = i
        while rows < region.stop and lines[rows].removal is None and _fact_row(ctx, rows):
            rows += 1
        if rows == i:
            continue
        if rows < region.stop and lines[rows].removal is None and rows not in taken:
            continue  # (the text goes on under the rows: no box closing it)
        spared.update(range(start, rows))
    return [k for k in furniture if k not in spared] if spared else furniture
