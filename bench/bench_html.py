"""HTML-input bench: raw pages → article text, cleaner.clean_html against the usual extractors.

Usage::

    python -m bench.bench_html [--limit N] [--repeat K] [--only NAME,...] [--json PATH]

Speed is pages per second of the whole run (single process, best of ``--repeat``); the ratio column is that
speed divided by trafilatura default's speed in the same run (``-`` when that row was not run).

Settings that reproduce the published figures (``shared/README.md``) on trafilatura 2.3.1:
``include_comments=False`` for all three trafilatura rows (its default, ``True``, gives F1 0.953 / 0.959 /
0.955 because the gold bodies never contain reader comments); readability-lxml's
``summary(html_partial=True)`` read with lxml ``text_content()``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.data import BenchDataMissing, HtmlPage, iter_docs
from bench.runner import (
    Extractor,
    Row,
    describe_error,
    failed_row,
    format_table,
    load_attr,
    measure,
    row_to_dict,
    write_json,
)

REFERENCE_KEY = "trafilatura"
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe"]


@dataclass(frozen=True, slots=True)
class Peer:
    """An extractor row: ``key`` for ``--only``, display ``name``, and a factory doing the lazy imports."""

    key: str
    name: str
    factory: Callable[[], Extractor]


def visible_text() -> Extractor:
    """All text of ``<body>`` minus script/style-like elements, one text node per line: the naive floor."""
    from selectolax.lexbor import LexborHTMLParser

    def extract(html: str, _url: str) -> str:
        tree = LexborHTMLParser(html)
        if tree.body is None:
            return ""
        tree.strip_tags(INVISIBLE_TAGS)
        return tree.body.text(separator="\n")

    return extract


def trafilatura_extractor(*, favor_precision: bool = False, fast: bool = False) -> Callable[[], Extractor]:
    """trafilatura ``extract`` with comments excluded (as in the published figures), optionally tuned."""

    def factory() -> Extractor:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.ERROR)

        def extract(html: str, url: str) -> str | None:
            return trafilatura.extract(
                html, url=url, include_comments=False, favor_precision=favor_precision, fast=fast
            )

        return extract

    return factory


def readability_lxml() -> Extractor:
    """readability-lxml's article HTML, flattened to text by lxml."""
    import lxml.html
    from readability import Document

    logging.getLogger("readability").setLevel(logging.ERROR)

    def extract(html: str, _url: str) -> str:
        return str(lxml.html.fromstring(Document(html).summary(html_partial=True)).text_content())

    return extract


def resiliparse_main_content() -> Extractor:
    """Resiliparse plain-text extraction restricted to the main content."""
    from resiliparse.extract.html2text import extract_plain_text

    def extract(html: str, _url: str) -> str:
        return str(extract_plain_text(html, main_content=True))

    return extract


def justext_english() -> Extractor:
    """jusText with the English stop list, non-boilerplate paragraphs one per line."""
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(html: str, _url: str) -> str:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def cleaner_html() -> Extractor:
    """``cleaner.clean_html(html, url=url)``, imported lazily: the package may be missing or incomplete."""
    clean_html, reason = load_attr("cleaner", "clean_html")
    if clean_html is None:
        raise ImportError(f"not importable ({reason})")

    def extract(html: str, url: str) -> object:
        return clean_html(html, url=url)

    return extract


PEERS: tuple[Peer, ...] = (
    Peer("visible", "all visible text", visible_text),
    Peer("trafilatura", "trafilatura default", trafilatura_extractor()),
    Peer("trafilatura-precision", "trafilatura favor_precision", trafilatura_extractor(favor_precision=True)),
    Peer("trafilatura-fast", "trafilatura fast", trafilatura_extractor(fast=True)),
    Peer("readability", "readability-lxml", readability_lxml),
    Peer("resiliparse", "resiliparse main_content", resiliparse_main_content),
    Peer("justext", "jusText", justext_english),
    Peer("cleaner", "cleaner", cleaner_html),
)


def select_peers(only: str | None) -> list[Peer]:
    """Peers named in ``--only`` (keys or display names, case-insensitive), in table order."""
    if not only:
        return list(PEERS)
    wanted = {name.strip().lower() for name in only.split(",") if name.strip()}
    known = {p.key for p in PEERS} | {p.name.lower() for p in PEERS}
    unknown = sorted(wanted - known)
    if unknown:
        keys = ", ".join(p.key for p in PEERS)
        raise SystemExit(f"unknown extractor(s): {', '.join(unknown)}; choose from {keys}")
    return [p for p in PEERS if p.key in wanted or p.name.lower() in wanted]


def run_peer(peer: Peer, pages: Sequence[HtmlPage], repeat: int) -> Row:
    """One row; a peer whose import or set-up fails becomes a row carrying the error."""
    try:
        extractor = peer.factory()
    except Exception as exc:
        message = (
            str(exc) if str(exc).startswith("not importable") else f"not importable ({describe_error(exc)})"
        )
        return failed_row(peer.name, message)
    inputs = [(p.html, p.url) for p in pages]
    return measure(peer.name, extractor, inputs, [p.gold_text for p in pages], float(len(pages)), repeat)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_html", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=1, help="time K runs, report the best (default 1)")
    keys = ", ".join(p.key for p in PEERS)
    parser.add_argument("--only", default=None, metavar="NAME,...", help=f"run only these rows: {keys}")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the numbers here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    peers = select_peers(args.only)
    try:
        pages = list(iter_docs(limit=args.limit))
    except BenchDataMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows: list[Row] = []
    for peer in peers:
        rows.append(run_peer(peer, pages, args.repeat))
        print(f"  done: {peer.name}", file=sys.stderr, flush=True)
    reference = next((r for r, p in zip(rows, peers, strict=True) if p.key == REFERENCE_KEY), None)
    title = "\n== HTML bench (speed: pages/s, ratio vs trafilatura default) =="
    print(format_table(title, rows, "pages/s", ".1f", reference, "vs trafil."))
    if args.json is not None:
        payload: dict[str, Any] = {
            "bench": "html",
            "repeat": args.repeat,
            "pages": len(pages),
            "rows": [row_to_dict(r, reference) for r in rows],
        }
        write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
