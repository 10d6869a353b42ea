"""factcheck38: a fact-check's and an explainer's labelled box at the article's edges.

A fact-check opens on a box of short labelled lines ("Claim:" over the claim, "Rating:" over "False", "Behauptung:"
over the claim and "Bewertung:" over "Falsch", "Bewering" / "Conclusie" / "Onwaar"), an explainer on its summary's
heading ("Key points", "In het kort", "Darum geht's:") over its points; a check closes on its verdict's label and value
("Avaliação do Polígrafo:" over "Enganador") or on its sources under their heading ("Sources", "Quellen:"). Read alone
the labels and the one-word verdicts are short lines with no sentence, which edge-furniture took as the page's run
(and detached-blocks as a small block over the article); they are the article's.

Each guard's kept lines count in edge-furniture's run as the page's lines beside them: the menu over the box and the
share row under the sources go as they did when the run took the labels.

- :func:`check_box_head` (edge-furniture's guard at the head): the labels of table ``structure.check_label`` (or
  ``structure.summary_heading``) from the first of them down to the first paragraph, each over a line that stays or
  over its short value right under it, and those values (one line of the page's between them may go: a link to the
  rating scale);
- :func:`check_box_tail` (edge-furniture's guard at the tail): such a label right under the article's kept lines, over
  a line that stays (the sources, with the list's lines under it down to the residue another pass took, table
  ``structure.sources_heading``) or over its short value closing the text (the page ends under it, or another pass
  took the line under it); a sources heading over the region whose first items the region's top holds, its list's
  lines in the region;
- :func:`check_label` (title-line's test of a headline): such a label is no headline ("In het kort" over the points);
- :func:`label_over_article` (detached-blocks' guard): such a label closing the small block over the article, right
  over the article's first line.

The labels name the check's parts only: a menu's or a footer's lines ("Fact checks", "Related fact checks") are no
label, and a label over the page's own run (a share row under "Sources") stays furniture with it.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_modern import points_box, points_of  # modern39
from .edge_shared import structure_heading

#: The most words of a label ("What was claimed", "Avaliação do Polígrafo:", "Das Wichtigste in Kürze").
_LABEL_WORDS: Final = 6
#: The most words of a verdict's value under its label ("Falsch", "Onwaar", "Mostly false", "Pants on Fire").
_VALUE_WORDS: Final = 4
#: The fewest words of a headline over a box (a menu's items are shorter).
_HEADLINE_WORDS: Final = 4
#: The most short lines of the page's between a box and the line it opens under (a share row's last button).
_OVER_BOX: Final = 1
#: The most lines of a sources list under its heading closing the check.
_LISTED: Final = 12
#: The most lines of the page's own that a box at the head may hold between its lines (a link to the rating scale).
_OTHERS: Final = 1


def check_label(ctx: Context, i: int) -> bool:
    """Line ``i`` is a check's or a summary's label (tables ``check_label``, ``summary_heading``)."""
    return structure_heading(ctx, i, _LABEL_WORDS, "check_label", "summary_heading")


def _heads(ctx: Context, i: int) -> bool:
    """The label ``i`` heads the line right under it: a kept line (no toggle or stamp another pass took between), and
    under a summary's heading alone (table ``summary_heading``, no check's label) a sentence, its first point: a live
    blog's "Key moments" over its entries' times ("Q4 2:13 James three-pointer"), a rail's "Najważniejsze" over a
    headline, a toggle's "Claves" over "Mostrar solo lo más importante" head none."""
    lines = ctx.doc.lines
    j = i + 1
    if j >= len(lines) or lines[j].removal is not None:
        return False
    if ctx.table("structure", "check_label").match(lines[i].text) is not None:
        return True
    return ends_sentence(lines[j].text) or points_box(ctx, i)  # modern39: over its points, then a sentence


def _sources(ctx: Context, i: int) -> bool:
    """Line ``i`` heads a sources list (table ``sources_heading``)."""
    return ctx.table("structure", "sources_heading").match(ctx.doc.lines[i].text) is not None


def _value(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a verdict's value: a few words, no label's colon, no figure."""
    text = ctx.doc.lines[i].text.strip()
    return 0 < ctx.words(i) <= _VALUE_WORDS and not text.endswith(":") and not ctx.digit(i)


def check_box_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a check's box right over its first paragraph: from its first label down to the region's end,
    each kept line a label, a line that stays (no furniture), a short value right under a label, or at most
    ``_OTHERS`` other lines (which stay furniture); the line under each label stays or is its value (:func:`_heads`);
    the line over the box no menu's item (:func:`_opens`)."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    gone = set(furniture)
    box: list[int] = []  # the labels and values read, from the bottom
    keep: list[int] = []  # the box as far as its last label read
    others = 0
    below: int | None = None  # the kept line under the one read (None: the first paragraph)
    for n in range(len(kept) - 1, -1, -1):
        i = kept[n]
        if i not in gone:
            below = i
        elif check_label(ctx, i) and _heads(ctx, i):
            if below is not None and below in gone and below not in box:
                break  # a label over the page's own line
            box.append(i)
            keep = list(box)
            below = i
        elif n > 0 and kept[n - 1] in gone and check_label(ctx, kept[n - 1]) and _value(ctx, i):
            box.append(i)
            below = i
        elif others < _OTHERS:
            others += 1
            below = i
        else:
            break
    if not keep or not _opens(ctx, region, min(keep), gone):
        return furniture
    mine = set(keep) | points_of(ctx, keep)  # modern39: a points box's points stay with its heading
    return [i for i in furniture if i not in mine]


def _opens(ctx: Context, region: range, top: int, gone: set[int]) -> bool:
    """The box's first label ``top`` opens it under the page's head: near the region's top, or under a line another
    pass took (the share row, the stamp), a line that stays, or a headline (``_HEADLINE_WORDS`` words or more), with at
    most ``_OVER_BOX`` short lines of the page's between (a share row's "Save" left by the share buttons that went); a
    menu's items over it ("Fact checks", "About" over "Claims") make the label the menu's last."""
    lines = ctx.doc.lines
    if points_box(ctx, top):  # modern39: a newsroom's points box under a byline's name and role
        return True
    for above in range(top - 1, top - 2 - _OVER_BOX, -1):
        if above < region.start or lines[above].removal is not None or above not in gone:
            return True
        if ctx.words(above) >= _HEADLINE_WORDS:
            return True
    return False


def check_box_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a check's label right under the article's kept lines (every kept line over it in the region
    stays or is such a label) over a line that stays or a list holding one (its sources, with the list), or over its
    short value closing the text (with the value); and the items in the region of a sources heading over it."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    gone = set(furniture)
    keep: set[int] = set()
    heading = _heading_over(ctx, region)
    if heading is not None:
        keep |= {i for i in _listed_under(ctx, heading) if i in region}
    for n, i in enumerate(kept):
        if i in gone and i not in keep and not check_label(ctx, i):
            break
        if i not in gone or i in keep:
            continue
        under = kept[n + 1] if n + 1 < len(kept) else None
        if under is None:
            break
        listed = _listed_under(ctx, i) if _sources(ctx, i) else set()
        if not _heads(ctx, i):
            break
        if under not in gone or any(j not in gone for j in listed):
            keep.add(i)
            keep |= listed
        elif _value(ctx, under) and not check_label(ctx, under) and _closes(ctx, under):
            keep |= {i, under}
        else:
            break
    if not keep:
        return furniture
    return [i for i in furniture if i not in keep]


def _heading_over(ctx: Context, region: range) -> int | None:
    """A sources heading over the region, its first items over it (the article's last lines read as its prose:
    "Interview with a spokesperson for the Georgia Secretary of State"): a label at most ``_LISTED`` lines up, the
    lines between kept and no sentence."""
    lines = ctx.doc.lines
    for j in range(region.start - 1, max(region.start - 2 - _LISTED, -1), -1):
        if lines[j].removal is not None:
            return None
        if check_label(ctx, j):
            return j if j < region.start - 1 and _sources(ctx, j) else None
        if ends_sentence(lines[j].text):
            return None
    return None


def _closes(ctx: Context, i: int) -> bool:
    """Line ``i`` closes the kept text: the page ends under it or another pass took the line under it (the share row
    under "Enganador"); a footer's first links run on kept."""
    lines = ctx.doc.lines
    return i + 1 == len(lines) or lines[i + 1].removal is not None


def _listed_under(ctx: Context, label: int) -> set[int]:
    """The lines right under ``label`` down to the first line another pass took or the page's end (its sources, one a
    line: "Anvisa, bula da vacina Qdenga" under "Ministério da Saúde, nota técnica nº 8/2024"), at most ``_LISTED``;
    none where more run on (a footer's links under them)."""
    lines = ctx.doc.lines
    out: set[int] = set()
    for j in range(label + 1, len(lines)):
        if lines[j].removal is not None:
            return out
        if len(out) == _LISTED:
            return set()
        out.add(j)
    return out


def label_over_article(ctx: Context, blocks: list[list[int]], article: int, first: int) -> set[int]:
    """The last line of the block right over the article's first block ``article`` (a block detached-blocks takes)
    when it is a check's or a summary's label right over the article's first line ``first`` (the lines between
    gone)."""
    if article == 0 or not blocks[article - 1]:
        return set()
    last = blocks[article - 1][-1]
    lines = ctx.doc.lines
    if last >= first or any(lines[j].removal is None for j in range(last + 1, first)):
        return set()
    return {last} if lines[last].removal is None and check_label(ctx, last) else set()
