"""End to end through the installed ``clean`` command, on temporary folders."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import pytest
from test_cli_support import (
    CLEAN,
    HTML,
    article,
    expected_txt,
    files,
    page,
    run_clean,
    temp_files,
    tree_hashes,
    warc_record,
    write_jsonl,
    write_warc,
)

import cleaner


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree with every input type, a binary file, a hidden file and names that clash."""
    root = tmp_path_factory.mktemp("mixed") / "in"
    (root / "news" / "world").mkdir(parents=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "news" / "b.txt").write_text(article(2), encoding="utf-8")
    (root / "news" / "world" / "c.txt.gz").write_bytes(gzip.compress(article(3).encode()))
    (root / "news" / "README").write_text(article(4), encoding="utf-8")  # no extension: sniffed as text
    (root / "news" / "page.html").write_text(page(5), encoding="utf-8")
    (root / "news" / "page.txt").write_text(article(6), encoding="utf-8")  # clashes with page.html
    (root / "news" / "old.htm.gz").write_bytes(gzip.compress(page(7).encode()))
    (root / "latin1.txt").write_bytes(article(8).replace("the", "thé").encode("latin-1"))
    (root / "image.dat").write_bytes(bytes(range(256)) * 20)
    (root / ".hidden.txt").write_text(article(9), encoding="utf-8")
    write_jsonl(
        root / "records.jsonl",
        [
            {"id": "r1", "text": article(10), "meta": {"lang": "en", "tags": ["a", "é"]}, "n": 1},
            {"id": "r2", "text": article(11), "meta": None, "n": 2},
        ],
    )
    write_warc(
        root / "crawl.warc.gz",
        [
            warc_record("http://example.com/1", page(12).encode()),
            warc_record("http://example.com/2", article(13).encode(), "text/plain; charset=utf-8"),
            warc_record("http://example.com/img.png", b"\x89PNG....", "image/png"),
        ],
    )
    return root


def _stderr(proc: object) -> str:
    return proc.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]


# -- folders ----------------------------------------------------------------------------------------------
def test_tree_mirrored_every_type_inputs_unchanged_and_resume(mixed: Path, tmp_path: Path) -> None:
    before = tree_hashes(mixed)
    out = tmp_path / "out"
    proc = run_clean(mixed, "-o", out, "--jobs", "2")
    err = _stderr(proc)
    assert proc.returncode == 1, err  # image.dat is binary: reported, the run goes on
    assert "image.dat: binary" in err
    assert "clean: " in err and "documents cleaned" in err and "lines removed per pass" in err
    expected = {
        ".clean-state.json",
        "a.txt",
        "latin1.txt",
        "records.jsonl",
        "crawl.jsonl",
        "news/b.txt",
        "news/README.txt",
        "news/page.html.txt",
        "news/page.txt.txt",
        "news/old.txt",
        "news/world/c.txt",
    }
    if not HTML:
        expected -= {"news/page.html.txt", "news/old.txt"}
        assert "HTML support not available" in err
    assert set(files(out)) == expected
    assert (out / "a.txt").read_bytes() == expected_txt(article(1))
    assert (out / "news/world/c.txt").read_bytes() == expected_txt(article(3))
    assert (out / "news/page.txt.txt").read_bytes() == expected_txt(article(6))
    assert "thé" in (out / "latin1.txt").read_text(encoding="utf-8")
    assert b"Share this article" not in (out / "a.txt").read_bytes()
    assert tree_hashes(mixed) == before

    # a second run skips everything that is up to date
    mtimes = {f: os.stat(out / f).st_mtime_ns for f in files(out)}
    again = run_clean(mixed, "-o", out)
    assert "up to date" in _stderr(again)
    assert {f: os.stat(out / f).st_mtime_ns for f in files(out)} == mtimes
    # --force redoes them; other settings redo them too
    forced = run_clean(mixed, "-o", out, "--force", "-q")
    assert os.stat(out / "a.txt").st_mtime_ns > mtimes["a.txt"]
    assert forced.returncode == 1 and "image.dat" in _stderr(forced)
    redone = os.stat(out / "a.txt").st_mtime_ns
    # "Share this article" is the first line left once site-chrome has gone: title-line (a headline
    # before the first paragraph) would take it too, so this run turns both off to see the line kept
    other = run_clean(mixed, "-o", out, "--disable", "social-buttons", "--disable", "title-line", "--include", "a.txt")
    assert other.returncode == 0, _stderr(other)
    assert os.stat(out / "a.txt").st_mtime_ns > redone
    kept = (out / "a.txt").read_text(encoding="utf-8")
    assert kept == cleaner.clean_text(article(1), disable=["social-buttons", "title-line"]) + "\n"
    assert "Share this article" in kept
    assert tree_hashes(mixed) == before
    assert temp_files(out) == []


def test_containers_keep_records_and_fields(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_clean(mixed, "-o", out, "--include", "*.jsonl", "--include", "*.warc.gz", "--explain")
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["r1", "r2"]
    assert list(records[0]) == ["id", "text", "meta", "n", "language", "metadata", "removed", "duplicate_of"]
    assert records[0]["meta"] == {"lang": "en", "tags": ["a", "é"]} and records[1]["meta"] is None
    assert records[0]["text"] == cleaner.clean_text(article(10))
    assert records[0]["language"] == "en"
    assert {r["pass_name"] for r in records[0]["removed"]} >= {"social-buttons"}
    assert all(
        set(r) == {"text", "start_line", "end_line", "pass_name", "reason", "kind"} for r in records[0]["removed"]
    )
    warc = [json.loads(line) for line in (out / "crawl.jsonl").read_text(encoding="utf-8").splitlines()]
    urls = [r["url"] for r in warc]
    assert "http://example.com/img.png" not in urls  # not a page: skipped
    assert "http://example.com/2" in urls
    text_doc = next(r for r in warc if r["url"] == "http://example.com/2")
    assert text_doc["text"] == cleaner.clean_text(article(13))
    assert text_doc["id"].startswith("<urn:uuid:") and text_doc["date"] == "2024-01-01T00:00:00Z"
    if HTML:
        assert urls == ["http://example.com/1", "http://example.com/2"]
        assert warc[0]["text"] and warc[0]["metadata"]


def test_formats_md_and_one_output_file(mixed: Path, tmp_path: Path) -> None:
    md = tmp_path / "md"
    run_clean(mixed / "a.txt", mixed / "news" / "b.txt", "-o", md, "--format", "md")
    text = (md / "a.md").read_text(encoding="utf-8")
    body = cleaner.clean_text(article(1))
    assert text == "\n\n".join(body.splitlines()) + "\n"
    assert (md / "b.md").exists()

    one = tmp_path / "all.jsonl"
    proc = run_clean(mixed / "a.txt", mixed / "records.jsonl", mixed / "news" / "b.txt", "-o", one)
    assert proc.returncode == 0, _stderr(proc)
    ids = [json.loads(line)["id"] for line in one.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a.txt", "r1", "r2", "b.txt"]  # input order

    txt = tmp_path / "all.txt"
    run_clean(mixed / "a.txt", mixed / "news" / "b.txt", "-o", txt)
    assert txt.read_bytes() == expected_txt(article(1)) + b"\f\n" + expected_txt(article(2))
    assert temp_files(tmp_path) == []


# -- streams ----------------------------------------------------------------------------------------------
def test_stdin_to_stdout() -> None:
    proc = run_clean("-", input=article(20).encode())
    assert proc.returncode == 0
    assert proc.stdout == expected_txt(article(20))
    assert proc.stderr.startswith(b"clean: ")  # the summary; no progress bar when piped

    gz = run_clean("-q", input=gzip.compress(article(21).encode()))
    assert gz.stdout == expected_txt(article(21)) and gz.stderr == b""

    lines = "".join(json.dumps({"text": article(i), "k": i}) + "\n" for i in (22, 23)).encode()
    jl = run_clean("-", "-q", input=lines)
    got = [json.loads(line) for line in jl.stdout.splitlines()]
    assert [r["k"] for r in got] == [22, 23]
    assert got[0]["text"] == cleaner.clean_text(article(22))

    warc = gzip.compress(warc_record("http://x/t", article(24).encode(), "text/plain"))
    w = run_clean("-", "-q", "--format", "txt", input=warc)
    assert w.returncode == 0, _stderr(w)
    assert w.stdout == expected_txt(article(24))


def test_python_dash_m_and_list_passes() -> None:
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "cleaner", "--list-passes"], capture_output=True, text=True)
    assert proc.returncode == 0
    for cls in cleaner.pipeline.TEXT_PIPELINE:
        assert cls.name in proc.stdout and cls.family in proc.stdout
    helped = subprocess.run([*CLEAN, "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "--dask" in helped.stdout and "exit status" in helped.stdout


def test_diff_writes_nothing(mixed: Path, tmp_path: Path) -> None:
    proc = run_clean(mixed / "a.txt", "--diff")
    out = proc.stdout.decode()
    assert out.startswith("=== a.txt: ")
    assert "[social-buttons]" in out and "Share this article" in out
    assert run_clean(mixed / "a.txt", "--diff", "-o", tmp_path / "x").returncode == 2
    assert not (tmp_path / "x").exists()


# -- failures ------------------------------------------------------------------------------------------
def test_failures_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok1.txt").write_text(article(30), encoding="utf-8")
    (src / "big.txt.gz").write_bytes(gzip.compress(article(31).encode() * 12_000))  # > 10M unpacked
    # Over a million short lines: several seconds of work on any machine, far past the
    # 1.5 s limit, yet under --max-bytes (faster passes made 100k prose lines fit in time).
    slow = "\n".join(str(i) for i in range(1_200_000))
    (src / "slow.txt").write_text(slow, encoding="utf-8")
    (src / "ok2.txt").write_text(article(32), encoding="utf-8")
    write_jsonl(src / "mixed.jsonl", [{"text": article(33)}, {"body": "no text field"}, {"text": article(34)}])
    (src / "mixed.jsonl").write_text((src / "mixed.jsonl").read_text() + "{broken\n", encoding="utf-8")
    before = tree_hashes(src)
    out = tmp_path / "out"
    proc = run_clean(src, "-o", out, "--max-bytes", "10M", "--timeout", "1.5", "--language", "en")
    err = _stderr(proc)
    assert proc.returncode == 1
    assert "big.txt.gz: too large" in err
    assert "slow.txt: timed out" in err
    assert "mixed.jsonl:2: record has no string field 'text'" in err
    assert "mixed.jsonl:4: invalid JSON" in err
    assert set(files(out)) == {".clean-state.json", "ok1.txt", "ok2.txt", "mixed.jsonl"}, err
    assert len((out / "mixed.jsonl").read_text().splitlines()) == 2
    assert (out / "ok2.txt").read_bytes() == (cleaner.clean_text(article(32), language="en") + "\n").encode()
    assert tree_hashes(src) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{src}", "-o", "{src}/out"], "inside the input folder"),
        (["{src}", "-o", "{src}"], "is the input folder"),
        (["{src}/a.txt", "-o", "{src}/a.txt"], "is the input file"),
        (["{tmp}", "-o", "{src}"], "inside the input folder"),
        (["{src}", "-o", "{tmp}"], "inside the output folder"),
        (["-", "-o", "{tmp}/folder/"], "stdin"),
        (["{tmp}/missing", "-o", "{tmp}/o"], "no such file"),
        (["{src}", "--disable", "no-such-pass"], "unknown pass"),
        (["{src}", "--config", "{tmp}/missing.toml"], "cannot read config"),
        (["{src}", "--jobs", "0"], "must be at least 1"),
        (["{src}", "--worker-memory", "-1"], "must be 0 (never) or more"),
        (["{src}", "-o", "{tmp}/o", "--explain", "--format", "txt"], "--explain adds the removals"),
        (["{src}", "-o", "{tmp}/o", "--explain", "--format", "md"], "--explain adds the removals"),
    ],
)
def test_refusals_exit_2_and_write_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(article(40), encoding="utf-8")
    before = files(tmp_path)
    proc = run_clean(*(a.format(src=src, tmp=tmp_path) for a in args), input=b"")
    assert proc.returncode == 2, _stderr(proc)
    assert message in _stderr(proc)
    assert files(tmp_path) == before


def test_workers_replaced_for_memory_write_the_same_outputs(mixed: Path, tmp_path: Path) -> None:
    # ``--worker-memory 1``: every worker is past one megabyte after its first batch, so each batch is done
    # by a fresh one; nothing is lost or done twice, and the outputs are those of a run without the limit
    # (0: never replaced)
    runs = {}
    for limit in ("1", "0"):
        out = tmp_path / f"out{limit}"
        proc = run_clean(mixed, "-o", out, "-j", "2", "--no-learn", "--worker-memory", limit)
        assert proc.returncode == 1, _stderr(proc)  # (the tree's binary file fails, as in every run)
        runs[limit] = tree_hashes(out)
    assert runs["1"] == runs["0"]
    assert len(runs["1"]) >= 10


def test_worker_memory_default_is_the_runners() -> None:
    import importlib

    main = importlib.import_module("cleaner.cli.main")  # (the package's ``main`` is the entry function)
    runner = importlib.import_module("cleaner.cli.runner")
    assert main.DEFAULT_WORKER_MEMORY_MB << 20 == runner.DEFAULT_WORKER_MEMORY


def test_output_inside_input_allowed_when_excluded(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(article(41), encoding="utf-8")
    proc = run_clean(src, "-o", src / "out", "--exclude", "out")
    assert proc.returncode == 0, _stderr(proc)
    again = run_clean(src, "-o", src / "out", "--exclude", "out")
    assert again.returncode == 0 and files(src / "out") == [".clean-state.json", "a.txt"]


def test_symlinks_skipped_unless_followed_and_loops_never(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(article(42), encoding="utf-8")
    other = tmp_path / "elsewhere.txt"
    other.write_text(article(43), encoding="utf-8")
    os.symlink(other, src / "link.txt")
    os.symlink(src, src / "sub" / "loop")
    out = tmp_path / "out"
    proc = run_clean(src, "-o", out)
    assert proc.returncode == 0, _stderr(proc)
    assert files(out) == [".clean-state.json", "sub/a.txt"]
    assert "symbolic links skipped" in _stderr(proc)
    followed = run_clean(src, "-o", tmp_path / "out2", "--follow-symlinks", timeout=120)
    assert followed.returncode == 0, _stderr(followed)
    assert files(tmp_path / "out2") == [".clean-state.json", "link.txt", "sub/a.txt"]


def test_config_file_sets_pass_options(tmp_path: Path) -> None:
    conf = tmp_path / "clean.toml"
    conf.write_text('disable = ["social-buttons"]\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(article(44), encoding="utf-8")
    proc = run_clean(tmp_path / "a.txt", "--config", conf, "-q")
    assert proc.stdout == (cleaner.clean_text(article(44), disable=["social-buttons"], language="en") + "\n").encode()
    proc = run_clean(tmp_path / "a.txt", "--config", conf, "--disable", "promos", "--language", "fr", "-q")
    expected = cleaner.clean_text(article(44), disable=["social-buttons", "promos"], language="fr")
    assert proc.stdout == (expected + "\n").encode()
    diff = run_clean(tmp_path / "a.txt", "--disable", "widgets,promos", "--diff", "-q").stdout.decode()
    assert "[social-buttons]" not in diff and "[promo-label]" not in diff


def test_container_whose_output_cannot_be_made_fails_alone(tmp_path: Path) -> None:
    """A JSON Lines file whose output could not be created stopped the whole run ("interrupted (an
    internal error)", exit 1, the files after it never cleaned)."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    write_jsonl(src / "sub" / "r.jsonl", [{"text": article(50)}])
    (src / "sub" / "s.txt").write_text(article(51), encoding="utf-8")
    (src / "z.txt").write_text(article(52), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the folder sub should be", encoding="utf-8")
    proc = run_clean(src, "-o", out, "--jobs", "1", "--no-learn")
    err = _stderr(proc)
    assert proc.returncode == 1, err
    assert "interrupted" not in err
    assert "sub/r.jsonl: cannot write" in err and "sub/s.txt: cannot write" in err
    assert (out / "z.txt").read_bytes() == expected_txt(article(52))


def test_include_matching_nothing_warns(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(article(41), encoding="utf-8")
    proc = run_clean(src, "-o", tmp_path / "out", "--include", "*.md")
    assert proc.returncode == 0, _stderr(proc)
    assert "warning: no input files found" in _stderr(proc)
    ok = run_clean(src, "-o", tmp_path / "out2")
    assert "warning" not in _stderr(ok)


def test_page_saved_as_txt_is_cleaned_as_a_page(tmp_path: Path) -> None:
    """A whole HTML document under a .txt name: cleaned as a page (no markup left), not learned from;
    a .txt that only quotes a tag stays text."""
    src = tmp_path / "src"
    src.mkdir()
    prose = article(42, furniture=False).splitlines()
    body = "".join(f"<p>{line}</p>" for line in prose) + "<p>Share this article</p>"
    head = "<!-- saved -->\n<!DOCTYPE html><html><head><title>T</title></head>"
    page_html = f"{head}<body><article>{body}</article></body></html>"
    (src / "page.txt").write_text(page_html, encoding="utf-8")
    quoting = "The <html> tag opens every page, the tutorial explained to its readers.\n" + article(43)
    (src / "note.txt").write_text(quoting, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_clean(src, "-o", out, "--language", "en")
    assert proc.returncode == 0, _stderr(proc)
    cleaned = (out / "page.txt").read_text(encoding="utf-8")
    assert "<" not in cleaned and "DOCTYPE" not in cleaned and "Share this" not in cleaned
    assert cleaned.splitlines() == prose
    assert (out / "note.txt").read_text(encoding="utf-8").startswith("The <html> tag opens every page")
