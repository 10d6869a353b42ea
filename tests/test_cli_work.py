"""What a worker does with a task, in-process: documents, files, containers, failures."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_cli_support import article, expected_txt, warc_record, write_jsonl

import cleaner
from cleaner.cli.settings import Settings
from cleaner.cli.work import HTML_UNAVAILABLE, DocItem, FileItem, Task, WorkerState, execute


def test_doc_items_render_in_order_with_counts() -> None:
    state = WorkerState(Settings())
    items = [DocItem(f"d{i}", "txt", article(i).encode(), 0) for i in range(3)]
    report = execute(state, Task(items, "txt", sink=0))
    assert report.chunks == [expected_txt(article(i)) for i in range(3)]
    assert report.docs == 3 and report.errors == [] and report.lines["social-buttons"] == 3


def test_jsonl_records_pass_fields_through(tmp_path: Path) -> None:
    state = WorkerState(Settings(explain=True))
    line = json.dumps({"id": "x", "text": article(1), "extra": [1, {"a": None}]}).encode()
    report = execute(state, Task([DocItem("f:1", "jsonl", line, len(line))], "jsonl", sink=0))
    assert report.chunks is not None
    record = json.loads(report.chunks[0])
    assert record["extra"] == [1, {"a": None}] and record["id"] == "x"
    assert record["text"] == cleaner.clean_text(article(1)) and record["removed"]


def test_files_are_written_atomically_and_failures_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(2), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(article(3).encode()))
    items = [
        FileItem(str(tmp_path / n), n, "txt", str(tmp_path / "out" / (n.split(".")[0] + ".txt")))
        for n in ("a.txt", "b.txt", "c.txt.gz")
    ]
    report = execute(WorkerState(Settings()), Task(items, "txt"))
    assert report.files == 2 and report.files_failed == 1
    assert report.errors == [("b.txt", "binary file, not text")]
    assert (tmp_path / "out" / "a.txt").read_bytes() == expected_txt(article(2))
    assert (tmp_path / "out" / "c.txt").read_bytes() == expected_txt(article(3))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt", "c.txt"]


def test_whole_containers_on_one_worker(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "r.jsonl", [{"text": article(4)}, {"nope": 1}])
    (tmp_path / "w.warc").write_bytes(warc_record("http://x/1", article(5).encode(), "text/plain"))
    items = [
        FileItem(str(tmp_path / "r.jsonl"), "r.jsonl", "jsonl", str(tmp_path / "out" / "r.jsonl")),
        FileItem(str(tmp_path / "w.warc"), "w.warc", "warc", str(tmp_path / "out" / "w.jsonl")),
    ]
    report = execute(WorkerState(Settings()), Task(items, "jsonl"))
    assert report.files == 2 and report.docs == 2 and report.docs_failed == 1
    assert report.errors[0][0] == "r.jsonl:2"
    assert len((tmp_path / "out" / "r.jsonl").read_text().splitlines()) == 1
    warc = json.loads((tmp_path / "out" / "w.jsonl").read_text())
    assert warc["url"] == "http://x/1" and warc["text"] == cleaner.clean_text(article(5))


def test_html_without_the_html_path_is_a_clear_per_document_error() -> None:
    class TextOnly:
        def explain_text(self, text: str, profile: object = None, detect_language: bool = True) -> cleaner.Result:
            return cleaner.Result(text, "en")

    state = WorkerState(Settings())
    state.cleaner = TextOnly()  # type: ignore[assignment]
    report = execute(state, Task([DocItem("p.html", "html", b"<p>x</p>"), DocItem("t", "txt", b"ok")], "txt", 0))
    assert report.errors == [("p.html", HTML_UNAVAILABLE)]
    assert report.chunks == [b"ok\n"]


def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    """Its NUL bytes made the binary check fail every UTF-16 file (and stdin), text or page."""
    import codecs

    text = article(5)
    (tmp_path / "le.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (tmp_path / "be.txt.gz").write_bytes(gzip.compress(codecs.BOM_UTF16_BE + text.encode("utf-16-be")))
    items = [FileItem(str(tmp_path / n), n, "txt") for n in ("le.txt", "be.txt.gz")]
    items.append(DocItem("<stdin>", "txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"), 0))
    items.append(DocItem("fake", "txt", codecs.BOM_UTF16_LE + b"\x01\x00\x02\x00\x03\x00" * 50, 0))
    report = execute(WorkerState(Settings()), Task(items, "txt", sink=0))
    assert report.chunks == [expected_txt(text)] * 3
    assert report.errors == [("fake", "binary file, not text")]


def test_output_that_cannot_be_written_is_reported_as_such(tmp_path: Path) -> None:
    """It was reported as ``cannot read`` (the input was fine)."""
    (tmp_path / "a.txt").write_text(article(6), encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    write_jsonl(tmp_path / "r.jsonl", [{"text": article(7)}])
    items = [
        FileItem(str(tmp_path / "a.txt"), "a.txt", "txt", str(tmp_path / "blocker" / "a.txt")),
        FileItem(str(tmp_path / "r.jsonl"), "r.jsonl", "jsonl", str(tmp_path / "blocker" / "r.jsonl")),
    ]
    report = execute(WorkerState(Settings()), Task(items, "txt"))
    assert [label for label, _ in report.errors] == ["a.txt", "r.jsonl"]
    assert all(reason.startswith("cannot write ") and "blocker" in reason for _, reason in report.errors)


def test_truncated_gzip_is_a_read_error_with_a_plain_reason(tmp_path: Path) -> None:
    data = gzip.compress(article(8).encode())
    (tmp_path / "t.txt.gz").write_bytes(data[: len(data) // 2])
    report = execute(WorkerState(Settings()), Task([FileItem(str(tmp_path / "t.txt.gz"), "t.txt.gz", "txt")], "txt"))
    assert len(report.errors) == 1
    assert report.errors[0][1].startswith("cannot read: truncated or incomplete compressed data")


def test_a_worker_that_started_on_text_loads_the_html_path_outside_a_pages_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Workers warm up for the documents of their first task; the first page a text worker meets loads
    the HTML path (and langdetect) before that page's clock starts, once."""
    import signal

    from cleaner.config import Config

    state = WorkerState(Settings(config=Config(timeout=30)))
    state.enable_alarm()
    state.warm_up(html=False, language=False)
    calls: list[tuple[bool, bool, float]] = []
    real = state.warm_up

    def spy(html: bool = False, language: bool = True) -> None:
        calls.append((html, language, signal.getitimer(signal.ITIMER_REAL)[0]))
        real(html, language)

    monkeypatch.setattr(state, "warm_up", spy)
    body = "The council met on Tuesday to approve the budget. " * 4
    page = f"<html><body><article><p>{body}</p></article></body></html>"
    try:
        for _ in range(2):
            result = state.clean("html", page.encode())
            assert "council met" in result.text
        state.clean("txt", b"The council met on Tuesday to approve the budget for next year.", language=True)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    assert calls == [(True, True, 0.0)]  # once, and no timer running meanwhile
