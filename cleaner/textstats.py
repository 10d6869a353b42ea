"""Cheap per-line measurements shared by the passes: length, punctuation, stopwords.

They are what "looks like prose" means here, kept in one place so every pass agrees.
Words are whitespace-separated words (text in unspaced scripts counts one word per two
characters); this runs on every line of every document, so it avoids regexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, final

from . import kernels

# ``str.lower`` called through a reference: compiled by mypyc (see ``setup.py``), ``text.lower()`` becomes
# mypyc's own case mapping, which lower-cases a word-final capital sigma to "σ" where Python writes "ς"
# ("ΟΔΟΣ" -> "οδος"), and a Greek stopword or literal would no longer match.
_STR_LOWER: Final[Callable[[str], str]] = str.lower


_BYTES_LOWER: Final[Callable[[bytes], bytes]] = bytes.lower
_ASCII_BYTES: Final = bytes(range(128))
# The C kernel of :func:`lower` (:mod:`cleaner.kernels`; None where it was not built, or for a text str.lower must do).
_LOWER: Callable[[str], str | None] | None = kernels.LOWER
#: Texts this long or longer that are not ASCII are lower-cased a byte at a time where they can be (see :func:`lower`).
LOWER_BYTEWISE_CHARS: Final = 1000


def lower(text: str, utf8: bytes | None = None) -> str:
    """``text.lower()`` exactly as Python does it, compiled or not (the modules ``setup.py`` compiles
    call this instead of the method: ``tests/test_compiled.py`` holds them to it).

    A long text outside ASCII whose characters outside ASCII all lower-case to themselves (curly quotes,
    dashes and accented small letters: most pages) is lower-cased as its UTF-8 bytes, by ``bytes.lower``
    (which changes A-Z alone), for a fraction of the cost of ``str.lower``, which looks up every character's
    case mapping. Those characters are the text's UTF-8 bytes with the ASCII ones deleted (no byte of a
    character outside ASCII is an ASCII byte); one that is a capital (or the capital sigma, whose small form
    depends on its neighbours) leaves the text to ``str.lower``. ``utf8``: ``text.encode("utf-8", "surrogatepass")``
    when the caller has it."""
    if text.isascii():
        return _STR_LOWER(text)
    if _LOWER is not None:  # (the C kernel: one pass, no case-mapping lookup for a character below U+0100)
        lowered = _LOWER(text)
        if lowered is not None:
            return lowered
    if len(text) < LOWER_BYTEWISE_CHARS:
        return _STR_LOWER(text)
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    wide = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if _STR_LOWER(wide) != wide:
        return _lower_capitals(text, data, wide)
    return _BYTES_LOWER(data).decode("utf-8", "surrogatepass")


#: :func:`lower` replaces at most this many distinct capitals outside ASCII, each in a copy of the text.
LOWER_CAPITALS_MAX = 8


def _lower_capitals(text: str, data: bytes, wide: str) -> str:
    """:func:`lower` of a long text whose characters outside ASCII (``wide``, from its UTF-8 form ``data``) hold a
    capital: ``str.lower`` maps each character on its own but the capital sigma, so ``text`` lower-cased is
    its ASCII letters lower-cased (``bytes.lower``) and each distinct capital outside ASCII replaced by its
    small form (a C-speed copy each, where ``str.lower`` looks up every character's case mapping: a page
    naming "Élysée" or "Ångström"). A text mostly outside ASCII, or with many such capitals or a sigma, goes
    to ``str.lower``."""
    if len(wide) * 4 > len(text) or "Σ" in wide:
        return _STR_LOWER(text)
    capitals: list[str] = []
    for c in set(wide):
        if _STR_LOWER(c) != c:
            capitals.append(c)
    if len(capitals) > LOWER_CAPITALS_MAX:
        return _STR_LOWER(text)
    out = _BYTES_LOWER(data).decode("utf-8", "surrogatepass")
    for c in capitals:
        out = out.replace(c, _STR_LOWER(c))
    return out


# Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces.
_UNSPACED_RANGES: Final = ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x4DBF),
                           (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_UNSPACED: Final = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _UNSPACED_RANGES) + "]")
# The same characters for the C kernel's scan (:func:`spaced_only`; None where it was not built).
_HOLDS: Callable[[str, Any], bool] | None = kernels.HOLDS
_UNSPACED_SET: Any = kernels.char_set("".join("".join(map(chr, range(a, b + 1))) for a, b in _UNSPACED_RANGES))
# Punctuation blanked out before looking words up in a stopword list (a regex substitution:
# ``str.translate`` with a mapping is several times slower on non-ASCII text).
# (and the Devanagari danda, glued to a Hindi or Bengali sentence's last word as a full stop is)
_PUNCT_CHARS: Final = "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿「」『』（）。、，！？：；।॥"
_PUNCT: Final = re.compile("[" + re.escape(_PUNCT_CHARS) + "]")
# The same blanking for ASCII text with ``bytes.translate`` (a table lookup per byte).
_PUNCT_ASCII: Final = bytes(c for c in range(128) if _PUNCT.match(chr(c)))
_PUNCT_BYTES: Final = bytes.maketrans(_PUNCT_ASCII, b" " * len(_PUNCT_ASCII))
#: The punctuation of ``_PUNCT`` outside ASCII (see :func:`blank_punctuation`).
DIGIT: Final = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``DIGIT.search(text) is not None``: compiled, the ASCII characters are read by their codes (most lines
    are ASCII and hold no figure), and the regex reads on from the first character past ASCII."""
    for k in range(len(text)):
        code = ord(text[k])
        if 48 <= code <= 57:
            return True
        if code > 127:
            return DIGIT.search(text, k) is not None
    return False


WIDE_PUNCT: Final[tuple[str, ...]] = tuple(c for c in _PUNCT_CHARS if not c.isascii())

# The C kernel that blanks a text's punctuation in one pass (:mod:`cleaner.kernels`; :func:`blank_punctuation` is the
# plain code it equals), and the punctuation it blanks here; None where it was not built.
_BLANK: Callable[[str, Any], str] | None = kernels.BLANK
_SAMPLE_PUNCT: Any = kernels.char_set(_PUNCT_ASCII.decode("ascii") + "".join(WIDE_PUNCT))
# the closing quotes of every quoting style: German and Czech „…“ and ‚…‘ close with “ and ‘, German
# books quote »…« and Swiss/French-style text «…» (a line never ends in an opening quote)
_CLOSERS: Final = "\"'”’“‘»«›‹)]」』"
# Sentence ends of every script, not only the Latin and CJK ones: the Devanagari danda and
# double danda (Hindi, Marathi, Nepali, Sanskrit), the Arabic question mark and full stop
# (Arabic, Persian, Urdu), the Armenian, Ethiopic and Myanmar full stops, the Greek question
# mark, fullwidth and halfwidth full stops, doubled marks. Text in these scripts ends its
# sentences with them: without them every sentence there reads as a heading or a menu item.
_ENDS: Final = ".!?…。！？" "\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u104b\u037e\uff0e\uff61\u203c\u2047\u2048\u2049"
_COLONS: Final = ":："  # a line ending in one announces what follows (a list, rows of data)
_TERMINALS: Final = _ENDS + _COLONS + ";)]\"'”’»›；؛"
#: Public names of the sets above, for the passes that judge line endings themselves.
SENTENCE_ENDS = frozenset(_ENDS)
COLONS = frozenset(_COLONS)
# Greek writes its question mark as ";" (U+037E folds to it): after a Greek letter it ends a sentence.
_GREEK: Final = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
#: The share of stopwords is read off a line's first ~50 words: enough to tell prose.
STOP_SAMPLE_CHARS = 320


def _last_is_end(stripped: str) -> bool:
    """Whether ``stripped`` (a line, its closing quotes and brackets taken off) ends a sentence."""
    last = stripped[-1:]
    if last == ";":  # a Greek question ("Πόσο θα κρατήσει;"), never a Latin semicolon
        return bool(_GREEK.match(stripped[-2:-1]))
    return last != "" and last in _ENDS


def ends_colon(text: str) -> bool:
    """The line ends in a colon (ASCII or fullwidth): it announces what follows."""
    n = len(text)
    if n:  # (most lines end in an ASCII letter, digit or full stop: no colon, told by its code)
        code = ord(text[n - 1])
        if 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 46:
            return False
        if code == 58:  # (a colon, the last character: not whitespace)
            return True
    return text.rstrip()[-1:] in _COLONS and text.strip() != ""


# UTF-8 lead bytes of every character of the unspaced scripts (U+0E00-U+0FFF: E0, U+1000-U+17FF: E1,
# U+3040-U+9FFF: E3-E9, U+F900-U+FAFF: EF): a text without any has none of them.
_UNSPACED_LEADS: Final = (b"\xe0", b"\xe1", b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9", b"\xef")
# The same as byte values: ``int in bytes`` is a ``memchr``, where a one-byte ``bytes`` needle is first tried as an
# integer, and the ``TypeError`` that makes (its message formatted, then dropped) costs several times the scan.
_UNSPACED_LEAD_CODES: Final[tuple[int, ...]] = tuple([lead[0] for lead in _UNSPACED_LEADS])


def spaced_only(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` holds no character of a script written without spaces (so neither does any
    part of it: :func:`unspaced_chars` is 0 for each of its lines). A few byte scans of its UTF-8
    form (C-speed) decide for most texts; the regex looks only where a lead byte of such a script is.
    ``utf8``: that form (``text.encode("utf-8", "surrogatepass")``) when the caller has it."""
    if text.isascii():
        return True
    if _HOLDS is not None:  # (the C kernel: a scan of the text, no encoding)
        return not _HOLDS(text, _UNSPACED_SET)
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    for lead in _UNSPACED_LEAD_CODES:
        if lead in data:
            return _UNSPACED.search(text) is None
    return True


def blank_punctuation(text: str, wide: tuple[str, ...], table: bytes) -> str:
    """``text`` with the ASCII punctuation ``table`` maps to a space (a ``bytes.maketrans`` table) and
    each character of ``wide`` replaced by a space: what a regex substitution of a character class
    gives, one character for one, at a fraction of its cost on non-ASCII text (a C-speed scan a
    character of ``wide``, and a byte table for the rest). ``wide`` may leave out any character
    ``text`` does not hold."""
    for c in wide:
        if c in text:
            text = text.replace(c, " ")
    if text.isascii():
        return text.encode("ascii").translate(table).decode("ascii")
    return text.encode("utf-8", "surrogatepass").translate(table).decode("utf-8", "surrogatepass")


def present(text: str, chars: tuple[str, ...]) -> tuple[str, ...]:
    """The characters of ``chars`` that occur in ``text`` (for :func:`blank_punctuation` on its lines)."""
    if text.isascii():
        return ()
    return tuple([c for c in chars if c in text])


def unspaced_chars(text: str) -> int:
    """Characters of scripts written without spaces (0 for most text, fast)."""
    if text.isascii() or not _UNSPACED.search(text):
        return 0
    return len(_UNSPACED.findall(text))


def _unspaced_words(text: str, cjk: int) -> int:
    """Words of a line mostly in an unspaced script: a word per two of its characters, and a
    word per figure standing between them ("日経平均：40003円" has three, "ドル円：150円50銭"
    four): a row of figures reads as data, as it does in spaced text. Latin names inside the
    line count nothing (a long headline of product names is no paragraph)."""
    figures = sum(1 for run in _UNSPACED.sub(" ", text).split() if any(c.isdecimal() for c in run))
    return cjk // 2 + figures


def word_count(text: str) -> int:
    """Whitespace words; text mostly in an unspaced script counts a word per two characters
    (and a word per figure in it, see :func:`_unspaced_words`)."""
    words = text.count(" ") + 1
    if text.isascii():
        return words
    cjk = unspaced_chars(text)
    if cjk > len(text) * 0.3:
        return max(words, _unspaced_words(text, cjk))
    return words


@final
class LineStats:
    """Measurements of one line.

    ``words``: see :func:`word_count`; ``stop_ratio``: share of words that are stopwords of
    the document's language (0.0 when no list applies or the script is unspaced);
    ``sentence_end``: the line ends like a sentence (. ! ? … or CJK forms, maybe quoted);
    ``colon_end``: it ends in a colon (it announces what follows).

    A plain class, not a ``NamedTuple``: compiled, it is a native class that is built and read
    without a Python call (a line's measurements are taken for most lines of every document);
    nothing reads it as a tuple. Equal when every field is.
    """

    __slots__ = ("chars", "colon_end", "sentence_end", "stop_ratio", "stopwords", "terminal", "unspaced", "words")

    def __init__(self, chars: int, words: int, stopwords: int, stop_ratio: float, sentence_end: bool,
                 terminal: bool, unspaced: bool, colon_end: bool) -> None:
        self.chars = chars
        self.words = words
        self.stopwords = stopwords
        self.stop_ratio = stop_ratio
        self.sentence_end = sentence_end
        self.terminal = terminal
        self.unspaced = unspaced
        self.colon_end = colon_end

    def fields(self) -> tuple[int, int, int, float, bool, bool, bool, bool]:
        """The measurements in the order of the constructor's arguments."""
        return (self.chars, self.words, self.stopwords, self.stop_ratio, self.sentence_end, self.terminal,
                self.unspaced, self.colon_end)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LineStats) and self.fields() == other.fields()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __repr__(self) -> str:  # (each field written out: compiled, a loop over the fields unboxes them all as floats)
        return (f"LineStats(chars={self.chars!r}, words={self.words!r}, stopwords={self.stopwords!r}, "
                f"stop_ratio={self.stop_ratio!r}, sentence_end={self.sentence_end!r}, terminal={self.terminal!r}, "
                f"unspaced={self.unspaced!r}, colon_end={self.colon_end!r})")


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence: . ! ? … or CJK forms, maybe inside quotes or brackets."""
    n = len(text)
    if n:  # (most lines end in an ASCII letter, digit or full stop: nothing to strip, told by its code)
        code = ord(text[n - 1])
        if 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57:
            return False
        if code == 46 or code == 33 or code == 63:  # . ! ?
            return True
    return _last_is_end(text.rstrip().rstrip(_CLOSERS))


def sample_words(text: str, wide: tuple[str, ...] = WIDE_PUNCT, lowered: str | None = None) -> list[str]:
    """Lower-cased words of the line's first ``STOP_SAMPLE_CHARS`` characters, punctuation
    blanked out: what the stopword share is read off. ``wide``: the punctuation outside ASCII
    to blank, all of it but what the text cannot hold (see :func:`present`); ``lowered``: those
    characters lower-cased, when the caller has them (``lower(text[:STOP_SAMPLE_CHARS])``)."""
    return sample_blanked(text, wide, lowered).split()


def sample_blanked(text: str, wide: tuple[str, ...] = WIDE_PUNCT, lowered: str | None = None) -> str:
    """The sample :func:`sample_words` splits: lower-cased, its punctuation made spaces."""
    sample = lower(text[:STOP_SAMPLE_CHARS]) if lowered is None else lowered
    if sample.isascii():  # most lines: a byte table is several times faster than the regex
        return sample.encode("ascii").translate(_PUNCT_BYTES).decode("ascii")
    if _BLANK is not None:
        return _BLANK(sample, _SAMPLE_PUNCT)
    return blank_punctuation(sample, wide, _PUNCT_BYTES)


# The C kernel of :func:`count_in` over a sample's ``split()`` (:mod:`cleaner.kernels`): the same two counts without a
# str object a word. None where it was not built: then the plain code below runs.
_COUNT_WORDS: Callable[[str, Any], tuple[int, int]] | None = kernels.COUNT_WORDS
_WORD_SET: Callable[[frozenset[str]], Any] | None = kernels.WORD_SET
_WORD_SETS: Final[dict[frozenset[str], Any]] = {}


def word_set(words: frozenset[str]) -> Any:
    """The kernel's :class:`WordSet` of ``words``, made once per set (the stopword lists are a few dozen)."""
    found = _WORD_SETS.get(words)
    if found is None:
        if len(_WORD_SETS) >= 256:
            _WORD_SETS.clear()
        assert _WORD_SET is not None
        found = _WORD_SETS[words] = _WORD_SET(words)
    return found


def count_in(words: list[str], vocabulary: frozenset[str]) -> int:
    """How many of ``words`` are in ``vocabulary`` (a plain loop: compiled, each test is one C call,
    where ``sum(map(vocabulary.__contains__, words))`` makes a Python call a word)."""
    n = 0
    for w in words:
        if w in vocabulary:
            n += 1
    return n


# the first byte of each character of WIDE_PUNCT written in UTF-8 (see blank_sample_text), as its value (see
# _UNSPACED_LEAD_CODES)
_WIDE_LEADS: Final[tuple[int, ...]] = tuple([c.encode("utf-8")[0] for c in WIDE_PUNCT])


def blank_sample_text(lowered: str, utf8: bytes | None = None) -> str:
    """``lowered`` with the punctuation :func:`sample_words` blanks out made spaces, one character for one: a
    line's :func:`sample_words` are its slice of this split. For a whole document's folded text at once, where
    each line's sample blanked on its own costs a scan a character of ``WIDE_PUNCT`` and three copies a line
    (and the text without its curly quotes and dashes is most often ASCII: encoded, decoded and split at
    ASCII speed).

    ``utf8``: the UTF-8 form of the text ``lowered`` was lower-cased from, when the caller has it (lower-casing
    makes and takes no punctuation): a character of ``WIDE_PUNCT`` is looked for only where the first byte of
    its UTF-8 form is there (a ``memchr``; most texts hold no CJK or Devanagari byte at all), where a scan of
    the text for a character whose low byte is a common letter's ("॥", U+0965: "e") stops at each of them."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_PUNCT_BYTES).decode("ascii")
    if _BLANK is not None:
        return _BLANK(lowered, _SAMPLE_PUNCT)
    text = lowered
    for k in range(len(WIDE_PUNCT)):
        c = WIDE_PUNCT[k]
        if (utf8 is None or _WIDE_LEADS[k] in utf8) and c in lowered:
            text = text.replace(c, " ")
    if text.isascii():
        return text.encode("ascii").translate(_PUNCT_BYTES).decode("ascii")
    return text.encode("utf-8", "surrogatepass").translate(_PUNCT_BYTES).decode("utf-8", "surrogatepass")


def measure(text: str, stopwords: frozenset[str], spaced_text: bool = False,
            wide: tuple[str, ...] = WIDE_PUNCT, words: int = -1, lowered: str | None = None,
            blanked: str | None = None) -> LineStats:
    """The :class:`LineStats` of ``text``. ``spaced_text``: the caller knows ``text`` to hold no
    character of an unspaced script (:func:`spaced_only`); ``wide``: see :func:`sample_words`;
    ``words``: its :func:`word_count` when the caller has it (-1: count them here; counting the
    spaces of a long line costs about a tenth of the measurements); ``lowered``: see :func:`sample_words`;
    ``blanked``: that sample with its punctuation blanked out too, when the caller has it (its slice of
    :func:`blank_sample_text`): its words are :func:`sample_words`'."""
    cjk = 0 if spaced_text else unspaced_chars(text)
    unspaced = cjk > 0 and cjk > len(text) * 0.3
    if words < 0:
        spaced = text.count(" ") + 1
        words = max(spaced, _unspaced_words(text, cjk)) if unspaced else spaced
    if not stopwords or unspaced:
        n, stops = 0, 0
    elif _COUNT_WORDS is not None:
        sample = blanked if blanked is not None else sample_blanked(text, wide, lowered)
        n, stops = _COUNT_WORDS(sample, word_set(stopwords))
    else:
        tokens = blanked.split() if blanked is not None else sample_words(text, wide, lowered)
        n, stops = len(tokens), count_in(tokens, stopwords)
    ratio = stops / n if n else 0.0
    stripped = text.rstrip()
    sentence_end = _last_is_end(stripped.rstrip(_CLOSERS))
    terminal = stripped[-1:] in _TERMINALS and stripped != ""
    colon_end = stripped[-1:] in _COLONS
    return LineStats(len(text), words, stops, ratio, sentence_end, terminal, unspaced, colon_end)


#: No line with fewer words than this is prose (see :func:`is_prose`).
MIN_PROSE_WORDS = 6

#: fallback35: the fewest characters of a short sentence that is prose without a stopword list (see :func:`is_prose`).
UNLISTED_PROSE_CHARS = 40

#: Languages that write a word's particles and endings onto it and space their sentences by those units (Korean's
#: eojeol), with no function words standing alone to count: a news sentence of twenty English words is eight of
#: them ("서울시가 다음 달부터 지하철 기본요금을 150원 인상한다고 14일 밝혔다."). A line of ``MIN_PROSE_WORDS`` units
#: closed as a sentence is prose there (elsewhere, with no stopword list, ten words are asked), and a paragraph
#: anchors the article with half the words another language's needs.
JOINED_WORDS = frozenset({"ko"})


def is_prose(s: LineStats, have_stopwords: bool) -> bool:
    """A line that reads like a sentence of running text.

    Long lines with a normal share of function words are prose whatever their ending;
    shorter ones need to end like a sentence. Without a stopword list (unknown or
    unspaced language) length and punctuation decide alone: a sentence of ten words, a line
    of twelve that announces what follows with a colon (as long as a line that is prose by
    its function words whatever its ending), or any line of 25; and in a spaced script a
    sentence of ``MIN_PROSE_WORDS`` words and ``UNLISTED_PROSE_CHARS`` characters (fallback35).
    """
    if s.unspaced or not have_stopwords:
        return (s.words >= 10 and s.sentence_end) or (s.words >= 12 and s.colon_end) or s.words >= 25 or (
            # fallback35: a short sentence of a spaced language without a stopword list (Basque, Welsh, Albanian:
            # "Proiektuaren aurrekontua 230 milioi eurokoa da.") is prose as a line of function words is: closed as
            # a sentence, ``MIN_PROSE_WORDS`` words and ``UNLISTED_PROSE_CHARS`` characters (a menu's or a button's
            # line closes on no full stop, a teaser's short headline holds fewer characters)
            not s.unspaced and s.sentence_end and s.words >= MIN_PROSE_WORDS and s.chars >= UNLISTED_PROSE_CHARS
        )
    if s.words >= 12 and s.stop_ratio >= 0.2:
        return True
    if s.words >= 20 and s.stop_ratio >= 0.1:
        return True
    return s.sentence_end and s.words >= MIN_PROSE_WORDS and s.stop_ratio >= 0.15
