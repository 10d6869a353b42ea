"""The working state of one document while passes run over it.

Input text is split into lines (``str.splitlines``); blank lines are not units but are
remembered as paragraph breaks, so the output keeps the input's paragraph layout. Passes
never edit text freely: they remove a whole line or trim a prefix/suffix, and each such
act records a :class:`~cleaner.result.Removal`. That is what makes the output provably a
sub-sequence of the input and every removal explainable.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from .errors import Timeout
from .result import Removal, RemovalKind

# Markdown-ish block markers: headings, bullets, quotes, numbered items, and the arrows menus
# and teaser lists put before their links ("» Publicidade", "› Mehr zum Thema"). Kept apart from
# the line's text so vocabularies see "Share on Facebook", not "- Share on Facebook". A marker
# needs a space after it: "»Das stimmt«, sagte sie" opens with a quotation mark, not a marker.
_LEAD: Final = re.compile(r"(?:#{1,6}|[-*+•·▪►»›▶▸→■◦]|>|\d{1,3}[.)])[ ](?=\S)")
_LEAD_FIRST: Final = frozenset("#-*+•·▪►»›▶▸→■◦>")  # what a marker opens with, digits (\d: str.isdecimal) aside
# A day written with a dot (German, Danish, Czech, Finnish...) opens a date, not a numbered item: "21. März
# 2024, 14:05 Uhr", "3. listopadu 2023", "21. 3. 2024 8:45" keep their day for the date rules to see.
# A line's removal made without a call of the class (see :func:`_line_removal`): the bare object, then the setters
# of its slots, the ones its ``__init__`` calls
_NEW_OBJECT: Final = object.__new__
_SET_TEXT: Final[Any] = Removal.__dict__["text"].__set__
_SET_START: Final[Any] = Removal.__dict__["start_line"].__set__
_SET_END: Final[Any] = Removal.__dict__["end_line"].__set__
_SET_PASS: Final[Any] = Removal.__dict__["pass_name"].__set__
_SET_REASON: Final[Any] = Removal.__dict__["reason"].__set__
_SET_KIND: Final[Any] = Removal.__dict__["kind"].__set__


def _line_removal(text: str, lineno: int, pass_name: str, reason: str) -> Removal:
    """``Removal(text, lineno, lineno, pass_name, reason, "line")``: compiled, calling the class runs its
    ``__init__`` as plain Python, most of what removing a line costs; the same setters called from here cost a
    fifth of it (``tests/test_fast_paths.py`` holds the two equal)."""
    removal = _NEW_OBJECT(Removal)
    _SET_TEXT(removal, text)
    _SET_START(removal, lineno)
    _SET_END(removal, lineno)
    _SET_PASS(removal, pass_name)
    _SET_REASON(removal, reason)
    _SET_KIND(removal, "line")
    return removal


_DAY_OF_DATE: Final = re.compile(r"\d{1,2}\. ?(?:\d{1,2}\. ?\d{2,4}|[^\W\d_]{3,12}\.? \d{4})\b")


def normalize_space(line: str) -> str:
    """Collapse every run of Unicode whitespace to one space and strip the ends."""
    # Most lines are already normal. Every whitespace character but the ASCII space is
    # unprintable, and str.isprintable is a fast scan: a printable line without doubled,
    # leading or trailing spaces is its own result (no split into words and join).
    if line.isprintable() and not ("  " in line or line[:1] == " " or line[-1:] == " "):
        return line
    return " ".join(line.split())


def _normal_line(line: str) -> str:
    """:func:`normalize_space` of a line ``str.splitlines`` gave (no line break in it). An ASCII line can
    then hold no whitespace but the space, the tab and the unit separator (every other ASCII space breaks
    lines): two C-speed scans tell it, where ``str.isprintable`` looks up each character's properties."""
    if line.isascii():
        if "\t" in line or "\x1f" in line or "  " in line or line[:1] == " " or line[-1:] == " ":
            return " ".join(line.split())
        return line
    return normalize_space(line)


@dataclass(slots=True, init=False)
class Line:
    """One non-blank input line."""

    text: str
    lineno: int
    gap_before: bool
    lead: str
    removal: Removal | None

    # (written out: compiled, the one the dataclass generates runs as plain Python, ten times slower)
    def __init__(
        self, text: str, lineno: int, gap_before: bool, lead: str = "", removal: Removal | None = None
    ) -> None:
        self.text = text
        self.lineno = lineno
        self.gap_before = gap_before
        self.lead = lead
        self.removal = removal

    @property
    def kept(self) -> bool:
        return self.removal is None


class Document:
    """Lines of one text plus the removals made so far."""

    __slots__ = ("_kept", "deferred", "edits", "headings", "lines", "pinned", "trims")

    def __init__(self, text: str, deadline: float | None = None) -> None:
        self.lines: list[Line] = []
        self.trims: list[Removal] = []
        self.edits = 0  # bumped whenever a line's text changes (caches of line texts check it)
        # removals held back while another line stands: (line, the line it depends on, pass, reason)
        self.deferred: list[tuple[int, int, str, str]] = []
        self._kept: list[int] | None = None  # kept(), until the next removal
        # lines no pass may remove or trim (the lines of a page's code blocks: code is not residue,
        # whatever its words say: "region: 'eu-west'," in a config sample is no region picker)
        self.pinned: frozenset[int] = frozenset()
        # lines the page's markup shows to be the article's subheadings (the HTML path: see
        # ``mark_headings``): a teaser box's run of headlines ends at one; nothing else reads them
        self.headings: frozenset[int] = frozenset()
        gap = False
        for number, raw in enumerate(text.splitlines(), start=1):
            if deadline is not None and not number & 4095 and time.monotonic() > deadline:
                raise Timeout(f"cleaning took longer than the configured timeout (splitting line {number})")
            norm = _normal_line(raw)
            if not norm:
                gap = True
                continue
            lead = ""
            m = _LEAD.match(norm) if norm[0] in _LEAD_FIRST or norm[0].isdecimal() else None
            if m and norm[0].isdecimal() and _DAY_OF_DATE.match(norm):
                m = None
            if m:
                lead, norm = m.group(0), norm[m.end() :]
            self.lines.append(Line(norm, number, gap and bool(self.lines), lead))
            gap = False

    def __len__(self) -> int:
        return len(self.lines)

    def kept(self) -> list[int]:
        """Indices of the lines still in the document (a fresh list: most passes ask, most
        remove nothing, so the scan is kept until the next removal)."""
        if self._kept is None:
            self._kept = [i for i, line in enumerate(self.lines) if line.removal is None]
        return self._kept.copy()

    def iter_kept(self) -> Iterator[tuple[int, Line]]:
        for i, line in enumerate(self.lines):
            if line.removal is None:
                yield i, line

    def remove(self, index: int, pass_name: str, reason: str) -> None:
        """Remove a whole line; a line already removed keeps its first explanation."""
        line = self.lines[index]
        if line.removal is None and index not in self.pinned:
            self._kept = None
            line.removal = _line_removal(line.lead + line.text, line.lineno, pass_name, reason)

    def defer(self, index: int, unless_kept: int, pass_name: str, reason: str) -> None:
        """Remove a line at the end (:meth:`settle`) only if line ``unless_kept`` has gone by then:
        for a line kept only because of another (an item of the list a kept line announces), so
        that the outcome does not depend on which of the two a pass happens to judge first."""
        self.deferred.append((index, unless_kept, pass_name, reason))

    def settle(self) -> None:
        """Carry out the deferred removals whose condition came true; called after the last pass."""
        deferred, self.deferred = self.deferred, []
        for index, depends, pass_name, reason in deferred:
            if self.lines[depends].removal is not None:
                self.remove(index, pass_name, reason)

    def trim(self, index: int, keep: str, cut: str, kind: RemovalKind, pass_name: str, reason: str) -> None:
        """Cut a prefix or suffix off a line, keeping ``keep``.

        ``keep`` must be what is left of the line once ``cut`` is taken from its start
        (prefix) or end (suffix); anything else would invent text, so it is refused.
        """
        if index in self.pinned:
            return
        line = self.lines[index]
        expected = line.text.removeprefix(cut) if kind == "prefix" else line.text.removesuffix(cut)
        keep = normalize_space(keep)
        if normalize_space(expected) != keep or not keep:
            raise ValueError(f"trim would not be a {kind} cut of the line: {cut!r}")
        self.trims.append(Removal(normalize_space(cut), line.lineno, line.lineno, pass_name, reason, kind))
        if kind == "prefix" and not line.lead:
            m = _LEAD.match(keep)  # what was glued on may have hidden a list/heading marker
            if m and m.end() < len(keep):
                line.lead, keep = m.group(0), keep[m.end() :]
        line.text = keep
        self.edits += 1

    def pin(self, blocks: list[list[str]]) -> None:
        """Pin the lines of each of ``blocks`` (runs of normalised line texts, markers included, in
        page order) where the text holds the whole run, in that order: see ``pinned``. A line with the
        same words elsewhere (the share prompt under the sample) is not pinned."""
        if not blocks:
            return
        texts = [normalize_space(line.lead + line.text) for line in self.lines]
        starts: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            starts.setdefault(t, []).append(i)
        pinned: set[int] = set()
        pos = 0
        for block in blocks:
            n = len(block)
            for j in starts.get(block[0], ()) if block else ():
                if j >= pos and texts[j : j + n] == block:
                    pinned.update(range(j, j + n))
                    pos = j + n
                    break
        self.pinned = frozenset(pinned)

    def mark_headings(self, texts: set[str]) -> None:
        """Mark the lines whose text (markers aside, normalised) is one of ``texts``, the article's
        subheadings as the page's markup has them: see ``headings``."""
        if texts:
            self.headings = frozenset(i for i, line in enumerate(self.lines) if normalize_space(line.text) in texts)

    def removals(self) -> list[Removal]:
        """Every removal, in input order."""
        out = [line.removal for line in self.lines if line.removal is not None]
        out.extend(self.trims)
        out.sort(key=lambda r: (r.start_line, r.kind != "prefix", r.kind == "suffix"))
        return out

    def render(self) -> str:
        """The kept lines; a blank line where the input had a paragraph break between them."""
        parts: list[str] = []
        pending_gap = False
        for line in self.lines:
            pending_gap = pending_gap or line.gap_before
            if line.removal is not None:
                continue
            if parts:
                parts.append("\n\n" if pending_gap else "\n")
            parts.append(line.lead + line.text)
            pending_gap = False
        return "".join(parts)
