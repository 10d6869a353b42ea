# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlnextgen 45: modern news pages as scrapers fetch them,
``fixtures/html_htmlnextgen45/<lang>_<what>.html``: Next.js pages whose body is also in ``__NEXT_DATA__``
(en, pt, and the paywalled fr/nl pages whose JSON holds the hidden rest), a Nuxt page with
``window.__NUXT__`` and lazy images with ``<noscript>`` fallbacks (de), AMP pages (``<amp-img>``,
``<amp-ad>``, ``<amp-social-share>``, ``amp-sidebar``, ``amp-consent``, "View full site": en, fr, it),
paywalled pages cut after two paragraphs with a "subscribe to continue" box (de, fr, it, nl), live blogs
with an ``<article>`` per timed entry, "Pinned post", "Show 20 new updates", key points (en, de, es, pt),
a page whose paragraphs are ``<div>``s and whose JSON-LD ``articleBody`` holds the same text (es), and a
WordPress page with ``<noscript>``/``<template>`` parts, lazy images and a consent placeholder (nl).

Editorial decisions: on a paywalled page only the visible paragraphs are the article (gold); the text the
page hides in JSON (``__NEXT_DATA__``, a JSON-LD ``articleBody`` beyond the visible paragraphs) must not be
brought back (it would be residue here: the reader of the page never saw it); a faded, aria-hidden third
paragraph is soft. On a live blog each entry's text and its own heading are gold, the key points too; the
entry's time, its author and "Pinned post" are residue. A caption's sentence is gold, its credit residue.
A score line in a live header ("Valencia 2 - 1 Betis Final") is residue (chrome of the widget). A pull
quote that repeats nothing is gold.

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_htmlnextgen45.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 16 pages, 138 article lines), on main at 3fa7e8c: **20 article lines lost, 9 residue
  lines left** (as first tagged: 26 and 10; the six captions' sentences, tagged gold in the blind round, are
  soft by the project's reading (an article's ``<figcaption>`` is residue on the dev set, red team 26), and
  the tables' header rows, untagged, gold). Lost: the German live ticker whole (15: no line came out), the
  Spanish live blog's line-ups (3: a ``Previa`` entry's heading and list), the Portuguese key points (2).
  Left: a pull quote's ``<cite>`` ("Karl-Peter Naumann, Pro Bahn"), "Werbefrei lesen mit PUR" (a consent
  box's link), "Loading poll…" (an ``amp-iframe`` placeholder), "Key points", a tweet's attribution, a
  live entry's minute "90+4'", a section kicker "Politique sociale", an ``amp-ad`` fallback "Annuncio non
  disponibile", a live header "AO MINUTO Atualizado há 5 minutos". After: **0 lost, 6 left** (with the
  retags below: the es live entries' minutes "90+4'", "78'", "Previa" soft as red team 27 reads a live
  entry's time; the en "Key points" and pt "Destaques" headings gold as the de and nl key points' headings
  were tagged blind).
* round 2 (4 pages, 22 article lines, aimed at the new rules): a live ticker named "ticker-posts" with its
  "ticker-summary" key points beside a header and a cookie bar (nl); a sidebar "newsticker" of unlinked
  short news beside an article (de, a control: it must still go); a WordPress post classed "tag-rgpd
  tag-cookies" under an "rgpd-banner" (fr, a control); a live blog under a long consent banner whose
  entries are ``<div>``s (it, a control). On main: **6 lost, 1 left** (the nl ticker whole, and its cookie
  bar, the prose block, kept); after: **0 lost, 0 left**. In all: 20 pages, 162 article lines, **0 lost,
  6 left**.

Decided tags: the faded, aria-hidden third paragraph of the de paywall is soft; the tables' header rows are
gold; the six captions' sentences are soft (see above); a live entry's heading is gold, its time or minute
soft, its "GOL" label residue; a live blog's key points and their heading are gold; a pull quote's
``<cite>`` is residue (a credit); the paywalled pages' hidden rest (in ``__NEXT_DATA__``, a JSON-LD
``articleBody``) is residue: none of it came out, on main or after.

Changes (``cleaner/html/page.py``, ``keep.py``, ``dom.py``, ``rules.toml``; ``cleaner/passes/edge_htmlnextgen.py``):

* ``Page._outside_consent``: the prose block is never a cookie or consent notice's paragraph (an element
  on its way up named by ``[families.consent]``) holding less than ``CONSENT_MAX_SHARE`` (half) of the
  page's prose: the next block outside one is taken. On a live blog of short entries the notice's one long
  paragraph held the most prose; the block's way up is never removed, so the notice stayed and the article
  was looked for around it (es: the line-ups lost; nl round 2: the whole ticker). An article inside a
  wrapper so named (holding most of the prose) keeps its block.
* ``keep.live_feed`` / ``live_part`` / ``live_summary`` (called in ``dom.decide``): a live blog's feed named
  like a ticker ("ticker-entries", a German "Liveticker") outside the article the block points at (the block
  is the live header's dek when each entry is short) is kept when it holds more prose than that whole
  article, in two entries or more, with a sentence's end; inside it the parts named only by the live names
  with some text stay (an entry's body, a heading over a results table), an entry's bare time still goes;
  key points named so ("ticker-facts": a heading over a list, no link) stay beside such a feed. A sidebar's
  news ticker (less prose than the article) and ticker-named facts without a feed still go.
* ``dom._amp_stand_in`` (in ``_verdict``): a child of an ``amp-*`` element with a ``placeholder`` or
  ``fallback`` attribute is AMP's stand-in ("Loading poll…" in an ``<amp-iframe>``, "Annuncio non
  disponibile" in an ``<amp-ad>``): it goes as hidden. An ``<amp-accordion>``'s section and an element
  with a ``placeholder`` attribute outside AMP stay.
* ``dom._kicker`` / ``_label_before``: when the prose block holds the headline too (an ``<article>`` of short
  paragraphs whose dek and meta lines are its children: fr), the label just before the ``<h1>`` ("Politique
  sociale") is still the kicker (it was taken only outside the block). A subheading or a short line after
  the headline stays: only the element just before the ``<h1>`` is read.
* ``cleaner/passes/edge_htmlnextgen.key_points`` (hooked in ``promos.TeaserBox.run``): a live blog's key
  points under a heading of the teaser tables ("Destaques") stay when the box holds two to five points
  (the run of list items under the heading), none ending a sentence, at most one prose line over the
  heading (the pinned entry the extractor put first), and every point shares a long word (five letters or
  more) with the text's prose around it: the entries tell the points again. Other stories' headlines at
  the head, and the same story's headlines in a box after the article, still go.
* ``rules.toml`` ``[families.consent]``: "rgpd-banner", "rgpd-notice", "rgpd-popup" (a consent banner named
  for the GDPR's Romance initials; the pair only: a WordPress post's "tag-rgpd" stays).

Left: a pull quote's ``<cite>``, a tweet's attribution, an es live entry's "GOL" labels and the match's
score widget.

Equivalence against main at 3fa7e8c (``bench.equivalence``, HTML included): of the old inputs two changed,
both by the kicker rule, both residue gone: red team 24's de "Liveticker" (the label over the headline,
"Liveticker") and red team 28's ja MkDocs page ("このページを編集", the "Edit this page" link over the
headline, listed as left there). No old article line lost (``eqdiff.py``: none). HTML bench 0.987 / 0.990 /
0.989 (as main); text bench unchanged (recall 0.967 / 0.975 / 0.971, naive 0.864 / 0.988 / 0.922). A first
``key_points`` that also read loose lines (no list marker) moved one dev page's three lines from teaser-box
to detached-blocks (the same lines went): it reads list items only now, and no dev page changes.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline

import cleaner

PAGES_DIR = FIXTURES / "html_htmlnextgen45"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "de_nuxt_bahn": [
        "Karl-Peter Naumann, Pro Bahn",  # a pull quote's <cite>: the speaker's credit under the quote
    ],
    "en_liveblog_budget": [
        "— GambleAware (@GambleAware) November 26, 2025",  # an embedded tweet's attribution
    ],
    "es_directo_liga": [
        # the entries' "GOL" labels: on main the cookie bar's paragraph was the prose block and the extractor dropped
        # the line-ups; the feed is read whole now, its labels too (the score widget, 'marcador', goes: htmlsport46)
        "GOL",
        "GOL",
        "GOL",
    ],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 20, min_gold=2, tag=tagged_inline
)


# --- a live blog's feed named like a ticker, beside the header that holds the block --------------------

LIVE_URL = "https://news.example/2025/03/09/wahl-liveticker"
ENTRIES = [
    "Der Spitzenkandidat spricht vor Anhängern in Stuttgart von einem klaren Auftrag.",
    "Die Grünen räumen Verluste ein und kündigen eine Aufarbeitung an.",
    "Die Wahllokale haben geschlossen, die erste Prognose kommt um 18 Uhr.",
]
HEAD = (
    "<div class='ticker-head'><h1>Landtagswahl im Liveticker: CDU vorn, Grüne verlieren deutlich</h1>"
    "<p class='ticker-dek'>Alle Ergebnisse, Stimmen und Reaktionen zur Landtagswahl im Überblick, laufend aktualisiert.</p></div>"
)
FACTS = (
    "<section class='ticker-facts'><h2>Das Wichtigste in Kürze</h2><ul><li>CDU laut Hochrechnung bei 31,5 Prozent</li>"
    "<li>Grüne fallen auf 21 Prozent</li></ul></section>"
)


def _feed(entries: list[str]) -> str:
    return "<div class='ticker-entries'>" + "".join(
        f"<article class='ticker-entry'><div class='ticker-entry__time'>2{k}:1{k} Uhr</div>"
        f"<div class='ticker-entry__content'><p>{e}</p></div></article>"
        for k, e in enumerate(entries)
    ) + "</div>"


def test_a_live_feed_named_ticker_beside_its_header_stays() -> None:
    html = f"<html><body><main>{HEAD}{FACTS}{_feed(ENTRIES)}</main><footer><p>© 2025 Verlag</p></footer></body></html>"
    out = lines(cleaner.clean_html(html, url=LIVE_URL))
    for line in ENTRIES:
        assert line in out
    assert "- CDU laut Hochrechnung bei 31,5 Prozent" in out or "CDU laut Hochrechnung bei 31,5 Prozent" in out
    assert not any(line.endswith(" Uhr") and len(line) < 12 for line in out)  # an entry's bare time still goes


def test_a_news_ticker_beside_an_article_still_goes() -> None:
    """A sidebar's ticker of short unlinked news holds less prose than the article beside it: it goes."""
    article = "".join(
        f"<p>The operator will run one return sailing a day instead of two from November to March, it said. Paragraph {k}.</p>"
        for k in range(5)
    )
    ticker = (
        "<div class='newsticker ticker'><div class='ticker-item'><span>12:31</span> Bundestag beschließt den Haushalt.</div>"
        "<div class='ticker-item'><span>12:10</span> Bahn streicht Sprinter im Sommer.</div></div>"
    )
    html = f"<html><body><main><article><h1>Ferry cuts</h1>{article}</article><aside>{ticker}</aside></main></body></html>"
    result = cleaner.explain_html(html, url="https://news.example/2025/03/ferry")
    assert "Bundestag" not in result.text
    assert sum("Paragraph" in line for line in lines(result.text)) == 5


def test_ticker_facts_without_a_feed_still_go() -> None:
    """Key points named like a ticker are kept only beside a live feed: alone, a ticker box goes as before."""
    article = "".join(
        f"<p>The operator will run one return sailing a day instead of two from November to March, it said. Paragraph {k}.</p>"
        for k in range(5)
    )
    html = f"<html><body><main><article><h1>Ferry cuts</h1>{article}</article>{FACTS}</main></body></html>"
    result = cleaner.explain_html(html, url="https://news.example/2025/03/ferry")
    assert "Hochrechnung" not in result.text


# --- a cookie notice's paragraph is never the prose block ----------------------------------------------

SHORT = [
    "¡Final del partido! Tres puntos de oro para el Valencia.",
    "Cambio en el Betis: entra Vitor Roque por Bakambu.",
    "Isco adelanta al Betis con un disparo raso desde la frontal.",
]
BANNER = (
    "<div class='{name}'><p>Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario. "
    "Si continúa navegando está dando su consentimiento para la aceptación de las mencionadas cookies.</p></div>"
)


@pytest.mark.parametrize("name", ["cookie-bar", "rgpd-banner"])
def test_a_cookie_notice_longer_than_each_entry_goes_and_the_entries_stay(name: str) -> None:
    entries = "".join(f"<article class='entrada'><div class='entrada__texto'><p>{e}</p></div></article>" for e in SHORT)
    html = (
        f"<html><body>{BANNER.format(name=name)}<main><h1>Valencia - Betis, en directo</h1>"
        f"<div class='entradas'>{entries}</div></main></body></html>"
    )
    result = cleaner.explain_html(html, url="https://deportes.example/directo/valencia-betis")
    out = lines(result.text)
    for line in SHORT:
        assert line in out
    assert "cookies" not in result.text
    assert any(r.pass_name == "dom:consent" for r in result.removed)


def test_an_article_in_an_element_named_like_consent_stays() -> None:
    """A wrapper so named holding most of the page's prose is the article's (the block stays in it)."""
    paras = "".join(
        f"<p>Los ayuntamientos podrán limitar los pisos turísticos en las zonas tensionadas, según el decreto. Párrafo {k}.</p>"
        for k in range(4)
    )
    html = f"<html><body><div class='consent-wrapper'><main><article><h1>Vivienda</h1>{paras}</article></main></div></body></html>"
    out = lines(cleaner.clean_html(html, url="https://diario.example/economia/pisos"))
    assert sum("Párrafo" in line for line in out) == 4


def test_a_post_tagged_with_the_gdpr_initials_stays() -> None:
    """'rgpd' names a consent banner only with 'banner', 'notice' or 'popup': a WordPress post's topic class stays."""
    paras = "".join(
        f"<p>La CNIL a infligé une amende de 40 millions d'euros à une régie publicitaire pour des cookies déposés sans accord. Paragraphe {k}.</p>"
        for k in range(3)
    )
    html = (
        "<html><body><main><article class='post type-post tag-rgpd category-droit'><h1>Amende record</h1>"
        f"<div class='entry-content'>{paras}</div></article></main></body></html>"
    )
    out = lines(cleaner.clean_html(html, url="https://blog.example/2025/amende-cnil"))
    assert sum("Paragraphe" in line for line in out) == 3


# --- an AMP component's placeholder and fallback -------------------------------------------------------

AMP_PARAS = [
    f"<p>All ferry sailings to Arran, Mull and Islay have been cancelled for Thursday as the storm arrives. Paragraph {k}.</p>"
    for k in range(6)
]
AMP_HEAD, AMP_TAIL = "".join(AMP_PARAS[:3]), "".join(AMP_PARAS[3:])


@pytest.mark.parametrize(
    "component",
    [
        "<amp-iframe width='600' height='400' layout='responsive' sandbox='allow-scripts' src='https://x.example/poll/1'><div placeholder>Loading poll…</div></amp-iframe>",
        "<amp-ad width='300' height='250' type='doubleclick' data-slot='/1/amp/mpu'><div fallback>Annuncio non disponibile</div></amp-ad>",
        "<amp-img src='/a.jpg' width='4' height='3' layout='responsive' alt=''><div fallback>Image unavailable, please try again later</div></amp-img>",
    ],
)
def test_an_amp_components_placeholder_or_fallback_goes(component: str) -> None:
    html = f"<html amp><body><main><article><h1>Storm</h1>{AMP_HEAD}{component}{AMP_TAIL}</article></main></body></html>"
    result = cleaner.explain_html(html, url="https://coast.example/news/storm")
    assert sum("Paragraph" in line for line in lines(result.text)) == 6
    assert not any(w in result.text for w in ("Loading poll", "non disponibile", "Image unavailable"))
    assert any(r.pass_name == "dom:hidden" and "AMP" in r.reason for r in result.removed)


@pytest.mark.parametrize(
    "block",
    [
        # an accordion's section: its content is the article's (no stand-in attribute)
        "<amp-accordion><section><h4>Where the warning applies</h4><p>The amber warning covers Argyll, Bute and North Ayrshire until 9pm.</p></section></amp-accordion>",
        # a paragraph with a "placeholder" attribute outside any AMP component
        "<div class='note' placeholder='x'><p>The amber warning covers Argyll, Bute and North Ayrshire until 9pm.</p></div>",
    ],
)
def test_article_text_beside_amp_stand_ins_stays(block: str) -> None:
    html = f"<html amp><body><main><article><h1>Storm</h1>{AMP_HEAD}{block}{AMP_TAIL}</article></main></body></html>"
    out = lines(cleaner.clean_html(html, url="https://coast.example/news/storm"))
    assert "The amber warning covers Argyll, Bute and North Ayrshire until 9pm." in out


# --- the kicker over the headline when the prose block is the <article> itself ------------------------

SHORT_FR = [
    "Les partenaires sociaux se sont quittés lundi soir sans accord.",
    "Le patronat refusait tout retour sur l'âge légal de 64 ans.",
]


def _fr_article(before: str, after: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in SHORT_FR)
    return (
        f"<html><body><main><article class='article'>{before}<h1>Retraites : le conclave se sépare sans accord</h1>"
        "<p class='article__chapo'>Après quatre mois de discussions, syndicats et patronat n'ont pas trouvé de compromis.</p>"
        "<p class='article__meta'>Par Lucie Martin, publié le 24 juin 2025 à 06h30, lecture 4 min.</p>"
        f"{after}<div class='article__content'>{paras}</div></article></main></body></html>"
    )


def test_a_kicker_over_the_headline_inside_the_block_goes() -> None:
    result = cleaner.explain_html(_fr_article("<p class='article__rubrique'>Politique sociale</p>"), url="https://obs.example/politique/retraites")
    out = lines(result.text)
    assert "Politique sociale" not in out
    for line in SHORT_FR:
        assert line in out


@pytest.mark.parametrize(
    "after",
    [
        "<h2>Ce qui bloque</h2>",  # a subheading after the headline
        "<p>Pas de compromis</p>",  # a short line of the article after the headline
    ],
)
def test_short_lines_after_the_headline_inside_the_block_stay(after: str) -> None:
    out = lines(cleaner.clean_html(_fr_article("<p class='article__rubrique'>Politique sociale</p>", after), url="https://obs.example/politique/retraites"))
    text = after.split(">")[1].split("<")[0]
    assert text in out
    for line in SHORT_FR:
        assert line in out


# --- a live blog's key points under a teaser heading ("Destaques"), told again by its entries ----------

PT_ENTRIES = [
    "Com 98% das freguesias apuradas, o PS vence em Lisboa com 38,2% dos votos.",
    "O candidato do PSD no Porto já reconheceu a vitória e felicitou o adversário.",
    "A abstenção ficou em 44,6%, a mais baixa desde 2005, segundo a administração eleitoral.",
]


def _pt(box: list[str], where: str) -> str:
    lines_ = ["Destaques", *(f"- {b}" for b in box)]
    return "\n".join([*lines_, *PT_ENTRIES] if where == "head" else [*PT_ENTRIES, *lines_])


def test_key_points_told_again_by_the_entries_stay() -> None:
    box = ["PS recupera a Câmara de Lisboa", "Abstenção abaixo dos 45%"]
    out = lines(cleaner.clean_text(_pt(box, "head"), language="pt"))
    assert "- PS recupera a Câmara de Lisboa" in out
    assert "- Abstenção abaixo dos 45%" in out


@pytest.mark.parametrize(
    ("box", "where"),
    [
        # other stories' headlines at the head: their words are not the entries'
        (["Metro terá linha nova até Guarulhos", "Frente fria derruba temperaturas no fim de semana"], "head"),
        # headlines of the same story's topic after the article (a related box at its end)
        (["PS recupera a Câmara de Lisboa", "Abstenção abaixo dos 45%"], "tail"),
    ],
)
def test_a_teaser_box_under_destaques_still_goes(box: list[str], where: str) -> None:
    result = cleaner.explain_text(_pt(box, where), language="pt")
    out = lines(result.text)
    assert not any(b in line for b in box for line in out)
    assert any(r.pass_name == "teaser-box" for r in result.removed)
    for line in PT_ENTRIES:
        assert line in out


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
