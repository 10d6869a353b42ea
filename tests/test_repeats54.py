# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Session 54: a line the page repeats votes once in the language sample.

- ``Context._sample_lines``: the language sample (the page's longest lines, up to 2,000 characters) took a line as
  often as the page printed it. A page that repeats its longest paragraph (a print copy, an app copy, a teaser shown
  three times) filled the sample with that one sentence: a list of names and terms with few function words gave no
  clear language, so the passes judged the page without its stopwords, where the cleaned text, the copies gone, was
  judged in English. Cleaning twice changed the text (dev naive page f81c6c05: a headline's copies kept, then removed
  as a repeated passage). Now each distinct line votes once.
"""

from __future__ import annotations

import cleaner
from cleaner.context import Context
from cleaner.document import Document

#: A long line of names and terms, few function words in it (an investment list), as a page may print three times.
_LIST = (
    "Index funds, exchange-traded funds, Roth IRAs, 401(k) plans, health savings accounts, brokerage accounts, "
    "certificates of deposit, Treasury bills, municipal bonds, dividend stocks, real estate investment trusts, "
    "target-date funds, robo-advisers, annuities, whole life insurance policies, high-yield savings accounts, "
    "money market funds, I bonds, TIPS, corporate bonds, growth stocks, value stocks, small-cap funds, "
    "emerging-market funds, REITs, commodities, gold ETFs, bitcoin ETFs, peer-to-peer loans, crowdfunded real estate, "
    "rental properties, farmland funds, art funds, wine funds, collectibles, angel investments, venture funds."
)
_PROSE = [
    "Most people who retire early say that the hardest part was not the saving but the waiting, and that they would do it again.",
    "When she left her job at 41, she had saved about 30 times what she and her husband spent in a year, she said.",
    "He says that the first year was the strangest, because he had no idea what to do with his mornings.",
]


def test_a_line_the_page_repeats_votes_once_in_the_language_sample() -> None:
    page = ["Startseite", "Nachrichten", _LIST, *_PROSE, _LIST, "Impressum", _LIST]
    ctx = Context(Document("\n".join(page)))
    assert ctx.language_sample().count(_LIST) == 1
    assert all(line in ctx.language_sample() for line in _PROSE)
    # the page's prose decides, as it does once the copies are gone
    assert ctx.language == "en"
    assert Context(Document("\n".join(["Startseite", "Nachrichten", _LIST, *_PROSE]))).language == "en"


def test_a_page_without_repeats_keeps_its_sample() -> None:
    page = [_LIST, *_PROSE]
    ctx = Context(Document("\n".join(page)))
    sample = ctx.language_sample()
    assert sample.split("\n") == sorted(page, key=len, reverse=True)


def test_cleaning_a_page_with_a_repeated_paragraph_twice_changes_nothing() -> None:
    page = ["Startseite", "Nachrichten", _LIST, *_PROSE, _LIST, "Impressum", _LIST]
    once = cleaner.clean_text("\n".join(page))
    assert cleaner.clean_text(once) == once
    assert all(line in once for line in _PROSE)
