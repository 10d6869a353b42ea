"""listings37: a listing page's own short rows at the article's edges (a job ad, a flat's or a car's listing, a
course page), which the shape rules read as page furniture: the key facts under the listing's title (the company and
the place over the salary, "289.000 €" over "Kaufpreis", "3" over "Zimmer", "Torino (TO)" under "€ 14.900") and the
list of features closing the description ("Features" over "Sat nav", "Cruise control"; "Características básicas" over
"Terraza", "Calefacción central").

- :func:`listing_head` (edge-furniture's guard at the head): the lines between the listing's title and its price
  row, and the short fact rows under that row, down to the first line another pass took (the "Save" and "Share"
  buttons) or a longer line;
- :func:`sheet_tail` (edge-furniture's guard at the tail): a headed list of short items (its heading in table
  ``structure.sheet_heading``) right under the article's last kept line, running down to the residue another pass
  took, the page a listing's (a figure row among the items, or a column of labelled rows over them).

A menu's links hold no price row under a title, and a footer's headed links stand under no listing's fact sheet.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_facts import _article_line, _labelled, _list_line, _sheet_row
from .edge_shared import _label_of

#: The most lines between a listing's title and its price row (the company, the place, the contract).
_OVER_PRICE: Final = 4
#: The fewest words of a listing's title, the nearest over the price (the company's and the place's are fewer; a
#: breadcrumb's and a menu's items are shorter).
_TITLE_WORDS: Final = 4
#: The most words of a listing's title.
_TITLE_MOST: Final = 20
#: The most lines of key facts under the price row ("3" over "Zimmer", "78 m²" over "Wohnfläche").
_UNDER_PRICE: Final = 8
#: The most words of a key fact's line, and of a line between the title and the price.
_FACT_WORDS: Final = 4
_BETWEEN_WORDS: Final = 8
#: The fewest labelled rows of a listing's column of facts under its price.
_COLUMN_ROWS: Final = 3
#: The most items of a features list at the tail, and the fewest kept labelled rows on the page over it.
_SHEET_ITEMS: Final = 14
_PAGE_ROWS: Final = 3
#: The fewest words of the text's sentence closing a sheet's list ("Entwicklung und Konstruktion, Produktion, Vertrieb
#: und technische Beratung.").
_SENTENCE_WORDS: Final = 6
#: The most kept rows between a features list and its heading over them ("Características" over "Ano de construção:
#: 1978", … then "Elevador").
_ROWS_OVER: Final = 8

# an amount: "289.000", "£11,495", "312 000", "549.00" (digit groups, bounded)
_AMOUNT: Final = r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3}){0,4}(?:[.,]\d{1,2})?"
_PRICE: Final = rf"(?:[€$£] ?{_AMOUNT}|{_AMOUNT} ?(?:€|£|k€|EUR|CHF))"
# a listing's price row: an amount in its currency (a range, a salary's), a one-word label before it, and at most four
# words after it ("€ 475.000 k.k.", "£33,094 - £40,588 per annum", "3.400 € – 4.100 € brutto/Monat", "32 - 38 k€ brut
# annuel", "Remuneração: 950 € + subsídio de alimentação", "Eintritt: 12 €, ermäßigt 8 €", "Tarif : 25 €")
_PRICE_ROW: Final = re.compile(
    rf"\A(?:[^\W\d_][\w'’-]{{0,24}} ?: ?)?(?:{_AMOUNT} ?[–—-] ?)?{_PRICE}(?: ?[–—-] ?{_PRICE})?"
    r"(?:,? \S{1,20}){0,4}\Z"
)

# a place and its province's code or its postcode in brackets: "Torino (TO)", "Rennes (35000)"
_PLACE: Final = re.compile(r"\A[^\W\d_][\w'’ .-]{1,40} \((?:[A-Z]{2}|\d{4,5})\)\Z")


def _price_row(text: str) -> bool:
    """A price row of :data:`_PRICE_ROW` with an amount that is no zero (a shop's empty basket: "Basket: £0.00")."""
    if not ("€" in text or "$" in text or "£" in text or "EUR" in text or "CHF" in text):
        return False  # (no currency :data:`_PRICE` names: most lines, the regex not run)
    return _PRICE_ROW.match(text) is not None and any(c in "123456789" for c in text)


def listing_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a listing's key facts over its first paragraph: the first price row of the region
    (:data:`_PRICE_ROW`), the listing's title over it (of the ``_OVER_PRICE`` lines over it, the page's first line,
    or else the nearest of ``_TITLE_WORDS`` words or more, or else the topmost of one word fewer), the lines between
    (the company, the place, the contract), and the short fact rows under the price ("3" over "Zimmer", "Torino
    (TO)"), down to the first line another pass took (the "Merken" and "Teilen" buttons), and the columns of labelled
    rows under them. The title stays with its facts: a second cleaning finds them as the first. A menu's links over
    a headline hold no price row under it."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    price = next((p for p in region if lines[p].removal is None and _price_row(lines[p].text.strip())), None)
    if price is None:
        return furniture
    title = shorter = nearest = None
    for j in range(price - 1, max(region.start, price - _OVER_PRICE) - 1, -1):
        line = lines[j]
        if line.removal is not None or ends_sentence(line.text.strip()) or ctx.words(j) > _TITLE_MOST:
            break
        if j == region.start:
            title = j  # (the page's first line, an extract's: its title)
        elif ctx.words(j) >= _TITLE_WORDS and nearest is None:
            nearest = j
        elif ctx.words(j) >= _TITLE_WORDS - 1:
            shorter = j  # (the topmost of three words: "Maschinenbau (B.Eng.)" has no four)
    title = title if title is not None else nearest if nearest is not None else shorter
    if title is None:
        return furniture
    if any(ctx.words(j) > _BETWEEN_WORDS for j in range(title + 1, price)):
        return furniture  # (a line between the title and the price is a fact, a few words)
    keep = set(range(title, price + 1))
    labels: set[int] = set()
    for q in range(price + 1, min(region.stop, price + 1 + _UNDER_PRICE)):
        line = lines[q]
        if line.removal is not None or not _fact(ctx, q, line.text.strip(), q - 2 in labels):
            break
        if _price_row(line.text.strip()):
            return furniture  # (a second price under the first: a ticker's rates over a headline, no listing's)
        keep.add(q)
        if not ctx.digit(q):
            labels.add(q)
    keep.update(_columns(ctx, range(price + 1, region.stop)))
    return [i for i in furniture if i not in keep]


def _columns(ctx: Context, region: range) -> set[int]:
    """The lines of each column of ``_COLUMN_ROWS`` or more labelled rows in ``region`` (under a listing's price),
    each label its own, nothing another pass took among them ("Haustyp: Einfamilienhaus", "Baujahr: 1985", "Heizung:
    Gas-Brennwert"): the listing's fact sheet. (A teaser box says "Read more:" on each row.)"""
    lines = ctx.doc.lines
    out: set[int] = set()
    column: list[int] = []
    for i in [*region, -1]:
        if i >= 0 and lines[i].removal is None and _labelled(lines[i].text.strip()):
            column.append(i)
            continue
        labels = {_label_of(lines[j].text) for j in column}
        if len(column) >= _COLUMN_ROWS and len(labels) == len(column):
            out.update(column)
        column = []
    return out


def _fact(ctx: Context, q: int, text: str, label_over: bool) -> bool:
    """Line ``q`` is a key fact under a listing's price: a labelled row, a short line with a figure ("78 m²", "3
    hab."), a place and its code ("Torino (TO)", "Rennes (35000)"), or a label under its figure in a column of them
    ("Kaufpreis" under "289.000 €" over "3"; ``label_over``: the line over that figure was one such label). A
    button under the price ("Save") stands under a figure alone."""
    if _labelled(text):
        return True
    if ctx.words(q) > _FACT_WORDS:
        return False
    if ctx.digit(q):
        return True
    if ends_sentence(text):
        return False
    if _PLACE.match(text):
        return True
    lines = ctx.doc.lines
    figure_over = ctx.digit(q - 1) and ctx.words(q - 1) <= 2
    figure_under = q + 1 < len(lines) and lines[q + 1].removal is None and ctx.digit(q + 1)
    return ctx.words(q) <= 2 and figure_over and (figure_under or label_over)


def _sheet_heading(ctx: Context, i: int) -> bool:
    return ctx.table("structure", "sheet_heading").match(ctx.doc.lines[i].text.strip()) is not None


def sheet_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a listing's list of features after its description: a run of short items (or labelled
    rows) and the sheet's kept rows among them, right under a kept line of the article, headed by a line of table
    ``structure.sheet_heading`` ("Features", "Ausstattung", "Características básicas", "Studieninhalte") as its first
    line or over the kept rows right over it, running down to a line another pass took, the region's end or the
    text's next sentence; the page a listing's: a kept figure row among the items, or ``_PAGE_ROWS`` kept labelled
    rows over them. A footer's links stand under the page's residue, or under no listing's heading."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    for start in region:
        above = start - 1
        if start not in taken or above < 0 or lines[above].removal is not None or above in taken:
            continue
        above_text = lines[above].text.strip()
        if not (_article_line(ctx, above) or _sheet_row(above_text) or _sheet_heading(ctx, above)):
            continue
        end, figures = _sheet_run(ctx, region, taken, start)
        items = [k for k in range(start, end) if k in taken]
        if not items or len(items) > _SHEET_ITEMS:
            continue
        if not _closed(ctx, region, end):
            continue
        if not (_sheet_heading(ctx, start) or _heading_over_rows(ctx, above)):
            continue
        if figures == 0 and _page_rows(ctx, start) < _PAGE_ROWS and not _priced(ctx, start):
            continue
        spared.update(items)
    return [k for k in furniture if k not in spared] if spared else furniture


def _closed(ctx: Context, region: range, end: int) -> bool:
    """Whether line ``end`` closes a sheet's list: the page's end (where a first cleaning leaves it), a line another
    pass took (the portal's buttons under the sheet), a sentence of the text going on, or a heading over one
    ("Berufsfelder" over its sentence). A kept line of the footer's that no pass took closes none ("Les clients ont
    aussi acheté" over "Moulin à café")."""
    lines = ctx.doc.lines
    if end >= region.stop:
        return True
    if lines[end].removal is not None:
        return True
    if ends_sentence(lines[end].text.strip()):
        return ctx.words(end) >= _SENTENCE_WORDS
    after = end + 1
    return (
        after < len(lines)
        and lines[after].removal is None
        and ends_sentence(lines[after].text.strip())
        and ctx.words(after) >= _SENTENCE_WORDS
    )


def _sheet_run(ctx: Context, region: range, taken: set[int], start: int) -> tuple[int, int]:
    """The end of the run of a sheet's lines from ``start`` (items the furniture test took, the sheet's kept rows),
    and the count of kept rows with a figure in it."""
    lines = ctx.doc.lines
    figures = 0
    k = start
    while k < region.stop:
        line = lines[k]
        text = line.text.strip()
        if line.removal is not None:
            break
        if not text:
            k += 1
            continue
        if k in taken:
            # (an item with its figure: "3 habitaciones", "2 baños")
            figure = ctx.digit(k) and ctx.words(k) <= _FACT_WORDS and not ends_sentence(text)
            # (a labelled item parts its label by a colon and a space: a wiki's "Anexo:Acueductos romanos" is a link)
            labelled = _labelled(text) and (": " in text or " :" in text)
            if not (_list_line(ctx, k) or labelled or figure):
                break
        elif ctx.digit(k) and not ends_sentence(text) and ctx.words(k) <= 2 * _FACT_WORDS:
            figures += 1
        elif not _sheet_row(text):
            break
        k += 1
    return k, figures


def _heading_over_rows(ctx: Context, above: int) -> bool:
    """A sheet's heading over the kept rows ending at line ``above`` (``_ROWS_OVER`` at most)."""
    lines = ctx.doc.lines
    for j in range(above, max(-1, above - _ROWS_OVER - 1), -1):
        if lines[j].removal is not None:
            return False
        if _sheet_heading(ctx, j):
            return True
        if not _sheet_row(lines[j].text.strip()):
            return False
    return False


def _priced(ctx: Context, start: int) -> bool:
    """A price row kept over line ``start`` (a listing's "€ 1.450 per maand" under its title)."""
    lines = ctx.doc.lines
    return any(lines[j].removal is None and _price_row(lines[j].text.strip()) for j in range(start))


def _page_rows(ctx: Context, start: int) -> int:
    """The kept labelled rows over line ``start`` (a fact sheet's column: "Mileage: 42,310 miles", "Doors: 5")."""
    lines = ctx.doc.lines
    return sum(1 for j in range(start) if lines[j].removal is None and _labelled(lines[j].text.strip()))


#: The most rows between an event's date and its price row (the time, the venue).
_EVENT_ROWS: Final = 3


def event_row(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` (a date or a time dateline or clock-line would take) is a row of an event's
    key facts: a price row (:data:`_PRICE_ROW`, "Eintritt: 12 €, ermäßigt 8 €") at most ``_EVENT_ROWS`` short rows
    under it, none a sentence, nothing another pass took between ("Sonntag, 24. März 2024" over "17:00 Uhr" and
    "Stadtkirche St. Marien"). A page's stamp stands over its headline or its text, no price."""
    lines = ctx.doc.lines
    for step in range(1, _EVENT_ROWS + 2):
        if pos + step >= len(kept):
            return False
        j = kept[pos + step]
        if any(lines[k].removal is not None for k in range(kept[pos + step - 1] + 1, j)):
            return False
        text = lines[j].text.strip()
        if _price_row(text):
            return True
        if ends_sentence(text) or ctx.words(j) > _BETWEEN_WORDS:
            return False
    return False
