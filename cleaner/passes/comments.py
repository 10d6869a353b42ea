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
long discussion under it. A call to comment or a link to the comments ("Leave a comment",
"Join the conversation", "Show comments"), or a count or bare heading, says nothing of what
follows it, unlike a heading that names the comments ("10 thoughts on “Title”"): a page puts
one between two of the article's paragraphs too (a meta line, a box, a jump link). Article
paragraphs going on after it (running text, no commenter's name before them, no exclamation
or question in them) keep it from opening anything; a call or link that opens nothing goes
alone. A thread with no marker at all (a commenter's name, maybe a time, a few lines,
"Reply", and again; the name and the time may share a line, "Sue Patel · 1 hour ago", or a
commenter's line stand for them, "Rui disse:") goes too when it comes late after an article's
worth of prose; the comment's frame under its "Reply" (its votes, "Like 12", "Show 2 replies"; after
the last, "Load more comments") goes with it, and under a short post too (30 words) a thread whose
comments are each framed whole (a name, a time, "Reply") and each shorter than half the post. With no reply
control either, a run of comments each its commenter's name right over its bare age ("Dave Pritchard" / "5h",
"Michael K." / "vor 3 Std."), its text and perhaps its votes ("▲ 4 ▼ 1") goes the same way, late and below the
article's last paragraph, where its votes or its readers' remarks show it is no live blog's entries, a quoted post or
a list's labels over durations (:meth:`CommentSection._aged_thread`). A marker
that opened nothing, but would on a second cleaning once the comments below it are gone (the
text is shorter, the marker later in it), is a link to them and goes alone.

A page that IS the discussion (a forum thread, a Q&A page, a post with its replies) keeps its
replies: a short post (a question, a few lines: no article's worth of prose) over a count of
its replies ("87 comments", "7 Antworten"; "Add a comment" with "3 Answers" under it) and two
or more replies framed by their times or controls, the longest at least a third as long as the
post, together the bulk of the text below, and a question that opens the thread (see
:mod:`cleaner.passes.discussions`). There no
marker over replies opens a section and no thread without a heading goes; the replies' frames
go instead (a writer's name, a time, votes, "level 2"), and detached-blocks leaves the replies
alone however little they share the post's words. An article's comments are a small part of
it: a news story or a blog post is longer than a post, and its readers' remarks are shorter.
"""

from __future__ import annotations

import re
from itertools import accumulate, pairwise
from typing import ClassVar, Final

from ..context import Context
from ..gate import gate_for
from ..sentences import residue_of
from ..textstats import SENTENCE_ENDS, ends_sentence, lower
from ..vocab import Table
from .base import Pass, VocabLinePass
from .discussions import DISCUSSION_REPLY, DiscussionShape
from .edge_daily import table_heading  # daily41
from .edge_letters import answer_labels  # letters40
from .edge_loanword import own_language_heading  # s43
from .edge_mdcrawl import reply_link  # mdcrawl43
from .metadata import fact_box_rows_in_text

# a row of a forum post's user box: a label, a colon and a figure ("Messages : 123", "Joined: Mar 2019")
_USER_BOX_ROW = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?: ?\S[^:]{0,40}", re.UNICODE)
_USER_BOX_GAP = 3  # the rows of one user box stand within this many lines of each other
_QUOTE_LABEL_WORDS = 2  # a quote box's label alone: "Quote:", "Citation :"


def _user_box_row(text: str) -> bool:
    text = text.strip()
    return any(c.isdigit() for c in text) and _USER_BOX_ROW.fullmatch(text) is not None

_WIDGET_MAX_WORDS: Final = 30  # comment-ui's max_words: longer lines it never removes
_MEASURED_WORDS: Final = 8  # shorter lines that are no prose are not measured (see CommentSection.run)
# the sign-up form's tables (and their passes' max_words) whose lines are not measured either
_FORM_TABLES = (("newsletter", 30), ("consent", 70))
_REPLY_MAX_WORDS = 8  # "Log in to Reply", "Like · Reply · 2y"
# short lines up to which the RE2 scan of them costs less than a scan of the text for a table's literals
_SCAN_OVER_LITERALS = 24
_MAX_COMMENT_LINES = 8  # a comment in a thread without a heading: name, time, a few lines, "Reply"
# a comment's frame under its reply control, before the next commenter's name: votes ("12", "Like 12", "Gefällt mir
# 8"), "Show 2 replies", another control; after the last comment, "Load more comments" too (table ``frame``)
_MAX_FRAME = 3
_FRAME_WORDS = 6
_VOTES = re.compile(r"[+\-−–↑↓▲▼]?\s?\d{1,6}")  # a bare vote count
# a comment's votes each with its mark, up and down: "▲ 4 ▼ 1", "👍 4 👎 0", "↑ 12"
_VOTE_MARKS = re.compile(r"(?:[▲▼△▽↑↓⬆⬇👍👎]\ufe0f?\s?\d{1,6}\s*){1,2}")
# A thread with no reply control: each comment its commenter's name over its age ("Dave Pritchard" / "5h", table
# ``age`` or metadata.relative_stamp), or both on one line ("Gillian Porter · 2h"), then its text, perhaps its votes
_AGE_WORDS = 5  # an age alone: "5h", "vor 3 Std.", "il y a 40 minutes", "منذ 3 ساعات"
_COMMENTER_NAME_WORDS = 4  # a commenter's name over it: "Jean-Pierre M.", "Linda van der Berg"
_AGE_CHARS = 32
_AGE_TEXT_LINES = 4  # a comment's text under its age: a few lines
# a widget's compact age ("5h", "2 d", "45m"): a stage's or a dish's duration reads the same ("Stage Two" / "6h"),
# so a run of them goes only where they read as ages: each no younger than the one over it, or each no older
_COMPACT_AGE = re.compile(r"(\d{1,3})\s?(s|sec|m|min|mins|h|hr|hrs|d|w|wk|wks|mo|y|yr|yrs)\.?", re.IGNORECASE)
_AGE_UNITS: Final = {
    "s": 1, "sec": 1, "m": 60, "min": 60, "mins": 60, "h": 3600, "hr": 3600, "hrs": 3600, "d": 86400, "w": 604800,
    "wk": 604800, "wks": 604800, "mo": 2592000, "y": 31536000, "yr": 31536000, "yrs": 31536000,
}
_NAMED_AGE = "(?:[^·•|]{{1,40}}[·•|—–-]\\s?)?(?:{})"  # (an age's pattern for the gate: alone, or after a name)
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]\.\s?-?){1,4}")  # a commenter signing with initials: "K.M.", "H.-J. S."
_BADGE_WORDS = 2  # a writer's badge over a comment's time: "Author", "Site admin"
# a thread whose comments are each framed whole (a name, a time, "Reply") comes under a short post too: of this many
# words of prose, this many times the thread's longest line
_MIN_PROSE_STAMPED = 30
_SHORTER_REMARKS = 2
_INITIALS_CHARS = 3  # a commenter's avatar initials over the name ("JM" over "Jenny M")
# a commenter's name and the comment's time on one line, parted by a dot, a bar or a dash ("Sue Patel · 1 hour ago")
# (anchored, each part opening on a non-space: asked with fullmatch only, but a search must not be quadratic)
_NAME_STAMP = re.compile(r"\A([^·•|\s][^·•|]{0,39}?)\s+[·•|—–-]\s+([^·•|\s][^·•|]{1,39})")
_NAME_STAMP_WORDS = 10
_COMMENTER_WORDS = 12  # a commenter's line: "Rui disse:", "Gisela M. schrieb am 12.03.2024 um 16:05 Uhr:"
_YEAR = re.compile(r"(^|\D)(19|20)\d\d(\D|$)")  # a year in a comment's stamp
_INITIAL_END = re.compile(r"(^|\s)\w\.$")  # "Linda K.": a name may end with a full stop
# lower-case words inside a name: "Linda van der Berg", "Ana de la Cruz", "Joe from Leeds"
_NAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
    "el", "al", "bin", "ibn", "ter", "ten", "from", "aus",
})
# A comment's time ("3. Mai 2024 um 20:11" whose "3." the document took for a list number, "2y"):
# a short line with a clock time, or a year and nothing longer than a month's name
_CLOCK = re.compile(r"(^|\D)\d{1,2}\s?[:.h]\s?\d{2}(\D|$)")
# What a reader's comment has and an article's paragraph does not: an exclamation, a question, a
# handle, an emoticon or emoji ("Great news!", "Where does the money come from?", "@tom", ":)")
# (outside quotes: "“Who will pay for it?” asked one councillor." is an article's sentence)
_CHATTY = re.compile(r"[!?¡¿！？]|(^|\s)@\w|[:;]-?[()DP](\s|$)|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_QUOTED = re.compile(r"“[^“”]{0,400}”|„[^“”„]{0,400}[“”]|«[^«»]{0,400}»|\"[^\"]{0,400}\"")
_DIGIT = re.compile(r"\d")  # a count in a marker ("Kommentare 12")
_FIGURES = re.compile(r"\d+")
_CONTROLS_UNDER = 2  # the lines a count closing the page may stand over: its login prompt, its sorter
_ASKS = re.compile(r"[?？]\s*[\"'”»)]?\Z")  # a line that ends asking: a question over its answer's label
_ARTICLE_WORDS = 15  # an article paragraph that goes on after a marker: a sentence of this many words or more
# s36: or one of this many words closed by a reporting clause (", the council added.", ", meldt de gemeente."): the
# article's voice, where a short plain sentence may as well be a reader's
_REPORTED_WORDS = 8
_ARTICLE_AHEAD = 2  # the paragraphs after a marker that show the article goes on
_SKIPPED_AHEAD = 3  # lines before or between them that are no comment (a subheading, "Share")


# the tables the guards ask about a line together (see Context.matches_any): another marker; what a comment is
# made of (a commenter's line, a control); a comment's time; what shows comments follow a marker
_MARKER_TABLES = (("comments", "section_start"), ("comments", "section_weak"))
_COMMENT_TABLES = (("comments", "evidence"), ("comments", "ui"), ("comments", "reply"))
_STAMP_TABLES = (("metadata", "dateline"), ("comments", "evidence"))
_FOLLOW_TABLES = (("comments", "ui"), ("comments", "evidence"), ("metadata", "dateline"))
_CHEAP_TABLES = frozenset({"reply"})  # tables of a few short patterns: cheaper run than gated (Context.matches)


# the gate's tables for :meth:`CommentSection._age_lines` by the two tables it reads: each pattern put after a name
# once, not on every document (formatted anew, the patterns were hashed anew for gate_for's cache too); a few entries,
# one per set of languages
_AGE_GATE_KEYS: Final[dict[tuple[Table, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = {}
_AGE_GATE_KEYS_MAX: Final = 64


def _age_gate_key(tables: list[Table]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``gate_for``'s argument for the age tables ``tables``: each pattern whole, or after a name and its dot."""
    key = tuple(tables)
    found = _AGE_GATE_KEYS.get(key)
    if found is None:
        if len(_AGE_GATE_KEYS) >= _AGE_GATE_KEYS_MAX:
            _AGE_GATE_KEYS.clear()
        found = _AGE_GATE_KEYS[key] = tuple(
            ("full", tuple(_NAMED_AGE.format(p) for p in t.patterns)) for t in tables
        )
    return found


def _matches(ctx: Context, family: str, name: str, i: int, text: str, gated: bool = True) -> bool:
    """Whether table ``family.name`` matches ``text``, line ``i``'s text stripped: judged once a line
    (:meth:`Context.matches`) where that is the line's text (as it always is: lines are stored stripped)."""
    if text == ctx.doc.lines[i].text:
        return ctx.matches(family, name, i, gated and name not in _CHEAP_TABLES)
    return ctx.table(family, name).match(text) is not None


def _matches_any(ctx: Context, tables: tuple[tuple[str, str], ...], i: int, text: str) -> bool:
    """Whether one of ``tables`` matches ``text``, line ``i``'s text stripped (see :func:`_matches`)."""
    if text == ctx.doc.lines[i].text:
        return ctx.matches_any(tables, i)
    return any(ctx.table(family, name).match(text) is not None for family, name in tables)


class CommentSection(Pass, DiscussionShape):
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
        replies = self._table_lines(ctx, kept, "reply", _REPLY_MAX_WORDS, literals_first=True)
        ages = self._age_lines(ctx, kept)
        if not candidates and len(replies) < 2:
            # (most documents: no line that could open a section, no thread of replies, no commenter over an age)
            if ages:
                self._aged_thread(ctx, kept, ages, self._measured_total(ctx, kept), None)
            return
        # Only running text counts where a marker's position is measured (lines of prose or of
        # _MEASURED_WORDS words or more), less the comment widget's lines: the short residue other
        # passes remove later (a sign-up line, "Reply") must not move a marker across the line,
        # or a second cleaning would judge it otherwise.
        counts = ctx.word_counts()
        sizes = [
            len(ctx.doc.lines[i].text) if counts[i] >= _MEASURED_WORDS or ctx.is_prose(i) else 0 for i in kept
        ]
        # (only the lines measured are looked at: one that counts as no text already stays so)
        measured = [pos for pos, size in enumerate(sizes) if size]
        # (nor do the sign-up form's lines around a comment form, long as a consent notice may be:
        # "By clicking Sign Up, you agree to our Terms of Use and Privacy Policy.")
        for pos in self._widget_lines(ctx, kept, measured):
            sizes[pos] = 0
        before = [0, *accumulate(sizes)]  # characters of the kept lines before each position
        late = self.min_position * (before[-1] or 1)
        end = 0  # the positions before this one are inside a section removed already
        cut: list[tuple[int, int]] = []  # the sections removed: (first position, position after)
        discussion = None
        last_reply = -1  # the line of the discussion's last reply
        found = self._discussion(ctx, kept, candidates, sizes)
        if found is not None:
            discussion, reply_lines, frames = found
            last_reply = reply_lines[-1]
            marks = ctx.memo(DISCUSSION_REPLY)  # for detached-blocks: the replies are the page's text
            for i in reply_lines:
                marks[i] = True
            for i in self._frame_ui(ctx, frames) + self._post_writer(ctx, kept, discussion):
                ctx.doc.remove(i, self.name, "a reply's writer, time or votes on a discussion page (the replies stay)")
        for pos in candidates:
            if pos < end:
                continue
            why = self._opens(ctx, kept, pos, before[pos] >= late)
            if why and discussion is not None and discussion <= pos and kept[pos] < last_reply:
                why = None  # the page is the discussion: the replies under the marker are its content
            if why:
                start, end = pos, self._remove_section(ctx, kept, pos, why)
                cut.append((start, end))
            elif self._goes_alone(ctx, kept[pos]):
                ctx.doc.remove(kept[pos], self.name, "link to the comments: it opens no comment section")
        thread = self._headless_thread(ctx, kept, replies, before[-1], discussion)
        if thread is not None:
            cut.append(thread)
        if ages:
            aged = self._aged_thread(ctx, kept, ages, before[-1], discussion)
            if aged is not None:
                cut.append(aged)
                cut.sort()
        if cut:
            self._stray_markers(ctx, kept, [c for c in candidates if c < cut[0][0]], sizes, cut)

    def _table_lines(
        self, ctx: Context, kept: list[int], name: str, max_words: int, family: str | None = None,
        among: list[int] | None = None, literals_first: bool = False,
    ) -> list[int]:
        """Positions in ``kept`` (of those ``among``, when given) of the lines of at most ``max_words``
        words that the comment table ``name`` matches: "Reply" (``reply``); for ``ui``, the widget lines
        ``comment-ui`` removes after this pass, which count as no text where a marker's position is
        measured (a second cleaning, without them, must measure the same). With ``literals_first``, a
        text of many short lines is first scanned for the table's literals (:meth:`Context.mentions`:
        most texts hold none of a reply control's few words, and then no line can match)."""
        ui = ctx.table(family or self.family, name)
        if not ui.patterns:
            return []
        counts = ctx.word_counts()
        if among is None:
            short = [pos for pos, i in enumerate(kept) if counts[i] <= max_words]
        else:
            short = [pos for pos in among if counts[kept[pos]] <= max_words]
        if literals_first and len(short) > _SCAN_OVER_LITERALS and not ctx.mentions(ui):
            return []
        gate = gate_for(((ui.mode, tuple(ui.patterns)),))
        found = ctx.gate_lines(gate, [kept[pos] for pos in short]) if gate is not None and short else None
        candidates = short if found is None else [pos for pos, ok in zip(short, found, strict=True) if ok]
        return [pos for pos in candidates if ui.match(ctx.doc.lines[kept[pos]].text)]

    def _widget_lines(self, ctx: Context, kept: list[int], among: list[int]) -> list[int]:
        """Positions in ``kept`` (of those ``among``) of the comment widget's lines (table ``ui``, lines of at most
        ``_WIDGET_MAX_WORDS`` words: what comment-ui removes after this pass) and the sign-up form's
        (``_FORM_TABLES``, each up to its pass's ``max_words``): :meth:`_table_lines` of each table, found with
        one RE2 gate over them all (one scan of the lines where a gate a table scanned them three times)."""
        tables = [(ctx.table(self.family, "ui"), _WIDGET_MAX_WORDS)]
        tables += [(ctx.table("signup", name), max_words) for name, max_words in _FORM_TABLES]
        tables = [(t, max_words) for t, max_words in tables if t.patterns]
        if not tables:
            return []
        counts = ctx.word_counts()
        top = max(max_words for _t, max_words in tables)
        short = [pos for pos in among if counts[kept[pos]] <= top]
        gate = gate_for(tuple([(t.mode, tuple(t.patterns)) for t, _max_words in tables]))
        lines = ctx.doc.lines
        found = ctx.gate_lines(gate, [kept[pos] for pos in short]) if gate is not None and short else None
        candidates = short if found is None else [pos for pos, ok in zip(short, found, strict=True) if ok]
        out: list[int] = []
        for pos in candidates:
            n, text = counts[kept[pos]], lines[kept[pos]].text
            if any(n <= max_words and t.match(text) for t, max_words in tables):
                out.append(pos)
        return out

    def _stray_markers(
        self, ctx: Context, kept: list[int], candidates: list[int], sizes: list[int], cut: list[tuple[int, int]]
    ) -> None:
        """Markers before the first section removed that did not open one, but would on a
        second cleaning: without the comments, the text is shorter and the marker later in it
        ("Join the discussion" between two paragraphs, a long thread below). Such a marker is a
        link to the comments: the line alone goes, so that a second cleaning finds nothing more
        to do and the paragraphs after it stay."""
        gone = [False] * len(kept)
        for start, stop in cut:
            gone[start:stop] = [True] * (stop - start)
        doc = ctx.doc
        for _ in range(3):  # a marker removed shortens the text again: rarely more than once
            total = sum(size for size, out in zip(sizes, gone, strict=True) if not out)
            late = self.min_position * (total or 1)
            removed = False
            for pos in candidates:
                if gone[pos] or sum(sizes[q] for q in range(pos) if not gone[q]) < late:
                    continue
                following = [kept[q] for q in range(pos + 1, len(kept)) if not gone[q]]
                if self._opens_late(ctx, kept[pos], following):
                    doc.remove(kept[pos], self.name, "link to the comments: the section it would open was removed")
                    gone[pos] = removed = True
            if not removed:
                return

    def _headless_thread(
        self, ctx: Context, kept: list[int], replies: list[int], total: int, discussion: int | None
    ) -> tuple[int, int] | None:
        """A thread of reader comments with no heading above it: two or more reply controls a
        few lines apart, each comment opening with its commenter's name (and a timestamp after
        it where the others have one) past the frame under the reply control before it
        (:meth:`_past_frame`), late in the page after an article's worth of prose (or, where every
        comment has its time, a short post at least twice as long as the thread's longest line).
        Removes it, from the first commenter's name to the last "Reply" (what a marker inside it
        took stays taken); returns that range of positions, or None. On a page that is the
        discussion (``discussion``: the position of the count of its replies, see
        :meth:`_discussion`) a thread under the count is its replies and stays."""
        run: list[int] = []
        for pos in replies:  # the last run of replies, each within a comment's length (and frame) of the one before
            if run and not 2 <= pos - run[-1] <= _MAX_COMMENT_LINES + _MAX_FRAME:
                run = []
            run.append(pos)
        if len(run) < 2:
            return None
        lines = ctx.doc.lines
        # (each next comment opens past the frame under the reply control before it: its votes, "Like 12")
        heads = [self._past_frame(ctx, kept, prev + 1) for prev in run[:-1]]
        if any(head + 2 > run[n + 1] for n, head in enumerate(heads)):
            return None  # a frame up to the next reply control: no commenter's name, no comment
        stamped = all(self._is_stamp(ctx, kept[head + 1]) for head in heads)
        # (each comment opens with its commenter's name, a date alone is a dateline; over the comment's time a
        # writer's badge stands for it too, "Author", "Admin": a few words, no sentence)
        if not all(self._names_writer(ctx, kept[head]) or (stamped and self._badge(ctx, kept[head])) for head in heads):
            return None
        # The first comment: back from its "Reply" to the name (and the timestamp after it) that
        # open it, with at least a line of comment between.
        start = None
        for pos in range(run[0] - 2, max(0, run[0] - _MAX_COMMENT_LINES), -1):
            if not stamped and self._names_writer(ctx, kept[pos]):
                start = pos
                break
            if stamped and self._is_stamp(ctx, kept[pos]):
                start = pos - 1 if pos > 0 and self._names_writer(ctx, kept[pos - 1]) else None
                break
        if start is None or (discussion is not None and start > discussion):
            return None
        if start > 0 and self._initials(ctx, kept[start - 1]):
            start -= 1  # the first commenter's avatar initials over the name
        prose = [ctx.words(j) for j in kept[:start] if ctx.is_prose(j)]
        measured = sum(len(lines[j].text) for j in kept[:start] if ctx.is_prose(j))
        if measured < self.min_position * (total or 1):
            return None
        if sum(prose) < self.min_prose_before:
            # (a short post, a recipe's few lines, over comments each framed whole, a name, a time and "Reply": its
            # readers' remarks are each much shorter than it; a forum's question has answers as long as itself)
            longest = max(ctx.words(kept[pos]) for pos in range(start, run[-1] + 1))
            if not stamped or sum(prose) < _MIN_PROSE_STAMPED or sum(prose) < _SHORTER_REMARKS * longest:
                return None
        opened = lines[kept[start]].lineno
        stop = self._past_frame(ctx, kept, run[-1] + 1)  # the last comment's frame, "Load more comments"
        for pos in range(start, stop):
            if lines[kept[pos]].removal is None:  # a marker may have opened a section in the thread
                ctx.doc.remove(kept[pos], self.name, f"reader comment thread without a heading, from line {opened}")
        return start, stop

    def _measured_total(self, ctx: Context, kept: list[int]) -> int:
        """Characters of the kept lines measured where a marker's or a thread's place is (see :meth:`run`)."""
        counts = ctx.word_counts()
        lines = ctx.doc.lines
        return sum(len(lines[i].text) for i in kept if counts[i] >= _MEASURED_WORDS or ctx.is_prose(i))

    def _age_lines(self, ctx: Context, kept: list[int]) -> dict[int, bool]:
        """Positions in ``kept`` of a comment's age alone on its line (True: "5h", "vor 3 Std.", "3時間前", table
        ``age`` or metadata.relative_stamp, no clock time) or after its commenter's name (False: "Gillian Porter ·
        2h"): short lines, most ruled out by one RE2 scan of them."""
        tables = [t for t in (ctx.table(self.family, "age"), ctx.table("metadata", "relative_stamp")) if t.patterns]
        if not tables:
            return {}
        counts = ctx.word_counts()
        short = [pos for pos, i in enumerate(kept) if counts[i] <= _NAME_STAMP_WORDS]
        if not short:
            return {}
        # (each age whole, or after a name and its dot: the gate anchored at both ends of the line, a DFA's scan)
        gate = gate_for(_age_gate_key(tables))
        found = ctx.gate_lines(gate, [kept[pos] for pos in short]) if gate is not None else None
        candidates = short if found is None else [pos for pos, ok in zip(short, found, strict=True) if ok]
        lines = ctx.doc.lines
        out: dict[int, bool] = {}
        for pos in candidates:
            i = kept[pos]
            text = lines[i].text
            if counts[i] <= _AGE_WORDS and len(text) <= _AGE_CHARS and self._age(ctx, text):
                out[pos] = True
            elif (
                (m := _NAME_STAMP.fullmatch(text)) is not None
                and m.group(1)[0] != "@"
                and self._age(ctx, m.group(2))
                and self._is_name(ctx, i, m.group(1))
            ):
                out[pos] = False
        return out

    def _age(self, ctx: Context, text: str) -> bool:
        """Whether ``text`` is a comment's age: table ``age`` or metadata.relative_stamp, no clock time ("7 h 45" is
        a live blog's time of day)."""
        return _CLOCK.search(text) is None and (
            ctx.table(self.family, "age").match(text) is not None
            or ctx.table("metadata", "relative_stamp").match(text) is not None
        )

    def _commenter(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` is a commenter's name over the comment's age: a name or handle (:meth:`_is_name`) or
        initials ("K.M."); no handle opened by "@" (a quoted post's: "@samwrites", a roundup of social media)."""
        text = ctx.doc.lines[i].text
        if not text or text[0] == "@" or ctx.words(i) > _COMMENTER_NAME_WORDS or len(text) > 40 or ctx.is_prose(i):
            return False
        return _INITIALS_NAME.fullmatch(text) is not None or self._is_name(ctx, i, text)

    def _aged_thread(
        self, ctx: Context, kept: list[int], ages: dict[int, bool], total: int, discussion: int | None
    ) -> tuple[int, int] | None:
        """A thread of reader comments with no reply control and no heading: two or more comments one under
        another, each its commenter's name right over its age ("Dave Pritchard" / "5h", "Michael K." / "vor 3 Std.")
        or both on one line ("Gillian Porter · 2h"), one to ``_AGE_TEXT_LINES`` lines of text and perhaps its frame
        (votes: "12", "▲ 4 ▼ 1", "👍 4 👎 0", "Upvote 5"; after the last, "View more comments"); one comment alone only
        with its votes or a closer under it, its text in sentences. Late in the page after an article's worth of
        prose and below the article's last paragraph (no article paragraph goes on after it), the line over it
        announcing nothing (a roundup of posts: "Here is what people said:"), no age alone over the thread (a live
        blog's entries: "5h" over each), a run of compact ages ("5h", "2 d") reading as ages (:meth:`_reads_as_ages`)
        and, where no comment has its frame, texts that read as readers' remarks (:meth:`_remarks`). Removes it,
        from the first commenter's name to the last comment's frame; returns that range of positions, or None. On
        a page that is the discussion (``discussion``) the replies stay."""
        lines = ctx.doc.lines
        units: list[tuple[int, int]] = []  # (the commenter's name, the age) of each comment
        for pos, bare in sorted(ages.items()):
            if lines[kept[pos]].removal is not None:
                continue
            if not bare:
                units.append((pos, pos))
            elif pos > 0 and pos - 1 not in ages and lines[kept[pos - 1]].removal is None and self._commenter(
                ctx, kept[pos - 1]
            ):
                units.append((pos - 1, pos))
        if not units:
            return None
        run = [units[0]]
        framed = False  # a comment of the run has its frame: votes, a closer
        for unit in units[1:]:  # the last run of comments, each right under the text (and frame) of the one before
            text_start, frame_start = run[-1][1] + 1, self._frame_back(ctx, kept, run[-1][1] + 1, unit[0])
            if not (
                0 < frame_start - text_start <= _AGE_TEXT_LINES
                and all(lines[kept[q]].removal is None for q in range(text_start, frame_start))
            ):
                run, framed = [], False
            run.append(unit)
            framed = framed or frame_start < unit[0]
        start = run[0][0]
        # the last comment's text: its first line, then lines in sentences, up to its frame
        pos = run[-1][1] + 1
        told = 0
        while pos < len(kept) and told < _AGE_TEXT_LINES:
            i = kept[pos]
            text = lines[i].text
            if lines[i].removal is not None or self._frame_line(ctx, i):
                break
            if told and not (ends_sentence(text) or _CHATTY.search(text)):
                break
            told += 1
            pos += 1
        if not told:
            return None
        stop = self._past_frame(ctx, kept, pos)
        framed = framed or stop > pos
        if not framed and not self._remarks(ctx, kept, run, pos):
            return None  # no votes, no remark: a list's labels over durations, a live blog's writers over its ages
        if len(run) == 1:
            # (one comment alone: its votes or a closer under it, its text in sentences)
            said = range(run[0][1] + 1, pos)
            if stop == pos or not all(ends_sentence(lines[kept[q]].text) or _CHATTY.search(lines[kept[q]].text)
                                      for q in said):
                return None
        named = {stamp for _head, stamp in units}
        if any(bare and p < start and p not in named and lines[kept[p]].removal is None for p, bare in ages.items()):
            return None  # an age alone (no name over it) over the thread: a live blog's entry stamps
        if not self._reads_as_ages(ctx, kept, run):
            return None
        if discussion is not None and start > discussion:
            return None
        over = start - 1
        while over >= 0 and lines[kept[over]].removal is not None:
            over -= 1
        if over >= 0 and ctx.words(kept[over]) <= self.max_marker_words and _matches_any(
            ctx, _MARKER_TABLES, kept[over], lines[kept[over]].text
        ):
            start, over = over, over - 1  # the thread's heading: "Comments", "3 comments"
            while over >= 0 and lines[kept[over]].removal is not None:
                over -= 1
        if over < 0 or lines[kept[over]].text.rstrip().endswith((":", "：")):
            return None  # announced: a roundup of posts, "Here is what people said:"
        prose = [j for j in kept[:start] if lines[j].removal is None and ctx.is_prose(j)]
        if sum(len(lines[j].text) for j in prose) < self.min_position * (total or 1):
            return None
        words = sum(ctx.words(j) for j in prose)
        if words < self.min_prose_before:
            # (a short story, as under a thread of reply controls: its readers' remarks each much shorter than it)
            longest = max(ctx.words(kept[q]) for q in range(start, stop))
            if words < _MIN_PROSE_STAMPED or words < _SHORTER_REMARKS * longest:
                return None
        after = [kept[q] for q in range(stop, len(kept)) if lines[kept[q]].removal is None]
        if self._article_goes_on(ctx, after):
            return None  # the article goes on under it: posts quoted between its paragraphs
        why = "reader comment thread without a reply control (commenters' names over their ages), from line {}"
        opened = why.format(lines[kept[start]].lineno)
        for q in range(start, stop):
            if lines[kept[q]].removal is None:
                ctx.doc.remove(kept[q], self.name, opened)
        return start, stop

    def _remarks(self, ctx: Context, kept: list[int], run: list[tuple[int, int]], end: int) -> bool:
        """Whether the texts of a run of comments with no frame (no votes, no closer) read as readers' remarks: one
        asks, exclaims, names another commenter or smiles (``_CHATTY``, outside quotes) and one is shorter than an
        article's paragraph (``_ARTICLE_WORDS``), and their writers are not each a list's label of the same first
        word ("Stage One", "Stage Two"). A live blog's entries under their writers' names, a trek's stages over their
        durations are sentences of the article's."""
        lines = ctx.doc.lines
        heads = [lines[kept[head]].text for head, _stamp in run]
        firsts = {lower(text.split()[0]) for text in heads if text.split()}
        if len(run) > 1 and len(firsts) == 1 and all(len(text.split()) > 1 for text in heads):
            return False
        nexts = [head for head, _stamp in run[1:]] + [end]
        said = [q for (_head, stamp), stop in zip(run, nexts, strict=True) for q in range(stamp + 1, stop)]
        chatty = short = False
        for q in said:
            text = lines[kept[q]].text
            chatty = chatty or _CHATTY.search(_QUOTED.sub("", text)) is not None
            short = short or ctx.words(kept[q]) < _ARTICLE_WORDS
        return chatty and short

    def _reads_as_ages(self, ctx: Context, kept: list[int], run: list[tuple[int, int]]) -> bool:
        """Whether the ages of a run of comments read as ages: where each is compact ("5h", "2 d", "45m"), none of
        60 minutes or seconds or more (a widget turns them into hours: "90 min" is a player's time on the pitch) and
        each no younger than the one over it or each no older (a list's durations go both ways: "6h", "4h", "7h")."""
        lines = ctx.doc.lines
        seconds: list[int] = []
        for head, stamp in run:
            text = lines[kept[stamp]].text
            if head != stamp:
                m = _COMPACT_AGE.fullmatch(text.strip())
            else:
                named = _NAME_STAMP.fullmatch(text)
                m = None if named is None else _COMPACT_AGE.fullmatch(named.group(2).strip())
            if m is None:
                return True  # a spelled-out age: "3 hours ago", "vor 3 Std."
            unit = _AGE_UNITS[lower(m.group(2))]
            if unit < _AGE_UNITS["h"] and int(m.group(1)) >= _AGE_UNITS["m"]:
                return False  # "90 min": a widget says "1h", a player's minutes played are no age
            seconds.append(int(m.group(1)) * unit)
        if len(seconds) < 2:
            return True
        pairs = list(pairwise(seconds))
        return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)

    def _frame_back(self, ctx: Context, kept: list[int], start: int, pos: int) -> int:
        """The position where the frame (votes, a control) over position ``pos`` starts, after ``start``: the
        frame lines right over ``pos``, at most ``_MAX_FRAME``."""
        at = pos
        while at > start and pos - at < _MAX_FRAME and self._frame_line(ctx, kept[at - 1]):
            at -= 1
        return at

    def _frame_line(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` is a line of a comment's frame (see :meth:`_past_frame`)."""
        if ctx.words(i) > _FRAME_WORDS:
            return False
        text = ctx.doc.lines[i].text
        return bool(
            _VOTES.fullmatch(text)
            or _VOTE_MARKS.fullmatch(text.strip())
            or _matches(ctx, self.family, "frame", i, text, gated=False)
            or _matches(ctx, self.family, "reply", i, text, gated=False)
            or _matches(ctx, self.family, "section_end", i, text, gated=False)
            or _matches(ctx, self.family, "ui", i, text)
        )

    def _past_frame(self, ctx: Context, kept: list[int], pos: int) -> int:
        """The position in ``kept`` past the comment's frame that starts at ``pos`` (at most ``_MAX_FRAME`` lines):
        a bare vote count ("12"), another reply control or widget line ("Like (3)"), a line of table ``frame``
        ("Like 12", "Gefällt mir 8", "Show 2 replies", "Load more comments"): what stands under a comment's reply
        control, before the next commenter's name. Asked only inside a thread of reply controls, so a vote's word
        or a count in an article is never taken by it."""
        stop = min(len(kept), pos + _MAX_FRAME)
        while pos < stop and self._frame_line(ctx, kept[pos]):
            pos += 1
        return pos

    def _badge(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` may stand for a commenter's name over the comment's time: a writer's badge ("Author",
        "Admin", "Moderator"), a few words that are no sentence and no prose."""
        text = ctx.doc.lines[i].text
        if not text or text[-1] == ":" or ctx.words(i) > _BADGE_WORDS:
            return False
        return not ctx.is_prose(i) and not ends_sentence(text)

    def _initials(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` is a commenter's avatar initials: up to ``_INITIALS_CHARS`` capital letters ("JM")."""
        text = ctx.doc.lines[i].text
        return len(text) <= _INITIALS_CHARS and text.isalpha() and text.isupper()

    def _names_writer(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` opens a comment with its writer: a commenter's name (:meth:`_head`), with the
        comment's time (:meth:`_name_and_stamp`), or a
        commenter's line closed by a colon ("Rui disse:", "Gisela M. schrieb am 12.03.2024 um 16:05 Uhr:":
        table ``evidence``, which a salutation opening a comment's text, "Hallo Tom,", also matches)."""
        if self._head(ctx, i) == "name" or self._name_and_stamp(ctx, i):
            return True
        text = ctx.doc.lines[i].text
        return (
            ctx.words(i) <= _COMMENTER_WORDS
            and text.endswith(":")
            and _matches(ctx, self.family, "evidence", i, text)
        )

    def _is_stamp(self, ctx: Context, i: int) -> bool:
        text = ctx.doc.lines[i].text
        if ctx.words(i) > 12:
            return False
        if ctx.words(i) <= 8 and _CLOCK.search(text) and not ctx.is_prose(i):
            return True
        # (asked of the same lines by several guards: judged once a line, most lines ruled out by an RE2 gate)
        return ctx.matches_any(_STAMP_TABLES, i)

    def _head(self, ctx: Context, i: int) -> str | None:
        """What opens a comment: "name" (a commenter's name or handle: a few words that are no
        sentence), "stamp" (a timestamp) or None."""
        if self._is_stamp(ctx, i):
            return "stamp"
        text = ctx.doc.lines[i].text.strip()
        if not text or ctx.words(i) > 4 or len(text) > 40 or ctx.is_prose(i):
            return None
        return "name" if self._is_name(ctx, i, text) else None

    def _is_name(self, ctx: Context, i: int, text: str) -> bool:
        """Whether ``text`` (line ``i``'s, or a part of it) reads as a commenter's name or handle: up to four
        words, no sentence's end, each word capitalised but a name's particles, no control, no widget's word."""
        words = text.split()
        if not text or len(words) > 4 or len(text) > 40:
            return False
        if (text[-1] in ".!?:;,\"”»)" or text[-1] in SENTENCE_ENDS) and not _INITIAL_END.search(text):
            return False
        if _matches(ctx, self.family, "reply", i, text, gated=False) or _matches(ctx, self.family, "ui", i, text):
            return False
        # (a script with no capitals, Arabic's or Hindi's, writes a name as any other words: "سارة م.")
        if len(words) > 1 and not all(
            w[0].isupper() or lower(w) in _NAME_PARTICLES or (w[0].isalpha() and not w[0].islower())
            for w in words
        ):
            return False  # "Continue reading", "Enter your email": words a name does not have in lower case
        # (the RE2 gate over every table first: most names pass it)
        return residue_of(ctx, text) is None  # "Share", "Advertisement": a widget's word, not a commenter's handle

    def _name_and_stamp(self, ctx: Context, i: int) -> bool:
        """Whether line ``i`` is a commenter's name and the comment's time, parted by a dot, a bar or a dash
        ("Tom Hargreaves · 2 hours ago", "Иван Петров · 2 часа назад", "Klaus R. | 02.05.2024, 09:30"): the time
        one the comment tables or the dateline's read, or a clock time."""
        if ctx.words(i) > _NAME_STAMP_WORDS:
            return False
        m = _NAME_STAMP.fullmatch(ctx.doc.lines[i].text.strip())
        if m is None:
            return False
        stamp = m.group(2)
        return (
            bool(_CLOCK.search(stamp) or any(ctx.table(f, n).match(stamp) is not None for f, n in _STAMP_TABLES))
            and self._is_name(ctx, i, m.group(1))
        )

    def _marker_candidates(self, ctx: Context, kept: list[int]) -> list[int]:
        """Positions in ``kept`` of the lines an opening marker may match: short ones (only
        those can be a marker), less those one RE2 scan rules out (see cleaner.gate)."""
        counts = ctx.word_counts()
        short = [pos for pos, i in enumerate(kept) if counts[i] <= self.max_marker_words]
        openers = [ctx.table(self.family, "section_start"), ctx.table(self.family, "section_weak")]
        gate = gate_for(tuple((t.mode, tuple(t.patterns)) for t in openers if t.patterns))
        found = ctx.gate_lines(gate, [kept[pos] for pos in short]) if gate is not None and short else None
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
        # (no literal of an end marker in the text, most pages: no line of the section put to the table's regexes)
        may_end = ctx.mentions(end_table)
        for at in range(pos + 1, len(kept)):
            i = kept[at]
            if may_end and counts[i] <= self.max_marker_words and end_table.match(doc.lines[i].text):
                doc.remove(i, self.name, f"end of the comment section opened at line {opened}")
                return at + 1
            doc.remove(i, self.name, inside)
        return len(kept)

    def _opens(self, ctx: Context, kept: list[int], pos: int, late: bool) -> str | None:
        """Why the marker line ``kept[pos]`` opens the comment section, or None when it does not
        (see the module docstring)."""
        marker = kept[pos]
        following = kept[pos + 1 :]
        opens = "opens a comment section"
        if following and ctx.table(self.family, "answer").match(ctx.doc.lines[following[0]].text):
            return None  # "12 Antworten", then "Beste Antwort": a Q&A page's answers, its content
        if late:
            return opens if self._opens_late(ctx, marker, following) else None
        if not (
            ctx.matches(self.family, "section_start", marker, gated=False)
            or ctx.matches(self.family, "section_weak", marker, gated=False)
        ):
            return None
        prose_before = sum(ctx.words(j) for j in kept[:pos] if ctx.is_prose(j))  # rare: only at a marker
        if (
            prose_before >= self.min_prose_before
            and self._comments_follow(ctx, following, stamps=False, marker=marker)
            and (self._is_heading(ctx, marker) or not self._article_goes_on(ctx, following))
        ):
            return opens
        return None

    def _opens_late(self, ctx: Context, marker: int, following: list[int]) -> bool:
        """Whether a marker (line ``marker``) late in the page opens the comment section: a heading that names
        the comments does; a call or link to them, or a count or bare heading, does not where
        article paragraphs go on after it (a count or bare heading needs comments after it too)."""
        if self._is_heading(ctx, marker):
            return True
        if self._article_goes_on(ctx, following):
            return False
        if ctx.matches(self.family, "section_start", marker, gated=False):
            # (a link with its count, "Kommentare 3", needs comments under it as a count does: a changelog's or a
            # summary's subheading over the article's short lines shows no commenter, time or control there)
            if _DIGIT.search(ctx.doc.lines[marker].text) is None or self._comments_follow(
                ctx, following, marker=marker
            ):
                return True
            # (or closes the page over its own controls alone, a line or two that end no sentence: "Kommentare (5)" /
            # "Jetzt anmelden und mitdiskutieren")
            lines = ctx.doc.lines
            return 0 < len(following) <= _CONTROLS_UNDER and not any(ends_sentence(lines[j].text) for j in following)
        return ctx.matches(self.family, "section_weak", marker, gated=False) and self._comments_follow(
            ctx, following, marker=marker
        )

    def _is_link(self, ctx: Context, i: int) -> bool:
        """A call to comment or a link to the comments ("Leave a comment", "Show comments"): line ``i``."""
        return ctx.matches(self.family, "section_start", i, gated=False) and not self._is_heading(ctx, i)

    def _goes_alone(self, ctx: Context, i: int) -> bool:
        """Whether a marker that opened nothing goes alone: a call or link to the comments does,
        wherever it stands, unless comment-ui takes it ("Leave a comment"). (Whatever stands
        around it: a second cleaning, without the lines other passes take, might find the
        article going on after it where this one did not, or the marker later in the text.)"""
        return self._is_link(ctx, i) and not ctx.matches(self.family, "ui", i, gated=False)

    def _is_heading(self, ctx: Context, i: int) -> bool:
        """A marker that names the comments after it ("12 thoughts on “Title”", "Reader
        comments"): an opening marker (line ``i``) that is no call or link to them."""
        return ctx.matches(self.family, "section_start", i, gated=False) and not ctx.matches(
            self.family, "section_link", i, gated=False
        )

    def _article_goes_on(self, ctx: Context, following: list[int]) -> bool:
        """Whether the article's paragraphs go on after a marker: ``_ARTICLE_AHEAD`` paragraphs
        of the article (see :meth:`_article_paragraph`; fewer where the page ends with them)
        come first, with at most ``_SKIPPED_AHEAD`` short lines before or between them that are
        no comment (a subheading, a widget's word: a second cleaning, without it, must judge the
        same), one of which may look like a reader's (a short sentence, a question, a name as
        the first line: a subheading in title case). A timestamp, a comment control or a
        commenter's line ("Alex says:"), a name further down or a second such line: comments."""
        paragraphs = others = doubtful = 0
        for n, i in enumerate(following):
            if self._article_paragraph(ctx, i):
                paragraphs += 1
                if paragraphs == _ARTICLE_AHEAD:
                    return True
                continue
            others += 1
            kind = self._between_paragraphs(ctx, i, first=n == 0)
            if kind == "comment" or others > _SKIPPED_AHEAD:
                return False
            doubtful += kind == "doubtful"
            if doubtful > 1:
                return False
        return paragraphs > 0 and doubtful == 0  # the page ends after its last paragraph

    def _article_paragraph(self, ctx: Context, i: int) -> bool:
        """A paragraph of running text as an article has, not a reader's remark: prose of
        ``_ARTICLE_WORDS`` words or more (``_REPORTED_WORDS`` where a reporting clause closes it: ", the council
        added.") that ends like a sentence, with no exclamation,
        question, handle or emoji in it (outside quotes) and nothing a comment is made of."""
        text = ctx.doc.lines[i].text.strip()
        words = ctx.words(i)
        return (
            words >= _REPORTED_WORDS
            and ends_sentence(text)
            and ctx.is_prose(i)
            and not _CHATTY.search(_QUOTED.sub("", text))
            and not _matches_any(ctx, _COMMENT_TABLES, i, text)
            and (words >= _ARTICLE_WORDS or ctx.table("cookies", "reported").match(text) is not None)  # s36
        )

    def _between_paragraphs(self, ctx: Context, i: int, first: bool) -> str:
        """What a line that is no article paragraph says after a marker: "comment" (a
        timestamp, a comment control or commenter's line, a commenter's name below the first
        line), "doubtful" (a short sentence, a remark, a question, a name as the first line) or
        "neutral" (a subheading, a widget's word, another marker: "Proofing in a cold kitchen",
        "Share", "12 Comments")."""
        text = ctx.doc.lines[i].text.strip()
        if ctx.words(i) <= self.max_marker_words and _matches_any(ctx, _MARKER_TABLES, i, text):
            return "neutral"  # another marker: judged on its own, on what follows it
        if _matches_any(ctx, _COMMENT_TABLES, i, text):
            return "comment"
        head = self._head(ctx, i)
        if head == "stamp" or (head == "name" and not first):
            return "comment"
        if head == "name" or _CHATTY.search(text) or ends_sentence(text) or ctx.words(i) > 12:
            return "doubtful"
        return "neutral"

    def _comments_follow(self, ctx: Context, following: list[int], stamps: bool = True, marker: int = -1) -> bool:
        """A count or a bare 'Comments' heading opens a section only when comment controls
        (Reply, Report, 3 likes), commenters' lines ("Alex says:", "Hi Milan,") or, with
        ``stamps``, timestamps show up in the next ``evidence_lines``; a count line between
        article paragraphs then takes nothing with it. Near the top of the page a byline's
        date is no evidence, so ``stamps`` is off there. The marker's twin, the same words with other figures
        ("87 comments" over "112 comments"), is none either: a digest's or a feed's items each with its count."""
        # (the lines under each marker, asked again for the next: judged once a line, see Context.matches)
        tables = _FOLLOW_TABLES if stamps else _FOLLOW_TABLES[:2]
        ahead = following[: self.evidence_lines]
        if any(
            ctx.words(j) <= 12 and (ctx.matches_any(tables, j) or reply_link(ctx, j)) and not _twins(ctx, marker, j)
            for j in ahead
        ):
            return True
        # (with ``stamps``, two short lines with a day's date and a clock time count as one too: a forum's "Posted by
        # pete on 12 May 2024, 08:14", which the byline's tables read, not the dateline's; a live blog's entries under
        # a subheading give the time of the day alone: "Posted by Jane Smith at 06:45")
        if not stamps:
            return False
        dated = [self._dated_stamp(ctx, j) for j in ahead]
        # (each comment's text between two stamps: dated lines one right under another are a timeline's, "Eröffnet am
        # 3. Mai 2024, 09:00 Uhr" over "Geschlossen am 31. Mai 2024, 18:00 Uhr")
        if any(a and b for a, b in pairwise(dated)):
            return False
        return sum(dated) >= 2

    def _dated_stamp(self, ctx: Context, i: int) -> bool:
        """A short line with a year and a clock time ("Posted by pete on 12 May 2024, 08:14"): see :meth:`_is_stamp`."""
        return _YEAR.search(ctx.doc.lines[i].text) is not None and self._is_stamp(ctx, i)


def _twins(ctx: Context, marker: int, i: int) -> bool:
    """counts47: whether line ``i`` is the marker line's twin: the same text with other figures ("Comments: 87" and
    "Comments: 112"), a list's count under each of its items."""
    if marker < 0:
        return False
    lines = ctx.doc.lines
    a = lines[marker].text
    b = lines[i].text
    return _DIGIT.search(a) is not None and _FIGURES.sub("0", a) == _FIGURES.sub("0", b)


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
    """The comment widget's controls and notices. A forum post's user box is a run of label rows with
    figures ("Messages : 123" / "Inscription : 12 janv. 2019" / "Localisation : Lyon") next to a post:
    a row whose label also names an event's registration (table ``user_box``: "Inscription : 15 mars
    2024") goes only where another such row stands within a few lines of one of them somewhere on the
    page (a forum's user boxes: then every one goes, a box of one such row among them); alone on the
    page it is the article's and stays. A bare reply control between a question and its answer ("Reply",
    "Antwort" under a question, over the answer's paragraph) is a Q&A's label and stays too."""

    name = "comment-ui"
    family = "comments"
    description = "Reply/report/like buttons, comment counts, comment-form notices."
    tables: ClassVar[dict[str, str]] = {
        "ui": "comment widget control or notice",
        "user_box": "row of a forum post's user box",
        "quote_label": "label of a forum post's quote box",
    }
    default_max_words = 30

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        # (a row of the article's fact box whose label a forum's user box also has: "Posts: 4" over "Rails: 6"
        # and "Postcrete: 4 bags" in a how-to's materials)
        facts = fact_box_rows_in_text(ctx, ctx.doc.kept(), mine, hits)
        labels = self._answer_labels(ctx, mine, hits) | self._quote_labels(ctx, mine)
        labels |= table_heading(ctx, mine)  # daily41: a prize table's one-word heading ("Quote")
        labels |= own_language_heading(ctx, mine, self.family, self.name)  # s43: Italian "Quote" over the odds
        return facts | self._user_box_spared(ctx, mine) | labels | answer_labels(ctx, mine)  # letters40

    def _quote_labels(self, ctx: Context, mine: list[int]) -> set[int]:
        """(left33) Of ``mine``, the quote box's labels alone ("Quote:", "Zitat:"; table ``quote_label``) that stand
        over no quote header: the next kept line is not one the ui table takes ("Originally Posted by bikerdude77").
        Alone such a label heads a quotation the article gives."""
        lines = ctx.doc.lines
        out: set[int] = set()
        label: Table | None = None
        for i in mine:
            if ":" not in lines[i].text or ctx.words(i) > _QUOTE_LABEL_WORDS:
                continue
            if label is None:
                label = ctx.table(self.family, "quote_label")
            if label.match(lines[i].text) is None or ctx.table(self.family, "ui").match(lines[i].text) is not None:
                continue
            rest = range(i + 1, len(lines))
            under = next((j for j in rest if lines[j].removal is None and lines[j].text.strip()), -1)
            if under < 0 or ctx.table(self.family, "ui").match(lines[under].text) is None:
                out.add(i)
        return out

    def _answer_labels(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """Of ``mine``, the bare reply controls ("Reply", "Antwort": table ``reply``) between a question and its
        answer: a Q&A's label, the line over it kept prose that ends asking, the line under it kept prose too. A
        comment's "Reply" under a reader's question has the next commenter's name under it, or a time."""
        reply = ctx.table(self.family, "reply")
        lines = ctx.doc.lines
        out: set[int] = set()
        for i in mine:
            if i == 0 or i + 1 >= len(lines) or not reply.match(lines[i].text):
                continue
            over, under = i - 1, i + 1
            if lines[over].removal is not None or lines[under].removal is not None or over in hits or under in hits:
                continue
            if (
                _ASKS.search(lines[over].text) is not None
                and ctx.is_prose(over)
                and ctx.is_prose(under)
                and not _CHATTY.search(_QUOTED.sub("", lines[under].text))
            ):
                out.add(i)
        return out

    def _user_box_spared(self, ctx: Context, mine: list[int]) -> set[int]:
        box = ctx.table(self.family, "user_box")
        if not box.patterns:
            return set()
        lines = ctx.doc.lines
        rows = [i for i in mine if box.match(lines[i].text)]
        if not rows:
            return set()
        ui = ctx.table(self.family, "ui")

        def box_row(j: int) -> bool:
            text = lines[j].text
            return _user_box_row(text) and (ui.match(text) is not None or box.match(text) is not None)

        for i in rows:
            near = range(max(0, i - _USER_BOX_GAP), min(len(lines), i + _USER_BOX_GAP + 1))
            if any(j != i and box_row(j) for j in near):
                return set()  # a user box: the page is a forum's
        return set(rows)
