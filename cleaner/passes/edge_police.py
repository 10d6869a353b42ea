"""police46: a police or fire service's press office box under its release.

- :func:`press_box`: a police press release (a press portal's, a force's, a Guardia Civil's note) closes on its press
  office's contact box: "Rückfragen bitte an:" / "Polizei Essen" / "Pressestelle" / "Telefon: 0201-829 1065" /
  "E-Mail: …", "Oficina de Prensa y Relaciones Informativas" / "Comandancia de Valencia" / "Teléfono: 963 69 01 40",
  "Gabinete de Imprensa e Relações Públicas" / "Tel.: 265 522 022". Its label and its office's name are short lines
  of furniture, but its phone and fax rows are data (edge-furniture keeps data), and ``contact_phones`` lets a phone go
  only beside a mail address: a box with no mail left its phone, a box of three short lines and a phone was too short
  a run to go at all. Under a line of the run of furniture after the article (or one another pass took) that names a
  press office (the table ``structure.press_office``: "Pressestelle", "Press Office", "Oficina de Prensa", "Gabinete
  de Imprensa", "Ufficio stampa", "Service de presse", "Persvoorlichting"), the box's phone, fax, mail and link rows
  count in the run and go with it. A witness appeal's own number ("Hinweise unter 0911 2112-3333", a line "Telefon:
  0911 2112-3333" under "Zeugenhinweise an die Kriminalpolizei:") is under no press office's name and stays, and so
  is a number under a label closed by a colon ("Hinweise an die Pressestelle:"): the article announces its own row.
"""

from __future__ import annotations

from typing import Final

from ..context import Context, table_matches
from ..textstats import ends_colon
from .edge_headings import TAIL
from .edge_shared import _EMAIL, _PHONE
from .furniture import URL

_LABEL_WORDS: Final = 8  # "Gabinete de Imprensa e Relações Públicas", "Polizeipräsidium Mittelfranken - Pressestelle"
_ROW_WORDS: Final = 8  # "Tel. (Zentrale) +49 30 123 45 67", "Tél. : 03 20 30 59 59"
_PHONE_DIGITS: Final = 6  # (contact_phones' bound: "704-115" alone is a room or an extension)
_BOX_REACH: Final = 6  # the box's rows under its label: a name, a phone, a fax, a mail, a link
_OVER_LABEL: Final = 1  # the run's lines over a box closing the page alone: the office's name


def _box_row(ctx: Context, j: int) -> bool:
    """Whether line ``j`` is a contact box's row of data: a phone or fax number under at most two words of label, a
    mail address or a bare link, of ``_ROW_WORDS`` words at most."""
    line = ctx.doc.lines[j]
    if line.lead or ctx.words(j) > _ROW_WORDS:
        return False
    text = line.text.strip()
    if "@" in text:
        return _EMAIL.search(text) is not None
    if text[:1] in "hw" and URL.fullmatch(text) is not None:
        return True
    return (
        ctx.digit(j)
        and sum(c.isdigit() for c in text) >= _PHONE_DIGITS
        and _PHONE.fullmatch(text) is not None
    )


def _reach(ctx: Context, j: int) -> bool:
    """Whether line ``j`` (of the box, kept or not) is its mail address or its link: a press office's full contact
    block, no phone alone."""
    text = ctx.doc.lines[j].text.strip()
    if "@" in text:
        return _EMAIL.search(text) is not None
    return text[:1] in "hw" and URL.fullmatch(text) is not None


def press_box(
    ctx: Context, region: range, furniture: list[int], closers: int, min_run: int, where: str
) -> tuple[list[int], int]:
    """``furniture`` (the run of furniture after the article, in ``region``, at the page's tail: ``where`` is
    edge-furniture's ``TAIL``) with the rows of a press office's contact box (:func:`_box_row`) under the box's label:
    a line of the run, or one another pass took, of ``_LABEL_WORDS`` words at most, not closed by a colon, that the
    table ``structure.press_office`` reads; its rows are the kept lines right under it (up to ``_BOX_REACH``, the
    run's own lines between them). And ``closers`` (the lines counted in the run beside it), raised to ``min_run``
    where the box closes the page alone (a release's box of two or three lines under its last paragraph is a run short
    of edge-furniture's ``min_run``): from the label to the region's end every line goes, at most ``_OVER_LABEL``
    line of the run stands over the label (the office's name, "Rückfragen bitte an:"), and the kept line over them
    (the article's last paragraph, or its own last row: "Crimestoppers: 0800 555 111") is not closed by a colon (the
    article's own label over the rows)."""
    if where != TAIL:
        return furniture, closers
    lines = ctx.doc.lines
    gone = set(furniture)
    label = -1
    table = None
    named: set[int] | None = None  # (the lines holding one of the table's literals: the only ones it can match)
    for i in region:
        line = lines[i]
        if (i not in gone and line.removal is None) or ctx.words(i) > _LABEL_WORDS:
            continue
        text = line.text.rstrip()
        if not text or text[-1:] in ":：":
            continue
        if table is None:
            table = ctx.table("structure", "press_office")
            literal = ctx.literal_lines(table)  # (one C-speed find a literal, not a gate's call a line of the tail)
            named = None if literal is None else set(literal)
        if named is not None and i not in named:
            continue
        if table_matches(table, text):
            label = i
            break
    if label < 0:
        return furniture, closers
    rows: list[int] = []
    end = label + 1
    for j in range(label + 1, min(region.stop, label + 1 + _BOX_REACH)):
        if lines[j].text.strip() and j not in gone and lines[j].removal is None:
            if not _box_row(ctx, j):
                break
            rows.append(j)
        end = j + 1
    if not rows or not any(_reach(ctx, j) for j in range(label + 1, end)):
        return furniture, closers  # (a phone alone under the office's name: a public body's release signs with it)
    if len(furniture) + closers >= min_run:
        return sorted(gone.union(rows)), closers  # (the run goes as it is: the box's rows with it)
    # (a run short of min_run: the box closes the page alone, under the article's last kept line)
    if any(lines[j].text.strip() and j not in gone and lines[j].removal is None for j in range(end, region.stop)):
        return furniture, closers
    over = 0
    j = label - 1
    while j >= region.start and (not lines[j].text.strip() or j in gone or lines[j].removal is not None):
        if lines[j].text.strip() and lines[j].removal is None:
            over += 1
        j -= 1
    if over > _OVER_LABEL or j < 0 or ends_colon(lines[j].text) or any(i < j for i in furniture):
        return furniture, closers
    return sorted(gone.union(rows)), max(closers, min_run)
