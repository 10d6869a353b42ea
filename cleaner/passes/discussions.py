"""Discussion pages: a page that IS the discussion (a forum thread, a Q&A page, a post with its
replies) rather than an article followed by its readers' comments.

Comment-section asks this module first (:class:`DiscussionShape`, a mixin of
:class:`~cleaner.passes.comments.CommentSection`): on such a page the replies are the page's text
and stay; only their frames go (a writer's name, a time, votes, "level 2"). The shape: a short post
(a question, a few lines: no article's worth of prose) over a count of its replies ("87 comments",
"7 Antworten"; "Add a comment" with "3 Answers" under it) and two or more replies framed by their
times or controls, the longest at least a third as long as the post, together the bulk of the text
below, and a question that opens the thread. An article's comments are a small part of it: a news
story or a blog post is longer than a post, and its readers' remarks are shorter.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from ..context import Context

_FAMILY = "comments"  # the tables read here are the comments family's
_QUESTION = re.compile(r"[?¿？]")
_QUOTED = re.compile(r"“[^“”]{0,400}”|„[^“”„]{0,400}[“”]|«[^«»]{0,400}»|\"[^\"]{0,400}\"")
_REPLY_MAX_WORDS = 8  # "Log in to Reply", "Like · Reply · 2y"
_SENTENCE = re.compile(r"[^.!?¿¡。！？]*(?:[.!?。！？]+|$)")  # a sentence and its end (or a line's unended rest)
_TITLE_WORDS = 20  # a thread's title: a short first line


def _invites(ctx: Context, kept: list[int], last: int, pos: int) -> bool:
    """Whether the post's last paragraph (``last``) or a line between it and the marker at ``kept[pos]``
    sends the reader to the comments ("Have you been there? Tell us in the comments!", "Was meint ihr?
    Schreibt es in die Kommentare!"): a blog post's call to comment, whose question asks for comments,
    not a forum's or a Q&A page's question that opens a thread (table ``comments.invite``)."""
    invite = ctx.table(_FAMILY, "invite")
    if not invite.patterns:
        return False
    lines = ctx.doc.lines
    return any(invite.match(lines[i].text) for i in kept[: pos] if i >= last)
# A page that IS a discussion (a forum thread, a Q&A page, a post with its replies): a short post, then
# a count of its replies ("87 comments", "7 Antworten", "3 Answers") and the replies, each under its
# writer's name or time, one of them at least a third as long as the post (a reader's remark under an
# article is a small part of it; a reply to a post is a post of its own)
_POST_WORDS = 150  # an opening post or question: at most this many words of prose (an article has more)
_POST_PER_REPLY = 3  # the post is at most this many times as long as the longest reply
_DISCUSSION_TRIES = 4  # the counts under a short post looked at (a page of teasers has a count under each)
_COUNT_AHEAD = 3  # the count may stand a few lines under the marker ("Add a comment", then "3 Answers")
# a count line: a number and a word or two ("3 Answers", "87 comments"), or a word and the number in
# brackets or after a colon ("Replies (12)", "Antworten: 4", "Posts: 3051": a writer's count of posts)
_COUNTED = re.compile(r"[^\W\d_]{2,30}\s*(?:\(\s*\d{1,7}\s*\)|:\s*\d{1,7}(?:[.,\u202f ]\d{3})*)")
_COUNT = re.compile(r"\d{1,7}(?:[.,\u202f ]\d{3})*\s+[^\W\d_]{2,30}(?:\s+[^\W\d_]{2,30})?\s*:?|" + _COUNTED.pattern)
_REPLY_FRAME = 3  # a reply's text stands within this many lines under its writer's name or time
# a reply's place in the thread: a word and a small number, or a number sign ("level 2", "Beitrag 3", "#14")
_PLACE = re.compile(r"[^\W\d_]{2,12}\s\d{1,3}|#\d{1,6}")
_VOTES = re.compile(r"[+\-−]?\d{1,3}(?:[.,\u202f ]?\d{3})*(?:[.,]\d)?[kKmM]?")  # a vote count alone: "212", "1.2k"
# a writer's signature under a reply: a short line opening on a signature's dash ("-- Sue, heating engineer") or
# parted by a bar ("Pete | Gas Safe registered since 2004"), no sentence
_SIGNATURE = re.compile(r"^(?:(?:--|[—–~])\s*\S.*|[^|]{1,60}\s\|\s[^|]{1,80})")  # (whole lines: anchored)
_SIGNATURE_WORDS = 12


def _signature(ctx: Context, i: int, text: str) -> bool:
    """Whether line ``i`` (``text``) is a writer's signature right under a reply's last paragraph (see ``_SIGNATURE``):
    at most ``_SIGNATURE_WORDS`` words, no sentence's end, no prose."""
    if i == 0 or not ctx.is_prose(i - 1) or ctx.is_prose(i) or ctx.words(i) > _SIGNATURE_WORDS:
        return False
    return text[-1] not in ".!?:;" and bool(_SIGNATURE.fullmatch(text))


# the key of the memo (Context.memo) in which comment-section marks the lines of a discussion's replies:
# a reply that shares no words with the post is no stray block cut off from the article (detached-blocks)
DISCUSSION_REPLY = "comments.discussion-reply"


@trait
class DiscussionShape:
    """The discussion-page shape, for :class:`~cleaner.passes.comments.CommentSection` (which
    provides what a comment's frame is: :meth:`_is_stamp`, :meth:`_head`, :meth:`_is_heading`)."""

    def _is_stamp(self, ctx: Context, i: int) -> bool:
        raise NotImplementedError

    def _head(self, ctx: Context, i: int) -> str | None:
        raise NotImplementedError

    def _is_heading(self, ctx: Context, i: int) -> bool:
        raise NotImplementedError

    def _discussion(
        self, ctx: Context, kept: list[int], candidates: list[int], sizes: list[int]
    ) -> tuple[int, list[int], list[list[int]]] | None:
        """Where the page shows itself a discussion rather than an article with its comments: the
        position in ``kept`` of the first marker that heads the replies with their count ("87
        comments", "7 Antworten"; or a count a few lines under it: "Add a comment", "3 Answers";
        or a chosen answer's label: "Best answer") under a short post (some prose, at most
        ``_POST_WORDS`` words: a question, a post, not an article) and over two or more replies,
        each under its time (see :meth:`_replies`), the longest at least a third as long as the
        post, together at least half the prose under the marker (a comment-count link over an
        article has the article's paragraphs under it), with a question in the post (or in the
        first reply where that is the opening post): a forum's, a Q&A page's, a support thread's
        opening question; a news brief states. Returns that position, the replies' lines and the
        lines framing them (see :meth:`_replies`), or None where no marker does. A heading that
        names the comments ("12 thoughts on “Title”", "Reader comments") heads a blog's or a news
        story's comments and counts for nothing."""
        counts = ctx.word_counts()
        lines = ctx.doc.lines
        post = 0  # the words of prose above the marker
        last = -1  # the last paragraph of that prose (does it end asking?)
        at = 0  # the position up to which they are counted
        tried = 0
        # (the page's first line, short and closed by no full stop, is the thread's title, not the post's text:
        # "Warum tropft mein Wasserhahn nach dem Zudrehen noch weiter?")
        titled = bool(kept) and counts[kept[0]] <= _TITLE_WORDS and not lines[kept[0]].text.endswith(".")
        for pos in candidates:
            for q in range(at, pos):
                if q == 0 and titled:
                    continue
                if sizes[q] and ctx.is_prose(kept[q]):
                    post += counts[kept[q]]
                    last = kept[q]
            at = pos
            if post > _POST_WORDS or tried == _DISCUSSION_TRIES:
                return None  # an article's worth of prose above: later markers have more
            if not post or self._is_heading(ctx, kept[pos]) or not self._counts_replies(ctx, kept, pos):
                continue
            tried += 1
            frames: list[list[int]] = []
            # (a run of the comment widget's or a form's lines is no reply: "Your email address will not be
            # published.", "Save my name …"): the runs are prose, and comment-section measures prose but theirs
            widget = {kept[q] for q in range(pos + 1, len(kept)) if not sizes[q]}
            replies = [r for r in self._replies(ctx, kept[pos + 1 :], frames) if not widget.issuperset(r)]
            if len(replies) < 2 or _POST_PER_REPLY * max(sum(counts[i] for i in r) for r in replies) < post:
                continue
            below = sum(counts[kept[q]] for q in range(pos + 1, len(kept)) if sizes[q] and ctx.is_prose(kept[q]))
            lines_of = [i for r in replies for i in r]
            if 2 * sum(counts[i] for i in lines_of) < below:  # the replies are the bulk of the text below
                continue
            # a discussion opens with a question: the post's last paragraph ends asking, or the page's first
            # line (the thread's title: "How do I reset the router?"), or the first "reply" where that is the
            # opening post, the count over it (a forum's "7 Antworten" at the thread's head, only a
            # banner's lines above it, shorter than the post)
            first = replies[0]
            if (
                (last >= 0 and self._asks(lines[last].text) and not _invites(ctx, kept, last, pos))
                or (counts[kept[0]] <= _TITLE_WORDS and self._asks(lines[kept[0]].text))
                or (sum(counts[i] for i in first) > post and any(self._asks(lines[i].text) for i in first))
            ):
                return pos, lines_of, frames
        return None

    @staticmethod
    def _asks(text: str) -> bool:
        """Whether a paragraph ends asking: a question in its last two sentences, outside quotes ("Any
        ideas? Thanks in advance."). A post ends on its question; a news brief asks in passing ("Will
        drivers lose parking? Officials say about 40 spaces will go. Work starts in May.") and "“Who will
        pay?” asked a councillor" asks nothing."""
        sentences = [m for m in _SENTENCE.findall(_QUOTED.sub("", text)) if m.strip()]
        return bool(_QUESTION.search("".join(sentences[-2:])))

    def _counts_replies(self, ctx: Context, kept: list[int], pos: int) -> bool:
        """Whether the marker ``kept[pos]`` or a short line in the few after it (before any prose)
        is a count ("87 comments", "3 Answers", "Replies (12)") or a chosen answer's label."""
        answer = ctx.table(_FAMILY, "answer")
        for q in range(pos, min(pos + 1 + _COUNT_AHEAD, len(kept))):
            i = kept[q]
            if q > pos and ctx.is_prose(i):
                return False
            text = ctx.doc.lines[i].text.strip()
            if ctx.words(i) <= 4 and (_COUNT.fullmatch(text) or answer.match(text)):
                return True
        return False

    def _replies(
        self, ctx: Context, following: list[int], frames: list[list[int]] | None = None
    ) -> list[list[int]]:
        """The lines of each reply in ``following``: a run of prose framed as a reply, with its
        time ("3 days ago", "12.01.2025 um 21:14"), a commenter's line ("Alex says:") or a chosen
        answer's label in the ``_REPLY_FRAME`` lines above it, or its time or a reply's control
        ("Reply", "142 points", "Quote") in those under it. Prose with neither (a footer's notice,
        an article's paragraphs under their subheadings) is none. ``frames``, when given, gets
        the runs of lines between the replies (and over the first one, and under the last)."""
        runs: list[list[int]] = []  # the runs of prose, and the lines between them
        between: list[list[int]] = [[]]
        for i in following:
            if ctx.is_prose(i):
                if between[-1] or not runs:
                    runs.append([])
                    between.append([])
                runs[-1].append(i)
            else:
                between[-1].append(i)

        # (the tables' verdicts on a line are shared with comment-section's guards: see Context.matches)
        def opens(i: int) -> bool:
            return self._is_stamp(ctx, i) or ctx.matches(_FAMILY, "answer", i, False) or ctx.matches(
                _FAMILY, "evidence", i
            )

        def closes(i: int) -> bool:
            return self._is_stamp(ctx, i) or ctx.matches(_FAMILY, "reply", i, False) or (
                ctx.words(i) <= _REPLY_MAX_WORDS and ctx.matches(_FAMILY, "ui", i)
            )

        framed = [
            n for n, run in enumerate(runs)
            if any(opens(i) for i in between[n][-_REPLY_FRAME:])
            or any(closes(i) for i in between[n + 1][:_REPLY_FRAME])
        ]
        if frames is not None:  # the runs of lines between a reply and the next, or over the first one
            frames.extend(between[n] for n in sorted({m for n in framed for m in (n, n + 1)}) if between[n])
        return [runs[n] for n in framed]

    def _post_writer(self, ctx: Context, kept: list[int], pos: int) -> list[int]:
        """The opening post's writer on a discussion page (the marker at ``kept[pos]``): a name right over a time,
        in the few lines over the post's first paragraph, under the page's first line (the thread's title)."""
        first = next((q for q in range(pos) if ctx.is_prose(kept[q])), None)
        if first is None:
            return []
        return [
            kept[q] for q in range(max(1, first - _REPLY_FRAME), first - 1)
            if self._head(ctx, kept[q]) == "name" and self._is_stamp(ctx, kept[q + 1])
        ]

    def _frame_ui(self, ctx: Context, frames: list[list[int]]) -> list[int]:
        """Of the runs of lines framing a discussion's replies (see :meth:`_replies`), the lines
        that are the replies' widget, in a run of two or more (a lone short line between two
        paragraphs is a reply's own: "Update"): a time ("12.01.2025 um 21:14"), a vote or a count
        ("212", "Posts: 3051"), a reply's place in the thread ("level 2", "#14"), a chosen
        answer's label, and a writer's name ("crumbcoat") over one of those, or under one of
        those or a control ("Reply") with no other name under it (a list of short items in a
        reply, "Tomatoes", "Chillies", stays)."""
        answer = ctx.table(_FAMILY, "answer")
        controls = (ctx.table(_FAMILY, "reply"), ctx.table(_FAMILY, "ui"))
        out = []
        for run in frames:
            if len(run) < 2:
                continue
            texts = [ctx.doc.lines[i].text.strip() for i in run]
            heads = [self._head(ctx, i) for i in run]
            widget = [
                heads[n] == "stamp"
                or bool(_VOTES.fullmatch(text) or _PLACE.fullmatch(text))
                or (ctx.words(i) <= 4 and bool(_COUNTED.fullmatch(text) or answer.match(text)))
                for n, (i, text) in enumerate(zip(run, texts, strict=True))
            ]
            if _signature(ctx, run[0], texts[0]) and (
                widget[1]
                or heads[1] == "name"
                or (ctx.words(run[1]) <= _REPLY_MAX_WORDS and any(t.match(texts[1]) for t in controls))
            ):
                out.append(run[0])  # (a writer's signature under the reply, over its controls or the next writer)
            for n, i in enumerate(run):
                if widget[n]:
                    out.append(i)
                elif heads[n] == "name":
                    over = n + 1 < len(run) and widget[n + 1]
                    under = n > 0 and (
                        widget[n - 1]
                        or (ctx.words(run[n - 1]) <= _REPLY_MAX_WORDS and any(t.match(texts[n - 1]) for t in controls))
                    )
                    if over or (under and (n + 1 == len(run) or heads[n + 1] != "name")):
                        out.append(i)
        return out
