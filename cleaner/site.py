"""Site profiles: the furniture one site repeats on every page, learned from its pages.

Rules and vocabularies cannot know every site's masthead ("Zorbly Gazette, independent
since 1887") or tip line ("Tips? Write to desk@..."), but a site repeats them on every
page. :func:`learn` (or :meth:`cleaner.Cleaner.learn`) reads a corpus once, groups its
documents by site (:func:`site_key`: URL host, else folder) and counts, per site, in how
many distinct documents each normalised line occurs and where (head: before the first
prose line, tail: after the last, middle: between). The pass ``site-boilerplate``
(:class:`cleaner.passes.site.SiteBoilerplate`) then removes those lines from the site's
pages when the profile is passed to ``clean_text(..., profile=...)``.

Guards against over-stripping:

* a line must occur in at least ``min_docs`` distinct documents and in at least
  ``min_share`` of the site's (deduplicated) pages;
* near-duplicate documents (the same story scraped twice) count once: each document's
  prose is MinHashed (:mod:`cleaner.dedup`) and a near-copy of a page already seen adds
  no counts;
* prose that recurs only in the middle of documents (a quote repeated in two stories)
  is learned only when it occurs in at least ``prose_share`` of the site's pages.

Memory is bounded by the number of candidate lines, not by corpus size: lines are kept
as 8-byte blake2b hashes, and each site's table holds at most ``max_candidates``
entries. When it overflows, the lines seen in the fewest documents are evicted (lossy
counting): an evicted line that comes back starts from zero, so eviction can only make
learning miss furniture, never remove more. Line text is kept only for lines seen
twice or more (for the JSON file and explanations). The near-duplicate index holds at
most ``max_indexed`` signatures per site.

Learning splits in two: :meth:`ProfileLearner.digest` (the costly part: prose detection,
line hashes, MinHash; it depends on the text alone, so any process can make it) and
:meth:`ProfileLearner.add_digest` (counting, in corpus order). The CLI digests in its
workers and counts in one place, with the same result as :meth:`ProfileLearner.add`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePath, PurePosixPath
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from .context import Context
from .document import Document

FORMAT_VERSION = 1
MAX_TEXT = 300  # characters of a learned line's text kept in the profile

DEFAULT_MIN_DOCS = 3
DEFAULT_MIN_SHARE = 0.2
DEFAULT_PROSE_SHARE = 0.5
DEFAULT_MAX_CANDIDATES = 20_000
DEFAULT_DEDUP_THRESHOLD = 0.3  # as cleaner.dedup: a re-scrape of one story measures ~0.41
DEFAULT_MAX_INDEXED = 5_000


def line_key(text: str) -> int:
    """The 64-bit key of a line: blake2b of its whitespace-collapsed, case-folded text."""
    norm = " ".join(text.split()).casefold()
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def site_key(url: str | None = None, path: str | os.PathLike[str] | None = None) -> str:
    """The site a document belongs to: its URL's host (without ``www.``), else its folder.

    >>> site_key("https://www.Zorbly.example/news/1.html")
    'zorbly.example'
    >>> site_key(None, "crawl/zorbly/page-001.txt")
    'crawl/zorbly'
    """
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        host = host.lower().rstrip(".")
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    if path is not None:
        folder, sep, _name = os.fspath(path).rpartition(os.sep)
        # "a/b/c.txt": its folder, normalised once per folder
        if sep and _name and _name != "." and not folder.endswith(os.sep):
            return _folder_key(folder + os.sep + "x")
        return PurePosixPath(PurePath(path).as_posix()).parent.as_posix()
    return ""


@lru_cache(maxsize=4096)
def _folder_key(path: str) -> str:
    return PurePosixPath(PurePath(path).as_posix()).parent.as_posix()


@runtime_checkable
class HasText(Protocol):
    text: str


@dataclass(slots=True)
class SiteDoc:
    """One document to learn from: its text and where it came from (URL and/or path)."""

    text: str
    url: str | None = None
    path: str | None = None

    @property
    def site(self) -> str:
        return site_key(self.url, self.path)


@dataclass(slots=True)
class LineStat:
    """A learned furniture line: in how many of the site's pages it occurs, and where."""

    docs: int
    head: int = 0
    middle: int = 0
    tail: int = 0
    text: str = ""

    @property
    def where(self) -> str:
        """The position it occurs at most: ``head``, ``middle`` or ``tail``."""
        return max(("head", self.head), ("tail", self.tail), ("middle", self.middle), key=lambda x: x[1])[0]


@dataclass
class SiteProfile:
    """The recurring furniture of one site: line key -> :class:`LineStat`.

    ``pages``: the number of distinct (non-duplicate) pages it was learned from.
    Save with :meth:`to_json` / :func:`save_profiles`, load with :meth:`from_json` /
    :func:`load_profiles`.
    """

    site: str
    pages: int
    lines: dict[int, LineStat] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.lines)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and line_key(text) in self.lines

    def lookup(self, text: str) -> LineStat | None:
        """The learned entry for a line of text, or None when it is not site furniture."""
        return self.lines.get(line_key(text))

    def reason(self, stat: LineStat) -> str:
        return f"recurs on {stat.docs} of {self.pages} pages of this site"

    # -- JSON -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "site": self.site,
            "pages": self.pages,
            "settings": dict(self.settings),
            "lines": [
                {"key": f"{k:016x}", "docs": s.docs, "head": s.head, "middle": s.middle, "tail": s.tail,
                 "text": s.text}
                for k, s in sorted(self.lines.items(), key=lambda kv: (-kv[1].docs, kv[0]))
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteProfile:
        version = data.get("version")
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported site profile version {version!r} (this cleaner reads {FORMAT_VERSION})")
        lines = {
            int(e["key"], 16): LineStat(int(e["docs"]), int(e.get("head", 0)), int(e.get("middle", 0)),
                                        int(e.get("tail", 0)), str(e.get("text", "")))
            for e in data.get("lines", [])
        }
        return cls(str(data["site"]), int(data["pages"]), lines, dict(data.get("settings", {})))

    def to_json(self) -> str:
        """The profile as a JSON string (versioned; see :meth:`from_json`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> SiteProfile:
        return cls.from_dict(json.loads(text))


def save_profiles(path: str | os.PathLike[str], profiles: dict[str, SiteProfile]) -> None:
    """Write profiles (site -> profile) to one JSON file, atomically."""
    data = {"version": FORMAT_VERSION, "profiles": {site: p.to_dict() for site, p in sorted(profiles.items())}}
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_profiles(path: str | os.PathLike[str]) -> dict[str, SiteProfile]:
    """Profiles written by :func:`save_profiles`: site -> :class:`SiteProfile`."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"unsupported site profiles version {data.get('version')!r} in {path}")
    return {site: SiteProfile.from_dict(p) for site, p in data["profiles"].items()}


def profile_for(profiles: dict[str, SiteProfile], url: str | None = None,
                path: str | os.PathLike[str] | None = None) -> SiteProfile | None:
    """The profile of the site a document belongs to (by :func:`site_key`), or None."""
    return profiles.get(site_key(url, path))


# -- learning ---------------------------------------------------------------------

_HEAD, _MIDDLE, _TAIL = 1, 2, 3
_PROSE = 4  # flag bit of a prose line in LearnDigest.flags


@dataclass(slots=True)
class LearnDigest:
    """One document as learning counts it (see :meth:`ProfileLearner.digest`): its distinct
    lines in order (key, position flag ``_HEAD``/``_MIDDLE``/``_TAIL`` with ``_PROSE``, text
    cut to ``MAX_TEXT``) and the MinHash of its prose, or None when near-duplicates are not
    looked for. Small and picklable, so a worker process can make it."""

    keys: list[int]
    flags: bytes
    texts: list[str]
    signature: Any = None


class _SiteCounts:
    """Bounded per-site counts: key -> [docs, head, middle, tail, prose-docs]."""

    __slots__ = ("counts", "dedup", "duplicates", "pages", "texts")

    def __init__(self, dedup: Any) -> None:
        self.counts: dict[int, list[int]] = {}
        self.texts: dict[int, str] = {}
        self.pages = 0
        self.duplicates = 0
        self.dedup = dedup


class ProfileLearner:
    """Learns :class:`SiteProfile` s from documents fed one at a time (one read of the input).

    ``add(site, text)`` for each document, then ``profiles()``. See the module docstring
    for the guards; ``max_candidates`` bounds each site's table of candidate lines.
    """

    def __init__(self, min_docs: int = DEFAULT_MIN_DOCS, min_share: float = DEFAULT_MIN_SHARE,
                 prose_share: float = DEFAULT_PROSE_SHARE, max_candidates: int = DEFAULT_MAX_CANDIDATES,
                 dedup_threshold: float | None = DEFAULT_DEDUP_THRESHOLD, max_indexed: int = DEFAULT_MAX_INDEXED,
                 language: str | None = None) -> None:
        if min_docs < 1:
            raise ValueError("min_docs must be at least 1")
        if not 0.0 <= min_share <= 1.0 or not 0.0 <= prose_share <= 1.0:
            raise ValueError("min_share and prose_share must be in [0, 1]")
        if max_candidates < 1:
            raise ValueError("max_candidates must be at least 1")
        self.min_docs = min_docs
        self.min_share = min_share
        self.prose_share = prose_share
        self.max_candidates = max_candidates
        self.dedup_threshold = dedup_threshold
        self.max_indexed = max_indexed
        self.language = language
        self.sites: dict[str, _SiteCounts] = {}
        self.evictions = 0
        self._signer_cache: Any = None

    @property
    def candidates(self) -> int:
        """Candidate lines held now, over all sites (what memory is proportional to)."""
        return sum(len(s.counts) for s in self.sites.values())

    def _site(self, site: str) -> _SiteCounts:
        state = self.sites.get(site)
        if state is None:
            dedup = None
            if self.dedup_threshold is not None:
                from .dedup import DuplicateFinder

                dedup = DuplicateFinder(threshold=self.dedup_threshold, max_indexed=self.max_indexed)
            state = self.sites[site] = _SiteCounts(dedup)
        return state

    def add(self, site: str, text: str) -> bool:
        """Count one document's lines for ``site``; False when it was a near-duplicate."""
        return self.add_digest(site, self.digest(text))

    def digest(self, text: str) -> LearnDigest | None:
        """What :meth:`add_digest` needs of one document (None: it has no lines).

        Depends only on the text and the learner's options, never on what was learned so
        far, so it can be made in worker processes while one learner counts, in corpus
        order, with the same result as :meth:`add` (the CLI does this).
        """
        digest, body = self.digest_unsigned(text)
        if digest is not None:
            self.sign_digests([(digest, body)])
        return digest

    def digest_unsigned(self, text: str) -> tuple[LearnDigest | None, str]:
        """:meth:`digest` without its MinHash, and the text the MinHash is made of (its prose): for
        :meth:`sign_digests` to sign a batch of documents at once."""
        doc = Document(text)
        if not doc.lines:
            return None, ""
        ctx = Context(doc, self.language)
        n = len(doc.lines)
        prose = [ctx.is_prose(i) for i in range(n)]
        body = ""
        if self.dedup_threshold is not None:
            body = "\n".join(doc.lines[i].text for i in range(n) if prose[i]) or "\n".join(x.text for x in doc.lines)
        first = next((i for i in range(n) if prose[i]), n)
        last = next((i for i in reversed(range(n)) if prose[i]), -1)
        keys: list[int] = []
        flags = bytearray()
        texts: list[str] = []
        seen: set[int] = set()
        for i, line in enumerate(doc.lines):
            key = line_key(line.text)
            if key in seen:
                continue
            seen.add(key)
            where = _HEAD if i < first else _TAIL if i > last else _MIDDLE
            keys.append(key)
            flags.append(where | (_PROSE if prose[i] else 0))
            texts.append(line.text[:MAX_TEXT])
        return LearnDigest(keys, bytes(flags), texts, None), body

    def sign_digests(self, pairs: list[tuple[LearnDigest, str]]) -> None:
        """Give each digest of :meth:`digest_unsigned` its MinHash, all made at once (see
        :meth:`~cleaner.dedup.DuplicateFinder.sign_many`); nothing to do when near-duplicates are not
        looked for."""
        if self.dedup_threshold is None or not pairs:
            return
        for (digest, _body), signature in zip(pairs, self._signer().sign_many([b for _, b in pairs]), strict=True):
            digest.signature = signature

    def add_digest(self, site: str, digest: LearnDigest | None) -> bool:
        """Count one document, given as :meth:`digest` made it; False when it was a near-duplicate."""
        if digest is None:
            return True
        state = self._site(site)
        if state.dedup is not None:
            first = state.dedup.check_signature(state.pages + state.duplicates, digest.signature)
            if first is not None:  # the id of the site's first page is 0
                state.duplicates += 1
                return False
        state.pages += 1
        counts, texts = state.counts, state.texts
        for key, flag, line_text in zip(digest.keys, digest.flags, digest.texts, strict=True):
            entry = counts.get(key)
            if entry is None:
                counts[key] = entry = [0, 0, 0, 0, 0]
            entry[0] += 1
            entry[flag & 3] += 1
            entry[4] += flag >> 2
            if entry[0] == 2:
                texts[key] = line_text
        if len(counts) > self.max_candidates:
            self._evict(state)
        return True

    def _signer(self) -> Any:
        signer = self._signer_cache
        if signer is None:
            from .dedup import DuplicateFinder

            signer = self._signer_cache = DuplicateFinder(threshold=self.dedup_threshold or 1.0)
        return signer

    def _evict(self, state: _SiteCounts) -> None:
        """Drop the rarest lines until the table is at 3/4 of the cap (amortised)."""
        target = self.max_candidates * 3 // 4
        counts = state.counts
        floor = 1
        while len(counts) > target:
            for key in [k for k, e in counts.items() if e[0] <= floor]:
                del counts[key]
                state.texts.pop(key, None)
                self.evictions += 1
                if len(counts) <= target:
                    break
            floor += 1

    def _furniture(self, entry: list[int], pages: int) -> bool:
        docs, _head, middle, _tail, prose = entry
        if docs < self.min_docs or docs < self.min_share * pages:
            return False
        if prose * 2 > docs and middle * 2 > docs:
            return docs >= self.prose_share * pages  # prose recurring inside article bodies
        return True

    def profile(self, site: str) -> SiteProfile:
        state = self.sites.get(site)
        settings = {"min_docs": self.min_docs, "min_share": self.min_share, "prose_share": self.prose_share}
        if state is None:
            return SiteProfile(site, 0, {}, settings)
        settings["duplicates"] = state.duplicates
        lines = {
            key: LineStat(e[0], e[1], e[2], e[3], state.texts.get(key, ""))
            for key, e in state.counts.items()
            if self._furniture(e, state.pages)
        }
        return SiteProfile(site, state.pages, lines, settings)

    def profiles(self) -> dict[str, SiteProfile]:
        """Every site's profile (sites with no learned line included, as empty profiles)."""
        return {site: self.profile(site) for site in self.sites}


Documents = Iterable[tuple[str, str]] | Iterable[SiteDoc] | Iterable[HasText]


def _pairs(documents: Iterable[Any]) -> Iterator[tuple[str, str]]:
    for doc in documents:
        if isinstance(doc, tuple):
            site, text = doc
            yield str(site), text
        else:
            site = getattr(doc, "site", None)
            if not isinstance(site, str):
                site = site_key(getattr(doc, "url", None), getattr(doc, "path", None))
            yield site, doc.text


def learn(documents: Documents, *, min_docs: int = DEFAULT_MIN_DOCS, min_share: float = DEFAULT_MIN_SHARE,
          prose_share: float = DEFAULT_PROSE_SHARE, max_candidates: int = DEFAULT_MAX_CANDIDATES,
          dedup_threshold: float | None = DEFAULT_DEDUP_THRESHOLD, language: str | None = None,
          ) -> dict[str, SiteProfile]:
    """Learn one :class:`SiteProfile` per site from a corpus, reading it once.

    ``documents``: ``(site, text)`` pairs (site keys of your choosing, e.g. from
    :func:`site_key`), or objects with ``.text`` and ``.url`` / ``.path`` (such as
    :class:`SiteDoc`), grouped by :func:`site_key`.
    """
    learner = ProfileLearner(min_docs=min_docs, min_share=min_share, prose_share=prose_share,
                             max_candidates=max_candidates, dedup_threshold=dedup_threshold, language=language)
    for site, text in _pairs(documents):
        learner.add(site, text)
    return learner.profiles()
