"""minutes51: a meeting's minutes, whose head and tail are short lines of names that edge-furniture read as the page's
run of furniture.

- at the head (before the article's first paragraph): the minutes open on their attendance list, a label closed by its
  colon (table ``structure.attendance_label``: "Present:", "Apologies: Keith Rowe", "Anwesend:", "Étaient présents :",
  "Asistentes:", "Presenti:", "Aanwezig:") and the names under it, one a line ("Jane Howell (Chair)", "Mike Turner"),
  or the next label ("Absent: None"). From the first such label down to the first paragraph the lines are the
  minutes': a site's menu stands over the minutes' title, not under their attendance list. The label is looked for
  only on a line holding a colon, and only in the region before the first paragraph.
- at the tail (right under the article's last kept line): the minutes' signature lines, a name and the signer's role
  parted by a comma (table ``structure.meeting_role``: "Angela Pruitt, City Clerk", "La directrice, Mme Perrin", "La
  secrétaire de séance, Mme Roussel", "Respectfully submitted, Lisa Park, Board Secretary"), up to ``_SIGNATURES`` of
  them one under the other, each short, with no figure. A footer's line has no officer's role beside a name
  ("Académie de Nantes", "Privacy, Terms", "Mayor, Council and Committees": no name), and the first line must stand
  right under a kept line: a signature under the page's residue is no article's. (The role's table is read only of
  a short line holding a comma there.)
- :func:`signed_line` (the dateline pass's guard): the date right under a signature ("Signed (Chair): Jane Howell"
  over "Date: 11 March 2026", table ``structure.signature_mark``), after the text's closing sentence, is the date the
  minutes were signed, as a notice's date of issue under its issuer.

The kept lines count in the run as the page's lines beside them (the caller counts them as closers): the menu over the
minutes' title and the footer under their signatures still go.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from .edge_headings import TAIL
from .edge_shared import text_above

#: The most signature lines under the minutes' last line, and the most words of each.
_SIGNATURES: Final = 3
_SIGNATURE_WORDS: Final = 8
#: The colons a label closes on.
_COLONS: Final = (":", "：")


def minutes_kept(ctx: Context, region: range, furniture: list[int], where: str) -> list[int]:
    """``furniture`` less a meeting's attendance list at the head, or its signature lines at the tail (see the
    module's docstring)."""
    if not furniture:
        return furniture
    if where == TAIL:
        return _signatures(ctx, furniture)
    return _attendance(ctx, region, furniture)


def _attendance(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    lines = ctx.doc.lines
    table = None
    for i in region:
        line = lines[i]
        text = line.text
        if line.removal is not None or not any(c in text for c in _COLONS):
            continue
        if table is None:
            table = ctx.table("structure", "attendance_label")
            if not table.patterns:
                return furniture
        if table.match(text.strip()) is not None:
            return [k for k in furniture if k < i]
    return furniture


def _signatures(ctx: Context, furniture: list[int]) -> list[int]:
    lines = ctx.doc.lines
    first = min(furniture)
    above = text_above(ctx, first)
    if above < 0 or lines[above].removal is not None:
        return furniture
    taken = set(furniture)
    keep: list[int] = []
    i = first
    table = None
    while i in taken and len(keep) < _SIGNATURES:
        text = lines[i].text.strip()
        if "," not in text or ctx.words(i) > _SIGNATURE_WORDS or ctx.digit(i) or not text[:1].isupper():
            break
        if table is None:
            table = ctx.table("structure", "meeting_role")
            if not table.patterns:
                return furniture
        # (the role before the name or after it: "La directrice, Mme Perrin", "Respectfully submitted, Lisa Park,
        # Board Secretary")
        parts = [part.strip().rstrip(".") for part in text.split(",")]
        roles = [k for k, part in enumerate(parts) if table.match(part) is not None]
        # (and a name beside it, each word capitalised: a footer's "Mayor, Council and Committees" names none)
        if not roles or not any(k not in roles and _name(part) for k, part in enumerate(parts)):
            break
        keep.append(i)
        i += 1
        while i < len(lines) and not lines[i].text.strip():
            i += 1
    return [k for k in furniture if k not in keep] if keep else furniture


def _name(text: str) -> bool:
    """Whether ``text`` reads as a signer's name: two to ``_NAME_WORDS`` words, each capitalised or a name's particle
    ("Lisa Park", "Mme Perrin", "J. van Dijk")."""
    words = text.split()
    return 1 < len(words) <= _NAME_WORDS and all(w[:1].isupper() or w in _PARTICLES for w in words)


_NAME_WORDS: Final = 5
_PARTICLES: Final = frozenset(
    {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "dos", "y", "ter"}
)


def signed_line(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a signature (table ``structure.signature_mark``: "Signed (Chair): Jane Howell", "gez. Frank
    Schmidt") of ``_SIGNED_WORDS`` words at the most: the dateline pass keeps the date right under it, after the
    text's closing sentence, as the date a notice's issuer signs ("Date: 11 March 2026" under the chair's signature)."""
    if ctx.words(i) > _SIGNED_WORDS:
        return False
    table = ctx.table("structure", "signature_mark")
    return bool(table.patterns) and table.match(ctx.doc.lines[i].text.strip()) is not None


_SIGNED_WORDS: Final = 5
