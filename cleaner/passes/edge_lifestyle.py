"""lifestyle45: a lifestyle page's own short lines that the shape rules read as a headline or as residue.

- :func:`dated_sign` (title-line's test of a headline): a single sign's daily page opens on the sign's heading with
  its dates ("Leo (July 23 - August 22)", "Widder (21.3.-20.4.)") over the day's reading; daily41's
  ``sign_title`` spares the first heading only on a page of three signs or more. A sign's heading (table
  ``structure.zodiac_sign``) holding two numbers (the range of dates) is the entry's heading, no headline, where the
  page names the sign on another line too (its headline "Leo Daily Horoscope", its picker) or labelled rows
  ("Lucky number: 7") stand under it; a sign's heading alone over another text (daily41: a sidebar's), a sign's bare
  name ("Leo") or a headline naming a sign with one number still goes as before.
- :func:`opening_salutation` (detached-blocks' furniture test): an advice column's letter opens on its salutation
  ("Querida Carmen:", "Dear Margaret,", table ``structure.salutation``) right under the page's byline and stamp; read
  as furniture, it made the gap under the byline a strong one, and the salutation went with the headline's block.
  A salutation right over a line of prose is the letter's first line, no furniture.
- :func:`sign_rows_tail` (edge-furniture's guard at the tail): a single sign's reading closes on its labelled rows
  ("Glückszahl: 3", "Lucky color: gold", "Número de la suerte: 8"), short lines that read as the page's run under the
  last sentence. Right under the reading's last sentence, its sign's heading with dates (:func:`dated_sign`) at most
  ``_ENTRY_LINES`` kept lines over them, the rows of a label and a short value stay; the page's lines under them go
  as before, and a story's "Tags: …" under a text with no sign's heading over it goes as before.
- (an answer's closing word of encouragement, "Ánimo.", "Good luck!", "Bon courage !", is an entry of table
  ``structure.closing_word``, as "Amen." and "Bon appétit !" are.)

Cost: ``dated_sign`` asks the table only of a line with two digits, ``opening_salutation`` only of a furniture line
closing on a comma or a colon.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower

#: The most words of a sign's heading with its dates ("Sagittarius (November 22 - December 21)").
_SIGN_WORDS: Final = 8
_PUNCTUATION: Final = ".,:;!?()[]«»\"'“”‘’-–—"
#: The most kept lines of a sign's reading between its heading and its rows.
_ENTRY_LINES: Final = 8
#: The most words of a reading's labelled row ("Lucky number: 7", "Número de la suerte: 8").
_ROW_WORDS: Final = 6
#: The most words of a row's value after its label ("gold", "3", "verde y azul").
_VALUE_WORDS: Final = 3
#: The most words of a salutation line ("Dear Lonely in Leeds,").
_SALUTATION_WORDS: Final = 6


def dated_sign(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sign's heading with its range of dates (two numbers: "Leo (July 23 - August 22)") over a
    reading: the sign named on another line of the page too (its headline, its picker), or labelled rows under it."""
    if not _dated_sign_shape(ctx, i):
        return False
    return _named_elsewhere(ctx, i) or any(_row(ctx, j) for j in _kept_under(ctx, i))


def _dated_sign_shape(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    if ctx.words(i) > _SIGN_WORDS or _numbers(text) < 2:
        return False
    return ctx.table("structure", "zodiac_sign").match(text.strip()) is not None


def _kept_under(ctx: Context, i: int) -> list[int]:
    """The ``_ENTRY_LINES`` kept lines under line ``i``."""
    lines = ctx.doc.lines
    out: list[int] = []
    for j in range(i + 1, len(lines)):
        if lines[j].removal is None and lines[j].text.strip():
            out.append(j)
            if len(out) == _ENTRY_LINES:
                break
    return out


def _named_elsewhere(ctx: Context, i: int) -> bool:
    """The sign's name (line ``i``'s first word) is a word of another line of the page, kept or gone ("Leo Daily
    Horoscope", a picker's "Leo"): a sidebar's or a stray heading names its sign once."""
    words = ctx.doc.lines[i].text.split()
    name = lower(words[0]) if words else ""
    if not name:
        return False
    for j, line in enumerate(ctx.doc.lines):
        if j == i or name not in (low := lower(line.text)):
            continue
        if name in (w.strip(_PUNCTUATION) for w in low.split()):
            return True
    return False


def _numbers(text: str) -> int:
    """How many runs of digits ``text`` holds."""
    count, inside = 0, False
    for c in text:
        digit = c.isdigit()
        count += digit and not inside
        inside = digit
    return count


def opening_salutation(ctx: Context, furniture: list[int]) -> list[int]:
    """``furniture`` less a letter's salutation right over a line of prose (the letter's first)."""
    lines = ctx.doc.lines
    if not any(lines[i].text.rstrip()[-1:] in ",:" for i in furniture):
        return furniture
    return [i for i in furniture if not _salutation_over_prose(ctx, i)]


def _salutation_over_prose(ctx: Context, i: int) -> bool:
    lines = ctx.doc.lines
    text = lines[i].text.strip()
    if text[-1:] not in ",:" or ctx.words(i) > _SALUTATION_WORDS:
        return False
    under = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if under is None or lines[under].removal is not None or not ctx.is_prose(under):
        return False
    return ctx.table("structure", "salutation").match(text) is not None



def sign_rows_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a sign's reading's labelled rows right under its last sentence (see the module)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    first = min(furniture)
    if not _row(ctx, first):
        return furniture
    kept_over = [j for j in range(first - 1, -1, -1) if lines[j].removal is None and lines[j].text.strip()]
    if not kept_over or not ends_sentence(lines[kept_over[0]].text.strip()):
        return furniture
    if not any(_dated_sign_shape(ctx, j) for j in kept_over[:_ENTRY_LINES]):
        return furniture
    spared = set()
    for j in range(first, region.stop):
        if not lines[j].text.strip():
            continue
        if j not in furniture or not _row(ctx, j):
            break
        spared.add(j)
    return [k for k in furniture if k not in spared]


def _row(ctx: Context, i: int) -> bool:
    """Line ``i`` is a reading's labelled row: a label, a colon, a short value ("Glückszahl: 3")."""
    label, colon, value = ctx.doc.lines[i].text.strip().partition(":")
    return (
        bool(colon)
        and 0 < ctx.words(i) <= _ROW_WORDS
        and bool(label)
        and label[:1].isupper()
        and 0 < len(value.split()) <= _VALUE_WORDS
    )
