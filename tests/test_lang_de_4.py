"""German pages, a fourth probe: the NON-NEWS pages people scrape (the first three probes,
``test_lang_de.py`` to ``test_lang_de_3.py``, are news-heavy; ``test_lang_en_3.py`` is the English
model of this one).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Six pages are what a NAIVE scraper keeps (all the visible text: a town's Bürgeramt service page with
its cookie banner, "Inhaltsverzeichnis", "War diese Seite hilfreich?" and footer, a documentation how-to
with breadcrumbs, "Auf dieser Seite", "Diese Seite bearbeiten" and previous/next links, a company's
engineering blog with its author card, share row, newsletter box and careers pitch, a shop's product
page with price, "In den Warenkorb" and reviews, a museum's event page with its ticket box, a travel
blog's city guide with its map widget and affiliate lines), six what an EXTRACTOR lets through (a
university press release, an association's appeal that asks for donations in its own prose, a job
posting, a recipe blog with its readers' comments, a wiki article with "[Bearbeiten | Quelltext
bearbeiten]" headings and its references, a forum thread). The article lines resemble residue on
purpose: how-to imperatives ("Klicken Sie auf Speichern und melden Sie sich danach erneut an"),
numbered steps and a command line, a shop's own spec list, an appeal's own "Spenden Sie jetzt", a
recipe's imperative steps, a job's duties, a forum's replies.

Measured when the probe was written, before any rule change (12 pages, 138 article and 255 residue
lines): article lines lost 2 (the service page's first subheading "Voraussetzungen", taken by edge-furniture
in one long run with the table of contents above it, whose heading "Inhaltsverzeichnis" no table named; the
event's "Barrierefreiheit" subheading, taken by site-chrome as a footer link), residue lines left 41. After:
article lines lost 0, residue lines left 16 (see ``RESIDUE_LEFT``)."""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    contents_tests,
    helpful_question_tests,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    section_name_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a town's service page (Bürgeramt, "Dienstleistungen A–Z")
    "buergeramt": """\
R Direkt zum Inhalt
R Direkt zur Navigation
R Diese Website verwendet Cookies, um die Nutzung zu analysieren und das Angebot zu verbessern.
R Alle akzeptieren
R Nur notwendige Cookies
R Einstellungen
R Stadt Lindenau
R Menü
R Suche
R Startseite
R Bürgerservice
R Dienstleistungen A–Z
T Personalausweis beantragen
A Ab 16 Jahren müssen Sie einen gültigen Personalausweis oder Reisepass besitzen.
A Den Personalausweis beantragen Sie persönlich im Bürgeramt, auch wenn Sie schon einen Reisepass haben.
R Inhaltsverzeichnis
R Voraussetzungen
R Erforderliche Unterlagen
R Gebühren
R Termin vereinbaren
A Voraussetzungen
A Sie haben die deutsche Staatsangehörigkeit und sind mit Hauptwohnsitz in Lindenau gemeldet.
A Erforderliche Unterlagen
A Bisheriger Personalausweis oder Reisepass
A Ein aktuelles biometrisches Passfoto
A Geburtsurkunde, falls Sie noch nie einen Ausweis hatten
A Gebühren
A 37,00 Euro für Personen ab 24 Jahren
A 22,80 Euro für Personen unter 24 Jahren
A Termin vereinbaren
A Buchen Sie einen Termin online oder rufen Sie die Behördennummer 115 an. Bringen Sie alle Unterlagen im Original mit.
A Der neue Ausweis liegt nach etwa drei bis vier Wochen zur Abholung bereit. Sie erhalten dann einen Brief mit Ihrer PIN.
T Termin buchen
R Seite drucken
R Seite teilen
R War diese Seite hilfreich?
R Ja
R Nein
R Fehler auf dieser Seite melden
R Das könnte Sie auch interessieren
R Reisepass beantragen
R Wohnsitz anmelden
R Kontakt
R Impressum
R Datenschutz
R Barrierefreiheit
R Leichte Sprache
R Gebärdensprache
R © 2025 Stadt Lindenau
""",
    # NAIVE: a documentation how-to
    "docs_howto": """\
R Dokumentation
R Anleitungen
R API-Referenz
R Versionshinweise
R Dokumentation durchsuchen
R Strg K
R Dokumentation
R Anleitungen
R Konto
R Zwei-Faktor-Authentifizierung aktivieren
T Zwei-Faktor-Authentifizierung aktivieren
R Auf dieser Seite
R Voraussetzungen
R Authenticator-App einrichten
R Wiederherstellungscodes
R Fehlerbehebung
A Die Zwei-Faktor-Authentifizierung (2FA) ergänzt die Anmeldung um einen zweiten Schritt. Sie brauchen Ihr Passwort und einen Code von Ihrem Telefon.
A Voraussetzungen
A Sie benötigen die Rolle Inhaber oder Administrator, um 2FA für einen ganzen Arbeitsbereich vorzuschreiben.
A Authenticator-App einrichten
A 1. Öffnen Sie Einstellungen > Sicherheit.
A 2. Klicken Sie auf 2FA aktivieren.
A 3. Scannen Sie den QR-Code mit Ihrer Authenticator-App.
A 4. Geben Sie den sechsstelligen Code ein.
A Klicken Sie auf Speichern und melden Sie sich danach erneut an.
A Wiederherstellungscodes
A Laden Sie nach dem Aktivieren Ihre Wiederherstellungscodes herunter und bewahren Sie sie sicher auf. Jeder Code funktioniert nur einmal.
A Sie können 2FA auch über die Kommandozeile aktivieren:
A $ acme auth mfa enable --method totp
A Hinweis: Wenn Sie Ihr Telefon und Ihre Codes verlieren, wenden Sie sich an den Inhaber Ihres Arbeitsbereichs.
A Fehlerbehebung
A Werden Ihre Codes abgelehnt, prüfen Sie, ob die Uhrzeit Ihres Telefons automatisch eingestellt ist.
A Wenn Sie über Änderungen an dieser Anleitung informiert werden möchten, abonnieren Sie den RSS-Feed in Ihrem Feedreader.
R War diese Seite hilfreich?
R Ja
R Nein
R Diese Seite bearbeiten
R Zuletzt aktualisiert am 12. Januar 2025
R Zurück
R API-Schlüssel verwalten
R Weiter
R Single Sign-on (SSO)
R © 2025 Acme Cloud GmbH. Dokumentation lizenziert unter CC BY 4.0.
""",
    # NAIVE: a company's engineering blog
    "eng_blog": """\
R Produkte
R Lösungen
R Preise
R Blog
R Karriere
R Anmelden
R Kostenlos testen
R Engineering
T Wie wir unsere CI-Zeit von 40 auf 9 Minuten gesenkt haben
R Jana Krüger
R Staff Engineer, Developer Productivity
R 3. März 2025
R 8 Min. Lesezeit
A Vor zwei Jahren dauerte ein vollständiger Lauf unserer Testsuite 40 Minuten. Die Teams sammelten ihre Änderungen, um nicht zu warten, und gesammelte Änderungen gingen öfter kaputt.
A In diesem Beitrag beschreiben wir die vier Änderungen, mit denen der mittlere Lauf auf 9 Minuten gefallen ist.
A 1. Nach Laufzeit aufteilen, nicht nach Datei
A Wir haben eine Woche lang die Dauer jedes Tests gemessen und damit 32 Shards ausbalanciert. Der langsamste Shard fiel von 18 auf 6 Minuten.
A 2. Die Abhängigkeiten cachen
A Unsere Docker-Images bauten bei jedem Commit die Abhängigkeiten neu. Jetzt hängt der Cache am Hash der Lockdatei:
A COPY poetry.lock pyproject.toml ./
A RUN poetry install --no-root
A 3. Nicht testen, was sich nicht geändert hat
A 4. Instabile Tests sichtbar machen
A Ein Test, der erst fehlschlägt und beim zweiten Versuch besteht, wird jetzt dem zuständigen Team gemeldet, mit einem Link auf den Lauf.
A Wer das ausprobieren will, sollte mit den Laufzeitdaten anfangen. Teilen Sie die Datei mit Ihrem Team, bevor Sie etwas umbauen; Zahlen überzeugen schneller als jedes Konzeptpapier.
A Danke an das Team Developer Productivity für die Arbeit an diesem Projekt.
R Tags
R CI/CD
R Testing
R Developer Experience
R Beitrag teilen
R Twitter
R LinkedIn
R Link kopieren
R Über die Autorin
R Jana leitet das Team Developer Productivity. Vorher hat sie bei zwei Fintech-Start-ups Build-Systeme gebaut.
R Ähnliche Beiträge
R 400 Services ohne Ausfallzeit nach Kubernetes migrieren
R Was wir aus einem Jahr Rufbereitschaft gelernt haben
R Newsletter abonnieren
R Die neuesten Beiträge aus unserem Engineering-Team direkt in Ihr Postfach.
R E-Mail-Adresse
R Abonnieren
R Wir stellen ein! Werde Teil unseres Teams und baue mit uns die Entwicklerwerkzeuge von morgen.
R Offene Stellen ansehen
R © 2025 Stackwerk GmbH. Alle Rechte vorbehalten.
R Datenschutzerklärung
R Impressum
R AGB
""",
    # NAIVE: a shop's product page
    "product": """\
R Kostenloser Versand ab 50 € Bestellwert
R Küche
R Kaffee & Tee
R Sale
R Merkzettel
R Warenkorb (0)
R Startseite
R Küche
R Kaffeezubereitung
T Handfilter-Set „Harlow“ aus Glas
T 34,99 €
R inkl. MwSt., zzgl. Versandkosten
R ★★★★☆ 4,6 (212 Bewertungen)
R Auf Lager – Lieferzeit 2–3 Werktage
R Menge
R In den Warenkorb
R Auf den Merkzettel
A Mit der Karaffe aus Borosilikatglas und dem wiederverwendbaren Edelstahlfilter brühen Sie in vier Minuten einen klaren, aromatischen Kaffee.
A Keine Papierfilter, keine Kapseln, kein Abfall.
A Lieferumfang
A Glaskaraffe, 600 ml
A Edelstahlfilter
A Bambusmanschette mit Lederband
A Pflege
A Spülen Sie den Filter nach jeder Benutzung aus und geben Sie ihn einmal pro Woche in die Spülmaschine.
A Technische Daten
A Fassungsvermögen: 600 ml (4 Tassen)
A Gewicht: 420 g
A Material: Borosilikatglas, Edelstahl, Bambus
R Versand & Rückgabe
R 30 Tage kostenlose Rückgabe.
R Kundenbewertungen
R 4,6 von 5 Sternen
R Bewertung schreiben
R Toller Kaffee, leicht zu reinigen
R Verifizierter Kauf
R Jo, 12. März 2025
R Der beste Kaffee, den ich je zu Hause gemacht habe.
R War diese Bewertung hilfreich? Ja (14) Nein (1)
R Kunden kauften auch
R Handkaffeemühle
R 24,99 €
R Newsletter abonnieren und 10 % Rabatt sichern
R © 2025 Harlow Home GmbH
""",
    # NAIVE: a museum's event page with its ticket box
    "event": """\
R Ausstellungen
R Veranstaltungen
R Besuch planen
R Mitgliedschaft
R Tickets
T Lange Nacht im Museum: Dinosaurier nach Einbruch der Dunkelheit
R Freitag, 7. November 2025
R 18:30 – 22:00 Uhr
R Lichthof
R Ab 18 Jahren
R Ab 18 €
R Tickets kaufen
R Zum Kalender hinzufügen
A Wenn die Türen schließen, öffnet der Lichthof noch einmal: für einen Abend mit Vorträgen, Musik und Getränken unter dem Skelett unseres Blauwals.
A Die Paläontologin Dr. Lena Fischer hält um 19 Uhr einen halbstündigen Vortrag darüber, wie die letzten Dinosaurier lebten.
A Programm
A 18:30 Einlass
A 19:00 Vortrag: Die letzten Tage der Dinosaurier
A 20:00 Silent Disco in der Fossiliengalerie
A 21:45 Letzte Bestellung
A Im Ticketpreis ist ein Getränk enthalten. Zeigen Sie Ihr Ticket auf dem Handy vor oder drucken Sie es zu Hause aus.
A Barrierefreiheit
A Der Lichthof ist stufenlos erreichbar. Bitte teilen Sie uns Ihren Unterstützungsbedarf bei der Buchung mit.
R Veranstaltung teilen
R Facebook
R E-Mail
R Das könnte Sie auch interessieren
R Abend für Mitglieder: Vögel der Welt
R Newsletter bestellen
R Erfahren Sie als Erstes von neuen Ausstellungen und Veranstaltungen.
R © Stiftung Naturkundemuseum Lindenau 2025
""",
    # NAIVE: a travel blog's city guide
    "travel": """\
R Reiseziele
R Reiseideen
R Hotels
R Angebote
R Anmelden
T Lissabon in 3 Tagen: Der perfekte Reiseplan
R Von Sam Wittlich
R Aktualisiert am 2. Mai 2025
R Dieser Beitrag enthält Affiliate-Links. Wenn du darüber buchst, erhalten wir eine kleine Provision, für dich entstehen keine Mehrkosten.
R Inhaltsverzeichnis
R Tag 1
R Tag 2
R Tag 3
R Unterkunft
A Lissabon ist eine Stadt der Hügel, Straßenbahnen und Kachelfassaden, und drei Tage reichen, um das Beste davon ohne Eile zu sehen.
A Tag 1: Alfama und die Burg
A Sei früh am Castelo de São Jorge, bevor die Reisegruppen kommen. Der Eintritt kostet 15 € an der Kasse.
A Lauf danach durch die Alfama hinunter und halte am Miradouro de Santa Luzia für den Blick über den Fluss.
R Karte
R Kartendaten ©2025 Google
R Größere Karte ansehen
A Tag 2: Belém
A Nimm die Tram 15 von der Praça da Figueira nach Belém. Kauf vorher eine Viva-Viagem-Karte; sie kostet 0,50 € und lässt sich aufladen.
A Buch die Tickets für das Hieronymuskloster im August früh, denn die Zeitfenster sind oft Tage vorher ausverkauft.
R Hier deine Belém-Tour buchen
A Tag 3: Sintra
A Sintra liegt 40 Minuten mit dem Zug vom Bahnhof Rossio entfernt. Die Züge fahren alle 20 Minuten.
A Unterkunft
A Wir haben im Chiado gewohnt, das zentral liegt und für Lissabonner Verhältnisse flach ist.
R Preise vergleichen
R Jetzt buchen
R Merk dir diesen Beitrag auf Pinterest!
R Das könnte dich auch interessieren
R Die 10 schönsten Tagesausflüge ab Porto
R Günstig essen in Madrid
R Schreibe einen Kommentar
R Hol dir unseren kostenlosen Reiseplaner
R © 2025 Fernweh & Freunde
""",
    # EXTRACTOR: a university's press release
    "university": """\
T Universität eröffnet neues Ingenieurgebäude für 40 Millionen Euro
R Pressemitteilung
R Veröffentlicht am 14. Oktober 2025
R Von Stabsstelle Presse und Kommunikation
A Die Universität Lindenau hat ihr neues Zentrum für Ingenieurwissenschaften eröffnet. Von diesem Semester an arbeiten dort 1.200 Studierende und 90 Forschende.
A Das fünfgeschossige Gebäude auf dem Campus Nord hat einen Windkanal, eine Halle für Materialprüfung und eine Werkstatt, die allen Studierenden offensteht.
A Prof. Dr. Amara Okafor, Dekanin der Fakultät für Ingenieurwissenschaften, sagte: „Das ist das Gebäude, das sich unsere Studierenden gewünscht haben.“
A „Sie wollten Platz, um Dinge zu bauen, kaputt zu machen und wieder neu zu bauen.“
A Das Gebäude wurde von der Universität, vom Land und mit einer Spende der Absolventin Helene Marsch finanziert.
A Das Wichtigste in Kürze
A Ein 4 Meter langer Windkanal für Luftfahrt und Bauingenieurwesen
A Zugang rund um die Uhr für Projektteams im letzten Studienjahr
A Ein Dachgarten mit 300 Sensoren als Reallabor
A Studierende buchen die Werkstatt über die Uni-App. Melden Sie sich mit Ihrer Uni-Kennung an und wählen Sie ein zweistündiges Zeitfenster.
A Am 22. November gibt es einen Tag der offenen Tür für Schulen. Lehrkräfte können ihre Klasse beim Schulbüro anmelden.
R Pressekontakt
R Stabsstelle Presse und Kommunikation
R Tel.: 0351 463-12345
R E-Mail: presse@uni-lindenau.de
R Diese Meldung teilen
R Facebook
R X
R LinkedIn
R Weitere Meldungen
R Universität Lindenau erneut unter den Top 20 bei der Studierendenzufriedenheit
R Neues Stipendium für duale Studierende
""",
    # EXTRACTOR: an association's appeal (the appeal itself asks for donations)
    "appeal": """\
T Sauberes Wasser für Kibera: unser Winteraufruf
R Jetzt spenden
A Diesen Winter stehen in Kibera 12.000 Familien für Wasser an, das nicht sicher ist.
A Grace, Mutter von vier Kindern, läuft 40 Minuten bis zum nächsten funktionierenden Wasserhahn. Ihre jüngste Tochter war im vergangenen Jahr dreimal krank.
A „Wenn der Hahn kaputt ist, kaufen wir Wasser von den Karren. Das kostet mehr als unser Essen.“
A Ein neuer Brunnen mit Solarpumpe kostet 18.000 Euro und versorgt mindestens 15 Jahre lang 3.000 Menschen.
A Spenden Sie jetzt, was Ihnen möglich ist: 30 Euro finanzieren einen Wasserfilter für eine Familie, 100 Euro die Ausbildung einer Technikerin.
A Jede Spende, die bis zum 31. Dezember eingeht, verdoppelt die Hollins-Stiftung bis zu einer Summe von 50.000 Euro.
A Ihre Spende ist steuerlich absetzbar. Anfang des Jahres schicken wir Ihnen automatisch eine Zuwendungsbestätigung.
R Jetzt spenden
R 30 €
R 50 €
R 100 €
R Anderer Betrag
R Monatlich spenden
R Ihre Zahlung ist SSL-verschlüsselt und sicher.
R Spendenkonto: IBAN DE12 3456 7890 1234 5678 90
R Aufruf teilen
R Newsletter abonnieren
R Foto: Wasserwerk e.V./James Otieno
""",
    # EXTRACTOR: a job posting
    "job": """\
T Senior Data Analyst (m/w/d)
T Nordwind Gesundheit GmbH
T Hamburg (Hybrid)
T Vollzeit
T 58.000 – 66.000 € pro Jahr
R Vor 5 Tagen veröffentlicht
R Jetzt bewerben
R Job merken
A Nordwind Gesundheit betreibt 40 Praxen in Norddeutschland. Wir suchen eine Senior Data Analyst (m/w/d), die unseren Praxen hilft, Wartezeiten zu verkürzen.
A Deine Aufgaben
A Du baust Dashboards für die Praxisleitungen und hältst sie aktuell
A Gemeinsam mit Ärztinnen und Ärzten übersetzt du Fragen in Analysen
A Du teilst die Ergebnisse jedes Quartal mit deinem Team und der Geschäftsführung
A Dein Profil
A Mindestens 3 Jahre Erfahrung mit SQL und Python
A Erfahrung darin, Daten für ein nicht-technisches Publikum aufzubereiten
A Sehr gute Deutschkenntnisse
A Wir bieten
A 30 Tage Urlaub
A Betriebliche Altersvorsorge mit 6 % Arbeitgeberzuschuss
A Dienstrad-Leasing und Zuschuss zum Deutschlandticket
A Bewirb dich bis zum 30. April mit Lebenslauf und kurzem Anschreiben. Wir antworten auf jede Bewerbung.
A Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Herkunft, Alter oder Behinderung.
R Jetzt bewerben
R Job melden
R Ähnliche Jobs
R Data Analyst - Klinikverbund - Bremen
R Jobalarm für ähnliche Stellen aktivieren
""",
    # EXTRACTOR: a recipe blog with its readers' comments
    "recipe": """\
T Omas Apfelkuchen mit Streuseln
R Von Lena | 12. September 2024 | 48 Kommentare
R Zum Rezept springen
A Wenn im September die ersten Äpfel vom Baum fallen, backe ich diesen Kuchen. Das Rezept stammt von meiner Oma, ich habe nur den Zucker etwas reduziert.
A Zutaten
A Für den Teig:
A 250 g Mehl
A 125 g Butter
A 80 g Zucker
A 1 Ei
A Für die Streusel:
A 150 g Mehl, 100 g Zucker, 100 g Butter
A 1 kg säuerliche Äpfel
A Zubereitung
A 1. Mehl, Butter, Zucker und Ei zu einem glatten Teig verkneten und 30 Minuten kalt stellen.
A 2. Die Äpfel schälen, entkernen und in Spalten schneiden.
A 3. Den Teig in eine gefettete Springform drücken und die Äpfel darauf verteilen.
A 4. Streusel darüberstreuen und bei 180 Grad Ober- und Unterhitze 45 Minuten backen.
A Tipp: Lass den Kuchen vollständig abkühlen, bevor du ihn anschneidest, sonst zerfallen die Streusel.
T Schreib mir in die Kommentare, ob du ihn mit Boskoop oder mit Elstar gebacken hast!
R Rezept drucken
R Hat dir das Rezept gefallen? Dann bewerte es mit 5 Sternen!
R 48 Kommentare
R Sabine
R 14. September 2024 um 18:22
R Sehr lecker, hab ihn gestern gebacken! Mit Boskoop war er perfekt.
R Antworten
R Lena
R 14. September 2024 um 20:05
R Danke, liebe Sabine, das freut mich sehr!
R Antworten
R Thomas K.
R 16. September 2024 um 09:41
R Kann man den Teig auch am Vortag vorbereiten?
R Antworten
R Kommentar verfassen
R Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
""",
    # EXTRACTOR: a wiki article with its edit links and references
    "wiki": """\
T Boskoop (Apfel)
R aus Wikipedia, der freien Enzyklopädie
A Der Boskoop, auch Schöner aus Boskoop genannt, ist eine Sorte des Kulturapfels. Er gilt als einer der bekanntesten Backäpfel im deutschsprachigen Raum.[1]
R Inhaltsverzeichnis
R 1 Geschichte
R 2 Beschreibung
R 3 Verwendung
R 4 Einzelnachweise
A Geschichte[Bearbeiten | Quelltext bearbeiten]
A Die Sorte wurde 1856 in der niederländischen Stadt Boskoop als Zufallssämling gefunden und von einer Baumschule vermehrt.[2]
A Beschreibung[Bearbeiten | Quelltext bearbeiten]
A Die Früchte sind groß, unregelmäßig geformt und haben eine raue, berostete Schale. Das Fruchtfleisch ist fest und säuerlich.[3]
A Verwendung[Bearbeiten | Quelltext bearbeiten]
A Wegen seiner Säure eignet sich der Boskoop besonders für Apfelkuchen, Bratäpfel und Apfelmus.
T Siehe auch[Bearbeiten | Quelltext bearbeiten]
T Liste der Apfelsorten
T Einzelnachweise[Bearbeiten | Quelltext bearbeiten]
R ↑ Karl Obermeier: Alte Apfelsorten neu entdeckt. Gartenbau-Verlag, Stuttgart 2010, ISBN 978-3-00-012345-6, S. 42.
R ↑ Die Geschichte des Boskoop. Pomologenkreis Lindenau, abgerufen am 4. Mai 2021.
R ↑ Martin Stangl: Obst aus dem eigenen Garten. München 2005, S. 118.
R Weblinks
R Commons: Boskoop – Sammlung von Bildern
R Kategorien: Apfelsorte | Niederländische Küche
R Diese Seite wurde zuletzt am 9. Januar 2025 um 10:14 Uhr bearbeitet.
R Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar; Informationen zu den Urhebern und zum Lizenzstatus eingebundener Mediendateien können im Regelfall durch Anklicken dieser abgerufen werden.
""",
    # EXTRACTOR: a forum thread
    "forum": """\
R Forum › Haus & Garten › Heizung
T Heizung reparieren oder austauschen?
R Beitrag von waldmeister77 » Mo 3. Feb 2025, 19:12
A Meine Gasheizung ist 17 Jahre alt und ist diesen Winter zweimal ausgefallen. Der Monteur will 450 Euro für ein neues Gebläse oder 9.800 Euro für eine neue Therme.
A Lohnt sich die Reparatur noch einmal, oder werfe ich das Geld zum Fenster hinaus?
R Nach oben
R Beitrag von heizungsbauer_hh » Mo 3. Feb 2025, 20:45
A Heizungsbauer hier. Bei 17 Jahren würde ich tauschen. Ersatzteile werden knapp, und eine neue Brennwerttherme spart gut 15 Prozent Gas.
R Nach oben
R Beitrag von waldmeister77 » Di 4. Feb 2025, 07:30
A Danke, das hilft mir weiter. Spielt die Marke eine Rolle?
R Nach oben
R Beitrag von sparfuchs » Di 4. Feb 2025, 12:03
A Hol dir drei Angebote ein. Bei uns lagen sie zwischen 8.400 und 12.900 Euro für dieselbe Therme.
R Zitieren
R Nach oben
R Antworten
R 4 Beiträge • Seite 1 von 1
R Zurück zu „Heizung“
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the donate form's amounts ("30 €", "50 €", "100 €": three rows of one shape, a figure and its currency, which
    # the edge guard keeps as a table's rows of data), its security note ("Ihre Zahlung ist SSL-verschlüsselt und
    # sicher.": a sentence) and the bank account ("Spendenkonto: IBAN …": a story's own appeal prints it too)
    "appeal": 5,
    # the event's fact box under its date (time, room, ages, price: an event's own data, the rows a story's fact box
    # holds) and the mailing list's pitch ("Erfahren Sie als Erstes von …": a call-to-action table's, left to its owner)
    "event": 5,
    # a review's text ("Der beste Kaffee, den ich je zu Hause gemacht habe.": a sentence like the article's)
    "product": 1,
    # the map widget's bare "Karte" (a one-word heading of the article's own as often) and an affiliate link's call
    # ("Hier deine Belém-Tour buchen": a call-to-action table's)
    "travel": 2,
    # the office's byline ("Von Stabsstelle Presse und Kommunikation": no person's name); the press contact's phone
    # ("Tel.: …") goes with its box since session 17 (edge_contacts.contact_phones, tests/test_fixes17.py)
    "university": 1,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="de", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_german, test_probe_pages_are_told_german = language_probe_tests(
    CASES, "de", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Jetzt spenden", "site-chrome"),
    ("Monatlich spenden", "site-chrome"),
    ("Anderer Betrag", "site-chrome"),
    ("Größere Karte ansehen", "site-chrome"),
    ("Auf Lager – Lieferzeit 2–3 Werktage", "site-chrome"),
    ("Menge", "site-chrome"),
    ("30 Tage kostenlose Rückgabe.", "site-chrome"),
    ("4,6 von 5 Sternen", "site-chrome"),
    ("Jetzt buchen", "site-chrome"),
    ("4 Beiträge • Seite 1 von 1", "site-chrome"),
    ("aus Wikipedia, der freien Enzyklopädie", "site-chrome"),
    ("↑ Karl Obermeier: Alte Apfelsorten neu entdeckt. Gartenbau-Verlag, Stuttgart 2010, S. 42.", "site-chrome"),
    ("Über die Autorin", "site-chrome"),
    ("Hat dir das Rezept gefallen? Dann bewerte es mit 5 Sternen!", "site-chrome"),
    ("Fehler auf dieser Seite melden", "feedback-prompt"),
    ("Merk dir diesen Beitrag auf Pinterest!", "social-buttons"),
    ("Vor 5 Tagen veröffentlicht", "dateline"),
    ("Diese Seite wurde zuletzt am 9. Januar 2025 um 10:14 Uhr bearbeitet.", "dateline"),
    ("Von Lena | 12. September 2024 | 48 Kommentare", "byline"),
    ("Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.", "copyright"),
]

test_residue_goes = residue_goes_tests(ARTICLES["de"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("de", [line for line, _pass in RESIDUE_GOES])


#: Short lines resembling the residue above (headings, a bare "Spenden"): they stay in the middle and at the end of
#: an article (the sentences that resemble it are in fixtures/negatives/de.txt).
SHORT_LINES = [
    "Spenden",
    "Größere Karte des Hafens",
    "Menge und Preis",
    "Inhalt und Form",
    "Kontakt zur Presse",
    "Barrierefreiheit im Nahverkehr",
    "Fehler melden",
    "Ausverkauft",
    "↑ 2,3 Prozent",
    "1. Klicken Sie auf Speichern und melden Sie sich danach erneut an.",
    "$ acme auth mfa enable --method totp",
]

test_short_line_survives = short_line_tests(ARTICLES["de"], SHORT_LINES)


test_a_section_name_between_two_paragraphs_is_their_subheading = section_name_tests(
    ARTICLES["de"], ("Barrierefreiheit", "Kontakt", "Datenschutz"), ["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"]
)


test_a_bare_helpful_question_goes_over_its_buttons = helpful_question_tests(
    ARTICLES["de"], "War das hilfreich?", "Ja", "Nein", "Ja, sagte die Mutter."
)


_SECTIONS = ["Kosten", "Zeitplan"]


(
    test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
    test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
) = contents_tests(
    ARTICLES["de"], ("Inhaltsverzeichnis", "Inhalt", "Auf dieser Seite"), (_SECTIONS[0], _SECTIONS[1]), "Zeitplan: zwei Jahre Bauzeit",
    [["Ein Zelt für zwei Personen", "Vier Stangen"], ["Kosten", "Was Anwohner sagen"]], "Inhalt",
)


def test_a_wikis_numbered_contents_go_over_headings_with_their_edit_links() -> None:
    a1, a2, a3 = ARTICLES["de"]
    page = [a1, "Inhaltsverzeichnis", "1 Kosten", "2 Zeitplan", a2, "Kosten[Bearbeiten | Quelltext bearbeiten]", a3,
            "Zeitplan[Bearbeiten | Quelltext bearbeiten]", a1]
    result = cleaner.explain_text("\n".join(page))
    # (the headings stay, their edit links trimmed off: edit-link, wiki29)
    assert result.text.split("\n") == [a1, a2, "Kosten", a3, "Zeitplan", a1]


def test_a_spec_lists_last_row_stays_under_its_rows_of_figures() -> None:
    # the last row of a shop's spec list, no figure in it, under the rows with figures; the page's furniture after it
    a1, a2, a3 = ARTICLES["de"]
    specs = ["Technische Daten", "Fassungsvermögen: 600 ml (4 Tassen)", "Gewicht: 420 g", "Material: glas, edelstahl und bambus"]
    tail = ["Versand & Rückgabe", "Kundenbewertungen", "Bewertung schreiben", "Kunden kauften auch", "Handkaffeemühle"]
    kept = cleaner.clean_text("\n".join([a1, a2, a3, *specs, *tail])).split("\n")
    assert kept == [a1, a2, a3, *specs]
    # a contact box's address under its phone number is no spec list: it goes with the box
    contact = ["Pressekontakt", "Stabsstelle Presse", "Tel.: 0351 463-12345", "E-Mail: presse@uni-lindenau.de"]
    kept = cleaner.clean_text("\n".join([a1, a2, a3, *contact, *tail])).split("\n")
    assert "E-Mail: presse@uni-lindenau.de" not in kept


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_de_4.py
    report(CASES)
    print("as German:")
    report(CASES, lambda case: judge(case, language="de"))
