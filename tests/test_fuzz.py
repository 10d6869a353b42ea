"""Fuzzing the public functions and the readers with hypothesis (bounded in the ``ci``
profile; ``HYPOTHESIS_PROFILE=dev`` runs ten times more). Property: a string/Result or a
``CleanerError``, nothing else. The coverage-guided counterpart, for longer runs on demand,
is ``fuzz/fuzz_atheris.py`` (atheris; see ``fuzz/README.md``)."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerError

TAGS = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<b>", "</b>", "<script>", "</script>",
                        "<!--", "-->", "<title>", "</title>", "<a href='../x'>", "<meta charset=utf-16>",
                        "<table>", "<td>", "<li>", "&amp;", "&#0;", "&#xd800;", "<![CDATA[", "<?xml ?>"])
WORDS = st.sampled_from(["Share", "Read more", "Advertisement", "Photo: AP", "©", "\x00", "\ud800", "\n",
                         "\r\n", "\u2028", " ", "The council approved the budget on Tuesday.", "é", "中文"])
HOSTILE_TEXT = st.one_of(st.text(max_size=2000), st.lists(WORDS, max_size=200).map("".join))
HOSTILE_HTML = st.lists(st.one_of(TAGS, WORDS, st.text(max_size=30)), max_size=300).map("".join)


def _safe(fn, value, **kw):
    try:
        return fn(value, **kw)
    except CleanerError:
        return None


@given(HOSTILE_TEXT)
def test_fuzz_clean_text(text: str) -> None:
    out = _safe(cleaner.clean_text, text, timeout=30)
    assert out is None or isinstance(out, str)
    res = _safe(cleaner.explain_text, text, timeout=30)
    assert res is None or isinstance(res, cleaner.Result)


@given(st.one_of(
    HOSTILE_HTML, st.binary(max_size=3000), HOSTILE_HTML.map(lambda s: s.encode("utf-8", "surrogatepass")),
))
def test_fuzz_clean_html(html) -> None:
    out = _safe(cleaner.clean_html, html, timeout=30)
    assert out is None or isinstance(out, str)


@given(st.binary(max_size=4000))
def test_fuzz_readers(data: bytes) -> None:
    from cleaner.io import decode_text, iter_jsonl_lines, iter_warc, sniff
    from cleaner.io.detect import KINDS
    from cleaner.io.readers import WarcDoc, parse_record

    assert sniff(data[:8192]) in (*KINDS, "binary")
    text = _safe(decode_text, data)
    assert text is None or isinstance(text, str)
    for _n, line in iter_jsonl_lines(io.BytesIO(data), max_bytes=1000):
        assert line is None or (isinstance(line, bytes) and len(line) <= 1001 and line.strip())
        if line is not None:
            record = _safe(parse_record, line)
            assert record is None or isinstance(record, dict)
    try:  # FastWARC's data errors (OSError without errno) come out as DecodeError: nothing else escapes
        for doc in iter_warc(io.BytesIO(data), max_bytes=10_000):
            assert isinstance(doc, WarcDoc) and doc.kind in (None, "html", "txt")
            assert not doc.payload or (doc.kind and not doc.skip and not doc.error)
    except CleanerError:
        pass


def _warc_bytes() -> bytes:
    import gzip

    body = b"<html><body><p>The council approved the budget on Tuesday.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: http://a/\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
    )
    return gzip.compress(head + http + b"\r\n\r\n") * 2


WARC = _warc_bytes()


@given(st.booleans(), st.lists(st.tuples(st.integers(0, len(WARC) - 1), st.integers(0, 255)), max_size=8),
       st.integers(0, len(WARC)))
def test_fuzz_warc_mutations(plain: bool, flips: list[tuple[int, int]], cut: int) -> None:
    """A valid WARC, byte-flipped and truncated (random bytes rarely reach FastWARC's parser)."""
    import gzip

    from cleaner.io import iter_warc
    from cleaner.io.readers import WarcDoc

    data = bytearray(WARC)
    for at, value in flips:
        data[at] = value
    blob = bytes(data[:cut])
    if plain:  # the uncompressed archive, cut
        blob = gzip.decompress(WARC)[: cut // 2]
    try:
        for doc in iter_warc(io.BytesIO(blob), max_bytes=10_000):
            assert isinstance(doc, WarcDoc) and doc.kind in (None, "html", "txt")
            assert not doc.payload or (doc.kind and not doc.skip and not doc.error)
    except CleanerError:
        pass
