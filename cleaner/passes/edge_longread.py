"""longread48: a long-form feature's or essay's opening: its first section's head and the epigraph over it.

A magazine feature or an essay opens, under its headline, byline and stamp, with an epigraph (a quotation and its
"— Author") and the first section's head ("I.", "1.", "Part one: The foundation", "Chapitre 1 : L'arrivée",
"Primera parte: El agua", or a one-word head such as "Water"), then its first paragraph. Short and closing no
sentence, those lines stood in the head's run of page furniture (edge-furniture) or ended the small block over the
article with the headline and dek (detached-blocks), and went with them. feature36's ``opening_epigraph`` keeps an
epigraph right over the first paragraph only: a section's head between them hid it.

The section's head is told by its siblings below: the article's next sections open with heads of the same shape.

- a numeral closed by a full stop or a bracket, a title after it or none ("I.", "2.", "III. Ralentir"): the next
  number in the same numerals ("II.", "2.") heads a later paragraph;
- a head of two words before its colon and a title ("Part one: The walls", "Teil eins: Das Vergessen", "Primera
  parte: El agua"), or of two words alone, the one a number ("Teil 1", "Deel II"): a later head of two words over a
  paragraph shares one of them at the same place, no article ("The Review: …" and "The Fall: …" share an article
  only), and differs in the other ("Part two: …", "Segunda parte: …"). (Two words alone and no number share a
  menu's word: "World News" over the headline, "Business News" over a teaser below);
- a term (a few capitalised words, no mark, no figure: "Water"): ``_TERM_SIBLINGS`` later terms each stand right
  under a section break (a kept line of a few marks and no letter or figure: "◆", "***", "* * *") and right over a
  paragraph.

A menu's last item or a section's label over the first paragraph ("Essays", "Kultur") has no such sibling in the text
under it (explainer47's ``first_section_heading`` reads the same for a glossary's short sections; a long-form
feature's sections run long). The epigraph right over the head (or right over the paragraph) stays with it: an
attribution (a dash, then a name: feature36's shape, or a few words opening in lower case and naming a capitalised
one: "— attributed to Diogenes") under a quotation's lines.

:func:`longread_head` is edge-furniture's guard at the head, :func:`longread_head_kept` detached-blocks' guard over
the article's first block. Each reads the few kept lines right over the first paragraph, and the text under it only
when the line right over it has a head's shape.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence, lower
from .edge_opening import _DASHES, _quotation, attribution

_HEAD_WORDS: Final = 10  # the most words of a section's head, its title included ("Chapter 1: The Fall")
_TERM_WORDS: Final = 4  # a term's ("Water", "The Long Winter")
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}
_REACH: Final = 400  # the lines under the first paragraph looked at for a sibling
_TERM_SIBLINGS: Final = 2  # the later terms under a section break that make the first one a head
_BREAK_CHARS: Final = 5  # a section break's characters at most ("* * *")
_PARAGRAPH_WORDS: Final = 6  # the fewest words of the paragraph under a term
_SHARED_CHARS: Final = 4  # the shared word of two heads ("Part", "Teil", "Deel"; no "The", "Les", "Het")
_LOWER_ATTRIBUTION_WORDS: Final = 6
#: the kept lines over the first paragraph read: an epigraph's quotation (four lines), its attribution, the head
_OPENING_LINES: Final = 8  # "— attributed to Diogenes", "— after Rainer Maria Rilke"


def _roman(token: str) -> int:
    """The value of a Roman numeral of ``_ROMAN``'s letters (0 if ``token`` is none)."""
    total = 0
    last = 0
    for ch in reversed(token):
        value = _ROMAN.get(ch, 0)
        if not value:
            return 0
        total = total - value if value < last else total + value
        last = max(last, value)
    return total


def _numeral(text: str) -> tuple[int, int]:
    """``text``'s number as a section's numeral closed by a full stop or a bracket ("II.", "3.", "IV. La vitesse"):
    (its style, 1 Roman and 2 Arabic, and its value); (0, 0) where it opens with none."""
    first, _sep, _rest = text.partition(" ")
    if len(first) < 2 or first[-1] not in ".)":
        return 0, 0
    token = first[:-1]
    if token.isdigit():
        return (2, int(token)) if len(token) <= 2 else (0, 0)
    value = _roman(token)
    return (1, value) if value else (0, 0)


def _prefix(text: str) -> list[str]:
    """``text``'s two words before its colon, a title after it ("Part one: The walls"), or its two words where it has
    no colon, the one of them a number ("Teil 2", "Deel II"), lower case; [] otherwise."""
    head, colon, rest = text.partition(":")
    if colon:
        words = lower(head).split()
        return words if len(words) == 2 and rest.strip() else []
    words = lower(text).split()
    if len(words) != 2 or not (_number(words[0]) or _number(words[1])):
        return []
    return words


def _number(word: str) -> bool:
    """``word`` (lower case) is a number: figures, or a Roman numeral."""
    return word.isdigit() or _roman(word.upper()) > 0


def _siblings(pair: list[str], them: list[str]) -> bool:
    """Two heads' two words share one at the same place, of ``_SHARED_CHARS`` letters or more, no article ("part",
    "teil", "parte", "chapitre", "deel"), and differ in the other ("Part one" and "Part two"; "The Review" over the
    paragraph and "The Fall" below share an article only). (The stopword lists hold "part", "teil" and "parte".)"""
    if (them[0] == pair[0]) == (them[1] == pair[1]):
        return False
    return len(pair[0] if them[0] == pair[0] else pair[1]) >= _SHARED_CHARS


def _term(ctx: Context, i: int) -> bool:
    """Line ``i`` is a term: a few words, a capital first, no closing mark, no figure."""
    text = ctx.doc.lines[i].text.strip()
    return (
        bool(text) and ctx.words(i) <= _TERM_WORDS and text[0].isupper() and text[-1] not in ".!?:;,…)\"”»"
        and not ctx.digit(i)
    )


def _section_break(text: str) -> bool:
    """``text`` is a section break: a few marks, no letter or figure ("◆", "***", "* * *", "—")."""
    stripped = text.strip()
    return 0 < len(stripped) <= _BREAK_CHARS and not any(ch.isalnum() for ch in stripped)


def _next_kept(ctx: Context, i: int, stop: int) -> int:
    """The next kept line with text under line ``i`` (before ``stop``), -1 if none."""
    lines = ctx.doc.lines
    for j in range(i + 1, stop):
        if lines[j].removal is None and lines[j].text.strip():
            return j
    return -1


def _opens_sections(ctx: Context, head: int, first: int) -> bool:
    """Line ``head`` (right over the article's first line ``first``) is the first section's head: a later kept line
    of the text under ``first`` is its sibling (see the module's docstring)."""
    lines = ctx.doc.lines
    if ctx.words(head) > _HEAD_WORDS:
        return False
    text = lines[head].text.strip()
    style, value = _numeral(text)
    if not text or (not style and ends_sentence(text)):
        return False
    pair = [] if style else _prefix(text)
    term = not style and not pair and _term(ctx, head)
    if not style and not pair and not term:
        return False
    stop = min(len(lines), first + _REACH)
    terms = 0
    for j in range(first + 1, stop):
        line = lines[j]
        # (the cheap questions first: a kept short line)
        if line.removal is not None or ctx.words(j) > _HEAD_WORDS:
            continue
        other = line.text.strip()
        if not other:
            continue
        if style or pair:
            them = _prefix(other) if pair else []
            if (_numeral(other) == (style, value + 1) if style else bool(them)) and (
                style or _siblings(pair, them)
            ):
                under = _next_kept(ctx, j, stop)
                if under >= 0 and ctx.words(under) >= _PARAGRAPH_WORDS:
                    return True
        elif lines[j - 1].removal is None and _section_break(lines[j - 1].text) and _term(ctx, j):
            under = _next_kept(ctx, j, stop)
            if under >= 0 and ctx.words(under) >= _PARAGRAPH_WORDS:
                terms += 1
                if terms >= _TERM_SIBLINGS:
                    return True
    return False


def _attribution(text: str) -> bool:
    """``text`` is an epigraph's attribution: feature36's (a dash and a name), or a dash and a few words opening in
    lower case that name a capitalised one and close no sentence ("— attributed to Diogenes")."""
    if attribution(text):
        return True
    stripped = text.strip()
    if not stripped.startswith(_DASHES):
        return False
    words = stripped[1:].split()
    return (
        1 < len(words) <= _LOWER_ATTRIBUTION_WORDS and words[0][:1].islower()
        and any(w[:1].isupper() for w in words[1:]) and not ends_sentence(stripped)
        and not stripped.endswith(("?", "!", ":", *_DASHES))
    )


def _opening(ctx: Context, kept: list[int], first: int) -> set[int]:
    """Of ``kept`` (the kept lines right over the article's first line ``first``, in order, the last right over
    it), those of the opening: the first section's head (the last) and the epigraph over it, or the epigraph alone
    (its attribution the last)."""
    if not kept:
        return set()
    lines = ctx.doc.lines
    out: set[int] = set()
    end = len(kept) - 1
    if _opens_sections(ctx, kept[end], first):
        out.add(kept[end])
        end -= 1
    if end >= 1 and _attribution(lines[kept[end]].text):
        texts = [lines[i].text for i in kept[: end + 1]]
        quote = _quotation(texts, end)
        if quote:
            out.add(kept[end])
            out.update(kept[j] for j in quote)
    return out


def longread_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (edge-furniture's run over the first paragraph, ``region`` the lines over it) less the
    opening right over the paragraph (:func:`_opening`)."""
    if not furniture or region.stop >= len(ctx.doc.lines):
        return furniture
    lines = ctx.doc.lines
    kept: list[int] = []
    for i in range(region.stop - 1, region.start - 1, -1):  # (the few kept lines over the paragraph, read upwards)
        if lines[i].removal is None and lines[i].text.strip():
            kept.append(i)
            if len(kept) >= _OPENING_LINES:
                break
    kept.reverse()
    keep = _opening(ctx, kept, region.stop)
    return [i for i in furniture if i not in keep] if keep else furniture


def longread_head_kept(ctx: Context, blocks: list[list[int]], article: int, first: int) -> set[int]:
    """The opening (:func:`_opening`) ending the block right over the article's first block ``article``, right over
    its first line ``first`` (nothing kept between)."""
    if article == 0 or not blocks[article - 1]:
        return set()
    lines = ctx.doc.lines
    block = [i for i in blocks[article - 1][-_OPENING_LINES:] if i < first and lines[i].text.strip()]
    if not block or _next_kept(ctx, block[-1], first + 1) != first:
        return set()
    return _opening(ctx, block, first)


def framed_blurb(ctx: Context, i: int, closers: frozenset[str]) -> bool:
    """Line ``i`` (kept between a newsletter box's heading and its button, newsletter-box's look) closes on a full stop
    or an exclamation yet is the box's blurb ("The best of our magazine, in your inbox every Sunday."): the two lines
    right under it are the box's, its mail field taken by newsletter-prompt ("Enter your email", "E-Mail-Adresse") and
    its button or small print under that (one of ``closers``). An article's sentence between a sign-up call and one
    button (a how-to's step) has no such frame, and stays as before."""
    lines = ctx.doc.lines
    if i + 2 >= len(lines) or lines[i].text.rstrip()[-1:] not in (".", "!"):
        return False
    below, after = lines[i + 1].removal, lines[i + 2].removal
    return below is not None and after is not None and below.pass_name == "newsletter-prompt" and (
        after.pass_name in closers
    )
