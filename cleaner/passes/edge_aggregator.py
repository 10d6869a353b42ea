"""aggregator43: a partner's story inside a portal's chrome (MSN, Yahoo, AOL, web.de, t-online, SAPO-style pages).

A portal prints the partner's name over the story as its logo would stand ("The Independent", "Associated Press",
"t-online", "SAPO", "Spot on news"), its own credit and stamp under it ("Story by Holly Evans" / "• 3h •"), and the
quotes of the stocks the story names ("NVDA" / "+5.16%"). Read alone, a name of two words over the headline is any
kicker's or any headline's shape, so no table may take it; the page itself says what it is:

- :func:`portal_head` (byline-echo's look at the head, before the article's first closed sentence):
  - the lines right over a portal's bullet stamp ("• 3h •", "• 2 h •": MSN's age between two bullets, no article's
    line) are its partner's name and the credit ("Histoire de Thibaut Le Gal"): up to two short lines go;
  - a short name at the head, over another kept line (the headline), that a credit the page's passes took names
    again, closing it or before its comma ("Read the full story at Associated Press", "Leia mais em SAPO", "Von
    t-online, dpa, mk") is the partner's logo as text: it goes. A headline alone at the head, a wire's dateline
    ("BERLIN (Reuters) -"), a label closing on a colon, a name no credit names, a kicker a sentence holds ("Tribune"
    over "Les opinions exprimées dans cette tribune …") stay;
  - a quote row at the head, a ticker alone on its line over its signed change ("NVDA" / "+5.16%"), goes in pairs.

Cheap first: the head is the few kept lines over the first closed sentence (none on most pages: the first kept line
is a paragraph), and the page's credits are read only when the head holds a candidate.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower

_SCAN: Final = 60  # the page's lines read for its head (a full page's menu runs over the headline)
_STAMP: Final = re.compile(r"(•\s?)?\d{1,3}\s?[^\W\d_]{1,3}\.?\s?•")  # "• 3h •", "• 2 h •", "• 4 u •"
_OVER_STAMP: Final = 2  # the credit and the partner's name over the stamp
_CREDIT_WORDS: Final = 6  # "Histoire de Thibaut Le Gal", "Verhaal van Redactie"
_NAME_WORDS: Final = 4
_NAME_CHARS: Final = 40
_TICKER: Final = re.compile(r"[A-Z][A-Z0-9]{0,5}([.=-][A-Z]{1,4})?")  # "NVDA", "CL=F", "FTSEMIB.MI", "BRK-B"
_CHANGE: Final = re.compile(r"[+\-−]\d{1,4}([.,]\d{1,2})?\s?%")  # "+5.16%", "-1,26 %"
_CREDIT_PASSES: Final = frozenset({"byline", "labelled-byline", "promo-label", "copyright", "image-credit"})
_STAMP_REASON: Final = "a portal's partner name or credit over its bullet stamp ('• 3h •')"
_ECHO_REASON: Final = "the partner's name over the headline, as a credit the portal prints names it"
_TICKER_REASON: Final = "a portal's quote row over the story: a ticker over its change"


def _head(ctx: Context) -> list[int]:
    """The kept lines over the article's first closed sentence among the page's first ``_SCAN`` lines (empty when
    none closes there)."""
    lines = ctx.doc.lines
    head: list[int] = []
    for i in range(min(len(lines), _SCAN)):
        if lines[i].removal is not None:
            continue
        if ends_sentence(lines[i].text) and ctx.is_prose(i):
            return head
        head.append(i)
    return []


def _name_shape(text: str) -> bool:
    """A short name alone: at most ``_NAME_WORDS`` words and ``_NAME_CHARS`` characters, a letter first, no sentence's
    or label's close, no dash handing over to a lead."""
    text = text.strip()
    if not text or len(text) > _NAME_CHARS or not text[0].isalpha():
        return False
    if text[-1] in ".!?:;-–—)" or len(text.split()) > _NAME_WORDS:
        return False
    return "(" not in text


def _words_in(name: str, credit: str) -> bool:
    """Whether ``credit`` names ``name`` as a partner's credit does: its words whole, in their case (the first letter
    aside: "Originalartikel von spot on news"), closing the credit or before a comma ("Read the full story at Associated
    Press", "Von t-online, dpa, mk"), the credit naming more than the name. A word inside a sentence ("… dans cette
    tribune n'engagent que leur auteur" under the kicker "Tribune") is no credit's."""
    name = name.strip()
    low, where = lower(name), lower(credit.rstrip(" .»›>…"))
    at = where.find(low)
    while at >= 0:
        end = at + len(low)
        if (
            (at == 0 or not where[at - 1].isalnum())
            and (end == len(where) or where[end] == ",")
            and credit[at + 1 : end] == name[1:]
        ):
            return len(where.split()) > len(low.split())
        at = where.find(low, at + 1)
    return False


def portal_head(ctx: Context, name: str) -> None:
    """Remove a portal's partner name, credit and quote rows at the page's head (see the module's docstring)."""
    head = _head(ctx)
    if len(head) < 2:
        return
    lines = ctx.doc.lines
    gone: dict[int, str] = {}
    # the lines right over a bullet stamp (kept or taken): the credit and the partner's name
    for i in range(head[0], min(head[-1] + 2, len(lines))):
        text = lines[i].text.strip()
        if "•" not in text or _STAMP.fullmatch(text) is None:
            continue
        for j in range(max(0, i - _OVER_STAMP), i):
            if j in head and ctx.words(j) <= _CREDIT_WORDS and not ends_sentence(lines[j].text):
                gone[j] = _STAMP_REASON
    # quote rows: a ticker over its change
    for a, b in pairwise(head):
        if b == a + 1 and _TICKER.fullmatch(lines[a].text.strip()) and _CHANGE.fullmatch(lines[b].text.strip()):
            gone[a] = gone[b] = _TICKER_REASON
    # the partner's name, named again by a credit the passes took
    names = [i for i in head[:-1] if i not in gone and _name_shape(lines[i].text)]
    if names:
        credits = [
            removal.text
            for line in lines
            if (removal := line.removal) is not None and removal.pass_name in _CREDIT_PASSES
        ]
        for i in names:
            if any(_words_in(lines[i].text, credit) for credit in credits):
                gone[i] = _ECHO_REASON
    for i in sorted(gone):
        ctx.doc.remove(i, name, gone[i])
