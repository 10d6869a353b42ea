"""Line-level explanation of a page score, for ``--show-worst``.

A shingle score says *how much* went wrong; a developer needs *which lines*. Two lists answer that:

* over-stripping — input lines the cleaner dropped although their words are in the gold body (recall loss);
* residue — output lines whose words are not in the gold body (precision loss).

"A line is in a text" is judged on the same ``\\w+`` tokens as the score: at least half of the line's
4-token shingles occur in the text (lines under 4 tokens: the whole token run occurs there), so quote
styles, spacing and punctuation never make a line look different.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.scoring import SHINGLE_SIZE, shingles, tokenize

COVERED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """A text's tokens prepared for fast "does this line occur here" checks."""

    joined: str
    shingle_set: frozenset[tuple[str, ...]]

    @classmethod
    def of(cls, text: str) -> TokenIndex:
        tokens = tokenize(text)
        return cls(joined=" " + " ".join(tokens) + " ", shingle_set=frozenset(shingles(tokens)))

    def covers(self, line: str) -> bool | None:
        """Whether ``line``'s words occur in the indexed text; ``None`` for a line without words."""
        tokens = tokenize(line)
        if not tokens:
            return None
        if len(tokens) < SHINGLE_SIZE:
            return " " + " ".join(tokens) + " " in self.joined
        line_shingles = list(shingles(tokens).elements())
        found = sum(1 for sh in line_shingles if sh in self.shingle_set)
        return found >= COVERED_SHARE * len(line_shingles)


@dataclass(frozen=True, slots=True)
class LineDiff:
    """Lines explaining a page's recall loss (``over_stripped``) and precision loss (``residue``)."""

    over_stripped: list[str]
    residue: list[str]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def line_diff(source: str, output: str, gold: str) -> LineDiff:
    """Compare the cleaner's input, its output and the gold body line by line."""
    gold_index = TokenIndex.of(gold)
    output_index = TokenIndex.of(output)
    over = [
        line
        for line in _lines(source)
        if output_index.covers(line) is False and gold_index.covers(line) is True
    ]
    residue = [line for line in _lines(output) if gold_index.covers(line) is False]
    return LineDiff(over_stripped=over, residue=residue)


def _clip(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 3] + "..."


def format_diff(diff: LineDiff, max_lines: int = 8, width: int = 110) -> list[str]:
    """Compact rendering: ``- `` over-stripped gold lines, ``+ `` residue lines, capped per kind."""
    out: list[str] = []
    sections = (
        ("-", "over-stripped (in gold, removed)", diff.over_stripped),
        ("+", "residue (kept, not in gold)", diff.residue),
    )
    for marker, label, lines in sections:
        out.append(f"    {label}: {len(lines)} line(s)")
        out.extend(f"    {marker} {_clip(line, width)}" for line in lines[:max_lines])
        if len(lines) > max_lines:
            out.append(f"    {marker} ... {len(lines) - max_lines} more")
    return out
