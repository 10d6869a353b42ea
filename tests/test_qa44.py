# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""qa44: a probe of interviews and transcripts, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: magazines' and papers' long Q&A interviews, podcast
pages with timestamped transcripts, TV and radio interview transcripts, a government press briefing, a sports press
conference, live chats with readers ("Q from Anna in Leeds:", "Question de Julie :", "Frage von Petra aus Köln:").

- the article (``A``): the questions and answers, the short answers alone on their lines ("Yes.", "No.", "Nein.",
  "Non.", "Claro.", "Sì.", "Nee.", "Douze."), the speakers' labels glued ("SPIEGEL:", "Q:", "P.", "D:", "—",
  "[00:00:05] Host:") or alone on their line ("MARK HOLLAND:", "JOURNALISTE :", "Vraag:"), stage directions
  ("[laughs]", "(Pause.)", "(CROSSTALK)", "(Rires.)"), the interviewer's intro, the briefing's times ("1:32 P.M. EDT"),
  the "Zur Person" box, "Propos recueillis par …", and the editor's note "This interview has been edited for length
  and clarity." / "Das Transkript dieser Folge wurde redaktionell bearbeitet." (decided: the publisher's note on the
  text as published, as wire37's editor's notes);
- the residue (``R``): the player's and the show's prompts ("Listen to the episode", "Subscribe on Apple Podcasts",
  "Écouter (8 min)", "Jetzt anhören"), the automatic transcript's notice ("This transcript was generated
  automatically and may contain errors.", "Transcripción generada automáticamente"), "Read the full interview in our
  app", bylines, stamps, share rows, newsletter boxes, menus, comments, footers, cookie notices;
- ``T``: headlines, a show's and an episode's title, "Transcript" over the transcript, the album's release line.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 258 ``A`` lines, 276
  ``R``, 27 ``T``, all seven languages.

Measured on main 5ba8929: round 1 lost 4, left 6. Lost: a podcast transcript's last answer closing on a stage
direction ("Giulia Ferri: Amazon vende libri. Noi vendiamo conversazioni. [ride]", edge-furniture: a short
non-sentence line over the page's tail), a press briefing's opening and closing times alone on their lines
("1:32 P.M. EDT", "1:58 P.M. EDT", clock-line), the interviewer's credit "Propos recueillis par Claire Morel"
(byline). Left: a byline's name alone ("Lucy Grant"), "Read the full interview in our app", the podcast's
"Escucha el episodio en Spotify, iVoox o Apple Podcasts", the automatic transcript's notices (es
"Transcripción generada automáticamente", nl "Deze transcriptie is automatisch gegenereerd."), nl "Volg ons op
Facebook".

``python tests/test_qa44.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a magazine's long Q&A as an extractor leaves it: names opening the lines, one-word answers ================
    "en_magazine_qa_extract": """\
T Margaret Atwood: 'I never expected to be right about any of it'
A The novelist, now 84, talks to us about dystopias, her garden and why she still writes by hand.
A You started writing The Handmaid's Tale in West Berlin in 1984. Did you know what you had?
A No.
A Not at all?
A I thought it might be a failure. I put it aside twice before I finished it, because I wasn't sure anyone would believe it.
A And now it's on syllabuses everywhere.
A Yes. [laughs] Which is a strange fate for a book that was banned in several school districts.
A Do you still write by hand?
A Always. The first draft goes into a notebook, then I type it up, and the typing is the second draft.
A Are you optimistic?
A I'm a realist. Optimism is for people who haven't read the news.
A This interview has been edited for length and clarity.
R By Hannah Price
R Published 12 March 2024
R Share this article
R Facebook
R Twitter
R Email
R More from Books
R Colm Tóibín: 'Ireland is a different country now'
""",
    # ===== a podcast page, all its visible text: player, show notes, timestamped transcript ============================
    "en_podcast_transcript_full": """\
R Skip to content
R Podcasts
R News
R Culture
R Science
R Search
R Sign in
T The Science Hour
T Episode 212: Why do we sleep?
R 42 min
R Listen to the episode
R Subscribe on Apple Podcasts
R Spotify
R Google Podcasts
R RSS
A This week we talk to the neuroscientist Dr Lena Ortiz about what happens in the brain during sleep, and why losing a single night matters more than we think.
T Transcript
R This transcript was generated automatically and may contain errors.
A [00:00:05] Host: Welcome back to The Science Hour. I'm Tom Reilly.
A [00:00:09] Host: My guest today has spent twenty years studying sleep. Lena, welcome.
A [00:00:14] Lena Ortiz: Thanks for having me.
A [00:00:16] Host: Let's start simple. Why do we sleep?
A [00:00:19] Lena Ortiz: Honestly? We don't fully know. But we know the brain clears waste products much faster when we're asleep.
A [00:00:31] Host: Faster by how much?
A [00:00:33] Lena Ortiz: In mice, roughly sixty percent.
A [00:00:37] Host: Wow.
A [00:00:38] Lena Ortiz: [laughs] Yes, it surprised us too.
A [00:00:41] Host: And one bad night?
A [00:00:43] Lena Ortiz: One bad night is enough to measure a change in memory tests the next day.
A [00:00:51] Host: Lena Ortiz, thank you.
A [00:00:53] Lena Ortiz: Thank you.
R Share episode
R Copy link
R More episodes
R Episode 211: The chemistry of coffee
R Episode 210: Inside a volcano
R Sign up for our weekly science newsletter
R Enter your email
R Subscribe
R About us
R Contact
R Privacy policy
R Cookie settings
R © 2024 Science Hour Media Ltd. All rights reserved.
""",
    # ===== a TV interview transcript with speakers in capitals, glued and alone ======================================
    "en_tv_transcript_extract": """\
T Transcript: Senator Diaz on "Sunday Report," June 9, 2024
A The following is a transcript of an interview with Senator Ana Diaz that aired Sunday, June 9, 2024, on "Sunday Report."
A MARK HOLLAND: Senator, thanks for being here.
A SEN. ANA DIAZ: Good morning, Mark.
A MARK HOLLAND: Will the bill pass the Senate this month?
A SEN. ANA DIAZ: Yes.
A MARK HOLLAND: You're sure.
A SEN. ANA DIAZ: I'm sure. We have the votes. We had them last week.
A MARK HOLLAND:
A Then why the delay?
A SEN. ANA DIAZ:
A Because leadership wanted the budget numbers first, and those came in on Friday.
A (CROSSTALK)
A MARK HOLLAND: We have to leave it there. Senator, thank you.
A SEN. ANA DIAZ: Thank you.
R Watch the full interview
R Trending News
R Copyright ©2024 CBS Interactive Inc. All rights reserved.
""",
    # ===== a press conference transcript on a government site, all visible text ======================================
    "en_press_conference_full": """\
R Skip to main content
R An official website of the United States government
R Here's how you know
R Menu
R Briefing Room
R Speeches & Remarks
R Press Briefings
R Statements
T Press Briefing by Press Secretary Karen Mills
R June 4, 2024
R James S. Brady Press Briefing Room
A 1:32 P.M. EDT
A MS. MILLS: Good afternoon, everyone. I have two things at the top and then I'll take your questions.
A First, the President will travel to Ohio on Thursday to visit the new chip plant.
A Second, today we are announcing $2 billion for rural broadband.
A With that, go ahead.
A Q: Thanks, Karen. Will the President meet the governor in Ohio?
A MS. MILLS: Yes.
A Q: On the border bill — is a veto still on the table?
A MS. MILLS: I'm not going to get ahead of the President.
A Q: Follow-up?
A MS. MILLS: Go ahead.
A Q: Is that a no?
A MS. MILLS: It's not a yes. (Laughter.)
A Q: Okay.
A MS. MILLS: Thanks, everybody.
A 1:58 P.M. EDT
R Next
R Previous
R The White House
R 1600 Pennsylvania Ave NW
R Washington, DC 20500
R Privacy Policy
R Copyright Policy
""",
    # ===== a live chat with readers on a newspaper's site, extract ==================================================
    "en_live_chat_extract": """\
T Ask our money expert: your pension questions answered
A Our personal finance editor Sarah Cole answered readers' questions live on Wednesday. Here is an edited version.
A Q from Anna in Leeds: I'm 58 and have three small pensions from old jobs. Should I combine them?
A Sarah: Maybe. Check first whether any of them has a guaranteed annuity rate, because you would lose it by transferring.
A Q from Dev in Cardiff: Is it too late to start a pension at 45?
A Sarah: No. It's never too late, and your employer has to contribute if you're eligible.
A Q from Mike, Bristol: Can I take 25% tax-free at 55?
A Sarah: Yes, from 55, rising to 57 in 2028.
A Q from Jo: Thank you!
A Sarah: You're welcome, Jo.
A That's all we have time for. Thanks for all your questions.
R Comments (14)
R Pete_Leeds 2 hours ago
R Great session, very useful.
R Reply
R Report
""",
    # ===== a newspaper's long interview, full page, with the intro in italics-style and paywall-style residue ========
    "en_newspaper_interview_full": """\
R Accept all cookies
R We use cookies to improve your experience on our site. Manage preferences
R The Daily Courier
R Subscribe
R Log in
R News
R Sport
R Opinion
R Culture
R Lifestyle
R Culture
R Interviews
T 'I was told I'd never play again': Tom Hale on injury, grief and the comeback
A Two years after a crash that broke his hand in four places, the jazz pianist is back on tour. He spoke to Lucy Grant in his London flat.
R Lucy Grant
R Saturday 2 March 2024 06:00 GMT
R 8 min read
R Share
A Tom, how's the hand?
A Good. Better than good.
A What did the surgeon say?
A That I'd never play again. I went home and sat at the piano anyway. I couldn't play a C major scale.
A Was there a moment you thought about stopping?
A Every day for a year.
A What brought you back?
A My daughter. She started learning, and I'd sit next to her and play the left hand.
A (Pause.)
A Sorry. It's still hard to talk about.
A Take your time.
A It's fine. It's a good story, really. It ends well.
T Tom Hale's new album, Second Hands, is out on 15 March.
R Read the full interview in our app
R Download the app
R Most popular
R 1 Man arrested after police chase
R 2 House prices fall for third month
R More on this story
R Newsletter
R Sign up to our culture newsletter
R Terms
R Privacy
R © The Daily Courier 2024
""",
    # ===== a German Spiegel-style interview, extract: SPIEGEL: label and name label ==================================
    "de_spiegel_interview_extract": """\
T »Wir haben die Lage unterschätzt«
A Die Ökonomin Claudia Berg erklärt, warum die Inflation länger bleibt als gedacht – und was die EZB jetzt tun muss.
A SPIEGEL: Frau Berg, ist die Inflation besiegt?
A Berg: Nein.
A SPIEGEL: Das klingt sehr knapp.
A Berg: Die Kernrate liegt noch bei über drei Prozent. Das ist zu hoch, und die Dienstleistungspreise steigen weiter.
A SPIEGEL: Soll die EZB die Zinsen senken?
A Berg: Nicht vor dem Sommer.
A SPIEGEL: Warum nicht?
A Berg: Weil die Löhne gerade erst nachziehen. Wer jetzt senkt, riskiert eine zweite Welle.
A SPIEGEL: Frau Berg, wir danken Ihnen für dieses Gespräch.
R Mehr zum Thema
R Zinsen: EZB lässt Leitzins unverändert
R Artikel teilen
R Facebook
R X.com
R E-Mail
R Feedback
""",
    # ===== German interview full page: names as labels on their own line, cookie banner ===============================
    "de_interview_full": """\
R Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Akzeptieren“ stimmen Sie zu.
R Akzeptieren
R Einstellungen
R Zum Inhalt springen
R Startseite
R Politik
R Wirtschaft
R Kultur
R Sport
R Kultur
R Interview
T Regisseurin Anna Voss: „Ich drehe nur, was mich wütend macht“
R Von Jonas Keller
R 14.03.2024, 18:02 Uhr
R Lesezeit: 6 Min.
A Ihr neuer Film läuft im Wettbewerb der Berlinale. Ein Gespräch über Wut, Geld und das deutsche Kino.
A Frau Voss, sind Sie nervös?
A Ja.
A Wie sehr?
A Sehr. (lacht) Ich schlafe seit drei Tagen kaum.
A Ihr Film hat fünf Jahre gebraucht. Warum so lange?
A Weil niemand ihn finanzieren wollte. Zwei Sender haben abgesagt, ein dritter wollte das Ende ändern.
A Haben Sie es geändert?
A Nein. Niemals.
A Was kommt als Nächstes?
A Genau das weiß ich nicht. Und das ist gut so.
A Zur Person
A Anna Voss, 1981 in Leipzig geboren, studierte an der Filmhochschule Potsdam. Ihr Debüt gewann 2015 den Max-Ophüls-Preis.
R Mehr aus dem Ressort
R Berlinale: Die Gewinner im Überblick
R Kommentare
R Jetzt anmelden und mitdiskutieren
R Impressum
R Datenschutz
R AGB
R © Tagesblatt 2024
""",
    # ===== German podcast transcript, extract ======================================================================
    "de_podcast_extract": """\
T Folge 87: Wie gefährlich ist Mikroplastik?
R Jetzt anhören
R Abonnieren Sie unseren Podcast bei Apple Podcasts, Spotify oder überall, wo es Podcasts gibt.
A Das Transkript dieser Folge wurde redaktionell bearbeitet.
A [00:00:03] Moderatorin: Herzlich willkommen zu einer neuen Folge. Heute bei mir: die Toxikologin Petra Lang.
A [00:00:10] Petra Lang: Hallo.
A [00:00:11] Moderatorin: Frau Lang, haben wir alle Mikroplastik im Blut?
A [00:00:15] Petra Lang: Sehr wahrscheinlich, ja.
A [00:00:17] Moderatorin: Ist das gefährlich?
A [00:00:19] Petra Lang: Das wissen wir noch nicht. Genau das untersuchen wir gerade in einer Studie mit 400 Teilnehmern.
A [00:00:31] Moderatorin: Wann gibt es Ergebnisse?
A [00:00:33] Petra Lang: Ende nächsten Jahres.
R Alle Folgen
R Teilen
R Link kopieren
""",
    # ===== French: interview, extract, with dashes and a short question ============================================
    "fr_entretien_extract": """\
T Thomas Pesquet : « L'espace, c'est fini pour moi »
A L'astronaute revient sur sa carrière et sur ses projets, à la veille de la sortie de son livre.
A Vous repartirez dans l'espace ?
A Non.
A Jamais ?
A Jamais, je pense. J'ai fait deux missions, j'ai eu beaucoup de chance, il faut laisser la place.
A Qu'est-ce qui vous manque le plus ?
A La vue. (Silence.) On ne s'en remet pas vraiment.
A Et le moins ?
A La nourriture ! (Rires.)
A Votre livre parle beaucoup d'écologie. Pourquoi ?
A Parce que de là-haut, on voit la fine couche d'atmosphère, et on comprend qu'elle est fragile.
A Propos recueillis par Claire Morel
R Partager sur Facebook
R Partager sur X
R Envoyer par e-mail
R Lire aussi
R Sophie Adenot, prochaine Française dans l'espace
""",
    # ===== French live chat ("tchat") on a news site, full page ======================================================
    "fr_tchat_full": """\
R Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.
R OK
R En savoir plus
R Le Quotidien
R S'abonner
R Se connecter
R International
R Politique
R Société
R Économie
R Société
T Retraites : notre journaliste a répondu à vos questions
R Publié le 5 mars 2024 à 12h00
R Mis à jour le 5 mars 2024 à 13h30
A Notre spécialiste des questions sociales, Marc Leroy, a répondu à vos questions lors d'un tchat. Voici l'essentiel.
A Question de Julie : Est-ce que la réforme s'applique aux fonctionnaires ?
A Marc Leroy : Oui, avec le même calendrier.
A Question de Paul75 : Je suis né en 1965, quand pourrai-je partir ?
A Marc Leroy : À 63 ans et 9 mois, si vous avez tous vos trimestres.
A Question d'Amina : Et les carrières longues ?
A Marc Leroy : Le dispositif est maintenu, mais les conditions changent. Il faut avoir commencé à travailler avant 20 ans.
A Question de Luc : Merci !
A Marc Leroy : Merci à vous tous. C'est tout pour aujourd'hui.
R Newsletter
R Recevez chaque matin l'essentiel de l'actualité
R S'inscrire
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
R © Le Quotidien 2024
""",
    # ===== French radio interview transcript with speakers' labels ====================================================
    "fr_radio_transcript_full": """\
R Accueil
R Émissions
R Podcasts
R Direct
R L'invité du matin
T Agnès Martin : « Nous ne reculerons pas »
R Écouter (8 min)
R Écouter plus tard
R Télécharger
A La ministre de la Santé était l'invitée de la matinale ce mardi. Voici la transcription de l'entretien.
A JOURNALISTE :
A Madame la ministre, bonjour.
A AGNÈS MARTIN :
A Bonjour.
A JOURNALISTE :
A Les urgences de l'hôpital de Laval ferment la nuit. Vous l'acceptez ?
A AGNÈS MARTIN :
A Non. Nous allons envoyer des médecins de réserve dès la semaine prochaine.
A JOURNALISTE :
A Combien ?
A AGNÈS MARTIN :
A Douze.
A JOURNALISTE :
A Merci, Agnès Martin.
R Cette transcription a été réalisée automatiquement et peut contenir des erreurs.
R Abonnez-vous au podcast
R Apple Podcasts
R Deezer
R Spotify
R Plan du site
R Contact
R © Radio Centre 2024
""",
    # ===== Spanish interview, extract: P./R. and — dashes ===========================================================
    "es_entrevista_extract": """\
T Rosalía Núñez: "La ciencia en España vive de milagros"
A La bióloga, premio Nacional de Investigación, habla de recortes, de su laboratorio y de por qué se queda.
A Pregunta. ¿Ha pensado en irse de España?
A Respuesta. Claro.
A P. ¿Y por qué no se ha ido?
A R. Por mi equipo. Tengo doce personas que dependen de que yo consiga financiación.
A P. ¿Es suficiente el presupuesto?
A R. No.
A P. ¿Cuánto haría falta?
A R. El doble, como mínimo. Y estabilidad: no podemos planificar a cinco años con convocatorias anuales.
A P. ¿Es optimista?
A R. Sí. (Ríe) Si no, no estaría aquí.
R Archivado En
R Ciencia
R Investigación científica
R Se adhiere a los criterios de
R The Trust Project
R Más información
""",
    # ===== Spanish: a sports press conference transcript, full page ==================================================
    "es_rueda_prensa_full": """\
R Utilizamos cookies propias y de terceros. Aceptar
R Configurar
R Portada
R Fútbol
R Baloncesto
R Motor
R Más deportes
R Fútbol
R Liga
T Ancelotti: "El equipo está preparado"
R Redacción
R Madrid - 09 mar 2024 - 13:45 CET
R Compartir en Facebook
R Compartir en X
R Copiar enlace
A El entrenador del Real Madrid compareció en rueda de prensa antes del partido del domingo. Estas fueron sus palabras.
A —¿Jugará Bellingham?
A —Sí.
A —¿Desde el inicio?
A —Sí, está bien. Ha entrenado toda la semana sin problemas.
A —¿Le preocupa el calendario?
A —No. Tenemos una plantilla amplia y todos están preparados.
A —¿Y Vinícius?
A —Está perfecto. (Risas)
A —¿Renovará usted?
A —Eso no depende de mí.
R Te puede interesar
R El Barça gana en Vigo con un gol de Lewandowski
R Aviso legal
R Política de privacidad
R © Diario Deportivo 2024
""",
    # ===== Spanish podcast page with transcript, extract ============================================================
    "es_podcast_extract": """\
T Episodio 45: ¿Funciona la semana de cuatro días?
R Escucha el episodio en Spotify, iVoox o Apple Podcasts
A En este episodio hablamos con la economista Laura Gil sobre los experimentos con la jornada de cuatro días.
A [00:01:12] Laura Gil: Los resultados son buenos, pero con matices.
A [00:01:18] Presentador: ¿Qué matices?
A [00:01:20] Laura Gil: Funciona en oficinas. En sectores con turnos, como la sanidad, es mucho más difícil.
A [00:01:30] Presentador: ¿Y la productividad?
A [00:01:32] Laura Gil: Igual o mayor en la mayoría de las empresas.
A [00:01:36] Presentador: ¿En todas?
A [00:01:37] Laura Gil: No, en todas no.
R Transcripción generada automáticamente
R Suscríbete a nuestra newsletter
""",
    # ===== Italian interview, extract: D./R. and names =============================================================
    "it_intervista_extract": """\
T Sofia Goggia: «Tornerò, ma non so quando»
A La campionessa parla dell'infortunio, della riabilitazione e delle Olimpiadi di Milano Cortina.
A Come sta?
A Bene. Davvero.
A Il ginocchio?
A Migliora ogni giorno. Ho ricominciato a camminare senza stampelle la settimana scorsa.
A Pensa alle Olimpiadi?
A Sì.
A Sempre?
A Sempre. (Ride) È la gara della mia vita, a casa mia.
A Ha paura di tornare sugli sci?
A No. Ho paura di non tornarci.
R Riproduzione riservata © Copyright Corriere dello Sport
R Leggi anche
R Brignone vince a Kvitfjell
""",
    # ===== Italian full page: D:/R: interview with a cookie banner ==================================================
    "it_intervista_full": """\
R Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Personalizza
R Home
R Cronaca
R Politica
R Economia
R Esteri
R Economia
T Il ministro: «Sul salario minimo decide il Parlamento»
R di Marco Rossi
R 12 marzo 2024
R Condividi
A Il ministro del Lavoro risponde alle nostre domande su salari, pensioni e cuneo fiscale.
A D: Ministro, il salario minimo si farà?
A R: Lo deciderà il Parlamento.
A D: Lei è favorevole?
A R: No.
A D: Perché?
A R: Perché preferisco rafforzare i contratti collettivi, che coprono già il 95 per cento dei lavoratori.
A D: E il taglio del cuneo?
A R: Sarà confermato anche l'anno prossimo.
R Iscriviti alla newsletter
R Ricevi ogni mattina le notizie più importanti
R Iscriviti
R Chi siamo
R Contatti
R Privacy
R P.IVA 01234567890
""",
    # ===== Italian podcast with transcript, full =================================================================
    "it_podcast_full": """\
R Home
R Podcast
R Video
R Newsletter
R Abbonati
T Ep. 34 – Il futuro delle librerie
R Ascolta l'episodio
R Disponibile su Spotify, Apple Podcasts e Amazon Music
A Ospite di questa puntata è Giulia Ferri, libraia a Bologna da trent'anni.
A Conduttore: Giulia, le librerie chiuderanno?
A Giulia Ferri: No.
A Conduttore: Così sicura?
A Giulia Ferri: Sì. Chi entra in libreria cerca un consiglio, non un libro.
A Conduttore: Ma Amazon?
A Giulia Ferri: Amazon vende libri. Noi vendiamo conversazioni. [ride]
R Trascrizione generata automaticamente
R Condividi
R Altri episodi
R Ep. 33 – Viaggio in Sicilia
R © 2024 Podcast Italia srl
""",
    # ===== Portuguese interview, extract ===========================================================================
    "pt_entrevista_extract": """\
T "O Porto precisa de mais casas, não de mais hotéis"
A O presidente da câmara fala sobre habitação, turismo e o metro.
A Vai recandidatar-se?
A Não.
A Porquê?
A Porque dois mandatos chegam. Ninguém é insubstituível.
A O alojamento local deve ser limitado?
A Claro. Já o fizemos no centro histórico.
A E os preços das casas?
A Continuam altos. O problema é nacional, não é só do Porto.
R Partilhar
R Facebook
R Twitter
R WhatsApp
R Leia também
R Câmara aprova novo plano de habitação
""",
    # ===== Brazilian: interview full page with "Folha —" style labels =============================================
    "pt_entrevista_full": """\
R Este site usa cookies para melhorar sua experiência. Ao continuar navegando, você concorda.
R Aceitar
R Assine
R Entrar
R Poder
R Mercado
R Mundo
R Esporte
R Mercado
T Presidente do BC: "Juros vão cair, mas devagar"
R Ana Souza
R São Paulo
R 10.mar.2024 às 20h00
R Ouvir o texto
R Diminuir fonte
R Aumentar fonte
A Em entrevista, o presidente do Banco Central diz que o ciclo de cortes continua, mas pede paciência.
A Folha — Os juros vão cair mais?
A Sim.
A Até quanto?
A Não vou dar número. O ritmo depende da inflação de serviços.
A A inflação preocupa?
A Preocupa. Mas está convergindo.
A O senhor conversa com o presidente da República?
A Toda semana. (Risos)
R Leia mais
R Dólar fecha em queda
R Receba no seu email
R Inscreva-se
R Termos e condições
R Política de privacidade
R Copyright Folha de Notícias 2024
""",
    # ===== Dutch interview, extract ===============================================================================
    "nl_interview_extract": """\
T ‘Ik wilde nooit minister worden’
A De scheidende minister van Onderwijs kijkt terug op vier jaar en vertelt wat ze anders zou doen.
A Heeft u spijt?
A Nee.
A Helemaal niet?
A Van één ding wel: dat de leraren zo lang op hun salarisverhoging moesten wachten.
A Gaat u terug naar de klas?
A Ja. In september sta ik weer voor groep 8.
A Echt?
A Echt. (lacht) Ik heb het gemist.
R Deel dit artikel
R Lees ook
R Nieuwe minister van Onderwijs beëdigd
R Reageer
""",
    # ===== Dutch podcast transcript, full =========================================================================
    "nl_podcast_full": """\
R Deze website maakt gebruik van cookies. Accepteren
R Instellingen
R Home
R Nieuws
R Podcasts
R Video
T De Dag: Waarom de boer boos is
R Luister naar deze aflevering
R Abonneer je via Spotify of Apple Podcasts
A Presentator Eva Dekker spreekt met landbouwverslaggever Pieter Smit.
A Eva Dekker: Pieter, waarom staan de trekkers weer op de snelweg?
A Pieter Smit: Door de nieuwe stikstofregels.
A Eva Dekker: Alweer?
A Pieter Smit: Ja. Het gaat om de mestplafonds, die per 1 januari omlaag gaan.
A Eva Dekker: Hoeveel boeren raakt dat?
A Pieter Smit: Volgens LTO ongeveer 12.000.
A Eva Dekker: Dank je wel.
A Pieter Smit: Graag gedaan.
R Deze transcriptie is automatisch gegenereerd.
R Meer afleveringen
R Privacy
R Cookies
R © 2024 Omroep Nederland
""",
    # ===== Dutch newspaper Q&A with names in bold-like labels on their own line, extract ==============================
    "nl_vraaggesprek_extract": """\
T Burgemeester over de brand: ‘We hadden geluk’
A Een week na de grote brand in het centrum blikt de burgemeester terug.
A Vraag:
A Hoe gaat het nu met de bewoners?
A Antwoord:
A Goed, naar omstandigheden. Iedereen heeft onderdak.
A Vraag:
A Komt er een onderzoek?
A Antwoord:
A Ja, de Onderzoeksraad is al begonnen.
R Volg ons op Facebook
R Delen
R Reacties (3)
""",
    # ===== German live chat (Leser fragen), extract ===========================================================
    "de_leserchat_extract": """\
T Leser fragen, der Experte antwortet: Alles zur neuen Grundsteuer
A Steuerberater Martin Huber hat am Dienstag eine Stunde lang die Fragen unserer Leserinnen und Leser beantwortet. Eine Auswahl.
A Frage von Petra aus Köln: Muss ich die Erklärung selbst abgeben?
A Martin Huber: Ja, als Eigentümerin schon.
A Frage von Klaus M.: Bis wann?
A Martin Huber: Die Frist ist abgelaufen. Wer noch nicht abgegeben hat, sollte es sofort tun.
A Frage von Leserin Ute: Wird es teurer?
A Martin Huber: Kommt darauf an. In vielen Städten ja.
A Frage: Danke für die Antworten!
A Martin Huber: Gern geschehen.
R Jetzt Newsletter abonnieren
R Alle Artikel zum Thema
R Kommentare anzeigen
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
