"""``clean``: the command line. Parsing and checking here; the work in :mod:`cleaner.cli.runner`."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..config import Config
from ..errors import CleanerError
from ..io.writers import FORMATS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2  # interrupted: 128 + the signal (130 for Ctrl-C)
# ``--worker-memory``'s default, in MB (:data:`cleaner.cli.runner.DEFAULT_WORKER_MEMORY`; kept here so that
# ``--help`` imports no runner; a test holds the two equal)
DEFAULT_WORKER_MEMORY_MB = 1536

DESCRIPTION = """\
Clean scraped web pages and text into canonical article text, every removal explained.

INPUT is a file, a folder (walked recursively; hidden entries skipped) or - for stdin. Inputs are
.txt, .html/.htm/.xhtml, JSON Lines (.jsonl/.ndjson) and WARC (.warc) files, any of them gzipped;
other names are recognised by their content. OUTPUT is a folder (the input tree mirrored into it), a
file, or - for stdout (the default)."""

EPILOG = """\
exit status: 0 all inputs cleaned, 1 some files or documents failed (each reported with its reason),
2 usage error (nothing done), 130 interrupted by Ctrl-C (143 by SIGTERM; finished outputs are kept,
no partial file is left: run again to resume).

examples:
  clean crawl/ -o clean/                      mirror a folder tree, one .txt per page
  clean pages.jsonl --html-field body -o out.jsonl
  cat page.html | clean - --format md
  clean crawl/ --diff --include '*.txt'       what would be removed, nothing written
  clean crawl/ -o clean/ --dask tcp://scheduler:8786
docs: docs/cli.md"""

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def parse_size(value: str) -> int:
    """``1000``, ``64K``, ``10MB``, ``1.5GiB`` -> bytes (K/M/G are powers of 1024)."""
    m = _SIZE.match(value)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (examples: 1000000, 64K, 10M, 1G)")
    number, unit = float(m.group(1)), (m.group(2) or "").lower().rstrip("b").rstrip("i")
    size = int(number * _UNITS[unit])
    if size <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return size


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _memory_mb(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of megabytes: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 (never) or more")
    return number


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders, or - for stdin (default: -)")
    p.add_argument("-o", "--output", metavar="OUTPUT", help="folder, file, or - for stdout (default: -)")
    p.add_argument("-V", "--version", action="version", version=f"clean (cleaner) {__version__}")

    g = p.add_argument_group("output")
    g.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="txt, jsonl (with language and metadata) or md; default: jsonl for JSON Lines and WARC "
        "inputs (or an OUTPUT ending in .jsonl), txt otherwise",
    )
    g.add_argument(
        "--explain", action="store_true", help="JSON Lines output: add every removal (text, lines, pass, reason)"
    )
    g.add_argument("--diff", action="store_true", help="print what would be removed, per document; write nothing")

    g = p.add_argument_group("inputs")
    g.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="only files matching (repeatable; '*.html', 'news/**/*.txt'; no / = file name)",
    )
    g.add_argument("--exclude", action="append", metavar="GLOB", help="skip files and folders matching (repeatable)")
    g.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links inside folders (off: skipped); loops are never followed",
    )
    g.add_argument("--text-field", metavar="NAME", help="JSON Lines: field with scraped text (default: text)")
    g.add_argument(
        "--html-field",
        metavar="NAME",
        help="JSON Lines: field with HTML, cleaned as a page when present (default: html; naming only "
        "--text-field turns it off)",
    )
    g.add_argument("--id-field", metavar="NAME", default="id", help="JSON Lines/WARC: document id field (default: id)")
    g.add_argument("--url-field", metavar="NAME", default="url", help="JSON Lines/WARC: page URL field (default: url)")

    g = p.add_argument_group("cleaning (same options as the Python API and the --config file)")
    g.add_argument(
        "--config",
        metavar="FILE",
        help="TOML file: disable, enable_only, options, language, max_bytes, timeout, timeout_fallback",
    )
    g.add_argument("--disable", action="append", metavar="PASS[,PASS]", help="turn passes or families off by name")
    g.add_argument("--only", action="append", metavar="PASS[,PASS]", help="run only these passes or families")
    g.add_argument("--language", metavar="CODE", help="force the language (ISO 639-1) instead of detecting it")
    g.add_argument(
        "--max-bytes",
        type=parse_size,
        metavar="SIZE",
        help="fail documents larger than this (default 64M; 10M, 500K)",
    )
    g.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="fail a document that takes longer (per document; the run goes on)",
    )
    g.add_argument(
        "--timeout-fallback",
        action="store_true",
        default=None,
        help="HTML: a page too large for full extraction within --timeout is extracted by the fast path "
        "instead of failing",
    )
    g.add_argument("--list-passes", action="store_true", help="list passes with their families and exit")

    g = p.add_argument_group("sites and duplicates")
    g.add_argument(
        "--site-profiles",
        metavar="FILE",
        help="use the site profiles in FILE; when it does not exist, learn them from the inputs first "
        "and save them there",
    )
    g.add_argument(
        "--learn",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="learn each site's recurring furniture in a first pass over folder and JSON Lines inputs "
        "(default: on; kept in memory unless --site-profiles)",
    )
    g.add_argument(
        "--learn-min-docs",
        type=_positive_int,
        default=5,
        metavar="N",
        help="use a learned profile only for sites with at least N documents (default: 5)",
    )
    g.add_argument(
        "--drop-duplicates",
        action="store_true",
        help="do not write near-copies of an earlier document (JSON Lines marks them with duplicate_of)",
    )

    g = p.add_argument_group("running")
    g.add_argument("-j", "--jobs", type=_positive_int, metavar="N", help="worker processes (default: all cores)")
    g.add_argument("--force", action="store_true", help="redo outputs that are already up to date")
    g.add_argument(
        "--worker-memory",
        type=_memory_mb,
        metavar="MB",
        default=DEFAULT_WORKER_MEMORY_MB,
        help="replace a worker whose memory grew past MB after a batch (default: %(default)s; 0: never)",
    )
    g.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://scheduler:8786)")
    g.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar (default: on a terminal)",
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary (errors still shown)")
    return p


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or [] for n in v.split(",") if n.strip()]


def build_config(args: argparse.Namespace) -> Config:
    base = Config.from_toml(args.config) if args.config else Config()
    data: dict[str, Any] = {
        "disable": sorted(base.disable | set(_names(args.disable))),
        "enable_only": sorted(base.enable_only) if base.enable_only is not None else None,
        "options": {k: dict(v) for k, v in base.options.items()},
        "language": base.language,
        "max_bytes": base.max_bytes,
        "timeout": base.timeout,
        "timeout_fallback": base.timeout_fallback,
    }
    if args.only:
        data["enable_only"] = _names(args.only)
    if args.language:
        data["language"] = args.language
    if args.max_bytes is not None:
        data["max_bytes"] = args.max_bytes
    if args.timeout is not None:
        data["timeout"] = args.timeout
    if args.timeout_fallback:
        data["timeout_fallback"] = True
    config = Config.from_mapping(data)
    return config


def list_passes(out: Any = None) -> None:
    from ..pipeline import TEXT_PIPELINE

    out = out or sys.stdout
    width = max(len(p.name) for p in TEXT_PIPELINE) + 2
    fam = max(len(p.family) for p in TEXT_PIPELINE) + 2
    print(f"{'PASS':<{width}}{'FAMILY':<{fam}}DESCRIPTION", file=out)
    for cls in dict.fromkeys(TEXT_PIPELINE):  # (a pass that runs twice, title-line, is listed at its first run)
        print(f"{cls.name:<{width}}{cls.family:<{fam}}{cls.description}", file=out)
    print("\n--disable and --only take pass or family names, in run order above.", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_passes:
        list_passes()
        return EXIT_OK

    from .plan import Plan, UsageError
    from .runner import Job
    from .settings import Settings

    def usage(message: str) -> int:
        print(f"clean: error: {message}", file=sys.stderr)
        return EXIT_USAGE

    try:
        config = build_config(args)
    except CleanerError as exc:
        return usage(str(exc))
    html_field = args.html_field if args.html_field else (None if args.text_field else "html")
    settings = Settings(
        config=config,
        fmt=args.format,
        explain=args.explain,
        diff=args.diff,
        text_field=args.text_field or "text",
        html_field=html_field,
        id_field=args.id_field,
        url_field=args.url_field,
        drop_duplicates=args.drop_duplicates,
    )
    if args.site_profiles and not args.learn and not os.path.exists(args.site_profiles):
        return usage(f"--no-learn and --site-profiles {args.site_profiles}: the file does not exist")
    if args.diff and args.format:
        return usage("--diff and --format do not go together: --diff writes nothing")
    if args.explain and args.format in ("txt", "md"):
        return usage(
            f"--explain adds the removals to JSON Lines records; --format {args.format} holds the text alone "
            "(use --format jsonl, or --diff to see what would be removed)"
        )
    inputs = args.inputs or ["-"]
    if "-" in inputs and sys.stdin.isatty() and not args.inputs:
        return usage("no INPUT given and stdin is a terminal (try: clean --help)")
    try:
        plan = Plan(inputs, args.output, settings, args.include, args.exclude, args.follow_symlinks)
    except UsageError as exc:
        return usage(str(exc))
    jobs = args.jobs or default_jobs()
    if args.dask:
        try:
            import distributed  # noqa: F401
        except ImportError:
            return usage("--dask needs dask.distributed: pip install 'cleaner[dask]'")
    try:
        job = Job(
            plan,
            jobs=jobs,
            force=args.force,
            progress=args.progress,
            quiet=args.quiet,
            dask=args.dask,
            learn=args.learn,
            learn_min_docs=args.learn_min_docs,
            site_profiles=args.site_profiles,
            worker_memory=args.worker_memory << 20 if args.worker_memory else None,
        )
        summary = job.run()
    except KeyboardInterrupt:
        return 130
    except CleanerError as exc:
        return usage(str(exc))
    except OSError as exc:
        if args.dask:
            return usage(f"cannot reach the Dask scheduler at {args.dask}: {exc}")
        print(f"clean: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if summary.interrupted == "stdout was closed":
        return EXIT_OK if not summary.failed else EXIT_FAILED
    return summary.exit_status()
