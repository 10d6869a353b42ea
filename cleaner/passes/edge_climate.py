"""climate45: an NGO's donation ask printed under a conservation or climate story, with no pitch between its heading
and its button.

- :func:`tail_appeal`: a nature charity's or an environmental site's page closes its story with a short appeal: a
  heading the table ``signup.appeal_heading`` names ("Hazte socio y ayúdanos a proteger la naturaleza", "Soutenez
  notre action : faites un don", "Word lid van Vogelbescherming") right over its button ("Dona ahora", "Je donne",
  "Doneer") and the box's small print ("Votre don est déductible à 66 % de vos impôts."), with no pitch between the
  heading and the button (a heading of two calls joined by a colon or a dash, each the table's, is one too).
  appeal-box asks a pitch of the outlet's voice under the heading and left such a box. Under the article's last
  paragraph (no line of prose after it), a heading of the table right over the box's button (``appeal_button``) goes
  with the closers under it (``appeal_button``, ``appeal_amount``). A club's story closing on "Become a member" over
  its prices ("Monthly: £30") has no button under the heading, and stays. A story's own list of ways to help ("How you
  can help:" / "Donate to the Red Cross" / "Make a donation") stands under its line closing on a colon, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context

_HEADING_MOST: Final = 8  # (appeal-box's max_heading_words)
_BUTTON_MOST: Final = 6  # "Yes, I'll give monthly now"
_OTHER_PROSE: Final = 2  # the article's paragraphs over the box, at the least
_TAIL_REACH: Final = 12  # the kept lines under the last paragraph looked at
# two calls joined on one line: "Soutenez notre action : faites un don", "Protect wildlife – donate today"
_JOIN: Final = re.compile(r"(?<!\s)\s{1,3}[:|–—-]\s{1,3}")


def tail_appeal(
    ctx: Context, family: str, closer: Callable[[Context, int], bool], max_close: int, pass_name: str, reason: str
) -> None:
    """Remove (as ``pass_name``, for ``reason``) the kept lines of a bare appeal box under the article's last
    paragraph: a heading of the table ``<family>.appeal_heading`` (kept, or taken by any pass) right over a button
    (:func:`_button`, taken or not), and the closers under it (``closer``: buttons, amounts' rows, small print; at
    most ``max_close``). Nothing
    where the page has fewer than ``_OTHER_PROSE`` paragraphs, more than ``_TAIL_REACH`` short lines under the last,
    or the heading stands under a line closing on a colon (an item of the article's list)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    # (the cheap questions first: the kept lines under the last paragraph, a few at most)
    tail = 0
    last = -1  # the article's last paragraph
    prose = 0
    for i in reversed(kept):
        if ctx.is_prose(i) and not closer(ctx, i):  # (the box's small print reads as a sentence)
            prose += 1
            last = max(last, i)
            if prose >= _OTHER_PROSE:
                break
            continue
        if prose:
            continue  # (a short line between the last two paragraphs)
        tail += 1
        if tail > _TAIL_REACH:
            return
    if not tail or prose < _OTHER_PROSE:
        return
    heading = ctx.table(family, "appeal_heading")
    h = last + 1
    n = len(lines)
    while h < n - 1:
        if (
            ctx.words(h) > _HEADING_MOST
            or lines[h].text.rstrip().endswith(".")
            or not _button(ctx, family, h + 1)
            or lines[h - 1].text.rstrip().endswith(":")
            or not _heading(heading.match, lines[h].text)
        ):
            h += 1
            continue
        end = h + 1
        while end < n and end - h <= max_close and closer(ctx, end):
            end += 1
        for j in range(h, end):
            if lines[j].removal is None:
                ctx.doc.remove(j, pass_name, reason)
        h = end


def _heading(match: Callable[[str], object], text: str) -> bool:
    """``text`` is an appeal's heading: the table matches it, or each of its two parts joined by a colon or a dash
    ("Soutenez notre action : faites un don")."""
    if match(text):
        return True
    parts = _JOIN.split(text.strip())
    return len(parts) == 2 and all(match(part) for part in parts)


def _button(ctx: Context, family: str, i: int) -> bool:
    """Line ``i`` is an appeal's button (table ``<family>.appeal_button``: "Donate now", "Je donne"), short. A row of
    amounts right under the heading does not do: a club's story closes on "Become a member" over its prices
    ("Monthly: £30")."""
    return ctx.words(i) <= _BUTTON_MOST and ctx.table(family, "appeal_button").match(ctx.doc.lines[i].text) is not None
