"""fiction49: a story's own short lines that read as a page's furniture: its chapter's head and a line it quotes.

A short story, a serialized novel's chapter, a publisher's excerpt or a fan-fiction chapter opens, under the book's
title, the author's name and the page's labels ("Roman", "Leseprobe", "Leggi un estratto"), with its chapter's head
("Kapitel 1", "Capitolo primo", "Rozdział 1", "Chapter 7: The Long Night", "Prologue"), then its first paragraph.
Short and closing no sentence, the head stood in the head's run of page furniture and went with it (edge-furniture).
longread48's ``longread_head`` keeps a section's head where a sibling heads a later section; an excerpt has one
chapter, the first.

- :func:`chapter_head` (edge-furniture's guard at the head): the kept line right over the first paragraph is a
  chapter's head, a chapter's word (``_CHAPTER_WORDS``) and its number (figures, a Roman numeral, or a number's word of
  ``_NUMBER_WORDS``), a title after a colon, a full stop or a dash or none; or a prologue's word alone. It stays. A
  contents list's last entry has another entry right over it ("Chapter 40" over "Chapter 41"), and goes as before; a
  menu's item is no chapter's word and a number.
- :func:`introduced_lines` (cookie-notice's spared lines): a banner's button word alone ("ok", "Accept") right under
  a kept line of the text closing on a colon ("Then she typed:") and over a kept line of it is the text's (the message
  a character types, the word on a screen): a banner's button stands with its notice and its other buttons, none of
  them within ``_REACH`` lines of it here, and is introduced by no colon of the story's.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import lower

_HEAD_WORDS: Final = 10  # the most words of a chapter's head, its title included ("Chapter 7: The Long Night")
#: a chapter's word, lower case, opening its head (the number after it)
_CHAPTER_WORDS: Final = frozenset({
    "chapter", "kapitel", "chapitre", "capítulo", "capitulo", "capitolo", "hoofdstuk", "rozdział", "kapittel",
    "luku", "capítol", "kapitola", "poglavlje", "fejezet", "глава", "book", "buch", "livre", "libro", "livro", "boek",
    "episode", "épisode", "episodio", "episódio", "folge", "aflevering",
})
#: a prologue's or an epilogue's word, alone on the head's line
_PROLOGUE_WORDS: Final = frozenset({
    "prologue", "epilogue", "prolog", "epilog", "prólogo", "epílogo", "prologo", "epilogo", "proloog", "epiloog",
})
#: a chapter's number as a word ("Chapter One", "Capitolo primo", "Kapitel eins", "Chapitre premier")
_NUMBER_WORDS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "erstes", "zweites",
    "premier", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
    "uno", "dos", "tres", "cuatro", "cinco", "primero", "segundo", "tercero",
    "primo", "secondo", "terzo", "quarto", "quinto", "due", "tre",
    "um", "dois", "três", "primeiro", "terceiro",
    "een", "één", "twee", "drie", "eerste", "tweede",
    "pierwszy", "drugi", "trzeci", "ett", "två",
})
_ROMAN: Final = frozenset("IVXLC")
_TITLE_MARKS: Final = ":.–—-"  # the title's mark after the number ("Chapter 7: The Long Night", "Capítulo 3. La")
_BUTTON_WORDS: Final = 3  # a banner's button alone ("ok", "Accept all")
_REACH: Final = 3  # a banner's other lines around its button


def _chapter_number(token: str) -> bool:
    """``token`` (its mark after it taken off) is a chapter's number: figures, a Roman numeral, a number's word."""
    word = token.rstrip(_TITLE_MARKS)
    if not word:
        return False
    if word.isdigit():
        return len(word) <= 4
    if all(ch in _ROMAN for ch in word):
        return True
    return lower(word) in _NUMBER_WORDS


def chapter_shaped(text: str) -> bool:
    """``text`` is a chapter's head: a chapter's word and its number, a title after a mark or none ("Kapitel 1",
    "Chapter 7: The Long Night", "Capitolo primo"), or a prologue's word alone (see the module's docstring)."""
    words = text.split()
    if not words or len(words) > _HEAD_WORDS:
        return False
    first = lower(words[0]).rstrip(_TITLE_MARKS)
    if len(words) == 1:
        return first in _PROLOGUE_WORDS
    if first not in _CHAPTER_WORDS or not words[0][:1].isupper() or not _chapter_number(words[1]):
        return False
    # (the number closes the line, or a mark after it opens the title: "Chapter 7 The Long Night" reads the same)
    return len(words) == 2 or words[1][-1] in _TITLE_MARKS or words[2][:1] in _TITLE_MARKS or words[2][:1].isupper()


def _kept_over(ctx: Context, i: int, start: int) -> int:
    """The kept line with text right over line ``i`` (from ``start``), -1 if none."""
    lines = ctx.doc.lines
    for j in range(i - 1, start - 1, -1):
        if lines[j].removal is None and lines[j].text.strip():
            return j
    return -1


def chapter_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (edge-furniture's run over the first paragraph, ``region`` the lines over it) less the chapter's
    head right over the paragraph, where no other chapter's head stands right over it (a contents list's)."""
    if not furniture or region.stop >= len(ctx.doc.lines):
        return furniture
    head = _kept_over(ctx, region.stop, region.start)
    if head < 0 or head not in furniture or ctx.words(head) > _HEAD_WORDS:
        return furniture
    lines = ctx.doc.lines
    if not chapter_shaped(lines[head].text.strip()):
        return furniture
    over = _kept_over(ctx, head, region.start)
    if over >= 0 and chapter_shaped(lines[over].text.strip()):
        return furniture
    return [i for i in furniture if i != head]


def introduced_lines(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Those of ``mine`` (cookie-notice's lines) that a kept line of the text right over introduces, closing on a
    colon, a kept line of it right under, and no other line of the banner's vocabulary within ``_REACH`` lines."""
    out: set[int] = set()
    lines = ctx.doc.lines
    for i in mine:
        if ctx.words(i) > _BUTTON_WORDS:
            continue
        over = _kept_over(ctx, i, max(0, i - _REACH))
        if over < 0 or over in hits or not lines[over].text.rstrip().endswith(":") or ctx.words(over) < 2:
            continue
        under = next((j for j in range(i + 1, min(len(lines), i + 1 + _REACH)) if lines[j].text.strip()), -1)
        if under < 0 or under in hits or lines[under].removal is not None:
            continue
        if any(j in hits for j in range(max(0, i - _REACH), min(len(lines), i + 1 + _REACH)) if j != i):
            continue
        out.add(i)
    return out
