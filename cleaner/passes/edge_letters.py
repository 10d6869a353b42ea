"""letters40: a letters page's and an advice column's own short lines, which the shape rules read as residue: the
column's question and answer labels, the first letter's heading or its reference to the piece it answers under the
page's share row, and the signatures of readers who sign with a first name alone.

- :func:`answer_labels` (comment-ui's guard): an advice column's answer label alone on its line (table
  ``structure.answer_label``: "Respuesta", "Resposta", "Antwort", "La réponse de la psy") reads as a comment's reply
  button; it stays under the column's question label (table ``structure.question_label``: "Pregunta", "Pergunta",
  "Frage") over the reader's letter, the line under it kept and closing a sentence (the answer's first). A comment's
  "Responder" or "Antwort" button has no question label over its thread;
- :func:`letters_head` (edge-furniture's guard at the head): the line right over the first paragraph stays when it is
  the column's question label with its answer label further down (as above), a reference to the piece a letter
  answers (a short line closing on a colon that quotes its title: "Zu „Rente mit 70“ vom 8. März:", "Re “Why I
  Stopped Recycling” (Op-Ed, March 10):"), or the first letter's own heading on a page whose other letters each stand
  under a heading right under the signature of the letter before ("Treni in ritardo" under "Franco Bellini,
  Verona"). A menu's last item over a story's first paragraph has no such headings down the page;
- :func:`first_name_signatures` (edge-furniture's guard at the tail): a readers' page signs with a first name and a
  town ("Nadia, Tourcoing", "Claire, 41, Swindon") or a name with a lower-case particle ("Fatima el Amrani, Almelo"),
  or the town in brackets ("Regina Coelho (Belo Horizonte, MG)"), or a name alone over its town alone ("Ann and Bryn
  Davies" / "Monmouth"): the last one, under the page's last sentence (inside its closing quote too: "… ? »"),
  stays when another line of the page signs the same way right under a sentence (a name over its town: and over the
  next letter's sentence). edge_reading's ``letter_signatures`` asks two capitalised words of a name and a comma or
  a full stop on one line; a name and a place alone under one story ("Paris, France", "Quick Links" / "Home") with
  no other signature on the page still go with the footer's run.

Cost: each guard reads one line first (the head's last line of furniture, the tail's lines with a comma or a
bracket, or a short capitalised line over another) and scans the page only for a line that passed its shape.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_reading import _SIGNATURE
from .edge_shared import _CAPITAL, text_above

#: The most lines between a column's question label and its answer label (the reader's letter and signature).
_QUESTION_REACH: Final = 40
#: The most words of a label, a letter's heading and a reference line.
_LABEL_WORDS: Final = 6
_HEADING_WORDS: Final = 9
_REFERENCE_WORDS: Final = 20
#: The most words of a signature line ("Claire, 41, Swindon", "Paulo Henrique Araújo (Campinas, SP)").
_SIGNATURE_WORDS: Final = 10

# a reference to the piece a letter answers: a quoted title inside a line closing on a colon
_QUOTED: Final = re.compile(r"[„“\"«‘'‚‹»][^„“”\"«»]{3,120}[“”\"»’'‘›«]")

_WORD = _CAPITAL + r"[\w'’-]*\.?"  # a name's or a place's word, an initial's full stop with it ("P.", "Dr.")
_NAME = _WORD + r"(?: (?:" + _WORD + r"|[a-z]{1,3}))"  # then its other words, or a particle ("el", "van", "de")
_AGE = r"(?:, \d{1,3}(?: (?:ans|años|anni|anos|jaar|Jahre|years))?)?"  # "Claire, 41, Swindon", "Julie, 34 ans, Nantes"
# a reader's signature: a first name alone or a name with a lower-case particle, an age or none, then the town after a
# comma ("Nadia, Tourcoing", "Fatima el Amrani, Almelo")
_FIRST_NAME_SIGNATURE: Final = re.compile(
    r"\A" + _NAME + r"{0,4}" + _AGE + ", " + _CAPITAL + r"[^,.!?]{0,40}(?:, " + _CAPITAL + r"[^,.!?]{0,30})?\Z"
)
# or a name and the town in brackets ("Regina Coelho (Belo Horizonte, MG)")
_BRACKET_SIGNATURE: Final = re.compile(r"\A" + _NAME + r"{1,5} \(" + _CAPITAL + r"[^()]{1,40}\)\Z")
# a name alone on its line over its town alone ("Joan Pritchard" / "Abergavenny", "Ann and Bryn Davies" / "Monmouth")
_NAME_LINE: Final = re.compile(
    r"\A(?:(?:Dr|Mr|Mrs|Ms|Rev|Prof)\.? )?" + _WORD + r"(?: (?:" + _WORD + r"|[a-z]{1,3}|and|&|und|et|y|e|en)){1,5}\Z"
)
_PLACE_LINE: Final = re.compile(
    r"\A" + _WORD + r"(?:[ -](?:" + _WORD + r"|[a-z]{1,3})){0,3}(?:, " + _WORD + r"(?: " + _WORD + r"){0,2})?\Z"
)


_CLOSING_QUOTES: Final = "»”“\"’'›"


def _closes(text: str) -> bool:
    """Whether ``text`` closes a sentence, inside its closing quote too ("… les enfants ? »", "… any day.\"")."""
    if ends_sentence(text):
        return True
    return text[-1:] in _CLOSING_QUOTES and ends_sentence(text.rstrip(_CLOSING_QUOTES).rstrip())


def _under(ctx: Context, i: int) -> int:
    """The nearest line with text under line ``i`` (len(lines): none)."""
    lines = ctx.doc.lines
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j


def _over_sentence(ctx: Context, i: int) -> bool:
    """Whether the line under line ``i`` is kept and closes a sentence."""
    lines = ctx.doc.lines
    below = _under(ctx, i)
    return below < len(lines) and lines[below].removal is None and ends_sentence(lines[below].text.strip())


def _label(ctx: Context, i: int, name: str) -> bool:
    """Whether line ``i`` is a short label of table ``structure.<name>`` over a line closing a sentence."""
    return (
        ctx.words(i) <= _LABEL_WORDS
        and ctx.table("structure", name).match(ctx.doc.lines[i].text.strip()) is not None
        and _over_sentence(ctx, i)
    )


def _question_over(ctx: Context, i: int) -> bool:
    """Whether a question label over a sentence stands within ``_QUESTION_REACH`` lines over line ``i``."""
    return any(_label(ctx, j, "question_label") for j in range(i - 1, max(-1, i - 1 - _QUESTION_REACH), -1)
               if ctx.words(j) <= _LABEL_WORDS and ctx.doc.lines[j].text.strip())


def answer_labels(ctx: Context, mine: list[int]) -> set[int]:
    """Of ``mine`` (comment-ui's lines), the column's answer labels under its question label (see the module's
    docstring)."""
    if not ctx.table("structure", "answer_label").patterns:
        return set()
    lines = ctx.doc.lines
    return {i for i in mine if ctx.words(i) <= _LABEL_WORDS and len(lines[i].text) < 60
            and _label(ctx, i, "answer_label") and _question_over(ctx, i)}


def _answered(ctx: Context, i: int) -> bool:
    """Whether an answer label over a sentence stands within ``_QUESTION_REACH`` lines under line ``i``."""
    lines = ctx.doc.lines
    return any(_label(ctx, j, "answer_label") for j in range(i + 1, min(len(lines), i + 1 + _QUESTION_REACH))
               if ctx.words(j) <= _LABEL_WORDS and lines[j].text.strip())


def _signature_line(text: str) -> bool:
    """Whether ``text`` reads as a reader's signature (edge_reading's or this module's shapes)."""
    return (
        _SIGNATURE.fullmatch(text) is not None
        or _FIRST_NAME_SIGNATURE.match(text) is not None
        or _BRACKET_SIGNATURE.match(text) is not None
    )


def _heading(ctx: Context, i: int) -> bool:
    """Whether line ``i`` could be a letter's heading: short, opening on a capital, closing no sentence or colon."""
    text = ctx.doc.lines[i].text.strip()
    return (
        0 < ctx.words(i) <= _HEADING_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def _headed_letters(ctx: Context, start: int) -> bool:
    """Whether from line ``start`` down, a kept letter's heading stands right under a signature (itself right under a
    sentence) and right over a sentence: the page heads its letters."""
    lines = ctx.doc.lines
    for j in range(start, len(lines)):
        line = lines[j]
        if line.removal is not None or not _heading(ctx, j) or not _over_sentence(ctx, j):
            continue
        sig = text_above(ctx, j)
        if sig < 0 or lines[sig].removal is not None or ctx.words(sig) > _SIGNATURE_WORDS + 6:
            continue
        text = lines[sig].text.strip()
        if ends_sentence(text) or not _signature_line(text):
            continue
        over = text_above(ctx, sig)
        if over >= 0 and lines[over].removal is None and _closes(lines[over].text.strip()):
            return True
    return False


def letters_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the line right over the first paragraph when it is the column's question label, a letter's
    reference to the piece it answers or the first letter's heading (see the module's docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    last = max(furniture)
    if region.stop >= len(lines) or any(
        lines[j].removal is not None or (lines[j].text.strip() and not _closes(lines[j].text.strip()))
        for j in range(last + 1, region.stop)
    ):
        return furniture  # (the line right over the text: the first paragraph, or the short sentences over it)
    text = lines[last].text.strip()
    if not text[:1].isupper() and text[:1] not in "„“\"«":
        return furniture
    words = ctx.words(last)
    if text.endswith(":"):
        keep = words <= _REFERENCE_WORDS and _QUOTED.search(text) is not None
    elif words <= _LABEL_WORDS and ctx.table("structure", "question_label").match(text) is not None:
        keep = _over_sentence(ctx, last) and _answered(ctx, last)
    else:
        keep = _heading(ctx, last) and _headed_letters(ctx, region.stop)
    return furniture[:-1] if keep else furniture


def first_name_signatures(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a reader's signature of a first name and a town, or a name and the town in brackets, under
    the page's last sentence, where another line of the page signs the same way (see the module's docstring)."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    gone = set(furniture)
    for i in furniture:
        text = lines[i].text.strip()
        if ctx.words(i) > _SIGNATURE_WORDS or not text[:1].isupper() or ends_sentence(text):
            continue
        if "," not in text and "(" not in text:
            # (the name over its town, the name in the run or kept by another guard: the town is the run's line)
            name = text_above(ctx, i)
            if name >= 0 and (name in gone or lines[name].removal is None) and _pair(ctx, name, i) and (
                _signed_in_pairs(ctx, name)
            ):
                keep.update((name, i))
            continue
        shape = _shape(text)
        if shape is None:
            continue
        over = text_above(ctx, i)
        if over < 0 or lines[over].removal is not None or not _closes(lines[over].text.strip()):
            continue
        if _signed_alike(ctx, i, shape):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def _shape(text: str) -> str | None:
    """Which of this module's signature shapes ``text`` has ("comma", "bracket"), None when neither."""
    if _FIRST_NAME_SIGNATURE.match(text) is not None:
        return "comma"
    if _BRACKET_SIGNATURE.match(text) is not None:
        return "bracket"
    return None


def _signed_alike(ctx: Context, i: int, shape: str) -> bool:
    """Whether another kept line of the page, right under a sentence, has the signature's ``shape``."""
    lines = ctx.doc.lines
    for j, line in enumerate(lines):
        if j == i or line.removal is not None:
            continue
        text = line.text.strip()
        if not text[:1].isupper() or len(text) > 80 or ("," not in text and "(" not in text) or ends_sentence(text):
            continue
        if _shape(text) != shape:
            continue
        over = text_above(ctx, j)
        if over >= 0 and lines[over].removal is None and _closes(lines[over].text.strip()):
            return True
    return False


def _pair(ctx: Context, name: int, place: int) -> bool:
    """Whether line ``name`` is a name alone over line ``place``, a town alone, right under a kept sentence."""
    lines = ctx.doc.lines
    if place >= len(lines) or lines[place].removal is not None or ctx.words(place) > 4:
        return False
    if _NAME_LINE.match(lines[name].text.strip()) is None or _PLACE_LINE.match(lines[place].text.strip()) is None:
        return False
    over = text_above(ctx, name)
    return over >= 0 and lines[over].removal is None and _closes(lines[over].text.strip())


def _signed_in_pairs(ctx: Context, i: int) -> bool:
    """Whether another name over its town stands on the page right under a sentence and over a kept line that
    closes a sentence (the next letter's first)."""
    lines = ctx.doc.lines
    for j, line in enumerate(lines):
        if j == i or line.removal is not None or not line.text[:1].isupper() or len(line.text) > 60:
            continue
        if ends_sentence(line.text) or "," in line.text or ctx.words(j) > 7:
            continue
        place = _under(ctx, j)
        if place == i or not _pair(ctx, j, place):
            continue
        after = _under(ctx, place)
        if after < len(lines) and lines[after].removal is None and _closes(lines[after].text.strip()):
            return True
    return False
