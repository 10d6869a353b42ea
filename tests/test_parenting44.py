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
  ``R``, 37 ``T``, all seven languages.

Measured on main 5ba8929: round 1 lost 3, left 28.

``python tests/test_parenting44.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    forced_language_test,
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
A Read more: How to apply for funded childcare
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
