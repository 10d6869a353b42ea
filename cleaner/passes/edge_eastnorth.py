"""Guards from the probe of general news pages in hu, ro, el, fi, lt, lv, et, hr, sl and bg (eastnorth40).

A "read also" box between an article's paragraphs ("Olvasd el ezt is" over one headline) is followed by the
article's text going on; when that text is a sentence announcing a list ("A terelés a következő utakat érinti:" over
the streets), the teaser box's loop read the sentence and the list's first items as more headlines of the box. A
teaser's headline does not close on a colon over lines under it: such a line is the article announcing what follows,
and the box ends over it.
"""

from __future__ import annotations

from ..context import Context
from ..textstats import ends_colon

#: the fewest words of a line announcing a list (a label of one or two words, "Tags:", may close a box's row)
_MIN_ANNOUNCING_WORDS = 3


def announces_list(ctx: Context, kept: list[int], pos: int) -> bool:
    """The kept line at ``pos`` closes on a colon, holds three words or more and has a kept line under it: the
    article's sentence announcing a list, no teaser's headline (teaser-box ends its box over it)."""
    if pos + 1 >= len(kept):
        return False
    i = kept[pos]
    return ends_colon(ctx.doc.lines[i].text) and ctx.words(i) >= _MIN_ANNOUNCING_WORDS
