# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A post's closing courtesy after its last paragraph, over the page's residue (edge-furniture).

A forum post or a letter often closes on a short line without a mark: "Thanks in advance", "Vielen Dank im
Voraus", "Viele Grüße", "ขอบคุณล่วงหน้าครับ". Right under the last long paragraph, with the tags, the share row,
the comment count and the answers under it, edge-furniture took it as one more short line of the page's furniture
(the residue other passes removed counts toward the run's ``min_run``: one line of furniture and three of
residue are a run). It is now kept when it matches the ``structure`` table ``closing_courtesy`` (thanks and
greetings, two words at least where one word alone is a forum's button, "Thanks"), stands within
``_MAX_ROWS_UNDER`` kept lines of the last long paragraph, nothing removed between it and the paragraph and no
furniture above it (Thai: the post's last line, "งบประมาณ 15,000 บาท", is short and no anchor).

Residue of the same shape still goes: a pitch ("Thanks for reading!", "Subscribe"), a lone "Share", a menu's
word, a forum's "Thanks" button, and a courtesy under a line another pass removed (the share row between: the
page's, not the post's).

Left as it was: a list's heading right after the last long paragraph, over the list's kept items and then the
page's residue ("Eligibility" over "Students under 25", "Register through the app", then "Download the document
(PDF)", "Follow us on Facebook", "Tags: …"; Thai ``th_release`` in test_lang_vocab17's ``KNOWN_LOST``).
Edge-furniture takes the heading: it is the one line of furniture there, and the residue other passes removed under
the items counts toward the run. Its shape is a footer box's or a teaser list's too (a heading over kept rows to
the end of the page: inner_headings keeps such a heading only over rows that open with a figure), so no rule keeps
it here; the tests below pin it in English and German (they fail once it is kept: then turn them round).
"""

from __future__ import annotations

import pytest
from probes import judge

import cleaner

EN_POST = [
    "We are planning a trip to Chiang Mai at the end of this month with the family and two small children, and we would like advice on places that are easy to reach.",
    "Our budget is about 15,000 baht, not counting the flights, and we would rather avoid long drives between the sights.",
]
DE_POST = [
    "Wir planen Ende des Monats mit der Familie und zwei kleinen Kindern eine Reise nach Chiang Mai und hätten gern Tipps für Ausflüge, die leicht zu erreichen sind.",
    "Unser Budget liegt bei etwa 400 Euro ohne Flüge, und lange Autofahrten zwischen den Sehenswürdigkeiten möchten wir lieber vermeiden.",
]
FR_POST = [
    "Nous préparons un voyage à Chiang Mai à la fin du mois avec la famille et deux jeunes enfants, et nous aimerions des conseils sur les endroits faciles d'accès.",
    "Notre budget est d'environ 400 euros sans les vols, et nous préférerions éviter les longs trajets en voiture entre les visites.",
]
TH_POST = [
    "ตั้งใจจะไปเชียงใหม่ช่วงปลายเดือนนี้กับครอบครัว มีเด็กเล็กไปด้วย 2 คน อยากได้คำแนะนำสถานที่เที่ยวที่เดินทางสะดวก",
    "งบประมาณประมาณ 15,000 บาท ไม่รวมค่าเดินทาง",
]

EN_TAIL = ["Tags: Chiang Mai, family travel", "Share", "Tweet", "12 comments", "Related posts", "Best markets in Bangkok", "Top 10 beaches in Phuket"]
DE_TAIL = ["Schlagwörter: Chiang Mai, Familienreise", "Teilen", "Twittern", "12 Kommentare", "Ähnliche Beiträge", "Die besten Märkte in Bangkok"]
FR_TAIL = ["Mots-clés : Chiang Mai, voyage en famille", "Partager", "Tweeter", "12 commentaires", "Articles similaires", "Les meilleurs marchés de Bangkok"]
TH_TAIL = ["แท็ก: เชียงใหม่, เที่ยวกับครอบครัว", "ความคิดเห็นที่ 1", "แนะนำดอยสุเทพกับถนนคนเดินวันอาทิตย์ครับ เด็กๆ ชอบ", "สมาชิกหมายเลข 7654321", "ถูกใจ 5", "แสดงความคิดเห็น"]


def page(title: str, post: list[str], line: str, tail: list[str], tag: str = "A") -> str:
    """A tagged page: the title, the post's paragraphs, ``line`` tagged ``tag``, the residue."""
    return "\n".join([f"T {title}", *(f"A {p}" for p in post), f"{tag} {line}", *(f"R {r}" for r in tail)])


KEPT = {
    "en_thanks_in_advance": ("en", "Thanks in advance"),
    "en_thanks_for_help": ("en", "Thanks in advance for any help"),
    "en_many_thanks": ("en", "Many thanks!"),
    "en_best_regards": ("en", "Best regards"),
    "de_vielen_dank": ("de", "Vielen Dank im Voraus"),
    "de_danke_schon_mal": ("de", "Danke schon mal"),
    "de_viele_gruesse": ("de", "Viele Grüße"),
    "de_mfg": ("de", "Mit freundlichen Grüßen"),
    "fr_merci": ("fr", "Merci d'avance"),
    "fr_cordialement": ("fr", "Cordialement"),
    "th_thanks_in_advance": ("th", "ขอบคุณล่วงหน้าครับ"),
    "th_thanks": ("th", "ขอบคุณมากค่ะ"),
}
POSTS = {"en": EN_POST, "de": DE_POST, "fr": FR_POST, "th": TH_POST}
TAILS = {"en": EN_TAIL, "de": DE_TAIL, "fr": FR_TAIL, "th": TH_TAIL}


@pytest.mark.parametrize("key", sorted(KEPT))
def test_closing_courtesy_under_the_post_stays(key: str) -> None:
    lang, line = KEPT[key]
    lost, left = judge(page("Chiang Mai with kids", POSTS[lang], line, TAILS[lang]))
    assert lost == []
    assert left == []


@pytest.mark.parametrize("key", sorted(KEPT))
def test_closing_courtesy_at_the_end_of_the_text_stays(key: str) -> None:
    lang, line = KEPT[key]
    text = "\n".join([*POSTS[lang], line])
    assert cleaner.clean_text(text) == text


GOES = {
    # a pitch to the reader, not the writer's courtesy
    "en_thanks_for_reading": (EN_POST, "Thanks for reading Family Trips! Subscribe for free to receive new posts and support my work.", ["Subscribe", *EN_TAIL]),
    "en_thanks_for_watching": (EN_POST, "Thanks for watching", ["Subscribe", "Share", "Tweet", "12 comments"]),
    # a lone control or menu word after the article
    "en_share": (EN_POST, "Share", ["Tweet", "Email", "12 comments", "Related posts", "Best markets in Bangkok"]),
    "en_menu_word": (EN_POST, "Home", ["News", "Travel", "Contact", "Share", "12 comments"]),
    # a forum's button: one word alone
    "en_thanks_button": (EN_POST, "Thanks", ["Quote", "Reply", "Share", "12 comments", "Related posts"]),
    "de_danke_button": (DE_POST, "Danke", ["Zitieren", "Antworten", "Teilen", "12 Kommentare"]),
}


@pytest.mark.parametrize("key", sorted(GOES))
def test_residue_of_the_same_shape_goes(key: str) -> None:
    post, line, tail = GOES[key]
    lost, left = judge(page("Chiang Mai with kids", post, line, tail, tag="R"))
    assert lost == []
    assert left == []


@pytest.mark.parametrize(
    "line",
    ["Thanks for reading!", "Thanks for watching", "Thanks for subscribing!", "Thanks", "Danke", "Merci", "ขอบคุณ",
     "Thanks to our sponsors", "Regards to the team at the office were sent on Friday", "Subscribe"],
)
def test_table_takes_no_pitch_nor_button(line: str) -> None:
    """A pitch to the reader ("Thanks for reading!": left as it was before the table, the pitch passes judge it),
    a forum's one-word button and a sentence are no closing courtesy."""
    from cleaner.vocab import table

    assert not table("structure", "closing_courtesy", None).match(line)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_courtesy_under_a_removed_line_is_not_the_posts(lang: str) -> None:
    """With the share row between the paragraph and it, a courtesy line is the page's run as before."""
    line = KEPT[f"{lang}_{'thanks_in_advance' if lang == 'en' else 'vielen_dank'}"][1]
    share = {"en": ["Share", "Tweet"], "de": ["Teilen", "Twittern"]}[lang]
    text = "\n".join([*POSTS[lang], *share, line, *TAILS[lang]])
    result = cleaner.explain_text(text)
    gone = {r.text for r in result.removed}
    assert set(share) <= gone
    assert not any(p in gone for p in POSTS[lang])


def test_thai_forum_post_keeps_its_closing_line() -> None:
    from test_lang_vocab17 import CASES

    lost, left = judge(CASES["th_forum"])
    assert lost == []
    assert left == []


ELIGIBILITY = {
    "en": (EN_POST, "Eligibility", ["Students under 25", "Register through the app"],
           ["Download the document (PDF)", "Follow us on Facebook", "Tags: 5G, students"]),
    "de": (DE_POST, "Teilnahmebedingungen", ["Studierende unter 25 Jahren", "Anmeldung über die App"],
           ["Dokument herunterladen (PDF)", "Folgen Sie uns auf Facebook", "Schlagwörter: 5G, Studenten"]),
}


@pytest.mark.parametrize("lang", sorted(ELIGIBILITY))
def test_list_heading_over_residue_is_still_lost(lang: str) -> None:
    """The list's items stay, its heading goes (pinned: see the module's docstring)."""
    post, heading, items, tail = ELIGIBILITY[lang]
    result = cleaner.explain_text("\n".join([*post, heading, *items, *tail]))
    gone = {r.text: r.pass_name for r in result.removed}
    assert all(item not in gone for item in items)
    assert gone.get(heading) == "edge-furniture"


@pytest.mark.parametrize("lang", sorted(ELIGIBILITY))
def test_list_heading_followed_by_a_sentence_stays(lang: str) -> None:
    """With a sentence of the article under the list, the heading is the article's (inner_headings)."""
    post, heading, items, tail = ELIGIBILITY[lang]
    sentence = {"en": "The offer runs until 31 August 2024.", "de": "Das Angebot gilt bis zum 31. August 2024."}[lang]
    result = cleaner.explain_text("\n".join([*post, heading, *items, sentence, *tail]))
    gone = {r.text for r in result.removed}
    assert heading not in gone
    assert set(tail) <= gone
