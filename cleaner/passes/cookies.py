"""Cookie banners and consent notices: the site speaking about its own cookies."""

from __future__ import annotations

from typing import ClassVar

from ..context import Context
from .base import VocabLinePass


class CookieNotice(VocabLinePass):
    name = "cookie-notice"
    family = "cookies"
    description = "Cookie consent banners and their buttons."
    tables: ClassVar[dict[str, str]] = {"notice": "cookie consent notice", "button": "cookie banner button or heading"}
    default_max_words = 60

    def spared(self, ctx: Context, mine: list[int], hits: dict[int, int]) -> set[int]:
        """A notice followed by a reporting clause ("We use cookies on almost every website, ...,
        the researchers found.") is reported speech about a site: the article's line."""
        reported = ctx.table(self.family, "reported")
        if not reported.patterns:
            return set()
        return {i for i in mine if reported.match(ctx.doc.lines[i].text)}
