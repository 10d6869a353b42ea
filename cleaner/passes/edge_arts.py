"""arts38: a review's and an arts page's own short lines at the article's edges.

A theatre, opera, dance or concert review closes on its production's cast, one role and its singer a line ("Tosca –
Anna Netrebko", "Direttore – Riccardo Chailly"), or on a concert's setlist under its label ("Arctic Monkeys played:",
"Alinhamento:" over the songs); a review opens on its star rating ("★★★★☆"); an exhibition's page opens on its dates
over its practical box ("2 May – 28 July 2024" / "Room 90" / "Adult £22"); a book review closes on the book's data
("Antonio Franchini" / "Il fuoco che ti porti dentro" / "Marsilio" / "256 pagine, 18 euro"). Read alone these are short
lines with no sentence, names alone, which edge-furniture took as the page's run; they are the article's.

Each guard's kept lines count in edge-furniture's run as the page's lines beside them (its caller counts them as
closers): the menu over the box and the ticket button, share row and rail under the list go as they did.

- :func:`arts_head` (edge-furniture's guard at the head): a line of stars alone (:func:`_stars`), and a dated box right
  over the first paragraph (:func:`_dated_box`);
- :func:`arts_tail` (edge-furniture's guard at the tail): right under the article's last kept line, a line of stars,
  a cast list (:func:`_cast_list`), a setlist under its label (:func:`_setlist`), a book's data (:func:`_book_data`),
  opening hours under their heading (:func:`_hours_box`);
  the article's short closing sentences over them ("Alla fine, dieci minuti di applausi.") are read past, and a
  work's credits under them (:func:`~.metadata.work_credits`) are kept from there.

Each opens right under the article's kept lines (a rail's "Artist – Album" rows under the page's residue are no
cast), and ends at the first line another pass took.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .metadata import work_credits

#: a line of a star rating alone ("★★★★☆", "★★★½")
_STARS: Final = re.compile(r"[★☆✩✪✭✮✯⭐½\s]+")
#: a cast row's role and its name, split by a dash ("Tosca – Anna Netrebko", "Regia – Davide Livermore")
_CAST_ROW: Final = re.compile(r"(?P<role>[^–—:]{2,40}?)\s[–—-]\s(?P<name>[^–—:]{2,60})")
#: the lowercase particles of a name ("Ludwig van Beethoven", "Paco de Lucía")
_PARTICLES: Final = frozenset(
    {"de", "da", "di", "del", "della", "do", "dos", "das", "du", "van", "von", "der", "den", "ten", "ter", "la", "le",
     "y", "e", "zu", "bin", "al"}
)
#: a name's elided particle before its capital ("Musée d'Orsay", "Palazzo d'Accursio")
_ELIDED: Final = frozenset({"d'", "d’", "l'", "l’"})
_ROLE_WORDS: Final = 4
_NAME_WORDS: Final = 5
#: the most words of a cast list's heading ("Cast", "Il cast", "Besetzung")
_HEADING_WORDS: Final = 2
#: the most words of a setlist's label ("Arctic Monkeys played:", "Alinhamento:") and of its items
_LABEL_WORDS: Final = 5
_ITEM_WORDS: Final = 8
_ITEMS: Final = 3
_MOST_ITEMS: Final = 40
#: a dated box at the head: its lines, their words
_BOX_LINES: Final = 8
_BOX_WORDS: Final = 6
#: the most words of a row of opening hours ("Du mardi au dimanche de 9 h 30 à 18 h")
_HOURS_WORDS: Final = 12
#: the most words of a line of dates alone ("Dal 21 marzo al 24 giugno 2024")
_DATES_WORDS: Final = 8
#: the fewest figures of a line of dates (two days and a year)
_DATES_FIGURES: Final = 3
_VENUE_WORDS: Final = 5
#: a date range ("2 May – 28 July 2024", "19.4. – 4.8.2024") or an end date ("Until 12 May", "Bis 4. August")
_DATE_RANGE: Final = re.compile(
    r"\d[^–—]{0,20}\s?[–—-]\s?[^–—]{0,20}\d|\b(?:until|bis|jusqu'au|hasta el|fino al|até|t/m|dal|vom|du|del)\s+\d",
    re.IGNORECASE,
)
_CLOCK: Final = re.compile(r"\d[:.h]\d\d\b")
_PRICE: Final = re.compile(r"[£€$]\s?\d|\d\s?(?:€|euros?\b|EUR\b|CHF\b|kr\b)", re.IGNORECASE)
#: a book's data: its pages beside its price ("256 pagine, 18 euro", "Das Mag; 480 pagina's; € 24,99")
_PAGES: Final = re.compile(
    r"(?<!\d)\d{1,5}\s*(?:pages|pp\.|seiten|s\.|páginas|pagine|pagina's|blz\.?|stron)", re.IGNORECASE
)
_BOOK_LINES: Final = 5
_BOOK_WORDS: Final = 10


def _stars(ctx: Context, i: int) -> bool:
    """Line ``i`` is a star rating alone ("★★★★☆")."""
    text = ctx.doc.lines[i].text
    # (every star is past ASCII: an ASCII line, most of them, holds none, told without a scan for each star)
    return not text.isascii() and any(ch in text for ch in "★☆✩✪✭✮✯⭐") and _STARS.fullmatch(text) is not None


def _name(words: list[str]) -> bool:
    """``words`` read as a person's or an ensemble's name: each capitalised, or a name's particle."""
    return 0 < len(words) <= _NAME_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _PARTICLES or w[:1] == "(" or (w[:2] in _ELIDED and w[2:3].isupper()) for w in words
    )


def _cast_row(ctx: Context, i: int) -> bool:
    """Line ``i`` is a role over its name split by a dash ("Cavaradossi – Freddie De Tommaso"): the role a few words
    opened by a capital, the name capitalised words alone (a teaser's "Barbie review – Greta Gerwig's doll epic is a
    pink triumph" says more)."""
    text = ctx.doc.lines[i].text.strip()
    match = _CAST_ROW.fullmatch(text)
    if match is None or ends_sentence(text):
        return False
    role = match["role"].split()
    return 0 < len(role) <= _ROLE_WORDS and role[0][:1].isupper() and _name(match["name"].split())


def _kept_run(ctx: Context, start: int, stop: int) -> list[int]:
    """The lines from ``start`` to the first line another pass took (or ``stop``), blank lines skipped."""
    lines = ctx.doc.lines
    out: list[int] = []
    for i in range(start, stop):
        if lines[i].removal is not None:
            break
        if lines[i].text.strip():
            out.append(i)
    return out


def _cast_list(ctx: Context, run: list[int]) -> list[int]:
    """The cast list opening ``run``: a short heading ("Cast", "Il cast") over two rows at least, or three rows."""
    lines = ctx.doc.lines
    head = 0
    if run and not _cast_row(ctx, run[0]) and ctx.words(run[0]) <= _HEADING_WORDS and not ends_sentence(
        lines[run[0]].text
    ):
        head = 1
    rows = single = 0
    for i in run[head:]:
        if not _cast_row(ctx, i):
            break
        rows += 1
        match = _CAST_ROW.fullmatch(lines[i].text.strip())
        if match is not None and (len(match["role"].split()) == 1 or len(match["name"].split()) == 1):
            single += 1
    # (with no heading, half the rows a role or a name of one word, as a cast's are, "Tosca – Anna Netrebko": a list of
    # teasers, a topic and a dash before each, "Storm Ciara – Live Updates", runs both sides to two words: test_known14)
    if not head and 2 * single < rows:
        return []
    return run[: head + rows] if rows >= (2 if head else 3) else []


def _setlist(ctx: Context, run: list[int]) -> list[int]:
    """The setlist opening ``run``: a label closed by a colon naming a setlist or a programme (table
    ``structure.setlist_label``: "Arctic Monkeys played:", "Alinhamento:") over three short items at least, none a
    sentence, down to the first line that is none."""
    lines = ctx.doc.lines
    if not run or ctx.words(run[0]) > _LABEL_WORDS or not lines[run[0]].text.rstrip().endswith(":"):
        return []
    if ctx.table("structure", "setlist_label").match(lines[run[0]].text) is None:
        return []  # (a label over tags or links: "Source:" over "News agencies" / "Asia")
    items = 0
    for i in run[1:_MOST_ITEMS]:
        text = lines[i].text.rstrip()
        if ctx.words(i) > _ITEM_WORDS or text.endswith((".", ":")) or "://" in text:
            break
        items += 1
    return run[: 1 + items] if items >= _ITEMS else []


def _book_data(ctx: Context, run: list[int]) -> list[int]:
    """The book's data opening ``run``: up to ``_BOOK_LINES`` short lines (its author, title, translator, publisher)
    down to a line of its pages and price ("256 pagine, 18 euro"), none a sentence but that last."""
    lines = ctx.doc.lines
    for n, i in enumerate(run[:_BOOK_LINES]):
        text = lines[i].text
        if ctx.words(i) > _BOOK_WORDS:
            return []
        if _PAGES.search(text) and _PRICE.search(text):
            return run[: n + 1]
        if ends_sentence(text):
            return []
    return []


def _venue(ctx: Context, i: int) -> bool:
    """Line ``i`` is a venue and its city alone ("Palazzo Reale, Milano", "Grand Palais, Paris"): capitalised words
    split by one comma, up to ``_VENUE_WORDS``, no other pass took it."""
    line = ctx.doc.lines[i]
    parts = line.text.strip().split(", ")
    return (
        line.removal is None
        and len(parts) == 2
        and ctx.words(i) <= _VENUE_WORDS
        and all(_name(part.split()) for part in parts)
    )


def dates_line(ctx: Context, i: int) -> bool:
    """Line ``i`` is an exhibition's or a run's dates alone (:data:`_DATE_RANGE`, up to ``_DATES_WORDS`` words,
    ``_DATES_FIGURES`` figures at least and two fifths of its words, no clock: a stamp's "12.03.2024 - 14:32" is
    none): title-line's test of a headline ("Dal 21 marzo al 24 giugno 2024" over the first paragraph), and a box of
    one line at the head."""
    text = ctx.doc.lines[i].text
    if ctx.words(i) > _DATES_WORDS or _DATE_RANGE.search(text) is None or _CLOCK.search(text) is not None:
        return False
    # (most of it figures: a day, a day and a year; a headline's score or year, "Leinster 31-17 Munster: …", "Lisboa
    # vai plantar 20 mil árvores até 2027", and a life's years, "1938 - 2025", are none)
    tokens = [t for t in text.split() if any(ch.isalnum() for ch in t)]
    figures = sum(1 for t in tokens if any(ch.isdigit() for ch in t))
    return figures >= _DATES_FIGURES and figures * 5 >= len(tokens) * 2


def _hours_box(ctx: Context, run: list[int]) -> list[int]:
    """The opening hours opening ``run``: a heading of table ``structure.practical_heading`` ("Horaires", "Orari") over
    up to ``_BOX_LINES`` rows of up to ``_HOURS_WORDS`` words, none a sentence, each holding a figure or a closed day
    (table ``structure.closed_day``: "Fermé le lundi"), two of them a figure at least ("Du mardi au dimanche de 9 h 30 à
    18 h"). A footer's "Opening hours" over its links names no figure."""
    lines = ctx.doc.lines
    if not run or ctx.words(run[0]) > _HEADING_WORDS + 2 or not ctx.table("structure", "practical_heading").match(
        lines[run[0]].text
    ):
        return []
    rows: list[int] = []
    figures = 0
    for i in run[1 : 1 + _BOX_LINES]:
        text = lines[i].text
        figure = any(ch.isdigit() for ch in text)
        if ctx.words(i) > _HOURS_WORDS or ends_sentence(text) or not (
            figure or ctx.table("structure", "closed_day").match(text)
        ):
            break
        figures += figure
        rows.append(i)
    return [run[0], *rows] if figures >= 2 else []


def _dated_box(ctx: Context, region: range) -> list[int]:
    """An exhibition's or a production's box right over the first paragraph: from a date range ("2 May – 28 July
    2024") down to the paragraph, up to ``_BOX_LINES`` short lines no other pass took, one of them a price ("Adult
    £22"), or the dates alone (:func:`dates_line`); and the venue right over the dates (:func:`_venue`: "Palazzo
    Reale, Milano")."""
    lines = ctx.doc.lines
    box: list[int] = []
    for i in range(region.stop - 1, max(region.start, region.stop - _BOX_LINES) - 1, -1):
        if lines[i].removal is not None:
            return []
        if not lines[i].text.strip():
            continue
        if (ctx.words(i) > _BOX_WORDS and not dates_line(ctx, i)) or ends_sentence(lines[i].text):
            return []
        box.append(i)
        if _DATE_RANGE.search(lines[i].text):
            # (the dates alone right over the paragraph, or over a box holding a price: "Adult £22")
            if not any(_PRICE.search(lines[j].text) for j in box) and not (len(box) == 1 and dates_line(ctx, i)):
                return []
            return [*box, i - 1] if i - 1 >= region.start and _venue(ctx, i - 1) else box
    return []


def arts_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a star rating and a dated box over the article's first paragraph (see the module)."""
    if not furniture:
        return furniture
    keep = {i for i in furniture if _stars(ctx, i)} | set(_dated_box(ctx, region))
    return [i for i in furniture if i not in keep] if keep else furniture


def arts_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a star rating, a cast list, a setlist or a book's data right under the article's last kept
    line (see the module)."""
    if not furniture:
        return furniture
    run = _kept_run(ctx, region.start, region.stop)
    # (the article's short closing sentences over the list: "Alla fine, dieci minuti di applausi.")
    while run and ends_sentence(ctx.doc.lines[run[0]].text):
        run = run[1:]
    keep: set[int] = set()
    if run and _stars(ctx, run[0]):
        keep.add(run[0])
        run = run[1:]
    keep |= set(_cast_list(ctx, run) or _setlist(ctx, run) or _book_data(ctx, run) or _hours_box(ctx, run))
    furniture = [i for i in furniture if i not in keep] if keep else furniture
    if run and run[0] > region.start:
        # (a work's credits under the article's short closing sentence: metadata.work_credits reads them from there)
        furniture = work_credits(ctx, range(run[0], region.stop), furniture, head=False)
    return furniture


def under_setlist_label(ctx: Context, kept: list[int], p: int) -> bool:
    """``kept[p]`` stands in a setlist (headline-run's guard of a chain of teasers at the tail): the short lines over
    it, none closed by a full stop, run up to a label closed by a colon (:func:`_setlist`: "Arctic Monkeys played:"
    over "'Mardy Bum'" / "'Do I Wanna Know?'"). A rail's label is taken before the rail or closes no colon."""
    lines = ctx.doc.lines
    for q in range(p - 1, max(-1, p - _MOST_ITEMS), -1):
        i = kept[q]
        text = lines[i].text.rstrip()
        if text.endswith(":"):
            return q < p - 1 and ctx.words(i) <= _LABEL_WORDS and bool(_setlist(ctx, kept[q:p + 1]))
        if ctx.words(i) > _ITEM_WORDS or text.endswith(".") or "://" in text:
            return False
    return False


def setlist_gap(ctx: Context, first: int, stop: int) -> bool:
    """The gap of short lines from ``first`` to ``stop`` (detached-blocks' guard) is a setlist whole, its label closed
    by a colon over its items (:func:`_setlist`: "Alinhamento:" over the songs), the label its first line or the kept
    line right over it: the article goes on under it ("O Leãozinho voltou no encore, a pedido do público.")."""
    lines = ctx.doc.lines
    run = [i for i in range(first, stop) if lines[i].text.strip()]
    if any(lines[i].removal is not None for i in run):
        return False
    if first > 0 and lines[first - 1].removal is None and lines[first - 1].text.rstrip().endswith(":"):
        run.insert(0, first - 1)
    return bool(run) and len(_setlist(ctx, run)) == len(run)
