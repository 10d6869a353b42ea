"""bench.equivalence: the corpus it gathers, the verdicts it dumps and the differences it reports."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import cleaner

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # `bench` is not an installed package: it lives at the project root

from bench import equivalence as eq  # noqa: E402


def test_a_probe_string_gives_its_page_without_tags() -> None:
    assert eq.tagged_page("A First line of the article.\nR Share this\n\nT Photo: Reuters") == (
        "First line of the article.\nShare this\nPhoto: Reuters"
    )


def test_other_strings_are_not_probe_pages() -> None:
    assert eq.tagged_page("A single tagged line") is None
    assert eq.tagged_page("An article sentence.\nAnother one that is prose.") is None
    assert eq.tagged_page("A ok\n  indented line") is None
    assert eq.tagged_page("") is None


def test_fixture_inputs_hold_the_seeds_and_the_cases() -> None:
    found = eq.fixture_inputs(ROOT / "fixtures")
    seeds = [k for k in found if k.startswith("fixtures/seeds/")]
    assert len(seeds) == 5
    cases = [k for k in found if "#" in k]
    assert cases and all(isinstance(found[k], str) for k in cases)


def test_probe_pages_are_found_in_the_tests() -> None:
    found = eq.probe_pages(ROOT / "tests")
    assert len(found) > 1000  # the red teams' and probes' pages
    assert all(key.startswith("probe/test_") for key in found)


def test_dump_records_the_cleaners_verdicts(tmp_path: Path) -> None:
    seed = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    (tmp_path / "fixtures" / "seeds").mkdir(parents=True)
    (tmp_path / "fixtures" / "seeds" / seed.name).write_text(text, encoding="utf-8")
    found = eq.dump(tmp_path, dev=False, probes=False)
    assert found["compiled"] == cleaner.COMPILED
    key = f"fixtures/seeds/{seed.name}"
    assert list(found["verdicts"]) == [key]
    result = cleaner.explain_text(text)
    assert found["verdicts"][key] == [
        result.text, result.language, [[r.start_line, r.end_line, r.pass_name] for r in result.removed]
    ]


def _dump(verdicts: dict[str, list[object]]) -> dict[str, object]:
    return {"compiled": False, "verdicts": verdicts}


def test_compare_reports_each_kind_of_difference() -> None:
    before = _dump({"a": ["x", "en", []], "b": ["y", "en", [[0, 1, "cookie-banner"]]], "c": ["z", "en", []]})
    after = _dump({"a": ["x!", "en", []], "b": ["y", "en", [[0, 1, "share-buttons"]]], "d": ["z", "en", []]})
    out = io.StringIO()
    assert eq.compare(before, after, out) == 4
    report = out.getvalue()
    assert "OUTPUT   a" in report
    assert "REMOVALS b" in report
    assert "only in before: c" in report and "only in after: d" in report


def test_compare_exits_zero_only_when_nothing_differs(tmp_path: Path) -> None:
    same = _dump({"a": ["x", "en", []]})
    other = _dump({"a": ["x", "de", []]})
    paths = []
    for n, d in enumerate((same, same, other)):
        p = tmp_path / f"{n}.json"
        p.write_text(json.dumps(d), encoding="utf-8")
        paths.append(str(p))
    assert eq.main(["compare", paths[0], paths[1]]) == 0
    assert eq.main(["compare", paths[0], paths[2]]) == 1
