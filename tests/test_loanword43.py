# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""s43: an English widget word that is a word of the page's own language, heading a section of its prose
(``cleaner/passes/edge_loanword.py``): comment-ui spares it on a page in another language; an English page, and a
row of controls anywhere, still lose it."""

from __future__ import annotations

import pytest

import cleaner

IT_PREVIEW = """L'Inter affronta il Milan domenica sera a San Siro in una partita che può decidere lo scudetto di questa stagione.
Gli allenatori hanno parlato in conferenza stampa e hanno promesso una partita aperta e combattuta fino alla fine.
Quote
Vittoria Inter a 1,85, pareggio a 3,40 e vittoria Milan a 4,20 secondo i principali bookmaker italiani.
I tifosi attendono con ansia il fischio d'inizio, previsto per le 20.45, con lo stadio già esaurito da giorni.
"""

DE_POLL = """Die Umfrage des Instituts zeigt, dass die Regierungsparteien in der Gunst der Wähler weiter deutlich verlieren.
Befragt wurden zwischen Montag und Donnerstag insgesamt 2.104 wahlberechtigte Bürgerinnen und Bürger im ganzen Land.
Quote
Die Union kommt demnach auf 31 Prozent, die SPD auf 15 Prozent und die Grünen auf 13 Prozent der Stimmen.
Die Fehlertoleranz liegt nach Angaben des Instituts bei rund zwei Prozentpunkten in beide Richtungen.
"""

EN_THREAD = """The council approved the new cycle lanes on Tuesday after a long debate about parking on the high street.
Residents who objected to the plan said they had not been consulted properly before the final vote was taken.
Quote
Critics say the consultation ran for only three weeks over the summer holidays, when many people were away.
The work is due to start in the spring and should take around four months to finish, the council said.
"""

IT_COMMENTS = """Il consiglio comunale ha approvato il nuovo piano del traffico dopo una lunga discussione durata tutta la sera.
Secondo il sindaco le nuove piste ciclabili saranno pronte entro la fine della prossima primavera in tutta la città.
Reply
Quote
Report
Finalmente una buona notizia per chi va al lavoro in bicicletta tutti i giorni, era ora che si facesse qualcosa.
"""


def _removed(text: str) -> dict[str, str]:
    return {r.text.strip(): r.pass_name for r in cleaner.explain_text(text).removed}


@pytest.mark.parametrize("text", [IT_PREVIEW, DE_POLL], ids=["it_odds", "de_poll"])
def test_own_language_heading_stays(text: str) -> None:
    assert "Quote" not in _removed(text)
    assert "\nQuote\n" in cleaner.clean_text(text)


def test_english_page_still_loses_the_bare_control() -> None:
    assert _removed(EN_THREAD).get("Quote") == "comment-ui"


def test_a_row_of_controls_still_goes_on_a_page_in_another_language() -> None:
    removed = _removed(IT_COMMENTS)
    assert removed.get("Reply") == "comment-ui"
    assert removed.get("Quote") == "comment-ui"
    assert removed.get("Report") == "comment-ui"


def test_the_heading_needs_prose_on_both_sides() -> None:
    # (over a commenter's name, not a sentence: the control stays a control)
    text = IT_PREVIEW.replace("Vittoria Inter a 1,85, pareggio a 3,40 e vittoria Milan a 4,20 secondo i principali bookmaker italiani.", "marco_77")
    assert _removed(text).get("Quote") == "comment-ui"


PL_PAGE = """Rada miasta przyjęła we wtorek nowy plan transportowy po długiej debacie o parkowaniu w centrum miasta.
Mieszkańcy, którzy sprzeciwiali się planowi, twierdzą, że nikt nie pytał ich o zdanie przed głosowaniem.
Reply
Prace mają ruszyć wiosną i potrwać około czterech miesięcy, poinformował rzecznik urzędu miasta.
"""


def test_a_control_that_is_no_word_of_the_pages_language_still_goes() -> None:
    # ("Reply" is no Polish word: only the language's own_word table spares a control, and Polish has none)
    assert _removed(PL_PAGE).get("Reply") == "comment-ui"
    assert _removed(IT_PREVIEW.replace("\nQuote\n", "\nReply\n")).get("Reply") == "comment-ui"
