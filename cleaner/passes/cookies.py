"""Cookie banners and consent notices: the site speaking about its own cookies."""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from ..sentences import may_break, split_sentences
from ..textstats import ends_sentence
from ..vocab import Table
from .base import Pass, VocabLinePass
from .edge_fiction import introduced_lines  # fiction49
from .edge_mixedlang import foreign_cookie_notices


class CookieNotice(VocabLinePass):
    name = "cookie-notice"
    family = "cookies"
    description = "Cookie consent banners and their buttons."
    tables: ClassVar[dict[str, str]] = {"notice": "cookie consent notice", "button": "cookie banner button or heading"}
    default_max_words = 60

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A notice followed by a reporting clause ("We use cookies on almost every website, ...,
        the researchers found.") is reported speech about a site, and a notice quoted in a sentence
        ("“This website uses cookies to improve your experience,” the banner read, …"; "The notice
        read: “…”") is the article's: the line's words outside the quotation marks tell of it. A
        banner quotes only its buttons' labels ("By clicking “Accept All Cookies”, you agree …").

        A banner's heading or button alone between two of the article's paragraphs, one of them on
        cookies, no other line of the vocabulary passes within ``_DIALOG_REACH`` lines of it, is the
        article's subheading ("Cookie consent" in a report on cookie law): a banner's buttons and a dialog's
        headings stand together and next to its notice ("Privacy Overview" between two of a dialog's
        paragraphs, "Necessary" below them); one alone in an article on anything else is a stray button."""
        reported = ctx.table(self.family, "reported")
        word = ctx.table(self.family, "cookie_word")
        button = ctx.table(self.family, "button")
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        out: set[int] = set()
        for i in mine:
            text = lines[i].text
            if (reported.patterns and reported.match(text)) or _quotes_a_notice(text, word):
                out.add(i)
                continue
            pos = at.get(i)
            if pos is None or not 0 < pos < len(kept) - 1 or ctx.words(i) > _SUBHEADING_WORDS:
                continue
            before, after = kept[pos - 1], kept[pos + 1]
            near = kept[max(0, pos - _DIALOG_REACH) : pos] + kept[pos + 1 : pos + 1 + _DIALOG_REACH]
            if (
                button.match(text)
                and not any(j in hits for j in near)
                and all(ctx.words(j) >= _PARAGRAPH_WORDS and ctx.is_prose(j) for j in (before, after))
                and any(word.match(lines[j].text) for j in (before, after))
            ):
                out.add(i)
            elif (
                button.match(text)
                and _heading_shaped(text)
                and all(ctx.words(j) >= _PARAGRAPH_WORDS and ctx.is_prose(j) for j in (before, after))
                and all(j not in hits or _button_heading(ctx, j, button) for j in near)
                and (not any(j in hits for j in near) or not any(word.match(lines[j].text) for j in near))
                and _another_subheading(ctx, kept, pos, hits)
            ):
                # an encyclopedia's "Decline" between two paragraphs of an article that heads its other sections
                # the same way ("Origins" between two paragraphs): the article's subheading, one of a series
                out.add(i)
        return out | introduced_lines(ctx, mine, hits)  # fiction49


def _heading_shaped(text: str) -> bool:
    """A capitalised line closing on a letter: a subheading's shape (a button's "Decline" has it too)."""
    return text[:1].isalpha() and not text[:1].islower() and text[-1:].isalpha()


def _button_heading(ctx: Context, i: int, button: Table) -> bool:
    """Whether line ``i`` is a button's word shaped as a subheading ("Accept" two paragraphs under "Decline" in an
    article on negotiating: its sections are named by the words a banner's buttons use too)."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) <= _SUBHEADING_WORDS and _heading_shaped(text) and button.match(text) is not None


def _another_subheading(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """Whether another line of the text than ``kept[pos]``, none of the vocabularies', is a subheading: a short
    heading-shaped line between two paragraphs of prose."""
    lines = ctx.doc.lines
    for q in range(1, len(kept) - 1):
        j = kept[q]
        if q == pos or j in hits or ctx.words(j) > _SUBHEADING_WORDS or not _heading_shaped(lines[j].text):
            continue
        if all(
            k not in hits and ctx.words(k) >= _PARAGRAPH_WORDS and ctx.is_prose(k) for k in (kept[q - 1], kept[q + 1])
        ):
            return True
    return False


# a subheading between two of the article's paragraphs: a few words, the paragraphs around it long prose
_SUBHEADING_WORDS = 4
_DIALOG_REACH = 3  # as CookieDialog's dialog_reach
_PARAGRAPH_WORDS = 12


# A quoted notice is a sentence (a banner's quoted button label is a few words: "Accept All Cookies");
# the sentence quoting it has words of its own around the quote ("the banner read").
_QUOTED_NOTICE_WORDS = 4
_WORDS_AROUND_QUOTE = 3
_OPENERS = {"“": "”", "„": "“”", "«": "»", "»": "«", '"': '"', "‹": "›", "「": "」", "『": "』"}


def _quotes_a_notice(text: str, word: Table) -> bool:
    """The line quotes a sentence about cookies (``_QUOTED_NOTICE_WORDS`` words or more inside
    quotation marks, naming cookies) and says something around it (``_WORDS_AROUND_QUOTE`` words or
    more outside the quotation marks)."""
    start = 0
    while True:
        opening = next(((k, q) for k, q in enumerate(text[start:], start) if q in _OPENERS), None)
        if opening is None:
            return False
        at, mark = opening
        close = min((k for k in (text.find(c, at + 1) for c in _OPENERS[mark]) if k >= 0), default=-1)
        if close < 0:
            return False
        quoted = text[at + 1 : close]
        outside = text[:at] + " " + text[close + 1 :]
        if (
            len(quoted.split()) >= _QUOTED_NOTICE_WORDS
            and word.match(quoted)
            and len([w for w in outside.split() if any(c.isalnum() for c in w)]) >= _WORDS_AROUND_QUOTE
        ):
            return True
        start = close + 1


# quotation marks: a notice quoted in a sentence is the article's ("“We use cookies,” the banner read.")
_QUOTES = frozenset("\"“”„«»‘’‚‹›「」『』")


class CookieDialog(Pass):
    """A consent dialog's long paragraphs, over the notice's word limit: "This website uses cookies to
    improve your experience while you navigate through the website. Out of these cookies, …", "Necessary
    cookies are absolutely essential for the website to function properly. This category only includes …".

    A paragraph of two to ``max_sentences`` sentences goes when every one of its sentences names cookies
    (family table ``cookie_word``), none is quoted or told as news (table ``reported``), it speaks of the
    site or to its reader (table ``own``: "this website", "your browser", "we") and it is the site's notice:

    * one of its sentences is a notice (table ``notice``: "This website uses cookies to …"), or
    * it stands in the dialog: the line right before it is one cookie-notice removed (a category's
      heading or button, "Necessary", "Privacy Overview": up to ``max_control_words`` words, no sentence)
      and another such line stands within ``dialog_reach`` lines of it (a dialog holds several; an
      article on cookie law has at most a heading "Cookie consent").

    An article's paragraph on cookies names them in some sentences, not in every one, or speaks of
    sites and users in the third person ("The regulator found that the website uses cookies to track
    users without consent.").
    """

    name = "cookie-dialog"
    family = "cookies"
    description = "A consent dialog's long paragraphs: every sentence about the site's own cookies."

    def __init__(self, max_words: int = 250, max_sentences: int = 12, dialog_reach: int = 3,
                 max_control_words: int = 6) -> None:
        self.max_words = max_words
        self.max_sentences = max_sentences
        self.dialog_reach = dialog_reach
        self.max_control_words = max_control_words

    def run(self, ctx: Context) -> None:
        word = ctx.table(self.family, "cookie_word")
        if not ctx.mentions(word):
            return  # (most texts never name cookies: one scan of the text instead of a regex a line)
        own = ctx.table(self.family, "own")
        notice = ctx.table(self.family, "notice")
        reported = ctx.table(self.family, "reported")
        counts = ctx.word_counts()
        lines = ctx.doc.lines
        # (only the lines that name cookies at all: one scan of the folded text for the table's literals)
        naming = ctx.literal_lines(word)
        for index in ctx.doc.kept() if naming is None else [i for i in naming if lines[i].removal is None]:
            text = lines[index].text
            if counts[index] > self.max_words or not may_break(text) or not word.match(text):
                continue
            sentences = split_sentences(text)
            if not 2 <= len(sentences) <= self.max_sentences or not all(word.match(s) for s in sentences):
                continue
            if any(_QUOTES.intersection(s) or reported.match(s) for s in sentences) or not own.match(text):
                continue
            if any(notice.match(s) for s in sentences):
                ctx.doc.remove(index, self.name, "cookie consent notice: every sentence about the site's cookies")
            elif self._in_dialog(ctx, index):
                ctx.doc.remove(index, self.name, "cookie consent dialog's text under its heading or button")
        foreign_cookie_notices(ctx, naming, word, self.name)  # mixedlang46

    def _in_dialog(self, ctx: Context, index: int) -> bool:
        """The line right before ``index`` was removed by cookie-notice, and another line within
        ``dialog_reach`` lines of ``index`` was too."""
        lines = ctx.doc.lines

        def notice(i: int) -> bool:
            # a heading or a button of the dialog: a notice's sentence removed beside an article's paragraph
            # ("Your consent to cookies must be given freely, …") makes no dialog of it
            removal = lines[i].removal
            return (
                removal is not None and removal.pass_name == CookieNotice.name
                and ctx.words(i) <= self.max_control_words and not ends_sentence(lines[i].text)
            )

        if index == 0 or not notice(index - 1):
            return False
        near = range(max(0, index - 1 - self.dialog_reach), min(len(lines), index + 1 + self.dialog_reach))
        return any(notice(i) for i in near if i not in (index, index - 1))
