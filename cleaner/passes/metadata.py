"""Glued metadata: dates, timestamps, Published/Updated lines, bylines.

Scrapers glue page metadata onto text (``date 2022-02-15 Tensions between...``): the
prefix goes, the paragraph stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise
from typing import ClassVar

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from ..vocab import Table, past_symbols, plain
from .base import Pass, VocabLinePass, prose_bounds
from .edge_aggregator import portal_head  # aggregator43
from .edge_agri import lower_headline_row  # agri43
from .edge_asia import stamp_under_headline, unmarked_bounds  # asia37
from .edge_boxes import practical_heading_over
from .edge_consumer import headline_row  # consumer40
from .edge_datelabel import date_under_label  # s44
from .edge_defense import entry_stamps  # s54
from .edge_elections import poll_dates  # elections39
from .edge_energy import name_role_head  # energy43
from .edge_explainer import role_under_byline  # explainer47
from .edge_listings import event_row  # listings37
from .edge_midbody import player_title  # midbody54
from .edge_minutes import signed_line  # minutes51
from .edge_music import numbered_time  # music41
from .edge_notices import notice_date, service_row  # notices36
from .edge_public import closing_place_date, notice_time  # public37
from .edge_schedule import schedule_rows  # htmlevents52
from .edge_southasia import headline_value  # southasia41
from .edge_spoken import dialogue_label  # talk34
from .edge_sportsday import standings_rows  # sportsday44
from .edge_tech import version_lines  # tech38
from .furniture import command_line


class GluedMetadata(Pass):
    """Trims a metadata prefix (label + date) glued onto the start of a line: one of the first
    ``max_lines`` lines, or the first paragraph under a header of up to ``max_head`` lines (a
    headline, a byline and a stamp over "date 2024-02-01 The Bank of England has kept …")."""

    name = "glued-metadata"
    family = "metadata"
    description = "Date/published prefixes glued onto a paragraph."

    def __init__(self, max_lines: int = 3, max_head: int = 8) -> None:
        self.max_lines = max_lines
        self.max_head = max_head

    def run(self, ctx: Context) -> None:
        table = ctx.table(self.family, "glued_prefix")
        head = ctx.doc.kept()[: self.max_head]  # (a trim removes no line: the kept lines stay these)
        maybe = ctx.may_match(table, head)  # (the table's RE2 gate over the head's lines, one scan)
        for n, i in enumerate(head):
            if n >= self.max_lines:
                if any(_closed_paragraph(ctx, j) for j in head[:n]):
                    break  # past the first paragraph: the prefix is glued to the text's first lines only
                if not _closed_paragraph(ctx, i):
                    continue  # a header's line (a long headline; the dateline and byline passes judge the rest)
            if maybe is not None and not maybe[n]:
                continue
            text = ctx.doc.lines[i].text
            m = table.match(text)
            if not m:
                continue
            if ctx.table(self.family, "dateline").match(text) or ctx.table(self.family, "byline").match(text):
                continue  # the whole line is metadata: the dateline or byline pass takes all of it
            rest = m.string[m.end() :]  # (the match may be of the line past its leading symbols)
            cut = text[: len(text) - len(rest)]
            if not rest.strip() or rest.lstrip()[:1] in _PART_SEPARATORS:
                # (what follows a separator is the row's next part, "Last Updated: Oct 27, 2023 • Article History":
                # no text the stamp was glued to, and a trim would leave "• Article History" to the next clean)
                continue
            ctx.doc.trim(i, rest, cut, "prefix", self.name, "metadata glued before the text")
            ctx.refresh(i)


_PART_SEPARATORS = ("•", "·", "|")
_FIRST_PARAGRAPH_WORDS = 12  # (a header's lines run shorter: a byline, a stamp)


def _closed_paragraph(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a paragraph of prose, closed as a sentence: a headline of as many words is none."""
    text = ctx.doc.lines[i].text.rstrip()
    return ctx.words(i) >= _FIRST_PARAGRAPH_WORDS and text[-1:] in _SENTENCE_ENDS and ctx.is_prose(i)


_SENTENCE_ENDS = frozenset(".!?…\"”»'’。！？")


class Dateline(VocabLinePass):
    """A line that is only a date, a timestamp or a Published/Updated notice. Two shapes of
    article text look like one and stay, both inside or after the article's prose (a date over
    the first paragraph is the page's timestamp):

    * the entry stamps of a live blog: two or more relative stamps ("2 hours ago", "vor 2
      Minuten", "il y a 5 minutes", "7 h 45") each between two entries, a sentence or a
      paragraph on either side (as :class:`ClockLine` keeps bare times of day);
    * an event's date ("Sonntag, 21. April 2024, 17:00 Uhr": a weekday or the day first, no
      label) after two or more paragraphs, right after a paragraph or a heading, and followed
      by the event's place ("Stadtkirche, Kirchplatz 3, 04109 Leipzig") or a sentence about it
      (a date between teasers follows a headline, not a paragraph)."""

    name = "dateline"
    family = "metadata"
    description = "Lines that are only a date (with its time) or a Published/Updated notice."
    tables: ClassVar[dict[str, str]] = {
        "dateline": "date or timestamp line",
        "labelled_stamp": "date or timestamp line under its label, before the article",
    }
    default_max_words = 20

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        kept = ctx.doc.kept()
        bounds = prose_bounds(ctx, kept, lambda i: i not in hits)
        if bounds is None:
            return set()
        first = bounds[0]
        lines = ctx.doc.lines
        # (each line's place in ``kept`` looked up where asked, for the few lines the tables matched: no map of them
        # all for each document)

        def around(i: int) -> tuple[int | None, int | None]:
            """The kept lines before and after ``i``, None where there is none or it is residue."""
            pos = _place(kept, i)
            before = kept[pos - 1] if pos else None
            after = kept[pos + 1] if pos + 1 < len(kept) else None
            return (None if before in hits else before), (None if after in hits else after)

        # a date under a label that only the language-neutral shape names ("Objavljeno: 22.04.2024. u 11:20")
        # is the page's timestamp before the first paragraph; after it, an event's start or a deadline may be
        # the article's ("Početak: 22.04.2024. u 19:30")
        dated = ctx.table(self.family, "dateline")
        out: set[int] = {
            i
            for i in mine
            if i > first
            and not dated.match(lines[i].text)
            and not stamp_under_headline(ctx, kept, first, i, hits)  # asia37
        }
        relative = ctx.table(self.family, "relative_stamp")
        event = ctx.table(self.family, "event_date")
        issuer = ctx.table("structure", "issuer_signature")
        # the article's paragraphs before each line (an event's date follows two or more: a
        # date under a headline and a standfirst is the story's timestamp)
        prose = [i for i in kept if i not in hits and ctx.is_prose(i)]
        stamps: list[int] = []
        heads: list[int] = []  # entry stamps right over an entry's text, whatever stands over them
        timeline: list[int] = []  # bare dates each between two of the article's paragraphs
        listed: list[int] = []  # the dates of a list of events, each over its title and a sentence
        for i in mine:
            text = past_symbols(lines[i].text)  # (what the table matched: "🗓️ 3 May 2024" opens on its day)
            # (a weekday first: a list of teasers dates its headlines in figures, "12 November 2019")
            if not text[:1].isdigit() and event.match(text) and _heads_entry(ctx, kept, _place(kept, i), hits):
                listed.append(i)
            before, after = around(i)
            if after is not None and _letter_heading(ctx, kept, _place(kept, after), text):
                out.add(i)  # a letter's place and date over its greeting ("Zuidhorn, 4 maart 2024", "Geachte heer,")
                continue
            if before is not None and _issued(
                ctx, kept, _place(kept, before), issuer.match(lines[before].text) is not None
                or signed_line(ctx, before)  # minutes51: a date under the minutes' signature ("Signed: …")
            ):
                out.add(i)  # a notice's date of issue under the body that signs it ("杭州市城市管理局")
                continue
            if after is not None and relative.match(text) and ClockLine.entry_text(ctx, after):
                heads.append(i)  # (the first entry's stamp, under the headline or the page's own stamp)
            if (
                i > first
                and after is not None
                and ctx.words(i) <= _LABEL_WORDS
                and not relative.match(text)  # ("just now", "gestern" between paragraphs: a stamp)
                # (a heading over a command, a list, a short sentence; over a paragraph, when the paragraph over it
                # speaks of what it names: "Mise à jour" under "… la mise à jour mensuelle de Windows 11 …")
                and (not ctx.is_prose(after) or (before is not None and _names_phrase(lines[before].text, text)))
                and _bare_label_heading(ctx, text, after, dated)
            ):
                out.add(i)  # a section's heading that reads as a stamp's label ("Mise à jour" over a command)
                continue
            if (i > first and service_row(ctx, kept, _place(kept, i))) or notice_date(ctx, kept, _place(kept, i)) or (
                i > first and closing_place_date(ctx, kept, _place(kept, i))  # public37: a communiqué's place, date
            ):
                out.add(i)  # notices36: a funeral service's date under its heading, a notice's dates of birth, death
                continue
            if event_row(ctx, kept, _place(kept, i)):
                out.add(i)  # listings37: an event's date over its time, its venue and its price row
                continue
            if i > first and practical_heading_over(ctx, kept, _place(kept, i)):
                out.add(i)  # an event's date under its practical facts' heading ("Praktisk information")
                continue
            if before is None or after is None:
                continue
            if relative.match(text):
                if ClockLine.entry_text(ctx, before) and ClockLine.entry_text(ctx, after):
                    stamps.append(i)
            elif _timeline_date(ctx, i, before, after, first):
                timeline.append(i)
            elif (
                event.match(text)
                and bisect_left(prose, i) >= _EVENT_MIN_PARAGRAPHS
                and (_paragraph(ctx, before) or lines[before].lead.startswith("#"))
                # a date in figures ("12.03.2022, 14:35 Uhr") between paragraphs is a timestamp as
                # often as not: only its place after it says event; a weekday first may have a sentence
                and (_event_place(ctx, after) if text[:1].isdigit() else _event_detail(ctx, after))
            ):
                out.add(i)
        # an event's date among its box's rows ("Venue: …", "Entry fee: …"); a stamp with its time of day is the
        # page's, in a box or not ("Published: Monday, November 18th, 2019 at 11:08 a.m.")
        out |= {i for i in fact_box_rows(ctx, mine, hits) if not _TIME_OF_DAY.search(lines[i].text)}
        if len(stamps) >= 2 and any(first < i for i in stamps):
            out.update(stamps)
            # the blog's first entry under its headline: the same stamp right over the entry's text, the last
            # such line over the first stamp kept ("17h32" over the first entry, then "16h50", "15h05" between)
            opening = [i for i in heads if i < stamps[0]]
            if opening:
                out.add(opening[-1])
        if timeline:
            out |= _chronology(ctx, kept, timeline, hits, first)
        out |= _dated_entries(ctx, kept, [i for i in mine if i > first], around)
        if len(listed) >= _LISTED_EVENTS:
            out.update(listed)  # an events calendar's dates ("Fr. 12.04.2024, 19:30 Uhr"), not timestamps
        out |= _placed_dates(ctx, kept, [i for i in mine if i > first])
        out |= _announced_dates(ctx, kept, [i for i in mine if i > first], hits, event)
        out |= _announced_schedule(ctx, kept, [i for i in mine if i > first], hits)  # own55
        out |= {i for i in mine if _heads_series(ctx, kept, i, hits)}
        labels = ctx.table(self.family, "date_label")
        out |= _labelled_in_text(ctx, [i for i in mine if i > first], around, labels, event)
        out |= date_under_label(ctx, kept, [i for i in mine if i > first], hits, labels)  # s44: "When:" over its date
        # (a reviewed work's date among its specs, "Release date: 26 May 2023" under "Label: …", wherever they stand)
        out |= work_spec_lines(ctx, mine, hits)
        out |= version_lines(ctx, mine)  # tech38: "Version 3.0.21" is no date
        out |= poll_dates(ctx, mine)  # elections39: a poll table's dates, each under its pollster over its figures
        out |= standings_rows(ctx, kept, mine)  # sportsday44: "1. Verstappen 1437" is no date
        out |= entry_stamps(ctx, kept, mine)  # s54: a live blog's "07h55" under a caption, in its entries' order
        return out


# a place before a date, parted by a comma or a dash: "Lyon - 18 mars 2025 - 20h45", "Madrid, 18 mar 2025, 21:00"
_DATED = re.compile(r"\b\d{4}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")  # a year, or a date in figures
_PLACED_DATES = 3  # the dates of a list at their places: three or more (a stamp and its update are two)
# (asked with match only; anchored so that a search, as the regex-safety scan makes, stays linear: 'a.' * 5000)
_PLACE_OPENING = re.compile(r"\A[^\W\d_][\w'’.]*+(?:[ -][^\W\d_][\w'’.]*+){0,2}(?:, | [–—-] )")


def _placed_dates(ctx: Context, kept: list[int], mine: list[int]) -> set[int]:
    """The lines of a list of dates, each at its own place, after the first paragraph: ``_PLACED_DATES`` or more
    right under each other, each opening with a place the others do not name and holding a year or a date in figures
    ("Lyon - 18 mars 2025 - 20h45" / "Marseille - 25 mars 2025 - 21h00" / …: a team's fixtures, a tour's dates). A
    page's stamp stands alone, and its place once; a stamp and its update are two ("Gisteren, 21:14" / "Aangepast
    vandaag, 07:02")."""
    lines = ctx.doc.lines
    placed = [i for i in mine if _PLACE_OPENING.match(lines[i].text) and _DATED.search(lines[i].text)]
    out: set[int] = set()
    run: list[int] = []
    for i in [*placed, -1]:
        if i >= 0 and run and _place(kept, i) == _place(kept, run[-1]) + 1:
            run.append(i)
            continue
        places = {m.group().casefold() for j in run if (m := _PLACE_OPENING.match(lines[j].text))}
        if len(run) >= _PLACED_DATES and len(places) == len(run):
            out.update(run)
        run = [i]
    return out


_LIST_HEADING_WORDS = 8  # a list's heading over its dates: "主な混雑予想日", "Key dates", "Die Termine im Überblick"
_ANNOUNCING_CLAUSE_WORDS = 3  # a clause over one date, closed by a colon ("The next briefing is due on:")
_CJK_CLOCK = re.compile(r"\d\s*[時시点]")  # a time of day in CJK figures: "10時30分", "10시 30분", "10点30分"


def _announced_dates(
    ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int], event: Table
) -> set[int]:
    """The dates of a list the article announces, after its first paragraph: date lines right under each other (all
    different, each shaped like an event's, table ``event_date``: a weekday or the day first, no Published/Updated
    label, no time of day), right under the line that announces them and right over a sentence of the article.
    Two dates or more stand under a short heading that is no sentence, a line closed by a colon or a sentence
    ("主な混雑予想日" / "12月28日(月)" / "12月29日(火)" / "1月3日(日)"; "特別開館日は以下のとおりです。" over its
    dates), itself under a sentence of the article; one date stands under a clause of ``_ANNOUNCING_CLAUSE_WORDS``
    words or more closed by a colon ("Buổi họp báo tiếp theo dự kiến diễn ra:" / "Thứ hai, 7/12/2026"). A page's
    stamp and its update carry a label ("Updated:" alone is a label) or a time of day, and stand under the headline;
    a list of teasers parts its dates by headlines; an archive's or a sidebar's dates stand over no sentence of the
    article."""
    lines = ctx.doc.lines

    def sentence(i: int) -> bool:
        return i not in hits and ends_sentence(lines[i].text) and ctx.is_prose(i)

    def listed(i: int) -> bool:
        text = lines[i].text
        return (
            event.match(text) is not None
            and not _TIME_OF_DAY.search(text)
            and not _CJK_CLOCK.search(text)
            and ctx.words(i) <= _DATE_LINE_WORDS
        )

    def announcing(heading: int, dates: int) -> bool:
        text = lines[heading].text
        if heading in hits:
            return False
        if dates == 1:
            return ends_colon(text) and ctx.words(heading) >= _ANNOUNCING_CLAUSE_WORDS
        return ends_colon(text) or ends_sentence(text) or ctx.words(heading) <= _LIST_HEADING_WORDS

    out: set[int] = set()
    run: list[int] = []
    for i in [*(i for i in mine if listed(i)), -1]:
        if i >= 0 and run and _place(kept, i) == _place(kept, run[-1]) + 1:
            run.append(i)
            continue
        if run and len({lines[j].text for j in run}) == len(run):
            top, end = _place(kept, run[0]), _place(kept, run[-1])
            if (
                top >= 2
                and end + 1 < len(kept)
                and announcing(kept[top - 1], len(run))
                and sentence(kept[top - 2])
                and sentence(kept[end + 1])
            ):
                out.update(run)
        run = [i]
    return out


def _labelled_in_text(
    ctx: Context,
    mine: list[int],
    around: Callable[[int], tuple[int | None, int | None]],
    labels: Table,
    event: Table,
) -> set[int]:
    """The one date line under a deadline's or an event's label (table ``metadata.date_label``: "Deadline - 18
    March 2025, 17:00", "Clôture, 18 mars 2025") standing between two paragraphs of the article: a date the
    article gives, where the dateline table's shape reads the label as a place. A place or a name there
    ("Madrid, 12 de marzo de 2025", "Brest - Publié le …", "Lucía, 12 de marzo de 2025" over a review) is a
    stamp still; so are a live blog's or a thread's stamps, two or more. The paragraph over it closes a
    sentence: a long headline with no full stop over the page's stamp ("Hà Nội cấm xe máy trong phố cổ vào cuối
    tuần từ tháng 6" over "Thứ năm, 13/3/2025, 07:30 (GMT+7)": a language of short words counts it as many words
    as a paragraph) is no paragraph of the article. A weekday before the date (table ``event_date``: "Thứ năm,
    14/3/2024, 10:25 (GMT+7)") is no label: the page's stamp, unless the event's rules keep it."""
    lines = ctx.doc.lines
    opened = [(i, m) for i in mine if (m := _PLACE_OPENING.match(lines[i].text))]
    if len(opened) != 1:
        return set()
    i, m = opened[0]
    if event.match(lines[i].text):
        return set()
    before, after = around(i)
    if before is None or after is None or not (_paragraph(ctx, before) and _paragraph(ctx, after)):
        return set()
    if not ends_sentence(lines[before].text):
        return set()
    label = m.group().rstrip(" ,–—-")
    return {i} if labels.match(label) else set()


# a letter's place before its date: "Zuidhorn, 4 maart 2024", "Berlin, den 4. März 2024", "Paris, le 4 mars 2024"
_PLACE_COMMA = re.compile(r"(?<![\w'’.])[^\W\d_][\w'’.]*+(?:[ -][^\W\d_][\w'’.]*+){0,2}, ")
_GREETING_WORDS = 6  # "Sehr geehrte Damen und Herren,", "Geachte raadsleden,", "Dear Sir or Madam,"


def _letter_heading(ctx: Context, kept: list[int], pos: int, text: str) -> bool:
    """Whether a date line right over ``kept[pos]`` heads a letter the article prints: the date after its place
    ("Zuidhorn, 4 maart 2024"), no time of day, over a greeting (a line of up to ``_GREETING_WORDS`` words closed by
    a comma) over the letter's first paragraph. A page's timestamp names no place over a greeting; a comment's
    stamp over a commenter's greeting ("Hi all,") carries no place either."""
    if not _PLACE_COMMA.match(text) or _TIME_OF_DAY.search(text) or pos + 1 >= len(kept):
        return False
    greeting = ctx.doc.lines[kept[pos]].text.rstrip()
    return ctx.words(kept[pos]) <= _GREETING_WORDS and greeting[-1:] in ",，" and ctx.is_prose(kept[pos + 1])


def _bare_label_heading(ctx: Context, text: str, after: int, dated: Table) -> bool:
    """Whether a stamp's label alone on its line ("Mise à jour", "Updated") is a heading of the article, after
    its first paragraph: no figure in it, no colon closing it ("Updated:" over its date) and, under it, a line of
    three words or more that is no date: a sentence, a command, words with no figure (the label's own date under
    it, "Nov 18, 2019 @17:26 PM", is none of these; a line another table took is no line under it)."""
    under = ctx.doc.lines[after].text
    return (
        not any(c.isdigit() for c in text)
        and not text.rstrip().endswith((":", "："))
        and ctx.words(after) >= _HEADED_WORDS
        and not dated.match(under)
        and (ends_sentence(under) or command_line(under) or not any(c.isdigit() for c in under))
    )


def _names_phrase(paragraph: str, label: str) -> bool:
    """Whether ``paragraph`` holds ``label``'s words, whole, as words of its own ("… la mise à jour mensuelle …"
    over "Mise à jour"): the article speaks of what its heading names. A live blog's "Mise à jour" over an entry
    stands under an entry that speaks of something else."""
    phrase = lower(label.strip())
    text = lower(paragraph)
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


_HEADED_WORDS = 3
_LABEL_WORDS = 3  # a stamp's label alone: "Mise à jour", "Zuletzt aktualisiert"


def _issued(ctx: Context, kept: list[int], pos: int, signed: bool) -> bool:
    """Whether ``kept[pos]`` is the name of a body signing a notice (``signed``: it matches table
    ``structure.issuer_signature``) right under a sentence that closes the notice's text, after
    its paragraphs ("特此通知。"): the date under it is the date of issue, the notice's own."""
    if not signed or pos < _EVENT_MIN_PARAGRAPHS:
        return False
    closing = ctx.doc.lines[kept[pos - 1]].text
    return ends_sentence(closing) and sum(1 for i in kept[:pos] if ctx.is_prose(i)) >= _EVENT_MIN_PARAGRAPHS


def _heads_entry(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether the date at ``kept[pos]`` heads an entry of a list: a short title that is no sentence
    ("Frühlingskonzert der Musikschule") and then a sentence or a paragraph about it. Two or more
    such dates on a page are an events calendar's (a story's timestamp heads its headline once)."""
    if pos + 2 >= len(kept) or kept[pos + 1] in hits or kept[pos + 2] in hits:
        return False
    title, text = kept[pos + 1], kept[pos + 2]
    return (
        ctx.words(title) <= _ENTRY_HEADLINE_WORDS
        and not ends_sentence(ctx.doc.lines[title].text)
        and not ctx.is_prose(title)
        and ClockLine.entry_text(ctx, text)
    )


def _chronology(ctx: Context, kept: list[int], timeline: list[int], hits: dict[int, int], first: int) -> set[int]:
    """The dates of ``timeline`` that head a chronology's entries: two or more dates between paragraphs, all
    different. A date the tables do not read counts too when it opens on its day's figure and is short ("12. 3.
    2025" beside a language's "12. maja 2025")."""
    lines = ctx.doc.lines
    dates = set(timeline)
    for pos in range(1, len(kept) - 1):
        i = kept[pos]
        if (
            i not in hits
            and lines[i].text[:1].isdigit()
            and ctx.words(i) <= _TIMELINE_WORDS
            and kept[pos - 1] not in hits
            and kept[pos + 1] not in hits
            and _timeline_date(ctx, i, kept[pos - 1], kept[pos + 1], first)
        ):
            dates.add(i)
    if len(dates) < _TIMELINE_DATES or len({lines[i].text for i in dates}) < len(dates):
        return set()
    return set(timeline)  # a chronology's dates, each heading its paragraph ("12. 3. 2025", "April 20, 2025")


_ENTRY_DATES = 3  # a chronology of short entries: three dates or more (a stamp and its update are two)
_ENTRY_SENTENCE_WORDS = 2  # an entry's sentence: "Владелец задержан.", "He is sentenced."
_ENTRY_LINES = 3  # an entry of such a chronology: up to this many sentences under its date
_ENTRY_PAIR = 2  # two dates are a chronology when each heads a paragraph of the article
_FULL_STOPS = frozenset(".。")
_ENTRY_PARAGRAPH_WORDS = 8  # ... of this many words or more (a colon's clause over the first as long)
_FIGURE = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _dated_entries(
    ctx: Context, kept: list[int], mine: list[int], around: Callable[[int], tuple[int | None, int | None]]
) -> set[int]:
    """The dates of a chronology whose entries are short sentences (a court report's "11 January 2022" / "Police
    arrest him at his home in Sevenoaks." / "5 June 2024" / …, which :func:`_chronology` leaves for want of
    paragraphs): ``_ENTRY_DATES`` or more bare dates with a year after the first paragraph, no time of day, each
    right under a sentence and right over one (two words or more, closed), with only sentences between two of
    them (up to ``_ENTRY_LINES``), the line over the first the article's sentence, and later and later
    (:func:`_forward`: a history runs forward). A list of briefs or teasers dates
    its items newest first, a headline stands under a teaser's date or over it, a thread's stamps carry the time
    of day or a name (a thread of bare dates over comments of a sentence each, oldest first, reads as a
    chronology and stays: its comments stayed before, too); a stamp and its update are two."""
    lines = ctx.doc.lines

    def dated(i: int) -> bool:
        text = lines[i].text
        if _YEAR.search(text) is None or _TIME_OF_DAY.search(text) or ctx.words(i) > _DATE_LINE_WORDS:
            return False
        before, after = around(i)
        return (
            before is not None and after is not None and (entry(before) or announces(before)) and entry(after)
        )

    def announces(i: int) -> bool:
        """A clause of the article closed by a colon, over a date ("… окрему програму:" / "4 грудня 2026, п'ятниця")."""
        return ends_colon(lines[i].text) and ctx.words(i) >= _ENTRY_PARAGRAPH_WORDS

    def heads_paragraph(i: int) -> bool:
        """Whether the date is right over a paragraph of the article (a diary's day, a schedule's day), closed by a
        full stop: a list of teasers dates headlines, and a headline closes on a question as often as on a word."""
        after = around(i)[1]
        return (
            after is not None
            and lines[after].text.rstrip()[-1:] in _FULL_STOPS
            and ctx.words(after) >= _ENTRY_PARAGRAPH_WORDS
            and ctx.is_prose(after)
        )

    def entry(i: int) -> bool:
        """A sentence of an entry: two words or more, closed (a chronology's "Владелец задержан.")."""
        return ctx.words(i) >= _ENTRY_SENTENCE_WORDS and ends_sentence(lines[i].text)

    out: set[int] = set()
    run: list[int] = []
    for i in [*(i for i in mine if dated(i)), -1]:
        if i >= 0 and run:
            gap = kept[_place(kept, run[-1]) + 1 : _place(kept, i)]
            if len(gap) <= _ENTRY_LINES and all(entry(j) for j in gap):
                run.append(i)
                continue
        # (the line over the first date is the article's sentence: three words or more, or prose)
        # (two dates, each over a paragraph: a diary's or a schedule's two days, "4 грудня 2026, п'ятниця" over the
        # day's paragraph; a stamp and its update stand over no paragraph each, a list of teasers goes back in time)
        if (
            (len(run) >= _ENTRY_DATES or (len(run) == _ENTRY_PAIR and all(heads_paragraph(j) for j in run)))
            and (
                ClockLine.entry_text(ctx, kept[_place(kept, run[0]) - 1]) or announces(kept[_place(kept, run[0]) - 1])
            )
            and (_forward(ctx, run) or (_forward(ctx, run[::-1]) and _text_goes_on(ctx, kept, run[-1])))
        ):
            out.update(run)
        run = [i]
    return out


_SCHEDULE_DATES = 2  # a schedule the article announces: two dates or more, each over its item
_SCHEDULE_ITEM_WORDS = 12  # ... an item of a line ("Northbound lanes between junctions 3 and 4")


def _announced_schedule(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int]) -> set[int]:
    """own55: the dates of a schedule the article announces with a colon ("The closures are:" / "12 March 2024" /
    "Northbound lanes between junctions 3 and 4" / "15 March 2024" / "Southbound lanes …"), each bare date (a year, no
    time of day) over one line of its item, ``_SCHEDULE_DATES`` or more running forward (:func:`_forward`), and the
    article going on under the last item (:func:`_text_goes_on`). A sidebar's or a teaser box's dates over headlines
    stand under no colon of the article, run newest first, or close the text."""
    lines = ctx.doc.lines

    def bare(i: int) -> bool:
        text = lines[i].text
        return (
            _YEAR.search(text) is not None and not _TIME_OF_DAY.search(text) and ctx.words(i) <= _DATE_LINE_WORDS
        )

    def item(i: int) -> bool:
        return i not in hits and lines[i].removal is None and not bare(i) and ctx.words(i) <= _SCHEDULE_ITEM_WORDS

    out: set[int] = set()
    run: list[int] = []
    for i in [*(i for i in mine if bare(i)), -1]:
        if i >= 0 and run and _place(kept, i) == _place(kept, run[-1]) + 2 and item(kept[_place(kept, i) - 1]):
            run.append(i)
            continue
        if len(run) >= _SCHEDULE_DATES:
            top, end = _place(kept, run[0]), _place(kept, run[-1])
            over = kept[top - 1] if top else -1
            if (
                over >= 0
                and over not in hits
                and lines[over].removal is None
                and ends_colon(lines[over].text)
                and end + 1 < len(kept)
                and item(kept[end + 1])
                and _forward(ctx, run)
                and _text_goes_on(ctx, kept, run[-1])
            ):
                out.update(run)
        run = [i] if i >= 0 else []
    return out


def _text_goes_on(ctx: Context, kept: list[int], last: int) -> bool:
    """own55: a chronology told newest first ("10 January 2024" / "The government announces a law …" / "23 April
    2021" / …) is the article's when the article goes on under its last entry: the kept line under that entry's
    sentence is a paragraph of prose (``_ENTRY_PARAGRAPH_WORDS`` words or more, closed by a full stop), no date. A
    list of briefs dated newest first under the article closes the text, or has a teaser or the page's chrome under
    its last item, and its dates still go."""
    pos = _place(kept, last) + 2  # (the date, its entry's sentence, then the line that says whether the text goes on)
    if pos >= len(kept):
        return False
    after = kept[pos]
    text = ctx.doc.lines[after].text
    return (
        ctx.doc.lines[after].removal is None
        and _YEAR.search(text) is None
        and text.rstrip()[-1:] in _FULL_STOPS
        and ctx.words(after) >= _ENTRY_PARAGRAPH_WORDS
        and ctx.is_prose(after)
    )


def _forward(ctx: Context, run: list[int]) -> bool:
    """Whether the dates of ``run`` read as a history: all different, their years never going back, nor their
    figures between two dates of the same year and words ("2 May 2024" under "14 May 2024" goes back; "3 February
    2024" under "28 January 2024" is no figure's to judge: the month's name says it, and no table reads it)."""
    lines = ctx.doc.lines
    texts = [lines[i].text for i in run]
    if len(set(texts)) < len(texts):
        return False
    years: list[int] = []
    for text in texts:
        year = _YEAR.search(text)
        if year is None:
            return False
        years.append(int(year.group()))
    if any(a > b for a, b in pairwise(years)):
        return False
    for (a, b), (year_a, year_b) in zip(pairwise(texts), pairwise(years), strict=True):
        if (
            year_a == year_b
            and _FIGURE.sub("", a) == _FIGURE.sub("", b)
            and [int(x) for x in _FIGURE.findall(a)] > [int(x) for x in _FIGURE.findall(b)]
        ):
            return False
    return True


def _timeline_date(ctx: Context, i: int, before: int, after: int, first: int) -> bool:
    """Whether line ``i`` can be one of a chronology's dates: a bare date with a year (no time of day: a page's
    stamp and a comment's carry one as often as not) after the first paragraph, right under one of the article's
    paragraphs and right over another. Two or more such dates, all different, head the entries of a timeline ("12.
    3. 2025" / "The minister presented …" / "20. 4. 2025" / …); a list of teasers dates its headlines (a date under a
    summary stands over the next headline, no paragraph), a stamp and its update stand together."""
    return (
        i > first
        and _DATED.search(ctx.doc.lines[i].text) is not None  # (a year: "25M ago" between teasers is no history's)
        and not _TIME_OF_DAY.search(ctx.doc.lines[i].text)
        and _paragraph(ctx, before)
        and _paragraph(ctx, after)
    )


def _paragraph(ctx: Context, i: int) -> bool:
    """A paragraph of the article: prose of a paragraph's length (a teaser's question is shorter)."""
    return ctx.words(i) >= _PARAGRAPH_WORDS and ctx.is_prose(i)


def _event_detail(ctx: Context, i: int) -> bool:
    """Whether line ``i`` can follow an event's date: a sentence about the event, or its place."""
    return ClockLine.entry_text(ctx, i) or _event_place(ctx, i)


def _event_place(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is an event's place ("Symphony Hall, 252 Broad Street, Birmingham": parts
    parted by commas, a number among them, no label)."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _PLACE_MAX_WORDS and "," in text and any(c.isdigit() for c in text) and ":" not in text


class Byline(VocabLinePass):
    """A by-line. A labelled one ("Autor: Thomas Mann") that is a row of a fact box stays, wherever
    it stands: a book's, a film's, an event's box ("Titel: Der Zauberberg" / "Autor: Thomas Mann" /
    "Verlag: …"; see :func:`in_fact_box`)."""

    name = "byline"
    family = "metadata"
    description = "By-lines: 'By Name Surname', with an optional role or date."
    tables: ClassVar[dict[str, str]] = {"byline": "byline"}
    default_max_words = 20

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        return (
            fact_box_rows(ctx, mine, hits)
            | announced_people(ctx, mine, hits)
            | named_by_paragraph(ctx, mine)
            | announcing_colon(ctx, mine)
            | work_credit_lines(ctx, mine, hits)
        )


# -- a reviewed work's credits (credits32) ---------------------------------------------------------------------------


def credit_verb(text: str) -> bool:
    """Whether ``text`` is a credit of a verb (or a noun) and its particle before a name alone: "Written by Harry
    Mulisch", "Translated by Paul Vincent", "Geschrieben von Cees Nooteboom", "Traducción de Marta Rebón". A first
    word of four letters or more, capitalised, the second in lower case (the particle), then capitalised words (a
    name's particles and an "and" between them: "Marieke Lucas Rijneveld", "Sanne de Vries", "Paul Epworth and
    Baird"), no figure. A bare by-word before the name ("By Anna Weber", "Von Anna Weber", "Door Sanne de Vries", "di
    Marco Rossi") is no such credit: that is how the article's writer is named; nor a post's stamp ("Beitrag von
    heizungsbauer_hh » Mo 3. Feb 2025"), a heading ("Notes to editors") or a wire's credits with a place ("Reporting
    by Jane Doe in Berlin; Editing by …")."""
    words = text.split()
    if len(words) < _CREDIT_VERB_WORDS or any(c.isdigit() for c in text):
        return False
    first, second = words[0], words[1].rstrip(":")
    if len(first) < _CREDIT_VERB_LETTERS or not first[:1].isupper() or not (second.isalpha() and second.islower()):
        return False
    name = [w.strip(",.") for w in words[2:]]
    return name[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_PARTICLES for w in name if w)


# the lower-case words of a name, and the words between two names ("Sanne de Vries", "Paul Epworth and Baird")
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter", "ten", "le",
     "la", "al", "el", "bin", "ibn", "and", "und", "et", "y", "e", "en", "och", "og", "i", "&"}
)
_CREDIT_VERB_WORDS = 3  # a verb, its particle and a name at the least
_CREDIT_VERB_LETTERS = 4  # "Text von …" is one; "By", "Von", "Par", "Por", "Door" are by-words
_WORK_BLOCK_REACH = 4  # kept lines either way a work's block is looked for in
_WORK_LINE_WORDS = 16  # a line of a work's block: "Starring Hiroyuki Sanada, Cosmo Jarvis, Anna Sawai"
_WORK_TITLE_WORDS = 10  # the work's title over its credits


def _work_line(ctx: Context, i: int, table: Table) -> int:
    """What line ``i`` is in a block of a reviewed work's credits: 2 a line of the work's credits or specs (table
    ``work_credit``: "Publisher: Penguin, 2023", "Directed by Christopher Nolan", "352 pages"), 1 a credit of a verb
    and its particle (:func:`credit_verb`) or a short line closing no sentence (the work's title, "Rituale"), 0 none
    (a sentence, a long line)."""
    text = ctx.doc.lines[i].text
    words = ctx.words(i)
    if words > _WORK_LINE_WORDS:
        return 0
    if ctx.matches(table.family, table.name, i):  # (``table.match(text)``, gated and judged once a line)
        return 2
    if ends_sentence(text):
        return 0
    return 1 if credit_verb(text) or words <= _WORK_TITLE_WORDS else 0


def work_credit_lines(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the credit lines ``mine`` (a byline's, a translator's tables matched them), those of a reviewed work:

    - a credit of a verb and its particle (:func:`credit_verb`: "Written by Harry Mulisch", "Translated by Paul
      Vincent", "Escrito por …") in a block of the work's credits and specs (:data:`_WORK_BLOCK_REACH` kept lines
      either way, no line another table took between, no sentence), one line of it at least a spec of the work (table
      ``work_credit``: its publisher, pages, running time, director, label: "The Assault" / "Written by Harry Mulisch"
      / "Translated by Paul Vincent" / "Publisher: Penguin, 2023" / "352 pages");
    - a bare by-word credit ("By Harry Mulisch") in such a block that stands between two paragraphs of the article
      (the line over the block and the line under it close a sentence): over the article's first paragraph a bare
      "By Mark Dennison" over "Directed by …" is the review's writer.

    A credit with no work's spec beside it goes as before, between paragraphs too: "Fotografia de Rui Gaudêncio" is
    a removed picture's credit, "Översatt av Anna Svensson" the article's translator, and "Translated by …" over a
    copyright line the article's own credits.

    The article's writer is named over its first paragraph or under its last, beside a date, a role or the article's
    own credits ("Photography by …"), none of them a work's spec; such a line still goes."""
    lines = ctx.doc.lines
    mine = [i for i in mine if ctx.words(i) <= _WORK_LINE_WORDS and not ends_sentence(lines[i].text)]
    if not mine:
        return set()
    table = ctx.table("metadata", "work_credit")
    if not table.patterns:
        return set()
    kept = ctx.doc.kept()
    out: set[int] = set()
    for i in mine:
        verb = credit_verb(lines[i].text)
        at = _place(kept, i)
        top, bottom, specs = _work_block(ctx, kept, at, hits, table)
        if specs and (verb or (_paragraph_at(ctx, kept, top - 1) and _paragraph_at(ctx, kept, bottom + 1))):
            out.add(i)
    return out


def work_spec_lines(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the lines ``mine`` (a dated one, a labelled stamp), those that are a reviewed work's spec (table
    ``work_credit``: "Release date: 26 May 2023", "Kinostart: 20. April 2023") in a block of the work's credits with
    another spec in it ("Label: Transgressive"; see :func:`work_credit_lines`). The page's stamp ("Published: 3 May
    2024", "Release date: 3 May 2024" alone over a press release) has no work's spec beside it."""
    table = ctx.table("metadata", "work_credit")
    if not mine or not table.patterns:
        return set()
    lines = ctx.doc.lines
    found = [i for i in mine if table.match(lines[i].text)]
    if not found:
        return set()
    kept = ctx.doc.kept()
    return {i for i in found if _work_block(ctx, kept, _place(kept, i), hits, table)[2]}


def _work_block(ctx: Context, kept: list[int], at: int, hits: dict[int, int], table: Table) -> tuple[int, int, int]:
    """The block of a work's credits around ``kept[at]`` (see :func:`work_credit_lines`): its first and last place
    in ``kept`` and how many of its lines are the work's specs (table ``work_credit``). A sentence, a long line, or a
    line another table took that is no credit of a verb ends it, and so does :data:`_WORK_BLOCK_REACH`."""
    lines = ctx.doc.lines
    specs = 0
    ends = [at, at]
    for side, step in ((0, -1), (1, 1)):
        pos = at + step
        while 0 <= pos < len(kept) and abs(pos - at) <= _WORK_BLOCK_REACH:
            j = kept[pos]
            kind = _work_line(ctx, j, table)
            if kind == 0 or (kind == 1 and j in hits and not credit_verb(lines[j].text)):
                break
            specs += kind == 2
            ends[side] = pos
            pos += step
    return ends[0], ends[1], specs


def _paragraph_at(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether ``kept[pos]`` is a paragraph of the article closing a sentence."""
    return 0 <= pos < len(kept) and ctx.is_prose(kept[pos]) and ends_sentence(ctx.doc.lines[kept[pos]].text)


def work_credits(ctx: Context, region: range, furniture: list[int], head: bool) -> list[int]:
    """``furniture`` less a block of a reviewed work's credits at the article's edge (edge-furniture's guard): right
    over its first paragraph (``head``) or right under its last, kept lines each a line of the work's credits or specs
    (table ``work_credit``), a credit of a verb (:func:`credit_verb`), or a short line (its title, "Lessons in
    Chemistry"; two at most), :data:`_WORK_BLOCK_SPECS` of them at least the work's specs ("Directed by …" /
    "Starring …" / "Running time: 180 min"; "Label: Transgressive" / "Release date: 26 May 2023"). A line other
    passes took ends it: a menu, a byline or a date stamp over it stands apart."""
    table = ctx.table("metadata", "work_credit")
    if not furniture or not table.patterns:
        return furniture
    lines = ctx.doc.lines
    order = range(region.stop - 1, region.start - 1, -1) if head else region
    block: list[int] = []
    specs = shorts = 0
    for i in order:
        if lines[i].removal is not None:
            break
        if not lines[i].text.strip():
            continue
        kind = _work_line(ctx, i, table)
        if kind == 0:
            break
        if kind == 1 and not credit_verb(lines[i].text):
            if any(mark in lines[i].text for mark in _ROW_MARKS):
                break  # a row of items ("Compartir | Tuitear | Correo"), no work's title
            shorts += 1
            if shorts > _WORK_BLOCK_TITLES:
                break
        specs += kind == 2
        # verse35: a book's line of data naming its publisher, pages and price at once ("Belknap Press, 912 pages,
        # $45", "Einaudi, 112 pagine, 13 euro") under its title and author (over them at the head): two of its specs.
        # The line first, the page's lines beyond it ("Share this review") are no title of the work's.
        specs += bool(block) and kind == 2 and "," in lines[i].text and len(_NUMBERS.findall(lines[i].text)) >= 2
        block.append(i)
    if specs < _WORK_BLOCK_SPECS:
        return furniture
    keep = set(block)
    return [i for i in furniture if i not in keep]


_WORK_BLOCK_SPECS = 2
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")  # verse35: a spec line's figures (its pages, its price)
_WORK_BLOCK_TITLES = 2
_ROW_MARKS = (" | ", " · ", " • ")  # the separators of a share row or a menu's items


_ANNOUNCING_BYLINE_WORDS = 4  # "PAR CES MOTIFS, la Cour :" (a label with its colon, "Par :", "Written by:", is shorter)


def announcing_colon(ctx: Context, mine: list[int]) -> set[int]:
    """Of the bylines ``mine``, those closing on a colon after ``_ANNOUNCING_BYLINE_WORDS`` words or more: a clause
    that announces what follows, a court's "PAR CES MOTIFS, la Cour :" over its ruling, "POR TODO LO EXPUESTO, la
    Sala:" (the byline's "par"/"por" and a capitalised word). A byline names its author and ends on the name, a role
    or a date; its label alone ("Par :", "Auteur :") is too short to be spared, and a line with figures is a post's
    stamp, not a clause ("Posted by Birdwatcher at 7:42 AM 2 comments:")."""
    lines = ctx.doc.lines
    return {i for i in mine if lines[i].text.rstrip().endswith((":", "："))
            and ctx.words(i) >= _ANNOUNCING_BYLINE_WORDS
            and not any(ch.isdigit() for ch in lines[i].text)}


_NAMED_BYLINE_WORDS = 3  # a label and a name of two words at the least ("Recept Marie Novákové")


def named_by_paragraph(ctx: Context, mine: list[int]) -> set[int]:
    """Of the bylines ``mine``, those the paragraph right under them or right over them holds whole, label and name
    ("Recept Marie Novákové" over "Recept Marie Novákové byl poprvé otištěn v kuchařce …"): the article's subheading,
    which its text names in the same words (``_names_phrase``). A byline's label stands in no paragraph ("Text: Jana
    Nováková" over "Jana Nováková vaří …"; "By Helen Marsh" over the story), and the line still goes."""
    if not mine:
        return set()
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    out: set[int] = set()
    for i in mine:
        if ctx.words(i) < _NAMED_BYLINE_WORDS:
            continue  # (a label alone, "By", stands in any paragraph as a word)
        at = _place(kept, i)
        text = lines[i].text
        for j in (kept[at - 1] if at > 0 else -1, kept[at + 1] if at + 1 < len(kept) else -1):
            if j >= 0 and ctx.is_prose(j) and ends_sentence(lines[j].text) and _names_phrase(lines[j].text, text):
                out.add(i)
                break
    return out


def announced_people(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the bylines ``mine``, those of a list of people the article announces: right under a sentence of
    ``_ANNOUNCING_WORDS`` words or more closing on a colon ("The judges are:"), two or more lines of a name, a comma
    and who they are ("Sarah Baxter, deputy editor" / "Anand Menon, political scientist"), one of them at least no
    byline, the article's text going on under them. A byline with its role stands over the article or closes it,
    and its label ("Written by:") is a byline itself."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    out: set[int] = set()
    for i in mine:
        pos = _place(kept, i)
        start = end = pos
        while start > 0 and _person_row(lines[kept[start - 1]].text):
            start -= 1
        while end + 1 < len(kept) and _person_row(lines[kept[end + 1]].text):
            end += 1
        if start == 0 or end + 1 == len(kept) or end == start:
            continue
        head, under = kept[start - 1], kept[end + 1]
        if (
            head not in hits
            and ends_colon(lines[head].text)
            and ctx.words(head) >= _ANNOUNCING_WORDS
            and under not in hits
            and ctx.is_prose(under)
            and any(kept[p] not in hits for p in range(start, end + 1))
        ):
            out.add(i)
    return out


def _person_row(text: str) -> bool:
    """A name of two to four capitalised words, a comma and a few words: "Gary Younge, former Guardian columnist"."""
    text = text.strip()
    if _PERSON_ROW.fullmatch(text) is None or ends_sentence(text):
        return False
    return all(word[:1].isupper() for word in text.split(",", 1)[0].split())


_ANNOUNCING_WORDS = 3
# (anchored at the start: searched unanchored, as the regex-safety scan does, it would rescan from every position)
_PERSON_ROW = re.compile(r"\A[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3}, [^,.!?:;]{2,60}")


class LabelledByline(Pass):
    """A labelled credit over the article's first paragraph, in any language: a label, a colon and
    capitalised names alone ("Autor: Kadri Tamm", "Penulis: Budi Santoso | Editor: Rina
    Wulandari"; the ``labelled_byline`` table: two labelled parts whatever the labels, or one
    under a word for a writer, an editor, the text or the pictures). Only near the top or right over
    the first paragraph of prose (``_HEAD_LINES`` lines either way), and before it: after it the same
    shape is a fact box's row ("Architekt: Renzo Piano"), and a run of three or more label rows over
    the text is a fact box too ("Regie: …" / "Darsteller: …" / "Länge: 162 Minuten").

    In the same places, the page's stamp with what its template prints beside it (see :meth:`credit_and_stamp`):
    a credit, or a desk's or a place's short name, before a bar ("Redacción | Madrid | Actualizado: 19/11/2019
    09:01 h", "القاهرة - بوابة الأهرام | آخر تحديث: …"). The stamp alone is the dateline's; these parts before it
    hid it from that table."""

    name = "labelled-byline"
    family = "metadata"
    description = "A labelled credit (label, colon, names) over the first paragraph."

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        # (the first paragraph ends like a sentence: a long headline, "Bộ Giáo dục công bố lịch thi tốt nghiệp
        # THPT năm 2024", counts as many words as one in a language of short words)
        bounds = prose_bounds(ctx, kept, lambda i: ends_sentence(lines[i].text)) or unmarked_bounds(ctx, kept)  # asia37
        if bounds is None:
            return  # no paragraph: nothing tells a byline from a fact box
        name_role_head(ctx, bounds[0], self.name)  # energy43: "Emma Clarke" / "Senior reporter" over the stamp
        role_under_byline(ctx, self.name)  # explainer47
        table = ctx.table(self.family, "labelled_byline")
        # near the page's top, or right over the first paragraph (under a long menu: "Tác giả: Lê Hương" under
        # eight links, the breadcrumbs, the headline and the date)
        over = bisect_left(kept, bounds[0])  # (the kept lines over it: ``kept`` runs in order)
        head = set(range(min(over, _HEAD_LINES))) | set(range(max(0, over - _HEAD_LINES), over))
        for pos in sorted(head):
            i = kept[pos]
            if pos >= _HEAD_LINES and (self.near_row(ctx, kept, pos - 1) or self.near_row(ctx, kept, pos + 1)):
                continue  # (under the top, a lone credit only: "Nhà xuất bản: Văn Học" by it is a book's fact box)
            if ctx.words(i) > _CREDIT_MAX_WORDS:
                continue
            if ctx.matches(self.family, "labelled_byline", i):  # (``table.match``, gated)
                reason = "a labelled credit over the article's first paragraph"
            elif self.credit_and_stamp(ctx, table, lines[i].text):
                reason = "the page's stamp with the credit, the desk or the place beside it, over the first paragraph"
            else:
                continue
            if self.box_rows(ctx, kept, pos) >= _FACT_BOX_ROWS or in_fact_box(ctx, kept, pos):
                continue  # a fact box over the text
            ctx.doc.remove(i, self.name, reason)

    @staticmethod
    def credit_and_stamp(ctx: Context, table: Table, text: str) -> bool:
        """Whether ``text`` is a labelled credit and the page's stamp after a bar, on one line ("Tác giả: Lan
        Hương | Cập nhật: 10/02/2025", "Autor: Jan Novák | Aktualizováno: 12. 3. 2025 10:15"): the credit matched
        by ``table``, each part after it a date under its label (or a date alone). A fact box's row holds one
        label; a credit's names, not a date, stand before the bar. Also the parts before the stamp short names
        with no label (a desk, an agency, a place: :func:`_source_name`) with the stamp last. A line whose last
        part is a sentence, or whose parts hold no stamp, is none."""
        parts = [part.strip() for part in text.split(" | ")]
        if len(parts) < 2:
            return False
        stamp = ctx.table("metadata", "labelled_stamp")
        dated = ctx.table("metadata", "dateline")
        if not table.match(parts[0]):
            # a desk's or a place's name before the stamp instead ("Redacción | Madrid | Actualizado: 19/11/2019
            # 09:01 h", "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM"): short names, and
            # the last part a stamp
            if not (stamp.match(parts[-1]) or dated.match(parts[-1])):
                return False
            return all(_source_name(part) or stamp.match(part) or dated.match(part) for part in parts[:-1])
        return all(stamp.match(part) or dated.match(part) for part in parts[1:])

    @staticmethod
    def near_row(ctx: Context, kept: list[int], pos: int) -> bool:
        """Whether ``kept[pos]`` is a row under a label of up to ``_NEAR_LABEL_WORDS`` words ("Nhà xuất bản: Văn
        Học", "Số trang: 320"; not a time's colon, "15/03/2024 08:45")."""
        if not 0 <= pos < len(kept):
            return False
        label, colon, value = ctx.doc.lines[kept[pos]].text.partition(":")
        return bool(colon) and bool(value.strip()) and 0 < len(label.split()) <= _NEAR_LABEL_WORDS and not any(
            c.isdigit() for c in label
        ) and not headline_value(value)  # southasia41: a colon headline's ("IND vs ENG: धर्मशाला टेस्ट में …")

    @staticmethod
    def box_rows(ctx: Context, kept: list[int], pos: int) -> int:
        """How many label rows ("Label: anything") run together around ``kept[pos]``, itself one."""

        def row(p: int) -> bool:
            return 0 <= p < len(kept) and bool(_LABEL_ROW.match(past_symbols(plain(ctx.doc.lines[kept[p]].text))))

        start = end = pos
        while row(start - 1):
            start -= 1
        while row(end + 1):
            end += 1
        return end - start + 1


def _source_name(text: str) -> bool:
    """A desk's, an agency's or a place's name beside a stamp: one to ``_SOURCE_WORDS`` words, capitalised, no
    figure, no colon and no sentence mark ("Redacción", "New Delhi, News Nation Bureau", "القاهرة - بوابة الأهرام");
    a sentence or a label's row is none."""
    words = text.split()
    if not 0 < len(words) <= _SOURCE_WORDS or text[0].islower() or ends_sentence(text) or ends_colon(text):
        return False
    return not any(c.isdigit() or c in ":?!" for c in text)


_SOURCE_WORDS = 5


def label_row(text: str) -> bool:
    """Whether ``text`` opens as a label row: a short label, a colon and a value ("Regie: Anna Beispiel")."""
    return _BOX_LABEL_ROW.match(past_symbols(plain(text))) is not None


def fact_box_rows(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the label rows ``mine`` (a labelled credit, a labelled date) a vocabulary table matched, those
    that stand in a fact box (see :func:`in_fact_box`; ``hits``: every line the vocabulary group
    matched, the page's metadata and residue, no fact's row)."""
    lines = ctx.doc.lines
    rows = [i for i in mine if _LABEL_ROW.match(past_symbols(plain(lines[i].text)))]
    if not rows:
        return set()
    kept = ctx.doc.kept()
    return {i for i in rows if in_fact_box(ctx, kept, _place(kept, i), hits)}


def fact_box_rows_in_text(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the label rows ``mine`` a control's or a forum's pattern matched ("Language: Danish", "Region: Rioja",
    "RRP: £599", "Posts: 4"), those in a fact box (:func:`~.metadata.fact_box_rows`: a row beside them states a
    fact no table matched, "Running time: 117 minutes", "Grape: Godello") under the article's first paragraph: a
    film's, a wine's, a product's box, of three rows or more, two of them no table matched. A site's "Edition: UK" /
    "Language: English" stand beside no fact, a forum post's user box has one ("Posts: 4" / "Location: Leeds"), a
    footer's rows are the site's settings ("Region: Europe" / "Currency: EUR" / "Language: English"), and a box
    over the article's first paragraph is the page's header."""
    # (the rows first: most lines a control's pattern matched are no label row, and the article's bounds, a walk
    # through the kept lines, are then never asked)
    rows = fact_box_rows(ctx, mine, hits)
    if not rows:
        return set()
    bounds = prose_bounds(ctx, kept, lambda i: i not in hits)
    if bounds is None:
        return set()
    out: set[int] = set()
    for i in rows:
        if i <= bounds[0]:
            continue
        start, end = _label_run(ctx, kept, _place(kept, i))
        if end - start + 1 >= _TEXT_BOX_ROWS and sum(_box_fact(ctx, kept[p], hits) for p in range(start, end + 1)) >= 2:
            out.add(i)
    return out


def _box_fact(ctx: Context, i: int, hits: dict[int, int]) -> bool:
    """Whether line ``i`` of a run of label rows is one of a fact box's own rows: no table of this pass's group
    matched it (``hits``), nor a credit's, a byline's or a stamp's table another pass reads. A long read's header
    ("Текст: …" / "Фото: …" / "Время чтения: 12 минут") is residue row by row, however its passes take turns: were
    its credit counted as a fact, the reading time would stay on a first cleaning and go on the second."""
    if i in hits:
        return False
    text = ctx.doc.lines[i].text
    return not any(ctx.table(family, name).match(text) for family, name in _OTHER_ROW_TABLES)


# the tables of rows no fact box holds (see _box_fact)
_OTHER_ROW_TABLES = (
    ("credits", "image_credit"),
    ("metadata", "byline"),
    ("metadata", "labelled_byline"),
    ("metadata", "dateline"),
    ("metadata", "labelled_stamp"),
)


def _heads_series(ctx: Context, kept: list[int], i: int, hits: dict[int, int]) -> bool:
    """Whether line ``i``, a bare word or two the stamp tables matched ("Today", "Heute", "Aujourd'hui": no figure,
    no mark), is the first of a dense series of the article's headings: over a sentence, then within
    ``_SERIES_GAP`` kept lines of ``_SERIES_SECTION_WORDS`` words at most another heading of up to
    ``_SERIES_HEADING_WORDS`` words over a sentence, and another after it (a forecast's "Today" / "Tonight" /
    "Tomorrow", a diary's days). A page's stamp stands alone over the text; the subheadings of a news story stand
    paragraphs apart."""
    lines = ctx.doc.lines
    text = lines[i].text.strip()
    if ctx.words(i) > _SERIES_STAMP_WORDS or not text.replace(" ", "").replace("'", "").replace("’", "").isalpha():
        return False

    def heading_at(pos: int) -> bool:
        j = kept[pos]
        under = kept[pos + 1] if pos + 1 < len(kept) else -1
        head = lines[j].text.strip()
        return (
            under >= 0 and j not in hits and under not in hits
            and ctx.words(j) <= _SERIES_HEADING_WORDS and head[-1:].isalnum() and not lines[j].lead
            and ends_sentence(lines[under].text)
        )

    pos = _place(kept, i)
    if pos + 1 >= len(kept) or kept[pos + 1] in hits or not ends_sentence(lines[kept[pos + 1]].text):
        return False
    found = 0
    while found < _SERIES_HEADINGS:
        nxt = None
        for p in range(pos + 1, min(pos + 2 + _SERIES_GAP, len(kept))):
            if p > pos + 1 and heading_at(p):
                nxt = p
                break
            if ctx.words(kept[p]) > _SERIES_SECTION_WORDS:
                return False  # (a news story's paragraph: its subheadings stand paragraphs apart)
        if nxt is None:
            return False
        found += 1
        pos = nxt
    return True


_SERIES_STAMP_WORDS = 2
_SERIES_HEADING_WORDS = 6  # "Outlook for Saturday to Monday"
_SERIES_HEADINGS = 2
_SERIES_GAP = 3  # kept lines between one heading and the next, at most
_SERIES_SECTION_WORDS = 16  # ... each of a forecast's few words ("Dry with clear spells. Patchy fog forming later.")


def _place(kept: list[int], i: int) -> int:
    """The place of line ``i`` in ``kept`` (ascending), found by bisection; KeyError where it is not there."""
    pos = bisect_left(kept, i)
    if pos == len(kept) or kept[pos] != i:
        raise KeyError(i)
    return pos


def in_fact_box(ctx: Context, kept: list[int], pos: int, hits: dict[int, int] | None = None) -> bool:
    """Whether the label row ``kept[pos]`` stands in a run of label rows ("Label: value") one of which
    states a fact, no metadata: a book's, a film's, an event's fact box ("Titel: Der Zauberberg" /
    "Autor: Thomas Mann"; "Regie: …" / "Land: …"; "Date: 20 April 2024" / "Venue: Market Square"),
    whose credit and date rows are the box's. A fact row is short and no sentence, and neither a credit
    nor a date stamp nor a page's counter ("Wordcount: 717") nor a line another table matched (``hits``):
    a byline's rows ("Text: Anna Muster" / "Fotos: Peter Beispiel", "Autor: …" / "Datum: 12.03.2024") are
    no box."""
    lines = ctx.doc.lines

    def fact(i: int) -> bool:
        text = lines[i].text
        return (
            (hits is None or i not in hits)
            and ctx.words(i) <= _FACT_ROW_WORDS
            and not ends_sentence(text)
            and not _COUNTER.fullmatch(past_symbols(text))  # a page's counter: "Wordcount: 717", "Views: 1,234"
            and _fact_value(text)
            and not _headline_phrase(text)
            and not _CONTACT_VALUE.search(text)  # (a contact box's mail: a pass under this one takes it)
            and not _DOI_ROW.match(text)  # academic36: a paper's DOI is its page's identifier, no box's fact
            and not any(ctx.table("metadata", name).match(text) for name in _META_TABLES)
        )

    start, end = _label_run(ctx, kept, pos)
    return any(
        fact(kept[p]) for p in range(start, end + 1)
        if p != pos and not headline_row(ctx, kept, p, end) and not lower_headline_row(ctx, kept, p, end)  # agri43
    )


def _label_run(ctx: Context, kept: list[int], pos: int) -> tuple[int, int]:
    """The first and last place in ``kept`` of the run of label rows around ``kept[pos]``."""
    lines = ctx.doc.lines

    def row(p: int) -> bool:
        return (
            0 <= p < len(kept)
            and ctx.words(kept[p]) <= _CREDIT_MAX_WORDS
            and bool(_BOX_LABEL_ROW.match(past_symbols(plain(lines[kept[p]].text))))
        )

    start = end = pos
    while row(start - 1):
        start -= 1
    while row(end + 1):
        end += 1
    return start, end


def _fact_value(text: str) -> bool:
    """Whether the value of the label row ``text`` is a fact's: a few words ("Der Zauberberg", "154
    Minuten", "place du marché") or a list of a few words each ("Jonas Muster, Lea Probe, Karl
    Vorlage"), no headline's phrase after its colon ("Tatry zimą: jak bezpiecznie wejść na Kasprowy
    Wierch")."""
    value = re.split("[:：]", text, maxsplit=1)[-1]
    return all(len(part.split()) <= _FACT_VALUE_WORDS for part in re.split("[,;/]", value))


_FACT_VALUE_WORDS = 4


def _headline_phrase(text: str) -> bool:
    """Whether the label row ``text`` is a headline with a colon rather than a fact: a phrase of
    ``_HEADLINE_LABEL_WORDS`` words or more before the colon, its value going on in lower case ("Борщ з квасолею:
    рецепт від шеф-кухаря", "Pasta e fagioli: la ricetta della nonna"). A fact's label is a field's name of a word
    or two ("Titel", "Regie", "Venue"), its value a name, a figure or a place."""
    parts = re.split("[:：]", text, maxsplit=1)
    return len(parts) == 2 and len(parts[0].split()) >= _HEADLINE_LABEL_WORDS and parts[1].strip()[:1].islower()


_HEADLINE_LABEL_WORDS = 3
# a mail address: a contact box's row ("Email: counciltax@example.gov.uk", "E-Mail: studsek@uni-beispiel.de"), no
# fact of a book's, a film's or an event's box; the contact passes take it after this one, and a page's stamp beside
# it ("Last updated: 4 January 2024") went on a second cleaning only
_CONTACT_VALUE = re.compile(r"[\w.+-]@[\w-]+\.")
# academic36: a paper's DOI row under its label: "DOI: 10.1186/s12873-024-00941-2", "DOI: https://doi.org/10.1038/…"
_DOI_ROW = re.compile(r"\A\s*doi\s*[:：]\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/", re.IGNORECASE)
_META_TABLES = ("byline", "labelled_byline", "dateline", "labelled_stamp")
_COUNTER = re.compile(r"[^\W\d_][\w'’.-]{0,24}(?: [\w'’.-]{1,24})?\s?:\s*\d{1,3}(?:[.,\u202f ]?\d{3})*\s*")
# a time of day ("11:08", "19.30 Uhr", "7 p.m."), not a date's figures ("12.03.2024")
_TIME_OF_DAY = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])|\d\s?[ap]\.?m\b", re.IGNORECASE)
_FACT_ROW_WORDS = 12
_HEAD_LINES = 6  # a byline stands within the first few lines (or right over the first paragraph)
_NEAR_LABEL_WORDS = 4
_CREDIT_MAX_WORDS = 24
_FACT_BOX_ROWS = 3
_TEXT_BOX_ROWS = 3  # the rows of a fact box whose control's or forum's label a row also has
# any short label and a colon, whatever follows: a row of a fact box (or of a credit block)
# (each read on the line as a plain scrape prints it, see vocab.plain: "- **Langue :** portugais" is a Markdown row)
_LABEL_ROW = re.compile(r"[^\W\d_][\w'’.-]{0,24}(?: [\w'’.-]{1,24})?\s?:\s+\S")
# the same with a label of up to three words, a row of a fact box ("Number of spans: 18", "Date of birth: …")
_BOX_LABEL_ROW = re.compile(r"[^\W\d_][\w'’.-]{0,24}(?: [\w'’.-]{1,24}){0,2}\s?:\s+\S")


class ClockLine(Pass):
    """A line that is only a time of day ("4:14 p.m.", "14:05"): a timestamp. Except the entry
    times of a live blog ("The Latest: … / 10 p.m. / Authorities say … / 4:14 p.m. / …"): two or
    more times each followed by a paragraph or a short sentence (or by the entry's headline and
    then one), one of them after the article's first paragraph of prose, stay."""

    name = "clock-line"
    family = "metadata"
    description = "A bare time of day, unless it heads an entry of a live blog."

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        table = ctx.table(self.family, "clock")
        times = [
            pos for pos, i in enumerate(kept)
            if past_symbols(lines[i].text)[0].isdigit() and ctx.words(i) <= 4 and table.match(lines[i].text)
        ]
        times = [pos for pos in times if not numbered_time(ctx, kept, pos)] if times else times  # music41
        if not times:
            return
        bounds = prose_bounds(ctx, kept)
        first = bounds[0] if bounds is not None else len(lines)  # no prose: no live blog
        # An entry: a time right before a sentence of its own ("9:58 p.m." / "Polls have closed
        # in Arizona."). The first entries of a blog stand before its first long paragraph, so
        # they count as long as one entry stands after it (a lone time over the lede stays a
        # timestamp).
        entries = {pos for pos in times if pos < len(kept) - 1 and self.entry_text(ctx, kept[pos + 1])}
        # An entry may open with its own headline ("11:40 p.m." / "Hartwell wins, AP projects" /
        # paragraph): a short line that is no time, then the entry's text. A list of video teasers
        # has that shape too (a duration, a headline, a summary), but a blog's times run in order
        # ("11:40 p.m.", "11:12 p.m.", "10:48 p.m."), durations do not ("23:05", "08:51", "10:48").
        headed = {
            pos for pos in times
            if pos not in entries
            and pos < len(kept) - 2
            and pos + 1 not in times
            and ctx.words(kept[pos + 1]) <= _ENTRY_HEADLINE_WORDS
            and self.entry_text(ctx, kept[pos + 2])
        }
        if headed and _in_order([_minutes(past_symbols(lines[kept[pos]].text)) for pos in sorted(entries | headed)]):
            entries |= headed
        if len(entries) < 2 or not any(first < kept[pos] for pos in entries):
            entries = set()
        elif len(entries) >= _ORDERED_ENTRIES:
            entries |= self.short_turns(ctx, kept, times, entries, first)
        listed = _timetable(ctx, kept, times, first) | schedule_rows(ctx, kept, times, first, _minutes)  # htmlevents52
        for pos in times:
            if pos not in entries and pos not in listed and not service_row(ctx, kept, pos) and not (  # notices36
                notice_time(ctx, kept, pos)  # public37: a meeting's time under its date and its notice's formula
                or event_row(ctx, kept, pos)  # listings37: an event's time over its venue and its price row
            ) and not (
                # talk34: a debate's or a hearing's time over its speaker's label ("2.14 pm" over "Mr SMITH
                # (Labour):" and the dialogue under it): the record's, no stamp of the page's
                pos + 1 < len(kept) and ends_colon(lines[kept[pos + 1]].text) and dialogue_label(ctx, kept[pos + 1])
            ):
                ctx.doc.remove(kept[pos], self.name, "time of day (a timestamp)")
        player_title(ctx, self.name)  # midbody54: a video's or a podcast's title over its duration

    @staticmethod
    def short_turns(ctx: Context, kept: list[int], times: list[int], entries: set[int], first: int) -> set[int]:
        """The times of a transcript's or a blog's entries whose text is too short to tell one ("01:02" over
        "LUCA: Quanti?"), among ``_ORDERED_ENTRIES`` or more entries whose times run in order: a time after the
        first paragraph, over a short sentence, that keeps the order where it stands."""
        lines = ctx.doc.lines

        def minute(pos: int) -> int | None:
            return _minutes(past_symbols(lines[kept[pos]].text))

        if not _in_order([minute(pos) for pos in sorted(entries)]):
            return set()
        taken = set(times)
        out: set[int] = set()
        for pos in times:
            if pos in entries or kept[pos] < first or pos + 1 >= len(kept) or pos + 1 in taken:
                continue
            text = lines[kept[pos + 1]].text
            # (or over a row of the match's data, the entry's headline alone: "Half-time: Arsenal 1-1 Chelsea")
            if not ends_sentence(text) and not (ctx.words(kept[pos + 1]) >= _ROW_WORDS and _SCORE.search(text)):
                continue  # (over a button, "Share", or a heading: a stamp of the page's)
            if _in_order([minute(p) for p in sorted(entries | {pos})]):
                out.add(pos)
        return out

    @staticmethod
    def entry_text(ctx: Context, i: int) -> bool:
        """Whether line ``i`` can be the text of a live blog entry: prose, or a short sentence."""
        return ctx.is_prose(i) or (ctx.words(i) >= _ENTRY_MIN_WORDS and ends_sentence(ctx.doc.lines[i].text))


def _timetable(ctx: Context, kept: list[int], times: list[int], first: int) -> set[int]:
    """The times of a timetable's column inside the article: ``_TIMETABLE_ROWS`` or more bare times right
    under each other, later and later ("20.15", "20.45", "21.15"), after the article's first paragraph and
    with article text under them, or a short heading over the next such column ("Salidas desde el centro" over
    its times, "Salidas desde el barrio" over its own, then the text going on). A page stamps itself once, or
    once a line apart; a list of videos parts its durations with their headlines."""
    lines = ctx.doc.lines
    columns: list[list[int]] = []
    pos = 0
    while pos < len(times):
        end = pos + 1
        while end < len(times) and times[end] == times[end - 1] + 1:
            end += 1
        run = times[pos:end]
        minutes = [_minutes(past_symbols(lines[kept[p]].text)) for p in run]
        known = [m for m in minutes if m is not None]
        if (
            len(run) >= _TIMETABLE_ROWS
            and len(known) == len(run)
            and all(a < b for a, b in pairwise(known))
            and first < kept[run[0]]
            and run[-1] + 1 < len(kept)
        ):
            columns.append(run)
        pos = end
    out: set[int] = set()
    starts: set[int] = set()  # the first times of the columns kept so far, from the page's end up
    for run in reversed(columns):
        under = kept[run[-1] + 1]
        text = lines[under].text
        if ctx.is_prose(under) or ends_sentence(text) or (
            run[-1] + 2 in starts and ctx.words(under) <= _COLUMN_HEADING_WORDS and not any(c.isdigit() for c in text)
        ):
            out.update(run)
            starts.add(run[0])
    return out


_TIMETABLE_ROWS = 3
_COLUMN_HEADING_WORDS = 6  # the heading between two columns of a timetable: "Salidas desde Nueva Segovia"
# a score between two sides in an entry's headline: "Arsenal 1-1 Chelsea", "Full time: 2–1"
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,:/])")
_ROW_WORDS = 3
_ORDERED_ENTRIES = 3  # a blog's or a transcript's entries that set the order a short entry's time must keep
_ENTRY_MIN_WORDS = 3
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?", re.IGNORECASE)


def _minutes(text: str) -> int | None:
    """The minute of the day a time line says ("11:40 p.m." -> 1420), None where it says none."""
    m = _CLOCK.match(text)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        hour = hour % 12 + (12 if lower(m.group(3)) == "p" else 0)
    return hour * 60 + minute


def _in_order(times: list[int | None]) -> bool:
    """Whether the times run one way, later and later or earlier and earlier (a live blog's entries)."""
    known = [t for t in times if t is not None]
    return len(known) == len(times) and (known == sorted(known) or known == sorted(known, reverse=True))


_ENTRY_HEADLINE_WORDS = 20  # an entry's own headline between its time and its text
_PLACE_MAX_WORDS = 15
_EVENT_MIN_PARAGRAPHS = 2
_LISTED_EVENTS = 2
_TIMELINE_DATES = 2  # a chronology's dates between paragraphs (one date there may be the page's stamp)
_DATE_LINE_WORDS = 6  # a bare date of a chronology's entry: "4 février 2019, 0 h 30", "25 марта 2023 года"
_TIMELINE_WORDS = 4  # a date no table reads, counted with them: "12. 3. 2025", "20. 4. 2025."
_PARAGRAPH_WORDS = 12


class BylineEcho(Pass):
    """The writer's name printed again under the article, alone on its line or with a role or a place after a comma
    or a slash ("Petra Dvořáková", "Søren Madsen, sportsjournalist", "Ayşe Demir / İstanbul", "（佐藤花子）"): the
    byline's echo. Sites print the credit at both edges; over the text it has a label the byline tables read ("Autor:
    Petra Dvořáková", "Af Søren Madsen"), under it often the name alone, which no table may read (a name is any two
    capitalised words). So the position says byline, not the words: one of the last ``_ECHO_LINES`` lines under the
    article's last closed sentence, of a name's shape (:func:`_echo_name`), whose words are those of a credit over the
    article's first closed sentence, one another pass took there (a byline, a labelled credit, a name between the
    headline and its date) or one of the same shape left there (then both go: the name printed at head and tail,
    "Piotr Nowak, dziennikarz" over the text and "Piotr Nowak" under it). A name inside the text (a sentence, a cast
    list's "Jeník – Jan Novák", a candidate's "Anna Kowalska (bezpartyjna)") is no line of that shape at an edge, and
    a name under the text that no credit over it names (a letter's signature, a quoted person) stays."""

    name = "byline-echo"
    family = "metadata"
    description = "The writer's name alone (or with a role) under the article, as the credit over it names them."

    def run(self, ctx: Context) -> None:
        portal_head(ctx, self.name)  # aggregator43
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        if len(kept) < _ECHO_LEAST:
            return
        tail: list[int] = []
        for i in reversed(kept):  # (the lines under the last closed sentence: a few at most)
            if ctx.is_prose(i) and ends_sentence(lines[i].text):
                break
            tail.append(i)
            if len(tail) > _ECHO_LINES:
                return  # (a footer's lines, or no closed sentence: not the name's place)
        if not tail or len(tail) == len(kept):
            return
        names = [(i, name) for i in tail if (name := _echo_name(lines[i].text)) is not None]
        if not names:
            return
        # verse35: a reviewed work's box under the review, its author over its title and its publisher's line of pages
        # and price ("Jan Wagner" / "Steine und Licht" / "Hanser, 112 Seiten, 22 Euro"): the name is the work's author,
        # which a headline over the review names too, no echo of the writer's credit
        work = ctx.table("metadata", "work_credit")
        if work.patterns and any(work.match(lines[i].text) for i in tail):
            return
        start = tail[-1]
        credits: list[tuple[int, str]] = []  # (line, text) of the head's credits, taken or kept
        for i in range(0, start):
            line = lines[i]
            gone = line.removal
            if gone is None:
                if ctx.is_prose(i) and ends_sentence(line.text):
                    break  # (the article's first closed sentence: the head ends there)
                if i != kept[0] and _echo_name(line.text) is not None:  # (the page's first line: its headline)
                    credits.append((i, line.text))
            elif gone.pass_name in _CREDIT_PASSES:
                credits.append((-1, gone.text))
        if not credits:
            return
        heads: set[int] = set()
        for i, name in names:
            for j, credit in credits:
                if _names_in(name, credit):
                    ctx.doc.remove(i, self.name, _ECHO_REASON)
                    if j >= 0:
                        heads.add(j)
                    break
        for j in heads:
            ctx.doc.remove(j, self.name, "the writer's name over the article, printed again under it")


_ECHO_REASON = "the writer's name under the article, as the credit over it names them"
_ECHO_LEAST = 4  # a headline, two lines of text and the name at the least
_ECHO_LINES = 3  # the lines under the article's last closed sentence (the name, a mail, an agency)
_CREDIT_PASSES = frozenset({"byline", "labelled-byline", "edge-furniture", "byline-echo"})
_ECHO_MAX_CHARS = 60
_ECHO_WORDS = (2, 4)  # a name's words in a spaced script
_ECHO_JOINED = (2, 5)  # a name's characters in a script without spaces ("佐藤花子", "李娜")
_ECHO_JOIN_CHARS = 3  # a word joining two names: 'ja', 'og', 'och', 'und', 'és', 've', 'и'
_ECHO_ROLE_WORDS = 3  # the role or the place after the name's comma or slash ("športový redaktor", "İstanbul")
_ECHO_BRACKETS = "()（）[]"
_ECHO_PARTS = re.compile(r",|\s/|/\s")  # (parts are stripped after: linear on any line)


def _echo_name(text: str) -> str | None:
    """The name of a line shaped as a writer's credit without its label: a name of ``_ECHO_WORDS`` capitalised words
    (of ``_ECHO_JOINED`` characters in a script without spaces), maybe bracketed, maybe followed by a role or a place of
    up to ``_ECHO_ROLE_WORDS`` words after a comma or a slash, two names maybe joined by a short word ("ja", "og"); no
    figure, no sentence's end, no colon, not in capitals throughout (a section's label). Else None."""
    text = text.strip()
    if not text or len(text) > _ECHO_MAX_CHARS or ends_sentence(text) or ends_colon(text):
        return None
    if text[0] in _ECHO_BRACKETS and text[-1] in _ECHO_BRACKETS:
        text = text[1:-1].strip()
    if any(c.isdigit() or c in ":：()（）[]@|–—" for c in text):
        return None
    parts = [part.strip() for part in _ECHO_PARTS.split(text)]
    if len(parts) > 2 or (len(parts) == 2 and not 0 < len(parts[1].split()) <= _ECHO_ROLE_WORDS):
        return None
    name = parts[0]
    words = name.split()
    if len(words) == 1 and all(_joined_script(c) for c in name):
        return name if _ECHO_JOINED[0] <= len(name) <= _ECHO_JOINED[1] else None
    # (capitalised, or in a script without case; two names may be joined by a short word, "Ola Hansen og Kari Berg")
    if name.isupper():
        return None  # (capitals throughout: a section's or a kicker's label, "GROWING AN ONLINE BUSINESS", no name)
    capitals = [w for w in words if w[0].isalpha() and not w[0].islower()]
    joins = len(words) - len(capitals)
    if joins > 1 or not _ECHO_WORDS[0] <= len(capitals) <= _ECHO_WORDS[1] + 2 * joins:
        return None
    if joins and (words[0] not in capitals or words[-1] not in capitals or any(
        len(w) > _ECHO_JOIN_CHARS for w in words if w not in capitals
    )):
        return None
    return name


def _joined_script(c: str) -> bool:
    """Whether ``c`` is a letter of a script written without spaces between words (Chinese, Japanese)."""
    return "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff"


def _names_in(name: str, credit: str) -> bool:
    """Whether the credit ``credit`` names ``name``: in a script without spaces, the name inside it; else each of the
    name's words one of the credit's, or the same but for its ending ("Κώστας Δημητρίου" in "Του Κώστα Δημητρίου",
    "Marie Nováková" in "Recept Marie Novákové"): two letters at most of the longer word past what they share, and
    four shared at the least."""
    if " " not in name:
        return len(name) >= _ECHO_JOINED[0] and name in credit
    words = [w.strip(",.;/") for w in lower(credit).split()]
    return all(any(w == part or _same_stem(w, part) for w in words) for part in lower(name).split())


def _same_stem(a: str, b: str) -> bool:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= _STEM_LEAST and max(len(a), len(b)) - n <= _STEM_ENDING


_STEM_LEAST = 4
_STEM_ENDING = 2
