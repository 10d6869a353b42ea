"""defense43: a war's live blog and ticker at the article's tail.

- :func:`entry_time_tail` (edge-furniture's guard at the tail): a live blog's entry time ("07:55 Uhr", "09:45",
  "08:05 BST") right over its entry's sentence, under a map widget or a video promo between the entries ("Interaktive
  Karte" / "Zum Vergrößern tippen"), is the blog's, as the entries' times over it are: the widget's lines cut the
  article's last entries off its long paragraphs, and the tail's run took the time with the widget. It stays when the
  page keeps two or more entry times over it, each right over a sentence, and its minute keeps their order
  (later and later, or earlier and earlier); a video's duration ("01:42") under its promo heads no sentence, and a
  sidebar's times under an article of prose have no kept entry times over them.
- :func:`entry_gap` (detached-blocks' test of a gap between two blocks): the same entry time closing the gap right over
  its entry's paragraph, under the widget's lines that other passes took: the entry is the blog's going on, no other
  story cut off by furniture.
- :func:`lone_map_label` (site-chrome's guard): a map widget's label (table ``widgets.map_label``: "Interactive map",
  "Interaktive Karte") goes only beside the widget's control that the pass takes with it ("Tap to expand", "Zum
  Vergrößern tippen"); alone, over a guide's text, it is the section's heading and stays.
- :func:`cut_off_call` (call-to-action's guard of a list's items under its colon): a call under another story's
  teaser that promo-label or teaser-box took, below the list's label, is no item of the list ("O que deve saber:" over
  its short sentences, then "Leia também: …", "Partilhe este artigo", "Siga-nos no Facebook"): the teaser parts it
  from the list, and it goes as the page's call. A step of a how-to's list stands right under the step over it, or
  under an image's credit.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from ..vocab import past_symbols
from .edge_rows import _minute_of_day

#: The most words of an entry time ("08:05 BST", "09:15 Uhr", "10.20 a.m. ET").
_TIME_WORDS: Final = 3
#: The fewest words of an entry's sentence under its time ("Mindestens zwölf weitere wurden verletzt.").
_ENTRY_WORDS: Final = 3
#: The fewest kept entry times over the tail that make the page a live blog.
_ENTRIES: Final = 2
#: A time of day opening a line: "09:12", "8.05 a.m.".
_TIME: Final = re.compile(r"(\d{1,2})[:.](\d{2})\s?(?:([apAP])\.?[mM]\.?)?")
#: A line that is a time of day alone, as a live blog stamps its entries: "17:48", "16h10", "9.05 a.m.", "08:05 BST",
#: "14:32 Uhr".
_ENTRY_TIME: Final = re.compile(r"(\d{1,2})\s?[:.hH]\s?(\d{2})\s?(?:([aApP])\.?[mM]\.?|Uhr|h)?(?:\s[A-Z]{2,4})?")


def entry_minute(text: str) -> int | None:
    """The minute of the day of a line that is a time of day alone ("17:48", "16h10", "9.05 p.m."), else None: one
    reader for every guard that keeps a live blog's entries, whether a pass took the time or not."""
    m = _ENTRY_TIME.fullmatch(text.strip())
    return None if m is None else _minute_of_day(m)


def _minute(ctx: Context, i: int) -> int | None:
    """The minute of the day of line ``i`` when it is a bare time of day (table ``metadata.clock``, or
    :func:`entry_minute`'s "16h10"), else None."""
    text = past_symbols(ctx.doc.lines[i].text)
    if not text[:1].isdigit() or ctx.words(i) > _TIME_WORDS:
        return None
    m = _TIME.match(text)
    if m is None:
        return entry_minute(text)  # (a French entry's "16h10": the clock table, written for "16:10", reads none)
    if not ctx.table("metadata", "clock").match(text):
        return None
    return _minute_of_day(m)


def _entry(ctx: Context, i: int) -> bool:
    """Whether line ``i`` can be an entry's text: a sentence of a few words."""
    return ctx.words(i) >= _ENTRY_WORDS and ends_sentence(ctx.doc.lines[i].text)


#: The passes whose lines are another story's teaser: a list of the article's does not run on past one.
_TEASERS: Final = frozenset({"promo-label", "teaser-box"})


#: The most kept lines over a call that call-to-action's guard reads as the items of a list under its colon.
_ITEMS_REACH: Final = 6


def cut_off_call(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether a pass took another story's teaser between the kept line at ``pos`` of ``kept`` and the nearest kept
    line over it that ends on a colon (the list's label: the document's lines between two kept ones are the
    removed ones)."""
    lines = ctx.doc.lines
    for p in range(pos - 1, max(-1, pos - 1 - _ITEMS_REACH), -1):
        if ends_colon(lines[kept[p]].text):
            for j in range(kept[p] + 1, kept[pos]):
                taken = lines[j].removal
                if taken is not None and taken.pass_name in _TEASERS:
                    return True
            return False
    return False


def _in_order(times: list[int]) -> bool:
    """Whether the minutes run one way, later and later or earlier and earlier (a live blog's entries)."""
    return times == sorted(times) or times == sorted(times, reverse=True)


def _entries(ctx: Context, kept: list[int], run: set[int]) -> list[tuple[int, int]]:
    """(line, minute) of each entry time of the page that stays: a kept time right over a kept sentence, not in
    ``run`` (the lines judged as the page's run)."""
    after = dict(pairwise(kept))
    return [
        (i, minute)
        for i in kept
        if i not in run and i in after and (minute := _minute(ctx, i)) is not None and _entry(ctx, after[i])
    ]


def _follows(entries: list[tuple[int, int]], i: int, minute: int) -> bool:
    """Whether ``_ENTRIES`` or more of ``entries`` stand over line ``i`` and its ``minute`` keeps their order."""
    times = [m for j, m in entries if j < i]
    return len(times) >= _ENTRIES and _in_order([*times, minute])


def entry_time_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a live blog's entry times right over their entry's kept sentence at the tail (see the
    module's docstring)."""
    lines = ctx.doc.lines
    # (the cheap test first: a line of the run opening on a digit, most tails have none)
    candidates = [i for i in furniture if lines[i].text[:1].isdigit() and _minute(ctx, i) is not None]
    if not candidates:
        return furniture
    kept = ctx.doc.kept()
    run = set(furniture)
    entries = _entries(ctx, kept, run)
    if len(entries) < _ENTRIES:
        return furniture
    after = dict(pairwise(kept))
    keep: set[int] = set()
    for i in candidates:
        under = after.get(i)
        minute = _minute(ctx, i)
        if under is None or under in run or minute is None or not _entry(ctx, under):
            continue
        if _follows(entries, i, minute):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def entry_stamps(ctx: Context, kept: list[int], mine: list[int]) -> set[int]:
    """Of ``mine`` (lines dateline's tables matched), a live blog's entry times right over their entry's kept sentence,
    whose minute keeps the order of two or more such entry times over them (session 54, dateline's guard): the
    French blog's "07h55" under a graphic's caption, as :func:`entry_time_tail` keeps the German "07:55 Uhr" that
    edge-furniture's run took. A page's stamp under its headline has no entry times over it."""
    lines = ctx.doc.lines
    candidates = [i for i in mine if lines[i].text[:1].isdigit() and _minute(ctx, i) is not None]
    if not candidates:
        return set()
    entries = _entries(ctx, kept, set())
    if len(entries) < _ENTRIES + 1:  # (two over the candidate, the candidate itself one of them)
        return set()
    after = dict(pairwise(kept))
    out: set[int] = set()
    for i in candidates:
        under = after.get(i)
        minute = _minute(ctx, i)
        if under is not None and minute is not None and _entry(ctx, under) and _follows(entries, i, minute):
            out.add(i)
    return out


def entry_gap(ctx: Context, first: int, stop: int) -> bool:
    """Whether the gap of lines ``first`` to ``stop`` (the next paragraph) between two blocks ends on a live blog's
    entry time right over that paragraph, the page's other entry times over it (detached-blocks' guard): a map widget
    or a video promo between the entries parts no other story from the blog."""
    lines = ctx.doc.lines
    last = next((j for j in range(stop - 1, first - 1, -1) if lines[j].removal is None), None)
    if last is None or not lines[last].text[:1].isdigit():
        return False
    minute = _minute(ctx, last)
    if minute is None:
        return False
    return _follows(_entries(ctx, ctx.doc.kept(), set()), last, minute)


def lone_map_label(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether the kept line at ``pos`` of ``kept`` is a map widget's label (table ``widgets.map_label``) with no line
    right over or under it that site-chrome takes (``hits``): no widget's control beside it, it stays."""
    table = ctx.table("widgets", "map_label")
    if not table.patterns or table.match(ctx.doc.lines[kept[pos]].text) is None:
        return False
    return not (pos > 0 and kept[pos - 1] in hits) and not (pos + 1 < len(kept) and kept[pos + 1] in hits)
