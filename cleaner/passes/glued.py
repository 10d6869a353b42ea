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

from ..context import Context
from ..sentences import first_sentence, gate, residue_reason, split_sentences, tables
from .base import Pass
from .metadata import Dateline

_DATE_REASON = Dateline.tables["dateline"]


# A separator between the parts of a metadata line: a dash, bar or dot with spaces around it.
# (The mark first, its spaces checked after: ``re`` then skips to the next mark instead of trying
# every position, and ``\s+`` first would be quadratic on long blanks; spaces are stripped after.)
_PART_BREAK = re.compile(r"[-–—|·•](?<=\s[-–—|·•])(?=\s)")


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
        for index, line in ctx.doc.iter_kept():
            words = ctx.words(index)
            if words > self.max_words or words < 2:
                continue  # (one word: no sentence break, no separator between parts)
            text = line.text
            first = first_sentence(text)
            if first and first.count(" ") < self.max_first_words:  # residue opens short
                lines.append((index, text))
                firsts.append(first)
            elif words >= 3 and _PART_BREAK.search(text):
                parts = split_parts(text)
                if 2 <= len(parts) <= self.max_parts and parts[0].count(" ") < self.max_first_words:
                    parted.append((index, parts))
        if not lines and not parted:
            return
        chosen = tables(ctx)
        # One RE2 scan (see cleaner.gate) over the opening sentences rules out most lines:
        # an article paragraph opens with a sentence no pattern can match. The rest are
        # split, gated sentence by sentence, and only then run the exact patterns.
        rx = gate(ctx.vocab_languages)
        if rx is not None:
            maybe = rx.lines(firsts)
            if maybe is not None:
                lines = [line for line, ok in zip(lines, maybe, strict=True) if ok]
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
                if reason is None:
                    break
                reasons.append(reason)
            else:
                unique = list(dict.fromkeys(reasons))
                if index in parted_at and unique == [_DATE_REASON]:
                    continue  # "29 November 2018 | 20 January 2019": an event's dates, not a dateline
                what = "part" if index in parted_at else "sentence"
                ctx.doc.remove(index, self.name, f"every {what} is residue: " + "; ".join(unique))
