"""What page furniture looks like: a short line that is not a sentence, a list item, a quote, a
link or data (the stuff menus, tag clouds and footers are made of). The test is shared by the edge
passes (:mod:`.structure`) and the block passes (:mod:`.blocks`); the shapes of the article's own data
it spares (labelled values, figures) are defined here too, for the edge guards (``edge_*`` modules).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import DIGIT as DIGIT  # (defined beside has_digit, which Context asks of every line)
from ..textstats import MIN_PROSE_WORDS, ends_colon, ends_sentence
from ..textstats import has_digit as has_digit
from .edge_press import named_company  # press39
from .edge_qa import without_direction  # qa44
from .markdown import code_line

# (Final: compiled, each name is a static, not a look-up in the module's dict on every line)
QUOTES: Final = frozenset("\"“”„«»‘’‚‹›'「『")
URL: Final = re.compile(r"(https?://|www\.)\S+")
NUMBERED: Final = re.compile(r"\d{1,3}[a-zº°ª]?[.)]\s|\d{1,3}[a-zº°ª]\s")
# a command line as a how-to prints it: a lowercase program's name, then arguments, one of them an option
# ("--nginx", "-d"), a URL, a path ("deployment/api") or an assignment ("KEY=value"); a menu's or a
# breadcrumb's words hold none of these ("home / news" parts its words with spaces)
# (read token by token: one regex over the whole line backtracks quadratically on a long line of words)
_PROGRAM: Final = re.compile(r"[a-z][a-z0-9_.-]*")
# (an option may open in a capital: "pg_dump -Fc -U postgres shop", "ssh -L 8080:localhost:80 host")
_ARGUMENT: Final = re.compile(r"(?<!\S)(?:--?[A-Za-z]\S*|\S*://\S+|\S*\w/\w\S*|\w+=\S+)")  # (a word's start: linear)


def decimal(ch: str) -> bool:
    """``ch.isdecimal()`` (what ``\\d`` matches) for a character or "", the ASCII digits told by their code:
    compiled, that string method is a call by name, and this is asked of most lines."""
    if not ch:
        return False
    code = ord(ch)  # (a comparison of strings is a generic call too; ``ord`` is not)
    return 48 <= code <= 57 or (code > 127 and ch.isdecimal())


def command_line(text: str) -> bool:
    """Whether ``text`` is a command line: a program's name, then words parted by single spaces, one of
    them an option, a URL, a path or an assignment."""
    tokens = text.split(" ")
    if len(tokens) < 2 or " ".join(text.split()) != text:  # (no other space, no empty word)
        return False
    if tokens[0] == "sudo":  # a command run as root ("sudo apt update"): a menu's words never open so
        return _PROGRAM.fullmatch(tokens[1]) is not None
    return _PROGRAM.fullmatch(tokens[0]) is not None and any(_ARGUMENT.fullmatch(t) for t in tokens[1:])


def _unlabelled_hours(text: str) -> bool:
    """Opening hours under no label: a span of clock times, no colon outside it ("Poniedziałek–piątek 6:00–22:00";
    a contact box's "Åpningstider: 08.00–15.30" is labelled, its box's)."""
    span = CLOCK_SPAN.search(text)
    return span is not None and ":" not in text[: span.start()] + text[span.end() :]


# a span of clock times: "6:00–22:00", "9.00 - 17.30" (opening hours, a timetable's row)
CLOCK_SPAN: Final = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2} ?[–—-] ?\d{1,2}[:.]\d{2}(?!\d)")
# The blocks of the Indic scripts (U+0900-U+0DFF) and Thai's vowel signs (U+0E31-U+0E4E): their vowel signs and
# viramas are combining marks ``\w`` does not match, letters of a label's word as much as its consonants ("রেটিং",
# "कीमत").
INDIC_MARKS: Final = "\u0900-\u0dff\u0e31-\u0e4e"
# a label and a rating or a price: "Voto: 8,5", "Note : 8/10", "Price: €15", "রেটিং: ৩.৫/৫" (article data)
LABEL_VALUE: Final = re.compile(
    rf"[^\W\d_][\w'’.{INDIC_MARKS}-]{{0,30}}(?: [\w'’.{INDIC_MARKS}-]{{1,30}}){{0,2}} ?: ?"
    r"(?:\d{1,2}[.,]\d(?: ?/ ?\d{1,3})?|\d{1,2} ?/ ?\d{1,3}|[€$£] ?\d[\d.,]*|\d[\d.,]* ?[€$£])"
)

# a label and a figure parted by a fullwidth colon, in an unspaced script: "容量：4L", "消費電力：1240W" (a
# row of a product's or a table's data; a word per two characters, it never reaches the three words the
# rows of spaced text have)
_WIDE_LABEL_FIGURE: Final = re.compile(r"[^\W\d_][^\s:：]{0,11}：[^:：]{0,24}")


def wide_label_figure(text: str) -> bool:
    return "：" in text and bool(_WIDE_LABEL_FIGURE.fullmatch(text)) and bool(DIGIT.search(text.partition("：")[2]))


FURNITURE_MAX_WORDS: Final = 12  # (furniture_test's: no line of more words is furniture)


# a Markdown table's delimiter row, under its header: "| --- | --- |", "|:---|---:|"
_TABLE_DELIMITER: Final = re.compile(r"\|(?: ?:?-{3,}:? ?\|)+")
_TABLE_REACH: Final = 200  # rows a table's line looks up for its delimiter


def markdown_table_row(ctx: Context, i: int) -> bool:
    """Whether line ``i`` (opening and closing with a bar) is a row of a Markdown table: its delimiter row ("| --- |
    --- |"), the header right over one, or a row under one with only table rows between. A menu's "| Home | News |"
    has no delimiter under it."""
    lines = ctx.doc.lines
    text = lines[i].text
    if _TABLE_DELIMITER.fullmatch(text):
        return True
    if i + 1 < len(lines) and _TABLE_DELIMITER.fullmatch(lines[i + 1].text):
        return True
    for j in range(i - 1, max(-1, i - _TABLE_REACH), -1):
        above = lines[j].text
        if above[:1] != "|" or above[-1:] != "|":
            return False
        if _TABLE_DELIMITER.fullmatch(above):
            return True
    return False


def furniture_test(
    ctx: Context, max_words: int = FURNITURE_MAX_WORDS, max_stop_ratio: float = 0.35
) -> Callable[[int], bool]:
    """Whether line ``i`` of the document is furniture: a short line that is not a sentence, a
    list item, a quote, a link or data, the stuff menus, tag clouds and footers are made of
    (shared by the structure and block passes). Each line is judged once for all the passes
    that ask (it runs on most lines, twice)."""
    memo = ctx.memo(("furniture", max_words, max_stop_ratio))

    def test(i: int) -> bool:
        found = memo[i]
        if found is None:
            found = memo[i] = _is_furniture(ctx, i, max_words, max_stop_ratio)
        return bool(found)

    return test


def _is_furniture(ctx: Context, i: int, max_words: int, max_stop_ratio: float) -> bool:
    words = ctx.words(i)
    # Cheap checks first: this runs on most lines (and a line this short is never prose).
    if words > max_words or (words >= MIN_PROSE_WORDS and ctx.is_prose(i)):
        return False
    pinned = ctx.doc.pinned
    if pinned and i in pinned:
        return False  # a line of a code sample (``Document.pinned``): the article's, and no run of furniture's
    line = ctx.doc.lines[i]
    text = line.text
    if words >= 2 and (ends_sentence(text) or text.rstrip()[-1:] in _SENTENCE_TAILS) and not named_company(ctx, i):
        # (a list item closed by a semicolon, as Slavic and Romance lists print them, is text; so is a blog's spoken
        # sentence closed by a wave dash, as Korean and Japanese posts write one: "다들 즐거운 여행 되세요~")
        return False
    if words == 1 and text.rstrip().rstrip(_ANSWER_CLOSERS)[-1:] in _ONE_WORD_ENDS and (
        _answer(ctx, i) or _one_word_question(ctx, i)
    ):
        return False  # an interview's or an FAQ's one-word answer under its question: "Nein.", "Absolutely."
    if words <= _STAGE_DIRECTION_WORDS and text.rstrip()[-1:] in ".)]" and ctx.table(
        "structure", "stage_direction"
    ).match(text):
        return False  # a transcript's stage direction: "Applause.", "(Beifall bei der SPD)" under a speech's end
    if text[-1:] in ")]" and _sentence_then_direction(ctx, text):
        return False  # (talk32) a speech's sentence and the audience's response: "Thank you. (Applause)"
    if closing_word(ctx, i):
        return False  # the text's closing word: a prayer's "Amen.", a how-to's "Listo.", a recipe's "Enjoy!"
    colon = ends_colon(text)
    if colon and words >= _COLON_SENTENCE_WORDS and (not ctx.stopwords or ctx.stats(i).unspaced):
        return False  # no function words to judge it by: a sentence's length, announcing what follows
    if colon and ctx.stats(i).unspaced and _WIDE_CLAUSE.search(text):
        return False  # a sentence's clauses before the colon: a notice's addressees ("各区、各有关单位，广大市民：")
    first = text[:1]  # (what the regexes below need to see first: most lines are spared them)
    if first == "|" and text[-1:] == "|" and markdown_table_row(ctx, i):
        return False  # a Markdown table's row (a scraper's Markdown of the article's table): data, however short
    if line.lead or first in QUOTES or (decimal(first) and NUMBERED.match(text)) or (
        first in "hw" and URL.fullmatch(text)
    ):
        return False  # list items, one-line quotes and bare links are article text
    if first and 97 <= ord(first) <= 122 and command_line(text) and text.split(" ", 1)[0] not in ctx.stopwords:
        # a command line ("curl https://…/status?id=4711", "sudo certbot --nginx"): a how-to's code (a source's
        # "from https://…" opens on a function word)
        return False
    if code_line(text):
        return False  # docs33: a line of a docs page's code sample ("import os", "}", "print(pd.__version__)")
    # (the next three tests need a figure: most lines, a menu's, hold none; judged once per line for the guards too)
    digit = ctx.digit(i)
    if words >= 3 and digit:
        return False  # dates, scores, prices, schedules: article data, not menus
    if digit and _unlabelled_hours(text):
        return False  # opening hours in two words: "Poniedziałek–piątek 6:00–22:00"
    if digit and ":" in text and LABEL_VALUE.fullmatch(text):
        return False  # a rating or a price under its label: article data
    if wide_label_figure(text):
        return False  # the same in Chinese or Japanese: "容量：4L"
    if ("：" in text or ":" in text) and ctx.table("structure", "data_source").match(text):
        return False  # where the article's figures come from: "数据来源：国家统计局"
    if words <= _GREETING_WORDS and text.rstrip()[-1:] in ",，" and i + 1 < len(ctx.doc.lines) and ctx.is_prose(i + 1):
        return False  # a letter's or a post's greeting over its first paragraph: "Hi all,", "Liebe Leser,"
    return words <= 3 or ctx.stats(i).stop_ratio <= max_stop_ratio


def _sentence_then_direction(ctx: Context, text: str) -> bool:
    """Whether ``text``, closed by a bracket, is a speaker's sentence and the stage direction bracketed after it
    ("Thank you. (Applause)", "Vielen Dank. (Beifall bei der SPD)", "Merci. (Applaudissements)"): the words before
    the bracket close a sentence, and the bracket is what table ``structure.stage_direction`` reads. A menu's item
    with a note in brackets ("Newsletter (free)") closes no sentence before it."""
    cut = max(text.rfind("("), text.rfind("["))
    if cut <= 0:
        return False
    head = text[:cut].rstrip()
    return ends_sentence(head) and ctx.table("structure", "stage_direction").match(text[cut:]) is not None


def closing_word(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is the text's closing word or two, closed by its mark (table ``structure.closing_word``:
    "Amen.", "Listo.", "Bon appétit !", "The End.")."""
    text = ctx.doc.lines[i].text.rstrip()
    return (
        text[-1:] in _CLOSING_ENDS
        and ctx.words(i) <= _CLOSING_WORDS
        and ctx.table("structure", "closing_word").match(text) is not None
    )


def _answer(ctx: Context, i: int) -> bool:
    """Line ``i``, one word, is a one-word answer: closed by a full stop or an exclamation mark, right under a
    question of two words or more ("Bereuen Sie etwas?" over "Nein."; a helpfulness widget's "Ja", "Nein" under
    its question print no full stop)."""
    text = ctx.doc.lines[i].text.rstrip().rstrip(_ANSWER_CLOSERS)
    if text[-1:] not in _ANSWER_ENDS or i == 0:
        return False
    question = ctx.doc.lines[i - 1].text.rstrip().rstrip(_ANSWER_CLOSERS)
    return question[-1:] in _QUESTION_ENDS and ctx.words(i - 1) >= 2


def _one_word_question(ctx: Context, i: int) -> bool:
    """Line ``i``, one word, is an interview's question or its answer: "Spijt?" over "Nooit.", in a run of
    questions and answers (over the question the answer to the one before, under it its own answer, each closing
    a sentence in a word or a few); a widget's "Ja" / "Nee" under its question print no full stop, a footer's
    "Vragen?" over "Bel ons." stands under no question and its answer."""
    lines = ctx.doc.lines
    text = lines[i].text.rstrip().rstrip(_ANSWER_CLOSERS)
    if text[-1:] in _ANSWER_ENDS and i >= 3:  # the answer under a one-word question
        return ctx.words(i - 1) == 1 and _one_word_question(ctx, i - 1)
    if text[-1:] not in _QUESTION_ENDS or i < 2 or i + 1 >= len(lines):
        return False
    before = lines[i - 2].text.rstrip().rstrip(_ANSWER_CLOSERS)
    above = lines[i - 1].text.rstrip().rstrip(_ANSWER_CLOSERS)
    answer = without_direction(lines[i + 1].text.rstrip()).rstrip(_ANSWER_CLOSERS)  # qa44: "—Ya veremos. (Risas)"
    return (
        before[-1:] in _QUESTION_ENDS
        and above[-1:] in _ANSWER_ENDS
        and ctx.words(i - 1) <= _SHORT_ANSWER_WORDS
        and answer[-1:] in _ANSWER_ENDS
        and ctx.words(i + 1) <= _SHORT_ANSWER_WORDS
    )


_SHORT_ANSWER_WORDS: Final = 6
_ANSWER_CLOSERS: Final = "\"'”’»)"
_ANSWER_ENDS: Final = frozenset(".!。！")
_QUESTION_ENDS: Final = frozenset("?？؟")
# how a one-word line that is an answer or a question ends (its closing quotes and brackets taken off): any
# other is neither, and no line above or below it need be read
_ONE_WORD_ENDS: Final = _ANSWER_ENDS | _QUESTION_ENDS
_SENTENCE_TAILS: Final = frozenset({";", "~", "～"})
_STAGE_DIRECTION_WORDS: Final = 10  # "(Beifall bei der CDU/CSU und bei Abgeordneten der SPD)"
_CLOSING_WORDS: Final = 3  # "¡Buen provecho!", "Приятного аппетита!"
_CLOSING_ENDS: Final = frozenset(".!。！")
_GREETING_WORDS: Final = 6  # "Sehr geehrte Damen und Herren,"
# Where no stopword list applies, a line this long that ends in a colon is a sentence announcing
# what follows, not furniture (as a line this long ending in a full stop is prose there); a shorter
# one may be a label over links ("Related coverage from How to Do Everything: Money:").
_COLON_SENTENCE_WORDS: Final = 10
# a comma or an enumeration comma inside an unspaced line, between two of its characters: the line is a
# sentence's clauses, not a label over links ("分享到：", "相关阅读：" hold none)
_WIDE_CLAUSE: Final = re.compile(r"[^\W\d_][，、,][^\W\d_]")
