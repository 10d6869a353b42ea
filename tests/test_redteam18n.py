# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 18n: what a NAIVE SCRAPER keeps of pages in de fr es it pt nl.

Twelve pages, written before the rules were read, as a naive scraper keeps them ("all visible text of the page body,
one line per block element"): the whole header menu, skip link, login, search and subscribe buttons, breadcrumbs, the
article with its byline and stamps, share rows, related-article teasers with their dates, tag lists, the comment
section (login call, a comment with its author, age and reply button), most-read lists, newsletter boxes, the
footer's link columns, legal lines, app-store badges and the cookie banner. Two a language: de (regional news, a
recipe blog), fr (a robot vacuum review, a town hall's water cut), es (a football report with its line-ups and
table, a travel piece), it (city news, a recipe with its data box), pt-BR (a phone review, a city's vaccination
notice), nl (a speed-skating report with its results, a cycling trip). Article lines include one-line quotes,
lists, rows of figures and sentences with residue words ("kommentiert", "abonniert", "partager", "suscribirse",
"commenti", "inscrever", "reageren"). Tags as in red team 17: ``A`` article, ``R`` residue, ``T`` either way.

Measured before any rule change (12 pages, 180 article and 521 residue lines, the headlines tagged ``A``): article
lines lost 12, residue lines left 12. Eleven of the losses were the headline over the lead: title-line takes it as
the page's title (metadata, by design: ``Result.metadata["title"]``), or edge-furniture with the menu over it;
re-judged ``T`` as in red team 17 (168 ``A`` lines): lost 1, left 12. Per page (lost / left): de_nachrichten 0 / 1 (a
teaser's headline under the first one's date line), de_rezept 0 / 1 (the search box's "Suche nach Rezepten…"),
es_deportes 0 / 1 ("Comentarios 43"), es_viaje 0 / 1 ("Texto y fotos: Laura Gómez"), fr_mairie 0 / 4 (an agenda's
two events, the town hall's address and phone in the footer), fr_test 0 / 1 ("Voir le prix sur Amazon"),
pt_prefeitura 0 / 3 (the department's credit, the city hall's address and phone in the footer), it_ricetta 1 / 0
(the recipe's standfirst, "Un primo autunnale cremoso e profumato, pronto in meno di 40 minuti.", taken with the menu
as a small block before the article: the recipe's data box and ingredient list parted it from the steps).

After: lost 0, left 3 (``RESIDUE_LEFT``). The shape rules: detached-blocks keeps a headline and its standfirst (one
paragraph) over a list of quantities taken into the article (the ingredients), as over a byline box; teaser-box
reads a teaser's date on its own line ("12.03.2025", "3 de junio de 2023": the dateline table, up to six words) as a
rank or age beside its headline where the box dates each headline (another date two lines on, or one before), so the
box goes on under it; edge-furniture's tail takes a site's postal address
(a house number and a postal code) and its labelled phone when they stand between the footer's lines (three or more
going over them, the last no colon label, and more under them) — the same lines under the article's last paragraph
or under one label there stay. The vocabulary: the comments' count bare beside their name ("Kommentare 27") in de fr
es it pt nl; a price button with the shop's name (fr "Voir le prix sur Amazon", es "Ver precio en Amazon"); a search
box's placeholder (a verb, one word and a glued ellipsis: "Suche nach Rezepten…", "Cerca una ricetta…") in the six;
es "Texto y fotos:" as a byline label. On the bench (naive), two pages change: a Japanese blog's related-articles box
with a date over each headline goes whole, and a site's "450 West 31st Street, New York, NY 10001" between its footer
links goes; naive P 0.840 -> 0.841, R 0.988, recall variant unchanged.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, kept_lines, removed, report, tagged_probe_tests

import cleaner

_CASES = {
    # NAIVE: German regional news (a bridge closure), whole page body
    "de_nachrichten": """\
R Zum Inhalt springen
R Menü
R Suche
R Anmelden
R Abo
R Startseite
R Lokales
R Politik
R Wirtschaft
R Sport
R Kultur
R Panorama
R Meinung
R E-Paper
R Startseite › Lokales › Landkreis
T Rheinbrücke bei Neuwied wird ab Juni für vier Monate gesperrt
A Die marode Raiffeisenbrücke muss dringend saniert werden. Pendler müssen sich auf lange Umwege einstellen, der Landesbetrieb Mobilität rechnet mit täglich 40.000 betroffenen Fahrzeugen.
R Von Martina Schäfer
R 14.03.2025, 06:45 Uhr
R Lesezeit: 3 Min.
R Teilen
R Kommentare (27)
A Bei einer Routineprüfung im vergangenen Herbst hatten Ingenieure Risse an zwei Stahlträgern der Brücke entdeckt. Seitdem gilt für Lastwagen über 7,5 Tonnen ein Fahrverbot.
A „Wir haben keine andere Wahl“, sagte Verkehrsministerin Daniela Schmitt am Donnerstag in Mainz.
A Die Sanierung soll nach Angaben des Ministeriums rund 18 Millionen Euro kosten. Der Bund übernimmt davon etwa zwei Drittel.
A Diese Umleitungen sind geplant
A Pkw werden über die Brücke in Koblenz-Horchheim umgeleitet.
A Für Busse richtet der Verkehrsverbund eine Ersatzlinie über Andernach ein.
A Radfahrer und Fußgänger können eine Behelfsfähre nutzen, die alle 20 Minuten fährt.
A Verkehr auf der Brücke im Vergleich:
A 2015: 31.000 Fahrzeuge pro Tag
A 2020: 36.500 Fahrzeuge pro Tag
A 2024: 40.200 Fahrzeuge pro Tag
A Der Bürgermeister von Neuwied, Jan Einig, kritisierte die kurze Vorwarnzeit. Er habe den Plan in einer Sitzung des Stadtrats ausführlich kommentiert und mehr Geld für den Nahverkehr gefordert.
A Viele Pendler haben inzwischen den Newsletter des Landesbetriebs abonniert, um über Baustellen rechtzeitig informiert zu werden.
R Mehr zum Thema
R Verkehr: Neue Ampelschaltung in Koblenz sorgt für Ärger
R 12.03.2025
R Baustellen im Westerwald: Diese Straßen sind gesperrt
R 10.03.2025
R Schlagwörter
R Neuwied
R Verkehr
R Brücken
R Rhein
R Kommentare
R Melden Sie sich an, um zu kommentieren.
R Peter_K vor 2 Stunden
R Das war doch seit Jahren absehbar. Warum wird immer erst gehandelt, wenn es zu spät ist?
R Antworten
R Gefällt mir (14)
R Meistgelesen
R 1. Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz
R 2. Neues Einkaufszentrum in Koblenz öffnet im Herbst
R 3. Wetter: Frühling kommt mit bis zu 20 Grad
R Newsletter
R Jetzt kostenlos abonnieren und nichts mehr verpassen.
R E-Mail-Adresse
R Abonnieren
R Service
R Impressum
R Datenschutz
R Kontakt
R AGB
R Mediadaten
R Karriere
R Laden im App Store
R Jetzt bei Google Play
R © 2025 Rhein-Zeitung. Alle Rechte vorbehalten.
R Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verwendung zu.
R Alle akzeptieren
R Einstellungen
""",
    # NAIVE: German recipe blog
    "de_rezept": """\
R Chefkoch-Blog
R Rezepte
R Backen
R Kochen
R Vegetarisch
R Saisonal
R Über mich
R Kontakt
R Suche nach Rezepten…
R Home » Rezepte » Kuchen
T Omas Apfelkuchen mit Streuseln
R Veröffentlicht am 2. Oktober 2024 von Anna
R 4,8 von 5 Sternen (212 Bewertungen)
R Rezept drucken
R Auf Pinterest merken
A Dieser Apfelkuchen ist genau so, wie ihn meine Großmutter jeden Sonntag gebacken hat: saftig, mit viel Zimt und knusprigen Butterstreuseln.
A Am besten eignen sich säuerliche Äpfel wie Boskoop oder Elstar, weil sie beim Backen nicht zerfallen.
A Zutaten
A 250 g Mehl
A 150 g Butter
A 125 g Zucker
A 1 Päckchen Vanillezucker
A 1 kg Äpfel
A 1 TL Zimt
A Zubereitung
A Mehl, Zucker und kalte Butter zu Streuseln verkneten und eine Hälfte davon in eine gefettete Springform drücken.
A Äpfel schälen, in Spalten schneiden, mit Zimt mischen und auf dem Boden verteilen.
A Die restlichen Streusel darüber geben und den Kuchen bei 180 Grad etwa 50 Minuten backen.
A Tipp: Mit einem Klecks Sahne schmeckt er noch besser.
A Viele Leserinnen haben das Rezept schon kommentiert und verraten, dass sie noch eine Handvoll Rosinen hinzufügen.
R Hat dir das Rezept gefallen? Dann teile es mit deinen Freunden!
R Facebook
R Pinterest
R WhatsApp
R Das könnte dir auch gefallen
R Zwetschgenkuchen vom Blech
R Käsekuchen ohne Boden
R Schneller Rührkuchen
R 38 Kommentare
R Schreibe einen Kommentar
R Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
R Kommentar
R Name *
R E-Mail *
R Kommentar abschicken
R Sabine
R 3. Oktober 2024 um 18:12
R Super lecker, gelingt immer!
R Antworten
R Über mich
R Hallo, ich bin Anna und backe seit 20 Jahren mit Leidenschaft.
R Kategorien
R Kuchen (84)
R Torten (31)
R Brot (22)
R Impressum | Datenschutzerklärung | Cookie-Einstellungen
R © 2024 Annas Backstube
""",
    # NAIVE: French product review (a robot vacuum)
    "fr_test": """\
R Aller au contenu principal
R Tech
R Smartphones
R Informatique
R Maison connectée
R Bons plans
R Comparatifs
R Se connecter
R S'abonner
R Accueil > Tests > Maison connectée
T Test du Roborock Q8 Max : un aspirateur robot efficace à prix raisonnable
A Avec sa double brosse en caoutchouc et sa station de vidage, le Q8 Max promet un ménage sans effort. Nous l'avons utilisé pendant trois semaines.
R Par Julien Martin
R Publié le 5 février 2025 à 10h12
R Mis à jour le 6 février 2025 à 08h30
R Partager
R Cet article contient des liens affiliés.
A Conception et installation
A L'appareil se présente comme un disque noir de 35 centimètres de diamètre et de 9,6 centimètres de haut. L'installation via l'application prend moins de dix minutes.
A Performances
A Sur parquet comme sur tapis, le robot ramasse l'essentiel des poussières et des poils d'animaux en un seul passage.
A « C'est le meilleur rapport qualité-prix de sa catégorie », estime notre testeur.
A Caractéristiques techniques
A Puissance d'aspiration : 5 500 Pa
A Autonomie : 180 minutes
A Bac à poussière : 470 ml
A Niveau sonore : 67 dB
A Points forts
A Excellente aspiration
A Cartographie précise
A Points faibles
A Serpillière peu efficace
A Beaucoup de lecteurs nous ont demandé s'il valait la peine de partager l'application avec plusieurs membres du foyer : c'est possible, jusqu'à cinq comptes.
A Note : 8/10
R Voir le prix sur Amazon
R Comparer les prix
R À lire aussi
R Test du Dreame L10s : le meilleur aspirateur robot de 2024 ?
R Il y a 3 jours
R Aspirateur robot : comment bien choisir en 2025
R Il y a 1 semaine
R Mots-clés : Roborock, aspirateur robot, maison connectée
R Commentaires (12)
R Connectez-vous pour commenter
R marc_75
R il y a 2 heures
R J'ai le même depuis six mois, aucun souci.
R Répondre
R Signaler
R Les plus lus
R Les meilleurs smartphones du moment
R iPhone 17 : tout ce que l'on sait
R Suivez-nous
R Facebook
R X
R Instagram
R Newsletter
R Recevez chaque matin l'essentiel de l'actualité tech.
R Je m'inscris
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
R Nous contacter
R Publicité
R Télécharger dans l'App Store
R Disponible sur Google Play
R © 2025 TechMaison. Tous droits réservés.
R En poursuivant votre navigation, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés.
R Accepter
R Refuser
""",
    # NAIVE: French municipal notice (water cut)
    "fr_mairie": """\
R Mairie de Saint-Herblain
R Accueil
R Mairie
R Vie pratique
R Cadre de vie
R Culture et loisirs
R Démarches en ligne
R Contact
R Rechercher
R Vous êtes ici : Accueil > Actualités > Travaux
T Coupure d'eau rue de la Paix le 18 mars
A En raison de travaux de remplacement de canalisations, l'alimentation en eau potable sera interrompue le mardi 18 mars de 8 h à 17 h.
R Publié le 10 mars 2025
A Les rues suivantes sont concernées :
A rue de la Paix, du n° 1 au n° 45
A avenue des Tilleuls
A impasse du Moulin
A Les habitants sont invités à constituer une réserve d'eau la veille. Des bouteilles seront distribuées devant l'école Jean-Moulin à partir de 9 h.
A La circulation sera alternée pendant toute la durée du chantier. Le stationnement sera interdit des deux côtés de la chaussée.
A Pour toute question, le service des eaux de Nantes Métropole répond au 02 40 99 48 48 du lundi au vendredi.
A Les riverains qui souhaitent partager des informations sur des fuites peuvent le signaler directement aux agents présents sur place.
R Partager cette page
R Imprimer
R Envoyer par e-mail
R Dans la même rubrique
R Travaux de voirie boulevard Charles-Gautier
R Fermeture de la piscine pour vidange
R Agenda
R 22 mars Carnaval des enfants
R 29 mars Concert de l'école de musique
R Liens utiles
R Service-public.fr
R Nantes Métropole
R Mairie de Saint-Herblain
R 2 rue de l'Hôtel de Ville, 44800 Saint-Herblain
R Tél. : 02 28 25 20 00
R Horaires d'ouverture
R Plan du site
R Accessibilité : partiellement conforme
R Mentions légales
R Données personnelles
R Ce site utilise des cookies. Vous pouvez les accepter ou personnaliser vos choix.
R Tout accepter
R Personnaliser
""",
}

_CASES2 = {
    # NAIVE: Spanish sports report (football)
    "es_deportes": """\
R Saltar al contenido
R Portada
R Fútbol
R Baloncesto
R Tenis
R Motor
R Más deportes
R Resultados
R Iniciar sesión
R Suscríbete
R Inicio / Fútbol / LaLiga
T El Betis remonta ante el Valencia con dos goles en los últimos diez minutos
A Los verdiblancos, que perdían al descanso, se llevan tres puntos de oro en un Benito Villamarín entregado y se acercan a los puestos europeos.
R Por Carlos Ruiz
R Sevilla, 9 de marzo de 2025 - 22:47 CET
R Actualizado: 10/03/2025 00:15
R Compartir en Facebook
R Compartir en X
R Comentarios 43
A El Valencia se adelantó en el minuto 31 con un cabezazo de Hugo Duro tras un saque de esquina que la defensa local no supo despejar.
A Tras el descanso, Manuel Pellegrini movió el banquillo y dio entrada a Isco y Abde, que cambiaron por completo el partido.
A «Hemos creído hasta el final y la afición nos ha empujado», declaró el técnico chileno en rueda de prensa.
A Ficha técnica
A Betis: Rui Silva; Sabaly, Llorente, Natan, Perraud; Cardoso, Altimira; Fornals, Isco, Abde; Bakambu.
A Valencia: Mamardashvili; Foulquier, Tárrega, Diakhaby, Gayà; Pepelu, Barrenechea; Diego López, Almeida, Rioja; Hugo Duro.
A Goles: 0-1, min. 31: Hugo Duro. 1-1, min. 81: Isco. 2-1, min. 88: Bakambu.
A Árbitro: Mateu Lahoz. Amonestó a Cardoso, Pepelu y Gayà.
A Muchos aficionados que no pudieron entrar al estadio decidieron suscribirse a la plataforma de pago para ver el encuentro desde casa.
A Clasificación tras la jornada 27:
A 6. Betis, 41 puntos
A 7. Villarreal, 40 puntos
A 8. Celta, 37 puntos
R Te puede interesar
R El Sevilla destituye a su entrenador tras la derrota en el derbi
R Hace 2 horas
R Horarios de la jornada 28 de LaLiga
R Hace 5 horas
R Temas relacionados
R Real Betis
R Valencia CF
R LaLiga
R Comentarios
R Para comentar debes estar registrado.
R Regístrate
R Inicia sesión
R betico_1907
R Hace 1 hora
R ¡Qué partidazo de Isco!
R Responder
R Lo más visto
R 1. Mbappé vuelve a marcar y el Madrid sigue líder
R 2. La NBA castiga a los Lakers con una multa histórica
R 3. Alcaraz, a semifinales en Indian Wells
R Síguenos en
R Facebook
R Instagram
R YouTube
R Aviso legal
R Política de privacidad
R Política de cookies
R Contacto
R Publicidad
R Descárgala en el App Store
R Disponible en Google Play
R © 2025 Deportes Sur S.L. Todos los derechos reservados.
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
""",
    # NAIVE: Spanish travel piece
    "es_viaje": """\
R Viajeros
R Destinos
R Europa
R América
R Asia
R Escapadas
R Gastronomía
R Guías
R Buscar
R Newsletter
T Tres días en Oporto: qué ver, dónde comer y cómo moverse
A La ciudad del vino y los puentes es uno de los destinos más baratos de Europa occidental. Te contamos cómo aprovechar un fin de semana largo.
R Texto y fotos: Laura Gómez
R 20 de abril de 2024
R 8 min de lectura
A Día 1: la Ribeira y las bodegas
A Empieza por el barrio de la Ribeira, con sus casas de colores asomadas al Duero. Desde allí, cruza a pie el puente Don Luis I hasta Vila Nova de Gaia.
A En la otra orilla se concentran las bodegas de vino de Oporto. Casi todas ofrecen visitas guiadas con cata por entre 15 y 30 euros.
A Día 2: la librería Lello y el centro
A La librería Lello abre a las 9:30, pero conviene llegar antes: las colas superan a menudo la hora de espera.
A «Oporto se recorre mejor a pie que en cualquier transporte», nos dijo un guía local.
A Presupuesto orientativo por persona:
A Alojamiento (3 noches): 180 euros
A Comidas: 90 euros
A Transporte y entradas: 60 euros
A Si quieres recibir ofertas de vuelos, es posible suscribirse a las alertas de las aerolíneas, aunque las mejores tarifas suelen aparecer los martes.
A Consejos prácticos
A Compra la tarjeta Andante para el metro y el autobús.
A Reserva los restaurantes de la Foz con antelación en verano.
R Comparte este artículo
R Guardar
R Más artículos sobre Portugal
R Lisboa en 48 horas
R 12 de marzo de 2024
R Las mejores playas del Algarve
R 3 de junio de 2023
R Etiquetas: Portugal, Oporto, escapadas, Europa
R Deja un comentario
R Tu dirección de correo electrónico no será publicada.
R Nombre
R Correo electrónico
R Publicar comentario
R Sobre nosotros
R Trabaja con nosotros
R Aviso legal
R Privacidad
R Cookies
R © Viajeros 2024
R Esta web utiliza cookies para que usted tenga la mejor experiencia de usuario.
R Aceptar todas
""",
    # NAIVE: Italian news (regional council)
    "it_cronaca": """\
R Vai al contenuto
R Menu
R Cerca
R Accedi
R Abbonati
R Home
R Cronaca
R Politica
R Economia
R Sport
R Cultura
R Spettacoli
R Home / Cronaca / Bologna
T Bologna, il Comune vara il piano per le case popolari: 1.200 alloggi in cinque anni
A La giunta ha approvato un investimento da 95 milioni di euro. Priorità a giovani coppie e anziani soli.
R di Francesca Rinaldi
R 11 marzo 2025
R Ultimo aggiornamento: 11 marzo 2025, 19:40
R Condividi
R Commenta
A Il piano prevede la ristrutturazione di 800 appartamenti oggi inagibili e la costruzione di 400 nuovi alloggi nelle aree dismesse della periferia nord.
A «È il più grande intervento sulla casa degli ultimi trent'anni», ha detto il sindaco Matteo Lepore.
A Le opposizioni hanno criticato i tempi. Il consigliere di Fratelli d'Italia ha parlato di «promesse elettorali».
A Come sono ripartiti i fondi
A Ristrutturazioni: 52 milioni
A Nuove costruzioni: 35 milioni
A Servizi e verde pubblico: 8 milioni
A Le domande potranno essere presentate dal primo giugno. I sindacati degli inquilini, che hanno letto i commenti dei residenti raccolti nelle assemblee di quartiere, chiedono più controlli sulle assegnazioni.
R Leggi anche
R Bologna, nuova linea del tram: i cantieri partono a maggio
R 9 marzo 2025
R Affitti, a Bologna prezzi su del 12 per cento
R 7 marzo 2025
R Argomenti
R Bologna
R Casa
R Comune
R Commenti
R Per commentare è necessario essere registrati.
R Accedi o registrati
R Giorgio58
R 3 ore fa
R Speriamo che questa volta si facciano davvero.
R Rispondi
R Più letti
R 1. Incidente in tangenziale, code fino a Casalecchio
R 2. Meteo, arriva la primavera: weekend con 22 gradi
R 3. Concerto di Vasco, ecco le date
R Iscriviti alla newsletter
R Ricevi ogni mattina le notizie della tua città.
R Iscriviti
R Chi siamo
R Redazione
R Pubblicità
R Privacy policy
R Cookie policy
R Scarica su App Store
R Disponibile su Google Play
R © Copyright 2025 Gazzetta Emiliana - P.IVA 01234567890
R Questo sito utilizza cookie tecnici e di profilazione. Cliccando su “Accetta” acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
""",
    # NAIVE: Italian recipe
    "it_ricetta": """\
R Cucina Facile
R Ricette
R Primi piatti
R Secondi piatti
R Dolci
R Antipasti
R Menu della settimana
R Cerca una ricetta
R Home > Ricette > Primi piatti
T Risotto alla zucca e salvia
A Un primo autunnale cremoso e profumato, pronto in meno di 40 minuti.
T Difficoltà: Facile
T Preparazione: 15 min
T Cottura: 25 min
T Dosi per: 4 persone
T Costo: Basso
R Stampa
R Salva nel ricettario
A Ingredienti
A 320 g di riso Carnaroli
A 500 g di zucca
A 1 litro di brodo vegetale
A 50 g di burro
A 60 g di Parmigiano grattugiato
A 6 foglie di salvia
A Preparazione
A Tagliate la zucca a cubetti e fatela rosolare in una casseruola con metà del burro e la salvia per circa dieci minuti.
A Aggiungete il riso, tostatelo per due minuti e sfumate con un mestolo di brodo caldo.
A Proseguite la cottura aggiungendo il brodo poco alla volta, mescolando spesso.
A A fuoco spento mantecate con il burro rimasto e il Parmigiano.
A Consiglio: per un tocco in più aggiungete qualche amaretto sbriciolato.
A Nei commenti molti lettori suggeriscono di usare la zucca delica, più dolce e meno acquosa.
R Ti è piaciuta la ricetta? Lascia un voto!
R 4,7 (98 voti)
R Potrebbe interessarti anche
R Pasta e fagioli della nonna
R Lasagne al forno
R Gnocchi di patate
R Commenti (23)
R Lascia un commento
R Il tuo indirizzo email non sarà pubblicato.
R Invia commento
R Maria
R 12 ottobre 2024
R Fatto ieri sera, buonissimo!
R Rispondi
R Categorie
R Primi piatti
R Dolci
R Contorni
R Seguici su Instagram
R Chi siamo | Contatti | Privacy | Cookie
R © 2024 Cucina Facile. Tutti i diritti riservati.
""",
}

_CASES3 = {
    # NAIVE: Brazilian Portuguese product review (a smartphone)
    "pt_review": """\
R Pular para o conteúdo
R Notícias
R Reviews
R Celulares
R Games
R Ofertas
R Tutoriais
R Entrar
R Assine
R Início » Reviews » Celulares
T Review Galaxy A56: o intermediário da Samsung que vale cada centavo
A Com tela grande, bateria de longa duração e câmera versátil, o A56 chega para brigar com a Motorola e a Xiaomi na faixa de R$ 2.500.
R Por Rafael Souza
R 18/03/2025 às 09h00
R Atualizado em 18/03/2025 às 14h20
R Compartilhe
R Este texto contém links de afiliados.
A Design e tela
A O aparelho tem acabamento em vidro e alumínio e pesa 198 gramas. A tela AMOLED de 6,7 polegadas tem taxa de atualização de 120 Hz.
A Bateria
A Nos nossos testes, a bateria de 5.000 mAh durou um dia e meio com uso moderado.
A "É o melhor celular intermediário que testamos este ano", resume nosso editor.
A Ficha técnica
A Processador: Exynos 1580
A Memória: 8 GB de RAM
A Armazenamento: 256 GB
A Câmera principal: 50 MP
A Prós
A Bateria de longa duração
A Seis anos de atualizações
A Contras
A Carregador vendido à parte
A Quem quiser se inscrever no programa de troca da Samsung ganha um desconto extra de até R$ 500 no lançamento.
A Nota: 8,5
R Ver oferta na Amazon
R Ver oferta no Mercado Livre
R Leia também
R Review Moto G85: vale a pena?
R Há 2 dias
R Melhores celulares até R$ 2.000 em 2025
R Há 1 semana
R Tags: Samsung, Galaxy, celular, review
R Comentários
R Faça login para comentar
R joao.silva
R há 3 horas
R Comprei o meu semana passada, estou adorando.
R Responder
R Mais lidas
R 1. WhatsApp ganha nova função de IA
R 2. iPhone 17: preço no Brasil vaza
R Receba nossa newsletter
R Inscreva-se
R Siga-nos
R Instagram
R TikTok
R YouTube
R Sobre
R Política de privacidade
R Termos de uso
R Anuncie
R Baixe na App Store
R Disponível no Google Play
R © 2025 TecBrasil. Todos os direitos reservados.
R Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa Política de Privacidade.
R Aceitar
R Configurações
""",
    # NAIVE: Brazilian Portuguese municipal notice (vaccination campaign)
    "pt_prefeitura": """\
R Prefeitura de Campinas
R Acessibilidade
R Alto contraste
R Mapa do site
R A Prefeitura
R Secretarias
R Serviços
R Notícias
R Transparência
R Ouvidoria
R Buscar
R Página inicial > Notícias > Saúde
T Campanha de vacinação contra a gripe começa na segunda-feira
A Primeira etapa atende idosos, gestantes, crianças de seis meses a menores de seis anos e profissionais da saúde.
R Publicado em 31/03/2025 11:05
R Secretaria de Saúde
A A Prefeitura de Campinas inicia na segunda-feira, 7 de abril, a campanha de vacinação contra a gripe. As doses serão aplicadas em 67 centros de saúde, das 8h às 17h.
A Quem pode se vacinar nesta etapa:
A pessoas com 60 anos ou mais
A gestantes e puérperas
A crianças de seis meses a menores de seis anos
A trabalhadores da saúde
A É necessário apresentar documento com foto e, se possível, a carteira de vacinação.
A Metas da campanha
A Idosos: 180 mil doses
A Crianças: 65 mil doses
A Gestantes: 12 mil doses
A "A vacina é segura e reduz as internações", afirmou a secretária de Saúde.
A Os moradores que quiserem se inscrever para receber lembretes por SMS podem fazê-lo no aplicativo Campinas Saúde.
R Compartilhe:
R Facebook
R WhatsApp
R X
R Imprimir
R Notícias relacionadas
R Mutirão de exames oftalmológicos neste sábado
R 28/03/2025
R Prefeitura abre inscrições para cursos gratuitos
R 26/03/2025
R Serviços mais acessados
R IPTU 2025
R Nota Fiscal Eletrônica
R Agendamento de consultas
R Prefeitura Municipal de Campinas
R Av. Anchieta, 200 - Centro - Campinas/SP - CEP 13015-904
R Telefone: 156
R Política de privacidade
R Todos os direitos reservados
R Este site utiliza cookies para melhorar a navegação. Ao continuar, você concorda com a nossa política de cookies.
R Entendi
""",
    # NAIVE: Dutch sports report (speed skating)
    "nl_sport": """\
R Naar hoofdinhoud
R Menu
R Zoeken
R Inloggen
R Abonneren
R Nieuws
R Sport
R Voetbal
R Schaatsen
R Wielrennen
R Formule 1
R Uitslagen
R Home › Sport › Schaatsen
T Jutta Leerdam pakt wereldtitel op de 1000 meter in Hamar
A De Nederlandse schaatsster was in Noorwegen ruim drie tienden sneller dan de Amerikaanse Erin Jackson en verdedigde met succes haar titel.
R Door Mark de Vries
R 15 mrt 2025 om 17:42
R Bijgewerkt: 15 mrt 2025 om 19:10
R Delen
R 86 reacties
A Leerdam reed in de laatste rit een tijd van 1.13,84. Vooral haar laatste ronde was indrukwekkend: 28,9 seconden.
A Femke Kok werd derde, zodat er twee Nederlanders op het podium stonden.
A "Ik heb vandaag alles gegeven wat ik had", zei Leerdam na afloop tegen de NOS.
A Uitslag 1000 meter vrouwen
A 1. Jutta Leerdam (NED) 1.13,84
A 2. Erin Jackson (USA) 1.14,17
A 3. Femke Kok (NED) 1.14,30
A 4. Miho Takagi (JPN) 1.14,52
A Zondag komen de schaatssters nog in actie op de 1500 meter. Leerdam heeft zich daarvoor niet ingeschreven.
A Op sociale media bleven fans de hele avond reageren op haar zege, en ook de koning stuurde een felicitatie.
R Lees ook
R Bergsma verrast met zilver op de 10 kilometer
R 2 uur geleden
R Schaatsbond presenteert selectie voor olympisch seizoen
R gisteren
R Gerelateerd
R Schaatsen
R Jutta Leerdam
R WK afstanden
R Reacties
R Log in om te reageren
R Schaatsfan88
R 1 uur geleden
R Wat een race! Verdiend goud.
R Reageer
R Meest gelezen
R 1. Verstappen start vanaf pole in Australië
R 2. Ajax verliest opnieuw punten
R Download de app
R Volg ons
R Instagram
R Facebook
R Over ons
R Colofon
R Privacy
R Cookiebeleid
R Adverteren
R Download in de App Store
R Ontdek het op Google Play
R © 2025 Sportkrant B.V. Alle rechten voorbehouden.
R Wij gebruiken cookies om onze website te verbeteren. Klik op ‘Accepteren’ om akkoord te gaan.
R Accepteren
R Weigeren
""",
    # NAIVE: Dutch travel piece
    "nl_reizen": """\
R Reizen & Vrije tijd
R Bestemmingen
R Nederland
R Europa
R Verre reizen
R Stedentrips
R Tips
R Zoeken
R Nieuwsbrief
R Home / Bestemmingen / Europa
T Fietsen langs de Moezel: vijf dagen tussen wijngaarden en burchten
A De fietsroute van Trier naar Koblenz is vlak, goed bewegwijzerd en ideaal voor wie niet elke dag honderd kilometer wil trappen.
R Tekst: Sanne Jansen
R 2 mei 2024
R Leestijd 6 minuten
A Dag 1: Trier – Bernkastel-Kues
A We beginnen bij de Porta Nigra, de Romeinse stadspoort van Trier. Het fietspad volgt vanaf daar bijna overal de rivier.
A In Bernkastel-Kues overnachten we in een pension midden tussen de vakwerkhuizen.
A Dag 2: Bernkastel-Kues – Zell
A Onderweg stoppen we bij verschillende wijnboeren. De meesten schenken hun riesling al vanaf vijf euro per glas.
A "Hier fiets je elke dag door een ansichtkaart", zegt onze gids.
A Etappes in cijfers:
A Trier – Bernkastel-Kues: 62 km
A Bernkastel-Kues – Zell: 58 km
A Zell – Cochem: 40 km
A Cochem – Koblenz: 55 km
A Wie wil reageren op deze route of eigen tips heeft, kan dat doen bij het toeristenbureau in Cochem, dat de suggesties van fietsers verzamelt.
A Praktisch
A Fietsverhuur kan in Trier vanaf 18 euro per dag.
A De trein brengt je vanuit Koblenz in twee uur terug naar Trier.
R Deel dit artikel
R Bewaren
R Meer over Duitsland
R Wandelen in het Zwarte Woud
R 14 april 2024
R Zes mooiste kerstmarkten aan de Rijn
R 20 november 2023
R Tags: Duitsland, fietsen, Moezel, wijn
R 5 reacties
R Plaats een reactie
R Je e-mailadres wordt niet gepubliceerd.
R Reactie plaatsen
R Over ons
R Contact
R Adverteren
R Privacyverklaring
R Cookie-instellingen
R © 2024 Reizen & Vrije tijd
R Deze website gebruikt cookies. Door verder te gaan ga je akkoord.
R Akkoord
""",
}


CASES = {**_CASES, **_CASES2, **_CASES3}

#: The article lines a page is known to lose (a strict ratchet).
KNOWN_LOST: dict[str, list[str]] = {}

#: The residue lines a page is known to leave (a cap).
RESIDUE_LEFT: dict[str, int] = {
    # an agenda's events in the sidebar, each a date and a title on one line, under "Agenda" (which went): no
    # teaser heading names an agenda, and "Agenda" over an article's own list of dates is its subheading
    "fr_mairie": 2,
    # the department's credit under the date ("Secretaria de Saúde"): a name, no byline label
    "pt_prefeitura": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {
    "de": ["Der Stadtrat hat am Dienstag den neuen Verkehrsplan für die Innenstadt nach monatelanger Debatte mit den Anwohnern beschlossen.",
           "Ab dem Sommer sollen die Busse im Zehn-Minuten-Takt fahren, die Parkgebühren steigen um einen Euro pro Stunde."],
    "fr": ["Le conseil municipal a approuvé mardi le nouveau plan de circulation du centre-ville après des mois de débat avec les habitants.",
           "Dès l'été, les bus passeront toutes les dix minutes et le stationnement coûtera un euro de plus par heure."],
    "es": ["El ayuntamiento aprobó el martes el nuevo plan de movilidad para el centro de la ciudad tras meses de debate con los vecinos.",
           "A partir del verano los autobuses pasarán cada diez minutos y el aparcamiento costará un euro más por hora."],
    "it": ["Il consiglio comunale ha approvato martedì il nuovo piano del traffico per il centro dopo mesi di discussione con i residenti.",
           "Dall'estate gli autobus passeranno ogni dieci minuti e la sosta costerà un euro in più all'ora."],
    "pt": ["A câmara municipal aprovou na terça-feira o novo plano de mobilidade para o centro da cidade depois de meses de debate com os moradores.",
           "A partir do verão os ônibus vão passar a cada dez minutos e o estacionamento vai custar um real a mais por hora."],
    "nl": ["De gemeenteraad heeft dinsdag het nieuwe verkeersplan voor de binnenstad goedgekeurd na maandenlang overleg met de bewoners.",
           "Vanaf de zomer rijden de bussen elke tien minuten en gaat parkeren een euro per uur meer kosten."],
}

GOES: list[tuple[str, str, str]] = [
    # a review's price button with the shop's name
    ("fr", "Voir le prix sur Amazon", "site-chrome"),
    ("fr", "Voir l'offre chez Fnac", "site-chrome"),
    ("es", "Ver precio en Amazon", "site-chrome"),
    ("es", "Ver oferta en El Corte Inglés", "site-chrome"),
    ("es", "Comparar precios", "site-chrome"),
    # a search box's placeholder
    ("de", "Suche nach Rezepten…", "site-chrome"),
    ("fr", "Rechercher une recette…", "site-chrome"),
    ("es", "Buscar recetas…", "site-chrome"),
    ("it", "Cerca una ricetta…", "site-chrome"),
    ("pt", "Buscar receitas…", "site-chrome"),
    ("nl", "Zoek een recept…", "site-chrome"),
    # a travel piece's byline
    ("es", "Texto y fotos: Laura Gómez", "byline"),
    # the comments' count beside their name, bare
    ("es", "Comentarios 43", "comment-ui"),
    ("de", "Kommentare 27", "comment-ui"),
    ("fr", "Commentaires 12", "comment-ui"),
    ("it", "Commenti 8", "comment-ui"),
    ("pt", "Comentários 5", "comment-ui"),
    ("nl", "Reacties 86", "comment-ui"),
]

STAYS: list[tuple[str, str]] = [
    ("fr", "Voir le prix sur Amazon grimper de 30 % en une semaine a surpris les clients, selon l'association."),
    ("es", "Ver el precio en Amazon subir un 30 % en una semana sorprendió a los clientes, según la asociación."),
    ("es", "Comparar precios entre supermercados permite ahorrar hasta 800 euros al año, según la OCU."),
    ("de", "Suche nach Überlebenden geht auch in der Nacht weiter, teilte die Feuerwehr mit…"),
    ("fr", "Rechercher une recette dans les carnets de sa grand-mère, c'est le point de départ du livre…"),
    ("it", "Cerca una ricetta della nonna e la trasforma in un piatto da ristorante stellato, racconta lo chef."),
    ("nl", "Zoek een recept uit en kook het samen met de kinderen, adviseert de voedingsdeskundige."),
    ("es", "Texto y fotos de la exposición podrán verse en el museo hasta finales de mayo."),
    ("de", "Kommentare 27 Leserinnen und Leser haben uns zu diesem Thema geschrieben, die meisten sind dafür."),
    ("it", "Commenti 8 su 10 sono positivi, secondo l'analisi dell'università."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the shape rules added ----------------------------------------------------------------------------------------

_MENU = ["Backstube", "Rezepte", "Kuchen", "Torten", "Brot", "Kekse", "Wochenplan", "Rezept suchen", "Startseite > Rezepte > Kuchen"]
_HEAD = ["Zwetschgenkuchen vom Blech", "Ein saftiger Kuchen für den Spätsommer, fertig in einer Stunde."]
_BOX = ["Schwierigkeit: leicht", "Zubereitung: 20 min", "Backzeit: 40 min", "Portionen: 12 Stück", "Drucken", "Im Rezeptbuch speichern"]
_INGREDIENTS = ["Zutaten", "500 g Mehl", "1 kg Zwetschgen", "150 g Zucker", "1 Würfel Hefe", "250 ml Milch", "50 g Butter", "Zubereitung"]
_STEPS = [
    "Den Teig aus Mehl, Zucker, Hefe und warmer Milch kneten und an einem warmen Ort eine Stunde gehen lassen.",
    "Die Zwetschgen waschen, entsteinen und dicht an dicht auf dem Teig verteilen.",
    "Den Kuchen im vorgeheizten Ofen bei 180 Grad Ober- und Unterhitze auf der mittleren Schiene etwa 40 Minuten backen, bis der Rand goldbraun ist.",
    "Wer mag, streut vor dem Backen noch eine Handvoll Mandelblättchen über die Früchte, die im Ofen schön knusprig werden.",
    "Noch warm mit Zimtzucker bestreuen.",
    "Tipp: Mit geschlagener Sahne servieren, dann schmeckt er noch besser.",
    "In den Kommentaren empfehlen viele Leser, etwas Zimt in den Teig zu geben.",
]


def test_a_recipes_standfirst_over_its_ingredients_stays_and_the_menu_and_buttons_go() -> None:
    # (detached-blocks: the headline and one paragraph over a list of quantities taken into the article; before, the
    # standfirst went as a small block before the article)
    result = cleaner.explain_text("\n".join(_MENU + _HEAD + _BOX + _INGREDIENTS + _STEPS))
    kept = kept_lines(result)
    assert _HEAD[1] in kept, removed(result)
    assert [line for line in [*_MENU, "Drucken", "Im Rezeptbuch speichern"] if line in kept] == []
    assert [line for line in _INGREDIENTS + _STEPS if line not in kept] == []


_ARTICLE_DE = _STEPS[:4]


@pytest.mark.parametrize("dates", [["12.09.2024", "03.09.2024"], ["12. September 2024", "3. September 2024"]])
def test_a_teasers_date_on_its_own_line_ends_no_teaser_box(dates: list[str]) -> None:
    box = ["Mehr zum Thema", "Pflaumenkuchen mit Streuseln: So gelingt er", dates[0],
           "Hefeteig richtig gehen lassen: Fünf Tipps vom Profi", dates[1], "Impressum", "Datenschutz"]
    result = cleaner.explain_text("\n".join(_ARTICLE_DE + box))
    assert kept_lines(result) == _ARTICLE_DE, removed(result)


def test_an_inline_teasers_date_leaves_the_articles_next_subheading() -> None:
    # (one teaser and its date inside the article: no date two lines on, so the box ends at the date as before)
    subheading = "So geht es nach dem Backen weiter"
    page = [*_ARTICLE_DE[:2], "Mehr zum Thema", "Pflaumenkuchen mit Streuseln: So gelingt er", "12.09.2024", subheading,
            *_ARTICLE_DE[2:]]
    kept = kept_lines(cleaner.explain_text("\n".join(page)))
    assert kept == [*_ARTICLE_DE[:2], subheading, *_ARTICLE_DE[2:]]


def test_an_articles_dated_list_under_its_own_heading_stays() -> None:
    # (no teaser heading over it: the dates are the article's)
    timeline = ["Die wichtigsten Termine", "12.09.2024", "Anmeldung für den Backwettbewerb im Rathaus",
                "3. Oktober 2024", "Finale des Backwettbewerbs auf dem Marktplatz"]
    page = _ARTICLE_DE[:2] + timeline + _ARTICLE_DE[2:]
    kept = kept_lines(cleaner.explain_text("\n".join(page)))
    assert [line for line in page if line not in kept and not line[:1].isdigit()] == []


_NOTICE = [
    "Der Stadtrat hat am Dienstag den neuen Verkehrsplan für die Innenstadt nach monatelanger Debatte mit den Anwohnern beschlossen.",
    "Ab dem Sommer sollen die Busse im Zehn-Minuten-Takt fahren, die Parkgebühren steigen um einen Euro pro Stunde.",
    "Die Opposition kritisierte die Pläne als zu teuer und kündigte an, gegen den Beschluss vor Gericht zu ziehen.",
]
_FOOTER_TAIL = ["Öffnungszeiten", "Datenschutz", "Barrierefreiheit"]


@pytest.mark.parametrize("box", [
    ["Engerser Straße 15, 56564 Neuwied", "Tel.: 02631 802-0"],
    ["Av. Anchieta, 200 - Centro - Campinas/SP - CEP 13015-904", "Telefone: 156"],
    ["2 rue de l'Hôtel de Ville, 44800 Saint-Herblain", "Tél. : 02 28 25 20 00"],
    ["Stationsplein 1, 1012 AB Amsterdam"],
])
def test_a_sites_address_between_its_footers_links_goes(box: list[str]) -> None:
    footer = ["Service", "Impressum", "Kontakt", "Stadt Neuwied", *box, *_FOOTER_TAIL]
    result = cleaner.explain_text("\n".join(_NOTICE + footer))
    assert kept_lines(result) == _NOTICE, removed(result)


@pytest.mark.parametrize(("tail", "kept"), [
    # right under the text: the notice's own contact
    (["Engerser Straße 15, 56564 Neuwied", "Tel.: 02631 802-0", *_FOOTER_TAIL], "Engerser Straße 15, 56564 Neuwied"),
    # under a label or a name right under the text
    (["Weitere Informationen:", "Bürgerbüro, Marktplatz 1, 56564 Neuwied", "Tel.: 02631 802-0", *_FOOTER_TAIL], "Bürgerbüro, Marktplatz 1, 56564 Neuwied"),
    (["Weitere Informationen:", "Bürgerbüro, Marktplatz 1, 56564 Neuwied", "Tel.: 02631 802-0", *_FOOTER_TAIL], "Tel.: 02631 802-0"),
    (["Bürgerbüro", "Marktplatz 1, 56564 Neuwied", "Tel.: 02631 802-0", *_FOOTER_TAIL], "Marktplatz 1, 56564 Neuwied"),
    # under a labelled heading in the footer: "Kontakt:" announces it
    (["Service", "Impressum", "Kontakt:", "Marktplatz 1, 56564 Neuwied", "Tel.: 02631 802-0", *_FOOTER_TAIL], "Marktplatz 1, 56564 Neuwied"),
])
def test_an_address_the_footers_links_do_not_surround_stays(tail: list[str], kept: str) -> None:
    result = cleaner.explain_text("\n".join(_NOTICE + tail))
    assert kept in kept_lines(result), removed(result)


def test_an_address_between_two_paragraphs_stays() -> None:
    page = [*_NOTICE[:2], "Bürgerbüro", "Marktplatz 1, 56564 Neuwied", "Tel.: 02631 802-0", "Öffnungszeiten", *_NOTICE[2:]]
    assert kept_lines(cleaner.explain_text("\n".join(page))) == page


if __name__ == "__main__":
    report(CASES)
