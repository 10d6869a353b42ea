"""consumer40: a consumer test's results in lines at the article's edges.

A product test in the style of the consumer magazines (Which?, Stiftung Warentest, Que Choisir, OCU, Altroconsumo,
DECO Proteste, Consumentenbond) prints each tested product as short lines: an award's label ("Best Buy", "Testsieger",
"Migliore del Test", "Beste uit de Test"), the product's name ("Bosch SMS4HVI33E", "Oral-B Pro 3 3500") and its score
or grade alone on a line ("Score: 84%", "Punteggio: 74/100", "Note globale : 14,5/20", "Testscore: 8,1", "Gut (2,1)").
Its method sentences are short ("We tested 42 kettles.", "Abbiamo provato 20 lavastoviglie in laboratorio."), so the
results often stand before the article's first anchor or after its last one, where edge-furniture took the label and
the name (one or two words, no sentence) as a menu's items, and at the tail the scores with them.

- :func:`test_entries` (edge-furniture's guard at the head and the tail): in a region holding two or more score lines
  (:func:`score_line`: a label and a figure out of a scale, a percentage or a decimal grade; a grade's word over its
  decimal in brackets), each score line and the run of up to ``_ENTRY_LINES`` short lines right over it (the award,
  the product) stay when the line over that run is the article's kept line (a sentence or a row no test took) or a
  score line of the chain. A menu over a results list stands under no sentence, a footer's links under the last score
  stand over none, and a stand-alone count ("Comments: 12", "Seite: 2") is no score: a whole figure with no scale.

- :func:`entry_lines` (detached-blocks' test of a gap of a review's pros and cons): the next product's name and its
  score line opening the gap ("Bosch Styline" / "Score: 84%" over "Pros:" / "Very quiet" / "Cons:" / …) count with the
  box: the test goes on under them (with a price box's or a menu's lines beside the box, the gap stands as before).

- :func:`headline_row` (the fact box test of metadata's label rows): a headline with a colon as the page's first line
  ("Phishing-Alarm: Gefälschte Sparkassen-Mails im Umlauf") over the page's labelled stamp ("Stand: 07.03.2024") is no
  fact box's row: two rows, the first the page's first kept line with a phrase of three words or more after its colon,
  are a headline and its stamp, and the stamp goes as it does under a headline without a colon. A box of three rows or
  more, two rows under the page's first line, or a field's short value over the stamp ("Ort: Stadtpark" over "Datum:
  12.03.2024") is judged as before.

- :func:`helpline_under_text` (edge-furniture's guard at the tail): a short line closing on a phone number ("Call 159",
  "Bel 088 786 73 72", "Helpline: 0808 223 1133") right under the article's kept sentence is the helpline the article
  gives, no contact box's row: a footer's phone stands under its links or its heading, which another pass took or the
  run holds.

The guard starts from the region's lines with a figure, so a page without scores costs a digit test of its edge lines.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context
from ..textstats import ends_sentence

_ENTRY_LINES: Final = 3  # an award's label, the product's name, its price or its maker
_ENTRY_WORDS: Final = 6  # "Philips Sonicare 3100", "Rowenta X-Force 11.60", "Ulster Bank Regular Saver"
_MIN_SCORES: Final = 2  # a test's results: two products scored at least
_PHONE_WORDS: Final = 8  # "Call Citizens Advice on 0808 223 1133"
# a phone number closing the line: three digits or more, in groups ("159", "0808 223 1133", "+44 20 7946 0958")
_PHONE_END: Final = re.compile(r"(?<![\w.,])\+?\d[\d \-/]{1,16}\d\s*[.!]?\Z")
# (s40 merge) a word that says a short code is a number to call ("Call 159", "Notruf 110", "Ligue 112"); without one, a
# name's figure under the text ("FTSE 100", "Radio 104") is a widget's row
_CALL_WORD: Final = re.compile(
    r"\b(call|phone|ring|dial|tel|telephone|helpline|hotline|text|rufen|ruf|anrufen|wählen|telefon|notruf|"
    r"appel|appelez|composez|téléphone|tél|llama|llame|llamar|marca|teléfono|chiama|chiamate|telefono|numero|ligue|"
    r"ligar|telefone|linha|bel|bellen|telefoon)\b",
    re.IGNORECASE,
)
_HEADLINE_VALUE_WORDS: Final = 3  # "Gefälschte Sparkassen-Mails im Umlauf" after "Phishing-Alarm:"

_NUMBER: Final = r"\d{1,3}(?:[.,]\d{1,2})?"
# a label of up to three words, a colon and a figure out of a scale ("74/100", "14,5/20", "4.5 out of 5"), a
# percentage ("84%", "78 %") or a decimal grade ("8,1", "2.4"); a whole figure alone ("Comments: 12") is a count
_LABELLED: Final = re.compile(
    r"[^\W\d_][\w'’.-]{0,24}(?: [\w'’.-]{1,24}){0,2}\s?:\s?(?:"
    + _NUMBER
    + r"\s?(?:/|out of|von|sur|su|de|van|op)\s?\d{1,3}|"
    + _NUMBER
    + r"\s?%|\d{1,2}[.,]\d{1,2})\s*(?:\([^()]{1,30}\))?"
)
# a grade's word (or two) over its decimal in brackets: "Gut (2,1)", "Sehr gut (1,5)", "Befriedigend (2,6)"
_GRADE: Final = re.compile(r"[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s?\(\d[.,]\d\)")
# a bare figure out of a test's scale, the line alone: "14,5/20", "8/10", "4.5/5", "74/100" (a date's "12/03" is none)
_SCALED: Final = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s?/\s?(5|10|20|100)")
_STAR_FIRST: Final = "★☆✩✭⭐"
# a row of rating stars, a figure beside it at most: "★★★★☆", "★★★★½ (4.5)"
_STARS: Final = re.compile(r"[★☆✩✭⭐½]{3,10}(?:\s?\(?\d(?:[.,]\d)?(?:/5)?\)?)?")


def score_line(text: str) -> bool:
    """Whether ``text`` is a test's score or grade alone on its line ("Score: 84%", "Punteggio: 74/100", "Note globale :
    14,5/20", "Testscore: 8,1", "Gut (2,1)"; a bare figure out of a scale of 5, 10, 20 or 100, "14,5/20"; a row of
    stars, "★★★★☆")."""
    text = text.strip()
    if not 3 <= len(text) <= 48:
        return False
    if _STARS.fullmatch(text):
        return True
    scaled = _SCALED.fullmatch(text)
    if scaled:
        return float(scaled.group(1).replace(",", ".")) <= int(scaled.group(2))
    return (_LABELLED.fullmatch(text) or _GRADE.fullmatch(text)) is not None


def _may_score(ctx: Context, i: int) -> bool:
    """The cheap gate of :func:`score_line`: line ``i`` holds a figure or opens with a star."""
    return ctx.digit(i) or ctx.doc.lines[i].text.lstrip()[:1] in _STAR_FIRST


def test_entries(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a consumer test's entries in ``region``: each score line (:func:`score_line`) and the short
    lines right over it, down from a kept line of the article's or the score above (module docstring)."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    scores = [
        i for i in region
        if lines[i].removal is None and _may_score(ctx, i) and ctx.words(i) <= _ENTRY_WORDS
        and score_line(lines[i].text)
    ]
    if len(scores) < _MIN_SCORES:
        return furniture
    taken = set(furniture)
    chain = set(scores)
    keep: set[int] = set()
    for score in scores:
        run: list[int] = []
        above = score - 1
        while above in region and lines[above].removal is None and above not in chain and len(run) < _ENTRY_LINES:
            if ctx.words(above) > _ENTRY_WORDS or ends_sentence(lines[above].text):
                break
            run.append(above)
            above -= 1
        if above < 0 or lines[above].removal is not None:
            continue  # (the page's first line, or a line another pass took: a menu's, a stamp)
        if above in keep or (above not in taken and above not in chain):
            keep.update(i for i in run if i in taken)
            keep.add(score)
    return [i for i in furniture if i not in keep] if keep else furniture


def entry_lines(ctx: Context, start: int, stop: int) -> int:
    """The lines of a test's entry opening the gap ``start``..``stop`` (detached-blocks): a score line
    (:func:`score_line`) among its first kept lines, with the short lines over it (up to ``_ENTRY_LINES``: the product's
    name, its award), counted to the score; 0 where the gap opens on no such entry."""
    lines = ctx.doc.lines
    for seen, i in enumerate(range(start, stop), start=1):
        if lines[i].removal is not None or ctx.words(i) > _ENTRY_WORDS:
            return 0
        if _may_score(ctx, i) and score_line(lines[i].text):
            return seen
        if seen > _ENTRY_LINES:
            return 0
    return 0


def headline_row(ctx: Context, kept: list[int], place: int, end: int) -> bool:
    """Whether the label row at ``place`` of the kept lines ``kept`` (in a run of label rows up to ``end``) is the
    page's headline over its stamp: the page's first kept line, in a run of two rows, its value after the colon a
    phrase of ``_HEADLINE_VALUE_WORDS`` words or more ("Phishing-Alarm: Gefälschte Sparkassen-Mails im Umlauf"; a
    box's "Ort: Stadtpark" or "Titel: Der Zauberberg" is a field's value)."""
    if place != 0 or end != 1:
        return False
    # (s40 merge: the row under it is the page's stamp, a date: a book's "Title: The Magic Mountain" over "Author:
    # Thomas Mann" is a fact box opening the text, both rows the article's)
    if not ctx.digit(kept[1]):
        return False
    value = ctx.doc.lines[kept[0]].text.partition(":")[2]
    return len(value.split()) >= _HEADLINE_VALUE_WORDS


def _phone_end(text: str) -> bool:
    """Whether ``text`` closes on a phone number: a short code of three digits after a word that calls it ("Call 159",
    "Notruf 110"; not after a label's colon, a counter's "Wordcount: 717", nor a name's figure, "FTSE 100") or five
    digits or more in groups ("116 116", "0808 223 1133"); four digits alone are a
    year ("Best savings accounts 2024")."""
    found = _PHONE_END.search(text)
    if found is None:
        return False
    digits = sum(c.isdigit() for c in found.group())
    # (a short code after a label's colon is a counter: "Wordcount: 717", "Views: 123")
    if digits >= 5:
        return True
    before = text[: found.start()]
    return digits == 3 and not before.rstrip().endswith((":", "：")) and _CALL_WORD.search(before) is not None


def helpline_under_text(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a helpline under the article's text (module docstring): a line of the run of up to
    ``_PHONE_WORDS`` words closing on a phone number, right under a kept line that is no furniture and ends a
    sentence."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    taken = set(furniture)
    keep = {
        i for i in furniture
        if i - 1 >= 0 and i - 1 not in taken and lines[i - 1].removal is None and ctx.digit(i)
        and ctx.words(i) <= _PHONE_WORDS and ends_sentence(lines[i - 1].text)
        and _phone_end(lines[i].text)
    }
    return [i for i in furniture if i not in keep] if keep else furniture
