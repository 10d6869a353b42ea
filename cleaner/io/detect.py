"""What an input is: by its name first, then by its first bytes.

Kinds: ``txt`` (scraped text), ``html`` (a page), ``jsonl`` (JSON Lines, one document per record) and
``warc`` (a web archive; its response records are documents). Any of them may be gzip-compressed
(``page.html.gz``, ``crawl.warc.gz``): compression is looked through, by name or by magic bytes.
``binary`` is what :func:`sniff` says of content that is not text at all.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
from pathlib import PurePath
from typing import BinaryIO

DOC_KINDS = ("txt", "html")  # one document per input
CONTAINER_KINDS = ("jsonl", "warc")  # many documents per input
KINDS = DOC_KINDS + CONTAINER_KINDS

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".warc": "warc",
}
COMPRESSED = (".gz", ".gzip")
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192

_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<p>",
    b"<p ",
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
# every byte but the control characters text does not use (deleted to count the rest)
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)


def split_name(name: str) -> tuple[str, str | None, bool]:
    """``(stem, kind or None, compressed)`` of a file name: ``a.warc.gz`` -> ``("a", "warc", True)``."""
    base = os.path.basename(name)  # what PurePath(name).name is, for any path of a file (called per file)
    if base in ("", ".", ".."):
        base = PurePath(name).name
    stem, suffix = _split_suffix(base)
    compressed = suffix.lower() in COMPRESSED
    if compressed:
        base = stem
        stem, suffix = _split_suffix(base)
    kind = EXTENSIONS.get(suffix.lower())
    return (stem if kind is not None else base), kind, compressed


def _split_suffix(name: str) -> tuple[str, str]:
    """``(stem, suffix)`` as :class:`~pathlib.PurePath` splits a final component."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[:i], name[i:]
    return name, ""


def kind_from_name(name: str) -> str | None:
    """The kind a file's extension names, compression looked through; None if it names none."""
    return split_name(name)[1]


def is_gzip(head: bytes) -> bool:
    return head[:2] == GZIP_MAGIC


def sniff(head: bytes) -> str:
    """The kind of content from its first bytes (decompressed): a kind of :data:`KINDS` or ``binary``."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _sniff_text(_utf16_as_utf8(head))
    if looks_binary(head):
        return "binary"
    return _sniff_text(head.removeprefix(codecs.BOM_UTF8))


def _utf16_as_utf8(head: bytes) -> bytes:
    return head[2:].decode("utf-16-le" if head[:2] == codecs.BOM_UTF16_LE else "utf-16-be", "ignore").encode("utf-8")


def is_binary(head: bytes) -> bool:
    """Whether content is not text, as :func:`sniff` judges it: UTF-16 with a byte-order mark is text
    (its NUL bytes are half of every ASCII character); anything else by :func:`looks_binary`."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return looks_binary(_utf16_as_utf8(head))
    return looks_binary(head)


def _sniff_text(head: bytes) -> str:
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first, newline, _ = stripped.partition(b"\n")
        if not newline:  # the first record is longer than the sample: trust the shape
            return "jsonl" if stripped[:2] in (b'{"', b"{\n", b"{ ", b"{}") else "txt"
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "txt"
        except ValueError:
            return "txt"
    lowered = stripped[:2048].lower()
    if lowered.startswith(b"<") and any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    return "txt"


_TAG_NAME_ENDS = (b">", b" ", b"\n", b"\r", b"\t", b"/")


def is_html_document(head: bytes) -> bool:
    """Whether text opens as a whole HTML document (``<!DOCTYPE html`` or ``<html``, after a byte-order
    mark, whitespace and comments): a page saved under a ``.txt`` name, which cleaned as text would keep
    its markup. Only an unmistakable start counts: text that quotes a tag is text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = _utf16_as_utf8(head[:4096])
    start = head[:4096].removeprefix(codecs.BOM_UTF8).lstrip()
    while start.startswith(b"<!--"):  # a comment before the doctype (generators, archivers)
        end = start.find(b"-->")
        if end < 0:
            return False
        start = start[end + 3 :].lstrip()
    start = start[:16].lower()
    return start.startswith(b"<!doctype html") or (start.startswith(b"<html") and start[5:6] in _TAG_NAME_ENDS)


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or more than 10% control characters that text does not use."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # C speed: this runs on every input file
    return controls * 10 > len(head)


def open_input(path: str) -> tuple[BinaryIO, BinaryIO]:
    """``(stream, raw)``: a buffered binary stream of the decompressed content, and the raw file under it
    (whose ``tell()`` says how far into the file reading has got). Gzip is recognised by its magic bytes.
    """
    raw = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    try:
        buffered = io.BufferedReader(raw, 1 << 16)
        if is_gzip(buffered.peek(2)):
            stream: BinaryIO = io.BufferedReader(gzip.GzipFile(fileobj=buffered, mode="rb"), 1 << 16)
        else:
            stream = buffered
    except BaseException:
        raw.close()
        raise
    return stream, raw


def peek(stream: BinaryIO, size: int = SNIFF_BYTES) -> bytes:
    """Up to ``size`` first bytes of a buffered stream without consuming them."""
    peeker = getattr(stream, "peek", None)
    if peeker is None:
        raise TypeError("peek needs a buffered stream")
    data: bytes = peeker(size)
    return data[:size]


def detect_path(path: str) -> str:
    """The kind of a file: its extension's, else what its content looks like (possibly ``binary``)."""
    kind = kind_from_name(path)
    if kind is not None:
        return kind
    stream, _raw = open_input(path)
    with stream:
        return sniff(peek(stream))
