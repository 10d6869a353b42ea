# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Buttons and controls of pages a scraper keeps as lines of their own: a save or follow button
("Bookmark", "Add Topic"), a video player's and a photo's controls ("Autoplay", "hide caption", "Enlarge this
image"), a correction link speaking of the page ("Report an error in this article"), a paywall's "Unlock this article", and the same in de fr es it pt
nl ("Bild vergrößern", "Signaler une erreur dans cet article", "Ampliar imagen", "Fout gezien? Meld het"). A bare
"Report an error" or "Fehler melden" stays: it may head a help page's section. Each goes alone at the head,
between paragraphs and at the tail; the same words inside a sentence, or a line that says more, stay."""

from __future__ import annotations

import pytest

import cleaner

_ARTICLE = [
    "Officials in the coastal town said on Wednesday that the new seawall would be finished by the end of next year, two years later than planned.",
    "The project, which has cost more than 40 million dollars so far, was delayed by supply problems and a dispute with the first contractor.",
    "Residents who live closest to the water said they were relieved that work had finally resumed after months of silence on the site.",
    "“We have been waiting for this for a decade,” said Maria Lopez, who runs a bakery two streets from the beach.",
]

_BUTTONS = [
    ("Bookmark", "social-buttons"),
    ("Saved", "social-buttons"),
    ("Add Topic", "social-buttons"),
    ("Follow topic", "social-buttons"),
    ("Autoplay", "site-chrome"),
    ("hide caption", "site-chrome"),
    ("toggle caption", "site-chrome"),
    ("Enlarge this image", "site-chrome"),
    ("Report an error in this article", "feedback-prompt"),
    ("Spotted an error? Let us know", "feedback-prompt"),
    ("Unlock this article", "paywall"),
]


@pytest.mark.parametrize("at", [0, 2, 4])
@pytest.mark.parametrize(("line", "pass_name"), _BUTTONS)
def test_a_button_alone_on_its_line_goes(line: str, pass_name: str, at: int) -> None:
    lines = [*_ARTICLE[:at], line, *_ARTICLE[at:]]
    result = cleaner.explain_text("\n\n".join(lines))
    assert [(r.text, r.pass_name) for r in result.removed] == [(line, pass_name)]
    assert result.text.split("\n\n") == _ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "Readers can bookmark the page and come back to it when the council publishes the final design.",
        "Saved by the lifeguards, the two swimmers were taken to hospital as a precaution.",
        "Autoplay videos on news sites use more data than most readers realise, the study found.",
        "The museum will enlarge the image of the old harbour and hang it in the entrance hall.",
        "Report an error in the ballot count to the election office before noon, the clerk told candidates.",
        "Unlock this article's hidden history by visiting the town archive, the curator joked.",
        "Up next",
        "Report an error",
        "Suggest a correction",
    ],
)
def test_the_words_in_a_sentence_stay(line: str) -> None:
    lines = [*_ARTICLE[:2], line, *_ARTICLE[2:]]
    assert line in cleaner.clean_text("\n\n".join(lines)).split("\n\n")


_ARTICLES = {
    "de": [
        "Die Stadt hat am Mittwoch mitgeteilt, dass die neue Ufermauer erst Ende nächsten Jahres fertig wird, zwei Jahre später als geplant.",
        "Das Projekt, das bisher mehr als 40 Millionen Euro gekostet hat, wurde durch Lieferprobleme und einen Streit mit der ersten Baufirma verzögert.",
        "Anwohner, die direkt am Wasser wohnen, zeigten sich erleichtert, dass die Arbeiten nach Monaten der Stille wieder aufgenommen wurden.",
        "„Wir warten seit zehn Jahren darauf“, sagte Maria Lopez, die zwei Straßen vom Strand entfernt eine Bäckerei betreibt.",
    ],
    "fr": [
        "La mairie a annoncé mercredi que la nouvelle digue ne serait achevée qu'à la fin de l'année prochaine, avec deux ans de retard.",
        "Le projet, qui a déjà coûté plus de 40 millions d'euros, a été retardé par des problèmes d'approvisionnement et un litige avec la première entreprise.",
        "Les habitants qui vivent au plus près de l'eau se disent soulagés que les travaux aient enfin repris après des mois de silence sur le chantier.",
        "« Nous attendons cela depuis dix ans », a déclaré Maria Lopez, qui tient une boulangerie à deux rues de la plage.",
    ],
    "es": [
        "El ayuntamiento anunció el miércoles que el nuevo dique no estará terminado hasta finales del año que viene, dos años más tarde de lo previsto.",
        "El proyecto, que ya ha costado más de 40 millones de euros, se retrasó por problemas de suministro y una disputa con la primera constructora.",
        "Los vecinos que viven más cerca del agua dijeron sentirse aliviados de que las obras se hayan reanudado tras meses de silencio en el lugar.",
        "«Llevamos una década esperando esto», dijo María López, que regenta una panadería a dos calles de la playa.",
    ],
    "it": [
        "Il comune ha annunciato mercoledì che la nuova diga foranea non sarà finita prima della fine del prossimo anno, con due anni di ritardo.",
        "Il progetto, che finora è costato più di 40 milioni di euro, è stato rallentato da problemi di fornitura e da una disputa con la prima impresa.",
        "Gli abitanti che vivono più vicino all'acqua si sono detti sollevati che i lavori siano finalmente ripresi dopo mesi di silenzio nel cantiere.",
        "«Aspettiamo questo da dieci anni», ha detto Maria Lopez, che gestisce un forno a due strade dalla spiaggia.",
    ],
    "pt": [
        "A prefeitura anunciou na quarta-feira que o novo paredão só ficará pronto no fim do ano que vem, dois anos depois do previsto.",
        "O projeto, que já custou mais de 40 milhões de reais, foi atrasado por problemas de abastecimento e por uma disputa com a primeira construtora.",
        "Os moradores que vivem mais perto da água disseram estar aliviados com a retomada das obras depois de meses de silêncio no canteiro.",
        "“Esperamos por isso há uma década”, disse Maria Lopes, que tem uma padaria a duas ruas da praia.",
    ],
    "nl": [
        "De gemeente maakte woensdag bekend dat de nieuwe zeewering pas eind volgend jaar klaar is, twee jaar later dan gepland.",
        "Het project, dat tot nu toe meer dan 40 miljoen euro heeft gekost, liep vertraging op door leveringsproblemen en een conflict met de eerste aannemer.",
        "Bewoners die het dichtst bij het water wonen, zeiden opgelucht te zijn dat het werk na maanden van stilte op de bouwplaats eindelijk is hervat.",
        "„Hier wachten we al tien jaar op”, zei Maria Lopez, die twee straten van het strand een bakkerij heeft.",
    ],
}

_FOREIGN = [
    ("de", "Bild vergrößern", "site-chrome"),
    ("de", "Bildunterschrift ausblenden", "site-chrome"),
    ("de", "Fehler im Artikel melden", "feedback-prompt"),
    ("de", "Fehler gefunden? Jetzt melden", "feedback-prompt"),
    ("fr", "Agrandir l'image", "site-chrome"),
    ("fr", "Signaler une erreur dans cet article", "feedback-prompt"),
    ("es", "Ampliar imagen", "site-chrome"),
    ("es", "¿Has visto un error? Avísanos", "feedback-prompt"),
    ("it", "Ingrandisci", "site-chrome"),
    ("it", "Segnala un errore in questo articolo", "feedback-prompt"),
    ("pt", "Ampliar imagem", "site-chrome"),
    ("pt", "Encontrou um erro? Avise-nos", "feedback-prompt"),
    ("nl", "Vergroot afbeelding", "site-chrome"),
    ("nl", "Fout gezien? Meld het", "feedback-prompt"),
    ("nl", "Artikel cadeau geven", "social-buttons"),
]


@pytest.mark.parametrize("at", [0, 2, 4])
@pytest.mark.parametrize(("lang", "line", "pass_name"), _FOREIGN)
def test_a_button_in_another_language_goes(lang: str, line: str, pass_name: str, at: int) -> None:
    article = _ARTICLES[lang]
    result = cleaner.explain_text("\n\n".join([*article[:at], line, *article[at:]]))
    assert [(r.text, r.pass_name) for r in result.removed] == [(line, pass_name)]
    assert result.text.split("\n\n") == article


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Folgen"),  # a heading ("Ursachen" / "Folgen") as often as a follow button
        # a bare correction link may head a help page's section: only the page's own ("… in this article") goes
        ("de", "Fehler melden"),
        ("fr", "Signaler une erreur"),
        ("es", "Reportar un error"),
        ("it", "Segnala un errore"),
        ("pt", "Reportar erro"),
        ("de", "Wer einen Fehler im Bescheid findet, soll ihn dem Amt melden, sagte die Sprecherin der Stadt."),
        ("de", "Die Firma will das Bild vergrößern und im Rathaus aufhängen, teilte die Stadt mit."),
        ("fr", "Les habitants peuvent signaler une erreur sur le plan du chantier à la mairie jusqu'à vendredi."),
        ("es", "Los vecinos pueden reportar un error en el censo en la oficina municipal hasta el viernes."),
        ("it", "I cittadini possono segnalare un errore nel progetto all'ufficio tecnico fino a venerdì."),
        ("pt", "Os moradores podem reportar erro no cadastro na prefeitura até sexta-feira, informou a secretaria."),
        ("nl", "Wie een fout ziet in de plannen, kan die tot vrijdag melden bij de gemeente, zei de wethouder."),
    ],
)
def test_resembling_lines_in_another_language_stay(lang: str, line: str) -> None:
    article = _ARTICLES[lang]
    assert line in cleaner.clean_text("\n\n".join([*article[:2], line, *article[2:]])).split("\n\n")
