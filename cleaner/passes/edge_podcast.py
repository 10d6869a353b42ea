"""podcast50: an episode page's sponsor read, and the references its show notes list under a teaser's heading.

- :func:`sponsor_read` (the vocabulary group's news-sentence guard, and call-to-action's spared lines): a podcast's
  sponsor read opens on the episode's sponsor ("This episode is brought to you by Harbor Savings.", "Este episodio
  está patrocinado por Verde Seguros.", "Questa puntata è offerta da …", table ``promos.sponsor_read``) and goes on
  with the sponsor's offer, a figure in it ("Open an account in five minutes and earn 4.1% APY.", "Use o código SABER
  para 10% de desconto."). The guard that keeps a call whose line goes on with news (a statement with a figure) read
  the offer as news, and the guard that keeps an item of a list under a colon ("Libri citati nella puntata:") read
  the read under the show notes' last list as one of its items: neither keeps a line that opens on a sponsor read.
  The table is read only of lines a call's table took (``promos.cta``), so it reads nothing else.
- :func:`call_under_fragments` (call-to-action's spared lines, with :func:`sponsor_read`): a rating prompt of a
  sentence or two under the show notes' last list (titles, chapters: no sentence) is no item of that list.
- :func:`cites_sources` (teaser-box's guard on its heading): a heading closing on a colon ("Pour aller plus loin :")
  right over two references, each closing on its year ("Rapport de la Cour des comptes sur la ligne 13 (2023)",
  "« Le Métro de Paris », Jean Tricoire, La Vie du Rail, 1999"), announces the article's sources, as
  ``_announces_statements`` keeps a heading over statements: a box of the site's teasers lists headlines, which
  close on no year after a comma or in brackets.
- :func:`chapter_list_tail` (edge-furniture's guard at the tail): an episode's chapter list from 0:00, each line a
  later time and its chapter's words, and its label over it, is the show notes' own where it closes them (the sponsor
  read under it gone, see :func:`sponsor_read`): its short first lines ("Chapters", "(00:00) Intro") went with the run.
- :func:`sentences_note` (copyright's guard for a book's detail): a notice of two sentences under a title-like line
  and over a short line with a figure is no book's translator between its title and its year (see the function).
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence

_SOURCES: Final = 2  # the references right under the heading
_REFERENCE_WORDS: Final = 30  # a reference's words at the most
_CENTURIES: Final = ("19", "20")


def sponsor_read(ctx: Context, i: int) -> bool:
    """Line ``i`` opens on a podcast's sponsor read (table ``promos.sponsor_read``; see the module's docstring)."""
    table = ctx.table("promos", "sponsor_read")
    return bool(table.patterns) and table.match(ctx.doc.lines[i].text) is not None


def _closes_on_year(text: str) -> bool:
    """``text`` closes on a year after a comma or in brackets: ", 1999", ", 1999.", "(2023)"."""
    end = text.rstrip().rstrip(".")
    if end.endswith(")"):
        end, mark = end[:-1], "("
    else:
        mark = ","
    return (
        len(end) > 5
        and end[-4:].isdigit()
        and end[-4:-2] in _CENTURIES
        and end[:-4].rstrip().endswith(mark)
    )


def cites_sources(ctx: Context, kept: list[int], at: int) -> bool:
    """The teaser heading at ``kept[at]`` closes on a colon over ``_SOURCES`` references, each closing on its year
    (see the module's docstring)."""
    lines = ctx.doc.lines
    if not ends_colon(lines[kept[at]].text):
        return False
    under = kept[at + 1 : at + 1 + _SOURCES]
    return len(under) == _SOURCES and all(
        ctx.words(j) <= _REFERENCE_WORDS and _closes_on_year(lines[j].text) for j in under
    )


_NOTE_WORDS: Final = 12  # a notice of two sentences at the least ("This transcript was generated automatically …")


def sentences_note(ctx: Context, i: int) -> bool:
    """Line ``i`` (a credit the syndication table matched) is a notice of two sentences or more, no book's detail
    (copyright's guard for a book's translator between its title and its price): a transcript's notice ("This
    transcript was generated automatically and may contain errors. Please check the audio before quoting.") under
    the episode's title, over the transcript's first timestamp ("[00:00:00]"), reads as a translator's credit between
    a book and its year; a book's translator or first edition is a few words ("Traducción de Salvador Peña")."""
    text = ctx.doc.lines[i].text
    return ctx.words(i) >= _NOTE_WORDS and ". " in text.rstrip()


_CALL_WORDS: Final = 8  # a prompt of a sentence or two ("Vind je deze aflevering leuk? Geef ons vijf sterren!")
_FRAGMENTS: Final = 2  # the list's items over it, none a sentence
_LIST_REACH: Final = 6  # the colon's line stands at most this many kept lines over the call


def call_under_fragments(ctx: Context, kept: list[int], pos: int) -> bool:
    """The call at ``kept[pos]`` closes a sentence of ``_CALL_WORDS`` words or more, and the lines between it and the
    kept line over it that closes on a colon (two or more) close no sentence: a list of titles or chapters ("Die
    Bücher der Folge:" / "Juli Zeh: Unterleuten" / "Dörte Hansen: Mittagsstunde") with the page's prompt under it
    ("Hat dir die Folge gefallen? Dann bewerte uns mit fünf Sternen …"), no item of the list (call-to-action keeps an
    item of a colon's list with a step in it: a how-to's "To get the alerts:" / "Open the Settings app." / "Download
    the app.", whose items are its steps)."""
    lines = ctx.doc.lines
    i = kept[pos]
    if ctx.words(i) < _CALL_WORDS or not ends_sentence(lines[i].text):
        return False
    for items, p in enumerate(range(pos - 1, max(-1, pos - 1 - _LIST_REACH), -1)):
        j = kept[p]
        if ends_colon(lines[j].text):
            return items >= _FRAGMENTS
        if ends_sentence(lines[j].text):
            return False
    return False


_CHAPTERS: Final = 3  # the chapters of an episode's list, from its start at 0:00
_LABEL_WORDS: Final = 4  # the list's label over it ("Chapters", "In this episode:", "Timestamps:")
_CLOCK_PARTS: Final = 3  # hours, minutes, seconds at the most ("1:02:03")
_MINUTE: Final = 60


def _elapsed(text: str) -> int | None:
    """The seconds a chapter's line opens on ("00:00 Intro", "(02:14) How Priya …", "[1:02:03] Q&A", "12:34 Why …"),
    words after them; None when the line opens on no such time."""
    if not text or not (text[0].isdigit() or text[0] in "(["):
        return None  # (most lines: told by their first character)
    head, _, rest = text.lstrip("([").partition(" ")
    head = head.rstrip(")]")
    if not rest.strip() or not any(ch.isalpha() for ch in rest):
        return None
    parts = head.split(":")
    if not 2 <= len(parts) <= _CLOCK_PARTS or not all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
        return None
    if any(len(p) != 2 for p in parts[1:]):
        return None
    seconds = 0
    for p in parts:
        seconds = seconds * _MINUTE + int(p)
    return seconds


def chapter_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (edge-furniture's run after the article's last paragraph) less an episode's chapter list: from a
    line opening on 0:00 ("00:00 Intro", "(00:00) Intro"), ``_CHAPTERS`` kept lines or more, each opening on a later
    time than the one over it, with words after it; and its label right over it (a short line closing no sentence:
    "Chapters", "In this episode:"). The list tells what the episode holds, the show notes' own; where the page's
    sponsor read under it went, it closed the notes and its short first lines ("Chapters", "(00:00) Intro") went with
    the page's run. A video's next-up box lists lengths alone ("12:41"), a schedule clock times, none from 0:00."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    keep: set[int] = set()
    k = 0
    while k < len(kept):
        if _elapsed(lines[kept[k]].text) != 0:
            k += 1
            continue
        last, m = 0, k + 1
        while m < len(kept):
            t = _elapsed(lines[kept[m]].text)
            if t is None or t <= last:
                break
            last, m = t, m + 1
        if m - k >= _CHAPTERS:
            keep.update(kept[k:m])
            over = kept[k - 1] if k else -1
            if over >= 0 and ctx.words(over) <= _LABEL_WORDS and not ends_sentence(lines[over].text):
                keep.add(over)
        k = m
    return [i for i in furniture if i not in keep] if keep else furniture
