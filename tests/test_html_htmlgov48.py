# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlgov 48 (docstring written after round 1)."""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmlgov48"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # an Italian municipal template's section label over the text ("Descrizione", its <h2>, at the head: an article's
    # own first subheading has the same shape) and its topics' links under "Argomenti" (that label goes), kept as a line
    "it_comune_comunicato": ["Descrizione", "Istruzione Alimentazione"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)



# --- a press contact card, or a press office's note, ending the release's own block (cleaner/html/pressbox.py) ----

URL = "https://www.council.example/news/2025/lead-pipes"
BODY = "".join(
    f"<p>The council voted on Tuesday to replace every known lead service line in the city by 2029. Paragraph {k}.</p>"
    for k in range(5)
)


def _release(tail: str, after: str = "") -> str:
    return (
        "<html><body><header><nav><a href='/'>Home</a><a href='/news'>News</a></nav></header><main><article>"
        f"<h1>Council approves lead pipe plan</h1>{BODY}{tail}</article>{after}</main>"
        "<footer><p>© 2025 City Council</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("tail", "word"),
    [
        # a card with its address as text, last in the <article> (its heading and two rows)
        ("<div class='media-contact'><h3>Media contact</h3><p>Tom Reilly, Press Officer</p>"
         "<p>t.reilly@northmoor.ac.example | +44 (0)191 555 2233</p></div>", "Reilly"),
        # a card on one line, parted by spaced dashes, a download link under it
        ("<p class='contact'>Contact presse : Service de presse du ministère – 01 40 56 60 00 – presse@sante.example</p>"
         "<div class='dl'><a href='/cp.pdf'>Télécharger le communiqué</a></div>", "Service de presse"),
        # a card on two lines: the office, then phone and address parted by a dash
        ("<p>Ufficio Stampa Università di Collemarino<br>Tel. 071 220 1234 – ufficio.stampa@uni.example</p>",
         "Ufficio Stampa"),
        # a press office's note in sentences under its heading
        ("<div class='media'><h3>For media enquiries</h3><p>Please contact the communications team on 01722 555 010 or "
         "email comms@hospital.example</p><p>Out of hours, please call the switchboard.</p></div>", "switchboard"),
        # a note whose heading names no press but whose sentence names the spokesperson and the phone
        ("<div class='noot'><h3>Noot voor de redactie</h3><p>Voor meer informatie kunt u contact opnemen met de "
         "woordvoerder van het ministerie via 070 456 0000.</p></div>", "woordvoerder"),
    ],
)
def test_a_press_contact_ending_the_release_goes(tail: str, word: str) -> None:
    result = cleaner.explain_html(_release(tail), url=URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 5
    assert word not in result.text
    assert any(r.pass_name == "dom:metadata" and word in r.text for r in result.removed)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # a card with its address as text in the release's middle: paragraphs follow it
        ("<div class='contact'><h3>Contact</h3><p>Water department</p><p>water@city.example | 541-555-0142</p></div>"
         + BODY.replace("Paragraph", "Section"), "water@city.example | 541-555-0142"),
        # a helpline under the story: no press word
        ("<div class='help'><h3>Need help?</h3><p>Call the Samaritans free on 116 123 or email jo@samaritans.example "
         "at any time.</p></div>", "Call the Samaritans free on 116 123 or email jo@samaritans.example at any time."),
        # a notes to editors' box: a fact beside the press office's number
        ("<div class='notes'><h3>Notes to editors</h3><p>The survey of 2,000 adults was carried out online in December "
         "2024.</p><p>Spokespeople can be reached on 020 7946 0321.</p></div>",
         "The survey of 2,000 adults was carried out online in December 2024."),
    ],
)
def test_an_address_or_a_number_in_the_release_stays(tail: str, kept: str) -> None:
    out = lines(cleaner.clean_html(_release(tail), url=URL))
    assert sum("Paragraph" in line for line in out) == 5
    assert kept in out


def test_a_box_of_files_named_so_goes_and_the_article_holding_it_stays() -> None:
    box = (
        "<div class='documents'><h2>Documenten</h2><ul><li><a href='#'>Kamerbrief over de dijken</a><p>Kamerstuk: "
        "Kamerbrief | 07-02-2025</p></li></ul></div>"
    )
    result = cleaner.explain_html(_release(box), url=URL)
    assert "Kamerbrief" not in result.text
    assert any(r.pass_name == "dom:widgets" and "Kamerbrief" in r.text for r in result.removed)
    page = (
        "<html><body><main><div id='documents'><h1>Council approves lead pipe plan</h1>"
        f"{BODY}</div></main></body></html>"
    )
    assert sum("Paragraph" in line for line in lines(cleaner.clean_html(page, url=URL))) == 5


def test_the_issuing_body_under_the_text_named_autoria_goes() -> None:
    result = cleaner.explain_html(_release("<p class='autoria'>Ministério da Saúde</p>"), url=URL)
    assert "Ministério" not in result.text
    assert any(r.pass_name == "dom:metadata" and "Ministério" in r.text for r in result.removed)


# --- text tables: a file's type and size row, a box of files' heading, a template's labels, an offer to the press ---

TEXT = {
    "en": [
        "Thirty-eight coastal towns in England will share £412 million over the next two years to repair sea walls.",
        "The funding doubles the amount set aside for coastal schemes in the previous spending period, officials said.",
        "The Environment Agency will publish a timetable for each scheme by the end of April, the department added.",
        "Schemes were chosen on the number of homes protected per pound spent, according to the allocation table.",
    ],
    "fr": [
        "Du 7 juillet au 29 août, la rue Nationale sera fermée à la circulation pour la pose des rails du tramway.",
        "Les piétons pourront toujours circuler et les commerces resteront ouverts pendant toute la durée du chantier.",
        "Une permanence d'information se tient chaque mardi de 16 h à 18 h à la maison du projet, rue de la Scellerie.",
        "Les lignes de bus 3 et 11 sont déviées par le boulevard Béranger jusqu'à la fin des travaux, précise la mairie.",
    ],
    "it": [
        "Da settembre le mense delle scuole di Valdoria serviranno menu preparati con ingredienti del territorio.",
        "Il nuovo appalto, aggiudicato la settimana scorsa, riguarda circa 2.400 pasti al giorno in 14 plessi scolastici.",
        "Il costo del buono pasto resta invariato a 5,20 euro, ha confermato l'assessora alla Scuola in consiglio.",
        "Le famiglie potranno assaggiare i nuovi piatti sabato 10 maggio al centro cottura di via Roma, senza prenotare.",
    ],
    "nl": [
        "Het kabinet trekt de komende vijf jaar 1,2 miljard euro extra uit voor het Hoogwaterbeschermingsprogramma.",
        "Daarmee kunnen waterschappen 300 kilometer dijk langs de grote rivieren eerder versterken dan gepland.",
        "Na het hoogwater van januari bleek dat op 46 plekken dijken sneller verzwakken dan verwacht, schrijft de minister.",
        "Vergunningen voor dijkversterking krijgen voortaan een kortere procedure van maximaal 26 weken, aldus het kabinet.",
    ],
    "de": [
        "Das Bundesförderprogramm für den Einbau von Wärmepumpen in bestehenden Wohngebäuden wird bis Ende 2027 verlängert.",
        "Im vergangenen Jahr wurden nach Angaben des Ministeriums rund 356.000 Anträge bewilligt, doppelt so viele wie 2023.",
        "Haushalte mit geringem Einkommen erhalten künftig zusätzlich 30 Prozent der förderfähigen Kosten als Zuschuss.",
        "Anträge können weiterhin über das Kundenportal der Förderbank gestellt werden, die Bearbeitung dauert sechs Wochen.",
    ],
    "es": [
        "El Ayuntamiento ha ampliado de 25 a 42 los refugios climáticos que abrirán este verano en bibliotecas y centros.",
        "La concejala de Salud Pública ha presentado este martes la red en la biblioteca del barrio de San Isidro.",
        "Los refugios abrirán de 11.00 a 20.00 horas durante las alertas por calor, según ha informado el consistorio.",
        "En 2024, el 60 % de los usuarios de los refugios climáticos tenía más de 65 años, según los datos municipales.",
    ],
    "pt": [
        "A Câmara Municipal aprovou, na reunião de segunda-feira, um orçamento participativo de 750 mil euros para 2025.",
        "Qualquer pessoa com mais de 16 anos que viva, estude ou trabalhe no concelho pode apresentar propostas.",
        "Em 2024 foram recebidas 212 propostas e votaram mais de nove mil pessoas, segundo o presidente da Câmara.",
        "As sessões de esclarecimento realizam-se a 6 e 13 de março, às 18h30, na Biblioteca Municipal da cidade.",
    ],
}
GOES = [
    ("en", "PDF, 2.3 MB, 14 pages", "site-chrome"),
    ("nl", "PDF document | 84 pagina's | 2,3 MB", "site-chrome"),
    ("fr", "PDF – 245 Ko", "site-chrome"),
    ("en", "Downloads", "site-chrome"),
    ("fr", "Documents à télécharger", "site-chrome"),
    ("it", "Allegati", "site-chrome"),
    ("it", "A cura di", "site-chrome"),
    ("it", "Argomenti", "site-chrome"),
    ("nl", "Bijlagen", "site-chrome"),
    ("de", "Dokumente zum Download", "site-chrome"),
    ("es", "Documentos para descargar", "site-chrome"),
    ("pt", "Anexos", "site-chrome"),
    ("en", "Spokespeople and case studies are available for interview on request.", "copyright"),
]
STAYS = [
    ("en", "The report (PDF, 2.3 MB) runs to 14 pages and was put on the council's website on Monday."),
    ("en", "Downloads of the flood warning app tripled in the week of the storm, the agency said."),
    ("en", "Spokespeople for the water company were not available for comment on Tuesday evening."),
    ("en", "Case studies are available for interview on request, the charity said, but only with the families' consent."),
    ("fr", "Les documents à télécharger sur le site de la mairie sont gratuits, précise la préfecture."),
    ("it", "A cura di Marta Rossi, la mostra resterà aperta fino a settembre nelle sale del castello."),
    ("it", "Gli argomenti della riforma sono stati discussi in consiglio comunale per tre ore."),
    ("nl", "De bijlagen bij de brief zijn pas na de vergadering naar de raadsleden gestuurd."),
    ("de", "Die Dokumente zum Download waren wochenlang nicht barrierefrei, kritisiert der Sozialverband."),
    ("es", "Las descargas de la aplicación municipal se triplicaron durante la ola de calor de julio."),
    ("pt", "Os anexos do contrato só foram publicados depois da votação na assembleia municipal."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
