"""Promos and teasers: labelled links to other content, read-more and related boxes, CTAs."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from .. import kernels
from ..context import Context
from ..gate import plain_gate
from ..textstats import SENTENCE_ENDS, ends_colon, ends_sentence, lower
from ..vocab import Table
from .base import Pass, VocabLinePass, prose_bounds
from .blocks import _long_words
from .edge_calls import contact_promo_rows  # calls52
from .edge_commerce import pick_label  # commerce38
from .edge_courts import box_over_days, day_item  # courts39
from .edge_daily import listing_pick  # daily41
from .edge_defense import cut_off_call  # defense43
from .edge_eastnorth import announces_list  # eastnorth40
from .edge_housing import priced_card  # housing44
from .edge_howto import tips_under  # howto39
from .edge_htmlnextgen import key_points  # htmlnextgen45
from .edge_htmlpress import dated_teaser  # htmlpress52
from .edge_latam import figure_row  # latam43
from .edge_listicle import tip_rows  # htmllisticle53
from .edge_loanword import own_label_sentence  # own55
from .edge_local import banner_link  # local47
from .edge_midbody import section_under_box  # midbody54
from .edge_modern import own_player, sentence_word  # modern39
from .edge_opening import attributed_quote  # feature36
from .edge_openletter import under_signatories  # openletter51
from .edge_pets import heads_text, names_over_chrome, sentence_over  # pets43
from .edge_podcast import call_under_fragments, cites_sources, sponsor_read  # podcast50
from .edge_regional import without_notices  # regional45
from .edge_rtl import subheading_closing_box  # rtl38
from .edge_sections import abstract_keywords, answer_in_exchange, heading_in_series
from .edge_shared import NO_STOP_SCRIPT
from .edge_turkgreek import figure_rows  # turkgreek43

# a line that ends in a bare count in brackets: "Myles Garrett should expect a suspension (148)"
_COUNTED = re.compile(r"\S\s\(\d{1,6}\)\Z")  # searched: linear

_CLOSERS = "\"'”’“‘»«›‹)]」』 "  # (German „…“ closes with “: see textstats)
# a statement ends the teaser list (a headline may be a question): every script's full stops and exclamations
_STATEMENT_ENDS = SENTENCE_ENDS - frozenset("?？\u061f\u037e\u2047\u2048\u2049")
# a most-read box's rank ("1", "2.", "#3") or a latest-news box's age ("2h", "45 min", "3 Std.") on its own line
# beside a headline (the spelled-out ages, "vor 2 Std.", "Il y a 2 h", are the relative_stamp table's)
_RANK = re.compile(r"#?(\d{1,2})\.?")
_LENGTH_WORDS = 2  # an episode's length under its title: "32 Min."
_DATE_WORDS = 6  # a teaser's date on its own line: "3 de junio de 2023", "Sonntag, 21. April 2024"
_INLINE_ITEMS = re.compile(r"[:：]\s*\w")  # a label, then its items on the same line
_LABELLED_FIGURE = re.compile(r"[^\W\d_][^:：]{0,30}[:：]\s*[^:：]*\d")  # "Received: 12 September 2024"
_RANK_OR_AGE = re.compile(
    r"#?\d{1,2}\.?|\d{1,2}\s?(?:h|m|min|mins|hrs?|std\.?|uur|ore|horas?|heures?)\.?", re.IGNORECASE
)


class PromoLabel(VocabLinePass):
    name = "promo-label"
    family = "promos"
    description = "Lines led by a promo label (WATCH:, VIDEO:, Live briefing: ...); read-on links (Continue reading)"
    tables: ClassVar[dict[str, str]] = {
        "label": "promo label before a teaser",
        "live": "live-coverage promo",
        # the line alone: what follows a read-on link is the article going on, no headlines of a teaser box
        "read_on": "link to the rest of this article",
    }
    default_max_words = 60

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        return (
            contact_promo_rows(ctx, mine)  # calls52: a call's contact row under its label ("Más información: …@…")
            | tip_rows(ctx, mine)  # htmllisticle53: a listicle item's tip under its label ("Da non perdere: via …")
            | own_label_sentence(ctx, mine)  # own55: "VIDEO: <a sentence of the page's language>", its table's call
        )


class CallToAction(VocabLinePass):
    name = "call-to-action"
    family = "promos"
    description = "Check out our ..., click here, download our app, follow us on ..."
    tables: ClassVar[dict[str, str]] = {
        "cta": "call to action pointing elsewhere",
        "pitch": "call to action pointing elsewhere",
        "cta_phrase": "call to action pointing elsewhere",
        "cta_step": "call to action pointing elsewhere",
    }
    default_max_words = 45

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A step of the article's how-to, not the site's call:

        - an item of a marked list ("2. Turn on notifications", "- Download the app.") with a step of the
          same list in it (:func:`_a_step`: "1. Open the Settings app."); a list of nothing but calls
          ("• Follow us on WhatsApp", "• Download our app") is the site's and goes;
        - a short line under a line ending in a colon ("To get the warnings on your phone:") among short
          items with such a step;
        - a bare call of the ``cta_step`` table ("Turn on notifications") right over a paragraph (no pass's)
          that speaks of what it names ("… notifications …"): the heading of a how-to's section;
        - a line naming both app stores in a script that closes no sentence with a mark (Thai), between two
          paragraphs of the article (:func:`_unmarked_store_sentence`)."""
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        step = ctx.table(self.family, "cta_step")
        out: set[int] = set()
        for i in mine:
            pos = at.get(i)
            if pos is None:
                continue
            if sponsor_read(ctx, i) or call_under_fragments(ctx, kept, pos):  # podcast50
                continue  # a sponsor read, a rating prompt under the show notes' last list: no item of it
            if (
                _beside_a_step(ctx, kept, pos, hits)
                or (_listed_under_colon(ctx, kept, pos, hits) and not cut_off_call(ctx, kept, pos)
                    and not under_signatories(ctx, kept, pos))  # openletter51
                or (step.patterns and step.match(lines[i].text) and _heads_its_paragraph(ctx, kept, pos, hits))
                or _unmarked_store_sentence(ctx, kept, pos, hits)
            ):
                out.add(i)
        return out


_ITEM_WORDS = 12  # an item of a list a colon line announces: a short line
_ITEMS_REACH = 6  # the colon line stands at most this many items above
_STEP_WORDS = 3  # a step of a how-to's list: a line of this many words or more
_STEM = re.compile(r"[^\W\d_]{6,}")  # a long word: its first six letters name the step's thing ("notifi")


def _a_step(ctx: Context, i: int, hits: dict[int, int]) -> bool:
    """Line ``i`` is a step of a how-to: no pass's, and of ``_STEP_WORDS`` words or more ("Open the Settings
    app."; a footer's "iOS" and "Android" beside its "Download our app" are links)."""
    return i not in hits and ctx.words(i) >= _STEP_WORDS and not figure_row(ctx, i)  # latam43: no row of figures


def _beside_a_step(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The line at ``pos`` of ``kept`` is an item of a marked list with a step in it (:func:`_a_step`)."""
    lines = ctx.doc.lines
    kind = _item_kind(lines[kept[pos]].lead)
    if kind is None:
        return False
    for step in (-1, 1):
        p = pos + step
        while 0 <= p < len(kept) and _item_kind(lines[kept[p]].lead) == kind:
            if _a_step(ctx, kept[p], hits):
                return True
            p += step
    return False


def _listed_under_colon(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The line at ``pos`` is an item of the list a kept line ending in a colon (no pass's) announces, and one
    of that list's other items is a step (:func:`_a_step`). The list is the run of short lines, marked alike,
    right under the colon line (:func:`_list_end`): a paragraph that closes it ("Doações podem ser entregues
    …" under "Os números:" and its figures) ends it, and a call past that paragraph is no item of it."""
    lines = ctx.doc.lines
    kind = _item_kind(lines[kept[pos]].lead)
    top = pos - 1
    while top >= max(0, pos - _ITEMS_REACH) and not ends_colon(lines[kept[top]].text):
        # the items of one list: short and marked alike (a league table's numbered rows, then a sentence of
        # the report, then "Follow us on X" are no list)
        if ctx.words(kept[top]) > _ITEM_WORDS or _item_kind(lines[kept[top]].lead) != kind:
            return False
        top -= 1
    if top < max(0, pos - _ITEMS_REACH) or kept[top] in hits:
        return False
    end = _list_end(ctx, kept, top, pos, kind)
    if end <= pos:
        return False  # the list ended above the line
    return any(_a_step(ctx, kept[p], hits) for p in range(top + 1, end) if p != pos)


def _list_end(ctx: Context, kept: list[int], top: int, pos: int, kind: str | None) -> int:
    """Where the list under the colon line at ``top`` ends (the position in ``kept`` past its last item), the
    line at ``pos`` (the call judged) counted in: its items are short lines marked alike, and where they are
    no sentences ("12 cidades em emergência", "2.350 desalojados"), a line of prose after them is the
    paragraph that closes the list, no item of it. Looks no further than ``_ITEMS_REACH`` lines past ``pos``."""
    lines = ctx.doc.lines
    fragments: bool | None = None  # whether the list's items are no sentences (the first item other than pos says)
    end = top + 1
    while end < len(kept) and end <= pos + _ITEMS_REACH:
        j = kept[end]
        if end != pos:
            if ctx.words(j) > _ITEM_WORDS or (end > pos and _item_kind(lines[j].lead) != kind):
                break
            if fragments is None:
                fragments = not ends_sentence(lines[j].text)
            elif fragments and kind is None and ctx.is_prose(j):
                break  # a sentence after the figures: the paragraph that closes the list
        end += 1
    return end


def _heads_its_paragraph(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The next kept line is a paragraph (no pass's) that names what the line at ``pos`` names: one of its
    long words, by its first six letters ("Turn on notifications" over "… the notification settings …")."""
    if pos + 1 >= len(kept):
        return False
    nxt = kept[pos + 1]
    if nxt in hits or ctx.words(nxt) <= _ITEM_WORDS:
        return False
    stems = {w[:6].casefold() for w in _STEM.findall(ctx.doc.lines[kept[pos]].text)}
    words = {w[:6].casefold() for w in _STEM.findall(ctx.doc.lines[nxt].text)}
    return bool(stems & words)


# the two app stores a badge names (the ``cta`` table's language-neutral patterns)
_APP_STORE = re.compile(r"app ?store", re.IGNORECASE)
_PLAY_STORE = re.compile(r"google play|play store", re.IGNORECASE)
_PARAGRAPH_WORDS = 16  # a paragraph of such a script: words of two characters each


def _unmarked_store_sentence(ctx: Context, kept: list[int], pos: int, hits: dict[int, int]) -> bool:
    """The line at ``pos`` names both app stores in a script that closes no sentence with a mark (Thai, Lao), and
    the kept lines right above and under it are paragraphs of the article (no pass's, ``_PARAGRAPH_WORDS`` words or
    more, no list item): "ผู้ใช้สามารถดาวน์โหลดแอปได้ฟรีทั้งใน App Store และ Google Play" ("users can download the
    app free on …") in a story about the app. The badge's test elsewhere is that no sentence ends the line, which a
    Thai sentence never does; a badge stands at the page's edge or beside the other store's, and goes there."""
    lines = ctx.doc.lines
    text = lines[kept[pos]].text
    if not 0 < pos < len(kept) - 1 or not NO_STOP_SCRIPT.match(text):
        return False
    if not (_APP_STORE.search(text) and _PLAY_STORE.search(text)):
        return False
    return all(
        j not in hits and not lines[j].lead and ctx.words(j) >= _PARAGRAPH_WORDS
        for j in (kept[pos - 1], kept[pos + 1])
    )


def _item_kind(lead: str) -> str | None:
    """The kind of a line's list marker: "n" for a number ("2. ", "3) "), the bullet itself ("-", "•");
    None for no marker, a heading's "#" or a quotation's ">"."""
    mark = lead.strip()
    if not mark or mark[0] in "#>":
        return None
    return "n" if mark[0].isdecimal() else mark


@cache
def _item_residue() -> tuple[tuple[str, str], ...]:
    """The tables of every other vocabulary pass of the pipeline: a numbered line one of them matches
    goes, so it is no item of the article's list (see :meth:`TeaserBox._numbered_item`)."""
    from ..pipeline import TEXT_PIPELINE  # (the pipeline imports this module)

    return tuple(
        (p.family, name)
        for p in TEXT_PIPELINE
        if issubclass(p, VocabLinePass) and p is not TeaserBox
        for name in p.tables
    )


class TeaserBox(VocabLinePass):
    """A teaser heading (Read more, Related, Most read) and the headlines listed under it.

    Headlines are lines of ``min_item_words``..``max_item_words`` words that do not end
    like a statement (a question may be a headline); the run stops at the first line
    ending with a full stop or exclamation mark, after ``max_items`` lines, or at a line
    shorter than ``min_item_words`` (a subheading).

    A most-read or latest-news box's rank or age on its own line ("1", "2h", "vor 3 Std.")
    goes with the headline beside it: after a headline of the box, or before one. Ranks count
    up from 1; a headline under its rank may end in a full stop, and a ranked list runs as
    long as its ranks. A one-sentence summary under a headline (up to ``max_summary_words``
    words) goes too where the box lists two or more headlines each over such a summary (from its
    first headline on) and stands before the article's first long paragraph or after its last; otherwise (and between
    two paragraphs, where "Our picks" lists products with a sentence each) a statement ends
    the box, as does a statement that opens like the text carried on (table ``continuation``:
    Arabic's glued "و", "وتنص الخطة …"): the article resumed under the box, no summary. A
    heading right over a numbered list ("Unsere Empfehlungen", then "1. Kaub – Lorch: 11
    Kilometer") is the article's: it announces its list.
    """

    name = "teaser-box"
    family = "promos"
    description = "Read more / Related / Most read headings and their headline lists."
    tables: ClassVar[dict[str, str]] = {
        "heading": "teaser heading",
        # a looser shape ("More Great WIRED Stories"): a heading only over a box of headlines (see _box_follows)
        "box_heading": "teaser heading over a box of headlines",
        # a most-read box's heading: over a ranked list of headlines at the article's edge (see _ranked_box)
        "rank_heading": "most-read heading over a ranked list of headlines",
        "breed_heading": "a related-breeds box's heading",  # pets43 (over a paragraph it stays: edge_pets.heads_text)
    }
    default_max_words = 12
    min_box_items = 2  # headlines right under a box_heading line: a box, not the article's subheading

    def __init__(self, max_words: int | None = None, max_items: int = 12, min_item_words: int = 3,
                 max_item_words: int = 20, max_summary_words: int = 25) -> None:
        super().__init__(max_words)
        self.max_summary_words = max_summary_words
        self.max_items = max_items
        self.min_item_words = min_item_words
        self.max_item_words = max_item_words

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        maybe = self.may_match(ctx)  # rules out most lines before check() is asked
        headings = range(len(kept)) if maybe is None else [at for at, i in enumerate(kept) if maybe[i]]
        pos = 0  # the positions in ``kept`` before this one are judged
        # the article's paragraphs, longer than any summary: a box between two of them is inside the
        # article, where headlines with a sentence under each are its own list ("Our picks", a product
        # and what it is good for), not a box of teasers with their summaries
        paragraphs: list[int] | None = None  # (worked out at the first heading: most texts have none)
        for at in headings:
            if at < pos:
                continue  # listed under the heading before
            i = kept[at]
            pos = at + 1
            if ctx.doc.lines[i].removal is not None:
                continue
            reason = self.check_gated(ctx, i, maybe)
            if not reason:
                continue
            if banner_link(ctx, i, self.name):  # local47: "Find out more" under a cookie banner's buttons
                continue
            heading = ctx.doc.lines[i]
            if paragraphs is None:
                paragraphs = [
                    p for p, k in enumerate(kept) if ctx.words(k) > self.max_summary_words and ctx.is_prose(k)
                ]
            inside = bool(paragraphs) and paragraphs[0] < at < paragraphs[-1]
            ranked_box = not inside and self._ranked_box(ctx, kept, pos, maybe)
            if reason == self.tables["rank_heading"] and not ranked_box:
                reason = self.tables["box_heading"]  # (no ranked list under it: a heading only over a box)
            if reason == self.tables["box_heading"] and not self._box_follows(ctx, kept, pos, maybe):
                continue
            if reason == self.tables["breed_heading"] and heads_text(ctx, kept, pos):
                continue  # pets43: "Similar breeds" over the breed profile's own paragraph
            if abstract_keywords(ctx, kept, at):
                continue  # "Keywords" over a paper's keywords, under its abstract
            if answer_in_exchange(ctx, kept, at, ()) or heading_in_series(ctx, kept, at, ()):
                # an interview's answer ("What would you tell a young baker?" / "Listen."), a culture guide's
                # subheading ("Watch" / "Listen" / "Read" / "Play", each over its paragraph)
                continue
            if self._announces_statements(ctx, kept, at):
                continue  # "Related:" over the article's own list of laws or sources
            if cites_sources(ctx, kept, at):  # podcast50
                continue  # "Pour aller plus loin :" over the episode's references, each closing on its year
            if not ranked_box and pos < len(kept) and self._numbered_item(ctx, kept[pos], maybe):
                continue  # "Our recommendations" over the article's numbered list
            if pick_label(ctx, kept, at) or sentence_word(ctx, kept, at):  # modern39: "Listen." between sentences
                continue  # commerce38: "Our pick" under a buying guide's numbered pick
            if tips_under(ctx, kept, at):
                continue  # howto39: "I nostri consigli" over a guide's short tips
            if figure_rows(ctx, kept, at) and not own_player(ctx, i):
                continue  # turkgreek43: "Öne çıkanlar" over the article's own rows of figures (a player's goes alone)
            if listing_pick(ctx, kept, at):
                continue  # daily41: "Our pick" over a programme's title, channel and time, over its sentence
            box: list[tuple[int, str]] = [(i, reason)]  # removed together once the box is read
            first_summary: int | None = None  # where in ``box`` the first summary stands
            if pos < len(kept) and ctx.table(self.family, "duration").match(ctx.doc.lines[kept[pos]].text):
                why = f"length of the audio or video under the teaser heading at line {heading.lineno}"
                box.append((kept[pos], why))
                pos += 1
            items = unranked = 0  # headlines, and those no rank numbers (a ranked list runs as long as its ranks)
            ranked = False  # the line before was a rank: the headline it numbers may end in a full stop
            summaries = under_headline = False  # a box of headlines with summaries; the line before is one
            rank = 0  # the last rank seen: ranks count up from 1 ("1", "2", "3"; a second box starts again)
            # a tag line holding its tags ("Temi: lavoro, scuola"): a labelled figure under it is no headline of its
            # box (an abstract's "Received: 12 September 2024" under its keywords)
            inline = bool(_INLINE_ITEMS.search(heading.text))
            dated = False  # the box's headlines have their dates on their own lines
            while pos < len(kept) and unranked < self.max_items and not own_player(ctx, i):  # modern39: no box
                j = kept[pos]
                if j in ctx.doc.headings or (inline and _LABELLED_FIGURE.match(ctx.doc.lines[j].text)):
                    break  # the article's subheading (the page's markup says so): the box has ended
                if attributed_quote(ctx, kept, pos):
                    break  # feature36: an epigraph and its attribution ("— Rainer Maria Rilke"), no headline
                if announces_list(ctx, kept, pos):
                    break  # eastnorth40: the article's sentence announcing a list under a "read also" box
                if items and day_item(ctx, kept, pos):
                    box = box_over_days(box)  # courts39: a round-up's first day under its opening, the box's last
                    break
                if under_headline and self._length(ctx, j):
                    # (left33) an episode's length under its title in a podcast's box ("Folge 86: Wie entsteht ein
                    # Gewitter?" / "32 Min."): the box's, with the headline over it
                    why = f"length of a headline's audio or video under the teaser heading at line {heading.lineno}"
                    box.append((j, why))
                    under_headline = False
                    pos += 1
                    continue
                number = _RANK.fullmatch(ctx.doc.lines[j].text)
                if number and int(number.group(1)) not in (1, rank + 1):
                    break  # a stray number, no rank of this list
                # (a teaser's date, each headline's beside it: a lone date under one headline ends the box, an
                # inline box's one teaser over the article's next subheading)
                rank_or_age = self._rank_or_age(ctx, j)
                date = (
                    not rank_or_age
                    and self._date(ctx, j)
                    and (dated or (pos + 2 < len(kept) and self._date(ctx, kept[pos + 2])))
                )
                if (date or rank_or_age) and (
                    items or (pos + 1 < len(kept) and self._headline(ctx, kept[pos + 1], maybe))
                ):
                    why = f"rank or age of a headline under the teaser heading at line {heading.lineno}"
                    box.append((j, why))
                    if number:
                        ranked, rank = True, int(number.group(1))
                    dated = dated or date
                    under_headline = False
                    pos += 1
                    continue
                statement = ctx.doc.lines[j].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS and not ranked
                statement = statement and not priced_card(ctx.doc.lines[j].text)  # housing44: "…, € 375.000 k.k."
                unranked += not ranked
                ranked = False
                # (a box of summaries gives its first headline one: under the second headline of a box whose first
                # had none, a sentence is the article's next paragraph, whatever pairs of lines follow it)
                if statement and under_headline and not inside and ctx.words(j) <= self.max_summary_words and (
                    not self._continues(ctx, j)
                ) and (summaries or (items == 1 and self._summaries(ctx, kept, pos - 1, maybe))):
                    summaries = True  # (the box's last summary has no pair after it)
                    under_headline = False
                    why = f"summary of a headline under the teaser heading at line {heading.lineno}"
                    if first_summary is None:
                        first_summary = len(box)
                    box.append((j, why))
                    pos += 1
                    continue
                # (short titles closing the page under the heading, after the article's text: a related box's)
                if not items and not statement and ctx.words(j) < self.min_item_words and not inside and (
                    any(ctx.is_prose(k) for k in kept[:at])
                    or (reason == self.tables["breed_heading"] and sentence_over(ctx, kept, at))  # pets43
                ):
                    names = _closing_names(ctx, kept[pos:], self.max_items)
                    if not names and reason == self.tables["breed_heading"]:
                        names = names_over_chrome(ctx, kept[pos:], self.max_items)  # pets43: a footer under them
                    why = f"short title listed under the teaser heading at line {heading.lineno}"
                    box.extend((k, why) for k in names)
                    pos += len(names)
                    break
                if statement or not (self.min_item_words <= ctx.words(j) <= self.max_item_words):
                    break  # a sentence, or too short/long for a headline: the article goes on
                if self.check_gated(ctx, j, maybe):
                    break  # the next teaser box: handled by the outer loop
                box.append((j, f"headline listed under the teaser heading at line {heading.lineno}"))
                under_headline = True
                items += 1
                pos += 1
            opens = first_summary is not None and box[-1][1].startswith("summary")
            if opens:
                last = max(k for k, (_j, why) in enumerate(box) if why.startswith("headline"))
                if self._article_opens(ctx, kept, at, pos, box[last][0]):
                    # At the page's head, the box's last headline and the "summary" under it, right over a paragraph
                    # and in its words, are the article's headline and first paragraph (a rail of teasers runs into
                    # the story with nothing between): they stay.
                    box = box[:last]
                    pos = kept.index(box[-1][0]) + 1
            if first_summary is not None and not self._prose_outside(ctx, kept, {j for j, _why in box}):
                # The sentences read as summaries are every paragraph the text has: a short article
                # under a heading and a headline-like line, not a box of teasers. Its headlines up to
                # the first summary still go; the rest is left to the passes after this one.
                box = box[:first_summary]
                pos = kept.index(box[-1][0]) + 1
            box = box[:-1] if subheading_closing_box(ctx, kept, at, pos, box) else box  # rtl38: a subheading under it
            box = box[:-1] if section_under_box(ctx, kept, at, pos, box) else box  # midbody54: a section's heading
            if key_points(ctx, kept, at, [j for j, _why in box]):
                continue  # htmlnextgen45: a live blog's key points under "Destaques", told again by its entries
            for j, why in box:
                ctx.doc.remove(j, self.name, why)

    @staticmethod
    def _article_opens(ctx: Context, kept: list[int], at: int, pos: int, headline: int) -> bool:
        """A box under the heading at ``kept[at]`` stands at the page's head (no prose line over the heading), a
        paragraph follows it right under (``kept[pos]``: prose, closed), and the box's last headline (line
        ``headline``) is in the words of the text from its summary on (two of its long words and a third of them
        at the least): the box ends in the article's own headline and first paragraph. A teaser's headline over a
        story the article does not tell has other words ("Storm warning issued for the north coast" over a story
        on a harbour)."""
        if pos >= len(kept):
            return False
        j = kept[pos]
        lines = ctx.doc.lines
        if not (ends_sentence(lines[j].text) and ctx.is_prose(j)):
            return False
        if any(ctx.is_prose(k) for k in kept[:at]):
            return False
        words = set(_long_words(lower(lines[headline].text)))
        text = [lines[k].text for k in kept[pos - 1 : pos + _NEAR_PARAGRAPHS]]
        shared = len(words & set(_long_words(lower("\n".join(text)))))
        return shared >= _TITLE_SHARED and shared * 3 >= len(words)

    @staticmethod
    def _prose_outside(ctx: Context, kept: list[int], box: set[int]) -> bool:
        """Some prose line of the text is kept outside ``box`` (and outside the boxes removed before)."""
        lines = ctx.doc.lines
        return any(i not in box and lines[i].removal is None and ctx.is_prose(i) for i in kept)

    def _box_follows(self, ctx: Context, kept: list[int], pos: int, maybe: list[bool] | None) -> bool:
        """Right under a loose teaser heading (``kept[pos]`` on), ``min_box_items`` headlines, each
        perhaps under its rank or age ("1", "2h"): a box of teasers. An article's subheading of that
        shape ("Other stories of survival") has a paragraph under it, or a list of sentences."""
        items = 0
        while pos < len(kept) and items < self.min_box_items:
            j = kept[pos]
            if self._headline(ctx, j, maybe) and (not ctx.doc.lines[j].lead or dated_teaser(ctx, j)):  # htmlpress52
                items += 1
            elif items and self._length(ctx, j):
                pass  # (left33) a headline's length under it ("32 Min."): a podcast box's episode
            elif not (self._rank_or_age(ctx, j) and pos + 1 < len(kept) and self._headline(ctx, kept[pos + 1], maybe)):
                return False
            pos += 1
        return items >= self.min_box_items

    def _summaries(self, ctx: Context, kept: list[int], at: int, maybe: list[bool] | None) -> bool:
        """From ``kept[at]`` (a headline of the box) on, at least ``_SUMMARY_PAIRS`` pairs of a headline
        and a one-sentence summary under it, the sentence no longer than ``max_summary_words``: a box of
        teasers with their summaries. An article resumed under a "Related" box goes on with a paragraph
        after a paragraph, not a headline after each sentence."""
        lines = ctx.doc.lines
        pairs = 0
        while at + 1 < len(kept) and pairs < _SUMMARY_PAIRS:
            head, summary = kept[at], kept[at + 1]
            if not self._headline(ctx, head, maybe) or lines[head].lead or lines[summary].lead:
                return False
            if lines[summary].text.rstrip(_CLOSERS)[-1:] not in _STATEMENT_ENDS:
                return False
            if not self.min_item_words <= ctx.words(summary) <= self.max_summary_words:
                return False
            if self._continues(ctx, summary):
                return False
            pairs += 1
            at += 2
        return pairs == _SUMMARY_PAIRS

    def _continues(self, ctx: Context, j: int) -> bool:
        """Line ``j`` opens like a sentence carrying the text on (table ``promos.continuation``: Arabic's
        "وقال", "وتنص"): the article resumed under the box, no teaser's summary."""
        return ctx.table(self.family, "continuation").match(ctx.doc.lines[j].text) is not None

    def _headline(self, ctx: Context, j: int, maybe: list[bool] | None) -> bool:
        """Line ``j`` reads as a headline of a teaser box: no statement, of a headline's length,
        no teaser heading itself."""
        if ctx.doc.lines[j].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS:
            return False
        return self.min_item_words <= ctx.words(j) <= self.max_item_words and not self.check_gated(ctx, j, maybe)

    def _length(self, ctx: Context, j: int) -> bool:
        """A bare length of an audio or video alone on its line ("32 Min.", "45 min"; table ``duration``)."""
        line = ctx.doc.lines[j]
        if line.lead or ctx.words(j) > _LENGTH_WORDS:
            return False
        return ctx.table(self.family, "duration").match(line.text) is not None

    def _rank_or_age(self, ctx: Context, j: int) -> bool:
        """A bare rank or age on its own line: "1", "#2", "2h", "vor 3 Std.", "14:05"."""
        line = ctx.doc.lines[j]
        if line.lead or ctx.words(j) > 4:
            return False
        text = line.text
        return bool(
            _RANK_OR_AGE.fullmatch(text)
            or ctx.table("metadata", "relative_stamp").match(text)
            or ctx.table("metadata", "clock").match(text)
            or ctx.table(self.family, "view_count").match(text)  # (a most-read box's "48,213 views", "👁 12 450")
        )

    @staticmethod
    def _date(ctx: Context, j: int) -> bool:
        """A date alone on its line ("12.03.2025", "3 de junio de 2023")."""
        # (asked of a line twice, as the date under a headline and as the next one's: judged once, and an RE2 gate
        # rules out most lines before the table's many patterns run)
        return not ctx.doc.lines[j].lead and ctx.words(j) <= _DATE_WORDS and ctx.matches("metadata", "dateline", j)

    def _ranked_box(self, ctx: Context, kept: list[int], pos: int, maybe: list[bool] | None) -> bool:
        """The heading over ``kept[pos]`` is a most-read box's (table ``rank_heading``: "Meistgelesen", "Lo más
        leído", "Самое читаемое") and a ranked list of headlines opens under it: "1. Unfall auf der B27: Straße
        gesperrt", or a bare rank over a headline. Asked of a heading outside the article's paragraphs only: there
        the numbered list under such a heading is the site's ranking of its stories, where "Our recommendations"
        over "1. Kaub to Lorch: 11 kilometres" announces the article's own list (kept: ``_numbered_item``), and so
        does a most-read heading closed by a colon ("Most read:" over a library's books of the year)."""
        heading = ctx.doc.lines[kept[pos - 1]].text
        if pos + 1 >= len(kept) or ends_colon(heading) or not ctx.table(self.family, "rank_heading").match(heading):
            return False  # ("Most read:" announces the article's list: a library's year in books)
        j = kept[pos]
        if ctx.doc.lines[j].lead[:1].isdecimal():
            ranked = self._headline(ctx, j, maybe) and _RANK.fullmatch(ctx.doc.lines[j].lead.strip()) is not None
        else:
            number = _RANK.fullmatch(ctx.doc.lines[j].text)
            ranked = number is not None and number.group(1) == "1" and self._headline(ctx, kept[pos + 1], maybe)
        # (at the article's edge: no closed paragraph on one side of it; the run's ``inside`` reads paragraphs of
        # more than a summary's words, and an article's shorter paragraphs stand around its own ranking)
        return ranked and not (
            self._paragraph_in(ctx, kept[: pos - 1])
            and self._paragraph_in(ctx, without_notices(ctx, kept[pos:]))  # regional45: the page's notices are none
        )

    @staticmethod
    def _paragraph_in(ctx: Context, lines: list[int]) -> bool:
        """One of ``lines`` is a paragraph: prose closed by a full stop or an exclamation mark, no list's item (a
        ranked headline may end in a question mark or, numbered, in a full stop)."""
        doc = ctx.doc.lines
        return any(
            not doc[k].lead and doc[k].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS and ctx.is_prose(k) for k in lines
        )

    def _numbered_item(self, ctx: Context, i: int, maybe: list[bool] | None) -> bool:
        """Line ``i`` is an item of a numbered list that reads like the article's ("1. Kaub – Lorch:
        11 Kilometer"): a few words, and no teaser heading itself ("1. Related stories") nor a line of
        the other vocabulary passes (:func:`_item_residue`: "1. Click here to see the full gallery", "1. All
        rights reserved.", "1. Share this article"): those go, so a second cleaning would see the
        heading without its list."""
        line = ctx.doc.lines[i]
        return (
            line.lead[:1].isdecimal()
            and ctx.words(i) >= self.min_item_words
            and self.check_gated(ctx, i, maybe) is None
            and not any(ctx.table(family, name).match(line.text) for family, name in _item_residue())
        )

    def _announces_statements(self, ctx: Context, kept: list[int], at: int) -> bool:
        """A heading that ends in a colon with two or more statements right under it (lines
        that end in a full stop: "Related:", then "Regulation (EU) 2016/679, Article 7.") announces
        the article's own list of laws or sources; a teaser box lists headlines."""
        if not ends_colon(ctx.doc.lines[kept[at]].text):
            return False
        after = kept[at + 1 : at + 3]
        return len(after) == 2 and all(
            ctx.doc.lines[j].text.rstrip(_CLOSERS)[-1:] in _STATEMENT_ENDS for j in after
        )


_NEAR_PARAGRAPHS = 8  # the lines under a head box whose words are the article's (its first paragraphs)
_TITLE_SHARED = 2  # the article's headline shares two long words with its first paragraphs at the least
_SUMMARY_PAIRS = 2  # a headline and its summary, twice: a box of teasers, not the article resumed


class CountedTeasers(Pass):
    """A run of headlines each followed by a count, "Vikings come back to beat the Broncos (145)":
    a most-read or most-commented box, before the article's first paragraph or after its last.
    Only unnumbered runs that nothing announces ("Standings:") of lines of several words each,
    so standings and results lists stay; inside the article nothing is touched."""

    name = "counted-teasers"
    family = "promos"
    description = "Most-read / most-commented boxes: headlines each followed by a count, at an edge."

    def __init__(self, min_run: int = 3, min_words: int = 4) -> None:
        self.min_run = min_run
        self.min_words = min_words

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        text = ctx.joined_text()  # too few lines end in a bracket: nothing to do (most documents)
        if text.count(")\n") + text.endswith(")") < self.min_run:
            return
        kept = ctx.doc.kept()
        bounds = prose_bounds(ctx, kept, lambda i: not _COUNTED.search(lines[i].text))
        if bounds is None:
            return
        first, last = bounds
        run: list[int] = []
        for i in [*kept, -1]:
            if i >= 0 and (i < first or i > last) and self._teaser(ctx, i):
                run.append(i)
                continue
            if len(run) >= self.min_run:
                at = kept.index(run[0])
                before = lines[kept[at - 1]].text.rstrip() if at > 0 else ""
                if not ends_colon(before):
                    for j in run:
                        ctx.doc.remove(j, self.name, "headline with a count in a most-read or most-commented box")
            run = []

    def _teaser(self, ctx: Context, i: int) -> bool:
        line = ctx.doc.lines[i]
        return not line.lead and ctx.words(i) > self.min_words and bool(_COUNTED.search(line.text))


_SHORT_NAME = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+)?")  # "Bigos", "Barszcz czerwony"
_SHORT_NAME_ITEMS = 2  # a related box's short titles under its heading closing the page: two or more


def _closing_names(ctx: Context, rest: list[int], most: int) -> list[int]:
    """The lines of ``rest`` (the kept lines under a teaser heading after the article's last paragraph) when every
    one of them is a short title, one or two words of letters, capitalised, no mark closing it ("Barszcz
    czerwony" / "Bigos" under "Zobacz także": a recipe site's related recipes), two to ``most`` of them, and
    nothing after them; otherwise none. A box of one-word links among more text is the page's menu, another
    pass's: under a heading closing the page, short titles are its teasers. A script with no capitals (Han, kana,
    Hangul, Arabic) opens its titles with any letter ("糖醋排骨" / "可乐鸡翅" under "猜你喜欢"); a lower-case one
    opens no title."""
    lines = ctx.doc.lines
    if not _SHORT_NAME_ITEMS <= len(rest) <= most:
        return []
    for i in rest:
        text = lines[i].text
        first = text[:1]
        if lines[i].lead or not first.isalpha() or first.islower() or not _SHORT_NAME.fullmatch(text):
            return []
    return rest



class CapsTeaser(Pass):
    """Another story's headline set in capitals between two of the article's paragraphs: a news site's "related"
    link dropped into the text ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", "LAUREN ALAINA SAYS 'DWTS'
    HAS HELPED HER LOSE 25 POUNDS"), which an extractor keeps as a line of its own. A headline-run needs a run of
    them at an edge; these stand alone, one every few paragraphs.

    Taken: ``min_teasers`` lines or more on the page (a news site drops them in series; one alone may be a long
    subhead), each of ``min_words`` words or more whose letters are all capitals (``min_capitals`` of them or more),
    closed by no sentence mark, colon or comma, no list item, with a kept paragraph closed by a sentence mark on
    either side that does not go on about its words. Kept: an article's subheads in capitals, which are shorter
    ("HOW TO USE A WATER BATH CANNER", seven words; none of the dev set's is longer), asked as a question ("WILL
    SOMEONE STAND UP FOR THE ESTABLISHMENT?") or about the paragraphs around them (a third of their words of four
    letters or more stand in the paragraph over or under them: "HOW TO KEEP YOUR TOMATO PLANTS HEALTHY THROUGH THE
    SUMMER" over "Tomato plants need …"; the dev set's teasers share a sixth at most with the paragraph under them);
    a subhead of eight words or more alone on its page ("THE SECRET TO A GOOD SET IS THE BALANCE OF FRUIT AND
    SUGAR" with the jam recipe's other subheads about their paragraphs); a legal notice in capitals (it closes its
    sentences); a title at the page's head or a line closing it (no paragraph on one side); a capitals line next to
    a heading, a list or a table row."""

    name = "caps-teaser"
    family = "promos"
    description = "Other stories' headlines set in capitals, alone between two of the article's paragraphs."

    def __init__(self, min_words: int = 8, min_capitals: int = 24, min_teasers: int = 2) -> None:
        self.min_words = min_words
        self.min_capitals = min_capitals
        self.min_teasers = min_teasers

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        teasers: list[int] = []
        counts = ctx.word_counts()  # (read from the list: no call a line)
        for at in range(1, len(kept) - 1):
            i = kept[at]
            line = lines[i]
            if line.lead or counts[i] < self.min_words:
                continue
            text = line.text.rstrip(_CLOSING_QUOTES)  # (its ending asked first: most long lines close a sentence)
            if not text or text[-1] in _NOT_HEADLINE_END or ends_sentence(text):
                continue
            if not _in_capitals(line.text, self.min_capitals):
                continue
            if line.text[0] in _OPENING_QUOTES and len(text) < len(line.text.rstrip()):
                continue  # (a pull quote, in quotation marks whole: "'WE DID NOT KNOW IF WE WOULD SEE OUR HOMES'")
            before, after = kept[at - 1], kept[at + 1]
            if not (_paragraph(ctx, before) and _paragraph(ctx, after)):
                continue
            words = set(_long_words(lower(text)))
            around = set(_long_words(lower(lines[before].text + "\n" + lines[after].text)))
            if words and len(words & around) * _SUBHEAD_SHARE < len(words):
                teasers.append(i)
        if len(teasers) < self.min_teasers:
            return  # one alone may be a long subhead of the article's
        for i in teasers:
            ctx.doc.remove(i, self.name, "another story's headline in capitals between the article's paragraphs")


_CLOSING_QUOTES = "\"'”’»"
# a line opening on one of these and closing on a closing one is a quotation whole: a pull quote set in capitals
# between the article's paragraphs, no teaser (a teaser's quote opens it and its headline runs on: "'DANCING WITH
# THE STARS': LAUREN ALAINA …")
_OPENING_QUOTES = "\"'“‘«„‚"
_NOT_HEADLINE_END = frozenset(".:?!,;…") | SENTENCE_ENDS
_PARAGRAPH_WORDS = 12
_SUBHEAD_SHARE = 3  # a third of the line's long words in the paragraphs around it: their subhead


def _in_capitals(text: str, least: int) -> bool:
    """Every cased letter of ``text`` is a capital, and there are ``least`` of them or more."""
    capitals = 0
    for ch in text:
        if ch.isalpha():
            if ch.islower():
                return False
            if ch.isupper():
                capitals += 1
    return capitals >= least


def _paragraph(ctx: Context, i: int) -> bool:
    """Line ``i`` is one of the article's paragraphs: prose of ``_PARAGRAPH_WORDS`` words or more, closed by a
    sentence mark, no list item."""
    line = ctx.doc.lines[i]
    return not line.lead and ctx.words(i) >= _PARAGRAPH_WORDS and ends_sentence(line.text) and ctx.is_prose(i)


class GluedTeasers(Pass):
    """Teasers whose headline and summary the page's text joined with no break: a rail of other stories printed
    as one line each, "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman and a 28-year-old man
    have been arrested …", "Bahnstreik: Was Pendler jetzt wissen müssenDie Gewerkschaft hat … aufgerufen.", "Dólar
    fecha em alta e chega a R$ 4,20O mercado reagiu …". A page's text joins a link's headline and the summary under
    it where the markup puts no break between them; an extractor keeps each as one long line ending like a sentence,
    which no pass reads as a teaser.

    A line is glued where, at a letter, digit or closing mark followed right away by a capitalised word and a space
    (the join), the text before it reads as a headline (``min_head`` words or more, at most ``max_head``, no sentence
    closed inside it; a letter's word at the join of three letters or more: "iPad", "DeNayer", "McDonald" are names)
    and the text after it as a sentence (``min_tail`` words or more, closed by a sentence mark). A join is sure where
    the word after it opens a sentence (table ``dek_opener``: "A", "The", "Die", "La", "O", "Al"…: "250,000The",
    "müssenDie") or where a closing mark stands before a capitalised word ("(This Morning)Some", "Rise?Violence");
    a join of two letters elsewhere is also a brand's or a name's capital ("MacBook", "YouTube", "PayPal"); after a
    digit only an opening word joins ("4K, we render …", "3D" are a figure's unit). No join: a quotation mark that
    closes no quotation opened before it (an opening straight quote, 'the album "Songs For The Road" was …'; an
    apostrophe, "O’Brien", "dell’Appennino"), and a cut word the page spells again ("LinkedIn" in each paragraph of a
    story about it, "… on LinkedIn on Monday": "In" opens summaries). On a page with ``min_sure`` sure joins, a line
    with a join whose headline holds a question or whose summary is cut or repeats the headline ("Say Cheese?
    Detroit's Top 3 Cheese ShopsWondering where …") also counts in a run, never as a sure one.

    Taken: a run of ``min_run`` glued lines or more, ``min_sure`` of them at a sure join, with at most ``max_gap``
    short lines (a rail's section label, "Weather") between two of them. Kept: an article's paragraphs that name a
    brand or a person with an inner capital, however many ("Apple's MacBook Pro With Its New Keyboard is …", "Der
    Zahlungsdienst PayPal Will …": no sure join), a dateline glued to its lede ("Hong Kong (CNN Business)A muddled
    view …": alone, no run), and one glued teaser alone on its page (the shape of one paragraph's typo)."""

    name = "glued-teasers"
    family = "promos"
    description = "A run of teasers each printed as its headline glued to its summary with no break."

    def __init__(
        self,
        min_head: int = 3,
        max_head: int = 20,
        min_tail: int = 4,
        min_run: int = 2,
        min_sure: int = 2,
        max_gap: int = 3,
    ) -> None:
        self.min_head = min_head
        self.max_head = max_head
        self.min_tail = min_tail
        self.min_run = min_run
        self.min_sure = min_sure
        self.max_gap = max_gap

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        glued: dict[int, bool] = {}  # position in kept: a sure join
        tokens: dict[int, str] = {}  # position in kept: the word the join cuts ("AthleteA", "LinkedIn")
        openers = None
        least = self.min_head + self.min_tail
        # (the cheap questions first: long enough, closed like a sentence (two characters' tests), a capital right
        # after a letter (one RE2 scan over the lines left); the lines closed otherwise are asked only on a page
        # with sure joins, most pages have none)
        counts = ctx.word_counts()
        long = [at for at, i in enumerate(kept) if counts[i] >= least]
        closed: list[int] = []
        for at in long:
            text = lines[kept[at]].text.rstrip()
            if _closed(text) and ends_sentence(text):
                closed.append(at)
        hinted = _hinted(ctx, kept, closed)
        for at in hinted:
            if openers is None:
                openers = ctx.table(self.family, "dek_opener")
            join = self._glued(lines[kept[at]].text.rstrip(), openers, strict=True)
            if join is not None:
                glued[at] = join[0]
                tokens[at] = join[1]
        if openers is None or sum(glued.values()) < self.min_sure:
            return
        # a page with sure joins: a teaser whose headline holds a question or whose summary is cut or repeats the
        # headline ("Say Cheese? Detroit's Top 3 Cheese ShopsWondering where …") stands in their run too
        asked = set(closed)
        hinted += _hinted(ctx, kept, [at for at in long if at not in asked])
        for at in hinted:
            if at not in glued:
                join = self._glued(lines[kept[at]].text.rstrip(), openers, strict=False)
                if join is not None:
                    glued[at] = False
                    tokens[at] = join[1]
        # a word the page spells again elsewhere is a name, not a join: "LinkedIn" in two paragraphs of a story
        # about it ("… on LinkedIn on Monday, …": "In" opens no summary there)
        page = "\n".join(lines[i].text for i in kept)
        for at, token in tokens.items():
            if page.count(token) > 1:
                del glued[at]
        run: list[tuple[int, bool]] = []
        for at in sorted(glued):
            if run and not self._joins(ctx, kept, run[-1][0], at):
                self._take(ctx, kept, run)
                run = []
            run.append((at, glued[at]))
        self._take(ctx, kept, run)

    def _glued(self, text: str, openers: Table, *, strict: bool) -> tuple[bool, str] | None:
        """None when ``text`` is no headline glued to its summary; else whether its join is a sure one, and the
        word it cuts (the headline's last word and the summary's first: "AthleteA"). Not
        ``strict``: the headline may close a sentence inside it and the summary need not close one (the line stands
        only in a run of strict ones)."""
        if strict and not _closed(text):
            return None
        # (the search stops short of the joins past the longest headline's words: the first of them ends the loop,
        # as does having none; a line's first ``max_head`` words and a join's reach past them, not the whole line)
        words = text.split(None, self.max_head)
        end = len(text) if len(words) <= self.max_head else len(text) - len(words[-1]) + _JOIN_REACH
        for n, m in enumerate(_JOIN.finditer(text, 0, end)):
            if n == _MAX_JOINS:
                break  # (a line of many is no headline and its summary)
            start = m.start()
            head = text[:start]
            head_words = head.split()
            if len(head_words) > self.max_head:
                break  # (later joins leave longer headlines)
            if len(head_words) < self.min_head or (strict and _head_closed(head)):
                continue
            # (the tail's first words only, not all of a long line's: split at most ``min_tail - 1`` times)
            if len(text[start:].split(None, self.min_tail - 1)) < self.min_tail:
                break  # (later joins leave shorter tails)
            before = head[-1]
            last = head_words[-1]
            if before.isalpha() and sum(1 for c in last if c.isalpha()) < _MIN_JOIN_LETTERS:
                continue  # "iPad", "DeNayer", "McDonald": a name's inner capital
            if before in _QUOTES and not _closes_quote(head):
                continue  # 'the album "Songs For The Road" was …', "Conor O’Brien", "dell’Italia"
            word = text[start : m.end("word")]
            token = last + word
            if openers.match(word) is not None:
                return True, token
            if before.isdigit() or len(word) < 2 or not word[1:].islower():
                continue  # "4K, we render …", "3D": a figure's unit; a lone capital after a letter, an initial
            return not before.isalpha(), token  # "(This Morning)Some", "Rise?Violence"; a letter's: "MacBook" too
        return None

    def _joins(self, ctx: Context, kept: list[int], a: int, b: int) -> bool:
        """Whether glued lines at kept positions ``a`` < ``b`` stand in one run: at most ``max_gap`` lines between
        them, each short (a section label, a stamp)."""
        if b - a - 1 > self.max_gap:
            return False
        return all(ctx.words(kept[k]) <= _GAP_WORDS for k in range(a + 1, b))

    def _take(self, ctx: Context, kept: list[int], run: list[tuple[int, bool]]) -> None:
        if len(run) < self.min_run or sum(1 for _at, sure in run if sure) < self.min_sure:
            return
        for at, _sure in run:
            ctx.doc.remove(kept[at], self.name, "a teaser's headline glued to its summary, in a run of them")


_UPPER = "A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇŘŚŠŤŮŹŻŽ"
# a lower-case letter, a digit or a closing mark right before a capital: the cheap question (plain ranges: a
# category's class costs a line's length many times more; Latin Extended-A letters of either case)
_JOIN_HINT = re.compile("[a-z0-9ß-öø-ÿ\u0100-\u017f?!)”’\"'][A-ZÀ-ÖØ-Þ\u0100-\u017f]")
# Its two classes' characters, for the C kernel's scan (:func:`_hinted`; None where it was not built):
# tests/test_kernels.py holds them to the pattern's.
_JOIN_BEFORE_CHARS = "".join(map(chr, [*range(0x61, 0x7B), *range(0x30, 0x3A), *range(0xDF, 0xF7), *range(0xF8, 0x100),
                                        *range(0x100, 0x180)])) + "?!)”’\"'"
_JOIN_CAPITALS = "".join(map(chr, [*range(0x41, 0x5B), *range(0xC0, 0xD7), *range(0xD8, 0xDF), *range(0x100, 0x180)]))
_ADJACENT: Callable[[str, Any, Any], bool] | None = kernels.ADJACENT
_JOIN_BEFORE: Any = kernels.char_set(_JOIN_BEFORE_CHARS)
_JOIN_CAPITAL: Any = kernels.char_set(_JOIN_CAPITALS)
# the join: a letter (not a capital), a digit or a closing mark, then a capitalised word and a space (plain ranges,
# the word bounded). Matched at the capital, the mark before it looked behind: a pattern that opens with a class lets
# ``re`` skip to the next capital, where a lookbehind first makes it try every position. The match is the capital
# alone (a word may hold another capital of Latin Extended-A that joins again); ``word`` ends the capitalised word.
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"  # (Latin Extended-A of either case)
_JOIN = re.compile(rf"[{_UPPER}](?<=[{_LOWER}0-9?!)”’\"'].)(?=(?P<word>[{_LOWER}]{{0,24}})[\s,:;])")
_JOIN_REACH = 26  # the characters a join's lookahead reads from its capital on: the capital, 24 letters, a space
_CLOSED = re.compile(r"[.!?…][\"”’»)]?$")
# a sentence closed inside the headline (or the headline ending on a full stop): no headline
_HEAD_CLOSED = re.compile(r"[.…][\"”’»)]?(\s|$)|[!?][\"”’»)]?\s")
_MIN_JOIN_LETTERS = 3
_MAX_JOINS = 8
_QUOTES = "\"'”’"
_MARKS = ".!?…"  # (what ``_CLOSED`` ends on, maybe with a mark of ``_MARK_CLOSERS`` after it)
_MARK_CLOSERS = "\"”’»)"
_OPENING = {"”": "“", "’": "‘"}


def _closes_quote(head: str) -> bool:
    """Whether the quotation mark ending ``head`` closes a quotation opened in it: after a word, with its opening
    mark before it ("…won’t be ‘bullied’", '… said "no"'). A straight mark after a space opens one ('the album
    "Songs …'); an apostrophe joins a name or an article to its word ("O’Brien", "dell’Italia", "l’Europe")."""
    mark = head[-1]
    if len(head) < 2 or head[-2].isspace():
        return False
    body = head[:-1]
    if mark in _OPENING:
        return _OPENING[mark] in body
    return body.count(mark) % 2 == 1
_GAP_WORDS = 4


def _head_closed(head: str) -> bool:
    """``_HEAD_CLOSED.search(head)``, its marks looked for first (C-speed scans): most headlines hold none."""
    return ("." in head or "…" in head or "!" in head or "?" in head) and _HEAD_CLOSED.search(head) is not None


def _closed(text: str) -> bool:
    """``_CLOSED.search(text)`` for a line with no line break at its end: its last two characters told, where the
    regex reads the whole line for a mark."""
    n = len(text)
    if not n:
        return False
    if text[n - 1] in _MARKS:
        return True
    return n >= 2 and text[n - 1] in _MARK_CLOSERS and text[n - 2] in _MARKS


def _hinted(ctx: Context, kept: list[int], positions: list[int]) -> list[int]:
    """The kept ``positions`` whose line may hold a capital right after a letter, a digit or a closing mark
    (:data:`_JOIN_HINT`), asked of RE2 over the document's lines at once: Python's ``re`` tests the class at every
    character of every long line, which cost this pass a third of the pipeline's time. (The gate may also let
    through a line past its leading symbols, and a line without RE2 is let through: a line with no join is no
    teaser to :meth:`GluedTeasers._glued` either, whose own search reads no more than a headline's words.) Where the
    C kernel was built, its scan of each line answers exactly, without RE2's call and per-byte states."""
    if _ADJACENT is not None:
        lines = ctx.doc.lines
        return [at for at in positions if _ADJACENT(lines[kept[at]].text, _JOIN_BEFORE, _JOIN_CAPITAL)]
    gate = plain_gate(_JOIN_HINT.pattern)
    answers = ctx.gate_lines(gate, [kept[at] for at in positions]) if gate is not None and positions else None
    if answers is None:
        return positions
    return [at for at, ok in zip(positions, answers, strict=True) if ok]
