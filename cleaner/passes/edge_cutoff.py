"""Session 53: the article's last text, cut off from the rest of it by a widget, read as another story's.

- :func:`over_paywall` (detached-blocks' guard): a small block of prose right under the article's block, across
  furniture (a quote widget's rows, an image's credit), and right over a paywall's notice that the paywall pass took
  ("Cet article est réservé aux abonnés.", "Il vous reste 60 % de cet article à lire."), is the article's text going
  on up to where the paywall cuts it: a page shows the notice where the article's free part stops, and the other
  stories' teasers come under the notice, not over it. A block under the notice, or one with another block between it
  and the article, is judged as before.
- :func:`taken_entry_time` (detached-blocks' test of a gap between two blocks): a live blog whose entry times
  another pass took ("17h48", "16:55", dateline's bare stamps) over each entry's sentence, an embed's consent notice
  between two entries: the gap ends on such a time right over a sentence, and two entry times or more over it, each
  right over a sentence, keep their order with it (later and later, or earlier and earlier). The entry is the blog
  going on, as :func:`~.edge_defense.entry_gap` finds where the times are kept. A ticker's headlines under the article
  end on no full stop, and an article of prose has no entry times over the gap.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_defense import _in_order, entry_minute

#: The pass whose lines mark where a paywall cuts the article.
_PAYWALL: Final = "paywall"


def _next_text(ctx: Context, start: int) -> int | None:
    """The first line from ``start`` on that holds text."""
    lines = ctx.doc.lines
    for j in range(start, len(lines)):
        if lines[j].text and not lines[j].text.isspace():
            return j
    return None


def over_paywall(ctx: Context, block: list[int], after_article: bool) -> bool:
    """Whether ``block`` (its kept lines), the block right after the article's (``after_article``), stands right over
    a line the paywall pass took: the next line with text under its last line."""
    if not after_article or not block:
        return False
    j = _next_text(ctx, block[-1] + 1)
    if j is None:
        return False
    taken = ctx.doc.lines[j].removal
    return taken is not None and taken.pass_name == _PAYWALL


#: The fewest words of an entry's sentence under its time.
_ENTRY_WORDS: Final = 3
#: The fewest entry times over the gap that make the page a live blog.
_ENTRIES: Final = 2


def taken_entry_time(ctx: Context, stop: int) -> bool:
    """Whether the gap over the block that opens at line ``stop`` ends on an entry time another pass took, right over
    the entry's sentence, the page's entry times over it keeping their order (see the module's docstring)."""
    lines = ctx.doc.lines
    prev = next((j for j in range(stop - 1, -1, -1) if lines[j].text and not lines[j].text.isspace()), None)
    if prev is None or lines[prev].removal is None or not lines[prev].text.strip()[:1].isdigit():
        return False
    minute = entry_minute(lines[prev].text)
    if minute is None or ctx.words(stop) < _ENTRY_WORDS or not ends_sentence(lines[stop].text):
        return False
    times: list[int] = []
    for j in range(prev):
        text = lines[j].text
        if not text or not text.lstrip()[:1].isdigit() or (at := entry_minute(text)) is None:
            continue
        under = _next_text(ctx, j + 1)
        if under is not None and lines[under].removal is None and ctx.words(under) >= _ENTRY_WORDS:
            times.append(at)
    return len(times) >= _ENTRIES and _in_order([*times, minute])
