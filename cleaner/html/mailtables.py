"""htmlmail51: an e-mail newsletter archived on the web (a Mailchimp, Brevo, Sendy or self-hosted campaign archive)
lays its whole page out with tables marked ``role="presentation"``: each paragraph a ``<tr><td>`` of its own
(text straight in the cell), or a cell holding the letter's ``<h2>``, ``<ul>`` and ``<p>``s, nested three or four
tables deep. Neither the prose block nor the extractor reads that as an article: the block was the one cell holding
two ``<p>``s (the sponsor's box), every cell of loose text counting apart, and the extractor dropped the headings and
lists inside the cells ("Five things worth your time", the summary's items).

:func:`unfold_layout_tables` writes each such table again as the blocks a browser shows: the table a ``<div>``, its
rows and row groups unwrapped (a row or group named by a class or id stays, as a ``<div>``: "footer"), each cell a
``<div>`` when it holds blocks, a ``<p>`` when it holds text and inline markup alone. Its attributes go with each
element (the DOM pass reads "templateFooter", ``display:none``). A table inside one is unfolded too, unless it is a
data table: a header cell (``<th>``), or a grid (``PRESENTATION_TABLE_ROWS`` rows of two cells or more, no cell over
``PRESENTATION_CELL_CHARS``: a help centre's table so marked, htmldocs45), which stays a table. ``role="presentation"``
(or ``"none"``) is the author's own word that the table is no table: a table without it is left as it is.
"""

from __future__ import annotations

from html import escape
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..document import normalize_space
from ..textstats import lower
from .page import INLINE_TAGS, Page

#: A data table marked ``role="presentation"``: this many rows of two cells or more at least, ...
PRESENTATION_TABLE_ROWS: Final = 2
#: ... no cell longer than this many characters (a layout table's cell holds paragraphs).
PRESENTATION_CELL_CHARS: Final = 200
#: At most this many layout tables are unfolded on a page (an archive holds a dozen or two).
MAX_LAYOUT_TABLES: Final = 200

_LAYOUT: Final = 'table[role="presentation"], table[role="none"]'
_GROUPS: Final = frozenset({"tbody", "thead", "tfoot", "tr"})
_CELLS: Final = frozenset({"td", "th"})
#: Elements inside a cell that keep it from being one paragraph (besides the block elements).
_NOT_BLOCKS: Final = INLINE_TAGS | {"br", "img"}
#: The blocks of a letter inside a layout table's cell.
_LETTER_BLOCKS: Final = "h1, h2, h3, h4, h5, h6, ul, ol"


def _grid(table: LexborNode) -> bool:
    """Whether ``table`` is a data table: no table inside, and a header cell or ``PRESENTATION_TABLE_ROWS`` rows of
    two cells or more with no cell over ``PRESENTATION_CELL_CHARS``."""
    if len(table.css("table")) > 1:  # (the query holds the table itself): a layout holds tables
        return False
    if table.css_first("th") is not None:
        return True
    rows = [row.css("td") for row in table.css("tr")]
    if sum(len(cells) >= 2 for cells in rows) < PRESENTATION_TABLE_ROWS:
        return False
    return not any(
        len(normalize_space(c.text(separator=" "))) > PRESENTATION_CELL_CHARS for cells in rows for c in cells
    )


#: The marks of a list's items that an e-mail lays out as a table's first column (``<td>•</td><td>item</td>``).
_BULLETS: Final = frozenset("•·–—-*►▸▪■◦○●✓✔→")


def _bullet_rows(table: LexborNode) -> list[LexborNode] | None:
    """The item cells of ``table`` when it is a list laid out as a table (each row a bullet's cell, a mark of
    ``_BULLETS`` or a number "1." alone, then the item's cell; two rows at least), else None."""
    items: list[LexborNode] = []
    for row in table.css("tr"):
        cells = [c for c in row.iter() if c.tag in _CELLS]
        if not cells:
            continue
        if len(cells) != 2:
            return None
        mark = cells[0].text().strip()
        if not (mark in _BULLETS or (mark[:-1].isdigit() and mark[-1:] in ".)" and len(mark) <= 3)):
            return None
        items.append(cells[1])
    return items if len(items) >= 2 else None


def _outermost(table: LexborNode) -> bool:
    """Whether no table holds ``table``."""
    up = table.parent
    while up is not None:
        if up.tag == "table":
            return False
        up = up.parent
    return True


def _open(tag: str, node: LexborNode, table: bool = True) -> str:
    """The opening tag ``tag`` with ``node``'s attributes (a table's role left out)."""
    attrs = "".join(
        f' {name}="{escape(value or "", quote=True)}"'
        for name, value in node.attributes.items()
        if name != "role" or not table
    )
    return f"<{tag}{attrs}>"


def _has_blocks(cell: LexborNode) -> bool:
    child = cell.child
    while child is not None:
        if not child.is_text_node and not child.is_comment_node and (child.tag or "") not in _NOT_BLOCKS:
            return True
        child = child.next
    return False


def _children(node: LexborNode, out: list[str]) -> None:
    child = node.child
    while child is not None:
        _write(child, out)
        child = child.next


def _write(node: LexborNode, out: list[str]) -> None:
    """``node`` as HTML into ``out``, its layout tables unfolded."""
    if node.is_comment_node:
        return
    tag = node.tag or ""
    if node.is_text_node or (node.css_first("table") is None and tag not in _GROUPS and tag not in _CELLS):
        out.append(node.html or "")
        return
    if tag == "table":
        items = _bullet_rows(node)
        if items is not None:
            out.append("<ul>")
            for cell in items:
                out.append(_open("li", cell))
                _children(cell, out)
                out.append("</li>")
            out.append("</ul>")
            return
        if _grid(node):
            if "role" in node.attributes:
                del node.attrs["role"]  # a data table inside the layout: read as rows (htmldocs45)
            out.append(node.html or "")
            return
        out.append(_open("div", node))
        _children(node, out)
        out.append("</div>")
    elif tag in _GROUPS:
        named = "class" in node.attributes or "id" in node.attributes
        if named:
            out.append(_open("div", node))
        _children(node, out)
        if named:
            out.append("</div>")
    elif tag in _CELLS:
        inner = "div" if _has_blocks(node) or not node.text().strip() else "p"
        out.append(_open(inner, node))
        _children(node, out)
        out.append(f"</{inner}>")
    else:
        out.append(_open(tag, node, table=False))
        _children(node, out)
        out.append(f"</{tag}>")


def _unmarked_layout(table: LexborNode) -> bool:
    """Whether ``table``, marked with no role, is an e-mail's layout all the same (an older template): it holds a
    table (the centred column inside the full-width one), no header cell, no row of two cells or more (a data table's
    rows have columns; an old site's layout its menu's column beside the text), and a cell holding the letter's blocks
    (a heading, a list, two paragraphs)."""
    if "role" in table.attributes or len(table.css("table")) < 2 or table.css_first("th") is not None:
        return False
    for row in table.css("tr"):
        if sum(1 for cell in row.iter() if cell.tag in _CELLS) > 1:
            return False
    return any(cell.css_first(_LETTER_BLOCKS) is not None or len(cell.css("p")) >= 2 for cell in table.css("td"))


def unfold_layout_tables(tree: LexborHTMLParser) -> None:
    """Write each outermost table marked ``role="presentation"`` (or ``"none"``) of ``tree``'s body again as
    blocks (see the module's docstring); a data table so marked (:func:`_grid`) stays. So is an outermost table with
    no role that is an e-mail's layout by its shape (:func:`_unmarked_layout`)."""
    body = tree.body
    if body is None:
        return
    found = body.css(_LAYOUT)
    tables = body.css("table")
    if len(tables) <= MAX_LAYOUT_TABLES:
        found += [t for t in tables if _outermost(t) and _unmarked_layout(t)]
    if not found or len(found) > MAX_LAYOUT_TABLES:
        return
    ids = {node.mem_id for node in found}
    for node in found:
        up = node.parent
        while up is not None and up.mem_id not in ids:
            up = up.parent
        if up is not None or _grid(node):
            continue  # (unfolded with the table around it; a data table stays)
        out: list[str] = []
        _write(node, out)
        div = LexborHTMLParser(f"<div>{''.join(out)}</div>").css_first("body > div")
        if div is not None and div.child is not None:
            node.replace_with(div.child)


#: A newsletter's sponsor box holds at most this many characters (its line, the pitch, a button) ...
SPONSOR_BOX_CHARS: Final = 600
#: ... and its first line, the sponsor's, at most this many.
SPONSOR_LINE_CHARS: Final = 120
_SPONSOR_BOXES: Final = frozenset({"div", "section", "aside", "table", "td"})
_SPONSOR_LINES: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "div", "strong", "b"})


def sponsor_boxes(page: Page, openers: tuple[str, ...]) -> set[int]:
    """A newsletter's sponsor boxes: a ``<div>`` (a cell unfolded, a ``<section>``, an ``<aside>``) of at most
    ``SPONSOR_BOX_CHARS``, neither the prose block nor around it, whose first element is a line of at most
    ``SPONSOR_LINE_CHARS`` opening with one of ``openers`` (``[sponsor_boxes]`` in rules.toml, lower-cased: "This
    issue is brought to you by Fieldnote.", "Cette lettre vous est offerte par …"); the sponsor's pitch and button
    under the line go with it. The line among the article's paragraphs (no box of its own: the block's child, a
    quote of it) stays."""
    out: set[int] = set()
    if not openers:
        return out
    tags, parent, protected, text = page.tags, page.parent, page.protected, page.text
    for i, tag in enumerate(tags):
        if tag not in _SPONSOR_BOXES or i in protected or not text[i] or text[i] > SPONSOR_BOX_CHARS:
            continue
        first = i + 1  # its first element, in the walk's order
        if first >= len(tags) or parent[first] != i or tags[first] not in _SPONSOR_LINES:
            continue
        if not 0 < text[first] <= SPONSOR_LINE_CHARS or text[first] == text[i]:
            continue  # (a box of the line alone: the text passes judge it)
        line = lower(normalize_space(page.nodes[first].text()))
        if line.startswith(openers):
            out.add(i)
    return out
