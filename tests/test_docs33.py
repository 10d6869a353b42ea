# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""docs33: a probe of documentation, help-center, FAQ and how-to pages (a library's guide, an API reference page, a CLI
manual, a product's help-center article, an FAQ page, a public service's how-to, a consumer how-to), scraped as text
(half as an extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt, nl and pl: an
article made of SHORT lines without sentence punctuation, where over-stripping is likely.

- the article (must survive): code samples flattened to lines ("$ python -m pip install requests", ">>> import
  requests", "print(pd.__version__)", "}", "acme login"), parameter rows, numbered steps and steps naming a button
  ("Tap Clear cookies."), a menu's path as a step ("Go to Settings > Privacy > Cookies.", "Impostazioni > Sicurezza >
  Verifica in due passaggi" alone between two steps), sections' short headings ("Installation", "Parameters",
  "Opciones", "Troubleshooting"), notes ("Note", "Tip: …", "Importante: …"), FAQ questions and their one-line
  answers, version notes ("New in version 2.3.", "Changed in version 2.5: …");
- the residue: "Edit this page on GitHub", "Was this page helpful? Yes No" and its counts ("12 out of 40 found this
  helpful"), "Still need help? Contact support", a pager ("Previous" / "Next" and the neighbouring pages' titles),
  "On this page" with its entries (over the article or, as a docs sidebar prints it, under it), version and language
  pickers ("v2.1 ▾", "latest ▾", "English ▾"), "Copy" / "Copied!" buttons, breadcrumbs, search boxes ("Search docs…
  ⌘K", "Dokumentation durchsuchen"), skip links, related articles, cookie and copyright lines.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, and a page's "Last updated …" or
"Stand: …" date line, which the task leaves either way: written ``R`` in round 1 on six pages and retagged ``T`` before
the numbers below were measured, as the task asks; the scripts' lines of round 2's news page, which are no article's
and no shape of residue's either).

- round 1, blind (written before reading the passes): 24 pages, 261 ``A`` lines, 200 ``R``, 30 ``T``.
- round 2, after the changes, aimed at them: 6 pages, 51 ``A``, 33 ``R``: a news article with a tracking script's two
  lines over its footer menu (the menu must still go), menu paths as steps without a full stop between two sentences
  (de, it) and the same path as a breadcrumb over the headline and over the footer (still going), a footer's
  "Remarque : …" notice under its menu (the menu must still go), a manual's "Contenido de la caja" list that heads no
  section (stays) and a sidebar's "En esta página" whose entries do (goes), an SDK reference page with "param (type) –
  …" rows, a Python sample, pickers ("English ▾", "v3.0 ▾") and a sentence naming a "Share ▾" menu.

Measured on main 12a90ac: round 1 lost 15, left 54 (with each page's language forced: the same 15, left 54). The
losses: es's CLI guide lost 9 lines (its install commands, "acme login", its sections' headings: the page's last
sentence of 12 words or more is its first, so edge-furniture read everything under it as the page's footer run and
took the code and the headings with the pager); en's CLI manual lost "Troubleshooting" and "error: failed to push some
refs" the same way; en's API reference lost "Changed in version 2.5: …" to detached-blocks (its code sample's four
lines read as a gap of furniture parting it from the article); three steps naming a menu's path ("Go to Settings >
Privacy > Cookies.", "Allez dans Paramètres > Développeurs > Clés API.", "Unter Mein Konto > Bestellungen > Rechnung
herunterladen.") went to site-chrome's breadcrumb pattern. Round 2 on main: lost 2 (de's and it's paths alone between
two steps, the breadcrumb pattern again), left 4 ("Search the docs...", "English ▾", "v3.0 ▾", es's "¿Te resultó útil
esta página?").

After: round 1 lost 0, left 15 (forced: 0, 12); round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what is left and why).
The changes, each with what it still takes and what it keeps (tests below):

- a line of code (``markdown.code_line``, new, shape only, case-sensitive): a prompt's command ("$ git push origin
  main", ">>> import requests"), an import, a call with its name glued to its brackets and a mark of code inside or
  empty brackets ("print(settings["port"])"; a prose's "item(s)" is none, nor a manual page's "timesyncd.conf(5)", a
  "See also" entry test_wiki29 tags residue), an assignment ('host = "0.0.0.0"'; not one
  closed by a full stop), a definition's head, a lone brace, a continued command ("… \\"), an option's row ("--region
  …"), a tool's error ("error: failed to push some refs"), a known program's lowercase command ("git status", "cd
  app"). The furniture test (``furniture._is_furniture``, the structure helper's file: one line, said in the report)
  now reads such a line as no furniture, as it did the command lines it knew: the API page's sample no longer parts
  its version note from the article (detached-blocks) and no run of furniture counts it.
- ``edge_lists.code_through`` (edge-furniture, tail): under the last long paragraph, the lines down to the last line
  of code or of the article's that follows it are the article's, each within three lines of the one before (one line
  another pass took may stand among them: "Iniciar sesión", a heading site-chrome reads as a menu's "Sign in"), two
  lines of code at least. The feedback box, pager and footer under the last command stand past that gap and still go
  (round 2's news page: a script's two lines over the footer menu keep nothing under them). It runs after the run's
  length is counted, as ``numbered_steps`` does: the headings it keeps still count in the page's run (placed before
  the count, it kept test_redteam14b's tutorial from reaching a run, and "¿Te ha sido útil este artículo?
  Compártelo" under its last sentence stayed: the first equivalence compare).
- ``edge_lists.note_through`` (edge-furniture, tail): a section closed by a labelled note ("Importante: si has
  cambiado de domicilio, lleva …"; the labels are the new family table ``structure.note_label``, per language)
  keeps its heading and items over it ("Documentación" / "DNI anterior" / …) when nothing another pass took stands
  between, no run of furniture is longer than three lines, and one line at least is no furniture (a numbered step).
  Found when es's feedback box began to go and tipped the run: a footer's notice under a menu that is all furniture
  keeps nothing (round 2's "Remarque : …"). After the count too.
- ``edge_lists.step_or_code_heading`` (site-chrome's ``spared``, the structure helper's file: one line): a line a
  chrome pattern took stays where it is a step naming a menu's path (a full stop after a lower-case letter, or alone
  between two of the article's sentences with no other hit beside it: a breadcrumb stands over the headline, among a
  site's links or over the footer, and still goes there, round 2, and so does one between two paragraphs of a story:
  test_passes' "Sport » Fußball » Bundesliga"), or a heading of up to three words (letters only) right by a line of
  code, no hit beside it (test_wiki29's 'Retrieved from "https://…"' under a manual's reference is no heading).
- ``edge_lists.toc_of_sections_above`` (table-of-contents, one call in its ``run``, the structure helper's file): a
  docs sidebar's "On this page" printed under the article, its entries again among the lines above it alone on their
  line, goes with them; the first line that heads no section above ends it ("Überblick", a pager's title stays for
  others to judge), and a kit's "Contenido de la caja" over items named nowhere stays.
- vocabulary, in ``docs33`` blocks: a picker's button closed by a dropdown's caret in any language (family
  ``widgets.chrome``: "v2.1 ▾", "latest ▾", "Version: 3.1 (aktuell) ▾", "English ▾"; "Tap the Share ▾ menu …" runs on
  and stays); per language (``widgets.chrome``) a docs site's search box ("Search the docs...", "Dokumentation
  durchsuchen", "Rechercher dans la documentation", "Buscar en la documentación", "Cerca nella documentazione",
  "Pesquisar na documentação", "Zoeken in de documentatie"), its edit link ("Diese Seite auf GitHub bearbeiten",
  "Modifier cette page sur GitHub", "Editar esta página no GitHub"), a help center's support call after its question
  ("Have more questions? Submit a request", "Noch Fragen? Kontaktieren Sie unseren Kundenservice", "¿Necesitas más
  ayuda? Contacta con nosotros", "Hai bisogno di ulteriore assistenza? Contattaci"), a help center's name alone ("Centro
  assistenza", "Centrum pomocy", also in ``chrome_heading``: between two paragraphs it heads a section and stays; es's
  "Centro de ayuda" left, see ``RESIDUE_LEFT``), de's "Leichte Sprache" / "Gebärdensprache" header links, nl's skip link "Naar inhoud springen";
  (``widgets.feedback``) "12 out of 40 found this helpful", "3 von 5 fanden dies hilfreich", "Rate this article",
  "Vous n'avez pas trouvé votre réponse ?", "¿Te resultó útil esta página?", "¿Esta información le ha sido útil?",
  "Ti è stata utile questa pagina?", "Avalie este artigo", "Heeft u gevonden wat u zocht?"; (``widgets.social``) de's
  "Kopiert!" and "Code kopieren" (a bare "Kopieren" may head a how-to's section: left).

Left alone (said in the report): a pager's neighbouring titles ("Überblick", "Pagination", "Instalação") on a page
with no sentence of twelve words or more, where edge-furniture does not judge the edges at all (a docs page's
sentences are short); a bare copy button ("Kopieren"), told only by its place beside a code sample; detection that
does not hold a short Dutch page to Dutch.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base33b (main 12a90ac): no dev or fixture input moved; of the old probes, eleven
pages moved, each for the better or the same: test_genre25's de_docs_extract loses its "Diese Seite bearbeiten"
(``R``, left on main); the others lose the same ``R`` lines by another pass (site-chrome's new entries instead of
edge-furniture: "Leichte Sprache" / "Gebärdensprache" in test_lang_de's naive_municipal, test_lang_de_2's
naive_events, test_lang_de_4's buergeramt and test_release33's de_ministerium_full; the search box and edit link of
test_lang_de_4's, test_lang_en_3's and test_lang_fr_4's docs_howto and test_lang_es_3's and test_lang_it_3's docs;
test_wiki29's en_mediawiki_tech's "View source").

``python tests/test_docs33.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    assert_survives,
    forced_language_test,
    lost,
    removed,
    report,
    tagged_probe_tests,
    with_line,
)

import cleaner
from cleaner.passes.markdown import code_line

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_requests_guide_full": """\
R Skip to main content
R Search docs… ⌘K
R v2.32 ▾
R Docs › User Guide › Quickstart
R On this page
R Make a Request
R Passing Parameters In URLs
R Response Content
R Timeouts
T Quickstart
A Eager to get started? This page gives a good introduction in how to get started with Requests.
A Installation
A To install Requests, simply run this command in your terminal of choice:
A $ python -m pip install requests
R Copy
A Make a Request
A Making a request with Requests is very simple.
A Begin by importing the Requests module:
A >>> import requests
A Now, let's try to get a webpage. For this example, let's get GitHub's public timeline:
A >>> r = requests.get('https://api.github.com/events')
R Copy
A Now, we have a Response object called r. We can get all the information we need from this object.
A Timeouts
A You can tell Requests to stop waiting for a response after a given number of seconds with the timeout parameter.
A >>> requests.get('https://github.com/', timeout=0.001)
A Note
A timeout is not a time limit on the entire response download; rather, an exception is raised if the server has not issued a response for timeout seconds.
R Edit this page on GitHub
R Previous
R Installation of Requests
R Next
R Advanced Usage
R © Copyright 2023, Kenneth Reitz. Licensed under Apache 2.0.
""",
    "en_api_reference_extract": """\
T parse_config
A Read a configuration file and return its settings as a dictionary.
A New in version 2.3.
A Signature
A parse_config(path, *, strict=False, encoding="utf-8")
A Parameters
A path  str | Path  The file to read.
A strict  bool  Raise on unknown keys instead of ignoring them.
A encoding  str  The text encoding of the file.
A Returns
A dict  The settings, with defaults filled in.
A Raises
A ConfigError  If the file cannot be parsed.
A Example
A from myapp.config import parse_config
A settings = parse_config("app.toml", strict=True)
A print(settings["port"])
A Changed in version 2.5: encoding defaults to utf-8 on every platform.
R Was this page helpful?
R Yes
R No
""",
    "en_cli_manual_full": """\
R GitLab Docs
R Search GitLab documentation
R Docs / Tutorials / Git / Push
R v17.0 ▾
T Push changes to a remote repository
A After you commit your changes locally, push them to the remote repository so that others can see them.
A Prerequisites
A You must have at least the Developer role for the project.
A To push your branch:
A 1. Open a terminal in the repository folder.
A 2. Check which branch you are on:
A git status
A 3. Push the branch and set its upstream:
A $ git push -u origin main
A 4. Enter your username and personal access token when prompted.
A If the push is rejected because the remote contains work you do not have, pull first:
A git pull --rebase origin main
A Warning: Do not use git push --force on a shared branch.
A Troubleshooting
A error: failed to push some refs
A This error means your local branch is behind the remote branch.
R Was this page helpful?
R Yes No
R Help & feedback
R Edit this page
R Create an issue
T Last updated: 2024-05-03
R Docs
R Tutorials
R Get started
R Use Git
R © 2024 GitLab B.V.
""",
    "en_helpcenter_article_full": """\
R Acme Help Center
R Search for articles...
R Submit a request
R Sign in
R Acme Help Center > Account & Privacy > Cookies
T How do I clear cookies in the Acme app?
T Updated 3 months ago
R Follow
A Clearing cookies can fix sign-in problems and pages that do not load properly.
A In the app
A Open the Acme app.
A Tap your profile picture in the top right.
A Go to Settings > Privacy > Cookies.
A Tap Clear cookies.
A Tap Confirm.
A In a browser
A Click the menu icon and choose Settings.
A Select Privacy and security, then Clear browsing data.
A Tick Cookies and other site data and click Clear data.
A Tip: After clearing cookies you will need to sign in again on every device.
R Was this article helpful?
R 12 out of 40 found this helpful
R Have more questions? Submit a request
R Related articles
R How do I reset my password?
R Why can't I sign in?
R Managing notification settings
R Return to top
R We use cookies to improve your experience. Accept all
R © 2024 Acme Inc.
""",
    "en_passport_howto_extract": """\
T Renew your adult passport
A You can renew your passport online or by post.
A It costs £88.50 to renew online and £100 by post.
A Before you start
A You'll need a digital photo of yourself, a credit or debit card, and your old passport.
A How to renew online
A 1. Take a digital photo or get one from a photo booth.
A 2. Fill in the online application.
A 3. Pay the fee.
A 4. Send your old passport to the address on the confirmation email.
A How long it takes
A Allow up to 3 weeks.
A It may take longer if more information is needed.
A Do not book travel until you have a valid passport.
R Is this page useful?
R Yes
R No
R Report a problem with this page
""",
    # ===== de =====
    "de_library_guide_full": """\
R Zum Inhalt springen
R Dokumentation durchsuchen
R Version: 3.1 (aktuell) ▾
R Dokumentation › Erste Schritte › Installation
T Installation
A Diese Anleitung zeigt, wie Sie Pandas installieren und die Installation prüfen.
A Voraussetzungen
A Python 3.9 oder neuer
A pip 21 oder neuer
A Installation mit pip
A pip install pandas
R Kopieren
A Installation mit conda
A conda install -c conda-forge pandas
R Kopiert!
A Installation prüfen
A import pandas as pd
A print(pd.__version__)
A Hinweis: Unter Windows müssen Sie die Eingabeaufforderung eventuell als Administrator öffnen.
A Beispiel
A df = pd.DataFrame({"a": [1, 2, 3]})
A Neu in Version 2.0.
R Auf dieser Seite
R Voraussetzungen
R Installation mit pip
R Installation prüfen
R Diese Seite auf GitHub bearbeiten
R Zurück
R Überblick
R Weiter
R Datenstrukturen
R © 2024 Pandas-Team. Lizenziert unter BSD-3-Clause.
""",
    "de_faq_extract": """\
T Häufig gestellte Fragen
A Wie lange dauert die Lieferung?
A In der Regel zwei bis drei Werktage.
A Kann ich meine Bestellung ändern?
A Ja, solange sie noch nicht versandt wurde.
A Wie kann ich bezahlen?
A Per Rechnung, Kreditkarte oder PayPal.
A Wo finde ich meine Rechnung?
A Unter Mein Konto > Bestellungen > Rechnung herunterladen.
A Was kostet der Versand?
A Ab 50 Euro Bestellwert versenden wir kostenlos.
R War diese Antwort hilfreich?
R Ja
R Nein
R Noch Fragen? Kontaktieren Sie unseren Kundenservice
""",
    "de_behoerde_howto_full": """\
R Startseite
R Leichte Sprache
R Gebärdensprache
R Suche
R Sie sind hier: Startseite > Bürgerservice > Personalausweis beantragen
T Personalausweis beantragen
A Den Personalausweis beantragen Sie persönlich im Bürgeramt Ihres Wohnorts.
A Was brauche ich?
A ein aktuelles biometrisches Passfoto
A Ihren alten Personalausweis
A gegebenenfalls Ihre Geburtsurkunde
A So gehen Sie vor
A 1. Buchen Sie online einen Termin.
A 2. Bringen Sie alle Unterlagen mit.
A 3. Zahlen Sie die Gebühr vor Ort.
A Gebühren
A 37 Euro für Personen ab 24 Jahren
A 22,80 Euro für Personen unter 24 Jahren
A Bearbeitungsdauer
A Etwa drei bis vier Wochen
A Achtung: Ohne Termin ist keine Bearbeitung möglich.
R Seite drucken
R Seite teilen
T Stand: 12.03.2024
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    "de_hilfe_artikel_extract": """\
T Passwort zurücksetzen
A Wenn Sie Ihr Passwort vergessen haben, können Sie es in wenigen Schritten zurücksetzen.
A Öffnen Sie die Anmeldeseite.
A Klicken Sie auf Passwort vergessen?
A Geben Sie Ihre E-Mail-Adresse ein.
A Klicken Sie auf Link senden.
A Öffnen Sie die E-Mail und folgen Sie dem Link.
A Tipp: Prüfen Sie auch Ihren Spam-Ordner.
A Der Link ist 24 Stunden gültig.
R War dieser Artikel hilfreich?
R 3 von 5 fanden dies hilfreich
R Ähnliche Artikel
R E-Mail-Adresse ändern
R Konto löschen
""",
    # ===== fr =====
    "fr_doc_api_full": """\
R Aller au contenu
R Rechercher dans la documentation
R Documentation › Référence de l'API › Authentification
R v4 ▾
T Authentification
A Toutes les requêtes à l'API doivent être authentifiées avec une clé.
A Obtenir une clé
A Connectez-vous à votre tableau de bord.
A Allez dans Paramètres > Développeurs > Clés API.
A Cliquez sur Créer une clé.
A Utiliser la clé
A curl https://api.exemple.fr/v4/clients \\
A   -H "Authorization: Bearer VOTRE_CLE"
R Copier
A Paramètres
A limit  entier  Nombre de résultats (100 au maximum)
A offset  entier  Position du premier résultat
A Remarque : les clés de test commencent par sk_test_.
A Attention : ne publiez jamais votre clé dans un dépôt public.
R Cette page vous a-t-elle été utile ?
R Oui
R Non
R Sur cette page
R Obtenir une clé
R Utiliser la clé
R Précédent
R Pagination
R Suivant
R Erreurs
R Modifier cette page sur GitHub
""",
    "fr_faq_banque_extract": """\
T Questions fréquentes
A Comment activer ma carte ?
A Effectuez un premier paiement avec votre code.
A Que faire en cas de perte ?
A Faites opposition immédiatement depuis l'application ou au 09 69 39 77 77.
A Quel est le plafond de paiement ?
A 2 000 euros par mois, modifiable dans l'application.
A Puis-je utiliser ma carte à l'étranger ?
A Oui, sans frais dans la zone euro.
R Vous n'avez pas trouvé votre réponse ?
R Contactez-nous
""",
    "fr_demarche_passeport_full": """\
R Accueil
R Particuliers
R Menu
R Rechercher
R Accueil > Papiers - Citoyenneté > Passeport
T Passeport : comment faire la demande ?
T Vérifié le 01 janvier 2024 - Direction de l'information légale et administrative (Premier ministre)
A La demande de passeport se fait en mairie, après une pré-demande en ligne.
A Étapes
A 1. Faites votre pré-demande en ligne.
A 2. Prenez rendez-vous dans une mairie équipée.
A 3. Présentez-vous avec vos justificatifs.
A Pièces à fournir
A Photo d'identité de moins de 6 mois
A Justificatif de domicile
A Timbre fiscal de 86 €
A Délai
A Le délai dépend du nombre de demandes en cours.
A À savoir : le passeport d'un adulte est valable 10 ans.
R Cette page vous a-t-elle été utile ?
R Partager la page
R Imprimer
R Besoin d'aide ?
R Nous contacter
""",
    "fr_aide_appli_extract": """\
T Modifier votre photo de profil
A Vous pouvez changer votre photo de profil à tout moment.
A Appuyez sur votre photo en haut à droite.
A Sélectionnez Modifier le profil.
A Appuyez sur Changer la photo.
A Choisissez une photo dans votre galerie ou prenez-en une nouvelle.
A Appuyez sur Enregistrer.
A Astuce : une photo carrée s'affiche mieux.
R Articles associés
R Modifier votre nom d'utilisateur
R Supprimer votre compte
""",
    # ===== es =====
    "es_doc_cli_full": """\
R Saltar al contenido
R Buscar en la documentación
R Documentación › Guías › Primeros pasos
R latest ▾
T Primeros pasos con la CLI
A La interfaz de línea de comandos permite gestionar tus proyectos desde la terminal.
A Instalación
A npm install -g acme-cli
A Iniciar sesión
A acme login
A Se abrirá el navegador para que confirmes el acceso.
A Crear un proyecto
A acme init mi-proyecto
A cd mi-proyecto
A acme deploy
A Opciones
A --region  Región del despliegue
A --verbose  Muestra más información
A Nota: la opción --region es obligatoria en cuentas empresariales.
R ¿Te resultó útil esta página?
R Sí
R No
R Anterior
R Instalación
R Siguiente
R Configuración
R © 2024 Acme. Todos los derechos reservados.
""",
    "es_tramite_dni_extract": """\
T Cómo renovar el DNI
A Para renovar el DNI necesitas cita previa en una oficina de expedición.
A Pasos
A 1. Pide cita previa en la web o por teléfono.
A 2. Acude con una fotografía reciente.
A 3. Paga la tasa de 12 euros.
A Documentación
A DNI anterior
A Fotografía en color con fondo blanco
A Importante: si has cambiado de domicilio, lleva un certificado de empadronamiento.
R ¿Esta información le ha sido útil?
R Sí
R No
T Última actualización: 15/02/2024
""",
    "es_ayuda_faq_full": """\
R Centro de ayuda
R Buscar
R Iniciar sesión
R Centro de ayuda > Pedidos > Devoluciones
T Preguntas frecuentes sobre devoluciones
A ¿Cuánto tiempo tengo para devolver un producto?
A 30 días desde la entrega.
A ¿Cómo inicio una devolución?
A Ve a Mis pedidos > Devolver artículo.
A ¿Quién paga el envío?
A La devolución es gratuita en España peninsular.
A ¿Cuándo recibiré el reembolso?
A En un plazo de 5 a 7 días hábiles.
R ¿Necesitas más ayuda? Contacta con nosotros
R Artículos relacionados
R Cambiar la dirección de entrega
R Seguir mi pedido
R Usamos cookies para mejorar tu experiencia. Aceptar
""",
    # ===== it =====
    "it_guida_libreria_full": """\
R Vai al contenuto
R Cerca nella documentazione
R Documentazione › Guida › Configurazione
T Configurazione
A Il file di configurazione si trova nella cartella principale del progetto.
A Esempio
A [server]
A porta = 8080
A host = "0.0.0.0"
A Parametri
A porta  intero  La porta su cui il server ascolta
A host  stringa  L'indirizzo a cui collegarsi
A Nota: dopo ogni modifica riavviare il server.
A Novità nella versione 1.4.
R Questa pagina ti è stata utile?
R Sì
R No
R Modifica questa pagina
R Precedente
R Installazione
R Successivo
R Distribuzione
""",
    "it_faq_spid_extract": """\
T Domande frequenti
A Che cos'è SPID?
A È il sistema pubblico di identità digitale.
A Come si ottiene?
A Scegli un gestore e segui la procedura di registrazione.
A Quanto costa?
A Con molti gestori è gratuito.
A Serve un documento?
A Sì, un documento d'identità valido e la tessera sanitaria.
R Ti è stata utile questa pagina?
""",
    "it_aiuto_app_full": """\
R Centro assistenza
R Cerca un articolo
R Centro assistenza > Account > Notifiche
T Come disattivare le notifiche
A Puoi scegliere quali notifiche ricevere dall'app.
A Apri l'app.
A Tocca Profilo.
A Vai su Impostazioni > Notifiche.
A Disattiva le notifiche che non vuoi ricevere.
A Suggerimento: puoi disattivare tutte le notifiche dalle impostazioni del telefono.
R Hai bisogno di ulteriore assistenza? Contattaci
R Articoli correlati
R Cambiare la password
R Eliminare l'account
R © 2024 Acme S.r.l. - P.IVA 01234567890
""",
    # ===== pt =====
    "pt_doc_biblioteca_full": """\
R Pular para o conteúdo
R Pesquisar na documentação
R Documentação › Guia › Requisições
T Fazendo requisições
A Esta seção explica como enviar requisições HTTP com a biblioteca.
A Instalação
A pip install cliente-http
A Exemplo
A import cliente
A r = cliente.get("https://exemplo.com")
A print(r.status)
A Parâmetros
A url  str  O endereço do recurso
A timeout  float  Segundos de espera
A Observação: o tempo limite padrão é de 30 segundos.
R Esta página foi útil?
R Sim
R Não
R Editar esta página no GitHub
R Anterior
R Instalação
R Próximo
R Autenticação
""",
    "pt_como_renovar_cnh_extract": """\
T Como renovar a CNH
A A renovação da carteira de motorista pode ser feita pelo aplicativo.
A Passo a passo
A 1. Abra o aplicativo Carteira Digital de Trânsito.
A 2. Toque em Serviços.
A 3. Escolha Renovar CNH.
A 4. Agende o exame médico.
A 5. Pague a taxa.
A Atenção: a CNH vencida há mais de 30 dias não permite dirigir.
R Esta informação foi útil?
R Avalie este artigo
""",
    # ===== nl =====
    "nl_handleiding_full": """\
R Naar inhoud springen
R Zoeken in de documentatie
R Documentatie › Handleidingen › Back-ups
T Een back-up maken
A Met het commando backup maakt u een kopie van al uw gegevens.
A Gebruik
A $ tool backup --doel /mnt/schijf
A Opties
A --doel  De map waarin de back-up komt
A --comprimeer  Comprimeert de back-up
A Voorbeeld
A tool backup --doel /mnt/schijf --comprimeer
A Let op: de doelmap moet bestaan.
R Was deze pagina nuttig?
R Ja
R Nee
R Bewerk deze pagina
R Vorige
R Installatie
R Volgende
R Herstellen
""",
    "nl_paspoort_extract": """\
T Paspoort aanvragen
A U vraagt een paspoort aan bij de gemeente waar u woont.
A Wat neemt u mee?
A Een recente pasfoto
A Uw oude paspoort
A Hoe werkt het?
A 1. Maak online een afspraak.
A 2. Ga naar het gemeentehuis.
A 3. Betaal de kosten.
A Na ongeveer 5 werkdagen kunt u het paspoort ophalen.
T Laatst gewijzigd op 3 mei 2024
R Heeft u gevonden wat u zocht?
R Ja
R Nee
""",
    # ===== pl =====
    "pl_pomoc_full": """\
R Centrum pomocy
R Szukaj
R Centrum pomocy > Konto > Hasło
T Jak zmienić hasło?
A Hasło możesz zmienić w ustawieniach konta.
A Zaloguj się na swoje konto.
A Kliknij Ustawienia.
A Wybierz Bezpieczeństwo > Zmień hasło.
A Wpisz stare i nowe hasło.
A Kliknij Zapisz.
A Wskazówka: używaj co najmniej 12 znaków.
R Czy ten artykuł był pomocny?
R Tak
R Nie
R Powiązane artykuły
R Jak usunąć konto?
R Jak włączyć weryfikację dwuetapową?
""",
    # ===== ROUND 2 (aimed at the changes: controls that must survive, and residue the new rules must not keep) =======
    "en_news_tail_script_r2": """\
T Council approves new cycle lanes for the city centre
A The city council approved on Tuesday a plan to build six kilometres of protected cycle lanes in the centre by 2026.
A The lanes will run along Market Street, the river embankment and the station approach, replacing two lanes of parking.
A Shop owners on Market Street said they feared losing customers who arrive by car, and asked for a loading bay on every block.
A The council's transport chief said deliveries would be allowed before ten in the morning and after six in the evening.
A Import duties on bicycle parts, which rose last year, were not part of the debate, though several councillors mentioned them.
A Work on the first section is due to start in the spring, once the contracts have been signed.
T window.dataLayer = window.dataLayer || [];
T gtag('config', 'G-XXXX');
R Home
R News
R Sport
R Contact us
R Privacy policy
R © 2024 City Gazette
""",
    "de_ratgeber_pfad_r2": """\
R Startseite > Ratgeber > Technik
T So schalten Sie die Standortfreigabe am Smartphone aus
A Viele Apps fragen nach dem Standort, obwohl sie ihn für ihre Funktion gar nicht brauchen.
A Wer das einschränken möchte, findet die Einstellung bei den meisten Android-Geräten an derselben Stelle.
A Öffnen Sie zuerst die Einstellungen.
A Einstellungen > Standort > App-Berechtigungen
A Tippen Sie dort auf die App, deren Zugriff Sie ändern wollen.
A Wählen Sie „Nicht zulassen“ oder „Nur während der Nutzung der App zulassen“.
A Auf dem iPhone finden Sie die Option unter Einstellungen > Datenschutz & Sicherheit > Ortungsdienste.
A Die Verbraucherzentrale empfiehlt, die Freigaben alle paar Monate zu überprüfen, weil Updates sie zurücksetzen können.
R Startseite > Ratgeber > Technik
R Impressum
R Datenschutz
R Kontakt
""",
    "fr_pied_de_page_note_r2": """\
T La médiathèque rouvre après deux ans de travaux
A La médiathèque municipale rouvre ses portes samedi après deux ans de travaux de rénovation et d'agrandissement.
A Le bâtiment compte désormais un espace jeunesse de 300 mètres carrés, une salle de jeux vidéo et un studio d'enregistrement.
A Les horaires d'ouverture ont été élargis : la médiathèque sera ouverte le dimanche matin et jusqu'à 20 heures le mercredi.
A L'inscription reste gratuite pour les habitants de la commune et coûte 15 euros par an pour les autres.
A Le maire a promis une programmation de concerts et de lectures dès le mois de septembre.
R Accueil
R Agenda
R Vie municipale
R Démarches
T Remarque : les informations de ce site sont données à titre indicatif.
R Mentions légales
R Plan du site
""",
    "es_manual_contenido_r2": """\
T Manual de la cafetera Expreso 3000
A Gracias por comprar la cafetera Expreso 3000. Lea este manual con atención antes de usarla por primera vez.
A Contenido de la caja
A Cafetera
A Depósito de agua
A Portafiltro con dos filtros
A Cuchara dosificadora
A Primer uso
A Llene el depósito con agua fría hasta la marca MAX y colóquelo en su sitio.
A Pulse el botón de encendido y espere a que la luz deje de parpadear.
A Deje correr dos tazas de agua sin café para limpiar el circuito.
A Limpieza
A Vacíe la bandeja de goteo cada día y descalcifique la cafetera cada tres meses.
R En esta página
R Primer uso
R Limpieza
R ¿Te resultó útil esta página?
R Sí
R No
""",
    "en_sdk_reference_r2": """\
R Search the docs...
R English ▾
R v3.0 ▾
T Client.upload
A Uploads a file to a bucket and returns the object's metadata once the upload has finished.
A Parameters
A bucket (str) – The name of the bucket.
A path (str) – The local path of the file.
A overwrite (bool) – Replace an object of the same name. Defaults to False.
A Example
A client = Client(token=os.environ["TOKEN"])
A meta = client.upload("photos", "cat.jpg", overwrite=True)
A print(meta.size)
A Tip: Tap the Share ▾ menu in the console to copy an object's public link.
A Changed in version 3.0: overwrite is now keyword-only.
R Previous
R Client.download
R Next
R Client.delete
""",
    "it_guida_passi_r2": """\
T Come attivare la verifica in due passaggi
A La verifica in due passaggi protegge il tuo account anche se qualcuno scopre la password.
A Per attivarla servono pochi minuti e il tuo numero di cellulare.
A Passaggi
A Apri l'app sul telefono.
A Impostazioni > Sicurezza > Verifica in due passaggi
A Tocca Attiva e inserisci il tuo numero.
A Inserisci il codice che ricevi via SMS.
A Attenzione: conserva i codici di recupero in un luogo sicuro.
A Da quel momento, a ogni accesso da un nuovo dispositivo ti verrà chiesto un codice.
R Articoli correlati
R Cambiare la password
R Hai bisogno di ulteriore assistenza? Contattaci
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Kopieren" (a bare copy button: the word alone may head a how-to's section, and only its place by a code sample
    # tells it), and the pager's titles "Überblick" / "Datenstrukturen" under "Zurück" / "Weiter" (site-chrome takes
    # the pager's words; the titles are short lines no table knows, which edge-furniture takes only on a page with a
    # sentence of twelve words or more to anchor its edges, and this page has none)
    "de_library_guide_full": 3,
    # "Centro de ayuda", the help center's name over its breadcrumb: es's table leaves it (taken, it left the headline
    # the page's first line, which a second cleaning then took as a title: the page's language, not yet told on the
    # first cleaning, makes the question under the headline prose only on the second)
    "es_ayuda_faq_full": 1,
    # "Besoin d'aide ?" alone: the question may head an article's section; only with its call ("… Contactez-nous") it goes
    "fr_demarche_passeport_full": 1,
    # the pager's titles "Pagination" / "Erreurs" (no anchoring sentence: see de_library_guide_full)
    "fr_doc_api_full": 2,
    # "Eliminare l'account", the last related article's title: the teaser box's run ends at the support call over it
    "it_aiuto_app_full": 1,
    # the pager's titles "Installazione" / "Distribuzione" (no anchoring sentence: see de_library_guide_full)
    "it_guida_libreria_full": 2,
    # "Heeft u gevonden wat u zocht?" and its "Ja" / "Nee": the page is too short for detection to tell Dutch, and the
    # English tables read it (with nl forced, all three go: test_the_pages_with_their_language_forced)
    "nl_paspoort_extract": 3,
    # the pager's titles "Instalação" / "Autenticação" (no anchoring sentence: see de_library_guide_full)
    "pt_doc_biblioteca_full": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a how-to or a news story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Clearing cookies can fix sign-in problems and pages that do not load properly in the app or in a browser.",
        "After clearing them you will need to sign in again on every device where you use your account.",
        "If the problem continues, the support team can check your account's settings for you.",
    ],
    "de": [
        "Den Personalausweis beantragen Sie persönlich im Bürgeramt Ihres Wohnorts, nachdem Sie online einen Termin gebucht haben.",
        "Bringen Sie ein aktuelles biometrisches Passfoto und Ihren alten Ausweis zu dem Termin mit.",
        "Die Gebühr beträgt 37 Euro für Personen ab 24 Jahren und wird direkt vor Ort bezahlt.",
    ],
    "fr": [
        "La demande de passeport se fait en mairie, après une pré-demande en ligne sur le site de l'agence nationale.",
        "Il faut présenter une photo d'identité récente, un justificatif de domicile et un timbre fiscal.",
        "Le délai de fabrication dépend du nombre de demandes en cours dans le département.",
    ],
    "es": [
        "Para renovar el DNI necesitas cita previa en una oficina de expedición de la Policía Nacional de tu provincia.",
        "Debes llevar una fotografía reciente en color con fondo blanco y el documento anterior.",
        "La tasa cuesta 12 euros y se paga en la misma oficina el día de la cita.",
    ],
    "it": [
        "Puoi scegliere quali notifiche ricevere dall'app e disattivare quelle che non ti interessano in pochi passaggi.",
        "Le impostazioni valgono per tutti i dispositivi collegati al tuo account.",
        "Se non ricevi più nessuna notifica, controlla anche le impostazioni del telefono.",
    ],
    "pt": [
        "A renovação da carteira de motorista pode ser feita pelo aplicativo, sem precisar ir ao posto de atendimento.",
        "É preciso agendar o exame médico e pagar a taxa antes de enviar o pedido.",
        "A nova carteira fica disponível no aplicativo alguns dias depois da aprovação.",
    ],
    "nl": [
        "U vraagt een paspoort aan bij de gemeente waar u woont, nadat u online een afspraak hebt gemaakt.",
        "Neem een recente pasfoto en uw oude paspoort mee naar de afspraak in het gemeentehuis.",
        "Na ongeveer vijf werkdagen kunt u het nieuwe paspoort ophalen aan de balie.",
    ],
    "pl": [
        "Hasło do konta możesz zmienić w każdej chwili w ustawieniach, po zalogowaniu się na stronie lub w aplikacji.",
        "Nowe hasło powinno mieć co najmniej dwanaście znaków i nie powtarzać starych haseł.",
        "Po zmianie hasła zostaniesz wylogowany ze wszystkich innych urządzeń.",
    ],
}

_CH, _FB, _SO = "site-chrome", "feedback-prompt", "social-buttons"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Search the docs...", _CH),
    ("en", "Search GitLab documentation", _CH),
    ("en", "Edit this page on GitHub", _CH),
    ("en", "Have more questions? Submit a request", _CH),
    ("en", "Still need help? Contact support", _CH),
    ("en", "v2.1 ▾", _CH),
    ("en", "latest ▾", _CH),
    ("en", "English ▾", _CH),
    ("en", "12 out of 40 found this helpful", _FB),
    ("en", "Rate this article", _FB),
    ("de", "Dokumentation durchsuchen", _CH),
    ("de", "Diese Seite auf GitHub bearbeiten", _CH),
    ("de", "Leichte Sprache", _CH),
    ("de", "Gebärdensprache", _CH),
    ("de", "Noch Fragen? Kontaktieren Sie unseren Kundenservice", _CH),
    ("de", "Version: 3.1 (aktuell) ▾", _CH),
    ("de", "Kopiert!", _SO),
    ("de", "Code kopieren", _SO),
    ("de", "3 von 5 fanden dies hilfreich", _FB),
    ("fr", "Rechercher dans la documentation", _CH),
    ("fr", "Modifier cette page sur GitHub", _CH),
    ("fr", "Besoin d'aide ? Contactez-nous", _CH),
    ("fr", "Vous n'avez pas trouvé votre réponse ?", _FB),
    ("es", "Buscar en la documentación", _CH),
    ("es", "Editar esta página en GitHub", _CH),
    ("es", "¿Necesitas más ayuda? Contacta con nosotros", _CH),
    ("es", "¿Te resultó útil esta página?", _FB),
    ("es", "¿Esta información le ha sido útil?", _FB),
    ("it", "Cerca nella documentazione", _CH),
    ("it", "Hai bisogno di ulteriore assistenza? Contattaci", _CH),
    ("it", "Centro assistenza", _CH),
    ("it", "Ti è stata utile questa pagina?", _FB),
    ("pt", "Pesquisar na documentação", _CH),
    ("pt", "Editar esta página no GitHub", _CH),
    ("pt", "Avalie este artigo", _FB),
    ("nl", "Naar inhoud springen", _CH),
    ("nl", "Zoeken in de documentatie", _CH),
    ("pl", "Centrum pomocy", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Search the docs for the word timeout and you will find three pages that explain it."),
    ("en", "Have more questions? The council will hold a public meeting on the plan in May."),
    ("en", "Tap the Share ▾ menu in the console to copy the link."),
    ("en", "Twelve out of 40 testers found the new menu helpful, the company said."),
    ("de", "Leichte Sprache hilft Menschen mit Lernschwierigkeiten, Texte besser zu verstehen."),
    ("de", "Die Dokumentation durchsuchen zu können, ist für Entwickler besonders wichtig, sagt die Studie."),
    ("de", "Noch Fragen? Die Stadt lädt am Montag zu einer Bürgerversammlung ins Rathaus ein."),
    ("fr", "Besoin d'aide ? La mairie ouvre un guichet spécial le samedi matin pendant tout l'été."),
    ("fr", "Vous n'avez pas trouvé de logement ? La ville propose une aide aux étudiants cette année."),
    ("es", "El centro de ayuda de la ciudad atendió a 300 familias el año pasado."),
    ("es", "¿Te resultó útil esta página? Esa pregunta aparece en casi todos los sitios de ayuda, explica el estudio."),
    ("it", "Il centro assistenza dell'azienda ha ricevuto più di mille chiamate in una settimana."),
    ("pt", "Avalie este artigo com calma antes de decidir, recomenda o professor aos alunos."),
    ("nl", "Heeft u gevonden wat u zocht? Dan kunt u het formulier direct online invullen en opsturen."),
    ("pl", "Centrum pomocy dla ofiar powodzi działa w szkole przy ulicy Długiej."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    "line",
    [
        "$ python -m pip install requests",
        ">>> import requests",
        "import os",
        "from myapp.config import parse_config",
        "print(settings[\"port\"])",
        "parse_config(path, *, strict=False, encoding=\"utf-8\")",
        'host = "0.0.0.0"',
        "df = pd.DataFrame({\"a\": [1, 2, 3]})",
        "def parse(path):",
        "class Config:",
        "}",
        "curl https://api.exemple.fr/v4/clients \\",
        "--region Región del despliegue",
        '-H "Authorization: Bearer TOKEN"',
        "error: failed to push some refs",
        "git status",
        "cd mi-proyecto",
        "tool backup --doel /mnt/schijf --comprimeer",
    ],
)
def test_a_line_of_code_is_told(line: str) -> None:
    assert code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Select the item(s) you want to delete.",
        "Import duties rose in March.",
        "Price = quality, says the founder.",
        "Installation",
        "Settings > Privacy > Cookies",
        "Click Save",
        "Tap Share",
        "$5 million was raised",
        "- item one",
        "Note: this is it.",
        "Privacy (EU)",
        "go to settings",
        "Home > News",
        "Contact us: 555 123",
        "E-mail: info@example.org",
        "timesyncd.conf(5)",
    ],
)
def test_lines_like_code_that_are_not(line: str) -> None:
    assert not code_line(line)


#: a how-to's text under its last long paragraph: sections' headings between its commands
_DOCS_TAIL = [
    "The command line tool lets you manage every project of your account from a terminal, without opening the browser.",
    "Install",
    "npm install -g acme-cli",
    "Log in",
    "acme login",
    "Your browser opens so that you can confirm the access.",
    "Create a project",
    "acme init my-project",
    "cd my-project",
    "acme deploy",
    "Options",
    "--region The region to deploy to",
    "Note: the region is required on business accounts.",
]


def test_a_docs_pages_commands_and_headings_under_its_last_paragraph_stay() -> None:
    footer = ["Was this page helpful?", "Yes", "No", "Previous", "Installation", "Next", "Configuration", "© 2024 Acme Inc."]
    result = cleaner.explain_text("\n".join(["Getting started with the CLI", *_DOCS_TAIL, *footer]))
    assert lost(_DOCS_TAIL, result) == [], removed(result)
    assert [line for line in footer if line in result.text.split("\n")] == []


def test_a_script_over_the_footer_keeps_no_menu() -> None:
    # (two lines of a tracking script right under the last paragraph: lines of code, and nothing under them is kept)
    text = [
        "The city council approved on Tuesday a plan to build six kilometres of protected cycle lanes in the centre by 2026.",
        "Work on the first section is due to start in the spring, once the contracts have been signed by the council.",
    ]
    menu = ["Home", "News", "Sport", "Contact us", "Privacy policy"]
    result = cleaner.explain_text("\n".join([*text, "window.dataLayer = window.dataLayer || [];", "gtag('js', new Date());", *menu]))
    assert lost(text, result) == []
    assert [line for line in menu if line in result.text.split("\n")] == []


def test_a_notice_under_a_footer_menu_keeps_no_menu() -> None:
    text = TEXT["de"]
    menu = ["Startseite", "Bürgerservice", "Aktuelles", "Rathaus"]
    result = cleaner.explain_text("\n".join([*text, *menu, "Hinweis: Alle Angaben ohne Gewähr.", "Impressum", "Datenschutz"]))
    assert lost(text, result) == []
    assert [line for line in menu if line in result.text.split("\n")] == []


@pytest.mark.parametrize(
    "line",
    [
        "Go to Settings > Privacy > Cookies.",
        "Unter Mein Konto > Bestellungen > Rechnung herunterladen.",
        "Allez dans Paramètres > Développeurs > Clés API.",
    ],
)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_step_naming_a_menus_path_stays(line: str, position: str) -> None:
    assert_survives(with_line(TEXT["en"], line, position))


def test_a_menus_path_alone_between_two_steps_stays_and_a_breadcrumb_goes() -> None:
    steps = ["Open the app on your phone.", "Settings > Privacy > Location", "Tap the app whose access you want to change."]
    page = [TEXT["en"][0], *steps, *TEXT["en"][1:]]
    result = cleaner.explain_text("\n".join(["Home > Help > Privacy", "How to turn off location sharing", *page]))
    assert lost(page, result) == [], removed(result)
    assert ("site-chrome", "Home > Help > Privacy") in removed(result)


def test_a_sidebars_contents_under_the_article_goes_and_a_kits_contents_stays() -> None:
    page = [
        "Thank you for buying the Espresso 3000 coffee machine. Read this manual before you use it for the first time.",
        "In the box",
        "Coffee machine",
        "Water tank",
        "First use",
        "Fill the tank with cold water up to the MAX mark and put it back in its place.",
        "Cleaning",
        "Empty the drip tray every day and descale the machine every three months.",
    ]
    sidebar = ["On this page", "First use", "Cleaning"]
    result = cleaner.explain_text("\n".join([*page, *sidebar]))
    assert lost(page, result) == [], removed(result)
    # (the heading may go first as site-chrome's "On this page"; its entries go as the table's)
    assert [(r.pass_name, r.text) for r in result.removed][1:] == [("table-of-contents", "First use"), ("table-of-contents", "Cleaning")]
    assert result.text.split("\n")[-1] == page[-1]


def test_the_dutch_page_prompt_goes_with_its_buttons_as_dutch() -> None:
    # (three sentences and the prompt are too short a text for detection to hold to Dutch: the language given)
    page = [*TEXT["nl"], "Heeft u gevonden wat u zocht?", "Ja", "Nee"]
    result = cleaner.explain_text("\n".join(page), language="nl")
    assert [r.pass_name for r in result.removed] == ["feedback-prompt"] * 3
    assert lost(TEXT["nl"], result) == []


if __name__ == "__main__":
    report(CASES)
