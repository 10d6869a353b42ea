# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""parenting44: a probe of family and parenting pages, scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in en, de, fr, es, it, pt and nl: parenting advice columns, baby and child health
explainers with dosages, school and childcare news, a mum-blog birth story, product safety recalls for children's
items ("Model: …", "Batch: …", "Lote: …"), "ask the expert" Q&A ("Question:"/"Answer:", "Frage von Katrin:", "La
question de Julie :", the reader's first name), age-by-age milestone lists ("By 6 months", "À 9 mois") and age ranges.

- the article (``A``): milestone items ("Rolls over in both directions."), steps and tips ("1. Ruhig bleiben."),
  answers of one word ("Pas forcément.", "Nein."), one-line quotes, a recall's product details, age ranges with
  amounts ("6 à 10 ans : 416,40 €", "0-3 maanden: 14 tot 17 uur"), dosages, a column's own "Have a question for …?
  Email …" line;
- the residue (``R``): "Join our parenting community", "Track your baby's development in the app", due-date calculator
  widgets, "Sponsored"/"Advertorial", "Shop the story", affiliate notices and buttons, the medical reviewer's line
  ("Medically reviewed by …", "Dieser Artikel wurde von … fachlich geprüft.", "Revisado por la Dra. …": read here as
  the page's byline furniture, no sentence of the article), newsletter boxes, share rows, menus, footers, cookie
  notices, comments;
- ``T``: headlines, a list's age headings ("By 6 months", "À 3 mois"), section headings.

- round 1, blind (written before reading the passes): 24 pages (14 extracts, 10 full pages), 216 ``A`` lines, 246
  ``R``, 37 ``T``, all seven languages (after the retag below: 215 ``A``, 38 ``T``).

- round 2, after the changes, aimed at them: 6 pages (3 extracts, 3 full pages), 37 ``A``, 41 ``R``: recalls closing
  on their fields under the last sentence (en, fr), a lot's number that reads as a score ("Lot : 23-118"), reviewer
  lines and app calls (en, it), an expert column's call for questions (nl), a blog's affiliate button and community
  call (pt).

Measured on main 5ba8929: round 1 lost 3, left 28; round 2 lost 3, left 4. One of round 1's losses was my tag:
"Read more: How to apply for funded childcare" under a news story is a teaser's promo label, retagged ``T`` (after
the retag round 1 lost 2). Lost: a milestone page's closing section ("When to talk to your doctor" over its one
paragraph) went as headline-run's chain of teasers with the app's two calls under it ("Track your baby's development
in the app" / "Download the free app for weekly updates …", read as a headline over its summary); a recall's last
field under its last sentence ("Manufactured In: China", "Importer(s): …") went with the footer as edge-furniture's
short line; a recall's lot number over its text ("Lot : 23-118") went as a match result (edge-furniture's score_head).
Left: the reviewer's line written as a sentence ("This article was medically reviewed by …", "Dieser Artikel wurde von
… fachlich geprüft.", "Article validé par le Dr …", "Con la consulenza del pediatra Dott. …"), parenting sites'
community and app calls (es, pt, de, it, en), expert columns' calls for questions (fr, it, nl), fr's stamp pair
joined by a dash, a blog's "Posted by … | date | 47 comments", a pt affiliate button ("Compre aqui …").

After: round 1 lost 0, left 8; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_parenting.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``recall_tail`` (edge-furniture's guard at the tail): a labelled line whose label is a recall's field (the family
  table ``structure.recall_field``, per language: "Manufactured In:", "Importer(s):", "Hergestellt in:", "Fabriqué
  en :", "País de origen:", "Lotto:", "Land van herkomst:" …), right under the article's kept sentence, on a page with
  two such fields or more over it, stays with the fields of its kind under it; the footer under them goes (test). A
  "Product: …" line with no recall's box over it, and a footer's "Tags: …" or "Photo: …" under a recall, go as before
  (tests).
- ``recall_fields`` (edge-furniture's match result at the head, betting box at the tail): a recall's field among two
  or more in the region is no score ("Lot : 23-118"); "Arsenal 2-1 Chelsea" and "Full time: Arsenal 2-1 Chelsea"
  over a report still go (test).
- tables, each in a ``# parenting44:`` block at its list's end: ``metadata.byline`` the reviewer's line as a sentence
  (en "This article was medically reviewed by Dr. …, role", de "Dieser Artikel wurde von Dr. med. …, Kinderärztin,
  fachlich geprüft.", fr "Article validé par le Dr …", it "Con la consulenza del pediatra Dott. …") and en's blog
  line "Posted by Hannah | March 2, 2024 | 47 comments"; fr ``metadata.dateline`` the stamp pair joined by a dash;
  ``promos.cta`` the parenting app's calls (en "Track your baby's development in the app", "Download the free app for
  weekly updates on your baby's growth.", it "Scarica l'app per seguire la crescita del tuo bambino", pt "Acompanhe
  o desenvolvimento do seu bebé na app"), the community's (de "Werden Sie Teil unserer Eltern-Community!", es "Únete a
  nuestra comunidad de madres y padres", pt "Junte-se à nossa comunidade de pais"), an expert column's call for
  questions (fr "Vous avez une question ? Posez-la à nos experts", it "Hai una domanda? Scrivi ai nostri esperti", nl
  "Heb jij ook een vraag? Mail naar de redactie."), pt's affiliate button "Compre aqui …". Each has a sentence with
  its words that stays (``STAYS``, and ``fixtures/negatives``). The medical reviewer's line is read as the page's
  credit, no sentence of the article (the en column's own "Have a question for Dr. Jennings? Email …" is tagged ``A``:
  written in the column's voice, under its answer).

``python tests/test_parenting44.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== an age-by-age milestone list as an extractor leaves it
    "en_milestones_extract": """\
T Baby milestones: what to expect in the first year
R Medically reviewed by Dr. Sarah Klein, MD, FAAP
R Written by Emma Hughes | Updated on March 12, 2024
A Every baby develops at their own pace, but most reach certain milestones within a predictable window.
A Use this list as a rough guide, not a checklist.
T By 2 months
A Smiles at people.
A Coos and makes gurgling sounds.
A Can briefly calm herself.
T By 4 months
A Holds head steady without support.
A Pushes down on legs when feet are on a hard surface.
A Brings hands to mouth.
T By 6 months
A Rolls over in both directions.
A Begins to sit without support.
A Responds to own name.
T By 9 months
A Pulls to stand.
A Says "mama" and "dada".
A Plays peekaboo.
T When to talk to your doctor
A Talk to your child's doctor if your baby doesn't reach these milestones, or loses skills she once had.
R Track your baby's development in the app
R Download the free app for weekly updates on your baby's growth.
R Join our parenting community
""",
    # ===== a full page of a baby-health explainer with dosages
    "en_fever_full": """\
R Skip to content
R Pregnancy
R Baby
R Toddler
R Kids
R Health
R Shop
R Log in
R Sign up
R Home > Baby > Health
T Fever in babies: when to worry
R This article was medically reviewed by Dr. James Patel, paediatrician
R By Rachel Moore
R Last updated: 4 March 2024
R 5 min read
R Share
R Pin
R Email
A A fever is usually a sign that your baby's body is fighting an infection.
A In babies under 3 months, a temperature of 38C or higher needs to be checked by a doctor straight away.
T How to take your baby's temperature
A Use a digital thermometer under the armpit.
A Hold it in place for the time the instructions say.
A Don't use a forehead strip: they are not accurate.
T Medicine and dosages
A Paracetamol can be given from 2 months.
A Ibuprofen can be given from 3 months if your baby weighs more than 5kg.
A 2 to 3 months: 2.5ml, up to 2 times in 24 hours.
A 6 to 24 months: 5ml, up to 4 times in 24 hours.
A Never give aspirin to children under 16.
T Call 999 if your baby:
A has a stiff neck
A has a rash that does not fade when you press a glass against it
A is floppy or unusually sleepy
A Trust your instincts. You know your baby best.
R Sponsored
R Shop the story
R Best baby thermometers 2024
R Buy now on Amazon
R Due date calculator
R Enter the first day of your last period
R Calculate
R Sign up for our weekly newsletter
R Get expert advice delivered to your inbox every week.
R Subscribe
R About us
R Contact
R Privacy policy
R Cookie settings
R © 2024 BabyHealth Media Ltd. All rights reserved.
R We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
R Accept
""",
    # ===== an "ask the expert" column as an extractor leaves it: reader's first name as the questioner
    "en_ask_expert_extract": """\
T Ask the expert: My toddler won't sleep in his own bed
R By Dr. Laura Jennings
R Published 10:04 AM EST, Tue March 5, 2024
A Question: My three-year-old son keeps coming into our bed every night around 2 a.m. We are exhausted. What can we do? — Megan, Ohio
A Answer: Megan, you are not alone.
A Many toddlers go through this phase, especially after a big change like a new sibling or a move.
A Here are a few things to try:
A 1. Keep bedtime the same every night.
A 2. Walk him back to his bed calmly, without a long talk.
A 3. Praise him in the morning when he stays.
A 4. Try a reward chart.
A Be consistent.
A It usually takes one to two weeks.
A "Consistency beats perfection," says sleep consultant Amy Reed.
A Have a question for Dr. Jennings? Email askdrlaura@familypaper.com.
R Share this article
R Facebook
R Twitter
R Comments (12)
R Jenny_mom2 · 3h ago
R This worked for us after two weeks!
R Reply
""",
    # ===== a product safety recall of a children's item, full page
    "en_recall_full": """\
R Home
R Recalls
R Business
R Research
R About
R Recalls & Product Safety Warnings
T Baby Loungers Recalled Due to Suffocation Hazard
R Share
R Tweet
A Name of Product: Infant Loungers
A Hazard: The loungers have sides that are too low and a surface that is too soft, posing a suffocation risk to infants.
A Remedy: Refund
A Recall Date: February 15, 2024
A Units: About 23,000
A Consumer Contact: Call 800-555-0199 from 9 a.m. to 5 p.m. ET Monday through Friday, or email recall@example.com.
A Description
A This recall involves infant loungers sold in gray, pink and white.
A Model: BL-200
A Batch: 2023-07 through 2023-11
A The model number is printed on a sewn-in label.
A Remedy
A Consumers should immediately stop using the recalled loungers and contact the firm for a full refund.
A Incidents/Injuries
A None reported.
A Sold At
A Online at major retailers from January 2023 through January 2024 for about $40.
A Manufactured In: China
R Report an unsafe product
R Sign up to receive recall emails
R Privacy
R Accessibility
R FOIA
""",
    # ===== a mum-blog birth story, extract
    "en_birth_story_extract": """\
T My birth story: 36 hours, one snowstorm and a very calm midwife
R Posted by Hannah | March 2, 2024 | 47 comments
R This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.
A I always thought I'd be one of those women who knew exactly when labour started.
A I wasn't.
A At 2 a.m. on Thursday I woke up with what felt like period cramps.
A By 6 a.m. they were coming every ten minutes.
A "It's early days," the midwife said on the phone. "Have a bath and try to rest."
A So I did.
A Thirty-six hours later, in the middle of the worst snowstorm of the year, our daughter arrived.
A 7lb 2oz. Perfect.
A What I packed in my hospital bag (and what I actually used):
A Snacks. So many snacks.
A A long phone charger.
A Comfy nightie.
A Would I do it again? Ask me in a year.
R Shop my hospital bag essentials
R Pin it for later!
R You may also like:
R 10 things nobody tells you about the fourth trimester
R My honest review of the Snoo
R Leave a Reply
R Your email address will not be published. Required fields are marked *
""",
    # ===== school and childcare news, full page
    "en_childcare_news_full": """\
R Menu
R Search
R News
R Education
R Childcare
R Opinion
R Subscribe
R Advertisement
T Parents face longer waits for childcare places as nurseries close
R By Tom Baker, Education Correspondent
R Published: 08:15, 6 March 2024
R Updated: 11:40, 6 March 2024
A Hundreds of nurseries closed in England last year, leaving parents in some areas waiting more than a year for a place.
A The figures, from a survey of 1,200 providers, show that 30 hours of funded childcare is not covering costs.
A "We simply can't make the numbers add up," said one nursery owner in Leeds.
A Key figures:
A 4,000 fewer places than in 2022
A Average wait: 9 months
A Under-2s hardest hit
A The Department for Education said it was investing £4bn in the sector.
T Read more: How to apply for funded childcare
R Related articles
R School uniform costs rise again
R Teachers vote to strike
R Most read
R Join the conversation
R Most popular
R Terms and conditions
R © Daily Herald 2024
""",
    # ===== German parenting advice (extract)
    "de_trotzphase_extract": """\
T Trotzphase: So bleiben Eltern gelassen
R Von Julia Weber | Aktualisiert am 05.03.2024
R Dieser Artikel wurde von Dr. med. Anna Berger, Kinderärztin, fachlich geprüft.
A Wenn das Kind sich schreiend auf den Boden wirft, kostet das Eltern viele Nerven.
A Die gute Nachricht: Die Autonomiephase geht vorbei.
A Sie beginnt meist mit etwa 18 Monaten und dauert bis zum vierten Lebensjahr.
T Fünf Tipps für den Alltag
A 1. Ruhig bleiben.
A 2. Gefühle benennen: "Du bist wütend, weil ..."
A 3. Wahlmöglichkeiten geben.
A 4. Nicht nachgeben, aber trösten.
A 5. Rituale schaffen.
A "Kinder brauchen in dieser Phase vor allem Halt", sagt die Erziehungsberaterin Sabine Kraus.
A Wichtig: Schlagen ist nie eine Lösung.
R Mehr zum Thema
R Schlafprobleme bei Kleinkindern
R Anzeige
R Jetzt Newsletter abonnieren und keine Tipps mehr verpassen!
R Teilen
R Kommentare
""",
    # ===== German product recall, full page
    "de_rueckruf_full": """\
R Startseite
R Ratgeber
R Familie
R Produktwarnungen
R Anmelden
R Startseite > Familie > Rückrufe
T Rückruf: Babyflaschen-Sauger können abreißen
R 06.03.2024, 14:22 Uhr
R Lesezeit: 2 Min.
A Ein Hersteller ruft Sauger für Babyflaschen zurück.
A Bei einzelnen Chargen kann sich die Spitze lösen, Kinder könnten sie verschlucken.
A Betroffen ist folgendes Produkt:
A Produkt: Trinksauger Silikon, Größe M
A Chargennummer: 230914
A Mindesthaltbarkeitsdatum: 09/2028
A Verkauft: Drogeriemärkte, bundesweit
A Eltern sollten die Sauger nicht mehr verwenden.
A Der Kaufpreis wird auch ohne Kassenbon erstattet.
A Andere Chargen sind nicht betroffen.
R Das könnte Sie auch interessieren
R Kindersitz-Test 2024: Diese Modelle fallen durch
R Impressum
R Datenschutz
R Cookie-Einstellungen
R Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.
R Alle akzeptieren
""",
    # ===== German Q&A, full page with readers' names
    "de_leserfrage_full": """\
R Eltern
R Schwangerschaft
R Baby
R Kleinkind
R Schulkind
R Community
R Suche
T Leserfrage: Ab wann darf mein Baby Wasser trinken?
R Expertenrat
A Frage von Katrin: Unsere Tochter ist fünf Monate alt und wird gestillt. Braucht sie im Sommer zusätzlich Wasser?
A Antwort der Hebamme: Nein.
A Voll gestillte Babys brauchen in den ersten sechs Monaten kein zusätzliches Wasser, auch nicht bei Hitze.
A Legen Sie Ihr Baby häufiger an.
A Ab dem Beikoststart kann es kleine Mengen Wasser aus dem Becher geben.
A Faustregel: bis 100 ml am Tag.
R Werden Sie Teil unserer Eltern-Community!
R Jetzt kostenlos registrieren
R Entwicklungskalender: Was Ihr Baby jetzt lernt
R Zum Geburtstermin-Rechner
R Kontakt
R Mediadaten
R AGB
R © 2024 Eltern Verlag GmbH
""",
    # ===== French milestone / development article, extract
    "fr_developpement_extract": """\
T Développement de bébé : les grandes étapes de 0 à 12 mois
R Par Claire Martin
R Publié le 04/03/2024 à 09h30
R Article validé par le Dr Sophie Lenoir, pédiatre
A Chaque enfant avance à son rythme.
A Voici les repères principaux.
T À 3 mois
A Il tient sa tête.
A Il sourit aux visages familiers.
T À 6 mois
A Il se retourne du dos sur le ventre.
A Il attrape les objets.
T À 9 mois
A Il tient assis seul.
A Il dit « papa » ou « mama ».
T À 12 mois
A Il fait ses premiers pas, ou presque.
A En cas de doute, parlez-en à votre pédiatre.
R Lire aussi : Bébé ne fait pas ses nuits, que faire ?
R Abonnez-vous à notre newsletter
R Partager
""",
    # ===== French school news, full page
    "fr_rentree_full": """\
R Accueil
R Actualités
R Éducation
R Famille
R Se connecter
R S'abonner
T Allocation de rentrée scolaire : les montants 2024
R Publié le 12 août 2024 à 07h00 - Mis à jour le 12 août 2024 à 10h15
R Partager sur Facebook
R Partager sur X
A L'allocation de rentrée scolaire sera versée le 20 août aux familles éligibles.
A Les montants dépendent de l'âge de l'enfant :
A 6 à 10 ans : 416,40 €
A 11 à 14 ans : 439,38 €
A 15 à 18 ans : 454,60 €
A Elle est versée sous conditions de ressources.
A « C'est une aide précieuse », témoigne Nadia, mère de trois enfants.
R À lire aussi
R Fournitures scolaires : la liste qui fait grimper la facture
R Publicité
R Newsletter Famille
R Recevez chaque semaine nos conseils
R Mentions légales
R Gérer les cookies
R © Le Quotidien 2024
""",
    # ===== French Q&A extract
    "fr_question_pediatre_extract": """\
T « Mon enfant de 4 ans bégaie, faut-il s'inquiéter ? »
R Par la rédaction | 5 mars 2024
A La question de Julie : Depuis quelques semaines, mon fils répète les premières syllabes des mots. Est-ce grave ?
A La réponse de l'orthophoniste :
A Pas forcément.
A Entre 2 et 5 ans, beaucoup d'enfants traversent une phase de bégaiement passager.
A Laissez-le finir ses phrases.
A Ne le corrigez pas.
A Si cela dure plus de six mois, consultez.
R Vous avez une question ? Posez-la à nos experts
R Cet article vous a-t-il été utile ? Oui Non
""",
    # ===== Spanish: lactancia advice, full page
    "es_lactancia_full": """\
R Inicio
R Embarazo
R Bebé
R Niños
R Salud
R Comunidad
R Iniciar sesión
T Lactancia materna: 8 consejos para los primeros días
R Por Laura Gómez
R Actualizado: 05/03/2024
R Revisado por la Dra. Marta Ruiz, pediatra
R Compartir
A Los primeros días de lactancia pueden ser difíciles, pero con paciencia casi todas las madres lo consiguen.
A 1. Pon al bebé al pecho en la primera hora.
A 2. Ofrece el pecho a demanda.
A 3. Vigila el agarre.
A 4. Descansa cuando el bebé duerma.
A 5. Bebe agua.
A 6. Pide ayuda.
A 7. No te compares.
A 8. Confía en ti.
A "Los primeros quince días son los más duros", explica la matrona Elena Sanz.
A Si sientes dolor intenso, consulta a tu matrona.
R Únete a nuestra comunidad de madres y padres
R Calculadora de embarazo
R Publicidad
R Suscríbete a nuestro boletín
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros. Aceptar
""",
    # ===== Spanish recall, extract
    "es_alerta_extract": """\
T Alerta: retiran una trona por riesgo de caída
R Redacción | 06/03/2024
A La Agencia de Consumo ha alertado de la retirada de una trona infantil.
A El cinturón puede soltarse y el niño puede caer.
A Producto: Trona plegable
A Modelo: TR-45
A Lote: 2023B
A Código de barras: 8412345678901
A Los consumidores que la tengan deben dejar de usarla y devolverla en el punto de venta.
R Lee también: Las mejores sillas de coche de 2024
R Comparte esta noticia
""",
    # ===== Spanish: age ranges school news, extract
    "es_colegio_extract": """\
T Calendario escolar 2024-2025: cuándo empiezan las clases
R Por Ana López
R Madrid | 04/03/2024 - 10:30 h.
A Las clases comenzarán el 9 de septiembre en Infantil y Primaria.
A Infantil (3 a 6 años): 9 de septiembre
A Primaria: 9 de septiembre
A ESO y Bachillerato: 10 de septiembre
A Las vacaciones de Navidad irán del 23 de diciembre al 7 de enero.
A Consulta el calendario de tu comunidad.
R Más noticias
R Temas: Educación, Colegios
""",
    # ===== Italian: svezzamento, full page
    "it_svezzamento_full": """\
R Home
R Gravidanza
R Neonato
R Bambino
R Forum
R Accedi
T Svezzamento: quando iniziare e cosa dare
R Di Francesca Rossi
R Aggiornato il 5 marzo 2024
R Con la consulenza del pediatra Dott. Luca Bianchi
A Lo svezzamento si inizia di solito intorno ai 6 mesi.
A Non prima dei 4 mesi.
A I primi alimenti:
A crema di riso
A brodo vegetale
A frutta grattugiata
A Dai 6 agli 8 mesi: pappe lisce, due pasti al giorno.
A Dagli 8 ai 12 mesi: cibi a pezzetti.
A «Non serve forzare», spiega il pediatra.
A Niente sale e niente miele prima dell'anno.
R Iscriviti alla newsletter
R Scarica l'app per seguire la crescita del tuo bambino
R Pubblicità
R Contenuto sponsorizzato
R Chi siamo
R Privacy
R © 2024 Genitori Oggi Srl - P.IVA 01234567890
""",
    # ===== Italian: richiamo, extract
    "it_richiamo_extract": """\
T Richiamo: giocattolo con piccole parti, rischio soffocamento
R Redazione | 06/03/2024
A Il Ministero ha segnalato il richiamo di un sonaglio per neonati.
A Nome del prodotto: Sonaglio Coniglietto
A Lotto: 4521
A Età: 0+ mesi
A Le orecchie possono staccarsi.
A Non usare il prodotto.
A Riportarlo al punto vendita.
R Condividi su WhatsApp
R Leggi anche: Seggiolini auto, le nuove regole
""",
    # ===== Italian: esperto risponde, extract
    "it_esperto_extract": """\
T L'esperto risponde: mio figlio non vuole andare all'asilo
R A cura della redazione
A Domanda: Mio figlio di 3 anni piange ogni mattina all'ingresso della scuola dell'infanzia. Cosa posso fare? Marta
A Risposta: Cara Marta, è normale.
A Il distacco è difficile per molti bambini.
A Salutalo con un rituale breve.
A Non andare via di nascosto.
A Di solito passa in qualche settimana.
R Hai una domanda? Scrivi ai nostri esperti
R Commenti
""",
    # ===== Portuguese: marcos do desenvolvimento, full page
    "pt_marcos_full": """\
R Início
R Gravidez
R Bebé
R Criança
R Família
R Entrar
T Marcos do desenvolvimento: o que esperar aos 12 meses
R Por Inês Costa
R 05 mar 2024
R Revisto por Dra. Ana Sousa, pediatra
A Por volta do primeiro aniversário, muitos bebés já dão os primeiros passos.
A Aos 12 meses, o bebé:
A Diz uma ou duas palavras.
A Acena adeus.
A Aponta para o que quer.
A Bebe pelo copo com ajuda.
A Fale com o pediatra se o bebé não gatinhar nem se apoiar para ficar de pé.
R Junte-se à nossa comunidade de pais
R Acompanhe o desenvolvimento do seu bebé na app
R Calculadora da data do parto
R Publicidade
R Termos e condições
R Política de privacidade
R Este site utiliza cookies. Aceitar
""",
    # ===== Portuguese: escola news, extract
    "pt_escola_extract": """\
T Manuais escolares gratuitos: como pedir os vouchers
R Lusa | 04 mar 2024, 11:20
A Os vouchers dos manuais escolares gratuitos ficam disponíveis a partir de julho.
A Os encarregados de educação devem registar-se na plataforma.
A Passo 1: entrar com o NIF do aluno.
A Passo 2: confirmar a escola.
A Passo 3: descarregar os vouchers.
A "É um processo simples", garantiu o ministério.
R Partilhe este artigo
R Leia também
""",
    # ===== Dutch: consultatiebureau advice, full page
    "nl_slapen_full": """\
R Home
R Zwanger
R Baby
R Peuter
R Kind
R Inloggen
T Hoeveel slaap heeft je kind nodig?
R Door Sanne de Vries
R 5 maart 2024
R Leestijd: 3 minuten
A Kinderen hebben meer slaap nodig dan volwassenen.
A Een richtlijn per leeftijd:
A 0-3 maanden: 14 tot 17 uur
A 4-12 maanden: 12 tot 16 uur
A 1-2 jaar: 11 tot 14 uur
A 3-5 jaar: 10 tot 13 uur
A Let op: dit zijn gemiddelden.
A Twijfel je? Vraag het aan het consultatiebureau.
R Meld je aan voor onze nieuwsbrief
R Word lid van onze community
R Gesponsord
R Adverteren
R Privacyverklaring
R Deze website gebruikt cookies. Akkoord
""",
    # ===== Dutch: terugroepactie, extract
    "nl_terugroep_extract": """\
T Terugroepactie: kinderwagen kan inklappen
R Redactie | 06-03-2024, 09:12
A Een fabrikant roept een kinderwagen terug omdat het frame onverwacht kan inklappen.
A Product: Buggy Comfort
A Modelnummer: BC-2023
A Productiedatum: januari t/m juni 2023
A Stop direct met het gebruik.
A Neem contact op met de winkel.
R Deel dit artikel
R Lees ook: De beste autostoeltjes getest
""",
    # ===== Dutch: vraag en antwoord, extract
    "nl_vraag_extract": """\
T Vraag van Lotte: mijn dochter van 8 wil een smartphone
R Opvoedexpert Marieke beantwoordt jullie vragen
A Vraag: Mijn dochter van 8 zegt dat iedereen in haar klas een telefoon heeft. Moet ik toegeven?
A Antwoord: Nee, niet per se.
A Vraag je eerst af waarvoor ze hem nodig heeft.
A Maak samen afspraken.
A Begin met een simpele telefoon.
R Heb jij ook een vraag? Mail naar de redactie.
R Reacties (4)
""",
    # ===== Portuguese: relato de parto, extract (Brazilian blog)
    "pt_relato_parto_extract": """\
T Relato de parto: o nascimento do Miguel
R Postado por Camila em 02/03/2024
R Este post contém links de afiliados.
A Com 39 semanas acordei com a bolsa rompida.
A Eram 4h da manhã.
A Liguei para a minha obstetra.
A "Vem para a maternidade com calma", ela disse.
A Miguel nasceu às 15h20, com 3,2 kg e 49 cm.
A Foi o dia mais feliz da minha vida.
R Compre aqui os itens da minha mala da maternidade
R Deixe seu comentário
R Compartilhe:
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a recall closing on its fields under its last sentence, the footer under them (full page)
    "en_cot_recall_full": """\
R Home
R Recalls
R Safety Education
R Recalls & Product Safety Warnings
T Travel Cots Recalled Due to Entrapment Hazard
R Share
A Name of Product: Folding Travel Cots
A Hazard: The side rail can collapse, creating a space where an infant's head can become trapped.
A Remedy: Repair
A Units: About 8,600
A Consumers should stop using the recalled cots right away and contact the company for a free repair kit, which includes new hinges.
A Importer(s): Little Nest Inc., of Austin, Texas
A Manufactured In: Vietnam
R Report an unsafe product
R Sign up to receive recall emails
R Privacy
R Contact Us
""",
    # ===== a French recall (Rappel Conso style), extract
    "fr_rappel_extract": """\
T Rappel : des biberons en verre peuvent se fissurer
R Par la rédaction | Publié le 06/03/2024 à 14h00 - Mis à jour le 06/03/2024 à 16h30
A Nom du produit : Biberon verre 240 ml
A Lot : 23-118
A Risque : bris de verre
A Les parents sont invités à ne plus utiliser ces biberons et à les rapporter au magasin, où ils seront remboursés.
A Fabriqué en : Chine
R Partager
R Lire aussi : Lait infantile, un nouveau rappel
""",
    # ===== an Italian baby-health page with its reviewer and its app's call, full page
    "it_febbre_full": """\
R Home
R Gravidanza
R Neonato
R Salute
R Accedi
T Febbre nei bambini: quando chiamare il pediatra
R Con la consulenza della pediatra Dott.ssa Chiara Neri
R Aggiornato il 6 marzo 2024
A La febbre è una difesa dell'organismo e nella maggior parte dei casi non è pericolosa per il bambino.
A Sotto i tre mesi, però, una temperatura di 38 gradi o più va sempre segnalata subito al pediatra.
A Paracetamolo: 10-15 mg per chilo di peso, ogni 6 ore.
A Mai dare l'aspirina ai bambini.
A «Conta più il comportamento del bambino del numero sul termometro», spiega la pediatra.
R Scarica l'app per seguire la crescita del tuo bambino
R Hai una domanda? Scrivi ai nostri esperti
R Iscriviti alla newsletter
R Privacy
R © 2024 Genitori Oggi Srl
""",
    # ===== an English pregnancy week page with its app calls and its reviewer as a sentence (extract)
    "en_pregnancy_week_extract": """\
T 20 weeks pregnant: your baby is the size of a banana
R This article was medically reviewed by Dr. Anita Rao, obstetrician
A You are halfway there!
A This week your baby is about 16cm long from head to bottom and weighs around 300g.
A Your mid-pregnancy scan usually happens between 18 and 21 weeks, and it checks how your baby is growing.
A Tip: write down your questions before the scan.
A "Most parents find the 20-week scan the most exciting one," says midwife Jo Clarke.
R Track your pregnancy week by week in the app
R Download our free app for daily tips on your pregnancy.
R Join our parenting community
""",
    # ===== a Dutch expert column with its call for questions (extract)
    "nl_vraag_opvoeding_extract": """\
T Vraag: mijn zoon van 4 slaat andere kinderen
A Vraag van Eva: Mijn zoon van vier slaat soms andere kinderen op het kinderdagverblijf. Hoe reageer ik het best?
A Antwoord: Blijf rustig.
A Slaan komt veel voor op deze leeftijd, omdat kinderen hun boosheid nog niet goed onder woorden kunnen brengen.
A Benoem wat je ziet en help hem zeggen wat hij voelt.
A Geef hem een alternatief: stampen, of naar de juf gaan.
R Heb jij ook een vraag? Mail naar de redactie.
R Deel dit artikel
""",
    # ===== a Portuguese mum blog with its affiliate buttons and the community's call (full page)
    "pt_mala_maternidade_full": """\
R Início
R Gravidez
R Bebé
R Blog
R Contactos
T O que levar na mala da maternidade
R Este post contém links de afiliados.
A Às 35 semanas, a mala já deve estar pronta, porque o bebé pode decidir chegar mais cedo do que o previsto.
A Para a mãe:
A Camisas de dormir abertas à frente.
A Cuecas descartáveis.
A Chinelos.
A Para o bebé:
A Três bodies e três babygrows.
A Um gorro.
A A cadeirinha do carro, já instalada.
A Não se esqueça dos documentos: o Boletim de Saúde da Grávida e o Cartão de Cidadão.
R Compre aqui os itens da minha mala da maternidade
R Junte-se à nossa comunidade de pais
R Deixe o seu comentário
R Política de privacidade
R © 2024 Mãe Sem Stress
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # an expert column's section label over the question ("Expertenrat"): a heading's word, a section of the article
    "de_leserfrage_full": 1,
    # "Shop the story"'s product name alone ("Best baby thermometers 2024", a list's item or a subheading elsewhere)
    # and a due-date calculator's prompt ("Enter the first day of your last period", a how-to's step elsewhere)
    "en_fever_full": 2,
    # the menu over the headline ("Zwanger", "Baby", "Peuter", "Kind"): the article is a table of ages in short lines,
    # no paragraph of the twelve words that anchor the page's edges (edge-furniture leaves such a page alone)
    "nl_slapen_full": 4,
    # a column's standfirst naming its expert ("Opvoedexpert Marieke beantwoordt jullie vragen"): a sentence's shape
    "nl_vraag_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a parenting article per language, the residue line put before or after them
TEXT = {
    "en": [
        "Most babies start to sleep for longer stretches at night somewhere between four and six months, though every child is different.",
        "A calm, predictable bedtime routine of a bath, a feed and a story helps your baby learn that night is for sleeping.",
        "If your baby still wakes every hour after six months, talk to your health visitor or your GP about it.",
    ],
    "de": [
        "Viele Babys schlafen mit etwa sechs Monaten nachts längere Strecken, doch jedes Kind hat dabei sein eigenes Tempo.",
        "Ein ruhiges Abendritual mit Baden, Stillen und einem Lied hilft dem Kind, den Tag vom Abend zu unterscheiden.",
        "Wacht das Baby auch danach noch stündlich auf, sollten Eltern mit der Kinderärztin oder der Hebamme sprechen.",
    ],
    "fr": [
        "La plupart des bébés commencent à dormir plus longtemps la nuit entre quatre et six mois, mais chaque enfant a son rythme.",
        "Un rituel du coucher calme et régulier, avec le bain, la tétée et une histoire, aide bébé à distinguer le jour de la nuit.",
        "Si votre enfant se réveille encore toutes les heures après six mois, parlez-en à votre pédiatre ou à la PMI.",
    ],
    "es": [
        "La mayoría de los bebés empiezan a dormir periodos más largos por la noche entre los cuatro y los seis meses de vida.",
        "Una rutina tranquila antes de dormir, con baño, toma y cuento, ayuda al bebé a distinguir el día de la noche.",
        "Si después de los seis meses tu hijo sigue despertándose cada hora, coméntalo con tu pediatra o con la matrona.",
    ],
    "it": [
        "La maggior parte dei neonati comincia a dormire più a lungo di notte tra i quattro e i sei mesi, ma ogni bambino ha i suoi tempi.",
        "Una routine serale tranquilla, con il bagnetto, la poppata e una storia, aiuta il bambino a distinguere il giorno dalla notte.",
        "Se dopo i sei mesi il piccolo si sveglia ancora ogni ora, è bene parlarne con il pediatra di famiglia.",
    ],
    "pt": [
        "A maioria dos bebés começa a dormir períodos mais longos durante a noite entre os quatro e os seis meses de idade.",
        "Uma rotina calma antes de dormir, com banho, mamada e uma história, ajuda o bebé a distinguir o dia da noite.",
        "Se depois dos seis meses o seu filho continuar a acordar de hora a hora, fale com o pediatra ou com a enfermeira.",
    ],
    "nl": [
        "De meeste baby's gaan tussen vier en zes maanden 's nachts langere stukken slapen, maar elk kind heeft zijn eigen tempo.",
        "Een rustig bedritueel met badje, voeding en een verhaaltje helpt je baby om het verschil tussen dag en nacht te leren.",
        "Wordt je kind na zes maanden nog elk uur wakker, bespreek het dan met het consultatiebureau of de huisarts.",
    ],
}

_CTA, _BY, _DL = "call-to-action", "byline", "dateline"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Track your baby's development in the app", _CTA),
    ("en", "Download the free app for weekly updates on your baby's growth.", _CTA),
    ("en", "This article was medically reviewed by Dr. James Patel, paediatrician", _BY),
    ("en", "Posted by Hannah | March 2, 2024 | 47 comments", _BY),
    ("de", "Dieser Artikel wurde von Dr. med. Anna Berger, Kinderärztin, fachlich geprüft.", _BY),
    ("de", "Werden Sie Teil unserer Eltern-Community!", _CTA),
    ("fr", "Article validé par le Dr Sophie Lenoir, pédiatre", _BY),
    ("fr", "Publié le 12 août 2024 à 07h00 - Mis à jour le 12 août 2024 à 10h15", _DL),
    ("fr", "Vous avez une question ? Posez-la à nos experts", _CTA),
    ("es", "Únete a nuestra comunidad de madres y padres", _CTA),
    ("it", "Con la consulenza del pediatra Dott. Luca Bianchi", _BY),
    ("it", "Scarica l'app per seguire la crescita del tuo bambino", _CTA),
    ("it", "Hai una domanda? Scrivi ai nostri esperti", _CTA),
    ("pt", "Junte-se à nossa comunidade de pais", _CTA),
    ("pt", "Acompanhe o desenvolvimento do seu bebé na app", _CTA),
    ("pt", "Compre aqui os itens da minha mala da maternidade", _CTA),
    ("nl", "Heb jij ook een vraag? Mail naar de redactie.", _CTA),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Track your baby's development in the app or on paper, the health visitor said, whichever suits you better."),
    ("en", "Download the free app for weekly updates, the council advises parents whose children start school in September."),
    ("en", "This article was reviewed by Dr. Patel and two other paediatricians before the guidance was changed last year."),
    ("en", "Posted by Hannah on the forum, the photo of the recalled cot was shared 47 times in a day."),
    ("de", "Dieser Artikel wurde von Dr. Berger geprüft, sagt die Redaktion, nachdem Leser Fragen zur Dosierung hatten."),
    ("de", "Werden Sie Teil unserer Community, schrieb der Verein an die Eltern, und über hundert meldeten sich."),
    ("fr", "Article validé par le Dr Lenoir, le guide a été distribué dans toutes les maternités de la région."),
    ("fr", "Publié le 12 août, le décret a été mis à jour le 20 août pour inclure les familles monoparentales."),
    ("fr", "Vous avez une question ? Posez-la à votre pédiatre lors de la prochaine visite, conseille la sage-femme."),
    ("es", "Únete a nuestra comunidad, les dijo la directora a los padres nuevos el primer día de colegio."),
    ("it", "Con la consulenza del pediatra il Comune ha preparato una guida per i genitori dei nuovi nati."),
    ("it", "Scarica l'app per seguire la crescita del tuo bambino, suggerisce l'ospedale, ma non sostituisce le visite."),
    ("it", "Hai una domanda? Scrivi al pediatra, rispondono gli esperti, prima di cambiare il latte."),
    ("pt", "Junte-se à nossa comunidade, pediu a educadora aos pais no primeiro dia de creche."),
    ("pt", "Compre aqui os manuais escolares usados, lia-se no cartaz afixado à porta da escola."),
    ("nl", "Heb jij ook een vraag? Stel hem gerust aan de juf, zegt de directeur tegen de kinderen."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept

#: a recall's notice: its box of fields, its text, its last field under its last sentence (language, box, last field)
_RECALLS = [
    (
        "en",
        [
            "Name of Product: Infant Loungers",
            "Hazard: The loungers have sides that are too low, posing a suffocation risk to infants.",
            "Model: BL-200",
            "Batch: 2023-07 through 2023-11",
            "Consumers should immediately stop using the recalled loungers and contact the firm for a full refund of the price.",
        ],
        "Manufactured In: China",
    ),
    (
        "de",
        [
            "Produkt: Trinksauger Silikon, Größe M",
            "Chargennummer: 230914",
            "Mindesthaltbarkeitsdatum: 09/2028",
            "Eltern sollten die Sauger nicht mehr verwenden, der Kaufpreis wird auch ohne Kassenbon in jeder Filiale erstattet.",
        ],
        "Hergestellt in: China",
    ),
    (
        "es",
        [
            "Producto: Trona plegable",
            "Modelo: TR-45",
            "Lote: 2023B",
            "Los consumidores que la tengan deben dejar de usarla inmediatamente y devolverla en el punto de venta donde la compraron.",
        ],
        "País de origen: China",
    ),
]
_FOOTER = ["Report an unsafe product", "Privacy", "Accessibility", "Contact"]


@pytest.mark.parametrize(("lang", "box", "field"), _RECALLS)
def test_a_recalls_last_field_under_its_last_sentence_stays(lang: str, box: list[str], field: str) -> None:
    # edge-furniture (edge_parenting.recall_tail): the notice's last field stays, the footer under it goes
    lost_lines, gone = _kept([*TEXT[lang][:2], *box, field, *_FOOTER])
    assert field not in lost_lines, gone
    assert [line for line in lost_lines if line not in _FOOTER] == [], gone


def test_a_field_shaped_line_with_no_recalls_box_over_it_goes_as_before() -> None:
    # (no recall's field over it: "Product: …" under an article goes with the footer, as it did)
    lost_lines, gone = _kept([*TEXT["en"], "Product: Baby monitors", *_FOOTER])
    assert "Product: Baby monitors" in lost_lines, gone


def test_a_footers_labelled_line_under_a_recall_still_goes() -> None:
    # (a tag's or a photo's label names no recall's field: it goes under a recall's notice too)
    _lang, box, _field = _RECALLS[0]
    for line in ["Tags: Recalls, Nursery", "Photo: CPSC"]:
        lost_lines, gone = _kept([*TEXT["en"][:2], *box, line, *_FOOTER])
        assert line in lost_lines, gone


if __name__ == "__main__":
    report(CASES)


def test_a_recalls_lot_number_over_its_text_is_no_match_result() -> None:
    # edge-furniture (edge_parenting.recall_fields): a lot's number reads as a score ("23-118"), but among the notice's
    # fields over its first paragraph it is the notice's
    title = "Rappel : des biberons en verre peuvent se fissurer"
    box = ["Nom du produit : Biberon verre 240 ml", "Lot : 23-118", "Risque : bris de verre"]
    lost_lines, gone = _kept([title, *box, *TEXT["fr"]])
    assert set(lost_lines) <= {title}, gone  # (the headline: either way)


def test_a_match_result_over_a_report_still_goes() -> None:
    # (a scoreline names no recall's field: it goes over the report's first paragraph as before)
    report_text = [
        "Arsenal came from behind to beat Chelsea at the Emirates on Saturday and move three points clear at the top.",
        "Cole Palmer had given the visitors the lead from the penalty spot before the break, but the home side turned it round.",
    ]
    for result in ["Arsenal 2-1 Chelsea", "Full time: Arsenal 2-1 Chelsea"]:
        lost_lines, gone = _kept([result, "Lot: 4521", *report_text])
        assert result in lost_lines, gone
