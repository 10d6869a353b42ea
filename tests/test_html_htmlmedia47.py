# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlmedia 47: media-heavy article pages, ``fixtures/html_htmlmedia47/<lang>_<what>.html`` (en de fr es
it pt nl): photo galleries and slideshows (en carousel in a list with "1 / 9", "Next image", "Enlarge", per-slide
credits; de "Bild 1 von 8", "Vollbild", captions in ``<div class="gallery-caption">``; fr "Diaporama", "1/7", "Image
suivante"; es "Foto 1 de 6", "Ampliar", a photographer under each picture; it a swiper with "Scorri per sfogliare la
gallery" and "(foto Ansa)"), video pages whose transcript or text is the article (en with a VideoObject, "Autoplay",
"Embed", "Up next"; fr "Lecture automatique", "Intégrer", "À suivre"; pt "Reprodução automática", "A seguir"; nl
"Automatisch afspelen", "Volgende video"), podcast episode pages (en, de, it: player, "Listen on" / "Jetzt abonnieren"
/ "Ascolta e iscriviti su" platform rows, show notes, chapters, credits, a members' appeal), an interactive data story
with a map legend, a chart note and its source (es), photo essays with figcaptions (en, nl); cookie banners, menus,
related boxes, comments, footers.

Article lines that look like residue, on purpose: slide captions opening on a time ("6:40 p.m. Captain …") or on a
control's word ("Share this gallery? Alvarez laughs …", "Teilen statt hamstern: …", "Agrandir la cuverie ? …",
"Ampliar a faixa …", "Vergroot je kansen …", "Vollbild der Gefühle: …"), "Comparte tu historia: …", a chapter list with
timestamps ("00:00 Introduction", "02:10 – La sorgente …"), "Chapters" / "Capitoli:" / "In dieser Folge:" / "Busca tu
ciudad:" over lists, "Subscribe to the idea, not the design, …", "Watch what happens in a flood year.", "Ascolta fino
alla fine: …", "Bekijk in de video …", "Hört rein und schreibt uns …", an article's own "Transcript" subheading over a
911 call's transcript (en round 2), "I crediti di questa puntata …", a quote's attribution named "autor" (es).

Tags: the headline, the dek, a video's description soft; the slide captions of a gallery whose captions tell the
story gold (the article), their credit ("Foto: dpa", "Andrés Pons") residue; the figcaptions of an article told in
paragraphs soft (project policy: captions go); a map's legend and a chart's note soft, its source residue; players,
platform rows, show and video credits ("Produced by …", "Redaktion: …", "Un podcast di …"), bylines, counters, "Up
next" lists residue. Lines are tagged as in ``tests/html_probes.py`` (read by ``html_probes.tagged_inline``).

Measured with ``python tests/test_html_htmlmedia47.py`` (the worktree on ``PYTHONPATH``):

* round 1 (blind, 15 pages, 124 article lines; 120 after the retag), on the base 931fdc6b: **14 article lines lost, 20
  residue lines left**. Retag (one, a real tagging mistake): the nl photo series' four figcaptions were tagged gold,
  though the page is an article told in its paragraphs with captioned pictures, the same shape as the en photo essay
  whose captions were tagged soft; they are soft now (**10 lost** on the base after it). Lost: a German slideshow's 8
  captions (in ``<div class="gallery-caption">``, removed as captions: the gallery rule counted ``<figcaption>`` only)
  and an en gallery's 2-paragraph intro (the captions' holder became the block; the extractor dropped the captions and
  the page fell back to that block). Left: a counter glued to its full-screen link ("Bild 1 von 8Vollbild"), players'
  time displays glued ("00:00 / 41:07Herunterladen", "0:0036:20"), "Show notes", "Transcript", a members' appeal, six
  per-photo credits in ``<p class="autor">`` (es), a byline in ``<p class="autores">``, "Comparte este gráfico", a
  swipe hint, a gallery's closing teasers (3), a series label, credits in ``<p class="crediti">``. After: **0 lost, 7
  left** (see ``RESIDUE_LEFT``).
* round 2 (5 pages, 38 article lines, aimed at the new rules): a pt slideshow with ``slide-caption`` boxes and an
  intro, a de gallery of figcaptions with glued counters under each picture and a caption opening "Vollbild der
  Gefühle", an en court story with three ``image-caption`` boxes beside many paragraphs (captions soft: they must go
  as an article's do) and its own "Transcript" subheading, an es video page with a quote's attribution named
  "autor" and sentences with "autor" / "comparte", an it podcast with a chapter list, a credits box, a sentence on
  "I crediti" and a swipe hint. On the base: **5 lost, 7 left**; after: **0 lost, 0 left**. In all: 20 pages, 158
  article lines, **0 lost, 7 left**.

Changes:

* ``cleaner/html/media.py`` (new), hooked in ``keep._captions`` and ``keep.gallery_root`` and in ``dom.decide``
  (``gallery_named``): ``named_caption``: a ``<div>``/``<p>`` named "caption" (alone or in a pair: "gallery-caption",
  "slide-caption"), not as a credit, counts as a caption, weighed as a ``<figcaption>`` is by ``gallery_page`` /
  ``photo_essay`` (held against the page's paragraphs), and on a gallery's page is kept as its text (its credit still
  goes). A news article's captions so named beside its paragraphs still go (test). ``gallery_article``: the gallery's
  block is the ``<article>`` at most 3 levels over the captions' holder when that holds an intro beside the slides
  (paragraphs of 60 characters outside links) and at most twice the captions' and the intro's text: the intro is
  then the article's too when the page falls back to its block.
* ``cleaner/html/rules.toml``: ``[families.metadata]`` "autor", "autores" (a byline named so in es/pt/de/pl: every
  earlier fixture with the name holds a byline); ``[families.captions]`` "crediti", "creditos" (a show's credits;
  also in ``keep.CREDIT_KEYS``); ``[families.social]`` "comparte", "partilhar", "partilha" (share boxes in es/pt-PT).
* ``cleaner/rules/families/widgets.toml`` ``chrome``: a player's time display with no slash or with its download
  link glued ("0:0036:20", "00:00 / 41:07Herunterladen"); a gallery's counter with its full-screen link glued ("Bild
  1 von 8Vollbild"). A chapter's "00:00 Introduction" and sentences with the words stay.
* ``cleaner/rules/lang/en.toml`` ``chrome``: "You've reached the end of the gallery", "Swipe to see more photos",
  (an entry for "Transcript" / "Show notes" was dropped: earlier probes tag a podcast page's "Transcript" article);
  ``it.toml`` ``chrome``: "Scorri per sfogliare la gallery" / "Scorri per vedere le altre puntate".
  Sentences with the words in ``STAYS`` and ``fixtures/negatives/{en,it,de}.txt``.

Left (``RESIDUE_LEFT``): "Show notes", a members' appeal with its price ("… is listener-funded. Become a member …":
an entry matched it, but newsletter-prompt spares the line, and the entry was dropped), "Transcript" between the
video's description and the transcript (spared as a subheading, as it must be in the en round 2 page), an it gallery's
closing teaser box (label and two titles, kept by the extractor), a podcast's series label of five words.
"""

from __future__ import annotations

import pytest
from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline
from probes import added_rule_tests

import cleaner

PAGES_DIR = FIXTURES / "html_htmlmedia47"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # a show's appeal under its removed heading ("Support the show"): the claim and the call on one line; an entry for
    # it ("… is listener-funded. Become a member …") matched but a guard of newsletter-prompt spares the line with its
    # price in it ("for $5 a month"), and the claim alone is a line a story on a station may write
    "en_podcast_episode": [
        "Show notes",  # (an entry "Transcript|Show notes" was dropped: earlier probes tag a podcast's "Transcript" article)
        "Coastlines is listener-funded. Become a member for $5 a month and get ad-free episodes and bonus interviews.",
    ],
    # the transcript's label between the video's description (a dek, prose) and the transcript: chrome_heading spares
    # a section's name between two paragraphs, as it must an article's own "Transcript" subheading
    "en_video_transcript": ["Transcript"],
    # a gallery's closing box of two teasers under its label, inside the <article> after the slides: trafilatura keeps it
    # (with the site's own links, too); a label alone in a list's head reads as an article's heading over its list
    "it_fotogallery_neve": ["Guarda le altre gallery", "Carnevale di Cento, i carri più belli", "Befana dei pompieri a Modena"],
    # (htmllegal50: the podcast's series and season over the episode's title, "Terre di confine · Stagione 2", now goes
    # as a kicker of two labels parted by a middle dot, cleaner/html/insights.py)
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- a slideshow's captions named as captions, and its intro (cleaner/html/media.py) ---------------------------

GAL_URL = "https://www.zeitung.example/bilder/2025/hochwasser"
SLIDE = (
    "<div class='gallery-item'><img src='/b/{k}.jpg' alt=''><div class='gallery-caption'><p>{text}</p>"
    "<span class='copyright'>Foto: dpa/Jens Büttner</span></div></div>"
)
SLIDES = [
    "Seit dem frühen Morgen füllen Freiwillige am Bauhof Sandsäcke, bis zum Mittag waren es rund 40.000.",
    "Die Elbe hat die Uferwiesen bei Hitzacker vollständig überflutet, die Altstadt ist gesichert.",
    "Landwirt Heiko Brandt bringt seine 120 Kühe auf höher gelegene Weiden, wie schon im Jahr 2013.",
    "Soldaten der Bundeswehr verstärken den Deich bei Neu Darchau mit schweren Sandsäcken.",
    "Die Fähre zwischen Darchau und Neu Darchau hat am Nachmittag den Betrieb eingestellt.",
]


def _gallery(slides: str, intro: str = "") -> str:
    return (
        "<html><body><header><nav><a href='/'>Start</a><a href='/bilder'>Bilder</a></nav></header><main><article>"
        f"<h1>Hochwasser an der Elbe: Die Bilder des Tages</h1>{intro}<div class='gallery'>{slides}</div></article></main>"
        "<footer><p>© 2025 Zeitung</p></footer></body></html>"
    )


def test_a_slideshows_captions_named_so_stay_and_their_credits_go() -> None:
    html = _gallery("".join(SLIDE.format(k=k, text=t) for k, t in enumerate(SLIDES)))
    result = cleaner.explain_html(html, url=GAL_URL)
    out = lines(result.text)
    assert [t for t in SLIDES if t not in out] == []
    assert "Büttner" not in result.text
    assert any(r.pass_name == "dom:captions" and "Büttner" in r.text for r in result.removed)


def test_a_news_articles_captions_named_so_beside_its_paragraphs_still_go() -> None:
    """Three pictures with captions in <div>s named so, beside paragraphs that hold more: an article's captions."""
    body = "".join(
        f"<p>The operator will run one return sailing a day instead of two from November, it confirmed. Paragraph {k}.</p>"
        f"<div class='image'><img src='/i/{k}.jpg' alt=''><div class='image-caption'><p>The ferry Island Queen at the "
        f"pier in Oban, seen from the harbour wall on a calm morning {k}.</p></div></div>"
        for k in range(4)
    ) + "".join(
        f"<p>Islanders say the cut will hit tourism and the school run alike, the council leader said. Paragraph {k}.</p>"
        for k in range(4, 9)
    )
    html = f"<html><body><main><article><h1>Ferry cuts</h1><div class='body'>{body}</div></article></main></body></html>"
    result = cleaner.explain_html(html, url="https://news.example/2025/03/ferry")
    assert sum("Paragraph" in line for line in lines(result.text)) == 9
    assert "Island Queen" not in result.text
    assert any(r.pass_name == "dom:captions" and "Island Queen" in r.text for r in result.removed)


INTRO = (
    "<div class='gallery-intro'><p>The Ridge Fire had already burned 12,000 acres when the wind turned east on Tuesday "
    "evening and pushed it toward the town.</p><p>By midnight, more than 600 firefighters were working the slopes above "
    "the town; these photographs follow one engine crew through the night.</p></div>"
)
FIRE = [
    "6:40 p.m. Captain Rosa Alvarez briefs her crew on the ridge road; the fire is about two miles away.",
    "8:15 p.m. Residents of Pine Street load horses into trailers after the evacuation order is upgraded.",
    "9:50 p.m. Embers cross the ridge road and the crew falls back to the school's parking lot.",
    "1:05 a.m. The crew rests for ten minutes behind the engine. Nobody talks for a while.",
    "7:10 a.m. Alvarez walks the line at sunrise; every house on the ridge still stands.",
]


def test_a_galleries_intro_stays_with_its_captions() -> None:
    """The element holding the captions is the block; the intro beside it, in the gallery's <article>, is the
    article too (on the base the page fell back to the captions alone)."""
    slides = "".join(
        f"<li class='slide'><figure><img src='/g/{k}.jpg' alt=''><figcaption><p>{t}</p><p class='credit'>Photo: Marcus Lee</p>"
        f"</figcaption></figure><span class='slide-count'>{k + 1} / 5</span></li>"
        for k, t in enumerate(FIRE)
    )
    html = _gallery(f"<ul class='slides'>{slides}</ul>", INTRO).replace("Hochwasser an der Elbe: Die Bilder des Tages", "In pictures")
    out = lines(cleaner.clean_html(html, url="https://www.courier.example/photos/ridge-fire"))
    assert [t for t in FIRE if t not in out] == []
    assert any(line.startswith("The Ridge Fire had already burned") for line in out)
    assert any(line.startswith("By midnight, more than 600") for line in out)
    assert not any("Marcus Lee" in line or line.endswith("/ 5") for line in out)


# --- rules.toml: a byline named 'autor'/'autores', credits named 'crediti', a share box named 'comparte' ----------


@pytest.mark.parametrize(
    ("box", "word", "family"),
    [
        ("<p class='autores'>Irene Gil y Marc Soler · Madrid · 15 jul 2025 - 06:00 CEST</p>", "Soler", "dom:metadata"),
        ("<div class='foto'><p class='autor'>Andrés Pons</p></div>", "Pons", "dom:metadata"),
        ("<p class='crediti'>Un podcast di Davide Ferro. Montaggio e sound design: Giulia Neri.</p>", "Montaggio", "dom:captions"),
        ("<div class='comparte-grafico'><p>Comparte este gráfico</p></div>", "Comparte", "dom:social"),
    ],
)
def test_a_box_named_for_its_author_credits_or_sharing_goes(box: str, word: str, family: str) -> None:
    html = (
        "<html><body><main><article><h1>Las noches tropicales se han triplicado</h1><div class='cuerpo'>"
        + "".join(f"<p>En la década de 1970, Valencia registraba de media 21 noches tropicales al año. Párrafo {k}.</p>" for k in range(5))
        + f"</div>{box}</article></main></body></html>"
    )
    result = cleaner.explain_html(html, url="https://www.observador.example/datos/noches")
    assert sum("Párrafo" in line for line in lines(result.text)) == 5
    assert word not in result.text
    assert any(r.pass_name == family and word in r.text for r in result.removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "El autor del informe, Marc Soler, comparte los datos en abierto para que cualquiera pueda comprobarlos.",
        "I crediti del podcast scorrono alla fine di ogni puntata, come nei titoli di coda di un film.",
    ],
)
def test_the_article_speaking_of_its_author_credits_or_sharing_stays(sentence: str) -> None:
    html = (
        "<html><body><main><article><h1>Las noches tropicales se han triplicado</h1><div class='cuerpo'>"
        + "".join(f"<p>En la década de 1970, Valencia registraba de media 21 noches tropicales al año. Párrafo {k}.</p>" for k in range(5))
        + f"<p>{sentence}</p></div></article></main></body></html>"
    )
    out = lines(cleaner.clean_html(html, url="https://www.observador.example/datos/noches"))
    assert sentence in out


# --- text tables: a gallery's end and swipe hint, a media page's label, a player's time display glued ------------

TEXT = {
    "en": [
        "The Ridge Fire had already burned 12,000 acres when the wind turned east on Tuesday evening and pushed it toward the town.",
        "By midnight, more than 600 firefighters were working the slopes above Paradise Ridge, a town of 3,400 people.",
        "Two barns and a garage were lost overnight, but every house on the ridge still stands, the county said.",
        "Evacuation orders for the east side of town were lifted on Wednesday afternoon after the wind dropped.",
    ],
    "it": [
        "Pievepelago si è svegliata sotto 110 centimetri di neve fresca e gli spazzaneve hanno lavorato tutta la notte.",
        "A Fiumalbo i volontari della Protezione civile portano pane e medicine agli anziani delle frazioni isolate.",
        "La provinciale 324 è chiusa all'altezza del passo delle Radici per il rischio di valanghe, spiega la Provincia.",
        "Per domani l'Arpae prevede ancora venti o trenta centimetri di neve sopra i novecento metri di quota.",
    ],
    "de": [
        "Lärm ist nach Luftverschmutzung das zweitgrößte Umweltproblem für die Gesundheit in Europa, sagt die Akustikerin.",
        "Jeder vierte Mensch in deutschen Städten ist nachts Lärm von mehr als 55 Dezibel ausgesetzt, zeigt die Lärmkarte.",
        "In Freiburg hat ein Team für jede Straße gemessen, wie laut es tagsüber und nachts wirklich ist.",
        "Tempo 30 senkt den Lärm um bis zu drei Dezibel, was sich für das Ohr wie halb so viel Verkehr anfühlt.",
    ],
}
GOES = [
    ("en", "You've reached the end of the gallery", "site-chrome"),
    ("en", "Swipe to see more photos", "site-chrome"),
    ("it", "Scorri per sfogliare la gallery", "site-chrome"),
    ("it", "0:0036:20", "site-chrome"),
    ("de", "00:00 / 41:07Herunterladen", "site-chrome"),
    ("de", "Bild 1 von 8Vollbild", "site-chrome"),
]
STAYS = [
    ("en", "We had reached the end of the gallery when the alarm went off, the night guard told the inquiry."),
    ("en", "Swipe to see more photos, the app's first screen told users, and most of them never read further."),
    ("en", "The transcript of the call, released by the committee on Friday, runs to nine pages."),
    ("en", "Her show notes were found in a drawer after her death and published as a book in 2019."),
    ("it", "Scorri per sfogliare la gallery, dice il cartello all'ingresso, e i visitatori toccano lo schermo."),
    ("de", "Die Aufnahme beginnt bei 00:00 und endet nach 41:07 Minuten, die Folge kann man herunterladen."),
    ("de", "Bild 1 von 8 zeigt den Deich im Vollbild, die übrigen sieben Aufnahmen entstanden in der Nacht."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
