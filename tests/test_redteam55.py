# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""redteam55: round 1, blind: 22 pages, 253 A, 249 R, 27 T; on base 0524cf11 lost 0, left 30. (docstring written after round 2)
"""

from __future__ import annotations

from probes import (
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a regional news story as newspaper3k leaves it: title, paragraphs, a flattened subheading, a "Read more"
    # teaser kept inline, the newsletter pitch and the syndication tail
    "en_regional_news_newspaper3k": """\
T Flood defences on River Wensum to be raised after winter of record levels
A Flood defences along a two-mile stretch of the River Wensum will be raised by up to 60cm after the river reached record levels three times last winter.
A The Environment Agency said the £4.2m scheme would protect about 380 homes in Hellesdon and Costessey, some of which were flooded in January.
A Work is due to start in May and should be finished before October, when the wettest months usually begin.
A Residents who want to see the plans can drop in to Hellesdon Community Centre on 14 March between 2pm and 7pm.
A "We've had the sandbags out four times since Christmas," said Margaret Hollis, 71, who has lived on Mill Lane for 40 years.
A "You stop sleeping when it rains."
R Read more: Norwich bus station to close for two weeks of repairs
A What happens next
A The agency will write to every affected household before work begins.
A Footpaths along the river will close in sections, and a temporary crossing will be put in at Costessey Mill.
A Councillor Dan Peake said he would ask for the footpath closures to be kept as short as possible.
A More information at gov.uk/wensum-defences, or by calling the agency's floodline on 0345 988 1188.
R Sign up for our free daily newsletter to get the latest Norfolk news straight to your inbox.
R This article originally appeared on the Eastern Daily Press.
R Copyright 2027 Archant Community Media Ltd. All rights reserved.
""",
    # ===== a company's engineering blog post as readability.js textContent leaves it: captions and credits between the
    # paragraphs, list items one a line, a code line, a tail of tags, author box and "More from the blog"
    "de_firmenblog_readability": """\
T Wie wir unsere Build-Zeiten halbiert haben
R Von Jonas Albrecht, Platform Engineering
R 12. Februar 2027 · 6 Min. Lesezeit
A Vor einem Jahr dauerte ein vollständiger Build unserer Android-App im Schnitt 23 Minuten.
A Heute sind es elf. Wie wir dahin gekommen sind, erzählen wir in diesem Beitrag.
T Das Dashboard zeigt die Build-Dauer der letzten zwölf Monate.
R Foto: Unternehmen
A Drei Maßnahmen haben den größten Unterschied gemacht:
A Remote-Caching für alle Gradle-Tasks
A Aufteilen des Monolithen in 48 Module
A Parallele Tests auf vier statt einem Runner
A Der Cache allein brachte sieben Minuten.
A Die Konfiguration passt in eine Zeile:
A org.gradle.caching=true
A Schwieriger war die Modularisierung. Sie hat zwei Teams fast ein Quartal beschäftigt, und nicht jeder war am Anfang überzeugt.
A „Am Anfang haben wir mehr Zeit mit Abhängigkeiten verbracht als mit Features“, sagt Teamleiterin Miriam Koch.
A Was wir gelernt haben
A Messen Sie zuerst. Ohne saubere Zahlen hätten wir die falschen Stellen optimiert.
A Wenn Sie Fragen zu unserem Setup haben, schreiben Sie uns gern in die Kommentare oder auf Mastodon.
R Tags: Android, Gradle, CI/CD, Developer Experience
R Jonas Albrecht
R Jonas ist Staff Engineer im Platform-Team und kümmert sich um alles, was mit Builds zu tun hat.
R Mehr aus dem Blog
R Warum wir auf Kotlin Multiplatform setzen
R Unser Weg zu Zero-Downtime-Deployments
""",
    # ===== a Dutch council notice as Common Crawl WET leaves it: everything visible, one block a line
    "nl_gemeente_bekendmaking_wet": """\
R Naar hoofdinhoud
R Gemeente Zwolle
R Menu
R Zoeken
R Wonen en leven
R Werk en inkomen
R Ondernemen
R Bestuur en organisatie
R Home
R Nieuws
R Wegwerkzaamheden Assendorperstraat
R Deze website gebruikt cookies. Wij gebruiken functionele en analytische cookies om de website goed te laten werken.
R Alle cookies accepteren
R Alleen noodzakelijke cookies
T Wegwerkzaamheden Assendorperstraat
R Gepubliceerd op 3 februari 2027
A Van maandag 1 maart tot en met vrijdag 9 april vervangt de gemeente het riool en de bestrating in de Assendorperstraat, tussen de Van Karnebeekstraat en het Assendorperplein.
A De straat is in die periode afgesloten voor auto's. Fietsers en voetgangers kunnen er wel langs.
A Omleiding
A Het autoverkeer wordt omgeleid via de Hortensiastraat en de Deventerstraatweg. Gele borden geven de route aan.
A Afval en parkeren
A De afvalcontainers worden op de normale dag geleegd. Zet uw container op de hoek van de straat.
A Bewoners kunnen tijdelijk parkeren op het terrein aan de Hortensiastraat.
A Inloopavond
A Op woensdag 17 februari om 19.30 uur houden we een inloopavond in buurthuis De Enk. U hoeft zich niet aan te melden.
A Meer informatie? Bel 14 038 of mail naar wegwerkzaamheden@zwolle.example.
R Deel deze pagina
R Facebook
R LinkedIn
R WhatsApp
R Was deze informatie nuttig?
R Ja
R Nee
R Contact
R Telefoon 14 038
R Stuur ons een bericht
R Volg ons
R Privacyverklaring
R Toegankelijkheid
R Cookies
R Proclaimer
""",
    # ===== a French university news item as jusText leaves it: paragraphs, some boilerplate paragraphs kept, short
    # lines partly dropped
    "fr_universite_actu_justext": """\
T Une doctorante de Rennes primée pour ses travaux sur les microplastiques
A Léa Morvan, doctorante au laboratoire Géosciences Rennes, a reçu le prix Jeunes Chercheuses de la Fondation L'Oréal-UNESCO pour ses travaux sur la dégradation des microplastiques dans les sédiments marins.
A Sa thèse, commencée en 2024, porte sur la baie du Mont-Saint-Michel, où elle a prélevé plus de 300 carottes de sédiments.
A « Ce prix, c'est aussi celui de toute l'équipe qui m'a accompagnée sur le terrain, souvent à cinq heures du matin pour suivre la marée », confie-t-elle.
A Le prix est doté de 15 000 euros, que la lauréate compte consacrer à un séjour de recherche à l'université de Plymouth.
A La cérémonie de remise des prix aura lieu le 12 octobre à Paris, au siège de l'UNESCO.
A Pour en savoir plus sur les travaux de Léa Morvan, consultez la page du laboratoire Géosciences Rennes.
R Publié le 4 octobre 2027 | Mis à jour le 5 octobre 2027
R Partager sur Facebook Partager sur X Partager sur LinkedIn Envoyer par e-mail
R Université de Rennes - 2 rue du Thabor - CS 46510 - 35065 Rennes Cedex
R Mentions légales - Données personnelles - Accessibilité : partiellement conforme - Plan du site
""",
    # ===== a Spanish football match report as a browser's select-all copy leaves it: bullets, tabs, button labels,
    # the score table in tabs, non-breaking spaces
    "es_cronica_deportiva_selectall": """\
R Saltar al contenido
R Portada
R •\tFútbol
R •\tBaloncesto
R •\tMotor
R •\tTenis
R •\tMás deportes
R Iniciar sesión
R Suscríbete
R Fútbol › LaLiga › Real Betis
T El Betis remonta en el descuento y sueña con Europa
T Dos goles en los últimos diez minutos dan la victoria a los de Pellegrini ante un Getafe que rozó el triunfo
R Carlos Ruiz
R Sevilla\u00a0-\u00a015 feb 2027 - 22:47 CET
R Compartir
R Copiar enlace
R Comentarios (48)
A El Real Betis remontó anoche un partido que tenía perdido y se coloca a dos puntos de la zona europea.
A El Getafe se adelantó en el minuto 23 con un cabezazo de Mayoral tras un córner mal defendido.
A El Betis lo intentó todo en la segunda parte, pero no encontró el gol hasta el minuto 84.
A Fue Isco, con un disparo desde la frontal que tocó en un defensa, quien igualó el marcador.
A Y en el 93, Chimy Ávila cabeceó a la red un centro de Abde.
A «No hemos jugado bien, pero este equipo no se rinde nunca», dijo Pellegrini en la sala de prensa.
A Ficha técnica
A Real Betis:\tRui Silva; Sabaly, Bartra, Llorente, Miranda; Cardoso, Fornals; Abde, Isco, Ezzalzouli; Ávila.
A Getafe:\tSoria; Iglesias, Djené, Alderete, Rico; Milla, Arambarri; Aleñá, Uche, Latasa; Mayoral.
A Goles:\t0-1, min. 23: Mayoral. 1-1, min. 84: Isco. 2-1, min. 93: Ávila.
A Árbitro:\tSánchez Martínez (Comité murciano).
A Estadio:\tBenito Villamarín, 52.340 espectadores.
R Te puede interesar
R •\tEl Sevilla presenta a su nuevo entrenador
R •\tCalendario de LaLiga: horarios de la jornada 25
R Comentarios
R Para comentar debes estar registrado
R Aviso legal\tPolítica de privacidad\tPolítica de cookies\tContacto
R © 2027 Diario Deportivo del Sur
""",
    # ===== an Italian product review as Playwright innerText leaves it: the whole visible page, star rating, pros and
    # cons, the spec table in tabs, price widget, "Leggi anche"
    "it_recensione_prodotto_innertext": """\
R Menu
R Smartphone
R Tablet
R Audio
R Casa smart
R Offerte
R Cerca
R Recensioni › Audio › Cuffie
T Recensione Sony WH-1000XM6: il silenzio ha un nuovo re
R di Paolo Ferri
R 8 marzo 2027
R 12 commenti
A Le WH-1000XM6 sono le cuffie con la cancellazione del rumore più efficace che abbiamo mai provato.
A Costano 449 euro, cinquanta in più delle XM5, e la differenza si sente soprattutto in treno e in aereo.
A Design e comfort
A Il peso è sceso a 239 grammi e l'archetto ora si piega, come sulle vecchie XM4.
A Dopo tre ore di ascolto non abbiamo avvertito fastidio, nemmeno con gli occhiali.
A Autonomia
A Sony dichiara 30 ore con la cancellazione attiva. Nelle nostre prove ne abbiamo misurate 31 e mezza.
A Con tre minuti di ricarica si ottengono tre ore di ascolto.
A Scheda tecnica
A Peso\t239 g
A Autonomia\t30 ore (ANC attivo)
A Bluetooth\t5.3, LDAC
A Prezzo\t449 euro
A Pro
A Cancellazione del rumore eccellente
A Archetto pieghevole
A Contro
A Prezzo alto
A Nessun jack nella confezione
A Voto: 9/10
R Il prezzo migliore
R Amazon
R 429,00 €
R Vai all'offerta
R Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.
R Leggi anche
R Le migliori cuffie wireless del 2027
R AirPods Pro 3, la prova
R Commenti
R Accedi per commentare
R Chi siamo
R Pubblicità
R Privacy
R P.IVA 01234567890
""",
    # ===== a Portuguese travel piece as a WordPress RSS feed's full text leaves it: photo captions kept as paragraphs,
    # "Related posts" and the feed's tail
    "pt_viagem_rss": """\
A Chegámos a Monsaraz ao fim da tarde, quando a luz faz das muralhas uma coisa dourada e o Alqueva parece um mar.
A A vila tem pouco mais de vinte habitantes dentro das muralhas, mas no verão recebe milhares de visitantes por dia.
T O castelo de Monsaraz visto do miradouro da Igreja Matriz.
A O que ver
A O castelo, claro, com a praça de touros dentro das muralhas.
A A Igreja Matriz de Nossa Senhora da Lagoa.
A O Museu do Fresco, com o famoso "Bom e Mau Juiz".
A Onde comer
A Jantámos no Sabores de Monsaraz, onde as migas com carne de porco custam 14 euros e chegam para dois.
A Reserve com antecedência: a sala tem só oito mesas.
A Onde dormir
A Ficámos na Casa Pinto, um alojamento local com quatro quartos e vista para o lago. O quarto duplo custa 95 euros por noite, com pequeno-almoço.
A Dica: suba às muralhas à noite. Monsaraz faz parte da Reserva Dark Sky do Alqueva, e num céu limpo vê-se a Via Láctea a olho nu.
R Partilhe isto:
R Facebook
R WhatsApp
R Relacionado
R Évora em dois dias: roteiro completo
R As melhores praias fluviais do Alentejo
R O artigo Monsaraz: o que ver, onde comer e onde dormir apareceu primeiro em Viajar Sem Pressa.
""",
    # ===== an English health-advice page as a reader mode / Pocket export leaves it: title, site, reading time, the
    # text with its lists, "Page last reviewed" and the next-review stamp, the "View original" link
    "en_health_advice_pocket": """\
T Chickenpox in adults: symptoms and treatment
R nhsinform.example
R 4 min read
A Chickenpox is usually mild in children, but adults who catch it often feel much more unwell.
A Most adults have had it as a child and are immune. If you're not sure, ask your GP for a blood test.
A Symptoms
A The first sign is usually a fever, followed a day or two later by an itchy rash of red spots.
A The spots fill with fluid, then crust over. New spots can appear for up to five days.
A Things you can do
A drink plenty of fluids
A take paracetamol to ease pain and fever
A use cooling creams or gels
A wear loose clothes
A Do not take ibuprofen unless a doctor tells you to, as it can cause serious skin infections.
A When to get help
A Call 111 or your GP surgery if:
A you're pregnant
A you have a weakened immune system
A the skin around the blisters is red, hot or painful
A Call 999 if you have chest pain or difficulty breathing.
A Chickenpox is infectious from two days before the spots appear until they have all crusted over, usually five days after they first appeared.
A Stay off work and avoid contact with pregnant women and newborn babies until then.
R Page last reviewed: 12 January 2027
R Next review due: 12 January 2030
R View original
R Saved to Pocket
""",
    # ===== a German museum's exhibition page as Common Crawl WET leaves it
    "de_ausstellung_wet": """\
R Direkt zum Inhalt
R Kunsthalle Bremen
R Besuch
R Ausstellungen
R Sammlung
R Vermittlung
R Shop
R Tickets
R DE
R EN
R Leichte Sprache
R Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Mehr erfahren
R Einverstanden
R Ablehnen
R Ausstellungen
R Aktuell
T Paula Modersohn-Becker. Zwischen Worpswede und Paris
T 14. März bis 28. Juli 2027
A Zum 150. Geburtstag der Malerin zeigt die Kunsthalle Bremen mehr als 120 Gemälde, Zeichnungen und Briefe.
A Die Ausstellung folgt den Stationen ihres kurzen Lebens: Dresden, Berlin, Worpswede und immer wieder Paris.
A Erstmals seit 1908 sind die vier Selbstbildnisse, die sie im Sommer 1906 in Paris malte, wieder zusammen zu sehen.
A Leihgaben kommen unter anderem aus dem Musée d'Orsay, der Hamburger Kunsthalle und aus Privatbesitz.
A Öffentliche Führungen
A Jeden Sonntag um 11 Uhr und jeden Dienstag um 18 Uhr. Treffpunkt ist das Foyer.
A Die Teilnahme kostet 3 Euro zusätzlich zum Eintritt.
A Eintritt
A 14 Euro, ermäßigt 9 Euro
A Kinder und Jugendliche bis 18 Jahre frei
A Dienstags von 17 bis 21 Uhr zahlen alle nur 5 Euro.
A Die Ausstellung wird gefördert von der Karin und Uwe Hollweg Stiftung.
R Tickets kaufen
R Das könnte Sie auch interessieren
R Sammlung online
R Kinderprogramm in den Osterferien
R Newsletter abonnieren
R Kunsthalle Bremen
R Am Wall 207
R 28195 Bremen
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # ===== a French party's statement as boilerpipe ArticleExtractor leaves it: the text, the signature block, the
    # site's "Adhérez" appeal and the press contact
    "fr_communique_parti_boilerpipe": """\
T Réforme des retraites : « Le gouvernement doit revenir devant le Parlement »
A Le groupe écologiste à l'Assemblée nationale demande au gouvernement de soumettre au vote des députés le décret sur l'âge de départ publié ce matin au Journal officiel.
A « Un changement de cette ampleur ne peut pas se faire par décret, un vendredi soir, sans débat », déclare sa présidente, Cyrielle Chatelain.
A Le groupe rappelle que 62 % des Français se disent opposés au report de l'âge légal, selon le dernier sondage Ifop.
A Il annonce qu'il déposera lundi une proposition de résolution et appelle les autres groupes de gauche à la signer.
A Nous ne laisserons pas passer cette réforme sans nous battre.
T Paris, le 14 février 2027
T Le groupe Écologiste et Social
R Contact presse : presse@ecologistes-an.example – 01 40 63 00 00
R Adhérez ! Rejoignez les milliers de militantes et militants qui font vivre l'écologie partout en France.
R Faire un don
""",
    # ===== a Spanish charity appeal as readability.js textContent leaves it: captions inline, the appeal's own
    # donation instructions, then the site's donation box and newsletter
    "es_campana_ong_readability": """\
T Emergencia en Mozambique: el ciclón Dikeledi deja a 200.000 personas sin hogar
A El ciclón tocó tierra el pasado martes en la provincia de Nampula con vientos de más de 180 kilómetros por hora.
A Nuestros equipos en la zona calculan que más de 200.000 personas han perdido su casa.
T Una familia frente a los restos de su vivienda en Mossuril.
R Foto: Ana López / Ayuda en Acción
A Lo más urgente es el agua potable. Los pozos están contaminados y ya se han detectado los primeros casos de cólera.
A Con tu ayuda podemos:
A repartir kits de higiene y pastillas potabilizadoras
A montar refugios temporales para 5.000 familias
A atender a niños con desnutrición en cuatro centros de salud
A Con 30 euros una familia tiene agua potable durante un mes.
A Puedes hacer tu donativo en la cuenta ES12 2100 0000 0000 0000 0000 o mediante Bizum al código 00512.
A Los donativos desgravan hasta un 80 % en la declaración de la renta.
R Dona ahora
R 10 €
R 30 €
R 50 €
R Otra cantidad
R Suscríbete a nuestro boletín y recibe noticias de nuestros proyectos.
R Política de privacidad
""",
    # ===== an English how-to as a browser's select-all copy leaves it: the steps numbered, tool list with bullets,
    # the "Jump to" box, share buttons, "Was this helpful?" and comments
    "en_howto_selectall": """\
R Home\t›\tDIY\t›\tPlumbing
T How to fix a dripping tap in 15 minutes
R By Sam Whitfield
R Updated 2 March 2027
R Share
R Save
R Print
R Jump to:
R •\tWhat you'll need
R •\tStep by step
R •\tWhen to call a plumber
A A dripping tap can waste more than 5,000 litres of water a year. In most cases the fix is a washer that costs less than a pound.
A What you'll need
A •\tan adjustable spanner
A •\ta flat-head screwdriver
A •\ta replacement washer or cartridge
A •\ta cloth
A Step by step
A 1.\tTurn off the water supply. Look for the isolating valve under the sink, or turn off the stopcock.
A 2.\tPut the plug in, so that nothing falls down the drain.
A 3.\tPrise off the decorative cap and undo the screw underneath.
A 4.\tUndo the headgear nut with the spanner and lift out the valve.
A 5.\tReplace the washer, put everything back together and turn the water on.
A Tip: take the old washer to the shop with you so you can match the size.
A When to call a plumber
A If the tap still drips after a new washer, the valve seat may be worn. That needs a special tool, and it's usually a job for a plumber.
R Was this helpful?
R Yes
R No
R Related guides
R How to bleed a radiator
R How to unblock a sink without chemicals
R 3 comments
R Pete H.
R 2 days ago
R Worked a treat, thanks!
R Reply
R Privacy policy\tCookie settings\tContact us
""",
    # ===== an Italian interview as newspaper4k leaves it: questions and answers flattened, the questions in bold
    # lost, a "Leggi anche" line kept inline, the tail
    "it_intervista_newspaper3k": """\
T Zerocalcare: «Disegno ancora come quando avevo quindici anni»
A Michele Rech, in arte Zerocalcare, torna in libreria il 20 marzo con un nuovo volume dedicato al quartiere di Rebibbia.
A Lo abbiamo incontrato nel suo studio, tra pile di fumetti e una scrivania coperta di pennarelli.
A Perché tornare a Rebibbia?
A Perché è casa. Ogni volta che provo a raccontare altro, finisco per tornare lì.
A Il successo della serie su Netflix ha cambiato il suo modo di lavorare?
A Un po'. Adesso so che mi legge anche gente che non ha mai preso in mano un fumetto, e questo mi mette ansia.
A E i social?
A Li uso poco. Rispondo ai commenti solo quando sono di buon umore, cioè quasi mai.
R Leggi anche: Fumetti, le uscite più attese della primavera
A Cosa consiglierebbe a un ragazzo che vuole disegnare?
A Di disegnare tutti i giorni. Anche male. Soprattutto male.
A Il libro sarà presentato il 22 marzo alla libreria Feltrinelli di piazza Colonna, alle 18.
R Riproduzione riservata ©
""",
    # ===== a Dutch weather warning as Selenium innerText leaves it: the whole visible page, the warning's times and
    # advice, the province list, the app promo and footer
    "nl_weeralarm_innertext": """\
R Weerplaza
R Weer
R Radar
R Waarschuwingen
R Klimaat
R Nieuws
R Log in
T Code oranje voor zware windstoten in het noorden
R 18 januari 2027, 06:12
R Laatste update: 08:40
T Code oranje voor zware windstoten in het noorden
A Het KNMI heeft voor vanmiddag en vanavond code oranje afgegeven voor Friesland, Groningen en de Waddeneilanden.
A Er worden windstoten verwacht van 100 tot 120 kilometer per uur, aan de kust mogelijk nog iets harder.
A Voor de rest van het land geldt code geel.
A Wanneer?
A Code oranje geldt van 14.00 tot 22.00 uur.
A Het hardst waait het tussen 17.00 en 19.00 uur, precies tijdens de avondspits.
A Wat kun je doen?
A Zet losse spullen in je tuin of op je balkon vast of binnen.
A Ga niet op pad als het niet nodig is.
A Houd rekening met vertragingen op het spoor en uitval van veerdiensten.
A Rijkswaterstaat raadt af om met een aanhanger of caravan over de Afsluitdijk te rijden.
A "Dit is de zwaarste storm van deze winter", zegt weerman Jan Visser. "Na middernacht neemt de wind snel af."
A Volg de actuele waarschuwingen op knmi.nl of in de KNMI-app.
R Download de Weerplaza-app
R Ontvang een melding bij code oranje of rood.
R App Store
R Google Play
R Meer weernieuws
R Sneeuw in het weekend? Dit zeggen de weermodellen
R Januari tot nu toe warmer dan normaal
R Over ons
R Adverteren
R Privacy
R Cookie-instellingen
R © 2027 Weerplaza
""",
    # ===== a Portuguese court report as jusText leaves it: the story, a boilerplate paragraph kept (the comments
    # policy), tags
    "pt_tribunal_justext": """\
T Ex-autarca condenado a quatro anos de prisão com pena suspensa por prevaricação
A O Tribunal de Aveiro condenou esta quinta-feira o antigo presidente da Câmara de Ílhavo a quatro anos de prisão, com pena suspensa, pelo crime de prevaricação.
A Em causa está a adjudicação direta, em 2019, de obras no valor de 1,2 milhões de euros a uma empresa de um primo.
A O coletivo de juízes deu como provado que o arguido "sabia que estava a violar as regras da contratação pública".
A O ex-autarca, que sempre negou as acusações, ficou ainda proibido de exercer cargos públicos durante três anos.
A À saída do tribunal, o advogado de defesa disse aos jornalistas que vai recorrer da decisão para a Relação do Porto.
A "Não houve qualquer benefício pessoal. O meu cliente vai provar a sua inocência", afirmou.
A A leitura do acórdão durou cerca de duas horas e meia.
R Os comentários estão sujeitos a moderação. Não serão publicados comentários que contenham insultos ou linguagem ofensiva.
R Justiça Aveiro Ílhavo Tribunal
R Siga-nos no Facebook e no Instagram
""",
    # ===== an English restaurant review as an RSS feed's full text leaves it: the review, its score box lines, the
    # "Continue reading" link and the feed tail
    "en_restaurant_review_rss": """\
A There is a moment, about halfway through the lamb shoulder at Ember, when you stop talking.
A It arrives on a board, charred at the edges, with a pot of salsa verde and a heap of flatbreads still blistered from the oven.
A The restaurant opened in October in a former tyre garage on Gloucester Road, and it still has the roller doors.
A Chef Hana Okafor spent six years at St John, and it shows in the offal: the devilled kidneys on toast (£9) are the best thing on the menu.
A Not everything works. A beetroot tartare was sweet and flat, and the chips were soggy on both our visits.
A Service is warm, if a little slow when the room is full.
A Ember, 112 Gloucester Road, Bristol BS7 8NT
A Open Wednesday to Sunday, 5pm–11pm
A Dinner for two with wine: about £90
A Food 8/10, Atmosphere 9/10, Value 7/10
R Continue reading →
R The post Ember, Bristol: restaurant review appeared first on Bristol Eats.
""",
    # ===== a German science explainer as a reader-mode export leaves it
    "de_wissenschaft_pocket": """\
T Warum ist der Himmel blau?
R spektrum-wissen.example
R 5 Min. Lesezeit
A Die Frage klingt einfach, und doch hat es bis ins 19. Jahrhundert gedauert, bis sie jemand richtig beantwortet hat.
A Sonnenlicht ist weiß, es enthält alle Farben. Auf dem Weg durch die Atmosphäre trifft es auf Stickstoff- und Sauerstoffmoleküle.
A Diese Moleküle streuen kurzwelliges Licht viel stärker als langwelliges, blaues Licht etwa fünfmal so stark wie rotes.
A Das nennt man Rayleigh-Streuung, nach dem britischen Physiker Lord Rayleigh, der sie 1871 beschrieb.
A Das gestreute blaue Licht kommt aus allen Richtungen zu uns. Deshalb erscheint der ganze Himmel blau.
A Und warum nicht violett?
A Violettes Licht wird sogar noch stärker gestreut. Aber die Sonne strahlt weniger davon ab, und unsere Augen sind dafür weniger empfindlich.
A Abends ist der Weg des Lichts durch die Atmosphäre länger. Das Blau wird unterwegs weggestreut, übrig bleiben Gelb, Orange und Rot.
A Kurz gesagt:
A Kurzes Licht wird stark gestreut.
A Blau kommt von überall.
A Rot bleibt übrig, wenn die Sonne tief steht.
A Mehr dazu lesen Sie in unserem Beitrag über Polarlichter.
R Zum Original
""",
    # ===== a French transport notice as Common Crawl WET leaves it
    "fr_transport_wet": """\
R Aller au contenu principal
R Tisséo
R Se déplacer
R Tarifs
R Infos trafic
R Plans
R Nous contacter
R Mon compte
R Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation.
R Tout accepter
R Tout refuser
R Personnaliser
R Accueil
R Infos trafic
R Travaux
T Ligne A : fermeture entre Jolimont et Balma-Gramont du 6 au 21 avril
A En raison de travaux de modernisation des voies, le métro ne circulera pas entre les stations Jolimont et Balma-Gramont du samedi 6 au dimanche 21 avril inclus.
A Des bus relais remplaceront le métro sur cette portion, avec un passage toutes les 3 minutes aux heures de pointe.
A Arrêts des bus relais
A Jolimont : avenue Léon-Blum, arrêt provisoire
A Roseraie : devant la station
A Argoulets : boulevard des Crêtes
A Balma-Gramont : gare bus, quai 4
A Le reste de la ligne A fonctionne normalement, de Basso-Cambo à Jolimont.
A Prévoyez 15 minutes de trajet supplémentaires.
A Les vélos ne sont pas acceptés dans les bus relais.
A Plus d'informations au 05 61 41 70 70, du lundi au samedi de 7 h à 19 h.
R Publié le 28 mars 2027
R Partager
R Imprimer
R Toutes les infos trafic
R Ligne B : horaires modifiés le 1er mai
R Téléchargez l'application Tisséo
R Mentions légales
R Accessibilité
R Plan du site
R © Tisséo 2027
""",
    # ===== a Spanish op-ed as boilerpipe leaves it: the column, the writer's bio line kept, the disclaimer
    "es_opinion_boilerpipe": """\
T La España vaciada no necesita más diagnósticos
A Llevamos veinte años escribiendo informes sobre la despoblación. Sabemos qué pueblos se vacían, a qué ritmo y por qué.
A Lo que no sabemos es por qué, sabiendo todo eso, seguimos sin hacer casi nada.
A En mi pueblo, en la sierra de Albarracín, cerró la escuela en 2019. El último bar, el año pasado.
A No faltan ideas. Faltan médicos, faltan trenes y falta una conexión a internet que no se caiga cuando llueve.
A Hay ejemplos que funcionan. En Soria, una cooperativa ha traído a catorce familias en tres años ofreciendo vivienda y trabajo a la vez.
A No hace falta otro plan estratégico. Hace falta copiar lo que funciona y pagarlo.
A Que nadie se engañe: cuando un pueblo pierde su escuela, no la recupera nunca.
R Marta Gil es ingeniera agrónoma y alcaldesa de Orihuela del Tremedal (Teruel).
R Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora.
""",
    # ===== an Italian obituary as Playwright innerText leaves it: the local site's page
    "it_necrologio_innertext": """\
R Il Giornale di Vicenza
R Cronaca
R Sport
R Economia
R Cultura
R Necrologie
R Abbonati
R Cronaca › Bassano
T Addio a Gino Zanon, il falegname che costruiva le barche del Brenta
R 16 gennaio 2027
A È morto ieri a 91 anni Gino Zanon, l'ultimo maestro d'ascia di Bassano del Grappa.
A Per oltre sessant'anni aveva costruito nella sua bottega di via Pusterla le barche in legno usate sul Brenta.
A Aveva cominciato a dodici anni, come garzone del padre.
A Nel 2015 il Comune gli aveva conferito il sigillo della città.
A «Era un uomo di poche parole e mani d'oro», lo ricorda il sindaco Nicola Finco.
A Lascia la moglie Teresa, i figli Paolo e Anna e quattro nipoti.
A I funerali si terranno sabato alle 10.30 nella chiesa di San Francesco.
A La famiglia chiede, invece dei fiori, offerte per l'hospice di Bassano.
R Condividi
R Facebook
R WhatsApp
R Email
R Ti potrebbe interessare
R Incidente sulla statale, muore motociclista
R Bassano, chiude lo storico caffè in piazza
R Leggi le necrologie
R Società Athesis S.p.A. P.IVA 01234567890
R Privacy policy
R Gestione cookie
""",
    # ===== a Dutch recipe intro as a food blog's RSS full text leaves it: intro, ingredients, steps, "Lees verder"
    "nl_recept_rss": """\
A Als het buiten koud en nat is, maak ik deze erwtensoep. Mijn oma maakte hem altijd op zaterdag, en de pan ging pas op zondagavond leeg.
A Het geheim? Geduld. Echte snert moet zo dik zijn dat de lepel erin blijft staan.
A Ingrediënten (voor 6 personen)
A 500 g spliterwten
A 1 hamschijf of 2 karbonades
A 1 prei
A 1 knolselderij
A 2 wortels
A 1 rookworst
A Bereiding
A Spoel de erwten af en breng ze met 2 liter water en het vlees aan de kook.
A Laat een uur zachtjes koken en schep af en toe het schuim eraf.
A Snijd de groenten klein en voeg ze toe. Laat nog een uur koken.
A Haal het vlees eruit, snijd het in stukjes en doe het terug in de pan, samen met de rookworst.
A Tip: de soep is de volgende dag nog lekkerder. Je kunt hem ook invriezen.
A Eet smakelijk!
R Lees verder […]
R Het bericht Oma's erwtensoep verscheen eerst op Koken met Kim.
""",
    # ===== a Portuguese product review as newspaper3k leaves it
    "pt_review_produto_newspaper3k": """\
T Análise: Kindle Paperwhite 2027 é o melhor leitor de ebooks para a maioria das pessoas
A A Amazon renovou o Kindle Paperwhite e, à primeira vista, pouco mudou. Mas basta ligá-lo para perceber a diferença.
A O ecrã de 7 polegadas é agora mais rápido a virar as páginas, e a luz é mais uniforme.
A A bateria continua a durar semanas. Nos nossos testes, com meia hora de leitura por dia, chegou às nove semanas.
A É resistente à água, como o anterior, e cabe no bolso de um casaco.
A O que gostámos
A Ecrã rápido e nítido
A Bateria de semanas
A O que não gostámos
A Publicidade no ecrã de bloqueio, a menos que pague mais 20 euros
A Preço: 179,99 euros
A Se já tem um Paperwhite de 2021, não vale a pena trocar. Se tem um Kindle mais antigo, este é o melhor upgrade que pode fazer.
R Siga o Tek no Facebook, Twitter e Instagram.
R Subscreva a newsletter do Tek e receba as principais notícias de tecnologia no seu email.
""",
}

#: the residue left, by page, and why (none)
RESIDUE_LEFT: dict[str, int] = {}

#: the article lines a page is known to lose, and why (none)
KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
