"""courts39: court and crime reporting at the article's edges.

- :func:`dated_chain` (headline-run's test of a list of teasers): a crime round-up's or a police log's items, each a
  day's heading over its item ("Lunes 4 de marzo" over "La Guardia Civil detuvo en Alzira a un hombre …", "Montag,
  4. März" over "Bad Tölz: Unbekannte sind …"), have a teaser list's shape: a short capitalised line over a sentence
  or two, repeated. Opening the page (the round-up's first item right under the headline), the chain read as a rail
  of other stories over the article and went, items and all. A rail's headline is never a date alone: a chain half of
  whose headlines (two at least) are a day's date is the article's dated items.
- :func:`box_over_days` (teaser-box's end of a box): a rail of teasers right over a round-up (its headline, stamp and
  first paragraph under the rail, then its days) reads on into it, the round-up's title and opening sentence as a
  teaser's headline and summary and each day's heading over its item as one more; a day's heading over its item
  (:func:`day_item`) ends the box, and the last teaser the box read over it (its headline and summary) is the
  round-up's opening, which stays.
- :func:`court_title` (title-line's test of a headline): nor is a day's date alone the page's headline (it is the
  first item's heading of a round-up the extractor left without its title: "Lunes 4 de marzo" as the first line),
  nor a press release's dateline (:func:`source_dateline`) once the head's run over it went.
- :func:`source_dateline_head` (edge-furniture's guard at the head): a press release's dateline alone on its line
  over its first paragraph, a place and the service's short name in brackets ("Mannheim (ots)", "Wien (OTS)", "Bad
  Tölz (dpa/lby)"), the police's and the agencies' opener; read alone it is a short line with no sentence, which the
  head's run took with the press office's name over it. (:func:`.edge_wire.wire_dateline` asks a closing dash: a
  headline may close on a bracket, so here the line must be the place's one to three capitalised words and the
  bracket alone, right over the first paragraph.)
- :func:`court_tail` (edge-furniture's guard at the tail): a sentencing story's charges and an appeal's description
  closing the article, a short item a line under the colon that announces them (table ``structure.charge_lead``: "…
  after a jury found her guilty of:", "The man is described as:", "Täterbeschreibung:", "Son signalement :", "… por
  los delitos de:"), the share row right under them; and a ruling's reference alone under the last paragraph ("Case
  C-311/18", "STS 1234/2024", "ECLI:NL:RBZWB:2024:1534", "Proc. 1234/21.0T9LSB", with its date over or under it:
  "Urteil vom 30. Juli 2024" / "Az. 2 BvF 1/23"). Short lines with no sentence, under the last paragraph, read as the
  page's run; a list the article announces stays only where a sentence goes on under it (a label's "Like this:" or
  "Source:" over tags reads the same), so the table's words name what the colon announces. A reference is told by its
  docket number (:func:`case_reference`): a figure group, a slash and a year or a court's sequence ("1234/2024",
  "2 BvF 1/23", "123/22.0JABRG"), the EU courts' "C-311/18", a European Case Law Identifier, a neutral citation's
  bracketed year ("[2023] UKSC 42"); a date's "07/03/2024" or a gallery's counter "1/12" is none.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import DIGIT, ends_colon, ends_sentence

#: The most words of a day's heading in a round-up ("Miércoles 6 de marzo de 2024", "Monday, March 4").
_DAY_WORDS: Final = 6
#: The fewest letters of a weekday's or a month's name in a day's heading ("mars", "Lunes").
_NAME_LETTERS: Final = 3
#: The most words of the place in a press release's dateline ("Frankfurt am Main (ots)").
_PLACE_WORDS: Final = 3
#: The length of the service's short name in brackets ("ots", "dpa/lby", "OTS").
_SOURCE_CHARS: Final = (2, 9)


def day_heading(ctx: Context, i: int) -> bool:
    """Line ``i`` is a day's date heading: up to ``_DAY_WORDS`` words, a figure and a word (a weekday's or a month's
    name: a life's years, "1938 - 2025", are none) in it, shaped like an event's date (table ``metadata.event_date``:
    a weekday or the day's number first)."""
    text = ctx.doc.lines[i].text
    return (
        ctx.words(i) <= _DAY_WORDS
        and DIGIT.search(text) is not None
        and any(len(w) >= _NAME_LETTERS and w.isalpha() for w in text.replace(",", " ").split())
        and ctx.table("metadata", "event_date").match(text) is not None
    )


def court_title(ctx: Context, i: int) -> bool:
    """Line ``i`` is a day's heading or a press release's dateline, no headline (title-line's test)."""
    return day_heading(ctx, i) or source_dateline(ctx.doc.lines[i].text)


def dated_chain(ctx: Context, heads: list[int]) -> bool:
    """Whether the teaser chain whose headlines are lines ``heads`` is a round-up's dated items: half of the headlines
    or more, two at least, are a day's date heading (:func:`day_heading`)."""
    days = sum(1 for i in heads if day_heading(ctx, i))
    return days >= 2 and days * 2 >= len(heads)


def day_item(ctx: Context, kept: list[int], pos: int) -> bool:
    """Line ``kept[pos]`` is a day's heading between two sentences: under the round-up's opening or its last item,
    over its item, closed by no question mark (a dated box's teaser has its date between its headline and its summary,
    or over the next headline, a question's among them: "1 July 2019" over "Taylor Swift v Scooter Braun: Is it
    personal or strictly business?")."""
    if pos < 1 or pos + 1 >= len(kept) or not ends_sentence(ctx.doc.lines[kept[pos - 1]].text):
        return False
    under = ctx.doc.lines[kept[pos + 1]].text.rstrip()
    return not under.endswith("?") and ends_sentence(under) and day_heading(ctx, kept[pos])


def box_over_days(box: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A teaser box (its lines and why each goes: "headline …", "summary …") that ran into a round-up's first day's
    heading, less its last headline and what the box read under it: the round-up's opening."""
    last = max((k for k, (_j, why) in enumerate(box) if why.startswith("headline")), default=0)
    return box[:last] if last > 0 else box


def source_dateline(text: str) -> bool:
    """Whether ``text`` is a press release's dateline alone: one to ``_PLACE_WORDS`` capitalised words, then a short
    bracketed service's name of letters (a slash between two) closing the line ("Mannheim (ots)")."""
    text = text.strip()
    if not text.endswith(")"):
        return False
    opened = text.rfind("(")
    if opened < 2 or text[opened - 1] != " ":
        return False
    source = text[opened + 1 : -1]
    if not _SOURCE_CHARS[0] <= len(source) <= _SOURCE_CHARS[1] or not source.replace("/", "").isalpha():
        return False
    place = text[:opened].split()
    # (the place's words capitalised, its small words between them: "Frankfurt am Main")
    return 0 < len(place) <= _PLACE_WORDS and place[0][:1].isupper() and place[-1][:1].isupper() and all(
        w.replace("-", "").replace(".", "").isalpha() for w in place
    )


def source_dateline_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a press release's dateline (:func:`source_dateline`) right over the article's first
    paragraph (edge-furniture's guard at the head): the office's name and stamp over it are the page's run."""
    lines = ctx.doc.lines
    last = next((i for i in reversed(region) if lines[i].removal is None), None)
    if last is None or last not in furniture or not source_dateline(lines[last].text):
        return furniture
    return [i for i in furniture if i != last]


#: The most words of an item of the charges or the description under their colon ("Possession of a firearm with intent
#: to endanger life", "Wearing a black puffer jacket, grey jogging bottoms and white trainers").
_ITEM_WORDS: Final = 12
#: The most items of such a list closing the article.
_ITEMS: Final = 15
#: The most words of a ruling's reference alone on its line ("Cass. civ., Sez. Lav., ord. n. 5921/2024") and of a
#: dated line beside it ("Judgment of 16 July 2020").
_REFERENCE_WORDS: Final = 10
#: The most lines of a ruling's reference block under the last paragraph (its date, its court, its number).
_REFERENCE_LINES: Final = 3
#: A docket number: a European Case Law Identifier; the EU courts' "C-311/18"; a figure group, a slash and a year or a
#: sequence of two figures or more ("5921/2024", "1/23", "123/22.0JABRG", "02/123456-23") not closing a date of three
#: parts ("07/03/2024"); a neutral citation's bracketed year before a court's capitals ("[2023] UKSC 42").
_DOCKET: Final = re.compile(
    r"\bECLI:[A-Z]{2}:|\b[CT]-\d{1,4}/\d{2}\b|(?<![\d/.])\d{1,6}/\d{2,6}(?![\d/])|\[(19|20)\d\d\] [A-Z]{2,}"
)
#: A counter's shape: a word and a fraction whose figures are at most ``_COUNTER_MOST`` ("Foto 12/24").
_COUNTER_WORDS: Final = 2
_COUNTER_MOST: Final = 200
_DATE3: Final = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")


def case_reference(text: str) -> bool:
    """Whether ``text`` holds a ruling's docket number (:data:`_DOCKET`) and no date of three parts ("07/03/2024"),
    nor is a gallery's or a page's counter, a word and a fraction of small figures ("Foto 12/24", "Page 3/15"): a
    slash, a bracket or "ECLI" asked first (most lines have none)."""
    if "/" not in text and "[" not in text and "ECLI" not in text:
        return False
    found = _DOCKET.search(text)
    if found is None or _DATE3.search(text) is not None:
        return False
    number = found.group()
    if len(text.split()) <= _COUNTER_WORDS and number[0].isdigit():
        left, right = number.split("/")
        return not int(left) <= int(right) <= _COUNTER_MOST
    return True


def _announced_items(ctx: Context, region: range) -> list[int]:
    """The charges' or the description's items closing the article and their label (see :func:`court_tail`): the
    kept lines right under a line table ``structure.charge_lead`` reads (the last paragraph's close, or a label or a
    short sentence opening the region), each of up to ``_ITEM_WORDS`` words, down to a line another pass took, the
    next label (a colon closing a line: a press office's "Rückfragen bitte an:") or the page's end."""
    lines = ctx.doc.lines
    start = region.start
    if start >= region.stop or lines[start].removal is not None:
        return []
    lead = start - 1
    label = ends_colon(lines[start].text)
    if not label and (lead < 0 or lines[lead].removal is not None or not ends_colon(lines[lead].text)):
        return []  # (the common case: no colon over the tail)
    table = ctx.table("structure", "charge_lead")
    if label and table.match(lines[start].text) is not None:
        lead = start
    elif table.match(lines[lead].text) is None:
        return []
    items: list[int] = []
    i = lead + 1
    while i < region.stop and lines[i].removal is None and not ends_colon(lines[i].text):
        if ctx.words(i) > _ITEM_WORDS or len(items) >= _ITEMS:
            return []
        items.append(i)
        i += 1
    return [lead, *items] if lead == start and items else items


def _reference_block(ctx: Context, region: range) -> list[int]:
    """A ruling's reference block right under the last paragraph: up to ``_REFERENCE_LINES`` kept lines from the
    region's first, each of up to ``_REFERENCE_WORDS`` words with a figure in it, down to the last that holds a
    docket number (:func:`case_reference`)."""
    lines = ctx.doc.lines
    block: list[int] = []
    last = -1
    for i in range(region.start, min(region.stop, region.start + _REFERENCE_LINES)):
        text = lines[i].text
        if lines[i].removal is not None or ctx.words(i) > _REFERENCE_WORDS or DIGIT.search(text) is None:
            break
        block.append(i)
        if case_reference(text):
            last = len(block)
    return block[:last] if last > 0 else []


def court_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the charges or the description closing the article under the colon that announces them,
    and a ruling's reference block under its last paragraph (see the module)."""
    keep = {*_announced_items(ctx, region), *_reference_block(ctx, region)}
    return [i for i in furniture if i not in keep] if keep else furniture
