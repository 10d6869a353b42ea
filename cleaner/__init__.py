"""cleaner: scraped web pages and text in, canonical article text out.

>>> import cleaner
>>> cleaner.clean_text("Putin met Scholz in Moscow on Tuesday for three hours of talks.\\nShare this article")
'Putin met Scholz in Moscow on Tuesday for three hours of talks.'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .config import Config
from .core import Cleaner
from .errors import ConfigError, CleanerError, DecodeError, InputTooLarge, Timeout
from .pipeline import FAMILIES, PASSES
from .result import Removal, Result

__all__ = [
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
    "Timeout",
    "clean_text",
    "explain_text",
]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


def _cleaner(options: dict[str, Any]) -> Cleaner:
    return Cleaner(**options) if options else _default()


def clean_text(text: str, profile: Any = None, **options: Any) -> str:
    """Canonical article text of scraped text. Options are :class:`Config` fields."""
    return _cleaner(options).clean_text(text, profile=profile)


def explain_text(text: str, profile: Any = None, **options: Any) -> Result:
    """Like :func:`clean_text`, returning a :class:`Result` with the language and removals."""
    return _cleaner(options).explain_text(text, profile=profile)
