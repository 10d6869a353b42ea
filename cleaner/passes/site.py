"""Furniture one site repeats on its pages, learned from the site's own pages.

Does nothing unless a :class:`~cleaner.site.SiteProfile` is passed to
``clean_text(..., profile=...)``: then every kept line whose normalised text the profile
learned as recurring furniture is removed, with how often it recurs as the reason. The
guards (minimum documents and share, duplicates counted once, prose inside article
bodies spared) are applied when the profile is learned; see :mod:`cleaner.site`.
"""

from __future__ import annotations

from ..context import Context
from .base import Pass


class SiteBoilerplate(Pass):
    name = "site-boilerplate"
    family = "site"
    description = "Lines a learned site profile knows as recurring furniture of the page's site."

    def run(self, ctx: Context) -> None:
        profile = ctx.profile
        lookup = getattr(profile, "lookup", None)
        if lookup is None:
            return
        doc = ctx.doc
        for index, line in doc.iter_kept():
            stat = lookup(line.text)
            if stat is not None:
                doc.remove(index, self.name, profile.reason(stat))
