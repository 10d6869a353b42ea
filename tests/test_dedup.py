"""Near-duplicate detection (MinHash/LSH via datasketch) on the seed articles."""

from __future__ import annotations

from pathlib import Path

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
