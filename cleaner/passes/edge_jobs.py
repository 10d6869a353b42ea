"""jobs45: a job posting's own sections under its description, which the shape rules read as page furniture.

A posting on a job board's page (or a careers page) often has one paragraph of prose ("We are looking for a Senior
Data Analyst ...") and then its duties, requirements and benefits as headed lists of short items ("Responsibilities"
over "Mentor two junior analysts", "Ihr Profil" over "Abgeschlossene kaufmännische Ausbildung", "Wat bieden wij?" over
"Reiskostenvergoeding"), down to the board's buttons ("Apply now", "Save job") that other passes take. Under the
description's last paragraph edge-furniture read those headings and items as a run of the page's furniture.

- :func:`posting_tail` (edge-furniture's guard at the tail): the tail region's first heading of table
  ``structure.posting_heading`` standing right under a kept line of the article, and a second heading under it or
  among the ``_BACK`` lines over it; from that first heading down to the first line another pass took (or the
  region's end), the headings and the short items under each heading (``_ITEMS`` at most each, of ``_ITEM_WORDS``
  words at most) are the posting's.

A footer's column headed "Benefits" is one heading over links, not two of a posting's headings, and it stands under
the page's residue (the share row, "Related topics"), not right under the article's last line. The guard only spares
lines: it asks the table of the region's short kept lines (``_HEADING_WORDS`` words at most), and of none on a page
whose tail has no furniture.
"""

from __future__ import annotations

from typing import Final

from ..context import Context

#: The fewest posting headings in the tail (a posting has its duties and its requirements; a footer's column one).
_HEADINGS: Final = 2
#: The most items under one heading, and the most words of an item.
_ITEMS: Final = 10
_ITEM_WORDS: Final = 20
#: The most words of a heading ("Das bringen Sie mit", "What you'll need"), and the most lines over the region asked
#: for the posting's earlier headings.
_HEADING_WORDS: Final = 5
_BACK: Final = 60


def posting_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a job posting's headed lists under its description (see the module): its headings of table
    ``structure.posting_heading`` and the items under each, from the region's first heading, right under a kept line
    of the article, down to a line another pass took. Two headings at least, in the region or among the ``_BACK``
    kept lines over it (the posting's first section may hold sentences, its last ones the short items)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    if not ctx.table("structure", "posting_heading").patterns:
        return furniture
    first = next((i for i in region if _heading(ctx, i)), None)
    if first is None:
        return furniture
    above = first - 1
    if above < 0 or lines[above].removal is not None or not lines[above].text.strip() or above in set(furniture):
        return furniture  # (a footer's column stands under the page's residue)
    spared: set[int] = set()
    items = found = 0
    for k in range(first, region.stop):
        line = lines[k]
        if line.removal is not None:
            break
        if not line.text.strip():
            continue
        if _heading(ctx, k):
            found += 1
            items = 0
        elif ctx.words(k) > _ITEM_WORDS or items >= _ITEMS:
            break
        else:
            items += 1
        spared.add(k)
    if found < _HEADINGS:
        found += sum(1 for j in range(max(0, first - _BACK), first) if _heading(ctx, j))
    if found < _HEADINGS:
        return furniture
    return [i for i in furniture if i not in spared]


def _heading(ctx: Context, i: int) -> bool:
    """Kept line ``i`` is a posting's heading: a few words of ``structure.posting_heading`` (asked through the table's
    RE2 gate, once per line and document)."""
    return (
        ctx.doc.lines[i].removal is None
        and 0 < ctx.words(i) <= _HEADING_WORDS
        and ctx.matches("structure", "posting_heading", i)
    )
