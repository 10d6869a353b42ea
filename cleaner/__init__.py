"""cleaner: scraped web pages and text in, canonical article text out.

>>> import cleaner
>>> cleaner.clean_text("Putin met Scholz in Moscow on Tuesday for three hours of talks.\\nShare this article")
'Putin met Scholz in Moscow on Tuesday for three hours of talks.'
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import textstats
from .config import Config
from .core import Cleaner
from .errors import CleanerError, ConfigError, DecodeError, InputTooLarge, Timeout
from .pipeline import FAMILIES, PASSES
from .result import Removal, Result
from .site import SiteProfile, load_profiles, save_profiles, site_key

if TYPE_CHECKING:
    from .dedup import find_duplicates


def __getattr__(name: str) -> Any:
    """``find_duplicates`` on first use: it needs numpy, which ``import cleaner`` would otherwise pay
    for in every scraper that only cleans text."""
    if name == "find_duplicates":
        from .dedup import find_duplicates

        return find_duplicates
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")

__all__ = [
    "COMPILED",
    "FAMILIES",
    "PASSES",
    "Cleaner",
    "CleanerError",
    "Config",
    "ConfigError",
    "DecodeError",
    "InputTooLarge",
    "Removal",
    "Result",
    "SiteProfile",
    "Timeout",
    "clean_html",
    "clean_text",
    "explain_html",
    "explain_text",
    "find_duplicates",
    "load_profiles",
    "save_profiles",
    "site_key",
]
__version__ = "0.1.0"

#: Whether the per-line core runs compiled (a wheel built with mypyc, see ``setup.py``) or as plain Python.
COMPILED: bool = textstats.__file__.endswith((".so", ".pyd"))


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


def _sorted_set(value: object) -> list[Any]:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"not a JSON value: {type(value).__name__}")  # such options are not cached


_BY_OPTIONS: dict[str, Cleaner] = {}
_BY_OPTIONS_LIMIT = 32


def _cleaner(options: dict[str, Any]) -> Cleaner:
    """The default Cleaner, or one per distinct set of per-call options, kept for reuse:
    ``clean_text(t, disable=[...])`` in a loop must not rebuild and recompile every call."""
    if not options:
        return _default()
    try:
        key = json.dumps(options, sort_keys=True, default=_sorted_set)
    except (TypeError, ValueError):
        return Cleaner(**options)
    cleaner = _BY_OPTIONS.get(key)
    if cleaner is None:
        if len(_BY_OPTIONS) >= _BY_OPTIONS_LIMIT:
            _BY_OPTIONS.clear()
        cleaner = _BY_OPTIONS[key] = Cleaner(**options)
    return cleaner


def clean_text(text: str, profile: SiteProfile | None = None, **options: Any) -> str:
    """Canonical article text of scraped text. Options are :class:`Config` fields."""
    return _cleaner(options).clean_text(text, profile=profile)


def explain_text(text: str, profile: SiteProfile | None = None, detect_language: bool = True, **options: Any) -> Result:
    """Like :func:`clean_text`, returning a :class:`Result` with the language and removals.

    ``detect_language=False``: see :meth:`Cleaner.explain_text` (bulk runs that need the
    removals, not the language)."""
    return _cleaner(options).explain_text(text, profile=profile, detect_language=detect_language)


def clean_html(
    html: str | bytes, url: str | None = None, format: str = "text", profile: SiteProfile | None = None, **options: Any
) -> str:
    """Canonical article text of a web page (str or bytes). Options are :class:`Config` fields.

    ``format``: ``"text"`` (default), ``"markdown"`` (headings, lists, paragraphs) or
    ``"json"`` (text, language, metadata and removals).
    """
    return _cleaner(options).clean_html(html, url=url, format=format, profile=profile)


def explain_html(
    html: str | bytes, url: str | None = None, profile: SiteProfile | None = None, **options: Any
) -> Result:
    """Like :func:`clean_html`, returning a :class:`Result` with metadata and every removal."""
    return _cleaner(options).explain_html(html, url=url, profile=profile)
