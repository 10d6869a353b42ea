"""Widgets: share/follow buttons, finance boxes, search boxes, print/jump buttons, menus."""

from __future__ import annotations

import re
from typing import ClassVar, Final

from ..context import Context
from ..textstats import ends_sentence, lower
from ..vocab import Table
from .base import Pass, VocabLinePass, prose_bounds
from .edge_a11y import announced_quote, in_code_sample  # a11y48
from .edge_boxes import pros_and_cons
from .edge_business import tail_rating_box  # business44
from .edge_calls import rules_heading, under_contact_row  # calls52
from .edge_caucasus import rates_over_text  # caucasus42
from .edge_commerce import deals_next  # commerce38
from .edge_defense import lone_map_label  # defense43
from .edge_easyread import exercise_box  # easyread46
from .edge_edu import course_fact_rows  # edu38
from .edge_food import score_in_text  # food43
from .edge_howto import faq_heading  # howto39
from .edge_htmlmarkets import boxed_quote_rows  # htmlmarkets48
from .edge_kids import glossary_term  # kids41
from .edge_latam import listed_under_sentence  # latam43
from .edge_lists import listed_form_messages, step_or_code_heading, toc_of_sections_above
from .edge_longtail import marked_subheading  # htmlredteam55
from .edge_markets import tail_quote_rows  # markets38
from .edge_midbody import poll_box, ticker_box  # midbody54
from .edge_modern import sentence_word  # modern39
from .edge_politics import timeline_label  # politics45
from .edge_science import doi_under_text  # science44
from .edge_screen import listed_service_button, lone_player_part  # screen42
from .edge_sections import answer_in_exchange, heading_in_series, subheading_of_its_paragraph
from .edge_social import embed_handles  # social40
from .edge_tabloid import lone_play_button  # tabloid43
from .edge_transit import tail_reading  # transit41
from .edge_translate import quoted_by_its_paragraph  # translate48
from .metadata import fact_box_rows_in_text

# a line that is one web address and nothing else (angle brackets allowed)
_LINK_LINE = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
_LINK_FIRST: Final = frozenset("<hw")  # (the characters _LINK_LINE's match opens with: it ignores no case)
# an address ending in an image file's name (a query or fragment may follow)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:[?#][^\s<>]*)?>?\Z", re.IGNORECASE)


# an author's contact on a line of its own: an email address, a social profile's address or handle
# (anchored at the start: searched unanchored, ``[\w.+-]+@`` would rescan long words from every position)
_CONTACT_LINE = re.compile(
    r"\A(?:(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|bsky)\.(?:com|net|app)"
    r"/(?:in/)?@?[\w.-]{2,40}/?"
    r"|(?:twitter|x|instagram|threads|tiktok|bluesky|mastodon)\s*:\s*@[\w.]{2,40}(?:@[\w.-]+)?)\Z",
    re.IGNORECASE,
)


# a line of a document that opens with an address, or is an email address or handle (after a label)
# (the first line is matched, the others searched for from their newline: a literal that ``re`` finds
# fast, where ``(?m)^`` would make it try every position)
_ADDRESS_OPENING = r"<?(?:http|www\.)|(?:twitter|facebook|instagram|linkedin|threads|tiktok|youtube|bsky)\.|x\.com"
_LINK_OPENING = (
    "(?:" + _ADDRESS_OPENING
    + r"|(?:(?:e-?mail|twitter|x|instagram|threads|tiktok|bluesky|mastodon)\s*:\s*)?[\w.+-]*@[\w.-]+(?:\n|\Z))"
)
_MAYBE_LINK = re.compile(r"\A" + _LINK_OPENING, re.IGNORECASE)
_MAYBE_LINK_AFTER_NEWLINE = re.compile("\n" + _LINK_OPENING, re.IGNORECASE)
# the same for a text with no "@" that ends a line's last word (most texts), where no email address or
# handle can match: what is left opens with a letter ``re`` can look for, not a run of word characters
# before an "@" on each line (asked line by line, its first character first: see _opens_address)
_AT_LINE_END = re.compile(r"@[\w.-]+(?:\n|\Z)", re.IGNORECASE)
# _LINK_OPENING's two halves after a newline, for a text with an "@" that ends a line: the opening of an address
# (no part of it spans lines), and a line that is only an email address or handle (after a label)
_ADDRESS_AFTER_NEWLINE = re.compile("\n(?:" + _ADDRESS_OPENING + ")", re.IGNORECASE)
# (asked with fullmatch only; anchored so that a search, as the regex-safety scan makes, stays linear: '1' * 10000)
_AT_LINE = re.compile(
    r"\A(?:(?:e-?mail|twitter|x|instagram|threads|tiktok|bluesky|mastodon)\s*:\s*)?[\w.+-]*@[\w.-]+", re.IGNORECASE
)
_MAYBE_ADDRESS = re.compile(r"\A(?:" + _ADDRESS_OPENING + ")", re.IGNORECASE)
# what an address may open with, as _MAYBE_ADDRESS reads it (any case): a character past ASCII may be one of its
# letters' other cases ("İ", "ſ", the Kelvin sign), so such a line is left to the regex
_ADDRESS_FIRST: Final = frozenset("<hwtfilybx" + "<hwtfilybx".upper())
# _ADDRESS_OPENING's openings, lower-cased: an ASCII line opens with one of them (in any case) where it matches
_ADDRESS_PREFIXES: Final = ("<http", "<www.", "http", "www.", "twitter.", "facebook.", "instagram.", "linkedin.",
                            "threads.", "tiktok.", "youtube.", "bsky.", "x.com")
_ADDRESS_PREFIX_CHARS: Final = 10  # (the longest of them: "instagram.")


def _link_after_newline(text: str) -> bool:
    """``_MAYBE_LINK_AFTER_NEWLINE.search(text) is not None``, with the email half asked only of the lines an "@"
    ends (``_AT_LINE_END``), where the regex tried it after every newline. Its match runs from a line's start to
    such an "@" and the line's end: the line is one (``_AT_LINE``), or its label and colon stand on the lines over
    it (what the label's spaces may span): then the line opens with a space or the colon, and the regex decides."""
    for m in _AT_LINE_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start == 0:
            continue  # (the first line: no newline before it)
        end = m.end()
        line = text[start : end - 1] if text[end - 1] == "\n" else text[start:end]
        if _AT_LINE.fullmatch(line):
            return True
        first = line[0]
        if first == ":" or first.isspace():
            return _MAYBE_LINK_AFTER_NEWLINE.search(text) is not None
    return _ADDRESS_AFTER_NEWLINE.search(text) is not None


def _opens_address(text: str) -> bool:
    """``_MAYBE_ADDRESS.match(text) is not None``: most lines open otherwise on their first character; an ASCII
    opening is compared with the openings lower-cased (a regex call costs more than the look); past ASCII, the
    regex reads it. Asked of every line, it is the search of the joined text for a line that opens so (no part
    of an address's opening spans lines), without reading the text a character at a time from each newline."""
    first = text[:1]
    if first in _ADDRESS_FIRST:
        head = text[:_ADDRESS_PREFIX_CHARS]
        if head.isascii():
            # (each opening but http's holds a dot in its first ten characters: "The", "In", "For" are ruled out by
            # one look, no lower-casing)
            if "." not in head and first not in "hH<":
                return False
            return lower(head).startswith(_ADDRESS_PREFIXES)
    elif first == "" or ord(first) < 128:
        return False
    return _MAYBE_ADDRESS.match(text) is not None


#: How far from the article's first or last paragraph an author's contact line is looked for.
_CONTACT_REACH = 3


def _contact_line(text: str) -> bool:
    """A line that is only an email address or a social profile ("twitter.com/jdoe", "Twitter: @jdoe")."""
    if len(text) > 80 or ("@" not in text and "/" not in text):
        return False
    return bool(_CONTACT_LINE.fullmatch(text))


# a phone number under its label, a row of a contact box: "Telefon: 06 1 234 5678", "Tel. +420 224 000 000"
_PHONE_ROW = re.compile(
    r"(?:tel|tél|phone|telephone|telefon|telefone|teléfono|telefono|telefoon|telepon|telp|puhelin|mobil|mobile"
    r"|điện thoại|โทร|โทรศัพท์|טלפון|تلفن|फोन|फ़ोन)\.?\s?:?\s?\+?\(?\d[\d ()./-]{4,24}",
    re.IGNORECASE,
)


def _closing_contact_box(ctx: Context, kept: list[int], i: int) -> bool:
    """Whether line ``i`` is a row of a contact box closing the page: the kept line right before or after it a
    phone number under its label (an author prints an address or a profile, not a desk's phone), and no line after
    it residue a pass took. A site's footer box runs on into its links ("Privacy policy", "Terms of use")."""
    pos = kept.index(i)
    near = kept[max(0, pos - 1) : pos] + kept[pos + 1 : pos + 2]
    lines = ctx.doc.lines
    return any(_PHONE_ROW.fullmatch(lines[j].text.strip()) for j in near) and all(
        line.removal is None for line in lines[i + 1 :]
    )


# academic36: a DOI's address alone: "https://doi.org/10.48550/arXiv.2402.04117"
_DOI_ADDRESS: Final = re.compile(r"\A\s*(?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,9}/", re.IGNORECASE)


def _doi_address(text: str) -> bool:
    """academic36: whether the bare link ``text`` is a DOI's address. After the article's last paragraph it is the
    paper's reference to itself, as a reference list's DOI is (kept either way: the passes that take a citation's
    tools under the text run after this one, and a second cleaning would find it at the edge the first did not);
    before the first paragraph it is the page's header's, and goes."""
    return _DOI_ADDRESS.match(text) is not None


def _link_line(text: str) -> bool:
    """A line that is only a web address; not a bare domain ("www.example.com"), which is a
    site telling readers where to find it."""
    # (what the regex needs, looked at first: its first character, and no space; most lines fail one or both)
    return (
        text[:1] in _LINK_FIRST
        and " " not in text
        and bool(_LINK_LINE.fullmatch(text))
        and ("://" in text or "/" in text)
    )


class SocialButtons(VocabLinePass):
    name = "social-buttons"
    family = "widgets"
    description = "Share, follow and social network buttons."
    tables: ClassVar[dict[str, str]] = {"social": "share/follow button"}
    default_max_words = 20

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A button's word as one of a series of the article's subheadings ("Donate" / "Volunteer" / "Share", each
        over its paragraph: see :func:`~.edge_sections.heading_in_series`)."""
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        lines = ctx.doc.lines
        # fallback35: and a row of Markdown links under a label ("Compartilhe: [WhatsApp](…) [Facebook](…)"), read as
        # its plain view: markdown-links judges a row of links by their addresses (a share row's go, an article's list
        # of its sources stays)
        return {
            i for i in mine
            if ("](" in lines[i].text and ":" in lines[i].text.partition("[")[0])
            or heading_in_series(ctx, kept, at[i], hits)
        }


class FinanceWidget(VocabLinePass):
    name = "finance-widget"
    family = "widgets"
    description = "Portfolio, alert, instrument and quote boxes; market-data notices."
    tables: ClassVar[dict[str, str]] = {
        "finance": "portfolio/quote widget or market-data notice",
        "head_widget": "weather, traffic or market widget over the article",
    }
    default_max_words = 40

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A head widget's line (``head_widget``: "12°C Cloudy", "DAX 18.492,49 +0,35%", "Traffic: …") goes only
        over the article's first paragraph, and not as the line right over it (the headline's place): inside the
        article a forecast's list of cities or a report's table of closes reads the same."""
        lines = ctx.doc.lines
        head = ctx.table(self.family, "head_widget")
        finance = ctx.table(self.family, "finance")
        kept = ctx.doc.kept()
        # local34: the first paragraph closes a sentence: a headline that reads as prose ("Police log: Theft, a loose
        # horse and a fender-bender on Route 9") is not it, and the widget right over that headline goes
        first = next((pos for pos, i in enumerate(kept) if ctx.is_prose(i) and ends_sentence(lines[i].text)), None)
        before = set(kept[: first - 1]) if first is not None and first > 0 else set()
        before -= rates_over_text(ctx, kept, first)  # caucasus42: a rates story's own rates over its lead
        before |= tail_quote_rows(ctx, kept, hits)  # markets38: a quote box's rows under the article
        before |= tail_rating_box(ctx, kept, mine, hits)  # business44: an analyst-rating box under the article
        before |= boxed_quote_rows(ctx, kept, mine, hits)  # htmlmarkets48: a quote box inside the article
        before |= tail_reading(ctx, kept, mine, hits, lambda i: head.match(lines[i].text) is not None)  # transit41
        return {
            i for i in mine
            if i not in before and head.match(lines[i].text) and not finance.match(lines[i].text)
        }


class SiteChrome(VocabLinePass):
    """Site navigation and controls. A lone menu word ("Kontakt", "Contact") stays where it heads
    the article's own data: right after a paragraph of the article and right over a row of data
    ("Bürgerbüro im Rathaus, Marktplatz 1, 12345 Musterstadt", "Telefon: 01234 56789"), as on a
    service page. A menu's "Contact" stands among other menu words or residue, not there. A
    section's name (``chrome_heading``: "Accessibility", "Contact us", "FAQ") between two paragraphs
    of the article is its subheading and stays too; a button ("Subscribe", "Print") there goes."""

    name = "site-chrome"
    family = "widgets"
    description = "Search boxes, print/jump/skip buttons, menu links, pagination."
    tables: ClassVar[dict[str, str]] = {
        "chrome": "site navigation or control",
        "blog_template": "a blog platform's template line around the post (entry footer, credit, pager, buttons)",
        "shop_price": "price comparison's button (a price at a shop)",
        "map_label": "a map widget's label beside its control",  # defense43
        "play_button": "a player's play button or a box's Cancel beside the widget's other lines",  # tabloid43
    }
    default_max_words = 30

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        # (a form's message the article lists under its own sentence closed by a colon: see listed_form_messages)
        out = fact_box_rows_in_text(ctx, kept, mine, hits) | listed_form_messages(ctx, mine, hits)
        out |= _lone_shop_prices(ctx, kept, at, mine, hits)
        out |= course_fact_rows(ctx, kept, mine, hits)  # edu38: "Idioma: Castellano" among a course's key facts
        # s35: an item of a review's pros and cons ("Pros" over "Free delivery", "Huge recipe choice", then "Cons"): the
        # review's verdict, not a shop box's line; the box's last line with no kept line of the page's under it, or
        # only residue, is the page's chrome ("Contro" / "Non adatta all'induzione" / "Offerte del giorno" / a
        # newsletter call)
        if mine:
            for i in pros_and_cons(ctx, range(len(ctx.doc.lines))).intersection(mine):
                below = at[i] + 1
                if below < len(kept) and kept[below] not in hits:
                    out.add(i)
        for i in mine:
            if i in out:
                continue
            pos = at[i]
            if (
                answer_in_exchange(ctx, kept, pos, hits)
                or heading_in_series(ctx, kept, pos, hits)
                or subheading_of_its_paragraph(ctx, kept, pos, hits)
                or step_or_code_heading(ctx, kept, pos, hits)  # docs33: a how-to's menu path, a docs page's heading
                or faq_heading(ctx, kept, pos, hits)  # howto39: an FAQ's heading over its question and answer
                or sentence_word(ctx, kept, pos)  # modern39: "Listen." between the article's sentences
                or glossary_term(ctx, kept, pos, hits)  # kids41: a glossary's term over its definition
                or listed_service_button(ctx, kept, pos, hits)  # screen42: an item of an announced where-to-watch list
                or lone_player_part(ctx, kept, pos, hits)  # screen42: a player's length away from its controls
                or lone_map_label(ctx, kept, pos, hits)  # defense43: a map's label with no control beside it
                or lone_play_button(ctx, kept, pos, hits)  # tabloid43: a play button with no player beside it
                or score_in_text(ctx, kept, pos, hits)  # food43: a review's bare score between its lines
                or listed_under_sentence(ctx, kept, pos, hits, mine)  # latam43: an item of an announced list
                or doi_under_text(ctx, kept, pos, hits)  # science44: a study's DOI row under the article's text
                or timeline_label(ctx, kept, pos, hits)  # politics45: a timeline's label over its dated rows
                or quoted_by_its_paragraph(ctx, kept, pos, hits)  # translate48
                or in_code_sample(ctx, kept, pos) or announced_quote(ctx, kept, pos, hits)  # a11y48
                or rules_heading(ctx, kept, pos, hits)  # calls52: a contest's rules under their heading
                or marked_subheading(ctx, kept, pos, hits)  # htmlredteam55: a subheading by the page's markup
            ):
                # an interview's answer ("Will you ever retire?" / "Maybe later."), a guide's subheading ("Donate"),
                # the subheading of a paragraph that speaks of it ("Keresés" over "… keresik …")
                out.add(i)
                continue
            if _price_change_under_sentence(ctx, kept, pos):
                out.add(i)  # shop35: a deals post's price change under its paragraph ("De R$ 3.999 por R$ 2.199")
                continue
            if pos == len(kept) - 1 and pos > 0 and _closing_number(ctx, kept[pos - 1], i, hits):
                out.add(i)  # the number the text's last sentence gives ("… liên hệ đường dây nóng." / "Hotline: …")
                continue
            if ctx.words(i) > _HEADING_WORDS or not 0 < pos < len(kept) - 1:
                continue
            before, after = kept[pos - 1], kept[pos + 1]
            if before in hits or after in hits or not any(c.isalpha() for c in lines[i].text):
                continue
            if _contact_heading(ctx, before, i, after):
                out.add(i)  # local34: a service page's "Kontakt" over its contact row, under its last sentence
                continue
            if (
                ctx.words(before) >= _PARAGRAPH_WORDS
                and ctx.words(after) >= _PARAGRAPH_WORDS
                and ctx.is_prose(before)
                and ctx.is_prose(after)
                and ctx.table(self.family, "chrome_heading").match(lines[i].text)
            ):
                # a section's name between two paragraphs of the article is its subheading
                # ("Accessibility" on an event page), not a footer's link: those stand in a run
                out.add(i)
                continue
            if (
                ctx.words(before) >= _PARAGRAPH_WORDS
                and ctx.is_prose(before)
                and ctx.words(after) >= 3
                and any(c.isdigit() for c in lines[after].text)
                and not ctx.is_prose(after)
                and not ctx.table("metadata", "byline").match(lines[after].text)
                # local34: nor is the page's stamp ("Senast uppdaterad: 2024-02-23"): a "Print" over it goes
                and not ctx.table("metadata", "dateline").match(lines[after].text)
                and not (lines[after].lead[:1].isdigit() and _PICK_HEADING.match(lines[after].text))
                # shop35: nor is a shop box's product over its price ("Shop the story" / "Leuchtturm1917 A5
                # Notebook" / "£19.95"): the box's heading goes
                and not (pos + 2 < len(kept) and _BARE_PRICE.fullmatch(lines[kept[pos + 2]].text.strip()) is not None)
                and not deals_next(ctx, kept, pos)  # commerce38: a deals post's next entry ("Kindle por R$ 399")
            ):
                # (a byline under it, "Beitrag von jdoe » 03.02.2024, 21:14", is no data: a forum's
                # "Nach oben" between two posts goes)
                out.add(i)
        return out


def _lone_shop_prices(
    ctx: Context, kept: list[int], at: dict[int, int], mine: list[int], hits: dict[int, int]
) -> set[int]:
    """(left33) Of ``mine``, the prices at a shop (table ``shop_price``: "399,00 € bei MediaMarkt") that stand alone: no
    kept line right over or under them is residue the vocabularies took (another price button, "Zum Angebot"). A price
    comparison prints its buttons together; one price with a shop's or a noun's name between paragraphs ("8,00 € bei
    Vorverkauf") is the article's."""
    out: set[int] = set()
    shop: Table | None = None
    lines = ctx.doc.lines
    for i in mine:
        if "€" not in lines[i].text:
            continue  # (every pattern holds the sign: most lines never ask the table)
        if shop is None:
            shop = ctx.table("widgets", "shop_price")
        if shop.match(lines[i].text) is None or ctx.table("widgets", "chrome").match(lines[i].text) is not None:
            continue
        pos = at[i]
        near = [kept[p] for p in (pos - 1, pos + 1) if 0 <= p < len(kept)]
        if not any(j in hits for j in near):
            out.add(i)
    return out


# shop35: a bare price with its sign, alone on its line ("£19.95", "€ 24,99", "49,99 €")
_BARE_PRICE = re.compile(
    r"\A(?:(?:R\$|US\$|[$£€])\s?\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{2}|,-)?|\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{2}|,-)?\s?(?:€|zł))"
)
# shop35: a price's change alone on its line, two prices and a few words ("De R$ 3.999 por R$ 2.199")
_PRICE_CHANGE = re.compile(
    r"\A\D{0,10}(?:R\$|US\$|[$£€])\s?\d[\d.,]{0,12}\D{1,12}(?:R\$|US\$|[$£€])\s?\d[\d.,]{0,12}\s*\Z"
)


def _price_change_under_sentence(ctx: Context, kept: list[int], pos: int) -> bool:
    """(shop35) Whether the chrome line at ``pos`` of ``kept`` is a price's change ("De R$ 3.999 por R$ 2.199") right
    under a closed sentence of the article that gives its new price ("… cai para R$ 2.199, o menor preço …"): the deal
    a deals post reports, summed up under its paragraph. A shop's product page prints it under the product's name, no
    sentence, and a price box dropped between two paragraphs under one that names no such price (test_lang_pt_3):
    there it goes."""
    if pos == 0:
        return False
    before = kept[pos - 1]
    text = ctx.doc.lines[kept[pos]].text
    if _PRICE_CHANGE.match(text) is None:
        return False
    figures = _FIGURES.findall(text)
    above = ctx.doc.lines[before].text
    return (
        len(figures) >= 2
        and figures[-1].rstrip(".,") in above
        and ctx.words(before) >= _PARAGRAPH_WORDS
        and ctx.is_prose(before)
        and ends_sentence(above)
    )


_FIGURES = re.compile(r"\d[\d.,]*")


_HEADING_WORDS = 2


def _contact_heading(ctx: Context, before: int, i: int, after: int) -> bool:
    """(local34) Whether line ``i``, a section's name (``chrome_heading``: "Kontakt"), heads a service page's contact
    row: a closed sentence of the article right over it, and under it a short row closed by a full stop that holds a
    phone number ("Kundtjänst Vatten och avfall, telefon 0480-45 00 00, vardagar 8-16."). A footer's "Kontakt" stands
    among its other links, not between a sentence and a number."""
    lines = ctx.doc.lines
    below = lines[after].text
    return (
        ctx.words(after) <= _CONTACT_WORDS
        and ends_sentence(below)
        and sum(c.isdigit() for c in below) >= _NUMBER_DIGITS
        and ends_sentence(lines[before].text)
        and ctx.is_prose(before)
        and _PHONE_RUN.search(below) is not None
        and ctx.table("widgets", "chrome_heading").match(lines[i].text) is not None
    )


_CONTACT_WORDS = 16
# a phone number inside a row: a figure after a space, six to sixteen figures, spaces and dashes, a figure closing it
_PHONE_RUN = re.compile(r"(?<=\s)\d[\d -]{5,16}\d")
# (reviews31) a buying guide's numbered pick (its number is the line's lead), a label before a colon free of figures
# ("3. Best budget pick: Acer Aspire 5", "2. Migliore economica: Ballarini Parma"): a heading of the guide, no row of
# data a menu word heads; a date's row ("3. März 2024: Lesung") has its figures before the colon
_PICK_HEADING = re.compile(r"[^\W\d_][^:\d]{2,40}:\s*\S")


_LISTING_WORDS = 4
_PARAGRAPH_WORDS = 12
_NUMBER_DIGITS = 6  # a phone number's figures at least: "1900 9095"


def _closing_number(ctx: Context, before: int, i: int, hits: dict[int, int]) -> bool:
    """Whether line ``i``, a phone or hotline row a chrome pattern matched ("Hotline: 1900 9095"), closes the page
    right under the article's last paragraph, nothing the vocabularies took between: the number that paragraph
    sends its readers to. A site's header or footer prints it among its other links and notices."""
    text = ctx.doc.lines[i].text
    return (
        before not in hits
        and ctx.words(before) >= _PARAGRAPH_WORDS
        and ctx.is_prose(before)
        and sum(c.isdigit() for c in text) >= _NUMBER_DIGITS
        # (a paper's "DOI: 10.1038/s41586-…" is no number to call, nor a page's "Siden er sist oppdatert 21.03.2024")
        and _PHONE_VALUE.fullmatch(text.strip()) is not None
        and _DATE_FIGURES.search(text) is None
    )


# a phone number after its label of up to three words: figures, spaces and the marks a number is written with
# (asked with fullmatch; anchored so that a search, as the regex-safety scan makes, stays linear)
_PHONE_VALUE = re.compile(r"\A(?:[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2})?\s?:?\s*\+?[\d ()./-]{6,24}")
_DATE_FIGURES = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


class FeedbackPrompt(VocabLinePass):
    """A reader-feedback box: "Was this article helpful?" and its Yes/No buttons.

    The question (``feedback`` table: a question about *this* article or page, or the thanks
    shown after an answer) goes wherever it stands; the answer buttons (``feedback_button``:
    "Yes", "No", "👍", "Yes (12)") go only in the run of up to ``max_buttons`` short lines
    right after it. A "Yes" or "No" anywhere else (an answer in an interview) stays. A bare
    button to report an error (``feedback_bare``: "Report an error", "Fehler melden") goes where
    it heads no text: no line of prose right under it.
    """

    name = "feedback-prompt"
    family = "widgets"
    description = "Was this article helpful? and its Yes/No buttons."
    tables: ClassVar[dict[str, str]] = {"feedback": "reader feedback prompt"}
    default_max_words = 16

    def __init__(self, max_words: int | None = None, max_buttons: int = 4) -> None:
        super().__init__(max_words)
        self.max_buttons = max_buttons

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        weak = ctx.table(self.family, "feedback_weak")
        bare = ctx.table(self.family, "feedback_bare")
        # one RE2 scan of the short lines for the prompts, the bare prompts and the bare buttons together (a line
        # it lets through is then matched against the table it is looked up in: the same lines are found)
        maybe = ctx.gated(
            ("feedback-prompts", ctx.vocab_languages),
            lambda: (*self._tables(ctx), (weak.mode, tuple(weak.patterns)), (bare.mode, tuple(bare.patterns))),
            self.max_words,
        ) if self.max_words >= _WEAK_PROMPT_WORDS else None
        asked: list[int] | None = None
        shown: list[int] | None = None
        if maybe is None:
            maybe = self.may_match(ctx)
        else:
            counts = ctx.word_counts()
            asked = [i for i, ok in enumerate(maybe) if ok and counts[i] <= _WEAK_PROMPT_WORDS]
            shown = [i for i in asked if counts[i] <= _BARE_BUTTON_WORDS]
        buttons = ctx.table(self.family, "feedback_button")
        for at, i in enumerate(kept):
            if (maybe is not None and not maybe[i]) or ctx.doc.lines[i].removal is not None or not (
                self.check_gated(ctx, i, maybe)
            ):
                continue
            ctx.doc.remove(i, self.name, "reader feedback prompt")
            for j in kept[at + 1 : at + 1 + self.max_buttons]:
                line = ctx.doc.lines[j]
                if line.removal is not None or ctx.words(j) > 4 or not buttons.match(line.text):
                    break
                ctx.doc.remove(j, self.name, f"answer button of the feedback prompt at line {ctx.doc.lines[i].lineno}")
        self._weak_prompts(ctx, buttons, weak, asked)
        self._bare_buttons(ctx, bare, shown)
        exercise_box(ctx, self.name)  # easyread46: a learners' page's exercise or quiz box under the story
        poll_box(ctx, self.name)  # midbody54: a reader poll's box, its question, options and vote button
        ticker_box(ctx, self.name)  # midbody54: a live ticker embedded between the article's paragraphs

    def _bare_buttons(self, ctx: Context, bare: Table, gated: list[int] | None) -> None:
        """A bare "Report an error" (``feedback_bare``) goes unless a line of prose stands right under it: a help
        page heads a section with the same words ("Report an error" over "Use the form below to tell us …").
        ``gated``: the lines of up to ``_BARE_BUTTON_WORDS`` words the prompts' RE2 scan lets through (None: scan
        them here)."""
        if not bare.patterns:
            return
        shown = ctx.gated_lines(bare, _BARE_BUTTON_WORDS) if gated is None else gated
        found = [i for i in shown if ctx.doc.lines[i].removal is None]
        if not found:
            return
        kept = ctx.doc.kept()
        at = {i: pos for pos, i in enumerate(kept)}
        for i in found:
            if not bare.match(ctx.doc.lines[i].text):
                continue
            pos = at[i]
            if pos + 1 < len(kept) and _text_under(ctx, kept[pos + 1]):
                continue  # the heading of the text under it
            ctx.doc.remove(i, self.name, "button to report an error in the page, over no text")

    def _weak_prompts(self, ctx: Context, buttons: Table, weak: Table, gated: list[int] | None) -> None:
        """A bare "Was this helpful?" (``feedback_weak``: an interview may ask it) goes with its
        buttons when the next two lines are two different answer buttons (a yes and a no): the
        widget, not a question asked. ``gated``: the lines of up to ``_WEAK_PROMPT_WORDS`` words an
        RE2 scan lets through (None: scan them here; most texts ask nothing)."""
        if not weak.patterns:
            return
        asked = set(ctx.gated_lines(weak, _WEAK_PROMPT_WORDS) if gated is None else gated)
        if not asked:
            return
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        for at, i in enumerate(kept[:-2]):
            if i not in asked or not weak.match(lines[i].text):
                continue
            answers = kept[at + 1 : at + 3]
            if not all(ctx.words(j) <= 4 and buttons.match(lines[j].text) for j in answers):
                continue
            if lower(lines[answers[0]].text.strip()) == lower(lines[answers[1]].text.strip()):
                continue  # "No" twice: two answers, not the widget's pair
            ctx.doc.remove(i, self.name, "reader feedback prompt over its yes and no buttons")
            for j in answers:
                ctx.doc.remove(j, self.name, f"answer button of the feedback prompt at line {lines[i].lineno}")


_WEAK_PROMPT_WORDS = 6  # "Was this helpful?", "Did this answer your question?"


def _text_under(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is text a heading may stand over: prose, or a sentence closed by its mark (a short one in
    a script without spaces, "市民可通过手机应用查询实时到站信息。", is no prose by its length)."""
    return ctx.is_prose(i) or ctx.doc.lines[i].text.rstrip()[-1:] in _SENTENCE_CLOSE


_SENTENCE_CLOSE = frozenset(".!?。！？")
_BARE_BUTTON_WORDS = 5  # "Report an error", "Zgłoś błąd", "Meld fra om feil"


class EdgeLink(Pass):
    """A line that is only a web address, before the article's first paragraph or after its last:
    a share or canonical link the scraper kept. Inside the article a bare link is the author's
    reference (the report, the source) and stays; so do links beside other links or list items
    at an edge (a list of sources or of shop links closing the article). The address of an
    image file goes wherever it stands: that is an image the scraper turned into its address.

    Also the author's contact printed next to the article: a line that is only an email
    address or a social profile ("twitter.com/jdoe", "Twitter: @jdoe"), among the
    ``_CONTACT_REACH`` lines before its first paragraph or after its last. Inside the article,
    or in a list, it stays (a press release's contacts, a list of accounts to follow)."""

    name = "edge-link"
    family = "widgets"
    description = (
        "Bare links and the author's email or social profile before the article's first paragraph or after its "
        "last; image addresses."
    )

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        # no line opens with an address or is an email: nothing to do (most documents; one scan)
        text = ctx.joined_text()
        embed_handles(ctx, text, self.name)  # social40
        # (no "@" at all, most texts: no email address or handle either, and no regex scan to tell it)
        at_end = "@" in text and _AT_LINE_END.search(text) is not None
        if at_end:
            if not (_MAYBE_LINK.match(text) or _link_after_newline(text)):
                return
        elif not any(_opens_address(line.text) for line in lines):
            return
        kept = ctx.doc.kept()
        for i in kept:
            if _link_line(lines[i].text) and _IMAGE_FILE.search(lines[i].text):
                ctx.doc.remove(i, self.name, "address of an image file")
        kept = [i for i in kept if lines[i].removal is None]
        bounds = prose_bounds(ctx, kept)
        if bounds is None:
            return  # no article to be outside of
        first, last = bounds
        head, tail = [i for i in kept if i < first], [i for i in kept if i > last]
        # the author's contact, next to the article: "jdoe@example.com", "twitter.com/jdoe"; beside a phone under
        # its label, closing the page ("Telefon: 06 1 234 5678" / "E-mail: tanacsadas@kerulet.hu"), a notice's
        # contact box, which stays
        for i in head[-_CONTACT_REACH:] + tail[:_CONTACT_REACH]:
            if not lines[i].lead and _contact_line(lines[i].text):
                if i > last and (_closing_contact_box(ctx, kept, i) or under_contact_row(ctx, kept, i)):  # calls52
                    continue
                ctx.doc.remove(i, self.name, "author's email or social profile before or after the article")
        for edge in ([i for i in head if lines[i].removal is None], [i for i in tail if lines[i].removal is None]):
            links = [i for i in edge if _link_line(lines[i].text)]
            if len(links) != 1:
                continue  # none, or a list of them
            i = links[0]
            at = edge.index(i)
            neighbours = edge[max(0, at - 1) : at] + edge[at + 1 : at + 2]
            if lines[i].lead or any(lines[j].lead and lines[j].lead[0] not in "#>" for j in neighbours):
                continue  # an item of a list, or next to one
            if i > last and _doi_address(lines[i].text):
                continue  # academic36: a paper's DOI after its text, its reference to itself
            ctx.doc.remove(i, self.name, "bare link before or after the article")


# a table of contents' entry: a short line that is no sentence (a question may be one: "How do I apply?")
_TOC_MAX_WORDS = 10
_TOC_HEADING_WORDS = 5  # "Contents", "On this page", "Jump to section"
_TOC_MAX_ENTRIES = 30
_TOC_MIN_ENTRIES = 2
# (left33) an issue's contents at its head: a few stories, each a short line; the letter's salutation under them
_ISSUE_MAX_ENTRIES = 8
_ISSUE_HEADING_WORDS = 6  # "Au sommaire de ce numéro :"
_ISSUE_ENTRY_WORDS = 12
_SALUTATION_WORDS = 6
# a list number or bullet before an entry, and what may follow it where the section's heading goes on (a
# wiki's edit link too: "History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]")
_TOC_NUMBER = re.compile(r"\A(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[•·▪–-]\s*)")
_TOC_HEADING_GOES_ON = re.compile(r"\A\s*[:–—|\[-]")


# a wiki heading's edit link glued after it: "Historia[editar]", "História[editar | editar código-fonte]"
_TOC_EDIT_LINK = re.compile(r"\[[^\[\]]{1,40}\]\Z")  # (no leading \s*: a search would be quadratic on spaces)


def _toc_key(text: str) -> str:
    """An entry or a heading as compared: without its list number or a wiki's edit link, case folded, no end
    punctuation."""
    return _TOC_EDIT_LINK.sub("", _TOC_NUMBER.sub("", text.strip())).casefold().rstrip(" .:;")


class TableOfContents(Pass):
    """A table of contents: its heading (``toc_heading``: "Contents", "On this page", "Jump to
    section") and the run of short lines right under it that head the article's sections further
    down, each line again there on its own or opening a heading ("Day 1" over "Day 1: Alfama and
    the castle"). Two such entries or more make a table; a line under the heading that heads no
    later section ends it and stays (a kit's "Contents" over what is in the box is no table: its
    items come back nowhere), and so does a heading over no table."""

    name = "table-of-contents"
    family = "widgets"
    description = "A table of contents: its heading and the entries that head the article's sections below it."

    def run(self, ctx: Context) -> None:
        self._issue_contents(ctx)
        heading = ctx.table(self.family, "toc_heading")
        # the heading may be gone already (site-chrome takes "On this page"): look at every short line the
        # RE2 gate lets through (one scan of the text: most texts have no table)
        lines = ctx.doc.lines
        heads = [i for i in ctx.gated_lines(heading, _TOC_HEADING_WORDS) if heading.match(lines[i].text)]
        if not heads:
            return
        kept = ctx.doc.kept()
        for h in heads:
            under = [i for i in kept if i > h]
            entries: list[int] = []
            for pos, i in enumerate(under[:_TOC_MAX_ENTRIES]):
                text = lines[i].text.strip()
                if ctx.words(i) > _TOC_MAX_WORDS or text.endswith((".", "!")) or not any(c.isalpha() for c in text):
                    break
                if not self._heads_later(_toc_key(text), [lines[j].text for j in under[pos + 1 :]]):
                    break
                entries.append(i)
            if len(entries) < _TOC_MIN_ENTRIES:
                # docs33: a docs page's sidebar contents printed under the article, its entries the sections above
                for i in toc_of_sections_above(ctx, h, kept, _toc_key):
                    if lines[h].removal is None:
                        ctx.doc.remove(h, self.name, "heading of a table of contents")
                    why = f"entry of the table of contents at line {lines[h].lineno}: it heads a section above"
                    ctx.doc.remove(i, self.name, why)
                continue
            # the entries' sections: each entry again after the last entry of the table
            last = entries[-1]
            after = [lines[j].text for j in under if j > last]
            entries = [i for i in entries if self._heads_later(_toc_key(lines[i].text), after)]
            if len(entries) < _TOC_MIN_ENTRIES:
                continue
            at = lines[h].lineno
            if lines[h].removal is None:
                ctx.doc.remove(h, self.name, "heading of a table of contents")
            for i in entries:
                ctx.doc.remove(i, self.name, f"entry of the table of contents at line {at}: it heads a section below")
            # the sections' headings the table names are the article's: no later pass takes one for a menu's
            # line (the first heading, "Qué es", may stand right over the first paragraph, at the edge)
            named = {_toc_key(lines[i].text) for i in entries}
            headings = [j for j in under if j > last and lines[j].removal is None and _toc_key(lines[j].text) in named]
            ctx.doc.pinned = ctx.doc.pinned | frozenset(headings)

    def _issue_contents(self, ctx: Context) -> None:
        """(left33) A newsletter's or magazine issue's contents at its head: the heading (``issue_heading``: "In this
        issue:", "Au sommaire :") before the text's first prose line, and the ``_TOC_MIN_ENTRIES`` or more short lines
        under it (no sentence: the issue's stories), the letter's salutation or first paragraph right under them.
        The stories need not head a section below (a letter tells them in its paragraphs). A list under the heading
        that runs into more short lines, or a heading inside the text, stays."""
        table = ctx.table(self.family, "issue_heading")
        if not table.patterns:
            return
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        heads: list[int] = []
        for i in kept:  # (the text's head only, over its first prose line: most texts open on one)
            if ctx.is_prose(i):
                break
            if ":" in lines[i].text and ctx.words(i) <= _ISSUE_HEADING_WORDS and table.match(lines[i].text):
                heads.append(i)
        if not heads:
            return
        at = {i: pos for pos, i in enumerate(kept)}
        for h in heads:
            entries: list[int] = []
            for i in kept[at[h] + 1 : at[h] + 2 + _ISSUE_MAX_ENTRIES]:
                text = lines[i].text.strip()
                if (
                    ctx.words(i) > _ISSUE_ENTRY_WORDS
                    or text.endswith((".", "!", ",", ":", ";"))
                    or ctx.is_prose(i)
                    or not any(c.isalpha() for c in text)
                ):
                    break
                entries.append(i)
            if not _TOC_MIN_ENTRIES <= len(entries) <= _ISSUE_MAX_ENTRIES:
                continue
            pos = at[entries[-1]] + 1
            if (
                pos < len(kept)
                and lines[kept[pos]].text.strip().endswith(",")
                and ctx.words(kept[pos]) <= _SALUTATION_WORDS
            ):
                pos += 1  # the letter's salutation ("Chère lectrice, cher lecteur,")
            if pos >= len(kept) or not ctx.is_prose(kept[pos]):
                continue
            lineno = lines[h].lineno
            ctx.doc.remove(h, self.name, "heading of an issue's contents")
            for i in entries:
                ctx.doc.remove(i, self.name, f"entry of the issue's contents at line {lineno}")

    @staticmethod
    def _heads_later(key: str, later: list[str]) -> bool:
        """Whether a later line is the entry ``key`` on its own or opens with it as a heading."""
        if not key:
            return False
        for text in later:
            other = _toc_key(text)
            if other == key:
                return True
            if other.startswith(key) and _TOC_HEADING_GOES_ON.match(other[len(key) :]):
                return True
        return False


class EditLink(Pass):
    """Trims a wiki's section-edit link off the end of its section headings: "History[edit]", "Geschichte[Bearbeiten |
    Quelltext bearbeiten]", "Histoire[modifier | modifier le code]", "概要[編集]", a Fandom wiki's emptied "History[]".
    The heading is the article's and stays; the link is the wiki's control, which an extractor glues onto it.

    Only a heading's shape is trimmed: up to ``max_words`` words before the bracket, none of them closing on a
    sentence's mark or a colon, the bracket holding the language's edit words alone (table ``edit_link``: one or two
    of them parted by a bar) or nothing. And only on a page with ``min_headings`` such headings or more: a wiki's page
    has several sections, each with its link; a help page's one line that ends in the link's label ("To change it,
    press [edit]") or a program's "String[]" stays whole."""

    name = "edit-link"
    family = "widgets"
    description = "A wiki's section-edit link glued onto the end of a heading."

    def __init__(self, max_words: int = 8, min_headings: int = 2) -> None:
        self.max_words = max_words
        self.min_headings = min_headings

    def run(self, ctx: Context) -> None:
        lines = ctx.doc.lines
        found: list[tuple[int, str, str]] = []
        table: Table | None = None
        for i in ctx.doc.kept():
            text = lines[i].text
            if text[-1:] != "]" or ctx.words(i) > self.max_words + 4:
                continue  # (the cheap question first: most lines close on no bracket)
            k = text.rfind("[")
            head = text[:k].rstrip()
            if k <= 0 or not head or head[-1] in _CLOSING_MARKS or len(head.split()) > self.max_words:
                continue
            if not text[k + 1 : -1].strip() and (
                not head[:1].isalpha() or head[:1].islower() or any(c in _CODE_MARKS for c in head)
            ):
                continue  # an emptied link follows a heading opened by a capital, never a program's "int[]" / "a.b[]"
            if table is None:
                table = ctx.table(self.family, "edit_link")
            if table.match(text[k:]):
                found.append((i, text[:k], text[k:]))
        if len(found) < self.min_headings:
            return
        buttons = [ctx.table(family, name) for family, name in _BUTTON_TABLES]
        for i, keep, cut in found:
            if any(t.match(keep.strip()) for t in buttons):
                # (a heading that is a control's word once bare, "Modifier [modifier]", "Share [edit]": the link
                # shows it is a section's heading, and a trim would leave the word alone for comment-ui or
                # social-buttons to take as a button, on this clean or the next; the link stays, a lesser residue)
                continue
            ctx.doc.trim(i, keep, cut, "suffix", self.name, "a wiki's section-edit link after the heading")
            ctx.refresh(i)


# the tables of a control's label, which a bare heading's word may be: a comment's "Modifier", a share button's
# "Share", a cookie banner's "Decline"
_BUTTON_TABLES: Final = (("comments", "ui"), ("widgets", "social"), ("cookies", "button"))

# a heading closes on a word or a bracket of its own, not on a sentence's mark, a colon or a list's comma
_CLOSING_MARKS: Final = frozenset(".!?:;,=(")
_CODE_MARKS: Final = frozenset("()<>{}=;:._")
