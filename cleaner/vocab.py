"""Residue vocabularies: named pattern tables kept as data, per family and per language.

``rules/families/<family>.toml`` declares each table once: what it is for, its match
mode, and language-neutral patterns::

    [section_start]
    doc = "Headings that open a comment section."
    match = "full"       # full: the whole line; start: a prefix; search: anywhere
    any = ['...']

``rules/lang/<xx>.toml`` holds one language's patterns for every family, so adding a
language is adding one file::

    [comments]
    section_start = ['...']

Patterns are case-insensitive regular expressions. The tables for one set of languages
are compiled once into a single alternation per table and cached, so a pass pays one
regex call per line per table.

Patterns anchor at the line's start, and sites put emoji, arrows and bullets before their
promos ("📲 Leia mais: …", "▶️ WATCH: …", "💬 12 Kommentare"): a line a table does not match
as it stands is tried once more past its leading run of symbols (:func:`symbol_lead`), by
:meth:`Table.match`, by the vocabulary group and by the RE2 gate alike.

Scrapers that print Markdown (Jina Reader, Firecrawl, crawl4ai, html2text, markdownify) wrap the same residue in
markup ("_Posted on 3 March 2024 by Tom Ellery_", "**Read more:** [Title](…)", "7\\. Februar 2024", "\\- Anzeige -"):
in a document that holds Markdown (:func:`markdown_in`, one look per document, see :func:`set_markdown`), a line a
table does not match is tried once more as its markup-free view (:func:`markdown_view`: what the line would be in a
plain-text scrape), by the same three. A text with no Markdown is matched exactly as before.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from . import derived
from .textstats import lower

MatchMode = Literal["full", "start", "search"]

# Python's case-insensitive ``re`` matches i, I, İ and ı with each other, but str.lower() keeps
# "ı" and turns "İ" into two characters ("i" and a combining dot): the first-character dispatch
# and the literal scans fold text and patterns alike with :func:`fold` so a Turkish "İLGİLİ" or
# "HAKLARI" finds the pattern its regex matches.
_FOLD = str.maketrans({"İ": "i", "ı": "i"})


def fold(text: str, utf8: bytes | None = None) -> str:
    """``text`` lower-cased as the vocabularies' dispatch and literal scans compare it: like
    ``str.lower()``, but the Turkish dotted and dotless i fold to "i" (offsets kept). ``utf8``:
    ``text.encode("utf-8", "surrogatepass")`` when the caller has it (see :func:`~cleaner.textstats.lower`)."""
    if text.isascii():
        return lower(text)
    if "İ" in text or "ı" in text:  # (two C-speed scans: a translate with a mapping is slow on other text)
        return lower(text.translate(_FOLD))
    return lower(text, utf8)


# A line's leading run of symbols (see :func:`symbol_lead`): pictographs and arrows (Unicode's So, Sm and Sk:
# "📲", "▶", "➡", "✅", "■", skin tones), the punctuation that serves as a bullet, and what binds an emoji
# together (joiner, variation selectors, a keycap's enclosing mark, a flag's tag characters).
_SYMBOL_CATEGORIES = frozenset({"So", "Sm", "Sk"})
_BULLETS = frozenset("•·‣⁃∙・◦")
# invisible format characters a site puts before a stamp or a label: zero-width space, the bidi marks, embeddings and
# isolates, a byte order mark (a help forum's "\u200e03-14-2025 12:47 PM")
_INVISIBLE = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_SPACED = frozenset("»›")  # a quotation mark when glued to its word ("»Das stimmt«"): a bullet before a space
_KEYCAP_BASES = frozenset("0123456789#*")
_KEYCAP_MARKS = ("\ufe0f", "\u20e3")
# ASCII characters that open a symbol run: ASCII's So/Sm/Sk but the angle brackets (letters, digits, quotes,
# brackets and the other punctuation never do) and a keycap's base (checked with the character after it)
_ASCII_LEADS = frozenset("+=|~^`") | _KEYCAP_BASES
# symbols that are no marker: angle brackets, and the signs a line's own words go with (rights, trade marks,
# degrees, numero: "© Example Media", "° C"), which the tables name themselves
_NOT_MARKERS = frozenset("<>©®℗™℠°№℃℉")


def _binds(ch: str) -> bool:
    """A character that binds an emoji together: zero-width joiner, variation selector, keycap mark, tag."""
    return ch == "\u200d" or ch == "\u20e3" or "\ufe00" <= ch <= "\ufe0f" or "\U000e0020" <= ch <= "\U000e007f"


def symbol_lead(text: str) -> int:
    """Where ``text`` goes on after its leading run of symbols (emoji, pictographs, arrows, bullets and the
    spaces between and after them): "▶️ WATCH: …", "👉👉 Follow us", "1️⃣ Open", "• Share" go on at their
    first word; 0 when the line opens on anything else (a letter, a digit, a quotation mark, a bracket,
    a dash) or holds nothing past its symbols. Where a table is matched, a line that it does not match
    as it stands is tried once more from here, so the same patterns name the residue a site puts a
    symbol before ("📲 Leia mais: …", "💬 12 Kommentare"). Cheap for most lines: one look at the first
    character."""
    first = text[:1]
    if not first or first.isalpha() or (first < "\x80" and first not in _ASCII_LEADS):
        return 0
    if first == "|" and text[-1] == "|":
        return 0  # a table's row ("| Comments | 12 |"): its bar is no marker
    i, n, found = 0, len(text), False
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
            continue
        if ch in _KEYCAP_BASES:
            if text[i + 1 : i + 2] not in _KEYCAP_MARKS:
                break
            i += 2
        elif ch in _SPACED:
            if text[i + 1 : i + 2] != " ":
                break
            i += 1
        elif ch in _BULLETS or ch in _INVISIBLE or _binds(ch):
            i += 1
        else:
            category = unicodedata.category(ch)
            if category not in _SYMBOL_CATEGORIES or ch in _NOT_MARKERS:
                break
            if category == "Sm" and text[i + 1 : i + 2].isdecimal():
                break  # a sign, not a marker: "+44 20 7946", "~40 people", "−5 °C", "±2%"
            i += 1
        found = True
    return i if found and i < n else 0


def without_symbols(text: str) -> str | None:
    """``text`` past its leading run of symbols (see :func:`symbol_lead`); None when it has none."""
    at = symbol_lead(text)
    return text[at:] if at else None


def past_symbols(text: str) -> str:
    """``text`` past its leading run of symbols (see :func:`symbol_lead`), or ``text`` itself: what a
    pass that looks at a line's first character along with a table ("14:05" opens on a digit) reads."""
    at = symbol_lead(text)
    return text[at:] if at else text


# -- Markdown ----------------------------------------------------------------------------------------------------

# a link or an image, [label](target "title") / ![alt](src): read as its label (a logo's [![alt](src)](target): its alt)
_MD_LINK = re.compile(
    r'!?\[((?:[^\[\]\n]|!?\[[^\[\]\n]*\]\([^()\s]*\))*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)'
)
# (a span of emphasis is read up to 150 characters, here and in _MD_SPAN: an emphasized paragraph is no residue line,
# and unbounded, a line of many unmatched stars made the lazy search try every star against the rest of the line:
# quadratic, see test_regex_safety)
# a span of emphasis, *x* _x_ **x** __x__ ***x***: its delimiters open after no letter, digit or backslash (not a
# snake_case name's underscores, not an escaped "\\*") and before a non-space, and close after a non-space before no
# letter or digit ("5 * 3 * 2", "a_b_c", "marked *" hold none)
_MD_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{1,3})(?=\S)(.{0,150}?\S)\1(?!\w)")
# a backslash escape of ASCII punctuation, as html2text and markdownify print them: "7\\. Februar", "\\- Anzeige -"
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# a heading's or a quote's marker left at the line's start past the one the document keeps as its lead ("> ## …")
_MD_BLOCK = re.compile(r"(?:#{1,6}|>)(?: +|$)")
_MD_CHARS = ("*", "_", "[", "\\")

# whether the document this thread cleans holds Markdown (see set_markdown; per thread: a Dask worker's threads clean
# documents side by side; its flag is read only while some thread's is on: most documents hold no Markdown, and the
# tables ask for every line), and the lines' views (see markdown_view: a view is the text's alone, one cache for all)
_thread = threading.local()
_active = 0  # threads now cleaning a document that holds Markdown: while none is, no thread's flag need be read
_active_lock = threading.Lock()
_views: dict[str, str | None] = {}


# an emphasis span opening where a candidate stands (see _span_at): what tells Markdown's italics and bold from a plain
# text's stars and underscores (a footnote's "*", "5 * 3", a rule of "___", a name's "my_name")
_MD_SPAN = re.compile(r"(\*{1,3}|_{1,3})(?=[^\s*_])[^\n]{0,150}?[^\s\\*_]\1(?![\w*])")
_MD_SPAN_LOOKS = 64  # candidates looked at per marker and opener (a text of many stars is judged by its first ones)


def _span_in(text: str, mark: str) -> bool:
    """Whether ``text`` holds an emphasis span of ``mark`` ("*" or "_") opening a line or a word: a C-speed search
    for each place it may open (after a newline or a space), the span's regex matched there."""
    if text.startswith(mark) and _MD_SPAN.match(text) is not None:
        return True
    for opener in ("\n" + mark, " " + mark):
        at = text.find(opener)
        looks = 0
        while at >= 0 and looks < _MD_SPAN_LOOKS:
            if _MD_SPAN.match(text, at + 1) is not None:
                return True
            at = text.find(opener, at + 2)
            looks += 1
    return False


def markdown_in(text: str) -> bool:
    """Whether ``text`` (a whole document) holds Markdown markup a view would take off: a link's "](", a backslash
    (an escape), or a span of emphasis opening a line or a word ("*Foto: dpa*", "_Posted on …_", "**Read more:**").
    A one-character scan first for each (C's memchr: most texts hold no "]", "\\", "*" or "_"; a plain text's "_"
    is a name's, an address's or a rule's, its "*" a footnote's, and opens no span)."""
    if "]" in text and "](" in text:
        return True
    if "\\" in text:
        return True
    return ("*" in text and _span_in(text, "*")) or ("_" in text and _span_in(text, "_"))


def set_markdown(on: bool) -> None:
    """Whether the lines of the document now cleaned are also matched as their markup-free view (see
    :func:`markdown_view`); :class:`~cleaner.context.Context` sets it for each document (:func:`markdown_in`)."""
    global _active
    with _active_lock:
        was = _active > 0 and bool(getattr(_thread, "markdown", False))
        if on != was:
            _thread.markdown = on
            _active += 1 if on else -1
    _views.clear()


def markdown_on() -> bool:
    """Whether the document this thread now cleans holds Markdown (see :func:`set_markdown`)."""
    return _active > 0 and bool(getattr(_thread, "markdown", False))


def markdown_view(text: str) -> str | None:
    """``text`` as a plain-text scrape would print it, in a document that holds Markdown (else None): its links and
    images reduced to their labels, its emphasis markers and backslash escapes undone, a heading's or a quote's
    marker at its start dropped ("_By [Helen Marsh](…)_" reads "By Helen Marsh", "7\\. Februar 2024" reads "7.
    Februar 2024", "**Read more:** [Title](…)" reads "Read more: Title"); None when nothing changes or nothing is
    left ("* *", a rule), and for a line made only of links (its shape and its addresses tell a menu, a share row or a
    skip link from the article's own list of links: the ``markdown-links`` pass's test). A table's patterns are tried
    on it where the line as it stands matches none; the line itself is what a pass removes."""
    if not text or not markdown_on():
        return None
    if text in _views:
        return _views[text]
    view = _view(text)
    if len(_views) >= _SEEN_MAX:
        _views.clear()
    _views[text] = view
    return view


def plain(text: str) -> str:
    """:func:`markdown_view` of ``text``, or ``text`` itself: what a pass's shape test reads of a line a table
    matched as its view (a guard that spares "**Foto:** a ciclovia … foi alterada." as a sentence after a label reads
    it as the plain "Foto: a ciclovia …")."""
    if not markdown_on():
        return text
    view = markdown_view(text)
    return text if view is None else view


def _view(text: str) -> str | None:
    if not any(mark in text for mark in _MD_CHARS) and text[0] not in "#>":
        return None
    view = text
    if "](" in view:
        if not any(ch.isalnum() for ch in _MD_LINK.sub(" ", view)):
            return None  # a line made only of links (a menu, a share row, a skip link): markdown-links' to judge
        for _ in range(2):  # (a logo's image inside its link)
            view = _MD_LINK.sub(r"\1", view)
            if "](" not in view:
                break
    if "*" in view or "_" in view:
        for _ in range(3):  # (nested: "**_By Priya Raman_**", "[*Mara Lindqvist*](…)")
            done = _MD_EMPHASIS.sub(r"\2", view)
            if done == view:
                break
            view = done
    if "\\" in view:
        view = _MD_ESCAPE.sub(r"\1", view)
    while view[:1] in ("#", ">"):
        m = _MD_BLOCK.match(view)
        if m is None:
            break
        view = view[m.end() :]
    view = " ".join(view.split())
    return view if view and view != text else None


_META = ("match", "doc")
_MODES: tuple[MatchMode, ...] = ("full", "start", "search")


class Table:
    """One compiled vocabulary table.

    Python's ``re`` tries the alternatives of a pattern one after the other, so a table of
    forty patterns costs forty attempts per line. Anchored tables (full/start) therefore
    dispatch on the line's first character: each pattern's possible first characters are
    worked out from its parse tree, and a line is only tried against the patterns that
    can start with its first character (compiled per character on first use).
    """

    __slots__ = (
        "_by_char", "_firsts", "_literals", "_pattern", "_seen", "_seen_document", "family", "mode", "name", "patterns"
    )

    def __init__(self, family: str, name: str, mode: MatchMode, patterns: list[str]) -> None:
        self.family = family
        self.name = name
        self.mode = mode
        self.patterns = patterns
        self._pattern: re.Pattern[str] | bool | None = False  # compiled on first use
        self._firsts = [first_chars(p) for p in patterns] if mode != "search" else []
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._literals: frozenset[str] | bool | None = False  # worked out on first use
        # match() of the texts asked lately: the passes ask a table about the same line again and again (a
        # line several passes look at, a menu's lines met twice on a page), and the regex is the cost
        self._seen: dict[str, re.Match[str] | None] = {}
        self._seen_document = -1  # the document (see new_document) whose texts _seen holds

    @property
    def literals(self) -> frozenset[str] | None:
        """Lower-cased strings one of which every match of every pattern contains (see
        :func:`required_literals`); None when some pattern needs none we know of."""
        if self._literals is False:
            found: set[str] = set()
            for p in self.patterns:
                needed = required_literals(p)
                if needed is None:
                    found = set()
                    break
                found |= needed
            # a literal holding another says nothing more ("page contents" holds "contents"): one scan fewer
            found = {lit for lit in found if not any(other != lit and other in lit for other in found)}
            self._literals = frozenset(found) if found else None
        return self._literals  # type: ignore[return-value]

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The whole table as one regex (None when it has no patterns), compiled lazily."""
        if self._pattern is False:
            self._pattern = _compile(self.patterns) if self.patterns else None
        return self._pattern  # type: ignore[return-value]

    def patterns_for(self, ch: str | None) -> list[str]:
        """The patterns a line starting with ``ch`` (folded, see :func:`fold`) can match.

        ``ch=None`` asks for the *wildcard* patterns: those that can start with any
        letter (``\\w``, ``.``, classes we cannot enumerate). A line is tried against
        ``patterns_for(None)`` and ``patterns_for(its first char)``; the two never overlap,
        so wildcard patterns are compiled once instead of once per first character.
        """
        if self.mode == "search":
            return self.patterns if ch is None else []
        out = []
        for p, first in zip(self.patterns, self._firsts, strict=True):
            wild = first is None or r"\w" in first
            if ch is None:
                if wild:
                    out.append(p)
            elif not wild and _can_start(first, ch):  # type: ignore[arg-type]
                out.append(p)
        return out

    def _for_char(self, ch: str) -> re.Pattern[str] | None:
        try:
            return self._by_char[ch]
        except KeyError:
            chosen = [p for p in self.patterns if p in set(self.patterns_for(None)) | set(self.patterns_for(ch))]
            compiled = None
            if len(chosen) == len(self.patterns):
                compiled = self.pattern
            elif chosen:
                compiled = _compile(chosen)
            self._by_char[ch] = compiled
            return compiled

    def match(self, text: str) -> re.Match[str] | None:
        """The table's match of ``text``, or else of ``text`` past its leading symbols (see
        :func:`symbol_lead`; the match's ``string`` is then that rest of the line). A text asked about
        lately in the same document gets the match found then (the same object: a match is read only).
        (Per document, not across them: a corpus's pages share few lines, and a memo that outlived the page
        would make a benchmark that cleans the same pages twice measure the second time as cheaper.)"""
        seen = self._seen
        markdown = markdown_on()
        # (the memo holds one document's answers, read as Markdown or not: a line's answer is its text's and that)
        key = 2 * _document + markdown
        if self._seen_document != key:
            seen.clear()
            self._seen_document = key
        if text in seen:  # (not a get with a default: the answer may be None)
            return seen[text]
        m = self._match_any(text, markdown)
        if len(seen) >= _SEEN_MAX:
            seen.clear()  # (bounded: the lines of a page or two)
        seen[text] = m
        return m

    def _match_any(self, text: str, markdown: bool = False) -> re.Match[str] | None:
        """:meth:`match`, worked out (``markdown``: :func:`markdown_on`)."""
        if self.pattern is None or not text:
            return None
        m = self._match(text)
        if m is None and not text[0].isalpha():
            at = symbol_lead(text)
            if at:
                m = self._match(text[at:])
        if m is None and markdown:
            view = markdown_view(text)
            if view is not None:
                m = self._match(view)
                if m is None and not view[0].isalpha():
                    at = symbol_lead(view)
                    if at:
                        m = self._match(view[at:])
        return m

    def _match(self, text: str) -> re.Match[str] | None:
        if self.mode == "search":
            return self.pattern.search(text)  # type: ignore[union-attr]
        pattern = self._for_char(fold(text[0]))
        if pattern is None:
            return None
        if self.mode == "full":
            return pattern.fullmatch(text)
        return pattern.match(text)


_SEEN_MAX = 1024  # texts a table keeps its match of (see Table.match)
_document = 0  # which document the tables' memos belong to (see new_document)


def new_document() -> None:
    """Start a new document: every table's memo of matches (:meth:`Table.match`) is forgotten on its next
    use. (:class:`~cleaner.context.Context` calls it for each document it is made for.)"""
    global _document
    _document += 1
    set_markdown(False)


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return derived.compile_regex("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=16)
def parse_pattern(pattern: str) -> Any:
    """Python's own parse tree of case-insensitive ``pattern`` (``re._parser``), parsed once for
    the readers of it here and in :mod:`cleaner.gate` (read only; parsing is what warming up costs).

    The readers ask one after the other for each pattern (:func:`cleaner.derived.work_out`), so a
    few trees suffice: a tree is some two hundred small objects, and keeping every pattern's tree
    (8,192 once) left a cold process holding 440,000 of them, which made each full garbage
    collection 25 times slower (300 ms against 12) for the rest of the process's life."""
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, re.IGNORECASE)


@lru_cache(maxsize=8192)
def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-cased characters a match of ``pattern`` can start with; None when any can.

    Read off the parse tree of Python's own regex parser; anything it cannot reason
    about yields None, which only costs speed, never a missed match. (Kept between runs
    by :mod:`cleaner.derived`.)
    """
    stored = derived.first_chars(pattern)
    return compute_first_chars(pattern) if stored is derived.MISSING else stored


def compute_first_chars(pattern: str) -> frozenset[str] | None:
    """:func:`first_chars`, worked out from the parse tree."""
    try:
        chars, _nullable = _first_of_seq(list(parse_pattern(pattern)))
    except Exception:
        return None
    return None if chars is None else frozenset(chars)


@lru_cache(maxsize=8192)
def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None if unknown.

    Lets a line be skipped by a cheap literal scan before an unanchored search. Derived
    from the parse tree: the longest mandatory literal run, or the literals of every
    branch of a mandatory alternation. (Kept between runs by :mod:`cleaner.derived`.)
    """
    stored = derived.required_literals(pattern)
    return compute_required_literals(pattern) if stored is derived.MISSING else stored


def compute_required_literals(pattern: str) -> frozenset[str] | None:
    """:func:`required_literals`, worked out from the parse tree."""
    try:
        found = _required_of_seq(list(parse_pattern(pattern)))
    except Exception:
        return None
    if not found or any(len(x) < 2 and ((x.isascii() and x.isalnum()) or x.isspace()) for x in found):
        return None
    return frozenset(found)


def _required_of_seq(items: list[Any]) -> set[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, av in items:
        if op is c.LITERAL:
            run.append(fold(chr(av)))
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is c.SUBPATTERN:
            consider(_required_of_seq(list(av[-1])))
        elif op is c.BRANCH:
            parts = [_required_of_seq(list(seq)) for seq in av[1]]
            if all(parts):
                consider(set().union(*parts))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            consider(_required_of_seq(list(av[2])))
    consider({"".join(run)} if run else None)
    return best


def _category_markers() -> dict[Any, str]:
    from re import _constants as c  # type: ignore[attr-defined]

    return {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}


try:
    _CATEGORY_MARKERS = _category_markers()
except Exception:  # pragma: no cover - private module moved: dispatch less, stay correct
    _CATEGORY_MARKERS = {}


def _can_start(first: frozenset[str], ch: str) -> bool:
    """Whether a line starting with ``ch`` (lower-cased) can match a pattern whose first
    characters are ``first``: explicit characters plus \\w/\\d/\\s class markers, tested
    with the same Unicode notions Python's ``re`` uses."""
    if ch in first:
        return True
    if r"\w" in first and (ch.isalnum() or ch == "_"):
        return True
    if r"\d" in first and ch.isdecimal():
        return True
    return r"\s" in first and ch.isspace()


def _first_of_seq(items: list[Any]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for item in items:
        chars, nullable = _first_of_item(item)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_item(item: Any) -> tuple[set[str] | None, bool]:
    from re import _constants as c  # type: ignore[attr-defined]

    op, av = item
    if op is c.LITERAL:
        ch = chr(av)
        return {fold(ch), fold(ch.upper())}, False
    if op is c.CATEGORY and av in _CATEGORY_MARKERS:
        return {_CATEGORY_MARKERS[av]}, False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL:
                chars.add(fold(chr(sub_av)))
            elif sub_op is c.RANGE and sub_av[1] - sub_av[0] <= 512:
                chars.update(fold(chr(x)) for x in range(sub_av[0], sub_av[1] + 1))
            elif sub_op is c.CATEGORY and sub_av in _CATEGORY_MARKERS:
                chars.add(_CATEGORY_MARKERS[sub_av])
            else:
                return None, False  # categories, negation, wide ranges: anything
        return chars, False
    if op is c.BRANCH:
        union: set[str] = set()
        nullable = False
        for seq in av[1]:
            chars_, null_ = _first_of_seq(list(seq))
            if chars_ is None:
                return None, False
            union |= chars_
            nullable = nullable or null_
        return union, nullable
    if op is c.SUBPATTERN:
        return _first_of_seq(list(av[-1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        chars_, null_ = _first_of_seq(list(av[2]))
        return chars_, null_ or av[0] == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_of_seq(list(av))
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    return None, False


def _read(*parts: str) -> dict[str, Any]:
    source = resources.files("cleaner").joinpath("rules")
    for part in parts:
        source = source.joinpath(part)
    return tomllib.loads(source.read_text(encoding="utf-8"))


def _check_patterns(where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise ValueError(f"{where}: expected a list of patterns")
    return value


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages that have a vocabulary file."""
    folder = resources.files("cleaner").joinpath("rules").joinpath("lang")
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def _language_file(lang: str) -> dict[str, Any]:
    """``rules/lang/<lang>.toml``, parsed once for all the families it holds tables of (read only)."""
    return _read("lang", f"{lang}.toml")


@cache
def load_family(family: str) -> dict[str, dict[str, Any]]:
    """The tables of one family: ``{table: {"doc", "match", "any", <lang>: [...]}}``, validated."""
    data = _read("families", f"{family}.toml")
    for name, table in data.items():
        mode = table.get("match", "full")
        if mode not in _MODES:
            raise ValueError(f"rules/families/{family}.toml [{name}]: unknown match mode {mode!r}")
        table["any"] = _check_patterns(f"rules/families/{family}.toml [{name}].any", table.get("any", []))
    for lang in languages():
        section = _language_file(lang).get(family, {})
        for name, patterns in section.items():
            if name not in data:
                raise ValueError(f"rules/lang/{lang}.toml [{family}].{name}: no such table in families/{family}.toml")
            checked = _check_patterns(f"rules/lang/{lang}.toml [{family}].{name}", patterns)
            if any("(?P<" in p for p in checked):
                raise ValueError(f"rules/lang/{lang}.toml [{family}].{name}: named groups are reserved")
            data[name][lang] = checked
    return data


def families() -> list[str]:
    """Every family that has a rules file."""
    folder = resources.files("cleaner").joinpath("rules").joinpath("families")
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def table_languages(family: str, name: str) -> list[str]:
    """The language keys a table has patterns for (``any`` included)."""
    raw = load_family(family)[name]
    return [k for k in raw if k not in _META and raw[k]]


@lru_cache(maxsize=4096)
def table(family: str, name: str, languages: tuple[str, ...] | None) -> Table:
    """The table compiled for ``languages`` (None: every language there is)."""
    raw = load_family(family).get(name)
    if raw is None:
        raise KeyError(f"no table {name!r} in rules/families/{family}.toml")
    keys = [k for k in raw if k not in _META]
    wanted = keys if languages is None else [k for k in keys if k == "any" or k in languages]
    for key in wanted:
        derived.ensure(key)  # (what parsing the patterns finds, from an earlier run if it can)
    patterns = [p for k in wanted for p in raw[k]]
    return Table(family, name, raw.get("match", "full"), patterns)


