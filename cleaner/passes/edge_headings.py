"""Headings and short lines at the article's edges that are the article's: subheadings and labels between
its lines of text (:func:`inner_headings`, the broad one), the heading of its first section, a
dictionary entry's head. Kept apart because :func:`inner_headings` and its row tests are the bulk.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from ..vocab import past_symbols
from .edge_contacts import _closing_salutation, _contact_name, _signatories
from .edge_shared import (
    _FACT_BOX_LINES,
    _LABEL_COUNT,
    _LABEL_ROW,
    _LIST_NAME_WORDS,
    _MAX_ROWS_UNDER,
    _MIN_CONTINUATION_WORDS,
    _NO_STOP_SENTENCE_WORDS,
    _PART_HEADING_WORDS,
    _SENTENCE_STOP_RATIO,
    _SIGNATURE,
    NO_STOP_SCRIPT,
    _adjacent,
    _label_of,
)
from .furniture import CLOCK_SPAN, DIGIT, wide_label_figure

# a label and a signed or decimal figure, a change in per cent: "ASML: +6,8%", "Vale ON: -0,6%" (an economy
# story's winners and losers)
_LABEL_CHANGE = re.compile(r"[^\W\d_][\w'’.&-]{0,30}(?: [\w'’.&-]{1,30})? ?: ?[+−–-] ?\d{1,3}(?:[.,]\d{1,3})? ?%")

# how a spoken sentence of a Korean or Japanese blog may close
_WAVE_DASHES = frozenset({"~", "～"})

# a notice's date of issue under its signature, in figures or in Chinese numerals: "2026年12月4日",
# "二〇二六年十二月四日", "2026-12-04" (dateline keeps the one its tables read; one they leave, edge-furniture took)
_ISSUE_DATE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
)

# a span of hours of a day: "9.00 - 17.00", "8:00 bis 16:00", "9am–5pm", "9h à 18h"
# a sign-off after a dash: a first name, or a name of two or three words ("— Maya", "– Tom Baker")
_DASH_SIGNATURE = re.compile(r"[—–-] ?[A-Z\u00c0-\u00de][\w'’.-]{0,30}(?: [A-Z\u00c0-\u00de][\w'’.-]{0,30}){0,2}")
_HOURS = re.compile(
    r"\b\d{1,2}(?:[.:h]\d{2}|\s*[ap]\.?m\.?|h)\s*(?:uhr|uur)?\s*(?:[-–—]|to|bis|tot|à|a|até|alle|al)\s*"
    r"\d{1,2}(?:[.:h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|uur|h)?\b",
    re.IGNORECASE,
)

TAIL = "after the article's last paragraph"

_MAX_PARTS = 4  # a list in parts under their headings, closing the article ("Mansioni", "Requisiti", "Si offre")

_MAX_PART_ITEMS = 6
_PART_ITEM_WORDS = 12

_ROW_OF_NAMES_COMMAS = 2  # a line-up's names under its label


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


_LABELLED_FACTS = 2  # labelled rows under a fact box's first row: a match's scorers and referee


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
        # (a Korean or Japanese blog's spoken sentence closes on a wave dash: "다음에는 꼭 봄에 다시 오고 싶어요~")
        return (ctx.words(i) >= 3 or (len(line.text) >= 4 and not ctx.spaced() and ctx.stats(i).unspaced)) and (
            ends_sentence(line.text) or ends_colon(line.text) or line.text.rstrip()[-1:] in _WAVE_DASHES
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
            if where == TAIL and pos + 1 < len(order) and lines[i].text.endswith(",") and (
                signed := _closing_salutation(ctx, i, order[pos + 1], kept=True)
            ):
                # (mail30) a newsletter's closing, kept, over its writer's name ("See you next week," / "Tom")
                out.update(signed)
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
        elif (
            where == TAIL
            and lines[i].text[-1:] not in ".!?:"
            and (closing := order[pos - 1] if pos else region.start - 1) >= 0
            and lines[closing].text.endswith(",")
            and (not pos or not furniture_at(closing))
            and (signed := _closing_salutation(ctx, closing, i, kept=True))
        ):
            # (mail30) a newsletter's writer signing under its last paragraph, whose last sentence is the closing
            # ("… See you next Friday," / "Anna"), the residue or the page's end under the name
            out.update(signed)
        elif where == TAIL and (signers := _signatories(ctx, order, pos)):
            # an open letter's closing over its signatories, each a name and a role ("Yours sincerely," over "Dr.
            # Tom Okoye, GP, Hadley Surgery", "Sarah Lyle, author", …)
            out.add(i)
            out.update(signers)
        elif where == TAIL and pos and issuer.match(lines[i].text) and article(order[pos - 1]):
            out.add(i)  # a notice's issuing body signing it, under its closing sentence ("特此通知。")
            if pos + 1 < len(order) and _ISSUE_DATE.fullmatch(lines[order[pos + 1]].text.strip()):
                out.add(order[pos + 1])  # and its date of issue right under it ("2026年12月4日"), a date alone
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


_COURTESY_WORDS = 10  # a closing courtesy: "Thanks in advance for any help", "Mit freundlichen Grüßen"


_ENTRY_NAME_WORDS = 8  # an event's name: "Concert de la Cobla Principal de la Bisbal"
_ENTRY_ROWS = 3  # rows under an event's date: its place, its admission, its hours
_ENTRY_ROW_WORDS = 4  # such a row the furniture test takes: "Barri Vell", "Gratuït", "Plaça de la Independència"
_ENTRIES = 2


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


_NO_STOP_CLAUSES = 3


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
