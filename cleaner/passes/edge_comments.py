"""Readers' reactions after the article that the furniture test leaves: a thread of comments under its
count heading, counts beside a share button.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .furniture import DIGIT, decimal

_STAMP_PASSES: Final = frozenset({"dateline", "clock-line"})
_THREAD_COMMENTS = 2  # comments in a thread, each closed by the same control
_COMMENT_LINES = 3  # a comment's lines between its timestamp and its control
_CONTROL_WORDS: Final = 3  # "Reply", "Vastaa", "Atsakyti", "Report abuse"
_NAME_WORDS: Final = 4


def comment_thread(ctx: Context, region: range) -> list[int]:
    """Kept lines of a thread of reader comments after the article's last paragraph that the furniture
    test left, in any language: under the thread's heading, a word and a count ("Kommentit (3)", "Maoni 2",
    "2 comentaris"), two or more comments one after the other, each its commenter's name (or handle), its
    timestamp (a line the dateline or clock passes took), one to three lines of text and a control that
    closes it, the same word each time ("Sijoittaja82", "12.3.2024 9.41", "Hyvä tulos, mutta osinko jäi
    pieneksi.", "Vastaa"), its name and control lines gone as furniture or residue. The comments' text and
    the names kept as sentences ("Liisa K.") go. A list of events closing an article (a title, its date,
    a line about it, "Tickets") has no count over it."""
    lines = ctx.doc.lines
    if not any((r := lines[i].removal) is not None and r.pass_name in _STAMP_PASSES for i in region):
        return []  # (each comment has its timestamp another pass took: most edges have none)
    rows = [i for i in region if lines[i].text.strip()]
    for pos, i in enumerate(rows):
        if lines[i].removal is None or not _count_heading(lines[i].text):
            continue
        controls: list[str] = []
        comments: list[int] = []
        at = pos + 1
        while (unit := _comment(ctx, rows, at)) is not None:
            at, control, kept = unit
            if controls and control != controls[0]:
                break
            controls.append(control)
            comments.extend(kept)
        if len(controls) >= _THREAD_COMMENTS:
            return comments
    return []


# a comment thread's heading: a word and a count, "Kommentit (3)", "Maoni 2", "2 comentaris" (not a year)
# (each alternative starts where a word or a number starts: searched, as test_regex_safety does, a pattern
# that may start inside a long word is quadratic; the code matches it whole, where that changes nothing)
_COUNT_HEADING = re.compile(
    r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*\s?\(\d{1,3}\)|[^\W\d_][\w'’-]*\s\d{1,3})|(?<!\d)\d{1,3}\s[^\W\d_][\w'’-]*"
)


def _count_heading(text: str) -> bool:
    """``_COUNT_HEADING`` matches the whole of ``text``: tried only where a figure opens or closes it (or a
    bracket closes it) and one space at most parts its words, as on every line it matches."""
    return (
        (decimal(text[:1]) or decimal(text[-1:]) or text[-1:] == ")")
        and text.count(" ") <= 1
        and _COUNT_HEADING.fullmatch(text) is not None
    )


def _comment(ctx: Context, rows: list[int], at: int) -> tuple[int, str, list[int]] | None:
    """The comment opening at ``rows[at]``: where the next one opens, its control's text and its kept
    lines (its name, its text), or None where no name, timestamp, text and control stand there."""
    lines = ctx.doc.lines
    if at + 3 >= len(rows):
        return None
    name, stamp = rows[at], rows[at + 1]
    if lines[name].removal is None and (ctx.words(name) > _NAME_WORDS or ctx.is_prose(name)):
        return None
    if (removal := lines[stamp].removal) is None or removal.pass_name not in _STAMP_PASSES:
        return None
    # the comment's text (kept, or taken by another pass already), up to its control: the first short
    # line without a figure that is gone
    text: list[int] = []
    end = at + 2
    while end < len(rows) and len(text) <= _COMMENT_LINES and not _control(ctx, rows[end]):
        text.append(rows[end])
        end += 1
    if not text or len(text) > _COMMENT_LINES or end == len(rows):
        return None
    if any((r := lines[j].removal) is not None and r.pass_name in _STAMP_PASSES for j in text):
        return None
    kept = [j for j in (name, *text) if lines[j].removal is None]
    return end + 1, lines[rows[end]].text.casefold(), kept


def _control(ctx: Context, i: int) -> bool:
    """A comment's control that went as furniture or residue: a short line, no figure, no sentence ("Vastaa",
    "Jibu"; a comment's "Väga kasulik, aitäh!" is its text)."""
    line = ctx.doc.lines[i]
    return (
        line.removal is not None
        and ctx.words(i) <= _CONTROL_WORDS
        and not DIGIT.search(line.text)
        and not ends_sentence(line.text)
    )


# a count alone on its line: claps, likes or views ("1.2K", "142", "3,4 k")
_BARE_COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?\s?[KkMm]|\d{1,6}")
_SHARE_PASSES = frozenset({"social-buttons"})


def share_counts(ctx: Context, region: range) -> list[int]:
    """Counts alone on their lines after the article ("1.2K", "142": a post's claps or likes), a run of them right
    over or under a share button another pass took ("Share", "Follow"), with residue, the article's last paragraph
    or the page's end on their other side: the share row's figures, no article's. A figure under the article's own
    short line (a poll's "No" over "38", then "Share"), or with no share button beside it, stays."""
    lines = ctx.doc.lines
    if not any((r := lines[i].removal) is not None and r.pass_name in _SHARE_PASSES for i in region):
        return []  # (no share button another pass took on this edge, most pages: no count beside one)
    seq = [i for i in region if lines[i].text.strip()]

    def count(i: int) -> bool:
        line = lines[i]
        # (a count holds a figure: most lines are ruled out before the regex)
        return (
            line.removal is None
            and not line.lead
            and ctx.digit(i)
            and _BARE_COUNT.fullmatch(line.text.strip()) is not None
        )

    def shared(n: int) -> bool:
        return 0 <= n < len(seq) and (r := lines[seq[n]].removal) is not None and r.pass_name in _SHARE_PASSES

    def clear(n: int) -> bool:  # residue, the article's last paragraph, or nothing
        return not 0 <= n < len(seq) or lines[seq[n]].removal is not None or ctx.is_prose(seq[n])

    out: list[int] = []
    n = 0
    while n < len(seq):
        if not count(seq[n]):
            n += 1
            continue
        m = n
        while m < len(seq) and count(seq[m]):
            m += 1
        if (shared(n - 1) and clear(m)) or (shared(m) and clear(n - 1)):
            out.extend(seq[n:m])
        n = m
    return out
