# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Over-stripping red team 14b: article GENRES not probed before, in English, German, French, Spanish, Italian,
Portuguese and Dutch, each page written the way sites in that language write.

The genres: an encyclopedia article with its infobox rows and "See also", stock-market reports (en, fr, it) with
tickers and a market table, software release notes (en, fr) and a changelog, weather reports with their forecast rows
(de, nl, pt), health-information pages with a symptoms list and "when to see a doctor" (de, es, nl), lottery results
(de, es, nl), podcast and speech transcripts with speaker labels and timestamps (fr, en, it), a horoscope (fr, it), TV
listings (fr, de), an election-results table, listicles with numbered short headings (es, pt), a shell tutorial, an
academic abstract page, a timetable change notice (it, nl) with a column of departure times, Q&A interviews with
one-line answers (pt, nl), book excerpts with chapter headings (pt, de) and a product comparison table.

Measured at the session's start (35 pages, 370 article and 229 residue lines): article lines lost 34, residue lines
left 37. Per language (lost / left): en 8 / 2, de 0 / 17, fr 7 / 8, es 11 / 2, it 2 / 2, pt 0 / 1, nl 6 / 5. The
losses: an infobox's rows over the first paragraph (a row with a three-word label, "Number of spans: 18", broke the
fact box: edge-furniture and dateline took the rest), a shell tutorial's commands ("sudo apt update"), lists and
headings between its numbered steps (edge-furniture: no paragraph long enough after the lede), release notes' lists
and headings ("Nouveautés", "Mise à jour": dateline read the heading as a stamp's label), the labelled dates of an
abstract under its keywords line (teaser-box listed them as the tag line's headlines), a timetable's column of
departure times ("20.15", "20.45": clock-line), a transcript's time over a short turn ("01:02" over "LUCA: Quanti?"),
an interview's closing one-word question and answer ("Spijt?" / "Nooit."), a health page's one-word symptoms over
"¿Cuándo acudir al médico?".

After: article lines lost 2 (``KNOWN_LOST``: an abstract's keywords line, a news page's tag line by its shape; a
"Corrections" heading, a news site's link word for word), residue lines left 37 (``RESIDUE_LEFT``). Per language:
en 0 / 2, de 0 / 17, fr 1 / 8, es 0 / 2, it 1 / 2, pt 0 / 1, nl 0 / 5 (de: a changelog page with no paragraph to
anchor its edges keeps its menu and footer, 9 lines).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line that may go
either way). Some pages are what a NAIVE scraper keeps (menus, share rows, footers), the others what an
EXTRACTOR lets through."""

from __future__ import annotations

import pytest
from probes import assert_survives, kept_lines, lost, removed, report, tagged_probe_tests, with_line

import cleaner

_CASES1 = {
    # NAIVE: an encyclopedia-style article with its infobox rows, "See also" and references
    "en_wiki": """\
R Main menu
R Main page
R Contents
R Random article
R Search
R Create account
R Log in
T Harwick Viaduct
T From Eastpedia, the free encyclopedia
T Harwick Viaduct
A Carries: Northby–Eastfold railway
A Crosses: River Lune
A Locale: Harwick, Northshire
A Total length: 412 m
A Number of spans: 18
A Opened: 14 June 1867
A The Harwick Viaduct is a masonry railway viaduct that carries the Northby–Eastfold line across the valley of the River Lune near Harwick.
A Built between 1864 and 1867 to a design by the engineer Thomas Garland, it is the longest viaduct on the line and a Grade II* listed structure.
A History
A Construction began in the spring of 1864. A shanty town for some 900 navvies grew up on the valley floor, and 23 workers died during the works.
A The viaduct closed for eighteen months in 1988 after engineers found cracks in three of the piers; it reopened after repairs costing £2.4 million.
A Design
A Each of the 18 arches spans 19 metres. The piers are built of local gritstone with brick arch rings.
T See also
T List of railway viaducts in Northshire
T Lune Valley Railway
A References
A Garland, Thomas (1868). The Harwick Viaduct. Proceedings of the Institution of Engineers. 27: 114–131.
R This page was last edited on 3 January 2025, at 11:02.
R Privacy policy
R About Eastpedia
R Disclaimers
R Mobile view
""",
    # EXTRACTOR: a stock-market report, tickers and figures in prose, a market table
    "en_markets": """\
T FTSE 100 closes at record high as miners rally
R By Priya Raman, Markets Reporter
R Updated 4:47pm GMT, 14 February 2025
A London's blue-chip index closed at a record high on Friday as mining stocks rallied on hopes of stronger demand from China.
A The FTSE 100 rose 0.6% to 8,764.72, while the more domestically focused FTSE 250 gained 0.3% to 20,918.45.
A Northern Copper (NCP) led the risers, up 4.8% at 1,412p, after raising its production forecast for the year.
A Eastfold Bank (EFB) fell 2.1% to 338.5p after it set aside £120m for possible car finance claims.
A On the currency markets, the pound rose 0.4% against the dollar to $1.2587 and was flat against the euro at €1.1992.
A Brent crude was down 0.8% at $74.31 a barrel.
A FTSE 100: 8,764.72 (+0.6%)
A FTSE 250: 20,918.45 (+0.3%)
A GBP/USD: 1.2587 (+0.4%)
A Brent crude: $74.31 (-0.8%)
A Analysts at Marlow Securities said the rally could run further if inflation figures due on Wednesday come in below forecasts.
R Market data delayed by at least 15 minutes.
R Sign up to our Business Briefing newsletter
R Read more: Interest rates held at 4.5% as Bank warns on growth
""",
    # EXTRACTOR: software release notes with version headings, item lines and commands
    "en_release": """\
T Quillpad 3.2 released
R Posted by the Quillpad team on 20 January 2025
A We're happy to announce Quillpad 3.2, with faster start-up, a new plugin API and more than forty bug fixes.
A Upgrading
A Run the following command to upgrade:
A pip install --upgrade quillpad
A If you use the Docker image, pull the new tag:
A docker pull quillpad/quillpad:3.2
A New features
A Start-up is now up to 40% faster on large projects.
A Plugins can register their own commands with register_command().
A Added a dark theme for the settings window.
A Bug fixes
A Fixed a crash when opening files with very long lines (#1432).
A Fixed: search ignored the "match case" option in some cases (#1450).
A Deprecations
A The --legacy-render flag is deprecated and will be removed in 4.0.
A Thanks to the 23 contributors who made this release possible!
R 12 comments
R Share on X
R Share on Mastodon
R Older posts
""",
    # EXTRACTOR: a German weather report with its forecast table
    "de_wetter": """\
T Wetter am Wochenende: Erst Sturm, dann Frost
R Von Markus Lindner
R Aktualisiert am 07.02.2025, 16:20 Uhr
A Ein kräftiges Sturmtief zieht am Samstag über Norddeutschland und bringt Böen bis 100 Kilometer pro Stunde.
A Der Deutsche Wetterdienst warnt an der Küste vor schweren Sturmböen, auf den Inseln sind auch orkanartige Böen möglich.
A Ab Sonntag strömt dann kalte Luft aus Skandinavien ein, in den Nächten droht verbreitet Frost.
A Die Aussichten
A Samstag: stürmisch, Regen, 6 bis 9 Grad
A Sonntag: wolkig, einzelne Schneeschauer, 1 bis 4 Grad
A Montag: sonnig, kalt, -2 bis 2 Grad
A Nachts: -8 bis -3 Grad, Glättegefahr
A Autofahrer sollten am Montagmorgen mit glatten Straßen rechnen, vor allem auf Brücken.
R Mehr Wetter
R Unwetterwarnungen für Ihre Region
R Wetter-App jetzt herunterladen
""",
    # NAIVE: a German health-information page, symptom list and "when to see a doctor"
    "de_medizin": """\
R Zum Inhalt springen
R Gesundheit
R Krankheiten A–Z
R Medikamente
R Ernährung
R Newsletter
R Suche
T Gürtelrose: Symptome, Ursachen und Behandlung
R Medizinisch geprüft von Dr. med. Anna Kessler
R Zuletzt aktualisiert: 11.01.2025
A Die Gürtelrose (Herpes Zoster) ist eine Viruserkrankung, die einen schmerzhaften Hautausschlag verursacht. Auslöser ist dasselbe Virus, das auch die Windpocken verursacht.
A Symptome
A Brennende oder stechende Schmerzen
A Rötung und Bläschen auf einer Körperseite
A Juckreiz
A Fieber und Abgeschlagenheit
A Meist zeigt sich der Ausschlag streifenförmig am Rumpf, seltener im Gesicht.
A Wann zum Arzt?
A Gehen Sie möglichst früh zum Arzt, am besten innerhalb von 72 Stunden nach Beginn des Ausschlags.
A Sofort ärztliche Hilfe brauchen Sie, wenn der Ausschlag das Auge betrifft.
A Behandlung
A Antivirale Medikamente verkürzen die Erkrankung und senken das Risiko von Nervenschmerzen.
A Für Menschen ab 60 Jahren empfiehlt die Ständige Impfkommission eine Impfung.
A Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.
R Quellen anzeigen
R Artikel teilen
R Das könnte Sie auch interessieren
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # EXTRACTOR: German lottery results
    "de_lotto": """\
T Lottozahlen vom Samstag: Jackpot geknackt
R 15.02.2025, 19:45 Uhr
A Ein Tipper aus Niedersachsen hat am Samstag den Lotto-Jackpot geknackt und gewinnt rund 11,8 Millionen Euro.
A Die Gewinnzahlen
A 4 – 11 – 19 – 27 – 38 – 45
A Superzahl: 7
A Spiel 77: 5 8 1 3 0 6 2
A Super 6: 9 4 2 7 1 8
A Die Zahlen werden ohne Gewähr veröffentlicht.
A Der Gewinner hatte seinen Tippschein in einer Annahmestelle im Landkreis Celle abgegeben.
A Gewinnquoten
A Klasse 1: 11.812.452,30 Euro
A Klasse 2: unbesetzt
A Klasse 3: 15.402,50 Euro
R Jetzt Lotto online spielen
R Spielteilnahme ab 18 Jahren. Glücksspiel kann süchtig machen.
""",
}

_CASES2 = {
    # EXTRACTOR: a French podcast transcript with speaker labels and timestamps
    "fr_podcast": """\
T « Le goût du pain » : la transcription de l'épisode 12
R Publié le 4 février 2025 à 8h00
A Cet épisode est consacré aux boulangers qui reviennent aux farines anciennes. Voici la transcription intégrale.
A [00:00:12] Claire : Bonjour à toutes et à tous, et bienvenue dans « Le goût du pain ».
A [00:00:18] Claire : Aujourd'hui, je reçois Julien Marchand, boulanger à Saint-Flour. Bonjour Julien.
A [00:00:23] Julien : Bonjour Claire.
A [00:00:25] Claire : Pourquoi avoir choisi les blés anciens ?
A [00:00:29] Julien : Parce qu'ils ont du goût, tout simplement. Et ils poussent sans engrais.
A [00:01:04] Claire : C'est plus cher ?
A [00:01:06] Julien : Oui. Environ trente pour cent.
A [00:01:10] Claire : Merci Julien.
A [00:01:12] Julien : Merci à vous.
R Écouter l'épisode sur votre plateforme préférée
R Abonnez-vous au podcast
R Partager
""",
    # NAIVE: a French horoscope page
    "fr_horoscope": """\
R Accueil
R Astro
R Horoscope du jour
R Horoscope chinois
R Numérologie
R Se connecter
T Horoscope du lundi 10 février 2025
A Bélier (21 mars – 20 avril)
A Amour : une discussion franche clarifie une situation tendue.
A Travail : ne précipitez rien, les réponses arriveront mercredi.
A Santé : bonne énergie.
A Taureau (21 avril – 21 mai)
A Amour : un geste inattendu vous touche.
A Travail : une proposition mérite réflexion.
A Santé : ménagez votre dos.
A Gémeaux (22 mai – 21 juin)
A Amour : célibataire, vous faites une rencontre.
A Travail : journée chargée mais productive.
A Santé : dormez davantage.
R Recevez votre horoscope chaque matin par e-mail
R S'inscrire
R Mentions légales
R Gérer mes cookies
R © 2025 Astromag
""",
    # EXTRACTOR: a French TV listing inside an article
    "fr_tele": """\
T Que regarder à la télé ce soir ? Notre sélection du mardi
R Par Hélène Roux
R Le 11/02/2025 à 07h30
A Un grand classique du cinéma, un match de Ligue des champions et un documentaire inédit : voici nos choix pour la soirée.
A 21h00 – Canal Neuf
A Football : PSG – Liverpool
A Le match aller des huitièmes de finale, commenté en direct depuis le Parc des Princes.
A 21h10 – Télé Est
A Les Tontons flingueurs
A Le film culte de Georges Lautner, avec Lino Ventura et Bernard Blier.
A 22h45 – Arte Sud
A Les Glaciers, derniers témoins
A Un documentaire inédit tourné pendant trois ans dans les Alpes.
A Notre avis : à ne pas manquer.
R Voir tout le programme TV
R À lire aussi : Les audiences de lundi soir
""",
    # NAIVE: a Spanish election-results article with its table
    "es_elecciones": """\
R Ir al contenido
R Portada
R Política
R Economía
R Deportes
R Suscríbete
R Iniciar sesión
T Resultados de las elecciones municipales en Valdeolmos
R Redacción
R 26/05/2025 - 23:58 CET
A El Partido Vecinal ha ganado las elecciones municipales en Valdeolmos con el 38,2% de los votos y gobernará en minoría.
A Escrutado el 100% de los votos
A Partido Vecinal: 3.412 votos (38,2%), 6 concejales
A Unión Ciudadana: 2.876 votos (32,2%), 5 concejales
A Izquierda Local: 1.544 votos (17,3%), 2 concejales
A Verdes: 612 votos (6,9%), 0 concejales
A Participación: 64,1%
A Abstención: 35,9%
A La candidata del Partido Vecinal, Marta Ibáñez, agradeció el apoyo y anunció que hablará con todos los grupos.
A «Ha ganado el pueblo», dijo.
R Comentarios (34)
R Te puede interesar
R Aviso legal
R Política de cookies
""",
    # EXTRACTOR: a Spanish listicle with numbered short headings
    "es_lista": """\
T Siete pueblos con encanto para una escapada de invierno
R Por Lucía Herrero
R Actualizado: 12/01/2025 10:15
A Calles empedradas, chimeneas encendidas y paisajes nevados: estos son algunos de los pueblos más bonitos para visitar en invierno.
A 1. Albarracín (Teruel)
A Sus casas colgadas de color rojizo y sus murallas lo convierten en uno de los pueblos más fotografiados de España.
A 2. Pedraza (Segovia)
A La villa medieval, rodeada de muralla, es famosa por su cordero asado.
A 3. Cangas de Onís (Asturias)
A Puerta de entrada a los Picos de Europa.
A 4. Frías (Burgos)
A Una de las ciudades más pequeñas de España.
A 5. Ansó (Huesca)
A Piedra, madera y montaña.
R Te puede interesar
R Los mejores planes para este fin de semana
R Síguenos en Instagram
""",
    # EXTRACTOR: a Spanish tutorial with code and shell commands
    "es_tutorial": """\
T Cómo instalar y configurar Nginx en Ubuntu 24.04
R Publicado el 3 de marzo de 2025 por Adrián Molina
A En este tutorial veremos cómo instalar el servidor web Nginx y crear un bloque de servidor para nuestro dominio.
A Requisitos
A Un servidor con Ubuntu 24.04
A Un usuario con permisos sudo
A Paso 1: instalar Nginx
A sudo apt update
A sudo apt install nginx
A Paso 2: ajustar el cortafuegos
A sudo ufw allow 'Nginx Full'
A Paso 3: comprobar el servicio
A systemctl status nginx
A Si todo ha ido bien, verás la línea active (running).
A Conclusión
A Ya tienes Nginx funcionando.
R ¿Te ha sido útil este artículo? Compártelo
R 5 comentarios
R Deja un comentario
""",
}

_CASES3 = {
    # EXTRACTOR: an Italian academic abstract page with authors, affiliations and keywords
    "it_abstract": """\
T Effetti della siccità sulla produzione di olio d'oliva in Puglia (2015-2023)
A Marco De Santis, Giulia Ferri, Antonio Russo
A Dipartimento di Scienze Agrarie, Università di Bari
A Riassunto
A Lo studio analizza l'andamento della produzione di olio extravergine in Puglia tra il 2015 e il 2023, in relazione alle precipitazioni e alle temperature estive.
A I risultati mostrano un calo medio della resa del 18% negli anni più siccitosi, con differenze marcate tra le province.
A Parole chiave: olivicoltura, siccità, cambiamento climatico, Puglia
T Ricevuto: 12 settembre 2024
T Accettato: 9 gennaio 2025
T DOI: 10.1234/ras.2025.0412
R Scarica il PDF
R Cita questo articolo
R Condividi
""",
    # NAIVE: an Italian stock-market report
    "it_borsa": """\
R Vai al contenuto
R Home
R Economia
R Mercati
R Risparmio
R Abbonati
R Accedi
T Piazza Affari chiude in rialzo, corrono le banche
R di Redazione Economia
R 14 febbraio 2025 17:52
A Seduta positiva per Piazza Affari, che chiude in rialzo dello 0,8% trainata dai titoli bancari.
A Il Ftse Mib ha terminato a 38.412 punti, ai massimi dal 2008.
A Tra i migliori Banca Adriatica (+3,2%) e Credito Padano (+2,7%), in calo invece i petroliferi con Energie Sud (-1,4%).
A Lo spread tra Btp e Bund si è ristretto a 112 punti base, con il rendimento del decennale al 3,41%.
A Sul mercato valutario l'euro è scambiato a 1,0482 dollari.
A Ftse Mib: 38.412 (+0,8%)
A Euro/dollaro: 1,0482
A Spread Btp-Bund: 112
R Leggi anche
R Bollette, cosa cambia da marzo
R Chi siamo
R Privacy
R Cookie policy
R P.IVA 01234567890
""",
    # EXTRACTOR: an Italian notice of timetable changes
    "it_orari": """\
T Lavori sulla linea Milano-Genova: cambiano gli orari dal 3 marzo
R Pubblicato il 20/02/2025
A Per lavori di potenziamento infrastrutturale, dal 3 al 23 marzo la circolazione sulla linea Milano-Genova subirà modifiche.
A Treni cancellati
A Regionale 2105 Milano Centrale 6.25 – Genova Brignole 8.20
A Regionale 2112 Genova Brignole 18.40 – Milano Centrale 20.35
A Treni con orario modificato
A Regionale 2107 parte da Milano Centrale alle 7.40 anziché alle 7.25.
A Bus sostitutivi
A Tra Pavia e Voghera i treni sono sostituiti da bus, con partenza dal piazzale della stazione.
A I bus non trasportano biciclette.
A Informazioni: numero verde 800 000 000
R Scarica l'app
R Acquista il biglietto
""",
    # EXTRACTOR: a Portuguese Q&A interview, short questions and one-line answers
    "pt_entrevista": """\
T «Ler é um ato de resistência», diz a escritora Marta Leal
R Por Rui Antunes
R 9 de fevereiro de 2025, 10:00
A Marta Leal acaba de publicar o quinto romance, «A casa das marés». Falámos com ela em Lisboa.
A Quando começou a escrever?
A Aos doze anos.
A Porquê?
A Porque tinha medo de esquecer.
A O que mudou desde o primeiro livro?
A Tudo. E nada.
A Escreve todos os dias?
A Sim, de manhã.
A Um livro que recomende?
A «Memorial do Convento».
A E o próximo projeto?
A Ainda é segredo.
R Leia também
R Os livros mais vendidos da semana
R Partilhe este artigo
""",
    # NAIVE: a Portuguese book excerpt with chapter headings
    "pt_excerto": """\
R Início
R Cultura
R Livros
R Música
R Cinema
R Assinar
T Leia o primeiro capítulo de «A casa das marés»
A Publicamos, em pré-publicação, o início do novo romance de Marta Leal, que chega às livrarias na quinta-feira.
A I
A A casa
A A casa ficava no fim da rua, onde o alcatrão acabava e começava a areia.
A Ninguém se lembrava de quem a tinha construído.
A — Foi o mar — dizia a avó.
A II
A O regresso
A Voltei num domingo de março, com uma mala e nenhum plano.
A «A casa das marés», de Marta Leal. Edições Atlântico, 312 páginas, 18,90 euros.
R Partilhar no Facebook
R Partilhar no WhatsApp
R Termos e condições
R Política de privacidade
""",
    # EXTRACTOR: a Portuguese product comparison with its table
    "pt_comparativo": """\
T Aspiradores robô: comparámos os três mais vendidos
R Por Sofia Neves
R Atualizado a 05/03/2025
A Testámos durante um mês os três aspiradores robô mais vendidos em Portugal, em casas com tapetes, animais e móveis baixos.
A Modelo | Preço | Autonomia | Nota
A Limpa X3 | 299 € | 120 min | 8,5
A RoboCasa S | 449 € | 180 min | 9,0
A VarreTudo 2 | 199 € | 90 min | 7,0
A Bateria
A O RoboCasa S foi o único a limpar 100 m² sem voltar à base.
A Veredito
A Melhor compra: Limpa X3.
R Este artigo contém links de afiliados.
R Comprar na loja
R Ver preço
""",
}

_CASES4 = {
    # NAIVE: a Dutch weather report with its forecast
    "nl_weer": """\
R Naar hoofdinhoud
R Nieuws
R Weer
R Sport
R Regio
R Inloggen
T Weekend: eerst zacht en nat, daarna winters koud
R Door Erik de Wit
R 07-02-2025, 15:42
A Het weekend begint zacht, met temperaturen rond de 10 graden, maar vanaf zondag stroomt koude lucht ons land binnen.
A Vooral in het noorden valt zaterdag veel regen, plaatselijk 20 tot 30 millimeter.
A Het weerbericht
A Zaterdag: regen, 9 tot 11 graden
A Zondag: buien, later opklaringen, 4 graden
A Maandag: zonnig, vorst in de ochtend, 2 graden
A Dinsdag: droog en koud, -1 graad
A Wie maandag vroeg de weg op gaat, moet rekening houden met gladheid.
R Bekijk de buienradar
R Download de app
R Privacy
R Cookie-instellingen
""",
    # EXTRACTOR: a Dutch transport timetable change notice
    "nl_dienstregeling": """\
T Nieuwe dienstregeling: minder bussen in de avond
R Gepubliceerd op 12 december 2024
A Vanaf zondag 15 december rijden de bussen in de regio volgens een nieuwe dienstregeling.
A Wat verandert er?
A Lijn 12 rijdt na 20.00 uur nog maar twee keer per uur.
A Lijn 14 stopt niet meer bij halte Kerkplein.
A Lijn 31 vervalt; reizigers kunnen lijn 30 nemen.
A Vertrektijden lijn 12 vanaf Station (avond)
A 20.15
A 20.45
A 21.15
A 21.45
A Kijk voor alle tijden op de reisplanner of bel 0900-1234.
R Deel dit bericht
R Volg ons op X
""",
    # NAIVE: a Dutch medical information page
    "nl_medisch": """\
R Overslaan en naar de inhoud gaan
R Home
R Ziektes
R Onderzoeken
R Contact
R Zoeken
T Griep
A Griep is een besmettelijke ziekte die wordt veroorzaakt door het influenzavirus.
A Klachten
A Plotseling hoge koorts
A Spierpijn
A Hoofdpijn
A Droge hoest
A De meeste mensen zijn na een week weer beter.
A Wanneer bel je de huisarts?
A Bel de huisarts als u na 5 dagen nog koorts heeft.
A Bel direct bij benauwdheid.
A Wat kunt u zelf doen?
A Rust goed uit en drink voldoende.
R Was deze informatie nuttig?
R Ja
R Nee
R Disclaimer
R Privacyverklaring
R Toegankelijkheid
""",
}
_CASES5 = {
    # EXTRACTOR: an English speech transcript with speaker labels, bare timestamps and stage notes
    "en_transcript": """\
T Full transcript: the mayor's budget speech
R By Newsroom staff
R March 4, 2025 at 9:12 a.m.
A Below is a transcript of Mayor Linda Okoro's budget address to the city council on Monday evening.
A 00:00
A OKORO: Thank you, Madam President. Thank you all.
A 00:41
A OKORO: This budget does three things. It fixes our roads. It hires more teachers. And it balances.
A (APPLAUSE)
A 02:15
A COUNCILMEMBER REYES: Will the mayor yield for a question?
A OKORO: Not yet.
A (LAUGHTER)
A 03:02
A OKORO: We will not raise property taxes this year.
R Sign up for our City Hall newsletter
R Related: Council approves new transit plan
""",
    # NAIVE: a German changelog of an app
    "de_changelog": """\
R Startseite
R Produkte
R Download
R Support
R Blog
T Versionshinweise Rechnungsbox 5.4
A Version 5.4 (10. Februar 2025)
A Neu
A E-Rechnungen im Format XRechnung erstellen
A Export nach DATEV
A Dunkler Modus
A Verbessert
A Schnellere Suche in großen Mandanten
A Behoben
A Absturz beim Drucken von Mahnungen
A Falsche Rundung bei 7 % Umsatzsteuer
A Version 5.3.2 (15. Januar 2025)
A Behoben
A Anmeldung mit Zwei-Faktor-Authentifizierung schlug fehl
A Das Update wird automatisch installiert. Ihre Daten bleiben erhalten.
R Newsletter abonnieren
R Impressum
R Datenschutz
R AGB
""",
    # EXTRACTOR: a French stock-market report
    "fr_bourse": """\
T Le CAC 40 termine en hausse, porté par le luxe
R Par la rédaction
R Publié le 14/02/2025 à 18h05
A La Bourse de Paris a terminé la séance de vendredi en hausse de 0,9 %, portée par les valeurs du luxe.
A Le CAC 40 a gagné 72,31 points à 8 164,47 points.
A Sur la semaine, l'indice progresse de 1,8 %.
A Maison Lurat a bondi de 4,2 % après la publication de ventes meilleures que prévu.
A À la baisse, Aciéries du Nord a cédé 3,1 %.
A CAC 40 : 8 164,47 (+0,9 %)
A Euro/dollar : 1,0485
A Pétrole (Brent) : 74,3 dollars
A Les investisseurs attendent désormais les chiffres de l'inflation américaine.
R Cours différés de 15 minutes
R Suivez les marchés en direct
""",
    # NAIVE: a Spanish health page
    "es_salud": """\
R Saltar al contenido
R Inicio
R Enfermedades
R Nutrición
R Bienestar
R Buscar
T Gastroenteritis: síntomas y tratamiento
R Revisado por la Dra. Elena Campos
A La gastroenteritis es una inflamación del estómago y el intestino, causada casi siempre por un virus.
A Síntomas
A Diarrea
A Vómitos
A Dolor abdominal
A Fiebre leve
A ¿Cuándo acudir al médico?
A Si hay sangre en las heces.
A Si los síntomas duran más de tres días.
A Si aparecen signos de deshidratación.
A Tratamiento
A Lo más importante es beber mucho líquido, en pequeños sorbos.
R Este contenido es meramente informativo.
R Compartir
R Política de privacidad
R Aviso legal
""",
    # EXTRACTOR: an Italian horoscope
    "it_oroscopo": """\
T Oroscopo di oggi, martedì 11 febbraio 2025
R di Stella Marini
A Ariete
A Giornata di chiarimenti in amore. Sul lavoro, non forzate i tempi.
A Voto: 7
A Toro
A Un incontro vi mette di buon umore.
A Voto: 8
A Gemelli
A Stanchezza. Riposate.
A Voto: 5
R Leggi l'oroscopo della settimana
R Iscriviti alla newsletter
""",
    # EXTRACTOR: a Portuguese weather report with its forecast
    "pt_tempo": """\
T Chuva forte e vento: sete distritos sob aviso amarelo
R Por Lusa
R 07 fev 2025 15:12
A Sete distritos do continente estão sob aviso amarelo a partir de sábado por causa da chuva forte e do vento.
A Segundo o Instituto do Mar e da Atmosfera, a chuva será persistente no Minho e no Douro Litoral.
A Previsão para sábado
A Porto: chuva, 9/14 ºC
A Lisboa: aguaceiros, 11/16 ºC
A Faro: céu nublado, 12/18 ºC
A Bragança: chuva, 3/9 ºC
A A partir de segunda-feira, o tempo deve melhorar.
R Veja também
R Trânsito cortado na A1 por causa de acidente
""",
    # NAIVE: a Dutch lottery-results article
    "nl_loterij": """\
R Home
R Nieuws
R Sport
R Geld
R Inloggen
T Trekking Lotto zaterdag: geen winnaar jackpot
R 15-02-2025 21:05
A Bij de Lotto-trekking van zaterdag is de jackpot van 7 miljoen euro niet gevallen.
A Winnende getallen
A 3 - 12 - 17 - 29 - 33 - 41
A Bonusgetal: 22
A Jackpot volgende trekking: 8 miljoen euro
A Wel wonnen twee deelnemers 100.000 euro met de Lucky Ball.
A Aan deze uitslag kunnen geen rechten worden ontleend.
R Speel verantwoord. 18+
R Privacy
R Cookies
""",
    # EXTRACTOR: a Dutch Q&A interview, short questions and one-line answers
    "nl_interview": """\
T 'Ik wilde altijd al bakker worden'
R Door Sanne Bakker
R 9 februari 2025
A Jeroen de Groot (34) opende vorig jaar een bakkerij in Zwolle. Vijf vragen aan de jonge ondernemer.
A Waarom bakker?
A Omdat mijn opa het was.
A Hoe laat staat u op?
A Om half vier.
A Elke dag?
A Zes dagen per week.
A Wat is uw best verkochte brood?
A Het desembrood.
A Spijt?
A Nooit.
R Lees ook
R Deze bakkerijen in Overijssel zijn de beste van het land
""",
    # EXTRACTOR: a German book excerpt with chapter headings
    "de_leseprobe": """\
T Leseprobe: „Das Haus am Deich“ von Ines Hartmann
A Wir veröffentlichen vorab das erste Kapitel des neuen Romans von Ines Hartmann, der am Donnerstag erscheint.
A Erstes Kapitel
A Ankunft
A Das Haus stand am Ende des Deichs, dort, wo die Straße aufhörte.
A Niemand wusste, wer es gebaut hatte.
A „Der Wind“, sagte die Großmutter.
A Zweites Kapitel
A Der Brief
A Am Montag kam der Brief.
A Ines Hartmann: Das Haus am Deich. Roman. Nordlicht Verlag, 288 Seiten, 24 Euro.
R Jetzt bestellen
R Mehr Bücher
""",
    # NAIVE: a Spanish lottery-results article
    "es_loteria": """\
R Portada
R Actualidad
R Loterías
R Suscríbete
T Resultado de la Bonoloto del lunes 10 de febrero
A La Bonoloto ha dejado un acertante de primera categoría en Zaragoza, que se lleva 1.245.302 euros.
A Combinación ganadora
A 5, 14, 22, 31, 38, 47
A Complementario: 9
A Reintegro: 3
A El boleto fue sellado en la administración número 24 de la capital aragonesa.
R Comprueba tu décimo
R Juega con responsabilidad
R Aviso legal
R Cookies
""",
}
_CASES6 = {
    # EXTRACTOR: an Italian podcast transcript, bare timestamps over each turn
    "it_trascrizione": """\
T Il podcast della settimana: la trascrizione
R di Redazione
A Ecco la trascrizione della puntata dedicata ai pendolari della linea Milano-Genova.
A 00:00
A LUCA: Buongiorno e benvenuti.
A 00:14
A SARA: Oggi parliamo di treni in ritardo.
A 01:02
A LUCA: Quanti?
A SARA: Troppi.
A 01:30
A LUCA: Grazie a tutti, alla prossima.
R Ascolta il podcast su tutte le piattaforme
R Condividi
""",
    # NAIVE: a Portuguese listicle with numbered headings
    "pt_lista": """\
R Início
R Viagens
R Gastronomia
R Assinar
T Dez praias do Alentejo para fugir às multidões
A Areais extensos, água fria e pouca gente: estas são as nossas praias preferidas da costa alentejana.
A 1. Praia do Malhão
A Dunas altas e um areal a perder de vista.
A 2. Praia da Samoqueira
A Pequena, escondida entre rochas.
A 3. Praia do Almograve
A Ideal para famílias.
A 4. Zambujeira do Mar
A A mais animada no verão.
R Partilhe este artigo
R Termos de utilização
R Política de privacidade
""",
    # EXTRACTOR: French release notes
    "fr_version": """\
T Nouveautés de la version 2.8 de Calepin
R Publié le 12 février 2025
A La version 2.8 de Calepin est disponible. Elle apporte la synchronisation hors ligne et corrige une trentaine de bogues.
A Nouveautés
A Synchronisation hors ligne
A Export en PDF
A Thème sombre
A Corrections
A Plantage à l'ouverture des fichiers volumineux
A Mauvais affichage des accents dans les titres
A Mise à jour
A npm install -g calepin@2.8
A La mise à jour est gratuite pour tous les abonnés.
R Partager
R Article précédent
R Article suivant
""",
    # EXTRACTOR: a German TV listing with times over titles
    "de_tv": """\
T TV-Tipps für Sonntag: Krimi, Doku und ein Klassiker
R Von Jonas Berg
A Am Sonntagabend lohnt sich das Einschalten: Wir haben die besten Sendungen herausgesucht.
A 20:15 Uhr, Kanal Eins
A Tatort: Die letzte Fähre
A Ein Toter auf der Fähre nach Föhr, und alle Passagiere haben ein Alibi.
A 21:45 Uhr, Nordwelle
A Das Wattenmeer
A Eine Dokumentation über das größte Wattgebiet der Welt.
A 23:30 Uhr, Drei Plus
A Casablanca
A Der Klassiker mit Humphrey Bogart.
R Alle TV-Tipps
R Zum TV-Programm
""",
}

CASES: dict[str, str] = {**_CASES1, **_CASES2, **_CASES3, **_CASES4, **_CASES5, **_CASES6}

#: The article lines a page is known to lose (a strict ratchet).
KNOWN_LOST: dict[str, list[str]] = {
    # (an abstract's keywords line, "Parole chiave: …", under the abstract's heading "Riassunto": kept since left 20,
    # edge_sections.abstract_keywords)
    # release notes' "Corrections" heading is a news site's link to its corrections page, word for word (site-chrome)
    "fr_version": ["Corrections"],
}

#: The residue a page is known to leave (a ratchet: it may only shrink).
RESIDUE_LEFT: dict[str, int] = {
    # calls to play, to download an app, to see more of a section, the gambling notice, the wiki's edit stamp
    # ("Jetzt Lotto online spielen", "Wetter-App jetzt herunterladen", "Mehr Wetter", "Voir tout le programme TV",
    # "This page was last edited on …", "Écouter l'épisode sur votre plateforme préférée"; "Abonnez-vous au podcast"
    # goes since mail30)
    "de_lotto": 2,
    "de_wetter": 3,
    "en_wiki": 1,
    "fr_podcast": 1,
    "fr_tele": 1,
    # a dateline with the author's name after it ("Publicado el 3 de marzo de 2025 por …")
    "es_tutorial": 1,
    # a horoscope site's menu of its sections under the home link, and its daily e-mail call
    "fr_horoscope": 5,
    # a skip link and two menu words over the page's one-word title ("Griep"): the menu runs into the title
    "nl_medisch": 3,
    # an update stamp "Atualizado a …" (the preposition "a" no table names)
    "pt_comparativo": 1,
    # a page with no paragraph long enough to anchor the edges: its menu and footer are left whole
    "de_changelog": 9,
    # a byline with no "By" ("Newsroom staff"), a health page's disclaimer sentence, a shop's link and a
    # responsible-play line, a call to read the week's horoscope
    "en_transcript": 1,
    "es_salud": 1,
    "de_leseprobe": 1,
    "nl_loterij": 2,
    "it_oroscopo": 1,
    "it_trascrizione": 1,
    "de_tv": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the fixes' shapes: each kept at the head, in the middle and at the tail, the residue it resembles still gone --

NOTICE = [
    "Vanaf zondag 15 december rijden de bussen in de regio volgens een nieuwe dienstregeling, met minder ritten in de avond.",
    "Lijn 12 rijdt na acht uur 's avonds nog maar twee keer per uur, en lijn 31 vervalt helemaal; reizigers kunnen dan lijn 30 nemen.",
    "Kijk voor alle vertrektijden op de reisplanner van de vervoerder of bel de klantenservice op werkdagen.",
]
TIMES = ["Vertrektijden lijn 12 vanaf Station", "20.15", "20.45", "21.15", "21.45"]


@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_timetables_column_of_times_survives(position: str) -> None:
    """Three or more bare times right under each other, later and later, with the article going on under them."""
    body = with_line(NOTICE, "\n".join(TIMES), position)
    if position == "tail":
        body.append("De nieuwe tijden gelden tot eind juni.")
    result = cleaner.explain_text("\n".join(["Nieuwe dienstregeling", *body]))
    assert lost([*NOTICE, *TIMES], result) == [], removed(result)


def test_a_timetable_at_the_head_and_lone_or_unordered_times_still_go() -> None:
    """Over the first paragraph a time is the page's stamp; two stamps, or durations out of order, are no column."""
    for lines in (["20.15"], ["20.15", "20.45"], ["23:05", "08:51", "10:48"]):
        for position in ("middle", "tail"):
            body = with_line(NOTICE, "\n".join(lines), position)
            result = cleaner.explain_text("\n".join([*body, "De nieuwe tijden gelden tot eind juni."]))
            assert [line for line in lines if line in kept_lines(result)] == [], (lines, position)
            assert {r.pass_name for r in result.removed} == {"clock-line"}
    result = cleaner.explain_text("\n".join(["20.15", "20.45", "21.15", *NOTICE]))
    assert kept_lines(result) == NOTICE


HOWTO = [
    "En este tutorial veremos cómo instalar el servidor web Nginx en Ubuntu y crear un bloque de servidor para nuestro dominio.",
    "Antes de empezar necesitas acceso a un servidor con un usuario que tenga permisos de administrador y una conexión a internet.",
    "Al final del tutorial tendrás un servidor web funcionando, listo para alojar tu primera página y tus propios proyectos.",
]
COMMANDS = ["sudo apt update", "sudo apt install nginx", "sudo ufw allow 'Nginx Full'", "sudo systemctl reload nginx"]


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_run_as_root_survives(command: str, position: str) -> None:
    assert_survives(with_line(HOWTO, command, position))


def test_a_menu_still_goes_under_a_how_to() -> None:
    menu = ["Inicio", "Tutoriales", "Servidores", "Contacto", "Aviso legal"]
    result = cleaner.explain_text("\n".join([*HOWTO, *menu]))
    assert kept_lines(result) == HOWTO


STEPS = ["Requisitos", "Un servidor con Ubuntu 24.04", "Un usuario con permisos sudo", "Paso 1: instalar Nginx",
         "sudo apt update", "Paso 2: ajustar el cortafuegos", "sudo ufw allow 'Nginx Full'",
         "Paso 3: comprobar el servicio", "systemctl status nginx", "Si todo ha ido bien, verás la línea active (running).",
         "Conclusión", "Ya tienes Nginx funcionando."]
FOOTER = ["¿Te ha sido útil este artículo? Compártelo", "5 comentarios", "Deja un comentario", "Aviso legal"]


def test_a_how_tos_numbered_steps_survive_the_footer_under_them_goes() -> None:
    result = cleaner.explain_text("\n".join([HOWTO[0], *STEPS, *FOOTER]))
    assert lost([HOWTO[0], *STEPS], result) == [], removed(result)
    assert [line for line in FOOTER if line in kept_lines(result)] == []


def test_steps_not_in_order_or_a_lone_step_keep_nothing_of_the_menu_under_them() -> None:
    """"Paso 2" alone, or a footer's sign-up steps out of order, make no how-to: the menu around them goes."""
    menu = ["Inicio", "Tutoriales", "Servidores", "Contacto"]
    for steps in (["Paso 2: crea tu cuenta"], ["Paso 3: elige tu plan", "Paso 1: crea tu cuenta"]):
        result = cleaner.explain_text("\n".join([*HOWTO, *menu, *steps, "Es gratis.", "Aviso legal", "Cookies"]))
        assert [line for line in menu if line in kept_lines(result)] == [], steps


ABSTRACT = [
    "Lo studio analizza l'andamento della produzione di olio extravergine in Puglia tra il 2015 e il 2023, in relazione alle precipitazioni.",
    "I risultati mostrano un calo medio della resa del 18% negli anni più siccitosi, con differenze marcate tra le province pugliesi.",
]


def test_labelled_dates_under_a_tag_line_are_no_headlines_of_its_box() -> None:
    dates = ["Ricevuto: 12 settembre 2024", "Accettato: 9 gennaio 2025"]
    result = cleaner.explain_text("\n".join([*ABSTRACT, "Temi: olivicoltura, siccità", *dates]))
    assert lost([*ABSTRACT, *dates], result) == [], removed(result)
    assert "Temi: olivicoltura, siccità" not in kept_lines(result)


def test_headlines_under_a_tag_line_still_go() -> None:
    teasers = ["Siccità, la Regione chiede lo stato di calamità", "Olio, prezzi record nei frantoi pugliesi"]
    result = cleaner.explain_text("\n".join([*ABSTRACT, "Temi: olivicoltura, siccità", *teasers]))
    assert kept_lines(result) == ABSTRACT, removed(result)


INFOBOX = ["Carries: Northby–Eastfold railway", "Crosses: River Lune", "Locale: Harwick, Northshire",
           "Total length: 412 m", "Number of spans: 18", "Opened: 14 June 1867"]
WIKI = [
    "The Harwick Viaduct is a masonry railway viaduct that carries the Northby–Eastfold line across the valley of the River Lune.",
    "Built between 1864 and 1867 to a design by the engineer Thomas Garland, it is the longest viaduct on the line and a listed structure.",
    "The viaduct closed for eighteen months in 1988 after engineers found cracks in three of the piers; it reopened after repairs.",
]


def test_an_infobox_with_a_three_word_label_survives_over_the_first_paragraph() -> None:
    menu = ["Main page", "Contents", "Random article", "Log in"]
    result = cleaner.explain_text("\n".join([*menu, "Harwick Viaduct", *INFOBOX, *WIKI]))
    assert lost([*INFOBOX, *WIKI], result) == [], removed(result)
    assert [line for line in menu if line in kept_lines(result)] == []


@pytest.mark.parametrize("position", ["middle", "tail"])
def test_an_infobox_survives_in_the_middle_and_at_the_tail(position: str) -> None:
    assert_survives(with_line(WIKI, "\n".join(INFOBOX), position))


def test_a_bylines_labelled_rows_over_the_first_paragraph_still_go() -> None:
    """Three-word labels of a byline's rows ("Date of publication: …") are metadata, no fact box."""
    stamp = ["Written by: Anna Black", "Date of publication: 14 June 2024"]
    result = cleaner.explain_text("\n".join([*stamp, *WIKI]))
    assert kept_lines(result) == WIKI, removed(result)


INTERVIEW = [
    "Jeroen de Groot opende vorig jaar een bakkerij in Zwolle, in een oud pand aan de rand van de binnenstad. We spraken hem in de winkel.",
    "Waarom bakker?", "Omdat mijn opa het was.", "Wat is uw best verkochte brood?", "Het desembrood.",
]
ONE_WORD = ["Spijt?", "Nooit."]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_one_word_question_and_answer_closing_an_interview_survive(sep: str) -> None:
    result = cleaner.explain_text(sep.join([*INTERVIEW, *ONE_WORD, "Lees ook", "Privacy", "Cookies", "Contact"]))
    assert lost([*INTERVIEW, *ONE_WORD], result) == [], removed(result)


def test_a_one_word_question_and_answer_in_the_middle_survive() -> None:
    result = cleaner.explain_text("\n".join([*INTERVIEW[:3], *ONE_WORD, *INTERVIEW[3:], INTERVIEW[0]]))
    assert result.removed == []


def test_a_footers_question_under_no_interview_still_goes() -> None:
    """"Vragen?" over "Bel ons." under a paragraph, no question and answer above: the footer's."""
    result = cleaner.explain_text("\n".join([INTERVIEW[0], "Vragen?", "Bel ons.", "Privacy", "Cookies", "Contact"]))
    assert "Vragen?" not in kept_lines(result)


HEALTH = [
    "La gastroenteritis es una inflamación del estómago y el intestino, causada casi siempre por un virus y muy contagiosa en invierno.",
    "Síntomas", "Diarrea", "Vómitos", "Dolor abdominal", "Fiebre leve",
    "¿Cuándo acudir al médico?", "Si hay sangre en las heces.", "Si los síntomas duran más de tres días.",
]


def test_a_short_list_over_a_question_the_page_answers_survives() -> None:
    footer = ["Compartir", "Política de privacidad", "Aviso legal", "Cookies"]
    result = cleaner.explain_text("\n".join([*HEALTH, *footer]))
    assert lost(HEALTH, result) == [], removed(result)
    assert [line for line in footer if line in kept_lines(result)] == []


# (not at the head: a page opening on a heading over one-word lines, before any paragraph, is a menu's shape)
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_the_symptoms_list_survives_in_a_longer_article(position: str) -> None:
    paragraphs = [HEALTH[0], *HOWTO[1:]]
    assert_survives(with_line(paragraphs, "\n".join(HEALTH[1:]), position))


def test_a_footers_link_group_over_a_question_with_no_answers_still_goes() -> None:
    """A group of links, then a question with links under it: the page's (the question itself, a sentence's
    shape, was left before too)."""
    links = ["Secciones", "Deportes", "Economía", "Cultura", "¿Quiénes somos?", "Contacto", "Aviso legal"]
    result = cleaner.explain_text("\n".join([HEALTH[0], *links]))
    assert kept_lines(result) == [HEALTH[0], "¿Quiénes somos?"], removed(result)
    teaser = ["Secciones", "Deportes", "Economía", "Cultura", "¿Quiénes somos?", "Somos un diario digital.", "Contacto"]
    result = cleaner.explain_text("\n".join([HEALTH[0], *teaser]))
    assert [line for line in teaser[:4] if line in kept_lines(result)] == [], removed(result)


TRANSCRIPT = [
    "Ecco la trascrizione della puntata dedicata ai pendolari della linea Milano-Genova, registrata lunedì in studio.",
    "00:00", "LUCA: Buongiorno e benvenuti a tutti gli ascoltatori.", "00:14", "SARA: Oggi parliamo di treni in ritardo.",
    "01:02", "LUCA: Quanti?", "SARA: Troppi.", "01:30", "LUCA: Grazie a tutti, alla prossima puntata.",
]


def test_a_transcripts_short_turn_keeps_its_time() -> None:
    result = cleaner.explain_text("\n".join([*TRANSCRIPT, "Condividi", "Privacy", "Cookie policy"]))
    assert lost(TRANSCRIPT, result) == [], removed(result)


def test_a_time_out_of_order_or_over_a_button_still_goes_in_a_transcript() -> None:
    for extra in (["00:40", "SARA: Sì."], ["01:45", "Condividi"]):
        result = cleaner.explain_text("\n".join([*TRANSCRIPT, *extra, "Privacy", "Cookie policy"]))
        assert extra[0] not in kept_lines(result), extra
        assert lost(TRANSCRIPT, result) == [], removed(result)


RELEASE = [
    "La version 2.8 de Calepin est disponible. Elle apporte la synchronisation hors ligne et corrige une trentaine de bogues.",
    "Les abonnés la reçoivent automatiquement, les autres peuvent la télécharger depuis le site de l'éditeur dès aujourd'hui.",
]
UPDATE = ["Mise à jour", "npm install -g calepin@2.8", "La mise à jour est gratuite pour tous les abonnés."]


@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_stamps_label_over_a_sentence_is_a_heading(position: str) -> None:
    assert_survives(with_line(RELEASE, "\n".join(UPDATE), position))


def test_a_stamps_label_over_its_date_still_goes() -> None:
    for stamp in (["Mise à jour", "12 février 2025"], ["Mise à jour", "Partager"], ["Mise à jour :", "Le 12 février 2025 à 10h12"]):
        result = cleaner.explain_text("\n".join([*RELEASE, *stamp]))
        assert kept_lines(result) == RELEASE, removed(result)
    # (a date no table names under the label: the label still goes, as it did)
    result = cleaner.explain_text("\n".join([*RELEASE, "Mise à jour", "févr. 12, 2025 @10:12"]))
    assert "Mise à jour" not in kept_lines(result)
    result = cleaner.explain_text("\n".join(["Mise à jour", "12 février 2025", *RELEASE]))
    assert kept_lines(result) == RELEASE, removed(result)


if __name__ == "__main__":  # the probe's numbers: python tests/test_redteam14b.py
    report(CASES)
