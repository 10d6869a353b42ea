# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""furniture55: the article lines the probes list as lost (``KNOWN_LOST``), surveyed, and the biggest cluster one shape
guard can save: a run of short lines between a paragraph of the article and the sentence of the article that closes
over it (``cleaner/passes/edge_known55.py``, hooked into edge-furniture's tail guards and its test of a long run
between two paragraphs).

Survey (on base 0524cf11; a script cleaned each page of every module with a non-empty ``KNOWN_LOST`` by its own judge,
``probes.judge`` for the tagged pages and ``html_probes.run_page`` for the HTML ones, and named the removal of each lost
line): 250 lost lines in 53 modules, 237 on text pages (47 modules), 13 on HTML pages (6 modules). By pass:

- edge-furniture 112 (tail run 68, long run between two paragraphs 28, head run 16);
- dateline 25, comment-section 15 (three pages whose comments heading is the article's), site-chrome 12,
  newsletter-prompt 10, comment-ui 8, teaser-box 8, markdown-links 7, copyright 6, clock-line 5, author-bio 4,
  social-buttons 4, detached-blocks 4, table-of-contents 4, byline 3, headline-run 3, title-line 2, edge-link 2,
  caps-teaser 2, paywall, finance-widget, closing-disclosure, consent-line and cookie-notice 1 each; on the HTML pages
  the DOM pruning 6 (figcaptions 4, a form's box, a header) and 3 no pass removed (lost in extraction).

edge-furniture's 112 by shape:

==========================================================================  =====  =====  =====
shape                                                                        lines  pages  saved
==========================================================================  =====  =====  =====
a run between the article's prose over it and its sentence under it (a poem,    48      8     21
a chorus, an album's songs, a squad, a packing or school list, a listing's
features): keep19 ar_qasida 9, sv_visa 6, fr_liste 6, ar_tashkila 7;
known14 es_canciones 6; left21 de_material 5; eastnorth40 hr 3; list34
de_immobilie 6
labels over names or items closing the page, residue or nothing under them    18      4      0
(keep19 nl_winnaars, africa42 zu_squad, lang_vocab13 id_naive, genre25
ja_job)
a contact box or signature closing a release or notice (keep21 de_presse,      15      8      0
redteam14/14c, public37)
a markdown list of links closing a roundup (xcheck29 en_md_roundup)              7      1      0
an interview's short turns (keep24 th_interview_short)                           4      1      0
a lone heading or line at the tail (feature36, lang_vocab17, open34,             4      4      0
southasia41)
a listing's or posting's facts before the first paragraph (list34, local47,    16      7      0
public37, redteam15)
==========================================================================  =====  =====  =====

The guard (``edge_known55.closed_run`` at the tail, ``closes_run`` in ``EdgeFurniture._clear_inner``): a run of
three to sixteen lines of furniture right under a kept line of prose and right over a kept sentence of five words or
more, nothing another pass took from the prose to the sentence, where the sentence shares a word's stem (its first
five letters, a word of four letters or more that is no function word) with the kept text over the run, that word
written there in lower case (or in a script without case) and in the sentence in lower case or as its first word; and
fewer than half of the run's lines share a stem with the text over it. Saved: keep19 ar_qasida (9, "الشاعر") and
sv_visa (6, "syskon"), known14 es_canciones (6, "disco") = 21 lines, taken out of their ``KNOWN_LOST``.

Why the rest of the shape stays lost: fr_liste's closing "Bonne marche à tous !" is four words, no sentence of prose;
over de_material's list stands its heading, no prose, and under it "Vielen Dank für Ihre Mithilfe." shares no word
with the text; over hr's "Parkiranje:" stands "Ulaz je besplatan." (three words, no prose); the sentence under
de_immobilie's features shares no word the text over them writes in lower case (German capitalises its nouns:
"Minuten", "Platz"); ar_tashkila's shares with the text over it only words Arabic's stopword list holds (a news page's
frequent words: "اللاعبين", "مدرب"; reading "المدرب" without its glued article was tried and saved nothing).

Tried and not kept: the sentence's words in any case (a footer's blurb naming the paper, "The Harbour Gazette is the
independent weekly newspaper …", shares "harbour" with a story on the harbour wall: known14 en_inner_menu's menu
stayed); no test of the run's own words (a tag cloud over a sentence that speaks of the story, fr_tags_tail below,
stayed).

What it cannot tell: a menu between the article and a footer's blurb that happens to share a common word in lower
case with the story ("… published every week" under a story that says "every week") would stay; the equivalence dump
(below) found no such page.

Equivalence against base 0524cf11 (``bench.equivalence dump --html``, 9953 inputs: dev text and HTML pages, fixtures,
every probe page): 3 differ, the three pages saved (keep19 ar_qasida and sv_visa, known14 es_canciones); no dev page,
no HTML page and no other probe's page changed.
"""

from __future__ import annotations

import pytest
from probes import kept

import cleaner

#: A run of short lines between a paragraph and the sentence closing over it, by language: the run stays.
KEPT: dict[str, list[str]] = {
    "en_tail": [
        "The folk singer Mary Hollis has written a new song about the closing of the old pier at Saltby, and the whole town sang its chorus on Saturday night.",
        "Saltby lights",
        "Grey water",
        "Lanterns burning",
        "Fishing boats",
        "Saltby lights",
        "Home again",
        "Hollis will sing the song again at the pier's farewell party next month.",
    ],
    "de_inner": [
        "Der Trainer des Handballvereins TV Großwallstadt hat am Montag seinen Kader für die neue Saison vorgestellt, mit drei jungen Spielern aus der eigenen Jugend.",
        "Tor",
        "Lukas Brenner",
        "Jonas Keil",
        "Rückraum",
        "Felix Rauh",
        "Timo Engel",
        "Die drei jungen Spieler aus der Jugend haben einen Vertrag über zwei Jahre unterschrieben, teilte der Verein nach dem ersten Training mit.",
    ],
    "fr_tail": [
        "La poétesse Jeanne Roux a lu samedi à la médiathèque de Riom un poème écrit pour les quarante ans du marché couvert, que nous publions ici.",
        "Marché du samedi",
        "Pommes luisantes",
        "Fromages ronds",
        "Voix mêlées",
        "Lumière d'hiver",
        "Marché du samedi",
        "Le poème sera affiché sous la halle du marché jusqu'à la fin du mois.",
    ],
    "it_inner": [
        "Il gruppo veronese Le Ortiche torna con un disco breve, registrato in una sola notte in una cantina della Valpolicella, a quattro anni dal primo album.",
        "Le canzoni",
        "Brina",
        "Via Mazzini",
        "Settembre",
        "Lungadige",
        "Ninna nanna",
        "Il disco si chiude con una ninna nanna che la cantante ha scritto per il figlio e che canta sottovoce, con una sola chitarra.",
    ],
    "pt_tail": [
        "A escola de samba Unidos do Morro apresentou no domingo o samba-enredo deste ano, e a comunidade cantou o refrão durante toda a noite no ensaio técnico.",
        "Morro iluminado",
        "Tambores batendo",
        "Morro iluminado",
        "Saudade colorida",
        "Bandeiras erguidas",
        "Passistas cantando",
        "A escola desfila no sábado de carnaval e promete levar o samba novo para a avenida inteira.",
    ],
    "nl_tail": [
        "De dichter Bram de Vries schreef voor de opening van de nieuwe brug in Kampen een kort gedicht, dat hij zaterdag voorlas aan de kade.",
        "Lichtbrug",
        "Donker water",
        "Twee oevers",
        "Fietsers tegen wind",
        "Lichtbrug",
        "Meeuwen boven Kampen",
        "Het gedicht staat vanaf volgende week op een bord bij de brug.",
    ],
}

#: A menu or a tag cloud between the article and a sentence: it still goes.
GOES: dict[str, list[str]] = {
    "en_menu_blurb_town": [
        "The county council voted on Tuesday to close the old river bridge at Saltby for repairs until the end of the summer holidays.",
        "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in a statement.",
        "News",
        "Sport",
        "Business",
        "Opinion",
        "Culture",
        "Weather",
        "Saltby Gazette has covered Saltby and the coast since 1872.",
    ],
    "de_menu_blurb": [
        "Die Stadt hat am Dienstag beschlossen, die Bibliothek an der Hauptstraße in Kassel bis zum Sommer zu sanieren und danach wieder zu öffnen.",
        "Die Kosten von rund 2,4 Millionen Euro teilen sich Land und Kommune, wie der Bürgermeister nach der Sitzung mitteilte.",
        "Politik",
        "Wirtschaft",
        "Kultur",
        "Lokales",
        "Sport",
        "Meinung",
        "Die Nordhessische Allgemeine ist die Zeitung für Kassel und die Region.",
    ],
    "fr_tags_tail": [
        "Le conseil municipal de Riom a voté mardi la fermeture du vieux pont pour travaux jusqu'à la fin des vacances d'été.",
        "Les ingénieurs ont trouvé des fissures dans deux piles du pont lors d'une inspection de routine en mars, a indiqué la mairie.",
        "Riom",
        "Travaux",
        "Circulation",
        "Conseil municipal",
        "Ponts",
        "Mairie",
        "Les travaux du pont sont suivis par la rédaction de Riom Infos.",
    ],
}

#: (see BLURB)
_BLURB: dict[str, list[str]] = {
    "en": [
        "The Saltby Gazette is the independent weekly newspaper of the coast, published every Thursday for over a century.",
    ],
    "de": [
        "Der Untermain-Bote ist die unabhängige Tageszeitung für Aschaffenburg, Miltenberg und den Spessart.",
    ],
    "fr": [
        "Le Journal de la Limagne est l'hebdomadaire indépendant du Puy-de-Dôme, en kiosque chaque jeudi.",
    ],
    "it": [
        "L'Arena di Verona è il quotidiano indipendente della città e della provincia da oltre un secolo.",
    ],
    "pt": [
        "O Jornal da Zona Norte é o diário independente dos bairros do Rio, nas bancas todas as manhãs.",
    ],
    "nl": [
        "De Stentor is de onafhankelijke krant van Overijssel en Gelderland, elke dag in de bus.",
    ],
}


#: The sentence of a site's blurb in each language (no figure: a figure under a run reads as a table's first row).
BLURB: dict[str, str] = {k: v[0] for k, v in _BLURB.items()}


@pytest.mark.parametrize("key", sorted(KEPT))
def test_a_run_the_articles_sentence_closes_over_stays(key: str) -> None:
    lost, removals = kept(KEPT[key])
    assert lost == [], removals


@pytest.mark.parametrize("key", sorted(KEPT))
def test_the_same_run_over_a_sites_blurb_goes(key: str) -> None:
    page = [*KEPT[key][:-1], BLURB[key[:2]]]
    lost, removals = kept(page)
    assert lost == page[1:-1], removals
    assert {p for p, _t in removals} == {"edge-furniture"}


@pytest.mark.parametrize("key", sorted(KEPT))
def test_the_same_run_closing_the_page_goes(key: str) -> None:
    page = KEPT[key][:-1]
    lost, removals = kept(page)
    assert lost == page[1:], removals


@pytest.mark.parametrize("key", sorted(GOES))
def test_a_menu_or_tag_cloud_over_a_sentence_still_goes(key: str) -> None:
    page = GOES[key]
    lost, removals = kept(page)
    run = [line for line in page[2:-1]]
    assert [line for line in lost if line in run] == run, removals


def test_a_run_with_a_share_row_inside_goes() -> None:
    page = KEPT["en_tail"]
    shared = [*page[:3], "Share", *page[3:]]
    result = cleaner.explain_text("\n".join(shared))
    assert result.text.split("\n") == [page[0], page[-1]], [(r.pass_name, r.text) for r in result.removed]


def test_a_paper_named_after_the_storys_word_does_not_close_the_run() -> None:
    # the blurb's "Harbour" is the paper's name, capitalised inside its sentence: no word of the story's
    page = [
        "Repairs to the harbour wall will start in May and last for most of the summer, the harbour board said on Monday.",
        "Boats will be moved to the outer moorings while the work goes on, and the slipway will stay open at weekends.",
        "Local news",
        "Crime and courts",
        "Weather warnings",
        "Traffic updates",
        "School closures",
        "Community events",
        "The Harbour Gazette is the independent weekly newspaper for the town and its villages.",
    ]
    lost, removals = kept(page)
    assert lost == page[2:-1], removals
