"""periphery38: news pages in the languages the project covers least (el, hu, fi, ro, tr, et, lv, lt).

- :func:`clause_list`: a short list closing the article, announced by a clause that ends in a colon ("Liinil on kolm
  peatust:" over "Hobujaama", "Kanuti", "Vanasadam"), the page's credits and residue right under it ("Toimetaja: Mari
  Tamm", "Allikas: ERR"). A public broadcaster prints its editor and source under the text, so the list is not the
  page's last line, and the guards that keep a list a label announces ask either the text going on under it or the
  page's end. A clause is what tells the article's announcement from a footer's label: the label is a noun or two
  ("Rubriigid:", "Jälgi meid:"), the clause has a function word among three words or more, as a sentence does.
"""

from __future__ import annotations

from typing import Final

from .. import language as lang_mod
from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from .edge_shared import _LABEL_COLON, _LIST_NAME_WORDS, _MIN_SHORT_CONTINUATION_WORDS
from .edge_shared import text_above as _prev_text
from .furniture import URL

_CLAUSE_WORDS: Final = (4, 12)  # "Liinil on kolm peatust:" .. "A tervek szerint három új épület lesz a negyedben:"
_PUNCT: Final = ".,:;!?\"'()«»„“”’"
_ITEMS: Final = (2, 8)  # a closing list's items: a few names, not a page's worth of links


def _next_text(ctx: Context, i: int) -> int:
    """The nearest line with text under line ``i`` (the page's line count: none)."""
    lines = ctx.doc.lines
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j


def _clause(ctx: Context, i: int, paragraph: bool = False) -> bool:
    """Line ``i`` is a kept clause closed by a colon: ``_CLAUSE_WORDS`` words (``paragraph``: the article's last long
    paragraph, four words or more), a function word among them, no list item, no link, no other label's colon inside
    it."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    if line.removal is not None or line.lead or not ends_colon(text) or URL.search(text):
        return False
    longest = ctx.words(i) if paragraph else _CLAUSE_WORDS[1]
    if not _CLAUSE_WORDS[0] <= ctx.words(i) <= longest or _LABEL_COLON.search(text[:-1]):
        return False
    if ctx.stopwords:
        return ctx.stats(i).stopwords > 0
    # (a page whose function words the profile could not tell, its long words few of them: the language its tables
    # lean to lists them)
    stop = lang_mod.stopwords(ctx.vocab_languages[0])
    return any(lower(word.strip(_PUNCT)) in stop for word in text.split())


def _under_sentence(ctx: Context, i: int) -> bool:
    """Line ``i`` stands right under a kept sentence of the article's (``_MIN_SHORT_CONTINUATION_WORDS`` words or more,
    no list item)."""
    lines = ctx.doc.lines
    above = _prev_text(ctx, i)
    return (
        above >= 0
        and lines[above].removal is None
        and not lines[above].lead
        and ends_sentence(lines[above].text)
        and ctx.words(above) >= _MIN_SHORT_CONTINUATION_WORDS
    )


def _item(ctx: Context, j: int) -> bool:
    """Line ``j`` reads as a kept short item: up to ``_LIST_NAME_WORDS`` words, no sentence, no label, no link, no
    mail address."""
    line = ctx.doc.lines[j]
    text = line.text.strip()
    return (
        line.removal is None
        and ctx.words(j) <= _LIST_NAME_WORDS
        and not (ends_sentence(text) and not text.endswith("."))
        and not ends_colon(text)
        and not _LABEL_COLON.search(text)
        and not URL.search(text)
        and "@" not in text  # (a contact box's mail: "Kontakt für die Medien:" over a name and its address)
    )


def clause_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list closing the article after its last long paragraph: a clause closed by a colon
    (:func:`_clause`) right under a kept sentence of the article's (:func:`_under_sentence`), or the last long
    paragraph itself closed by a colon, over ``_ITEMS`` short items (:func:`_item`; none a site's section,
    ``structure.section_name``), and right under the last item the page's end, a line another pass took, or a
    labelled line (the editor's or the source's credit: "Toimetaja: Mari Tamm"). A footer's label over its links is a
    noun or two, three words at most ("Rubriigid:", "Kasulikud lingid:", "Ylen muut palvelut:"); a share or follow
    row's links are other passes' removals, no kept items."""
    lines = ctx.doc.lines
    keep: set[int] = set()
    section = ctx.table("structure", "section_name")
    # (the last long paragraph may itself announce the list: "… on uuel trammiliinil kokku kolm peatust:")
    before = region.start - 1
    scan = range(before, region.stop) if before >= 0 and lines[before].removal is None else region
    for i in scan:
        if not (_clause(ctx, i, paragraph=True) if i == before else _clause(ctx, i) and _under_sentence(ctx, i)):
            continue
        items: list[int] = []
        j = _next_text(ctx, i)
        while j < len(lines) and len(items) <= _ITEMS[1] and _item(ctx, j):
            items.append(j)
            j = _next_text(ctx, j)
        if not _ITEMS[0] <= len(items) <= _ITEMS[1]:
            continue
        if j < len(lines) and lines[j].removal is None and not _LABEL_COLON.search(lines[j].text):
            continue
        if any(section.match(lines[k].text.strip()) for k in items):
            continue
        keep.update([i, *items])
    return [i for i in furniture if i not in keep] if keep else furniture
