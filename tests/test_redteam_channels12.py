"""Red team of the follow-us-on-a-channel residue (channels12): a call to follow the outlet on a messaging channel
or a news aggregator, to turn on its notifications or download its app, and a "live" label standing alone, in
en de fr es it pt nl (and a few pl tr ru).

The residue is the site's own call, alone on its line: "Join our WhatsApp channel", "Rejoignez notre chaîne
WhatsApp", "Follow Example Daily on Google News", "Activa las notificaciones", "Add Example News as a preferred
source on Google", "EN DIRECT". What resembles it and stays: reported speech about a channel or an app ("O governo
lançou um canal no WhatsApp para tirar dúvidas sobre a vacina."), a how-to's steps ("Turn on notifications in
Settings, then …", and the bare "Turn on notifications" as an item of a numbered list of steps), a live review's
heading ("LIVE REVIEW: …", "Live in Paradiso").

Measured before the change (each residue line mid-article and at the tail of a short article): of RESIDUE's 108
lines, 116 of 216 placements left (after: 0); of MORE_RESIDUE's 42 (written after the fix), 56 of 84 (after: 0). Article
lines: none of SHORT_LINES lost before or after; a step of the English how-to list lost in all 4 list forms before (the
"Download the app." step), none after; 12 of the negatives' placements lost before (advice to follow a public body's
channel: "Sigue a Protección Civil en WhatsApp …", "Siga o canal da Defesa Civil no WhatsApp …"), none after. A live
review's heading led by the live-blog label ("LIVE: Example Band at the Roundhouse") goes by promo-label before and
after: it is not tested here.

The full sentences that must survive are in ``fixtures/negatives/<lang>.txt``; here the short lines and list items,
tested in the middle and at the end of a short article, and the residue, which goes by the pass named.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

CTA = "call-to-action"
CHROME = "site-chrome"
NEWSLETTER = "newsletter-prompt"

# the site's own call to follow it, turn on its alerts, get its app; and a live label alone
RESIDUE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Follow us on Google News", CTA),
        ("Follow Example Daily on Google News", CTA),
        ("Follow Example Times on Google News for the latest updates.", CTA),
        ("Follow us on WhatsApp", CTA),
        ("Follow us on Telegram for breaking news.", CTA),
        ("Follow our WhatsApp channel", CTA),
        ("Join our WhatsApp channel", CTA),
        ("Join our WhatsApp channel for the latest updates.", CTA),
        ("Join our Telegram channel", CTA),
        ("Subscribe to our Telegram channel", NEWSLETTER),
        ("Get breaking news on WhatsApp", CTA),
        ("Add Example News as a preferred source on Google", CTA),
        ("Add Example News as a preferred source on Google.", CTA),
        ("Make us a preferred source on Google", CTA),
        ("Turn on notifications", CTA),
        ("Turn on notifications to get breaking news alerts.", CTA),
        ("Enable push notifications", CTA),
        ("Allow notifications", CTA),
        ("Download our app", CTA),
        ("Get the app", CTA),
        ("LIVE", CHROME),
        ("• LIVE", CHROME),
    ],
    "de": [
        ("Folgen Sie uns auf WhatsApp", CTA),
        ("Folgen Sie uns auf Google News.", CTA),
        ("Folge uns auf WhatsApp", CTA),
        ("Abonnieren Sie unseren WhatsApp-Kanal", NEWSLETTER),
        ("Jetzt unserem WhatsApp-Kanal folgen", CTA),
        ("Treten Sie unserem Telegram-Kanal bei", CTA),
        ("Folgen Sie Beispielblatt auf Google News", CTA),
        ("Push-Benachrichtigungen aktivieren", CTA),
        ("Benachrichtigungen aktivieren", CTA),
        ("Aktivieren Sie Push-Benachrichtigungen", CTA),
        ("Laden Sie unsere App herunter", CTA),
        ("LIVE", CHROME),
        ("Fügen Sie Beispielblatt als bevorzugte Quelle bei Google hinzu", CTA),
    ],
    "fr": [
        ("Rejoignez notre chaîne WhatsApp", CTA),
        ("Rejoignez notre chaîne WhatsApp.", CTA),
        ("Abonnez-vous à notre chaîne Telegram", NEWSLETTER),
        ("Suivez-nous sur Google Actualités", CTA),
        ("Suivez-nous sur WhatsApp", CTA),
        ("Suivez L'Exemple sur Google Actualités", CTA),
        ("Activez les notifications", CTA),
        ("Activer les notifications", CTA),
        ("Téléchargez notre application", CTA),
        ("EN DIRECT", CHROME),
        ("Ajoutez L'Exemple comme source préférée sur Google", CTA),
    ],
    "es": [
        ("Únete a nuestro canal de WhatsApp", CTA),
        ("Únete a nuestro canal de Telegram", CTA),
        ("Síguenos en Google News", CTA),
        ("Sigue a El Ejemplo en Google News", CTA),
        ("Suscríbete a nuestro canal de WhatsApp", NEWSLETTER),
        ("Activa las notificaciones", CTA),
        ("Activar notificaciones", CTA),
        ("Descarga nuestra app", CTA),
        ("EN DIRECTO", CHROME),
        ("EN VIVO", CHROME),
        ("Añade El Ejemplo como fuente preferida en Google", CTA),
    ],
    "it": [
        ("Segui il nostro canale WhatsApp", CTA),
        ("Segui il nostro canale WhatsApp.", CTA),
        ("Iscriviti al nostro canale Telegram", NEWSLETTER),
        ("Seguici su Google News", CTA),
        ("Seguici su WhatsApp", CTA),
        ("Segui L'Esempio su Google News", CTA),
        ("Unisciti al nostro canale WhatsApp", CTA),
        ("Attiva le notifiche", CTA),
        ("Scarica l'app", CTA),
        ("IN DIRETTA", CHROME),
        ("Aggiungi L'Esempio come fonte preferita su Google", CTA),
    ],
    "pt": [
        ("Siga o canal do Exemplo no WhatsApp", CTA),
        ("Siga-nos no Google Notícias", CTA),
        ("Siga-nos no WhatsApp", CTA),
        ("Entre no nosso canal do WhatsApp", CTA),
        ("Ative as notificações", CTA),
        ("Ativar notificações", CTA),
        ("Baixe o app do Exemplo", CTA),
        ("AO VIVO", CHROME),
        ("EM DIRETO", CHROME),
        ("Adicione o Exemplo como fonte preferida no Google", CTA),
    ],
    "nl": [
        ("Volg ons op WhatsApp", CTA),
        ("Volg ons op Google Nieuws", CTA),
        ("Volg Het Voorbeeld op Google Nieuws", CTA),
        ("Abonneer je op ons WhatsApp-kanaal", NEWSLETTER),
        ("Word lid van ons WhatsApp-kanaal", NEWSLETTER),
        ("Zet meldingen aan", CTA),
        ("Pushmeldingen inschakelen", CTA),
        ("Download onze app", CTA),
        ("LIVE", CHROME),
    ],
    "pl": [
        ("Obserwuj nas w Google News", CTA),
        ("Dołącz do naszego kanału na WhatsAppie", CTA),
        ("Włącz powiadomienia", CTA),
        ("Pobierz naszą aplikację", CTA),
        ("NA ŻYWO", CHROME),
    ],
    "tr": [
        ("WhatsApp kanalımıza katılın", CTA),
        ("Bildirimleri açın", CTA),
        ("CANLI", CHROME),
    ],
    "ru": [
        ("Включите уведомления", CTA),
        ("Скачайте наше приложение", CTA),
        ("ПРЯМОЙ ЭФИР", CHROME),
    ],
}

# more of the same shapes, written after the fix (a check that the patterns are no list of the lines above)
MORE_RESIDUE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Join our WhatsApp community", CTA),
        ("Follow our Telegram channel for breaking news!", CTA),
        ("Follow Example Post on Google News.", CTA),
        ("Find us on Google News", CTA),
        ("Add us as a preferred source on Google", CTA),
        ("Set Example Daily as a preferred source on Google Search", CTA),
        ("Turn on notifications for breaking news", CTA),
        ("Enable notifications", CTA),
        ("Get the latest news on WhatsApp", CTA),
        ("LIVE NOW", CHROME),
        ("🔴 LIVE", CHROME),
        ("Subscribe to our WhatsApp channel", NEWSLETTER),
        ("Follow us on Google Discover", CTA),
    ],
    "de": [
        ("Folgen Sie uns jetzt auf WhatsApp!", CTA),
        ("Jetzt unserem WhatsApp-Kanal beitreten", CTA),
        ("Tritt unserem Telegram-Kanal bei!", CTA),
        ("Benachrichtigungen einschalten", CTA),
        ("Aktivieren Sie jetzt die Push-Benachrichtigungen", CTA),
        ("Folgen Sie Beispielpost auf Google News", CTA),
        ("Beispielpost als bevorzugte Quelle bei Google hinzufügen", CTA),
    ],
    "fr": [
        ("Suivez-nous sur notre chaîne WhatsApp", CTA),
        ("Rejoignez notre chaîne WhatsApp pour ne rien manquer de l'actualité", CTA),
        ("Activez les notifications pour ne rien manquer", CTA),
        ("Autorisez les notifications", CTA),
        ("Ajoutez-nous comme source préférée sur Google", CTA),
        ("Suivez Le Exemple sur Google News", CTA),
    ],
    "es": [
        ("Activa las notificaciones y no te pierdas nada", CTA),
        ("Síguenos en nuestro canal de WhatsApp", CTA),
        ("Añádenos como fuente preferida en Google", CTA),
        ("Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día", CTA),
    ],
    "it": [
        ("Attiva le notifiche per non perdere nessuna notizia", CTA),
        ("Seguici sul nostro canale WhatsApp", CTA),
        ("Aggiungici come fonte preferita su Google", CTA),
        ("Entra nel nostro canale WhatsApp", CTA),
    ],
    "pt": [
        ("Siga o nosso canal no WhatsApp", CTA),
        ("Ative as notificações e não perca nada", CTA),
        ("Adicione-nos como fonte preferida no Google", CTA),
        ("Siga o Exemplo no Google Notícias", CTA),
    ],
    "nl": [
        ("Volg ons WhatsApp-kanaal", CTA),
        ("Zet pushmeldingen aan", CTA),
        ("Meldingen aanzetten", CTA),
        ("Volg Het Voorbeeld op Google News", CTA),
    ],
}

# short lines of the article that resemble the residue: headings, a one-line quote, a how-to's steps
SHORT_LINES: dict[str, list[str]] = {
    "en": [
        "LIVE AID",
        "Live Nation",
        "LIVE REVIEW",
        "How to add a preferred source on Google",
        "Get the app, then open it.",
        "Turn on notifications in Settings, then choose which apps may send them.",
        "Download the app and sign in with your bank details.",
        "Follow the instructions on the screen.",
        "LIVE REVIEW: The band played for three hours",
        "Live review",
        "Live and loud",
        "Live at the Apollo",
        "Notifications",
        "How to turn on notifications",
        "Turn off notifications for a quiet evening.",
        "Why WhatsApp channels matter",
        "The WhatsApp channel",
        "Preferred sources on Google",
        "Join the WhatsApp group of your building.",
        "Follow the council on WhatsApp for bin collection days.",
    ],
    "de": [
        "Live-Musik im Park",
        "Benachrichtigungen",
        "So aktivieren Sie Benachrichtigungen",
        "Live in Berlin",
        "Benachrichtigungen in den Einstellungen aktivieren",
        "Folgen Sie den Hinweisen in der App.",
        "Der WhatsApp-Kanal der Stadt",
        "Warn-App installieren und Benachrichtigungen aktivieren",
    ],
    "fr": [
        "Notifications : comment les activer",
        "Activer les notifications, mode d'emploi",
        "En direct de Cannes",
        "En direct du stade, l'ambiance était électrique.",
        "Activer les notifications dans les réglages",
        "La chaîne WhatsApp de la mairie",
        "Suivez les consignes de la préfecture.",
    ],
    "es": [
        "Cómo activar las notificaciones",
        "En directo desde Madrid",
        "Activar las notificaciones en Ajustes",
        "El canal de WhatsApp del ayuntamiento",
        "Sigue las indicaciones de Protección Civil.",
    ],
    "it": [
        "Diretta streaming: dove vedere la partita",
        "Come attivare le notifiche",
        "In diretta da Sanremo",
        "Attivare le notifiche nelle Impostazioni",
        "Il canale WhatsApp del comune",
        "Segui le indicazioni della Protezione civile.",
    ],
    "pt": [
        "Como ativar as notificações",
        "Ao vivo no Rock in Rio",
        "Ativar as notificações nos Ajustes",
        "O canal do governo no WhatsApp",
        "Siga as orientações da Defesa Civil.",
    ],
    "nl": [
        "Live op NPO 1",
        "Zo zet je meldingen aan",
        "Live in Paradiso",
        "Meldingen aanzetten in Instellingen",
        "Het WhatsApp-kanaal van de gemeente",
        "Volg de aanwijzingen van de brandweer.",
    ],
}

# a how-to's steps, numbered, under the line that announces them: a bare "Turn on notifications" is a step there
NUMBERED_STEPS: dict[str, tuple[str, list[str]]] = {
    "en": (
        "To get the warnings on your phone:",
        ["Open the Settings app.", "Turn on notifications", "Download the app.", "Choose your postcode."],
    ),
    "de": (
        "So erhalten Sie die Warnungen:",
        ["Öffnen Sie die Einstellungen.", "Benachrichtigungen aktivieren", "Wählen Sie Ihren Landkreis aus."],
    ),
    "fr": (
        "Pour recevoir les alertes :",
        ["Ouvrez les réglages.", "Activez les notifications", "Choisissez votre commune."],
    ),
    "pt": (
        "Para receber os alertas:",
        ["Abra os Ajustes.", "Ative as notificações", "Escolha o seu município."],
    ),
}


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        pytest.param(lang, line, name, id=f"{lang}:{line[:40]}")
        for table in (RESIDUE, MORE_RESIDUE)
        for lang, cases in table.items()
        for line, name in cases
    ],
)
def test_the_sites_own_call_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(list(ARTICLES[lang]), line, pass_name)
    article = list(ARTICLES[lang])
    result = cleaner.explain_text("\n\n".join(with_line(article, line, "middle")))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]
    assert [r.pass_name for r in result.removed] == [pass_name]


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_a_short_line_of_the_article_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(list(ARTICLES[lang]), line, position))


@pytest.mark.parametrize("marker", ["{n}. ", "{n}) ", "- ", ""])
@pytest.mark.parametrize("lang", sorted(NUMBERED_STEPS))
def test_a_step_of_a_how_to_list_survives(lang: str, marker: str) -> None:
    heading, steps = NUMBERED_STEPS[lang]
    items = [marker.format(n=n) + step for n, step in enumerate(steps, start=1)]
    article = list(ARTICLES[lang])
    assert_survives([*article[:2], "\n".join([heading, *items]), *article[2:]])


# a how-to's heading over its paragraph on the same thing
HEADINGS: dict[str, tuple[str, str]] = {
    "en": (
        "Turn on notifications",
        "The app only warns you if its notifications are allowed in the phone's settings, which many people switch "
        "off after a few days because of the noise.",
    ),
    "de": (
        "Push-Benachrichtigungen aktivieren",
        "Die Warn-App meldet sich nur, wenn ihre Benachrichtigungen in den Einstellungen des Telefons erlaubt sind, "
        "was viele Menschen nach ein paar Tagen wieder abschalten.",
    ),
    "fr": (
        "Activez les notifications",
        "L'application ne vous prévient que si ses notifications sont autorisées dans les réglages du téléphone, ce "
        "que beaucoup de gens désactivent au bout de quelques jours.",
    ),
    "es": (
        "Activa las notificaciones",
        "La aplicación solo avisa si sus notificaciones están permitidas en los ajustes del teléfono, algo que mucha "
        "gente desactiva a los pocos días.",
    ),
    "it": (
        "Attiva le notifiche",
        "L'app avvisa solo se le sue notifiche sono consentite nelle impostazioni del telefono, cosa che molte "
        "persone disattivano dopo pochi giorni.",
    ),
    "pt": (
        "Ative as notificações",
        "O aplicativo só avisa se as suas notificações estiverem permitidas nos ajustes do telefone, algo que muita "
        "gente desativa depois de poucos dias.",
    ),
    "nl": (
        "Zet meldingen aan",
        "De app waarschuwt alleen als de meldingen in de instellingen van de telefoon zijn toegestaan, iets wat veel "
        "mensen na een paar dagen weer uitzetten.",
    ),
}


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_how_tos_heading_over_its_paragraph_survives(lang: str) -> None:
    heading, paragraph = HEADINGS[lang]
    article = list(ARTICLES[lang])
    assert_survives([*article[:2], heading, paragraph, *article[2:]])


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pt"])
def test_a_list_of_nothing_but_calls_goes(lang: str) -> None:
    calls = [line for line, name in RESIDUE[lang] if name == CTA][:3]
    article = list(ARTICLES[lang])
    result = cleaner.explain_text("\n\n".join([*article, "\n".join("- " + line for line in calls)]))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]


def test_a_call_after_a_numbered_table_and_a_sentence_still_goes() -> None:
    # a league table's numbered rows under a colon line, a sentence of the report, then the site's call: the
    # call is no item of that list (found on the Arabic probe: "تابعونا على تويتر" under the standings)
    a1, a2, a3 = ARTICLES["en"]
    rows = ["Standings after round 24:", "1. Northside 68 points", "2. Harbour FC 56 points", "3. Eastgate 47 points"]
    page = [a1, a2, *rows, "The coach said the title race was not over yet.", "Follow us on WhatsApp", a3]
    result = cleaner.explain_text("\n".join(page))
    assert "Follow us on WhatsApp" not in result.text.split("\n")
    assert all(line in result.text.split("\n") for line in rows)
