"""What the edge guards share: the thresholds of a sentence going on and of a list's items, the patterns of
a labelled row, a figure, a phone or a mail, and the small tests of a line's neighbours. Split out of the
guards so that each ``edge_*`` module imports it and none imports another's internals for a constant.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

# a label and a count: "Attendance: 31,200", "Zuschauer: 29.546" (or a counter: "Views: 1,234"), or a price under
# its label: "Standard: £25", "Members: 20 €" (an event's admission, a menu's rows)
_LABEL_COUNT = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?(?:[€$£¥₩] ?)?\d{1,3}(?:[.,\u202f ]\d{3})*"
    r"(?:[.,]\d{2})?(?: ?[€$£¥₩])?"
)

# a capital opening a name, in the Latin (with its extensions, whose capitals and small letters alternate), Greek
# and Cyrillic scripts: "Vitík", "Čech", "Ρέτσος", "Шевчук"
_CAPITAL = r"[A-Z\u00c0-\u00de\u0100-\u017f\u0386\u0388-\u038f\u0391-\u03ab\u0400-\u042f\u0490]"


# a signature under the text: a name, a comma and an office ("Susan M. Hartley, County Clerk"), or a
# letter writer's town ("Tom Baker, Springfield")
_SIGNATURE = re.compile(
    r"[A-Z\u00c0-\u00de][\w'’.-]{0,30}(?: (?:[A-Z\u00c0-\u00de][\w'’.-]{0,30}|de|da|van|von|der|di|del|la|le)){1,3},"
    r"(?: the)? [A-Z\u00c0-\u00de][\w'’.&-]{0,30}(?: [\w'’.&-]{1,30}){0,5}"
)

# After the article, a heading over at most this many rows of data and then a sentence is the article's
# (a place, its address and hours, then a tip); before it, a name over a date row is a byline.
_MAX_ROWS_UNDER = 3
# a label of up to three words and its short value: "Venue: City Hall", "신청장소: 주소지 동 행정복지센터"
_LABEL_ROW = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?[:：] ?[^\s:：][^:：]{0,59}")
_MIN_CONTINUATION_WORDS = 8  # a paragraph going on after a list, not a footer's "Have your say."

_PART_HEADING_WORDS = 2

_LIST_NAME_WORDS = 4  # a list's item the furniture test takes: a long name, no menu's link


def structure_heading(ctx: Context, i: int, most_words: int, *tables: str) -> bool:
    """Line ``i``, of ``most_words`` words at most, is whole one of the structure family's ``tables`` (a check's
    label, a guide's section heading): the guards that keep a box under its heading ask this first."""
    if ctx.words(i) > most_words:
        return False
    text = ctx.doc.lines[i].text
    return any(ctx.table("structure", name).match(text) is not None for name in tables)


def text_above(ctx: Context, i: int) -> int:
    """The nearest line with text over line ``i`` (-1: none): what the guards read as the line over a heading or a
    run (blank lines part nothing)."""
    lines = ctx.doc.lines
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j


def text_below(ctx: Context, i: int) -> int:
    """The nearest line with text under line ``i`` (-1: none), as :func:`text_above` reads the line over it."""
    lines = ctx.doc.lines
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j if j < len(lines) else -1


def last_sentence(ctx: Context, kept: list[int]) -> int | None:
    """The place in ``kept`` of the article's last line of prose that closes a sentence (None: no such line): what a
    guard at the tail reads the lines under as the page's furniture or the article's own box."""
    lines = ctx.doc.lines
    for pos in reversed(range(len(kept))):
        if ctx.is_prose(kept[pos]) and ends_sentence(lines[kept[pos]].text):
            return pos
    return None


def closing_sentence(ctx: Context, region: range, gone: set[int]) -> int:
    """The last line of ``region`` not in ``gone`` that ends a sentence, before the first line another pass took; -1
    when there is none (the sentence that closes a notice's lines under the text: edge_notices, edge_obits)."""
    lines = ctx.doc.lines
    close = -1
    for i in range(region.start, region.stop):
        if lines[i].removal is not None:
            break
        if i not in gone and ends_sentence(lines[i].text):
            close = i
    return close


def _label_of(text: str) -> str:
    """A labelled row's label, case folded ("Baca Juga: …" -> "baca juga")."""
    return text.partition(":")[0].partition("：")[0].strip().casefold()


_LIST_HEADING_WORDS = 6
_MIN_SHORT_CONTINUATION_WORDS = 5  # the sentence under a list whose colon line stands right under the text

_CLOSING_LIST_ITEMS = 3  # items of a list closing the article under its heading

_LABEL_COLON = re.compile(r"[:：](?:\s|$)")  # a label's colon ("Poids : 620 g"), not a time's ("13:12")

_FACT_BOX_LINES = 5  # an event's dates, place, admission; a job's place and hours

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")


def _adjacent(ctx: Context, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` stand together: nothing removed between them (blank lines may part them)."""
    lines = ctx.doc.lines
    return all(lines[j].removal is None or not lines[j].text.strip() for j in range(first, last + 1))


_SENTENCE_STOP_RATIO = 0.35  # (the furniture test's bound: a line with more function words reads as text)
NO_STOP_SCRIPT = re.compile(r"[\u0e00-\u0eff]")  # a line opening in Thai or Lao
_NO_STOP_SENTENCE_WORDS = 16  # (an unspaced script's words: two characters each)


# an item that opens with its quantity: "5 huevos", "2 eggs", "1/2 Tasse Milch", "200 g Mehl", "3-4 Zwiebeln"
# (a unit may be glued to the figure, "200g Mehl"; a counter glued to its label is a widget's, "299FollowersFollow")
_QUANTITY = re.compile(r"\d{1,4}(?:[.,/–-]\d{1,4})?(?:[^\W\d_]{1,3}\.?)?\s[^\W\d_]")

_LIST_ITEM_WORDS: Final = 6

# an item's quantity and what it measures: "2 eggs", "600 g de patatas"; "6 Things to Do in May" is a
# listicle's headline (a box of them is teasers)
_QUANTITY_WORDS: Final = 4


# a phone number on a line of its own, under at most two words of label: "Tel.: 08382 704-115", "+49 30 1234567",
# "Telefon (0171) 123 45 67", "Tél. : 01 23 45 67 89" (a sentence naming a number, "Die Hotline ist unter 0800 111 0 111
# erreichbar.", holds more words than a label's)
_PHONE = re.compile(
    r"(?:[^\W\d_][^\W\d_.]{0,14}\.?(?:/[^\W\d_]{1,6}\.?)?\s?:?\s?){0,2}"
    r"\+?\(?\d[\d ()./–-]{4,24}\d"
)

_NUMBER = re.compile(r"\d+")
