"""Lines of the article's own sections that other passes' patterns match: a paper's keywords under its
abstract, an interview's short answer, a subheading in a series ("Watch", "Listen", "Read").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from ..context import Context
from ..sentences import residue_of
from ..textstats import ends_colon, ends_sentence, lower
from .edge_shared import _NO_STOP_SENTENCE_WORDS, NO_STOP_SCRIPT, _adjacent, text_below

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
    """``furniture`` less a paper's keywords right under its abstract: the label (:func:`abstract_keywords`), the
    region's first furniture with only the abstract's kept lines over it, and the line of terms right under it,
    parted by commas or semicolons, no sentence; or the label with its terms on its line ("Keywords: bees;
    hedgerows"). They are the abstract's."""
    lines = ctx.doc.lines
    # (the label right under the abstract's last line, short as that line may be: "Výnosy v suchých letech klesly v
    # průměru o 18 %." is no anchor of the text's edge, and the region starts over it)
    label = next((i for i in region if i in furniture or lines[i].removal is not None), -1)
    if label not in furniture or not _adjacent(ctx, region.start, label):
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
    the whole word), opens a word of the paragraph under it, or the whole word one of the paragraph over it
    (:func:`_speaks_of`; in a script without case, glued to a prefix or not: "ผู้ลงทะเบียน",
    Hebrew's "הביטול"). A site's label or button between two paragraphs names nothing the article speaks of, or
    names its newsletter ("Pick Six Newsletter"); its box's pitch under it is a line the tables take."""
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
    # (the paragraph over it by the whole word, "Uutiskirje" under "… uutiskirjeitä."; a button's verb shares a stem
    # with a participle there: "Réserver" under "… restera réservé aux bateaux …")
    return _speaks_of(lower(lines[after].text), stem) or _speaks_of(lower(lines[before].text), word)


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


_ABSTRACT_PARTS = 3  # academic36: a structured abstract's labelled parts, each over its sentence, on the page
_ABSTRACT_LABEL_WORDS = 4  # academic36: the longest label ("Main outcome measures", "Material und Methoden")


#: The furniture lines from which one RE2 scan of the document costs less than the table's regexes on each.
_SCAN_FROM = 8


def abstract_parts(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """academic36: ``furniture`` less a structured abstract's labels at the article's edges ("Background",
    "Hintergrund", "OBJETIVO", "Doel", the abstract's heading "Zusammenfassung" over them, "Einleitung" over the
    body's first sentence; table ``structure.abstract_section``): each right over a kept sentence, or over another
    such label that stays, on a page where ``_ABSTRACT_PARTS`` such labels or more stand each right over a sentence,
    one of them right under the abstract's heading (table ``structure.opening_heading``: "Abstract" over
    "Background", "RESUMO" over "OBJETIVO"). A paper's short sentences leave its labels outside the article's long
    paragraphs, in the runs of the page's furniture; a menu's "Results" over a story's first sentence stands on a page
    with no abstract's heading over its labels, and goes."""
    table = ctx.table("structure", "abstract_section")
    lines = ctx.doc.lines
    gone = set(furniture)
    short = _ABSTRACT_LABEL_WORDS
    # (a long run, a naive page's: the short lines the table may match at all, from one RE2 scan of the document,
    # first; a few lines, an extract's: the table's regexes alone, cheaper than the scan)
    maybe = set(ctx.gated_lines(table, short)) if len(furniture) >= _SCAN_FROM else None
    labels = [
        i for i in furniture
        if (maybe is None or i in maybe) and ctx.words(i) <= short and table.match(lines[i].text.strip())
    ]
    if not labels:
        return furniture
    if maybe is None:
        maybe = set(ctx.gated_lines(table, short))
    opening = ctx.table("structure", "opening_heading")
    parts = 0
    headed = False  # (the abstract's heading right over its first label: "Abstract" over "Background")
    above = -1
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if i in maybe and line.removal is None and ctx.words(i) <= short and table.match(line.text.strip()):
            j = text_below(ctx, i)
            if j >= 0 and ends_sentence(lines[j].text.strip()) and not table.match(lines[j].text.strip()):
                parts += 1
                headed = headed or (above >= 0 and opening.match(lines[above].text.strip()) is not None)
        above = i
    if parts < _ABSTRACT_PARTS or not headed:
        return furniture
    kept: set[int] = set()
    for i in reversed(labels):
        j = text_below(ctx, i)
        if j < 0 or lines[j].removal is not None:
            continue
        if j in kept or (j not in gone and ends_sentence(lines[j].text.strip())):
            kept.add(i)
    return [i for i in furniture if i not in kept] if kept else furniture
