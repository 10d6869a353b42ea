"""calls52: calls and announcements (calls for papers, funding calls, tenders, contests, consultations), whose
article is made of instructions, labelled rows and lists the passes read as the page's own lines.

- :func:`calls_kept` (edge-furniture, at the tail): the call's contact rows right under its last kept line, each a
  label closed by its colon (table ``structure.call_contact_label``: "Contact: calls@uni.example", "Dúvidas:
  ic@fap.example", "Comité d'organisation : Claire Martin, …", "Vragen? Neem contact op …") with the row's value after
  it, up to ``_ROWS`` of them one under the other (under the first, its address and phone under their labels: "E-Mail:
  …@…", "Telefon: …"). A footer's "Contact us" has no value after a colon, and the first
  row must stand right under a kept line: a contact row under the page's residue is the site's.
- :func:`under_contact_row` (edge-link): an e-mail address alone under its label ("E-Mail: foerderung@…")
  right under a call's contact label with its value ("Ansprechpartnerin: Dr. Katrin Wolff"): the call's contact box,
  no author's address.
- :func:`rules_heading` (site-chrome): "Terms and conditions", "Teilnahmebedingungen", "Règlement du concours",
  "Bases del concurso" (table ``structure.rules_heading``) between a sentence of the article and the first of the
  rules under it, a sentence: a contest's rules under their heading. A footer's link stands among links.
- :func:`contact_promo_rows` (promo-label): a label's line holding an e-mail address ("Más información:
  movilidad@… o en el teléfono …") is the call's contact row; a teaser names no address.
- :func:`call_instructions` (copyright): a call for letters' shape ("Send … to <address>", "Email … to <address>")
  between the article's first and last paragraphs, naming no letter, question or story: the call's own instruction
  ("Send your CV, headshot and … to casting@…", "Email your comments to riverside@…").
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .base import prose_bounds
from .edge_headings import TAIL
from .edge_shared import text_above

#: The most contact rows kept under the call's last line, and the most words of each.
_ROWS: Final = 3
_ROW_WORDS: Final = 24
#: The colons (and the question mark of "Vragen?") a contact label closes on.
_CLOSERS: Final = (":", "：", "?")
#: An e-mail address somewhere in a line (looked for only in a line holding "@").
_EMAIL: Final = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
#: A row of a contact box under its first: the address, the phone or the site under their labels ("E-Mail: …@…",
#: "Telefon: 0211 837-2410", "Tél. 03 27 22 48 00").
_REACH_ROW: Final = re.compile(
    r"(?:e-?mail|courriel|correo( electrónico)?|tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono"
    r"|telefoon|fax|mobil|mobile|web|website|internet)\.?\s?[:：]?\s?(?:\+?\(?\d|[\w.+-]{1,64}@)",
    re.IGNORECASE,
)
#: The words a letters page's call names (a call for letters, questions or stories keeps going: copyright's table).
_LETTER_STEMS: Final = (
    "letter", "lettre", "carta", "brief", "lettere", "question", "problem", "dilemma", "essay", "stor", "view",
    "op-ed", "opinion", "vraag", "vragen", "reactie", "courrier", "leitor", "frage", "domand", "pregunta", "claim",
)
#: The most words of a rules heading, and the fewest of the rule under it.
_HEADING_WORDS: Final = 5
_RULE_WORDS: Final = 8


def calls_kept(ctx: Context, furniture: list[int], where: str) -> list[int]:
    """``furniture`` less a call's contact rows right under its last kept line (see the module's docstring)."""
    if not furniture or where != TAIL:
        return furniture
    lines = ctx.doc.lines
    first = min(furniture)
    above = text_above(ctx, first)
    if above < 0 or lines[above].removal is not None:
        return furniture
    taken = set(furniture)
    keep: list[int] = []
    i = first
    while i in taken and len(keep) < _ROWS:
        text = lines[i].text.strip()
        # (the box's first row a contact label's; the rows under it that, or its address and phone under their labels)
        if ctx.words(i) > _ROW_WORDS or not (_contact_row(ctx, text) or (keep and _REACH_ROW.match(text))):
            break
        keep.append(i)
        i += 1
        while i < len(lines) and not lines[i].text.strip():
            i += 1
    return [k for k in furniture if k not in keep] if keep else furniture


def _contact_row(ctx: Context, text: str) -> bool:
    """Whether ``text`` opens on a call's contact label closed by its colon (or "?"), a value after it."""
    cut = min((at for at in (text.find(c) for c in _CLOSERS) if at > 0), default=-1)
    if cut < 0 or not text[cut + 1 :].strip():
        return False
    table = ctx.table("structure", "call_contact_label")
    return bool(table.patterns) and table.match(text[: cut + 1]) is not None


def under_contact_row(ctx: Context, kept: list[int], i: int) -> bool:
    """edge-link's guard: line ``i`` (an e-mail address under its label) stands right under a call's contact row
    ("Ansprechpartnerin: Dr. Katrin Wolff"), kept."""
    pos = kept.index(i)
    if pos == 0:
        return False
    above = kept[pos - 1]
    lines = ctx.doc.lines
    return (
        lines[above].removal is None and ctx.words(above) <= _ROW_WORDS
        and _contact_row(ctx, lines[above].text.strip())
    )


def rules_heading(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """site-chrome's guard: ``kept[pos]`` is a rules heading (table ``structure.rules_heading``, ``_HEADING_WORDS``
    words at most) right under a sentence of the article and over the first rule, a sentence of ``_RULE_WORDS`` words
    or more, neither taken by the vocabularies."""
    if pos == 0 or pos + 1 >= len(kept):
        return False
    i, above, below = kept[pos], kept[pos - 1], kept[pos + 1]
    if ctx.words(i) > _HEADING_WORDS or above in hits or below in hits or ctx.words(below) < _RULE_WORDS:
        return False
    lines = ctx.doc.lines
    if not (ends_sentence(lines[above].text) and ends_sentence(lines[below].text)):
        return False
    table = ctx.table("structure", "rules_heading")
    return bool(table.patterns) and table.match(lines[i].text.strip()) is not None


def contact_promo_rows(ctx: Context, mine: list[int]) -> set[int]:
    """promo-label's guard: the lines of ``mine`` holding an e-mail address (a call's contact row under its label)."""
    lines = ctx.doc.lines
    return {i for i in mine if "@" in lines[i].text and _EMAIL.search(lines[i].text) is not None}


def call_instructions(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """copyright's guard: the lines of ``mine`` the call-for-letters table (``credits.submission``) takes that hold an
    e-mail address, name no letter, question or story, and stand between the article's first and last paragraphs."""
    lines = ctx.doc.lines
    found = [
        i for i in mine
        if "@" in lines[i].text and not any(stem in lower(lines[i].text) for stem in _LETTER_STEMS)
    ]
    if not found:
        return set()
    table = ctx.table("credits", "submission")
    found = [i for i in found if table.match(lines[i].text) is not None]
    if not found:
        return set()
    bounds = prose_bounds(ctx, ctx.doc.kept(), lambda k: k not in hits)
    if bounds is None:
        return set()
    first, last = bounds
    return {i for i in found if first < i < last and _EMAIL.search(lines[i].text) is not None}
