"""epaper47: a print page's furniture in the text of an e-paper, a replica edition or a PDF's extraction.

- :func:`print_folios` (edge-furniture, at the page's head and tail): a printed page's running head or foot, the
  paper's (or the magazine's) name, the date, the section and the page number on one line: "Lokales · Seite 13 ·
  Mittwoch, 6. Mai 2026", "THE DAILY COURIER | TUESDAY, MAY 5, 2026 | A1", "DINSDAG 5 MEI 2026 | DE KRANT | 9", "LE
  MONDE / MERCREDI 6 MAI 2026", "Deportes · Página 41". A line is one when its parts, set apart by a separator (" · ",
  " | ", " • ", " / "), hold a page's number ("Seite 13", "PAGE 9", "Página 41"), or a bare folio ("9", "A1") beside
  a date or a name in capitals; or when it is in capitals and closes on a date with its year ("CORRIERE DEL NORD
  MARTEDÌ 5 MAGGIO 2026"); or when it closes on such a date and a bare folio stands right beside it ("The Week in
  Science May 9th 2026" over "65"). Where the region holds one, its bare folios ("45") go too, and at the head a
  section's slug in capitals right under it and over the headline ("BINNENLAND", "DIE DRITTE SEITE"). An event's
  row in the article ("Samstag, 16. Mai 2026 · 20 Uhr · Stadthalle") names no page and is no line in capitals; a
  table's row ("Bayern | 34 | 78") holds no date and no page word; a place and date signing a letter ("Berlin, 5. Mai
  2026") is not in capitals and has no folio beside it.
- :func:`pull_quotes` (repeated-passage): a pull quote, a line of six words or more that is only a quotation ("„Hier
  lagen früher zwanzig Schiffe gleichzeitig“"), repeated from a longer line of the article above it (or from a
  one-line quote of the article above it, a line between them). A headline's quote taken up by the text is the other
  way round (the page's first line is no source), a quotation the text holds nowhere above is the article's, and so
  is one right under the text's question or colon ("Just what is this priceless slogan?" over "“Meth. We’re on it.”",
  a slogan or a title of a few words, which the text quotes again).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower

_FIGURE: Final = re.compile(r"\d")  # (one C scan a short line of the page's head and tail: most hold no figure)

_HEAD_WORDS: Final = 12  # "PÚBLICO • TERÇA-FEIRA, 5 DE MAIO DE 2026 • 12"
_HEAD_CHARS: Final = 90
_SLUG_WORDS: Final = 3  # "DIE DRITTE SEITE"
_SEPARATORS: Final = ("·", "|", "•", " / ")
_PAGE_WORDS: Final = frozenset({"seite", "s.", "page", "p.", "pg.", "pg", "página", "pág.", "pagina", "pag.", "blz."})
_CAPITALS: Final = 0.8  # a running head's share of capitals among its letters ("DER SPIEGEL Nr. 19")
_MIN_CAPITALS: Final = 4  # (at least as many letters)
_QUOTE_OPEN: Final = "\"“„«‚‘'»"
_QUOTE_CLOSE: Final = "\"”“»«’‘'"
_QUOTE_WORDS: Final = 6  # a pull quote: "We are running out of road." (a slogan, a title is shorter)
_QUOTE_MAX_WORDS: Final = 40
_TEXT_WORDS: Final = 5  # a sentence of the text over a short one (edge_shared._MIN_SHORT_CONTINUATION_WORDS)


def _folio(part: str) -> bool:
    """A page's bare number: "9", "245", "A1", "6A"."""
    n = len(part)
    if 1 <= n <= 3 and part.isdigit():
        return True
    return n in (2, 3) and part.isalnum() and part.isascii() and (
        (part[0].isupper() and part[1:].isdigit()) or (part[-1].isupper() and part[:-1].isdigit())
    )


def _page(part: str) -> bool:
    """A page word and its number: "Seite 13", "PAGE 9", "Página 41", "p. 12"."""
    words = part.split()
    return len(words) == 2 and lower(words[0]) in _PAGE_WORDS and words[1].isdigit() and len(words[1]) <= 3


def _dated(part: str) -> bool:
    """The part closes on a date with its year, a day's number among its last words: "MAY 5, 2026", "2. 5. 2026",
    "DU 7 AU 13 MAI 2026", "TERÇA-FEIRA, 5 DE MAIO DE 2026"."""
    words = part.split()
    if len(words) < 2:
        return False
    year = words[-1]
    if len(year) != 4 or not year.isdigit() or year[:2] not in ("19", "20"):
        return False
    for word in words[-5:-1]:
        day = word.rstrip(".,º")
        for suffix in ("st", "nd", "rd", "th", "er"):
            if day.endswith(suffix) and day[:-2].isdigit():
                day = day[:-2]
        if day.isdigit() and 1 <= int(day) <= 31 and len(day) <= 2:
            return True
    return False


def _capitals(text: str) -> bool:
    """Most of the line's letters are capitals, and there are a few."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_CAPITALS and sum(1 for c in letters if c.isupper()) >= _CAPITALS * len(letters)


def _parts(text: str) -> list[str]:
    for sep in _SEPARATORS:
        if sep in text:
            text = text.replace(sep, "|")
    return [p.strip() for p in text.split("|") if p.strip()]


def running_head(text: str) -> bool:
    """Whether a short line is a printed page's running head or foot (see the module's docstring)."""
    if len(text) > _HEAD_CHARS or ends_sentence(text):
        return False
    parts = _parts(text)
    if len(parts) >= 2:
        if any(_page(p) for p in parts):
            return True
        ends = (parts[0], parts[-1])
        if any(_folio(p) for p in ends):
            others = [p for p in parts if not _folio(p)]
            if others and any(_dated(p) or _capitals(p) for p in others):
                return True
    return _dated(text) and _capitals(text)


def print_folios(ctx: Context, name: str, least: int) -> None:
    """Remove a print page's running heads and feet before the article's first paragraph and after its last (a
    paragraph: ``least`` words or more of prose; a running head of as many words is none), with their folios and
    section slugs (:func:`_edge_folios`)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()

    def anchor(i: int) -> bool:
        text = lines[i].text
        return ctx.words(i) >= least and ctx.is_prose(i) and (len(text) > _HEAD_CHARS or not running_head(text.strip()))

    first = next((i for i in kept if anchor(i)), None)
    if first is None:
        return
    last = next(i for i in reversed(kept) if anchor(i))
    _edge_folios(ctx, range(0, first), name, True)
    _edge_folios(ctx, range(last + 1, len(lines)), name, False)


def _edge_folios(ctx: Context, region: range, name: str, head: bool) -> None:
    """Remove a print page's running heads and feet in ``region`` (the page's head, or its tail), its bare folios
    where one is there, and at the head the section's slug in capitals right under it over the headline (a running
    head another pass took, a stamp's table, counts as one there)."""
    lines = ctx.doc.lines
    # (a running head is short and holds a figure: on most pages no line of the edges does, and the region's lines
    # with text are not listed at all; a blank line has no figure)
    short = [i for i in region if ctx.words(i) <= _HEAD_WORDS and _FIGURE.search(lines[i].text) is not None]
    if not short:
        return
    seen = [i for i in region if lines[i].text.strip()]
    place = {i: pos for pos, i in enumerate(seen)}
    heads: list[int] = []
    for i in short:
        text = lines[i].text.strip()
        if len(text) > _HEAD_CHARS:
            continue
        if running_head(text):
            heads.append(i)
            continue
        pos = place[i]
        if _dated(_parts(text)[-1]) and not ends_sentence(text) and any(
            _folio(lines[seen[q]].text.strip()) for q in (pos - 1, pos + 1) if 0 <= q < len(seen)
        ):
            heads.append(i)  # a name and a date with the page's folio beside it
    if not heads:
        return
    for i in heads:
        ctx.doc.remove(i, name, "a print page's running head (its paper, date, section or page number)")
    # (a number under the article's label closed by a colon is the article's: "Vítimas confirmadas:" over "14")
    folios = [
        i for pos, i in enumerate(seen)
        if _folio(lines[i].text.strip()) and not (pos and ends_colon(lines[seen[pos - 1]].text))
    ]
    for i in folios:
        ctx.doc.remove(i, name, "a print page's folio (its number) by its running head")
    if not head:
        return
    gone = set(heads) | set(folios)
    for pos, i in enumerate(seen[1:-1], start=1):
        text = lines[i].text.strip()
        if i in gone or seen[pos - 1] not in gone or lines[i].removal is not None:
            continue
        if ctx.words(i) > _SLUG_WORDS or ends_sentence(text) or not _capitals(text):
            continue
        if not all(c.isalpha() or c in " -&" for c in text) or lines[seen[pos + 1]].removal is not None:
            continue
        ctx.doc.remove(i, name, "a print page's section slug under its running head, over the headline")


def _quote_only(text: str) -> str | None:
    """The words of a line that is only a quotation ("„…“", "« … »", '"…."'), None for any other line."""
    if text[:1] not in _QUOTE_OPEN:
        return None
    body = text.rstrip(" .")
    if body[-1:] not in _QUOTE_CLOSE or len(body) < 3:
        return None
    inner = body[1:-1].strip().rstrip(".,!?…").strip()
    return inner if inner else None


def quote_lines(ctx: Context, kept: list[int], skip: int) -> tuple[int, list[tuple[int, str]]]:
    """The place in ``kept`` of the article's first paragraph (-1 where there is none), and (place, quotation) of each
    kept line from ``skip`` places under it on that is only a quotation of a pull quote's length, which the line over
    it does not announce (a quotation under a question or a colon is the text's): the candidates of epaper47's and
    midbody54's pull quotes."""
    lines = ctx.doc.lines
    first = next((p for p, i in enumerate(kept) if ctx.words(i) >= 12 and ctx.is_prose(i)), None)
    if first is None:
        return -1, []
    out: list[tuple[int, str]] = []
    for pos in range(first + skip, len(kept)):
        i = kept[pos]
        if lines[i].text[:1] not in _QUOTE_OPEN or not _QUOTE_WORDS <= ctx.words(i) <= _QUOTE_MAX_WORDS:
            continue  # (a character first: most lines open on no quotation mark)
        inner = _quote_only(lines[i].text.strip())
        if inner is not None and not lines[kept[pos - 1]].text.rstrip().endswith(("?", ":", "：", "？")):
            out.append((pos, inner))
    return first, out


def pull_quotes(ctx: Context, name: str) -> None:
    """Remove a pull quote repeated from the article above it (see the module's docstring)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    first, quotes = quote_lines(ctx, kept, 2)
    for pos, inner in quotes:
        i = kept[pos]
        for q in range(max(first, 1), pos - 1):  # (the page's first line is its headline: its quotation is the text's)
            j = kept[q]
            other = lines[j].text
            if inner not in other:
                continue
            if ctx.words(j) > ctx.words(i) or _quote_only(other.strip()) == inner:
                ctx.doc.remove(i, name, "a pull quote repeated from the article above it")
                break


def sentence_under_text(ctx: Context, i: int, taken: set[int]) -> bool:
    """Whether line ``i``, a short sentence ("Fortsetzung folgt.", "Stay tuned."), stands right under a kept sentence
    of the article of ``_TEXT_WORDS`` words or more (the text runs on down to it): a list's label under it is the
    article's as one under that sentence is (:func:`~.edge_lists.label_over_kept_list`)."""
    lines = ctx.doc.lines
    above = i - 1
    while above >= 0 and not lines[above].text.strip():
        above -= 1
    return (
        above >= 0
        and above not in taken
        and lines[above].removal is None
        and ctx.words(above) >= _TEXT_WORDS
        and ends_sentence(lines[above].text)
    )
