"""The RE2 line gate (cleaner.gate) is a pre-check only: it may let a line through that no
pattern matches, never stop one that a pattern matches. These tests hold it to that on every
vocabulary table and on real and awkward lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import gate, vocab

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
pytestmark = pytest.mark.skipif(not gate.available(), reason="google-re2 is a dependency; without it nothing is gated")


def _lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            lines.extend(case["input"].splitlines())
    for path in sorted((FIXTURES / "negatives").glob("*.txt")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    awkward = ["SHARE THIS ARTICLE", "ſign up for our newsletter", "İmage: Reuters", "KELVIN 3\u212a",
               "Follow us on Twitter.", "ﬁ ligature", "  padded  ", "Ünïcödé Çömments (12)", "a" * 3000,
               # led by symbols: the tables (and so the gate) see them past those too
               "👉 Follow us on Twitter.", "▶️ WATCH: Crews fight the fire", "📲 Leia mais: Câmara aprova plano",
               "💬 12 Kommentare", "1️⃣ Sign up for our newsletter", "» Mehr zum Thema", "👨‍👩‍👧 📸 Foto: Max Muster"]
    lines.extend(awkward)
    return [" ".join(line.split()) for line in lines if line.strip()]


LINES = _lines()


def test_ascii_folds_constant_matches_this_python() -> None:
    assert gate.ascii_folds() == gate.ASCII_FOLDS


def test_wide_folds_constant_matches_this_python() -> None:
    assert gate.wide_folds() == gate.WIDE_FOLDS


def test_a_word_below_u3000_lets_no_line_of_japanese_through() -> None:
    """A Georgian or Cyrillic word's letters list the characters they match: a line of Japanese as long as the word
    is ruled out (the gate's letters took every character from U+3000 up, and a Kazakh heading's table let every
    Japanese line of eight characters through to the comment markers' checks), while the word in any case and a
    letter that case-folds from above U+3000 (Cherokee's small letters) still pass."""
    g = gate.gate_for((("full", ("(пікірлер|კომენტარები|ᏣᎳᎩ)\\s*(\\(\\d{1,7}\\))?",)),))
    assert g is not None
    lines = ["以下、その手順。", "これが非常に困ったもの", "ᏣᎳᎩ", "ꮳꮃꭹ", "ПІКІРЛЕР", "Пікірлер (4)", "კომენტარები"]
    assert g.lines(lines) == [False, False, True, True, True, True, True]
    table = re.compile("(пікірлер|კომენტარები|ᏣᎳᎩ)\\s*(\\(\\d{1,7}\\))?", re.IGNORECASE)
    assert [table.fullmatch(line) is not None for line in lines] == [False, False, True, True, True, True, True]


@pytest.mark.parametrize("family", vocab.families())
def test_gate_never_rules_out_a_line_a_table_matches(family: str) -> None:
    checked = 0
    for name in vocab.load_family(family):
        table = vocab.table(family, name, None)  # every language's patterns
        if not table.patterns:
            continue
        g = gate.gate_for(((table.mode, tuple(table.patterns)),))
        if g is None:
            continue  # untranslatable tables are simply not gated
        maybe = g.lines(LINES)
        assert maybe is not None
        for line, ok in zip(LINES, maybe, strict=True):
            if table.match(line):
                checked += 1
                assert ok, f"{family}.{name}: the gate ruled out {line!r}, which the table matches"
    assert checked > 0  # the fixtures hold residue of every family


def test_gate_rules_out_plain_prose() -> None:
    table = vocab.table("promos", "cta", ("en",))
    g = gate.gate_for(((table.mode, tuple(table.patterns)),))
    assert g is not None
    assert g.lines(["The council met on Tuesday to discuss the harbour.", "Click here to read more."]) == [False, True]


def test_gate_finds_the_lines_a_plain_search_of_each_line_finds() -> None:
    """The gate's scan from line starts (lazy line-skipping prefix) agrees line for line with
    an unanchored search of each line on its own, and of the line past its leading symbols
    (see :func:`cleaner.vocab.symbol_lead`)."""
    for family in vocab.families():
        for name in vocab.load_family(family):
            table = vocab.table(family, name, None)
            g = gate.gate_for(((table.mode, tuple(table.patterns)),))
            if g is None:
                continue
            plain = gate._compile("|".join(gate.translate(p, table.mode) or "" for p in table.patterns))
            anchor = gate._re2.RE2.Anchor.UNANCHORED

            def found(s: str) -> bool:
                return bool(plain.Match(anchor, s.encode(), 0, len(s.encode()))[0][0] >= 0)  # noqa: B023

            expected = [found(s) or ((rest := vocab.without_symbols(s)) is not None and found(rest)) for s in LINES]
            assert g.lines(LINES) == expected, f"{family}.{name}"
            assert [g.line(s) for s in LINES] == expected, f"{family}.{name}"


#: Characters whose case folds trip naive rules: Turkish dotted and dotless i, long s, Kelvin and Ångström
#: signs, Greek final sigma and iota forms, sharp s and its capital, Cyrillic, Armenian, Georgian, a
#: title-case digraph, fullwidth Latin (cased, above U+3000), CJK, kana and Hangul (uncased).
_TRICKY = "iIİıſsSKkKåÅÅσςΣιΙͅιßẞчЧёЁաԱაᲐǅǆǄＡａ中のカ한—"


@given(
    atom=st.sampled_from([*_TRICKY, "[а-яё]", "[^a-z]", r"\w", r"\W", ".", "[ίι]", "[^中]"]),
    ch=st.one_of(st.sampled_from(list(_TRICKY)), st.characters(max_codepoint=0x10FFFF, exclude_categories=["Cs"])),
)
@settings(max_examples=3000, deadline=None)
def test_a_non_ascii_atom_keeps_every_character_python_matches(atom: str, ch: str) -> None:
    """The gate lists the non-ASCII characters an atom matches (so lines in Cyrillic or CJK are ruled out
    as English ones are); it must list every character Python's case-insensitive ``re`` matches."""
    if ch == "\n" or not re.fullmatch(atom, ch, re.IGNORECASE):
        return
    source = gate.translate(atom, "full")
    assert source is not None
    rx = gate._compile(source)
    data = ch.encode("utf-8")
    assert rx.Match(gate._re2.RE2.Anchor.ANCHOR_BOTH, data, 0, len(data))[0][0] >= 0, (atom, ch)


def test_the_gate_rules_out_lines_in_other_scripts() -> None:
    """A Cyrillic or Chinese pattern's gate rules out the lines of its script that cannot match it."""
    ru = gate.gate_for((("start", ("(читайте также|смотрите также)\\s*:",)),))
    zh = gate.gate_for((("start", ("(责任编辑|来源)\\s*[:：]",)),))
    assert ru is not None and zh is not None
    assert ru.lines(["Читайте также: новости", "Правительство одобрило план."]) == [True, False]
    assert zh.lines(["责任编辑：王明", "市政府周二宣布了新的计划。"]) == [True, False]


def test_both_scans_give_the_same_answers() -> None:
    """The gate's two implementations (per-line encoding for the compiled build, one joined text for plain
    Python; see cleaner.gatescan) agree with each other line for line, led by symbols or not, and on the
    lines they cannot answer for (a newline inside a text, a lone surrogate, no lines)."""
    from cleaner import gatescan

    table = vocab.table("promos", "cta", None)
    g = gate.gate_for(((table.mode, tuple(table.patterns)),))
    assert g is not None and g._rx is not None
    match, anchor = g._rx.Match, g._anchor
    odd = [*LINES[:50], "", "💬", "👉 Click here to read more.", "1️⃣", "» ", "“Quoted”", "— Dash", "« Guillemet",
           "…", "‹ x", "Ünï", "中文", "_x", "1 2", "#️⃣ Tag", "*⃣ x", "+ Plus", "| a |", "` x", "\u2012 x",
           "Click here\nto read more", "\ud800 x"]
    for texts in (LINES, LINES[::-1], odd, odd[-2:], odd[-1:], [""], [], ["Click here to read more."] * 3):
        expected = gatescan.lines_joined(match, anchor, texts)
        assert gatescan.lines(match, anchor, texts) == expected
        if "\n" not in "".join(texts):  # (one scan finds the lines led by symbols, the other looks at each)
            assert gatescan.symbol_led(texts) == gatescan._symbol_led_joined(texts, "\n".join(texts))
            if texts and "\ud800" not in "".join(texts):
                assert expected is not None
    assert gatescan.lines(match, anchor, ["Click here\nto read more"]) is None
    assert gatescan.lines(match, anchor, ["\ud800 Click here to read more."]) is None


def test_the_encoding_cache_keeps_answers_exact() -> None:
    """Lines met again reuse their UTF-8 bytes; a full cache is emptied, never wrong."""
    from cleaner import gatescan

    table = vocab.table("promos", "cta", None)
    g = gate.gate_for(((table.mode, tuple(table.patterns)),))
    assert g is not None and g._rx is not None
    texts = [f"Ünïcödé line {i} — “quoted”" for i in range(gatescan._ENCODED_MAX + 10)] + ["Click here to read more…"]
    match, anchor = g._rx.Match, g._anchor
    first = gatescan.lines(match, anchor, texts)
    assert first == gatescan.lines(match, anchor, texts) == gatescan.lines_joined(match, anchor, texts)
    assert first is not None and first[-1]
    assert len(gatescan._ENCODED) <= gatescan._ENCODED_MAX


@given(st.text(alphabet=st.sampled_from("aZz0?!)”’\"' .\nłŁßÀéÉ-"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_plain_gate_never_rules_out_a_line_its_regex_finds(text: str) -> None:
    """A pass's hand-written pre-check (``glued-teasers``' capital after a letter) asked of RE2 lets every line
    through that Python's regex finds something in, and, over plain lines, only those."""
    from cleaner.passes.promos import _JOIN_HINT

    g = gate.plain_gate(_JOIN_HINT.pattern)
    if g is None:
        return
    for line in text.split("\n"):
        found = _JOIN_HINT.search(line) is not None
        assert g.line(line) or not found
        if line[:1].isalnum():  # (no leading symbols for the gate to look past)
            assert g.line(line) == found


def test_a_gate_is_built_once_per_table_set() -> None:
    """Passes ask for their gate on every document: building RE2's program each time made a warm pass ten times
    slower (a decorator once slipped from ``gate_for`` to the function above it)."""
    tables = (("full", ("read more", "see also")),)
    assert gate.gate_for(tables) is gate.gate_for(tables)
    assert gate.plain_gate("[a-z][A-Z]") is gate.plain_gate("[a-z][A-Z]")


@pytest.mark.parametrize(
    ("pattern", "line", "passes"),
    [
        # a small count is kept: a line with more words before the keyword than the pattern allows is ruled out
        (r"(?:\w+ ){0,3}comments", "two comments", True),
        (r"(?:\w+ ){0,3}comments", "one two three comments", True),
        (r"(?:\w+ ){0,3}comments", "one two three four comments", False),
        (r"\d{4}", "2024", True),
        (r"\d{4}", "202", False),
        (r"share(?: this){1,2}", "share this this", True),
        # a large bound is dropped (a superset): the gate lets the longer line through, the table does not match it
        (r"(?:\w+ ){0,12}comments", " ".join(["w"] * 13) + " comments", True),
    ],
)
def test_a_small_repeat_count_is_kept(pattern: str, line: str, passes: bool) -> None:
    """A word repeat kept open-ended ("(?:\\w+ ){0,6}" read as any number of words) keeps the gate's DFA stepping
    through distinct states over whole lines of prose; counts up to ``_KEPT_COUNT`` are kept exactly."""
    g = gate.gate_for((("full", (pattern,)),))
    assert g is not None
    assert g.line(line) is passes
    if passes is False:  # (a line the gate rules out, the table does not match either)
        assert not re.fullmatch(pattern, line, re.IGNORECASE)
