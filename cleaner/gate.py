"""A one-pass line gate: which lines of a document can any vocabulary pattern match at all.

Most lines of a page match no residue pattern, yet Python's backtracking ``re`` pays for
every alternative that shares a line's first character (and a few patterns backtrack
badly on near misses). The gate answers "can some pattern of these tables match this
line?" for a whole document with a handful of calls into RE2 (a DFA, linear time): the
lines it rules out skip the Python regexes; the others run them exactly as before, so
the gate only ever saves time and never changes a result.

Soundness: every pattern is translated from Python's own parse tree into an RE2
pattern that matches *at least* what Python's matches on a line (a superset):

* every single-character atom (literal, class, category, ``.``) becomes an explicit,
  case-sensitive RE2 class listing the ASCII characters that Python's ``re`` itself
  matches with the flags in effect (enumerated by running the atom on each of them); of the
  others, a letter or a class of letters below ``U+3000`` (``ч``, ``[а-яё]``) lists those below
  ``U+3000`` the same way and the few above it that case-fold with them (:data:`WIDE_FOLDS`), one
  that reaches higher (``Ａ``, ``[ぁ-ん]``) takes every character from ``U+3000`` up, an uncased
  character (``中``) only itself, and any other atom (``\\w``, ``[^.!?]``) every non-ASCII character;
* assertions (``\\b``, lookarounds) are dropped, backreferences match any text, atomic
  groups and possessive or lazy repeats become plain groups and greedy repeats, and an upper bound over
  :data:`_KEPT_COUNT` is dropped;
* ``^``/``$`` and the table's match mode anchor at line boundaries.

A pattern that cannot be translated (unknown syntax, RE2 limits) makes its tables
ungated: they always run. Without the ``google-re2`` package nothing is gated.
"""

from __future__ import annotations

import _sre as _sre_module  # type: ignore[import-not-found, unused-ignore]
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from re import _constants as _sre  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found, unused-ignore]
from typing import Any

from . import derived, gatescan, vocab
from .vocab import without_symbols

try:  # pragma: no branch
    from re2 import _re2  # type: ignore[import-untyped, unused-ignore]
except ImportError:  # pragma: no cover - a dependency; without it every line runs the regexes
    _re2 = None

_ASCII = "".join(chr(c) for c in range(0x80) if c != 0x0A)
# (plain ints: flag arithmetic on ``re.RegexFlag`` members goes through ``enum`` on every atom)
_FLAG_MASK = int(re.IGNORECASE | re.DOTALL | re.ASCII | re.UNICODE)
_ASCII_FLAG = int(re.ASCII)
_UNICODE_FLAG = int(re.UNICODE)
_ANY_NON_ASCII = "\\x{80}-\\x{10ffff}"
_WIDE = 0x3000  # from here up (CJK, fullwidth forms, emoji...) a "letters" atom's class takes every character
_WIDE_AND_UP = "\\x{3000}-\\x{10ffff}"
# The largest repeat count a translation keeps (larger upper bounds are dropped). The gates' cost is memory:
# each byte a DFA reads is a step to a state that is rarely in the processor's caches, so what matters is how
# many distinct states a line of prose walks through. Bounded word repeats die within a line; counts up to 8 cost
# RE2 a few copies of their body each, and made the largest vocabulary group's gate twice as fast (all the gates
# together: 12% less time, on pages seen before and on new ones).
_KEPT_COUNT = 8
# Put before the patterns of a gate searched from a line start: the fewest whole lines,
# then the fewest characters of the next, before a pattern matches (no pattern of the gate
# spans a newline, so the match ends in the first line one of them matches).
_FIRST_LINE_PREFIX = "(?:[^\\n]*\\n)*?[^\\n]*?"


class Untranslatable(Exception):
    """The pattern uses syntax the gate does not translate (its tables stay ungated)."""


def available() -> bool:
    return _re2 is not None


#: Every non-ASCII character that Python's case-insensitive ``re`` matches with some ASCII
#: character: dotted and dotless I, long s, the Kelvin sign. Kept as a constant (working it
#: out scans all of Unicode, 0.15 s at every start-up); ``ascii_folds()`` computes it and a
#: test holds the two equal, so a Python whose ``re`` folds differently fails loudly.
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


#: Every character from U+3000 up that Python's case-insensitive ``re`` matches with some character below it (Cyrillic
#: Extended-B's "Ꙋ", Latin Extended-D's "Ɥ", "Ɡ"..., the Cherokee small letters): with these, a letter below U+3000
#: ("ч", "კ") lists every character it matches, so that the gate of a Kazakh or Georgian word no longer lets through
#: every line of Japanese of the word's length. ``wide_folds()`` computes it and a test holds the two equal.
WIDE_FOLDS = "".join(
    map(chr, [0xA64A, 0xA64B, 0xA77D, 0xA78D, *range(0xA7AA, 0xA7AF), 0xA7B0, 0xA7B1, 0xA7B2, 0xA7C5, 0xA7C6,
              *range(0xAB70, 0xABC0)])
)


def wide_folds() -> str:
    """Compute :data:`WIDE_FOLDS` by running ``re`` on every character from U+3000 up."""
    below = re.compile("[\\x00-\u2fff]", re.IGNORECASE)
    return "".join(ch for ch in map(chr, range(_WIDE, 0x110000)) if not 0xD800 <= ord(ch) < 0xE000 and below.match(ch))


def ascii_folds() -> str:
    """Compute :data:`ASCII_FOLDS` by running ``re`` on all of Unicode."""
    every = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    return "".join(sorted(set(re.compile("[\\x00-\\x7f]", re.IGNORECASE).findall(every))))


@lru_cache(maxsize=1)
def _below_wide() -> str:
    """Every character from U+0080 below U+3000 (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic...): the
    non-ASCII characters a "letters" atom's class lists exactly, by running the atom on each of them."""
    return "".join(chr(c) for c in range(0x80, _WIDE))


@lru_cache(maxsize=4096)
def _atom_class(source: str, flags: int, kind: str) -> str:
    """RE2 class (UTF-8) for the one-character pattern ``source`` under ``flags``: exactly the
    ASCII characters Python's ``re`` matches with it (newline aside), and of the others, by
    ``kind``: "ascii" (an atom of ASCII literals) exactly the non-ASCII ones too (only case
    folds can match those); "letters" (non-ASCII literals and ranges below U+3000: "ч", "[а-яё]")
    exactly, found by running it on each character below U+3000 and on :data:`WIDE_FOLDS` (no
    other character from U+3000 up case-folds with one below it); "wide" (literals and ranges that
    reach U+3000: "Ａ", "[ぁ-ん]") those below U+3000 exactly, plus every character from U+3000 up; "any"
    (categories, negations, ``.``) every non-ASCII character (a superset). Listing Cyrillic, Greek
    or accented letters lets the gate rule out lines in those scripts as it does English ones (and
    a line of Japanese, where a Georgian word's letters took every character from U+3000 up);
    ``\\w`` or ``[^.!?]`` would list most of Unicode for no gain."""
    rx = re.compile(source, flags)
    found = rx.findall(_ASCII)
    if kind == "ascii":
        extra = "".join(f"\\x{{{ord(ch):x}}}" for ch in rx.findall(ASCII_FOLDS))
    elif kind == "letters":
        found += rx.findall(_below_wide()) + rx.findall(WIDE_FOLDS)
        extra = ""
    elif kind == "wide":
        found += rx.findall(_below_wide())
        extra = _WIDE_AND_UP
    else:
        extra = _ANY_NON_ASCII
    codes = sorted(map(ord, found))
    ranges: list[tuple[int, int]] = []
    for cp in codes:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = [f"\\x{{{lo:x}}}" if lo == hi else f"\\x{{{lo:x}}}-\\x{{{hi:x}}}" for lo, hi in ranges]
    body = "".join(parts) + extra
    return f"[{body}]" if body else "[^\\x00-\\x{10ffff}]"


def _class_source(items: list[Any]) -> str:
    c = _sre

    categories = {
        c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W",
    }
    out: list[str] = []
    for op, av in items:
        if op is c.NEGATE:
            out.insert(0, "^")
        elif op is c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in categories:
            out.append(categories[av])
        else:
            raise Untranslatable(f"class item {op}")
    return "[" + "".join(out) + "]"


Render = Callable[[str, int, str], str]


@lru_cache(maxsize=4096)
def _escaped(code: int) -> str:
    return re.escape(chr(code))


def _seq(items: Iterable[Any], flags: int, render: Render) -> str:
    return "".join(_item(item, flags, render) for item in items)


def _item(item: Any, flags: int, render: Render) -> str:
    c = _sre

    op, av = item
    if op is c.LITERAL:
        if av >= 0x80 and not _sre_module.unicode_iscased(av) and av not in _EXTRA_CASES:
            # an uncased character ("中", "の", "—"): re compiles it to a plain literal, whatever the flags
            return f"[\\x{{{av:x}}}]"
        return render(_escaped(av), flags & _FLAG_MASK, "ascii" if av < 0x80 else "letters" if av < _WIDE else "wide")
    if op is c.NOT_LITERAL:
        return render(f"[^{re.escape(chr(av))}]", flags & _FLAG_MASK, "any")
    if op is c.ANY:
        return render(".", flags & _FLAG_MASK, "any")
    if op is c.IN:
        if all((o is c.LITERAL and a < 0x80) or (o is c.RANGE and a[1] < 0x80) for o, a in av):
            kind = "ascii"
        elif all(o is c.LITERAL or o is c.RANGE for o, a in av):
            top = max(a if o is c.LITERAL else a[1] for o, a in av)
            kind = "letters" if top < _WIDE else "wide"
        else:
            kind = "any"
        return render(_class_source(av), flags & _FLAG_MASK, kind)
    if op is c.BRANCH:
        return "(?:" + "|".join(_seq(seq, flags, render) for seq in av[1]) + ")"
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        if add & _ASCII_FLAG:
            flags &= ~_UNICODE_FLAG
        return "(?:" + _seq(sub, (flags | add) & ~remove, render) + ")"
    if op is getattr(c, "ATOMIC_GROUP", None):
        return "(?:" + _seq(av, flags, render) + ")"
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        body = "(?:" + _seq(sub, flags, render) + ")"
        # A small count is kept as it stands: "(?:\\w+ ){0,6}", open-ended, kept a thread alive through every line of
        # prose, stepping the DFA through states that the pattern's later words tell apart (each step a cache miss:
        # see _KEPT_COUNT); kept, the thread dies after six words and the rest of the line runs through few states.
        if hi <= _KEPT_COUNT:
            return body + ("" if hi == lo == 1 else f"{{{lo}}}" if hi == lo else f"{{{lo},{hi}}}")
        # Larger upper bounds are dropped (a superset): such counters multiply the DFA's states.
        if lo > 3:
            return body + "{3,}"
        if hi == lo:
            return body + ("" if lo == 1 else f"{{{lo}}}")
        return body + ("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
    if op is c.AT:
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BEGINNING_LINE):
            return "^"
        if av in (c.AT_END, c.AT_END_STRING, c.AT_END_LINE):
            return "$"
        return ""  # word boundaries: dropped (a superset)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return ""  # lookarounds: dropped (a superset)
    if op is c.GROUPREF:
        return "[^\\n]*"  # a backreference matches some text of the line
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = av
        return "(?:" + _seq(yes, flags, render) + "|" + (_seq(no, flags, render) if no is not None else "") + ")"
    raise Untranslatable(f"op {op}")


def _wrap(body: str, mode: str) -> str:
    if mode == "full":
        return f"^(?:{body})$"
    if mode == "start":
        return f"^(?:{body})"
    return f"(?:{body})"


@lru_cache(maxsize=8192)
def _source(pattern: str, mode: str) -> str | None:
    """:func:`translate` before checking that RE2 compiles it (kept between runs by
    :mod:`cleaner.derived`)."""
    stored = derived.source(pattern, mode)
    return compute_source(pattern, mode) if stored is derived.MISSING else stored


def compute_source(pattern: str, mode: str) -> str | None:
    """:func:`_source`, worked out from the parse tree."""
    try:
        from .vocab import parse_pattern

        parsed = parse_pattern(pattern)
        return _wrap(_seq(parsed, int(parsed.state.flags), _atom_class), mode)
    except Exception:
        return None


def translate(pattern: str, mode: str) -> str | None:
    """RE2 source (multi-line, UTF-8) matching at least every line that case-insensitive
    ``pattern`` matches in ``mode`` (full/start/search); None if untranslatable."""
    source = _source(pattern, mode)
    return source if source is not None and _compile(source) is not None else None


def _options() -> Any:
    options = _re2.RE2.Options()
    options.max_mem = 256 << 20
    options.log_errors = False
    return options


def _compile(source: str) -> Any:
    if _re2 is None:
        return None
    rx = _re2.RE2(("(?m)" + source).encode("utf-8"), _options())
    return rx if rx.ok() else None


class Gate:
    """One RE2 program over a set of (pattern, mode) pairs; see the module docstring."""

    __slots__ = ("_anchor", "_rx")

    def __init__(self, tables: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._rx: Any = None
        self._anchor = _re2.RE2.Anchor.ANCHOR_START if _re2 is not None else None
        sources = []
        for mode, patterns in tables:
            for p in patterns:
                source = _source(p, mode)
                if source is None:
                    raise Untranslatable(p)
                sources.append(source)
        if sources:
            # Anchored at a line start, the lazy prefix skips whole lines, then part of a
            # line: the match ends in the first line from there that some pattern matches.
            # A match anchored where the search starts needs no backward scan to find where
            # it starts (an unanchored one does), which made each hit cost twice as much.
            # One compile for the whole group; only when that fails, find the pattern RE2 refuses.
            self._rx = _compile(_FIRST_LINE_PREFIX + "(?:" + "|".join(sources) + ")")
            if self._rx is None:
                for mode, patterns in tables:
                    for p in patterns:
                        if translate(p, mode) is None:
                            raise Untranslatable(p)

    @property
    def ok(self) -> bool:
        return self._rx is not None

    def lines(self, texts: list[str]) -> list[bool] | None:
        """For each text (one line, no newline), whether some pattern may match it, as it stands or
        past its leading symbols (see :func:`~cleaner.vocab.symbol_lead`: a table tries both); None
        when the gate cannot answer (then everything must run). (The loops: :mod:`cleaner.gatescan`.)"""
        if self._rx is None:
            return None
        out = _LINES(self._rx.Match, self._anchor, texts)
        if out is not None and vocab.markdown_on():
            out = self._with_views(out, texts, range(len(texts)))
        return out

    def lines_at(self, data: gatescan.LineData, indices: list[int]) -> list[bool] | None:
        """:meth:`lines` of the document's lines ``indices`` (``data``: the document's, from
        :meth:`cleaner.context.Context.line_data`), each line encoded once per document."""
        if self._rx is None:
            return None
        texts = data.texts
        if gatescan.COMPILED:
            out = gatescan.lines_at(self._rx.Match, self._anchor, data, indices)
        else:
            out = gatescan.lines_joined(self._rx.Match, self._anchor, [texts[i] for i in indices])
        if out is not None and vocab.markdown_on():
            out = self._with_views(out, texts, indices)
        return out

    def _with_views(self, out: list[bool], texts: list[str], indices: Iterable[int]) -> list[bool] | None:
        """``out`` (per index of ``indices``: some pattern may match ``texts[index]``) with the lines whose
        markup-free view some pattern may match, as it stands or past its leading symbols (a table tries both: see
        :func:`~cleaner.vocab.markdown_view`) set too; asked only in a document that holds Markdown."""
        views: list[tuple[int, str]] = []
        for k, i in enumerate(indices):
            if not out[k]:
                view = vocab.markdown_view(texts[i])
                if view is not None:
                    views.append((k, view))
        if not views:
            return out
        found = gatescan.lines_joined(self._rx.Match, self._anchor, [view for _k, view in views])
        if found is None:
            return None
        for (k, _view), ok in zip(views, found, strict=True):
            if ok:
                out[k] = True
        return out

    def line(self, text: str) -> bool:
        """Whether some pattern may match this one line (as it stands or past its leading symbols)."""
        if self._rx is None or "\n" in text:
            return True
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        if self._rx.Match(self._anchor, data, 0, len(data))[0][0] >= 0:
            return True
        rest = without_symbols(text) if text and not text[0].isalpha() else None
        if rest is not None:
            data = rest.encode("utf-8")
            if self._rx.Match(self._anchor, data, 0, len(data))[0][0] >= 0:
                return True
        view = vocab.markdown_view(text) if vocab.markdown_on() else None
        return view is not None and self.line(view)


_LINES = gatescan.lines if gatescan.COMPILED else gatescan.lines_joined

# A table without patterns matches nothing: its place in a set holds a pattern that matches nothing either.
_NOTHING = "[^\\x00-\\x{10ffff}]"


class TableSet:
    """One RE2 set over a list of tables (each: its mode and its patterns): which of them may match a
    line, from one call (a ``RE2::Set``, a DFA that follows every table at once). Each table is the
    alternation of its patterns' translations (see the module docstring), so a table left out matches
    nothing of the line: a superset, as the gate. The vocabulary group asks it about the lines its gate
    let through, and tries only the tables it names with Python's ``re`` (most lines: one).

    The set cannot say when its DFA ran out of memory (it then names no table): a caller that asks only
    about lines some pattern may match (its gate's) reads an empty answer as "cannot tell"."""

    __slots__ = ("_set",)

    def __init__(self, tables: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._set: Any = None
        rset = _re2.Set(_re2.RE2.Anchor.UNANCHORED, _options())
        for k, (mode, patterns) in enumerate(tables):
            sources = []
            for p in patterns:
                source = _source(p, mode)
                if source is None:
                    raise Untranslatable(p)
                sources.append(source)
            body = "|".join(sources) if sources else _NOTHING
            if rset.Add(("(?m)(?:" + body + ")").encode("utf-8")) != k:
                raise Untranslatable(mode)
        if not rset.Compile():
            raise Untranslatable("set")
        self._set = rset

    def which(self, text: str) -> list[int] | None:
        """The tables (their indices, ascending) of which some pattern may match ``text`` (one line, as it
        stands: not past its leading symbols); None when the set cannot read it (a newline, a lone surrogate)."""
        if "\n" in text:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        found: list[int] = self._set.Match(data)
        found.sort()
        return found


@lru_cache(maxsize=64)
def table_set(tables: tuple[tuple[str, tuple[str, ...]], ...]) -> TableSet | None:
    """The :class:`TableSet` over ``tables``; None when a pattern cannot be translated or RE2 is missing."""
    if _re2 is None or not tables:
        return None
    try:
        return TableSet(tables)
    except Untranslatable:
        return None


@lru_cache(maxsize=64)
def plain_gate(source: str) -> Gate | None:
    """A gate over one hand-written RE2 source, case-sensitive, found anywhere in a line: a pass's own
    pre-check where Python's ``re`` would test a character class at every position of every line (RE2's
    DFA reads a document's lines in one call). ``source`` must be RE2 syntax that matches no newline;
    None without RE2 (the caller then asks its own regex). Kept per source: a program built anew for each
    document would also build its DFA anew."""
    if _re2 is None:
        return None
    gate = Gate(())
    gate._rx = _compile(_FIRST_LINE_PREFIX + "(?:" + source + ")")
    return gate if gate.ok else None


@lru_cache(maxsize=256)
def gate_for(tables: tuple[tuple[str, tuple[str, ...]], ...]) -> Gate | None:
    """The gate over ``tables`` (each: its mode and its patterns); None when a pattern
    cannot be translated or there is nothing to gate (then every regex must run)."""
    if _re2 is None:
        return None
    try:
        gate = Gate(tables)
    except Untranslatable:
        return None
    return gate if gate.ok else None
