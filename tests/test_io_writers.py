"""Rendering: txt, jsonl, md, the diff report, and separators between documents."""

from __future__ import annotations

import io
import json

from cleaner.io.writers import DocWriter, removed_lines, render
from cleaner.result import Removal, Result


def _result() -> Result:
    return Result(
        text="# not a heading\nSecond paragraph.",
        language="en",
        removed=[
            Removal("Share this", 3, 3, "social-buttons", "share button"),
            Removal("Home | News", 1, 2, "edge-furniture", "menu"),
            Removal("date 2022", 4, 4, "glued-metadata", "glued date", "prefix"),
        ],
        metadata={"title": "A title"},
    )


def test_txt_and_md() -> None:
    r = _result()
    assert render("txt", r) == b"# not a heading\nSecond paragraph.\n"
    assert render("txt", Result("", None)) == b""
    assert render("md", r) == b"# A title\n\n\\# not a heading\n\nSecond paragraph.\n"


def test_jsonl_record_keeps_other_fields_in_order() -> None:
    r = _result()
    line = render(
        "jsonl", r, base={"id": 7, "html": "<p>", "extra": {"k": "é"}}, explain=True, drop=("html",)
    )
    assert line.endswith(b"\n") and "é".encode() in line
    record = json.loads(line)
    assert list(record) == ["id", "extra", "text", "language", "metadata", "removed"]
    assert record["extra"] == {"k": "é"} and record["removed"][0]["pass_name"] == "social-buttons"
    plain = json.loads(render("jsonl", r, base={"id": 7}, text_field="body"))
    assert "removed" not in plain and plain["body"] == r.text


def test_diff_and_line_counts() -> None:
    r = _result()
    assert removed_lines(r) == {"social-buttons": 1, "edge-furniture": 2, "glued-metadata": 1}
    diff = render("diff", r, label="a.txt").decode()
    assert diff.splitlines()[0] == "=== a.txt: 4 lines removed"
    assert "- 1-2 [edge-furniture] menu: Home | News" in diff
    assert "- 4 (prefix) [glued-metadata] glued date: date 2022" in diff
    assert render("diff", Result("x", "en"), label="b").decode() == "=== b: nothing removed\n"


def test_doc_writer_separators() -> None:
    for fmt, sep in (("txt", b"\f\n"), ("jsonl", b""), ("md", b"\n---\n\n")):
        buf = io.BytesIO()
        w = DocWriter(buf.write, fmt)
        w.add(b"one\n")
        w.add(b"two\n")
        assert buf.getvalue() == b"one\n" + sep + b"two\n"
        assert w.docs == 2 and w.bytes_out == len(buf.getvalue())
