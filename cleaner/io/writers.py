"""Rendering cleaned documents: ``txt``, ``jsonl``, ``md``, and the ``--diff`` report.

One document renders to one chunk of UTF-8 bytes; :class:`DocWriter` puts chunks into one output with the
format's separator between documents, so the same bytes come out whether a worker process, the parent
process or a Dask worker writes them:

- ``txt``: the cleaned text and a newline; documents sharing an output are separated by a form-feed line
  (``\\f``), which no cleaned text contains;
- ``jsonl``: one JSON object per line (see :func:`render_record`);
- ``md``: the title (when the page has one) as a heading, each kept line as a paragraph, Markdown syntax
  at the start of a line escaped; documents separated by a ``---`` rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from ..result import Result

FORMATS = ("txt", "jsonl", "md")
EXTENSIONS = {"txt": ".txt", "jsonl": ".jsonl", "md": ".md"}
SEPARATORS = {"txt": b"\f\n", "jsonl": b"", "md": b"\n---\n\n", "diff": b""}

_MD_LEAD = re.compile(r"^(\s*)([#>*+=|`~-]|\d+[.)](?=\s|$))")
_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """``text`` as UTF-8; a lone surrogate (JSON input may hold ``"\\ud800"``), which UTF-8 cannot
    carry, becomes U+FFFD. Every other character is kept."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def json_line(record: Any) -> bytes:
    """One JSON Lines record as UTF-8 (non-ASCII kept as is). A lone surrogate in a string is written
    as its ``\\uXXXX`` escape, as the input had it: the line stays valid UTF-8 and valid JSON, and reads
    back to the same value."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # outside strings JSON has only ASCII, so every surrogate here is inside a string literal
        return (_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n").encode("utf-8")


def render_txt(result: Result) -> bytes:
    return utf8(result.text + "\n") if result.text else b""


def render_md(result: Result) -> bytes:
    parts: list[str] = []
    title = (result.metadata or {}).get("title")
    lines = [line for line in result.text.splitlines() if line.strip()]
    if title and (not lines or lines[0].strip() != title.strip()):
        parts.append("# " + _md_escape(title.strip()))
    parts.extend(_md_escape(line) for line in lines)
    return utf8("\n\n".join(parts) + "\n") if parts else b""


def _md_escape(line: str) -> str:
    return _MD_LEAD.sub(lambda m: m.group(1) + "\\" + m.group(2), line, count=1)


def result_fields(result: Result, explain: bool) -> dict[str, Any]:
    """What cleaning adds to a JSON Lines record: ``language``, ``metadata`` and, explaining, ``removed``."""
    fields: dict[str, Any] = {"language": result.language, "metadata": dict(result.metadata or {})}
    if explain:
        fields["removed"] = [r.to_dict() for r in result.removed]
    return fields


def render_record(
    result: Result,
    base: Mapping[str, Any],
    text_field: str = "text",
    explain: bool = False,
    drop: tuple[str, ...] = (),
    duplicate_of: bool = False,
) -> bytes:
    """One JSON Lines record: ``base`` (pass-through fields, in their order) with ``text_field`` set to the
    cleaned text, then ``language``, ``metadata``, (``explain``) ``removed`` and (``duplicate_of``) a ``duplicate_of``
    field set to None (the CLI's parent process sets it for duplicates); keys in ``drop`` left out."""
    record = {k: v for k, v in base.items() if k not in drop}
    record[text_field] = result.text
    record.update(result_fields(result, explain))
    if duplicate_of:
        record.pop("duplicate_of", None)
        record["duplicate_of"] = None  # see mark_duplicate
    return json_line(record)


def mark_duplicate(chunk: bytes, first_id: Any) -> bytes:
    """A rendered JSON Lines record with ``duplicate_of`` set to the id of the document it duplicates."""
    record = json.loads(chunk)
    record["duplicate_of"] = first_id
    return json_line(record)


def render_diff(label: str, result: Result) -> bytes:
    """What cleaning removes from one document, one removal per line with its pass and reason."""
    removed = result.removed
    lines = removed_lines(result)
    total = sum(lines.values())
    out = [f"=== {label}: " + (f"{total} line{'s' if total != 1 else ''} removed" if removed else "nothing removed")]
    for r in removed:
        where = str(r.start_line) if r.start_line == r.end_line else f"{r.start_line}-{r.end_line}"
        kind = "" if r.kind == "line" else f" ({r.kind})"
        out.append(f"- {where}{kind} [{r.pass_name}] {r.reason}: {r.text}")
    return utf8("\n".join(out) + "\n")


def removed_lines(result: Result) -> dict[str, int]:
    """Input lines touched per pass (a trimmed prefix or suffix counts as one line)."""
    out: dict[str, int] = {}
    for r in result.removed:
        out[r.pass_name] = out.get(r.pass_name, 0) + (r.end_line - r.start_line + 1)
    return out


def render(
    fmt: str,
    result: Result,
    *,
    label: str = "",
    base: Mapping[str, Any] | None = None,
    text_field: str = "text",
    explain: bool = False,
    drop: tuple[str, ...] = (),
    duplicate_of: bool = False,
) -> bytes:
    """One document in format ``fmt`` (``txt``, ``jsonl``, ``md`` or ``diff``)."""
    if fmt == "txt":
        return render_txt(result)
    if fmt == "md":
        return render_md(result)
    if fmt == "jsonl":
        return render_record(result, base or {}, text_field, explain, drop, duplicate_of)
    if fmt == "diff":
        return render_diff(label, result)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")


class DocWriter:
    """Writes rendered documents to ``write`` with the format's separator between them."""

    __slots__ = ("bytes_out", "docs", "sep", "write")

    def __init__(self, write: Callable[[bytes], Any], fmt: str) -> None:
        self.write = write
        self.sep = SEPARATORS[fmt]
        self.docs = 0
        self.bytes_out = 0

    def add(self, chunk: bytes) -> None:
        if self.docs and self.sep:
            self.write(self.sep)
            self.bytes_out += len(self.sep)
        self.write(chunk)
        self.bytes_out += len(chunk)
        self.docs += 1
