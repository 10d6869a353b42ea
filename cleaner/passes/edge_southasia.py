"""southasia41: the article's own lists after its last paragraph in the scripts with no capitals (Bengali, Devanagari,
Tamil, Telugu, Thai, Urdu...).

- :func:`uncased_list`: edge-furniture's guard at the tail. A list the article announces and then goes on from
  ("যে জেলাগুলিতে সতর্কতা জারি হয়েছে:" over "পূর্ব মেদিনীপুর", "ঝাড়গ্রাম", ..., then "মৎস্যজীবীদের সমুদ্রে যেতে নিষেধ
  করা হয়েছে।"; Thai's "... บางพื้นที่ ได้แก่" over "ภาคเหนือ", "ภาคกลาง", then the forecast's next clause) reads as a run
  of short lines; under it the page's share row and teasers made the run long enough to go. In a cased script the
  guards tell such a list by its items' capitals (a district's name) or its lower case (a tool); a script with no case
  shows neither, and a district's name is often one word. Here the frame tells it: a line of the article's closing on a
  colon (two words or more) or on a word that points at a list (table ``structure.unmarked_pointer``: Thai writes no
  colon), right under a kept line of the article's, over two to ``_MOST_ITEMS`` short items opening on an uncased
  letter, none a site's section nor a network's button, then a kept sentence of the article's right under them. A
  footer's "ফলো করুন:" over "ফেসবুক" stands under residue and runs on to residue, not to a sentence; a menu under a
  paragraph has no announcing line. A list closing the text may have no sentence under it: a label of two to four
  words right under the text's last sentence ("టాప్ గెయినర్స్:", "احتیاطی تدابیر:") over three items or more, the
  page's end or residue another pass took under them, stays with its items when none is a section's name, a network's
  button or a menu's link (a footer's label names those) and the label is no teaser box's heading.
- :func:`marks_out`: a row's template (``edge_rows._skeleton``, the punctuation a run of data rows shares: ":" for
  "India: 477") kept the vowel signs and viramas of the Indic scripts and Thai's marks, combining characters that
  the word pattern does not match: "भारत: 477" read "ा:" and "इंग्लैंड: 218 और 195" read "ं्ैं:", so no two rows of a
  Hindi, Bengali, Tamil or Thai score box or table shared one, and the box under the text went as furniture. The
  template leaves them out as it leaves out the letters they sit on.
- :func:`labelled_credit`: a Hindi headline counts as a "paragraph" by its length, and the labelled stamp under it
  stays as a date after the first paragraph unless only other stamps stand between (``edge_asia.stamp_under_headline``);
  an editor's labelled credit between them ("Edited By: राहुल शर्मा" over "Updated: Wed, 13 Mar 2024 08:45 PM (IST)")
  kept the stamp, which went only on a second cleaning, once labelled-byline had taken the credit. The credit stands
  between them as a stamp does.
- :func:`headline_value`: labelled-byline leaves a credit beside a fact box's row ("Nhà xuất bản: Văn Học"), and read
  a colon headline over the credit ("IND vs ENG: धर्मशाला टेस्ट में भारत की बड़ी जीत, सीरीज 4-1 से जीती" over "Written By:
  स्पोर्ट्स डेस्क", under the menu) as such a row: the credit stayed, and went on a second cleaning once the headline
  had. A row's value is a name or a figure; one of ``_HEADLINE_VALUE_WORDS`` words or more is a headline's.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

_MOST_ITEMS: Final = 12
_ITEM_CHARS: Final = 40  # a district's, a region's, a company's name (Thai counts a word per two characters)
_LABEL_WORDS: Final = 2  # "Top gainers:" at the least; a footer's label is often one word ("Tags:")
_CLOSE_WORDS: Final = 5  # the sentence going on under the list
_CLOSING_LABEL_WORDS: Final = 4  # "टॉप गेनर्स:", "احتیاطی تدابیر:" over a list closing the text
_CLOSING_ITEMS: Final = 3
_UNMARKED_CLOSE_WORDS: Final = 12  # a Thai clause under the list (a word per two characters), closed by no mark


def _unmarked(text: str) -> bool:
    """Whether ``text`` ends in a letter of a script that writes no full stop (Thai, Lao: U+0E00-U+0EFF), as
    ``edge_asia`` reads it (which imports this module)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and "\u0e00" <= text[-1] <= "\u0eff"


_CLOSERS: Final = "\"'”’»)]）」』】 "


def uncased(text: str) -> bool:
    """Whether ``text`` opens on a letter of a script with no case (not an upper- or lower-case letter)."""
    first = text.lstrip()[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def uncased_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the items of a list the article announces after its last long paragraph in a script with
    no case, and then goes on from (the module's docstring). Cheap on most pages: nothing is read unless a line of
    the furniture opens on an uncased letter."""
    lines = ctx.doc.lines
    if not any(uncased(lines[i].text) for i in furniture):
        return furniture
    gone = set(furniture)
    keep: set[int] = set()
    before = region.start - 1
    start = before if before >= 0 and lines[before].removal is None else region.start
    pointer = None
    for i in range(start, region.stop):
        line = lines[i]
        if line.removal is not None or not uncased(line.text):
            continue
        text = line.text
        if i in gone and not (ends_colon(text) and _LABEL_WORDS <= ctx.words(i) <= _CLOSING_LABEL_WORDS):
            continue  # (a short label the furniture test took may announce a list closing the text)
        if ends_colon(text):
            if ctx.words(i) < _LABEL_WORDS:
                continue
        else:
            if pointer is None:
                pointer = ctx.table("structure", "unmarked_pointer")
            if pointer.match(text) is None:
                continue
        above = i - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        if above < 0 or lines[above].removal is not None or above in gone:
            continue  # (a footer's label stands under the page's residue, not under the article's line)
        closing = (
            ends_colon(text)
            and ctx.words(i) <= _CLOSING_LABEL_WORDS
            and not ctx.digit(i)
            and ends_sentence(lines[above].text)
            and ctx.words(above) >= _CLOSE_WORDS
            and ctx.table("promos", "heading").match(text) is None
        )
        items = _items_under(ctx, i, region.stop, gone, closing)
        if items:
            keep.update(items)
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def _items_under(ctx: Context, i: int, stop: int, gone: set[int], closing: bool) -> list[int]:
    """The items of the list line ``i`` announces (none: no such list): two to ``_MOST_ITEMS`` lines right under it,
    each short, opening on an uncased letter, no sentence, no label, none a site's section, then a kept line of the
    article's that is no furniture and reads as its sentence; or, ``closing`` (``i`` a label of two to
    ``_CLOSING_LABEL_WORDS`` words right under the article's sentence, no teaser box's heading), ``_CLOSING_ITEMS`` or
    more such items closing the text, the page's last line or residue another pass took right under them."""
    lines = ctx.doc.lines
    items: list[int] = []
    j = i + 1
    while j < stop:
        line = lines[j]
        text = line.text.strip()
        if not text:
            j += 1
            continue
        if line.removal is not None:
            return _checked(ctx, items) if closing and len(items) >= _CLOSING_ITEMS else []
        if j not in gone and not (ctx.digit(j) and ctx.words(j) < _CLOSE_WORDS and not ends_sentence(text)):
            break  # (a row with a figure among the items, "দক্ষিণ ২৪ পরগনা", is one of them)
        if len(items) == _MOST_ITEMS or len(text) > _ITEM_CHARS or not uncased(text):
            return []
        if ends_sentence(text) or ends_colon(text):
            return []
        items.append(j)
        j += 1
    if j >= stop and closing and len(items) >= _CLOSING_ITEMS and stop == len(lines):
        return _checked(ctx, items)
    if len(items) < 2 or j >= stop:
        return []
    close = lines[j]
    if close.removal is not None or close.lead or ctx.words(j) < _CLOSE_WORDS:
        return []
    if not (ctx.is_prose(j) or (ctx.words(j) >= _UNMARKED_CLOSE_WORDS and _unmarked(close.text))):
        return []  # (Thai closes no sentence with a mark: a clause of twelve words or more, ending in its letter)
    return _checked(ctx, items)


def _checked(ctx: Context, items: list[int]) -> list[int]:
    """``items``, or none when one of them is a site's section, a network's button or a menu's link."""
    section, social = ctx.table("structure", "section_name"), ctx.table("widgets", "social")
    chrome = ctx.table("widgets", "chrome")
    for text in (ctx.doc.lines[k].text.strip() for k in items):
        if section.match(text) or social.match(text) or chrome.match(text):
            return []
    return items


def labelled_credit(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is a labelled credit (table ``metadata.labelled_byline``: "Edited By: राहुल शर्मा")."""
    return (
        ctx.words(i) <= _CREDIT_WORDS
        and ctx.table("metadata", "labelled_byline").match(ctx.doc.lines[i].text) is not None
    )


_CREDIT_WORDS: Final = 8


def headline_value(value: str) -> bool:
    """Whether ``value``, what follows a line's colon, runs as long as a headline's (no fact row's name or figure)."""
    return len(value.split()) >= _HEADLINE_VALUE_WORDS


_HEADLINE_VALUE_WORDS: Final = 8


def marks_out(skeleton: str) -> str:
    """``skeleton`` (a line's punctuation, its letters and spaces left out) less its combining marks (the vowel signs
    and viramas of Indic scripts, Thai's vowel and tone marks): they belong to the letters left out."""
    if skeleton.isascii():
        return skeleton
    return "".join(c for c in skeleton if c < "\u0300" or unicodedata.category(c)[0] != "M")
