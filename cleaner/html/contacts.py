"""Contact cards whose e-mail address is shown as plain text (htmlscience46).

A university's or a research institute's press release ends on its contacts: "Wissenschaftliche
Ansprechpartnerin: / Prof. Dr. Sabine Reuter / Institut für Bodenkunde / Tel.: 0761 203-5512 / E-Mail:
sabine.reuter@…", "Contacts / Renyu Hu / Jet Propulsion Laboratory / Email: renyu.hu@…", "Chercheuse |
Claire Dumont | claire.dumont@…". :func:`cleaner.html.dom._contact_cards` finds a card by its ``mailto:`` or
``tel:`` link; many such pages show the address as text (a CMS that writes no link, an address obfuscated
against spam). Here the card is found by the address in its text instead, with the same reading of a card
(short pieces, none ending a sentence, a contact card's word in it or in the heading over it), outside the
prose block and its way up. A card written on one line ("Jonas Weber, Stabsstelle Kommunikation, Tel.: 0761
203-4302, presse@…") is read by its parts between commas, bars or middle dots when it shows a phone number
as well. The heading over a card goes with it when the card ends its parent or a heading follows it (the
heading heads nothing else). A sentence with an address in it ("Write to press@… for a copy.") ends one and
stays, and so does a venue's box (no contact word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..document import normalize_space
from ..textstats import ends_sentence, lower
from .page import HEADINGS, Page, subtree_end
from .pressbox import card_parts, ends_block, names_press

#: An e-mail address written out ("presse@uni-hohenfels.example"); it starts where no such character precedes and
#: takes its runs whole (possessive), so a search is linear.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
#: A card holds at most this many characters (as ``dom.CONTACT_CARD_CHARS``).
CARD_CHARS = 400
#: Tags of a card (as ``dom._CONTACT_TAGS``).
CARD_TAGS = frozenset({"div", "p", "section", "address", "aside", "dl", "ul"})
#: A card on one line: at least this many parts between separators, each at most ``PART_CHARS``.
MIN_PARTS = 3
PART_CHARS = 60
#: ... and a phone number of this many digits at least.
PHONE_DIGITS = 6
#: A heading over a card has at most this many words (as ``dom.CONTACT_HEADING_WORDS``).
HEADING_WORDS = 4

ReadsCard = Callable[[LexborNode], "bool | None"]


def _next_element(node: LexborNode) -> LexborNode | None:
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    return nxt


def _prev_element(node: LexborNode) -> LexborNode | None:
    before = node.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    return before


def _one_line_card(pieces: list[str]) -> bool:
    """A card written on one line (or two): parts between separators, none long, a phone number among them, no
    sentence."""
    line = normalize_space(" ".join(pieces))
    if ends_sentence(line) or sum(c.isdigit() for c in line) < PHONE_DIGITS:
        return False
    parts = card_parts(pieces)  # htmlgov48
    return len(parts) >= MIN_PARTS and all(len(p) <= PART_CHARS for p in parts)


def text_contact_cards(page: Page, words: tuple[str, ...], reads_card: ReadsCard, found: set[int]) -> set[int]:
    """The contact cards showing an e-mail address as text (and the heading over each, see the module), outside
    the prose block or ending it (:func:`.pressbox.ends_block`), beside those ``found`` by their links."""
    out: set[int] = set()
    n = len(page.tags)
    block, protected, parent, sizes = page.block, page.protected, page.parent, page.text
    block_end = subtree_end(page, block) if block >= 0 else -1
    i = 1
    while i < n:
        size = sizes[i]
        p = parent[i]
        if (
            not size
            or size > CARD_CHARS
            or i in protected
            or (p >= 0 and p not in protected and sizes[p] <= CARD_CHARS)
        ):
            i += 1
            continue
        end = subtree_end(page, i)
        inside = block <= i < block_end
        if inside and ends_block(page, end, block_end) and names_press(page.nodes[i].text()):  # htmlgov48
            inside = False  # a press card ending the release's own text
        if not inside and "@" in page.nodes[i].text():
            _cards_in(page, i, end, words, reads_card, found, out)
        i = end
    return out


def _cards_in(
    page: Page, start: int, end: int, words: tuple[str, ...], reads_card: ReadsCard, found: set[int], out: set[int]
) -> None:
    j = start
    while j < end:
        node = page.nodes[j]
        if page.tags[j] not in CARD_TAGS or j in found:
            j += 1
            continue
        text = node.text(separator="\n")
        if "@" not in text or EMAIL.search(text) is None:
            j = subtree_end(page, j)  # no address below it either
            continue
        reads = reads_card(node)
        if not reads:
            pieces = [t for piece in text.split("\n") if (t := piece.strip())]
            reads = len(pieces) <= 2 and _one_line_card(pieces)
        if not reads:
            j += 1
            continue
        before = _prev_element(node)
        head = -1
        if before is not None and before.tag in HEADINGS and 0 < len(before.text().split()) <= HEADING_WORDS:
            head = page.index.get(before.mem_id, -1)
            if head in page.protected:
                head = -1
        said = lower(text + (" " + before.text() if head > 0 and before is not None else ""))
        if any(w in said for w in words):
            out.add(j)
            after = _next_element(node)
            if head > 0 and (after is None or after.tag in HEADINGS):
                out.add(head)
        j = subtree_end(page, j)
