"""midbody54: residue dropped inside the article's body, between its paragraphs (a newsletter box, an ad marker, a
related video's title over its duration), that the passes judging the article's edges read as the article's end.

- :func:`box_over_text` (detached-blocks): a gap whose residue is one box of the kinds an article carries inside its
  text (``_INSERTS``: a newsletter box, an ad marker, a "Read also:" teaser, a photo's credit), standing right over
  the next paragraph, with at most ``_KEPT_MOST`` short kept lines over it, none a sentence (the last items of the
  article's list, a fact box's rows: "Spettatori: 27.412") and no other residue; a reader poll's box
  (:func:`poll_box`) is such a box too: the article resumed under the box, no block cut off after it ("Mise à jour :
  à 11 heures, …", "De kosten van 23 miljoen euro …" under a newsletter box, then the comments). A teaser's
  summary or an author's bio under such a box stands under a headline or a name, a kept line between the box and
  it: the gap stands.
- :func:`box_kept` (edge-furniture, the tail): the article's short lines (a fact box's heading and rows, a list's
  items) over such a box, the article's closing sentence under it ("Il tabellino" / "Torino-Juventus 2-1" over a
  poll, then "Il Torino sale al sesto posto in classifica."): the text goes on under the box, those lines are no
  furniture after its end. Up to ``_KEPT_MOST`` of them; with nothing between them and the sentence, or residue of
  another kind there (a share row, a comment), they are judged as before.
- :func:`section_under_box` (teaser-box): the last headline of a box ("Lesen Sie auch" over one teaser) that a line
  over the box reads word for word in a contents list (a line beside that copy heads a section below too: "Was
  passiert, wenn er trifft?" under "Wie die Wahrscheinlichkeit berechnet wird"), right over a closed paragraph: the
  article's next section heading, which the box runs into with nothing between.
- :func:`pull_quote_around` (repeated-passage, after epaper47's pull quotes): a line that is only a quotation of
  ``_QUOTE_WORDS`` words or more, whose words a longer line of the article right over it or a few lines under it
  (``_AROUND``) quotes with its speaker ("„Wir haben noch zwei Wochen, und die werden wir nutzen.“" over „…“, sagte
  sie …"): the pull quote a layout sets beside its paragraph, repeated. A quotation the line over it announces (a
  colon) or that answers its question is the text's; a quotation no other line holds stays.
- :func:`player_title` (clock-line): a video's or a podcast's title right over its duration the pass took ("27:35"),
  under the player's label another pass took ("Ouça este episódio", "Listen to this episode") or opening on the
  word "Video"/"Podcast" ("Video, la votazione finale alla Camera"): the player's box, no headline of the text. A
  title of more than ``_TITLE_WORDS`` words or closed as a sentence stays (a question is an episode's title too:
  "Bancada Central: a Académica está de volta?").
- :func:`poll_box` and :func:`ticker_box` (feedback-prompt): a reader poll's box (its question, two to six short
  options and its vote button, under its heading) and a live ticker embedded between two paragraphs (its heading,
  one to six timed entries and its link); see each.
- :func:`inside_text_line` (headline-run's teasers): a duration alone on its line ("2:14", "1:32"), taken as a clock,
  right under a video's title a promo label took ("Video: So funktioniert eine Wärmepumpe"), a player's title, its
  label and its duration, a pull quote: a box embedded in the text, which parts the article from its closing
  sections no more than a promo label does (the article's last sections stay under it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_epaper import _quote_only, quote_lines
from .edge_headings import TAIL

#: The passes whose residue an article carries inside its text: a box of one of these over the next paragraph.
_INSERTS: Final = frozenset(
    {"newsletter-prompt", "call-to-action", "ad-marker", "promo-label", "image-credit", "consent-line"}
)
#: The reason :func:`poll_box` gives (a poll is such a box too; feedback-prompt's other boxes close a help page).
_POLL: Final = "a reader poll's box"
#: The most lines of the box, and the most kept lines over it in the gap (each of at most ``_KEPT_WORDS`` words and no
#: sentence: a list's items, a fact box's rows).
_BOX_MOST: Final = 8
_KEPT_MOST: Final = 6
_KEPT_WORDS: Final = 16
#: A video's duration alone on its line.
_DURATION: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def box_over_text(ctx: Context, gap_first: int, at: int) -> bool:
    """Whether the gap from ``gap_first`` (its first kept line, -1: none) to the paragraph at ``at`` is an insert's box
    over that paragraph and short kept lines over the box (see the module's docstring)."""
    lines = ctx.doc.lines
    if gap_first < 0 or not ends_sentence(lines[at].text):
        return False
    j = at - 1
    box = 0
    while j >= gap_first and (lines[j].removal is not None or not lines[j].text.strip()):
        taken = lines[j].removal
        if taken is not None:
            if taken.pass_name not in _INSERTS and not taken.reason.startswith(_POLL):
                return False
            box += 1
        j -= 1
    if not 1 <= box <= _BOX_MOST:
        return False
    kept = 0
    for k in range(gap_first, j + 1):
        if not lines[k].text.strip():
            continue
        if lines[k].removal is not None or ctx.words(k) > _KEPT_WORDS or ends_sentence(lines[k].text):
            return False
        kept += 1
    if kept > _KEPT_MOST:
        return False
    # (no residue in the gap over its first kept line either: the box is the gap's only residue)
    k = gap_first - 1
    while k >= 0 and (lines[k].removal is not None or not lines[k].text.strip()):
        if lines[k].removal is not None:
            return False
        k -= 1
    return True


def _insert(ctx: Context, j: int) -> bool:
    """Whether another pass took line ``j`` as an insert inside the text (a box of ``_INSERTS``' kinds, a poll)."""
    taken = ctx.doc.lines[j].removal
    return taken is not None and (taken.pass_name in _INSERTS or taken.reason.startswith(_POLL))


#: The fewest words of the closing sentence under the box.
_CLOSING_WORDS: Final = 5


def box_kept(ctx: Context, region: Sequence[int], furniture: list[int], where: str) -> list[int]:
    """``furniture`` less the article's short lines over an insert's box with its closing sentence under the box
    (see the module's docstring)."""
    if not furniture or where != TAIL:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    closing = -1
    for i in reversed(region):
        if lines[i].removal is None and i not in taken and ctx.words(i) >= _CLOSING_WORDS and ends_sentence(
            lines[i].text
        ):
            closing = i
            break
    if closing < 0:
        return furniture
    # (right over the sentence, the box: lines taken as inserts, one at least, and nothing else taken)
    j = closing - 1
    box = 0
    while j >= 0 and (lines[j].removal is not None or not lines[j].text.strip()):
        if lines[j].removal is not None:
            if not _insert(ctx, j):
                return furniture
            box += 1
        j -= 1
    if not 1 <= box <= _BOX_MOST:
        return furniture
    # (over the box, the article's short lines, kept, none a sentence, up to the region's head)
    over: list[int] = []
    while j >= 0 and j in region and (lines[j].removal is None or not lines[j].text.strip()):
        if lines[j].text.strip():
            if ctx.words(j) > _KEPT_WORDS or ends_sentence(lines[j].text):
                break
            over.append(j)
        j -= 1
    if not over or len(over) > _KEPT_MOST:
        return furniture
    return [i for i in furniture if i not in over]


def inside_text_line(ctx: Context, j: int) -> bool:
    """Whether line ``j``, another pass's, is part of a box embedded in the text: a video's duration under its title
    a promo label took, a player's title (:func:`player_title`), its duration or its label over it, a pull quote."""
    lines = ctx.doc.lines
    taken = lines[j].removal
    if taken is None:
        return False
    if taken.reason.startswith(_PULL_QUOTE) or taken.reason == _PLAYER_TITLE:
        return True
    k = j - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    above = lines[k].removal if k >= 0 else None
    if taken.pass_name == "clock-line" and _DURATION.fullmatch(lines[j].text.strip()) and above is not None and (
        above.pass_name == "promo-label" or above.reason == _PLAYER_TITLE
    ):
        return True
    k = j + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    below = lines[k].removal if k < len(lines) else None
    return below is not None and below.reason == _PLAYER_TITLE


#: A poll's question: at most this many words; its options: two to ``_OPTIONS_MOST``, each of at most
#: ``_OPTION_WORDS`` words.
_QUESTION_WORDS: Final = 16
_OPTIONS_LEAST: Final = 2
_OPTIONS_MOST: Final = 6
_OPTION_WORDS: Final = 5
_HEADING_WORDS: Final = 3


def poll_box(ctx: Context, name: str) -> None:
    """Remove a reader poll's box, as ``name`` (feedback-prompt): a question closed by its question mark, two to
    ``_OPTIONS_MOST`` short options under it (no sentence, no label), then its vote button (table
    ``widgets.poll_button``: "Vote now", "See results", "Abstimmen", "Voter", "Vota", "Stem"), with the box's heading
    right over the question (table ``widgets.poll_heading``: "Poll", "Umfrage", "Sondaggio"). Without the button
    nothing goes: an interview's question over its short answers, an FAQ's question over a list, a story's "Poll"
    subheading."""
    button = ctx.table("widgets", "poll_button")
    if not button.patterns:
        return
    heading = ctx.table("widgets", "poll_heading")
    kept = ctx.doc.kept()
    lines = ctx.doc.lines
    for pos, i in enumerate(kept):
        text = lines[i].text.strip()
        if not text.endswith("?") or lines[i].removal is not None or ctx.words(i) > _QUESTION_WORDS:
            continue
        options = 0
        end = -1
        for j in kept[pos + 1 : pos + 2 + _OPTIONS_MOST]:
            option = lines[j].text.strip()
            if lines[j].removal is not None:
                break
            if options >= _OPTIONS_LEAST and ctx.words(j) <= _OPTION_WORDS and button.match(option):
                end = j
                break
            if ctx.words(j) > _OPTION_WORDS or option[-1:] in ".!?:;" or ": " in option:
                break
            options += 1
        if end < 0 or not _OPTIONS_LEAST <= options <= _OPTIONS_MOST:
            continue
        first = i
        if pos > 0:
            h = kept[pos - 1]
            if lines[h].removal is None and ctx.words(h) <= _HEADING_WORDS and heading.match(lines[h].text.strip()):
                first = h
        where = lines[i].lineno
        for k in kept[kept.index(first) : kept.index(end) + 1]:
            ctx.doc.remove(k, name, f"{_POLL}: its question (line {where}), options and vote button")


def section_under_box(ctx: Context, kept: list[int], at: int, pos: int, box: list[tuple[int, str]]) -> bool:
    """The last line of ``box`` (the teaser heading at ``kept[at]`` and its lines, read down to ``kept[pos]``) is a
    headline the page lists over the heading word for word (its table of contents), right over a closed paragraph
    of prose (see the module's docstring)."""
    if len(box) < 2 or pos >= len(kept) or not box[-1][1].startswith("headline"):
        return False
    lines = ctx.doc.lines
    after = kept[pos]
    if not (ctx.is_prose(after) and ends_sentence(lines[after].text)):
        return False
    text = lines[box[-1][0]].text.strip()
    texts = [lines[k].text.strip() for k in kept]
    for p in range(at):
        if texts[p] != text:
            continue
        # (the copy stands in a contents list: a line beside it heads a section below too; a share row repeated
        # under every item of a page, "Whatsapp Facebook Pint Baixar", has prose beside it)
        for q in (p - 1, p + 1):
            if 0 <= q < len(texts) and q != at and ctx.words(kept[q]) <= _TITLE_WORDS and texts[q] and (
                texts.count(texts[q]) >= 2
            ):
                return True
    return False


#: The kept lines under a pull quote looked at for the sentence that quotes it (one over it too).
_AROUND: Final = 6


def pull_quote_around(ctx: Context, name: str) -> None:
    """Remove a pull quote whose words a longer line right over it or a few lines under it quotes, as ``name`` (see
    the module's docstring)."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    for pos, inner in quote_lines(ctx, kept, 1)[1]:
        i = kept[pos]
        if lines[i].removal is not None:
            continue
        for j in [kept[pos - 1], *kept[pos + 1 : pos + 1 + _AROUND]]:
            other = lines[j].text
            if lines[j].removal is None and inner in other and ctx.words(j) > ctx.words(i) and (
                _quote_only(other.strip()) is None
            ):
                ctx.doc.remove(i, name, "a pull quote repeated beside the sentence that quotes it")
                break


#: The reasons of a player's title (:func:`player_title`) and of a pull quote (epaper47's, :func:`pull_quote_around`).
_PLAYER_TITLE: Final = "a video's or a podcast's title over its duration"
_PULL_QUOTE: Final = "a pull quote"
#: The most words of a player's title; the passes whose line over the title is the player's label.
_TITLE_WORDS: Final = 12
_LABEL_PASSES: Final = frozenset(
    {"site-chrome", "promo-label", "call-to-action", "ad-marker", "teaser-box", "social-buttons", "newsletter-prompt"}
)
#: A title naming its medium first ("Video: …", "Vídeo, …", "Podcast | …").
_MEDIUM: Final = re.compile(r"(?:video|vídeo|vidéo|podcast)\s?[,:|–-]", re.IGNORECASE)


def player_title(ctx: Context, name: str) -> None:
    """Remove a video's or a podcast's title over its duration (taken by ``name``, clock-line), as ``name`` (see the
    module's docstring)."""
    lines = ctx.doc.lines
    for j, line in enumerate(lines):
        taken = line.removal
        if taken is None or taken.pass_name != name or not _DURATION.fullmatch(line.text.strip()):
            continue
        t = j - 1
        while t >= 0 and not lines[t].text.strip():
            t -= 1
        if t < 0 or lines[t].removal is not None:
            continue
        title = lines[t].text.strip()
        if ctx.words(t) > _TITLE_WORDS or (ends_sentence(title) and not title.endswith("?")):
            continue
        k = t - 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        label = lines[k].removal if k >= 0 else None
        if (label is not None and label.pass_name in _LABEL_PASSES) or _MEDIUM.match(title):
            ctx.doc.remove(t, name, _PLAYER_TITLE)


#: A ticker's timed entry: a time of day ("21:14 Uhr:", "17:52") or a match's minute ("88'", "90+3'") before its text.
_ENTRY: Final = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h))?|\d{1,3}(?:\+\d{1,2})?['’′])\s?[:–-]?\s+\S", re.IGNORECASE
)
_ENTRIES_MOST: Final = 6
_ENTRY_WORDS: Final = 20


def ticker_box(ctx: Context, name: str) -> None:
    """Remove a live ticker embedded between the article's paragraphs, as ``name``: its heading (table
    ``widgets.ticker_heading``: "Liveticker", "Diretta", "LIVE", with a "Match centre" over it), one to
    ``_ENTRIES_MOST`` timed entries under it ("21:14 Uhr: Lenz gratuliert …", "88' GOAL! Okafor seals it"), and the
    ticker's link under them (table ``widgets.ticker_link``, or a line another pass took: "Zum Liveticker"), with a
    paragraph of prose kept over the box and under it. A live blog's own entries run on with their text under them,
    past any link: nothing goes there."""
    heading = ctx.table("widgets", "ticker_heading")
    if not heading.patterns:
        return
    # (the lines of three words or fewer the heading's table may match, by its RE2 gate: a superset of its matches,
    # none on most pages, where each short line would be put to the table's regexes)
    maybe = set(ctx.gated_lines(heading, 3))
    if not maybe:
        return
    link = ctx.table("widgets", "ticker_link")
    lines = ctx.doc.lines
    rows = [i for i, line in enumerate(lines) if line.text.strip()]
    n = len(rows)
    for p, i in enumerate(rows):
        if i not in maybe or ctx.words(i) > 3 or not heading.match(lines[i].text.strip()):
            continue
        q = p + 1
        entries: list[int] = []
        while q < n and len(entries) <= _ENTRIES_MOST:
            j = rows[q]
            if lines[j].removal is not None or ctx.words(j) > _ENTRY_WORDS or not _ENTRY.match(lines[j].text.strip()):
                break
            entries.append(j)
            q += 1
        if not 1 <= len(entries) <= _ENTRIES_MOST or q >= n:
            continue
        end = rows[q]
        closing = lines[end].removal is not None or (ctx.words(end) <= 8 and link.match(lines[end].text.strip()))
        if not closing:
            continue
        over = [k for k in rows[:p] if lines[k].removal is None and ctx.words(k) >= 8 and ctx.is_prose(k)]
        under = [k for k in rows[q + 1 :] if lines[k].removal is None and ctx.words(k) >= 8 and ctx.is_prose(k)]
        if not over or not under:
            continue
        box = [i, *entries] + ([end] if lines[end].removal is None else [])
        if p > 0 and lines[rows[p - 1]].removal is None and heading.match(lines[rows[p - 1]].text.strip()):
            box.insert(0, rows[p - 1])
        where = lines[i].lineno
        for k in box:
            if lines[k].removal is None:
                ctx.doc.remove(k, name, f"a live ticker embedded in the text (line {where}): heading, entries, link")
