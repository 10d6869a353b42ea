# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""podcast50: a probe of podcast and video episode pages, and articles built around an episode, scraped as text (half
as an extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt and nl: an interview
podcast's episode page, a network's episode page, a transcript page, a video page, a paper's article around its
episode, a book podcast (en); a broadcaster's episode and Mediathek video, a transcript, an article around a
literature podcast (de); a radio's episode page, a transcript, a video page, an article around a series (fr); an
episode page, a transcript, a recipe video, an article around the daily podcast (es); episode pages (it, pt, nl).

- the article (``A``): the show notes, chapter lists that tell the episode's content ("00:00 Intro", "12:34 Why
  rates rose so fast", their label "Chapters:" / "Kapitel:" / "Índice del episodio:"), the guests and their bios,
  the books the episode discusses (titles and authors as short lines, under "Books mentioned in this episode:"), the
  links and references it mentions, transcripts with speaker labels and short turns ("HOST: Right.", "Thomas Kessler:
  Nein.", "Léa Morel : Pas tout de suite."), the host saying "subscribe" or "listen" inside a sentence ("I tell people
  to subscribe to their bank's rate alerts …", "abonnez-vous au bus du marché"), one-word answers quoted
  ("“Always.”", "« Jamais. »"), times in sentences ("At 4:15 a.m. …", "à 6 h 12");
- the residue (``R``): menus and footers, the episode's data row ("Season 4 · Episode 87 · 52 min · Mar 3, 2026"),
  the player's controls ("Play", "1x", "-15", "00:00 / 52:14"), "Listen now", "Download MP3", share and subscribe
  rows ("Subscribe on Apple Podcasts | Spotify | YouTube", "Suscríbete en Spotify, …"), sponsor reads ("This episode
  is brought to you by …", "Questa puntata è offerta da …"), rating prompts ("Rate us 5 stars", "Geef ons vijf
  sterren!"), the transcript's notice and links ("This transcript was generated automatically …", "Back to
  episode"), a video page's counts, channel row, "Up next" / autoplay and comments, other episodes' boxes;
- ``T``: the episode's title, a show's name over it, "Chapters" alone, a timestamp alone ("[00:00:00]"), a radio
  page's "Musique diffusée : …", an article's closing line pointing at the player ("Listen to the full episode above,
  or subscribe to Overnight wherever you get your podcasts.").

- round 1, blind (written before reading the passes): 21 pages (11 extracts, 10 full pages), 197 ``A`` lines, 292
  ``R``, 31 ``T``. Measured on base 92117c2c: lost 4, left 54. Lost: fr "Pour aller plus loin :" over the episode's
  references with the references (teaser-box's heading), en "Houten municipality: traffic plan of 1994 (PDF)" under
  "Links mentioned in this episode:" (site-chrome's download link). Left: sponsor reads whose offer holds a figure
  (the news-sentence guard: "Open an account … and earn 4.1% APY."), sponsor reads and prompts under the show notes'
  last list (call-to-action's colon-list guard), rating prompts (en, de, fr, it, nl), subscribe rows (es, fr),
  episodes' data rows, video views and counts, comment counts with thousands (fr, es) and the comments under them,
  "Ascolta ora", "Luister nu", "Lire la transcription", "Back to episode", the transcript's notice, "Escucha
  también" and "À écouter aussi" boxes, de "Sendung vom …", the other episodes' boxes.
- after: lost 1, left 9 (``KNOWN_LOST``, ``RESIDUE_LEFT``, each with why).
- round 2, after the changes, aimed at them: 6 pages (4 extracts, 2 full), 48 ``A``, 52 ``R``, 7 ``T``: an article
  about podcast advertising quoting sponsor reads and rating calls in its sentences, a read with no capitalised
  sponsor, "Further listening:" over references closing on years, "Books discussed:" at its tail, then a real read,
  prompt, data row and views line; de a data row in another order, a sentence with a length and a date, "„Hat Ihnen
  die Sitzung gefallen?“", "Die Bücher der Folge:" with a du-form prompt under it; fr a references box and a second
  "Pour aller plus loin :" box of the site's headlines, sentences with « vues », « transcription », « Abonnez-vous »;
  es a video page with views in "mil", comments in thousands, "Escucha también" and "cuenta con el patrocinio" in
  sentences; it and nl transcripts where the host asks "Ti è piaciuta la puntata …?" / "vind je deze aflevering leuk
  …?" and says "Ascolta ora" / "Luister nu" inside a sentence, an it transcript notice over its first timestamp. On
  base 92117c2c: lost 3 (the fr references and their heading), left 26. After: lost 0, left 0.

The changes:

- ``cleaner/passes/edge_podcast.py`` (compiled, ``setup.py``):
  ``sponsor_read`` (table ``promos.sponsor_read``, any language: the opening of a sponsor read, "This episode is
  brought to you by X", "Diese Folge wird unterstützt von X", "Cet épisode vous est proposé par X", "Este episodio
  está patrocinado por X", "Questa puntata è offerta da X", "Este episódio é patrocinado pela X", "Deze aflevering
  wordt mogelijk gemaakt door X"), read only of a line a call's table took: the vocabulary group's news-sentence guard
  (``base.VocabGroup._spare``) no longer reads the read's offer as news, and call-to-action's ``spared`` no longer
  keeps the read as an item of the list over it; ``call_under_fragments`` (call-to-action's ``spared``): a call of a
  sentence of eight words or more under a colon's list whose items (two or more) close no sentence (titles,
  chapters) is no item of it (a how-to's steps are sentences: kept as before); ``cites_sources`` (teaser-box's guard on
  its heading): a heading closing on a colon over two references each closing on its year (", 1999", "(2023)") is
  the article's sources; ``chapter_list_tail`` (edge-furniture's guard at the tail): a chapter list from 0:00, three
  lines or more in rising times with words after them, and its short label, stays where it closes the notes (found by
  eqdiff: with the sponsor read under it gone, redteam15's "Chapters" / "(00:00) Intro" went with the run);
  ``sentences_note`` (copyright's guard for a book's detail): a notice of two sentences and twelve words or more is
  no translator's credit between a book and its year (the transcript's notice under its title, over "[00:00:00]").
- tables, each in a ``# podcast50:`` block at its list's end: ``widgets.chrome`` (any language) an episode's or a
  video's data row of two to five fields parted by spaced dots or bars, a length and a year among them; en
  ``widgets.chrome`` "Back to episode", "Read the transcript"; fr "Lire la transcription"; it "Ascolta ora"; nl
  "Luister nu"; ``widgets.social`` views (en "1.2M views · 3 years ago", fr "1,2 M vues · il y a 3 ans", es "2,3 M de
  visualizaciones · hace 1 año", es subscribers); ``promos.cta`` rating prompts, a question and its call (en, de, fr,
  it, nl; en "Rate us five stars on Spotify" and fr "Laissez-nous 5 étoiles …" alone, naming the app or the stars), en
  "Support the show on Patreon and …" (the bare line is site-chrome's, as before), de "Alle Folgen … finden Sie in
  der App …", es "Este programa cuenta con el patrocinio de X.", "Escucha todos los episodios en nuestra web.";
  ``signup.newsletter`` the subscribe rows naming the apps (fr, es); ``promos.heading`` fr "À écouter aussi", es
  "Escucha también"; ``comments.section_weak`` fr and es counts with thousands ("1 204 commentaires", "4.812
  comentarios"); de ``metadata.dateline`` "Sendung vom 12.03.2026"; it ``credits.syndication`` the transcript's
  notice; ``structure.reading_heading`` (keeps, removes nothing) the episode's book lists' headings in the seven
  languages. Each removing entry has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

No retag after the blind round.

``python tests/test_podcast50.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== an English article about podcast advertising, extract: the article quotes sponsor reads and rating prompts
    # inside its sentences (a quoted read, a host's "rate us" told as news, "brought to you by" with no capitalised
    # sponsor), a list of sources closing on years under "Further listening:", the books the piece discusses under
    # "Books discussed:" at its tail; then a real sponsor read and a real rating prompt, a data row and a views line
    "en_podcast_ads_article_extract": """\
T The voice that sells: how podcast hosts became the best salespeople in media
R By Dana Whitcombe
R March 20, 2026
A Podcast advertising in the United States passed $2.5 billion last year, and most of it is read aloud by the hosts themselves.
A “This episode is brought to you by Harbor Savings,” one finance host read at the top of every show in 2024, and the bank says it paid $4,000 a week.
A Listeners trust the read because they trust the voice, said Priya Natarajan, who studies audio advertising at Northwestern.
A This episode is brought to you by a team of four people working from a kitchen in Leeds, one host jokes every week, and it is true.
A Rate us five stars, the hosts beg, and the stars matter: the apps rank shows by them.
A Natarajan's study found that a host-read ad is remembered twice as often as a produced spot.
A Further listening:
A The Business of Podcasts, episode 12 (2025)
A Audio Advertising Report, Interactive Advertising Bureau, 2026
A Books discussed:
A Amusing Ourselves to Death by Neil Postman
A The Attention Merchants by Tim Wu
R This episode is brought to you by Harbor Savings. Open an account in five minutes and earn 4.1% APY.
R Enjoying the show? Rate us 5 stars on Apple Podcasts and leave a review.
R Season 2 · Episode 14 · 41 min · Feb 3, 2026
R 312K views · 2 weeks ago
""",
    # ===== a German broadcaster's podcast page, full: the data row in another order, the air date, the episode's
    # article with a line of its own that names a duration and a date in a sentence, a chapter list, a rating prompt,
    # the other episodes under "Mehr Folgen", footer
    "de_podcast_staffel_full": """\
R Zum Inhalt springen
R Podcasts
R Startseite
R Suche
T Staffel 2, Folge 14: Der Streit um die Windräder
R Staffel 2 · Folge 14 · 41 Min. · 03.02.2026
R Sendung vom 03.02.2026
R Abspielen
A In einem Dorf in der Uckermark sollen zwölf neue Windräder gebaut werden, und das Dorf ist darüber zerstritten.
A Die Bürgermeisterin hat in 41 Minuten Sitzung am 3. Februar 2026 versucht, beide Seiten an einen Tisch zu bringen.
A „Hat Ihnen die Sitzung gefallen?“, fragte sie am Ende. Niemand antwortete.
A Kapitel:
A 00:00 Das Dorf
A 12:40 Die Sitzung
A 30:15 Was jetzt passiert
A Die Bücher der Folge:
A Juli Zeh: Unterleuten
A Dörte Hansen: Mittagsstunde
R Hat dir die Folge gefallen? Dann bewerte uns mit fünf Sternen und empfiehl uns weiter.
R Diese Folge wird unterstützt von Nordwind Energie. Mit dem Code WIND20 sparen Sie 20 Euro.
R Alle Folgen finden Sie in der Audiothek und überall, wo es Podcasts gibt.
R Impressum
R Datenschutz
""",
    # ===== a French radio's episode page, extract: "Pour aller plus loin :" over references closing on their years
    # and a second "Pour aller plus loin :" box with the site's headlines, "À écouter aussi" with its episodes, the
    # article's sentences with « vues », « transcription » and « abonnez-vous », the data row and a views line
    "fr_emission_references_extract": """\
T Le jour où la Seine a débordé
R Épisode du mardi 3 février 2026 · 52 min
R Écouter
A En janvier 1910, la Seine est montée de plus de huit mètres et a inondé Paris pendant près de deux mois.
A Les photographies de l'époque ont dépassé 1,2 million de vues sur le site des Archives, selon leur directeur.
A Il a fallu lire la transcription des débats du conseil municipal pour comprendre pourquoi les digues ont cédé.
A « Abonnez-vous au bulletin de la préfecture », conseillait alors une affiche collée sur les quais.
A Pour aller plus loin :
A Alfred Picard, Rapport sur la crue de la Seine, Imprimerie nationale, 1910
A Jeffrey Jackson, Paris sous les eaux, Éditions de l'Aube (2010)
R Vous aimez cette émission ? Laissez-nous 5 étoiles sur Apple Podcasts.
R Abonnez-vous au podcast sur Spotify, Deezer ou dans l'application Radio Culture.
R À écouter aussi
R La crue de 2016 racontée par les pompiers
R Pour aller plus loin :
R Inondations : les communes les plus exposées
R Les zones inondables d'Île-de-France en carte
""",
    # ===== a Spanish video page, full: views with "mil", comments counted in thousands, the video's description with
    # a sentence naming views and subscribers, "Escucha también" in the description's sentence, the channel's row,
    # the subscribe row, a sponsor's patronage and a comment
    "es_video_documental_full": """\
R Inicio
R Explorar
R Suscripciones
T Doñana desde el aire: el documental completo
R 845 mil visualizaciones · hace 3 meses
R Me gusta
R Compartir
R Naturaleza Viva
R 1,1 M de suscriptores
R Suscribirse
A Durante un año sobrevolamos Doñana con un dron para ver cómo cambian las marismas entre el invierno y el verano.
A El primer vídeo de la serie superó los 2,3 millones de visualizaciones en una semana, y muchos nos pedisteis este.
A Escucha también a los guardas del parque: ellos cuentan lo que no se ve desde el aire.
A Este documental cuenta con el patrocinio de una fundación local desde 2019, y lo agradecemos.
A 0:00 Invierno
A 8:20 Primavera
A 17:45 Verano
R Este programa cuenta con el patrocinio de Seguros del Sur.
R Suscríbete en YouTube, Spotify o iVoox.
R 12.408 comentarios
R Añade un comentario...
R @marisma_viva hace 2 meses
R Precioso trabajo.
R Responder
""",
    # ===== an Italian and a Dutch transcript, extract each: the host asks the guest whether she liked an episode in
    # the transcript's own words, "Ascolta ora" in a sentence, the notice over the first timestamp, a rating prompt and
    # a sponsor read at the tail
    "it_trascrizione_extract": """\
T Trascrizione – Puntata 74: Le maree di Venezia
R Questa trascrizione è stata generata automaticamente e può contenere errori. Vi preghiamo di verificare l'audio.
T [00:00:00]
A CONDUTTRICE: Ti è piaciuta la puntata della settimana scorsa? Ce l'hanno chiesto in tanti.
A GIOVANNA ZEN: Sì, molto. Soprattutto la parte sugli affitti brevi.
A CONDUTTRICE: Ascolta ora questo numero: nel 2025 sono stati 187 i giorni di acqua alta.
A GIOVANNA ZEN: Esatto.
A CONDUTTRICE: E il Mose quante volte si è alzato?
A GIOVANNA ZEN: Sessantadue.
R Ti è piaciuta la puntata? Lasciaci una recensione a cinque stelle su Spotify.
R Questa puntata è sponsorizzata da Libreria Acqua Alta. Con il codice MAREA ricevi il 15% di sconto.
R Ascolta ora
""",
    "nl_transcriptie_extract": """\
T Transcriptie: Aflevering 113 – De Zuiderzee
R 17 maart 2026 · 46 min
R Luister nu
A PRESENTATOR: Pieter, vind je deze aflevering leuk om te maken? Je bent er al drie keer geweest.
A PIETER HOEKSTRA: Ja. Het is mijn favoriete plek.
A PRESENTATOR: Luister nu eens naar dit geluid: dat is de sluis bij Den Oever, om 6 uur 's ochtends.
A PIETER HOEKSTRA: Precies.
A PRESENTATOR: Hoeveel schepen gaan er per dag doorheen?
A PIETER HOEKSTRA: Een stuk of tweehonderd.
R Vind je deze aflevering leuk? Geef ons vijf sterren en deel hem met je vrienden!
R Deze aflevering wordt mogelijk gemaakt door Watersport Friesland. Gebruik de code DIJK voor 10% korting.
R Abonneer je op de podcast via Spotify of Apple Podcasts.
""",
}

#: residue left on purpose, by page, each with why
RESIDUE_LEFT: dict[str, int] = {
    # the video's next-up box under "Als Nächstes" / "Automatische Wiedergabe" (edge-furniture took both): its titles
    # with their lengths ("Die Insel im Winter" / "29 Min.") and "Alle Videos der Sendung" read as a heading over rows
    # of data; "Als Nächstes" heads a schedule's next item elsewhere, as "Up next" does (en keeps it out of the tables)
    "de_mediathek_video_full": 5,
    # "Mehr Folgen" over the other episodes goes as a site's link (site-chrome) before teaser-box reads it as a box's
    # heading: the two episodes' titles under it ("Folge 210: Was kostet die Energiewende?") stay
    "de_podcast_folge_full": 2,
    # "Télécharger" (a bare imperative, in no table on purpose) between the kept question headline ("Pourquoi
    # lisons-nous encore Proust ?", a sentence to inner_headings) and the first paragraph reads as a subheading; on the
    # base the episode's data row, kept, stood between and the run took it
    "fr_radio_episode_full": 1,
    # a podcast's crew credits ("Réalisation : … Mixage : … Musique originale : …") read as a reviewed work's credits
    # (metadata.work_credit), which stay
    "fr_transcription_extract": 1,
}

#: article lines a page is known to lose
KNOWN_LOST: dict[str, list[str]] = {
    # a link the episode mentions, named by its file's type ("… (PDF)"): site-chrome's download link (widgets.chrome);
    # its list under "Links mentioned in this episode:" closes the show notes over the page's teasers, with no
    # paragraph under it (latam43's listed_under_sentence asks one), as a footer's "Downloads:" list stands
    "en_network_episode_full": ["Houten municipality: traffic plan of 1994 (PDF)"],
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an episode's notes per language, the residue line put before or after them
TEXT = {
    "en": [
        "This week we sit down with economist Maria Lopez to talk about the fastest rise in mortgage rates in forty years.",
        "Maria explains how the central bank's decisions travel to your monthly payment, and what first-time buyers can do.",
        "We also talk about her years at the Federal Reserve and the one chart she checks every single morning.",
    ],
    "de": [
        "Lange galt Leipzig als die günstige Alternative zu Berlin, doch inzwischen steigen die Mieten dort besonders schnell.",
        "Im Gespräch mit der Stadtforscherin Jana Weidlich geht es darum, wer in die Stadt zieht und warum kaum gebaut wird.",
        "Weidlich erklärt außerdem, was die Mietpreisbremse in den vergangenen Jahren tatsächlich gebracht hat.",
    ],
    "fr": [
        "Cent ans après sa publication, le roman reste l'un des plus commentés au monde et l'un des moins lus jusqu'au bout.",
        "Pourquoi continue-t-on à s'y plonger, et qu'y cherchent les nouveaux lecteurs qui le découvrent aujourd'hui ?",
        "Nos deux invités, une professeure et un romancier, racontent leur première lecture et ce qu'il en est resté.",
    ],
    "es": [
        "El acuífero que alimenta Doñana ha perdido en veinte años el agua que necesitaría un siglo para recuperar.",
        "Hablamos con la hidróloga Carmen Ruiz Alcázar sobre los pozos ilegales, el cultivo de fresa y los satélites.",
        "Ruiz Alcázar explica también qué medidas podrían frenar la pérdida de agua en los próximos diez años.",
    ],
    "it": [
        "Nel 1951 a Venezia vivevano centosettantacinquemila persone, oggi sono meno di cinquantamila abitanti.",
        "Ne parliamo con l'urbanista Giovanna Zen, che da vent'anni studia gli affitti brevi e il mercato delle case.",
        "Secondo Zen la città si svuota perché ogni anno centinaia di appartamenti diventano alloggi per i turisti.",
    ],
    "pt": [
        "Há mais de trezentos anos que as uvas descem o Douro para se transformarem em vinho do Porto nas caves de Gaia.",
        "Neste episódio visitamos uma quinta no Pinhão durante a vindima e conversamos com a enóloga Ana Rita Correia.",
        "Correia explica porque é que o vinho do Porto precisa de tanto tempo e de tanta paciência para ficar pronto.",
    ],
    "nl": [
        "De Afsluitdijk is bijna honderd jaar oud en wordt al zes jaar lang versterkt, voor ruim een half miljard euro.",
        "In deze aflevering praten we met waterbouwkundige Pieter Hoekstra over stormen en de stijgende zeespiegel.",
        "Hoekstra legt uit waarom een dijk eigenlijk nooit af is en hoe de dijk van de toekomst eruit zal zien.",
    ],
}

_CH, _SO, _CTA, _NL, _DL, _TB = "site-chrome", "social-buttons", "call-to-action", "newsletter-prompt", "dateline", "teaser-box"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Season 4 · Episode 87 · 52 min · Mar 3, 2026", _CH),
    ("en", "1.2M views · 3 years ago", _SO),
    ("en", "804K views", _SO),
    ("en", "Back to episode", _CH),
    ("en", "Read the transcript", _CH),
    ("en", "Enjoying the show? Rate us 5 stars on Apple Podcasts and leave a review. It really helps new listeners find us.", _CTA),
    ("en", "Rate us five stars on Spotify", _CTA),
    ("en", "Support the show on Patreon and get bonus episodes every month.", _CTA),
    ("en", "This episode is brought to you by Harbor Savings. Open an account in five minutes and earn 4.1% APY. Visit harborsavings.com/money.", _CTA),
    ("de", "Wirtschaft erklärt · 38 Min. · 14.03.2026", _CH),
    ("de", "Doku · 44 Min. · Video verfügbar bis 14.03.2027", _CH),
    ("de", "Sendung vom 12.03.2026", _DL),
    ("de", "Hat Ihnen die Folge gefallen? Dann bewerten Sie uns mit fünf Sternen bei Apple Podcasts.", _CTA),
    ("de", "Alle Folgen von „Nachtschicht“ finden Sie in der App und überall, wo es Podcasts gibt.", _CTA),
    ("de", "Diese Folge wird unterstützt von Nachtfalter Matratzen. Mit dem Code NACHT15 sparen Sie 15 Prozent.", _CTA),
    ("fr", "Épisode du lundi 9 mars 2026 · 58 min", _CH),
    ("fr", "1,2 M vues · il y a 3 ans", _SO),
    ("fr", "Lire la transcription", _CH),
    ("fr", "Vous aimez ce podcast ? Laissez-nous 5 étoiles et un commentaire sur Apple Podcasts.", _CTA),
    ("fr", "Abonnez-vous au podcast sur Apple Podcasts, Spotify ou dans l'application Radio Culture.", _NL),
    ("fr", "Cet épisode vous est proposé par Rail Évasion. Profitez de -20 % sur vos billets avec le code EXODE.", _CTA),
    ("es", "2,3 M de visualizaciones · hace 1 año", _SO),
    ("es", "1,1 M de suscriptores", _SO),
    ("es", "Este programa cuenta con el patrocinio de Aceites del Sur.", _CTA),
    ("es", "Escucha todos los episodios en nuestra web.", _CTA),
    ("es", "Suscríbete en Spotify, Apple Podcasts, iVoox o YouTube.", _NL),
    ("es", "Este episodio está patrocinado por Verde Seguros. Consigue un 10 % de descuento con el código CIENCIA.", _CTA),
    ("it", "Ti è piaciuta la puntata? Lasciaci una recensione a cinque stelle.", _CTA),
    ("it", "Ascolta ora", _CH),
    ("it", "Questa puntata è offerta da Librerie Laguna: usa il codice VENEZIA10 per uno sconto del 10%.", _CTA),
    ("pt", "Este episódio é patrocinado pela Livraria Lello. Use o código SABER para 10% de desconto.", _CTA),
    ("nl", "Vind je deze aflevering leuk? Geef ons vijf sterren!", _CTA),
    ("nl", "Luister nu", _CH),
    ("nl", "Deze aflevering wordt mogelijk gemaakt door Fietsen Friesland.", _CTA),
]

#: (language, a sentence with the added rules' words)
STAYS = [
    ("en", "The first season drew 1.2M views in three years, far more than the network had hoped for."),
    ("en", "She went back to the episode she had missed and read the transcript twice before calling him."),
    ("en", "He asked whether we were enjoying the show, and we said yes, though the second act dragged."),
    ("en", "Fans who support the show on Patreon paid for the new studio, the host said in 2024."),
    ("en", "This episode is brought to you by a team of four people working from a kitchen in Leeds."),
    ("de", "Die Sendung vom 12.03.2026 wurde nach Beschwerden aus der Mediathek genommen."),
    ("de", "Hat Ihnen die Folge gefallen? Das wollten wir von unseren Hörerinnen wissen, und die Antworten waren deutlich."),
    ("de", "Alle Folgen der Serie haben wir an einem Wochenende gesehen, ohne die App ein einziges Mal zu schließen."),
    ("fr", "Le nombre de vues a dépassé 1,2 million en trois ans, selon la chaîne, qui ne s'y attendait pas."),
    ("fr", "Vous aimez ce podcast ? Moi aussi, et je l'écoute chaque matin dans le bus de 8 h 10."),
    ("fr", "Il a fallu lire la transcription de l'audience pour comprendre ce qui s'était passé ce soir-là."),
    ("fr", "Abonnez-vous au podcast sur Spotify, m'a conseillé ma fille, et j'ai fini par le faire."),
    ("es", "La serie sumó 2,3 millones de visualizaciones en su primer año, según la plataforma."),
    ("es", "Este programa cuenta con el patrocinio de una fundación local desde 2019, explicó su directora."),
    ("es", "Escucha también a tu cuerpo, me dijo el médico, y descansa más de lo que crees necesario."),
    ("es", "Suscríbete en Spotify, me dijo mi hermano, y escucharás el programa entero en el coche."),
    ("it", "Ti è piaciuta la puntata? Me lo chiedeva mia madre ogni domenica, per vent'anni."),
    ("it", "Ascolta ora il silenzio della laguna, mi disse il nonno indicando l'acqua ferma."),
    ("pt", "Este episódio é patrocinado por uma fundação local, disse o produtor na apresentação."),
    ("nl", "Vind je deze aflevering leuk? Dat vroeg mijn dochter na elke uitzending van het programma."),
    ("nl", "Luister nu eens naar wat de dijkgraaf te zeggen heeft, zei Hoekstra tegen de wethouder."),
    ("en", "Season 4 ran 52 min an episode from March 3, 2026, and was the network's most watched show."),
    ("fr", "Les 1 204 commentaires publiés sous la vidéo ont été analysés par deux chercheurs de Lyon."),
    ("fr", "À écouter aussi, le concert de clôture enregistré à Aix en juillet dernier."),
    ("fr", "« Laissez-nous cinq étoiles », a supplié le patron du restaurant, et les clients ont ri."),
    ("es", "Los 4.812 comentarios de la receta discuten si la tortilla lleva cebolla o no."),
    ("es", "El canal pasó de 1,1 millones de suscriptores a trescientos mil en un solo año."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- edge_podcast.cites_sources: a teaser's heading over the episode's references ------------------------------------


def test_references_under_a_teasers_heading_stay_and_a_box_of_headlines_still_goes() -> None:
    fr = TEXT["fr"]
    refs = ["Pour aller plus loin :", "Rapport de la Cour des comptes sur la ligne 13 (2023)",
            "« Le Métro de Paris », Jean Tricoire, La Vie du Rail, 1999"]
    lost_lines, gone = kept([*fr, *refs])
    assert lost_lines == [], gone
    # (the site's teasers under the same heading close on no year: they go)
    box = ["Pour aller plus loin :", "Terminus, épisode 2 : Les nuits du RER B", "Les oubliés du métro de Lyon"]
    lost_lines, gone = kept([*fr, *box])
    assert lost_lines == box, gone
    # (one reference is no list of sources: a headline with its year in brackets under it goes with its box)
    box = ["Pour aller plus loin :", "Rapport de la Cour des comptes (2023)", "Les oubliés du métro de Lyon"]
    lost_lines, gone = kept([*fr, *box])
    assert lost_lines == box, gone


# -- edge_podcast.call_under_fragments: a prompt under the show notes' last list ----------------------------------------


def test_a_prompt_under_the_show_notes_list_goes_and_a_how_tos_step_stays() -> None:
    prompt = "Hat dir die Folge gefallen? Dann bewerte uns mit fünf Sternen und empfiehl uns weiter."
    books = ["Die Bücher der Folge:", "Juli Zeh: Unterleuten", "Dörte Hansen: Mittagsstunde"]
    lost_lines, gone = kept([*TEXT["de"], *books, prompt])
    assert lost_lines == [prompt] and ("call-to-action", prompt) in gone, gone
    # (a how-to's steps under its colon, sentences each: the call among them is a step, as before)
    steps = ["To get the flood alerts on your phone:", "Open the Settings app.",
             "Download the app and allow it to send you notifications.", "Choose your town from the list."]
    en = TEXT["en"]
    lost_lines, gone = kept([en[0], *steps, en[1], en[2]])
    assert lost_lines == [], gone


# -- edge_podcast.chapter_list_tail: an episode's chapter list closing the show notes --------------------------------


_FOOTER = ["Share episode", "Download MP3", "Transcript", "Privacy Policy", "Terms"]


def test_a_chapter_list_closing_the_notes_stays_and_a_next_up_box_goes() -> None:
    en = TEXT["en"]
    chapters = ["Chapters", "(00:00) Intro", "(02:14) How Maria became an economist", "(12:34) Why rates rose so fast",
                "(38:50) Advice for first-time buyers"]
    read = "This episode is sponsored by Velo Insurance. Get 20% off your first year at velo.example/longgame."
    lost_lines, gone = kept([*en, *chapters, read, *_FOOTER])
    assert lost_lines == [read, *_FOOTER], gone
    lost_lines, gone = kept([*en, *chapters, *_FOOTER])
    assert lost_lines == _FOOTER, gone
    # (a next-up box's titles over their lengths still go with the footer)
    up_next = ["Up next", "How Tall Ships Navigate Without GPS", "12:41", "The Hidden Physics of Waves", "18:09"]
    lost_lines, gone = kept([*en, *up_next, *_FOOTER])
    assert {"Up next", "How Tall Ships Navigate Without GPS", "12:41", "18:09", *_FOOTER} <= set(lost_lines), gone


# -- structure.reading_heading: an episode's list of the books it discusses --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "books"),
    [
        ("en", "Books mentioned in this episode:", ["Lords of Finance by Liaquat Ahamed", "The Great Crash by John Kenneth Galbraith"]),
        ("de", "Die Bücher der Folge:", ["Theodor Fontane: Effi Briest", "Jenny Erpenbeck: Kairos", "Daniel Kehlmann: Lichtspiel"]),
        ("it", "Libri citati nella puntata:", ["Se Venezia muore, Salvatore Settis", "La città in affitto, Giovanna Zen"]),
        ("nl", "Boeken uit deze aflevering:", ["Hoe God verdween uit Jorwerd, Geert Mak", "Achter de dijk, Pieter Hoekstra"]),
    ],
)
def test_the_books_an_episode_discusses_stay_at_its_tail(lang: str, heading: str, books: list[str]) -> None:
    page = [*TEXT[lang], heading, *books]
    lost_lines, gone = kept([*page, "Share episode", "Download MP3", "Privacy"])
    assert [line for line in lost_lines if line in page] == [], gone


# -- edge_podcast.sentences_note: a transcript's notice over its first timestamp ---------------------------------------


def test_a_transcripts_notice_over_its_first_timestamp_goes_and_a_books_translator_stays() -> None:
    notice = "This transcript was generated automatically and may contain errors. Please check the audio before quoting."
    lines = ["Transcript: Episode 142 — Why Your Mortgage Rate Rose", notice, "[00:00:00]", *TEXT["en"]]
    _lost, gone = kept(lines)
    assert ("copyright", notice) in gone
    # (a book's translator between the book and its details stays, as before)
    books = [TEXT["en"][0], "The Master and Margarita by Mikhail Bulgakov", "Translated by Michael Glenny",
             "Penguin, 2016", TEXT["en"][1], TEXT["en"][2]]
    lost_lines, gone = kept(books)
    assert "Translated by Michael Glenny" not in lost_lines, gone


if __name__ == "__main__":
    report(CASES)
