"""newsletter53: posts on newsletter and blogging platforms (Substack, Ghost, beehiiv, Medium, LinkedIn articles,
WordPress.com, Steady) scraped as text.

A platform's post opens on a meta row between its headline and its first paragraph: the writer's name, the date, the
post's like and comment counts, a separator dot, a "Paid" badge, and the share and follow buttons; it closes on the
writer's sign-off under the newsletter's promise of the next issue ("À dimanche prochain," over "Claire"), and under
it, a profile box (Medium's "2.3K Followers" over the writer's one-line blurb over "Follow").

- :func:`meta_strip` (edge-furniture, after the head's run): the kept lines of a post's meta row right over its
  first paragraph. The row is a run of lines with text, each one another pass took or a kept short line that ends no
  sentence and no label (``_STRIP_WORDS`` words at most), standing right over a kept line of prose, with at most
  ``_ABOVE`` kept lines over it on the page (the headline, a dek, a kicker). It opens on the writer's name (two to four
  capitalised words, a name's particle between them), its byline or its date, and closes on the last line another pass
  took or a follow button with its plus ("+ Folgen", which the tables read as the verb alone); it is
  ``_ROW_LINES`` lines at most, and the date (dateline) is among its lines. The writer's name goes where the line right
  under it is its date, its byline or a button another pass took (a company's name over its place on a job posting,
  a venue over its ages, stand over kept lines, and so does the page's headline); where a share or follow button
  (social-buttons, site-chrome's read time, the plus's button) is among the row's lines, its counts ("48", "1.4K",
  "1,2 mil"), its dot ("·", "∙ Paid") and the plus's button go too. A kept line under the row's last button is the
  text's (a draw's numbers under "Share"), and stays.
- :func:`name_under_closing` (edge-furniture's guard at the tail): the writer's name alone (one to three capitalised
  words) right under the newsletter's promise of the next issue that stays (table ``structure.newsletter_closing``:
  "À dimanche prochain," over "Claire"), or after a dash right under the text's last sentence ("— Ellen" under
  "That's it for today. Ride safe."): the writer's sign-off, no footer's link. It counts in the run as the page's
  lines beside it.
- :func:`profile_blurb` (edge-furniture, at the tail): a short line (``_BLURB_WORDS`` words at most) after the
  article's last paragraph between two lines social-buttons took, the one over it a count of followers ("1,1 K
  seguidores") and the one under it a follow button with no figure ("Seguir"): the writer's blurb in the platform's
  profile box.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

#: The most kept lines over a post's meta row (the headline, a dek, a kicker).
_ABOVE: Final = 3
#: The most words of a kept line in a meta row ("Head of People bei Nordlicht GmbH").
_STRIP_WORDS: Final = 7
#: The passes whose lines date a meta row, and those whose lines are its buttons (site-chrome: the read time).
_DATE_PASSES: Final = frozenset({"dateline"})
_BUTTON_PASSES: Final = frozenset({"social-buttons", "site-chrome"})
#: A follow button with its plus, its word alone ("+ Follow", "+ Folgen", "+ Seguir").
_PLUS_BUTTON: Final = re.compile(r"\+ ?[^\W\d_]{3,12}")
#: The most lines of a meta row, from the writer's name to its last button (Medium's: ten).
_ROW_LINES: Final = 12
#: A like, clap or comment count alone ("48", "1.4K", "1,2 mil"), and a separator with at most a word after it ("·",
#: "∙ Paid").
_COUNT: Final = re.compile(r"\d{1,3}(?:[.,]\d)?\s?(?:[KkMm]|mil)|\d{1,6}")
_SEPARATOR: Final = re.compile(r"[·∙•|]\s*(?:\w+)?")
#: The passes whose lines open a meta row (its byline, its date).
_OPENERS: Final = frozenset({"byline", "dateline"})
#: A name's particles between its capitalised words ("Sanne de Vries", "Rui Tavares Pinto").
_PARTICLES: Final = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten", "le", "la",
     "y", "e", "zu"}
)
#: A capitalised word of a name ("Okafor", "O'Neill", "Jean-Luc", "Dr.").
_NAME_WORD: Final = re.compile(r"[A-ZÀ-ÞĀ-ſ][a-zß-ÿā-ſ'’-]*\.?")
#: The writer's first name or name after a dash ("— Ellen", "– Tom Baker").
_DASH_NAME: Final = re.compile(r"[—–-] ?[A-ZÀ-ÞĀ-ſ][\w'’.-]{0,30}(?: [A-ZÀ-ÞĀ-ſ][\w'’.-]{0,30}){0,2}")
#: The most words of a profile's blurb between its followers count and its follow button.
_BLURB_WORDS: Final = 12


def _name(text: str, least: int) -> bool:
    """Whether ``text`` is a person's name alone: ``least`` to four capitalised words, a particle between them."""
    words = text.split()
    if not least <= len(words) <= 4:
        return False
    capitals = 0
    for n, word in enumerate(words):
        if _NAME_WORD.fullmatch(word):
            capitals += 1
        elif not (0 < n < len(words) - 1 and word in _PARTICLES):
            return False
    return capitals >= least


def meta_strip(ctx: Context, name: str) -> None:
    """Remove the kept lines of a post's meta row over its first paragraph (see the module)."""
    lines = ctx.doc.lines
    seq = [i for i in range(len(lines)) if lines[i].text.strip()]

    def in_strip(i: int) -> bool:
        if lines[i].removal is not None:
            return True
        text = lines[i].text.strip()
        return ctx.words(i) <= _STRIP_WORDS and not ends_sentence(text) and not ends_colon(text)

    headline = next((i for i in seq if lines[i].removal is None), -1)
    above = n = 0
    while n < len(seq) and above <= _ABOVE:
        m = n
        while m < len(seq) and in_strip(seq[m]):
            m += 1
        if m == n:  # (a kept long line: the headline or the dek)
            above += 1
            n += 1
            continue
        strip = seq[n:m]
        under = seq[m] if m < len(seq) else -1  # (the line under the run: the first paragraph, kept and prose)
        fits = under >= 0 and lines[under].removal is None and ctx.is_prose(under)
        row = _strip_lines(ctx, strip, headline) if fits else []
        if row:
            for i in row:
                ctx.doc.remove(i, name, "a post's meta row between its headline and its first paragraph")
            return
        above += sum(1 for i in strip if lines[i].removal is None)
        n = m


def _strip_lines(ctx: Context, strip: list[int], headline: int) -> list[int]:
    """The kept lines of the run ``strip`` that are the meta row's (see :func:`meta_strip`; ``headline``: the page's
    first kept line, no writer's name)."""
    lines = ctx.doc.lines
    # (a follow button with its plus, "+ Folgen", "+ Suivre": the tables read the word alone, a verb)
    plus = {
        i for i in strip
        if lines[i].removal is None and _PLUS_BUTTON.fullmatch((lines[i].lead + lines[i].text).strip())
    }
    # (the row closes on a line another pass took, the date or the share button: a kept line under it is the text's,
    # a horoscope's first sign under "Share")
    last = max((i for i in strip if lines[i].removal is not None or i in plus), default=-1)
    # (the row opens on the writer's name, its byline or its date: a kept line over them is the headline's, over a
    # menu another pass took)
    start = next(
        (i for i in strip if _name(lines[i].text.strip(), 2)
         or ((r := lines[i].removal) is not None and r.pass_name in _OPENERS)),
        last,
    )
    row = [i for i in strip if start <= i <= last]
    if not row or len(row) > _ROW_LINES:
        return []
    passes = {r.pass_name for i in row if (r := lines[i].removal) is not None}
    if not passes & _DATE_PASSES:
        return []
    buttons = bool(passes & _BUTTON_PASSES) or bool(plus)
    out: list[int] = []
    for n, i in enumerate(row):
        if lines[i].removal is not None:
            continue
        text = lines[i].text.strip()
        # (the writer's name right over its date, its byline or its follow button: a company's name over its place,
        # a venue over its ages, stand over kept lines)
        # (only in a platform's row, a button in it: a section's name of capitalised words over the stamp,
        # "City Hall Politics", stays as every short line at the head does: left18)
        if _name(text, 2) and i != headline and buttons:
            under = lines[row[n + 1]].removal if n + 1 < len(row) else None
            if under is not None and under.pass_name in _OPENERS | _BUTTON_PASSES:
                out.append(i)
        # (the counts, the dot, the follow button with its plus)
        elif buttons and (_COUNT.fullmatch(text) or _SEPARATOR.fullmatch(text) or i in plus):
            out.append(i)
    return out


def name_under_closing(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the writer's name right under the newsletter's closing that stays (see the module)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    closing = ctx.table("structure", "newsletter_closing")
    for i in furniture:
        text = lines[i].text.strip()
        dashed = _DASH_NAME.fullmatch(text) is not None
        if not (dashed or _name(text, 1)) or ctx.words(i) > 3:
            continue
        above = i - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        if above < region.start - 1 or above in taken or lines[above].removal is not None:
            continue
        over = lines[above].text.strip()
        # (under the closing that stays: "Claire" under "À dimanche prochain,"; after a dash, under the text's
        # last sentence: "— Ellen" under "That's it for today. Ride safe.")
        # (the closing is a letter's, ending on its comma: a column's closing sentence, "Bis nächste Woche!", over a
        # bare name is over the author's box, which goes: opinion35)
        if (closing.match(over) is not None and over.endswith(",")) or (dashed and ends_sentence(over)):
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def profile_blurb(ctx: Context, region: range, name: str) -> None:
    """Remove a profile box's blurb between its followers count and its follow button after the article (see the
    module)."""
    lines = ctx.doc.lines
    seq = [i for i in region if lines[i].text.strip()]
    for n in range(1, len(seq) - 1):
        i = seq[n]
        over, under = lines[seq[n - 1]].removal, lines[seq[n + 1]].removal
        if (
            lines[i].removal is None and over is not None and under is not None
            and over.pass_name == "social-buttons" and under.pass_name == "social-buttons"
            and ctx.digit(seq[n - 1]) and not ctx.digit(seq[n + 1]) and ctx.words(i) <= _BLURB_WORDS
        ):
            ctx.doc.remove(i, name, "a profile's blurb between its followers count and its follow button")
