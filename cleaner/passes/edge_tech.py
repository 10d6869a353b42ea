"""tech38: a security advisory's fields and a developer post's file list at the article's edges.

A security advisory opens on a box of short labelled fields ("CVE: CVE-2024-27956", "Gravità: Alta", "Severity:
Critical", "Prodotti interessati:" over the products), a CVE id alone on its line among them; a developer post lists the
file names or patterns of a config file one a line ("node_modules", ".git", "*.log") between its step and its next
sentence. Read alone they are short lines with no sentence, which edge-furniture took as the page's run; they are the
article's.

- :func:`advisory_head` (edge-furniture's guard at the head): the fields of a box holding a CVE id, the box's lines
  running on from it up and down (the page's lines that stay, labelled rows "Label: value", labels closed by a colon,
  CVE ids), but for a row whose value is a date alone (the bulletin's stamp, "Data: 15/03/2024"); and a label closed by
  a colon between two lines that stay ("Recursos afectados:" between "Importancia: 5 - Crítica" and the products);
- :func:`version_lines` (dateline's guard): a release's heading, a version's word and its number ("Version 3.0.21",
  "Versión 2.4.10"), whose figures read as a date's (day 3, month 0, year 21) to the dateline table's shape;
- :func:`file_list_tail` (edge-furniture's guard at the tail): up to ``_FILE_LINES`` lines each one file name or
  pattern (a dot, a slash, a star or an underscore in one token) between a line of the article's that stays and a
  sentence that stays under them.

A menu's or a footer's links hold no CVE id and no file's token, and stand by residue another pass took.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

#: A CVE id ("CVE-2024-21762"), the advisory's own.
_CVE: Final = re.compile(r"\bCVE-\d{4}-\d{4,7}\b")
#: A labelled field of a box: a label of up to four words, a colon, a value ("Severity: High", "Gravità: Alta").
_FIELD: Final = re.compile(r"^[^\W\d][\w .'()/-]{0,40}? ?: ?\S")
#: A value that is a date alone (the bulletin's stamp: "Data: 15/03/2024", "Date: 2024-03-15").
_DATE_VALUE: Final = re.compile(r":\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$")
#: The most words of a label closed by a colon ("Prodotti interessati:", "Recursos afectados:").
_LABEL_WORDS: Final = 4
#: One file name or pattern of a config file ("node_modules", ".git", "*.log", "dist/", "src/*.tmp").
_FILE: Final = re.compile(r"^(?=\S*[._*/])[.*!]?[\w*.-]+(?:/[\w*.-]*)*$")
#: The most lines of a file list between the article's lines.
_FILE_LINES: Final = 8


#: A release's heading: a version's word (en, de, fr, es, it, pt, nl) or "v", and its number of three parts or four.
_VERSION_LINE: Final = re.compile(
    r"(?:version|versión|versione|versão|versie|release|v)\s?\d{1,4}(?:\.\d{1,4}){2,3}", re.IGNORECASE
)


def version_lines(ctx: Context, mine: list[int]) -> set[int]:
    """The lines of ``mine`` (dateline's matches) that are a release's heading (module doc)."""
    return {i for i in mine if _VERSION_LINE.fullmatch(ctx.doc.lines[i].text.strip())}


def _label(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    return ends_colon(text) and ctx.words(i) <= _LABEL_WORDS and not ctx.digit(i)


def _field(ctx: Context, i: int) -> bool:
    """An advisory box's line: a CVE id, a labelled row ("Severity: Critical") or a label closed by a colon."""
    text = ctx.doc.lines[i].text.strip()
    return bool(_CVE.search(text)) or _label(ctx, i) or (bool(_FIELD.match(text)) and ctx.words(i) <= 12)


def advisory_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less an advisory box's fields at the head (module doc): the box around a line with a CVE id (they
    count in the run as the page's lines beside them: the menu over the box goes as it did)."""
    if not furniture or "CVE-" not in ctx.joined_text():
        return furniture  # (most pages: no CVE id)
    lines = ctx.doc.lines
    gone = set(furniture)

    def stays(j: int) -> bool:
        return j in region and j not in gone and lines[j].removal is None and lines[j].text.strip() != ""

    keep: set[int] = set()
    for i in region:
        if i in keep or lines[i].removal is not None or not _CVE.search(lines[i].text):
            continue
        for step in (-1, 1):
            j = i
            while j in region and lines[j].removal is None and (
                not lines[j].text.strip() or stays(j) or _field(ctx, j)
            ):
                if j in gone and _field(ctx, j) and not _DATE_VALUE.search(lines[j].text):
                    keep.add(j)
                j += step
    return [i for i in furniture if i not in keep] if keep else furniture


def label_between_rows(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a label closed by a colon between two lines that stay, at the head (module doc; it counts in
    the run as the page's lines beside it, as a speaker's label kept by dialogue does: the menu over it goes as it
    did)."""
    lines = ctx.doc.lines
    gone = set(furniture)

    def stays(j: int) -> bool:
        return j in region and j not in gone and lines[j].removal is None and lines[j].text.strip() != ""

    keep = {i for i in furniture if _label(ctx, i) and stays(i - 1) and stays(i + 1)}
    return [i for i in furniture if i not in keep] if keep else furniture


def file_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a file list between the article's lines at the tail (module doc)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)

    def stays(j: int) -> bool:
        return 0 <= j < len(lines) and j not in gone and lines[j].removal is None and lines[j].text.strip() != ""

    keep: set[int] = set()
    run: list[int] = []
    for i in [*region, region.stop]:
        if i < region.stop and i in gone and _FILE.match(lines[i].text.strip()):
            run.append(i)
            continue
        if run and len(run) <= _FILE_LINES and stays(run[0] - 1) and stays(i) and ends_sentence(lines[i].text):
            keep.update(run)
        run = []
    return [i for i in furniture if i not in keep] if keep else furniture
