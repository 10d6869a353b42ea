"""howto39: a how-to's, a listicle's and a service guide's own short lines at the article's edges.

Service journalism writes short: a guide's list of things needed under its heading ("Things You'll Need" over "Gloves",
"Watering can"; "Cosa ti serve" over "Bicarbonato", "Aceto"; "Dit heb je nodig" over "Een hark"), a checklist closing
the text ("Your budget checklist" over "Council tax", "Groceries"; "Before you leave" over "Passport", "Keys"), short
section headings between one-line tips ("Tips" over "Repot in spring or early summer.", "In der Küche" over "Deckel auf
den Topf."), an FAQ's heading over its short questions and answers ("Preguntas frecuentes" over "¿Cuándo consultar?").
Its sentences seldom reach the twelve words of edge-furniture's anchor, so these lines stand in the page's edges, where
edge-furniture took them as a menu's (one or two words, no sentence), site-chrome took an FAQ heading as a footer's
link and teaser-box took "I nostri consigli" over the tips as a rail's heading. They are the article's.

- :func:`howto_lists` (edge-furniture's guard at the tail): a heading of table ``structure.howto_heading`` (a list of
  things needed, a checklist, "Before you go") right under a kept line of the article's, over two or more short items
  down to a sentence, another heading of the table, a line another pass took or the region's end. A footer's heading
  over its links names none of these.
- :func:`enclosed_runs` (edge-furniture's guard at the head and the tail): a run of furniture standing between two kept
  lines of the article's that are no furniture, the one under it a sentence or a numbered step: a lone short heading
  there always ("Tips", "Im Wohnzimmer"), a run of up to ``_RUN`` lines (a packing list's items and headings between
  two of its tips) on a page that shows a how-to's list (:func:`howto_lists` kept one) or its numbered steps.
- :func:`howto_run` (edge-furniture's test of a long run between two paragraphs): a run opening on the table's heading
  is a how-to's list ("Cosa ti serve" over its items and "Il procedimento" over the steps).
- :func:`faq_heading` (site-chrome's guard): a short heading right under a kept line, over a question of the article's
  with its answer under it ("Veelgestelde vragen" / "Wanneer zaai je gras?" / "In april of september.").
- :func:`tips_under` (teaser-box's guard): a teaser table's heading ("I nostri consigli") right under the article's
  kept line and over two or more short statements (the tips, closed by a full stop), not over headlines.

Each guard starts from the lines another test already singled out (the furniture list, a table's hit), so a page
without them costs a length check.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .furniture import NUMBERED

#: The most words of a how-to's heading ("Things you'll need", "Was Sie für die Reparatur brauchen").
_HEADING_WORDS: Final = 6
#: The most words of an item of a how-to's list ("Travel-size shampoo", "Vasi profondi almeno 30 cm").
_ITEM_WORDS: Final = 8
#: The fewest items under a how-to's heading (one alone may be a menu's next link).
_ITEMS: Final = 2
#: The most items under a how-to's heading (a list, not a page's worth of links).
_MAX_ITEMS: Final = 20
#: The most words of a lone heading between two of the article's lines ("In der Küche", "Stap voor stap").
_LONE_WORDS: Final = 4
#: The most lines of a run of furniture the article's lines enclose on a how-to's page (a packing list's section).
_RUN: Final = 14
#: The fewest words of the sentence over a lone heading (a line of the text's, no button's label).
_ABOVE_WORDS: Final = 3
#: Numbered steps or headings that show a how-to's page ("1. Pick a pot one size up.").
_STEPS: Final = 3
#: The most words of a tip under a heading (teaser-box's guard): "Annaffia la sera.", a sentence short as a command.
_TIP_WORDS: Final = 12
#: The fewest tips under the heading.
_TIPS: Final = 2


def _above(ctx: Context, i: int) -> int:
    """The nearest line with text over line ``i`` (-1: none)."""
    lines = ctx.doc.lines
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j


def _below(ctx: Context, i: int, stop: int) -> int:
    """The nearest line with text under line ``i``, before ``stop`` (``stop``: none)."""
    lines = ctx.doc.lines
    j = i + 1
    while j < stop and not lines[j].text.strip():
        j += 1
    return j


def howto_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a how-to's list heading (table ``structure.howto_heading``), ``_HEADING_WORDS`` words at most."""
    if ctx.words(i) > _HEADING_WORDS:
        return False
    return ctx.table("structure", "howto_heading").match(ctx.doc.lines[i].text) is not None


def _items(ctx: Context, heading: int, stop: int) -> list[int]:
    """The short items under the how-to's heading ``heading``: kept lines of ``_ITEM_WORDS`` words at most, no sentence,
    no colon, down to a line another pass took, a sentence, another heading of the table or ``stop``."""
    lines = ctx.doc.lines
    items: list[int] = []
    j = _below(ctx, heading, stop)
    while j < stop and len(items) < _MAX_ITEMS:
        text = lines[j].text
        if lines[j].removal is not None or ctx.words(j) > _ITEM_WORDS or ends_sentence(text) or ends_colon(text):
            break
        if howto_heading(ctx, j):
            break
        items.append(j)
        j = _below(ctx, j, stop)
    return items


def howto_lists(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a how-to's lists in ``region``: a heading of table ``structure.howto_heading`` (of the
    furniture, or a short line closed by a colon) right under a kept line of the article's that is no furniture (or an
    item of a list kept here), over ``_ITEMS`` or more short items (:func:`_items`). A footer's "Quick links" over
    "Contact" names no list of things; the items run only down to the residue another pass took."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    candidates = sorted(
        taken | {i for i in region if lines[i].removal is None and ends_colon(lines[i].text) and i not in taken}
    )
    keep: set[int] = set()
    for i in candidates:
        if i in keep or not howto_heading(ctx, i):
            continue
        above = _above(ctx, i)
        if above < 0 or lines[above].removal is not None or (above in taken and above not in keep):
            continue
        items = _items(ctx, i, region.stop)
        if len(items) >= _ITEMS:
            keep.add(i)
            keep.update(items)
    return [i for i in furniture if i not in keep] if keep else furniture


def howto_run(ctx: Context, run: list[int]) -> bool:
    """A long run of furniture between two paragraphs opens on a how-to's list heading over its items ("Cosa ti serve"
    over "Bicarbonato", "Aceto", …): the article's list, no menu."""
    return len(run) > _ITEMS and howto_heading(ctx, run[0])


def _how_to_page(ctx: Context, region: range, furniture: list[int], kept_lists: bool) -> bool:
    """The region shows a how-to: a list under a how-to's heading was kept there, or ``_STEPS`` of its kept lines are
    numbered ("1. Pick a pot one size up.", "3. Sign up for a loyalty card.")."""
    if kept_lists:
        return True
    lines = ctx.doc.lines
    taken = set(furniture)
    steps = 0
    for i in region:
        line = lines[i]
        if line.removal is None and i not in taken and (line.lead[:1].isdigit() or NUMBERED.match(line.text)):
            steps += 1
            if steps >= _STEPS:
                return True
    return False


def _runs(ctx: Context, furniture: list[int]) -> list[list[int]]:
    """``furniture`` in runs of lines standing together (blank lines may part them)."""
    runs: list[list[int]] = []
    for i in furniture:
        if runs and _above(ctx, i) == runs[-1][-1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _lone_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a short section heading: ``_LONE_WORDS`` words at most, capitalised, no figure, no colon."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text) and ctx.words(i) <= _LONE_WORDS and text[0].isupper() and not ctx.digit(i) and not ends_colon(text)
    )


def _plain_item(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a list's plain item: ``_ITEM_WORDS`` words at most, no colon, no link ("Phone charger",
    "Travel insurance"; a page's credit row, "Co-authored by: Maggie Moran", or a reference's "↑ https://…" is none)."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _ITEM_WORDS and ":" not in text and "：" not in text and "www." not in text


def enclosed_runs(ctx: Context, region: range, furniture: list[int], kept_lists: bool = False) -> list[int]:
    """``furniture`` less the runs of it that two kept lines of the article's enclose in ``region``: the line over the
    run kept and no furniture (a sentence, a list's item another guard kept, a row of data), the line under it kept, no
    furniture, and a sentence of two words or more or a numbered step. A lone short heading (:func:`_lone_heading`)
    there is the article's when the line over it is a sentence of ``_ABOVE_WORDS`` words or more or an item another
    guard kept ("Tips" over "Repot in spring or early summer.", "In der Küche" over "Deckel auf den Topf."); a longer
    run of up to ``_RUN`` lines when the page shows a how-to (``kept_lists``: :func:`howto_lists` kept a list there; or
    numbered steps, :func:`_how_to_page`): a packing list's items between two of its tips. A menu stands under the
    headline or the page's residue, and a footer's links under the text run to the residue, enclosed by no sentence."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    page: bool | None = None  # (asked once, at the first run enclosed: most regions have none)
    for run in _runs(ctx, furniture):
        above, below = _above(ctx, run[0]), _below(ctx, run[-1], len(lines))
        if above < 0 or below >= len(lines) or above in taken or below in taken:
            continue
        if lines[above].removal is not None or lines[below].removal is not None:
            continue
        under = lines[below].text
        step = NUMBERED.match(under) is not None or lines[below].lead[:1].isdigit()
        if ctx.words(below) < 2 or not (ends_sentence(under) or step):
            continue
        if len(run) == 1 and _lone_heading(ctx, run[0]):
            over = lines[above].text
            if (ends_sentence(over) and ctx.words(above) >= _ABOVE_WORDS) or not ends_sentence(over):
                keep.add(run[0])
            continue
        if len(run) > _RUN or not all(_plain_item(ctx, i) for i in run):
            continue
        if page is None:
            page = _how_to_page(ctx, region, furniture, kept_lists)
        if page:
            keep.update(run)
    return [i for i in furniture if i not in keep] if keep else furniture


def howto_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """edge-furniture's guard at the tail: :func:`howto_lists`, then :func:`enclosed_runs` over what is left."""
    if not furniture:
        return furniture
    left = howto_lists(ctx, region, furniture)
    return enclosed_runs(ctx, region, left, kept_lists=len(left) < len(furniture))


def faq_heading(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """site-chrome's guard: ``kept[pos]`` is a short heading (``_LONE_WORDS`` words at most) right under a kept line
    the vocabularies did not take, over a question of the article's (closed by a question mark, two words or more)
    and its answer under it (no question): an FAQ's heading ("Preguntas frecuentes" over "¿Cuándo consultar?" over
    "Si son muy frecuentes o se hace daño."). A footer's "FAQ" stands among its links, and a help centre's menu lists
    questions one under another, no answer between."""
    if pos == 0 or pos + 2 >= len(kept) or ctx.words(kept[pos]) > _LONE_WORDS:
        return False
    lines = ctx.doc.lines
    question, answer = kept[pos + 1], kept[pos + 2]
    if kept[pos - 1] in hits or question in hits or answer in hits:
        return False
    asked = lines[question].text.rstrip()
    return (
        asked.endswith("?") and ctx.words(question) >= 2 and not lines[answer].text.rstrip().endswith("?")
        and not ends_colon(lines[kept[pos]].text)
    )


def tips_under(ctx: Context, kept: list[int], at: int) -> bool:
    """teaser-box's guard: the heading ``kept[at]`` (``_LONE_WORDS`` words at most) stands right under a kept line and
    over ``_TIPS`` or more short statements (``_TIP_WORDS`` words at most, closed by a full stop or an exclamation
    mark): a guide's tips under their heading ("I nostri consigli" over "Annaffia la sera.", "Concima ogni due
    settimane."). A rail's heading stands over headlines, which close on no full stop."""
    if at == 0 or at + _TIPS >= len(kept) or ctx.words(kept[at]) > _LONE_WORDS:
        return False
    lines = ctx.doc.lines
    for j in kept[at + 1 : at + 1 + _TIPS]:
        text = lines[j].text.rstrip()
        if lines[j].removal is not None or ctx.words(j) > _TIP_WORDS or text[-1:] not in (".", "!"):
            return False
    return True


def howto_gap(ctx: Context, first: int, stop: int) -> bool:
    """detached-blocks' guard: a gap of kept furniture between two blocks of prose (lines ``first`` to ``stop``, none
    another pass took) holds a how-to's list under its heading (table ``structure.howto_heading``, over ``_ITEMS`` or
    more short items: "Things You'll Need" over "Gloves", "Watering can", then "Tips" over its sentences): the article
    goes on under it. A menu's gap names no list of things."""
    if first < 0:
        return False
    lines = ctx.doc.lines
    for i in range(first, stop):
        if lines[i].removal is None and howto_heading(ctx, i) and len(_items(ctx, i, stop)) >= _ITEMS:
            return True
    return False
