"""latam43: general news from Latin America, Brazil and Lusophone Africa.

- :func:`result_under_title`: a match report's result alone on its line right under the report's headline (and the
  byline, stamp and share row other passes took), over its first paragraph ("Flamengo 2 x 1 Palmeiras"): the report's
  own first line, as Brazilian and Argentine papers print it, and no scoreboard. A scoreboard's widget stands over the
  headline ("Fim de jogo" / "Flamengo 2 x 1 Palmeiras" / "Intervalo: 1 x 0" over the title, test_sport31) or alone over
  the text with no headline at all: edge-furniture's ``score_head`` still takes those. The result stays only when both
  its sides are named in the report's first paragraph (a widget of another match names sides the lead does not).
- :func:`title_over_result`: the headline over such a result stays out of the head's run of furniture, so the result
  under it is read the same way when the cleaned text is cleaned again (with its headline gone, a result alone over
  the text is a scoreboard's, and a second cleaning would take it).
- :func:`figure_row`: a row of labelled figures ("Dólar blue: $985 / $1.005", "Gasolina: 300 Kz", "Mortos: 83") is no
  step of a how-to: call-to-action spares a call under a colon's list that holds a step ("Para recibir las alertas:"
  over "Activá las notificaciones" over "Seguí a la Policía en WhatsApp"), and a dollar note's rates under "Así
  cerraron las cotizaciones:" are no such steps, so the outlet's "Seguí a Ámbito en WhatsApp" under them goes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_sports import match_row

_TITLE_LEAST: Final = 5  # a headline's words ("Flamengo vence o Palmeiras no Maracanã"), more than a menu's item
_TITLE_MOST: Final = 24
_ROW_WORDS: Final = 12  # a row of figures ("Dólar oficial: $838 / $878 en el promedio de los bancos")
_LABEL_WORDS: Final = 6  # its label ("Vivienda, agua, electricidad y gas")
_ITEM_WORDS: Final = 5  # an item of an announced list ("Lectura de 20 minutos")
_ITEMS: Final = 8
_ANNOUNCE_WORDS: Final = 6  # the sentence announcing it ("La jornada escolar extendida incluye cada día:")
_ROWS: Final = 3  # a result's rows: the scoreline, the half-time score, the scorers
# a score between two sides ("2 x 1", "2-1", "3:0"): where the sides part
_SCORE: Final = re.compile(r"\s\d{1,3}(?:\s?[-–:]\s?|\sx\s)\d{1,3}\s")


# a labelled figure: a short label, its colon, the value opening on a figure or a currency's sign ("$985 / $1.005",
# "R$ 4,98", "US$ 3,73", "300 Kz", "24,7%", "-0,6%")
_FIGURE_ROW: Final = re.compile(r"[^\W\d_][^:\n]{0,40}:\s?(?:[A-Z]{0,3}\$\s?|[€£¥-]\s?)?\d")


def figure_row(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a row of labelled figures: a label of up to six words, its colon, a value opening on a
    figure (or a currency's sign), no sentence closed."""
    if not ctx.digit(i) or ctx.words(i) > _ROW_WORDS:
        return False  # (a figure first: a how-to's step, "Open the Settings app.", holds none)
    text = ctx.doc.lines[i].text.strip()
    m = _FIGURE_ROW.match(text)
    return m is not None and len(text[: m.end()].split(":")[0].split()) <= _LABEL_WORDS and not ends_sentence(text)


def _headline(ctx: Context, i: int) -> bool:
    """Whether line ``i`` reads as a headline: five words or more, no sentence closed, no label's colon."""
    text = ctx.doc.lines[i].text.strip()
    return (
        _TITLE_LEAST <= ctx.words(i) <= _TITLE_MOST
        and not ends_sentence(text)
        and text[-1:] not in ":|-–—"
        and not ctx.doc.lines[i].lead
    )


def _sides_named(text: str, story: str) -> bool:
    """Whether ``text`` is a bare scoreline whose sides ``story`` names: no label before it (a scoreboard's "FT",
    "Resultado final:", "Maç sonucu:" mark its widget, test_sport31), each capitalised word of each side in
    ``story``."""
    m = _SCORE.search(text)
    if m is None or ":" in text:
        return False
    for side in (text[: m.start()], text[m.end() :]):
        names = [w for w in side.split() if w[:1].isupper()]
        if not names or not all(w in story for w in names):
            return False
    return True


def _title_over(ctx: Context, region: range, rows: list[int]) -> int:
    """The headline right over ``rows``, the region's last kept lines, when both sides of the first row are named in
    the first paragraph under the region; -1 when not."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None and lines[i].text.strip()]
    if len(kept) <= len(rows) or kept[-len(rows) :] != rows or not _headline(ctx, kept[-len(rows) - 1]):
        return -1
    after = next((i for i in range(region.stop, len(lines)) if lines[i].removal is None and lines[i].text.strip()), -1)
    if after < 0 or not _sides_named(lines[rows[0]].text.strip(), lines[after].text):
        return -1
    return kept[-len(rows) - 1]


def result_under_title(ctx: Context, region: range, rows: list[int]) -> list[int]:
    """``rows`` (the match's result rows over the report's first paragraph that edge-furniture's ``score_head``
    found) less those the report prints as its own first lines: all of them when they are the region's last kept
    lines, right under a headline (the lines other passes took between them are skipped), and both sides of the first
    are named in the first paragraph."""
    if not rows:
        return rows  # (most pages: no result over the text)
    return rows if _title_over(ctx, region, rows) < 0 else []


def title_over_result(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the headline over a match's result that :func:`result_under_title` kept (edge-furniture's
    guard at the head), and less the result's rows."""
    lines = ctx.doc.lines
    rows: list[int] = []
    for i in reversed(region):
        if lines[i].removal is not None or not lines[i].text.strip():
            continue
        # (a figure first: the line over most pages' first paragraph, a byline or a headline, holds none)
        if len(rows) >= _ROWS or not ctx.digit(i) or not match_row(ctx, i):
            break
        rows.insert(0, i)
    if not rows:
        return furniture
    title = _title_over(ctx, region, rows)
    if title < 0:
        return furniture
    return [i for i in furniture if i != title and i not in rows]


def _item(ctx: Context, i: int) -> bool:
    """A short line of a list: a few words, no sentence closed, no colon of its own closing it."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _ITEM_WORDS and not ends_sentence(text) and not ends_colon(text)


def listed_under_sentence(
    ctx: Context, kept: list[int], pos: int, hits: dict[int, int], mine: Collection[int]
) -> bool:
    """Whether the line at ``kept[pos]`` (a line site-chrome's table matched, ``mine`` its pass's lines) is an item of
    a list the article announces: up to ``_ITEMS`` short lines (no other pass's line among them, none a site's section
    name) right under a kept sentence of ``_ANNOUNCE_WORDS`` words or more closed by a colon, with a paragraph of the
    article's (prose no table matched) right under the list."""
    i = kept[pos]
    if pos == 0 or not _item(ctx, i):
        return False  # (most of the table's lines: a footer's row of links, a long notice)
    top = pos - 1
    while top >= 0 and pos - top <= _ITEMS:
        j = kept[top]
        if ends_colon(ctx.doc.lines[j].text):
            break
        if not _item(ctx, j) or (j in hits and j not in mine):
            return False
        top -= 1
    else:
        return False  # (no colon within reach)
    colon = kept[top]
    if colon in hits or ctx.words(colon) < _ANNOUNCE_WORDS:
        return False
    end = pos + 1
    while end < len(kept) and end - top <= _ITEMS and _item(ctx, kept[end]) and (kept[end] not in hits
                                                                                  or kept[end] in mine):
        end += 1
    section = ctx.table("structure", "section_name")
    if any(section.match(ctx.doc.lines[j].text) for j in kept[top + 1 : end]):
        return False
    # (the article's paragraph under the list: a list closing the page under a colon may be its footer's links,
    # "Más información en:" over "Aviso legal" / "Contacto")
    return end < len(kept) and kept[end] not in hits and ctx.is_prose(kept[end])
