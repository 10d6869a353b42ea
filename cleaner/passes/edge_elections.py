"""elections39: an election's results box and its rows at the article's edges.

An election night story, a constituency's page, a poll roundup or a results ticker holds its figures as short lines a
scraper leaves one cell a line: a party's or a candidate's name over its figures ("Carla Denyer" / "Green Party" /
"24,539 votes" / "56.6% share" / "+46.4 change"; "PP" / "136 escaños" / "33,05 %"; a poll table's pollster over its
date and figures), or a name and its figure on one line ("FdI 30,1", "Others 24") among rows the furniture test keeps
as data ("Forza Italia 8,9", "Labour 412 seats (+211)"). Read alone, the names are a menu's short lines and the bare
figures a count's; edge-furniture took them as the page's run. They are the article's.

- :func:`results_box` (edge-furniture's guard at the head and at the tail): a box of cells, two groups or more of a
  name (or a few lines of one: a candidate over their party) over its figures, each group after the first of the same
  shape (as many names, as many figures), the figures one a line (a date counts as one, once the dateline pass took
  it), with a result's mark among them (a percentage, a decimal, a sign) or two or more a group; the first group's
  names above its own are its header row and heading (as many cells as the groups have, and one line more), or its
  heading alone (one line; more lines over it are a menu's, its last item no heading: all stay furniture); and the
  rows under the box ("Turnout 72.1%", "Majority 10,407"). A category list with a count beside each name
  ("Politics" / "12" / "Sport" / "8") has no mark and one figure a group, and pagination's figures have no name
  between them: both stay furniture;
- :func:`results_box` also keeps a run of three or more rows of a name and its figure ("FdI 30,1" / "Pd 22,8" /
  "M5S 12,0"), half of them or more with a result's mark (a decimal, a percentage, a sign, a swing in brackets), cut
  at its ends where a row's figure is printed otherwise than the marked rows' ("Radio 357" under "PSL 5,1"), or a
  referendum's two rows whose shares add up to a hundred ("Sim 58,4%" / "Não 41,6%"); and the name alone right over
  the run (its heading, "Resultado"; not a menu's last item). A menu's "Radio 1" / "Radio 4" or "Election 2024" (a
  year is no result) carries no mark;
- :func:`poll_dates` (the dateline pass's guard): a poll table's dates, each alone under its pollster's name and over
  two figures alone, two or more of them.

Each kept line counts in edge-furniture's run as the page's lines beside it: the menu over the box and the footer
under it go as they did when the run took the box.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .furniture import decimal

#: A figure: an optional sign, a number with its thousands' separators and its decimals.
_NUMBER: Final = r"[+\-−–]?\d{1,3}(?:[.,\u202f\u00a0]\d{3})*(?:[.,]\d{1,2})?"
#: A result's cell alone on its line: a figure, its percentage, a unit word ("24,539 votes", "56.6% share", "+20",
#: "136 escaños", "31,2 %").
_CELL: Final = re.compile(rf"{_NUMBER}(?: ?%)?(?: [^\W\d_]{{2,12}}\.?)?")
#: A name of up to four words ("Forza Italia", "CDU/CSU", "Sinn Féin", "M5S") and its figure, its percentage or unit
#: word and its swing in brackets ("Labour 412 seats (+211)", "Conservative 121 (-251)", "FdI 30,1").
# (asked with fullmatch; anchored so that a search, as the regex-safety scan makes, stays linear)
_ROW: Final = re.compile(
    rf"\A[^\W\d_][\w'’./&-]*(?: [^\W\d_][\w'’./&-]*){{0,3}}:? ({_NUMBER})(?: ?%)?(?: [^\W\d_]{{2,12}}\.?)?"
    rf"(?: \(({_NUMBER})(?: ?%)?\))?"
)
#: A poll's date in figures, a cell of its row ("22.04.2025", "30/06/24").
_DATE: Final = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})")
#: A year in a menu's item ("Election 2024"): no result.
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
#: The most words of a name's line in a box ("Green Party", "Infratest dimap", "Umfragen im Überblick").
_NAME_WORDS: Final = 5
#: The most lines of a name in a group after the first (a candidate, their party, their gain).
_NAME_LINES: Final = 3
#: The most a share is (a decimal figure over it is a level, a price: a market's box).
_SHARE_MAX: Final = 100
#: The most lines over the first and under the last line of the run that opens or closes on a figure that a box or a
#: run of rows is read in (a box's header row and heading over its first figure; a list of rows the furniture test kept
#: over its last short one, "Others 24").
_WINDOW: Final = 16
#: The fewest groups of a box, the fewest rows of a run.
_GROUPS: Final = 2
_ROWS: Final = 3


#: A decimal figure ("30,1", "56.6"), not a thousands' separator ("24,539").
_DECIMAL: Final = re.compile(r"\d[.,]\d{1,2}(?!\d)")


def _marked(text: str, unit: bool = True) -> bool:
    """A figure carries a result's mark: a percentage, a decimal, a sign (``unit``: or a unit word, "136 escaños")."""
    text = text.strip()
    return "%" in text or text[:1] in "+-−–" or _DECIMAL.search(text) is not None or (unit and " " in text)


def _kinds(ctx: Context, region: range) -> list[str]:
    """Each line of ``region`` as a box reads it: "f" a figure alone (or a date the dateline pass took), "n" a name's
    short line, "r" a row of a name and its figure, "" anything else (blank lines are skipped: " ")."""
    lines = ctx.doc.lines
    out: list[str] = []
    for i in region:
        line = lines[i]
        text = line.text.strip()
        if not text:
            out.append(" ")
        elif line.removal is not None:
            out.append("f" if line.removal.pass_name == "dateline" and ctx.words(i) == 1 else "")
        elif ctx.words(i) > _NAME_WORDS or line.lead or ends_sentence(text):
            out.append("")
        elif (_CELL.fullmatch(text) and not _YEAR.fullmatch(text)) or _DATE.fullmatch(text):
            out.append("f")
        elif _row(text):
            out.append("r")
        else:
            out.append("n")
    return out


def _row(text: str) -> bool:
    """``text`` is a name and its figure, no year."""
    m = _ROW.fullmatch(text)
    return m is not None and (m.group(2) is not None or not _YEAR.fullmatch(m.group(1)))


def _box(kinds: list[str], text: list[str], start: int, stop: int) -> list[int]:
    """The positions of the box in ``kinds[start:stop]`` (a run of names and figures; ``text``: the lines' text, ""
    for a line another pass took), or none."""
    groups: list[tuple[list[int], list[int]]] = []
    for p in range(start, stop):
        k = kinds[p]
        if k == " ":
            continue
        if k == "n":
            if not groups or groups[-1][1]:
                groups.append(([p], []))
            else:
                groups[-1][0].append(p)
        elif groups:
            groups[-1][1].append(p)
    if groups and not groups[-1][1]:
        groups.pop()  # (a name under the last figure: the next box's heading, or the page's)
    if len(groups) < _GROUPS:
        return []
    names = len(groups[1][0])
    figures = len(groups[1][1])
    if names > _NAME_LINES or any(len(n) != names or len(f) != figures for n, f in groups[1:]):
        return []
    if len(groups[0][1]) != figures or len(groups[0][0]) < names:
        return []
    if figures < 2 and not any(_marked(text[p], unit=False) for _n, f in groups for p in f if text[p]):
        return []  # (a category list's counts, a rail's "3 comments": one figure beside each name, no share, no sign)
    if any(_level(text[p]) for _n, f in groups for p in f):
        return []  # (a market's box: an index's level, "17.735,07", "853,41", over its change)
    first = groups[0][0]
    over = len(first) - names
    header = over >= figures and over <= names + figures + 1
    if not header and not _falling([text[f[0]] for _n, f in groups]):
        return []  # (a results box lists its winner first; a poll table, its header over its rows, by date)
    keep = first[-names:]
    if over == 1 or header:
        keep = first  # (its heading, or its header row and heading; more lines over it are a menu's, which go)
    return sorted([*keep, *(p for n, f in groups for p in (*n, *f) if p not in first)])


def _value(text: str) -> float | None:
    """The figure a cell or a row opens on (its thousands' separators read as such), or None."""
    m = re.match(_NUMBER, text.strip())
    if m is None:
        return None
    figure = m.group().lstrip("+-−–")
    cut = max(figure.rfind(","), figure.rfind("."))
    if cut >= 0 and len(figure) - cut - 1 <= 2:
        whole, decimals = figure[:cut], figure[cut + 1 :]
    else:
        whole, decimals = figure, ""
    digits = "".join(c for c in whole if c.isdigit())
    return float(f"{digits}.{decimals or 0}") if digits else None


def _level(text: str) -> bool:
    """A cell is a level, no result: a decimal figure over a hundred (a share, a swing or a seat count is no more, a
    vote count has no decimals)."""
    if not text:
        return False
    m = re.match(_NUMBER, text.strip())
    if m is None:
        return False
    figure = m.group()
    cut = max(figure.rfind(","), figure.rfind("."))
    if cut < 0 or len(figure) - cut - 1 > 2:
        return False  # (no decimals: "24,539 votes")
    value = _value(text)
    return value is not None and value > _SHARE_MAX


def _falling(texts: list[str], others: bool = False) -> bool:
    """The figures (blank texts skipped) fall or stay level down the list (``others``: but for its last one in a list
    of more than ``_ROWS``, the others' row: "Others 24" under "Reform UK 5")."""
    values = [v for t in texts if t and (v := _value(t)) is not None]
    body = values[:-1] if others and len(values) > _ROWS else values
    return len(values) >= _GROUPS and all(a >= b for a, b in pairwise(body))


def results_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the lines of an election's results box and its rows in ``region`` (see the module)."""
    lines = ctx.doc.lines
    # (most runs hold no figure alone and no row closing on one: the regexes are spared them)
    figures = [i for i in furniture if ctx.digit(i) and _opens_or_closes_on_a_figure(lines[i].text)]
    if not figures:
        return furniture
    # (the lines around them only: a footer's long tail is no box's)
    window = range(max(region.start, figures[0] - _WINDOW), min(region.stop, figures[-1] + _WINDOW + 1))
    kinds = _kinds(ctx, window)
    text = [lines[i].text if lines[i].removal is None else "" for i in window]
    keep: set[int] = set()
    n = len(kinds)
    p = 0
    while p < n:
        if kinds[p] not in ("n", "f"):
            p += 1
            continue
        q = p
        while q < n and kinds[q] in ("n", "f", " "):
            q += 1
        box = _box(kinds, text, p, q)
        if box and not _named(ctx, region, [text[b] for b in box if kinds[b] == "n"]):
            box = []  # (a widget's box: a weather strip's towns, a sidebar's table, none of them the story's)
        if box:
            keep.update(window.start + b for b in box)
            r = q
            while r < n and kinds[r] in ("r", " "):  # (the rows under the box: its turnout, its majority)
                if kinds[r] == "r":
                    keep.add(window.start + r)
                r += 1
        p = q
    keep |= _rows(ctx, window, kinds)
    if not keep:
        return furniture
    return [i for i in furniture if i not in keep]


def _opens_or_closes_on_a_figure(text: str) -> bool:
    """A cell opens on a figure or its sign ("24,539 votes", "+20"), a row closes on one, its share or its swing
    ("Others 24", "Pd 22,8", "SNP 9 (-39)"): a menu's "Election 2024" passes too, "COVID-19 news" or "Top 10 lists"
    not."""
    text = text.strip()
    return bool(text) and (
        decimal(text[0]) or text[0] in "+-−–" or decimal(text[-1]) or text[-1] in "%)"
    )


def _named(ctx: Context, region: range, names: list[str]) -> bool:
    """One of ``names`` (a box's name lines) stands in the article's kept prose outside ``region`` (a party, a
    candidate, a pollster the story speaks of), a whole word."""
    lines = ctx.doc.lines
    prose = [
        lines[i].text
        for i in (*range(region.start), *range(region.stop, len(lines)))
        if lines[i].removal is None and ctx.is_prose(i)
    ]
    story = "\n".join(prose)
    for name in names:
        name = name.strip()
        at = story.find(name) if len(name) >= _GROUPS else -1
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not story[at - 1].isalnum()) and (end == len(story) or not story[end].isalnum()):
                return True
            at = story.find(name, at + 1)
    return False


def _rows(ctx: Context, region: range, kinds: list[str]) -> set[int]:
    """The runs of ``_ROWS`` or more rows, half of them or more with a result's mark, less the rows at the run's ends
    whose figure is printed otherwise than the marked rows' (a menu's "Radio 357" under "PSL 5,1"); or of two rows, a
    referendum's or a run-off's, whose shares add up to a hundred ("Sim 58,4%" / "Não 41,6%"). With the run, the name
    alone right over it (its heading: "Resultado"), where no other such line stands over that one (a menu's last
    item)."""
    lines = ctx.doc.lines
    out: set[int] = set()
    run: list[int] = []
    for p, k in enumerate([*kinds, ""]):
        if k == "r" or (k == "" and p < len(kinds) and _long_row(ctx, region.start + p)):
            run.append(region.start + p)
            continue
        if k == " ":
            continue
        texts = [lines[i].text.strip() for i in run]
        if len(run) >= _ROWS and 2 * sum(1 for t in texts if _row_marked(t)) >= len(run):
            printed = [_printed(t) for t, m in zip(texts, map(_row_marked, texts), strict=True) if m]
            main = max(set(printed), key=printed.count)
            ends = [q for q, t in enumerate(texts) if _printed(t) == main]
            run = run[ends[0] : ends[-1] + 1]
            if not _falling([_figure(lines[i].text) for i in run], others=True):
                run = []  # (a results list or a poll lists its first first; a team's ratings, "Sommer 6,5", no order)
        elif not (len(run) == _GROUPS and _shares_of_a_whole(texts)):
            run = []
        if run:
            out.update(run)
            h = run[0] - region.start - 1
            if h >= 0 and kinds[h] == "n" and (h == 0 or kinds[h - 1] not in ("n", "f", "r")):
                out.add(region.start + h)
        run = []
    return out


#: How far a referendum's two shares may fall from a hundred (rounding).
_WHOLE_SLACK: Final = 0.2


def _figure(text: str) -> str:
    """A row's figure ("412" of "Labour 412 seats (+211)"), or ""."""
    m = _ROW.fullmatch(text.strip())
    return m.group(1) if m is not None else ""


def _shares_of_a_whole(texts: list[str]) -> bool:
    """Each of ``texts`` closes on a share, and the shares add up to a hundred ("Sim 58,4%", "Não 41,6%")."""
    total = 0.0
    for text in texts:
        m = _ROW.fullmatch(text)
        if m is None or not text.endswith("%") or m.group(2) is not None:
            return False
        total += float(m.group(1).replace(",", ".").lstrip("+"))
    return abs(total - 100) <= _WHOLE_SLACK


def _printed(text: str) -> tuple[int, bool]:
    """How a row's figure is printed: its decimals, and whether a percentage sign follows it."""
    m = _ROW.fullmatch(text)
    if m is None:
        return (-1, False)
    figure = m.group(1)
    cut = max(figure.rfind(","), figure.rfind("."))
    decimals = len(figure) - cut - 1 if cut >= 0 and len(figure) - cut - 1 <= 2 else 0
    return (decimals, "%" in text[m.end(1) : m.end(1) + 2])


def _long_row(ctx: Context, i: int) -> bool:
    """Line ``i``, kept, is a row of more than ``_NAME_WORDS`` words ("Rassemblement national et alliés 143")."""
    line = ctx.doc.lines[i]
    return line.removal is None and ctx.words(i) <= 2 * _NAME_WORDS and not ends_sentence(line.text) and _row(
        line.text.strip()
    )


def _row_marked(text: str) -> bool:
    """A row's figure carries a result's mark, or a swing in brackets follows it."""
    m = _ROW.fullmatch(text.strip())
    if m is None:
        return False
    return m.group(2) is not None or _marked(m.group(1), unit=False) or text.rstrip()[-1:] == "%"


#: The fewest dates of a poll table's rows.
_DATED_ROWS: Final = 2


def poll_dates(ctx: Context, mine: list[int]) -> set[int]:
    """The dates of a poll table one cell a line (the dateline pass's guard): each a date alone right under its
    pollster's name (a short line, no figure, no sentence) and right over two figures alone ("Forsa" / "22.04.2025" /
    "26" / "25"), ``_DATED_ROWS`` or more of them. A page's stamp stands alone, over a byline or the text."""
    if len(mine) < _DATED_ROWS:
        return set()
    lines = ctx.doc.lines
    n = len(lines)
    out = {
        i
        for i in mine
        if 0 < i < n - 2
        and ctx.words(i) == 1
        and _name_line(ctx, i - 1)
        and all(lines[j].removal is None and _CELL.fullmatch(lines[j].text.strip()) for j in (i + 1, i + 2))
    }
    return out if len(out) >= _DATED_ROWS else set()


def _name_line(ctx: Context, i: int) -> bool:
    """Line ``i``, kept, is a short name: no figure, no sentence."""
    line = ctx.doc.lines[i]
    return (
        line.removal is None
        and bool(line.text.strip())
        and ctx.words(i) <= _NAME_WORDS
        and not ctx.digit(i)
        and not ends_sentence(line.text)
    )
