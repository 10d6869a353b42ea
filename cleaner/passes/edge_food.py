"""food43: food and drink journalism's short data lines at the article's edges and between its lines.

A wine column prints each wine's score alone on its line ("16/20", "15,5/20", "92/100") under its tasting notes, and
a recipe prints its key facts as short lines over the ingredients: the servings and times ("4 personen", "30
minuten", "45 min") and its difficulty and cost ("Facile", "Bon marché", "Fácil"). Each is the article's, but alone
each reads as a slideshow's counter or a menu's item.

- :func:`score_in_text` (site-chrome's keep guard): a bare mark out of 10, 20 or 100 ("16/20", "15,5/20") under a
  kept line of the article that no vocabulary took (the notes over it) is a review's score, no slideshow's counter (a
  shop's button under the text's last score goes as before). A counter is its slideshow's first ("1/10") or one of a
  series the pass takes on the page counting up by one ("2/10", "3/10", "4/10"); those go as before, and so does a
  mark out of 5 (a rating widget's "4,5/5" is no critic's scale here).

- :func:`recipe_head` (edge-furniture's guard at the head): of the head's run, under the last line another pass took
  (the "Print" button, the rating widget), the lines right over the first paragraph that are each a recipe's fact (a
  short line with a figure, "4 personen", "Préparation : 20 min", no count of comments; or a word of the table
  ``structure.recipe_fact``, "Facile", "Bon marché") stay when a list of quantities follows in the text ("500 g
  boerenkool", "3 œufs"): the recipe's key facts (from the page's first line where no line was taken: a second
  cleaning keeps them too). A menu over the title stands over the line another pass took, and its items head no
  recipe; a menu's item among the facts ends them.

Cost: the score's test starts from a slash in one of site-chrome's hits; the recipe's scans the head's region for the
last line taken and tests the lines right over the first paragraph, most pages' first a sentence's or a menu's
(no fact: done), the ingredients looked for only under facts.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import _QUANTITY

# a bare mark out of a critic's scale: "16/20", "15,5/20", "8/10", "92/100" (a rating widget's "/5" is no critic's)
_SCORE: Final = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s?/\s?(10|20|100)")
_FACT_WORDS: Final = 4  # "Préparation : 20 min", "Dosi per: 4 persone"
_FACT_LINES: Final = 5  # servings, two times, difficulty, cost
_QUANTITY_LINES: Final = 3  # the ingredients' first lines that prove the recipe
_LOOK_AHEAD: Final = 12  # kept lines under the head's run where the ingredients open


def _score(text: str) -> bool:
    """Whether ``text`` is a bare mark out of 10, 20 or 100, its figure within the scale and no slideshow's first
    counter ("1/12", "1/20")."""
    m = _SCORE.fullmatch(text.strip())
    if m is None:
        return False
    figure = float(m.group(1).replace(",", "."))
    return 1 < figure <= int(m.group(2))


def score_in_text(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether kept line ``kept[pos]`` (a site-chrome hit) is a review's bare score under a kept line the pass did not
    take, and no slideshow's counter (:func:`_series`)."""
    lines = ctx.doc.lines
    i = kept[pos]
    text = lines[i].text
    if "/" not in text or pos == 0 or not _score(text) or kept[pos - 1] in hits:
        return False
    return not _series(ctx, i, hits)


def _series(ctx: Context, i: int, hits: dict[int, int]) -> bool:
    """Whether the mark at line ``i`` is one of a slideshow's counters: with the pass's other bare marks of its scale,
    in the page's order, whole figures counting up by one from 1, or three of them or more ("2/10", "3/10", "4/10"). A
    wine column's marks ("95/100", "93/100"; "15/20", "16/20") are neither."""
    lines = ctx.doc.lines
    scale = lines[i].text.strip().rpartition("/")[2].strip()
    figures: list[str] = []
    for j in sorted(hits):
        text = lines[j].text.strip()
        if "/" in text and _SCORE.fullmatch(text) and text.rpartition("/")[2].strip() == scale:
            figures.append(text.partition("/")[0].strip())
    if len(figures) < 2 or not all(f.isdigit() for f in figures):
        return False
    counts = [int(f) for f in figures]
    rising = all(b == a + 1 for a, b in pairwise(counts))
    return rising and (counts[0] == 1 or len(counts) >= 3)


def _recipe_fact(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a recipe's key fact: a short line with a figure ("4 personen", "Cuisson : 45 min"; a count
    of comments, "1,284 Comments", is none) or a difficulty's or a cost's word (table ``structure.recipe_fact``)."""
    text = ctx.doc.lines[i].text.strip()
    if ctx.words(i) > _FACT_WORDS or ends_sentence(text):
        return False
    if ctx.digit(i):
        # (a count of the comments, "1,284 Comments", "12 reacties", is the page's link to them)
        return not (
            ctx.table("comments", "section_weak").match(text) or ctx.table("comments", "section_link").match(text)
        )
    return ctx.table("structure", "recipe_fact").match(text) is not None


def _ingredients_follow(ctx: Context, start: int) -> bool:
    """Whether ``_QUANTITY_LINES`` lines of quantities ("500 g boerenkool", "3 œufs") stand among the first
    ``_LOOK_AHEAD`` kept lines from ``start``."""
    lines = ctx.doc.lines
    seen = found = 0
    for j in range(start, len(lines)):
        if lines[j].removal is not None:
            continue
        seen += 1
        if seen > _LOOK_AHEAD:
            return False
        if ctx.words(j) <= 6 and ctx.digit(j) and _QUANTITY.match(lines[j].text.strip()):
            found += 1
            if found >= _QUANTITY_LINES:
                return True
    return False


def recipe_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a recipe's key facts at the head: under the last line another pass took (or the page's first
    line, where none was), the kept lines right over the first paragraph (or over the first line another guard spared)
    that are each a recipe's fact (:func:`_recipe_fact`), the ingredients' quantities following."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    # (none taken: the page opens on the facts, as a second cleaning finds them)
    last = max((j for j in region if lines[j].removal is not None), default=region.start - 1)
    # (the facts' end: the first kept line under them another guard spared, "Préparation : 20 min", or the region's)
    end = next((j for j in range(last + 1, region.stop) if lines[j].removal is None and j not in taken), region.stop)
    # (the facts: the kept lines right over ``end``, up to the first that is none, the recipe's title over them)
    under: list[int] = []
    for j in range(end - 1, last, -1):
        if lines[j].removal is not None or not _recipe_fact(ctx, j):
            break
        under.append(j)
    if not under or len(under) > _FACT_LINES or not _ingredients_follow(ctx, end):
        return furniture
    keep = set(under)
    return [i for i in furniture if i not in keep]
