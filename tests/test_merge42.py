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


# caucasus42 found it (on a6ebecc too, in English as in Azerbaijani): a list a clause announces closing the article
# ("The winners were:" over the names) went with the share row under it, as a footer's label over its links goes. The
# clause's verb closing on the colon (table structure.list_clause) tells the article's list from a footer's.
CLOSING = (
    "The mayor hosted a reception on Friday for the volunteers who cleared the river banks after last month's floods.\n"
    "More than two hundred people took part over three weekends, and the council said the work saved it about 40,000 pounds.\n"
    "Five of them were given the city's civic award at the ceremony.\n"
)
NAMES = ["Elaine Morris", "David Okafor", "Priya Shah"]


@pytest.mark.parametrize(
    ("label", "tail"),
    [
        ("The winners were:", ["Share", "Facebook"]),
        ("The winners were:", ["Share", "Facebook", "Related stories", "Flood defences to get extra funding"]),
        ("The five award winners were:", ["© 2024 Daily Post", "All rights reserved"]),
        ("Die Gewinner sind:", ["Facebook", "Twitter"]),
        ("Les lauréats sont :", ["Partager", "Facebook"]),
        ("I vincitori sono:", ["Condividi", "Facebook"]),
    ],
)
def test_a_clauses_closing_list_stays_over_the_share_row(label: str, tail: list[str]) -> None:
    out = cleaner.clean_text(CLOSING + "\n".join([label, *NAMES, *tail])).splitlines()
    assert out[3:7] == [label, *NAMES]
    assert "Facebook" not in out and "© 2024 Daily Post" not in out


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Follow us:", ["Facebook", "Instagram", "YouTube"]),
        ("Quick links:", ["About us", "Careers", "Advertise"]),
        ("More from us:", ["Podcasts", "Newsletters", "Puzzles"]),
    ],
)
def test_a_footers_label_over_its_links_still_goes(label: str, items: list[str]) -> None:
    out = cleaner.clean_text(CLOSING + "\n".join([label, *items, "Privacy policy", "© 2024 Daily Post"]))
    assert label not in out
    assert not set(items) & set(out.splitlines())
