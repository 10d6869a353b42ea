"""A press release's contact card at the end of its own text (htmlgov48).

:func:`cleaner.html.contacts.text_contact_cards` reads a card showing its e-mail address as text only outside
the prose block: a government's, a university's or a city's release often puts the card inside the same
``<article>`` as its paragraphs, last ("Media contact / Tom Reilly, Press Officer / t.reilly@… | +44 …", "Contact
presse : Service de presse – 01 40 … – presse@…", "Ufficio Stampa …<br>Tel. 071 … – ufficio.stampa@…"). Such a
card is read there too when it ends the block: what follows it inside the block is a few characters outside links
at most (a share row's label, a download link), so an address in the article's middle, a list of its helplines,
stays to the reading it always had (outside the block only). A card on one line is read by its parts between
commas, bars, middle dots or a spaced dash, counted line by line (a ``<br>`` parts its name from its phone).

A press office's note written in sentences is no card ("For media enquiries / Please contact the communications
team on 01722 555 010 or email comms@… / Out of hours, please call the switchboard …", "Noot voor de redactie /
Voor meer informatie kunt u contact opnemen met de woordvoerder … via 070 456 0000."): :func:`contact_notes` takes
such a box at the end of the release (ending the block, or after it on the block's way up), a ``<div>``, a
``<section>`` or an ``<aside>`` of at most ``NOTE_CHARS`` opening on a short heading, holding a phone number or an
e-mail address, when its heading names the press ("Media enquiries", "Pressekontakt", "Ufficio stampa") or every
paragraph under it holds the number or the address and a press word ("… the woordvoerder … via 070 …"). A notes to
editors' box of facts ("The survey was carried out …") holds a paragraph without them and stays, and so does a
helpline under a story ("Need help? / Call the Samaritans on 116 123."): no press word. A box of paragraphs
and a card together ("Media enquiries" over a card and "… will publish the summer timetable in April.") is no
note, and rows without a sentence are the card's reading's.

:func:`file_boxes`: a box of files to download named so ("documents", "allegati", "anexos").
"""

from __future__ import annotations

import re

from ..document import normalize_space
from ..textstats import lower
from .names import element_names
from .page import HEADINGS, Page, subtree_end

#: What follows a card inside the block, outside links, is at most this many characters ("Share this story").
TAIL_CHARS = 40
#: A card's parts on one line: a comma, a bar, a middle dot, a bullet, or a dash with a space on each side.
_PARTS = re.compile(r"[,|·•]|\s[–—-]\s")


def ends_block(page: Page, end: int, block_end: int) -> bool:
    """Whether the element whose subtree ends before ``end`` is the last of the block ending before
    ``block_end``: the elements after it inside the block hold at most ``TAIL_CHARS`` outside links."""
    parent, sizes, links = page.parent, page.text, page.links
    after = 0
    for k in range(end, block_end):
        if parent[k] < end:  # a piece of its own after the card (not inside one counted already)
            after += sizes[k] - links[k]
            if after > TAIL_CHARS:
                return False
    return True


def card_parts(pieces: list[str]) -> list[str]:
    """The parts of a card written on one or two lines: each line split between separators."""
    return [t for piece in pieces for p in _PARTS.split(piece) if (t := p.strip())]


#: A press office's note holds at most this many characters ...
NOTE_CHARS = 400
#: ... in at most this many paragraphs under its heading ...
NOTE_PIECES = 3
#: ... under a heading of at most this many words ...
NOTE_HEADING_WORDS = 5
#: ... and a phone number of this many digits at least (or an e-mail address).
NOTE_PHONE_DIGITS = 6
#: A note is written in sentences: a paragraph of this many words at least.
NOTE_SENTENCE_WORDS = 8
NOTE_TAGS = frozenset({"div", "section", "aside"})
#: Words that name the press (lower case, whole words): not "contact" alone (a helpline's box has it), nor the editors
#: ("Notes to editors" heads a release's facts).
PRESS_WORDS = frozenset(
    {
        "press", "media", "journalist", "journalists", "spokesperson", "spokesman", "spokeswoman", "presse",
        "pressestelle", "pressekontakt", "journalisten", "journalistes", "prensa", "periodistas", "stampa",
        "giornalisti", "imprensa", "jornalistas", "pers", "perscontact", "woordvoerder", "persvoorlichting",
        "portavoz", "portavoce",
    }
)
_WORDS = re.compile(r"\w+")
#: An e-mail address written out (as ``contacts.EMAIL``, which imports this module).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_PHONE_RUN = re.compile(r"\+?\(?\d[\d ()./-]{5,20}\d")


def names_press(text: str) -> bool:
    """Whether ``text`` names the press by a whole word ("Depression support" does not)."""
    return not PRESS_WORDS.isdisjoint(_WORDS.findall(lower(text)))


def _reaches(text: str) -> bool:
    """Whether ``text`` shows an e-mail address or a phone number."""
    if "@" in text and _EMAIL.search(text) is not None:
        return True
    if sum(c.isdigit() for c in text) < NOTE_PHONE_DIGITS:
        return False
    return any(sum(c.isdigit() for c in m.group()) >= NOTE_PHONE_DIGITS for m in _PHONE_RUN.finditer(text))


def contact_notes(page: Page) -> set[int]:
    """A press office's note at the end of a release (the module's docstring)."""
    out: set[int] = set()
    block = page.block
    if block < 0:
        return out
    protected, parent, sizes, tags = page.protected, page.parent, page.text, page.tags
    block_end = subtree_end(page, block)
    for i in range(block + 1, len(tags)):
        if tags[i] not in NOTE_TAGS or not 0 < sizes[i] <= NOTE_CHARS or i in protected:
            continue
        if parent[i] not in protected:
            continue  # inside a box counted already (or none of the release's)
        end = subtree_end(page, i)
        if i < block_end and not ends_block(page, end, block_end):
            continue
        node = page.nodes[i]
        kids = [k for k in node.iter() if k.is_element_node]
        if len(kids) < 2 or kids[0].tag not in HEADINGS:
            continue
        heading = lower(normalize_space(kids[0].text()))
        if not 0 < len(heading.split()) <= NOTE_HEADING_WORDS:
            continue
        if any(k.tag != "p" for k in kids[1:]):
            continue  # a section holding a card or a list, not a note of paragraphs
        pieces = [lower(t) for k in kids[1:] if (t := normalize_space(k.text()))]
        if not 0 < len(pieces) <= NOTE_PIECES or not any(_reaches(t) for t in pieces):
            continue
        if all(len(t.split()) < NOTE_SENTENCE_WORDS for t in pieces):
            continue  # rows of a card ("Anna Keller, Press Office, anna.keller@…"): the card's reading judges them
        if names_press(heading) or all(_reaches(t) and names_press(t) for t in pieces):
            out.add(i)
    return out


#: Class or id words of a box of files to download ("documents", Italian "allegati", Portuguese "anexos").
FILE_BOX_KEYS = frozenset(
    {"documents", "documenten", "documenti", "downloads", "attachments", "allegati", "anexos", "descargas"}
)
FILE_BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol"})
_PICTURES = "img, picture, figure, video"


def file_boxes(page: Page) -> set[int]:
    """A box of files to download under a release ("Documenten / Kamerbrief … / PDF document | 6 pagina's | 312
    kB", "Allegati", "Anexos"): a ``<div>``, ``<section>``, ``<aside>`` or list named so (``FILE_BOX_KEYS``) holding
    a link and no picture (a picture's caption box named "documents" is the captions'), outside the block's way up
    (a container named so that holds the article stays)."""
    out: set[int] = set()
    protected, tags, attrs, links = page.protected, page.tags, page.attrs, page.links
    for i, tag in enumerate(tags):
        if tag not in FILE_BOX_TAGS or not links[i] or i in protected:
            continue
        a = attrs[i]
        if not a.get("class") and not a.get("id"):
            continue
        if FILE_BOX_KEYS.isdisjoint(element_names(a)) or page.nodes[i].css_first(_PICTURES) is not None:
            continue
        out.add(i)
    return out
