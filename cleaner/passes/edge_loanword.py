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

from typing import Final

from ..context import Context
from ..textstats import ends_sentence

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
