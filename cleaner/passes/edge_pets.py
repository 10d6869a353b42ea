"""pets43: animals and pets pages.

- :func:`heads_text`: a related-breeds heading ("Similar breeds", "Razze simili"; table ``promos.breed_heading``) over
  a sentence is the breed profile's own subheading ("Similar breeds" / "If you like the Harrier, you may also consider
  the Beagle …"), not a box's: teaser-box takes it over the breeds' names or closing the text only.
- :func:`sentence_over`: a short profile's sentences ("Kira tiene cuatro años.") are too short for the prose
  teaser-box asks over a box of short titles before it takes them as the box's names; under a related-breeds heading
  a sentence of the article over it is enough (the names themselves are judged as before).
- :func:`names_over_chrome`: a breed profile's box of other breeds under the article ("Vergelijkbare rassen" over
  "Basset hound" / "Harrier"), its names closing the text with only the page's footer under them ("Over ons",
  "Privacyverklaring", "© 2024 …"), under a related-breeds heading only. teaser-box takes short titles under a teaser
  heading where nothing follows them (``promos._closing_names``); but it runs before the passes that take the footer,
  and on a page of short sentences no edge-furniture run reaches past them. Here the lines under the names must each
  be a line of a table a later pass reads as the page's chrome (a menu or footer link, a share button, a newsletter
  call, a cookie notice, a rights line): an article's own list of names goes on with its text, which no such table
  matches.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context, table_matches
from ..textstats import ends_sentence

#: a short title: one or two words of letters, capitalised (the shape of ``promos._closing_names``)
_SHORT_NAME: Final = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+)?")
_LEAST_NAMES: Final = 2  # a box of names: two or more
_MOST_CHROME: Final = 12  # the footer's lines under the names judged, at most
#: the tables of the passes after teaser-box whose lines are the page's chrome
_CHROME_TABLES: Final = (
    ("widgets", "chrome"),
    ("widgets", "social"),
    ("signup", "newsletter"),
    ("cookies", "notice"),
    ("cookies", "button"),
    ("credits", "copyright"),
)


_SENTENCE_WORDS: Final = 3  # "Otto ha sei anni."
_TEXT_WORDS: Final = 6  # a line of more words under the heading is the article's text, no breed's name


def heads_text(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` (the line under a related-breeds heading) is the article's text: a
    sentence (closed by a sentence mark) or a line of more than ``_TEXT_WORDS`` words; a breed's name is neither."""
    if pos >= len(kept):
        return False
    i = kept[pos]
    return ends_sentence(ctx.doc.lines[i].text) or ctx.words(i) > _TEXT_WORDS


def sentence_over(ctx: Context, kept: list[int], at: int) -> bool:
    """Whether a kept line over ``kept[at]`` (a related-breeds heading) is a sentence of the article (closed by a
    sentence mark, three words or more)."""
    return any(ends_sentence(ctx.doc.lines[k].text) and ctx.words(k) >= _SENTENCE_WORDS for k in kept[:at])


def _name(ctx: Context, i: int) -> bool:
    line = ctx.doc.lines[i]
    first = line.text[:1]
    return not line.lead and first.isalpha() and not first.islower() and _SHORT_NAME.fullmatch(line.text) is not None


def _chrome(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    return any(table_matches(ctx.table(family, name), text) for family, name in _CHROME_TABLES)


def names_over_chrome(ctx: Context, rest: list[int], most: int) -> list[int]:
    """The short names opening ``rest`` (the kept lines under a related-breeds heading closing the article) when two
    to ``most`` of them stand over lines that are each the page's chrome (``_CHROME_TABLES``), at most ``_MOST_CHROME``
    of those and at least one; otherwise none. A name the chrome's tables match is the footer's first line
    ("Impressum"), no breed's: the names end over it."""
    names = 0
    while names < len(rest) and names <= most and _name(ctx, rest[names]) and not _chrome(ctx, rest[names]):
        names += 1
    if not _LEAST_NAMES <= names <= most:
        return []
    tail = rest[names:]
    if not 0 < len(tail) <= _MOST_CHROME or not all(_chrome(ctx, i) for i in tail):
        return []
    return rest[:names]
