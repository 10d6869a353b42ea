"""What a run does to each document: the cleaner's configuration plus the I/O choices.

A frozen, picklable value shipped once to every worker process (or Dask worker); the fingerprint says
whether an output written by an earlier run was made with the same settings (resume).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..config import Config


@dataclass(frozen=True)
class Settings:
    """``fmt``: ``txt``, ``jsonl``, ``md`` or None (by input: ``jsonl`` for JSON Lines and WARC, else
    ``txt``). ``diff``: report removals instead of writing. ``html_field``: JSON Lines field cleaned as HTML
    when a record has it (None: never). ``max_bytes``/``timeout`` live in ``config``."""

    config: Config = field(default_factory=Config)
    fmt: str | None = None
    explain: bool = False
    diff: bool = False
    text_field: str = "text"
    html_field: str | None = "html"
    id_field: str = "id"
    url_field: str = "url"
    drop_duplicates: bool = False
    # learned site profiles (site -> SiteProfile), looked up per document by the workers; kept out of
    # equality and hashing (the fingerprint covers them through ``profiles_digest``)
    profiles: Any = field(default=None, compare=False, repr=False)
    profiles_digest: str = ""

    @property
    def max_bytes(self) -> int | None:
        return self.config.max_bytes

    @property
    def timeout(self) -> float | None:
        return self.config.timeout

    def output_format(self, kind: str | None) -> str:
        """The format of an output made from one input of ``kind``."""
        if self.diff:
            return "diff"
        if self.fmt is not None:
            return self.fmt
        return "jsonl" if kind in ("jsonl", "warc") else "txt"

    def fingerprint(self) -> str:
        """Changes whenever an output would come out different (version, passes, options, format, fields)."""
        c = self.config
        data = {
            "version": __version__,
            "disable": sorted(c.disable),
            "enable_only": None if c.enable_only is None else sorted(c.enable_only),
            "options": {k: dict(sorted(v.items())) for k, v in sorted(c.options.items())},
            "language": c.language,
            "fmt": self.fmt,
            "explain": self.explain,
            "fields": [self.text_field, self.html_field, self.id_field, self.url_field],
            "drop_duplicates": self.drop_duplicates,
            "profiles": self.profiles_digest,
        }
        blob = json.dumps(data, sort_keys=True, default=repr).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:32]


def profiles_digest(profiles: dict[str, Any] | None) -> str:
    """A short digest of the profiles that remove anything ("" for none): part of the fingerprint."""
    useful = {site: p for site, p in (profiles or {}).items() if len(p)}
    if not useful:
        return ""
    h = hashlib.sha256()
    for site in sorted(useful):
        h.update(site.encode("utf-8", "surrogatepass") + b"\0")
        h.update(",".join(str(k) for k in sorted(useful[site].lines)).encode() + b"\0")
    return h.hexdigest()[:16]
