"""games41: a game review's score under its verdict box, and a list under its label that the article goes on from.

Game news holds short lines that read as furniture: a review's score alone under its "Pros" / "Cons" box ("8/10",
which site-chrome reads as a gallery's counter), a patch note's items under the sentence that announces them ("Voici
les principaux changements :" over "Retour du fusil à pompe tactique", …), a team's roster under its label ("G2
roster:" over "BrokenBlade", "Caps", …). The structural passes took them, and the article's sentence under them went
with them as a block cut off by furniture.

- :func:`score_taken` and :func:`scores_in_gap` (detached-blocks' review box): the lines another pass took in a
  gap that are a score alone ("8/10", "9,5/10", "18/20"): the box's own line, no residue parting the review from its
  closing note under it ("Reviewed on PS5. Also available on Xbox Series X|S and PC.");
- :func:`label_list_gap` (detached-blocks) and :func:`label_list_tail` (edge-furniture's guard at the tail): a kept
  line closed by a colon (a label or a sentence), right under a kept line, over ``_ITEMS`` to ``_ITEMS_MAX`` kept
  items that close no sentence and hold no colon's label, right over a kept sentence of ``_SENTENCE_WORDS`` words or
  more: the article's list, the article going on under it. A footer's label stands over links other passes take or
  over residue (the social row, the copyright), and a menu's label ("Sections:") over the site's sections (table
  ``structure.section_name``). A label of one word ("Mahalleler:", "Tags:") is a menu's or a tag list's
  (test_naive29), and one of three words or fewer counts only where the page's language is told (an Albanian "Lexo
  edhe:" over towns, test_fallback35: no table of its own took it).

Each asks its cheap test first: a removed line in the gap, a colon closing a line of the furniture.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..document import Line
from ..textstats import ends_colon, ends_sentence

#: A score alone on its line: "8/10", "9,5/10", "18/20", "4.5/5", "87/100".
_SCORE: Final = re.compile(r"\d{1,3}(?:[.,]\d)?\s?/\s?(?:5|10|20|100)")
#: The items of a list under its label: two at the least, a short list at the most.
_ITEMS: Final = 2
_ITEMS_MAX: Final = 12
#: An item's words, at the most (a patch note's "Correction d'un plantage au chargement de la carte").
_ITEM_WORDS: Final = 12
#: The label's words, at the most (a sentence announcing the list: "Here are the main changes in this update:").
_LABEL_WORDS: Final = 16
#: A bare label's words, at the most ("G2 roster:", "Read also:"): trusted only where the page's language is told, its
#: tables having taken the labels of other stories' boxes.
_BARE_LABEL_WORDS: Final = 3
#: The article's sentence under the list: a sentence's length ("The final is on April 14 in Madrid.").
_SENTENCE_WORDS: Final = 5


def score_taken(line: Line) -> bool:
    """Whether another pass took ``line`` and it is a score alone (``_SCORE``: most taken lines hold no "/")."""
    return line.removal is not None and "/" in line.text and _SCORE.fullmatch(line.text.strip()) is not None


def scores_in_gap(ctx: Context, start: int, stop: int) -> int:
    """The lines from ``start`` to ``stop`` another pass took that are a score alone (``_SCORE``)."""
    lines = ctx.doc.lines
    return sum(
        1 for j in range(max(start, 0), stop)
        if lines[j].removal is not None and ctx.digit(j) and _SCORE.fullmatch(lines[j].text.strip())
    )


def label_list(ctx: Context, label: int, stop: int) -> list[int]:
    """Line ``label`` and the list under it, up to line ``stop``, when they have the shape of the module's doc (the
    line under the list, a kept sentence, below ``stop`` or at it); [] when not."""
    lines = ctx.doc.lines
    line = lines[label]
    if line.removal is not None or not ends_colon(line.text) or not 1 <= ctx.words(label) <= _LABEL_WORDS:
        return []
    if ctx.words(label) < 2:
        return []  # (a label of one word over one-word items is a menu's or a tag list's: "Mahalleler:", "Tags:")
    if ctx.words(label) <= _BARE_LABEL_WORDS and ctx.language is None:
        # (a page whose language no stopword list tells: no table of its own judged a bare label, "Lexo edhe:")
        return []
    above = label - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    if above < 0 or lines[above].removal is not None:
        return []
    section = ctx.table("structure", "section_name")
    items: list[int] = []
    j = label + 1
    while j < len(lines) and len(items) <= _ITEMS_MAX:
        item = lines[j]
        text = item.text
        if not text.strip():
            j += 1
            continue
        if item.removal is not None:
            return []
        if ends_sentence(text) and ctx.words(j) >= _SENTENCE_WORDS and not item.lead:
            break  # (the article's sentence under the list)
        if (
            ctx.words(j) > _ITEM_WORDS or ends_colon(text) or ends_sentence(text)
            or ": " in text or section.match(text.strip())
        ):
            return []
        items.append(j)
        j += 1
    else:
        return []
    if j > stop or not _ITEMS <= len(items) <= _ITEMS_MAX or not ctx.is_prose(j):
        return []
    return [label, *items]


def gap_label_list(ctx: Context, start: int, stop: int) -> list[int]:
    """The label and items of the list (:func:`label_list`) that opens the gap of furniture from line ``start`` to the
    prose at line ``stop``, only blank lines over its label; [] when the gap opens on none."""
    lines = ctx.doc.lines
    if start < 0:
        return []
    first = next((j for j in range(start, stop) if lines[j].text.strip()), stop)
    if first >= stop or not ends_colon(lines[first].text):
        return []
    return label_list(ctx, first, stop)


def label_list_gap(ctx: Context, start: int, stop: int) -> bool:
    """A gap of furniture from line ``start`` to the prose at line ``stop`` holds a list under its label running down
    to that prose (:func:`gap_label_list`)."""
    found = gap_label_list(ctx, start, stop)
    return bool(found) and found[-1] + 1 >= stop


def label_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the lists under their labels (:func:`label_list`) after the article's last paragraph."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    for i in furniture:
        if i in keep or not ends_colon(lines[i].text):
            continue
        keep.update(label_list(ctx, i, region.stop))
    return [i for i in furniture if i not in keep] if keep else furniture
