"""Bounded reads, decoding, JSON Lines and WARC records."""

from __future__ import annotations

import gzip
import io

import pytest
from test_cli_support import warc_record

from cleaner.errors import DecodeError, InputTooLarge
from cleaner.io.readers import decode_text, iter_jsonl_lines, iter_warc, parse_record, read_limited


class _ShortReads(io.RawIOBase):
    """A stream that returns at most 7 bytes per read, as pipes and sockets may."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = len(self.data) if size < 0 else size
        piece = self.data[self.at : self.at + min(size, 7)]
        self.at += len(piece)
        return piece


@pytest.mark.parametrize("size", [0, 1, 7, 100, 65535, 65536, 65537, 200_001])
@pytest.mark.parametrize("limit", [0, 7, 100, 65536, 1_000_000])
def test_read_limited_reads_everything_or_refuses(size: int, limit: int) -> None:
    """Short reads and sizes around the read chunk neither lose nor invent bytes."""
    data = (bytes(range(256)) * (size // 256 + 1))[:size]
    for stream in (io.BytesIO(data), _ShortReads(data)):
        if size > limit:
            with pytest.raises(InputTooLarge):
                read_limited(stream, limit)
        else:
            assert read_limited(stream, limit) == data


def test_read_limited() -> None:
    assert read_limited(io.BytesIO(b"12345"), 5) == b"12345"
    assert read_limited(io.BytesIO(b"12345"), None) == b"12345"
    with pytest.raises(InputTooLarge, match="max-bytes=4"):
        read_limited(io.BytesIO(b"12345"), 4)


def test_decode_text() -> None:
    assert decode_text("café".encode()) == "café"
    assert decode_text(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"
    assert decode_text("café".encode("utf-16")) == "café"
    assert decode_text("Un café crème, s'il vous plaît, et voilà.".encode("cp1252")).startswith("Un café")
    assert decode_text(b"caf\xe9", charset="latin-1") == "café"
    with pytest.raises(DecodeError, match="binary"):
        decode_text(b"\x00\x01\x02binary")


def test_jsonl_lines_skip_blank_and_oversized_lines() -> None:
    data = b'{"a": 1}\n\n   \n{"b": "' + b"x" * 100 + b'"}\n{"c": 3}'
    got = list(iter_jsonl_lines(io.BytesIO(data), max_bytes=50))
    assert got == [(1, b'{"a": 1}\n'), (4, None), (5, b'{"c": 3}')]
    assert [n for n, _ in iter_jsonl_lines(io.BytesIO(data))] == [1, 4, 5]


def test_parse_record() -> None:
    assert parse_record(b'{"text": "x", "n": [1]}') == {"text": "x", "n": [1]}
    with pytest.raises(DecodeError, match="invalid JSON"):
        parse_record(b"{broken")
    with pytest.raises(DecodeError, match="must be an object"):
        parse_record(b"[1, 2]")


def _warc() -> bytes:
    return b"".join(
        [
            warc_record("http://x/page", b"<html><body><p>Hi</p></body></html>"),
            warc_record("http://x/page", b"", rtype="request"),
            warc_record("http://x/plain", "caf\xe9".encode("latin-1"), "text/plain; charset=iso-8859-1"),
            warc_record("http://x/logo.png", b"\x89PNG", "image/png"),
            warc_record("http://x/missing", b"<html>gone</html>", status="404 Not Found"),
            warc_record("http://x/big", b"<html>" + b"x" * 500 + b"</html>"),
        ]
    )


@pytest.mark.parametrize("compress", [False, True])
def test_warc_records_as_documents(compress: bool) -> None:
    data = _warc()
    if compress:
        data = gzip.compress(data)

    class Pipe(io.RawIOBase):  # a stream that cannot seek, like stdin
        def __init__(self, payload: bytes) -> None:
            self.inner = io.BytesIO(payload)

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            chunk = self.inner.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

        def readable(self) -> bool:
            return True

    docs = list(iter_warc(io.BufferedReader(Pipe(data)), max_bytes=400))
    assert [d.url for d in docs] == [
        "http://x/page",
        "http://x/plain",
        "http://x/logo.png",
        "http://x/missing",
        "http://x/big",
    ]
    page, plain, logo, missing, big = docs
    assert (
        page.kind == "html" and page.payload.startswith(b"<html>") and page.record_id.startswith("<urn:uuid:")
    )
    assert page.date == "2024-01-01T00:00:00Z"
    assert plain.kind == "txt" and plain.charset == "iso-8859-1" and plain.payload == b"caf\xe9"
    assert logo.skip == "content type image/png" and logo.payload == b""
    assert missing.skip == "HTTP status 404"
    assert big.error is not None and "max-bytes=400" in big.error


def test_warc_body_that_unpacks_past_the_limit_is_an_error_not_read_whole() -> None:
    """A gzip-encoded HTTP body is small in the archive and large once decoded: the limit holds on
    what is read, and the next record is still read."""
    body = gzip.compress(b"<html><body>" + b"x" * 100_000 + b"</body></html>")
    block = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: http://x/bomb\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    data = head + block + b"\r\n\r\n" + warc_record("http://x/page", b"<html><body><p>Hi</p></body></html>")
    bomb, page = iter_warc(io.BytesIO(data), max_bytes=5_000)
    assert len(body) < 5_000  # the record itself is under the limit ...
    assert bomb.error is not None and "decoded content is larger than --max-bytes=5000" in bomb.error
    assert bomb.payload == b""  # ... and what it unpacks to is not kept
    assert page.error is None and page.payload.startswith(b"<html>")
    docs = list(iter_warc(io.BytesIO(data), max_bytes=None))
    assert len(docs[0].payload) > 100_000  # without a limit the whole body is read



@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("The minister said the talks would continue next week.\n" * 20 + "Café crème déjà vu à la façon\n", "latin-1"),
        ("O governo anunciou que as negociações continuarão. A situação é difícil, disse o ministro.\n" * 3, "latin-1"),
        ("He said “we will win” – and then he left… The crowd’s reaction was mixed.\n" * 5, "cp1252"),
        ("café\n", "latin-1"),
    ],
)
def test_undeclared_latin1_is_not_read_as_another_code_page(text: str, encoding: str) -> None:
    """The detector's pick among equals (cp1250 before cp1252, or a DOS code page) made `crème` `crčme`."""
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Правительство объявило во вторник, что переговоры продолжатся на следующей неделе.\n" * 3, "cp1251"),
        (
            "Hükümet salı günü görüşmelerin gelecek hafta devam edeceğini açıkladı. Bakan, durumun "
            "iyileştiğini söyledi ama kaynaklar zorluklara işaret ediyor.\n" * 3,
            "cp1254",
        ),
        ("A kormány kedden bejelentette, hogy a tárgyalások jövő héten folytatódnak.\n" * 3, "cp1250"),
        ("Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν.\n" * 3, "cp1253"),
    ],
)
def test_other_legacy_encodings_still_detected(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)) == text
