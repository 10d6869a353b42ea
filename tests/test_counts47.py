# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A comment count written as a label and its figure ("Comments: 87", "Kommentare: 12"), as feed items, forum lists
and link aggregators show it (session 46 noticed hnrss's "# Comments: 87" kept), and a digest's items each with its
count, which lost every item after the first count.

- The tables knew the count before its noun ("87 comments") and after it bare or in brackets ("Comments 87",
  "Comments (87)"), not after a colon. The new entries sit in each language's ``comments.section_weak`` table (de,
  en, es, fr, it, pt; nl's already read it): such a count opens a comment section when comment controls or stamps
  follow it, and closes the page as an empty section's heading (``empty-comment-section``). Between two article
  paragraphs it stays, as a bare "Comments" does (a second cleaning must judge it the same: a count among a digest's
  label rows, "Points: 312" / "Comments: 87", is read as a fact box's row while the rows another pass takes later
  stand beside it, so the ``ui`` table, which takes it anywhere, was tried and dropped).
- **A digest's next count is no comment control** (``comments._twins``): "87 comments" under one item opened a
  comment section, because "112 comments" under the next item is a comment control, and every item after the first
  went. The marker's twin, the same text with other figures, is no evidence now: the items stay.
"""

from __future__ import annotations

import pytest
from probes import lost, removed, with_line

import cleaner

TEXT = {
    "en": [
        "The council approved the new budget on Tuesday after a long debate about road repairs and school funding.",
        "Critics said the plan relied on optimistic forecasts for property tax revenue over the next three years.",
        "The mayor said the city would review the numbers again in the spring before any cuts were made.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag nach einer langen Debatte über Straßen und Schulen den neuen Haushalt beschlossen.",
        "Kritiker sagen, der Plan beruhe auf zu optimistischen Prognosen für die Steuereinnahmen der nächsten Jahre.",
        "Der Bürgermeister will die Zahlen im Frühjahr noch einmal prüfen lassen, bevor gekürzt wird.",
    ],
    "fr": [
        "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les routes et les écoles.",
        "Les critiques estiment que le plan repose sur des prévisions trop optimistes pour les recettes des prochaines années.",
        "Le maire a promis de revoir les chiffres au printemps avant toute coupe dans les dépenses.",
    ],
    "es": [
        "El pleno aprobó el martes el nuevo presupuesto tras un largo debate sobre las carreteras y los colegios.",
        "Los críticos dicen que el plan se basa en previsiones demasiado optimistas para los ingresos de los próximos años.",
        "El alcalde prometió revisar las cifras en primavera antes de aplicar cualquier recorte.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito su strade e scuole.",
        "I critici dicono che il piano si basa su previsioni troppo ottimistiche per le entrate dei prossimi anni.",
        "Il sindaco ha promesso di rivedere i conti in primavera prima di qualsiasi taglio.",
    ],
    "pt": [
        "A câmara aprovou na terça-feira o novo orçamento depois de um longo debate sobre estradas e escolas.",
        "Os críticos dizem que o plano se baseia em previsões demasiado otimistas para as receitas dos próximos anos.",
        "O presidente da câmara prometeu rever as contas na primavera antes de qualquer corte.",
    ],
}

_ECS = "empty-comment-section"
#: (language, residue line): a count closing the page (an empty comment section's heading)
GOES = [
    ("en", "Comments: 87"),
    ("en", "# Comments: 87"),
    ("en", "Comments : 0"),
    ("de", "Kommentare: 12"),
    ("de", "Leserkommentare: 3"),
    ("fr", "Commentaires : 5"),
    ("fr", "Réactions : 14"),
    ("es", "Comentarios: 3"),
    ("it", "Commenti: 4"),
    ("pt", "Comentários: 2"),
]


@pytest.mark.parametrize(("lang", "line"), GOES)
def test_a_labelled_count_closing_the_page_goes(lang: str, line: str) -> None:
    result = cleaner.explain_text("\n".join([*TEXT[lang], line]))
    assert removed(result) == [(_ECS, line)]
    assert result.text.split("\n") == TEXT[lang]


@pytest.mark.parametrize(("lang", "line"), GOES)
def test_a_labelled_count_over_comments_opens_their_section(lang: str, line: str) -> None:
    comments = ["Alex says:", "Great piece, thanks for writing it.", "Reply", "Sam says:", "I disagree with most of it.", "Reply"]
    result = cleaner.explain_text("\n".join([*TEXT[lang], line, *comments]), language=lang)
    assert removed(result)[0] == ("comment-section", line)
    assert result.text.split("\n") == TEXT[lang]


#: (language, an article's sentence with the added entries' words)
STAYS = [
    ("en", "Comments: 87 of them arrived before the deadline, and most opposed the new parking charges."),
    ("de", "Kommentare: 12 Stellungnahmen gingen bis Freitag ein, die meisten von Anwohnern der Hauptstraße."),
    ("fr", "Commentaires : 5 habitants seulement ont répondu à la consultation, selon la mairie."),
    ("es", "Comentarios: 3 de cada 10 vecinos pidieron más aparcamiento en la encuesta municipal."),
    ("it", "Commenti: 4 consiglieri su 10 hanno chiesto di rinviare il voto sul bilancio."),
    ("pt", "Comentários: 2 em cada 3 moradores pediram mais estacionamento na consulta pública."),
]



@pytest.mark.parametrize(("lang", "line"), STAYS)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_sentences_with_the_added_words_survive(lang: str, line: str, position: str) -> None:
    text = with_line(TEXT[lang], line, position)
    result = cleaner.explain_text("\n".join(["Heading of the page", *text]))
    assert lost(text, result) == [], removed(result)


ITEMS = [
    "Show HN: A tiny static site generator written in 300 lines of C",
    "I wrote this over a weekend to learn how template engines work, and it now builds my own blog in 40 ms.",
    "Comments: 87",
    "Ask HN: How do you keep a side project going after the first month?",
    "I have started and abandoned about a dozen projects, and I would like to hear what kept yours alive for years.",
    "Comments: 112",
]


@pytest.mark.parametrize("count", ["Comments: {}", "{} comments", "Kommentare: {}"])
def test_a_digests_items_under_their_counts_stay(count: str) -> None:
    # A count under an item opens no comment section: the next item's count, the same words with another figure,
    # is no comment control (before counts47, "87 comments" took every item under it).
    items = [count.format(87) if line == "Comments: 87" else count.format(112) if line == "Comments: 112" else line
             for line in ITEMS]
    result = cleaner.explain_text("\n".join(items), language="de" if "Kommentare" in count else "en")
    out = result.text.split("\n")
    for i in (1, 3, 4):
        assert items[i] in out, removed(result)
    assert items[5] not in out
    assert all(r.pass_name != "comment-section" for r in result.removed)
