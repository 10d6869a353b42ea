"""usnews43: US news pages, local stations', papers' and hyperlocal sites'.

- :func:`dateline_lead_head` (edge-furniture's guard at the head): a local story's lead opening on its dateline in
  capitals ("MONTCLAIR, NJ - Here's what's happening around town this weekend:", "ATLANTA - Road crews will close:")
  and closing on a colon over the list it announces is short and no sentence, so edge-furniture took it, and the list's
  first items under it, as the page's run over the first paragraph. A menu's, a stamp's or a share row's line never
  opens on a city in capitals, a comma or a bracketed station, and a dash handing over to a clause: the lead and the
  lines between it and the first paragraph are the article's; the page's run over the lead still goes.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

_DASHES: Final = "-–—"
_MOST_DATELINE: Final = 60  # "SOUTH SAN FRANCISCO, Calif. (KTVU) -": the dash within the line's first characters
_LEAD_ENDS: Final = ":.?!\"”"  # the lead closes on its colon or its sentence
_MOST_UNDER: Final = 12  # the list a lead announces over the first paragraph, not a page's menu
# the city in capitals, its state (an abbreviation or a name) and the station or agency in brackets, each optional
# but the city; a dash after a space; a clause of four words or more with a lower-case word after it, no other
# dash or bar between words after it (a menu's "NEWS - Local - Sports")
_LEAD: Final = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z0-9 /.-]{2,20}\))? [-–—] "
    r"(?=(?:\S+ ){3,}\S)(?=.*\b[a-z])(?!.*\s[-–—|]\s)"
)


def us_dateline_lead(text: str) -> bool:
    """Whether ``text`` is a lead opening on a dateline in capitals and a dash ("EDISON, NJ - A vigil will be held
    ...", "COLUMBUS, Ohio (WCMH) - The storm ...", "ATLANTA - Crews will close these roads:"), no other dash after it,
    closing on the colon announcing its list, or on its sentence's end where the station or the agency stands in
    brackets in the dateline ("OKLAHOMA CITY (KOCO) - Two men were arrested."): a site's name over its motto closes on
    neither ("WSB-TV - Atlanta news, weather and traffic.")."""
    if len(text) < 20 or not ("A" <= text[0] <= "Z") or not text[1:2].isupper() or text[-1] not in _LEAD_ENDS:
        return False
    head = text[:_MOST_DATELINE]
    dash = min((at for at in (head.find(f" {d} ") for d in _DASHES) if at > 0), default=-1)
    if dash < 0 or (text[-1] != ":" and "(" not in head[:dash]):
        return False
    return _LEAD.match(text) is not None


def dateline_lead_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a lead opening on its dateline (:func:`us_dateline_lead`) and the lines under it to the
    first paragraph (edge-furniture's guard at the head), at most ``_MOST_UNDER`` of them: the lines over the lead are
    the page's run as before."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    # (the lead itself may be no furniture, a clause long enough: the list under it still is; the head's region is
    # short, the lines over the first paragraph)
    lead = next((i for i in region if lines[i].removal is None and us_dateline_lead(lines[i].text)), None)
    if lead is None or sum(1 for i in furniture if i > lead) > _MOST_UNDER:
        return furniture
    return [i for i in furniture if i < lead]
