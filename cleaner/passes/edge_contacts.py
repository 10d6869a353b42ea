"""Contacts, addresses and signatures around the article: a contact box's phone that goes with the box, a
footer's postal address, a letter's closing salutation and signer, signatories, a contact's name.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ..context import Context
from ..textstats import ends_colon, ends_sentence, lower
from .edge_shared import _EMAIL, _NUMBER, _PHONE, _SIGNATURE, _adjacent
from .furniture import DIGIT, decimal

_CONTACT_MAIL_REACH = 3  # a contact's name over its office, its phone and its mail
_CONTACT_LINE_WORDS = 6


def _contact_name(ctx: Context, above: int, i: int) -> bool:
    """Whether line ``i``, a signature's shape ("Jane Doe, Communications Office"), is a contact box's name rather
    than the text's signature: residue other passes took stands between it and the article's line ``above`` (the
    box's label, "Media contact:"), and a mail address stands a few short lines under it (the box's rows). A
    signature right under the text stays, and so does one over no mail."""
    lines = ctx.doc.lines
    if above < 0 or _adjacent(ctx, above, i):
        return False
    for j in range(i + 1, min(i + 1 + _CONTACT_MAIL_REACH, len(lines))):
        text = lines[j].text
        if not text.strip():
            continue
        if ctx.words(j) > _CONTACT_LINE_WORDS:
            return False
        if "@" in text and _EMAIL.search(text) is not None:
            return True
    return False


_SALUTATION_WORDS = 4  # a letter's closing: "Met vriendelijke groet,", "Herzliche Grüße,", "Bien à vous,"
_KEPT_SALUTATION_WORDS = 8  # a newsletter's closing ending its last kept line: "Un abrazo y hasta el próximo jueves,"
_KEPT_SIGNER_WORDS = 3  # and its writer's name under it: "Anna", "Lucía", "Tom"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_SIGNER_WORDS = 5  # and its signer: "Team De Regenboog", "Ihr Elternbeirat", "The Head Teacher"
_SIGNER_ROLE_WORDS = 3  # the signer's role under the name: "Headteacher", "Club secretary"


def _closing_salutation(ctx: Context, i: int, signer: int, *, kept: bool = False) -> list[int]:
    """The lines of a letter's closing and its signer (none: no such closing): line ``i``, a closing ending on a
    comma ("Kind regards,", "Met vriendelijke groet,") right over line ``signer``, a short name (no digit, no
    sentence) that the page's residue or its end follows, or the signer's role right under the name
    ("Mrs J. Thornton" over "Headteacher", "Anna Berg" over "Club secretary": up to ``_SIGNER_ROLE_WORDS`` words
    of the same shape) and the residue or the end under that; the signer's mail and phone (up to
    ``_SIGNER_CONTACTS`` lines: "office@stmarys.sch.uk", "Tel.: 08382 704-115") may stand between. A contact box
    has no closing courtesy over its name ("Pressekontakt:" over it): :func:`contact_phones` judges it.
    ``kept``: line ``i`` is the article's last line, kept above the furniture, and the closing is its last sentence
    (a newsletter's "That's all for this week. See you next Friday," over "Anna"), of up to ``_KEPT_SALUTATION_WORDS``
    words ("Bonne dégustation et à la semaine prochaine,"), the signer of up to ``_KEPT_SIGNER_WORDS`` words; the
    signer (and role, contacts) are returned, not line ``i``."""
    lines = ctx.doc.lines
    text = lines[i].text
    if kept:
        text = _SENTENCE_END.split(text)[-1]
    if not text.endswith(",") or DIGIT.search(text) or (
        len(text.split()) > _KEPT_SALUTATION_WORDS if kept else ctx.words(i) > _SALUTATION_WORDS
    ):
        return []

    def name(j: int, words: int) -> bool:
        line = lines[j].text
        return ctx.words(j) <= words and not DIGIT.search(line) and not ends_sentence(line) and not ends_colon(line)

    def below(j: int) -> int:  # the next line with text under line ``j``
        j += 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        return j

    def contact(j: int) -> bool:  # the signer's mail or phone under the name ("office@…", "01632 960 123")
        line = lines[j].text.strip()
        if lines[j].lead or ctx.words(j) > _PHONE_WORDS:
            return False
        if "@" in line:
            return _EMAIL.search(line) is not None and _EMAIL_ROW.fullmatch(line) is not None
        return _PHONE.fullmatch(line) is not None and sum(c.isdigit() for c in line) >= _PHONE_DIGITS

    def closed(signed: list[int]) -> list[int]:
        """``signed`` and up to ``_SIGNER_CONTACTS`` lines of the signer's contact under it, when the residue or
        the page's end follows them; none otherwise."""
        after = below(signed[-1])
        contacts = 0
        while after < len(lines) and lines[after].removal is None and contacts < _SIGNER_CONTACTS and contact(after):
            signed = [*signed, after]
            contacts += 1
            after = below(after)
        return signed if after == len(lines) or lines[after].removal is not None else []

    if not name(signer, _SIGNER_WORDS) or below(i) != signer:
        return []  # (blank lines may part them, nothing else)
    if kept and ctx.words(signer) > _KEPT_SIGNER_WORDS:
        return []
    if signed := closed([signer] if kept else [i, signer]):
        return signed
    role = below(signer)
    if role < len(lines) and name(role, _SIGNER_ROLE_WORDS) and not lines[role].lead:
        return [] if lines[role].text.endswith(",") else closed([signer, role] if kept else [i, signer, role])
    return []


_SIGNER_CONTACTS = 2  # a letter's signer's mail and phone under the name: "office@stmarys.sch.uk", "01632 960 123"
# a mail address alone or under a short label: "office@stmarys.sch.uk", "E-mail: office@stmarys.sch.uk"
_EMAIL_ROW = re.compile(r"(?:[^\W\d_][\w.-]{0,14}\s?:\s?)?(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")

_SIGNATORIES = 2  # signatories under an open letter's closing (one alone is :func:`_closing_salutation`'s signer)
_MAX_SIGNATORIES = 24
_SIGNATORY_WORDS = 10  # "Jean Pritchard, chair, Westshire Pensioners' Forum"


def _signatories(ctx: Context, order: list[int], pos: int) -> list[int]:
    """The signatories of an open letter under its closing at ``order[pos]`` (a line of up to
    ``_SALUTATION_WORDS`` words ending on a comma, no figure: "Yours sincerely,", "בכבוד רב,"): the lines right
    under it, two or more, each a name and a role parted by a comma ("Dr. Tom Okoye, GP, Hadley Surgery", "Sarah
    Lyle, author"), up to ``_SIGNATORY_WORDS`` words, no figure, no sentence, no colon; none when a line another
    pass took stands among them. What follows them does not matter ("and 214 others", the page's footer): a
    footer's links hold no comma and stand under no closing."""
    lines = ctx.doc.lines
    text = lines[order[pos]].text
    if not text.endswith(",") or ctx.words(order[pos]) > _SALUTATION_WORDS or DIGIT.search(text):
        return []
    signers: list[int] = []
    for j in order[pos + 1 : pos + 1 + _MAX_SIGNATORIES]:
        name = lines[j].text
        if (
            ", " not in name.rstrip(",")
            or ctx.words(j) > _SIGNATORY_WORDS
            or DIGIT.search(name)
            or ends_sentence(name)
            or ends_colon(name)
            or lines[j].lead
            or not _adjacent(ctx, signers[-1] if signers else order[pos], j)
        ):
            break
        signers.append(j)
    return signers if len(signers) >= _SIGNATORIES else []


_CLOSED_LINE_WORDS = 8  # a closed line of this many words over a contact box is the article's last line


def _closed_line(ctx: Context, j: int) -> bool:
    """Line ``j``, kept over a contact box, is the article's last line though no prose test reads it so: closed by a
    sentence mark, of ``_CLOSED_LINE_WORDS`` words or more, no list item (release33: a release's citation of the
    paper, "Originalpublikation: L. Vogt et al., Stabilising perovskite …, Nature Energy (2024).", over the scientists'
    contact box: its phone went with the box's other lines). A heading over a box, or a row of the article's data
    ("Freitag: 8 bis 12 Uhr"), is short or not closed."""
    line = ctx.doc.lines[j]
    return not line.lead and ctx.words(j) >= _CLOSED_LINE_WORDS and ends_sentence(line.text)


_PHONE_DIGITS = 6  # a phone number has this many digits or more ("704-115" alone is a room or an extension)
_PHONE_WORDS = 6  # "Tel. (Zentrale) +49 30 123 45 67"
_CONTACT_REACH = 6  # the lines of a contact block: its label, a name, an office, a mail, a phone or two


def contact_phones(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """The phone lines (``_PHONE``: a number alone or under a short label) of a contact block after the article
    that goes as a whole: the lines over the phone up to the article's last paragraph, and those under it up to
    the next kept line, go (``furniture``, or residue other passes took; another phone line of the box aside),
    one of them a mail address ("Pressekontakt:", "Thomas Brenner", "presse@…", then "Tel.: 08382 704-115").
    A box under a kept heading ("Contacto para a imprensa") or right under the article's own short lines
    (its hours, "Freitag: 8 bis 12 Uhr", then "Ansprechpartnerin") stays with them, and so does a number
    named in a sentence ("Die Hotline ist unter 0800 111 0 111 erreichbar."). The box's name in a signature's shape
    that the furniture test lets through ("Jane Doe, Head of Communications": its "of") goes with the phone when it
    stands right under residue (the box's label, "Media contact:"); right under the text, it is the text's signer."""
    lines = ctx.doc.lines
    gone = set(furniture)

    def phone(j: int) -> bool:
        line = lines[j]
        if line.lead or ctx.words(j) > _PHONE_WORDS:
            return False
        text = line.text.strip()
        # (a figure first: on a line of words the pattern's optional labels are tried every way they split)
        return (
            ctx.digit(j)
            and _PHONE.fullmatch(text) is not None
            and sum(c.isdigit() for c in text) >= _PHONE_DIGITS
        )

    def mail(j: int) -> bool:
        return "@" in lines[j].text and _EMAIL.search(lines[j].text) is not None

    def named(j: int) -> bool:  # a name and an office ("Jane Doe, Head of Communications") right under residue
        if ctx.words(j) > _CONTACT_LINE_WORDS or ctx.is_prose(j) or not _SIGNATURE.fullmatch(lines[j].text):
            return False
        above = j - 1
        while above >= region.start and not lines[above].text.strip():
            above -= 1
        return above >= region.start and (lines[above].removal is not None or above in gone)

    out: list[int] = []
    for i in region:
        if lines[i].removal is not None or i in gone or not phone(i):
            continue
        mailed = False
        name = -1
        j = i - 1  # up to the article's last paragraph (or its last kept line: then the box is its own)
        while j >= region.start and i - j <= _CONTACT_REACH:
            if lines[j].removal is None and j not in gone:
                if name < 0 and named(j):
                    name = j  # the box's name in a signature's shape under its label that went
                elif not phone(j):
                    break
            elif mail(j):
                mailed = True
            j -= 1
        if j >= region.start and (i - j > _CONTACT_REACH or not (ctx.is_prose(j) or _closed_line(ctx, j))):
            continue  # a kept line over the box: its heading, or the article's own rows going on
        j = i + 1  # down to the next kept line
        while not mailed and j < region.stop and j - i <= _CONTACT_REACH:
            if lines[j].removal is None and j not in gone:
                if not phone(j):
                    break
            elif mail(j):
                mailed = True
            j += 1
        if mailed:
            out.append(i)
            if name >= 0 and name not in out:
                out.append(name)
    return sorted(out)


# a postal code: five digits (with Brazil's three after a dash), or four and the Dutch letters
_POSTCODE = re.compile(r"(?<![\d.,:/])(?:\d{5}(?:-\d{3})?|\d{4} ?[A-Z]{2})(?![\d.,:/]|[^\W\d_])")

# a phone under its label, short numbers too ("Telefone: 156", "Tél. : 02 28 25 20 00")
_LABELLED_PHONE = re.compile(
    r"(?:tel|tél|téléphone|telefone|telefon|teléfono|telefono|fone|phone|tlf|fax)\.?\s?:?\s?\+?\(?\d[\d ()./–-]{1,24}",
    re.IGNORECASE,
)
# the letters _LABELLED_PHONE's labels open with, in either case (no other character folds to them)
_PHONE_LABEL_FIRST: Final = frozenset("tfpTFP")
_ADDRESS_WORDS = 14
_FOOTER_BOX_LINES = 3  # a site's address, its phone, a fax or its hours
_FOOTER_OVER = 3  # the footer's lines over it, all going (one label over it may be the article's "Kontakt")


# an address over two lines: the street and its house number ("12 Market Street", "Hauptstraße 12", "5 rue de la
# République", "Hanauer Landstr. 126-128"), then the postal code and the town ("10115 Berlin", "69001 Lyon",
# "Leeds LS1 6AB")
_HOUSE = r"\d{1,4}[a-z]?(?:[-–/]\d{1,4}[a-z]?)?"
# (both read whole lines: anchored, so that a search is one try, not one a character)
_STREET = re.compile(r"^(?:" + _HOUSE + r",? [^\W\d_][^\d,;:]{2,40}|[^\W\d_][^\d,;:]{2,40} " + _HOUSE + ")")
_POSTCODE_TOWN = re.compile(
    r"^(?:(?:[A-Z]{1,2}-)?\d{4,5}(?: ?[A-Z]{2})? [^\W\d_][\w'’ .-]{1,40}"
    r"|[^\W\d_][\w'’ .-]{1,40},? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
)
_STREET_WORDS = 6


def _street_ends(text: str) -> bool:
    """What ``_STREET.fullmatch(text)`` needs at the line's ends, looked at before the regex: the house number first,
    or last (a figure, or a figure and a lowercase letter: "Hanauer Landstr. 126-128", "Hauptstraße 12a")."""
    return decimal(text[:1]) or decimal(text[-1:]) or (decimal(text[-2:-1]) and "a" <= text[-1:] <= "z")


def _town_ends(text: str) -> bool:
    """What ``_POSTCODE_TOWN.fullmatch(text)`` needs at the line's ends, looked at before the regex: the postal code
    first (a figure, or a country's capitals and a hyphen: "D-10115 Berlin"), or last (a figure and two capitals:
    "Leeds LS1 6AB")."""
    return (
        decimal(text[:1])
        or ("A" <= text[:1] <= "Z" and "-" in text[1:3])
        or (decimal(text[-3:-2]) and "A" <= text[-2:-1] <= "Z" and "A" <= text[-1:] <= "Z")
    )


_VENUE_ADDRESS_WORDS: Final = 9  # "Travessa das Merceeiras 27, 1100-348 Lisbon", "31, rue Dragon, 13006 Marseille"
_VENUE_TOWN_WORDS: Final = 4  # the part after the street: a postal code and a town, a district
_VENUE_NAME_WORDS: Final = 6  # the venue's name over its address: "Taberna da Rua das Flores"
# the lower-case words a street's name holds: particles and the kind of street ("Lungomare di Levante 26", "31, rue
# Dragon", "Travessa das Merceeiras 27"); a headline's verb or noun in lower case ("Apple unveils iPhone 16", "10 things
# to do in Rome") is none of them
_STREET_LOWER: Final = frozenset({
    "di", "de", "da", "das", "do", "dos", "del", "della", "delle", "dei", "degli", "la", "le", "les", "des", "du", "l",
    "d", "van", "der", "den", "het", "von", "vom", "zu", "am", "an", "of", "the", "y", "e", "i", "och", "st", "rue",
    "via", "viale", "vicolo", "vico", "corso", "largo", "piazza", "piazzale", "strada", "calle", "avenida", "avenue",
    "boulevard", "allée", "chemin", "place", "quai", "cours", "impasse", "passage", "rua", "travessa", "praça",
    "estrada", "rambla", "paseo", "plaza", "carrer", "plaça", "ulica", "ul",
})
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


def _street_name(street: str) -> bool:
    """Whether ``street`` (a part of a line ``_STREET`` matched whole) is a street and its house number, not a
    headline ending on a figure: no year for its number, each of its words capitalised or a street's particle."""
    for w in street.replace(",", " ").split():
        if decimal(w[:1]):
            if _YEAR.fullmatch(w) is not None:
                return False
            continue
        if not w[:1].isupper() and lower(w).strip(".'’") not in _STREET_LOWER:
            return False
    return True


def venue_address(ctx: Context, i: int) -> bool:
    """travel35: whether line ``i`` is a venue's address alone on its line, as a guide prints it under the venue's
    name: a street and its house number (``_STREET``, :func:`_street_name`: "Rua das Flores 103", "31, rue Dragon",
    "Lungomare di Levante 26"), then a town or a postal code and town after a comma ("…, 13006 Marseille", "…,
    Siracusa"), or with none the venue's name right over it (a short kept line with no figure that ends no sentence:
    "Trattoria Da Nino" over "Via Roma 12"). A story's headline is no address ("Champions League final 2024", "Apple
    unveils iPhone 16")."""
    if ctx.words(i) > _VENUE_ADDRESS_WORDS or not ctx.digit(i):
        return False
    lines = ctx.doc.lines
    parts = lines[i].text.strip().split(",")
    for k in (1, 2):
        if k > len(parts):
            break
        street = ",".join(parts[:k]).strip()
        rest = parts[k:]
        if not street or not _street_ends(street) or _STREET.fullmatch(street) is None or not _street_name(street):
            continue
        if len(rest) > 1 or not all(0 < len(r.split()) <= _VENUE_TOWN_WORDS for r in rest):
            continue
        if rest:
            return True
        above = i - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        if above < 0 or lines[above].removal is not None:
            return False
        name = lines[above].text
        return (
            ctx.words(above) <= _VENUE_NAME_WORDS and not ctx.digit(above)
            and not ends_sentence(name) and not ends_colon(name)
        )
    return False


_BLOCK_NAME_WORDS = 4


def footer_contact_block(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """A postal address and its phone as a footer block after the article: a run of lines that are a name (the first
    one only: "Central Library"), an address (on one line, as :func:`footer_address` reads it, or a street over its
    postal code and town: "12 Market Street" / "Leeds LS1 6AB") and a phone under its label ("Tel: 0113 378 5005"),
    both of them there, with the page's furniture or residue right over it (a share row, "Print": the article's
    last paragraph does not stand over it, nor a label with a colon) and right under it (the footer's links). The
    block's lines that go: those still kept. The same block right under the article's text, or over the page's end,
    is the notice's own contact and stays (see :func:`footer_address`)."""
    lines = ctx.doc.lines
    gone = set(furniture)
    seq = [i for i in region if lines[i].text.strip()]

    def going(i: int) -> bool:
        return lines[i].removal is not None or i in gone

    plain: dict[int, bool] = {}  # (each line's sentence test once: street, town, address and phone all ask it)

    def short(i: int, most: int) -> bool:
        if ctx.words(i) > most:
            return False
        found = plain.get(i)
        if found is None:
            found = plain[i] = not ends_sentence(lines[i].text) and not ctx.is_prose(i)
        return found

    def street(i: int) -> bool:
        text = lines[i].text.strip()
        return _street_ends(text) and short(i, _STREET_WORDS) and _STREET.fullmatch(text) is not None

    def town(i: int) -> bool:
        text = lines[i].text.strip()
        return _town_ends(text) and short(i, _STREET_WORDS) and _POSTCODE_TOWN.fullmatch(text) is not None

    def one_line(i: int) -> bool:
        text = lines[i].text
        return (
            short(i, _ADDRESS_WORDS)
            and ("," in text or " - " in text or " – " in text)
            and _POSTCODE.search(text) is not None
            and len(_NUMBER.findall(text)) >= 2
        )

    def phone(i: int) -> bool:
        text = lines[i].text.strip()
        # (the label first: every one opens on one of _PHONE_LABEL_FIRST, most lines on another letter)
        return (
            text[:1] in _PHONE_LABEL_FIRST
            and short(i, _ADDRESS_WORDS)
            and _LABELLED_PHONE.fullmatch(text) is not None
        )

    def name(i: int) -> bool:
        text = lines[i].text.strip()
        return short(i, _BLOCK_NAME_WORDS) and not ctx.digit(i) and text[-1:] not in ":|"

    # every line of the block's body holds a figure (a house number, a postcode, a phone), a name none: a line
    # without one ends the body, and a name is only looked for over a line with one (cheap first: the region is
    # most of a naive page)
    # (a block holds a phone, a line of its body: with none among the lines with a figure, most pages, no block; the
    # label's first letter asked first, then the figure, of each line)
    if not any(lines[i].text.strip()[:1] in _PHONE_LABEL_FIRST and ctx.digit(i) and phone(i) for i in seq):
        return []
    figured = [ctx.digit(i) for i in seq]
    out: list[int] = []
    k = 0
    while k < len(seq):
        start = k
        if k + 1 < len(seq) and figured[k + 1] and name(seq[k]):
            k += 1
        end = k
        while end < len(seq) and figured[end] and (
            street(seq[end]) or town(seq[end]) or one_line(seq[end]) or phone(seq[end])
        ):
            end += 1
        body = seq[k:end]
        if not body:
            k = start + 1
            continue
        addressed = any(one_line(i) for i in body) or any(street(a) and town(b) for a, b in pairwise(body))
        if (
            start > 0
            and addressed
            and any(phone(i) for i in body)
            and end < len(seq)
            and going(seq[start - 1])
            and not ends_colon(lines[seq[start - 1]].text)
            and going(seq[end])
        ):
            out.extend(i for i in seq[start:end] if not going(i))
        k = end  # (a block is judged once, from its first line: right under the text, it stays whole)
    return out


def footer_address(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """A site's postal address and phone in its footer: a run of up to ``_FOOTER_BOX_LINES`` kept lines after the
    article, one of them a postal address (a house number and a postal code, parted by a comma or a dash: "2 rue de
    l'Hôtel de Ville, 44800 Saint-Herblain"), the others addresses or phones under their label ("Tél. : 02 28 25 20
    00"), with the page's furniture (``furniture``, or residue other passes took) right over it and right under it:
    the footer's link columns around the site's address (``_FOOTER_OVER`` lines or more over it, all going, the last
    no label with a colon). The same lines right under the article's last paragraph or a label or two there (a
    notice's own contact, "Weitere Informationen:" over the office's address), or over nothing but the page's end,
    stay."""
    lines = ctx.doc.lines
    gone = set(furniture)
    seq = [i for i in region if lines[i].text.strip()]

    def address(i: int) -> bool:
        text = lines[i].text
        return (
            ctx.words(i) <= _ADDRESS_WORDS
            and not ends_sentence(text)
            and ("," in text or " - " in text or " – " in text)
            and _POSTCODE.search(text) is not None
            and len(_NUMBER.findall(text)) >= 2
        )

    def phone(i: int) -> bool:
        return ctx.words(i) <= _ADDRESS_WORDS and _LABELLED_PHONE.fullmatch(lines[i].text.strip()) is not None

    out: list[int] = []
    k = 0
    over = 0  # the lines going right over the line at k
    while k < len(seq):
        if lines[seq[k]].removal is not None or seq[k] in gone:
            k += 1
            over += 1
            continue
        end = k
        while end < len(seq) and lines[seq[end]].removal is None and seq[end] not in gone:
            end += 1
        run = seq[k:end]
        if (
            over >= _FOOTER_OVER
            and not ends_colon(lines[seq[k - 1]].text)
            and end < len(seq)
            and len(run) <= _FOOTER_BOX_LINES
            and any(address(i) for i in run)
            and all(address(i) or phone(i) for i in run)
        ):
            out.extend(run)
        k, over = end, 0
    return out
