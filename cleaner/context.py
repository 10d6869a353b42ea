"""Per-document context handed to every pass: the document, its language, line measurements.

Everything here is computed lazily and at most once per document: language detection
only runs if a pass (or ``explain``) asks for it.
"""

from __future__ import annotations

from typing import Any

from . import language as lang_mod
from .document import Document
from .textstats import LineStats, is_prose, measure
from .vocab import Table, table


class Context:
    __slots__ = (
        "_language", "_language_done", "_prose", "_stats", "_stopwords", "doc", "forced_language", "profile",
    )

    def __init__(self, doc: Document, forced_language: str | None = None, profile: Any = None) -> None:
        self.doc = doc
        self.profile = profile  # a learned site profile, or None
        self.forced_language = forced_language
        self._language: str | None = None
        self._language_done = False
        self._stopwords: frozenset[str] | None = None
        self._stats: list[LineStats | None] = [None] * len(doc)
        self._prose: list[bool | None] = [None] * len(doc)

    # -- language -------------------------------------------------------------
    def language_sample(self) -> str:
        """The longest lines first, up to the sample size: prose, not menus, decides."""
        lines = sorted((line.text for line in self.doc.lines), key=len, reverse=True)
        out: list[str] = []
        size = 0
        for text in lines:
            out.append(text)
            size += len(text) + 1
            if size >= lang_mod.SAMPLE_CHARS:
                break
        return "\n".join(out)

    @property
    def language(self) -> str | None:
        if not self._language_done:
            self._language = self.forced_language or lang_mod.identify(self.language_sample())
            self._language_done = True
        return self._language

    @property
    def vocab_languages(self) -> tuple[str, ...] | None:
        """Languages whose vocabularies apply: the document's plus English; None means all.

        English is always in because English widget text ("Share", "Tweet") shows up on
        pages in every language; unknown text gets every table (they are anchored).
        """
        lang = self.language
        if lang in lang_mod.SUPPORTED:
            return (lang, "en") if lang != "en" else ("en",)
        return None

    @property
    def stopwords(self) -> frozenset[str]:
        """Stopwords of the document's language; empty when it has no list (length decides)."""
        if self._stopwords is None:
            lang = self.language
            self._stopwords = lang_mod.stopwords(lang) if lang else frozenset()
        return self._stopwords

    # -- lines ----------------------------------------------------------------
    def table(self, family: str, name: str) -> Table:
        return table(family, name, self.vocab_languages)

    def stats(self, index: int) -> LineStats:
        s = self._stats[index]
        if s is None:
            s = measure(self.doc.lines[index].text, self.stopwords)
            self._stats[index] = s
        return s

    def refresh(self, index: int) -> None:
        """Forget cached measurements of a line whose text a pass trimmed."""
        self._stats[index] = None
        self._prose[index] = None

    def is_prose(self, index: int) -> bool:
        p = self._prose[index]
        if p is None:
            p = is_prose(self.stats(index), bool(self.stopwords))
            self._prose[index] = p
        return p
