# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""tech38: a probe of tech news and software release pages, scraped as text (half as an extractor leaves them, half as
all the visible text of the page), in en, de, fr, es, it, pt and nl: a phone's launch with its spec list, an outage
story, an AI story, release notes and changelogs posted on blogs and news sites, security advisories, developer blog
posts with inline commands, app update notes, a tech site's how-to.

- the article (``A``): version headings ("Version 2.4.0", "Versión 2.24.5"), release stamps as the notes' field
  ("Released: March 4, 2024"), section headings ("New features", "Bug fixes", "Neu:", "Behoben:", "Corrigé :",
  "Nuevo:", "Novità", "Correções"), changelog items without sentence punctuation ("Fixed a crash when closing a cursor
  twice", "Added support for …"), spec rows ("Display: 6.7-inch OLED, 120Hz", "Akku: 4.000 mAh", "Prix : à partir de
  1 999 €"), advisory fields ("CVE-2024-21762", "Severity: Critical", "Affected versions: < 3.2.1", "Fixed in: 3.2.1",
  "Workaround:"), inline commands ("pip install --upgrade acme-db", "git fetch --prune"), steps of a how-to;
- the residue (``R``): "Download now", "Get it on Google Play", "Available on the App Store", GitHub star counts, "Edit
  this page", "View on GitHub", "Was this page helpful?", newsletter prompts, share rows, menus, bylines and stamps,
  "Related articles", cookie banners, footers;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (11 extracts, 13 full pages), 234 ``A`` lines, 286
  ``R``, 24 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages (3 extracts, 3 full pages), 40 ``A``, 43 ``R``, 6 ``T``: an
  advisory box whose CVE id is a labelled row, under a menu and its stamp row (en); a CVE id alone under a short lead
  (de); a .gitignore's lines between a step and the next sentence (en) and a footer's domain links under the text,
  over no sentence (es, they go); an advisory box with no CVE id, its label between its rows (pt); a release's
  "Version 3.0.21" heading (figures a date's shape reads as day 3, month 0) under a byline joined to its stamp by
  "le" (fr).

Measured on main bf7f8dd: round 1 lost 9, left 2; round 2 lost 7, left 3. The losses: a developer post's
.dockerignore lines ("node_modules", ".git", "*.log": edge-furniture's tail run), the advisory fields at a full
page's head ("Codice: AL01/240315/CSIRT-ITA", "CVE: CVE-2024-27956", "Gravità: Alta", "Prodotti interessati:", "CVE:
CVE-2024-3400", "Severity: Critical", "Affected versions:"; "CVE-2024-0402", "CVE-2024-28995" alone under a lead
too short to anchor: edge-furniture's head run), es's "Recursos afectados:" between its box's rows (the same),
"Version 3.0.21" (dateline: "(weekday) d.m.yy") and with it the notes' labels under it ("Nouveautés :", "Corrigé :":
the tail run, which the removed heading parted from the text). Left: "¿Te ha resultado útil esta información?", fr's
byline glued to its stamp by "le" ("Par Claire Dubois le 10/07/2024 à 16:05", twice), pt's "Alertas" and "Subscrever
alertas".

After: round 1 lost 0, left 2; round 2 lost 0, left 3 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_tech.py`` (compiled with the other edge modules, ``setup.py``), and a table:

- ``advisory_head`` (edge-furniture's guard at the head): the fields of a box holding a CVE id, from it up and down
  over the lines that stay, labelled rows, labels closed by a colon and CVE ids, but for a row whose value is a date
  alone; they count in the run (the menu over the box goes as before). A head's menu with no CVE id goes as before
  (tests).
- ``label_between_rows`` (edge-furniture's guard at the head): a label closed by a colon (up to four words, no
  figure) between two lines that stay ("Recursos afectados:"); a label in a menu's run still goes (test).
- ``file_list_tail`` (edge-furniture's guard at the tail): up to eight lines each one file name or pattern (a dot, a
  slash, a star or an underscore in one token: "node_modules", "*.log", "dist/") between a line of the article's that
  stays and a sentence that stays under them; a footer's domain links over no sentence still go (test).
- ``version_lines`` (dateline's guard): a version's word (en, de, fr, es, it, pt, nl, "release", "v") and a number of
  three or four parts is a release's heading, no date; "Montag 3.10.21" still goes (test).
- table: fr ``metadata.byline`` a byline joined to its date by "le" with no comma ("Par Claire Dubois le 10/07/2024 à
  16:05"); pt ``signup.newsletter`` a call to subscribe to a site's alerts, the verb and the list alone ("Subscrever
  alertas"); each with a sentence that stays in ``STAYS`` and ``fixtures/negatives``.

``python tests/test_tech38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a phone launch story as an extractor leaves it: the spec list as short label rows
    "en_phone_launch_extract": """\
T Pixel-style flagship arrives with a bigger battery and a brighter screen
R By Jordan Lee
R Published March 12, 2024 9:00 am ET
R Share
A The company unveiled its new flagship phone on Tuesday, promising two days of battery life and a display that is 40 percent brighter than last year's model.
A The phone goes on sale on March 21 in the US, the UK and Germany, starting at $799.
A Here are the key specs:
A Display: 6.7-inch OLED, 120Hz
A Processor: Tensor G4
A RAM: 12GB
A Storage: 128GB / 256GB / 512GB
A Battery: 5,000mAh
A Cameras: 50MP main, 48MP ultrawide, 48MP telephoto
A Price: from $799
A The company says the new chip is 20 percent faster at machine learning tasks, though we have not yet been able to test that claim.
A We'll have a full review in the coming weeks.
R Read more: The best Android phones of 2024
R Comments (34)
""",
    # ===== a release-notes post on a project blog, full page: version heading, date, sections, items
    "en_release_notes_full": """\
R Skip to content
R Blog
R Docs
R Download
R Community
R GitHub
R ★ 12.4k
R Search…
T Acme DB 2.4.0 released
R Posted by the Acme team on March 4, 2024
A We are pleased to announce the release of Acme DB 2.4.0, which brings faster queries, a new backup command and many fixes.
A Version 2.4.0
A Released: March 4, 2024
A New features
A Added support for JSON columns in secondary indexes
A Added the acme backup --incremental command
A Queries on partitioned tables are now up to 3x faster
A Improvements
A Reduced memory use during compaction by 30%
A Better error messages for invalid connection strings
A Bug fixes
A Fixed a crash when closing a cursor twice
A Fixed a memory leak in the replication client
A Fixed incorrect results for LIKE queries with trailing wildcards
A Breaking changes
A The legacy v1 wire protocol has been removed.
A To upgrade, run:
A pip install --upgrade acme-db
A Thanks to the 42 contributors who made this release possible!
R Edit this page
R View on GitHub
R Subscribe to our newsletter
R Your email address
R Subscribe
R © 2024 Acme Labs. All rights reserved.
R Privacy
R Terms
""",
    # ===== a security advisory as an extractor leaves it: the advisory fields
    "en_security_advisory_extract": """\
T Security advisory: remote code execution in Widget Server
A CVE-2024-21762
A Severity: Critical
A CVSS score: 9.8
A Affected versions: < 3.2.1
A Fixed in: 3.2.1
A A vulnerability in the request parser of Widget Server allows an unauthenticated attacker to execute arbitrary code by sending a crafted HTTP header.
A The issue was reported by an independent researcher on February 2 and fixed within 10 days.
A Workaround:
A Disable the legacy header parser by setting legacy_parser = false in server.conf.
A Users are strongly advised to upgrade to version 3.2.1 or later.
A Timeline
A 2024-02-02: Issue reported
A 2024-02-12: Fix released
A 2024-02-14: Advisory published
R Was this page helpful?
R Yes
R No
R Related articles
R How to update Widget Server on Linux
""",
    # ===== an outage story, full page of a tech site: menus, cookie banner, related, footer
    "en_outage_story_full": """\
R We use cookies and similar technologies to personalise content and analyse traffic. Accept all
R Reject all
R Cookie settings
R News
R Reviews
R How-to
R Deals
R Podcasts
R Newsletter
R Tech
R Cloud
T Major cloud outage takes down thousands of websites for hours
R Sarah Kim
R Mar 5, 2024 11:42 AM
A A major outage at one of the world's largest cloud providers took thousands of websites and apps offline on Tuesday.
A The problems began at about 7:30 a.m. Eastern time and lasted for nearly four hours, according to the company's status page.
A "We have identified the root cause and applied a fix," the company said in an update at 11:15 a.m.
A Among the services affected:
A Streaming apps
A Online banking
A Smart home devices
A The company blamed a faulty configuration change in a single region.
A It is the third major outage at the provider this year.
R Related articles
R The best VPNs for 2024
R How to check if a website is down
R Follow us
R Facebook
R X
R YouTube
R About us
R Contact
R Privacy policy
R © 2024 Tech Media Group
""",
    # ===== a developer blog post with inline commands (not fenced), as an extractor leaves it
    "en_dev_blog_extract": """\
T How we cut our Docker image size by 80%
R By Priya Nair · 8 min read
A Our main API image weighed 1.2 GB last year, which made deploys slow and expensive.
A Here is what we changed.
A 1. Use a slim base image
A We switched from python:3.12 to python:3.12-slim.
A FROM python:3.12-slim
A 2. Use multi-stage builds
A The build tools now live in a separate stage that is thrown away.
A RUN pip install --no-cache-dir -r requirements.txt
A 3. Add a .dockerignore file
A node_modules
A .git
A *.log
A The final image is now 240 MB.
A Deploys went from six minutes to under two.
R Tags: docker, devops, python
R Share on X
R Share on LinkedIn
R 12 comments
""",
    # ===== an AI story, full page of a news site
    "en_ai_story_full": """\
R Menu
R Search
R Sign in
R Subscribe
R Technology
R Artificial intelligence
T AI lab releases new model it says rivals human experts at coding
R By Alex Morgan, Technology reporter
R Published 4 hours ago
R Share
R Save
A An artificial intelligence lab released a new model on Wednesday that it says can write and debug software as well as experienced engineers on some tasks.
A The model scored 72% on a widely used coding benchmark, up from 49% for its predecessor.
A Critics say benchmarks do not reflect real-world work.
A "These numbers tell you very little about how the model behaves in a messy codebase," said one researcher.
A The model will be available to paying subscribers from today.
A It will cost $20 a month.
R More on this story
R Chip maker's shares surge on AI demand
R What is a large language model?
R Top stories
R Terms of use
R Privacy
R Cookies
R Copyright © 2024
""",
    # ===== a German app update note, extract: "Neu:" / "Behoben:"
    "de_app_update_extract": """\
T Banking-App: Das bringt das neue Update 5.2
R Von Thomas Müller
R 12.03.2024, 14:30 Uhr
A Die Bank hat ein Update für ihre App veröffentlicht, das vor allem Fehler behebt und eine neue Funktion für Daueraufträge bringt.
A Version 5.2.0
A Neu:
A Daueraufträge lassen sich jetzt direkt in der App ändern
A Unterstützung für Apple Pay bei Kreditkarten
A Verbessert:
A Schnellere Anmeldung mit Face ID
A Behoben:
A Absturz beim Öffnen von Kontoauszügen
A Fehlerhafte Anzeige des Kontostands im Dark Mode
A Das Update steht ab sofort im App Store und bei Google Play zum Download bereit.
R Jetzt herunterladen
R Im App Store laden
R Jetzt bei Google Play
R Mehr zum Thema
R Die besten Banking-Apps im Test
""",
    # ===== a German tech news story, full page: Smartphone-Test with Technische Daten
    "de_smartphone_full": """\
R Zum Inhalt springen
R Startseite
R News
R Tests
R Ratgeber
R Deals
R Newsletter
R Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.
R Akzeptieren
R Einstellungen
R Home
R Smartphones
T Neues Galaxy-Modell offiziell: Alle Daten und Preise
R Lisa Schmidt
R 17.01.2024, 19:15 Uhr
A Der Hersteller hat am Mittwochabend sein neues Spitzenmodell vorgestellt.
A Es kommt am 31. Januar in den Handel und kostet ab 899 Euro.
A Technische Daten
A Display: 6,2 Zoll, 120 Hz
A Prozessor: Snapdragon 8 Gen 3
A Arbeitsspeicher: 8 GB
A Speicher: 128 / 256 / 512 GB
A Akku: 4.000 mAh
A Gewicht: 167 Gramm
A Neu ist vor allem die KI-Funktion zur Live-Übersetzung von Telefonaten.
A Sieben Jahre lang soll es Sicherheitsupdates geben.
R Artikel teilen
R Facebook
R WhatsApp
R Das könnte Sie auch interessieren
R Die besten Smartphones 2024
R Impressum
R Datenschutz
R © 2024 Tech Verlag GmbH
""",
    # ===== a German security advisory (BSI-style), extract
    "de_sicherheitswarnung_extract": """\
T Kritische Sicherheitslücke in VPN-Software: Update dringend empfohlen
R 14.02.2024
A CVE-2024-21893
A Schweregrad: Hoch
A Betroffene Versionen: 9.x und 22.x
A Behoben in: 22.5R2.2
A Angreifer können über die Lücke ohne Anmeldung auf interne Systeme zugreifen.
A Die Lücke wird nach Angaben des Herstellers bereits aktiv ausgenutzt.
A Das BSI rät Administratoren, die bereitgestellten Updates umgehend einzuspielen.
A Workaround:
A Bis zur Installation des Updates sollte der Zugriff auf die Weboberfläche beschränkt werden.
R War dieser Artikel hilfreich?
R Ja
R Nein
R Newsletter abonnieren
""",
    # ===== a French release-notes page on a news site: "Nouveautés", "Corrigé :"
    "fr_mise_a_jour_full": """\
R Accueil
R Actualités
R Tests
R Bons plans
R Logiciels
R Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.
R J'accepte
R Paramétrer
T Firefox 124 : quoi de neuf dans la nouvelle version ?
R Par Julien Martin
R Publié le 19 mars 2024 à 10h12
A Mozilla a publié mardi la version 124 de son navigateur, disponible sur Windows, macOS et Linux.
A Nouveautés
A Prise en charge des clés d'accès sur macOS
A Nouvelle barre latérale pour l'IA
A Amélioré :
A Lecture des vidéos plus fluide sur Linux
A Corrigé :
A Un plantage au démarrage sur certains PC
A Onze failles de sécurité, dont trois critiques
A La mise à jour s'installe automatiquement.
A Pour la forcer, allez dans Menu > Aide > À propos de Firefox.
R Télécharger Firefox
R Partager sur Facebook
R Partager sur X
R À lire aussi
R Les meilleurs navigateurs en 2024
R Mentions légales
R Politique de confidentialité
""",
    # ===== a French phone story, extract
    "fr_smartphone_extract": """\
T Le nouveau smartphone pliable est officiel : prix, fiche technique et date de sortie
R Par Claire Dubois le 10/07/2024 à 16:05
R Partager
A Le fabricant a présenté mercredi son nouveau smartphone pliable, plus fin et plus léger que le précédent.
A Fiche technique
A Écran : 7,6 pouces, 120 Hz
A Processeur : Snapdragon 8 Gen 3
A Mémoire : 12 Go
A Batterie : 4 400 mAh
A Poids : 239 g
A Prix : à partir de 1 999 €
A Il sera disponible en France à partir du 24 juillet.
A Les précommandes sont ouvertes dès aujourd'hui.
R Disponible sur l'App Store
R Disponible sur Google Play
R Vous aimerez aussi
R Les meilleurs smartphones pliables
""",
    # ===== a Spanish app update / changelog, extract: "Nuevo:", "Corregido:"
    "es_novedades_extract": """\
T WhatsApp estrena versión: estas son todas las novedades
R Por María García
R 5 de marzo de 2024 - 12:30
A WhatsApp ha empezado a distribuir una nueva versión de su aplicación para Android e iOS.
A Versión 2.24.5
A Nuevo:
A Mensajes fijados en chats individuales
A Filtros de chats por no leídos
A Corregido:
A Un error que impedía enviar audios largos
A La actualización llegará de forma progresiva en las próximas semanas.
A Para comprobar si ya la tienes, ve a Ajustes > Ayuda > Info. de la aplicación.
R Descargar ahora
R Disponible en Google Play
R Consíguelo en el App Store
R Te puede interesar
R Los mejores trucos de WhatsApp
""",
    # ===== a Spanish outage story, full page
    "es_caida_full": """\
R Portada
R Tecnología
R Móviles
R Internet
R Ciencia
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Más información
T Caída mundial de Instagram y WhatsApp: miles de usuarios sin servicio
R Redacción
R Actualizado: 05/03/2024 17:45
A Instagram, WhatsApp y Facebook sufrieron este martes una caída que afectó a millones de usuarios en todo el mundo.
A El problema comenzó hacia las 16:20 hora peninsular.
A Los usuarios no podían iniciar sesión ni enviar mensajes.
A «Somos conscientes de que hay personas que tienen problemas para acceder a nuestros servicios», dijo un portavoz de la compañía.
A El servicio se restableció por completo dos horas después.
R Comparte esta noticia
R Facebook
R Twitter
R WhatsApp
R Noticias relacionadas
R Cómo saber si WhatsApp está caído
R Aviso legal
R Política de privacidad
R © 2024 Medios Digitales S.L.
""",
    # ===== a Spanish security advisory (INCIBE-style), full page
    "es_aviso_seguridad_full": """\
R Inicio
R Avisos de seguridad
R Ciudadanía
R Empresas
R Buscar
T Vulnerabilidad crítica en routers domésticos
R Fecha de publicación: 20/02/2024
A Importancia: 5 - Crítica
A Recursos afectados:
A Router modelo X1000, versiones anteriores a 1.4.2
A Router modelo X2000, versiones anteriores a 2.1.0
A Descripción:
A Se ha detectado una vulnerabilidad que permite a un atacante remoto tomar el control del dispositivo.
A Solución:
A Actualizar el firmware a la versión 1.4.2 o 2.1.0, según el modelo.
A CVE-2024-1234
A Detalle:
A La vulnerabilidad reside en el servicio web de administración.
R Etiquetas
R Actualización
R Vulnerabilidad
R ¿Te ha resultado útil esta información?
R Sí
R No
R Suscríbete a nuestros boletines
R Aviso legal
R Accesibilidad
""",
    # ===== an Italian changelog of an app on a tech site, extract: "Novità", "Correzioni"
    "it_aggiornamento_extract": """\
T iOS 17.4 disponibile: tutte le novità dell'aggiornamento
R di Marco Rossi
R 5 Marzo 2024
A Apple ha rilasciato iOS 17.4, un aggiornamento che introduce nuove emoji e le modifiche richieste dal Digital Markets Act.
A Novità
A Nuove emoji, tra cui il lime e la fenice
A Supporto per gli app store alternativi nell'Unione Europea
A Trascrizioni nei Podcast
A Correzioni
A Risolto un problema che impediva la sincronizzazione dei contatti
A Risolto un bug di Bluetooth nelle auto
A L'aggiornamento pesa circa 1,5 GB.
A Per installarlo andate in Impostazioni > Generali > Aggiornamento software.
R Condividi
R Leggi anche
R iPhone 16, cosa sappiamo finora
R Scarica l'app
""",
    # ===== an Italian tech news, full page: a new laptop with its Scheda tecnica
    "it_notebook_full": """\
R Vai al contenuto
R Home
R Notizie
R Recensioni
R Offerte
R Guide
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su Accetta acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
T Il nuovo ultrabook da 13 pollici arriva in Italia: prezzo e scheda tecnica
R Redazione
R 12 marzo 2024 ore 11:00
A Il nuovo ultrabook arriva in Italia con un processore di ultima generazione e un'autonomia dichiarata di 18 ore.
A Scheda tecnica
A Display: 13,6 pollici, 2560 x 1664
A Processore: M3
A Memoria: 8 GB
A Archiviazione: 256 GB
A Peso: 1,24 kg
A Prezzo: da 1.349 euro
A È disponibile da venerdì sul sito del produttore e nei negozi.
R Ti potrebbe interessare
R I migliori notebook del 2024
R Seguici su
R Facebook
R Instagram
R P.IVA 01234567890
R Privacy Policy
""",
    # ===== a Portuguese tech news (Brazilian), extract: a new feature, short lines
    "pt_recurso_extract": """\
T Google Maps ganha novo recurso de IA no Brasil; veja como usar
R Por Ana Souza
R 12/03/2024 10h30 Atualizado há 2 horas
A O Google anunciou nesta terça-feira um novo recurso de inteligência artificial para o Google Maps no Brasil.
A A ferramenta sugere lugares a partir de perguntas em linguagem natural.
A Veja como usar:
A Abra o app do Google Maps
A Toque na barra de pesquisa
A Digite sua pergunta
A O recurso está disponível para Android e iOS.
R Baixe agora
R Disponível no Google Play
R Baixar na App Store
R Leia também
R Como usar o Google Maps offline
R Receba as notícias do TechTudo no seu e-mail
""",
    # ===== a Portuguese release notes page (Portugal), full page
    "pt_notas_versao_full": """\
R Início
R Produtos
R Suporte
R Blogue
R Transferências
R Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização.
R Aceitar
T Notas de versão: Contabilidade Online 3.8
R Publicado em 04/03/2024
A A versão 3.8 da Contabilidade Online já está disponível para todos os clientes.
A Versão 3.8.0
A Novidades
A Exportação do SAF-T em lote
A Novo painel de tesouraria
A Correções
A Corrigido um erro no cálculo do IVA em faturas com desconto
A Corrigida a ordenação de documentos por data
A Não é necessário fazer nada: a atualização é automática.
R Esta página foi útil?
R Sim
R Não
R Partilhar
R Termos e condições
R Política de privacidade
R © 2024 SoftConta, Lda.
""",
    # ===== a Dutch tech news story, extract: a console with specs
    "nl_console_extract": """\
T Nieuwe spelcomputer officieel aangekondigd: dit zijn de specificaties
R Door Pieter de Vries
R 10 september 2024, 21:05
R Delen
A De fabrikant heeft dinsdagavond een krachtigere versie van zijn spelcomputer aangekondigd.
A Specificaties
A Gpu: 67 procent sneller
A Opslag: 2TB
A Wifi: 7
A Prijs: 799 euro
A Release: 7 november
A De nieuwe console heeft geen diskstation meer.
A Dat moet apart worden gekocht voor 120 euro.
R Reacties (212)
R Lees ook
R Dit zijn de beste games van 2024
""",
    # ===== a Dutch security story, full page
    "nl_beveiliging_full": """\
R Nieuws
R Reviews
R Downloads
R Forum
R Inloggen
R Deze website gebruikt cookies. Door verder te gaan ga je akkoord met ons cookiebeleid.
R Akkoord
R Instellingen
T Kritiek lek in populaire wachtwoordmanager gedicht
R Door Sanne Bakker
R 21-02-2024 • 09:30
A Een ernstig beveiligingslek in een populaire wachtwoordmanager is gedicht.
A CVE-2024-0402
A Ernst: Hoog
A Getroffen versies: 7.0 tot en met 7.4.3
A Opgelost in: 7.4.4
A Via het lek kon een aanvaller toegang krijgen tot de kluis van een gebruiker.
A Gebruikers wordt aangeraden de update zo snel mogelijk te installeren.
R Reacties (45)
R Deel dit artikel
R Gerelateerd nieuws
R Zo kies je een goede wachtwoordmanager
R Over ons
R Adverteren
R Privacy
""",
    # ===== a Dutch how-to on a tech site, extract with steps
    "nl_howto_extract": """\
T Zo zet je tweestapsverificatie aan op je Google-account
R Door Lotte Jansen
R 3 maart 2024
A Tweestapsverificatie maakt je account een stuk veiliger.
A Zo zet je het aan:
A Ga naar myaccount.google.com
A Klik op Beveiliging
A Kies Verificatie in twee stappen
A Volg de stappen op het scherm
A Tip: bewaar de back-upcodes op een veilige plek.
R Was dit artikel nuttig?
R Ja
R Nee
R Meld je aan voor onze nieuwsbrief
""",
    # ===== a German developer blog post with inline commands, full page
    "de_entwickler_blog_full": """\
R Blog
R Tutorials
R Über uns
R Kontakt
R Suche
T Git: Alte Branches automatisch aufräumen
R Veröffentlicht am 2. Februar 2024 von Jan Becker
R Lesezeit: 4 Minuten
A Wer viel mit Feature-Branches arbeitet, hat schnell Dutzende alte Branches im Repository.
A Mit einem Befehl lassen sich alle lokalen Branches löschen, die bereits gemergt sind:
A git branch --merged main | grep -v main | xargs git branch -d
A Entfernte Branches, die es nicht mehr gibt, räumt dieser Befehl auf:
A git fetch --prune
A Achtung:
A Vorher sollte man prüfen, welche Branches betroffen sind.
R Teilen auf LinkedIn
R Teilen auf X
R Kommentare
R Schreibe einen Kommentar
R Deine E-Mail-Adresse wird nicht veröffentlicht.
R Impressum
R Datenschutz
""",
    # ===== an Italian security advisory, full page (CSIRT-style)
    "it_vulnerabilita_full": """\
R Home
R Chi siamo
R Bollettini
R Contatti
T Vulnerabilità critica in un noto CMS open source
R Data: 15/03/2024
A Codice: AL01/240315/CSIRT-ITA
A CVE: CVE-2024-27956
A Gravità: Alta
A Prodotti interessati:
A Plugin versioni precedenti alla 3.10.1
A Descrizione
A La vulnerabilità consente a un utente non autenticato di eseguire comandi SQL arbitrari.
A Azioni di mitigazione
A Si raccomanda di aggiornare il plugin alla versione 3.10.1.
R Condividi su
R Iscriviti alla newsletter
R Note legali
R Privacy
""",
    # ===== a Portuguese (Brazilian) phone launch, full page
    "pt_celular_full": """\
R Menu
R Notícias
R Celulares
R Reviews
R Ofertas
R Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.
R Ok
T Novo celular intermediário chega ao Brasil; veja preço e ficha técnica
R Por Rafael Lima
R 20/03/2024 às 08:00
A A fabricante anunciou nesta quarta-feira o lançamento de seu novo celular intermediário no Brasil.
A Ficha técnica
A Tela: 6,6 polegadas, 120 Hz
A Processador: Exynos 1480
A Memória RAM: 8 GB
A Armazenamento: 256 GB
A Bateria: 5.000 mAh
A Preço sugerido: R$ 2.699
A O aparelho já está à venda nas lojas.
R Compartilhe
R WhatsApp
R Facebook
R Mais lidas
R Os 10 melhores celulares de 2024
R Todos os direitos reservados
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== an advisory box under a menu, its stamp row over the fields, a CVE row by its label (en)
    "en_advisory_box_r2": """\
R Home
R Security
R Advisories
R Blog
T Critical vulnerability in the Foo VPN gateway
R Date: 2024-03-15
A CVE: CVE-2024-3400
A Severity: Critical
A Affected versions:
A Foo OS 10.2, 11.0 and 11.1
A Fixed in: 11.1.2-h3
A Summary
A A command injection vulnerability in the gateway feature of Foo OS may enable an unauthenticated attacker to execute code with root privileges on the firewall.
A Exploitation has been observed in the wild against a limited number of devices.
R Share this advisory
R Subscribe to security updates
R Privacy
R Terms
""",
    # ===== a CVE id alone under a short lead, then its rows, in a news story (de)
    "de_lueckenmeldung_r2": """\
R Startseite
R Security
R Ratgeber
R Forum
T Router-Lücke: Hersteller liefert Patch
R Von Anna Weber
R 03.04.2024, 10:12 Uhr
A Ein Leck in verbreiteten Routern ist geschlossen.
A CVE-2024-28995
A Risiko: Hoch
A Betroffen: Firmware bis 7.57
A Die Lücke erlaubt es Angreifern aus dem Internet, die Kontrolle über das Gerät zu übernehmen, wenn der Fernzugriff eingeschaltet ist.
A Nutzer sollten die neue Firmware 7.58 umgehend installieren.
R Mehr zum Thema
R Die besten Router im Test
R Impressum
""",
    # ===== a developer post's .gitignore list between its step and its next sentence; a footer of short links (en)
    "en_gitignore_r2": """\
T Five files every Python repository should have
R By Sam Carter
A A good repository starts with a handful of small files that save everyone time later on.
A The first one is a .gitignore that keeps build output and secrets out of version control.
A Mine usually starts like this:
A __pycache__/
A *.pyc
A .venv/
A dist/
A .env
A Commit it before anything else, so no stray file sneaks into the first commit.
A The second file is a README.
R Tags: python, git
R Share
R About
R Contact
R Privacy
""",
    # ===== a menu of domain-like links under the text: no sentence under it, it goes (es)
    "es_enlaces_r2": """\
T Cómo liberar espacio en tu móvil Android
R Por Lucía Pérez
A Con el tiempo, el almacenamiento del móvil se llena de fotos, vídeos y archivos de aplicaciones que ya no usamos.
A Lo primero es revisar qué aplicaciones ocupan más espacio desde Ajustes > Almacenamiento.
A Después conviene borrar la caché de las apps más pesadas, como WhatsApp o Instagram.
R Nuestros sitios
R tecnologia.example.es
R motor.example.es
R viajes.example.es
R Aviso legal
R Política de cookies
""",
    # ===== an advisory's label between its rows, no CVE id (pt), over its text
    "pt_alerta_seguranca_r2": """\
R Início
R Alertas
R Contactos
T Alerta: vulnerabilidade em câmaras IP
R Publicado em 12/03/2024
A Gravidade: Alta
A Produtos afetados:
A Câmara modelo C200, versões anteriores a 2.0.5
A Solução:
A Atualizar o firmware para a versão 2.0.5 ou posterior.
A A vulnerabilidade permite a um atacante remoto aceder à imagem da câmara sem autenticação, alertou o centro nacional de cibersegurança.
R Partilhar
R Subscrever alertas
R Política de privacidade
""",
    # ===== a French byline joined to its stamp by "le", over a release's notes (fr)
    "fr_notes_version_r2": """\
T VLC 3.0.21 est disponible : les nouveautés
R Par Thomas Leroy le 11 juin 2024 à 09h30
R Partager
A VideoLAN a publié une nouvelle version de son lecteur multimédia, qui corrige plusieurs failles de sécurité et améliore la lecture des vidéos.
A Version 3.0.21
A Nouveautés :
A Prise en charge du décodage AV1 matériel sous Windows
A Corrigé :
A Un plantage à la lecture de certains fichiers MKV
A La mise à jour est proposée automatiquement au démarrage du logiciel.
R Télécharger VLC
R À lire aussi
R Les meilleurs lecteurs vidéo gratuits
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the feedback question ("¿Te ha resultado útil esta información?", in es's feedback table): the page's short lines
    # tell no language to the cheap stopword profile, so es's tables do not read it (with es forced it goes)
    "es_aviso_seguridad_full": 1,
    # an advisory box's stamp row over its fields ("Data: 15/03/2024", "Date: 2024-03-15"): fact_box keeps a box's
    # labelled rows together once its fields stay (edge_tech.advisory_head leaves it in the run; a box's own date)
    "it_vulnerabilita_full": 1,
    "en_advisory_box_r2": 1,
    # "Télécharger VLC" under the notes' last sentence: the run under the text is two lines and a teaser rail now
    # that "Version 3.0.21" stays (a download button naming the product: no table names every product)
    "fr_notes_version_r2": 1,
    # a portal's menu item "Alertas" between its links (left on main too: one word, the section a page's own heading
    # may name)
    "pt_alerta_seguranca_r2": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)



# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a tech story per language, the residue line put before or after them
TEXT = {
    "en": [
        "A vulnerability in the request parser allows an unauthenticated attacker to execute arbitrary code on the server.",
        "The issue was reported by an independent researcher in February and fixed within ten days of the report.",
        "Users are strongly advised to upgrade to the latest version as soon as possible, the project said.",
    ],
    "fr": [
        "Le fabricant a présenté mercredi son nouveau smartphone pliable, plus fin et plus léger que le modèle précédent.",
        "Il sera disponible en France à partir du 24 juillet, et les précommandes sont ouvertes dès aujourd'hui.",
        "Le prix de départ reste inchangé par rapport à l'an dernier, selon le communiqué du constructeur.",
    ],
    "es": [
        "Se ha detectado una vulnerabilidad que permite a un atacante remoto tomar el control del dispositivo afectado.",
        "El fabricante ha publicado una actualización del firmware que corrige el fallo en todos los modelos.",
        "Se recomienda instalarla cuanto antes, según el aviso publicado por el centro de respuesta.",
    ],
    "pt": [
        "A vulnerabilidade permite a um atacante remoto aceder à imagem da câmara sem autenticação, alertou o centro.",
        "O fabricante já publicou uma atualização do firmware que corrige o problema em todos os modelos afetados.",
        "Os utilizadores devem instalá-la o mais depressa possível, segundo o alerta publicado na terça-feira.",
    ],
}

#: (language, residue line, the pass that takes it)
GOES = [
    ("fr", "Par Claire Dubois le 10/07/2024 à 16:05", "byline"),
    ("fr", "Par Thomas Leroy le 11 juin 2024 à 09h30", "byline"),
    ("pt", "Subscrever alertas", "newsletter-prompt"),
    ("pt", "Assinar os alertas de segurança", "newsletter-prompt"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("fr", "Par Claire Dubois le 10 juillet 2024 à Lyon, un accord a été signé entre la start-up et le fabricant de puces."),
    ("pt", "Subscrever alertas de segurança é gratuito e qualquer cidadão pode fazê-lo no site do centro, explicou o responsável."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


_MENU = ["Home", "Security", "Advisories", "Blog"]


def test_an_advisorys_fields_around_its_cve_id_stay() -> None:
    # edge-furniture (edge_tech.advisory_head): the box's fields around its CVE id stay, the menu over it still goes
    box = ["CVE: CVE-2024-3400", "Severity: Critical", "Affected versions:", "Foo OS 10.2 and 11.0"]
    lost_lines, gone = _kept([*_MENU, *box, *TEXT["en"]])
    assert lost_lines == _MENU, gone
    lost_lines, gone = _kept([*_MENU, "CVE-2024-3400", *TEXT["en"]])
    assert lost_lines == _MENU, gone


def test_a_menus_lines_with_no_cve_id_still_go() -> None:
    # (no CVE id in the head's run: the menu and a label in it go as before)
    head = [*_MENU, "Topics:", "Cloud", "Mobile"]
    lost_lines, gone = _kept([*head, *TEXT["en"]])
    assert lost_lines == head, gone


def test_a_label_between_the_boxs_rows_stays() -> None:
    # edge-furniture (edge_tech.advisory_head): a label closed by a colon between two lines that stay
    page = ["Inicio", "Avisos", "Empresas", "Buscar", "Importancia: 5 - Crítica", "Recursos afectados:", "Router modelo X1000, versiones anteriores a 1.4.2", "Descripción:", *TEXT["es"]]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[:4], gone


def test_a_file_list_between_the_articles_lines_stays() -> None:
    # edge-furniture (edge_tech.file_list_tail): a .gitignore's lines between a line of the article's and its next
    # sentence stay; a footer's domain links under the text, over no sentence, still go
    files = ["Mine usually starts like this:", "__pycache__/", "*.pyc", ".venv/", "dist/", ".env"]
    footer = ["Tags: python, git", "Share", "About", "Contact", "Privacy", "Terms"]
    lost_lines, gone = _kept([*TEXT["en"], *files, "Commit it before anything else, so no stray file sneaks in.", *footer])
    assert lost_lines == footer, gone
    footer = ["Our sites", "news.example.com", "sport.example.com", "Privacy policy"]
    lost_lines, gone = _kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


def test_a_version_heading_is_no_date() -> None:
    # dateline (edge_tech.version_lines): "Version 3.0.21" (day 3, month 0 to the table's shape) stays; a date in
    # figures after a weekday still goes
    lost_lines, gone = _kept([TEXT["fr"][0], "Version 3.0.21", *TEXT["fr"][1:]])
    assert lost_lines == [], gone
    lost_lines, gone = _kept([TEXT["fr"][0], "Montag 3.10.21", *TEXT["fr"][1:]])
    assert lost_lines == ["Montag 3.10.21"], gone


if __name__ == "__main__":
    report(CASES)
