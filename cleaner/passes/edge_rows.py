"""Rows of data the article lists: runs of lines of one template (scores, standings, a cast), a programme's
times, an agenda's dates and titles. Their shape, not their words, tells them from a menu.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from ..vocab import Table
from .edge_shared import _MIN_SHORT_CONTINUATION_WORDS, _NUMBER, _QUANTITY, _QUANTITY_WORDS
from .edge_southasia import marks_out  # southasia41
from .furniture import DIGIT, URL, decimal

_WORDS_AND_SPACES = re.compile(r"[^\W_]+|\s+")


def _skeleton(text: str) -> str:
    """The line's punctuation in order, words and spaces left out: "():" for "Spain (Group F): 11th"."""
    if text.isascii():  # (most lines: a translation table deletes what the regex would, at C speed)
        return text.translate(_ASCII_WORDS_AND_SPACES)
    return marks_out(_WORDS_AND_SPACES.sub("", text))  # southasia41: an Indic letter's vowel signs are no punctuation


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
    if text[-1:] == "%" and _SHARE_ROW.fullmatch(text):
        # a name and its share: an election's or a poll's results ("Prabowo-Gibran 58,5%", "Party A 34.2 %"); a
        # menu's items hold no percentage
        return "%"
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
# a name of up to four words and a percentage ("Anies-Muhaimin 25,3%", "Labour 33.7 %"; the caller asks the last
# character first)
_SHARE_ROW = re.compile(r"(?<![\w'’.-])[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3} \d{1,3}(?:[.,]\d{1,2})? ?%")
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
    return out | chapter_rows(ctx, region)


def chapter_rows(ctx: Context, region: range) -> set[int]:
    """talk34: the chapters of a podcast's or a video's show notes in ``region``: ``_SCHEDULE_ROWS`` or more lines
    right under each other, each a position in the recording and the chapter's name ("00:00 Intro", "04:12 Why
    inflation stuck", "1:02:33 – Questions"), later and later from the recording's start ("00:00", "0:00"). A
    position is no time of day ("46:30 Conclusion"), and a list of videos prints each one's length, none at zero
    and in no order."""
    lines = ctx.doc.lines
    out: set[int] = set()
    run: list[int] = []
    last = -1
    for i in [*region, -1]:
        at: int | None = None
        if i >= 0 and lines[i].removal is None and decimal(lines[i].text[:1]) and ctx.words(i) <= _SCHEDULE_ROW_WORDS:
            m = _CHAPTER_ROW.fullmatch(lines[i].text.strip())
            if m is not None and int(m.group(2)) < _HOUR and int(m.group(3)) < _HOUR:
                at = (int(m.group(1) or 0) * _HOUR + int(m.group(2))) * _HOUR + int(m.group(3))
        if at is not None and (at == 0 if not run else at > last):
            run.append(i)
            last = at
            continue
        if len(run) >= _SCHEDULE_ROWS:
            out.update(run)
        run, last = ([i], 0) if at == 0 else ([], -1)
    return out


# a position in a recording, then the chapter's name: "00:00 Intro", "04:12 Why inflation stuck", "1:02:33 – Q&A"
_CHAPTER_ROW = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s?[–—-]?\s+[^\W\d_].*")


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


_MINUTE = r"\d{1,3}(?:\+\d{1,2})?'?"
# (both start where a word starts: searched, as tests/test_regex_safety.py does, they stay linear; the code
# only ever matches them whole)
_SCORER = re.compile(rf"(?<![\w'’.-])[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){{0,2}} {_MINUTE}(?:, {_MINUTE})*")
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,/-])")
_WORD_RUN = re.compile(r"[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*)*")


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
    mentioned = False  # (whether the text holds a literal of the heading's table: asked once a pair may stand)
    n = 1
    while n < len(seq):
        over = seq[n - 1]
        if lines[over].removal is None and over not in gone:  # (the cheap test first: the pairs stand under one going)
            n += 1
            continue
        if not mentioned:
            # (no heading's word in the text, most pages: no agenda, and no line of the page's edge put to the dates'
            # table; a naive page's tail is long and most of it going)
            if not ctx.mentions(heading):
                return out
            mentioned = True
        m = n
        titles: list[int] = []
        # (the title first: the date's table costs more than its cached measurements)
        while m + 1 < len(seq) and _agenda_title(ctx, seq[m + 1]) and _agenda_date(ctx, event, seq[m]):
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


_GOALS = re.compile(r"\d{1,2}")  # a side's score alone on its line
_SIDE_WORDS = 4


def scoreboard_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a match report's scoreboard right over its first long paragraph: each side's name over its
    score alone on its line ("Rovers" / "2" / "City" / "1"), both names in the report's first two paragraphs (a menu's
    links and a count beside them name nothing the story is about)."""
    lines = ctx.doc.lines
    rows = [i for i in region if lines[i].text.strip()][-4:]
    if len(rows) < 4 or not all(i in furniture for i in rows):
        return furniture
    names, scores = rows[0::2], rows[1::2]
    if not all(_GOALS.fullmatch(lines[i].text.strip()) for i in scores):
        return furniture
    if any(ctx.digit(i) or ctx.words(i) > _SIDE_WORDS or ctx.is_prose(i) for i in names):
        return furniture
    after = [i for i in range(region.stop, len(lines)) if lines[i].removal is None and lines[i].text.strip()][:2]
    story = " ".join(lines[i].text for i in after)
    if not all(lines[i].text.strip() in story for i in names):
        return furniture
    return [i for i in furniture if i not in rows]


# thin36: a row of a box of labelled data: a label of up to four words, its colon, a value of a few words holding a
# figure ("Perjantai: 8.00–12.00", "שישי: 8:00–12:00", "Phone: 04-8356777"; a time's own colon may stand in the value)
_DATA_ROW = re.compile(r"\A[^\W\d_][\w'’.-]{0,30}(?: [\w'’.–-]{1,30}){0,3} ?[:：] ?[^\s:：][^\n]{0,59}\Z")
_DATA_LABEL_WORDS = 4
_DATA_ROWS = 6


def _data_row(ctx: Context, i: int) -> bool:
    """thin36: a row of labelled data with a figure in its value, no sentence, no mail, no link."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    m = _DATA_ROW.match(text)
    if m is None or line.lead or ends_sentence(text) or "@" in text or URL.search(text):
        return False
    value = text[min(p for p in (text.find(":"), text.find("：")) if p >= 0) + 1 :]
    return DIGIT.search(value) is not None


def box_rows_run_on(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """thin36: ``furniture`` less the rows of a box of labelled data the article closes on, once the furniture test
    let its first row through: a short label closing on a colon right under a sentence of the article's ("Opening
    hours:", "שעות הפעילות:"), then two to ``_DATA_ROWS`` rows right under each other, each a label and a value
    with a figure ("Sunday to Thursday: 8:00–16:00", "Friday: 8:00–12:00", "Phone: 04-8356777"), down to the first
    line another pass took or no such row. Its first row the article's, the others taken, the box would be cut in
    two. A footer's box of the same rows stands under the page's residue, not under the article's sentence, and a
    box whose first row the furniture test takes is left to the guards that read it."""
    lines = ctx.doc.lines
    if not furniture:
        return furniture
    gone = set(furniture)
    keep: set[int] = set()
    prose = -1  # the last kept line of the article's that closes a sentence, right over what follows
    for i in range(max(region.start - 1, 0), region.stop):
        text = lines[i].text
        if not text.strip():
            continue
        if lines[i].removal is not None:
            prose = -1
            continue
        if prose >= 0 and ends_colon(text) and ctx.words(i) <= _DATA_LABEL_WORDS and not DIGIT.search(text):
            rows: list[int] = []
            j = i + 1
            while j < region.stop and len(rows) < _DATA_ROWS:
                if lines[j].text.strip():
                    if lines[j].removal is not None or not _data_row(ctx, j):
                        break
                    rows.append(j)
                j += 1
            if len(rows) >= 2 and rows[0] not in gone:
                keep.update((i, *rows))  # (the label with them: the furniture test takes "Opening hours:")
        prose = i if i not in gone and ends_sentence(text) and ctx.is_prose(i) else -1
    return [i for i in furniture if i not in keep] if keep else furniture
