# ruff: noqa: E501  (residue lines quoted whole)
"""HTML red team 24: whole pages of the kinds and languages the earlier HTML probes covered least,
``fixtures/html_redteam24/<lang>_<name>.html``: a news story with header, nav, aside and footer, a
related rail and a newsletter box inside the ``<article>``; a live blog (en, de "Liveticker", es, nl)
with timestamped entries; recipe sites with jump-to-recipe, print and rating widgets (en WP Recipe
Maker, de Tasty Recipes, it, ja); product reviews with pros and cons and affiliate "Buy at" buttons
(en, es, pl); a WordPress dev blog with code blocks and a threaded comment list; a Q&A thread (en,
zh); forums (fr XenForo, ru phpBB); a docs page with sidebars and "Was this page helpful?" (en, nl);
a wire press release; a paywalled teaser; a photo essay whose captions are its text; an interview in
"Q:/A:" lines; news in el, hu, fi, id, vi, tr, pt, it, fr; and article-only controls whose prose
uses residue words ("cookie banner", "newsletter", "Anzeige", "All rights reserved").

Lines are tagged as in ``tests/html_probes.py`` (``data-gold``: must come out as a line of its own;
``data-soft``: either way; ``<tr data-gold>``: a table row), except that inline markup joins without a
space (a link inside a sentence: "the <a>regulator</a>'s report") and a ``<pre data-gold>`` gives one
line per line of code.

Measured with ``python tests/test_html_redteam24.py`` (round 1: 35 pages, 401 article lines):

* round 1, before: **19 article lines lost, 24 residue lines left**. Lost: the whole of a German
  "Liveticker" (9 lines: its entries are named "ticker-entry", and "ticker" named a page widget);
  the posts of a XenForo thread run into one line each (5: an ``<ol>`` of posts, each a
  ``<li>`` holding a ``<blockquote class=messageText>`` of ``<p>``s); two captions of a photo essay,
  a Q&A's question (zh), two sentences opening on a rights phrase (en, it). Left: byline and date
  rows named in the page's language ("autoria", "kirjoittaja", "szerzo"), a XenForo quote's header
  ("Jerome_44 a dit :"), a wire release's "SOURCE …" and "Logo - https://…" lines, affiliate
  disclosures (es, pl), a review's score (pl), an empty vote widget ("☆☆☆☆☆"), "SCROLL TO CONTINUE
  WITH CONTENT" and "Simak Video "…"" (id), phpBB's "Кто сейчас на конференции" (ru), and others below;
* round 1, after: **5 lost, 11 left** (the KNOWN lists below).
* round 2 (after reading the code, aimed at these rules and the old ones): a football "Liveticker" of
  short entries beside a stock ticker, a how-to whose steps are list items of paragraphs, a quote and
  a code block, a Portuguese live match page with ``<time>`` stamps in its entries: before, **7 lost
  and 1 left** on these 3 pages (the entries of the football ticker, too short for the first rule's
  80 characters: it now asks 12 and a sentence's end; the code block glued, known); after, 2 lost
  and 1 left, the glued code block: 38 pages, 433 article lines, **7 lost, 12 left** in all.

Fixes: a live blog's entry named like a ticker holding prose is the article's (``keep.live_entry``,
``[live]`` in ``html/rules.toml``); a list item's paragraphs and quotes reach the extractor unwrapped
with ``<br>``s (``dom._QUOTED_BLOCKS``), and a thread whose posts the extractor still runs together
(its last resort takes a post's quote element whole) is written from the posts' own lines
(``extract._posts_run_together``); a quote box's first line ending in a colon is the quoted post's
header (``threads.quote_heads``); a byline and date row holding a ``<time>`` over the article, whatever
its names (``dom._stamp_rows``); vocabulary: en "SOURCE … plc" and a release's media links, es and pl
affiliate disclosures, pl "Nasza ocena: 7,5/10", ru who-is-online heading, id "Simak Video "…"",
"scroll to continue with content", a row of hollow stars.

``bench.bench_html`` (cleaner, 181 pages): P 0.98696 R 0.98976 F1 0.98836 acc 0.5746 before and after
each round, to the last digit (on the dev set the byline-row rule takes three rows, all bylines: "Nov.
20, 2019, 9:28 AM UTC By Reuters", "by Jeff Foust — November 18, 2019"); ``pagecmp`` (text path, the
vocabulary): changed 0/362.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, page_probe_tests, paragraphs_out, report
from html_probes import tagged_inline as tagged

import cleaner

PAGES_DIR = FIXTURES / "html_redteam24"
PAGES = sorted(PAGES_DIR.glob("*.html"))


#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {
    "de_control_datenschutz": [],
    "de_fussball_liveticker": [],
    "de_liveticker": [],
    "de_rezept_blog": [],
    "el_eidiseis": [],
    "en_control_residue_words": [],
    "en_docs_helpful": [
        "note",  # an admonition's label (Docusaurus): a one-word heading of the note the article keeps
        "client.py",  # a code block's file name over it: the article's, arguably
    ],
    "en_howto_steps": [],  # htmldocs45: the code block in a list item comes out apart (dom._break_code_in_items)
    "en_interview_qa": [],
    "en_liveblog_budget": [],
    "en_news_rails": [],
    "en_paywall_teaser": [],
    "en_photo_essay": [],
    "en_press_release": [
        # the media contact under its label (the label goes): a name and a phone number alone, which an
        # article's list of helplines or of people holds too
        "Tom Archer",
        "+44 20 7946 0011",
    ],
    "en_qa_thread": [],
    "en_recipe_jump": [],
    "en_review_affiliate": [
        # an "Also consider" box in the review's body: a heading and a sentence naming another product (the
        # review's comparison, arguably)
        "Also consider",
        "Sony WH-1000XM5: lighter and smaller, but with a shorter battery life.",
    ],
    "en_wp_devblog": [],
    "es_news_directo": [],
    "es_review_comprar": [
        "8,1Nota TecnoCasa",  # the score box: two <span>s glued, the label names the site
    ],
    "fi_uutiset": [],
    "fr_forum_discussion": [],
    "fr_news_abonnes": [],
    "hu_hirek": [
        "Kovács Anna 2024.10.08. 14:32",  # the byline row holds no <time>: the date is a <span>
        # the donation box's appeal naming the outlet, and its button (an appeal naming another body is news)
        "A független újságírásnak ára van. Támogassa a Pesti Hírlapot havi 1000 forinttal!",
        "Támogatom",
    ],
    "id_berita": [],
    "it_news_leggi_anche": [],
    "it_ricetta": [],
    "ja_recipe_site": [],
    "nl_docs_hulp": [],
    "nl_nieuws_liveblog": [],
    "pl_recenzja": [],
    "pt_br_ao_vivo": [],
    "pt_br_noticia": [],
    "pt_pt_blog_comentarios": [],
    "ru_forum_vetka": [],
    "tr_haber_yorum": [
        "Haber Merkezi Giriş: 12.11.2024 10:45 Güncelleme: 12.11.2024 14:20",  # the desk and two stamps, no <time>
    ],
    "vi_tin_tuc": [],
    "zh_wenda": [],
}

#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {
    # a sentence opening on a rights phrase near the article's end (contrived: the phrase quoted inside a
    # sentence, the shape articles use, stays: test_rights_phrase_quoted_in_a_sentence_stays)
    "en_control_residue_words": [
        "All rights reserved, the industry’s lawyers argue, include the right to charge for content. The regulators disagree."
    ],
    "it_news_leggi_anche": [
        "Riproduzione riservata? No: secondo il Comune i dati del progetto saranno pubblicati in formato aperto entro l’estate."
    ],
    # a photo essay's captions are its text; on the dev set 23 of 26 captions of two sentences are not in the
    # gold body, so <figcaption> stays residue
    "en_photo_essay": [
        "Bill checks the cable at dawn, as he has done every morning since 1984. “If the cable goes, the ferry goes,” he says.",
        "A family from Birmingham crosses on a Sunday afternoon. Most of his passengers are walkers on the Severn Way.",
    ],
    # the question's text in the page's header box ("QuestionHeader"), beside the <h1>: a dek's place
    "zh_wenda": ["同一台空调，夏天制冷一个月电费两百左右，冬天制热却要四百多，这是正常的吗？"],
}


test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 38, min_gold=3, tag=tagged
)


# --- shapes found by the red team, with what must stay and what must still go -----------------

URL = "https://news.example/2025/03/strike"
PARA = (
    "The union called a 48-hour strike on Wednesday, and most long-distance trains were cancelled across "
    "the country. Paragraph {}."
)


def _out(html: str, paras: int = 6) -> tuple[list[str], cleaner.Result]:
    return paragraphs_out(html, URL, paras)


def _article(inner: str, before: str = "") -> str:
    paras = "".join(f"<p>{PARA.format(n)}</p>" for n in range(6))
    return (
        "<html><head><title>Strike</title></head><body><header><nav><a href='/'>Home</a></nav></header><main>"
        f"<article><h1>Rail strike</h1>{before}<div class='article-body'>{paras[: len(paras) // 2]}{inner}"
        f"{paras[len(paras) // 2 :]}</div></article></main><footer>© 2025 News</footer></body></html>"
    )


# a German "Liveticker": entries named "ticker-…" holding prose are the article; a ticker of headlines or
# prices, and the ticker's controls, are not

ENTRY = "Die Bahn rechnet damit, dass der Fernverkehr am Freitag wieder weitgehend planmäßig läuft. Eintrag {}."


def _liveticker(extra: str = "") -> str:
    entries = "".join(
        f"<div class='ticker-entry'><div class='ticker-time'>1{n}:00 Uhr</div><div class='ticker-body'>"
        f"<p>{ENTRY.format(n)}</p><p>{PARA.format(n)}</p></div></div>"
        for n in range(4)
    )
    return (
        "<html><head><title>Streik im Liveticker</title></head><body><main><article><h1>Bahnstreik im Liveticker</h1>"
        f"{extra}<div class='ticker-entries'>{entries}</div></article></main></body></html>"
    )


def test_a_livetickers_entries_stay() -> None:
    lines, _ = _out(_liveticker(), paras=4)
    assert [line for line in lines if line.startswith("Die Bahn")] == [ENTRY.format(n) for n in range(4)]


def test_a_football_tickers_short_entries_stay() -> None:
    short = ["Anpfiff! Der Ball rollt.", "Weiter geht's.", "Tor für Bremen! Ducksch trifft zum 2:1."]
    items = "".join(
        f"<div class='ticker-item'><div class='ticker-minute'>{n}.</div><div class='ticker-text'><p>{text}</p></div></div>"
        for n, text in enumerate(short)
    )
    html = _liveticker().replace("<div class='ticker-entries'>", f"<div class='ticker-entries'>{items}")
    lines, _ = _out(html, paras=4)
    for text in short:
        assert text in lines


@pytest.mark.parametrize(
    "box",
    [
        # a news ticker: headlines linking elsewhere
        "<div class='news-ticker'><a href='/a'>Streik: Pendler weichen auf Busse aus</a> <a href='/b'>Lufthansa streicht Flüge nach Berlin</a> <a href='/c'>DAX schließt im Minus nach schwachen US-Daten</a></div>",
        # a stock ticker: prices, no sentence
        "<div class='ticker'>DAX 18.432,10 +0,45 % · MDAX 26.120,50 −0,20 % · TecDAX 3.401,22 +0,10 % · Dow Jones 39.112 +0,30 %</div>",
        # the ticker's control: a label, no prose
        "<div class='ticker-refresh'><label>Automatisch aktualisieren</label></div>",
    ],
)
def test_a_ticker_that_is_no_entry_still_goes(box: str) -> None:
    lines, _ = _out(_liveticker(box), paras=4)
    assert not any(word in line for line in lines for word in ("DAX", "Lufthansa", "aktualisieren"))


# a list item's paragraphs: the extractor ran them into one line; a browser shows each on its own

STEP = "Switch off the boiler at the mains before you open the panel. Step {}."
WHY = "The pump keeps running for a few minutes after the burner stops, so wait until it is quiet."


def test_a_list_items_paragraphs_come_out_as_lines() -> None:
    items = "".join(f"<li><p>{STEP.format(n)}</p><p>{WHY}</p></li>" for n in range(3))
    lines, _ = _out(_article(f"<ol>{items}</ol>"))
    for n in range(3):
        assert STEP.format(n) in lines
    assert lines.count(WHY) == 3


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("<li><p>Heat the oven to 180C.</p></li>", "Heat the oven to 180C."),  # one paragraph: as before
        ("<li><span class='amount'>200 g</span> <span class='name'>flour</span></li>", "200 g flour"),  # inline parts
        ("<li><strong>Tip:</strong> leave the door shut.</li>", "Tip: leave the door shut."),
    ],
)
def test_a_list_item_of_one_block_stays_one_line(item: str, line: str) -> None:
    lines, _ = _out(_article(f"<ul>{item}<li>Another item of the list here</li></ul>"))
    assert line in lines


# a XenForo thread: an <ol> of posts, each a <li> holding a quote element of paragraphs; a quoted post's
# header is a <div> ending in a colon

POST = "I replaced the trap under the sink at the weekend and now the bottom nut drips. Post {}."
MORE = "I tightened it as hard as I could and it still leaks after a minute or two. Post {}."


def _xenforo(quote: str = "") -> str:
    posts = []
    for n in range(3):
        body = (quote if n == 1 else "") + f"<p>{POST.format(n)}</p><p>{MORE.format(n)}</p><p>{PARA.format(n)}</p>"
        posts.append(
            f"<li class='message' id='post-{n}'><div class='messageUserInfo'><a class='username' href='/m/{n}'>user{n}</a></div>"
            f"<div class='messageContent'><blockquote class='messageText'>{body}</blockquote></div>"
            f"<div class='messageMeta'><span class='DateTime'>2 Apr 2025</span> <a href='#'>Report</a></div></li>"
        )
    return (
        "<html><head><title>Leak under the sink</title></head><body><main><h1>Leak under the sink</h1>"
        f"<ol class='messageList'>{''.join(posts)}</ol></main></body></html>"
    )


def test_a_threads_posts_in_list_items_keep_their_lines() -> None:
    lines, _ = _out(_xenforo(), paras=3)
    for n in range(3):
        assert POST.format(n) in lines and MORE.format(n) in lines


def test_a_quote_boxs_header_goes_and_the_quoted_words_stay() -> None:
    quote = (
        "<div class='bbCodeQuote'><div class='attribution'>user0 a dit :</div>"
        f"<blockquote class='quoteContainer'><div class='quote'>{POST.format(0)}</div></blockquote></div>"
    )
    lines, result = _out(_xenforo(quote), paras=3)
    assert "user0 a dit :" not in lines
    assert lines.count(POST.format(0)) == 2  # the post, and the reply quoting it
    assert any(r.pass_name == "dom:thread" and "quoted post" in r.reason for r in result.removed)


def test_a_quotes_own_first_line_ending_in_a_colon_stays() -> None:
    # a reply quoting the manual: its first line ends in a colon, but no other post holds the words under it
    quote = (
        "<div class='bbCodeQuote'><div class='intro'>Before you call an engineer, check:</div>"
        "<blockquote class='quoteContainer'><div class='quote'>That the isolation valves under the boiler are fully open.</div></blockquote></div>"
    )
    lines, _ = _out(_xenforo(quote), paras=3)
    assert "Before you call an engineer, check:" in lines


# a byline and date row over the article, named in the page's language ("autoria", "kirjoittaja"): it holds a
# <time>; a <time> in a sentence, in a live entry or inside the article's body stays

def test_a_byline_row_holding_a_time_goes() -> None:
    row = "<div class='autoria'><span>Rafael Souza</span> <span>Campo Grande</span> <time datetime='2024-09-16'>16.set.2024 às 19h45</time> <span>Atualizado: 17.set.2024 às 8h10</span></div>"
    lines, result = _out(_article("", before=row))
    assert not any("Rafael" in line or "Atualizado" in line for line in lines)
    assert any("byline and date row" in r.reason for r in result.removed)


@pytest.mark.parametrize(
    ("before", "inner", "kept"),
    [
        # a lead sentence over the body, a <time> inside it
        ("<p class='lead'>The strike began on <time>Wednesday</time> and will end on Friday morning.</p>", "", "Wednesday"),
        # a live entry's time over a short update
        ("<div class='entry'><time>12:31</time><p>Goal! 1-0</p></div>", "", "Goal! 1-0"),
        # an event's date in the body
        ("", "<div class='event'><time datetime='2025-05-04'>Sunday 4 May, 10am</time> <span>Town Hall</span></div>", "Sunday 4 May, 10am Town Hall"),
    ],
)
def test_a_time_that_is_no_byline_row_stays(before: str, inner: str, kept: str) -> None:
    # (the extractor may still drop a <time>'s text: what is asserted is that the row is not taken here)
    _, result = _out(_article(inner, before=before))
    assert not any("byline and date row" in r.reason for r in result.removed)


# vocabulary: each line alone goes; an article's sentence of the same words stays

#: Article paragraphs around a vocabulary line, in its language (the tables are the page's language's).
AROUND = {
    "en": PARA,
    "es": "El sindicato convocó una huelga de dos días y la mayoría de los trenes de larga distancia fueron cancelados en todo el país. Párrafo {}.",
    "pl": "Związek zawodowy ogłosił dwudniowy strajk i większość pociągów dalekobieżnych została odwołana w całym kraju. Akapit {}.",
    "ru": "Профсоюз объявил двухдневную забастовку, и большинство поездов дальнего следования было отменено по всей стране. Абзац {}.",
    "id": "Serikat pekerja mengumumkan mogok kerja selama dua hari dan sebagian besar kereta jarak jauh dibatalkan di seluruh negeri. Paragraf {}.",
}


def _text(lang: str, line: str) -> str:
    paras = "\n".join(AROUND[lang].format(n) for n in range(4))
    return cleaner.clean_text(f"{paras}\n{line}\n{paras}")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "SOURCE Harbourline Energy plc"),
        ("en", "Logo - https://mma.newswire.example/1234567/Harbourline_Logo.jpg"),
        ("es", "TecnoCasa recibe una comisión por las compras realizadas a través de los enlaces de esta página."),
        ("pl", "Artykuł zawiera linki afiliacyjne. Kupując przez nie, wspierasz naszą redakcję."),
        ("pl", "Nasza ocena: 7,5/10"),
        ("en", "☆☆☆☆☆"),
        ("ru", "Кто сейчас на конференции"),
        ("id", 'Simak Video "Video: Penampakan Stasiun MRT Harmoni Jelang Uji Coba"'),
        ("id", "SCROLL TO CONTINUE WITH CONTENT"),
    ],
)
def test_residue_line_goes(lang: str, line: str) -> None:
    assert line not in _text(lang, line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "SOURCE Harbourline Energy plc said on Tuesday that it would build a second site in Wales."),
        ("en", "The logo - https://example.org/logo.jpg - was designed by a student in 1998."),
        ("es", "Amazon recibe una comisión por cada venta que hacen los vendedores externos en su web."),
        ("pl", "Raport zawiera linki do badań, które opublikowano w 2023 roku."),
        ("pl", "Nasza ocena: 7,5/10 to za mało, by polecić ten ekspres."),
        ("ru", "Кто сейчас на форуме?"),
        ("id", 'Simak video "Asal Usul" yang diunggah pada 2019 itu telah ditonton jutaan kali.'),
        ("en", "Scroll to continue with content that loads as you read, the designers suggested."),
    ],
)
def test_article_line_of_the_same_words_stays(lang: str, line: str) -> None:
    assert line in _text(lang, line)


def test_rights_phrase_quoted_in_a_sentence_stays() -> None:
    for line in (
        'The photo carried the words "All rights reserved", but the court ruled that it was in the public domain.',
        "Sul sito del Comune compare ancora la dicitura «Riproduzione riservata», ma i dati saranno pubblicati in formato aperto.",
    ):
        assert line in _text("en", line)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged)
