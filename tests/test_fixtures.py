"""Data-driven cases (ftfy style) and negatives, read from ``fixtures/``.

``fixtures/cases/*.json``: each file a list of ``{"name", "lang", "input", "expected",
optional "removed": [{"pass", "contains"}]}``; the cleaned input must equal ``expected``
exactly and every listed removal must have been made by the named pass.

``fixtures/negatives/<lang>.txt``: article sentences (one per line, ``#`` comments) that
mention residue words; each must survive at the head, middle and tail of a short article
in its language.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

import pytest
from strategies import ARTICLES, FIXTURES, known_overstrip, read_negatives

import cleaner
from cleaner.pipeline import PASSES


def explain(text: str, **options: Any) -> cleaner.Result:
    """A fresh Cleaner per case: a case's result must not depend on the cases run before it
    (history independence is tested on its own in test_api)."""
    return cleaner.Cleaner(**options).explain_text(text)


CASE_FILES = sorted((FIXTURES / "cases").glob("*.json"))
NEGATIVE_FILES = sorted((FIXTURES / "negatives").glob("*.txt"))
SENTENCE_END = tuple('.!?…"”»’)')

#: Cases whose expected output the core does not produce today: "file::name" -> diagnosis.
KNOWN_FAILING: dict[str, str] = {}  # every case passes today; add "file::name": "diagnosis" when one cannot


def _load_cases(with_known_failures: bool) -> list[Any]:
    params = []
    for path in CASE_FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: expected a list of cases"
        for case in data:
            key = f"{path.name}::{case.get('name')}"
            marks = []
            if with_known_failures and key in KNOWN_FAILING:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[key]))
            params.append(pytest.param(path.name, case, id=key, marks=marks))
    return params


CASES = _load_cases(with_known_failures=True)
ALL_CASES = _load_cases(with_known_failures=False)


def test_fixture_files_exist() -> None:
    en = [p for p in CASE_FILES if p.name.startswith("en_")]
    assert len(en) >= 8
    assert sum(len(json.loads(p.read_text(encoding="utf-8"))) for p in en) >= 30
    assert (FIXTURES / "negatives" / "en.txt").exists()


@pytest.mark.parametrize(("file", "case"), CASES)
def test_case(file: str, case: dict[str, Any]) -> None:
    assert {"name", "lang", "input", "expected"} <= set(case), f"{file}: malformed case {case.get('name')!r}"
    assert set(case) <= {"name", "lang", "input", "expected", "removed"}
    result = explain(case["input"])
    if result.text != case["expected"]:
        diff = "\n".join(
            difflib.unified_diff(
                case["expected"].split("\n"), result.text.split("\n"), "expected", "got", lineterm=""
            )
        )
        removed = "\n".join(f"  {r.pass_name}: {r.text!r}" for r in result.removed)
        pytest.fail(f"{case['name']}: output differs\n{diff}\nremoved:\n{removed}")
    for want in case.get("removed", []):
        assert want["pass"] in PASSES, f"unknown pass {want['pass']!r} in {file}"
        hits = [r for r in result.removed if r.pass_name == want["pass"] and want["contains"] in r.text]
        assert hits, (
            f"{case['name']}: no removal by {want['pass']} containing {want['contains']!r}; "
            f"got {[(r.pass_name, r.text) for r in result.removed]}"
        )


@pytest.mark.parametrize(("file", "case"), ALL_CASES)
def test_case_is_stable(file: str, case: dict[str, Any]) -> None:
    """Cleaning the expected output again changes nothing (idempotence on real pages)."""
    assert explain(case["expected"]).text == case["expected"]


# -- negatives ---------------------------------------------------------------------------------


def _article_with(lang: str, line: str, position: str) -> list[str]:
    art = ARTICLES[lang]
    pos = {"head": 0, "middle": (len(art) + 1) // 2, "tail": len(art)}[position]
    return [*art[:pos], line, *art[pos:]]


def _negative_params() -> list[Any]:
    params = []
    for path in NEGATIVE_FILES:
        lang = path.stem
        for line in read_negatives(lang):
            for position in ("head", "middle", "tail"):
                reason = known_overstrip(line, position) if lang == "en" else None
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(
                    pytest.param(lang, line, position, id=f"{lang}:{position}:{line[:50]}", marks=marks)
                )
    return params


def test_negative_files_have_articles() -> None:
    for path in NEGATIVE_FILES:
        assert path.stem in ARTICLES, f"no test article for {path.name}: add one to tests/strategies.py"
        assert read_negatives(path.stem), f"{path.name} is empty"
    assert len(read_negatives("en")) >= 40


@pytest.mark.parametrize(("lang", "line", "position"), _negative_params())
def test_negative_survives(lang: str, line: str, position: str) -> None:
    paragraphs = _article_with(lang, line, position)
    doc = "\n\n".join(paragraphs)
    # A heading-shaped line (no sentence punctuation) standing first *is* the page title,
    # which title-line removes by design (titles are metadata); it must survive the rest.
    titled = position == "head" and line.rstrip()[-1:] not in SENTENCE_END
    result = explain(doc, disable=["title-line"]) if titled else explain(doc)
    removed = [(r.pass_name, r.reason, r.text) for r in result.removed]
    assert result.text == "\n\n".join(" ".join(p.split()) for p in paragraphs), f"removed: {removed}"
