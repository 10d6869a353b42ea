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


def test_lone_surrogates_from_json_input_are_written_safely() -> None:
    """JSON input may escape a lone surrogate ("\\ud800"): str holds it, UTF-8 cannot. JSON Lines
    output writes it back as the same escape (valid UTF-8, valid JSON, reads back equal); text
    formats write U+FFFD in its place; every other character is kept."""
    from cleaner.io.readers import parse_record

    record = parse_record(b'{"id": "a\\udc00b", "text": "x", "extra": ["\\ud800", "\\u00e9"]}')
    r = Result(text="lone \ud800 here é", language="en", removed=[Removal("\udfff gone", 1, 1, "p", "why")])
    for fmt in ("txt", "md", "jsonl", "diff"):
        chunk = render(fmt, r, label="l", base=record, explain=True)
        text = chunk.decode("utf-8")  # strict: valid UTF-8
        assert ("gone" if fmt == "diff" else "here é") in text
    line = render("jsonl", r, base=record, explain=True)
    back = json.loads(line)
    assert back["text"] == "lone \ud800 here é" and back["id"] == "a\udc00b"
    assert back["extra"] == ["\ud800", "é"] and back["removed"][0]["text"] == "\udfff gone"
    assert render("txt", r) == "lone \ufffd here é\n".encode()
