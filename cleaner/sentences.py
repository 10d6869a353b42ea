"""Sentences inside a line, and whether they are residue on their own.

Vocabulary tables match whole lines, so two residue sentences glued into one line ("Get
the latest updates in your inbox. Follow us on Twitter.") match no table;
:mod:`cleaner.passes.glued` splits such lines here and asks each table about each
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context
    from .vocab import Table

# A sentence ends with . ! ? … (maybe closed by a quote or bracket) before a space and a
# capital, digit, quote or @: "in June. Follow us" splits. Initials and titles do not end
# a sentence: "U.K. Ambassador", "J. Smith", "Dr. Jones" (see split_sentences).
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]?\s+(?=[\"'“‘«(\[]?[A-Z0-9@\u00c0-\u00de\u0400-\u042f])")
_ABBREVIATION = re.compile(
    r"(?:\b\w|\b(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|capt|prof|no|vs|inc|ltd|co|corp|ave|mt|ft))\.$",
    re.IGNORECASE,
)


def _breaks(text: str) -> Iterator[re.Match[str]]:
    start = 0
    for m in SENTENCE_BREAK.finditer(text):
        if _ABBREVIATION.search(text, max(start, m.start() - 8), m.start()):
            continue  # "U.K. Ambassador": an initial or a title, not a sentence end
        yield m
        start = m.end()


def split_sentences(text: str) -> list[str]:
    """The sentences of a line, in order; they join back to the line with single spaces."""
    out: list[str] = []
    start = 0
    for m in _breaks(text):
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s]


def first_sentence(text: str) -> str | None:
    """The line's first sentence when it has more than one, else None (cheap: stops at the
    first break)."""
    m = next(_breaks(text), None)
    return None if m is None else text[: m.start()]


@cache
def vocabulary() -> tuple[tuple[str, str, str, int], ...]:
    """(family, table, reason, max_words) of every vocabulary pass, in pipeline order."""
    from .passes.base import VocabLinePass
    from .pipeline import TEXT_PIPELINE

    return tuple(
        (cls.family, table, reason, cls.default_max_words)
        for cls in TEXT_PIPELINE
        if issubclass(cls, VocabLinePass)
        for table, reason in cls.tables.items()
    )


def tables(ctx: Context) -> list[tuple[Table, str, int]]:
    """The vocabulary tables for the document's languages that have patterns."""
    out = [(ctx.table(family, name), reason, limit) for family, name, reason, limit in vocabulary()]
    return [t for t in out if t[0].patterns]


def residue_reason(sentence: str, chosen: list[tuple[Table, str, int]]) -> str | None:
    """The reason of the first table that matches ``sentence`` on its own (word limits apply)."""
    words = sentence.count(" ") + 1
    return next((reason for table, reason, limit in chosen if words <= limit and table.match(sentence)), None)
