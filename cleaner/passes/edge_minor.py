"""minor39: ordinary news pages in the languages with few or no tables of their own (Galician, Basque, Icelandic,
Welsh, Albanian, Afrikaans…), where the language-neutral rules must do the work.

- :func:`cookie_banners`: a site's cookie banner in a language no table of notices knows (the document's language
  has no ``cookies.notice`` patterns, or is not told) is a long line of two sentences ("Kjo faqe përdor
  cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar, ju pranoni përdorimin e tyre."): no table knows it
  for a notice, and edge-furniture took it for the article's last paragraph, so the related rail, the comments'
  heading and the newsletter plug over it stayed as lines between paragraphs. A line naming cookies
  (``cookies.banner_word``) among the page's last or first lines, the page's short lines between it and the article's
  prose, and only short lines (its buttons, the footer) beyond it, is the banner: it goes, and the article's edges
  are judged without it. Not on a page whose other lines of prose name cookies (an article on them: its closing
  paragraph may stand under a list), nor under a label closed by a colon (a list the text announces).
- :func:`headline_year`: a headline naming a year ("Kuvendi miraton buxhetin e vitit 2025") is no row of data over
  which a fact box's short lines are kept (edge_boxes.fact_box): with no table to take the byline and the share row
  under it ("Nga Arben Hoxha", "Shpërndaje", "Viber"), they stayed as the box's rows. A box's title with its year
  has few words ("Jazzaldia 2025"); its dates and prices are rows of their own.
- :func:`compound_label`: a list's label of one long word closed by a colon ("Opnunartímar:", "Öffnungszeiten:",
  "Markahæstir:") reads as a label of two words does in the languages that write one word for two
  (edge_announced.unannounced: the list under it, then the article's sentence, are the article's).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..sentences import split_sentences
from ..textstats import ends_sentence
from ..vocab import table_languages

_EDGE_LINES: Final = 8  # the kept lines looked at from each end of the page (a banner stands among the last or first)
_BANNER_WORDS: Final = (8, 60)  # a banner's notice: a sentence or two
_BANNER_SENTENCES: Final = 2  # what the site does with cookies, then what going on means (or where to read more)
_SHORT_WORDS: Final = 8  # a button, a footer's link, a rail's heading or teaser: no sentence
_BUTTON_WORDS: Final = 3  # the banner's button right under it ("Pranoj", "Samþykkja", "Accept all")
_RUN_OVER: Final = 2  # the page's short lines between the article's prose and the banner (a subheading is one)
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HEADLINE_WORDS: Final = 5  # the words of a headline besides its year ("Parliament approves the budget for 2025")
_RUN_LOOK: Final = 40  # the short lines looked at between the banner and the prose (a menu's, a rail's)
_COMPOUND_LETTERS: Final = 10  # "Opnunartímar", "Öffnungszeiten"; not "Tags", "Source", "Sections"


def _short(ctx: Context, i: int) -> bool:
    """A short line that is no sentence: a button, a link, a rail's heading or a teaser's headline."""
    return ctx.words(i) <= _SHORT_WORDS and not ends_sentence(ctx.doc.lines[i].text)


def _banner(ctx: Context, kept: list[int], pos: int, at_tail: bool) -> bool:
    """Whether ``kept[pos]`` is a cookie banner: it names cookies, runs a sentence or two (a sentence's end closing it
    or inside it: a footer's row of links, "Contact | Mentions légales | Paramètres des cookies", is none), stands on
    the page's side of ``_RUN_OVER`` short lines or more (or of another pass's removals) from the article's prose, and
    has only short lines on its outer side (a button right by it, or none: the page's last or first line)."""
    i = kept[pos]
    if not _BANNER_WORDS[0] <= ctx.words(i) <= _BANNER_WORDS[1]:
        return False
    text = ctx.doc.lines[i].text.rstrip()
    if text.endswith(":") or not ends_sentence(text) or len(split_sentences(text)) < _BANNER_SENTENCES:
        # (a sentence announcing the list under it is the article's; a footer's row of links is no notice; a banner
        # says what the site does and what going on means, where the article's last sentence on its biscuits or on a
        # cookie law is one: "Store the cookies in an airtight container for up to a week.")
        return False
    if ctx.table("cookies", "banner_word").match(text) is None:
        return False
    outer = kept[pos + 1 :] if at_tail else kept[:pos]
    if not all(_short(ctx, j) for j in outer):
        return False
    if outer and ctx.words(outer[0] if at_tail else outer[-1]) > _BUTTON_WORDS:
        return False
    if not at_tail and (pos + 1 >= len(kept) or ctx.words(kept[pos + 1]) > _BUTTON_WORDS):
        return False  # (over the text, the banner's buttons under it)
    lines = ctx.doc.lines
    step = -1 if at_tail else 1
    run = 0
    j = i + step
    while 0 <= j < len(lines) and run < _RUN_LOOK:
        if lines[j].text.strip():
            if lines[j].removal is None and not _short(ctx, j):
                break  # (the article's prose)
            if lines[j].removal is None and lines[j].text.rstrip().endswith(":"):
                return False  # (a list the text announces: the paragraph under it is the article's)
            run += 1
        j += step
    return run >= _RUN_OVER


_NOTICE_LANGUAGES: list[frozenset[str]] = []


def _notice_languages() -> frozenset[str]:
    """The languages whose own table names a cookie notice (``cookies.notice``): read once."""
    if not _NOTICE_LANGUAGES:
        _NOTICE_LANGUAGES.append(frozenset(table_languages("cookies", "notice")))
    return _NOTICE_LANGUAGES[0]


def cookie_banners(ctx: Context, kept: list[int], name: str) -> list[int]:
    """``kept`` less the cookie banner among the page's ``_EDGE_LINES`` last and first kept lines (removed, by
    ``name``'s pass): see the module's docstring. Most pages name no cookie in a long line there; a page where more
    than one long line names them is left alone."""
    if len(kept) < 3 or ctx.language in _notice_languages():
        return kept  # (a language whose tables name its banners: they do, and its articles' cookies stay)
    edges = {*kept[-_EDGE_LINES:], *kept[:_EDGE_LINES]}
    word = ctx.table("cookies", "banner_word")
    # (the common case: no line at the page's edges names cookies)
    candidates = [i for i in edges if ctx.words(i) >= _BANNER_WORDS[0] and word.match(ctx.doc.lines[i].text)]
    if not candidates:
        return kept
    if len(candidates) > 1 or any(
        ctx.words(i) >= _BANNER_WORDS[0] and word.match(ctx.doc.lines[i].text) for i in kept if i not in edges
    ):
        return kept  # (an article on cookies: its paragraphs name them, its last or first one among them)
    banner = candidates[0]
    pos = kept.index(banner)
    at_tail = pos >= len(kept) - _EDGE_LINES and _banner(ctx, kept, pos, True)
    if not at_tail and not (pos < _EDGE_LINES and _banner(ctx, kept, pos, False)):
        return kept
    ctx.doc.remove(banner, name, "a cookie banner between the page's furniture")
    gone = [banner]
    return [i for i in kept if i not in gone]


def compound_label(ctx: Context, i: int) -> bool:
    """Line ``i`` is a label of one long word closed by a colon, a compound of ``_COMPOUND_LETTERS`` letters or more
    ("Opnunartímar:", "Öffnungszeiten:"): a label of two words in the languages that write one."""
    text = ctx.doc.lines[i].text.strip()
    word = text[:-1].rstrip()
    return text.endswith(":") and len(word) >= _COMPOUND_LETTERS and word.isalpha()


def headline_year(ctx: Context, i: int) -> bool:
    """Line ``i`` is a headline whose only figure is a year: ``_HEADLINE_WORDS`` words or more besides it, no other
    digit ("Kuvendi miraton buxhetin e vitit 2025"), no row of a fact box's data."""
    text = ctx.doc.lines[i].text
    if ctx.words(i) <= _HEADLINE_WORDS:
        return False
    years = _YEAR.findall(text)
    return len(years) == 1 and sum(c.isdigit() for c in text) == 4
