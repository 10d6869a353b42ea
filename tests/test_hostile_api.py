"""Hostile and broken input through the library: every public function returns a string or
raises a ``CleanerError``, never anything else, and never runs past its time limit.

Timing bounds are generous (the limit plus seconds of slack) so a loaded CI machine cannot
make them flaky; what they catch is a hang or an uninterruptible quadratic stage.
"""

from __future__ import annotations

import contextlib
import time

import pytest

import cleaner
from cleaner import CleanerError, DecodeError, InputTooLarge, Timeout

TEXTS = {
    "empty": "",
    "whitespace": " \n\t\r\n \u3000\u2028\u00a0\n",
    "nul": "Hello\x00world. " * 200,
    "lone-surrogates": "abc \ud800 def\udfff text \udc80 here. " * 50,
    "long-line-10MB": "word " * 2_000_000,
    "run-10MB": "a" * 10_000_000,
    "controls": "".join(chr(c) for c in range(32)) * 1000,
    "bidi-zw": "\u202e\u200b\u200d\ufeff" * 10_000,
    "many-short-lines": "Share\n" * 300_000,
}
HTMLS = {
    "empty": "",
    "nested-100k": "<div>" * 100_000 + "text" + "</div>" * 100_000,
    "br-1MB": "<br>" * 250_000,
    "unclosed-tags": "<p><b><i><a href=x>" * 20_000,
    "comment-unclosed": "<p>x</p><!--" + "a" * 1_000_000,
    "script-unclosed": "<script>" + "var x = '<div>';" * 50_000,
    "nul-bytes": b"<html><body><p>Text\x00with\x00nul bytes in it, quite a few of them.</p></body></html>",
    "invalid-utf8": b"<html><body><p>Caf\xe9 \xff\xfe\xfd broken bytes \xc3\x28 here.</p></body></html>",
    "utf16-bad": b"\xff\xfe<\x00p\x00>\x00\x00\xd8\x00\xd8",
    "bytes-garbage": bytes(range(256)) * 100,
    "attrs-huge": "<div " + "a=b " * 200_000 + ">text</div>",
}
SLACK = 20.0  # seconds: generous, catches hangs, not slowness


def _call(fn, value, **options):
    t = time.perf_counter()
    try:
        out = fn(value, **options)
    except CleanerError as exc:
        return exc, time.perf_counter() - t
    return out, time.perf_counter() - t


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("fn", [cleaner.clean_text, cleaner.explain_text])
def test_text_hostile(name: str, fn) -> None:
    out, took = _call(fn, TEXTS[name], timeout=10.0)
    assert isinstance(out, str | cleaner.Result | CleanerError)
    assert took < 10.0 + SLACK


@pytest.mark.parametrize("name", sorted(HTMLS))
@pytest.mark.parametrize("fn", [cleaner.clean_html, cleaner.explain_html])
def test_html_hostile(name: str, fn) -> None:
    out, took = _call(fn, HTMLS[name], timeout=10.0)
    assert isinstance(out, str | cleaner.Result | CleanerError)
    assert took < 10.0 + SLACK


@pytest.mark.parametrize("value", [None, 3, 4.5, ["a"], {"a": 1}, object()])
def test_wrong_types_raise_cleaner_errors(value: object) -> None:
    for fn in (cleaner.clean_text, cleaner.explain_text, cleaner.clean_html, cleaner.explain_html):
        with pytest.raises(CleanerError):
            fn(value)  # type: ignore[arg-type]


def test_deep_nesting_refused_fast() -> None:
    out, took = _call(cleaner.clean_html, HTMLS["nested-100k"])
    assert isinstance(out, DecodeError) and "nested" in str(out)
    assert took < 5.0  # the parser alone would take ~50 s


def test_ordinary_pages_are_not_refused_as_deep() -> None:
    page = "<html><body>" + "<div><p>Some text in a paragraph here.</p></div>" * 20_000 + "</body></html>"
    assert "Some text" in cleaner.clean_html(page)


@pytest.mark.parametrize("make", [lambda: "a\n" * 2_000_000, lambda: "Share this\nRead more\n" * 400_000])
def test_text_timeout_inside_passes(make) -> None:
    """The deadline is checked inside long loops, not only between passes."""
    text = make()
    out, took = _call(cleaner.clean_text, text, timeout=0.3)
    assert isinstance(out, Timeout)
    assert took < 0.3 + 3.0  # one check interval late at most, with slack for a slow machine


def test_timeout_error_is_documented_type() -> None:
    assert issubclass(Timeout, CleanerError) and issubclass(Timeout, TimeoutError)


def test_max_bytes() -> None:
    with pytest.raises(InputTooLarge):
        cleaner.clean_text("x" * 2000, max_bytes=1000)
    with pytest.raises(InputTooLarge):
        cleaner.clean_html(b"x" * 2000, max_bytes=1000)
    with pytest.raises(InputTooLarge):  # counted in UTF-8 bytes, not characters
        cleaner.clean_text("é" * 600, max_bytes=1000)
    assert cleaner.clean_text("x" * 999, max_bytes=1000) is not None


def test_empty_and_whitespace_give_empty_output() -> None:
    for value in ("", " ", "\n\n\t \n", "\u3000\u00a0"):
        assert cleaner.clean_text(value) == ""
        assert cleaner.clean_html(value) == ""


def test_output_is_valid_text_for_surrogates() -> None:
    out = cleaner.clean_text(TEXTS["lone-surrogates"])
    assert "abc" in out  # kept, not dropped; lone surrogates pass through as they came


def test_readers_raise_cleaner_errors_only() -> None:
    import io

    from cleaner.io import decode_text, iter_jsonl_lines, read_limited
    from cleaner.io.readers import parse_record

    for data in (b"\x00\x01\x02" * 100, b"\xef\xbb\xbf\xff\xfe", b"\xff\xfe\x00\xd8", bytes(range(256))):
        with contextlib.suppress(CleanerError):
            assert isinstance(decode_text(data), str)
    with pytest.raises(InputTooLarge):
        read_limited(io.BytesIO(b"x" * 100), 10)
    lines = list(iter_jsonl_lines(io.BytesIO(b'{"a":1}\n' + b"x" * 1000 + b'\n{"b":2}\n'), max_bytes=100))
    assert [n for n, _ in lines] == [1, 2, 3] and lines[1][1] is None  # overlong line: reported, not held
    for line in (b"{", b"[1]", b'"s"', b"\xff\xfe", b'{"a": NaN}x', b"1e999999"):
        with contextlib.suppress(CleanerError):
            assert isinstance(parse_record(line), dict)


# -- pathological page shapes: cost in C code (parser, trafilatura) or in superlinear loops ------------
def _make():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "hostile" / "make.py"
    spec = importlib.util.spec_from_file_location("hostile_make", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


MAKE = _make()
PATHOLOGICAL = MAKE.pathological_html(scale=2.0)  # ~2 MB each: minutes of work for an unbounded stage


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_html_within_the_limit(name: str) -> None:
    """Returns or raises within about the limit: the parse and trafilatura are not started when their
    estimated cost does not fit, and our own loops check the deadline. Unbounded, the br, p, div,
    table and attribute pages take 8-20 s here (0.5 s limit, bound 5x + 2 s of slack)."""
    _cls, page = PATHOLOGICAL[name]
    limit = 0.5
    out, took = _call(cleaner.clean_html, page, timeout=limit)
    assert isinstance(out, str | CleanerError)
    assert not isinstance(out, InputTooLarge | cleaner.ConfigError)
    assert took < 5 * limit + 2.0, (name, took, out)


@pytest.mark.parametrize("name", ["nested-titles", "nested-spans", "nested-tag-links", "nested-dialogs", "comment"])
def test_pathological_html_without_a_limit(name: str) -> None:
    """Nested shapes that made our own loops quadratic (the headline search read every nested
    title-named element's text: 70 s; explaining nested form/embed elements read each one's text)
    finish in linear time with no limit at all."""
    _cls, page = MAKE.pathological_html(scale=1.0)[name]
    out, took = _call(cleaner.explain_html, page)
    assert isinstance(out, cleaner.Result)
    assert took < 20.0, (name, took)


def test_too_many_attributes_refused_fast() -> None:
    out, took = _call(cleaner.clean_html, PATHOLOGICAL["attributes"][1])
    assert isinstance(out, DecodeError) and "attributes" in str(out)
    assert took < 5.0  # the parser alone would take ~20 s


def test_long_attribute_values_are_not_counted_as_attributes() -> None:
    import json

    props = json.dumps({f"key{i}": f"value number {i}" for i in range(20_000)})
    page = f"<html><body><div data-props='{props}'><p>{MAKE.ARTICLE}</p></div></body></html>"
    assert "council approved" in cleaner.clean_html(page)


def test_extraction_too_slow_for_the_limit_raises_timeout_early() -> None:
    page = PATHOLOGICAL["table"][1]  # 400k tags: trafilatura alone ~6-10 s
    out, took = _call(cleaner.clean_html, page, timeout=3.0)
    assert isinstance(out, Timeout)  # estimated before extraction (or, on a loaded machine, in the DOM pass)
    assert took < 3.0 * 5


def test_extraction_estimate_decides_before_trafilatura_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deterministic: with a per-tag cost that cannot fit, trafilatura is never called."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.html import extract
    from cleaner.html.budget import Budget

    def boom(*_args: object, **_kw: object) -> None:
        raise AssertionError("trafilatura started")

    monkeypatch.setattr(extract, "EXTRACTION_SECONDS_PER_TAG", 10.0)
    monkeypatch.setattr(extract, "run_trafilatura", boom)
    page = f"<html><body><article><p>{MAKE.ARTICLE}</p></article></body></html>"
    with pytest.raises(Timeout, match="extraction estimated"):
        extract.extract(LexborHTMLParser(page), None, None, budget=Budget(60.0))
    fast = extract.extract(LexborHTMLParser(page), None, None, budget=Budget(60.0), fallback=True)
    assert fast.method == "fast" and "council approved" in fast.text


def test_timeout_fallback_extracts_fast_instead() -> None:
    # 1000 paragraphs of 100 bold words: 200k tags (trafilatura ~5 s), 1000 lines of text
    para = "<p>" + " ".join(f"<b>word{i}</b>" for i in range(100)) + " ends here.</p>"
    page = "<html><body>" + para * 1000 + "</body></html>"
    result = cleaner.explain_html(page, timeout=4.5, timeout_fallback=True)  # estimate ~8 s: does not fit
    assert result.metadata["extraction"] == "fast"
    assert result.text.count("word99 ends here.") == 1000  # one line per paragraph: nothing lost
    with pytest.raises(cleaner.ConfigError):
        cleaner.clean_html(page, timeout_fallback="yes")


def test_limit_does_not_change_ordinary_pages() -> None:
    body = "".join(f"<p>Paragraph {i} of the report says the council met again on Tuesday.</p>" for i in range(300))
    page = f"<html><head><title>Council report</title></head><body><nav><a href=/>Home</a></nav>{body}</body></html>"
    assert cleaner.clean_html(page, timeout=30.0) == cleaner.clean_html(page)
    assert cleaner.clean_html(page, timeout=30.0, format="json") == cleaner.clean_html(page, format="json")
    assert cleaner.clean_html(page, timeout=30.0, timeout_fallback=True) == cleaner.clean_html(page)


def test_pre_parse_scan_checks_the_deadline() -> None:
    """Counting the nesting of millions of tags is a Python loop: it stops at the limit too."""
    page = "<div></div>" * 1_500_000  # 16 MB, 3M tags to count
    out, took = _call(cleaner.clean_html, page, timeout=0.5)
    assert isinstance(out, Timeout)
    assert took < 5 * 0.5 + 2.0
