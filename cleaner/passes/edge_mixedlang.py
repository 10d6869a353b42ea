"""mixedlang46: a page whose chrome speaks another language than its article.

- :func:`foreign_cookie_notices`: a Flemish story on a Brussels site under a French cookie banner ("Nous utilisons des
  cookies pour améliorer votre expérience sur notre site."), a Dutch one on a university site whose chrome is English,
  a Catalan one on a Spanish publisher's site. The vocabularies read the page's language (and English), so the
  banner's sentence in a third language was left, and its run of buttons stopped short of it. A kept line naming
  cookies (the family's ``cookie_word``, what cookie-dialog already scans for) that the consent-notice table of
  another of our languages matches from the line's start goes, unless it quotes (quotation marks: an article citing a
  banner) or closes on that language's reporting clause, and the line's function words vote for that language over
  every other (language.py's votes; the languages' own tables, tried one by one only for a line the joined table
  matched: a Slovak clause matches a German banner's close, a Portuguese notice a Spanish recipe's "Usamos galletas
  tipo cookies …"). A Dutch sentence naming a French banner's words inside it ("Wie de site opent, leest bovenaan
  nous utilisons des cookies …") stays. Only the lines naming cookies are tried (none on most pages), against one
  table compiled once per set of languages.
"""

from __future__ import annotations

from typing import Final

from ..context import Context, table_matches
from ..language import _LANGS, _votes
from ..vocab import Table, table, table_languages

_MAX_WORDS: Final = 60  # (cookie-notice's default_max_words)
_QUOTES: Final = frozenset("\"“”„«»‘’‚‹›「」『』")
_REASON: Final = "cookie consent notice in another language than the page's"


def _others(own: tuple[str, ...]) -> tuple[str, ...]:
    """The languages with consent-notice patterns but ``own`` (``any`` is read already)."""
    return tuple(k for k in table_languages("cookies", "notice") if k != "any" and k not in own)


def _foreign_banner(text: str, languages: tuple[str, ...]) -> bool:
    """Whether one of ``languages`` has its consent notice open ``text``, no reporting clause of its own close it
    (another language's clause may match any sentence: a Slovak one a German banner's close), and the line's own
    function words vote for it over every other language: a Spanish sentence a Portuguese pattern reads ("Usamos
    galletas tipo cookies para la base de la tarta.") is no Portuguese banner."""
    votes: list[float] | None = None
    for lang in languages:
        found = table("cookies", "notice", (lang,)).match(text)
        if found is None or found.start() > 0:
            continue
        reported = table("cookies", "reported", (lang,))
        if reported.patterns and reported.match(text) is not None:
            continue
        if lang not in _LANGS:
            continue
        if votes is None:
            votes = _votes(text)[1]
        mine = votes[_LANGS.index(lang)]
        if mine > 0 and all(v < mine for n, v in enumerate(votes) if _LANGS[n] != lang):
            return True
    return False


def foreign_cookie_notices(ctx: Context, naming: list[int] | None, word: Table, pass_name: str) -> None:
    """Remove each kept line of ``naming`` (the lines the table ``word`` may match; None: every kept line) that names
    cookies and another language's consent notice matches (see the module's docstring)."""
    others = _others(ctx.vocab_languages)
    if not others:
        return
    notice = table("cookies", "notice", others)
    if not notice.patterns:
        return
    lines = ctx.doc.lines
    for i in ctx.doc.kept() if naming is None else naming:
        line = lines[i]
        if line.removal is not None or ctx.words(i) > _MAX_WORDS:
            continue
        text = line.text
        if _QUOTES.intersection(text) or not word.match(text):
            continue
        if not table_matches(notice, text):
            continue  # (the joined table's RE2 gate first: its Python patterns, every language's, cost far more)
        found = notice.match(text)
        if found is None or found.start() > 0:
            continue  # (the banner opens its line: a sentence of the page's own language may name one inside it)
        if not _foreign_banner(text, others):
            continue  # (one table a language, read only for a line the joined table matched)
        ctx.doc.remove(i, pass_name, _REASON)


_SOCIAL: Final = "social-buttons"
_SHARE_MOST: Final = 5  # words of a share button ("Partager cette page", "Compartir en Facebook")
_SHARE_REASON: Final = "share button in another language beside the page's share row"


def foreign_share_buttons(ctx: Context, pass_name: str) -> None:
    """A bilingual page's share row in its second language right beside the one of its first ("Share this page" over
    "Partager cette page" under a Canadian statement in English and French): a kept line of a few words next to a line
    social-buttons removed (the blank lines between them skipped) that another language's share table (the family's
    ``widgets.social``, whole line) matches goes. Away from a removed share button the same words are left: a bare
    "Deel" or "Partager" may head an article's part."""
    lines = ctx.doc.lines
    shared = [i for i, line in enumerate(lines) if line.removal is not None and line.removal.pass_name == _SOCIAL]
    if not shared:
        return
    others = tuple(k for k in table_languages("widgets", "social") if k != "any" and k not in ctx.vocab_languages)
    if not others:
        return
    social = table("widgets", "social", others)
    for i in shared:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].text.strip():
                j += step
            if not 0 <= j < len(lines) or lines[j].removal is not None or ctx.words(j) > _SHARE_MOST:
                continue
            if table_matches(social, lines[j].text):  # (its RE2 gate first, then its patterns)
                ctx.doc.remove(j, pass_name, _SHARE_REASON)
