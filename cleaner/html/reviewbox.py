"""A product review's boxes beside its text (htmlreview50).

:func:`price_boxes`: a price-comparison widget outside the prose block ("Preisvergleich / Otto 549,00 € Zum Shop* /
MediaMarkt 569,00 € Zum Angebot* / Preise inkl. MwSt. …", "Meilleur prix / Fnac 449 € Voir l'offre", "Melhores
preços / Magalu R$ 4.299,00 Ver preço"), named however the site likes: a list (or a table) of two rows at least,
each a short row holding a price outside its links and a short link (the shop's button). The box goes with its
heading and its small print: the list's way up while what it adds to the list is a few words. Inside the block a
list of products with their prices and links is a gift guide's text and stays; a list with one row without a price
or without a link ("Reasons to buy", a spec list with "Price: $398") is no widget.

:func:`method_boxes`: a "How we test" box beside the review ("How we test / Every phone we review is used …", "So
testen wir", "Cómo probamos"): a ``<div>``, ``<section>`` or ``<aside>`` outside the prose block of at most
``METHOD_CHARS``, opening on a heading that opens with the phrase (``[method_boxes]`` in ``rules.toml``), outside the
prose block or a box (not a ``<section>``) inside it. A section of the article's own text so headed stays: a heading
among the block's paragraphs (a roundup's "How we tested" over its own paragraphs), or a ``<section>`` inside it.
"""

from __future__ import annotations

import re

from ..document import normalize_space
from ..textstats import lower
from .page import HEADINGS, Page, subtree_end

#: A price-comparison row holds at most this many characters ("Casas Bahia R$ 4.349,00 Ver preço") ...
ROW_CHARS = 80
#: ... and its link (the shop's button: "Zum Angebot*", "Bekijk bij Coolblue") at most this many.
ROW_LINK_CHARS = 30
#: The box around the list adds at most this many characters to it (a heading, "Preise inkl. MwSt., Stand: …").
BOX_EXTRA_CHARS = 160
_LISTS = frozenset({"ul", "ol", "tbody", "table"})
_ROWS = frozenset({"li", "tr"})
_BOXES = frozenset({"div", "section", "aside", "ul", "ol", "table"})
#: A price: a currency sign or code next to a number ("$899", "549,00 €", "R$ 4.299,00", "€ 2.499", "1.899 EUR").
_PRICE = re.compile(r"(?:[$€£¥]|R\$|\bEUR\b|\bUSD\b|\bGBP\b|\bCHF\b)\s?\d|\d\s?(?:[$€£¥]|\b(?:EUR|USD|GBP|CHF)\b)")

#: A "How we test" box holds at most this many characters.
METHOD_CHARS = 600
_METHOD_BOXES = frozenset({"div", "section", "aside"})


def _in_block(page: Page, i: int) -> bool:
    """Whether element ``i`` is the prose block or lies inside it."""
    block, parent = page.block, page.parent
    j = i
    while j >= 0:
        if j == block:
            return True
        j = parent[j]
    return False


def _price_row(page: Page, r: int) -> bool:
    """Whether row ``r`` is a shop's price and button."""
    size, linked = page.text[r], page.links[r]
    if not linked or size > ROW_CHARS or linked > ROW_LINK_CHARS or size == linked:
        return False
    node = page.nodes[r]
    own = node.text()
    for a in node.css("a"):
        own = own.replace(a.text(), " ", 1)  # the row's text outside its links holds the price
    return _PRICE.search(own) is not None


def _another_list(page: Page, box: int, lst: int) -> bool:
    """Whether ``box`` holds a list or a table besides ``lst`` (a verdict box's pros and cons beside the prices)."""
    tags = page.tags
    inner_end = subtree_end(page, lst)
    return any(tags[j] in _LISTS for j in range(box + 1, subtree_end(page, box)) if not lst <= j < inner_end)


def price_boxes(page: Page) -> set[int]:
    """Price-comparison widgets outside the prose block (see the module's docstring): the box around each list of
    two rows at least, every one a short row with a price outside its links and a short link."""
    out: set[int] = set()
    tags, parent, protected, text = page.tags, page.parent, page.protected, page.text
    for i, tag in enumerate(tags):
        if tag not in _LISTS or i in protected or not page.links[i] or text[i] > 8 * ROW_CHARS:
            continue
        end = subtree_end(page, i)
        rows = [j for j in range(i + 1, end) if parent[j] == i and tags[j] in _ROWS]
        if len(rows) < 2 or len(rows) * ROW_CHARS < text[i] - BOX_EXTRA_CHARS:
            continue
        if _in_block(page, i):
            continue  # a gift guide's list of products, prices and links is the article's
        if not all(_price_row(page, r) for r in rows):
            continue
        box = i
        up = parent[i]
        while (
            up > 0
            and up not in protected
            and tags[up] in _BOXES
            and text[up] <= text[i] + BOX_EXTRA_CHARS
            and not _another_list(page, up, i)
        ):
            box = up
            up = parent[up]
        out.add(box)
    return out


def method_boxes(page: Page, headings: tuple[str, ...]) -> set[int]:
    """"How we test" boxes outside the prose block (see the module's docstring); ``headings``: the phrases such a
    box's heading opens with, lower-cased (``[method_boxes]`` in rules.toml)."""
    out: set[int] = set()
    tags, protected, text = page.tags, page.protected, page.text
    for i, tag in enumerate(tags):
        if tag not in _METHOD_BOXES or i in protected or not text[i] or text[i] > METHOD_CHARS:
            continue
        first = i + 1  # its first element, in the walk's order
        if first >= len(tags) or page.parent[first] != i or tags[first] not in HEADINGS:
            continue
        heading = lower(normalize_space(page.nodes[first].text()))
        if not heading.startswith(headings) or (tag == "section" and _in_block(page, i)):
            continue  # (a <section> of the article's own text so headed stays)
        out.add(i)
    return out
