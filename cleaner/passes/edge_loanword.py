"""s43: an English widget word that is a word of the page's own language, heading a section of its prose.

Every page gets the English tables beside its own (sites in every language print English widget words). A bare
English comment control ("Quote", "Report") is also an ordinary word elsewhere: Italian "Quote" heads a match
preview's odds, German "Quote" a poll's share or a lottery's payout, "Report" an Italian section. On a page in
another language, such a one-word line that the language's table ``comments.own_word`` names as its own word,
between two sentences of the page's prose and with no other widget control near it, is the article's heading:
comment-ui spares it. Controls come in clusters (a comment's "Reply" / "Report" / "Like", the next reader's name or
time), so one alone between paragraphs is not a comment box's. A control that is no word of the page's language
("Reply" on a Polish page) still goes, and an English page keeps reading the bare word as its control.
"""

from __future__ import annotations

import re
from typing import Final

from .. import language as lang_mod
from ..context import Context
from ..textstats import ends_sentence, lower
from ..vocab import table

_PROSE_WORDS: Final = 8  # each neighbour a sentence of the page's prose, not a commenter's name or a time
_CLUSTER: Final = 3  # no other line a widget pass took this near: controls come in rows


def own_language_heading(ctx: Context, mine: list[int], family: str, pass_name: str) -> set[int]:
    """Of ``mine`` (lines ``pass_name`` found), the one-word lines on a page not in English that its language's table
    ``<family>.own_word`` names, each between two kept sentences of ``_PROSE_WORDS`` words or more, with no line
    ``pass_name`` found within ``_CLUSTER`` lines of it."""
    languages = ctx.vocab_languages
    if languages == ("en",) or not mine:
        return set()
    lines = ctx.doc.lines
    found = set(mine)
    own = None
    out: set[int] = set()
    for i in mine:
        if ctx.words(i) != 1 or i == 0 or i + 1 >= len(lines):
            continue
        over, under = i - 1, i + 1
        if lines[over].removal is not None or lines[under].removal is not None:
            continue
        if ctx.words(over) < _PROSE_WORDS or ctx.words(under) < _PROSE_WORDS:
            continue
        if not ends_sentence(lines[over].text) or not ends_sentence(lines[under].text):
            continue
        if any(j in found for j in range(i - _CLUSTER, i + _CLUSTER + 1) if j != i):
            continue
        near = [lines[j].removal for j in range(max(0, i - _CLUSTER), min(len(lines), i + _CLUSTER + 1))]
        if any(r is not None and r.pass_name == pass_name for r in near):
            continue
        if own is None:
            own = ctx.table(family, "own_word")
        if own.match(lines[i].text) is not None:
            out.add(i)
    return out


# own55: a label, then what follows it on the line (the label's separators are the English table's)
_LABELLED: Final = re.compile(r"[^:|»›>]{1,30}[:|»›>]\s*")  # matched at the start: linear
_WORD: Final = re.compile(r"[^\W\d_]+")  # searched: linear
_SENTENCE_CHARS: Final = 30  # what follows the label: a sentence, not a headline
_OWN_STOPWORDS: Final = 2  # ... of the page's language: two of its function words or more, more than English ones


def own_label_sentence(ctx: Context, mine: list[int]) -> set[int]:
    """promo-label's guard (own55): of ``mine``, the lines on a page not in English that only the English ``label``
    table takes ("VIDEO: Die Aufnahmen zeigen, wie das Wasser durch die Altstadt fließt."), where the page's own
    label table, which spares a sentence after the label, does not, and the label is followed by a sentence of
    ``_SENTENCE_CHARS`` characters or more in the page's language (``_OWN_STOPWORDS`` of its function words or more,
    and more of them than of English ones). The English table reads every page (sites print "VIDEO:" in every
    language), so without this its want of a guard overrode the page's own. An English teaser after the label
    ("VIDEO: Watch the moment the bridge collapsed.") and a label over a headline still go."""
    languages = ctx.vocab_languages
    if languages == ("en",) or not mine:
        return set()
    stop = ctx.stopwords
    if not stop:
        return set()
    own = table("promos", "label", tuple(lang for lang in languages if lang != "en"))
    english = lang_mod.stopwords("en")
    lines = ctx.doc.lines
    out: set[int] = set()
    for i in mine:
        text = lines[i].text
        head = _LABELLED.match(text)
        if head is None:
            continue
        rest = text[head.end():]
        if len(rest) < _SENTENCE_CHARS or not ends_sentence(rest) or own.match(text):
            continue
        words = _WORD.findall(lower(rest))
        mine_n = sum(1 for w in words if w in stop)
        if mine_n >= _OWN_STOPWORDS and mine_n > sum(1 for w in words if w in english):
            out.add(i)
    return out
