"""Output formats of a :class:`~cleaner.result.Result`: plain text, JSON, Markdown.

``render(result, format)`` is the one function the API and the CLI go through:

* ``"text"``: the cleaned article text, paragraphs separated by blank lines;
* ``"json"``: text, language, metadata and every removal (pass name, reason, text);
* ``"markdown"``: the article with its headings, lists, tables and paragraphs. A result
  explained with ``markdown=True`` already carries Markdown (trafilatura's formatting
  markers, kept apart from line text by the text passes); a plain-text result is turned
  into Markdown paragraphs. The title is metadata, never part of the body.
"""

from __future__ import annotations

import json
import re

from ..errors import ConfigError
from ..result import Result

FORMATS = ("text", "json", "markdown")
#: The CLI's names for the same formats (``clean --format txt|md``), taken here too.
ALIASES = {"txt": "text", "md": "markdown"}

_MD_LEAD = re.compile(r"^(?:#{1,6}|[-*+]|>|\d{1,3}[.)])[ ](?=\S)")
_MD_INLINE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ESCAPE = re.compile(r"^([#>*+\-]|\d{1,3}[.)])(?=[ ])")


def _markdown_to_text(text: str) -> str:
    """Plain text of a Markdown result: block markers and bold/italic markers dropped."""
    out: list[str] = []
    for line in text.split("\n"):
        line = _MD_LEAD.sub("", line)
        line = _MD_INLINE.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


def _text_to_markdown(text: str) -> str:
    """Markdown of a plain-text result: every line its own paragraph, markers escaped."""
    paragraphs = [_MD_ESCAPE.sub(r"\\\1", line) for line in text.split("\n") if line.strip()]
    return "\n\n".join(paragraphs)


def render(result: Result, format: str = "text") -> str:
    """``result`` in one of :data:`FORMATS` (or an :data:`ALIASES` name)."""
    format = ALIASES.get(format, format)
    is_markdown = result.metadata.get("format") == "markdown"
    if format == "text":
        return _markdown_to_text(result.text) if is_markdown else result.text
    if format == "markdown":
        return result.text if is_markdown else _text_to_markdown(result.text)
    if format == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    raise ConfigError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
