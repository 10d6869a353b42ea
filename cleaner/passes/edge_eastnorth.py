"""Guards from the probe of general news pages in hu, ro, el, fi, lt, lv, et, hr, sl and bg (eastnorth40).

A "read also" box between an article's paragraphs ("Olvasd el ezt is" over one headline) is followed by the
article's text going on; when that text is a sentence announcing a list ("A terelés a következő utakat érinti:" over
the streets), the teaser box's loop read the sentence and the list's first items as more headlines of the box. A
teaser's headline does not close on a colon over lines under it: such a line is the article announcing what follows,
and the box ends over it.

Once the box went, the list under that sentence reads to edge-furniture as the page's footer after the article's last
paragraph: its guard keeps a colon line's list over a short closing sentence only when the colon line stands right
under the article's text, and the line over it is the box's. A read-also box another pass took between the text and
the colon line is no furniture of the footer's: the colon line is read as under the text above the box, and its items
may be places of one word each under a sentence ("Nova pravila vrijede u ovim ulicama:" over "Ilica",
"Frankopanska", "Masarykova").
"""

from __future__ import annotations

from collections.abc import Callable

from ..context import Context
from ..textstats import ends_colon
from .furniture import DIGIT

#: the fewest words of a line announcing a list (a label of one or two words, "Tags:", may close a box's row)
_MIN_ANNOUNCING_WORDS = 3


#: the separator of a box's row of metadata ("Bayerischer Rundfunk 24 | 03.06.2024 | 18:00 Uhr")
_ROW_SEPARATOR = "|"


def announces_list(ctx: Context, kept: list[int], pos: int) -> bool:
    """The kept line at ``pos`` closes on a colon, holds three words or more and has a kept line under it that is
    no row of a box's metadata (parted by "|"): the article's sentence announcing a list, no teaser's headline
    (teaser-box ends its box over it). A box's label over its programme's row ("Dieses Thema im Programm:" over
    "Bayerischer Rundfunk 24 | 03.06.2024 | 18:00 Uhr") stays in the box."""
    if pos + 1 >= len(kept):
        return False
    i = kept[pos]
    if not ends_colon(ctx.doc.lines[i].text) or ctx.words(i) < _MIN_ANNOUNCING_WORDS:
        return False
    return _ROW_SEPARATOR not in ctx.doc.lines[kept[pos + 1]].text


#: the passes that take a "read also" box between an article's paragraphs: its heading and headlines, or the label
#: glued to its one headline ("Citește și: …")
_BOX_PASSES = frozenset({"teaser-box", "promo-label"})

#: the most lines of such a box skipped over the colon line (a heading and a few headlines)
_MOST_BOX_LINES = 6


def under_text_past_box(ctx: Context, furniture_at: Callable[[int], bool], i: int) -> bool:
    """Line ``i`` stands under a read-also box that teaser-box or promo-label took (up to ``_MOST_BOX_LINES`` lines),
    and right over the box is a kept line of the article's that is no furniture: the colon line is under the
    article's text (edge_announced.unannounced's guard of a short list's colon line)."""
    lines = ctx.doc.lines
    above = i - 1
    skipped = 0
    while above >= 0:
        line = lines[above]
        if line.text.strip():
            taken = line.removal
            if taken is None or taken.pass_name not in _BOX_PASSES:
                break
            skipped += 1
            if skipped > _MOST_BOX_LINES:
                return False
        above -= 1
    return skipped > 0 and above >= 0 and lines[above].removal is None and not furniture_at(above)


#: the fewest items of a list of one-word names under a sentence closing on a colon
_LEAST_NAMED_ITEMS = 3


def listed_past_box(ctx: Context, furniture_at: Callable[[int], bool], announced: list[int]) -> bool:
    """The list ``announced`` (its colon line first) stands under a read-also box another pass took over the
    article's text (:func:`under_text_past_box`), and its items are of two words or more each, or three or more
    names (a capital first, no figure, no site's section: ``structure.section_name``) under a colon line of two
    words or more: the article's list, no footer's (edge_announced.unannounced's guard, with a short sentence under
    it)."""
    if not under_text_past_box(ctx, furniture_at, announced[0]):
        return False
    items = announced[1:]
    if all(ctx.words(j) >= 2 for j in items):
        return True
    lines = ctx.doc.lines
    if len(items) < _LEAST_NAMED_ITEMS or ctx.words(announced[0]) < 2:
        return False
    if not all(lines[j].text.strip()[:1].isupper() and not DIGIT.search(lines[j].text) for j in items):
        return False
    section = ctx.table("structure", "section_name")
    return not any(section.match(lines[j].text.strip()) for j in items)
