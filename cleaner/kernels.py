"""The C kernels (``cleaner/_kernels.c``, built by ``setup.py`` with the compiled modules), each None where they were
not built (a checkout, a build without a C compiler): the modules that use one keep the plain code it equals beside
it and run that instead. ``tests/test_kernels.py`` holds the two equal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: ``count_words(text, WordSet(words))``: ``len(text.split())`` and how many of those words are in ``words``.
COUNT_WORDS: Callable[[str, Any], tuple[int, int]] | None = None
WORD_SET: Callable[[frozenset[str]], Any] | None = None
#: ``vote_words(text, VoteTable(votes, width))``: ``len(text.split())`` and each language's summed votes.
VOTE_WORDS: Callable[[str, Any], tuple[int, list[float]]] | None = None
VOTE_TABLE: Callable[[dict[str, tuple[tuple[int, float], ...]], int], Any] | None = None
#: ``blank(text, CharSet(chars))``: ``text`` with each character of ``chars`` made a space.
BLANK: Callable[[str, Any], str] | None = None
CHAR_SET: Callable[[str], Any] | None = None
#: ``lower(text)``: ``text.lower()``, or None where ``str.lower`` must do it (a dotted capital I, a capital sigma).
LOWER: Callable[[str], str | None] | None = None
#: ``holds(text, CharSet(chars))``: whether ``text`` holds a character of ``chars``.
HOLDS: Callable[[str, Any], bool] | None = None
#: ``normal_lines(text)``: ``[" ".join(line.split()) for line in text.splitlines()]``.
NORMAL_LINES: Callable[[str], list[str]] | None = None
#: ``adjacent(text, CharSet(first), CharSet(second))``: whether a character of ``first`` stands right before one of
#: ``second`` in ``text``.
ADJACENT: Callable[[str, Any, Any], bool] | None = None
#: ``spaced(text, CharSet(marks))``: whether a character of ``marks`` stands between two whitespace characters.
SPACED: Callable[[str, Any], bool] | None = None

try:
    from . import _kernels
except ImportError:  # pragma: no cover - depends on the build
    pass
else:
    COUNT_WORDS, WORD_SET = _kernels.count_words, _kernels.WordSet
    VOTE_WORDS, VOTE_TABLE = _kernels.vote_words, _kernels.VoteTable
    BLANK, CHAR_SET = _kernels.blank, _kernels.CharSet
    LOWER, HOLDS, NORMAL_LINES = _kernels.lower, _kernels.holds, _kernels.normal_lines
    ADJACENT, SPACED = _kernels.adjacent, _kernels.spaced


def char_set(chars: str) -> Any:
    """The kernels' set of the characters of ``chars`` (for :data:`BLANK`), or None where they were not built."""
    return None if CHAR_SET is None else CHAR_SET(chars)
