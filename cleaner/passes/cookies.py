"""Cookie banners and consent notices: the site speaking about its own cookies."""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from ..sentences import may_break, split_sentences
from .base import Pass, VocabLinePass


class CookieNotice(VocabLinePass):
    name = "cookie-notice"
    family = "cookies"
    description = "Cookie consent banners and their buttons."
    tables: ClassVar[dict[str, str]] = {"notice": "cookie consent notice", "button": "cookie banner button or heading"}
    default_max_words = 60

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A notice followed by a reporting clause ("We use cookies on almost every website, ...,
        the researchers found.") is reported speech about a site: the article's line."""
        reported = ctx.table(self.family, "reported")
        if not reported.patterns:
            return set()
        return {i for i in mine if reported.match(ctx.doc.lines[i].text)}


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
      heading or button, "Necessary", "Privacy Overview") and another such line stands within
      ``dialog_reach`` lines of it (a dialog holds several; an article on cookie law has at most a
      heading "Cookie consent").

    An article's paragraph on cookies names them in some sentences, not in every one, or speaks of
    sites and users in the third person ("The regulator found that the website uses cookies to track
    users without consent.").
    """

    name = "cookie-dialog"
    family = "cookies"
    description = "A consent dialog's long paragraphs: every sentence about the site's own cookies."

    def __init__(self, max_words: int = 250, max_sentences: int = 12, dialog_reach: int = 3) -> None:
        self.max_words = max_words
        self.max_sentences = max_sentences
        self.dialog_reach = dialog_reach

    def run(self, ctx: Context) -> None:
        word = ctx.table(self.family, "cookie_word")
        if not ctx.mentions(word):
            return  # (most texts never name cookies: one scan of the text instead of a regex a line)
        own = ctx.table(self.family, "own")
        notice = ctx.table(self.family, "notice")
        reported = ctx.table(self.family, "reported")
        for index, line in ctx.doc.iter_kept():
            text = line.text
            if ctx.words(index) > self.max_words or not may_break(text) or not word.match(text):
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

    def _in_dialog(self, ctx: Context, index: int) -> bool:
        """The line right before ``index`` was removed by cookie-notice, and another line within
        ``dialog_reach`` lines of ``index`` was too."""
        lines = ctx.doc.lines

        def notice(i: int) -> bool:
            removal = lines[i].removal
            return removal is not None and removal.pass_name == CookieNotice.name

        if index == 0 or not notice(index - 1):
            return False
        near = range(max(0, index - 1 - self.dialog_reach), min(len(lines), index + 1 + self.dialog_reach))
        return any(notice(i) for i in near if i not in (index, index - 1))
