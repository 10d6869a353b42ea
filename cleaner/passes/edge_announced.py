"""What the article's own lines frame after its last paragraph: a list a line announces (a colon, a sentence
pointing at it with a full stop) and the text going on under it, items in lower case under a label, a
poem, short runs of furniture between the article's lines. The frame, not the items, makes them the
article's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from .edge_eastnorth import listed_past_box  # eastnorth40
from .edge_minor import compound_label  # minor39
from .edge_shared import (
    _CLOSING_LIST_ITEMS,
    _LABEL_COLON,
    _LIST_HEADING_WORDS,
    _LIST_NAME_WORDS,
    _MAX_ROWS_UNDER,
    _MIN_CONTINUATION_WORDS,
    _MIN_SHORT_CONTINUATION_WORDS,
    _PART_HEADING_WORDS,
    _PHONE,
    _SENTENCE_STOP_RATIO,
    _adjacent,
)
from .edge_shared import text_above as _line_above
from .furniture import DIGIT, URL


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
                and (ctx.words(announced[0]) >= 2 or compound_label(ctx, announced[0]))  # minor39
                and (
                    ((all(ctx.words(j) >= 2 for j in announced[1:]) or _named_items(ctx, announced))
                    and _under_text(ctx, furniture_at, announced[0]))
                    or listed_past_box(ctx, furniture_at, announced)  # eastnorth40
                )
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


def _named_items(ctx: Context, announced: list[int]) -> bool:
    """Whether the list ``announced`` (its colon line first) names places or things one word each under a label of
    two or three words with no figure ("Etkilenecek mahalleler:" over "Bahçelievler", "Emek", "Yenişehir", where an
    agglutinative language names a district in one word): three items or more, each opening on a capital, no figure,
    none a site's section (``structure.section_name``: a footer's "Rubriky:" over "Domov", "Svět" is one word, and
    "Our sections:" over "News", "Sport", "Culture" names sections)."""
    lines = ctx.doc.lines
    label, items = announced[0], announced[1:]
    if not _LABEL_WORDS[0] <= ctx.words(label) <= _LABEL_WORDS[1] or DIGIT.search(lines[label].text):
        return False
    if len(items) < _CLOSING_LIST_ITEMS:
        return False
    if not all(lines[j].text.strip()[:1].isupper() and not DIGIT.search(lines[j].text) for j in items):
        return False
    section = ctx.table("structure", "section_name")
    return not any(section.match(lines[j].text.strip()) for j in items)


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
    not a label's "Like this:"; :func:`_announcing_sentence`), it and the lines under it (a song's verse, a list, a
    table under its heading) up to a kept sentence of three words or more ("Rovers travel to City next Sunday."),
    at most ``_ANNOUNCED_LINES`` of them and none another pass took (a footer's menu stands by residue)."""
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
                    if span:
                        keep.add(i)  # (the line itself, which the furniture test takes in an unspaced script)
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
        if lines[i].removal is not None:
            continue  # (both lists stand under a kept line: a naive page's tail is long, and most of it gone)
        # (most lines point at no list: an empty one is no update of the set, a call that costs as much as it)
        items = _pointed_items(ctx, i, region.stop)
        if items:
            keep.update(items)
        items = _labelled_closing_list(ctx, i)
        if items:
            keep.update(items)
    return [i for i in furniture if i not in keep] if keep else furniture


def _labelled_closing_list(ctx: Context, i: int) -> list[int]:
    """Line ``i`` and the list under it when ``i`` is a short label closed by a colon, no figure, right under a kept
    sentence of the article's (``_MIN_SHORT_CONTINUATION_WORDS`` words or more), over ``_CLOSING_LIST_ITEMS`` to
    ``_POINTED_ITEMS`` items of up to ``_LIST_NAME_WORDS`` words each (no sentence, no label, no section's name)
    down to the page's last line: the article's list under its label ("Affected districts:" over "Southside",
    "Westfield", "Eastgate"; "단수 지역:" over "역삼동", …). A footer's label stands over residue other passes took or
    more of the footer, and a menu's links run on past its end; a list ending the page under the text's last
    sentence is the text's, under a label of two words or more: a menu's or a tag list's label is a word
    ("Sections:" over "Home", "News", "Sport"; "Tags:"). A clause whose verb closes on the colon (table
    ``structure.list_clause``: "The winners were:", "Die Gewinner sind:") announces the article's list, and the share
    row or the teasers other passes took may follow it: a footer's label names what follows and closes on no verb."""
    lines = ctx.doc.lines
    text = lines[i].text
    if lines[i].removal is not None or not ends_colon(text) or DIGIT.search(text):
        return []
    words = ctx.words(i)
    if not _LABEL_WORDS[0] <= words <= _CLAUSE_LABEL_WORDS:
        return []
    # (a clause whose verb closes on the colon announces the article's list: "The winners were:", "Die Gewinner
    # sind:"; the share row or the teasers other passes took may follow its list, where a label's must end the page)
    clause = ctx.table("structure", "list_clause").match(text.rstrip()) is not None
    if words > _LABEL_WORDS[1] and not clause:
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
        if clause and lines[j].removal is not None and len(items) >= _CLOSING_LIST_ITEMS:
            break  # (the page's residue other passes took, under the clause's list: the list ends there)
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
_CLAUSE_LABEL_WORDS = 6  # a clause announcing it (table structure.list_clause): "The five award winners were:"


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


def _announcing_sentence(ctx: Context, i: int) -> bool:
    """A sentence announcing what follows: it ends in a colon, with ``_MIN_CONTINUATION_WORDS`` words or more and
    more function words than the furniture test lets a line have; no list item. In a script written without spaces
    whose language has no table of function words (Chinese), a line of ``_MIN_SHORT_CONTINUATION_WORDS`` words or
    more (ten characters: "我最喜欢的地方有三个：", "my favourite places are three:"), the line reading as a
    clause: a label's "分类：" or "关于我：" is two words."""
    line = ctx.doc.lines[i]
    if line.lead or not ends_colon(line.text):
        return False
    if not ctx.stopwords:
        return ctx.words(i) >= _MIN_SHORT_CONTINUATION_WORDS and bool(ctx.stats(i).unspaced)
    return ctx.words(i) >= _MIN_CONTINUATION_WORDS and ctx.stats(i).stop_ratio > _SENTENCE_STOP_RATIO


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
        if i in gone and ctx.words(i) >= 5 and ends_colon(lines[i].text):
            # fallback35: a sentence of five words or more announcing the list under it with its colon ("Samkvæmt
            # Vegagerðinni eru helstu kostir nýju brúarinnar þessir:") is the article's own line, no row of the run
            # (the furniture test reads it as a label where no stopword list tells its function words)
            run = 0
            own += 1
        elif i in gone:
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


#: The region's lines from which one RE2 scan of the document costs less than the table's regexes on each.
_SCAN_FROM = 16


def summary_box_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """live35: ``furniture`` less a live blog's key points over its first entry: a summary heading (the
    ``structure.summary_heading`` table: "Key events", "Das Wichtigste in Kürze", "Les informations à retenir"; another
    pass may have taken it, as a tab's name) and ``_SUMMARY_ITEMS`` or more kept lines right under it, each of three
    words or more with one after the first in lower case (a point in sentence case, "Liz Truss loses South West Norfolk
    seat", or a sentence), up to the first line under them that another pass took or that is no such point. A menu's
    links under a heading of that name run to a word or two in title case ("Politics", "World News"), and stay
    furniture."""
    lines = ctx.doc.lines
    summary = ctx.table("structure", "summary_heading")
    # (a long region, a naive page's: the short lines the table may match at all, from one RE2 scan of the document; a
    # few lines: the table's regexes alone, cheaper than the scan)
    maybe = set(ctx.gated_lines(summary, _SUMMARY_HEADING_WORDS)) if len(region) >= _SCAN_FROM else None
    keep: list[int] = []
    for h in range(region.start, region.stop - _SUMMARY_ITEMS):
        if (maybe is not None and h not in maybe) or ctx.words(h) > _SUMMARY_HEADING_WORDS:
            continue
        if summary.match(lines[h].text) is None:
            continue
        items: list[int] = []
        j = h + 1
        while j < region.stop and lines[j].removal is None and _summary_point(ctx, j):
            items.append(j)
            j += 1
        if len(items) >= _SUMMARY_ITEMS and _points_of_the_text(ctx, items, region):
            keep.extend(items)
    if not keep:
        return furniture
    kept = set(keep)
    return [i for i in furniture if i not in kept]


def _points_of_the_text(ctx: Context, items: list[int], region: range) -> bool:
    """Half of the points ``items`` or more are in the words of the article's text under the region (half their long
    words in its lines): what a live blog's entries tell, the points sum up; an "In brief" box of other stories is not
    in them."""
    lines = ctx.doc.lines
    words = {w for j in range(region.stop, len(lines)) if lines[j].removal is None for w in _words(lines[j].text)}
    ours = 0
    for j in items:
        mine = _words(lines[j].text)
        if mine and sum(1 for w in mine if w in words) * 2 >= len(mine):
            ours += 1
    return ours * 2 >= len(items)


def _words(text: str) -> list[str]:
    """The words of four letters or more of ``text``, lower-cased, their punctuation stripped."""
    out: list[str] = []
    for token in lower(text).split():
        word = token.strip(_PUNCTUATION)
        if len(word) >= _LONG_WORD:
            out.append(word)
    return out


_PUNCTUATION = ".,;:!?\"'«»“”„‘’()[]…–—-"
_LONG_WORD = 4


def _summary_point(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a summary's point: three to ``_SUMMARY_POINT_WORDS`` words, one after the first in lower
    case, no list's label ("Weight: 1.2 kg")."""
    text = ctx.doc.lines[i].text
    words = text.split()
    return (
        3 <= ctx.words(i) <= _SUMMARY_POINT_WORDS
        and not _LABEL_COLON.search(text)
        and any(word[:1].islower() for word in words[1:])
    )


_SUMMARY_ITEMS = 3  # a key-points box's points, at the least
_SUMMARY_HEADING_WORDS = 5  # "What we know so far"
_SUMMARY_POINT_WORDS = 30  # a point written as a sentence
