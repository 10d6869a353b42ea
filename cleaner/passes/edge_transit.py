"""transit41: a weather widget's reading under the article's last paragraph; the article's list of the places it names
closing the text over the footer.

- :func:`tail_reading`: finance-widget takes a weather widget's line (its ``head_widget`` table: "11°C Light rain",
  "14° Sereno", "El tiempo en Madrid") only over the article's first paragraph, because inside the article a
  forecast's list of cities reads the same. A transport or local news page prints the same widget in its sidebar,
  which an extractor drops under the article's last paragraph among the "Most read" box and the footer: there the
  widget is one reading, maybe under its heading ("Today's weather" over "11°C Light rain"), the page's residue (or
  the page's end) right under it and residue or a short heading right over it, a temperature with its degree sign in
  it (a ticker's row alone under its box stays, as edge_markets judges it). The article's own forecast at its end
  is a list of readings (two rows of figures or more: "Saturday 12°C Sunny" over "Sunday 9°C Rain"), or a list its
  sentence announces with a colon, or rows with the article's text under them, and stays.
- :func:`named_list_tail`: a disruption story often closes on its list of the stations, lines or roads affected
  ("Estaciones cerradas:" over "Laguna", "Lucero", "Alto de Extremadura"; "Stazioni chiuse" over "San Giovanni",
  "Lodi"), right under its last paragraph and right over the page's footer. No sentence of the article's follows it,
  so edge-furniture read the label and its items as a footer's label over its links ("Source:" over "Asia", "Europe").
  Here the items are the places the paragraph over them names: a label of two to four words (a colon closing it, or
  none) right under the last paragraph, two items or more of a few words each opening on a capital, no sentence, and
  the article's paragraphs over it naming one of them (two where no colon announces the list) stay. A footer's or a
  tag list's label another pass took ("Mehr zum Thema", "Tags:") announces nothing, and links the text does not name
  (a footer's "Privacy", "Contact") still go.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_shared import last_sentence

_RUN_MOST: int = 2  # a widget's heading and its reading ("El tiempo en Madrid" over "-2° Nieve")
_FIGURES_MOST: int = 1  # rows holding a figure in the run: two are a list of readings, the article's forecast
_HEADING_MOST_WORDS: int = 5  # the widget's heading over its reading ("Today's weather", "Tempo em Lisboa")
_LABEL_WORDS: tuple[int, int] = (2, 4)  # a list's label: "Estaciones cerradas:", "Stations closed:", "Linee a rischio"
_ITEM_MOST_WORDS: int = 5  # a station's, a line's or a road's name: "Alto de Extremadura", "Puerta del Ángel"
_ITEMS_LEAST: int = 2
_ITEMS_MOST: int = 20
_PROSE_REACH: int = 8  # the article's paragraphs over the list read for the names
_NAMED_LEAST: tuple[int, int] = (1, 2)  # items the text names: under a colon, under a heading with none


def tail_reading(
    ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int], widget: Callable[[int], bool]
) -> set[int]:
    """The lines of ``mine`` (``widget``: those the ``head_widget`` table matched) that are a weather widget's reading
    under the article's last paragraph: a run of at most ``_RUN_MOST`` such lines after the last closed sentence, at
    most ``_FIGURES_MOST`` of them with a figure and one with a degree sign, with no kept line of the page under it
    (only lines the vocabulary matched, ``hits``, or another pass took, or the page's end) and such a line or a short
    heading (no sentence, no colon) over it."""
    lines = ctx.doc.lines
    # (the cheap gate first: most pages' widget lines, if any, hold no temperature)
    if not any("°" in lines[i].text for i in mine):
        return set()
    candidates = sorted(i for i in mine if widget(i))
    if not candidates:
        return set()
    at = {i: pos for pos, i in enumerate(kept)}
    last = last_sentence(ctx, kept)
    if last is None:
        return set()
    mine_set = set(candidates)

    def gone(j: int) -> bool:
        return lines[j].removal is not None or (j in hits and j not in mine_set)

    def near(i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text.strip():
            j += step
        return j if 0 <= j < len(lines) else None

    out: set[int] = set()
    done: set[int] = set()
    for i in candidates:
        if i in done or i not in at or at[i] <= last:
            continue
        run = [i]
        while (j := near(run[-1], 1)) is not None and j in mine_set:
            run.append(j)
        done.update(run)
        # (a reading with its degree sign: a ticker's or an index's row under its box is finance-widget's own test,
        # edge_markets.tail_quote_rows, and a row alone there stays)
        if (
            len(run) > _RUN_MOST
            or sum(1 for j in run if ctx.digit(j)) > _FIGURES_MOST
            or not any("°" in lines[j].text for j in run)
        ):
            continue
        below, over = near(run[-1], 1), near(run[0], -1)
        if below is not None and not gone(below):
            continue
        if over is None or not (gone(over) or _short_heading(ctx, over)):
            continue
        out.update(run)
    return out


def _short_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a widget's short heading over its reading ("Today's weather", "Meteo Milano"): a few words, no
    figure, no sentence and no colon closing it (the article's "Forecast for the weekend:" announces its rows)."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text)
        and ctx.words(i) <= _HEADING_MOST_WORDS
        and not ctx.digit(i)
        and not ends_colon(text)
        and not ends_sentence(text)
    )


def named_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the article's list closing the text (edge-furniture's guard at the tail): a label of
    ``_LABEL_WORDS`` words (no figure) right under the last paragraph, at least ``_ITEMS_LEAST`` items of up to
    ``_ITEM_MOST_WORDS`` words under it, each opening on a capital and closing no sentence, down to a line another pass
    took or the page's end, and the article's paragraphs over it naming ``_NAMED_LEAST`` of the items (one under a
    colon, two under a heading with none)."""
    lines = ctx.doc.lines
    label = next((i for i in region if lines[i].text.strip()), None)
    # (the cheap gate first: the region opens on a kept short line right under the last paragraph)
    if label is None or label not in furniture or lines[label].removal is not None:
        return furniture
    words = ctx.words(label)
    if not _LABEL_WORDS[0] <= words <= _LABEL_WORDS[1] or ctx.digit(label):
        return furniture
    above = label - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    if above < 0 or lines[above].removal is not None or not ctx.is_prose(above):
        return furniture
    items: list[int] = []
    for i in range(label + 1, region.stop):
        text = lines[i].text.strip()
        if not text:
            continue
        if lines[i].removal is not None:
            break
        if (
            ctx.words(i) > _ITEM_MOST_WORDS
            or not text[0].isupper()
            or ends_sentence(text)
            or ends_colon(text)
            or len(items) >= _ITEMS_MOST
        ):
            break  # (a line of another shape ends the items: the footer's "© 2024 …", or the article going on)
        items.append(i)
    if len(items) < _ITEMS_LEAST:
        return furniture
    prose = " ".join(lines[j].text for j in _prose_over(ctx, above))
    named = sum(
        1 for i in items
        if re.search(rf"(?<!\w){re.escape(lines[i].text.strip())}(?!\w)", prose) is not None
    )
    if named < _NAMED_LEAST[0 if ends_colon(lines[label].text) else 1]:
        return furniture
    keep = {label, *items}
    return [i for i in furniture if i not in keep]


def _prose_over(ctx: Context, last: int) -> list[int]:
    """The kept lines of prose from ``last`` (the article's last paragraph) up, ``_PROSE_REACH`` of them at most."""
    lines = ctx.doc.lines
    out: list[int] = []
    j = last
    while j >= 0 and len(out) < _PROSE_REACH:
        if lines[j].removal is None and lines[j].text.strip() and ctx.is_prose(j):
            out.append(j)
        j -= 1
    return out
