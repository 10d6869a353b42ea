"""Planning a run: globs, where outputs go, names that clash, setups that are refused."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from cleaner.cli.main import build_config, build_parser, parse_size
from cleaner.cli.plan import Matcher, Plan, UsageError, resume_since, up_to_date
from cleaner.cli.settings import Settings
from cleaner.errors import ConfigError


@pytest.mark.parametrize(
    ("patterns", "path", "hit"),
    [
        (["*.txt"], "a/b/c.txt", True),
        (["*.txt"], "a/b/c.html", False),
        (["a/*.txt"], "a/c.txt", True),
        (["a/*.txt"], "a/b/c.txt", False),
        (["a/**/*.txt"], "a/b/c/d.txt", True),
        (["a/**/*.txt"], "a/d.txt", True),
        (["**/skip"], "x/y/skip", True),
        (["skip/**"], "skip/a/b.txt", True),
        (["doc?.txt"], "doc1.txt", True),
        (["doc[0-3].txt"], "doc4.txt", False),
        (["doc[!0-3].txt"], "doc4.txt", True),
        (["./out/"], "out", True),
        ([], "a.txt", False),
    ],
)
def test_globs(patterns: list[str], path: str, hit: bool) -> None:
    assert Matcher(patterns)(path) is hit


def _tree(root: Path) -> Path:
    src = root / "src"
    (src / "sub").mkdir(parents=True)
    for rel in ("a.txt", "a.html", "b.jsonl", "sub/c.txt.gz", "sub/notes", ".hidden.txt"):
        path = src / rel
        path.write_bytes(b"text\n" if not rel.endswith(".gz") else b"\x1f\x8b")
    return src


def test_targets(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    s = Settings()
    assert Plan([str(src / "a.txt")], None, s).target.mode == "stdout"
    assert Plan([str(src / "a.txt")], "-", s).target.mode == "stdout"
    assert Plan([str(src / "a.txt")], str(tmp_path / "x"), s).target.mode == "file"
    assert Plan([str(src / "a.txt")], str(tmp_path / "x") + "/", s).target.mode == "folder"
    assert Plan([str(src)], str(tmp_path / "x"), s).target.mode == "folder"
    assert Plan([str(src)], str(tmp_path / "all.jsonl"), s).target.mode == "file"
    assert Plan([str(src / "a.txt"), str(src / "a.html")], str(tmp_path / "x"), s).target.mode == "folder"


def test_outputs_mirror_the_tree_and_clashing_names_keep_their_extension(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    plan = Plan([str(src)], str(out), Settings())
    got = {s.label: (os.path.relpath(s.out, out) if s.out else None, s.kind) for s in plan.sources()}
    assert got == {
        "a.html": ("a.html.txt", "html"),
        "a.txt": ("a.txt.txt", "txt"),
        "b.jsonl": ("b.jsonl", "jsonl"),
        "sub/c.txt.gz": ("sub/c.txt", "txt"),
        "sub/notes": ("sub/notes.txt", "txt"),
    }
    md = Plan([str(src / "a.txt"), str(src / "sub")], str(out), Settings(fmt="md"))
    assert [(s.label, os.path.relpath(s.out, out)) for s in md.sources()] == [
        ("a.md", "a.md"),
        ("sub/c.txt.gz", "sub/c.md"),
        ("sub/notes", "sub/notes.md"),
    ]


def test_refusals(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    s = Settings()
    with pytest.raises(UsageError, match="inside the input folder"):
        Plan([str(src)], str(src / "out"), s)
    Plan([str(src)], str(src / "out"), s, exclude=["out"])  # excluded: allowed
    with pytest.raises(UsageError, match="inside the output folder"):
        Plan([str(src)], str(tmp_path), s)
    with pytest.raises(UsageError, match="read only once"):
        Plan(["-", "-"], None, s)
    both = Plan([str(src / "a.txt"), str(src / "a.html")], str(tmp_path / "o3"), s)
    assert sorted(os.path.basename(x.out) for x in both.sources()) == ["a.html.txt", "a.txt.txt"]
    _copy(src / "sub" / "notes", tmp_path / "other" / "sub" / "notes")
    with pytest.raises(UsageError, match="would both be written"):
        Plan([str(src / "sub"), str(tmp_path / "other" / "sub")], str(tmp_path / "o4"), s)
    with pytest.raises(UsageError, match="--diff"):
        Plan([str(src)], str(tmp_path / "o5"), Settings(diff=True))


def _copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes())
    return dst


def test_resume_state(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    s = Settings()
    since = resume_since(str(out), s, force=False)
    assert resume_since(str(out), s, force=False) == since  # same settings: same line
    plan = Plan([str(src / "a.txt")], str(out) + "/", s)
    source = next(plan.sources())
    assert not up_to_date(source, since)
    Path(source.out).write_text("done")
    assert up_to_date(source, since)
    assert resume_since(str(out), Settings(fmt="md"), force=False) >= since  # other settings: redo
    later = resume_since(str(out), s, force=True)
    assert not up_to_date(source, later + 1)


def test_config_from_flags_and_file(tmp_path: Path) -> None:
    conf = tmp_path / "c.toml"
    conf.write_text('disable = ["credits"]\ntimeout = 5\n[options.edge-furniture]\n', encoding="utf-8")
    args = build_parser().parse_args(
        ["--config", str(conf), "--disable", "widgets,promos", "--language", "de", "--max-bytes", "2M"]
    )
    config = build_config(args)
    assert config.disable == {"credits", "widgets", "promos"}
    assert config.language == "de" and config.timeout == 5 and config.max_bytes == 2 * 1024 * 1024
    assert parse_size("64K") == 65536 and parse_size("1.5MiB") == 1572864 and parse_size("1000") == 1000


def test_timeout_fallback_from_flag_and_file(tmp_path: Path) -> None:
    assert build_config(build_parser().parse_args([])).timeout_fallback is False
    assert build_config(build_parser().parse_args(["--timeout-fallback"])).timeout_fallback is True
    conf = tmp_path / "c.toml"
    conf.write_text("timeout = 5\ntimeout_fallback = true\n", encoding="utf-8")
    config = build_config(build_parser().parse_args(["--config", str(conf)]))
    assert config.timeout_fallback is True and config.timeout == 5


def test_names_that_clash_twice_never_share_an_output(tmp_path: Path) -> None:
    """``a.txt`` and ``a.txt.gz`` both had the full name ``a.txt.txt``; ``b.html``'s full name was the
    short name of ``b.html.txt``; a file ``x.html`` wrote ``x.txt`` over a sub-folder ``x.txt``: one
    output was silently written over another (or failed)."""
    src = tmp_path / "in"
    (src / "x.txt").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "b.html", "b.html.txt", "x.txt/in.txt"):
        (src / name).write_text("Some text.\n", encoding="utf-8")
    (src / "a.txt.gz").write_bytes(gzip.compress(b"Other text.\n"))
    (src / "x.html").write_text("<html><body><p>A page.</p></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    got = {s.label: os.path.relpath(s.out, out) for s in Plan([str(src)], str(out), Settings()).sources()}
    assert got == {
        "a.txt": "a.txt.txt",
        "a.txt.gz": "a.txt.gz.txt",
        "b.html": "b.html.txt",
        "b.html.txt": "b.html.txt.txt",
        "b.txt": "b.txt.txt",
        "x.html": "x.html.txt",
        "x.txt/in.txt": "x.txt/in.txt",
    }
    assert len(set(got.values())) == len(got)


def test_output_that_is_the_input_folder_is_not_told_to_exclude_dot(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    with pytest.raises(UsageError, match="is the input folder") as info:
        Plan([str(src)], str(src), Settings())
    assert "--exclude" not in str(info.value)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[options.comment-section]\nmin_position = "half"\n', "'min_position' of pass 'comment-section' must be"),
        ("[options.edge-furniture]\nhead = 1\n", "'head' of pass 'edge-furniture' must be bool"),
        ("[options.comment-section]\nmax_marker_words = 2.5\n", "must be int"),
        ("[options.byline]\nmax_words = true\n", "must be int or None"),
    ],
)
def test_config_option_of_the_wrong_type_is_a_config_error(tmp_path: Path, toml: str, message: str) -> None:
    """A wrong type was accepted and failed documents later (``TypeError``), or cleaned them wrongly."""
    conf = tmp_path / "c.toml"
    conf.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        build_config(build_parser().parse_args(["--config", str(conf)]))
    conf.write_text("[options.comment-section]\nmin_position = 1\n[options.byline]\nmax_words = 8\n", encoding="utf-8")
    assert build_config(build_parser().parse_args(["--config", str(conf)])).options["comment-section"] == {
        "min_position": 1
    }


def test_a_complete_walk_is_replayed_and_a_large_one_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clean pass after the learning pass gets the same inputs without walking the tree again; a
    walk of more inputs than it remembers is made again (memory stays flat), as is one cut short."""
    import cleaner.cli.plan as plan_mod

    src = _tree(tmp_path)
    (src / "link.txt").symlink_to(src / "a.txt")
    plan = Plan([str(src)], str(tmp_path / "out"), Settings())
    walk = plan._walk_sources
    calls: list[int] = []

    def counted() -> object:
        calls.append(1)
        return walk()

    monkeypatch.setattr(plan, "_walk_sources", counted)
    partial = plan.sources()
    next(partial)
    partial.close()  # cut short: nothing remembered
    plan.symlinks_skipped = 0
    first = [(s.label, s.out, s.kind, s.size) for s in plan.sources()]
    skipped = plan.symlinks_skipped
    plan.symlinks_skipped = 0  # (as the learning pass does: the clean pass counts again)
    again = [(s.label, s.out, s.kind, s.size) for s in plan.sources()]
    assert again == first and len(first) == 5
    assert calls == [1, 1] and plan.symlinks_skipped == skipped == 1

    monkeypatch.setattr(plan_mod, "REMEMBER_SOURCES", 3)
    big = Plan([str(src)], str(tmp_path / "out"), Settings())
    walk = big._walk_sources
    calls.clear()
    monkeypatch.setattr(big, "_walk_sources", counted)
    assert [s.label for s in big.sources()] == [s.label for s in big.sources()]
    assert calls == [1, 1]
