"""A long-form feature's opening (feature36): the drop cap a scraper split off its word, on a line of its own ("T" over
"he river was already rising when …"), and the epigraph over the first paragraph, its quotation and its attribution
("Wer, wenn ich schriee, hörte mich denn aus der Engel Ordnungen?" / "— Rainer Maria Rilke").

Short and closing no sentence, the letter and the attribution read as the page's furniture over the article (a menu's
last items, a teaser box's headlines under a listen button): edge-furniture, detached-blocks and teaser-box took them.
They are the article's own lines:

- a drop cap is one capital letter alone on its line (a quote mark may open it: "„D"), and the line right under it
  opens in lower case and runs on as the paragraph does (:data:`_PARAGRAPH_WORDS` words or more, closing a sentence),
  its first word the letter's; :func:`pin_opening` pins it before any pass runs (no page's residue is shaped so), and
  the epigraph right over it with it;
- an epigraph's attribution opens with a dash and a capitalised name of a few words ("— Antonio Machado", "– Oud
  gezegde"), under a quotation of a few lines, each closing on a mark (a full stop, a question, a comma, a closing
  quote) or running on into the next line in lower case (a verse's line). Over the article's first paragraph
  (:func:`opening_epigraph`: edge-furniture's guard at the head) or ending a teaser box's run of "headlines"
  (:func:`attributed_quote`) it is the article's.

A teaser's headline carries no attribution line under it, and a menu's item opens with no dash.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..document import Document
from ..textstats import ends_sentence, word_count

_DASHES: Final = ("—", "–", "―")  # an attribution's dash (a hyphen opens a list's item)
_OPENING_QUOTES: Final = "\"'„“”«»‚‘’("
_QUOTE_ENDS: Final = (".", ",", ";", ":", "!", "?", "…", "»", "”", "“", '"', "’", "'", ")")
_ATTRIBUTION_WORDS: Final = 8  # "— Rainer Maria Rilke, Duineser Elegien"
_NAME_WITH_STOP: Final = 3  # an attribution closing on a full stop: a name's initial or "Anon." ("— J. R. Tolkien.")
_EPIGRAPH_LINES: Final = 4  # a quotation's lines over its attribution (a verse's)
_EPIGRAPH_WORDS: Final = 40  # the words of one line of it
_PARAGRAPH_WORDS: Final = 6  # the words of the line under a drop cap


def attribution(text: str) -> bool:
    """``text`` opens with a dash and a capitalised word, a name of up to ``_ATTRIBUTION_WORDS`` words ("— Ted
    Hughes", "– Oud gezegde"), closing on no question, exclamation, colon nor dash, nor on a sentence's full stop
    past a name's few words (a dialogue's line)."""
    stripped = text.strip()
    if not stripped.startswith(_DASHES):
        return False
    rest = stripped[1:].strip()
    if not rest[:1].isupper() or rest.endswith(("!", "?", ":", *_DASHES)):
        return False  # (a question, a label, or a marker between dashes: "— Advertisement —", "– Anzeige –")
    words = word_count(rest)
    # (a line of dialogue after its dash closes a sentence: "—Mientras haya ovejas, habrá cañada —dice Garrido.")
    return words <= _ATTRIBUTION_WORDS and not (words > _NAME_WITH_STOP and ends_sentence(rest))


def _quote_line(text: str, under: str) -> bool:
    """``text`` (a line over ``under``) can be a quotation's: a few words closing on a mark, or a verse's line running
    on into ``under`` in lower case."""
    stripped = text.strip()
    if not stripped or word_count(stripped) > _EPIGRAPH_WORDS or attribution(stripped):
        return False
    return stripped.endswith(_QUOTE_ENDS) or under.strip()[:1].islower()


def _quotation(lines: list[str], at: int) -> list[int]:
    """The lines of the quotation over the attribution at ``at`` (of ``lines``, the texts), up to
    ``_EPIGRAPH_LINES``: none where the line over it is no quotation's."""
    out: list[int] = []
    j = at - 1
    while j >= 0 and len(out) < _EPIGRAPH_LINES and _quote_line(lines[j], lines[j + 1]):
        out.append(j)
        j -= 1
    return out


def _drop_cap(text: str, under: str) -> bool:
    """``text`` is a drop cap split off the first word of ``under``: one capital letter (a quote mark may open it),
    the line under it opening in lower case and running on as a paragraph."""
    stripped = text.strip()
    if not 1 <= len(stripped) <= 2 or (len(stripped) == 2 and stripped[0] not in _OPENING_QUOTES):
        return False
    letter = stripped[-1]
    if not (letter.isalpha() and letter.isupper()):
        return False
    rest = under.strip()
    return rest[:1].isalpha() and rest[:1].islower() and word_count(rest) >= _PARAGRAPH_WORDS and ends_sentence(rest)


def pin_opening(doc: Document) -> None:
    """Pin each drop cap of ``doc`` (:func:`_drop_cap`) and the epigraph right over it (an attribution and its
    quotation): no pass takes them."""
    lines = doc.lines
    pinned: set[int] = set()
    for i in range(len(lines) - 1):
        if len(lines[i].text) > 3 or not _drop_cap(lines[i].text, lines[i + 1].text):
            continue
        pinned.add(i)
        if i and attribution(lines[i - 1].text):
            start = max(0, i - 1 - _EPIGRAPH_LINES)
            quote = _quotation([line.text for line in lines[start:i]], i - 1 - start)
            if quote:
                pinned.add(i - 1)
                pinned.update(start + j for j in quote)
    if pinned:
        doc.pinned = doc.pinned | frozenset(pinned)


def opening_epigraph(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (edge-furniture's run over the article's first paragraph, ``region`` the lines over it) less an
    epigraph right over the paragraph: its attribution, the region's last kept line, and its quotation's kept lines
    right over it (:func:`_quotation`). A menu's last items over the paragraph open with no dash."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    if not kept or not attribution(lines[kept[-1]].text):
        return furniture
    texts = [lines[i].text for i in kept]
    keep = {kept[-1], *(kept[j] for j in _quotation(texts, len(kept) - 1))}
    if len(keep) < 2:
        return furniture  # (a dash-led line with no quotation over it: a menu's item, a list's)
    return [i for i in furniture if i not in keep]


def attributed_quote(ctx: Context, kept: list[int], pos: int) -> bool:
    """``kept[pos]`` (a line under a teaser heading) is an attribution, or opens a quotation (up to ``_EPIGRAPH_LINES``
    lines, each a quotation's: :func:`_quote_line`) with the attribution right under it: an epigraph, no teaser's
    headline (teaser-box's guard: the box ends over it)."""
    lines = ctx.doc.lines
    for k in range(pos, min(len(kept), pos + _EPIGRAPH_LINES + 1)):
        if attribution(lines[kept[k]].text):
            return True
        if k + 1 >= len(kept) or not _quote_line(lines[kept[k]].text, lines[kept[k + 1]].text):
            return False
    return False
