# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Labelled bylines at the head of an article, in many languages, and the lines that resemble them.

- A byline under the headline and over the first paragraph goes: a label and a name ("Autor: Kadri
  Tamm", "Penulis: Budi Santoso | Editor: Rina Wulandari", "Von Anna Müller und Jan Roth", "Par
  Claire Dubois"), in the languages with a vocabulary and in those without one (et, id, hu, fi:
  the language-neutral table, a label, a colon and capitalised names alone, before the first
  paragraph: two labelled parts on a line whatever the labels, one part under a label that names
  a writer, an editor, the text or the pictures). "Reporting by Jane Doe; Editing by John Roe"
  also goes at the tail.
- What resembles them stays: an interview's speaker lines (a name, a colon, a sentence), a fact
  box's rows after the first paragraph ("Architekt: Renzo Piano", "Regie: Maren Ade"), subheadings
  and titles that open with the same word ("Von Berlin nach Paris in vier Stunden", "Par amour"),
  at the head, middle and tail of a short article; a kicker or subtitle under the headline, a label
  over capitalised words that are no credit ("Review: The Great Gatsby", "Bundesliga: Bayern
  München").
"""

from __future__ import annotations

import pytest
from probes import assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

PARAGRAPHS: dict[str, list[str]] = {
    **{lang: ARTICLES[lang] for lang in ("en", "de", "fr", "es", "it", "pt", "nl")},
    "et": [
        "Linnavolikogu kiitis teisipäeval heaks uue sadama arengukava, millega lõppes enam kui kaks aastat kestnud vaidlus kulude ja kalanduse tuleviku üle.",
        "Kava järgi ehitatakse idapoolne kai uuesti üles ja avatakse see avalikkusele, samal ajal kui läänepoolset osa kasutavad edasi paadid, mis igal hommikul saagi kaldale toovad.",
        "Mitu elanikku ütles, et neil on hea meel otsuse üle, kuid mõned hoiatasid, et ehitustööd kitsastel tänavatel vee ääres häirivad elu kuude kaupa.",
    ],
    "id": [
        "Dewan kota pada hari Selasa menyetujui rencana baru untuk pelabuhan lama dan mengakhiri perdebatan yang berlangsung lebih dari dua tahun tentang biaya dan masa depan perikanan.",
        "Menurut rencana itu, dermaga timur akan dibangun kembali dan dibuka untuk umum, sementara sisi barat tetap digunakan oleh perahu yang setiap pagi membongkar hasil tangkapan mereka.",
        "Beberapa warga mengatakan mereka lega karena keputusan akhirnya diambil, tetapi sebagian dari mereka memperingatkan bahwa pekerjaan di jalan sempit dekat air akan mengganggu selama berbulan-bulan.",
    ],
    "hu": [
        "A városi közgyűlés kedden elfogadta a régi kikötő új tervét, és ezzel lezárt egy több mint két éve tartó vitát a költségekről és a halászat jövőjéről.",
        "A terv szerint a keleti rakpartot újjáépítik és megnyitják a nyilvánosság előtt, a nyugati oldalt pedig továbbra is a hajók használják, amelyek minden reggel kirakodják a fogásukat.",
        "Több lakó azt mondta, hogy megkönnyebbült, amiért végre döntés született, de néhányan figyelmeztettek, hogy a munkálatok a szűk vízparti utcákban hónapokig zavarni fogják az életet.",
    ],
    "fi": [
        "Kaupunginvaltuusto hyväksyi tiistaina vanhan sataman uuden suunnitelman ja päätti näin yli kaksi vuotta kestäneen kiistan kustannuksista ja kalastuksen tulevaisuudesta.",
        "Suunnitelman mukaan itäinen laituri rakennetaan uudelleen ja avataan yleisölle, kun taas länsipuolta käyttävät edelleen veneet, jotka tuovat saaliinsa maihin joka aamu.",
        "Useat asukkaat sanoivat olevansa helpottuneita siitä, että päätös on vihdoin tehty, mutta osa heistä varoitti, että työt kapeilla rantakaduilla häiritsevät elämää kuukausia.",
    ],
}

#: Per language: a headline, and the bylines that stand under it and over the first paragraph.
HEAD_BYLINES: dict[str, tuple[str, list[str]]] = {
    "en": ("Council approves plan for the old harbour", [
        "Written by Jane Doe",
        "By Jane Doe and John Roe",
        "Reporting by Jane Doe; Editing by John Roe",
        "Text: Jane Doe",
        "Photos: Peter Berg",
        "Words: Jane Doe | Photos: Peter Berg",
    ]),
    "de": ("Stadtrat beschließt Plan für den alten Hafen", [
        "Von Anna Müller und Jan Roth",
        "Text: Anna Müller",
        "Fotos: Peter Berg",
        "Text: Anna Müller | Fotos: Peter Berg",
        "Autorin: Anna Müller",
        "Redaktion: Anna Müller, Jan Roth",
    ]),
    "fr": ("Le conseil adopte le plan du vieux port", [
        "Par Claire Dubois",
        "Par Claire Dubois et Marc Lefèvre",
        "Texte : Claire Dubois",
        "Photos : Pierre Martin",
        "Texte : Claire Dubois | Photos : Pierre Martin",
    ]),
    "es": ("El ayuntamiento aprueba el plan del puerto viejo", [
        "Por María López",
        "Por María López y Juan García",
        "Texto: María López",
        "Fotos: Juan García",
        "Texto: María López | Fotos: Juan García",
    ]),
    "it": ("Il consiglio approva il piano del porto vecchio", [
        "Di Marco Rossi",
        "Di Marco Rossi e Giulia Bianchi",
        "Testo: Marco Rossi",
        "Foto: Giulia Bianchi",
        "Testo: Marco Rossi | Foto: Giulia Bianchi",
    ]),
    "pt": ("Câmara aprova plano para o porto velho", [
        "Por João Silva",
        "Texto: João Silva",
        "Fotos: Ana Costa",
        "Texto: João Silva | Fotos: Ana Costa",
        "Por João Silva e Ana Costa",
    ]),
    "nl": ("Gemeenteraad keurt plan voor de oude haven goed", [
        "Door Jan de Vries",
        "Door Jan de Vries en Anna Bakker",
        "Tekst: Jan de Vries",
        "Foto's: Anna Bakker",
        "Tekst: Jan de Vries | Foto's: Anna Bakker",
    ]),
    "et": ("Volikogu kiitis heaks vana sadama kava", [
        "Autor: Kadri Tamm",
        "Tekst: Kadri Tamm | Fotod: Peeter Kask",
    ]),
    "id": ("Dewan kota setujui rencana pelabuhan lama", [
        "Penulis: Budi Santoso | Editor: Rina Wulandari",
        "Reporter: Budi Santoso",
        "Penulis: Budi Santoso",
    ]),
    "hu": ("Elfogadták a régi kikötő tervét", [
        "Szerző: Kovács Anna",
        "Szöveg: Kovács Anna | Fotó: Nagy Péter",
    ]),
    "fi": ("Valtuusto hyväksyi vanhan sataman suunnitelman", [
        "Kirjoittaja: Matti Virtanen",
        "Teksti: Matti Virtanen | Kuvat: Liisa Korhonen",
        "Teksti ja kuvat: Matti Virtanen",
    ]),
}

#: Credits after the last paragraph.
TAIL_BYLINES: dict[str, list[str]] = {
    "en": [
        "Reporting by Jane Doe; Editing by John Roe",
        "Reporting by Jane Doe and Tom Poe; Editing by John Roe",
    ],
}

#: Per language: a headline, and lines under it and over the first paragraph that are the article's.
HEAD_SURVIVE: dict[str, tuple[str, list[str]]] = {
    "de": ("Interview mit der Bürgermeisterin", [
        "Anna Müller: Ja, das stimmt, wir haben lange darüber gestritten.",
        "Von Berlin nach Paris in vier Stunden",
        "Bundesliga: Bayern München",
        "Nachruf: Helmut Schmidt",
        "Fazit: Gute Besserung",
        "Teil Zwei: Die Rückkehr",
        "Corona-Pandemie: Neue Regeln",
        "Wo: Alte Oper Frankfurt",
    ]),
    "en": ("Council approves plan for the old harbour", [
        "Jane Doe: Yes, we argued about it for a long time.",
        "By Tuesday the council had agreed on the plan.",
        # a kicker or a subtitle: a label over capitalised words that are no credit
        "Update: New Details Emerge",
        "Review: The Great Gatsby",
        "Chapter One: The Harbour",
        "Location: San Francisco",
        "Starring: Tom Hanks, Meg Ryan",
        "Winner: Jane Doe",
        "In Pictures: Notre Dame",
    ]),
    "fr": ("Entretien avec la maire", [
        "Claire Dubois : Oui, nous en avons longtemps débattu.",
        "Par amour",
    ]),
    "es": ("El ayuntamiento aprueba el plan del puerto viejo", [
        "Por fin llega la lluvia",
    ]),
    "nl": ("Gemeenteraad keurt plan voor de oude haven goed", [
        "Door de regen liep de vergadering uit.",
    ]),
    "et": ("Intervjuu linnapeaga", [
        "Kadri Tamm: Jah, see on tõsi, me vaidlesime selle üle kaua.",
        "Arhitekt: Renzo Piano",
        "Võitja: Kadri Tamm",
    ]),
    "hu": ("Interjú a polgármesterrel", [
        "Kovács Anna: Igen, sokáig vitatkoztunk róla.",
        "Helyszín: Budapest Park",
    ]),
    "id": ("Wawancara dengan wali kota", [
        "Budi Santoso: Ya, itu benar, kami lama memperdebatkannya.",
    ]),
}

#: Short lines of an article that resemble a labelled byline: head, middle and tail.
SHORT_LINES: dict[str, list[str]] = {
    "de": [
        "Architekt: Renzo Piano",
        "Regie: Maren Ade",
        "Von Berlin nach Paris in vier Stunden",
        "Anna Müller: Ja, das stimmt, wir haben lange darüber gestritten.",
    ],
    "en": [
        "Architect: Renzo Piano",
        "Director: Maren Ade",
        "By Tuesday the council had agreed on the plan.",
        "Jane Doe: Yes, we argued about it for a long time.",
    ],
    "fr": ["Par amour", "Architecte : Renzo Piano", "Réalisation : Maren Ade"],
    "es": ["Por fin llega la lluvia", "Arquitecto: Renzo Piano", "Dirección: Pedro Almodóvar"],
    "it": ["Di notte a Venezia", "Regia: Nanni Moretti", "Architetto: Renzo Piano"],
    "pt": ["Por amor ao mar", "Arquiteto: Álvaro Siza", "Realização: João Canijo"],
    "nl": ["Door de regen liep de vergadering uit.", "Architect: Rem Koolhaas", "Regie: Paul Verhoeven"],
    "et": ["Arhitekt: Renzo Piano", "Lavastaja: Elmo Nüganen"],
    "id": ["Arsitek: Renzo Piano", "Sutradara: Joko Anwar"],
    "hu": ["Építész: Makovecz Imre", "Rendező: Enyedi Ildikó"],
    "fi": ["Arkkitehti: Alvar Aalto", "Ohjaaja: Aki Kaurismäki"],
}

#: A fact box of three rows or more over the text is no byline (a film's, a building's). The
#: labelled-byline pass leaves it; (a run of short lines over the first paragraph may still go as
#: edge furniture, as it did before that pass.)
HEAD_FACT_BOXES: dict[str, tuple[str, list[str]]] = {
    "de": ("Toni Erdmann", ["Regie: Maren Ade", "Darsteller: Sandra Hüller, Peter Simonischek", "Land: Deutschland, Österreich", "Länge: 162 Minuten"]),
    "en": ("The new opera house", ["Architect: Renzo Piano", "Client: City Council", "Cost: 120 million euros"]),
    "et": ("Uus ooperimaja", ["Arhitekt: Renzo Piano", "Tellija: Tallinna Linnavalitsus", "Maksumus: 120 miljonit eurot"]),
}


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _head_params() -> list[object]:
    return [
        pytest.param(lang, head, line, id=f"{lang}:{line[:40]}")
        for lang, (head, lines) in HEAD_BYLINES.items()
        for line in lines
    ]


@pytest.mark.parametrize(("lang", "head", "line"), _head_params())
def test_head_byline_goes(lang: str, head: str, line: str) -> None:
    result = cleaner.explain_text("\n\n".join([head, line, *PARAGRAPHS[lang]]))
    out = _paragraphs(result.text)
    assert line not in out
    assert out[-len(PARAGRAPHS[lang]) :] == PARAGRAPHS[lang]
    assert {r.pass_name for r in result.removed} <= {"title-line", "byline", "labelled-byline", "copyright", "promo-label", "image-credit"}


@pytest.mark.parametrize(
    "line",
    [
        "Autor: Kadri Tamm",
        "Penulis: Budi Santoso | Editor: Rina Wulandari",
        "Szerző: Kovács Anna",
        "Kirjoittaja: Matti Virtanen",
        "Text: Jane Doe",
        "Testo: Marco Rossi | Foto: Giulia Bianchi",
        "Redakce: Jana Nováková",
    ],
)
def test_language_neutral_byline_goes_by_its_pass(line: str) -> None:
    """The bylines no language table names go by the shape alone, under the headline or first."""
    paras = PARAGRAPHS["et"]
    for parts in ([line, *paras], ["Volikogu kiitis heaks vana sadama kava", line, *paras]):
        result = cleaner.explain_text("\n\n".join(parts))
        assert _paragraphs(result.text)[-len(paras) :] == paras
        assert line not in _paragraphs(result.text)
        assert [r.pass_name for r in result.removed if r.text == line] == [_NAMED.get(line, "labelled-byline")]


#: Bylines a language's own table names since it has one (Estonian's, test_lang_vocab18): its byline pass takes them.
_NAMED = {"Autor: Kadri Tamm": "byline"}


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in TAIL_BYLINES.items() for line in lines])
def test_tail_credit_goes(lang: str, line: str) -> None:
    result = cleaner.explain_text("\n\n".join([*PARAGRAPHS[lang], line]))
    assert result.text == "\n\n".join(PARAGRAPHS[lang])


@pytest.mark.parametrize(
    ("lang", "head", "line"),
    [pytest.param(lang, head, line, id=f"{lang}:{line[:40]}") for lang, (head, lines) in HEAD_SURVIVE.items() for line in lines],
)
def test_head_line_that_resembles_a_byline_survives(lang: str, head: str, line: str) -> None:
    result = cleaner.explain_text("\n\n".join([head, line, *PARAGRAPHS[lang]]))
    assert line in _paragraphs(result.text)


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(PARAGRAPHS[lang], line, position))


@pytest.mark.parametrize(("lang", "head", "rows"), [(lang, *box) for lang, box in HEAD_FACT_BOXES.items()])
def test_head_fact_box_survives(lang: str, head: str, rows: list[str]) -> None:
    result = cleaner.explain_text("\n\n".join([head, *rows, *PARAGRAPHS[lang]]))
    assert [r.text for r in result.removed if r.pass_name == "labelled-byline"] == []


@pytest.mark.parametrize("lang", sorted(SHORT_LINES))
def test_label_row_after_the_first_paragraph_survives(lang: str) -> None:
    """The credit's shape after the first paragraph is a fact box's row: it stays, also right
    after the first paragraph and within the first few lines."""
    line = SHORT_LINES[lang][-1] if lang not in ("de", "en") else SHORT_LINES[lang][0]
    paras = PARAGRAPHS[lang]
    result = cleaner.explain_text("\n\n".join([paras[0], line, *paras[1:]]))
    assert line in _paragraphs(result.text)
