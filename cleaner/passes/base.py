"""What a pass is: a small named unit that removes or trims lines and says why.

``Pass.run`` gets the per-document :class:`~cleaner.context.Context`; it only ever calls
``doc.remove`` / ``doc.trim``, so no pass can invent or reorder text. Options are plain
typed constructor arguments (datatrove style), so ``Config`` can set them by name.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import ClassVar

from mypy_extensions import mypyc_attr

from ..context import Context
from ..derived import compile_regex
from ..document import Line
from ..gate import Gate, TableSet, gate_for, table_set
from ..sentences import may_break, residue_of, split_sentences
from ..textstats import ends_colon, ends_sentence
from ..vocab import Table, fold, markdown_on, markdown_view, required_literals, symbol_lead, without_symbols
from .edge_podcast import sponsor_read  # podcast50
from .edge_tabloid import contact_after_question  # tabloid43


@mypyc_attr(allow_interpreted_subclasses=True)
class Pass:
    """A step of the pipeline. Subclasses set ``name``, ``family`` and ``description`` and
    implement ``run``.

    (No ``abc.ABC`` here: compiled by mypyc, the pass classes would share one ABC subclass cache,
    and ``isinstance`` would answer for one class what it learnt of another.)"""

    name: ClassVar[str]
    family: ClassVar[str]
    description: ClassVar[str]

    def run(self, ctx: Context) -> None:
        raise NotImplementedError(f"{type(self).__name__} does not implement run()")

    def __repr__(self) -> str:
        # (the constructor's options by name: a compiled pass keeps its attributes in slots, not a __dict__)
        names = [n for n in inspect.signature(type(self)).parameters if hasattr(self, n)]
        opts = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__name__}({opts})"


@mypyc_attr(allow_interpreted_subclasses=True)
class LinePass(Pass):
    """A pass that judges each kept line on its own: ``check`` returns a reason or None."""

    def check(self, ctx: Context, index: int) -> str | None:
        raise NotImplementedError(f"{type(self).__name__} does not implement check()")

    def run(self, ctx: Context) -> None:
        for index, _line in ctx.doc.iter_kept():
            reason = self.check(ctx, index)
            if reason:
                ctx.doc.remove(index, self.name, reason)


@mypyc_attr(allow_interpreted_subclasses=True)
class VocabLinePass(LinePass):
    """Removes a line that one of the family's vocabulary tables matches.

    ``tables`` maps a table name in ``rules/families/<family>.toml`` to the reason given
    when it matches. ``max_words`` is the over-stripping guard: a long line is running
    text even if it contains residue words, so it is never removed by vocabulary alone.

    Consecutive vocabulary passes in the pipeline are executed together by
    :class:`VocabGroup` (one regex per line instead of one per pass per line); the
    result is the same as running them one after the other.
    """

    tables: ClassVar[dict[str, str]]
    default_max_words: ClassVar[int] = 30

    def __init__(self, max_words: int | None = None) -> None:
        self.max_words = self.default_max_words if max_words is None else max_words

    def _tables(self, ctx: Context) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple((t.mode, tuple(t.patterns)) for t in (ctx.table(self.family, n) for n in self.tables))

    def may_match(self, ctx: Context) -> list[bool] | None:
        """Per line, whether one of the tables may match it and it is short enough (False:
        :meth:`check` finds nothing); None when the tables cannot be gated."""
        return ctx.gated((id(self), ctx.vocab_languages), lambda: self._tables(ctx), self.max_words)

    def check(self, ctx: Context, index: int) -> str | None:
        return self.check_gated(ctx, index, self.may_match(ctx))

    def check_gated(self, ctx: Context, index: int, maybe: list[bool] | None) -> str | None:
        """:meth:`check` with ``may_match(ctx)`` at hand (a loop over lines asks for it once)."""
        if ctx.words(index) > self.max_words:
            return None
        if maybe is not None and not maybe[index]:
            return None  # the gate proved that none of the tables matches the line
        text = ctx.doc.lines[index].text
        for name, reason in self.tables.items():
            if ctx.table(self.family, name).match(text):
                return reason
        return None

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """Of the lines ``mine`` this pass's tables matched, those it keeps after all, seen with
        every line the vocabulary group matched (``hits``: residue around them). None here."""
        return set()

    def run(self, ctx: Context) -> None:
        VocabGroup([self]).run(ctx)


class VocabGroup(Pass):
    """Runs consecutive :class:`VocabLinePass` es as one scan over the lines.

    Every (pass, table) pair becomes a named alternative of one regex, in pipeline
    order, so for each line the first pass that would have removed it is the one that
    does. Anchored alternatives are grouped by the line's first character (see
    :class:`~cleaner.vocab.Table`) and by which passes' ``max_words`` admit the line.
    Unanchored ("search") patterns are expensive in Python's ``re``, so one
    Aho-Corasick scan of the document first finds which of them can match at all (each
    needs one of its :func:`~cleaner.vocab.required_literals`).
    """

    name = "vocabulary"
    family = "vocabulary"
    description = "Consecutive vocabulary passes, run together."

    def __init__(self, passes: list[VocabLinePass]) -> None:
        self.passes = passes
        # (pass index, family, table, reason, max_words) in pipeline order
        self.entries = [
            (n, p.family, t, reason, p.max_words) for n, p in enumerate(passes) for t, reason in p.tables.items()
        ]
        self.limits = sorted({p.max_words for p in passes})
        self._cache: dict[tuple[object, ...], re.Pattern[str] | None] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._scanners: dict[tuple[str, ...] | None, LiteralScanner] = {}
        self._gates: dict[tuple[object, ...], Gate | None] = {}
        self._setups: dict[tuple[str, ...], tuple[tuple[bool, ...], list[tuple[int, str]], Gate | None]] = {}
        # per set of languages: the RE2 set over the entries' tables and each search entry's items (see _table_set)
        self._sets: dict[tuple[str, ...], tuple[TableSet | None, dict[int, tuple[tuple[int, str], ...]]]] = {}
        self._entry_rx: dict[tuple[object, ...], re.Pattern[str] | None] = {}
        # a line's verdict reused for a line of the same text later in the run (tests turn it off to compare)
        self.reuse_verdicts = True
        # the entries a line may match asked of the RE2 set first (tests turn it off to compare)
        self.use_table_set = True

    def _gate(self, ctx: Context, active: tuple[bool, ...]) -> Gate | None:
        """The RE2 gate over every active table (see :mod:`cleaner.gate`); None: no gating."""
        key = (ctx.vocab_languages, active)
        try:
            return self._gates[key]
        except KeyError:
            pass
        tables = []
        for k, (_n, family, name, _reason, _max) in enumerate(self.entries):
            if active[k]:
                t = ctx.table(family, name)
                tables.append((t.mode, tuple(t.patterns)))
        gate = self._gates[key] = gate_for(tuple(tables))
        return gate

    def _search_items(self, ctx: Context, active: tuple[bool, ...]) -> list[tuple[int, str]]:
        return [
            (k, p)
            for k, (_n, family, name, _reason, _max) in enumerate(self.entries)
            if active[k] and ctx.table(family, name).mode == "search"
            for p in ctx.table(family, name).patterns
        ]

    def _anchored(self, ctx: Context, active: tuple[bool, ...], ch: str | None,
                  bucket: int | None, below: int | None = None) -> re.Pattern[str] | None:
        """The alternation for lines starting with ``ch`` (None: the wildcard patterns),
        of the entries admitting lines of ``limits[bucket]`` words (None: every entry), and
        only those before entry ``below`` when given."""
        key = (ctx.vocab_languages, ch, bucket, below)  # ``active`` follows from the languages (see _setup)
        try:
            return self._cache[key]
        except KeyError:
            pass
        words = 0 if bucket is None else self.limits[bucket]
        parts: list[str] = []
        for k, (_n, family, name, _reason, max_words) in enumerate(self.entries):
            if below is not None and k >= below:
                break
            t = ctx.table(family, name)
            if max_words < words or not active[k] or t.mode == "search":
                continue
            patterns = t.patterns_for(ch)
            if patterns:
                body = "|".join(f"(?:{p})" for p in patterns)
                parts.append(f"(?P<e{k}>(?:{body})(?s:.*))" if t.mode == "start" else f"(?P<e{k}>{body})")
        source = "|".join(parts)
        compiled = self._compiled.get(source) if parts else None
        if parts and compiled is None:
            compiled = self._compiled[source] = compile_regex(source, re.IGNORECASE)  # shared by equal sources
        self._cache[key] = compiled
        return compiled

    def _search(self, items: tuple[tuple[int, str], ...], bucket: int) -> re.Pattern[str] | None:
        key = ("search", items, bucket)  # items are sorted by entry: same lines, same key
        try:
            return self._cache[key]
        except KeyError:
            pass
        words = self.limits[bucket]
        by_entry: dict[int, list[str]] = {}
        for k, p in items:
            if self.entries[k][4] >= words:
                by_entry.setdefault(k, []).append(p)
        parts = [f"(?P<e{k}>{'|'.join(f'(?:{p})' for p in ps)})" for k, ps in by_entry.items()]
        compiled = compile_regex("|".join(parts), re.IGNORECASE) if parts else None
        self._cache[key] = compiled
        return compiled

    def _setup(self, ctx: Context) -> tuple[tuple[bool, ...], list[tuple[int, str]], Gate | None]:
        """Per set of languages: which entries have patterns, the search items, the gate."""
        try:
            return self._setups[ctx.vocab_languages]
        except KeyError:
            pass
        active = tuple(bool(ctx.table(f, t).patterns) for _n, f, t, _r, _m in self.entries)
        setup = self._setups[ctx.vocab_languages] = (active, self._search_items(ctx, active), self._gate(ctx, active))
        return setup

    def _table_set(self, ctx: Context) -> tuple[TableSet | None, dict[int, tuple[tuple[int, str], ...]]]:
        """Per set of languages: the RE2 set over every entry's table, in entry order (see
        :class:`~cleaner.gate.TableSet`), and the (entry, pattern) items of each search entry."""
        try:
            return self._sets[ctx.vocab_languages]
        except KeyError:
            pass
        tables = tuple((t.mode, tuple(t.patterns)) for t in (ctx.table(f, n) for _k, f, n, _r, _m in self.entries))
        by_entry: dict[int, tuple[tuple[int, str], ...]] = {}
        for k, (mode, patterns) in enumerate(tables):
            if mode == "search" and patterns:
                by_entry[k] = tuple((k, p) for p in patterns)
        found = self._sets[ctx.vocab_languages] = (table_set(tables), by_entry)
        return found

    def _entry_regex(self, ctx: Context, k: int, ch: str) -> re.Pattern[str] | None:
        """Entry ``k``'s anchored patterns a line starting with ``ch`` can match (its first character's and
        its wildcard ones, see :meth:`~cleaner.vocab.Table.patterns_for`), as one regex matched in full; None
        for a search entry or when there are none."""
        key = (ctx.vocab_languages, k, ch)
        try:
            return self._entry_rx[key]
        except KeyError:
            pass
        _n, family, name, _reason, _max = self.entries[k]
        t = ctx.table(family, name)
        compiled: re.Pattern[str] | None = None
        if t.mode != "search":
            patterns = [*t.patterns_for(ch), *t.patterns_for(None)]
            if patterns:
                body = "|".join(f"(?:{p})" for p in patterns)
                source = f"(?:{body})(?s:.*)" if t.mode == "start" else body
                compiled = self._compiled.get(source)
                if compiled is None:
                    compiled = self._compiled[source] = compile_regex(source, re.IGNORECASE)
        self._entry_rx[key] = compiled
        return compiled

    def _best_of(self, ctx: Context, text: str, words: int, bucket: int, entries: list[int],
                 searches: dict[int, tuple[tuple[int, str], ...]]) -> int | None:
        """:meth:`_best` for a line only ``entries`` (ascending) may match (the RE2 set's answer): the first of
        them admitting a line of ``words`` words whose anchored patterns match the whole line, else (or first,
        when one comes before it) what the search entries among them find, as :meth:`_best` does."""
        best: int | None = None
        if not entries:
            return None
        ch = fold(text[0])
        for k in entries:
            if self.entries[k][4] < words:
                continue
            rx = self._entry_regex(ctx, k, ch)
            if rx is not None and rx.fullmatch(text) is not None:
                best = k
                break
        items: tuple[tuple[int, str], ...] = ()
        for k in entries:
            more = searches.get(k)
            if more is not None:
                items = more if not items else items + more
        return self._searched(items, bucket, text, best)

    def _best_of_view(self, ctx: Context, active: tuple[bool, ...], by_char: dict[str | None, re.Pattern[str] | None],
                      text: str, words: int, bucket: int, items: tuple[tuple[int, str], ...]) -> int | None:
        """:meth:`_best` of the markup-free view of ``text`` (see :func:`~cleaner.vocab.markdown_view`), as it
        stands or past its leading symbols, every search item tried (a view's words are not those the literal scan
        found in the line); None when it has none or nothing matches."""
        view = markdown_view(text)
        if view is None:
            return None
        best = self._best(ctx, active, by_char, view, words, bucket, items)
        rest = without_symbols(view) if best is None and not view[0].isalpha() else None
        if rest is not None:
            best = self._best(ctx, active, by_char, rest, words, bucket, items)
        return best

    def _spare(self, ctx: Context, hits: dict[int, int]) -> None:
        """Drops from ``hits`` the lines their pass spares (:meth:`VocabLinePass.spared`), the
        lines whose first words a call matched and where news follows the call
        (:func:`_news_sentence`: "Join the club today. Members got free entry to all 19 home games
        last season."), and
        the residue told as news: a sentence of ``_REPORTED_MIN_WORDS`` or more words in which a
        reporting clause follows the matched words ("Follow us on Facebook, her party's account
        posted shortly afterwards, in a message …", "All rights reserved, Disney reminded fans,
        still applies …"): the article quoting a prompt, not the page's prompt; in a line of several
        sentences, the sentence the prompt's table matches (:meth:`_reported_sentence`)."""
        reported = ctx.table("cookies", "reported")
        if reported.patterns:
            lines = ctx.doc.lines
            # (a line that opens on a quotation mark quotes the call at any length: "“Click here,” the email said.")
            for i in [i for i in hits if ctx.words(i) >= _REPORTED_MIN_WORDS or lines[i].text[:1] in _OPEN_QUOTES]:
                if self.entries[hits[i]][1:3] in _TEMPLATE_TABLES:
                    continue
                text = lines[i].text
                if (ends_sentence(text) and self._reports(ctx, reported, text)) or (
                    may_break(text) and self._reported_sentence(ctx, text, hits[i], reported)
                ):
                    del hits[i]
        reader = ctx.table("promos", "reader")
        lines = ctx.doc.lines
        for i in [i for i, k in hits.items() if self.entries[k][1:3] in _CALL_TABLES and may_break(lines[i].text)]:
            if sponsor_read(ctx, i):  # podcast50
                continue  # (a sponsor read's offer, its figures in it, is the sponsor's copy: no news)
            if _news_sentence(ctx, split_sentences(lines[i].text), reader):
                del hits[i]
        for i in [i for i in hits if _numbered(lines[i])]:
            if _one_step_of_many(ctx, i, hits):
                del hits[i]
        for i in glossary_terms(ctx, hits):
            del hits[i]
        for n, p in enumerate(self.passes):
            if type(p).spared is VocabLinePass.spared:
                continue
            mine = [i for i, k in hits.items() if self.entries[k][0] == n]
            if mine:
                for i in p.spared(ctx, mine, hits):
                    del hits[i]

    def _reported_sentence(self, ctx: Context, text: str, entry: int, reported: Table) -> bool:
        """One of the sentences of ``text`` (a line of several) is the residue the line's table (entry
        ``entry``) matched, told as news: ``_REPORTED_MIN_WORDS`` words or more, ended, a reporting clause
        after the matched words ("This post contains affiliate links, the editor conceded in a note on
        Tuesday. …"; the line's other sentences do not make it the page's own notice)."""
        table = ctx.table(*self.entries[entry][1:3])
        for sentence in split_sentences(text):
            if sentence.count(" ") + 1 < _REPORTED_MIN_WORDS or not ends_sentence(sentence):
                continue
            if self._reports(ctx, reported, sentence) and table.match(sentence):
                return True
        return False

    def _reports(self, ctx: Context, reported: Table, text: str) -> bool:
        """``reported.match(text)`` (the ``reported`` table: a reporting clause), asked of its RE2 gate first
        (:meth:`~cleaner.gate.Gate.line`: one DFA pass, where the table's regex backtracks over most lines)."""
        key = ("reported", ctx.vocab_languages)
        try:
            gate = self._gates[key]
        except KeyError:
            gate = self._gates[key] = gate_for(((reported.mode, tuple(reported.patterns)),))
        if gate is not None and not gate.line(text):
            return False
        return reported.match(text) is not None

    def _best(self, ctx: Context, active: tuple[bool, ...], by_char: dict[str | None, re.Pattern[str] | None],
              text: str, words: int, bucket: int, search_items: tuple[tuple[int, str], ...] | None) -> int | None:
        """The first entry (in pipeline order) that matches ``text``, a line of ``words`` words; None if none."""
        best: int | None = None
        for ch in (fold(text[0]), None):
            # One regex per first character over every entry (few compiles); when the
            # entry it matches does not admit a line this long, ask again with only the
            # entries that do (rare: a vocabulary match on a long line).
            # (the wildcard patterns, once a first character's pattern matched, need only try the entries before
            # the one it matched: a smaller alternation, most of the time none)
            below = best if ch is None else None
            if below is not None:
                rx = self._anchored(ctx, active, ch, None, below)
            elif ch in by_char:  # (not try/except: misses are common, raising costs more)
                rx = by_char[ch]
            else:
                rx = by_char[ch] = self._anchored(ctx, active, ch, None)
            m = rx.fullmatch(text) if rx is not None else None
            if m is not None and self.entries[int(m.lastgroup[1:])][4] < words:  # type: ignore[index]
                rx = self._anchored(ctx, active, ch, bucket, below)
                m = rx.fullmatch(text) if rx is not None else None
            if m is not None:
                k = int(m.lastgroup[1:])  # type: ignore[index]
                best = k if best is None else min(best, k)
        return self._searched(search_items or (), bucket, text, best)

    def _searched(self, items: tuple[tuple[int, str], ...], bucket: int, text: str, best: int | None) -> int | None:
        """``best`` or, when one of the search ``items`` comes before it and matches ``text``, that entry."""
        if items and (best is None or items[0][0] < best):
            rx = self._search(items, bucket)
            m = rx.search(text) if rx is not None else None
            if m is not None:
                k = int(m.lastgroup[1:])  # type: ignore[index]
                best = k if best is None else min(best, k)
        return best

    def run(self, ctx: Context) -> None:
        doc = ctx.doc
        limits = self.limits
        if len(self._cache) + len(self._entry_rx) > _CACHE_LIMIT:
            self._cache.clear()  # bounded memory over millions of documents
            self._compiled.clear()
            self._setups.clear()
            self._entry_rx.clear()
        active, items, gate = self._setup(ctx)
        if not any(active):
            return
        # The lines worth a regex: kept, short enough for some entry, and not ruled out by the
        # gate (only the line being judged is ever removed below, so this holds for the whole loop).
        longest = limits[-1]
        counts = ctx.word_counts()
        todo = [index for index, line in enumerate(doc.lines) if line.removal is None and counts[index] <= longest]
        maybe = ctx.gate_lines(gate, todo) if gate is not None and todo else None
        if maybe is not None:
            todo = [index for index, ok in zip(todo, maybe, strict=True) if ok]
        hits: dict[int, int] = {}  # line -> the entry that matched it
        # a line no entry matches is tried once more as its markup-free view where the text holds Markdown (as
        # Table.match does; the gate let it through for its view: see Gate.lines)
        markdown = markdown_on()
        tset: TableSet | None = None
        searches: dict[int, tuple[tuple[int, str], ...]] = {}
        if self.use_table_set and maybe is not None:  # (the set is asked only about lines the gate let through)
            tset, searches = self._table_set(ctx)
        by_char: dict[str | None, re.Pattern[str] | None] = {}  # _anchored(ctx, active, ch, None) of this run
        if tset is not None:
            all_items = tuple(items)
            seen: dict[tuple[str, int], int | None] = {}
            for index in todo:
                words = ctx.words(index)  # (counts the deadline ticks: the regexes below are the cost)
                text = doc.lines[index].text
                seen_key = (text, words)
                if self.reuse_verdicts and seen_key in seen:
                    best = seen[seen_key]
                    if best is not None:
                        hits[index] = best
                    continue
                bucket = bisect_left(limits, words)
                # a line led by symbols ("📲 Leia mais: …") is also tried past them, as Table.match does
                rest = without_symbols(text) if not text[0].isalpha() else None
                entries = tset.which(text)
                rest_entries = tset.which(rest) if rest is not None else None
                if not entries and not rest_entries:
                    # the gate let the line through and the set names no entry (or cannot read it): every entry
                    best = self._best(ctx, active, by_char, text, words, bucket, all_items)
                    if rest is not None:
                        other = self._best(ctx, active, by_char, rest, words, bucket, all_items)
                        if other is not None and (best is None or other < best):
                            best = other
                else:
                    best = self._best_of(ctx, text, words, bucket, entries or [], searches)
                    if rest is not None:
                        other = self._best_of(ctx, rest, words, bucket, rest_entries or [], searches)
                        if other is not None and (best is None or other < best):
                            best = other
                if best is None and markdown:
                    best = self._best_of_view(ctx, active, by_char, text, words, bucket, all_items)
                seen[seen_key] = best
                if best is not None:
                    hits[index] = best
            todo = []
        per_line: dict[int, tuple[tuple[int, str], ...]] = {}
        if items and todo:
            scanner = self._scanners.get(ctx.vocab_languages)
            if scanner is None:
                every = self._search_items(ctx, (True,) * len(self.entries))
                scanner = self._scanners[ctx.vocab_languages] = LiteralScanner([p for _k, p in every])
            per_line = scanner.candidates(items, ctx, todo)
        # (a line's verdict follows from its text, its words and its search items: a menu's lines met again on the
        # page, "Share", "Home", are judged once)
        judged: dict[tuple[str, int, tuple[tuple[int, str], ...] | None], int | None] = {}
        for index in todo:
            words = ctx.words(index)  # (counts the deadline ticks: the regexes below are the cost)
            text = doc.lines[index].text
            search_items = per_line.get(index)
            key = (text, words, search_items)
            if self.reuse_verdicts and key in judged:
                best = judged[key]
                if best is not None:
                    hits[index] = best
                continue
            bucket = bisect_left(limits, words)
            best = self._best(ctx, active, by_char, text, words, bucket, search_items)
            # a line led by symbols ("📲 Leia mais: …") is also tried past them, as Table.match does
            rest = without_symbols(text) if not text[0].isalpha() else None
            if rest is not None:
                other = self._best(ctx, active, by_char, rest, words, bucket, search_items)
                if other is not None and (best is None or other < best):
                    best = other
            if best is None and markdown:
                best = self._best_of_view(ctx, active, by_char, text, words, bucket, tuple(items))
            judged[key] = best
            if best is not None:
                hits[index] = best
        if hits:
            self._spare(ctx, hits)
        for index, best in hits.items():
            n, _family, _name, reason, _max = self.entries[best]
            announcer = _announcer(ctx, index, hits)
            if announcer is None:
                doc.remove(index, self.passes[n].name, reason)
            else:  # stays with the list, unless a later pass finds its announcement residue too
                doc.defer(index, announcer, self.passes[n].name, reason)


_TERM_WORDS = 3  # a glossary's term alone on its line: "Login", "Newsletter", "Koers", "Further reading"
_DEFINITION_WORDS = (4, 25)  # the sentence under it that defines it (a news paragraph runs longer)
_GLOSSARY_PAIRS = 3


def _term(ctx: Context, i: int) -> bool:
    """Line ``i`` may be a glossary's term: up to ``_TERM_WORDS`` words opening on a letter, no figure, no
    sentence's end, none of ``_NOT_IN_TERMS``."""
    text = ctx.doc.lines[i].text.rstrip()
    return (
        ctx.words(i) <= _TERM_WORDS
        and text[:1].isalpha()
        and not any(c.isdigit() or c in _NOT_IN_TERMS for c in text)
        and not ends_sentence(text)
        and text[-1:] not in "?？!"
    )


# a label's colon, a credit's or a path's slash, a row's bar: a date, "Foto: Oliver Berg/dpa", "Home | News" is no term
_NOT_IN_TERMS = frozenset(":：/|»›>·•")


def _definition(ctx: Context, i: int, hits: dict[int, int]) -> bool:
    """Line ``i`` may define the term over it: a sentence of ``_DEFINITION_WORDS`` that no table took."""
    low, high = _DEFINITION_WORDS
    return (
        i not in hits
        and ctx.doc.lines[i].removal is None
        and low <= ctx.words(i) <= high
        and ends_sentence(ctx.doc.lines[i].text)
    )


# the tables of the words a menu, a footer's column or a widget prints alone on a line ("About us", "Login",
# "Newsletter", "Share", "Koers"): whichever pass takes them, and in whatever order, they count as residue in a run
_LINK_WORD_TABLES = (("widgets", "chrome"), ("widgets", "social"), ("widgets", "finance"), ("signup", "newsletter"))


def _link_word(ctx: Context, text: str) -> bool:
    return any(ctx.table(family, name).match(text) for family, name in _LINK_WORD_TABLES)


def glossary_terms(ctx: Context, hits: dict[int, int]) -> list[int]:
    """The lines of ``hits`` that are terms of a glossary: runs of ``_GLOSSARY_PAIRS`` or more terms, each alone on
    its line right over the short sentence that defines it ("Cookie" over "A small file a website stores on your
    computer to remember you."), no two terms the same, fewer than half of them residue (matched here, taken by an
    earlier pass, or a menu's word that a later pass takes). A term that is also a menu's or a widget's word
    ("Login", "Newsletter", "Koers") is the glossary's there; a footer's column of links, each over its blurb
    ("Newsletter" over "Get the news in your inbox."), has its blurbs taken or its names all menu words, and the
    markers and credits between a story's paragraphs ("Anzeige", "Foto: Oliver Berg/dpa") repeat, hold a colon,
    or stand over paragraphs longer than a definition."""
    lines = ctx.doc.lines
    if not any(ctx.words(i) <= _TERM_WORDS and i + 1 < len(lines) and ends_sentence(lines[i + 1].text) for i in hits):
        return []  # (no hit over a sentence right under it: the common page, at no cost)
    # The runs are those of a scan from the top: at each line, a run of pairs (a term over its definition, see
    # _pair) two lines a step while they last, else on to the next line. Only a run holding a hit can give any
    # line, so the scan starts just before each hit, where it cannot be inside a run: a line with no pair at
    # the line over it (no run steps over it) nor two lines over it (none goes on from there).
    pairs: dict[int, bool] = {}
    runs: dict[int, list[int]] = {}  # first line -> the run
    for h in sorted(hits):
        if not _pair(ctx, h, hits, pairs) or any(h in run for run in runs.values()):
            continue
        i = h
        while i > 0 and (_pair(ctx, i - 1, hits, pairs) or (i > 1 and _pair(ctx, i - 2, hits, pairs))):
            i -= 1
        while i <= h:
            run: list[int] = []
            while _pair(ctx, i, hits, pairs):
                run.append(i)
                i += 2
            if not run:
                i += 1
            elif any(t in hits for t in run):
                runs[run[0]] = run
    out: list[int] = []
    for start in sorted(runs):
        run = runs[start]
        if len(run) < _GLOSSARY_PAIRS or len({lines[t].text.strip().casefold() for t in run}) != len(run):
            continue  # (too few, or a term repeats: an ad's marker)
        taken = [t for t in run if t in hits or lines[t].removal is not None or _link_word(ctx, lines[t].text)]
        if 2 * len(taken) < len(run):
            out.extend(t for t in taken if t in hits)
    return out


def _pair(ctx: Context, i: int, hits: dict[int, int], pairs: dict[int, bool]) -> bool:
    """Line ``i`` is a glossary's term over the line that defines it (see :func:`glossary_terms`), asked once."""
    found = pairs.get(i)
    if found is None:
        # (the definition first: a few lookups, where the term's test reads every character)
        found = pairs[i] = i + 1 < len(ctx.doc.lines) and _definition(ctx, i + 1, hits) and _term(ctx, i)
    return found


# (a reporting clause in a shorter line may be a credit's or a prompt's own words: "Photo: AP, Reuters")
_REPORTED_MIN_WORDS = 10
_OPEN_QUOTES = frozenset('"“‘«„')
_NEWS_MIN_WORDS = 6
_CLOSING_QUOTES = "\"'”’»)"
# the tables of calls to the reader ("Sign up for …", "Follow …", "Join …"), whose patterns match a line by its
# first words and take the rest of it along (a caption's credit, a consent notice, a rights line are matched
# as a whole, whatever sentences they hold)
_CALL_TABLES = frozenset({("signup", "newsletter"), ("promos", "cta")})

# the tables whose patterns are a platform's template line whole, its own closing words included (a WordPress entry's
# footer: "Bu yazı Tarifler içinde yayınlandı ve elma, turta ile etiketlendi. …"): no reporting clause follows their
# words, so the reported-speech guard does not read them (Turkish's "…, turta ile etiketlendi." reads as one)
_TEMPLATE_TABLES = frozenset({("widgets", "blog_template")})


def _news_sentence(ctx: Context, sentences: list[str], reader: Table) -> bool:
    """One of a line's sentences is news, not residue: a statement (ending in a full stop) of
    ``_NEWS_MIN_WORDS`` or more words with a figure in it (a date, a time, a count) that no vocabulary
    table matches on its own and that does not speak to the reader (a pitch does: "Get the best
    stories in your inbox."; a promo's copy holds no figure: "The Briefing presents the latest
    developments, updated throughout the day."). A pattern that
    matched the line's first words took the rest of it along; where the rest is the article's own
    ("The program, launched in 2019, has diverted 4,000 tons of waste."), the line is the article's."""
    if len(sentences) < 2:
        return False
    for at, sentence in enumerate(sentences):
        if sentence.count(" ") + 1 < _NEWS_MIN_WORDS or sentence.rstrip().rstrip(_CLOSING_QUOTES)[-1:] != ".":
            continue  # (news is told, a call exclaims or asks: "Let us know how it was!")
        if not _FIGURE.search(sentence) or reader.match(sentence) or residue_of(ctx, sentence) is not None:
            continue  # (a fact holds a figure: a date, a time, a count; a promo's copy rarely does)
        if contact_after_question(sentences, at):  # tabloid43
            continue  # (a tip line's phone or address after its question is the call's figure: "Got a story? Call …")
        return True
    return False


_FIGURE = re.compile(r"\d")


def prose_bounds(ctx: Context, kept: list[int], counts: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """The first and the last of the ``kept`` lines that are prose (and that ``counts``, when
    given, lets count): where the article starts and ends for the passes that treat what stands
    before or after it differently from what stands inside. None when no line is prose."""
    test = ctx.is_prose if counts is None else (lambda i: ctx.is_prose(i) and counts(i))
    first = next((i for i in kept if test(i)), None)
    if first is None:
        return None
    return first, next(i for i in reversed(kept) if test(i))


def _list_item(line: Line) -> bool:
    """A bullet or numbered item (the marker the document keeps apart as the line's lead), or an item
    led by a symbol the document keeps in the text ("👉 Bring your receipt", "1️⃣ Open the settings")."""
    return (bool(line.lead) and line.lead[0] not in "#>") or symbol_lead(line.text) > 0


def _numbered(line: Line) -> bool:
    """A numbered item: its lead a figure ("1. ", "2) ")."""
    return bool(line.lead) and line.lead[0].isdecimal()


_STEPS = 3  # numbered items in a row: a how-to's steps


def _one_step_of_many(ctx: Context, index: int, hits: dict[int, int]) -> bool:
    """Line ``index``, a numbered item a call's pattern matched, is one step of the article's numbered
    list: ``_STEPS`` or more numbered items in a row around it, most of them matched by no table ("1. Konto
    anlegen", "2. Schulbescheinigung hochladen", "3. Foto hinzufügen": a how-to's steps, not a sign-up box)."""
    lines = ctx.doc.lines
    start = stop = index
    while start > 0 and lines[start - 1].removal is None and _numbered(lines[start - 1]):
        start -= 1
    while stop + 1 < len(lines) and lines[stop + 1].removal is None and _numbered(lines[stop + 1]):
        stop += 1
    steps = stop - start + 1
    matched = sum(1 for j in range(start, stop + 1) if j in hits)
    return steps >= _STEPS and matched * 2 < steps


def _announcer(ctx: Context, index: int, hits: dict[int, int]) -> int | None:
    """If line ``index`` is an item of a list the article announces, the announcing line: a kept
    line of prose ending in a colon right before a run of list items ("Here is how to get the
    bundle:" then "- Sign up for ..."). Such items are the article's own steps, even when one
    reads like a prompt."""
    lines = ctx.doc.lines
    if not _list_item(lines[index]):
        return None
    at = index - 1
    while at >= 0 and (lines[at].removal is None or at in hits) and _list_item(lines[at]):
        at -= 1
    if at < 0 or at in hits or lines[at].removal is not None:
        return None
    return at if ends_colon(lines[at].text) and ctx.is_prose(at) else None


_CACHE_LIMIT = 8192


class LiteralScanner:
    """Which search patterns can match which lines, from one Aho-Corasick scan of a document.

    Every search pattern needs one of its :func:`~cleaner.vocab.required_literals`; the
    scan finds where those literals occur, so a pattern only runs on lines holding one.
    """

    def __init__(self, patterns: list[str]) -> None:
        self.needs: dict[str, frozenset[str] | None] = {p: required_literals(p) for p in patterns}
        literals = sorted({x for req in self.needs.values() if req for x in req})
        self.one_line = not any("\n" in x for x in literals)  # no literal spans two lines
        self.automaton = None
        try:
            import ahocorasick  # type: ignore[import-not-found, unused-ignore]
        except ImportError:  # pragma: no cover - a dependency; without it every pattern runs
            return
        if literals:
            automaton = ahocorasick.Automaton()
            for x in literals:
                automaton.add_word(x, x)
            automaton.make_automaton()
            self.automaton = automaton

    def _need(self, pattern: str) -> frozenset[str] | None:
        try:
            return self.needs[pattern]
        except KeyError:
            need = self.needs[pattern] = required_literals(pattern)
            return need

    def candidates(self, items: list[tuple[int, str]], ctx: Context,
                   lines: list[int]) -> dict[int, tuple[tuple[int, str], ...]]:
        """Line index -> the (entry, pattern) items that can match that line, for ``lines``."""
        always = [(k, p) for k, p in items if self._need(p) is None]
        if self.automaton is None:
            return {i: tuple(items) for i in lines}
        hits: dict[int, set[str]] = {}
        if self.one_line and ctx.lower_aligned():
            # Lower-casing kept every offset: scan only the lines asked about.
            doc_lines = ctx.doc.lines
            for i in lines:
                found = {literal for _end, literal in self.automaton.iter(fold(doc_lines[i].text))}
                if found:
                    hits[i] = found
        else:  # a character grew when lower-cased ("İ"): map the whole document's hits by offset
            text = ctx.lower_text()
            starts = ctx.line_starts()
            for end, literal in self.automaton.iter(text):
                hits.setdefault(bisect_right(starts, end) - 1, set()).add(literal)
        out: dict[int, tuple[tuple[int, str], ...]] = {}
        if always:
            out = {i: tuple(always) for i in lines}
        for i, found in hits.items():
            chosen = [(k, p) for k, p in items if (req := self._need(p)) is None or not req.isdisjoint(found)]
            if chosen:
                out[i] = tuple(chosen)
        return out
