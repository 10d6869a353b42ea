"""Near-duplicate documents: the same story scraped twice, with different residue.

Detection is MinHash over word shingles with locality-sensitive hashing (banding, with
datasketch's choice of bands and rows), on the *cleaned* text by default,
so page furniture and residue do not make two pages of one site look alike, and
different residue does not make two copies of one story look different. Text is
case-folded and reduced to word characters first, so quote styles (“ ” vs "), dashes and
spacing do not matter.

Nothing is dropped here: :func:`find_duplicates` reports, per duplicate document id,
the id of the first document it duplicates; callers decide what to do with that.
Memory grows with the number of distinct (non-duplicate) documents indexed, about
0.8 kB each: the signature as ``num_perm`` 16-bit values and a 64-bit key per LSH band,
in flat arrays (:class:`BandIndex`) rather than per-document Python objects, so a run
over a million pages stays small.

The MinHash itself (:func:`minhash`) is datasketch's default ``affine32`` scheme, value for
value (a test checks that against datasketch), made here because importing datasketch
imports scipy: half a second in every process that cleans, which is most of the cost of
a ``clean`` run over small files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np

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


_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for ``seed``: odd multipliers, any offsets."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(grams: Iterable[bytes], num_perm: int = DEFAULT_NUM_PERM) -> np.ndarray:
    """The MinHash of a set of byte strings: ``num_perm`` uint32 values, each the least of
    one permutation ``a * h + b (mod 2**32)`` over the grams' mixed 32-bit SHA-1 hashes.
    Equal to datasketch ``MinHash(num_perm).update_batch(grams).hashvalues``; the maximum
    value everywhere for no grams."""
    a, b = _permutations(num_perm)
    hv = np.fromiter(
        (int.from_bytes(hashlib.sha1(g).digest()[:4], "little") for g in grams), dtype=np.uint32
    )
    if not len(hv):
        return np.full(num_perm, 0xFFFFFFFF, np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    return (hv[:, None] * a + b).min(axis=0)  # uint32 arithmetic wraps: the modulo


# lsh_params of the defaults (threshold 0.3 and the site learner's 0.5; 128 permutations), known
# up front: working them out costs each process 20 ms (a test checks these against lsh_params)
_PARAMS: dict[tuple[float, int], tuple[int, int]] = {(0.3, 128): (37, 3), (0.5, 128): (25, 5)}


def _lsh_params_cached(threshold: float, num_perm: int) -> tuple[int, int]:
    key = (threshold, num_perm)
    if key not in _PARAMS:
        _PARAMS[key] = lsh_params(threshold, num_perm)
    return _PARAMS[key]


def _area(f: Any, lo: float, hi: float, steps: int = 200) -> float:
    xs = np.linspace(lo, hi, steps + 1)
    ys = f(xs)
    return float(np.sum((ys[1:] + ys[:-1]) * np.diff(xs)) / 2)


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band minimising the (equally weighted) areas of false positives
    below ``threshold`` and false negatives above it: the rule datasketch's MinHashLSH
    uses (integrated numerically here, without scipy)."""
    best, opt = float("inf"), (1, 1)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _area(lambda x, b=b, r=r: 1 - (1 - x**r) ** b, 0.0, threshold)
            fn = _area(lambda x, b=b, r=r: (1 - x**r) ** b, threshold, 1.0)
            if 0.5 * fp + 0.5 * fn < best:
                best, opt = 0.5 * fp + 0.5 * fn, (b, r)
    return opt


_MIX = np.uint64(0x9E3779B97F4A7C15)
_MUL = np.uint64(0xBF58476D1CE4E5B9)


class BandIndex:
    """LSH buckets in flat arrays: for each indexed row, one 64-bit key per band.

    Keys of older rows sit in one sorted array (a binary search finds every row sharing
    a band key); the newest rows wait in a small block compared directly, and are merged
    into the sorted array every ``block`` rows. About 12 bytes per band per row instead
    of a Python set and bytes object per band.
    """

    def __init__(self, bands: int, rows: int, block: int = 1024) -> None:
        self.bands = bands
        self.rows = rows
        self.block = block
        self._keys = np.empty(0, np.uint64)  # sorted
        self._owners = np.empty(0, np.int32)  # row of each sorted key
        self._recent = np.empty((block, bands), np.uint64)
        self._recent_rows = np.empty(block, np.int32)
        self._n_recent = 0
        self._salt = np.arange(1, bands + 1, dtype=np.uint64) * _MIX

    def keys(self, values: np.ndarray) -> np.ndarray:
        """The band keys of one signature (``bands * rows`` leading hash values)."""
        v = values[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        k = self._salt.copy()
        with np.errstate(over="ignore"):
            for j in range(self.rows):
                k = (k ^ v[:, j]) * _MUL
                k ^= k >> np.uint64(31)
        return k

    def candidates(self, keys: np.ndarray, limit: int = 64) -> list[int]:
        """Rows sharing at least one band key with ``keys``, oldest first (at most
        ``limit`` per band)."""
        found: set[int] = set()
        if len(self._keys):
            lo = np.searchsorted(self._keys, keys, side="left")
            hi = np.searchsorted(self._keys, keys, side="right")
            for band in np.flatnonzero(hi > lo).tolist():
                a = int(lo[band])
                found.update(self._owners[a : min(int(hi[band]), a + limit)].tolist())
        if self._n_recent:
            hits = np.nonzero((self._recent[: self._n_recent] == keys).any(axis=1))[0]
            found.update(self._recent_rows[hits].tolist())
        return sorted(found)

    def insert(self, row: int, keys: np.ndarray) -> None:
        self._recent[self._n_recent] = keys
        self._recent_rows[self._n_recent] = row
        self._n_recent += 1
        if self._n_recent == self.block:
            self._merge()

    def _merge(self) -> None:
        """Fold the recent block into the sorted arrays: sort the block (stable, so equal
        keys keep row order) and insert it after any equal older keys, one linear copy."""
        n = self._n_recent
        keys = self._recent[:n].reshape(-1)
        owners = np.repeat(self._recent_rows[:n], self.bands)
        order = np.argsort(keys, kind="stable")
        keys, owners = keys[order], owners[order]
        at = np.searchsorted(self._keys, keys, side="right")
        self._keys = np.insert(self._keys, at, keys)
        self._owners = np.insert(self._owners, at, owners)
        self._n_recent = 0


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
        bands, rows = _lsh_params_cached(threshold, num_perm)
        self._index = BandIndex(bands, rows)
        # Each indexed row's signature, kept as the low 16 bits of every value: two unequal
        # values look equal with odds 1 in 65,536, far below what moves a similarity.
        self._values = np.empty((64, num_perm), np.uint16)
        self._ids: list[Hashable] = []
        self._known: set[Hashable] = set()

    def __len__(self) -> int:
        return len(self._ids)

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash of a text's shingles (:func:`minhash`); None for text with no words.
        A plain uint32 array: 512 bytes pickled, for signatures sent between processes."""
        grams = shingles(text, self.shingle)
        if not grams:
            return None
        return minhash(grams, self.num_perm)

    def check(self, doc_id: Hashable, text: str) -> Hashable | None:
        """The id of the earlier document ``text`` duplicates, or None (then it is indexed)."""
        return self.check_signature(doc_id, self.signature(text))

    def check_signature(self, doc_id: Hashable, sig: np.ndarray | None) -> Hashable | None:
        """As :meth:`check`, for a signature made elsewhere (e.g. in a worker process, so
        the parent only queries the index): signatures of equal ``num_perm`` agree
        across processes, the permutations being seeded."""
        if sig is None:
            return None
        values = np.asarray(sig, dtype=np.uint32)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} permutations, the finder {self.num_perm}")
        keys = self._index.keys(values)
        low = values.astype(np.uint16)  # what is stored and compared (see __init__)
        best: int | None = None
        best_sim = -1.0
        for row in self._index.candidates(keys):  # oldest first: ties go to the first copy
            sim = float(np.count_nonzero(self._values[row] == low)) / self.num_perm
            if sim >= self.threshold and sim > best_sim:
                best, best_sim = row, sim
        if best is not None:
            return self._ids[best]
        if doc_id in self._known:
            raise ValueError(f"duplicate document id {doc_id!r}")
        if self.max_indexed is None or len(self._ids) < self.max_indexed:
            row = len(self._ids)
            if row == len(self._values):
                grown = np.empty((row + row // 2, self.num_perm), np.uint16)
                grown[:row] = self._values
                self._values = grown
            self._values[row] = low
            self._ids.append(doc_id)
            self._known.add(doc_id)
            self._index.insert(row, keys)
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
