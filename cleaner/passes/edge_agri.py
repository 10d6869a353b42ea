"""agri43: a notice's list under its label, the article going on in short sentences under it.

Farming news holds short lines that are its content: an animal-disease notice lists the districts of its zone under
their label ("Betroffene Landkreise:" over "Cuxhaven", "Stade", …) and goes on under the list in sentences shorter
than a paragraph ("Für Menschen ist das Virus ungefährlich."), then closes on a sentence long enough to be prose
("Fleisch und Milch können ohne Bedenken verzehrt werden."). detached-blocks counted the list and the short sentences
as one gap of furniture, and cut the closing sentence off as a block under it.

- :func:`list_over_short_sentences_gap` (detached-blocks): a gap of furniture with no line taken, from ``start`` to
  the prose at ``stop``, that holds a list under its label (edge_games' ``label_list``: the label closed by a colon
  under a kept line, two to twelve short items, no section's name among them) and under the list only kept sentences
  of ``_SENTENCE_WORDS`` words or more, at most ``_SHORT_SENTENCES`` of them, down to that prose: the article's list
  and its sentences, the article going on. A footer's label stands over links other passes take or over residue, and
  its gap holds a taken line; a menu's items close no sentence under them.

- :func:`lower_headline_row` (the byline passes' test of a fact box over the text): the page's first kept line, a
  label row of two ("Ceny zbóż: pszenica tanieje w skupach" over "Autor: Tomasz Nowak"), whose value after the colon
  opens in lower case and runs ``_HEADLINE_VALUE_WORDS`` words or more with no figure, is the page's headline, no
  fact: the credit under it is the byline, and goes. A box's field holds a name, a figure or a place of a word or
  three ("Titel: Der Zauberberg", "Lieu : place du marché", "Calving: spring block"), and a box's run of three rows
  or more is judged as before.

- :func:`taken_between` (edge_boxes' verdict box): a side's items run together, no line another pass took between
  them: under the box's last item the page's teaser box, its newsletter call or its footer's first links go, and the
  lines under them ("Alle Testberichte", "Datenschutz") are no items of its "Minus" side, which kept them from the
  tail's run on the first cleaning (and a second cleaning took them).

Each asks its cheap test first: the gap's first line closes on a colon (most gaps open with a menu's word); the row
is the page's first kept line in a run of two.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_games import gap_label_list

#: The words of a headline's phrase after its colon, at the least ("pszenica tanieje w skupach").
_HEADLINE_VALUE_WORDS: Final = 4

#: The words of a sentence under the list, at the least ("Für Menschen ist das Virus ungefährlich.").
_SENTENCE_WORDS: Final = 5
#: The short sentences between the list and the prose under it, at the most.
_SHORT_SENTENCES: Final = 3


def _short_sentence(ctx: Context, i: int) -> bool:
    """Line ``i`` is a kept sentence of the article's, too short to be counted as prose: no list item or heading."""
    line = ctx.doc.lines[i]
    return (
        line.removal is None
        and not line.lead
        and ends_sentence(line.text)
        and ctx.words(i) >= _SENTENCE_WORDS
    )


def list_over_short_sentences_gap(ctx: Context, start: int, stop: int) -> bool:
    """Whether the gap of furniture from line ``start`` to the prose at line ``stop`` is a list under its label with
    only short kept sentences of the article's under it (see the module's doc)."""
    lines = ctx.doc.lines
    found = gap_label_list(ctx, start, stop)
    if not found:
        return False
    under = [j for j in range(found[-1] + 1, stop) if lines[j].text.strip()]
    return 0 < len(under) <= _SHORT_SENTENCES and all(_short_sentence(ctx, j) for j in under)


def lower_headline_row(ctx: Context, kept: list[int], place: int, end: int) -> bool:
    """Whether the label row at ``place`` of the kept lines ``kept`` (in a run of label rows up to ``end``) is the
    page's headline over the credit under it (see the module's doc)."""
    if place != 0 or end != 1:
        return False
    text = ctx.doc.lines[kept[0]].text
    value = text.partition(":")[2].strip()
    return (
        value[:1].islower()
        and len(value.split()) >= _HEADLINE_VALUE_WORDS
        and not ctx.digit(kept[0])
        and not ends_sentence(text)
    )


def taken_between(ctx: Context, above: int, below: int) -> bool:
    """Whether a line between lines ``above`` and ``below`` was taken by another pass (the kept lines of a box's side
    run together: blank lines between them are no break)."""
    lines = ctx.doc.lines
    return any(lines[j].removal is not None for j in range(above + 1, below))
