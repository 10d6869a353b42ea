"""Cheap per-line measurements shared by the passes: length, punctuation, stopwords.

They are what "looks like prose" means here. Kept in one place so every pass agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
# Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces.
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TERMINAL = re.compile(r"""[.!?…。！？:;)\]"'”’»›…]\s*$""")
_SENTENCE_END = re.compile(r"""[.!?…。！？]["'”’»›)\]]*\s*$""")


@dataclass(frozen=True, slots=True)
class LineStats:
    """Measurements of one line.

    ``words`` counts ``\\w+`` tokens, with text in unspaced scripts counted as one word
    per two characters; ``stop_ratio`` is the share of tokens that are stopwords of
    the document's language (0.0 when no list applies); ``sentence_end`` is true when
    the line ends like a sentence (. ! ? … or their CJK forms, optionally quoted).
    """

    chars: int
    words: int
    stopwords: int
    stop_ratio: float
    sentence_end: bool
    terminal: bool
    unspaced: bool


def measure(text: str, stopwords: frozenset[str]) -> LineStats:
    tokens = _WORD.findall(text)
    unspaced_chars = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    unspaced = unspaced_chars > len(text) * 0.3
    if unspaced:
        words = max(len(tokens), unspaced_chars // 2)
    else:
        words = len(tokens)
    stops = sum(1 for t in tokens if t.lower() in stopwords) if stopwords else 0
    ratio = stops / len(tokens) if tokens and not unspaced else 0.0
    return LineStats(
        chars=len(text),
        words=words,
        stopwords=stops,
        stop_ratio=ratio,
        sentence_end=bool(_SENTENCE_END.search(text)),
        terminal=bool(_TERMINAL.search(text)),
        unspaced=unspaced,
    )


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
    return s.sentence_end and s.words >= 6 and s.stop_ratio >= 0.15
