"""rtl38: a news story's subheading right under an inline "read also" box.

Hebrew, Persian and Arabic news portals set a "read also" box inside the story ("קראו גם:", "بیشتر بخوانید",
"اقرأ أيضا") with one linked headline, and the story's next section often opens right under it on a short subheading
("התגובה של צה"ל", "The army's response") over a sentence. teaser-box reads its headlines as the lines of three to
twenty words under the heading down to the first sentence: the subheading, as long as a short headline, went with the
box.

- :func:`subheading_closing_box` (teaser-box's guard): the box's last headline stays where it is shorter than each of
  the box's other headlines (four words at most), the article's prose stands over the box's heading, and a sentence of
  the article's follows it right under: the story resumed under its subheading. A box whose headlines are all as short,
  or whose last headline is as long as the others, or that closes the page, goes whole as before.
"""

from __future__ import annotations

from ..context import Context
from ..textstats import ends_sentence

_SUBHEADING_WORDS = 4  # a subheading's words at most ("התגובה של צה"ל", "ردود الفعل الدولية")


def subheading_closing_box(ctx: Context, kept: list[int], at: int, pos: int, box: list[tuple[int, str]]) -> bool:
    """The last line of ``box`` (the teaser heading at ``kept[at]`` and its lines, read down to ``kept[pos]``) is the
    article's subheading: two headlines or more in the box, the last of ``_SUBHEADING_WORDS`` words at most and shorter
    than each of the others, over a kept sentence (``kept[pos]``), with the article's prose over the heading."""
    headlines = [j for j, why in box[1:] if why.startswith("headline")]
    if len(headlines) < 2 or box[-1][0] != headlines[-1] or pos >= len(kept):
        return False
    last = headlines[-1]
    words = ctx.words(last)
    if words > _SUBHEADING_WORDS or any(ctx.words(j) <= words for j in headlines[:-1]):
        return False
    text = ctx.doc.lines[last].text
    if ends_sentence(text) or text.rstrip().endswith((":", "؟", "?")):
        return False
    after = kept[pos]
    if ctx.doc.lines[after].removal is not None or not ends_sentence(ctx.doc.lines[after].text):
        return False
    return any(ctx.is_prose(k) for k in kept[:at])
