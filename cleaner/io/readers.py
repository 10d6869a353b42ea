"""Reading documents: bounded reads, decoding, JSON Lines records and WARC response records.

Everything streams: a JSON Lines file is read a line at a time and a WARC a record at a time, so the
size of a container never shows in memory, only the size of its largest document (itself bounded by
``max_bytes``).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

from ..errors import CleanerError, DecodeError, InputTooLarge
from .detect import looks_binary, sniff

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
TEXT_TYPES = frozenset({"text/plain"})
_CHUNK = 1 << 16


def read_limited(stream: BinaryIO, limit: int | None, what: str = "input") -> bytes:
    """All of ``stream``, or :class:`InputTooLarge` as soon as it passes ``limit`` bytes."""
    if limit is None:
        return stream.read()
    # growing reads until end of input: one ``read(limit + 1)`` would allocate ``limit`` bytes per small file
    pieces: list[bytes] = []
    size = 0
    while size <= limit:
        piece = stream.read(min(limit + 1 - size, max(_CHUNK, size)))
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
    data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
    if len(data) > limit:
        raise InputTooLarge(f"{what} is larger than --max-bytes={limit}")
    return data


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Text from bytes: a BOM, else ``charset`` when given and it fits, else UTF-8, else the best guess.

    Binary content (NUL bytes, control characters) and bytes no encoding explains raise
    :class:`DecodeError`.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: starts with a {codec} byte-order mark but is not {codec}") from exc
    if looks_binary(data[:8192]):
        raise DecodeError("binary content, not text")
    if charset:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError("undecodable: not UTF-8 and no other text encoding fits")
    western = _prefer_cp1252(data, best, results)
    return western if western is not None else str(best)


# Code pages of DOS and the classic Mac: the detector's pick among equals on short or mostly-ASCII
# text (`Caf\xe9 cr\xe8me` read as cp852), not what web pages and scraped text are written in.
_DOS_MAC = re.compile(r"(cp(437|7\d\d|8\d\d|1006|1125)|mac_.*|hp_roman8)$")


def _prefer_cp1252(data: bytes, best: Any, results: Any) -> str | None:
    """The text as windows-1252 (Latin-1's superset; the web's default for undeclared legacy text)
    where the detector has no better reason for its pick: its guess is a DOS or Mac code page, or
    windows-1252 scored exactly as well (ties are broken by the order of its list: cp1250 before
    cp1252, so English with one `caf\xe9` came out as `caf\xe9` in Central European). None: keep the
    detector's guess."""
    name = (best.encoding or "").lower()
    if name in ("cp1252", "latin_1", "ascii", "utf_8"):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _DOS_MAC.match(name):
        return text
    for match in results:
        if (match.encoding or "").lower() == "cp1252":
            tie = abs(match.chaos - best.chaos) < 1e-6 and match.coherence >= best.coherence - 1e-6
            return text if tie else None
    return None


# -- JSON Lines ---------------------------------------------------------------------------------
def iter_jsonl_lines(stream: BinaryIO, max_bytes: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, raw line)`` of each non-blank line; the line is None when longer than ``max_bytes``
    (it is skipped without being held in memory)."""
    lineno = 0
    cap = None if max_bytes is None else max_bytes + 1
    while True:
        line = stream.readline() if cap is None else stream.readline(cap)
        if not line:
            return
        lineno += 1
        if cap is not None and len(line) >= cap and not line.endswith(b"\n"):
            _skip_line(stream)
            yield lineno, None
            continue
        if line.strip():
            yield lineno, line


def _skip_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_record(line: bytes) -> dict[str, Any]:
    """One JSON Lines record, which must be an object."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError(f"invalid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise DecodeError(f"a JSON Lines record must be an object, got {type(record).__name__}")
    return record


# -- WARC ----------------------------------------------------------------------------------------
@dataclass(slots=True)
class WarcDoc:
    """A WARC response (or resource) record as a document, or the reason it is not one.

    ``kind`` is ``html`` or ``txt``; ``skip`` says why a record is not cleaned (not a page, an HTTP
    error) and ``error`` why it could not be (too large).
    """

    record_id: str
    url: str | None
    date: str | None
    kind: str | None = None
    charset: str | None = None
    payload: bytes = b""
    skip: str | None = None
    error: str | None = None


class _Tell:
    """A read-only stream that knows how far it has read (FastWARC asks streams for ``tell()``; pipes
    cannot seek)."""

    __slots__ = ("pos", "stream")

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pos = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.pos += len(data)
        return data

    def tell(self) -> int:
        return self.pos

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def iter_warc(stream: BinaryIO, max_bytes: int | None = None) -> Iterator[WarcDoc]:
    """Response and resource records of a WARC (plain or gzip, from a file or a pipe) as documents.

    A corrupt or truncated archive raises :class:`DecodeError` where it stops making sense (the records
    before it have been yielded); an I/O error of ``stream`` itself propagates as ``OSError``.
    """
    try:
        yield from _warc_docs(stream, max_bytes)
    except CleanerError:
        raise
    except OSError as exc:
        if exc.errno is not None:
            raise  # the stream's own I/O error, not the archive's content
        raise DecodeError(f"unreadable WARC: {exc}") from exc  # FastWARC's data errors carry no errno
    except (ValueError, KeyError, IndexError, TypeError, UnicodeError, EOFError) as exc:
        raise DecodeError(f"unreadable WARC: {type(exc).__name__}: {exc}") from exc


def _warc_docs(stream: BinaryIO, max_bytes: int | None) -> Iterator[WarcDoc]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as exc:  # pragma: no cover - fastwarc is a dependency
        raise DecodeError("WARC input needs the fastwarc package (pip install fastwarc)") from exc

    records = ArchiveIterator(
        cast(Any, _Tell(stream)),
        record_types=WarcRecordType.response | WarcRecordType.resource,
        parse_http=True,
        auto_decode="all",
        fsspec_args=False,
    )
    for record in records:
        headers = record.headers
        doc = WarcDoc(
            record_id=str(headers.get("WARC-Record-ID") or ""),
            url=headers.get("WARC-Target-URI"),
            date=headers.get("WARC-Date"),
        )
        if max_bytes is not None and record.content_length > max_bytes:
            doc.error = f"record is larger than --max-bytes={max_bytes}"
            yield doc
            continue
        if record.is_http:
            http = record.http_headers
            status = getattr(http, "status_code", None) if http is not None else None
            if status is not None and not 200 <= int(status) < 300:
                doc.skip = f"HTTP status {status}"
                yield doc
                continue
            ctype = _media_type(record.http_content_type)
            doc.charset = record.http_charset
        else:
            ctype = _media_type(headers.get("Content-Type"))
        # The limit again on what is read: a gzip- or brotli-encoded HTTP body is decoded while read,
        # so a small record can unpack to far more than --max-bytes (read one byte past it to tell).
        payload = record.reader.read() if max_bytes is None else record.reader.read(max_bytes + 1)
        if max_bytes is not None and len(payload) > max_bytes:
            doc.error = f"record's decoded content is larger than --max-bytes={max_bytes}"
            yield doc
            continue
        if ctype in HTML_TYPES:
            doc.kind = "html"
        elif ctype in TEXT_TYPES:
            doc.kind = "txt"
        elif not ctype or ctype == "application/octet-stream":
            sniffed = sniff(payload[:8192])
            doc.kind = sniffed if sniffed in ("html", "txt") else None
        if doc.kind is None:
            doc.skip = f"content type {ctype or 'unknown'}"
            yield doc
            continue
        doc.payload = payload
        yield doc
