"""energy43: the writer's credit that regional news sites print as two lines under the headline.

- :func:`name_role_head`: a regional publisher's page prints its writer's name and job title on two lines of their
  own between the headline and the stamp ("Emma Clarke" / "Senior reporter" / "09:12, 3 FEB 2024"). Under a short
  headline title-line and edge-furniture take the lines with the head's run; under a long one (a power-cut notice's
  "… - see the full list of affected streets", no title-line's) the headline is kept and the two lines stand between
  it and the first paragraph, where no table names a bare name. A name over a job title over the page's stamp, over
  the article's first paragraph, is that credit; a name over a title over a life span (an obituary's head: "Emma
  Clarke" / "Senior reporter" / "1961 – 2024") is no stamp, and stays.
- :func:`teaser_took_appeal_heading`: a desk's appeal box right under a teaser box ("More climate interviews" / a
  headline / "Support our climate journalism" / "Our reporting is free for everyone. Give from just £2." / "Support
  us →"): teaser-box reads the appeal's heading as one more of the box's headlines and takes it, and appeal-box,
  which reads a heading another pass took only when a sign-up pass took it, left the pitch under it. A line teaser-box
  took as a listed headline that the appeal-heading table names heads the box as well (the pitch and the button
  under it are still asked for).
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from .edge_obits import life_span, name_line

_NAME_WORDS: Final = (2, 4)  # "Emma Clarke", "Mary Anne de Vries"
_ROLE_MOST: Final = 4  # "Senior reporter", "Chief Environment Correspondent"
_HEAD_REACH: Final = 60  # the lines over the first paragraph looked at (a long menu over the headline)
_STAMP_PASSES: Final = frozenset({"dateline"})  # (runs before labelled-byline: the stamp under the credit is gone)
_CREDIT: Final = "the writer's name over the job title and the page's stamp, over the article's first paragraph"


def name_role_head(ctx: Context, first: int, pass_name: str) -> None:
    """Remove (as ``pass_name``) a writer's name alone on its line over a job title alone (table ``credits.bio_role``:
    "Senior reporter", "Staff Writer") over a line the dateline pass took, above line ``first`` (the article's first
    paragraph). The name and the title must both be kept lines; a life span under them (an obituary) is no stamp."""
    lines = ctx.doc.lines
    lo, hi = _NAME_WORDS
    for i in range(min(first, _HEAD_REACH) - 2):
        # (the cheap questions first: two kept short lines over a removed stamp)
        if not lo <= ctx.words(i) <= hi or ctx.words(i + 1) > _ROLE_MOST:
            continue
        stamp = lines[i + 2].removal
        if stamp is None or stamp.pass_name not in _STAMP_PASSES:
            continue
        if lines[i].removal is not None or lines[i + 1].removal is not None or ctx.digit(i) or ctx.digit(i + 1):
            continue
        if not name_line(lines[i].text.strip()) or not ctx.matches("credits", "bio_role", i + 1):
            continue
        if life_span(lines[i + 2].text.strip()):
            continue
        ctx.doc.remove(i, pass_name, _CREDIT)
        ctx.doc.remove(i + 1, pass_name, _CREDIT)


_TEASER_PASS: Final = "teaser-box"
_HEADING_MOST: Final = 8  # (appeal-box's max_heading_words)


def teaser_took_appeal_heading(ctx: Context, i: int, family: str) -> bool:
    """Whether line ``i``, which teaser-box took as a headline of its box, is an appeal box's heading (table
    ``<family>.appeal_heading``: "Support our climate journalism"): appeal-box reads it as one it found itself."""
    removal = ctx.doc.lines[i].removal
    if removal is None or removal.pass_name != _TEASER_PASS or ctx.words(i) > _HEADING_MOST:
        return False
    return ctx.table(family, "appeal_heading").match(ctx.doc.lines[i].text) is not None
