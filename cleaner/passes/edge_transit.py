"""transit41: a weather widget's reading under the article's last paragraph.

- :func:`tail_reading`: finance-widget takes a weather widget's line (its ``head_widget`` table: "11°C Light rain",
  "14° Sereno", "El tiempo en Madrid") only over the article's first paragraph, because inside the article a
  forecast's list of cities reads the same. A transport or local news page prints the same widget in its sidebar,
  which an extractor drops under the article's last paragraph among the "Most read" box and the footer: there the
  widget is one reading, maybe under its heading ("Today's weather" over "11°C Light rain"), the page's residue (or
  the page's end) right under it and residue or a short heading right over it, a temperature with its degree sign in
  it (a ticker's row alone under its box stays, as edge_markets judges it). The article's own forecast at its end
  is a list of readings (two rows of figures or more: "Saturday 12°C Sunny" over "Sunday 9°C Rain"), or a list its
  sentence announces with a colon, or rows with the article's text under them, and stays.
"""

from __future__ import annotations

from collections.abc import Callable

from ..context import Context
from ..textstats import ends_colon, ends_sentence

_RUN_MOST: int = 2  # a widget's heading and its reading ("El tiempo en Madrid" over "-2° Nieve")
_FIGURES_MOST: int = 1  # rows holding a figure in the run: two are a list of readings, the article's forecast
_HEADING_MOST_WORDS: int = 5  # the widget's heading over its reading ("Today's weather", "Tempo em Lisboa")


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
    last = next(
        (pos for pos in reversed(range(len(kept))) if ctx.is_prose(kept[pos]) and ends_sentence(lines[kept[pos]].text)),
        None,
    )
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
