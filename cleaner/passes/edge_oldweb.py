"""htmloldweb51: an old site's bar of links under the article (1998-2010 pages: table layouts, ``<font>``, ``<br>``s).

- :func:`tail_bar_menu` (edge-furniture, at the page's tail): the same menu that ``edge_archive.bar_menu`` takes at
  the page's head, printed again under the article as a text bar ("Home | History | Stations | Photos | Links |
  Guestbook", "Inicio | Mi familia | El pueblo | Firme en mi libro de visitas", "Startseite | Chronik | Gästebuch |
  Impressum"). Among the page's last ``_TAIL_LINES`` kept lines, under its last sentence, a line of ``_BAR_PARTS``
  links or more parted by bars, each of ``_PART_WORDS`` words at most and none closing a sentence, opened by the home
  page's link, goes. Over the last sentence a line of bars is the article's ("Home | Away | Home | Away | Home" in a
  fixture list, "Dienstag | 18.00 bis 21.00 Uhr | Jugend und Erwachsene"); the site's copyright line under the bar
  ("© 1999-2004 Peter Harlow. All photographs are copyright …", a sentence's length) is no sentence of the article.

It reads the last few kept lines only, and a line's bars before anything else.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from .edge_archive import bar_of_links

_TAIL_LINES: Final = 6  # the page's last kept lines looked at
_BAR_PARTS: Final = 3  # "Home | About | Links": the shortest bar of an old site's footer
_PART_WORDS: Final = 6  # a link's few words ("Firme en mi libro de visitas")
_SENTENCE_WORDS: Final = 10  # the article's last sentence: a bar over it is the article's
_HOME: Final = frozenset({
    "home", "homepage", "home page", "accueil", "startseite", "inicio", "portada", "início", "página inicial",
    "pagina iniziale", "voorpagina", "hoofdpagina",
})
_BAR_REASON: Final = "an old site's bar of links parted by bars under the article"


def tail_bar_menu(ctx: Context, pass_name: str) -> None:
    """Remove an old site's bar of links under the article's last sentence (see the module's docstring)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    for i in reversed(kept[-_TAIL_LINES:]):
        text = lines[i].text
        if text.count("|") < _BAR_PARTS - 1:
            if ctx.is_prose(i) and ctx.words(i) >= _SENTENCE_WORDS and "©" not in text:
                return  # (the last sentence: a line of bars over it is the article's; a copyright line is none)
            continue
        if bar_of_links(text, _HOME, _PART_WORDS):
            ctx.doc.remove(i, pass_name, _BAR_REASON)
