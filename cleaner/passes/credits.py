"""Credits and tails: image credits and captions, copyright and syndication, ad markers.

Plus the copyright tail: on news pages the rights line closes the article, so a short run
of lines after it (reader chatter, widgets) is not article text.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import ClassVar

from ..context import Context
from ..sentences import split_sentences
from ..textstats import ends_sentence, lower
from ..vocab import Table, plain
from .base import Pass, VocabLinePass, prose_bounds
from .edge_archive import republished_note  # archive48
from .edge_authorbox import byline_bio  # redteam54
from .edge_calls import call_instructions  # calls52
from .edge_edu import credit_points  # edu38
from .edge_feeds import feed_footer  # feeds46
from .edge_podcast import sentences_note  # podcast50
from .edge_reading import book_detail
from .edge_science import journal_source  # science44
from .furniture import DIGIT
from .metadata import work_credit_lines


class ImageCredit(VocabLinePass):
    """Image credits. A credit names its source after the label ("Photos: Jane Doe/Example Agency",
    "Foto: Anna Muster"): capitalised names, a slash, no sentence. A full sentence after the label is
    the article's ("Photos: the ones the residents sent in show flooded basements.", "Fotos: Die
    Bilder, die uns die Anwohner geschickt haben, zeigen überflutete Keller."): it stays."""

    name = "image-credit"
    family = "credits"
    description = "Photo and image credits and credit-style captions."
    tables: ClassVar[dict[str, str]] = {
        "image_credit": "image credit",
        "caption_toggle": "image credit",
        "credit_suffix": "image credit",
    }
    default_max_words = 80  # a caption with its credit or toggle at the end can be long

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        lines = ctx.doc.lines
        # (a Markdown line as its plain view: "**Foto:** a ciclovia … foi alterada duas vezes." is a sentence too)
        return {
            i
            for i in mine
            if labelled_sentence(plain(lines[i].text))
            or under_table(ctx, i, hits)
            or (lines[i].text.count(":") >= 2 and _IMAGE_REFERENCE.fullmatch(lines[i].text) is not None)
            or credit_points(lines[i].text)  # edu38: "Créditos: 240 ECTS", a course's count of credits
            or journal_source(lines[i].text)  # science44: "Quelle: European Heart Journal, 2024"
        }


# (blogs31) a container image's reference in a tutorial's config file, the name and its tag glued by a colon
# ("image: nextcloud:28", "image: postgres:16-alpine"): a credit names its source with spaces, never a tag
_IMAGE_REFERENCE = re.compile(r"image\s*:\s*[\w./-]+:[\w.-]+", re.IGNORECASE)


_TABLE_CELLS = 3  # a table's row: "Málaga | 14,2 | +8,1 %"
_TABLE_ROWS = 2


def _table_row(text: str) -> bool:
    """Whether ``text`` is a row of ``_TABLE_CELLS`` or more cells parted by spaced bars or by tabs, none empty."""
    cells = text.split(" | ") if " | " in text else text.split("\t")
    return len(cells) >= _TABLE_CELLS and all(cell.strip() and "|" not in cell for cell in cells)


def under_table(ctx: Context, i: int, hits: Collection[int] = ()) -> bool:
    """Whether line ``i`` stands right under the rows of a table the page flattened into lines, each of three
    cells or more parted by bars or tabs ("Capital | Euros/m² | Variación anual", "Málaga | 14,2 | +8,1 %"), at
    least ``_TABLE_ROWS`` of them: a source line there ("Fuente: Habitaclia, marzo de 2025.", "Source: ONS") names
    where the table's figures come from, the article's; a picture's credit stands under its caption."""
    lines = ctx.doc.lines
    rows = 0
    j = i - 1
    while j >= 0 and rows < _TABLE_ROWS:
        if lines[j].text.strip():
            if not _table_row(lines[j].text.strip()):
                return _under_rows(ctx, i, hits)
            rows += 1
        j -= 1
    return rows >= _TABLE_ROWS


def _under_rows(ctx: Context, i: int, hits: Collection[int]) -> bool:
    """Whether line ``i`` stands right under ``_DATA_ROWS`` rows of a table flattened with no bars: lines of up to
    ``_DATA_ROW_WORDS`` words, each holding a figure, none closing a sentence ("3 大阪府 878万人", "1 Liverpool 29 21
    7 1 70", "10 gram Rp 12.095.000"), none a line the vocabularies took (``hits``: a date stamp, "Updated 4 March
    2024", over a picture's credit at the page's head). A source there ("出典：総務省「人口推計」") is the table's; a
    picture's credit stands under its caption, a sentence or words without figures. A line with a credit's marks
    (a photographer over an agency, "Imagem: Divulgação/Ministério"; "©"; "(Reuters)") is a picture's, however
    many rows stand over it: the rows of a list the article announced ("Bahia: 14 mil") may sit over a photo."""
    lines = ctx.doc.lines
    if _CREDIT_MARKS.search(lines[i].text):
        return False
    rows = 0
    j = i - 1
    while j >= 0 and rows < _DATA_ROWS:
        text = lines[j].text.strip()
        if text:
            if j in hits or ctx.words(j) > _DATA_ROW_WORDS or not ctx.digit(j) or ends_sentence(text):
                return False
            cells = text.split()
            if _FIGURE_SHARE * sum(1 for c in cells if DIGIT.search(c)) < len(cells):
                return False  # (a caption with a date in it: "Children sledging in Buxton on 9 January 2024")
            rows += 1
        j -= 1
    return rows >= _DATA_ROWS


_DATA_ROWS = 3
_DATA_ROW_WORDS = 8
_FIGURE_SHARE = 3  # a row's cells: a third of them figures at least ("1 Istanbul 80.4m", "München 22,30 €")


# a label of a word or two and a colon opening a line ("Photos:", "Photo :", "Foto:", "Video:"), or a label's
# abbreviation and its full stop ("Fot.", "Zdj.", "Il."), and the rest
_LABEL_LEAD = re.compile(
    r"(?:[^\W\d_][\w'’-]{0,20}(?: [^\W\d_][\w'’-]{0,20})? ?[:：]|[^\W\d_]{2,5}\.)\s+(?P<rest>.+)"
)
_SENTENCE_WORDS = 6  # a sentence after the label: at least this many words (a credit names a source or two)
# ... and where it opens on a capital (a German noun), this many: a caption of a few words is the picture's
# ("Foto: Anhänger jubeln bei der Wahlparty in Erfurt.")
_CAPITAL_SENTENCE_WORDS = 9
_CREDIT_MARKS = re.compile(r"[/|©@]|\(|\bvia\b", re.IGNORECASE)  # "Jane Doe/Example Agency", "(Example Images)"


def labelled_sentence(text: str) -> bool:
    """Whether ``text`` is a label and a full sentence after it ("Photos: the ones the residents sent in
    show flooded basements.", "Fot. Leśnicy pokazali także nagranie, na którym ryś przechodzi przez drogę."):
    six words or more ending like a sentence (nine where it opens on a capital: a short caption stays the
    picture's), most of them in lower case (a credit's names are capitalised), with none of a credit's marks
    (a slash, a bar, ©, brackets), or (keep34) the credit itself the sentence's subject, its verb in lower case
    right after the credit's names ("Photo: Marta Lind/Magnum was a credit line that readers … learned to
    recognise."), eight words or more after them."""
    m = _LABEL_LEAD.fullmatch(text.strip())
    if m is None:
        return False
    rest = m.group("rest").strip()
    words = rest.split()
    least = _SENTENCE_WORDS if rest[:1].islower() else _CAPITAL_SENTENCE_WORDS
    if len(words) < least or not ends_sentence(rest):
        return False
    if _CREDIT_MARKS.search(rest):
        # keep34: the credit itself the subject of the sentence, its verb in lower case right after the names, no comma
        # between ("Photo: Marta Lind/Magnum was a credit line that readers of Time and Life learned to recognise in the
        # 1990s."): a caption under a credit opens on its own capital ("Photo: AP/Evan Vucci Protesters gather …")
        k = next((n for n, w in enumerate(words) if w[:1].islower()), len(words))
        tail = words[k:]
        if not 1 <= k <= _CREDIT_SUBJECT_WORDS or words[k - 1][-1:] in ",.;:" or len(tail) < _CREDIT_VERB_WORDS:
            return False
        # (the verb right after the credit's last name: "AP/Evan Vucci President Trump speaks …" is a caption's own
        # subject after the credit)
        marked = [n for n, w in enumerate(words[:k]) if _CREDIT_MARKS.search(w)]
        if not marked or k - marked[-1] > _CREDIT_NAME_AFTER_MARK or _CREDIT_MARKS.search(" ".join(tail)):
            return False
        return 2 * sum(1 for w in tail if w[:1].islower()) > len(tail)
    return 2 * sum(1 for w in words if w[:1].islower()) > len(words)


_CREDIT_SUBJECT_WORDS = 4  # keep34: "Marta Lind/Magnum", "Jane Doe/Example Agency"
_CREDIT_NAME_AFTER_MARK = 2  # keep34: "Magnum" after "Marta Lind/", "Example Agency" after "Jane Doe/"
_CREDIT_VERB_WORDS = 8  # keep34: the sentence after the credit: a clause's length, no caption's few words


class Copyright(VocabLinePass):
    """Copyright, rights and syndication lines, and a company's legal imprint (its registry or tax
    number beside its phone: the site's footer). An imprint between the article's first and last
    paragraphs is the article's own data (a list of the companies a regulator names) and stays, and so
    does a credit between a book and its price on a list of books (:func:`~.edge_reading.book_detail`:
    the book's translator, "Traduzione di Vera Dridso", not the article's), and a rights phrase of a few words
    between two of the article's sentences that the one over it quotes (keep34: 'The complaint quotes the
    copyright page: "All rights reserved. …"' over "All rights reserved." over the paragraph going on)."""

    name = "copyright"
    family = "credits"
    description = (
        "Copyright, rights and syndication lines; a company's imprint (registry number and phone); an opinion page's"
        " call for letters and its editing note."
    )
    tables: ClassVar[dict[str, str]] = {
        "copyright": "copyright line",
        "rights_phrase": "rights notice",
        "syndication": "syndication or contributor credit",
        "desk_slug": "a news agency desk's slug (its editors' initials)",  # wire37
        "credit_phrase": "syndication or contributor credit",
        "imprint": "company imprint (registry number and phone)",
        # opinion35: a letters page's call for letters with its address, and its editing note
        "submission": "an opinion page's call for letters or its editing note",
    }
    default_max_words = 45

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        # (a book's translator or first edition between its title and its price, on a list of books)
        books = {i for i in mine if book_detail(ctx, i)}
        books = {i for i in books if not sentences_note(ctx, i)}  # podcast50: a transcript's notice, no book's detail
        # (a reviewed work's translator in a block of its credits, a spec of the work beside it: no rights line)
        rights = [ctx.table(self.family, name) for name in _RIGHTS_TABLES]
        credits = [i for i in mine if i not in books and not any(t.match(ctx.doc.lines[i].text) for t in rights)]
        books |= work_credit_lines(ctx, credits, hits)
        books |= {i for i in credits if republished_note(ctx, i)}  # archive48: an editor's note on a piece run again
        books |= call_instructions(ctx, mine, hits)  # calls52
        # (a source under a table's rows, "Sumber: KPU RI" under "PDI-P 110 kursi", names where its figures come
        # from: the article's; a rights line there is still the page's)
        books |= {
            i for i in mine if (":" in ctx.doc.lines[i].text or "：" in ctx.doc.lines[i].text)
            and under_table(ctx, i, hits) and not any(t.match(ctx.doc.lines[i].text) for t in rights)
        }
        # keep34: a rights phrase of a few words alone between two of the article's sentences, the sentence over it
        # quoting it ('… quotes the copyright page: "All rights reserved. No part …"' over "All rights reserved." over
        # "Those three words, the authors argue, …"): the article dwelling on the words it quoted, no page's notice
        lines = ctx.doc.lines
        for i in mine:
            said = lines[i].text.strip().rstrip(".")
            if ctx.words(i) > _ECHO_WORDS or not said or "©" in said:
                continue
            up = i - 1
            while up >= 0 and not lines[up].text.strip():
                up -= 1
            down = i + 1
            while down < len(lines) and not lines[down].text.strip():
                down += 1
            if (
                up >= 0 and down < len(lines) and up not in hits and down not in hits
                and lines[up].removal is None and lines[down].removal is None
                and ctx.is_prose(up) and ctx.is_prose(down) and _quotes(lines[up].text, said)
            ):
                books.add(i)
        # (a company's imprint, or a desk's slug, between the article's first and last paragraphs is the article's own
        # line: a list of the companies a regulator names, "tcp/ip" in a list of protocols)
        inside = [name for name in _INSIDE_TABLES if ctx.table(self.family, name).patterns]
        if not inside:
            return books
        only: list[int] = []
        for name in inside:
            own = ctx.table(self.family, name)
            others = [ctx.table(self.family, other) for other in self.tables if other != name]
            only += [i for i in mine if own.match(lines[i].text) and not any(t.match(lines[i].text) for t in others)]
        if not only:
            return books
        bounds = prose_bounds(ctx, ctx.doc.kept(), lambda i: i not in hits)
        if bounds is None:
            return books
        first, last = bounds
        return books | {i for i in only if first < i < last}


_RIGHTS_TABLES = ("copyright", "rights_phrase")
_INSIDE_TABLES = ("imprint", "desk_slug")  # the article's own line between its first and last paragraphs
_ECHO_WORDS = 6  # keep34: "All rights reserved.", "Tutti i diritti riservati."
_QUOTE_OPENERS = "\"“„«‘‚'»"


def _quotes(text: str, said: str) -> bool:
    """keep34: whether ``text`` holds ``said`` right after a quotation mark ('… the copyright page: "All rights
    reserved. No part …"')."""
    low = lower(text)  # (the marks are their own lower case: looked up in the lowered text, whatever its length)
    at = low.find(lower(said))
    return at > 0 and low[at - 1] in _QUOTE_OPENERS


class AdMarker(VocabLinePass):
    name = "ad-marker"
    family = "credits"
    description = "Advertisement markers and sponsored labels."
    tables: ClassVar[dict[str, str]] = {"ad_marker": "advertisement marker"}
    default_max_words = 12


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


class CopyrightTail(Pass):
    """Everything after the article's closing copyright line, when that line ends the article.

    Guards: the copyright line must come after ``min_position`` of the document's prose,
    and what follows must be small next to what precedes (``max_tail_share``), so an
    agency credit at the top of a story, or a rights line mid-page, cuts nothing. And the
    line closes the article only when the story does not go on after it: a photo credit
    ("© Reuters": a holder, no year and no rights phrase) followed by a paragraph of article
    prose (a sentence of ``min_article_words`` words or more that is no rights notice
    itself), or a dated notice followed by two such paragraphs (one paragraph after
    "(c) 2022, The Daily Courier" is as often a reader's comment), cuts nothing. A rights
    line longer than ``max_credit_words`` (a paragraph of legalese: "© 2019 Example, LLC.
    All rights reserved. Example is the owner of …") is the page's footer, never a credit
    inside a story: it closes whatever follows.
    """

    name = "copyright-tail"
    family = "credits"
    description = "Reader chatter and widgets after the closing copyright line."

    def __init__(
        self,
        min_position: float = 0.6,
        max_tail_share: float = 0.35,
        min_article_words: int = 15,
        max_credit_words: int = 15,
    ) -> None:
        self.min_position = min_position
        self.max_tail_share = max_tail_share
        self.min_article_words = min_article_words
        self.max_credit_words = max_credit_words

    def _article_prose(self, ctx: Context, index: int) -> bool:
        """A paragraph of the story: prose that ends like a sentence and is not a short remark
        ("Great article, thanks!")."""
        text = ctx.doc.lines[index].text
        return (
            ctx.words(index) >= self.min_article_words
            and ends_sentence(text)
            and ctx.is_prose(index)
            and not any(ctx.table(self.family, t).match(text) for t in ("copyright", "rights_phrase"))
        )

    def run(self, ctx: Context) -> None:
        feed_footer(ctx, self.name)  # feeds46
        doc = ctx.doc
        kept = doc.kept()
        if len(kept) < 3:
            return
        sizes = [len(doc.lines[i].text) for i in kept]
        total = sum(sizes)
        copyright_table = ctx.table(self.family, "copyright")  # a line that *is* a rights notice
        # the tail's lines short enough, put to the table's RE2 gate in one scan (most it rules out)
        tail: list[int] = []
        before = 0
        for pos, i in enumerate(kept):
            before += sizes[pos]
            if before - sizes[pos] < self.min_position * total:
                continue
            after = total - before
            if after > self.max_tail_share * total:
                continue
            if ctx.words(i) <= 45:
                tail.append(pos)
        maybe = ctx.may_match(copyright_table, [kept[pos] for pos in tail])
        for k, pos in enumerate(tail):
            i = kept[pos]
            line = doc.lines[i]
            if (maybe is not None and not maybe[k]) or not copyright_table.match(line.text):
                continue
            if ctx.words(i) <= self.max_credit_words:
                dated = bool(_YEAR.search(line.text)) or bool(ctx.table(self.family, "rights_phrase").match(line.text))
                paragraphs = sum(1 for j in kept[pos + 1 :] if self._article_prose(ctx, j))
                if paragraphs >= (2 if dated else 1):
                    continue  # the story goes on after it: an embedded credit or notice, no closing line
            for j in kept[pos + 1 :]:
                doc.remove(j, self.name, f"after the closing copyright line {line.lineno}")
            return


# a name's words: "Jeff Foust", "Louise Matsakis" ("jeff@…" in brackets after it is no word of it)
_WORD = re.compile(r"\w+")
_QUOTES = frozenset("\"“”„«»‹›「」『』")
_QUOTED = re.compile(r"“[^“”]{0,400}”|„[^“”„]{0,400}[“”]|«[^«»]{0,400}»|\"[^\"]{0,400}\"")  # (see comments.py)


class AuthorBio(Pass):
    """An author's bio after the article: "Louise Matsakis is a Staff Writer at WIRED covering Amazon,
    security, and online platforms. She was formerly …", "Jeff Foust (jeff@example.com) is the editor and
    publisher of …", with the author's name alone on the line right before it and the job title alone on
    the line right after it ("Staff Writer").

    The bio's first sentence is a person's name, "is a/an/the", and a role of journalism or authorship
    (language table ``bio``: "Jana Müller ist Redakteurin bei …", "Marie Dupont est journaliste au …"),
    not told as news (no quotation marks, no reporting clause: "John Smith is a reporter at the Gazette,
    his lawyer said."), and it goes only:

    * in the tail: before it stand ``min_article_words`` words of prose or more, and the prose after it
      is less than ``max_share`` of that (a small block after the article, as detached-blocks judges
      one: a site's blurb, a sign-off), and
    * apart from the article's run of paragraphs: the line right before it is residue another pass
      removed, or a kept line that is no prose and no sentence (its name, a share button, a menu), or
      the line right after it is a job title alone (table ``bio_role``: "Staff Writer"). A
      paragraph right under the article's last one is the article going on, whatever follows it (residue
      after the article's last paragraph is no gap: "Maria Ressa is a journalist and the co-founder of
      Rappler …" over "Share this article" is the story's close); a last paragraph with nothing after it
      is the article's too (detached-blocks too needs a gap), and
    * when the article does not speak of that person: the surname occurs in no other kept paragraph
      (an article about a reporter names her again; its author's bio names someone the article does not).

    A bio closing the page (nothing kept under it) needs no gap when it reads as a bio whatever the article:
    one short sentence (:meth:`_lone_closing_bio`), or one told at more length, its beat or its later
    sentences a bio's own (:meth:`_told_closing_bio`). The heading of an author box over a bio it removes
    ("About the author", table ``bio_heading``) goes with it.
    """

    name = "author-bio"
    family = "credits"
    description = "An author's bio after the article (a name, 'is a', a role of journalism), its name and title lines."

    def __init__(self, max_words: int = 100, min_article_words: int = 60, max_share: float = 0.25,
                 max_title_words: int = 4) -> None:
        self.max_words = max_words
        self.min_article_words = min_article_words
        self.max_share = max_share
        self.max_title_words = max_title_words

    def run(self, ctx: Context) -> None:
        bio = ctx.table(self.family, "bio")
        if not bio.patterns:
            return
        kept = ctx.doc.kept()
        lines = ctx.doc.lines
        counts = ctx.word_counts()
        prose = [counts[i] if ctx.is_prose(i) else 0 for i in kept]
        # Only the tail can hold a bio: from the last line back, while the prose after a line is
        # under ``max_share`` of the prose before it (cheap sums; the regex runs on those lines alone).
        asked = []
        before = sum(prose)
        after = 0
        for at in range(len(kept) - 1, -1, -1):
            before -= prose[at]
            if after >= self.max_share * before or before < self.min_article_words:
                break  # (further back, the prose after only grows and the prose before only shrinks)
            i = kept[at]
            if counts[i] <= self.max_words and not lines[i].lead:
                asked.append(at)
            after += prose[at]
        asked.reverse()
        # (the lines asked put to the table's RE2 gate in one scan first: most it rules out)
        maybe = ctx.may_match(bio, [kept[at] for at in asked])
        candidates = [
            at
            for k, at in enumerate(asked)
            if ((maybe is None or maybe[k]) and bio.match(lines[kept[at]].text))
            # redteam54: or the name opening it is the page's byline, whatever the writer's job
            or byline_bio(ctx, kept[at], _name(lines[kept[at]].text))
        ]
        if not candidates:
            return
        reported = ctx.table("cookies", "reported")
        title = ctx.table(self.family, "bio_role")
        for at in candidates:
            i = kept[at]
            text = lines[i].text
            sentences = split_sentences(text)
            first = sentences[0] if sentences else text
            if _QUOTES.intersection(first) or (reported.patterns and reported.match(first)):
                continue
            contacts = self._contacts_under(ctx, kept, at)
            closes = contacts is not None
            if not (
                self._beside_residue(ctx, i - 1)
                or self._title_under(ctx, i + 1, title)
                or self._lone_closing_bio(closes, sentences, bio.match(first))
                or self._told_closing_bio(ctx, kept, at, closes, sentences, bio.match(first))
                or byline_bio(ctx, i, _name(first))  # redteam54: the page's byline names the writer
            ):
                continue  # a paragraph of the article's last run of prose, whatever residue follows it
            name = _name(first)
            if not name or self._named_elsewhere(ctx, kept, at, prose, name):
                continue
            ctx.doc.remove(i, self.name, "author's bio after the article")
            over = at - 1
            if over >= 0 and _WORD.findall(lines[kept[over]].text) == name:
                ctx.doc.remove(kept[over], self.name, f"the author's name over the bio at line {lines[i].lineno}")
                over -= 1
            if over >= 0 and self._heading_over(ctx, kept[over]):
                ctx.doc.remove(kept[over], self.name, f"the author box's heading over the bio at {lines[i].lineno}")
            for j in contacts or ():
                ctx.doc.remove(j, self.name, f"the author's contact under the bio at line {lines[i].lineno}")
            if at + 1 < len(kept) and not contacts:
                j = kept[at + 1]
                if counts[j] <= self.max_title_words and not lines[j].lead and title.match(lines[j].text):
                    ctx.doc.remove(j, self.name, f"the author's job title under the bio at line {lines[i].lineno}")

    @staticmethod
    def _beside_residue(ctx: Context, index: int) -> bool:
        """Line ``index`` (the one right before a bio) ends a box of residue other passes removed (two
        lines or more: share buttons, a list of teasers), or is a kept line that is no prose and ends no
        sentence (a name, a source tag, a button): the bio stands apart from the article's run of
        paragraphs ("in the block after the text's last run of prose"). One removed line between two
        paragraphs (an "Advertisement" marker, a photo credit, a stray "Reply") parts nothing: the
        paragraph after it is the article's. A short sentence ("He was 92.") is the article's too.
        Before the first line: no."""
        lines = ctx.doc.lines
        if not 0 <= index < len(lines):
            return False
        line = lines[index]
        if line.removal is None:
            return not (ctx.is_prose(index) or ends_sentence(line.text))
        return index > 0 and lines[index - 1].removal is not None

    @staticmethod
    def _contacts_under(ctx: Context, kept: list[int], at: int) -> list[int] | None:
        """The lines kept under line ``kept[at]`` when each is a contact alone, up to ``_BIO_CONTACTS`` (an address,
        a handle, "Follow her on X @jdoe": tables ``bio_contact``, ``promos.sign_off``), so that the line closes the
        page as a bio with its contacts ([] when nothing is kept under it); None when anything else is."""
        under = kept[at + 1:]
        if len(under) > _BIO_CONTACTS:
            return None
        contact = ctx.table(AuthorBio.family, "bio_contact")
        sign_off = ctx.table("promos", "sign_off")
        for j in under:
            text = ctx.doc.lines[j].text
            if ctx.words(j) > _CONTACT_WORDS or not (contact.match(text) or sign_off.match(text)):
                return None
        return under

    @staticmethod
    def _lone_closing_bio(closes: bool, sentences: list[str], role: re.Match[str] | None) -> bool:
        """The bio's line closes the page (``closes``: nothing kept under it but its contacts) as one short sentence
        that says a name, "is", a job in journalism (``role``: table ``bio``'s match) and where, no more: up to
        ``_BIO_WHERE_WORDS`` words after the role, no comma, no clause joined on ("Thomas Brandt ist Redakteur im
        Ressort Wirtschaft.", "Jane Doe is a senior reporter covering energy."). The article's last sentence about a
        person names them in the text above (:meth:`_named_elsewhere`), or tells what they did ("Jana Müller ist
        Redakteurin bei der Lokalzeitung und hat den Fall als Erste aufgedeckt.", "Marie Dupont est journaliste au
        Télégramme depuis vingt ans et couvre le port de Brest."), or names a job outside journalism ("Sarah Khan is a
        nurse …")."""
        if not closes or len(sentences) != 1 or role is None:
            return False
        rest = role.string[role.end():].strip().rstrip(".!")
        words = rest.split()
        return (
            len(words) <= _BIO_WHERE_WORDS
            and not any(mark in rest for mark in ",;:()–—")
            and not any(lower(w) in _JOINING_WORDS for w in words)
        )

    @staticmethod
    def _told_closing_bio(
        ctx: Context, kept: list[int], at: int, closes: bool, sentences: list[str], role: re.Match[str] | None
    ) -> bool:
        """Line ``kept[at]`` closes the page (``closes``: nothing kept under it but its contacts) as a bio told at more
        length than :meth:`_lone_closing_bio` takes: after the role, the person's beat as a habit (table ``bio_beat``:
        "… at the Courier and writes about power markets", "… und schreibt über Umwelt und Verkehr", "… who has covered
        housing since 2015"), or sentences after the first that each tell where they live, worked or wrote before, or
        how to reach them (tables ``bio_more``, ``bio_contact``, ``promos.sign_off``: "He lives in Cambridge.", "Ha
        lavorato per il Corriere …", "Reach him at …"). The article's last sentence about a person tells an event or a
        beat on a definite thing ("… and was the first to reach the harbour", "… et couvre le port de Brest", "He first
        reported the figures in 2019.") and stays."""
        if not closes or role is None or not sentences:
            return False
        if at > 0 and ctx.table(AuthorBio.family, "bio").match(ctx.doc.lines[kept[at - 1]].text):
            return False  # the last of a run of people told by their jobs (a newsroom's new hires): the article's
        rest = role.string[role.end():].strip().rstrip(".!")
        if len(sentences) == 1:
            beat = ctx.table(AuthorBio.family, "bio_beat")
            return bool(beat.patterns) and beat.match(rest) is not None
        more = ctx.table(AuthorBio.family, "bio_more")
        contact = ctx.table(AuthorBio.family, "bio_contact")
        sign_off = ctx.table("promos", "sign_off")
        return all(
            not _QUOTES.intersection(s)
            and (more.match(s) is not None or contact.match(s) is not None or sign_off.match(s) is not None)
            for s in sentences[1:]
        )

    def _heading_over(self, ctx: Context, index: int) -> bool:
        """Line ``index`` (the one right over a bio, or over its name) heads an author box ("About the author")."""
        line = ctx.doc.lines[index]
        heading = ctx.table(self.family, "bio_heading")
        return ctx.words(index) <= 6 and not line.lead and heading.match(line.text) is not None

    def _title_under(self, ctx: Context, index: int, title: Table) -> bool:
        """Line ``index`` (the one right after a bio) is a job title alone ("Staff Writer")."""
        if not 0 <= index < len(ctx.doc.lines):
            return False
        line = ctx.doc.lines[index]
        return ctx.words(index) <= self.max_title_words and not line.lead and bool(title.match(line.text))

    @staticmethod
    def _named_elsewhere(ctx: Context, kept: list[int], at: int, prose: list[int], name: list[str]) -> bool:
        """The person is named in another kept paragraph (the article speaks of the person): by the surname, inflected
        maybe ("Kellers Recherchen", "teksty Kowalskiego"), or by the first name alone, as a feature calls its subject
        ("Katie grew up on a farm …"). (Not in the page's title: the cleaned text has none, and a second cleaning
        must judge alike.)"""
        lines = ctx.doc.lines
        texts = [lines[i].text for k, i in enumerate(kept) if prose[k] and k != at]
        # (a form of a name holds the name less its last letter, and a word equal to a string holds it: where the
        # text does not, no word need be split out and tried, on a long page tens of thousands)
        joined = "\n".join(texts)
        surname = name[-1]
        if surname[:-1] in joined and any(_is_form(word, surname) for text in texts for word in _WORD.findall(text)):
            return True
        # (the first name too where it is one, a word the text never has in lower case ("Katie", not "Der Autor" or
        # Greek's article, "Η Ελένη Παππά"), told of outside quotes, not called: "“Pamela, why …?”", "…, Pamela." is
        # a reader speaking to the author)
        first = name[0]
        if len(name) < 2 or len(first) < _FIRST_NAME_LETTERS or not first[:1].isupper() or first[:-1] not in joined:
            return False
        folded = lower(first)
        if folded in joined and any(word == folded for text in texts for word in _WORD.findall(text)):
            return False
        return any(_told_of(_QUOTED.sub(" ", text), first) for text in texts)


def _told_of(text: str, first: str) -> bool:
    """Whether ``text`` speaks of the person by the first name, not to them (no comma after it, nor one before it with
    the sentence's end after it: "Katie says", not "Pamela, why …", "…, Pamela.")."""
    for m in _WORD.finditer(text):
        if not _is_form(m.group(), first):
            continue
        after = text[m.end():m.end() + 1]
        before = text[:m.start()].rstrip()[-1:]
        if after == "," or (before == "," and after in ".!?"):
            continue
        return True
    return False


def _is_form(word: str, part: str) -> bool:
    """Whether ``word`` is the name's ``part`` or the part inflected: the part less its last letter opens the word, up
    to ``_INFLECTION`` letters longer (parts of ``_INFLECTED_FROM`` letters or more: "Kellers", "Kowalskiego")."""
    if word == part:
        return True
    return (
        len(part) >= _INFLECTED_FROM
        and len(part) - 1 < len(word) <= len(part) + _INFLECTION
        and word.startswith(part[:-1])
        and word[:1].isupper()
    )


_INFLECTED_FROM = 5  # "Kowalski" -> "Kowalskiego", "Keller" -> "Kellers"; "Doe", "Shah" as they stand
_INFLECTION = 3
_FIRST_NAME_LETTERS = 3


# a bio alone under the article: its name, its job, then its desk or paper ("im Ressort Wirtschaft")
_BIO_WHERE_WORDS = 5
# a bio's contacts on lines of their own under it ("@jdoe", "jane.doe@example.com", "Follow her on X @jdoe")
_BIO_CONTACTS = 3
_CONTACT_WORDS = 12
# words that join a clause on after the job (the article telling what the person did or does): "and", "since", "who"
_JOINING_WORDS = frozenset({
    "and", "und", "et", "e", "y", "och", "og", "ja", "since", "seit", "depuis", "desde", "dal", "sinds", "who", "which",
    "that", "qui", "que", "dont", "che", "cui", "quien", "quienes", "wie", "dat", "welche", "welcher", "και", "που",
    "οποίος", "οποία",
})


def _name(sentence: str) -> list[str]:
    """The words of the name that opens a bio's first sentence: the capitalised words before the
    verb (and before a bracket: "Jeff Foust (jeff@example.com) is …")."""
    words: list[str] = []
    for word in sentence.split():
        if word.startswith("(") or not (word[:1].isupper() or word in _PARTICLES):
            break
        words.extend(_WORD.findall(word))
    return words


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "dos", "du"})
