"""music41: music news's own runs of short lines, and the ticket shop's widget under it.

An album review, a festival's announcement, a tour's or a chart's news holds long runs of short lines without a
sentence end that are its content: a track list ("11. 11:21"), a line-up one act a line ("Fontaines D.C.", "Muse"),
a tour's dates ("25.03.2025 Köln, Lanxess Arena"), a set list's encore under its label ("Encore:" over "Razzmatazz"),
a lyric's verse lines under "Dice así:". Read alone, they are furniture, a timestamp or a teaser's headline; their
frame (a colon line under the text, a numbered neighbour, rows of the same shape over them) makes them the article's.

- :func:`numbered_time` (clock-line's guard): a numbered list's item whose text is a time ("11. 11:21", a track's
  title) between items numbered next to it;
- :func:`row_chain` (headline-run's guard after the article): a chain of teasers opening on a row shaped as the two
  kept rows over it (a tour's last date under the others) starts past it;
- :func:`announced_run` (edge-furniture's guard at the tail): a colon line of two words or more right under a
  sentence of the article's, over three short lines or more, none a sentence (a name's initials, "D.C.", closing
  one are no sentence's end), and a kept sentence or an interview's question right under them: a line-up, a verse,
  a list the text goes on from;
- :func:`setlist_part` (edge-furniture's guard at the tail): a set list's part label (table
  ``structure.setlist_part``: "Encore:", "Zugabe:", "Rappel :") right under the kept set list, and its songs;
- :func:`label_over_numbered` (edge-furniture's guard at the tail): a label of up to three words closed by a colon
  right over three kept numbered items ("Tracklist:" over "1. Teil dieser Band");
- :func:`review_score_head` (edge-furniture's guard at the head): a review's score alone, a decimal out of ten ("8.4"),
  right over the first paragraph, or over a label of capitalised words right over it ("Best New Music");
- :func:`ticket_widget` (edge-furniture at the tail): a ticket shop's price line (table ``structure.ticket_price``:
  "Tickets from £49", "Entradas desde 89 €") after the article's last paragraph, beside the shop's button or other
  residue, and a kept button of the site's chrome beside it ("Buy tickets").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from .furniture import NUMBERED

#: a name closing on its initials ("Fontaines D.C.", "R.E.M.", "Run-D.M.C."): no sentence's end
_INITIALS: Final = re.compile(r"(?:^|[\s-])(?:[A-Z]\.){2,}$")
_LABEL_WORDS: Final = (2, 8)
_ITEM_WORDS: Final = 8
_ITEMS: Final = 3
_MOST_ITEMS: Final = 40
_CONTINUATION_WORDS: Final = 4
_NUMBERED_LABEL_WORDS: Final = 3
_PART_ITEMS: Final = 12
_ROW_TOKENS: Final = 2
_DIGITS: Final = re.compile(r"\d+")


def _item(ctx: Context, i: int) -> bool:
    """Line ``i`` is a short line of a list: up to ``_ITEM_WORDS`` words, no sentence's end (a name's initials are
    none), no colon, no link."""
    text = ctx.doc.lines[i].text.strip()
    if not text or ctx.words(i) > _ITEM_WORDS or ends_colon(text) or "://" in text:
        return False
    return not ends_sentence(text) or _INITIALS.search(text) is not None


def _number(ctx: Context, i: int) -> int | None:
    """The number opening line ``i`` as a list's item ("11. 11:21": its lead, or its text's opening), or None."""
    line = ctx.doc.lines[i]
    text = line.lead + line.text if line.lead else line.text
    match = NUMBERED.match(text)
    number = _DIGITS.match(match.group()) if match is not None else None
    return int(number.group()) if number is not None else None


def numbered_time(ctx: Context, kept: list[int], pos: int) -> bool:
    """``kept[pos]`` is a numbered item ("11. 11:21") between items numbered next to it ("10. U and Me at Home",
    "12. Don't Speak"): a track list's title, no timestamp."""
    n = _number(ctx, kept[pos])
    if n is None:
        return False
    return (pos > 0 and _number(ctx, kept[pos - 1]) == n - 1) or (
        pos + 1 < len(kept) and _number(ctx, kept[pos + 1]) == n + 1
    )


def _row_shape(text: str) -> tuple[str, ...] | None:
    """The shape of a row's first tokens, figures as ``9`` and words as ``w`` ("25.03.2025 Köln" is ``9.9.9 w``),
    or None where none of them holds a figure."""
    tokens = text.split()[:_ROW_TOKENS]
    shape = tuple(_DIGITS.sub("9", t) if any(c.isdigit() for c in t) else "w" for t in tokens)
    return shape if any("9" in t for t in shape) else None


def row_chain(ctx: Context, kept: list[int], chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``chain`` (pairs of positions in ``kept``) less its first pairs while each opens on a row shaped as the two kept
    rows right over it, none a sentence (a tour's last date under the others: "22.03.2025 Wien, Stadthalle" over
    "25.03.2025 Köln, Lanxess Arena")."""
    lines = ctx.doc.lines
    while chain:
        p = chain[0][0]
        if p < 2:
            break
        shape = _row_shape(lines[kept[p]].text)
        if shape is None or ends_sentence(lines[kept[p]].text):
            break
        if any(
            _row_shape(lines[kept[q]].text) != shape or ends_sentence(lines[kept[q]].text) for q in (p - 1, p - 2)
        ):
            break
        chain = chain[1:]
    return chain


def _sentence_above(ctx: Context, i: int) -> bool:
    """The kept line over ``i`` (blank lines skipped) is a sentence of the article's, none another pass took."""
    lines = ctx.doc.lines
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    return above >= 0 and lines[above].removal is None and not lines[above].lead and ends_sentence(lines[above].text)


def _goes_on(ctx: Context, j: int) -> bool:
    """Line ``j`` reads as the article's sentence going on under a list: prose, an interview's next question, or a
    short sentence of ``_CONTINUATION_WORDS`` words or more opening on a capital with a function word in it
    ("Ticket sales start on Saturday.")."""
    if ctx.is_prose(j):
        return True
    text = ctx.doc.lines[j].text.strip()
    if text.endswith("?"):
        return True
    return text[:1].isupper() and any(lower(w) in ctx.stopwords for w in text.split()[1:])


def announced_run(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list a colon line announces right under a sentence of the article's, the article going
    on under it (see the module): the colon line, its items down to a kept sentence of ``_CONTINUATION_WORDS``
    words or more, none of them another pass's."""
    if len(furniture) < _ITEMS:
        return furniture
    lines = ctx.doc.lines
    keep: set[int] = set()
    section = ctx.table("structure", "section_name")
    start = max(region.start - 1, 0)
    for i in range(start, region.stop):
        line = lines[i]
        if line.removal is not None or not ends_colon(line.text) or i in keep:
            continue
        if not _LABEL_WORDS[0] <= ctx.words(i) <= _LABEL_WORDS[1] or not _sentence_above(ctx, i):
            continue
        items: list[int] = []
        j = i + 1
        while j < region.stop and len(items) < _MOST_ITEMS:
            if not lines[j].text.strip():
                j += 1
                continue
            if lines[j].removal is not None or not _item(ctx, j):
                break
            items.append(j)
            j += 1
        if (
            len(items) >= _ITEMS
            # (a label over the site's sections is its menu's: "Diğer kategoriler:" over "Gündem", "Ekonomi", "Spor")
            and not any(section.match(lines[k].text.strip()) for k in items)
            and j < region.stop
            and lines[j].removal is None
            and not lines[j].lead
            and ends_sentence(lines[j].text)
            and ctx.words(j) >= _CONTINUATION_WORDS
            and _goes_on(ctx, j)
        ):
            keep.add(i)
            keep.update(items)
    return [i for i in furniture if i not in keep] if keep else furniture


def setlist_part(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a set list's part label (table ``structure.setlist_part``: "Encore:") right under a kept
    short line no guard left in ``furniture`` (the set list's last song), and the songs under it down to the first
    line that is no song or another pass took."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    table = ctx.table("structure", "setlist_part")
    left = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if i in keep or not ends_colon(lines[i].text) or ctx.words(i) > 2 or table.match(lines[i].text) is None:
            continue
        above = i - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        if above < region.start or lines[above].removal is not None or above in left or not _item(ctx, above):
            continue
        songs = [j for j in range(i + 1, min(region.stop, i + 1 + _PART_ITEMS)) if lines[j].text.strip()]
        taken: list[int] = []
        for j in songs:
            if lines[j].removal is not None or not _item(ctx, j):
                break
            taken.append(j)
        if taken:
            keep.add(i)
            keep.update(taken)
    return [i for i in furniture if i not in keep] if keep else furniture


def label_over_numbered(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a label of up to ``_NUMBERED_LABEL_WORDS`` words closed by a colon right over ``_ITEMS``
    kept numbered items, numbered from one ("Tracklist:" over "1. Teil dieser Band", "2. …")."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    left = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        text = lines[i].text
        if not ends_colon(text) or ctx.words(i) > _NUMBERED_LABEL_WORDS:
            continue
        below = [j for j in range(i + 1, min(region.stop, i + 1 + 2 * _ITEMS)) if lines[j].text.strip()][:_ITEMS]
        if len(below) == _ITEMS and all(lines[j].removal is None and j not in left for j in below) and [
            _number(ctx, j) for j in below
        ] == list(range(1, _ITEMS + 1)):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def ticket_widget(ctx: Context, region: range) -> list[int]:
    """The lines of a ticket shop's widget after the article's last paragraph (see the module): a price line of table
    ``structure.ticket_price`` beside a line another pass took or a button of the site's chrome, and that button."""
    lines = ctx.doc.lines
    price = ctx.table("structure", "ticket_price")
    chrome = ctx.table("widgets", "chrome")
    out: list[int] = []
    for i in region:
        line = lines[i]
        if line.removal is not None or ctx.words(i) > _ITEM_WORDS or not ctx.digit(i):
            continue
        if price.match(line.text) is None:
            continue
        near = [j for j in (i - 1, i + 1) if region.start <= j < region.stop and lines[j].text.strip()]
        buttons = [j for j in near if lines[j].removal is None and chrome.match(lines[j].text) is not None]
        above = lines[i - 1] if i else None
        if above is not None and above.removal is None and ":" in above.text and not ends_sentence(above.text):
            continue  # (an event's fact box closing the article keeps its price: "Where: Wembley Arena" over it)
        if buttons or any(lines[j].removal is not None for j in near):
            out.append(i)
            out.extend(buttons)
    return sorted(set(out))


def music_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the guards' lines at the tail (:func:`announced_run`, :func:`setlist_part`,
    :func:`label_over_numbered`): edge-furniture's one hook."""
    if not furniture:
        return furniture
    return label_over_numbered(ctx, region, setlist_part(ctx, region, announced_run(ctx, region, furniture)))


def music_tickets(ctx: Context, region: range, name: str) -> None:
    """Remove the ticket shop's widget after the article (:func:`ticket_widget`) as pass ``name``."""
    for i in ticket_widget(ctx, region):
        ctx.doc.remove(i, name, "a ticket shop's price and button after the article")


#: a review's score alone, a decimal out of ten ("8.4", "7,9"); a bare whole number is as often a page's counter
_SCORE: Final = re.compile(r"(?:10|\d)[.,]\d")
_AWARD_WORDS: Final = 4


def review_score_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a review's score alone right over the article's first paragraph ("8.4"), or over a short
    label of capitalised words right over it, which stays with it (the site's award: "Best New Music")."""
    if not furniture or region.stop <= region.start:
        return furniture
    lines = ctx.doc.lines
    above = [i for i in range(region.stop - 1, max(region.start, region.stop - 4) - 1, -1) if lines[i].text.strip()]
    if not above or lines[above[0]].removal is not None:
        return furniture
    keep: list[int] = []
    if _SCORE.fullmatch(lines[above[0]].text.strip()):
        keep = [above[0]]
    elif len(above) > 1 and lines[above[1]].removal is None and _SCORE.fullmatch(lines[above[1]].text.strip()):
        label = lines[above[0]].text.strip()
        words = label.split()
        capitalised = all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in label)
        if 0 < len(words) <= _AWARD_WORDS and capitalised and not ends_sentence(label):
            keep = [above[1], above[0]]
    return [i for i in furniture if i not in keep] if keep else furniture
