"""The one family of errors the public API raises.

Callers inside scrapers catch ``CleanerError`` and know nothing else can escape.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error raised by cleaner's public functions."""


class ConfigError(CleanerError, ValueError):
    """An option or pass name that cleaner does not know, or a value out of range."""


class DecodeError(CleanerError, ValueError):
    """Input bytes that cannot be decoded to text, or input of the wrong type."""


class InputTooLarge(CleanerError, ValueError):
    """Input larger than the configured ``max_bytes``."""


class Timeout(CleanerError, TimeoutError):
    """A document took longer than the configured per-document time limit."""
