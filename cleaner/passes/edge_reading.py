"""A reading list closing an essay or a review (books, each a title and its author, under table
``structure.reading_heading``) and a book's details on it (its translator, publisher and price), which
read like credits and bylines to other passes.
"""

from __future__ import annotations

import re

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import _CAPITAL
from .furniture import DIGIT

# a book and its author on a reading list: "Jane Austen: A Life – Claire Tomalin", "Middlemarch, by George Eliot",
# "Jane Austen's Letters – ed. Deirdre Le Faye", "Der Zauberberg, von Thomas Mann (1924)"
_AUTHOR_WORD = _CAPITAL + r"[\w'’.-]*+"
_BOOK_ITEM = re.compile(
    r"[^\s–—].{0,119}?(?:,? (?:by|von|van|de|di|door|por|par|af|av)| [–—-]|,) (?:(?:ed|eds|hg|hrsg|éd)\.? )?"
    + _AUTHOR_WORD
    + r"(?: (?:"
    + _AUTHOR_WORD
    + r"|de|da|van|von|der|den|le|la|di|du)){0,4}(?: (?:and|und|et|y|e|en) "
    + _AUTHOR_WORD
    + r"(?: "
    + _AUTHOR_WORD
    + r"){0,2})?(?: \([^()]{1,40}\))?\.?"
)
_BOOK_ITEM_WORDS = 16
_READING_ITEMS = 2
_BOOK_DETAIL_WORDS = 8  # "First published in Norwegian in 1920", "Einaudi, 224 pagine, 18,50 euro"
_BOOK_DETAILS = 3  # a book's detail lines under it: its publisher and price, its year, its ISBN
_BOOK_GROUPS = 3  # books with their details that make a list without a heading


def _book_line(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is kept and names a book and its author ("Kristin Lavransdatter by Sigrid Undset")."""
    line = ctx.doc.lines[i]
    return (
        line.removal is None
        and ctx.words(i) <= _BOOK_ITEM_WORDS
        and _BOOK_ITEM.fullmatch(line.text.strip()) is not None
    )


def _short_detail(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is kept and could be a book's detail under its title: a short line and no sentence
    ("Vintage, £10.99", "First published in 1955", "Traducción de Marta Rebón", "ISBN 978-0-571-36546-2")."""
    line = ctx.doc.lines[i]
    return line.removal is None and ctx.words(i) <= _BOOK_DETAIL_WORDS and not ends_sentence(line.text)


def _book_detail_line(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a book's detail with a figure: its price, year or ISBN ("Adelphi, 18 euro")."""
    return _short_detail(ctx, i) and DIGIT.search(ctx.doc.lines[i].text) is not None


def book_detail(ctx: Context, i: int) -> bool:
    """Whether line ``i`` stands among a book's details on a list of books: right under a book and its author and
    right over a short line with a figure ("The Master and Margarita by Mikhail Bulgakov" over "Translated by
    Michael Glenny" over "Penguin, £9.99"): the book's translator or first edition, not the article's credit, which
    stands under the article's last paragraph (or over nothing)."""
    lines = ctx.doc.lines
    above, below = i - 1, i + 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    while below < len(lines) and not lines[below].text.strip():
        below += 1
    if above < 0 or below >= len(lines) or not _book_detail_line(ctx, below):
        return False
    if _book_line(ctx, above):
        return True
    # (under a title alone, the credit is a name's: a person named in it, no figure in it, no rights notice under it
    # or in it: "All rights reserved © 2019 …" between a footer's "Directory" and its address is the site's, and
    # "News release" / "Nota de prensa" under a release's headline, over its embargo's date, names nobody)
    copyright_line = ctx.table("credits", "copyright")
    rights = ctx.table("credits", "rights_phrase")
    text = lines[i].text
    return (
        sum(word[:1].isupper() for word in text.split()[1:]) >= _CREDIT_NAME_WORDS
        and _book_title(ctx, above)
        and DIGIT.search(text) is None
        and not any(t.match(text) for t in (copyright_line, rights))
        and copyright_line.match(lines[below].text) is None
    )


_CREDIT_NAME_WORDS = 2  # a translator's first name and surname: "Traducción de Salvador Peña"


def _book_title(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is kept and could be a book's title over its details in a review's box ("Las mil y una
    noches" over "Traducción de Salvador Peña" over "Pre-Textos, 1.200 páginas"): a short line opening on a capital
    that ends no sentence (a paragraph of the article ends on one; a credit under it is the article's)."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    return (
        line.removal is None
        and 0 < ctx.words(i) <= _BOOK_ITEM_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def _book_groups_end(ctx: Context, region: range) -> int:
    """Where a list of books with their details that opens ``region`` ends (0: no such list): ``_BOOK_GROUPS`` or
    more books ("The Tree of Man by Patrick White"), each over one to ``_BOOK_DETAILS`` short lines that end on
    those with a figure ("Translated by Michael Glenny" over "Vintage, £10.99": the translator's line may read as
    a book's, "Traducción de Marta Rebón"), to the region's end or to residue other passes took."""
    lines = ctx.doc.lines
    at, groups = region.start, 0
    while at < region.stop and _book_line(ctx, at):
        end = at + 1
        while (
            end < region.stop
            and end - at - 1 < _BOOK_DETAILS
            and _short_detail(ctx, end)
            and not _book_detail_line(ctx, end)
        ):
            end += 1
        figures = end
        while end < region.stop and end - at - 1 < _BOOK_DETAILS and _book_detail_line(ctx, end):
            end += 1
        if end == figures:
            break
        groups += 1
        at = end
    if groups < _BOOK_GROUPS or any(lines[j].removal is None for j in range(at, region.stop)):
        return 0
    return at


def reading_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a reading list that closes the article right under its last paragraph: a heading that
    table ``structure.reading_heading`` names ("Further reading", "Literatur", "Bibliografía"), then
    ``_READING_ITEMS`` or more books, each a title and its author ("Jane Austen: A Life – Claire Tomalin"). The
    heading says what its items are: a list of links to the site's stories under "Related" or "Read more" reads
    the same (a headline, a dash, the outlet) and goes, as a menu under "Further reading" does (no author in it).
    Without the heading, the books' details say it (:func:`_book_groups_end`: each book over its publisher and
    price, its year or ISBN, the list right under the paragraph and closing the page)."""
    lines = ctx.doc.lines
    at = region.start
    if at >= region.stop or lines[at].removal is not None:
        return furniture
    if not ctx.table("structure", "reading_heading").match(lines[at].text):
        end = _book_groups_end(ctx, region)
        if not end:
            return furniture
        return [i for i in furniture if i >= end]
    end = at + 1
    while (
        end < region.stop
        and lines[end].removal is None
        and ctx.words(end) <= _BOOK_ITEM_WORDS
        and _BOOK_ITEM.fullmatch(lines[end].text.strip())
    ):
        end += 1
    if end - at - 1 < _READING_ITEMS:
        return furniture
    keep = set(range(at, end))
    return [i for i in furniture if i not in keep]


# opinion35: a letter's signature on a letters page, and a column's sign-off
# a name of two to six words (capitalised, or a name's particle between them: "Margaret O'Neill", "Pilar Gómez Sanz",
# "Dr Alan Briggs", "Anke de Vries"), a party's or a title's brackets after it ("Emma Lindqvist (M)"), then the comma
# or the full stop that parts it from the place or the office ("…, Frome, Somerset", "…. Alcañiz (Teruel)"); a name
# alone is no signature here (a page's "Quick Links", "Opening Bell" under a sentence read as one)
_NAME_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ten|ter|le|la|y|e|zu|af|bin|ibn|al)"
# (a name's word may close on a full stop, "Dr.", "J.", given back to the mark: "Javier Ruiz. Madrid")
_NAME_WORD = _CAPITAL + r"[\w'’-]*\.?"
_SIGNATURE = re.compile(  # (asked with fullmatch; anchored so that no search can go quadratic)
    r"\A"
    + _NAME_WORD
    + r"(?: (?:"
    + _NAME_WORD
    + "|"
    + _NAME_PARTICLE
    + r")){1,5}(?: \([^()]{1,20}\))?(?P<sep>[,.]) "
    + _CAPITAL
    + r".{0,120}"
)
_SIGNATURE_WORDS = 16  # "Dr Alan Briggs, Emeritus professor of transport studies, University of Plymouth"
_SIGN_OFF_WORDS = 6  # "Herzlichst, Ihr Max von Berg"


def _signature_kind(ctx: Context, i: int) -> str | None:
    """How line ``i`` signs a letter ("," or "." before the place), None when it is no signature:
    a short line that ends no sentence, a name, then its place or office; and right over it, the kept line of the
    text that ends a sentence (the letter's last)."""
    text = ctx.doc.lines[i].text.strip()
    if not text[:1].isupper() or ctx.words(i) > _SIGNATURE_WORDS or ends_sentence(text):
        return None
    found = _SIGNATURE.fullmatch(text)
    if found is None or not _under_sentence(ctx, i):
        return None
    return found.group("sep")


def _under_sentence(ctx: Context, i: int) -> bool:
    """Whether the line over line ``i`` (past blank ones) is kept and ends a sentence."""
    lines = ctx.doc.lines
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    return above >= 0 and lines[above].removal is None and ends_sentence(lines[above].text)


def letter_signatures(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the signatures closing the article's letters: a letters page or a debate page signs each
    piece with its writer's name and place under its last sentence ("Javier Ruiz. Madrid", "Peter Hall, Leeds",
    "Dr Alan Briggs, Emeritus professor …"), and the last one, under the page's last paragraph, reads as the footer's
    first link. It stays when another line of the page, right under a sentence of the article, signs the same way (a
    name and the same mark before the place, a comma or a full stop): the page's letters are signed so. And a
    column's sign-off under its closing sentence (table ``structure.sign_off_name``: "Ihre Petra Lange", "Yours, Tom")
    stays. A name alone under the article, or a name with its place and no other such signature on the page, is left
    to the run (a byline's echo, a link, a footer's name)."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    signed: list[tuple[int, str | None]] | None = None
    sign_off = ctx.table("structure", "sign_off_name")
    for i in furniture:
        if (
            sign_off.patterns and ctx.words(i) <= _SIGN_OFF_WORDS and sign_off.match(lines[i].text.strip())
            and _under_sentence(ctx, i)
        ):
            keep.add(i)
            continue
        kind = _signature_kind(ctx, i)
        if kind is None:
            continue
        if signed is None:  # (the page's signatures, read once: most pages have no candidate, and never get here)
            signed = [(j, _signature_kind(ctx, j)) for j in range(len(lines)) if lines[j].removal is None]
        if any(j != i and other == kind for j, other in signed):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture
