"""weather38: weather, traffic and service advisories at the article's edges.

- :func:`clock_span`: a warning's or a closure's row of times ("Noord-Holland: zaterdag 10.00 tot 18.00 uur",
  "Sabato dalle 12.00 alle 24.00") is no betting box's row of odds: the Dutch, German and Italian clock writes its
  hours with a full stop ("10.00"), which reads as decimal odds; two of them joined by a span's word, or one before the
  hour's word ("uur", "Uhr"), are times of day.
- :func:`status_row_head`: a service page's first row of status ("Bakerloo: Good service") right over the first
  paragraph that opens the same way ("Central: Minor delays due to …") is the list's first row, not the head's run of
  furniture: a label, its colon and a short value, the rows under it labelled alike.
- :func:`forecast_strip`: a portal's forecast strip at the article's edge, under its heading ("14-Tage-Wetter",
  "Prévisions à 15 jours", "10-day forecast") or under the page's residue: a day's short name and its high and low
  ("Mo 15° 7°", "Sam. 15° 6°", "za 12° 7°"). An article's own forecast writes its days with words ("Montag: 9 bis 15
  Grad", "Samedi : averses, 15°C") or under a label closed by a colon, and stays; so does a strip under a heading with
  no figure ("Die Aussichten").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

# -- clock_span ---------------------------------------------------------------------------------------------------

# a time of day with its minutes ("10.00", "9:45", "06.00", a day's end "24.00")
_CLOCK: Final = r"(?:[01]?\d|2[0-4])[.:][0-5]\d"
# two times joined by a span's word ("10.00 tot 18.00", "12.00 alle 24.00", "06.00 e as 18.00", "8.00 bis 14.00"), or
# one before the hour's word ("18.00 uur", "10.00 Uhr")
_SPAN: Final = re.compile(
    rf"(?<![\d.,]){_CLOCK}(?:\s?(?:uur|uhr|h))?\s(?:tot|bis|to|till|until|à|a|al|alle|às|as|até|e|and|und|en|et|y)\s"
    rf"(?:(?:le|la|las|les|as|os|het|de|die|the)\s)?{_CLOCK}(?![\d,])"
    rf"|(?<![\d.,]){_CLOCK}\s?(?:uur|uhr)\b",
    re.IGNORECASE,
)


def clock_span(text: str) -> bool:
    """Whether ``text`` holds a span of times of day ("10.00 tot 18.00 uur", "dalle 12.00 alle 24.00") or a time
    before the hour's word ("18.00 uur"): its figures are no odds (edge_sports' betting box asks)."""
    return _SPAN.search(text) is not None


# -- status_row_head ----------------------------------------------------------------------------------------------

# a row of a service's status: a label of up to four words, its colon, a value ("Bakerloo: Good service", "Line 4: no
# service between …", "RER B : pas de trafic …")
_LABEL_ROW: Final = re.compile(r"[^\W_][\w'’&.()/+-]{0,30}(?: [\w'’&.()/+-]{1,30}){0,3} ?: ?[^\s:]")
_ROW_MOST_WORDS: Final = 8  # a status row over the first paragraph: "Bakerloo: Good service"
_ROWS_UNDER: Final = 4  # the lines under it read for the list's other rows
_ROWS_LEAST: Final = 2  # of which labelled alike
_VALUE_MOST_WORDS: Final = 3  # a status after its label: "Good service", "Part closure", "Closed"


def _label_row(text: str) -> bool:
    return _LABEL_ROW.match(text) is not None


def _labelled_alike_under(ctx: Context, start: int) -> bool:
    """Whether line ``start`` (the first paragraph) and more of the ``_ROWS_UNDER`` kept lines from it on,
    ``_ROWS_LEAST`` in all, open with a label and its colon ("Central: Minor delays due to …", "Circle: Part
    closure")."""
    lines = ctx.doc.lines
    under = [
        j for j in range(start, min(len(lines), start + 2 * _ROWS_UNDER))
        if lines[j].removal is None and lines[j].text.strip()
    ][:_ROWS_UNDER]
    # (the first paragraph itself opens with its label: a guide's paragraph under its headline, "Dresden an einem Tag:
    # die wichtigsten Sehenswürdigkeiten", over its labelled rows "Adresse: …" opens no list of statuses)
    # (and one row under it is a short row of status, "Circle: Part closure": a transcript's or an interview's turns
    # under their speakers' labels, "Host: Welcome back to the show.", close sentences)
    return (
        bool(under)
        and under[0] == start
        and _label_row(lines[start].text.strip())
        and sum(1 for j in under if _label_row(lines[j].text.strip())) >= _ROWS_LEAST
        and any(_short_row(ctx, j) for j in under[1:])
    )


def _short_row(ctx: Context, i: int) -> bool:
    """Line ``i`` is a short labelled row: a label, its colon and a value of up to ``_VALUE_MOST_WORDS`` words, no
    sentence ("Bakerloo: Good service")."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text)
        and ctx.words(i) <= _ROW_MOST_WORDS
        and not ends_colon(text)
        and not ends_sentence(text)
        and _label_row(text)
        # (a status of a few words: a headline's clause after its colon runs longer, "Episode 112: Why cities are
        # tearing down highways")
        and len(text.partition(":")[2].split()) <= _VALUE_MOST_WORDS
    )


def status_title(ctx: Context, first: int, following: int) -> bool:
    """Whether line ``first``, over the paragraph ``following``, is a status list's first row (title-line's test of a
    headline): a short labelled row over lines labelled alike ("Bakerloo: Good service" over "Central: Minor delays
    due to …" and "Circle: Part closure"). A headline over a story opens no list of rows."""
    return _short_row(ctx, first) and _labelled_alike_under(ctx, following)


def status_row_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list's first rows right over the article's first paragraph (edge-furniture's guard at the
    head): short labelled rows ("Bakerloo: Good service") where the first paragraph and the lines under it are labelled
    alike ("Central: Minor delays due to …", "Circle: Part closure"), the rows of one list of statuses. The stamp over
    them ("Last updated: 08:42") another pass took, and the rows' run stops there."""
    lines = ctx.doc.lines
    if not furniture or not _labelled_alike_under(ctx, region.stop):
        return furniture
    rows: set[int] = set()
    for i in reversed(region):
        if not lines[i].text.strip():
            continue
        # (the stamp or the menu another pass took over the rows: the list opens under it)
        if i not in furniture or not _short_row(ctx, i):
            break
        rows.add(i)
    return [i for i in furniture if i not in rows] if rows else furniture


# -- forecast_strip -----------------------------------------------------------------------------------------------

# a temperature with its degree sign ("15°", "-3 °C", "7°F")
_TEMP: Final = r"[+−-]?\d{1,2}\s?°\s?[CF]?"
# a strip's row: a day's short name (a word of up to four letters, maybe its date), its high and low, maybe a sky's
# word or two ("Mo 15° 7°", "Sam. 15° 6°", "Tue 12 14° 6°", "za 12° 7° Regen")
_STRIP_ROW: Final = re.compile(
    rf"[^\W\d_]{{1,4}}\.?(?:\s\d{{1,2}}\.?(?:\s?[^\W\d_]{{1,5}}\.?)?)?\s{{1,4}}{_TEMP}\s{{0,4}}[/|·-]?\s{{0,4}}{_TEMP}"
    r"(?:\s[^\W\d_][\w'’-]{0,20}){0,2}"
)
_STRIP_LEAST: Final = 2  # rows in a run
_HEADING_MOST_WORDS: Final = 5  # "Prévisions à 15 jours", "14-Tage-Wetter", "10-day forecast"
_STRIP_DAYS: Final = (7, 16)  # the days a portal's strip counts in its heading
_COUNT: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _strip_row(ctx: Context, i: int) -> bool:
    line = ctx.doc.lines[i]
    return line.removal is None and "°" in line.text and _STRIP_ROW.fullmatch(line.text.strip()) is not None


def _strip_heading(ctx: Context, i: int) -> bool:
    """A strip's heading: a short line with its count of days, a week or more, that closes no sentence and announces
    nothing ("14-Tage-Wetter", "Meteo 15 giorni", "7-day forecast"). An article's own heading over its next days
    counts fewer ("Die nächsten 3 Tage", "Next 5 days") and its rows stay."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text)
        and ctx.words(i) <= _HEADING_MOST_WORDS
        and ctx.digit(i)
        and "°" not in text
        and not ends_sentence(text)
        and not ends_colon(text)
        and any(_STRIP_DAYS[0] <= int(n) <= _STRIP_DAYS[1] for n in _COUNT.findall(text))
    )


def forecast_strip(ctx: Context, region: range) -> list[int]:
    """The kept lines of a portal's forecast strip in ``region`` (the page's head or tail): a run of
    ``_STRIP_LEAST`` rows or more of a day's short name and its high and low ("Mo 15° 7°"), with the heading
    right over it that holds its count of days ("14-Tage-Wetter"), where such a heading or a line another pass
    took stands right over the run. Under a kept line that is no such heading (the article's sentence, its label
    "Die Aussichten" or "This week:") the rows are the article's forecast, and stay."""
    if "°" not in ctx.joined_text():
        return []  # (every row holds a degree sign: most pages hold none, told by one C-speed scan a document)
    lines = ctx.doc.lines
    out: list[int] = []
    run: list[int] = []
    for i in [*region, -1]:
        if i >= 0 and not lines[i].text.strip():
            continue
        if i >= 0 and _strip_row(ctx, i):
            run.append(i)
            continue
        if len(run) >= _STRIP_LEAST:
            over = next((j for j in range(run[0] - 1, region.start - 1, -1) if lines[j].text.strip()), None)
            if over is None:
                pass
            elif lines[over].removal is not None:
                out.extend(run)
            elif _strip_heading(ctx, over):
                out.extend([over, *run])
        run = []
    return out
