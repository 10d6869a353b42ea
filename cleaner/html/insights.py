"""htmllegal50: the labels of a professional firm's insight page (law firms' client alerts, consultancies' and think
tanks' articles) that the DOM pass reads by their shape.

- :func:`parted_label`: the kicker over an ``<article>``'s headline often names two labels parted by a middle dot or
  a bar, the publication's kind and its practice area ("Alerta Legal · Procesal y Arbitraje", "Alerte client ·
  Contentieux & RSE", "Note d'analyse · Logement"): more words than a kicker's (``dom.KICKER_WORDS``), but each part
  is a kicker's label of its own. The kicker's other conditions (at most ``dom.KICKER_CHARS`` characters, inline
  markup only, no sentence's end, just before the ``<h1>``, outside the prose block) still hold.
"""

from __future__ import annotations

from typing import Final

#: The separators of a kicker's labels (spaced: a hyphenated word or "24/7" is no separator).
_SEPARATORS: Final = (" · ", " | ", " • ", " / ")
#: At most this many labels in the kicker's line.
_PARTS: Final = 3


def parted_label(text: str, words: int) -> bool:
    """Whether ``text`` is two or three labels of at most ``words`` words each, parted by one separator
    (``_SEPARATORS``) used throughout."""
    for sep in _SEPARATORS:
        if sep not in text:
            continue
        parts = text.split(sep)
        return 2 <= len(parts) <= _PARTS and all(0 < len(p.split()) <= words for p in parts)
    return False
