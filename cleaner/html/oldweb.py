"""htmloldweb51: old-fashioned pages (1998-2010: table layouts, ``<font>``, paragraphs parted by ``<br><br>``) that
the extraction reads by their shape.

- :func:`tiled_shorts`: the extractor runs an old page's cell into one line ("Newsletter Van de voorzitter Beste
  leden, Het vliegseizoen …"), and :func:`.extract.split_run_together` cuts the article's long lines out of it; what
  lies between two of them ("Van de voorzitter Beste leden,": a subheading in ``<b>`` and the salutation, each a line
  of its own behind a ``<br>``) stayed one line, a heading glued to the sentence under it. When that piece is exactly
  two or more of the block's own short lines in a row (each a whole line a browser shows apart), it becomes those
  lines; anything else in it (a dateline, a gallery's link) keeps the piece whole. Its bars, which the extractor
  escaped inside the table's cell ("Redacción \\| 19/11/2005"), are plain bars again: the text passes read a stamp's
  or a tool row's bars.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from ..document import normalize_space
from ..textstats import lower

#: At most this many short lines tiled out of one piece (a longer run is a menu's, and stays as it was).
_TILES: Final = 6


def tiled_shorts(piece: str, shorts: frozenset[str]) -> list[str]:
    """``piece`` as the run of two or more whole short lines (``shorts``) it is made of, longest first at each
    step; ``[piece]`` when it is not made of them only. A bar the extractor escaped inside the table's cell ("Home \\|
    News") is a bar again: the piece is no cell of a table now."""
    if "\\|" in piece:
        piece = piece.replace("\\|", "|")
    if not shorts or " " not in piece or piece in shorts:
        return [piece]
    out: list[str] = []
    pos = 0
    while pos < len(piece):
        if len(out) == _TILES:
            return [piece]
        best = ""
        for short in shorts:
            if len(short) > len(best) and piece.startswith(short, pos):
                end = pos + len(short)
                if end == len(piece) or piece[end] == " ":
                    best = short
        if not best:
            return [piece]
        out.append(best)
        pos += len(best)
        while pos < len(piece) and piece[pos] == " ":
            pos += 1
    return out if len(out) >= 2 else [piece]


# --- the rows of an old page's layout table around the article -------------------------------------------------------

#: The prose block's ancestors looked at (cell, row, table, the cell holding that table, …).
_LEVELS: Final = 10
#: The article's row holds at least this share of its layout table's text (a table of one paragraph a row is the
#: article's own, and no layout: its other rows are the article's too).
_ROW_SHARE: Final = 0.6
#: A masthead's, date bar's or footer's row has at most this many words.
_CHROME_WORDS: Final = 30
#: A heading's element in a row: the article's headline in a row of its own above the text stays.
_HEADINGS: Final = "h1, h2, h3"


def _sentence(text: str) -> bool:
    """Whether ``text`` holds a sentence's end: a full stop, "!" or "?" after two small letters, before a space or
    the end ("… since 1887" has none; "… 2AB. Tel" is an address's)."""
    for k in range(2, len(text)):
        if (
            text[k] in ".!?"
            and text[k - 1].islower()
            and text[k - 2].islower()
            and (k + 1 == len(text) or text[k + 1].isspace())
        ):
            return True
    return False


def _chrome_row(node: LexborNode, below: bool) -> bool:
    """Whether ``node`` (a row or a table beside the article's) is a page's bar: a little text, no sentence (or a
    copyright sign), no heading, no table inside; ``below`` the article's, a footer's too: a copyright's sign or
    word, or mostly links (an article's closing line in a row of its own, "Open days: first Sunday", stays)."""
    if node.css_first("table") is not None and node.tag != "table":
        return False
    if node.tag == "table" and len(node.css("table")) > 1:
        return False
    if node.css_first(_HEADINGS) is not None:
        return False
    text = normalize_space(node.text(separator=" "))
    if not text or len(text.split()) > _CHROME_WORDS:
        return False
    if "©" in text or "copyright" in lower(text):
        return True
    if _sentence(text):
        return False
    if not below:
        return True
    linked = sum(len(normalize_space(a.text(separator=" "))) for a in node.css("a"))
    return 2 * linked >= len(text)


def _chars(node: LexborNode) -> int:
    return len(normalize_space(node.text(separator=" ")))


def layout_chrome(block: LexborNode | None) -> list[LexborNode]:
    """The rows beside the article's row in the layout tables that hold the prose ``block`` (a masthead's name, a date
    bar, a footer's row: :func:`_chrome_row`), and the tables of one or two rows beside such a layout table (a header's
    or a footer's bar); none where the article's row holds under ``_ROW_SHARE`` of its table's text."""
    out: list[LexborNode] = []
    if block is None:
        return out
    node = block
    layout = False
    for _ in range(_LEVELS):
        up = node.parent
        if up is None or up.tag == "html":
            break
        if node.tag == "tr":
            table = up if up.tag == "table" else up.parent
            if table is not None and table.tag == "table":
                whole = _chars(table)
                if whole and _chars(node) >= _ROW_SHARE * whole:
                    layout = True
                    sib = up.child
                    below = False
                    while sib is not None:
                        if sib.mem_id == node.mem_id:
                            below = True
                        elif sib.tag == "tr" and _chrome_row(sib, below):
                            out.append(sib)
                        sib = sib.next
        if node.tag == "table" and layout:
            sib = up.child
            below = False
            while sib is not None:
                if sib.mem_id == node.mem_id:
                    below = True
                elif sib.tag == "table" and len(sib.css("tr")) <= 2 and _chrome_row(sib, below):
                    out.append(sib)
                sib = sib.next
        if up.tag == "body":
            break
        node = up
    return out
