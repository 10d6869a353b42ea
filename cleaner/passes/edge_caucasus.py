"""caucasus42: news pages from Central Asia, the Caucasus and Mongolia, in languages with no tables of their own.

- :func:`schwa_page`: edge-furniture's length of an anchoring paragraph. langdetect has no profile for Azerbaijani and
  calls an Azerbaijani page Turkish, so the page got Turkish's tables and Turkish's full length of a paragraph (twelve
  words). Azerbaijani, like Turkish, says with suffixes what others say with function words, and a news story's
  sentences run to eight or eleven words ("Azərbaycan Prezidenti İlham Əliyev Berlində Almaniya kansleri Olaf Şolts ilə
  görüşüb."): with no paragraph of the full length, the page's edges (its menu, its language switch, its rate widget,
  its "most read" box) were left whole. Turkish never writes the schwa "ə", which an Azerbaijani page writes in one
  letter of ten or so (the letter test of :mod:`cleaner.language` already rules Turkish out by it): a page told
  Turkish by langdetect, with no stopword answer, whose sample holds ``_SCHWA_MIN`` of them, is read as a language
  no table knows is (:func:`cleaner.passes.structure.EdgeFurniture.run`'s fallback35 branch: three quarters of the
  length anchor it). A Turkish page quoting an Azerbaijani name ("Əliyev") holds one or two.
- :func:`rates_over_text`: finance-widget's guard at the head. A news site's rate widget ("USD 12 650.00", "EUR
  13 720.45", table ``widgets.head_widget``) stands over the headline, the stamp or the weather under it; a rates
  story may print the day's rates over its lead ("Курсы валют на 22 марта" over "USD 448.50", "EUR 487.12", "RUB
  4.91", then the lead). head_widget spared only the line right over the lead (the headline's place), and took the
  rates over it: the run of rate lines that reaches down to the lead is the story's, and stays whole.
"""

from __future__ import annotations

from typing import Final

from ..context import Context

#: the fewest schwas in the language sample of a page told Turkish that make it an Azerbaijani page
_SCHWA_MIN: Final = 8


def schwa_page(ctx: Context) -> bool:
    """Whether a page told Turkish by langdetect (no stopword answer: ``ctx.language`` is None) writes Azerbaijani's
    schwa ``_SCHWA_MIN`` times or more in its sample: an Azerbaijani page, whose paragraphs are judged as those of a
    language no table knows. Cheap: two tuple checks, then one C-speed count, on such pages only."""
    if ctx.vocab_languages[0] != "tr" or ctx.language is not None:
        return False
    sample = ctx.language_sample()
    return sample.count("ə") + sample.count("Ə") >= _SCHWA_MIN


#: the currencies' codes of table ``widgets.head_widget``'s rate cell (caucasus42)
_CURRENCIES: Final = frozenset(
    {"USD", "EUR", "RUB", "GBP", "CNY", "JPY", "CHF", "TRY", "KZT", "UZS", "KGS", "TJS", "AZN", "GEL", "AMD", "MNT"}
)


def _rate_line(text: str) -> bool:
    """Whether ``text`` is a currency's code (``_CURRENCIES``), a space and its rate alone ("USD 448.50", "EUR
    13 720.45"): head_widget's rate cell, asked with string tests alone. An index's level with its move ("AEX 905,14
    +1,02%") is none: it is head_widget's as before."""
    if len(text) < 5 or text[3] != " " or text[:3] not in _CURRENCIES:
        return False
    return text[4:].replace(" ", "").replace(".", "").replace(",", "").isdigit()


def rates_over_text(ctx: Context, kept: list[int], first: int | None) -> set[int]:
    """The run of rate lines (:func:`_rate_line`) that ends right over the article's first paragraph (``kept[first]``),
    the line right over it one of them: a rates story's own rates over its lead, which finance-widget spares. Empty
    on most pages: the line over the lead is a headline, no rate."""
    if first is None or first < 1:
        return set()
    lines = ctx.doc.lines
    pos = first - 1
    run: set[int] = set()
    while pos >= 0 and _rate_line(lines[kept[pos]].text):
        run.add(kept[pos])
        pos -= 1
    return run
