"""explainer47: an explainer's own structure at the article's head, and the writer's role under its byline.

- :func:`first_section_heading` (detached-blocks' guard) and :func:`section_heading_head` (edge-furniture's guard at
  the head): a glossary or an FAQ is a run of sections, each a short
  heading over its text ("Caucus" over its definition, "When do the clocks change?" over its answer). Under the
  headline, the byline and the stamp the first heading stands alone between the residue other passes took and the
  article's first paragraph; detached-blocks read it as the tail of the small block over the article (the menu, the
  headline and the standfirst) and took it with them. The block's last line, kept, right under a removed line and
  right over the article's first line (nothing kept between), stays where it has the shape of the article's own
  headings below: a term (a few words, a capital, no closing mark, no figure) where at least ``_SECTIONS`` more terms
  each head a paragraph, or a question where as many questions do, the sections short from the first on (at most
  ``_SECTION_LINES`` kept lines each: a glossary's definitions, an FAQ's answers). A section's label or a place over
  an article of long paragraphs ("Tribunales", "Letters", "Brussels", "Article" over a story whose later short lines
  are a signature's name or a list's label) goes as before, and a writer's role ("Transport correspondent") over an
  FAQ is no question.
- :func:`role_under_byline` (labelled-byline's look at the head): the writer's job title alone on its line (table
  ``credits.bio_role``: "Transport correspondent", "Consumer editor") right under the line the byline pass took ("By
  Tom Ashworth") and right over the stamp the dateline pass took, near the page's top: the credit's second line
  (energy43's ``name_role_head`` reads the name alone over the title; here the name went with its "By").
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence

#: The most words of a glossary's term ("Fonds pertes et dommages", "Electoral College").
_TERM_WORDS: Final = 4
#: The most words of an FAQ's question ("What happens if I miss the deadline for my tax return?").
_QUESTION_WORDS: Final = 14
#: The fewest words of the paragraph under a heading.
_PARAGRAPH_WORDS: Final = 6
#: The more headings of the same shape below the first that make the article a run of sections.
_SECTIONS: Final = 2
#: The lines under the article's first line looked at for them.
_REACH: Final = 40
#: The most kept lines of a section under its heading (an answer of three paragraphs): the sections are short.
_SECTION_LINES: Final = 3
#: The most words of a writer's job title ("Senior political correspondent").
_ROLE_WORDS: Final = 4
#: The page's first lines looked at for the credit.
_HEAD_REACH: Final = 40
_ROLE: Final = "the writer's job title under the byline and over the page's stamp"


def _shape(ctx: Context, i: int) -> int:
    """Line ``i``'s shape as a section's heading: 1 a term, 2 a question, 0 neither."""
    text = ctx.doc.lines[i].text.strip()
    if not text:
        return 0
    words = ctx.words(i)
    if text[-1] == "?":
        return 2 if words <= _QUESTION_WORDS else 0
    if words > _TERM_WORDS or text[-1] in ".!:;,…)\"”»" or not text[0].isupper() or ctx.digit(i):
        return 0
    return 1


def _heads_paragraph(ctx: Context, i: int, stop: int) -> bool:
    """The next kept line under line ``i`` (before ``stop``) is a paragraph: a sentence of a few words."""
    lines = ctx.doc.lines
    for j in range(i + 1, stop):
        if lines[j].removal is None and lines[j].text.strip():
            return ctx.words(j) >= _PARAGRAPH_WORDS and ends_sentence(lines[j].text)
    return False


def _opens_sections(ctx: Context, last: int, first: int) -> bool:
    """Line ``last``, kept right under a removed line and right over the article's first line ``first`` (nothing kept
    between), has the shape of the article's section headings under it: ``_SECTIONS`` more of that shape each over
    a paragraph, each section (the first's paragraph under ``last`` too) at most ``_SECTION_LINES`` kept lines."""
    lines = ctx.doc.lines
    if last >= first or last == 0 or lines[last].removal is not None or lines[last - 1].removal is None:
        return False
    if any(lines[j].removal is None and lines[j].text.strip() for j in range(last + 1, first)):
        return False
    shape = _shape(ctx, last)
    if not shape:
        return False
    stop = min(len(lines), first + _REACH)
    found = 0
    since = 1  # the kept lines since the last heading (the first paragraph under ``last``)
    for j in range(first + 1, stop):
        if lines[j].removal is not None or not lines[j].text.strip():
            continue
        # (the cheap question first: a short line)
        if ctx.words(j) <= _QUESTION_WORDS and _shape(ctx, j) == shape and _heads_paragraph(ctx, j, stop):
            found += 1
            if found >= _SECTIONS:
                return True
            since = 0
            continue
        since += 1
        if since > _SECTION_LINES:
            return False  # a long section: the article is no run of short sections
    return False


def first_section_heading(ctx: Context, blocks: list[list[int]], article: int, first: int) -> set[int]:
    """The last line of the block right over the article's first block ``article`` when it is the first of the
    article's section headings, right over its first line ``first`` (see the module's docstring)."""
    if article == 0 or not blocks[article - 1]:
        return set()
    last = blocks[article - 1][-1]
    return {last} if _opens_sections(ctx, last, first) else set()


def section_heading_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less its last line when that is the article's first section heading right over the first
    paragraph, the region's end (edge-furniture's guard at the head; see the module's docstring)."""
    if not furniture or furniture[-1] != region.stop - 1 or region.stop >= len(ctx.doc.lines):
        return furniture
    return furniture[:-1] if _opens_sections(ctx, furniture[-1], region.stop) else furniture


def role_under_byline(ctx: Context, pass_name: str) -> None:
    """Remove (as ``pass_name``) a writer's job title alone on its line (table ``credits.bio_role``) between the line
    the byline pass took and the one the dateline pass took, in the page's first ``_HEAD_REACH`` lines (over the
    standfirst as well as under it: a standfirst is a sentence, the first paragraph labelled-byline reads)."""
    lines = ctx.doc.lines
    for i in range(1, min(len(lines) - 1, _HEAD_REACH)):
        # (the cheap questions first: a short kept line between two removed ones)
        if ctx.words(i) > _ROLE_WORDS or lines[i].removal is not None:
            continue
        above, below = lines[i - 1].removal, lines[i + 1].removal
        if above is None or below is None or above.pass_name != "byline" or below.pass_name != "dateline":
            continue
        if ctx.digit(i) or not ctx.matches("credits", "bio_role", i):
            continue
        ctx.doc.remove(i, pass_name, _ROLE)
