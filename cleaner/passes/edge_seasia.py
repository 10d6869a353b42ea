"""seasia44: Southeast Asian news in a script that writes no full stop (Thai, Lao).

- :func:`enclosed_unmarked_list`: edge-furniture's guard at the tail. A Thai story's list after its last long
  paragraph, under a short heading of its own or none ("ผลการชกคู่อื่น" over "ยอดเพชร ชนะคะแนน", "ก้องธรณี ชนะน็อกยก 3",
  "แสงมณี เสมอ"), then the story's next clause ("ศึกครั้งต่อไปจะจัดขึ้นในวันที่ 5 เมษายน"), went as a run of furniture:
  a Thai clause closes with no mark and is prose only at twenty-five "words" (a word per two characters), so the
  clause under the list was no anchor, and the list read as the page's run after the article's last paragraph. The
  southasia41 guard (``edge_southasia.uncased_list``) keeps such a list under a line that points at it ("… ได้แก่",
  a colon); a heading alone on its line points at nothing. Here the frame tells it: right under a prose line of the
  article's in that script, two to ``_MOST_LINES`` short lines opening on an uncased letter, closing no sentence and on
  no colon, none a site's section, a network's button, a menu's link or a teaser box's heading, then a kept clause of
  ``_CLOSE_WORDS`` "words" or more in the script that no pass took and the furniture test let through, with the
  page's end, residue another pass took or another prose line under it. A tag cloud or a menu under the article
  runs on to teasers' headlines, each with another under it, or to the page's residue, not to a clause closed by the
  page's residue.
- :func:`place_dateline` (read by ``edge_wire.wire_dateline``, so by title-line and edge-furniture's guard at the head
  as a wire's dateline is): the region's papers print the lead's dateline on its own line, a place, a comma, the date
  or the outlet, and a dash handing over to the lead ("Jakarta, 12 Mei 2025 -", "JAKARTA, KOMPAS.com -", "Jakarta, CNN
  Indonesia --", "Quezon City, Mayo 12, 2025 —"), with no agency in brackets: title-line took it as the headline. A
  headline never closes on a dash that hands over to the next line; with the place's comma and a figure, a web
  address or the double hyphen after it, the line is the lead's start. A menu's last item closing on a dash
  ("Europe -", "Sport, Cricket -") names no date and still goes (test).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_southasia import uncased

_CLOSERS: Final = "\"'”’»)]）」』】 "
_MOST_LINES: Final = 13  # a heading and up to twelve items
_LINE_CHARS: Final = 40  # a name, a result ("ก้องธรณี ชนะน็อกยก 3"): Thai counts a word per two characters
_CLOSE_WORDS: Final = 12  # the story's clause under the list
_HANDOVERS: Final = (" --", " -", " –", " —")  # the dash closing a dateline, after a space
_DATELINE_WORDS: Final = 8  # "Quezon City, Mayo 12, 2025 —"
_PLACE_WORDS: Final = 4  # "Kota Bharu", "Quezon City", "Ho Chi Minh City"
_ADDRESS: Final = re.compile(r"\w\.(com|net|org|id|vn|ph|my|sg|th)\b", re.IGNORECASE)  # "KOMPAS.com", "detik.com"


def _unmarked(text: str) -> bool:
    """Whether ``text`` ends in a letter of a script that writes no full stop (Thai, Lao: U+0E00-U+0EFF)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and "\u0e00" <= text[-1] <= "\u0eff"


def _next_line(ctx: Context, j: int, stop: int) -> int:
    """The first non-blank line from ``j`` on (``stop`` where none is before it)."""
    lines = ctx.doc.lines
    while j < stop and not lines[j].text.strip():
        j += 1
    return j


def _listed(ctx: Context, run: list[int]) -> bool:
    """Whether no line of ``run`` is a site's section, a network's button, a menu's link or a teaser box's heading."""
    tables = [
        ctx.table("structure", "section_name"),
        ctx.table("widgets", "social"),
        ctx.table("widgets", "chrome"),
        ctx.table("promos", "heading"),
    ]
    texts = [ctx.doc.lines[k].text.strip() for k in run]
    return not any(t.match(text) for t in tables for text in texts)


def enclosed_unmarked_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list between the article's prose line and its clause in a script that writes no full stop
    (the module's docstring). Cheap on most pages: nothing is read unless a line of the furniture ends in such a
    script's letter."""
    lines = ctx.doc.lines
    if not any(_unmarked(lines[i].text) for i in furniture):
        return furniture
    gone = set(furniture)
    keep: set[int] = set()
    before = region.start - 1
    start = before if before >= 0 and lines[before].removal is None else region.start
    for p in range(start, region.stop):
        if p in gone or lines[p].removal is not None or not lines[p].text.strip():
            continue
        if not (ctx.is_prose(p) and _unmarked(lines[p].text)):
            continue
        run: list[int] = []
        j = _next_line(ctx, p + 1, region.stop)
        while j < region.stop and len(run) <= _MOST_LINES:
            text = lines[j].text.strip()
            if lines[j].removal is not None:
                break
            if j not in gone and not (ctx.digit(j) and ctx.words(j) < _CLOSE_WORDS):
                break  # (a result with a figure, "ก้องธรณี ชนะน็อกยก 3", is one of the items the test let through)
            if len(text) > _LINE_CHARS or not uncased(text) or ends_sentence(text) or ends_colon(text):
                break
            run.append(j)
            j = _next_line(ctx, j + 1, region.stop)
        if not 2 <= len(run) <= _MOST_LINES or j >= region.stop or j in gone:
            continue
        close = lines[j]
        if close.removal is not None or ctx.words(j) < _CLOSE_WORDS or not _unmarked(close.text):
            continue
        after = _next_line(ctx, j + 1, region.stop)
        if after < len(lines) and lines[after].removal is None and not ctx.is_prose(after):
            continue  # (a teaser's headline under a tag cloud has another under it)
        if _listed(ctx, run):
            keep.update(run)
    return [i for i in furniture if i not in keep] if keep else furniture


def place_dateline(text: str) -> bool:
    """Whether ``text`` is a lead's dateline alone on its line with no agency in brackets (the module's docstring): at
    most ``_DATELINE_WORDS`` words closed by a dash after a space, a place of one to ``_PLACE_WORDS`` capitalised words
    and no figure before the first comma, a figure, a web address or the double hyphen's capitalised outlet after it."""
    text = text.strip()
    handover = next((h for h in _HANDOVERS if text.endswith(h)), None)
    if handover is None or "," not in text or "(" in text or len(text.split()) > _DATELINE_WORDS:
        return False
    place, rest = text[: -len(handover)].split(",", 1)
    place_words, rest = place.split(), rest.strip()
    if not 1 <= len(place_words) <= _PLACE_WORDS or not all(w[:1].isupper() for w in place_words):
        return False
    if any(c.isdigit() for c in place) or not rest:
        return False
    if any(c.isdigit() for c in rest) or _ADDRESS.search(rest):
        return True
    return handover == " --" and all(w[:1].isupper() for w in rest.split())
