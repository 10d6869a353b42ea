"""business44: a company's facts box closing the story; a stock page's quote box and analyst-rating box under it.

- :func:`facts_box_tail` (edge-furniture's guard at the tail): a company's or a funding round's facts box closing the
  article right under its last sentence ("Founded: 2019" / "Investors: Northzone, Cherry Ventures" / "Employees:
  120"), three or more labelled rows, each label another, one value or more a figure (a year, a count, an amount).
  Its two-word rows are furniture, and a row listing names with commas parts the rows' template (data_rows), so the
  column went with the footer under it. A footer's or a credits box's labelled rows ("Tags: …", "Filed under: …",
  "Reporting: …", "Editing: …") hold no figure, a contact box's a phone number: they go as before.

- :func:`quote_box` (edge-furniture, at the tail): a quote box printed under the article on three lines, the company's
  name, its price with the currency and its signed move ("Kolbag AG" / "38,42 EUR" / "-1,85 %"), right over its
  button that finance-widget took ("Zur Watchlist hinzufügen", "Add to watchlist", "Volg dit aandeel"). Under an
  article that closes on its key figures ("Einsparziel: 400 Mio. Euro pro Jahr") the guards of edge-furniture read the
  name and the price as more of its rows; the box's price (two decimals and a currency) and bare signed move over a
  widget's button are the box's. The article's own rows, "Umsatz" / "3,1 Mrd. Euro" / "+7 %", have no widget's button
  under them, and those the text announces with a colon stay.

- :func:`tail_rating_box` (finance-widget): a stock page's box of analysts' ratings printed under the article, a
  heading ("Analyst ratings", "Analystenbewertungen"), a count of ratings on each line with no colon ("Buy 24" /
  "Hold 6" / "Sell 1", "Kaufen 12" / "Halten 5") and the consensus price target ("Price target $165.00"). Its lines are
  the ``head_widget`` table's (per language), which finance-widget takes only over the article's first paragraph: under
  the article's last closed sentence a run of them that holds two or more rating rows is the box, and goes. The
  article's own rows of ratings stay: they stand under the line that announces them (closed by a colon), are written
  with a colon ("Buy: 24"), or stand between its paragraphs.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_facts import _labelled
from .edge_shared import _label_of, last_sentence

#: a rating row's shape: one or two words and a bare count, no colon ("Buy 24", "Strong Buy 12", "Kaufen 5"); the
#: table says which words are ratings
_RATING_ROW: Final = re.compile(r"[^\W\d_]{3,14}(?: [^\W\d_]{3,14})?\s\d{1,3}")
_LEAST_ROWS: Final = 2

#: a quote box's price: a figure with two to four decimals and its currency, before or after it ("38,42 EUR",
#: "€ 872,40", "$142.37")
_BOX_PRICE: Final = re.compile(
    r"(?:(?:US|R|C|A)?[$€£]|EUR|USD|GBP|CHF)\s?\d{1,6}(?:[.,\u202f ]\d{3})*[.,]\d{2,4}"
    r"|\d{1,6}(?:[.,\u202f ]\d{3})*[.,]\d{2,4}\s?(?:[$€£]|EUR|USD|GBP|CHF|GBp)"
)
#: its move: a signed figure, in per cent or in points with the per cent in brackets ("-1,85 %", "+8.21 (+6.12%)")
_BOX_MOVE: Final = re.compile(
    r"[+\u2212\u2013-]\s?\d{1,6}(?:[.,]\d{1,4})?\s?%?(?:\s*\(\s*[+\u2212\u2013-]?\s?\d{1,4}(?:[.,]\d{1,4})?\s?%\s*\))?"
)
_NAME_WORDS: Final = 4


def _name_line(ctx: Context, i: int) -> bool:
    """Whether line ``i`` can be a quote box's company name: up to four words, no figure, no colon, no sentence."""
    text = ctx.doc.lines[i].text
    return (
        ctx.words(i) <= _NAME_WORDS
        and not any(c.isdigit() or c == ":" for c in text)
        and not ends_sentence(text)
    )


def quote_box(ctx: Context, region: range, pass_name: str) -> None:
    """Removes a quote box's name, price and move right over its button that finance-widget took, in ``region`` (the
    lines after the article's last paragraph)."""
    lines = ctx.doc.lines
    for j in region:
        taken = lines[j].removal
        if taken is None or taken.pass_name != "finance-widget":
            continue
        move, price = j - 1, j - 2
        if price < region.start or lines[move].removal is not None or lines[price].removal is not None:
            continue
        if (
            _BOX_MOVE.fullmatch(lines[move].text.strip()) is None
            or _BOX_PRICE.fullmatch(lines[price].text.strip()) is None
        ):
            continue
        box = [price, move]
        name = price - 1
        if name >= region.start and lines[name].removal is None and _name_line(ctx, name):
            above = name - 1
            if above >= 0 and lines[above].text.rstrip().endswith(":"):
                return  # (the article's own table, announced by its colon)
            box.insert(0, name)
        for i in box:
            ctx.doc.remove(i, pass_name, "a quote box's name, price or move over its button after the article")
        return


def _rating_row(text: str) -> bool:
    return _RATING_ROW.fullmatch(text.strip()) is not None


def tail_rating_box(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int]) -> set[int]:
    """The lines of a run of ``head_widget`` lines (of ``mine``, the lines finance-widget's tables matched) under the
    article's last closed sentence that holds at least ``_LEAST_ROWS`` rating rows: an analyst-rating box with its
    heading and its price target. The run holds the box's heading or price target, or residue the vocabularies took
    stands right under it (``hits``); rating rows alone under a closed sentence with nothing of the vocabularies' under
    them, or under a line closed by a colon (the article announces its list), stay."""
    lines = ctx.doc.lines
    shaped = [i for i in mine if _rating_row(lines[i].text)]
    if len(shaped) < _LEAST_ROWS:
        return set()  # (the common case: no line of a rating row's shape, no table asked)
    table = ctx.table("widgets", "head_widget")
    head = {i for i in mine if table.match(lines[i].text) is not None}
    rows = [i for i in shaped if i in head]
    if len(rows) < _LEAST_ROWS:
        return set()
    at = {i: pos for pos, i in enumerate(kept)}
    last = last_sentence(ctx, kept)
    if last is None:
        return set()
    out: set[int] = set()
    done: set[int] = set()
    for i in rows:
        if i in done or at[i] <= last:
            continue
        start = end = at[i]
        while start - 1 > last and kept[start - 1] in head:
            start -= 1
        while end + 1 < len(kept) and kept[end + 1] in head:
            end += 1
        run = kept[start : end + 1]
        done.update(run)
        if lines[kept[start - 1]].text.rstrip().endswith(":"):
            continue  # (the article's list, announced)
        count = sum(_rating_row(lines[j].text) for j in run)
        boxed = count < len(run) or (end + 1 < len(kept) and kept[end + 1] in hits)
        if count >= _LEAST_ROWS and boxed:
            out.update(run)
    return out


_FACT_ROWS: Final = 3
_SENTENCE_WORDS: Final = 6
_HEADING_WORDS: Final = 5
_PHONE_DIGITS: Final = 7
_VALUE_WORDS: Final = 4
#: a row's value that is a figure: a year, a count or an amount, its unit or currency after it ("2019", "120", "$62
#: million", "15 M€", "3,1 Mrd. Euro"), no date ("12.03.2024")
_FIGURE_VALUE: Final = re.compile(r"(?:[$€£]|US\$|R\$)?\s?\d[\d.,\u202f ]{0,12}(?:\s?[^\W\d_][\w.€$£]{0,12}){0,2}")
_DATE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def _figure_row(text: str) -> bool:
    value = text.partition(":")[2].strip()
    return (
        bool(value)
        and len(value.split()) <= _VALUE_WORDS
        and _FIGURE_VALUE.fullmatch(value) is not None
        and _DATE.search(value) is None
    )


def facts_box_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a facts box's rows (and the short heading right over them) standing right under the
    article's last sentence (of ``_SENTENCE_WORDS`` words or more) at the tail, nothing another pass took among them:
    ``_FACT_ROWS`` or more labelled rows, no two with one label, no label with a figure, one value or more a figure
    that is no date, no row with a phone number's figures."""
    if len(furniture) < _FACT_ROWS:
        return furniture  # (most tails: too few lines of furniture to hold a box)
    lines = ctx.doc.lines
    taken = set(furniture)
    for start in region:
        above = start - 1
        if above < 0 or lines[above].removal is not None or above in taken or lines[start].removal is not None:
            continue
        if not (ends_sentence(lines[above].text) and ctx.words(above) >= _SENTENCE_WORDS):
            continue
        box = _facts_box(ctx, start, region.stop)
        if box:
            return [i for i in furniture if i not in box]
    return furniture


def _facts_box(ctx: Context, start: int, stop: int) -> set[int]:
    """The lines of a facts box from line ``start`` (under the article's sentence) on: its short heading, if any, and
    its labelled rows; none where they are no facts box."""
    lines = ctx.doc.lines
    heading: list[int] = []
    text = lines[start].text
    if ctx.words(start) <= _HEADING_WORDS and not any(c.isdigit() for c in text) and not _labelled(text.strip()):
        heading = [start]  # ("Key facts", "Lumio at a glance:", "Fiche d'identité")
        start += 1
    column: list[int] = []
    i = start
    while i < stop and lines[i].removal is None and _labelled(lines[i].text.strip()):
        column.append(i)
        i += 1
    if len(column) < _FACT_ROWS:
        return set()
    texts = [lines[j].text.strip() for j in column]
    labels = [_label_of(t) for t in texts]
    if (
        len(set(labels)) < len(labels)
        or any(any(c.isdigit() for c in label) for label in labels)
        or any(sum(c.isdigit() for c in t) >= _PHONE_DIGITS for t in texts)
        or not any(_figure_row(t) for t in texts)
    ):
        return set()
    return set(heading) | set(column)
