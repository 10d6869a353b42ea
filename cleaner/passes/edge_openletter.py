"""An open letter's, a joint statement's or a manifesto's signatories at the article's tail (openletter51).

- :func:`signatory_tail` (edge-furniture's guard at the tail, beside ``edge_contacts._signatories``, which the
  headings' loop reads under a closing that ends on a comma, names with roles right under it): the letter's label
  over its signatories ("Signatories:", "Unterzeichnende:", "Les signataires :", "Firmatari:", "Ondertekenaars:",
  table ``structure.signatories_label``), alone or under the letter's closing ("Met vriendelijke groet," /
  "Ondertekenaars:", table ``structure.closing_courtesy``), over two or more names: each a name and its role parted
  by a comma ("Ingrid Visser, directeur De Regenboog, Utrecht") or, under the label, an organisation's name, its
  words mostly capitalised ("Save the Children", "Medicina Democratica"); a closing without its comma ("Mit
  freundlichen Grüßen") right over names with their roles; and the names right under the letter's last sentence
  when that is its formal closing ("Veuillez agréer, Madame la Ministre, l'expression de notre haute
  considération.", table ``structure.closing_formula``: the signing unions, "FCPE", "SNES-FSU"). Short lines of
  names under the text read as a footer's links to the furniture test; under a letter's label or closing they are
  the letter's, and so are the label and the closing. A footer's links stand under no such label; a name line
  closes on no sentence and holds no figure (a petition's count under the names ends them), and the names keep the
  first one's shape (with a role or without: "Ends" under names with roles is a release's mark).

- :func:`under_signatories` (call-to-action's guard on a call under a colon's list, ``promos._listed_under_colon``):
  a petition's count or a link to the full list ("4.218 persone hanno firmato", "Consulta aquí la lista completa de
  firmantes") right under the signatories is no item of their list: a list under a signatories' label holds names,
  no steps of a how-to.

- :func:`addressee_line` (title-line's test of a headline): a petition's addressee opening its text ("To: Councillor
  Janet Brooks, Cabinet Member for Culture", "An: Kreistag Kassel", "Para: Assembleia da República", table
  ``structure.addressee_label``) is no headline: a headline opens on no label and colon.

Cost: read only of the tail run's furniture lines right under a kept line that is no furniture (a sentence, a list's
item: up to ``_MAX_STARTS`` of them), and only when such a line has few words and no figure; the tables after that.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence
from .edge_shared import _adjacent
from .furniture import DIGIT

_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])\s+")
_LABEL_WORDS: Final = 6  # "Unterzeichnet von:", "Les premiers signataires de la tribune :"
_NAME_WORDS: Final = 10  # "Jean Pritchard, chair, Westshire Pensioners' Forum"
_MAX_NAMES: Final = 40
_MIN_NAMES: Final = 2
_MAX_STARTS: Final = 3  # the furniture lines under kept text asked in a run ("Le chiediamo di:", "Cordiali saluti,")


def signatory_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a letter's signatories, their label and its closing (:func:`signatory_block`), where the
    block opens right under a kept line that is no furniture (the letter's last sentence or list item)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    spared: set[int] = set()
    starts = 0
    for f in furniture:
        if f in spared:
            continue
        above = f - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        if above < region.start - 1 or above < 0 or above in taken or lines[above].removal is not None:
            continue
        starts += 1
        if starts > _MAX_STARTS:
            break
        order = [j for j in range(f, region.stop) if lines[j].removal is None and lines[j].text.strip()]
        block = signatory_block(ctx, order, 0)
        if not block:
            block = _under_formula(ctx, above, region)
        if block:
            spared.add(f)
            spared.update(block)
    return [k for k in furniture if k not in spared] if spared else furniture


def signatory_block(ctx: Context, order: list[int], pos: int) -> list[int]:
    """The lines under ``order[pos]`` that are a letter's signatories and their label (none: no such block), when
    ``order[pos]`` is the signatories' label, or a closing over the label or over names with their roles."""
    lines = ctx.doc.lines
    i = order[pos]
    text = lines[i].text.strip()
    if not text or ctx.words(i) > _LABEL_WORDS or DIGIT.search(text) is not None:
        return []
    labels = ctx.table("structure", "signatories_label")
    block: list[int] = []
    labelled = labels.match(text) is not None
    at = pos + 1
    if not labelled:
        if ctx.table("structure", "closing_courtesy").match(text) is None:
            return []
        if at < len(order) and _adjacent(ctx, i, order[at]):
            under = order[at]
            label = lines[under].text.strip()
            if ctx.words(under) <= _LABEL_WORDS and not DIGIT.search(label) and labels.match(label) is not None:
                block.append(under)
                labelled = True
                at += 1
    names = _names(ctx, order[at : at + _MAX_NAMES], block[-1] if block else i, labelled)
    return [*block, *names] if names else []


def _names(ctx: Context, order: list[int], prev: int, labelled: bool) -> list[int]:
    """The signatories' lines from ``order[0]`` on, right under line ``prev`` and each under the last, two or more
    (none otherwise): :func:`_name_line`, each of the first one's shape."""
    lines = ctx.doc.lines
    names: list[int] = []
    roles = False  # the names' shape, the first's: with their roles after a comma or without (a list keeps one shape)
    for j in order:
        if not _adjacent(ctx, prev, j) or not _name_line(ctx, j, labelled):
            break
        role = ", " in lines[j].text
        if names and role != roles:
            break  # ("Ends" under the names with their roles: a release's mark)
        roles = role
        names.append(j)
        prev = j
    return names if len(names) >= _MIN_NAMES else []


_FORMULA_CHARS: Final = 240
_QUOTES: Final = " \"'“”„«»‘’"


def _under_formula(ctx: Context, above: int, region: range) -> list[int]:
    """The signatories right under a letter's formal closing sentence (:func:`_closing_formula`), line ``above`` that
    sentence or one of the names under it another guard kept (none: no such names)."""
    lines = ctx.doc.lines
    top, climbed = above, 0
    while climbed < _MAX_NAMES and not _closing_formula(ctx, top) and _name_line(ctx, top, True):
        top -= 1
        while top >= 0 and not lines[top].text.strip():
            top -= 1
        if top < 0 or lines[top].removal is not None:
            return []
        climbed += 1
    if not _closing_formula(ctx, top):
        return []
    order = [j for j in range(top + 1, region.stop) if lines[j].removal is None and lines[j].text.strip()]
    return _names(ctx, order[:_MAX_NAMES], top, True)


def _closing_formula(ctx: Context, above: int) -> bool:
    """Whether kept line ``above`` closes on a letter's formal closing sentence ("Veuillez agréer, Madame la Ministre,
    l'expression de notre haute considération.", "Le saludamos atentamente.", table ``structure.closing_formula``)."""
    text = ctx.doc.lines[above].text.strip().rstrip(_QUOTES)  # (the letter quoted: "… Reciba un cordial saludo.")
    if not text.endswith(".") or len(text) > _FORMULA_CHARS:
        return False
    sentence = _SENTENCE_END.split(text)[-1].lstrip(_QUOTES)
    return ctx.table("structure", "closing_formula").match(sentence) is not None


def _name_line(ctx: Context, j: int, labelled: bool) -> bool:
    """Whether line ``j`` is a signatory: a name and its role parted by a comma ("Kees de Wit, leraar, Zwolle", up to
    ``_NAME_WORDS`` words, a list's ";" or "." after it), or, under a label (``labelled``), an organisation's or a
    person's name whose words are mostly capitalised ("Save the Children", "FCPE"). No figure, no question or
    exclamation, no colon, no sentence closing a line without a comma."""
    text = ctx.doc.lines[j].text.strip()
    if not text or ctx.words(j) > _NAME_WORDS or DIGIT.search(text) is not None or ends_colon(text):
        return False
    body = text.rstrip(" ;,.")
    if not body or not body[0].isupper() or ends_sentence(body):
        return False
    if ", " in body:
        return True
    if not labelled or text.endswith("."):
        return False
    words = body.split()
    return 2 * sum(1 for w in words if w[0].isupper()) > len(words)


_ITEMS_REACH: Final = 6  # as call-to-action's: the colon line stands at most this many items above


def under_signatories(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the nearest kept line ending on a colon over the kept line at ``pos`` of ``kept`` (up to
    ``_ITEMS_REACH`` lines up) is a signatories' label (table ``structure.signatories_label``)."""
    lines = ctx.doc.lines
    for p in range(pos - 1, max(-1, pos - 1 - _ITEMS_REACH), -1):
        text = lines[kept[p]].text.strip()
        if ends_colon(text):
            labels = ctx.table("structure", "signatories_label")
            return ctx.words(kept[p]) <= _LABEL_WORDS and labels.match(text) is not None
    return False


_ADDRESSEE_LABEL_CHARS: Final = 26  # the colon this near the line's start ("À l'attention de :", "Destinatario:")


def addressee_line(ctx: Context, first: int) -> bool:
    """Whether line ``first`` opens on an addressee's label ("To:", "An:", table ``structure.addressee_label``)."""
    text = ctx.doc.lines[first].text.strip()
    if ":" not in text[:_ADDRESSEE_LABEL_CHARS]:
        return False
    return ctx.table("structure", "addressee_label").match(text) is not None
