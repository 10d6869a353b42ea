"""Red team of the Italian and Portuguese vocabularies: short lines of an article that look like residue.

Subheadings, list items and one-line quotes (no sentence punctuation, or only a few words) cannot
live in ``fixtures/negatives/<lang>.txt``, which also puts every line first in a text, where a
heading is the page's title. Here each stands in the middle of a short article (and at its end,
after the last paragraph) and must survive with the article around it. The long sentences of the
same red team are in ``fixtures/negatives/it.txt`` and ``pt.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

SHORT_LINES: dict[str, list[str]] = {
    "it": [
        # one-line quotes: a consent or pop-up button has no full stop or exclamation mark
        "Accetto.",
        "Rifiuto!",
        "Va bene.",
        "Ho capito.",
        "No, grazie.",
        "Non ora.",
        # a route or a match between two cities is no section menu
        "Roma-Napoli",
        "Milano-Torino",
        "Bologna-Firenze",
        "Ore 10.30 – apertura dei lavori",
        "Domande e risposte sulla riforma delle pensioni",
        "Lettere al direttore: il caso del ponte sullo Stretto",
    ],
    "pt": [
        "Aceito!",
        "Aceito.",
        "Concordo.",
        "Entendi.",
        "Agora não.",
        "Não, obrigado.",
        "Sem comentários.",
        "Lisboa-Porto",
        "São Paulo-Rio de Janeiro",
        "Brasil-Portugal",
        "Perguntas e respostas sobre a reforma da Previdência",
        "Cartas ao diretor: o caso da ponte",
    ],
}

PARAMS = short_line_params(SHORT_LINES)


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("it", "Questo sito utilizza cookie tecnici e di terze parti per migliorare il servizio.", "cookie-notice"),
        ("it", "Proseguendo la navigazione acconsenti all'uso dei cookie.", "consent-line"),
        ("it", "Iscrivendoti accetti i termini e le condizioni d'uso e l'informativa sulla privacy.", "consent-line"),
        ("it", "Accetto", "cookie-notice"),
        ("it", "Iscriviti alla newsletter", "newsletter-prompt"),
        ("it", "Resta aggiornato con le nostre notizie: iscriviti al canale WhatsApp.", "newsletter-prompt"),
        ("it", "Crea il tuo account gratuito", "newsletter-prompt"),
        ("it", "Diventa socio e sostieni il giornalismo indipendente.", "newsletter-prompt"),
        ("it", "Scarica l'app e ricevi le notizie in tempo reale.", "call-to-action"),
        ("it", "Entra nel canale WhatsApp di Today", "call-to-action"),
        ("it", "È vietata la riproduzione, anche parziale, dei contenuti di questo sito.", "copyright"),
        ("it", "Questo articolo è stato pubblicato originariamente su The Conversation.", "copyright"),
        ("it", "Tutti i diritti sono riservati.", "copyright"),
        ("it", "Hai raggiunto il limite di articoli gratuiti di questo mese.", "paywall"),
        ("it", "1 € al mese per 3 mesi", "paywall"),
        ("it", "Dati forniti da Morningstar. Quotazioni in ritardo di 15 minuti.", "finance-widget"),
        ("it", "Cronaca | Politica | Economia | Sport", "site-chrome"),
        ("pt", "Utilizamos cookies para melhorar a sua experiência no nosso site.", "cookie-notice"),
        ("pt", "Ao se inscrever, você concorda com os Termos de Uso e a Política de Privacidade.", "consent-line"),
        ("pt", "Inscreva-se na nossa newsletter", "newsletter-prompt"),
        ("pt", "Receba as principais notícias do dia no seu e-mail.", "newsletter-prompt"),
        ("pt", "Baixe o nosso aplicativo e leia as notícias onde estiver.", "call-to-action"),
        ("pt", "Fale com a redação", "call-to-action"),
        ("pt", "Todos os direitos reservados.", "copyright"),
        ("pt", "É proibida a reprodução total ou parcial deste conteúdo sem autorização.", "copyright"),
        ("pt", "R$ 1,90 no primeiro mês", "paywall"),
        ("pt", "Acesso ilimitado a todo o conteúdo digital por R$ 9,90.", "paywall"),
        ("pt", "Já é assinante? Faça login", "paywall"),
        ("pt", "Política | Economia | Mundo | Esportes", "site-chrome"),
    ],
)
def test_residue_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
