"""runs56: a run of short lines the article frames between its prose and a sentence under it (a poem, a chorus, a
song list, a squad, a packing list, a listing's features), which edge-furniture read as a menu's run.

A menu, a tag cloud, a table of contents or a teaser box between two paragraphs has the same shape; what tells the
article's run apart is that the article *names* it, in one of two places:

- the prose line right over the run (or over the short heading right over it) names the kind of run it introduces
  (table ``structure.run_announcer``: "Here is the chorus", "… one of the poems of the collection.", "die Liste mit
  den Schulsachen", "the full squad", "la lista dei convocati"); a colon alone is no announcement ("Mehr zum Thema:"),
  nor is a word that points at nothing named ("among these");
- or the run's first line is a heading naming such a run (table ``structure.run_heading``: "The songs", "Las
  canciones", "À emporter", "Ausstattung", "Tracklist", "Die Aufstellung"); a tag cloud's "Topics", a TOC's
  "Contents" or a sidebar's "Treatments" are no such heading.

And its shape: ``_MIN_RUN`` to ``_MAX_RUN`` kept lines of ``_RUN_WORDS`` words at most, none a sentence, none holding
a figure-only row, an address or a link, none a site's section or chrome or share button (tables
``structure.section_name``, ``widgets.chrome``, ``widgets.social``: a menu's "Home", "Sport", "Kontakt"), with a kept
sentence of three words or more right under the run: the article goes on.

- :func:`announced_run` (edge-furniture, between paragraphs): the long run ``_clear_inner`` would take is the
  article's.
- :func:`runs_kept` (edge-furniture, after the last paragraph): ``furniture`` less such runs (the sentence under them
  is shorter than a paragraph: "Syskonen spelar den igen på lördag.", "Vielen Dank für Ihre Mithilfe.").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .edge_headings import TAIL
from .edge_shared import text_above, text_below
from .furniture import URL

#: The fewest and most lines of the run, and the most words of each of its lines.
_MIN_RUN: Final = 3
_MAX_RUN: Final = 16
_RUN_WORDS: Final = 7
#: The most words of a heading standing between the announcing prose and the run ("Material für die erste Klasse").
_HEADING_WORDS: Final = 6
#: The fewest words of the sentence under the run.
_UNDER_WORDS: Final = 3
#: The letters of a stem a tag shares with the article's words over it, and a word of that many letters or more.
_ECHO_LETTERS: Final = 5
_WORD: Final = re.compile(r"[^\W\d_]{5,40}")


def runs_kept(ctx: Context, region: range, furniture: list[int], where: str) -> list[int]:
    """``furniture`` less the runs after the article's last paragraph that the article names and goes on under (see
    the module's docstring)."""
    if not furniture or where != TAIL:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    group: list[int] = []
    for i in [*region, region.stop]:
        if i < region.stop:
            line = lines[i]
            if not line.text.strip():
                continue
            if line.removal is None and _item(ctx, i):
                group.append(i)
                continue
        if _MIN_RUN <= len(group) <= _MAX_RUN and taken.intersection(group) and announced_run(ctx, group):
            keep.update(group)
        group = []
    return [i for i in furniture if i not in keep] if keep else furniture


def announced_run(ctx: Context, run: list[int]) -> bool:
    """Whether ``run`` (kept short lines, one under the other) is a run the article names and goes on under."""
    if not _MIN_RUN <= len(run) <= _MAX_RUN:
        return False
    lines = ctx.doc.lines
    below = text_below(ctx, run[-1])
    if (
        below < 0
        or lines[below].removal is not None
        or lines[below].lead
        or ctx.words(below) < _UNDER_WORDS
        or not ends_sentence(lines[below].text)
    ):
        return False
    above = text_above(ctx, run[0])
    if above < 0 or lines[above].removal is not None or lines[above].lead:
        return False
    if not all(_item(ctx, j) for j in run):
        return False
    # (the prose over the run, or over the short heading right over it)
    over = [above]
    if ctx.words(above) <= _HEADING_WORDS and not ends_sentence(lines[above].text):
        prose = text_above(ctx, above)
        if prose >= 0 and lines[prose].removal is None:
            over.append(prose)
    announcer = ctx.table("structure", "run_announcer")
    heading = ctx.table("structure", "run_heading")
    headed = bool(heading.patterns) and heading.match(lines[run[0]].text.strip()) is not None
    if not headed and not (bool(announcer.patterns) and any(announcer.match(lines[j].text) is not None for j in over)):
        return False
    # (a tag cloud echoes the story's own words, "Bridges", "County council" under a story on the county's bridge: half
    # the run's items or more holding a word of the article's over it are its tags, whatever names them; a heading
    # naming the run, "As canções", is no item)
    items = run[1:] if headed else run
    if _echoes(ctx, run[0], items) * 2 >= len(items):
        return False
    # (a menu's, a footer's or a share row's words: no run of the article's, whatever names it)
    menu = (
        ctx.table("structure", "section_name"), ctx.table("widgets", "chrome"), ctx.table("widgets", "social"),
        ctx.table("widgets", "toc_heading"), ctx.table("widgets", "chrome_heading"),
    )
    return not any(t.patterns and t.match(lines[j].text.strip()) is not None for j in run for t in menu)


def _echoes(ctx: Context, start: int, run: list[int]) -> int:
    """How many of ``run``'s lines hold a word of ``_ECHO_LETTERS`` letters or more whose first ``_ECHO_LETTERS``
    letters open a word of a kept line over line ``start`` (the stem: "Bridges" under "bridge")."""
    lines = ctx.doc.lines
    stems = {
        word[:_ECHO_LETTERS]
        for j in range(start)
        if lines[j].removal is None
        for word in _WORD.findall(lower(lines[j].text))
    }
    return sum(
        1 for j in run if any(word[:_ECHO_LETTERS] in stems for word in _WORD.findall(lower(lines[j].text)))
    )


def _item(ctx: Context, i: int) -> bool:
    """Line ``i`` may be a line of such a run: ``_RUN_WORDS`` words at most, no sentence, no link or address."""
    text = ctx.doc.lines[i].text
    return (
        ctx.words(i) <= _RUN_WORDS
        and not ends_sentence(text)
        and "@" not in text
        and URL.search(text) is None
    )
