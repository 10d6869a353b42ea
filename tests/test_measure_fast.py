"""The per-line measurements' shortcuts give exactly what the plain computation gave.

The references below are the code the shortcuts replaced (``textstats.measure`` and
``language._profile_words`` as they were, with a regex substitution for the punctuation and a
regex scan of every line for unspaced scripts); each test holds a shortcut to them over every
code point where a character-level argument carries it, and over tricky text otherwise.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import language, textstats
from cleaner.context import Context
from cleaner.document import Document
from cleaner.textstats import (
    _PUNCT,
    _PUNCT_BYTES,
    _UNSPACED,
    LineStats,
    blank_punctuation,
    measure,
    present,
    spaced_only,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EVERY = "".join(map(chr, range(0x110000)))


def _ref_unspaced_chars(text: str) -> int:
    return len(_UNSPACED.findall(text))


def _ref_word_count(text: str) -> int:
    words = text.count(" ") + 1
    cjk = _ref_unspaced_chars(text)
    if cjk > len(text) * 0.3:
        return max(words, textstats._unspaced_words(text, cjk))
    return words


class _RefStats(NamedTuple):
    """``LineStats`` as it was (a NamedTuple): the native class must hold the same fields."""

    chars: int
    words: int
    stopwords: int
    stop_ratio: float
    sentence_end: bool
    terminal: bool
    unspaced: bool
    colon_end: bool


def _ref_measure(text: str, stopwords: frozenset[str]) -> LineStats:
    cjk = _ref_unspaced_chars(text)
    unspaced = cjk > len(text) * 0.3
    spaced = text.count(" ") + 1
    words = max(spaced, textstats._unspaced_words(text, cjk)) if unspaced else spaced
    tokens = _PUNCT.sub(" ", text[: textstats.STOP_SAMPLE_CHARS].lower()).split() if stopwords and not unspaced else []
    stops = sum(1 for t in tokens if t in stopwords)
    ratio = stops / len(tokens) if tokens else 0.0
    stripped = text.rstrip()
    sentence_end = textstats._last_is_end(stripped.rstrip(textstats._CLOSERS))
    terminal = stripped[-1:] in textstats._TERMINALS and stripped != ""
    colon_end = stripped[-1:] in textstats._COLONS
    ref = _RefStats(len(text), words, stops, ratio, sentence_end, terminal, unspaced, colon_end)
    out = LineStats(*ref)
    assert out.fields() == tuple(ref)
    return out


def _ref_is_prose(text: str, stopwords: frozenset[str]) -> bool:
    return textstats.is_prose(_ref_measure(text, stopwords), bool(stopwords))


# Lines that try every corner: Turkish dotted capital I (lower-cases to two characters), Greek final
# sigma (depends on its neighbours, punctuation among them), CJK and Thai, Arabic and Hebrew, lone
# surrogates, control characters, tabs, every wide punctuation mark, lines past the sample size.
TRICKY = [
    "İSTANBUL'DA BÜYÜK BİR TOPLANTI YAPILDI VE HERKES ORADAYDI, DEDİ.",
    "ΟΔΟΣ ΠΡΟΣ ΤΗΝ ΑΘΗΝΑ: Η ΚΥΒΕΡΝΗΣΗ ΑΝΑΚΟΙΝΩΣΕ ΤΑ ΝΕΑ ΜΕΤΡΑ ΣΗΜΕΡΑ.",
    "ΑΣ.Β ΑΣ·Β ΑΣ’Β ΑΣ'Β ΑΣ…Β και το ΣΑΣ, του Σ. και η ΟΔΟΣ; και ο ΝΟΜΟΣ» να",
    "日本の首相は今日、東京で記者会見を開き、新しい経済対策を発表した。",
    "中国经济：上证指数 3,000 点，深证成指 10,000 点。",
    "รัฐบาลประกาศมาตรการใหม่ในวันนี้",
    "الحكومة أعلنت اليوم عن إجراءات جديدة في المدينة، وقال الوزير إن ذلك مهم.",
    "הממשלה הודיעה היום על צעדים חדשים בעיר, אמר השר.",
    "broken \ud800 surrogate \udfff and a pair \ud83d\ude00 in the text of the line.",
    "control\x00chars\x07 and\ttabs\tin the and of line\x1f here.",
    "¡«·»¿–—‘’‚“”„•…‹›、。「」『』！（），：；？ the and of",
    "„Das ist“, sagte sie, ‚wirklich‘ »gut« – und — dann… die der und.",
    "Tiếng Việt có các từ và của những được cho trong không với này.",
    "हिन्दी में यह एक वाक्य है। और यह दूसरा है॥",
    "The " * 200 + "İ end.",
    "x" * 318 + "ΑΣ" + "Β and the rest of a very long line of the text.",
    "Ω" * 319 + "Σ" + "Β" * 10,
    " leading and trailing spaces  doubled ",
    "",
    "。",
    "a",
]


def _lines() -> list[str]:
    out = list(TRICKY)
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.extend(case["input"].splitlines())
    for path in sorted((FIXTURES / "negatives").glob("*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
    return out


LINES = _lines()
STOPLISTS = [language.stopwords(lang) for lang in ("en", "de", "tr", "el", "ru", "ar", "vi")] + [frozenset()]


def test_wide_punctuation_is_the_regex_outside_ascii() -> None:
    assert sorted(c for c in EVERY if not c.isascii() and _PUNCT.match(c)) == sorted(textstats.WIDE_PUNCT)
    assert sorted(c for c in EVERY if not c.isascii() and language._PUNCT.match(c)) == sorted(language._PUNCT_WIDE)
    assert len(set(textstats.WIDE_PUNCT)) == len(textstats.WIDE_PUNCT)


def test_lower_casing_makes_no_punctuation() -> None:
    # Lines are lower-cased before they are blanked: a mark the line does not hold cannot appear.
    assert [c for c in EVERY if c not in textstats.WIDE_PUNCT and set(c.lower()) & set(textstats.WIDE_PUNCT)] == []


def test_unspaced_lead_bytes_cover_the_unspaced_scripts() -> None:
    unspaced = [c for c in EVERY if _UNSPACED.match(c)]
    assert {c.encode("utf-8")[:1] for c in unspaced} <= set(textstats._UNSPACED_LEADS)


def test_spaced_only_on_every_code_point() -> None:
    for start in range(0, 0x110000, 0x800):
        chunk = EVERY[start : start + 0x800]
        assert spaced_only(chunk) == (_UNSPACED.search(chunk) is None)
    edges = "\u0dff\u0e00\u0fff\u1000\u109f\u10a0\u177f\u1780\u17ff\u1800\u303f\u3040\u9fff\ua000"
    for c in edges + "\uf8ff\uf900\ufaff\ufb00":
        assert spaced_only("abc " + c) == (_UNSPACED.search(c) is None), hex(ord(c))


def test_blank_punctuation_is_the_regex() -> None:
    for text in [*LINES, EVERY[:0x3000], EVERY[0x3000:0x10000]]:
        low = text.lower()
        expected = _PUNCT.sub(" ", low)
        assert blank_punctuation(low, textstats.WIDE_PUNCT, _PUNCT_BYTES) == expected
        assert blank_punctuation(low, present(low, textstats.WIDE_PUNCT), _PUNCT_BYTES) == expected
        assert language._profile_words(low) == language._PUNCT.sub(" ", low).split()


def test_measure_matches_the_reference_on_tricky_lines() -> None:
    for stop in STOPLISTS:
        for text in LINES:
            expected = _ref_measure(text, stop)
            assert measure(text, stop) == expected, text
            assert measure(text, stop, spaced_only(text), present(text, textstats.WIDE_PUNCT)) == expected, text


_CHARS = st.one_of(
    st.sampled_from("İıΣσςΑΒ日本の語。、「」“”‘’«»…–—.,;:!?'\"() \t\x00\x1fаבع\u0e01\u1ea0\ud800\udc00"),
    st.characters(),
)


@settings(max_examples=400, deadline=None)
@given(st.text(_CHARS, max_size=400))
def test_measure_matches_the_reference(text: str) -> None:
    for stop in (STOPLISTS[0], STOPLISTS[3], frozenset()):
        expected = _ref_measure(text, stop)
        assert measure(text, stop) == expected
        assert measure(text, stop, spaced_only(text), present(text, textstats.WIDE_PUNCT)) == expected


def _check_context(text: str) -> None:
    doc = Document(text)
    ctx = Context(doc)
    stop = ctx.stopwords
    texts = [line.text for line in doc.lines]
    assert ctx.word_counts() == [_ref_word_count(t) for t in texts]
    assert [ctx.is_prose(i) for i in range(len(texts))] == [_ref_is_prose(t, stop) for t in texts]
    assert [ctx.stats(i) for i in range(len(texts))] == [_ref_measure(t, stop) for t in texts]
    # a trimmed line is measured again, and the document's cached facts still hold for it
    for i, line in enumerate(doc.lines):
        words = line.text.split(" ")
        if len(words) > 2:
            cut = words[0] + " "
            doc.trim(i, line.text[len(cut) :], cut, "prefix", "test", "test")
            ctx.refresh(i)
            assert ctx.stats(i) == _ref_measure(line.text, stop)
            assert ctx.words(i) == _ref_word_count(line.text)
            assert ctx.is_prose(i) == _ref_is_prose(line.text, stop)


def test_context_measurements_match_the_reference() -> None:
    for text in ["\n".join(TRICKY), "\n\n".join(TRICKY[::-1]), *(t for t in TRICKY if t)]:
        _check_context(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(_CHARS, max_size=120), max_size=12))
def test_context_measurements_match_the_reference_on_any_text(lines: list[str]) -> None:
    _check_context("\n".join(lines))


def test_language_sample_is_taken_again_after_a_trim() -> None:
    doc = Document("Short line\nA much longer line of text that comes first in the sample")
    ctx = Context(doc)
    first = ctx.language_sample()
    assert ctx.language_sample() is first
    doc.trim(1, "longer line of text that comes first in the sample", "A much ", "prefix", "test", "test")
    assert ctx.language_sample() == "longer line of text that comes first in the sample\nShort line"


def test_unspaced_regex_is_unchanged() -> None:
    # the lead bytes above are derived from these ranges: a change to one needs the other
    assert _UNSPACED.pattern == re.compile(
        r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    ).pattern


def test_line_stats_compare_field_by_field() -> None:
    fields = (40, 7, 3, 3 / 7, True, True, False, False)
    a, b = LineStats(*fields), LineStats(*fields)
    assert a == b and hash(a) == hash(b) and a.fields() == fields
    assert a.stop_ratio == 3 / 7 and a.words == 7 and a.sentence_end and not a.unspaced
    assert repr(a) == repr(_RefStats(*fields)).replace("_RefStats", "LineStats")
    r = 3 / 7
    for changed in [
        LineStats(41, 7, 3, r, True, True, False, False), LineStats(40, 8, 3, r, True, True, False, False),
        LineStats(40, 7, 2, r, True, True, False, False), LineStats(40, 7, 3, 0.5, True, True, False, False),
        LineStats(40, 7, 3, r, False, True, False, False), LineStats(40, 7, 3, r, True, False, False, False),
        LineStats(40, 7, 3, r, True, True, True, False), LineStats(40, 7, 3, r, True, True, False, True),
    ]:
        assert changed != a, changed
    assert a != fields  # (no longer a tuple: nothing reads it as one)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "and", "of", "x", "der", "", "The", "и", "και"]), max_size=60))
def test_count_in_counts_every_occurrence(words: list[str]) -> None:
    for stop in (STOPLISTS[0], STOPLISTS[1], STOPLISTS[3], frozenset()):
        assert textstats.count_in(words, stop) == sum(map(stop.__contains__, words))


# -- the language vote: the old code, before the plain loops and the lead-byte check --------------------

def _ref_votes(sample: str) -> tuple[list[str], list[float]]:
    text = sample[: language.PROFILE_CHARS].lower()
    words = language._PUNCT.sub(" ", text).split()
    votes = language._vote_shares()
    scores = [0.0] * len(language._LANGS)
    for hit in filter(None, map(votes.get, words)):
        for n, share in hit:
            scores[n] += share
    for a, a_letters, b, b_letters in language._LETTER_PAIRS_AT:
        if scores[a] and scores[b]:
            has_a, has_b = any(c in text for c in a_letters), any(c in text for c in b_letters)
            if has_a and not has_b:
                scores[a], scores[b] = scores[a] + scores[b], 0.0
            elif has_b and not has_a:
                scores[b], scores[a] = scores[b] + scores[a], 0.0
    # (the letters' rules after the vote: the southern Slavic letters, the Cyrillic ones, the letters that rule a
    # language's votes out)
    if scores[language._SOUTH_AT[0]] or scores[language._SOUTH_AT[1]]:
        language._rule_out_by_letters(text, scores)
    if scores[language._MK_AT] or scores[language._SR_AT] or scores[language._RU_AT]:
        language._macedonian_votes(text, scores, words)
    if scores[language._BG_AT] or scores[language._SR_AT]:
        language._cyrillic_votes(text, scores)
    for n, letters, least, keep in language._VOTES_RULED_OUT_AT:
        if scores[n] and sum(text.count(c) for c in letters) >= least and not set(keep) & set(text):
            scores[n] = 0.0
    return words, scores


def _ref_guess_by_script(sample: str) -> str | None:
    sample = sample[: language.PROFILE_CHARS]
    if sample.isascii():
        return None
    han = len(language._HAN_CHAR.findall(sample))
    kana = len(language._KANA_CHAR.findall(sample))
    chars = han + kana
    if chars < language.SCRIPT_MIN_CHARS or chars / 2 <= len(language._OTHER_WORD.findall(sample)):
        if language._hangul_dominates(sample, chars):
            return "ko"
        thai = len(language._THAI_CHAR.findall(sample))  # (Thai: no lead-byte shortcut here)
        if thai >= language.SCRIPT_MIN_CHARS and thai / 2 > len(language._NON_THAI_WORD.findall(sample)):
            return "th"
        hebrew = len(language._HEBREW_CHAR.findall(sample))  # (Hebrew: no lead-byte shortcut here)
        if hebrew >= language.SCRIPT_MIN_CHARS and len(language._HEBREW_WORD.findall(sample)) > len(
            language._NON_HEBREW_WORD.findall(sample)
        ):
            return "he"
        return None
    return "ja" if kana >= language.KANA_MIN_SHARE * chars else "zh"


def _samples() -> list[str]:
    out = list(TRICKY)
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append(Context(Document(case["input"])).language_sample())
    return out


SAMPLES = _samples()


def _check_language(sample: str) -> None:
    language._last_votes = None  # (the cache of the last sample's votes: compute afresh)
    assert language._votes(sample) == _ref_votes(sample)
    assert language._votes(sample) == _ref_votes(sample)  # (the cached answer too)
    assert language.guess_by_script(sample) == _ref_guess_by_script(sample)


def test_language_vote_matches_the_reference() -> None:
    for sample in SAMPLES:
        _check_language(sample)
    for sample in ["ΟΔΟΣ ΚΑΙ ΤΟ ΤΗΣ ΤΟΥ " * 30, "Σ".join(["και"] * 50), "İ".join(["the"] * 50)]:
        _check_language(sample)


_WORDY = st.one_of(
    st.sampled_from(["the ", "and ", "der ", "и ", "і ", "ы ", "και ", "ΤΗΣ ", "og ", "ø ", "ä ", "ě ", "ą ",
                     "日本", "の", "한국어 ", "ΟΔΟΣ", ", ", ". ", "\n", "İ"]),
    st.text(_CHARS, max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDY, max_size=400).map("".join))
def test_language_vote_matches_the_reference_on_any_text(sample: str) -> None:
    _check_language(sample)


def test_thai_lead_bytes_cover_every_thai_character() -> None:
    chars = [c for c in EVERY if language._THAI_CHAR.match(c)]
    assert chars and {c.encode("utf-8")[:2] for c in chars} <= set(language._THAI_LEADS)


def test_the_hebrew_lead_byte_covers_every_hebrew_letter() -> None:
    chars = [c for c in EVERY if language._HEBREW_CHAR.match(c)]
    assert chars and {c.encode("utf-8")[:1] for c in chars} == {language._HEBREW_LEAD}


def test_cjk_lead_bytes_cover_han_kana_and_hangul() -> None:
    chars = [c for c in EVERY if language._HAN_CHAR.match(c) or language._KANA_CHAR.match(c)
             or language._HANGUL_CHAR.match(c)]
    assert {c.encode("utf-8")[:1] for c in chars} <= set(language._CJK_LEADS)
    for start in range(0, 0x110000, 0x400):
        chunk = EVERY[start : start + 0x400]
        held = any(language._HAN_CHAR.match(c) or language._KANA_CHAR.match(c) or language._HANGUL_CHAR.match(c)
                   for c in chunk)
        assert held <= language._may_hold_cjk(chunk), hex(start)
        assert language.guess_by_script("x " + chunk[:600]) == _ref_guess_by_script("x " + chunk[:600]), hex(start)
