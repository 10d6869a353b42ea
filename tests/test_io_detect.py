"""What an input is: by name, then by content; gzip looked through."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.io.detect import detect_path, is_html_document, kind_from_name, looks_binary, open_input, sniff, split_name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "txt"),
        ("a.TXT", "txt"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.xhtml", "html"),
        ("a.html.gz", "html"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("a.warc", "warc"),
        ("crawl.warc.gz", "warc"),
        ("README", None),
        ("a.gz", None),
        ("a.pdf", None),
    ],
)
def test_kind_from_name(name: str, kind: str | None) -> None:
    assert kind_from_name(name) == kind


def test_split_name() -> None:
    assert split_name("dir/a.warc.gz") == ("a", "warc", True)
    assert split_name("page.html") == ("page", "html", False)
    assert split_name("notes") == ("notes", None, False)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'{"id": 1, "text": "x"}\n{"id": 2}\n', "jsonl"),
        (b'  {"text": "a very long first record that does not end in the sample', "jsonl"),
        (b"{not json at all}\n", "txt"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"\xef\xbb\xbf<html lang='en'><head>", "html"),
        (b"<p>Hello</p>", "html"),
        (b"Plain scraped text.\nSecond line.\n", "txt"),
        ("Caf\xe9 cr\xe8me".encode("latin-1"), "txt"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(32)) * 10, "binary"),
        (b"", "txt"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_looks_binary_allows_text_controls() -> None:
    assert not looks_binary(b"tab\there\r\nform\f feed\n")
    assert looks_binary(b"text with a \x00 NUL")


def test_open_input_looks_through_gzip(tmp_path: Path) -> None:
    path = tmp_path / "page.bin"
    path.write_bytes(gzip.compress(b"<html><body>hi</body></html>"))
    stream, raw = open_input(str(path))
    with stream:
        assert stream.read() == b"<html><body>hi</body></html>"
        assert raw.tell() > 0
    assert detect_path(str(path)) == "html"
    plain = tmp_path / "notes"
    plain.write_text("just text\n")
    assert detect_path(str(plain)) == "txt"


@given(st.lists(st.sampled_from(["a", ".", "..", "/", "x y", ".txt", ".gz", ".GZ", ".html", ".warc", ".jsonl", ""]),
                min_size=1, max_size=6))
def test_split_name_splits_as_pathlib_does(parts: list[str]) -> None:
    """The string-only split (it runs per file, twice per run) agrees with PurePath's reading."""
    from pathlib import PurePath

    from cleaner.io.detect import COMPRESSED, EXTENSIONS

    name = "".join(parts)
    path = PurePath(name)
    compressed = path.suffix.lower() in COMPRESSED
    if compressed:
        path = path.with_suffix("")
    kind = EXTENSIONS.get(path.suffix.lower())
    assert split_name(name) == ((path.stem if kind is not None else path.name), kind, compressed)


def test_is_binary_reads_utf16_through_its_byte_order_mark() -> None:
    import codecs

    from cleaner.io.detect import is_binary

    assert not is_binary(codecs.BOM_UTF16_LE + "Plain text.\n".encode("utf-16-le"))
    assert not is_binary(codecs.BOM_UTF16_BE + "Plain text.\n".encode("utf-16-be"))
    assert is_binary(codecs.BOM_UTF16_LE + b"\x01\x00\x02\x00\x03\x00" * 20)
    assert is_binary(b"\x00\x01\x02binary") and not is_binary(b"text\n")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", True),
        (b"  \n<!doctype HTML>\n<html>", True),
        (b"\xef\xbb\xbf<html lang='en'><head>", True),
        (b"<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html>", True),
        ("<!DOCTYPE html><p>é</p>".encode("utf-16"), True),
        (b"<html>", True),
        (b"<htmlish> is not a tag", False),
        (b"The <html> tag opens every page.", False),
        (b"<p>A fragment, not a document.</p>", False),
        (b"<!-- an unclosed comment", False),
        (b"Plain text.\n<!DOCTYPE html>", False),
        (b"", False),
    ],
)
def test_is_html_document(head: bytes, expected: bool) -> None:
    assert is_html_document(head) is expected
