"""The pattern facts kept between runs (cleaner.derived): what is read back is what parsing finds,
a changed input is a new file, and a cache that cannot be read or written only costs time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner import derived, gate, vocab


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    derived.forget()
    yield folder
    derived.forget()


def _files(folder: Path, key: str) -> list[Path]:
    return sorted(folder.glob(f"patterns-{key}-*.json"))


def test_facts_read_back_are_those_parsing_finds_for_every_pattern(cache: Path) -> None:
    keys = ["any", *vocab.languages()]
    for key in keys:
        derived.ensure(key)
    derived.forget()
    for key in keys:
        derived.ensure(key)  # this time from the files
    checked = 0
    for key in keys:
        for pattern, modes in derived._key_items(key):
            assert derived.first_chars(pattern) == vocab.compute_first_chars(pattern), pattern
            assert derived.required_literals(pattern) == vocab.compute_required_literals(pattern), pattern
            for mode in modes:
                assert derived.source(pattern, mode) == gate.compute_source(pattern, mode), (pattern, mode)
            checked += 1
    assert checked > 1000
    assert len(list(cache.glob("patterns-*.json"))) == len(keys)


def test_a_second_process_reads_the_facts_instead_of_parsing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    derived.ensure("de")
    assert len(_files(cache, "de")) == 1
    derived.forget()

    def no_parsing(pattern: str, modes: list[str]) -> list[object]:
        raise AssertionError("parsed although the cache holds the facts")

    monkeypatch.setattr(derived, "work_out", no_parsing)
    derived.ensure("de")
    pattern, modes = derived._key_items("de")[0]
    assert derived.source(pattern, modes[0]) is not derived.MISSING


def test_a_pattern_outside_the_cache_is_worked_out(cache: Path) -> None:
    derived.ensure("en")
    assert derived.first_chars("zz(?:unknown) pattern") is derived.MISSING
    assert vocab.first_chars("zz(?:unknown) pattern") == vocab.compute_first_chars("zz(?:unknown) pattern")
    assert gate._source("zz(?:unknown) pattern", "full") == gate.compute_source("zz(?:unknown) pattern", "full")


@pytest.mark.parametrize(
    "damage",
    [
        "not json at all {",
        json.dumps({"format": 1, "records": {}}),  # valid JSON, wrong contents
        json.dumps({"format": 99, "records": {}}),
        json.dumps([1, 2, 3]),
    ],
)
def test_a_damaged_file_is_ignored_and_rewritten(cache: Path, damage: str) -> None:
    derived.ensure("fr")
    (path,) = _files(cache, "fr")
    good = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(damage, encoding="utf-8")
    derived.forget()
    derived.ensure("fr")
    assert json.loads(path.read_text(encoding="utf-8")) == good
    pattern, modes = derived._key_items("fr")[0]
    assert derived.source(pattern, modes[0]) == gate.compute_source(pattern, modes[0])


def test_a_record_of_the_wrong_shape_is_not_trusted(cache: Path) -> None:
    derived.ensure("nl")
    (path,) = _files(cache, "nl")
    data = json.loads(path.read_text(encoding="utf-8"))
    pattern = next(iter(data["records"]))
    data["records"][pattern][2] = {"full": 42}
    path.write_text(json.dumps(data), encoding="utf-8")
    derived.forget()
    derived.ensure("nl")
    assert derived.source(pattern, derived._key_items("nl")[0][1][0]) != 42


def test_changed_rules_or_python_make_a_new_file_and_drop_the_old(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    derived.ensure("it")
    (before,) = _files(cache, "it")
    items = derived._key_items("it")
    derived.forget()
    monkeypatch.setattr(derived, "_key_items", lambda key: [*items, ("nuovo modello", ["full"])])
    derived.ensure("it")
    (after,) = _files(cache, "it")
    assert after != before
    assert derived.first_chars("nuovo modello") == frozenset("n")
    derived.forget()
    monkeypatch.setattr(derived.platform, "python_version", lambda: "3.99.0")
    derived.ensure("it")
    (other,) = _files(cache, "it")
    assert other not in (before, after)


def test_an_unwritable_cache_folder_costs_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocker / "cache"))
    derived.forget()
    try:
        derived.ensure("es")  # cannot create the folder: no error
        pattern, modes = derived._key_items("es")[0]
        assert derived.source(pattern, modes[0]) == gate.compute_source(pattern, modes[0])
    finally:
        derived.forget()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_empty_cache_dir_setting_keeps_nothing_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    derived.forget()
    try:
        assert derived.cache_dir() is None
        derived.ensure("pt")
        assert derived.first_chars(derived._key_items("pt")[0][0]) is derived.MISSING
        assert list(tmp_path.iterdir()) == []
    finally:
        derived.forget()


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLEANER_CACHE_DIR", raising=False)
    from platformdirs import user_cache_dir

    assert derived.cache_dir() == Path(user_cache_dir("cleaner", appauthor=False))


def test_cleaning_is_the_same_with_and_without_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from strategies import ARTICLES

    texts = [
        "\n".join([*ARTICLES[lang], "Share this article", "Sign up for our newsletter", *ARTICLES[lang]])
        for lang in ("en", "de", "fr", "ru", "ko")
    ]
    warm = [cleaner.explain_text(t) for t in texts]
    # a fresh process's view: facts from the files only, every table and gate built anew
    derived.forget()
    vocab.table.cache_clear()
    gate.gate_for.cache_clear()
    vocab.first_chars.cache_clear()
    vocab.required_literals.cache_clear()
    gate._source.cache_clear()
    again = [cleaner.Cleaner().explain_text(t) for t in texts]
    for a, b in zip(warm, again, strict=True):
        assert a.text == b.text
        assert [(r.pass_name, r.start_line) for r in a.removed] == [(r.pass_name, r.start_line) for r in b.removed]
    assert _files(cache, "de")


# -- compiled regexes kept between runs -------------------------------------------------------------------

_SOURCES = [
    r"(?P<e0>(?:sign ?up|abonn\w+)(?s:.*))|(?P<e1>[^\W\d_]{2,}: \d+)",
    r"(?:read more|lire la suite|weiterlesen)\b.{0,40}",
    r"(?:©|\(c\))\s*\d{4}(?:[-–]\d{4})?\s+[\w .&'’-]{2,60}",
    r"(?:подпис\w+ на|abonnez-vous)[^.!?]{0,80}[.!]?",
    r"^(?:\d{1,2}[.:]\d{2})\s*(?:uhr|h|a\.m\.|p\.m\.)?$",
]


def test_a_kept_regex_is_the_one_re_compile_builds(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    first = [derived.compile_regex(s) for s in _SOURCES]
    assert all(a == re.compile(s, re.IGNORECASE) for a, s in zip(first, _SOURCES, strict=True))
    assert len(list(cache.glob("regex-*/*/*"))) == len(_SOURCES)
    derived.forget()

    def no_compiling(source: str, flags: int) -> object:
        raise AssertionError("compiled although the cache holds the program")

    (folder,) = cache.glob("regex-*")
    monkeypatch.setattr(derived, "_build", no_compiling)
    monkeypatch.setattr(derived, "_regex_folder", folder)  # (as found; the canary check builds)
    again = [derived.compile_regex(s) for s in _SOURCES]
    for a, b, s in zip(first, again, _SOURCES, strict=True):
        assert a == b == re.compile(s, re.IGNORECASE)
        assert b.groupindex == re.compile(s, re.IGNORECASE).groupindex


def test_a_kept_regex_matches_as_re_does(cache: Path) -> None:
    import re

    derived.compile_regex(_SOURCES[0])
    derived.forget()
    rx = derived.compile_regex(_SOURCES[0])
    for text in ("Sign up for more", "ABONNIEREN Sie", "Tor: 3", "nothing here", "İstanbul: 12"):
        ours, theirs = rx.match(text), re.compile(_SOURCES[0], re.IGNORECASE).match(text)
        assert (ours and (ours.lastgroup, ours.span())) == (theirs and (theirs.lastgroup, theirs.span()))


def test_a_damaged_or_foreign_program_is_compiled_anew(cache: Path) -> None:
    import re

    derived.compile_regex(_SOURCES[1])
    (path,) = cache.glob("regex-*/*/*")
    header, _, body = path.read_bytes().partition(b"\n")
    for damaged in (
        header + b"\n" + body[:-3] + b"xyz",  # the checksum fails
        header.replace(b"read more", b"read less") + b"\n" + body,  # names another source
        b"{not json\n" + body,
        b"",
    ):
        path.write_bytes(damaged)
        derived.forget()
        assert derived.compile_regex(_SOURCES[1]) == re.compile(_SOURCES[1], re.IGNORECASE)
        assert path.read_bytes().partition(b"\n")[0] == header  # kept again, whole


def test_a_bad_regex_fails_as_re_compile_does(cache: Path) -> None:
    import re

    with pytest.raises(re.error):
        derived.compile_regex("(?:unclosed")


def test_no_regex_is_kept_when_this_python_builds_them_differently(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    real = derived._build
    monkeypatch.setattr(derived, "_build", lambda s, f: (re.compile("other"), *real(s, f)[1:]))
    assert derived._regex_dir() is None
    assert derived.compile_regex(_SOURCES[2]) == re.compile(_SOURCES[2], re.IGNORECASE)
    assert not list(cache.glob("regex-*"))


def test_another_pythons_regexes_go_once_unused_for_a_month(cache: Path) -> None:
    import os
    import time

    old, recent = cache / "regex-0000old", cache / "regex-0000recent"
    for folder in (old, recent):
        (folder / "ab").mkdir(parents=True)
        (folder / "ab" / "abcd").write_bytes(b"x")
    month = time.time() - (derived.STALE_DAYS + 1) * 86400
    os.utime(old, (month, month))
    derived.compile_regex(_SOURCES[0])
    assert not old.exists()
    assert (recent / "ab" / "abcd").exists()
    assert len(list(cache.glob("regex-*"))) == 2  # this Python's and the recent one


def test_working_out_facts_keeps_no_pile_of_parse_trees() -> None:
    """Parse trees serve only while one pattern's facts are worked out: a process that worked out
    thousands (no disk cache) must not keep them, or every full garbage collection walks them all."""
    import gc

    def trees() -> int:
        return sum(1 for o in gc.get_objects() if type(o).__name__ == "SubPattern")

    before = trees()
    for i in range(300):
        derived.work_out(f"(?:read|see) (?:more|also) {i}(?:\\s+\\w+){{1,3}}:?", ["full", "start"])
    assert vocab.parse_pattern.cache_info().currsize <= 16
    assert trees() - before < 16 * 20  # a tree is a handful of SubPatterns; 300 kept would be 1,000+
