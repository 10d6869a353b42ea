"""kids41: children's news and news in easy-to-read language.

- :func:`short_sentence_page`: edge-furniture's anchor on a page whose article is written in short sentences, one a
  line (a children's news story, "Nachrichten in Leichter Sprache", a learners' edition: "Die Lokführer streiken.",
  "Sie wollen mehr Geld verdienen."). No line of such an article has the twelve words a paragraph needs to anchor
  the page's edges, so edge-furniture left the whole page alone: the site's menu over the headline and its teasers
  and footer under the text stayed. A block of ``_LEAST_SENTENCES`` such sentences or more, standing together (at
  most ``_GAP`` short lines between two of them: a question as a subheading, "Was wollen die Lokführer?"; a box's
  heading, "Word of the day"), is the article's text: its sentences anchor the page as a paragraph does, and the
  run of furniture over the block's first sentence goes, with every guard edge-furniture keeps for the article's
  own lists, labels and boxes. A page with fewer such sentences, or with them scattered among
  its lists (a data article's forecast, a listing's rows), is left alone as before. Such a page is cleared at its head
  only (edge-furniture's caller): the tail's guards that keep the article's own lists ask a paragraph's prose right
  over them, which a short sentence lacks, and a line-up closing a match report in short sentences went with the
  footer (found at the session's merge); the footer's named residue still goes by its own passes.
- :func:`glossary_term`: site-chrome's guard for a glossary's term over its definition. An easy-read page explains
  its hard words in a box ("Wörter-Buch" / "Barriere-Freiheit" / "Barriere-Freiheit bedeutet: …"), and a term may be
  a menu's word ("Datenschutz", "Kontakt", "Suche"): the term right over a sentence that names it is the box's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final

from ..context import Context
from ..textstats import MIN_PROSE_WORDS, ends_sentence
from .edge_cjk import unspaced_sentence  # cjk45

_LEAST_SENTENCES: Final = 8  # the block's sentences: an article's worth, not a notice's line or two
_LEAST_PROSE: Final = 4  # of them, sentences of ``MIN_PROSE_WORDS`` words or more (prose)
_SENTENCE_WORDS: Final = 3  # a sentence's words at least ("Die Lokführer streiken.")
_GAP: Final = 2  # short lines in a row between two of the block's sentences: a question heading, a box's heading
_GAP_WORDS: Final = 8  # such a line's words at most


def _sentence(ctx: Context, i: int) -> bool:
    """Line ``i`` is one of an easy-read article's sentences: ``_SENTENCE_WORDS`` words or more closed by a
    sentence's mark, no list item or heading."""
    line = ctx.doc.lines[i]
    return not line.lead and ctx.words(i) >= _SENTENCE_WORDS and ends_sentence(line.text)


def short_sentence_page(
    ctx: Context, kept: list[int], least: int, first: int | None, is_anchor: Callable[[Context, int, int], bool]
) -> tuple[int, int | None, int | None]:
    """edge-furniture's (anchor length, first anchor, last line of the text): unchanged, and no last line, where a
    paragraph anchors the page (``first``, most pages: asked no further) or where no block of short sentences stands
    (see the module's doc); else ``MIN_PROSE_WORDS``, the block's first sentence of that length (``is_anchor``:
    edge-furniture's test of an anchor) and the block's last sentence, whatever its length: each of the article's
    short sentences is a paragraph, and a list right under the last one ("Aufstellung Bayern:" over the players under
    "Am Ende stand es 1:1.") is right under the text for the guards that keep the article's own lists."""
    if first is not None or len(kept) < _LEAST_SENTENCES:
        return least, first, None
    best: tuple[int, int, int, int] = (0, 0, -1, -1)  # the best block's (sentences, of prose, first prose, last)
    count = prose = gap = 0
    opening = -1
    for i in kept:
        if _sentence(ctx, i):
            count += 1
            gap = 0
            if is_anchor(ctx, i, MIN_PROSE_WORDS) or unspaced_sentence(ctx, i):  # cjk45
                prose += 1
                if opening < 0:
                    opening = i
            if prose >= _LEAST_PROSE and count > best[0]:
                best = (count, prose, opening, i)
        elif count and gap < _GAP and ctx.words(i) <= _GAP_WORDS:
            gap += 1
        else:
            count = prose = gap = 0
            opening = -1
    if best[0] < _LEAST_SENTENCES:
        return least, first, None
    return MIN_PROSE_WORDS, best[2], best[3]


_DEFINITION_WORDS: Final = 3  # its definition: a sentence of this many words at least


def glossary_term(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the line ``kept[pos]`` a menu word's pattern matched ("Datenschutz", "Barriere-Freiheit", "Kontakt") is
    the term of a glossary box right over its definition (an easy-read page's "Wörter-Buch"): one word
    ("Bundes-Tag", "Daten-Schutz"; a button's "Book now" over "Book now for the summer …" is two), no sentence, no
    colon closing it, and the line under it (no pass's) a sentence that names the term
    ("Datenschutz bedeutet: Niemand darf Ihre Daten weiter-geben."). A footer's "Datenschutz" stands over another link
    or the copyright line, never over a sentence naming it."""
    if pos + 1 >= len(kept):
        return False
    lines = ctx.doc.lines
    i, under = kept[pos], kept[pos + 1]
    text = lines[i].text.strip()
    if lines[i].lead or " " in text or not text[-1:].isalpha():
        return False
    below = lines[under].text
    if under in hits or ctx.words(under) < _DEFINITION_WORDS or not ends_sentence(below):
        return False
    term = text.casefold()
    at = below.casefold().find(term)
    while at >= 0:
        end = at + len(term)
        if (at == 0 or not below[at - 1].isalpha()) and (end == len(below) or not below[end].isalpha()):
            return True
        at = below.casefold().find(term, at + 1)
    return False
