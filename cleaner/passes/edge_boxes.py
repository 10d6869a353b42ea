"""Boxes of the article's facts at its edges, which read as furniture line by line: a review's verdict box
and its pros and cons, an event's fact box and practical facts, a closing box of data rows, a heading over
labelled rows, a deals box, labelled counts under a row of data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import final

from ..context import Context
from ..gate import gate_for
from ..textstats import ends_colon, ends_sentence
from .edge_agri import taken_between  # agri43
from .edge_minor import headline_year  # minor39
from .edge_shared import _CAPITAL, _EMAIL, _FACT_BOX_LINES, _LABEL_COUNT, _LABEL_ROW, _label_of
from .furniture import DIGIT, LABEL_VALUE, URL, wide_label_figure

# a label and a name under a labelled row of data: "Árbitro: Carlos Eduardo Souza", "Schiedsrichter:
# Felix Brych (München)" (a match report's last rows)
_LABEL_NAME = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?" + _CAPITAL + r"[\w'’.-]*"
    r"(?: (?:" + _CAPITAL + r"[\w'’.-]*|de|da|do|dos|das|del|la|le|van|von|der|den|di|y|e|und|et|en))"
    r"{0,4}(?: ?\([^()]{1,30}\))?"
)

# a label and a list of names under a labelled row of data: "Gelbe Karten: Süle, Can / Höler, Günter",
# "Cartons jaunes : Dupont, Martin" (a match report's bookings, the teams parted by a slash or a spaced dash:
# "Žluté karty: Laci, Vitík – Kalvach")
_NAME_ITEM = rf"{_CAPITAL}[\w'’.-]*(?: {_CAPITAL}[\w'’.-]*){{0,2}}"
_LABEL_NAMES = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})? ?: ?"
    + _NAME_ITEM
    + r"(?:(?:, | ?/ | [–—] ) ?"
    + _NAME_ITEM
    + r"){1,11}"
)

# a team's line-up: a label and five names or more ("Freiburg: Atubolu – Kübler, Ginter, Lienhart, Günter – …"), a
# match report's row of data as its scorers are, though it holds no figure
_LINEUP_NAMES = 5


_LINEUP = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30})?(?: \(\d(?:-\d){2,4}\))? ?: ?"
    + _NAME_ITEM
    + r"(?:(?:, |; | ?/ | [–—] ) ?"
    + _NAME_ITEM
    + r"){4,15}\.?"
)


def _lineup(text: str) -> bool:
    """Whether ``text`` is a team's line-up: a label (perhaps with the team's formation) and :data:`_LINEUP_NAMES`
    names or more parted by commas, semicolons or spaced dashes ("Atalanta (3-4-2-1): Carnesecchi; Djimsiti, Hien,
    Kolasinac; Zappacosta, …")."""
    return (
        ":" in text
        and text.count(",") + text.count(";") + text.count(" – ") + text.count(" — ") >= _LINEUP_NAMES - 1
        and _LINEUP.fullmatch(text) is not None
    )


# a review's verdict under its label: "Rating: 7/10", "Verdict: 4 out of 5 stars", "Note : ★★★★☆"
_VERDICT = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,2} ?: ?"
    r"(?:\d{1,2}(?:[.,]\d)? ?(?:/|out of|von|sur|de|di|op|van) ?\d{1,3}(?: \w{1,10})?|[★☆]{3,10})\.?",
    re.IGNORECASE,
)
_VERDICT_BOX_LINES = 12  # a review's pros and cons: two headings and a few short items each


def verdict_box(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a review's box after its last paragraph: short lines, no sentences
    ("Pros", "Very light", "Cons", "Tangles with long hair") standing right between the prose
    and the review's closing rows, a verdict under its label ("Rating: 7/10", "Verdict: 4 out of
    5 stars") with perhaps a price ("Price: £199"), that end the text (residue other passes took
    may follow). A footer's menu ends no text with a rating."""
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    rows = 0
    verdict = False
    while rows < len(kept):
        text = lines[kept[-1 - rows]].text
        if ":" not in text or furniture_at(kept[-1 - rows]):
            break
        if _VERDICT.fullmatch(text):
            verdict = True
        elif not LABEL_VALUE.fullmatch(text):
            break
        rows += 1
    if not verdict:
        return _verdict_box_over_residue(ctx, furniture_at, kept, furniture)
    box: list[int] = []
    for i in reversed(kept[: len(kept) - rows]):
        if not (furniture_at(i) or (ctx.words(i) <= _VERDICT_ITEM_WORDS and not ends_sentence(lines[i].text))):
            if not ends_sentence(lines[i].text):
                return furniture  # the box must stand right under the article's text
            break
        box.append(i)
    if not box or len(box) > _VERDICT_BOX_LINES:
        return furniture
    keep = set(box)
    return [i for i in furniture if i not in keep]


def _verdict_box_over_residue(
    ctx: Context, furniture_at: Callable[[int], bool], kept: list[int], furniture: list[int]
) -> list[int]:
    """``furniture`` less a review's box right under its last paragraph and over its verdict, where
    more of the page follows the verdict (a naive scrape: the price box, the share row and the footer
    under it; an extract: the shops' offers): short lines, no sentences ("Pro", "Lange Akkulaufzeit",
    "Contra", "Les plus", "Bruyant en mode maximal"), perhaps a grade ("Testergebnis: 1,8 (gut)"),
    then a verdict under its label ("Bewertung: 4,5 von 5 Sternen", "Note : 7/10"). Most of the
    box's lines are of two words or more: a share row's ("Facebook", "X", "E-Mail") are single
    words."""
    lines = ctx.doc.lines
    box: list[int] = []
    for i in kept:
        text = lines[i].text
        if ":" in text and _VERDICT.fullmatch(text):
            break
        if len(box) == _VERDICT_BOX_LINES or not (
            furniture_at(i) or (ctx.words(i) <= _VERDICT_ITEM_WORDS and not ends_sentence(text))
        ):
            return furniture
        box.append(i)
    else:
        return furniture
    if len(box) < _MIN_VERDICT_BOX or sum(1 for i in box if ctx.words(i) >= 2) * 2 <= len(box):
        return furniture
    keep = set(box)
    return [i for i in furniture if i not in keep]


_MIN_VERDICT_BOX = 4  # two headings and an item under each


def counts_under_data(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the labelled counts ("Attendance: 31,200", "Zuschauer: 29.546") right
    under a row of the article's data after its last paragraph (a match report's scorers, "Saka
    23, Havertz 52, Rice 88", or a team's line-up, :func:`_lineup`): the report's last row; and a
    labelled value of any kind right under labelled rows of data (a spec list's last row, "Material: glass,
    steel" under "Weight: 420 g").
    A counter right after the prose or under residue ("Views: 1,234") stays furniture."""
    lines = ctx.doc.lines
    gone = set(furniture)
    keep: set[int] = set()
    under_data = False
    labelled = False  # the row above is a labelled row of data ("Público: 21.540 torcedores")
    listed = 0  # labelled rows of data right above, one after another ("Capacity: 600 ml", "Weight: 420 g")
    for i in region:
        if lines[i].removal is not None:
            under_data = labelled = False
            listed = 0
            continue
        text = lines[i].text
        if i in gone:
            if under_data and ":" in text and (
                _LABEL_COUNT.fullmatch(text)
                or (labelled and (_LABEL_NAME.fullmatch(text) or _LABEL_NAMES.fullmatch(text)))
                # (or a short labelled value of any kind under two labelled rows of data or more: a spec
                # list's last row, "Matériaux : verre borosilicaté, acier inoxydable" under "Poids : 620 g";
                # a contact box's address under its phone number is no such list)
                or (listed >= _SPEC_ROWS and _LABEL_ROW.fullmatch(text) and not ends_sentence(text) and "@" not in text
                    and "://" not in text)
            ):
                keep.add(i)  # (and a further count under it is the report's too)
                labelled = True
            else:
                under_data = labelled = False
                listed = 0
            continue
        # (a team's line-up is the report's data too: "Schiedsrichter: Tobias Welz" / "Zuschauer: 34.700" under
        # "Mainz: Zentner – Caci, Hanche-Olsen, …")
        under_data = ((ctx.words(i) >= 3 and ctx.digit(i)) or _lineup(text)) and not lines[i].lead
        labelled = under_data and ":" in text
        listed = listed + 1 if labelled else 0
    return [i for i in furniture if i not in keep] if keep else furniture


_SPEC_ROWS = 2  # labelled rows of data over a spec list's last row


_FACT_BOX_GAP = 3

_FACT_WORDS = 6


def fact_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the short lines of a fact box right before the article, under a row of
    its data: an event's dates over its place and admission ("Du 6 au 9 décembre", "Presqu'île,
    Lyon 2e", "Gratuit"), with nothing but residue between the box and the first paragraph. The
    box is the last few kept lines before the article, each short and no sentence; of its furniture
    only the lines under its first row of data are kept (a menu or the title above it are the
    page's). The box's lines stand together: ``_FACT_BOX_GAP`` lines or more of residue between two of them part
    a shop's price and rating from its details (a product's title with its figures over them is no row of
    the box's, "Ibuprofen 200mg Tablets - 16 Pack" / "4.8 (92)" / "£1.29" / "Add to basket", "In stock online",
    "Check stock in store" / "Product details")."""
    lines = ctx.doc.lines
    gone = set(furniture)
    box: list[int] = []
    residue = 0  # the lines other passes took right over the box's last line
    for i in reversed(region):
        if lines[i].removal is not None:
            residue += 1
            continue
        if box and residue >= _FACT_BOX_GAP:
            break  # (a shop's widgets between its price and its details: no box's rows)
        residue = 0
        if len(box) == _FACT_BOX_LINES or ctx.words(i) > _FACT_WORDS or lines[i].lead:
            break
        if i in gone or not ends_sentence(lines[i].text):
            box.append(i)
            continue
        break
    keep: set[int] = set()
    under_data = False
    for i in reversed(box):
        if i not in gone and ctx.words(i) >= 3 and DIGIT.search(lines[i].text) and not headline_year(ctx, i):  # minor39
            under_data = True
        elif under_data and i in gone:
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


# a figure of a date, a time, a price, a measure or a phone number: digits joined by punctuation
# ("2018.04.05", "60,000", "9:00", "02-751"), a time of day ("4PM", "19 Uhr", "20h"), a currency sign,
# a unit ("320 kcal", "15 min", "30%") or a unit of an unspaced script ("30,000원", "3月") at a digit
# (a headline's bare count, "The 5 best hikes", is none)
_FIGURE = re.compile(
    r"\d[.,:/~–-]\d|\d ?(?:(?:[ap]\.?m|h|uhr|k?cal|kj|[mk]?g|m?l|cl|min|cm|km)\b|[%€$£¥₩]"
    r"|원|円|元|년|월|일|시|분|명|개월|年|月|日|時|时)|[€$£¥₩] ?\d",
    re.IGNORECASE,
)
_BOX_WORDS = 4  # a fact row's words besides its figures ("VIP : 60,000₩"); a heading's ("Opening hours")
_BOX_TITLES = 2  # the box's title over its rows: a series' name, the show's
_BOX_FIGURES = 3  # rows of figures in a box: its dates, hours, prices


def _box_row(ctx: Context, i: int) -> int:
    """How line ``i`` reads as a row of a fact box: 2 a row of figures, a figure and a few words that
    say what it is (a date's "OPEN RUN", "VIP : 60,000₩", "Di – So 19:30 Uhr", "Plätze: 120"; a
    headline holds more words than its figure, a footer's phone number none) or a span of dates or
    hours; 1 another row of data (a row with a number, "Label: value", a bare link or address, a long
    comma list of names); 0 none."""
    line = ctx.doc.lines[i]
    text = line.text
    if ends_sentence(text) or line.lead:
        return 0
    label = bool(_LABEL_ROW.fullmatch(text))
    digit = DIGIT.search(text) is not None  # (every figure holds one: a line without skips the searches for them)
    if digit and (_FIGURE.search(text) or (label and DIGIT.search(re.split("[:：]", text, maxsplit=1)[-1]))) and (
        0 < (besides := _words_besides_figures(text)) <= _BOX_WORDS
        or (besides == 0 and len(text) <= _RANGE_CHARS and _RANGE.search(text))
    ):
        return 2
    if label or URL.fullmatch(text) or _EMAIL.fullmatch(text) or text.count(",") >= 3 or wide_label_figure(text):
        return 1
    return 1 if digit and (ctx.words(i) >= 3 or _FIGURE.search(text)) else 0


# a span of dates or times ("12.07.2024 – 28.07.2024", "9:00 ~ 18:00"; a phone number's hyphen is none)
# (from a word's start, possessive: a long run of figures is scanned once, never tried at each digit)
_RANGE = re.compile(r"(?<!\S)[^\s\d–—~]*+\d[^\s–—~]*+\s*+[–—~]\s*+\S*?\d|(?<!\S)[^\s\d]*+\d\S*+\s++-\s++\S*?\d")
_RANGE_CHARS = 80  # a span is short; on a long run of figures the search would take quadratic time


def _words_besides_figures(text: str) -> int:
    return sum(1 for w in text.split() if not DIGIT.search(w) and any(c.isalpha() for c in w))


def _bare_figure(ctx: Context, i: int) -> bool:
    """A figure standing alone under its heading: "030 1234567" under "Kontakt", "30 days" under "Holiday"."""
    return ctx.words(i) <= 3 and bool(DIGIT.search(ctx.doc.lines[i].text)) and (
        _words_besides_figures(ctx.doc.lines[i].text) <= 1
    )


def closing_box(ctx: Context, furniture_at: Callable[[int], bool], region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less an event's, a recipe's or a job's fact box right after the article's last
    line of text (no residue between them): rows of its data (dates, hours, prices, "Label : value",
    a list of names, a link), three or more of them rows of figures, parted by short headings ("STAFF",
    "Ticketing", "Eintritt") or headings over a bare figure ("Inquiry" over "02-751-1500"), perhaps
    under one or two title lines, and ending the text (or followed by residue only). Its rows stay anyway (a row of data
    is no furniture); its titles and headings went as a menu. A heading between rows of figures is what
    makes it a box: a footer's contact rows (running on into its menu), a list of headlines (their
    figures among many words) or rows after residue are none."""
    lines = ctx.doc.lines
    box: list[tuple[int, int]] = []  # the kept lines up to the first residue: (line, -1 furniture or its _box_row)
    for i in region:
        if lines[i].removal is not None:
            break
        if not lines[i].text.strip():
            continue
        kind = _box_row(ctx, i) or (-1 if furniture_at(i) else 0)
        if not kind:
            if any(k < 0 for _, k in box):
                return furniture  # text after the furniture: no box closes the article
            box = []  # the article goes on: the box starts after its last line of text
            continue
        box.append((i, kind))

    def unit(pos: int) -> tuple[int, bool]:
        """The size (0: none) of the row, the heading over a row or the heading over a bare figure
        at ``pos``, and whether its row is one of figures."""
        i, kind = box[pos]
        if kind > 0:
            return 1, kind == 2
        if kind < 0 and ctx.words(i) <= _BOX_WORDS and pos + 1 < len(box):
            below, below_kind = box[pos + 1]
            if below_kind > 0:
                return 2, below_kind == 2
            if below_kind < 0 and _bare_figure(ctx, below):
                return 2, False  # (a footer's "Phone", "Fax" over their numbers make no box of figures)
        return 0, False

    pos = 0
    while pos < len(box) and box[pos][1] < 0 and unit(pos)[0] < 2:
        pos += 1  # the box's titles
    if pos > _BOX_TITLES:
        return furniture
    rows = figures = headings = 0
    while pos < len(box):
        size, figure = unit(pos)
        if not size:
            break
        headings += size == 2 and rows > 0  # (a heading between rows: not the first)
        rows += 1
        figures += figure
        pos += size
    if pos < len(box) or not headings or figures < _BOX_FIGURES:
        return furniture  # (a box closes the text: a footer's rows run on into its menu)
    keep = {i for i, _ in box[:pos]}
    return [i for i in furniture if i not in keep]


_VERDICT_ITEMS = 8  # items under one side of a review's verdict box
_VERDICT_ITEM_WORDS = 12


@final
class VerdictHeadings:
    """Whether line ``i`` of the document matches table ``structure.verdict_heading`` ("Pros", "Nachteile:"),
    each line judged once for the passes that ask (detached-blocks on its furniture, edge-furniture on both
    edges: mostly the same short lines)."""

    __slots__ = ("_ctx", "_lines", "_memo", "_table")

    def __init__(self, ctx: Context) -> None:
        self._table = ctx.table("structure", "verdict_heading")
        self._memo = ctx.memo(_VERDICT_HEADING)
        self._lines = ctx.doc.lines
        self._ctx = ctx

    def at(self, i: int) -> bool:
        found = self._memo[i]
        if found is None:
            found = self._memo[i] = self._table.match(self._lines[i].text) is not None
        return bool(found)

    def rule_out(self, candidates: list[int]) -> None:
        """Judge at once the ``candidates`` (lines :meth:`at` is about to be asked of, most of a page's menus)
        that no pattern of the table can match, by its gate (:func:`~cleaner.gate.gate_for`: one RE2 call
        for them all); the others are left to the table's regexes. It never changes a verdict."""
        memo = self._memo
        todo = [i for i in candidates if memo[i] is None]
        t = self._table
        if len(todo) < _VERDICT_BATCH or not t.patterns:
            return
        gate = gate_for(((t.mode, tuple(t.patterns)),))
        found = self._ctx.gate_lines(gate, todo) if gate is not None else None
        if found is None:
            return
        for i, maybe in zip(todo, found, strict=True):
            if not maybe:
                memo[i] = False


_VERDICT_HEADING = ("verdict-heading",)
_VERDICT_BATCH = 8  # (fewer lines: the regexes cost less than setting up the gate's call)


def pros_and_cons(ctx: Context, region: range) -> set[int]:
    """Kept lines of a review's verdict box: a heading of one side (table ``structure.verdict_heading``:
    "Pros", "The good", "Vorteile", "Points forts") over up to ``_VERDICT_ITEMS`` short items, then
    the other side's heading over its items ("Cons", "Heavy", "Expensive"). The review's own list,
    wherever it stands (a price box or a sign-up prompt may follow it); one heading alone over a few
    lines ("For", "Against" in a menu) is no box."""
    heading = ctx.table("structure", "verdict_heading")
    if not heading.patterns:
        return set()
    lines = ctx.doc.lines
    headings = VerdictHeadings(ctx)
    # (a box has two headings: with fewer among the lines, most pages, no box and no walk through the lines; the
    # short lines the table may match come from its RE2 gate over the document's lines, one scan a document for
    # every region asked, a superset of the lines ``is_heading`` takes)
    seen = 0
    for i in ctx.gated_lines(heading, 6):
        if i in region and lines[i].removal is None and not lines[i].lead and headings.at(i):
            seen += 1
            if seen == 2:
                break
    if seen < 2:
        return set()
    kept = [i for i in region if lines[i].removal is None]

    def is_heading(i: int) -> bool:
        return ctx.words(i) <= 6 and not lines[i].lead and headings.at(i)

    def items_under(at: int) -> list[int]:
        out: list[int] = []
        for i in kept[at + 1 : at + 1 + _VERDICT_ITEMS]:
            text = lines[i].text
            if is_heading(i) or ctx.words(i) > _VERDICT_ITEM_WORDS or ":" in text or _FIGURE.search(text):
                break  # (a labelled row, "Testergebnis: 1,8", or a price, "ab 169,00 €", is the next box's)
            if taken_between(ctx, (out or [kept[at]])[-1], i):
                break  # agri43: a line another pass took ends the side (the page's teasers, its newsletter call)
            out.append(i)
        return out

    found: set[int] = set()
    at = 0
    while at < len(kept):
        first = items_under(at) if is_heading(kept[at]) else []
        second_at = at + 1 + len(first)
        if first and second_at < len(kept) and is_heading(kept[second_at]):
            second = items_under(second_at)
            same = lines[kept[at]].text.casefold() == lines[kept[second_at]].text.casefold()
            if second and not same:
                found.update([kept[at], *first, kept[second_at], *second])
                at = second_at + 1 + len(second)
                continue
        at += 1
    return found


# a price at a shop, the line alone: "R$ 2.499 na Amazon", "€ 449 bei Amazon", "449 € chez Fnac", "$479 at Best Buy",
# "ab 449 € bei MediaMarkt" (a place reads the same, "R$ 603 na Bahia": :func:`deals_box` reads it in a box alone)
_PRICE = (
    r"(?:(?:R\$|US\$|A\$|C\$|CHF|[$£€¥₹])\s?\d[\d.,]{0,12}(?:,-)?"
    r"|\d[\d.,]{0,12}(?:,-)?\s?(?:€|EUR|euros?|zł|Kč|kr|Ft|lei|CHF|\$|£))"
)
_PRICE_AT = re.compile(
    r"(?:(?:ab|from|desde|dès|à partir de|a partir de|da|od|vanaf)\s)?"
    + _PRICE
    + r"\s[a-zà-ÿ]{1,5}(?:\s[a-zà-ÿ]{1,5})?\s[A-Z0-9][\w.&'’+-]{0,30}(?:\s[A-Z0-9][\w.&'’+-]{0,30}){0,2}"
)
_DEALS_LINES = 12  # a deals box's lines: a heading, a few products, their prices
_DEALS_LABEL_WORDS = 12


def deals_box(ctx: Context, region: range) -> list[int]:
    """The kept lines of a deals box closing the page under the article's last long paragraph: from the region's
    first line to the page's end, short labels (a heading, a product: "Ofertas", "Galaxy A56 5G 256 GB"; up to
    ``_DEALS_LABEL_WORDS`` words, no sentence, no colon) and prices at a shop ("R$ 2.499 na Amazon", "€ 449 bei
    Amazon", kept or taken by another pass), at least one price, the first one under two labels (its box's heading
    and its product) or under a question ("Où acheter le Pixel 9a au meilleur prix ?"). The article's own prices
    at places ("R$ 603 na Bahia") stand under a line closed by a colon that announces them, or with a sentence of
    the article's under them. (shop35) Under a heading site-chrome took right over the box's first label ("Today's best
    deals"), one product's name ("Apple AirPods Pro 2") and its bare price ("$169") are the box too (and so an appeal's
    amounts under its button, "Je fais un don" over "30 €" / "50 €" / "100 €": the first read as the label)."""
    lines = ctx.doc.lines
    rows: list[int] = []
    for j in region:  # (read up to one line past a box's: a naive page's tail is long)
        if lines[j].text.strip():
            rows.append(j)
            if len(rows) > _DEALS_LINES:
                return []
    if not rows:
        return []
    labels: list[int] = []
    prices: list[int] = []
    headed = False  # shop35: the box's heading another pass took ("Today's best deals") right over its first label
    for n, j in enumerate(rows):
        text = lines[j].text.strip()
        if _PRICE_AT.fullmatch(text) or (
            # shop35: a bare price ("$169"), under one product's name (no label's colon in it) right
            # under the box's heading site-chrome took ("Today's best deals"); a spec's rows over a shop's price
            # ("Príkon: 1450 W" over "349,90 €") are the page's text
            headed
            and len(labels) == 1
            and ":" not in lines[labels[0]].text
            and _BARE_PRICE.fullmatch(text)
        ):
            if not prices and not (
                len(labels) >= 2 or (labels and (headed or text_ends_question(lines[labels[-1]].text)))
            ):
                return []
            prices.append(j)
        elif lines[j].removal is not None:
            continue
        elif (
            ctx.words(j) > _DEALS_LABEL_WORDS
            or (ends_sentence(text) and not text_ends_question(text))
            or ends_colon(text)
            or URL.search(text)
        ):
            return []
        else:
            if not labels and n > 0 and rows[n - 1] == j - 1:
                taken = lines[j - 1].removal  # shop35: (a deals heading its table took, right over the first label)
                headed = taken is not None and taken.pass_name == "site-chrome"
            labels.append(j)
    if not prices or len(labels) > 2 * len(prices) + 1:
        return []
    return sorted(j for j in labels + prices if lines[j].removal is None)


def text_ends_question(text: str) -> bool:
    """Whether ``text`` closes on a question mark (a box's question: "Où acheter … au meilleur prix ?")."""
    return text.rstrip().endswith(("?", "？", "؟"))


_PRACTICAL_ROWS = 6  # an event's facts under their heading: date, hours, place, address, price, booking
_PRACTICAL_ROW_WORDS = 10


def _practical_row(ctx: Context, i: int) -> bool:
    """A short row of an event's practical facts: a few words, no paragraph ("Entrée libre", "Plats: Konserthuset")."""
    return ctx.words(i) <= _PRACTICAL_ROW_WORDS and not ctx.doc.lines[i].lead


def practical_heading_over(ctx: Context, kept: list[int], pos: int) -> bool:
    """Whether the kept line ``kept[pos]`` is one of the short rows under a heading of an event's practical facts
    (table ``structure.practical_heading``: "Praktisk information", "Infos pratiques") that stands right under a
    paragraph of the article: a row of the article's, whatever it reads as ("Datum: lördag 12 april kl. 19.00")."""
    table = ctx.table("structure", "practical_heading")
    if not table.patterns:
        return False
    lines = ctx.doc.lines
    for back in range(1, _PRACTICAL_ROWS + 1):
        at = pos - back
        if at < 1:
            return False
        i = kept[at]
        if ctx.words(i) <= _PRACTICAL_ROW_WORDS and table.match(lines[i].text):
            return ctx.is_prose(kept[at - 1])
        if not _practical_row(ctx, i):
            return False
    return False


def practical_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less an event's practical facts right under the article's last paragraph: a heading of
    table ``structure.practical_heading`` ("Infos pratiques", "Praktisk information") over two to
    ``_PRACTICAL_ROWS`` short rows, one of them with a figure of a time, a date or a price (``_FIGURE``: "10h",
    "19.00", "195–495 kr"; a link's bare year is none), down to the first line
    another pass took ("Dimanche 6 avril, de 10h à 18h" / "Jardin des Plantes, rue Stanislas-Baudry" / "Entrée
    libre" over "Ajouter à mon agenda"). A footer's "Infos pratiques" over its links ("Horaires", "Tarifs 2025",
    "Accès") names no such figure, and a heading under residue is the footer's."""
    lines = ctx.doc.lines
    if not furniture or region.start >= len(lines) or lines[region.start].removal is not None:
        return furniture
    heading = region.start
    if ctx.words(heading) > _PRACTICAL_ROW_WORDS or not ctx.table("structure", "practical_heading").match(
        lines[heading].text
    ):
        return furniture
    rows: list[int] = []
    for i in range(heading + 1, min(len(lines), heading + 1 + _PRACTICAL_ROWS)):
        if lines[i].removal is not None or not _practical_row(ctx, i):
            break
        rows.append(i)
    if len(rows) < 2 or not any(_FIGURE.search(lines[i].text) for i in rows):
        return furniture
    keep = {heading, *rows}
    return [i for i in furniture if i not in keep]


_HEADED_ROWS = 6  # a box of labelled rows under its heading: "Omleidingen" over "Auto's: via de Ringweg", …
_HEADED_ROW_HEADING_WORDS = 3


def heading_over_rows(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the heading of a box of labelled rows right under the article's last paragraph, where
    the rows stay ("Omleidingen" over "Auto's: via de Ringweg" / "Fietsers: via de Parkbrug"): the heading names
    what the rows list, and without it they read as a bare list. Two to ``_HEADED_ROWS`` rows, each a label and its
    value (``_LABEL_ROW``), no label twice (a teaser box says "Lees ook:" on each row), none a link, a mail or a
    sentence, none taken by the furniture test or another pass; the heading a few words, no sentence, no colon.
    A footer's heading stands under residue, and its rows ("Tel: …", "E-mail: …") go with the footer."""
    lines = ctx.doc.lines
    heading = region.start
    if heading not in furniture or heading + 2 >= len(lines):
        return furniture
    text = lines[heading].text
    if (
        ctx.words(heading) > _HEADED_ROW_HEADING_WORDS
        or lines[heading].lead
        or ends_sentence(text)
        or ends_colon(text)
        or not text[:1].isupper()
    ):
        return furniture
    taken = set(furniture)
    labels: set[str] = set()
    rows = 0
    for i in range(heading + 1, min(len(lines), heading + 1 + _HEADED_ROWS)):
        line = lines[i]
        if line.removal is not None or i in taken:
            break
        if not _LABEL_ROW.fullmatch(line.text) or ends_sentence(line.text) or "@" in line.text or URL.search(line.text):
            return furniture
        label = _label_of(line.text)
        if label in labels:
            return furniture
        labels.add(label)
        rows += 1
    if rows < 2:
        return furniture
    return [i for i in furniture if i != heading]


# shop35: a shop box between two paragraphs of a gift guide, a deals post or a "what's in my bag" piece: its lines
# short, one of them a price (alone or at a shop: "£19.95", "$1,297 at Best Buy", "549 € chez Darty"), the lines the
# vocabularies took in it all shop buttons ("Shop now", "Voir l'offre", "Free delivery": site-chrome's)
_SHOP_GAP_LINES = 8
_SHOP_GAP_WORDS = 6
_BARE_PRICE = re.compile(r"\A(?:(?:from|ab|desde|dès|da|od|vanaf|a partir de)\s)?" + _PRICE)  # (\A: linear)
_SHOP_BUTTON_PASSES = frozenset({"site-chrome"})


def shop_gap(ctx: Context, gap: range) -> bool:
    """(shop35) Whether the lines of ``gap``, between two paragraphs of prose, are a shop box inside the article: at
    most ``_SHOP_GAP_LINES`` lines of at most ``_SHOP_GAP_WORDS`` words, none closing a sentence, a price among them
    (no two bare prices in a row: an appeal's amounts, "£30" / "£50" / "£100", or a table's column), and every line
    the vocabularies took a shop's button (site-chrome's). The article goes on under it (a deals post's
    next entry, a gift guide's next pick). A gap that holds a newsletter prompt, a teaser heading, a follow call or a
    comment section's marker is no shop box, and parts what it parts."""
    if not 0 < len(gap) <= _SHOP_GAP_LINES:
        return False
    lines = ctx.doc.lines
    priced = False
    bare_before = False  # (the line before a bare price: two in a row are an appeal's amounts or a table's column)
    for j in gap:
        line = lines[j]
        text = line.text.strip()
        if not text:
            continue
        bare = any(c.isdigit() for c in text) and _BARE_PRICE.fullmatch(text) is not None
        if bare and bare_before:
            return False
        bare_before = bare
        if ctx.words(j) > _SHOP_GAP_WORDS:
            return False
        taken = line.removal
        if taken is not None and taken.pass_name not in _SHOP_BUTTON_PASSES:
            return False
        if taken is None and ends_sentence(text) and not text.endswith("?"):
            return False
        if not priced and any(c.isdigit() for c in text):
            priced = bare or _PRICE_AT.fullmatch(text) is not None
    return priced
