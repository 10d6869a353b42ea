"""nordic43: general news pages from the Nordic countries (sv, da, no, fi, is), where a site's masthead is its
domain in lower case.

- :func:`domain_masthead`: the page's first line, the site's name as its domain alone ("mbl.is", "vg.no", "dr.dk",
  "hs.fi"), is the masthead over the menu. edge-furniture's head of a page of short sentences (structure's
  ``_framed_head``: the menu over a headline framed by its stamp, on a page with no paragraph long enough to anchor
  its edges) asked each of the menu's lines to open on a capital, so a masthead in lower case kept the whole menu
  under it ("mbl.is" / "Fréttir" / "Innlent" / "Erlent"). Only the page's first line, and only a bare domain of
  letters with a country's or a generic ending of two or three letters: a line of the article under its headline is
  never asked (the head's other tests still judge the headline, its stamp and the sentence under them).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

_DOMAIN: Final = re.compile(r"[a-z][a-z0-9-]{1,30}\.[a-z]{2,3}")
_DOMAIN_MOST: Final = 35  # characters of a masthead's domain ("aftenposten.no", "helsinginsanomat.fi")


def domain_masthead(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is the page's first kept line and a site's domain alone in lower case ("mbl.is")."""
    text = ctx.doc.lines[i].text.strip()
    if not 4 <= len(text) <= _DOMAIN_MOST or "." not in text or not text[:1].islower():
        return False  # (the cheap tests first: most menu lines open on a capital and hold no dot)
    lines = ctx.doc.lines
    if any(lines[j].removal is None for j in range(i)):
        return False
    return _DOMAIN.fullmatch(text) is not None
