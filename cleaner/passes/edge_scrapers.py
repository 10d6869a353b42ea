"""redteam55: the shapes scrapers leave of a page's chrome that the passes read as the article's own lines.

- :func:`bulleted_menu_head` (edge-furniture, at the head): a browser's "select all, copy" of a page keeps its menu's
  bullets ("•\tFútbol", "•\tBaloncesto", "•\tMotor"), and a list item is article text to the furniture test.
  ``_MIN_ITEMS`` or more such items at the page's head are its menu where nothing the article keeps stands over them
  or between them (every other line went, or is in the head's run of furniture), a line of the page's chrome (no
  byline, stamp or headline) stands right over the first and right under the last, and each item is a menu's entry:
  one to ``_ITEM_WORDS`` words, capitalised, no figure, no sentence and no label (no closing stop or colon), all under
  the same marker. An article's list at its head (key points under the headline, a recipe's ingredients over its
  steps) has the headline, a byline, a stamp or a paragraph over it or under it, or items of a sentence's length.
- :func:`reader_site_head` (edge-furniture, at the head): a reader mode's or a read-later app's export (Pocket,
  Instapaper, a browser's reader view) prints the saved page's site as its host name alone on the line under the title,
  over the reading time ("nhsinform.scot" over "4 min read"). A host name alone in lower case, among the page's first
  two kept lines, with the line right under it taken by another pass (the reading time, a stamp), goes. A host named in
  the article stands in a sentence, or under the headline with the text, no residue, under it.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_headings import TAIL

#: The fewest items of a bulleted menu, and the most words of one.
_MIN_ITEMS: Final = 3
_ITEM_WORDS: Final = 4
#: The markers a menu's items are bulleted with (a numbered item, a heading's "#" or a quote's ">" is no menu's).
_BULLETS: Final = frozenset("•·▪►»›▶▸→■◦-*+")
#: The passes whose lines a menu stands among: the page's chrome (a byline, a stamp or a headline over a list or under
#: it is the article's head, and its key points stand there).
_CHROME_PASSES: Final = frozenset(
    {"site-chrome", "edge-furniture", "cookie-notice", "newsletter-prompt", "social-buttons", "table-of-contents"}
)


#: A host name alone, in lower case as a reader view prints it: "nhsinform.scot", "www.spektrum.de".
_HOST: Final = re.compile(r"(?:www\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}")
_HOST_MOST: Final = 60  # characters of a host name
_HEAD_LINES: Final = 2  # the kept lines a saved page's site name may stand among: the title's, then its own


def reader_site_head(ctx: Context, region: range, where: str, name: str) -> None:
    """Take the saved page's host name under its title at the head (see the module's docstring)."""
    if where == TAIL:
        return
    lines = ctx.doc.lines
    seen = 0
    for i in region:
        line = lines[i]
        if line.removal is not None:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return
        text = line.text.strip()
        if (
            len(text) <= _HOST_MOST
            and "." in text
            and not line.lead
            and i + 1 < len(lines)
            and lines[i + 1].removal is not None
            and _HOST.fullmatch(text) is not None
        ):
            ctx.doc.remove(i, name, f"a saved page's site name under its title {where}")
            return


def _menu_entry(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a kept bulleted entry of a menu's shape (see the module's docstring)."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    return (
        line.removal is None
        and line.lead[:1] in _BULLETS
        and bool(line.lead)
        and 1 <= ctx.words(i) <= _ITEM_WORDS
        and text[:1].isupper()
        and not ctx.digit(i)
        and not ends_sentence(text)
        and text[-1:] not in ":："
    )


def bulleted_menu_head(ctx: Context, region: range, furniture: list[int], where: str) -> list[int]:
    """``furniture`` (the head's run, ``region`` the lines over the first paragraph) and the items of a bulleted menu
    among the page's residue at the head (see the module's docstring)."""
    if where == TAIL:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)

    def gone(j: int) -> bool:
        return lines[j].removal is not None or j in taken

    def chrome(j: int) -> bool:  # (a menu's neighbour: the page's chrome, not a byline, a stamp or the headline)
        taken_by = lines[j].removal
        return j in taken or (taken_by is not None and taken_by.pass_name in _CHROME_PASSES)

    # (the head's lines down to the first one the article keeps that is no menu's entry: the residue and the entries)
    items: list[int] = []
    stop = region.start
    while stop < region.stop and (gone(stop) or _menu_entry(ctx, stop)):
        if not gone(stop):
            items.append(stop)
        stop += 1
    if (
        len(items) < _MIN_ITEMS
        or items[0] == region.start
        or items[-1] + 1 >= stop  # (the last entry right over the article's first kept line: no residue under it)
        or not (chrome(items[0] - 1) and chrome(items[-1] + 1))
        or len({lines[i].lead for i in items}) > 1
    ):
        return furniture
    return sorted(taken.union(items))
