"""Lines glued together from several residue sentences.

Vocabulary tables match a whole line, so "Get the latest updates in your inbox.
Subscribe to our newsletters." or "Email the author at x@example.com. Follow us on
Twitter." slip through: each sentence is residue, the pair is no pattern. This pass splits
a short line into sentences and removes it only when *every* sentence is residue by some
vocabulary pass's table (with that pass's word limit): one sentence of article text keeps
the whole line.

The same holds for a line of parts joined by spaced separators (" - ", " | ", " · "):
"05/10/2018 - Posted by: Jane Doe - Category: Health" is a date, a byline and a
category label, each residue alone; "Paris - The minister said on Tuesday that…" keeps,
and so does a line of dates alone ("29 November 2018 | 20 January 2019": when an
exhibition runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import kernels
from ..context import Context, table_matches
from ..sentences import (
    first_sentence,
    gate,
    may_break,
    residue_of,
    residue_reason,
    split_sentences,
    tables,
)
from ..textstats import ends_colon, ends_sentence
from ..vocab import Table, markdown_on, markdown_view
from .base import _REPORTED_MIN_WORDS, Pass
from .metadata import Dateline

_DATE_REASON = Dateline.tables["dateline"]
# a line ending in one of these is a quote, a bracket or a row of data, not a heading
_HEADING_CLOSERS = "\"'”’»)]|;,"


# A separator between the parts of a metadata line: a dash, bar or dot with spaces around it.
# (The mark first, its spaces checked after: ``re`` then skips to the next mark instead of trying
# every position, and ``\s+`` first would be quadratic on long blanks; spaces are stripped after.)
_PART_BREAK = re.compile(r"[-–—|·•](?<=\s[-–—|·•])(?=\s)")
# its marks, for the kernel's scan (:func:`has_part_break`; None where it was not built)
_SPACED: Callable[[str, Any], bool] | None = kernels.SPACED
_PART_MARKS: Any = kernels.char_set("-–—|·•")


def has_part_break(text: str) -> bool:
    """Whether ``_PART_BREAK`` matches in a line's text (normalised: its only whitespace is the space, see
    :func:`~cleaner.document.normalize_space`): C-speed scans for a separator between spaces first, where the
    regex tests each character against its class (most short lines have none); the C kernel's one scan where it
    was built."""
    if _SPACED is not None:
        return _SPACED(text, _PART_MARKS)
    return (
        " - " in text or " | " in text or " – " in text or " — " in text or " · " in text or " • " in text
    ) and _PART_BREAK.search(text) is not None


def split_parts(text: str) -> list[str]:
    """The parts of a line between spaced separators (the line itself when it has none)."""
    return [p for p in (part.strip() for part in _PART_BREAK.split(text)) if p]


class GluedResidue(Pass):
    name = "glued-residue"
    family = "glued"
    description = (
        "A line whose every sentence, or every part between separators, is residue (a sign-up prompt glued to a "
        "follow-us line; a date, a byline and a category label)."
    )

    def __init__(self, max_words: int = 40, max_sentences: int = 4, max_first_words: int = 16,
                 max_parts: int = 6) -> None:
        self.max_parts = max_parts
        self.max_words = max_words
        self.max_first_words = max_first_words
        self.max_sentences = max_sentences

    def run(self, ctx: Context) -> None:
        # Lines with a sentence break inside, and the text before the first break.
        lines: list[tuple[int, str]] = []
        firsts: list[str] = []
        parted: list[tuple[int, list[str]]] = []  # lines of parts between separators
        counts = ctx.word_counts()
        doc_lines = ctx.doc.lines
        markdown = markdown_on()  # (in a text that holds Markdown, a line is read as its markup-free view)
        for index in ctx.doc.kept():
            words = counts[index]
            if words > self.max_words or words < 2:
                continue  # (one word: no sentence break, no separator between parts)
            text = doc_lines[index].text
            if markdown:
                text = markdown_view(text) or text  # ("7\\. Februar 2024 · Lesezeit: 5 Minuten" reads "7. Februar …")
            # (a break needs a mark with a space and a character after it: most lines hold no mark before their
            # last two characters, which four C-speed scans tell without a call)
            body = text[:-2]
            first = first_sentence(text) if "." in body or "?" in body or "!" in body or "…" in body else None
            if first and first.count(" ") < self.max_first_words:  # residue opens short
                lines.append((index, text))
                firsts.append(first)
            elif words >= 3 and has_part_break(text):
                parts = split_parts(text)
                if 2 <= len(parts) <= self.max_parts and parts[0].count(" ") < self.max_first_words:
                    parted.append((index, parts))
        if not lines and not parted:
            return
        chosen = tables(ctx)
        reported = ctx.table("cookies", "reported")
        # One RE2 scan (see cleaner.gate) over the opening sentences rules out most lines:
        # an article paragraph opens with a sentence no pattern can match. The rest are
        # split, gated sentence by sentence, and only then run the exact patterns.
        # (the first parts of the lines of parts go into the same scan: a line whose first part no pattern
        # can match keeps, whatever its other parts are, and those are then scanned for the rest alone)
        rx = gate(ctx.vocab_languages)
        if rx is not None:
            maybe = rx.lines(firsts + [parts[0] for _i, parts in parted])
            if maybe is not None:
                lines = [line for line, ok in zip(lines, maybe, strict=False) if ok]
                parted = [line for line, ok in zip(parted, maybe[len(firsts) :], strict=True) if ok]
        candidates = [(index, split_sentences(text)) for index, text in lines]
        candidates = [(i, ss) for i, ss in candidates if 2 <= len(ss) <= self.max_sentences] + parted
        parted_at = {index for index, _parts in parted}
        flat = [sentence for _i, sentences in candidates for sentence in sentences]
        maybe = rx.lines(flat) if rx is not None and flat else None
        at = 0
        for index, sentences in candidates:
            passed = maybe is None or all(maybe[at : at + len(sentences)])
            at += len(sentences)
            if not passed:
                continue
            reasons: list[str] = []
            for sentence in sentences:
                reason = residue_reason(sentence, chosen)
                if reason is None or _told(reported, sentence):
                    break
                reasons.append(reason)
            else:
                unique = list(dict.fromkeys(reasons))
                if index in parted_at and unique == [_DATE_REASON]:
                    continue  # "29 November 2018 | 20 January 2019": an event's dates, not a dateline
                what = "part" if index in parted_at else "sentence"
                ctx.doc.remove(index, self.name, f"every {what} is residue: " + "; ".join(unique))


def _told(reported: Table, sentence: str) -> bool:
    """The residue ``sentence`` is told as news: ``_REPORTED_MIN_WORDS`` words or more, ended, a reporting
    clause after the matched words ("This post contains affiliate links, the editor conceded in a note on
    Tuesday."), as the vocabulary passes judge a line (:meth:`~.base.VocabGroup._spare`)."""
    return (
        bool(reported.patterns)
        and sentence.count(" ") + 1 >= _REPORTED_MIN_WORDS
        and ends_sentence(sentence)
        and bool(reported.match(sentence))
    )


def _question(sentence: str) -> bool:
    """The sentence asks ("Already a member?", "Did you make this recipe?"): what follows may answer it
    in the article's own words ("Then you get in free."), so a question opens no pitch."""
    return sentence.rstrip().rstrip(_HEADING_CLOSERS)[-1:] in "?？"


class EdgePitch(Pass):
    """The article's first or last line when it is a pitch to the reader glued into one paragraph.

    Sign-up boxes, membership pitches and author bios reach the text as one line of several
    sentences, only one of which any vocabulary matches: "If you enjoyed this article, we have a
    proposition for you: Join X. Members get all of our content …", "Start your day with X. X is
    … Sign up for the free daily newsletter.", "Jane Doe's book … is out now. Follow her on Twitter
    @jdoe." The line goes when it stands at an edge of the text (the first or the last line kept,
    after every other pass) and a call opens or closes it:

    * opens it: a call to sign up or subscribe (``signup`` tables ``newsletter``, ``paywall``) when
      another of its sentences speaks to the reader (``promos`` table ``reader``: "… offers you all
      you need"; "Sign up to vote by October 10. The state has added 40 polling places." is news),
      and at the tail also a pitch about this very text or the outlet's feed (``promos`` table
      ``pitch``: "If you enjoyed this article, …", "Follow @Deals on Twitter to keep up with …")
      or an author's sign-off (``promos`` table ``sign_off``: "Follow him on Twitter @jdoe");
    * closes it, with only residue after it: at the head a call to sign up or subscribe after a
      sentence that speaks to the reader (a newsletter's blurb before the article: "Start your day
      with …"), at the tail an author's sign-off (a bio). A call that closes the article's last
      paragraph is otherwise the article's ("Tickets are on sale at the town hall. Sign up for the
      regatta newsletter …").

    The call must be a sentence of its own that a table matches whole, not one told as news
    ("Sign up early, the organisers urged."), and no question opens a pitch or comes right before
    its closing call (what follows a question answers it in the article's voice: "Already a member?
    Then you get in free."). A line of one sentence is the vocabulary passes' to judge; a line of
    more than ``max_sentences`` sentences or ``max_words`` words is a paragraph of the article; the
    only paragraph is the article itself. A short heading right over a pitch at the tail
    ("Something to Consider") goes with it: no article section is empty.
    """

    name = "edge-pitch"
    family = "glued"
    description = (
        "The first or last paragraph when a sign-up, subscription or follow call opens or closes it (a membership "
        "pitch, a newsletter's blurb, an author's bio ending in 'Follow her on Twitter')."
    )

    def __init__(self, max_words: int = 90, max_sentences: int = 6, max_call_words: int = 40,
                 max_heading_words: int = 6) -> None:
        self.max_heading_words = max_heading_words
        self.max_words = max_words
        self.max_sentences = max_sentences
        self.max_call_words = max_call_words

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        if len(kept) < 2:
            return
        signup = [ctx.table("signup", "newsletter"), ctx.table("signup", "paywall")]
        pitch = [ctx.table("promos", "pitch")]
        sign_off = [ctx.table("promos", "sign_off")]
        for index, tail in ((kept[0], False), (kept[-1], True)):
            words = ctx.words(index)
            if words > self.max_words or words < 4 or not may_break(ctx.doc.lines[index].text):
                continue
            if not any(ctx.is_prose(i) for i in ctx.doc.kept() if i != index):
                continue  # the only paragraph: the article itself
            sentences = split_sentences(ctx.doc.lines[index].text)
            if not 2 <= len(sentences) <= self.max_sentences:
                continue
            why = None
            if not _question(sentences[0]) and (
                (tail and self._call(ctx, sentences[0], pitch + sign_off))
                or (self._call(ctx, sentences[0], signup) and self._to_reader(ctx, sentences[1:]))
            ):
                why = "opened by a call to sign up, subscribe or follow"
            elif (tail and self._closed(ctx, sentences, sign_off)) or (
                # (the cheap test first: most first paragraphs speak to no reader)
                not tail and self._to_reader(ctx, sentences[:-1]) and self._closed(ctx, sentences, signup)
            ):
                why = "closed by a call to sign up, subscribe or follow"
            if why is None:
                continue
            where = "last" if tail else "first"
            ctx.doc.remove(index, self.name, f"pitch to the reader as the {where} paragraph: {why}")
            if tail and len(kept) > 2 and self._heading(ctx, kept[-2]):
                line = ctx.doc.lines[index]
                ctx.doc.remove(kept[-2], self.name, f"heading of the pitch at line {line.lineno}")

    def _heading(self, ctx: Context, index: int) -> bool:
        """A short heading over the pitch ("Something to Consider"): no list item, no sentence, no colon."""
        line = ctx.doc.lines[index]
        text = line.text.rstrip()
        return (
            not line.lead
            and 1 <= ctx.words(index) <= self.max_heading_words
            and not ends_sentence(text)
            and not ends_colon(text)
            and text[-1:] not in _HEADING_CLOSERS
        )

    def _to_reader(self, ctx: Context, sentences: list[str]) -> bool:
        """One of ``sentences`` speaks to the reader ("Start your day with …", "… offers you all you
        need"): a bare sign-up call ("Sign up to vote by October 10.") opens or closes news as well as a
        pitch, and only a pitch talks to its reader."""
        reader = ctx.table("promos", "reader")
        return any(reader.match(sentence) for sentence in sentences)

    def _call(self, ctx: Context, sentence: str, chosen: list[Table]) -> bool:
        """``sentence`` is a call one of the ``chosen`` tables matches whole, not reported."""
        if sentence.count(" ") + 1 > self.max_call_words:
            return False
        # (each table asked of its own small gate, not of the RE2 gate over every vocabulary table that residue_of
        # asks: a sentence that gate has not met makes it build new DFA states, several times the small gates'
        # cost, and on a stream of new pages most sentences are new)
        if not any(table_matches(t, sentence) for t in chosen):
            return False
        reported = ctx.table("cookies", "reported")
        return not (reported.patterns and ends_sentence(sentence) and reported.match(sentence))

    def _closed(self, ctx: Context, sentences: list[str], closers: list[Table]) -> bool:
        """The line's last sentences are residue (every vocabulary table counts), one of them a
        call of ``closers``, and an article sentence comes before them."""
        called = False
        for at in range(len(sentences) - 1, 0, -1):
            sentence = sentences[at]
            if self._call(ctx, sentence, closers):
                called = True
            elif residue_of(ctx, sentence) is None:
                return False
            if called:
                # (after a question the call answers it, in the article's voice: "Want more proof? Sign up for a
                # gym class and watch what happens to your blood pressure.")
                return not _question(sentences[at - 1])
        return False
