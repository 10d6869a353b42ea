"""redteam54: an author's bio after the article, known by the page's own byline.

- :func:`byline_bio` (author-bio): a line in the tail whose first sentence opens on a person's name (two words or
  more) and a copula ("Priya Natarajan is a lecturer in physiology at the University of Leeds.", "Tom Alvarez is a
  staff engineer on the platform team.", "Anna Schulte ist Ärztin und lebt in Hameln."), where that name is the
  page's byline: a line among the ``_NEAR_LINES`` right over the article's first paragraph that is the name alone or
  the name with up to two words beside it ("By Priya Natarajan", "Tom Alvarez", "Von Anna Schulte"); a site's name in
  its masthead, over the menu, is no byline ("Live Science" over "Search", "News", …: "Live Science is part of Future
  US Inc …" is no writer's bio). The bio table (``credits.bio``) knows the roles
  of journalism; a blog's or an explainer's writer is an engineer, a lecturer, a nurse, and the byline over the text
  says the sentence is about the writer. The pass's other checks still hold: no quote, no reporting clause, the
  tail, and the person named in no other paragraph of the article (an article about its own writer names them).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import lower

#: The copulas a bio's first sentence opens on after the name, in the languages the pages speak.
_COPULAS: Final = frozenset({"is", "was", "ist", "war", "est", "était", "es", "era", "fue", "è", "é", "foi", "fu"})
#: The most words of a name, and the most words beside it on the byline's line ("By", "Von", "Par", "Por", "Door").
_NAME_WORDS: Final = 4
_BESIDE_WORDS: Final = 2
#: How far down the page the article's first paragraph may stand (lines), and how many lines right over it the byline
#: may stand in (under the headline, beside the date: a site's name in its masthead stands over the menu, further up)
_HEAD_LINES: Final = 40
_NEAR_LINES: Final = 6
_WORD: Final = re.compile(r"\w+")


def byline_bio(ctx: Context, index: int, name: list[str]) -> bool:
    """Line ``index`` opens on ``name`` (the words of the name that opens its first sentence) and a copula, and the
    name is the page's byline over the article's first paragraph (see the module's docstring)."""
    if not 2 <= len(name) <= _NAME_WORDS:
        return False
    words = _WORD.findall(ctx.doc.lines[index].text)
    if len(words) <= len(name) or words[: len(name)] != name or lower(words[len(name)]) not in _COPULAS:
        return False
    lines = ctx.doc.lines
    first = next((j for j in range(min(index, _HEAD_LINES)) if lines[j].removal is None and ctx.is_prose(j)), None)
    if first is None:
        return False
    for j in range(max(0, first - _NEAR_LINES), first):
        head = _WORD.findall(lines[j].text)
        if len(name) <= len(head) <= len(name) + _BESIDE_WORDS and any(
            head[k : k + len(name)] == name for k in range(len(head) - len(name) + 1)
        ):
            return True
    return False
