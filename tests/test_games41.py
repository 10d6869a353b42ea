# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""games41: a probe of video-game and esports news (reviews, "Test", "Análisis", "Recensione", "Análise", previews,
patch notes, release-date news, hardware tests, esports match reports), scraped as text (half as an extractor leaves
them, half as all the visible text of the page), in en, de, fr, es, it, pt and nl:

- the article (``A``): short lines that look like furniture: platform lists ("PS5, Xbox Series X|S, PC"), "Release
  date: …" / "Erscheinungsdatum: …" / "Date de sortie : …", a patch note's items ("Fixed a crash when loading saves",
  "Behoben: …", "Correction d'un plantage …"), version numbers, a review's "Pros" / "Cons" lists ("Pro" / "Contra",
  "Les points forts", "Lo mejor", "Pontos positivos", "Pluspunten") with their one-line items, its score in the text
  ("Note : 18/20", "Nota: 9", "Voto: 8", "Cijfer: 8"), system requirements and specs ("CPU: Ryzen 7 3700X", "RAM: 16
  GB"), a match result ("G2 3–1 Fnatic") with its maps, rosters of one name a line, developers' quotes;
- the residue (``R``): "Buy now on Amazon" and price widgets, affiliate disclaimers, "Watch the trailer", video
  placeholders, "Related games", "Trending", comment sections, "Follow us on Twitch", age ratings ("PEGI 18", "USK ab 16
  freigegeben"), newsletter boxes, platform menus ("PS5 Xbox Switch PC"), breadcrumbs, footers, cookie notices;
- ``T``: headlines and a review's score alone on its line ("8/10", "Wertung: 90 %"): the verdict box's row, which
  site-chrome reads as a gallery's counter.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 251 ``A`` lines, 333
  ``R``, 27 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 7 pages, 61 ``A``, 61 ``R``, 10 ``T``: patch notes under a sentence's
  colon with a short closing sentence (en, it), rosters under a label over the report's last line (de, nl), a
  review's box, its score alone and its closing note on the copy (es, pt, fr), the new entries among the page's
  residue, a footer's label over the site's sections.

Measured on main ef1f6b5: round 1 lost 11, left 34; round 2 lost 0, left 8. Lost: a roster under "G2 roster:" and
the report's closing sentence under it (detached-blocks took the sentence as a block cut off by furniture, then
edge-furniture the roster as the page's tail), a patch note's "Voici les principaux changements :" and its first
item (edge-furniture: the items the furniture test spared, "Ajout de la quête « … »", broke the announced list), a
review's closing note under its box and score ("Reviewed on PS5. Also available on Xbox Series X|S and PC.", "Testé
sur PS5. …": the score "8/10" site-chrome takes as a counter made the box's gap one with residue; fr "Les points
forts" was no heading of the verdict table). Left: the game pages' buttons and placeholders ("Trailer ansehen",
"Video wird geladen", "Il video non può essere riprodotto."), "Related games" boxes, affiliate notes in de and es,
newsletter blurbs closed by a full stop, menus of pages whose paragraphs are all short.

After: round 1 lost 0, left 21 (one since the session's merge); round 2 lost 0, left 2 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_games.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``score_taken`` / ``scores_in_gap`` (detached-blocks: the review box's gap, and where the box is looked for): a
  score alone that another pass took ("8/10", "18/20") under a review's pros and cons is the box's line, no residue:
  the review's closing note under it stays. A shop's button beside the score still makes the gap one of residue,
  and the bio under it goes (test).
- ``label_list_gap`` (detached-blocks) and ``label_list_tail`` (edge-furniture's guard at the tail): a kept line
  closed by a colon right under a kept line, over 2 to 12 kept items (no sentence, no label, no site's section),
  right over a kept sentence of five words or more: the article's list, the sentence under it its own. A footer's
  label over the site's sections, or over a row another pass took, goes as before (tests).
- tables, each in a ``# games41:`` block at its list's end: ``structure.verdict_heading`` "Les points forts" / "Les
  points faibles"; ``promos.heading`` (all seven) a box of other games ("Related games", "Ähnliche Spiele", "Jeux
  similaires", "Juegos relacionados", "Giochi correlati", "Jogos relacionados", "Gerelateerde games");
  ``widgets.chrome`` a video player's button and placeholder (en "Watch the trailer", "Watch the VOD", de "Trailer
  ansehen", "Video wird geladen", fr "Regarder la bande-annonce", it "Guarda il trailer", "Il video non può essere
  riprodotto.", pt "Assistir ao trailer", nl "Bekijk de trailer") and a price widget's button (nl "Bekijk prijzen";
  the en row "Elden Ring Nightreign: $39.99 at Amazon" was dropped at the session's merge: a deals round-up's own
  lines have its shape); pt ``widgets.social`` "Assista ao vivo na
  Twitch"; ``signup.newsletter`` en "Get the best gaming deals, reviews and news in your inbox.", de "Alle wichtigen
  Gaming-News einmal pro Woche in eurem Postfach.", fr "Recevez chaque semaine l'actualité du jeu vidéo.";
  ``signup.disclosure`` de "Wenn ihr über diesen Link kauft, erhalten wir eine kleine Provision.", es "Los enlaces a
  tiendas son de afiliados.". Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_games41.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a game review as an extractor leaves it: byline, verdict box with pros/cons and score, affiliate row
    "en_review_extract": """\
T Elden Ring: Nightreign review - a lonelier, faster Lands Between
R By Tom Marshall
R Published 28 May 2025
A Nightreign is not the Elden Ring sequel anyone asked for, but it might be the one FromSoftware needed to make.
A The premise is simple: three players drop into Limveld, a procedurally shifting map, and have three in-game days to get strong enough to beat a Nightlord.
A Each run lasts about 40 minutes, and the circle of rain closing in forces you to keep moving instead of exploring every ruin.
A The eight Nightfarers each have a passive, a skill and an ultimate art.
A The Wylder is the all-rounder, the Recluse juggles elemental affinities, and the Executor parries with a katana that rewards perfect timing.
A Solo play is where things fall apart.
A "We designed it around three players from the start," director Junya Ishizaki told us. "Solo is possible, but it is a different game."
A Verdict
A Nightreign is a brilliant, exhausting co-op roguelike with a solo mode that still needs work.
A Pros
A Tense, compressed runs
A Superb boss designs
A Nightfarers feel distinct
A Cons
A Solo mode is punishing
A No voice chat
A Some recycled bosses
T 8/10
A Reviewed on PS5. Also available on Xbox Series X|S and PC.
R Elden Ring Nightreign: $39.99 at Amazon
R View Deal
R Check Amazon
R We may earn a commission when you buy through links on our site.
R Tom Marshall is a staff writer who covers RPGs and anything with a stamina bar.
""",
    # ===== a review with every visible line: menus, breadcrumbs, score box, related games, footer
    "en_review_full": """\
R Skip to main content
R News
R Reviews
R Guides
R PS5
R Xbox
R Switch
R PC
R Deals
R Subscribe
R Home
R Reviews
R PC
T Split Fiction review: Hazelight's best co-op game yet
R By Alice Bell
R published March 5, 2025
R 14 comments
R Share
R Facebook
R X
R Reddit
A Split Fiction is a game that never sits still.
A Mio and Zoe, two writers trapped inside a machine that steals stories, hop between a cyberpunk city and a fantasy kingdom every few minutes.
A One level turns you into pigs in a sausage factory; the next has you fighting a sun that wants to explode.
A The co-op is tightly designed, and both players are always doing something different.
A Platforms: PS5, Xbox Series X|S, PC
A Release date: March 6, 2025
A Developer: Hazelight Studios
A Publisher: EA
A Price: $49.99
A "Every side story is a little game of its own," creative director Josef Fares said in a press briefing.
A The Friend's Pass lets a second player join for free, even across platforms.
A Verdict
A Split Fiction is inventive, generous and relentless, and the best reason yet to sit on a couch with a friend.
T 9/10
R Watch the trailer
R Related games
R It Takes Two
R A Way Out
R Trending
R GTA 6 delayed to 2026
R Best Switch 2 games
R Sign up for the newsletter
R Get the best gaming deals, reviews and news in your inbox.
R Sign up
R Follow us on Twitch
R About us
R Contact
R Privacy policy
R Cookie settings
R © 2025 Future US, Inc. All rights reserved.
""",
    # ===== patch notes as an extractor leaves them: version, bullet items, "Read more"
    "en_patchnotes_extract": """\
T Helldivers 2 patch 01.003.100 notes: Arc Thrower buff and crash fixes
R Posted by Ellie Harper on April 2, 2025 at 10:14 AM
A Arrowhead has released patch 01.003.100 for Helldivers 2 on PS5 and PC, and it is a big one.
A The update is around 9 GB on PC and fixes a long list of crashes.
A Here are the full patch notes:
A Balancing
A Arc Thrower: increased damage from 250 to 300
A Railgun: reduced charge time in unsafe mode
A Bile Titan: armor on the head lowered from 4 to 3
A Fixes
A Fixed a crash when loading saves
A Fixed a crash that could occur when joining a friend's game
A Fixed an issue where the Eagle would not rearm
A Fixed an issue where players could fall through the map on Hellmire
A Known issues
A Some players may not receive Super Credits from the Warbond.
A Arrowhead says the team is also looking at matchmaking errors on PS5.
R Read more: Helldivers 2 roadmap: everything coming in 2025
R Trending
R Share this article
""",
    # ===== esports match report with every visible line
    "en_esports_full": """\
R Menu
R LoL
R Valorant
R CS2
R Dota 2
R Overwatch
R Schedule
R Rankings
R Esports
R League of Legends
T G2 Esports beat Fnatic to reach LEC Spring final
R Written by Jake Nordland
R 2 hours ago
R 3 min read
A G2 Esports are into the LEC Spring final after a 3-1 win over Fnatic in Berlin on Sunday.
A G2 3–1 Fnatic
A Game 1: G2 win (31:42)
A Game 2: Fnatic win (28:10)
A Game 3: G2 win (35:03)
A Game 4: G2 win (26:55)
A Caps was named player of the match after a 12/1/9 game on Azir in game four.
A Fnatic's rookie jungler Razork kept his side in the series with two early steals.
A "We knew they would play for the early game," G2 coach Dylan Falco said afterwards.
A "We just had to survive until 15 minutes."
A G2 roster:
A BrokenBlade
A Yike
A Caps
A Hans Sama
A Mikyx
A The final is on April 14 in Madrid.
R Watch the VOD
R Follow us on Twitch
R Follow us on X
R Join our Discord
R Comments
R Jordan_K 3h ago
R Caps diff honestly
R Reply
R LoL_fan99 2h ago
R Fnatic choked again
R Reply
R Accept cookies
R We use cookies to give you the best experience on our site.
R Privacy
R Terms
R © 2025 Esports Media Ltd
""",
    # ===== hardware test as an extractor leaves it: specs, benchmarks, price widget
    "en_hardware_extract": """\
T AMD Radeon RX 9070 XT review: the midrange card we wanted
R Jacob Ridley, Hardware lead
R Last updated March 5, 2025
A AMD's RX 9070 XT is the first RDNA 4 card, and it lands at $599.
A Specifications
A GPU: Navi 48
A Compute units: 64
A Memory: 16 GB GDDR6
A Boost clock: 2,970 MHz
A TBP: 304 W
A Test system
A CPU: Ryzen 7 9800X3D
A RAM: 32 GB DDR5-6000
A Motherboard: ASUS ROG Crosshair X870E Hero
A In Cyberpunk 2077 at 1440p with ray tracing off, the card averages 92 fps.
A That puts it within 5% of the RTX 5070 Ti, which costs $150 more.
A FSR 4 is the real upgrade here.
A Ray tracing still lags Nvidia.
A Buy if: you want 4K-capable raster performance for under $600.
A Don't buy if: path tracing is your priority.
R Today's best AMD Radeon RX 9070 XT deals
R $599 at Newegg
R $629 at Amazon
R View Deal
R PC Gamer is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.
""",
    # ===== German review (Test) as an extractor leaves it
    "de_test_extract": """\
T Kingdom Come: Deliverance 2 im Test - Mittelalter zum Anfassen
R Von Jan Wöbbeking
R 04.02.2025 um 09:00 Uhr
R Teilen
A Warhorse Studios schickt Heinrich von Skalitz zurück ins Böhmen des Jahres 1403.
A Das Rollenspiel ist größer, schöner und zugänglicher als der Vorgänger.
A Die Kämpfe verlangen noch immer Übung, doch das neue Kombosystem belohnt Geduld.
A Die Stadt Kuttenberg wirkt so lebendig wie kaum eine Spielwelt zuvor.
A Pro
A Glaubwürdige, riesige Spielwelt
A Starke Dialoge
A Viele Lösungswege
A Contra
A Einige Bugs in Quests
A Lange Ladezeiten auf PS5
A Fazit
A Kingdom Come: Deliverance 2 ist ein Meilenstein für historische Rollenspiele.
T Wertung: 90 %
A Getestet auf PC. Erhältlich für PS5, Xbox Series X|S und PC.
R Jetzt bei Amazon kaufen
R Preisvergleich
R * Affiliate-Link: Wenn ihr über diesen Link kauft, erhalten wir eine kleine Provision.
R Weitere Tests
R Kommentare (128)
""",
    # ===== German patch notes news with every visible line
    "de_patch_full": """\
R Zum Inhalt springen
R News
R Tests
R Videos
R Tipps
R PS5
R Xbox
R Switch
R PC
R Anmelden
R Startseite
R PC
R News
T Baldur's Gate 3: Patch 8 ist da - alle Änderungen
R Autor: Peter Bathge
R 15.04.2025, 14:32 Uhr
A Larian hat Patch 8 für Baldur's Gate 3 veröffentlicht.
A Es ist das letzte große Update des Studios für das Rollenspiel.
A Die wichtigsten Neuerungen:
A 12 neue Unterklassen
A Fotomodus
A Crossplay zwischen PC, PS5 und Xbox
A Behoben: Absturz beim Laden eines Spielstands
A Behoben: Gefährten verlassen die Gruppe grundlos
A Der Patch ist rund 30 GB groß.
A Version 4.1.1.6758295
A „Wir sind stolz auf das, was wir gemeinsam mit der Community geschafft haben“, schreibt Larian.
R Das könnte dich auch interessieren
R Die 10 besten Rollenspiele 2025
R Mehr zum Thema
R Folgt uns auf Twitch
R Newsletter abonnieren
R Alle wichtigen Gaming-News einmal pro Woche in eurem Postfach.
R USK ab 16 freigegeben
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2025 Webedia Gaming GmbH
""",
    # ===== German hardware test with every visible line
    "de_hardware_full": """\
R Menü
R Hardware
R Grafikkarten
R Prozessoren
R Tests
R Bestenlisten
R Forum
T Nvidia GeForce RTX 5070 im Test: Schneller als die 4070 Super?
R Von Wolfgang Andermahr
R 4. März 2025
R 312 Kommentare
A Nvidia bringt die GeForce RTX 5070 für 649 Euro in den Handel.
A Technische Daten
A GPU: GB205
A Speicher: 12 GB GDDR7
A Boost-Takt: 2.510 MHz
A Leistungsaufnahme: 250 Watt
A Testsystem
A CPU: AMD Ryzen 7 9800X3D
A RAM: 32 GB DDR5-6000
A In 1440p liegt die Karte im Schnitt 5 Prozent vor der RTX 4070 Super.
A Mit DLSS 4 und Multi Frame Generation steigen die Bildraten deutlich.
A Ohne Frame Generation bleibt der Sprung klein.
A Fazit
A Die RTX 5070 ist keine schlechte Grafikkarte, aber ein kleiner Schritt.
R Bei Amazon ansehen
R Preis prüfen
R Anzeige
R Jetzt im Forum diskutieren
R Weitere Artikel
R Mehr Hardware-Tests
R Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
R Alle akzeptieren
R Einstellungen
R Impressum
R Datenschutz
""",
    # ===== German release-date news as an extractor leaves it
    "de_release_extract": """\
T GTA 6 erscheint erst 2026: Rockstar nennt neuen Termin
R Von Tobias Veltin
R 02.05.2025, 16:10 Uhr
A Rockstar Games hat GTA 6 verschoben.
A Erscheinungsdatum: 26. Mai 2026
A Plattformen: PS5, Xbox Series X|S
A Eine PC-Version hat Rockstar bisher nicht angekündigt.
A „Wir bitten um Verständnis“, schreibt das Studio in einer Mitteilung.
A Take-Two hatte zuvor Herbst 2025 als Zeitraum genannt.
R Trailer ansehen
R Video wird geladen
R Mehr zum Thema: GTA 6: Alles, was wir wissen
R Das könnte dich auch interessieren
""",
    # ===== French review (Test) with every visible line
    "fr_test_full": """\
R Aller au contenu
R Actus
R Tests
R Guides
R Vidéos
R PS5
R Xbox
R Switch
R PC
R Connexion
R Accueil
R Jeux vidéo
R Tests
T Test Clair Obscur: Expedition 33 : le JRPG français qui fait mouche
R Par Pierre Tomasini
R Publié le 22/04/2025 à 15h00
R Partager
A Sandfall Interactive signe avec Expedition 33 un premier jeu d'une rare ambition.
A Le système de combat mêle tour par tour et esquives en temps réel.
A La direction artistique, inspirée de la Belle Époque, est somptueuse.
A Les points forts
A Une histoire bouleversante
A Des combats nerveux
A Une bande-son magistrale
A Les points faibles
A Une caméra parfois capricieuse
A Quelques textures en retrait
A Note : 18/20
A Testé sur PS5. Disponible sur PS5, Xbox Series X|S et PC.
R Voir la bande-annonce
R Acheter sur Amazon
R Cet article contient des liens affiliés.
R Jeux similaires
R À lire aussi
R Rejoignez-nous sur Twitch
R Commentaires
R Nous utilisons des cookies pour améliorer votre expérience.
R Accepter
R Mentions légales
R © 2025 Webedia
""",
    # ===== French esports report as an extractor leaves it
    "fr_esports_extract": """\
T LFL : Karmine Corp remporte le derby face à Vitality.Bee
R Par Julien Lemaire
R Le 10 mars 2025 à 21h45
A La Karmine Corp a battu Vitality.Bee 2-1 au terme d'une série à rebondissements.
A KC 2–1 VITB
A Le midlaner de la KC a terminé la manche décisive avec un score de 9/0/7.
A « On a su garder notre calme », a déclaré le capitaine après le match.
A Composition de la KC :
A Canna
A Yike
A Vladi
A Caliste
A Targamas
A Prochain match : samedi 15 mars à 18h.
R Suivez-nous sur Twitch
R Lire aussi : Le calendrier complet de la LFL
R Partager sur X
""",
    # ===== French release news with every visible line
    "fr_release_full": """\
R Menu
R Actualités
R Sorties
R Tests
R Forum
T Hollow Knight: Silksong a enfin une date de sortie
R Par Lucie Ferrand
R Publié le 21 août 2025 à 17h12
R Mis à jour le 21 août 2025 à 18h03
A Team Cherry a enfin annoncé la date de sortie de Silksong.
A Date de sortie : 4 septembre 2025
A Plateformes : PC, PS5, PS4, Xbox Series X|S, Xbox One, Switch, Switch 2
A Prix : 19,99 €
A Le jeu sera disponible dès sa sortie dans le Game Pass.
A Les joueurs attendaient cette annonce depuis 2019.
R Regarder la vidéo
R Cliquez pour activer la vidéo
R Tendances
R Les meilleures offres PS5
R Newsletter
R Recevez chaque semaine l'actualité du jeu vidéo.
R S'inscrire
R PEGI 7
R Mentions légales
R Politique de confidentialité
""",
    # ===== French patch notes as an extractor leaves them
    "fr_patch_extract": """\
T Fortnite : les notes de patch de la mise à jour 34.10
R Publié le 18/03/2025 à 10:30
A Epic Games a déployé la mise à jour 34.10 de Fortnite.
A Voici les principaux changements :
A Retour du fusil à pompe tactique
A Ajout de la quête « Le Masque du Démon »
A Correction d'un bug qui empêchait de rejoindre un groupe
A Correction d'un plantage au chargement de la carte
A Les serveurs ont été indisponibles deux heures pendant le déploiement.
R Lire la suite
R Commentaires (42)
""",
    # ===== Spanish review (Análisis) as an extractor leaves it
    "es_analisis_extract": """\
T Análisis de Monster Hunter Wilds, la caza más ambiciosa de Capcom
R Por Alberto Pastor
R 25 de febrero de 2025, 16:00
A Monster Hunter Wilds es la entrega más accesible de la saga sin renunciar a su profundidad.
A Las Tierras Prohibidas cambian con el clima y los monstruos reaccionan a cada tormenta.
A Capcom ha eliminado casi todos los tiempos de carga entre zonas.
A Lo mejor
A Combates espectaculares
A Un mundo vivo
A Lo peor
A Rendimiento irregular en PC
A Historia olvidable
A Nota: 9
A Versión analizada: PS5
R Comprar en Amazon
R Los enlaces a tiendas son de afiliados.
R Juegos relacionados
R Síguenos en Twitch
""",
    # ===== Spanish esports report with every visible line
    "es_esports_full": """\
R Ir al contenido
R Noticias
R Esports
R Valorant
R LoL
R CS2
R Clasificación
R Esports
R Valorant
T Heretics vence a KOI y se mete en la final de la VCT EMEA
R Por Sergio Fernández
R 12 de abril de 2025
R Compartir
A Team Heretics ganó 2-0 a KOI en Berlín y jugará la final el domingo.
A Heretics 2–0 KOI
A Mapa 1: Ascent 13-9
A Mapa 2: Lotus 13-11
A Boo fue el MVP de la serie con 41 bajas.
A "Estamos jugando nuestro mejor Valorant", dijo el entrenador tras la victoria.
A La final se disputará el 13 de abril a las 17:00.
R Ver la retransmisión
R Síguenos en Twitch
R Únete a nuestro Discord
R Comentarios
R Inicia sesión para comentar
R Utilizamos cookies propias y de terceros.
R Aceptar
R Aviso legal
R © 2025 Esports Media
""",
    # ===== Spanish hardware/requirements news with every visible line
    "es_requisitos_full": """\
R Menú
R PC
R PlayStation
R Xbox
R Nintendo
R Guías
R Inicio
R PC
T Estos son los requisitos mínimos y recomendados de Doom: The Dark Ages
R Redacción
R 10 de mayo de 2025, 12:30
A id Software ha publicado los requisitos de Doom: The Dark Ages en PC.
A El juego exige una tarjeta gráfica con trazado de rayos.
A Requisitos mínimos
A SO: Windows 10 64 bits
A CPU: AMD Ryzen 7 3700X
A RAM: 16 GB
A GPU: NVIDIA RTX 2060 Super
A Almacenamiento: 100 GB SSD
A Requisitos recomendados
A CPU: AMD Ryzen 7 5700X
A RAM: 32 GB
A GPU: NVIDIA RTX 3080
A El juego sale el 15 de mayo.
R Ver tráiler
R Más noticias
R Lo más leído
R Suscríbete a nuestro boletín
R PEGI 18
R Política de cookies
R © 2025 Gaming Media SL
""",
    # ===== Italian review (Recensione) with every visible line
    "it_recensione_full": """\
R Vai al contenuto
R News
R Recensioni
R Anteprime
R Guide
R PS5
R Xbox
R Switch
R PC
R Home
R Recensioni
T Recensione Assassin's Creed Shadows: il Giappone feudale di Ubisoft
R di Marco Rossi
R 18 marzo 2025
R Condividi
A Assassin's Creed Shadows porta la serie nel Giappone del 1579.
A I due protagonisti, Naoe e Yasuke, offrono stili di gioco opposti.
A Il mondo di gioco cambia con le stagioni.
A Pro
A Ambientazione splendida
A Due protagonisti ben differenziati
A Contro
A Missioni secondarie ripetitive
A Voto: 8
A Versione testata: PS5
R Guarda il trailer
R Acquista su Amazon
R Giochi correlati
R Seguici su Twitch
R Iscriviti alla newsletter
R Accetta i cookie
R Informativa privacy
R © 2025 Gaming Italia Srl - P.IVA 01234567890
""",
    # ===== Italian patch notes as an extractor leaves them
    "it_patch_extract": """\
T Call of Duty Warzone, le patch note della Stagione 3
R di Luca Bianchi
R 3 aprile 2025
A Activision ha pubblicato le patch note della Stagione 3 di Warzone.
A Ecco le modifiche principali:
A Risolto un crash durante il caricamento della mappa
A Ridotto il danno dei fucili a pompa
A Aggiunta la modalità Resurgence Quads
A L'aggiornamento pesa circa 15 GB su PS5.
R Leggi anche: Warzone, le migliori armi della Stagione 3
R Commenti
""",
    # ===== Italian preview as an extractor leaves it
    "it_anteprima_extract": """\
T Anteprima Ghost of Yotei: abbiamo visto la nuova Hokkaido
R di Giulia Verdi
R 10 giugno 2025
A Sucker Punch ci ha mostrato trenta minuti di Ghost of Yotei.
A Atsu, la protagonista, cerca vendetta nell'Hokkaido del 1603.
A Uscita: 2 ottobre 2025
A Piattaforma: PS5
A "Volevamo un'eroina diversa da Jin", ha detto il director Nate Fox.
R Guarda il video
R Il video non può essere riprodotto.
R Articoli correlati
""",
    # ===== Portuguese review (Análise) as an extractor leaves it
    "pt_analise_extract": """\
T Análise: Mario Kart World é o melhor motivo para comprar um Switch 2
R Por João Ferreira
R 5 de junho de 2025, 10:00
A Mario Kart World leva a série para um mundo aberto.
A As corridas ligam-se umas às outras por estradas, e o modo Knockout Tour põe 24 jogadores em pista.
A Pontos positivos
A Mundo aberto cheio de segredos
A Modo Knockout Tour viciante
A Pontos negativos
A Modo livre sem muito para fazer
A Nota: 9/10
R Comprar na Amazon
R Este artigo contém links de afiliados.
R Siga-nos no Twitch
""",
    # ===== Portuguese esports/news with every visible line
    "pt_esports_full": """\
R Menu
R Notícias
R Esports
R CS2
R Valorant
R LoL
R Início
R Esports
T FURIA vence a MIBR e vai à final do campeonato brasileiro de CS2
R Por Pedro Alves
R 20/04/2025 às 22h10
R Compartilhe
A A FURIA venceu a MIBR por 2 a 1 neste domingo.
A FURIA 2–1 MIBR
A Mirage: 13-7
A Nuke: 10-13
A Inferno: 13-11
A KSCERATO foi o destaque da série com rating de 1.35.
A "Foi uma série muito difícil", disse o técnico depois do jogo.
A A final é no sábado, às 15h.
R Assista ao vivo na Twitch
R Siga-nos no Instagram
R Comentários
R Faça login para comentar
R Usamos cookies para melhorar a sua experiência.
R Aceitar
R Termos de uso
R © 2025 Esports Brasil
""",
    # ===== Portuguese release news with every visible line
    "pt_lancamento_full": """\
R Menu
R PlayStation
R Xbox
R Nintendo
R PC
R Notícias
T Death Stranding 2 ganha data de lançamento e edição de colecionador
R Por Ana Costa
R 12 de março de 2025
A Hideo Kojima revelou a data de lançamento de Death Stranding 2: On the Beach.
A Data de lançamento: 26 de junho de 2025
A Plataforma: PS5
A Preço: 79,99 €
A A edição de colecionador inclui uma estátua de Magellan Man.
R Assistir ao trailer
R Leia também
R Mais lidas
R Classificação etária: 18 anos
R Política de privacidade
R © 2025 Gaming Portugal
""",
    # ===== Dutch review as an extractor leaves it
    "nl_review_extract": """\
T Review: Kingdom Hearts-makers stellen teleur met Final Fantasy VII Rebirth op pc
R Door Jeroen van Dijk
R 23 januari 2025 om 15:00
A Final Fantasy VII Rebirth is eindelijk op pc verschenen.
A De port draait goed, maar de graphics zijn wisselend.
A Pluspunten
A Prachtige wereld
A Sterke personages
A Minpunten
A Wazige textures
A Cijfer: 8
A Gespeeld op pc.
R Bekijk de trailer
R Koop bij Bol
R Reacties (15)
""",
    # ===== Dutch hardware/news with every visible line
    "nl_hardware_full": """\
R Menu
R Nieuws
R Reviews
R Games
R Hardware
R Forum
R Home
R Hardware
T Nintendo Switch 2 getest: sneller, groter en duurder
R Door Koen de Vries
R 5 juni 2025
R 87 reacties
A De Switch 2 kost 469,99 euro.
A Specificaties
A Scherm: 7,9 inch lcd, 1080p
A Opslag: 256 GB
A Accu: 2 tot 6,5 uur
A In de handheldstand haalt Mario Kart World 60 fps.
A Conclusie
A De Switch 2 is een logische opvolger met een hoge prijs.
R Bekijk prijzen
R Gerelateerde artikelen
R Volg ons op Twitch
R Wij gebruiken cookies om de site goed te laten werken.
R Akkoord
R Privacyverklaring
R © 2025 DPG Media
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== patch notes under a sentence's colon, the article's short closing sentence under them, a review's score
    "en_hotfix_extract": """\
T Marvel Rivals hotfix cuts Hela's damage and fixes PS5 crashes
R By Sam Whitfield
R January 24, 2025
A NetEase pushed a hotfix for Marvel Rivals overnight, and it targets the game's most-picked duelist.
A The full list of changes:
A Hela: Nastrond Crowfeather damage reduced from 35 to 30
A Cloak & Dagger: healing per second reduced
A Fixed a crash on PS5 when opening the Battle Pass
A Fixed an issue where voice chat would cut out
A The patch is about 1.2 GB on all platforms.
R Read more: Marvel Rivals Season 1 tier list
R 24 comments
""",
    # ===== a German esports report with its lineup under a label holding a figure, a footer's label over sections
    "de_lineup_full": """\
R Menü
R News
R Esports
R Tests
R Forum
T BIG gewinnt gegen FaZe und steht im Viertelfinale
R Von Kai Brenner
R 12.03.2025
A Das Berliner Team BIG hat FaZe Clan mit 2:1 besiegt.
A BIG 2–1 FaZe
A Ancient: 13:9
A Mirage: 11:13
A Nuke: 13:7
A tabseN war mit einem Rating von 1,31 der beste Spieler der Serie.
A Aufstellung von BIG:
A tabseN
A syrsoN
A Krimbo
A JDC
A faveN
A Das Viertelfinale beginnt am Freitag um 18 Uhr.
R Rubriken:
R News
R Tests
R Videos
R Folgt uns auf Twitch
R Impressum
R Datenschutz
""",
    # ===== a Spanish review: its verdict box, the score alone, the closing note on the copy, the shop's widget
    "es_analisis_score_full": """\
R Ir al contenido
R Noticias
R Análisis
R Guías
R Análisis
T Análisis de Split Fiction, la mejor cooperativa de Hazelight
R Por Laura Gómez
R 5 de marzo de 2025
R Compartir
A Split Fiction es un juego que no se queda quieto ni un momento, y eso es lo mejor que se puede decir de él.
A Mio y Zoe saltan entre una ciudad cyberpunk y un reino de fantasía cada pocos minutos.
A Lo mejor
A Variedad constante
A Cooperativo impecable
A Lo peor
A Algún pico de dificultad
T 9/10
A Hemos analizado el juego en PS5 gracias a una copia cedida por EA.
R Comprar en Amazon
R Los enlaces a tiendas son de afiliados.
R Juegos relacionados
R It Takes Two
R A Way Out
R Aviso legal
R © 2025 Gaming Media SL
""",
    # ===== an Italian patch page: its changes under a sentence's colon, a footer's label over the social row
    "it_patch_list_full": """\
R Vai al contenuto
R News
R Recensioni
R Guide
T Cyberpunk 2077, la patch 2.21 aggiunge il DLSS 4
R di Andrea Neri
R 30 gennaio 2025
A CD Projekt Red ha pubblicato la patch 2.21 di Cyberpunk 2077 per PC, PS5 e Xbox Series X|S.
A Le novità principali della patch sono queste:
A Supporto a DLSS 4 con Multi Frame Generation
A Nuove opzioni per il FSR 3
A Risolto un crash all'avvio su alcune schede AMD
A L'aggiornamento è disponibile da oggi su tutte le piattaforme.
R Giochi correlati
R The Witcher 3
R Seguici su Twitch
R Guarda il trailer
R Informativa privacy
R © 2025 Gaming Italia Srl - P.IVA 01234567890
""",
    # ===== a Portuguese review as an extractor leaves it: the score under its box, the note on the copy, the shop
    "pt_analise_score_extract": """\
T Análise: Avowed é um RPG bonito mas sem ambição
R Por Rui Matos
R 17 de fevereiro de 2025
A Avowed leva os jogadores de volta ao mundo de Pillars of Eternity, agora na primeira pessoa.
A O combate com magia e espada na outra mão é o melhor do jogo.
A Pontos positivos
A Combate variado
A Mundo bonito
A Pontos negativos
A História previsível
A Poucas escolhas com peso
T 7/10
A Análise feita na Xbox Series X com um código cedido pela Microsoft.
R Assistir ao trailer
R Comprar na Amazon
R Este artigo contém links de afiliados.
""",
    # ===== a French test: the box under "Les points forts", its score, the closing note, other games under it
    "fr_test_score_extract": """\
T Test Avowed : Obsidian signe un RPG sympathique
R Par Camille Roux
R Le 17/02/2025 à 17h00
A Avowed ramène les joueurs dans l'univers de Pillars of Eternity, cette fois à la première personne.
A Les combats mêlent magie et épée avec une belle souplesse.
A Les points forts
A Des combats nerveux
A Un monde coloré
A Les points faibles
A Une histoire prévisible
T 15/20
A Test réalisé sur Xbox Series X à partir d'une version fournie par l'éditeur.
R Regarder la bande-annonce
R Jeux similaires
R Starfield
R The Outer Worlds 2
""",
    # ===== a Dutch esports report as an extractor leaves it: a roster under its label, then the short closing line
    "nl_esports_extract": """\
T Team Liquid wint derby van Fnatic in Valorant
R Door Bas Jansen
R 3 maart 2025
A Team Liquid heeft zondag met 2-1 gewonnen van Fnatic.
A Liquid 2–1 Fnatic
A De beslissende map werd Lotus, met een score van 13-10.
A Opstelling van Liquid:
A kamo
A Jamppi
A nAts
A Mistic
A paTiTek
A Liquid speelt volgende week tegen Team Heretics.
R Volg ons op Twitch
R Bekijk de trailer
R Reacties (8)
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the writer's name and role under the headline ("Jacob Ridley, Hardware lead"): a name and a role are also a
    # credits box's or a quote's attribution line
    "en_hardware_extract": 1,
    # a shop's button alone ("Check Amazon") among the residue under the review's closing note, which now stays: on
    # main it went with that note as a block cut off by furniture. A table entry for it made detached-blocks keep a
    # publisher's imprint on another probe's page (test_lang_en's tech_review: the gap under the text became residue
    # alone, no furniture), so it is left; and (since the session's merge) the price row "Elden Ring Nightreign: $39.99
    # at Amazon": a table entry for "Product: $price at Shop" took a deals round-up's own lines ("Sony WH-1000XM5: $278
    # at Amazon" over "Bose QuietComfort Ultra: $329 at Best Buy"), the article of such a page (test below)
    "en_review_extract": 2,
    # "Tendances" over "Les meilleures offres PS5" (a rail's label and one teaser: a bare "Tendances" also heads a
    # market report's section) and "PEGI 7" (an age rating alone is also a review's fact box row: "PEGI 16" among its
    # "Plateformes", "Prix")
    "fr_release_full": 3,
    # a page whose paragraphs are all short (under edge-furniture's anchor of twelve words, nine in the languages of
    # long words): edge-furniture leaves such a page alone, its menu and breadcrumb with it (the pass's design: a page
    # of short lines gives no prose to measure its edges by)
    "it_recensione_full": 9,
    "nl_hardware_full": 6,
    # the other games' titles under "Jeux similaires" (a word or three each, no headline's length): teaser-box takes
    # the heading, its items are too short to read as headlines
    "fr_test_score_extract": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a game news story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The studio confirmed on Tuesday that the game will launch on consoles and PC early next year, after two delays.",
        "Its director said the team had used the extra months to rebuild the combat system from scratch.",
        "Players who bought the first game will get a discount of 20 percent on the new one.",
    ],
    "de": [
        "Das Studio hat am Dienstag bestätigt, dass das Spiel Anfang nächsten Jahres für Konsolen und PC erscheint.",
        "Die zusätzlichen Monate habe das Team genutzt, um das Kampfsystem neu zu bauen, sagte der Director.",
        "Wer den ersten Teil besitzt, bekommt einen Rabatt von 20 Prozent auf den Nachfolger.",
    ],
    "fr": [
        "Le studio a confirmé mardi que le jeu sortira sur consoles et PC au début de l'année prochaine, après deux reports.",
        "Son directeur explique que l'équipe a profité de ces mois supplémentaires pour refaire le système de combat.",
        "Les joueurs qui possèdent le premier épisode bénéficieront d'une réduction de 20 % sur la suite.",
    ],
    "es": [
        "El estudio confirmó el martes que el juego llegará a consolas y PC a principios del año que viene, tras dos retrasos.",
        "Su director explicó que el equipo ha aprovechado los meses extra para rehacer el sistema de combate desde cero.",
        "Los jugadores que tengan la primera entrega tendrán un descuento del 20 % en la secuela.",
    ],
    "it": [
        "Lo studio ha confermato martedì che il gioco uscirà su console e PC all'inizio del prossimo anno, dopo due rinvii.",
        "Il director ha spiegato che il team ha usato i mesi in più per rifare da zero il sistema di combattimento.",
        "Chi possiede il primo capitolo avrà uno sconto del 20 per cento sul seguito.",
    ],
    "pt": [
        "O estúdio confirmou na terça-feira que o jogo chega às consolas e ao PC no início do próximo ano, depois de dois adiamentos.",
        "O diretor explicou que a equipa aproveitou os meses extra para refazer o sistema de combate do zero.",
        "Quem tiver o primeiro jogo terá um desconto de 20 por cento na sequela.",
    ],
    "nl": [
        "De studio heeft dinsdag bevestigd dat de game begin volgend jaar op consoles en pc verschijnt, na twee keer uitstel.",
        "Volgens de director heeft het team de extra maanden gebruikt om het vechtsysteem opnieuw te bouwen.",
        "Wie het eerste deel heeft, krijgt twintig procent korting op het vervolg.",
    ],
}

_TB, _SC, _NL, _CL, _SB = "teaser-box", "site-chrome", "newsletter-prompt", "consent-line", "social-buttons"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Related games", _TB),
    ("en", "Similar games", _TB),
    ("en", "Watch the trailer", _SC),
    ("en", "Watch the official launch trailer", _SC),
    ("en", "Watch the VOD", _SC),
    ("en", "Get the best gaming deals, reviews and news in your inbox.", _NL),
    ("de", "Ähnliche Spiele", _TB),
    ("de", "Trailer ansehen", _SC),
    ("de", "Video wird geladen", _SC),
    ("de", "Alle wichtigen Gaming-News einmal pro Woche in eurem Postfach.", _NL),
    ("de", "* Affiliate-Link: Wenn ihr über diesen Link kauft, erhalten wir eine kleine Provision.", _CL),
    ("fr", "Jeux similaires", _TB),
    ("fr", "Regarder la bande-annonce", _SC),
    ("fr", "Recevez chaque semaine l'actualité du jeu vidéo.", _NL),
    ("es", "Juegos relacionados", _TB),
    ("es", "Los enlaces a tiendas son de afiliados.", _CL),
    ("it", "Giochi correlati", _TB),
    ("it", "Guarda il trailer", _SC),
    ("it", "Il video non può essere riprodotto.", _SC),
    ("pt", "Jogos relacionados", _TB),
    ("pt", "Assistir ao trailer", _SC),
    ("pt", "Assista ao vivo na Twitch", _SB),
    ("nl", "Gerelateerde games", _TB),
    ("nl", "Bekijk de trailer", _SC),
    ("nl", "Bekijk prijzen", _SC),
]

#: (language, an article's sentence with the added entries' words)
STAYS = [
    ("en", "Related games from the same studio sold far fewer copies, the publisher said in its annual report."),
    ("en", "Watch the trailer closely and you will spot the old lighthouse from the first game."),
    ("en", "The game's price was cut to $39.99 at Amazon and other retailers a week after launch."),
    ("en", "Get the best gaming deals in your inbox, the email read, but the link led to a fake shop."),
    ("de", "Ähnliche Spiele des Studios verkauften sich deutlich schlechter, heißt es im Geschäftsbericht."),
    ("de", "Den Trailer ansehen konnten Besucher der Messe nur in einem abgedunkelten Raum."),
    ("de", "Das Video wird geladen, sobald die Konsole mit dem Internet verbunden ist, erklärt Sony."),
    ("de", "Alle wichtigen Gaming-News landen bei vielen Lesern in ihrem Postfach, sagt der Verlag."),
    ("de", "Wenn ihr über diesen Link kauft, zahlt ihr denselben Preis, erklärte die Verbraucherzentrale."),
    ("fr", "Jeux similaires ou simples copies, les titres du studio se ressemblent de plus en plus."),
    ("fr", "Regarder la bande-annonce suffit pour reconnaître le phare du premier épisode."),
    ("fr", "Recevez chaque semaine l'actualité du jeu vidéo, promettait la lettre, qui n'est jamais arrivée."),
    ("fr", "Les points forts du jeu sont nombreux, selon les premiers testeurs."),
    ("es", "Juegos relacionados con la saga se venderán a mitad de precio durante el fin de semana."),
    ("es", "Los enlaces a tiendas falsas se multiplicaron tras el anuncio, según la policía."),
    ("it", "Giochi correlati alla serie saranno scontati del 50 per cento per tutto il fine settimana."),
    ("it", "Guarda il trailer con attenzione e noterai il faro del primo capitolo."),
    ("it", "Il video non può essere riprodotto in pubblico senza il permesso dell'editore, ha detto il giudice."),
    ("pt", "Jogos relacionados com a série vão custar metade do preço durante o fim de semana."),
    ("pt", "Assistir ao trailer foi suficiente para os fãs reconhecerem o farol do primeiro jogo."),
    ("pt", "Assista ao vivo na Twitch, pediu o treinador aos adeptos, porque o estádio estava cheio."),
    ("nl", "Gerelateerde games van dezelfde studio verkochten veel minder, staat in het jaarverslag."),
    ("nl", "Bekijk de trailer goed en je ziet de vuurtoren uit het eerste deel."),
    ("nl", "Bekijk prijzen altijd bij meerdere winkels, adviseert de Consumentenbond."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept

#: a review's verdict box under its text: the sides' headings over their items (en, fr)
_BOX = {
    "en": ["Verdict", "A brilliant, exhausting co-op game with a solo mode that still needs work.", "Pros",
           "Tense, compressed runs", "Superb boss designs", "Cons", "Solo mode is punishing", "No voice chat"],
    "fr": ["Les points forts", "Une histoire bouleversante", "Des combats nerveux", "Les points faibles",
           "Une caméra parfois capricieuse", "Quelques textures en retrait"],
}
_NOTE = {
    "en": "Reviewed on PS5. Also available on Xbox Series X|S and PC.",
    "fr": "Testé sur PS5. Disponible sur PS5, Xbox Series X|S et PC.",
}


@pytest.mark.parametrize(("lang", "score"), [("en", "8/10"), ("en", "9,5/10"), ("fr", "18/20"), ("fr", None)])
def test_a_reviews_closing_note_under_its_box_and_score_stays(lang: str, score: str | None) -> None:
    # detached-blocks (edge_games.score_taken, scores_in_gap): the score site-chrome takes as a counter is the box's
    # own line, no residue parting the note under it from the review; fr: the box's sides under "Les points forts"
    page = [*TEXT[lang], *_BOX[lang], *([score] if score else []), _NOTE[lang]]
    lost_lines, gone = _kept(page)
    assert [line for line in lost_lines if line != score] == [], gone


def test_the_residue_under_a_reviews_box_and_score_still_goes() -> None:
    # (a shop's button beside the score is residue of its own: the gap parts the bio under it as before)
    bio = "Tom Marshall is a staff writer who covers RPGs and anything with a stamina bar."
    page = [*TEXT["en"], *_BOX["en"], "8/10", "View Deal", "Buy now on Amazon", bio]
    lost_lines, gone = _kept(page)
    assert bio in lost_lines and "Buy now on Amazon" in lost_lines, gone
    assert [line for line in lost_lines if line not in {"8/10", "View Deal", "Buy now on Amazon", bio}] == [], gone


_LISTS = [
    ("en", ["G2 roster:", "BrokenBlade", "Yike", "Caps", "Hans Sama", "Mikyx"], "The final is on April 14 in Madrid."),
    ("fr", ["Voici les principaux changements :", "Retour du fusil à pompe tactique", "Ajout de la quête « Le Masque du Démon »",
            "Correction d'un bug qui empêchait de rejoindre un groupe"], "Les serveurs ont été indisponibles deux heures pendant le déploiement."),
    ("de", ["Aufstellung von BIG:", "tabseN", "syrsoN", "Krimbo", "JDC", "faveN"], "Das Viertelfinale beginnt am Freitag um 18 Uhr."),
    ("nl", ["Opstelling van Liquid:", "kamo", "Jamppi", "nAts", "Mistic", "paTiTek"], "Liquid speelt volgende week tegen Team Heretics."),
]


@pytest.mark.parametrize(("lang", "listed", "sentence"), _LISTS)
def test_a_list_under_its_label_over_the_articles_sentence_stays(lang: str, listed: list[str], sentence: str) -> None:
    # detached-blocks (edge_games.label_list_gap) and edge-furniture (label_list_tail): the label, its items and the
    # short sentence under them are the article's, the page's residue under them still goes
    tail = ["Follow us on Twitch", "Privacy policy", "© 2025 Esports Media Ltd"]
    lost_lines, gone = _kept([*TEXT[lang], *listed, sentence, *tail])
    assert lost_lines == tail, gone


def test_a_footers_label_over_the_sites_sections_still_goes() -> None:
    # (its items are the site's sections, table structure.section_name: no list of the article's)
    footer = ["Explore:", "News", "Reviews", "Guides", "Deals", "Esports Media is the home of competitive gaming news."]
    lost_lines, gone = _kept([*TEXT["en"], *footer, "About us"])
    assert lost_lines == [*footer, "About us"], gone


def test_a_label_over_items_and_a_line_another_pass_took_is_judged_as_before() -> None:
    # (an item another pass took, the follow row, breaks the list: the footer under the label goes as it did)
    footer = ["Find us on:", "Follow us on Twitch", "Esports Central", "Discord server", "Esports Media is the home of competitive gaming news."]
    lost_lines, gone = _kept([*TEXT["en"], *footer, "About us"])
    assert lost_lines == [*footer, "About us"], gone



def test_a_bare_label_on_a_page_of_an_untold_language_is_not_trusted() -> None:
    # (merge of session 41: test_fallback35's Albanian "Lexo edhe:" over towns over another story's headline; no
    # stopword list tells Albanian and no table of its own took the label: the list is judged as before, the headline
    # under it goes)
    page = [
        "Bashkia e Shkodrës nisi të hënën punimet për rikonstruksionin e urës së vjetër mbi lumin Buna.",
        "Ura, e ndërtuar në vitin 1948, ishte mbyllur për automjetet e rënda që prej dy vitesh.",
        "Gjatë kësaj kohe trafiku do të devijohet nga ura e re në Dajç, njoftoi bashkia në një deklaratë.",
        '"Ura është simbol i qytetit dhe do ta ruajmë formën e saj origjinale," tha kryebashkiaku i qytetit.',
    ]
    rail = ["Lexo edhe:", "Tirana", "Durrësi", "Vlora", "Elbasani", "Korça", "Qeveria miraton buxhetin e ri për vitin 2025 me rritje të pagave."]
    lost_lines, gone = _kept([*page, *rail])
    assert rail[-1] in lost_lines and not [line for line in lost_lines if line in page], gone



def test_a_deals_roundups_product_lines_stay() -> None:
    # (session 41's merge: a widget's price row, "Product: $price at Shop", is a deals round-up's own line too)
    page = [
        "Black Friday has brought some of the lowest prices of the year on headphones, and we have picked the best deals.",
        "Every price was checked on Friday morning, and we will update the list as the offers change over the weekend.",
        "Sony WH-1000XM5: $278 at Amazon",
        "Bose QuietComfort Ultra: $329 at Best Buy",
        "Apple AirPods Max: $399 at Walmart",
        "The Sony pair is our pick for most people, thanks to its excellent noise cancelling and long battery life.",
    ]
    lost_lines, gone = _kept(page)
    assert lost_lines == [], gone


if __name__ == "__main__":
    report(CASES)
