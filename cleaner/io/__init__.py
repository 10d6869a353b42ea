"""Reading inputs and writing outputs for the CLI and pipeline integrations.

- :mod:`cleaner.io.detect`: what a file is (``txt``, ``html``, ``jsonl``, ``warc``), by extension then by
  sniffing its first bytes; gzip is looked through.
- :mod:`cleaner.io.readers`: bounded reads, text decoding, JSON Lines and WARC record streams.
- :mod:`cleaner.io.writers`: rendering a cleaned document as ``txt``, ``jsonl``, ``md`` or a removal diff.
- :mod:`cleaner.io.atomic`: outputs appear whole or not at all (temp file + rename).
"""

from __future__ import annotations

from .atomic import AtomicWriter, atomic_write, remove_stale_temps
from .detect import CONTAINER_KINDS, DOC_KINDS, KINDS, kind_from_name, open_input, sniff
from .readers import decode_text, iter_jsonl_lines, iter_warc, read_limited
from .writers import FORMATS, DocWriter, render

__all__ = [
    "CONTAINER_KINDS",
    "DOC_KINDS",
    "FORMATS",
    "KINDS",
    "AtomicWriter",
    "DocWriter",
    "atomic_write",
    "decode_text",
    "iter_jsonl_lines",
    "iter_warc",
    "kind_from_name",
    "open_input",
    "read_limited",
    "remove_stale_temps",
    "render",
    "sniff",
]
