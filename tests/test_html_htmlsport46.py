# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlsport 46: sports news pages as scrapers fetch them, ``fixtures/html_htmlsport46/<lang>_<what>.html``,
in en, de, fr, es, it, pt and nl: match reports with a score box over the story, "Match centre" tabs, line-ups as
lists (en, numbered "1 Raya" items, "Formation 4-3-3") or tables (de, nl), a goals list ("1:0 Kane (12.,
Foulelfmeter)"), a "Ficha de jogo" of short labelled lines (pt: "Árbitro: …", "Ao intervalo: 1-1."); a league's
standings table inside the article and the round's results and fixtures (fr); a results round-up of short result
items beside a sidebar of next fixtures (es); transfer news with a player's profile box (es), a "Done deals" list of
one-line deals under club headings ("Arsenal" / "None.": en) and the deal's figures as a list (it); minute-by-minute
live commentary as ``<div>`` entries (it) and as an ``<ol>`` of entries (pt), each a minute over its text, the
line-ups in a "pre-match" entry; an F1 race report with its result table and the standings as a list (en); a tennis
interview whose questions are bold one-line paragraphs beside a "Zur Person" box (de); a rugby team sheet as a
numbered list of fifteen names (fr); a speed-skating result table (nl). Around them: betting-odds widgets (in the
body and in the sidebar, "18+ | …" disclaimers), video highlight promos with durations, standings and fixtures
sidebars, "Most read", comments, newsletter boxes, cookie banners of the usual CMPs, JSON-LD.

Editorial decisions: line-ups, referee, attendance, cards, goals and results lines are gold (they are the report's
facts, the genre's short labelled lines); a tables' header row is gold; the score box over the story, the match
centre's tabs and its statistics box are residue (chrome of the widget); a player's profile box inside the body and
a "Zur Person" box are soft (a careful editor could go either way); a live entry's minute is soft, its event label
("Gol", "Cartão amarelo") residue; the headline and the dek are soft; a caption's sentence soft, its credit residue.

Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_htmlsport46.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 15 pages, 259 article lines), on the base 9189a0a: **1 article line lost, 22 residue lines
  left**. Lost: a live entry's heading "Escalações" (pt), run into the entry's time before it ("Pré-jogo
  Escalações"). Left: a bookmaker's odds box in the body (en, 6 lines: "Next permanent Spurs manager", "Thomas Frank
  5/2", "Bet now", "18+ | Please gamble responsibly"), a match centre's tab strip of bare ``<li>`` labels (it, 5:
  "Cronaca", "Formazioni", …), and on the pt live page the score box ("Brasileirão · 10ª rodadaFlamengo 2 x 0
  Palmeiras Encerrado"), an odds box (3), a statistics box (3), three minutes run into their event label ("2ºT
  31'Gol") and the "Pré-jogo Escalações" line. After: **0 lost, 6 left** (the pt statistics box and the three
  minute+label lines, see ``RESIDUE_LEFT``).
* round 2 (5 pages, 51 article lines, aimed at the new rules): a Grand National odds story on a betting section
  (``body.section-betting``, ``article.betting-news``) with the market's ``odds-table`` and an ``odds-widget`` bet
  slip (en); a live ticker in tabs ("tabs match-tabs", "tabs__nav", a "tabs__panel" of the preview's prose and one
  of the ticker's entries) under a "scoreboard" and beside a "wettquoten-box" (de); a live page whose
  "match-header" holds the headline, an intro sentence and the score, whose entries hold a goals table named
  "scoreboard", beside a "paris-sportifs" box (fr); a ranked list whose items are a rank, a heading and a paragraph
  ("<li><span>1</span><h3>Julián Álvarez (Atlético)</h3><p>…"), beside a related list of dated headings (es); a
  story about the betting rules inside ``main.conteudo-apostas`` with a ``ul.regras-apostas`` of the rules and a
  "box-palpites" tip box (pt). On the base: **6 lost, 9 left** (the five ranked headings run into their rank, the
  fr intro; the de score box and odds box). After: **1 lost, 0 left**. A first version lost 10 lines here and was
  changed (below): a bare "tabs" entry took the de ticker panel ("tabs__panel" beside "ticker": the live feed's
  "named only by the live names" guard no longer held), the fr goals table named "scoreboard" went, and the pt
  rules list named "regras-apostas" went with the betting names.

Retag (round 2 only, before any fix was measured on it): the es ranking's rank digits ("1" … "5", a
``<span>`` before each item's heading) were left untagged and are soft (the list's numbering, either way).

Changes (``cleaner/html/rules.toml``, ``keep.py``, ``dom.py``):

* ``rules.toml`` ``[families.scores]`` (new): a match centre's score box and tab strip ("scoreboard", "scorebox",
  "match-header", "placar", "marcador", "tabs-nav", "match-tabs", …), ``max_chars`` 200. ``keep.sports_box_kept``
  (in ``dom._verdict``): an element so named that is or holds a table, or holds a paragraph of eight words or more
  ending a sentence (a live header's dek), is not one. ``keep.DATA_TABLE_FAMILIES`` gains "scores" and "betting"
  (a data table of the prose block so named is the article's).
* ``rules.toml`` ``[families.betting]`` (new): a bookmaker's odds box named by the betting words ("odds",
  "betting", "bookmaker", de "wettquoten", es "apuestas"/"cuotas", it "scommesse", fr "paris-sportifs", pt
  "apostas"/"palpite", nl "weddenschappen"), ``max_chars`` 400; ``sports_box_kept`` keeps one that holds no link
  (the call to bet), a table or a paragraph of prose: these words name a story's topic too.
* ``keep.tab_strips`` (read in ``dom.decide``): a list named "tabs" (or whose items are named "tab") of three
  items or more, each a label of at most 24 characters ending no sentence, is a tab strip ("scores"). A bare
  "tabs" is no table entry: a tab panel is named for its tabs.
* ``dom._unwrap_quoted_blocks`` (``_ITEM_HEADINGS``): a heading inside a list item gets a break at each edge that
  text stands beside, as a paragraph there does (the extractor ran "Pré-jogo" and "Escalações" together); it stays
  a heading (not unwrapped).
* ``tests/test_html_htmlnextgen45.py``: "Valencia 2 - 1 Betis Final" (a score widget named "marcador") is no longer
  left; ``tests/test_html_redteam27.py``: "Benfica2-1PortoFinal" (a "placar") neither.

Equivalence against the base (``bench.equivalence``): text inputs unchanged (``eqdiff.py``: SUMMARY {}); with
``--html`` (fixtures and dev pages, 1371 inputs) only this probe's pages and the two score widgets above changed.
HTML bench 0.987 / 0.990 / 0.989, text bench 0.967 / 0.975 / 0.971 and naive 0.864 / 0.988 / 0.922 (as the base).

Left: the pt statistics box ("statistics" names article boxes too), a live entry's minute run into its event label
(two ``<span>``s with nothing between: the page's own text). Lost: the fr round 2 intro (see ``KNOWN_LOST``).
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, bare, lines, page_probe_tests, report, tagged_inline

import cleaner

PAGES_DIR = FIXTURES / "html_htmlsport46"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "pt_ao_minuto_lista": [
        # a live entry's minute run into its event label ("<span>2ºT 31'</span><span>Gol</span>"): the minute alone is
        # soft, the label residue; a name for the label ('lance__tipo') would be one site's
        "2ºT 31'Gol",
        "1ºT 40'Cartão amarelo",
        "1ºT 12'Gol",
        # the match centre's statistics box under the feed ('box-estatisticas'): "statistics" names article boxes too
        "Estatísticas",
        "| 54% | Posse de bola | 46% |",
        "| 14 | Finalizações | 7 |",
    ],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {
    "fr_r2_direct_entete": [
        # a live header's intro beside the headline, outside the feed the prose block is in: the extractor leaves it
        # (on the base too); the header's score box named with it goes, the intro is no longer taken with it
        "Le PSG reçoit Arsenal ce mercredi soir au Parc des Princes avec un but d'avance après sa victoire à l'aller à Londres.",
    ],
}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 20, min_gold=4, tag=tagged_inline
)


# --- a heading inside a list item, after the item's text (a live entry's time over its heading) -------------

LANCE = "<li><span class='lance__tempo'>1ºT {k}'</span><p>Gustavo Gómez recebe o amarelo por falta em Pedro depois de uma entrada dura no meio-campo.</p></li>"
ESCALACAO = "<p>Flamengo: Rossi; Wesley, Léo Ortiz, Léo Pereira e Alex Sandro; Pulgar, Gerson e Arrascaeta.</p>"


def _lances(last: str) -> str:
    items = "".join(LANCE.format(k=k) for k in range(4))
    return f"<html><body><main><h1>Flamengo x Palmeiras ao vivo</h1><ol class='lances'>{items}<li>{last}</li></ol></main></body></html>"


@pytest.mark.parametrize("before", ["<span class='lance__tempo'>Pré-jogo</span>", "<div class='lance__tempo'>Pré-jogo</div>", "Pré-jogo"])
def test_a_heading_in_an_item_is_not_joined_to_the_text_before_it(before: str) -> None:
    out = [bare(x) for x in lines(cleaner.clean_html(_lances(f"{before}<h3>Escalações</h3>{ESCALACAO}"), url=SPORT_URL))]
    assert "Escalações" in out
    assert "Pré-jogo Escalações" not in out


def test_a_heading_opening_an_item_stays_as_it_was() -> None:
    out = lines(cleaner.clean_html(_lances(f"<h3>Escalações</h3>{ESCALACAO}"), url=SPORT_URL))
    assert "- Escalações" in out
    assert "Flamengo: Rossi; Wesley, Léo Ortiz, Léo Pereira e Alex Sandro; Pulgar, Gerson e Arrascaeta." in out


# --- a bookmaker's odds box -----------------------------------------------------------------------------

SPORT_URL = "https://sport.example/football/2025/02/03/deadline-day"
MATCH = [
    f"<p>Bukayo Saka scored two minutes from time as Arsenal came from behind to beat Aston Villa at the Emirates. Paragraph {k}.</p>"
    for k in range(6)
]


def _match_page(box: str, article_class: str = "story") -> str:
    return (
        f"<html><body><main><article class='{article_class}'><h1>Arsenal 2-1 Aston Villa</h1>"
        f"<div class='story__body'>{''.join(MATCH[:3])}{box}{''.join(MATCH[3:])}</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        "<div class='tt-odds' data-widget='odds'><p>Next permanent Spurs manager</p><ul><li>Thomas Frank 5/2</li><li>Kieran McKenna 4/1</li></ul><a href='https://bet.example/'>Bet now</a><p>18+ | Please gamble responsibly</p></div>",
        "<div class='palpite'><h3>Odds do próximo jogo</h3><p>Palmeiras x Botafogo: 1.95 · 3.30 · 4.10</p><a href='#'>Aposte agora</a></div>",
        "<div class='widget-wettquoten'><p>Meister 2025: FC Bayern 1,08 · Leverkusen 7,00</p><a href='#'>Jetzt wetten</a></div>",
        "<div class='box-quote-scommesse'><span>Quote Scudetto</span><span>Napoli 2.10</span><span>Inter 1.90</span><a href='#'>Scommetti ora</a></div>",
    ],
)
def test_an_odds_box_goes(box: str) -> None:
    result = cleaner.explain_html(_match_page(box), url=SPORT_URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 6
    assert not any(w in result.text for w in ("5/2", "1.95", "1,08", "2.10"))
    assert any(r.pass_name == "dom:betting" for r in result.removed)


def test_a_story_about_betting_and_its_odds_table_stay() -> None:
    """A story named for betting is the prose block (its way up stays); a table of odds inside it is its data."""
    table = (
        "<table class='odds-table'><tr><th>Horse</th><th>Odds</th></tr><tr><td>Nick Rockett</td><td>7/1</td></tr>"
        "<tr><td>I Am Maximus</td><td>8/1</td></tr><tr><td>Grangeclare West</td><td>10/1</td></tr></table>"
    )
    html = _match_page(table, "story betting-news category-betting")
    out = lines(cleaner.clean_html(html, url="https://racing.example/grand-national/odds"))
    assert sum("Paragraph" in line for line in out) == 6
    assert "| Nick Rockett | 7/1 |" in out


# --- a match centre's score box and tab strip -------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='placar-jogo'><span>Brasileirão · 10ª rodada</span><span>Flamengo</span> <span>2 x 0</span> <span>Palmeiras</span> <span>Encerrado</span></div>",
        "<div class='scoreboard'><span class='scoreboard__team'>Feyenoord</span><span>2-1</span><span>Ajax</span><span>Afgelopen</span></div>",
        "<ul class='match-box__tabs'><li class='is-active'>Cronaca</li><li>Formazioni</li><li>Statistiche</li><li>Pagelle</li></ul>",
    ],
)
def test_a_score_box_or_tab_strip_goes(box: str) -> None:
    html = f"<html><body><main>{box}<article><h1>Feyenoord wint Klassieker</h1>{''.join(MATCH)}</article></main></body></html>"
    result = cleaner.explain_html(html, url=SPORT_URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 6
    assert not any(w in result.text for w in ("Encerrado", "Afgelopen", "Formazioni"))
    assert any(r.pass_name == "dom:scores" for r in result.removed)


def test_a_live_header_named_match_header_keeps_its_dek() -> None:
    """A header so named that holds the headline and its dek (more than a score box's few words) is not one."""
    dek = "Feyenoord heeft de Klassieker tegen Ajax met 2-1 gewonnen. Santiago Giménez maakte in de blessuretijd het winnende doelpunt, zijn achtste van het seizoen."
    html = (
        f"<html><body><main><div class='match-header'><h1>Feyenoord wint Klassieker</h1><p class='intro'>{dek}</p>"
        f"<span>Feyenoord 2-1 Ajax</span></div><div class='entries'>{''.join(MATCH)}</div></main></body></html>"
    )
    out = lines(cleaner.clean_html(html, url=SPORT_URL))
    assert dek in out
    assert sum("Paragraph" in line for line in out) == 6


def test_tabs_holding_their_panels_stay() -> None:
    """An element named 'tabs' holding its panels' prose is the article's, not a tab strip."""
    panels = (
        "<div class='tabs'><ul class='tabs__list'><li>Vorbericht</li><li>Aufstellung</li></ul>"
        "<div class='tabs__panel'><p>Die Bayern gehen mit breiter Brust ins Spitzenspiel, Kompany kann fast aus dem Vollen schöpfen.</p>"
        "<p>Leverkusen muss dagegen auf Granit Xhaka verzichten, der mit einer Zerrung ausfällt.</p></div></div>"
    )
    html = _match_page(panels)
    out = lines(cleaner.clean_html(html, url=SPORT_URL))
    assert "Leverkusen muss dagegen auf Granit Xhaka verzichten, der mit einer Zerrung ausfällt." in out
    assert sum("Paragraph" in line for line in out) == 6


def test_a_score_table_inside_the_story_stays() -> None:
    """A line score named like a score box inside the prose block is the story's data table."""
    table = (
        "<table class='scoreboard'><tr><th>Team</th><th>R</th><th>H</th><th>E</th></tr>"
        "<tr><td>Yankees</td><td>5</td><td>9</td><td>0</td></tr><tr><td>Red Sox</td><td>3</td><td>7</td><td>1</td></tr></table>"
    )
    out = lines(cleaner.clean_html(_match_page(table), url=SPORT_URL))
    assert "| Yankees | 5 | 9 | 0 |" in out


@pytest.mark.parametrize(
    "box",
    [
        # a list of the rules in a story about betting, named for its topic: no link (no call to bet)
        "<ul class='regras-apostas'><li>outorga de R$ 30 milhões por cinco anos;</li><li>sede e conta bancária no Brasil;</li></ul>",
        # a box named for betting that holds a paragraph of the story
        "<div class='betting-explainer'><p>Bookmakers must now check the age of every customer before the first bet is placed.</p><a href='/rules'>The rules</a></div>",
    ],
)
def test_the_story_s_parts_named_for_betting_stay(box: str) -> None:
    result = cleaner.explain_html(_match_page(box), url=SPORT_URL)
    assert "cinco anos" in result.text or "first bet is placed" in result.text
    assert not any(r.pass_name == "dom:betting" for r in result.removed)


@pytest.mark.parametrize(
    "strip",
    [
        "<ul class='tabs'><li>Report</li><li>Live</li><li>Line-ups</li><li>Stats</li></ul>",
        "<ol><li class='tab is-active'>Ticker</li><li class='tab'>Vorbericht</li><li class='tab'>Aufstellungen</li></ol>",
    ],
)
def test_a_tab_strip_named_tabs_goes(strip: str) -> None:
    html = f"<html><body><main>{strip}<article><h1>Feyenoord wint Klassieker</h1>{''.join(MATCH)}</article></main></body></html>"
    result = cleaner.explain_html(html, url=SPORT_URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 6
    assert not any(w in lines(result.text) for w in ("Stats", "Aufstellungen", "- Stats", "- Aufstellungen"))
    assert any(r.pass_name == "dom:scores" and "tab strip" in r.reason for r in result.removed)


@pytest.mark.parametrize(
    "items",
    [
        # the article's short items in a list not named for tabs (a team sheet)
        "<ul class='lineup'><li>1 Raya</li><li>4 White</li><li>2 Saliba</li><li>6 Gabriel</li></ul>",
        # a list named 'tabs' whose items are sentences (a how-to's steps in tabs)
        "<ul class='tabs'><li>Open the app.</li><li>Tap Tickets.</li><li>Pick your seat.</li></ul>",
        # two items only
        "<ul class='tabs'><li>Home</li><li>Away</li></ul>",
    ],
)
def test_short_lists_that_are_no_tab_strip_stay(items: str) -> None:
    html = _match_page(items)
    result = cleaner.explain_html(html, url=SPORT_URL)
    assert not any(r.pass_name == "dom:scores" for r in result.removed)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
