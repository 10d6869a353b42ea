"""A match's data at its report's edges: the scoreline, the half-time score, the result rows and the key moments over
the report's first paragraph ("FT Arsenal 2-1 Chelsea", "HT 1-0", "Race result: 1 VER 2 OCO 3 GAS", "45+1' Gol de
Lewandowski"), a betting box's odds under its last ("Best odds", "Liverpool 1.53", "Draw 4.50" over "18+ |
BeGambleAware.org | T&Cs apply"), and the line-ups and result rows that are no paragraph to measure the edges by
(:func:`match_row`). Their shape tells them, in any language; the report's own sentences that hold a score ("Arsenal
won 2-1.", "Prediction: Liverpool 2-1 Aston Villa.") close a sentence and stay, and so does a line-up a preview gives
in prose (its words are no list of capitalised names). The match's own data under its report (line-ups, scorers,
referee, the league's table) is the report's, as the earlier probes keep it (test_keep26's de_spielbericht,
test_redteam16's es_deporte): nothing here takes it. Only the page's edges are read: between the report's paragraphs a
result or a list of names is the report's.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .edge_weather import clock_span  # weather38

# -- the shapes ---------------------------------------------------------------------------------------------------

# (each word read up to 40 characters and each run of spaces up to 8, the lines being normalised: a search of these
# patterns stays linear on any text, tests/test_regex_safety.py)
# a side's name: up to four words, a club's number before it ("1. FC Köln"), no figure inside
_SIDE: Final = r"(?:\d\.\s)?[^\W\d_][\w'’.&-]{0,40}(?:\s[^\W\d_][\w'’.&-]{0,40}){0,3}"
# a label before the result, closed by a colon ("Endstand:", "Maç sonucu:", "Resultado final:")
_LABEL: Final = r"(?:[^\W\d_][\w'’.-]{0,40}(?:\s[^\W\d_][\w'’.-]{0,40}){0,2}\s?:\s)?"
# a score: "2-1", "3:1", "88:81", "2 x 1" (not a time of day: "Hora: 21:00")
_SCORE: Final = r"(?![01]?\d:[0-5]\d(?!\d)|2[0-3]:[0-5]\d(?!\d))\d{1,3}(?:\s?[-–:]\s?|\sx\s)\d{1,3}"
# the scoreline alone: "Arsenal 2-1 Chelsea", "FT Brentford 0-0 Burnley", "Endstand: Bamberg Baskets 88:81 Alba Berlin",
# "Flamengo 2 x 1 Palmeiras", "試合終了 ヴィッセル神戸 2-0 川崎フロンターレ" (a headline runs on past the second side:
# "Brentford 0-0 Burnley: Bees held at home as Trafford stars")
_SCORELINE: Final = re.compile(rf"{_LABEL}{_SIDE}\s{_SCORE}\s{_SIDE}")
# a score under a short label, alone: the half-time score ("HT 1-0", "Mi-temps : 2-0", "Intervalo: 1 x 0")
_LABELLED_SCORE: Final = re.compile(rf"[^\W\d_][\w'’.-]{{0,40}}(?:\s[^\W\d_][\w'’.-]{{0,40}})?\s?:?\s{_SCORE}")
# a score somewhere in a line ("6-3", "7-6 (7-4)")
_ANY_SCORE: Final = re.compile(r"(?<![\w.,/:-])\d{1,2}-\d{1,2}(?![\w/:-]|[.,]\d)")
# a rank before a name ("1 VER", "2. J. Vingegaard", "3. Mads Pedersen")
_RANK: Final = re.compile(r"(?<!\S)(\d{1,2})\.?\s(?=[^\W\d_])")
# a minute of the match: "23'", "45+1'", "11e", "(19.)", a quarter's clock "Q4 2:13" (not a prime: "56°26′14″N" is a
# coordinate's minutes)
_MINUTE: Final = re.compile(
    r"(?<![\w:.,-])\d{1,3}(?:\+\d{1,2})?(?:['’]|e(?!\w)|re(?!\w)|\.(?=\)))|\bQ[1-4]\s\d{1,2}:\d{2}"
)
# a key moment: its minute, then what happened in a few words ("45+1' Gol de Lewandowski", "12e Essai de Ntamack",
# "Q4 2:13 James three-pointer")
_MOMENT: Final = re.compile(r"(?:Q[1-4]\s\d{1,2}:\d{2}|\d{1,3}(?:\+\d{1,2})?(?:['’]|e|re))\s[^\W\d_].{0,60}")
# decimal odds ("1.53", "3,80"; not a span of hours, "8.30–12.30")
_ODDS: Final = re.compile(r"(?<![\d.,–-])\d{1,2}[.,]\d{2}(?![\d.,%–-])")
# a live blog's entry stamp alone on its line ("21:47", "9:45 PM")
_STAMP: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
# a line-up's items: names parted by commas, semicolons or spaced dashes
_ITEMS: Final = re.compile(r"\s{0,8}[,;]\s*|\s{1,8}[–—-]\s+")
# the label of a line-up: a side's name, its formation after it ("Inter (3-5-2)")
_LINEUP_LABEL: Final = re.compile(r"[^\W\d_][\w'’.&-]{0,40}(?:\s[^\W\d_][\w'’.&-]{0,40}){0,3}(?:\s\(\d(?:-\d){2,4}\))?")
# the small words inside a player's name ("De Jong" writes its own capital; "van der Poel", "da Silva" do not)
_PARTICLES: Final = frozenset(
    {"de", "da", "di", "do", "dos", "das", "del", "der", "den", "van", "von", "ten", "ter", "le", "la", "el", "al",
     "du", "des", "bin", "ibn", "y", "e"}
)

_LINEUP_ITEMS: Final = 7  # a side's eleven, five of a basketball side and its bench
_ITEM_WORDS: Final = 3
_ROW_WORDS: Final = 14  # a scoreline, a row of odds
_SHORT_WORDS: Final = 6  # a key moment's minute and its few words
_RANKS: Final = 3
_MOMENTS: Final = 2
_HEADING_WORDS: Final = 3
_CURRENCY: Final = frozenset("€$£¥₽₺₹")
_BETTING_PASSES: Final = frozenset({"ad-marker", "consent-line"})
# how a sentence's line ends (a quote's closing mark after it: see ends_sentence)
_CLOSED: Final = frozenset(".!?。！？")


def name_list(text: str, least: int = _LINEUP_ITEMS) -> bool:
    """Whether ``text`` is a line-up: a side's name (with its formation) and a colon, then ``least`` names or more of
    up to three capitalised words each, parted by commas, semicolons or spaced dashes ("Arsenal: Raya; White, Saliba,
    Gabriel, Zinchenko; …", "Leverkusen: Hradecky – Tapsoba, Tah, Hincapié – …"). A preview's line-up in prose has its
    own words between the names ("Alisson in goal, with Alexander-Arnold, …") and is no list."""
    # (the separators first: most lines hold fewer than a line-up's, and are spared the split)
    if ":" not in text or text.count(",") + text.count(";") + text.count(" – ") + text.count(" - ") < least - 1:
        return False
    label, _colon, rest = text.partition(":")
    if not _LINEUP_LABEL.fullmatch(label.strip()):
        return False
    rest = rest.strip()
    if rest[-1:] == ".":
        rest = rest[:-1]
    items = _ITEMS.split(rest)
    if len(items) < least:
        return False
    for item in items:
        words = item.split()
        if not words or len(words) > _ITEM_WORDS + 2:
            return False
        named = [w for w in words if w not in _PARTICLES]
        if not named or len(named) > _ITEM_WORDS or not all(w[:1].isupper() and not any(c.isdigit() for c in w)
                                                             for w in named):
            return False
    return True


def _scorers(text: str) -> bool:
    """A row of the match's scorers with their minutes, two or more ("Tore: 1:0 Wirtz (19.), 1:1 Undav (52.)",
    "Saka 23', Havertz 71'; Palmer 58' pen", "Bramki: Gual 33', Morishita 61'"), no sentence (its last minute's
    full stop inside a bracket closes none)."""
    return text[-1:] not in _CLOSED and len(_MINUTE.findall(text)) >= 2


def _ranked(text: str) -> bool:
    """A result's row of ranks in order after its label ("Race result: 1 VER 2 OCO 3 GAS", "Uitslag: 1. Mathieu van
    der Poel 2. Jasper Philipsen op 3'00\" 3. …"): 1, 2, 3 or more, no sentence."""
    label, colon, rest = text.partition(":")
    if not colon or len(label.split()) > 4:
        return False
    ranks = [int(m.group(1)) for m in _RANK.finditer(rest)]
    return len(ranks) >= _RANKS and ranks == list(range(1, len(ranks) + 1))


def _sets(text: str) -> bool:
    """A result's row of sets under its label ("Final score: J. Sinner bt D. Medvedev 7-6 (7-4), 4-6, 6-3")."""
    label, colon, rest = text.partition(":")
    return bool(colon) and len(label.split()) <= 3 and len(_ANY_SCORE.findall(rest)) >= 2


def _named_sides(text: str) -> bool:
    """Whether the words of a scoreline after its label are names: none opens in lower case ("Hamburger SV 2:2 1. FC
    Köln", "ヴィッセル神戸 2-0 川崎フロンターレ"); a headline's words around a score are a sentence's ("Νίκη του
    Ολυμπιακού με 2-0 επί του ΠΑΟΚ", "Timnas Indonesia Taklukkan Vietnam 3-0 di Hanoi")."""
    return not any(w[:1].islower() and w != "x" for w in text.rpartition(": ")[2].split())  # ("2 x 1")


def _result(text: str, words: int) -> bool:
    """A match's result alone on its line: the scoreline, a labelled score, a ranked or a set's result row."""
    if words > 2 * _ROW_WORDS or text[-1:] in _CLOSED:
        return False
    if words <= _ROW_WORDS and ((_SCORELINE.fullmatch(text) and _named_sides(text)) or _LABELLED_SCORE.fullmatch(text)):
        return True
    return _ranked(text) or _sets(text)


def match_row(ctx: Context, i: int) -> bool:
    """Whether line ``i``, however long, is a match's line-up or result row (no paragraph of the report's to measure
    its edges by): "Juventus (4-2-3-1): Di Gregorio; Cambiaso, …", "Uitslag: 1. Mathieu van der Poel 2. …"."""
    text = ctx.doc.lines[i].text
    if name_list(text):
        return True
    # (what _result rules out first, asked before the figure: most lines asked are a paragraph's, closed, long)
    words = ctx.words(i)
    text = text.strip()
    if words > 2 * _ROW_WORDS or text[-1:] in _CLOSED:
        return False
    return ctx.digit(i) and _result(text, words)


def _odds_row(ctx: Context, i: int) -> bool:
    """A betting box's row of odds, two or more, no currency ("Odds: Sinner 1.40 | Dimitrov 2.90", "Quote: 1 1,90 - X
    3,40 - 2 4,20"); a price list names its currency."""
    text = ctx.doc.lines[i].text
    return (
        ctx.words(i) <= _ROW_WORDS
        and text[-1:] not in _CLOSED
        and len(_ODDS.findall(text)) >= 2
        and not _priced(text)
    )


def _priced(text: str) -> bool:
    """Whether ``text`` names a currency (a price list's row: "Sauna 12,50 €", "Bilet 22,50 zł")."""
    return any(c in _CURRENCY for c in text) or "zł" in text or "kr" in text.split()


def betting_box(ctx: Context, region: range) -> list[int]:
    """The kept lines of a betting box after the report's last paragraph: its rows of odds (:func:`_odds_row`, or one
    figure of odds after a name: "Liverpool 1.53", "Draw 4.50") and the short headings between them ("Best odds"),
    where a responsible-gambling line another pass took stands in the region (ad-marker's "18+ | BeGambleAware.org |
    T&Cs apply", consent-line's "Jouer comporte des risques : …"; rows of figures alone may be a timetable's, "Bologna-
    Torino ore 20.45"). A match's own data under its report (its line-ups, scorers, referee, the table, the next
    fixtures) is the report's, as earlier probes keep it, and stays: the box's run stops at any other line."""
    lines = ctx.doc.lines
    if not any(_betting_line(ctx, i) for i in region):
        return []
    kept = [i for i in region if lines[i].removal is None and lines[i].text.strip()]
    rows = [i for i in kept if _odds(ctx, i)]
    if not rows:
        return []
    out: set[int] = set(rows)
    for i in rows:  # (the box's headings right over or under its rows: "Best odds")
        at = kept.index(i)
        for step in (-1, 1):
            n = at + step
            while 0 <= n < len(kept) and kept[n] not in out and _box_heading(ctx, kept[n]):
                out.add(kept[n])
                n += step
    return sorted(out)


def _betting_line(ctx: Context, i: int) -> bool:
    """Whether another pass took line ``i`` as a betting box's responsible-gambling line."""
    removal = ctx.doc.lines[i].removal
    return removal is not None and removal.pass_name in _BETTING_PASSES


def _odds(ctx: Context, i: int) -> bool:
    """A row of odds (:func:`_odds_row`), or a name and one figure of odds ("Liverpool 1.53", "Draw 4.50", "Apuesta ya:
    Real Madrid 1,80", "Pariez sur la Ligue 1 : cote PSG 1,45"), no sentence and no currency."""
    if ctx.words(i) > _ROW_WORDS or not ctx.digit(i):
        return False  # (both shapes below are short rows with figures: a paragraph is read no further)
    text = ctx.doc.lines[i].text.strip()
    if _goal_row(text):  # thin36: a goal's row under "Maalit:", its clock "8.12" no odds
        return False
    if clock_span(text):  # weather38: a warning's times ("10.00 tot 18.00 uur"), no odds
        return False
    if _odds_row(ctx, i):
        return True
    m = _ODDS.search(text)
    return (
        m is not None
        and m.end() == len(text)
        and ctx.words(i) <= _ROW_WORDS
        and not ctx.doc.lines[i].lead
        and not _priced(text)
        and "%" not in text
    )


# thin36: a goal's row in a match's scoring list, the running score first, then the scorer ("0–1 Nylander 8.12", "2–2
# Granlund (Aho) 51.17": a hockey report's clock, minutes and seconds, reads as decimal odds)
_GOAL_ROW: Final = re.compile(r"\A\d{1,2}\s?[–-]\s?\d{1,2}\s[^\W\d_]")


def _goal_row(text: str) -> bool:
    """thin36: a row of a match's goals, the score after the goal opening it ("0–1 Nylander 8.12", "3–2 Granlund
    63.02"): no betting box's row of odds ("Liverpool 1.53", "Draw 4.50") opens on a score."""
    return _GOAL_ROW.match(text) is not None


def _box_heading(ctx: Context, i: int) -> bool:
    """A betting box's heading: a short line without a figure that closes no sentence ("Best odds", "Quote")."""
    text = ctx.doc.lines[i].text.strip()
    return ctx.words(i) <= _HEADING_WORDS and not ctx.digit(i) and not ends_sentence(text) and not text.endswith(":")


def score_head(ctx: Context, region: range) -> list[int]:
    """The kept lines of a match's result over the report's first paragraph: its scoreline, its half-time score, its
    result rows (:func:`_result`), its scorers' row, and the key moments' list (``_MOMENTS`` rows or more in a row,
    each a minute and a few words). Only over the region's first line that closes a sentence: a short report's first
    sentence over its scorers ("Rovers won the derby 3-1." over "Goals", "12' Smith", "44' Jones") opens the text
    there, and the rows under it are its own; so does a result over a live blog's first entry stamp ("Full time:
    Arsenal 2-1 Chelsea" over "21:47"), the blog's entry. And only one match's: two scorelines or more are a
    round-up of results ("Leeds 3-0 Hull", "Leicester 1-1 Norwich" under "Championship"), the text itself."""
    lines = ctx.doc.lines
    out: list[int] = []
    moments: list[int] = []
    scorelines = 0
    for i in [*region, -1]:
        if i >= 0 and (lines[i].removal is not None or not lines[i].text.strip()):
            continue
        text = lines[i].text.strip() if i >= 0 else ""
        words = ctx.words(i) if i >= 0 else 0
        # (a figure first: most lines of a page's head, its menu's, hold none)
        digit = i >= 0 and ctx.digit(i)
        if digit and words <= _SHORT_WORDS + 1 and text[-1:] not in _CLOSED and _MOMENT.fullmatch(text):
            moments.append(i)
            continue
        if len(moments) >= _MOMENTS:
            out.extend(moments)
        moments = []
        if i >= 0 and text[-1:] in _CLOSED and words >= 2:
            break  # (the text's first sentence)
        if digit and (_result(text, words) or (words <= _ROW_WORDS and _scorers(text))):
            if i + 1 < len(lines) and _STAMP.fullmatch(lines[i + 1].text.strip()):
                continue  # (the live blog's entry under its stamp)
            out.append(i)
            scorelines += 1 if words <= _ROW_WORDS and _SCORELINE.fullmatch(text) else 0
    if scorelines > 1:
        return []
    return sorted(out)
