"""africa42: news in the languages that join their words (isiZulu, isiXhosa: the Nguni languages' pages).

- :func:`long_word_anchor`: edge-furniture's anchor length on a page whose sentences say in few long words what
  others say in many. isiZulu writes its subject, tense, object, prepositions and possessives as prefixes of the
  word ("UMkhandlu weTheku uqoke uMnuz Cyril Xaba njengemeya entsha yedolobha ngoMsombuluko." is ten words, its
  English seventeen; "Abanqobi bakhetha ukuqala umdlalo wokuqala ngoLwesihlanu eDurban." seven, its English
  fourteen), as Korean joins its particles to the word (``structure.JOINED_WORDS``). With the full length of twelve
  words a news story's paragraphs of seven to eleven words anchored nothing: the whole page was left alone (the
  site's menu, byline, stamp and share row over the headline, its teasers and footer under the text), or its last
  paragraph was taken far above the text's end, and a list closing the text ("Abagcini bezinkundla:" over the
  goalkeepers' names under its last short paragraph) went with the footer under it. Such a language has no stopword
  list here, so the page is told by the shape of its words: on a page whose language the stopwords cannot tell, whose
  text runs ``_LONG_WORD_CHARS`` characters a word on average (spaces counted: an English page's run five to six, a
  German one's six to seven, an isiZulu one's eight to ten), and whose ``_LEAST_SENTENCES`` sentences or more (lines
  of ``_SENTENCE_WORDS`` words or more closed by a sentence's mark: a story's, no footer's blurb) do too, a line of
  prose of half the length anchors the page, as in Korean (where the three quarters of a language no table knows
  applied, too: fallback35). A page of short words, or of a language with stopwords
  (Swahili, Somali, Afrikaans: their sentences run as many words as the languages of the tables), keeps the length.
  The whole text's average (two C-speed counts) rules out most pages before any line is looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

_LONG_WORD_CHARS: Final = 8.0  # a word's characters on average, its space and marks counted
_LEAST_SENTENCES: Final = 3  # the page's sentences at least: a story's, no footer's blurb or two
_SENTENCE_WORDS: Final = 3  # a sentence's words at least ("Ukhethwe ngamavoti angu-120.")


def long_word_anchor(
    ctx: Context, kept: list[int], least: int, first: int | None, full: int,
    is_anchor: Callable[[Context, int, int], bool],
) -> tuple[int, int | None]:
    """edge-furniture's (anchor length, first anchor): unchanged where the length is already half of ``full`` or
    less, where the page's language has stopwords, on a
    page in an unspaced script, where the text's words or its sentences' are short or its sentences too few, or where
    no line of prose has half the length; else half the length and the first such line."""
    half = (full + 1) // 2
    if least <= half or ctx.stopwords or not ctx.spaced():
        return least, first
    text = ctx.joined_text()
    if len(text) < _LONG_WORD_CHARS * (text.count(" ") + text.count("\n") + 1):
        return least, first  # (most pages: short words)
    lines = ctx.doc.lines
    sentences = [
        i for i in kept if ctx.words(i) >= _SENTENCE_WORDS and not lines[i].lead and ends_sentence(lines[i].text)
    ]
    if len(sentences) < _LEAST_SENTENCES:
        return least, first
    if sum(len(lines[i].text) for i in sentences) < _LONG_WORD_CHARS * sum(ctx.words(i) for i in sentences):
        return least, first
    anchor = next((i for i in kept if is_anchor(ctx, i, half)), None)
    return (least, first) if anchor is None else (half, anchor)
