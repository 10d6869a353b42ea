"""The reusable cleaner: a configured pipeline of passes, safe to pickle into worker pools."""

from __future__ import annotations

import time
from typing import Any

from .config import Config
from .context import Context
from .document import Document
from .errors import ConfigError, DecodeError, InputTooLarge, Timeout
from .passes.base import Pass, VocabGroup, VocabLinePass
from .passes.edge_opening import pin_opening
from .pipeline import TEXT_PIPELINE
from .result import Result
from .site import Documents, SiteProfile


def open_document(text: str, deadline: float | None = None) -> Document:
    """``text`` split into a :class:`Document` with the lines no pass may take pinned before any pass runs (the
    first step of every cleaning; ``bench.bench_passes`` times it as its own)."""
    doc = Document(text, deadline)
    # (a one-character scan first, ten times cheaper than one for the fence: most texts hold no backtick or tilde)
    if ("`" in text and "```" in text) or ("~" in text and "~~~" in text):
        doc.pin_fenced_code()  # no pass takes a line of a Markdown code sample
    pin_opening(doc)  # feature36: a feature's drop cap split off its word, and the epigraph over it
    return doc


class Cleaner:
    """Holds a configuration and the passes built from it.

    Build one and reuse it (``Cleaner().clean_text(t)`` in a loop, or pickled to workers):
    rule tables are compiled once per process and cached by language.
    """

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        config = config or Config()
        self.config = config.merged(**options) if options else config
        self.config.validate()
        self.passes: list[Pass] = self._build(self.config)

    @staticmethod
    def _build(config: Config) -> list[Pass]:
        """The enabled passes in pipeline order, consecutive vocabulary passes grouped."""
        passes: list[Pass] = []
        for p in Cleaner._enabled(config):
            if type(p).run is VocabLinePass.run and isinstance(p, VocabLinePass):
                last = passes[-1] if passes else None
                if isinstance(last, VocabGroup):
                    passes[-1] = VocabGroup([*last.passes, p])
                else:
                    passes.append(VocabGroup([p]))
            else:
                passes.append(p)
        return passes

    @staticmethod
    def _enabled(config: Config) -> list[Pass]:
        passes: list[Pass] = []
        for cls in TEXT_PIPELINE:
            names = {cls.name, cls.family}
            if names & config.disable:
                continue
            if config.enable_only is not None and not names & config.enable_only:
                continue
            opts = dict(config.options.get(cls.name, {}))
            try:
                passes.append(cls(**opts))
            except TypeError as exc:
                raise ConfigError(f"bad options for pass {cls.name!r}: {exc}") from exc
        return passes

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self.passes = self._build(self.config)

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    @property
    def pass_names(self) -> list[str]:
        """Names of the enabled passes, in pipeline order."""
        return [p.name for p in self._enabled(self.config)]

    # -- text path ----------------------------------------------------------------
    def _check_input(self, text: object) -> str:
        if not isinstance(text, str):
            raise DecodeError(
                f"expected str, got {type(text).__name__}; decode bytes first or use clean_html for pages"
            )
        limit = self.config.max_bytes
        if limit is not None and len(text) > limit // 4 and len(text.encode("utf-8", "surrogatepass")) > limit:
            raise InputTooLarge(f"input is larger than max_bytes={limit}")
        return text

    def _run(self, text: str, profile: SiteProfile | None = None) -> tuple[Document, Context]:
        deadline = None if self.config.timeout is None else time.monotonic() + self.config.timeout
        doc = open_document(text, deadline)
        ctx = Context(doc, self.config.language, profile, deadline)
        try:
            for p in self.passes:
                p.run(ctx)
                if deadline is not None and time.monotonic() > deadline:
                    raise Timeout(f"cleaning took longer than timeout={self.config.timeout}s (stopped after {p.name})")
        except BaseException:
            ctx.close()  # (a document given up lets go of its thread's Markdown flag too: see Context.close)
            raise
        doc.settle()
        return doc, ctx

    def clean_text(self, text: str, profile: SiteProfile | None = None) -> str:
        """Canonical article text of scraped ``text``.

        ``profile``: a learned site profile (see ``cleaner.site``) whose recurring
        furniture is removed too.
        """
        doc, ctx = self._run(self._check_input(text), profile)
        out = doc.render()
        ctx.close()  # (the document freed now, not by the cycle collector: see Context.close)
        return out

    def learn(self, documents: Documents, **options: Any) -> dict[str, SiteProfile]:
        """Learn site profiles from a corpus (one read): ``{site: SiteProfile}``.

        ``documents``: ``(site, text)`` pairs or objects with ``.text`` and ``.url`` /
        ``.path`` (see :func:`cleaner.site.learn` for the options: ``min_docs``,
        ``min_share``, ``prose_share``, ``max_candidates``, ``dedup_threshold``).
        Pass a site's profile to ``clean_text(text, profile=...)``.
        """
        from .site import learn

        options.setdefault("language", self.config.language)
        return learn(documents, **options)

    def explain_text(self, text: str, profile: SiteProfile | None = None, detect_language: bool = True) -> Result:
        """Cleaned text, its language and every removal with the pass that made it and why.

        ``detect_language=False`` skips langdetect for text the passes' cheap stopword
        profile could not place (``Result.language`` is then None for it): for bulk runs
        that need the removals but not the language. The cleaning is the same either way.
        """
        doc, ctx = self._run(self._check_input(text), profile)
        removed = doc.removals()
        title = next((r.text for r in removed if r.pass_name == "title-line"), None)
        metadata: dict[str, str | None] = {"title": title} if title else {}
        language = ctx.display_language if detect_language else ctx.language
        result = Result(text=doc.render(), language=language, removed=removed, metadata=metadata)
        ctx.close()
        return result

    # -- HTML path ----------------------------------------------------------------
    def explain_html(self, html: str | bytes, url: str | None = None, profile: SiteProfile | None = None) -> Result:
        """Article text of a web page, its metadata, and every removal (DOM elements and lines).

        ``html``: the page as text, or as bytes (decoded by BOM, declared charset, then
        detection). ``url`` helps metadata and link resolution. Raises ``DecodeError`` for
        input that is not a document, ``InputTooLarge`` above ``max_bytes``. ``profile``:
        a learned site profile (``Cleaner.learn``) applied to the extracted text.
        """
        from .html import explain

        return explain(self, html, url, profile=profile)

    def clean_html(
        self, html: str | bytes, url: str | None = None, format: str = "text", profile: SiteProfile | None = None
    ) -> str:
        """Article text of a web page; ``format`` is ``"text"``, ``"markdown"`` or ``"json"``."""
        from .html import clean

        return clean(self, html, url, format, profile)
