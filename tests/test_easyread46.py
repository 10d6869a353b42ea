# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""easyread46: a probe of plain-language and easy-read news pages (round 1 numbers to come)."""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    lost,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a German Leichte-Sprache news item as an extractor leaves it: the player, the glossary box, the teaser
    "de_leichte_wahl_extract": """\
T Europa-Wahl am 9. Juni
R Nachricht hören
R Audio: 02:14 Min.
A Am 9. Juni ist die Europa-Wahl.
A Dann wählen die Menschen in Deutschland das Europa-Parlament.
A Das Wort Europa-Parlament bedeutet:
A Das ist eine Gruppe von Politikern.
A Sie machen Gesetze für die Länder in der Europäischen Union.
A Wer darf wählen?
A Alle Deutschen ab 16 Jahren.
A Auch Menschen aus anderen EU-Ländern.
A Sie müssen aber in Deutschland wohnen.
A Sie bekommen vorher einen Brief.
A Das ist die Wahl-Benachrichtigung.
A Sie können auch per Brief wählen.
A Dafür müssen Sie einen Antrag stellen.
R Diese Nachricht gibt es auch in Alltags-Sprache.
R Mehr Nachrichten in Leichter Sprache
R Stand: 03.06.2024 14:20 Uhr
""",
    # ===== the same kind of page in full: menu, language switch, player, the story, a glossary, the footer
    "de_leichte_hitze_full": """\
R Zum Inhalt springen
R Startseite
R Nachrichten
R Leichte Sprache
R Gebärden-Sprache
R Suche
R Menü
R Sie sind hier:
R Leichte Sprache
R Nachrichten
T Es wird sehr heiß
R Nachricht hören
R Vorlesen
A In den nächsten Tagen wird es in Deutschland sehr heiß.
A Es werden bis zu 35 Grad.
A Das ist gefährlich für die Gesundheit.
A Besonders für alte Menschen.
A Und für kleine Kinder.
A Das sollten Sie jetzt tun:
A Trinken Sie viel Wasser.
A Bleiben Sie mittags in der Wohnung.
A Machen Sie die Fenster am Tag zu.
A Lüften Sie in der Nacht.
A Das Wort Hitze-Warnung bedeutet:
A Der Wetter-Dienst warnt vor großer Hitze.
A Die Warnung steht im Radio und im Internet.
R Diese Seite teilen
R Facebook
R WhatsApp
R E-Mail
R Weitere Nachrichten
R Neue Regeln für das Bürgergeld
R Streik bei der Bahn
R Impressum
R Datenschutz
R Barrierefreiheit
R Kontakt
R Wir verwenden Cookies. Mit Klick auf "Alle akzeptieren" stimmen Sie der Verwendung zu.
R Alle akzeptieren
R Einstellungen
""",
    # ===== an Einfache-Sprache news digest, extract, with its date stamp and a feedback box
    "de_einfach_nachrichten_extract": """\
T Nachrichten in Einfacher Sprache vom 14. März 2024
R 14.03.2024, 17:00 Uhr
A Die Lokführer streiken wieder.
A Viele Züge fahren heute nicht.
A Die Gewerkschaft GDL will mehr Geld für die Lokführer.
A Und sie will, dass sie weniger Stunden arbeiten müssen.
A Die Bahn sagt: Das geht nicht.
A Der Streik soll bis Freitag um 13 Uhr dauern.
A Fahrgäste können ihre Fahrkarte später benutzen.
A Oder sie bekommen ihr Geld zurück.
A Tipp: Schauen Sie vor der Fahrt in die App der Bahn.
R Hat Ihnen dieser Text geholfen?
R Ja
R Nein
R Schreiben Sie uns: einfach@sender.de
R Teilen
""",
    # ===== a learner's news page for German learners, full: the text, its glossary, questions and worksheet
    "de_deutschlernen_full": """\
R Deutsch lernen
R Kurse
R Nachrichten
R Top-Thema
R Wort der Woche
R Einstufungstest
R Anmelden
R Niveau B1
R Top-Thema – Mit Vokabeln
T Immer mehr Menschen fahren Lastenrad
A In vielen deutschen Städten sieht man sie immer öfter: Lastenräder.
A Mit ihnen transportieren Eltern ihre Kinder oder Handwerker ihr Werkzeug.
A Manche Städte geben sogar Geld dazu, wenn jemand ein Lastenrad kauft.
A Doch nicht alle sind begeistert.
A Autofahrer beschweren sich, dass die Räder zu viel Platz auf den Radwegen brauchen.
A Glossar
A Lastenrad, -räder (n.) – ein Fahrrad, mit dem man schwere Dinge transportieren kann
A begeistert sein – sich sehr über etwas freuen
A sich beschweren – sagen, dass man mit etwas nicht zufrieden ist
R Fragen zum Text
R 1. Wer benutzt Lastenräder?
R a) nur Kinder
R b) Eltern und Handwerker
R c) nur Autofahrer
R Lösung anzeigen
R Arbeitsauftrag
R Diskutieren Sie im Kurs: Würden Sie ein Lastenrad kaufen?
R Audio herunterladen (MP3)
R Manuskript herunterladen (PDF)
R Impressum
R Datenschutz
R © 2024 Deutsche Welle
""",
    # ===== an English Easy Read leaflet-like news item, extract: hard words box, numbers and steps
    "en_easyread_vote_extract": """\
T General election on 4 July
R Listen to this page
A There will be a general election on Thursday 4 July.
A A general election is when people vote for who they want to be their MP.
A You can vote if you are:
A 18 or older
A a British citizen, or a citizen of Ireland or a Commonwealth country
A registered to vote
A You must register to vote by 18 June.
A You can do this online.
A It takes about 5 minutes.
A You will need photo ID to vote at a polling station.
A For example, a passport or a driving licence.
A Hard words
A MP means Member of Parliament. This is a person who speaks for your area in Parliament.
A Polling station means the place where you go to vote.
R Download this page as a PDF (1.2MB)
R Was this page useful?
R Yes
R No
R Share this page
""",
    # ===== levelled English news for learners, full page: level switcher, difficult words, exercises, comments
    "en_levels_full": """\
R News in Levels
R Home
R Level 1
R Level 2
R Level 3
R Videos
R Contact
T Robot dog helps firefighters
R Level 1 | Level 2 | Level 3
R Listen
R 01:32
A Firefighters in New York have a new helper.
A It is a robot dog.
A The robot dog can walk into burning buildings.
A It has a camera.
A Firefighters can see what is inside.
A They do not need to go in first.
A The robot costs about $75,000.
A Difficult words: firefighter (a person who stops fires), burning (on fire), camera (a machine that takes photos).
R You can watch the original video in the Level 3 section.
R Exercises
R Fill in the missing words
R Check your answers
R Comments
R Sam
R Very interesting!
R Reply
R Leave a Reply
R Your email address will not be published.
R Post Comment
R © 2024 News in Levels
R Privacy policy
""",
    # ===== a learner-English news story, extract, with its "Words in This Story" glossary and the quiz
    "en_learning_words_extract": """\
T Scientists Find Oldest Known Cave Painting
A Scientists say they have found the oldest known cave painting in the world.
A The painting is on a cave wall on the Indonesian island of Sulawesi.
A It shows three human-like figures and a wild pig.
A Researchers say the painting is at least 51,200 years old.
A "This is a really big deal," said Adam Brumm, one of the researchers.
A He added that the find shows people were telling stories with pictures very early in human history.
A I'm Ashley Thompson.
A Words in This Story
A cave – n. a large hole in the side of a hill or under the ground
A figure – n. the shape of a person or animal
A big deal – idiom. something that is very important
R Quiz - Scientists Find Oldest Known Cave Painting
R Start the Quiz to find out
R What do you think of this story? Write to us in the Comments section.
R Share
R Print
""",
    # ===== an NHS-style easy read health page, full: steps, phone numbers, hard words
    "en_easyread_flu_full": """\
R Skip to main content
R Health A to Z
R Live Well
R Mental health
R Care and support
R Services near you
R Search
R Home
R Easy read
T Get your flu vaccine
A The flu vaccine helps protect you from getting very ill with flu.
A It is free for some people.
A You can get it free if you:
A are 65 or older
A are pregnant
A have a long-term health condition
A live in a care home
A How to get your vaccine:
A Ask your GP surgery.
A Or go to a pharmacy.
A Call 119 if you need help booking.
A It is safe to have the flu vaccine and the COVID-19 vaccine on the same day.
A Hard words
A Vaccine: a medicine that helps your body fight an illness.
A Pharmacy: a shop where you can get medicines.
R Page last reviewed: 12 September 2024
R Next review due: 12 September 2027
R Help us improve this website
R Can you answer a few questions about your visit today?
R Take part in our survey
R Accessibility statement
R Cookies
R Contact us
R © Crown copyright
""",
    # ===== a French FALC news item, extract, with the easy-to-read logo's credit and the glossary in bold words
    "fr_falc_elections_extract": """\
T Les élections législatives
R Écouter
A Les élections législatives ont lieu le 30 juin et le 7 juillet 2024.
A Il y a 2 tours.
A Pendant les élections législatives, on vote pour élire les députés.
A Le mot député veut dire :
A une personne qui vote les lois à l'Assemblée nationale.
A Pour voter, il faut :
A avoir 18 ans ou plus,
A être français,
A être inscrit sur les listes électorales.
A Le jour du vote, apportez votre carte d'identité.
A Si vous ne pouvez pas aller voter, une autre personne peut voter pour vous.
A Cela s'appelle une procuration.
R Ce texte a été écrit en Facile à lire et à comprendre (FALC).
R © Logo européen Facile à lire : Inclusion Europe. Plus d'informations sur www.inclusion-europe.eu/easy-to-read
R Partager
""",
    # ===== a French learners' news bulletin page, full: player, transcript, exercises, menu, footer
    "fr_facile_journal_full": """\
R Aller au contenu principal
R Apprendre le français
R Accueil
R Journal en français facile
R Exercices
R Dictionnaire
R Enseignants
R Se connecter
T Journal en français facile du 15 mars 2024
R Écouter (10:00)
R Télécharger
R Transcription
A Bonjour, bienvenue dans votre Journal en français facile.
A Au programme aujourd'hui :
A la flamme olympique arrive bientôt en France,
A la Russie vote pour son président,
A et le printemps arrive, avec un peu d'avance.
A La flamme olympique va quitter la Grèce le 26 avril.
A Elle arrivera en bateau à Marseille le 8 mai.
A Ensuite, elle traversera la France pendant deux mois et demi.
A C'est la fin de ce journal, merci de l'avoir écouté.
R Exercices
R Testez votre compréhension
R Niveau B1
R Voir la fiche pédagogique
R Abonnez-vous au podcast
R Mentions légales
R Gestion des cookies
R © 2024 Radio France Internationale
""",
    # ===== a French learners' news item with "le mot du jour" and a quiz, extract
    "fr_actu_enfants_extract": """\
T Pourquoi les abeilles disparaissent-elles ?
R Publié le 20 mai 2024
A Le 20 mai, c'est la Journée mondiale des abeilles.
A Les abeilles sont très importantes.
A Elles transportent le pollen d'une fleur à l'autre.
A Sans elles, beaucoup de fruits et de légumes ne pourraient pas pousser.
A Mais les abeilles sont en danger.
A Voici pourquoi :
A les pesticides, des produits chimiques qui tuent les insectes,
A le frelon asiatique, qui mange les abeilles,
A le changement climatique.
A Le mot du jour : pollinisation. C'est le transport du pollen qui permet aux fleurs de donner des fruits.
R Quiz : teste tes connaissances sur les abeilles !
R Question 1/5
R Réponse A
R Réponse B
R Laisse ton commentaire
""",
    # ===== a Spanish lectura-fácil news item, extract: difficult words box, validation credit
    "es_lectura_facil_extract": """\
T Nueva ley de vivienda
R Escuchar noticia
A El Gobierno ha aprobado una nueva ley de vivienda.
A La ley quiere que los alquileres no suban tanto.
A Alquiler es el dinero que pagas cada mes por vivir en una casa que no es tuya.
A Estas son las novedades más importantes:
A El alquiler solo puede subir un 3 por ciento este año.
A Los jóvenes pueden pedir una ayuda de 250 euros al mes.
A Las comunidades autónomas deciden si aplican la ley.
A Palabras difíciles:
A Comunidad autónoma: es una parte de España con su propio gobierno. Por ejemplo, Andalucía o Cataluña.
R Texto validado por personas con discapacidad intelectual.
R Lectura fácil
R Comparte esta noticia
R Noticias relacionadas
R El salario mínimo sube a 1.134 euros
""",
    # ===== a Spanish easy-news site for learners, full page: levels, vocabulary, exercises, cookies
    "es_noticias_faciles_full": """\
R Noticias fáciles
R Inicio
R Nivel A2
R Nivel B1
R Vocabulario
R Ejercicios
R Contacto
R Buscar
T Valencia celebra las Fallas
R Nivel A2 | Nivel B1
R Escuchar
A Del 15 al 19 de marzo, Valencia celebra las Fallas.
A Es una fiesta muy famosa en España.
A Los valencianos construyen grandes figuras de madera y cartón.
A Estas figuras se llaman fallas.
A Algunas miden más de 20 metros.
A La última noche, queman todas las fallas en la calle.
A Esa noche se llama la Cremà.
A Mucha gente viene de otros países para ver la fiesta.
A Vocabulario:
A cartón: papel grueso y duro
A quemar: destruir algo con fuego
R Ejercicio: ¿Verdadero o falso?
R Las fallas son de metal.
R Verdadero
R Falso
R Comprobar
R Aviso legal
R Política de cookies
R Usamos cookies propias y de terceros para mejorar tu experiencia.
R Aceptar
R Rechazar
""",
    # ===== an Italian easy news item (italiano semplice), extract: difficult words and the listen button
    "it_parole_semplici_extract": """\
T Arriva il caldo in tutta Italia
R Ascolta l'articolo
R di Redazione
R 18 luglio 2024
A In questi giorni in Italia fa molto caldo.
A In alcune città ci sono più di 40 gradi.
A Il Ministero della Salute ha dato il bollino rosso a 17 città.
A Il bollino rosso vuol dire che il caldo è pericoloso per la salute.
A Ecco alcuni consigli:
A bevete molta acqua;
A non uscite nelle ore più calde;
A mangiate frutta e verdura.
A Le parole difficili
A Ministero: una parte del governo che si occupa di una materia.
A Bollino: un piccolo segno colorato.
R Condividi su Facebook
R Condividi su WhatsApp
R Leggi anche
R Nuove regole per il permesso di soggiorno
""",
    # ===== an Italian learners' news site, full page: menu, level tabs, exercises, newsletter, footer
    "it_notizie_facili_full": """\
R Notizie facili
R Home
R Italia
R Mondo
R Sport
R Cultura
R Esercizi
R Cerca
T Sanremo, vince Angelina Mango
R Livello A2 | Livello B1
R Ascolta
A Angelina Mango ha vinto il Festival di Sanremo 2024.
A La canzone si chiama "La noia".
A Angelina ha 22 anni.
A È figlia del cantante Mango.
A Il Festival di Sanremo è una gara di canzoni italiane.
A Ogni anno lo guardano milioni di persone in televisione.
A Al secondo posto è arrivato Geolier.
A Al terzo posto Annalisa.
R Esercizio: completa le frasi
R Verifica
R Iscriviti alla newsletter
R Ogni settimana le notizie facili nella tua email.
R Iscriviti
R Chi siamo
R Privacy
R Cookie policy
R © 2024 Notizie facili
""",
    # ===== a Portuguese plain-language government page (linguagem simples), extract
    "pt_linguagem_simples_extract": """\
T Como pedir o Bolsa Família
R Publicado em 10/04/2024 10h30
R Atualizado em 10/04/2024 15h12
R Compartilhe:
A O Bolsa Família é um dinheiro que o governo paga todo mês para famílias que ganham pouco.
A Quem pode receber?
A Famílias que ganham até 218 reais por pessoa, por mês.
A O que você precisa fazer:
A Faça o Cadastro Único no CRAS da sua cidade.
A Leve os documentos de todas as pessoas da família.
A Espere a resposta do governo.
A O que quer dizer CRAS?
A É o Centro de Referência de Assistência Social. É um lugar onde você pode pedir ajuda.
A Atenção: o cadastro é de graça.
R Ouvir texto
R Categoria
R Assistência Social
R Tags: Bolsa Família, Cadastro Único
""",
    # ===== a Portuguese easy news page for learners, full: menu, player, vocabulary, quiz, cookie banner
    "pt_noticia_facil_full": """\
R Português Fácil
R Início
R Notícias
R Nível A2
R Nível B1
R Vocabulário
R Entrar
T Lisboa tem novo elétrico
R Ouvir a notícia
R 01:45
A Lisboa tem um novo elétrico.
A O elétrico é um comboio pequeno que anda na rua.
A O novo elétrico é maior e mais moderno.
A Tem lugar para 180 pessoas.
A Vai fazer a linha 15, entre a Praça da Figueira e Algés.
A O bilhete custa 3 euros e 10 cêntimos.
A Vocabulário
A elétrico: transporte público que anda sobre carris
A bilhete: papel que pagamos para viajar
R Exercício
R Escolha a resposta certa.
R Ver soluções
R Partilhar
R Usamos cookies para melhorar a sua experiência. Ao continuar, aceita a nossa política de cookies.
R Aceitar
R Termos e condições
R © 2024 Português Fácil
""",
    # ===== a Dutch easy-read news item (Makkelijk Lezen), extract: read-aloud button, difficult word
    "nl_makkelijk_lezen_extract": """\
T Vanaf 1 juli mag je minder hard rijden
R Lees voor
R 28 juni 2024
A Vanaf 1 juli mag je op veel wegen minder hard rijden.
A In de bebouwde kom wordt het 30 kilometer per uur.
A Nu is dat vaak nog 50.
A Bebouwde kom betekent: de plek waar huizen en winkels staan.
A Waarom?
A Er gebeuren dan minder ongelukken.
A En het is rustiger op straat.
A Niet iedereen is blij.
A Sommige automobilisten vinden het te langzaam.
A Let op: de politie gaat controleren.
R Deel dit bericht
R Meer nieuws
R Nieuwe regels voor de AOW
R Dit bericht is geschreven in eenvoudige taal.
""",
    # ===== a Dutch easy news site, full page: menu, level switch, quiz, footer, cookies
    "nl_nieuws_makkelijk_full": """\
R Naar de inhoud
R Home
R Nieuws
R Sport
R Weer
R Puzzels
R Over ons
R Zoeken
R Niveau 1
R Niveau 2
T Koning Willem-Alexander viert Koningsdag in Emmen
R Luister
A Op 27 april is het Koningsdag.
A Dan is de koning jarig.
A Dit jaar viert de koning feest in Emmen.
A Emmen ligt in de provincie Drenthe.
A De koning en zijn familie lopen door de stad.
A Ze kijken naar muziek en spelletjes.
A In heel Nederland zijn er vrijmarkten.
A Op een vrijmarkt mag iedereen spullen verkopen.
A Veel mensen dragen oranje kleren.
R Doe de quiz!
R Wat weet jij over Koningsdag?
R Start
R Nieuwsbrief
R Ontvang elke week het nieuws in makkelijke taal.
R Aanmelden
R Contact
R Privacy
R Cookies
R Toegankelijkheid
""",
    # ===== a Belgian easy-read weekly's story, extract, with the author and a subscription box
    "nl_wablieft_extract": """\
T Meer mensen kunnen niet rondkomen
R Door Lies Van Damme
R 5 maart 2024
A Steeds meer mensen in België hebben te weinig geld.
A Dat zegt het Netwerk tegen Armoede.
A Vooral alleenstaande moeders hebben het moeilijk.
A Ze moeten kiezen:
A eten kopen,
A de huur betalen,
A of de rekening van de dokter.
A "Ik sla soms een maaltijd over", zegt Sarah (34).
A Het Netwerk vraagt de regering om de uitkeringen te verhogen.
R Abonneer je op onze krant
R Elke week het nieuws in duidelijke taal, voor 45 euro per jaar.
R Word abonnee
R Reageer op dit artikel
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a learners' site's pointer to its other level, a sentence ("You can watch the original video in the Level 3
    # section.")
    "en_levels_full": 1,
    # a learners' bulletin of six short sentences and a list: no line is long enough to anchor the page's edges, and
    # too few short sentences stand together for kids41's easy-read anchor (eight): edge-furniture reads neither
    # edge, and the head's menu, the player's buttons and the exercise links under the text stay (a page of so
    # little text is left alone on purpose)
    "fr_facile_journal_full": 11,
    # a footer's bare "Cookies" link between "Privacy" and "Toegankelijkheid" on an easy-read page whose tail
    # edge-furniture leaves (kids41 clears such a page's head only); a bare "Cookies" may head a baking story's section
    "nl_nieuws_makkelijk_full": 1,
    # a subscription's pitch with its price, a sentence ("Elke week het nieuws in duidelijke taal, voor 45 euro per
    # jaar.")
    "nl_wablieft_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)

# -- the rules added, both ways -------------------------------------------------------------------

_kept = kept

#: a few sentences of an easy-read story per language, the residue line put before or after them
TEXT = {
    "en": [
        "There will be a general election in the United Kingdom on Thursday 4 July, the Prime Minister said on Wednesday.",
        "You must register to vote by 18 June if you want to vote in the election, and it only takes a few minutes online.",
        "You will need a passport, a driving licence or another kind of photo ID to vote at a polling station this year.",
    ],
    "de": [
        "In den nächsten Tagen wird es in ganz Deutschland sehr heiß, sagt der Deutsche Wetterdienst in seiner Warnung.",
        "Besonders für alte Menschen und für kleine Kinder ist die große Hitze gefährlich, sagen die Ärzte in den Kliniken.",
        "Trinken Sie deshalb viel Wasser und bleiben Sie in der Mittagszeit möglichst in einer kühlen Wohnung.",
    ],
    "fr": [
        "Les élections législatives ont lieu le 30 juin et le 7 juillet 2024 dans toute la France, a annoncé le président.",
        "Pendant les élections législatives, les Français votent pour élire les 577 députés de l'Assemblée nationale.",
        "Si vous ne pouvez pas aller voter le jour du vote, une autre personne peut voter pour vous avec une procuration.",
    ],
    "es": [
        "El Gobierno ha aprobado este martes una nueva ley de vivienda para que los alquileres no suban tanto en las ciudades.",
        "Con la nueva ley, el alquiler solo puede subir un 3 por ciento este año en los contratos que ya están firmados.",
        "Los jóvenes de menos de 35 años pueden pedir una ayuda de 250 euros al mes para pagar el alquiler de su casa.",
    ],
    "it": [
        "In questi giorni in tutta Italia fa molto caldo e in alcune città ci sono più di 40 gradi, dice il ministero.",
        "Il Ministero della Salute ha dato il bollino rosso a 17 città, perché il caldo è pericoloso per la salute.",
        "I medici consigliano di bere molta acqua e di non uscire di casa nelle ore più calde della giornata.",
    ],
    "pt": [
        "O Bolsa Família é um dinheiro que o governo paga todos os meses para as famílias que ganham pouco no Brasil.",
        "Para receber o dinheiro, a família precisa fazer o Cadastro Único no CRAS da sua cidade, diz o ministério.",
        "O cadastro é de graça e a família deve levar os documentos de todas as pessoas que moram na mesma casa.",
    ],
    "nl": [
        "Vanaf 1 juli mag je op veel wegen in de bebouwde kom niet harder rijden dan 30 kilometer per uur, zegt de gemeente.",
        "Er gebeuren dan minder ongelukken en het wordt rustiger op straat, zeggen de onderzoekers van de SWOV.",
        "Niet iedereen is blij met de nieuwe regel, want sommige automobilisten vinden het veel te langzaam gaan.",
    ],
}

_CH = "site-chrome"
_CP = "copyright"
_FB = "feedback-prompt"
_NL = "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "This page is written in Easy Read.", _CP),
    ("en", "Listen to this page", _CH),
    ("en", "Download this page as a PDF (1.2MB)", _CH),
    ("en", "Can you answer a few questions about your visit today?", _FB),
    ("en", "Take part in our survey", _FB),
    ("de", "Diese Nachricht gibt es auch in Alltags-Sprache.", _CP),
    ("de", "Dieser Text ist in Leichter Sprache geschrieben.", _CP),
    ("de", "Nachricht hören", _CH),
    ("de", "Mehr Nachrichten in Leichter Sprache", _CH),
    ("de", "Diese Seite teilen", "social-buttons"),
    ("de", "Hat Ihnen dieser Text geholfen?", _FB),
    ("fr", "Ce texte a été écrit en Facile à lire et à comprendre (FALC).", _CP),
    ("es", "Texto validado por personas con discapacidad intelectual.", _CP),
    ("es", "Texto adaptado a lectura fácil.", _CP),
    ("it", "Questo testo è in italiano semplice.", _CP),
    ("it", "Ogni settimana le notizie facili nella tua email.", _NL),
    ("pt", "Este texto está em linguagem simples.", _CP),
    ("nl", "Dit bericht is geschreven in eenvoudige taal.", _CP),
    ("nl", "Ontvang elke week het nieuws in makkelijke taal.", _NL),
    ("nl", "Abonneer je op onze krant", _NL),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "This leaflet is written in Easy Read, the charity said, so that people with learning disabilities can use it."),
    ("en", "Listen to this page of the report, the inspector told the committee, before you decide on the closure."),
    ("en", "Take part in our survey was the only line on the leaflet, and almost nobody did, the council admitted."),
    ("en", "What do you think of this story, the teacher asked the class, and most of the pupils said it was sad."),
    ("de", "Diese Nachricht gibt es auch in Alltags-Sprache, sagt die Redaktion, damit alle Menschen sie lesen können."),
    ("de", "Nachricht hören und verstehen ist für viele Menschen mit Lernschwierigkeiten leichter als lesen."),
    ("de", "Hat Ihnen dieser Text geholfen, fragte die Behörde in einer Umfrage, und 80 Prozent sagten Ja."),
    ("de", "Wer die Seite teilen will, braucht dafür kein Konto, erklärt die Verbraucherzentrale."),
    ("fr", "Ce texte a été écrit en FALC avec des personnes handicapées, explique l'association Nous Aussi."),
    ("es", "El texto validado por personas con discapacidad intelectual tarda unas dos semanas en publicarse, explica la asociación."),
    ("it", "Ogni settimana le notizie facili arrivano a più di 10.000 persone, racconta la direttrice del giornale."),
    ("pt", "Este texto está em linguagem simples porque a lei obriga os órgãos públicos a escrever de forma clara."),
    ("nl", "Dit bericht is geschreven in eenvoudige taal door leerlingen van groep 8, vertelt de juf trots."),
    ("nl", "Ontvang elke week het nieuws in makkelijke taal is de slogan van de nieuwe krant, zegt de uitgever."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_EB = "feedback-prompt"

#: (language, a learners' page's exercise or quiz box under the story: its heading, the lines under it, its button)
_EXERCISE_BOXES = [
    ("en", ["Exercises", "Fill in the missing words", "Check your answers"]),
    ("en", ["Quiz - Scientists Find Oldest Known Cave Painting", "Start the Quiz to find out"]),
    ("de", ["Fragen zum Text", "1. Wer benutzt Lastenräder?", "a) nur Kinder", "b) Eltern und Handwerker", "Lösung anzeigen"]),
    ("fr", ["Quiz : teste tes connaissances sur les abeilles !", "Question 1/5"]),
    ("es", ["Ejercicio: ¿Verdadero o falso?", "Las fallas son de metal.", "Verdadero", "Falso", "Comprobar"]),
    ("it", ["Esercizio: completa le frasi", "Verifica"]),
    ("pt", ["Exercício", "Escolha a resposta certa.", "Ver soluções"]),
    ("nl", ["Doe de quiz!", "Wat weet jij over Koningsdag?", "Start"]),
]


@pytest.mark.parametrize(("lang", "box"), _EXERCISE_BOXES)
def test_an_exercise_box_under_the_story_goes(lang: str, box: list[str]) -> None:
    # feedback-prompt (edge_easyread.exercise_box): the heading over a few short lines down to its check or start
    # button, under the story, goes whole
    lost_lines, gone = _kept([*TEXT[lang], *box])
    assert lost_lines == box, gone
    assert [name for name, text in gone if text == box[0]] == [_EB], gone


@pytest.mark.parametrize(
    "lines",
    [
        # a fitness story's list of exercises under its heading: no check button under it
        ["Exercises", "Squats", "Lunges", "Planks", "Start slowly and rest between the sets."],
        # a school story's quiz as the article tells it: the heading over a paragraph
        ["Quiz", "The pupils answered twenty questions about the history of their town, and the winners got a book.",
         "Check"],
        # a teacher's instructions closing the story, the button's word inside a sentence
        ["Übungen", "Die Kinder machen jeden Morgen zehn Minuten Übungen.", "Lösung anzeigen lassen kann man erst am Ende."],
    ],
)
def test_an_articles_exercises_heading_with_no_box_button_stays(lines: list[str]) -> None:
    text = TEXT["de"] if lines[0] == "Übungen" else TEXT["en"]
    result = cleaner.explain_text("\n".join([*text, *lines]))
    # (the fitness story's bare list under its heading goes as edge-furniture's run on the base too: not this rule's)
    assert not [r.text for r in result.removed if "exercise" in r.reason], removed(result)
    assert lost(text, result) == [], removed(result)


def test_an_exercise_box_in_the_pages_head_is_not_read() -> None:
    # (only the page's last lines are read: a heading and a button over the story are the head's, not the box's)
    head = ["Exercises", "Fill in the missing words", "Check your answers"]
    body = [f"{TEXT['en'][k % 3]} ({k})" for k in range(32)]
    result = cleaner.explain_text("\n".join([*head, *body]))
    assert not [r.text for r in result.removed if "exercise" in r.reason], removed(result)


_GLOSSARIES = [
    ("pt", ["Vocabulário", "elétrico: transporte público que anda sobre carris", "bilhete: papel que pagamos para viajar"]),
    ("es", ["Vocabulario", "cartón: papel grueso y duro", "quemar: destruir algo con fuego"]),
    ("de", ["Glossar", "begeistert sein – sich sehr über etwas freuen", "sich beschweren – nicht zufrieden sein und es sagen"]),
    ("en", ["Words in This Story", "cave – n. a large hole in a hill", "figure – n. the shape of a person or animal"]),
]

_FOOTER = {
    "pt": ["Exercício", "Ver soluções", "Partilhar", "Termos e condições", "Início", "Entrar"],
    "es": ["Comparte", "Aviso legal", "Contacto", "Inicio", "Buscar", "Entrar"],
    "de": ["Teilen", "Impressum", "Datenschutz", "Kontakt", "Startseite", "Suche"],
    "en": ["Share", "Print", "Terms of use", "Contact us", "Home", "Search"],
}


@pytest.mark.parametrize(("lang", "box"), _GLOSSARIES)
def test_a_glossary_box_under_the_story_stays_over_the_pages_footer(lang: str, box: list[str]) -> None:
    # edge-furniture (edge_easyread.glossary_box): the box's heading and its "term: definition" rows right under the
    # article's text stay; the page's footer under them goes
    lost_lines, gone = _kept([*TEXT[lang], *box, *_FOOTER[lang]], language=lang)
    assert lost_lines == _FOOTER[lang], gone


def test_a_glossary_row_shape() -> None:
    from cleaner.passes.edge_easyread import _definition_row

    assert _definition_row("cartón: papel grueso y duro")
    assert _definition_row("begeistert sein – sich sehr über etwas freuen")
    assert not _definition_row("Tags: saúde, educação, governo")
    assert not _definition_row("Telefone: 0800 123 456")
    assert not _definition_row("Comunidad autónoma: es una parte de España.")
    assert not _definition_row("Redaktion: Max Mustermann und Erika Musterfrau")


if __name__ == "__main__":
    report(CASES)
