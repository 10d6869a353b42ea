# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""lifestyle45: a probe of lifestyle pages, scraped as text (half as an extractor leaves them, half as all the visible
text of the page), in en, de, fr, es, it, pt and nl: horoscopes (the twelve signs, each a short paragraph under its
name and dates: "Aries (March 21 - April 19)", "Widder (21.3.-20.4.)", "Bélier (21 mars - 19 avril)"), relationship
and etiquette advice columns (a reader's letter, its signature, the answer), wellness and beauty features with product
picks and their prices, home and garden how-tos, DIY projects with a materials list, a quiz's result page.

- the article (``A``): sign headings with their dates, the signs' short sentences ("Say yes.", "Call your mother."),
  "Lucky number: 7", "Voto: 8", "Amour : …" lines, a reader's letter and its signature (decided: the signature is the
  letter's own, as published: "— Lonely in Leeds", "Sabine K., Hamburg", "Groet, Femke (29)"), the answer's salutation
  and short lines ("Ánimo.", "Kurz gesagt: Ja."), materials and tools lists, steps, one-line tips, product picks with
  a price in the article's own words ("$19 at Amazon", "Prix : 19,90 € les 50 ml", "Costa 30 euro su Amazon."), a
  quiz's result;
- the residue (``R``): "We may earn a commission" and its siblings, "Shop now", "Pin it", "Save to board", quiz chrome
  ("Share your result", "Retake the quiz"), "Your daily horoscope by email", sign pickers (the twelve signs as a menu),
  sponsored labels, share rows, menus, cookie notices, footers, newsletter boxes, comments, bylines and stamps;
- ``T``: headlines, a column's own call for letters ("Have a question for Margaret? Email her at …": decided either
  way, as parenting44 read it as the column's own line).

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 293 ``A`` lines, 359
  ``R``, 29 ``T``, all seven languages (after the retag below: 292 ``A``, 30 ``T``).

- round 2, after the changes, aimed at them: 6 pages (5 extracts, 1 full page), 33 ``A``, 39 ``R``, 6 ``T``: a single
  sign's page (de, es) with its heading's dates and its labelled rows, columns opening on a salutation under the
  byline and closing on a word of encouragement (en, fr), pin prompts (en, es, nl), a quiz's chrome (pt).

Measured on main 3fa7e8c: round 1 lost 4, left 23; round 2 lost 1, left 10. One of round 1's losses was my tag: a
product pick's "$19 at Amazon" alone on its line is the pick's shop button (en's table reads "$348 at Amazon" as a
button on purpose; the price in the article's own words is a sentence, "Costa 30 euro su Amazon."), retagged ``T``
(after the retag round 1 lost 3). Lost: a single sign's daily page opening on its heading with its dates under the
sign picker and the page's headline ("Leo (July 23 - August 22)") went as title-line's headline (daily41's guard asks
three signs); an advice column's salutation under the byline and stamp ("Querida Carmen:") went with the headline's
block (detached-blocks: read as furniture, it made the gap under the byline a strong one); the answer's closing word
("Ánimo.") went with the comments' run (edge-furniture); round 2: a single sign's labelled row under its last sentence
("Glückszahl: 3") went with the footer's run. Left: pin prompts ("Save to board", "Guardar en Pinterest", "Bewaar op
Pinterest"), quiz chrome in pt ("Partilhe o seu resultado", "Repetir o teste", "Faça outro teste"), sign pickers'
labels ("Escolha o seu signo", "Elige tu signo") and horoscope mail prompts (es, pt) at an extract's tail, a quiz site's
mail prompt, an Italian page's menu, an embedded form's notice, a shop button "Acheter", a column's call for letters.

After: round 1 lost 0, left 12; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_lifestyle.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``dated_sign`` (title-line's test of a headline): a sign's heading (table ``structure.zodiac_sign``) holding two
  numbers, its range of dates, is the reading's heading, no headline, on a page of one sign too, where the page names
  the sign on another line (its headline, its picker) or labelled rows stand under it. A headline naming a sign and
  one number ("Leo horoscope for Tuesday, March 12") and a dated sign's heading alone over another story (daily41's
  test) still go (tests).
- ``sign_rows_tail`` (edge-furniture's guard at the tail): a single sign's labelled rows ("Glückszahl: 3", "Lucky
  color: gold", a label and at most three words) right under the reading's last sentence, a dated sign's heading at
  most eight kept lines over them, stay; the share row and footer under them go, and labelled rows ("Tags: …",
  "Filed under: …") under a text with no sign's heading still go (tests).
- ``opening_salutation`` (detached-blocks' furniture): a letter's salutation (table ``structure.salutation``) right
  over a line of prose is the letter's first line, no furniture: it no longer makes the gap under the byline strong.
  A teaser's block over the byline still goes (test).
- tables, each in a ``# lifestyle45:`` block at its list's end: ``structure.closing_word`` an answer's word of
  encouragement with its mark ("Ánimo.", "Good luck!", "Bon courage !", "Viel Glück!", "Boa sorte!", "Sterkte!");
  en ``widgets.social`` "Save to board" / "Save to Pinterest"; en ``signup.newsletter`` "Get our quizzes in your inbox
  every Friday!"; es ``widgets.chrome`` "Guardar en Pinterest", "Elige tu signo"; es ``signup.newsletter`` "Recibe tu
  horóscopo diario en tu correo"; nl ``widgets.chrome`` "Bewaar op Pinterest"; pt ``widgets.chrome`` a quiz's buttons
  and "Escolha o seu signo"; pt ``signup.newsletter`` "Receba o horóscopo … no seu e-mail"; pt
  ``structure.zodiac_sign`` "Carneiro", Portugal's Aries (read, never removed). Each has a sentence with its words that
  stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_lifestyle45.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a weekly horoscope as an extractor leaves it: twelve signs with their dates, each a short paragraph
    "en_horoscope_weekly_extract": """\
T Your weekly horoscope: March 11-17, 2024
R By Astrid Moon
R Published March 10, 2024
A The new moon in Pisces on Sunday opens a dreamy, intuitive week, and Mercury's move into Aries on Tuesday speeds things up again.
A Aries (March 21 - April 19)
A You feel the pull to start something new before the week is out. Wait until Wednesday to sign anything.
A Taurus (April 20 - May 20)
A A friend needs your patience more than your advice. Listen first.
A Gemini (May 21 - June 20)
A Work brings a pleasant surprise on Thursday. Say yes.
A Cancer (June 21 - July 22)
A Old feelings surface around the new moon. Let them.
A Leo (July 23 - August 22)
A Money matters look brighter after midweek, but don't spend it all at once.
A Virgo (August 23 - September 22)
A Your partner wants more of your time. Give it freely.
A Libra (September 23 - October 22)
A A health routine you dropped deserves a second chance.
A Scorpio (October 23 - November 21)
A Romance is in the air this weekend. Dress up.
A Sagittarius (November 22 - December 21)
A Home and family take the spotlight. Call your mother.
A Capricorn (December 22 - January 19)
A A short trip clears your head.
A Aquarius (January 20 - February 18)
A Trust your gut on a money decision.
A Pisces (February 19 - March 20)
A It's your season: the new moon is all yours. Make a wish.
R Get your daily horoscope by email
R Sign up for our free astrology newsletter.
R Share this article
R Pin it
""",
    # ===== a daily horoscope page as all its visible text: menu, sign picker, one sign's reading, footer
    "en_horoscope_daily_full": """\
R Skip to main content
R Home
R Horoscopes
R Love
R Wellness
R Quizzes
R Shop
R Subscribe
R Choose your sign
R Aries
R Taurus
R Gemini
R Cancer
R Leo
R Virgo
R Libra
R Scorpio
R Sagittarius
R Capricorn
R Aquarius
R Pisces
T Leo Daily Horoscope
T Today, March 12, 2024
A Leo (July 23 - August 22)
A The moon moves through your ninth house today, and you crave something different.
A Book the class, plan the trip, read the book you keep putting off.
A A conversation with an older relative could change your mind about an old quarrel.
A Lucky number: 7
A Lucky color: gold
R Yesterday
R Tomorrow
R Weekly
R Monthly
R Your daily horoscope, delivered to your inbox every morning.
R Enter your email
R Sign up
R More from Horoscopes
R The most stubborn zodiac signs, ranked
R What your rising sign says about your style
R About us
R Contact
R Privacy Policy
R Terms of Use
R Cookie settings
R © 2024 Starlight Media Inc. All rights reserved.
R We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.
R Accept
""",
    # ===== an advice column as an extractor leaves it: the reader's letter, its signature, the answer
    "en_advice_column_extract": """\
T My best friend keeps borrowing money and never pays it back. What do I do?
R By Margaret Hale
R Updated: Feb. 28, 2024, 6:00 a.m.
A Dear Margaret,
A My best friend of 15 years has borrowed money from me four times in the past year: $200, then $350, then $500, then $120.
A She always promises to pay me back on payday. She never does.
A I don't want to lose her, but I'm starting to resent her every time she texts.
A Am I being petty?
A — Lonely in Leeds
A Dear Lonely,
A No, you are not being petty. $1,170 is real money.
A Friendship and lending rarely mix well, and the resentment you feel is a signal worth listening to.
A Next time she asks, say no kindly and clearly: "I can't lend money anymore, but I love you."
A You don't owe her an explanation.
A If she is a true friend, she will understand. If she isn't, you have your answer.
T Have a question for Margaret? Email her at askmargaret@dailyhome.com. Letters may be edited for length and clarity.
R Read more Dear Margaret columns
R 47 Comments
R Sort by: Newest
R JaneDoe82
R 2 hours ago
R Great advice as always!
R Reply
""",
    # ===== a beauty product round-up as all its visible text: affiliate notice, picks with prices, shop buttons
    "en_beauty_picks_full": """\
R Menu
R Beauty
R Skin
R Hair
R Makeup
R Wellness
R Search
R Beauty > Skin
T The 7 best moisturizers for dry winter skin, tested by editors
R By Chloe Park and Dana Wu
R Updated January 15, 2024
R We may earn a commission when you buy through links on our site.
A Cold air, indoor heat and hot showers strip the skin of its oils. A good moisturizer puts them back.
A We tested 32 creams over six weeks in January. These seven stood out.
A 1. Best overall: CeraVe Moisturizing Cream
T $19 at Amazon
A Rich but not greasy, fragrance-free and gentle enough for sensitive skin.
R Shop now
A 2. Best splurge: La Mer Crème de la Mer
A $200 for 1 oz
A It is expensive, but a little goes a long way.
R Shop now
A 3. Best for oily skin: Neutrogena Hydro Boost Water Gel
A Light, fast-absorbing, and under $25.
R Shop now
A Pros: cheap, easy to find
A Cons: contains fragrance
A How we tested
A Each editor used one product morning and night for a week and rated texture, absorption and how her skin felt at noon.
R Pin it
R Save to board
R Share
R Facebook
R Twitter
R Email
R This content is created and maintained by a third party, and imported onto this page to help users provide their email addresses.
R Sponsored
R The serum dermatologists swear by is 40% off today
R Follow us
R Instagram
R TikTok
R Pinterest
R Do Not Sell or Share My Personal Information
R ©2024 Beauty Hub Media. All rights reserved.
""",
    # ===== a DIY project as an extractor leaves it: materials list, numbered steps, one-line tips
    "en_diy_shelf_extract": """\
T How to build a floating shelf in an afternoon
R Pin it
R Save to board
A A floating shelf looks expensive but costs less than $40 to make. You need no special tools beyond a drill and a level.
A Difficulty: Easy
A Time: 3 hours
A Cost: about $35
A Materials
A 1x8 pine board, 4 feet long
A 2x2 lumber, 4 feet long
A Wood glue
A 2 1/2" wood screws
A Sandpaper (120 and 220 grit)
A Wood stain or paint
A Tools
A Drill
A Level
A Miter saw
A Step 1: Cut the board
A Cut the pine into a top, bottom and front piece. Measure twice, cut once.
A Step 2: Build the cleat
A Screw the 2x2 cleat into the wall studs. Use the level!
A Step 3: Slide the box on
A Glue and nail the box together, sand it, stain it and slide it over the cleat.
A Tip: Find the studs with a stud finder before you start.
A That's it. Now go show it off.
R Did you make this project? Share a photo and tag us @handmadehome!
R You might also like
R 15 easy DIY headboards
R How to paint kitchen cabinets
""",
    # ===== a quiz's result page as all its visible text: the result is the article, the quiz chrome is not
    "en_quiz_result_full": """\
R Home
R Quizzes
R Horoscopes
R Love
R Newsletter
T Which houseplant are you?
A You got: Monstera!
A You're bold, generous and you take up space without apologizing.
A Friends come to you when they need a lift, and you always know the best place for brunch.
A You grow fast when you feel at home, so surround yourself with people who let you spread your leaves.
A Your perfect match: Snake plant.
R Share your result
R Facebook
R Pinterest
R Copy link
R Retake the quiz
R Take another quiz
R Which Hogwarts house do you belong in?
R What does your coffee order say about you?
R Advertisement
R Get our quizzes in your inbox every Friday!
R Subscribe
R About
R Privacy
R Terms
R © 2024 Quizzly. All rights reserved.
""",
    # ===== a German horoscope page, all its visible text: signs with dotted date ranges
    "de_horoskop_full": """\
R Startseite
R Astrologie
R Horoskop
R Liebe
R Gesundheit
R Newsletter
R Wählen Sie Ihr Sternzeichen
R Widder
R Stier
R Zwillinge
R Krebs
R Löwe
R Jungfrau
R Waage
R Skorpion
R Schütze
R Steinbock
R Wassermann
R Fische
T Wochenhoroskop: So stehen Ihre Sterne vom 11. bis 17. März
R Von Helga Sternberg
R 10.03.2024, 18:00 Uhr
A Widder (21.3.-20.4.)
A Sie haben viel Energie. Nutzen Sie sie für ein liegengebliebenes Projekt.
A Stier (21.4.-20.5.)
A Ein Gespräch klärt ein altes Missverständnis. Bleiben Sie gelassen.
A Zwillinge (21.5.-21.6.)
A Im Job läuft es rund. Gönnen Sie sich am Wochenende eine Pause.
A Krebs (22.6.-22.7.)
A Die Liebe braucht Zeit. Planen Sie einen Abend zu zweit.
A Löwe (23.7.-23.8.)
A Finanziell geht es aufwärts.
A Jungfrau (24.8.-23.9.)
A Achten Sie auf Ihre Gesundheit und schlafen Sie mehr.
A Waage (24.9.-23.10.)
A Ein Freund bittet Sie um Hilfe. Sagen Sie zu.
A Skorpion (24.10.-22.11.)
A Verlassen Sie sich auf Ihr Bauchgefühl.
A Schütze (23.11.-21.12.)
A Reisepläne nehmen Gestalt an.
A Steinbock (22.12.-20.1.)
A Geduld zahlt sich jetzt aus.
A Wassermann (21.1.-19.2.)
A Neue Kontakte bringen frischen Wind.
A Fische (20.2.-20.3.)
A Hören Sie auf Ihre Träume.
R Ihr Tageshoroskop kostenlos per E-Mail
R Jetzt anmelden
R Das könnte Sie auch interessieren
R Partnerhoroskop: Welche Sternzeichen passen zusammen?
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Sternenblatt Verlag GmbH
""",
    # ===== a German etiquette column as an extractor leaves it: the reader's letter signed with a name and town
    "de_knigge_extract": """\
T Knigge-Frage: Muss ich zur Hochzeit meiner Ex-Kollegin ein Geschenk mitbringen?
R Von Dr. Clara Weiß
R Aktualisiert am 04.03.2024
A Liebe Frau Weiß,
A meine ehemalige Kollegin hat mich zu ihrer Hochzeit eingeladen. Wir haben seit zwei Jahren kaum Kontakt.
A Ich gehe gerne hin, aber muss ich ein Geschenk mitbringen? Und wie viel ist angemessen?
A Sabine K., Hamburg
A Liebe Sabine,
A ja, wer zusagt, bringt ein Geschenk mit. Das gehört sich so.
A Als Faustregel gilt: etwa so viel, wie Ihr Essen auf der Feier kostet, also 50 bis 100 Euro.
A Ein Gutschein oder Geld in einer hübschen Karte ist völlig in Ordnung.
A Kurz gesagt: Ja.
T Haben Sie auch eine Frage zu Stil und Umgangsformen? Schreiben Sie an knigge@wohnenundleben.de.
R Artikel teilen
R Facebook
R WhatsApp
R Mehr zum Thema
R Tischmanieren: Die zehn häufigsten Fehler
R Kommentare (12)
R Melden Sie sich an, um zu kommentieren.
""",
    # ===== a German garden how-to as an extractor leaves it: one-line tips, a month list
    "de_garten_extract": """\
T Tomaten pflanzen: So gelingt die Ernte auf dem Balkon
A Tomaten brauchen Sonne, Wärme und regelmäßig Wasser. Mit ein paar Tricks klappt es auch im Kübel.
A Das brauchen Sie:
A Einen Kübel mit mindestens 20 Litern
A Tomatenerde
A Einen Stab oder eine Spirale
A Langzeitdünger
A Wann pflanzen?
A Nach den Eisheiligen, also ab Mitte Mai.
A Unsere Tipps:
A Morgens gießen, nicht über die Blätter.
A Geiztriebe regelmäßig ausbrechen.
A Ab Juli alle zwei Wochen düngen.
A Mulchen spart Wasser.
A Übrigens: Basilikum neben den Tomaten hält Schädlinge fern.
R Merken
R Pinnen
R Auf Pinterest merken
R Anzeige
R Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.
R Mehr Gartentipps
R Hochbeet anlegen: Schritt für Schritt
""",
    # ===== a French horoscope as an extractor leaves it: signs with day-month date ranges
    "fr_horoscope_extract": """\
T Horoscope du jour : mardi 12 mars 2024
R Par Madame Étoile
R Publié le 12/03/2024 à 06h00
A Bélier (21 mars - 19 avril)
A Amour : une rencontre inattendue vous fait sourire.
A Travail : ne cédez pas à la précipitation.
A Santé : bonne forme.
A Taureau (20 avril - 20 mai)
A Amour : dites ce que vous ressentez.
A Travail : une bonne nouvelle arrive.
A Santé : ménagez votre dos.
A Gémeaux (21 mai - 21 juin)
A Amour : votre charme opère.
A Travail : organisez-vous.
A Santé : dormez davantage.
A Cancer (22 juin - 22 juillet)
A Amour : la famille passe avant tout aujourd'hui.
A Travail : on vous écoute enfin.
A Santé : moral au beau fixe.
R Recevez votre horoscope chaque matin par e-mail
R Je m'inscris
R À lire aussi
R Compatibilité amoureuse : quels signes vont bien ensemble ?
R Partager sur Facebook
R Partager sur Pinterest
""",
    # ===== a French beauty picks page, all its visible text: prices in the article's words, affiliate notice, buttons
    "fr_beaute_full": """\
R Accueil
R Beauté
R Mode
R Maison
R Horoscope
R Newsletter
R Beauté > Soins du visage
T Les 5 meilleures crèmes solaires visage de l'été, testées par la rédaction
R Par Léa Martin
R Publié le 3 juin 2024 à 10h00
R Cet article contient des liens affiliés. Nous pouvons percevoir une commission en cas d'achat.
A Une crème solaire pour le visage doit protéger sans graisser. Nous en avons testé une vingtaine pendant un mois.
A La meilleure : La Roche-Posay Anthelios UVmune 400
A Prix : 19,90 € les 50 ml
A Texture fluide, aucun film blanc, parfaite sous le maquillage.
R Acheter
A La plus légère : Avène Fluide SPF 50+
A Environ 17 € en pharmacie.
A Idéale pour les peaux mixtes.
R Voir le prix
A Le petit prix : Garnier Ambre Solaire
A À partir de 9,99 €
A Notre astuce : appliquez-la le matin, même par temps nuageux.
R Épingler
R Partager
R Vous aimerez aussi
R Routine beauté : les 3 gestes à adopter ce printemps
R Mentions légales
R Politique de confidentialité
R Gérer mes cookies
R © 2024 Belle & Bien
R Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser
""",
    # ===== a French agony aunt column, all its visible text
    "fr_courrier_coeur_full": """\
R Accueil
R Psycho
R Couple
R Sexo
R Famille
R Psycho > Couple
T Courrier du cœur : « Mon compagnon ne veut pas d'enfant »
R Par Sophie Lenoir
R Mis à jour le 05/03/2024
A La lettre de Claire, 34 ans
A Bonjour,
A Je suis avec Thomas depuis six ans. Nous nous aimons, mais il ne veut pas d'enfant, et moi, j'en rêve.
A J'ai l'impression que le temps presse. Dois-je partir ?
A Claire, Lyon
A La réponse de notre psychologue
A Chère Claire,
A Votre question est douloureuse, et elle est légitime.
A Avant de partir, parlez-lui vraiment : que craint-il ? Son refus est-il définitif ?
A Un thérapeute de couple peut vous aider à y voir clair.
A Mais ne sacrifiez pas votre désir profond pour apaiser l'autre.
A Vous avez le droit de choisir.
R Vous aussi, écrivez-nous !
R Partager
R Commentaires
R Soyez le premier à commenter
R Newsletter
R Recevez chaque semaine nos conseils psycho
R Je m'abonne
R Qui sommes-nous
R Contact
R CGU
R © Psycho & Vous 2024
""",
    # ===== a Spanish horoscope, all its visible text: signs with "de marzo" dates
    "es_horoscopo_full": """\
R Inicio
R Horóscopo
R Amor
R Bienestar
R Test
R Elige tu signo
R Aries
R Tauro
R Géminis
R Cáncer
R Leo
R Virgo
R Libra
R Escorpio
R Sagitario
R Capricornio
R Acuario
R Piscis
T Horóscopo semanal del 11 al 17 de marzo de 2024
R Por Lunaria
R 10/03/2024 20:00 h
A Aries (21 de marzo - 19 de abril)
A Semana intensa en el trabajo. No te precipites.
A Tauro (20 de abril - 20 de mayo)
A El amor te sonríe. Aprovecha.
A Géminis (21 de mayo - 20 de junio)
A Cuida tu salud y descansa más.
A Cáncer (21 de junio - 22 de julio)
A Una sorpresa económica te alegra el jueves.
A Número de la suerte: 4
A Color: verde
R Recibe tu horóscopo diario en tu correo
R Suscríbete
R Te puede interesar
R ¿Qué signos son más compatibles?
R Aviso legal
R Política de cookies
R © 2024 Estrellas Media S.L.
""",
    # ===== a Spanish DIY as an extractor leaves it: "Materiales" list, steps
    "es_bricolaje_extract": """\
T Cómo hacer un macetero colgante de macramé paso a paso
R Guardar en Pinterest
A Un macetero de macramé da un toque bohemio a cualquier rincón y solo necesitas una tarde.
A Materiales:
A 30 metros de cordón de algodón de 4 mm
A Un aro de madera de 5 cm
A Tijeras
A Cinta métrica
A Una maceta pequeña
A Paso 1: corta ocho cordones de 3,5 metros.
A Paso 2: pásalos por el aro y haz un nudo de recogida.
A Paso 3: haz nudos planos a 30 cm del aro.
A Paso 4: cruza los cordones y anúdalos a 10 cm de los primeros nudos.
A Truco: moja el cordón si se deshilacha.
A ¡Y listo!
R Este artículo contiene enlaces de afiliados.
R Comprar ahora
R Compartir
R También te puede gustar
R 10 ideas para decorar con plantas
""",
    # ===== a Spanish advice column as an extractor leaves it
    "es_consultorio_extract": """\
T "Mi suegra critica todo lo que hago": la respuesta de nuestra experta
R Por Carmen Ruiz
R Actualizado: 05/03/2024 10:15
A Querida Carmen:
A Mi suegra viene a casa todos los domingos y critica cómo cocino, cómo educo a mis hijos y hasta cómo ordeno los armarios.
A Mi marido dice que no es para tanto. Estoy agotada.
A ¿Qué hago?
A Marta, Valencia
A Querida Marta:
A No estás exagerando. Lo primero es hablar con tu marido: necesitas que esté de tu lado.
A Después, marca límites claros y tranquilos con ella.
A "Gracias, pero lo hacemos a nuestra manera" es una frase que funciona.
A Y si los domingos se hacen cuesta arriba, cámbialos por una comida al mes.
A Ánimo.
T ¿Tienes una pregunta para Carmen? Escríbenos a consultorio@vivirbien.es.
R Comentarios
R Deja tu comentario
R Compartir en WhatsApp
""",
    # ===== an Italian horoscope as an extractor leaves it
    "it_oroscopo_extract": """\
T Oroscopo di oggi, martedì 12 marzo 2024
R Di Stella Bruni
R 12 marzo 2024 06:00
A Ariete (21 marzo - 20 aprile)
A Giornata piena di energia. Evitate le discussioni inutili.
A Voto: 8
A Toro (21 aprile - 20 maggio)
A In amore serve pazienza.
A Voto: 6
A Gemelli (21 maggio - 21 giugno)
A Una telefonata vi mette di buon umore.
A Voto: 7
A Cancro (22 giugno - 22 luglio)
A Occhio alle spese.
A Voto: 5
A Leone (23 luglio - 22 agosto)
A Siete al centro dell'attenzione. Godetevela.
A Voto: 9
R Scegli il tuo segno
R Ricevi l'oroscopo ogni mattina via email
R Iscriviti alla newsletter
R Leggi anche
R Oroscopo della settimana: le previsioni segno per segno
R Riproduzione riservata
""",
    # ===== an Italian beauty picks page, all its visible text
    "it_bellezza_full": """\
R Home
R Moda
R Bellezza
R Benessere
R Casa
R Oroscopo
R Bellezza > Capelli
T Maschere per capelli secchi: le 5 migliori secondo la redazione
R Di Giulia Rossi
R 4 marzo 2024
R Questo articolo contiene link di affiliazione: se acquisti, potremmo ricevere una commissione.
A I capelli secchi hanno bisogno di nutrimento, soprattutto dopo l'inverno.
A Abbiamo provato decine di maschere: ecco le nostre preferite.
A 1. Olaplex N°8
A Costa 30 euro su Amazon.
A Ideale per capelli trattati e decolorati.
R Acquista ora
A 2. Garnier Fructis Hair Food Banana
A Il prezzo: 6,99 euro.
A Profuma di banana e si usa anche come balsamo.
R Acquista ora
A Il consiglio: lasciatela in posa almeno 10 minuti.
R Salva su Pinterest
R Condividi
R Contenuto sponsorizzato
R Potrebbe interessarti anche
R Tagli capelli primavera 2024: le tendenze
R Privacy policy
R Cookie policy
R © 2024 Stile e Bellezza S.r.l. - P.IVA 01234567890
""",
    # ===== an Italian garden how-to, all its visible text
    "it_giardino_full": """\
R Home
R Casa
R Giardino
R Fai da te
R Cerca
R Casa > Giardino
T Come potare le rose: guida pratica per principianti
R A cura della redazione
R Aggiornato il 28 febbraio 2024
A La potatura delle rose si fa a fine inverno, quando le gemme iniziano a gonfiarsi.
A Cosa serve:
A Cesoie ben affilate
A Guanti spessi
A Mastice cicatrizzante
A Come fare:
A Eliminate i rami secchi e quelli malati.
A Tagliate sopra una gemma rivolta verso l'esterno.
A Lasciate tre o quattro rami principali.
A Attenzione: non potate mai con il gelo.
A Difficoltà: facile
A Tempo: 30 minuti per pianta
R Salva
R Condividi su Facebook
R Iscriviti alla newsletter di Casa Verde
R Inserisci la tua email
R Chi siamo
R Contatti
R Note legali
R Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutti
""",
    # ===== a Portuguese horoscope as an extractor leaves it
    "pt_horoscopo_extract": """\
T Horóscopo do dia: 12 de março de 2024
R Por Maria Estrela
R 12 mar 2024, 06:00
A Carneiro (21 de março a 20 de abril)
A Amor: dia favorável a reconciliações.
A Saúde: cuidado com o stress.
A Dinheiro: evite compras por impulso.
A Touro (21 de abril a 20 de maio)
A Amor: seja paciente.
A Saúde: faça uma caminhada.
A Dinheiro: boas notícias a caminho.
A Gémeos (21 de maio a 20 de junho)
A Amor: uma surpresa agradável.
A Saúde: durma mais.
A Dinheiro: estabilidade.
R Escolha o seu signo
R Receba o horóscopo todas as manhãs no seu e-mail
R Subscrever
R Partilhar
R Leia também
R Os signos mais românticos do zodíaco
""",
    # ===== a Portuguese home decor page, all its visible text: product picks with prices
    "pt_decoracao_full": """\
R Início
R Casa
R Decoração
R Jardim
R Receitas
R Assine
T 8 ideias baratas para renovar a sala sem obras
R Por Ana Ribeiro
R 04/03/2024 às 09h00
R Este artigo contém links de afiliados. Podemos receber uma comissão pelas compras feitas através deles.
A Renovar a sala não precisa de custar uma fortuna. Estas ideias cabem em qualquer orçamento.
A 1. Troque as capas das almofadas
A Almofadas novas mudam tudo. Estas de linho custam 12,99 euros no IKEA.
A 2. Pinte uma parede
A Uma lata de tinta de 2,5 litros chega para uma parede inteira.
A 3. Aposte nas plantas
A Uma costela-de-adão dá logo outro ar.
A Dica: agrupe as plantas em números ímpares.
R Compre aqui
R Guardar no Pinterest
R Partilhar
R Newsletter
R Receba as nossas ideias de decoração todas as semanas
R Subscrever
R Termos e condições
R Política de privacidade
R © 2024 Casa & Lar
""",
    # ===== a Portuguese quiz result as an extractor leaves it
    "pt_quiz_resultado_extract": """\
T Qual é o destino de férias ideal para si?
A O seu resultado: Açores!
A É uma pessoa tranquila, que gosta de natureza e de silêncio.
A Prefere uma caminhada ao nascer do sol a uma noite na discoteca.
A Nos Açores vai encontrar lagoas, vulcões e o melhor queijo do país.
R Partilhe o seu resultado
R Repetir o teste
R Faça outro teste
R Que tipo de viajante é?
""",
    # ===== a Dutch horoscope, all its visible text: dates as "21 maart - 19 april"
    "nl_horoscoop_full": """\
R Home
R Horoscoop
R Liefde
R Gezondheid
R Kies je sterrenbeeld
R Ram
R Stier
R Tweelingen
R Kreeft
R Leeuw
R Maagd
R Weegschaal
R Schorpioen
R Boogschutter
R Steenbok
R Waterman
R Vissen
T Weekhoroscoop: 11 tot en met 17 maart
R Door Sterrenkijker
R 10 maart 2024 om 18:00
A Ram (21 maart - 19 april)
A Je zit vol plannen. Begin met het kleinste.
A Stier (20 april - 20 mei)
A Een oude vriend neemt contact op.
A Tweelingen (21 mei - 20 juni)
A Op je werk krijg je eindelijk erkenning.
A Kreeft (21 juni - 22 juli)
A Neem tijd voor jezelf.
R Ontvang je dagelijkse horoscoop in je mailbox
R Aanmelden
R Lees ook
R Deze sterrenbeelden passen het best bij elkaar
R Privacyverklaring
R Cookie-instellingen
R © 2024 Sterren Media B.V.
""",
    # ===== a Dutch DIY project as an extractor leaves it: "Dit heb je nodig:" list
    "nl_klusproject_extract": """\
T Zelf een steigerhouten bank maken: zo doe je dat
R Bewaar op Pinterest
A Een steigerhouten bank is stoer, sterk en goedkoop. Met een zaterdag ben je klaar.
A Dit heb je nodig:
A 6 steigerplanken van 2 meter
A Houtschroeven 5 x 80 mm
A Schuurpapier korrel 80
A Beits of lak
A Accuboormachine
A Kosten: ongeveer 90 euro
A Stap 1: zaag de planken op maat.
A Stap 2: schroef het frame in elkaar.
A Stap 3: bevestig de zitting en schuur alles glad.
A Tip: gebruik gegalvaniseerde schroeven als de bank buiten staat.
R Deel dit artikel
R Dit artikel bevat affiliate links
R Bekijk ook
R 10 tips voor een gezellige tuin
""",
    # ===== a Dutch relationship advice column, all its visible text
    "nl_relatieadvies_full": """\
R Home
R Relaties
R Gezondheid
R Wonen
R Columns
T 'Mijn vriend zit de hele avond op zijn telefoon'
R Door Linda de Vries
R 5 maart 2024, 07:00
A Lieve Linda,
A Mijn vriend en ik wonen sinds een jaar samen. Zodra we gegeten hebben, pakt hij zijn telefoon en zegt hij geen woord meer.
A Als ik er iets van zeg, noemt hij me zeurderig.
A Ben ik dat?
A Groet, Femke (29)
A Lieve Femke,
A Nee, je bent niet zeurderig. Je mist aandacht, en dat mag je zeggen.
A Spreek samen telefoonvrije tijden af, bijvoorbeeld tijdens het eten en na tienen.
A Liefs, Linda
T Heb jij ook een vraag voor Linda? Mail naar vraag@wonenenleven.nl.
R Deel dit artikel
R Reacties (8)
R Log in om te reageren
R Over ons
R Adverteren
R Privacy
R Cookies
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== a single sign's page: the sign's heading with dotted dates as the first line left, under the picker
    "de_tageshoroskop_full": """\
R Startseite
R Horoskop
R Sternzeichen wählen
R Widder
R Stier
R Zwillinge
R Krebs
R Löwe
R Jungfrau
R Waage
R Skorpion
R Schütze
R Steinbock
R Wassermann
R Fische
T Tageshoroskop Löwe
A Löwe (23.7.-23.8.)
A Heute steht Ihnen der Sinn nach Abwechslung. Ein kurzer Ausflug tut Ihnen gut.
A Im Beruf sollten Sie ein klärendes Gespräch nicht länger aufschieben.
A Glückszahl: 3
R Ihr Tageshoroskop kostenlos per E-Mail
R Impressum
R Datenschutz
""",
    # ===== a column's letter opening on its salutation under the byline, closing on a word of encouragement
    "en_dear_column_extract": """\
T I'm 52 and terrified of starting over after my divorce
R By Margaret Hale
R Published March 14, 2024
A Dear Margaret,
A After 26 years of marriage, my husband left last spring. The house is sold, the kids are grown, and I am renting a small flat on my own.
A Everyone tells me this is a fresh start, but I just feel lost. How do people do this?
A — Starting Over in Sheffield
A Dear Starting Over,
A People do it one small day at a time, and so will you. Grief for a marriage is real grief, even when the marriage was over long before it ended.
A Find one thing each week that is only yours: a class, a walk with a neighbour, a new café.
A Good luck!
R Save to board
R Pin it
R Read more Dear Margaret columns
""",
    # ===== a French column: the salutation with a colon-free comma under the stamp, the answer's closing word
    "fr_conseil_psy_extract": """\
T « Ma fille de 16 ans ne me parle plus »
R Par Sophie Lenoir
R Publié le 14/03/2024 à 08h00
A Chère Sophie,
A Depuis la rentrée, ma fille s'enferme dans sa chambre et ne répond plus que par monosyllabes. J'ai peur de la perdre.
A Nathalie, Nantes
A Chère Nathalie,
A À 16 ans, le silence est souvent une manière de se construire, pas un rejet. Restez disponible sans insister, proposez des moments simples à deux.
A Bon courage !
R Partager
R Épingler
R À lire aussi
R Ados : comment renouer le dialogue
""",
    # ===== a Spanish single sign page: the sign's heading with its dates, under the headline and the stamp
    "es_horoscopo_diario_extract": """\
T Horóscopo de hoy para Escorpio
R 14/03/2024
A Escorpio (23 de octubre - 21 de noviembre)
A Hoy te sentirás con ganas de cambiar cosas en casa. Empieza por lo pequeño.
A En el amor, una conversación pendiente sale mejor de lo que esperas.
A Número de la suerte: 8
R Elige tu signo
R Guardar en Pinterest
R Recibe tu horóscopo diario en tu correo
""",
    # ===== a Portuguese quiz result with its chrome, and a Dutch DIY page with the pin prompt over it
    "pt_quiz_signo_extract": """\
T Que signo combina consigo?
A O seu resultado: Balança!
A Procura equilíbrio em tudo e detesta conflitos.
A Com um Balança ao lado, as discussões acabam sempre num bom jantar.
R Partilhe o seu resultado
R Refazer o teste
R Escolha o seu signo
""",
    "nl_tuinklus_extract": """\
T Zo maak je zelf een insectenhotel
R Bewaar op Pinterest
A Een insectenhotel helpt bijen en vlinders de winter door. Je maakt het in een middag van restjes hout.
A Dit heb je nodig:
A Een houten kistje
A Bamboestokjes
A Dennenappels
A Stap 1: vul het kistje met bamboe en dennenappels.
A Stap 2: hang het op een zonnige plek, op het zuiden.
A Sterkte!
R Pin op Pinterest
R Deel dit artikel
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # an embedded sign-up form's notice ("This content is created and maintained by a third party, and imported …"):
    # a long sentence, which no table names as residue yet
    "en_beauty_picks_full": 1,
    # a DIY page's call to share a photo of the reader's make ("Did you make this project? Share a photo and tag us
    # @…!"): a question and an imperative, the how-to's own voice too
    "en_diy_shelf_extract": 1,
    # another quiz's title under the rail's heading, the rail's heading gone with the run: a question alone
    "en_quiz_result_full": 1,
    # a shop's button of one word ("Acheter"): a bare imperative is a step or a heading somewhere
    "fr_beaute_full": 1,
    # a column's call for letters ("Vous aussi, écrivez-nous !"): the column's own line, as parenting44 read it
    "fr_courrier_coeur_full": 1,
    # the site's menu over a page made of short lines: no paragraph long enough anchors edge-furniture's head (a
    # shape of every short page, not of this genre)
    "it_bellezza_full": 6,
    # another quiz's title alone under the result's chrome: a question
    "pt_quiz_resultado_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)

_kept = kept


if __name__ == "__main__":
    report(CASES)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a lifestyle page per language, the residue line put before or after them
TEXT = {
    "en": [
        "Friendship and lending rarely mix well, and the resentment you feel is a signal worth listening to.",
        "Next time she asks, say no kindly and clearly, and do not apologise for protecting your own budget.",
        "If she is a true friend, she will understand, and the two of you can find other ways to help each other.",
    ],
    "es": [
        "Un macetero de macramé da un toque bohemio a cualquier rincón de la casa y solo necesitas una tarde para hacerlo.",
        "Corta ocho cordones de tres metros y medio, pásalos por el aro de madera y haz un nudo de recogida bien apretado.",
        "Si el cordón se deshilacha en las puntas, mójalo un poco y vuelve a retorcerlo entre los dedos antes de anudar.",
    ],
    "pt": [
        "Renovar a sala não precisa de custar uma fortuna, e estas ideias cabem em qualquer orçamento familiar.",
        "Almofadas novas mudam tudo, e as capas de linho que escolhemos custam menos de treze euros cada uma.",
        "Uma lata de tinta de dois litros e meio chega para pintar uma parede inteira num só fim de semana.",
    ],
    "fr": [
        "Une crème solaire pour le visage doit protéger sans graisser, et nous en avons testé une vingtaine pendant un mois.",
        "La meilleure offre une texture fluide, ne laisse aucun film blanc et se porte parfaitement sous le maquillage.",
        "Appliquez-la le matin, même par temps nuageux, et renouvelez l'application toutes les deux heures à la plage.",
    ],
    "nl": [
        "Een steigerhouten bank is stoer, sterk en goedkoop, en met een vrije zaterdag heb je hem zelf in elkaar gezet.",
        "Zaag de planken eerst op maat en schroef daarna het frame in elkaar met gegalvaniseerde houtschroeven.",
        "Schuur de zitting goed glad en behandel het hout met beits als de bank de hele winter buiten blijft staan.",
    ],
}

_SB, _SC, _NL = "social-buttons", "site-chrome", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Save to board", _SB),
    ("en", "Save to Pinterest", _SB),
    ("en", "Get our quizzes in your inbox every Friday!", _NL),
    ("en", "Get your daily horoscope delivered to your inbox every morning.", _NL),
    ("es", "Guardar en Pinterest", _SC),
    ("es", "Elige tu signo", _SC),
    ("es", "Recibe tu horóscopo diario en tu correo", _NL),
    ("nl", "Bewaar op Pinterest", _SC),
    ("nl", "Pin op Pinterest", _SC),
    ("pt", "Partilhe o seu resultado", _SC),
    ("pt", "Repetir o teste", _SC),
    ("pt", "Faça outro teste", _SC),
    ("pt", "Escolha o seu signo", _SC),
    ("pt", "Receba o horóscopo todas as manhãs no seu e-mail", _NL),
]

#: (language, an article's sentence with the added entries' words)
STAYS = [
    ("en", "Users can now save to boards they share with friends, the company said in its spring update."),
    ("en", "Readers who want to get our quizzes in their inbox every week can now sign up from the app, the editor said."),
    ("en", "Good luck with the move, she wrote, and call me the moment you land in Toronto."),
    ("es", "Guardar en Pinterest las fotos de la boda fue idea de su hermana, que vive en Chile desde hace años."),
    ("es", "Elige tu signo favorito y te diremos qué planta regalar, proponía el juego de la revista de verano."),
    ("es", "Recibe tu horóscopo diario en tu correo, prometía el anuncio, aunque nunca llegó ninguno a su buzón."),
    ("es", "Ánimo a todos los que corren mañana la maratón, dijo el alcalde en la presentación de la prueba."),
    ("fr", "Bon courage aux candidats du bac, a lancé la ministre ce matin devant un lycée de Lille."),
    ("nl", "Bewaar op Pinterest alleen foto's die je zelf hebt gemaakt, adviseert de fotograaf in zijn cursus."),
    ("pt", "Partilhe o seu resultado com o médico de família, recomenda a Direção-Geral da Saúde no folheto."),
    ("pt", "Repetir o teste de condução custou-lhe mais oitenta euros e uma manhã inteira de espera em Lisboa."),
    ("pt", "Escolha o seu signo com cuidado, brincou a astróloga, porque ninguém muda de data de nascimento."),
    ("pt", "Receba o horóscopo no seu e-mail foi o serviço mais pedido pelos leitores, segundo a revista."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

_READING = {
    "en": ("Leo (July 23 - August 22)", ["The moon moves through your ninth house today, and you crave something different.", "A conversation with an older relative could change your mind about an old quarrel."], ["Lucky number: 7", "Lucky color: gold"]),
    "de": ("Löwe (23.7.-23.8.)", ["Heute steht Ihnen der Sinn nach Abwechslung, und ein kurzer Ausflug tut Ihnen gut.", "Im Beruf sollten Sie ein klärendes Gespräch nicht länger aufschieben."], ["Glückszahl: 3"]),
    "es": ("Escorpio (23 de octubre - 21 de noviembre)", ["Hoy te sentirás con ganas de cambiar cosas en casa, así que empieza por lo pequeño.", "En el amor, una conversación pendiente sale mejor de lo que esperas."], ["Número de la suerte: 8", "Color: verde"]),
    "pt": ("Carneiro (21 de março a 20 de abril)", ["Dia favorável a reconciliações, sobretudo com quem está longe há muito tempo.", "Evite compras por impulso e guarde energia para o fim de semana."], ["Cor: vermelho"]),
}


@pytest.mark.parametrize("lang", sorted(_READING))
def test_a_single_signs_heading_with_its_dates_and_its_rows_stay(lang: str) -> None:
    # title-line (edge_lifestyle.dated_sign) and edge-furniture's tail (edge_lifestyle.sign_rows_tail): the sign's
    # heading with its dates opens the reading, its labelled rows close it; the page's footer under them still goes
    heading, reading, rows = _READING[lang]
    footer = ["Share", "Facebook", "Cookie settings"]
    lost_lines, gone = _kept([heading, *reading, *rows, *footer])
    assert lost_lines == footer, gone


def test_a_headline_naming_a_sign_with_one_number_still_goes_as_the_title() -> None:
    # (dated_sign asks two numbers, the range of dates: a headline naming a sign and a day is a headline as before)
    title = "Leo horoscope for Tuesday, March 12"
    lost_lines, gone = _kept([title, *TEXT["en"]])
    assert lost_lines == [title], gone


def test_labelled_rows_under_a_text_with_no_signs_heading_still_go() -> None:
    # (sign_rows_tail asks a sign's heading with its dates over the rows: a story's tags and share row still go)
    tail = ["Tags: friendship", "Filed under: Advice", "Share"]
    lost_lines, gone = _kept([*TEXT["en"], *tail])
    assert lost_lines == tail, gone


@pytest.mark.parametrize(
    ("lang", "salutation"),
    [("es", "Querida Carmen:"), ("en", "Dear Margaret,"), ("fr", "Chère Sophie,"), ("de", "Liebe Frau Weiß,")],
)
def test_a_letters_salutation_under_the_byline_and_stamp_stays(lang: str, salutation: str) -> None:
    # detached-blocks (edge_lifestyle.opening_salutation): the salutation over the letter's first line is no
    # furniture; the byline and the stamp over it still go
    letter = {
        "es": ["Mi suegra viene a casa todos los domingos y critica cómo cocino, cómo educo a mis hijos y hasta cómo ordeno los armarios.", "Mi marido dice que no es para tanto, pero yo estoy agotada."],
        "en": ["My best friend of 15 years has borrowed money from me four times in the past year and never paid it back.", "I don't want to lose her, but I'm starting to resent her."],
        "fr": ["Depuis la rentrée, ma fille s'enferme dans sa chambre et ne répond plus que par monosyllabes.", "J'ai peur de la perdre, et je ne sais plus comment lui parler."],
        "de": ["Meine ehemalige Kollegin hat mich zu ihrer Hochzeit eingeladen, obwohl wir seit zwei Jahren kaum Kontakt haben.", "Muss ich ein Geschenk mitbringen?"],
    }[lang]
    head = {"es": ["Por Carmen Ruiz", "Actualizado: 05/03/2024 10:15"], "en": ["By Margaret Hale", "Updated: Feb. 28, 2024, 6:00 a.m."], "fr": ["Par Sophie Lenoir", "Publié le 14/03/2024 à 08h00"], "de": ["Von Dr. Clara Weiß", "Aktualisiert am 04.03.2024"]}[lang]
    lost_lines, gone = _kept(["Una pregunta de una lectora sobre su suegra y los domingos", *head, salutation, *letter])
    assert salutation not in lost_lines and all(line in lost_lines for line in head), gone


def test_a_teasers_block_over_the_byline_still_goes() -> None:
    # (opening_salutation spares a salutation alone: a short block over the page's byline and stamp that holds none is
    # judged as before)
    page = ["Sponsored", "The serum dermatologists swear by is 40% off today", "By Margaret Hale", "Updated: Feb. 28, 2024", "Advice", *TEXT["en"]]
    lost_lines, gone = _kept(page)
    assert "The serum dermatologists swear by is 40% off today" in lost_lines, gone


@pytest.mark.parametrize(("lang", "word"), [("es", "Ánimo."), ("en", "Good luck!"), ("fr", "Bon courage !"), ("nl", "Sterkte!"), ("pt", "Boa sorte!")])
def test_an_answers_closing_word_stays_and_the_share_row_under_it_goes(lang: str, word: str) -> None:
    # edge-furniture (table structure.closing_word): the answer closes on it; the row under it still goes
    text = TEXT.get(lang, TEXT["en"])
    lost_lines, gone = _kept([*text, word, "Share", "Facebook", "WhatsApp"])
    assert lost_lines == ["Share", "Facebook", "WhatsApp"], gone


def test_a_signs_dated_heading_alone_over_another_text_still_goes_as_the_title() -> None:
    # (dated_sign asks the sign named on another line of the page, or labelled rows under it: a sign's heading over
    # a story that names it nowhere else is judged as before, daily41's sidebar case)
    _lost, gone = _kept(["Aries (March 21 - April 19)", *TEXT["en"]])
    assert ("title-line", "Aries (March 21 - April 19)") in gone, gone
