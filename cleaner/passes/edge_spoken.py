"""Spoken text at the article's edge: a transcript's, a debate's or a script's speaker labels on their own line
("KARL:", "Ms HUGHES:", "De voorzitter:", "Sir Peter LOWE (Somerton) (Conservative):") and the short turns under
them ("Nein.", "Yes.", "(Pause.)", "(Laughter)"). Short and without a sentence's words, they look like the page's
furniture once the article's last long paragraph stands above them (a play's dialogue, a debate closing on one-word
answers). The edge guards (:mod:`.structure`'s edge-furniture) and clock-line (a debate's sitting time over its first
speaker) ask it.

A speaker's label ends in a colon, opens in a capital and has a speaker's turn right under it, a line that closes a
sentence or a bracketed stage direction; it is a dialogue's when another such label stands within ``_REACH`` lines of
it. A menu's or a box's label ("Share:", "Mehr zum Thema:", "Follow us:") stands over links and buttons, which close
no sentence, and a lone label over a sentence ("Key points:") has no second one beside it.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

_REACH: Final = 8  # lines between two labels of one dialogue (a turn of a few lines under each)
_LABEL_WORDS: Final = 12  # "The Minister of State, Department for Transport (Ms Claire Hughes):"


def _turn(ctx: Context, j: int) -> bool:
    """Whether line ``j`` (not removed) can be a speaker's turn: it closes a sentence ("Yes.", "Welcher Brief?") or is
    a stage direction in brackets ("(Laughter)", "[Interruption.]")."""
    line = ctx.doc.lines[j]
    if line.removal is not None:
        return False
    text = line.text.strip()
    if not text or ends_colon(text):
        return False
    return ends_sentence(text) or (text[0] in "([" and text[-1] in ")]")


def speaker_label(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a speaker's label: short, closed by a colon and by no other before it, opening in a
    capital, a turn right under it."""
    lines = ctx.doc.lines
    line = lines[i]
    text = line.text.strip()
    if line.removal is not None or not ends_colon(text) or not text[:1].isupper() or i + 1 >= len(lines):
        return False
    if ctx.words(i) > _LABEL_WORDS or ":" in text[:-1] or "：" in text[:-1]:
        return False
    return _turn(ctx, i + 1)


def dialogue_label(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a speaker's label in a dialogue: another label stands within ``_REACH`` lines of it."""
    if not speaker_label(ctx, i):
        return False
    lines = ctx.doc.lines
    for k in range(max(0, i - _REACH), min(len(lines), i + _REACH + 1)):
        if k != i and ends_colon(lines[k].text) and speaker_label(ctx, k):
            return True
    return False


def dialogue(ctx: Context, region: range, furniture: list[int]) -> set[int]:
    """The lines of ``region`` that are a dialogue's: each speaker's label in a dialogue (:func:`dialogue_label`) and
    the turns under it, down to the first line that is no turn (a one-word answer, "Nein.", and a stage direction,
    "(Pause.)", go on; the page's "Previous debate" ends it). Asked only where a line of ``furniture`` closes in a
    colon (most runs hold none)."""
    lines = ctx.doc.lines
    if not any(ends_colon(lines[i].text) for i in furniture):
        return set()
    out: set[int] = set()
    for i in region:
        if i in out or not ends_colon(lines[i].text) or not dialogue_label(ctx, i):
            continue
        out.add(i)
        j = i + 1
        while j < region.stop and (_turn(ctx, j) or (ends_colon(lines[j].text) and speaker_label(ctx, j))):
            out.add(j)
            j += 1
    return out
