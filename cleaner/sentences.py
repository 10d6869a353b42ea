"""Sentences inside a line, and whether they are residue on their own.

Vocabulary tables match whole lines, so two residue sentences glued into one line ("Get
the latest updates in your inbox. Follow us on Twitter.") match no table;
:mod:`cleaner.passes.glued` splits such lines here and asks each table about each
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .gate import Gate, gate_for
from .vocab import Table, table

if TYPE_CHECKING:
    from .context import Context

# A sentence ends with . ! ? … (maybe closed by a quote or bracket) before a space and a
# capital, digit, quote or @: "in June. Follow us" splits. Initials and titles do not end
# a sentence: "U.K. Ambassador", "J. Smith", "Dr. Jones" (see split_sentences).
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]?\s+(?=[\"'“‘«(\[]?[A-Z0-9@\u00c0-\u00de\u0400-\u042f])")
# The same breaks matched from their punctuation mark on: a pattern that opens with a
# character class lets ``re`` skip to the next ., !, ? or …, where the lookbehind makes it
# try every position. Each of its matches is one of SENTENCE_BREAK's with the mark in front
# (the mark is one character), so the breaks are found with it (see _breaks).
_BREAK_MARK = re.compile(r"[.!?…][\"'”’»)\]]?\s+(?=[\"'“‘«(\[]?[A-Z0-9@\u00c0-\u00de\u0400-\u042f])")
_ABBREVIATION = re.compile(
    r"(?:\b\w|\b(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|capt|prof|no|vs|inc|ltd|co|corp|ave|mt|ft))\.$",
    re.IGNORECASE,
)


def _breaks(text: str) -> Iterator[tuple[int, int]]:
    """Where SENTENCE_BREAK matches (start, end), initials and titles aside: found as the
    matches of _BREAK_MARK less their mark, several times faster than the lookbehind."""
    start = 0
    for m in _BREAK_MARK.finditer(text):
        at = m.start() + 1  # after the mark: where SENTENCE_BREAK's match starts
        if _ABBREVIATION.search(text, max(start, at - 8), at):
            continue  # "U.K. Ambassador": an initial or a title, not a sentence end
        start = m.end()
        yield at, start


def split_sentences(text: str) -> list[str]:
    """The sentences of a line, in order; they join back to the line with single spaces."""
    out: list[str] = []
    start = 0
    for at, end in _breaks(text):
        out.append(text[start:at])
        start = end
    out.append(text[start:])
    return [s for s in out if s]


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds a character ``_BREAK_MARK`` opens with: four C-speed scans, where the regex
    call costs more on the many lines that hold none (a menu's, a heading's)."""
    return "." in text or "?" in text or "!" in text or "…" in text


def _first_mark(text: str) -> int:
    """Where the first character ``_BREAK_MARK`` opens with stands in ``text`` (-1: nowhere): four C-speed
    scans, each up to the one found so far. ``_BREAK_MARK`` searched from there finds what it finds from the
    start (no match opens before a mark), without testing each character before it against its class."""
    at = text.find(".")
    end = len(text) if at < 0 else at
    for mark in ("?", "!", "…"):
        i = text.find(mark, 0, end)
        if i >= 0:
            at = end = i
    return at


def may_break(text: str) -> bool:
    """Whether a sentence break pattern occurs in the line at all (abbreviations aside)."""
    at = _first_mark(text)
    return at >= 0 and _BREAK_MARK.search(text, at) is not None


def first_sentence(text: str) -> str | None:
    """The line's first sentence when it has more than one, else None (cheap: stops at the
    first break; a plain loop, not :func:`_breaks`' generator: most lines have no break, and
    the rest mostly break at the first mark)."""
    at = _first_mark(text)
    m = _BREAK_MARK.search(text, at) if at >= 0 else None
    while m is not None:
        at = m.start() + 1  # after the mark: where the break starts (as in _breaks)
        if not _ABBREVIATION.search(text, max(0, at - 8), at):
            return text[:at]
        m = _BREAK_MARK.search(text, m.end())
    return None


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


def tables(ctx: Context) -> tuple[tuple[Table, str, int], ...]:
    """The vocabulary tables for the document's languages that have patterns."""
    return _tables(ctx.vocab_languages)


@lru_cache(maxsize=64)
def _tables(languages: tuple[str, ...]) -> tuple[tuple[Table, str, int], ...]:
    out = [(table(family, name, languages), reason, limit) for family, name, reason, limit in vocabulary()]
    return tuple(t for t in out if t[0].patterns)


@lru_cache(maxsize=64)
def gate(languages: tuple[str, ...]) -> Gate | None:
    """The RE2 gate over every table of :func:`tables` (see :mod:`cleaner.gate`)."""
    return gate_for(tuple((t.mode, tuple(t.patterns)) for t, _r, _n in _tables(languages)))


def residue_reason(sentence: str, chosen: Sequence[tuple[Table, str, int]]) -> str | None:
    """The reason of the first table that matches ``sentence`` on its own (word limits apply)."""
    words = sentence.count(" ") + 1
    return next((reason for table, reason, limit in chosen if words <= limit and table.match(sentence)), None)


def residue_of(ctx: Context, sentence: str) -> str | None:
    """:func:`residue_reason` over the document's tables, the sentence first put to the RE2 gate
    over all of them (one DFA pass rules out most sentences, instead of a regex per table)."""
    rx = gate(ctx.vocab_languages)
    if rx is not None and not rx.line(sentence):
        return None
    return residue_reason(sentence, tables(ctx))
