"""regional45: general news in regional and smaller European languages (Catalan, Basque, Galician, Welsh,
Luxembourgish, Estonian, Latvian, Lithuanian).

- :func:`basque_anchor`: edge-furniture's anchor length on a Basque page. langdetect has no profile for Basque: it
  tells such a page Indonesian (or another language with tables), and the stopword profile leans it to a language
  whose few shared words it writes ("da", "du", "ez"), so neither the full length's relief for a language no table
  knows (fallback35: three quarters of the words) nor that of the languages of long words applied. Basque joins its
  cases and postpositions to the word ("Zortzi bertsolari ariko dira igandean Nafarroako Bertsolari Txapelketako
  finalean, Iruñeko Baluarten." is eleven words, its English nineteen): a news story's paragraphs of eight to eleven
  words anchored nothing, and the whole page was left alone (its menu, byline, place, related rail and footer). A
  page with no stopword answer whose sample writes Basque's own letter pairs ("tz", "tx") and its auxiliaries and
  particles ("du", "dira", "dute", "eta", "baina") often gets half the length, as the languages that join their words
  do (africa42, Korean): with three quarters (nine words) its first paragraph alone anchored a story told in short
  sentences, and the list under it ("Finalistak:" over the names, then "Sarrerak agortuta daude.") went with the
  footer; its closing sentences of six and seven words are the text's.
  Cheap: a language check, then two C-speed counts and one split of the bounded sample, on pages with no stopword
  answer only.
- :func:`without_notices`: teaser-box's guard for a most-read box (``_ranked_box``) asks whether a closed paragraph
  stands on both sides of the box (then the ranked list is the article's own ranking, kept); the page's rights line
  ("© 2024 Diari de Girona. Tots els drets reservats.") and its cookie banner under the box, which other passes take
  after teaser-box, counted as the article's paragraph, and the site's "Més llegides", "Gehien irakurriak",
  "Mwyaf poblogaidd" or "Skaitomiausi" over "1. …", "2. …" stayed under the text. They count no more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import MIN_PROSE_WORDS

_BASQUE_PAIRS: Final = 4  # "tz" and "tx" in the sample at least ("etxebizitza", "-tzen", "-tzeko", "Txapelketa")
_BASQUE_WORDS: Final = 4  # Basque's auxiliaries and particles in the sample at least
#: Basque's auxiliaries and particles, standing alone as words ("esan du", "ariko dira", "eta", "baina", "ere")
_AUXILIARIES: Final = frozenset(
    {"du", "da", "dira", "dute", "ditu", "dituzte", "zuen", "zen", "ziren", "zuten", "dio", "diote", "dago", "daude",
     "eta", "baina", "ere", "ez", "bat", "izan", "egin", "behar", "beste"}
)
_PARAGRAPHS: Final = 3  # the page's lines of prose at least (as fallback35's)


def basque_page(ctx: Context) -> bool:
    """Whether the page has no stopword answer (or is given as Basque) and its sample writes ``_BASQUE_PAIRS`` of
    "tz"/"tx" and ``_BASQUE_WORDS`` of Basque's auxiliaries and particles (``_AUXILIARIES``): a Basque page. German
    and Luxembourgish write "tz" ("Platz", "jetzt") and have none of those words; a page of French, Italian or
    Portuguese ("du", "da") has its stopword answer, and writes no "tz"."""
    if ctx.stopwords or ctx.language not in (None, "eu"):
        return False
    sample = ctx.language_sample()
    if sample.count("tz") + sample.count("tx") < _BASQUE_PAIRS:
        return False  # (most such pages: no Basque letter pairs)
    return sum(1 for word in sample.split() if word in _AUXILIARIES) >= _BASQUE_WORDS


def basque_anchor(
    ctx: Context, kept: list[int], least: int, full: int, is_prose: Callable[[int], bool]
) -> int:
    """edge-furniture's anchor length: half of ``full`` on a Basque page (:func:`basque_page`) with ``_PARAGRAPHS``
    lines of prose or more, where it is still ``full``; else ``least`` unchanged."""
    if least != full or not ctx.spaced() or not basque_page(ctx):
        return least
    if sum(1 for i in kept if ctx.words(i) >= MIN_PROSE_WORDS and is_prose(i)) < _PARAGRAPHS:
        return least
    return (full + 1) // 2


#: the tables of a line that is the page's notice, no paragraph of the article: a rights line ("© 2024 Diari de
#: Girona. Tots els drets reservats."), a cookie banner ("Utilitzem galetes pròpies i de tercers …")
_NOTICES: Final = (("credits", "copyright"), ("credits", "rights_phrase"), ("cookies", "banner_word"))


def without_notices(ctx: Context, lines: list[int]) -> list[int]:
    """``lines`` less the page's notices (``_NOTICES``): teaser-box's guard for a most-read box (``_ranked_box``)
    asks a closed paragraph on both sides of the box for the article's own ranking; under a site's "Més llegides"
    over "1. Mor un home …" the only closed lines were the footer's rights line and the cookie banner, which other
    passes take later, and the box stayed (ca, eu, cy, lt, lb pages). Asked only under a most-read heading over a
    ranked list, with a paragraph over it; a line is put to the tables only where it is prose (what the guard asks:
    most lines under such a box are short)."""
    return [i for i in lines if not (ctx.is_prose(i) and ctx.matches_any(_NOTICES, i))]
