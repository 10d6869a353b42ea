"""archive48: archived pages, as a web archive's toolbar prints them, an old site's menu, an old piece republished.

- :func:`wayback_toolbar` (edge-furniture, at the page's head): a page saved by a web archive and scraped from it opens
  on the archive's toolbar: its banner line naming the archive and the saved address ("The Wayback Machine -
  https://web.archive.org/web/2005…/http://…"), then the capture count, the range of capture dates, the months and the
  years of its calendar, a day alone, "success"/"fail", "About this capture", and, unfolded, the collection's credit
  ("COLLECTED BY" / "Organization: …" / a sentence on the crawl) closed by "TIMESTAMPS". Edge-furniture took the short
  lines of it as a run, but not the banner (a long line with an address), the date range or the years (figures), nor
  the crawl's sentence. Right under the banner, among the page's first lines, the toolbar runs to its last marker
  ("About this capture", "TIMESTAMPS") within the next lines, each of them short: the lines from the banner to the
  marker go. With no marker, the banner goes with the lines right under it that read as the toolbar's own (a capture
  count, a date range, three months, three years, a day alone, "success", "fail"). An article about the archive
  names it in a sentence, never as a banner line with the archive's address over such lines at its head.
- :func:`bar_menu` (edge-furniture, at the page's head): an old site's menu printed on one line, its links parted by
  bars and opened by the home page's ("Home | News | Sport | What's On | Classifieds | Guestbook | Contact", "Accueil |
  La commune | Associations | Livre d'or | Liens"). Glued-residue takes such a line when its tables know each link;
  a site's own sections ("Classifieds", "Guestbook", "Livre d'or") are none, and edge-furniture's run of short lines
  at the head left the line alone once the toolbar over it was gone. Among the page's first lines, over its first
  sentence, five links or more of three words at most, none closing a sentence, the first the home page's, go. Under
  the first sentence a line of bars is the article's ("Salida 9.00 | Llegada 10.30 | Regreso 19.00").
- :func:`republished_note` (copyright's guard): an editor's note over a republished piece ("This article was
  originally published on 12 March 1998. We are republishing it to mark …", "Cet article a été publié initialement
  dans notre édition du 12 mars 1998. Nous le republions …") read as a syndication credit, whose pattern runs to the
  line's end. A credit names the outlet the piece came from ("… originally published by The Conversation. Read the
  original article."); the note names only its first date, and tells why it runs again. A credit line whose first
  sentence ends on a year, names no outlet (no capitalised word after its first but an English month's name;
  German capitalises its nouns, there the year is enough), and goes on with a sentence of ``_NOTE_WORDS`` words or
  more, is the article's note and stays. The stamp alone ("Originally published on 12 March 1998") goes as before.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import lower

_BANNER: Final = "The Wayback Machine - http"
_HEAD_LINES: Final = 6  # the banner among the page's first kept lines
_TOOLBAR_LINES: Final = 30  # the toolbar's lines under the banner, unfolded (its collection's credit)
_TOOLBAR_WORDS: Final = 40  # each of them short: the crawl's sentence, no paragraph
_MARKERS: Final = frozenset({"about this capture", "timestamps"})
_REASON: Final = "a web archive's toolbar over the saved page"
# the toolbar's own lines: a capture count, a range of capture dates, a calendar's months, its years, a day alone,
# the capture's status
_TOOLBAR_LINE: Final = re.compile(
    r"\d[\d,.]{0,9} captures?|\d{1,2} [A-Z][a-z]{2} \d{4} - \d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z]{3} [A-Z]{3} [A-Z]{3}"
    r"|\d{4} \d{4} \d{4}|\d{1,2}|success|fail"
)


def archive_head(ctx: Context, pass_name: str) -> None:
    """Remove a web archive's toolbar and an old site's menu of links parted by bars at the page's head (see the
    module's docstring)."""
    wayback_toolbar(ctx, pass_name)
    bar_menu(ctx, pass_name)


def wayback_toolbar(ctx: Context, pass_name: str) -> None:
    """Remove a web archive's toolbar at the page's head (see the module's docstring)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    for pos, i in enumerate(kept[:_HEAD_LINES]):
        text = lines[i].text
        if text[:1] != "T" or not text.startswith(_BANNER):
            continue
        end = pos
        for k in range(pos + 1, min(len(kept), pos + 1 + _TOOLBAR_LINES)):
            j = kept[k]
            if ctx.words(j) > _TOOLBAR_WORDS:
                break
            if len(lines[j].text) < 20 and lower(lines[j].text.strip()) in _MARKERS:
                end = k
        if end == pos:
            while end + 1 < len(kept) and _TOOLBAR_LINE.fullmatch(lines[kept[end + 1]].text.strip()):
                end += 1
        for k in range(pos, end + 1):
            ctx.doc.remove(kept[k], pass_name, _REASON)
        return


#: the home page's link opening an old site's menu, in our languages
_HOME: Final = frozenset({
    "home", "homepage", "home page", "accueil", "startseite", "inicio", "portada", "início", "página inicial",
    "pagina iniziale", "voorpagina",
})
_MENU_PARTS: Final = 5  # "Home | News | Sport | What's On | Contact": a menu's links, no sentence's aside
_PART_WORDS: Final = 3  # each a link's few words ("What's On", "Livre d'or")
_MENU_REASON: Final = "an old site's menu of links parted by bars over the article"


def bar_of_links(text: str, home: frozenset[str], part_words: int) -> bool:
    """A line of links parted by bars, opened by the home page's (one of ``home``), each of ``part_words`` words at
    most and none closing a sentence or a label: "Home | News | Sport | Contact" (the head's and the tail's bar)."""
    parts = [p.strip() for p in text.split("|")]
    if lower(parts[0]) not in home:
        return False
    return all(p and len(p.split()) <= part_words and p[-1] not in ".!?:" for p in parts)


def bar_menu(ctx: Context, pass_name: str) -> None:
    """An old site's menu on one line at the page's head, its links parted by bars from the home page's ("Home | News |
    Sport | What's On | Classifieds | Guestbook | Contact", "Accueil | La commune | Associations | Livre d'or"):
    among the page's first ``_HEAD_LINES`` kept lines, over the first sentence, ``_MENU_PARTS`` links or more of
    ``_PART_WORDS`` words at most, none closing a sentence, the first the home page's. The glued parts' pass takes such
    a line when each link is residue its tables know; a site's own sections ("Classifieds", "Guestbook") are none."""
    lines = ctx.doc.lines
    for i in ctx.doc.kept()[:_HEAD_LINES]:
        text = lines[i].text
        if text.count("|") < _MENU_PARTS - 1:
            if ctx.is_prose(i) and ctx.words(i) > 2 * _MENU_PARTS:
                return  # (the first sentence: a line of bars under it is the article's)
            continue
        if bar_of_links(text, _HOME, _PART_WORDS):
            ctx.doc.remove(i, pass_name, _MENU_REASON)


_NOTE_WORDS: Final = 5  # the sentence after the date: why the piece runs again ("We are republishing it …")
# the first sentence closed on a year, the next opened by a capital
_YEAR_END: Final = re.compile(r"\b(?:1[89]|20)\d\d\.\s+(?=[^\W\d_])")
_MONTHS: Final = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
})


def republished_note(ctx: Context, i: int) -> bool:
    """Whether line ``i``, a credit the syndication table matched, is an editor's note over a republished piece (see
    the module's docstring)."""
    text = ctx.doc.lines[i].text
    if ctx.words(i) < 2 * _NOTE_WORDS or ". " not in text:
        return False
    found = _YEAR_END.search(text)
    if found is None or ctx.table("credits", "syndication").match(text) is None:
        return False
    rest = text[found.end():]
    if not rest[:1].isupper() or len(rest.split()) < _NOTE_WORDS:
        return False
    if ctx.vocab_languages[0] == "de":
        return True
    words = text[: found.start()].split()[1:]
    return not any(w[:1].isupper() and w.strip(",.;:") not in _MONTHS for w in words)
