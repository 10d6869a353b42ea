"""Sign-up, newsletter, subscription, paywall and consent prompts.

Calls to action addressed to the reader. Vocabulary tables match whole short lines, so
reported speech that mentions signing up or newsletters stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import ClassVar

from ..context import Context
from ..sentences import residue_of
from ..textstats import ends_sentence, lower
from ..vocab import Table
from .base import Pass, VocabLinePass
from .edge_boxes import VerdictHeadings
from .edge_climate import tail_appeal  # climate45
from .edge_energy import teaser_took_appeal_heading  # energy43
from .edge_lists import item_inside_prose_list, listed_form_messages
from .edge_longread import framed_blurb  # longread48
from .edge_medical import disclaimer_tail  # medical45
from .edge_sections import subheading_of_its_paragraph
from .metadata import Dateline
from .promos import TeaserBox
from .widgets import SiteChrome, SocialButtons


class NewsletterPrompt(VocabLinePass):
    name = "newsletter-prompt"
    family = "signup"
    description = "Imperative sign-up, subscribe and register prompts, and a form's status and validation messages."
    tables: ClassVar[dict[str, str]] = {
        "newsletter": "call to sign up, subscribe or register",
        "form_status": "status or validation message of a sign-up or contact form",
    }
    default_max_words = 30

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A call's words as one step of the article's list between two paragraphs ("Créer un compte" under "Les
        étapes", more steps under it, prose around: see :func:`~.edge_lists.item_inside_prose_list`), and a
        newsletter's label as one of a series of the article's subheadings (:func:`_label_series`), a bare label
        as the subheading of a paragraph that speaks of it ("Hírlevél" over "A 444 hírlevelére …", "عضویت" over
        "عضویت در این گروه …": see :func:`~.edge_sections.subheading_of_its_paragraph`), and a form's messages
        that the article lists under its own sentence closed by a colon (:func:`~.edge_lists.listed_form_messages`)."""
        kept = ctx.doc.kept()
        out = {i for i in mine if item_inside_prose_list(ctx, i, hits)} | _label_series(ctx, mine, hits)
        out |= listed_form_messages(ctx, mine, hits)
        for i in mine:
            # (each line's place looked up where asked: no map of a long page's every kept line)
            pos = bisect_left(kept, i)
            if pos < len(kept) and kept[pos] == i and subheading_of_its_paragraph(ctx, kept, pos, hits):
                out.add(i)
        return out


def _label_series(ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
    """Of ``mine``, the labels named after the word ("La newsletter Lyon", "Der Newsletter Leipzig") that stand two or
    more on the page, alike but for the name, each between two paragraphs of the article: a story about newsletters
    under one subheading for each. A site's box has one label, over its pitch and its button; two boxes on a page
    have a pitch under each label."""
    lines = ctx.doc.lines
    groups: dict[str, list[int]] = {}
    for i in mine:
        words = lines[i].text.split()
        if not 2 <= len(words) <= _LABEL_WORDS or not words[-1][:1].isupper() or ends_sentence(lines[i].text):
            continue
        if 0 < i < len(lines) - 1 and all(
            lines[j].removal is None and j not in hits and ctx.is_prose(j) and residue_of(ctx, lines[j].text) is None
            for j in (i - 1, i + 1)
        ):  # (a box's pitch under its label is a call the tables know: "Chaque vendredi, recevez …")
            groups.setdefault(lower(" ".join(words[:-1])), []).append(i)
    return {i for found in groups.values() if len(found) >= 2 for i in found}


_LABEL_WORDS = 6  # "La lettre d'information de Bordeaux"


class ConsentLine(VocabLinePass):
    name = "consent-line"
    family = "signup"
    description = "Terms and consent lines under sign-up forms."
    tables: ClassVar[dict[str, str]] = {
        "consent": "consent or terms line of a sign-up form",
        "disclosure": "affiliate or sponsorship disclosure",
        "disclosure_heading": "an author's disclosure box closing the page",
        "disclosure_box": "an author's disclosure box closing the page",
        "closing_note": "a note on the article's writer or making, closing the page",
    }
    default_max_words = 70  # a data-protection notice under a comment form runs long

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A line over ``_DISCLOSURE_MAX_WORDS`` words that only the disclosure table matched (it
        searches the line) is the article's paragraph about affiliate programs ("… as an Amazon
        associate she received a small commission on every blender …"); the long lines this pass
        is for are the consent table's whole notices. The disclosure box's lines go only closing the
        page (:func:`_closing_disclosure`)."""
        lines = ctx.doc.lines
        consent = ctx.table(self.family, "consent")
        disclosure = ctx.table(self.family, "disclosure")
        out = {
            i for i in mine
            if ctx.words(i) > _DISCLOSURE_MAX_WORDS and not consent.match(lines[i].text)
        }
        boxed = [
            i for i in mine
            if i not in out and not consent.match(lines[i].text) and not disclosure.match(lines[i].text)
        ]
        if boxed:
            out |= set(boxed) - _closing_disclosure(ctx, hits)
        return out


_DISCLOSURE_MAX_WORDS = 50  # (a disclosure runs a sentence or two)
_BOX_LINES = 6  # the lines of a disclosure box closing the page, its headings with them


# the articles a box's line about "the author" opens with, where a name would stand
_DETERMINERS = frozenset({"the", "der", "die", "das", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli",
                          "o", "os", "a", "as", "de", "het", "een"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _named_above(text: str, above: str) -> bool:
    """Whether the person a box's line opens with (its capitalised words) is named in the text above it: by the
    last of those words, the surname."""
    words: list[str] = []
    for w in _NAME_WORD.findall(text):
        if not words and lower(w) in _DETERMINERS:
            return False  # ("Der Autor ist Mitglied …", "The author is …": no person's name)
        if not w[:1].isupper():
            break
        words.append(w)
    return len(words) >= 2 and re.search(r"\b" + re.escape(words[-1]) + r"\b", above) is not None


# academic36: the tables of the page's residue that passes after this one take under a disclosure box ("Download
# PDF", "Share this article", "Related articles", the paper's "Received: 02 October 2023")
# (each with the most words its pass takes a line of: a longer line is no later pass's, and not asked about)
_LATER_RESIDUE = (
    ("widgets", "chrome", SiteChrome.default_max_words),
    ("widgets", "social", SocialButtons.default_max_words),
    ("promos", "heading", TeaserBox.default_max_words),
    ("metadata", "dateline", Dateline.default_max_words),
)
_LATER_MAX_WORDS = max(n for _f, _t, n in _LATER_RESIDUE)
# academic36: a paper's DOI row under its label ("DOI: https://doi.org/10.1111/…"), which edge-furniture takes
_DOI_ROW = re.compile(r"\A\s*doi\s*[:：]\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S*\s*\Z", re.IGNORECASE)


def _later_residue(ctx: Context, i: int) -> bool:
    """academic36: whether a later pass takes the kept line ``i`` as the page's residue (its table's line, or a
    paper's DOI row): under a paper's "Conflict of interest" box, "Download PDF" or "Related articles" close the page
    on a second cleaning as they close it once taken, and the box closes it on the first as it does on the second."""
    text = ctx.doc.lines[i].text
    if _DOI_ROW.match(text) is not None:
        return True
    words = ctx.words(i)
    if words > _LATER_MAX_WORDS:
        return False  # (the article's closing paragraph, nearly always: no table is asked about it)
    return any(words <= most and ctx.matches(family, name, i) for family, name, most in _LATER_RESIDUE)


def _closing_disclosure(ctx: Context, hits: dict[int, int]) -> set[int]:
    """The lines of an author's disclosure closing the page: the run of kept lines at its end that the disclosure
    tables match or other passes took (up to ``_BOX_LINES`` of the tables'), where a box's line (table
    ``disclosure_box``: "Mark Jones receives funding from …") stands under a heading (``disclosure_heading``:
    "Conflict of interest", "Offenlegung", "Disclosure statement"), or a label's line carries its own disclosure
    ("Belangenverstrengeling: de auteur is lid van …"); a note on the writer (``closing_note``: "The author is a
    freelance journalist based in …") goes there with no heading. Alone, a box's line reads as the article's
    sentence about a researcher, and a heading over the article's own paragraphs as its subheading."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    run: list[tuple[int, str]] = []  # (line, kind) from the page's end up
    # (each table asked through its RE2 line gate first, ctx.matches: the page's last line is nearly always the
    # article's paragraph, which Python's regexes would read to its end for each table)
    for i in reversed(kept):
        text = lines[i].text
        if ctx.matches("signup", "disclosure_heading", i):
            kind = "labelled" if ":" in text.rstrip(": ") else "heading"
        elif ctx.matches("signup", "disclosure_box", i):
            kind = "box"
        elif ctx.matches("signup", "closing_note", i):
            kind = "note"
        elif i in hits or _later_residue(ctx, i):  # academic36: or the page's residue later passes take
            kind = "residue"
        else:
            break
        run.append((i, kind))
        if sum(1 for _i, k in run if k != "residue") > _BOX_LINES:
            return set()
    if not run:
        return set()
    run.reverse()  # (read down)
    # (a box's line about a person the article names is the article's: "Councillor Jane Hill receives funding from the
    # developer …" under its subheading "Conflict of interest", the councillor named above)
    named = " ".join(lines[i].text for i in kept if i < run[0][0])
    out: set[int] = set()
    headings: list[int] = []
    for i, kind in run:
        if kind == "heading":
            headings.append(i)
        elif kind in ("labelled", "note"):
            out.add(i)
        elif kind == "box" and headings and not _named_above(lines[i].text, named):
            out.add(i)
            out.update(headings)  # (a heading goes with the box's lines under it)
    return out


class ClosingDisclosure(Pass):
    """An author's disclosure box, or a note on the writer, that closes the page once the residue under it has gone.

    consent-line judges these lines where it runs, before the passes that take the teasers, menus and comment
    controls under an article: a disclosure over a teaser box does not close the page there and stays, and a
    second cleaning (the teasers gone) took it, so cleaning twice changed the text. This pass judges them again
    after every other pass, by the same rule (:func:`_closing_disclosure`, with the same word limit), so a first
    cleaning ends where a second would. A box's line the article goes on under stays, as before."""

    name = "closing-disclosure"
    family = "signup"
    description = (
        "An author's disclosure box or a note on the writer left closing the page once the residue under it went."
    )

    def run(self, ctx: Context) -> None:
        for i in disclaimer_tail(ctx):  # medical45: a health site's disclaimer among the residue after the article
            ctx.doc.remove(i, self.name, "a health site's disclaimer among the page's residue after the article")
        for i in sorted(_closing_disclosure(ctx, {})):
            if ctx.words(i) > _DISCLOSURE_MAX_WORDS:
                continue  # (as consent-line spares it: the article's paragraph)
            key = "closing_note" if ctx.matches(self.family, "closing_note", i) else "disclosure_box"
            ctx.doc.remove(i, self.name, ConsentLine.tables[key] + " (once the residue under it went)")


class Paywall(VocabLinePass):
    name = "paywall"
    family = "signup"
    description = "Paywall and subscriber-only notices."
    tables: ClassVar[dict[str, str]] = {"paywall": "paywall or subscriber notice"}
    default_max_words = 40

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A subscription's label that names one side of a review's box ("Plus", the Scandinavian sites' paid tier
        and a review's pros) over an item or more, the other side's heading (table ``structure.verdict_heading``:
        "Minus") a few lines under it: the review's box, which edge-furniture keeps."""
        headings = VerdictHeadings(ctx)
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        out: set[int] = set()
        for i in mine:
            if ctx.words(i) > _VERDICT_HEADING_WORDS or not headings.at(i):
                continue
            pos = at[i]
            if any(headings.at(j) for j in kept[pos + 2 : pos + 2 + _VERDICT_SIDE_ITEMS]):
                out.add(i)
        return out


_VERDICT_HEADING_WORDS = 2
_VERDICT_SIDE_ITEMS = 6  # the items under the first side's heading, the other side's heading among the next lines


class NewsletterBox(Pass):
    """A newsletter box's blurb: the line between the box's heading or call (which newsletter-prompt took:
    "Newsletter „Köln am Morgen“", "Sign up to First Edition") and the box's button or small print right under
    it (taken by a sign-up pass: "Jetzt abonnieren", "Privacy Notice: Newsletters may contain …", or the site's
    end-of-box marker: "after newsletter promotion"). The blurb says what the newsletter brings ("Jeden Morgen
    die wichtigsten Nachrichten aus der Stadt") in words no table names, and closes as no sentence does.

    The box's heading is short (up to ``max_heading_words``: a how-to's step, "Sign up for a Hulu ad-free
    account for $11.99 a month", runs longer) and what closes it is a button (a call of up to
    ``max_button_words``), its small print or the site's marker: a how-to's next step ("Sign up for the Disney+
    bundle using the same email as your Hulu account") is neither. A line the article writes between two such
    lines stays: one closed as a sentence, one of fewer than ``min_words`` words (a subheading), one of more than
    ``max_words`` (a paragraph), or one with a kept line on either side."""

    name = "newsletter-box"
    family = "signup"
    description = "The blurb of a newsletter box, between its heading and its button or small print."

    def __init__(self, min_words: int = 5, max_words: int = 30, max_heading_words: int = 8,
                 max_button_words: int = 4) -> None:
        self.min_words = min_words
        self.max_words = max_words
        self.max_heading_words = max_heading_words
        self.max_button_words = max_button_words

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        for i in range(1, len(lines) - 1):
            line = lines[i]
            above, below = lines[i - 1].removal, lines[i + 1].removal
            if line.removal is not None or above is None or below is None:
                continue
            if above.pass_name != NewsletterPrompt.name or ctx.words(i - 1) > self.max_heading_words:
                continue
            if below.pass_name not in _BOX_CLOSERS or (
                below.pass_name in _BUTTONS and ctx.words(i + 1) > self.max_button_words
            ):
                continue
            if not self.min_words <= ctx.words(i) <= self.max_words:
                continue
            if line.text.rstrip()[-1:] in _CLOSING_MARKS and not framed_blurb(ctx, i, _BOX_CLOSERS):  # longread48
                continue
            ctx.doc.remove(i, self.name, "blurb of a newsletter box between its heading and its button")


# the passes that take a newsletter box's last line: its button, its small print, the marker after it
# (site-chrome by its name: the widgets module is not imported here for one name)
_BOX_CLOSERS = frozenset({NewsletterPrompt.name, ConsentLine.name, Paywall.name, "site-chrome"})
_BUTTONS = frozenset({NewsletterPrompt.name, Paywall.name})  # (a call: short as a button, or a how-to's step)
# a sentence's close: the blurb has none (a quotation's close too: "… sagte sie.“")
_CLOSING_MARKS = frozenset(".!?…:;\"“”»«'’。！？")


class AppealBox(Pass):
    """A donation or membership appeal box printed in or under the article: a heading, a pitch of one to
    ``max_pitch`` lines in the outlet's voice, and its amounts or button.

    - the heading: a short line (up to ``max_heading_words``, no full stop) that a sign-up pass took ("Support
      independent journalism", "Become a member today") or the table ``signup.appeal_heading`` names ("A Word to
      Our Loyal Readers", "Wesprzyj nas", "Поддержите нас", "Hazte socio");
    - the pitch: the kept lines right under it, each of ``min_pitch_words`` to ``max_pitch_words`` words that
      speaks of the outlet's support (table ``appeal_words``: support, journalism, readers, contribution; …), one
      of them at least as "we" or to "you" (table ``appeal_person``);
    - the close, right under the pitch: a row of amounts (table ``appeal_amount``: "$5 $10 $25", "£5 a month",
      "300 ₽", "Monthly", "Other amount"), a button (``appeal_button``: "Donate now", "Jetzt unterstützen",
      "Wpłacam"), whether another pass took it or not.

    The box goes whole: heading, pitch, and the amounts and buttons under it down to the first other kept line.
    The article's own paragraph about an appeal has no such frame: a news story about a charity's or a newspaper's
    appeal ("The Guardian said 1 million readers had supported it") stands under no appeal heading, and an op-ed
    asking its readers to vote or give, or a blood service's appeal that is the article, closes on no amount or
    button. Runs after edge-furniture: the buttons and amounts it took close a box.
    """

    name = "appeal-box"
    family = "signup"
    description = "A donation or membership appeal box: its heading, its pitch to the reader, its amounts and button."

    def __init__(self, max_pitch: int = 4, min_pitch_words: int = 5, max_pitch_words: int = 80,
                 max_heading_words: int = 8, max_close: int = 12) -> None:
        self.max_pitch = max_pitch
        self.min_pitch_words = min_pitch_words
        self.max_pitch_words = max_pitch_words
        self.max_heading_words = max_heading_words
        self.max_close = max_close

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        heading_t: Table | None = None  # (asked for at the first short kept line)
        may: list[bool] | None = None  # per line: whether heading_t may match it (its RE2 gate), once it is asked for
        i = 0
        n = len(lines)
        while i < n - 2:
            # (the cheap questions first: a heading is short and has a kept line under it)
            if ctx.words(i) > self.max_heading_words or lines[i + 1].removal is not None:
                i += 1
                continue
            line = lines[i]
            if line.removal is not None:
                # (a sign-up pass's line heads an appeal when it speaks of one: "Support independent journalism",
                # "Become a member today"; "See All Newsletters" over a form's opt-in note does not)
                if (line.removal.pass_name not in _HEADING_PASSES or not ctx.table(self.family, "appeal_words").match(
                    line.text
                )) and not teaser_took_appeal_heading(ctx, i, self.family):  # energy43
                    i += 1
                    continue
            else:
                if heading_t is None:
                    heading_t = ctx.table(self.family, "appeal_heading")
                    # (the short lines put to the table's RE2 gate in one scan: most it rules out)
                    may = ctx.gated(("appeal-heading", ctx.vocab_languages), _appeal_heading_tables(heading_t),
                                    self.max_heading_words)
                if (may is not None and not may[i]) or not heading_t.match(line.text):
                    i += 1
                    continue
            if line.text.rstrip().endswith("."):
                i += 1
                continue
            end = self._box(ctx, i)
            if end is None:
                i += 1
                continue
            for j in range(i, end):
                ctx.doc.remove(j, self.name, _APPEAL)
            i = end
        tail_appeal(ctx, self.family, self._closer, self.max_close, self.name, _APPEAL)  # climate45

    def _box(self, ctx: Context, head: int) -> int | None:
        """The end (exclusive) of the appeal box under the heading at ``head``; None: no box."""
        lines = ctx.doc.lines
        words_t = ctx.table(self.family, "appeal_words")
        j = head + 1
        pitch: list[int] = []  # (with the pitch's lines a vocabulary took already: "Support our journalism with …")
        while (
            j < len(lines)
            and len(pitch) < self.max_pitch
            and self.min_pitch_words <= ctx.words(j) <= self.max_pitch_words
            and not self._closer(ctx, j)
            and (lines[j].removal is not None or words_t.match(lines[j].text))
        ):
            pitch.append(j)
            j += 1
        if all(lines[p].removal is not None for p in pitch) or j >= len(lines) or not self._closer(ctx, j):
            return None
        person = ctx.table(self.family, "appeal_person")
        if not any(person.match(lines[p].text) for p in pitch):
            return None
        end = j
        while end < len(lines) and end - j < self.max_close and self._closer(ctx, end):
            end += 1
        # (a letter to the readers that is the page's only text, closed by its "Subscribe", is the article)
        if sum(1 for k in ctx.doc.kept() if not head <= k < end and ctx.is_prose(k)) < _OTHER_PROSE:
            return None
        return end

    def _closer(self, ctx: Context, j: int) -> bool:
        """Line ``j`` closes a box: a row of amounts or a button, whether another pass took it or not (a share row
        that edge-furniture took closes no box: a story's subheading "Become a member" over the club's prices stays)."""
        if ctx.words(j) > _AMOUNT_ROW_WORDS:
            return False
        text = ctx.doc.lines[j].text
        return bool(
            ctx.table(self.family, "appeal_amount").match(text) or ctx.table(self.family, "appeal_button").match(text)
        )


# the passes whose short line may head an appeal box ("Support independent journalism", "Become a member today")
_HEADING_PASSES = frozenset({NewsletterPrompt.name, Paywall.name, "call-to-action"})
_AMOUNT_ROW_WORDS = 12  # "Choose your amount: $5 $10 $25 $50 Other"
_APPEAL = (
    "donation or membership appeal box: a heading, a pitch to the reader in the outlet's voice, amounts or a button"
)
_OTHER_PROSE = 2  # the article's kept paragraphs outside a box, at the least


def _appeal_heading_tables(t: Table) -> Callable[[], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The (mode, patterns) of the appeal heading table ``t``, for :meth:`~cleaner.context.Context.gated`."""
    return lambda: ((t.mode, tuple(t.patterns)),)
