# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""keep34: an over-stripping red team: articles whose own subject is what the passes strip, scraped as text (half as an
extractor leaves the page, half as all its visible text), in en, de, fr, es, it, pt, nl and pl:

- the article: a story on the EU cookie-consent ruling ("Accept all cookies?" as a line of its own, "privacy settings"),
  the BGH's and the ANPD's cookie rules; media-business pieces on newsletters and paywalls ("Sign up, says the box …",
  "Subscribe now and save 50%, the offers read, but …", "« Abonnez-vous » est devenu …"); comment moderation ("Log in to
  comment" was meant to …", "Para comentar hay que iniciar sesión …"); market reports whose lines are short figures
  ("DAX 18.234 Punkte +0,4%", "Brent: 85,34 Dollar je Barrel", "CAC 40 : 7 932,61 points (-0,6 %)") and a stock's
  portrait ("Ticker: NVDA", "P/E ratio: 74"); copyright lawsuits ("All rights reserved." quoted and then standing alone,
  "… published under a Creative Commons licence.", "Tutti i diritti riservati: la formula, spiegano gli avvocati, …");
  a photo agency's feature and a photographer's obituary ("Photo: Marta Lind/Magnum was a credit line …"); a podcast,
  a streaming series and an app reviewed ("Ouça no Spotify, diz o anúncio …", "Episodio 1: …", "Laden Sie die App
  herunter, und …"); social-media stories quoting posts with @handles and #hashtags; an interview of one-line questions;
  a list article's short items; a quote standing alone on its line; sponsored content ("Advertentie, staat er soms
  alleen, …"); a press-freedom piece about bylines;
- the residue around them: menus, bylines and datelines, share and follow rows, cookie banners and their buttons,
  newsletter boxes and paywall notices, comment sections' headings and buttons, quote boxes and broker buttons, image
  credits, copyright tails, "Read more" boxes.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines).

- round 1, blind (written before reading the passes): 24 pages, 190 ``A`` lines, 139 ``R``, 24 ``T``.
- round 2, after the changes, aimed at them: 6 pages, 38 ``A``, 21 ``R``: lists a "Here are …" / "Hier ist, was …" /
  "Voici ce que …" sentence points at, closing the article over a share row (title-case podcast names among them), a
  credit line as a sentence's subject beside a caption under its credit, an Italian rights phrase echoed alone under
  the sentence quoting it, subscription pitches told with "the banners promise", "the pop-ups urge", "says … that".

Measured on main ceec2d4: round 1 lost 14 (en's list article: nine of its items under the intro, as edge-furniture's
tail run over the share row; the copyright lawsuit's "All rights reserved." echoing the quote over it and its sentence
ending "… published under a Creative Commons licence."; "Subscribe now and save 50%, the offers read, but …";
"Photo: Marta Lind/Magnum was a credit line …" as an image credit; it's "Tutti i diritti riservati: la formula,
spiegano gli avvocati, …" as a rights notice), left 13; round 2 lost 14 (the podcast and the packing lists, the credit
sentence, the echoed Italian phrase, "Start your free trial, the pop-ups urge, …"), left 1.

After: round 1 lost 0, left 12; round 2 lost 0, left 1 (``RESIDUE_LEFT`` says what and why). The changes, each with
what it still takes and what it keeps (tests below):

- ``structure._pointed_tail_list`` (edge-furniture, tail): a list a sentence points at, closing the article: a kept
  sentence closed by a full stop that table ``structure.list_pointer`` matches, over 4 to 15 items of up to 8 words
  (no sentence, no colon), half or more of those of two words in sentence case, down to the page's end or a line
  another pass took. The table gained (keep34 block) sentences opening on a pointing word ("Here is/are …", "Voici …",
  "Hier ist/sind …", "Ecco …", "Estos son …", "Eis …", "Dit zijn …", "Oto …"). Still taken: a menu in title case under
  such a sentence; the same short lines under a sentence that points at nothing.
- ``cookies.reported`` (every vocabulary pass's reported-speech guard, sentences of ten words or more), en: a pitch
  told as a thing's words, the subject before the verb (", the offers read,", ", the pop-ups urge,", ", the banners
  promise,"), and a sentence opening on a subject and a reporting verb ("The company says its use is fair, and that …");
  it, de, pt, nl: the present's plural before its subject (", spiegano gli avvocati,", ", erklären die Anwälte,",
  ", explicam os advogados,", ", zeggen juristen,", ", versprechen die Banner,"). Still taken:
  "Subscribe now and save 50% on your first year …", "This article is republished from The Conversation under a
  Creative Commons licence.", "Riproduzione riservata © Copyright ANSA", "Alle Rechte vorbehalten.", "Todos os direitos
  reservados.", "Alle rechten voorbehouden."
- ``credits.labelled_sentence`` (image-credit; talk34's file, one function, tagged): a credit with a slash that is the
  sentence's own subject, its verb in lower case at most two words after the slash, eight words or more after it
  ("Photo: AP/Evan Vucci became one of the most printed credit lines …"). Still taken: "Photo: AP/Evan Vucci President
  Trump speaks to reporters …" (the caption's own subject after the credit), "Photo: Jane Doe/Reuters".
- ``credits.Copyright.spared`` (copyright; talk34's file, tagged): a rights phrase of six words or fewer, no ©, between
  two of the article's prose lines, the one over it quoting it right after a quotation mark. Still taken: the same
  words under the article, and between two paragraphs when no sentence quotes them.
- ``widgets.finance`` (finance-widget), de: a broker's button "Jetzt Depot eröffnen" / "Kostenloses Depot eröffnen" (a
  "jetzt" or a "kostenlos" needed: a how-to's "Depot eröffnen" and "Wer ein Depot eröffnen will, …" stay); fr: "Cours
  en temps réel" as a whole line.

Left alone: a quote box's figures under a market report ("DAX 18.234,51 +0,41%") have the report's own lines' shape;
one to three section names over a headline (no run of furniture) stay, as a kicker over a title may be the article's.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written blind, before reading the passes) =========================================================
    # ----- cookies / consent -----
    "en_cookie_ruling_full": """\
R Skip to main content
R World
R Business
R Tech
R Opinion
T EU court says cookie banners must make 'reject all' as easy as 'accept all'
R By Hannah Weller, Technology Correspondent
R Published 14 March 2024
A Europe's top court ruled on Thursday that websites must let visitors refuse cookies with a single click, just as they can accept them.
A The Court of Justice of the European Union said a consent banner that hides the "reject all" button behind a second layer of settings does not produce valid consent under the GDPR.
A Accept all cookies?
A That question, asked billions of times a day, has become the most familiar sentence on the European internet.
A Regulators say most people click "accept all" simply because it is the quickest way to reach the article they wanted to read.
A "Consent that is extracted by design is not consent," the court wrote in its judgment.
A Privacy settings must be reachable from every page, the judges added, and withdrawing consent must be as easy as giving it.
A Publishers' associations warned that advertising revenue could fall by a fifth if fewer readers agree to tracking cookies.
A Max Schrems, whose group noyb brought the original complaint, called the decision "the end of the dark pattern".
A The ruling applies immediately, and national data protection authorities are expected to begin audits this summer.
R Share this article
R Facebook
R Twitter
R Email
R We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.
R Accept all
R Manage preferences
R © 2024 The Daily Ledger. All rights reserved.
""",
    "de_cookie_urteil_ext": """\
T BGH: Vorausgefülltes Häkchen ist keine Einwilligung
A Der Bundesgerichtshof hat entschieden, dass ein bereits gesetztes Häkchen im Cookie-Banner keine wirksame Einwilligung ist.
A Geklagt hatte der Bundesverband der Verbraucherzentralen gegen einen Gewinnspielanbieter.
A Wer Cookies zur Werbung setzen will, braucht nach dem Urteil die aktive Zustimmung des Nutzers.
A „Alle akzeptieren“ und „Alle ablehnen“ müssen nach Ansicht der Verbraucherschützer gleichwertig gestaltet sein.
A Die Richter verwiesen auf die Datenschutz-Grundverordnung und die ePrivacy-Richtlinie.
A Viele Nutzer klicken auf „Akzeptieren“, ohne die Datenschutzeinstellungen überhaupt zu öffnen.
A Für Website-Betreiber bedeutet das Urteil, dass sie ihre Cookie-Hinweise überarbeiten müssen.
A Cookies, die für den Betrieb der Seite technisch notwendig sind, bleiben auch ohne Einwilligung erlaubt.
R Mehr zum Thema
R Datenschutz: Was Sie über Tracking wissen müssen
R Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.
R Einverstanden
""",
    "pt_cookies_lgpd_full": """\
R Menu
R Assine
R Entrar
T ANPD publica guia sobre cookies e consentimento
A A Autoridade Nacional de Proteção de Dados publicou nesta segunda-feira um guia orientativo sobre o uso de cookies em sites brasileiros.
A O documento afirma que banners com a opção "aceitar todos" pré-selecionada não atendem à Lei Geral de Proteção de Dados.
A Segundo a ANPD, o usuário deve poder recusar cookies não essenciais com a mesma facilidade com que os aceita.
A Cookies de publicidade e de análise exigem consentimento, enquanto os estritamente necessários podem ser usados sem ele.
A "Não basta colocar um aviso dizendo que o site usa cookies", disse a diretora Miriam Wimmer.
A O guia também recomenda que as configurações de privacidade fiquem acessíveis em todas as páginas.
A Empresas que descumprirem as regras podem ser multadas em até 2% do faturamento.
R Compartilhe
R WhatsApp
R Facebook
R Leia também
R Vazamento expõe dados de 200 milhões de brasileiros
R Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa Política de Privacidade.
R Aceitar
""",
    # ----- newsletters / paywalls -----
    "en_newsletters_business_ext": """\
T The newsletter gold rush is over. Now comes the paywall
A Three years ago every newsroom wanted a newsletter; now every newsroom wants its newsletter readers to pay.
A Sign up, says the box at the bottom of almost every article, and millions of readers did.
A But free subscribers rarely become paying ones: the industry's conversion rate hovers around 2 per cent.
A The Atlantic, which reached a million digital subscriptions last year, offers a free trial and then charges $79.99 a year.
A "A free trial is a promise you have to keep every single week," said its head of growth.
A Publishers now test metered paywalls, hard paywalls and registration walls that ask readers only to log in.
A Subscribe now and save 50%, the offers read, but churn after the first discounted year can exceed 40 per cent.
A Smaller outlets say the newsletter remains their most loyal channel, even when it brings in no revenue at all.
A Substack, the platform that popularised paid newsletters, says it now has more than 3 million paid subscriptions.
R Sign up for our Media Briefing newsletter to get the latest industry news every weekday.
R Subscribe
R Already a subscriber? Log in
""",
    "fr_newsletters_paywall_full": """\
R Accueil
R Économie
R Médias
T Presse : les abonnements numériques dépassent enfin le papier
R Abonnez-vous à partir de 1 € le premier mois
A Pour la première fois, les quotidiens français ont vendu davantage d'abonnements numériques que d'exemplaires papier en 2023.
A Le Monde revendique plus de 500 000 abonnés numériques, un chiffre qui a doublé en cinq ans.
A La recette tient en quelques mots : un mur payant, une offre d'essai gratuite et des newsletters thématiques.
A « Abonnez-vous » est devenu le bouton le plus important de la page d'accueil, reconnaît un directeur commercial.
A Les lecteurs s'inscrivent d'abord à une lettre d'information gratuite, puis se voient proposer un abonnement.
A Les éditeurs régionaux peinent davantage : leurs abonnés restent fidèles au papier et à la livraison à domicile.
A L'Alliance de la presse estime que le numérique représentera la moitié des recettes de diffusion d'ici 2027.
R Cet article est réservé aux abonnés. Il vous reste 70% à découvrir.
R Déjà abonné ? Se connecter
R Inscrivez-vous à notre newsletter
R Recevez chaque matin l'essentiel de l'actualité.
R S'inscrire
""",
    # ----- comment moderation -----
    "en_comment_moderation_ext": """\
T Why news sites are switching off their comments
A When a regional daily closed the comments under its articles last month, its editor wrote that the decision had taken five years.
A Comments were once the pride of the online newsroom, a place where readers could reply to reporters and to each other.
A Today most large outlets either moderate every comment before publication or close comments after 24 hours.
A Moderators describe reading thousands of posts a shift, deleting abuse and flagging threats for the police.
A "Log in to comment" was meant to make people more civil, but requiring an account changed little, a 2022 study found.
A Community guidelines have grown longer, and some sites now publish them next to every comment box.
A Reply chains are where the worst abuse happens, said one moderator, who asked not to be named.
A Some newsrooms have moved the conversation to curated reader letters instead, printing a handful each day.
A Others are experimenting with AI filters that hold back comments containing slurs until a human has looked at them.
R Comments
R Log in or register to join the conversation.
R 14 comments
R Sort by: Newest
""",
    "es_moderacion_comentarios_full": """\
R Inicio
R Sociedad
R Tecnología
T Los medios españoles endurecen la moderación de comentarios
R Redacción | Madrid | 12/02/2024 - 10:32h
A Varios diarios digitales han cerrado los comentarios en las noticias sobre inmigración y violencia de género.
A Los moderadores revisan cada comentario antes de publicarlo y eliminan los insultos y las amenazas.
A "Responder a un lector ya no es posible en todas las piezas", explica la defensora del lector de un periódico nacional.
A Para comentar hay que iniciar sesión con una cuenta verificada desde 2021.
A Las normas de participación prohíben los ataques personales, la publicidad y los mensajes repetidos.
A Según un estudio de la Universidad de Navarra, el 60% de los comentarios procede de menos del 5% de los usuarios.
A Algunos medios han trasladado el debate a sus redes sociales, donde la moderación depende de las plataformas.
R Comentarios
R Normas de participación
R Inicia sesión para comentar
R Responder
R Me gusta
""",
    # ----- markets -----
    "de_boerse_dax_full": """\
R Startseite
R Finanzen
R Börse
T DAX schließt auf Rekordhoch – Autowerte gefragt
R Aktualisiert: 15.03.2024, 17:45 Uhr
A Der deutsche Aktienmarkt hat am Freitag erneut ein Rekordhoch erreicht.
A DAX 18.234 Punkte +0,4%
A MDAX 26.102 Punkte −0,2%
A Euro: 1,0892 Dollar
A Brent: 85,34 Dollar je Barrel
A Gefragt waren vor allem Autowerte: Volkswagen legten um 2,1 Prozent zu, BMW um 1,8 Prozent.
A Händler verwiesen auf Hoffnungen auf eine baldige Zinssenkung der Europäischen Zentralbank.
A Schwächer zeigten sich dagegen Versorger, RWE verloren 1,3 Prozent.
A Die Commerzbank profitierte von einem positiven Analystenkommentar und gewann 3 Prozent.
R DAX 18.234,51 +0,41%
R Dow Jones 38.714,77 −0,49%
R Jetzt Depot eröffnen
R Anzeige
""",
    "en_stock_portrait_ext": """\
T Nvidia: the chip stock that ate the market
A Nvidia's shares have risen more than 240% in twelve months, making it the third most valuable company in the world.
A Ticker: NVDA
A Market cap: $2.2 trillion
A 52-week range: $222.97 – $974.00
A P/E ratio: 74
A The company's data-centre revenue quadrupled last year as cloud providers raced to buy its H100 chips.
A Analysts at Morgan Stanley raised their price target to $1,000 on Monday.
A Bears point to the valuation: at 74 times earnings, the stock prices in years of uninterrupted growth.
A Jensen Huang, who co-founded the company in 1993, still owns about 3.5% of its shares.
A The stock closed at $878.37 on Friday, up 0.7% on the day.
R Add to watchlist
R NVDA 878.37 +6.12 (+0.70%)
R Market data provided by Refinitiv. Quotes delayed at least 15 minutes.
""",
    "fr_bourse_cac_ext": """\
T Le CAC 40 recule, plombé par le luxe
A La Bourse de Paris a terminé la séance de mardi en baisse, pénalisée par le repli des valeurs du luxe.
A CAC 40 : 7 932,61 points (-0,6 %)
A Euro Stoxx 50 : 4 912,30 points (-0,4 %)
A Pétrole Brent : 82,10 dollars
A LVMH a cédé 2,3 % et Kering 3,1 % après des chiffres décevants en Chine.
A À l'inverse, TotalEnergies a gagné 1,2 % dans le sillage du pétrole.
A Les investisseurs attendent désormais la publication de l'inflation américaine mercredi.
R Cours en temps réel
R CAC 40 7 932,61 -0,60%
R Ajouter à mon portefeuille
""",
    # ----- copyright -----
    "en_copyright_lawsuit_ext": """\
T Authors sue AI company over training on their novels
A A group of novelists has sued an artificial intelligence company, claiming it copied their books without permission to train its chatbot.
A The complaint quotes the copyright page of one of the novels: "All rights reserved. No part of this book may be reproduced without the written permission of the publisher."
A All rights reserved.
A Those three words, the authors argue, leave no room for a machine to read and memorise their work.
A The company says its use is fair, and that many of the texts it used were published under a Creative Commons licence.
A "Reproduced with permission" is the phrase the plaintiffs want to see on every output that quotes their books.
A The case is one of more than a dozen brought against AI developers in US courts since 2023.
A A hearing on the company's motion to dismiss is scheduled for June.
R © 2024 Reuters. All rights reserved.
R This article may not be reproduced without permission.
""",
    "it_diritto_autore_full": """\
R Home
R Cultura
R Libri
T Foto senza permesso, editore condannato a risarcire il fotografo
A Il tribunale di Milano ha condannato un editore a pagare 40.000 euro a un fotografo per aver pubblicato dodici sue immagini senza autorizzazione.
A Sotto le foto compariva solo la dicitura "Riproduzione riservata", che secondo i giudici non basta a indicare l'autore.
A Tutti i diritti riservati: la formula, spiegano gli avvocati, non sostituisce il consenso del titolare.
A Il fotografo aveva pubblicato le immagini con una licenza Creative Commons che ne vietava l'uso commerciale.
A L'editore sostiene di averle trovate su un archivio online senza indicazioni sull'autore.
A La sentenza potrà essere impugnata in appello entro sei mesi.
R Condividi
R Riproduzione riservata © Copyright ANSA
R Ti potrebbe interessare
R Libri, le novità della settimana
""",
    # ----- photography -----
    "nl_fotobureau_full": """\
R Nieuws
R Cultuur
R Media
T Fotopersbureaus onder druk: 'Iedereen denkt dat een foto gratis is'
R Door Sanne de Vries
A Het Nederlandse fotopersbureau ANP verkoopt dagelijks duizenden foto's aan kranten en websites.
A Maar de concurrentie van Getty Images en van gratis beeldbanken is moordend, zegt directeur Ruben Stam.
A "Onder elke foto staat een regel als Foto: ANP, en die regel is ons hele verdienmodel," zegt hij.
A Fotografen krijgen per gepubliceerde foto een vergoeding, die in tien jaar met de helft is gedaald.
A Getty Images en Shutterstock sloten vorig jaar een fusie om kosten te besparen.
A Fotograaf Koen van Weel werkt al twintig jaar voor het bureau en maakte de bekendste foto's van het Binnenhof.
A Hij ziet zijn naam steeds vaker verdwijnen uit de bijschriften.
A "Een credit is geen beleefdheid, het is de wet," zegt Van Weel.
R Foto: ANP / Koen van Weel
R Deel dit artikel
R Lees ook
R Persvrijheid in Nederland opnieuw gedaald
""",
    "en_obituary_photographer_ext": """\
T Eve Arnold's heir: Marta Lind, war photographer, dies at 81
A Marta Lind, whose photographs of the Balkan wars appeared on the front pages of the world's newspapers, has died aged 81.
A Photo: Marta Lind/Magnum was a credit line that readers of Time and Life learned to recognise in the 1990s.
A Born in Gothenburg in 1943, she joined Magnum Photos in 1978 and covered conflicts on four continents.
A Her picture of a girl carrying a cat out of a burning house in Vukovar won a World Press Photo award.
A She insisted that every caption carry the name of the person photographed, not only her own.
A Getty Images, which licenses part of her archive, said her work had been published more than 40,000 times.
A She is survived by her daughter and two grandchildren.
R Photograph: Magnum Photos
R Related: The photographers who defined the 20th century
""",
    # ----- podcasts / apps -----
    "pt_podcast_review_ext": """\
T "Praia dos Ossos" volta com segunda temporada ainda melhor
A O podcast que reconstituiu o assassinato de Ângela Diniz está de volta, agora sobre outro crime dos anos 1970.
A Ouça no Spotify, diz o anúncio, mas a série também está em todas as outras plataformas.
A Episódio 12 é o melhor da temporada: uma entrevista de quarenta minutos com a filha da vítima.
A A narração continua contida, e a trilha sonora original ajuda a criar a tensão sem exageros.
A A pesquisa de arquivo é impressionante, com gravações de rádio que nunca tinham sido publicadas.
A Os novos episódios saem toda quinta-feira.
R Ouça o episódio
R Siga a Rádio Novelo no Instagram
""",
    "de_app_test_full": """\
R Startseite
R Digital
R Apps
T Im Test: Die neue DB-Navigator-App
R Von Lukas Berger | 02.04.2024
A Die Deutsche Bahn hat ihre App DB Navigator grundlegend überarbeitet.
A Laden Sie die App herunter, und Sie werden als Erstes nach Ihrer BahnCard gefragt.
A Die Startseite zeigt nun die nächsten Verbindungen vom aktuellen Standort.
A Tickets lassen sich mit zwei Tipps kaufen, das Deutschlandticket erscheint direkt im Wallet.
A Im Test stürzte die App zweimal ab, beide Male beim Umstieg in Fulda.
A Die Echtzeitdaten zu Verspätungen sind genauer als bisher.
A Fazit: Ein großer Schritt nach vorn, aber noch nicht fehlerfrei.
A Bewertung: 4 von 5 Sternen
R Jetzt im App Store herunterladen
R Jetzt bei Google Play
R Artikel teilen
R Kommentare
""",
    "es_streaming_full": """\
R Series
R Cine
R Música
T 'El Eternauta': la ciencia ficción argentina conquista Netflix
A La adaptación del cómic de Oesterheld es la serie de habla no inglesa más vista de la semana en Netflix.
A Ricardo Darín interpreta a Juan Salvo, un hombre que sobrevive a una nevada mortal en Buenos Aires.
A Episodio 1: la nieve cae sobre la ciudad y nadie entiende qué está pasando.
A Episodio 6: el desenlace deja abierta la puerta a una segunda temporada.
A La música, disponible para escuchar en Spotify, mezcla rock nacional con una partitura orquestal.
A Los efectos visuales están a la altura de cualquier producción de Hollywood.
A Véala si le gustan las historias de supervivencia con un fondo político.
R Ver en Netflix
R Síguenos en Instagram
R Te puede interesar
R Las mejores series de 2024
""",
    # ----- social media -----
    "es_redes_sociales_full": """\
R Última hora
R Política
T La alcaldesa borra un tuit tras la polémica por las obras
A La alcaldesa publicó el lunes un mensaje en la red social X que ha desatado una tormenta política.
A "Las obras terminarán en mayo. Gracias por vuestra paciencia 🚧 #MadridAvanza", escribió desde la cuenta @alcaldesa_mad.
A Pocos minutos después, la oposición compartió una captura con el mensaje "Síguenos para más promesas incumplidas".
A El tuit fue compartido más de 12.000 veces antes de ser borrado.
A @vecinoschamberi respondió con fotos de las zanjas abiertas desde hace un año.
A La etiqueta #ObrasEternas fue tendencia durante toda la tarde.
A El Ayuntamiento asegura que el calendario no ha cambiado.
R Comparte esta noticia
R Síguenos en Twitter
R Síguenos en Facebook
R Síguenos en Instagram
""",
    "en_social_media_ext": """\
T The 'follow us' economy: how brands buy their way into your feed
A Follow us, share this, like and subscribe: the three instructions that end almost every brand video online.
A Marketers spent $207 billion on social media advertising last year, according to Statista.
A A single post from an influencer with a million followers can cost $10,000 or more.
A "@glossier did not invent this, but it perfected it," said the author of a new book on the industry.
A #ad is the hashtag regulators require on paid posts, though surveys show few users notice it.
A Share buttons themselves are a business: every click tells the platform what you read.
A The Federal Trade Commission fined three agencies last year for hiding sponsorship deals.
R Follow us on Instagram
R Share on Facebook
R Share on X
""",
    # ----- interview / list / quote -----
    "fr_interview_ext": """\
T Annie Ernaux : « J'écris pour venger ma race »
A Prix Nobel de littérature en 2022, Annie Ernaux publie un nouveau livre de souvenirs.
A Pourquoi revenir à Yvetot ?
A Parce que tout a commencé là, dans le café-épicerie de mes parents.
A Vous relisez-vous ?
A Jamais. Une fois le livre publié, il ne m'appartient plus.
A Et le prix Nobel ?
A Il m'a donné une voix que je n'avais pas, surtout auprès des jeunes femmes.
A Que lisez-vous en ce moment ?
A Les lettres de Flaubert, encore et toujours.
R Propos recueillis par Claire Devarrieux
R Lire aussi
R Annie Ernaux, une vie en livres
""",
    "en_list_article_full": """\
R Home
R Life
R Travel
T 12 things to pack for a winter city break
A Winter city breaks are cheaper than summer ones, but only if you pack well.
A Here is what our travel desk never leaves home without.
A A packable down jacket
A Merino base layers
A Waterproof boots
A A universal plug adapter
A A refillable water bottle
A A power bank
A Gloves that work with a touchscreen
A A small umbrella
A Lip balm
A Earplugs
A A paper map, just in case
A A good book for the train
R Share
R Pin it
R Newsletter
R Sign up for our weekly travel deals
R Read next
R The 10 best Christmas markets in Europe
""",
    "it_citazione_ext": """\
T Morto Gianni Minà, il giornalista che intervistò Fidel Castro
A È morto a Roma all'età di 84 anni Gianni Minà, giornalista e documentarista.
A Per oltre cinquant'anni ha raccontato lo sport, la musica e l'America Latina.
A La sua intervista a Fidel Castro del 1987 durò sedici ore.
A "Non ho mai fatto domande per mettere in difficoltà, ma per capire."
A Così spiegava il suo metodo in un'intervista a questo giornale nel 2011.
A Lo ricordano Maradona, Muhammad Ali e Gabriel García Márquez, che lo considerava un amico.
A I funerali si terranno venerdì nella chiesa degli Artisti in piazza del Popolo.
R Leggi anche
R Addio a Gianni Minà, le reazioni del mondo dello sport
R Riproduzione riservata
""",
    # ----- advertising / press freedom -----
    "nl_reclame_ext": """\
T Gesponsorde inhoud rukt op in Nederlandse media
A Steeds meer nieuwssites publiceren artikelen die door adverteerders zijn betaald.
A Onder de kop staat dan een klein label: "Gesponsorde inhoud" of "Advertorial".
A Advertentie, staat er soms alleen, in grijze letters die nauwelijks opvallen.
A De Reclame Code Commissie kreeg vorig jaar 140 klachten over onduidelijke labels.
A "Lezers moeten in één oogopslag zien dat iemand voor dit stuk heeft betaald," zegt mediajurist Eva Haan.
A Uitgevers verdedigen de vorm: zonder branded content zouden er meer redacteuren moeten vertrekken.
A Het Commissariaat voor de Media onderzoekt of de regels strenger moeten.
R Advertentie
R Lees meer over: media, reclame
R Deel dit artikel
""",
    "pl_wolnosc_prasy_full": """\
R Wiadomości
R Kraj
R Media
T Dziennikarze bez nazwisk. Redakcje ukrywają autorów tekstów
R Autor: Anna Kowalska
R 12.03.2024, 08:15
A Coraz więcej redakcji w Europie Wschodniej publikuje teksty bez podpisu autora.
A Zamiast nazwiska pod artykułem pojawia się tylko "Redakcja" albo "Opracowanie własne".
A Powodem są groźby i pozwy, które trafiają do dziennikarzy piszących o korupcji.
A "Podpis pod tekstem to odpowiedzialność, ale też cel" – mówi reporterka, która prosi o anonimowość.
A Reporterzy bez Granic odnotowali w ubiegłym roku 40 przypadków zastraszania dziennikarzy w Polsce.
A Organizacje dziennikarskie apelują o ustawę chroniącą przed tak zwanymi pozwami SLAPP.
R Udostępnij
R Komentarze (12)
R Zaloguj się, aby dodać komentarz
""",
    # ===== ROUND 2 (after the changes, aimed at them: controls that must survive) ====================================
    "en_podcast_list_full": """\
R Home
R Culture
R Podcasts
T The 8 best podcasts of the year
A It was a year in which podcasting grew up, with fewer celebrity chat shows and more patient reporting.
A Here are the shows our critics could not stop listening to.
A Serial, season four
A The Rest Is History
A A slow true-crime series from Ireland
A Radiolab's episode on the missing minute
A Ologies with Alie Ward
A A daily news show in under ten minutes
R Listen on Spotify
R Listen on Apple Podcasts
R Subscribe to our culture newsletter
R © 2024 Example Media Ltd
""",
    "de_packliste_ext": """\
T Was in den Rucksack gehört
A Wer im Herbst in die Alpen fährt, sollte auf plötzliche Wetterumschwünge vorbereitet sein, warnt der Alpenverein.
A Hier ist, was Bergführer für eine Tagestour empfehlen.
A Eine wasserdichte Jacke
A Warme Handschuhe
A Eine Stirnlampe mit Ersatzbatterien
A Erste-Hilfe-Set
A Genug Wasser und etwas zu essen
A Ein aufgeladenes Handy
R Jetzt den Newsletter abonnieren
R Artikel teilen
""",
    "fr_liste_voici_full": """\
R Accueil
R Vie pratique
T Rentrée : la liste des fournitures coûte plus cher cette année
A Selon une enquête de Familles rurales, la liste des fournitures scolaires a augmenté de 6 % en un an.
A Voici ce que les enseignants demandent le plus souvent en sixième.
A Un cahier de texte ou un agenda
A Des stylos bille de quatre couleurs
A Une calculatrice de collège
A Une règle, une équerre et un rapporteur
A Des feuilles simples grand format
R Partager sur Facebook
R Partager sur X
R Lire aussi
R Allocation de rentrée : les montants 2024
""",
    "en_photo_credit_sentence_ext": """\
T The name under the picture
A Every newspaper photograph carries a credit, but few readers notice it.
A Photo: AP/Evan Vucci became one of the most printed credit lines of the Trump years, appearing under thousands of images.
A Photographers say the credit is their only advertising, and they fight to keep it.
A Courts in several countries have ruled that cropping a photographer's name out of a picture breaches copyright.
A Agencies now embed the credit in the file's metadata so that it travels with the image.
R Photo: AP/Evan Vucci President Trump speaks to reporters on the South Lawn of the White House.
R Related: How news agencies make money
""",
    "it_diritti_eco_ext": """\
T Quella formula in fondo alla pagina
A Quasi ogni libro italiano riporta sul retro del frontespizio la stessa frase: "Tutti i diritti riservati. Nessuna parte può essere riprodotta."
A Tutti i diritti riservati.
A Tre parole che, secondo molti giuristi, non aggiungono nulla a quanto la legge già garantisce all'autore.
A Il diritto d'autore nasce infatti con l'opera, senza bisogno di alcuna dichiarazione.
A La formula resta per abitudine, e perché gli editori temono di sembrare meno protetti senza di essa.
R Riproduzione riservata
R Tutti i diritti riservati © 2024 Gruppo Editoriale
""",
    "en_paywall_pitches_ext": """\
T The art of the subscription pitch
A Subscribe today for just $1, the banners promise, and most readers who pay that dollar never cancel.
A Start your free trial, the pop-ups urge, though fewer than one in five trials turns into a paying subscription.
A The New York Times says it will reach 15 million subscribers by 2027, and that most of them will pay for a bundle.
A Publishers argue that the pitches work because they are blunt, and blunt pitches are cheap to test.
A The Financial Times, which charges more than most, says price matters less to its readers than habit.
R Subscribe today for just $1 a week. Cancel anytime.
R Start your free trial
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the quote box under the report ("DAX 18.234,51 +0,41%", "Dow Jones 38.714,77 −0,49%"): the report's own lines are
    # the same shape ("DAX 18.234 Punkte +0,4%"), and a rule telling them apart by a "Punkte" would name a word, not a
    # shape; the broker's button went (finance-widget)
    "de_boerse_dax_full": 2,
    # "Life" and "Travel" under "Home": a run of three short lines over the headline, under edge-furniture's run of four
    # (a lone section name over a title stays, a kicker may be the article's)
    "en_list_article_full": 2,
    # the ticker's quote "NVDA 878.37 +6.12 (+0.70%)" between "Add to watchlist" and the data notice: a line of figures,
    # as the portrait's own "Market cap: $2.2 trillion" is
    "en_stock_portrait_ext": 1,
    # "Última hora" and "Política" over the headline: two section names, no run of furniture
    "es_redes_sociales_full": 2,
    # "Series", "Cine", "Música" over the headline: three, under the run of four
    "es_streaming_full": 3,
    # the quote box's "CAC 40 7 932,61 -0,60%": the report's own "CAC 40 : 7 932,61 points (-0,6 %)" is the same shape
    "fr_bourse_cac_ext": 1,
    # "Vie pratique" under "Accueil" (site-chrome took it): one section name over the headline
    "fr_liste_voici_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules changed, both ways ------------------------------------------------------------------

#: a few sentences of an article per language, the line put before, inside or after them
TEXT = {
    "en": [
        "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
        "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in a statement.",
        "Drivers will be diverted through the town centre, which traders say will bring them more customers.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Flussbrücke bis zum Ende der Sommerferien zu sperren.",
        "Bei einer Routinekontrolle im März hatten Ingenieure Risse in zwei Pfeilern der Brücke entdeckt.",
        "Autofahrer werden durch die Innenstadt umgeleitet, was die Händler dort freuen dürfte.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi la fermeture du vieux pont jusqu'à la fin des vacances d'été.",
        "Des ingénieurs ont découvert des fissures dans deux piles du pont lors d'une inspection en mars.",
        "Les automobilistes seront déviés par le centre-ville, ce qui réjouit les commerçants.",
    ],
    "it": [
        "Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte sul fiume fino alla fine dell'estate.",
        "Durante un controllo di routine a marzo, gli ingegneri avevano trovato crepe in due piloni del ponte.",
        "Le auto saranno deviate nel centro storico, dove i commercianti sperano in più clienti.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes cerrar el viejo puente hasta el final del verano para repararlo.",
        "Los ingenieros encontraron grietas en dos pilares del puente durante una inspección rutinaria en marzo.",
        "Los conductores serán desviados por el centro, lo que según los comerciantes les traerá más clientes.",
    ],
    "pt": [
        "A câmara decidiu na terça-feira fechar a velha ponte sobre o rio até ao fim do verão para obras.",
        "Os engenheiros encontraram fissuras em dois pilares da ponte durante uma inspeção de rotina em março.",
        "Os condutores serão desviados pelo centro da cidade, o que os comerciantes dizem que trará mais clientes.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdag besloten de oude brug over de rivier tot het einde van de zomer te sluiten.",
        "Ingenieurs vonden in maart tijdens een routine-inspectie scheuren in twee pijlers van de brug.",
        "Automobilisten worden door het centrum omgeleid, wat de winkeliers daar meer klanten zou opleveren.",
    ],
}

GOES = [
    # the calls and notices the reporting clauses added leave to their passes
    ("en", "Subscribe now and save 50% on your first year of unlimited digital access.", "newsletter-prompt"),
    ("en", "This article is republished from The Conversation under a Creative Commons licence.", "copyright"),
    ("it", "Riproduzione riservata © Copyright ANSA", "copyright"),
    ("de", "Alle Rechte vorbehalten.", "copyright"),
    ("pt", "Todos os direitos reservados.", "copyright"),
    ("nl", "Alle rechten voorbehouden.", "copyright"),
    # a caption under its credit: its own subject after the credit's names
    ("en", "Photo: AP/Evan Vucci President Trump speaks to reporters on the South Lawn of the White House.", "image-credit"),
    ("en", "Photo: Jane Doe/Reuters", "image-credit"),
    # a broker's button and a quote box's heading
    ("de", "Jetzt Depot eröffnen", "finance-widget"),
    ("de", "Kostenloses Depot eröffnen", "finance-widget"),
    ("fr", "Cours en temps réel", "finance-widget"),
]

STAYS = [
    ("en", "Subscribe now and save 50%, the offers read, but churn after the first discounted year can exceed 40 per cent."),
    ("en", "Start your free trial, the pop-ups urge, though fewer than one in five trials turns into a paying subscription."),
    ("en", "The company says its use is fair, and that many of the texts it used were published under a Creative Commons licence."),
    ("en", "Photo: Marta Lind/Magnum was a credit line that readers of Time and Life learned to recognise in the 1990s."),
    ("en", "Photo: AP/Evan Vucci became one of the most printed credit lines of the Trump years, appearing under thousands of images."),
    ("it", "Tutti i diritti riservati: la formula, spiegano gli avvocati, non sostituisce il consenso del titolare."),
    ("it", "Riproduzione riservata, ricordano gli editori, è una formula che non ha alcun valore legale in Italia."),
    ("de", "Alle Rechte vorbehalten: Die Formel, erklären die Anwälte, ersetzt nicht die Zustimmung des Urhebers."),
    ("de", "Jetzt abonnieren und 50 Prozent sparen, versprechen die Banner, doch viele Leser kündigen nach einem Jahr."),
    ("pt", "Todos os direitos reservados: a fórmula, explicam os advogados, não substitui o consentimento do autor."),
    ("pt", "Assine agora e economize 50%, prometem os anúncios, mas metade dos leitores cancela depois de um ano."),
    ("nl", "Alle rechten voorbehouden: die formule, zeggen juristen, vervangt de toestemming van de maker niet."),
    ("nl", "Abonneer nu en bespaar 50 procent, beloven de banners, maar de helft van de lezers zegt na een jaar op."),
    ("es", "Todos los derechos reservados: la fórmula, explican los abogados, no sustituye el consentimiento del autor."),
    ("fr", "Tous droits réservés : la formule, expliquent les avocats, ne remplace pas l'accord de l'auteur."),
    ("de", "Wer ein Depot eröffnen will, sollte die Gebühren der Banken vergleichen, rät die Verbraucherzentrale."),
    ("fr", "Les cours en temps réel sont désormais gratuits sur la plupart des applications de courtage."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    ("pointer", "items"),
    [
        ("Here is what our travel desk never leaves home without.", ["A packable down jacket", "Merino base layers", "Waterproof boots", "A power bank", "Gloves that work with a touchscreen"]),
        ("Here are the shows our critics could not stop listening to.", ["Serial, season four", "The Rest Is History", "A slow true-crime series from Ireland", "Radiolab's episode on the missing minute"]),
        ("Hier ist, was Bergführer für eine Tagestour empfehlen.", ["Eine wasserdichte Jacke", "Warme Handschuhe", "Eine Stirnlampe mit Ersatzbatterien", "Ein aufgeladenes Handy"]),
        ("Voici ce que les enseignants demandent le plus souvent en sixième.", ["Un cahier de texte ou un agenda", "Des stylos bille de quatre couleurs", "Une calculatrice de collège", "Des feuilles simples grand format"]),
        ("Ecco cosa mettere in valigia per una settimana al mare.", ["Una crema solare ad alta protezione", "Un cappello di paglia", "Due costumi da bagno", "Un libro da leggere in spiaggia"]),
    ],
)
def test_a_list_a_sentence_points_at_closing_the_article_stays_over_residue(pointer: str, items: list[str]) -> None:
    # (edge-furniture's _pointed_tail_list: the list runs down to the share row and the newsletter box other passes take)
    lang_text = {"H": TEXT["en"], "E": TEXT["it"], "V": TEXT["fr"]}
    text = TEXT["de"] if pointer.startswith("Hier") else lang_text[pointer[0]]
    page = [*text, pointer, *items]
    result = cleaner.explain_text("\n".join([*page, "Share on Facebook", "Share on X", "Sign up for our newsletter"]))
    assert lost(page, result) == [], removed(result)
    assert len(result.removed) == 3, removed(result)
    result = cleaner.explain_text("\n\n".join([*page, "Share on Facebook", "Share on X", "Sign up for our newsletter"]))
    assert lost(page, result) == [], removed(result)


def test_a_menu_under_a_pointing_sentence_still_goes() -> None:
    # a menu's links in title case or a word each: no list of the article's, whatever the sentence over it says
    menu = ["Home", "News", "Sport", "Business", "Terms of Use", "Privacy Policy", "Contact Us"]
    page = [*TEXT["en"], "Here is what the council decided on Tuesday evening."]
    result = cleaner.explain_text("\n".join([*page, *menu, "© 2024 Example Media Ltd"]))
    assert lost(page, result) == [], removed(result)
    assert [text for text in menu if text in result.text.splitlines()] == []


def test_a_list_under_a_sentence_that_points_at_nothing_goes_as_before() -> None:
    # the pointer is the guard: the same short lines under a plain closing sentence are a footer's
    items = ["Our newsroom", "Work with us", "Advertise with us", "Contact the editors"]
    result = cleaner.explain_text("\n".join([*TEXT["en"], *items, "Share on Facebook", "© 2024 Example Media Ltd"]))
    assert lost(TEXT["en"], result) == [], removed(result)
    assert [text for text in items if text in result.text.splitlines()] == []


@pytest.mark.parametrize(
    ("quoted", "echo", "then"),
    [
        (
            'The complaint quotes the copyright page of one of the novels: "All rights reserved. No part of this book may be reproduced."',
            "All rights reserved.",
            "Those three words, the authors argue, leave no room for a machine to read and memorise their work.",
        ),
        (
            'Quasi ogni libro riporta sul retro del frontespizio la stessa frase: "Tutti i diritti riservati. Nessuna parte può essere riprodotta."',
            "Tutti i diritti riservati.",
            "Tre parole che, secondo molti giuristi, non aggiungono nulla a quanto la legge già garantisce all'autore.",
        ),
    ],
)
def test_a_rights_phrase_the_sentence_over_it_quotes_stays_and_its_notice_goes(quoted: str, echo: str, then: str) -> None:
    text = TEXT["en"] if echo.startswith("All") else TEXT["it"]
    page = [text[0], quoted, echo, then, *text[1:]]
    result = cleaner.explain_text("\n".join([*page, echo]))
    assert lost(page, result) == [], removed(result)
    # (the same words under the article, not echoing a sentence over them, are the page's notice)
    assert ("copyright", echo) in removed(result)
    # (and between two paragraphs with no quotation over them, too)
    plain = [text[0], echo, *text[1:]]
    assert ("copyright", echo) in removed(cleaner.explain_text("\n".join(plain)))
    # (paragraphs parted by blank lines, as a text extractor writes them)
    result = cleaner.explain_text("\n\n".join(page))
    assert lost(page, result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
