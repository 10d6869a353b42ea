"""press39: press releases and newsrooms as sites and wires print them.

- :func:`company_name`: a short line naming a company closed by its legal form's abbreviation ("Northfield Software,
  Inc.", "Halberd Group Ltd.", "Tessiture Lariane S.p.A.") ends on the abbreviation's full stop, not a sentence's. A
  wire prints the sender's name alone among its chrome under the release (Business Wire's "Northfield Software, Inc."
  between "View source version on businesswire.com: …" and "Release Versions"); the furniture test read the full stop
  as a closed sentence and spared the name in the middle of the run. A line of at most ``_NAME_WORDS`` words, each
  capitalised (a name's), closed by one of the forms is a name: the furniture test judges it as it judges a name
  without the stop ("Northfield Software Inc"). A sentence closing on the form has a lower-case word ("It was
  renamed Acme Inc."), and a name inside the text is judged as before (furniture goes only in runs at the edges). Only
  under the article's first paragraph: over it, a job advert's or a listing's head names its company with its form
  ("Deportes Montaña Sur S.L." over "Granada" and the salary, test_listings37), the listing's own data, which the
  stop kept out of the head's run.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import MIN_PROSE_WORDS, ends_sentence, lower

# a company's legal form, abbreviated with a closing full stop, lower-cased
_FORMS: Final = (
    " inc.", ",inc.", " ltd.", ",ltd.", " corp.", ",corp.", " co.", " llc.", " plc.", " l.p.", " pty.", " ltda.",
    " s.a.", " n.v.", " b.v.", " s.p.a.", " s.r.l.", " s.l.", " s.a.s.", " a.g.", " s.e.", " a.s.", " a/s.",
)
_NAME_WORDS: Final = 6  # "Brightline Robotics Holdings of America, Inc."
_NAME_LINKS: Final = frozenset({"of", "and", "&", "de", "der", "van", "von", "the"})


def company_name(text: str) -> bool:
    """Whether ``text`` (a line closing on a full stop) is a company's name closed by its legal form's abbreviation:
    at most ``_NAME_WORDS`` words, each capitalised or a name's linking word ("of", "&", "de")."""
    if text[-1:] != "." or not text[:1].isupper():
        return False
    low = lower(text)
    if not low.endswith(_FORMS):
        return False
    words = text.replace(",", " ").split()
    if len(words) > _NAME_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_LINKS for w in words)


def named_company(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a company's name closed by its legal form (:func:`company_name`) under a paragraph of the
    text: a line of prose closed by a sentence's end above it."""
    if not company_name(ctx.doc.lines[i].text):
        return False
    lines = ctx.doc.lines
    return any(
        ctx.words(j) >= MIN_PROSE_WORDS and ends_sentence(lines[j].text) and ctx.is_prose(j)
        for j in range(i - 1, -1, -1)
    )
