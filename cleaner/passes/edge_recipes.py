"""Recipes and how-tos: a list of quantities, a recipe's ingredients and method under their headings, steps
numbered in order. Their items are short and bare, so the furniture test alone would take them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import JOINED_WORDS, ends_colon, ends_sentence
from .edge_shared import (
    _CLOSING_LIST_ITEMS,
    _LABEL_COLON,
    _LIST_ITEM_WORDS,
    _PART_HEADING_WORDS,
    _QUANTITY,
    _QUANTITY_WORDS,
    _adjacent,
)
from .furniture import DIGIT, URL, decimal


def _dash(text: str) -> bool:
    """Whether ``text`` holds a dash of ``_QUANTITY_AFTER``'s (one it needs)."""
    return "-" in text or "–" in text or "—" in text


# an item that closes with its quantity after a dash: "Творог 9% — 500 г", "Jajko – 1 szt.", "Мука — 3 ст. л."
# (a unit's abbreviation may end the item with a full stop: the item is no sentence for that)
_QUANTITY_AFTER = re.compile(
    r"[^\W\d_][^\d—–:.!?]{0,30}?(?:\s\d{1,3}(?:[.,]\d)?\s?%)?\s[—–-]\s\d{1,4}(?:[.,/–-]\d{1,4})?(?:\s?[^\W\d_]{1,4}\.?){0,3}"
)
# the same in an unspaced script, where a space parts the name from its quantity: "じゃがいも 3個", "しょうゆ
# 大さじ3", "五花肉 500克", "にんじん 1/2本" (a quantity word may stand before the figure; a word per two
# characters, the name alone may pass the words a spaced item has); Thai writes its unit after the figure, spaced, with
# its vowel marks, which are no letters: "กุ้งแม่น้ำ 4 ตัว", "น้ำพริกเผา 2 ช้อนโต๊ะ" (a tablespoon)
_QUANTITY_WIDE = re.compile(
    r"[^\W\d_][^\s\d]{0,11}\s(?:[^\W\d_]{1,3})?\d{1,4}(?:[.,/]\d{1,3})?\s?(?:[^\W\d_]{0,3}|[\u0e01-\u0e2e][\u0e01-\u0e4e]{1,7})"
)

# the same in an unspaced script, a word per two characters: a Thai item of three spaced words names its things in
# eight ("ข่า ตะไคร้ ใบมะกรูด", galangal, lemongrass, lime leaves), its quantity in ten ("น้ำพริกเผา 2 ช้อนโต๊ะ")
_WIDE_ITEM_WORDS: Final = 12


def _quantity_after(text: str) -> bool:
    """``_QUANTITY_AFTER`` matches the whole of ``text`` (only tried on a line with a dash)."""
    return _dash(text) and _QUANTITY_AFTER.fullmatch(text) is not None


_QUANTITY_SHARE = 0.4  # of a list's items; a menu may name "24 Hours" or "5G" among ten sections


def quantity_list(ctx: Context, region: range) -> set[int]:
    """Kept lines of a list whose items open with their quantities: a recipe's ingredients ("5 huevos",
    "1 cebolla", "Aceite de oliva virgen extra", "Sal"; or close with them after a dash, "Мука — 3 ст. л."),
    a kit's contents, with the short heading
    right over it ("Ingredientes"). Runs of three or more short items, no sentence among them, at
    least two and ``_QUANTITY_SHARE`` of them a quantity and what it measures (up to
    ``_QUANTITY_WORDS`` words): the article's list, whatever its other items look like. A menu's
    items open with words; a box of listicles' headlines ("6 Things to Do in May") is longer."""
    lines = ctx.doc.lines
    found: set[int] = set()
    kept = [i for i in region if lines[i].removal is None]
    run: list[int] = []
    for i in [*kept, -1]:
        if (
            i >= 0
            # (the line's statistics read only past a spaced item's words: they measure the whole line)
            and (ctx.words(i) <= _LIST_ITEM_WORDS or (ctx.words(i) <= _WIDE_ITEM_WORDS and ctx.stats(i).unspaced))
            and not lines[i].lead
            and (not ends_sentence(lines[i].text) or _quantity_after(lines[i].text))
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            # (each pattern's cheap precondition first: a figure opening the item, a dash, a non-ASCII character)
            counted = [
                j
                for j in run
                if (
                    ctx.words(j) <= _QUANTITY_WORDS
                    and decimal(lines[j].text[:1])
                    and _QUANTITY.match(lines[j].text)
                )
                or _quantity_after(lines[j].text)
                or (
                    not lines[j].text.isascii()
                    # (a text without an unspaced script: no line of it is; Korean spaces its words but writes the
                    # quantity after the name as they do, "된장 2큰술", "애호박 1/2개")
                    and (
                        (not ctx.spaced() and ctx.stats(j).unspaced)
                        or ctx.vocab_languages[0] in JOINED_WORDS
                    )
                    and _QUANTITY_WIDE.fullmatch(lines[j].text)
                )
            ]
            # the run's quantities: from its first item with one on (a heading or a menu may stand above)
            start = run.index(counted[0]) if counted else len(run)
            # (an item right over the first one counted that opens with its quantity too, only longer, is the
            # list's first item, not its heading: "1 kg de tomates maduros" over "1 pimiento verde")
            while 0 < start < len(run) and _QUANTITY.match(lines[run[start - 1]].text):
                start -= 1
            items = run[start:]
            # (or three counts in a row, the list up to its last item with a figure: a listing's "95 m² construidos",
            # "3 habitaciones", "2 baños" over "Terraza", "Calefacción individual de gas natural", "Gastos de
            # comunidad: 85 €/mes"; a menu's "24 Hours" stands alone among its sections, and the page's links
            # under the list hold no figure)
            if (
                len(counted) >= 2
                and len(items) >= 3
                and len(counted) < _QUANTITY_SHARE * len(items)
                and _counts_in_row(items, set(counted))
            ):
                items = items[: max(k for k, j in enumerate(items) if DIGIT.search(lines[j].text)) + 1]
                counted = [j for j in counted if j in items]
            if len(counted) >= 2 and len(items) >= 3 and (
                len(counted) >= _QUANTITY_SHARE * len(items) or _counts_in_row(items, set(counted))
            ):
                found.update(items)
                # the heading right over it, and the list's own heading over that when the list is in parts, the
                # first one's heading under it ("Ingredienser" over "Deg" over "50 g jäst", "Fyllning" further
                # down between quantities; both a word or two: a menu's last item over a list's heading stays
                # the menu's)
                if start > 0 and ctx.words(run[start - 1]) <= 3:
                    found.add(run[start - 1])
                    if (
                        start > 1
                        and ctx.words(run[start - 1]) <= 2
                        and ctx.words(run[start - 2]) <= 2
                        and _in_parts(ctx, run[start:], set(counted))
                    ):
                        found.add(run[start - 2])
        run = []
    return found


_COUNTS_IN_ROW = 3


def _counts_in_row(items: list[int], counted: set[int]) -> bool:
    """Whether ``_COUNTS_IN_ROW`` of a list's ``items`` in a row are ``counted``."""
    row = 0
    for i in items:
        row = row + 1 if i in counted else 0
        if row >= _COUNTS_IN_ROW:
            return True
    return False


def _in_parts(ctx: Context, items: list[int], counted: set[int]) -> bool:
    """Whether a list of quantities is in parts: a short line among its items with a quantity right
    above it and two right under it ("13 dl vetemjöl", "Fyllning", "150 g smör", "1 dl socker")."""
    return any(
        ctx.words(items[k]) <= 2
        and not DIGIT.search(ctx.doc.lines[items[k]].text)
        and items[k - 1] in counted
        and items[k + 1] in counted
        and items[k + 2] in counted
        for k in range(1, len(items) - 2)
    )


def numbered_steps(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a how-to's body after its last long paragraph: two or more steps numbered in order under
    one label ("Paso 1: instalar Nginx", "Paso 2: …"; "Step 1 –", "Schritt 2.") with the commands, lists and
    headings between them, up to the article's last sentence under the last step (a sentence or a heading right
    over one, "Conclusión" over "Ya tienes Nginx funcionando."). A menu never numbers its links in steps; the
    page's furniture under that last sentence still goes."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    steps: list[int] = []
    label = ""
    for i in kept:
        text = lines[i].text
        space = text.find(" ")  # (the label's letters, a space, a figure: the first space, and a figure after it)
        if not (_STEP_LABEL_MIN <= space <= _STEP_LABEL_MAX and decimal(text[space + 1 : space + 2])):
            continue
        m = _STEP.match(text)
        if m is None:
            continue
        number = int(m.group(2))
        if not steps and number == 1:
            steps, label = [i], m.group(1)
        elif steps and m.group(1) == label and number == len(steps) + 1:
            steps.append(i)
    if len(steps) < _MIN_STEPS:
        return furniture

    def sentence(i: int) -> bool:
        return not furniture_at(i) and ctx.words(i) >= _STEP_SENTENCE_WORDS and ends_sentence(lines[i].text)

    pos = kept.index(steps[-1]) + 1
    end = 0  # past the last line of the article under the last step
    while pos < len(kept):
        i = kept[pos]
        if sentence(i):
            end = i + 1
        elif furniture_at(i) and not (pos + 1 < len(kept) and sentence(kept[pos + 1])):
            break  # furniture over no sentence: the page's
        pos += 1
    if not end:
        return furniture
    return [i for i in furniture if i >= end]


# a step under its label and number: "Paso 1: instalar Nginx", "Step 2 – Configure", "Schritt 3."
_STEP = re.compile(r"([^\W\d_]{3,20}) (\d{1,2}) ?[:.)–—-](?!\d)")
_STEP_LABEL_MIN: Final = 3  # the label's letters in _STEP: where its first space stands
_STEP_LABEL_MAX: Final = 20
_MIN_STEPS = 2
_STEP_SENTENCE_WORDS = 3


_RECIPE_STEPS = 3  # the steps under a list's second heading: a recipe's method, three sentences or more
_RECIPE_ITEMS = 20  # a recipe's ingredients, one a line
_RECIPE_HEADING_WORDS = 3  # a named part's heading: "Modo de preparação", "Mod de preparare", "начин на приготвяне"


def ingredients_closing(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a recipe's one part closing the page right under the article's last long paragraph: a
    heading table ``structure.recipe_heading`` names ("Składniki", "Zutaten", "Ingredients"), then
    ``_CLOSING_LIST_ITEMS`` to ``_RECIPE_ITEMS`` short items of up to ``_INGREDIENT_WORDS`` words, no sentence, no
    link ("Zakwas", "Kiełbasa biała"), and under them only residue another pass took or the page's end. The heading
    says what its items are: a "Tags" or "Related" box closing the page reads the same and goes."""
    lines = ctx.doc.lines
    rows = [j for j in region if lines[j].text.strip()]
    kept = [j for j in rows if lines[j].removal is None]
    if len(kept) < 1 + _CLOSING_LIST_ITEMS or len(kept) > 1 + _RECIPE_ITEMS or rows[: len(kept)] != kept:
        return furniture  # (the list and only residue under it: a footer's links among its residue are no items)
    head = kept[0]
    if not _adjacent(ctx, region.start - 1, head) or ctx.words(head) > _RECIPE_HEADING_WORDS:
        return furniture
    if not ctx.table("structure", "recipe_heading").match(lines[head].text.strip()):
        return furniture
    for j in kept[1:]:
        text = lines[j].text.strip()
        if ctx.words(j) > _INGREDIENT_WORDS or ends_sentence(text) or ends_colon(text) or URL.search(text):
            return furniture
    keep = set(kept)
    return [i for i in furniture if i not in keep]


_INGREDIENT_WORDS = 4


def list_over_steps(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a recipe in two parts right under the article's last long paragraph (:func:`recipe_parts`:
    "Zutaten" over "Zwei Tassen Reis", "Blumenkohl", …, "Zubereitung" over its steps), nothing another pass took
    between; or under short paragraphs of prose that follow it (a paragraph of eleven words, "इसे बनाने में समय लगता
    है, लेकिन स्वाद इसका इनाम है।", is the article's as the long one is)."""
    lines = ctx.doc.lines
    j = region.start
    while j < region.stop and (
        not lines[j].text.strip() or (lines[j].removal is None and j not in furniture and ctx.is_prose(j))
    ):
        j += 1
    if j >= region.stop or not furniture or not _adjacent(ctx, region.start - 1, j):
        return furniture
    parts = recipe_parts(ctx, furniture_at, j)
    if not parts:
        return furniture
    keep = set(parts)
    return [i for i in furniture if i not in keep]


def _recipe_lines(ctx: Context, start: int) -> list[int]:
    """The lines from ``start`` on that :func:`recipe_parts` may read, blank ones skipped: its headings, its items and
    its first steps, no more."""
    lines = ctx.doc.lines
    out: list[int] = []
    most = 2 + _RECIPE_ITEMS + _RECIPE_STEPS
    for j in range(start, len(lines)):
        if lines[j].text.strip():
            out.append(j)
            if len(out) == most:
                break
    return out


def recipe_parts(ctx: Context, furniture_at: Callable[[int], bool], start: int) -> list[int]:
    """The lines of a recipe in two parts from line ``start`` on, blank ones skipped, to the heading over its steps
    (none: no such recipe there): a heading
    ("Zutaten", "Składniki", "المكونات"), ``_CLOSING_LIST_ITEMS`` to ``_RECIPE_ITEMS`` short items with no
    figure (its ingredients written out, "Zwei Tassen Reis", "Blumenkohl", "ملح وبهارات"; items with figures
    :func:`quantity_list` keeps), then a second heading ("Zubereitung", "طريقة التحضير") right over
    ``_RECIPE_STEPS`` or more sentences of three words or more ("Das Hähnchen mit den Gewürzen kochen."), nothing
    another pass took among them, one of the two headings named by table ``structure.recipe_heading``. A heading is
    a word or two the furniture test takes, or up to ``_RECIPE_HEADING_WORDS`` words the table names, no figure.
    The lines run to the second heading (its steps are sentences, no furniture). Without the table's word the
    shape is a teaser box's headlines under its label over a weather box's sentences ("من المنطقة" over
    headlines, "الطقس" over its forecast), which stay furniture. Asked at each gap the block passes find, it reads
    the first line alone unless that is a heading's shape."""
    lines = ctx.doc.lines
    first = start
    while first < len(lines) and not lines[first].text.strip():
        first += 1
    if first >= len(lines):
        return []
    line = lines[first]
    if (
        line.removal is not None
        or line.lead
        or ctx.words(first) > _RECIPE_HEADING_WORDS
        or DIGIT.search(line.text)
        or ends_sentence(line.text)
    ):
        return []
    kept = _recipe_lines(ctx, first)
    if len(kept) < 2 + _CLOSING_LIST_ITEMS + _RECIPE_STEPS:
        return []
    named = ctx.table("structure", "recipe_heading")

    def heading(j: int) -> bool:
        line = lines[j]
        if line.removal is not None or line.lead or DIGIT.search(line.text) or ends_sentence(line.text):
            return False
        words = ctx.words(j)
        return (furniture_at(j) and words <= _PART_HEADING_WORDS) or (
            words <= _RECIPE_HEADING_WORDS and bool(named.match(line.text))
        )

    def item(j: int) -> bool:
        text = lines[j].text
        return (
            lines[j].removal is None
            and ctx.words(j) <= _LIST_ITEM_WORDS
            and not lines[j].lead
            and not DIGIT.search(text)
            and not ends_sentence(text)
            and not ends_colon(text)
            and not _LABEL_COLON.search(text)
        )

    def step(j: int) -> bool:
        line = lines[j]
        return (
            line.removal is None
            and not furniture_at(j)
            and (ctx.words(j) >= 3 or (len(line.text) >= 4 and ctx.stats(j).unspaced))
            and ends_sentence(line.text)
        )

    if not heading(kept[0]):
        return []
    end = 1
    while end < len(kept) and end <= _RECIPE_ITEMS and item(kept[end]) and not (
        heading(kept[end]) and end + 1 < len(kept) and step(kept[end + 1])
    ):
        end += 1
    if end - 1 < _CLOSING_LIST_ITEMS or end >= len(kept) or not heading(kept[end]):
        return []
    steps = kept[end + 1 : end + 1 + _RECIPE_STEPS]
    if len(steps) < _RECIPE_STEPS or not all(step(j) for j in steps):
        return []
    if not (named.match(lines[kept[0]].text) or named.match(lines[kept[end]].text)):
        return []  # (a teaser box's label over headlines, a weather box's over its forecast)
    return kept[: end + 1]
