"""Structural heuristics for blocks of prose: blocks cut off from the article by page furniture
(teasers, bios, footer blurbs) and later copies of a passage the page already holds.

The furniture that parts blocks is judged as at the page's edges (:mod:`.structure`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Final

from ..context import Context
from ..document import Line
from ..textstats import ends_colon, ends_sentence, lower
from .base import Pass
from .discussions import DISCUSSION_REPLY
from .edge_agri import list_over_short_sentences_gap  # agri43
from .edge_arts import setlist_gap  # arts38
from .edge_autos import spec_gap  # autos40
from .edge_boxes import VerdictHeadings, pros_and_cons, shop_gap
from .edge_commerce import guide_gap  # commerce38
from .edge_consumer import entry_lines  # consumer40
from .edge_cutoff import over_paywall, taken_entry_time  # session 53
from .edge_daily import signs_menu  # daily41
from .edge_defense import entry_gap  # defense43
from .edge_epaper import pull_quotes  # epaper47
from .edge_explainer import first_section_heading  # explainer47
from .edge_factcheck import label_over_article  # factcheck38
from .edge_fashion import credit_box_gap  # fashion42
from .edge_feeds import salutation_over_article  # feeds46
from .edge_games import label_list_gap, score_taken, scores_in_gap  # games41
from .edge_howto import howto_gap  # howto39
from .edge_lifestyle import opening_salutation  # lifestyle45
from .edge_lists import announced_gap, list_over_question  # verse35
from .edge_longread import longread_head_kept  # longread48
from .edge_midbody import box_over_text, pull_quote_around  # midbody54
from .edge_notices import service_gap  # notices36
from .edge_recipes import quantity_list, recipe_parts
from .edge_utility import sign_entry_block  # utility53
from .furniture import FURNITURE_MAX_WORDS, furniture_test

# Words of 4+ letters (possessives and hyphens split off: "Assange's" names Assange): the
# same as the runs of \w+ that are 4+ long, without building the short ones.
_LONG_WORD: Final = re.compile(r"\w{4,}")
# ASCII characters that are no word characters, blanked out with a byte table to find the
# same words in ASCII text (faster than the regex: most lines are ASCII).
_NON_WORD_ASCII: Final = bytes(c for c in range(128) if not re.match(r"\w", chr(c)))
_NON_WORD_BYTES: Final = bytes.maketrans(_NON_WORD_ASCII, b" " * len(_NON_WORD_ASCII))
# Punctuation that closes or opens a word (no word character: stripped, it leaves the word's own run of \w)
_EDGE_PUNCT: Final = ".,;:!?\"'()[]«»“”„‘’…–—-"


_MIN_TABLE_ROWS: Final = 3  # a table inside the article: a few rows of figures (two are a teaser list's counts)
_MAX_TABLE_ROWS: Final = 12  # and not a long widget
# a short label and its figures, no sentence: "Șuturi pe poartă: 6-4", "Ball possession: 52% - 48%"
_LABELLED_FIGURE: Final = re.compile(
    r"[^\W\d_][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,3} ?: ?(?=[%:.,\s–-]*+\d)[\d%:.,\s–-]++"
)
_BYLINE_KEPT: Final = 2  # a byline box between the standfirst and the article: the author's name and role kept,
_BYLINE_SHARE: Final = 1.5  # and half again as many lines (dates, share buttons) taken by other passes
_HEADLINE_WORDS: Final = 20  # a headline over the standfirst
_BYLINE_BOX_LINES: Final = 3  # the byline box's kept lines: a name, a role, a place and date


def _recipe_gap(ctx: Context, furniture_at: Callable[[int], bool], first: int, at: int) -> bool:
    """Whether the furniture of a gap from line ``first`` to the prose at line ``at`` is a recipe's ingredients
    and the heading over its steps (:func:`~.edge_recipes.recipe_parts`), the steps' short sentences under it."""
    lines = ctx.doc.lines
    if first < 0:
        return False
    parts = recipe_parts(ctx, furniture_at, first)
    if not parts:
        return False
    return not any(furniture_at(j) for j in range(parts[-1] + 1, at) if lines[j].removal is None)


def _question_list(ctx: Context, furniture_at: Callable[[int], bool], first: int, at: int) -> bool:
    """The furniture from line ``first`` on is a short list under its heading, and a question stands under it over
    two sentences, the last one line ``at`` (:func:`~.edge_lists.list_over_question`'s shape): the article's list."""
    if first < 0:
        return False
    lines = ctx.doc.lines
    region = range(first, at + 1)
    furniture = [j for j in region if lines[j].removal is None and furniture_at(j)]
    return len(list_over_question(ctx, furniture_at, region, furniture)) < len(furniture)


def health_list(ctx: Context, first: int, stop: int) -> int:
    """Where a health page's list under its heading, read at line ``first``, ends (the line after its last item;
    0: no such list): a heading of table ``structure.health_heading`` ("Side effects", "Sintomas da dengue:"),
    then ``_HEALTH_ITEMS`` or more kept items of at most ``_HEALTH_ITEM_WORDS`` words each, up to line ``stop``,
    none a sentence nor a title-case row of several words ("Headache", "Muscle aches", "Dor de cabeça"; not
    "Find A Doctor"), none another pass took. A symptom list reads as a footer's menu to the furniture test; a
    footer's menu has no such heading over it."""
    lines = ctx.doc.lines
    text = lines[first].text
    if lines[first].removal is not None or ctx.words(first) > _HEALTH_HEADING_WORDS or ends_sentence(text):
        return 0
    end = first + 1
    while end < stop and end - first <= _HEALTH_MAX_ITEMS:
        line = lines[end]
        if line.removal is not None or not line.text.strip():
            break
        words = ctx.words(end)
        item = line.text.strip()
        if words > _HEALTH_ITEM_WORDS or ends_sentence(item) or ends_colon(item):
            break
        if words > 1 and all(w[:1].isupper() for w in item.split()):
            return 0  # (a menu's "Find A Doctor", "Drugs A-Z")
        end += 1
    if end - first - 1 < _HEALTH_ITEMS or ctx.table("structure", "health_heading").match(text) is None:
        return 0
    return 0 if signs_menu(ctx, range(first + 1, end)) else end  # daily41: "Other signs" over the twelve signs


def health_list_tail(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a health page's list under its heading (:func:`health_list`) right under the article's
    last paragraph, nothing removed between: "Efeitos colaterais" over "Sonolência", "Tontura", "Náusea"."""
    lines = ctx.doc.lines
    if not furniture or region.start >= region.stop or region.start < 1 or lines[region.start - 1].removal is not None:
        return furniture
    end = health_list(ctx, region.start, region.stop)
    if end:
        return [i for i in furniture if not region.start <= i < end]
    # (a key-points box's heading over items the furniture test spares, under a sentence of the article: "Kort
    # samengevat" over "Maximaal 6 gram zout per dag", …; the heading alone would go)
    first = furniture[0]
    if first > region.start + 1 or first + _HEALTH_ITEMS >= region.stop or ctx.words(first) > _HEALTH_HEADING_WORDS:
        return furniture
    above = lines[region.start]
    if first > region.start and (above.removal is not None or not ends_sentence(above.text)):
        return furniture
    items = range(first + 1, first + 1 + _HEALTH_ITEMS)
    if any(lines[j].removal is not None or j in furniture or ends_sentence(lines[j].text) for j in items):
        return furniture
    if ctx.table("structure", "summary_heading").match(lines[first].text) is None:
        return furniture
    return furniture[1:]


def _practical_heading(ctx: Context, at: int, counts: list[int]) -> bool:
    """travel35: whether the line right over the prose at line ``at`` is kept and a practical box's heading (table
    ``structure.practical_heading``: "Good to know", "Gut zu wissen", "Bon à savoir", "Da sapere"), a short line
    that ends no sentence: the guide's own box, whatever buttons other passes took over it."""
    head = at - 1
    if head < 0 or ctx.doc.lines[head].removal is not None or counts[head] > _PRACTICAL_HEADING_WORDS:
        return False
    text = ctx.doc.lines[head].text
    return not ends_sentence(text) and ctx.table("structure", "practical_heading").match(text) is not None


def _booking_gap(ctx: Context, at: int, prose_at: list[bool]) -> bool:
    """travel35: whether every line other passes took between the prose at line ``at`` and the prose above it is a
    guide's booking or map button (table ``widgets.booking_button``: "Book now", "View on map", "Jetzt buchen",
    "Prenota ora"), one at least: the buttons under a guide's entry, over its next one."""
    lines = ctx.doc.lines
    table = ctx.table("widgets", "booking_button")
    buttons = 0
    j = at - 1
    while j >= 0 and not prose_at[j]:
        line = lines[j]
        if line.removal is not None:
            if table.match(line.text) is None:
                return False
            buttons += 1
        j -= 1
    return buttons > 0 and j >= 0


_BOOKING_BUTTONS: Final = 4  # a guide's buttons under an entry: book, check availability, view on map, compare prices
_ENTRY_ROWS: Final = 6  # the next entry's kept rows over its text: a heading, its name, address, phone, price, hours
_PRACTICAL_HEADING_WORDS: Final = 5
_HEALTH_HEADING_WORDS: Final = 8
_HEALTH_ITEM_WORDS: Final = 3
_HEALTH_ITEMS: Final = 3
_HEALTH_MAX_ITEMS: Final = 12


class DetachedBlocks(Pass):
    """Small blocks of prose cut off from the article by page furniture: teaser summaries,
    author bios, footer blurbs after the article (and, more strictly, before it).

    The document is split into blocks of prose at *strong gaps*: runs of three or more
    non-prose lines that hold both residue other passes removed and kept furniture, or
    at least ``gap_furniture`` furniture lines. The block with the most prose is the article; a
    block after it with less than ``max_share`` of its prose goes, a block before it only
    when it is below ``max_head_share``, and in both cases only when the block is about
    something else: it names at most ``max_key_hits`` of the article's ``key_terms`` most
    frequent content words, and at most ``max_overlap`` of its words occur in the article.
    An article resumed after an image block or a related-links box names its subject
    again; a teaser for another story or an author bio does not. Size alone keeps a block
    only when at most ``max_share_gap`` furniture lines part it from the article (a whole
    site menu between them says they are different things); a block right after a short
    gap (``max_caption_gap``: an image and its caption) that names a key term is the
    article resumed. Each block found to continue the article widens the vocabulary the
    others are judged against.

    After the article, size alone is not enough for a block below
    ``max_subjectless_share`` of the article's prose: it must also name one of the
    article's key terms, or it is a teaser list, a "more from" box or a comment thread as
    long as a short article. A block at least that big stays by size alone (if a teaser
    slider outweighed the article and was taken for it, the article comes after it and
    must not depend on sharing its words); so does any big block when the article is too
    short to have key terms (no content word used three times).
    """

    name = "detached-blocks"
    family = "structure"
    description = (
        "Prose blocks cut off from the article by runs of page furniture: small ones, and bigger ones after it "
        "that do not name its subject."
    )

    def __init__(self, max_share: float = 0.25, max_head_share: float = 0.15, gap_furniture: int = 5,
                 min_prose_words: int = 8, max_overlap: float = 0.6, key_terms: int = 5, max_key_hits: int = 2,
                 max_caption_gap: int = 4, max_share_gap: int = 20, max_subjectless_share: float = 0.5) -> None:
        self.max_subjectless_share = max_subjectless_share
        self.max_caption_gap = max_caption_gap
        self.max_share_gap = max_share_gap
        self.max_overlap = max_overlap
        self.max_key_hits = max_key_hits
        self.key_terms = key_terms
        self.max_share = max_share
        self.max_head_share = max_head_share
        self.gap_furniture = gap_furniture
        self.min_prose_words = min_prose_words

    def _key_terms(self, counts: Counter[str]) -> set[str]:
        """The article's subject: its ``key_terms`` most frequent content words (3+ uses)."""
        ranked = sorted((c, w) for w, c in counts.items() if c >= 3)
        return {w for _c, w in ranked[-self.key_terms :]}

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        blocks: list[list[int]] = []  # line indices (kept) of each block
        prose_of: list[list[int]] = []  # the block's prose lines: what its topic is judged on
        weights: list[int] = []
        gaps: list[int] = []  # residue and furniture lines between a block and the next one
        bylines: list[bool] = []  # whether that gap is a byline box: mostly residue, a name and a role kept
        current: list[int] = []
        current_prose: list[int] = []
        weight = 0
        gap_residue = gap_furniture = gap_lines = gap_digits = gap_box = 0
        gap_first = -1  # the gap's first furniture line
        furniture_at = furniture_test(ctx)
        counts = ctx.word_counts()
        min_prose_words = self.min_prose_words
        verdict: set[int] = set()  # a review's pros and cons (read once a side's heading is met)
        verdict_read = False
        verdict_headings = VerdictHeadings(ctx)
        # Each kept line is prose, furniture or neither.
        prose_at = [
            line.removal is None and counts[i] >= min_prose_words and ctx.is_prose(i) for i, line in enumerate(lines)
        ]
        # Only a gap between two prose lines that holds residue, or as many kept lines as make a strong gap of
        # furniture, can part two blocks: the furniture test is asked of the kept lines of those gaps alone.
        judged, boxed_until = self._judged_gaps(lines, prose_at)
        furniture = [i for i in judged if furniture_at(i)]
        furniture = opening_salutation(ctx, furniture)  # lifestyle45: a letter's salutation over its first line
        is_furniture = [False] * len(lines)
        for i in furniture:
            is_furniture[i] = True
        in_judged = [False] * len(lines)
        for i in judged:
            in_judged[i] = True
        # A review's verdict box counts in a gap without residue alone: its heading is looked for before the last
        # such gap's end (``boxed_until``), on the furniture of the gaps judged and on the other kept lines short
        # enough to be furniture (where one is, and a heading before any other, the box is read from it).
        unjudged = [False] * len(lines)
        for i in range(boxed_until):
            unjudged[i] = lines[i].removal is None and not prose_at[i] and counts[i] <= FURNITURE_MAX_WORDS
        for i in judged:
            unjudged[i] = False  # (a judged line's heading is looked for if it is furniture)
        # (the lines the loop asks the verdict table of, up to the first heading: all judged at once)
        verdict_headings.rule_out(
            sorted([i for i in furniture if i < boxed_until] + [i for i in range(boxed_until) if unjudged[i]])
        )
        for i, line in enumerate(lines):
            if line.removal is not None:
                gap_residue += 1
                gap_lines += 1
                continue
            if not prose_at[i]:
                if is_furniture[i]:
                    if not verdict_read and i < boxed_until and verdict_headings.at(i):
                        verdict, verdict_read = pros_and_cons(ctx, range(i, len(lines))), True
                    # (the review's own box: "Pros" / "Quiet" / "Cons" / "No mapping")
                    gap_box += 1 if i in verdict else 0
                    if not gap_furniture:
                        gap_first = i
                    gap_furniture += 1
                    gap_lines += 1
                    # (furniture of three words or more holds no figure: the furniture test spares such a line)
                    gap_digits += counts[i] < 3 and ctx.digit(i)
                elif in_judged[i]:
                    if ":" in line.text and _LABELLED_FIGURE.fullmatch(line.text):
                        gap_digits += 1  # a row of the table the furniture test spares: "Șuturi pe poartă: 6-4"
                elif unjudged[i] and not verdict_read and verdict_headings.at(i) and furniture_at(i):
                    verdict, verdict_read = pros_and_cons(ctx, range(i, len(lines))), True
                current.append(i)
                continue
            # (a short table between two paragraphs, most of its rows figures, is the article's own data: a
            # story's winners and losers, "ASML: +6,8%", with at most a caption gone beside it)
            table = (
                gap_digits >= _MIN_TABLE_ROWS
                and gap_furniture <= _MAX_TABLE_ROWS
                and gap_digits * 2 > gap_furniture
                and gap_residue <= 1
            )
            strong = not table and (
                (gap_residue and gap_furniture and gap_residue + gap_furniture >= 3)
                or gap_furniture >= self.gap_furniture
            )
            if strong and gap_box and gap_furniture - gap_box <= 1 + entry_lines(ctx, gap_first, i) and (
                not gap_residue or gap_residue == scores_in_gap(ctx, gap_first, i)  # games41: the box's score
            ):
                # a review's pros and cons and at most a heading ("Verdict") over its verdict: the review goes on
                # (with more furniture beside the box, a price box or a menu, the gap stands)
                strong = False
            if strong and not gap_residue and _question_list(ctx, furniture_at, gap_first, i):
                # a short list under its heading, then a question the article answers ("Symptoms" over "Diarrhoea",
                # "Vomiting", …, then "When should you see a doctor?" over its sentences): the article goes on
                strong = False
            if strong and not gap_residue and gap_first >= 0 and health_list(ctx, gap_first, i) == i:
                # health34: a health page's list under its heading between two paragraphs ("Side effects" over
                # "Nausea", "Headache", …, then "If you get black stools, stop taking it."): the article goes on
                strong = False
            if strong and not gap_residue and gap_first >= 0 and (
                any(counts[j] >= 5 and lines[j].removal is None and ends_colon(lines[j].text)
                    for j in range(gap_first, i))
                or sum(
                    1 for j in range(gap_first, i)
                    if lines[j].removal is None and ": " in lines[j].text
                    and (row := lines[j].text.partition(": "))[2].strip()[:1].isdigit()
                    and len(row[0].split()) <= 6 and len(row[2].split()) <= 3
                ) >= 2
            ):
                # fallback35: in a gap no other pass took a line of, a sentence of five words or more announcing the
                # list under it with its colon ("Analysts list three factors supporting the ringgit:", "حکومت نے درج
                # ذیل اقدامات کا اعلان کیا ہے:"), or two rows of the article's figures, a short label and its figure
                # ("Nifer y disgyblion yn 2023: 71", "Capasiti: 190"; a colon and a space: a rail's time of day,
                # "Friday 5:11PM", is none): the article's list and data, the article going on under them (a menu's
                # or a tag cloud's label is a word or two, "Tags:", "Read more:", over no figure)
                strong = False
            if strong and not gap_residue and gap_first >= 0 and setlist_gap(ctx, gap_first, i):
                strong = False  # arts38: a setlist under its label ("Alinhamento:"), the review going on under it
            if strong and not gap_residue and spec_gap(ctx, gap_first, i):
                strong = False  # autos40: a review's spec box ("Power" over "201bhp"), the review going on under it
            if strong and not gap_residue and _recipe_gap(ctx, furniture_at, gap_first, i):
                # a recipe's ingredients written out in words under their heading, then the heading over its steps
                # ("Składniki" over "Dwie szklanki ryżu", …, "Przygotowanie"): the article goes on
                strong = False
            if strong and not gap_residue and credit_box_gap(ctx, gap_first, i):
                strong = False  # fashion42: a look's or a wedding's credits box ("Dress: …", "Cake: …") over the text
            if strong and not gap_residue and label_list_gap(ctx, gap_first, i):
                strong = False  # games41: a list under its label (a roster, a patch's changes), the article going on
            if strong and not gap_residue and list_over_short_sentences_gap(ctx, gap_first, i):
                strong = False  # agri43: a notice's list under its label, short sentences of the article under it
            if strong and not gap_residue and howto_gap(ctx, gap_first, i):
                strong = False  # howto39: a how-to's list under its heading ("Things You'll Need" over "Gloves")
            if strong and gap_first >= 0 and entry_gap(ctx, gap_first, i):
                strong = False  # defense43: a live blog's entry time over its entry, a widget over the time
            if strong and gap_residue and taken_entry_time(ctx, i):
                strong = False  # session 53: the same, the blog's entry times taken by another pass
            if strong and gap_residue and box_over_text(ctx, gap_first, i):
                strong = False  # midbody54: a newsletter box or an ad dropped between two paragraphs
            if strong and not gap_residue and announced_gap(ctx, gap_first, i):
                # verse35: a poem's lines, a haiku, an anthem's stanza under the sentence that announces them with its
                # colon ("First prize went to Evelyn Price for a poem about the first warm day of the year:" over
                # "thaw", "the neighbour's cat", …): the article quotes them, and goes on under them
                strong = False
            if strong and current_prose and shop_gap(ctx, range(current_prose[-1] + 1, i)):
                # shop35: a shop box between two paragraphs ("$1,297 at Best Buy" / "Free delivery" / "Sold by Best
                # Buy", "Shop the story" over a product, its price and "Shop now"): a deals post's next entry, a gift
                # guide's next pick, the article goes on
                strong = False
            if strong and current_prose and guide_gap(ctx, range(current_prose[-1] + 1, i)):
                strong = False  # commerce38: a buying guide's next pick (its heading, pros and cons, specs, buttons)
            if strong and current_prose and service_gap(ctx, range(current_prose[-1] + 1, i)):
                strong = False  # notices36: a funeral's service details (its heading over its date, time, place)
            if strong and weight and (
                _practical_heading(ctx, i, counts)
                or (gap_residue <= _BOOKING_BUTTONS and gap_furniture <= _ENTRY_ROWS and _booking_gap(ctx, i, prose_at))
            ):
                # travel35: a guide's practical box under its heading ("Good to know", "Gut zu wissen", "Da sapere")
                # right over its text, or a guide's next entry (its heading, name, address, price) under the booking
                # buttons of the last ("Book now", "View on map"), nothing else gone between: the article goes on
                strong = False
            if strong and weight:
                blocks.append(current)
                prose_of.append(current_prose)
                weights.append(weight)
                gaps.append(0 if gap_digits * 4 >= gap_lines else gap_lines)  # a table's cells hold numbers
                bylines.append(gap_furniture <= _BYLINE_KEPT and gap_residue >= _BYLINE_SHARE * gap_furniture)
                current, current_prose, weight = [], [], 0
            gap_residue = gap_furniture = gap_lines = gap_digits = gap_box = 0
            gap_first = -1
            current.append(i)
            current_prose.append(i)
            weight += counts[i]
        if weight:
            blocks.append(current)
            prose_of.append(current_prose)
            weights.append(weight)
        elif current and blocks:
            blocks[-1].extend(current)
        if len(blocks) < 2:
            return
        main = max(range(len(blocks)), key=weights.__getitem__)
        topics = _BlockTopics(ctx, prose_of)
        # A big block is part of the article by size alone, unless a long stretch of page
        # furniture (a whole menu) parts it from the article: then only its topic can tell.
        sized = {
            b for b in range(len(blocks))
            if weights[b] >= (self.max_share if b > main else self.max_head_share) * weights[main]
            and (gaps[b] if b < main else gaps[b - 1]) <= self.max_share_gap
        }
        article = {main} | {
            b for b in sized
            if b < main or weights[b] >= self.max_subjectless_share * weights[main]
        }
        standfirst = False  # the first block kept as the article's headline and standfirst
        # The first block's lines under its last paragraph: a byline box when the gap under them is a byline's
        # (mostly residue) and residue ends it, right over the next block (an events page's next date and
        # title, kept over the next event's text, are no box)
        lede = prose_of[0][-1]
        box = [i for i in blocks[0] if i > lede]
        byline_box = bylines[0] and lines[blocks[1][0] - 1].removal is not None
        # The article grows by its continuations (resumed after an image block or a box);
        # each one found widens the vocabulary the others are judged against.
        # (its words and their counts kept up to date as blocks join it: each block's read in once)
        article_words: set[str] = set()
        article_counts: Counter[str] = Counter()
        joined = set(article)

        def _unspaced(b: int) -> bool:
            return bool(prose_of[b]) and all(ctx.stats(i).unspaced for i in prose_of[b])

        unspaced_article = all(_unspaced(b) for b in article)
        while True:
            for b in joined:
                article_words |= topics.words(b)
                article_counts.update(topics.found(b))
            key_terms = self._key_terms(article_counts)
            first, last = min(article), max(article)
            found = {
                b for b in range(len(blocks))
                if b not in article and (self._continues(topics.words(b), article_words, key_terms)
                                         or (b in sized and (not key_terms or _names(topics.words(b), key_terms))))
            }
            # The page's first block ending in a headline and its standfirst (a paragraph right under a line that
            # is no sentence), over the article across its byline box (the dates and share buttons other passes
            # took, the author's name and role kept): the article's head, whatever its words.
            if first == 1 and 0 not in found and byline_box and self._headline(ctx, lede, counts):
                found.add(0)
                standfirst = True
            # Right after the article across a short gap (an image and its caption), naming
            # its subject: the article resumed.
            # (an article in a script written without spaces has no key terms to name: Thai words are not split,
            # and Chinese and Japanese ones are read as character pairs, which every text shares; a block of that
            # script right across a short gap is the article resumed, as one naming a key term is)
            for b, gap in ((last + 1, gaps[last] if last < len(gaps) else None),
                           (first - 1, gaps[first - 1] if first > 0 else None)):
                if gap is not None and gap <= self.max_caption_gap and (
                    _names(topics.words(b), key_terms) or (not key_terms and unspaced_article and _unspaced(b))
                ):
                    found.add(b)
            if not found:
                break
            joined = found - article
            article |= found
        first_article_line = blocks[min(article)][0]
        if min(article) > 0:
            first_article_line = self._list_over_article(
                ctx, blocks[min(article) - 1], first_article_line, furniture_at, counts
            )
        if 0 in article and 1 in article and byline_box and (standfirst or self._headline(ctx, lede, counts)):
            # the byline box's kept lines under the standfirst (the author's name and role, a place and date) go
            # with the residue around them; more lines than that are the standfirst's own (a summary's points).
            # Where only this rule kept the block, the menu over the headline goes as before. (Where the first
            # block outweighs the rest it may be the article itself, no standfirst: a sentence closing it, a
            # how-to's last step, "Lavala solo con acqua calda, senza detersivo.", is its own.)
            for i in blocks[0]:
                if main == 0 and i > lede and ends_sentence(lines[i].text):
                    continue
                if (standfirst and i < lede - 1) or (i > lede and len(box) <= _BYLINE_BOX_LINES):
                    ctx.doc.remove(i, self.name, "small block of text cut off before the article by page furniture")
        # A headline and its standfirst, one paragraph, over a list of quantities taken into the article (a
        # recipe's ingredients) with only short lines between (its data box, a print button): the article's head,
        # as over a byline box. A teaser over the recipe has no list of its own between it and the article.
        head_kept: set[int] = set()
        if min(article) > 0 and first_article_line < blocks[min(article)][0]:
            b = min(article) - 1
            if len(prose_of[b]) == 1 and self._headline(ctx, prose_of[b][0], counts):
                head_kept = {prose_of[b][0] - 1, prose_of[b][0]}
        head_kept |= label_over_article(ctx, blocks, min(article), first_article_line)  # factcheck38
        head_kept |= salutation_over_article(ctx, blocks, min(article), first_article_line)  # feeds46
        head_kept |= first_section_heading(ctx, blocks, min(article), first_article_line)  # explainer47
        head_kept |= longread_head_kept(ctx, blocks, min(article), first_article_line)  # longread48
        head_kept |= sign_entry_block(ctx, blocks, min(article), first_article_line)  # utility53
        replies = ctx.memo(DISCUSSION_REPLY)  # a discussion's replies (comment-section's judgement): the page's text
        for b, block in enumerate(blocks):
            if b in article or (prose_of[b] and all(replies[i] for i in prose_of[b])):
                continue
            if b > main and over_paywall(ctx, block, b - 1 in article):
                continue  # session 53: the article's text up to the paywall's notice under it
            where = "after" if b > main else "before"
            what = "block of text on another subject" if b in sized else "small block of text"
            reason = f"{what} cut off {where} the article by page furniture"
            for i in block:
                if b < main and i >= first_article_line:
                    break
                if i in head_kept:
                    continue
                ctx.doc.remove(i, self.name, reason)

    def _judged_gaps(self, lines: list[Line], prose_at: list[bool]) -> tuple[list[int], int]:
        """The kept lines that are no prose of the gaps between two prose lines that hold residue or at least
        ``gap_furniture`` kept lines: the gaps that may be strong (the others, and those before the first
        paragraph or after the last, part no blocks, whatever their lines); and the prose line that ends the
        last of them without residue (0 if none)."""
        judged: list[int] = []
        boxed_until = 0
        members: list[int] = []
        residue = scores = 0
        after_prose = False
        for i, line in enumerate(lines):
            if line.removal is not None:
                residue += 1
                scores += score_taken(line)  # games41: a review's score under its box is the box's
            elif not prose_at[i]:
                members.append(i)
            else:
                if after_prose and (residue or len(members) >= self.gap_furniture):
                    judged.extend(members)
                    if residue == scores:
                        boxed_until = i
                after_prose = True
                residue = scores = 0
                members = []
        return judged, boxed_until

    def _headline(self, ctx: Context, lede: int, counts: list[int]) -> bool:
        """Whether line ``lede`` (a block's last prose line) stands right under a headline: a kept line of
        ``_HEADLINE_WORDS`` or fewer words that ends no sentence ("Verletzt wurde niemand." over a call to
        send photos is the standfirst's own end, not a headline)."""
        head = lede - 1
        if head < 0 or ctx.doc.lines[head].removal is not None:
            return False
        text = ctx.doc.lines[head].text
        return 3 <= counts[head] <= _HEADLINE_WORDS and not ends_sentence(text) and not ends_colon(text)

    def _list_over_article(
        self, ctx: Context, block: list[int], first: int, furniture_at: Callable[[int], bool], counts: list[int]
    ) -> int:
        """The first line of the article, taking in the list right above it: the run of kept short
        lines at the end of the block before the article, next to its first line with nothing removed
        between, that holds a list of quantities (a recipe's ingredients, "50 g jäst", under their
        subheadings: :func:`quantity_list`) and fewer furniture lines than make a gap (not a menu, a tag
        cloud or breadcrumbs). The block's own prose ends the run."""
        run: list[int] = []
        for i in reversed(block):
            if i + 1 != (run[-1] if run else first) or counts[i] >= self.min_prose_words:
                break
            run.append(i)
        if not run or sum(furniture_at(i) for i in run) >= self.gap_furniture:
            return first
        listed = quantity_list(ctx, range(min(run), first))
        return min(listed) if listed else first

    def _continues(self, words: set[str], article_words: set[str], key_terms: set[str]) -> bool:
        """Whether a block's prose (its content ``words``) is about the article's subject:
        mostly the article's own vocabulary, or more than ``max_key_hits`` of its key terms.
        Judged on prose only: a menu beside a teaser names the site's sections, which may
        include the subject."""
        if words and len(words & article_words) > self.max_overlap * len(words):
            return True
        return len(words & key_terms) > self.max_key_hits


def _long_words(lower: str) -> list[str]:
    """The runs of 4+ word characters of a lower-cased line (``_LONG_WORD``'s matches)."""
    if lower.isascii():
        return [w for w in lower.encode("ascii").translate(_NON_WORD_BYTES).decode("ascii").split() if len(w) >= 4]
    # (a word of letters alone between spaces is one run of \w, as ``str.isalnum`` and ``\w`` agree on each
    # character but "_": the regex only reads the words that hold anything else, "Straße," or "l'État")
    # (nor those whose punctuation only closes or opens them, "straße," or "«zürich»": the rest is one run)
    found: list[str] = []
    for token in lower.split():
        if token.isalnum():
            if len(token) >= 4:
                found.append(token)
            continue
        core = token.strip(_EDGE_PUNCT)
        if core.isalnum():
            if len(core) >= 4:
                found.append(core)
        else:
            found.extend(_LONG_WORD.findall(token))
    return found


def _names(words: set[str], key_terms: set[str]) -> bool:
    return not key_terms.isdisjoint(words)


class _BlockTopics:
    """What the prose of each block of one document is about, each block read once: blocks
    are judged again each time the article grows."""

    def __init__(self, ctx: Context, prose_of: list[list[int]]) -> None:
        self.ctx = ctx
        self.prose_of = prose_of
        self._words: dict[int, set[str]] = {}
        self._tokens: dict[int, list[str]] = {}  # each block's runs of 4+ word characters, stopwords too
        self._found: dict[int, list[str]] = {}

    def words(self, b: int) -> set[str]:
        """Content words of block ``b``: lower-cased words of 4+ letters that are not
        stopwords, character bigrams for lines in unspaced scripts."""
        if b not in self._words:
            self._read(b)
        return self._words[b]

    def found(self, b: int) -> list[str]:
        """Each use of a content word in block ``b``, in order (unspaced lines aside): what the
        article's word counts add up (asked of the article's blocks alone)."""
        found = self._found.get(b)
        if found is None:
            if b not in self._tokens:
                self._read(b)
            stop = self.ctx.stopwords
            found = self._found[b] = [w for w in self._tokens[b] if w not in stop]
        return found

    def _read(self, b: int) -> None:
        ctx = self.ctx
        lines = ctx.doc.lines
        stop = ctx.stopwords
        # (each line lower-cased is its slice of the folded text, where that is taken: lower-casing text past
        # ASCII costs more than cutting it out)
        folded = ctx.folded_lines()
        words: set[str] = set()
        spaced: list[str] = []
        foreign: list[str] = []  # spaced lines with non-ASCII characters (lower-cased where cut from the fold)
        for i in self.prose_of[b]:
            text = lines[i].text
            if text.isascii():
                spaced.append(text)
            elif ctx.stats(i).unspaced:  # (a prose line's measurements are taken: unspaced_chars > 30%)
                words.update(text[k : k + 2] for k in range(len(text) - 1))
            elif folded is not None:
                start = folded[1][i]
                foreign.append(folded[0][start : start + len(text)])
            else:
                foreign.append(lower(text))
        # The lines read as one text, joined by spaces: no word runs across a space, and
        # lower-casing never looks past one (the words and their counts are the lines').
        tokens = _long_words(lower(" ".join(spaced)))
        if foreign:
            tokens += _long_words(" ".join(foreign))
        found = {w for w in tokens if w not in stop}  # (the uses of content words: asked of the article alone)
        if words:
            found |= words
        self._words[b] = found
        self._tokens[b] = tokens

    def counts(self, blocks: set[int]) -> Counter[str]:
        """How often ``blocks`` use each content word (unspaced lines aside)."""
        total: Counter[str] = Counter()
        for b in blocks:
            total.update(self.found(b))
        return total


class RepeatedPassage(Pass):
    """A later copy of a passage the page already holds: the article printed twice
    (a print or app version, a hidden duplicate of the body), a teaser list repeated.

    A copy is a run of consecutive kept lines equal, line for line and in order, to an
    earlier run of kept lines, holding at least ``min_prose_lines`` lines of prose (of
    ``min_words`` or more words each) that make up ``min_prose_share`` of its words. The
    first copy stays; the later one goes whole, its subheadings and list items with it.
    A line or two repeated (a pull quote, a headline shown again, a refrain) is no copy of
    a passage, nor is structured text that repeats by nature (a meal plan's or a table's
    recurring rows, where the repeated lines are mostly short): it stays.
    """

    name = "repeated-passage"
    family = "structure"
    description = "A later copy of a passage of several paragraphs that the page already holds."

    def __init__(self, min_prose_lines: int = 3, min_words: int = 12, min_prose_share: float = 0.5,
                 min_stop_ratio: float = 0.25) -> None:
        self.min_stop_ratio = min_stop_ratio
        self.min_prose_lines = min_prose_lines
        self.min_words = min_words
        self.min_prose_share = min_prose_share

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        texts = [lines[i].lead + lines[i].text for i in kept]
        first: dict[str, int] = {}  # text -> its first position in ``kept``
        k = 0
        while k < len(kept):
            q = first.setdefault(texts[k], k)
            if q == k or not self._is_prose(ctx, kept[k]):
                k += 1
                continue
            # Align the copy with the earlier run: backwards to its start, forwards to its end
            # (the copy never overlaps the run it repeats).
            start = 0
            while k - start - 1 > q and q - start - 1 >= 0 and texts[k - start - 1] == texts[q - start - 1]:
                start += 1
            end = 1
            while k + end < len(kept) and q + end < k - start and texts[k + end] == texts[q + end]:
                end += 1
            run = kept[k - start : k + end]
            prose = [i for i in run if self._is_prose(ctx, i)]
            prose_words = sum(ctx.words(i) for i in prose)
            if len(prose) >= self.min_prose_lines and prose_words >= self.min_prose_share * sum(map(ctx.words, run)):
                for i in run:
                    ctx.doc.remove(i, self.name, "repeated copy of a passage earlier on the page")
            for j in range(k + 1, k + end):
                first.setdefault(texts[j], j)
            k += end
        pull_quotes(ctx, self.name)  # epaper47
        pull_quote_around(ctx, self.name)  # midbody54

    def _is_prose(self, ctx: Context, i: int) -> bool:
        """Running text: a long prose line with a prose share of function words (an
        ingredient or a data row is long but has few), or ending like a sentence where the
        language has no stopword list."""
        if ctx.words(i) < self.min_words or not ctx.is_prose(i):
            return False
        s = ctx.stats(i)
        return s.stop_ratio >= self.min_stop_ratio if ctx.stopwords and not s.unspaced else s.sentence_end
