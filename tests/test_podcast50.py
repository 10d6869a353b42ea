# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""podcast50: a probe of podcast and video episode pages (docstring written after the measurements)."""

from __future__ import annotations

from probes import (
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an English interview podcast's episode page, extract: the numbered title, the episode's line with its
    # duration, show notes, a chapter list that tells the content, a guest bio, books discussed, links mentioned, a
    # sponsor read, the subscribe row, a rating prompt
    "en_interview_episode_extract": """\
T Episode 142: Why Your Mortgage Rate Rose (and When It Might Fall)
R Episode 142 · 47 min
R Listen now
R Subscribe on Apple Podcasts | Spotify | YouTube
A This week we sit down with economist Maria Lopez to talk about the fastest rise in mortgage rates in forty years.
A Maria explains how the central bank's decisions travel to your monthly payment, why fixed and variable rates moved so differently, and what first-time buyers can do now.
A We also talk about her years at the Federal Reserve and the one chart she checks every morning.
T Chapters
A 00:00 Intro
A 02:15 How Maria became an economist
A 12:34 Why rates rose so fast
A 24:10 Fixed versus variable: what actually happened
A 38:50 Advice for first-time buyers
A Maria Lopez is a senior fellow at the Brookings Institution and the author of The Price of Money. She spent eleven years at the Federal Reserve.
A Books mentioned in this episode:
A The Price of Money by Maria Lopez
A Lords of Finance by Liaquat Ahamed
A The Great Crash 1929 by John Kenneth Galbraith
R This episode is brought to you by Harbor Savings. Open an account in five minutes and earn 4.1% APY. Visit harborsavings.com/money.
R Enjoying the show? Rate us 5 stars on Apple Podcasts and leave a review. It really helps new listeners find us.
R Download MP3
R Share episode
""",
    # ===== an English podcast network's episode page, full: menu, the player's controls, the episode's line, show
    # notes, a chapter list, a sponsor read, links mentioned, transcript button, more episodes, newsletter, footer
    "en_network_episode_full": """\
R Skip to content
R The Long Game
R Episodes
R About
R Hosts
R Newsletter
R Advertise
R Search
T Episode 87: The Town That Banned Cars
R Season 4 · Episode 87 · 52 min · Mar 3, 2026
R Play
R 1x
R -15
R +30
R 00:00 / 52:14
R Share episode
R Transcript
A In 1994 the small Dutch town of Houten decided that cars would no longer be allowed to drive from one neighbourhood to another.
A Thirty years later, more than half of all trips in the town are made by bike, and children cycle to school alone from the age of eight.
A Host Sam Okafor travels to Houten to ask how the plan survived angry shopkeepers, two elections and a national press that called it madness.
A He talks to the town's former planner, Gerrit de Boer, who drew the first map on his kitchen table, and to the shopkeeper who led the protests and now says he was wrong.
A In this episode:
A 00:00 Welcome
A 03:40 The kitchen-table map
A 15:22 The shopkeepers' revolt
A 29:05 What the children say
A 44:30 Could it work where you live?
R This episode is sponsored by Velo Insurance. Get 20% off your first year at velo.example/longgame.
A Links mentioned in this episode:
A Houten municipality: traffic plan of 1994 (PDF)
A Gerrit de Boer, The Ring Road Town (2011)
R More episodes
R Episode 86: Why Trains Are Late
R Episode 85: The Parking Lot Problem
R Episode 84: A Bridge for Bikes
R Get the newsletter
R New episodes and the stories behind them, every Tuesday.
R Subscribe
R Apple Podcasts
R Spotify
R YouTube
R RSS
R © 2026 Long Game Media. All rights reserved.
R Privacy
R Terms
""",
    # ===== an English transcript page, extract: speaker labels, one-word spoken lines ("Right.", "Exactly."), a
    # guest's one-line answer, the host saying "subscribe" and "listen" inside a sentence, times in sentences, a
    # timestamp alone, the "transcripts are generated" note, a copyright tail
    "en_transcript_extract": """\
T Transcript: Episode 142 — Why Your Mortgage Rate Rose
R This transcript was generated automatically and may contain errors. Please check the audio before quoting.
T [00:00:00]
A HOST: Welcome back. Today I'm talking to Maria Lopez, who spent eleven years at the Federal Reserve. Maria, thanks for coming on.
A MARIA LOPEZ: Thanks for having me.
A HOST: So let's start with the question everyone asks me. Why did my mortgage rate double?
A MARIA LOPEZ: Because inflation came back, and the central bank decided the cure was worse for a while than the disease.
A HOST: Right.
A MARIA LOPEZ: Rates went from a quarter of a percent to over five in about eighteen months. That had not happened since the early eighties.
A HOST: And people who listen to this show are mostly renters, or first-time buyers. What do you tell them?
A MARIA LOPEZ: Don't try to time it.
A HOST: Exactly.
A MARIA LOPEZ: I mean it. I have a colleague who waited from 9 a.m. to 5 p.m. every day watching the bond market. He still bought at the top.
A HOST: I tell people to subscribe to their bank's rate alerts and then stop looking. Is that crazy?
A MARIA LOPEZ: No, that's sensible.
R Transcript © 2026 Long Game Media. This transcript may not be reproduced without permission.
R Back to episode
""",
    # ===== an English video page, full: the site's menu, the video's title, view counts and date, like and share
    # buttons, the description with its timestamps, the channel's line, "Up next" with titles and counts, autoplay,
    # comments, footer
    "en_video_page_full": """\
R Home
R Shorts
R Subscriptions
R Library
T How a Lighthouse Lens Works | Fresnel Explained
R 1.2M views · 3 years ago
R 48K
R Dislike
R Share
R Download
R Save
R Harbor Science
R 412K subscribers
R Subscribe
A In 1822 the French engineer Augustin Fresnel found a way to bend light with a lens that was a fraction of the weight of a solid one.
A In this video we take apart a real first-order lens from the Cape Race lighthouse and show how its rings of glass turn a single flame into a beam you can see from 30 kilometres away.
A Timestamps:
A 0:00 The problem with big lenses
A 2:48 Fresnel's idea
A 7:15 Inside the Cape Race lens
A 13:02 Why the beam flashes
A Thanks to the Canadian Coast Guard for letting us film inside the lantern room.
R Show less
R 3,417 Comments
R Sort by
R Add a comment...
R @oldsalt 2 years ago
R My grandfather kept this light. Thank you for this.
R 1.1K
R Reply
R Up next
R Autoplay is on
R How Tall Ships Navigate Without GPS
R Harbor Science
R 804K views · 1 year ago
R 12:41
R The Hidden Physics of Waves
R Deep Blue Lab
R 2.3M views · 4 years ago
R 18:09
""",
    # ===== an English article built around an episode, extract: a newspaper's piece with the "Listen now" box, a
    # byline and stamp, the article's prose quoting the episode with times in sentences, a short quoted answer, the
    # subscribe line of the newsletter, "Read the transcript", related episodes, copyright
    "en_article_around_episode_extract": """\
T The night shift: what a hospital looks like at 3 a.m.
R By Hannah Reyes
R Published March 12, 2026, 5:00 a.m. ET
R Listen to this episode
R 34:12
A At 3 a.m. the emergency department at St. Brendan's is quieter than you would expect, and louder than you would like.
A For this week's episode of Overnight, our producer spent four night shifts with the nurses on Ward 6, from 7 p.m. to 7 a.m.
A “You learn to sleep in the car,” said Dana Whitfield, a charge nurse who has worked nights for nineteen years.
A Was she tired?
A “Always.”
A At 4:15 a.m. a man came in with chest pains. By 4:40 he was in the cath lab. By 6 he was asking for toast.
A The hospital has lost a third of its night nurses since 2021, and the union says the shift pay has not kept up with the cost of childcare.
T Listen to the full episode above, or subscribe to Overnight wherever you get your podcasts.
R Read the transcript
R More from Overnight
R The 911 dispatcher who never hangs up
R Inside the all-night bakery
R Sign up for the Morning Brief newsletter
R © 2026 The Daily Ledger
""",
    # ===== an English book podcast's episode page, full: menu, the episode's title, the list of books the episode
    # discusses (titles and authors as short lines), a guest's one-line answer quoted, the Patreon appeal, the
    # subscribe row, comments, footer
    "en_book_podcast_full": """\
R Shelf Life Podcast
R Home
R Episodes
R Reading Lists
R Support Us
R Contact
T Ep. 63 — Five Novels About Islands
R 58 min | Released February 2, 2026
R Listen on Apple Podcasts
R Listen on Spotify
R Listen on Pocket Casts
A Islands are where novelists send characters they want to trap. This month Priya and Tom pick five novels set on islands and argue about which one you should read first.
A The books we discuss:
A The Tempest, William Shakespeare
A Robinson Crusoe, Daniel Defoe
A Lord of the Flies, William Golding
A To the Lighthouse, Virginia Woolf
A Piranesi, Susanna Clarke
A Tom's pick for a beach read? “Piranesi. Every time.”
A Priya disagrees, and makes the case for reading Golding again as an adult, when the boys no longer look like a different species.
A Next month we read Middlemarch. Yes, all of it.
R Support the show on Patreon and get bonus episodes every month.
R Leave a Comment
R 12 Comments
R Alice says:
R February 3, 2026 at 8:14 am
R Piranesi forever!
R Reply
R Shelf Life Podcast © 2026
R Powered by Podcast Host
""",
    # ===== a German public broadcaster's podcast episode, full: menu, the series' name, the episode's line with its
    # duration, the player, show notes, the chapter marks, the guest's bio, the subscribe row, "Mehr Folgen", footer
    "de_podcast_folge_full": """\
R Zum Inhalt springen
R Audiothek
R Startseite
R Podcasts
R Hörspiele
R Radio
R Anmelden
T Folge 211: Warum die Mieten in Leipzig steigen
R Wirtschaft erklärt · 38 Min. · 14.03.2026
R Abspielen
R Folge herunterladen
R Teilen
R Merken
A Lange galt Leipzig als die günstige Alternative zu Berlin. Inzwischen steigen die Mieten dort schneller als in fast jeder anderen deutschen Großstadt.
A Im Gespräch mit der Stadtforscherin Jana Weidlich geht es darum, wer in die Stadt zieht, warum kaum neue Wohnungen entstehen und was die Mietpreisbremse bisher gebracht hat.
A Weidlich sagt: „Der Markt ist nicht kaputt. Er tut genau das, wofür er gebaut wurde.“
A Kapitel:
A 00:00 Einstieg
A 04:30 Leipzig wächst
A 17:45 Warum kaum gebaut wird
A 29:10 Was die Politik tun kann
A Jana Weidlich forscht am Leibniz-Institut für Länderkunde zu Wohnungsmärkten in ostdeutschen Städten.
R Abonnieren Sie den Podcast in der Audiothek, bei Spotify oder Apple Podcasts.
R Mehr Folgen
R Folge 210: Was kostet die Energiewende?
R Folge 209: Die Schuldenbremse einfach erklärt
R Alle Folgen anzeigen
R Impressum
R Datenschutz
R Barrierefreiheit
R © 2026 Mitteldeutscher Rundfunk
""",
    # ===== a German interview transcript, extract: speaker labels with names, short answers ("Genau.", "Nein."), a
    # sentence in which the host asks listeners to subscribe, times in sentences, the sponsor's read, the podcast's
    # closing line, the rating prompt
    "de_interview_transkript_extract": """\
T Das Gespräch zum Nachlesen: „Ich habe 20 Jahre lang nachts gearbeitet“
R Dieses Transkript wurde automatisch erstellt.
A Moderator: Herr Kessler, Sie waren zwanzig Jahre lang Nachtportier im Hotel Adlon. Wann fängt so eine Schicht an?
A Thomas Kessler: Um 22 Uhr. Und sie hört um sechs Uhr morgens auf, wenn alles gut geht.
A Moderator: Und wenn nicht?
A Thomas Kessler: Dann um acht.
A Moderator: Was war die seltsamste Bitte, die Sie je bekommen haben?
A Thomas Kessler: Ein Gast wollte um drei Uhr nachts ein Klavier auf sein Zimmer.
A Moderator: Und haben Sie es besorgt?
A Thomas Kessler: Nein.
A Moderator: Genau das hätte ich auch gesagt. Wer mehr solcher Geschichten hören will, kann den Podcast übrigens abonnieren, aber jetzt erst einmal zurück zu Ihnen.
A Thomas Kessler: Genau.
R Diese Folge wird unterstützt von Nachtfalter Matratzen. Mit dem Code NACHT15 sparen Sie 15 Prozent.
R Hat Ihnen die Folge gefallen? Dann bewerten Sie uns mit fünf Sternen bei Apple Podcasts.
R Alle Folgen von „Nachtschicht“ finden Sie in der App und überall, wo es Podcasts gibt.
""",
    # ===== a German broadcaster's video page (Mediathek), full: menu, the video's title, duration and availability,
    # "Video verfügbar bis", the description, "Untertitel", "Als Nächstes", autoplay, more videos, footer
    "de_mediathek_video_full": """\
R Mediathek
R Startseite
R Sendungen A–Z
R Live
R Rubriken
R Suche
T Der letzte Fischer von Rügen
R Doku · 44 Min. · Video verfügbar bis 14.03.2027
R UT
R Merken
R Teilen
A Jens Bartels ist 71 und fährt noch immer jeden Morgen um vier Uhr auf die Ostsee hinaus. Er ist der letzte Berufsfischer in seinem Dorf.
A Die Quoten für Dorsch und Hering sind so klein geworden, dass er mit dem Fang kaum noch die Kosten für den Diesel deckt.
A Der Film begleitet ihn ein Jahr lang, vom Eis im Februar bis zu den Stürmen im November.
A Am Ende fragt ihn die Reporterin, ob er aufhören will. Seine Antwort: „Wenn das Boot aufhört.“
R Sendung vom 12.03.2026
R Als Nächstes
R Automatische Wiedergabe
R Die Insel im Winter
R 29 Min.
R Hiddensee – Leben ohne Autos
R 44 Min.
R Alle Videos der Sendung
R Kontakt
R Hilfe und Kontakt
R Impressum
R Datenschutz
""",
    # ===== a German news site's article built around a podcast episode, extract: the kicker, a byline and stamp, the
    # audio player's line, the article, a quote of one line, a list of the books discussed, the "Hören Sie die Folge"
    # sentence at the end, a teaser for the newsletter
    "de_artikel_podcast_extract": """\
T Literaturpodcast
T Drei Bücher für den Winter
R Von Miriam Hagedorn
R 02.12.2026, 06:00 Uhr
R Audio: 41 Minuten
A In der neuen Folge von „Seitenweise“ stellen die Kritikerinnen Ines Mohr und Lea Schaller drei Romane vor, die sich für lange Abende eignen.
A Mohr beginnt mit einem Klassiker, den viele nur aus der Schule kennen, und rät, ihn noch einmal mit fünfzig zu lesen.
A Die Bücher der Folge:
A Theodor Fontane: Effi Briest
A Jenny Erpenbeck: Kairos
A Daniel Kehlmann: Lichtspiel
A Schaller über Kehlmann: „Das beste Buch des Jahres.“
A Mohr widerspricht. Sie findet Erpenbecks Roman mutiger und meint, über ihn werde man in zwanzig Jahren noch sprechen.
T Die ganze Folge hören Sie im Player oben oder überall, wo es Podcasts gibt.
R Mehr zum Thema
R Seitenweise: Die Bücher des Sommers
R Newsletter: Jeden Freitag die besten Buchtipps – jetzt abonnieren
R Kommentare
""",
    # ===== a French public radio's episode page, full: menu, the show's name, the episode's title, its line with the
    # date and duration, "Écouter", the player's residue, the summary, the guests with their bios, the music played
    # ("Musique diffusée"), the books cited, the subscribe row, other episodes, footer
    "fr_radio_episode_full": """\
R Aller au contenu principal
R Radio Culture
R Podcasts
R Émissions
R Direct
R Se connecter
T La Grande Table des idées
T Pourquoi lisons-nous encore Proust ?
R Épisode du lundi 9 mars 2026 · 58 min
R Écouter
R Ajouter à ma liste
R Partager
R Télécharger
A Cent ans après la publication du Temps retrouvé, « À la recherche du temps perdu » reste l'un des romans les plus commentés au monde et l'un des moins lus jusqu'au bout.
A Pourquoi continue-t-on à s'y plonger, et qu'y cherchent les nouveaux lecteurs qui le découvrent sur les réseaux sociaux ?
A Avec :
A Claire Vasseur, professeure de littérature française à la Sorbonne
A Julien Marchetti, romancier, auteur de « Combray, année zéro » (Gallimard, 2025)
A Claire Vasseur : « On ne lit pas Proust, on le relit. »
A Références :
A Marcel Proust, Du côté de chez Swann, Grasset, 1913
A Jean-Yves Tadié, Marcel Proust, Gallimard, 1996
T Musique diffusée : Reynaldo Hahn, « À Chloris », interprété par Sabine Devieilhe
R Abonnez-vous au podcast sur Apple Podcasts, Spotify ou dans l'application Radio Culture.
R Tous les épisodes
R Faut-il encore lire Balzac ?
R Annie Ernaux, l'écriture comme un couteau
R Voir plus
R Mentions légales
R Gestion des cookies
R © Radio Culture 2026
""",
    # ===== a French podcast's episode page with its transcription, extract: the episode's title and number, the
    # transcript with speaker labels ("Journaliste :", "Léa Morel :"), short replies ("Voilà.", "Exactement."), the
    # host saying « abonnez-vous » inside her sentence, times in sentences, the sponsor, the credits, the rating
    "fr_transcription_extract": """\
T Épisode 34 – Le jour où j'ai quitté Paris
R 32 min · 4 février 2026
R Lire la transcription
A Journaliste : Léa, vous avez quitté Paris en 2021 pour un village de la Creuse. Qu'est-ce qui vous a décidée ?
A Léa Morel : Un soir, j'ai mis une heure et demie pour rentrer du travail. Je me suis dit : plus jamais.
A Journaliste : Et le village vous a bien accueillie ?
A Léa Morel : Pas tout de suite.
A Journaliste : Combien de temps ?
A Léa Morel : Deux hivers. Après le deuxième hiver, on m'a invitée au repas des anciens. Voilà.
A Journaliste : Exactement ce que me disait votre voisin hier à 18 heures, devant la mairie.
A Léa Morel : Il exagère toujours.
A Journaliste : Vous dites à vos amis parisiens « abonnez-vous au bus du marché, c'est la meilleure ligne de France ». C'est vrai ?
A Léa Morel : Exactement. Le mardi à 8 h 10, il y a tout le village dedans.
R Cet épisode vous est proposé par Rail Évasion. Profitez de -20 % sur vos billets avec le code EXODE.
R Réalisation : Tom Girard. Mixage : Inès Haddad. Musique originale : Paul Lenoir.
R Vous aimez ce podcast ? Laissez-nous 5 étoiles et un commentaire sur Apple Podcasts.
R Partager l'épisode
""",
    # ===== a French video page, full: menu, the video's title, views and date, buttons, the channel, the description
    # with its chapter list, a sentence asking what viewers think (the description's own), "À suivre", autoplay,
    # comments
    "fr_video_page_full": """\
R Accueil
R Explorer
R Abonnements
T Comment on fabrique un croissant (vraiment)
R 845 k vues · il y a 2 ans
R J'aime
R Partager
R Enregistrer
R Boulangerie Lenôtre TV
R 96,3 k abonnés
R S'abonner
A Pour faire un bon croissant, il faut trois jours, un beurre de tourage et beaucoup de patience.
A Notre chef, Bruno Carrel, meilleur ouvrier de France en 2015, montre chaque étape, du détrempe au façonnage.
A Chapitres :
A 0:00 Introduction
A 1:45 La détrempe
A 6:30 Le tourage
A 12:10 Le façonnage et la cuisson
A La recette complète avec les quantités est dans le livre de Bruno, « Le Pain des jours », page 112.
R Afficher moins
R 1 204 commentaires
R Ajouter un commentaire…
R @mamielucette il y a 1 an
R J'ai essayé trois fois, le troisième était parfait !
R Répondre
R À suivre
R Lecture automatique
R La vraie baguette de tradition
R Boulangerie Lenôtre TV
R 1,2 M vues · il y a 3 ans
""",
    # ===== a French news site's article built around a podcast, extract: a kicker, byline and stamp, "Écouter cet
    # article", the article's prose quoting the episode, a one-word answer quoted, the episode's references, "À
    # écouter aussi", the newsletter, copyright
    "fr_article_podcast_extract": """\
T PODCAST
T Les oubliés de la ligne 13
R Par Camille Duret
R Publié le 18 février 2026 à 07h00
R Écouter cet article
R 3 min
A Chaque matin, à 6 h 12, le premier métro de la ligne 13 quitte Saint-Denis–Université avec déjà plus de cent passagers à bord.
A Dans le troisième épisode de notre série « Terminus », nous avons suivi Aïcha, agente d'entretien, qui prend ce train depuis quinze ans.
A Est-ce qu'elle dort pendant le trajet ?
A « Jamais. »
A Elle lit, elle regarde les gens, elle compte les stations. Elle connaît le nom de chaque conducteur de la ligne.
A La RATP promet une meilleure fréquence depuis 2019. Sur les quais de La Fourche, personne n'y croit plus.
A Pour aller plus loin :
A Rapport de la Cour des comptes sur la ligne 13 (2023)
A « Le Métro de Paris », Jean Tricoire, La Vie du Rail, 1999
R À écouter aussi
R Terminus, épisode 2 : Les nuits du RER B
R Recevez chaque semaine nos podcasts dans votre boîte mail.
R S'inscrire à la newsletter
R © Le Quotidien 2026
""",
    # ===== a Spanish podcast's episode page, full: menu, the episode's number and title, its line with the duration,
    # the player's controls, the show notes, the chapter list, the guest's bio, the sponsor's read ("Este episodio
    # está patrocinado por"), the subscribe row, more episodes, footer
    "es_podcast_episodio_full": """\
R Ir al contenido
R Radio Ciencia
R Inicio
R Programas
R Podcasts
R Directo
R Iniciar sesión
T Episodio 58: ¿Por qué se están secando los acuíferos de Doñana?
R 15 de marzo de 2026 · 44 min
R Reproducir
R 1x
R Descargar
R Compartir episodio
A El acuífero que alimenta Doñana ha perdido en veinte años el agua que necesitaría un siglo para recuperar.
A Hablamos con la hidróloga Carmen Ruiz Alcázar sobre los pozos ilegales, el cultivo de fresa y lo que dicen los datos de los satélites.
A «El agua no se ve, y por eso nadie la defiende», dice Ruiz Alcázar.
A Índice del episodio:
A 00:00 Presentación
A 03:20 Qué es un acuífero
A 14:05 Los pozos ilegales
A 27:40 Qué se puede hacer
A Carmen Ruiz Alcázar es investigadora del CSIC y ha dirigido el estudio hidrológico del Parque Nacional durante doce años.
R Este episodio está patrocinado por Verde Seguros. Consigue un 10 % de descuento con el código CIENCIA.
R Suscríbete en Spotify, Apple Podcasts, iVoox o YouTube.
R Más episodios
R Episodio 57: El lince ibérico, veinte años después
R Episodio 56: Las abejas y el calor
R Aviso legal
R Política de cookies
R © 2026 Radio Ciencia
""",
    # ===== a Spanish interview transcript, extract: speaker labels, short answers ("Claro.", "Sí."), the host saying
    # "suscríbete" inside her sentence, times in sentences, the "transcripción automática" note, the sponsor, rating
    "es_entrevista_transcripcion_extract": """\
T Transcripción: «Cocinar para 400 personas cada día»
R Transcripción automática. Puede contener errores.
A PRESENTADORA: Hoy está con nosotros Jorge Albín, jefe de cocina del Hospital Clínico de Valencia. Jorge, ¿a qué hora empieza tu día?
A JORGE ALBÍN: A las cinco y media. A las siete ya tenemos los desayunos en los carros.
A PRESENTADORA: ¿Y cuántos menús distintos preparáis?
A JORGE ALBÍN: Treinta y dos. Sin sal, sin gluten, triturados, para diabéticos…
A PRESENTADORA: ¿Treinta y dos?
A JORGE ALBÍN: Sí.
A PRESENTADORA: Mi madre estuvo ingresada allí en 2024 y todavía habla de vuestras croquetas.
A JORGE ALBÍN: Claro. Son de mi abuela.
A PRESENTADORA: Pues a quien nos escuche le digo: suscríbete a tu mercado de barrio, que es donde Jorge compra el pescado cada mañana.
A JORGE ALBÍN: Eso es verdad.
R Este programa cuenta con el patrocinio de Aceites del Sur.
R ¿Te ha gustado? Valóranos con cinco estrellas en Apple Podcasts y compártelo con tus amigos.
R Escucha todos los episodios en nuestra web.
""",
    # ===== a Spanish video page, full: the site's menu, the video's title, views, buttons, the channel, the
    # description with its timestamps, a list of the ingredients in the description, "A continuación", autoplay,
    # comments, footer
    "es_video_receta_full": """\
R Inicio
R Explorar
R Suscripciones
T Tortilla de patatas perfecta en 20 minutos
R 2,3 M de visualizaciones · hace 1 año
R Me gusta
R Compartir
R Guardar
R Cocina con Lola
R 1,1 M de suscriptores
R Suscribirse
A La tortilla de mi abuela, paso a paso y sin trucos raros: solo patatas, huevos, cebolla y buen aceite.
A Ingredientes:
A 4 huevos
A 600 g de patatas
A 1 cebolla
A Aceite de oliva virgen extra
A 0:00 Intro
A 1:10 Cortar las patatas
A 5:30 Pochar a fuego lento
A 12:45 El momento de darle la vuelta
A Si os sale muy seca, bajad el fuego y dejadla un minuto menos.
R Mostrar menos
R 4.812 comentarios
R Añade un comentario...
R @pacoelcocinero hace 11 meses
R ¡Con cebolla siempre!
R Responder
R A continuación
R Reproducción automática
R Paella valenciana auténtica
R Cocina con Lola
R 3,1 M de visualizaciones
""",
    # ===== a Spanish newspaper's article built around its daily podcast, extract: the kicker, byline and stamp, the
    # player line, the article, a one-line answer, the sentence inviting to listen, "Escucha también", newsletter
    "es_articulo_podcast_extract": """\
T PODCAST | HOY EN LA CIUDAD
T El último afilador de Madrid
R Por Elena Sastre
R Madrid - 04 mar 2026 - 06:00 CET
R Escuchar
R 18:32
A Todos los martes, a las diez de la mañana, Manuel Carballo sale de su casa en Vallecas con la bicicleta y la piedra de afilar.
A Tiene 78 años y lleva más de sesenta recorriendo los mismos barrios con el mismo silbato de caña.
A ¿Queda trabajo?
A «Menos que antes, pero queda.»
A En el episodio de hoy lo acompañamos durante una mañana por Lavapiés, donde todavía hay tres restaurantes que le confían sus cuchillos.
A Carballo cobra cuatro euros por cuchillo y seis por unas tijeras, el mismo precio desde 2010.
T Puedes escuchar el episodio completo en el reproductor de arriba o en tu aplicación de podcasts.
R Escucha también
R El quiosquero de la calle Fuencarral
R Suscríbete a nuestra newsletter de podcasts
R © Ediciones El Diario S.L.
""",
    # ===== an Italian podcast's episode page, extract: the episode's number and title, the line with its duration,
    # the show notes, the chapter list, the guest, the books mentioned, the sponsor, the subscribe row, the rating
    "it_podcast_puntata_extract": """\
T Puntata 73 – Perché Venezia si sta svuotando
R 12 marzo 2026 · 41 min
R Ascolta ora
A Nel 1951 a Venezia vivevano 175.000 persone. Oggi sono meno di 50.000, e ogni anno il centro storico ne perde un altro migliaio.
A Ne parliamo con l'urbanista Giovanna Zen, che da vent'anni studia gli affitti brevi e il mercato delle case in laguna.
A «Non è il turismo a svuotare la città, è la casa che diventa un albergo», dice Zen.
A Capitoli:
A 00:00 Introduzione
A 05:12 I numeri dello spopolamento
A 18:40 Gli affitti brevi
A 31:05 Cosa si può fare
A Libri citati nella puntata:
A Salvatore Settis, Se Venezia muore, Einaudi, 2014
A Giovanna Zen, La città in affitto, Laterza, 2024
R Questa puntata è offerta da Librerie Laguna: usa il codice VENEZIA10 per uno sconto del 10%.
R Iscriviti al podcast su Spotify, Apple Podcasts o Google Podcasts.
R Ti è piaciuta la puntata? Lasciaci una recensione a cinque stelle.
R Condividi
""",
    # ===== a Portuguese podcast's episode page, full: menu, the episode's title, the line with the duration, the
    # player, the summary, the guest, the chapter list, a one-line quote, the sponsor, the subscribe row, other
    # episodes, footer
    "pt_podcast_episodio_full": """\
R Ir para o conteúdo
R Rádio Saber
R Início
R Programas
R Podcasts
R Entrar
T Episódio 29: Como se faz um vinho do Porto
R 8 de março de 2026 · 36 min
R Ouvir agora
R Descarregar
R Partilhar episódio
A Há mais de trezentos anos que as uvas descem o Douro para se transformarem em vinho do Porto nas caves de Vila Nova de Gaia.
A Neste episódio visitamos uma quinta no Pinhão durante a vindima e conversamos com a enóloga Ana Rita Correia.
A «O vinho do Porto faz-se com paciência e com o rio», diz Correia.
A Capítulos:
A 00:00 Abertura
A 04:25 A vindima nos socalcos
A 16:50 A lagarada
A 27:15 As caves de Gaia
A Ana Rita Correia é enóloga há dezoito anos e dirige a produção de uma das mais antigas casas do Douro.
R Este episódio é patrocinado pela Livraria Lello. Use o código SABER para 10% de desconto.
R Subscreva o podcast no Spotify, na Apple Podcasts ou no YouTube.
R Mais episódios
R Episódio 28: O bacalhau que vem da Noruega
R Episódio 27: A azulejaria de Lisboa
R Política de privacidade
R © 2026 Rádio Saber
""",
    # ===== a Dutch podcast's episode page, extract: the episode's title and number, its line with the duration, the
    # show notes, the guest, a chapter list, a short quote, the books mentioned, the sponsor, the subscribe row, rating
    "nl_podcast_aflevering_extract": """\
T Aflevering 112: Waarom de Afsluitdijk nooit af is
R 10 maart 2026 · 49 min
R Luister nu
A De Afsluitdijk is bijna honderd jaar oud en wordt al zes jaar lang versterkt, voor ruim een half miljard euro.
A In deze aflevering praten we met waterbouwkundige Pieter Hoekstra over stormen, zeespiegelstijging en de vraag of een dijk ooit klaar is.
A „Een dijk is nooit af. Hij is hooguit even goed genoeg", zegt Hoekstra.
A Hoofdstukken:
A 00:00 Intro
A 06:15 De bouw in 1932
A 19:30 Wat de zee doet
A 34:50 De dijk van de toekomst
A Boeken uit deze aflevering:
A Geert Mak, Hoe God verdween uit Jorwerd
A Pieter Hoekstra, Achter de dijk
R Deze aflevering wordt mogelijk gemaakt door Fietsen Friesland.
R Abonneer je op de podcast via Spotify, Apple Podcasts of je favoriete podcastapp.
R Vind je deze aflevering leuk? Geef ons vijf sterren!
R Deel deze aflevering
""",
}

#: residue left on purpose, by page, each with why
RESIDUE_LEFT: dict[str, int] = {}

#: article lines a page is known to lose
KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
