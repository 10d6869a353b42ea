"""obits40: an obituary's or a death notice's own short lines at the article's edges, which the shape rules read as a
menu's items: the deceased's name alone over the life dates, a mourners' line running on under it, a funeral's
service box closing the text.

- :func:`name_head` (edge-furniture's guard at the head): the deceased's name right over the life dates ("Geertruida
  Maria Jansen" over "Truus" over "1931 - 2025", "Anna Maria Ferrero" over "ved. Bianco" over "1939 – 2025"), or the
  name repeated under the page's title (a portal prints the name as the page's heading and again as the notice's first
  line) over a line dated with a year ("Monsieur Yann LE BRAS" over "Décédé le 10 février 2025 à Quimper (29)"). A
  menu's item over a stamp names no life span, and repeats no line over it.
- :func:`running_on_head` (edge-furniture's guard at the head): a line closing on a comma over a line that goes on in
  lower case ("Maël, Enora, ses petits-enfants," over "ainsi que toute la famille."): one sentence broken over lines,
  a notice's mourners; no menu item closes on a comma.
- :func:`service_tail` (edge-furniture's guard at the tail): a funeral's service box under the story's last paragraph
  ("Service Details" / "Visitation" / "Wednesday, February 12, 2025" / "Mackey Mortuary" …) down to the sentence
  closing the notice ("Memorials may be made to …"), nothing another pass took among them: the lines to that sentence
  are the notice's. The page's residue under that sentence is judged as before.

Each guard first asks a cheap question of the region (a year's figures, a comma's end, a service heading's table) and
returns the furniture untouched where the answer rules it out: most pages hold no life span or service box.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context, table_matches
from ..textstats import ends_sentence, lower
from .edge_shared import closing_sentence

_NAME_MOST: Final = 7  # "Robert "Bob" Lee Henderson", "D. ANTONIO GARCÍA LÓPEZ", "Madame Jeanne DUBOIS née MARTIN"
_BETWEEN: Final = 2  # the lines between the name and its dates: a nickname ("Truus"), a maiden or married name
_SHORT: Final = 6  # the words of such a line: "ved. Bianco", "geb. Lehmann", "(Viuda de José Manuel Suárez)"
_DATED_BELOW: Final = 3  # the lines under a repeated name that may hold its year
_DATED_WORDS: Final = 16  # "Falleció en Oviedo el 9 de febrero de 2025, a los 92 años." (a lead runs longer)
_LIFE_MOST: Final = 10  # a life span's words: "August 22, 1944 - February 9, 2025"
_NOTICE_MOST: Final = 40  # the lines over the tail a notice's life span stands in
_SPAN_MOST: Final = 115  # the years a life spans at most
# a name's small words: particles, a title's abbreviations (matched lower-cased)
_PARTICLES: Final = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "le", "la",
     "y", "e", "zu", "ten", "ter", "'t", "geb.", "ved.", "vve", "née", "né", "wwe.", "dr.", "d.", "dña.", "mr.",
     "mrs.", "ms."]
)
# the first word of a married or maiden name under the name (matched lower-cased)
_NAME_MARKS: Final = frozenset([
    "viuda", "viudo", "vda.", "widow", "wife", "husband", "née", "née:", "geb.", "ved.", "vve", "wwe.", "veuve",
    "weduwe", "echtgenote", "echtgenoot", "esposa", "esposo", "viúva", "viúvo", "moglie", "marito",
])
# a headline's small words in title case ("Biden Signs Bill Into Law"): no name holds them
_HEADLINE_WORDS: Final = frozenset([
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "at", "by", "from", "into", "is", "are", "was",
    "after", "over",
])
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DASHES: Final = ("-", "–", "—")


def _name_word(word: str) -> bool:
    core = word.strip("\"'“”„«»()‚‘’,")
    if not core:
        return False
    if lower(core) in _PARTICLES:
        return True
    if lower(core) in _HEADLINE_WORDS:
        return False
    return core[0].isupper() and all(c.isalpha() or c in "-'’." for c in core)


def name_line(text: str) -> bool:
    """Whether ``text`` is a person's name alone on its line: at most ``_NAME_MOST`` words, two of them or more
    capitalised, every one a capitalised word, a quoted or bracketed nickname or a name's particle ("van", "de", "geb.",
    "née"), no figure and no sentence's punctuation."""
    words = text.split()
    if not 2 <= len(words) <= _NAME_MOST or not all(_name_word(w) for w in words):
        return False
    return sum(1 for w in words if w.strip("\"'“”„«»()‚‘’,")[:1].isupper()) >= 2


def life_span(text: str) -> bool:
    """Whether ``text`` is a life's span alone on its line: at most ``_LIFE_MOST`` words, two years joined by a dash,
    the later one at most ``_SPAN_MOST`` years after ("1931 - 2025", "Oct. 14, 1949 – Jan. 28, 2025")."""
    if len(text.split()) > _LIFE_MOST or not any(d in text for d in _DASHES):
        return False
    years = [int(y) for y in _YEAR.findall(text)]
    return len(years) == 2 and 0 <= years[1] - years[0] <= _SPAN_MOST


def _between(ctx: Context, i: int) -> bool:
    """A short line between a name and its dates: a nickname, a maiden or married name, no sentence."""
    return ctx.words(i) <= _SHORT and not ends_sentence(ctx.doc.lines[i].text)


def name_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the deceased's name at the head (see the module) and the short lines between it and the life
    dates under it. The page's title over the repeated name, and the menu over it, still go."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    stop = min(len(lines), region.stop + 1)  # (the first paragraph may hold the year: "Falleció en Oviedo el 9 …")
    # (a name's block ends in a line holding a year within _DATED_BELOW lines under it: the region's lines with a year,
    # from their memoized figures, rule out most names, and most regions hold none)
    dated = {j for j in range(region.start + 1, stop) if ctx.digit(j) and _YEAR.search(lines[j].text) is not None}
    if not dated:
        return furniture
    keep: set[int] = set()
    for i in furniture:
        if not any(j in dated for j in range(i + 1, i + 1 + _DATED_BELOW)):
            continue
        if not ctx.digit(i) and name_line(lines[i].text.strip()):
            keep.update(_name_block(ctx, i, stop, gone))
    return [i for i in furniture if i not in keep] if keep else furniture


def dated_name(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is the deceased's name over its life span or over a short line dated with a year ("Maria
    Fernanda Costa Lopes" over "Faleceu a 11 de fevereiro de 2025, com 88 anos."): title-line's test of a headline,
    which it is not. (Under the page's title the name is repeated and :func:`name_head` keeps it; cleaned once, it
    stands alone over the dated line, and a second cleaning keeps it too.)"""
    lines = ctx.doc.lines
    if ctx.digit(i) or not name_line(lines[i].text.strip()):
        return False
    return bool(_name_block(ctx, i, len(lines), set(), dated=True))


def _name_block(ctx: Context, i: int, stop: int, gone: set[int], dated: bool = False) -> list[int]:
    """The lines of ``i``'s name block the guard keeps: the name and the short lines under it (above ``stop``) down to
    its life span, or, the name repeated (or ``dated``), those lines down to a short line holding a year; none where
    neither stands under it (or a line another pass took, not among ``gone``, does)."""
    lines = ctx.doc.lines
    block = [i]
    dated = dated or (i > 0 and lines[i - 1].text.strip() == lines[i].text.strip())
    for j in range(i + 1, min(stop, i + 1 + _DATED_BELOW)):
        if lines[j].removal is not None and j not in gone:
            return []
        text = lines[j].text.strip()
        if life_span(text) or (dated and ctx.words(j) <= _DATED_WORDS and _YEAR.search(text) is not None):
            return block
        if len(block) > _BETWEEN or not _between(ctx, j) or _other_name(text):
            return []
        block.append(j)
    return []


def _other_name(text: str) -> bool:
    """Whether ``text``, between a name-shaped line and the dates, is itself a name, the deceased's (the line over
    it a menu's item: "Search Obituaries" over "Margaret \"Peggy\" Ellison"); a married or maiden name opens on its
    mark ("Viuda de Ramón Pereira", "(Viuda de …)", "geb. Huber") and is the name's."""
    if not name_line(text) or text.startswith("("):
        return False
    return lower(text.split()[0]) not in _NAME_MARKS


def running_on_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a line closing on a comma right over a kept line that goes on in lower case (see the
    module)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    keep = set()
    for i in furniture:
        if not lines[i].text.rstrip().endswith(",") or i + 1 >= len(lines) or i + 1 in gone:
            continue
        below = lines[i + 1]
        if below.removal is None and below.text.lstrip()[:1].islower():
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def _service_heading(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text.strip()
    head, colon, _rest = text.partition(":")
    return ctx.words(i) <= _SHORT and table_matches(ctx.table("structure", "service_heading"), head if colon else text)


def _life_span_over(ctx: Context, start: int) -> bool:
    """Whether a life span stands alone on its line at most ``_NOTICE_MOST`` lines over ``start``: the page is a
    notice."""
    lines = ctx.doc.lines
    return any(
        ctx.digit(i) and ctx.words(i) <= _LIFE_MOST and life_span(lines[i].text.strip())
        for i in range(max(0, start - _NOTICE_MOST), start)
    )


def service_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a funeral's service box under the story's last paragraph down to the sentence closing the
    notice (see the module): from the region's start down to its last sentence before any line another pass took,
    where a service heading (table ``structure.service_heading``) opens the region's first lines and one of those lines
    holds a figure, or where a life span stands over the region (the mourners' lines over "De crematie vindt in
    besloten kring plaats.")."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    close = closing_sentence(ctx, region, gone)
    if close < 0:
        return furniture
    first = next((i for i in range(region.start, close) if lines[i].removal is None), None)
    if first is None:
        return furniture
    boxed = any(_service_heading(ctx, i) for i in range(first, min(first + 2, close))) and any(
        ctx.digit(i) for i in range(region.start, close)
    )
    if not boxed and not _life_span_over(ctx, region.start):
        return furniture
    return [i for i in furniture if i > close]
