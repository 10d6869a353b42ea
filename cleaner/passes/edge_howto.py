"""howto39: a how-to's, a listicle's and a service guide's own short lines at the article's edges.

Service journalism writes short: a guide's list of things needed under its heading ("Things You'll Need" over "Gloves",
"Watering can"; "Cosa ti serve" over "Bicarbonato", "Aceto"; "Dit heb je nodig" over "Een hark"), a checklist closing
the text ("Your budget checklist" over "Council tax", "Groceries"; "Before you leave" over "Passport", "Keys"), short
section headings between one-line tips ("Tips" over "Repot in spring or early summer.", "In der Küche" over "Deckel auf
den Topf."), an FAQ's heading over its short questions and answers ("Preguntas frecuentes" over "¿Cuándo consultar?").
Its sentences seldom reach the twelve words of edge-furniture's anchor, so these lines stand in the page's edges, where
edge-furniture took them as a menu's (one or two words, no sentence), site-chrome took an FAQ heading as a footer's
link and teaser-box took "I nostri consigli" over the tips as a rail's heading. They are the article's.

- :func:`howto_lists` (edge-furniture's guard at the tail, through :func:`howto_tail`): a heading of table
  ``structure.howto_heading`` (a list of things needed, a checklist, "Before you go") right under a kept line of the
  article's, over two or more short items down to a sentence, another heading of the table, a line another pass took,
  a share button's or a rail's heading, or the region's end. A footer's heading over its links names none of these.
- :func:`enclosed_runs` (edge-furniture's guard at the head and the tail): a run of furniture standing between two kept
  lines of the article's that are no furniture, the one under it a sentence or a numbered step: a lone short heading
  under a statement or a list's kept item ("Tips", "Im Wohnzimmer"; not a button under its question, nor a heading
  over a reviewer's "Marie L."); a run of up to ``_RUN`` plain items under a sentence (a packing list's items and
  headings between two of its tips) on a page that shows a how-to's list (:func:`howto_lists` kept one) or its
  numbered steps.
- :func:`howto_run` (edge-furniture's test of a long run between two paragraphs) and :func:`howto_gap`
  (detached-blocks' test of a strong gap): a run or a gap holding the table's heading over its items is a how-to's
  list ("Cosa ti serve" over its items and "Il procedimento" over the steps; "Things You'll Need" over its items and
  "Tips" over its sentences).
- :func:`faq_heading` (site-chrome's guard): a short heading right under a statement, over a question of the article's
  with its answer under it ("Veelgestelde vragen" / "Wanneer zaai je gras?" / "In april of september.").
- :func:`tips_under` (teaser-box's guard): a teaser table's heading ("I nostri consigli") right under the article's
  kept line and over two or more short statements of one sentence each (the tips), not over headlines or a blurb.

Each guard starts from the lines another test already singled out (the furniture list, a table's hit), so a page
without them costs a length check.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_housing import priced_card  # housing44
from .edge_shared import text_above as _above
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
_TIP_WORDS: Final = 8
#: The fewest tips under the heading.
_TIPS: Final = 2


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


def _residue_line(ctx: Context, j: int) -> bool:
    """Line ``j`` is a share button's or a rail's heading (tables ``widgets.social``, ``promos.heading``: "Deel dit
    artikel", "Lees ook") that another pass spared: the list's items end over it."""
    text = ctx.doc.lines[j].text
    if ctx.table("widgets", "social").match(text) is not None:
        return True
    return ctx.table("promos", "heading").match(text) is not None


def _items(ctx: Context, heading: int, stop: int) -> list[int]:
    """The short items under the how-to's heading ``heading``: kept lines of ``_ITEM_WORDS`` words at most, no sentence,
    no colon, down to a line another pass took, a sentence, another heading of the table, a share button's or a rail's
    heading (:func:`_residue_line`) or ``stop``."""
    lines = ctx.doc.lines
    items: list[int] = []
    j = _below(ctx, heading, stop)
    while j < stop and len(items) < _MAX_ITEMS:
        text = lines[j].text
        if lines[j].removal is not None or ctx.words(j) > _ITEM_WORDS or ends_sentence(text) or ends_colon(text):
            break
        if howto_heading(ctx, j) or _residue_line(ctx, j):
            break
        items.append(j)
        j = _below(ctx, j, stop)
    return items


def howto_lists(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a how-to's lists in ``region``: a heading of table ``structure.howto_heading`` (of the
    furniture, a short line closed by a colon, or the line right over a line of the furniture) right under a kept line
    of the article's that is no furniture (or an item of a list kept here), over ``_ITEMS`` or more short items
    (:func:`_items`). A footer's "Quick links" over "Contact" names no list of things; the items run only down to the
    residue another pass took or a share button's line."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    # (the heading may be no furniture, its function words a sentence's: "Checkliste für den Umzugstag" over its items)
    over = {_above(ctx, i) for i in furniture}
    candidates = sorted(
        taken
        | {i for i in region if lines[i].removal is None and ends_colon(lines[i].text) and i not in taken}
        | {i for i in over if i in region and lines[i].removal is None}
    )
    keep: set[int] = set()
    for i in candidates:
        if i in keep:
            continue
        # (the line over it first: most of the furniture stands under more of it, and asks no table)
        above = _above(ctx, i)
        if above < 0 or lines[above].removal is not None or (above in taken and above not in keep):
            continue
        if not howto_heading(ctx, i):
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


def _how_to_page(ctx: Context, region: range, furniture: list[int], listed: bool) -> bool:
    """The region shows a how-to: a list under a how-to's heading was kept there (``listed``), or ``_STEPS`` of its
    kept lines are numbered ("1. Pick a pot one size up.", "3. Sign up for a loyalty card.")."""
    if listed:
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
    """Line ``i`` reads as a short section heading: ``_LONE_WORDS`` words at most, capitalised, no figure, no colon, no
    question (a footer's "Vragen?" over "Bel ons." under the text's last paragraph is its contact box: the guards of
    questions and answers judge a question, test_redteam14b)."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text) and ctx.words(i) <= _LONE_WORDS and text[0].isupper() and not ctx.digit(i) and not ends_colon(text)
        and text[-1] not in "?？؟"
    )


def _initial(text: str) -> bool:
    """``text`` closes on an initial ("Marie L.", a reviewer's name): no sentence of the article's."""
    last = text.rstrip().rsplit(" ", 1)[-1]
    return len(last) == 2 and last[1] == "." and last[0].isupper()


def _plain_item(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a list's plain item: ``_ITEM_WORDS`` words at most, capitalised, no figure, no colon, no link
    ("Phone charger", "Travel insurance"; a page's credit row, "Co-authored by: Maggie Moran", a reference's "↑
    https://…" or a post's author handle, "rmb8090", is none)."""
    text = ctx.doc.lines[i].text.strip()
    return (
        ctx.words(i) <= _ITEM_WORDS and text[:1].isupper() and not ctx.digit(i) and ":" not in text
        and "：" not in text
    )


def enclosed_runs(ctx: Context, region: range, furniture: list[int], listed: frozenset[int] = frozenset()) -> list[int]:
    """``furniture`` less the runs of it that two kept lines of the article's enclose in ``region``: the line over the
    run kept and no furniture (a sentence, a list's item another guard kept, a row of data), the line under it kept, no
    furniture, and a sentence of two words or more or a numbered step. A lone short heading (:func:`_lone_heading`)
    there is the article's when the line over it is a statement of ``_ABOVE_WORDS`` words or more or an item of a
    how-to's list (``listed``: what :func:`howto_lists` kept) ("Tips" over "Repot in spring or early summer.", "In der
    Küche" over "Deckel auf den Topf."); a longer run of up to ``_RUN`` plain items (:func:`_plain_item`) when the page
    shows a how-to (``listed``, or numbered steps: :func:`_how_to_page`): a packing list's items between two of its
    tips. A menu stands under the headline or the page's residue, a footer's links under the text run to the residue,
    enclosed by no sentence, a button stands under its question ("Sie möchten Ihre Veranstaltung hier
    veröffentlichen?" over "Veranstaltung melden"), a table's heading under its data ("Zuschauer: 30.210" over
    "Tabelle") and a review's heading over its reviewer ("Avis clients" over "Marie L.")."""
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
        if ctx.words(below) < 2 or not (ends_sentence(under) or step) or _initial(under):
            continue
        if len(run) == 1 and _lone_heading(ctx, run[0]):
            over = lines[above].text.rstrip()
            if above in listed or (ends_sentence(over) and ctx.words(above) >= _ABOVE_WORDS and over[-1:] != "?"):
                keep.add(run[0])
            continue
        if len(run) > _RUN or not all(_plain_item(ctx, i) for i in run):
            continue
        if above not in listed and not ends_sentence(lines[above].text):
            continue  # (a run under a link or a row of data: a post's tags under its last link, "rmb8090")
        if page is None:
            page = _how_to_page(ctx, region, furniture, bool(listed))
        if page:
            keep.update(run)
    return [i for i in furniture if i not in keep] if keep else furniture


def howto_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """edge-furniture's guard at the tail: :func:`howto_lists`, then :func:`enclosed_runs` over what is left."""
    if not furniture:
        return furniture
    left = howto_lists(ctx, region, furniture)
    if len(left) == len(furniture):
        return enclosed_runs(ctx, region, left)
    return enclosed_runs(ctx, region, left, frozenset(furniture).difference(left))


def faq_heading(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """site-chrome's guard: ``kept[pos]`` is a short heading (``_LONE_WORDS`` words at most, no figure, no colon)
    right under a sentence of the article's the vocabularies did not take, over a question of the article's (closed by
    a question mark, two words or more) and its answer under it, a statement (closed by a full stop or an exclamation
    mark): an FAQ's heading ("Preguntas frecuentes" over "¿Cuándo consultar?" over "Si son muy frecuentes o se hace
    daño."). A footer's "FAQ" stands among its links, a help centre's menu lists questions one under another, and a
    menu's link over a headline stands under no sentence, over its byline or its teaser."""
    if pos == 0 or pos + 2 >= len(kept) or ctx.words(kept[pos]) > _LONE_WORDS:
        return False
    lines = ctx.doc.lines
    heading, above, question, answer = kept[pos], kept[pos - 1], kept[pos + 1], kept[pos + 2]
    if above in hits or question in hits or answer in hits or ctx.digit(heading) or ends_colon(lines[heading].text):
        return False
    said = lines[answer].text.rstrip()
    return (
        lines[question].text.rstrip().endswith("?") and ctx.words(question) >= 2 and said[-1:] in (".", "!")
        and ends_sentence(lines[above].text) and not lines[above].text.rstrip().endswith("?")
    )


def tips_under(ctx: Context, kept: list[int], at: int) -> bool:
    """teaser-box's guard: the heading ``kept[at]`` (``_LONE_WORDS`` words at most, no colon, no figure) stands right
    under a kept line (nothing another pass took between) and over ``_TIPS`` or more short statements (``_TIP_WORDS``
    words at most, one sentence closed by a full stop or an exclamation mark): a guide's tips under their heading
    ("I nostri consigli" over "Annaffia la sera.", "Concima ogni due settimane."). A rail's heading stands over
    headlines, which close on no full stop, or over a blurb of two sentences ("Politics happens. Stay current …")."""
    if at == 0 or at + _TIPS >= len(kept) or ctx.words(kept[at]) > _LONE_WORDS:
        return False
    lines = ctx.doc.lines
    if ":" in lines[kept[at]].text or ctx.digit(kept[at]):
        return False  # (a tag line, "Filed under: Home, Money", over the blog's template lines)
    if _above(ctx, kept[at]) != kept[at - 1]:
        return False  # (a player's "Artikel anhören" under the stamp another pass took, over the first paragraph)
    for j in kept[at + 1 : at + 1 + _TIPS]:
        text = lines[j].text.rstrip()
        if lines[j].removal is not None or ctx.words(j) > _TIP_WORDS or text[-1:] not in (".", "!"):
            return False
        if text.endswith("..") or ". " in text:
            return False  # (a teaser cut short, "… rights bill...", or a blurb of two sentences, "Politics happens. …")
        if priced_card(text):
            return False  # housing44: a listing card's price, "…, € 375.000 k.k.", closes no sentence
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
