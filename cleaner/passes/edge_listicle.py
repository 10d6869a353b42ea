"""htmllisticle53: listicles, photo galleries and shopping guides, whose items hold the author's short tips.

- :func:`tip_rows` (promo-label): a travel listicle's tip under an item, led by a "don't miss" label and going on in
  lower case (table ``structure.tip_label``: "Da non perdere: via dell'Amore e via del Bacio", "No te pierdas: el faro
  de Cabo de Palos", "À voir : le marché du mardi matin"). The label is a teaser's too ("Da non perdere: I borghi più
  belli dell'Umbria"), but a teaser's headline opens on a capital, and the author's tip names the thing to see as
  the sentence goes on, its article in lower case. The line stays; a headline after the label goes as before.
"""

from __future__ import annotations

from ..context import Context


def tip_rows(ctx: Context, mine: list[int]) -> set[int]:
    """promo-label's guard: the lines of ``mine`` that are an item's tip under its label (``structure.tip_label``)."""
    return {i for i in mine if ctx.matches("structure", "tip_label", i)}
