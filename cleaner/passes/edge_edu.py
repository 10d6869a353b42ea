"""edu38: an education page's own short rows, which the vocabulary and shape rules read as residue: a course page's
key facts (a credit count read as a photo credit, the teaching language read as a site's language switch), its module
list at the tail, a ranking story's list that its colon line announces by count, and a letter's signature.

- :func:`credit_points` (image-credit's guard): a label row whose value is a count of study credits ("Créditos: 240
  ECTS", "Crediti: 180 CFU", "Credits: 120") names no photographer: a credit's source is a name, and one that opens
  with a figure ("Créditos: 123RF") has no credits' unit or nothing after it;
- :func:`course_fact_rows` (site-chrome's guard): a language or region row with no figure ("Idioma: Castellano",
  "Taal: Nederlands") in a run of ``_FACT_ROWS`` label rows or more of which ``_FIGURE_ROWS`` hold a figure no table
  matched ("Duración: 4 años", "Plazas: 150"): a course's key facts, over the first paragraph too. A site's settings
  ("Edition: UK" / "Language: English" / "Region: Europe") hold no figure, and a rating's row ("Valoración: 4,8/5")
  is no language's;
- :func:`counted_list` (edge-furniture's guard at the tail): a kept colon line under the article's text that names a
  count (table ``structure.count_word``: "Prime tre università italiane:", "The top five:", "Die drei besten:") over
  exactly that many short items, each no line another pass took: the ranking's rows. A footer's links under a
  heading name no count, and the count holds them to the announced number;
- :func:`course_tail` (edge-furniture's guard at the tail): on a course page (``_FACT_ROWS`` kept label rows over the
  region, ``_FIGURE_ROWS`` of them with a figure: "Studieduur: 4 jaar", "Studiepunten: 240 EC"), a heading of table
  ``structure.sheet_heading`` ("Wat leer je?", "Modules", "Asignaturas") and the short lines under it down to the
  last kept sentence of the run ("Havo, vwo of mbo-4 diploma.", under its own heading "Toelatingseisen"): the
  modules one a line and the sections' headings between. The lines after the run's last sentence (a chat button, a
  footer's links) are left to the run: a footer holds no sentence under them;
- :func:`letter_signature` (edge-furniture's guard at the tail): a text that opens with a salutation (table
  ``structure.salutation``: "Dear Parents and Carers,", "Liebe Eltern,", "Chers parents,") is a letter, a school's
  newsletter or a head's letter to the parents: the name right under its last sentence ("Mrs J. Patel") and the
  writer's role under it ("Headteacher") are its signature. A story's byline echo under its last sentence follows no
  salutation at its head.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .metadata import _label_run, _place, fact_box_rows

#: A label row whose value is a count of study credits, with their unit or none ("Créditos: 240 ECTS", "ECTS-Punkte:
#: 210", "Crediti formativi: 180 CFU", "Studiepunten: 240 EC").
_CREDIT_POINTS: Final = re.compile(
    r"[^\W\d_][\w'’. -]{0,30}\s?:\s*\d{1,3}(?:\s*(?:ECTS|EC|CFU|credits?|créditos?|crédits?|crediti|"
    r"Leistungspunkte|LP|CP|studiepunten))?\s*\.?",
    re.IGNORECASE,
)
#: The fewest label rows of a course's key facts, and the fewest of them holding a figure no table matched.
_FACT_ROWS: Final = 4
_FIGURE_ROWS: Final = 2
#: A label row of a course's key facts ("Duration: 3 years", "Durée : 3 ans").
_FACT_ROW: Final = re.compile(r"[^\W\d_][\w'’. -]{0,30}\s?[:：]\s*\S.{0,60}")
#: The fewest words of a kept sentence that closes a course's section.
_CLOSING_WORDS: Final = 3
#: The most kept lines over a letter's salutation (its headline, its date), and the most words of a signature's lines.
_OVER_SALUTATION: Final = 3
_SIGNATURE_WORDS: Final = 5
#: The most items a count announces, and the most words of each item.
_MOST_COUNTED: Final = 12
_ITEM_WORDS: Final = 10


def credit_points(text: str) -> bool:
    """Whether ``text`` is a label row whose value is a count of study credits (see ``_CREDIT_POINTS``)."""
    return _CREDIT_POINTS.fullmatch(text.strip()) is not None


def course_fact_rows(ctx: Context, kept: list[int], mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of the label rows ``mine`` a control's pattern matched ("Idioma: Castellano"; no figure in it), those in a run of
    ``_FACT_ROWS`` label rows or more, ``_FIGURE_ROWS`` of them holding a figure and matched by no table of the
    group (``hits``): a course's key facts, wherever they stand."""
    out: set[int] = set()
    for i in fact_box_rows(ctx, mine, hits):
        if ctx.digit(i):  # (a rating's or a DOI's row, "Valoración: 4,8/5 (215 votos)", is no language's)
            continue
        start, end = _label_run(ctx, kept, _place(kept, i))
        if end - start + 1 < _FACT_ROWS:
            continue
        figures = sum(
            1
            for p in range(start, end + 1)
            if kept[p] not in hits and any(c.isdigit() for c in ctx.doc.lines[kept[p]].text)
        )
        if figures >= _FIGURE_ROWS:
            out.add(i)
    return out


def _count(ctx: Context, text: str) -> int | None:
    """The count a colon line names: a figure of one or two digits alone as a word, or a number word of table
    ``structure.count_word`` (each language's ``_MOST_COUNTED - 1`` patterns, one a count from two on, in order)."""
    if not ends_colon(text):
        return None
    figures = re.findall(r"(?<![\d.,])\b\d{1,2}\b(?![\d.,]\d)", text)
    if len(figures) == 1:
        return int(figures[0])
    for n, pattern in enumerate(ctx.table("structure", "count_word").patterns):
        if re.search(rf"\b(?:{pattern})\b", text, re.IGNORECASE):
            return n % (_MOST_COUNTED - 1) + 2
    return None


def counted_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a ranking's list its colon line announces by count (see the module's docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    for head in range(max(region.start - 1, 0), region.stop):
        if lines[head].removal is not None or head in taken:
            continue
        count = _count(ctx, lines[head].text.strip())
        if count is None or not 2 <= count <= _MOST_COUNTED:
            continue
        items = list(range(head + 1, head + 1 + count))
        if items[-1] >= len(lines) or any(
            lines[k].removal is not None or not lines[k].text.strip() or ctx.words(k) > _ITEM_WORDS for k in items
        ):
            continue
        spared.update(k for k in items if k in taken)
    return [k for k in furniture if k not in spared] if spared else furniture


def _course_page(ctx: Context, before: int) -> bool:
    """Whether ``_FACT_ROWS`` kept label rows stand over line ``before``, ``_FIGURE_ROWS`` of them with a figure."""
    rows = figures = 0
    for j in range(before):
        line = ctx.doc.lines[j]
        if line.removal is None and ctx.words(j) <= _ITEM_WORDS and _FACT_ROW.fullmatch(line.text.strip()):
            rows += 1
            figures += ctx.digit(j)
    return rows >= _FACT_ROWS and figures >= _FIGURE_ROWS


def course_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a course page's module list and section headings down to the run's last kept sentence
    (see the module's docstring)."""
    if not furniture or not _course_page(ctx, region.start):
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    headings = ctx.table("structure", "sheet_heading")
    spared: set[int] = set()
    for h in range(max(region.start - 1, 0), region.stop):
        if lines[h].removal is not None or headings.match(lines[h].text.strip()) is None:
            continue
        block = [h]
        last = 0
        for j in range(h + 1, region.stop):
            text = lines[j].text.strip()
            if lines[j].removal is not None:
                break
            if not text:
                continue
            if j not in taken and ends_sentence(text) and ctx.words(j) >= _CLOSING_WORDS:
                block.append(j)
                last = len(block)
            elif j not in taken or ctx.words(j) <= _ITEM_WORDS:
                block.append(j)  # (an item, or a kept row or heading of the course's between them)
            else:
                break
        spared.update(k for k in block[:last] if k in taken)
    return [k for k in furniture if k not in spared] if spared else furniture


def _salutation_at_head(ctx: Context) -> bool:
    """Whether one of the first ``_OVER_SALUTATION + 1`` kept lines is a salutation (table ``structure.salutation``)."""
    salutation = ctx.table("structure", "salutation")
    if not salutation.patterns:
        return False
    kept = [i for i, line in enumerate(ctx.doc.lines) if line.removal is None and line.text.strip()]
    return any(salutation.match(ctx.doc.lines[i].text.strip()) for i in kept[: _OVER_SALUTATION + 1])


def _signature_line(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text)
        and ctx.words(i) <= _SIGNATURE_WORDS
        and not ctx.digit(i)
        and not ends_colon(text)
        and text[0].isupper()
    )


_NAME_PARTICLES: Final = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "dos", "y"})


def _name_line(text: str) -> bool:
    """Whether ``text`` reads as a signer's name: each word capitalised, or a name's particle ("Anna van Dijk")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def letter_signature(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a letter's signature under its last sentence, the first line of the run right under a kept
    sentence (see the module's docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    first = min(furniture)
    above = next((j for j in range(first - 1, -1, -1) if lines[j].text.strip()), -1)
    if (
        above < 0
        or lines[above].removal is not None
        or not ends_sentence(lines[above].text.strip())
        or not _signature_line(ctx, first)
        or not _salutation_at_head(ctx)
    ):
        return furniture
    if not _name_line(lines[first].text):
        return furniture  # (s38: a share row's "Share this homily" under a homily opening "Dear brothers and sisters,")
    spared = {first}
    role = next((j for j in range(first + 1, region.stop) if lines[j].text.strip()), None)
    if role is not None and role in furniture and _signature_line(ctx, role):
        spared.add(role)
    return [k for k in furniture if k not in spared]
