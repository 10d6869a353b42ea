# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlgov 48: news releases and news pages of governments, cities, NGOs, universities and hospitals, whole
pages under ``fixtures/html_htmlgov48/<lang>_<what>.html`` (en de fr es it pt nl): a ministry's press release in a
GOV.UK-like template (cookie banner, phase banner, breadcrumbs, "From:" / "Published" metadata, "Share this page",
attachments "PDF, 2.3 MB, 14 pages", "Media enquiries" card, "Related content", "Is this page useful?" with its
buttons, a footer of legal links and its licence), a German federal ministry's "Pressemitteilung 45/2025" (skip
links, language switcher with "Leichte Sprache", "Seite drucken", a table of figures, "Hinweis für Redaktionen",
downloads, "Pressekontakt"), a French ministry's communiqué (DSFR: fil d'Ariane, "Partager la page", "Contact presse
: … – 01 40 … – presse@…" on one line, "Télécharger le communiqué PDF – 245 Ko", follow box, footer of
legifrance links), a French city's news (travaux, "Ce qui change pour vous" list, "Documents à télécharger",
"Cette page vous a-t-elle été utile ?"), a Spanish city's "Nota de prensa" (bullet summary, a table by district,
"¿Te ha resultado útil esta información?", "Gabinete de Prensa"), an Italian comune's "Comunicato stampa" in the
Designers Italia template ("Indice della pagina", "Descrizione", "Documenti", "Contatti", "A cura di", "Argomenti", a
star rating "Quanto sono chiare le informazioni su questa pagina?", "Contatta il comune"), an Italian university's
release whose press office's card is a ``<p>`` in the body, a gov.br news (accessibility jump links with access keys,
"Compartilhe:", "Publicado em … Atualizado em …", ``autoria``, "O conteúdo desta página foi útil para você?"), a
Portuguese câmara's news ("Partilhar", "Anexos", "Esta página foi útil?"), a Rijksoverheid-like "Nieuwsbericht |
07-02-2025 | 15:30" (documents with "PDF document | 84 pagina's | 2,3 MB", "Noot voor de redactie", "Was deze
informatie nuttig?"), a Dutch gemeente's news (a table of collection days), a US city's CivicPlus "News Flash", an
NHS trust's news ("Notes to editors", "ENDS", "For media enquiries", "Page last reviewed"), a UK university's
release (a table of findings, the paper's reference, "Media contact"), an NGO's release (embargo line, "-ENDS-",
numbered notes to editors, a donation box), a Spanish hospital's news.

Article lines that look like residue, on purpose: a label over a list or a table ("The money will be spent on:",
"Key findings:", "Das ändert sich:", "Le novità principali:", "De nieuwe ophaaldagen:"), short lines ("Homeowners will
not be charged for the replacement.", "Het is zover."), a quote opening on "said:" and a quote split over two
paragraphs, sentences with the genre's words ("Share the work, not the stress", "Partagez ces conseils autour de vous
: …", "Comparte esta información …", "Compartilhe a informação …", "Condividiamo i dati …", "Deel deze kalender met
uw buren", "Thank you to everyone who donated …", "Was deze informatie over uw dijk nuttig? …", "Esta página foi útil
para preparar a sua proposta? …", "Not sure if your home has a lead line? Check the map … or call 541-555-0142.", "Une
question ? Les riverains peuvent écrire à tramway@… ou appeler le …", "Fragen beantwortet das Ordnungsamt unter
Telefon …", "Ante cualquiera de ellos, llame al 112."), a subheading "Ce qui change pour vous" / "Wat gaat er
gebeuren?".

Tags: the headline, the dek, a bullet summary over the text, a table's caption, "Notes to editors" (and its
translations) as a heading soft; the notes to editors' facts gold (on a release they are part of it: the survey's
method, the figure's definition), their offer of interviews residue; the paper's reference under a university's
release soft; figcaptions soft; press contacts, "ENDS", downloads and their file rows, feedback questions, "Last
updated" lines, share rows, cookie banners, menus, footers residue. Lines are read by ``html_probes.tagged_inline``.

Measured with ``python tests/test_html_htmlgov48.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 16 pages, 174 article lines), on the base 2366b8b6: **0 article lines lost, 24 residue lines
  left**: press contacts inside the release's own ``<article>`` with the address as text ("Media contact / Tom
  Reilly, Press Officer / t.reilly@… | +44 …"; "Contact presse : Service de presse du ministère – 01 40 56 60 00 –
  sec.presse@…", one line parted by dashes; "Ufficio Stampa Università di Collemarino<br>Tel. 071 … – ufficio.stampa@…"),
  a press office's note in sentences ("For media enquiries / Please contact the communications team on … or email …
  / Out of hours, please call the switchboard …"; "Voor meer informatie kunt u contact opnemen met de woordvoerder
  … via 070 456 0000."), a box of documents (nl: the heading, two titles, "Kamerstuk: Kamerbrief | 07-02-2025",
  "PDF document | 6 pagina's | 312 kB" …; it: "Documenti"), a download box's heading left over its removed rows
  ("Documents à télécharger"), an Italian template's labels ("A cura di", "Argomenti", the topics' links,
  "Descrizione"), a release's "Spokespeople and case studies are available for interview on request.", gov.br's
  issuing body ("Ministério da Saúde" in ``p.autoria``). After: **0 lost, 3 left** (see ``RESIDUE_LEFT``).
* round 2 (5 pages, 36 article lines, aimed at the new rules): an en library story with "Downloads" and "Contact your
  library" as its own subheadings, a sentence naming "(PDF, 1.8 MB)", a library's phone and address in a sentence and
  a help box ("Need help getting online? / … Call 0300 555 0171 …") ending the article, then a press card outside it;
  a de city release with a contact person's card (name, phone, address as text) in the middle of the text, a
  "Pressestelle" card ending it and a "Dokumente zum Download" box with "PDF, 2,4 MB"; an es university release with
  notes for editors (facts) and a "Gabinete de prensa" note in a sentence last, a sentence with an address for
  farmers; an it comune's council notice with "Argomenti all'ordine del giorno:" over its list, "A cura
  dell'Ufficio di presidenza …", "Per informazioni: segreteria@…, tel. …" in the text and the template's "Allegati",
  "A cura di", "Argomenti"; a fr communiqué with its appointment line (phone and address), "Contact presse, contact
  patients : …", a "Contact presse" note in sentences last in the article. On the base: **0 lost, 7 left**; after:
  **0 lost, 0 left**. In all: 21 pages, 210 article lines, **0 lost, 3 left**.

Changes:

* ``cleaner/html/pressbox.py`` (new), hooked in ``contacts.text_contact_cards`` and ``dom.decide`` (one line each,
  ``# htmlgov48``): ``ends_block``: a contact card showing its address as text is read inside the prose block too
  when it ends the block (what follows it there holds at most 40 characters outside links: a share row's label, a
  download link); before, such a card was read only outside the block, and a release that puts its card in its
  ``<article>`` kept it. ``card_parts``: a card on one or two lines is parted at commas, bars, middle dots and now a
  spaced dash, line by line (a ``<br>`` parts the office from its phone). ``contact_notes``: a press office's note
  in sentences ending the release (in the block's end or after it), a ``<div>``/``<section>``/``<aside>`` of at most
  400 characters opening on a heading of at most 5 words, holding a phone number or an address, goes when its
  heading names the press ("Media enquiries", "Gabinete de prensa", "Contact presse") or each paragraph under it
  names the press with the number ("… de woordvoerder … via 070 …"); a note of paragraphs only, one of 8 words at
  least. A card ending the block must name the press by a whole word too ("Press Officer", "Ufficio Stampa"): a
  helpline's card ending the text ("Hilfe und Kontakt / Telefonseelsorge / 0800 …", test_html_htmlscience46) stays.
  A helpline box ("Need help getting online? … Call …", "Depression support": no press word), a notes to editors'
  box with a fact in it, a card in the middle of the text stay (tests).
* ``cleaner/html/pressbox.py`` ``file_boxes``, hooked in ``dom.decide`` (``# htmlgov48``): a box of files to
  download named so ("documents", "documenten", "documenti", "downloads", "attachments", "allegati", "anexos",
  "descargas") holding a link and no picture goes as a widget; a container so named holding the article is the
  block's way up and stays (test). (First written as ``[families.widgets]`` names in rules.toml: that took
  test_html_redteam18's picture caption list named "documents" before the captions' reading.)
* ``cleaner/rules/families/widgets.toml`` ``[chrome]``: a download's row of its file's type and size alone on its
  line ("PDF, 2.3 MB, 14 pages", "PDF document | 84 pagina's | 2,3 MB", "PDF – 245 Ko"); a sentence naming "(PDF,
  1.8 MB)" stays.
* ``cleaner/rules/lang/{en,de,fr,es,it,pt,nl}.toml`` ``chrome`` and ``chrome_heading``: a box of files' heading alone
  ("Downloads", "Dokumente zum Download", "Documents à télécharger", "Documentos para descargar", "Documenti da
  scaricare", "Anexos", "Bijlagen"), spared as a subheading between two paragraphs (en round 2's "Downloads"; a bare
  "Allegati" was dropped: taken by site-chrome it changed how detached-blocks reads test_lang_it_2's comune page, whose
  feedback question it then kept; edge-furniture takes that "Allegati" later anyway); ``it.toml``
  ``chrome``: the template's "A cura di" and "Argomenti" labels alone ("Argomenti" also ``chrome_heading``);
  ``en.toml`` ``syndication``: a release's "Spokespeople and case studies are available for interview on request."
  alone on its line. Sentences with the words in ``STAYS`` and ``fixtures/negatives/{en,de,fr,es,it,pt,nl}.txt``.

Left (``RESIDUE_LEFT``): the Italian template's "Descrizione" heading at the head of the text (an article's own first
subheading has its shape) and its topics' links under "Argomenti" ("Istruzione Alimentazione", a line of two words);
gov.br's "Ministério da Saúde" in ``p.autoria`` (see the comment).
No retag after the blind round.
"""

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
    # gov.br's issuing body under the text in <p class="autoria">: a metadata name "autoria" took it, but it also took
    # test_html_redteam24's byline row named so before its own reading ("byline and date row"), and was dropped
    "pt_govbr_noticia": ["Ministério da Saúde"],
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
        # a helpline whose heading holds a press word's letters ("Depression")
        ("<div class='help'><h3>Depression support</h3><p>Talk to someone on 0800 555 0199, free, day or night.</p>"
         "</div>", "Talk to someone on 0800 555 0199, free, day or night."),
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
    ("it", "Documenti da scaricare", "site-chrome"),
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
    ("it", "I documenti da scaricare sul sito del Comune sono stati aggiornati solo dopo la seduta."),
    ("nl", "De bijlagen bij de brief zijn pas na de vergadering naar de raadsleden gestuurd."),
    ("de", "Die Dokumente zum Download waren wochenlang nicht barrierefrei, kritisiert der Sozialverband."),
    ("es", "Las descargas de la aplicación municipal se triplicaron durante la ola de calor de julio."),
    ("pt", "Os anexos do contrato só foram publicados depois da votação na assembleia municipal."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
