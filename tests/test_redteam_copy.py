"""Red team of the copyright, credit and syndication rules (the language-neutral ``credits`` tables and
every language's): short lines of an article that look like a rights notice or a credit, the story's
last paragraph after a credit or a notice near its end (``copyright-tail``), and the residue the
narrowed patterns still take.

The long sentences of the same red team are in ``fixtures/negatives/<lang>.txt``; here are the lines
that cannot stand first in a text (headings, list items), each in the middle of a short article and
after its last paragraph.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

SHORT_LINES: dict[str, list[str]] = {
    "en": [
        # a list item's letter, not a holder: a holder has at most two lower-case words
        "(c) the costs of the inquiry will be met by the government",
        "(c) The Treasury will pay for the repairs",
        "Copyright Reform 2024",
        "© or ™: which one does a small business need?",
        "Reuters/Ipsos poll shows Biden leads by 3 points",
    ],
    "ko": ["ⓒ 표시는 법적으로 필수가 아니다."],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


#: (language, a credit or rights line near the end of a story, the story's last paragraph after it)
LAST_PARAGRAPH = {
    "en": "The mayor said the first ships would dock at the new quay next spring, and that the fishing fleet would keep its old berths until the work was finished.",
    "de": "Der Bürgermeister sagte, die ersten Schiffe würden im nächsten Frühjahr am neuen Kai anlegen, und die Fischer behielten ihre alten Liegeplätze bis zum Ende der Arbeiten.",
    "fr": "Le maire a précisé que les premiers navires accosteraient au nouveau quai au printemps prochain et que les pêcheurs garderaient leurs places jusqu'à la fin des travaux.",
    "ru": "Мэр сообщил, что первые суда причалят к новой пристани следующей весной, а рыбаки сохранят свои старые места до окончания работ.",
    "ko": "시장은 새 부두에 첫 배가 내년 봄에 정박할 것이며 공사가 끝날 때까지 어선들은 기존 정박지를 그대로 쓸 것이라고 말했다.",
}
ONE_MORE_EN = "Work on the eastern quay is due to begin in the autumn, once the council has chosen a contractor from the four firms that have bid for the job."
MID_CREDITS = [
    ("en", "© Reuters"),
    ("en", "(c) 2022 Guardian News & Media Limited"),
    ("en", "Copyright 2023 The Associated Press. All rights reserved."),
    ("en", "© 2024 Example News. All rights reserved."),
    ("de", "© dpa-infocom, dpa:240312-99-123456/3"),
    ("fr", "© AFP"),
    ("ru", "© РИА Новости"),
    ("ko", "ⓒ 연합뉴스"),
]


@pytest.mark.parametrize(("lang", "credit"), MID_CREDITS)
def test_story_goes_on_after_a_credit_near_its_end(lang: str, credit: str) -> None:
    """The credit goes (copyright), the paragraphs after it stay: the line closed no article. After a
    dated notice ("(c) 2022 …") the story goes on for two paragraphs: one may be a reader's comment."""
    dated = any(ch.isdigit() for ch in credit) or "reserved" in credit
    last = [LAST_PARAGRAPH[lang], ONE_MORE_EN] if dated else [LAST_PARAGRAPH[lang]]
    paragraphs = [*ARTICLES[lang], credit, *last]
    result = cleaner.explain_text("\n\n".join(paragraphs))
    removed = [(r.pass_name, r.text) for r in result.removed]
    assert result.text == "\n\n".join([*ARTICLES[lang], *last]), removed
    assert [r.pass_name for r in result.removed] == ["copyright"], removed


def test_a_comment_after_the_dated_closing_line_still_goes() -> None:
    comment = "See?! The mayor scared the living daylights out of the harbour board. He is a natural born leader and the best thing that ever happened to this town."
    result = cleaner.explain_text("\n\n".join([*ARTICLES["en"], "(c) 2022, The Example Post · Jane Doe, John Roe", comment]))
    assert result.text == "\n\n".join(ARTICLES["en"]), [(r.pass_name, r.text) for r in result.removed]
    assert any(r.pass_name == "copyright-tail" and "See?!" in r.text for r in result.removed)


def test_chatter_after_the_closing_line_still_goes() -> None:
    tail = "© 2024 Reuters. All rights reserved.\nGreat article, thanks for sharing!\nMore from our network"
    result = cleaner.explain_text("\n\n".join([*ARTICLES["en"], tail]))
    assert result.text == "\n\n".join(ARTICLES["en"])
    assert any(r.pass_name == "copyright-tail" and "Great article" in r.text for r in result.removed)


RESIDUE = [
    ("© 2024 Reuters. All rights reserved.", "copyright"),
    ("© Getty Images", "copyright"),
    ("© Stadt Wien/Votava", "copyright"),
    ("© Provided by The Independent", "copyright"),
    ("© Guardian News & Media Limited or its affiliated companies. All rights reserved.", "copyright"),
    ("© 2022 Guardian News & Media Limited or its affiliated companies.", "copyright"),
    ("© 2024 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.", "copyright"),
    ("© picture alliance / dpa / Michael Kappeler", "copyright"),
    ("© 2024 dpa-infocom GmbH", "copyright"),
    ("(c) Example News Ltd", "copyright"),
    ("Copyright 2023 Example News Ltd. This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
    ("This material may not be published, broadcast, rewritten or redistributed without permission.", "copyright"),
    ("Republished with permission from The Conversation.", "copyright"),
    ("All rights reserved by Example Ltd.", "copyright"),
    ("Reporting by Jane Doe in London; additional reporting by Tom Brown in Paris; Editing by Mark Potter", "copyright"),
    ("With reporting from Kyiv by Olga Petrenko", "copyright"),
    ("Syndicated from The Conversation", "copyright"),
    ("AFP via Getty Images", "image-credit"),
    ("Getty Images for Tribeca Festival", "image-credit"),
    ("Source: Office for National Statistics", "image-credit"),
    # the notice broken over two lines; a holder and its footer link after a dash
    ("This material may not be published, broadcast, rewritten,", "copyright"),
    ("© Zurek Design LLC — Read our fascinating terms of service.", "copyright"),
]


@pytest.mark.parametrize(("line", "pass_name"), RESIDUE)
def test_residue_still_goes(line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES["en"], line, pass_name)


def test_a_footer_of_legalese_still_closes_the_page() -> None:
    """A long rights paragraph is the page's footer: the prose after it (a trademark notice) goes."""
    footer = (
        "© 2019 Example, LLC. All rights reserved. Example, LLC is the owner of the Example and Team Example "
        "trademarks, and all related logos, titles, graphics and trade dress."
    )
    notice = (
        "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of Apple Inc. "
        "Roku is a registered trademark of Roku, Inc. in the United States and other countries."
    )
    result = cleaner.explain_text("\n\n".join([*ARTICLES["en"], footer, notice]))
    assert result.text == "\n\n".join(ARTICLES["en"]), [(r.pass_name, r.text) for r in result.removed]
    assert any(r.pass_name == "copyright-tail" and "Apple logo" in r.text for r in result.removed)
