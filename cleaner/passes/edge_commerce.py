"""commerce38: affiliate shopping journalism (buying guides, gift guides, deals posts) as sites print it.

A "best of" guide is a chain of picks, each a numbered heading ("2. Rowenta X-Force Flex 15.60"), its one-line verdict
("Best value", "Our pick"), its "Pros" / "Cons" lists, its spec rows ("Poids : 3,1 kg") and the shops' buttons under it
("Voir l'offre", "379 € chez Amazon"), then a paragraph. Read line by line, every part of a pick but its paragraph is
short, and the shops' buttons are residue other passes take: the structural passes read a pick's lines as a strong gap
of furniture between two paragraphs, or as the page's teasers after the text.

- :func:`guide_gap` (detached-blocks' strong gap, headline-run's chain of teasers after the text): the lines between two
  paragraphs are a guide's next pick, no furniture parting two blocks, where every line another pass took is a shop's
  button (site-chrome), and the next pick's numbered heading and the pick's own lines (a pros-and-cons box or two spec
  rows) stand among them.
- :func:`guide_tail` / :func:`guide_run` (edge-furniture's tail, headline-run's runs after the text): a gift guide's
  last picks with no paragraph of their own ("Origin coffee subscription" / "From £8.50 a bag" / "Best for …") under
  the last paragraph, across the shops' buttons alone, where the page prints two picks of that shape with their
  sentence (a name, its price, then within three lines a sentence).
- :func:`product_box` (edge-furniture's tail): a review's product box under its last paragraph, the product's name
  over its price and the shop's button ("Ninja Foodi Dual Zone AF300" / "169,99 €" / "Vedi su Amazon"), goes: a name of
  five words with a figure is a row of data to the furniture test, and the box's short run stayed. Not where the page
  printed a name over its price before (a gift guide's or a deals post's entries: the article's shape).
- :func:`deals_next` (site-chrome's spared button over a row of data): a deals post's next entry, a product and its
  price ("Kindle 11ª geração por R$ 399", "Sony WH-1000XM5 for $298 (was $399)") where the post printed one before, is
  no row of data a menu word heads: the shop's button over it ("Ver oferta") goes.
- :func:`pick_label` (teaser-box): "Our pick", "Editor's choice" right under a numbered pick's heading and over its
  sentence is the pick's label, no teaser box's heading.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_boxes import _PRICE, _PRICE_AT, pros_and_cons
from .furniture import NUMBERED

_GAP_MOST: Final = 40  # the lines of one pick between two paragraphs (its heading, lists, specs, buttons)
_GAP_LINE_WORDS: Final = 10  # a pick's line: its name, a verdict, a pro, a spec row
_SPECS: Final = 2  # a pick's spec rows ("Weight: 3.1 kg", "Battery: 60 min")
_HEADING_WORDS: Final = 8  # a pick's numbered heading: a product's name
_SHOP_BUTTONS: Final = frozenset({"site-chrome"})
# a spec row: a short label, a colon, a value holding a figure ("Battery life: 180 minutes", "Poids : 3,1 kg")
_SPEC_ROW: Final = re.compile(r"[^\W\d_][\w'’ ./-]{0,30}? ?: ?[^:]{0,40}\d[^:]{0,40}")
# a pick's price alone on its line: "$195", "39,99 €", "From £8.50 a bag", "ab 22 Euro im Monat", "Environ 25 €"
_PRICE_LINE: Final = re.compile(
    r"(?:(?:from|about|around|ab|ca\.|circa|etwa|rund|environ|dès|à partir de|a partir de|desde|unos|da|vanaf"
    r"|ongeveer|cerca de)\s)?" + _PRICE + r"(?:\s[^\s.!?]+){0,4}",
    re.IGNORECASE,
)
_PRICE_IN: Final = re.compile(_PRICE, re.IGNORECASE)
_ENTRY_WORDS: Final = 5
_ENTRIES: Final = 2  # the guide's picks of that shape before its last one
_ENTRY_PROSE: Final = 3  # the kept lines under a pick's price that reach its paragraph
_TAIL_LINES: Final = 2  # a last pick's lines under its price (its "Best for …" label, a line)
_PICK_WORDS: Final = 25  # a pick's sentence under its price
_LABEL_WORDS: Final = 5  # "Our pick", "Budget pick", "Le choix de la rédaction"


def _numbered_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a numbered pick's heading: a list's number, a product's name of a few words, no sentence, no
    comma (a table's row: "8. Celta, 37 puntos")."""
    line = ctx.doc.lines[i]
    return (
        bool(line.lead) and NUMBERED.match(line.lead) is not None
        and ctx.words(i) <= _HEADING_WORDS and not ends_sentence(line.text) and "," not in line.text
    )


def guide_gap(ctx: Context, gap: range) -> bool:
    """Whether the lines of ``gap`` (between two paragraphs) are a buying guide's next pick: at most ``_GAP_MOST``
    lines, the kept ones short, every one another pass took a shop's button (site-chrome), a numbered heading and a
    pros-and-cons box or ``_SPECS`` spec rows among them. A newsletter prompt, a teaser heading, a share row, a byline
    in the gap is no pick's, and parts what it parts; a review's verdict box and the shop's prices under it, with no
    next pick's heading, part what they parted."""
    if not 0 < len(gap) <= _GAP_MOST:
        return False
    lines = ctx.doc.lines
    heading = False
    specs = 0
    for j in gap:
        taken = lines[j].removal
        if taken is not None:
            if taken.pass_name not in _SHOP_BUTTONS:
                return False
            continue
        if ctx.words(j) > _GAP_LINE_WORDS:
            return False
        heading = heading or _numbered_heading(ctx, j)
        specs += _SPEC_ROW.fullmatch(lines[j].text) is not None
    # (the next pick's numbered heading and its own lines, its specs or its pros and cons: a numbered list of other
    # guides' headlines under a shop's button has neither specs nor pros and cons; a review's verdict box and the shop's
    # prices over a disclosure have no next pick's heading)
    if not heading:
        return False
    return specs >= _SPECS or bool(pros_and_cons(ctx, gap))


def _price_line(ctx: Context, i: int) -> bool:
    """Line ``i`` is a pick's price alone (no price at a shop: "$298 at Amazon" is a button)."""
    text = ctx.doc.lines[i].text
    return (
        ctx.digit(i) and ctx.words(i) <= 6 and not ends_sentence(text)
        and _PRICE_LINE.fullmatch(text) is not None and _PRICE_AT.fullmatch(text) is None
    )


def _name_line(ctx: Context, i: int) -> bool:
    """Line ``i`` is a pick's name ("Une enceinte JBL Go 3"): a few words, no sentence, no price."""
    text = ctx.doc.lines[i].text
    return 0 < ctx.words(i) <= _HEADING_WORDS and not ends_sentence(text) and _PRICE_IN.search(text) is None


def _sentence(ctx: Context, i: int) -> bool:
    """Line ``i`` is a pick's paragraph: a sentence of ``_ENTRY_WORDS`` words or more ("Compacte, elle recharge un
    smartphone deux fois.")."""
    return ctx.words(i) >= _ENTRY_WORDS and ends_sentence(ctx.doc.lines[i].text)


def _entries_before(ctx: Context, kept: list[int]) -> int:
    """The picks among ``kept`` (the article's lines) of a gift guide's shape: a name over its price, a paragraph
    within ``_ENTRY_PROSE`` lines under the price."""
    found = 0
    for p in range(1, len(kept)):
        if _price_line(ctx, kept[p]) and _name_line(ctx, kept[p - 1]) and any(
            _sentence(ctx, k) for k in kept[p + 1 : p + 1 + _ENTRY_PROSE]
        ):
            found += 1
    return found


def _tail_picks(ctx: Context, start: int) -> set[int]:
    """The lines of a gift guide's last picks under its last paragraph (line ``start`` on, across the shops' buttons
    alone): each a name over its price and up to ``_TAIL_LINES`` lines under it (short ones, or the pick's sentence),
    up to a line another pass but site-chrome took or a kept line of another shape; none where the page prints fewer
    than ``_ENTRIES`` picks of that shape with their paragraph (a name, its price, then within three lines a sentence).
    """
    lines = ctx.doc.lines
    picks: set[int] = set()
    at = start
    while at < len(lines):
        taken = lines[at].removal
        if taken is not None:
            if taken.pass_name not in _SHOP_BUTTONS:
                break
            at += 1
            continue
        priced = at + 1 < len(lines) and lines[at + 1].removal is None and _price_line(ctx, at + 1)
        if not (priced and _name_line(ctx, at)):
            break
        picks |= {at, at + 1}
        at += 2
        for _ in range(_TAIL_LINES):
            if at >= len(lines) or lines[at].removal is not None or ctx.digit(at):
                break
            if ctx.words(at) > _GAP_LINE_WORDS and not (ends_sentence(lines[at].text) and ctx.words(at) <= _PICK_WORDS):
                break
            picks.add(at)
            at += 1
    if not picks or _entries_before(ctx, ctx.doc.kept()) < _ENTRIES:
        return set()
    return picks


def guide_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a gift guide's last picks right under the last paragraph (edge-furniture's tail)."""
    if not furniture:
        return furniture
    pick = _tail_picks(ctx, region.start)
    return [i for i in furniture if i not in pick] if pick else furniture


def guide_run(ctx: Context, last: int, run: list[int]) -> list[int]:
    """``run`` (headline-run's run after the paragraph at line ``last``) less a gift guide's last picks under it."""
    pick = _tail_picks(ctx, last + 1)
    return [j for j in run if j not in pick] if pick else run


def pick_label(ctx: Context, kept: list[int], at: int) -> bool:
    """Whether the teaser heading at ``kept[at]`` ("Our pick", "Editor's choice") is a pick's label (table
    ``promos.pick_label``): a line of a few words right under a numbered pick's heading (no item of a numbered list
    running over it: a table's last row, "8. Celta, 37 puntos"), over the pick's sentence (a box's headlines close on
    none)."""
    if not 0 < at < len(kept) - 1 or ctx.words(kept[at]) > _LABEL_WORDS or not _numbered_heading(ctx, kept[at - 1]):
        return False
    if not ctx.table("promos", "pick_label").match(ctx.doc.lines[kept[at]].text):
        return False  # ("Read more", "Related", "Most read" there: no pick's label)
    lines = ctx.doc.lines
    if at > 1 and lines[kept[at - 2]].lead and NUMBERED.match(lines[kept[at - 2]].lead):
        return False
    return _sentence(ctx, kept[at + 1])


# a deals post's entry: a product, then its deal price after "for", "für", "à", "por", "a", "per", "voor", "from"
_DEAL: Final = re.compile(
    r"[^\W\d_][^:]{2,80}?\s(?:for|für|à|por|a|per|voor|from|ab|de|vanaf|desde|dès)\s" + _PRICE, re.IGNORECASE
)


def deal_entry(text: str) -> bool:
    """Whether ``text`` is a deals post's entry: a product's name and its deal price ("Kindle Paperwhite voor €
    119,99", "Samsung Galaxy S24 à 699 € au lieu de 899 €")."""
    return _DEAL.match(text) is not None


_BOX_PRICES: Final = 3  # a product box's prices at shops under its name ("499 € chez Amazon", "549 € chez Fnac")


def _priced_at(ctx: Context, i: int) -> bool:
    """Line ``i`` is a price alone, kept, or a line site-chrome took (a price at a shop, a shop's button)."""
    taken = ctx.doc.lines[i].removal
    return taken.pass_name in _SHOP_BUTTONS if taken is not None else _price_line(ctx, i)


def _named_prices_before(ctx: Context, stop: int) -> bool:
    """Whether a kept name stands right over a price (kept, or a price at a shop site-chrome took) before line
    ``stop``: a gift guide's or a deals post's entry, the article's own shape."""
    lines = ctx.doc.lines
    for i in range(stop - 1):
        if lines[i].removal is None and lines[i + 1].text.strip() and ctx.digit(i + 1) and _name_line(ctx, i):
            nxt = lines[i + 1].removal
            if (nxt is None and _price_line(ctx, i + 1)) or (
                nxt is not None and nxt.pass_name in _SHOP_BUTTONS and _PRICE_AT.fullmatch(lines[i + 1].text.strip())
            ):
                return True
    return False


# a product's name: two words or more, each opening on a capital or a figure ("Ninja Foodi Dual Zone AF300", "Cowboy 4",
# "Apple MacBook Air M3"); an event's "Tickets", a work's "Mass in B minor" or "The Orchard by Tom Vance" are none
# (each word read once: no backtracking into a word, and a search starts at a word's start only)
_PRODUCT_NAME: Final = re.compile(r"(?<![\w.+/-])[A-Z0-9][\w.+/-]*+(?: [a-z]?[A-Z0-9][\w.+/-]*+){1,6}")
# a shop named after a button's first word ("Vedi su Amazon", "Bei MediaMarkt kaufen", "Ver en Amazon")
# (two linear searches: the button's first word, then a capitalised word after it)
_WORD_GAP: Final = re.compile(r"\S\s")
_CAPITAL_WORD: Final = re.compile(r"\b[A-Z][\w&.'’-]+")


def _shop_named(text: str) -> bool:
    """Whether a capitalised word (a shop's name) follows a button's first word in ``text``."""
    gap = _WORD_GAP.search(text)
    return gap is not None and _CAPITAL_WORD.search(text, gap.end()) is not None


def _product_name(text: str) -> bool:
    """Whether ``text`` reads as a product's name (see ``_PRODUCT_NAME``)."""
    return _PRODUCT_NAME.fullmatch(text.strip()) is not None


def product_box(ctx: Context, region: range, pass_name: str) -> None:
    """Removes a review's product box under its last paragraph (``region``: the lines after it): across the residue
    other passes took and the article's short sentences, the first kept line a product's name (words opening on
    capitals or figures), then up to ``_BOX_PRICES`` prices (alone or at a shop, kept or taken), then a shop's button
    site-chrome took, a shop named among them. Not a gift guide's last picks (:func:`_tail_picks`), nor where the page
    printed a name over its price before; an event's "Tickets" / "£12" / "Book now" names no product and no shop."""
    lines = ctx.doc.lines
    # (the article's short closing sentences over it, under its last long paragraph: "Die Kartierung dauerte nur zwölf
    # Minuten.")
    name = next((i for i in region if lines[i].removal is None and not _sentence(ctx, i)), None)
    if name is None or not _name_line(ctx, name) or ":" in lines[name].text:
        return
    box = [name]
    at = name + 1
    while at < region.stop and len(box) <= _BOX_PRICES and lines[at].removal is None and (
        _price_line(ctx, at) or _PRICE_AT.fullmatch(lines[at].text.strip()) is not None
    ):
        box.append(at)
        at += 1
    # (the prices and the button under them: taken by site-chrome, at least one line of them right under the box)
    taken = at
    while taken < region.stop and taken - at <= _BOX_PRICES and _priced_at(ctx, taken) and lines[taken].removal:
        taken += 1
    priced = len(box) > 1 or any(_PRICE_AT.fullmatch(lines[j].text.strip()) for j in range(at, taken))
    if taken == at or not priced or not _product_name(lines[name].text):
        return
    # (a shop named in the box: a price at a shop, or a button naming it, "Vedi su Amazon"; an event's "Book now" or
    # "Buy tickets" under its price names none)
    under = range(name + 1, taken)
    if not any(_PRICE_AT.fullmatch(lines[j].text.strip()) or _shop_named(lines[j].text) for j in under):
        return
    if _tail_picks(ctx, region.start) or _named_prices_before(ctx, name):
        return
    for j in box:
        ctx.doc.remove(j, pass_name, "a product box's name or price over the shop's button after the article")


def deals_next(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the line under ``kept[pos]`` (a chrome line site-chrome would spare over a row of data) is a deals
    post's next entry, the post having printed an entry of that shape before: the shop's button over it ("Ver oferta")
    goes. One entry alone is no deals post ("Menu" over a restaurant's "Lunch menu for £15 per person" stays)."""
    lines = ctx.doc.lines
    if pos + 1 >= len(kept) or not deal_entry(lines[kept[pos + 1]].text):
        return False
    return any(deal_entry(lines[k].text) for k in kept[:pos])
