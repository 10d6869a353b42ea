"""A wiki's hatnote (htmlwiki49): the line over an article, or under a section's heading, that points the reader to
other pages ("For other uses, see Thornbury (disambiguation).", "No debe confundirse con el Faro de Punta Grajal.",
"Zie Drie Snoeken (doorverwijspagina) voor andere betekenissen."), named so by MediaWiki ('hatnote', 'dablink',
'rellink'; the ``hatnotes`` family of ``rules.toml``). It points by a link: an element so named with no link in it
is no hatnote but the article's own text in a box its author named after one (a post about wiki editing showing
what a hatnote says, 'hatnote-example'), and stays."""

from __future__ import annotations

from .page import Page

#: The family of ``rules.toml`` that names a hatnote.
HATNOTE_FAMILY = "hatnotes"


def hatnote_kept(page: Page, i: int) -> bool:
    """Whether element ``i``, named as a hatnote, is kept: it holds no link text (a hatnote points elsewhere by one)."""
    return not page.links[i]
