"""wire37: news-agency copy as sites print it.

- :func:`wire_dateline`: a wire story's dateline on a line of its own over the lead ("BERLIN, March 4 (Reuters) -",
  "Hamburg (dpa) -", "(ANSA) - ROMA, 3 MAR -", "Cádiz, 4 mar (EFE).-"). Many sites print the dateline apart from the
  lead's sentence it opens; read alone it is a short line with no sentence over a paragraph, which title-line took as
  the headline. A headline never ends on a dash that hands over to the next line, and the agency's name in brackets
  marks the wire's own opener: both together make the line the lead's start, not a title.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from .edge_seasia import place_dateline  # seasia44

_DASHES: Final = "-–—"
_MOST_WORDS: Final = 10  # "SANTA MARIA DA FEIRA, Aveiro, 04 mar 2024 (Lusa) -"
_SOURCE_MOST: Final = 40  # the bracketed source: "(Reuters)", "(dpa/lnw)", "(EUROPA PRESS)", "(ANSA)"


def wire_dateline(text: str) -> bool:
    """Whether ``text`` is a wire story's dateline alone on its line: at most ``_MOST_WORDS`` words, closed by a dash
    after a space or a full stop (" -", " —", ".-"), a short bracketed source in it ("(Reuters)", "(AFP)")."""
    text = text.strip()
    if place_dateline(text):
        return True  # seasia44: "Jakarta, 12 Mei 2025 -", "JAKARTA, KOMPAS.com -", no agency in brackets
    if len(text) < 4 or text[-1] not in _DASHES or text[-2] not in " .":
        return False
    if len(text.split()) > _MOST_WORDS:
        return False
    opened = text.find("(")
    closed = text.find(")", opened + 1)
    if opened < 0 or closed < 0 or not 1 < closed - opened <= _SOURCE_MOST:
        return False
    source = text[opened + 1 : closed]
    return "(" not in source and source[:1].isalpha()


def dateline_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a wire's dateline right over the article's first paragraph (edge-furniture's guard at the
    head): the stamp and the share row over it are the page's run, the dateline under them opens the lead."""
    lines = ctx.doc.lines
    last = next((i for i in reversed(region) if lines[i].removal is None), None)
    if last is None or last not in furniture or not wire_dateline(lines[last].text):
        return furniture
    return [i for i in furniture if i != last]


def wire_title(ctx: Context, kept: list[int]) -> list[int]:
    """The kept lines title-line reads, less a wire's dateline as the second (title-line's look at the headline): the
    headline over "BERLIN, March 4 (Reuters) -" is judged over the lead under the dateline, as it is where the lead
    holds its dateline; the dateline itself stays."""
    if len(kept) > 3 and wire_dateline(ctx.doc.lines[kept[1]].text):
        return [kept[0], *kept[2:]]
    return kept
