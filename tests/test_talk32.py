# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""talk32: a probe of interviews, transcripts, Q&A, speeches, parliamentary minutes and podcast show notes, scraped as
text (half as an extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt, nl, pl and
sv: the genre whose article is made of SHORT lines that look like residue.

- the article: Q&A interviews ("Q:" / "A:", "Frage:" / "Antwort:", "Question :" / "Réponse :", "P." / "R.", speaker
  labels "SPIEGEL:", "Berger:", "PROSECUTOR:", "WITNESS:"), one-word answers ("No.", "Ja.", "Nein.", "Oui, longtemps.",
  "Talvez."), the closing thanks ("Thank you.", "Dziękuję.", "Tack.", "Merci."), transcripts with timestamps ("[00:01:33]
  MAYOR JONES: Yes."), a podcast's own show notes (its topics under their timestamps, "03:15 – Why rates rose"), speeches
  with the audience's response ("Thank you very much. (Applause)", "(Beifall bei der CDU/CSU)", "(Aplausos)"), minutes of
  a parliament and a town council, a press conference, court testimony;
- the residue: the player widget ("Listen to this episode", "0:00 / 47:12", "Play", "Download MP3", "Subscribe on Apple
  Podcasts | Spotify | RSS"), "Transcript generated automatically and may contain errors.", "Share this episode", "More
  episodes" and the other episodes under it, newsletter boxes, bylines, dates, comments, copyright tails.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, and it_podcast's closing credit "A
cura di Marco Villa.": written ``A`` in round 1, it is the Italian byline "edited by", which the byline pass takes on
purpose, credits32's part; the numbers below count it as written, a loss on main and after).

- round 1, blind (written before reading the passes): 23 pages, 210 ``A`` lines, 163 ``R``, 23 ``T``.
- round 2, after the changes, aimed at them: 5 pages, 42 ``A``, 12 ``R``, 5 ``T``: sentences with the new rules' words
  ("Share this episode with anyone who …", "Listen to this episode on a long drive: …", "Download the episode before you
  fly, …", "Die Folge teilen wir alle: …", "Escuchar el episodio entero lleva …", "Transcripts generated automatically may
  contain errors, the study … concluded"), show notes opening at zero ("0:00 – Presentación", "00:00 – Cold open"),
  "Vielen Dank. (Beifall)" closing a speech, "Merci de votre patience pendant les travaux. (Rires)", one-word thanks
  ("Merci.", "Gracias.", "Grazie.") closing an interview over the page's buttons.

Measured on main 9030acf: round 1 lost 4 (en_speech's "Thank you. (Applause)" closing the speech over the page's share
and feedback rows, which edge-furniture took as the footer's run: the stage direction's bracket hid the sentence's full
stop; pl's "Dziękuję." and sv's "Tack.", the interviewee's one-word thanks closing the interview, which edge-furniture
took as short lines of the footer; it's "A cura di Marco Villa.", the byline pass), left 27 (the player's "Download MP3",
"Herunterladen", "Descargar", "Escuchar episodio", "Ascolta la puntata", "Beluister de aflevering", and its time display
"0:00 / 52:08", "0:00 / 41:27"; "Share this episode", "Folge teilen", "Comparte este episodio", "Partager l'épisode",
"Condividi la puntata", "Deel deze aflevering"; "Altre puntate"; the transcripts' notices in en, es and fr; de's
"Artikel zum Hören • 7 Min" and "Startseite Politik Deutschland" over it, "Folge 86: …" under "Weitere Folgen",
"Drucksachen zu diesem Tagesordnungspunkt"; es's "Podcasts" over the headline, "Ver vídeo de la intervención"; en's
"The following links open in a new tab"; two newsletter pitches under their box's heading, "Get the week's biggest
stories in your inbox every Friday.", "Recibe cada mañana las noticias más importantes."); round 2 lost 0, left 10 (the
kinds the rules below take).

After: round 1 lost 1 (the byline, left to credits32; with it ``T`` as the module tags it, lost 3 on main and 0 after),
left 6; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what is
left and why). The changes, each with what it still takes and what it keeps (tests below):

- ``furniture._is_furniture`` / ``_sentence_then_direction`` (edge-furniture's test of a line): a line closed by a
  bracket whose words before it close a sentence and whose bracket ``structure.stage_direction`` reads ("Thank you.
  (Applause)", "Vielen Dank. (Beifall bei der SPD)", "Merci. (Applaudissements)") is a speech's, never furniture; a menu's
  item with a note in brackets ("Newsletter (free)", "Contact us (opens in new tab)") closes no sentence before it and is
  judged as before. Only lines closed by ")" or "]" are asked.
- ``structure.closing_word`` (family table; read by the same test): an interview's or a speech's closing thanks, one word
  with its mark ("Dziękuję.", "Tack.", "Danke.", "Gracias.", "Grazie.", "Bedankt."): the interviewee's answer to the
  interviewer's thanks, over the page's residue. Without its mark it is a button and still judged as any short line.
- ``widgets.chrome`` (site-chrome), language-neutral: a media player's time display alone on its line, the position at
  zero over the length ("0:00 / 45:12", "00:00 / 1:02:33"); show notes' "0:00 – Presentación" and a transcript's
  "[00:01:33] …" stay. Per language, whole lines: the player's buttons naming the episode, the MP3 or the audio ("Download
  MP3", "Folge herunterladen", "Écouter l'épisode", "Escuchar episodio", "Ascolta la puntata", "Beluister de aflevering",
  "Ouvir episódio"), the list of episodes' link ("Tous les épisodes", "Altre puntate", "Mais episódios", "Alle Folgen"),
  de's read-aloud button "Artikel zum Hören • 7 Min", en's "The following links open in a new tab". A sentence with the
  same words runs on past them and stays ("Download the episode before you fly, …", "Escuchar el episodio entero lleva
  …"); a one-word "Herunterladen" / "Descargar" is left (a how-to heads its step so).
- ``widgets.social`` (social-buttons), per language: a podcast page's share button naming the episode ("Share this
  episode", "Folge teilen", "Partager l'épisode", "Comparte este episodio", "Condividi la puntata", "Deel deze
  aflevering", "Partilhar episódio"); "Die Folge teilen wir alle: …" runs on and stays.
- ``credits.syndication`` (copyright pass), en de fr es it nl pt: a transcript's notice that the site's tool made it and
  that it may contain errors, without en's "This transcript was …" opening ("Transcript generated automatically and may
  contain errors.", "Cette transcription a été générée automatiquement et peut contenir des erreurs.", "Transcripción
  generada automáticamente, puede contener errores."); a sentence reporting such errors ("The producers said the
  transcript was generated automatically and that listeners had found …") is no whole-line notice and stays.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base32 (main 9030acf): no dev or fixture input moved; three old probe pages each
lose the same residue line as before by another pass: test_left22's de_politik (in ``CASES`` and ``_ROUND1``) its
"Artikel anhören • 4 Min" (site-chrome instead of title-line), test_mail30's en_podcast_full its "Download MP3"
(site-chrome instead of edge-furniture).
``python tests/test_talk32.py`` (from the repository root, ``PYTHONPATH=.``) prints the numbers.

left33: the newsletter pitches "Get the week's biggest stories in your inbox every Friday." and "Recibe cada mañana las noticias más importantes." go now (en and es newsletter tables).
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    assert_survives,
    forced_language_test,
    lost,
    removed,
    report,
    tagged_probe_tests,
    with_line,
)

import cleaner
from cleaner import vocab
from cleaner.context import Context
from cleaner.document import Document
from cleaner.passes.furniture import _sentence_then_direction

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_interview_qa_full": """\
R Skip to main content
R News | Business | Culture | Opinion | Podcasts
T 'We were never going to win on price': the baker who took on the supermarkets
R By Hannah Cole
R March 14, 2025
R 6 min read
A Maria Esposito opened her first bakery in Leeds in 2009 with a loan from her uncle and a second-hand oven.
A Today she runs eleven shops across Yorkshire and employs 140 people. We met in the kitchen of the original shop.
A Q: When did you realise the business could grow?
A A: Honestly, not until the third shop. Before that I thought every month might be the last one.
A Q: Did you ever think about selling to one of the big chains?
A A: Twice. The second offer was serious, and I said no on the morning I was meant to sign.
A Q: Do you regret it?
A A: No.
A Q: What do the supermarkets get wrong about bread?
A A: They treat it as something to get you through the door. For us it is the whole reason you come in.
A Q: Will you open outside Yorkshire?
A A: Not this year. Maybe never. I like knowing every one of my bakers by name.
A Q: Thank you for your time.
A A: Thank you.
R Share this article
R Facebook Twitter LinkedIn Email
R Sign up to our business newsletter
R Get the week's biggest stories in your inbox every Friday.
R Subscribe
R Comments (12)
R Dave_K 2 hours ago
R Great shop, the sourdough is worth the queue.
R Reply
R © 2025 Northern Post Media Ltd. All rights reserved.
""",
    "en_podcast_notes": """\
T Episode 214: Why interest rates rose, and when they might fall
R Listen to this episode
R 0:00 / 47:12
R Play
R Download MP3
R Subscribe on Apple Podcasts | Spotify | RSS
A This week economist Priya Natarajan joins us to explain what the central bank was thinking when it raised rates eleven times in a row.
A We talk about why inflation proved stickier than expected, and what mortgage holders should watch for next year.
A In this episode:
A 00:00 – Introduction
A 03:15 – Why rates rose
A 11:40 – The housing market and fixed-rate deals
A 24:05 – Wages, prices and the labour market
A 36:50 – When will rates fall?
A 44:30 – Listener questions
A Priya's new book, The Price of Money, is out now from Harbour Press.
A Produced by Tom Rees. Music by Kelp.
R Share this episode
R More episodes
R Episode 213: The end of cheap flights?
R Episode 212: Who owns the water?
R Transcript generated automatically and may contain errors.
""",
    "en_transcript_timestamps": """\
T Transcript: Mayor's press conference on the flood response
A [00:00:04] MAYOR JONES: Good afternoon, and thank you all for coming at short notice.
A [00:00:11] MAYOR JONES: As of this morning, 340 homes in the river district have been evacuated.
A The fire service has carried out 52 rescues since Friday, and no lives have been lost.
A [00:01:02] MAYOR JONES: I'll take questions now.
A [00:01:05] REPORTER: When will people be allowed back into their homes?
A [00:01:09] MAYOR JONES: Not before Thursday. The water has to go down and engineers have to check every building.
A [00:01:30] REPORTER: Is the council going to compensate businesses?
A [00:01:33] MAYOR JONES: Yes.
A [00:01:35] REPORTER: How much?
A [00:01:36] MAYOR JONES: We'll announce the figure on Monday, once we have the insurers' estimates.
A [00:02:10] MAYOR JONES: Thank you.
R This transcript was generated automatically and may contain errors.
R Related: Flood warnings remain in place for three counties
R Most read
""",
    "en_speech_applause_full": """\
R Home / Speeches / 2025
T Speech by the Prime Minister at the opening of the North Sea wind farm
R Published 12 June 2025
R From: Prime Minister's Office
A Thank you very much. (Applause)
A It is a real pleasure to be here in Aberdeen, on a morning when the wind is, for once, on our side.
A Ten years ago, people said this could not be done. They said the turbines would be too expensive, too fragile, too far out to sea.
A Today, this farm will power one and a half million homes. (Applause)
A And it was built by engineers, welders and electricians from this city and from across Scotland.
A I want to thank every one of them.
A We will go further. By 2030 we will double offshore capacity and build the grid connections to bring that power south.
A Thank you. (Applause)
R Share this page
R The following links open in a new tab
R Is this page useful?
R Yes
R No
R Report a problem with this page
R © Crown copyright
""",
    "en_court_testimony": """\
T Day 4 of the Hartley fraud trial: the accountant's testimony
R Live updates
R Updated 14:22 GMT
A The former chief accountant of Hartley Holdings gave evidence for most of the morning.
A Under questioning by the prosecution, she described how invoices were moved between subsidiaries at the end of each quarter.
A PROSECUTOR: Did you ever raise your concerns with Mr Hartley directly?
A WITNESS: Yes. Twice.
A PROSECUTOR: What did he say?
A WITNESS: He told me it was normal practice and that I should not worry about it.
A PROSECUTOR: Did you believe him?
A WITNESS: At first, yes.
A The defence will begin its cross-examination on Thursday.
A Mr Hartley denies all charges.
R Follow our live coverage
R Listen to this article
R 2 min
R Advertisement
""",
    # ===== de =====
    "de_spiegel_interview_full": """\
R Startseite Politik Deutschland
T »Wir haben die Kosten unterschätzt«
R Ein Interview von Lena Kraus
R 12.03.2025, 18.05 Uhr
R Artikel zum Hören • 7 Min
A Die Energieministerin über den Ausbau der Stromnetze, hohe Preise und die Frage, wer am Ende zahlt.
A SPIEGEL: Frau Berger, die Netzentgelte steigen im nächsten Jahr erneut. Warum?
A Berger: Weil wir jahrzehntelang zu wenig gebaut haben. Das holen wir jetzt nach, und das kostet Geld.
A SPIEGEL: Haben Sie die Kosten unterschätzt?
A Berger: Ja.
A SPIEGEL: Das sagen Politiker selten so deutlich.
A Berger: Es hilft niemandem, wenn ich drum herumrede. Die Zahlen liegen ja auf dem Tisch.
A SPIEGEL: Sollen die Haushalte weiter die Hauptlast tragen?
A Berger: Nein. Wir wollen einen Teil der Kosten über den Bundeshaushalt finanzieren.
A SPIEGEL: Frau Berger, wir danken Ihnen für dieses Gespräch.
R Mehr zum Thema
R Strompreise: Was Verbraucher jetzt wissen müssen
R Diskutieren Sie mit
R Feedback
R © SPIEGEL 2025 Alle Rechte vorbehalten
""",
    "de_frage_antwort": """\
T Zehn Fragen an den neuen Intendanten
A Seit Januar leitet Jonas Wehrle das Stadttheater. Wir haben ihn zwischen zwei Proben getroffen.
A Frage: Was haben Sie sich für die erste Spielzeit vorgenommen?
A Antwort: Mehr junges Publikum. Und mehr Stücke, die hier in der Stadt spielen.
A Frage: Klassiker oder Gegenwart?
A Antwort: Beides.
A Frage: Ihr Lieblingsstück?
A Antwort: Das wechselt jede Woche. Im Moment ist es »Der zerbrochne Krug«.
A Frage: Was machen Sie, wenn eine Premiere schiefgeht?
A Antwort: Ich gehe mit dem Ensemble essen und wir reden bis drei Uhr nachts darüber.
R Newsletter
R Jetzt kostenlos anmelden und keine Nachricht mehr verpassen.
R Anmelden
R Kommentare
R Zum Kommentieren bitte einloggen.
""",
    "de_podcast_folge_full": """\
R Podcasts › Wissen
T Folge 87: Warum schlafen wir?
R Jetzt anhören
R 00:00 / 38:41
R Abspielen
R Herunterladen
R Abonnieren: Spotify | Apple Podcasts | Deezer
A Wir verbringen etwa ein Drittel unseres Lebens im Schlaf, und trotzdem weiß die Forschung erstaunlich wenig darüber.
A Die Schlafforscherin Dr. Anja Held erklärt, was im Gehirn passiert, wenn wir träumen, und warum zu wenig Schlaf krank macht.
A Themen dieser Folge:
A 02:10 – Was passiert beim Einschlafen?
A 09:45 – Träume und Gedächtnis
A 21:30 – Schichtarbeit und Gesundheit
A 31:05 – Tipps für besseren Schlaf
A Moderation: Felix Brandt. Redaktion: Sarah Lindner.
R Folge teilen
R Weitere Folgen
R Folge 86: Wie entsteht ein Gewitter?
R Das Transkript wurde automatisch erstellt und kann Fehler enthalten.
R Impressum Datenschutz Kontakt
""",
    "de_bundestag_protokoll": """\
T Plenarprotokoll 20/142: Aussprache zum Haushalt
A Präsidentin Bärbel Bas: Ich eröffne die Aussprache. Das Wort hat der Kollege Thomas Weber.
A Thomas Weber (CDU/CSU): Frau Präsidentin! Liebe Kolleginnen und Kollegen!
A Dieser Haushalt ist auf Sand gebaut. Die Zinslast steigt, und die Investitionen sinken.
A (Beifall bei der CDU/CSU)
A Wir fordern die Regierung auf, endlich Prioritäten zu setzen.
A (Zuruf von der SPD: Welche denn?)
A Die Schulen, die Brücken und die Bahn. Das sind unsere Prioritäten.
A (Beifall bei der CDU/CSU – Widerspruch bei der SPD)
A Vielen Dank.
A (Beifall bei der CDU/CSU)
A Präsidentin Bärbel Bas: Vielen Dank. Nächste Rednerin ist Anna Schulz für die SPD-Fraktion.
R Drucksachen zu diesem Tagesordnungspunkt
R Video ansehen
""",
    # ===== fr =====
    "fr_entretien_full": """\
R Accueil › Culture › Cinéma
T Juliette Moreau : « Je ne tourne que ce qui me fait peur »
R Propos recueillis par Marc Dubois
R Publié le 3 avril 2025 à 08h00
R Lecture 5 min.
A À 34 ans, l'actrice revient au cinéma avec un rôle de juge d'instruction dans le nouveau film de Claire Vasseur.
A Question : Comment avez-vous préparé ce rôle ?
A Réponse : J'ai passé deux semaines au palais de justice de Lyon, à écouter des audiences.
A Question : Vous avez hésité avant d'accepter ?
A Réponse : Oui, longtemps.
A Question : Pourquoi ?
A Réponse : Parce que je n'avais jamais joué quelqu'un qui a autant de pouvoir sur la vie des autres.
A Question : Et la suite ?
A Réponse : Une pièce de théâtre à l'automne. Je n'en dirai pas plus.
R Partager sur Facebook
R Partager sur X
R Envoyer par e-mail
R Newsletter Culture
R Recevez chaque semaine notre sélection cinéma.
R S'inscrire
R Réagissez à cet article
R © Le Quotidien 2025
""",
    "fr_conference_presse": """\
T Conférence de presse du sélectionneur avant le match contre l'Italie
A Le sélectionneur a répondu pendant vingt minutes aux questions des journalistes, mardi, à Clairefontaine.
A Journaliste : Mbappé sera-t-il titulaire ?
A Sélectionneur : Oui.
A Journaliste : Et en défense ?
A Sélectionneur : Je donnerai l'équipe demain matin aux joueurs, pas avant.
A Journaliste : Vous craignez cette équipe d'Italie ?
A Sélectionneur : Je la respecte. Elle défend très bien et elle ne perd presque jamais à domicile.
A Journaliste : Un mot sur les supporters ?
A Sélectionneur : Merci à eux. Nous aurons besoin d'eux samedi.
R Écouter cet article
R 00:00 / 03:12
R Lire aussi
R Les notes des Bleus après la victoire face aux Pays-Bas
""",
    "fr_podcast_notes": """\
T Épisode 52 – Faut-il avoir peur de l'intelligence artificielle ?
R Écouter l'épisode
R S'abonner sur Apple Podcasts | Spotify | Deezer | RSS
A Dans cet épisode, nous recevons Sophie Lambert, chercheuse en informatique à l'Inria.
A Elle nous explique ce que les modèles de langage savent vraiment faire, et ce qu'ils ne savent pas faire.
A Au programme :
A 01:20 – Qu'est-ce qu'un modèle de langage ?
A 12:45 – Les erreurs et les hallucinations
A 27:10 – L'IA va-t-elle remplacer les traducteurs ?
A 39:30 – Vos questions
A Réalisation : Paul Girard. Musique : Les Ondes.
R Partager l'épisode
R Tous les épisodes
R Cette transcription a été générée automatiquement et peut contenir des erreurs.
""",
    # ===== es =====
    "es_entrevista_full": """\
R Inicio > Cultura > Libros
T Elena Ruiz: "Escribo de noche porque de día no me atrevo"
R Por Carlos Méndez
R Madrid - 22 MAR 2025 - 10:30 CET
A La escritora gallega publica su cuarta novela, una historia sobre tres hermanas que heredan un hotel en ruinas en la costa.
A Pregunta: ¿De dónde salió la idea del hotel?
A Respuesta: De mi abuela. Tuvo una pensión en Vigo durante cuarenta años.
A P. ¿Se parece alguna de las hermanas a usted?
A R. Todas un poco. Y ninguna del todo.
A P. ¿Le da miedo la página en blanco?
A R. No.
A P. ¿Qué está leyendo ahora?
A R. Vuelvo a leer a Rosalía de Castro. Cada año la entiendo de otra manera.
R Compartir en Facebook
R Compartir en Twitter
R Suscríbete a nuestra newsletter
R Recibe cada mañana las noticias más importantes.
R Comentarios
R Normas de participación
R © Diario del Norte. Todos los derechos reservados.
""",
    "es_congreso_diario": """\
T Diario de Sesiones: pregunta al Gobierno sobre la vivienda
A La señora PRESIDENTA: Pregunta del diputado don Andrés Torres. Tiene la palabra.
A El señor TORRES GARCÍA: Gracias, señora presidenta.
A Señora ministra, los alquileres han subido un 11 % este año. ¿Qué piensa hacer el Gobierno?
A (Aplausos)
A La señora PRESIDENTA: Gracias. Tiene la palabra la señora ministra.
A La señora MINISTRA DE VIVIENDA (López Sanz): Gracias, presidenta.
A Señoría, hemos aprobado la mayor inversión en vivienda pública de la democracia.
A (Rumores)
A Muchas gracias.
A (Aplausos)
R Ver vídeo de la intervención
R Descargar PDF
""",
    "es_podcast_full": """\
R Podcasts
T Capítulo 31: La sequía que viene
R Escuchar episodio
R 0:00 / 52:08
R Reproducir
R Descargar
R Suscríbete en Spotify | Apple Podcasts | iVoox
A Este verano los embalses de Andalucía bajaron del 20 % por primera vez desde que hay registros.
A Hablamos con la hidróloga Marta Ortega sobre qué significa eso para la agricultura y para las ciudades.
A En este episodio:
A 02:30 – Cómo se mide una sequía
A 15:10 – El regadío y los acuíferos
A 33:45 – ¿Desalar el agua del mar?
A Dirección y guion: Luis Peña.
R Comparte este episodio
R Más episodios
R Transcripción generada automáticamente, puede contener errores.
""",
    # ===== it =====
    "it_intervista_full": """\
R Home › Economia
T Il ministro: «Sulle pensioni nessun passo indietro»
R di Giulia Ferri
R 15 aprile 2025 - 07:45
A Il ministro del Lavoro difende la riforma approvata la settimana scorsa e risponde alle critiche dei sindacati.
A Domanda: Ministro, i sindacati minacciano lo sciopero generale. Cosa risponde?
A Risposta: Che il confronto è aperto, ma la riforma non si cambia.
A D. Nemmeno sulle donne con figli?
A R. Su quello siamo pronti a discutere.
A D. Si è pentito di qualcosa?
A R. No.
A D. Un'ultima domanda: si candiderà alle regionali?
A R. Assolutamente no. Ho un lavoro da finire qui.
R Condividi su Facebook
R Condividi su WhatsApp
R Iscriviti alla newsletter
R Leggi anche
R Riproduzione riservata © Copyright La Gazzetta
""",
    "it_podcast": """\
T Puntata 18 – Perché l'Italia non fa più figli
R Ascolta la puntata
R Iscriviti su Spotify | Apple Podcasts | Google Podcasts
A Nel 2024 in Italia sono nati meno di 380 mila bambini, il numero più basso dall'Unità.
A Ne parliamo con la demografa Chiara Bellini e con due giovani coppie di Milano e di Bari.
A In questa puntata:
A 00:45 – I numeri della crisi
A 08:20 – Case, stipendi e asili nido
A 22:15 – Cosa hanno fatto la Francia e la Svezia
T A cura di Marco Villa.
R Condividi la puntata
R Altre puntate
""",
    # ===== pt =====
    "pt_entrevista_full": """\
R Início › Desporto
T Treinador do Benfica: "Não prometo títulos, prometo trabalho"
R Por Rui Almeida
R 10 de março de 2025, 21:15
A O novo treinador falou pela primeira vez aos jornalistas depois de assinar contrato por três épocas.
A P: Sente pressão por substituir um treinador campeão?
A R: Sinto responsabilidade. Pressão é outra coisa.
A P: Vai haver reforços em janeiro?
A R: Talvez.
A P: O que espera dos adeptos?
A R: Que venham ao estádio e que tenham paciência connosco nos primeiros jogos.
A P: Obrigado.
A R: Obrigado eu.
R Partilhar no Facebook
R Partilhar no Twitter
R Newsletter
R Receba as principais notícias no seu email.
R Comentários
R © 2025 Jornal Desportivo. Todos os direitos reservados.
""",
    "pt_sessao_camara": """\
T Ata da sessão da Câmara Municipal de 4 de fevereiro
A O Presidente da Câmara abriu a sessão às 18h05 e deu a palavra aos vereadores.
A Vereadora Ana Costa: Senhor Presidente, quando começam as obras da escola de Santa Clara?
A Presidente: Em setembro, se o concurso não ficar deserto.
A Vereadora Ana Costa: E se ficar?
A Presidente: Lançaremos outro em outubro.
A Vereador João Pires: Proponho um voto de pesar pelo falecimento do antigo presidente da junta.
A O voto foi aprovado por unanimidade.
A Nada mais havendo a tratar, a sessão foi encerrada às 20h40.
R Ouvir
R Imprimir
R Partilhar
""",
    # ===== nl =====
    "nl_interview_full": """\
R Home › Binnenland
T Burgemeester: 'We hadden eerder moeten ingrijpen'
R Door Sanne de Vries
R 18 februari 2025, 06:00
R Leestijd 4 minuten
A Na de rellen van vorige week blikt de burgemeester terug op de avond waarop de politie de controle verloor.
A Vraag: Had u dit zien aankomen?
A Antwoord: Niet in deze omvang. We wisten dat er iets werd georganiseerd.
A Vraag: Waarom greep de politie niet eerder in?
A Antwoord: Dat zoeken we nu uit. Daar wil ik niet op vooruitlopen.
A Vraag: Gaat u aftreden?
A Antwoord: Nee.
A Vraag: Wat zegt u tegen de winkeliers?
A Antwoord: Dat de gemeente de schade vergoedt. Daar kunnen ze op rekenen.
R Deel dit artikel
R Meld je aan voor onze nieuwsbrief
R Reacties (34)
R Lees ook
R © 2025 Dagblad Midden
""",
    "nl_podcast": """\
T Aflevering 64: Hoe duur wordt de energietransitie?
R Beluister de aflevering
R 0:00 / 41:27
R Abonneer via Spotify | Apple Podcasts | RSS
A Het kabinet wil in 2030 de helft van de stroom uit wind op zee halen. Maar wie betaalt de kabels?
A Econoom Pieter Jansen legt uit waarom de netbeheerders miljarden moeten lenen.
A In deze aflevering:
A 01:05 – Het stroomnet zit vol
A 14:20 – Wie betaalt de rekening?
A 29:40 – Wat kun je zelf doen?
A Presentatie: Eva Smit. Montage: Ruben Bakker.
R Deel deze aflevering
R Meer afleveringen
""",
    # ===== pl / sv =====
    "pl_wywiad_full": """\
R Strona główna › Kraj
T Minister zdrowia: "Kolejki do lekarzy skrócą się w przyszłym roku"
R Rozmawiała Anna Nowak
R 5 maja 2025, 08:30
A Minister zdrowia odpowiada na pytania o kolejki, pensje lekarzy i nowe szpitale powiatowe.
A Pytanie: Kiedy pacjenci zobaczą zmiany?
A Odpowiedź: Pierwsze już w tym roku, w kardiologii i onkologii.
A Pytanie: Czy pieniędzy wystarczy?
A Odpowiedź: Nie.
A Pytanie: Skąd je pan weźmie?
A Odpowiedź: Z budżetu i z funduszy unijnych. Rozmawiamy o tym z ministrem finansów.
A Dziękuję za rozmowę.
A Dziękuję.
R Udostępnij
R Zapisz się do newslettera
R Komentarze
R © 2025 Gazeta Codzienna. Wszelkie prawa zastrzeżone.
""",
    "sv_intervju": """\
T Statsministern: "Vi kommer inte att höja skatten"
R Lyssna på artikeln
R 0:00 / 4:12
A Statsministern besökte på måndagen en fabrik i Luleå och svarade på frågor från reportrar.
A Fråga: Kommer regeringen att höja skatten på bensin?
A Svar: Nej.
A Fråga: Varför inte?
A Svar: Därför att människor på landsbygden inte har något annat val än bilen.
A Fråga: Vad säger ni om kritiken från oppositionen?
A Svar: Att de hade åtta år på sig och inte gjorde någonting.
A Tack.
R Dela artikeln
R Prenumerera på vårt nyhetsbrev
R Läs också
""",
    # ===== ROUND 2 (aimed at the rules round 1 added: controls that must survive) ===================================
    "en_podcast_review_r2": """\
T The best podcast episodes of the week
A Share this episode with anyone who still thinks the housing market will fix itself, the host says at the end of Episode 88.
A Listen to this episode on a long drive: it runs to almost two hours, and the second half is the better one.
A Download the episode before you fly, because the show's app does not work offline.
A The interview opens at 0:00 with the guest's own story, not with the usual adverts.
A 00:00 – Cold open
A 04:30 – The guest's first job
A 19:45 – What went wrong in 2008
A The producers said the transcript was generated automatically and that listeners had found dozens of errors in it.
A Transcripts generated automatically may contain errors, the study of 40 shows concluded, especially with names.
R Share this episode
R Download MP3
R 0:00 / 1:52:40
""",
    "de_rede_r2": """\
T Rede der Bürgermeisterin zum Neujahrsempfang
A Sehr geehrte Damen und Herren, liebe Gäste!
A Ich freue mich, dass Sie so zahlreich gekommen sind.
A Das vergangene Jahr war für unsere Stadt ein schwieriges Jahr, aber wir haben es gemeinsam geschafft.
A Wir haben die neue Grundschule eröffnet und das Hallenbad saniert. (Beifall)
A Im kommenden Jahr wollen wir den Bahnhof umbauen und mehr Wohnungen für junge Familien schaffen.
A Die Folge teilen wir alle: Ohne neue Wohnungen ziehen die jungen Leute weg.
A Ich danke allen, die sich im Ehrenamt engagieren.
A Vielen Dank. (Beifall)
R Artikel zum Hören • 4 Min
R Folge teilen
R Alle Folgen
""",
    "fr_entretien_r2": """\
T « On ne lâchera rien » : entretien avec la maire de Lille
A La maire a reçu notre rédaction dans son bureau, à quelques jours du vote du budget.
A Question : Allez-vous augmenter les impôts locaux ?
A Réponse : Non.
A Question : Même si l'État baisse encore ses dotations ?
A Réponse : Même dans ce cas. Nous ferons des économies ailleurs.
A Question : Un dernier mot pour les Lillois ?
A Réponse : Merci de votre patience pendant les travaux. (Rires)
A Question : Merci.
A Réponse : Merci.
R Partager l'épisode
R Tous les épisodes
""",
    "es_notas_r2": """\
T Episodio 40: Cómo funciona la inflación
A En este episodio explicamos por qué suben los precios y qué pueden hacer los bancos centrales.
A 0:00 – Presentación
A 5:20 – Qué es la inflación
A 18:40 – Los tipos de interés
A 31:05 – Preguntas de los oyentes
A Escuchar el episodio entero lleva media hora, pero el resumen de la primera parte basta para entender lo básico.
A Descargar el episodio es gratis para los suscriptores de la biblioteca municipal.
A Gracias.
R Compartir episodio
R 00:00 / 34:10
""",
    "it_nl_grazie_r2": """\
T Intervista al sindaco di Bologna
A Il sindaco ha risposto alle nostre domande sulla nuova linea del tram, che aprirà nel 2026.
A Domanda: Il cantiere finirà in tempo?
A Risposta: Sì.
A Domanda: E i commercianti del centro?
A Risposta: Li abbiamo ascoltati, e li ascolteremo ancora. I ristori arriveranno entro marzo.
A Domanda: Grazie, sindaco.
A Risposta: Grazie a voi.
A Grazie.
R Condividi la puntata
R Ascolta la puntata
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # the Italian byline "A cura di …" closing the notes (tagged T: the byline pass's, credits32's part)
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # "Drucksachen zu diesem Tagesordnungspunkt": a link box's heading under the minutes, no shape tells it from a
    # subheading of the record
    "de_bundestag_protokoll": 1,
    # "Herunterladen" alone (a how-to heads its step so: only the button naming the episode or the file goes) and
    # "Folge 86: Wie entsteht ein Gewitter?", another episode's title under "Weitere Folgen" (site-chrome took the
    # heading, and a teaser box needs two headlines under it)
    "de_podcast_folge_full": 2,
    # "Ver vídeo de la intervención": a link to the session's video, a sentence-like line
    "es_congreso_diario": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a story per language, the residue line put before or after them
TEXT = {
    "en": [
        "This week economist Priya Natarajan joins us to explain what the central bank was thinking when it raised rates eleven times.",
        "We talk about why inflation proved stickier than expected, and what mortgage holders should watch for next year.",
        "Her new book on the history of money is out now, and she answers listeners' questions in the last part of the show.",
    ],
    "de": [
        "Wir verbringen etwa ein Drittel unseres Lebens im Schlaf, und trotzdem weiß die Forschung erstaunlich wenig darüber.",
        "Die Schlafforscherin Anja Held erklärt, was im Gehirn passiert, wenn wir träumen, und warum zu wenig Schlaf krank macht.",
        "Am Ende der Folge gibt sie Tipps für Menschen, die in Schichten arbeiten und tagsüber schlafen müssen.",
    ],
    "fr": [
        "Dans cet épisode, nous recevons Sophie Lambert, chercheuse en informatique, pour parler des modèles de langage.",
        "Elle nous explique ce que ces modèles savent vraiment faire, et pourquoi ils se trompent parfois avec aplomb.",
        "La dernière partie de l'émission est consacrée aux questions que les auditeurs nous ont envoyées cette semaine.",
    ],
    "es": [
        "Este verano los embalses de Andalucía bajaron del veinte por ciento por primera vez desde que hay registros.",
        "Hablamos con la hidróloga Marta Ortega sobre qué significa eso para la agricultura y para las ciudades de la costa.",
        "Al final del programa responde a las preguntas de los oyentes sobre el precio del agua y las restricciones.",
    ],
    "it": [
        "Nel 2024 in Italia sono nati meno di trecentottantamila bambini, il numero più basso dall'Unità a oggi.",
        "Ne parliamo con la demografa Chiara Bellini e con due giovani coppie che vivono a Milano e a Bari.",
        "Nell'ultima parte della puntata confrontiamo le politiche per la famiglia della Francia e della Svezia.",
    ],
    "nl": [
        "Het kabinet wil in 2030 de helft van de stroom uit wind op zee halen, maar wie betaalt de kabels naar het land?",
        "Econoom Pieter Jansen legt uit waarom de netbeheerders de komende jaren miljarden moeten lenen.",
        "Aan het eind van de aflevering beantwoordt hij vragen van luisteraars over hun eigen energierekening.",
    ],
    "pt": [
        "Neste episódio falamos com a economista Inês Rocha sobre o preço das casas em Lisboa e no Porto.",
        "Ela explica por que razão as rendas subiram mais depressa do que os salários nos últimos dez anos.",
        "No fim do programa responde às perguntas que os ouvintes nos enviaram durante a semana passada.",
    ],
}

_CH, _SO, _CO = "site-chrome", "social-buttons", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "0:00 / 45:12", _CH),
    ("en", "00:00 / 1:02:33", _CH),
    ("en", "Download MP3", _CH),
    ("en", "Download episode", _CH),
    ("en", "The following links open in a new tab", _CH),
    ("en", "Share this episode", _SO),
    ("en", "Transcript generated automatically and may contain errors.", _CO),
    ("en", "Automated transcript: may contain errors", _CO),
    ("de", "Folge teilen", _SO),
    ("de", "Folge herunterladen", _CH),
    ("de", "Alle Folgen", _CH),
    ("de", "Artikel zum Hören • 7 Min", _CH),
    ("de", "Das Transkript wurde automatisch erstellt und kann Fehler enthalten.", _CO),
    ("fr", "Partager l'épisode", _SO),
    ("fr", "Télécharger l'épisode", _CH),
    ("fr", "Tous les épisodes", _CH),
    ("fr", "Cette transcription a été générée automatiquement et peut contenir des erreurs.", _CO),
    ("es", "Comparte este episodio", _SO),
    ("es", "Escuchar episodio", _CH),
    ("es", "Descargar MP3", _CH),
    ("es", "Transcripción generada automáticamente, puede contener errores.", _CO),
    ("it", "Condividi la puntata", _SO),
    ("it", "Ascolta la puntata", _CH),
    ("it", "Altre puntate", _CH),
    ("it", "Trascrizione generata automaticamente, può contenere errori.", _CO),
    ("nl", "Deel deze aflevering", _SO),
    ("nl", "Beluister de aflevering", _CH),
    ("nl", "Dit transcript is automatisch gegenereerd en kan fouten bevatten.", _CO),
    ("pt", "Partilhar episódio", _SO),
    ("pt", "Ouvir episódio", _CH),
    ("pt", "Mais episódios", _CH),
    ("pt", "Transcrição gerada automaticamente, pode conter erros.", _CO),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Share this episode with anyone who still thinks the housing market will fix itself, the host says."),
    ("en", "Download the episode before you fly, because the show's app does not work offline."),
    ("en", "The producers said the transcript was generated automatically and that listeners had found dozens of errors."),
    ("en", "Transcripts generated automatically may contain errors, the study of 40 shows concluded."),
    ("de", "Die Folge teilen wir alle: Ohne neue Wohnungen ziehen die jungen Leute weg."),
    ("de", "Artikel zum Hören gibt es bei der Zeitung seit dem Frühjahr, sagte die Chefredakteurin."),
    ("fr", "Partager l'épisode avec ses proches reste le meilleur moyen de faire connaître une émission, selon l'étude."),
    ("es", "Escuchar el episodio entero lleva media hora, pero el resumen basta para entender lo básico."),
    ("it", "Ascolta la puntata chi vuole capire davvero perché le culle sono vuote, ha scritto un lettore."),
    ("nl", "Beluister de aflevering op de fiets, raadt de presentator aan: het gesprek duurt een uur."),
    ("pt", "Mais episódios sobre a habitação estão previstos para o outono, disse a produtora."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    "line",
    [
        "00:00 – Cold open",  # show notes' topic under its timestamp
        "0:00 – Presentación",
        "03:15 / Why rates rose",
        "[00:01:33] MAYOR JONES: Yes.",  # a transcript's timestamp heading its speaker's words
        "12:00 / 14:30",  # two times of day (a timetable's), the first not at zero
    ],
)
def test_timestamps_of_the_text_are_no_player_display(line: str) -> None:
    assert vocab.table("widgets", "chrome", ("en",)).match(line) is None


#: a speech's closing paragraphs and the page's residue under them (share row, feedback prompt, copyright)
SPEECH = [
    "It is a real pleasure to be here in Aberdeen, on a morning when the wind is, for once, on our side.",
    "Today, this farm will power one and a half million homes, and it was built by engineers and welders from this city.",
    "By 2030 we will double offshore capacity and build the grid connections to bring that power south.",
]
FOOTER = ["Share this page", "Is this page useful?", "Yes", "No", "© Crown copyright"]


@pytest.mark.parametrize(
    "line",
    ["Thank you. (Applause)", "Vielen Dank. (Beifall bei der SPD)", "Merci. (Applaudissements)", "Gracias. [Aplausos]"],
)
def test_a_speakers_sentence_and_the_stage_direction_survive(line: str) -> None:
    # at the speech's end over the page's footer (round 1's loss), and between its paragraphs
    page = [*SPEECH, line]
    result = cleaner.explain_text("\n".join([*page, *FOOTER]))
    assert lost(page, result) == [], removed(result)
    assert_survives(with_line(SPEECH, line, "middle"))


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Thank you. (Applause)", True),
        ("Vielen Dank. (Beifall bei der CDU/CSU)", True),
        ("Newsletter (free)", False),  # a menu's item with its note: no sentence before the bracket
        ("Contact us (opens in new tab)", False),
        ("Read more. (Sponsored)", False),  # a sentence's mark before a bracket no stage direction
    ],
)
def test_a_sentence_then_a_stage_direction(text: str, spoken: bool) -> None:
    assert _sentence_then_direction(Context(Document(text)), text) is spoken


INTERVIEW_PL = [
    "Minister zdrowia odpowiada na pytania o kolejki, pensje lekarzy i nowe szpitale powiatowe w całym kraju.",
    "Pytanie: Skąd pan weźmie pieniądze na podwyżki dla lekarzy i pielęgniarek w przyszłym roku?",
    "Odpowiedź: Z budżetu i z funduszy unijnych. Rozmawiamy o tym z ministrem finansów od kilku tygodni.",
    "Dziękuję za rozmowę.",
]


@pytest.mark.parametrize("thanks", ["Dziękuję.", "Dziękujemy!"])
def test_an_interviewees_one_word_thanks_survives_over_the_footer(thanks: str) -> None:
    page = [*INTERVIEW_PL, thanks]
    result = cleaner.explain_text("\n".join([*page, "Udostępnij", "Zapisz się do newslettera", "Komentarze", "© 2025 Gazeta"]))
    assert lost(page, result) == [], removed(result)


def test_a_thanks_button_without_its_mark_is_judged_as_before() -> None:
    # ("Danke" alone, no mark: a button's word, which the closing-word table does not read)
    assert vocab.table("structure", "closing_word", ("de",)).match("Danke") is None
    assert vocab.table("structure", "closing_word", ("de",)).match("Danke.") is not None


if __name__ == "__main__":
    report(CASES)
