"""screen42: a streaming service's name closing an item of a list the article announces ("How to watch it:").

TV and film pages close a review or a recap with the service's button: "Stream The Bear on Disney+", "Assistir na
Netflix", "Bekijk Wie is de Mol? op NPO Start" (tables ``widgets.chrome``, ``# screen42``). A where-to-watch
explainer writes the same words as its own list, under a sentence of its own closed by a colon ("Here is how to watch
it in the UK and the US:" over "Stream Barbie on Max", "Stream Barbie on Prime Video"): the items of a list the
text announces stay, whatever they read like.

- :func:`listed_service_button` (site-chrome's guard): a line naming a streaming service at its end, under a kept
  line of ``_ANNOUNCE_WORDS`` words or more closed by a colon that no table took, with at most ``_ITEMS_MAX`` short
  lines (no sentence, no colon) between them: the article's list. A button under a box's label ("Where to watch:",
  "Stream it:") or under the article's last sentence goes as before.

- :func:`lone_player_part` (site-chrome's guard): a player's length ("Duration 1:42", "Dauer 2:03") or the slash
  between its times ("/") alone on its line (tables ``widgets.chrome``) goes only next to another line a table took (the
  player's "Current Time 0:00", "Video Player is loading."): away from the player a fact box's "Duration 2:31" or a
  podcast's length reads the same, and stays.

Each asks its cheap test first: the line ends on a service's name (a short regex over the one line site-chrome is
about to take), before looking up the lines above it.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

#: A streaming service's name closing the line, after its preposition (en, pt, nl, it, es, fr, de).
_SERVICE_END: Final = re.compile(
    r"\b(?:on|with|na|no|em|op|bij|via|su|en|sur|auf)\s+(?:netflix|disney\+|max|hbo max|(?:amazon )?prime video"
    r"|apple tv\+?|paramount\+|peacock|hulu|bbc iplayer|itvx|channel 4|my5|now(?: tv)?|sky go|mubi|crunchyroll"
    r"|skyshowtime|globoplay|star\+|rtp play|opto|npo start|npo plus|videoland|viaplay|streamz|vtm go|raiplay"
    r"|mediaset infinity|timvision|discovery\+|canal\+|filmin|atresplayer|rtve play|joyn|rtl\+|wow)"
    r"(?:\s+(?:now|today|agora|nu|ora))?\s*[»›>▶►]*$",
    re.IGNORECASE,
)
#: A player's part that goes only beside its other controls: the slash between its times, its length.
_PLAYER_PART: Final = re.compile(r"/|(?:duration|dauer)\s*\d{1,2}:\d{2}(?::\d{2})?", re.IGNORECASE)
#: The words of the sentence announcing the list, at the least ("Here is how to watch it:"; a box's "Where to
#: watch:" or "Stream it:" is a label).
_ANNOUNCE_WORDS: Final = 5
#: The list's items above the line, at the most, and an item's words.
_ITEMS_MAX: Final = 8
_ITEM_WORDS: Final = 12


def listed_service_button(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The line at ``kept[pos]``, which names a streaming service at its end, is an item of a list a kept sentence
    closed by a colon announces above it (the article's own where-to-watch list), no service's button."""
    lines = ctx.doc.lines
    if _SERVICE_END.search(lines[kept[pos]].text) is None:
        return False
    j = pos - 1
    while j >= 0 and pos - j <= _ITEMS_MAX + 1:
        i = kept[j]
        text = lines[i].text
        if ends_colon(text):
            return i not in hits and ctx.words(i) >= _ANNOUNCE_WORDS
        if ends_sentence(text) or ctx.words(i) > _ITEM_WORDS:
            return False
        j -= 1
    return False


def lone_player_part(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The line at ``kept[pos]`` is a player's length or the slash between its times with no line a table took right
    above or under it: no player's control, a fact box's row (kept)."""
    text = ctx.doc.lines[kept[pos]].text
    if not text or text[0] not in "/DdＤ" or _PLAYER_PART.fullmatch(text.strip()) is None:
        return False
    above = pos > 0 and kept[pos - 1] in hits
    below = pos + 1 < len(kept) and kept[pos + 1] in hits
    return not (above or below)
