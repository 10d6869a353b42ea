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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final, final

from . import kernels
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
_DAY_OF_DATE: Final = re.compile(r"\d{1,2}\. ?(?:\d{1,2}\. ?\d{2,4}|[^\W\d_]{3,12}\.? \d{4})\b")


_FENCES: Final = frozenset(("```", "~~~"))  # what opens and closes a Markdown fenced code block


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


# Every whitespace character (``str.isspace``, what ``str.split()`` and ``\s`` split at) that ``str.splitlines``
# leaves inside a line, but the space: the two ASCII ones, then the rest (normalize_space makes each a space).
_ODD_ASCII_SPACE: Final = ("\t", "\x1f")
ODD_SPACE: Final[tuple[str, ...]] = (*_ODD_ASCII_SPACE, "\xa0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003",
                                      "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f",
                                      "\u205f", "\u3000")
# The kernel's scan for them (:func:`odd_spaced`; None where it was not built).
_HOLDS: Callable[[str, Any], bool] | None = kernels.HOLDS
_ODD_SPACE_SET: Any = kernels.char_set("".join(ODD_SPACE))
# The kernel that splits and normalises a document's lines in one pass (:func:`normal_lines`; None where not built).
_NORMAL_LINES: Callable[[str], list[str]] | None = kernels.NORMAL_LINES
# what a line may start with for _LEAD to match: a marker's first character or an ASCII digit (other decimal
# digits: str.isdecimal, asked only of a line that opens with a character outside ASCII)
_LEAD_OPEN: Final = _LEAD_FIRST | frozenset("0123456789")


def odd_spaced(text: str) -> bool:
    """Whether ``text`` holds a whitespace character other than the space that ``str.splitlines`` leaves in a
    line (:data:`ODD_SPACE`): C-speed scans of the whole text. Without one, a line's only whitespace is the
    space, and it is its own :func:`normalize_space` unless two spaces meet or one stands at an end."""
    if text.isascii():
        return "\t" in text or "\x1f" in text
    if _HOLDS is not None:  # (the C kernel: one scan, where the plain code makes one a character)
        return _HOLDS(text, _ODD_SPACE_SET)
    return any(c in text for c in ODD_SPACE)


def normal_lines(text: str) -> list[str]:
    """``[normalize_space(line) for line in text.splitlines()]``: the C kernel's one pass where it was built."""
    if _NORMAL_LINES is not None:
        return _NORMAL_LINES(text)
    odd = odd_spaced(text)  # (else three quick tests tell a line normal, see odd_spaced)
    out: list[str] = []
    for raw in text.splitlines():
        if odd:
            out.append(_normal_line(raw))
        elif "  " in raw or raw.startswith(" ") or raw.endswith(" "):
            out.append(" ".join(raw.split()))
        else:
            out.append(raw)
    return out


@final
class Taken:
    """Why a whole line went: what :meth:`Document.remove` records on the line (its text as it stood, the pass,
    the reason), made into the public :class:`~cleaner.result.Removal` only when :meth:`Document.removals` is
    asked (``explain``). A native class when compiled: built without a Python call (a ``Removal``, a frozen
    dataclass, sets each field through its slot's setter, about ten times the cost, and the passes remove
    tens of thousands of lines a corpus; cleaning alone never reads them) and read as a struct."""

    __slots__ = ("pass_name", "reason", "text")

    def __init__(self, text: str, pass_name: str, reason: str) -> None:
        self.text = text
        self.pass_name = pass_name
        self.reason = reason


@dataclass(slots=True, init=False)
class Line:
    """One non-blank input line."""

    text: str
    lineno: int
    gap_before: bool
    lead: str
    removal: Taken | None

    # (written out: compiled, the one the dataclass generates runs as plain Python, ten times slower)
    def __init__(
        self, text: str, lineno: int, gap_before: bool, lead: str = "", removal: Taken | None = None
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
        for number, norm in enumerate(normal_lines(text), start=1):
            if deadline is not None and not number & 4095 and time.monotonic() > deadline:
                raise Timeout(f"cleaning took longer than the configured timeout (splitting line {number})")
            if not norm:
                gap = True
                continue
            lead = ""
            first = norm[0]
            m = (
                _LEAD.match(norm)
                if first in _LEAD_OPEN or (ord(first) > 127 and first.isdecimal())
                else None
            )
            if m and first.isdecimal() and _DAY_OF_DATE.match(norm):
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
            line.removal = Taken(line.lead + line.text, pass_name, reason)

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
        same words elsewhere (the share prompt under the sample) is not pinned. The run's first line may
        also stand after a list marker (a sample first in a list item: "- s = read()")."""
        if not blocks:
            return
        texts = [normalize_space(line.lead + line.text) for line in self.lines]
        starts: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            starts.setdefault(t, []).append(i)
            if self.lines[i].lead:  # htmldocs45: a sample first in a list item, its first line after the marker
                starts.setdefault(normalize_space(self.lines[i].text), []).append(i)
        pinned: set[int] = set()
        pos = 0
        for block in blocks:
            n = len(block)
            for j in starts.get(block[0], ()) if block else ():
                if j >= pos and texts[j + 1 : j + n] == block[1:] and len(texts[j : j + n]) == n:
                    pinned.update(range(j, j + n))
                    pos = j + n
                    break
        self.pinned = frozenset(pinned)

    def pin_fenced_code(self) -> None:
        """Pin the lines of each fenced code block of a Markdown text (a line opening with three backticks or
        tildes, down to the next line opening with the same fence, both fences included): a scraper's Markdown
        (Jina Reader, Firecrawl, crawl4ai, html2text) prints a page's code sample so, and code is not residue
        whatever its lines look like ("class Cart:", "```", "sudo systemctl reload nginx" read as menu items).
        A fence left open pins nothing (a stray fence is no sample)."""
        pinned: set[int] = set()
        opened = -1
        fence = ""
        for i, line in enumerate(self.lines):
            text = line.lead + line.text if line.lead else line.text
            if text[:3] not in _FENCES:
                continue
            if opened < 0:
                opened, fence = i, text[:3]
            elif text[:3] == fence:
                pinned.update(range(opened, i + 1))
                opened = -1
        if pinned:
            self.pinned = self.pinned | frozenset(pinned)

    def mark_headings(self, texts: set[str]) -> None:
        """Mark the lines whose text (markers aside, normalised) is one of ``texts``, the article's
        subheadings as the page's markup has them: see ``headings``."""
        if texts:
            self.headings = frozenset(i for i, line in enumerate(self.lines) if normalize_space(line.text) in texts)

    def removals(self) -> list[Removal]:
        """Every removal, in input order."""
        out = [
            Removal(taken.text, line.lineno, line.lineno, taken.pass_name, taken.reason, "line")
            for line in self.lines
            if (taken := line.removal) is not None
        ]
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
