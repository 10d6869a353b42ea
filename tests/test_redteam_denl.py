"""Red team of the German and Dutch vocabularies: short lines of an article that look like residue.

Subheadings, list items and one-line quotes (no sentence punctuation, or only a few words) cannot
live in ``fixtures/negatives/<lang>.txt``, which also puts every line first in a text, where a
heading is the page's title. Here each stands in the middle of a short article (and at its end,
after the last paragraph) and must survive with the article around it. The long sentences of the
same red team are in ``fixtures/negatives/de.txt`` and ``nl.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

SHORT_LINES: dict[str, list[str]] = {
    "de": [
        '5 Antworten auf die wichtigsten Fragen zur Grundsteuer',
        'Drei Antworten auf die Frage nach der Zukunft',
        'Beste Antwort',
        'Einverstanden.',
        'Ich bin einverstanden.',
        'Verstanden!',
        'Alles klar.',
        'Weitere Informationen',
        'Mehr Informationen',
        'Ablehnen!',
        'Zustimmen?',
        'Notwendige Cookies',
        'Bild von Gerhard Richter erzielt Rekordpreis bei Auktion',
        'Übersetzung: Ein Handwerk im Wandel',
        'Recherche: Wie wir vorgegangen sind',
        'Anzeige gegen Unbekannt',
        'Anzeige gegen den Bürgermeister erstattet',
        'Werbung im Wahlkampf',
        'Ab 1. Januar 2025',
        'Am 9. November 1989',
        'Seit 1. März 2024',
        'Vor einer Stunde.',
        'Von Goethe bis Brecht',
        'Von Null auf Hundert',
        'Von Berlin nach Brandenburg',
        'Interview mit Olaf Scholz',
        'Mehr zu Hause, weniger im Büro',
        'Mehr aus Wenig machen',
        'App herunterladen und installieren',
        'Folgt uns!',
        'Folgen Sie mir!',
        'Ein Konto eröffnen',
        'Nein, danke.',
        'Nicht jetzt!',
        'Weiter!',
        'Zurück.',
        'Mehr!',
        'Sprache: Deutsch mit englischen Untertiteln',
        '1,2 Millionen Abonnenten',
        'Ja',
        'Nein!',
    ],
    "nl": [
        'Geen reactie op vragen van de Kamer',
        'Reacties uit de politiek',
        'Beste antwoord',
        'Prima!',
        'Begrepen.',
        'Akkoord.',
        'Oké.',
        'Ik ga akkoord.',
        'Meer informatie',
        'Weigeren!',
        'Accepteren?',
        'Vertaling: een vak apart',
        'Advertentie in de krant',
        'Op 4 mei 1945',
        'Vanaf 1 januari 2025',
        'Sinds 1 maart 2024',
        'Door Noord-Holland op de fiets',
        'Door Zeeland in de regen, een reisverslag',
        'Meer van hetzelfde',
        'Meer uit minder halen',
        'Volg ons!',
        'Nee, dank je.',
        'Niet nu!',
        'Volgende!',
        'Meer!',
        'Sluiten!',
        'Bewaar de bon goed.',
        'Ja!',
        'Nee.',
    ],
}

#: Lines that survive in the middle but are removed at the very end, where a bare heading with
#: nothing after it is an empty comment section's (by design): tested mid-article only.
MIDDLE_ONLY: dict[str, list[str]] = {
    "de": ["Zur Debatte"],
    "nl": ["Reacties:", "Wat vind jij?", "Praat mee!", "Geef je mening."],
}

PARAMS = short_line_params(SHORT_LINES) + short_line_params(MIDDLE_ONLY, positions=["middle"])


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the residue the narrowed patterns must still remove
        ("de", "Foto von Max Mustermann auf Unsplash", "image-credit"),
        ("de", "Dieser Artikel erschien zuerst bei Zeit Online.", "copyright"),
        ("de", "Dieser Text ist zuerst im Tagesspiegel erschienen.", "copyright"),
        ("de", "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.", "copyright"),
        ("de", "Jetzt die kostenlose App herunterladen und nichts verpassen!", "call-to-action"),
        ("de", "Erstellen Sie jetzt ein kostenloses Konto und lesen Sie weiter.", "newsletter-prompt"),
        ("de", "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.", "newsletter-prompt"),
        ("de", "Testen Sie SZ Plus jetzt 4 Wochen kostenlos.", "paywall"),
        ("de", "Jetzt Abo abschließen und weiterlesen.", "paywall"),
        ("de", "Sie haben Ihr monatliches Limit an kostenlosen Artikeln erreicht.", "paywall"),
        ("de", "Kurse um 15 Minuten zeitverzögert.", "finance-widget"),
        ("nl", "Dit artikel verscheen eerder in NRC Handelsblad.", "copyright"),
        ("nl", "Met medewerking van Anna de Vries en Piet Jansen.", "copyright"),
        ("nl", "Schrijf je in voor onze nieuwsbrief.", "newsletter-prompt"),
        ("nl", "Meld je aan en ontvang elke ochtend het belangrijkste nieuws.", "newsletter-prompt"),
        ("nl", "Download onze app en mis niets.", "call-to-action"),
        ("nl", "Het laatste nieuws elke ochtend in je inbox.", "newsletter-prompt"),
        ("nl", "Word abonnee en lees onbeperkt.", "newsletter-prompt"),
        ("nl", "Je gegevens worden nooit gedeeld met derden.", "consent-line"),
    ],
)
def test_residue_still_removed(lang: str, line: str, pass_name: str) -> None:
    art = ARTICLES[lang]
    text = "\n\n".join([art[0], line, *art[1:]])
    result = cleaner.Cleaner().explain_text(text)
    hits = [r for r in result.removed if r.pass_name == pass_name and line in r.text]
    assert hits, [(r.pass_name, r.text) for r in result.removed]
