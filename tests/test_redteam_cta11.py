"""Red team of the call-to-action tables (promos cta/pitch, signup newsletter, widgets follow/share) against a
service article's own advice, in de en fr pt nl ru pl.

An explainer tells its reader to use an app, newsletter, alert service or feed that belongs to the reader or to a
third party ("Laden Sie die App Ihrer Bank herunter", "Sign up for your council's text alerts", "Abonnez-vous à la
lettre d'information de votre mairie", "Подпишитесь на рассылку своей управляющей компании"): that is advice, not the
site's own promo ("Laden Sie unsere App herunter", "Sign up for our newsletter"), which must still go.

The full sentences of this red team are in ``fixtures/negatives/<lang>.txt`` (they must survive anywhere). Here: the
short ones (list items and headings of a how-to, which cannot stand first in a text, where a heading is the title),
tested in the middle and at the end of a short article and inside a list; a sample of the full sentences as list items;
and the site's own calls, which still go.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

# a how-to's steps and headings, short or unpunctuated
SHORT_LINES: dict[str, list[str]] = {
    "de": [
        "Die App Ihrer Bank herunterladen und mit dem Aktivierungsbrief freischalten",
        "Banking-App herunterladen und freischalten",
        "Newsletter der Gemeinde abonnieren",
        "Warn-App installieren",
        "Laden Sie die App Ihrer Bank herunter.",
        "Abonnieren Sie den Newsletter Ihrer Gemeinde.",
        "Folgen Sie den Anweisungen der Polizei.",
    ],
    "en": [
        "Download your bank's app.",
        "Download the app of your bank",
        "Sign up for council alerts",
        "Follow the fire service on social media",
        "Sign up for your council's newsletter.",
        "Sign up to vote by October 10.",
    ],
    "fr": [
        "Télécharger l'application de sa banque et l'activer avec le code reçu par courrier",
        "Application de la banque à télécharger",
        "S'abonner aux alertes de la préfecture",
        "Téléchargez l'application de votre banque.",
        "Abonnez-vous à la lettre d'information de votre mairie.",
    ],
    "pt": [
        "Baixar o aplicativo do banco e ativar com a senha recebida",
        "Cadastrar-se no site da Defesa Civil",
        "Baixe o aplicativo do seu banco.",
    ],
    "nl": [
        "De app van je bank downloaden en activeren met de code uit de brief",
        "Aanmelden voor de nieuwsbrief van de gemeente",
        "Download de app van je bank.",
        "Abonneer je op de nieuwsbrief van je gemeente.",
    ],
    "ru": [
        "Скачайте приложение своего банка.",
        "Скачать приложение банка и активировать его по коду из письма",
        "Подписаться на рассылку управляющей компании",
        "Подпишитесь на рассылку районной администрации.",
    ],
    "pl": [
        "Pobierz aplikację swojego banku.",
        "Pobrać aplikację banku i aktywować ją kodem z listu",
        "Zapisać się do newslettera gminy",
        "Zapisz się do newslettera swojej gminy.",
    ],
}

# full sentences that were removed before (also in the negatives), as one step of a list of advice
LIST_STEPS: dict[str, list[str]] = {
    "de": [
        "Laden Sie die App Ihrer Bank herunter, um Überweisungen unterwegs freizugeben.",
        "Registrieren Sie sich kostenlos im Online-Portal des Finanzamts, bevor Sie die Steuererklärung abgeben.",
        "Klicken Sie hier nicht auf den Link, sondern rufen Sie die Seite der Bank selbst auf.",
        "Alle Informationen finden Sie in der App der Deutschen Bahn.",
    ],
    "en": [
        "Sign up for your council's text alerts so you know when the bins are collected.",
        "Subscribe to the Environment Agency's flood alerts for your postcode.",
        "Follow the police on X for road closures.",
        "Join the mailing list of your local food bank to hear when it needs volunteers.",
    ],
    "fr": [
        "Abonnez-vous à la lettre d'information de votre mairie pour connaître les travaux.",
        "Retrouvez toutes les informations dans l'application de votre banque.",
        "Cliquez ici seulement si vous êtes sûr de l'expéditeur du message.",
    ],
    "pt": [
        "Assine o boletim da sua prefeitura para receber os avisos de falta de água.",
        "Siga a polícia no X para saber dos bloqueios nas estradas.",
    ],
    "nl": [
        "Meld je aan voor de nieuwsbrief van de Belastingdienst om geen termijn te missen.",
        "Volg de brandweer op sociale media voor updates.",
        "Download de app alleen uit de officiële winkel, nooit via een link in een sms.",
    ],
    "ru": [
        "Подпишитесь на рассылку своей управляющей компании, чтобы знать об отключениях воды.",
        "Подпишитесь на МЧС в социальных сетях, чтобы получать предупреждения.",
    ],
    "pl": [
        "Zapisz się do newslettera swojej gminy, żeby wiedzieć o wyłączeniach prądu.",
        "Kliknij tutaj tylko wtedy, gdy jesteś pewien nadawcy wiadomości.",
    ],
}

LIST_AROUND: dict[str, tuple[str, str]] = {
    "de": ("Prüfen Sie regelmäßig Ihre Kontoauszüge.", "Ändern Sie Ihr Passwort alle paar Monate."),
    "en": ("Check your statements every month.", "Change your password every few months."),
    "fr": ("Vérifiez vos relevés chaque mois.", "Changez votre mot de passe tous les trois mois."),
    "pt": ("Verifique o seu extrato todos os meses.", "Mude a sua senha a cada três meses."),
    "nl": ("Controleer elke maand je afschriften.", "Verander je wachtwoord om de paar maanden."),
    "ru": ("Регулярно проверяйте выписки по счёту.", "Меняйте пароль раз в несколько месяцев."),
    "pl": ("Co miesiąc sprawdzaj wyciągi z konta.", "Zmieniaj hasło co kilka miesięcy."),
}

# the site's own calls: they still go, by the pass named
SITE_PROMOS: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("Laden Sie unsere App herunter.", "call-to-action"),
        ("Laden Sie jetzt unsere kostenlose App herunter und verpassen Sie keine Nachricht mehr!", "call-to-action"),
        ("Laden Sie die kostenlose FAZ-App herunter.", "call-to-action"),
        ("Laden Sie die App herunter und bleiben Sie immer informiert.", "call-to-action"),
        ("Laden Sie jetzt die neue App herunter.", "call-to-action"),
        ("Jetzt App herunterladen!", "call-to-action"),
        ("Alle Infos finden Sie in der App.", "call-to-action"),
        ("Hier klicken und mehr erfahren.", "call-to-action"),
        ("Abonnieren Sie unseren Newsletter.", "newsletter-prompt"),
        ("Abonnieren Sie den Newsletter der Redaktion.", "newsletter-prompt"),
        ("Melden Sie sich jetzt für unseren Newsletter an.", "newsletter-prompt"),
        ("Melden Sie sich für den Newsletter an.", "newsletter-prompt"),
        ("Registrieren Sie sich kostenlos.", "newsletter-prompt"),
        ("Registrieren Sie sich jetzt kostenlos und lesen Sie weiter.", "newsletter-prompt"),
        ("Abonnieren Sie unseren WhatsApp-Kanal.", "newsletter-prompt"),
    ],
    "en": [
        ("Download our app.", "call-to-action"),
        ("Download the app.", "call-to-action"),
        ("Follow The Verge on Twitter.", "call-to-action"),
        ("Click here to read more.", "call-to-action"),
        ("Sign up for our newsletter.", "newsletter-prompt"),
        ("Sign up for the newsletter.", "newsletter-prompt"),
        ("Sign up for free to continue reading.", "newsletter-prompt"),
        ("Sign up for a free account to continue reading.", "newsletter-prompt"),
        ("Subscribe to the Morning Briefing newsletter.", "newsletter-prompt"),
        ("Subscribe Now", "newsletter-prompt"),
        ("Sign up to our sister site's newsletter.", "newsletter-prompt"),
        ("Sign up for a weekly round-up of our best stories.", "newsletter-prompt"),
        ("Sign up for your free account on our site.", "newsletter-prompt"),
        ("Sign up for the week's best stories.", "newsletter-prompt"),
        ("Sign up for CNN's Breaking News alerts.", "newsletter-prompt"),
        ("Join the conversation on Facebook.", "call-to-action"),
        ("Follow the latest on Twitter.", "call-to-action"),
        ("Join a community of two million readers on Facebook.", "call-to-action"),
        ("Get the latest news delivered to your inbox.", "newsletter-prompt"),
        ("Read more at www.example.com", "call-to-action"),
        ("Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit", "call-to-action"),
        ("Email the author at jane@example.com.", "call-to-action"),
    ],
    "fr": [
        ("Téléchargez notre application.", "call-to-action"),
        ("Téléchargez l'application.", "call-to-action"),
        ("Téléchargez l'application Le Monde.", "call-to-action"),
        ("Téléchargez l'application pour ne rien manquer de l'actualité.", "call-to-action"),
        ("Retrouvez toutes les informations sur notre site.", "call-to-action"),
        ("Cliquez ici pour vous abonner.", "call-to-action"),
        ("Abonnez-vous à la newsletter.", "newsletter-prompt"),
        ("Inscrivez-vous à la newsletter de la rédaction.", "newsletter-prompt"),
    ],
    "pt": [
        ("Baixe o app.", "call-to-action"),
        ("Baixe o aplicativo do g1.", "call-to-action"),
        ("Siga o Estadão no Instagram.", "call-to-action"),
        ("Clique aqui e assine.", "call-to-action"),
        ("Assine a newsletter.", "newsletter-prompt"),
        ("Inscreva-se na nossa newsletter.", "newsletter-prompt"),
    ],
    "nl": [
        ("Download de app.", "call-to-action"),
        ("Download onze gratis app en mis geen nieuws meer.", "call-to-action"),
        ("Volg de NOS op Instagram.", "call-to-action"),
        ("Klik hier om verder te lezen.", "call-to-action"),
        ("Abonneer je op de nieuwsbrief.", "newsletter-prompt"),
        ("Meld je aan voor de nieuwsbrief van de redactie.", "newsletter-prompt"),
    ],
    "ru": [
        ("Скачайте наше приложение.", "call-to-action"),
        ("Нажмите здесь, чтобы подписаться.", "call-to-action"),
        ("Подпишитесь на рассылку.", "newsletter-prompt"),
        ("Подпишитесь на рассылку новостей.", "newsletter-prompt"),
        ("Подписывайтесь на канал «Медузы» в Telegram.", "newsletter-prompt"),
        ("Подписывайтесь на наш телеграм-канал.", "newsletter-prompt"),
    ],
    "pl": [
        ("Pobierz naszą aplikację.", "call-to-action"),
        ("Kliknij tutaj, aby czytać dalej.", "call-to-action"),
        ("Zapisz się do newslettera.", "newsletter-prompt"),
        ("Zapisz się do newslettera i bądź na bieżąco.", "newsletter-prompt"),
        ("Zapisz się do newslettera Onetu.", "newsletter-prompt"),
    ],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_a_short_step_of_advice_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(list(ARTICLES[lang]), line, position))


def _in_a_list(lang: str, line: str) -> list[str]:
    article = list(ARTICLES[lang])
    first, last = LIST_AROUND[lang]
    return [*article[:2], "\n".join([first, line, last]), *article[2:]]


@pytest.mark.parametrize(
    ("lang", "line"),
    [pytest.param(lang, line, id=f"{lang}:{line[:40]}") for lang, lines in SHORT_LINES.items() for line in lines]
    + [pytest.param(lang, line, id=f"{lang}:{line[:40]}") for lang, lines in LIST_STEPS.items() for line in lines],
)
def test_a_step_of_advice_inside_a_list_survives(lang: str, line: str) -> None:
    assert_survives(_in_a_list(lang, line))


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        pytest.param(lang, line, name, id=f"{lang}:{line[:40]}")
        for lang, cases in SITE_PROMOS.items()
        for line, name in cases
    ],
)
def test_the_sites_own_call_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(list(ARTICLES[lang]), line, pass_name)
