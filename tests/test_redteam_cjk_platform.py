"""Red team of the Chinese and Japanese vocabularies and of the blogging-platform rules: article
lines that look like the residue those rules remove must survive.

The sentences live in ``fixtures/negatives/<lang>.txt`` (tested at the head, middle and tail by
test_fixtures). Here: the lines that cannot go there, headlines and subheadings without a full
stop (a heading standing first is the page's title, so they are tested mid-article) and sentences
opening with a hashtag (a ``#`` line is a comment in the negatives files); the residue each
narrowed rule must still take; the script guess on mixed pages; and a Chinese or Japanese article
read with the other's vocabulary (what a wrong guess would cost).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from strategies import ARTICLES, read_negatives

import cleaner
from cleaner import language

#: Headlines and subheadings that were lost (marked *) or resemble a rule's residue.
HEADINGS: dict[str, list[str]] = {
    "zh": [
        "订阅制公众号为何难以盈利",  # * newsletter: 订阅 as a modifier
        "版权所有之争：AI生成的图片归谁",  # * copyright: 版权所有 as a headline's subject
        "下载量最高的十款App出炉",  # * call to action: 下载量 is a noun
        "下载某App后，她的手机仍被盗刷了五千元",  # * the tail says nothing the app gives
        "下载“反诈”App后，她的手机仍被盗刷",  # *
        "安装了反诈App的老人更少上当受骗",  # *
        "扫一扫背后的隐私风险",  # * call to action: a headline about scanning
        "扫码领取优惠券背后藏着骗局",  # *
        "图片：一张泛黄的老照片，讲述了三代人的故事",  # * image credit: a caption, not a name
        "时间：2024年3月21日",  # * dateline: an event's row, not the page's stamp
        "日期：2024年3月21日（星期四）",  # *
        "记者手记：在废墟中寻找希望",
        "责任：谁该为这场事故负责",
        "分享经济的下半场：从野蛮生长到规范发展",
        "一、完善社会保障体系",
        "二、加快推进城市更新",
        "点击量造假产业链调查",
    ],
    "ja": [
        "著作権：写真の扱いをめぐる新ルール",  # * copyright label: a headline has its particles
        "関連：中国の景気減速が日本企業に影を落とす",
        "新型ロケット、打ち上げに成功",
        "円安進む　一時１ドル＝１５０円台に",
        "・高齢者の見守り体制を強化する",
        "１．災害時の避難計画を見直す",
        "ランキング：住みたい街、今年も横浜が首位",
        "日時：3月21日（木）午後2時",
    ],
}

#: Sentences opening with a hashtag (cannot stand in a negatives file).
HASHTAG_SENTENCES: dict[str, list[str]] = {
    "en": [
        "#MeToo #TimesUp trended for days.",
        "#MeToo and #TimesUp changed how studios handle complaints.",
        "#1 on the charts for six weeks, the single made her a star.",
    ],
    "de": ["#MeToo #Aufschrei war tagelang das Thema."],
    "es": ["#MeToo #YoTambién fue tendencia durante días."],
    "fr": ["#MeToo #BalanceTonPorc a été en tête des tendances pendant des jours."],
}

#: Residue the narrowed rules still take: (language, line, pass).
RESIDUE = [
    ("zh", "扫一扫，分享到手机", "call-to-action"),
    ("zh", "长按二维码关注我们", "call-to-action"),
    ("zh", "扫码关注新华社微信公众号", "call-to-action"),
    ("zh", "下载人民日报客户端，看更多新闻", "call-to-action"),
    ("zh", "打开APP阅读全文", "call-to-action"),
    ("zh", "订阅我们的电子报", "newsletter-prompt"),
    ("zh", "图片来源：视觉中国", "image-credit"),
    ("zh", "图：新华社记者 李贺 摄", "image-credit"),
    ("zh", "新华网版权所有，未经书面授权，禁止转载", "copyright"),
    ("zh", "未经授权不得转载本站内容", "copyright"),
    ("zh", "Copyright © 2024 新华网 保留所有权利", "copyright"),
    ("zh", "发布时间：2024-06-03 10:22", "dateline"),
    ("zh", "时间：2024年03月21日 08:15 来源：新华网", "dateline"),
    ("ja", "この記事にはアフィリエイト広告が含まれています。", "consent-line"),
    ("ja", "本記事はプロモーションを含みます。", "consent-line"),
    ("ja", "当サイトではクッキーを使用しています。", "cookie-notice"),
    ("ja", "著作権：株式会社サンプル新聞社", "copyright"),
    ("en", "Theme: Hemingway by Anders Norén.", "site-chrome"),
    ("en", "Theme: Twenty Seventeen.", "site-chrome"),
    ("en", "Sign up for our newsletter.", "newsletter-prompt"),
    ("en", "Over 12,000 subscribers", "social-buttons"),
]


def _mid(lang: str, line: str) -> list[str]:
    art = ARTICLES[lang]
    pos = (len(art) + 1) // 2
    return [*art[:pos], line, *art[pos:]]


def _expected(paragraphs: list[str]) -> str:
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in HEADINGS.items() for line in lines])
def test_heading_survives_mid_article(lang: str, line: str) -> None:
    paragraphs = _mid(lang, line)
    result = cleaner.Cleaner().explain_text("\n\n".join(paragraphs))
    assert result.text == _expected(paragraphs), [(r.pass_name, r.text) for r in result.removed]


@pytest.mark.parametrize(
    ("lang", "line", "position"),
    [(lang, line, pos) for lang, lines in HASHTAG_SENTENCES.items() for line in lines for pos in ("head", "middle", "tail")],
)
def test_hashtag_sentence_survives(lang: str, line: str, position: str) -> None:
    art = ARTICLES[lang]
    pos = {"head": 0, "middle": (len(art) + 1) // 2, "tail": len(art)}[position]
    paragraphs = [*art[:pos], line, *art[pos:]]
    result = cleaner.Cleaner().explain_text("\n\n".join(paragraphs))
    assert result.text == _expected(paragraphs), [(r.pass_name, r.text) for r in result.removed]


@pytest.mark.parametrize(("lang", "line", "pass_name"), RESIDUE)
def test_residue_still_removed(lang: str, line: str, pass_name: str) -> None:
    result = cleaner.Cleaner().explain_text("\n\n".join(_mid(lang, line)))
    assert [r.pass_name for r in result.removed if r.text == " ".join(line.split())] == [pass_name]
    assert result.text == _expected(ARTICLES[lang])


MIXED = [
    # a Japanese article quoting Chinese, a Chinese one quoting Japanese, English names in Chinese,
    # Korean with a few Hanja (Korean, not Chinese)
    ("ja", [*ARTICLES["ja"][:1], "中国外交部の毛寧報道官は「我们坚决反对任何形式的台独分裂活动，这是中国的内政，不容任何外部势力干涉」と述べた。", *ARTICLES["ja"][1:]]),
    ("zh", [*ARTICLES["zh"][:1], "日本首相岸田文雄在记者会上表示：“しっかりと対応していきたい”，并称日本政府将与各国保持密切沟通。", *ARTICLES["zh"][1:]]),
    ("zh", ["苹果公司首席执行官蒂姆·库克（Tim Cook）周三在加州库比蒂诺（Cupertino）发布了新款iPhone 16 Pro，并表示Apple Intelligence将于明年登陆中国市场。", *ARTICLES["zh"]]),
    ("ko", ["文在寅 대통령은 21일 청와대에서 北核 문제와 관련해 \"한반도 비핵화는 반드시 이뤄져야 한다\"고 말했다.", "與野는 이에 대해 엇갈린 반응을 보였다."]),
]


@pytest.mark.parametrize(("expected", "paragraphs"), MIXED)
def test_mixed_page_gets_its_own_language_and_keeps_every_line(expected: str | None, paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert (language.guess_by_stopwords(text) or language.guess_by_script(text)) == expected
    assert cleaner.clean_text(text) == _expected(paragraphs)


@pytest.mark.parametrize(("lang", "other"), [("zh", "ja"), ("ja", "zh")])
def test_a_wrong_cjk_guess_loses_no_negative(lang: str, other: str) -> None:
    """A Chinese article read with the Japanese vocabulary (a short page dominated by a quote can
    be guessed so), and the reverse: the other's patterns take none of its article lines."""
    cleaner_ = cleaner.Cleaner(language=other)
    lost = []
    for line in read_negatives(lang):
        paragraphs = _mid(lang, line)
        if cleaner_.clean_text("\n\n".join(paragraphs)) != _expected(paragraphs):
            lost.append(line)
    assert not lost
