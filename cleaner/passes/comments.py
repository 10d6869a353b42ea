"""Comment sections: the marker that opens one, the reader comments inside, the widget UI.

A marker ("Leave a Reply", "You must be signed in to comment", "10 thoughts on “Title”")
that comes after a good part of the page's text opens the comment section: it and
everything after it go, up to an end marker ("End of comments"). A count ("12 Comments")
or a bare "Comments" heading opens one only when comment controls or timestamps follow it.
A heading with nothing after it at the end of the page is the heading of comments a script
loads later (:class:`EmptyCommentSection`, which runs last, on what the other passes left).
The same marker near the top is a comment-count link and only the line itself goes
(``comment-ui``) -- unless an article's worth of prose stands before it and what follows
it is unmistakably comments (controls, "Hi Milan,", "Alex says:"): a short post with a
long discussion under it.
"""

from __future__ import annotations

from itertools import accumulate
from typing import ClassVar

from ..context import Context
from ..gate import gate_for
from .base import Pass, VocabLinePass

_WIDGET_MAX_WORDS = 30  # comment-ui's max_words: longer lines it never removes
_MEASURED_WORDS = 8  # shorter lines that are no prose are not measured (see CommentSection.run)


class CommentSection(Pass):
    name = "comment-section"
    family = "comments"
    description = "A comment section, from its opening marker to its end marker or the end."

    def __init__(self, min_position: float = 0.3, max_marker_words: int = 25, evidence_lines: int = 8,
                 min_prose_before: int = 50) -> None:
        self.min_position = min_position
        self.min_prose_before = min_prose_before
        self.max_marker_words = max_marker_words
        self.evidence_lines = evidence_lines

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        candidates = self._marker_candidates(ctx, kept)
        if not candidates:
            return  # most documents: no line that could open a section
        # Only running text counts where a marker's position is measured (lines of prose or of
        # _MEASURED_WORDS words or more), less the comment widget's lines: the short residue other
        # passes remove later (a sign-up line, "Reply") must not move a marker across the line,
        # or a second cleaning would judge it otherwise.
        counts = ctx.word_counts()
        sizes = [
            len(ctx.doc.lines[i].text) if counts[i] >= _MEASURED_WORDS or ctx.is_prose(i) else 0 for i in kept
        ]
        for pos in self._widget_lines(ctx, kept):
            sizes[pos] = 0
        before = [0, *accumulate(sizes)]  # characters of the kept lines before each position
        late = self.min_position * (before[-1] or 1)
        end = 0  # the positions before this one are inside a section removed already
        for pos in candidates:
            if pos < end:
                continue
            why = self._opens(ctx, kept, pos, before[pos] >= late)
            if why:
                end = self._remove_section(ctx, kept, pos, why)

    def _widget_lines(self, ctx: Context, kept: list[int]) -> list[int]:
        """Positions in ``kept`` of comment-widget lines ("Reply", a comment form's consent line):
        ``comment-ui`` removes them after this pass, so they count as no text where a marker's
        position is measured (a second cleaning, without them, must measure the same)."""
        ui = ctx.table(self.family, "ui")
        if not ui.patterns:
            return []
        counts = ctx.word_counts()
        short = [pos for pos, i in enumerate(kept) if counts[i] <= _WIDGET_MAX_WORDS]
        gate = gate_for(((ui.mode, tuple(ui.patterns)),))
        found = gate.lines([ctx.doc.lines[kept[pos]].text for pos in short]) if gate is not None and short else None
        candidates = short if found is None else [pos for pos, ok in zip(short, found, strict=True) if ok]
        return [pos for pos in candidates if ui.match(ctx.doc.lines[kept[pos]].text)]

    def _marker_candidates(self, ctx: Context, kept: list[int]) -> list[int]:
        """Positions in ``kept`` of the lines an opening marker may match: short ones (only
        those can be a marker), less those one RE2 scan rules out (see cleaner.gate)."""
        counts = ctx.word_counts()
        short = [pos for pos, i in enumerate(kept) if counts[i] <= self.max_marker_words]
        openers = [ctx.table(self.family, "section_start"), ctx.table(self.family, "section_weak")]
        gate = gate_for(tuple((t.mode, tuple(t.patterns)) for t in openers if t.patterns))
        found = gate.lines([ctx.doc.lines[kept[pos]].text for pos in short]) if gate is not None and short else None
        if found is None:
            return short
        return [pos for pos, ok in zip(short, found, strict=True) if ok]

    def _remove_section(self, ctx: Context, kept: list[int], pos: int, why: str) -> int:
        """Remove the section the marker ``kept[pos]`` opens, up to its end marker ("End of
        comments") or the end of the page; the position after it."""
        doc = ctx.doc
        counts = ctx.word_counts()
        end_table = ctx.table(self.family, "section_end")
        opened = doc.lines[kept[pos]].lineno
        doc.remove(kept[pos], self.name, why)
        inside = f"inside the comment section opened at line {opened}"
        for at in range(pos + 1, len(kept)):
            i = kept[at]
            if counts[i] <= self.max_marker_words and end_table.match(doc.lines[i].text):
                doc.remove(i, self.name, f"end of the comment section opened at line {opened}")
                return at + 1
            doc.remove(i, self.name, inside)
        return len(kept)

    def _opens(self, ctx: Context, kept: list[int], pos: int, late: bool) -> str | None:
        """Why the marker line ``kept[pos]`` opens the comment section, or None when it does not
        (see the module docstring)."""
        text = ctx.doc.lines[kept[pos]].text
        following = kept[pos + 1 :]
        opens = "opens a comment section"
        if late:
            if ctx.table(self.family, "section_start").match(text):
                return opens
            if not ctx.table(self.family, "section_weak").match(text):
                return None
            return opens if self._comments_follow(ctx, following) else None
        if not (
            ctx.table(self.family, "section_start").match(text) or ctx.table(self.family, "section_weak").match(text)
        ):
            return None
        prose_before = sum(ctx.words(j) for j in kept[:pos] if ctx.is_prose(j))  # rare: only at a marker
        if prose_before >= self.min_prose_before and self._comments_follow(ctx, following, stamps=False):
            return opens
        return None

    def _comments_follow(self, ctx: Context, following: list[int], stamps: bool = True) -> bool:
        """A count or a bare 'Comments' heading opens a section only when comment controls
        (Reply, Report, 3 likes), commenters' lines ("Alex says:", "Hi Milan,") or, with
        ``stamps``, timestamps show up in the next ``evidence_lines``; a count line between
        article paragraphs then takes nothing with it. Near the top of the page a byline's
        date is no evidence, so ``stamps`` is off there."""
        ui = ctx.table(self.family, "ui")
        evidence = ctx.table(self.family, "evidence")
        stamp = ctx.table("metadata", "dateline")
        for j in following[: self.evidence_lines]:
            text = ctx.doc.lines[j].text
            if ctx.words(j) <= 12 and (
                ui.match(text) or evidence.match(text) or (stamps and stamp.match(text))
            ):
                return True
        return False


class EmptyCommentSection(Pass):
    """The heading of a comment section whose comments a script loads later: a bare "Comments"
    or a count, late in the page, with nothing after it but a few words (a count, "0"). It runs
    last, on what the other passes left, so a consent line or a button after the heading that
    another pass removes counts as nothing (and a second cleaning finds nothing more to do)."""

    name = "empty-comment-section"
    family = "comments"
    description = "A comment-section heading at the end of the page with nothing after it."

    def __init__(self, min_position: float = 0.3, max_heading_words: int = 4, max_after: int = 3) -> None:
        self.min_position = min_position
        self.max_heading_words = max_heading_words
        self.max_after = max_after

    def run(self, ctx: Context) -> None:
        doc = ctx.doc
        lines = doc.lines
        kept = doc.kept()
        if len(kept) < 2:
            return
        tail = 0  # trailing kept lines of at most three words that are no prose: a count, "0"
        while tail < min(self.max_after, len(kept) - 1):
            j = kept[-1 - tail]
            if ctx.words(j) > 3 or ctx.is_prose(j):
                break
            tail += 1
        # The heading: the kept line before those, one of them, or a line between them that
        # comment-ui took already as a bare heading (the count or "0" after it is left here).
        for i in range(kept[-1 - tail], kept[-1] + 1):
            line = lines[i]
            if line.removal is not None and line.removal.pass_name != "comment-ui":
                continue
            if ctx.words(i) > self.max_heading_words or not self._is_heading(ctx, line.text):
                continue
            total = sum(len(lines[j].text) for j in kept) or 1
            if sum(len(lines[j].text) for j in kept if j < i) < self.min_position * total:
                return  # near the top: a comment-count link (comment-ui's)
            for j in kept:
                if j >= i:
                    doc.remove(j, self.name, "heading of an empty comment section: no text after it")
            return

    def _is_heading(self, ctx: Context, text: str) -> bool:
        return bool(
            ctx.table(self.family, "section_weak").match(text) or ctx.table(self.family, "section_start").match(text)
        )


class CommentUI(VocabLinePass):
    name = "comment-ui"
    family = "comments"
    description = "Reply/report/like buttons, comment counts, comment-form notices."
    tables: ClassVar[dict[str, str]] = {"ui": "comment widget control or notice"}
    default_max_words = 30
