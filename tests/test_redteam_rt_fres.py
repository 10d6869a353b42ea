"""Red team of the French and Spanish vocabularies: short lines of an article that look like residue.

Subheadings and list items (no sentence punctuation) cannot live in ``fixtures/negatives/<lang>.txt``,
which also puts every line first in a text, where a heading is the page's title. Here each stands in the
middle of a short article (and at its end, after the last paragraph) and must survive with the article
around it. The long sentences of the same red team are in ``fixtures/negatives/fr.txt`` and ``es.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

SHORT_LINES: dict[str, list[str]] = {
    "fr": [
        # a count of answers is a rubric, not a comment counter (a comment section would cut the rest)
        "Trois réponses à la crise du logement",
        "Règles de bonne conduite",
        # a label over a heading, not a photo credit
        "Photographie : l'art de capter la lumière",
        "La rédaction de la Constitution",
        "Changer de région pour trouver un emploi",
        # a travel guide's advice, not a booking button
        "Réservez votre hôtel à l'avance",
    ],
    "es": [
        "Tres respuestas a la crisis de la vivienda",
        "5 respuestas a las preguntas más frecuentes sobre la renta",
        "Gráfico: la evolución del paro desde 2008",
        # a follow button names its network
        "Seguir en la brecha",
        "Seguir en el Gobierno",
        "Seguir en Madrid",
        "Cambiar de país a los 50 años",
        "Reserva tu alojamiento en temporada baja",
    ],
}

PARAMS = short_line_params(SHORT_LINES)


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


def test_comment_count_sentence_keeps_the_rest() -> None:
    """A sentence opening on a count of comments no longer opens a comment section that cuts the article."""
    for lang, line in (("fr", "Un commentaire sur ses origines a suffi à déclencher la polémique."),
                       ("es", "Un comentario en redes sociales desató la polémica.")):
        art = ARTICLES[lang]
        assert_survives([art[0], line, *art[1:]])


def test_glued_date_still_goes_a_participle_clause_stays() -> None:
    """A date glued before the first paragraph goes; a comma after it opens a participle clause."""
    art = ARTICLES["fr"]
    result = cleaner.Cleaner().explain_text("\n\n".join(["Publié le 3 mars 2021 à 10h30 " + art[0], *art[1:]]))
    assert result.text == "\n\n".join(art)
    assert [r.pass_name for r in result.removed] == ["glued-metadata"]
    for lang, line in (("fr", "Paru le 3 mars 2021, Le Petit Prince illustré s'est vendu à 100 000 exemplaires."),
                       ("es", "Publicado el 12 de mayo de 1967, Cien años de soledad vendió millones de ejemplares.")):
        assert_survives(with_line(ARTICLES[lang], line, "head"))


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("fr", "Abonnez-vous à notre newsletter !", "newsletter-prompt"),
        ("fr", "Inscrivez-vous à la newsletter de la rédaction.", "newsletter-prompt"),
        ("fr", "Téléchargez l'application Ouest-France", "call-to-action"),
        ("fr", "Téléchargez notre application pour ne rien manquer de l'actualité.", "call-to-action"),
        ("fr", "Rendez-vous sur notre site pour suivre le direct.", "call-to-action"),
        ("fr", "Créez votre compte gratuit et accédez à nos articles.", "newsletter-prompt"),
        ("fr", "Vous pouvez vous désinscrire à tout moment via le lien de chaque e-mail.", "newsletter-prompt"),
        ("fr", "Restez informé de toute l'actualité en vous abonnant.", "newsletter-prompt"),
        ("fr", "Vous avez atteint la limite d'articles gratuits.", "paywall"),
        ("fr", "1 € le premier mois, sans engagement.", "paywall"),
        ("fr", "Connectez-vous pour accéder à la suite de l'article.", "paywall"),
        ("fr", "Toute reproduction interdite sans autorisation.", "copyright"),
        ("fr", "Cours différés de 15 minutes.", "finance-widget"),
        ("fr", "Ce site est protégé par reCAPTCHA et la politique de confidentialité de Google.", "consent-line"),
        ("es", "Suscríbete a nuestra newsletter.", "newsletter-prompt"),
        ("es", "Regístrate para seguir leyendo.", "newsletter-prompt"),
        ("es", "Descarga la app de El País", "call-to-action"),
        ("es", "Crea tu cuenta gratis y accede a todos los artículos.", "newsletter-prompt"),
        ("es", "Has alcanzado el límite de artículos gratuitos.", "paywall"),
        ("es", "Sin permanencia. Cancela cuando quieras.", "paywall"),
        ("es", "Queda prohibida la reproducción total o parcial de este contenido sin autorización.", "copyright"),
        ("es", "Utilizamos cookies propias y de terceros para mejorar tu experiencia.", "cookie-notice"),
        ("es", "Datos proporcionados por Infobolsa.", "finance-widget"),
        ("es", "Al suscribirte, aceptas nuestra política de privacidad.", "consent-line"),
    ],
)
def test_residue_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
