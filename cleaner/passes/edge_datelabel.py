"""s44: a date alone under its event's label alone ("When:" / "Saturday 14 June 2025"), inside the article.

An event's or a deadline's date is the article's when the article gives it: dateline already keeps the label and
the date on one line between two paragraphs ("Deadline - 18 March 2025", table ``metadata.date_label``). Written
as a fact box writes it, the label stands alone on its line, closed by a colon, over the date ("Dagskrá:" over
"5. maí 2024 kl. 20:00", "Termin:" over "12. Juni 2024, 19:30 Uhr"), and the date alone read as the page's
timestamp: the label stayed and its date went, on every language. A page's stamp has a stamp's label ("Updated:",
"Veröffentlicht:"), which ``date_label`` does not name, and stands over the article's first paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from ..vocab import Table

_LABEL_WORDS: Final = 3  # the label alone: "When:", "Date and time:", "Datum:"
_ROW_WORDS: Final = 6  # the box's next row under the date: "Where:", "Venue: Harbour Hall"


def date_under_label(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int], labels: Table) -> set[int]:
    """Of ``mine`` (date lines after the article's first paragraph), those right under a kept line of up to
    ``_LABEL_WORDS`` words closed by a colon whose words table ``labels`` (``metadata.date_label``) names, the label
    right under a sentence of the article's prose, and the date over the end of the text, a line of prose, or the
    box's next labelled row."""
    lines = ctx.doc.lines
    out: set[int] = set()
    for i in mine:
        pos = bisect_left(kept, i)
        if pos < 2 or pos >= len(kept) or kept[pos] != i:
            continue
        label, above = kept[pos - 1], kept[pos - 2]
        text = lines[label].text.rstrip()
        if label in hits or not ends_colon(text) or ctx.words(label) > _LABEL_WORDS:
            continue
        if above in hits or not ctx.is_prose(above) or not ends_sentence(lines[above].text):
            continue
        if pos + 1 < len(kept):
            under = kept[pos + 1]
            if under in hits:
                continue
            row = ctx.words(under) <= _ROW_WORDS and ":" in lines[under].text
            if not row and not ctx.is_prose(under):
                continue
        if labels.match(text[:-1].rstrip()) is not None:
            out.add(i)
    return out
