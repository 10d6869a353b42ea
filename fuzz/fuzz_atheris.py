"""Coverage-guided fuzzing with atheris (libFuzzer): ``clean_text``, ``clean_html`` and the readers.

    pip install atheris            # a wheel exists for CPython 3.11 on x86-64 Linux
    python fuzz/fuzz_atheris.py html -max_total_time=300 -timeout=30 [CORPUS_DIR]

Targets: ``text`` (clean_text / explain_text), ``html`` (clean_html, text and JSON), ``readers``
(decode_text, sniff, JSON Lines records, WARC), ``all`` (one of the three chosen by the first input
byte). Everything after the target goes to libFuzzer: ``-max_total_time=SECONDS`` bounds the run,
``-runs=N`` the number of inputs, ``-timeout=SECONDS`` the time per input (a hang is a finding),
``-rss_limit_mb=MB`` the memory; a directory argument is the corpus, grown as coverage grows (seed
it with ``fixtures/hostile/corpus``). The property: a str / Result, or a ``cleaner.CleanerError``.
Any other exception is a crash: libFuzzer stops, prints the traceback and writes the input to
``crash-<sha1>`` (replay it with ``python fuzz/fuzz_atheris.py html crash-<sha1>``). libFuzzer's
last line, ``Done N runs in S second(s)``, counts the inputs tried; a run that ends that way found
no crash.
"""

from __future__ import annotations

import contextlib
import io
import sys

import atheris

with atheris.instrument_imports(include=["cleaner"]):
    import cleaner
    from cleaner import CleanerError
    from cleaner.io import decode_text, iter_jsonl_lines, iter_warc, sniff
    from cleaner.io.readers import parse_record

#: Per-document time limit handed to the library: a run past it must end in Timeout, not hang.
LIMIT = 10.0


def _text(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data)) if fdp.ConsumeBool() else fdp.ConsumeUnicode(len(data))
    with contextlib.suppress(CleanerError):
        assert isinstance(cleaner.clean_text(text, timeout=LIMIT), str)
        assert isinstance(cleaner.explain_text(text, timeout=LIMIT), cleaner.Result)


def _html(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    rest = fdp.ConsumeBytes(len(data))
    page: str | bytes = rest if mode == 0 else rest.decode("utf-8", "replace" if mode == 1 else "surrogateescape")
    with contextlib.suppress(CleanerError):
        assert isinstance(cleaner.clean_html(page, timeout=LIMIT), str)
        assert isinstance(cleaner.clean_html(page, timeout=LIMIT, format="json"), str)


def _readers(data: bytes) -> None:
    sniff(data[:8192])
    with contextlib.suppress(CleanerError):
        assert isinstance(decode_text(data), str)
    for _n, line in iter_jsonl_lines(io.BytesIO(data), max_bytes=4096):
        if line is None:
            continue
        with contextlib.suppress(CleanerError):
            assert isinstance(parse_record(line), dict)
    with contextlib.suppress(CleanerError):
        for doc in iter_warc(io.BytesIO(data), max_bytes=1 << 20):
            assert doc.kind in (None, "html", "txt")


TARGETS = {"text": _text, "html": _html, "readers": _readers}


def _all(data: bytes) -> None:
    if data:
        list(TARGETS.values())[data[0] % 3](data[1:])


TARGETS["all"] = _all


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [CORPUS_DIR]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
