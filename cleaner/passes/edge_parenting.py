"""parenting44: a product recall's last fields closing the notice under its last sentence.

- :func:`recall_tail` (edge-furniture's guard at the tail): a recall notice for a children's item (a cot, a lounger, a
  bottle's teat) lists its fields as labelled lines ("Name of Product: Infant Loungers", "Model: BL-200", "Batch: …",
  "Hazard: …"), and its last field often stands alone under the notice's last sentence ("Manufactured In: China",
  "Hergestellt in: China", "País de origen: China"). Read as a short line of furniture over the page's footer, it went
  with the footer. A labelled line whose label is a recall's field (``structure.recall_field``, per language), right
  under the article's kept sentence, on a page that holds two such fields or more over it (the notice's own box), is
  the notice's and stays, with the fields of its kind right under it. A footer's labelled lines ("Tags: …", "Phone:
  …", "Photo: …") name no recall's field, and a lone "Product: …" line on a page with no recall's box over it goes as
  before (tests).
"""

from __future__ import annotations

from typing import Final

from ..context import Context

#: a recall's field is a short line ("Manufactured In: China", "Importer(s): Firm Inc., of New York")
_FIELD_WORDS: Final = 12
#: the fields of the notice's box over the tail that make the page a recall's
_LEAST_FIELDS: Final = 2


def _field(ctx: Context, i: int) -> bool:
    text = ctx.doc.lines[i].text
    if ":" not in text or ctx.words(i) > _FIELD_WORDS:
        return False
    return ctx.table("structure", "recall_field").match(text) is not None


def recall_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a recall's fields standing right under the article's kept last sentence at the tail, where
    ``_LEAST_FIELDS`` kept fields or more stand over them."""
    lines = ctx.doc.lines
    start = region.start
    if not furniture or furniture[0] != start or ":" not in lines[start].text:
        return furniture  # (most tails: no labelled line opens them)
    above = start - 1
    if above < 0 or lines[above].removal is not None or not _field(ctx, start):
        return furniture
    fields = 0
    for j in range(above, -1, -1):
        if lines[j].removal is None and ":" in lines[j].text and _field(ctx, j):
            fields += 1
            if fields >= _LEAST_FIELDS:
                break
    if fields < _LEAST_FIELDS:
        return furniture
    taken = set(furniture)
    kept: set[int] = set()
    i = start
    while i < region.stop and i in taken and _field(ctx, i):
        kept.add(i)
        i += 1
    return [i for i in furniture if i not in kept]


def recall_fields(ctx: Context, region: range, sports: list[int]) -> list[int]:
    """``sports`` (edge-furniture's match result over the first paragraph, or betting box under the last) less a
    recall's fields: a lot's or a model's number reads as a score ("Lot : 23-118", "Modelo: 3-12"), but in a box of
    ``_LEAST_FIELDS`` recall's fields or more in the region it is the notice's. A scoreline names no such field
    ("Arsenal 2-1 Chelsea", "Full time: 2-1"), and goes as before."""
    if not sports:
        return sports  # (most pages: no result found)
    lines = ctx.doc.lines
    if not any(":" in lines[i].text for i in sports):
        return sports
    fields = {i for i in region if lines[i].removal is None and ":" in lines[i].text and _field(ctx, i)}
    if len(fields) < _LEAST_FIELDS:
        return sports
    return [i for i in sports if i not in fields]
