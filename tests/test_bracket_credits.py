# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""A caption closed by its labelled credit in brackets, "… on Tuesday. (Photo by Jane Smith/Coastal Times)": the
caption goes wherever it stands (over a one-line lede too: the lede stays); a sentence that brackets a credit inside
it, or names one in lower case, stays."""

from __future__ import annotations

import pytest

import cleaner

_LEDE = "Officials in the coastal town said on Wednesday that the new seawall would be finished by the end of next year, two years later than planned."
_P2 = "The project, which has cost more than 40 million dollars so far, was delayed by supply problems and a dispute with the first contractor."
_P3 = "Residents who live closest to the water said they were relieved that work had finally resumed after months of silence on the site."


@pytest.mark.parametrize(
    "caption",
    [
        "Workers repair a section of the old seawall on Tuesday. (Photo by Jane Smith/Coastal Times)",
        "Workers repair a section of the old seawall on Tuesday. (Photo: Jane Smith for The Coastal Times)",
        "The harbor district after the storm. (Photograph courtesy of the Harbor Authority)",
        "Maria Lopez in her bakery. (Image: Supplied)",
    ],
)
@pytest.mark.parametrize("at", [0, 1, 3])
def test_a_caption_with_its_bracketed_credit_goes(caption: str, at: int) -> None:
    article = [_LEDE, _P2, _P3]
    result = cleaner.explain_text("\n\n".join([*article[:at], caption, *article[at:]]))
    assert [(r.text, r.pass_name) for r in result.removed] == [(caption, "image-credit")]
    assert result.text.split("\n\n") == article


def test_over_a_one_line_lede_the_lede_stays() -> None:
    caption = "Workers repair a section of the old seawall on Tuesday. (Photo by Jane Smith/Coastal Times)"
    assert cleaner.clean_text("\n\n".join([caption, _LEDE])) == _LEDE


@pytest.mark.parametrize(
    "line",
    [
        "He posed with the trophy (Photo: AP) and then left the stadium without speaking to reporters.",
        "The mayor said the delay was regrettable. (Photo courtesy of the mayor's office)",
        "Police released a picture of the suspect. (photo by a witness, who asked not to be named)",
    ],
)
def test_a_sentence_with_a_credit_inside_stays(line: str) -> None:
    assert line in cleaner.clean_text("\n\n".join([_LEDE, line, _P2])).split("\n\n")


_OTHERS = {
    "de": (
        [
            "Die Stadt hat am Mittwoch mitgeteilt, dass die neue Ufermauer erst Ende nächsten Jahres fertig wird, zwei Jahre später als geplant.",
            "Das Projekt, das bisher mehr als 40 Millionen Euro gekostet hat, wurde durch Lieferprobleme und einen Streit mit der ersten Baufirma verzögert.",
            "Anwohner, die direkt am Wasser wohnen, zeigten sich erleichtert, dass die Arbeiten nach Monaten der Stille wieder aufgenommen wurden.",
        ],
        "Arbeiter reparieren am Dienstag einen Abschnitt der alten Mauer. (Foto: Anna Becker/Küstenbote)",
    ),
    "fr": (
        [
            "La mairie a annoncé mercredi que la nouvelle digue ne serait achevée qu'à la fin de l'année prochaine, avec deux ans de retard.",
            "Le projet, qui a déjà coûté plus de 40 millions d'euros, a été retardé par des problèmes d'approvisionnement et un litige avec la première entreprise.",
            "Les habitants qui vivent au plus près de l'eau se disent soulagés que les travaux aient enfin repris après des mois de silence sur le chantier.",
        ],
        "Des ouvriers réparent une partie de l'ancienne digue, mardi. (Photo : Jean Dupont/AFP)",
    ),
    "es": (
        [
            "El ayuntamiento anunció el miércoles que el nuevo dique no estará terminado hasta finales del año que viene, dos años más tarde de lo previsto.",
            "El proyecto, que ya ha costado más de 40 millones de euros, se retrasó por problemas de suministro y una disputa con la primera constructora.",
            "Los vecinos que viven más cerca del agua dijeron sentirse aliviados de que las obras se hayan reanudado tras meses de silencio en el lugar.",
        ],
        "Operarios reparan un tramo del antiguo dique el martes. (Foto: EFE)",
    ),
    "it": (
        [
            "Il comune ha annunciato mercoledì che la nuova diga foranea non sarà finita prima della fine del prossimo anno, con due anni di ritardo.",
            "Il progetto, che finora è costato più di 40 milioni di euro, è stato rallentato da problemi di fornitura e da una disputa con la prima impresa.",
            "Gli abitanti che vivono più vicino all'acqua si sono detti sollevati che i lavori siano finalmente ripresi dopo mesi di silenzio nel cantiere.",
        ],
        "Operai al lavoro su un tratto della vecchia diga, martedì. (Foto: Ansa)",
    ),
    "pt": (
        [
            "A prefeitura anunciou na quarta-feira que o novo paredão só ficará pronto no fim do ano que vem, dois anos depois do previsto.",
            "O projeto, que já custou mais de 40 milhões de reais, foi atrasado por problemas de abastecimento e por uma disputa com a primeira construtora.",
            "Os moradores que vivem mais perto da água disseram estar aliviados com a retomada das obras depois de meses de silêncio no canteiro.",
        ],
        "Operários consertam um trecho do antigo paredão na terça-feira. (Foto: Reuters)",
    ),
    "nl": (
        [
            "De gemeente maakte woensdag bekend dat de nieuwe zeewering pas eind volgend jaar klaar is, twee jaar later dan gepland.",
            "Het project, dat tot nu toe meer dan 40 miljoen euro heeft gekost, liep vertraging op door leveringsproblemen en een conflict met de eerste aannemer.",
            "Bewoners die het dichtst bij het water wonen, zeiden opgelucht te zijn dat het werk na maanden van stilte op de bouwplaats eindelijk is hervat.",
        ],
        "Arbeiders herstellen dinsdag een deel van de oude zeewering. (Foto: ANP)",
    ),
}


@pytest.mark.parametrize("lang", sorted(_OTHERS))
@pytest.mark.parametrize("at", [0, 1, 3])
def test_a_caption_with_its_bracketed_credit_goes_in_other_languages(lang: str, at: int) -> None:
    article, caption = _OTHERS[lang]
    result = cleaner.explain_text("\n\n".join([*article[:at], caption, *article[at:]]))
    assert [(r.text, r.pass_name) for r in result.removed] == [(caption, "image-credit")]
    assert result.text.split("\n\n") == article


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Arbeitslosenquote lag im November bei 5,7 Prozent. (Quelle: Bundesagentur für Arbeit)"),
        ("de", "Das Bild (Foto: dpa) zeigt den Bürgermeister bei der Eröffnung der neuen Brücke am Montag."),
        ("fr", "La photo (crédit : mairie) a été prise lors de l'inauguration du chantier en présence du maire."),
        ("es", "La imagen (foto: archivo) muestra el dique antes del temporal que lo dañó el invierno pasado."),
    ],
)
def test_a_sentence_with_a_credit_inside_stays_in_other_languages(lang: str, line: str) -> None:
    article = _OTHERS[lang][0]
    assert line in cleaner.clean_text("\n\n".join([*article[:2], line, *article[2:]])).split("\n\n")
