"""s40: a text neither the stopword profile nor a lean places gets the tables of langdetect's answer.

A short page of headings and one-line items (a round-up of the week's incidents, a list of links) has too few function
words for a clear answer, and those it has are shared ("de", "a", "la"): Spanish's split with Portuguese, Hungarian
and Italian, so no lean either. Such a page was read with the English tables alone, and its "Comentarios (2)",
"Responder", "Noticias relacionadas" stayed. Now langdetect (seeded, once: the language the result reports) picks the
tables where another language has a vote or the letters are not all ASCII (an English page of headings calls no
langdetect), and checks a lean whose language's letters the text lacks. Prose is still judged without a stopword list.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner import language as lang_mod
from cleaner.context import Context
from cleaner.document import Document

ROUND_UP = [
    "Sucesos de la semana en la comarca",
    "Lunes 4 de marzo",
    "La Guardia Civil detuvo en Alzira a un hombre de 38 años por robar en tres viviendas de la urbanización Vilella.",
    "Martes 5 de marzo",
    "Un incendio en una nave agrícola de Carcaixent obligó a intervenir a cuatro dotaciones de bomberos. "
    "No hubo heridos.",
    "Miércoles 6 de marzo",
    "La Policía Local de Sueca interceptó a un conductor que circulaba a 160 kilómetros por hora en un tramo "
    "limitado a 80.",
    "Jueves 7 de marzo",
    "Sin incidencias destacables.",
    "Actualización: el detenido de Alzira ha quedado en libertad con cargos tras pasar a disposición judicial.",
    "Responder a tiempo a cada aviso fue clave, según el alcalde.",
]
ROUND_UP_TAIL = ["Noticias relacionadas", "Detenido un joven por agredir a un vigilante en Gandia", "Comentarios (2)",
                 "Vicente: Ya era hora de que pillaran a alguien.", "Responder"]

ESTONIAN = [
    "Tallinna linnavalitsus kinnitas teisipäeval uue ühistranspordi sõiduplaani.",
    "Bussid sõidavad kesklinnas viieminutilise intervalliga.",
    "Muudatus jõustub esimesel märtsil.",
    "Loe ka: Tartu avab uue rattaringluse jaama",
    "Kommentaarid (3)",
]
ENGLISH = ["Top stories", "Storm closes bridge", "Council budget vote", "Share this article", "Comments (2)", "Weather",
           "Sport results"]


def _context(lines: list[str]) -> Context:
    return Context(Document("\n".join(lines)))


def test_a_spanish_round_up_with_no_answer_and_no_lean_gets_the_spanish_tables() -> None:
    ctx = _context(ROUND_UP + ROUND_UP_TAIL)
    assert ctx.language is None
    assert lang_mod.lean_by_stopwords(ctx.language_sample()) is None
    assert ctx.vocab_languages[0] == "es"
    result = cleaner.explain_text("\n".join(ROUND_UP + ROUND_UP_TAIL))
    kept = result.text.split("\n")
    assert [line for line in ROUND_UP[1:] if line not in kept] == []  # ("Responder a tiempo …" stays)
    assert not {"Comentarios (2)", "Responder", "Noticias relacionadas"} & set(kept)
    assert result.language == "es"


def test_an_estonian_page_with_no_answer_gets_the_estonian_tables() -> None:
    ctx = _context(ESTONIAN)
    assert ctx.language is None
    assert lang_mod.lean_by_stopwords(ctx.language_sample()) is None
    assert ctx.vocab_languages[0] == "et"
    kept = cleaner.clean_text("\n".join(ESTONIAN)).split("\n")
    assert kept == ESTONIAN[:3]


def test_an_english_page_of_headings_calls_no_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(sample: str) -> str | None:
        raise AssertionError("langdetect called")

    monkeypatch.setattr(lang_mod, "detect", refuse)
    lines = ENGLISH
    ctx = _context(lines)
    assert ctx.language is None
    assert not lang_mod.worth_detecting(ctx.language_sample())  # (English has the most votes)
    assert ctx.vocab_languages == ("en",)
    assert "Share this article" not in cleaner.clean_text("\n".join(lines)).split("\n")


def test_a_forced_language_is_never_second_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(sample: str) -> str | None:
        raise AssertionError("langdetect called")

    monkeypatch.setattr(lang_mod, "detect", refuse)
    ctx = Context(Document("\n".join(ROUND_UP)), "pt")
    assert ctx.vocab_languages[0] == "pt"


@pytest.mark.parametrize("lines", [ROUND_UP, ESTONIAN[:3]])
def test_the_texts_own_lines_stay_with_its_tables(lines: list[str]) -> None:
    assert cleaner.clean_text("\n".join(lines)).split("\n")[-len(lines) + 1:] == lines[1:]


def test_langdetect_overrules_a_lean_to_another_language_with_tables() -> None:
    # tech38's Spanish advisory page: its shared words ("a", "de", "el", "ha") lean Hungarian, and its cleaned text
    # leans nowhere; langdetect's Spanish overrules the lean, so both are read with the same tables and cleaning twice
    # changes nothing (its feedback prompt went only on the second cleaning)
    from probes import page_text
    from test_tech38 import CASES

    text = page_text(CASES["es_aviso_seguridad_full"])
    ctx = Context(Document(text))
    assert ctx.language is None
    assert lang_mod.lean_by_stopwords(ctx.language_sample()) == "hu"
    assert ctx.vocab_languages[0] == "es"
    once = cleaner.clean_text(text)
    assert "¿Te ha resultado útil esta información?" not in once.split("\n")
    assert cleaner.clean_text(once) == once


def test_a_lean_to_a_language_langdetect_cannot_name_stands() -> None:
    # (langdetect has no Serbian: it calls a Serbian sentence Macedonian)
    sentence = "Министар финансија је рекао да ће плате у јавном сектору бити повећане за пет одсто од првог јануара."
    ctx = _context([sentence])
    assert not lang_mod.detectable("sr")
    assert ctx.vocab_languages[0] == "sr"


def _refuse(sample: str) -> str | None:
    raise AssertionError("langdetect called")


def test_a_page_with_no_function_words_and_plain_letters_calls_no_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a recipe's ingredients, a box score's names: no language has a vote, the letters are ASCII)
    monkeypatch.setattr(lang_mod, "detect", _refuse)
    lines = ["Chicken Zoodles [1 cup zucchini noodles, 4 oz. cooked chicken, 1 tsp. sesame oil, 1 tsp. soy sauce]",
             "Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist. Sheldon Bryan 1 goal, 1 assist. Javier Gonzales 1 goal."]
    ctx = _context(lines)
    assert ctx.language is None
    assert not lang_mod.worth_detecting(ctx.language_sample())
    assert ctx.vocab_languages == ("en",)


def test_a_lean_with_its_languages_letters_is_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a Portuguese lean with "ã" and "ç" stands without langdetect; a Hungarian lean with no "ő", "ű" or "á" is asked)
    monkeypatch.setattr(lang_mod, "detect", _refuse)
    assert not lang_mod.lean_checked("pt", "A seleção não jogou bem na terça-feira.")
    assert lang_mod.lean_checked("hu", "La Guardia Civil detuvo a un hombre de 38 años.")
