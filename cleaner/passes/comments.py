"""Comment sections: the marker that opens one, the reader comments inside, the widget UI.

A marker ("Leave a Reply", "You must be signed in to comment") that comes after a good
part of the page's text opens the comment section: it and everything after it go, up to
an end marker ("End of comments"). A count ("12 Comments") or a bare "Comments" heading
opens one only when comment controls or timestamps follow it. The same marker near the
top is a comment-count link and only the line itself goes (``comment-ui``).
"""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from .base import Pass, VocabLinePass


class CommentSection(Pass):
    name = "comment-section"
    family = "comments"
    description = "A comment section, from its opening marker to its end marker or the end."

    def __init__(self, min_position: float = 0.3, max_marker_words: int = 25, evidence_lines: int = 8) -> None:
        self.min_position = min_position
        self.max_marker_words = max_marker_words
        self.evidence_lines = evidence_lines

    def run(self, ctx: Context) -> None:
        doc = ctx.doc
        kept = doc.kept()
        total = sum(len(doc.lines[i].text) for i in kept) or 1
        start_table = ctx.table(self.family, "section_start")
        weak_table = ctx.table(self.family, "section_weak")
        end_table = ctx.table(self.family, "section_end")
        before = 0
        inside: int | None = None
        for pos, i in enumerate(kept):
            line = doc.lines[i]
            text = line.text
            short = ctx.words(i) <= self.max_marker_words
            if inside is not None:
                if short and end_table.match(text):
                    doc.remove(i, self.name, f"end of the comment section opened at line {inside}")
                    inside = None
                else:
                    doc.remove(i, self.name, f"inside the comment section opened at line {inside}")
            elif short and before >= self.min_position * total and (
                start_table.match(text) or (weak_table.match(text) and self._comments_follow(ctx, kept[pos + 1 :]))
            ):
                inside = line.lineno
                doc.remove(i, self.name, "opens a comment section")
            before += len(text)

    def _comments_follow(self, ctx: Context, following: list[int]) -> bool:
        """A count or a bare 'Comments' heading opens a section only when comment controls
        (Reply, Report, 3 likes) or timestamps show up in the next ``evidence_lines``; a
        count line between article paragraphs then takes nothing with it."""
        ui = ctx.table(self.family, "ui")
        stamp = ctx.table("metadata", "dateline")
        for j in following[: self.evidence_lines]:
            text = ctx.doc.lines[j].text
            if ctx.words(j) <= 12 and (ui.match(text) or stamp.match(text)):
                return True
        return False


class CommentUI(VocabLinePass):
    name = "comment-ui"
    family = "comments"
    description = "Reply/report/like buttons, comment counts, comment-form notices."
    tables: ClassVar[dict[str, str]] = {"ui": "comment widget control or notice"}
    default_max_words = 30
