"""Near-duplicate detection (MinHash/LSH) on the seed articles; our MinHash against datasketch's."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import cleaner
from cleaner.dedup import DuplicateFinder, find_duplicates

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
NAMES = ["000_26c6bf94ee660717", "001_7ffd442068645a8e", "002_8937a4383ec06688",
         "003_4208c1eafae30be9", "004_271631751e72da8e"]


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    return {name: (SEEDS / f"{name}.txt").read_text(encoding="utf-8") for name in NAMES}


def test_seed_pair_is_detected_and_others_are_not(seeds: dict[str, str]) -> None:
    # 000 and 001 are the same story scraped twice (different residue and quote styles)
    assert cleaner.find_duplicates(seeds) == {NAMES[1]: NAMES[0]}


def test_order_decides_which_copy_is_the_original(seeds: dict[str, str]) -> None:
    items = [(name, seeds[name]) for name in reversed(NAMES)]  # an iterable of pairs
    assert find_duplicates(items) == {NAMES[0]: NAMES[1]}


def test_unrelated_seeds_are_not_duplicates_of_each_other(seeds: dict[str, str]) -> None:
    others = {name: seeds[name] for name in NAMES[2:]}
    assert find_duplicates(others) == {}
    assert find_duplicates({**others, "000": seeds[NAMES[0]]}) == {}


def test_nothing_is_dropped_and_exact_copies_chain_to_the_first(seeds: dict[str, str]) -> None:
    docs = {"a": seeds[NAMES[0]], "b": seeds[NAMES[1]], "c": seeds[NAMES[0]], "d": seeds[NAMES[3]]}
    dups = find_duplicates(docs)
    assert dups == {"b": "a", "c": "a"}
    assert len(docs) == 4  # the input is untouched; the caller decides


def test_precleaned_text_and_threshold(seeds: dict[str, str]) -> None:
    cleaned = {name: cleaner.clean_text(text) for name, text in seeds.items()}
    assert find_duplicates(cleaned, clean=False) == {NAMES[1]: NAMES[0]}
    assert find_duplicates(cleaned, threshold=0.9, clean=False) == {}
    with pytest.raises(ValueError):
        DuplicateFinder(threshold=0.0)


def test_streaming_finder(seeds: dict[str, str]) -> None:
    finder = DuplicateFinder()
    assert finder.check(0, seeds[NAMES[0]]) is None
    assert finder.check(1, seeds[NAMES[2]]) is None
    assert finder.check(2, seeds[NAMES[1]]) == 0
    assert finder.check(3, "") is None  # no words: never a duplicate
    assert len(finder) == 2


def test_band_index_finds_rows_across_merges() -> None:
    """Rows stay findable after the recent block is merged into the sorted keys, and rows
    sharing a band key come back oldest first."""
    import numpy as np

    from cleaner.dedup import BandIndex

    index = BandIndex(bands=4, rows=2, block=3)
    rng = np.random.default_rng(7)
    signatures = [rng.integers(0, 2**32, size=8, dtype=np.uint64) for _ in range(10)]
    for row, sig in enumerate(signatures):
        index.insert(row, index.keys(sig))
    for row, sig in enumerate(signatures):
        assert row in index.candidates(index.keys(sig))
    twin = signatures[2].copy()
    twin[2:] = 0  # shares only the first band with row 2
    index.insert(10, index.keys(twin))
    assert index.candidates(index.keys(twin))[:2] == [2, 10]
    assert index.candidates(index.keys(np.full(8, 5, dtype=np.uint64))) == []


def test_lsh_params_match_datasketch() -> None:
    from cleaner.dedup import lsh_params

    assert lsh_params(0.3, 128) == (37, 3)
    assert lsh_params(0.5, 128) == (25, 5)


def test_known_lsh_params_are_computed_ones() -> None:
    from cleaner.dedup import _PARAMS, lsh_params

    for (threshold, num_perm), params in _PARAMS.items():
        assert lsh_params(threshold, num_perm) == params


@pytest.mark.parametrize("n", [1, 2, 7, 64, 600])
def test_minhash_equals_datasketch(n: int) -> None:
    """The hand-made MinHash (made to keep scipy out of every process) is datasketch's
    default scheme value for value, so its similarity estimates are datasketch's."""
    import random

    from datasketch import MinHash

    from cleaner.dedup import minhash

    rng = random.Random(n)
    grams = [rng.randbytes(rng.randint(0, 24)) for _ in range(n)]
    theirs = MinHash(num_perm=128)
    theirs.update_batch(grams)
    ours = minhash(grams, 128)
    assert ours.dtype == np.uint32
    assert ours.tolist() == theirs.hashvalues.tolist()
    assert minhash([], 128).tolist() == MinHash(num_perm=128).hashvalues.tolist()


def test_import_cleaner_does_not_import_scipy() -> None:
    """Every worker and every ``clean`` run pays for what ``import cleaner`` and a duplicate
    check import: scipy (via datasketch) was half a second of that."""
    import subprocess
    import sys

    code = (
        "import sys, cleaner\n"
        "from cleaner.dedup import DuplicateFinder\n"
        "DuplicateFinder().check(1, 'one two three four five six seven')\n"
        "print(sorted(m for m in ('scipy', 'datasketch') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_signed_checks_like_plain_signature() -> None:
    """A signature made ready in a worker (band keys worked out, pickled across) finds the
    same duplicates as the plain MinHash checked where the index is."""
    import pickle

    from cleaner.dedup import DuplicateFinder

    base = [f"story {i} " + " ".join(f"w{(i * 7 + j) % 97}" for j in range(60)) for i in range(40)]
    texts = base + [t.replace("w1 ", "w2 ", 1) + " extra words at the end" for t in base[::3]]
    plain, signed = DuplicateFinder(), DuplicateFinder()
    for i, text in enumerate(texts):
        sent = pickle.loads(pickle.dumps(signed.sign(text)))
        assert plain.check_signature(i, plain.signature(text)) == signed.check_signature(i, sent)
    assert len(plain) == len(signed) < len(texts)


def test_signed_for_other_parameters_is_refused() -> None:
    from cleaner.dedup import DuplicateFinder

    sig = DuplicateFinder(threshold=0.5).sign("one two three four five six seven")
    with pytest.raises(ValueError, match="other parameters"):
        DuplicateFinder(threshold=0.3).check_signature("a", sig)


def test_band_index_candidates_equal_brute_force() -> None:
    """Against a plain list of every row's keys: same rows, across merges, with many
    rows sharing keys."""
    import numpy as np

    from cleaner.dedup import BandIndex

    rng = np.random.default_rng(3)
    index = BandIndex(bands=5, rows=1, block=4)
    stored: list[np.ndarray] = []
    for row in range(60):
        keys = rng.integers(0, 12, size=5).astype(np.uint64)
        expected = sorted(r for r, k in enumerate(stored) if np.isin(k, keys).any())
        assert index.candidates(keys) == expected
        index.insert(row, keys)
        stored.append(keys)


def test_signing_many_equals_signing_each(seeds: dict[str, str]) -> None:
    """A batch is signed value for value as each of its documents alone: small ones sharing a numpy
    block, one without words (None), and one of more grams than a block (a call of its own)."""
    from cleaner import dedup

    texts = [*seeds.values(), "", "?!", "One two.", "alpha beta gamma delta epsilon zeta " * 5]
    texts.append(" ".join(f"w{i}" for i in range(dedup.BLOCK_GRAMS + 50)))
    finder = DuplicateFinder()
    many = finder.sign_many(texts)
    for text, batch in zip(texts, many, strict=True):
        one = finder.sign(text)
        assert (one is None) == (batch is None)
        if one is not None and batch is not None:
            assert np.array_equal(one.low, batch.low) and np.array_equal(one.keys, batch.keys)
            assert one.rows == batch.rows


def test_minhash_many_spans_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents split over several numpy blocks get the same values as one by one."""
    from cleaner import dedup

    monkeypatch.setattr(dedup, "BLOCK_GRAMS", 7)
    sets = [{f"g{i}-{j}".encode() for j in range(n)} for i, n in enumerate([3, 5, 0, 7, 2, 9, 1])]
    rows = dedup.minhash_many(sets)
    for grams, row in zip(sets, rows, strict=True):
        assert np.array_equal(row, dedup.minhash(grams))
