"""Session 56's own fixes, each tested both ways.

- **A heading's colon that closed only the last alternative** (session 55's "noticed and left"). A full-match table
  pattern of the form ``a|b\\s*:?`` lets the colon close ``b`` alone, so the heading ``a:`` never matched: redteam55
  found it in ``widgets.toc_heading``. A scan of every table found two more: the English quote box's heading
  ("Related Tickers:", ``widgets.finance``) and the French listing box's heading ("Autres événements :",
  ``promos.heading``). Both now group their alternatives under the colon. On the base the box's heading and its
  teasers stayed; now they go, while the same words in a sentence stay.
  ``test_no_heading_colon_binds_to_one_alternative`` keeps the shape from coming back in any table.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import cleaner

ROOT = Path(__file__).resolve().parents[1]

_FR_LISTING = [
    "Le quintette de Marc Duret jouera samedi soir au kiosque du parc municipal, à partir de 20 heures.",
    "L'entrée est libre et une buvette sera tenue par l'association des parents d'élèves de l'école Jules-Ferry.",
    "En cas de pluie, le concert aura lieu dans la salle des fêtes, rue de la Mairie.",
]
_FR_BOX = ["Autres événements :", "Ciné-concert Chaplin, 18 janvier", "Bourse aux livres, 25 janvier",
           "Loto de l'amicale, 1er février"]
_EN_MARKETS = [
    "Apple shares rose 3% on Tuesday after the company reported record revenue from its services business.",
    "Analysts at Morgan Stanley said the results showed the strength of the company's subscription strategy.",
    "The stock has gained 40% this year, outpacing the broader market by a wide margin.",
]
_EN_BOX = ["Related Tickers:", "AAPL", "MSFT", "GOOGL"]


@pytest.mark.parametrize(("article", "box", "pass_name"), [
    (_FR_LISTING, _FR_BOX, "teaser-box"),
    (_EN_MARKETS, _EN_BOX, "finance-widget"),
])
def test_a_boxs_heading_with_its_colon_goes_with_the_box(article: list[str], box: list[str], pass_name: str) -> None:
    result = cleaner.explain_text("\n".join([*article, *box]))
    assert result.text.splitlines() == article
    assert {r.text: r.pass_name for r in result.removed}[box[0]] == pass_name


@pytest.mark.parametrize("heading", ["Related Tickers", "Tickers mentioned:", "Stocks mentioned in this article:"])
def test_the_other_alternatives_still_go_with_or_without_the_colon(heading: str) -> None:
    result = cleaner.explain_text("\n".join([*_EN_MARKETS, heading, *_EN_BOX[1:]]))
    assert result.text.splitlines() == _EN_MARKETS


@pytest.mark.parametrize(("article", "line"), [
    (_FR_LISTING, "Autres événements : la fête de la musique et le marché de Noël auront lieu comme prévu."),
    (_FR_LISTING, "D'autres concerts sont prévus au printemps, a précisé l'adjoint à la culture."),
    (_EN_MARKETS, "Related tickers: the shares most often traded alongside Apple also rose, led by Microsoft."),
    (_EN_MARKETS, "Stocks mentioned by the analysts as likely winners included Microsoft and Alphabet."),
])
def test_a_sentence_with_the_headings_words_stays(article: list[str], line: str) -> None:
    lines = [*article[:2], line, article[2]]
    assert cleaner.clean_text("\n".join(lines)).splitlines() == lines


# (patterns whose other alternatives are complete lines without a colon, the colon meant for the last alone: a
# product page's "Quantité :" label, where "Mon panier" never takes one)
_COLON_FOR_THE_LAST_ONLY = {
    r"(retours?|échanges?|retour et échange) (gratuits?|offerts?)( sous \d{1,3} jours)?|mon panier(\s*\(\d{1,4}\))?"
    r"|(en stock|en rupture de stock|rupture de stock|quantité|qté)\s*:?",
}
_OPTIONAL_COLON = re.compile(r"\\s\*(:|\[[^\]]*:[^\]]*\])\?$")
# (an alternative that ends in any run of text takes a colon in its run: "… herunterladen\b[^!?]{0,80}[.!]?")
_OPEN_TAIL = re.compile(r"(\.|\[\^[^\]]*\])(\{\d*,\d*\}|\*)")


def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level bars (none inside a group or a character class)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _full_match_patterns() -> list[str]:
    modes = {}
    for path in (ROOT / "cleaner" / "rules" / "families").glob("*.toml"):
        for name, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            modes[(path.stem, name)] = table.get("match", "full")
    out = []
    for path in sorted((ROOT / "cleaner" / "rules" / "lang").glob("*.toml")):
        for family, tables in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for name, patterns in tables.items() if isinstance(tables, dict) else ():
                if modes.get((family, name)) == "full" and isinstance(patterns, list):
                    out.extend(p for p in patterns if isinstance(p, str))
    return out


def test_the_scan_reads_the_tables() -> None:
    patterns = _full_match_patterns()
    assert len(patterns) > 1000
    fixed = (r"((related|mentioned|featured) (tickers|quotes|symbols)|(tickers|stocks|quotes|symbols) mentioned"
             r"( in this (article|story))?)\s*:?")
    assert fixed in patterns


def test_no_heading_colon_binds_to_one_alternative() -> None:
    """A full-match pattern ``a|b\\s*:?`` matches "b:" but never "a:": the optional colon must close a group of all
    the alternatives, or each of them (a heading is printed with its colon or without it, whichever it is)."""
    wrong = []
    for p in _full_match_patterns():
        alternatives = _top_alternatives(p)
        if len(alternatives) < 2 or not _OPTIONAL_COLON.search(alternatives[-1]) or p in _COLON_FOR_THE_LAST_ONLY:
            continue
        if not all(":" in a[-12:] or _OPEN_TAIL.search(a[-30:]) for a in alternatives[:-1]):
            wrong.append(p)
    assert wrong == []


def test_the_shape_check_finds_the_shape() -> None:
    assert _OPTIONAL_COLON.search(r"(annonces|offres) similaires\s*:?")
    assert _top_alternatives(r"(a|b)|c[|]\s*:?") == ["(a|b)", r"c[|]\s*:?"]
    assert _OPEN_TAIL.search(r"laden\b[^!?]{0,80}[.!]?") and not _OPEN_TAIL.search(r"(offres|biens) similaires")
