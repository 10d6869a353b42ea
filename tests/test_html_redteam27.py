# ruff: noqa: E501  (residue lines quoted whole)
"""HTML red team 27: whole pages of the shapes the earlier HTML probes had not covered,
``fixtures/html_redteam27/<lang>_<name>.html``: Next.js pages (the article in the markup and again in a big
``__NEXT_DATA__`` script: en, de, nl), AMP pages (``amp-img``, ``amp-ad``, ``amp-social-share``,
``amp-carousel``, ``amp-sidebar``, ``amp-user-notification``: en, it, ar), live blogs (a pinned summary, entries
with times and titles, "Show 24 more updates": en, fr, pt, ar), paginated articles ("Seite 2 von 3", "Página
1 de 3", "2/3ページ", next-page links: de, es, ja), infinite scroll (a second whole article under "Up next",
"Próxima notícia", "다음 기사", "Siguiente noticia": en, pt, ko, es), galleries whose captions are the article
(en, nl, it, de), embedded tweets, Instagram and TikTok blockquotes (en, ja), ``<noscript>``, ``<template>``,
``hidden`` and ``aria-hidden`` content (en, es, fr), long ``<figcaption>`` (fr), footnotes and endnotes (en, de,
a wiki's "↑" notes in it), a data table (it), definition lists (pt, ko).

Editorial decisions: an embedded post's text is the article's (gold): the paragraph before it introduces it
("The museum posted the picture with a short apology:"), and a print edition prints it as a quote; its
attribution line ("— Name (@handle) April 8, 2025") is soft (the quote's source, or the embed's chrome);
Instagram's "View this post on Instagram" / "A post shared by" and TikTok's "♬ original sound" line are
residue. A live entry's time is soft, its title and text gold. The timestamps' and galleries' counters
("1/5") are residue. An article's captions are residue (the dev gold leaves out 87 of the 89 long
``<figcaption>`` of its pages): the fr page's two long captions, tagged gold in the blind round, are soft; a
gallery's captions are the article. A table's "Fonte: …" line is soft (a credit, or the table's source).

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_redteam27.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 29 pages, 190 article lines), before: **10 article lines lost, 12 residue lines left**
  (as first tagged: 13 and 14; the caption, "Fonte" and attribution lines re-tagged as above, and the
  endnotes' gold written without their "↩︎"). Lost: the five captions of an en gallery (``dom:captions``
  takes every ``<figcaption>``); three endnotes (each ends in a "↩︎" back-link: trafilatura took the list
  for a list of links); two paragraphs of an en article collapsed behind "Continue reading" in an
  ``aria-hidden`` box (``dom:hidden``). Left: the five lines of a second article appended under "Up next"
  (en), four kickers over the headline ("AGRICOLTURA", "Educación", "Nieuws", "مباشر"), a donation appeal, a
  TikTok embed's line, a scoreboard run together. After: **0 lost, 2 left**.
* round 2 (5 pages, 23 article lines, aimed at the new rules): a de gallery of bare ``<figcaption>`` (the
  block was one of its figures), an en photo essay whose captions must still go, an es infinite scroll of
  ``<div>``-wrapped articles, a fr article's rest in a ``hidden`` box beside an ``aria-hidden`` paywall
  modal, an it wiki's notes with "↑" back-links before their text. Before: **7 lost, 5 left**; after: **0
  lost, 2 left**. In all: 34 pages, 213 article lines, **0 lost, 4 left**.

Changes (``cleaner/html/dom.py``, ``keep.py``, ``rules.toml``):

* ``keep.gallery_page`` / ``gallery_root``: a page of three ``<figcaption>`` at least, holding more text
  outside links than all its ``<p>`` outside them, is a gallery: its captions stay (handed to the extractor
  as ``<div>``), and the element holding them is the prose block when it is the gallery's own (its text at
  most twice theirs); a caption's credit ("photo-credit") still goes. An article's captions (paragraphs
  holding more) still go, two captions make no gallery, and nor do captioned pictures beside an article of
  ``<div>``s (no ``<p>``) whose element holds more text than they do.
* ``dom._back_links``: a note's link back to where it is cited (to "#…", an arrow of at most three
  characters and no letter or digit, or ``role="doc-backlink"``) goes, and the list of notes stays. A
  same-page link of words or a number, and an arrow to another page, stay.
* ``keep.collapsed_rest``: a ``hidden``/``aria-hidden`` box inside the prose block that holds the rest of the
  article's paragraphs (a ``<p>`` of 100 characters ending a sentence, its ``<p>`` 70% of its text, no form,
  no button) stays, its names and hidden-ness dropped for the extractor. A paywall modal with a button, a
  hidden sign-up with a form, a hidden copy of the headline outside the block still go.
* ``dom._later_articles``: an ``<article>`` with an ``<h1>`` after the page's own ``<article>`` (which holds its
  ``<h1>``) is the next story appended by infinite scroll: it goes. ``<article>`` cards or comments without an
  ``<h1>`` stay, nothing goes when the page's article has no ``<h1>``, and a live blog's entries, each an
  ``<article>`` with its ``<h1>`` inside the page's ``<article>``, stay.
* ``dom._kicker``: the element (text and inline markup only) just before the ``<article>``'s ``<h1>``, outside
  the prose block, of three words at most and no sentence's end, and one more such before it: a section
  label ("AGRICOLTURA", "Educación"), a badge ("LIVE", "Exclusivo suscriptores"). A sentence, a longer
  label, an element holding blocks stay. (Also takes red team 26's "Wohnen" and "AGROALIMENTACIÓN Exclusivo
  suscriptores".)
* ``rules.toml`` forms tokens "donate", "donation", "donations", "spenden": a donation appeal's box, or one
  whose button links to "/donate" (the sign-up box rule).

``bench.bench_html`` (cleaner, 181 pages): P 0.98750 R 0.98976 F1 0.98863 acc 0.5801 before and after.
``pagecmp`` (text path, untouched): changed 0/362.

left33: the TikTok embed's one line ("@handle caption #tag ♬ original sound - Name") goes now (widgets.social, any language: the handle first and the sound's note).
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, PARA, URL, lines, page_probe_tests, paragraphs_out, report
from html_probes import paras as _paras
from html_probes import tagged_inline as tagged
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.html.keep import gallery_page
from cleaner.html.page import Page

PAGES_DIR = FIXTURES / "html_redteam27"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "en_social_embeds": [
    ],
    "es_articulo_siguiente_scroll": [
        "Jordi Puig · Barcelona · 28/04/2025",  # the byline row (no <time>, no byline name): once the appended article goes, trafilatura takes the whole <article>, not its body alone
    ],
    "fr_lire_la_suite_cache": [
        "Julien Mercier · 5 juin 2025",  # the byline row ("auteur": no byline name of its own)
    ],
    "pt_ao_vivo_futebol": [],  # the scoreboard ("Benfica2-1PortoFinal") goes: htmlsport46's score box names
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 25, min_gold=4, tag=tagged
)


def _removed(result: cleaner.Result, family: str) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == f"dom:{family}"]


# --- a gallery whose captions are the article ------------------------------------------------------

CAPTIONS = [
    "Crowds gather on the promenade an hour before the switch-off; more than 40,000 people came out for the final night.",
    "A tram decorated as a paddle steamer passes the Tower. The illuminated trams are restored each winter at the depot.",
    "An electrician who has worked on the lights for 31 years checks a tableau. Each tableau uses around 2,000 bulbs.",
    "At 11pm the lights go out section by section, from the south to the north. They will be switched on again next August.",
]


def _gallery(captions: list[str], body: str = "") -> str:
    figures = "".join(
        f"<figure><img src='/g/{k}.jpg' alt=''><figcaption><p class='caption'>{c}</p>"
        f"<span class='photo-credit'>Photograph: Jonah Pike/Coastline</span></figcaption></figure>"
        for k, c in enumerate(captions)
    )
    return (
        "<html><body><header><nav><a href='/'>Home</a><a href='/pictures'>Pictures</a></nav></header><main>"
        f"<h1>In pictures: the last night of the illuminations</h1>{body}<div class='gallery'>{figures}</div></main>"
        "<footer><p>© 2025 Coastline Media</p></footer></body></html>"
    )


def test_a_gallerys_captions_are_its_article() -> None:
    result = cleaner.explain_html(_gallery(CAPTIONS), url=URL)
    out = lines(result.text)
    for c in CAPTIONS:
        assert c in out
    assert "Jonah Pike" not in result.text  # each caption's credit still goes


def test_an_articles_captions_still_go() -> None:
    # the same captions beside paragraphs that hold more text: they describe the article's pictures
    out, result = paragraphs_out(_gallery(CAPTIONS[:3], f"<div class='body'>{_paras(6)}</div>"), URL)
    for c in CAPTIONS[:3]:
        assert c not in out
    assert len(_removed(result, "captions")) >= 3


def test_two_captions_make_no_gallery() -> None:
    result = cleaner.explain_html(_gallery(CAPTIONS[:2]), url=URL)
    assert not any(c in lines(result.text) for c in CAPTIONS[:2])


def test_an_article_of_divs_beside_captioned_pictures_is_no_gallery() -> None:
    # no <p> on the page: the captions outweigh its paragraphs, not its block of <div>s
    body = "".join(f"<div>{PARA.format(k)}</div>" for k in range(6))
    side = "".join(f"<figure><img src='/s/{k}.jpg'><figcaption>{c}</figcaption></figure>" for k, c in enumerate(CAPTIONS[:3]))
    html = f"<html><body><main><article><h1>Ferry</h1><div class='text'>{body}</div></article><div class='pictures'>{side}</div></main></body></html>"
    out, _ = paragraphs_out(html, URL)
    assert not any(c in out for c in CAPTIONS[:3])
    assert not gallery_page(Page(LexborHTMLParser(html).body))  # type: ignore[arg-type]
    assert gallery_page(Page(LexborHTMLParser(_gallery(CAPTIONS)).body))  # type: ignore[arg-type]


# --- a note's back-link --------------------------------------------------------------------------

NOTES = [
    "The line of the canal can still be traced on the 1886 Ordnance Survey map, sheet XXIV.",
    "Dunmere Canal Company, tonnage ledgers 1832–1890, County Record Office, ref. DC/4/1–12.",
    "Minutes of the board of the North Midland Railway, 14 May 1874. The purchase price was £18,500.",
]


@pytest.mark.parametrize(
    "back",
    [
        '<a href="#fnref{k}" class="footnote-back" role="doc-backlink">↩︎</a>',
        '<a href="#fnref{k}">↩</a>',
        '<a href="#cite-{k}">^</a>',
        '<a href="#ref{k}" role="doc-backlink">back</a>',
    ],
)
def test_a_list_of_notes_each_ending_in_a_back_link_stays(back: str) -> None:
    items = "".join(f'<li id="fn{k}"><p>{n} {back.format(k=k)}</p></li>' for k, n in enumerate(NOTES))
    body = _paras(4).replace("Paragraph 0.", 'Paragraph 0.<sup><a href="#fn0">1</a></sup>')
    html = (
        f"<html><body><article><h1>The canal</h1><div class='body'>{body}</div>"
        f"<section class='footnotes'><h2>Notes</h2><ol>{items}</ol></section></article></body></html>"
    )
    out, _ = paragraphs_out(html, URL, paras=4)
    for n in NOTES:
        assert n in out
    assert any(line.endswith("Paragraph 0.1") for line in out)  # the citing link's number stays


@pytest.mark.parametrize(
    "link",
    [
        '<a href="#section-2">See section 2</a>',  # a same-page link of words
        '<a href="#fig1">1</a>',  # a number
        '<a href="/next">→</a>',  # an arrow to another page: not a back-link (links elsewhere are judged apart)
    ],
)
def test_other_links_are_no_back_links(link: str) -> None:
    html = f"<html><body><article><h1>The canal</h1><div class='body'>{_paras(4)}<p>The ledgers say so {link} in full.</p></div></article></body></html>"
    result = cleaner.explain_html(html, url=URL)
    assert not any("back to where it is cited" in r.reason for r in result.removed)


# --- the rest of an article collapsed behind "Continue reading" ------------------------------------

REST = [
    "Shopkeepers had campaigned for the hub for two years. \"Half my takings are still in cash,\" said the owner of a hardware shop on Bridge Street.",
    "The hub will be open from 9am to 5pm on weekdays and from 9am to noon on Saturdays, in the same building.",
]


@pytest.mark.parametrize("attr", ['aria-hidden="true"', "hidden", 'hidden="until-found"'])
def test_the_articles_rest_behind_continue_reading_stays(attr: str) -> None:
    rest = "".join(f"<p>{p}</p>" for p in REST)
    html = (
        f"<html><body><article><h1>Bank hub</h1><div class='article-body'>{_paras(6)}"
        f"<button aria-expanded='false'>Continue reading</button><div class='read-more-content' {attr}>{rest}</div>"
        "</div></article></body></html>"
    )
    out, _ = paragraphs_out(html, URL)
    for p in REST:
        assert p in out


@pytest.mark.parametrize(
    "hidden",
    [
        # a paywall's modal in the body: a short pitch and a button
        "<div class='modal' hidden><h3>You've reached your limit of free articles</h3><p>Subscribe for just £1 a week to keep reading every story.</p><a href='/subscribe'>Subscribe</a></div>",
        # long sentences, and a link standing alone
        "<div aria-hidden='true'><p>This story is for subscribers only. Subscribe today for unlimited access to every story, our archive and the daily digital edition.</p><p><a href='/subscribe'>Subscribe now</a></p></div>",
        # long sentences, and a form
        "<div hidden><p>Get the morning briefing in your inbox every weekday: the five stories you need to know about before nine o'clock.</p><form><input type='email'></form></div>",
    ],
)
def test_hidden_residue_in_the_body_still_goes(hidden: str) -> None:
    html = f"<html><body><article><h1>Bank hub</h1><div class='article-body'>{_paras(3)}{hidden}{_paras(3, 3)}</div></article></body></html>"
    out, result = paragraphs_out(html, URL)
    assert not any("subscri" in line.lower() or "briefing" in line for line in out)
    assert _removed(result, "hidden")


def test_a_hidden_copy_of_the_headline_outside_the_body_still_goes() -> None:
    sticky = "<div class='sticky-bar' aria-hidden='true'><p>Town's last bank branch to become a banking hub, and what it means for the people who still pay in cash every week.</p></div>"
    html = f"<html><body>{sticky}<article><h1>Bank hub</h1><div class='article-body'>{_paras(6)}</div></article></body></html>"
    out, _ = paragraphs_out(html, URL)
    assert not any("banking hub" in line for line in out)


# --- another article appended after the page's own --------------------------------------------------

NEXT = "Slugs do most of their damage at night and after rain, which is exactly when most gardeners are indoors and asleep."


def _scroll(second: str, first_h1: str = "<h1>Tomatoes split</h1>") -> str:
    return (
        f"<html><body><main><article>{first_h1}<div class='entry-content'>{_paras(6)}</div></article>"
        f"<div class='divider'><span>Up next</span></div>{second}</main></body></html>"
    )


def test_a_second_article_appended_under_up_next_goes() -> None:
    second = f"<article><h1>Seven ways to beat slugs</h1><div class='entry-content'><p>{NEXT}</p><p>{NEXT}</p></div></article>"
    out, result = paragraphs_out(_scroll(second), URL)
    assert NEXT not in out
    assert _removed(result, "related")


@pytest.mark.parametrize(
    ("second", "first_h1"),
    [
        # articles without a headline of their own: comments, teaser cards
        (f"<article class='card'><h3>Seven ways to beat slugs</h3><p>{NEXT}</p></article>", "<h1>Tomatoes split</h1>"),
        # the page's article has no <h1> (the site's name is the page's): no headline to repeat
        (f"<article><h1>Seven ways to beat slugs</h1><p>{NEXT}</p></article>", "<h2>Tomatoes split</h2>"),
    ],
)
def test_other_articles_after_the_page_s_own_are_not_taken_for_a_second_story(second: str, first_h1: str) -> None:
    result = cleaner.explain_html(_scroll(second, first_h1), url=URL)
    assert not any("appended after" in r.reason for r in result.removed)


def test_a_live_blogs_entries_each_an_article_with_its_h1_stay() -> None:
    # the HTML5 outline: every entry an <article> with its own <h1>, inside the page's <article>
    entries = "".join(
        f"<article class='entry'><h1>Update {k}</h1><p>{PARA.format(k)}</p></article>" for k in range(6)
    )
    html = f"<html><body><main><article><h1>Storm live</h1><div class='entries'>{entries}</div></article></main></body></html>"
    _, result = paragraphs_out(html, URL)
    assert not any("appended after" in r.reason for r in result.removed)


# --- the kicker over the headline --------------------------------------------------------------------


@pytest.mark.parametrize(
    "kicker",
    [
        "<p class='occhiello'>AGRICOLTURA</p>",
        "<span class='antetitulo'>Educación</span>",
        "<div class='label'>Transport</div>",
        "<span class='section'>Local news</span> <span class='badge'>Exclusive to subscribers</span>",
    ],
)
def test_the_kicker_over_the_headline_goes(kicker: str) -> None:
    html = f"<html><body><article>{kicker}<h1>Ferry operator cuts winter sailings</h1><div class='body'>{_paras(6)}</div></article></body></html>"
    out, result = paragraphs_out(html, URL)
    assert out[1:] == [PARA.format(k) for k in range(6)]  # the headline (no <title> to match), then the body
    assert _removed(result, "metadata")


@pytest.mark.parametrize(
    "before",
    [
        "<p>Islanders say the new timetable leaves them without a return.</p>",  # a sentence (a dek over the headline)
        "<div class='label'>Ferries, islands and the mainland hospital</div>",  # more than three words
        "<div class='intro'><p>Winter</p></div>",  # no inline markup alone
    ],
)
def test_what_is_no_kicker_is_not_taken_for_one(before: str) -> None:
    html = f"<html><body><article>{before}<h1>Ferry operator cuts winter sailings</h1><div class='body'>{_paras(6)}</div></article></body></html>"
    result = cleaner.explain_html(html, url=URL)
    assert not any("kicker" in r.reason for r in result.removed)


# --- a donation appeal ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='support-box'><p>Long Reads Quarterly is free to read and funded by readers. If you enjoyed this essay, please consider a donation.</p><a href='/donate'>Donate</a></div>",
        "<div class='donation-appeal'><p>We are a charity. A gift of five pounds keeps this archive open for everyone.</p></div>",
    ],
)
def test_a_donation_appeal_goes(box: str) -> None:
    html = f"<html><body><article><h1>The canal</h1><div class='body'>{_paras(6)}</div>{box}</article></body></html>"
    out, _ = paragraphs_out(html, URL)
    assert not any("funded by readers" in line or "charity" in line for line in out)


def test_a_sentence_linking_to_a_donation_page_stays() -> None:
    said = "The trust raised £40,000 in a week through <a href='/donate'>its donation page</a>, more than it had hoped for in a year."
    html = f"<html><body><article><h1>The canal</h1><div class='body'>{_paras(3)}<p>{said}</p>{_paras(3, 3)}</div></article></body></html>"
    out, _ = paragraphs_out(html, URL)
    assert "The trust raised £40,000 in a week through its donation page, more than it had hoped for in a year." in out


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged)
