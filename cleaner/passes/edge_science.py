"""science44: a study's reference as science and medical news print it.

A university's release, a research institute's news or a health site's report of a study often closes on the study's
reference in labelled rows right under its last paragraph ("Journal: Nature Energy" over "DOI: 10.1038/s41560-…";
"Publication: …" / "DOI: …"), or names the journal as the source of its figures ("Quelle: European Heart Journal,
2024"). The page's residue under the rows (a portal's disclaimer, the press office's contact block) made edge-furniture
take the rows with its tail run, and image-credit read the journal's name after "Quelle:" as a picture's credit.

- :func:`reference_tail` (edge-furniture's guard at the tail): right under the article's last kept sentence (no line
  of the run's: the region's short sentences under the last long paragraph count, "The study was funded by …"), a run of
  up to ``_ROWS_MOST`` kept rows, each a labelled row (a label of up to three words and a colon) or a row holding a
  DOI, down to the last row holding a DOI, two rows or more: the rows are the article's. A DOI row alone under the
  text stays the widgets' line (``widgets.chrome``, test_passes' "doi-alone"). A labelled run with no DOI in it (a
  journal's row over a box's topics) is judged as before, and so are the rows under the last DOI (the portal's stamp
  and disclaimer, the contact).
- :func:`doi_under_text` (site-chrome's spared lines): the DOI row ("DOI: 10.1038/…", a menu word's pattern of the
  widgets' table) closing such reference rows under the article's sentence is the article's reference too. A DOI
  row alone under the sentence, under a menu's or a widget's line, or under another pass's line, goes as before.
- :func:`journal_source` (image-credit's spared lines): a source's or a study's label ("Source:", "Quelle:",
  "Fuente:", "Fonte:", "Bron:", "Studie:") over a value naming a journal ("Journal", "Lancet", "Zeitschrift",
  "revista") and a year, or holding a DOI: the study's source, no picture's credit. "Quelle: dpa", "Foto: Science
  Photo Library" go as before.

Cost: the guard asks its first furniture line's shape before any loop and reads at most ``_ROWS_MOST`` rows;
:func:`doi_under_text` reads only the lines site-chrome's tables matched, and :func:`journal_source` only those
image-credit's matched, one anchored match each.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_shared import text_above

_ROWS_MOST: Final = 4  # a reference's rows: journal, title, authors, DOI
_ROWS_LEAST: Final = 2  # a labelled row over the DOI ("Journal: …"): a DOI alone is the widgets' line
_SENTENCE_WORDS: Final = 6  # the article's last sentence over the rows
# a DOI anywhere in a row: "10.1038/s41560-024-01456-7" (its prefix and the slash: no decimal, no date)
_DOI: Final = re.compile(r"(?<![\w.])10\.\d{4,9}/\S")
# a labelled row: a label of up to three words, then its colon ("Journal:", "Original publication:", "DOI :")
_ROW_LABEL: Final = re.compile(r"\A[^\W\d_][\w.'’&()-]*(?: [\w.'’&()-]+){0,2} ?[:：]")
# a source's or a study's label, then a value naming a journal and a year, or a DOI
_SOURCE_LABEL: Final = re.compile(
    r"(?:sources?|quellen?|fuentes?|fontes?|bron(?:nen)?|studie|study|étude|estudio|studio|estudo|reference"
    r"|referenz|référence|referencia|referência|riferimento)"
    r" ?[:：] ?(?P<value>\S.{0,150})\Z",
    re.IGNORECASE,
)
_JOURNAL: Final = re.compile(
    r"\b(?:journal|lancet|jama|bmj|pnas|nejm|plos|proceedings|zeitschrift|fachzeitschrift|fachjournal|revista"
    r"|rivista|revue|tijdschrift|vakblad)\b",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _row(text: str) -> bool:
    return _ROW_LABEL.match(text) is not None or _DOI.search(text) is not None


def reference_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a study's reference right under the article's last sentence: its labelled rows down to the
    last one holding a DOI (see the module's docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    head = furniture[0]
    if not _row(lines[head].text.strip()):
        return furniture  # (nearly every tail: its first furniture line is no reference's row)
    above = text_above(ctx, head)
    if (
        above < region.start - 1
        or lines[above].removal is not None
        or above in furniture
        or not ends_sentence(lines[above].text)
        or ctx.words(above) < _SENTENCE_WORDS
    ):
        return furniture
    rows: list[int] = []
    through = 0  # the rows down to the last one with a DOI
    j = head
    while j < region.stop and len(rows) < _ROWS_MOST:
        text = lines[j].text.strip()
        if text:
            if lines[j].removal is not None or not _row(text):
                break
            rows.append(j)
            if _DOI.search(text) is not None:
                through = len(rows)
        j += 1
    if through < _ROWS_LEAST:
        return furniture  # (a DOI row alone under the text: site-chrome's, as before)
    keep = set(rows[:through])
    return [i for i in furniture if i not in keep]


def doi_under_text(ctx: Context, kept: list[int], pos: int, hits: Collection[int]) -> bool:
    """Whether the kept line ``kept[pos]`` holding a DOI closes a study's reference rows right under the article's
    sentence: up to ``_ROWS_MOST`` - 1 labelled rows over it (no pass's), then a sentence of ``_SENTENCE_WORDS`` or
    more words (see the module's docstring)."""
    lines = ctx.doc.lines
    if _DOI.search(lines[kept[pos]].text) is None:
        return False
    k = pos - 1
    while k >= 0 and pos - k < _ROWS_MOST:
        j = kept[k]
        text = lines[j].text.strip()
        if j in hits:
            return False
        if ends_sentence(text) and ctx.words(j) >= _SENTENCE_WORDS and _ROW_LABEL.match(text) is None:
            return k < pos - 1  # (a DOI alone under the sentence goes as the widgets' line, as before)
        if not _row(text):
            return False
        k -= 1
    return False


def journal_source(text: str) -> bool:
    """Whether ``text`` is a study's source under its label: a journal's name and a year, or a DOI (see the module's
    docstring)."""
    found = _SOURCE_LABEL.match(text.strip())
    if found is None:
        return False
    value = found.group("value")
    if _DOI.search(value) is not None:
        return True
    return _JOURNAL.search(value) is not None and _YEAR.search(value) is not None
