"""tabloid43: popular news sites (celebrity, royals, crime, human interest, football gossip).

- :func:`lone_play_button` (site-chrome's guard): a video player's play button (table ``widgets.play_button``: "Click
  to play", "Tap to play") goes only beside a line the pass takes with it, the player's other lines as a tabloid's
  page text holds them ("Video Loading", "Video Unavailable", "The video will start in 8"); alone between paragraphs
  the words may be a how-to's step ("Open the app" / "Tap to play") and stay.
- :func:`punchy_opening` (edge-furniture's test of a page whose sentences are all short, data36's ``_framed_head``):
  the first line under the headline's stamp may be a tabloid's opening of a few words ("Grosseinsatz in
  Zürich-Altstetten!", "Está confirmado.", "Sie ist zurück!") where the sentence of prose under it starts the story:
  the menu over the headline ("Startseite" / "News" / "Sport" / "People" / "Abo") went only where that first line was
  prose, and a tabloid's page of one-sentence paragraphs, none of the twelve words that anchor edge-furniture, kept it.
  The menu's items and the headline are judged as before (a word or two each, no sentence; a headline closing on a
  mark is none).
- :func:`contact_after_question` (the vocabulary passes' test of news after a matched call): a sentence right after
  the line's question whose only figures are a phone number or an address (:func:`contact_figures_only`) is the call
  going on, no news. A newsroom's tip line ("Got a story? Email
  tips@example.co.uk or call us direct on 0207 78 24516.") was kept whole as the article's: the call's table matched
  it, but the sentence after the question held figures (the phone), which told a fact ("Members got free entry to all
  19 home games last season."). A sentence with another figure beside the phone ("The hotline, 0800 123 4567, took
  300 calls on Monday.") is still news, and so is a phone after a statement ("Follow us on Facebook. The new helpline
  number is 0800 123 4567.": the article's news glued to a call, no tip line's question).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

#: The fewest words of the opening line ("Sie ist zurück!"): a word alone is a kicker or a label.
_OPENING_WORDS: Final = 2

#: A phone number: a digit, then digits, spaces, brackets, dots, slashes or dashes, closing on a digit ("0207 78
#: 24516", "+44 (0)20 7782 4516", "0800-555-111"); it counts as one where it holds ``_PHONE_DIGITS`` digits.
_PHONE: Final = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")
_PHONE_DIGITS: Final = 7
#: An e-mail address or a web address, whatever digits it holds ("news24@example.com", "www.example.co.uk/tips").
# (from a word's start only: searched from every character of a long run of letters, "\S+@" read to the run's end and
# back again at each one, a quadratic search; a match starts at its word's start anyway)
_ADDRESS: Final = re.compile(r"(?<!\S)(?:\S+@\S+|\S*(?:www\.|https?://)\S*)")


def contact_figures_only(sentence: str) -> bool:
    """Whether every figure of ``sentence`` stands in a phone number (of ``_PHONE_DIGITS`` digits or more) or in an
    e-mail or web address: the sentence gives a contact, no fact."""
    rest = _ADDRESS.sub(" ", sentence) if "@" in sentence or "www." in sentence or "://" in sentence else sentence
    for m in _PHONE.finditer(rest):
        if sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS:
            rest = rest.replace(m.group(), " ", 1)
    return not any(c.isdigit() for c in rest)


def lone_play_button(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether the kept line at ``pos`` of ``kept`` is a video player's play button (table ``widgets.play_button``)
    with no line right over or under it that site-chrome's group of tables takes (``hits``): no player beside it, it
    stays."""
    table = ctx.table("widgets", "play_button")
    if not table.patterns or table.match(ctx.doc.lines[kept[pos]].text) is None:
        return False
    return not (pos > 0 and kept[pos - 1] in hits) and not (pos + 1 < len(kept) and kept[pos + 1] in hits)


def punchy_opening(ctx: Context, first: int) -> bool:
    """Whether line ``first`` (kept, the first under the headline's stamp) is a short opening sentence of
    ``_OPENING_WORDS`` words or more, no list item or heading, with a sentence of prose kept right under it."""
    lines = ctx.doc.lines
    line = lines[first]
    if line.lead or ctx.words(first) < _OPENING_WORDS or not ends_sentence(line.text):
        return False
    under = next((j for j in range(first + 1, len(lines)) if lines[j].removal is None), None)
    return under is not None and ctx.is_prose(under) and ends_sentence(lines[under].text)


def contact_after_question(sentences: list[str], at: int) -> bool:
    """Whether ``sentences[at]`` follows a question (a tip line's "Got a story?") and gives a contact, no fact
    (:func:`contact_figures_only`)."""
    if at == 0:
        return False
    before = sentences[at - 1].rstrip().rstrip("\"”’»)")
    return bool(before) and before[-1] in "?？" and contact_figures_only(sentences[at])
