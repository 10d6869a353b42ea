# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""pets43: a probe of animals and pets pages, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl: a vet answering a reader, breed profiles, shelters'
adoption stories, zoo and wildlife news, lost-pet stories, pet food recalls, animal-welfare law.

- the article (``A``): a breed's fact box ("Size: Medium", "Lifespan: 12-15 years", "Gewicht: 25-36 kg",
  "Caractère : joueur, sociable, doux") and its heading ("Breed overview", "Steckbrief", "Fiche d'identité"), a
  reader's question and the vet's answer ("Q:"/"A:", "Frage:"/"Antwort:", "Pregunta:"/"Respuesta:") with the reader's
  name and town, symptom lists, a recall's product rows ("Batch: L23145", "Best before: 12/2025", "Lote: … - Fecha de
  consumo preferente: …"), a shelter's animal profile ("Name: Bella", "Age: 3", "Alter: 10 Jahre", "Nombre: Toby"),
  one-line quotes, "Dos and don'ts" lists ("Pode:"/"Não pode:", "Wel doen:"/"Niet doen:");
- the residue (``R``): "Adopt me"/"Jetzt adoptieren"/"Adóptame"/"Adote-me" and "Donate now" buttons, "Ask our vet"
  promos, affiliate product boxes ("Check price on Amazon", "Bei Amazon ansehen", "Vedi prezzo su Amazon"), "Related
  breeds" and "You may also like" teasers, pet-insurance ads, newsletter boxes, share rows, comment sections, menus,
  bylines and stamps, footers, cookie notices;
- ``T``: headlines, an image's source line.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 232 ``A`` lines, 299
  ``R``, 25 ``T``, all seven languages.

- round 2, after the changes, aimed at them: 9 pages (7 extracts, 2 full pages), 54 ``A`` lines, 47 ``R``, 11 ``T``:
  pages of short sentences (a shelter's profile, a vet's answer, a breed profile) where no edge-furniture run reaches
  the buttons under them, in all seven languages, a related-breeds box over the footer and a "Similar breeds" subheading
  over the profile's own paragraph (en, de), and another genre's lookalike: a games story listing Roblox's "Adopt Me!".

Measured on main 2ab0a12: round 1 lost 0, left 7; round 2 lost 0, left 28. No loss: the passes keep this genre's short
lines (fact boxes, profiles, recall rows, symptom lists, a vet's one-line answers, dos and don'ts). Left in round 1: a
vet column's standfirst naming the vet ("Tierärztin Dr. Anna Vogt beantwortet Leserfragen") and its ask-the-vet promo
("Haben Sie auch eine Frage? Schreiben Sie unserer Tierärztin!"), EFE's dateline alone on its line with no closing dash
("Madrid, 22 feb (EFE)"; test_wire37 reads a wire's dateline as the article's, so this tag is arguable), a
related-breeds rail with its breeds ("Vergelijkbare rassen", "Basset hound", "Harrier") and a pet-insurance ad ("Bereken
je premie voor een huisdierenverzekering"). Round 2 left what edge-furniture's runs take on pages of longer sentences:
the buttons and promos under a short profile ("Adopt me", "Ask our vet", "Jetzt adoptieren", "Adoptez-moi",
"¡Adóptame!", "Adottami", "Adota-me", …), the pet-insurance ads under a breed profile, and the related-breeds boxes of
short pages ("Razas similares" / "Podenco" / "Galgo").

After: round 1 lost 0, left 2; round 2 lost 0, left 2 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_pets.py`` (compiled with the other edge modules, ``setup.py``; hooked into teaser-box,
``promos.py``), and tables:

- tables, each in a ``# pets43:`` block at its list's end, ``widgets.chrome`` (site-chrome, the line alone): a shelter's
  adoption button ("Adopt me", "Apply to adopt now", "Jetzt adoptieren", "Adoptiere mich!", "Adoptez-moi", "¡Adóptame!",
  "Adottami", "Adote-me", "Adopteer mij": the animal's first person or a "now"; in en "me" in lower case or all
  capitals, as Roblox's "Adopt Me!" in a list of games stays: test), an ask-the-vet promo ("Ask our vet", "Have a
  question for our vet? Send it to us here.", "Haben Sie auch eine Frage? Schreiben Sie unserer Tierärztin!", "Posez
  votre question à notre vétérinaire", "Pregunta a nuestra veterinaria", "Chiedi al nostro veterinario", "Pergunte ao
  nosso veterinário", "Stel je vraag aan de dierenarts"), a pet-insurance ad ("Pet insurance from £5.99 a month", "Get
  a pet insurance quote now", "Bereken je premie voor een huisdierenverzekering") and a wildlife charity's "Donate to
  our seal appeal"; the promos family's new table ``breed_heading`` (teaser-box), a breed profile's related-breeds
  heading ("Related breeds", "Ähnliche Rassen", "Races similaires", "Razas relacionadas", "Razze simili", "Raças
  parecidas", "Vergelijkbare rassen"). Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).
- ``heads_text`` (teaser-box): a related-breeds heading over a sentence (or a line of more than six words) is the
  profile's own subheading and stays ("Similar breeds" / "If you like the whippet, …"; test both ways).
- ``sentence_over`` (teaser-box): under a related-breeds heading, the short names closing the text are read as the
  box's (``promos._closing_names``) when a sentence of three words or more stands over the heading: a short profile's
  sentences ("Otto ha sei anni.") are shorter than the prose teaser-box asks over other boxes of short titles.
- ``names_over_chrome`` (teaser-box): the box's names (one or two capitalised words each, two or more) go with their
  heading where every line under them is the page's chrome, a line of a table a later pass reads (a menu or footer link,
  a share button, a newsletter call, a cookie notice, a rights line), at most twelve; names over the article's text go
  on staying (test both ways).

``python tests/test_pets43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a vet answers a reader, as an extractor leaves it: question, answer, symptom list, an "Ask our vet" promo
    "en_ask_vet_extract": """\
T Why is my dog eating grass, and should I stop him?
R By Dr. Sarah Whitfield, BVSc MRCVS
R Published 12 March 2024
A Q: My four-year-old Labrador, Max, has started eating grass on almost every walk. Sometimes he is sick afterwards. Is this normal, or should I be worried?
A Jane, Bristol
A A: Grass-eating is very common in dogs and, in most cases, nothing to worry about.
A Some dogs simply like the taste or texture, while others may eat grass when they have an upset stomach.
A However, you should book an appointment with your vet if you notice any of the following:
A Vomiting more than once a day
A Diarrhoea or blood in the stool
A Loss of appetite
A Lethargy
A Weight loss
A Make sure the grass he eats has not been treated with pesticides or fertilisers, which can be toxic.
A If Max is otherwise bright and eating well, a little grass now and then is fine.
R Got a question for our vet? Email askthevet@petsmonthly.co.uk
R Ask our vet
R Share this article
R Facebook
R Twitter
R Pinterest
R Email
""",
    # ===== a breed profile with all the visible text: menus, fact box, affiliate box, related breeds, footer
    "en_breed_profile_full": """\
R Skip to content
R Dog Breeds
R Cat Breeds
R Health
R Training
R Nutrition
R Shop
R Search
R Home › Dog Breeds › Border Collie
T Border Collie: Breed Profile, Temperament and Care
R Written by Emma Hart
R Reviewed by Dr. Tom Reilly, DVM
R Updated on April 2, 2024
R 8 min read
A The Border Collie is widely regarded as the most intelligent dog breed in the world.
A Bred on the borders of Scotland and England to herd sheep, it is a tireless worker with an intense stare known as "the eye".
A Breed overview
A Group: Herding
A Size: Medium
A Height: 46-56 cm
A Weight: 14-20 kg
A Lifespan: 12-15 years
A Coat: Double coat, rough or smooth
A Temperament: Energetic, intelligent, alert
A Good with children: Yes, with supervision
A Exercise
A Border Collies need at least two hours of exercise a day.
A Without enough mental and physical stimulation they can become destructive or develop obsessive behaviours such as chasing shadows.
A Health
A The breed is generally healthy, but some lines are prone to:
A Collie eye anomaly (CEA)
A Hip dysplasia
A Epilepsy
A Responsible breeders will screen for these conditions before breeding.
R Our pick: Kong Classic Dog Toy
R Check price on Amazon
R We may earn a commission if you buy through links on our site.
R Related breeds
R Australian Shepherd
R Shetland Sheepdog
R Kelpie
R You may also like
R 10 dog breeds that are easy to train
R How much exercise does your dog really need?
R Get a free pet insurance quote
R Compare quotes in 2 minutes
R Newsletter
R Get expert pet care tips straight to your inbox.
R Subscribe
R About us
R Contact
R Privacy policy
R Terms of use
R © 2024 PawPrint Media Ltd. All rights reserved.
R We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
R Accept
""",
    # ===== a shelter's adoption story, extract: animal profile, adopt me/donate buttons, comments
    "en_shelter_adoption_extract": """\
T Meet Bella: the shy greyhound looking for a quiet home
A Bella arrived at our rescue centre in January after her racing career came to an end.
A She was very nervous at first, hiding at the back of her kennel whenever anyone walked past.
A Thanks to the patience of our volunteers, she now greets visitors with a wagging tail.
A Name: Bella
A Breed: Greyhound
A Age: 3
A Sex: Female
A Neutered: Yes
A Good with cats: No
A Good with children: Over 12 only
A "She's a real sweetheart once she gets to know you," said kennel manager Lisa Grant.
A "She would love a home with a garden and someone who is around most of the day."
A Bella is vaccinated, microchipped and ready to go home.
R Adopt me
R Donate now
R Sponsor a kennel
R 3 comments
R Karen W.
R She is beautiful! I hope she finds her forever home soon.
R Reply
R Mike
R Greyhounds make the best pets. Good luck Bella!
R Reply
""",
    # ===== a zoo birth, all visible text
    "en_zoo_birth_full": """\
R Menu
R News
R Local
R UK
R World
R Nature
R Sport
R Weather
T Rare Sumatran tiger cubs born at Chester Zoo
R 2 hours ago
R Share
R Save
A Two critically endangered Sumatran tiger cubs have been born at Chester Zoo.
A Keepers said the cubs, born to mother Kasarna, were "healthy and feeding well".
A Fewer than 400 Sumatran tigers are thought to remain in the wild.
A The cubs, whose sex is not yet known, will stay in their den for several weeks before being introduced to visitors.
A Mike Jordan, the zoo's director of animals and plants, said:
A "Every birth is hugely important for the survival of the species."
A The zoo is part of a European breeding programme for the animals.
T Image source, Chester Zoo
R Image caption, The cubs were captured on a hidden camera in their den
R Related topics
R Chester
R Zoos
R Wildlife
R More on this story
R Rare giraffe calf born at Chester Zoo
R Top stories
R Why can I trust the BBC?
R Terms of Use
R About the BBC
R Privacy Policy
R Cookies
R Copyright 2024 BBC. All rights reserved.
""",
    # ===== a pet food recall, extract: product rows with batch numbers and dates
    "en_food_recall_extract": """\
T Pet food brand recalls dry dog food over high vitamin D levels
R By Staff Reporter
R March 18, 2024 at 9:15 AM
A A pet food maker has recalled several batches of dry dog food after tests found elevated levels of vitamin D.
A Too much vitamin D can cause vomiting, loss of appetite, increased thirst and, in severe cases, kidney failure.
A The recall covers the following products:
A Adult Chicken & Rice 2kg
A Batch: L23145
A Best before: 12/2025
A Adult Chicken & Rice 12kg
A Batch: L23146
A Best before: 12/2025
A Puppy Lamb 2kg
A Batch: L23188
A Best before: 01/2026
A No other products are affected.
A Owners should stop feeding the product and return it to the store for a full refund.
A Anyone whose dog shows symptoms should contact their vet.
R Sign up for our newsletter
R Get the latest pet news delivered to your inbox every week.
R Read more:
R Cat food sold at supermarket chain recalled over salmonella fears
R Related Articles
R How to read a pet food label
""",
    # ===== an animal-welfare law story with all visible text
    "en_welfare_law_full": """\
R Sign in
R Subscribe
R Politics
R Business
R Environment
R Opinion
R Environment › Animal welfare
T Puppy smuggling bill passes final vote in Parliament
R Tom Daniels
R Political correspondent
R Wed 20 Mar 2024 14.32 GMT
A A bill to crack down on puppy smuggling has passed its final stage in Parliament and will become law later this year.
A The new law will:
A raise the minimum age for importing puppies to six months
A ban the import of dogs with cropped ears or docked tails
A ban the import of heavily pregnant dogs
A Animal welfare charities welcomed the vote.
A "This is a huge win for dogs," said Paula Boyden of Dogs Trust.
A Ministers said the law would come into force in the autumn.
R Explore more on these topics
R Animal welfare
R Dogs
R Pets
R Share
R Reuse this content
R Most viewed
R Comments (128)
R Sign in or create an account to join the discussion.
R Help
R Complaints & corrections
R Contact us
R © 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.
""",
    # ===== de: breed profile, extract
    "de_rasseportrait_extract": """\
T Labrador Retriever: Rasseportrait, Charakter und Haltung
R Von Julia Becker
R Aktualisiert am 04.03.2024
A Der Labrador Retriever gehört seit Jahren zu den beliebtesten Hunderassen in Deutschland.
A Ursprünglich stammt er aus Neufundland, wo er Fischern beim Einholen der Netze half.
A Steckbrief
A Größe: 54-57 cm
A Gewicht: 25-36 kg
A Lebenserwartung: 10-12 Jahre
A Fell: kurz, dicht, wasserabweisend
A Farben: Schwarz, Gelb, Braun
A Charakter: freundlich, verspielt, gelehrig
A Labradore neigen zu Übergewicht.
A Achten Sie deshalb auf die Futtermenge und ausreichend Bewegung.
A Typische Erkrankungen sind Hüftdysplasie und Ellbogendysplasie.
R Das könnte Sie auch interessieren
R Golden Retriever: Alles über die Rasse
R Welpen richtig erziehen: 10 Tipps
R Jetzt Tierkrankenversicherung vergleichen
R Zum Angebot
R Teilen
R Facebook
R WhatsApp
R E-Mail
""",
    # ===== de: shelter (Tierheim) story with all visible text
    "de_tierheim_full": """\
R Zum Inhalt springen
R Startseite
R Region
R Politik
R Sport
R Kultur
R Startseite › Region › Landkreis
T Tierheim sucht Zuhause für Kater Oskar
R 14.03.2024, 10:12 Uhr
R Lesezeit: 2 Minuten
A Seit fast einem Jahr wartet Kater Oskar im Tierheim am Stadtrand auf ein neues Zuhause.
A Der zehnjährige Kater wurde abgegeben, weil seine Besitzerin ins Pflegeheim musste.
A „Oskar ist ein ruhiger, verschmuster Senior", sagt Tierheimleiterin Anke Sommer.
A Er braucht Diabetesfutter und zweimal täglich Insulin.
A Name: Oskar
A Alter: 10 Jahre
A Geschlecht: männlich, kastriert
A Verträglich mit Katzen: ja
A Wohnungshaltung: möglich
A Interessenten können sich montags bis samstags von 14 bis 17 Uhr im Tierheim melden.
R Jetzt adoptieren
R Jetzt spenden
R Pate werden
R Mehr zum Thema
R Hund aus Auto gerettet: Polizei schlägt Scheibe ein
R Kommentare
R Melden Sie sich an, um zu kommentieren.
R Impressum
R Datenschutz
R Kontakt
R Cookie-Einstellungen
R Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.
R Alle akzeptieren
""",
    # ===== de: wildlife rescue, extract
    "de_wildtier_extract": """\
T Feuerwehr rettet Rehkitz aus Kanal
R dpa
R 12.05.2024
A Ein junges Reh ist in Münster in einen Kanal gefallen und von der Feuerwehr gerettet worden.
A Spaziergänger hatten das Tier am Sonntagmorgen entdeckt und die Einsatzkräfte alarmiert.
A Mit einem Boot gelang es den Feuerwehrleuten, das erschöpfte Kitz aus dem Wasser zu ziehen.
A „Das Tier war stark unterkühlt", sagte ein Sprecher.
A Es wurde in eine Wildtierauffangstation gebracht.
A Dort soll es aufgepäppelt und später wieder ausgewildert werden.
R Mehr zum Thema
R Storch verletzt: Tierretter im Einsatz
R © dpa-infocom, dpa:240512-99-12345/3
""",
    # ===== de: vet advice (Tierarzt antwortet), all visible text
    "de_tierarzt_full": """\
R Menü
R Hund
R Katze
R Kleintiere
R Ratgeber
R Shop
T Warum kratzt sich meine Katze ständig?
R Tierärztin Dr. Anna Vogt beantwortet Leserfragen
A Frage: Unsere Katze Mia kratzt sich seit zwei Wochen ständig am Hals. Was kann das sein?
A Petra S. aus Köln
A Antwort: Häufiges Kratzen kann viele Ursachen haben.
A Die häufigsten sind:
A Flöhe oder Milben
A Futtermittelallergie
A Pilzinfektionen
A Stress
A Untersuchen Sie das Fell zunächst mit einem Flohkamm.
A Wenn Sie nichts finden, sollten Sie mit Mia zum Tierarzt gehen.
A Nicht selbst behandeln!
R Haben Sie auch eine Frage? Schreiben Sie unserer Tierärztin!
R Frage stellen
R Produktempfehlung: Flohkamm für Katzen
R Bei Amazon ansehen
R Newsletter abonnieren
R Impressum
R Datenschutz
R AGB
R © 2024 Tierwelt Verlag GmbH
""",
    # ===== fr: breed profile, all visible text
    "fr_fiche_race_full": """\
R Accueil
R Chiens
R Chats
R Santé
R Alimentation
R Accueil > Races de chats > Maine Coon
T Maine Coon : caractère, santé et entretien
R Par Claire Dubois
R Publié le 08/02/2024
A Le Maine Coon est l'une des plus grandes races de chats domestiques.
A Originaire de l'État du Maine, aux États-Unis, il était apprécié des fermiers pour ses talents de chasseur.
A Fiche d'identité
A Taille : grande
A Poids : 6 à 11 kg
A Espérance de vie : 12 à 15 ans
A Poil : mi-long
A Caractère : joueur, sociable, doux
A Malgré sa taille impressionnante, le Maine Coon est un véritable « gentil géant ».
A Il s'entend généralement bien avec les enfants et les autres animaux.
A Il faut le brosser deux fois par semaine.
R Races similaires
R Norvégien
R Sibérien
R Ragdoll
R Assurance chat : comparez les offres
R Obtenir un devis
R Newsletter
R Inscrivez-vous pour recevoir nos conseils.
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
R © 2024 Animaux Magazine
""",
    # ===== fr: zoo news, extract
    "fr_zoo_naissance_extract": """\
T Naissance d'un bébé panda roux au zoo de Beauval
R Par la rédaction avec AFP
R Publié le 15/06/2024 à 11h20
A Le zoo de Beauval a annoncé samedi la naissance d'un petit panda roux.
A Le bébé, né le 2 juin, pèse environ 150 grammes.
A Il reste pour l'instant au nid avec sa mère, Taïga.
A « C'est une excellente nouvelle pour l'espèce », s'est félicité le directeur du parc.
A Le panda roux est classé « en danger » par l'UICN.
A Il en resterait moins de 10 000 à l'état sauvage.
R Lire aussi
R Un éléphanteau est né au zoo de Thoiry
R Partager
R Facebook
R X
R Copier le lien
""",
    # ===== fr: lost dog local story, extract with comments
    "fr_chien_perdu_extract": """\
T Saint-Malo : l'appel à l'aide pour retrouver Nala, chienne perdue depuis une semaine
A Nala, une chienne croisée berger de deux ans, a disparu le 3 mars dans le quartier de Paramé.
A Ses propriétaires ont placardé des affiches dans toute la ville.
A Signes distinctifs :
A robe noire et feu
A collier rouge
A tatouée à l'oreille droite
A « Elle est très craintive, il ne faut surtout pas la poursuivre », insiste sa maîtresse.
A Toute personne l'ayant aperçue peut contacter la gendarmerie.
R Réagir
R 2 commentaires
R Martine35
R J'espère que vous allez la retrouver, courage !
R Répondre
""",
    # ===== es: vet advice, extract
    "es_veterinario_extract": """\
T ¿Por qué mi gato vomita bolas de pelo?
R Por Dra. Lucía Fernández, veterinaria
R 10 de abril de 2024
A Pregunta: Mi gato de seis años vomita bolas de pelo casi cada semana. ¿Es normal?
A Carmen, Sevilla
A Respuesta: Es normal que un gato vomite alguna bola de pelo de vez en cuando, sobre todo en época de muda.
A Pero si ocurre cada semana, conviene consultar con el veterinario.
A Consejos para reducirlas:
A Cepíllalo a diario
A Ofrécele malta
A Usa un pienso específico
A Vigila que beba suficiente agua
A Si además deja de comer o está apático, acude a la clínica cuanto antes.
R ¿Tienes una duda? Pregunta a nuestra veterinaria
R Te puede interesar
R Cómo saber si tu gato está enfermo: 10 señales
R Comparte
R Facebook
R WhatsApp
""",
    # ===== es: protectora adoption story, all visible text
    "es_protectora_full": """\
R Inicio
R Actualidad
R Mascotas
R Sociedad
R Deportes
R Inicio > Mascotas
T La protectora de Valencia busca hogar para Toby, un perro que lleva cinco años en el refugio
R Redacción
R Valencia, 05/03/2024 - 08:30
A Toby llegó a la protectora en 2019, cuando apenas tenía un año.
A Desde entonces ha visto cómo cientos de compañeros encontraban familia.
A «Es un perro muy noble, pero la gente busca cachorros», lamenta una voluntaria.
A Nombre: Toby
A Edad: 6 años
A Raza: mestizo
A Tamaño: grande
A Sociable con perros: sí
A Se entrega vacunado, desparasitado, esterilizado y con microchip.
R Adóptame
R Haz una donación
R Hazte socio
R Noticias relacionadas
R Rescatan a 40 perros de un criadero ilegal en Alicante
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
""",
    # ===== es: pet food recall, extract
    "es_retirada_pienso_extract": """\
T Retiran del mercado un pienso para gatos por presencia de salmonela
R EFE
R Madrid, 22 feb (EFE)
A La Agencia Española de Seguridad Alimentaria ha informado de la retirada de un pienso para gatos por la presencia de salmonela.
A Los lotes afectados son:
A Lote: 3345A - Fecha de consumo preferente: 15/10/2025
A Lote: 3346B - Fecha de consumo preferente: 20/10/2025
A Formato: bolsa de 1,5 kg
A Se recomienda a quienes tengan el producto en casa que no lo utilicen y lo devuelvan al punto de venta.
R (c) Agencia EFE
R Más noticias
""",
    # ===== it: breed profile, extract with affiliate box
    "it_razza_extract": """\
T Bassotto: carattere, salute e consigli
R Di Giulia Rossi
R 3 marzo 2024
A Il bassotto è un cane dal carattere forte e coraggioso, nato in Germania per la caccia al tasso.
A Scheda della razza
A Taglia: piccola
A Peso: 7-15 kg
A Aspettativa di vita: 12-16 anni
A Mantello: corto, duro o lungo
A Carattere: vivace, testardo, affettuoso
A A causa della schiena lunga, il bassotto è soggetto a ernie del disco.
A Evitate di fargli salire e scendere le scale.
A Cosa fare:
A tenerlo nel peso forma
A usare una pettorina invece del collare
R Il nostro consiglio: pettorina ergonomica
R Vedi prezzo su Amazon
R Potrebbe interessarti anche
R Razze simili: Jack Russell, Beagle
R Condividi
""",
    # ===== it: wildlife news, all visible text
    "it_orso_full": """\
R Menu
R Cronaca
R Politica
R Economia
R Ambiente
R Home / Ambiente
T Trentino, avvistata un'orsa con tre cuccioli vicino al paese
R Redazione
R 18 maggio 2024
A Un'orsa con tre cuccioli è stata avvistata venerdì sera a poche centinaia di metri dalle case di un paese della Val di Sole.
A A filmarla è stato un automobilista di passaggio.
A La Provincia raccomanda di non avvicinarsi e di segnalare gli avvistamenti.
A Cosa fare in caso di incontro:
A non correre
A parlare ad alta voce
A allontanarsi lentamente
A «Gli animali non sono aggressivi, ma un'orsa con i piccoli va rispettata», spiega il forestale.
R Leggi anche
R Lupi in città, cosa fare
R Iscriviti alla newsletter
R Privacy
R Cookie policy
R © Riproduzione riservata
""",
    # ===== it: animal-welfare law, extract
    "it_legge_animali_extract": """\
T Maltrattamento di animali, approvata la legge: pene più severe
A Il Senato ha approvato in via definitiva la riforma dei reati contro gli animali.
A Le principali novità:
A pene fino a quattro anni per chi uccide un animale
A multe fino a 60.000 euro
A divieto di tenere i cani alla catena
A Soddisfatte le associazioni animaliste.
A «È un passo storico», ha commentato la presidente della Lav.
R Ti potrebbe interessare
R Cani e gatti, quanto costa mantenerli
R Commenti
R Accedi per commentare
""",
    # ===== pt: adoption story, extract
    "pt_adocao_extract": """\
T Associação procura família para Luna, cadela resgatada da rua
A A Luna foi encontrada em novembro junto a uma estrada em Sintra, magra e com uma pata ferida.
A Hoje está recuperada e pronta para ser adotada.
A Nome: Luna
A Idade: 2 anos
A Porte: médio
A Sexo: fêmea
A Esterilizada: sim
A «É muito meiga e dá-se bem com outros cães», conta a voluntária Ana Costa.
A Os interessados podem contactar a associação através do site ou das redes sociais.
R Adote-me
R Faça um donativo
R Partilhar
R Facebook
R Twitter
R Leia também
R Gato resgatado de incêndio volta para casa
""",
    # ===== pt: vet advice, all visible text (Brazilian)
    "pt_veterinario_full": """\
R Início
R Cachorros
R Gatos
R Saúde
R Alimentação
T Meu cachorro pode comer frutas? Veterinária explica
R Por Redação
R 12/03/2024 às 14h30
A Muitos tutores têm dúvidas sobre quais frutas podem ser oferecidas aos cães.
A Pode:
A banana
A maçã sem sementes
A melancia sem caroço
A Não pode:
A uva
A abacate
A «A uva pode causar insuficiência renal mesmo em pequenas quantidades», alerta a veterinária.
A Ofereça sempre em pequenas porções.
R Conheça o plano de saúde pet
R Assine nossa newsletter
R Leia mais
R Como escolher a ração ideal para seu cachorro
R Política de privacidade
R Termos de uso
R Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política.
R Aceitar
""",
    # ===== nl: breed profile, all visible text
    "nl_rasprofiel_full": """\
R Home
R Honden
R Katten
R Gezondheid
R Verzekering
R Home > Hondenrassen > Beagle
T Beagle: karakter, verzorging en gezondheid
R Door Sanne de Vries
R 6 maart 2024
A De beagle is een vrolijke en nieuwsgierige jachthond uit Engeland.
A Hij is dol op mensen en kan goed met kinderen overweg.
A Rasprofiel
A Grootte: middelgroot
A Gewicht: 9-11 kg
A Levensverwachting: 12-15 jaar
A Karakter: vrolijk, eigenwijs, sociaal
A Beagles zijn echte snuffelaars.
A Laat ze daarom niet los lopen in een onomheinde omgeving.
R Vergelijkbare rassen
R Basset hound
R Harrier
R Bereken je premie voor een huisdierenverzekering
R Schrijf je in voor onze nieuwsbrief
R Over ons
R Privacyverklaring
R Cookie-instellingen
R © 2024 Dierenwereld
""",
    # ===== nl: zoo news, extract
    "nl_dierentuin_extract": """\
T Olifantje geboren in Diergaarde Blijdorp
R ANP
R 14 februari 2024, 09:45
A In Diergaarde Blijdorp in Rotterdam is een olifantje geboren.
A Het jong kwam woensdagnacht ter wereld en weegt ongeveer 100 kilo.
A Moeder en kalf maken het goed, meldt de dierentuin.
A Het is het derde olifantje in Blijdorp in vijf jaar tijd.
A Bezoekers kunnen het jong vanaf volgende week zien.
R Lees ook
R Zeehondencentrum vangt recordaantal pups op
R Deel dit artikel
R Reageer
""",
    # ===== nl: lost cat / pet advice, extract with dos and don'ts
    "nl_kat_tips_extract": """\
T Kat kwijt? Dit moet je doen
A Is je kat al een paar dagen niet thuisgekomen? Blijf rustig en zoek systematisch.
A Wel doen:
A zoek in schuren en garages in de buurt
A meld je kat aan bij Amivedi
A hang flyers op
A Niet doen:
A de kat 's nachts roepen met harde geluiden
A Controleer ook of de chip goed geregistreerd staat.
R Lees meer
R Hoe lang kan een kat zonder eten?
R Deel
""",
    # ===== ROUND 2 (after the changes, aimed at them) ==============================================================
    # ===== a shelter's short profile in short sentences, its buttons under it
    "en_rescue_profile_extract": """\
T Meet Pepper
A Pepper is a two-year-old terrier cross.
A She came to us as a stray in May.
A She loves to play fetch and is great with older children.
A Name: Pepper
A Age: 2
A Breed: Terrier cross
A Good with dogs: Yes
A Good with cats: Unknown
R Adopt me
R Apply to adopt now
R Ask our vet
R Share
""",
    # ===== a breed profile with a "Similar breeds" section of prose and a related-breeds box closing the page
    "en_breed_similar_full": """\
R Home
R Dog breeds
R Puppies
R Health
T Whippet
A The whippet is a gentle sighthound.
A It can reach 35 miles an hour.
A Size: Medium
A Weight: 9-14 kg
A Lifespan: 12-15 years
A Whippets feel the cold.
A They need a coat in winter.
T Similar breeds
A If you like the whippet, you may also consider the greyhound or the Italian greyhound.
A Both are calm indoors.
R Related breeds
R Greyhound
R Saluki
R Pet insurance from £7.50 a month
R Get a pet insurance quote now
R About us
R Privacy policy
""",
    # ===== a games story whose list holds a lookalike of an adoption button (another genre's article text)
    "en_roblox_games_extract": """\
T The most played Roblox games in March
A The most played Roblox games this month were mostly the same as last month, according to the tracking site RoMonitor.
A Here are the top five by concurrent players:
A Brookhaven
A Adopt Me!
A Blox Fruits
A Pet Simulator 99
A Tower of Hell
A Adopt Me! climbed one place after its Easter update added new eggs and pets.
R Share this article
""",
    # ===== nl: a breed profile in short sentences, its related box over the footer
    "nl_rasprofiel_kort_full": """\
R Home
R Honden
R Katten
T Teckel
A De teckel is een kleine jachthond.
A Hij is moedig en eigenwijs.
A Gewicht: 7-9 kg
A Levensverwachting: 12-16 jaar
A Let op zijn rug.
A Laat hem niet te veel traplopen.
R Verwante rassen
R Beagle
R Basset hound
R Bereken je premie voor een huisdierenverzekering
R Stel je vraag aan de dierenarts
R Over ons
R Privacyverklaring
""",
    # ===== es/de: an adoption story and a vet column in short sentences with their buttons and promos
    "es_adopcion_corta_extract": """\
T Kira busca familia
A Kira tiene cuatro años.
A Llegó al refugio en invierno.
A Es tranquila y cariñosa.
A Nombre: Kira
A Edad: 4 años
A Tamaño: mediano
R ¡Adóptame!
R Pregunta a nuestra veterinaria
R Razas similares
R Podenco
R Galgo
R Comparte
""",
    "de_tierarzt_kurz_extract": """\
T Darf mein Hund Trauben fressen?
A Frage: Unser Hund hat zwei Trauben gefressen. Was tun?
A Antwort: Sofort zum Tierarzt.
A Trauben können bei Hunden ein Nierenversagen auslösen.
A Schon wenige Beeren reichen.
T Ähnliche Rassen
A Die Menge, die gefährlich wird, ist von Hund zu Hund sehr verschieden.
R Fragen Sie unseren Tierarzt
R Jetzt adoptieren
R Teilen
""",
    # ===== fr/it/pt: short pages with the promo and the button
    "fr_adoption_courte_extract": """\
T Filou cherche une famille
A Filou a huit ans.
A Il est calme et aime les câlins.
A Nom : Filou
A Âge : 8 ans
R Adoptez-moi
R Posez votre question à notre vétérinaire
R Partager
""",
    "it_adozione_breve_extract": """\
T Otto cerca casa
A Otto ha sei anni.
A È un incrocio di bassotto.
A Nome: Otto
A Età: 6 anni
R Adottami
R Chiedi al nostro veterinario
R Razze simili
R Beagle
R Segugio
R Condividi
""",
    "pt_adocao_curta_extract": """\
T O Tobias procura casa
A O Tobias tem três anos.
A É meigo e brincalhão.
A Nome: Tobias
A Idade: 3 anos
R Adota-me
R Pergunte ao nosso veterinário
R Partilhar
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a vet column's standfirst naming the vet who answers ("Tierärztin Dr. Anna Vogt beantwortet Leserfragen"): a
    # sentence of the page's own, with no table's words; the article's first lines may read the same
    "de_tierarzt_full": 1,
    # EFE's dateline alone on its line with no closing dash ("Madrid, 22 feb (EFE)"): test_wire37 reads a wire's dateline
    # as the article's, so the blind round's R tag is arguable; left as it is
    "es_retirada_pienso_extract": 1,
    # a menu's two items over the headline on a page of short sentences ("Honden", "Katten"; "Home" goes as chrome): no
    # paragraph long enough anchors edge-furniture's run at the head, and a lone section word may be a subheading
    "nl_rasprofiel_kort_full": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a pets story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The animal rescue centre in Leeds took in more than 900 dogs last year, almost twice as many as before the pandemic.",
        "Staff say many owners bought puppies during lockdown without knowing how much time and money a dog would need.",
        "The centre now has a waiting list of owners who want to give up their pets, and it has stopped taking strays.",
    ],
    "de": [
        "Das Tierheim in Leipzig hat im vergangenen Jahr mehr als 600 Katzen aufgenommen, so viele wie nie zuvor.",
        "Viele Besitzer könnten sich die gestiegenen Kosten für Futter und Tierarzt nicht mehr leisten, sagt die Leiterin.",
        "Der Tierschutzverein bittet deshalb um Spenden und sucht dringend neue Pflegestellen für die Tiere.",
    ],
    "fr": [
        "Le refuge de la SPA de Gennevilliers a accueilli plus de 300 chiens depuis le début de l'été, un record.",
        "Les bénévoles dénoncent des abandons de plus en plus nombreux avant le départ en vacances des propriétaires.",
        "L'association rappelle qu'abandonner un animal est un délit puni de trois ans de prison et de 45 000 euros d'amende.",
    ],
    "es": [
        "La protectora de animales de Zaragoza ha recogido este año más de 400 perros abandonados, la cifra más alta de su historia.",
        "Los voluntarios atribuyen el aumento a las compras impulsivas de cachorros durante la pandemia.",
        "La nueva ley de bienestar animal obliga a los dueños de perros a realizar un curso de formación.",
    ],
    "it": [
        "Il canile comunale di Roma ha accolto nell'ultimo anno oltre 700 cani, molti dei quali abbandonati in estate.",
        "I volontari raccontano di animali lasciati legati ai cancelli o abbandonati lungo le strade statali.",
        "Il Comune ha lanciato una campagna per promuovere le adozioni e ridurre i tempi di permanenza nei box.",
    ],
    "pt": [
        "O canil municipal de Lisboa recolheu no ano passado mais de mil animais, a maioria cães abandonados na rua.",
        "As associações de proteção animal dizem que o número de abandonos aumenta sempre no verão.",
        "A câmara anunciou a construção de um novo centro de recolha com capacidade para 300 animais.",
    ],
    "nl": [
        "Het dierenasiel in Utrecht heeft dit jaar al meer dan 500 katten opgevangen, bijna twee keer zoveel als vorig jaar.",
        "Volgens de medewerkers kunnen veel eigenaren de kosten van voer en dierenarts niet meer betalen.",
        "Het asiel zoekt daarom dringend nieuwe gastgezinnen en vrijwilligers voor de opvang van de dieren.",
    ],
}

_SC = "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Adopt me", _SC),
    ("en", "ADOPT ME", _SC),
    ("en", "Apply to adopt me", _SC),
    ("en", "Adopt now", _SC),
    ("en", "Ask our vet", _SC),
    ("en", "Ask our vets a question online", _SC),
    ("en", "Ask a vet online now", _SC),
    ("en", "Have a question for our vet? Send it to us here.", _SC),
    ("en", "Pet insurance from £5.99 a month", _SC),
    ("en", "Get a pet insurance quote now", _SC),
    ("en", "Donate to our seal appeal", _SC),
    ("de", "Jetzt adoptieren", _SC),
    ("de", "Adoptiere mich!", _SC),
    ("de", "Haben Sie auch eine Frage? Schreiben Sie unserer Tierärztin!", _SC),
    ("de", "Fragen Sie unseren Tierarzt", _SC),
    ("fr", "Adoptez-moi", _SC),
    ("fr", "Adopter maintenant", _SC),
    ("fr", "Posez votre question à notre vétérinaire", _SC),
    ("es", "¡Adóptame!", _SC),
    ("es", "Adopta ahora", _SC),
    ("es", "Pregunta a nuestra veterinaria", _SC),
    ("it", "Adottami", _SC),
    ("it", "Adotta ora", _SC),
    ("it", "Chiedi al nostro veterinario", _SC),
    ("pt", "Adote-me", _SC),
    ("pt", "Adote agora", _SC),
    ("pt", "Pergunte ao nosso veterinário", _SC),
    ("nl", "Adopteer mij", _SC),
    ("nl", "Stel je vraag aan de dierenarts", _SC),
    ("nl", "Bereken je premie voor een huisdierenverzekering", _SC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Adopt me, the little dog seemed to say as she pressed her nose against the bars of her kennel."),
    ("en", "Visitors were urged to adopt now rather than wait for Christmas, when many rehomed pets are returned."),
    ("en", "Ask our vet anything you like at the open day on Saturday, the clinic's manager told the local paper."),
    ("en", "Have a question for our vet? Send it to us here, the first issue of the magazine told its readers in 1985."),
    ("en", "Pet insurance from £5.99 a month rarely covers dental work, the consumer group found after comparing 40 policies."),
    ("en", "Get a pet insurance quote before you buy a puppy, the charity advises, as some breeds cost far more to cover."),
    ("en", "Donate to our seal appeal, the volunteers urged shoppers outside the supermarket on Saturday morning."),
    ("en", "Related breeds such as the Harrier and the Foxhound share the Beagle's love of following a scent."),
    ("de", "„Adoptiere mich“, steht auf dem Schild am Zwinger des alten Schäferhundes, der seit zwei Jahren im Tierheim lebt."),
    ("de", "Wer jetzt adoptieren will, muss mit einer Wartezeit von mehreren Wochen rechnen, sagt die Leiterin."),
    ("de", "Haben Sie auch eine Frage? Schreiben Sie unserer Tierärztin, hieß es schon in der ersten Ausgabe der Zeitschrift."),
    ("de", "Ähnliche Rassen wie der Beagle und der Harrier brauchen ebenfalls viel Auslauf und eine konsequente Erziehung."),
    ("fr", "« Adoptez-moi », semblait dire le regard du vieux chien lorsque les visiteurs passaient devant son box."),
    ("fr", "Posez votre question à notre vétérinaire lors des portes ouvertes de samedi, invite l'affiche de la clinique."),
    ("fr", "Des races similaires comme le Norvégien ou le Sibérien demandent aussi un brossage régulier."),
    ("es", "«Adóptame», dice el cartel que cuelga del cuello de Toby en la foto que la protectora ha difundido."),
    ("es", "Pregunta a nuestra veterinaria, animaba el folleto que la clínica repartió por el barrio el pasado mes."),
    ("es", "Otras razas relacionadas, como el labrador, comparten su carácter amable y su afición por el agua."),
    ("it", "«Adottami» c'era scritto sul cartello appeso al box del vecchio meticcio, nel canile di Bari."),
    ("it", "Chiedi al nostro veterinario, diceva il cartello all'ingresso della clinica, e i clienti hanno cominciato a farlo."),
    ("it", "Razze simili come il beagle hanno lo stesso bisogno di movimento e di attività all'aperto."),
    ("pt", "«Adote-me», lia-se no cartaz pendurado na jaula da Luna durante a feira de adoção de domingo."),
    ("pt", "Pergunte ao nosso veterinário, dizia o cartaz à porta da clínica, e muitos tutores fizeram fila."),
    ("pt", "Raças parecidas, como o lhasa apso, também precisam de escovagem diária e de visitas regulares ao veterinário."),
    ("nl", "Adopteer mij, leek de oude kater te zeggen toen hij zich tegen de tralies van zijn hok aandrukte."),
    ("nl", "Stel je vraag aan de dierenarts tijdens de open dag op zaterdag, staat er op de posters in de wijk."),
    ("nl", "Bereken je premie voor een huisdierenverzekering altijd voordat je een pup koopt, adviseert de Consumentenbond."),
    ("nl", "Vergelijkbare rassen zoals de harrier hebben net zoveel beweging nodig als de beagle."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


#: (language, a related-breeds heading, two breeds' names, the page's footer under them)
_BREED_BOXES = [
    ("en", "Similar breeds", ["Basset Hound", "Harrier"], ["About us", "Privacy policy"]),
    ("de", "Ähnliche Rassen", ["Beagle", "Jack Russell"], ["Impressum", "Datenschutz"]),
    ("fr", "Races similaires", ["Norvégien", "Sibérien"], ["Mentions légales", "Gérer les cookies"]),
    ("es", "Razas relacionadas", ["Labrador retriever", "Beagle"], ["Aviso legal", "Política de cookies"]),
    ("it", "Razze simili", ["Beagle", "Jack Russell"], ["Privacy", "Cookie policy"]),
    ("pt", "Raças parecidas", ["Lhasa apso", "Maltês"], ["Política de privacidade", "Termos de uso"]),
    ("nl", "Vergelijkbare rassen", ["Basset hound", "Harrier"], ["Over ons", "Privacyverklaring"]),
]


@pytest.mark.parametrize(("lang", "heading", "names", "footer"), _BREED_BOXES)
def test_a_related_breeds_box_over_the_footer_goes(lang: str, heading: str, names: list[str], footer: list[str]) -> None:
    # teaser-box (table promos.breed_heading, edge_pets.names_over_chrome): the heading and the breeds' names under it,
    # with only the page's footer under them, go on a page of short sentences no edge-furniture run reaches past
    short = [sentence for sentence in TEXT[lang]]
    lost_lines, gone = kept([*short, heading, *names, *footer])
    assert lost_lines == [heading, *names, *footer], gone
    assert ("teaser-box", heading) in gone and all(("teaser-box", name) in gone for name in names), gone


@pytest.mark.parametrize(("lang", "heading", "names", "footer"), _BREED_BOXES)
def test_a_related_breeds_heading_over_a_paragraph_stays(lang: str, heading: str, names: list[str], footer: list[str]) -> None:
    # (edge_pets.heads_text: over a sentence the heading is the profile's own subheading)
    page = [*TEXT[lang][:2], heading, TEXT[lang][2]]
    lost_lines, gone = kept(page)
    assert lost_lines == [], gone


@pytest.mark.parametrize(("lang", "heading", "names", "footer"), _BREED_BOXES)
def test_breeds_names_over_the_articles_text_stay(lang: str, heading: str, names: list[str], footer: list[str]) -> None:
    # (edge_pets.names_over_chrome asks only the page's chrome under the names: the text going on under them keeps them)
    page = [*TEXT[lang][:2], heading, *names, TEXT[lang][2]]
    lost_lines, gone = kept(page)
    assert [line for line in lost_lines if line != heading] == [], gone


def test_a_games_title_like_an_adoption_button_in_a_list_stays() -> None:
    # (the button's "me" is in lower case or all capitals: Roblox's "Adopt Me!" in an announced list of games stays)
    page = [
        "The most played Roblox games this month were mostly the same as last month, according to the tracking site RoMonitor.",
        "Here are the top five by concurrent players:",
        "Brookhaven",
        "Adopt Me!",
        "Blox Fruits",
        "Pet Simulator 99",
        "Adopt Me! climbed one place after its Easter update added new eggs and pets.",
    ]
    lost_lines, gone = kept(page)
    assert lost_lines == [], gone


def test_an_adoption_button_under_an_animals_profile_goes() -> None:
    # site-chrome (widgets.chrome): the button under a shelter's short profile, where no edge-furniture run reaches
    page = [
        "Rocco is a big softie who came to us after his owner sadly passed away last winter.",
        "He loves long walks, belly rubs and squeaky toys, and he is fully house-trained.",
        "Name: Rocco",
        "Breed: Staffordshire Bull Terrier",
        "Age: 7",
        "Adopt me",
        "Donate now",
    ]
    lost_lines, gone = kept(page)
    assert lost_lines == ["Adopt me", "Donate now"], gone


if __name__ == "__main__":
    report(CASES)
