"""Shingle-based scoring of extracted article text against a human-written gold body.

This is the scoring defined in ``shared/README.md`` (the one our published figures use); it follows the
public article-extraction benchmark so our numbers are comparable with published ones:

* both texts are tokenised with the Unicode regex ``\\w+`` (case kept), so whitespace, punctuation and line
  layout never matter — only which words survive and in what order;
* tokens are grouped into overlapping 4-token shingles counted as multisets, so order matters locally and a
  paragraph repeated by the extractor is penalised once per extra copy;
* per page TP/FP/FN are normalised to sum to 1 (only ratios are used, so this changes nothing but mirrors the
  reference implementation), page precision and recall are computed with explicit edge rules, and the corpus
  figures are means of page figures (every page weighs the same, however long it is).

Everything here is a pure function so the scorer can be unit-tested without the benchmark data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+")
SHINGLE_SIZE = 4

Shingle = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PageScore:
    """Score of one page: normalised TP/FP/FN, page precision/recall (edge rules applied), exact match.

    Whether the page counts in the corpus precision (recall) mean is decided from TP+FP (TP+FN), not from
    the page value: see :func:`aggregate`.
    """

    tp: float
    fp: float
    fn: float
    precision: float
    recall: float
    exact: bool

    @property
    def precision_defined(self) -> bool:
        """True when the output has shingles (TP+FP > 0): only then does the page enter mean precision."""
        return self.tp + self.fp > 0

    @property
    def recall_defined(self) -> bool:
        """True when the gold has shingles (TP+FN > 0): only then does the page enter mean recall."""
        return self.tp + self.fn > 0


@dataclass(frozen=True, slots=True)
class Summary:
    """Corpus-level figures: means of page precision/recall, F1 of those means, share of exact pages."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def tokenize(text: str) -> list[str]:
    """Unicode word tokens, case kept; punctuation and layout are deliberately ignored."""
    return TOKEN_RE.findall(text)


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of ``size``-token shingles.

    A text shorter than ``size`` tokens still yields one (shorter) shingle so that very short gold bodies or
    outputs can be scored; an empty text yields none.
    """
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _counts(output_sh: Counter[Shingle], gold_sh: Counter[Shingle]) -> tuple[int, int, int]:
    """Raw multiset TP/FP/FN: a shingle present k times in output and m times in gold gives min(k, m) TP."""
    tp = sum((output_sh & gold_sh).values())
    fp = sum(output_sh.values()) - tp
    fn = sum(gold_sh.values()) - tp
    return tp, fp, fn


def _normalise(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Scale TP/FP/FN to sum to 1 (all zero stays zero), as the reference scorer does."""
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """Page precision and recall with the README's edge rules.

    * FP = FN = 0 (output equals gold as shingle multisets, including both empty): precision = recall = 1.
    * TP = FP = 0 (empty output): precision = 0; TP = FN = 0 (empty gold): recall = 0.
    These page values are for display (e.g. worst-page listings); the corpus means skip pages where the
    denominator is zero, which is what the published figures do (see :func:`aggregate`).
    """
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall


def score_page(output: str, gold: str) -> PageScore:
    """Score one extractor output against the gold body of the same page."""
    out_tokens = tokenize(output)
    gold_tokens = tokenize(gold)
    tp, fp, fn = _normalise(*_counts(shingles(out_tokens), shingles(gold_tokens)))
    precision, recall = page_precision_recall(tp, fp, fn)
    return PageScore(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, exact=out_tokens == gold_tokens)


def _mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0.0 for no values so an empty run prints zeros instead of crashing."""
    return sum(values) / len(values) if values else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of corpus precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def aggregate(scores: Iterable[PageScore]) -> Summary:
    """Corpus figures: page-mean precision and recall, the F1 of those two means, and exact-match share.

    Precision is averaged over pages with output shingles (TP+FP > 0) and recall over pages with gold
    shingles (TP+FN > 0). So a page where the extractor returned nothing lowers mean recall but is left out
    of mean precision; this is the reference behaviour and is needed to reproduce the published C4 figures
    (counting those pages as precision 0 gives F1 0.890 instead of 0.899 on the `recall` variant).
    """
    items = list(scores)
    precision = _mean([s.precision for s in items if s.precision_defined])
    recall = _mean([s.recall for s in items if s.recall_defined])
    accuracy = _mean([1.0 if s.exact else 0.0 for s in items])
    return Summary(
        precision=precision,
        recall=recall,
        f1=f1_score(precision, recall),
        accuracy=accuracy,
        pages=len(items),
    )
