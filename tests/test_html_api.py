"""The HTML path through the public API: formats, metadata, configuration, errors, decoding."""

from __future__ import annotations

import codecs
import json
import pickle
from pathlib import Path

import pytest

import cleaner
from cleaner import Cleaner, ConfigError, DecodeError, InputTooLarge, Result
from cleaner.html.decode import declared_charset, decode_html, looks_binary, normalize_label
from cleaner.html.formats import FORMATS, render

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Town Votes to Keep Its Last Cinema Open | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette">
<meta name="author" content="Sam Oduya">
<meta property="article:published_time" content="2023-03-02T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Town Votes to Keep Its Last Cinema Open</h1>
<p>Residents voted by a large majority on Sunday to buy the town's last cinema
and run it as a community business.</p>
<h2>What happens next</h2>
<p>The council will now apply for a loan to cover the purchase,
which it hopes to complete before the summer.</p>
<ul><li>Screenings resume in April.</li><li>Volunteers are needed for the box office.</li></ul>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>Share this article</p>
</article>
<footer><p>Copyright 2023 Valley Gazette. All rights reserved.</p></footer>
</body></html>"""

BODY = [
    "Residents voted by a large majority on Sunday to buy the town's last cinema "
    "and run it as a community business.",
    "The council will now apply for a loan to cover the purchase, "
    "which it hopes to complete before the summer.",
]


# -- the public functions -----------------------------------------------------------
def test_clean_html_text_default() -> None:
    out = cleaner.clean_html(ARTICLE, url="https://gazette.example/cinema")
    for line in BODY:
        assert line in out
    assert "Share on Facebook" not in out
    assert "Share this article" not in out  # left by extraction, removed by the text passes
    assert "Copyright 2023" not in out
    assert "Town Votes to Keep Its Last Cinema Open" not in out


def test_module_and_cleaner_agree() -> None:
    c = Cleaner()
    assert c.clean_html(ARTICLE) == cleaner.clean_html(ARTICLE)
    assert c.explain_html(ARTICLE).text == cleaner.explain_html(ARTICLE).text == cleaner.clean_html(ARTICLE)


def test_explain_html_result() -> None:
    result = cleaner.explain_html(ARTICLE.encode("utf-8"), url="https://gazette.example/cinema")
    assert isinstance(result, Result)
    assert result.language == "en"
    meta = result.metadata
    assert meta["title"].startswith("Town Votes to Keep Its Last Cinema Open")
    assert meta["author"] == "Sam Oduya"
    assert meta["date"] == "2023-03-02"
    assert meta["sitename"] == "Valley Gazette"
    assert meta["url"] == "https://gazette.example/cinema"
    assert meta["language"] == "en"
    passes = {r.pass_name for r in result.removed}
    assert "dom:social" in passes and "dom:chrome" in passes and "dom:title" in passes
    text_removals = [r for r in result.removed if not r.pass_name.startswith("dom:")]
    assert any(r.text == "Share this article" for r in text_removals)
    assert all(r.start_line >= 1 for r in text_removals)


def test_json_format() -> None:
    data = json.loads(cleaner.clean_html(ARTICLE, format="json"))
    assert set(data) == {"text", "language", "metadata", "removed"}
    assert data["metadata"]["author"] == "Sam Oduya"
    assert all({"text", "pass_name", "reason", "kind"} <= set(r) for r in data["removed"])
    assert BODY[0] in data["text"]


def test_markdown_keeps_headings_lists_paragraphs() -> None:
    md = cleaner.clean_html(ARTICLE, format="markdown")
    lines = md.splitlines()
    assert "## What happens next" in lines or "# What happens next" in lines
    assert "- Screenings resume in April." in lines
    assert "- Volunteers are needed for the box office." in lines
    assert BODY[0] in lines
    assert "Town Votes to Keep Its Last Cinema Open" not in md


def test_render_converts_between_formats() -> None:
    result = cleaner.explain_html(ARTICLE)
    assert render(result, "text") == result.text
    md = render(result, "markdown")
    assert BODY[0] in md and "\n\n" in md
    assert json.loads(render(result, "json"))["text"] == result.text
    assert FORMATS == ("text", "json", "markdown")
    with pytest.raises(ConfigError):
        render(result, "pdf")
    with pytest.raises(ConfigError):
        cleaner.clean_html(ARTICLE, format="pdf")


def test_the_clis_format_names_are_taken_too() -> None:
    """``clean --format md|txt`` names the same formats; the API takes those names as well."""
    assert cleaner.clean_html(ARTICLE, format="md") == cleaner.clean_html(ARTICLE, format="markdown")
    assert cleaner.clean_html(ARTICLE, format="txt") == cleaner.clean_html(ARTICLE, format="text")
    assert cleaner.clean_html(ARTICLE, format="md") != cleaner.clean_html(ARTICLE, format="txt")
    result = cleaner.explain_html(ARTICLE)
    assert render(result, "md") == render(result, "markdown")


def test_options_reach_the_text_passes() -> None:
    removed = cleaner.explain_html(ARTICLE).removed_by("social-buttons")
    assert [r.text for r in removed] == ["Share this article"]
    assert "Share this article" in cleaner.clean_html(ARTICLE, disable=["social-buttons"])
    result = cleaner.explain_html(ARTICLE, language="de")
    assert result.language == "de"


def test_pickled_cleaner_runs_html() -> None:
    c = pickle.loads(pickle.dumps(Cleaner()))
    assert c.clean_html(ARTICLE) == cleaner.clean_html(ARTICLE)


# -- bad input ----------------------------------------------------------------------
@pytest.mark.parametrize("data", ["", "   \n\t ", b"", b"\n\n"])
def test_empty_input_gives_empty_text(data: str | bytes) -> None:
    assert cleaner.clean_html(data) == ""
    result = cleaner.explain_html(data)
    assert result.text == "" and result.removed == []


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
        bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00",
    ],
)
def test_binary_input_raises_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError):
        cleaner.clean_html(data)
    with pytest.raises(cleaner.CleanerError):
        cleaner.explain_html(data)


@pytest.mark.parametrize("data", [None, 42, ["<p>x</p>"], {"html": "x"}])
def test_wrong_type_raises_decode_error(data: object) -> None:
    with pytest.raises(DecodeError):
        cleaner.clean_html(data)  # type: ignore[arg-type]


def test_too_large_input() -> None:
    page = "<html><body>" + "<p>word word word word word word.</p>" * 200 + "</body></html>"
    with pytest.raises(InputTooLarge):
        cleaner.clean_html(page, max_bytes=1000)
    with pytest.raises(InputTooLarge):
        cleaner.clean_html(page.encode(), max_bytes=1000)
    assert cleaner.clean_html(page, max_bytes=10_000_000)


@pytest.mark.parametrize(
    "data",
    [
        "just some text without any markup at all, long enough to be a sentence of prose.",
        "<<<>>><<</p></div></body>",
        "<html><body><div><p>unclosed <b>tags <i>everywhere",
        "<html>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</html>",
        "<p>" + "\x00\x01\ufffd" * 20 + "</p>",
        "<script>alert(1)</script><style>p{}</style>",
        "<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_garbage_never_crashes(data: str) -> None:
    out = cleaner.clean_html(data)
    assert isinstance(out, str)
    assert "alert(1)" not in out


# -- decoding -----------------------------------------------------------------------
def test_declared_charset_and_labels() -> None:
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"
    http_equiv = b"<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
    assert declared_charset(http_equiv) == "gb18030"
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><html>') == "cp1251"
    assert declared_charset(b"<p>no declaration</p>") is None
    assert normalize_label("utf8") == "utf-8"
    assert normalize_label("base64") is None
    assert normalize_label("no-such-charset") is None


def test_decode_prefers_bom_then_valid_declaration() -> None:
    text = "<p>Grüße aus Köln</p>"
    assert decode_html(codecs.BOM_UTF8 + text.encode("utf-8")) == text
    assert decode_html(text.encode("utf-16")) == text  # BOM included by the codec
    assert decode_html(b'<meta charset="windows-1252"><p>\x93quoted\x94 \x80</p>').endswith("“quoted” €</p>")
    # declared single-byte charset, but the bytes are UTF-8: the declaration lies
    assert decode_html('<meta charset="iso-8859-1"><p>Grüße</p>'.encode()).endswith("Grüße</p>")
    # declared UTF-8, but the bytes are cp1252: strict UTF-8 fails, detection takes over
    assert "Café" in decode_html('<meta charset="utf-8"><p>Café crème brûlée à la carte</p>'.encode("cp1252"))


def test_decode_never_fails_on_bad_bytes() -> None:
    out = decode_html(b"<p>" + bytes(range(0x80, 0x100)) + b"</p>")
    assert out.startswith("<p>") and out.endswith("</p>")
    assert looks_binary(b"\x00\x01\x02\x03" * 100)
    assert not looks_binary(b"<p>plain text</p>\r\n\t")


@pytest.mark.parametrize("page", sorted((FIXTURES / "encoding").glob("*.html")), ids=lambda p: p.stem)
def test_encoded_fixture_pages(page: Path) -> None:
    expected = page.with_suffix("").with_suffix(".expected.txt").read_text(encoding="utf-8").rstrip("\n")
    assert cleaner.clean_html(page.read_bytes()) == expected


def test_short_article_keeps_its_paragraphs_apart() -> None:
    """trafilatura's last resort on a short page returns its <article> as one string: the
    paragraphs (and the residue around them) run into one line, which no text pass can then
    take apart. The page's own blocks give the lines back."""
    paragraphs = [
        "Publicado el 3 de junio de 2024 por viajeraana",
        "Llegamos un lunes lloviendo.",
        "Día 1",
        "Paseamos por Alfama y comimos sardinas.",
        "Día 2",
        "Fuimos a Sintra en tren.",
        "¡Hasta la próxima!",
        "Ana",
        "Comparte esto:",
        "Twitter",
        "Facebook",
        "Me gusta Cargando...",
        "Relacionado",
    ]
    page = (
        "<html><head><title>x</title></head><body><nav><ul><li><a href='/x'>Home</a></li>"
        "<li><a href='/x'>News</a></li></ul></nav><article><h1>Cinco días en Lisboa</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer><p>Contact | Imprint | Privacy</p></footer></body></html>"
    )
    lines = cleaner.clean_html(page).split("\n")
    for para in paragraphs[1:8]:
        assert para in lines
