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
from collections.abc import Hashable, Iterable, Mapping, Sequence
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
    sha1 = hashlib.sha1
    hv = np.frombuffer(b"".join([sha1(g).digest()[:4] for g in grams]), dtype="<u4").astype(np.uint32)
    if not len(hv):
        return np.full(num_perm, 0xFFFFFFFF, np.uint32)
    mins: np.ndarray = (_mixed(hv)[:, None] * a + b).min(axis=0)  # uint32 arithmetic wraps: the modulo
    return mins


def _mixed(hv: np.ndarray) -> np.ndarray:
    """The 32-bit hashes run through murmur3's finaliser, in place (as datasketch's affine32 does)."""
    s1, m1, s2, m2, s3 = _FMIX
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    return hv


#: Grams hashed in one numpy block by :func:`minhash_many` (a block is ``num_perm`` 4-byte values per
#: gram: 8 MB at the default 128 permutations).
BLOCK_GRAMS = 16_384


def minhash_many(gram_sets: Sequence[Iterable[bytes]], num_perm: int = DEFAULT_NUM_PERM) -> np.ndarray:
    """:func:`minhash` of each set, as the rows of one ``(len(gram_sets), num_perm)`` array, row for
    row equal to it. The small documents of a batch share numpy's per-call cost (most of what one
    small document's MinHash costs); a document of more than ``BLOCK_GRAMS`` grams gets a call of its
    own, as before."""
    out = np.full((len(gram_sets), num_perm), 0xFFFFFFFF, np.uint32)
    sha1 = hashlib.sha1
    rows: list[int] = []
    counts: list[int] = []
    parts: list[bytes] = []

    def flush() -> None:
        if parts:
            a, b = _permutations(num_perm)
            hv = _mixed(np.frombuffer(b"".join(parts), dtype="<u4").astype(np.uint32))
            starts = np.cumsum([0, *counts[:-1]])
            out[rows] = np.minimum.reduceat(hv[:, None] * a + b, starts, axis=0)
        rows.clear()
        counts.clear()
        parts.clear()

    for row, grams in enumerate(gram_sets):
        digests = [sha1(g).digest()[:4] for g in grams]
        if not digests:
            continue
        if len(digests) > BLOCK_GRAMS:
            out[row] = minhash(grams, num_perm)
            continue
        if len(parts) + len(digests) > BLOCK_GRAMS:
            flush()
        rows.append(row)
        counts.append(len(digests))
        parts.extend(digests)
    flush()
    return out


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
    a band key); the newest rows wait in a small dict from key to rows, and are merged
    into the sorted array every ``block`` rows. About 12 bytes per band per row instead
    of a Python set and bytes object per band.
    """

    def __init__(self, bands: int, rows: int, block: int = 1024) -> None:
        self.bands = bands
        self.rows = rows
        self.block = block
        self._keys = np.empty(0, np.uint64)  # sorted
        self._owners = np.empty(0, np.int32)  # row of each sorted key
        self._recent: dict[int, int | list[int]] = {}  # band key -> its row, or rows oldest first
        self._recent_keys: list[np.ndarray] = []
        self._recent_rows: list[int] = []
        self._salt = np.arange(1, bands + 1, dtype=np.uint64) * _MIX
        self._weights = np.random.RandomState(rows).randint(0, 1 << 62, rows, dtype=np.uint64) * 2 + 1

    def keys(self, values: np.ndarray) -> np.ndarray:
        """The band keys of one signature (``bands * rows`` leading hash values): each band's
        values weighted by odd per-row constants and summed (mod 2**64, so two different bands
        collide with odds of at most 2**-32), salted by the band's number and mixed."""
        v = values[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            k: np.ndarray = (v * self._weights).sum(axis=1, dtype=np.uint64) ^ self._salt
            k *= _MUL
            k ^= k >> np.uint64(31)
        return k

    def keys_many(self, values: np.ndarray) -> np.ndarray:
        """:meth:`keys` of each row of ``values`` (signatures, one a row), as the rows of one array."""
        n = len(values)
        v = values[:, : self.bands * self.rows].astype(np.uint64).reshape(n, self.bands, self.rows)
        with np.errstate(over="ignore"):
            k: np.ndarray = (v * self._weights).sum(axis=2, dtype=np.uint64) ^ self._salt
            k *= _MUL
            k ^= k >> np.uint64(31)
        return k

    def candidates(self, keys: np.ndarray, limit: int = 64) -> list[int]:
        """Rows sharing at least one band key with ``keys``, oldest first (at most
        ``limit`` per band)."""
        found: set[int] = set()
        if len(self._keys):
            lo = np.searchsorted(self._keys, keys, side="left")
            hit = np.flatnonzero(self._keys[np.minimum(lo, len(self._keys) - 1)] == keys)
            if len(hit):
                hi = np.searchsorted(self._keys, keys[hit], side="right")
                for a, b in zip(lo[hit].tolist(), hi.tolist(), strict=True):
                    found.update(self._owners[a : min(b, a + limit)].tolist())
        recent = self._recent
        if recent:
            for key in recent.keys() & keys.tolist():
                rows = recent[key]
                if isinstance(rows, int):
                    found.add(rows)
                else:
                    found.update(rows[:limit])
        return sorted(found)

    def insert(self, row: int, keys: np.ndarray) -> None:
        recent = self._recent
        listed = keys.tolist()
        if recent.keys().isdisjoint(listed):  # the usual case: one C-level update
            recent.update(dict.fromkeys(listed, row))
        else:
            for key in listed:
                rows = recent.get(key)
                if rows is None:
                    recent[key] = row
                elif isinstance(rows, int):
                    recent[key] = [rows, row]
                else:
                    rows.append(row)
        self._recent_keys.append(keys)
        self._recent_rows.append(row)
        if len(self._recent_rows) == self.block:
            self._merge()

    def _merge(self) -> None:
        """Fold the recent block into the sorted arrays: sort the block (stable, so equal
        keys keep row order) and insert it after any equal older keys, one linear copy."""
        keys = np.concatenate(self._recent_keys)
        owners = np.repeat(np.asarray(self._recent_rows, np.int32), self.bands)
        order = np.argsort(keys, kind="stable")
        keys, owners = keys[order], owners[order]
        at = np.searchsorted(self._keys, keys, side="right")
        self._keys = np.insert(self._keys, at, keys)
        self._owners = np.insert(self._owners, at, owners)
        self._recent.clear()
        self._recent_keys.clear()
        self._recent_rows.clear()


class Signed:
    """A document's MinHash made ready for a finder's index (:meth:`DuplicateFinder.sign`):
    the 16-bit values the index stores and compares, and the LSH band keys it looks up.
    Made where the text is (a worker process), so the process holding the index only
    looks up; pickles as two short byte strings."""

    __slots__ = ("keys", "low", "rows")

    def __init__(self, low: np.ndarray, keys: np.ndarray, rows: int) -> None:
        self.low = low
        self.keys = keys
        self.rows = rows  # rows per band the keys were made with

    def __reduce__(self) -> tuple[Any, tuple[bytes, bytes, int]]:
        return _signed_from_bytes, (self.low.tobytes(), self.keys.tobytes(), self.rows)


def _signed_from_bytes(low: bytes, keys: bytes, rows: int) -> Signed:
    return Signed(np.frombuffer(low, np.uint16), np.frombuffer(keys, np.uint64), rows)


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

    def sign(self, text: str) -> Signed | None:
        """:meth:`signature` made ready for this finder's index (its band keys worked out):
        what a worker sends so that :meth:`check_signature` costs the index's process only
        the look-up. None for text with no words."""
        values = self.signature(text)
        if values is None:
            return None
        return Signed(values.astype(np.uint16), self._index.keys(values), self._index.rows)

    def sign_many(self, texts: Sequence[str]) -> list[Signed | None]:
        """:meth:`sign` of each text, the MinHashes and band keys of all of them made at once (see
        :func:`minhash_many`): what a worker does with a batch of documents."""
        grams = [shingles(text, self.shingle) for text in texts]
        values = minhash_many(grams, self.num_perm)
        keys = self._index.keys_many(values)
        low = values.astype(np.uint16)
        rows = self._index.rows
        return [Signed(low[i], keys[i], rows) if grams[i] else None for i in range(len(texts))]

    def check(self, doc_id: Hashable, text: str) -> Hashable | None:
        """The id of the earlier document ``text`` duplicates, or None (then it is indexed)."""
        return self.check_signature(doc_id, self.signature(text))

    def check_signature(self, doc_id: Hashable, sig: np.ndarray | Signed | None) -> Hashable | None:
        """As :meth:`check`, for a signature made elsewhere (e.g. in a worker process, so
        the parent only queries the index): signatures of equal ``num_perm`` agree
        across processes, the permutations being seeded."""
        if sig is None:
            return None
        if isinstance(sig, Signed):
            keys, low = sig.keys, sig.low
            if (len(low), len(keys), sig.rows) != (self.num_perm, self._index.bands, self._index.rows):
                raise ValueError("signature was made for a finder with other parameters")
        else:
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
