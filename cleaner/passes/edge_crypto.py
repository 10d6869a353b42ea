"""crypto42: an exchange's or a broker's affiliate box under a crypto, fintech or startup story.

A crypto page closes its story with a box of the exchange that pays it: a label ("Sponsored", "Anzeige",
"Publicité", "Publicidad"), a one-line pitch ("Achetez vos premiers bitcoins en 2 minutes", "Compra bitcoin de forma
segura") and a button ("Acheter maintenant", "Jetzt kaufen", "Trade now"), or the pitch closing on its button's arrow
("Trade crypto with zero fees on your first $1,000. Trade now →"). The label and the button go by their tables; the
pitch is a short line of its own that no table can know (it names the exchange's offer), and alone after the article
it is as often the article's closing line.

- :func:`ad_box_pitch` (edge-furniture's tail, beside the deals and ticket boxes): the pitch, one or two short lines
  right under a label ad-marker took, and right over a button (a line the site's chrome table matches, or that
  site-chrome, call-to-action or finance-widget took), or the pitch's own last line closing on a button's arrow (a
  pitch of a dozen words with its arrow may be the tail's anchor: the label is looked for just over the tail too, and
  there only that pitch is taken). Both sides of the pitch are asked: a sponsored story's last paragraph under its
  "Sponsored" label has no button under it, and a review's product name over a shop's button no label over it; and
  a pitch closes on no full stop (the article's last line under an ad label, over a print button, does).
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence

#: the passes that take a box's button (finance-widget: a broker's "Jetzt Bitcoin kaufen")
_BUTTON_PASSES: Final = frozenset({"site-chrome", "call-to-action", "finance-widget"})
_PITCH_WORDS: Final = 20  # "Trade crypto with zero fees on your first $1,000. Trade now →"
_PITCH_LINES: Final = 2
_BUTTON_WORDS: Final = 5  # "Jetzt bei Bison kaufen"
#: the arrow a button closes on
_ARROWS: Final = frozenset("→›»➔➜▶")


def _button(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a box's button: short, and taken by a button's pass or matched by the chrome table."""
    line = ctx.doc.lines[i]
    if ctx.words(i) > _BUTTON_WORDS:
        return False
    if line.removal is not None:
        return line.removal.pass_name in _BUTTON_PASSES
    return ctx.table("widgets", "chrome").match(line.text) is not None


def ad_box_pitch(ctx: Context, region: range) -> list[int]:
    """The pitch lines of an affiliate box after the article (see the module), with a button under them that no
    pass took yet."""
    lines = ctx.doc.lines
    out: list[int] = []
    # (a pitch of a dozen words with its arrow counts as the article's last paragraph, and the region opens under it:
    # its label is looked for over the region too)
    for i in range(max(0, region.start - _PITCH_LINES - 1), region.stop):
        taken = lines[i].removal
        if taken is None or taken.pass_name != "ad-marker":
            continue  # (most tails hold no ad label: one attribute read a line)
        pitch: list[int] = []
        j = i + 1
        while j < region.stop and len(pitch) < _PITCH_LINES:
            line = lines[j]
            if line.removal is not None or ctx.words(j) > _PITCH_WORDS or line.text.rstrip().endswith(":"):
                break
            text = line.text.rstrip()
            if text and text[-1] in _ARROWS and ctx.words(j) >= 2:
                out.extend([*pitch, j])  # (the pitch closing on its own button)
                break
            if ends_sentence(text) or j < region.start:
                # (a pitch closes on no full stop: the article's closing line under an ad label does; over the tail,
                # the region's anchor, only a pitch closing on its arrow is taken)
                break
            pitch.append(j)
            j += 1
            if j < region.stop and _button(ctx, j):
                out.extend(pitch)
                if lines[j].removal is None:
                    out.append(j)
                pitch = []
                break
    return sorted(set(out))


def ad_box(ctx: Context, region: range, name: str) -> None:
    """Remove an affiliate box's pitch and button after the article (:func:`ad_box_pitch`) as pass ``name``."""
    for i in ad_box_pitch(ctx, region):
        ctx.doc.remove(i, name, "an exchange's or broker's affiliate box after the article")
