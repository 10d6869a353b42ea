"""slavic37: the Slavic languages' short paragraphs as edge-furniture's anchors.

In a language of compact sentences (``structure._LONG_WORDS``: Finnish, Hungarian, Hebrew, and since slavic37 the
Slavic languages of :data:`SLAVIC`) a paragraph of three quarters of ``min_anchor_words`` anchors the article's edges:
a news brief's sentences of nine to eleven words ("Gradnja počinje u rujnu, a stajat će osam milijuna eura.") are its
text. One such sentence alone on a page of short lines (a horoscope's "День вдалий для нових починань. Не відкладайте
важливі розмови." among its signs and one-line forecasts) anchors nothing: :func:`too_few_paragraphs`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

#: the languages whose paragraphs anchor with three quarters of the words since slavic37 (``structure._LONG_WORDS``)
SLAVIC = frozenset({"cs", "sk", "pl", "ru", "uk", "sl", "hr", "sr", "bg"})
_LEAST_PARAGRAPHS: Final = 2  # the short paragraphs a page with none of the full length needs to be judged by them


def too_few_paragraphs(kept: list[int], short: Callable[[int], bool], full: Callable[[int], bool]) -> bool:
    """Whether a page holds no paragraph of the full length (``full``) and fewer than two of three quarters
    (``short``): a list of short lines with one longer sentence among them, which edge-furniture leaves alone as it
    did before the lower anchor (a news brief of short sentences has three or more)."""
    count = 0
    for i in kept:
        if short(i):
            if full(i):
                return False
            count += 1
    return count < _LEAST_PARAGRAPHS
