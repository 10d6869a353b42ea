"""Bytes to text for the HTML path: BOM, then the page's declared charset, then a detector.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. a ``<meta charset>`` / ``<meta http-equiv="Content-Type" content="...; charset=...">``
   declaration in the first bytes, *if the bytes decode cleanly in it*; a declared
   single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with non-ASCII
   sequences in them (pages saved as UTF-8 that still say ISO-8859-1);
3. strict UTF-8;
4. charset-normalizer's best guess;
5. windows-1252 with replacement characters: decoding never fails on bad bytes.

Labels are read the WHATWG way (latin-1 and ascii mean windows-1252, gb2312 means
gb18030), so what a browser shows is what we decode. Input that is not text at all
(images, archives, PDFs, anything full of control bytes) raises :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError

_SNIFF_BYTES = 4096
_DETECT_BYTES = 200_000
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""", re.I)

#: WHATWG label remappings: what browsers actually decode these labels as.
_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode": "utf-8",  # "unicode" in a meta tag is a mistake; UTF-16 input carries a BOM
    "utf-16": "utf-8",  # a page that says utf-16 but has no BOM was served as UTF-8
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of common binary formats that are sometimes fed to scrapers by mistake.
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"Rar!", b"\x00asm", b"\x7fELF", b"MZ", b"RIFF", b"OggS", b"fLaC", b"ID3", b"wOFF",
    b"wOF2", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*",
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_MULTIBYTE = frozenset({"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})


def normalize_label(label: str) -> str | None:
    """The Python codec for a charset label as a browser reads it, or None if unknown."""
    key = label.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    if name in {"base64", "hex", "rot-13", "uu", "zlib", "bz2", "quopri"} or name.endswith("_codec"):
        return None
    return _ALIASES.get(name, name)


def declared_charset(head: bytes) -> str | None:
    """The charset a ``<meta>`` tag (or an XML declaration) in ``head`` names, normalised."""
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return normalize_label(m.group(1).decode("ascii", "ignore")) if m else None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not a text document."""
    head = data[:1024]
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        return True
    if not head:
        return False
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(2, len(head) // 20)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data[:_DETECT_BYTES]).best()
    except Exception:  # a third-party boundary: a detector failure is "no guess"
        return None
    if best is None or best.encoding is None:
        return None
    name = normalize_label(best.encoding)
    return None if name is None else _strict(data, name)


def decode_html(data: bytes | bytearray | memoryview | str) -> str:
    """Text of an HTML document given as bytes (or already as text).

    Never fails on bad bytes: the last resort replaces them. Raises :class:`DecodeError`
    for input that is not text at all, or of a type that cannot hold a page.
    """
    if isinstance(data, str):
        return data
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise DecodeError(f"expected str or bytes, got {type(data).__name__}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if looks_binary(data):
        raise DecodeError("input looks like binary data, not an HTML document")
    declared = declared_charset(data[:_SNIFF_BYTES])
    if declared is not None:
        if declared not in _MULTIBYTE and declared != "utf-8" and not data.isascii():
            as_utf8 = _strict(data, "utf-8")
            if as_utf8 is not None:
                return as_utf8  # valid multi-byte UTF-8 is near-impossible by chance
        text = _strict(data, declared)
        if text is not None:
            return text
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    text = _detect(data)
    if text is not None:
        return text
    return data.decode("cp1252", errors="replace")
