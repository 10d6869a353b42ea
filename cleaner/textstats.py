"""Cheap per-line measurements shared by the passes: length, punctuation, stopwords.

They are what "looks like prose" means here, kept in one place so every pass agrees.
Words are whitespace-separated words (text in unspaced scripts counts one word per two
characters); this runs on every line of every document, so it avoids regexes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces.
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Punctuation blanked out before looking words up in a stopword list (a regex substitution:
# ``str.translate`` with a mapping is several times slower on non-ASCII text).
_PUNCT = re.compile("[" + re.escape("!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿「」『』（）。、，！？：；") + "]")
# The same blanking for ASCII text with ``bytes.translate`` (a table lookup per byte).
_PUNCT_ASCII = bytes(c for c in range(128) if _PUNCT.match(chr(c)))
_PUNCT_BYTES = bytes.maketrans(_PUNCT_ASCII, b" " * len(_PUNCT_ASCII))
_CLOSERS = "\"'”’»›)]」』"
_ENDS = ".!?…。！？"
_TERMINALS = ".!?…。！？:;)]\"'”’»›"
#: The share of stopwords is read off a line's first ~50 words: enough to tell prose.
STOP_SAMPLE_CHARS = 320


def unspaced_chars(text: str) -> int:
    """Characters of scripts written without spaces (0 for most text, fast)."""
    if text.isascii() or not _UNSPACED.search(text):
        return 0
    return len(_UNSPACED.findall(text))


def word_count(text: str) -> int:
    """Whitespace words; text mostly in an unspaced script counts a word per two characters."""
    words = text.count(" ") + 1
    if text.isascii():
        return words
    cjk = unspaced_chars(text)
    if cjk > len(text) * 0.3:
        return max(words, cjk // 2)
    return words


class LineStats(NamedTuple):
    """Measurements of one line.

    ``words``: see :func:`word_count`; ``stop_ratio``: share of words that are stopwords of
    the document's language (0.0 when no list applies or the script is unspaced);
    ``sentence_end``: the line ends like a sentence (. ! ? … or CJK forms, maybe quoted).
    """

    chars: int
    words: int
    stopwords: int
    stop_ratio: float
    sentence_end: bool
    terminal: bool
    unspaced: bool


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence: . ! ? … or CJK forms, maybe inside quotes or brackets."""
    last = text.rstrip().rstrip(_CLOSERS)[-1:]
    return last != "" and last in _ENDS


def sample_words(text: str) -> list[str]:
    """Lower-cased words of the line's first ``STOP_SAMPLE_CHARS`` characters, punctuation
    blanked out: what the stopword share is read off."""
    sample = text[:STOP_SAMPLE_CHARS].lower()
    if sample.isascii():  # most lines: a byte table is several times faster than the regex
        return sample.encode("ascii").translate(_PUNCT_BYTES).decode("ascii").split()
    return _PUNCT.sub(" ", sample).split()


def measure(text: str, stopwords: frozenset[str]) -> LineStats:
    cjk = unspaced_chars(text)
    unspaced = cjk > len(text) * 0.3
    spaced = text.count(" ") + 1
    words = max(spaced, cjk // 2) if unspaced else spaced
    tokens = sample_words(text) if stopwords and not unspaced else []
    stops = sum(map(stopwords.__contains__, tokens)) if tokens else 0
    ratio = stops / len(tokens) if tokens else 0.0
    stripped = text.rstrip()
    last = stripped.rstrip(_CLOSERS)[-1:]
    sentence_end = last != "" and last in _ENDS
    terminal = stripped[-1:] in _TERMINALS and stripped != ""
    return LineStats(len(text), words, stops, ratio, sentence_end, terminal, unspaced)  # (positional: cheaper)


#: No line with fewer words than this is prose (see :func:`is_prose`).
MIN_PROSE_WORDS = 6


def is_prose(s: LineStats, have_stopwords: bool) -> bool:
    """A line that reads like a sentence of running text.

    Long lines with a normal share of function words are prose whatever their ending;
    shorter ones need to end like a sentence. Without a stopword list (unknown or
    unspaced language) length and punctuation decide alone.
    """
    if s.unspaced or not have_stopwords:
        return (s.words >= 10 and s.sentence_end) or s.words >= 25
    if s.words >= 12 and s.stop_ratio >= 0.2:
        return True
    if s.words >= 20 and s.stop_ratio >= 0.1:
        return True
    return s.sentence_end and s.words >= MIN_PROSE_WORDS and s.stop_ratio >= 0.15
