"""Independent red team of the Norwegian, Slovak and Danish vocabularies (rules/lang/no.toml, sk.toml, da.toml).

The full article sentences it found lost live in ``fixtures/negatives/<lang>.txt`` (tested at the head,
middle and tail by tests/test_fixtures.py). Here: the short lines (one-line quotes, subheadings, recipe
steps, list items) that cannot live there, mid-article and last; then the residue the narrowed
patterns must still take, with the pass that takes it.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

#: Per language: short lines a narrowed pattern used to take.
SHORT_LINES: dict[str, list[str]] = {
    "no": [
        "Ingen kommentarer.",
        "Mer i Norge enn i Sverige",
        "Se filmen!",
        "Del på langs",
        "Del med kniv",
        "Følg i pappas fotspor",
        "Hjem/skole-samarbeid",
        "Karriere",
        "Betaling",
        "Levering",
        "Retur",
        "Tilgjengelighet",
        "Jobb",
        "– Ingen kommentarer.",
        "– Noe gikk galt.",
    ],
    "sk": [
        "Viac o Ficovi než o reforme",
        "Domov/škola",
        "Žiadne komentáre.",
    ],
    "da": [
        "Del på langs",
        "Følg i fars fodspor",
        "Hjem/skole-samarbejde",
        "Mere i Danmark end i Sverige",
        "Se filmen!",
        "Ingen kommentarer.",
        "Nej tak.",
    ],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


#: Residue the narrowed patterns still take: (language, line, pass).
RESIDUE: list[tuple[str, str, str]] = [
    ("no", "Ingen kommentarer", "comment-ui"),
    ("no", "Ingen kommentarer ennå.", "comment-ui"),
    ("no", "Del på Facebook", "social-buttons"),
    ("no", "Følg oss på Facebook", "call-to-action"),
    ("no", "Følg på Instagram", "call-to-action"),
    ("no", "Følg oss på Instagram for flere bilder.", "call-to-action"),
    ("no", "Forside / Nyheter / Innenriks", "site-chrome"),
    ("no", "Forside > Sport", "site-chrome"),
    ("no", "Noe gikk galt. Prøv igjen senere.", "site-chrome"),
    ("no", "Noe gikk galt", "site-chrome"),
    ("no", "Hva leter du etter", "site-chrome"),
    ("no", "Siden er sist oppdatert 21.03.2024", "site-chrome"),
    ("no", "Sist revidert: 12. mars 2024", "site-chrome"),
    ("no", "Last ned appen vår", "call-to-action"),
    ("no", "Last ned den nye appen vår og få varsler.", "call-to-action"),
    ("no", "Meld deg på vårt nyhetsbrev.", "newsletter-prompt"),
    ("no", "Meld deg på nyhetsbrevet i dag!", "newsletter-prompt"),
    ("no", "Hold deg oppdatert!", "newsletter-prompt"),
    ("no", "Hold deg oppdatert med våre nyhetsbrev.", "newsletter-prompt"),
    ("no", "Bli medlem i dag!", "newsletter-prompt"),
    ("no", "Ved å melde deg på godtar du våre vilkår og personvernerklæring.", "consent-line"),
    ("no", "Dine personopplysninger blir behandlet i henhold til vår personvernerklæring.", "consent-line"),
    ("no", "Kjøp abonnement", "paywall"),
    ("no", "Kjøp abonnement nå og les alt.", "paywall"),
    ("no", "For å lese videre må du være abonnent.", "paywall"),
    ("no", "Du kan når som helst melde deg av nyhetsbrevet.", "newsletter-prompt"),
    ("no", "Du kan til enhver tid melde deg av igjen.", "newsletter-prompt"),
    ("no", "Kopiering av innhold uten skriftlig tillatelse er forbudt.", "copyright"),
    ("no", "Kopiering uten tillatelse er ikke tillatt.", "copyright"),
    ("no", "Artikkelen ble først publisert i Morgenbladet.", "copyright"),
    ("no", "Foto: Ola Nordmann/NTB", "image-credit"),
    ("no", "Ola Nordmann / NTB scanpix", "image-credit"),
    ("no", "Ved å fortsette å bruke nettstedet godtar du bruk av informasjonskapsler.", "cookie-notice"),
    ("no", "Vi og våre partnere lagrer og får tilgang til informasjon på enheten din.", "cookie-notice"),
    (
        "no",
        "Dette nettstedet er beskyttet av reCAPTCHA, og Googles personvernerklæring og vilkår gjelder.",
        "consent-line",
    ),
    ("no", "Er du allerede abonnent? Logg inn her", "paywall"),
    ("no", "Full tilgang til alle artikler for 1 kr første måned.", "paywall"),
    ("no", "Takk for din tilbakemelding!", "feedback-prompt"),
    ("no", "Takk for din stemme", "feedback-prompt"),
    ("no", "Gå ikke glipp av noe!", "newsletter-prompt"),
    ("no", "Gå ikke glipp av de siste nyhetene – meld deg på nyhetsbrevet.", "newsletter-prompt"),
    ("no", "Mer fra Oslo", "teaser-box"),
    ("no", "Se videoen:", "teaser-box"),
    ("no", "Emner: Politikk, Oslo", "teaser-box"),
    ("no", "Klikk her for å lese mer.", "call-to-action"),
    ("no", "For mer informasjon, klikk her.", "call-to-action"),
    ("no", "Innholdet er lisensiert under en Creative Commons-lisens.", "copyright"),
    ("no", "Kilde: SSB", "image-credit"),
    ("no", "Karriere | Kontakt oss | Personvern", "site-chrome"),
    ("da", "Ingen kommentarer", "comment-ui"),
    ("da", "Nej tak", "site-chrome"),
    ("da", "Ikke nu", "site-chrome"),
    ("da", "Hvad søger du", "site-chrome"),
    ("da", "Noget gik galt. Prøv igen senere.", "site-chrome"),
    ("da", "Tak for din feedback!", "feedback-prompt"),
    ("da", "Bliv medlem i dag!", "newsletter-prompt"),
    ("da", "Del på Facebook", "social-buttons"),
    ("da", "Følg os på Facebook", "call-to-action"),
    ("da", "Forside / Nyheder", "site-chrome"),
    ("da", "Hent appen", "call-to-action"),
    ("da", "Hent vores nye app og få besked.", "call-to-action"),
    ("da", "Hold dig opdateret!", "newsletter-prompt"),
    ("da", "Vælg abonnement", "paywall"),
    ("da", "For at læse videre skal du være abonnent.", "paywall"),
    ("da", "Du kan altid afmelde dig igen.", "newsletter-prompt"),
    ("da", "Artiklen blev først bragt i Weekendavisen.", "copyright"),
    ("da", "Ved at fortsætte på siden accepterer du brugen af cookies.", "cookie-notice"),
    ("da", "Ved at tilmelde dig accepterer du vores vilkår.", "consent-line"),
    ("da", "Fuld adgang til alle artikler for 1 kr.", "paywall"),
    ("da", "Mere fra Aarhus", "teaser-box"),
    ("da", "Foto: Mads Nissen/Ritzau Scanpix", "image-credit"),
    ("da", "Kopiering af indhold uden skriftlig tilladelse er forbudt.", "copyright"),
    ("sk", "Žiadne komentáre", "comment-ui"),
    ("sk", "Zatiaľ žiadne komentáre.", "comment-ui"),
    ("sk", "Tento web používa súbory cookies.", "cookie-notice"),
    ("sk", "Používame cookies na zlepšenie služieb.", "cookie-notice"),
    ("sk", "Web SME.sk používa cookies na analýzu návštevnosti.", "cookie-notice"),
    ("sk", "Kliknutím na tlačidlo súhlasíte so spracovaním osobných údajov.", "consent-line"),
    ("sk", "Foto: TASR", "image-credit"),
    ("sk", "Zdroj: ŠÚ SR", "image-credit"),
    ("sk", "Prihláste sa na odber newslettera.", "newsletter-prompt"),
    ("sk", "Kúpte si predplatné", "paywall"),
    ("sk", "Máte už účet? Prihláste sa.", "paywall"),
    ("sk", "Úvod / Správy / Domov", "site-chrome"),
    ("sk", "Úvod > Šport", "site-chrome"),
]


@pytest.mark.parametrize(("lang", "line", "pass_name"), RESIDUE)
def test_residue_still_removed(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
