# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Over-stripping red team 14: article GENRES not probed before, in English, German, French, Spanish, Italian,
Portuguese and Dutch, each page written the way sites in that language write.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line that may go
either way). Half the pages are what a NAIVE scraper keeps (menus, share rows, footers), half what an EXTRACTOR
lets through. The genres: court reports, match reports with their line-ups, substitutions and bookings, an
opinion column with the letters under it, a letters page, science explainers with a glossary, live blogs with
their entry times (``23:38``, ``18.45 Uhr``, ``17h32``, ``ore 19.30``), product reviews with pros, cons and a
verdict, a municipal FAQ, real-estate listings, an obituary, school and club newsletters, a festival's and a
town's programme, a job advert, press releases with "About" and a press contact, a travel guide, recipes, a
town hall notice, a water cut notice, a council's FAQ.

Measured before any rule change (51 pages, 508 article and 433 residue lines): article lines lost 47, residue
lines left 16. Per language (lost / left): en 4 / 2, de 4 / 3, fr 2 / 6, es 10 / 1, it 22 / 2, pt 3 / 0,
nl 2 / 2. The losses: a review's verdict under its pros and cons (detached-blocks took the verdict sentence and
its rating as a block cut off by furniture, the box's short items counting as the gap; the Italian "Pro" /
"Contro" box with it, "Contro" named by no table), a live blog's first entry time right under the headline
("23:38", "18.45 Uhr": edge-furniture; "17h32", "17h02": dateline) and every Italian entry time ("ore 19.30":
dateline), a newsletter's "Met vriendelijke groet," and its signer under its list of dates, a travel guide's two
levels of headings over a place's sentence ("Where to eat" / "The Boathouse"), a listing's features under its
counts ("3 habitaciones", "2 baños", "Terraza"), a job advert's lists in parts under their headings closing on
short sentences ("Mansioni", "Requisiti", "Si offre"), a notice's contact box, a press release's press contact, a
school circular's signature.

After: article lines lost 8 (``KNOWN_LOST``: contact boxes and a signature, told apart by meaning only), residue
lines left 11 (``RESIDUE_LEFT``). Per language: en 0 / 2, de 3 / 1, fr 1 / 4, es 0 / 1, it 2 / 2, pt 2 / 0,
nl 0 / 1."""

from __future__ import annotations

import pytest
from probes import (
    kept_lines,
    lost,
    removed,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
    with_line,
)

import cleaner

_CASES1 = {
    # EXTRACTOR: a court report, its plea and sentence lines short, the residue around it
    "en_court": """\
T Man who set fire to neighbour's shed jailed for two years
R By Claire Dunmore, Court Reporter
R Published 14:32, 3 March 2025
A A man who set fire to his neighbour's garden shed after a long-running row over a hedge has been jailed for two years.
A Derek Hollins, 54, of Marsh Lane, Eastfold, admitted arson being reckless as to whether life was endangered when he appeared at Northby Crown Court on Friday.
A The court heard that Hollins poured petrol over the shed in the early hours of 12 October and set it alight while his neighbours slept less than ten metres away.
A Prosecuting, Sarah Whitlow said: "The flames reached the fence and the back of the house. It was only by chance that nobody was hurt."
A In mitigation, Mark Edwards said his client had been drinking heavily and was "deeply ashamed".
A He has no previous convictions.
A Sentencing him, Judge Alan Parr told Hollins: "You put a family with two young children at risk."
A Hollins was also made the subject of a five-year restraining order.
A He will serve half of his sentence in custody.
R Follow us on Facebook and X for the latest news from the courts.
R Got a story? Email newsdesk@eastfoldpost.example or call 01234 567890.
R Read more: Eastfold landlord fined £20,000 over unsafe flats
""",
    # NAIVE: a football match report with its line-ups, substitutions and bookings
    "en_match": """\
R Skip to content
R Menu
R News
R Sport
R Football
R Town FC
R Fixtures
R Results
R Sign in
T Town 2-1 Rovers: Okafor double sends Town top
R Share this article
R Tom Kinsella
R Saturday 8 February 2025, 5:10pm
A Two goals from Daniel Okafor sent Town to the top of League Two as they came from behind to beat Rovers at a rain-soaked Meadow Park.
A Rovers led through Liam Barnes's header after 17 minutes, but Okafor levelled with a low shot just before half-time.
A The striker won it eight minutes from time, turning in Sam Price's cross at the near post.
A "We showed real character," said Town manager Gary Lund. "The lads never stopped running."
A Town: Harris; Cole, Mensah, Webb, Price; Doyle, Fraser (Quinn 72), Ahmed; Lowe, Okafor, Bright (Tait 85).
A Subs not used: Ward, Fenn, Ryder, Osei.
A Goals: Okafor 44, 82.
A Booked: Mensah, Doyle.
A Rovers: Patel; Hughes, Stone, Grant, Ellis; Moss (Reid 66), Barnes, Cooper; Day, Knight, Shaw.
A Subs not used: Lane, Brook, Hall, Ince, Webster.
A Goal: Barnes 17.
A Booked: Stone.
A Attendance: 6,412.
A Referee: Paul Marsh.
R Comments (12)
R Most read
R Town boss Lund: We can win the league
R Rovers sack manager after six defeats
R Contact us
R Privacy notice
R Cookie settings
R © 2025 Eastfold Post
""",
    # EXTRACTOR: a German opinion column, then the letters to the editor under it
    "de_kolumne": """\
T Die Stadt braucht mehr Bänke, nicht weniger
R Eine Kolumne von Jana Reiter
R 12.03.2025, 06:00 Uhr
A Wer mit einem Rollator durch die Innenstadt geht, zählt nicht die Geschäfte, sondern die Bänke. Und davon gibt es immer weniger.
A Seit dem Umbau der Fußgängerzone sind elf Sitzgelegenheiten verschwunden, ersetzt durch Pflanzkübel, auf die sich niemand setzen darf.
A Die Begründung der Stadt: Man wolle verhindern, dass sich dort Gruppen aufhalten. Das ist ehrlich, aber es trifft die Falschen.
A Denn wer eine Bank braucht, ist meist alt, krank oder mit kleinen Kindern unterwegs.
A Eine Stadt für alle sieht anders aus.
A Leserbriefe
A Zur Kolumne „Die Stadt braucht mehr Bänke“ vom 5. März:
A Ich bin 81 Jahre alt und gehe jeden Tag in die Stadt. Ohne Bank schaffe ich den Weg vom Markt zur Haltestelle nicht mehr. Danke, dass das endlich jemand schreibt.
T Hildegard Brandt, Neustadt
A Dass die Kübel schöner aussehen, mag sein. Aber eine Innenstadt ist kein Schaufenster, sie ist ein Ort zum Verweilen.
T Peter Lohmann, Altdorf
A Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder. Die Redaktion behält sich Kürzungen vor.
R Mehr zum Thema
R Fußgängerzone: Händler klagen über Baustelle
""",
    # NAIVE: a German science explainer with a glossary at the end
    "de_erklaert": """\
R Zum Inhalt springen
R Startseite
R Wissen
R Klima
R Gesundheit
R Technik
R Anmelden
R Abo
T Warum der Permafrost taut – und was das für uns bedeutet
A Rund ein Viertel der Landfläche auf der Nordhalbkugel ist dauerhaft gefroren. Doch dieser Boden erwärmt sich schneller als gedacht.
A Was ist Permafrost?
A Als Permafrost gilt Boden, der mindestens zwei Jahre lang ununterbrochen Temperaturen unter null Grad hat.
A Warum ist das ein Problem?
A Im gefrorenen Boden lagern große Mengen abgestorbener Pflanzen. Taut er, zersetzen Mikroben dieses Material und setzen Kohlendioxid und Methan frei.
A Das verstärkt die Erwärmung, die das Tauen auslöst – Fachleute sprechen von einer Rückkopplung.
A Glossar
A Auftauschicht: die oberste Bodenschicht, die im Sommer auftaut und im Winter wieder gefriert.
A Methan: ein Treibhausgas, das über zwanzig Jahre gerechnet rund achtzigmal so stark wirkt wie Kohlendioxid.
A Thermokarst: Senken und Seen, die entstehen, wenn eishaltiger Boden taut und absackt.
A Kipppunkt: eine Schwelle, ab der sich ein Prozess selbst verstärkt und kaum noch umkehren lässt.
R Artikel teilen
R Facebook
R WhatsApp
R E-Mail
R Das könnte Sie auch interessieren
R Gletscher in den Alpen: Der Rückzug beschleunigt sich
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # NAIVE: a French court chronicle
    "fr_tribunal": """\
R Aller au contenu principal
R Accueil
R Faits divers
R Justice
R Société
R Se connecter
R S'abonner
T Tribunal de Vannes : six mois avec sursis pour avoir frappé un contrôleur
R Par Yann Le Goff
R Publié le 18 mars 2025 à 17h45
A Un homme de 32 ans a été condamné mardi à six mois d'emprisonnement avec sursis pour avoir frappé un contrôleur dans un car scolaire.
A Les faits remontent au 14 janvier. Contrôlé sans titre de transport, le prévenu avait refusé de descendre puis avait porté deux coups de poing au visage de l'agent.
A À la barre, il a reconnu les faits.
A « J'étais à bout, je venais de perdre mon travail », a-t-il expliqué.
A La victime, qui a eu cinq jours d'incapacité totale de travail, ne s'est pas présentée à l'audience.
A Le procureur avait requis huit mois, dont quatre ferme.
A Le tribunal a également prononcé une interdiction de paraître dans les transports du réseau pendant deux ans.
A Il devra verser 1 500 € de dommages et intérêts.
R Partager
R Facebook
R Twitter
R Copier le lien
R Les plus lus
R Vannes : un incendie dans un immeuble du centre-ville
R Mentions légales
R Politique de confidentialité
R Gérer mes cookies
""",
    # EXTRACTOR: a French science explainer: questions as headings, a short glossary at the end
    "fr_explainer": """\
T Éclipse solaire : ce qu'il faut savoir avant le 12 août
R Par la rédaction
R Mis à jour le 2 août 2026 à 09h12
A Pour la première fois depuis 1999, une éclipse totale de Soleil sera visible depuis une partie de l'Europe le 12 août.
A Où la voir ?
A La bande de totalité traversera le nord de l'Espagne. En France, l'éclipse sera partielle, avec un Soleil masqué à plus de 90 % dans le Sud-Ouest.
A À quelle heure ?
A Vers 20 h 25 à Bordeaux, le Soleil étant alors très bas sur l'horizon.
A Comment l'observer sans danger ?
A Il ne faut jamais regarder le Soleil à l'œil nu, même partiellement éclipsé. Utilisez des lunettes homologuées.
A Lexique
A Totalité : moment où la Lune cache entièrement le disque solaire.
A Couronne : l'atmosphère extérieure du Soleil, visible seulement pendant la totalité.
A Perles de Baily : points lumineux visibles juste avant et juste après la totalité.
R À lire aussi : Les Perséides illumineront le ciel cette semaine
R Cet article vous a été utile ? Abonnez-vous à notre newsletter Sciences.
""",
    # EXTRACTOR: a Spanish product review with pros, cons and a verdict
    "es_review": """\
T Análisis del Lumix Z30: pequeña, ligera y con un visor que convence
R Por Javier Ortega
R 14 de mayo de 2025 - 10:30 CEST
A La Z30 llega para ocupar el hueco entre los móviles de gama alta y las cámaras sin espejo de entrada.
A Diseño y construcción
A Pesa 390 gramos con batería y tarjeta, y el agarre es sorprendentemente cómodo para su tamaño.
A Calidad de imagen
A El sensor de 24 megapíxeles rinde muy bien hasta ISO 6400. A partir de ahí el ruido es evidente.
A Autonomía
A Unas 420 fotos por carga, algo menos si se usa mucho el visor.
A Lo mejor
A Visor electrónico nítido y con buen refresco
A Enfoque rápido en retratos
A Carga por USB-C
A Lo peor
A Sin estabilizador en el cuerpo
A Menús poco intuitivos
A Veredicto
A Una cámara muy recomendable para quien quiere dar el salto desde el móvil sin cargar con un equipo pesado.
A Nota: 8,5
R Este artículo contiene enlaces de afiliado. Si compras a través de ellos, podemos recibir una comisión.
R Síguenos en Telegram para no perderte ninguna oferta.
""",
    # NAIVE: a Spanish live blog with timestamps
    "es_directo": """\
R Ir al contenido
R Portada
R España
R Internacional
R Economía
R Deportes
R Iniciar sesión
R Suscríbete
T Elecciones en Galicia, en directo: última hora del escrutinio
R Actualizado a las 23:41
A 23:38
A Con el 98 % escrutado, el partido del Gobierno autonómico revalida la mayoría absoluta con 40 escaños.
A 23:15
A El candidato de la oposición comparece en la sede de su partido: «No era el resultado que esperábamos, pero seguiremos trabajando».
A 22:50
A La participación se sitúa en el 67,2 %, casi nueve puntos más que en 2020.
A 22:31
A Primeros datos oficiales: con el 40 % escrutado, la participación crece en las cuatro provincias.
A 22:00
A Cierran los colegios electorales en el exterior.
R Compartir en Facebook
R Compartir en X
R Lo más visto
R Última hora del tiempo: aviso amarillo por lluvias
R Aviso legal
R Política de cookies
R © 2025 Diario Ejemplo
""",
    # EXTRACTOR: an Italian court report
    "it_processo": """\
T Truffa agli anziani, condannati i due finti carabinieri
R di Marco Bellini
R 21 marzo 2025
A Si è chiuso con due condanne il processo ai finti carabinieri che tra il 2022 e il 2023 hanno raggirato una decina di anziani della provincia.
A Il giudice ha inflitto quattro anni e otto mesi al più giovane e tre anni e due mesi al complice.
A Entrambi dovranno risarcire le vittime.
A Secondo l'accusa, i due telefonavano fingendosi militari e convincevano le vittime a consegnare gioielli e contanti per evitare l'arresto di un figlio.
A Il bottino complessivo supera i centomila euro.
A La difesa ha già annunciato ricorso in appello.
A «Leggeremo le motivazioni», ha detto l'avvocato Paolo Cremonesi.
R Riproduzione riservata ©
R Seguici su Facebook
R Leggi anche: Furto in villa a Cernobbio, rubati quadri e orologi
""",
    # NAIVE: an Italian municipal FAQ page (waste collection)
    "it_faq": """\
R Vai al contenuto principale
R Comune di Borgoverde
R Amministrazione
R Servizi
R Novità
R Vivere il Comune
R Cerca
T Raccolta differenziata: domande frequenti
A Quando passa il camion della carta?
A Ogni martedì mattina. Il contenitore va esposto entro le 6 oppure la sera prima dopo le 21.
A Dove butto le pile esauste?
A Negli appositi contenitori presso i supermercati o al centro di raccolta di via dei Mulini.
A Posso lasciare gli ingombranti vicino ai cassonetti?
A No. Il ritiro a domicilio è gratuito su prenotazione al numero verde 800 123 456.
A Cosa faccio se il mio bidone è rotto?
A Può chiederne uno nuovo all'Ufficio Ambiente, portando un documento d'identità.
A Orari del centro di raccolta
A Lunedì, mercoledì e venerdì: 8.30–12.30
A Sabato: 8.30–12.30 e 14–17
R Questa pagina ti è stata utile?
R Sì
R No
R Ultimo aggiornamento: 3 febbraio 2025
R Contatti
R Note legali
R Privacy
R Dichiarazione di accessibilità
""",
    # NAIVE: a Portuguese real-estate listing's description
    "pt_imovel": """\
R Ir para o conteúdo
R Comprar
R Arrendar
R Vender
R Empreendimentos
R Entrar
R Favoritos
T Apartamento T3 com varanda em Benfica, Lisboa
T 385.000 €
A Apartamento T3 totalmente remodelado em 2023, situado num prédio com elevador, a cinco minutos a pé do metro.
A É composto por sala ampla com acesso a varanda, cozinha equipada, três quartos, dois deles com roupeiro, e duas casas de banho.
A Características
A Área útil: 112 m²
A Ano de construção: 1978
A Certificado energético: C
A Piso: 4.º
A Estacionamento: 1 lugar em garagem
A Aquecimento central e janelas com vidro duplo.
A Excelente oportunidade, ideal para família.
R Contactar anunciante
R Ver telefone
R Partilhar
R Guardar anúncio
R Denunciar anúncio
R Imóveis semelhantes
R Termos e condições
R Política de privacidade
""",
    # EXTRACTOR: a Portuguese obituary
    "pt_obituario": """\
T Morreu Maria do Carmo Esteves, a professora que ensinou gerações em Viseu
R Por Rui Tavares Lopes
R 9 de abril de 2025, 18:20
A Maria do Carmo Esteves morreu esta quarta-feira, aos 91 anos, em Viseu, confirmou a família.
A Nascida em 1933 em Mangualde, formou-se em Coimbra e lecionou Português durante quarenta anos na Escola Secundária Alves Martins.
A Foi também autora de três livros de poesia e fundadora da biblioteca itinerante que percorreu as aldeias do concelho nos anos 70.
A «Era exigente, mas nunca desistia de um aluno», recorda o antigo diretor da escola.
A Deixa dois filhos e cinco netos.
A O funeral realiza-se sexta-feira, às 15h00, na Igreja de Santa Maria.
A Paz à sua alma.
R Siga-nos no Instagram
R Leia também: Viseu homenageia antigos professores
""",
    # NAIVE: a Dutch primary school's newsletter article
    "nl_nieuwsbrief": """\
R Ga naar de inhoud
R Home
R Over de school
R Ouders
R Nieuws
R Agenda
R Contact
R Inloggen ouderportaal
T Nieuwsbrief week 12
A Beste ouders en verzorgers,
A Wat een mooie week hebben we gehad! Op woensdag bezochten de groepen 5 en 6 het Natuurmuseum en vrijdag was de grote voorleeswedstrijd.
A Winnaar voorleeswedstrijd
A Sanne uit groep 8 won met een fragment uit een spannend jeugdboek. Zij gaat door naar de regionale ronde in april.
A Luizencontrole
A Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op maandag 24 maart vlechten en gel achterwege laten?
A Belangrijke data
A 28 maart: studiedag, alle kinderen vrij
A 2 april: paasontbijt in de klas
A 18 april: Goede Vrijdag, school gesloten
A Met vriendelijke groet,
A Team De Regenboog
R Deel dit bericht
R Volg ons op Facebook
R Privacyverklaring
R Cookies
R © 2025 Basisschool De Regenboog
""",
    # EXTRACTOR: a Dutch festival's programme
    "nl_programma": """\
T Programma Stadsfestival 2025: dit zijn de hoogtepunten
R Door Lotte van Dijk
R 3 juni 2025, 07:00
A Van vrijdag tot en met zondag staat de binnenstad weer in het teken van het Stadsfestival, met muziek, theater en eten op twaalf locaties.
A Vrijdag
A 19.00 uur: opening op de Grote Markt door de burgemeester
A 20.30 uur: De Blauwe Zusjes (Grote Markt)
A 22.00 uur: dj-set in het Stadspark
A Zaterdag
A 11.00 uur: kinderprogramma in de Prinsentuin
A 15.00 uur: straattheater in de Herestraat
A 21.00 uur: Nachtvlinder (Grote Markt)
A Zondag
A 12.00 uur: foodtruckfestival aan de kade
A 16.00 uur: slotconcert van het stedelijk orkest
A Praktisch
A De toegang is gratis. Fietsen kunnen gratis worden gestald bij het station en aan de Oosterkade.
R Lees ook: Parkeren in de binnenstad wordt duurder
R Meld je aan voor onze nieuwsbrief
""",
}
_CASES2 = {
    # NAIVE: an English opinion column with the readers' letters under it
    "en_letters": """\
R Skip to main content
R Home
R News
R Opinion
R Letters
R Sign in
T Letters: The bus cuts will leave villages stranded
A Your report on the county's plan to cut rural bus routes (12 March) did not mention what it will mean for those of us who do not drive.
A I am 78 and the number 41 is my only way to reach the surgery, the bank and the shops. Once it goes, so does my independence.
A Margaret Ellison
A Little Haddon
A The council says the routes are underused. Of course they are: the buses run twice a day and never when anyone needs them.
A Tom Greaves
A Northby
A Write to us
A Letters should be no longer than 250 words and include your full postal address. We may edit letters for length.
R Share
R Most read
R Planning row over new homes at Mill Farm
R Terms and conditions
R Privacy policy
R Cookie settings
""",
    # EXTRACTOR: an English product review with pros, cons and a verdict
    "en_review": """\
T Brevo X2 review: the best budget robot vacuum this year
R By Hannah Cole
R Updated 2 days ago
A The X2 costs less than half what its rivals ask, yet it cleaned our test floors almost as well as machines three times the price.
A Design
A It is 9cm tall, low enough to slide under most sofas, and the dust bin holds 450ml.
A Performance
A On hard floors it picked up 97% of our test debris; on thick rugs that fell to 81%.
A Battery life
A We got 128 minutes on the standard setting, enough for a three-bedroom house.
A Pros
A Excellent on hard floors
A Quiet
A Cheap replacement brushes
A Cons
A No mapping
A Struggles on thick rugs
A Verdict
A If you have mostly hard floors and a tight budget, the X2 is the one to buy.
A Rating: 4 out of 5
R We may earn a commission when you buy through links on our site.
R Sign up to our newsletter for the best deals every week.
""",
    # EXTRACTOR: a German match report with the line-ups under it
    "de_spiel": """\
T 2:1 in Unterbach: TSV dreht das Spiel nach der Pause
R Von Markus Hein
R 09.03.2025, 19:15 Uhr
A Der TSV Oberfeld hat das Kellerduell in Unterbach nach einem Rückstand zur Pause noch mit 2:1 gewonnen.
A Die Gastgeber gingen nach 23 Minuten durch einen Foulelfmeter in Führung.
A Nach dem Seitenwechsel drehte Trainer Uwe Sand mit zwei Wechseln die Partie: Erst glich Kevin Bauer per Kopf aus, dann traf Joker Ali Demir in der 88. Minute.
A „Die Jungs haben nie aufgegeben“, sagte Sand.
A TSV Oberfeld: Maier – Krause, Yilmaz, Wolf, Schütz – Berger (46. Demir), Lang – Fuchs, Bauer, Roth (60. Klein) – Hahn.
A Tore: 1:0 Schmitt (23./FE), 1:1 Bauer (57.), 1:2 Demir (88.).
A Gelbe Karten: Krause, Lang.
A Schiedsrichter: Thomas Vogt (Lindau).
A Zuschauer: 340.
R Mehr aus dem Lokalsport
R Alle Ergebnisse der Kreisliga A im Überblick
""",
    # NAIVE: a French town's summer programme
    "fr_programme": """\
R Aller au contenu
R Mairie de Saint-Aubin
R Ma mairie
R Vie quotidienne
R Culture et loisirs
R Agenda
R Contact
T Fête de la musique 2025 : le programme
A Cette année, la fête de la musique investit le bourg et les bords de Loire, avec douze groupes et trois scènes.
A Place de l'Église
A 18 h : chorale de l'école de musique
A 19 h 30 : Les Gars du Port (chants marins)
A 21 h : Électrique Cerise (pop rock)
A Quai des Mariniers
A 19 h : scène ouverte, inscriptions sur place
A 22 h 30 : DJ Malo
A Infos pratiques
A Buvette et restauration sur place. Le parking de la salle des fêtes sera fermé à partir de 17 h.
A Entrée libre.
R Partager sur Facebook
R Imprimer
R Plan du site
R Mentions légales
R Accessibilité : non conforme
""",
    # EXTRACTOR: an Italian product review with pro, contro and a verdict
    "it_recensione": """\
T Recensione Fornello Brio 3: il piano a induzione che non ti aspetti
R di Giulia Ferri
R 4 aprile 2025
A Il Brio 3 costa meno di 300 euro e promette prestazioni da fascia alta. Lo abbiamo usato per un mese in una cucina di tutti i giorni.
A Design
A Il vetro nero è elegante ma trattiene le impronte. I comandi a sfioramento rispondono bene anche con le dita bagnate.
A Prestazioni
A Un litro d'acqua bolle in meno di tre minuti sulla zona grande. La funzione booster fa la differenza.
A Pro
A Riscaldamento rapidissimo
A Timer per ogni zona
A Facile da pulire
A Contro
A Rumore della ventola
A Manuale poco chiaro
A Giudizio finale
A Un ottimo acquisto per chi passa dal gas all'induzione senza voler spendere troppo.
A Voto: 8/10
R Questo articolo contiene link di affiliazione.
R Iscriviti alla newsletter di Cucina Pratica
""",
    # NAIVE: a Spanish football report with its line-ups
    "es_partido": """\
R Ir al contenido
R Portada
R Fútbol
R Baloncesto
R Motor
R Más deportes
R Iniciar sesión
T El Deportivo remonta en el descuento y sigue soñando con el ascenso
R Por Adrián Mosquera
R 16/03/2025 - 20:12
A El Deportivo sufrió hasta el último minuto para imponerse por 2-1 a un rival que se había adelantado en la primera mitad.
A Un gol de Lucas en el minuto 91 desató la locura en las gradas.
A Ficha técnica
A Deportivo: Helton; Ximo, Pablo, Barcia, Obrador; Villares, Mella (Yeremay, min. 62); Soriano, Lucas, Escudero (Davo, min. 75); Barbero.
A Rival: Marcos; Díaz, Gil, Ramos, Torres; Molina, Vidal; Costa, Núñez (Leo, min. 80), Paredes; Soto.
A Goles: 0-1, min. 34: Soto. 1-1, min. 68: Barbero. 2-1, min. 91: Lucas.
A Árbitro: Martínez Pérez. Amonestó a Obrador y a Molina.
A Incidencias: 24.318 espectadores en Riazor.
R Comentarios
R Lo más leído
R Aviso legal
R Política de privacidad
R Configuración de cookies
""",
    # NAIVE: a Portuguese football report with its match sheet
    "pt_jogo": """\
R Saltar para o conteúdo
R Últimas
R Futebol
R Modalidades
R Opinião
R Entrar
T Vitória vence em Braga e reforça o quarto lugar
R Por Nuno Sá
R 23 mar 2025, 21:04
A O Vitória venceu este domingo em Braga por 1-0, num jogo decidido por um golo de cabeça de Jota Silva aos 78 minutos.
A A primeira parte foi equilibrada, com poucas oportunidades para as duas equipas.
A Na segunda parte, o Vitória subiu as linhas e acabou por ser recompensado.
A Ficha de jogo
A Estádio Municipal de Braga
A Árbitro: João Pinheiro (AF Braga)
A Braga: Matheus; Victor Gómez, Niakaté, Zalazar e Borja; Moutinho, Zalazar (Horta, 70'); Bruma, Banza e Gharbi.
A Vitória: Bruno Varela; Miguel Maga, Mikel, Borevkovic e Manu Silva; Tomás Händel, Samu; Jota Silva, Telmo Arcanjo (Kaio, 85') e Nuno Santos.
A Golo: 0-1, Jota Silva (78').
A Disciplina: cartão amarelo a Moutinho (34') e Manu Silva (61').
R Comentários
R Mais lidas
R Estatuto editorial
R Política de privacidade
""",
    # EXTRACTOR: a Dutch job advert
    "nl_vacature": """\
T Vacature: medewerker buitendienst (32-36 uur)
R Geplaatst op 4 maart 2025
A Houd jij van buiten werken en wil je bijdragen aan een schone en veilige gemeente? Dan zoeken wij jou!
A Wat ga je doen?
A Je onderhoudt het groen, de wegen en de speelplaatsen in de dorpen van onze gemeente. Je werkt in een team van zes collega's.
A Wat vragen wij?
A Een afgeronde mbo-opleiding groenvoorziening of vergelijkbaar
A Rijbewijs B, BE is een pré
A Je bent flexibel en werkt graag samen
A Wat bieden wij?
A Een salaris van maximaal € 3.337 bruto per maand (schaal 6)
A Een eindejaarsuitkering van 8,3%
A Solliciteren?
A Stuur je cv en motivatie vóór 21 maart naar vacatures@gemeente-voorbeeld.example. Voor vragen kun je bellen met Kees de Boer, teamleider, via 0570 123 456.
R Deel deze vacature
R Bekijk alle vacatures
""",
}
_CASES3 = {
    # NAIVE: a German live ticker, the entries' times in the German way
    "de_ticker": """\
R Direkt zum Inhalt
R Startseite
R Politik
R Wirtschaft
R Sport
R Anmelden
T Sturmtief über Norddeutschland: Die Lage im Liveticker
R Zuletzt aktualisiert: 14.02.2025, 18:52 Uhr
A 18.45 Uhr
A Die Deutsche Bahn stellt den Fernverkehr zwischen Hamburg und Bremen bis auf Weiteres ein. Reisende sollen ihre Fahrt verschieben.
A 18.10 Uhr
A In Cuxhaven ist ein Baum auf ein Auto gestürzt. Die Fahrerin wurde leicht verletzt.
A 17.32 Uhr
A Der Deutsche Wetterdienst hat die Unwetterwarnung für die gesamte Nordseeküste auf die höchste Stufe angehoben.
A 16.58 Uhr
A Mehrere Schulen im Landkreis Stade schließen morgen vorsorglich.
R Teilen
R Mehr zum Thema
R Impressum
R Datenschutz
""",
    # EXTRACTOR: a French live blog, times as "17h32"
    "fr_direct": """\
T Grève dans les transports : suivez notre direct
R Par la rédaction
A 17h32
A La RATP annonce une reprise progressive du trafic sur la ligne 13 à partir de 19 heures.
A 16h50
A Selon la préfecture de police, 12 000 personnes ont défilé à Paris, 35 000 selon les syndicats.
A 15h05
A Le cortège est arrivé place de la Nation. Quelques tensions ont été signalées en marge de la manifestation.
A 14h00
A Le départ de la manifestation est donné place de la République.
R Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
""",
    # NAIVE: an Italian live blog, times as "ore 14.32"
    "it_diretta": """\
R Vai al contenuto
R Home
R Cronaca
R Politica
R Sport
R Accedi
R Abbonati
T Maltempo in Emilia-Romagna, la diretta
R Aggiornato alle 19:40
A ore 19.30
A Il sindaco ha firmato l'ordinanza di chiusura delle scuole per domani in tutto il territorio comunale.
A ore 18.45
A Esondato il torrente nella zona industriale: evacuate venti famiglie, nessun ferito.
A ore 17.10
A La Protezione civile ha diramato l'allerta rossa per le prossime 24 ore.
R Condividi
R Leggi anche
R Privacy
R Cookie policy
""",
    # EXTRACTOR: a Portuguese live blog, times as "14h32"
    "pt_direto": """\
T Orçamento do Estado: acompanhe o debate em direto
R Por Ana Marques
R Atualizado às 17h05
A 17h02
A O ministro das Finanças garante que não haverá aumento de impostos sobre os rendimentos do trabalho.
A 16h40
A A oposição acusa o Governo de esconder os cortes no investimento público.
A 16h15
A Começou o debate na generalidade, com a intervenção do primeiro-ministro.
R Leia também: Inflação abranda pelo terceiro mês
""",
    # NAIVE: a Dutch court report
    "nl_rechtbank": """\
R Ga naar inhoud
R Nieuws
R Regio
R Sport
R Inloggen
R Abonneren
T Celstraf voor man die oma beroofde van spaargeld
R Marieke Jansen
R 14 mrt. 2025 om 16:20
A Een 27-jarige man uit Almelo is veroordeeld tot achttien maanden cel, waarvan zes voorwaardelijk, omdat hij zijn grootmoeder ruim 40.000 euro afhandig maakte.
A Dat heeft de rechtbank in Almelo donderdag bepaald.
A De man had toegang tot de bankrekening van de vrouw en nam daar ruim twee jaar lang geld van op.
A Hij gaf het uit aan gokken en een auto.
A 'Ik schaam me kapot', zei hij tijdens de zitting.
A De officier van justitie eiste twee jaar.
A Hij moet het geld terugbetalen.
R Deel dit artikel
R Meer nieuws uit de regio
R Colofon
R Privacy
R Cookies
""",
    # EXTRACTOR: a German court report with its verdict short lines
    "de_gericht": """\
T Messerangriff am Bahnhof: Acht Jahre Haft für 34-Jährigen
R Von Stefan Albrecht
R 27.02.2025, 15:41 Uhr
A Das Landgericht hat einen 34 Jahre alten Mann wegen versuchten Totschlags zu acht Jahren Haft verurteilt.
A Er hatte im Juli einen Bekannten am Bahnhof mit einem Messer schwer verletzt.
A Das Urteil ist noch nicht rechtskräftig.
A Der Angeklagte hatte die Tat eingeräumt.
A Er habe sich bedroht gefühlt, ließ er über seinen Verteidiger erklären.
A Das Gericht folgte dem nicht.
A „Es gab keine Notwehrlage“, sagte die Vorsitzende Richterin.
A Die Staatsanwaltschaft hatte neun Jahre gefordert, die Verteidigung auf fünf Jahre plädiert.
R © dpa-infocom, dpa:250227-99-123456/3
""",
    # EXTRACTOR: a French press release with its "À propos" and its press contact
    "fr_communique": """\
T Verdibois ouvre une nouvelle usine de granulés dans le Cantal
R Communiqué de presse
R Aurillac, le 4 mars 2025
A Verdibois, fabricant de granulés de bois, annonce l'ouverture de sa troisième usine à Ydes (Cantal), qui produira 60 000 tonnes par an dès l'automne.
A Le site créera 35 emplois directs.
A « Nous voulons produire au plus près de la forêt et de nos clients », explique Claire Montel, présidente de Verdibois.
A L'investissement s'élève à 18 millions d'euros.
A À propos de Verdibois
A Fondée en 2009, Verdibois emploie 140 personnes et produit des granulés certifiés à partir de sciures issues de scieries locales.
A Contact presse
A Julie Faure
A julie.faure@verdibois.example
A 06 12 34 56 78
""",
    # NAIVE: a Spanish real-estate listing's description
    "es_piso": """\
R Ir al contenido
R Comprar
R Alquilar
R Obra nueva
R Publica tu anuncio
R Acceder
T Piso en venta en calle Mayor, Alcalá de Henares
T 245.000 €
A Luminoso piso exterior de tres dormitorios en pleno centro histórico, a dos minutos de la estación de Cercanías.
A La vivienda se encuentra en un edificio rehabilitado en 2018, con ascensor y portero físico.
A Características básicas
A 95 m² construidos
A 3 habitaciones
A 2 baños
A Terraza
A Segunda mano/buen estado
A Calefacción individual de gas natural
A Certificado energético: E
A Gastos de comunidad: 85 €/mes
R Contactar
R Ver teléfono
R Guardar
R Compartir
R Denunciar anuncio
R Aviso legal
R Política de cookies
""",
    # EXTRACTOR: an Italian event programme
    "it_programma": """\
T Sagra del tartufo, il programma completo della tre giorni
R di Elena Rossi
R 10 ottobre 2025
A Torna nel borgo la sagra del tartufo bianco, giunta alla trentesima edizione, con mercato, degustazioni e musica nelle piazze.
A Venerdì 17 ottobre
A Ore 18: apertura degli stand in piazza Garibaldi
A Ore 21: concerto della banda cittadina
A Sabato 18 ottobre
A Ore 10: mercato dei prodotti tipici
A Ore 16: gara di ricerca del tartufo con i cani
A Domenica 19 ottobre
A Ore 12: pranzo nel chiostro, prenotazione obbligatoria
A Ore 17: premiazioni e chiusura
A Come arrivare
A Il parcheggio gratuito si trova all'ingresso del paese, da lì parte una navetta ogni venti minuti.
R Riproduzione riservata
""",
    # NAIVE: a Portuguese company press release
    "pt_comunicado": """\
R Saltar para o conteúdo
R Início
R Empresa
R Produtos
R Notícias
R Contactos
T Lactoserra investe 12 milhões em nova fábrica em Oliveira de Azeméis
R Comunicado de imprensa
R 18 de fevereiro de 2025
A A Lactoserra vai investir 12 milhões de euros numa nova unidade de produção de queijo em Oliveira de Azeméis, que entrará em funcionamento no primeiro trimestre de 2026.
A A nova fábrica vai criar 60 postos de trabalho e permitirá duplicar a capacidade de produção da empresa.
A «Este investimento reforça a nossa aposta no mercado externo», afirma o administrador Paulo Seixas.
A Sobre a Lactoserra
A Fundada em 1962, a Lactoserra é uma empresa familiar que recolhe leite a mais de 300 produtores da região e exporta para 14 países.
A Contacto para a imprensa
A Inês Moura
A imprensa@lactoserra.example
A +351 256 000 000
R Partilhar
R Política de privacidade
R Livro de reclamações
R © 2025 Lactoserra
""",
    # EXTRACTOR: an English travel guide entry with opening hours and prices
    "en_travel": """\
T A day in Hallam: what to see, where to eat
R By Priya Shah
A The old mill town has reinvented itself as a weekend escape, with a restored canal, two good museums and a market that draws visitors from across the county.
A The Mill Museum
A Opening hours: Tue-Sun 10am-5pm
A Admission: adults £9, children free
A The Canal Walk
A A flat, easy path of 4 miles that runs from the station to Lock 12, with benches and two cafés on the way.
A Where to eat
A The Boathouse
A Fish and chips on the water. Mains from £14.
A Getting there
A Trains run every half hour from Northby and take 25 minutes.
R This article contains affiliate links.
R Follow us on Instagram @travelexample
""",
    # NAIVE: a German obituary notice in a local paper
    "de_nachruf": """\
R Zum Inhalt springen
R Lokales
R Sport
R Kultur
R Traueranzeigen
R E-Paper
R Anmelden
T Trauer um Altbürgermeister Heinz Pfeiffer
R Von Ulrike Sommer
R 05.04.2025, 12:00 Uhr
A Die Gemeinde trauert um ihren früheren Bürgermeister Heinz Pfeiffer. Er starb am Mittwoch im Alter von 86 Jahren.
A Pfeiffer führte die Gemeinde von 1978 bis 2002. In seine Amtszeit fielen der Bau der Mehrzweckhalle, die Sanierung des Ortskerns und die Partnerschaft mit der französischen Gemeinde Saint-Amand.
A „Er hatte für jeden ein offenes Ohr“, sagt sein Nachfolger im Amt.
A Pfeiffer hinterlässt seine Frau, zwei Töchter und vier Enkel.
A Die Trauerfeier findet am Freitag, 11. April, um 14 Uhr in der Friedhofskapelle statt.
A Statt Blumen bittet die Familie um eine Spende für den Förderverein der Grundschule.
R Artikel teilen
R Mehr aus der Region
R Impressum
R Datenschutz
""",
}
_CASES4 = {
    # NAIVE: a German town hall notice with its opening hours and a contact box
    "de_amt": """\
R Zum Inhalt springen
R Gemeinde Birkenau
R Rathaus & Politik
R Bürgerservice
R Leben & Wohnen
R Wirtschaft
R Suche
T Neue Öffnungszeiten im Bürgerbüro ab 1. April
A Ab dem 1. April ändern sich die Öffnungszeiten des Bürgerbüros. Damit reagiert die Verwaltung auf die große Nachfrage am Nachmittag.
A Bitte vereinbaren Sie für die Beantragung von Ausweisen und Reisepässen einen Termin.
A Öffnungszeiten
A Montag bis Mittwoch: 8 bis 12 Uhr
A Donnerstag: 14 bis 18 Uhr
A Freitag: 8 bis 12 Uhr
A Ansprechpartnerin
A Sabine Köhler
A Telefon: 06201 123-45
A E-Mail: buergerbuero@birkenau.example
R Seite drucken
R Seite teilen
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # EXTRACTOR: a German club newsletter article with results and a closing greeting
    "de_verein": """\
T Vereinsmeisterschaften 2025: Spannende Spiele bis zum Schluss
A Bei strahlendem Sonnenschein fanden am vergangenen Wochenende unsere Vereinsmeisterschaften statt. Insgesamt 46 Mitglieder gingen an den Start.
A Die Ergebnisse im Überblick:
A Herren: 1. Jonas Weber, 2. Tim Becker, 3. Lukas Schmid
A Damen: 1. Laura Fischer, 2. Anna König, 3. Marie Wolf
A Jugend: 1. Finn Hartmann, 2. Noah Braun, 3. Emil Keller
A Ein großes Dankeschön an alle Helferinnen und Helfer, ohne die das Turnier nicht möglich gewesen wäre!
A Sportliche Grüße,
A Euer Vorstand
R Kommentare sind geschlossen.
""",
    # NAIVE: a French local obituary
    "fr_deces": """\
R Aller au contenu
R Actualités
R Sports
R Loisirs
R Annonces légales
R Avis de décès
R Se connecter
T Saint-Flour : décès de Jean Bouchard, ancien maire et figure du rugby local
R Publié le 12/02/2025 à 11h20
A Jean Bouchard est décédé dimanche à l'âge de 84 ans. Il avait été maire de la commune de 1989 à 2008.
A Ancien troisième ligne du club, il en avait ensuite été le président pendant vingt ans.
A « C'était un homme de terrain, toujours disponible », se souvient l'actuel maire.
A Ses obsèques seront célébrées vendredi 14 février, à 14 h 30, en l'église Notre-Dame.
A La rédaction présente ses sincères condoléances à sa famille et à ses proches.
R Partager
R Facebook
R Envoyer par mail
R Nos newsletters
R Mentions légales
R Cookies
""",
    # EXTRACTOR: a French job advert with its bullet lists and how to apply
    "fr_emploi": """\
T Offre d'emploi : agent d'accueil polyvalent (H/F)
R Publiée le 3 mars 2025
A La médiathèque intercommunale recrute un agent d'accueil polyvalent en contrat à durée déterminée de six mois, renouvelable.
A Missions
A Accueillir et renseigner le public
A Enregistrer les prêts et les retours
A Ranger les documents en rayon
A Participer aux animations
A Profil recherché
A Sens du contact et du service public
A Maîtrise des outils bureautiques
A Conditions
A Temps complet, 35 heures par semaine, travail un samedi sur deux.
A Rémunération : grille indiciaire de la fonction publique territoriale.
A Candidature (CV et lettre de motivation) à adresser avant le 24 mars à M. le Président de la communauté de communes.
R Partager cette offre
R Voir toutes les offres
""",
    # NAIVE: a Spanish recipe, its ingredients and steps
    "es_receta2": """\
R Ir al contenido
R Recetas
R Postres
R Cocina fácil
R Vídeos
R Iniciar sesión
T Torrijas de leche: la receta tradicional de Semana Santa
R Por Carmen Vidal
A Las torrijas son el dulce por excelencia de la Semana Santa. Esta es la receta de mi abuela, con pan del día anterior y leche aromatizada.
A Ingredientes para 8 torrijas
A 1 barra de pan del día anterior
A 1 litro de leche entera
A 1 rama de canela
A Piel de un limón
A 150 g de azúcar
A 2 huevos
A Aceite de oliva suave para freír
A Preparación
A Calienta la leche con la canela, la piel de limón y 100 g de azúcar. Deja templar.
A Corta el pan en rebanadas de dos dedos y empápalas bien en la leche.
A Pásalas por huevo batido y fríelas en aceite caliente hasta que se doren.
A Rebózalas en el azúcar restante mezclado con canela.
A Truco
A Si el pan es muy fresco, se deshace: mejor de dos días.
R Valora esta receta
R Guardar
R Imprimir
R Comentarios (34)
R Política de privacidad
""",
    # EXTRACTOR: a Spanish science explainer with its glossary
    "es_ciencia": """\
T Qué es la calima y por qué llega cada vez más a la Península
R Por Laura Gil
R 18 mar 2025 - 07:30 CET
A La calima es una suspensión de polvo muy fino procedente del Sáhara que tiñe el cielo de naranja y empeora la calidad del aire.
A ¿Por qué se produce?
A Cuando una borrasca se sitúa al oeste de la Península, los vientos del sur arrastran el polvo del desierto hacia el norte.
A ¿Es peligrosa?
A Las partículas más pequeñas pueden penetrar en los pulmones. Las personas con asma deben evitar el ejercicio al aire libre.
A Glosario
A PM10: partículas de menos de diez micras de diámetro.
A Intrusión: llegada de una masa de aire con polvo africano.
A Lluvia de barro: precipitación que arrastra el polvo en suspensión.
R Sigue toda la actualidad en nuestro canal de WhatsApp.
""",
    # NAIVE: an Italian school newsletter
    "it_scuola": """\
R Salta al contenuto
R Istituto Comprensivo Monte Rosa
R La scuola
R Genitori
R Studenti
R Albo online
R Contatti
T Circolare n. 87 – Uscita didattica al Museo della Scienza
A Si comunica alle famiglie che il giorno 9 aprile le classi terze della scuola secondaria parteciperanno a un'uscita didattica al Museo della Scienza e della Tecnologia.
A Programma della giornata
A Ore 8.00: partenza dal piazzale della scuola
A Ore 10.00: laboratorio di robotica
A Ore 13.00: pranzo al sacco
A Ore 16.30: rientro previsto
A La quota di partecipazione è di 25 euro, da versare entro il 28 marzo.
A Il Dirigente Scolastico
A Prof.ssa Maria Grazia Conti
R Allegati
R Circolare_87.pdf
R Condividi
R Amministrazione trasparente
R Privacy
R Note legali
""",
    # EXTRACTOR: a Portuguese recipe
    "pt_receita": """\
T Bacalhau à Brás: a receita clássica em 20 minutos
R Por Teresa Almeida
A É um dos pratos mais populares da cozinha portuguesa e faz-se num instante. O segredo está na batata palha fininha e nos ovos mal passados.
A Ingredientes (4 pessoas)
A 400 g de bacalhau demolhado
A 300 g de batata palha
A 2 cebolas
A 2 dentes de alho
A 6 ovos
A Salsa e azeitonas pretas q.b.
A Preparação
A Coza o bacalhau, retire as peles e as espinhas e desfie-o.
A Aloure a cebola e o alho em azeite, junte o bacalhau e deixe cozinhar 5 minutos.
A Junte a batata palha e os ovos batidos, mexendo sempre, e retire do lume ainda cremoso.
A Sirva com salsa picada e azeitonas.
A Bom apetite!
R Gostou desta receita? Partilhe com os seus amigos.
""",
    # NAIVE: a Dutch real-estate listing
    "nl_woning": """\
R Naar hoofdinhoud
R Kopen
R Huren
R Nieuwbouw
R Makelaar zoeken
R Inloggen
T Lindenlaan 14, Amersfoort
T € 465.000 k.k.
A Sfeervolle jaren-30 woning met diepe achtertuin op het zuiden, gelegen in een rustige, kindvriendelijke straat op loopafstand van het centrum.
A De woning is in 2021 voorzien van een nieuwe keuken en badkamer en heeft vier slaapkamers.
A Kenmerken
A Woonoppervlakte: 128 m²
A Perceel: 210 m²
A Bouwjaar: 1934
A Energielabel: C
A Aantal kamers: 5 (4 slaapkamers)
A Tuin: achtertuin (zuid)
A Aanvaarding in overleg.
R Bezichtiging aanvragen
R Makelaar bellen
R Deel deze woning
R Bewaren
R Privacy
R Cookies
""",
    # EXTRACTOR: a Portuguese municipal notice with a short closing line and a signature
    "pt_aviso": """\
T Aviso: interrupção no abastecimento de água na freguesia de Santo António
R Publicado em 20/03/2025
A Informam-se os munícipes de que, devido a obras na rede, haverá interrupção no abastecimento de água na próxima terça-feira, dia 25 de março.
A Horário: das 9h00 às 17h00
A Ruas afetadas:
A Rua da Liberdade
A Rua Dr. Manuel Arriaga
A Travessa do Poço
A Largo da Feira
A Pedimos a compreensão de todos para os incómodos causados.
A O Presidente da Câmara Municipal,
A Joaquim Ferreira
R Partilhe esta notícia
""",
    # NAIVE: an English council notice with a short answer FAQ
    "en_council": """\
R Skip to main content
R Northby Borough Council
R Bins and recycling
R Council tax
R Planning
R Parking
R Search
T Garden waste collections: your questions answered
A From 1 April, garden waste collections will move to a paid subscription of £45 a year.
A Do I have to sign up?
A No. The service is optional.
A Can I share a bin with my neighbour?
A Yes, as long as one household pays the subscription.
A What if I already paid for this year?
A You will not be charged again until April 2026.
A How do I sign up?
A Online, or by calling 01632 960000 between 9am and 5pm, Monday to Friday.
R Was this page helpful?
R Yes
R No
R Accessibility statement
R Cookies
R Contact the council
""",
}

_CASES5 = {
    # NAIVE: a Portuguese court report
    "pt_tribunal": """\
R Saltar para o conteúdo
R País
R Mundo
R Economia
R Desporto
R Entrar
R Assinar
T Ex-autarca condenado a cinco anos de pena suspensa por prevaricação
R Por Sofia Neves
R 12 de março de 2025, 16:40
A O antigo presidente da junta de freguesia foi condenado esta quarta-feira a cinco anos de prisão, com pena suspensa, pelo crime de prevaricação.
A O tribunal deu como provado que o arguido adjudicou obras a uma empresa de um familiar sem concurso público.
A Terá ainda de pagar 20 mil euros ao Estado.
A A defesa vai recorrer.
A «Não houve qualquer benefício pessoal», disse o advogado à saída do tribunal.
R Partilhar
R Comentários
R Mais lidas
R Estatuto editorial
R Política de privacidade
""",
    # EXTRACTOR: a Dutch match report with its line-ups
    "nl_wedstrijd": """\
T FC Zwolle wint zwaarbevochten derby van Go Ahead
R Door Bas Hendriks
R 16 mrt. 2025 om 16:48
A FC Zwolle heeft de derby tegen Go Ahead Eagles met 2-1 gewonnen. De thuisploeg kwam in de eerste helft op achterstand, maar draaide de wedstrijd na rust om.
A Invaller Dylan Mertens maakte in de 84e minuut de winnende treffer.
A 'Dit is voor de fans', zei hij na afloop.
A Opstellingen
A FC Zwolle: Schendelaar; Lagerwey, Van der Water, Kersten, Monteiro; Buitink, Thomas (Mertens 70), Fichtinger; Bravo, Mbayo, Velanas.
A Go Ahead Eagles: De Busser; Deijl, Nauber, Kramer, Kuipers; Breum, Edvardsen; Suslov, Rommens, Madsen; Linthorst.
A Doelpunten: 0-1 Linthorst (31), 1-1 Velanas (58), 2-1 Mertens (84).
A Scheidsrechter: Serdar Gözübüyük.
A Toeschouwers: 13.800.
R Lees ook: Heracles verliest opnieuw
""",
    # NAIVE: a Portuguese event programme from a town hall
    "pt_programa": """\
R Saltar para o conteúdo
R Município de Ponte Velha
R O Município
R Viver
R Investir
R Visitar
R Contactos
T Festas da Cidade 2025: conheça o programa
A As Festas da Cidade regressam de 13 a 15 de junho, com concertos, marchas populares e a tradicional feira de artesanato.
A Sexta-feira, 13 de junho
A 21h30 – Marchas populares na Avenida da República
A 23h00 – Concerto de Ana Moura no Largo do Município
A Sábado, 14 de junho
A 10h00 – Feira de artesanato no Jardim Municipal
A 22h00 – Fogo de artifício no rio
A Domingo, 15 de junho
A 17h00 – Procissão em honra de Santo António
A A entrada em todos os espetáculos é gratuita.
R Partilhar
R Imprimir
R Política de privacidade
R Acessibilidade
""",
    # EXTRACTOR: a Dutch science explainer with questions as headings and a short glossary
    "nl_uitleg": """\
T Waarom de bodem in Groningen beweegt: vijf vragen
R Door Eva Smit
A Sinds de jaren negentig ontstaan er in Groningen aardbevingen door de gaswinning. Hoe zit dat precies?
A Hoe ontstaat zo'n beving?
A Door het gas uit de grond te halen, daalt de druk in het gesteente. Breuken in de ondergrond kunnen dan plotseling verschuiven.
A Stopt het nu de gaskraan dicht is?
A Nee. Volgens het Staatstoezicht op de Mijnen kunnen er nog jaren bevingen komen, al worden ze minder sterk.
A Begrippen
A Magnitude: de sterkte van een beving op de schaal van Richter.
A Breuk: een scheur in de aardkorst waarlangs gesteente kan verschuiven.
A Bodemdaling: het langzaam zakken van het aardoppervlak.
R Meer over dit onderwerp
R Schade door bevingen: wie betaalt?
""",
    # NAIVE: an English obituary with its funeral details and the family's notice
    "en_obituary": """\
R Skip to main content
R News
R Sport
R Announcements
R Jobs
R Sign in
T Tributes paid to former headteacher Ruth Lang, 88
R By Sam Holt
R 10 April 2025
A Tributes have been paid to Ruth Lang, who led Eastfold Primary School for more than twenty years, after her death at the age of 88.
A Mrs Lang joined the school in 1968 and became headteacher in 1975, retiring in 1997.
A Former pupils described her as "strict but fair" and remembered her love of music and the school choir she founded.
A She is survived by her two sons and five grandchildren.
A Her funeral will be held at St Mary's Church on Friday, 25 April, at 11am.
A Donations, if desired, to the Eastfold Music Trust.
R Share
R Most read
R Contact us
R Terms and conditions
R Privacy policy
""",
    # EXTRACTOR: an Italian job advert with its bullet points
    "it_lavoro": """\
T Offerta di lavoro: impiegato/a amministrativo/a
R Pubblicato il 5 marzo 2025
A Azienda del settore alimentare con sede a Parma cerca un impiegato amministrativo da inserire nel proprio ufficio contabilità.
A Mansioni
A Registrazione delle fatture
A Gestione della prima nota
A Rapporti con banche e fornitori
A Requisiti
A Diploma di ragioneria o laurea in economia
A Esperienza di almeno due anni nella stessa mansione
A Buona conoscenza del pacchetto Office
A Si offre
A Contratto a tempo indeterminato, 40 ore settimanali, dal lunedì al venerdì.
A Inviare il curriculum a selezione@esempio-alimentare.example indicando il riferimento AMM-25.
R Condividi questa offerta
R Vedi tutte le offerte
""",
}


CASES: dict[str, str] = {**_CASES1, **_CASES2, **_CASES3, **_CASES4, **_CASES5}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {
    # a notice's contact box after its last paragraph (a heading, a name, a labelled phone and e-mail) reads as a
    # site footer's contact box ("Kontakt" over "Telefon: …"), which edge-furniture takes; only the heading's
    # meaning ("Ansprechpartnerin": the notice's own contact) tells them apart (arts38: the opening hours' heading,
    # "Öffnungszeiten", is a practical box's, whose six rows run down to the phone; the e-mail, the seventh, goes)
    "de_amt": ["E-Mail: buergerbuero@birkenau.example"],
    # a press release's press contact under its "About" paragraph: a name and a bare e-mail after the article
    # are an author's contact (edge-link, edge-furniture); a company's newsroom prints the same box in its footer,
    # so only the meaning of "Contact presse" tells the release's own box apart
    "fr_communique": ["julie.faure@verdibois.example"],
    "pt_comunicado": ["Inês Moura", "imprensa@lactoserra.example"],
    # a school circular's signature, the signer's role over a name with no comma between ("Il Dirigente
    # Scolastico" / "Prof.ssa Maria Grazia Conti"): two short lines of words over the page's links, the shape of a
    # menu's two last links ("Albo online", "La scuola"); only their meaning tells them apart
    "it_scuola": ["Il Dirigente Scolastico", "Prof.ssa Maria Grazia Conti"],
}

#: The residue a page is known to leave (a ratchet: it may only shrink).
RESIDUE_LEFT: dict[str, int] = {
    # a tip line's call with an e-mail and a phone ("Got a story? Email … or call …"): no table names it
    "en_court": 1,
    # the writer's bare name under the share row (a byline with no "By"): a name alone reads as a heading
    "en_match": 1,
    # the press release's label and place-and-date line over its first paragraph
    "fr_communique": 2,
    # a question and a newsletter call on one line ("Cet article vous a été utile ? Abonnez-vous …")
    "fr_explainer": 1,
    # the page's update stamp among the opening hours' labelled rows (a fact box's row, kept as one)
    "it_faq": 1,
    # "Bekijk alle vacatures" (a link to the list of adverts), "Kommentare sind geschlossen." after the greeting,
    # a call to follow a channel ("Sigue toda la actualidad en nuestro canal de WhatsApp."), "Voir toutes les
    # offres", "Vedi tutte le offerte"
    "nl_vacature": 1,
    "it_lavoro": 1,
    "de_verein": 1,
    "es_ciencia": 1,
    "fr_emploi": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- 1. a review's pros and cons part no blocks: the verdict under them is the review's ------------------------

REVIEW = {
    "en": ["The X2 costs less than half what its rivals ask, yet the vacuum cleaned our test floors almost as well as machines three times the price.",
           "The vacuum is 9cm tall, low enough to slide under most sofas, and the dust bin holds 450ml, which is enough for a week of hard floors.",
           "On hard floors the vacuum picked up 97% of our test debris; on thick rugs that fell to 81%, and the brush tangled twice with long hair.",
           "We got 128 minutes from the vacuum on the standard setting, enough for a three-bedroom house with mostly hard floors and a few rugs."],
    "de": ["Der X2 kostet weniger als die Hälfte der Konkurrenz und saugt auf unseren Testböden trotzdem fast so gründlich wie dreimal so teure Geräte.",
           "Mit neun Zentimetern Höhe passt der Sauger unter die meisten Sofas, und der Staubbehälter fasst 450 Milliliter, genug für eine Woche.",
           "Auf Hartböden nahm der Sauger 97 Prozent des Testschmutzes auf, auf dicken Teppichen nur 81 Prozent, und die Bürste verhedderte sich zweimal.",
           "Der Akku hielt im Standardmodus 128 Minuten durch, genug für eine Wohnung mit vier Zimmern und überwiegend glatten Böden."],
    "it": ["Il Brio 3 costa meno di 300 euro e promette prestazioni da fascia alta: lo abbiamo usato per un mese in una cucina di tutti i giorni.",
           "Il vetro nero del piano è elegante ma trattiene le impronte, mentre i comandi a sfioramento rispondono bene anche con le dita bagnate.",
           "Un litro d'acqua bolle in meno di tre minuti sulla zona grande del piano, e la funzione booster fa davvero la differenza con le pentole larghe.",
           "Dopo un mese di prove il piano non mostra graffi, e la ventola si sente soltanto quando tutte e quattro le zone sono accese al massimo."],
    "es": ["La Z30 llega para ocupar el hueco entre los móviles de gama alta y las cámaras sin espejo de entrada, con un precio muy ajustado.",
           "La cámara pesa 390 gramos con batería y tarjeta, y el agarre de la cámara es sorprendentemente cómodo para su tamaño tan reducido.",
           "El sensor de 24 megapíxeles de la cámara rinde muy bien hasta ISO 6400, y a partir de ahí el ruido empieza a ser evidente en las sombras.",
           "La batería de la cámara da para unas 420 fotos por carga, algo menos si se usa mucho el visor electrónico durante la jornada."],
}
BOX = {
    "en": ["Pros", "Excellent on hard floors", "Quiet", "Cheap replacement brushes", "Cons", "No mapping", "Struggles on thick rugs",
           "Verdict", "If you have mostly hard floors and a tight budget, the X2 is the one to buy.", "Rating: 4 out of 5"],
    "de": ["Pro", "Sehr leise", "Günstige Ersatzbürsten", "Contra", "Keine Raumkarte", "Schwach auf Hochflor",
           "Fazit", "Wer vor allem glatte Böden hat und wenig ausgeben will, macht mit dem X2 nichts falsch.", "Wertung: 4 von 5"],
    "it": ["Pro", "Riscaldamento rapidissimo", "Timer per ogni zona", "Contro", "Rumore della ventola", "Manuale poco chiaro",
           "Giudizio finale", "Un ottimo acquisto per chi passa dal gas all'induzione senza voler spendere troppo.", "Voto: 8/10"],
    "es": ["Lo mejor", "Visor electrónico nítido", "Enfoque rápido en retratos", "Lo peor", "Sin estabilizador en el cuerpo", "Menús poco intuitivos",
           "Veredicto", "Una cámara muy recomendable para quien quiere dar el salto desde el móvil sin cargar con un equipo pesado.", "Nota: 8,5"],
}
FOOTER_MENU = ["Local news", "Sport", "Business", "Weather", "Puzzles", "Travel"]
BLURB = "Our sister site tests espresso machines, grinders and kettles every month, with prices checked daily by our editors."
BLURBS = {
    "en": BLURB,
    "de": "Unser Schwesterportal testet jeden Monat Espressomaschinen, Mühlen und Wasserkocher, die Preise prüft die Redaktion täglich.",
    "it": "Il nostro sito gemello prova ogni mese macchine per il caffè, macinini e bollitori, con i prezzi controllati ogni giorno dalla redazione.",
    "es": "Nuestra web hermana prueba cada mes cafeteras, molinillos y hervidores, con los precios revisados a diario por la redacción.",
}


@pytest.mark.parametrize("lang", sorted(REVIEW))
def test_a_reviews_verdict_under_its_pros_and_cons_survives(lang: str) -> None:
    article = [*REVIEW[lang], *BOX[lang]]
    result = cleaner.explain_text("\n".join(["Test", *article]))
    assert lost(article, result) == [], removed(result)


@pytest.mark.parametrize("lang", sorted(REVIEW))
def test_a_reviews_box_in_a_naive_page_survives_its_footer_goes(lang: str) -> None:
    article = [*REVIEW[lang], *BOX[lang]]
    result = cleaner.explain_text("\n".join(["Test", *article, *FOOTER_MENU, BLURBS[lang]]))
    assert lost(article, result) == [], removed(result)
    assert ("detached-blocks", BLURBS[lang]) in removed(result)


def test_a_blurb_after_a_footer_menu_still_goes() -> None:
    """The shape the box is spared from: a menu's lines, then a small block about something else."""
    result = cleaner.explain_text("\n".join(["Test", *REVIEW["en"], *FOOTER_MENU, BLURB]))
    assert ("detached-blocks", BLURB) in removed(result)
    assert lost(REVIEW["en"], result) == []


# -- 2. a live blog's first entry time, right under the headline ------------------------------------------

LIVE = {
    "es": ("Elecciones en Galicia, en directo", "Actualizado a las 23:41", ["23:38", "23:15", "22:50"],
           ["Con el 98 % escrutado, el partido del Gobierno autonómico revalida la mayoría absoluta con 40 escaños.",
            "El candidato de la oposición comparece en la sede de su partido y reconoce que no era el resultado esperado.",
            "La participación se sitúa en el 67,2 %, casi nueve puntos más que en las elecciones de hace cuatro años."]),
    "fr": ("Grève dans les transports : suivez notre direct", "Par la rédaction", ["17h32", "16h50", "15h05"],
           ["La RATP annonce une reprise progressive du trafic sur la ligne 13 à partir de 19 heures ce soir.",
            "Selon la préfecture de police, 12 000 personnes ont défilé à Paris, 35 000 selon les syndicats.",
            "Le cortège est arrivé place de la Nation, quelques tensions ont été signalées en marge de la manifestation."]),
    "it": ("Maltempo in Emilia-Romagna, la diretta", "Aggiornato alle 19:40", ["ore 19.30", "ore 18.45", "ore 17.10"],
           ["Il sindaco ha firmato l'ordinanza di chiusura delle scuole per domani in tutto il territorio comunale.",
            "Esondato il torrente nella zona industriale: evacuate venti famiglie, nessun ferito secondo i vigili del fuoco.",
            "La Protezione civile ha diramato l'allerta rossa per le prossime 24 ore su tutta la pianura e sulle colline."]),
    "pt": ("Orçamento do Estado: acompanhe o debate em direto", "Por Ana Marques", ["17h02", "16h40", "16h15"],
           ["O ministro das Finanças garante que não haverá aumento de impostos sobre os rendimentos do trabalho.",
            "A oposição acusa o Governo de esconder os cortes no investimento público previstos para o próximo ano.",
            "Começou o debate na generalidade, com a intervenção do primeiro-ministro e dos líderes parlamentares."]),
    "de": ("Sturmtief über Norddeutschland: Die Lage im Liveticker", "Von Jana Reiter", ["18.45 Uhr", "18.10 Uhr", "17.32 Uhr"],
           ["Die Bahn stellt den Fernverkehr zwischen Hamburg und Bremen bis auf Weiteres ein, Reisende sollen ihre Fahrt verschieben.",
            "In Cuxhaven ist ein Baum auf ein Auto gestürzt, die Fahrerin wurde nach Angaben der Polizei leicht verletzt.",
            "Der Wetterdienst hat die Unwetterwarnung für die gesamte Nordseeküste auf die höchste Stufe angehoben."]),
}


@pytest.mark.parametrize("lang", sorted(LIVE))
def test_a_live_blogs_first_entry_time_survives(lang: str) -> None:
    title, stamp, times, entries = LIVE[lang]
    article = [line for pair in zip(times, entries, strict=True) for line in pair]
    result = cleaner.explain_text("\n".join([title, stamp, *article]))
    assert lost(article, result) == [], removed(result)


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_lone_time_over_an_articles_first_paragraph_still_goes(lang: str) -> None:
    """One time over the first paragraph, no entry times in the text below: the page's timestamp."""
    title, _stamp, times, entries = LIVE[lang]
    result = cleaner.explain_text("\n".join([title, times[0], *entries]))
    assert times[0] not in kept_lines(result)
    assert lost(entries, result) == []


def test_an_italian_time_between_paragraphs_of_no_live_blog_still_goes() -> None:
    title, _stamp, times, entries = LIVE["it"]
    result = cleaner.explain_text("\n".join([title, times[0], *entries]))
    assert times[0] not in kept_lines(result)


# -- 3. a letter's closing and its signer under the text ------------------------------------------------------

NEWSLETTER = {
    "nl": (["Wat een mooie week hebben we gehad! Op woensdag bezochten de groepen 5 en 6 het Natuurmuseum en vrijdag was de grote voorleeswedstrijd.",
            "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op maandag 24 maart vlechten en gel achterwege laten?",
            "Belangrijke data", "28 maart: studiedag, alle kinderen vrij", "2 april: paasontbijt in de klas"],
           ["Met vriendelijke groet,", "Team De Regenboog"], ["Deel dit bericht", "Volg ons op Facebook", "Privacyverklaring", "Cookies"]),
    "en": (["What a week it has been! On Wednesday Years 5 and 6 visited the Natural History Museum, and on Friday we held our reading competition.",
            "After every holiday our volunteers check all children for head lice. Please avoid plaits and hair gel on Monday 24 March.",
            "Important dates", "28 March: staff training day, school closed", "2 April: Easter breakfast in class"],
           ["Kind regards,", "Mrs Clarke, Head Teacher"], ["Share this post", "Follow us on Facebook", "Privacy notice", "Cookies"]),
    "de": (["Bei strahlendem Sonnenschein fanden am Wochenende unsere Vereinsmeisterschaften statt, insgesamt 46 Mitglieder gingen an den Start.",
            "Ein großes Dankeschön an alle Helferinnen und Helfer, ohne die das Turnier nicht möglich gewesen wäre!",
            "Termine", "28. März: Jahreshauptversammlung im Vereinsheim", "2. April: Saisoneröffnung"],
           ["Sportliche Grüße,", "Euer Vorstand"], ["Beitrag teilen", "Folge uns auf Instagram", "Datenschutz", "Impressum"]),
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTER))
def test_a_letters_closing_and_signer_survive_the_footer_goes(lang: str) -> None:
    text, closing, footer = NEWSLETTER[lang]
    result = cleaner.explain_text("\n".join(["Nieuwsbrief week 12", *text, *closing, *footer]))
    assert lost([*text, *closing], result) == [], removed(result)
    assert [line for line in footer if line in kept_lines(result)] == []


@pytest.mark.parametrize("lang", sorted(NEWSLETTER))
def test_a_closing_in_a_paragraphed_text_survives(lang: str) -> None:
    text, closing, footer = NEWSLETTER[lang]
    result = cleaner.explain_text("\n\n".join(["Nieuwsbrief week 12", *text, *closing, *footer]))
    assert lost([*text, *closing], result) == [], removed(result)


def test_a_menu_under_the_text_still_goes_without_a_closing() -> None:
    """Two short lines of words under the text, the footer's links, no comma ending the first: the page's."""
    text, _closing, footer = NEWSLETTER["en"]
    result = cleaner.explain_text("\n".join(["Newsletter", *text, "Our school", "Governors", *footer]))
    assert "Our school" not in kept_lines(result) and "Governors" not in kept_lines(result)


# -- 4. a guide's two levels of headings over a place's sentence -----------------------------------------------

GUIDE = [
    "The old mill town has reinvented itself as a weekend escape, with a restored canal, two good museums and a market that draws visitors from across the county.",
    "The canal walk is a flat, easy path of four miles that runs from the station to Lock 12, with benches and two cafés on the way.",
    "Where to eat",
    "The Boathouse",
    "Fish and chips on the water. Mains from £14.",
    "Getting there",
    "Trains run every half hour from Northby and take 25 minutes.",
]


def test_a_guides_section_and_place_headings_survive() -> None:
    result = cleaner.explain_text("\n".join(["A day in Hallam", *GUIDE, "Follow us on Instagram", "Privacy policy", "Cookies", "Contact"]))
    assert lost(GUIDE, result) == [], removed(result)


def test_a_teasers_heading_and_headline_over_the_footer_still_go() -> None:
    """Two short lines under the text with only the page's links under them: no article text goes on there."""
    result = cleaner.explain_text("\n".join(["A day in Hallam", *GUIDE[:2], "More from Hallam", "The best pubs by the canal", "Home", "News", "Sport", "Contact"]))
    assert "More from Hallam" not in kept_lines(result)
    assert lost(GUIDE[:2], result) == []


# -- 5. a listing's features: three counts in a row, the list up to its last figure -----------------------------

LISTING = {
    "es": (["Luminoso piso exterior de tres dormitorios en pleno centro histórico, a dos minutos de la estación de Cercanías.",
            "La vivienda se encuentra en un edificio rehabilitado en 2018, con ascensor y portero físico, y tiene trastero."],
           ["Características básicas", "95 m² construidos", "3 habitaciones", "2 baños", "Terraza", "Segunda mano/buen estado",
            "Calefacción individual de gas natural", "Certificado energético: E", "Gastos de comunidad: 85 €/mes"],
           ["Contactar", "Ver teléfono", "Guardar", "Compartir", "Denunciar anuncio", "Aviso legal"]),
    "de": (["Helle Dreizimmerwohnung im dritten Stock eines gepflegten Altbaus, nur wenige Gehminuten vom Hauptbahnhof entfernt.",
            "Die Wohnung wurde 2021 renoviert und verfügt über einen Balkon zum ruhigen Innenhof sowie einen Kellerraum."],
           ["Ausstattung", "82 m² Wohnfläche", "3 Zimmer", "1 Badezimmer", "Balkon", "Einbauküche", "Gasetagenheizung", "Kaltmiete: 980 Euro"],
           ["Anbieter kontaktieren", "Merken", "Teilen", "Anzeige melden", "Impressum"]),
}


@pytest.mark.parametrize("lang", sorted(LISTING))
def test_a_listings_features_survive_its_links_go(lang: str) -> None:
    text, features, links = LISTING[lang]
    result = cleaner.explain_text("\n".join(["Titel", *text, *features, *links]))
    assert lost([*text, *features], result) == [], removed(result)
    assert [line for line in links if line in kept_lines(result)] == []


def test_a_menu_with_one_count_among_its_sections_still_goes() -> None:
    text, _features, links = LISTING["de"]
    menu = ["Politik", "24 Stunden", "Wirtschaft", "Sport", "Kultur", "Reise"]
    result = cleaner.explain_text("\n".join(["Titel", *text, *menu, *links]))
    assert [line for line in menu if line in kept_lines(result)] == []


# -- 6. a job advert's lists in parts under their headings, closing with short sentences ------------------------

JOB_AD = {
    "it": ("Azienda del settore alimentare con sede a Parma cerca un impiegato amministrativo da inserire nel proprio ufficio contabilità.",
           ["Mansioni", "Registrazione delle fatture", "Gestione della prima nota", "Rapporti con banche e fornitori",
            "Requisiti", "Diploma di ragioneria o laurea in economia", "Esperienza di almeno due anni nella stessa mansione",
            "Buona conoscenza del pacchetto Office", "Si offre", "Contratto a tempo indeterminato, 40 ore settimanali.",
            "Inviare il curriculum entro il 30 marzo."]),
    "de": ("Für unseren Bauhof suchen wir zum nächstmöglichen Zeitpunkt eine engagierte Fachkraft in Vollzeit, zunächst befristet auf zwei Jahre.",
           ["Ihre Aufgaben", "Pflege der Grünanlagen und Spielplätze", "Winterdienst nach Einsatzplan", "Kleinere Reparaturen an Gebäuden",
            "Ihr Profil", "Abgeschlossene Ausbildung im Garten- und Landschaftsbau", "Führerschein der Klasse BE",
            "Wir bieten", "Bezahlung nach TVöD, Entgeltgruppe 5.", "Bewerbungen bitte bis zum 31. März an das Personalamt."]),
    "nl": ("De gemeente zoekt per direct een medewerker buitendienst voor 32 tot 36 uur per week, voor het onderhoud van groen en wegen.",
           ["Taken", "Onderhoud van het openbaar groen", "Kleine reparaties aan bestrating en speeltoestellen",
            "Eisen", "Een afgeronde mbo-opleiding groenvoorziening", "Rijbewijs B, BE is een pré",
            "Aanbod", "Een salaris van maximaal 3.337 euro per maand.", "Reageren kan tot en met 21 maart."]),
}


@pytest.mark.parametrize("lang", sorted(JOB_AD))
def test_a_job_adverts_lists_in_parts_survive(lang: str) -> None:
    lede, parts = JOB_AD[lang]
    result = cleaner.explain_text("\n".join(["Offerta", lede, *parts, "Condividi", "Privacy", "Cookie policy"]))
    assert lost([lede, *parts], result) == [], removed(result)


def test_a_footers_link_groups_under_their_headings_still_go() -> None:
    """Headings over their links with no sentence of the article under them: the page's footer."""
    lede, _parts = JOB_AD["it"]
    footer = ["Servizi", "Abbonamenti digitali e cartacei", "Edicola online del giornale", "Redazione",
              "Contatti con la nostra redazione", "Pubblicità sul nostro giornale"]
    result = cleaner.explain_text("\n".join(["Offerta", lede, "Il colloquio si terrà nella sede di via Emilia a Parma.", *footer]))
    assert [line for line in footer if line in kept_lines(result)] == []


# -- 7. residue lines the tables now name, and article sentences that resemble them -----------------------------

PARAGRAPHS = {
    "nl": ["De gemeente zoekt een medewerker voor de buitendienst, die het groen, de wegen en de speelplaatsen in de dorpen onderhoudt.",
           "Het team bestaat uit zes collega's en werkt vanuit de gemeentewerf aan de rand van het dorp, van maandag tot en met vrijdag.",
           "Sollicitaties kunnen tot 21 maart worden gestuurd naar de afdeling personeelszaken van de gemeente."],
    "de": ["Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer langen und teils hitzigen Debatte.",
           "Die Schulen bekommen mehr Geld für die Digitalisierung, die Straßensanierung wird dagegen um ein Jahr verschoben.",
           "Die Opposition kritisierte die neuen Schulden, die Mehrheit verwies auf die gestiegenen Kosten für Energie und Personal."],
    "fr": ["La médiathèque intercommunale recrute un agent d'accueil polyvalent en contrat à durée déterminée de six mois, renouvelable.",
           "L'agent accueillera le public, enregistrera les prêts et les retours et participera aux animations proposées le samedi.",
           "Les candidatures sont à adresser avant le 24 mars au président de la communauté de communes."],
}

test_new_table_rows_go = residue_goes_tests(
    PARAGRAPHS["nl"], [("Deel deze vacature", "social-buttons"), ("Deel deze pagina", "social-buttons")]
)
test_new_table_rows_go_de = residue_goes_tests(
    PARAGRAPHS["de"], [("Mehr aus dem Lokalsport", "teaser-box"), ("Mehr aus der Region Hannover", "teaser-box")]
)
test_new_table_rows_go_fr = residue_goes_tests(
    PARAGRAPHS["fr"], [("Partager cette offre", "social-buttons"), ("Publiée le 3 mars 2025 à 10h12", "dateline")]
)
test_new_table_rows_go_it = residue_goes_tests(
    ["Azienda del settore alimentare con sede a Parma cerca un impiegato amministrativo da inserire nel proprio ufficio contabilità.",
     "Il candidato si occuperà della registrazione delle fatture, della prima nota e dei rapporti con banche e fornitori.",
     "Si offre un contratto a tempo indeterminato di 40 ore settimanali, dal lunedì al venerdì, nella sede di Parma."],
    [("Condividi questa offerta", "social-buttons")],
)

RESEMBLING = {
    "nl": ["Wie deze vacature met vrienden deelt, helpt de gemeente volgens de wethouder enorm.", "Deel deze vacature gerust, zei de teamleider lachend tegen de verslaggever."],
    "de": ["Mehr aus dem Lokalsport als je zuvor zeigt der Regionalsender in diesem Jahr.", "Mehr aus der Region kommt in diesem Jahr auf die Teller der Schulkantinen."],
    "fr": ["Publiée le 3 mars 2025, la circulaire précise les nouvelles règles du concours.", "Partager cette offre avec les habitants du quartier était l'objectif de la mairie."],
}

test_resembling_sentences_survive_nl = short_line_tests(PARAGRAPHS["nl"], RESEMBLING["nl"], ("head", "middle", "tail"))
test_resembling_sentences_survive_de = short_line_tests(PARAGRAPHS["de"], RESEMBLING["de"], ("head", "middle", "tail"))
test_resembling_sentences_survive_fr = short_line_tests(PARAGRAPHS["fr"], RESEMBLING["fr"], ("head", "middle", "tail"))

# the article lines the rules keep, alone in the middle and at the tail of a short article (a lone time of day
# there is a timestamp, as before: see the tests of section 2)
KEPT_LINES = {
    "en": (REVIEW["en"], ["Pros", "Kind regards,", "Where to eat"]),
    "it": (REVIEW["it"], ["Contro", "Giudizio finale"]),
    "es": (LISTING["es"][0] + REVIEW["es"][:2], ["3 habitaciones", "2 baños", "Veredicto"]),
}


@pytest.mark.parametrize(
    ("lang", "line", "position"),
    [(lang, line, pos) for lang, (_p, lines) in sorted(KEPT_LINES.items()) for line in lines for pos in ("middle", "tail")],
)
def test_the_kept_shapes_survive_alone_in_an_article(lang: str, line: str, position: str) -> None:
    paragraphs = KEPT_LINES[lang][0]
    result = cleaner.explain_text("\n\n".join(with_line(paragraphs, line, position)))
    assert lost([*paragraphs, line], result) == [], removed(result)


if __name__ == "__main__":  # the probe's numbers: python tests/test_redteam14.py
    report(CASES)
