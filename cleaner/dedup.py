"""Near-duplicate documents: the same story scraped twice, with different residue.

Detection is MinHash over word shingles with locality-sensitive hashing (``datasketch``'s
``MinHashLSH``), on the *cleaned* text by default, so page furniture and residue do
not make two pages of one site look alike, and different residue does not make two
copies of one story look different. Text is case-folded and reduced to word characters
first, so quote styles (“ ” vs "), dashes and spacing do not matter.

Nothing is dropped here: :func:`find_duplicates` reports, per duplicate document id,
the id of the first document it duplicates; callers decide what to do with that.
Memory grows with the number of distinct (non-duplicate) documents indexed: one
signature of ``num_perm`` 64-bit values each.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from datasketch import LeanMinHash, MinHash, MinHashLSH

_WORD = re.compile(r"\w+")

DEFAULT_THRESHOLD = 0.3
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE = 5


def shingles(text: str, size: int = DEFAULT_SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the case-folded words; character 5-grams for unspaced text."""
    folded = text.casefold()
    words = _WORD.findall(folded)
    if words and sum(map(len, words)) > 20 * len(words):  # unspaced script (CJK, Thai)
        joined = "".join(words)
        return {joined[i : i + 5].encode("utf-8", "surrogatepass") for i in range(max(1, len(joined) - 4))}
    if len(words) < size:
        return {" ".join(words).encode("utf-8", "surrogatepass")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8", "surrogatepass") for i in range(len(words) - size + 1)}


class DuplicateFinder:
    """Streaming near-duplicate detection: ``check(id, text)`` for one document at a time.

    A document whose estimated Jaccard similarity (of word shingles) with an earlier
    indexed document reaches ``threshold`` is reported as that document's duplicate and
    is not indexed itself, so chains of copies all point at the first one seen.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM,
                 shingle: int = DEFAULT_SHINGLE, max_indexed: int | None = None) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.max_indexed = max_indexed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[Hashable, MinHash] = {}
        self._template = MinHash(num_perm=num_perm)

    def __len__(self) -> int:
        return len(self._sigs)

    def signature(self, text: str, lean: bool = False) -> MinHash | None:
        """The MinHash of a text's shingles; None for text with no words.

        ``lean``: a :class:`~datasketch.LeanMinHash` (hash values only, read-only), a third
        the size pickled and in memory: for signatures sent between processes or kept by
        the thousand. Lean and full signatures of one text compare and index alike.
        """
        grams = shingles(text, self.shingle)
        if not grams:
            return None
        t = self._template
        m = MinHash(num_perm=self.num_perm, permutations=t.permutations, scheme=t.scheme)
        m.update_batch(list(grams))
        return LeanMinHash(m) if lean else m

    def check(self, doc_id: Hashable, text: str) -> Hashable | None:
        """The id of the earlier document ``text`` duplicates, or None (then it is indexed)."""
        return self.check_signature(doc_id, self.signature(text))

    def check_signature(self, doc_id: Hashable, sig: MinHash | None) -> Hashable | None:
        """As :meth:`check`, for a signature made elsewhere (e.g. in a worker process, so
        the parent only queries the index): signatures of equal ``num_perm`` agree
        across processes, the permutations being seeded."""
        if sig is None:
            return None
        best: Hashable | None = None
        best_sim = -1.0
        for other in self._lsh.query(sig):
            sim = sig.jaccard(self._sigs[other])
            if sim >= self.threshold and sim > best_sim:
                best, best_sim = other, sim
        if best is not None:
            return best
        if doc_id in self._sigs:
            raise ValueError(f"duplicate document id {doc_id!r}")
        if self.max_indexed is None or len(self._sigs) < self.max_indexed:
            self._lsh.insert(doc_id, sig)
            self._sigs[doc_id] = sig
        return None


def find_duplicates(docs: Mapping[Any, str] | Iterable[tuple[Any, str]], threshold: float = DEFAULT_THRESHOLD,
                    *, clean: bool = True, cleaner: Any = None, num_perm: int = DEFAULT_NUM_PERM,
                    shingle: int = DEFAULT_SHINGLE) -> dict[Any, Any]:
    """Near-duplicate documents of a corpus: ``{duplicate id: id of the first copy}``.

    ``docs``: a mapping or an iterable of ``(id, text)`` pairs, in corpus order (the
    first copy seen is the original). ``clean``: compare cleaned text (with ``cleaner``,
    a :class:`~cleaner.Cleaner`, default settings when None); pass False when the texts
    are already cleaned. ``threshold``: estimated Jaccard similarity of word 5-shingles
    from which two documents count as copies (the default 0.3 finds re-scrapes of one
    story with different residue, quote styles and edits, measured at 0.41 on the seed
    pair 000/001; unrelated news articles measure below 0.01).
    Documents that are not duplicates are absent from the result; nothing is dropped.
    """
    if clean and cleaner is None:
        from .core import Cleaner

        cleaner = Cleaner()
    finder = DuplicateFinder(threshold=threshold, num_perm=num_perm, shingle=shingle)
    items = docs.items() if isinstance(docs, Mapping) else docs
    out: dict[Any, Any] = {}
    for doc_id, text in items:
        dup = finder.check(doc_id, cleaner.clean_text(text) if clean else text)
        if dup is not None:
            out[doc_id] = dup
    return out
