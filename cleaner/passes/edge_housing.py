"""housing44: a property's fact box under the headline, over the article's first paragraph.

A housing story about one home (a flat for sale, a house of the week) often opens on the home's key facts under a
short heading, right under the headline ("Eckdaten" over "Kaufpreis: 649.000 Euro", "Wohnfläche: 92 m²", "Baujahr:
1905"; "Key facts", "La fiche", "Datos clave"). The rows stay (labelled rows of data), but the heading over them is a
short line with no sentence in the run of the page's head, and edge-furniture's head run took it with the menu.
property42's ``fact_box_tail`` keeps the same box where it closes the text.

- :func:`fact_box_head` (edge-furniture's guard at the head): a short heading (edge_property's: up to three words, no
  figure, no colon, no site's section, repeating no line over it: a wiki's title echoed over its infobox) right under a
  kept line of four words or more that is no furniture (the headline: a menu's last item stands under another menu
  item or under residue another pass took), over ``_ROWS`` or more labelled rows, each label its own, two or more with
  a figure in their value and none a time of day or a phone number, the rows running down to the article's first
  paragraph (a kept line of prose) or the region's end: the heading stays with its rows, and they count in the run
  as the page's lines beside it (the menu over the headline goes as before, as factcheck38's box counts).

- :func:`priced_card` (teaser-box's test of a statement, and edge_howto's ``tips_under``): a listing card closing on
  its price and the costs' abbreviation after a comma ("Hoekwoning in Rotterdam-IJsselmonde, € 375.000 k.k.") ends no
  sentence: under a similar-homes heading it is the box's card, as one without the abbreviation was, and two such
  cards are no guide's tips.

The guard asks nothing of a head region whose furniture holds no short line right over a line with a colon (most
pages: one look at each furniture line's word count and at the next line's colon).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from .edge_facts import _labelled
from .edge_property import _FIGURE, _TIME, _heading, _row_value
from .edge_shared import _label_of, text_above

_HEADING_WORDS: Final = 3  # "Eckdaten", "Key facts", "Datos clave"
_ROWS: Final = 3  # a box's rows: price, floor area, year built
_ROWS_MOST: Final = 12  # a box, not a page of rows
_FIGURES: Final = 2  # rows with a figure in their value
_PHONE_DIGITS: Final = 7
_HEADLINE_WORDS: Final = 4  # the headline over the box: no menu item
_PARAGRAPH_WORDS: Final = 8  # the first paragraph under the rows


def _next_text(ctx: Context, i: int, stop: int) -> int:
    """The nearest line with text under line ``i`` before ``stop`` (``stop``: none)."""
    lines = ctx.doc.lines
    j = i + 1
    while j < stop and not lines[j].text.strip():
        j += 1
    return j


def _rows_under(ctx: Context, head: int, region: range) -> list[int]:
    """The labelled rows right under line ``head``, down to the first line that is none (empty: the box is no box:
    too few or too many rows, labels repeated, too few figures, a time or a phone in a value, or a line under the rows
    that is neither the region's end nor a kept paragraph of prose)."""
    lines = ctx.doc.lines
    rows: list[int] = []
    j = _next_text(ctx, head, region.stop)
    while j < region.stop and lines[j].removal is None and _labelled(lines[j].text.strip()):
        rows.append(j)
        if len(rows) > _ROWS_MOST:
            return []
        j = _next_text(ctx, j, region.stop)
    if len(rows) < _ROWS:
        return []
    if j < region.stop and (
        lines[j].removal is not None or ctx.words(j) < _PARAGRAPH_WORDS or not ctx.is_prose(j)
    ):
        return []  # (the rows run down to the article's first paragraph, not to more of the page's head)
    texts = [lines[r].text.strip() for r in rows]
    if len({_label_of(t) for t in texts}) < len(texts):
        return []
    values = [_row_value(t) for t in texts]
    if sum(1 for v in values if _FIGURE.search(v)) < _FIGURES:
        return []
    if any(_TIME.search(v) or sum(1 for c in v if c.isdigit()) >= _PHONE_DIGITS for v in values):
        return []  # (an opening-hours or a contact box's rows)
    return rows


def _repeats_title(ctx: Context, head: int, region: range) -> bool:
    """Whether line ``head`` repeats a line over it in the region: a wiki's title over its infobox, echoing the title
    over the tagline ("Harwick Viaduct" / "From Eastpedia, the free encyclopedia" / "Harwick Viaduct"), no box's
    heading under the headline."""
    lines = ctx.doc.lines
    text = lines[head].text.strip()
    return any(lines[j].text.strip() == text for j in range(region.start, head))


def fact_box_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a home's fact box under the headline: its short heading under a kept line that is no
    furniture, over its labelled rows down to the first paragraph (see the module's docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    for head in furniture:
        if ctx.words(head) > _HEADING_WORDS:
            continue
        below = _next_text(ctx, head, region.stop)
        if below >= region.stop or ":" not in lines[below].text:
            continue  # (the cheap look: most furniture lines stand over no row)
        above = text_above(ctx, head)
        if (
            above < 0
            or above in taken
            or lines[above].removal is not None
            or ctx.words(above) < _HEADLINE_WORDS
            or not _heading(ctx, head)
            or _repeats_title(ctx, head, region)
        ):
            continue
        rows = _rows_under(ctx, head, region)
        if rows:
            keep.add(head)
            keep.update(rows)
    return [i for i in furniture if i not in keep] if keep else furniture


# a Dutch listing card's price closing its line after a comma, with the costs' abbreviation ("Hoekwoning in
# Rotterdam-IJsselmonde, € 375.000 k.k."; "v.o.n."): asked with search from the comma, each start bounded
_CARD_PRICE: Final = re.compile(r",\s?€\s?\d{1,3}(?:\.\d{3}){1,3}(?:,-)?\s?(?:k\.k\.|v\.o\.n\.)\Z")


def priced_card(text: str) -> bool:
    """Whether ``text`` closes on a listing card's price and its costs' abbreviation ("…, € 375.000 k.k."): the
    abbreviation's full stop closes no sentence, and the line under a similar-homes heading is the box's card
    (teaser-box). A sentence giving the price reads "… kost € 465.000 k.k.", no comma before it."""
    if not text.endswith(("k.k.", "v.o.n.")):
        return False  # (the cheap look: nearly every line)
    return _CARD_PRICE.search(text) is not None
