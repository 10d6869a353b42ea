# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Session 17's fixes: four quality bugs left by the last session.

1. Reported speech about a disclosure or a consent line ("Questo articolo contiene link affiliati …, ha precisato
   l'editore in una nota …") was taken as the page's own disclosure: every vocabulary line passes the ``reported``
   guard (``VocabGroup._spare``: a sentence of ten words or more where a reporting clause follows the matched
   words, or a line opening on a quotation mark), but each language's ``cookies.reported`` table named a few verbs
   only ("ha detto", "said"), not the shape of the clause; and a line of several sentences was judged whole (the
   clause must close the line), in the vocabulary passes and in glued-residue. The tables of en/de/fr/es/it/pt/nl now also read the
   clause's shape: a perfect ("ha precisato", "a concédé", "ha precisado", "heeft … toegegeven"), a preterite or
   an imperfect ("reconoció", "esclareceu", "recitava", "indiquait"), a verb first with its subject ("gab der
   Verlag … zu"), a subject and a past tense ("the publisher acknowledged"; not a credit's "contributed"); and the
   sentence a table matched is judged on its own.
2. ``promos._listed_under_colon`` spared a call as an item of a list a paragraph had already closed: the list is
   now the run of items under the colon line (``promos._list_end``), and a sentence of prose after items that are
   no sentences ends it.
3. A short Spanish page citing an English title got no language and no lean (its Italian votes came from the
   words Spanish and Italian share, its Hungarian ones from "de", "a"): ``language._clear_margin`` judges a close
   rival on the words that tell the two apart.
4. A press contact box after the article went but for its phone line ("Tel.: 08382 704-115": three words with a
   figure read as the article's data): ``edge_contacts.contact_phones`` takes the phone with its box.

Measured: bench pages changed 0/362 (tools/pagecmp.py), bench_text unchanged (recall 0.966/0.975/0.970, naive
0.840/0.988/0.908); red team 16's residue left 11 -> 5, no article line lost.
"""

from __future__ import annotations

import pytest
from probes import judge, kept_lines, removed, with_line
from test_api import LIST_PAGE_PT

import cleaner
from cleaner import language
from cleaner.context import Context
from cleaner.document import Document

# -- 1. reported speech about a disclosure or a consent line -------------------------------------------------------

TEXT = {
    "en": ["The consumer watchdog opened an inquiry into the shopping site on Monday after dozens of complaints from readers.",
           "The agency said it would publish its first findings before the end of the year, according to a spokesperson."],
    "de": ["Die Verbraucherzentrale hat am Montag ein Verfahren gegen das Vergleichsportal eröffnet, nachdem sich Leser beschwert hatten.",
           "Die Behörde will erste Ergebnisse noch vor Ende des Jahres veröffentlichen, wie eine Sprecherin mitteilte."],
    "fr": ["L'autorité de la concurrence a ouvert lundi une enquête sur le site de comparaison après des dizaines de plaintes de lecteurs.",
           "Elle compte publier ses premières conclusions avant la fin de l'année, selon une porte-parole de l'institution."],
    "es": ["La autoridad de consumo abrió el lunes una investigación sobre el portal de comparación tras decenas de quejas de lectores.",
           "El organismo publicará sus primeras conclusiones antes de final de año, según una portavoz de la institución."],
    "it": ["L'autorità per la concorrenza ha aperto lunedì un'indagine sul sito di confronto prezzi dopo decine di reclami dei lettori.",
           "L'ente pubblicherà le prime conclusioni entro la fine dell'anno, secondo una portavoce dell'istituzione."],
    "pt": ["A autoridade do consumidor abriu na segunda-feira uma investigação sobre o portal de comparação após dezenas de queixas de leitores.",
           "O organismo vai publicar as primeiras conclusões antes do fim do ano, segundo uma porta-voz da instituição."],
    "nl": ["De toezichthouder is maandag een onderzoek begonnen naar de vergelijkingssite na tientallen klachten van lezers.",
           "De instantie wil de eerste bevindingen nog voor het einde van het jaar publiceren, zei een woordvoerster van de dienst."],
}

# article sentences that report a disclosure or a consent line (each was removed by consent-line before the fix, the
# language forced or told)
REPORTED: list[tuple[str, str]] = [
    ("it", "Questo articolo contiene link affiliati che non sono stati segnalati ai lettori, ha precisato l'editore in una nota diffusa ieri sera."),
    ("it", "Se acquisti tramite questi link potremmo ricevere una commissione, si leggeva in fondo a ogni recensione pubblicata dal sito."),
    ("en", "This article contains affiliate links that were never disclosed to readers, the publisher acknowledged in a statement on Tuesday."),
    ("en", "This post contains affiliate links, the editor conceded in a note published late on Tuesday evening."),
    ("de", "Dieser Artikel enthält Affiliate-Links, gab der Verlag am Dienstag in einer knappen Stellungnahme zu."),
    ("pt", "Este artigo contém links de afiliados que não foram sinalizados aos leitores, esclareceu a editora numa nota divulgada ontem à noite."),
    ("nl", "Dit artikel bevat affiliate links die niet aan de lezers zijn gemeld, heeft de uitgever in een verklaring van dinsdag toegegeven."),
    ("fr", "Cet article contient des liens affiliés qui n'ont pas été signalés aux lecteurs, a concédé l'éditeur mardi soir."),
    ("fr", "Cet article contient des liens affiliés, a-t-il concédé devant la commission d'enquête du Sénat mardi."),
    ("fr", "En vous inscrivant, vous acceptez nos conditions générales, indiquait le formulaire que l'autorité a jugé abusif."),
    ("es", "Este artículo contiene enlaces de afiliados, aclaró la editorial el martes por la noche en las redes sociales."),
]

# the same kind of sentence the guard already kept, in the clause shapes the tables now read (a ratchet per language)
REPORTED_KEPT: list[tuple[str, str]] = [
    ("it", "Iscrivendoti accetti i termini e l'informativa sulla privacy, recitava il modulo che secondo l'autorità raccoglieva troppi dati."),
    ("en", "By signing up you agree to our terms and privacy policy, the form stated, although the regulator found it collected far more data."),
    ("en", "“This article contains affiliate links,” the editor wrote in a note that readers found only after the complaints began."),
    ("de", "Dieser Artikel enthält Affiliate-Links, die den Lesern nicht offengelegt wurden, räumte der Verlag in einer Mitteilung ein."),
    ("de", "Wir erhalten eine kleine Provision, wenn Sie über einen Link kaufen, hieß es unter jedem Testbericht des Portals."),
    ("fr", "Cet article contient des liens affiliés qui n'ont pas été signalés aux lecteurs, a reconnu l'éditeur dans un communiqué mardi."),
    ("fr", "Cet article contient des liens affiliés, a concédé l'éditeur dans une note publiée mardi soir sur le site."),
    ("fr", "En vous inscrivant, vous acceptez nos conditions générales, indiquait le formulaire qui selon l'autorité collectait trop de données."),
    ("es", "Este artículo contiene enlaces de afiliados que no se señalaron a los lectores, ha precisado la editorial en un comunicado difundido anoche."),
    ("es", "Este artículo contiene enlaces de afiliados, reconoció la editorial en una nota publicada el martes por la noche."),
    ("es", "Al suscribirte aceptas nuestros términos y la política de privacidad, rezaba el formulario que según la autoridad recogía demasiados datos."),
    ("pt", "Este artigo contém links afiliados, admitiu a editora numa nota publicada na terça-feira à noite."),
    ("pt", "Ao se inscrever, você concorda com os nossos termos, dizia o formulário que segundo a autoridade recolhia dados em excesso."),
    ("nl", "Dit artikel bevat affiliatelinks, gaf de uitgever dinsdagavond toe in een korte verklaring op de site."),
    ("nl", "Door je in te schrijven ga je akkoord met onze voorwaarden, stond er op het formulier dat volgens de toezichthouder te veel gegevens verzamelde."),
]


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [
        pytest.param(lang, line, position, id=f"{lang}:{position}:{line[:40]}")
        for lang, line in rows
        for position in ("middle", "tail")
    ]


@pytest.mark.parametrize(("lang", "line", "position"), _params(REPORTED + REPORTED_KEPT))
def test_a_sentence_reporting_a_disclosure_or_consent_line_survives(lang: str, line: str, position: str) -> None:
    paragraphs = with_line(TEXT[lang], line, position)
    # (the language forced too: a three-line page is not always told its language, and then only English tables apply)
    for forced in (None, lang):
        result = cleaner.explain_text("\n".join(paragraphs), language=forced)
        assert result.text.splitlines() == paragraphs, (forced, removed(result))


# a line of two sentences, the first reporting a disclosure: the line's table matched it, and a second sentence (the
# article going on, or even a call glued to it) does not make it the page's notice (VocabGroup._reported_sentence for
# consent-line, glued._told for glued-residue)
GLUED: list[tuple[str, str]] = [
    ("en", "This post contains affiliate links, the editor conceded in a note published on Tuesday evening. The site has since removed them."),
    ("en", "This post contains affiliate links, the editor conceded in a note published on Tuesday evening. Follow us on Twitter."),
    ("de", "Dieser Artikel enthält Affiliate-Links, gab der Verlag am Dienstag in einer knappen Stellungnahme zu. Folgen Sie uns auf Facebook."),
    ("fr", "Cet article contient des liens affiliés, a concédé l'éditeur dans une note publiée mardi soir sur le site. Suivez-nous sur Facebook."),
    ("es", "Este artículo contiene enlaces de afiliados, reconoció la editorial en una nota publicada el martes por la noche. Síguenos en Facebook."),
    ("it", "Questo articolo contiene link affiliati che non sono stati segnalati ai lettori, ha precisato l'editore. Seguici su Facebook."),
    ("pt", "Este artigo contém links de afiliados que não foram sinalizados aos leitores, esclareceu a editora numa nota. Siga-nos no Facebook."),
    ("nl", "Dit artikel bevat affiliatelinks, gaf de uitgever dinsdagavond toe in een korte verklaring op de site. Volg ons op Facebook."),
]


@pytest.mark.parametrize(("lang", "line"), GLUED, ids=[f"{lang}:{line[-30:]}" for lang, line in GLUED])
def test_a_reported_disclosure_with_a_sentence_after_it_survives(lang: str, line: str) -> None:
    paragraphs = [TEXT[lang][0], line, TEXT[lang][1]]
    for forced in (None, lang):
        result = cleaner.explain_text("\n".join(paragraphs), language=forced)
        assert result.text.splitlines() == paragraphs, (forced, removed(result))


def test_the_pages_own_disclosure_glued_to_a_call_still_goes() -> None:
    for line in ("This post contains affiliate links. Follow us on Twitter.",
                 "This post contains affiliate links, which help fund our reporting. Follow us on Twitter for more."):
        result = cleaner.explain_text("\n".join([*TEXT["en"], line]))
        assert result.text.splitlines() == TEXT["en"], removed(result)


# the page's own disclosure and consent lines, after the article: they still go (with a comma and a clause after it
# that is no report: "…, which means the site earns …", "…, die Abmeldung ist jederzeit möglich")
OWN_LINES: list[tuple[str, str]] = [
    ("en", "This post contains affiliate links. If you buy something through our links, we may earn a commission."),
    ("en", "As an Amazon Associate, we earn from qualifying purchases made through links on this page."),
    ("en", "By signing up, you agree to our Terms of Use and acknowledge that your data will be processed as described."),
    ("en", "This article contains affiliate links, which means the site earns a small commission at no extra cost."),
    ("de", "Dieser Artikel enthält Affiliate-Links. Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision."),
    ("de", "Mit Ihrer Anmeldung stimmen Sie unserer Datenschutzerklärung zu, die Abmeldung ist jederzeit möglich."),
    ("fr", "Cet article contient des liens affiliés : si vous achetez via ces liens, nous pouvons percevoir une commission."),
    ("fr", "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."),
    ("es", "Al suscribirte, aceptas nuestros términos y condiciones y nuestra política de privacidad, actualizada en 2024."),
    ("es", "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión."),
    ("it", "Questo articolo contiene link affiliati: se acquisti tramite questi link potremmo ricevere una commissione."),
    ("it", "Iscrivendoti alla newsletter accetti i termini e le condizioni e l'informativa sulla privacy, aggiornata a gennaio."),
    ("pt", "Este artigo contém links de afiliados: se você comprar através deles, podemos receber uma comissão."),
    ("pt", "Ao se inscrever, você concorda com os nossos termos de uso e com a nossa política de privacidade."),
    ("nl", "Dit artikel bevat affiliate links: als je via deze links iets koopt, ontvangen wij een kleine commissie."),
    ("nl", "Door je in te schrijven ga je akkoord met onze algemene voorwaarden en ons privacybeleid, dat in 2024 is bijgewerkt."),
]


@pytest.mark.parametrize(("lang", "line"), OWN_LINES, ids=[f"{lang}:{line[:40]}" for lang, line in OWN_LINES])
def test_the_pages_own_disclosure_and_consent_lines_still_go(lang: str, line: str) -> None:
    result = cleaner.explain_text("\n".join([*TEXT[lang], line]), language=lang)
    assert result.text.splitlines() == TEXT[lang]
    assert removed(result) == [("consent-line", line)]


# a credit's past tense is no reporting clause: "…, Lolita Baldor and Jill Colvin contributed to this report." goes
def test_a_contributors_credit_is_no_reported_speech() -> None:
    line = "Associated Press writers Alan Fram, Zeke Miller, Lolita Baldor and Jill Colvin contributed to this report."
    result = cleaner.explain_text("\n".join([*TEXT["en"], line]))
    assert result.text.splitlines() == TEXT["en"], removed(result)


# -- 2. a call after a list a paragraph has closed ------------------------------------------------------------------

_LIBRARY = "The city library is launching a summer reading challenge for children and teenagers this year."
_CLOSING = "The challenge is open to everyone between six and sixteen, the library said on Monday."

LISTED: dict[str, list[str]] = {
    # a call as one of the steps under the colon line: the article's
    "fragments": [_LIBRARY, "Here is how to take part:", "Pick up a reading log at any branch",
                  "Read five books before the end of August", "Download our free app",
                  "Bring the log back to collect a free ticket", _CLOSING],
    "sentences": [_LIBRARY, "Here is how to take part:", "Pick up a reading log at any branch.",
                  "Download our free app.", "Read five books before the end of August.", _CLOSING],
}


@pytest.mark.parametrize("key", sorted(LISTED))
def test_a_call_listed_as_a_step_under_a_colon_line_survives(key: str) -> None:
    text = "\n".join(LISTED[key])
    result = cleaner.explain_text(text)
    assert result.text == text, removed(result)


def test_a_call_after_the_paragraph_that_closed_the_list_goes() -> None:
    article = [_LIBRARY, "The numbers from last summer:", "1,200 children taking part", "8,400 books read",
               "Prizes can be collected at every branch until September."]
    result = cleaner.explain_text("\n".join([*article, "Download our free app"]))
    assert result.text.splitlines() == article
    assert removed(result) == [("call-to-action", "Download our free app")]
    # (before the fix the paragraph did not close the list: the call was spared as a fifth item)
    listed = [*article[:4], "Download our free app", "Prizes can be collected at every branch until September."]
    assert [text for _p, text in removed(cleaner.explain_text("\n".join(listed)))] == []


def test_the_portal_call_under_a_closed_list_goes() -> None:
    from test_redteam16 import CASES

    lost, left = judge(CASES["pt_meio"])
    assert (lost, left) == ([], [])


# -- 3. a short page's language -------------------------------------------------------------------------------------

SHORT_ES = """\
Nota de prensa
Sevilla, 3 de marzo de 2025
El Instituto de Agricultura ha creado un método que mide la humedad del suelo con un teléfono móvil.
El sistema usa la cámara y una app gratuita para estimar el agua en pocos minutos.
El estudio se ha publicado en la revista Computers and Electronics in Agriculture.
Referencia:
Ortega M., Vidal P. Smartphone imaging for rapid soil moisture estimation in olive groves. Computers and Electronics in Agriculture 221 (2025).
Contacto:
Gabinete de Prensa"""

SHORT_EN = """\
The council voted on Tuesday to add Spanish to the street signs in the old quarter, where a third of residents speak it at home.
Signs will read "Bienvenidos al barrio de la Merced, el corazón de la ciudad" under the English name.
The first signs go up in May and the work should be finished by the end of the year."""

# English notes over Czech sentences: two languages, many votes of each
MIXED_EN_CS = """\
Notes for the translators: these are the article sentences we collected from the Czech sites last week.
The list is sorted by the pass it was for.
Each of them has to survive at the head, the middle and the tail of a short article in the test.
Mluvčí ministerstva se odmítl k obvinění státního zastupitelství vyjádřit.
Ministr nechtěl zprávy médií komentovat, oznámil pouze tiskovou konferenci.
Pod článkem se objevilo přes tisíc komentářů, většinou kritických k rozhodnutí rady.
Komentáře čtenářů byly rozporuplné a část z nich moderátoři portálu smazali.
Před dvěma lety se přihlásila k odběru newsletteru městského úřadu, vypráví paní Hana.
Přihlásil se do kurzu angličtiny, protože chtěl odjet za prací do Irska a tam se to naučit.
Počet předplatitelů deníku loni vzrostl o deset procent, což je na trhu velmi dobrý výsledek."""

# Spanish and Italian sentences in one text: the two share their votes and each has words of its own
MIXED_ES_IT = """\
La ciudad y la regione firmano un acuerdo para el turismo.
El acuerdo se firma en la sede della regione con il presidente y el alcalde.
Il documento prevede una serie di iniziative per la promozione del territorio y de la cultura local."""


def _sample(text: str) -> str:
    return Context(Document(text), None).language_sample()


def test_a_short_spanish_page_citing_an_english_title_is_spanish() -> None:
    sample = _sample(SHORT_ES)
    _words, scores = language._votes(sample)
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    # (Spanish leads, but under 1.5 times the Hungarian votes its "de" and "a" give: no clear answer before)
    assert language._LANGS[order[0]] == "es" and scores[order[0]] < 1.5 * scores[order[1]]
    assert language.guess_by_stopwords(sample) == "es"
    ctx = Context(Document(SHORT_ES), None)
    assert ctx.vocab_languages == ("es", "en")
    result = cleaner.explain_text(SHORT_ES)
    assert removed(result)[:2] == [("copyright", "Nota de prensa"), ("dateline", "Sevilla, 3 de marzo de 2025")]
    assert "El sistema usa la cámara y una app gratuita para estimar el agua en pocos minutos." in kept_lines(result)


def test_the_spanish_press_release_of_red_team_16_leans_spanish() -> None:
    from probes import page_text
    from test_redteam16 import CASES

    sample = _sample(page_text(CASES["es_universidad"]))
    assert language.guess_by_stopwords(sample) is None  # 7.97 votes of 126 words: under 8%, still no answer
    assert language.lean_by_stopwords(sample) == "es"  # ...but a lean: the Spanish tables apply
    assert judge(CASES["es_universidad"]) == ([], [])


def test_a_short_english_page_quoting_spanish_is_english() -> None:
    sample = _sample(SHORT_EN)
    assert language.guess_by_stopwords(sample) == "en"
    assert Context(Document(SHORT_EN), None).vocab_languages == ("en",)


@pytest.mark.parametrize("text", [MIXED_EN_CS, MIXED_ES_IT], ids=["en-cs", "es-it"])
def test_a_page_of_two_languages_gets_no_answer(text: str) -> None:
    sample = _sample(text)
    assert language.guess_by_stopwords(sample) is None
    assert language.lean_by_stopwords(sample) is None


def test_a_page_of_two_languages_needs_the_rivals_few_own_votes() -> None:
    # (English notes over Czech sentences: on the words that tell them apart English leads 1.5 times, but Czech has
    # more of its own than a lean needs, so the page is two languages, not English)
    sample = _sample(MIXED_EN_CS)
    words, scores = language._votes(sample)
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    assert [language._LANGS[n] for n in order[:2]] == ["en", "cs"]
    assert not language._clear_margin(words, scores, order)


def test_a_list_page_still_only_leans() -> None:
    assert language.guess_by_stopwords(LIST_PAGE_PT) is None
    assert language.lean_by_stopwords(LIST_PAGE_PT) == "pt"
    for sample in ("de la de la de la en el en el Interlagos Curitiba", "Interlagos Curitiba Velopark 2018 2019"):
        assert language.lean_by_stopwords(sample) is None


# -- 4. a press contact box's phone line ----------------------------------------------------------------------------

ART_DE = ["Die Stadtwerke haben am Dienstag einen neuen Tarif für Ökostrom vorgestellt, der ab dem ersten April für alle Haushalte gilt.",
          "Nach Angaben des Unternehmens sinkt der Preis pro Kilowattstunde um knapp zwei Cent, die Grundgebühr bleibt unverändert."]
ART_EN = ["The city council approved a new recycling scheme on Tuesday that will give every household a third bin from the first of April.",
          "Officials said the scheme would cost about two million pounds a year and should cut landfill waste by a quarter within five years."]
FOOTER_DE = ["Artikel teilen", "Drucken", "Zurück zur Übersicht"]
FOOTER_EN = ["Share this story", "Print", "Back to news"]

CONTACT_BOXES: dict[str, tuple[list[str], list[str], str]] = {
    # (article, the box and the footer, the phone line)
    "de_phone_last": (ART_DE, ["Pressekontakt:", "Thomas Brenner", "presse@stadtwerke.example", "+49 30 1234567", *FOOTER_DE], "+49 30 1234567"),
    "de_phone_over_mail": (ART_DE, ["Pressekontakt:", "Thomas Brenner", "Tel. 0171 2345678", "presse@stadtwerke.example", *FOOTER_DE], "Tel. 0171 2345678"),
    "en_media": (ART_EN, ["Media contact:", "Jane Doe", "Head of Communications", "jane.doe@council.example", "Phone: (555) 123-4567", *FOOTER_EN], "Phone: (555) 123-4567"),
    "en_office": (ART_EN, ["Media contact", "Council Press Office", "press@council.example", "+44 20 7946 0000", *FOOTER_EN], "+44 20 7946 0000"),
}


@pytest.mark.parametrize("key", sorted(CONTACT_BOXES))
def test_a_press_contacts_phone_goes_with_its_box(key: str) -> None:
    article, tail, phone = CONTACT_BOXES[key]
    result = cleaner.explain_text("\n".join([*article, *tail]))
    assert result.text.splitlines() == article, removed(result)
    assert ("edge-furniture", phone) in removed(result)


KEPT_PHONES: dict[str, tuple[list[str], str]] = {
    # the article ends naming its hotline in a sentence
    "hotline_sentence": (
        [*ART_DE, "Wer Fragen zum neuen Tarif hat, kann sich an die Kundenberatung wenden.",
         "Die Hotline ist unter 0800 111 0 111 erreichbar.", *FOOTER_DE],
        "Die Hotline ist unter 0800 111 0 111 erreichbar."),
    # a number in an article sentence, a mail address beside it
    "phone_in_sentence": (
        [*ART_EN, "Residents with questions can call the council on 0300 123 4567 or write to recycling@council.example.", *FOOTER_EN],
        "Residents with questions can call the council on 0300 123 4567 or write to recycling@council.example."),
    # a help box with no contact's mail: the number stays
    "hotline_box": (
        [*ART_DE, "Hilfe und Beratung:", "Telefonseelsorge", "0800 111 0 111", "www.telefonseelsorge.de", *FOOTER_DE],
        "0800 111 0 111"),
    # the article's own lines announce the number and its mail: they stay, and so does it
    "announced": (
        [*ART_DE, "Wer Fragen hat, erreicht die Kundenberatung unter:", "0800 111 0 111", "kundenberatung@stadtwerke.example",
         "Die Beratung ist kostenlos und von Montag bis Freitag besetzt, teilte das Unternehmen mit."],
        "0800 111 0 111"),
}


@pytest.mark.parametrize("key", sorted(KEPT_PHONES))
def test_an_articles_own_phone_number_stays(key: str) -> None:
    lines, phone = KEPT_PHONES[key]
    result = cleaner.explain_text("\n".join(lines))
    assert phone in kept_lines(result), removed(result)


def test_a_contact_box_under_a_kept_heading_keeps_its_phone() -> None:
    # (red team 14's notice and press release: the box under the article's own rows, or under its kept heading)
    from test_redteam14 import CASES

    for key, phone in (("de_amt", "Telefon: 06201 123-45"), ("pt_comunicado", "+351 256 000 000")):
        result = cleaner.explain_text("\n".join(raw[2:] for raw in CASES[key].splitlines() if raw.strip()))
        assert phone in kept_lines(result), key


@pytest.mark.parametrize(("key", "phone"), [("de_presse", "Tel.: 08382 704-115"), ("it_comunicato", "Tel. 011 432 1234")])
def test_red_team_16s_press_phones_go(key: str, phone: str) -> None:
    from test_redteam16 import CASES

    lost, left = judge(CASES[key])
    assert lost == [] and phone not in left
