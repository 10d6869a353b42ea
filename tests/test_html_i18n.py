"""HTML path on pages in Russian, Polish, Chinese, Japanese (and a Korean and an Arabic page):
``fixtures/html_i18n/<lang>_<name>.html``, in the markup of real sites of each country (news
portals, WordPress blogs, a municipal BIP page, ameblo/note blogs, old table-layout pages).

The article's lines are tagged in the page: ``data-gold`` (every one must come out as a line of
its own: a hard assertion) and ``data-soft`` (a dek the extractor leaves out with the headline:
counted, capped). The tags are taken off before the page is cleaned. Every other line that comes
out is residue, capped per page (a ratchet: lower a cap when a fix lowers the count).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.document import normalize_space

PAGES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "html_i18n"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> (soft lines lost, residue lines left) at most.
CAPS: dict[str, tuple[int, int]] = {
    "ar_news": (0, 0),
    # htmlblog45: "テーマ：旅行" (the entry's theme) and "リブログ" (the reblog button) go now
    # (rules.toml "entry-themes", "reblog-button")
    "ja_ameblo": (0, 0),
    "ja_naive_heavy": (0, 1),  # "（佐藤一郎）": the reporter's name after the story
    "ja_news": (0, 0),
    "ja_note": (0, 3),  # the like count, the creator's name and bio under the post
    "ko_news": (0, 1),  # "관련기사 <a>…</a>" (no label mark)
    "pl_bip": (0, 0),
    "pl_naive_heavy": (0, 0),
    "pl_news_portal": (0, 0),
    "pl_wp_blog": (0, 0),
    "ru_naive_heavy": (0, 0),
    "ru_news_portal": (1, 0),  # the dek sits beside the article's container: trafilatura's choice
    "ru_regional_news": (1, 1),  # the same; "Хотите сообщить новость? Пишите нам …" (a tip line)
    "ru_wp_blog": (0, 0),
    "zh_blog": (0, 0),
    "zh_naive_heavy": (0, 1),  # the headline in a <div class="bt">: no heading, no title-like name
    "zh_portal": (0, 0),
    "zh_tw_news": (0, 2),  # "更多新聞網報導<br><a>headline</a>": a teaser with no label mark
}


def _lines(node_text: str) -> list[str]:
    return [t for line in node_text.splitlines() if (t := normalize_space(line))]


def _tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    out: list[str] = []
    for node in tree.css(f"[{attr}]"):
        if node.tag == "pre":
            out.extend(_lines(node.text()))  # a code sample: one line per line
        else:
            out.append(normalize_space(node.text(separator=" ")))
    return out


def _run(page: Path) -> tuple[list[str], list[str], list[str], cleaner.Result]:
    html = page.read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    gold, soft = _tagged(tree, "data-gold"), _tagged(tree, "data-soft")
    bare = html.replace(" data-gold", "").replace(" data-soft", "")
    result = cleaner.explain_html(bare, url="https://example.org/a/1")
    out = [line[2:] if line.startswith("- ") else line for line in _lines(result.text)]
    return gold, soft, out, result


def _id(page: Path) -> str:
    return page.stem


def test_every_page_has_caps() -> None:
    assert sorted(p.stem for p in PAGES) == sorted(CAPS)


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_article_lines_survive_and_residue_is_capped(page: Path) -> None:
    gold, soft, out, _ = _run(page)
    assert len(gold) >= 5
    lost = [g for g in gold if g not in out]
    assert not lost, f"article lines lost: {lost}"
    soft_cap, residue_cap = CAPS[page.stem]
    soft_lost = [s for s in soft if s not in out]
    residue = [line for line in out if line not in gold and line not in soft]
    assert len(soft_lost) <= soft_cap, soft_lost
    assert len(residue) <= residue_cap, f"residue left: {residue}"


def _explained(result: cleaner.Result) -> set[str]:
    return {r.pass_name for r in result.removed}


def test_table_layout_page_keeps_its_paragraphs_apart() -> None:
    # the article sits in a cell of a layout table: trafilatura wrote the row as one line
    # ("| poll | date headline paragraph paragraph ..."); pointed at the article it keeps them apart
    for name in ("ru_naive_heavy", "ja_naive_heavy"):
        gold, _, out, _ = _run(PAGES_DIR / f"{name}.html")
        assert all(g in out for g in gold)
        assert not any(line.startswith("|") for line in out)


def test_data_table_inside_the_article_stays_a_table() -> None:
    rows = "".join(f"<tr><td>Район {i}</td><td>{i * 7} аварий</td></tr>" for i in range(1, 5))
    paragraphs = "".join(
        f"<p>Абзац номер {i}: отопительный сезон в районе прошёл спокойнее, чем в прошлом году, "
        "сообщили в администрации.</p>"
        for i in range(1, 6)
    )
    html = (
        "<html><head><title>Итоги сезона</title></head><body><div class='nav'><a href='/'>Главная</a></div>"
        f"<div class='news-text'>{paragraphs}<table><tr><th>Район</th><th>Аварии</th></tr>{rows}</table></div>"
        "</body></html>"
    )
    out = cleaner.clean_html(html, url="https://example.ru/n/1")
    assert "| Район 2 | 14 аварий |" in out
    for i in range(1, 6):
        assert any(line.startswith(f"Абзац номер {i}:") for line in out.splitlines())


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("週末の京都旅行で行った和菓子屋さん | ゆるっと日記", "週末の京都旅行で行った和菓子屋さん"),
        (
            "フリーランス3年目で気づいた、仕事を続けるための5つの習慣｜山田花子｜note",
            "フリーランス3年目で気づいた、仕事を続けるための5つの習慣",
        ),
        ("多地出台措施促进新能源汽车消费_新闻中心_网易", "多地出台措施促进新能源汽车消费"),
    ],
)
def test_unspaced_headline_repeating_the_title_goes(title: str, headline: str) -> None:
    body = "".join(f"<p>{headline}之后的第{i}段正文，内容足够长，用来构成一篇真正的文章。</p>" for i in range(6))
    html = f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>{body}</article></body>"
    result = cleaner.explain_html(html, url="https://example.org/a/1")
    assert headline not in result.text.splitlines()
    assert "dom:title" in _explained(result)
    assert result.text.count("之后的第") == 6


def test_unspaced_subheading_repeating_the_title_stays() -> None:
    # only one heading goes: the <h1>; an <h2> with the title's words inside the article stays
    headline = "北陸新幹線、敦賀まで延伸開業"
    body = "".join(f"<p>第{i}段落の本文です。新幹線の開業で観光客が増えると期待されている。</p>" for i in range(5))
    html = (
        f"<html><head><title>{headline}｜日本経済新聞</title></head><body><article><h1>{headline}</h1>"
        f"{body}<h2>{headline}</h2><p>見出しの後の段落も記事の本文であり、残らなければならない。</p></article></body></html>"
    )
    out = cleaner.clean_html(html, url="https://example.jp/a/1").splitlines()
    assert headline in out
    assert "見出しの後の段落も記事の本文であり、残らなければならない。" in out


@pytest.mark.parametrize(
    "line",
    [
        "图为何物，专家至今仍有争议，但这张照片确实拍摄于一九三七年的南京。",
        "据报道，该展览展出的图片来源于多家博物馆的馆藏（图片来源：各博物馆）。",
        "他说，现在分享到朋友圈的内容越来越多，人人网已经很少有人用了，微博也在变化。",
    ],
)
def test_zh_caption_and_share_lookalikes_survive_in_a_page(line: str) -> None:
    paragraphs = [f"第{i}段：记者从市政府获悉，今年全市新建了多个社区公园，居民出行更加方便。" for i in range(6)]
    for at in (0, 3, 6):
        body = [*paragraphs[:at], line, *paragraphs[at:]]
        html = "<html><body><div class='article-content'>" + "".join(f"<p>{p}</p>" for p in body) + "</div></body>"
        assert line in cleaner.clean_html(html, url="https://example.cn/a/1").splitlines()


def test_zh_caption_with_its_credit_goes() -> None:
    _, _, out, result = _run(PAGES_DIR / "zh_portal.html")
    assert not any(line.startswith("图为") for line in out)
    assert any(r.pass_name == "image-credit" and r.text.startswith("图为") for r in result.removed)
