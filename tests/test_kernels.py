"""The C kernels (``cleaner/_kernels.c``, built by ``setup.py`` with the compiled modules) give what the plain code in
``cleaner/textstats.py`` gives, on any text: ``count_words(text, WordSet(words))`` is ``len(text.split())`` and
``count_in(text.split(), words)``. ``tox`` tests the built wheel (kernels in); a checkout's own run has none, and
then the plain code is what runs (the last test)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import kernels, language, textstats
from cleaner.textstats import count_in

try:
    from cleaner._kernels import (
        CharSet,
        VoteTable,
        WordSet,
        adjacent,
        blank,
        count_words,
        holds,
        lower,
        normal_lines,
        spaced,
        vote_words,
    )
except ImportError:  # a checkout: plain Python (see test_a_build_has_its_kernels)
    CharSet = VoteTable = WordSet = None  # type: ignore[assignment, misc]
    adjacent = blank = count_words = holds = lower = normal_lines = spaced = vote_words = None  # type: ignore[assignment]

needs_kernels = pytest.mark.skipif(count_words is None, reason="plain-Python checkout: no C kernels built")

T = TypeVar("T")

def _with_and_without(module: object, kernel: str, call: Callable[[str], T], text: str) -> tuple[T, T]:
    """``call(text)`` with the module's kernel (where built), then with it set to None (its plain code)."""
    saved = getattr(module, kernel)
    try:
        fast = call(text)
        setattr(module, kernel, None)
        plain = call(text)
    finally:
        setattr(module, kernel, saved)
    return fast, plain

# every whitespace str.split() splits at, and characters on either side of it
_SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000",
           "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
_NOT_SPACES = ["\u200b", "\ufeff", "\u180e", "_", "-"]  # (zero-width space, BOM, Mongolian vowel separator: no split)
_WORDS = ["the", "and", "de", "la", "и", "в", "的", "é", "e\u0301", "ı", "İ", "ß", "💬", "a", "", "THE", "日本語"]


def _plain(text: str, words: frozenset[str]) -> tuple[int, int]:
    tokens = text.split()
    return len(tokens), count_in(tokens, words)


_texts = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SPACES + _NOT_SPACES), st.text(max_size=6)),
                  max_size=40).map("".join)


@needs_kernels
@settings(max_examples=400, deadline=None)
@given(text=_texts, words=st.frozensets(st.one_of(st.sampled_from(_WORDS), st.text(max_size=5)), max_size=30))
def test_count_words_is_the_plain_count(text: str, words: frozenset[str]) -> None:
    assert count_words(text, WordSet(words)) == _plain(text, words)


@needs_kernels
@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_count_words_on_any_unicode(text: str) -> None:
    words = frozenset(text.split()[:3]) | {"the"}
    assert count_words(text, WordSet(words)) == _plain(text, words)


@needs_kernels
@pytest.mark.parametrize("lang", ["en", "de", "fr", "ru", "ar", "tr", "el", "hi", "vi"])
def test_every_stopword_list_reads_the_same(lang: str) -> None:
    words = language.stopwords(lang)
    table = WordSet(words)
    assert len(table) == len(words)
    assert all(w in table for w in words)
    text = " ".join(sorted(words)) + " zzz qqq " + " ".join(w.upper() for w in sorted(words))
    assert count_words(text, table) == _plain(text, words)


@needs_kernels
def test_word_set_takes_str_only_and_stays_a_set() -> None:
    with pytest.raises(TypeError):
        WordSet(["the", 3])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        count_words(b"the", WordSet(["the"]))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        count_words("the", frozenset(["the"]))  # type: ignore[arg-type]
    table = WordSet(["the", "the", "and"])
    assert len(table) == 2 and "the" in table and "then" not in table and 3 not in table
    big = WordSet(str(n) for n in range(10000))  # (past many growths of the table's slots)
    assert len(big) == 10000 and count_words("1 22 333 10000 9999", big) == (5, 4)


def _plain_votes(text: str, votes: dict[str, tuple[tuple[int, float], ...]], width: int) -> tuple[int, list[float]]:
    scores = [0.0] * width
    words = text.split()
    for w in words:
        for n, share in votes.get(w, ()):
            scores[n] += share
    return len(words), scores


@needs_kernels
@settings(max_examples=300, deadline=None)
@given(text=_texts, data=st.data())
def test_vote_words_is_the_plain_sum(text: str, data: st.DataObject) -> None:
    """The same additions in the same order: equal floats, not close ones."""
    width = 5
    shares = st.tuples(st.integers(0, width - 1), st.floats(0.01, 1.0)).map(lambda p: (p[0], p[1]))
    votes = data.draw(st.dictionaries(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)),
                                      st.lists(shares, max_size=4).map(tuple), max_size=20))
    assert vote_words(text, VoteTable(votes, width)) == _plain_votes(text, votes, width)


@needs_kernels
def test_vote_words_reads_the_language_tables_as_the_plain_loop() -> None:
    votes = language._vote_shares()
    width = len(language._LANGS)
    table = VoteTable(votes, width)
    assert len(table) == len(votes)
    text = " ".join(sorted(votes)) + " " + " ".join(sorted(votes)[::7]) + " xyzzy"
    assert vote_words(text, table) == _plain_votes(text, votes, width)


@needs_kernels
def test_vote_table_refuses_what_it_cannot_read() -> None:
    with pytest.raises(TypeError):
        VoteTable({"the": ((0, 1.0),)})  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        VoteTable({"the": ((3, 1.0),)}, 2)
    with pytest.raises(TypeError):
        VoteTable({"the": ((0, "x"),)}, 2)  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        VoteTable({3: ((0, 1.0),)}, 2)  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        vote_words("the", WordSet(["the"]))  # type: ignore[arg-type]
    assert vote_words("", VoteTable({}, 0)) == (0, [])


@pytest.mark.parametrize(
    "sample",
    [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Ende der Sommerferien zu "
        "sperren. Ingenieure hatten bei einer Routineprüfung im März Risse in zwei Pfeilern gefunden, teilte die "
        "Stadt mit. Eine Behelfsbrücke soll im Mai daneben öffnen, und die Busse fahren bis dahin durch die "
        "Innenstadt.",
        "Byrådet vedtog tirsdag at lukke den gamle bro over floden indtil udgangen af sommerferien. Ingeniører fandt "
        "revner i to af broens piller under en rutinemæssig inspektion i marts, oplyste kommunen. En midlertidig "
        "gangbro åbner ved siden af i maj, og busserne bliver omdirigeret gennem bymidten indtil da, hvilket er godt.",
        "Gradsko vijeće u utorak je odlučilo zatvoriti stari most preko rijeke do kraja ljetnih praznika. Inženjeri "
        "su u ožujku tijekom redovnog pregleda pronašli pukotine na dva stupa mosta, priopćio je grad. Privremeni "
        "pješački most otvorit će se pokraj njega u svibnju, a autobusi će do tada voziti kroz središte grada.",
        "Градскиот совет во вторникот одлучи да го затвори стариот мост преку реката до крајот на летниот одмор. "
        "Инженерите пронајдоа пукнатини на два од столбовите на мостот, соопшти градот, и тоа е сè што знаеме.",
        "The council said on Tuesday that the bridge would close for repairs until the end of the summer holidays.",
    ],
    ids=["de", "da", "hr", "mk", "en-short"],
)
def test_the_language_guess_is_the_plain_one(sample: str) -> None:
    """``guess_by_stopwords`` reads the kernel's count and asks for the words only where a judgement needs them:
    the same answer as the plain loop's (close rivals, a neighbour pair, Macedonian's letters, a short text)."""
    fast = language.guess_by_stopwords(sample)
    saved = language._VOTE_WORDS
    try:
        language._VOTE_WORDS = None
        language._last_votes = None
        plain = language.guess_by_stopwords(sample)
    finally:
        language._VOTE_WORDS = saved
    assert fast == plain
    assert language._vote_count(sample) == (len(language._votes(sample)[0]), language._votes(sample)[1])


_PUNCT_TEXT = st.lists(
    st.one_of(st.sampled_from([*textstats._PUNCT_CHARS, "a", "é", "日", "💬", " ", "\u0130", "ß"]),
              st.text(max_size=4)),
    max_size=60,
).map("".join)


@needs_kernels
@settings(max_examples=400, deadline=None)
@given(text=_PUNCT_TEXT, chars=st.text(max_size=12))
def test_blank_is_translate(text: str, chars: str) -> None:
    """Equal as Python's own str (in the narrowest form its characters allow: a wider one equals no other str)."""
    out = blank(text, CharSet(chars))
    assert out == text.translate({ord(c): " " for c in chars})
    assert out.isascii() == text.translate({ord(c): " " for c in chars}).isascii()


@needs_kernels
@settings(max_examples=300, deadline=None)
@given(text=_PUNCT_TEXT)
def test_the_blanked_samples_are_the_plain_ones(text: str) -> None:
    lowered = textstats.lower(text)

    def blanked() -> tuple[str, str, str]:
        return textstats.blank_sample_text(lowered), textstats.sample_blanked(text), language._profile_blanked(lowered)

    saved_t, saved_l = textstats._BLANK, language._BLANK
    try:
        fast = blanked()
        textstats._BLANK = language._BLANK = None
        plain = blanked()
    finally:
        textstats._BLANK, language._BLANK = saved_t, saved_l
    assert fast == plain


@needs_kernels
def test_char_set_reads_its_characters() -> None:
    chars = CharSet("«»“”.,!💬é")
    assert len(chars) == 9 and "»" in chars and "💬" in chars and "a" not in chars and "«»" not in chars
    assert len(CharSet("..")) == 1
    text = "«Já», disse ele."
    assert blank(text, CharSet("xyz")) is text  # (nothing to blank: the text itself)
    assert blank("«Já»", CharSet("«»")) == " Já "
    assert blank("“a”", CharSet("“”")) == " a " and blank("“a”", CharSet("“”")).isascii()
    with pytest.raises(TypeError):
        CharSet(["a"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        blank("a", WordSet(["a"]))  # type: ignore[arg-type]


# capitals whose small form is narrower (Ÿ, ẞ, Kelvin, Ångström: Latin-1 or ASCII), the two str.lower maps with its
# neighbours or into two characters (Σ, İ), letters of each form, a lone surrogate
_CASED = ["A", "Z", "É", "Ÿ", "ẞ", "\u212a", "\u212b", "Σ", "İ", "ı", "Ω", "Ж", "Ǆ", "ǅ", "\U00010400", "\U0001e900",
          "中", "’", "ß", "\ud800", "µ", " "]
_CASED_TEXT = st.lists(st.one_of(st.sampled_from(_CASED), st.text(max_size=4)), max_size=60).map("".join)


def _blocks(size: int = 2048) -> list[list[str]]:
    """Every code point, in blocks (a str a block: the kernels read the whole of it in one call)."""
    codes = list(range(0x110000))
    return [[chr(c) for c in codes[at : at + size]] for at in range(0, len(codes), size)]


@needs_kernels
def test_lower_maps_every_character_as_str_lower() -> None:
    """Every code point, a block of them a text: ``str.lower``'s answer in the same form (a str in another form
    than Python's equals no other), and None for a text holding İ or Σ."""
    assert lower("İ") is None and lower("Σ") is None and lower("aΣb") is None
    for block in _blocks():
        chars = [c for c in block if c not in "İΣ"]
        text = "".join(chars)
        assert lower(text) == text.lower(), hex(ord(block[0]))
        for c in chars[:: 97]:  # (and some alone: a text of one character takes the narrowest form its own needs)
            assert lower(c) == c.lower() and lower(c).isascii() == c.lower().isascii()  # type: ignore[union-attr]
    for c in ("Ÿ", "ẞ", "\u212a", "\u212b", "É", "A"):  # (the capitals whose small form is narrower, alone)
        out = lower(c)
        assert out == c.lower() and out is not None and out.isascii() == c.lower().isascii()


@needs_kernels
@settings(max_examples=500, deadline=None)
@given(text=_CASED_TEXT)
def test_lower_is_str_lower(text: str) -> None:
    out = lower(text)
    if out is None:
        assert "İ" in text or "Σ" in text
        return
    want = text.lower()
    assert out == want and hash(out) == hash(want) and out.isascii() == want.isascii()
    assert textstats.lower(text) == want


@needs_kernels
def test_lower_reads_a_str_only() -> None:
    assert lower("ÉTÉ À PARIS") == "été à paris" and lower("OΔΟΣ") is None and lower("") == ""
    with pytest.raises(TypeError):
        lower(b"ABC")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(text=_CASED_TEXT)
def test_textstats_lower_is_str_lower_with_or_without_the_kernel(text: str) -> None:
    saved = textstats._LOWER
    try:
        fast = textstats.lower(text)
        textstats._LOWER = None
        plain = textstats.lower(text * 40)  # (long enough for the bytewise path)
    finally:
        textstats._LOWER = saved
    assert fast == text.lower() and plain == (text * 40).lower()


@needs_kernels
@settings(max_examples=400, deadline=None)
@given(text=_PUNCT_TEXT, chars=st.text(max_size=12))
def test_holds_is_any_in(text: str, chars: str) -> None:
    assert holds(text, CharSet(chars)) == any(c in chars for c in text)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(["a", "é", "’", "中", "ก", "\u0dff", "\u0e00", "\u0fff", "\u1000",
                                               "\ufaff", "\ufb00", "\u30a2", "\U00020000", "\ud800"]),
                               st.text(max_size=3)), max_size=30).map("".join))
def test_spaced_only_whichever_runs(text: str) -> None:
    """The kernel's scan and the plain byte scan agree: whether no character of an unspaced script is there."""
    fast, plain = _with_and_without(textstats, "_HOLDS", textstats.spaced_only, text)
    assert fast == plain == (textstats._UNSPACED.search(text) is None)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(_SPACES + _NOT_SPACES + ["é", "’", "中"]), st.text(max_size=3)),
                     max_size=30).map("".join))
def test_odd_spaced_whichever_runs(text: str) -> None:
    from cleaner import document

    fast, plain = _with_and_without(document, "_HOLDS", document.odd_spaced, text)
    assert fast == plain == any(c in text for c in document.ODD_SPACE)


# every character str.splitlines breaks at or str.split splits at, a CR LF pair, and characters of each form
_LINE_PARTS = [*_SPACES, "\r\n", "\x1f", "a", "é", "中", "💬", "\u200b", "\ud800", "  "]


@needs_kernels
def test_normal_lines_reads_each_character_as_python() -> None:
    """Every code point between letters, after a space and before two: the lines splitlines and split make
    (a block of code points a text)."""
    for block in _blocks():
        for text in ("x".join(block), " " + "  ".join(block) + " ", "\n".join(block)):
            want = [" ".join(line.split()) for line in text.splitlines()]
            assert normal_lines(text) == want, hex(ord(block[0]))
    for c in ("\x85", "\u2028", "\u3000", "\xa0", "é", "中", "💬"):  # (lines of one character: the narrowest form)
        for text in (c, c + "\n", " " + c + " "):
            want = [" ".join(line.split()) for line in text.splitlines()]
            out = normal_lines(text)
            assert out == want and [o.isascii() for o in out] == [w.isascii() for w in want]


@needs_kernels
@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(_LINE_PARTS), st.text(max_size=4)), max_size=40).map("".join))
def test_normal_lines_is_split_and_join(text: str) -> None:
    want = [" ".join(line.split()) for line in text.splitlines()]
    out = normal_lines(text)
    assert out == want and [hash(o) for o in out] == [hash(w) for w in want]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(_LINE_PARTS), st.text(max_size=4)), max_size=40).map("".join))
def test_document_lines_whichever_runs(text: str) -> None:
    from cleaner import document

    fast, plain = _with_and_without(document, "_NORMAL_LINES", document.normal_lines, text)
    assert fast == plain == [" ".join(line.split()) for line in text.splitlines()]


@needs_kernels
@settings(max_examples=400, deadline=None)
@given(text=_PUNCT_TEXT, first=st.text(max_size=8), second=st.text(max_size=8))
def test_adjacent_is_a_search_of_two_classes(text: str, first: str, second: str) -> None:
    want = any(a in first and b in second for a, b in pairwise(text))
    assert adjacent(text, CharSet(first), CharSet(second)) == want


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from([*_SPACES, "-", "–", "—", "|", "·", "•", "a", " - ", "é"]),
                               st.text(max_size=3)), max_size=30).map("".join))
def test_part_break_whichever_runs(text: str) -> None:
    """glued-residue's separator test: the kernel's scan is the regex's answer on any text, and the plain code's on a
    line's text (normalised: its only whitespace the space, which the plain code's first look assumes)."""
    from cleaner.passes import glued

    line = " ".join(text.split())
    fast, plain = _with_and_without(glued, "_SPACED", glued.has_part_break, line)
    if glued._SPACED is not None:  # (the kernel's scan reads any whitespace, as the regex)
        assert glued.has_part_break(text) == (glued._PART_BREAK.search(text) is not None)
    assert fast == plain == (glued._PART_BREAK.search(line) is not None)


def test_join_hint_classes_are_the_patterns() -> None:
    """The glued-teasers hint's two classes, as the kernel reads them, are its regex's (every character below
    U+0250 and the closing marks, before and after)."""
    from cleaner.passes import promos

    chars = [chr(c) for c in range(0x250)] + ["”", "’", "中", "\U0001f600"]
    for a in chars:
        for b in ("a", "A", "É", "Ą", "ą", "1", "中", a):
            assert (promos._JOIN_HINT.search(a + b) is not None) == (
                a in promos._JOIN_BEFORE_CHARS and b in promos._JOIN_CAPITALS
            ), (a, b)
            assert (promos._JOIN_HINT.search(b + a) is not None) == (
                b in promos._JOIN_BEFORE_CHARS and a in promos._JOIN_CAPITALS
            ), (b, a)


def test_measure_gives_the_plain_stats_whichever_runs() -> None:
    """``measure`` with the kernel (where built) and the plain count agree on every field."""
    words = language.stopwords("en")
    line = "The council said on Tuesday that the bridge would close for repairs until the end of the summer."
    blanked = textstats.blank_sample_text(textstats.lower(line))
    with_kernel = textstats.measure(line, words, True, blanked=blanked)
    saved = textstats._COUNT_WORDS
    try:
        textstats._COUNT_WORDS = None
        plain = textstats.measure(line, words, True, blanked=blanked)
    finally:
        textstats._COUNT_WORDS = saved
    assert with_kernel == plain
    tokens, stops = _plain(blanked, words)
    assert (plain.stopwords, plain.stop_ratio, plain.words) == (stops, stops / tokens, 18)
    assert 0 < stops < tokens


def test_a_build_has_its_kernels() -> None:
    """The kernels come with the compiled modules (``setup.py``): a compiled install without them would run the
    plain count, slower, without telling."""
    assert not cleaner.COMPILED or (count_words is not None and textstats._COUNT_WORDS is count_words)
    assert not cleaner.COMPILED or (lower is not None and textstats._LOWER is lower)
    assert not cleaner.COMPILED or (normal_lines is not None and kernels.NORMAL_LINES is normal_lines)
