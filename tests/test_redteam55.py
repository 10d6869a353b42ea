# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""redteam55: a blind red team of the shapes different scrapers leave, on everyday pages a crawl meets, one page per
genre (22 pages of round 1, in en, de, fr, es, it, pt and nl, 3 or more each), each written as one tool leaves it:
newspaper3k/4k (a regional news story en, an interview it, a product review pt: title, paragraphs, headings flattened,
a "Read more:"/"Leggi anche:" teaser kept inline, the syndication tail), readability.js textContent (a company's
engineering blog de, a charity appeal es: captions and credits between the paragraphs, list items one a line, the
author box and "More from the blog"), jusText (a university news item fr, a court report pt: boilerplate paragraphs
kept, a share row and a postal address in one line, the comments policy and the tags), boilerpipe (a party's
statement fr, an op-ed es: the signature, the columnist's bio, the disclaimer), Common Crawl WET (a council notice nl,
an exhibition page de, a transport notice fr: menus, cookie banners, breadcrumbs, footers in DOM order), a browser's
"select all, copy" (a football report es, a how-to en: bullet glyphs and tabs, "Share", "Copy link", "Jump to:" over
its entries), Playwright/Selenium innerText (a product review it, a weather warning nl, an obituary it), an RSS feed's
full text (a travel piece pt, a restaurant review en, a recipe intro nl: "Related", "Continue reading →",
"Lees verder […]", "The post … appeared first on …") and a reader-mode / Pocket export (a health advice page en, a
science explainer de: title, host name, "N min read", text, "View original").

- the article (``A``): the texts with their lists, steps, spec tables in tabs, line-ups, pros and cons, ingredients,
  opening hours and prices; lines that resemble residue: "More information at gov.uk/…", "Wenn Sie Fragen … schreiben
  Sie uns gern in die Kommentare", "Volg de actuele waarschuwingen op knmi.nl", "Mehr dazu lesen Sie in unserem Beitrag
  über Polarlichter.", "Reserve com antecedência: …", the feed's own "Tip:"/"Dica:" lines, "Eet smakelijk!";
- the residue (``R``): what each tool leaves (see above), bylines and stamps ("12. Februar 2027 · 6 Min. Lesezeit"),
  comments, footers;
- ``T``: headlines, deks, captions, a statement's place and date and its signature.

- round 1, blind (written before reading the passes): 22 pages, 253 ``A`` lines, 249 ``R``, 27 ``T``. Measured on base
  0524cf11: lost 0, left 30. Nothing was lost. Left: a copied menu's bulleted entries at the head ("•\tFútbol", …: a
  list item is never furniture), the "Jump to:" box of a how-to over entries that head its sections (the heading's
  optional colon closed only the table's last alternative, in en, es, it and pt), a reader view's host name under the
  title and its "Zum Original", a German stamp with its reading time, a French share row glued on one line ("Partager
  sur Facebook Partager sur X Partager sur LinkedIn Envoyer par e-mail"), a feed's "Lees verder […]", a Dutch app
  button naming its app ("Download de Weerplaza-app") and a box under "Meer weernieuws", a Portuguese moderation notice
  with its rule after it in one paragraph, and 12 more (``RESIDUE_LEFT``).
- after: lost 0, left 12.
- round 2, aimed at the changes: 5 pages (a how-to it, select-all; a long read de, reader view; a recipe pt, feed; a
  local story nl, innerText; a transport notice es, WET), 51 ``A``, 55 ``R``, 4 ``T``: bulleted menus at the head and
  the articles' own short bulleted lists right under their headlines ("•\tServe solo una chiave", "•\tDel 1 al 31 de
  julio"), contents boxes under "Indice:", "Ir a:", "Inhoud:", the stamps with reading time, the glued share rows, the
  feed's cut, the app button, and the texts' sentences that open on the same words ("Zum Original des alten Fahrplans
  …", "Auf Facebook teilen Fahrgäste Fotos …", "Leia mais sobre a história da receita …", "Partilhar no Facebook a
  fotografia …", "Download de app van de gemeente om …", "Meer sportnieuws uit Ede leest u …", "Compartir en redes
  sociales este aviso …", "Indice di efficienza: …", "9 Min. dauert die Überfahrt …", a host name inside a sentence).
  On base 0524cf11: lost 0, left 21. After: lost 0, left 0.

The changes:

- ``cleaner/passes/edge_scrapers.py`` (new, compiled), two guards, each called by one line of edge-furniture's
  ``_clear``: ``bulleted_menu_head`` (the head): three or more bulleted entries of one to four capitalised words, no
  figure, no stop or colon, all under one marker, at the page's head with nothing the article keeps over or between
  them, a line of the page's chrome (site-chrome, edge-furniture, cookie-notice, newsletter-prompt, social-buttons,
  table-of-contents; no byline, stamp or headline) right over the first and right under the last, go with the head's
  run. ``reader_site_head`` (the head): a host name alone in lower case among the page's first two kept lines, with the
  line right under it taken by another pass (the reading time), goes.
- ``widgets.toc_heading`` (en, es, it, pt): the optional colon closes every alternative ("Jump to:", "Índice:",
  "Indice:", "In questa pagina:"), and "Ir a", "Vai a", "Ir para", "Saltar para" (es, it, pt); (nl, new) "Inhoud",
  "Inhoudsopgave", "Op deze pagina", "In dit artikel", "Ga naar", "Spring naar". The pass takes a heading only over
  two entries or more that head the sections below.
- ``widgets.chrome`` (de, fr, es, it, pt, nl): a reader view's link back to the page it saved ("Zum Original", "Voir
  l'original", "Ver original", "Vedi originale", "Bekijk origineel").
- ``widgets.social`` (en, de, fr, es, it, pt, nl): a share row's labels glued on one line, two to eight of them ("Share
  on Facebook Share on X Send by email", "Auf Facebook teilen Auf X teilen Link kopieren", "Partager sur Facebook
  Partager sur X …", "Compartir en Facebook …", "Condividi su …", "Partilhar no …", "Delen op …").
- ``promos.read_on`` (en, de, fr, es, it, pt, nl): a feed's link to the rest of the post after its cut, the bracketed
  ellipsis ("Read more […]", "Weiterlesen […]", "Lire la suite […]", "Leer más […]", "Leggi tutto […]", "Leia mais
  […]", "Lees verder […]").
- ``metadata.dateline`` (de, fr, es, it, pt, nl): a post's date and its reading time after a dot or bar, the line
  alone ("12. Februar 2027 · 6 Min. Lesezeit", "4 octobre 2027 · 5 min de lecture", "14 januari 2027 · 4 min
  leestijd"), as en's table had it.
- ``comments.ui`` (pt): a moderation notice with the rule it states after it, one paragraph as jusText keeps it.
- ``promos.cta`` (nl): an app's download button naming its app ("Download de Weerplaza-app", "Download de NOS app").
- ``promos.heading`` (nl): a box's heading, a compound of news ("Meer weernieuws", "Meer sportnieuws").

Each removing entry has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``); each guard has
its tests both ways (a bulleted menu among the head's chrome in es, it, de and en goes; the same entries under the
headline, over a stamp, or two of them stay; a host name under the title over its reading time goes, one over the text
or among it stays; a contents box under a colon heading goes in en, es, it, pt and nl, a list under the heading whose
items head nothing stays).

No retag after the blind round. Residue left on purpose: ``RESIDUE_LEFT`` (author bios outside the press's roles, a
party's membership appeal, footers' address and phone lines with figures, a one-title box, an app box's blurb, a tag
line). Nothing lost.

``python tests/test_redteam55.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

import cleaner

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
    # ===== ROUND 2 (aimed at the changes) =========================================================================
    # ===== an Italian how-to as a browser's select-all copy: the bulleted menu at the head, "Indice:" over entries that
    # head the sections below, the article's own short bulleted lists (one right under the headline, one under a
    # heading), share row glued
    "it_guida_selectall": """\
R Vai al contenuto
R Home
R •\tCasa
R •\tGiardino
R •\tRisparmio
R •\tFai da te
R Accedi
R Casa › Risparmio energetico
T Come sfiatare i termosifoni in cinque minuti
A •\tServe solo una chiave
A •\tMeglio farlo a impianto spento
A •\tControllate poi la pressione
R Indice:
R •\tCosa serve
R •\tCome si fa
R •\tOgni quanto farlo
A Un termosifone caldo sopra e freddo sotto ha quasi sempre aria all'interno. Sfiatarlo fa risparmiare fino al 10 per cento sul riscaldamento.
A Cosa serve
A •\tUna chiave per valvole
A •\tUno straccio
A •\tUna bacinella
A Come si fa
A Spegnete la caldaia e aspettate che i termosifoni si raffreddino. Aprite la valvola di sfiato di un quarto di giro finché non esce acqua.
A Indice di efficienza: dopo lo sfiato, la pressione della caldaia dovrebbe stare tra 1 e 1,5 bar.
A Ogni quanto farlo
A Una volta all'anno, all'inizio dell'inverno, è sufficiente nella maggior parte delle case.
A Condividi su Facebook le vostre domande: risponderemo nei prossimi articoli della serie.
R Condividi su Facebook Condividi su X Copia link
R Ti potrebbe interessare
R Come pulire la caldaia
R Termostato smart: conviene?
R Privacy\tCookie\tContatti
""",
    # ===== a German long read as a reader view exports it: title, host, stamp with reading time; a domain and the
    # words of the link back inside the text; "Zum Original" and the share row at the end
    "de_reportage_pocket": """\
T Die letzten Fährleute der Elbe
R www.ndr-reportage.example
R 3. März 2027 · 9 Min. Lesezeit
A Zwischen Hamburg und Cuxhaven gab es einmal mehr als zwanzig Fähren. Heute sind es noch vier.
A Eine davon fährt Karl Ohlsen, 64, seit 31 Jahren von Glückstadt nach Wischhafen.
A „Die Leute denken, das ist Romantik. Es ist Fahrplan“, sagt er.
A Wer die Überfahrt buchen will, findet die Zeiten unter elbfaehre.de, dort gibt es auch die Tarife für Wohnmobile.
A 9 Min. dauert die Überfahrt bei ruhigem Wasser, bei Sturm doppelt so lange.
A Zum Original des alten Fahrplans von 1919 führt Ohlsen Besucher gern ins kleine Museum am Anleger.
A Auf Facebook teilen Fahrgäste Fotos von der Überfahrt, auf X eher Beschwerden über Wartezeiten.
A Ende des Jahres geht Ohlsen in Rente. Einen Nachfolger gibt es schon.
R Auf Facebook teilen Auf X teilen Link kopieren
R Zum Original
""",
    # ===== a Portuguese recipe blog's feed full text: stamp with reading time at the head, the post, the feed's cut
    # and its tail; sentences of the post open on the same words
    "pt_receita_rss": """\
R 12 de março de 2027 · 5 min de leitura
A Este bolo de laranja é o da minha avó, e não há festa de família sem ele.
A Leia mais sobre a história da receita no livro que a minha mãe escreveu em 1998: foi lá que a encontrei.
A Ingredientes
A 4 ovos
A 250 g de açúcar
A 2 laranjas
A 200 ml de óleo
A 250 g de farinha
A Preparação
A Bata os ovos com o açúcar até ficarem esbranquiçados. Junte o sumo e a raspa das laranjas e o óleo.
A Envolva a farinha aos poucos e leve ao forno a 180 graus durante 40 minutos.
A Partilhar no Facebook a fotografia do vosso bolo é a melhor forma de me dizerem que correu bem.
A Bom apetite!
R Partilhar no Facebook Partilhar no X Copiar link
R Leia mais […]
R O artigo Bolo de laranja da avó apareceu primeiro em Cozinha da Rita.
""",
    # ===== a Dutch local news page as Selenium innerText leaves it: menu, "Inhoud:" over section entries, the story,
    # the app button, a "Meer sportnieuws" box; the story's sentences open on the same words
    "nl_lokaal_nieuws_innertext": """\
R Omroep Gelderland
R Nieuws
R Sport
R Verkeer
R Weer
R Inloggen
T Nieuw zwembad in Ede gaat een jaar later open
R 5 maart 2027 · 3 min leestijd
R Inhoud:
R Wat er misging
R Hoe nu verder
A Het nieuwe zwembad in Ede gaat niet in 2028 maar pas in 2029 open. Dat heeft de gemeente bekendgemaakt.
A Wat er misging
A Bij het graven van de bouwput stuitte de aannemer op vervuilde grond, die eerst moet worden afgevoerd.
A Hoe nu verder
A De zwemverenigingen blijven een jaar langer in het oude bad trainen.
A Meer sportnieuws uit Ede leest u volgens de wethouder binnenkort op de site van de gemeente, waar ook de planning staat.
A Download de app van de gemeente om een melding te maken, adviseert de wethouder wie overlast van de bouw heeft.
R Download de Omroep Gelderland-app
R Meer sportnieuws
R Ede verliest derby van Wageningen
R Schaatsbaan blijft langer open
R Privacy
R Cookies
""",
    # ===== a Spanish transport notice as Common Crawl WET: a bulleted menu, "Ir a:" over entries, the glued share row,
    # the notice's own bullets under the headline
    "es_aviso_transporte_wet": """\
R Ir al contenido
R Metro de Madrid
R •\tViajar
R •\tTarifas
R •\tEstado de la red
R •\tAccesibilidad
R Buscar
R Inicio › Avisos
T Cierre de la línea 6 entre Moncloa y Argüelles por obras
A •\tDel 1 al 31 de julio
A •\tAutobuses gratuitos cada cinco minutos
A •\tResto de la línea, con normalidad
R Ir a:
R •\tAlternativas
R •\tHorarios
A Metro de Madrid cerrará la línea 6 entre las estaciones de Moncloa y Argüelles del 1 al 31 de julio por obras de renovación de la vía.
A Alternativas
A Un servicio especial de autobuses gratuitos unirá ambas estaciones con una frecuencia de cinco minutos.
A Horarios
A El servicio de autobuses funcionará de 6.00 a 1.30, el mismo horario que el metro.
A Compartir en redes sociales este aviso ayuda a que llegue a más viajeros, recuerda la empresa.
R Compartir en Facebook Compartir en X Copiar enlace
R Aviso legal
R Política de cookies
""",
}

#: the residue left, by page, and why
RESIDUE_LEFT: dict[str, int] = {
    # "Kinderprogramm in den Osterferien", a teaser of a box whose heading and first title went, over a newsletter
    # button (its function words keep it from the run's furniture; a menu line between two lines of furniture goes only
    # where site-chrome took the line under it), and "Am Wall 207", the footer's street under the museum's name (a
    # figure: data to the furniture test)
    "de_ausstellung_wet": 2,
    # the author box under the tags: the writer's name and a bio on his first name alone ("Jonas ist Staff Engineer im
    # Platform-Team …"): author-bio's German table wants the whole name, and the first name alone opens many an
    # article's sentence
    "de_firmenblog_readability": 2,
    # the columnist's bio under an op-ed, her job outside journalism ("Marta Gil es ingeniera agrónoma y alcaldesa de
    # …"): author-bio's roles are the press's; a sentence naming a person's job closes many a story
    "es_opinion_boilerpipe": 1,
    # a party's membership appeal closing its statement ("Adhérez ! Rejoignez les milliers de militantes …"): the
    # appeal-box tables name donations and newsletters; a party's own call to its readers is close to its statement's
    # last words ("Nous ne laisserons pas passer cette réforme …")
    "fr_communique_parti_boilerpipe": 1,
    # a box of one other notice under its link ("Toutes les infos trafic" over "Ligne B : horaires modifiés le 1er
    # mai"): one title is too few for a box, and the title holds a date
    "fr_transport_wet": 2,
    # the university's postal address in one line, parted by dashes, under the share row jusText kept
    "fr_universite_actu_justext": 1,
    # a municipality's phone number in its footer's contact box ("Telefoon 14 038", the short number Dutch
    # municipalities share): a figure, data to the furniture test
    "nl_gemeente_bekendmaking_wet": 1,
    # the app box's blurb ("Ontvang een melding bij code oranje of rood.") under its button that went: a sentence
    # that reads as the warning's own advice
    "nl_weeralarm_innertext": 1,
    # the tags jusText kept as one line of four capitalised words ("Justiça Aveiro Ílhavo Tribunal")
    "pt_tribunal_justext": 1,
}

#: the article lines a page is known to lose, and why (none)
KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: two article sentences of a page per language, the residue line put before or after them
TEXT = article_sentences(
    CASES, ["en_regional_news_newspaper3k", "de_wissenschaft_pocket", "fr_universite_actu_justext",
            "es_opinion_boilerpipe", "it_intervista_newspaper3k", "pt_tribunal_justext", "nl_recept_rss"], count=2,
)

#: (language, residue line, the pass that takes it)
GOES = [
    # a feed's link to the rest of the post after its cut, the bracketed ellipsis (promos.read_on)
    ("en", "Read more […]", "promo-label"),
    ("en", "Continue reading [...]", "promo-label"),
    ("de", "Weiterlesen […]", "promo-label"),
    ("fr", "Lire la suite […]", "promo-label"),
    ("es", "Leer más […]", "promo-label"),
    ("it", "Leggi tutto […]", "promo-label"),
    ("pt", "Leia mais […]", "promo-label"),
    ("nl", "Lees verder […]", "promo-label"),
    # a share row's labels glued on one line (widgets.social)
    ("en", "Share on Facebook Share on X Send by email", "social-buttons"),
    ("de", "Auf Facebook teilen Auf X teilen Link kopieren", "social-buttons"),
    ("fr", "Partager sur Facebook Partager sur X Partager sur LinkedIn Envoyer par e-mail", "social-buttons"),
    ("es", "Compartir en Facebook Compartir en X Copiar enlace", "social-buttons"),
    ("it", "Condividi su Facebook Condividi su X Copia link", "social-buttons"),
    ("pt", "Partilhar no Facebook Partilhar no X Copiar link", "social-buttons"),
    ("nl", "Delen op Facebook Delen op X Kopieer link", "social-buttons"),
    # a reader view's link back to the saved page (widgets.chrome)
    ("de", "Zum Original", "site-chrome"),
    ("fr", "Voir l'original", "site-chrome"),
    ("es", "Ver original", "site-chrome"),
    ("it", "Vedi originale", "site-chrome"),
    ("pt", "Ver original", "site-chrome"),
    ("nl", "Bekijk origineel", "site-chrome"),
    # a post's date and its reading time (metadata.dateline)
    ("de", "12. Februar 2027 · 6 Min. Lesezeit", "dateline"),
    ("fr", "4 octobre 2027 · 5 min de lecture", "dateline"),
    ("es", "15 de febrero de 2027 · 4 min de lectura", "dateline"),
    ("it", "8 marzo 2027 · 6 min di lettura", "dateline"),
    ("pt", "12 de março de 2027 · 5 min de leitura", "dateline"),
    ("nl", "14 januari 2027 · 4 min leestijd", "dateline"),
    # a comment box's moderation notice with its rule after it (comments.ui, pt)
    ("pt", "Os comentários estão sujeitos a moderação. Não serão publicados comentários que contenham insultos ou linguagem ofensiva.", "comment-ui"),
    # an app's download button, the app named in its word (promos.cta, nl)
    ("nl", "Download de Weerplaza-app", "call-to-action"),
    ("nl", "Download de NOS app", "call-to-action"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Readers who wanted to read more […] had to buy the print edition, the editor admitted."),
    ("en", "Share on Facebook, the council urged residents, so that neighbours without email also hear about the closures."),
    ("en", "Jump to the last page of the report and the real figures appear."),
    ("de", "Am 12. Februar 2027 dauerte die Sitzung nur 6 Minuten, weil die Hälfte der Räte fehlte."),
    ("de", "Zum Original von 1919 führt der Kapitän Besucher gern ins kleine Museum am Anleger."),
    ("de", "Weiterlesen mussten die Schüler zu Hause, denn die Stunde war nach zwanzig Minuten vorbei."),
    ("de", "Auf Facebook teilen viele Fahrgäste Fotos von der Überfahrt, auf X eher Beschwerden über Wartezeiten."),
    ("fr", "Le 4 octobre 2027, après 5 minutes de lecture de l'arrêté, le maire a levé la séance."),
    ("fr", "Voir l'original de la charte, exposé en mairie, demande une réservation."),
    ("fr", "Lire la suite du roman sera possible dès la rentrée, promet l'autrice."),
    ("fr", "Partager sur Facebook les photos des élèves n'est pas autorisé sans l'accord des parents."),
    ("es", "El 15 de febrero de 2027, tras 4 minutos de lectura del acta, el pleno votó."),
    ("es", "Ver el original de la partitura, guardado en el archivo, exige cita previa."),
    ("es", "Leer más de diez páginas al día es el objetivo del programa, explica la bibliotecaria."),
    ("es", "Compartir en redes sociales este aviso ayuda a que llegue a más viajeros, recuerda la empresa."),
    ("es", "Ir a la consulta del médico sigue siendo gratis, recuerda la consejería."),
    ("it", "L'8 marzo 2027, dopo 6 minuti di lettura del verbale, il consiglio ha votato."),
    ("it", "Vedere l'originale del manoscritto richiede una prenotazione, spiega il direttore."),
    ("it", "Leggi tutto il regolamento prima di iscriverti, raccomanda la federazione."),
    ("it", "Condividi su Facebook le vostre domande: risponderemo nei prossimi articoli della serie."),
    ("it", "Vai a votare anche se piove, ha detto il sindaco."),
    ("pt", "A 12 de março de 2027, após 5 minutos de leitura da ata, a assembleia votou."),
    ("pt", "Ver o original da carta, guardado no arquivo municipal, exige marcação prévia."),
    ("pt", "Leia mais sobre a história da receita no livro que a minha mãe escreveu em 1998."),
    ("pt", "Partilhar no Facebook a fotografia do vosso bolo é a melhor forma de me dizerem que correu bem."),
    ("pt", "Os comentários estão sujeitos a moderação, explicou o diretor, e não serão publicados comentários anónimos a partir de março."),
    ("pt", "Ir para o hospital de Aveiro demora agora mais vinte minutos."),
    ("nl", "Op 14 januari 2027 duurde de vergadering maar 4 minuten, omdat de helft van de raad ontbrak."),
    ("nl", "Bekijk het origineel van de kaart in het stadsarchief, raadt de archivaris aan."),
    ("nl", "Lees verder in het rapport en je ziet dat de cijfers in 2026 al slechter waren."),
    ("nl", "Delen op Facebook doen vooral de oudere bewoners, zegt de wethouder."),
    ("nl", "Download de app van de gemeente om een melding te maken, adviseert de wethouder."),
    ("nl", "Meer sportnieuws uit Ede leest u volgens de wethouder binnenkort op de site van de gemeente."),
    ("nl", "Inhoud van het rapport blijft geheim tot na de verkiezingen, zegt de burgemeester."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- teaser-box: a box of headlines under a compound "Meer …nieuws" heading (nl), both ways --------------------------

_NL_BOX = ["Meer weernieuws", "Sneeuw in het weekend? Dit zeggen de weermodellen", "Januari tot nu toe warmer dan normaal"]


def test_a_box_under_a_compound_news_heading_goes() -> None:
    # (the heading alone is read as "Meer nieuws" is, wherever it stands; a sentence that opens on its words stays:
    # STAYS)
    lost, removed = kept([*TEXT["nl"], *_NL_BOX])
    assert lost == _NL_BOX
    assert ("teaser-box", "Meer weernieuws") in removed


# -- table-of-contents: a heading closed by its colon ("Jump to:", "Índice:", "Inhoud:"), both ways -----------------

#: (language, the heading, the two sections' headings, a sentence under each)
TOCS = [
    ("en", "Jump to:", ["What you'll need", "Step by step"]),
    ("es", "Ir a:", ["Alternativas", "Horarios"]),
    ("it", "Indice:", ["Cosa serve", "Come si fa"]),
    ("pt", "Índice:", ["Ingredientes", "Preparação"]),
    ("nl", "Inhoud:", ["Wat er misging", "Hoe nu verder"]),
]


@pytest.mark.parametrize(("lang", "heading", "sections"), TOCS)
def test_a_table_of_contents_under_a_colon_heading_goes_and_the_sections_stay(
    lang: str, heading: str, sections: list[str]
) -> None:
    a1, a2 = TEXT[lang]
    page = [heading, *sections, a1, sections[0], a2, sections[1], a1[:50] + "."]
    result = cleaner.explain_text("\n".join(page))
    assert [line for line in result.text.split("\n") if line] == page[3:], result.removed
    # (a list under the heading whose items head nothing below: no table, it stays)
    page = [a1, heading, "Uno", "Due", "Tre", a2]
    lost, _removed = kept(page)
    assert "Uno" not in lost and "Due" not in lost and "Tre" not in lost


# -- edge_scrapers: a copied menu's bullets at the head, a reader view's host name, both ways -----------------------

#: (language, the chrome over the menu, the menu's entries, the chrome under it, the headline)
MENUS = [
    ("es", ["Saltar al contenido", "Portada"], ["Fútbol", "Baloncesto", "Motor", "Más deportes"], ["Iniciar sesión"],
     "El Betis remonta en el descuento y sueña con Europa"),
    ("it", ["Vai al contenuto", "Home"], ["Casa", "Giardino", "Risparmio", "Fai da te"], ["Accedi"],
     "Come sfiatare i termosifoni in cinque minuti"),
    ("de", ["Direkt zum Inhalt", "Startseite"], ["Politik", "Wirtschaft", "Kultur", "Sport"], ["Anmelden"],
     "Die letzten Fährleute der Elbe"),
    ("en", ["Skip to content", "Home"], ["News", "Sport", "Weather", "Local Life"], ["Sign in"],
     "Flood defences on River Wensum to be raised"),
]


@pytest.mark.parametrize(("lang", "over", "entries", "under", "headline"), MENUS)
@pytest.mark.parametrize("bullet", ["•\t", "• ", "- "])
def test_a_bulleted_menu_among_the_heads_chrome_goes(
    lang: str, over: list[str], entries: list[str], under: list[str], headline: str, bullet: str
) -> None:
    items = [bullet + e for e in entries]
    lost, _removed = kept([*over, *items, *under, headline, *TEXT[lang]])
    assert [e for e in entries if bullet + e in lost or e in lost] == entries, lost
    assert not set(TEXT[lang]) & set(lost)


@pytest.mark.parametrize(("lang", "over", "entries", "under", "headline"), MENUS)
def test_the_articles_short_bulleted_list_at_its_head_stays(
    lang: str, over: list[str], entries: list[str], under: list[str], headline: str
) -> None:
    items = ["• " + e for e in entries]
    # (under the headline, over the first paragraph: the article's key points)
    lost, _removed = kept([*over, headline, *items, *TEXT[lang]])
    assert not any(i in lost for i in items), lost
    # (between the headline and a byline or a stamp: the article's head, no menu's chrome)
    lost, _removed = kept([*over, headline, *items, "12. Februar 2027", *TEXT[lang]])
    assert not any(i in lost for i in items), lost
    # (two entries only, or entries with figures: no menu)
    lost, _removed = kept([*over, *items[:2], *under, headline, *TEXT[lang]])
    assert not any(i in lost for i in items[:2]), lost


def test_a_reader_views_host_name_under_the_title_goes_and_a_host_with_the_text_stays() -> None:
    title = "Chickenpox in adults: symptoms and treatment"
    for lang, host, stamp in (("en", "nhsinform.scot", "4 min read"), ("de", "www.spektrum.de", "5 Min. Lesezeit"),
                              ("fr", "lemonde.fr", "5 min de lecture")):
        lost, removed = kept([title, host, stamp, *TEXT[lang]])
        assert host in lost and stamp in lost, removed
        assert not set(TEXT[lang]) & set(lost)
        # (under the title with the text right under it: a line of the article, as a link it names)
        lost, _removed = kept([title, host, *TEXT[lang]])
        assert host not in lost
    # (further down, among the text's lines: the article's)
    text = TEXT["en"]
    lost, _removed = kept([title, text[0], "gov.uk/wensum-defences", "4 min read", text[1]])
    assert "gov.uk/wensum-defences" not in lost


if __name__ == "__main__":
    report(CASES)
