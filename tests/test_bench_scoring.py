"""Unit tests of the bench scorer and the C4 baseline, on hand-computed tiny cases (no benchmark data)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

PROJECT_ROOT = str(Path(__file__).resolve().parents[1])
if PROJECT_ROOT not in sys.path:
    sys.path.append(PROJECT_ROOT)  # `bench` is not an installed package: it lives at the project root

from bench.baselines import c4_keeps_line, c4_line_filter  # noqa: E402
from bench.data import BenchDataMissing, data_file, iter_textmode  # noqa: E402
from bench.diff import line_diff  # noqa: E402
from bench.floors import floor_failures, load_floors  # noqa: E402
from bench.scoring import (  # noqa: E402
    PageScore,
    aggregate,
    page_precision_recall,
    score_page,
    shingles,
    tokenize,
)


def test_identical_text_scores_one_and_is_exact() -> None:
    page = score_page("The quick brown fox jumps over", "The quick brown fox jumps over")
    assert (page.tp, page.fp, page.fn) == (1.0, 0.0, 0.0)
    assert (page.precision, page.recall, page.exact) == (1.0, 1.0, True)
    summary = aggregate([page])
    assert (summary.precision, summary.recall, summary.f1, summary.accuracy, summary.pages) == (1, 1, 1, 1, 1)


def test_layout_and_punctuation_do_not_matter() -> None:
    page = score_page("Hello,   world!\n\n  Foo — bar.", "Hello world Foo bar")
    assert page.exact
    assert page.precision == page.recall == 1.0


def test_case_is_kept() -> None:
    page = score_page("the cat sat down", "The cat sat down")
    assert not page.exact
    assert page.precision == page.recall == 0.0


def test_empty_output_is_left_out_of_mean_precision() -> None:
    empty = score_page("", "one two three four five")
    assert (empty.tp, empty.fp, empty.fn) == (0.0, 0.0, 1.0)
    assert (empty.precision, empty.recall) == (0.0, 0.0)
    assert not empty.precision_defined and empty.recall_defined
    perfect = score_page("one two three four five", "one two three four five")
    summary = aggregate([empty, perfect])
    assert summary.precision == 1.0  # only the page with output counts
    assert summary.recall == 0.5
    assert summary.f1 == pytest.approx(2 / 3)
    assert summary.accuracy == 0.5


def test_both_empty_is_perfect_but_counts_in_no_mean() -> None:
    page = score_page("  ...  ", "")
    assert (page.precision, page.recall, page.exact) == (1.0, 1.0, True)
    assert not page.precision_defined and not page.recall_defined
    summary = aggregate([page])
    assert (summary.precision, summary.recall, summary.f1, summary.accuracy) == (0.0, 0.0, 0.0, 1.0)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((0.0, 0.0, 0.0), (1.0, 1.0)),  # FP = FN = 0 (both empty)
        ((1.0, 0.0, 0.0), (1.0, 1.0)),  # FP = FN = 0
        ((0.0, 0.0, 1.0), (0.0, 0.0)),  # TP = FP = 0: empty output
        ((0.0, 1.0, 0.0), (0.0, 0.0)),  # TP = FN = 0: empty gold
        ((0.25, 0.25, 0.5), (0.5, 1 / 3)),
    ],
)
def test_page_edge_rules(counts: tuple[float, float, float], expected: tuple[float, float]) -> None:
    assert page_precision_recall(*counts) == pytest.approx(expected)


def test_fewer_than_four_tokens_give_one_short_shingle() -> None:
    assert shingles(["a", "b", "c"]) == {("a", "b", "c"): 1}
    assert shingles([]) == {}
    assert score_page("hello world", "hello world").precision == 1.0
    # a short shingle only matches an identical short text, never part of a longer one
    page = score_page("a b c", "a b c d")
    assert (page.tp, page.fp, page.fn) == (0.0, 0.5, 0.5)
    assert (page.precision, page.recall) == (0.0, 0.0)


def test_repeated_shingles_count_as_a_multiset() -> None:
    # output wxyz w x y z: shingles wxyz×2, xyzw, yzwx, zwxy; gold: wxyz once → TP 1, FP 4, FN 0
    page = score_page("w x y z w x y z", "w x y z")
    assert (page.tp, page.fp, page.fn) == pytest.approx((0.2, 0.8, 0.0))
    assert (page.precision, page.recall) == pytest.approx((0.2, 1.0))
    # output has 3 copies of abcd (9 shingles), gold 2 copies (5 shingles): TP 5, FP 4, FN 0
    page = score_page("a b c d " * 3, "a b c d " * 2)
    assert (page.tp, page.fp, page.fn) == pytest.approx((5 / 9, 4 / 9, 0.0))
    assert page.precision == pytest.approx(5 / 9)


def test_missing_and_extra_text() -> None:
    # gold 6 tokens → 3 shingles; output drops the last token → 2 shingles, both in gold
    page = score_page("one two three four five", "one two three four five six")
    assert (page.tp, page.fp, page.fn) == pytest.approx((2 / 3, 0.0, 1 / 3))
    assert (page.precision, page.recall) == pytest.approx((1.0, 2 / 3))


def test_unicode_word_tokens() -> None:
    assert tokenize("Ça coûte 5€, naïve café! 日本語 x_y") == [
        "Ça",
        "coûte",
        "5",
        "naïve",
        "café",
        "日本語",
        "x_y",
    ]
    assert score_page("Ça coûte très cher.", "Ça coûte très cher").exact


def test_f1_is_taken_of_the_means() -> None:
    pages = [
        PageScore(tp=0.5, fp=0.0, fn=0.5, precision=1.0, recall=0.5, exact=False),
        PageScore(tp=0.5, fp=0.5, fn=0.0, precision=0.5, recall=1.0, exact=False),
    ]
    summary = aggregate(pages)
    assert (summary.precision, summary.recall) == (0.75, 0.75)
    assert summary.f1 == pytest.approx(0.75)  # the mean of page F1s would be 2/3
    assert summary.accuracy == 0.0


def test_aggregate_of_nothing_is_zero() -> None:
    summary = aggregate([])
    assert (summary.precision, summary.recall, summary.f1, summary.accuracy, summary.pages) == (0, 0, 0, 0, 0)


@given(st.text(max_size=200), st.text(max_size=200))
def test_scores_are_bounded_and_normalised(output: str, gold: str) -> None:
    page = score_page(output, gold)
    assert 0.0 <= page.precision <= 1.0 and 0.0 <= page.recall <= 1.0
    total = page.tp + page.fp + page.fn
    assert total == 0.0 or math.isclose(total, 1.0)
    assert score_page(gold, gold).precision == 1.0


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("This is a sentence.", True),
        ("Is this a question?", True),
        ("Wow this is great!", True),
        ('He said "this is it"', True),
        ("He said “this is it”", True),
        ("She said ‘go home now’", True),
        ("She said 'go home now'", True),
        ("Too short.", False),
        ("No terminal punctuation here", False),
        ("Read more »", False),
        ("Please enable JavaScript to view the comments.", False),
        ("Read our Privacy Policy for details.", False),
        ("By using the site you accept our terms of use.", False),
        ("This site uses cookies to improve your experience.", False),
        ("See our cookie policy for more.", False),
    ],
)
def test_c4_keeps_line(line: str, kept: bool) -> None:
    assert c4_keeps_line(line) is kept


def test_c4_line_filter_strips_and_joins_kept_lines() -> None:
    text = "Home\n  The first sentence is kept.  \nShare this\n\nThe second one is kept too!\nMenu."
    assert c4_line_filter(text) == "The first sentence is kept.\nThe second one is kept too!"
    assert c4_line_filter("") == ""


def test_line_diff_separates_over_stripping_from_residue() -> None:
    source = "Breaking news today\nThe mayor said the bridge will reopen.\nSubscribe to our newsletter now"
    gold = "The mayor said the bridge will reopen. Breaking news today"
    output = "The mayor said the bridge will reopen.\nSubscribe to our newsletter now"
    diff = line_diff(source, output, gold)
    assert diff.over_stripped == ["Breaking news today"]
    assert diff.residue == ["Subscribe to our newsletter now"]


def test_missing_data_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_BENCH_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(BenchDataMissing, match=r"nowhere.*CLEANER_BENCH_DATA"):
        data_file("docs.jsonl.gz")
    with pytest.raises(BenchDataMissing):
        next(iter_textmode("recall"))


def test_floors_file_is_complete() -> None:
    floors = load_floors()
    for gated in (floors["text"]["recall"], floors["text"]["naive"], floors["html"]):
        assert set(gated) == {"precision", "recall", "f1"}
    summary = aggregate([score_page("a b c d", "a b c d e")])
    assert floor_failures(summary, {"precision": 0.5, "recall": 0.9, "f1": 0.0}, "x") == [
        "x: recall 0.5000 < floor 0.9000"
    ]


def test_bench_passes_runs_the_real_pipeline() -> None:
    """The per-step bench runs the same steps as ``clean_text`` (same output, every pass timed)."""
    from bench.bench_passes import PROSE, RENDER, SPLIT, run_timed, steps
    from cleaner import Cleaner

    cleaner = Cleaner()
    text = (
        "date 2022-02-15 The council approved the budget on Tuesday after a long debate about the new bridge.\n"
        "Sign up for our newsletter\nShare\nTweet\n"
        "The mayor said the work would start in the spring and end before the winter, weather permitting.\n"
        "3 Comments\nJohn: great news\nReply\n"
    )
    # (a code sample's lines are pinned before any pass runs: the bench must pin them as clean_text does)
    code = "```\nShare\nSubscribe\n```\n"
    assert "Subscribe" in cleaner.clean_text(text + code)
    for eager in (True, False):
        totals = steps(cleaner, eager)
        assert run_timed(cleaner, text, totals, eager) == cleaner.clean_text(text)
        assert run_timed(cleaner, text + code, totals, eager) == cleaner.clean_text(text + code)
        assert {p.name for p in cleaner.passes} <= set(totals)
        assert (PROSE in totals) is eager and {SPLIT, RENDER} <= set(totals)
        assert all(seconds >= 0 for seconds in totals.values()) and sum(totals.values()) > 0


def test_text_bench_times_unseen_text_before_the_warm_runs() -> None:
    """The unseen-text row comes first among the cleaner's rows, runs once after the warm-up pages,
    and scores what the cleaner row scores (the same cleaning)."""
    from bench.bench_text import CLEANER_ROW, UNSEEN_ROW, other_variant, run_variant
    from bench.data import TextPage

    article = "The council approved the new budget on Tuesday after a long debate about schools."
    pages = [TextPage(id=str(i), url=f"https://example.org/{i}", variant="recall",
                      text=f"{article}\nShare on Facebook\n{i} Comments", gold_text=article) for i in range(3)]
    warm = [TextPage(id="w", url="https://example.org/w", variant="naive", text=article, gold_text=article)]
    names = [row.name for row in run_variant(pages, 1, warm)]
    assert names.index(UNSEEN_ROW) == names.index(CLEANER_ROW) - 1
    rows = {row.name: row for row in run_variant(pages, 1, warm)}
    assert rows[UNSEEN_ROW].outputs == rows[CLEANER_ROW].outputs == [article] * 3
    assert UNSEEN_ROW not in [row.name for row in run_variant(pages, 1)]
    assert other_variant("recall") == "naive" and other_variant("naive") == "recall"
