"""Prove that a change left every output as it was: dump the cleaner's verdicts on a wide corpus, compare two dumps.

Usage (from the project root of each tree to compare)::

    python -m bench.equivalence dump before.json            # on the old tree
    python -m bench.equivalence dump after.json             # on the new tree (a worktree, a compiled build)
    python -m bench.equivalence compare before.json after.json

Speed work must not change what the cleaner does, and the quality bench cannot show that: a page's score
can stay the same while a line goes for another pass's reason, and most of the rules' edge cases live in
the tests' probe pages, not in the dev set. So the dump records, for every input, ``explain_text``'s text,
language and each removal's line span and pass name. The corpus (about 5,000 inputs):

- the dev pages of both text variants (when the bench data is there; ``--no-dev`` leaves them out);
- every text fixture: ``fixtures/**/*.txt`` and each case's ``input`` in ``fixtures/cases/*.json``;
- every tagged probe page in ``tests/test_*.py`` (a module-level string whose non-blank lines all read
  ``"X text"``: a one-character tag, a space, the line), the tags stripped as the probe harness does;
- with ``--html``: ``clean_html`` of the dev HTML pages and of ``fixtures/**/*.html`` (slow: trafilatura).

``compare`` prints each input whose output or removals differ and exits 1 when any does, 0 when none.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_MAX_ITEMS = 5000  # entries looked at per container while walking a test module's globals
_MAX_DEPTH = 4


def tagged_page(value: str) -> str | None:
    """The page of a probe string (each non-blank line "X text": a tag, a space, the text), tags stripped; None
    for any other string."""
    rows = [row for row in value.splitlines() if row.strip()]
    if len(rows) < 2 or not all(len(r) >= 2 and r[1] == " " and not r[0].isspace() for r in rows):
        return None
    return "\n".join(row[2:] for row in rows)


def _walk(value: object, key: str, found: dict[str, str], depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        page = tagged_page(value)
        if page is not None:
            found[key] = page
    elif isinstance(value, dict):
        for k, v in list(value.items())[:_MAX_ITEMS]:
            _walk(v, f"{key}/{k}", found, depth + 1)
    elif isinstance(value, (list, tuple)):
        for n, v in enumerate(value[:_MAX_ITEMS]):
            _walk(v, f"{key}/{n}", found, depth + 1)


def probe_pages(tests_dir: Path) -> dict[str, str]:
    """The tagged probe pages held in the globals of ``tests_dir``'s ``test_*.py`` modules (imported)."""
    found: dict[str, str] = {}
    if str(tests_dir) not in sys.path:
        sys.path.insert(0, str(tests_dir))
    for path in sorted(tests_dir.glob("test_*.py")):
        try:
            module = importlib.import_module(path.stem)
        except Exception as exc:  # a module that cannot import here is named, not fatal
            print(f"equivalence: skipped {path.name} ({type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        for name, value in vars(module).items():
            if not name.startswith("__"):
                _walk(value, f"probe/{path.stem}.{name}", found)
    return found


def fixture_inputs(fixtures_dir: Path) -> dict[str, str]:
    """Every text fixture: ``*.txt`` files (expected outputs too: cleaning them again is a case as good as any)
    and the cases' ``input`` fields."""
    found: dict[str, str] = {}
    for path in sorted(fixtures_dir.rglob("*.txt")):
        found[f"fixtures/{path.relative_to(fixtures_dir)}"] = path.read_text(encoding="utf-8", errors="surrogateescape")
    for path in sorted(fixtures_dir.glob("cases/*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        for n, case in enumerate(cases if isinstance(cases, list) else []):
            if isinstance(case, dict) and isinstance(case.get("input"), str):
                found[f"fixtures/{path.relative_to(fixtures_dir)}#{n}"] = case["input"]
    return found


def dev_pages() -> dict[str, str]:
    """The dev set's scraped texts, both variants (empty, with a note, when the bench data is missing)."""
    from bench.data import TEXT_VARIANTS, BenchDataMissing, iter_textmode

    found: dict[str, str] = {}
    try:
        for variant in TEXT_VARIANTS:
            for page in iter_textmode(variant):
                found[f"dev/{variant}/{page.id}"] = page.text
    except BenchDataMissing as exc:
        print(f"equivalence: no dev pages ({exc})", file=sys.stderr)
    return found


def html_inputs(fixtures_dir: Path, dev: bool) -> Iterator[tuple[str, str, str | None]]:
    """(key, HTML, URL) of every HTML fixture and, with ``dev``, every dev HTML page."""
    for path in sorted(fixtures_dir.rglob("*.html")):
        yield f"fixtures/{path.relative_to(fixtures_dir)}", path.read_text(encoding="utf-8", errors="replace"), None
    if dev:
        from bench.data import BenchDataMissing, iter_docs

        try:
            for page in iter_docs():
                yield f"dev/html/{page.id}", page.html, page.url
        except BenchDataMissing as exc:
            print(f"equivalence: no dev HTML pages ({exc})", file=sys.stderr)


def dump(root: Path, dev: bool = True, html: bool = False, probes: bool = True) -> dict[str, Any]:
    """Every input's verdict: ``{key: [text, language, [[start, end, pass], ...]]}`` (HTML keys: the text only)."""
    import cleaner

    corpus: dict[str, str] = {}
    if dev:
        corpus.update(dev_pages())
    corpus.update(fixture_inputs(root / "fixtures"))
    if probes:
        corpus.update(probe_pages(root / "tests"))
    runner = cleaner.Cleaner()
    verdicts: dict[str, Any] = {}
    for key, text in corpus.items():
        result = runner.explain_text(text)
        removed = [[r.start_line, r.end_line, r.pass_name] for r in result.removed]
        verdicts[key] = [result.text, result.language, removed]
    if html:
        for key, page, url in html_inputs(root / "fixtures", dev):
            verdicts[f"html:{key}"] = [runner.clean_html(page, url=url), None, []]
    return {"compiled": cleaner.COMPILED, "verdicts": verdicts}


def compare(before: dict[str, Any], after: dict[str, Any], out: Any = sys.stdout) -> int:
    """Print the inputs whose verdicts differ; the number that differ (missing inputs count)."""
    a, b = before["verdicts"], after["verdicts"]
    differ = 0
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            print(f"only in {'after' if key not in a else 'before'}: {key}", file=out)
            differ += 1
        elif a[key][0] != b[key][0]:
            print(f"OUTPUT   {key}", file=out)
            differ += 1
        elif a[key] != b[key]:
            print(f"REMOVALS {key}", file=out)
            differ += 1
    print(f"{len(a)} inputs before, {len(b)} after: {differ} differ"
          f" (builds: {'compiled' if before.get('compiled') else 'pure Python'} -> "
          f"{'compiled' if after.get('compiled') else 'pure Python'})", file=out)
    return differ


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.equivalence", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write this tree's verdicts on the corpus to a JSON file")
    d.add_argument("out", type=Path)
    d.add_argument("--no-dev", action="store_true", help="leave out the dev pages")
    d.add_argument("--no-probes", action="store_true", help="leave out the tests' probe pages")
    d.add_argument("--html", action="store_true", help="also clean_html the HTML fixtures and dev pages (slow)")
    c = sub.add_parser("compare", help="list the inputs whose verdicts differ between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        found = dump(ROOT, dev=not args.no_dev, html=args.html, probes=not args.no_probes)
        args.out.write_text(json.dumps(found), encoding="utf-8")
        print(f"wrote {len(found['verdicts'])} verdicts to {args.out}", file=sys.stderr)
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    return 1 if compare(before, after) else 0


if __name__ == "__main__":
    raise SystemExit(main())
