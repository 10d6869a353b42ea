"""fashion42: the short lines of fashion, beauty and celebrity pieces that are their content.

- :func:`credit_rows_tail` (edge-furniture's guard at the tail) and :func:`credit_box_gap` (detached-blocks' test of a
  gap): a look's or a wedding's credits box, a label of a word or three and its value ("Dress: Jenny Packham",
  "Suit: Reiss", "Kleid: Hugo Boss", "Robe : Chanel"), whose later rows break the row template (edge_rows.data_rows)
  with a longer value ("Cake: a three-tier lemon and elderflower sponge"): a row right under
  ``_ROWS_OVER`` rows of the box that stay is the box's too, and a prose line under such a box is the article going on.
- :func:`worn_list_tail` (edge-furniture's guard at the tail): a red carpet's names one per line, a person and what
  they wore ("Sylvie Meis in Elie Saab", "Penélope Cruz en Chanel"), right under the article's last kept line, one of
  the names in the article's text: the article's list, no teaser rail.

- :func:`joined_menu_item` and :func:`past_disclosure` (structure._framed_head, data36's menu over the headline of a
  page of short sentences): a magazine's section of three words ("Art de vivre", "Estilo de vida") is a menu's item,
  and the headline's byline may stand under an affiliate disclosure ("Dieser Artikel enthält Affiliate-Links. …").
- :func:`shop_buttons` (edge-furniture, first): an affiliate list's bare shop button ("Comprar", "Acheter"; table
  ``widgets.shop_verb``) repeated under its entries, two of its lines or more each over the next entry's numbered
  price line. Once, or over a guide's text, the verb is a section's heading and stays.

The tail's tests read only lines the furniture test already picked (a few per page), so the common page costs a loop
over an empty list; :func:`shop_buttons` asks a length and a space of each line before any table.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import lower
from .edge_facts import _labelled

# a credit's value: a name or a short description ("Jenny Packham", "a vintage Celine box bag from a Paris flea market")
_VALUE_WORDS: Final = 10
# the box's rows kept right over a row for it to be the box's
_ROWS_OVER: Final = 2
# the box's rows in a gap for the prose under it to be the article going on
_GAP_ROWS: Final = 3
# "<person> in <designer>": the word that joins them, per language (en, de, it, nl "in"; fr, es "en"; pt "em"; en
# "wearing", de "trägt", nl "draagt"); a person's name of one to four words, a designer's of one to four
_WORN: Final = frozenset({"in", "en", "em", "wearing", "trägt", "draagt"})
_NAME_WORDS: Final = 4
_WORN_RUN: Final = 2


def credit_row(text: str) -> bool:
    """Whether ``text`` is a credits box's row: a fact sheet's labelled row (:func:`~.edge_facts._labelled`: a label of
    one to three words, a colon, a value that is no sentence, link or mail) whose label is capitalised and whose value
    is a name or a short description of up to ``_VALUE_WORDS`` words ("Dress: Jenny Packham", "Robe : Chanel")."""
    return _labelled(text) and text[0].isupper() and len(text.partition(":")[2].split()) <= _VALUE_WORDS


def credit_rows_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less each credit row (:func:`credit_row`) right under ``_ROWS_OVER`` rows of its box that stay
    after the article's last paragraph: the box's later rows ("Cake: a three-tier lemon and elderflower sponge",
    "Venue: Barnsley House" under "Dress: …", "Suit: …", "Flowers: …")."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    gone = set(furniture)
    keep: set[int] = set()
    for i in furniture:
        if not credit_row(lines[i].text):
            continue
        rows = 0
        j = i - 1
        # (the rows over it may stand over the region: a long row read as the article's last paragraph)
        while j >= 0 and lines[j].removal is None and (j in keep or j not in gone) and credit_row(
            lines[j].text
        ):
            rows += 1
            j -= 1
        if rows >= _ROWS_OVER:
            keep.add(i)
    return [i for i in furniture if i not in keep] if keep else furniture


def credit_box_gap(ctx: Context, start: int, stop: int) -> bool:
    """A gap of furniture from line ``start`` to the prose at line ``stop`` closes on a credits box of ``_GAP_ROWS``
    rows or more (:func:`credit_row`), kept lines all, no other line between its rows and that prose: the box is the
    article's, the article goes on under it."""
    if start < 0:
        return False
    lines = ctx.doc.lines
    rows = 0
    for j in range(stop - 1, start - 1, -1):
        text = lines[j].text
        if not text.strip():
            continue
        if lines[j].removal is not None or not credit_row(text):
            break
        rows += 1
    return rows >= _GAP_ROWS


def worn_name(text: str) -> str | None:
    """The person's name of a red carpet's line, "<person> in <designer>" ("Zendaya in Maison Margiela", "Penélope
    Cruz en Chanel"): each side one to ``_NAME_WORDS`` capitalised words, no sentence's mark; else None."""
    words = text.split()
    if not 3 <= len(words) <= 2 * _NAME_WORDS + 1 or text.rstrip()[-1:] in ".!?:;,":
        return None
    at = next((k for k, w in enumerate(words) if lower(w) in _WORN), -1)
    if not 1 <= at <= _NAME_WORDS or not 1 <= len(words) - at - 1 <= _NAME_WORDS:
        return None
    if not all(w[:1].isupper() for w in words[:at]) or not words[at + 1][:1].isupper():
        return None
    return " ".join(words[:at])


def worn_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a run of ``_WORN_RUN`` red-carpet lines or more (:func:`worn_name`) right under the article's
    last kept line (no line another pass took between), one of whose people (a full name, two words or more) the
    article's kept text names."""
    if len(furniture) < _WORN_RUN:
        return furniture
    lines = ctx.doc.lines
    start = furniture[0]
    if start - 1 < 0 or lines[start - 1].removal is not None or start - 1 in furniture:
        return furniture
    run: list[int] = []
    names: list[str] = []
    for i in furniture:
        if i != start + len(run):
            break
        name = worn_name(lines[i].text)
        if name is None:
            break
        run.append(i)
        names.append(name)
    if len(run) < _WORN_RUN:
        return furniture
    # (a person's full name, two words or more: a rail's "Museums in Paris" under a text holding "Museums" names none)
    full = [name for name in names if " " in name]
    above = [lines[j].text for j in range(0, start) if lines[j].removal is None] if full else []
    if not any(name in text for name in full for text in above):
        return furniture
    keep = set(run)
    return [i for i in furniture if i not in keep]


def fashion_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """edge-furniture's guards of fashion42 at the tail: :func:`credit_rows_tail`, then :func:`worn_list_tail`."""
    return worn_list_tail(ctx, region, credit_rows_tail(ctx, region, furniture))


# a magazine's menu item of three words, a short lower-case word between ("Art de vivre", "Estilo de vida", "Food and
# Drink", "Casa e decoração"): its joining word, of at most three letters
_JOIN_LETTERS: Final = 3
# the disclosure's lines between a headline and its byline: an affiliate or sponsorship note, an ad's label
_DISCLOSURE_PASSES: Final = frozenset({"consent-line", "ad-marker"})
_DISCLOSURES_MOST: Final = 2


def joined_menu_item(words: list[str]) -> bool:
    """Whether ``words`` are a magazine's menu item of three words, two capitalised around a short lower-case word
    ("Art de vivre", "Estilo de vida", "Food and Drink"; structure's test of a menu over a data article's headline
    asks the words themselves)."""
    if len(words) != 3:
        return False
    first, join, last = words
    return first[:1].isupper() and join.isalpha() and join.islower() and len(join) <= _JOIN_LETTERS and last.isalpha()


def past_disclosure(ctx: Context, under: int) -> int:
    """The line under a headline past at most ``_DISCLOSURES_MOST`` lines of an affiliate disclosure or an ad's label
    another pass took right under it ("Dieser Artikel enthält Affiliate-Links. …" over the byline): where the
    headline's stamp is looked for."""
    lines = ctx.doc.lines
    at = under
    while (
        at < len(lines) and at - under < _DISCLOSURES_MOST
        and (gone := lines[at].removal) is not None and gone.pass_name in _DISCLOSURE_PASSES
    ):
        at += 1
    if at < len(lines) and at > under and lines[at].removal is None:
        return under  # (the disclosure over the text itself: no stamp under it, as before)
    return at


# a shop's bare button: one word of a few letters ("Comprar", "Acheter", "Acquista"), asked of table widgets.shop_verb
_VERB_CHARS: Final = 12
# the button's lines over the next entry for its repeats to go
_BUTTONS_OVER_ENTRIES: Final = 2
_CURRENCY: Final = frozenset("€$£")


def _entry_line(text: str) -> bool:
    """Whether ``text`` is a product list's numbered entry with its price ("2. The Ordinary Vitamin C, 7,50 €")."""
    return text[:1].isdigit() and any(c in _CURRENCY for c in text)


def shop_buttons(ctx: Context, name: str) -> None:
    """Remove a shop's bare button (table ``widgets.shop_verb``: "Comprar", "Acheter") where it repeats under a product
    list's entries: ``_BUTTONS_OVER_ENTRIES`` of its lines or more each right over the next entry's numbered price line;
    then each of its lines goes, the last one over the text's closing advice too. Once, or over a guide's text
    ("Comprar" over "El Rastro abre los domingos."), the verb is a section's heading and stays."""
    lines = ctx.doc.lines
    # (a character test first: most pages hold no line of one short word)
    alone = [
        i for i, line in enumerate(lines)
        if line.removal is None and 0 < len(line.text) <= _VERB_CHARS and " " not in line.text.strip()
    ]
    if len(alone) < _BUTTONS_OVER_ENTRIES:
        return
    # (the verb repeats: a menu's one-word lines, most of them met once, are not put to the table)
    same: dict[str, list[int]] = {}
    for i in alone:
        same.setdefault(lower(lines[i].text.strip()), []).append(i)
    verbs = ctx.table("widgets", "shop_verb")
    found = [
        matched for at in same.values() if len(at) >= _BUTTONS_OVER_ENTRIES
        if len(matched := [i for i in at if verbs.match(lines[i].text.strip()) is not None]) >= _BUTTONS_OVER_ENTRIES
    ]
    for at in found:
        over = 0
        for i in at:
            under = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
            # (the entry's number may stand apart as its list marker: "2. " over "The Ordinary …")
            if under is not None and lines[under].removal is None and _entry_line(
                (lines[under].lead + lines[under].text).strip()
            ):
                over += 1
        if over >= _BUTTONS_OVER_ENTRIES:
            for i in at:
                ctx.doc.remove(i, name, "a shop's button repeated under a product list's entries")
