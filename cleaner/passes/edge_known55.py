"""furniture55: a run of short lines the article closes over (edge-furniture, after the last long paragraph and between
two paragraphs).

A poem, a chorus, an album's songs or a squad's players are printed as short lines with no sentence's stop, the shape
of a menu; the probes listed them as lost (``KNOWN_LOST``) where nothing else framed them. What a menu has not is the
article going on under it: :func:`closed_run` keeps a run of such lines that stands right under a line of the
article's prose and right over a sentence that speaks of what the text above the run speaks of (it shares a word's
stem, four letters or more, with that text: "Syskonen Anna och Erik Dahl spelar den igen på lördag." under a song
whose story opened on "två syskon från Leksand"; "El disco se cierra con una nana …" under an album's songs
introduced as "un disco corto"), nothing another pass took between them. The word is one the text above writes in
lower case (or in a script without case): a name, the town's or the team's, is the local site's blurb's as much as
the story's. A footer's blurb under a menu speaks of the site ("Das Nachrichtenportal für Kassel und die Region seit
1998."), not of the story; a teaser box or a share row inside the run holds a line another pass took.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .edge_headings import TAIL

#: The fewest and most lines of the run (a poem, a song's chorus, a squad).
_RUN_LINES: Final = (3, 16)
#: The fewest words of the sentence under the run.
_CLOSING_WORDS: Final = 5
#: A word's first characters, its stem across its endings ("syskon", "syskonen"; "disco", "discos").
_STEM_CHARS: Final = 5
#: A word of four letters or more (the script's letters, no digits).
_WORD: Final = re.compile(r"[^\W\d_]{4,}")


def closed_run(ctx: Context, region: range, furniture: list[int], where: str) -> list[int]:
    """``furniture`` less each run of it that the article's prose stands over and its sentence closes (see the
    module's docstring). At the tail the run's lines are the region's; before the first paragraph nothing is kept."""
    if where != TAIL or len(furniture) < _RUN_LINES[0]:
        return furniture
    lines = ctx.doc.lines
    keep: set[int] = set()
    run: list[int] = []
    taken = set(furniture)
    for i in range(region.start, region.stop):
        if not lines[i].text.strip():
            continue
        if i in taken and lines[i].removal is None:
            run.append(i)
            continue
        if run and closes_run(ctx, run, i):
            keep.update(run)
        run = []
    return [i for i in furniture if i not in keep] if keep else furniture


def closes_run(ctx: Context, run: list[int], after: int) -> bool:
    """Whether line ``after`` (the line with text right under ``run``) closes the run as the article's sentence: the
    run has ``_RUN_LINES`` lines, the line over it is a kept line of prose, ``after`` a kept sentence of
    ``_CLOSING_WORDS`` words or more sharing a word's stem with the kept text over the run, and nothing between them
    was taken."""
    lines = ctx.doc.lines
    if not _RUN_LINES[0] <= len(run) <= _RUN_LINES[1] or after >= len(lines):
        return False
    above = run[0] - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    if above < 0 or any(lines[j].removal is not None for j in range(above, after + 1)):
        return False
    closing = lines[after].text
    if not (ctx.is_prose(above) and ctx.words(after) >= _CLOSING_WORDS and ends_sentence(closing)
            and ctx.is_prose(after)):
        return False
    mine = _stems(closing, ctx.stopwords, named=False, opening=True)
    if not mine:
        return False
    text = [lines[j].text for j in range(above + 1) if lines[j].removal is None]
    common = {stem for line in text for stem in _stems(line, ctx.stopwords, named=False)}
    if mine.isdisjoint(common):
        return False
    # (a tag cloud's tags name the story's subject, "Riom", "Travaux", "Conseil municipal": half of them or more share a
    # word's stem with the text above; a poem's lines, a squad's names, an album's songs speak of their own things)
    stems = common | {stem for line in text for stem in _stems(line, ctx.stopwords, named=True)}
    return sum(1 for j in run if not stems.isdisjoint(_stems(lines[j].text, ctx.stopwords, named=True))) * 2 < len(run)


def _stems(text: str, stopwords: frozenset[str], named: bool, opening: bool = False) -> set[str]:
    """The stems (first ``_STEM_CHARS`` characters, lower case) of the words of four letters or more of ``text`` that
    are no function words; without ``named``, only of the words written in lower case (or in a script without case),
    and with ``opening`` of the line's first word too: the text's common words, not its names (a town's name, the
    paper's "Harbour Gazette", is the local site's blurb's as much as the story's)."""
    out: set[str] = set()
    first = len(text) - len(text.lstrip()) + len(text.split(maxsplit=1)[0]) if opening and text.strip() else 0
    for match in _WORD.finditer(text):
        word = match.group()
        low = lower(word)
        if low not in stopwords and (named or low == word or match.start() < first):
            out.add(low[:_STEM_CHARS])
    return out
