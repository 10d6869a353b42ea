"""cjk45: Chinese, Japanese and Korean news and blogs.

- :func:`pointed_marked_list`: edge-furniture's guard at the tail. Chinese, Japanese and Korean papers print a story's
  list with its mark glued to the item, no space after it ("・経済安保での協力強化", "▲출근 시간대 운행률 100%
  유지", "‧先進製程產能利用率"), under a sentence that points at it with a full stop ("会談のポイントは次の通り。",
  "주요 내용은 다음과 같다.", "措施如下。"; table ``structure.list_pointer``) or with a colon
  ("会談のポイントは次の通り："). A marker with a space after it ("- ", "• ") makes a list item that the furniture
  test lets through; a glued mark does not, and the list closing the story over its "関連記事" box went as the page's
  run of furniture (the older guards, made for spaced scripts, ask an item of up to four words: a Japanese item of ten
  characters counts five). Here the frame
  tells it: a kept line of the article's that the pointer table reads (its colon read as the full stop), right over two
  to ``_MOST_ITEMS`` lines opening on the same mark (``_MARKS``), each short (``_ITEM_WORDS``) and closing on no colon.
  A menu or a footer's links under a paragraph ("・会社概要", "・お問い合わせ") stand under no line that points at
  them, and still go (test).
- :func:`enumerated_list`: the same guard for a list the article announces with a colon and numbers in these scripts'
  own way, no marker with a space ("会议确定了以下措施：" over "（一）加大社保补贴力度", "（二）扩大就业见习规模",
  …; "一、", "1、", "（1）", "①"): the list closing the story over the related box went as the page's run. Two items
  or more whose numbers run in order from the first (``_enumerator``), right under a kept line of the article's closed
  by a colon (``_LABEL_WORDS`` words or more: no "关注我们：" label), stay with that line. A ranking box numbers its
  headlines with a space or a full stop ("1 人気俳優が結婚を発表"), under a heading another pass took; a menu's
  numbered links under the text stand under no colon line (test).
- :func:`opening_lines`: edge-furniture's guard at the head. Two kinds of short line right over the first paragraph
  are the article's in these scripts: a sentence of a word or two closed by the script's full stop, exclamation or
  question mark (a blog's "晴れ。" over its first long sentence: a menu's link, a tag or a headline closes on none),
  and a subheading opening on a glued mark ("■止まらない円安") when another kept line of the article's opens on the same
  mark over a sentence further down (the story's next subheading, "■政府・日銀の対応は"): the marks head the story's
  sections. They stay, and count in the run as the page's lines beside them (the menu over them goes as before). A
  menu's last link over the text opens on no mark that heads a section under it (test).
- :func:`unspaced_sentence`: edge-furniture's anchor on a page of short sentences (``edge_kids.short_sentence_page``)
  counts a block's sentences of prose; a Chinese or Japanese line is prose only at twelve "words" (a word per two
  characters: no function words to read), so a blog post's lines ("今日は初めて金継ぎ教室に行ってきました。",
  "下班路过巷口那家小店，老板说今天的羊肉刚到。") were none, the page had no anchor, and the blog's menu over the
  title stayed ("アメーバブログ", "ブログトップ", "归档", "分类"). A line in such a script of ``MIN_PROSE_WORDS``
  words or more (twelve characters) closed by the script's own full stop, exclamation or question mark ("。", "！",
  "？", a closing quote or bracket after it) is one of the block's sentences of prose: a menu's link, a tag or a
  headline closes on none. Only a page with no paragraph to anchor it reads this, and only its head is cleared by it
  (as ``edge_kids`` does).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import MIN_PROSE_WORDS, ends_colon

# the marks a list item opens on in these scripts, glued to the item's first character
_MARKS: Final = frozenset("・‧•·▲△■□●○◆◇")
_MOST_ITEMS: Final = 15  # items a sentence points at: a list, not a page's worth of links
_ITEM_WORDS: Final = 20  # an item's "words" at most (forty characters: a point of a summary, not a paragraph)
_COLONS: Final = ":："
_FULL_STOPS: Final = "。！？"
_CLOSERS: Final = "」』”’\"'）)】"
_UNSPACED: Final = frozenset({"zh", "ja"})


def _pointer(ctx: Context, i: int) -> bool:
    """Line ``i`` is a kept line of the article's pointing at the list under it: table ``structure.list_pointer``
    reads it, a closing colon read as the full stop ("会談のポイントは次の通り：" as "…次の通り。")."""
    line = ctx.doc.lines[i]
    if line.removal is not None or line.lead:
        return False
    text = line.text.rstrip()
    if ends_colon(text):
        text = text.rstrip(_COLONS).rstrip() + "。"
    return ctx.table("structure", "list_pointer").match(text) is not None


def _above(ctx: Context, i: int) -> int:
    """The first non-blank line over line ``i`` (-1 where none is)."""
    lines = ctx.doc.lines
    i -= 1
    while i >= 0 and not lines[i].text.strip():
        i -= 1
    return i


def _below(ctx: Context, i: int) -> int:
    """The first non-blank line under line ``i`` (the document's length where none is)."""
    lines = ctx.doc.lines
    i += 1
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    return i


def pointed_marked_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a list of items opening on a glued mark under a line that points at it (the module's
    docstring). Cheap on most pages: nothing is read unless a line of the furniture opens on such a mark."""
    lines = ctx.doc.lines
    if not any(lines[i].text[:1] in _MARKS for i in furniture):
        return furniture
    keep: set[int] = set()
    for i in furniture:
        mark = lines[i].text[:1]
        if mark not in _MARKS or i in keep:
            continue
        # (the list's first items may hold figures, which the furniture test lets through: its top is read up to them)
        top = i
        above = _above(ctx, top)
        while above >= 0 and lines[above].removal is None and lines[above].text[:1] == mark:
            top, above = above, _above(ctx, above)
        if above < 0 or not _pointer(ctx, above):
            continue
        items: list[int] = []
        j = top
        while j < len(lines) and len(items) <= _MOST_ITEMS:
            text = lines[j].text
            if not text.strip():
                j += 1
                continue
            if (
                text[:1] != mark
                or len(text) < 2
                or text[1].isspace()
                or lines[j].removal is not None
                or ctx.words(j) > _ITEM_WORDS
                or ends_colon(text)
            ):
                break
            items.append(j)
            j += 1
        if 2 <= len(items) <= _MOST_ITEMS:
            keep.update(items)
    return [i for i in furniture if i not in keep] if keep else furniture


# the marks a subheading opens on in these scripts, glued to its first character ("■止まらない円安", "◆今後の課題")
_HEADING_MARKS: Final = frozenset("■□◆◇●○◎▼▽▲△")
_CJK: Final = frozenset({"zh", "ja", "ko"})


def _closes_sentence(text: str) -> bool:
    """``text`` closes on the script's full stop, exclamation or question mark (a closing quote or bracket after it)."""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _FULL_STOPS


def _heads_section(ctx: Context, mark: str, start: int) -> bool:
    """Whether a kept line from ``start`` on opens on ``mark`` glued to its text, right over a kept sentence of
    ``MIN_PROSE_WORDS`` words or more: the mark heads the article's sections."""
    lines = ctx.doc.lines
    for k in range(start, len(lines)):
        text = lines[k].text
        if text[:1] != mark or len(text) < 2 or text[1].isspace() or lines[k].removal is not None:
            continue
        under = k + 1
        while under < len(lines) and not lines[under].text.strip():
            under += 1
        if (
            under < len(lines)
            and lines[under].removal is None
            and ctx.words(under) >= MIN_PROSE_WORDS
            and _closes_sentence(lines[under].text)
        ):
            return True
    return False


def opening_lines(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the short sentences and the marked subheading right over the first paragraph (the module's
    docstring). Cheap on most pages: only the line over the paragraph is read, on a page told Chinese, Japanese or
    Korean."""
    if not furniture or ctx.vocab_languages[0] not in _CJK:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    keep: set[int] = set()
    at = _above(ctx, region.stop)
    unspaced = ctx.vocab_languages[0] in _UNSPACED
    while at >= region.start and at in gone:
        text = lines[at].text
        if unspaced and _closes_sentence(text) and bool(ctx.stats(at).unspaced):
            keep.add(at)  # (a short sentence: the one over it may be the text's too)
            at = _above(ctx, at)
            continue
        if text[:1] in _HEADING_MARKS and len(text) > 1 and not text[1].isspace() and _heads_section(
            ctx, text[:1], region.stop
        ):
            keep.add(at)
        break
    return [i for i in furniture if i not in keep] if keep else furniture


# a number opening a list's item in these scripts, glued to it: "（一）", "(1)", "一、", "1、", "①"
_ENUMERATOR: Final = re.compile(
    r"[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]|([一二三四五六七八九十]{1,3})、|(\d{1,2})、|([①-⑳])"
)
_ENUM_FIRST: Final = frozenset("（(一二三四五六七八九十0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_NUMERALS: Final = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}
_LABEL_WORDS: Final = 4  # the colon line's words at least: a clause announcing the list, no label
_ENUM_WORDS: Final = 40  # an item's words at most: a measure's sentence, not a paragraph


def _ordinal(numeral: str) -> int:
    """The value of a number written in digits or in Chinese numerals up to 99 ("三" 3, "十二" 12, "二十" 20)."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return _NUMERALS.get(numeral, 0) if len(numeral) == 1 else 0
    tens, _, ones = numeral.partition("十")
    return (_NUMERALS.get(tens, 0) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)


def _enumerator(text: str) -> tuple[int, int] | None:
    """(the style, the number) of the number opening ``text`` (``_ENUMERATOR``), None where none does: the style
    tells "（一）" from "一、" and "①", so a list's numbers are read in one style."""
    if text[:1] not in _ENUM_FIRST:
        return None
    m = _ENUMERATOR.match(text)
    if m is None or m.end() >= len(text):
        return None
    if m.group(1) is not None:
        return (0 if m.group(1).isdigit() else 1), _ordinal(m.group(1))
    if m.group(2) is not None:
        return 2, _ordinal(m.group(2))
    if m.group(3) is not None:
        return 3, int(m.group(3))
    return 4, ord(m.group(4)) - ord("①") + 1


def enumerated_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a numbered list a colon line of the article's announces (the module's docstring). Cheap on
    most pages: nothing is read unless a line of the furniture opens on a number in one of these styles."""
    lines = ctx.doc.lines
    if not any(lines[i].text[:1] in _ENUM_FIRST for i in furniture):
        return furniture
    keep: set[int] = set()
    for i in furniture:
        first = _enumerator(lines[i].text)
        if first is None or first[1] != 1:
            continue
        above = _above(ctx, i)
        if (
            above < 0
            or lines[above].removal is not None
            or lines[above].lead
            or not ends_colon(lines[above].text)
            or ctx.words(above) < _LABEL_WORDS
        ):
            continue
        items = [i]
        j = _below(ctx, i)
        while j < len(lines) and lines[j].removal is None and ctx.words(j) <= _ENUM_WORDS:
            number = _enumerator(lines[j].text)
            if number != (first[0], len(items) + 1):
                break
            items.append(j)
            j = _below(ctx, j)
        if len(items) >= 2 and all(ctx.words(k) <= _ENUM_WORDS for k in items):
            keep.update([above, *items])
    return [i for i in furniture if i not in keep] if keep else furniture


def unspaced_sentence(ctx: Context, i: int) -> bool:
    """Line ``i`` is a sentence of prose in a script written without spaces (the module's docstring): the page told
    Chinese or Japanese, ``MIN_PROSE_WORDS`` words or more, closed by the script's full stop, exclamation or question
    mark, no list item."""
    if ctx.vocab_languages[0] not in _UNSPACED or ctx.words(i) < MIN_PROSE_WORDS:
        return False
    line = ctx.doc.lines[i]
    text = line.text.rstrip().rstrip(_CLOSERS)
    return not line.lead and text[-1:] in _FULL_STOPS and bool(ctx.stats(i).unspaced)
