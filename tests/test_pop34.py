# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""pop34: a probe of popular-news pages, written blind (before reading the passes): a games site's news story, a
crypto market report, a celebrity story with its Instagram embed, a car test with its spec rows, a tabloid's story
with its share and comment rows; en, de, fr, es; half as an extractor leaves the page, half as all its visible text.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either. One line first written ``R`` is ``T``: the car
test's "Ficha técnica", the heading of its spec rows (the article's).

Measured on main (after lang34, list34, open34, world34, keep34, talk34): 5 pages, 92 lines; lost 0 ``A`` lines, left
9 ``R``. After: lost 0, left 2. The changes are table entries (the line alone, or a sentence of its own for the
disclosures), each with a sentence using its words that stays (``STAYS``):

- en ``comments.ui`` (comment-ui): "Jump to comments (214)", "Share what you think".
- en, de ``signup.disclosure`` (consent-line): a market story's disclaimer ("This article does not constitute
  investment advice.", "Hinweis: Dieser Artikel stellt keine Anlageberatung dar.").
- de ``widgets.finance`` (finance-widget): a broker's buttons ("Jetzt Bitcoin kaufen", "Kryptowährungen handeln mit
  Bitpanda").
- es ``widgets.chrome`` (site-chrome): a car dealer's buttons ("Calcula el precio de tu seguro", "Pide tu prueba de
  conducción").

Left: the games site's newsletter pitch that names no newsletter ("Get the best gaming deals, reviews, … and more!"),
and a crypto quote row ("ETH 3.981 $ +2,1 %"), whose shape a market report's own lines share (test_keep34's decision).
"""

from __future__ import annotations

from probes import added_rule_tests, forced_language_test, report, tagged_probe_tests

CASES = {
    "en_gaming_full": """\
R News
R Reviews
R Guides
R Deals
R Podcasts
R Sign in
T Hollow Knight: Silksong finally gets a release date
R By Alex Carter
R published 3 hours ago
R PS5 | Xbox Series X|S | Switch | PC
A Team Cherry has confirmed that Hollow Knight: Silksong will launch on September 4, more than six years after it was first announced.
A The sequel follows Hornet, the princess-protector from the first game, as she is captured and taken to a new kingdom.
A It will be available on day one through Game Pass, the studio said in a short post on social media.
A Silksong was originally planned as DLC for Hollow Knight before growing into a full game.
R Get the best gaming deals, reviews, product advice, competitions, unmissable gaming news and more!
R Contact me with news and offers from other Future brands
R Receive email from us on behalf of our trusted partners or sponsors
R Jump to comments (214)
R Most Popular
R 1 The best PS5 games to play right now
R 2 GTA 6 trailer breaks YouTube records
""",
    "de_krypto_extract": """\
T Bitcoin steigt über 70.000 Dollar
R Von Markus Weber
R 14.03.2024, 09:12 Uhr
R BTC 70.412 $ +3,2 %
R ETH 3.981 $ +2,1 %
A Der Bitcoin hat am Donnerstag erstmals die Marke von 70.000 Dollar überschritten.
A Getrieben wird der Kurs vor allem von den Zuflüssen in die neuen Bitcoin-ETFs in den USA.
A Analysten warnen allerdings vor starken Schwankungen in den kommenden Wochen.
A „Der Markt ist überhitzt“, sagte ein Händler in Frankfurt.
R Hinweis: Dieser Artikel stellt keine Anlageberatung dar.
R Jetzt Bitcoin kaufen
R Kryptowährungen handeln mit Bitpanda
""",
    "fr_people_full": """\
R Actu
R Stars
R Mode
R Beauté
R Horoscope
T Céline Dion fait son retour sur scène aux Jeux olympiques
R Par Julie Martin
R Publié le 27/07/2024 à 08h15
R Mis à jour le 27/07/2024 à 10h02
A La chanteuse québécoise a interprété « L'Hymne à l'amour » depuis le premier étage de la tour Eiffel, vendredi soir.
A C'était sa première apparition publique sur scène depuis l'annonce de sa maladie en 2022.
A Les réseaux sociaux ont salué une performance « bouleversante ».
R Voir cette publication sur Instagram
R Une publication partagée par Céline Dion (@celinedion)
R À lire aussi
R Lady Gaga : son cabaret sur la Seine divise
R 1 / 12
R Diaporama suivant
R Publicité
""",
    "es_motor_extract": """\
T Prueba del nuevo Toyota C-HR híbrido: más tecnología y menos consumo
R Por Carlos Gómez
R 12 mar 2024 - 10:30
T Ficha técnica
A Potencia: 197 CV
A Consumo: 4,8 l/100 km
A Precio: desde 34.900 euros
A El nuevo C-HR mantiene la silueta de cupé que le ha dado éxito, pero estrena plataforma y sistema híbrido.
A En ciudad, el modo eléctrico funciona gran parte del tiempo y el consumo real ronda los 5 litros.
A El maletero, de 364 litros, sigue siendo su punto débil.
R Calcula el precio de tu seguro
R Pide tu prueba de conducción
R Comparte esta noticia
""",
    "en_celeb_extract": """\
T Taylor Swift adds three London dates to Eras Tour
R By Emma Jones
R Updated 11:42 GMT, 14 March 2024
A Taylor Swift has added three more shows at Wembley Stadium in August after the first five dates sold out within hours.
A Tickets for the new dates go on general sale next Friday through Ticketmaster.
A The singer's tour has become the highest-grossing of all time, earning more than $1bn.
R View this post on Instagram
R A post shared by Taylor Swift (@taylorswift)
R Advertisement
R Share or comment on this article:
R Taylor Swift adds three London dates to Eras Tour
R Comments 312
R Share what you think
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the newsletter box's pitch, which names no newsletter and no inbox
    "en_gaming_full": 1,
    # a quote row: a market report's own lines have its shape
    "de_krypto_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)

TEXT = {
    "en": [
        "Team Cherry has confirmed that Hollow Knight: Silksong will launch on September 4, more than six years after it was announced.",
        "The sequel follows Hornet, the princess-protector from the first game, as she is captured and taken to a new kingdom.",
        "It will be available on day one through Game Pass, the studio said in a short post on social media.",
    ],
    "de": [
        "Der Bitcoin hat am Donnerstag erstmals die Marke von 70.000 Dollar überschritten, wie Händler berichteten.",
        "Getrieben wird der Kurs vor allem von den Zuflüssen in die neuen Bitcoin-ETFs in den USA.",
        "Analysten warnen allerdings vor starken Schwankungen in den kommenden Wochen.",
    ],
    "es": [
        "El nuevo C-HR mantiene la silueta de cupé que le ha dado éxito, pero estrena plataforma y sistema híbrido.",
        "En ciudad, el modo eléctrico funciona gran parte del tiempo y el consumo real ronda los 5 litros.",
        "El maletero, de 364 litros, sigue siendo su punto débil frente a sus rivales directos.",
    ],
}

GOES = [
    ("en", "Jump to comments (214)", "comment-ui"),
    ("en", "Share what you think", "comment-ui"),
    ("en", "Disclaimer: This article does not constitute investment advice.", "consent-line"),
    ("de", "Hinweis: Dieser Artikel stellt keine Anlageberatung dar.", "consent-line"),
    ("de", "Jetzt Bitcoin kaufen", "finance-widget"),
    ("de", "Kryptowährungen handeln mit Bitpanda", "finance-widget"),
    ("es", "Calcula el precio de tu seguro", "site-chrome"),
    ("es", "Pide tu prueba de conducción", "site-chrome"),
]

STAYS = [
    ("en", "Fans were asked to share what they think of the trailer in an online survey run by the studio."),
    ("en", "The regulator said the influencer's post, which claimed it was not financial advice, broke the rules anyway."),
    ("de", "Wer jetzt Bitcoin kaufen will, sollte die Gebühren der Börsen vergleichen, rät die Verbraucherzentrale."),
    ("de", "Die BaFin betont, dass viele Videos im Netz angeblich keine Anlageberatung sind, es aber doch seien."),
    ("es", "Los concesionarios recomiendan pedir una prueba de conducción antes de firmar cualquier contrato."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
