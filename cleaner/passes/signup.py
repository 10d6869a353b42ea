"""Sign-up, newsletter, subscription, paywall and consent prompts.

Calls to action addressed to the reader. Vocabulary tables match whole short lines, so
reported speech that mentions signing up or newsletters stays.
"""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from .base import VocabLinePass
from .edge_guards import VerdictHeadings, item_inside_prose_list


class NewsletterPrompt(VocabLinePass):
    name = "newsletter-prompt"
    family = "signup"
    description = "Imperative sign-up, subscribe and register prompts."
    tables: ClassVar[dict[str, str]] = {"newsletter": "call to sign up, subscribe or register"}
    default_max_words = 30

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A call's words as one step of the article's list between two paragraphs ("Créer un compte" under "Les
        étapes", more steps under it, prose around: see :func:`~.edge_guards.item_inside_prose_list`)."""
        return {i for i in mine if item_inside_prose_list(ctx, i, hits)}


class ConsentLine(VocabLinePass):
    name = "consent-line"
    family = "signup"
    description = "Terms and consent lines under sign-up forms."
    tables: ClassVar[dict[str, str]] = {
        "consent": "consent or terms line of a sign-up form",
        "disclosure": "affiliate or sponsorship disclosure",
    }
    default_max_words = 70  # a data-protection notice under a comment form runs long

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A line over ``_DISCLOSURE_MAX_WORDS`` words that only the disclosure table matched (it
        searches the line) is the article's paragraph about affiliate programs ("… as an Amazon
        associate she received a small commission on every blender …"); the long lines this pass
        is for are the consent table's whole notices."""
        consent = ctx.table(self.family, "consent")
        return {
            i for i in mine
            if ctx.words(i) > _DISCLOSURE_MAX_WORDS and not consent.match(ctx.doc.lines[i].text)
        }


_DISCLOSURE_MAX_WORDS = 50  # (a disclosure runs a sentence or two)


class Paywall(VocabLinePass):
    name = "paywall"
    family = "signup"
    description = "Paywall and subscriber-only notices."
    tables: ClassVar[dict[str, str]] = {"paywall": "paywall or subscriber notice"}
    default_max_words = 40

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A subscription's label that names one side of a review's box ("Plus", the Scandinavian sites' paid tier
        and a review's pros) over an item or more, the other side's heading (table ``structure.verdict_heading``:
        "Minus") a few lines under it: the review's box, which edge-furniture keeps."""
        headings = VerdictHeadings(ctx)
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        out: set[int] = set()
        for i in mine:
            if ctx.words(i) > _VERDICT_HEADING_WORDS or not headings.at(i):
                continue
            pos = at[i]
            if any(headings.at(j) for j in kept[pos + 2 : pos + 2 + _VERDICT_SIDE_ITEMS]):
                out.add(i)
        return out


_VERDICT_HEADING_WORDS = 2
_VERDICT_SIDE_ITEMS = 6  # the items under the first side's heading, the other side's heading among the next lines
