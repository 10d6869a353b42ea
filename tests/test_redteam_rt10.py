"""Red team of the rules added last (author-bio, cookie-dialog, the teaser-box box_heading and its
short-article guard, edge-furniture's quantity lists, cookie-notice's quoted notice, and the new
patterns of the en de fr es it pt nl tables).

Each article line here was removed before its fix (or is the shape a fix must keep). The full sentences
are also in ``fixtures/negatives/<lang>.txt``, where they must survive anywhere; here they stand where
the rule looks: the tail of an article, with the page's residue after it.
"""

from __future__ import annotations

import pytest
from probes import assert_survives
from strategies import ARTICLES

import cleaner

# the page's residue after the article: share buttons, which other passes remove
SHARE = {"en": "Share this article", "de": "Artikel teilen", "fr": "Partager cet article",
         "es": "Compartir este artículo", "it": "Condividi questo articolo", "pt": "Compartilhe este artigo",
         "nl": "Deel dit artikel"}

# An article's last paragraph that introduces a journalist, writer or editor (a source, a widow, the
# reporter who broke the story) the article names nowhere else: the bio's shape, but no gap before it.
# Residue after the article's last paragraph is no gap.
BIO_SHAPED_CLOSES = [
    ("en", "Maria Ressa is a journalist and the co-founder of Rappler, the news site the government tried to "
           "shut down."),
    ("en", "John Smith is a reporter at the Gazette, and he was the first to reach the harbour that night."),
    ("en", "Anna Kowalski is a freelance journalist in Warsaw who has covered the border since the war began."),
    ("en", "Jane Doe is the author of a new book on the harbour, published next month by a small press in Leeds."),
    ("en", "Tina Brown is the editor of The Daily Beast and his widow; they married in 1981 and had two children."),
    ("de", "Jana Müller ist Redakteurin bei der Lokalzeitung und hat den Fall als Erste aufgedeckt."),
    ("fr", "Marie Dupont est journaliste au Télégramme depuis vingt ans et couvre le port de Brest."),
    ("es", "Ana García es periodista del diario local y fue la primera en llegar al puerto aquella noche."),
    ("it", "Giulia Rossi è giornalista del Corriere e ha seguito il processo fin dall'inizio."),
    ("pt", "Ana Costa é jornalista da Folha e foi a primeira a chegar ao porto naquela noite."),
    ("nl", "Eva de Vries is journalist bij de Volkskrant en was de eerste die over de zaak schreef."),
]


@pytest.mark.parametrize(("lang", "line"), BIO_SHAPED_CLOSES, ids=lambda v: str(v)[:30])
def test_a_bio_shaped_last_paragraph_with_residue_after_it_stays(lang: str, line: str) -> None:
    article = list(ARTICLES[lang])
    result = cleaner.explain_text("\n\n".join([*article, line, SHARE[lang]]))
    assert "\n\n".join([*article, line]) == result.text, [(r.pass_name, r.text) for r in result.removed]


def test_an_author_bio_with_its_title_under_it_still_goes() -> None:
    """A bio right under the article's last paragraph, its job title alone under it, is a bio."""
    article = list(ARTICLES["en"])
    bio = "Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms."
    result = cleaner.explain_text("\n\n".join(article) + "\n\n" + bio + "\nStaff Writer")
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]
    assert [r.pass_name for r in result.removed] == ["author-bio", "author-bio"]


def test_an_author_bio_after_residue_still_goes() -> None:
    """A bio after a box of the page's residue (share buttons) stands apart from the article; after
    one residue line alone (an "Advertisement" marker between paragraphs, a stray button) it is the
    article's closing paragraph (found by the property tests: a must-survive sentence next to any
    residue line survives)."""
    article = list(ARTICLES["en"])
    bio = "Anna Kowalski is a freelance journalist in Warsaw who has covered the border since 2014."
    result = cleaner.explain_text("\n\n".join([*article, SHARE["en"] + "\nTweet\nEmail", bio]))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]
    assert any(r.pass_name == "author-bio" and r.text == bio for r in result.removed)
    for single in (SHARE["en"], "Advertisement", "Reply"):
        result = cleaner.explain_text("\n\n".join([*article, single, bio]))
        assert result.text == "\n\n".join([*article, bio]), single


# An article on cookie law: a notice-shaped line removed under a heading the notice pass takes for a
# button ("Cookie consent") does not make a dialog of the article's paragraph between them.
COOKIE_LAW = [
    "The European Court of Justice ruled on Thursday that a website must ask for consent before it stores "
    "advertising cookies on a visitor's computer.",
    "The case was brought by a German consumer group against an online lottery that had ticked the consent "
    "box in advance.",
    "Cookie consent",
    "If you visit a website in the EU, it must now ask you before it sets any cookie that is not strictly "
    "necessary. Your browser will show a banner, and you can refuse the cookies.",
    "Your consent to cookies must be given freely, and a site may not make you accept cookies to read its pages.",
]


def test_an_article_paragraph_between_two_notice_lines_is_no_dialog() -> None:
    result = cleaner.explain_text("\n\n".join(COOKIE_LAW))
    assert COOKIE_LAW[3] in result.text.split("\n\n"), [(r.pass_name, r.text) for r in result.removed]
    assert not any(r.pass_name == "cookie-dialog" for r in result.removed)


# A quoted banner is the article's (cookie-notice's quoted-notice guard).
def test_a_quoted_notice_stays() -> None:
    article = list(ARTICLES["en"])
    for line in ('"This website uses cookies to improve your experience," the banner read, offering a single '
                 "button to accept and a maze of menus to refuse.",
                 'The notice read: "We and our partners use cookies to personalise ads."'):
        for at in (0, 2, 3):
            assert_survives([*article[:at], line, *article[at:]])


# A preview's broadcast line: the call to follow the match live, then a channel and an hour (es, fr).
LIVE_PREVIEW = [
    ("es", "Sigue el partido en directo en La 1 a partir de las 21.00."),
    ("es", "Sigue el partido en directo en DAZN a partir de las 21.00 horas."),
    ("fr", "Suivez le match en direct sur France 2 dès 21 heures."),
    ("fr", "Retrouvez la finale en direct à partir de 20 h 45 sur TF1."),
]


@pytest.mark.parametrize(("lang", "line"), LIVE_PREVIEW, ids=lambda v: str(v)[:30])
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_a_broadcast_line_stays(lang: str, line: str, where: str) -> None:
    article = list(ARTICLES[lang])
    at = 2 if where == "middle" else len(article)
    assert_survives([*article[:at], line, *article[at:]])


@pytest.mark.parametrize(("lang", "line"), [("es", "Sigue el partido en directo"),
                                            ("fr", "Revivez le match en direct")])
def test_the_live_link_alone_still_goes(lang: str, line: str) -> None:
    article = list(ARTICLES[lang])
    result = cleaner.explain_text("\n\n".join([*article, line]))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]


def test_a_how_to_step_naming_the_service_stays() -> None:
    article = list(ARTICLES["pt"])
    assert_survives([*article[:2], "Cadastre-se para receber as dicas do programa no portal do governo.",
                     *article[2:]])


# A recipe's or a packing list's items that open with their quantities, with their heading (quantity lists).
LISTS = {
    "en": ["Ingredients", "5 eggs", "2 large potatoes", "1 onion", "200 ml olive oil", "Salt"],
    "pt": ["Ingredientes", "3 cenouras médias", "4 ovos", "2 xícaras de açúcar", "1 colher de fermento"],
}


@pytest.mark.parametrize("lang", sorted(LISTS))
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_a_quantity_list_stays(lang: str, where: str) -> None:
    article = list(ARTICLES[lang])
    at = 2 if where == "middle" else len(article)
    parts = [*article[:at], "\n".join(LISTS[lang]), *article[at:]]
    text = "\n\n".join(parts)
    result = cleaner.explain_text(text)
    assert result.text == text, [(r.pass_name, r.text) for r in result.removed]
