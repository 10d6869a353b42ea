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
