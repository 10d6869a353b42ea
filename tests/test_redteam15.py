# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Over-stripping red team 15: article GENRES not probed before, in English, German, French, Spanish, Italian,
Portuguese and Dutch and in Hindi, Hebrew, Thai, Persian, Bengali, Swahili, Tagalog, Malay, Ukrainian, Catalan,
Finnish, Slovak, Croatian and Slovenian, each page written the way sites in that language write, before the rules
were read.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line that may go
either way). Half the pages are what a NAIVE scraper keeps (menus, share rows, footers), half what an EXTRACTOR
lets through. The genres: podcast show notes with timestamp chapters, a story quoting embedded social posts ("—
Dana Whitfield (@danawhit) March 3, 2025"), research stories with numbered references and footnotes, terms of sale
and a contest's terms with numbered clauses, product pages with their spec lists, events agendas, forum questions
with their answers, dictionary entries, a screenplay's scene quoted in a review, a chat transcript read out in
court, a table flattened into text, open letters with their signatories, speeches with their applause markers, a
club's and a league's fixtures, exam results, poems and lyrics in a story, and the article text that reads like
residue: a correction box, a "Korrektur", a "Fe de errores", an "Errata", an "Oikaisu", an editor's note, an
author's disclosure ("Disclosure: Kevin Marsh owns shares of …", "L'autore detiene azioni di …").

Measured before any rule change (37 pages, 343 article and 336 residue lines): article lines lost 24, residue
lines left 41 (one line re-judged after: a review's "Notre avis : ★★★★☆" is its verdict, as red team 14's
"Ocena: 4/5", so 40). Per language (lost / left): en 10 / 4, fr 0 / 7, es 2 / 0, it 2 / 0, pt 0 / 1, nl 0 / 2,
de 0 / 0, ca 5 / 0, he 4 / 1, th 1 / 1, bn 0 / 4, fa 0 / 3, fi 0 / 3, hi 0 / 2, hr 0 / 3, ms 0 / 1, sk 0 / 2,
sl 0 / 3, tl 0 / 4, sw 0 / 0, uk 0 / 0. The losses: an open letter's closing and its signatories ("Yours
sincerely," over "Dr. Tom Okoye, GP, Hadley Surgery", …; en 6, he 4: edge-furniture, only one signer was read), an
events agenda's entries after the last long paragraph (their names, places and admission, ca 5: the walk out of
the article stopped at the place under the date), a dictionary entry's head (headword, part of speech,
pronunciation, "Definition": en 4), a table's source line ("Fuente: Habitaclia, marzo de 2025.": image-credit),
a Thai spec list's heading (Thai closes no sentence with a mark: the walk stopped at the sentence over it), a legal
text's effective date and a shop's bare price and stock word (pinned, see ``KNOWN_LOST``). No correction box,
editor's note or disclosure was lost. Residue left: mostly languages with no vocabulary here, and a French page
whose language was not told (Italian's "un" outvoted French's profile words), so none of its vocabulary applied.

After: article lines lost 3 (``KNOWN_LOST``), residue lines left 30 (``RESIDUE_LEFT``). Per language: en 0 / 2,
fr 0 / 0, es 1 / 0, it 2 / 0, pt 0 / 0, nl 0 / 0, de 0 / 0, ca 0 / 0, he 0 / 3, th 0 / 1, bn 0 / 4, fa 0 / 3,
fi 0 / 3, hi 0 / 2, hr 0 / 3, ms 0 / 1, sk 0 / 1, sl 0 / 3, tl 0 / 4, sw 0 / 0, uk 0 / 0. The changes: an open
letter's signatories under its closing (``edge_contacts._signatories``), an events listing's entries, two or more
(``_entry_end`` in ``inner_headings``), a dictionary entry's head by its pronunciation's marks
(``pronunciation_head``), a Thai or Lao sentence by its clauses (``_unclosed_sentence``), a source line under a
table's rows (``credits.under_table``), French profile words no other language here writes ("aux ont été cette
cet"), and vocabulary: a podcast's row of platforms and "Leave us a review" (en), a helpfulness count (en, nl),
"Gestart door" (nl), "Publicado a" (pt), "Pridal" (sk), a newsletter's name over its call (fr).
"""

from __future__ import annotations

import pytest
from probes import kept_lines, lost, page_text, parse, removed, report, tagged_probe_tests, with_line

import cleaner

_CASES1 = {
    # NAIVE: English podcast show notes with timestamp chapters, links and a sponsor read
    "en_podcast": """\
R Skip to main content
R Episodes
R About
R Newsletter
R Support the show
R Search
T Episode 212: Why bridges fall down (with Dr. Priya Natarajan)
R April 9, 2025
R 58 min
R Play episode
R Download
A This week we talk to structural engineer Dr. Priya Natarajan about the quiet ways bridges fail, from fatigue cracks to scour under the piers.
A She explains why most collapses are not sudden at all, and what inspectors look for when they climb under a deck with a hammer and a torch.
A Chapters
A (00:00) Intro
A (02:14) How Priya got into forensic engineering
A (11:40) Fatigue: the crack you can't see
A (24:05) Scour and the Schoharie Creek collapse
A (38:52) What a bridge inspection actually involves
A (51:30) Listener questions
A Links from the episode
A NTSB report on the Schoharie Creek bridge collapse (1987)
A Priya's book, Load Paths: A Life Among Bridges
T This episode is sponsored by Northwind Mattresses. Go to northwind.example/bridges for 20% off.
R Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.
R Leave us a review
R Transcript
R Previous episode
R Next episode
R © 2025 Load Bearing Podcast. All rights reserved.
R Privacy Policy
""",
    # EXTRACTOR: an English news story quoting embedded social posts
    "en_embeds": """\
T Airline apologises after passengers stranded overnight on runway
R By Marcus Bell
R Updated 10:12 AM EDT, Mon March 3, 2025
A Hundreds of passengers spent more than nine hours on a grounded plane at Hartfield Airport on Sunday after a de-icing truck broke down and the crew ran out of duty time.
A Several passengers posted videos from the cabin as the night wore on.
A Hour 7 on the tarmac. They just handed out the last of the pretzels. Kids are asleep on the floor. No one will tell us anything. pic.twitter.com/Qx81LmZp2a
A — Dana Whitfield (@danawhit) March 3, 2025
A The airline's customer service account replied to several of the posts overnight.
A We're so sorry for the delay, Dana. Our ground teams are working to get you moving as quickly and safely as possible.
A — Skyway Air (@SkywayAir) March 3, 2025
A In a statement on Monday, the airline said it would refund every ticket on the flight and offer each passenger a $500 voucher.
A "What happened last night fell far short of our standards," the airline's chief operating officer said.
A The Department of Transportation said it was reviewing the incident.
A Under federal rules, airlines can face fines of up to $40,000 per passenger for domestic tarmac delays longer than three hours.
R Related: Airline delays hit a five-year high over the holidays
R Sign up for our travel newsletter
""",
    # EXTRACTOR: a French research article with numbered references
    "fr_science": """\
T Les forêts de montagne stockent davantage de carbone qu'estimé jusqu'ici
R Publié le 12 février 2025 à 09h30
R Par Élise Marchand
A Une équipe de l'université de Grenoble a mesuré pendant dix ans la biomasse de 412 parcelles forestières dans les Alpes et les Pyrénées [1].
A Selon ses résultats, les forêts situées au-dessus de 1 200 mètres stockent en moyenne 18 % de carbone de plus que ne le prévoyaient les modèles nationaux [2].
A Les chercheurs attribuent cet écart à la lenteur de la décomposition du bois mort en altitude, où les températures restent basses une grande partie de l'année.
A « Nous avons longtemps sous-estimé le rôle des sols », explique la coautrice de l'étude, Claire Dubreuil.
A Méthode
A Chaque parcelle a été inventoriée tous les deux ans. Les carottes de sol ont été analysées jusqu'à un mètre de profondeur.
A Les auteurs appellent toutefois à la prudence : le réchauffement pourrait accélérer la décomposition et inverser la tendance d'ici 2050 [3].
A Références
A [1] Dubreuil C., Masson P., Roux A. et al. « Carbon stocks in mountain forests of France ». Global Change Biology, 31(2), 2025, p. 1-15.
A [2] Inventaire forestier national, Mémento 2023, IGN, 2023.
A [3] Martin L., Girard S. « Soil respiration under warming in alpine ecosystems ». Nature Climate Change, 14, 2024, p. 802-809.
R Cet article vous a plu ? Partagez-le !
R À lire aussi : Sécheresse : les hêtres du Jura en souffrance
""",
    # NAIVE: Spanish terms and conditions with numbered clauses
    "es_condiciones": """\
R Ir al contenido
R Inicio
R Tienda
R Ofertas
R Mi cuenta
R Carrito (0)
T Condiciones generales de venta
A Última actualización: 1 de enero de 2025
A 1. Objeto
A 1.1. Las presentes condiciones regulan la venta de productos a través del sitio web de Calzados Ribera, S.L.
A 1.2. Al realizar un pedido, el cliente acepta estas condiciones en su totalidad.
A 2. Precios y pago
A 2.1. Los precios incluyen el IVA vigente y no incluyen los gastos de envío, que se indicarán antes de confirmar el pedido.
A 2.2. El pago podrá realizarse con tarjeta, transferencia bancaria o Bizum.
A 3. Derecho de desistimiento
A 3.1. El cliente dispone de un plazo de 14 días naturales desde la recepción del pedido para desistir de la compra sin indicar el motivo.
A 3.2. Los gastos de devolución correrán a cargo del cliente, salvo que el producto sea defectuoso.
A 4. Garantía
A Todos los productos tienen una garantía de dos años conforme a la legislación vigente.
A 5. Ley aplicable
A Estas condiciones se rigen por la legislación española. Para cualquier controversia, las partes se someten a los juzgados de Alicante.
R Aviso legal
R Política de privacidad
R Política de cookies
R Condiciones de venta
R Síguenos en Instagram
R © 2025 Calzados Ribera
""",
    # NAIVE: an Italian product page with a spec list
    "it_prodotto": """\
R Vai al contenuto
R Elettrodomestici
R Cucina
R Casa
R Offerte
R Accedi
R Carrello
T Macchina per caffè espresso Brava 15 bar
R Home > Cucina > Macchine da caffè
A 149,90 €
A Disponibile
A Macchina per espresso compatta con pompa da 15 bar e lancia vapore orientabile per cappuccini cremosi.
A Il serbatoio estraibile da 1,2 litri si riempie facilmente e il vassoio raccogligocce si lava in lavastoviglie.
A Caratteristiche tecniche
A Potenza: 1350 W
A Pressione: 15 bar
A Capacità serbatoio: 1,2 l
A Dimensioni: 22 x 30 x 31 cm
A Peso: 4,1 kg
A Colore: nero opaco
A Contenuto della confezione
A Macchina, filtro per una e due tazze, misurino pressino, manuale d'uso.
R Aggiungi al carrello
R Aggiungi alla lista desideri
R Recensioni (23)
R Spedizione gratuita sopra i 49 €
R Chi siamo
R Contatti
R P. IVA 01234567890
""",
    # NAIVE: a Portuguese events agenda
    "pt_agenda": """\
R Saltar para o conteúdo
R Notícias
R Agenda
R Cultura
R Desporto
R Entrar
T Agenda do fim de semana: o que fazer em Braga
R Publicado a 10 de abril de 2025
A A cidade enche-se de música e teatro neste fim de semana. Escolhemos os programas que não pode perder.
A Concerto da Orquestra do Norte
A Sexta-feira, 11 de abril, 21h30
A Theatro Circo
A Bilhetes: 8 a 15 euros
A A orquestra interpreta a Nona Sinfonia de Beethoven com o Coro da Universidade do Minho.
A Feira do Livro Infantil
A Sábado e domingo, das 10h às 19h
A Praça da República
A Entrada livre
A Mais de 30 editoras e sessões de leitura para crianças a partir dos três anos.
A Corrida Noturna de Braga
A Sábado, 12 de abril, 22h00
A Partida na Avenida Central
A Inscrições até quinta-feira no site da câmara municipal.
R Partilhe este artigo
R Facebook
R Twitter
R WhatsApp
R Mais lidas
R Estatuto editorial
R Ficha técnica
R © 2025 Diário do Minho Digital
""",
    # EXTRACTOR: a Dutch forum question with its accepted answer
    "nl_forum": """\
T Verwarming tikt 's nachts, wat kan ik doen?
R Gestart door Henk_78 · 14 januari 2025
A Sinds we een nieuwe cv-ketel hebben, hoor ik 's nachts een tikkend geluid in de leidingen onder de vloer.
A Het begint meestal rond vier uur en houdt een half uur aan. Is dit normaal of moet de installateur terugkomen?
R 12 reacties
R Beste antwoord
T Geplaatst door Waterman_NL · 14 januari 2025
A Dat tikken komt bijna altijd door uitzetting van de leidingen als de ketel 's ochtends opwarmt.
A De buizen schuiven dan langs een beugel of door een gat in de vloer.
A Twee dingen die je kunt proberen:
A Zet de aanvoertemperatuur van de ketel lager, bijvoorbeeld op 55 graden.
A Laat de installateur kijken of de leidingen ergens klem zitten en of er rubbers in de beugels zitten.
A Bij ons was het na die tweede stap helemaal weg.
R 23 mensen vonden dit nuttig
R Reageer
R Meld misbruik
R Vergelijkbare vragen
R Radiator wordt niet warm na ontluchten
""",
}


_CASES2 = {
    # EXTRACTOR: an English dictionary's word-of-the-day entry
    "en_glossary": """\
T Word of the day: petrichor
R Posted April 2, 2025
A petrichor
A noun
A pet·ri·chor | \\ ˈpe-trə-ˌkȯr \\
A Definition
A 1. a pleasant, earthy smell that often accompanies the first rain after a long period of warm, dry weather
A Examples
A "After weeks of drought, the petrichor rising from the garden was almost overwhelming."
A "She opened the window to let in the petrichor."
A Did you know?
A The word was coined in 1964 by two Australian scientists, Isabel Bear and Richard Thomas, who combined the Greek petra, meaning "stone", with ichor, the fluid said to flow in the veins of the gods.
A Synonyms
A geosmin (in part), rain smell
R Get Word of the Day in your inbox
R Test your vocabulary with our 10-question quiz!
""",
    # EXTRACTOR: a French review quoting a scene from the script
    "fr_scenario": """\
T « Les Heures creuses » : une comédie de bureau qui vise juste
R Par Antoine Lefèvre
R Publié le 5 mars 2025 à 14h00, mis à jour à 16h12
A Le premier film de Nora Achour se déroule presque entièrement dans l'open space d'une compagnie d'assurances de Nanterre, un soir de panne informatique.
A La scène la plus réussie oppose la cheffe d'équipe à un stagiaire qui refuse de rentrer chez lui. Extrait :
A INT. OPEN SPACE – NUIT
A MARIE : Il est 22 heures, Théo. Rentre chez toi.
A THÉO : Les serveurs vont revenir. Je le sens.
A MARIE : Personne ne t'a demandé de rester.
A THÉO : Justement.
A (Un temps. Les néons s'éteignent.)
A Tout le film tient dans ce « justement » : une génération qui s'accroche à un travail qui ne lui promet plus rien.
A Les Heures creuses, de Nora Achour. Avec Leïla Bekhti, Vincent Macaigne. 1 h 38. En salles le 12 mars.
A Notre avis : ★★★★☆
R Lire aussi : Les sorties cinéma de la semaine
R Newsletter Culture : recevez chaque mercredi notre sélection
""",
    # EXTRACTOR: a German court report quoting a chat transcript
    "de_chat": """\
T Chatverlauf belastet Angeklagten im Betrugsprozess
R Von Markus Feld
R 18.02.2025, 17:45 Uhr
A Im Prozess um den Betrug mit falschen Handwerkerrechnungen hat das Landgericht am Dienstag einen Chatverlauf zwischen den beiden Angeklagten verlesen.
A Die Nachrichten stammen vom März 2023, kurz nach einem Auftrag bei einer 86-jährigen Rentnerin.
A [14:02] Kai: hat sie bezahlt?
A [14:05] Sven: ja 4800 bar
A [14:05] Sven: hat nix gemerkt
A [14:06] Kai: gut. nächste woche die nachbarin
A Der Verteidiger von Kai H. erklärte, sein Mandant habe mit „die Nachbarin“ einen regulären Auftrag gemeint.
A Die Vorsitzende Richterin ließ das nicht gelten. „Das lesen wir anders“, sagte sie.
A Der Prozess wird am 4. März fortgesetzt. Ein Urteil wird Ende des Monats erwartet.
R Mehr aus der Region
R Polizeibericht: Falsche Polizisten erbeuten Schmuck
""",
    # NAIVE: a Spanish news story with a data table in text
    "es_tabla": """\
R Saltar al contenido
R Portada
R Economía
R Vivienda
R Empleo
R Suscríbete
R Iniciar sesión
T El precio del alquiler sube en todas las capitales andaluzas
R Redacción
R 07/04/2025 - 08:30
R Actualizado 09:14
A El precio medio del alquiler subió un 9,8 % en Andalucía durante el último año, según los datos publicados este lunes por el portal inmobiliario Habitaclia.
A Málaga sigue siendo la capital más cara, mientras que Jaén registra la mayor subida porcentual.
A Capital | Euros/m² | Variación anual
A Málaga | 14,2 | +8,1 %
A Sevilla | 11,8 | +9,4 %
A Cádiz | 11,1 | +7,2 %
A Granada | 9,6 | +10,3 %
A Jaén | 6,4 | +12,5 %
A Fuente: Habitaclia, marzo de 2025.
A Los expertos atribuyen la subida a la escasez de oferta y al aumento de los pisos turísticos en los centros urbanos.
R Comentarios
R Normas de participación
R Lo más leído
R Aviso legal
R Política de cookies
R © Diario del Sur
""",
    # NAIVE: an English open letter with its list of signatories
    "en_open_letter": """\
R Skip to content
R News
R Opinion
R Culture
R Education
R Subscribe
T Open letter: Don't close our village libraries
R Published 12 March 2025
A To the members of Westshire County Council,
A We are writing to urge you to reject the proposal to close eleven of the county's village libraries at the budget meeting on 20 March.
A For many of our residents, the library is the only place to use a computer, print a form or ask for help with an online application.
A The savings, around £400,000 a year, are small next to the cost of the isolation these closures would cause.
A We ask you to keep the libraries open while a proper consultation takes place.
A Yours sincerely,
A Rev. Anne Marsh, vicar of St Peter's, Lower Hadley
A Dr. Tom Okoye, GP, Hadley Surgery
A Jean Pritchard, chair, Westshire Pensioners' Forum
A Mohammed Iqbal, headteacher, Hadley Primary School
A Sarah Lyle, author
A and 214 others
R Share this article
R Facebook
R Email
R More from Opinion
R Contact us
R Terms and conditions
R © Westshire Gazette 2025
""",
    # EXTRACTOR: an Italian speech with applause markers
    "it_discorso": """\
T Il discorso integrale della sindaca all'insediamento
R di Redazione
R 25 giugno 2024
A Pubblichiamo il testo integrale del discorso pronunciato ieri in consiglio comunale dalla nuova sindaca, Laura Benedetti.
A Care concittadine, cari concittadini,
A oggi non inizia il mio mandato: inizia il nostro. (Applausi)
A In questi mesi ho incontrato migliaia di persone, nei mercati, nelle scuole, nelle case di riposo.
A Mi hanno chiesto tutte la stessa cosa: una città che funzioni.
A [Applausi]
A Per questo il primo atto della giunta sarà un piano straordinario per la manutenzione delle strade e dei marciapiedi.
A Non prometto miracoli. Prometto lavoro, trasparenza e porte aperte.
A Viva la nostra città! (Applausi prolungati)
R Leggi anche: Chi sono i nuovi assessori
R Iscriviti alla newsletter
""",
    # NAIVE: a Dutch amateur football club's match schedule
    "nl_schema": """\
R Naar hoofdinhoud
R Home
R Nieuws
R Teams
R Sponsors
R Lid worden
R Contact
T Programma zaterdag 12 april
A Hieronder het programma van komende zaterdag. Let op: door werkzaamheden is veld 2 niet beschikbaar.
A Thuis
A 09.00 JO9-1 – Rood Wit JO9-2
A 10.30 JO11-1 – SV Dalfsen JO11-3
A 12.00 JO13-2 – Berkum JO13-1
A 14.30 Zaterdag 1 – VV Hattem 1
A Uit
A 09.30 Nieuwleusen JO10-1 – JO10-1
A 11.15 ZAC JO15-1 – JO15-1
A 13.00 Heino 2 – Zaterdag 2
A Vervoer voor de uitwedstrijden wordt geregeld door de ouders. Vertrek 45 minuten voor aanvang vanaf het clubhuis.
A Afgelastingen staan uiterlijk om 8.00 uur op deze pagina.
R Deel dit bericht
R Hoofdsponsor
R Bouwbedrijf Van Dijk
R Volg ons
R Privacyverklaring
R © 2025 VV Oranje Zwart
""",
    # EXTRACTOR: a Portuguese story on national exam results
    "pt_exames": """\
T Exames nacionais: média a Matemática sobe pelo segundo ano
R Lusa
R 14 Julho 2024, 11:02
A A média dos alunos na prova de Matemática A do 12.º ano subiu para 11,2 valores na primeira fase dos exames nacionais, segundo os dados divulgados esta segunda-feira pelo Júri Nacional de Exames.
A Em 2023, a média tinha sido de 10,8 valores.
A Português registou uma ligeira descida, de 12,1 para 11,9 valores.
A Médias por disciplina (1.ª fase)
A Português: 11,9
A Matemática A: 11,2
A Física e Química A: 10,4
A Biologia e Geologia: 11,6
A História A: 12,3
A Geografia A: 12,0
A Realizaram exames 186 mil alunos, mais 3 mil do que no ano passado.
A A segunda fase decorre entre 16 e 19 de julho e os resultados serão publicados a 6 de agosto.
R Leia também: Acesso ao ensino superior: candidaturas abrem a 22 de julho
""",
}


_CASES3 = {
    # EXTRACTOR: an English story with a correction box at its end
    "en_correction": """\
T Council approves 4.2% rise in property tax
R By Hannah Greer
R Published 6:15 PM, February 27, 2025
A Councillors voted 9-4 on Wednesday night to raise property taxes by 4.2 percent, the largest increase in more than a decade.
A The extra money will pay for twelve new firefighters and the repair of the Elm Street bridge, which has been closed to heavy vehicles since last summer.
A Councillor Ray Dobbs, who voted against, said the increase would "hit families who are already stretched to breaking point."
A For a typical home assessed at $320,000, the rise works out to about $160 a year.
A The new rate takes effect on July 1.
A Correction
A An earlier version of this article misstated the size of the increase for a typical home. It is about $160 a year, not $210.
R Have a news tip? Contact our newsroom.
R Related: Elm Street bridge repairs to begin in May
""",
    # NAIVE: a German story with a correction note under it ("Korrektur")
    "de_korrektur": """\
R Zum Inhalt springen
R Startseite
R Lokales
R Politik
R Sport
R E-Paper
R Abo
R Anmelden
T Neues Hallenbad soll 2027 eröffnen
R Von Jan Kröger
R 03.03.2025, 18:30 Uhr
A Das neue Hallenbad in Lindenfeld soll im Herbst 2027 eröffnen. Das hat der Stadtrat am Montagabend beschlossen.
A Die Kosten liegen nach aktueller Schätzung bei 24 Millionen Euro, davon übernimmt das Land knapp acht Millionen.
A Das alte Bad an der Schillerstraße war 2021 wegen Einsturzgefahr geschlossen worden.
A Vereine und Schulen weichen seitdem in die Nachbarstädte aus.
A Korrektur: In einer früheren Version dieses Artikels hieß es, das Land übernehme zwölf Millionen Euro. Richtig sind knapp acht Millionen. Wir haben den Fehler korrigiert.
R Artikel teilen
R Mehr zum Thema
R Schwimmunterricht: Jedes dritte Kind kann nicht schwimmen
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # EXTRACTOR: a French story opening on an editor's note
    "fr_note": """\
T Dans les Vosges, un village veut racheter son dernier café
R Par Camille Roy
R Publié le 18 janvier 2025 à 07h00
A Note de la rédaction : cet article a été mis à jour le 20 janvier pour préciser le montant de la subvention régionale.
A À Saint-Amé, 1 900 habitants, le café de la Place a fermé ses portes en novembre après le départ à la retraite de ses propriétaires.
A Depuis, la mairie cherche un repreneur. Faute de candidat, le conseil municipal a voté le rachat des murs pour 180 000 euros.
A La région Grand Est financera un tiers de l'achat.
A « Un village sans café, c'est un village qui s'endort », résume le maire, Didier Colin.
A Le commerce devrait rouvrir au printemps sous forme de gérance.
R Cet article est réservé aux abonnés
R Partager sur Facebook
R Partager sur X
""",
    # NAIVE: an English investing column with the author's disclosure
    "en_disclosure": """\
R Skip to main content
R Markets
R Personal Finance
R Investing
R Retirement
R Log in
R Subscribe
T Three reasons I'm still buying railroad stocks
R By Kevin Marsh
R Mar 11, 2025 at 7:00AM
A Railroads are not exciting businesses, and that is exactly why I like them.
A The big U.S. freight lines have a near-monopoly on their routes, and nobody is going to build a competing track across the Rockies.
A They also have pricing power: rates have risen faster than inflation for most of the past fifteen years.
A Finally, they return a great deal of cash to shareholders through dividends and buybacks.
A Disclosure: Kevin Marsh owns shares of Union Pacific and CSX. He has no position in any other stock mentioned.
A This article reflects the opinion of the writer and is not investment advice.
R Related Articles
R Is now the time to buy bank stocks?
R About Us
R Terms of Use
R Privacy Policy
R Do Not Sell My Personal Information
""",
    # NAIVE: a Spanish story with its "fe de errores" at the end
    "es_fe_errores": """\
R Ir al contenido
R Portada
R Local
R Cultura
R Deportes
R Hemeroteca
T El Ayuntamiento restaurará la muralla medieval de Almendral
R Laura Segovia
R Almendral, 21/01/2025 - 19:40h
A El Ayuntamiento de Almendral ha adjudicado por 1,3 millones de euros la restauración del tramo norte de la muralla medieval, el más deteriorado.
A Las obras comenzarán en marzo y durarán catorce meses.
A Durante ese tiempo permanecerá cerrada la puerta de San Miguel, una de las dos entradas al casco histórico.
A El proyecto incluye una pasarela de madera que permitirá recorrer el adarve por primera vez desde los años setenta.
A Fe de errores: en una versión anterior de esta noticia se indicaba que las obras durarían ocho meses. El plazo correcto es de catorce meses.
R Compartir en Facebook
R Compartir en WhatsApp
R Te puede interesar
R Aviso legal
R Contacto
R © 2025 El Norte de la Sierra
""",
    # NAIVE: an English obituary of a songwriter quoting his lyrics
    "en_lyrics": """\
R Skip to content
R News
R Music
R Film
R Books
R Sign in
T Tom Reilly, songwriter of the Fenland ballads, dies at 81
R By Ruth Adler
R 4 April 2025
A Tom Reilly, whose songs about the drained marshes of eastern England were sung in folk clubs from Norwich to Nashville, has died at the age of 81.
A Born in Wisbech in 1943, he worked on the land until he was thirty and wrote his first songs in the cab of a tractor.
A His best-known song, The Dyke Road, opens:
A The water's gone but the sky stays low,
A and the road runs straight where the rivers go,
A I'll walk it home when the light is thin,
A and the fen will let me in.
A The song was recorded by more than forty artists.
A Reilly is survived by his wife, Margaret, and two daughters.
R Share
R Facebook
R X
R Email
R Most popular
R Contact us
R © 2025 The Eastern Review
""",
    # EXTRACTOR: an Italian column with the author's disclosure
    "it_trasparenza": """\
T Perché le banche regionali tornano a fare utili
R di Paolo Ferretti
R 9 marzo 2025
A Dopo un decennio difficile, le banche popolari e le casse di risparmio hanno chiuso il 2024 con utili in crescita del 38 per cento.
A Il merito è soprattutto dei tassi: il margine di interesse è salito più rapidamente del costo della raccolta.
A Ma c'è anche un fattore meno visibile, la riduzione dei crediti deteriorati, scesi sotto il 3 per cento degli impieghi.
A Resta da capire cosa succederà quando la Bce taglierà ancora i tassi.
A L'autore detiene azioni di Banca Popolare di Sondrio. Questo articolo non costituisce consulenza finanziaria.
R Potrebbe interessarti anche
R Mutui, ecco quanto si risparmia con il taglio dei tassi
""",
    # NAIVE: a Portuguese story with an errata under it
    "pt_errata": """\
R Ir para o conteúdo
R Últimas
R Política
R Economia
R Desporto
R Iniciar sessão
T Câmara aprova novo plano de ciclovias para Coimbra
R Por Rui Tavares
R 17 Fev 2025, 16:45
A A Câmara Municipal de Coimbra aprovou esta segunda-feira um plano que prevê 42 quilómetros de novas ciclovias até 2028.
A O investimento ronda os 11 milhões de euros, financiados em parte por fundos europeus.
A A primeira fase liga a estação de Coimbra-B ao polo II da universidade.
A A oposição votou contra, alegando falta de estacionamento na Baixa.
A Errata: Numa versão anterior deste artigo, referia-se que o plano previa 24 quilómetros de ciclovias. O número correto é 42 quilómetros.
R Partilhar
R Comentários (8)
R Newsletter
R Termos e condições
R © 2025 Jornal do Centro
""",
}


_CASES4 = {
    # NAIVE: a Hindi story on board exam results with its pass rates
    "hi_parinaam": """\
R मुख्य पृष्ठ
R देश
R राज्य
R खेल
R मनोरंजन
R लॉग इन करें
T यूपी बोर्ड 10वीं का रिजल्ट जारी, 89.5 फीसदी छात्र पास
R नई दिल्ली, 20 अप्रैल 2025, अपडेटेड 14:35 IST
A उत्तर प्रदेश माध्यमिक शिक्षा परिषद ने शनिवार को हाईस्कूल परीक्षा के परिणाम घोषित कर दिए।
A इस साल 89.5 प्रतिशत छात्र पास हुए हैं, जो पिछले साल से 0.8 प्रतिशत अधिक है।
A लड़कियों का पास प्रतिशत 93.4 रहा, जबकि लड़कों का 85.7 प्रतिशत।
A सीतापुर की प्रियांशी सोनी ने 600 में से 591 अंक लेकर प्रदेश में पहला स्थान हासिल किया।
A ऐसे देखें अपना रिजल्ट
A 1. बोर्ड की आधिकारिक वेबसाइट पर जाएं।
A 2. हाईस्कूल रिजल्ट 2025 के लिंक पर क्लिक करें।
A 3. अपना रोल नंबर और जन्मतिथि भरें।
A 4. सबमिट करते ही परिणाम स्क्रीन पर दिखाई देगा।
A जो छात्र अपने अंकों से संतुष्ट नहीं हैं, वे 15 मई तक स्क्रूटनी के लिए आवेदन कर सकते हैं।
R ये भी पढ़ें
R सीबीएसई 12वीं का रिजल्ट कब आएगा? जानिए ताजा अपडेट
R हमें फॉलो करें
R फेसबुक
R ट्विटर
R © 2025 सर्वाधिकार सुरक्षित
""",
    # EXTRACTOR: a Hebrew open letter with its signatories
    "he_michtav": """\
T מאות רופאים במכתב פתוח: "אל תסגרו את המחלקה בפריפריה"
R מאת נועה לוי
R 12.03.2025 | 09:14
A יותר מ-300 רופאים ואחיות חתמו על מכתב פתוח לשר הבריאות, בדרישה לבטל את ההחלטה לסגור את מחלקת הילדים בבית החולים בצפת.
A להלן נוסח המכתב:
A כבוד השר,
A אנו, אנשי הצוות הרפואי בצפון, פונים אליך בבקשה לעצור את סגירת מחלקת הילדים.
A סגירת המחלקה תחייב משפחות לנסוע יותר משעה כדי לקבל טיפול דחוף, ובמקרים רבים מדובר בזמן שאין לו תחליף.
A בכבוד רב,
A פרופ' דוד כהן, מנהל המחלקה לרפואה דחופה
A ד"ר מרים חדד, רופאת ילדים
A יוסי אברהם, אח אחראי
A ועוד 312 חותמים
A ממשרד הבריאות נמסר בתגובה כי "ההחלטה תיבחן שוב בשבועות הקרובים".
R לכל הכתבות של נועה לוי
R שתפו בוואטסאפ
""",
    # NAIVE: a Thai product page with its spec list
    "th_sinkha": """\
R หน้าแรก
R เครื่องใช้ไฟฟ้า
R มือถือ
R โปรโมชั่น
R เข้าสู่ระบบ
R ตะกร้าสินค้า
T พัดลมตั้งพื้น 16 นิ้ว รุ่น CoolBreeze X3
A ราคา 1,290 บาท
A พัดลมตั้งพื้นขนาด 16 นิ้ว ปรับแรงลมได้ 3 ระดับ มีรีโมทคอนโทรลและตั้งเวลาปิดได้สูงสุด 8 ชั่วโมง
A ใบพัดออกแบบให้ลมนุ่ม เสียงเงียบ เหมาะสำหรับห้องนอน
A ข้อมูลจำเพาะ
A กำลังไฟ: 45 วัตต์
A ขนาดใบพัด: 16 นิ้ว
A ความสูง: 110-130 ซม.
A น้ำหนัก: 4.5 กก.
A รับประกันมอเตอร์ 3 ปี
R เพิ่มลงตะกร้า
R ซื้อเลย
R รีวิวสินค้า (52)
R เกี่ยวกับเรา
R นโยบายความเป็นส่วนตัว
R © 2025 สงวนลิขสิทธิ์
""",
    # EXTRACTOR: a Persian story quoting a poem by Hafez
    "fa_hafez": """\
T شب یلدا؛ فال حافظ و انار در خانه‌های ایرانیان
R گروه فرهنگی
R ۳۰ آذر ۱۴۰۳ - ۱۸:۲۰
A امشب ایرانیان بلندترین شب سال را با خواندن شعر، خوردن انار و هندوانه و گرفتن فال حافظ جشن می‌گیرند.
A در بسیاری از خانواده‌ها بزرگ‌ترها دیوان حافظ را باز می‌کنند و غزلی را برای هر یک از اعضای خانواده می‌خوانند.
A یکی از غزل‌هایی که امشب بیش از همه خوانده می‌شود با این بیت آغاز می‌شود:
A یوسف گمگشته بازآید به کنعان غم مخور
A کلبه احزان شود روزی گلستان غم مخور
A به گفته پژوهشگران، آیین یلدا دست‌کم به دوران پیش از اسلام بازمی‌گردد.
A یونسکو سال گذشته این آیین را در فهرست میراث فرهنگی ناملموس بشر ثبت کرد.
R اخبار مرتبط
R برچسب‌ها: یلدا، حافظ
""",
    # EXTRACTOR: a Bengali story quoting Tagore
    "bn_kobita": """\
T রবীন্দ্রজয়ন্তীতে শান্তিনিকেতনে উপচে পড়া ভিড়
R নিজস্ব প্রতিবেদক
R শান্তিনিকেতন, ৯ মে ২০২৪
A পঁচিশে বৈশাখ সকাল থেকেই শান্তিনিকেতনের উপাসনা গৃহের সামনে হাজার হাজার মানুষের ভিড়।
A বিশ্বভারতীর ছাত্রছাত্রীরা ভোরবেলা বৈতালিক দিয়ে দিনের অনুষ্ঠান শুরু করেন।
A অনুষ্ঠানের শেষে সকলে মিলে গেয়ে ওঠেন:
A আমার সোনার বাংলা, আমি তোমায় ভালোবাসি।
A চিরদিন তোমার আকাশ, তোমার বাতাস, আমার প্রাণে বাজায় বাঁশি॥
A উপাচার্য জানান, এ বছর প্রায় পঞ্চাশ হাজার দর্শনার্থী এসেছেন।
A সন্ধ্যায় গৌরপ্রাঙ্গণে রবীন্দ্রনাথের নাটক ‘ডাকঘর’ মঞ্চস্থ হবে।
R আরও পড়ুন
R শেয়ার করুন
""",
    # NAIVE: a Swahili league fixtures list
    "sw_ratiba": """\
R Mwanzo
R Habari
R Michezo
R Burudani
R Biashara
R Ingia
T Ratiba ya Ligi Kuu wiki hii: Simba na Yanga kukutana Jumamosi
R Na Mwandishi Wetu
R Aprili 14, 2025
A Bodi ya Ligi imetangaza ratiba ya mechi za mzunguko wa 24 wa Ligi Kuu Tanzania Bara.
A Mechi kubwa ni ile ya watani wa jadi, Simba SC na Young Africans, itakayochezwa Jumamosi kwenye Uwanja wa Benjamin Mkapa.
A Ijumaa, Aprili 18
A Azam FC vs Coastal Union, saa 10:00 jioni
A KMC vs Namungo, saa 1:00 usiku
A Jumamosi, Aprili 19
A Simba SC vs Young Africans, saa 11:00 jioni
A Jumapili, Aprili 20
A Mtibwa Sugar vs Kagera Sugar, saa 10:00 jioni
A Tiketi za mechi ya watani zitaanza kuuzwa Jumatano kwa njia ya simu.
R Shiriki habari hii
R Facebook
R WhatsApp
R Habari Zaidi
R Wasiliana nasi
R © 2025 Haki zote zimehifadhiwa
""",
    # NAIVE: a Tagalog class-suspension notice with its list of places
    "tl_walangpasok": """\
R Balita
R Showbiz
R Sports
R Opinyon
R Mag-log in
T WALANG PASOK: Listahan ng mga lugar na nagsuspinde ng klase ngayong Lunes
R Ni Joy Santos
R Hulyo 22, 2024 6:45 AM
A Dahil sa malakas na ulan na dala ng habagat at ng bagyong Carina, nagsuspinde ng klase ang ilang lokal na pamahalaan ngayong Lunes.
A Narito ang listahan ng mga lugar na walang pasok:
A Lahat ng antas, pampubliko at pribado:
A Maynila
A Quezon City
A Marikina
A Malabon
A Pre-school hanggang Senior High School lamang:
A Pasig
A Caloocan
A Patuloy na ia-update ang listahang ito.
A Pinapayuhan ang publiko na manatili sa loob ng bahay at makinig sa mga abiso ng PAGASA.
R Basahin din
R I-share sa Facebook
R Mga Kaugnay na Balita
R Tungkol sa Amin
R © 2024 Lahat ng karapatan ay nakalaan
""",
}


_CASES5 = {
    # NAIVE: Malay terms and conditions of a contest with numbered clauses
    "ms_terma": """\
R Langkau ke kandungan
R Utama
R Promosi
R Produk
R Hubungi Kami
T Terma dan Syarat Peraduan "Raya Bersama Kami" 2025
A 1. Peraduan ini dianjurkan oleh Syarikat Makanan Sentosa Sdn. Bhd. dan dibuka kepada warganegara Malaysia yang berumur 18 tahun ke atas.
A 2. Tempoh peraduan adalah dari 1 Mac 2025 hingga 31 Mac 2025.
A 3. Untuk menyertai, peserta perlu membeli mana-mana dua produk Sentosa dan menghantar gambar resit melalui WhatsApp.
A 4. Setiap peserta hanya layak memenangi satu hadiah sepanjang tempoh peraduan.
A 5. Hadiah-hadiah adalah seperti berikut:
A (a) Hadiah utama: Wang tunai RM10,000
A (b) Hadiah kedua: Telefon pintar
A (c) Hadiah saguhati: Baucar RM50
A 6. Keputusan penganjur adalah muktamad dan tiada surat-menyurat akan dilayan.
A 7. Penganjur berhak meminda terma dan syarat ini tanpa notis terlebih dahulu.
R Dasar Privasi
R Ikuti kami di Facebook
R Hak Cipta © 2025 Syarikat Makanan Sentosa Sdn. Bhd.
""",
    # EXTRACTOR: a Ukrainian story with a speech and its applause markers
    "uk_promova": """\
T Повний текст виступу ректорки на урочистому випуску
R Автор: Олена Мельник
R 28 червня 2024, 17:20
A Публікуємо повний текст промови ректорки університету Наталії Коваль перед випускниками 2024 року.
A Дорогі випускники!
A Ви навчалися в роки, коли аудиторії здригалися від сирен, а лекції переривалися тривогами. (Оплески)
A Ви складали іспити в укриттях і захищали дипломи при світлі ліхтариків.
A І ви вистояли.
A [Оплески]
A Сьогодні ви отримуєте не просто диплом. Ви отримуєте відповідальність за країну, яку будуватимете.
A Слава Україні! (Тривалі оплески)
R Читайте також: Вступна кампанія 2024: що змінилося
R Підписуйтесь на наш Telegram-канал
""",
    # NAIVE: a Catalan events agenda
    "ca_agenda": """\
R Vés al contingut
R Notícies
R Agenda
R Cultura
R Esports
R Inicia sessió
T Agenda del cap de setmana a Girona
R Redacció
R Divendres, 9 de maig de 2025
A Girona viu un cap de setmana ple de propostes, amb Temps de Flors ja en marxa i concerts a l'aire lliure.
A Temps de Flors
A Del 10 al 18 de maig
A Barri Vell
A Gratuït
A Més de cent espais del centre històric s'omplen de muntatges florals.
A Concert de la Cobla Principal de la Bisbal
A Diumenge, 11 de maig, a les 12 h
A Plaça de la Independència
A Sardanes i música tradicional per a tots els públics.
R Comparteix
R Facebook
R X
R Més llegits
R Avís legal
R © 2025 Diari de Girona Digital
""",
    # EXTRACTOR: a Finnish story with its correction at the end
    "fi_oikaisu": """\
T Kaupunki nostaa uimahallin maksuja kesäkuussa
R Anna Virtanen
R 4.3.2025 16:20
A Tampereen uimahallien kertamaksu nousee kesäkuun alusta 7 eurosta 8,50 euroon.
A Korotus koskee myös sarjakortteja ja kausikortteja.
A Kaupungin mukaan korotuksella katetaan nousseita energia- ja henkilöstökuluja.
A Lasten ja eläkeläisten maksut pysyvät ennallaan.
A Oikaisu 5.3. kello 9.10: Jutussa kerrottiin aiemmin virheellisesti, että kertamaksu nousee 9 euroon. Oikea hinta on 8,50 euroa.
R Lue myös: Hervannan uimahalli suljetaan remontin ajaksi
R Jaa artikkeli
""",
    # NAIVE: a Slovak forum question with its answer
    "sk_forum": """\
R Domov
R Fórum
R Články
R Poradňa
R Prihlásiť sa
R Registrácia
T Ako zbaviť kúpeľňu plesne na silikóne?
R Pridal: Zuzka_BA | 12.01.2025 20:14
A V kúpeľni mám pri vani čierny pleseň na silikóne. Skúšala som savo, ale po týždni je tam znova.
A Oplatí sa to vôbec čistiť, alebo treba silikón vymeniť?
R Odpovede (7)
T Odpoveď od: majster_Jano | 12.01.2025 21:02
A Ak je pleseň už vnútri silikónu, žiadna chémia to nevyrieši. Treba ho vyrezať a dať nový.
A Postup:
A starý silikón odstráňte nožíkom,
A škáru vyčistite a nechajte poriadne vyschnúť,
A naneste sanitárny silikón s fungicídom.
A A hlavne po kúpaní vetrajte, inak sa to vráti.
R Páči sa mi to (15)
R Odpovedať
R Nahlásiť
R Podobné témy
R Podmienky používania
R © 2025 Domácnosť.sk
""",
    # EXTRACTOR: a Croatian popular-science story with its numbered references
    "hr_znanost": """\
T Jadranske dobre dupine ugrožava buka brodova
R Piše: Ivana Horvat
R Objavljeno: 22.02.2025. u 10:30
A Istraživači Instituta Ruđer Bošković pet su godina pratili populaciju dobrih dupina u Kvarnerskom zaljevu.
A Utvrdili su da se dupini za vrijeme turističke sezone sve češće udaljavaju od svojih uobičajenih hranilišta.
A Glavni uzrok je, prema studiji, buka brzih gliserâ i turističkih brodova¹.
A U istom je razdoblju broj mladunaca pao za gotovo trećinu².
A Autori predlažu ograničenje brzine u zaštićenim područjima tijekom ljeta.
A Izvori:
A ¹ Petrić, M. i sur. (2024). Vessel noise and bottlenose dolphin habitat use in the Kvarner Bay. Marine Pollution Bulletin, 198, 115842.
A ² Državni zavod za zaštitu prirode, Izvješće o stanju dobrog dupina, 2023.
R Pročitajte još
R Podijeli na Facebooku
""",
    # EXTRACTOR: a Slovenian dictionary entry of the week
    "sl_slovar": """\
T Beseda tedna: rokovnjač
R Objavljeno 15. 3. 2025
A rokovnjáč -a m
A 1. nekdaj član roparske tolpe, ki je ropala po gozdovih in na samotnih cestah
A 2. ekspr. zelo neotesan, surov človek
A Primeri rabe
A Na Gorenjskem so se rokovnjači skrivali v gozdovih okoli Brda.
A Obnaša se kot pravi rokovnjač.
A Izvor
A Beseda je povezana z rokavico, saj naj bi roparji nosili dolge rokave, v katere so skrivali orožje.
A Sopomenke: razbojnik, ropar
R Naročite se na besedo tedna
R Vse besede tedna
""",
}


CASES: dict[str, str] = {**_CASES1, **_CASES2, **_CASES3, **_CASES4, **_CASES5}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {
    # a legal text's effective date under its title ("Última actualización: 1 de enero de 2025") is a news page's
    # update stamp word for word: only what the page is (terms of sale, not a story) tells them apart
    "es_condiciones": ["Última actualización: 1 de enero de 2025"],
    # a shop's bare price and stock word over the description, right under the headline: a cart's total ("0,00 €")
    # and a widget's state in a menu read the same; only their meaning tells them apart
    "it_prodotto": ["149,90 €", "Disponibile"],
}

#: The residue a page is known to leave (a ratchet: it may only shrink).
RESIDUE_LEFT: dict[str, int] = {
    # Croatian, Finnish, Slovenian, Tagalog and Hebrew have had vocabularies since, and Malay's own labels are in
    # id.toml (test_lang_vocab16.py), Bengali, Persian, Hindi and Thai too (test_lang_vocab17.py: their pages keep
    # none): left are a call to subscribe to a feature and
    # its archive link ("Naročite se na besedo tedna", "Vse besede tedna": sl), and under an open letter's
    # signatories a link to the author's stories, two lines too short a run for edge-furniture (he)
    "he_michtav": 1,
    "sl_slovar": 2,
    # a word-of-the-day page's own calls ("Get Word of the Day in your inbox", "Test your vocabulary with our
    # 10-question quiz!"): no table names them
    "en_glossary": 2,
    # a forum's count of answers ("Odpovede (7)"): a comment section's opener would take the answers under it
    "sk_forum": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)



# -- 1. an open letter's signatories under its closing ----------------------------------------------------------

LETTER = {
    "en": (["We ask the council to keep the eleven village libraries open while a proper public consultation takes place.",
            "For many residents the library is the only place to use a computer, print a form or get help with an application."],
           "Yours sincerely,",
           ["Rev. Anne Marsh, vicar of St Peter's, Lower Hadley", "Dr. Tom Okoye, GP, Hadley Surgery", "Sarah Lyle, author"]),
    "de": (["Wir fordern den Stadtrat auf, die geplante Schließung der Stadtteilbibliotheken noch einmal zu überdenken.",
            "Für viele ältere Menschen ist die Bibliothek der einzige Ort, an dem sie Hilfe mit Formularen bekommen."],
           "Mit freundlichen Grüßen,",
           ["Dr. Petra Lang, Kinderärztin", "Markus Weber, Vorsitzender des Seniorenbeirats", "Aylin Demir, Lehrerin"]),
    "fr": (["Nous demandons au conseil municipal de renoncer à la fermeture de la maternité avant la fin de l'année.",
            "Les familles du canton devraient faire plus d'une heure de route pour accoucher dans un hôpital."],
           "Veuillez agréer nos salutations distinguées,",
           ["Dr Claire Morel, gynécologue", "Julien Faure, sage-femme, hôpital de Riom", "Nadia Bensaïd, infirmière"]),
    "he": (["אנו, אנשי הצוות הרפואי בצפון, פונים אליך בבקשה לעצור את סגירת מחלקת הילדים בבית החולים.",
            "סגירת המחלקה תחייב משפחות לנסוע יותר משעה כדי לקבל טיפול דחוף, ובמקרים רבים אין לכך תחליף."],
           "בכבוד רב,",
           ["פרופ' דוד כהן, מנהל המחלקה לרפואה דחופה", "ד\"ר מרים חדד, רופאת ילדים", "יוסי אברהם, אח אחראי"]),
}
FOOTER = ["Share this article", "Facebook", "Email", "Contact us", "Terms and conditions", "Privacy policy"]


@pytest.mark.parametrize("naive", [False, True])
@pytest.mark.parametrize("lang", sorted(LETTER))
def test_an_open_letters_closing_and_signatories_survive(lang: str, naive: bool) -> None:
    text, closing, signers = LETTER[lang]
    article = [*text, closing, *signers]
    result = cleaner.explain_text("\n".join(["Open letter", *article, *(FOOTER if naive else [])]))
    assert lost(article, result) == [], removed(result)
    assert [line for line in FOOTER if line in kept_lines(result)] == []


def test_a_footers_staff_box_of_names_and_roles_still_goes() -> None:
    """Names and roles with no letter's closing over them: a footer's box of the site's staff."""
    text, _closing, _signers = LETTER["en"]
    staff = ["Our team", "Jane Doe, editor", "Tom Roe, reporter", "Ann Poe, photographer", "Contact us", "Privacy policy"]
    result = cleaner.explain_text("\n".join(["Libraries", *text, *staff]))
    assert lost(text, result) == []
    assert [line for line in staff if line in kept_lines(result)] == []


def test_a_closing_over_a_menu_of_links_still_goes() -> None:
    """A line ending on a comma over links with no comma: no signatories, the menu goes."""
    text, _closing, _signers = LETTER["en"]
    tail = ["Thanks for reading,", "News", "Sport", "Weather", "Contact us", "Privacy policy"]
    result = cleaner.explain_text("\n".join(["Libraries", *text, *tail]))
    assert lost(text, result) == []
    assert [line for line in tail[1:] if line in kept_lines(result)] == []


# -- 2. an events listing's entries after the last long paragraph --------------------------------------------------

AGENDA = {
    "ca": ("Girona viu un cap de setmana ple de propostes, amb Temps de Flors ja en marxa i concerts a l'aire lliure.",
           [["Temps de Flors", "Del 10 al 18 de maig", "Barri Vell", "Gratuït",
             "Més de cent espais del centre històric s'omplen de muntatges florals."],
            ["Concert de la Cobla Principal", "Diumenge, 11 de maig, a les 12 h", "Plaça de la Independència",
             "Sardanes i música tradicional per a tots els públics."]]),
    "en": ("There is plenty to do in town this weekend, from an open-air concert to a book fair for younger readers.",
           [["Spring Book Fair", "Saturday 12 April, 10am to 5pm", "Corn Exchange", "Free entry",
             "More than thirty publishers and readings for children."],
            ["Jazz on the Green", "Sunday 13 April, 2pm", "Castle Park", "Tickets £8",
             "The Riverside Big Band plays swing classics."]]),
    "de": ("Am Wochenende ist in der Stadt einiges los, vom Frühlingsmarkt bis zum Konzert im Schlosspark unter freiem Himmel.",
           [["Frühlingsmarkt", "Samstag, 12. April, 10 bis 18 Uhr", "Marktplatz", "Eintritt frei",
             "Rund 60 Stände bieten Pflanzen und Handwerk an."],
            ["Konzert im Schlosspark", "Sonntag, 13. April, 15 Uhr", "Schlosspark", "Eintritt 8 Euro",
             "Das Blasorchester spielt Marschmusik und Swing."]]),
}
AGENDA_FOOTER = ["Comparteix", "Facebook", "Més llegits", "Avís legal", "Contact us", "Impressum"]


@pytest.mark.parametrize("naive", [False, True])
@pytest.mark.parametrize("lang", sorted(AGENDA))
def test_an_events_listings_entries_survive_after_the_last_long_paragraph(lang: str, naive: bool) -> None:
    lede, entries = AGENDA[lang]
    article = [lede, *(line for entry in entries for line in entry)]
    result = cleaner.explain_text("\n".join(["Agenda", *article, *(AGENDA_FOOTER if naive else [])]))
    assert lost(article, result) == [], removed(result)
    assert [line for line in AGENDA_FOOTER if line in kept_lines(result)] == []


def test_one_teaser_card_after_the_text_is_no_listing() -> None:
    """One headline over a date, a section and a sentence after the text is no events listing: the section's
    link goes, as it did."""
    lede, _entries = AGENDA["en"]
    text = [lede, "The council said it expects more than ten thousand visitors across the two days of the festival."]
    card = ["Bridge reopens after repairs", "Friday 11 April 2025", "Local news", "Engineers finished the work early.",
            "Contact us", "Privacy policy", "Sport", "Weather"]
    result = cleaner.explain_text("\n".join(["Agenda", *text, *card]))
    assert lost(text, result) == []
    assert "Local news" not in kept_lines(result)


# -- 3. a table's source line ------------------------------------------------------------------------------------

TABLE = ["El precio medio del alquiler subió un 9,8 % en Andalucía durante el último año, según los datos publicados.",
         "Capital | Euros/m² | Variación anual", "Málaga | 14,2 | +8,1 %", "Sevilla | 11,8 | +9,4 %"]
AFTER = "Los expertos atribuyen la subida a la escasez de oferta y al aumento de los pisos turísticos en el centro."


@pytest.mark.parametrize("source", ["Fuente: Habitaclia, marzo de 2025.", "Fuente: INE", "Source: ONS"])
def test_a_source_line_under_a_tables_rows_survives(source: str) -> None:
    article = [*TABLE, source, AFTER]
    result = cleaner.explain_text("\n".join(article))
    assert lost(article, result) == [], removed(result)


@pytest.mark.parametrize("credit", ["Fuente: EFE", "Foto: Europa Press"])
def test_a_credit_under_a_paragraph_still_goes(credit: str) -> None:
    result = cleaner.explain_text("\n".join([TABLE[0], credit, AFTER]))
    assert ("image-credit", credit) in removed(result)


# -- 4. Thai closes no sentence with a mark -----------------------------------------------------------------------

TH = ["พัดลมตั้งพื้นขนาด 16 นิ้ว ปรับแรงลมได้ 3 ระดับ มีรีโมทคอนโทรลและตั้งเวลาปิดได้สูงสุด 8 ชั่วโมง",
      "ใบพัดออกแบบให้ลมนุ่ม เสียงเงียบ เหมาะสำหรับห้องนอน",
      "ข้อมูลจำเพาะ", "กำลังไฟ: 45 วัตต์", "ขนาดใบพัด: 16 นิ้ว", "น้ำหนัก: 4.5 กก."]
TH_FOOTER = ["เพิ่มลงตะกร้า", "ซื้อเลย", "เกี่ยวกับเรา", "นโยบายความเป็นส่วนตัว"]


def test_a_thai_subheading_under_an_unmarked_sentence_survives() -> None:
    result = cleaner.explain_text("\n".join([*TH, *TH_FOOTER]))
    assert lost(TH, result) == [], removed(result)
    assert [line for line in TH_FOOTER if line in kept_lines(result)] == []


def test_a_thai_menu_of_short_links_still_goes() -> None:
    """Thai menu links hold no space between clauses: no sentence, the menu under the text goes."""
    menu = ["หน้าแรก", "ข่าวล่าสุด", "กีฬา", "บันเทิง", "ติดต่อเรา"]
    result = cleaner.explain_text("\n".join([TH[0], *menu]))
    assert [line for line in menu if line in kept_lines(result)] == []


# -- 5. a dictionary entry's head over its first sense ------------------------------------------------------------

ENTRY = ["petrichor", "noun", "pet·ri·chor | \\ ˈpe-trə-ˌkȯr \\", "Definition",
         "1. a pleasant, earthy smell that often accompanies the first rain after a long period of warm, dry weather",
         "The word was coined in 1964 by two Australian scientists, who combined the Greek petra with ichor."]
MENU = ["Skip to content", "Dictionary", "Thesaurus", "Games", "Word of the Day", "Log in"]


@pytest.mark.parametrize("head", [["petrichor", "noun", "/ˈpɛtrɪkɔː/"], ENTRY[:4]])
def test_a_dictionary_entrys_head_survives_the_menu_over_it_goes(head: list[str]) -> None:
    entry = [*head, *ENTRY[4:]]
    result = cleaner.explain_text("\n".join([*MENU, *entry]))
    assert lost(entry, result) == [], removed(result)
    assert [line for line in MENU if line in kept_lines(result)] == []


def test_a_menu_over_an_article_with_no_pronunciation_still_goes() -> None:
    head = ["News", "Sport", "Weather", "Definitions"]
    result = cleaner.explain_text("\n".join([*head, *ENTRY[4:]]))
    assert [line for line in head if line in kept_lines(result)] == []


# -- 6. the vocabulary added: the residue goes, sentences with its words stay --------------------------------------

VOCAB = {
    "en": (["The council voted on Tuesday to close the bridge for repairs until the end of the summer, officials said.",
            "Engineers found cracks in two of the piers during a routine inspection in March."],
           [("Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.", "call-to-action"),
            ("Leave us a review", "call-to-action"),
            ("23 people found this helpful", "feedback-prompt")],
           ["Listeners can leave a review on Apple Podcasts, where the show has more than 4,000 ratings.",
            "Most people found this helpful, a survey of 2,000 listeners showed."]),
    "pt": (["A Câmara Municipal de Coimbra aprovou esta segunda-feira um plano que prevê 42 quilómetros de novas ciclovias.",
            "O investimento ronda os 11 milhões de euros, financiados em parte por fundos europeus."],
           [("Publicado a 10 de abril de 2025", "dateline")],
           ["Publicado a 10 de abril de 2025, o livro vendeu mil exemplares na primeira semana."]),
    "nl": (["Sinds we een nieuwe cv-ketel hebben, hoor ik 's nachts een tikkend geluid in de leidingen onder de vloer.",
            "Het begint meestal rond vier uur en houdt een half uur aan, daarna is het weer stil."],
           [("Gestart door Henk_78 · 14 januari 2025", "byline"), ("23 mensen vonden dit nuttig", "feedback-prompt")],
           ["23 mensen vonden dit nuttig, bleek uit de enquête die de gemeente vorige maand hield."]),
    "fr": (["Le premier film de Nora Achour se déroule presque entièrement dans l'open space d'une compagnie d'assurances.",
            "Tout le film tient dans ce « justement » : une génération qui s'accroche à un travail qui ne lui promet rien."],
           [("Newsletter Culture : recevez chaque mercredi notre sélection", "newsletter-prompt")],
           ["La newsletter de la mairie : recevez chaque mois les actualités, a expliqué le maire au conseil."]),
    "sk": (["V kúpeľni mám pri vani čiernu pleseň na silikóne a skúšala som savo, ale po týždni je tam znova.",
            "Oplatí sa to vôbec čistiť, alebo treba silikón vymeniť a ako sa to robí správne?"],
           [("Pridal: Zuzka_BA | 12.01.2025 20:14", "byline")],
           ["Pridal som do cesta trochu soli a nechal ho odpočívať celú hodinu."]),
}


@pytest.mark.parametrize(("lang", "line", "pass_name"), [(lang, line, name) for lang, (_t, goes, _s) in sorted(VOCAB.items()) for line, name in goes])
def test_the_added_residue_goes(lang: str, line: str, pass_name: str) -> None:
    text = VOCAB[lang][0]
    for page in ([line, *text], [*text, line]):
        result = cleaner.explain_text("\n".join(page))
        assert (pass_name, line) in removed(result), lang
        assert lost(text, result) == []


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, (_t, _g, stays) in sorted(VOCAB.items()) for line in stays])
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_sentences_with_the_added_words_survive(lang: str, line: str, position: str) -> None:
    text = with_line(VOCAB[lang][0], line, position)
    result = cleaner.explain_text("\n".join(["Heading of the page", *text]))
    assert lost(text, result) == [], removed(result)


# -- 7. French told by its own function words ----------------------------------------------------------------------

def test_a_french_page_with_many_un_is_told_french() -> None:
    """Italian's "un" is French's too: the French words no other language here writes ("été", "cette", "aux",
    "ont") tell a short French page, whose vocabulary then takes its byline, its date and its share row."""
    result = cleaner.explain_text(page_text(CASES["fr_note"]))
    assert result.language == "fr"
    assert ("byline", "Par Camille Roy") in removed(result)


@pytest.mark.parametrize("key", ["it_discorso", "it_trasparenza", "it_prodotto", "fr_science", "fr_scenario"])
def test_romance_pages_are_still_told_apart(key: str) -> None:
    article = "\n".join(text for tag, text in parse(CASES[key]) if tag == "A")
    assert cleaner.explain_text(article).language == key[:2]


if __name__ == "__main__":
    report(CASES)
