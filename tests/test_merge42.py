# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""merge42: article lines the session 42 probes' rules took on pages the probes did not write, found at their merge
(each case fails on the helper's branch and passes on the merged tree), with the residue the narrowed rule still
removes beside it."""

from __future__ import annotations

import pytest

import cleaner

# A how-to's steps, each a short line between paragraphs: the last one names the button's words ("Start trading",
# "Empezar a invertir"); only the button's "now" ("Start trading now", "Empieza ya") makes the pitch.
STEPS = {
    "en": (
        "Buying your first bitcoin is easier than it used to be, but the steps matter if you want to avoid fees and scams along the way.\n"
        "Most exchanges now follow the same sequence, which takes about twenty minutes from sign-up to the first trade.\n"
        "Open an account\nVerify your identity\nDeposit funds\nStart trading\n"
        "Once your deposit clears, you can place a market order or set a limit price, and the exchange will fill it when the price is reached.\n"
        "Experts recommend starting small and moving coins to a wallet you control once the amount grows.",
        "Start trading",
    ),
    "es": (
        "Comprar tu primer bitcoin es hoy más fácil que hace unos años, pero conviene seguir los pasos en orden para evitar comisiones y fraudes.\n"
        "La mayoría de las plataformas sigue la misma secuencia, que lleva unos veinte minutos desde el registro hasta la primera operación.\n"
        "Abrir una cuenta\nVerificar la identidad\nDepositar fondos\nEmpezar a invertir\n"
        "Cuando el depósito se acredita, se puede lanzar una orden de compra al precio de mercado o fijar un precio límite.\n"
        "Los expertos recomiendan empezar con poco dinero y guardar las monedas en una cartera propia cuando la cantidad crece.",
        "Empezar a invertir",
    ),
}


@pytest.mark.parametrize("lang", sorted(STEPS))
def test_a_guides_last_step_stays(lang: str) -> None:
    text, step = STEPS[lang]
    out = cleaner.clean_text(text)
    assert step in out.splitlines()
    assert "Deposit funds" in out or "Depositar fondos" in out


@pytest.mark.parametrize(("lang", "button"), [("en", "Start trading now"), ("en", "Trade now"), ("es", "Empieza ya"), ("es", "Empieza a invertir ya")])
def test_the_buttons_now_still_goes(lang: str, button: str) -> None:
    text, step = STEPS[lang]
    page = text.replace(step + "\n", "") + "\n" + button
    removed = {r.text.strip(): r.pass_name for r in cleaner.explain_text(page, language=lang).removed}
    assert removed.get(button) == "site-chrome"
