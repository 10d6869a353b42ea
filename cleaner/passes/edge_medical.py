"""medical45: a condition guide's short section headings and the lists under them, inside the article.

A health site's condition guide ("Migraine", "Gürtelrose", "Hipertensão arterial") runs in short sections, each under a
one-word heading ("Symptoms", "Causes", "Treatment"; "Ursachen", "Behandlung"; "Causas", "Tratamento"), and most of
them open on a list of short items ("Brennende Schmerzen", "Juckreiz", "Excesso de sal", "Sedentarismo"). Read alone,
a heading, its items and the next section's heading are a run of short lines with no sentence, which edge-furniture
took as a menu between the paragraphs (``_clear_inner``), or, under the guide's first sentence, as the head's run
before its first paragraph. They are the article's.

- :func:`condition_list` (edge-furniture's inner-run guard): a run opening on a guide's heading (tables
  ``structure.health_heading``, ``structure.guide_heading``), over ``_ITEMS`` or more short items (at most
  ``_ITEM_WORDS`` words, no sentence, no title-case row of several words: a menu's "Find A Doctor"), none of them a
  heading itself (a table of contents lists the sections' names), one at least of several words or in lower case (a
  sidebar's menu is capitalised single words: "Treatments" over "Acupuncture", "Physiotherapy"), closed by at most one
  heading (the next section's); the article's sentence right over the run and right under it.
- :func:`condition_head` (edge-furniture's guard at the head): a guide's heading in the run before the first paragraph,
  right under a kept sentence of the article ("Symptômes" under the guide's short first sentence), with its items and
  the next sections' headings down to a sentence or the first paragraph ("Risikofaktoren" over "Übergewicht", …,
  "Behandlung").

- :func:`condition_tail` (edge-furniture's guard at the tail): such a heading right under the article's last sentence,
  over its items down to a kept line of no furniture (the citation under a symptom list) or items all in lower case.
- :func:`disclaimer_tail` (closing-disclosure's, after every other pass): a health site's disclaimer that its content
  replaces no doctor (table ``credits.medical_disclaimer``) among the page's residue after the article: the line
  over it taken by another pass, and every line under it (or the page ends). Right under the article's last line it
  stays (test_redteam14b keeps "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung." as the article's).

A menu's item of the same word ("Symptome" among "Krankheiten", "Medikamente") stands under no sentence, and a tag
cloud's "Topics" is no guide's heading: both still go.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import structure_heading

#: The fewest items of a guide's list under its heading ("Excesso de sal", "Sedentarismo", "Excesso de peso").
_ITEMS: Final = 3
#: The most words of a list's item ("Gürtelförmiger Hautausschlag mit Bläschen", "Müdigkeit und leichtes Fieber").
_ITEM_WORDS: Final = 6
#: The most words of a guide's heading ("When to see a doctor", "Wann sollte man zum Arzt gehen?").
_HEADING_WORDS: Final = 7
#: The fewest words of the article's sentence over and under a guide's list.
_SENTENCE_WORDS: Final = 6
#: The most lines of a guide's section read under its heading (its items and the next headings).
_SECTION_LINES: Final = 12
#: The last kept lines of the page read for a disclaimer among the residue.
_TAIL_LINES: Final = 2
#: The most words of a disclaimer's line.
_DISCLAIMER_WORDS: Final = 40
#: The lines right over a disclaimer that other passes must have taken (the residue it stands in: a letter box's call).
_RESIDUE_OVER: Final = 1


def _heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a guide's section heading (tables ``health_heading``, ``guide_heading``), a few words."""
    return structure_heading(ctx, i, _HEADING_WORDS, "guide_heading", "health_heading")


def _item(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a list's short item: a few words, no sentence, not a title-case row of several words (but
    in German, whose nouns are capitalised: "Brennende Schmerzen")."""
    text = ctx.doc.lines[i].text.strip()
    if not 0 < ctx.words(i) <= _ITEM_WORDS or ends_sentence(text) or text.endswith(":"):
        return False
    words = text.split()
    return len(words) == 1 or ctx.vocab_languages[0] == "de" or not all(w[:1].isupper() for w in words)


def _listy(ctx: Context, items: list[int]) -> bool:
    """The ``items`` read as a list's, not a menu's: one at least of several words or in lower case (a menu's items, a
    sidebar's "Acupuncture", "Physiotherapy", "Massage", are capitalised single words)."""
    for i in items:
        text = ctx.doc.lines[i].text.strip()
        if ctx.words(i) > 1 or text[:1].islower():
            return True
    return False


def _sentence(ctx: Context, i: int | None) -> bool:
    """Line ``i`` is a kept sentence of the article (``_SENTENCE_WORDS`` words or more, its end closing it)."""
    if i is None:
        return False
    line = ctx.doc.lines[i]
    return line.removal is None and ctx.words(i) >= _SENTENCE_WORDS and ends_sentence(line.text)


def _kept_neighbour(ctx: Context, i: int, step: int) -> int | None:
    """The line next to line ``i`` (``step`` -1 over, 1 under) when it is kept, else None (a line another pass took
    between: the run borders the page's residue)."""
    lines = ctx.doc.lines
    j = i + step
    if not 0 <= j < len(lines) or lines[j].removal is not None:
        return None
    return j


def condition_list(ctx: Context, run: list[int]) -> bool:
    """Whether edge-furniture's inner ``run`` is a guide's section: its heading, ``_ITEMS`` or more short items (none a
    heading), at most one heading closing it (the next section's), the article's sentence right over and under it."""
    if len(run) < _ITEMS + 1 or not _heading(ctx, run[0]):
        return False
    items = run[1:]
    if _heading(ctx, items[-1]):
        items = items[:-1]
    if len(items) < _ITEMS or run[-1] - run[0] != len(run) - 1:  # (no line another pass took among them)
        return False
    if not all(_item(ctx, i) and not _heading(ctx, i) for i in items) or not _listy(ctx, items):
        return False
    return _sentence(ctx, _kept_neighbour(ctx, run[0], -1)) and _sentence(ctx, _kept_neighbour(ctx, run[-1], 1))


def _section(ctx: Context, top: int, stop: int) -> list[int]:
    """The guide's section from its heading ``top`` down to line ``stop`` (excluded): the heading, its short items
    (:func:`_item`) and the next sections' headings, all of them kept, at most ``_SECTION_LINES``, down to a line of
    another kind or a line another pass took (the callers judge that line)."""
    lines = ctx.doc.lines
    out = [top]
    for j in range(top + 1, min(stop, top + 1 + _SECTION_LINES)):
        if lines[j].removal is not None or not (_item(ctx, j) or _heading(ctx, j)):
            break
        out.append(j)
    return out


def condition_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a guide's section in the head's run: its heading right under a kept sentence of the article,
    its items and the next headings under it (:func:`_section`) down to a kept line of no furniture (a sentence) or the
    first paragraph."""
    if not furniture or region.stop - region.start < 2:
        return furniture
    gone = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if i <= region.start or i in keep or not _sentence(ctx, _kept_neighbour(ctx, i, -1)) or not _heading(ctx, i):
            continue
        section = _section(ctx, i, region.stop)
        end = section[-1] + 1 if section else i
        items = [j for j in section if not _heading(ctx, j)]
        if section and (end == region.stop or (ctx.doc.lines[end].removal is None and end not in gone)) and (
            not items or _listy(ctx, items)
        ):
            keep.update(section)
    return [i for i in furniture if i not in keep] if keep else furniture


def condition_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a guide's list closing the article: its heading right under the article's kept sentence (the
    region's first line), its items (:func:`_section`) running down to a kept line of no furniture, or all of them in
    lower case ("febbre sopra i 38 gradi", "tosse secca": a footer's links are capitalised)."""
    if not furniture or furniture[0] != region.start or not _heading(ctx, region.start):
        return furniture
    if not _sentence(ctx, _kept_neighbour(ctx, region.start, -1)):
        return furniture
    section = _section(ctx, region.start, region.stop)
    if len(section) <= _ITEMS:
        return furniture
    end = section[-1] + 1
    closed = end < region.stop and ctx.doc.lines[end].removal is None and end not in set(furniture)
    items = [j for j in section[1:] if not _heading(ctx, j)]
    if not _listy(ctx, items) or (not closed and not all(ctx.doc.lines[j].text.strip()[:1].islower() for j in items)):
        return furniture
    keep = set(section)
    return [i for i in furniture if i not in keep]


def disclaimer_tail(ctx: Context) -> list[int]:
    """The page's last kept lines (at most ``_TAIL_LINES``, all of them under the first read) that are a health site's
    disclaimer (table ``credits.medical_disclaimer``), each with the line right over it (``_RESIDUE_OVER``) that other
    passes took, and only lines taken (or such disclaimers) under it."""
    lines = ctx.doc.lines
    out: list[int] = []
    n = len(lines) - 1
    while n >= 0 and len(out) < _TAIL_LINES:
        if lines[n].removal is not None or not lines[n].text.strip():
            n -= 1
            continue
        if ctx.words(n) > _DISCLAIMER_WORDS or ctx.table("credits", "medical_disclaimer").match(lines[n].text) is None:
            break
        over = [j for j in range(n - 1, max(-1, n - 1 - 2 * _RESIDUE_OVER), -1) if lines[j].text.strip()]
        if len(over) < _RESIDUE_OVER or any(lines[j].removal is None for j in over[:_RESIDUE_OVER]):
            break
        out.append(n)
        n -= 1
    return out
