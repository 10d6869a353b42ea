"""The per-call loops of the RE2 line gate (:mod:`cleaner.gate`), apart from its pattern translation
(which reads ``_sre`` internals) so that mypyc compiles them (``setup.py``): every gate call encodes
its lines, scans them and looks for lines led by symbols, and in plain Python those loops cost about
as much as RE2's own search.

Compiled, :func:`lines` encodes each line on its own: most lines are ASCII, which encodes as a copy,
while one line with a curly quote makes a joined text two bytes a character, which encodes character
by character; and a line met again (the passes put the same lines to several gates) reuses its bytes. The
newlines counted from where a search started tell which line a match ends in. As plain
Python, per-line loops cost more than they save: :func:`lines_joined` encodes the lines joined and
finds the lines by counting newlines, all in C. The two give the same answers (tests hold them to it).
"""

from __future__ import annotations

import re
from typing import Any, Final

from .vocab import symbol_lead

# A line (after the first) that may open on a symbol: an ASCII symbol, a keycap or any non-ASCII
# character that is not a letter or a digit; :func:`~cleaner.vocab.symbol_lead` decides.
_LEADS = "(?:[+=|~^`]|[0-9#*][\ufe0f\u20e3]|[^\x00-\x7f\\w\u00ab\u2013-\u2015\u2018-\u201f\u2026\u2039])"
_MAYBE_LED = re.compile(_LEADS)  # (not the quotation marks, dashes and ellipsis lines of prose open on: never a marker)
# The same after a newline: searched in the joined lines, it runs at C speed over lines of plain text.
_MAYBE_LED_JOINED = re.compile("\n" + _LEADS)

#: Lines' UTF-8 bytes by their text (the passes put most lines to several gates); emptied when it
#: grows past :data:`_ENCODED_MAX`.
_ENCODED: Final[dict[str, bytes]] = {}
_ENCODED_MAX: Final = 8192
def _prose_opener(code: int) -> bool:
    """Whether the character ``code`` is one of the non-ASCII prose openers :data:`_MAYBE_LED` leaves out."""
    return code == 0xAB or 0x2013 <= code <= 0x2015 or 0x2018 <= code <= 0x201F or code == 0x2026 or code == 0x2039


#: The ASCII characters :data:`_MAYBE_LED` can match first.
_ASCII_LEADS: Final = frozenset(map(ord, "+=|~^`0123456789#*"))


def encode(texts: list[str]) -> bytes | None:
    """``texts`` joined by newlines, as UTF-8; None when there are none, or one holds a newline or a
    lone surrogate (RE2 cannot read those)."""
    if not texts:
        return None
    parts: list[bytes] = []
    for text in texts:
        data = _ENCODED.get(text)
        if data is None:
            if "\n" in text:
                return None
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:
                return None
            if len(_ENCODED) >= _ENCODED_MAX:
                _ENCODED.clear()
            _ENCODED[text] = data
        parts.append(data)
    return b"\n".join(parts)


def scan(match: Any, anchor: Any, data: bytes, n: int) -> list[bool]:
    """Per line of ``data`` (``n`` lines parted by newlines), whether ``match`` (a gate's program, its
    search anchored where it starts) finds a match ending in it. (The line a match ends in: the newlines
    counted from where the search started, a C-speed count; no offset kept per line.)"""
    out = [False] * n
    end = len(data)
    pos = 0
    index = 0
    while True:
        at: int = match(anchor, data, pos, end)[0][1]  # the end of the match: in the line found
        if at < 0:
            break
        index += data.count(b"\n", pos, at)
        out[index] = True
        pos = data.find(b"\n", at) + 1
        if pos == 0:
            break
        index += 1
    return out


def symbol_led(texts: list[str]) -> list[tuple[int, str]]:
    """(index, the rest of the line) for each of ``texts`` led by symbols (past the first, only those
    :data:`_MAYBE_LED` lets through)."""
    led: list[tuple[int, str]] = []
    for index in range(len(texts)):
        text = texts[index]
        if not text:
            continue
        if index:  # (first, the cheap looks at the first character that _MAYBE_LED would make)
            first = ord(text[0])
            if first < 0x80:
                if 97 <= first <= 122 or 65 <= first <= 90 or first not in _ASCII_LEADS:  # (a letter: no set lookup)
                    continue  # (most lines: a letter)
            elif _prose_opener(first) or text[0].isalnum():
                continue  # (a quotation mark, a dash, a letter or a digit)
            if _MAYBE_LED.match(text) is None:
                continue
        at = symbol_lead(text)
        if at:
            led.append((index, text[at:]))
    return led


def lines(match: Any, anchor: Any, texts: list[str]) -> list[bool] | None:
    """:meth:`cleaner.gate.Gate.lines` for the gate's program ``match``; None when it cannot answer."""
    encoded = encode(texts)
    if encoded is None:
        return None
    out = scan(match, anchor, encoded, len(texts))
    return _with_led(match, anchor, out, symbol_led(texts))


def _with_led(match: Any, anchor: Any, out: list[bool], led: list[tuple[int, str]]) -> list[bool] | None:
    """``out`` with the answers for the lines behind leading symbols (``led``: each line's place in ``out`` and
    its rest past them) added: a scan of their rests alone, the document's text not scanned twice."""
    if led:
        rests = [rest for _k, rest in led]
        encoded = encode(rests)
        if encoded is None:
            return None
        past = scan(match, anchor, encoded, len(rests))
        for k in range(len(led)):
            if past[k]:
                out[led[k][0]] = True
    return out


#: :attr:`LineData.utf8` of a line RE2 cannot read (a newline, a lone surrogate; no line encodes to it).
_UNREADABLE: Final = b"\n"


class LineData:
    """One document's line texts as they stand (one edit generation: see ``Document.edits``) and, once a gate
    call met them, each line's UTF-8 and where its text starts past leading symbols: every gate call of the
    passes reads the same lines, which :func:`lines` (handed texts) encoded or looked up and tested again each
    time. :func:`lines_at` takes lines by their index here instead and gives :func:`lines`'s answers."""

    __slots__ = ("led", "texts", "utf8")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.utf8: list[bytes | None] = [None] * len(texts)  # (None: not encoded yet)
        # per line: where its rest starts past leading symbols as :func:`symbol_led` finds it for a line past
        # the first (0: not led; -1: not judged yet)
        self.led: list[int] = [-1] * len(texts)

    def bytes_of(self, index: int) -> bytes:
        """Line ``index``'s UTF-8, or ``_UNREADABLE``."""
        data = self.utf8[index]
        if data is None:
            text = self.texts[index]
            if "\n" in text:
                data = _UNREADABLE
            else:
                try:
                    data = text.encode("utf-8")
                except UnicodeEncodeError:
                    data = _UNREADABLE
            self.utf8[index] = data
        return data

    def led_at(self, index: int) -> int:
        at = self.led[index]
        if at < 0:
            at = self.led[index] = _led_at(self.texts[index])
        return at


def _led_at(text: str) -> int:
    """Where ``text`` goes on past its leading symbols, as :func:`symbol_led` finds it for a line past the
    first (0: none, or ruled out by the look at its first character)."""
    if not text:
        return 0
    first = ord(text[0])
    if first < 0x80:
        if 97 <= first <= 122 or 65 <= first <= 90 or first not in _ASCII_LEADS:
            return 0
    elif _prose_opener(first) or text[0].isalnum():
        return 0
    if _MAYBE_LED.match(text) is None:
        return 0
    return symbol_lead(text)


def lines_at(match: Any, anchor: Any, data: LineData, indices: list[int]) -> list[bool] | None:
    """:func:`lines` of ``[data.texts[i] for i in indices]``, each line encoded and tested for leading
    symbols once per document (see :class:`LineData`)."""
    if not indices:
        return None
    parts: list[bytes] = []
    utf8 = data.utf8  # (read here, no method call a line: most lines are met again)
    for i in indices:
        part = utf8[i]
        if part is None:
            part = data.bytes_of(i)
        if part == _UNREADABLE:
            return None
        parts.append(part)
    out = scan(match, anchor, b"\n".join(parts), len(indices))
    texts = data.texts
    led: list[tuple[int, str]] = []
    first = texts[indices[0]]
    at = symbol_lead(first) if first else 0  # (the first line: no look at its first character, as symbol_led)
    if at:
        led.append((0, first[at:]))
    leads = data.led
    for k in range(1, len(indices)):
        i = indices[k]
        at = leads[i]
        if at < 0:
            at = data.led_at(i)
        if at:
            led.append((k, texts[i][at:]))
    return _with_led(match, anchor, out, led)


def _scan_joined(match: Any, anchor: Any, texts: list[str], joined: str) -> list[bool] | None:
    try:
        data = joined.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: RE2 cannot read them
        return None
    if data.count(b"\n") != len(texts) - 1:
        return None
    out = [False] * len(texts)
    end = len(data)
    pos = index = 0
    count = data.count
    find = data.find
    while True:
        at = match(anchor, data, pos, end)[0][1]  # the end of the match: in the line found
        if at < 0:
            break
        index += count(b"\n", pos, at)
        out[index] = True
        pos = find(b"\n", at) + 1
        if pos == 0:
            break
        index += 1
    return out


def _symbol_led_joined(texts: list[str], joined: str) -> list[tuple[int, str]]:
    """:func:`symbol_led`, found in ``texts`` joined by newlines (``joined``)."""
    led: list[tuple[int, str]] = []
    if texts and (at := symbol_lead(texts[0])):
        led.append((0, texts[0][at:]))
    index = pos = 0
    for m in _MAYBE_LED_JOINED.finditer(joined):
        start = m.start()
        index += joined.count("\n", pos, start + 1)
        pos = start + 1
        text = texts[index]
        at = symbol_lead(text)
        if at:
            led.append((index, text[at:]))
    return led


def lines_joined(match: Any, anchor: Any, texts: list[str]) -> list[bool] | None:
    """:func:`lines` with the work in C calls over the joined lines (for plain Python; see the module's doc)."""
    joined = "\n".join(texts)
    out = _scan_joined(match, anchor, texts, joined)
    if out is None:
        return None
    led = _symbol_led_joined(texts, joined)
    if led:
        rests = [rest for _i, rest in led]
        past = _scan_joined(match, anchor, rests, "\n".join(rests))
        if past is None:
            return None
        for (i, _rest), ok in zip(led, past, strict=True):
            out[i] = out[i] or ok
    return out


#: Whether this module runs compiled (then :func:`lines` is the faster, else :func:`lines_joined`).
COMPILED: Final[bool] = __file__.endswith((".so", ".pyd"))
