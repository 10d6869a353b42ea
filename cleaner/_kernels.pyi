"""C kernels of the per-line measurements (``cleaner/_kernels.c``; see :mod:`cleaner.textstats`)."""

from collections.abc import Iterable

class WordSet:
    """A set of str that :func:`count_words` looks a text's words up in."""

    def __init__(self, words: Iterable[str]) -> None: ...
    def __len__(self) -> int: ...
    def __contains__(self, word: object) -> bool: ...

def count_words(text: str, words: WordSet, /) -> tuple[int, int]:
    """``len(text.split())`` and how many of those words are in ``words``, without a str object a word."""

class VoteTable:
    """Each word's votes, (language index, share) pairs, for :func:`vote_words`."""

    def __init__(self, votes: dict[str, tuple[tuple[int, float], ...]], width: int) -> None: ...
    def __len__(self) -> int: ...

def vote_words(text: str, votes: VoteTable, /) -> tuple[int, list[float]]:
    """``len(text.split())`` and each language's votes summed over those words, without a str object a word."""

class CharSet:
    """The characters of a str, which :func:`blank` makes spaces."""

    def __init__(self, chars: str) -> None: ...
    def __len__(self) -> int: ...
    def __contains__(self, char: object) -> bool: ...

def blank(text: str, chars: CharSet, /) -> str:
    """``text`` with each character of ``chars`` made a space (``text`` itself where it holds none)."""

def lower(text: str, /) -> str | None:
    """``text.lower()``, or None where the text holds a dotted capital I or a capital sigma (``str.lower`` then)."""

def holds(text: str, chars: CharSet, /) -> bool:
    """Whether ``text`` holds a character of ``chars``."""

def normal_lines(text: str, /) -> list[str]:
    """``[" ".join(line.split()) for line in text.splitlines()]``."""

def adjacent(text: str, first: CharSet, second: CharSet, /) -> bool:
    """Whether a character of ``first`` stands right before a character of ``second`` in ``text``."""

def spaced(text: str, marks: CharSet, /) -> bool:
    """Whether a character of ``marks`` stands between two whitespace characters in ``text``."""
