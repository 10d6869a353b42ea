"""rtl38: a news story's subheading right under an inline "read also" box.

Hebrew, Persian and Arabic news portals set a "read also" box inside the story ("קראו גם:", "بیشتر بخوانید",
"اقرأ أيضا") with one linked headline, and the story's next section often opens right under it on a short subheading
("התגובה של צה"ל", "The army's response") over a sentence. teaser-box reads its headlines as the lines of three to
twenty words under the heading down to the first sentence: the subheading, as long as a short headline, went with the
box.

- :func:`subheading_closing_box` (teaser-box's guard): an inline box of two headlines and nothing else, with the
  article's prose over its heading, whose second headline (four words at most, shorter than the first) stands over a
  paragraph of the article's and another sentence under that: the second is the story's subheading and stays. A box
  of three headlines or more, a second headline as long as the first, or one over a single sentence and the page's
  rows (a teaser's headline over the text's last line: "Zatvara se Slavonska avenija" over "Radovi bi trebali biti
  gotovi do kraja sljedeće godine." and "Pratite nas i na Viber kanalu"), goes whole as before.
"""

from __future__ import annotations

from ..context import Context
from ..textstats import ends_sentence

_SUBHEADING_WORDS = 4  # a subheading's words at most ("התגובה של צה"ל", "ردود الفعل الدولية")
_HEADLINES = 2  # an inline box's one headline, and the subheading read as its second


def subheading_closing_box(ctx: Context, kept: list[int], at: int, pos: int, box: list[tuple[int, str]]) -> bool:
    """The last line of ``box`` (the teaser heading at ``kept[at]`` and its lines, read down to ``kept[pos]``) is the
    article's subheading: the box holds two headlines and nothing else, the second of ``_SUBHEADING_WORDS`` words at
    most and shorter than the first, over a paragraph (``kept[pos]``, prose closed by a sentence's mark) and another
    sentence under that, with the article's prose over the heading."""
    headlines = [j for j, why in box[1:] if why.startswith("headline")]
    if len(headlines) != len(box) - 1 or len(headlines) != _HEADLINES or pos + 1 >= len(kept):
        return False
    last = headlines[-1]
    words = ctx.words(last)
    if words > _SUBHEADING_WORDS or any(ctx.words(j) <= words for j in headlines[:-1]):
        return False
    text = ctx.doc.lines[last].text
    if ends_sentence(text) or text.rstrip().endswith((":", "؟", "?")):
        return False
    lines = ctx.doc.lines
    after, then = kept[pos], kept[pos + 1]
    if not (ctx.is_prose(after) and ends_sentence(lines[after].text)):
        return False
    if lines[then].removal is not None or not ends_sentence(lines[then].text):
        return False  # (one sentence under it, then the page's row: a teaser box's last headline over the text's tail)
    return any(ctx.is_prose(k) for k in kept[:at])
