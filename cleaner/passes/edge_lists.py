"""The article's own lists under their headings at its edges, which the furniture test alone would take:
a list closing or opening the article, one signed off by a sentence, a list of steps inside prose, a short
list over a question or running on into the article's lines. Each guard takes the furniture of a region
and returns it less the lines it keeps (:class:`~cleaner.passes.structure.EdgeFurniture`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import pairwise

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from .edge_epaper import sentence_under_text  # epaper47
from .edge_shared import (
    _CLOSING_LIST_ITEMS,
    _LABEL_COLON,
    _LIST_HEADING_WORDS,
    _LIST_ITEM_WORDS,
    _MIN_CONTINUATION_WORDS,
    _MIN_SHORT_CONTINUATION_WORDS,
    _PART_HEADING_WORDS,
    _PHONE,
    _adjacent,
)
from .furniture import DIGIT, command_line
from .markdown import code_line

_BYLINE_PASSES = frozenset({"byline", "dateline", "clock-line"})  # (between the key points and the text)
_MENU_LINK_WORDS = 3


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


def signed_notice(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a notice's signature block after its last paragraph: a line opening on a signature's mark
    and a name (table ``structure.signature_mark``: "gez. Christian Geselle", "(signed) J. Smith", "Fdo.: Ana
    Ruiz", "w.g. P. de Vries"), up to ``_SIGNATURE_OVER`` short lines right over it down from the article's kept
    line or its date (the body that signs: "Der Magistrat", "Für den Kreisausschuss") and the one short line right
    under it, each word capitalised (the signer's office: "Oberbürgermeister", "Town Clerk"; a link there, "Zurück
    zur Übersicht", has a word in lower case). Only the mark tells a public notice's signature from the page's
    links: an office or a body's name alone closing the text reads as a menu's ("Mkurugenzi Mtendaji" is left to
    the run)."""
    lines = ctx.doc.lines
    table = ctx.table("structure", "signature_mark")
    taken = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if ctx.words(i) > _SIGNATURE_WORDS or not table.match(lines[i].text):
            continue
        top = i
        while i - top < _SIGNATURE_OVER and top - 1 >= region.start and top - 1 in taken and (
            ctx.words(top - 1) <= _SIGNATURE_WORDS
        ):
            top -= 1
        above = top - 1
        gone = lines[above].removal if above >= 0 else None
        if above < region.start - 1 or above in taken or (gone is not None and gone.pass_name != "dateline"):
            continue  # (the block stands right under the article's own line, or under its date: "Dated 1 June 2024")
        keep.update(range(top, i + 1))
        under = i + 1
        office = lines[under].text.split() if under in taken else []
        if 0 < len(office) <= _OFFICE_WORDS and not any(w[:1].islower() or DIGIT.search(w) for w in office):
            keep.add(under)  # (a link under it, "Zurück zur Übersicht", has a word in lower case)
    return [i for i in furniture if i not in keep] if keep else furniture


_SIGNATURE_WORDS = 5  # "gez. Dr. Anna-Maria von Berg"
_SIGNATURE_OVER = 2  # the body signing: "Der Magistrat", "Für den Kreisausschuss des Landkreises"
_OFFICE_WORDS = 3  # "Oberbürgermeister", "Erster Kreisbeigeordneter"


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


def sectioned_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the article's closing part in sections right under its last long paragraph: headings
    over lists of phrases, as a job ad closes ("What you will do" over "Improve the reliability of our payment
    processing", "Mentor junior engineers", then "What we are looking for"; "Ihr Profil:" over "abgeschlossene
    Ausbildung als Pflegefachkraft", "Bereitschaft zum Schichtdienst", then "Wir bieten:"). The block:
    ``_SECTIONED_LINES`` or more kept lines together from right under the paragraph (nothing removed between) to
    a line another pass took or the page's end, none of more than ``_SECTION_LINE_WORDS`` words, its first line a
    list's heading. Its sections, either way:

    - two or more labels closed by a colon (no figure, up to ``_LIST_HEADING_WORDS`` words), and two thirds or more
      of the other lines phrases (:func:`_phrase_line`: three words or more, one after the first in lower case, or
      opening in lower case);
    - or two or more headings of function words, no colon ("What you will do", "What we offer": half their words or
      more; or two or more opening with the same word, "Cosa farai" / "Cosa cerchiamo"), each over two phrases, one
      with a word of content in lower case (:func:`_content_phrase`: "Mentor junior engineers", not a menu's
      "Mensagens de Bom Dia"), and two thirds or more of the other lines such phrases.

    A footer's columns and a site's lists of topics are links in title case ("Mensagens de Bom Dia", "Search
    fact-checks by person") under a heading of one word or of content words, and stand under the page's residue
    (share buttons, more stories), not right under the text."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None and lines[i].text.strip()]
    if len(kept) < _SECTIONED_LINES or not _adjacent(ctx, region.start - 1, kept[0]):
        return furniture
    block: list[int] = []
    for i in kept:
        if block and not _adjacent(ctx, block[-1], i):
            break
        if ctx.words(i) > _SECTION_LINE_WORDS:
            return furniture
        block.append(i)
    if len(block) < _SECTIONED_LINES or not _list_heading_line(ctx, block[0]):
        return furniture
    in_block = set(block)
    after = next((i for i in range(block[-1] + 1, region.stop) if lines[i].text.strip()), None)
    if after is not None and lines[after].removal is None:
        return furniture
    labels = [i for i in block if ends_colon(lines[i].text) and _list_heading_line(ctx, i)]
    others = [i for i in block if not ends_colon(lines[i].text)]
    if len(labels) >= 2 and 3 * sum(1 for i in others if _phrase_line(ctx, i)) >= 2 * len(others):
        return [i for i in furniture if i not in in_block]
    phrase = [_phrase_line(ctx, i) for i in block]
    content = [_content_phrase(ctx, i) for i in block]
    over = {
        i
        for n, i in enumerate(block)
        if ctx.words(i) <= _SECTION_HEADING_WORDS
        and _list_heading_line(ctx, i)
        and not ends_colon(lines[i].text)
        and len(phrase[n + 1 : n + 3]) == 2
        and all(phrase[n + 1 : n + 3])
        and any(content[n + 1 : n + 3])
    }
    headings = {i for i in over if bool(ctx.stopwords) and ctx.stats(i).stop_ratio >= _HEADING_STOP_RATIO}
    # (or headings opening with the same word in a capital, however few function words they hold: "Cosa farai" /
    # "Cosa cerchiamo", each over its items: a menu's links one under another, "Search fact-checks by subject" /
    # "Search fact-checks by person", are no two headings)
    at = {i: n for n, i in enumerate(block)}
    apart = [
        i
        for i in over
        if ctx.words(i) >= 2
        and lines[i].text[:1].isupper()  # (a heading's capital: no command's "sudo apt update" / "sudo ufw allow …")
        and not any(block[m] in over for m in (at[i] - 1, at[i] + 1) if 0 <= m < len(block))
    ]
    firsts = [lower(lines[i].text.split()[0]) for i in apart]
    headings |= {i for i in apart if firsts.count(lower(lines[i].text.split()[0])) >= 2}
    items = [n for n, i in enumerate(block) if i not in headings and not ends_colon(lines[i].text)]
    if len(headings) < 2 or 3 * sum(1 for n in items if content[n]) < 2 * len(items):
        return furniture
    return [i for i in furniture if i not in in_block]


def _phrase_line(ctx: Context, i: int) -> bool:
    """A list's item as a phrase, no menu's link: three words or more, one after the first in lower case ("Mentor
    junior engineers", "5+ years of experience with Python"), or two or more opening in lower case ("abgeschlossene
    Ausbildung als Pflegefachkraft"); not closed by a colon."""
    text = ctx.doc.lines[i].text.strip()
    words = text.split()
    if ends_colon(text) or len(words) < 2:
        return False
    if words[0][:1].islower():
        return True
    return len(words) >= 3 and any(word[:1].islower() for word in words[1:])


def _content_phrase(ctx: Context, i: int) -> bool:
    """A phrase (:func:`_phrase_line`) with a word of content in lower case after its first ("Mentor junior
    engineers", "30 days of paid holiday"), or opening in lower case: not a title's "Mensagens de Bom Dia", whose
    words in lower case are function words alone."""
    if not _phrase_line(ctx, i):
        return False
    words = ctx.doc.lines[i].text.split()
    if words[0][:1].islower():
        return True
    stop = ctx.stopwords
    return any(word[:1].islower() and lower(word.strip(".,;()")) not in stop for word in words[1:])


_SECTIONED_LINES = 6  # a closing part in sections: two headings over two items each, at least
_SECTION_LINE_WORDS = 14  # a section's item: a phrase, no paragraph
_SECTION_HEADING_WORDS = 5  # a section's heading without a colon: "What we are looking for"
_HEADING_STOP_RATIO = 0.5  # its function words: "What we offer", not a menu's "Search fact-checks by person"


def label_over_kept_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a label closed by a colon (no figure, two to ``_LIST_HEADING_WORDS`` words) between a kept
    sentence of the article's right over it and two or more lines right under it that stay (the guards kept them
    as the article's list: "Documenti necessari:" over "ricevute di pagamento della retta", "ISEE minorenni in corso
    di validità"): the list's label, which without it reads as a bare list. A footer's label ("Follow us:",
    "Kontakt:") stands under residue another pass took or over its links that go with it."""
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if not ends_colon(lines[i].text) or not _list_heading_line(ctx, i) or ctx.words(i) < 2:
            continue  # (a tag list's or a menu's label is a word: "Mehr:", "Tags:")
        above = i - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        if (
            above < 0
            or above in taken
            or lines[above].removal is not None
            or not ends_sentence(lines[above].text)
            or (
                ctx.words(above) < _MIN_SHORT_CONTINUATION_WORDS
                and not sentence_under_text(ctx, above, taken)  # epaper47: a short sentence under the text's
            )
        ):
            continue
        under = [j for j in range(i + 1, min(region.stop, i + 1 + _LABEL_LOOKAHEAD)) if lines[j].text.strip()][:2]
        if len(under) == 2 and all(j not in taken and lines[j].removal is None for j in under) and _adjacent(
            ctx, i, under[-1]
        ):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


_LABEL_LOOKAHEAD = 6  # the lines looked at under a label for its first two items (blank lines between)
_HEAD_LIST_ITEMS = 12  # the most items a label over the article's first paragraph announces ("Starting grid:")


def label_over_head_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a label closed by a colon (two to ``_LIST_HEADING_WORDS`` words, no figure) over two to
    ``_HEAD_LIST_ITEMS`` lines that all stay, down to the article's first paragraph right under them ("Starting
    grid:" over "1. Max Verstappen (Red Bull)", …, under a headline, byline and stamp that go): the list's label,
    which the run of furniture over it took while its items stayed. A menu's label stands over links that go with
    it; a one-word label ("Mehr:", "Tags:") is a widget's."""
    lines = ctx.doc.lines
    stop = region.stop
    if stop >= len(lines) or lines[stop].removal is not None or not ends_sentence(lines[stop].text):
        return furniture
    taken = set(furniture)
    for i in furniture:
        if not ends_colon(lines[i].text) or ctx.words(i) < 2 or not _list_heading_line(ctx, i):
            continue
        under = [j for j in range(i + 1, stop) if lines[j].text.strip()]
        if 2 <= len(under) <= _HEAD_LIST_ITEMS and all(j not in taken and lines[j].removal is None for j in under):
            return [j for j in furniture if j != i]
    return furniture


# a release's heading in a changelog: an optional word ("Version", "Versión", "Wersja", "v"), a version number of two
# to four parts, and perhaps its date or a short note ("Version 4.2.0 (12 March 2024)", "v2.8 – 15. Januar 2024")
_VERSION_HEADING = re.compile(r"(?:[^\W\d_]{1,12} )?[vV]?(\d{1,4}(?:\.\d{1,4}){1,3})\b(?:\s*[-–—(,:]?\s*[^!?]{1,40})?")
_VERSION_HEADING_WORDS = 8
_CHANGELOG_ITEM_WORDS = 12  # "Fixed a crash when opening files over 2 GB" (the furniture test's bound)
_VERSIONS = 2  # releases in a changelog closing the article, each over its items


def _version(ctx: Context, i: int) -> tuple[int, ...] | None:
    """The version number of line ``i`` if it is a changelog's release heading (``_VERSION_HEADING``)."""
    if ctx.words(i) > _VERSION_HEADING_WORDS or not ctx.digit(i):
        return None
    found = _VERSION_HEADING.fullmatch(ctx.doc.lines[i].text.strip())
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def changelog_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a changelog closing the article right under its last long paragraph: ``_VERSIONS`` or
    more release headings ("Version 4.2.0", "v4.1.3 (2 May 2024)") each over one item or more ("Offline sync for
    all notes", "Bug fixes"; up to ``_CHANGELOG_ITEM_WORDS`` words, no heading of its own), the versions going down (or
    up) from one heading to the next, and under the last item a line another pass took or the page's end. A
    footer's one "Version 2.3.1" heads no items, a sidebar's list of releases heads none each, and a menu's
    "iPhone 15" / "iOS 17.4" hold no version over items."""
    lines = ctx.doc.lines
    first = next((i for i in region if lines[i].text.strip()), None)
    if first is None or lines[first].removal is not None or _version(ctx, first) is None:
        return furniture  # (most pages: the first line under the text is no release's heading)
    if not _adjacent(ctx, region.start - 1, first):
        return furniture
    block: list[int] = []
    for i in range(first, region.stop):
        if lines[i].removal is not None:
            break  # (under the block, blank lines to a line another pass took or to the page's end)
        if lines[i].text.strip():
            block.append(i)
    versions: list[tuple[int, ...]] = []
    items = 0
    for i in block:
        version = _version(ctx, i)
        if version is not None:
            if versions and not items:
                return furniture  # a release heading over no item: a list of releases, no changelog
            versions.append(version)
            items = 0
        elif not versions or ctx.words(i) > _CHANGELOG_ITEM_WORDS or ends_colon(lines[i].text):
            return furniture
        else:
            items += 1
    if len(versions) < _VERSIONS or not items:
        return furniture
    steps = [a > b for a, b in pairwise(versions)]
    if any(a == b for a, b in pairwise(versions)) or (any(steps) and not all(steps)):
        return furniture  # (the same version twice, or going both ways: no release history)
    keep = set(block)
    return [i for i in furniture if i not in keep]


def listed_form_messages(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of ``mine``, a form's messages (table ``form_status``) that a how-to lists as its own: the run of them
    right under the article's sentence closed by a colon ("The most common messages users see are:" over
    "Invalid email", "This field is required"; a story's "the screen flashed the same message as before:" over
    "Something went wrong. Please try again."). A form's messages stand under its fields and button, residue (or a
    short label: "Email:") over them. Read by newsletter-prompt and site-chrome, whose tables both know such lines."""
    lines = ctx.doc.lines
    status = ctx.table("signup", "form_status")
    out: set[int] = set()
    for i in mine:
        if not status.match(lines[i].text):
            continue
        j = i - 1
        # (up over the list's other messages, which a pass before may have kept already)
        while j >= 0 and lines[j].removal is None and status.match(lines[j].text):
            j -= 1
        if (
            j >= 0
            and lines[j].removal is None
            and j not in hits
            and ends_colon(lines[j].text)
            and ctx.words(j) >= _ANNOUNCING_WORDS
        ):
            out.add(i)
    return out


_ANNOUNCING_WORDS = 6  # a sentence announcing a list ("Typical messages include:"), not a field's label ("Email:")


# -- docs33 ------------------------------------------------------------------------------------------------------------


def code_line_at(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a line of a documentation page's code sample (:func:`~.markdown.code_line`, or a command
    line as the furniture test reads one)."""
    text = ctx.doc.lines[i].text
    return code_line(text) or (text[:1].islower() and command_line(text))


def code_through(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a documentation page's text going on under its last long paragraph, its code sample among
    it: from right under the paragraph, the lines down to the last line of code (:func:`code_line_at`) or of the
    article's (a sentence, a list item, a line no furniture) that follows it, each within ``_CODE_GAP`` lines of the
    one before (furniture, or one line another pass took: a heading site-chrome read as a menu's link, "Iniciar
    sesión" over "acme login"), ``_CODE_LINES`` lines of code at least among them. A how-to's steps and its sections'
    headings ("Opciones", "Troubleshooting") stand between its commands; the page's feedback box, pager and footer
    stand in a run of residue under the last of them, past the gap ("Was this page helpful?" "Yes" "No" "Previous"
    …)."""
    lines = ctx.doc.lines
    before = region.start - 1
    if not furniture or before < 0 or lines[before].removal is not None:
        return furniture
    gone = set(furniture)
    end = -1
    codes = gap = taken = 0
    for i in region:
        line = lines[i]
        if not line.text.strip():
            continue
        if line.removal is not None:
            taken += 1
            gap += 1
            if taken > 1 or gap > _CODE_GAP:
                break
            continue
        if code_line_at(ctx, i):
            codes += 1
        elif i in gone:
            gap += 1
            if gap > _CODE_GAP:
                break
            continue
        end = i
        gap = taken = 0
    if codes < _CODE_LINES:
        return furniture
    return [i for i in furniture if i > end]


_CODE_GAP = 3  # lines of furniture between two of the text's (two headings over a command)
_CODE_LINES = 2  # lines of code under the last paragraph, at least (one alone may be a stray script's)


def step_or_code_heading(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the kept line at ``pos`` of ``kept``, a line a site-chrome pattern matched, is a how-to's own: a step
    naming a menu's path (:func:`_menu_path_step`: "Go to Settings > Privacy > Cookies.") or a section's heading by a
    line of code, no other hit on either side ("Iniciar sesión" over "acme login", under "npm install -g acme-cli"):
    a docs page's sections, where a site's menu stands among its other links."""
    i = kept[pos]
    if _menu_path_step(ctx, kept, pos, hits):
        return True
    text = ctx.doc.lines[i].text
    if ctx.words(i) > _CODE_HEADING_WORDS or not 0 < pos < len(kept) - 1:
        return False
    if not all(c.isalpha() or c in " -" for c in text):
        return False  # (a heading's words only: no link, no label's colon, "Retrieved from "https://…"")
    above, below = kept[pos - 1], kept[pos + 1]
    if above in hits or below in hits:
        return False
    return code_line_at(ctx, above) or code_line_at(ctx, below)


_CODE_HEADING_WORDS = 3


def _lower_word(text: str) -> bool:
    """Whether a word of ``text`` after its first opens in lower case (a step's "Allez dans Paramètres"; a
    breadcrumb's section is a name: "Accueil", "User Guide")."""
    return any(word[:1].islower() for word in text.split()[1:])
_PATH_MARKS = (" > ", " › ", " → ", " » ")


def _menu_path_step(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """A step of a how-to naming the path through an app's menus, which a breadcrumb's pattern reads: a sentence
    closed by a full stop after a lower-case letter or after a first part with a word in lower case ("Go to Settings >
    Privacy > Cookies.", "Allez dans Paramètres > Développeurs > Clés API."; a breadcrumb closes on a section's name,
    its parts names), or the path alone between two of the article's short sentences (steps of up to
    ``_STEP_WORDS`` words), no other hit on either side ("Settings > Privacy > Cookies" between "Open the app." and
    "Tap Clear cookies."): a breadcrumb stands over the headline, among a site's links, under the text over its
    footer, or between two paragraphs of a story."""
    text = ctx.doc.lines[kept[pos]].text
    if not any(mark in text for mark in _PATH_MARKS):
        return False
    if text[-1:] == "." and (text[-2:-1].islower() or _lower_word(text.split(">")[0].split("›")[0])):
        return True
    if not 0 < pos < len(kept) - 1:
        return False
    above, below = kept[pos - 1], kept[pos + 1]
    if above in hits or below in hits:
        return False
    if ctx.words(above) > _STEP_WORDS or ctx.words(below) > _STEP_WORDS:
        return False  # (a breadcrumb between two paragraphs of a story: no step's short sentence beside it)
    up, down = ctx.doc.lines[above].text, ctx.doc.lines[below].text
    return (ends_sentence(up) or ends_colon(up)) and ends_sentence(down)


_STEP_WORDS = 14  # a step's sentence: "Tippen Sie dort auf die App, deren Zugriff Sie ändern wollen."


def note_through(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a how-to's section closed by its note under the article's last long paragraph: from right
    under the paragraph down to a sentence opened by a note's label (``note_label``: "Importante: si has cambiado de
    domicilio, lleva …", "Tip: …"), nothing another pass took between, no run of furniture longer than
    ``_MAX_NOTE_RUN`` lines and one line at least that is no furniture (a numbered step, a row of data) among them:
    the section's heading and its items ("Documentación" over "DNI anterior", "Fotografía en color con fondo blanco").
    A footer's notice ("Hinweis: Alle Angaben ohne Gewähr.") stands under a menu that is all furniture, or under
    the residue other passes took."""
    lines = ctx.doc.lines
    before = region.start - 1
    if not furniture or before < 0 or lines[before].removal is not None:
        return furniture
    gone = set(furniture)
    run = own = 0
    close = -1
    notes = None
    for i in region:
        line = lines[i]
        if not line.text.strip():
            continue
        if line.removal is not None or i - region.start > _NOTE_SPAN:
            break
        if i in gone:
            run += 1
            if run > _MAX_NOTE_RUN:
                break
            continue
        run = 0
        text = line.text
        if ":" in text[:_NOTE_LABEL_CHARS] and ends_sentence(text):
            if notes is None:
                notes = ctx.table("structure", "note_label")
            if notes.match(text):
                close = i
                break
        own += 1
    if close < 0 or not own:
        return furniture
    return [i for i in furniture if not region.start <= i < close]


_NOTE_SPAN = 16  # lines under the paragraph the note may close
_MAX_NOTE_RUN = 3  # a heading over two items
_NOTE_LABEL_CHARS = 24  # where the label's colon stands ("Bon à savoir :")


def toc_of_sections_above(ctx: Context, heading: int, kept: list[int], key: Callable[[str], str]) -> list[int]:
    """The entries of a docs page's table of contents printed under the article (its sidebar's "On this page", "Auf
    dieser Seite"): the run of short lines right under its ``heading``, each again among the kept lines over the
    heading, alone on its line (a section's heading above: "Voraussetzungen", "Installation prüfen"); ``key``: how
    an entry and a heading are compared. The run ends at the first line that heads no section above (a pager's
    title, "Überblick"); fewer than ``_SIDEBAR_ENTRIES`` entries make no table (a kit's "Contents" over what is in the
    box names nothing above it)."""
    lines = ctx.doc.lines
    above = {key(lines[j].text) for j in kept if j < heading}
    entries: list[int] = []
    for i in kept:
        if i <= heading:
            continue
        text = lines[i].text.strip()
        if ctx.words(i) > _SIDEBAR_ENTRY_WORDS or text[-1:] in ".!?" or not any(c.isalpha() for c in text):
            break
        k = key(text)
        if not k or k not in above:
            break
        entries.append(i)
    return entries if len(entries) >= _SIDEBAR_ENTRIES else []


_SIDEBAR_ENTRIES = 2
_SIDEBAR_ENTRY_WORDS = 8


# verse35: a verse, a haiku or a shortlist a sentence of the article announces with its colon, between two of its
# paragraphs
_ANNOUNCED_GAP_LINES = 12  # the lines one colon announces (a hymn's verse, an anthem's stanza, a shortlist)
_ANNOUNCER_WORDS = 5  # "Second prize was awarded to Dev Malhotra:"; a label's "Read more:" or "Más leídas hoy:" is less


def _announcer(ctx: Context, i: int) -> bool:
    """verse35: Line ``i`` closes on a colon as a clause of the article's does: ``_ANNOUNCER_WORDS`` words or more, a
    function word among them, no list item ("Its first verse is the one most fans know:", "Second prize was awarded to
    Dev Malhotra of Pune, India:"; a label's "Read more:", "Follow us:" is shorter)."""
    line = ctx.doc.lines[i]
    return (
        not line.lead
        and ends_colon(line.text)
        and ctx.words(i) >= _ANNOUNCER_WORDS
        and ctx.stats(i).stop_ratio > 0
    )


def announced_gap(ctx: Context, first: int, at: int) -> bool:
    """verse35: Whether the kept lines between two of the article's paragraphs, from the gap's first line of
    furniture ``first`` to the paragraph at ``at``, are what the article quotes: the kept line right over them closes
    on a colon as a clause does (:func:`_announcer`: "First prize went to Evelyn Price … for a poem about the first
    warm day of the year:"), nothing another pass took among them, and at most ``_ANNOUNCED_GAP_LINES`` kept lines
    after each such clause (a haiku's three lines, "Second prize was awarded to Dev Malhotra of Pune, India:", its
    haiku). A menu between two paragraphs stands under no clause closing on a colon, and residue stands beside it."""
    lines = ctx.doc.lines
    if first < 1:
        return False
    above = first - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    if above < 0 or lines[above].removal is not None or not _announcer(ctx, above):
        return False
    run = 0
    for j in range(first, at):
        line = lines[j]
        if not line.text.strip():
            continue
        if line.removal is not None:
            return False
        if _announcer(ctx, j):
            run = 0
            continue
        run += 1
        if run > _ANNOUNCED_GAP_LINES:
            return False
    return True


_CLOSING_QUOTE_LINES = (3, 40)  # a haiku's lines to a long poem's
_CLOSING_QUOTE_WORDS = 12  # a verse line, a shortlisted work; a paragraph is longer
_VERSE_ENDS = ",;–—-"  # a verse line's end ("Die Erde still geküsst,"); a menu's item closes on none of them


def closing_quote(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """verse35: ``furniture`` less what the article quotes at its very end, right under its last long paragraph: the
    paragraph, or a short line right under it ("Here it is:"), closes on a colon, and under it, line after line (blank
    lines between: a poem's stanza breaks), kept lines of ``_CLOSING_QUOTE_WORDS`` words at most, no figure nor address
    in them, up to a line another pass took, a sentence of the article's (``_MIN_CONTINUATION_WORDS`` words or more:
    the guards of a text going on judge what is under it) or the page's end, three or more, that are

    - a poem's verse: half of them or more open in lower case or close on a comma, a semicolon or a dash ("Feed the
      hens", "bank the stove", …; "Es war, als hätt’ der Himmel" / "Die Erde still geküsst,"), a menu's items are
      capitalised names closing on nothing; or
    - a shortlist, under a clause of ``_ANNOUNCER_WORDS`` words or more: every line a work's title by its author ("The
      Weight of Small Things by Amara Okoye") or a title and its author after a dash ("Zoutwater - Lies Van Damme").

    A footer's "Follow us:" over "Facebook", "Instagram" is neither."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    anchor = region.start - 1
    j = region.start
    while j < region.stop and not lines[j].text.strip():
        j += 1
    if anchor >= 0 and lines[anchor].removal is None and ends_colon(lines[anchor].text):
        colon = anchor
    elif (
        j < region.stop and lines[j].removal is None and not lines[j].lead and ends_colon(lines[j].text)
        and ctx.words(j) <= _CLOSING_QUOTE_WORDS and ctx.stats(j).stop_ratio > 0
    ):
        colon = j
        j += 1
    else:
        return furniture
    run: list[int] = []
    while j < region.stop:
        line = lines[j]
        if not line.text.strip():
            j += 1
            continue
        if line.removal is not None:
            break
        if ctx.words(j) >= _MIN_CONTINUATION_WORDS and ends_sentence(line.text):
            break  # (the article's sentence under the quote: "Salt Year is out now on Hollow Ridge Records.")
        if ctx.words(j) > _CLOSING_QUOTE_WORDS or DIGIT.search(line.text) or "://" in line.text or "www." in line.text:
            return furniture
        run.append(j)
        if len(run) > _CLOSING_QUOTE_LINES[1]:
            return furniture
        j += 1
    if len(run) < _CLOSING_QUOTE_LINES[0]:
        return furniture
    verse = sum(1 for k in run if lines[k].text[:1].islower() or lines[k].text.rstrip()[-1:] in _VERSE_ENDS)
    works = _announcer(ctx, colon) and all(_work_and_author(lines[k].text) for k in run)
    if verse * 2 < len(run) and not works:
        return furniture
    keep = set(run) | {colon}
    return [i for i in furniture if i not in keep]


_WORK_BY = frozenset({"by", "von", "par", "di", "door", "van", "de", "av", "autorstwa"})
_TITLE_DASHES = (" - ", " – ", " — ")


def _work_and_author(text: str) -> bool:
    """verse35: ``text`` names a work and its author: a title, a by-word and two or three capitalised words ("Salt Year
    by Mara Ellison"), or a title, a dash and a name of two to four capitalised words ("Salzwiesen – Jonas Brandt")."""
    for dash in _TITLE_DASHES:
        title, found, name = text.rpartition(dash)
        if found and title.strip():
            words = name.split()
            return 2 <= len(words) <= 4 and all(w[:1].isupper() or w in {"de", "van", "von", "da", "di"} for w in words)
    words = text.split()
    for n in (2, 3):
        if len(words) > n + 1 and words[-n - 1] in _WORK_BY:
            return all(w[:1].isupper() for w in words[-n:])
    return False
