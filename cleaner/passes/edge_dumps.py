"""dumps45: the shapes that text browsers' dumps and plain-text copies leave, which no table's words tell.

- ``lynx -dump`` (and ``w3m -dump`` and ``links -dump`` set to number links) prints each link's number glued before its
  label: a menu comes out as lines of numbered links ("  * [4]Home", "[12]Privacy [13]Cookies [14]Contact",
  "[9]Startseite > [10]Berlin > [11]Verkehr"), where a Markdown scrape has "* [Home](…)". :func:`numbered_link_row`
  reads such a line as markdown-links reads a row of Markdown links (:func:`~.markdown.link_row`), so the same rules
  clear it before the article's first paragraph or after its last (a line with words besides its links, a sentence
  with a link in it, "the ballot[13] backed a", stays: its number stands after a word, or words stand before it).
- at its end lynx lists the links' addresses under a heading ("References", "Visible links", or the heading of its
  translation): a run of numbered addresses ("  13. https://…") whose numbers are the text's link numbers
  (:func:`link_list`). An article's own list of sources has no such numbers in its text, and stays.
- a paragraph hard-wrapped by the copy ("… the coast north of Lisbon and the islands still hide" over "stretches of
  sand you can have almost to yourself."): its first line is no headline when the line under it runs the same
  sentence on, opening on a word in lower case with no gap between (:func:`wrapped_line`).

Inline link numbers stay inside a kept sentence: no pass rewrites a kept line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .base import prose_bounds

# a link's number as lynx prints it, glued before its label: "[12]Share" (up to four figures)
_NUMBER: Final = re.compile(r"\[(\d{1,4})\]")
# what lynx's rows of links put between them: spaces, bars, dots, arrows, slashes
_SEPARATORS: Final = " \t|·•∙/\\>»›<«‹→←-–—,;:*+"
# an address in lynx's list of links: "https://…", "file://…", "mailto:…" (no space in it)
_ADDRESS: Final = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|mailto:)\S+")
_HEADING_WORDS: Final = 3  # "References", "Visible links", "Liens visibles"
_WRAPPED_WORDS: Final = 8  # a wrapped paragraph's first line fills the width: a long line of words


def numbered_link_row(text: str) -> tuple[int, int] | None:
    """(links, the most words of any label) of a line made only of lynx's numbered links ("[4]Home", "[12]Privacy
    [13]Cookies", "[9]Startseite > [10]Berlin") and separators, as :func:`~.markdown.link_row` counts a row of Markdown
    links; None for any other line: a footnote's ("[2] Smith 2020, p. 4"), one not opening on a number ("the
    ballot[13] backed a", "Foto: [3]dpa"), or a label closing a sentence ("[13]Read the full report here.")."""
    if text[:1] != "[" or not text[1:2].isdecimal():
        return None
    parts = _NUMBER.split(text)
    if len(parts) > 2 and parts[2][:1].isspace():
        return None  # (a footnote's number, a space after it: "[2] Smith 2020, p. 4"; lynx glues its to the label)
    # parts: "", n1, label1, n2, label2, ...
    if parts[0].strip(_SEPARATORS):
        return None
    links = 0
    most = 0
    for k in range(2, len(parts), 2):
        label = parts[k].strip(_SEPARATORS)
        links += 1
        if not label:
            continue
        if label[-1:] in ".!?。":
            return None
        most = max(most, len(label.split()))
    return links, most


def link_list(ctx: Context, kept: list[int], last: int) -> list[int]:
    """The lines of lynx's list of the page's links under the text: after the article's last paragraph (line ``last``),
    the text's last kept lines each a number and an address ("13. https://neu.org.uk/…") whose number the text holds as
    a link's ("[13]"), and the short heading over them ("References", "Visible links"); [] when there is none."""
    lines = ctx.doc.lines
    text = ctx.joined_text()
    run: list[int] = []
    for i in reversed(kept):
        if i <= last:
            break
        line = lines[i]
        lead = line.lead.strip()
        if not (lead[:1].isdecimal() and lead[-1:] == "." and _ADDRESS.fullmatch(line.text)):
            break
        if f"[{lead[:-1]}]" not in text:
            return []  # (an article's own numbered list of sources: its numbers are no links' numbers)
        run.append(i)
    if not run:
        return []
    head = run[-1]
    above = [i for i in kept if last < i < head]
    if above:
        label = lines[above[-1]]
        words = len(label.text.split())
        if not label.lead and words <= _HEADING_WORDS and not ends_sentence(label.text):
            run.append(above[-1])
    return sorted(run)


def clear_dump_edges(ctx: Context, clear: Callable[[list[int], int], None], name: str) -> None:
    """Before the article's first paragraph and after its last, the lines of lynx's numbered links go as a scraper's
    Markdown links do there (``clear``: markdown-links' rule for an edge, reading rows with :func:`numbered_link_row`),
    and lynx's list of the links' addresses under the text goes whole (:func:`link_list`). Asked only of a text that
    holds a link's first number ("[1]")."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    rights = ctx.table("credits", "copyright")
    # (a rights line under the footer's rows is no paragraph: "Copyright 2024 BBC. All rights reserved." reads as prose
    # here, where the copyright pass runs later; asked of the prose lines at the text's ends alone)
    bounds = prose_bounds(ctx, kept, lambda i: "©" not in lines[i].text and rights.match(lines[i].text) is None)
    if bounds is None:
        return
    first, last = bounds
    for i in link_list(ctx, kept, last):
        ctx.doc.remove(i, name, "a text browser's list of the page's link addresses under the text")
    kept = [i for i in kept if lines[i].removal is None]
    for edge in ([i for i in kept if i < first], [i for i in kept if i > last]):
        clear(edge, last)
    for i in linked_teasers(ctx, [i for i in kept if i > last], name):
        ctx.doc.remove(i, name, "a teaser's link listed under a linked heading off the text")


def linked_teasers(ctx: Context, tail: list[int], name: str) -> list[int]:
    """Under the article's last paragraph, the list items each one numbered link with a headline's label ("*
    [14]La inflación se modera al 3,1% en diciembre") right under a heading that is a link itself and went as one
    ("[13]Más información", "[14]Mehr zum Thema"): another story's teasers. A list of links under a heading of words
    ("Further reading", "help is available:") or right under the last paragraph is the article's, and stays."""
    lines = ctx.doc.lines
    out: list[int] = []
    head = False
    for i in tail:
        line = lines[i]
        taken = line.removal
        if taken is not None:
            row = numbered_link_row(line.text) if taken.pass_name == name else None
            head = row is not None and row[0] == 1
            continue
        lead = line.lead
        row = numbered_link_row(line.text) if lead and not lead[0].isdecimal() and lead[0] not in "#>" else None
        if head and row is not None and row[0] == 1:
            out.append(i)
            continue
        head = False
    return out


def wrapped_line(ctx: Context, first: int, following: int) -> bool:
    """Whether line ``first`` is the first line of a paragraph the copy hard-wrapped, no headline: a long line of
    words ending on no mark, and the line right under it (no gap between, no list item) runs the sentence on, its first
    word in lower case ("stretches of sand you can have almost to yourself."); a lead opening on a brand's "iPhone"
    or on a capital stays the paragraph under a headline."""
    lines = ctx.doc.lines
    line, under = lines[first], lines[following]
    if under.gap_before or under.lead or line.lead or not line.text[-1:].isalpha():
        return False
    word = under.text.split(" ", 1)[0]
    if not (word.isalpha() and word.islower()):  # (a script with no case has no lower-case word: Arabic, Hindi)
        return False
    return len(line.text.split()) >= _WRAPPED_WORDS



def wraps_on(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a hard-wrapped paragraph's first line (:func:`wrapped_line`) over the next line, which
    no pass took: headline-run's test of a headline in a run before the article."""
    lines = ctx.doc.lines
    return i + 1 < len(lines) and lines[i + 1].removal is None and wrapped_line(ctx, i, i + 1)
