"""The article's own short lines at its edges that the furniture test alone would take: lists
(ingredients, pros and cons, items a line announces), rows and tables of data (scores, results, a
fact box's dates and prices), subheadings over them, a closing line or signature. Each guard takes the
furniture found in a region and returns it less the lines it keeps (or the set of lines to keep), so
:class:`~cleaner.passes.structure.EdgeFurniture` asks them one after the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import pairwise
from typing import Final, final

from ..context import Context
from ..gate import gate_for
from ..sentences import residue_of
from ..textstats import JOINED_WORDS, ends_colon, ends_sentence, lower
from ..vocab import Table, past_symbols
from .furniture import CLOCK_SPAN, DIGIT, LABEL_VALUE, URL, decimal, wide_label_figure

# a label and a count: "Attendance: 31,200", "Zuschauer: 29.546" (or a counter: "Views: 1,234"), or a price under
# its label: "Standard: £25", "Members: 20 €" (an event's admission, a menu's rows)
_LABEL_COUNT = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?(?:[€$£¥₩] ?)?\d{1,3}(?:[.,\u202f ]\d{3})*"
    r"(?:[.,]\d{2})?(?: ?[€$£¥₩])?"
)
# a label and a signed or decimal figure, a change in per cent: "ASML: +6,8%", "Vale ON: -0,6%" (an economy
# story's winners and losers)
_LABEL_CHANGE = re.compile(r"[^\W\d_][\w'’.&-]{0,30}(?: [\w'’.&-]{1,30})? ?: ?[+−–-] ?\d{1,3}(?:[.,]\d{1,3})? ?%")

# a capital opening a name, in the Latin (with its extensions, whose capitals and small letters alternate), Greek
# and Cyrillic scripts: "Vitík", "Čech", "Ρέτσος", "Шевчук"
_CAPITAL = r"[A-Z\u00c0-\u00de\u0100-\u017f\u0386\u0388-\u038f\u0391-\u03ab\u0400-\u042f\u0490]"

# a label and a name under a labelled row of data: "Árbitro: Carlos Eduardo Souza", "Schiedsrichter:
# Felix Brych (München)" (a match report's last rows)
_LABEL_NAME = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?" + _CAPITAL + r"[\w'’.-]*"
    r"(?: (?:" + _CAPITAL + r"[\w'’.-]*|de|da|do|dos|das|del|la|le|van|von|der|den|di|y|e|und|et|en))"
    r"{0,4}(?: ?\([^()]{1,30}\))?"
)

# a label and a list of names under a labelled row of data: "Gelbe Karten: Süle, Can / Höler, Günter",
# "Cartons jaunes : Dupont, Martin" (a match report's bookings, the teams parted by a slash or a spaced dash:
# "Žluté karty: Laci, Vitík – Kalvach")
_NAME_ITEM = rf"{_CAPITAL}[\w'’.-]*(?: {_CAPITAL}[\w'’.-]*){{0,2}}"
_LABEL_NAMES = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?"
    + _NAME_ITEM
    + r"(?:(?:, | ?/ | [–—] ) ?"
    + _NAME_ITEM
    + r"){1,11}"
)

# a span of hours of a day: "9.00 - 17.00", "8:00 bis 16:00", "9am–5pm", "9h à 18h"
# a sign-off after a dash: a first name, or a name of two or three words ("— Maya", "– Tom Baker")
_DASH_SIGNATURE = re.compile(r"[—–-] ?[A-Z\u00c0-\u00de][\w'’.-]{0,30}(?: [A-Z\u00c0-\u00de][\w'’.-]{0,30}){0,2}")
_HOURS = re.compile(
    r"\b\d{1,2}(?:[.:h]\d{2}|\s*[ap]\.?m\.?|h)\s*(?:uhr|uur)?\s*(?:[-–—]|to|bis|tot|à|a|até|alle|al)\s*"
    r"\d{1,2}(?:[.:h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|uur|h)?\b",
    re.IGNORECASE,
)


# a signature under the text: a name, a comma and an office ("Susan M. Hartley, County Clerk"), or a
# letter writer's town ("Tom Baker, Springfield")
_SIGNATURE = re.compile(
    r"[A-Z\u00c0-\u00de][\w'’.-]{0,30}(?: (?:[A-Z\u00c0-\u00de][\w'’.-]{0,30}|de|da|van|von|der|di|del|la|le)){1,3},"
    r"(?: the)? [A-Z\u00c0-\u00de][\w'’.&-]{0,30}(?: [\w'’.&-]{1,30}){0,5}"
)

TAIL = "after the article's last paragraph"
# After the article, a heading over at most this many rows of data and then a sentence is the article's
# (a place, its address and hours, then a tip); before it, a name over a date row is a byline.
_MAX_ROWS_UNDER = 3
# a label of up to three words and its short value: "Venue: City Hall", "신청장소: 주소지 동 행정복지센터"
_LABEL_ROW = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?[:：] ?[^\s:：][^:：]{0,59}")
_MIN_CONTINUATION_WORDS = 8  # a paragraph going on after a list, not a footer's "Have your say."
_MAX_PARTS = 4  # a list in parts under their headings, closing the article ("Mansioni", "Requisiti", "Si offre")
_PART_HEADING_WORDS = 2
_MAX_PART_ITEMS = 6
_PART_ITEM_WORDS = 12
_LIST_NAME_WORDS = 4  # a list's item the furniture test takes: a long name, no menu's link


def _label_of(text: str) -> str:
    """A labelled row's label, case folded ("Baca Juga: …" -> "baca juga")."""
    return text.partition(":")[0].partition("：")[0].strip().casefold()


def unannounced(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list the text announces after its last long paragraph and then
    goes on from: a kept line ending in ``:`` ("Suitable crops for beginners:") and the
    short lines right after it, when a kept paragraph of prose follows them (the article goes
    on, so the list is part of it, not a footer menu or a tag list under a label such as
    "Source:" or "Like this:", which only furniture or a short notice follow), or, when every
    item holds a figure (a table of rates, prices, a trail's length), a sentence of three
    words or more follows them ("Gözler şimdi nisan ayındaki toplantıda.", "下次还想再去。").
    The last long paragraph may be the line that announces the list. A subheading with function
    words (:func:`_list_heading`: "Що є в пунктах") announces two or more items the same way when
    a sentence of prose follows them. A colon line of two words or more right under the article's text
    over two items or more, each of two words or more (a notice's streets), needs only a sentence of
    ``_MIN_SHORT_CONTINUATION_WORDS`` words under them."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    announced: list[int] = []  # the colon line and the list after it, while it lasts
    # (the last long paragraph may itself announce the list: "… the figures were as follows:")
    before = region.start - 1
    scan = range(before, region.stop) if before >= 0 and lines[before].removal is None else region
    for i in scan:
        if lines[i].removal is not None:
            continue
        text = lines[i].text
        if not announced and (ends_colon(text) or _list_heading(ctx, furniture_at, i)):
            announced = [i]
        elif announced and (furniture_at(i) or _list_data(ctx, i)):
            # (a row of data among the items, "Longitud extendida: 30 m", is one of them too)
            announced.append(i)
        else:
            # (under a subheading, not a colon, two items at least: "Що є в пунктах" over "питна вода", …)
            colon = bool(announced) and ends_colon(lines[announced[0]].text)
            listed = colon or (len(announced) > 2 and ends_sentence(text))
            if listed and ctx.words(i) >= _MIN_CONTINUATION_WORDS and ctx.is_prose(i):
                keep.update(announced)
            elif (
                colon
                and len(announced) > 2
                and ctx.words(announced[0]) >= 2
                and all(ctx.words(j) >= 2 for j in announced[1:])
                and _under_text(ctx, furniture_at, announced[0])
                and ctx.words(i) >= _MIN_SHORT_CONTINUATION_WORDS
                and ends_sentence(text)
                and ctx.is_prose(i)
            ):
                # a colon line of two words or more right under the article's text, two items or more of two words
                # or more each, then a shorter sentence of the article's ("Οι περιοχές που επηρεάζονται:" over the
                # streets, "Οδός Ερμού", …, then "Παρακαλούνται οι καταναλωτές να κάνουν οικονομία νερού."): a
                # footer's label is a word ("Source:" over "News agencies", "Asia", …) or stands over links of a
                # word each ("Rubriky:" over "Domov", "Svět")
                keep.update(announced)
            elif len(announced) > 2 and _figures(ctx, announced[1:]) and ctx.words(i) >= 3 and ends_sentence(text):
                keep.update(announced)  # rows of figures ("Dolar/TL: 32,05"), then a sentence: the article's table
            announced = [i] if ends_colon(text) or _list_heading(ctx, furniture_at, i) else []
    return [i for i in furniture if i not in keep] if keep else furniture


_LIST_HEADING_WORDS = 6
_MIN_SHORT_CONTINUATION_WORDS = 5  # the sentence under a list whose colon line stands right under the text
_ROW_OF_NAMES_COMMAS = 2  # a line-up's names under its label


def _under_text(ctx: Context, furniture_at: Callable[[int], bool], i: int) -> bool:
    """Line ``i`` stands right under a kept line of the article's that is no furniture (blank lines between)."""
    lines = ctx.doc.lines
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    return above >= 0 and lines[above].removal is None and not furniture_at(above)


_ANNOUNCED_LINES = 12  # a verse or a list a sentence announces, up to the sentence going on after it


def announced_to_sentence(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less what a sentence announces after the article's last long paragraph and the article
    goes on from: a kept line ending in a colon that reads as a sentence (``_MIN_CONTINUATION_WORDS`` words or
    more, as many function words as a sentence holds: "Fans sang the old terrace song long after the whistle:",
    not a label's "Like this:"), the lines under it (a song's verse, a list, a table under its heading) up to
    a kept sentence of three words or more ("Rovers travel to City next Sunday."), at most
    ``_ANNOUNCED_LINES`` of them and none another pass took (a footer's menu stands by residue)."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    before = region.start - 1
    start = before if before >= 0 and lines[before].removal is None else region.start
    i = start
    while i < region.stop:
        if lines[i].removal is None and _announcing_sentence(ctx, i):
            span: list[int] = []
            j = i + 1
            while j < region.stop and len(span) <= _ANNOUNCED_LINES and lines[j].removal is None:
                text = lines[j].text
                if ctx.words(j) >= 3 and ends_sentence(text) and not lines[j].lead:
                    keep.update(span)  # (nothing when the sentence goes on right under it)
                    break
                span.append(j)
                j += 1
            i = j
            continue
        i += 1
    return [i for i in furniture if i not in keep] if keep else furniture


def pointed_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list of short items a sentence points at with a full stop after the article's last long
    paragraph, the article going on right under it (:func:`_pointed_items`): the last long paragraph or a line under
    it ("… membawa perlengkapan berikut." over "Helm standar", …, "Kotak obat", over "Pemudik juga diminta
    beristirahat setiap dua jam perjalanan.")."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    before = region.start - 1
    start = before if before >= 0 and lines[before].removal is None else region.start
    for i in range(start, region.stop):
        keep.update(_pointed_items(ctx, i, region.stop))
        keep.update(_labelled_closing_list(ctx, i))
    return [i for i in furniture if i not in keep] if keep else furniture


def _labelled_closing_list(ctx: Context, i: int) -> list[int]:
    """Line ``i`` and the list under it when ``i`` is a short label closed by a colon, no figure, right under a kept
    sentence of the article's (``_MIN_SHORT_CONTINUATION_WORDS`` words or more), over ``_CLOSING_LIST_ITEMS`` to
    ``_POINTED_ITEMS`` items of up to ``_LIST_NAME_WORDS`` words each (no sentence, no label, no section's name)
    down to the page's last line: the article's list under its label ("Affected districts:" over "Southside",
    "Westfield", "Eastgate"; "단수 지역:" over "역삼동", …). A footer's label stands over residue other passes took or
    more of the footer, and a menu's links run on past its end; a list ending the page under the text's last
    sentence is the text's, under a label of two words or more: a menu's or a tag list's label is a word
    ("Sections:" over "Home", "News", "Sport"; "Tags:")."""
    lines = ctx.doc.lines
    text = lines[i].text
    if lines[i].removal is not None or not ends_colon(text) or DIGIT.search(text):
        return []
    if not _LABEL_WORDS[0] <= ctx.words(i) <= _LABEL_WORDS[1]:
        return []
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    if (
        above < 0
        or lines[above].removal is not None
        or lines[above].lead
        or not ends_sentence(lines[above].text)
        or ctx.words(above) < _MIN_SHORT_CONTINUATION_WORDS
    ):
        return []
    items: list[int] = []
    for j in range(i + 1, len(lines)):
        item = lines[j].text
        if not item.strip():
            continue
        if (
            lines[j].removal is not None
            or ctx.words(j) > _LIST_NAME_WORDS
            or ends_sentence(item)
            or ends_colon(item)
            or _LABEL_COLON.search(item)
            or len(items) == _POINTED_ITEMS
        ):
            return []
        items.append(j)
    if len(items) < _CLOSING_LIST_ITEMS:
        return []
    section = ctx.table("structure", "section_name")
    return [] if any(section.match(lines[j].text) for j in items) else [i, *items]


_LABEL_WORDS = (2, 3)  # a list's label: "Affected districts:", "Etkilenecek mahalleler:"


def pointed_run(ctx: Context, run: list[int]) -> bool:
    """A run of furniture between the article's paragraphs that is the list a sentence right over it points at
    (:func:`_pointed_items`: "Kesintiden etkilenecek mahalleler şunlardır." over "Bahçelievler", "Emek", …)."""
    above = run[0] - 1
    while above >= 0 and not ctx.doc.lines[above].text.strip():
        above -= 1
    return above >= 0 and _pointed_items(ctx, above, len(ctx.doc.lines)) == run


def _pointed_items(ctx: Context, i: int, stop: int) -> list[int]:
    """The items of the list line ``i`` points at (none: no such list): ``i`` a kept sentence closed by a full stop,
    whose close table ``structure.list_pointer`` names ("… perlengkapan berikut.", "Los cinco refuerzos son
    estos."), right over ``_CLOSING_LIST_ITEMS`` to ``_POINTED_ITEMS`` items of up to ``_LIST_NAME_WORDS`` words
    each ("Jas hujan", "Yukarı Ayrancı"; no sentence, no label), right over a kept sentence of
    ``_MIN_SHORT_CONTINUATION_WORDS`` words or more (not told prose where the page's language is not told yet:
    "Pemudik juga diminta beristirahat setiap dua jam perjalanan."), all before line ``stop``; or, the pointing
    sentence ``_MIN_SHORT_CONTINUATION_WORDS`` words or more, such items down to the page's last line ("Los cinco
    refuerzos son estos." over five names). A menu under a paragraph, over a footer's blurb or the next teaser,
    has that shape but for the sentence pointing at it; a box of recommendations under "You might also like the
    following." lists headlines, longer than such items. (The table is read last, on the few sentences over
    such a list.)"""
    lines = ctx.doc.lines
    text = lines[i].text
    if lines[i].removal is not None or not ends_sentence(text) or ctx.words(i) < 2:
        return []
    items: list[int] = []
    j = i + 1
    while j < stop and lines[j].removal is None:
        item = lines[j].text
        if item.strip():
            if (
                ctx.words(j) > _LIST_NAME_WORDS
                or ends_sentence(item)
                or ends_colon(item)
                or _LABEL_COLON.search(item)
                or len(items) == _POINTED_ITEMS
            ):
                break
            items.append(j)
        j += 1
    if len(items) < _CLOSING_LIST_ITEMS:
        return []
    if j >= len(lines):  # (the list closes the page, nothing under it: the pointing sentence a sentence's length)
        closed = ctx.words(i) >= _MIN_SHORT_CONTINUATION_WORDS
    else:
        closed = (
            j < stop
            and lines[j].removal is None
            and ctx.words(j) >= _MIN_SHORT_CONTINUATION_WORDS
            and ends_sentence(lines[j].text)
            and not lines[j].lead
        )
    if not closed:
        return []
    if ctx.table("structure", "list_pointer").match(text):
        return items
    return items if _named_places(ctx, text, items) else []


def _named_places(ctx: Context, text: str, items: list[int]) -> bool:
    """Whether the sentence ``text`` points at places ("Le scuole resteranno chiuse in questi comuni.", table
    ``structure.place_pointer``) and ``items`` name them: each opens on a capital, none a site's section
    ("Forlì", "Castrocaro Terme"; not "Cronaca", "Sport")."""
    lines = ctx.doc.lines
    if not all(lines[j].text.strip()[:1].isupper() and not DIGIT.search(lines[j].text) for j in items):
        return False
    if not ctx.table("structure", "place_pointer").match(text):
        return False
    section = ctx.table("structure", "section_name")
    return not any(section.match(lines[j].text.strip()) for j in items)


_POINTED_ITEMS = 15  # items a sentence points at: a list, not a page's worth of links

_CLOSING_LIST_ITEMS = 3  # items of a list closing the article under its heading
_BYLINE_PASSES = frozenset({"byline", "dateline", "clock-line"})  # (between the key points and the text)
_MENU_LINK_WORDS = 3
_LABEL_COLON = re.compile(r"[:：](?:\s|$)")  # a label's colon ("Poids : 620 g"), not a time's ("13:12")


def closing_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the list that closes the article right under its last long paragraph, the page's
    residue right under the list: a short heading ("What changes"), then ``_CLOSING_LIST_ITEMS`` or more
    items of three to ``_LIST_ITEM_WORDS`` words each, in sentence case (a word after the first in lower
    case: "Sunday parking stays free", not a menu's "Terms of Use" or "Contact"), no sentence, and right
    under the last item a line another pass took (the footer's "About us"), the page's end, or another list of
    the same shape that ends so (a footer's box of sentence-case links, "Useful links" over "Report a broken
    meter", reads the same: only what its heading means tells it from the article's)."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    at = region.start
    # (a second list of the same shape may follow the first, "What changes" then "What stays": both are the
    # article's, as one alone would be)
    while at < region.stop and lines[at].removal is None:
        end = _closing_list_end(ctx, region, at)
        if not end:
            return furniture
        keep.update(range(at, end))
        at = end
    if not keep:
        return furniture
    return [i for i in furniture if i not in keep]


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


def _closing_list_end(ctx: Context, region: range, at: int) -> int:
    """Where the list :func:`closing_list` reads at ``at`` (its heading) ends; 0: no such list."""
    lines = ctx.doc.lines
    if at + _CLOSING_LIST_ITEMS >= region.stop or lines[at].removal is not None:
        return 0
    if not _list_heading_line(ctx, at) or ends_colon(lines[at].text):
        return 0  # (a count in it is a widget's: "Avaliações (23)" over the shop's sentence-case links)
    end = at + 1
    while end < region.stop and lines[end].removal is None and _sentence_case_item(ctx, end):
        end += 1
    if end - at - 1 < _CLOSING_LIST_ITEMS or _one_tail(ctx, list(range(at + 1, end))):
        return 0
    return end


def signed_off_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a short list that closes the article under the article's own lines and is signed off
    by a closing sentence: a line of the article's kept over it (a row of data, a sentence: not furniture), a
    short heading ("Co nowego"), ``_CLOSING_LIST_ITEMS`` or more items of two to ``_LIST_ITEM_WORDS`` words in
    sentence case ("Sauna fińska", "Nowe szatnie"), then a closing sentence of at most
    ``_SIGN_OFF_WORDS`` words ("Zapraszamy.", "See you there!"), and under it only residue other passes took or
    the page's end. A footer's links end on a link or on a copyright line another pass takes, and stand by
    residue ("Privacy policy")."""
    lines = ctx.doc.lines
    end = region.stop - 1
    while end >= region.start and lines[end].removal is not None:
        end -= 1
    if end < region.start or not ends_sentence(lines[end].text) or ctx.words(end) > _SIGN_OFF_WORDS:
        return furniture
    at = end - 1
    while at >= region.start and lines[at].removal is None and (
        _short_sentence_case_item(ctx, at) or _one_word_item(ctx, at)
    ):
        at -= 1
    if at < region.start:
        at = region.start  # (the list right under the last long paragraph: its heading read as an item)
    elif lines[at].removal is None and not _list_heading_line(ctx, at):
        at += 1  # (the heading may read as an item itself: "Co nowego")
    if lines[at].removal is not None or end - at - 1 < _CLOSING_LIST_ITEMS:
        return furniture
    if not _list_heading_line(ctx, at) or ends_colon(lines[at].text) or _one_tail(ctx, list(range(at + 1, end))):
        return furniture
    # (a one-word item among them, "Eraser" between "Coloured pencils" and "Glue stick"; most of them in sentence
    # case still, as a footer's "About" and "Contact" are not)
    cased = sum(1 for j in range(at + 1, end) if _short_sentence_case_item(ctx, j))
    if cased < _CLOSING_LIST_ITEMS or 2 * cased < end - at - 1:
        return furniture
    above = at - 1
    if above < 0 or lines[above].removal is not None or above in furniture:
        return furniture
    keep = set(range(at, end + 1))
    return [i for i in furniture if i not in keep]


_SIGN_OFF_WORDS = 4


def opening_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the list that opens the article right over its first long paragraph (a news page's
    key points between its headline and its text): a short heading ("Key points", "Das Wichtigste in Kürze",
    "Key points:"), then ``_CLOSING_LIST_ITEMS`` or more items as :func:`closing_list` has them, the last one
    right over the paragraph (a byline or a date another pass took may stand between, no other residue), and
    over the heading no menu's link of ``_MENU_LINK_WORDS`` words or fewer (the headline, a standfirst, or
    residue another pass took)."""
    lines = ctx.doc.lines
    end = region.stop - 1
    while end >= region.start and (gone := lines[end].removal) is not None and gone.pass_name in _BYLINE_PASSES:
        end -= 1
    at = end
    while at >= region.start and lines[at].removal is None and _sentence_case_item(ctx, at):
        at -= 1
    if at >= region.start and lines[at].removal is None and not _list_heading_line(ctx, at):
        at += 1  # (the heading may read as an item itself: "Das Wichtigste in Kürze" under the headline)
    if end - at < _CLOSING_LIST_ITEMS or at < region.start or lines[at].removal is not None:
        return furniture
    if not _list_heading_line(ctx, at):
        return furniture
    if at > 0 and lines[at - 1].removal is None and ctx.words(at - 1) <= _MENU_LINK_WORDS:
        return furniture  # the heading is a menu's last link, its items the menu's too ("Things to do")
    if _one_tail(ctx, list(range(at + 1, end + 1))):
        return furniture
    keep = set(range(at, end + 1))
    return [i for i in furniture if i not in keep]


def opening_heading(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the heading of the article's first section, right over its first long paragraph: a word
    the table ``structure.opening_heading`` names ("Abstract", "Summary", "Einleitung"), or the first entry of the
    page's own table of contents over it, repeated (the entry and the next ones, ``_TOC_ENTRIES`` or more, stand
    again in order as kept lines under the paragraph: "In this issue" / "Offline mode" / "Faster search", then
    "Offline mode" over the first section's text). A menu's last link over the text is no such word, and its
    links are no headings of the article's."""
    lines = ctx.doc.lines
    at = region.stop - 1
    while at >= region.start and not lines[at].text.strip():
        at -= 1
    if at < region.start or at not in furniture:
        return furniture
    text = lines[at].text.strip()
    if ctx.table("structure", "opening_heading").match(text) or _toc_entry(ctx, region, furniture, at):
        return [i for i in furniture if i != at]
    return furniture


def _toc_entry(ctx: Context, region: range, furniture: list[int], at: int) -> bool:
    """Whether line ``at`` (right over the first long paragraph) repeats the first entry of a table of contents over
    it whose entries (``_TOC_ENTRIES`` or more, furniture each) stand again, in order, as kept lines under it."""
    lines = ctx.doc.lines
    text = lines[at].text.strip()
    gone = set(furniture)
    for j in range(region.start, at):
        if j not in gone or lines[j].text.strip() != text:
            continue
        entries = [text]
        k = j + 1
        while k < at and k in gone:
            entries.append(lines[k].text.strip())
            k += 1
        if len(entries) < _TOC_ENTRIES:
            continue
        want = 1  # (the first entry is line ``at`` itself)
        for i in range(region.stop, len(lines)):
            if want < len(entries) and lines[i].removal is None and lines[i].text.strip() == entries[want]:
                want += 1
        if want >= _TOC_ENTRIES:
            return True
    return False


_TOC_ENTRIES = 2


# a pronunciation: the phonetic alphabet's stress and length marks, which no language's spelling uses (its letters
# do: Azerbaijani "ə", Danish "æ", Greek "θ", Ewe "ɛ", "ɔ", "ŋ")
_PRONUNCIATION = re.compile(r"[ˈˌː]")
_PRONUNCIATION_WORDS = 8
_OVER_PRONUNCIATION = 2  # a dictionary entry's headword and its part of speech over its pronunciation
_UNDER_PRONUNCIATION = 2  # "Definition" between the pronunciation and the first sense


def pronunciation_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the head of a dictionary entry right over its first sense (the first long paragraph):
    its pronunciation ("pet·ri·chor | \\ ˈpe-trə-ˌkȯr \\", "/ˈpɛtrɪkɔː/": a phonetic mark no menu holds, up to
    ``_PRONUNCIATION_WORDS`` words), the lines between it and the sense (a label: "Definition"), and over it
    the lines that open in lower case (the headword, the part of speech: "petrichor", "noun"); a menu's last
    link over them is capitalised."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    for back in range(1, _UNDER_PRONUNCIATION + 2):
        if back > len(kept):
            return furniture
        at = kept[-back]
        if ctx.words(at) <= _PRONUNCIATION_WORDS and _PRONUNCIATION.search(lines[at].text):
            break
    else:
        return furniture
    pos = len(kept) - back
    if not _adjacent(ctx, kept[pos], region.stop - 1):
        return furniture
    keep = set(kept[pos:])
    for i in reversed(kept[max(0, pos - _OVER_PRONUNCIATION) : pos]):
        if not lines[i].text[:1].islower() or not _adjacent(ctx, i, kept[pos]):
            break
        keep.add(i)
    return [i for i in furniture if i not in keep]


def sentence_case_list(ctx: Context, run: list[int]) -> bool:
    """A long run of short lines between the article's paragraphs that is the article's list: a heading, then
    ``_CLOSING_LIST_ITEMS`` or more items as :func:`closing_list` has them ("Les étapes" over "Remplir le
    formulaire", "Joindre les justificatifs", …: three words or more each, in sentence case), no line among them
    another pass took but such an item (a how-to's "Créer un compte" a call's table took; a footer's menu stands
    by its "About us", a tag cloud's tags run to two words), the items not all ending in one word (a gallery's
    captions, :func:`_one_tail`)."""
    lines = ctx.doc.lines
    if len(run) <= _CLOSING_LIST_ITEMS or any(
        lines[j].removal is not None and not _sentence_case_item(ctx, j) for j in range(run[0], run[-1] + 1)
    ):
        return False
    return (
        _list_heading_line(ctx, run[0])
        and all(_sentence_case_item(ctx, i) for i in run[1:])
        and not _one_tail(ctx, run[1:])
    )


def list_in_prose(ctx: Context, run: list[int]) -> bool:
    """A run of short lines between the article's paragraphs that is the article's list of short steps or
    items: a heading with a function word (:func:`_worded_heading`), then ``_CLOSING_LIST_ITEMS`` or more
    items of two to ``_LIST_ITEM_WORDS`` words in sentence case ("What to do" over "Switch off", "Find the
    valve", "Open slowly"; "Co zrobić" over "Wyłącz ogrzewanie"), the run standing right between two kept
    sentences of prose of ``_MIN_CONTINUATION_WORDS`` words or more (the article announces it and goes on from
    it) with more such prose further down (a menu's next paragraph is a footer's blurb, the page's last), no
    line around or among them that another pass took and at most ``_PROSE_LIST_LINES`` lines. A menu's links
    stand by residue other passes took ("Privacy policy", "Terms of use"), or run to one word or to title case
    ("Breaking News"); a footer's blurb follows a footer."""
    lines = ctx.doc.lines
    first, last = run[0], run[-1]
    if not _CLOSING_LIST_ITEMS < len(run) <= _PROSE_LIST_LINES or run != list(range(first, last + 1)):
        return False
    before, after = first - 1, last + 1
    if before < 0 or after >= len(lines) or lines[before].removal is not None or lines[after].removal is not None:
        return False
    if not all(_continuing_sentence(ctx, j) for j in (before, after)):
        return False
    # (the article goes on past the paragraph under the list: a menu's next paragraph is the footer's blurb,
    # the page's last)
    if not any(lines[j].removal is None and _continuing_sentence(ctx, j) for j in range(after + 1, len(lines))):
        return False
    return (
        _list_heading_line(ctx, first)
        and _worded_heading(ctx, first)
        and all(_short_sentence_case_item(ctx, i) for i in run[1:])
        and not _one_tail(ctx, run[1:])
    )


def _worded_heading(ctx: Context, i: int) -> bool:
    """A subheading holding a function word of the page's language ("What to do", "Co zrobić", "Les étapes"), not
    a menu's first link ("Local news", "Breaking News")."""
    return bool(ctx.stopwords) and ctx.stats(i).stop_ratio > 0


def _continuing_sentence(ctx: Context, i: int) -> bool:
    """A sentence of prose of ``_MIN_CONTINUATION_WORDS`` words or more: the article's text around its list."""
    return ctx.words(i) >= _MIN_CONTINUATION_WORDS and ctx.is_prose(i) and ends_sentence(ctx.doc.lines[i].text)


_PROSE_LIST_LINES = 12  # a heading and its short items between two paragraphs (a menu between them runs longer)


def item_inside_prose_list(ctx: Context, i: int, residue: Collection[int]) -> bool:
    """Line ``i`` is an item inside the article's list of steps between two paragraphs, though a table matched
    it ("Créer un compte" first under "Les étapes", then "Remplir le formulaire en ligne", …): a short item in
    sentence case, under a heading with a function word (:func:`_worded_heading`) and at least
    ``_CLOSING_LIST_ITEMS`` more such items, ``i`` neither the
    heading nor the last item, no other line of the heading and its items among ``residue`` (the lines a
    vocabulary matched), and a kept sentence of prose of ``_MIN_CONTINUATION_WORDS`` words or more right over
    the heading and right under the last item. A sign-up box's call is its heading or its last line (the
    button, under the benefits it lists), and a box stands by residue."""
    lines = ctx.doc.lines

    def item(j: int) -> bool:
        return 0 <= j < len(lines) and lines[j].removal is None and (j == i or j not in residue) and (
            _short_sentence_case_item(ctx, j)
        )

    if not item(i):
        return False
    top = i
    while item(top - 1):
        top -= 1
    bottom = i
    while item(bottom + 1):
        bottom += 1
    heading = top - 1
    if not (
        heading >= 0 and lines[heading].removal is None and heading not in residue and _list_heading_line(ctx, heading)
    ):
        heading = top  # (the heading may read as an item itself: "Les étapes")
    if not _list_heading_line(ctx, heading) or not _worded_heading(ctx, heading):
        return False
    if heading == i or bottom == i or bottom - heading <= _CLOSING_LIST_ITEMS:
        return False
    if _one_tail(ctx, list(range(heading + 1, bottom + 1))):
        return False
    return all(
        0 <= j < len(lines)
        and lines[j].removal is None
        and j not in residue
        and ctx.words(j) >= _MIN_CONTINUATION_WORDS
        and ctx.is_prose(j)
        and ends_sentence(lines[j].text)
        for j in (heading - 1, bottom + 1)
    )


def _short_sentence_case_item(ctx: Context, i: int) -> bool:
    """A short list item in sentence case: two to ``_LIST_ITEM_WORDS`` words, one after the first in lower case
    ("Switch off", "Nowe szatnie"), no sentence, no label, no figure."""
    line = ctx.doc.lines[i]
    words = line.text.split()
    return (
        2 <= ctx.words(i) <= _LIST_ITEM_WORDS
        and not line.lead
        and not ends_sentence(line.text)
        and not _LABEL_COLON.search(line.text)
        and not DIGIT.search(line.text)
        and words[0][:1].isupper()
        and any(word[:1].islower() for word in words[1:])
    )


def _one_word_item(ctx: Context, i: int) -> bool:
    """A list's item of one capitalised word, no figure, no stop ("Eraser", "Zakwas")."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    return (
        ctx.words(i) == 1
        and not line.lead
        and text[:1].isupper()
        and not DIGIT.search(text)
        and text[-1:].isalpha()
    )


def _one_tail(ctx: Context, items: list[int]) -> bool:
    """Every one of ``items`` ends in the same word: a gallery's captions ("Christopher Tays Submitted photo",
    "Ryan S. Hollman Submitted photo"), not a list's items."""
    tails = {ctx.doc.lines[i].text.rsplit(" ", 1)[-1].casefold() for i in items}
    return len(items) > 1 and len(tails) == 1


def _list_heading_line(ctx: Context, i: int) -> bool:
    """A list's short heading: up to ``_LIST_HEADING_WORDS`` words, no sentence, no figure, no list item (it may
    end in a colon: "Key points:")."""
    text = ctx.doc.lines[i].text
    return (
        ctx.words(i) <= _LIST_HEADING_WORDS
        and not ends_sentence(text)
        and not ctx.doc.lines[i].lead
        and not DIGIT.search(text)
    )


def _sentence_case_item(ctx: Context, i: int) -> bool:
    """A list's item in sentence case: three to ``_LIST_ITEM_WORDS`` words, one after the first in lower case,
    no sentence, no label ("Poids : 620 g"; a time, "Empezó a las 13:12", is no label)."""
    line = ctx.doc.lines[i]
    words = line.text.split()
    return (
        3 <= ctx.words(i) <= _LIST_ITEM_WORDS
        and not ends_sentence(line.text)
        and not _LABEL_COLON.search(line.text)  # (a labelled row is a spec list's, its own guards judge it)
        and any(word[:1].islower() for word in words[1:])
    )


def _announcing_sentence(ctx: Context, i: int) -> bool:
    """A sentence announcing what follows: it ends in a colon, with ``_MIN_CONTINUATION_WORDS`` words or more and
    more function words than the furniture test lets a line have; no list item."""
    line = ctx.doc.lines[i]
    return (
        bool(ctx.stopwords)
        and not line.lead
        and ends_colon(line.text)
        and ctx.words(i) >= _MIN_CONTINUATION_WORDS
        and ctx.stats(i).stop_ratio > _SENTENCE_STOP_RATIO
    )


def _list_heading(ctx: Context, furniture_at: Callable[[int], bool], i: int) -> bool:
    """A subheading with function words that the furniture test lets through ("Що є в пунктах",
    "Was Sie mitbringen sollten"): no sentence, no colon, no figure, no list item, a few words."""
    text = ctx.doc.lines[i].text
    return (
        2 <= ctx.words(i) <= _LIST_HEADING_WORDS
        and not ctx.doc.lines[i].lead
        and not furniture_at(i)
        and not ends_sentence(text)
        and not ends_colon(text)
        and not DIGIT.search(text)
    )


# a review's verdict under its label: "Rating: 7/10", "Verdict: 4 out of 5 stars", "Note : ★★★★☆"
_VERDICT = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?: ?"
    r"(?:\d{1,2}(?:[.,]\d)? ?(?:/|out of|von|sur|de|di|op|van) ?\d{1,3}(?: \w{1,10})?|[★☆]{3,10})\.?",
    re.IGNORECASE,
)
_VERDICT_BOX_LINES = 12  # a review's pros and cons: two headings and a few short items each


def verdict_box(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a review's box after its last paragraph: short lines, no sentences
    ("Pros", "Very light", "Cons", "Tangles with long hair") standing right between the prose
    and the review's closing rows, a verdict under its label ("Rating: 7/10", "Verdict: 4 out of
    5 stars") with perhaps a price ("Price: £199"), that end the text (residue other passes took
    may follow). A footer's menu ends no text with a rating."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    rows = 0
    verdict = False
    while rows < len(kept):
        text = lines[kept[-1 - rows]].text
        if ":" not in text or furniture_at(kept[-1 - rows]):
            break
        if _VERDICT.fullmatch(text):
            verdict = True
        elif not LABEL_VALUE.fullmatch(text):
            break
        rows += 1
    if not verdict:
        return _verdict_box_over_residue(ctx, furniture_at, kept, furniture)
    box: list[int] = []
    for i in reversed(kept[: len(kept) - rows]):
        if not (furniture_at(i) or (ctx.words(i) <= _VERDICT_ITEM_WORDS and not ends_sentence(lines[i].text))):
            if not ends_sentence(lines[i].text):
                return furniture  # the box must stand right under the article's text
            break
        box.append(i)
    if not box or len(box) > _VERDICT_BOX_LINES:
        return furniture
    keep = set(box)
    return [i for i in furniture if i not in keep]


def _verdict_box_over_residue(
    ctx: Context, furniture_at: Callable[[int], bool], kept: list[int], furniture: list[int]
) -> list[int]:
    """``furniture`` less a review's box right under its last paragraph and over its verdict, where
    more of the page follows the verdict (a naive scrape: the price box, the share row and the footer
    under it; an extract: the shops' offers): short lines, no sentences ("Pro", "Lange Akkulaufzeit",
    "Contra", "Les plus", "Bruyant en mode maximal"), perhaps a grade ("Testergebnis: 1,8 (gut)"),
    then a verdict under its label ("Bewertung: 4,5 von 5 Sternen", "Note : 7/10"). Most of the
    box's lines are of two words or more: a share row's ("Facebook", "X", "E-Mail") are single
    words."""
    lines = ctx.doc.lines
    box: list[int] = []
    for i in kept:
        text = lines[i].text
        if ":" in text and _VERDICT.fullmatch(text):
            break
        if len(box) == _VERDICT_BOX_LINES or not (
            furniture_at(i) or (ctx.words(i) <= _VERDICT_ITEM_WORDS and not ends_sentence(text))
        ):
            return furniture
        box.append(i)
    else:
        return furniture
    if len(box) < _MIN_VERDICT_BOX or sum(1 for i in box if ctx.words(i) >= 2) * 2 <= len(box):
        return furniture
    keep = set(box)
    return [i for i in furniture if i not in keep]


_MIN_VERDICT_BOX = 4  # two headings and an item under each
_VERDICT_ITEM_WORDS = 10  # "Serpillière peu efficace sur les taches sèches"


def _figures(ctx: Context, rows: list[int]) -> bool:
    """Every one of ``rows`` holds a figure and is no sentence: rows of data ("Euro/TL: 34,80",
    "门票：55元"), not a footer's links under a label ("Follow us:", "Tags:")."""
    lines = ctx.doc.lines
    return all(DIGIT.search(lines[j].text) and not ends_sentence(lines[j].text) for j in rows)


def _list_data(ctx: Context, i: int) -> bool:
    """A short row of data that is no sentence ("Longitud extendida: 30 m", "Pistola con 7 tipos de
    chorro"): an item of a list, not the paragraph the text goes on with."""
    return ctx.words(i) < _MIN_CONTINUATION_WORDS and bool(DIGIT.search(ctx.doc.lines[i].text)) and not ends_sentence(
        ctx.doc.lines[i].text
    )


def counts_under_data(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the labelled counts ("Attendance: 31,200", "Zuschauer: 29.546") right
    under a row of the article's data after its last paragraph (a match report's scorers, "Saka
    23, Havertz 52, Rice 88"): the report's last row; and a labelled value of any kind right under
    labelled rows of data (a spec list's last row, "Material: glass, steel" under "Weight: 420 g").
    A counter right after the prose or under residue ("Views: 1,234") stays furniture."""
    lines = ctx.doc.lines
    gone = set(furniture)
    keep: set[int] = set()
    under_data = False
    labelled = False  # the row above is a labelled row of data ("Público: 21.540 torcedores")
    listed = 0  # labelled rows of data right above, one after another ("Capacity: 600 ml", "Weight: 420 g")
    for i in region:
        if lines[i].removal is not None:
            under_data = labelled = False
            listed = 0
            continue
        text = lines[i].text
        if i in gone:
            if under_data and ":" in text and (
                _LABEL_COUNT.fullmatch(text)
                or (labelled and (_LABEL_NAME.fullmatch(text) or _LABEL_NAMES.fullmatch(text)))
                # (or a short labelled value of any kind under two labelled rows of data or more: a spec
                # list's last row, "Matériaux : verre borosilicaté, acier inoxydable" under "Poids : 620 g";
                # a contact box's address under its phone number is no such list)
                or (listed >= _SPEC_ROWS and _LABEL_ROW.fullmatch(text) and not ends_sentence(text) and "@" not in text
                    and "://" not in text)
            ):
                keep.add(i)  # (and a further count under it is the report's too)
                labelled = True
            else:
                under_data = labelled = False
                listed = 0
            continue
        under_data = ctx.words(i) >= 3 and ctx.digit(i) and not lines[i].lead
        labelled = under_data and ":" in text
        listed = listed + 1 if labelled else 0
    return [i for i in furniture if i not in keep] if keep else furniture


_SPEC_ROWS = 2  # labelled rows of data over a spec list's last row


_FACT_BOX_GAP = 3
_FACT_BOX_LINES = 5  # an event's dates, place, admission; a job's place and hours
_LABELLED_FACTS = 2  # labelled rows under a fact box's first row: a match's scorers and referee
_FACT_WORDS = 6


def fact_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the short lines of a fact box right before the article, under a row of
    its data: an event's dates over its place and admission ("Du 6 au 9 décembre", "Presqu'île,
    Lyon 2e", "Gratuit"), with nothing but residue between the box and the first paragraph. The
    box is the last few kept lines before the article, each short and no sentence; of its furniture
    only the lines under its first row of data are kept (a menu or the title above it are the
    page's). The box's lines stand together: ``_FACT_BOX_GAP`` lines or more of residue between two of them part
    a shop's price and rating from its details (a product's title with its figures over them is no row of
    the box's, "Ibuprofen 200mg Tablets - 16 Pack" / "4.8 (92)" / "£1.29" / "Add to basket", "In stock online",
    "Check stock in store" / "Product details")."""
    lines = ctx.doc.lines
    gone = set(furniture)
    box: list[int] = []
    residue = 0  # the lines other passes took right over the box's last line
    for i in reversed(region):
        if lines[i].removal is not None:
            residue += 1
            continue
        if box and residue >= _FACT_BOX_GAP:
            break  # (a shop's widgets between its price and its details: no box's rows)
        residue = 0
        if len(box) == _FACT_BOX_LINES or ctx.words(i) > _FACT_WORDS or lines[i].lead:
            break
        if i in gone or not ends_sentence(lines[i].text):
            box.append(i)
            continue
        break
    keep: set[int] = set()
    under_data = False
    for i in reversed(box):
        if i not in gone and ctx.words(i) >= 3 and DIGIT.search(lines[i].text):
            under_data = True
        elif under_data and i in gone:
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


# a figure of a date, a time, a price, a measure or a phone number: digits joined by punctuation
# ("2018.04.05", "60,000", "9:00", "02-751"), a time of day ("4PM", "19 Uhr", "20h"), a currency sign,
# a unit ("320 kcal", "15 min", "30%") or a unit of an unspaced script ("30,000원", "3月") at a digit
# (a headline's bare count, "The 5 best hikes", is none)
_FIGURE = re.compile(
    r"\d[.,:/~–-]\d|\d ?(?:(?:[ap]\.?m|h|uhr|k?cal|kj|[mk]?g|m?l|cl|min|cm|km)\b|[%€$£¥₩]"
    r"|원|円|元|년|월|일|시|분|명|개월|年|月|日|時|时)|[€$£¥₩] ?\d",
    re.IGNORECASE,
)
_BOX_WORDS = 4  # a fact row's words besides its figures ("VIP : 60,000₩"); a heading's ("Opening hours")
_BOX_TITLES = 2  # the box's title over its rows: a series' name, the show's
_BOX_FIGURES = 3  # rows of figures in a box: its dates, hours, prices


def _box_row(ctx: Context, i: int) -> int:
    """How line ``i`` reads as a row of a fact box: 2 a row of figures, a figure and a few words that
    say what it is (a date's "OPEN RUN", "VIP : 60,000₩", "Di – So 19:30 Uhr", "Plätze: 120"; a
    headline holds more words than its figure, a footer's phone number none) or a span of dates or
    hours; 1 another row of data (a row with a number, "Label: value", a bare link or address, a long
    comma list of names); 0 none."""
    line = ctx.doc.lines[i]
    text = line.text
    if ends_sentence(text) or line.lead:
        return 0
    label = bool(_LABEL_ROW.fullmatch(text))
    digit = DIGIT.search(text) is not None  # (every figure holds one: a line without skips the searches for them)
    if digit and (_FIGURE.search(text) or (label and DIGIT.search(re.split("[:：]", text, maxsplit=1)[-1]))) and (
        0 < (besides := _words_besides_figures(text)) <= _BOX_WORDS
        or (besides == 0 and len(text) <= _RANGE_CHARS and _RANGE.search(text))
    ):
        return 2
    if label or URL.fullmatch(text) or _EMAIL.fullmatch(text) or text.count(",") >= 3 or wide_label_figure(text):
        return 1
    return 1 if digit and (ctx.words(i) >= 3 or _FIGURE.search(text)) else 0


# a span of dates or times ("12.07.2024 – 28.07.2024", "9:00 ~ 18:00"; a phone number's hyphen is none)
# (from a word's start, possessive: a long run of figures is scanned once, never tried at each digit)
_RANGE = re.compile(r"(?<!\S)[^\s\d–—~]*+\d[^\s–—~]*+\s*+[–—~]\s*+\S*?\d|(?<!\S)[^\s\d]*+\d\S*+\s++-\s++\S*?\d")
_RANGE_CHARS = 80  # a span is short; on a long run of figures the search would take quadratic time
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")


def _words_besides_figures(text: str) -> int:
    return sum(1 for w in text.split() if not DIGIT.search(w) and any(c.isalpha() for c in w))


def _bare_figure(ctx: Context, i: int) -> bool:
    """A figure standing alone under its heading: "030 1234567" under "Kontakt", "30 days" under "Holiday"."""
    return ctx.words(i) <= 3 and bool(DIGIT.search(ctx.doc.lines[i].text)) and (
        _words_besides_figures(ctx.doc.lines[i].text) <= 1
    )


def closing_box(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less an event's, a recipe's or a job's fact box right after the article's last
    line of text (no residue between them): rows of its data (dates, hours, prices, "Label : value",
    a list of names, a link), three or more of them rows of figures, parted by short headings ("STAFF",
    "Ticketing", "Eintritt") or headings over a bare figure ("Inquiry" over "02-751-1500"), perhaps
    under one or two title lines, and ending the text (or followed by residue only). Its rows stay anyway (a row of data
    is no furniture); its titles and headings went as a menu. A heading between rows of figures is what
    makes it a box: a footer's contact rows (running on into its menu), a list of headlines (their
    figures among many words) or rows after residue are none."""
    lines = ctx.doc.lines
    box: list[tuple[int, int]] = []  # the kept lines up to the first residue: (line, -1 furniture or its _box_row)
    for i in region:
        if lines[i].removal is not None:
            break
        if not lines[i].text.strip():
            continue
        kind = _box_row(ctx, i) or (-1 if furniture_at(i) else 0)
        if not kind:
            if any(k < 0 for _, k in box):
                return furniture  # text after the furniture: no box closes the article
            box = []  # the article goes on: the box starts after its last line of text
            continue
        box.append((i, kind))

    def unit(pos: int) -> tuple[int, bool]:
        """The size (0: none) of the row, the heading over a row or the heading over a bare figure
        at ``pos``, and whether its row is one of figures."""
        i, kind = box[pos]
        if kind > 0:
            return 1, kind == 2
        if kind < 0 and ctx.words(i) <= _BOX_WORDS and pos + 1 < len(box):
            below, below_kind = box[pos + 1]
            if below_kind > 0:
                return 2, below_kind == 2
            if below_kind < 0 and _bare_figure(ctx, below):
                return 2, False  # (a footer's "Phone", "Fax" over their numbers make no box of figures)
        return 0, False

    pos = 0
    while pos < len(box) and box[pos][1] < 0 and unit(pos)[0] < 2:
        pos += 1  # the box's titles
    if pos > _BOX_TITLES:
        return furniture
    rows = figures = headings = 0
    while pos < len(box):
        size, figure = unit(pos)
        if not size:
            break
        headings += size == 2 and rows > 0  # (a heading between rows: not the first)
        rows += 1
        figures += figure
        pos += size
    if pos < len(box) or not headings or figures < _BOX_FIGURES:
        return furniture  # (a box closes the text: a footer's rows run on into its menu)
    keep = {i for i, _ in box[:pos]}
    return [i for i in furniture if i not in keep]


def inner_headings(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, where: str, rows: set[int]
) -> set[int]:
    """Furniture lines of an edge ``region`` that belong to the article although they stand
    before its first long paragraph or after its last: a subheading or a list's label between
    two lines of article text ("Le matériel nécessaire" between a sentence and a list, "Notes"
    between a recipe's last step and a sentence), a heading over a few rows of data that the
    article goes on after ("Pastéis de Belém" over its address and hours, then a tip), and an
    exclamation closing the text right after a sentence ("Enjoy!"). Short articles (recipes, how-tos, results) have few
    paragraphs long enough to anchor the edges.

    Article text is what a menu never has on both sides: a sentence of three or more words, a
    list item, a row of data. Read from the article outwards, the first line that is neither
    article text nor furniture with article text on both sides ends the article: what lies
    beyond it is the page's, even where a heading-like line stands between two teasers there."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    if not kept:
        return set()

    def article(i: int) -> bool:
        if i in rows:
            return True
        if furniture_at(i):
            return False
        line = lines[i]
        if line.lead and line.lead[0] not in "#>":
            return True  # a list item
        # (an unspaced script's short closing sentence counts: a notice's "特此通知。", four characters)
        return (ctx.words(i) >= 3 or (len(line.text) >= 4 and not ctx.spaced() and ctx.stats(i).unspaced)) and (
            ends_sentence(line.text) or ends_colon(line.text)
        )

    def data(i: int) -> bool:  # (or a labelled count: "Attendance: 17,562."; or opening hours, "Mo–Fr 6:00–22:00")
        text = lines[i].text
        return ctx.digit(i) and (
            ctx.words(i) >= 3
            or bool(CLOCK_SPAN.search(text))
            or bool(_LABEL_COUNT.fullmatch(text.rstrip(".")))
            or bool(_LABEL_CHANGE.fullmatch(text))
            or wide_label_figure(text)
        )

    def item(i: int) -> bool:  # a short list item the furniture test lets through ("Regenjas en een extra trui")
        return not furniture_at(i) and ctx.words(i) < _MIN_CONTINUATION_WORDS and not ends_sentence(lines[i].text)

    def labelled(i: int) -> bool:  # a labelled row of data: "Personen ab 24 Jahren: 37 Euro", "功率：1000W"
        return data(i) and (":" in lines[i].text or "：" in lines[i].text)

    def row(i: int) -> bool:  # a row of the article's facts: data, or a label and its value ("Venue: City Hall")
        return data(i) or (bool(_LABEL_ROW.fullmatch(lines[i].text)) and not ends_sentence(lines[i].text))

    def row_label(i: int) -> bool:  # a row opening with its label ("Dommer: Espen Eskås", "Mål: 0–1 …")
        return bool(_LABEL_ROW.fullmatch(lines[i].text)) and not ends_sentence(lines[i].text)

    def hours(i: int) -> bool:  # opening hours: "ma t/m vr 9.00 - 17.00", "Mo-Fr 8:00 bis 16:00 Uhr"
        return data(i) and bool(_HOURS.search(lines[i].text))

    clock = ctx.table("metadata", "clock")
    issuer = ctx.table("structure", "issuer_signature")
    courtesy = ctx.table("structure", "closing_courtesy")
    group_signers = ctx.table("structure", "group_signature")

    event = ctx.table("metadata", "event_date")

    def stamp(i: int) -> bool:
        # a live blog's entry time that clock-line kept ("11:40 p.m."), or an event's date that dateline
        # kept ("Fr. 12.04.2024, 19:30 Uhr": an events calendar's first entry, under its title)
        text = past_symbols(lines[i].text)  # ("🕒 11:40 p.m.": the time the table sees)
        if ctx.words(i) > EVENT_DATE_WORDS:
            return False
        return (text[:1].isdigit() and ctx.words(i) <= 4 and bool(clock.match(text))) or (
            bool(DIGIT.search(text)) and bool(event.match(text))
        )

    relative = ctx.table("metadata", "relative_stamp")

    def entry_time(i: int) -> bool:  # a live blog's entry time, the way dateline keeps them too ("17h32", "ore 19.30")
        return stamp(i) or (ctx.words(i) <= _ENTRY_TIME_WORDS and bool(relative.match(past_symbols(lines[i].text))))

    out: set[int] = set()
    # outwards from the article: after its last long paragraph, or back from its first one
    order = kept if where == TAIL else kept[::-1]

    spec: set[int] = set()  # a spec list's rows without a figure that the loop kept

    def spec_row(pos: int) -> bool:
        # a spec list's row: a label and its value, and the next row names a property of its own (a label said
        # again on the next line is a list of teasers, "Baca juga: …" twice)
        i = order[pos]
        if not row_label(i):
            return False
        return pos + 1 == len(order) or _label_of(lines[order[pos + 1]].text) != _label_of(lines[i].text)

    def _list_end(pos: int) -> int:
        # where the list under the line at ``pos`` ends, at a sentence of the article (0: no such list): at most
        # ``_MAX_ROWS_UNDER`` items, short ones or long names the furniture test takes, one of them at least such
        # a name (the other guards keep a list of short items)
        end = pos + 1
        while end < len(order) and end <= pos + _MAX_ROWS_UNDER and not article(order[end]) and (
            item(order[end]) or (furniture_at(order[end]) and ctx.words(order[end]) >= _LIST_NAME_WORDS)
        ):
            end += 1
        named = any(furniture_at(j) and ctx.words(j) >= _LIST_NAME_WORDS for j in order[pos + 1 : end])
        # (a sentence: not a row of data, a table's header over its rows is no list of names)
        return end if named and pos + 1 < end < len(order) and article(order[end]) and order[end] not in rows else 0
    def _parts_end(pos: int) -> int:
        # where a list in parts ends, at a sentence of the article (0: no such list): a heading of a word or two
        # over a few items of three to twelve words, no sentence, the next part's heading right under them over
        # its own items, and so on (a job advert's "Mansioni" over its tasks, "Requisiti" over its requirements,
        # "Si offre" over a sentence); two parts at least, one item at least a long name the furniture test takes
        def heading(j: int) -> bool:
            return furniture_at(j) and ctx.words(j) <= _PART_HEADING_WORDS and not data(j)

        at, named, parts = pos, False, 0
        while parts < _MAX_PARTS and heading(order[at]):
            end = at + 1
            while end < len(order) and end <= at + _MAX_PART_ITEMS and not article(order[end]) and (
                _PART_HEADING_WORDS < ctx.words(order[end]) <= _PART_ITEM_WORDS
                and not ends_sentence(lines[order[end]].text)
            ):
                named = named or (furniture_at(order[end]) and ctx.words(order[end]) >= _LIST_NAME_WORDS)
                end += 1
            if end >= len(order):
                return 0
            parts += end > at + 1
            if article(order[end]):  # (the last part's heading may stand right over it: "Si offre")
                return end if named and parts >= 2 and order[end] not in rows else 0
            if end == at + 1:
                return _short_parts_end(pos)  # (two headings in a row: a menu's links, or a part's two-word item)
            at = end
        return 0

    def _short_parts_end(pos: int) -> int:
        # a list in parts some of whose items are of two words ("Πτυχίο Λογιστικής", "Ανταγωνιστικές αποδοχές"),
        # which _parts_end reads as the next part's heading: the parts found by trying each split of a part's
        # two-word lines into its items and the next heading; the same conditions hold (two parts at least,
        # each heading over items, one item of four words or more, a sentence of the article right under
        # the last part); a line of one word is a heading, never an item, so a menu's links fail
        def heading(j: int) -> bool:
            return furniture_at(j) and ctx.words(j) <= _PART_HEADING_WORDS and not data(j)

        def item_line(j: int) -> bool:
            return 2 <= ctx.words(j) <= _PART_ITEM_WORDS and not ends_sentence(lines[j].text) and not article(j)

        parsed: dict[tuple[int, int], int] = {}  # (each split is reached by many paths: read once)

        def parse(at: int, parts: int) -> int:
            if parts == _MAX_PARTS or at >= len(order) or not heading(order[at]):
                return 0
            if (at, parts) in parsed:
                return parsed[at, parts]
            stop = at + 1
            while stop < len(order) and stop <= at + _MAX_PART_ITEMS and item_line(order[stop]):
                stop += 1
            split = 0
            for end in range(stop, at + 1, -1):  # the longest part first
                if end < len(order) and article(order[end]):
                    named = any(ctx.words(j) >= _LIST_NAME_WORDS for j in order[pos + 1 : end])
                    if named and parts + 1 >= 2 and order[end] not in rows:
                        split = end
                        break
                elif found := parse(end, parts + 1):
                    split = found
                    break
            parsed[at, parts] = split
            return split

        return parse(pos, 0)

    def _entry_end(pos: int) -> int:
        # where an events listing's entry at ``pos`` ends, at its sentence (0: no such entry): the event's name
        # (a short heading), its date right under it (a row of data: "Del 10 al 18 de maig", "Diumenge, 11 de
        # maig, a les 12 h"), up to ``_ENTRY_ROWS`` short rows more (its place and admission: "Barri Vell",
        # "Gratuït", "Entrada: 5 €"), then a sentence of the article saying what it is
        if pos + 2 >= len(order):
            return 0
        name, date = order[pos], order[pos + 1]
        # (a name with function words is no furniture: "Jazz on the Green")
        if not (furniture_at(name) or item(name)) or data(name) or ctx.words(name) > _ENTRY_NAME_WORDS or (
            ends_colon(lines[name].text)
        ):
            return 0
        if not data(date) or article(date) or date in rows:
            return 0
        end = pos + 2
        while end < len(order) and end < pos + 2 + _ENTRY_ROWS and not article(order[end]) and (
            data(order[end]) or row(order[end]) or item(order[end])
            or (furniture_at(order[end]) and ctx.words(order[end]) <= _ENTRY_ROW_WORDS)
        ):
            end += 1
        if end >= len(order) or order[end] in rows or not article(order[end]):
            return 0
        if not ends_sentence(lines[order[end]].text):
            return 0
        return end if _adjacent(ctx, name, order[end]) else 0

    def _entries(pos: int) -> list[int]:
        # the lines of two or more such entries in a row from ``pos`` on, their sentences left out (one alone
        # reads as a teaser's card: its headline, its date, its section, its summary)
        found: list[int] = []
        entries, at = 0, pos
        while (end := _entry_end(at)):
            found.extend(order[at:end])
            entries += 1
            at = end + 1
        return found if entries >= _ENTRIES else []

    listed: set[int] = set()  # an events listing's lines this loop kept
    turns: set[int] = set()  # a transcript's short turns under an entry's time this loop kept ("LUCA: Quanti?")
    for pos, i in enumerate(order):
        if i in listed:
            continue
        if not furniture_at(i) or i in rows:
            if article(i) or data(i) or _unclosed_sentence(ctx, i):
                continue  # article text, or data ("Step 1: Remove the wheel") the article may hold
            if where == TAIL and pos and (order[pos - 1] in turns or order[pos - 1] in out) and (
                ends_sentence(lines[i].text) and (order[pos - 1] in turns or entry_time(order[pos - 1]))
            ):
                turns.add(i)  # a short turn under an entry's time, or under the turn before it ("SARA: Troppi.")
                continue
            break  # neither article text nor a heading in it: the page's
        if (
            where == TAIL
            and pos <= _MAX_ROWS_UNDER
            and ctx.words(i) <= _COURTESY_WORDS
            and not lines[i].text.endswith(",")  # (a letter's closing over its signer: the guards below)
            and _adjacent(ctx, region.start - 1, i)
            and not any(furniture_at(j) for j in order[:pos])
            # (the tables last: the signers' many alternatives cost more than the rest together)
            and (courtesy.match(lines[i].text) or group_signers.match(lines[i].text))
        ):
            # a post's or a letter's closing courtesy right under its last paragraph, nothing removed between and
            # no furniture above it ("Thanks in advance", "Viele Grüße", "ขอบคุณล่วงหน้าครับ" under the post's last
            # line, "งบประมาณ 15,000 บาท"): the writer's, whatever residue follows; and so are a memorial's signers
            # there ("Naboer og venner", "Friends and neighbours": structure.group_signature)
            out.add(i)
            continue
        # the neighbour on the article's side (the first line's is the long paragraph itself), or a
        # line of the article's this loop kept (a sentence that lost its full stop counts here, not
        # as the text a heading stands over: a teaser's line reads as one too)
        prev = order[pos - 1] if pos else -1
        if prev in spec:
            # under a spec list's row without a figure only another such row stays ("Foto: …" kept as one
            # lets no teaser under it pass for a subheading)
            if not spec_row(pos):
                break
            out.add(i)
            spec.add(i)
            continue
        if pos and not (
            article(prev) or labelled(prev) or prev in out or prev in turns or _unclosed_sentence(ctx, prev)
        ):
            break
        away = order[pos + 1] if pos + 1 < len(order) else None
        beyond = pos + 1  # past the rows of data under the line: is it article text there?
        while (
            beyond < len(order)
            and (data(order[beyond]) or (where == TAIL and (row(order[beyond]) or item(order[beyond]))))
            and not article(order[beyond])
        ):
            beyond += 1
        if where == TAIL and lines[i].text.endswith("!") and ctx.words(i) <= 2:
            out.add(i)  # "Enjoy!", "Bon appétit !": the article's closing line
        elif where == TAIL and away is not None and entry_time(i) and ends_sentence(lines[away].text):
            out.add(i)  # an entry's time clock-line kept over the entry's short turn ("01:02" over "LUCA: Quanti?")
        elif where == TAIL and (entries := _entries(pos)):
            # an events listing's entries, each its name, its date and place over a sentence on it: the article's
            out.update(entries)
            listed.update(entries)
        elif (
            where == TAIL
            and not pos
            and _DASH_SIGNATURE.fullmatch(lines[i].text)
            and _adjacent(ctx, region.start - 1, i)
        ):
            out.add(i)  # the writer's sign-off after a dash right under the text's last paragraph ("— Maya")
        elif where == TAIL and _SIGNATURE.fullmatch(lines[i].text):
            if _contact_name(ctx, order[pos - 1] if pos else region.start - 1, i):
                break  # a contact box's name ("Jane Doe, Communications Office" under a label that went): the page's
            out.add(i)  # the signature right under the text's last sentence
        elif (
            where == TAIL
            and away is not None
            and pos + 2 < len(order)
            and furniture_at(away)
            and not data(away)
            and article(order[pos + 2])
            and _adjacent(ctx, i, order[pos + 2])
        ):
            # a section's heading over a place's name over its sentence ("Where to eat" / "The Boathouse" / "Fish
            # and chips on the water."): a guide's two levels of headings, the article going on under them (right
            # under each other: residue between parts a "Most" from a box's "Podcasts")
            out.update((i, away))
        elif where == TAIL and away is not None and (signed := _closing_salutation(ctx, i, away)):
            # a letter's closing and its signer under the text ("Met vriendelijke groet," / "Team De Regenboog",
            # "Kind regards," / "The Head Teacher", or "Mrs J. Thornton" over "Headteacher"): a menu's link never
            # ends on a comma
            out.update(signed)
        elif where == TAIL and (signers := _signatories(ctx, order, pos)):
            # an open letter's closing over its signatories, each a name and a role ("Yours sincerely," over "Dr.
            # Tom Okoye, GP, Hadley Surgery", "Sarah Lyle, author", …)
            out.add(i)
            out.update(signers)
        elif where == TAIL and pos and issuer.match(lines[i].text) and article(order[pos - 1]):
            out.add(i)  # a notice's issuing body signing it, under its closing sentence ("特此通知。")
        elif (
            where == TAIL
            and pos + 2 < len(order)
            and _score_row(lines[order[pos + 1]].text)
            and _score_row(lines[order[pos + 2]].text)
        ):
            # the heading over a table of scores the page flattened into lines, cells parted by spaces ("Box
            # score" over "Team 1 2 3 4 Final", "Boston 31 30 27 24 112"): its rows stay, so does it
            out.add(i)
        elif away is not None and (article(away) or labelled(away) or (where == TAIL and hours(away))):
            # a subheading over article text, or over its data ("Fees" before "Adults: £15",
            # "Openingstijden" before "ma t/m vr 9.00 - 17.00")
            out.add(i)
        elif (
            where == TAIL
            and away is not None
            and ends_colon(lines[i].text)
            and not furniture_at(away)
            and not lines[away].lead
            and _row_of_names(lines[away].text)
            and _adjacent(ctx, i, away)
        ):
            # a label with its colon over a row of names parted by commas that is no furniture: a match report's
            # "Sestava Sparty:" over the line-up ("Vindahl – Wiesner, Panák, Vitík – …"), which its own guards
            # keep (a tag list's label stands over tags: "Mehr:" over "10 things in tech, apple, google")
            out.add(i)
        elif where != TAIL and away is not None and stamp(away):
            out.update((i, away))  # the headline of a live blog's first entry, under the entry's time
        elif (
            where != TAIL and not pos and entry_time(i) and _stamps_below(ctx, region.stop, entry_time) >= _LIVE_ENTRIES
        ):
            # a live blog's first entry time right over its text, the later entries' times kept in the article
            # below ("23:38" over the first entry, "23:15", "22:50" further down): the same shape, the article's
            out.add(i)
        elif (
            where != TAIL
            and pos + 1 < beyond <= pos + 1 + _MAX_ROWS_UNDER
            and beyond + 1 < len(order)
            and furniture_at(order[beyond])
            and article(order[beyond + 1])
        ):
            # a subheading over a few rows of data, under another subheading that a sentence of the article
            # stands over ("年末年始のごみ収集日は次のとおりです。", "収集しない日", "12月31日から1月3日まで",
            # "年始の収集開始日", then the first long paragraph): the rows stay, so do both
            out.add(i)
            out.update(order[pos + 1 : beyond])
        elif where == TAIL and pos + 1 < beyond <= pos + 1 + _MAX_ROWS_UNDER and beyond < len(order) and article(
            order[beyond]
        ):
            # a subheading over a few rows of data the article goes on after (a place, its address), or a
            # row of its facts over more of them ("Places: 120", "Where: the district office", then a sentence),
            # or over a short list ("Wat ik meenam" over three items, then a sentence)
            out.add(i)
        elif where == TAIL and (end := _list_end(pos) or _parts_end(pos)):
            # a subheading over a short list whose items the furniture test takes (names with few function words:
            # "Documentação" over "Requerimento do Seguro-Desemprego entregue pelo empregador"), the article going
            # on under it with a sentence ("Quanto tempo leva?"): a service page's papers to bring
            out.add(i)
            out.update(order[pos + 1 : end])
        elif (
            where == TAIL
            and pos + 1 < beyond <= pos + 1 + _FACT_BOX_LINES
            and data(order[pos + 1])
            and not row_label(order[pos + 1])
            and sum(row_label(order[j]) for j in range(pos + 2, beyond)) >= _LABELLED_FACTS
        ):
            # a match's or an event's fact box under its heading: the result or the date first, then its
            # labelled rows ("Kampfakta" over "Rosenborg–Brann 2–1 (0–1)", "Mål: …", "Dommer: …"); a footer's
            # contact box opens with a name or a labelled row ("Kontakt" over "Telefon: …")
            out.add(i)
        elif where == TAIL and pos and order[pos - 1] in out and labelled(i):
            # the last labelled row of the article's facts under the rows kept above it ("Toeschouwers: 47.500"
            # under "Scheidsrechter: Danny Makkelie"), with the page's own box beyond it
            out.add(i)
        elif (
            where == TAIL
            and pos + 1 < beyond == len(order)
            and beyond - pos - 1 <= _MAX_ROWS_UNDER
            and all(
                data(order[j])
                and not labelled(order[j])
                and (lines[order[j]].text[:1].isdigit() or _wide_stat_row(ctx, order[j]))
                for j in range(pos + 1, beyond)
            )
        ):
            # a subheading over the rows of data that close the text, each opening with its figure: a
            # portrait's dates ("Bio express" over "1971 Naissance à Roubaix"); a footer's rows under
            # "Kontakt" are labelled ("Telefon: 030 …"), a guest book's open with a name ("Anna L. – 20/02/2024")
            out.add(i)
        elif where == TAIL and pos and (labelled(prev) or (prev in out and row_label(prev))) and spec_row(pos):
            # a spec list's rows without a figure under its labelled figures ("Material: vidrio de borosilicato y
            # acero inoxidable" under "Peso: 420 g"), the shop's own box beyond them
            out.add(i)
            spec.add(i)
        else:
            break
    return out


def _row_of_names(text: str) -> bool:
    """A row of ``_ROW_OF_NAMES_COMMAS`` commas or more whose every part (parted by commas and spaced dashes) opens
    with a capital and holds no figure: a line-up ("Vindahl – Wiesner, Panák, Vitík – Preciado, …"), not tags."""
    if text.count(",") < _ROW_OF_NAMES_COMMAS or DIGIT.search(text):
        return False
    return all(part.strip()[:1].isupper() for part in _NAME_PARTS.split(text))


_NAME_PARTS = re.compile(r",|\s[–—-]\s")


def _adjacent(ctx: Context, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` stand together: nothing removed between them (blank lines may part them)."""
    lines = ctx.doc.lines
    return all(lines[j].removal is None or not lines[j].text.strip() for j in range(first, last + 1))


_CONTACT_MAIL_REACH = 3  # a contact's name over its office, its phone and its mail
_CONTACT_LINE_WORDS = 6


def _contact_name(ctx: Context, above: int, i: int) -> bool:
    """Whether line ``i``, a signature's shape ("Jane Doe, Communications Office"), is a contact box's name rather
    than the text's signature: residue other passes took stands between it and the article's line ``above`` (the
    box's label, "Media contact:"), and a mail address stands a few short lines under it (the box's rows). A
    signature right under the text stays, and so does one over no mail."""
    lines = ctx.doc.lines
    if above < 0 or _adjacent(ctx, above, i):
        return False
    for j in range(i + 1, min(i + 1 + _CONTACT_MAIL_REACH, len(lines))):
        text = lines[j].text
        if not text.strip():
            continue
        if ctx.words(j) > _CONTACT_LINE_WORDS:
            return False
        if "@" in text and _EMAIL.search(text) is not None:
            return True
    return False


_COURTESY_WORDS = 10  # a closing courtesy: "Thanks in advance for any help", "Mit freundlichen Grüßen"
_SALUTATION_WORDS = 4  # a letter's closing: "Met vriendelijke groet,", "Herzliche Grüße,", "Bien à vous,"
_SIGNER_WORDS = 5  # and its signer: "Team De Regenboog", "Ihr Elternbeirat", "The Head Teacher"
_SIGNER_ROLE_WORDS = 3  # the signer's role under the name: "Headteacher", "Club secretary"


def _closing_salutation(ctx: Context, i: int, signer: int) -> list[int]:
    """The lines of a letter's closing and its signer (none: no such closing): line ``i``, a closing ending on a
    comma ("Kind regards,", "Met vriendelijke groet,") right over line ``signer``, a short name (no digit, no
    sentence) that the page's residue or its end follows, or the signer's role right under the name
    ("Mrs J. Thornton" over "Headteacher", "Anna Berg" over "Club secretary": up to ``_SIGNER_ROLE_WORDS`` words
    of the same shape) and the residue or the end under that; the signer's mail and phone (up to
    ``_SIGNER_CONTACTS`` lines: "office@stmarys.sch.uk", "Tel.: 08382 704-115") may stand between. A contact box
    has no closing courtesy over its name ("Pressekontakt:" over it): :func:`contact_phones` judges it."""
    lines = ctx.doc.lines
    text = lines[i].text
    if not text.endswith(",") or ctx.words(i) > _SALUTATION_WORDS or DIGIT.search(text):
        return []

    def name(j: int, words: int) -> bool:
        line = lines[j].text
        return ctx.words(j) <= words and not DIGIT.search(line) and not ends_sentence(line) and not ends_colon(line)

    def below(j: int) -> int:  # the next line with text under line ``j``
        j += 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        return j

    def contact(j: int) -> bool:  # the signer's mail or phone under the name ("office@…", "01632 960 123")
        line = lines[j].text.strip()
        if lines[j].lead or ctx.words(j) > _PHONE_WORDS:
            return False
        if "@" in line:
            return _EMAIL.search(line) is not None and _EMAIL_ROW.fullmatch(line) is not None
        return _PHONE.fullmatch(line) is not None and sum(c.isdigit() for c in line) >= _PHONE_DIGITS

    def closed(signed: list[int]) -> list[int]:
        """``signed`` and up to ``_SIGNER_CONTACTS`` lines of the signer's contact under it, when the residue or
        the page's end follows them; none otherwise."""
        after = below(signed[-1])
        contacts = 0
        while after < len(lines) and lines[after].removal is None and contacts < _SIGNER_CONTACTS and contact(after):
            signed = [*signed, after]
            contacts += 1
            after = below(after)
        return signed if after == len(lines) or lines[after].removal is not None else []

    if not name(signer, _SIGNER_WORDS) or below(i) != signer:
        return []  # (blank lines may part them, nothing else)
    if signed := closed([i, signer]):
        return signed
    role = below(signer)
    if role < len(lines) and name(role, _SIGNER_ROLE_WORDS) and not lines[role].lead:
        return [] if lines[role].text.endswith(",") else closed([i, signer, role])
    return []


_SIGNER_CONTACTS = 2  # a letter's signer's mail and phone under the name: "office@stmarys.sch.uk", "01632 960 123"
# a mail address alone or under a short label: "office@stmarys.sch.uk", "E-mail: office@stmarys.sch.uk"
_EMAIL_ROW = re.compile(r"(?:[^\W\d_][\w.-]{0,14}\s?:\s?)?(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")


_ENTRY_NAME_WORDS = 8  # an event's name: "Concert de la Cobla Principal de la Bisbal"
_ENTRY_ROWS = 3  # rows under an event's date: its place, its admission, its hours
_ENTRY_ROW_WORDS = 4  # such a row the furniture test takes: "Barri Vell", "Gratuït", "Plaça de la Independència"
_ENTRIES = 2
_SIGNATORIES = 2  # signatories under an open letter's closing (one alone is :func:`_closing_salutation`'s signer)
_MAX_SIGNATORIES = 24
_SIGNATORY_WORDS = 10  # "Jean Pritchard, chair, Westshire Pensioners' Forum"


def _signatories(ctx: Context, order: list[int], pos: int) -> list[int]:
    """The signatories of an open letter under its closing at ``order[pos]`` (a line of up to
    ``_SALUTATION_WORDS`` words ending on a comma, no figure: "Yours sincerely,", "בכבוד רב,"): the lines right
    under it, two or more, each a name and a role parted by a comma ("Dr. Tom Okoye, GP, Hadley Surgery", "Sarah
    Lyle, author"), up to ``_SIGNATORY_WORDS`` words, no figure, no sentence, no colon; none when a line another
    pass took stands among them. What follows them does not matter ("and 214 others", the page's footer): a
    footer's links hold no comma and stand under no closing."""
    lines = ctx.doc.lines
    text = lines[order[pos]].text
    if not text.endswith(",") or ctx.words(order[pos]) > _SALUTATION_WORDS or DIGIT.search(text):
        return []
    signers: list[int] = []
    for j in order[pos + 1 : pos + 1 + _MAX_SIGNATORIES]:
        name = lines[j].text
        if (
            ", " not in name.rstrip(",")
            or ctx.words(j) > _SIGNATORY_WORDS
            or DIGIT.search(name)
            or ends_sentence(name)
            or ends_colon(name)
            or lines[j].lead
            or not _adjacent(ctx, signers[-1] if signers else order[pos], j)
        ):
            break
        signers.append(j)
    return signers if len(signers) >= _SIGNATORIES else []


_ENTRY_TIME_WORDS = 4
_LIVE_ENTRIES = 2  # a live blog's entry times kept inside the article, under its first entry


def _stamps_below(ctx: Context, start: int, stamp: Callable[[int], bool]) -> int:
    """How many kept lines from ``start`` on are an entry's time (``stamp``), up to ``_LIVE_ENTRIES``."""
    lines = ctx.doc.lines
    found = 0
    for j in range(start, len(lines)):
        if lines[j].removal is None and stamp(j):
            found += 1
            if found >= _LIVE_ENTRIES:
                break
    return found


def _unclosed_sentence(ctx: Context, i: int) -> bool:
    """A sentence that lost its full stop: ``_MIN_CONTINUATION_WORDS`` words or more, as many function
    words as a sentence holds (more than the furniture test lets a line have), no figure, no colon, no
    list item ("Dengan hasil ini, Indonesia berpeluang besar lolos ke putaran ketiga"). Only where the
    language's function words are known; a headline or a menu holds few of them."""
    line = ctx.doc.lines[i]
    text = line.text
    if NO_STOP_SCRIPT.match(text):
        # Thai and Lao close no sentence with a mark: a space parts its clauses ("ใบพัดออกแบบให้ลมนุ่ม เสียงเงียบ
        # เหมาะสำหรับห้องนอน"), ``_NO_STOP_CLAUSES`` or more of them, long enough, no figure, no colon
        return (
            not line.lead
            and ctx.words(i) >= _NO_STOP_SENTENCE_WORDS
            and text.count(" ") >= _NO_STOP_CLAUSES - 1
            and not DIGIT.search(text)
            and ":" not in text
        )
    return (
        bool(ctx.stopwords)
        and not line.lead
        and ctx.words(i) >= _MIN_CONTINUATION_WORDS
        and ctx.stats(i).stop_ratio > _SENTENCE_STOP_RATIO
        and not DIGIT.search(text)
        and ":" not in text
        and "：" not in text
    )


_SENTENCE_STOP_RATIO = 0.35  # (the furniture test's bound: a line with more function words reads as text)
NO_STOP_SCRIPT = re.compile(r"[\u0e00-\u0eff]")  # a line opening in Thai or Lao
_NO_STOP_SENTENCE_WORDS = 16  # (an unspaced script's words: two characters each)
_NO_STOP_CLAUSES = 3


def lower_items(ctx: Context, run: list[int]) -> bool:
    """Whether half or more of the lines of a run open in lower case: the items of a list the article
    holds (tools, ingredients, "francuski ključ", "odvijač", "krpa"), not a menu, whose entries are
    names and sections, capitalised in every cased script (a script without case has none). Not a
    sentence a page broke at its links ("Follow me on", "Twitter", "or", "LinkedIn.", "Check out",
    "my", "website."): none of the run's lines ends like a sentence, and a line of function words
    alone ("or", "my") is no item."""
    lines = ctx.doc.lines
    if any(ends_sentence(lines[j].text) for j in run):
        return False
    lower = sum(1 for j in run if lines[j].text[:1].islower() and ctx.stats(j).stop_ratio < 1)
    return lower * 2 >= len(run)


_LOWER_LIST_ITEMS = 2
_LOWER_ITEM_WORDS = 10


def lower_list(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list right under the article's text after its last paragraph: a short line
    ending in a colon, standing right under a kept line that is no furniture, over two or more short items
    that open in lower case ("Vajalikud tööriistad:" over "labidas", "reha", "aiakäärid", "kompost, umbes
    3–5 kg ruutmeetri kohta"), whatever follows them. A list's items go on the sentence its colon opens;
    the links under a footer's label ("Follow us:", "Read more:") are names and headlines, capitalised.
    The next part's colon line may stand right under such a list (a job advert's "Zakres obowiązków:" over its
    tasks, "Wymagania:" over its requirements). Before the article's first paragraph the same list stands
    under the text a short advert opens with."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    for i in region:
        text = lines[i].text
        if lines[i].removal is not None or not text.strip():
            continue
        if not ends_colon(text) or not furniture_at(i) or text[:1].islower() or lines[i].lead:
            continue
        above = _line_above(ctx, i)
        heading = -1
        if above >= 0 and furniture_at(above) and above not in keep and _section_heading(ctx, above):
            # (or under a subheading right under the article's text: "How to claim" over "You can apply online.
            # You'll need:" over "your National Insurance number", …)
            over = _line_above(ctx, above)
            if over >= 0 and lines[over].removal is None and not furniture_at(over):
                heading = above
        if above < 0 or lines[above].removal is not None or (
            furniture_at(above) and above not in keep and above != heading
        ):
            continue  # (not right under the article's text, or under the list before it: a list in parts)
        items: list[int] = []
        for j in range(i + 1, region.stop):
            if not lines[j].text.strip():
                continue
            if lines[j].removal is not None:
                break  # (a line another pass took stands between)
            item = lines[j].text
            # (an item the furniture test lets through, a figure or a few function words in it, is one as well:
            # "επίδομα 250 ευρώ σε συνταξιούχους με χαμηλό εισόδημα", "παράταση του fuel pass έως τον Ιούνιο")
            if not item[:1].islower() or ctx.words(j) > _LOWER_ITEM_WORDS or ends_sentence(item):
                break
            items.append(j)
        # (a part of a list in parts may hold one item: "Oferim:" over "salariu motivant și bonusuri trimestriale")
        if heading >= 0 and any(ctx.words(j) < 2 for j in items):
            continue  # (under a subheading the items are phrases: "Useful links" over "Follow us:", "facebook")
        if len(items) >= _LOWER_LIST_ITEMS or (items and above in keep):
            keep.update((i, *items))
            if heading >= 0:
                keep.add(heading)
    return [i for i in furniture if i not in keep] if keep else furniture


def _line_above(ctx: Context, i: int) -> int:
    """The nearest line with text over line ``i`` (-1: none)."""
    lines = ctx.doc.lines
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    return above


def _section_heading(ctx: Context, i: int) -> bool:
    """A short subheading: up to ``_LIST_HEADING_WORDS`` words, no sentence, no colon, no figure, no list item,
    not taken by another pass ("How to claim", "What you need")."""
    line = ctx.doc.lines[i]
    return (
        line.removal is None
        and ctx.words(i) <= _LIST_HEADING_WORDS
        and not line.lead
        and not ends_sentence(line.text)
        and not ends_colon(line.text)
        and not DIGIT.search(line.text)
    )


_STAMP_PASSES: Final = frozenset({"dateline", "clock-line"})
_THREAD_COMMENTS = 2  # comments in a thread, each closed by the same control
_COMMENT_LINES = 3  # a comment's lines between its timestamp and its control
_CONTROL_WORDS: Final = 3  # "Reply", "Vastaa", "Atsakyti", "Report abuse"
_NAME_WORDS: Final = 4


def comment_thread(ctx: Context, region: range) -> list[int]:
    """Kept lines of a thread of reader comments after the article's last paragraph that the furniture
    test left, in any language: under the thread's heading, a word and a count ("Kommentit (3)", "Maoni 2",
    "2 comentaris"), two or more comments one after the other, each its commenter's name (or handle), its
    timestamp (a line the dateline or clock passes took), one to three lines of text and a control that
    closes it, the same word each time ("Sijoittaja82", "12.3.2024 9.41", "Hyvä tulos, mutta osinko jäi
    pieneksi.", "Vastaa"), its name and control lines gone as furniture or residue. The comments' text and
    the names kept as sentences ("Liisa K.") go. A list of events closing an article (a title, its date,
    a line about it, "Tickets") has no count over it."""
    lines = ctx.doc.lines
    if not any((r := lines[i].removal) is not None and r.pass_name in _STAMP_PASSES for i in region):
        return []  # (each comment has its timestamp another pass took: most edges have none)
    rows = [i for i in region if lines[i].text.strip()]
    for pos, i in enumerate(rows):
        if lines[i].removal is None or not _count_heading(lines[i].text):
            continue
        controls: list[str] = []
        comments: list[int] = []
        at = pos + 1
        while (unit := _comment(ctx, rows, at)) is not None:
            at, control, kept = unit
            if controls and control != controls[0]:
                break
            controls.append(control)
            comments.extend(kept)
        if len(controls) >= _THREAD_COMMENTS:
            return comments
    return []


# a comment thread's heading: a word and a count, "Kommentit (3)", "Maoni 2", "2 comentaris" (not a year)
# (each alternative starts where a word or a number starts: searched, as test_regex_safety does, a pattern
# that may start inside a long word is quadratic; the code matches it whole, where that changes nothing)
_COUNT_HEADING = re.compile(
    r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*\s?\(\d{1,3}\)|[^\W\d_][\w'’-]*\s\d{1,3})|(?<!\d)\d{1,3}\s[^\W\d_][\w'’-]*"
)


def _count_heading(text: str) -> bool:
    """``_COUNT_HEADING`` matches the whole of ``text``: tried only where a figure opens or closes it (or a
    bracket closes it) and one space at most parts its words, as on every line it matches."""
    return (
        (decimal(text[:1]) or decimal(text[-1:]) or text[-1:] == ")")
        and text.count(" ") <= 1
        and _COUNT_HEADING.fullmatch(text) is not None
    )


def _comment(ctx: Context, rows: list[int], at: int) -> tuple[int, str, list[int]] | None:
    """The comment opening at ``rows[at]``: where the next one opens, its control's text and its kept
    lines (its name, its text), or None where no name, timestamp, text and control stand there."""
    lines = ctx.doc.lines
    if at + 3 >= len(rows):
        return None
    name, stamp = rows[at], rows[at + 1]
    if lines[name].removal is None and (ctx.words(name) > _NAME_WORDS or ctx.is_prose(name)):
        return None
    if (removal := lines[stamp].removal) is None or removal.pass_name not in _STAMP_PASSES:
        return None
    # the comment's text (kept, or taken by another pass already), up to its control: the first short
    # line without a figure that is gone
    text: list[int] = []
    end = at + 2
    while end < len(rows) and len(text) <= _COMMENT_LINES and not _control(ctx, rows[end]):
        text.append(rows[end])
        end += 1
    if not text or len(text) > _COMMENT_LINES or end == len(rows):
        return None
    if any((r := lines[j].removal) is not None and r.pass_name in _STAMP_PASSES for j in text):
        return None
    kept = [j for j in (name, *text) if lines[j].removal is None]
    return end + 1, lines[rows[end]].text.casefold(), kept


def _control(ctx: Context, i: int) -> bool:
    """A comment's control that went as furniture or residue: a short line, no figure, no sentence ("Vastaa",
    "Jibu"; a comment's "Väga kasulik, aitäh!" is its text)."""
    line = ctx.doc.lines[i]
    return (
        line.removal is not None
        and ctx.words(i) <= _CONTROL_WORDS
        and not DIGIT.search(line.text)
        and not ends_sentence(line.text)
    )


def _wide_stat_row(ctx: Context, i: int) -> bool:
    """A row of figures in an unspaced script, its figures glued to what they count ("4打数2安打3打点",
    "打率.298、12本塁打"): two or more figures, no date or time among them (a guest book's "はなこ
    2024-07-15 22:10" or a footer's postcode and address hold them)."""
    text = ctx.doc.lines[i].text
    return (
        not ctx.spaced()  # (no unspaced script in the text: no line of it is measured for one)
        and ctx.stats(i).unspaced
        and len(_FIGURE_RUN.findall(text)) >= 2
        and _FIGURE_COUNTED.search(text) is not None
        and _WIDE_DATE.search(text) is None
    )


_FIGURE_RUN = re.compile(r"\d+")
_FIGURE_COUNTED = re.compile(r"\d[^\W\d_]")  # a figure and its counter: "4打数", "12本塁打"
_WIDE_DATE = re.compile(r"\d[年月/:：-]\d|\d{1,4}年|\d{1,2}月\d|[〒☎]")

EVENT_DATE_WORDS = 8  # "Samstag, 13. April 2024, 10:00 bis 16:00 Uhr"
_SCORE_CELL = re.compile(r"\d{1,3}")
_SCORE_CELLS = 4


def _score_row(text: str) -> bool:
    """A row of a table of scores flattened into a line, its cells parted by spaces: four or more of them
    small numbers, at least half of the row's cells ("Boston 31 30 27 24 112", "Team 1 2 3 4 Final"). A
    phone number's groups run longer ("030 1234 5678"), a menu holds no numbers."""
    cells = text.split()
    numbers = sum(1 for cell in cells if _SCORE_CELL.fullmatch(cell))
    return numbers >= _SCORE_CELLS and numbers * 2 >= len(cells)

_WORDS_AND_SPACES = re.compile(r"[^\W_]+|\s+")


def _skeleton(text: str) -> str:
    """The line's punctuation in order, words and spaces left out: "():" for "Spain (Group F): 11th"."""
    if text.isascii():  # (most lines: a translation table deletes what the regex would, at C speed)
        return text.translate(_ASCII_WORDS_AND_SPACES)
    return _WORDS_AND_SPACES.sub("", text)


# the ASCII characters _WORDS_AND_SPACES takes: letters, digits and whitespace (the underscore stays)
_ASCII_WORDS_AND_SPACES: dict[int, None] = {
    c: None for c in range(128) if _WORDS_AND_SPACES.fullmatch(chr(c))
}


def _row_shape(text: str, digit: bool | None = None) -> str:
    """The template a row of data shares with the rows around it, or "" for a line that is no
    row: the punctuation skeleton of a line holding a colon ("England (Group A): 10th"), or of
    a line that starts with a number and holds punctuation ("12' Brobbey", "1:0 Wirtz (23.)"); the
    count of cells of a table row ("S&P 500 | 5,612.4 | -1.2%", its header "Index | Close"). ``digit``: whether
    the text holds a figure, where the caller knows it (:meth:`~cleaner.context.Context.digit`)."""
    if "|" in text:
        return "|" * text.count("|")
    if ":" in text or decimal(text[:1]):
        return _skeleton(text)
    if (
        _spaced_dash(text)
        and _NAME_DASH_ROLE.fullmatch(text)
        and all(w[:1].isupper() for w in _SPACED_DASH.split(text, 1)[0].split())
    ):
        # a name, a spaced dash and a role of a few words: a cast list ("Ellen Marsh – Nora", "Mia Hoffmann – Tochter",
        # "Ada Lindqvist – the harbour master"; :func:`data_rows` asks :func:`_cast` of the run)
        return "–"
    if not (DIGIT.search(text) is not None if digit is None else digit):
        return ""  # (each shape below holds a figure: most lines, a menu's, are judged by this one scan)
    if _PRICE_ROW.fullmatch(text):
        return "$"  # a name, a figure and its currency or unit: "Bilet normalny 22 zł", "Sauna 12,50 €"
    if _SCORER.fullmatch(text):
        # a name and the minutes after it ("Kane 12, 67", "Obi 54", "Marsh 90+2"): a match's scorers under its
        # result (:func:`data_rows` asks for the result over them)
        return "~"
    if _SCORE.search(text):
        # words around a score, in one order ("Rovers 3-1 City", "Real Madrid 2-0 Sevilla"): a
        # result (a menu's "iPhone 12", an archive's "Novembro (113)" hold no score)
        return "#" + _NUMBER.sub("0", _WORD_RUN.sub("a", text))
    return ""


# a name of up to three words, then one figure or a few parted by commas ("Kane 12, 67", "Zięba 90+2")
# a name of up to four words, a figure and its currency or a short lowercase unit ("Karnet miesięczny 150 zł",
# "Sauna 12,50 €", "Rundweg 4,5 km"; a menu's "iPhone 15 Pro" has no unit)
_PRICE_ROW = re.compile(
    r"(?<![\w'’.-])[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3} \d{1,5}(?:[.,]\d{1,2})? ?"
    r"(?:[€$£₽]|(?-i:[^\W\d_A-ZА-Я]{1,3})\.?)"
)
# a name of two to four words, a spaced dash and a few words without a figure (the name's words capitalised: checked
# in :func:`_row_shape`; it starts where a word starts, so a search stays linear)
_NAME_DASH_ROLE = re.compile(
    r"(?<![\w'’.-])[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3} [–—-] [^\W\d_][\w'’.-]*(?: [^\W\d][\w'’.-]*){0,3}"
)
_SPACED_DASH = re.compile(" [–—-] ")


def schedule_rows(ctx: Context, region: range, furniture: list[int]) -> set[int]:
    """The rows of a programme in ``region``: ``_SCHEDULE_ROWS`` or more lines right under each other, each a time
    of day and the entry's name in a few words ("7:00pm Doors", "7:15pm Talk", "11:00 Break"), later and later,
    with a sentence of the article's (``_MIN_SHORT_CONTINUATION_WORDS`` words or more) right under them (an event
    page's running order, a workshop's schedule). A TV guide's box of the same shape stands by more of the page's
    furniture, no sentence of the article's. Only asked where a line of the run of ``furniture`` opens on a figure
    (a row the furniture test lets through needs no keeping)."""
    lines = ctx.doc.lines
    out: set[int] = set()
    if not any(decimal(lines[i].text[:1]) for i in furniture):
        return out
    run: list[int] = []
    last = -1
    for i in [*region, -1]:
        at: int | None = None
        # (most lines open on no digit: the regex is spared them)
        if i >= 0 and lines[i].removal is None and decimal(lines[i].text[:1]):
            m = _SCHEDULE_ROW.fullmatch(lines[i].text.strip())
            at = _minute_of_day(m) if m is not None else None
        if at is not None and ctx.words(i) <= _SCHEDULE_ROW_WORDS and (not run or at > last):
            run.append(i)
            last = at
            continue
        if len(run) >= _SCHEDULE_ROWS and i >= 0 and lines[i].removal is None:
            text = lines[i].text
            if ctx.words(i) >= _MIN_SHORT_CONTINUATION_WORDS and ends_sentence(text) and not lines[i].lead:
                out.update(run)
        run, last = [], -1
        if at is not None and i >= 0 and ctx.words(i) <= _SCHEDULE_ROW_WORDS:  # (a new run, out of order)
            run, last = [i], at
    return out


def _minute_of_day(m: re.Match[str]) -> int | None:
    """The minute of the day a schedule row's time says ("7:15pm" -> 1155), None past the day's hours."""
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        if hour > _HALF_DAY:
            return None
        hour = hour % _HALF_DAY + (_HALF_DAY if m.group(3) in "pP" else 0)
    if hour >= 2 * _HALF_DAY or minute >= _HOUR:
        return None
    return hour * _HOUR + minute


# a time of day, then the entry's name: "7:00pm Doors", "11:00 Break", "10.15 What the census asked"
_SCHEDULE_ROW = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s?(?:([apAP])\.?[mM]\.?)?\s+[^\W\d_].*")
_SCHEDULE_ROWS = 3
_SCHEDULE_ROW_WORDS = 8
_HALF_DAY = 12
_HOUR = 60


def _spaced_dash(text: str) -> bool:
    """Whether ``text`` holds a spaced dash (``_SPACED_DASH``), a few C-speed scans."""
    return " - " in text or " – " in text or " — " in text


def _dash(text: str) -> bool:
    """Whether ``text`` holds a dash of ``_QUANTITY_AFTER``'s (one it needs)."""
    return "-" in text or "–" in text or "—" in text

_MINUTE = r"\d{1,3}(?:\+\d{1,2})?'?"
# (both start where a word starts: searched, as tests/test_regex_safety.py does, they stay linear; the code
# only ever matches them whole)
_SCORER = re.compile(rf"(?<![\w'’.-])[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){{0,2}} {_MINUTE}(?:, {_MINUTE})*")
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,/-])")
_WORD_RUN = re.compile(r"[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*)*")
_NUMBER = re.compile(r"\d+")


def data_rows(ctx: Context, region: range) -> set[int]:
    """Kept lines in runs of three or more that share one template (:func:`_row_shape`:
    "England (Group A): 10th appearance", "Spain (Group F): 11th appearance"; "12' Brobbey",
    "44' Giménez"; table rows with numbers in them): rows of data the article lists, not a menu
    (menu items carry no such template; links are no data); with the short heading right
    before the run ("Qualified teams")."""
    lines = ctx.doc.lines
    rows: set[int] = set()
    run: list[int] = []
    shape = ""
    kept = [i for i in region if lines[i].removal is None]
    for i in [*kept, -1]:
        text = lines[i].text if i >= 0 else ""
        here = _row_shape(text, ctx.digit(i) if i >= 0 else False)
        if i >= 0 and here and here == shape and "://" not in lines[i].text:
            run.append(i)
            continue
        if len(run) >= 3 and (shape[0] != "|" or sum(1 for j in run if ctx.digit(j)) >= 2) and (
            shape != "~" or _under_result(ctx, kept, run[0]) or _standings(ctx, run)
        ) and (shape != "–" or _cast(ctx, run)):
            # (a table of words alone is a menu: "Home | News | Sport"; names and figures alone are a menu's too,
            # a radio's stations "SN 590", "SN 650", unless a match's result stands over them: its scorers)
            rows.update(run)
            at = kept.index(run[0])
            # (over the run, its list's counts: "3 pièces", "2 chambres" over "Surface : 68 m²")
            while at > 0 and _count_item(ctx, kept[at - 1]):
                at -= 1
                rows.add(kept[at])
            if at > 0:
                head = kept[at - 1]
                if ctx.words(head) <= 4 and not _skeleton(lines[head].text):
                    rows.add(head)
        run, shape = ([i], here) if i >= 0 else ([], "")
    return rows


def _cast(ctx: Context, run: list[int]) -> bool:
    """Rows of names and roles (:data:`_NAME_DASH_ROLE`) that are a cast list: half of the roles or more one word,
    a character's name ("Ellen Marsh – Nora", "Mia Hoffmann – Tochter"), not a list of headlines after a topic
    ("Storm Ciara – Live Updates", "Budget Day – Key Points")."""
    lines = ctx.doc.lines
    single = sum(1 for i in run if " " not in _SPACED_DASH.split(lines[i].text, 1)[-1].strip())
    return 2 * single >= len(run)


def _under_result(ctx: Context, kept: list[int], first: int) -> bool:
    """The kept line right over line ``first`` holds a match's result ("Rovers 3-1 Athletic")."""
    at = kept.index(first)
    return at > 0 and _SCORE.search(ctx.doc.lines[kept[at - 1]].text) is not None


def _standings(ctx: Context, run: list[int]) -> bool:
    """Rows of a name and a figure that read as a table's standings: each name a different one, the figures
    falling or level down the rows, one of them lower at least ("Сокол 31", "Торпедо 30", "Волга 28"; a radio's
    stations, "SN 590", "SN 650", share their name and climb)."""
    names = [ctx.doc.lines[i].text.rsplit(" ", 1)[0] for i in run]
    figures = [int(_NUMBER.findall(ctx.doc.lines[i].text)[0]) for i in run]
    return (
        len(set(names)) == len(names)
        and all(a >= b for a, b in pairwise(figures))
        and figures[0] > figures[-1]
    )


def _count_item(ctx: Context, i: int) -> bool:
    """A short item of a list that is a count and what it counts ("3 pièces", "2 Zimmer"), no sentence."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _QUANTITY_WORDS and bool(_QUANTITY.match(text)) and not ends_sentence(text)


# an item that opens with its quantity: "5 huevos", "2 eggs", "1/2 Tasse Milch", "200 g Mehl", "3-4 Zwiebeln"
# (a unit may be glued to the figure, "200g Mehl"; a counter glued to its label is a widget's, "299FollowersFollow")
_QUANTITY = re.compile(r"\d{1,4}(?:[.,/–-]\d{1,4})?(?:[^\W\d_]{1,3}\.?)?\s[^\W\d_]")
# an item that closes with its quantity after a dash: "Творог 9% — 500 г", "Jajko – 1 szt.", "Мука — 3 ст. л."
# (a unit's abbreviation may end the item with a full stop: the item is no sentence for that)
_QUANTITY_AFTER = re.compile(
    r"[^\W\d_][^\d—–:.!?]{0,30}?(?:\s\d{1,3}(?:[.,]\d)?\s?%)?\s[—–-]\s\d{1,4}(?:[.,/–-]\d{1,4})?(?:\s?[^\W\d_]{1,4}\.?){0,3}"
)
# the same in an unspaced script, where a space parts the name from its quantity: "じゃがいも 3個", "しょうゆ
# 大さじ3", "五花肉 500克", "にんじん 1/2本" (a quantity word may stand before the figure; a word per two
# characters, the name alone may pass the words a spaced item has); Thai writes its unit after the figure, spaced, with
# its vowel marks, which are no letters: "กุ้งแม่น้ำ 4 ตัว", "น้ำพริกเผา 2 ช้อนโต๊ะ" (a tablespoon)
_QUANTITY_WIDE = re.compile(
    r"[^\W\d_][^\s\d]{0,11}\s(?:[^\W\d_]{1,3})?\d{1,4}(?:[.,/]\d{1,3})?\s?(?:[^\W\d_]{0,3}|[\u0e01-\u0e2e][\u0e01-\u0e4e]{1,7})"
)
_LIST_ITEM_WORDS: Final = 6
# the same in an unspaced script, a word per two characters: a Thai item of three spaced words names its things in
# eight ("ข่า ตะไคร้ ใบมะกรูด", galangal, lemongrass, lime leaves), its quantity in ten ("น้ำพริกเผา 2 ช้อนโต๊ะ")
_WIDE_ITEM_WORDS: Final = 12


def _quantity_after(text: str) -> bool:
    """``_QUANTITY_AFTER`` matches the whole of ``text`` (only tried on a line with a dash)."""
    return _dash(text) and _QUANTITY_AFTER.fullmatch(text) is not None

# an item's quantity and what it measures: "2 eggs", "600 g de patatas"; "6 Things to Do in May" is a
# listicle's headline (a box of them is teasers)
_QUANTITY_WORDS: Final = 4
_QUANTITY_SHARE = 0.4  # of a list's items; a menu may name "24 Hours" or "5G" among ten sections


def quantity_list(ctx: Context, region: range) -> set[int]:
    """Kept lines of a list whose items open with their quantities: a recipe's ingredients ("5 huevos",
    "1 cebolla", "Aceite de oliva virgen extra", "Sal"; or close with them after a dash, "Мука — 3 ст. л."),
    a kit's contents, with the short heading
    right over it ("Ingredientes"). Runs of three or more short items, no sentence among them, at
    least two and ``_QUANTITY_SHARE`` of them a quantity and what it measures (up to
    ``_QUANTITY_WORDS`` words): the article's list, whatever its other items look like. A menu's
    items open with words; a box of listicles' headlines ("6 Things to Do in May") is longer."""
    lines = ctx.doc.lines
    found: set[int] = set()
    kept = [i for i in region if lines[i].removal is None]
    run: list[int] = []
    for i in [*kept, -1]:
        if (
            i >= 0
            and ctx.words(i) <= (_WIDE_ITEM_WORDS if ctx.stats(i).unspaced else _LIST_ITEM_WORDS)
            and not lines[i].lead
            and (not ends_sentence(lines[i].text) or _quantity_after(lines[i].text))
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            # (each pattern's cheap precondition first: a figure opening the item, a dash, a non-ASCII character)
            counted = [
                j
                for j in run
                if (
                    ctx.words(j) <= _QUANTITY_WORDS
                    and decimal(lines[j].text[:1])
                    and _QUANTITY.match(lines[j].text)
                )
                or _quantity_after(lines[j].text)
                or (
                    not lines[j].text.isascii()
                    # (a text without an unspaced script: no line of it is; Korean spaces its words but writes the
                    # quantity after the name as they do, "된장 2큰술", "애호박 1/2개")
                    and (
                        (not ctx.spaced() and ctx.stats(j).unspaced)
                        or ctx.vocab_languages[0] in JOINED_WORDS
                    )
                    and _QUANTITY_WIDE.fullmatch(lines[j].text)
                )
            ]
            # the run's quantities: from its first item with one on (a heading or a menu may stand above)
            start = run.index(counted[0]) if counted else len(run)
            # (an item right over the first one counted that opens with its quantity too, only longer, is the
            # list's first item, not its heading: "1 kg de tomates maduros" over "1 pimiento verde")
            while 0 < start < len(run) and _QUANTITY.match(lines[run[start - 1]].text):
                start -= 1
            items = run[start:]
            # (or three counts in a row, the list up to its last item with a figure: a listing's "95 m² construidos",
            # "3 habitaciones", "2 baños" over "Terraza", "Calefacción individual de gas natural", "Gastos de
            # comunidad: 85 €/mes"; a menu's "24 Hours" stands alone among its sections, and the page's links
            # under the list hold no figure)
            if (
                len(counted) >= 2
                and len(items) >= 3
                and len(counted) < _QUANTITY_SHARE * len(items)
                and _counts_in_row(items, set(counted))
            ):
                items = items[: max(k for k, j in enumerate(items) if DIGIT.search(lines[j].text)) + 1]
                counted = [j for j in counted if j in items]
            if len(counted) >= 2 and len(items) >= 3 and (
                len(counted) >= _QUANTITY_SHARE * len(items) or _counts_in_row(items, set(counted))
            ):
                found.update(items)
                # the heading right over it, and the list's own heading over that when the list is in parts, the
                # first one's heading under it ("Ingredienser" over "Deg" over "50 g jäst", "Fyllning" further
                # down between quantities; both a word or two: a menu's last item over a list's heading stays
                # the menu's)
                if start > 0 and ctx.words(run[start - 1]) <= 3:
                    found.add(run[start - 1])
                    if (
                        start > 1
                        and ctx.words(run[start - 1]) <= 2
                        and ctx.words(run[start - 2]) <= 2
                        and _in_parts(ctx, run[start:], set(counted))
                    ):
                        found.add(run[start - 2])
        run = []
    return found


_COUNTS_IN_ROW = 3


def _counts_in_row(items: list[int], counted: set[int]) -> bool:
    """Whether ``_COUNTS_IN_ROW`` of a list's ``items`` in a row are ``counted``."""
    row = 0
    for i in items:
        row = row + 1 if i in counted else 0
        if row >= _COUNTS_IN_ROW:
            return True
    return False


def _in_parts(ctx: Context, items: list[int], counted: set[int]) -> bool:
    """Whether a list of quantities is in parts: a short line among its items with a quantity right
    above it and two right under it ("13 dl vetemjöl", "Fyllning", "150 g smör", "1 dl socker")."""
    return any(
        ctx.words(items[k]) <= 2
        and not DIGIT.search(ctx.doc.lines[items[k]].text)
        and items[k - 1] in counted
        and items[k + 1] in counted
        and items[k + 2] in counted
        for k in range(1, len(items) - 2)
    )


_VERDICT_ITEMS = 8  # items under one side of a review's verdict box
_VERDICT_ITEM_WORDS = 12


@final
class VerdictHeadings:
    """Whether line ``i`` of the document matches table ``structure.verdict_heading`` ("Pros", "Nachteile:"),
    each line judged once for the passes that ask (detached-blocks on its furniture, edge-furniture on both
    edges: mostly the same short lines)."""

    __slots__ = ("_ctx", "_lines", "_memo", "_table")

    def __init__(self, ctx: Context) -> None:
        self._table = ctx.table("structure", "verdict_heading")
        self._memo = ctx.memo(_VERDICT_HEADING)
        self._lines = ctx.doc.lines
        self._ctx = ctx

    def at(self, i: int) -> bool:
        found = self._memo[i]
        if found is None:
            found = self._memo[i] = self._table.match(self._lines[i].text) is not None
        return bool(found)

    def rule_out(self, candidates: list[int]) -> None:
        """Judge at once the ``candidates`` (lines :meth:`at` is about to be asked of, most of a page's menus)
        that no pattern of the table can match, by its gate (:func:`~cleaner.gate.gate_for`: one RE2 call
        for them all); the others are left to the table's regexes. It never changes a verdict."""
        memo = self._memo
        todo = [i for i in candidates if memo[i] is None]
        t = self._table
        if len(todo) < _VERDICT_BATCH or not t.patterns:
            return
        gate = gate_for(((t.mode, tuple(t.patterns)),))
        found = self._ctx.gate_lines(gate, todo) if gate is not None else None
        if found is None:
            return
        for i, maybe in zip(todo, found, strict=True):
            if not maybe:
                memo[i] = False


_VERDICT_HEADING = ("verdict-heading",)
_VERDICT_BATCH = 8  # (fewer lines: the regexes cost less than setting up the gate's call)


def pros_and_cons(ctx: Context, region: range) -> set[int]:
    """Kept lines of a review's verdict box: a heading of one side (table ``structure.verdict_heading``:
    "Pros", "The good", "Vorteile", "Points forts") over up to ``_VERDICT_ITEMS`` short items, then
    the other side's heading over its items ("Cons", "Heavy", "Expensive"). The review's own list,
    wherever it stands (a price box or a sign-up prompt may follow it); one heading alone over a few
    lines ("For", "Against" in a menu) is no box."""
    heading = ctx.table("structure", "verdict_heading")
    if not heading.patterns:
        return set()
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    headings = VerdictHeadings(ctx)
    short = [i for i in kept if ctx.words(i) <= 6 and not lines[i].lead]  # (what is_heading asks)
    headings.rule_out(short)
    # (a box has two headings: with fewer among the lines, most pages, no box and no walk through the lines)
    seen = 0
    for i in short:
        if headings.at(i):
            seen += 1
            if seen == 2:
                break
    if seen < 2:
        return set()

    def is_heading(i: int) -> bool:
        return ctx.words(i) <= 6 and not lines[i].lead and headings.at(i)

    def items_under(at: int) -> list[int]:
        out: list[int] = []
        for i in kept[at + 1 : at + 1 + _VERDICT_ITEMS]:
            text = lines[i].text
            if is_heading(i) or ctx.words(i) > _VERDICT_ITEM_WORDS or ":" in text or _FIGURE.search(text):
                break  # (a labelled row, "Testergebnis: 1,8", or a price, "ab 169,00 €", is the next box's)
            out.append(i)
        return out

    found: set[int] = set()
    at = 0
    while at < len(kept):
        first = items_under(at) if is_heading(kept[at]) else []
        second_at = at + 1 + len(first)
        if first and second_at < len(kept) and is_heading(kept[second_at]):
            second = items_under(second_at)
            same = lines[kept[at]].text.casefold() == lines[kept[second_at]].text.casefold()
            if second and not same:
                found.update([kept[at], *first, kept[second_at], *second])
                at = second_at + 1 + len(second)
                continue
        at += 1
    return found


def inside_text(ctx: Context, furniture: list[int]) -> list[int]:
    """``furniture`` less a lone line standing right between two kept lines of the article after its
    last long paragraph: under a line that is no furniture (a list item, a heading, a sentence) and
    over a sentence of prose of ``_MIN_CONTINUATION_WORDS`` words or more, the text going on (the
    last item of a list, "Conrad-von-Hötzendorf-Straße: ab Juli", then "Die Kommentare der Anrainer
    … fielen gemischt aus."). A footer's link stands by residue other passes took or by more of the
    footer."""
    lines = ctx.doc.lines
    gone = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        before, after = i - 1, i + 1
        if before < 0 or after >= len(lines) or before in gone or after in gone:
            continue
        if lines[before].removal is not None or lines[after].removal is not None:
            continue
        text = lines[after].text
        if ctx.words(after) >= _MIN_CONTINUATION_WORDS and ctx.is_prose(after) and ends_sentence(text):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def text_through(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the short runs of it that the article's own lines enclose after its last long paragraph,
    up to a sentence of the article's: from the paragraph down, nothing another pass took, the lines that are no
    furniture (list items with function words, rows of data, sentences) at least as many as the furniture, no
    run of furniture longer than ``_MAX_ROWS_UNDER`` lines, and a sentence of ``_MIN_SHORT_CONTINUATION_WORDS``
    words or more that is no furniture closing it (a job advert's parts: "What you'll do" over "Build dashboards
    for the operations team", "Mentor two junior analysts", then "What we're looking for" over "4+ years of
    experience with SQL", "Python or R", "Clear writing", "What we offer" over "Salary: …", then "Northwind is an equal
    opportunity employer."), a line of the article's right over that sentence. A footer's menu runs longer than
    its blurb, stands by residue other passes took, or right over the blurb ("Siamo un memorabilia …!")."""
    lines = ctx.doc.lines
    before = region.start - 1
    if before < 0 or lines[before].removal is not None or not furniture:
        return furniture
    gone = set(furniture)
    close = -1  # the last sentence of the article's in the span
    for i in region:
        line = lines[i]
        if line.removal is not None:
            break
        if not line.text.strip() or i in gone:
            continue
        if ctx.words(i) >= _MIN_SHORT_CONTINUATION_WORDS and ends_sentence(line.text) and not line.lead:
            close = i
    if close < 0:
        return furniture
    run = longest = own = 0
    inside = [i for i in range(region.start, close) if i in gone]
    for i in range(region.start, close):
        if not lines[i].text.strip():
            continue
        if i in gone:
            run += 1
            longest = max(longest, run)
        else:
            run = 0
            # (a kept line of fewer than three words and no figure says nothing of the text: a reader's name over
            # a review, "Marie L."; nor does one of no function word and no sentence end)
            text = lines[i].text
            if ctx.digit(i) or (
                ctx.words(i) >= 3 and ((bool(ctx.stopwords) and ctx.stats(i).stop_ratio > 0) or ends_sentence(text))
            ):
                own += 1
    above = close - 1
    while above >= region.start and not lines[above].text.strip():
        above -= 1
    # (a run right over the closing sentence is the page's: a tag line and the author's name over a footer's blurb,
    # "Siamo un memorabilia del meglio …!")
    if not inside or longest > _MAX_ROWS_UNDER or not own or own + 1 < len(inside) or above in gone:
        return furniture
    keep = set(inside)
    return [i for i in furniture if i not in keep]


def announcing(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the lines ending in a colon right above a kept list item closed by a semicolon
    that is no furniture: the lead-in of a list the article goes on with ("Що сподобалося:" over "ліс за
    десять хвилин від дому;"); over any other line a colon label stays furniture ("Like this:")."""
    lines = ctx.doc.lines
    keep = set()
    for i in furniture:
        j = i + 1
        while j < region.stop and not lines[j].text.strip():
            j += 1
        if (
            j < region.stop
            and ends_colon(lines[i].text)
            and lines[j].removal is None
            and lines[j].text.rstrip()[-1:] == ";"
            and not furniture_at(j)
        ):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def numbered_steps(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a how-to's body after its last long paragraph: two or more steps numbered in order under
    one label ("Paso 1: instalar Nginx", "Paso 2: …"; "Step 1 –", "Schritt 2.") with the commands, lists and
    headings between them, up to the article's last sentence under the last step (a sentence or a heading right
    over one, "Conclusión" over "Ya tienes Nginx funcionando."). A menu never numbers its links in steps; the
    page's furniture under that last sentence still goes."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    steps: list[int] = []
    label = ""
    for i in kept:
        text = lines[i].text
        space = text.find(" ")  # (the label's letters, a space, a figure: the first space, and a figure after it)
        if not (_STEP_LABEL_MIN <= space <= _STEP_LABEL_MAX and decimal(text[space + 1 : space + 2])):
            continue
        m = _STEP.match(text)
        if m is None:
            continue
        number = int(m.group(2))
        if not steps and number == 1:
            steps, label = [i], m.group(1)
        elif steps and m.group(1) == label and number == len(steps) + 1:
            steps.append(i)
    if len(steps) < _MIN_STEPS:
        return furniture

    def sentence(i: int) -> bool:
        return not furniture_at(i) and ctx.words(i) >= _STEP_SENTENCE_WORDS and ends_sentence(lines[i].text)

    pos = kept.index(steps[-1]) + 1
    end = 0  # past the last line of the article under the last step
    while pos < len(kept):
        i = kept[pos]
        if sentence(i):
            end = i + 1
        elif furniture_at(i) and not (pos + 1 < len(kept) and sentence(kept[pos + 1])):
            break  # furniture over no sentence: the page's
        pos += 1
    if not end:
        return furniture
    return [i for i in furniture if i >= end]


# a step under its label and number: "Paso 1: instalar Nginx", "Step 2 – Configure", "Schritt 3."
_STEP = re.compile(r"([^\W\d_]{3,20}) (\d{1,2}) ?[:.)–—-](?!\d)")
_STEP_LABEL_MIN: Final = 3  # the label's letters in _STEP: where its first space stands
_STEP_LABEL_MAX: Final = 20
_MIN_STEPS = 2
_STEP_SENTENCE_WORDS = 3


def list_over_question(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a list of a few short items under a short heading right after the article's last long
    paragraph, when a question of the article stands right under it over two sentences of its own: a health page's
    "Síntomas" over "Diarrea", "Vómitos", "Fiebre leve", then "¿Cuándo acudir al médico?" over "Si hay sangre en las
    heces." and "Si los síntomas duran más de tres días."; or over one sentence of ``_MIN_SHORT_CONTINUATION_WORDS``
    words or more (a warning's "Affected areas" over "Cumbria", "North Yorkshire", …, then "What should I do?" over
    "Plan your journey and allow extra time."). A footer's group of links has a link or the page's end under it, no
    question the page goes on to answer."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    if len(kept) < _MIN_QUESTION_LIST + 3 or not furniture_at(kept[0]) or ctx.words(kept[0]) > _PART_HEADING_WORDS:
        return furniture
    end = 1
    while end < len(kept) and furniture_at(kept[end]) and ctx.words(kept[end]) <= _SHORT_ITEM_WORDS:
        end += 1
    items = end - 1
    if not _MIN_QUESTION_LIST <= items <= _MAX_QUESTION_LIST or end + 1 >= len(kept):
        return furniture
    question, *answers = kept[end : end + 3]

    def answer(i: int, words: int) -> bool:
        return (
            not furniture_at(i)
            and ctx.words(i) >= words
            and ends_sentence(lines[i].text)
            and lines[i].text.rstrip()[-1:] not in "?？"
        )

    text = lines[question].text.rstrip()
    if text[-1:] not in "?？" or ctx.words(question) < 2:
        return furniture
    # (two sentences under the question, or one of ``_MIN_SHORT_CONTINUATION_WORDS`` words or more right under it: a
    # weather warning's "What should I do?" over "Plan your journey and allow extra time.")
    if not (len(answers) == 2 and all(answer(i, 3) for i in answers)) and not (
        answer(answers[0], _MIN_SHORT_CONTINUATION_WORDS) and _adjacent(ctx, question, answers[0])
    ):
        return furniture
    keep = set(kept[:end])
    return [i for i in furniture if i not in keep]


_MIN_QUESTION_LIST = 3
_MAX_QUESTION_LIST = 8
_SHORT_ITEM_WORDS = 3


def list_running_on(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a list right under the article's last long paragraph whose items run on into lines of the
    article's: a short heading, ``_MIN_QUESTION_LIST`` to ``_MAX_QUESTION_LIST`` items the furniture test takes,
    in sentence case (:func:`_lower_tail_item`: "Hardwood floors throughout", "Finished basement"), then one or
    more items of the same shape that it lets through ("Fenced backyard with a patio"), then a line of the
    article's right under them: a sentence, or a labelled row of data ("Property taxes: $9,870 (2024)"; no phone,
    no mail), nothing removed between. A footer's links run in title case ("Terms of Use") or to one word, and
    a footer's box of contacts ends on a phone or a mail."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None and lines[i].text.strip()]
    if len(kept) < _MIN_QUESTION_LIST + 3:
        return furniture
    head = kept[0]
    if not furniture_at(head) or ctx.words(head) > _PART_HEADING_WORDS or not _list_heading_line(ctx, head):
        return furniture
    if ends_colon(lines[head].text) or not _adjacent(ctx, region.start - 1, head):
        return furniture
    end = 1
    while end < len(kept) and furniture_at(kept[end]) and _lower_tail_item(ctx, kept[end]):
        end += 1
    if not _MIN_QUESTION_LIST <= end - 1 <= _MAX_QUESTION_LIST:
        return furniture
    own = end
    while own < len(kept) and not furniture_at(kept[own]) and _lower_tail_item(ctx, kept[own]):
        own += 1
    if own == end or own >= len(kept):
        return furniture
    text = lines[kept[own]].text
    sentence = ctx.words(kept[own]) >= 3 and ends_sentence(text) and not furniture_at(kept[own])
    row = bool(_LABEL_COLON.search(text)) and bool(DIGIT.search(text)) and "@" not in text and not (
        _PHONE.fullmatch(text)
    )
    if not (sentence or row) or not _adjacent(ctx, head, kept[own]):
        return furniture
    keep = set(kept[:own])
    return [i for i in furniture if i not in keep]


def colon_list_through(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a short list announced by a label ending in a colon among the article's own lines after its
    last long paragraph: right under a kept line of the article's (no furniture), a label of up to
    ``_PART_HEADING_WORDS`` words and no figure ending in a colon, one to ``_MAX_ROWS_UNDER`` items of two words or
    more, then a kept item that is no furniture and closes the list: ``_ROW_MIN_WORDS`` to ``_CLOSING_ITEM_WORDS``
    words, a figure or a
    function word, no sentence, no label, no phone, mail or link (show notes' "Links mentioned:" over "The Federal
    Highway Administration's National Bridge Inventory", then "Yusuf's book, Hidden Loads (2023)"). A footer's
    "Follow us:" runs to links of one word, a contact box to a phone or a mail, a menu's label to a blurb's
    sentence or to residue other passes took."""
    lines = ctx.doc.lines
    labels = [i for i in furniture if ends_colon(lines[i].text)]  # (most runs hold none)
    if not labels:
        return furniture
    gone = set(furniture)
    keep: set[int] = set()
    for i in labels:
        text = lines[i].text
        if ctx.words(i) > _PART_HEADING_WORDS or DIGIT.search(text):
            continue
        above = _line_above(ctx, i)
        if above < region.start - 1 or above < 0 or above in gone or lines[above].removal is not None:
            continue
        items: list[int] = []
        j = i + 1
        while j < region.stop and (not lines[j].text.strip() or (j in gone and len(items) <= _MAX_ROWS_UNDER)):
            if lines[j].text.strip():
                items.append(j)
            j += 1
        while j < region.stop and not lines[j].text.strip():
            j += 1
        if not 1 <= len(items) <= _MAX_ROWS_UNDER or j >= region.stop or any(ctx.words(k) < 2 for k in items):
            continue
        close = lines[j]
        last = close.text.strip()
        if (
            close.removal is not None
            or j in gone
            or ctx.words(j) < _ROW_MIN_WORDS
            or ctx.words(j) > _CLOSING_ITEM_WORDS
            or ends_sentence(last)
            or _LABEL_COLON.search(last)
            or "@" in last
            or URL.search(last)
            or _PHONE.fullmatch(last)
            or not (DIGIT.search(last) or (bool(ctx.stopwords) and ctx.stats(j).stop_ratio > 0))
        ):
            continue
        keep.add(i)
        keep.update(items)
    return [i for i in furniture if i not in keep] if keep else furniture


_ROW_MIN_WORDS = 3
_CLOSING_ITEM_WORDS = 12


def _lower_tail_item(ctx: Context, i: int) -> bool:
    """A list's item in sentence case ending on a word in lower case: up to ``_LIST_ITEM_WORDS`` words, the first
    opening in a capital, the last in lower case when there are two or more ("Finished basement", "Hardwood
    floors throughout"; not a menu's "Terms of Use"), no sentence, no label, no figure."""
    line = ctx.doc.lines[i]
    words = line.text.split()
    return (
        ctx.words(i) <= _LIST_ITEM_WORDS
        and not line.lead
        and not ends_sentence(line.text)
        and not _LABEL_COLON.search(line.text)
        and not DIGIT.search(line.text)
        and words[0][:1].isupper()
        and (len(words) == 1 or words[-1][:1].islower())
    )


# a phone number on a line of its own, under at most two words of label: "Tel.: 08382 704-115", "+49 30 1234567",
# "Telefon (0171) 123 45 67", "Tél. : 01 23 45 67 89" (a sentence naming a number, "Die Hotline ist unter 0800 111 0 111
# erreichbar.", holds more words than a label's)
_PHONE = re.compile(
    r"(?:[^\W\d_][^\W\d_.]{0,14}\.?(?:/[^\W\d_]{1,6}\.?)?\s?:?\s?){0,2}"
    r"\+?\(?\d[\d ()./–-]{4,24}\d"
)
_PHONE_DIGITS = 6  # a phone number has this many digits or more ("704-115" alone is a room or an extension)
_PHONE_WORDS = 6  # "Tel. (Zentrale) +49 30 123 45 67"
_CONTACT_REACH = 6  # the lines of a contact block: its label, a name, an office, a mail, a phone or two


def contact_phones(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """The phone lines (``_PHONE``: a number alone or under a short label) of a contact block after the article
    that goes as a whole: the lines over the phone up to the article's last paragraph, and those under it up to
    the next kept line, go (``furniture``, or residue other passes took; another phone line of the box aside),
    one of them a mail address ("Pressekontakt:", "Thomas Brenner", "presse@…", then "Tel.: 08382 704-115").
    A box under a kept heading ("Contacto para a imprensa") or right under the article's own short lines
    (its hours, "Freitag: 8 bis 12 Uhr", then "Ansprechpartnerin") stays with them, and so does a number
    named in a sentence ("Die Hotline ist unter 0800 111 0 111 erreichbar."). The box's name in a signature's shape
    that the furniture test lets through ("Jane Doe, Head of Communications": its "of") goes with the phone when it
    stands right under residue (the box's label, "Media contact:"); right under the text, it is the text's signer."""
    lines = ctx.doc.lines
    gone = set(furniture)

    def phone(j: int) -> bool:
        line = lines[j]
        if line.lead or ctx.words(j) > _PHONE_WORDS:
            return False
        text = line.text.strip()
        # (a figure first: on a line of words the pattern's optional labels are tried every way they split)
        return (
            ctx.digit(j)
            and _PHONE.fullmatch(text) is not None
            and sum(c.isdigit() for c in text) >= _PHONE_DIGITS
        )

    def mail(j: int) -> bool:
        return "@" in lines[j].text and _EMAIL.search(lines[j].text) is not None

    def named(j: int) -> bool:  # a name and an office ("Jane Doe, Head of Communications") right under residue
        if ctx.words(j) > _CONTACT_LINE_WORDS or ctx.is_prose(j) or not _SIGNATURE.fullmatch(lines[j].text):
            return False
        above = j - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        return above >= region.start and (lines[above].removal is not None or above in gone)

    out: list[int] = []
    for i in region:
        if lines[i].removal is not None or i in gone or not phone(i):
            continue
        mailed = False
        name = -1
        j = i - 1  # up to the article's last paragraph (or its last kept line: then the box is its own)
        while j >= region.start and i - j <= _CONTACT_REACH:
            if lines[j].removal is None and j not in gone:
                if name < 0 and named(j):
                    name = j  # the box's name in a signature's shape under its label that went
                elif not phone(j):
                    break
            elif mail(j):
                mailed = True
            j -= 1
        if j >= region.start and (i - j > _CONTACT_REACH or not ctx.is_prose(j)):
            continue  # a kept line over the box: its heading, or the article's own rows going on
        j = i + 1  # down to the next kept line
        while not mailed and j < region.stop and j - i <= _CONTACT_REACH:
            if lines[j].removal is None and j not in gone:
                if not phone(j):
                    break
            elif mail(j):
                mailed = True
            j += 1
        if mailed:
            out.append(i)
            if name >= 0 and name not in out:
                out.append(name)
    return sorted(out)


# a postal code: five digits (with Brazil's three after a dash), or four and the Dutch letters
_POSTCODE = re.compile(r"(?<![\d.,:/])(?:\d{5}(?:-\d{3})?|\d{4} ?[A-Z]{2})(?![\d.,:/]|[^\W\d_])")
_NUMBER = re.compile(r"\d+")
# a phone under its label, short numbers too ("Telefone: 156", "Tél. : 02 28 25 20 00")
_LABELLED_PHONE = re.compile(
    r"(?:tel|tél|téléphone|telefone|telefon|teléfono|telefono|fone|phone|tlf|fax)\.?\s?:?\s?\+?\(?\d[\d ()./–-]{1,24}",
    re.IGNORECASE,
)
# the letters _LABELLED_PHONE's labels open with, in either case (no other character folds to them)
_PHONE_LABEL_FIRST: Final = frozenset("tfpTFP")
_ADDRESS_WORDS = 14
_FOOTER_BOX_LINES = 3  # a site's address, its phone, a fax or its hours
_FOOTER_OVER = 3  # the footer's lines over it, all going (one label over it may be the article's "Kontakt")


# an address over two lines: the street and its house number ("12 Market Street", "Hauptstraße 12", "5 rue de la
# République", "Hanauer Landstr. 126-128"), then the postal code and the town ("10115 Berlin", "69001 Lyon",
# "Leeds LS1 6AB")
_HOUSE = r"\d{1,4}[a-z]?(?:[-–/]\d{1,4}[a-z]?)?"
# (both read whole lines: anchored, so that a search is one try, not one a character)
_STREET = re.compile(r"^(?:" + _HOUSE + r",? [^\W\d_][^\d,;:]{2,40}|[^\W\d_][^\d,;:]{2,40} " + _HOUSE + ")")
_POSTCODE_TOWN = re.compile(
    r"^(?:(?:[A-Z]{1,2}-)?\d{4,5}(?: ?[A-Z]{2})? [^\W\d_][\w'’ .-]{1,40}"
    r"|[^\W\d_][\w'’ .-]{1,40},? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
)
_STREET_WORDS = 6


def _street_ends(text: str) -> bool:
    """What ``_STREET.fullmatch(text)`` needs at the line's ends, looked at before the regex: the house number first,
    or last (a figure, or a figure and a lowercase letter: "Hanauer Landstr. 126-128", "Hauptstraße 12a")."""
    return decimal(text[:1]) or decimal(text[-1:]) or (decimal(text[-2:-1]) and "a" <= text[-1:] <= "z")


def _town_ends(text: str) -> bool:
    """What ``_POSTCODE_TOWN.fullmatch(text)`` needs at the line's ends, looked at before the regex: the postal code
    first (a figure, or a country's capitals and a hyphen: "D-10115 Berlin"), or last (a figure and two capitals:
    "Leeds LS1 6AB")."""
    return (
        decimal(text[:1])
        or ("A" <= text[:1] <= "Z" and "-" in text[1:3])
        or (decimal(text[-3:-2]) and "A" <= text[-2:-1] <= "Z" and "A" <= text[-1:] <= "Z")
    )
_BLOCK_NAME_WORDS = 4


def footer_contact_block(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """A postal address and its phone as a footer block after the article: a run of lines that are a name (the first
    one only: "Central Library"), an address (on one line, as :func:`footer_address` reads it, or a street over its
    postal code and town: "12 Market Street" / "Leeds LS1 6AB") and a phone under its label ("Tel: 0113 378 5005"),
    both of them there, with the page's furniture or residue right over it (a share row, "Print": the article's
    last paragraph does not stand over it, nor a label with a colon) and right under it (the footer's links). The
    block's lines that go: those still kept. The same block right under the article's text, or over the page's end,
    is the notice's own contact and stays (see :func:`footer_address`)."""
    lines = ctx.doc.lines
    gone = set(furniture)
    seq = [i for i in region if lines[i].text.strip()]

    def going(i: int) -> bool:
        return lines[i].removal is not None or i in gone

    plain: dict[int, bool] = {}  # (each line's sentence test once: street, town, address and phone all ask it)

    def short(i: int, most: int) -> bool:
        if ctx.words(i) > most:
            return False
        found = plain.get(i)
        if found is None:
            found = plain[i] = not ends_sentence(lines[i].text) and not ctx.is_prose(i)
        return found

    def street(i: int) -> bool:
        text = lines[i].text.strip()
        return _street_ends(text) and short(i, _STREET_WORDS) and _STREET.fullmatch(text) is not None

    def town(i: int) -> bool:
        text = lines[i].text.strip()
        return _town_ends(text) and short(i, _STREET_WORDS) and _POSTCODE_TOWN.fullmatch(text) is not None

    def one_line(i: int) -> bool:
        text = lines[i].text
        return (
            short(i, _ADDRESS_WORDS)
            and ("," in text or " - " in text or " – " in text)
            and _POSTCODE.search(text) is not None
            and len(_NUMBER.findall(text)) >= 2
        )

    def phone(i: int) -> bool:
        text = lines[i].text.strip()
        # (the label first: every one opens on one of _PHONE_LABEL_FIRST, most lines on another letter)
        return (
            text[:1] in _PHONE_LABEL_FIRST
            and short(i, _ADDRESS_WORDS)
            and _LABELLED_PHONE.fullmatch(text) is not None
        )

    def name(i: int) -> bool:
        text = lines[i].text.strip()
        return short(i, _BLOCK_NAME_WORDS) and not ctx.digit(i) and text[-1:] not in ":|"

    # every line of the block's body holds a figure (a house number, a postcode, a phone), a name none: a line
    # without one ends the body, and a name is only looked for over a line with one (cheap first: the region is
    # most of a naive page)
    figured = [ctx.digit(i) for i in seq]
    # (a block holds a phone, a line of its body: with none among the lines with a figure, most pages, no block)
    if not any(figured[k] and phone(seq[k]) for k in range(len(seq))):
        return []
    out: list[int] = []
    k = 0
    while k < len(seq):
        start = k
        if k + 1 < len(seq) and figured[k + 1] and name(seq[k]):
            k += 1
        end = k
        while end < len(seq) and figured[end] and (
            street(seq[end]) or town(seq[end]) or one_line(seq[end]) or phone(seq[end])
        ):
            end += 1
        body = seq[k:end]
        if not body:
            k = start + 1
            continue
        addressed = any(one_line(i) for i in body) or any(street(a) and town(b) for a, b in pairwise(body))
        if (
            start > 0
            and addressed
            and any(phone(i) for i in body)
            and end < len(seq)
            and going(seq[start - 1])
            and not ends_colon(lines[seq[start - 1]].text)
            and going(seq[end])
        ):
            out.extend(i for i in seq[start:end] if not going(i))
        k = end  # (a block is judged once, from its first line: right under the text, it stays whole)
    return out


# a count alone on its line: claps, likes or views ("1.2K", "142", "3,4 k")
_BARE_COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?\s?[KkMm]|\d{1,6}")
_SHARE_PASSES = frozenset({"social-buttons"})


def share_counts(ctx: Context, region: range) -> list[int]:
    """Counts alone on their lines after the article ("1.2K", "142": a post's claps or likes), a run of them right
    over or under a share button another pass took ("Share", "Follow"), with residue, the article's last paragraph
    or the page's end on their other side: the share row's figures, no article's. A figure under the article's own
    short line (a poll's "No" over "38", then "Share"), or with no share button beside it, stays."""
    lines = ctx.doc.lines
    seq = [i for i in region if lines[i].text.strip()]

    def count(i: int) -> bool:
        line = lines[i]
        # (a count holds a figure: most lines are ruled out before the regex)
        return (
            line.removal is None
            and not line.lead
            and ctx.digit(i)
            and _BARE_COUNT.fullmatch(line.text.strip()) is not None
        )

    def shared(n: int) -> bool:
        return 0 <= n < len(seq) and (r := lines[seq[n]].removal) is not None and r.pass_name in _SHARE_PASSES

    def clear(n: int) -> bool:  # residue, the article's last paragraph, or nothing
        return not 0 <= n < len(seq) or lines[seq[n]].removal is not None or ctx.is_prose(seq[n])

    out: list[int] = []
    n = 0
    while n < len(seq):
        if not count(seq[n]):
            n += 1
            continue
        m = n
        while m < len(seq) and count(seq[m]):
            m += 1
        if (shared(n - 1) and clear(m)) or (shared(m) and clear(n - 1)):
            out.extend(seq[n:m])
        n = m
    return out


_AGENDA_TITLE_WORDS = 12
_AGENDA_PAIRS = 2


def agenda_titles(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """A sidebar's agenda after the article: events as pairs of a date alone on its line (the dateline pass took it,
    or table ``metadata.event_date`` reads it) and the event's title under it ("12 March 2024" / "Open day at the
    town hall"), ``_AGENDA_PAIRS`` pairs or more in a row, under the agenda's heading (table
    ``structure.agenda_heading``: "Agenda", "Upcoming events", "Termine"; going, not the article's last paragraph)
    and over the page's furniture or residue (or its end). The titles go (the furniture test lets their "at the"
    through). An article's own schedule under its heading ("Key dates", "The closures are:") stays."""
    lines = ctx.doc.lines
    gone = set(furniture)
    event = ctx.table("metadata", "event_date")
    heading = ctx.table("structure", "agenda_heading")
    seq = [i for i in region if lines[i].text.strip()]
    # (no nested functions: compiled, each call of one is a Python call, and they and their environment a cycle)
    out: list[int] = []
    n = 1
    while n < len(seq):
        over = seq[n - 1]
        if lines[over].removal is None and over not in gone:  # (the cheap test first: the pairs stand under one going)
            n += 1
            continue
        m = n
        titles: list[int] = []
        while m + 1 < len(seq) and _agenda_date(ctx, event, seq[m]) and _agenda_title(ctx, seq[m + 1]):
            titles.append(seq[m + 1])
            m += 2
        if (
            len(titles) >= _AGENDA_PAIRS
            and (m == len(seq) or lines[seq[m]].removal is not None or seq[m] in gone)
            and heading.match(lines[over].text.strip()) is not None  # (last: the table's regexes, the costliest)
        ):
            out.extend(t for t in titles if t not in gone)
            n = m
        else:
            n += 1
    return out


def _agenda_date(ctx: Context, event: Table, i: int) -> bool:
    """Line ``i`` is an agenda's date (see :func:`agenda_titles`): one the dateline pass took, or one table
    ``metadata.event_date`` reads."""
    line = ctx.doc.lines[i]
    removal = line.removal
    if removal is not None:
        return removal.pass_name == "dateline" and ctx.words(i) <= _AGENDA_DATE_WORDS
    return ctx.words(i) <= _AGENDA_DATE_WORDS and event.match(line.text) is not None


def _agenda_title(ctx: Context, i: int) -> bool:
    """Line ``i`` may be an event's title under its date (see :func:`agenda_titles`)."""
    line = ctx.doc.lines[i]
    return (
        line.removal is None
        and not line.lead
        and ctx.words(i) <= _AGENDA_TITLE_WORDS
        and not ends_sentence(line.text)
        and not ends_colon(line.text)
        and not ctx.is_prose(i)
    )


_AGENDA_DATE_WORDS = 8


def footer_address(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """A site's postal address and phone in its footer: a run of up to ``_FOOTER_BOX_LINES`` kept lines after the
    article, one of them a postal address (a house number and a postal code, parted by a comma or a dash: "2 rue de
    l'Hôtel de Ville, 44800 Saint-Herblain"), the others addresses or phones under their label ("Tél. : 02 28 25 20
    00"), with the page's furniture (``furniture``, or residue other passes took) right over it and right under it:
    the footer's link columns around the site's address (``_FOOTER_OVER`` lines or more over it, all going, the last
    no label with a colon). The same lines right under the article's last paragraph or a label or two there (a
    notice's own contact, "Weitere Informationen:" over the office's address), or over nothing but the page's end,
    stay."""
    lines = ctx.doc.lines
    gone = set(furniture)
    seq = [i for i in region if lines[i].text.strip()]

    def address(i: int) -> bool:
        text = lines[i].text
        return (
            ctx.words(i) <= _ADDRESS_WORDS
            and not ends_sentence(text)
            and ("," in text or " - " in text or " – " in text)
            and _POSTCODE.search(text) is not None
            and len(_NUMBER.findall(text)) >= 2
        )

    def phone(i: int) -> bool:
        return ctx.words(i) <= _ADDRESS_WORDS and _LABELLED_PHONE.fullmatch(lines[i].text.strip()) is not None

    out: list[int] = []
    k = 0
    over = 0  # the lines going right over the line at k
    while k < len(seq):
        if lines[seq[k]].removal is not None or seq[k] in gone:
            k += 1
            over += 1
            continue
        end = k
        while end < len(seq) and lines[seq[end]].removal is None and seq[end] not in gone:
            end += 1
        run = seq[k:end]
        if (
            over >= _FOOTER_OVER
            and not ends_colon(lines[seq[k - 1]].text)
            and end < len(seq)
            and len(run) <= _FOOTER_BOX_LINES
            and any(address(i) for i in run)
            and all(address(i) or phone(i) for i in run)
        ):
            out.extend(run)
        k, over = end, 0
    return out


_MIN_VERSE_LINES = 4  # a poem's lines under the article's last long paragraph


def lower_verse(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a poem right under the article's last long paragraph, over a sentence of the article's: a
    run of ``_MIN_VERSE_LINES`` or more lines of furniture, half of them or more opening in lower case
    (:func:`lower_items`: "sabahın yedisinde", "simitçi bağırıyor", no line ending like a sentence) and half of
    them or more of two words or more, then a sentence of prose of ``_MIN_SHORT_CONTINUATION_WORDS`` words or more
    right under them ("Ayşe Kaya, 15 Mart Cumartesi saat 15.00'te Moda Sahnesi'nde okurlarıyla buluşacak."),
    nothing another pass took between. Between two long paragraphs :func:`lower_items` keeps the same lines; here
    the sentence under them may be too short to anchor the article (a Turkish or Finnish sentence says in nine words
    what an English one says in twelve). A menu's links are capitalised; a tag cloud's tags run to a word each."""
    lines = ctx.doc.lines
    if len(furniture) < _MIN_VERSE_LINES:
        return furniture
    # (the run: the furniture from the region's first line on, line after line, blank lines between; a guard asked
    # of every page reads no further than that)
    j = region.start
    while j < region.stop and not lines[j].text.strip():
        j += 1
    if j >= region.stop or furniture[0] != j or not _adjacent(ctx, region.start - 1, j):
        return furniture
    run: list[int] = []
    while j < region.stop:
        if not lines[j].text.strip():
            j += 1
            continue
        if len(run) < len(furniture) and furniture[len(run)] == j and lines[j].removal is None:
            run.append(j)
            j += 1
            continue
        break
    if len(run) < _MIN_VERSE_LINES or j >= region.stop:
        return furniture
    after = j
    if lines[after].removal is not None or not (
        ctx.words(after) >= _MIN_SHORT_CONTINUATION_WORDS and ends_sentence(lines[after].text) and ctx.is_prose(after)
    ):
        return furniture
    if sum(1 for j in run if ctx.words(j) >= 2) * 2 < len(run) or not lower_items(ctx, run):
        return furniture
    # (a tag cloud's tags name the story's subject, "biblioteca municipal", "calle mayor", "pleno del ayuntamiento":
    # half of them share a word's stem with the text above; a poem's lines speak of their own things)
    stems = {
        stem for i in range(region.start) if lines[i].removal is None for stem in _stems(lines[i].text)
    }
    if sum(1 for j in run if not stems.isdisjoint(_stems(lines[j].text))) * 2 >= len(run):
        return furniture
    keep = set(run)
    return [i for i in furniture if i not in keep]


_STEM_CHARS = 5  # a word's first characters, its stem across its endings ("municipal", "municipio")
_STEM_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    """The stems of the words of four letters or more of ``text`` (lower case, their first ``_STEM_CHARS``)."""
    return {word[:_STEM_CHARS] for word in _STEM_WORD.findall(lower(text))}


_RECIPE_STEPS = 3  # the steps under a list's second heading: a recipe's method, three sentences or more
_RECIPE_ITEMS = 20  # a recipe's ingredients, one a line
_RECIPE_HEADING_WORDS = 3  # a named part's heading: "Modo de preparação", "Mod de preparare", "начин на приготвяне"


# a price at a shop, the line alone: "R$ 2.499 na Amazon", "€ 449 bei Amazon", "449 € chez Fnac", "$479 at Best Buy",
# "ab 449 € bei MediaMarkt" (a place reads the same, "R$ 603 na Bahia": :func:`deals_box` reads it in a box alone)
_PRICE = (
    r"(?:(?:R\$|US\$|A\$|C\$|CHF|[$£€¥₹])\s?\d[\d.,]{0,12}(?:,-)?"
    r"|\d[\d.,]{0,12}(?:,-)?\s?(?:€|EUR|euros?|zł|Kč|kr|Ft|lei|CHF|\$|£))"
)
_PRICE_AT = re.compile(
    r"(?:(?:ab|from|desde|dès|à partir de|a partir de|da|od|vanaf)\s)?"
    + _PRICE
    + r"\s[a-zà-ÿ]{1,5}(?:\s[a-zà-ÿ]{1,5})?\s[A-Z0-9][\w.&'’+-]{0,30}(?:\s[A-Z0-9][\w.&'’+-]{0,30}){0,2}"
)
_DEALS_LINES = 12  # a deals box's lines: a heading, a few products, their prices
_DEALS_LABEL_WORDS = 12


def deals_box(ctx: Context, region: range) -> list[int]:
    """The kept lines of a deals box closing the page under the article's last long paragraph: from the region's
    first line to the page's end, short labels (a heading, a product: "Ofertas", "Galaxy A56 5G 256 GB"; up to
    ``_DEALS_LABEL_WORDS`` words, no sentence, no colon) and prices at a shop ("R$ 2.499 na Amazon", "€ 449 bei
    Amazon", kept or taken by another pass), at least one price, the first one under two labels (its box's heading
    and its product) or under a question ("Où acheter le Pixel 9a au meilleur prix ?"). The article's own prices
    at places ("R$ 603 na Bahia") stand under a line closed by a colon that announces them, or with a sentence of
    the article's under them."""
    lines = ctx.doc.lines
    rows = [j for j in region if lines[j].text.strip()]
    if not rows or len(rows) > _DEALS_LINES:
        return []
    labels: list[int] = []
    prices: list[int] = []
    for j in rows:
        text = lines[j].text.strip()
        if _PRICE_AT.fullmatch(text):
            if not prices and not (len(labels) >= 2 or (labels and text_ends_question(lines[labels[-1]].text))):
                return []
            prices.append(j)
        elif lines[j].removal is not None:
            continue
        elif (
            ctx.words(j) > _DEALS_LABEL_WORDS
            or (ends_sentence(text) and not text_ends_question(text))
            or ends_colon(text)
            or URL.search(text)
        ):
            return []
        else:
            labels.append(j)
    if not prices or len(labels) > 2 * len(prices) + 1:
        return []
    return sorted(j for j in labels + prices if lines[j].removal is None)


def text_ends_question(text: str) -> bool:
    """Whether ``text`` closes on a question mark (a box's question: "Où acheter … au meilleur prix ?")."""
    return text.rstrip().endswith(("?", "？", "؟"))


def ingredients_closing(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a recipe's one part closing the page right under the article's last long paragraph: a
    heading table ``structure.recipe_heading`` names ("Składniki", "Zutaten", "Ingredients"), then
    ``_CLOSING_LIST_ITEMS`` to ``_RECIPE_ITEMS`` short items of up to ``_INGREDIENT_WORDS`` words, no sentence, no
    link ("Zakwas", "Kiełbasa biała"), and under them only residue another pass took or the page's end. The heading
    says what its items are: a "Tags" or "Related" box closing the page reads the same and goes."""
    lines = ctx.doc.lines
    rows = [j for j in region if lines[j].text.strip()]
    kept = [j for j in rows if lines[j].removal is None]
    if len(kept) < 1 + _CLOSING_LIST_ITEMS or len(kept) > 1 + _RECIPE_ITEMS or rows[: len(kept)] != kept:
        return furniture  # (the list and only residue under it: a footer's links among its residue are no items)
    head = kept[0]
    if not _adjacent(ctx, region.start - 1, head) or ctx.words(head) > _RECIPE_HEADING_WORDS:
        return furniture
    if not ctx.table("structure", "recipe_heading").match(lines[head].text.strip()):
        return furniture
    for j in kept[1:]:
        text = lines[j].text.strip()
        if ctx.words(j) > _INGREDIENT_WORDS or ends_sentence(text) or ends_colon(text) or URL.search(text):
            return furniture
    keep = set(kept)
    return [i for i in furniture if i not in keep]


_INGREDIENT_WORDS = 4


def list_over_steps(
    ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]
) -> list[int]:
    """``furniture`` less a recipe in two parts right under the article's last long paragraph (:func:`recipe_parts`:
    "Zutaten" over "Zwei Tassen Reis", "Blumenkohl", …, "Zubereitung" over its steps), nothing another pass took
    between; or under short paragraphs of prose that follow it (a paragraph of eleven words, "इसे बनाने में समय लगता
    है, लेकिन स्वाद इसका इनाम है।", is the article's as the long one is)."""
    lines = ctx.doc.lines
    j = region.start
    while j < region.stop and (
        not lines[j].text.strip() or (lines[j].removal is None and j not in furniture and ctx.is_prose(j))
    ):
        j += 1
    if j >= region.stop or not furniture or not _adjacent(ctx, region.start - 1, j):
        return furniture
    parts = recipe_parts(ctx, furniture_at, j)
    if not parts:
        return furniture
    keep = set(parts)
    return [i for i in furniture if i not in keep]


def _recipe_lines(ctx: Context, start: int) -> list[int]:
    """The lines from ``start`` on that :func:`recipe_parts` may read, blank ones skipped: its headings, its items and
    its first steps, no more."""
    lines = ctx.doc.lines
    out: list[int] = []
    most = 2 + _RECIPE_ITEMS + _RECIPE_STEPS
    for j in range(start, len(lines)):
        if lines[j].text.strip():
            out.append(j)
            if len(out) == most:
                break
    return out


def recipe_parts(ctx: Context, furniture_at: Callable[[int], bool], start: int) -> list[int]:
    """The lines of a recipe in two parts from line ``start`` on, blank ones skipped, to the heading over its steps
    (none: no such recipe there): a heading
    ("Zutaten", "Składniki", "المكونات"), ``_CLOSING_LIST_ITEMS`` to ``_RECIPE_ITEMS`` short items with no
    figure (its ingredients written out, "Zwei Tassen Reis", "Blumenkohl", "ملح وبهارات"; items with figures
    :func:`quantity_list` keeps), then a second heading ("Zubereitung", "طريقة التحضير") right over
    ``_RECIPE_STEPS`` or more sentences of three words or more ("Das Hähnchen mit den Gewürzen kochen."), nothing
    another pass took among them, one of the two headings named by table ``structure.recipe_heading``. A heading is
    a word or two the furniture test takes, or up to ``_RECIPE_HEADING_WORDS`` words the table names, no figure.
    The lines run to the second heading (its steps are sentences, no furniture). Without the table's word the
    shape is a teaser box's headlines under its label over a weather box's sentences ("من المنطقة" over
    headlines, "الطقس" over its forecast), which stay furniture. Asked at each gap the block passes find, it reads
    the first line alone unless that is a heading's shape."""
    lines = ctx.doc.lines
    first = start
    while first < len(lines) and not lines[first].text.strip():
        first += 1
    if first >= len(lines):
        return []
    line = lines[first]
    if (
        line.removal is not None
        or line.lead
        or ctx.words(first) > _RECIPE_HEADING_WORDS
        or DIGIT.search(line.text)
        or ends_sentence(line.text)
    ):
        return []
    kept = _recipe_lines(ctx, first)
    if len(kept) < 2 + _CLOSING_LIST_ITEMS + _RECIPE_STEPS:
        return []
    named = ctx.table("structure", "recipe_heading")

    def heading(j: int) -> bool:
        line = lines[j]
        if line.removal is not None or line.lead or DIGIT.search(line.text) or ends_sentence(line.text):
            return False
        words = ctx.words(j)
        return (furniture_at(j) and words <= _PART_HEADING_WORDS) or (
            words <= _RECIPE_HEADING_WORDS and bool(named.match(line.text))
        )

    def item(j: int) -> bool:
        text = lines[j].text
        return (
            lines[j].removal is None
            and ctx.words(j) <= _LIST_ITEM_WORDS
            and not lines[j].lead
            and not DIGIT.search(text)
            and not ends_sentence(text)
            and not ends_colon(text)
            and not _LABEL_COLON.search(text)
        )

    def step(j: int) -> bool:
        line = lines[j]
        return (
            line.removal is None
            and not furniture_at(j)
            and (ctx.words(j) >= 3 or (len(line.text) >= 4 and ctx.stats(j).unspaced))
            and ends_sentence(line.text)
        )

    if not heading(kept[0]):
        return []
    end = 1
    while end < len(kept) and end <= _RECIPE_ITEMS and item(kept[end]) and not (
        heading(kept[end]) and end + 1 < len(kept) and step(kept[end + 1])
    ):
        end += 1
    if end - 1 < _CLOSING_LIST_ITEMS or end >= len(kept) or not heading(kept[end]):
        return []
    steps = kept[end + 1 : end + 1 + _RECIPE_STEPS]
    if len(steps) < _RECIPE_STEPS or not all(step(j) for j in steps):
        return []
    if not (named.match(lines[kept[0]].text) or named.match(lines[kept[end]].text)):
        return []  # (a teaser box's label over headlines, a weather box's over its forecast)
    return kept[: end + 1]


_PRACTICAL_ROWS = 6  # an event's facts under their heading: date, hours, place, address, price, booking
_PRACTICAL_ROW_WORDS = 10


def _practical_row(ctx: Context, i: int) -> bool:
    """A short row of an event's practical facts: a few words, no paragraph ("Entrée libre", "Plats: Konserthuset")."""
    return ctx.words(i) <= _PRACTICAL_ROW_WORDS and not ctx.doc.lines[i].lead


def practical_heading_over(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` is one of the short rows under a heading of an event's practical facts
    (table ``structure.practical_heading``: "Praktisk information", "Infos pratiques") that stands right under a
    paragraph of the article: a row of the article's, whatever it reads as ("Datum: lördag 12 april kl. 19.00")."""
    table = ctx.table("structure", "practical_heading")
    if not table.patterns:
        return False
    lines = ctx.doc.lines
    for back in range(1, _PRACTICAL_ROWS + 1):
        at = pos - back
        if at < 1:
            return False
        i = kept[at]
        if ctx.words(i) <= _PRACTICAL_ROW_WORDS and table.match(lines[i].text):
            return ctx.is_prose(kept[at - 1])
        if not _practical_row(ctx, i):
            return False
    return False


def practical_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less an event's practical facts right under the article's last paragraph: a heading of
    table ``structure.practical_heading`` ("Infos pratiques", "Praktisk information") over two to
    ``_PRACTICAL_ROWS`` short rows, one of them with a figure of a time, a date or a price (``_FIGURE``: "10h",
    "19.00", "195–495 kr"; a link's bare year is none), down to the first line
    another pass took ("Dimanche 6 avril, de 10h à 18h" / "Jardin des Plantes, rue Stanislas-Baudry" / "Entrée
    libre" over "Ajouter à mon agenda"). A footer's "Infos pratiques" over its links ("Horaires", "Tarifs 2025",
    "Accès") names no such figure, and a heading under residue is the footer's."""
    lines = ctx.doc.lines
    if not furniture or region.start >= len(lines) or lines[region.start].removal is not None:
        return furniture
    heading = region.start
    if ctx.words(heading) > _PRACTICAL_ROW_WORDS or not ctx.table("structure", "practical_heading").match(
        lines[heading].text
    ):
        return furniture
    rows: list[int] = []
    for i in range(heading + 1, min(len(lines), heading + 1 + _PRACTICAL_ROWS)):
        if lines[i].removal is not None or not _practical_row(ctx, i):
            break
        rows.append(i)
    if len(rows) < 2 or not any(_FIGURE.search(lines[i].text) for i in rows):
        return furniture
    keep = {heading, *rows}
    return [i for i in furniture if i not in keep]


_HEADED_ROWS = 6  # a box of labelled rows under its heading: "Omleidingen" over "Auto's: via de Ringweg", …
_HEADED_ROW_HEADING_WORDS = 3


def heading_over_rows(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the heading of a box of labelled rows right under the article's last paragraph, where
    the rows stay ("Omleidingen" over "Auto's: via de Ringweg" / "Fietsers: via de Parkbrug"): the heading names
    what the rows list, and without it they read as a bare list. Two to ``_HEADED_ROWS`` rows, each a label and its
    value (``_LABEL_ROW``), no label twice (a teaser box says "Lees ook:" on each row), none a link, a mail or a
    sentence, none taken by the furniture test or another pass; the heading a few words, no sentence, no colon.
    A footer's heading stands under residue, and its rows ("Tel: …", "E-mail: …") go with the footer."""
    lines = ctx.doc.lines
    heading = region.start
    if heading not in furniture or heading + 2 >= len(lines):
        return furniture
    text = lines[heading].text
    if (
        ctx.words(heading) > _HEADED_ROW_HEADING_WORDS
        or lines[heading].lead
        or ends_sentence(text)
        or ends_colon(text)
        or not text[:1].isupper()
    ):
        return furniture
    taken = set(furniture)
    labels: set[str] = set()
    rows = 0
    for i in range(heading + 1, min(len(lines), heading + 1 + _HEADED_ROWS)):
        line = lines[i]
        if line.removal is not None or i in taken:
            break
        if not _LABEL_ROW.fullmatch(line.text) or ends_sentence(line.text) or "@" in line.text or URL.search(line.text):
            return furniture
        label = _label_of(line.text)
        if label in labels:
            return furniture
        labels.add(label)
        rows += 1
    if rows < 2:
        return furniture
    return [i for i in furniture if i != heading]

_ABSTRACT_REACH = 12  # kept lines back from a keywords label to its abstract's heading: the abstract's paragraphs


def abstract_keywords(ctx: Context, kept: list[int], at: int) -> bool:
    """Whether ``kept[at]`` labels a paper's keywords (table ``structure.abstract_keywords``: "Keywords",
    "Mots-clés") under its abstract: the abstract's heading (table ``structure.opening_heading``: "Abstract",
    "Zusammenfassung") up to ``_ABSTRACT_REACH`` lines above, a paragraph of prose between. A news page's tags
    under "Keywords" stand under no abstract."""
    lines = ctx.doc.lines
    if not ctx.table("structure", "abstract_keywords").match(lines[kept[at]].text):
        return False
    opening = ctx.table("structure", "opening_heading")
    prose = False
    for back in range(at - 1, max(-1, at - 1 - _ABSTRACT_REACH), -1):
        i = kept[back]
        if opening.match(lines[i].text):
            return prose
        prose = prose or ctx.is_prose(i)
    return False


_KEYWORD_TERMS = re.compile(r"[:：]\s*\S")  # the terms after the label on its line
_KEYWORD_SEPARATORS = 2  # a paper's keywords: "bees, hedgerows, hoverflies", "accelerometer; school; walking"


def keywords_under_abstract(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a paper's keywords right under its abstract: the label (:func:`abstract_keywords`) at the
    region's start and the line of terms right under it, parted by commas or semicolons, no sentence; or the label
    with its terms on its line ("Keywords: bees; hedgerows"). They are the abstract's."""
    lines = ctx.doc.lines
    label = region.start
    if label not in furniture:
        return furniture
    kept = ctx.doc.kept()
    if label not in kept or not abstract_keywords(ctx, kept, kept.index(label)):
        return furniture
    if _KEYWORD_TERMS.search(lines[label].text):
        return [i for i in furniture if i != label]  # (the terms on the label's line: "Keywords: bees; hedgerows")
    if label + 1 >= len(lines) or lines[label + 1].removal is not None:
        return furniture
    terms = lines[label + 1].text
    if (ends_sentence(terms) and not terms.endswith(".")) or terms.count(",") + terms.count(";") < _KEYWORD_SEPARATORS:
        return furniture
    return [i for i in furniture if i not in (label, label + 1)]



def answer_in_exchange(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the short line ``kept[pos]`` that a control's or a player's pattern matched ("Not now.", "Maybe
    later.", "Listen.", "Kanske senare.") is an interview's answer: it closes on a full stop or an exclamation mark,
    right under a question of ``_ASKED_WORDS`` words or more, after the article's first paragraph, with another
    question and its answer among the ``_EXCHANGE_LINES`` lines over or under them, and what follows it (if
    anything) is no residue and ends like a sentence. A prompt's buttons ("Allow notifications?" / "Not now" /
    "Allow") close on no stop and stand under one question, no exchange of them; a feedback box's questions
    ("Was this article helpful?" / "Not now." / "Did you find what you needed?") have no answers."""
    if pos < 2 or ctx.words(kept[pos]) > _ANSWER_WORDS:
        return False
    lines = ctx.doc.lines
    text = lines[kept[pos]].text.rstrip(_ANSWER_CLOSERS)
    if text[-1:] not in ".!。！":
        return False
    asked = kept[pos - 1]
    if asked in hits or ctx.words(asked) < _ASKED_WORDS or not _question(lines[asked].text):
        return False
    if pos + 1 < len(kept):
        after = kept[pos + 1]
        if after in hits or not ends_sentence(lines[after].text):
            return False
    # (the exchange's other question has its answer under it: a feedback box asks its questions one after another)
    near = [
        *range(max(0, pos - 1 - _EXCHANGE_LINES), pos - 2),
        *range(pos + 1, min(len(kept) - 1, pos + 1 + _EXCHANGE_LINES)),
    ]
    if not any(
        _question(lines[kept[p]].text)
        and kept[p] not in hits
        and kept[p + 1] not in hits
        and ends_sentence(lines[kept[p + 1]].text)
        and not _question(lines[kept[p + 1]].text)
        for p in near
    ):
        return False
    return any(ctx.is_prose(j) and ctx.words(j) >= _ANSWER_PARAGRAPH_WORDS for j in kept[:pos])


def _question(text: str) -> bool:
    return text.rstrip(_ANSWER_CLOSERS)[-1:] in "?？"


_ANSWER_WORDS = 3
_ASKED_WORDS = 3
_EXCHANGE_LINES = 6  # the lines on either side where the exchange's other question stands
_ANSWER_PARAGRAPH_WORDS = 12
_ANSWER_CLOSERS: Final = "\"'”’“‘»«›‹)] "


def heading_in_series(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the short line ``kept[pos]`` that a button's or a teaser's pattern matched ("Watch", "Listen",
    "Donate", "Share", "Spela") is one of a series of the article's subheadings: ``_SERIES_HEADINGS`` or more lines
    of as many words (up to ``_SERIES_WORDS``), no sentence, each between two paragraphs of the article, heading
    and paragraph taking turns, two of them no button nor teaser (tables ``_BUTTON_TABLES``: "Read", "Läs"), or one
    in a series of four or more. A culture guide's "Watch" / "Listen" / "Read" / "Play", a list of ways to help. A
    share or a player's button between two paragraphs stands alone, or among other buttons (with one subheading
    among them at most: "Share" / "Listen" / "Reaction")."""
    lines = ctx.doc.lines
    width = ctx.words(kept[pos])

    def paragraph(p: int) -> bool:
        return (
            0 <= p < len(kept)
            and kept[p] not in hits
            and ctx.is_prose(kept[p])
            and ctx.words(kept[p]) >= _SERIES_PARAGRAPH_WORDS
        )

    def heading(p: int) -> bool:
        if not 0 <= p < len(kept) or ctx.words(kept[p]) != width:
            return False
        line = lines[kept[p]]
        text = line.text.strip()
        return (
            not line.lead
            and text[:1].isalpha()
            and not text[:1].islower()
            and text[-1:].isalpha()
            and paragraph(p - 1)
            and paragraph(p + 1)
        )

    if width > _SERIES_WORDS or not heading(pos):
        return False
    series = [pos]
    p = pos - 2
    while heading(p):
        series.append(p)
        p -= 2
    p = pos + 2
    while heading(p):
        series.append(p)
        p += 2
    if len(series) < _SERIES_HEADINGS:
        return False
    plain = sum(
        kept[p] not in hits
        and not any(ctx.table(family, name).match(lines[kept[p]].text) for family, name in _BUTTON_TABLES)
        for p in series
    )
    return plain >= 2 or (plain >= 1 and len(series) >= _SERIES_HEADINGS + 1)


def subheading_of_its_paragraph(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the line ``kept[pos]`` that a button's or a label's pattern matched ("Hírlevél", "عضویت", "Masuk",
    "ลงทะเบียน") is the subheading of the paragraph under it: one word (in an unspaced script, of up to
    ``_UNSPACED_HEADING_CHARS`` characters), no sentence, no list item, between two paragraphs of the article
    (:func:`_paragraph_beside`), and one of the two speaks of what it names: the word, of ``_NAMED_LETTERS`` letters
    or more, less its last two letters (an inflection: "hírlevelére" under "Hírlevél"; ``_STEM_LETTERS`` at least, or
    the whole word), opens a word of the paragraph (:func:`_speaks_of`; in a script without case, glued to a prefix
    or not: "ผู้ลงทะเบียน", Hebrew's "הביטול"). A site's label or button between two paragraphs names nothing the
    article speaks of, or names its newsletter ("Pick Six Newsletter"); its box's pitch under it is a line the tables
    take."""
    lines = ctx.doc.lines
    if not 0 < pos < len(kept) - 1:
        return False
    i = kept[pos]
    line = lines[i]
    text = line.text.strip()
    if " " in text or (ctx.words(i) > 1 and len(text) > _UNSPACED_HEADING_CHARS):
        return False  # (a box's label names its newsletter: "Pick Six Newsletter" over a pitch for its "picks")
    if line.lead or not text[-1:].isalpha() or ends_sentence(text) or ends_colon(text):
        return False
    before, after = kept[pos - 1], kept[pos + 1]
    if not (_paragraph_beside(ctx, before, hits) and _paragraph_beside(ctx, after, hits)):
        return False
    word = lower(text)
    if len(word) < _NAMED_LETTERS:
        return False
    stem = word[: max(len(word) - 2, min(len(word), _STEM_LETTERS))]
    return _speaks_of(lower(lines[after].text), stem) or _speaks_of(lower(lines[before].text), stem)


def _speaks_of(paragraph: str, stem: str) -> bool:
    """Whether ``stem`` opens a word of ``paragraph`` (lower-cased); in a script without case (Hebrew, Arabic, Thai,
    Devanagari) it may stand inside one, after a prefix glued to it ("הביטול", "ผู้ลงทะเบียน"). A cased script's stem
    inside a word is another word's letters: "searc" in "research"."""
    inside = stem[0].upper() == stem[0]
    at = paragraph.find(stem)
    while at >= 0:
        if inside or at == 0 or not paragraph[at - 1].isalpha():
            return True
        at = paragraph.find(stem, at + 1)
    return False


def _paragraph_beside(ctx: Context, j: int, hits: Collection[int]) -> bool:
    """Line ``j`` is a paragraph of the article beside a subheading: no pass's, no list item, prose of
    ``_SERIES_PARAGRAPH_WORDS`` words or more, or in a script that closes no sentence with a mark (Thai), of
    ``_NO_STOP_SENTENCE_WORDS`` words or more."""
    line = ctx.doc.lines[j]
    if j in hits or line.lead or ctx.words(j) < _SERIES_PARAGRAPH_WORDS:
        return False
    if not (ctx.words(j) >= _NO_STOP_SENTENCE_WORDS if NO_STOP_SCRIPT.match(line.text) else ctx.is_prose(j)):
        return False
    return residue_of(ctx, line.text) is None  # (a box's pitch is a call the tables know: "Get our …")


_NAMED_LETTERS = 4  # a subheading's word the paragraph is about: "Haku", "Masuk", "عضویت" (shorter words say little)
_STEM_LETTERS = 5  # its stem, the whole word where shorter: "Resize" and "residents" share four letters
_UNSPACED_HEADING_CHARS = 12  # a subheading of one word in an unspaced script, many words long by its count


_SERIES_WORDS = 3
_SERIES_HEADINGS = 3  # (with one plain subheading among them, one more: "Share" / "Listen" / "Reaction" may be residue)
_SERIES_PARAGRAPH_WORDS = 6
# the tables of the buttons and teaser headings a series of subheadings may share its words with
_BUTTON_TABLES: Final = (
    ("promos", "heading"),
    ("widgets", "chrome"),
    ("widgets", "social"),
    ("comments", "ui"),
)
