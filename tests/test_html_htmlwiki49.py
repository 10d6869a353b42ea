# ruff: noqa: E501  (residue lines and quoted stub notices whole)
"""HTML probe htmlwiki 49: wiki-like and reference pages as whole HTML, under ``fixtures/html_htmlwiki49/<lang>_<what>.html``
(en de fr es it pt nl, two or more pages each): MediaWiki encyclopedias in the Vector 2022 and legacy skins (en, de, fr,
es, it, pt, nl: jump links, the wiki's name under the title, a hatnote, a maintenance banner, an infobox, the table of
contents, "[edit]" / "[Bearbeiten | Quelltext bearbeiten]" / "[modifier | modifier le code]" links, references,
"See also", "External links", a navbox, authority control, portals, "Retrieved from …", categories, language links,
"This page was last edited on …", the licence footer, "Privacy policy / About / Disclaimers", a fundraising site notice),
city and regional wikis on MediaWiki (de monobook: "Wechseln zu: Navigation, Suche", a stub box, view count; nl Timeless:
a site notice, a stub box), Fandom pages (en, es, pt: the global navigation, the community header, "in: Characters, …",
a portable infobox, a spoiler box, a gallery, the navbox, "Community content is available under CC-BY-SA unless
otherwise noted.", the right rail, the global footer, OneTrust's banner), a science museum's object record (en), a
fine-arts museum's "notice d'œuvre" (fr) and a civic library's biographical entry (it).

Article lines that look like residue, on purpose: section headings of one word ("History", "Technik", "Storia",
"Bezoek"), a label over a list or a table ("The village … has risen sharply:", "Wichtige Daten:", "Le bâtiment comprend
:", "À noter :", "Recomenda-se:", "Het is open:"), short list items ("1732: Stadtbrand", "levar água no verão;"), a
data table in the text, a quotation (a ``<blockquote>``, a character's one-line quotes), sentences with the genre's
words ("The last cargo … was retrieved from the creek bed in 1907", "… after the first edit of the pilot", "Share the
water. Keep the map.", "Il fondo è consultabile su appuntamento …", "Cite this as you like …").

Tags: the title, the infobox's rows (facts and heading), figcaptions and gallery captions, a table's caption, a
quotation's attribution, the "References" / "Einzelnachweise" / "Notes et références" heading and the notes' texts, the
"See also" heading and its links, "Bibliography" / "Literatur" / "Fonti" and their items, a record's details table
and exhibition history soft; hatnotes ("For other uses, see …", "Main article: …": navigation, not the article),
maintenance and stub banners, spoiler warnings, "External links" items, navboxes, citation boxes ("Cite this page"),
update stamps and everything of the page around the article residue. A footnote marker stays in its sentence
("… Blakeney Point.[1]"): project policy (``dom._back_links``: "the citing link holds its number, and stays";
test_html_redteam27 tags its wiki's sentences with their markers). Lines are read by ``html_probes.tagged_inline``,
an infobox's row spanning its columns also with the empty cells the cleaner pads it with (``wiki_tagged``).

Retag after the blind round: the blind round read the lines without their footnote markers (the tagger dropped
``sup.reference``), which counted the 15 lead and body sentences carrying a "[1]" as lost and again as residue; that
contradicts the project's policy above, and the marker is now read as part of the sentence.

Measured with ``python tests/test_html_htmlwiki49.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 15 pages, 226 article lines), on the base 4dd005d3: **15 lost, 58 left** as first tagged; after the
  retag **0 lost, 43 left**: MediaWiki's site notice (a fundraising appeal, a city wiki's meeting), hatnotes named
  'rellink' / 'hatnote' alone (es "No debe confundirse con …", pt "Nota: Para o aqueduto de Lisboa, veja …"), navboxes
  (en/es/pt Fandom, nl), a Fandom spoiler box ('mbox'), stub and maintenance boxes named by one wiki ("Dieser Artikel
  ist noch ausbaufähig. …", "Dit artikel is een beginnetje. …"), a museum's picture rights ("Image © … Licensing and
  reproductions"), citation boxes ("Citer cette notice" and its citation, "Come citare questa pagina" and its
  citation), "Notice mise à jour le 14 février 2024", infobox link rows, "External links" items. After: **0 lost, 22
  left** (see ``RESIDUE_LEFT``).
* round 2 (4 pages, 35 article lines, aimed at the new rules): an en blog post about editing a town wiki (its own
  'site-notice' banner, a quoted stub notice in a sentence, a box of the post named 'hatnote-example' with no link,
  "The navbox at the bottom …", "You can help too.", a picture's 'image-rights' line, "Cite this as you like …"); a de
  regional wiki (Vector 2022: siteNotice/localNotice, siteSub, a hatnote, "Dieser Artikel ist noch ausbaufähig, schrieb
  1926 der Heimatforscher …" in the text, "Dieser Abschnitt ist noch ausbaufähig. Hilf mit, …" as a box, a navbox);
  a fr museum object ("Pour citer cette notice du chapitre, …", "La fiche mise à jour le 3 mars 2024 par le service …",
  "Citer cette œuvre comme modèle, …" in the text; "Citer cette page", "Fiche mise à jour le 2 mai 2023" as residue); a
  nl Fandom page (a stub notice in an 'mbox', a 'dablink', "Dit artikel is een beginnetje van zijn verhaal, zei de
  schrijver …" in the text, a navbox). On the base: **0 lost, 10 left**; the first version of the hatnote rule (a name
  in ``[families.chrome]``) lost the blog's 'hatnote-example' paragraph, hence ``cleaner/html/wiki.py``. After: **0
  lost, 1 left**. In all: 19 pages, 261 article lines, **0 lost, 23 left**.

Changes:

* ``cleaner/html/rules.toml`` ``[families.widgets]``: MediaWiki's 'siteNotice' ("site-notice"; its 'centralNotice' and
  'localNotice' sit in it: a bare "local-notice" may name a paper's public notices, the page's text), its message
  boxes' family name "mbox" (as "ambox"), the wiki's name under the title 'siteSub' ("site-sub": "Aus Stadtwiki
  Lindenau") and the jump links 'mw-jump-link' ("jump-link", as "skip-link"). ``[families.chrome]``: "navbox".
  ``[families.captions]``: "image-rights", "photo-rights". ``[families.metadata]``: "come-citare" (as "como-citar").
* ``cleaner/html/rules.toml`` ``[families.hatnotes]`` (new) with ``cleaner/html/wiki.py`` (new, ``hatnote_kept``),
  hooked in ``dom._verdict`` (one line, ``# htmlwiki49``): an element named 'hatnote', 'dablink' or 'rellink' of at
  most 400 characters goes, unless it holds no link (a hatnote points elsewhere by one; round 2's 'hatnote-example').
* ``cleaner/rules/lang/en.toml``, ``de.toml``, ``nl.toml`` ``chrome``: a wiki's stub notice, the line alone ("This
  article about … is a stub. You can help Wikipedia by expanding it.", "Dieser Artikel/Abschnitt ist noch ausbaufähig.
  Du kannst … / Hilf mit, …", "Dit artikel is een beginnetje. …"); ``fr.toml`` ``chrome``: "Citer cette notice/page/
  fiche/œuvre" alone (as "Citer cet article") and "Notice/Fiche/Page mise à jour le <date>" alone. Sentences with the
  words in ``STAYS`` and ``fixtures/negatives/{en,de,fr,nl}.txt``.

Left (``RESIDUE_LEFT``): infobox rows of links or coordinates, "External links" items and a Commons line (a list of
links under a heading, like the references, which stay), a spoiler warning in a box named "notice" (a note box the
project keeps), a museum record's "Object number:" label, its visitors' question box and the citation lines under "Cite
this page" / "Citer cette notice" / "Citer cette page" (their headings go), a record's section label over the title,
frwiki's infobox caption hidden by a class named "hidden", nlwiki's navigation template named in Dutch
('navigatiesjabloon'), ptwiki's "Editar infocaixa" row.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests
from selectolax.lexbor import LexborHTMLParser

import cleaner

PAGES_DIR = FIXTURES / "html_htmlwiki49"
PAGES = sorted(PAGES_DIR.glob("*.html"))


def wiki_tagged(tree: LexborHTMLParser, attr: str) -> list[str]:
    """:func:`html_probes.tagged_inline` without a wiki's footnote markers ("[1]"): the article's sentence as a
    reader wants it."""
    out = tagged_inline(tree, attr)
    if attr == "data-soft":  # an infobox's row spanning its columns comes out padded with empty cells
        out += [row + " |" * k for row in out if row.startswith("| ") for k in (1, 2)]
    return out


#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # an infobox's rows that are links or a map reference, not its facts (the facts are soft): the row spans the box
    # and holds no label, but an infobox's heading row has the same shape
    "de_stadtwiki_strasse": ["| Karte anzeigen · OpenStreetMap | |", "Kesselgasse im Geoportal der Stadt"],
    "de_wikipedia_artikel": ["| Koordinaten: 48° 52′ 3″ N, 9° 42′ 51″ O | |", "Förderverein Schwebefähre Lindenau e. V."],
    # a spoiler warning in a plain notice box ("notice" names a note box the project keeps as the article's note)
    "en_fandom_character": ["Warning! This section contains spoilers for Season 2."],
    # a museum's object record: the number label, the citation under "Cite this page" (that heading goes), the box
    # asking visitors what they know (a question and a sentence: an article could end so)
    "en_museum_collection_entry": [
        "Object number: 1931-482",
        '"Astronomical clock by Jonas Fell, 1742", Harrowgate Museum of Science, object 1931-482. '
        "https://collections.harrowgate.example/object/1931-482 (accessed 6 December 2026).",
        "Do you know more about this object?",
        "We are always keen to hear from people who can tell us more about the objects in our collection. Get in touch.",
    ],
    # the infobox's link row, and the "External links" list's items: a link with a few words (the list under a
    # heading of links, like a reference list, which stays)
    "en_wikipedia_town": [
        "| List of places · UK · England · Norfolk | |",
        "Thornbury Staithe Parish Council",
        "St Margaret's Church on the National Heritage List for England",
    ],
    "es_wikipedia_articulo": [
        "Wikimedia Commons alberga una categoría multimedia sobre Faro de Punta Grajera.",
        "Ficha del faro en la web de Puertos del Estado.",
    ],
    # a record's section label over the title (not the <h1>'s neighbour in an <article>: no kicker) and the citation
    # under "Citer cette notice"; a French infobox's caption hidden by a class named "hidden" only
    "fr_musee_notice": [
        "Arts décoratifs",
        "Musée des Beaux-Arts de Vérac, « Pot à pharmacie dit « albarello » », notice Inv. 887.3.14, consultée le 6 "
        "décembre 2026.",
    ],
    "fr_wikipedia_article": ["Présentation"],
    # the external link, and a Dutch navigation template named in Dutch ('navigatiesjabloon': one wiki's name)
    "nl_wikipedia_artikel": [
        "Website van Stichting Gemaal De Drie Snoeken",
        "| Rijksmonumenten in Midden-Groningen |",
        "| Kerk van Zuidbroek · Gemaal De Drie Snoeken · Molen Edens |",
    ],
    "pt_wikipedia_artigo": ["| Editar infocaixa | |", "Ficha no portal do Património Cultural"],
    "fr_r2_musee_objet": ["Musée d'histoire de Vérac, « Maquette de l'horloge astronomique », fiche 1902.4.1."],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=wiki_tagged
)


# --- a wiki's chrome by its MediaWiki names (cleaner/html/rules.toml) -----------------------------------------------

URL = "https://wiki.example.org/wiki/Ferry"
BODY = "".join(
    f"<p>The ferry across the creek ran from 1874 until the bridge opened in 1931, carrying carts and cattle. Paragraph "
    f"{k}.</p>"
    for k in range(5)
)


def _wiki(before: str = "", after: str = "", body: str = BODY) -> str:
    return (
        "<html><body><div id='content'><h1 id='firstHeading'>Thornbury ferry</h1><div id='bodyContent'>"
        f"{before}<div id='mw-content-text'><div class='mw-parser-output'>{body}{after}</div></div></div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("before", "after", "word", "family"),
    [
        ("<div id='siteNotice'><p>Wikipedia is free of advertising. Please donate today to keep it that way.</p></div>",
         "", "donate", "dom:widgets"),
        ("<div id='siteNotice'><div id='localNotice'><p>Wiki Loves Monuments: photograph a monument and help the "
         "wiki!</p></div></div>", "", "Monuments", "dom:widgets"),
        ("<div id='siteSub'>From Stadtwiki Lindenau</div>", "", "Stadtwiki", "dom:widgets"),
        ("<a class='mw-jump-link' href='#nav'>Jump to navigation</a>", "", "Jump", "dom:widgets"),
        ("<div class='hatnote'>For the railway station, see <a href='/wiki/Station'>Thornbury railway station</a>."
         "</div>", "", "railway", "dom:hatnotes"),
        ("<div class='rellink noprint'>No debe confundirse con el <a href='/wiki/Grajal'>Faro de Punta Grajal</a>."
         "</div>", "", "confundirse", "dom:hatnotes"),
        ("<div class='dablink'>Zie <a href='/wiki/DS'>Drie Snoeken (doorverwijspagina)</a> voor andere betekenissen."
         "</div>", "", "doorverwijspagina", "dom:hatnotes"),
        ("<table class='mbox'><tr><td>Warning! This article contains spoilers for season 3.</td></tr></table>", "",
         "spoilers", "dom:widgets"),
        ("", "<table class='navbox'><tr><th>Ferries of Norfolk</th></tr><tr><td><a href='/a'>Cley</a> • "
         "<a href='/b'>Morston</a></td></tr></table>", "Morston", "dom:chrome"),
        ("", "<div class='come-citare'><h3>Come citare questa pagina</h3><p>Biblioteca civica, scheda a cura di Marta "
         "Celli, 2024.</p></div>", "Celli", "dom:metadata"),
        ("", "<p class='image-rights'>Image © Harrowgate Museum. <a href='/rights'>Licensing</a></p>", "Licensing",
         "dom:captions"),
    ],
)
def test_a_wikis_chrome_goes(before: str, after: str, word: str, family: str) -> None:
    result = cleaner.explain_html(_wiki(before, after), url=URL)
    assert sum("Paragraph" in line for line in lines(result.text)) == 5
    assert word not in result.text
    assert any(r.pass_name == family and word in r.text for r in result.removed)


@pytest.mark.parametrize(
    "body",
    [
        # the article itself in an element carrying one of the names: the prose block's way up stays
        f"<div class='hatnote-free'><div class='notice-board'>{BODY}</div></div>",
        f"<div id='siteSub'>{BODY}</div>",
        f"<div class='navbox'>{BODY}</div>",
        # a box of the article named after a hatnote, with no link: the article's own text
        BODY + "<div class='hatnote-example'><p>Hatnotes are the short lines at the top of an article that point "
        "readers elsewhere. Paragraph 5.</p></div>",
    ],
)
def test_the_article_under_such_a_name_stays(body: str) -> None:
    out = lines(cleaner.clean_html(_wiki(body=body), url=URL))
    assert sum("Paragraph" in line for line in out) >= 5
    assert "Paragraph 5." not in body or any("Paragraph 5." in line for line in out)


def test_a_sentence_naming_a_notice_or_a_spoiler_stays() -> None:
    body = BODY + (
        "<p>The site notice on the quay warned that the ferry would not run in fog.</p>"
        "<p>Warning! This review contains spoilers: the ferryman is the narrator's father.</p>"
    )
    out = lines(cleaner.clean_html(_wiki(body=body), url=URL))
    assert "The site notice on the quay warned that the ferry would not run in fog." in out
    assert "Warning! This review contains spoilers: the ferryman is the narrator's father." in out


# --- text tables: a wiki's stub notice, a reference page's citation heading and update stamp ---------------------

TEXT = {
    "en": [
        "Thornbury Staithe is a village and civil parish on the north coast of Norfolk, about three miles east of Wells.",
        "The village grew around a quay from which grain and salt were shipped to London until the creek silted up.",
        "The last cargo to leave the staithe was lifted from the creek bed in 1907, after the barge grounded there.",
        "Today the village is known for its flint cottages, its sailing club and the seals that breed offshore.",
    ],
    "de": [
        "Die Kesselgasse ist eine schmale Gasse in der Altstadt, die den Marktplatz mit der Mühlbachstraße verbindet.",
        "Der Name erinnert an die Kesselschmiede, die hier vom 15. bis ins 19. Jahrhundert ihre Werkstätten hatten.",
        "Beim Stadtbrand von 1732 brannten fast alle Häuser der Gasse nieder, wie die Chronik der Stadt berichtet.",
        "Die heutigen Fachwerkhäuser stammen überwiegend aus den Jahren 1733 bis 1760 und stehen unter Denkmalschutz.",
    ],
    "fr": [
        "Ce pot cylindrique servait à conserver les onguents dans l'apothicairerie de l'hôpital général de Vérac.",
        "Son décor associe un cartouche portant une inscription à des rinceaux inspirés des porcelaines chinoises.",
        "L'hôpital général conserva une centaine de pots de cette série jusqu'à la vente aux enchères de 1868.",
        "Vingt-trois d'entre eux sont aujourd'hui connus, dont onze dans les collections du musée de la ville.",
    ],
    "nl": [
        "Het pand aan de Oude Vismarkt is een trapgevelhuis dat in 1641 werd gebouwd voor een koopman en reder.",
        "Het huis bleef tot 1798 in de familie, daarna hield een weduwe er ruim dertig jaar een koffiehuis.",
        "Op de zolder werden in 1994 de kasboeken van het koffiehuis teruggevonden, die nu in het archief liggen.",
        "In 1887 kreeg het pand een winkelpui met grote ruiten, en de gevel werd in 1962 gerestaureerd.",
    ],
}
GOES = [
    ("en", "This article about a building in Norfolk is a stub. You can help Wikipedia by expanding it.", "site-chrome"),
    ("de", "Dieser Artikel ist noch ausbaufähig. Du kannst ihn verbessern, indem du fehlende Informationen ergänzt.",
     "site-chrome"),
    ("nl", "Dit artikel is een beginnetje. U kunt de wiki helpen door het uit te breiden.", "site-chrome"),
    ("fr", "Citer cette notice", "site-chrome"),
    ("fr", "Notice mise à jour le 14 février 2024", "site-chrome"),
]
STAYS = [
    ("en", "This article is a stub of the longer report the council will publish in May, the clerk said."),
    ("en", "You can help the museum by expanding its archive of harbour photographs, the curator wrote."),
    ("de", "Dieser Artikel ist noch ausbaufähig, sagte der Minister über den Gesetzentwurf, und kündigte Änderungen an."),
    ("nl", "Het rapport noemt dit artikel een beginnetje van de nieuwe wet, schrijft de minister aan de Kamer."),
    ("fr", "Pour citer cette notice, les historiens renvoient encore au catalogue de 1911."),
    ("fr", "La fiche mise à jour le 3 mars 2024 ne mentionne pas la restauration du bord."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], wiki_tagged)
