"""Per-document context handed to every pass: the document, its language, line measurements.

Everything here is computed lazily and at most once per document: language detection
only runs if a pass (or ``explain``) asks for it.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Any, Final

from . import kernels
from . import language as lang_mod
from .document import Document
from .errors import Timeout
from .gate import Gate, gate_for
from .gatescan import LineData
from .textstats import (
    JOINED_WORDS,
    MIN_PROSE_WORDS,
    STOP_SAMPLE_CHARS,
    WIDE_PUNCT,
    LineStats,
    blank_sample_text,
    ends_sentence,
    has_digit,
    is_prose,
    measure,
    spaced_only,
    word_count,
)
from .vocab import Table, fold, markdown_in, new_document, set_markdown, table

# see Context._sample_lines
_SAMPLE_LEAST: Final = 60
# a Markdown link's target, "](https://…)": a scraper's Markdown (Jina Reader, Firecrawl) makes its menus and share rows
# the page's longest lines with them, and the language sample, longest lines first, would be addresses
_LINK_TARGET: Final = re.compile(r"\]\([^()\s]*\)")
_CUT_SHORT = ("..", "…")  # a line cut short by the page: no sentence's close


class Context:
    __slots__ = (
        "_blanked",
        "_digits",
        "_display_language",
        "_gated",
        "_joined",
        "_language",
        "_language_done",
        "_line_data",
        "_lower",
        "_lower_aligned",
        "_lower_lines",
        "_markdown",
        "_memos",
        "_prose",
        "_sample",
        "_spaced",
        "_starts",
        "_stats",
        "_stopwords",
        "_tables",
        "_ticks",
        "_utf8",
        "_vocab_languages",
        "_words",
        "_words_all",
        "deadline",
        "doc",
        "forced_language",
        "profile",
    )

    def __init__(
        self, doc: Document, forced_language: str | None = None, profile: Any = None, deadline: float | None = None
    ) -> None:
        self.doc = doc
        new_document()  # (the tables' memos of matches hold one document's lines)
        self.deadline = deadline  # time.monotonic() past which cleaning raises Timeout; None: no limit
        self._ticks = 0
        self.profile = profile  # a learned site profile, or None
        self.forced_language = forced_language
        self._language: str | None = None
        self._language_done = False
        self._stopwords: frozenset[str] | None = None
        self._tables: dict[tuple[str, str], Table] = {}
        self._vocab_languages: tuple[str, ...] | bool | None = False
        self._display_language: str | bool | None = False
        self._stats: list[LineStats | None] = [None] * len(doc)
        self._prose: list[bool | None] = [None] * len(doc)
        self._words: list[int] = [-1] * len(doc)
        self._digits: list[int] = [-1] * len(doc)  # per line 1 / 0: it holds a figure or not; -1: not judged yet
        self._words_all = False  # every line's count is in _words (no -1 in it: see word_counts)
        # what holds for every line of the text (and stays true once a pass trims one): no character of
        # an unspaced script in it (None: not looked yet)
        self._spaced: bool | None = None
        # whether the text may hold a Markdown link or link definition (see markdown_marks; None: not looked yet)
        self._markdown: bool | None = None
        # language_sample(), the doc.edits it was taken at and its lines
        self._sample: tuple[int, str, list[int]] | None = None
        self._lower: str | None = None
        # (doc.edits, lower_text(), line starts in it) while each line lower-cased is its slice of it (see stats)
        self._lower_lines: tuple[int, str, list[int]] | None = None
        self._joined: tuple[int, str] | None = None
        # (doc.edits, blank_sample_text of the folded text) while _lower_lines holds at those edits (see stats)
        self._blanked: tuple[int, str] | None = None
        self._utf8: tuple[int, bytes] | None = None
        self._line_data: tuple[int, LineData] | None = None  # (doc.edits, line_data())
        self._lower_aligned: bool | None = None
        self._starts: list[int] | None = None
        self._gated: dict[object, list[bool] | None] = {}
        self._memos: dict[object, list[Any]] = {}
        # the tables also read a line's markup-free view where the text holds Markdown (one look a document: see
        # cleaner.vocab.markdown_view)
        set_markdown(markdown_in(self.joined_text()))

    # -- language -------------------------------------------------------------
    def language_sample(self) -> str:
        """The longest lines first, up to the sample size: prose, not menus, decides."""
        cached = self._sample
        if cached is not None and cached[0] == self.doc.edits:
            return cached[1]
        chosen = self._sample_lines()
        sample = "\n".join([self.doc.lines[i].text for i in chosen])
        # (a Markdown link's target is no word of the page's language: "[Sport](/x)" is "[Sport]")
        if self.markdown_marks() and "](" in sample:
            sample = _LINK_TARGET.sub("]", sample)
        self._sample = (self.doc.edits, sample, chosen)
        return sample

    def _sample_lines(self) -> list[int]:
        """The lines of :meth:`language_sample`, in its order (longest first; of equal ones, the first first)."""
        lines = self.doc.lines
        lengths = [len(line.text) for line in lines]
        # Only lines as long as the sample's last one are taken, so where the lines of _SAMPLE_LEAST characters
        # or more fill the sample on their own, only they need sorting (lines of one length are all in or all
        # out: the order among them, the first first, is the same)
        order = [i for i, n in enumerate(lengths) if n >= _SAMPLE_LEAST]
        full = lang_mod.SAMPLE_CHARS
        if sum([lengths[i] + 1 for i in order]) < full:
            order = list(range(len(lines)))
        rank = lengths
        if self.markdown_marks():  # (ranked by their length less the links' targets: the words decide)
            rank = [len(_LINK_TARGET.sub("", line.text)) if "](" in line.text else len(line.text) for line in lines]
        out: list[int] = []
        seen: set[str] = set()
        size = 0
        for i in sorted(order, key=rank.__getitem__, reverse=True):
            # (a line the page repeats votes once: a print copy or a teaser shown thrice would fill the sample with
            # one sentence, and the cleaned text, the copies gone, would be judged in another language)
            text = lines[i].text
            if text in seen:
                continue
            seen.add(text)
            out.append(i)
            size += lengths[i] + 1
            if size >= full:
                break
        return out

    def _lowered_sample(self) -> str | None:
        """``lower(language_sample()[:PROFILE_CHARS])`` cut from the folded text (see :meth:`lower_text`), or
        None where those are not its slices."""
        if self._lower is None:
            self.lower_text()  # (asked for on nearly every page: the literal scans read it)
        folded = self._lower_lines
        if folded is None or folded[0] != self.doc.edits:
            return None
        if self.markdown_marks():
            return None  # (the sample is no slice of the lines: their links' targets are cut out of it)
        lower, starts = folded[1], folded[2]
        lines = self.doc.lines
        self.language_sample()
        taken = self._sample
        parts = []
        size = 0
        profile = lang_mod.PROFILE_CHARS
        for i in taken[2] if taken is not None else self._sample_lines():
            start = starts[i]
            n = len(lines[i].text)
            parts.append(lower[start : start + n])
            size += n + 1
            if size > profile:  # (the lines past the profile's share are cut off anyway)
                break
        return "\n".join(parts)[:profile]

    @property
    def language(self) -> str | None:
        """The language the passes work with: forced, or the stopword profile's clear answer,
        or the script's (Chinese, Japanese, Korean, Thai or Hebrew, see :func:`~cleaner.language.guess_by_script`), or
        the letters' (Turkish, see :func:`~cleaner.language.guess_by_letters`).

        None (no clear answer) makes the passes fall back safely: the English and
        language-neutral vocabularies apply (see :attr:`vocab_languages`) and prose is judged
        by length and punctuation alone. langdetect is never called here: it costs more than
        cleaning.
        """
        if not self._language_done:
            if self.forced_language:
                self._language = self.forced_language
            else:
                sample = self.language_sample()
                self._language = (
                    lang_mod.guess_by_stopwords(sample, self._lowered_sample())
                    or lang_mod.guess_by_script(sample)
                    or lang_mod.guess_by_letters(sample)
                )
            self._language_done = True
        return self._language

    @property
    def display_language(self) -> str | None:
        """The language reported to users: as ``language``, or langdetect's (seeded) answer
        when the stopword profile could not tell. Never changes what the passes do."""
        if self._display_language is False:
            lang = self.language
            if lang is None and self.doc.lines:
                lang = lang_mod.detect(self.language_sample())
            self._display_language = lang
        return self._display_language  # type: ignore[return-value]

    @property
    def vocab_languages(self) -> tuple[str, ...]:
        """Languages whose vocabularies apply: the document's plus English.

        English is always in because English widget text ("Share", "Tweet") shows up on
        pages in every language. Text whose language is unknown gets the tables of the
        language its few function words lean to (a page of lists and headings, see
        :func:`~cleaner.language.lean_by_stopwords`), unless the sample lacks that language's
        letters and langdetect names another language with tables (and could have named the
        lean's: :func:`~cleaner.language.lean_checked`, :func:`~cleaner.language.detectable`);
        with no lean, those of langdetect's answer (:attr:`display_language`, computed once for
        the result too) where it is worth asking (:func:`~cleaner.language.worth_detecting`:
        another language's votes, or letters outside ASCII; an English page of headings or a
        box score calls no langdetect); else the English and language-neutral tables only: it
        keeps text in scripts without vocabularies from paying for all of them.
        Prose is judged without stopwords either way (:attr:`language` stays None).
        """
        if self._vocab_languages is False:
            lang = self.language
            if lang is None and self.forced_language is None:
                sample = self.language_sample()
                lang = lang_mod.lean_by_stopwords(sample)
                if lang is not None:
                    # (a lean is a few shared words' verdict: a Spanish page's "a", "de", "el", "ha" lean Hungarian,
                    # with none of its letters; there, where langdetect names another language with tables, its
                    # answer holds, and the page and its cleaned text, which may lean elsewhere, get the same tables)
                    if lang_mod.lean_checked(lang, sample) and lang_mod.detectable(lang):
                        detected = self.display_language
                        if detected is not None and detected != lang and detected in lang_mod.SUPPORTED:
                            lang = detected
                elif lang_mod.worth_detecting(sample):
                    lang = self.display_language  # (langdetect, once: the language the result reports)
            if lang in lang_mod.SUPPORTED and lang != "en":
                also = _SCRIPT_TWIN.get(lang)
                self._vocab_languages = (lang, also, "en") if also else (lang, "en")
            else:
                self._vocab_languages = ("en",)
        return self._vocab_languages  # type: ignore[return-value]

    @property
    def stopwords(self) -> frozenset[str]:
        """Stopwords of the document's language; empty when it has no list (length decides)."""
        if self._stopwords is None:
            lang = self.language
            self._stopwords = lang_mod.stopwords(lang) if lang else frozenset()
        return self._stopwords

    # -- lines ----------------------------------------------------------------
    def joined_text(self) -> str:
        """The document's lines as they stand, joined by newlines: for a quick whole-text check
        (C-speed ``in`` and ``count``) that rules a pass out before it looks at any line."""
        joined = self._joined
        if joined is None or joined[0] != self.doc.edits:
            joined = self._joined = (self.doc.edits, "\n".join([line.text for line in self.doc.lines]))
        return joined[1]

    def markdown_marks(self) -> bool:
        """Whether the text may hold a Markdown link ("](") or link definition ("]:"): asked once a document,
        at first by a scan for a closing bracket alone (a one-character search, the cheapest; most texts hold
        none). Passes only remove and trim lines, so a text that held none never will."""
        found = self._markdown
        if found is None:
            text = self.joined_text()
            found = self._markdown = "]" in text and ("](" in text or "]:" in text)
        return found

    def line_data(self) -> LineData:
        """The lines as they stand, for RE2 gates (:meth:`gate_lines`): each line's bytes and leading
        symbols found once for all the gates that read it (a fresh one once a line's text changes)."""
        cached = self._line_data
        if cached is None or cached[0] != self.doc.edits:
            cached = self._line_data = (self.doc.edits, LineData([line.text for line in self.doc.lines]))
        return cached[1]

    def gate_lines(self, gate: Gate, indices: list[int]) -> list[bool] | None:
        """``gate.lines([doc.lines[i].text for i in indices])``, each line encoded once per document
        (:meth:`cleaner.gate.Gate.lines_at`)."""
        return gate.lines_at(self.line_data(), indices)

    def _joined_utf8(self) -> bytes | None:
        """``joined_text()`` encoded as UTF-8 (``surrogatepass``), once for :meth:`spaced` and :meth:`lower_text`,
        which both read the text's bytes; None for ASCII text (neither reads them)."""
        joined = self.joined_text()
        if joined.isascii():
            return None
        cached = self._utf8
        if cached is None or cached[0] != self.doc.edits:
            cached = self._utf8 = (self.doc.edits, joined.encode("utf-8", "surrogatepass"))
        return cached[1]

    def lower_text(self) -> str:
        """The document's lines, folded (lower-cased, see :func:`~cleaner.vocab.fold`) and joined
        by newlines (for literal scans)."""
        if self._lower is None:
            joined = self.joined_text()
            # (the text's UTF-8 read by the plain lower-casing only: the kernel's reads the text)
            self._lower = fold(joined, None if kernels.LOWER is not None else self._joined_utf8())
            self._lower_aligned = len(self._lower) == len(joined)
            # Lower-cased alone, each line is its slice of it (see lower_aligned), and the first characters
            # of a line the slice's start, while no character folds otherwise than ``str.lower`` does it (the
            # Turkish i's) and none looks past itself (a capital sigma, lower-cased, looks at what follows it)
            if "İ" not in joined and "ı" not in joined and "Σ" not in joined:
                lengths = [len(line.text) + 1 for line in self.doc.lines]
                self._lower_lines = (self.doc.edits, self._lower, [0, *accumulate(lengths[:-1])] if lengths else [])
        return self._lower

    def folded_lines(self) -> tuple[str, list[int]] | None:
        """``lower_text()`` and each line's start in it, where it is taken already and each line lower-cased
        (``lower(line.text)``) is its slice there (see :meth:`stats`); None otherwise."""
        folded = self._lower_lines
        if folded is None or folded[0] != self.doc.edits:
            return None
        return folded[1], folded[2]

    def lower_aligned(self) -> bool:
        """Whether ``lower_text()`` keeps every offset of the text (no character grew when
        folded; :func:`~cleaner.vocab.fold` keeps "İ" one character), so ``line_starts()`` also
        hold in it and each line folded on its own is its slice of it (only a final sigma looks at the
        characters around it when lower-cased, and never past a newline)."""
        if self._lower_aligned is None:
            joined = self.joined_text()
            # (ASCII: no need to look; else fold once, for the literal scans that ask next)
            self._lower_aligned = joined.isascii() or len(self.lower_text()) == len(joined)
        return self._lower_aligned

    def mentions(self, t: Table) -> bool:
        """Whether some pattern of ``t`` may match somewhere in the text: False only when each
        of its patterns needs one of its literals (:attr:`~cleaner.vocab.Table.literals`) and
        none occurs in the folded text (a C-speed scan a literal). For passes that look at
        every line for something most texts never hold (a cookie dialog, an author's bio)."""
        if not t.patterns:
            return False
        literals = t.literals
        if literals is None:
            return True
        lower = self.lower_text()
        return any(literal in lower for literal in literals)

    def literal_lines(self, t: Table) -> list[int] | None:
        """The lines (in order, removed ones too) whose folded text holds one of ``t``'s literals (see
        :attr:`~cleaner.vocab.Table.literals`): the only ones a pattern of ``t`` can match, found by a
        C-speed scan of the folded text a literal. None when some pattern needs no literal we know of, or
        the folded text's offsets are not the text's (then any line may match)."""
        if not t.patterns:
            return []
        literals = t.literals
        if literals is None or not self.lower_aligned() or any("\n" in literal for literal in literals):
            return None
        lower = self.lower_text()
        starts = self.line_starts()
        found: set[int] = set()
        for literal in literals:
            at = lower.find(literal)
            while at >= 0:
                line = bisect_right(starts, at) - 1
                found.add(line)
                if line + 1 >= len(starts):
                    break
                at = lower.find(literal, starts[line + 1])  # (the line holds it: on to the next one)
        return sorted(found)

    def gated_lines(self, t: Table, max_words: int) -> list[int]:
        """The lines (in order, removed ones too) of at most ``max_words`` words that a pattern of
        ``t`` may match, from one RE2 scan of the short lines (see :meth:`gated`); every short line
        when ``t`` cannot be gated. For passes that look for a rare heading or prompt on any line:
        they try ``t.match`` on these alone."""
        if not t.patterns:
            return []
        maybe = self.gated(("table", t.family, t.name, self.vocab_languages), lambda: ((t.mode, tuple(t.patterns)),),
                           max_words)
        if maybe is not None:
            return [i for i, ok in enumerate(maybe) if ok]
        return [i for i, n in enumerate(self.word_counts()) if n <= max_words]

    def line_starts(self) -> list[int]:
        """Offset in ``lower_text()`` where each line starts."""
        if self._starts is None:
            lengths = [len(line.text) + 1 for line in self.doc.lines]  # each line and its newline
            self._starts = [0, *accumulate(lengths[:-1])] if lengths else []
        return self._starts

    def table(self, family: str, name: str) -> Table:
        """The vocabulary table for this document's languages."""
        key = (family, name)
        t = self._tables.get(key)
        if t is None:
            t = self._tables[key] = table(family, name, self.vocab_languages)
        return t

    def gated(self, key: object, tables: Callable[[], tuple[tuple[str, tuple[str, ...]], ...]],
              max_words: int) -> list[bool] | None:
        """Per line, whether a pattern of ``tables()`` (mode, patterns) may match it, from one
        RE2 scan of the document's lines of at most ``max_words`` words (longer ones: False,
        unscanned; see :mod:`cleaner.gate`), cached under ``key`` until a line's text changes;
        None when the tables cannot be gated (run every regex)."""
        full_key = (key, max_words, self.doc.edits)
        if full_key in self._gated:  # (not try/except: a miss, once per document, raising costs more)
            return self._gated[full_key]
        gate = gate_for(tables())
        out: list[bool] | None = None
        if gate is not None:
            counts = self.word_counts()
            short = [i for i, n in enumerate(counts) if n <= max_words]
            found = self.gate_lines(gate, short) if short else []
            if found is not None:
                out = [False] * len(self.doc.lines)
                for i, ok in zip(short, found, strict=True):
                    out[i] = ok
        self._gated[full_key] = out
        return out

    def may_match(self, t: Table, indices: list[int]) -> list[bool] | None:
        """Per line of ``indices``, whether table ``t`` may match it: its own RE2 gate over those lines, one scan (a
        superset of ``t.match``: a line it rules out ``t`` matches nowhere). For a pass that puts one table to many
        lines; None when the gate cannot tell (then every line must be asked)."""
        gate = _line_gate(t) if indices else None
        return None if gate is None else self.gate_lines(gate, indices)

    def matches(self, family: str, name: str, index: int, gated: bool = True) -> bool:
        """Whether table ``family.name`` matches line ``index`` (``table(family, name).match(text) is not
        None``), judged once per line and document (afresh once a line's text changes). With ``gated``, an
        RE2 gate over the line alone (:meth:`cleaner.gate.Gate.line`, a superset of the table) rules out
        most lines before Python's regexes run: for guards that ask a large table (a date, a comment's
        evidence) about a few lines each, the same lines again and again."""
        memo = self.memo(("matches", family, name, gated))
        found = memo[index]
        if found is None:
            t = self.table(family, name)
            text = self.doc.lines[index].text
            gate = _line_gate(t) if gated else None
            found = memo[index] = (gate is None or gate.line(text)) and t.match(text) is not None
        return bool(found)

    def matches_any(self, tables: tuple[tuple[str, str], ...], index: int) -> bool:
        """Whether one of ``tables`` (each a family and a name) matches line ``index``: :meth:`matches` of each
        in turn, the line first put to one RE2 gate over them all (one call where a gate a table costs as
        many; most lines it rules out for all of them at once). Judged once per line and document."""
        memo = self.memo(("matches-any", tables))
        found = memo[index]
        if found is None:
            gate = _tables_gate(tuple([self.table(family, name) for family, name in tables]))
            if gate is not None and not gate.line(self.doc.lines[index].text):
                found = False
            else:
                found = any(self.matches(family, name, index, False) for family, name in tables)
            memo[index] = found
        return bool(found)

    def memo(self, key: object) -> list[Any]:
        """A list with a slot per line (None: not judged yet) in which passes share a judgement
        of each line made under ``key``; a fresh one once a line's text changes."""
        full_key = (key, self.doc.edits)
        memo = self._memos.get(full_key)
        if memo is None:
            memo = self._memos[full_key] = [None] * len(self.doc.lines)
        return memo

    def spaced(self) -> bool:
        """Whether no line holds a character of an unspaced script (:func:`~cleaner.textstats.spaced_only`
        of the whole text, once: trims only take characters away)."""
        spaced = self._spaced
        if spaced is None:
            # (the UTF-8 read by the plain code only: the kernel scans the text)
            utf8 = None if kernels.HOLDS is not None else self._joined_utf8()
            spaced = self._spaced = spaced_only(self.joined_text(), utf8)
        return spaced

    def stats(self, index: int) -> LineStats:
        s = self._stats[index]
        if s is None:
            # (all the punctuation outside ASCII, not only what the text holds: a line's sample tests each
            # character, at C speed and at once where the line cannot hold it, for less than a scan of the
            # whole text for each)
            wide = WIDE_PUNCT
            text = self.doc.lines[index].text
            stopwords = self.stopwords
            # the stopword sample lower-cased and its punctuation blanked out, cut from the folded text blanked
            # once for the document (see lower_text, blank_sample_text)
            sample: str | None = None
            if stopwords:
                if self._lower is None:
                    self.lower_text()  # (asked for on nearly every page: the literal scans read it)
                folded = self._lower_lines
                edits = self.doc.edits
                if folded is not None and folded[0] == edits:
                    blanked = self._blanked
                    if blanked is None or blanked[0] != edits:
                        utf8 = None if kernels.BLANK is not None else self._joined_utf8()
                        blanked = self._blanked = (edits, blank_sample_text(folded[1], utf8))
                    start = folded[2][index]
                    sample = blanked[1][start : start + min(len(text), STOP_SAMPLE_CHARS)]
            # (the word count when taken: the same count measure would make)
            s = measure(text, stopwords, self.spaced(), wide, self._words[index], None, sample)
            self._stats[index] = s
        return s

    def check_deadline(self) -> None:
        """Raise :class:`~cleaner.errors.Timeout` once the document's deadline has passed."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Timeout("cleaning took longer than the configured timeout (stopped inside a pass)")

    def words(self, index: int) -> int:
        """Word count of a line (cheap; what ``max_words`` guards compare against).

        Every pass's per-line loop asks for it, so it is where the per-document deadline is
        checked, every 512 calls."""
        if self.deadline is not None:
            self._ticks += 1
            if not self._ticks & 511:
                self.check_deadline()
        n = self._words[index]
        if n < 0:
            text = self.doc.lines[index].text
            n = self._words[index] = text.count(" ") + 1 if self.spaced() else word_count(text)
        return n

    def word_counts(self) -> list[int]:
        """:meth:`words` of every line at once, for loops over the whole document (read
        only). Checks the deadline once."""
        counts = self._words
        if not self._words_all:  # (a flag, not ``-1 in counts``: a scan of the list a call, most passes call)
            lines = self.doc.lines
            spaced = self.spaced()  # (then word_count is the spaces' count, as for ASCII text)
            if counts.count(-1) == len(counts):  # none counted yet: one comprehension over all lines
                texts = (line.text for line in lines)
                counts[:] = [t.count(" ") + 1 if spaced or t.isascii() else word_count(t) for t in texts]
            else:
                for i, n in enumerate(counts):
                    if n < 0:
                        text = lines[i].text
                        counts[i] = text.count(" ") + 1 if spaced or text.isascii() else word_count(text)
            self._words_all = True
        self.check_deadline()
        return counts

    def digit(self, index: int) -> bool:
        """Whether line ``index`` holds a figure (``DIGIT.search(text) is not None``, :func:`~.textstats.has_digit`),
        judged once per line: the edge guards ask it of most lines of a page's edges, several times each (and
        seldom of the article's long paragraphs, which are most of its characters: no line is read unasked)."""
        found = self._digits[index]
        if found < 0:
            found = self._digits[index] = 1 if has_digit(self.doc.lines[index].text) else 0
        return found > 0

    def close(self) -> None:
        """Let the document go once cleaning is done (its text rendered, its removals read): its lines and this
        context's caches are dropped. Compiled, each pass's nested functions and the environment holding them
        are a reference cycle (the environment holds the functions, each of them the environment), and the
        environment holds the context and the document's lines: without this, each document would wait for the
        cycle collector, whose every run then reads all of it."""
        set_markdown(False)  # (what runs next in this thread outside a document, a page's DOM rules, reads no view)
        self.doc.lines.clear()
        self.doc.deferred.clear()
        self._memos.clear()
        self._gated.clear()
        self._stats.clear()
        self._prose.clear()
        self._words.clear()
        self._digits.clear()
        self._sample = self._lower_lines = self._joined = self._blanked = None
        self._line_data = None
        self._lower = None
        self._starts = None

    def refresh(self, index: int) -> None:
        """Forget cached measurements of a line whose text a pass trimmed."""
        self._stats[index] = None
        self._prose[index] = None
        self._words[index] = -1
        self._digits[index] = -1
        self._words_all = False

    def is_prose(self, index: int) -> bool:
        p = self._prose[index]
        if p is None:
            words = self.words(index)
            # Cheap verdicts first, no stopword count needed: a line this short is never prose,
            # nor is one under 12 words that does not end like a sentence (see is_prose).
            if words < MIN_PROSE_WORDS or (words < 12 and not ends_sentence(self.doc.lines[index].text)):
                p = False
            elif words < 12 and not self.stopwords and self.language in JOINED_WORDS:
                # (six Korean units or more, closed as a sentence: see JOINED_WORDS; a teaser's headline cut short,
                # "이정재 앞에..", is none)
                p = not self.doc.lines[index].text.rstrip().endswith(_CUT_SHORT)
            else:
                p = is_prose(self.stats(index), bool(self.stopwords))
            self._prose[index] = p
        return p


#: A language written in a second script whose forms another language's tables read: Serbian in the Latin script
#: (its sites print both) is told Croatian and gets the hr tables, which take its ekavian forms ("Podelite",
#: "Pročitajte još", "pre 2 sata"); a page whose language is given as Serbian reads them too. The hr patterns are
#: Latin: they never match a Cyrillic line. mixedlang46: a Catalan page reads the es tables too: the publishers that
#: print Catalan editions keep their Spanish chrome around them ("Leer en castellano", "Actualizado el 07/05/2024 a las
#: 13:20", "Lo más leído", "Comentarios"); a Spanish residue pattern is no Catalan sentence.
_SCRIPT_TWIN: dict[str, str] = {"sr": "hr", "ca": "es"}  # mixedlang46: "ca"


# each table's gate for :meth:`Context.matches` (None: the table cannot be gated), by the table (tables are
# made once per family, name and languages: see :func:`cleaner.vocab.table`)
_LINE_GATES: dict[Table, Gate | None] = {}


def _line_gate(t: Table) -> Gate | None:
    if t in _LINE_GATES:
        return _LINE_GATES[t]
    gate = _LINE_GATES[t] = gate_for(((t.mode, tuple(t.patterns)),)) if t.patterns else None
    return gate


def table_matches(t: Table, text: str) -> bool:
    """Whether table ``t`` matches ``text`` (``t.match(text) is not None``), asked of the table's own RE2 gate
    first: for a pass that asks one or two tables about a few sentences, where the gate over every table
    would build new DFA states for each sentence it has not met, at several times the small gate's cost."""
    gate = _line_gate(t)
    return (gate is None or gate.line(text)) and t.match(text) is not None


# the gates of groups of tables for :meth:`Context.matches_any`, by the tables
_TABLES_GATES: dict[tuple[Table, ...], Gate | None] = {}


def _tables_gate(tables: tuple[Table, ...]) -> Gate | None:
    if tables in _TABLES_GATES:
        return _TABLES_GATES[tables]
    gate = _TABLES_GATES[tables] = gate_for(tuple([(t.mode, tuple(t.patterns)) for t in tables if t.patterns]))
    return gate
