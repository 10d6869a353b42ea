"""htmlevents52: an event page (a venue's concert page, a band's tour dates, a trade fair, a festival) puts its calls
to act as links standing alone: "Book Tickets", "Jetzt Ticket sichern", "Add all dates to calendar", two or three side
by side under the headline with no box of their own (the box's ``dom:links`` rule takes a row of buttons in a
``<div>`` of its own; beside the ``<h1>`` and the dates in one ``<section>`` they were written as one line, "Jetzt
Ticket sichern Aussteller werden"). And a list of dates laid out as rows of ``<div>``s (the date, the place, a
"Tickets" button in a cell of its own) was lost whole: the extractor drops each row as a link's block (its one link,
short, is all its links), so the tour's ten dates went with their buttons.

:func:`event_buttons` finds both:

* a link *named* as a button (its class or id: "btn", "button", "cta-button") or going to a calendar (an ``.ics``
  file, ``webcal:``, a calendar service's "add event" address), of at most ``BUTTON_WORDS`` words, standing alone:
  its block holds no loose text and no inline element but links like it (a row of ``ROW_OF_BUTTONS`` at most),
  and is no list's item or table's cell (a line-up's names as pills); the buttons are all of their block, or the
  block holds a heading (an event's header: the ``<h1>``, the dates, the buttons). A box of text and a button (a
  product card: a name, a price, "See it") is left to the rules of boxes: the extractor drops it whole with its
  button, and would keep its name without. A link inside a sentence, or beside words,
  stays whatever its names;
* a row's button: a link of at most ``ROW_BUTTON_WORDS`` words (a word among them: a showtime booked by its link,
  "20:15", is the listing's) that is the whole of its cell, in a row whose other cells (``ROW_CELLS`` or more) hold
  short text (``ROW_CELL_CHARS`` at most each) and no link, repeated (``ROW_REPEATS`` rows or more of the same tag
  and class side by side), the cells like its own saying the same in more than half the rows ("Tickets", and one
  "Sold out"; a speaker's name linked in each row differs): the button goes, and the row's date and place reach
  the extractor. A teaser card (its headline a link) is no such row, and a row whose button goes is no teaser box
  (:func:`button_rows`: "Éditions du Rouergue / Stand C17 / Voir la fiche").

:func:`unwrap_row_links`: the rows of such a listing inside the article whose cells link their own words (a
speaker's name, a showtime) reach the extractor with those links as text (it dropped them whole too).

Only the link goes (the block or the row stays); links are never the prose block or its way up.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from ..textstats import lower
from .page import INLINE_TAGS, Page

#: A button standing alone holds at most this many words ("Jetzt Ticket sichern", "Add all dates to calendar").
BUTTON_WORDS: Final = 5
#: ... and at most this many characters.
BUTTON_CHARS: Final = 60
#: Class or id keys naming a link a button.
BUTTON_NAMES: Final = frozenset({"btn", "button", "cta-button", "button-primary", "btn-primary"})
#: Addresses of an "add to calendar" link (lower-cased): a calendar service's new-event page.
CALENDAR_HREFS: Final = ("calendar.google.com/calendar/render", "outlook.live.com/calendar", "/calendar/event?")
#: A block holds at most this many links side by side as a row of buttons (more: a list of tags, a menu).
ROW_OF_BUTTONS: Final = 3
_LISTED: Final = frozenset({"li", "td", "th", "dd", "dt"})
_HEADINGS: Final = frozenset({"h1", "h2", "h3"})
#: A row's button holds at most this many words ("Tickets", "Sold out", "Book now").
ROW_BUTTON_WORDS: Final = 3
#: The row holds this many other cells at least (a date, a place), ...
ROW_CELLS: Final = 2
#: ... each of at most this many characters and no link, ...
ROW_CELL_CHARS: Final = 80
#: ... and its parent holds this many rows like it (same tag and class) at least.
ROW_REPEATS: Final = 3

BUTTON_VERDICT: Final = ("links", "a call to act standing alone as a button ('Book tickets', 'Add to calendar')")
ROW_VERDICT: Final = ("links", "a listing row's button ('Tickets', 'Sold out') beside its date and place")


def _calendar(href: str) -> bool:
    """Whether ``href`` (lower-cased) goes to a calendar entry: an ``.ics`` file, ``webcal:``, a calendar service."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    return path.endswith(".ics") or href.startswith("webcal:") or any(c in href for c in CALENDAR_HREFS)


def _words(node: LexborNode) -> int:
    return len(node.text(separator=" ").split())


def _alone(page: Page, i: int, b: int) -> bool:
    """Whether link ``i`` stands alone in block ``b``: no loose text, no inline element but links of at most
    ``BUTTON_WORDS`` words (a row of ``ROW_OF_BUTTONS`` buttons at most). Not in a list's item or a table's cell: a
    list of links named as buttons (a line-up's names as pills) is judged as a list."""
    if page.tags[b] in _LISTED:
        return False
    child = page.nodes[b].child
    seen = 0
    links = headed = 0
    while child is not None:
        if child.is_text_node:
            if (child.text_content or "").strip():
                return False
        else:
            tag = child.tag or ""
            if tag == "a":
                seen += 1
                if seen > ROW_OF_BUTTONS or (page.index.get(child.mem_id) != i and _words(child) > BUTTON_WORDS):
                    return False
                k = page.index.get(child.mem_id, -1)
                links += page.text[k] if k >= 0 else 0
            elif tag in INLINE_TAGS:
                return False
            elif tag in _HEADINGS:
                headed += 1
        child = child.next
    # the buttons alone in their block, or beside the headline's heading (an event's header); a box of text and a
    # button (a product card: its name, its price, "See it") is judged whole by the rules of boxes
    return headed > 0 or links == page.text[b]


def _cells(node: LexborNode) -> list[LexborNode]:
    out: list[LexborNode] = []
    child = node.child
    while child is not None:
        if not child.is_text_node:
            out.append(child)
        elif (child.text_content or "").strip():
            return []  # loose text in the row: no row of cells
        child = child.next
    return out


def _repeated(row: LexborNode, cell: LexborNode) -> bool:
    """Whether ``row``'s parent holds ``ROW_REPEATS`` elements or more of its tag and class, more than half of them
    saying the same in their cell like ``cell`` (its tag and class): a button says the same in most rows ("Tickets",
    and one "Sold out"); a speaker's or a film's name linked in each row differs from row to row."""
    up = row.parent
    if up is None:
        return False
    tag, cls = row.tag, row.attributes.get("class")
    if not cls:
        return False
    ctag, ccls = cell.tag, cell.attributes.get("class")
    rows = 0
    said: dict[str, int] = {}
    for sib in _cells(up):
        if sib.tag != tag or sib.attributes.get("class") != cls:
            continue
        rows += 1
        for c in _cells(sib):
            if c.tag == ctag and c.attributes.get("class") == ccls:
                label = " ".join(c.text(separator=" ").split())
                said[label] = said.get(label, 0) + 1
                break
    return rows >= ROW_REPEATS and max(said.values(), default=0) * 2 > rows


def _row_button(page: Page, i: int) -> bool:
    """Whether link ``i`` is a row's button: the whole of its cell, beside ``ROW_CELLS`` short cells with no link,
    in a row repeated ``ROW_REPEATS`` times."""
    cell = page.block_above(i)
    if cell <= 0 or page.text[cell] != page.text[i] or page.parent[cell] <= 0:
        return False
    label = " ".join(page.nodes[i].text(separator=" ").split())
    if not any(ch.isalpha() for ch in label):
        return False  # a showtime booked by its link ("20:15"), a price: the listing's own words
    row = page.nodes[page.parent[cell]]
    others = 0
    for c in _cells(row):
        k = page.index.get(c.mem_id, -1)
        if k == cell:
            continue
        if k < 0 or page.links[k] or not 0 < page.text[k] <= ROW_CELL_CHARS or (c.tag or "") in INLINE_TAGS:
            return False
        others += 1
    return others >= ROW_CELLS and _repeated(row, page.nodes[cell])


def event_buttons(page: Page) -> dict[int, tuple[str, str]]:
    """The links standing alone as buttons and the listing rows' buttons (see the module), with their verdicts; a
    row whose button goes is in :func:`button_rows`."""
    out: dict[int, tuple[str, str]] = {}
    tags, text, links = page.tags, page.text, page.links
    for i, tag in enumerate(tags):
        if tag != "a" or not 0 < text[i] <= BUTTON_CHARS or links[i] != text[i]:
            continue
        node = page.nodes[i]
        words = _words(node)
        if not 0 < words <= BUTTON_WORDS:
            continue
        named = not BUTTON_NAMES.isdisjoint(page.names(i))
        if named or _calendar(lower((page.attrs[i].get("href") or "").strip())):
            b = page.block_above(i)
            if b > 0 and _alone(page, i, b):
                out[i] = BUTTON_VERDICT
                continue
        if words <= ROW_BUTTON_WORDS and _row_button(page, i):
            out[i] = ROW_VERDICT
    return out


def button_rows(page: Page, buttons: dict[int, tuple[str, str]]) -> frozenset[int]:
    """The listing rows whose button :func:`event_buttons` took (a row of an exhibitor's name, its stand and "Voir
    la fiche"): no teaser box, its one link being a button every row repeats, not a headline."""
    rows: set[int] = set()
    for i, verdict in buttons.items():
        if verdict is ROW_VERDICT:
            cell = page.block_above(i)
            if cell > 0 and page.parent[cell] > 0:
                rows.add(page.parent[cell])
    return frozenset(rows)


def _whole_link(cell: LexborNode) -> LexborNode | None:
    """The one link that is the whole of ``cell``'s text, or None."""
    links = cell.css("a")
    if len(links) != 1:
        return None
    text = " ".join(cell.text(separator=" ").split())
    return links[0] if text and " ".join(links[0].text(separator=" ").split()) == text else None


def unwrap_row_links(scope: LexborNode) -> None:
    """A listing's rows inside the article (``scope``) whose cells link their own words (a speaker's name, a
    showtime that books the seat: "<div class='slot'><div>09:20</div><div>Sediment …</div><div><a>Alasdair
    Reid</a></div></div>") reach the extractor with those links as their text: the extractor drops a row whose
    links are all of a cell (a link's block). The rows as :func:`_row_button` reads them (``ROW_REPEATS`` side by
    side, of one tag and class; cells of ``ROW_CELL_CHARS`` at most, each text alone or one link that is all of
    it); run after the removals, so a row's button is gone already."""
    seen: dict[int, bool] = {}
    for a in scope.css("div > div > a"):
        cell = a.parent
        row = cell.parent if cell is not None else None
        if cell is None or row is None or (cell.tag or "") in INLINE_TAGS:
            continue
        ok = seen.get(row.mem_id)
        if ok is None:
            ok = seen[row.mem_id] = _content_row(row)
        if ok and _whole_link(cell) is not None:
            a.unwrap()


def _content_row(row: LexborNode) -> bool:
    """Whether ``row`` is a listing's row: ``ROW_CELLS`` cells or more, each a block of ``ROW_CELL_CHARS`` at most
    holding no link or one that is all of it, and ``ROW_REPEATS`` rows of its tag and class side by side."""
    cells = _cells(row)
    if len(cells) < ROW_CELLS or not row.attributes.get("class"):
        return False
    for c in cells:
        if (c.tag or "") in INLINE_TAGS:
            return False
        text = " ".join(c.text(separator=" ").split())
        if len(text) > ROW_CELL_CHARS or (c.css_first("a") is not None and _whole_link(c) is None):
            return False
    up = row.parent
    if up is None:
        return False
    tag, cls = row.tag, row.attributes.get("class")
    alike: int = sum(sib.tag == tag and sib.attributes.get("class") == cls for sib in _cells(up))
    return alike >= ROW_REPEATS
