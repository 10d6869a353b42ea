# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Whole-article red team: articles whose real content looks like residue.

Each article is the text an extractor outputs for the article alone, in genres whose lines
resemble residue (Q/A interviews, quoted lyrics, recipes, court reports, listicles, results
tables, timelines, FAQs, letters, transcripts, press releases, live blogs, code, key points,
reviews with a rating, obituaries, articles about newsletters, cookies, social media,
subscriptions, podcasts, photo agencies, comment moderation and markets, travel guides,
event listings, a one-word last line, a three-line article). Every article line must
survive. Lines marked ``@@`` are obvious residue placed around some articles: they must go.
"""

from __future__ import annotations

import pytest

import cleaner

RESIDUE = "@@ "

ARTICLES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ English
    "en-interview-qa": (
        "en",
        """\
The novelist Mara Quill has spent a decade writing about the lighthouse keepers of the Hebrides. We spoke to her before the release of her fourth book.
Q: Why lighthouses?
A: Because they are the loneliest jobs ever invented, and loneliness is my subject.
Q: Did you visit them all?
A: Most of them. Some you cannot reach in winter.
Q: What comes next?
A: A book about ferries. Or nothing at all.
Q: Any regrets?
A: None.
Her new novel, The Last Lamp, is published on Thursday.""",
    ),
    "en-review-lyrics": (
        "en",
        """\
@@ Share this article
The band's third album opens with its strongest song, a slow ballad about leaving a mining town.
The chorus is almost childish in its simplicity:
Take me down to the river
Take me down to the sea
Leave the lamps on in the kitchen
Leave the door open for me
It should not work, but sung over a single cello it is devastating.
The rest of the record never quite reaches that height, though the closing track comes close.
@@ Sign up for our music newsletter""",
    ),
    "en-recipe": (
        "en",
        """\
This is the lentil soup my mother made every Friday, and it has never failed me.
Serves 4
Prep time: 10 min
Cook time: 40 min
Ingredients
200g red lentils
1 onion, chopped
2 carrots, diced
1 litre vegetable stock
Salt and pepper
Method
1. Fry the onion and carrots in a little oil until soft.
2. Add the lentils and stock and bring to the boil.
3. Simmer for 30 minutes, then blend until smooth.
4. Season to taste and serve with crusty bread.
Tip: the soup freezes well for up to three months.""",
    ),
    "en-court": (
        "en",
        """\
A man who ran an unlicensed scrap yard in Leeds has been fined £12,000 after admitting two environmental offences.
The court heard that he breached section 33 of the Environmental Protection Act 1990.
Section 33(1)(a)
Deposit of controlled waste without a permit.
Section 34
Failure in the duty of care over waste.
Judge Helen Marsh told him: "You ignored every warning the council gave you."
He was also ordered to pay costs of £3,400.
The case continues.""",
    ),
    "en-listicle": (
        "en",
        """\
These are the five cities our readers voted the best for a long weekend this year.
1. Paris
Still the first choice for a short break, thanks to its museums and its trains.
2. Lisbon
Cheap, sunny and full of viewpoints over the river.
3. Kraków
The old town survived the war almost untouched.
4. Porto
Come for the port wine, stay for the tiled churches.
5. Vienna
Coffee houses and concerts, every night of the week.""",
    ),
    "en-sports-results": (
        "en",
        """\
Rovers climbed to second place after a 3-1 win over City on Saturday, with two goals from their new striker.
Results
Rovers 3-1 City
United 0-0 Athletic
Wanderers 2-4 Town
Table
1. Town 24 pts
2. Rovers 22 pts
3. United 21 pts
4. City 18 pts
The next round is played on Tuesday evening.
@@ Comments
@@ Join the conversation""",
    ),
    "en-timeline": (
        "en",
        """\
The fall of the Berlin Wall was the end of a long series of events across Eastern Europe.
1961: The wall is built overnight.
1987: Reagan calls on Gorbachev to tear it down.
1989: The wall falls.
1990: Germany is reunified.
Thirty-five years later, only fragments of it remain standing in the city.""",
    ),
    "en-faq": (
        "en",
        """\
The council has changed how bins are collected. Here are the answers to the questions residents ask most.
When will my bin be collected?
Every other Monday, starting from 3 March.
Do I need to register?
No. Every household is included automatically.
What if I miss a collection?
Report it online within two working days.
Can I get a bigger bin?
Yes, for households of six or more.""",
    ),
    "en-letter": (
        "en",
        """\
Your report on the closure of the library (12 May) missed the point.
The building is not just a place to borrow books. For many older people in the village, it is the only warm room they visit all week.
I urge the council to think again before it is too late.
Margaret Hill
Penzance, Cornwall""",
    ),
    "en-transcript": (
        "en",
        """\
This is an edited transcript of the episode.
[00:00:12] HOST: Welcome back to the show. Today we are talking about sleep.
[00:00:20] DR. OKAFOR: Thanks for having me.
[00:00:25] HOST: How much sleep do we really need?
[00:00:31] DR. OKAFOR: Most adults need seven to nine hours. Less than six, consistently, is a problem.
[00:01:02] HOST: And naps?
[00:01:05] DR. OKAFOR: Twenty minutes, no more.""",
    ),
    "en-press-release": (
        "en",
        """\
@@ Home > News > Press releases
LONDON, 4 June 2024 – Greenfield Energy today announced the opening of its largest solar farm in the south of England.
The 48-megawatt site will power around 15,000 homes and was built on former farmland.
"This is a milestone for us," said chief executive Priya Nair.
About Greenfield Energy
Greenfield Energy is an independent renewable energy company founded in 2011. It operates 22 solar and wind sites across the UK.
Media contact:
Tom Baker, press@greenfield-energy.example, +44 20 7946 0000""",
    ),
    "en-liveblog": (
        "en",
        """\
Follow the latest on the election count as results come in from across the country.
23:45
The first result is in: Sunderland South holds the seat with a majority of 9,000.
00:30
Turnout is running lower than in 2019, officials say.
01:15
The prime minister has arrived at his count in Richmond.
02:05
Exit polls appear to be accurate so far.""",
    ),
    "en-tech": (
        "en",
        """\
If you want to try the new release, the easiest way is to install it with pip.
pip install --upgrade examplepkg
Then create a configuration file in your home directory:
mkdir -p ~/.config/examplepkg
examplepkg init --default
The import now looks like this:
import examplepkg
client = examplepkg.Client()
print(client.version())
That is all you need to get started.""",
    ),
    "en-keypoints": (
        "en",
        """\
Key points:
Inflation fell to 2.3% in April
Food prices rose for the first time in a year
The central bank is expected to hold rates
Inflation in the UK fell more than expected last month, official figures show.
Economists had forecast a fall to 2.5%, but lower energy bills pulled the rate down further.
The Bank of England meets again in June.""",
    ),
    "en-product-review": (
        "en",
        """\
The Zephyr X2 is the lightest pair of noise-cancelling headphones we have tested this year.
The battery lasted 31 hours in our tests, and the case folds flat enough to fit a coat pocket.
Pros
Very light
Excellent battery life
Cons
Weak bass
No wired option
Verdict: 4 out of 5 stars
Price: £199""",
    ),
    "en-obituary": (
        "en",
        """\
Joan Avery, who has died aged 91, was a marine biologist who spent her career studying the seals of the Farne Islands.
Born in Alnwick in 1933, she studied zoology at Durham and joined the university's marine station in 1958.
She is survived by her son, Peter, and three grandchildren.
Joan Avery, marine biologist, born 2 March 1933; died 14 August 2024""",
    ),
    "en-about-newsletters": (
        "en",
        """\
Newsletters have become the fastest-growing product in local journalism.
The Bristol Post says that 40,000 readers now sign up for its morning newsletter, twice as many as last year.
"People want to subscribe to something that arrives in their inbox at seven," said its editor.
"Subscribe to our newsletter" is still the most common message on news sites, according to the study.
Critics say many readers click the sign-up button and never open a single email.""",
    ),
    "en-about-cookies": (
        "en",
        """\
The data regulator has fined three retailers for cookie banners that made it harder to refuse tracking than to accept it.
Under the rules, a website must let visitors reject all cookies as easily as they accept them.
One site showed a large button reading "Accept all cookies" and hid the option to refuse in a settings page.
The regulator said it would review another 50 websites this year.""",
    ),
    "en-about-social": (
        "en",
        """\
The minister announced her resignation on social media on Sunday night.
In a post on X, she wrote: "It has been an honour to serve."
Within an hour it had been shared more than 20,000 times.
Follow us on Facebook and Twitter, her party's account posted shortly afterwards, in a message that was quickly deleted.
Share prices of the state energy company rose 2% on Monday.""",
    ),
    "en-about-podcast": (
        "en",
        """\
The most popular podcast in the country is now a show about gardening.
Listen to the podcast on your commute, its host tells listeners at the start of every episode, and dig in on Saturday.
It has been downloaded 12 million times since it launched in January.
Download the app, said the ad that launched it, and almost nobody did.""",
    ),
    "en-photo-agency": (
        "en",
        """\
Getty Images has agreed to buy its smaller rival, Shutterstock, in a deal worth $3.7 billion.
The combined company will own more than 500 million photos.
Photograph: Getty Images is the credit line seen under millions of news pictures every day, and it will now be joined by Shutterstock's.
Competition authorities in the US and UK are expected to review the deal.
@@ Photo: Reuters""",
    ),
    "en-comment-moderation": (
        "en",
        """\
The newspaper has closed comments on all articles about the trial.
Comments are closed on this story, a note at the bottom of each article now reads.
The editor said moderators had removed more than 3,000 abusive comments in a week.
Readers can still write letters to the editor.""",
    ),
    "en-stocks": (
        "en",
        """\
Shares in Apple (AAPL) rose 3.2% to $189.50 on Tuesday after strong iPhone sales in China.
Microsoft (MSFT) fell 0.8% to $402.10.
The Dow Jones closed at 38,790.43, up 0.4%.
The FTSE 100 ended the day at 7,722.55.
Analysts expect more volatility ahead of the Federal Reserve meeting on Wednesday.""",
    ),
    "en-travel": (
        "en",
        """\
Our guide to the best bakeries in Copenhagen, from old-fashioned institutions to the new wave.
Hart Bageri
Gammel Kongevej 109, 1850 Frederiksberg
Open daily 7am-6pm
Try the cardamom bun, which sells out by noon.
Juno the Bakery
Århusgade 48, 2100 Copenhagen
Tue-Sun 7:30am-5pm
Small, cramped and worth the queue.""",
    ),
    "en-event-listing": (
        "en",
        """\
What's on this weekend
Saturday 14 September
Harvest Fair, Market Square, 10am-4pm, free
Jazz on the Green, Victoria Park, 7pm, £12
Sunday 15 September
Classic Car Show, Riverside Field, 9am-5pm, £5
Book sale, St Mary's Church Hall, 11am""",
    ),
    "en-one-word-end": (
        "en",
        """\
He had trained for seven years for this race, and he finished it in the pouring rain with a broken toe.
Asked afterwards what he felt, he thought for a long moment.
"Relief."
Nothing else.""",
    ),
    "en-short": (
        "en",
        """\
A water main burst on the High Street on Monday morning, flooding several shops.
Engineers expect repairs to take two days.
The road is closed.""",
    ),
    # ------------------------------------------------------------------ German
    "de-interview": (
        "de",
        """\
Die Schauspielerin Lena Voss spielt in diesem Sommer die Hauptrolle bei den Salzburger Festspielen. Ein Gespräch.
Frage: Haben Sie Lampenfieber?
Antwort: Jeden Abend. Es hört nie auf.
Frage: Und wie gehen Sie damit um?
Antwort: Ich gehe vorher spazieren. Allein.
Frage: Was machen Sie nach der Premiere?
Antwort: Schlafen.""",
    ),
    "de-rezept": (
        "de",
        """\
Dieser Zwetschgenkuchen gelingt auch Anfängern und schmeckt am besten noch lauwarm.
Für 12 Stücke
Zubereitungszeit: 30 Minuten
Zutaten
500 g Mehl
1 Päckchen Hefe
250 ml Milch
1 kg Zwetschgen
Zubereitung
1. Den Teig kneten und eine Stunde gehen lassen.
2. Die Zwetschgen entsteinen und auf dem Teig verteilen.
3. Bei 180 Grad 40 Minuten backen.
Guten Appetit!""",
    ),
    "de-gericht": (
        "de",
        """\
Das Landgericht München hat einen 44-jährigen Mann wegen Betrugs zu drei Jahren Haft verurteilt.
Er hatte nach Überzeugung des Gerichts gegen § 263 StGB verstoßen.
§ 263 Abs. 1 StGB
Wer in der Absicht, sich einen rechtswidrigen Vermögensvorteil zu verschaffen, das Vermögen eines anderen beschädigt, wird bestraft.
Das Urteil ist noch nicht rechtskräftig.""",
    ),
    "de-boerse": (
        "de",
        """\
Der Dax hat am Freitag mit einem Plus von 1,2 Prozent bei 18.492 Punkten geschlossen.
Siemens legte um 3,4 Prozent auf 176,20 Euro zu.
SAP verlor 0,9 Prozent.
Händler verwiesen auf die Zinsentscheidung in den USA.
@@ Mehr zum Thema
@@ Diesen Artikel teilen""",
    ),
    "de-leserbrief": (
        "de",
        """\
Zum Artikel „Die Stadt spart an den Bädern“ vom 3. Juli:
Wer im Sommer ein Freibad schließt, nimmt den Kindern der Stadt den einzigen Ort, an dem sie schwimmen lernen können.
Ich bitte den Gemeinderat, diese Entscheidung zu überdenken.
Klaus Berger, Freiburg""",
    ),
    # ------------------------------------------------------------------ French
    "fr-entretien": (
        "fr",
        """\
Le chef Antoine Roux ouvre un nouveau restaurant à Lyon. Rencontre.
Pourquoi Lyon ?
Parce que c'est la ville où j'ai appris à cuisiner.
Qu'allez-vous servir ?
Des plats simples, des produits de saison.
Et les prix ?
Raisonnables. C'est promis.""",
    ),
    "fr-recette": (
        "fr",
        """\
Une recette de crêpes facile pour la Chandeleur.
Pour 4 personnes
Temps de préparation : 10 min
Ingrédients
250 g de farine
4 œufs
50 cl de lait
Préparation
1. Mélanger la farine et les œufs.
2. Ajouter le lait petit à petit.
3. Laisser reposer une heure.
Bon appétit !""",
    ),
    "fr-chronologie": (
        "fr",
        """\
La construction de la tour Eiffel a duré un peu plus de deux ans.
1887 : début des travaux
1889 : inauguration pour l'Exposition universelle
1909 : la tour échappe à la démolition
Elle reste aujourd'hui le monument payant le plus visité au monde.
@@ Lire aussi
@@ Partager sur Facebook""",
    ),
    "fr-cookies": (
        "fr",
        """\
La Cnil a infligé une amende de 150 millions d'euros à Google pour ses bandeaux de cookies.
Refuser les cookies devait être aussi simple que de les accepter, rappelle le régulateur.
Le bouton « Tout accepter » était mis en avant, tandis que le refus demandait plusieurs clics.
Google a trois mois pour se mettre en conformité.""",
    ),
    # ------------------------------------------------------------------ Spanish
    "es-entrevista": (
        "es",
        """\
La atleta Carmen Ruiz ganó el domingo su tercer maratón. Hablamos con ella.
P: ¿Cómo se siente?
R: Cansada, pero feliz.
P: ¿Cuál es el secreto?
R: Entrenar todos los días. No hay otro.
P: ¿Y ahora?
R: Vacaciones.""",
    ),
    "es-receta": (
        "es",
        """\
El gazpacho andaluz es el plato perfecto para el verano.
Para 4 personas
Tiempo de preparación: 15 minutos
Ingredientes
1 kg de tomates maduros
1 pimiento verde
1 pepino
1 diente de ajo
Elaboración
1. Triturar todas las verduras.
2. Añadir aceite, vinagre y sal.
3. Enfriar en la nevera dos horas.""",
    ),
    "es-liga": (
        "es",
        """\
El Real Madrid ganó 2-0 al Sevilla y se mantiene líder de la liga.
Resultados de la jornada
Real Madrid 2-0 Sevilla
Barcelona 1-1 Valencia
Athletic 3-2 Betis
Clasificación
1. Real Madrid 65 puntos
2. Barcelona 60 puntos
3. Atlético 57 puntos""",
    ),
    # ------------------------------------------------------------------ Italian
    "it-ricetta": (
        "it",
        """\
La carbonara si prepara con pochi ingredienti, ma bisogna sceglierli bene.
Dosi per 4 persone
Tempo di preparazione: 15 minuti
Ingredienti
320 g di spaghetti
150 g di guanciale
4 tuorli
Pecorino romano
Procedimento
1. Rosolare il guanciale in padella.
2. Sbattere i tuorli con il pecorino.
3. Unire la pasta e mescolare fuori dal fuoco.""",
    ),
    "it-faq": (
        "it",
        """\
Dal primo luglio cambia il sistema di pagamento dei parcheggi in centro.
Come si paga?
Con l'app del comune o al parcometro.
Quanto costa?
Due euro all'ora.
Ci sono esenzioni?
Sì, per i residenti.""",
    ),
    "it-necrologio": (
        "it",
        """\
È morto a 88 anni Giorgio Bellini, lo scultore che ha decorato le fontane di mezza Italia.
Nato a Carrara nel 1936, aveva studiato all'Accademia di Belle Arti di Firenze.
Lascia la moglie e due figlie.
I funerali si terranno sabato alle 11 nel duomo di Carrara.""",
    ),
    # ------------------------------------------------------------------ Portuguese
    "pt-entrevista": (
        "pt",
        """\
O escritor Rui Matos lança esta semana o seu primeiro romance. Conversámos com ele em Lisboa.
P: Porquê escrever agora?
R: Porque finalmente tive tempo.
P: O livro é autobiográfico?
R: Um pouco. Como todos.
P: Já está a escrever o próximo?
R: Sim.""",
    ),
    "pt-bolsa": (
        "pt",
        """\
A bolsa de Lisboa fechou em alta nesta segunda-feira, com o PSI a subir 0,8% para 6.512 pontos.
A Galp valorizou 2,1% para 15,40 euros.
O BCP caiu 0,5%.
Os analistas esperam mais volatilidade esta semana.""",
    ),
    # ------------------------------------------------------------------ Dutch
    "nl-recept": (
        "nl",
        """\
Deze erwtensoep is de lekkerste van Nederland, zeggen onze lezers.
Voor 6 personen
Bereidingstijd: 2 uur
Ingrediënten
500 g spliterwten
1 rookworst
2 wortels
1 prei
Bereiding
1. Kook de erwten anderhalf uur.
2. Voeg de groenten toe en kook nog 30 minuten.
3. Snijd de rookworst in plakjes.
Eet smakelijk!""",
    ),
    "nl-liveblog": (
        "nl",
        """\
Volg hier het laatste nieuws over de storm die over Nederland trekt.
14.05
Code rood voor Zeeland en Noord-Holland.
14.32
Treinverkeer tussen Amsterdam en Utrecht ligt stil.
15.10
Op Schiphol zijn 200 vluchten geschrapt.
@@ Lees ook
@@ Deel dit artikel""",
    ),
    # ------------------------------------------------------------------ more, residue-like at the edges
    "en-review-tail-proscons": (
        "en",
        """\
We spent two weeks with the Aurora 5 robot vacuum in a flat with two cats and a lot of rugs.
It maps the rooms quickly and rarely gets stuck, but it struggles with long hair.
The app is clear, and scheduling works well.
What we liked
Quiet
Strong suction on rugs
What we didn't
Tangles with long hair
Small dustbin
Rating: 7/10
@@ Buy now on Amazon
@@ We may earn a commission when you buy through links on our site.""",
    ),
    "en-standings-tail": (
        "en",
        """\
The title race will go down to the last day after Town drew at home on Sunday.
Town 28 pts
Rovers 27 pts
United 25 pts
City 21 pts""",
    ),
    "en-film-credits": (
        "en",
        """\
The film follows a widowed fisherman who rebuilds his boat with the help of his granddaughter.
It is slow, gentle and beautifully shot on the Galway coast.
Director: Aoife Burke
Cast: Brendan Gleeson, Saoirse Walsh
Running time: 104 minutes
Certificate: 12A
In cinemas from Friday""",
    ),
    "en-poem-tail": (
        "en",
        """\
Her collection ends with a short poem about her father's hands, which I have not stopped reading since.
He mended nets
He mended fences
He never mended
What he broke in me""",
    ),
    "en-about-subscriptions": (
        "en",
        """\
The New York Times now has more than ten million subscribers, the company said on Wednesday.
Its offer of "Subscribe now for $1 a week" has been its most effective promotion.
Already a subscriber? Log in, the paywall prompt asks readers, and many are.
Digital subscriptions now bring in more money than print advertising.""",
    ),
    "en-about-comments": (
        "en",
        """\
Local news sites are removing their comment sections, a new study finds.
"Leave a comment below" used to be the standard last line of every blog post.
Now only one in five local sites allows readers to comment at all.
Researchers blame the cost of moderation.""",
    ),
    "en-copyright-news": (
        "en",
        """\
The earliest version of Mickey Mouse entered the public domain on 1 January 2024.
Copyright in the 1928 short film Steamboat Willie expired after 95 years.
All rights reserved, Disney reminded fans, still applies to later versions of the character.
Artists have already begun using the character in new works.""",
    ),
    "en-weather": (
        "en",
        """\
A week of sunshine is on the way after the wettest spring on record.
Monday: 18C, sunny
Tuesday: 20C, sunny
Wednesday: 21C, light cloud
Thursday: 19C, showers
Forecasters say the warm spell could last into June.""",
    ),
    "en-election-results": (
        "en",
        """\
The Liberal Democrats held the seat with a reduced majority.
Sarah Green (Lib Dem) 18,412
James Cole (Con) 15,004
Amir Khan (Lab) 6,210
Turnout: 64%""",
    ),
    "en-chess": (
        "en",
        """\
The game followed a well-known line of the Italian Opening until move 12.
1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5
Then White surprised everyone with a rook sacrifice.
Black resigned after 34 moves.""",
    ),
    "en-liveblog-ago": (
        "en",
        """\
Rescue teams are still searching for survivors after the earthquake.
2 hours ago
The death toll has risen to 140, officials say.
3 hours ago
Aftershocks continue to hit the region.
@@ Share
@@ Tweet""",
    ),
    "en-sources": (
        "en",
        """\
The study followed 12,000 adults for 20 years and found that those who walked daily lived longer.
The authors caution that walking may be a marker of good health rather than its cause.
Further reading
Smith, J. (2021). Walking and mortality. The Lancet, 398, 112-120.
Jones, A. (2019). Physical activity in later life. BMJ, 365, l1234.""",
    ),
    "en-contact-info-article": (
        "en",
        """\
The library's new opening hours start next week, after a six-month refurbishment.
Opening hours
Monday to Friday: 9am-8pm
Saturday: 10am-4pm
Sunday: closed
Address: 12 Church Street, Bath BA1 1AA
Phone: 01225 000000""",
    ),
    "en-tech-tail-code": (
        "en",
        """\
The bug only appears when the cache is empty, which is why it went unnoticed for so long.
The fix is a single line in the configuration:
cache_warmup = true
Restart the service afterwards:
sudo systemctl restart examplepkg""",
    ),
    "en-quote-end": (
        "en",
        """\
The mayor spent the evening walking the flooded streets with residents.
Asked whether the city had been prepared, she paused.
"No," she said.
"But we will be.\"""",
    ),
    "en-photo-article": (
        "en",
        """\
The exhibition brings together 200 photographs from the archive of the Magnum agency.
Photo: Henri Cartier-Bresson, the caption of the first picture reads, as if the name alone were enough.
The prints are shown without frames, pinned to the wall.
The show runs until 30 March at the Barbican.""",
    ),
    "de-liveblog": (
        "de",
        """\
Alle Entwicklungen zur Bundestagswahl im Liveblog.
18:00 Uhr
Die ersten Prognosen sind da: Die Union liegt vorn.
18:45 Uhr
Die SPD räumt ihre Niederlage ein.
19:30 Uhr
Die Wahlbeteiligung liegt bei 82 Prozent.""",
    ),
    "de-faq": (
        "de",
        """\
Ab Januar gilt die neue Grundsteuer. Die wichtigsten Fragen und Antworten.
Wer muss zahlen?
Alle Eigentümer von Grundstücken.
Wann kommt der Bescheid?
Im Laufe des Frühjahrs.
Kann ich Einspruch einlegen?
Ja, innerhalb eines Monats.""",
    ),
    "de-newsletter-article": (
        "de",
        """\
Immer mehr Verlage setzen auf Newsletter, um Leser an sich zu binden.
Jetzt abonnieren, heißt es am Ende vieler Artikel, doch nur wenige Leser klicken.
Die Süddeutsche Zeitung verschickt inzwischen mehr als 30 Newsletter.
Der erfolgreichste erscheint jeden Morgen um sechs Uhr.""",
    ),
    "fr-palmares": (
        "fr",
        """\
Le Tour de France s'est achevé dimanche à Nice.
Classement général
1. Tadej Pogačar
2. Jonas Vingegaard
3. Remco Evenepoel
Pogačar remporte ainsi son troisième Tour.""",
    ),
    "fr-liste": (
        "fr",
        """\
Voici les cinq plages préférées de nos lecteurs cet été.
1. Étretat
Les falaises les plus célèbres de Normandie.
2. Biarritz
Le paradis des surfeurs.
3. Porquerolles
Une eau turquoise à deux pas de Toulon.""",
    ),
    "fr-communique": (
        "fr",
        """\
PARIS, le 12 mars 2024 – La société Solaris annonce l'ouverture de sa première usine en France.
Le site emploiera 300 personnes d'ici 2026.
À propos de Solaris
Solaris est une entreprise fondée en 2015 qui fabrique des panneaux solaires.
Contact presse :
Marie Dubois, presse@solaris.example""",
    ),
    "es-cronologia": (
        "es",
        """\
La transición española duró varios años.
1975: muere Franco
1977: primeras elecciones democráticas
1978: se aprueba la Constitución
Hoy se considera un modelo de cambio pacífico.""",
    ),
    "es-redes": (
        "es",
        """\
El presidente anunció su dimisión a través de las redes sociales.
Síguenos en Twitter, decía el último mensaje de su cuenta oficial antes del anuncio.
El mensaje se compartió más de 50.000 veces en una hora.""",
    ),
    "it-intervista": (
        "it",
        """\
Il regista Paolo Sereni presenta il suo nuovo film a Venezia.
D: Perché un film sul mare?
R: Perché sono cresciuto a Genova.
D: È stato difficile girarlo?
R: Molto. Il mare non obbedisce.
D: Il prossimo progetto?
R: Un documentario.""",
    ),
    "it-classifica": (
        "it",
        """\
L'Inter vince ancora e allunga in testa alla classifica.
Classifica
Inter 70
Milan 62
Juventus 60
Napoli 55""",
    ),
    "pt-receita": (
        "pt",
        """\
O bacalhau à Brás é um dos pratos mais populares de Portugal.
Para 4 pessoas
Tempo de preparação: 30 minutos
Ingredientes
400 g de bacalhau desfiado
500 g de batata palha
6 ovos
Preparação
1. Refogar a cebola em azeite.
2. Juntar o bacalhau e a batata.
3. Envolver os ovos batidos.
Bom apetite!""",
    ),
    "pt-faq": (
        "pt",
        """\
O novo cartão de cidadão digital chega em março. Respondemos às principais dúvidas.
Quem pode pedir?
Todos os cidadãos maiores de 16 anos.
Quanto custa?
É gratuito.
Onde se pede?
Na aplicação do governo.""",
    ),
    "nl-interview": (
        "nl",
        """\
Schrijver Eva de Boer won vorige week de Libris Literatuurprijs. Een gesprek.
V: Had u dit verwacht?
A: Helemaal niet.
V: Waar gaat het boek over?
A: Over mijn grootmoeder en haar boerderij in Drenthe.
V: En nu?
A: Rust.""",
    ),
    "nl-uitslagen": (
        "nl",
        """\
Ajax heeft zondag met 3-0 gewonnen van Feyenoord.
Uitslagen
Ajax 3-0 Feyenoord
PSV 2-1 AZ
Twente 1-1 Utrecht
Stand
1. PSV 45
2. Ajax 41
3. Feyenoord 38""",
    ),
}


def split(raw: str) -> tuple[str, list[str], list[str]]:
    """The input text, its article lines and its residue lines."""
    lines = raw.split("\n")
    text = "\n".join(line.removeprefix(RESIDUE) for line in lines)
    article = [line for line in lines if not line.startswith(RESIDUE)]
    residue = [line.removeprefix(RESIDUE) for line in lines if line.startswith(RESIDUE)]
    return text, article, residue


def lost_lines(key: str) -> list[tuple[str, str, str]]:
    """Article lines the cleaner removed: (line, pass name, reason)."""
    _lang, raw = ARTICLES[key]
    text, article, _ = split(raw)
    result = cleaner.explain_text(text)
    kept = set(result.text.split("\n"))
    lost = []
    for line in article:
        if line in kept:
            continue
        why = [(r.pass_name, r.reason) for r in result.removed if line in r.text or r.text in line]
        name, reason = why[0] if why else ("?", "changed")
        lost.append((line, name, reason))
    return lost


# Known losses, left alone: none (the short poem closing the article after a sentence, "en-poem-tail",
# stays since edge_lists.closing_list keeps a short heading-like line over three or more sentence-case items
# of three to six words that close the page: a menu's links are shorter or in title case).
KNOWN_LOSSES: set[str] = set()


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason="known loss")) if k in KNOWN_LOSSES else k
        for k in sorted(ARTICLES)
    ],
)
def test_every_article_line_survives(key: str) -> None:
    assert lost_lines(key) == []


@pytest.mark.parametrize("key", sorted(k for k, (_, raw) in ARTICLES.items() if RESIDUE in raw))
def test_inserted_residue_goes(key: str) -> None:
    _, raw = ARTICLES[key]
    text, _, residue = split(raw)
    kept = set(cleaner.explain_text(text).text.split("\n"))
    assert [line for line in residue if line in kept] == []


# ---------------------------------------------------------------------------- the fixes' look-alikes
LEAD = "The council met on Tuesday evening to discuss the new budget for the coming year, officials said."
MID = "Several residents spoke during the meeting and asked for more money for the library and the swimming pool."


def _explain(lines: list[str]) -> cleaner.Result:
    return cleaner.explain_text("\n".join(lines))


def _gone(result: cleaner.Result, line: str) -> str | None:
    """The pass that removed ``line`` (None: kept)."""
    for r in result.removed:
        if line in r.text:
            return r.pass_name
    return None


# A prompt, a credit or a rights notice quoted in a sentence with a reporting clause after it
# is the article's (VocabGroup's reported-speech guard, the cookies "reported" table).
REPORTED = [
    (
        "en",
        "Follow us on Facebook and Twitter, her party's account posted shortly afterwards, in a message that was deleted.",
    ),
    ("en", "Already a subscriber? Log in, the paywall prompt asks readers, and many of them are."),
    ("en", "All rights reserved, Disney reminded fans, still applies to later versions of the character."),
    ("en", "Photo: Henri Cartier-Bresson, the caption of the first picture reads, as if the name were enough."),
    ("en", "Sign up for our newsletter, the pop-up urges visitors on almost every page of the site."),
    ("es", "Síguenos en Twitter, decía el último mensaje de su cuenta oficial antes del anuncio."),
    ("de", "Jetzt Newsletter abonnieren, mahnte die Redaktion ihre Leser am Ende jedes Artikels."),
]


@pytest.mark.parametrize("where", ["head", "middle", "tail"])
@pytest.mark.parametrize(("lang", "line"), REPORTED)
def test_reported_prompt_survives(lang: str, line: str, where: str) -> None:
    body = {"head": [line, LEAD, MID], "middle": [LEAD, line, MID], "tail": [LEAD, MID, line]}[where]
    result = cleaner.explain_text("\n".join(body), language=lang)
    assert _gone(result, line) is None


# The same prompts with the reader addressed, or too short to be a reported sentence, still go.
REPORTED_RESIDUE = [
    ("Sign up for our newsletter, and get the best stories in your inbox every morning.", "newsletter-prompt"),
    ("Follow us on Facebook, Twitter and Instagram.", "call-to-action"),
    ("Photo: AP, Reuters", "image-credit"),
    ("All rights reserved.", "copyright"),
    ("Buy now on Amazon", "call-to-action"),
    ("We may earn a commission when you buy through links on our site.", "consent-line"),
]


@pytest.mark.parametrize(("line", "pass_name"), REPORTED_RESIDUE)
def test_prompt_residue_still_goes(line: str, pass_name: str) -> None:
    assert _gone(_explain([LEAD, MID, line]), line) == pass_name


# A review's pros and cons above its verdict, at the end of the text, are the review's
# (edge-furniture's verdict box); a footer menu with no verdict under it still goes.
def test_pros_and_cons_over_a_verdict_survive() -> None:
    box = ["Pros", "Light", "Long battery life", "Cons", "Weak bass", "No case included"]
    for verdict in (["Rating: 8/10"], ["Verdict: 4 out of 5 stars", "Price: £199"], ["Note : 4,5/5"]):
        result = _explain([LEAD, MID, *box, *verdict, "Share this article"])
        assert [line for line in [*box, *verdict] if _gone(result, line)] == []


def test_footer_menu_without_verdict_still_goes() -> None:
    menu = ["Politics", "Business", "Culture", "Travel", "Science"]
    result = _explain([LEAD, MID, *menu])
    assert [_gone(result, line) for line in menu] == ["edge-furniture"] * len(menu)
    result = _explain([LEAD, MID, *menu, "Price: £2.50"])  # a price alone is no review's verdict
    assert [_gone(result, line) for line in menu] == ["edge-furniture"] * len(menu)


# Rows of results ("Rovers 3-1 City") share a template of words around a score: the short heading
# over them is the article's, at the tail as in the middle. (Standings without a score, "Inter 70",
# look like a menu's "iPhone 12" or an archive's "Novembro (113)": not counted as rows.)
@pytest.mark.parametrize(
    "rows",
    [
        ["Rovers 3-1 City", "United 0-0 Athletic", "Wanderers 2-4 Town", "Real Madrid 2-0 Sevilla"],
        ["Ajax 3 – 0 Feyenoord", "PSV 2 – 1 AZ", "Twente 1 – 1 Utrecht"],
    ],
)
def test_heading_over_result_rows_survives(rows: list[str]) -> None:
    for heading in ("Results", "Standings", "Uitslagen"):
        result = _explain([LEAD, heading, *rows, "The next round is played on Tuesday evening."])
        assert [line for line in [heading, *rows] if _gone(result, line)] == []
        result = _explain([LEAD, MID, heading, *rows])
        assert [line for line in [heading, *rows] if _gone(result, line)] == []
