"""a11y48: hidden and assistive text, and the same words as the article's own lines.

site-chrome's tables take a player's and a script's placeholders ("Your browser does not support the video tag.",
"Questo contenuto non è disponibile nel tuo paese.", "JavaScript is disabled in your browser.") and a dialog's hidden
labels ("Close dialog", "Press Esc to close") wherever they stand. Two places where such a line is the article's:

- :func:`in_code_sample`: a line of a tutorial's code sample between the markup's lines (``<video controls …>`` /
  "Your browser does not support the video tag." / ``</video>``): a line right under or right over a kept line that
  is an HTML tag ("<" first, ">" last). A page's own placeholder stands among its residue, no tag beside it.
- :func:`announced_quote`: a one-sentence quote the article announces: a line closed as a sentence right under a
  kept sentence of ``_ANNOUNCE_WORDS`` words or more closed by a colon ("Chi apre l'app fuori dall'Italia vede
  comparire sempre la stessa scritta:"), with a paragraph of the article right under it. A player's placeholder
  under a short call ("Watch the video:") still goes: the call is a few words. (latam43's ``listed_under_sentence``
  spares a list's short items under such a sentence; a quote closes its sentence, and is no item.)

Both read site-chrome's own lines only (its tables' matches), and look at a line or two beside each.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

_ANNOUNCE_WORDS: Final = 10  # "Chi apre l'app fuori dall'Italia vede comparire sempre la stessa scritta:"
_PARAGRAPH_WORDS: Final = 10  # the article's paragraph under the quote


def _tag_line(text: str) -> bool:
    """A line that is one HTML tag or a run of them (``<video controls src="clip.mp4">``, ``</video>``)."""
    t = text.strip()
    # (a tag's name or its slash after the "<": a web ring's "<- Prev | … | Next ->" is no tag: htmloldweb51)
    return len(t) > 2 and t[0] == "<" and t[-1] == ">" and (t[1].isalpha() or t[1] in "/!?")


def in_code_sample(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the line at ``kept[pos]`` stands in a code sample: the kept line right over it or right under it is an
    HTML tag."""
    lines = ctx.doc.lines
    return (pos > 0 and _tag_line(lines[kept[pos - 1]].text)) or (
        pos + 1 < len(kept) and _tag_line(lines[kept[pos + 1]].text)
    )


def announced_quote(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether the line at ``kept[pos]`` is a quote the article announces: it closes a sentence, the kept line right
    over it is a sentence of the article (no table's) of ``_ANNOUNCE_WORDS`` words or more closed by a colon, and the
    kept line right under it a paragraph of the article (prose, no table's) of ``_PARAGRAPH_WORDS`` words or more."""
    if not 0 < pos < len(kept) - 1:
        return False
    lines = ctx.doc.lines
    i, over, under = kept[pos], kept[pos - 1], kept[pos + 1]
    return (
        ends_sentence(lines[i].text)
        and over not in hits
        and under not in hits
        and ends_colon(lines[over].text)
        and ctx.words(over) >= _ANNOUNCE_WORDS
        and ctx.words(under) >= _PARAGRAPH_WORDS
        and ctx.is_prose(under)
    )
