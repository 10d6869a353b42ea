"""Cookie banners and consent notices: the site speaking about its own cookies."""

from __future__ import annotations

from typing import ClassVar

from .base import VocabLinePass


class CookieNotice(VocabLinePass):
    name = "cookie-notice"
    family = "cookies"
    description = "Cookie consent banners and their buttons."
    tables: ClassVar[dict[str, str]] = {"notice": "cookie consent notice", "button": "cookie banner button or heading"}
    default_max_words = 60
