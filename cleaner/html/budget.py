"""The per-document time limit on the HTML path, around code no deadline can interrupt.

Three stages run where a deadline check cannot reach: the HTML parser (lexbor, in C),
trafilatura (lxml in C and long Python loops in a library we do not own) and
trafilatura's metadata reader. Their cost is estimated *before* they start, from counts
that are cheap to take, and a stage that would not fit in the time left is not started:

* parsing: lexbor's cost grows with tags x open-element depth (every block tag looks down
  the stack of open elements) and, per element, with attributes squared (each new
  attribute is compared with the ones before it). :func:`scan` measures both on the
  decoded text; above the hard limits (``MAX_NESTING_WORK``, ``MAX_ATTRIBUTE_WORK``) a
  page is refused with :class:`~cleaner.errors.DecodeError` whatever the time limit,
  below them the estimate is held against the time left (:class:`~cleaner.errors.Timeout`
  when it does not fit);
* extraction: trafilatura's cost is linear in the tags of the pruned page (at most
  ``EXTRACTION_SECONDS_PER_TAG`` each on the development machine, 2 shared cores). When it
  would not fit, the page is either refused with ``Timeout`` (the default) or, with
  ``Config.timeout_fallback``, extracted by the fast selectolax path (metadata
  ``extraction`` = ``"fast"``), which checks the deadline as it goes;
* metadata (JSON output and ``explain_html`` only): trafilatura's metadata is skipped
  when it would not fit; the page's own head metadata stands.

Everything else on the path is our own Python and checks the deadline as it goes (the
DOM pass every few thousand elements, the text passes every 512 lines). The estimates
are deliberately generous: on a page near the limit the stage is skipped, not overrun.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from ..errors import DecodeError, Timeout

#: Sum over opening tags of the open-element depth there: above this a page is refused
#: (100k nested ``<div>``: 5e9, ~50 s to parse; real pages stay below 1e7).
MAX_NESTING_WORK = 100_000_000
#: Sum over elements of attributes squared: above this a page is refused (50k attributes
#: on one element: 2.5e9, ~5 s to parse; real elements carry tens of attributes).
MAX_ATTRIBUTE_WORK = 100_000_000
#: Seconds of parsing per unit of nesting work and of attribute work (measured: 100k
#: nested divs ~50 s; 25k attributes on one element ~1.7 s), and per tag (250k ``<br>``
#: ~0.05 s, counted double).
PARSE_SECONDS_PER_NESTING = 1e-8
PARSE_SECONDS_PER_ATTRIBUTE = 3e-9
PARSE_SECONDS_PER_TAG = 3e-7
#: Seconds trafilatura spends per tag of the pruned page (measured 8-40 us on 100k-250k
#: ``<p>``, ``<div>``, ``<br>``, ``<a>``, ``<td>`` pages, 2 shared cores; a normal page of 3,000
#: tags: ~0.1 s). The upper end, so that a loaded machine does not overrun.
EXTRACTION_SECONDS_PER_TAG = 4e-5
#: trafilatura's metadata reader parses the whole unpruned page again and searches it for
#: dates (measured 12-18 us a tag; counted double).
METADATA_SECONDS_PER_TAG = 3e-5
#: Below this many ``<`` a page is not scanned: its nesting cannot reach the limit.
_SCAN_FROM = 14_000
#: A tag at least this long is counted for attributes (shorter ones cannot matter).
_LONG_TAG = 2_000

_NEUTRAL_NAMES = (  # the most frequent first: the regex below tries them in this order
    "p", "br", "li", "td", "tr", "img", "meta", "link", "input", "hr", "th", "dt", "dd", "option", "wbr",
    "area", "base", "col", "embed", "param", "source", "track",
)
#: Tags that can nest; the void and self-closing ones above are skipped inside the regex, so a page
#: of millions of ``<br>`` costs no Python loop.
_TAG = re.compile(rf"<(/?)(?!(?:{'|'.join(_NEUTRAL_NAMES)})(?![a-zA-Z0-9]))([a-zA-Z][a-zA-Z0-9]*)", re.IGNORECASE)
_LONG_TAG_RE = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_TAG},}}")
#: One attribute: a name and an optional value; a quoted value is one token, however long
#: (``data-props='{"a": 1, ...}'`` is one attribute, not one per word).
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]*))?""")
_NEUTRAL = frozenset(_NEUTRAL_NAMES)


@dataclass(frozen=True, slots=True)
class Scan:
    """Cheap counts on the decoded page that predict the parser's cost."""

    tags: int
    nesting_work: int
    attribute_work: int

    @property
    def parse_seconds(self) -> float:
        return (
            self.tags * PARSE_SECONDS_PER_TAG
            + self.nesting_work * PARSE_SECONDS_PER_NESTING
            + self.attribute_work * PARSE_SECONDS_PER_ATTRIBUTE
        )


def _nesting_work(text: str, budget: Budget | None) -> int:
    depth = work = seen = 0
    for m in _TAG.finditer(text):
        seen += 1
        if budget is not None and not seen & 0xFFFF:
            budget.check("part of the pre-parse scan")
        if m.group(2).lower() in _NEUTRAL:
            continue  # a name the regex's look-ahead lets through (case folding): skip it here too
        if m.group(1):
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            work += depth
            if work > MAX_NESTING_WORK:
                raise DecodeError(f"HTML nested too deeply to parse safely ({depth} open elements)")
    return work


def _attribute_work(text: str) -> int:
    work = 0
    for m in _LONG_TAG_RE.finditer(text):
        n = sum(1 for _ in _ATTRIBUTE.finditer(m.group()))
        work += n * n
        if work > MAX_ATTRIBUTE_WORK:
            raise DecodeError(f"HTML element with too many attributes to parse safely ({n} on one element)")
    return work


def scan(text: str, budget: Budget | None = None) -> Scan:
    """Counts predicting the parse cost of ``text``; DecodeError above the hard limits, Timeout
    when ``budget`` runs out while counting (a page of millions of nesting tags)."""
    tags = text.count("<")
    nesting = _nesting_work(text, budget) if tags >= _SCAN_FROM else 0
    attributes = _attribute_work(text) if len(text) >= _LONG_TAG else 0
    return Scan(tags, nesting, attributes)


class Budget:
    """The time left to one document, and the checks made against it."""

    __slots__ = ("deadline", "timeout")

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.deadline = None if timeout is None else time.monotonic() + timeout

    def left(self) -> float:
        """Seconds left (infinite without a limit)."""
        return float("inf") if self.deadline is None else self.deadline - time.monotonic()

    def check(self, stage: str) -> None:
        """Timeout once the deadline has passed; ``stage`` is what just finished."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Timeout(f"cleaning took longer than timeout={self.timeout}s (stopped after {stage})")

    def fits(self, seconds: float) -> bool:
        """Whether a stage estimated to take ``seconds`` can finish in the time left."""
        return self.deadline is None or seconds <= self.left()

    def require(self, seconds: float, stage: str) -> None:
        """Timeout now, rather than later, when a stage estimated at ``seconds`` cannot fit."""
        if not self.fits(seconds):
            raise Timeout(
                f"cleaning would take longer than timeout={self.timeout}s "
                f"({stage} estimated at {seconds:.1f}s, {max(0.0, self.left()):.1f}s left)"
            )
