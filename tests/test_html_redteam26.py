# ruff: noqa: E501  (residue lines quoted whole)
"""HTML red team 26: whole pages of the builds and shapes the earlier HTML probes had not covered,
``fixtures/html_redteam26/<lang>_<name>.html``: Ghost (kg callout, button, bookmark and signup cards; a toggle
card whose heading and answer are the article's), Substack (subscribe widgets mid-article, "Share" buttons,
footnotes, like/restack counts), Medium (clap and response counts, "Follow", responses, "More from"), Blogger
(a recipe of ``<div>``s and ``<br>``s; an Arabic travel post of ``<span>``s), Squarespace (a newsletter block
between the body's blocks), Wix (fr, nl), Hugo and Jekyll static blogs (a code block, a table of contents in
``<details>``), news with inline "related" boxes between paragraphs (en, it, pl, ja, ar), an article of
``<div>``s without ``<p>`` (nl), a data table (de), ``<details>``/``<summary>`` FAQs that are the article (en,
pl), ``<figure>``/``<figcaption>`` with credits (fr), a paywalled teaser (es), an article in ``<main>`` beside
an ``<aside>`` newsletter box (pl), a consent ``<dialog>`` (it), print-friendly pages (en, it), emoji written
with the zero-width joiner (en), and boxes named "cta" / "newsletter-teaser" that hold real article paragraphs
(en, de). Two more pages hold the article only in their JSON-LD (``jsonld/``: a thin DOM a script would fill);
they are read by :func:`test_a_json_ld_article_body_comes_out` (their gold is the ``articleBody``).

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_redteam26.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 32 pages, 234 article lines), before: **9 article lines lost, 12 residue lines left**. Lost:
  three paragraphs of a "cta cta--feature-intro" box in the middle of an en feature and three of a
  "newsletter-teaser box-newsletter" section of a de one (the forms family took each box whole, by its
  name: ``dom:forms``); three emoji paragraphs, written without their joiners ("👨👩👧", "👩💻": trafilatura
  drops U+200D as a control character; those three lines were also counted as residue). After the two fixes
  below: **0 lost, 9 left** (the JSON-LD pages came out whole before and after).
* round 2 (5 pages, 25 article lines, aimed at the new guard): a ja "cta" box of the article's paragraphs
  (paragraphs of 95 and 103 characters), an it "cta-box" whose paragraphs are ``<div class="cta-box__text">``,
  the subscribers' part of a fr article in a "paywall-content" box that closes it, a membership appeal of two
  long paragraphs and a button in a "cta cta-support" box mid-article (en), and a pl newsletter box of two
  long paragraphs and a form. Before: **6 lost, 3 left** (the ja, it and fr paragraphs; the en appeal's two
  paragraphs); after: **0 lost, 1 left**. In all: 37 pages, 259 article lines, **0 lost, 10 left**.

Fixes (over-stripping first):

* ``html/keep.py`` ``prose_box`` (asked by ``html/dom.py`` of an element the forms family names, not a
  ``<form>``): a box of the prose block that holds a run of the article's paragraphs stays, its names dropped
  for the extractor: no ``<form>``, no e-mail field and no button (a link standing alone, or loose in the box
  beside its paragraphs) in it; two paragraphs (``<p>``, or a ``<div>`` of text) of 100 characters outside
  links at least, a character of an unspaced script counting two, each ending a sentence, holding 70% of its
  text; and the article goes on after it (a paragraph of 50 characters outside links follows in the prose
  block, outside any box named as residue), unless the box is named as the paywalled part (``[paywalled]`` in
  ``html/rules.toml``: "paywall", "regwall", "meter", "piano"), which closes the article. The elements inside
  a box so kept are not taken by forms names either ("cta-box__text"). Still taken: a sign-up box with a form
  or an e-mail field, whatever its paragraphs; a one-paragraph pitch with a button (Ghost's CTA card, a
  Substack widget); a membership appeal of long paragraphs with a button, mid-article; a paywall's notice;
  long paragraphs that close the article in a "cta" box; a box followed only by another sign-up box.
* ``html/extract.py`` ``run_trafilatura``: the zero-width joiner reaches trafilatura as a printable stand-in
  (U+2426, only when the page holds none), like the non-joiner, and is put back in what comes out: emoji
  sequences ("👩‍💻"), the Indic half forms and conjuncts ("क्‍ष"), Sinhala "ශ්‍රී".

``bench.bench_html`` (cleaner, 181 pages): P 0.98750 R 0.98976 F1 0.98863 acc 0.5801 before and after (no
dev page changes). ``pagecmp`` (text path, untouched): changed 0/362.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, paragraphs_out, report
from html_probes import tagged_inline as tagged
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.document import normalize_space
from cleaner.html.extract import ZWJ, ZWJ_STAND_IN

PAGES_DIR = FIXTURES / "html_redteam26"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {
    "ar_akhbar_iqra_aydan": [],
    "ar_blogger_mudawwana": [],
    "de_hugo_blog": [],
    "de_newsletter_klasse_echter_text": [],
    "de_tabelle_daten": [],  # the kicker "Wohnen" goes since red team 27 (dom.py _kicker)
    "en_cta_box_real_paragraphs": [],
    "en_emoji_zwj_blog": [],
    "en_faq_details": [],
    "en_ghost_kg_cards": [
        "New here? The Commons Ledger is free. Subscribe to get every story about shared things in your inbox.",  # a Ghost callout card ("kg-callout-card"): its names are a note's, its sentence a sign-up prompt the text passes leave
    ],
    "en_medium_claps": [
        "27",  # the responses count beside the speech-bubble button (the claps count sat in a <button>)
    ],
    "en_news_related_inline": [],
    "en_print_friendly": [],
    "en_squarespace_blog": [],
    "en_substack_footnotes": [],
    "en_support_box_mid_article": [],
    "es_jekyll_blog": [],
    "es_medium_historia": [
        "15",  # the responses count, as on the en page
    ],
    "es_muro_pago": [],  # the kicker and the premium label go since red team 27 (dom.py _kicker)
    "fr_figures_credits": [],
    "fr_ghost_lettre": [],
    "fr_paywall_contenu_abonne": [],
    "fr_wix_blog": [],
    "it_cta_box_div_paragrafi": [],
    "it_dialog_consenso": [],
    "it_news_correlati": [],
    "it_versione_stampa": [
        "| | Stampato il 14/05/2025 |",  # the print page's header row (a layout table: the logo cell empty)
    ],
    "ja_cta_box_honbun": [],
    "ja_news_kanren": [],
    "ja_note_blog": [],
    "nl_divs_zonder_p_nieuws": [
        "REGIO",  # the kicker
    ],
    "nl_wix_blog": [
        "Sanne de Vries 28 sep 2024 3 min. leestijd",  # Wix's post header: name, date and reading time in <span data-hook>s, no separators
        "48 weergaven2 reacties",  # Wix's post stats (views, comments) run together
    ],
    "pl_faq_details_poradnik": [],
    "pl_main_aside_newsletter": [],
    "pl_newsletter_dwa_akapity": [
        "Marta Kowalczyk · 9 kwietnia 2025",  # the byline row ("autor": no residue name of its own)
    ],
    "pl_wiadomosci_czytaj_takze": [],
    "pt_blogspot_receitas": [],
    "pt_substack_partilhar": [],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 30, min_gold=4, tag=tagged
)


# --- the zero-width joiner ---------------------------------------------------------------------

URL = "https://news.example/2025/03/strike"
PARA = (
    "The union called a 48-hour strike on Wednesday, and most long-distance trains were cancelled across "
    "the country. Paragraph {}."
)
EMOJI = "The rota is shared by the family {} and the team's two developers {}. Paragraph {}."
FAMILY, CODER = "👨\u200d👩\u200d👧", "👩\u200d💻"
#: Hindi with a joiner asking for the half form ("क्‍ष"), Sinhala's "ශ්‍රී" (the joiner makes the rakaransaya)
INDIC = "श्री लंका को सिंहली में ශ්‍රී ලංකා लिखते हैं, और यहाँ क्‍ष का आधा रूप जोड़ से बनता है। अनुच्छेद {}."


def _page(paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><body><article><h1>Strike</h1><div class='body'>{body}</div></article></body></html>"


def test_a_zero_width_joiner_stays_in_its_emoji_sequence() -> None:
    paras = [EMOJI.format(FAMILY, CODER, n) for n in range(4)]
    out = lines(cleaner.clean_html(_page(paras), url=URL))
    for p in paras:
        assert p in out


def test_a_zero_width_joiner_stays_in_indic_and_sinhala_words() -> None:
    paras = [INDIC.format(n) for n in range(4)]
    out = lines(cleaner.clean_html(_page(paras), url="https://hi.example/news/1"))
    for p in paras:
        assert p in out


def test_both_joiners_stay_in_one_page() -> None:
    paras = [INDIC.format(n) + " می\u200cشود" for n in range(4)]
    out = lines(cleaner.clean_html(_page(paras), url="https://hi.example/news/1"))
    for p in paras:
        assert p in out


def test_a_pages_own_joiner_stand_in_is_left_alone() -> None:
    # the stand-in is used only when the page holds none: a page holding one keeps it, and the joiner is dropped
    # as before (trafilatura's behaviour) rather than written where the page had the stand-in
    paras = [EMOJI.format(FAMILY, CODER, n) for n in range(4)] + [
        f"The control picture {ZWJ_STAND_IN} stands for a substitute."
    ]
    out = cleaner.clean_html(_page(paras), url=URL)
    assert ZWJ_STAND_IN in out
    assert ZWJ not in out


# --- a box named like a sign-up ("cta", "newsletter") that holds a run of the article's paragraphs ------------

LONG = [
    "The target was four hundred thousand pounds. Nobody on the steering group had raised more than a few thousand before, and the first meeting drew forty people.",
    "What changed the mood was a spreadsheet: if the pub paid a market rent to the new company, it could cover a mortgage and still pay its shareholders.",
    "By the end of the summer 212 people had bought shares, at a minimum of 250 pounds each. The youngest shareholder was nine years old.",
]


def _boxed(box_class: str, inner: str, after: bool = True) -> str:
    paras = [f"<p>{PARA.format(n)}</p>" for n in range(6)]
    tail = "".join(paras[3:]) if after else ""
    head = "".join(paras[:3]) + ("" if after else "".join(paras[3:]))
    return (
        f"<html><body><main><article><h1>Strike</h1><div class='entry-content'>{head}"
        f"<div class='{box_class}'>{inner}</div>{tail}</div></article></main></body></html>"
    )


@pytest.mark.parametrize("box_class", ["cta cta--feature-intro", "newsletter-teaser box-newsletter", "inline-cta"])
def test_a_sign_up_named_box_holding_the_articles_paragraphs_stays(box_class: str) -> None:
    inner = "".join(f"<p>{p}</p>" for p in LONG)
    out, result = paragraphs_out(_boxed(box_class, inner), URL)
    for p in LONG:
        assert p in out
    assert not any(r.pass_name == "dom:forms" for r in result.removed)


def test_the_paragraphs_of_such_a_box_written_as_named_divs_stay() -> None:
    # the box's paragraphs are <div>s named like it ("cta-box__text"): kept with the box
    inner = "".join(f"<div class='cta-box__text'>{p}</div>" for p in LONG)
    out, _ = paragraphs_out(_boxed("cta-box", inner), URL)
    for p in LONG:
        assert p in out


def test_the_subscribers_part_of_the_body_in_a_paywall_box_stays() -> None:
    # it closes the article: no paragraph follows it, and its name says it is the paywalled part
    inner = "".join(f"<p>{p}</p>" for p in LONG)
    out, _ = paragraphs_out(_boxed("paywall-content", inner, after=False), URL)
    for p in LONG:
        assert p in out


def test_unspaced_scripts_paragraphs_count_their_characters_twice() -> None:
    ja = [
        "改修費のおよそ四千万円は、国の補助金とクラウドファンディング、それに地元の信用金庫からの融資でまかなった。参加者は六百人を超えた。",
        "ぶどうは村内の十二軒の農家から買い取っている。高齢で畑を続けられなくなった農家の区画を、兄弟が借りて自ら栽培する例も増えてきた。",
    ]
    inner = "".join(f"<p>{p}</p>" for p in ja)
    out, _ = paragraphs_out(_boxed("cta", inner), URL)
    for p in ja:
        assert p in out


@pytest.mark.parametrize(
    ("box_class", "inner", "after"),
    [
        # a sign-up box: a heading, a sentence, a form
        (
            "cta newsletter-cta",
            "<h3>Enjoyed this story?</h3><p>Get The Countryside Review's best features every Sunday. It's free.</p><form><input type='email'><button>Sign me up</button></form>",
            True,
        ),
        # long paragraphs, but an e-mail field (no <form>): a sign-up box
        ("newsletter-box", "".join(f"<p>{p}</p>" for p in LONG[:2]) + "<input type='email' name='email'>", True),
        # one long paragraph and a button: a pitch
        (
            "kg-card kg-cta-card",
            "<p>Runway Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><a href='/subscribe'>Subscribe now</a>",
            True,
        ),
        # two long paragraphs and a button beside them, mid-article: a membership appeal
        (
            "cta cta-support",
            "<p>The Island Times is owned by its readers. We are a small team of two reporters, and every story we publish is paid for by people who believe in it.</p><p>If you can, please support our journalism with a contribution from three pounds a month. It takes a minute and you can cancel at any time.</p><a href='/support'>Support The Island Times</a>",
            True,
        ),
        # a paywall's notice: long sentences, and a button
        (
            "paywall",
            "<p>This article is for subscribers only. Subscribe today for unlimited access to every story, our archive going back to 1998 and the daily digital edition.</p><p>Your first month costs one pound, then nine pounds ninety-nine a month; you can cancel at any time online.</p><p><a href='/subscribe'>Subscribe now</a></p>",
            False,
        ),
        # two long paragraphs that close the article: a membership appeal, not a run of the article
        (
            "cta membership-cta",
            "<p>Independent local journalism costs money to produce, and we rely on readers like you to keep our reporters in the courts and council chambers.</p><p>If you value what we do, please consider supporting us with a membership from three pounds a month. It takes a minute and you can cancel at any time.</p>",
            False,
        ),
    ],
)
def test_a_sign_up_box_still_goes(box_class: str, inner: str, after: bool) -> None:
    out, result = paragraphs_out(_boxed(box_class, inner, after), URL)
    first = normalize_space(LexborHTMLParser(inner).body.text(separator=" "))[:30]  # type: ignore[union-attr]
    assert not any(line.startswith(first) for line in out)
    assert any(r.pass_name == "dom:forms" for r in result.removed)


def test_a_box_followed_only_by_another_sign_up_box_goes() -> None:
    # the article does not go on after it: the paragraph after it sits in another box named as residue
    inner = "".join(f"<p>{p}</p>" for p in LONG[:2])
    html = _boxed("cta", inner, after=False).replace(
        "</div></article>",
        "<div class='newsletter'><p>Get our best stories every Sunday, free, in your inbox. Sign up below.</p></div></div></article>",
    )
    out, _ = paragraphs_out(html, URL)
    assert LONG[0] not in out


# --- pages whose article is only in their JSON-LD (a thin DOM a script fills) ----------------------------------

JSONLD = sorted((PAGES_DIR / "jsonld").glob("*.html"))


@pytest.mark.parametrize("page", JSONLD, ids=lambda p: p.stem)
def test_a_json_ld_article_body_comes_out(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    body = next(
        node["articleBody"]
        for block in LexborHTMLParser(html).css("script[type='application/ld+json']")
        for node in (lambda d: d if isinstance(d, list) else [d])(json.loads(block.text()))
        if "articleBody" in node
    )
    text = cleaner.clean_html(html, url=f"https://www.example.org/{page.stem}/1")
    assert normalize_space(body) in lines(text)
    assert "Impressum" not in text and "Privacy" not in text


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged)
