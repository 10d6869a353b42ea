"""feeds46: feed items, read-later exports and newsletters' web archives at the article's edges.

A blog's post read through its feed closes on its SEO plugin's footer ("The post X appeared first on Y.", "Der Beitrag
X erschien zuerst auf Y.", "L'articolo X proviene da Y.") or on a platform's note (Medium's "X was originally published
in Y on Medium, where people are continuing the conversation …"), and an excerpt on its bare mark "[…]": long lines,
prose by their words, that no line table may read anywhere (a story's "L'articolo 18 proviene da una legge del 1970."
is a sentence). A newsletter opens on its greeting ("Hi friends,", "Bonjour à toutes et à tous,") and closes on its
promise of the next issue ("À dimanche prochain,"), the writer's name in the page's head; a link digest's sections are
short headings ("À lire", "À écouter") over the links it recommends, each named with its source in brackets.

- :func:`feed_footer` (copyright-tail's hook, before its own scan): the document's last long line (more than
  ``_SHORT_WORDS`` words), under which only short lines stand (a share row, a like button), when table
  ``credits.feed_footer`` reads it whole; and a bare excerpt mark ("[…]", "[...]") among those short lines, under the
  article's last long line. Cheap: it reads the kept lines up from the end, stopping at the second long line, and asks
  the table of one line, after a word of the footers' own is found in it.
- :func:`salutation_over_article` (detached-blocks' guard): a letter's or a newsletter's greeting (table
  ``structure.salutation``, closed by a comma) closing the small block over the article, right over the article's
  first line: the page's head (a title, the writer's name, a like count) is parted from the text by its share row, and
  the greeting was the head's last line.
- :func:`digest_headings` (edge-furniture's guard at the head): a heading of up to ``_HEADING_WORDS`` words, no
  sentence, between two kept lines of the article, a link of the digest's (a title and its source in brackets, "Why
  tariffs rarely bring factories home (Reuters)") on one side and a sentence or another link on the other, on a page
  with ``_LINKS`` such links at least in the region: the digest's section, the page's own.
- :func:`closing_under_text` (edge-furniture's guard at the tail): a newsletter's promise of the next issue (table
  ``structure.newsletter_closing``: "See you next Sunday,", "À dimanche prochain,", "Bis nächste Woche!") right under
  a sentence of the article's (a kept line, no furniture), nothing removed between: the writer's, whatever residue
  follows. Under the page's share row another pass took it is the page's run's, as before.

Each guard's kept lines count in edge-furniture's run as the page's lines beside them: the menu over a digest's first
section and the share row under a closing go as they did when the run took them.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower

#: The most words of a short line under a feed's footer (a share row's button, a like button's "Like Loading...").
_SHORT_WORDS: Final = 8
#: The most kept lines read up from the document's end.
_TAIL_LINES: Final = 24
#: A word of the feed footers' own, one of which the line must hold before the table is asked.
_FOOTER_WORDS: Final = (
    " first ", " zuerst ", " premier ", " primero ", " proviene ", " prima volta ", " primeiro ", " eerst ",
    " medium,",
)
#: The bare marks of an excerpt cut short.
_EXCERPT_MARKS: Final = frozenset({"[…]", "[...]", "[ … ]", "[ ... ]", "(…)", "(...)", "[&hellip;]", "[&#8230;]"})
#: The most words of a letter's greeting over the article.
_SALUTATION_WORDS: Final = 6
#: The most words of a digest's section heading ("À lire", "What I'm reading").
_HEADING_WORDS: Final = 4
#: The fewest links of a digest in the region.
_LINKS: Final = 2
#: The most words of a link's source in its brackets ("Le Monde", "The New York Times").
_SOURCE_WORDS: Final = 5
#: The fewest words of a link's title before its source.
_TITLE_WORDS: Final = 3
#: The most words of a newsletter's closing promise.
_CLOSING_WORDS: Final = 7


def feed_footer(ctx: Context, name: str) -> None:
    """Remove a feed item's footer and a bare excerpt mark at the document's end (see the module)."""
    lines = ctx.doc.lines
    seen = 0
    footer = False
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        text = line.text.strip()
        if line.removal is not None or not text:
            continue
        seen += 1
        if seen > _TAIL_LINES:
            return
        if ctx.words(i) <= _SHORT_WORDS:
            if text in _EXCERPT_MARKS:
                ctx.doc.remove(i, name, "an excerpt's mark closing a feed item")
            continue
        lowered = lower(text)
        if not footer and any(word in lowered for word in _FOOTER_WORDS) and ctx.table(
            "credits", "feed_footer"
        ).match(text):
            ctx.doc.remove(i, name, "a feed item's footer naming where the post appeared first")
            footer = True  # (the article's last long line is the next one up: the marks under it go)
            continue
        return


def salutation_over_article(ctx: Context, blocks: list[list[int]], article: int, first: int) -> set[int]:
    """The last line of the block right over the article's first block ``article`` when it is a greeting closed by a
    comma (table ``structure.salutation``) right over the article's first line ``first``, nothing between."""
    if article == 0 or not blocks[article - 1]:
        return set()
    last = blocks[article - 1][-1]
    lines = ctx.doc.lines
    if last >= first or lines[last].removal is not None or not lines[last].text.rstrip().endswith(","):
        return set()
    if ctx.words(last) > _SALUTATION_WORDS or any(lines[j].text.strip() for j in range(last + 1, first)):
        return set()
    return {last} if ctx.table("structure", "salutation").match(lines[last].text.strip()) else set()


def _link(text: str) -> bool:
    """A digest's link: a title of ``_TITLE_WORDS`` words or more and its source in brackets closing the line, a
    capital opening it ("Why tariffs rarely bring factories home (Reuters)")."""
    if not text.endswith(")"):
        return False
    cut = text.rfind("(")
    if cut <= 0:
        return False
    source = text[cut + 1 : -1].strip()
    if not source or not source[0].isupper() or len(source.split()) > _SOURCE_WORDS:
        return False
    if any(c in source for c in ".!?,;:"):
        return False
    return len(text[:cut].split()) >= _TITLE_WORDS


def _neighbour(ctx: Context, i: int, step: int) -> int:
    """The next line with text from ``i`` by ``step`` (-1: up, 1: down); -1 where a removed line or the end comes
    first."""
    lines = ctx.doc.lines
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].removal is not None:
            return -1
        if lines[j].text.strip():
            return j
        j += step
    return -1


def digest_headings(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a link digest's section headings in ``region`` (see the module)."""
    lines = ctx.doc.lines
    candidates = [
        i for i in furniture
        if ctx.words(i) <= _HEADING_WORDS and not ends_sentence(lines[i].text.strip())
        and not ends_colon(lines[i].text.strip())
    ]
    if not candidates:
        return furniture
    links = {i for i in region if lines[i].removal is None and _link(lines[i].text.strip())}
    if len(links) < _LINKS:
        return furniture
    taken = set(furniture)
    keep: set[int] = set()
    for i in candidates:
        above, below = _neighbour(ctx, i, -1), _neighbour(ctx, i, 1)
        if above < 0 or below < 0 or above in taken or below in taken:
            continue
        if above not in links and below not in links:
            continue
        if (above in links or ends_sentence(lines[above].text.strip())) and (
            below in links or ends_sentence(lines[below].text.strip())
        ):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def closing_under_text(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a newsletter's promise of the next issue right under the article's last sentence (see the
    module)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if ctx.words(i) > _CLOSING_WORDS:
            continue
        above = _neighbour(ctx, i, -1)
        if above < 0 or above in taken or not ends_sentence(lines[above].text.strip()):
            continue
        if ctx.table("structure", "newsletter_closing").match(lines[i].text.strip()) is not None:
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture
