# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmllegal 50 (docstring written below)."""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmllegal50"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # an adviser's contact box in the article under a question ("Sie haben Fragen?") over a card with its phone and its
    # address as text (no mailto: or tel: link) and no contact word in the card or its heading: a venue's box has the
    # same shape, and a contact card's word ("kontakt") stands only in the box's class and its button's link
    "de_beratung_steuer_insight": [
        "Sie haben Fragen?", "Tobias Renner", "Steuerberater, Partner", "Telefon: +49 40 555 1200",
        "tobias.renner@lindqvist.example",
    ],
    # the heading of a Portuguese firm's team card ("Equipa"), left over the card the extractor dropped: a bare
    # "Equipa" also heads a sports story's line-up, so no table takes it
    "pt_escritorio_informativo": ["Equipa"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- a kicker of two labels parted by a middle dot or a bar over the headline (cleaner/html/insights.py) ---------------

URL = "https://www.firm.example/insights/2025/whistleblowing"
BODY = "".join(
    f"<p>The regulator published its final guidance on internal reporting channels on Tuesday morning. Paragraph {k}.</p>"
    for k in range(5)
)


def _insight(over: str, body: str = BODY, after: str = "") -> str:
    return (
        "<html><body><header><nav><a href='/'>Home</a><a href='/insights'>Insights</a></nav></header><main><article>"
        f"{over}<h1>Whistleblowing: the new guidance on internal channels</h1><div class='body'>{body}</div>{after}"
        "</article></main><footer><p>© 2025 Firm LLP</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "kicker",
    [
        "Alerta Legal · Procesal y Arbitraje",
        "Alerte client · Contentieux &amp; RSE",
        "Client Alert | Employment",
        "Insight · Tax · Pillar Two",
    ],
)
def test_a_kicker_of_two_labels_goes(kicker: str) -> None:
    result = cleaner.explain_html(_insight(f"<p class='type'>{kicker}</p>"), url=URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 5
    label = kicker.replace("&amp;", "&")
    assert label not in result.text
    assert any(r.pass_name == "dom:metadata" and "kicker" in r.reason and r.text == label for r in result.removed)


@pytest.mark.parametrize(
    "line",
    [
        # a part longer than a label: no kicker
        "Employers have three months · the regulator says",
        # four parts
        "Tax · Law · Audit · Advisory",
    ],
)
def test_a_longer_line_over_the_headline_is_no_kicker(line: str) -> None:
    result = cleaner.explain_html(_insight(f"<p class='type'>{line}</p>"), url=URL)
    assert not any("kicker" in r.reason for r in result.removed)


def test_a_line_of_labels_in_the_text_stays() -> None:
    body = BODY + "<p>Employment · Compliance · Data protection</p>" + BODY.replace("Paragraph", "Section")
    out = lines(cleaner.clean_html(_insight("", body), url=URL))
    assert "Employment · Compliance · Data protection" in out


# --- an event's box named so ('event-box') in or under the article (cleaner/html/rules.toml families.widgets) ------


def test_an_event_box_goes_and_an_article_so_named_stays() -> None:
    box = (
        "<div class='event-box'><h3>Webinar: Getting paid on time</h3><p>Tuesday 22 April 2025, 12:30–13:30</p>"
        "<p>Online via Zoom</p><a href='/events/1'>Register now</a></div>"
    )
    result = cleaner.explain_html(_insight("", after=box), url=URL)
    assert "Online via Zoom" not in result.text
    assert any(r.pass_name == "dom:widgets" and "Zoom" in r.text for r in result.removed)
    page = (
        "<html><body><main><div class='event-box'><h1>Annual conference on employment law</h1>"
        f"{BODY}</div></main></body></html>"
    )
    assert sum("Paragraph" in line for line in lines(cleaner.clean_html(page, url=URL))) == 5


# --- text tables: an insight's disclaimer, the heading of its contact cards ------------------------------------------

TEXT = {
    "en": [
        "On March 6, 2025, the Commission voted to adopt final amendments requiring climate-related disclosures.",
        "The final rule is significantly narrower than the proposal released in March 2022, which drew many letters.",
        "Large accelerated filers must begin disclosing material climate-related risks in annual reports from 2026.",
        "Legal challenges to the final rule have already been filed in the Fifth and Eighth Circuits, we understand.",
    ],
    "de": [
        "Das Bundesarbeitsgericht hat entschieden, dass Arbeitgeber die gesamte Arbeitszeit ihrer Beschäftigten erfassen müssen.",
        "Die Pflicht gilt nach Auffassung des Gerichts unabhängig von einer gesetzlichen Neuregelung bereits heute.",
        "Vertrauensarbeitszeit bleibt möglich, die Arbeitszeit muss dann aber trotzdem dokumentiert werden, so das Gericht.",
        "Wer noch keine Zeiterfassung hat, sollte nicht auf den Gesetzgeber warten, sondern jetzt ein System einführen.",
    ],
    "fr": [
        "Par trois arrêts rendus le 18 juin 2024, la Cour d'appel de Paris s'est prononcée sur le devoir de vigilance.",
        "La Cour juge que la mise en demeure préalable et l'assignation doivent porter sur le même plan de vigilance.",
        "En revanche, la Cour admet que le juge des référés peut être saisi dès lors que le manquement est manifeste.",
        "Les sociétés concernées ont intérêt à documenter chaque mise à jour de leur plan de vigilance et des échanges.",
    ],
    "es": [
        "El Boletín Oficial del Estado publicó el 3 de enero la ley de medidas de eficiencia del servicio público de justicia.",
        "Será obligatorio acudir a un medio adecuado de solución de controversias antes de presentar la mayoría de demandas.",
        "Quedan excluidos, entre otros, los procedimientos de tutela de derechos fundamentales y los juicios cambiarios.",
        "Recomendamos a las empresas revisar las cláusulas de resolución de conflictos de sus contratos cuanto antes.",
    ],
    "it": [
        "Con una delibera di novembre l'Autorità Nazionale Anticorruzione ha approvato le nuove linee guida sul whistleblowing.",
        "Il gestore del canale di segnalazione deve essere autonomo e specificamente formato, secondo le linee guida.",
        "Le imprese con meno di duecentocinquanta dipendenti possono condividere il canale di segnalazione interno.",
        "Le sanzioni amministrative previste per chi non attiva il canale arrivano fino a cinquantamila euro.",
    ],
    "nl": [
        "Op 1 juli 2023 is de Wet toekomst pensioenen in werking getreden en moeten alle regelingen worden omgezet.",
        "Werkgevers moeten vóór 1 januari 2026 een implementatieplan hebben dat met de ondernemingsraad is besproken.",
        "Werknemers kunnen een beroep doen op een evenwichtige belangenafweging, dus documenteer daarom elke keuze.",
        "Veel pensioenfondsen hebben volgens de toezichthouder lange wachtrijen voor de overstap naar het nieuwe stelsel.",
    ],
    "pt": [
        "Foi publicado no Diário da República o decreto-lei que altera o regime do arrendamento urbano a partir de abril.",
        "A renda dos contratos celebrados antes de 1990 passa a poder ser atualizada com um limite anual de dois por cento.",
        "Os arrendatários com mais de 65 anos mantêm a proteção atual durante o período transitório previsto na lei.",
        "O Balcão do Arrendatário e do Senhorio passa a tramitar os processos de despejo em apenas trinta dias.",
    ],
}
GOES = [
    ("en", "This publication is provided for general information purposes only and does not constitute legal advice. Attorney Advertising.", "consent-line"),
    ("en", "This client alert is not intended as legal advice and should not be relied upon as such.", "consent-line"),
    ("de", "Diese Mandanteninformation dient ausschließlich der allgemeinen Information und stellt keine Rechtsberatung dar.", "consent-line"),
    ("de", "Bitte beachten Sie, dass dieser Beitrag eine individuelle Beratung nicht ersetzen kann.", "consent-line"),
    ("fr", "Avertissement : cette publication a un caractère purement informatif et ne constitue pas une consultation juridique.", "consent-line"),
    ("es", "Esta publicación contiene información de carácter general, sin que constituya opinión profesional ni asesoramiento jurídico.", "consent-line"),
    ("it", "Il presente documento ha finalità esclusivamente informative e non costituisce parere legale.", "consent-line"),
    ("nl", "Deze publicatie is bedoeld als algemene informatie en is geen juridisch advies.", "consent-line"),
    ("pt", "Esta informação é de caráter geral e não dispensa a consulta de um advogado.", "consent-line"),
    ("de", "Ihre Ansprechpartner", "site-chrome"),
    ("nl", "Contactpersonen", "site-chrome"),
]
STAYS = [
    ("en", "The regulator said its guidance does not constitute legal advice and that firms must check their own position."),
    ("en", "This publication is the firm's twelfth annual survey of general counsel, and it finds boards seek legal advice earlier."),
    ("en", "This article examines why many small businesses still do not take legal advice before signing a lease."),
    ("de", "Diese Mandanteninformation hat die Kammer im Januar an alle Mitglieder verschickt, nachdem das Urteil rechtskräftig war."),
    ("de", "Dieser Beitrag zeigt, warum viele Mittelständler keine Steuerberatung in Anspruch nehmen, obwohl sie Geld sparen würden."),
    ("de", "Ihre Ansprechpartner im Jobcenter wechseln nach Angaben des Landkreises künftig seltener als bisher."),
    ("fr", "Selon la Cour, un simple courriel du service juridique ne constitue pas une consultation juridique couverte par le secret."),
    ("fr", "Cette publication du barreau de Paris recense les cabinets qui proposent une consultation juridique gratuite aux étudiants."),
    ("es", "El tribunal concluyó que el correo del abogado no constituye asesoramiento jurídico y no está protegido por el secreto profesional."),
    ("es", "Esta publicación del colegio de abogados explica dónde pedir asesoramiento jurídico gratuito en cada provincia."),
    ("it", "Secondo la Cassazione, una semplice email dell'ufficio legale non costituisce parere legale coperto dal segreto professionale."),
    ("it", "Il presente documento è stato approvato dal consiglio comunale dopo il parere legale dell'avvocatura civica."),
    ("nl", "Volgens de rechter is een e-mail van de bedrijfsjurist geen juridisch advies en dus niet beschermd door het verschoningsrecht."),
    ("nl", "Deze publicatie van de Raad voor Rechtsbijstand legt uit waar burgers gratis juridisch advies kunnen krijgen."),
    ("nl", "Contactpersonen van de gemeente bezoeken de bewoners in de eerste week van maart persoonlijk."),
    ("pt", "Segundo o tribunal, um e-mail do departamento jurídico não constitui aconselhamento jurídico protegido pelo sigilo profissional."),
    ("pt", "Esta publicação da Ordem dos Advogados explica onde pedir consulta jurídica gratuita em cada distrito."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
