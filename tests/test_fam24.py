# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Fam 24: residue families the text path still left, with pages in en, de, fr, es, it, pt, nl (and pl, sv, ru) and
article text of a resembling shape that must stay. Tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either
way (headlines, a podcast's credits). ``python tests/test_fam24.py`` prints the numbers.

Corrections notes are the article's: "This article was amended on 14 March 2024 to correct …", "Korrektur: In einer
früheren Version …" are tagged ``A``. They are the publisher's record of a change to the article's facts, addressed to
its readers, and the dev set's gold keeps them (a Space.com page's "Editor's note: This story was updated at 5:45 p.m.
ET to include details from the NASA telecon." is in its gold text). A credit of the making ("This story was produced in
partnership with …") is residue, as the page's other credits are. A podcast page's chapter rows ("00:04:12 Why
inflation is sticky") are tagged ``A`` too: test_redteam15/18/19 keep show notes' chapters as the episode page's text
(a first version of this round took them, from 0:00 in a rising run, and lost those pages' lines: dropped).

Round 1 (``_ROUND1``: 57 pages written before the passes were read, as an extractor or a naive scraper outputs them):
on the session's base (main at 79bef89) article lines lost 0, residue lines left 104 (115 as first written, with the
11 chapter rows tagged ``R``). After: lost 0, left 8. By family, left before -> after:

- author disclosures and tails (11 pages: a freelancer's line, The Conversation's disclosure box and partners, a
  conflict-of-interest box, Offenlegung, Déclaration d'intérêts, a partnership credit, with corrections notes kept): 24 -> 0;
- weather, traffic and market widgets at the head (10 pages): 32 -> 1;
- affiliate and shopping boxes (8 pages: retailer buttons, prices at a shop, commission notes in it and nl): 16 -> 6;
- comment stamps in a thread ("Publié par … le … à …", "Publicado por … el … a las …", "Geplaatst door … op … om …"):
  9 -> 0 (the stamps went as bylines; the thread's heading and comments stayed);
- podcasts, videos, live blogs (11 pages: platform buttons, episode numbers and lists, "Key events", "Show key events
  only", the script notice): 23 -> 1;
- controls (10 pages: "the author is a former editor of the paper, he said", "prices at Amazon rose 4%", "the weather
  was 12°C and cloudy when the race began", "the podcast is available on Spotify, the company said", "Publié par une
  petite maison d'édition …", "Geschrieben von ihm …"): lost 0 before and after.

Round 2 (``_ROUND2``: 10 pages written after the passes were read, aimed at this round's rules: a forecast's cities and
temperatures inside the article, a market report's closes, a traffic label between paragraphs, "Key events" and "Episode
2" as subheadings, an event's programme from 09:00, a New Year's schedule of two rows from 00:00, a story's "Conflict of
interest" subheading over a funding sentence about the councillor it names, a note on the writer told as news ("…, his
publisher said"), "Réactions" over politicians' reactions, "Offenlegung" over a deputy's fees): base lost 0, left 0;
after lost 0, left 0. The rule tests below caught, on the way: a three-word subheading ("Les moments clés") is beyond
site-chrome's two-word subheading guard (so the French row names "Moments clés" alone); "Der Autor …" read as a
person's name by the box's name test (articles are skipped now); relative stamps ("vor 5 Min.", "hace 20 min") as
chrome rows took test_passes' live-blog headings (dropped: the dateline pass has them); a bare "Weather" over a short
lede is edge-furniture's menu (test_passes), so no bare section word in en de fr it nl's ``head_widget``. The wider
suite caught two more: the chapter rows (above), and a German price "bei" a capitalised word (test_redteam20's "8,00 €
bei Vorverkauf": German writes its nouns so, and no shop's name can be told from them; the German row is gone).

Round 3 (``_ROUND3``: pl, sv, ru: a Polish live blog and podcast, a Swedish head widget and shop buttons, a Russian
disclosure box and note; three control pages): base lost 0, left 13; after lost 0, left 0.

The fixes, by shape (each with article text of the same shape that stays, below):

- finance-widget, new table ``widgets.head_widget``: a temperature with its place and sky ("12°C Cloudy", "Madrid 21°C
  Soleado", "H: 52° L: 38°"), an index's level and move ("Dow 39,127.14 +0.23%", "DAX 18.492,49 +0,35%"), and per
  language a traffic label ("Traffic: …", "Verkehr: …", "Info trafic : …"), a city picker ("Change location", "Ort
  ändern", "Changer de ville") -- taken only over the article's first paragraph and never as the line right over it
  (the headline's place): a forecast's list of cities, a report's closes, a traffic line inside the article stay, and
  a headline's words around a figure are a sentence's ("Temperatures hit 35°C", "Record 40°C heat");
- site-chrome vocabulary (en de fr es it pt nl pl sv): a live blog's script notice ("Please turn on JavaScript to view
  this live blog.", "Bitte aktivieren Sie JavaScript …") and key-events tab and filter; a podcast's platform buttons
  ("Écouter sur Apple Podcasts", "Jetzt hören auf Spotify"), episode numbers and list links ("Épisode 87", "Tous les
  épisodes"); a shop's price and buttons ("349 € en Amazon", "Bei Amazon ansehen", "Acquista ora su MediaWorld
  699 €", "€ 89,99 bij bol.com", "2 990 kr hos Elgiganten", "Buy now at Currys £599", "Shop now") and commission notes
  (it, nl). ``chrome_heading`` keeps "Key events", "Wichtigste Ereignisse", "Episode 2", "Folge 2", "Preisvergleich", …
  between two paragraphs (a timeline's, a recap's, a consumer story's subheading);
- comment-section: a comment's stamp with its writer, date and clock time is evidence that a bare heading opens
  comments (``comments.evidence`` in fr es pt nl: "Publié par Marc75 le 04/04/2024 à 10:12"), and "Réactions" is a
  bare heading in fr (a thread opens under it only with such stamps);
- consent-line, new tables ``signup.disclosure_heading``, ``disclosure_box``, ``closing_note`` (en de fr es it pt nl
  ru): an author's disclosure box closing the page -- a box's line (a person named and their funding, fees or posts;
  what the authors declare; "… provides funding as a member of The Conversation") under a heading ("Conflict of
  interest", "Offenlegung", "Déclaration d'intérêts", "Partners", "Disclosure statement"), or a label with its
  disclosure ("Belangenverstrengeling: …"); and a note on the writer or the making named by no name ("The author is a
  freelance journalist based in Bristol …", "Der Autor ist freier Journalist in Leipzig.", "Questo articolo è stato
  realizzato in collaborazione con …"), closing the page. A box's line alone (bios22's "Mark Jones receives funding
  from …" stays), one about a person the article names (the councillor under the story's "Conflict of interest"), a
  heading over the article's paragraphs, a note told as news ("…, his publisher said") or inside the text stay.

Left (``RESIDUE_LEFT``, 8 lines: the reasons there): a German price at a shop, a price comparison's heading and rows, the deals box's
"Check Amazon" and product name (as test_left22), a spread's cell and an episode's length right over the first
paragraph (the headline's place).

Dev set: ``pagecmp`` against the base: changed 2/362 (naive/37 and naive/144: a weather widget's "BLR 26 ° C Clouds"
at the head goes; the gold does not hold it); ``bench_text --variant both``: as before (recall 0.966 /
0.975 / 0.970, naive 0.843 / 0.988 / 0.909).

left33: de_provision's "279,99 € bei MediaMarkt" goes now (site-chrome's shop_price, a price button beside other residue).
"""

from __future__ import annotations

import pytest
from probes import judge, parse, removed, report, tagged_probe_tests, with_line

import cleaner

_ROUND1: dict[str, str] = {
    # -- (1) author disclosures and tails ---------------------------------------------------------------------------
    # EXTRACTOR: an opinion piece closing on a freelancer's line
    "en_freelance_tail": """\
T Britain's high streets need more than cheaper parking
A Every council in the country has tried to save its town centre with free parking at Christmas, and almost none of them has seen shoppers come back for good.
A The towns that have recovered did something harder: they brought homes, clinics and colleges back into empty shops, so that people had a reason to be there every day.
A Ministers should give councils the power to buy empty units at a fair price and stop waiting for landlords to fill them.
R The author is a freelance journalist based in Bristol who writes about planning and housing.
""",
    # EXTRACTOR: a university author's piece with the disclosure box, heading and funding line, and partners
    "en_disclosure_box": """\
T Why heatwaves are getting longer in southern Europe
A Heatwaves in Spain, Italy and Greece now last on average four days longer than they did in the 1980s, according to a study of sixty years of weather records.
A The lengthening is driven by blocking high-pressure systems, which stall over the Mediterranean and trap hot air for days at a time.
A Cities are especially exposed because concrete and asphalt store heat and release it at night, so temperatures barely fall after dark.
R Disclosure statement
R Mark Jones receives funding from the Natural Environment Research Council and the European Union's Horizon programme.
R Partners
R University of Reading provides funding as a member of The Conversation UK.
""",
    # EXTRACTOR: a conflict-of-interest box at a health story's tail
    "en_conflict_box": """\
T New blood test spots bowel cancer earlier, trial finds
A A blood test that looks for fragments of tumour DNA picked up 83 per cent of bowel cancers in a trial of more than 7,800 people, researchers said on Wednesday.
A The test missed most pre-cancerous growths, however, so doctors said it should not yet replace colonoscopy for people at high risk.
A The NHS is considering a larger trial that would offer the test to people who decline the home stool test.
R Conflict of interest
R Dr Sarah Lee has received consulting fees from Guardant Health. The other authors declare no competing interests.
""",
    # EXTRACTOR: a feature closing on a partnership credit and a corrections note (the note is the article's record)
    "en_partnership_amended": """\
T The villages paying the price for Britain's cheapest electricity
A In the hills above Loch Ness, the hum of new pylons has become part of the landscape, carrying wind power south to cities hundreds of miles away.
A Residents say they were promised cheaper bills and local jobs, but most of the construction workers came from elsewhere and left when the towers were finished.
A The network operator said it had paid more than £2m into community funds and would consult on the next line before drawing the route.
A This article was amended on 14 March 2024 to correct the number of pylons on the route, which is 112, not 121 as an earlier version said.
R This story was produced in partnership with the Pulitzer Center.
""",
    # EXTRACTOR: a German column with its author line and an Offenlegung box
    "de_offenlegung": """\
T Warum die Schuldenbremse reformiert werden muss
A Die Schuldenbremse sollte den Staat zu solider Haushaltsführung zwingen, doch sie verhindert inzwischen Investitionen, die sich über Jahrzehnte selbst bezahlen würden.
A Brücken, Schienen und Schulen verfallen, weil jede neue Ausgabe sofort mit Kürzungen an anderer Stelle bezahlt werden muss.
A Eine Reform, die Investitionen ausnimmt, wäre kein Freibrief für neue Schulden, sondern eine Rückkehr zu ökonomischer Vernunft.
R Offenlegung
R Der Autor ist Mitglied der SPD und berät die Bundestagsfraktion in Fragen der Finanzpolitik.
R Der Autor ist freier Journalist in Leipzig.
""",
    # EXTRACTOR: a French piece from a university author with its "Déclaration d'intérêts" box
    "fr_declaration": """\
T Pourquoi les abeilles sauvages disparaissent des villes
A Les populations d'abeilles sauvages ont reculé de près d'un tiers en vingt ans dans les grandes villes françaises, selon une étude menée dans dix agglomérations.
A Les chercheurs mettent en cause la disparition des friches et des prairies, remplacées par des pelouses tondues qui n'offrent aucune fleur.
A Quelques communes ont laissé pousser les bords de route et les résultats sont encourageants : les espèces reviennent en deux ou trois saisons.
R Déclaration d'intérêts
R Marie Dubois a reçu des financements de l'Agence nationale de la recherche (ANR).
R Partenaires
R Université de Lyon apporte des fonds en tant que membre fondateur de The Conversation FR.
""",
    # EXTRACTOR: a Spanish opinion piece with the author's line and a conflict-of-interest note
    "es_conflicto": """\
T La vivienda no se arregla solo con más construcción
A Los precios del alquiler en Madrid y Barcelona han subido más de un 40% en cinco años, mientras los salarios apenas han avanzado un 10% en el mismo periodo.
A Construir más viviendas es necesario, pero sin un parque público de alquiler los nuevos pisos acaban en manos de fondos que los alquilan al precio más alto posible.
A Viena y Ámsterdam muestran que una administración con suelo propio puede frenar los precios durante décadas.
R Declaración de conflicto de intereses
R Carlos Ruiz recibe fondos del Ministerio de Ciencia e Innovación.
R El autor es periodista freelance afincado en Sevilla.
""",
    # EXTRACTOR: an Italian piece with the "L'autore è …" tail and a partnership line
    "it_autore_partnership": """\
T Le aree interne si svuotano: in dieci anni 300 mila abitanti in meno
A I comuni delle aree interne italiane hanno perso quasi 300 mila abitanti nell'ultimo decennio, secondo i dati dell'Istat pubblicati ieri.
A A partire sono soprattutto i giovani, che lasciano i paesi per studiare o lavorare nelle città e non tornano più.
A Alcuni sindaci hanno provato a offrire case a un euro, ma i risultati sono stati modesti senza servizi come scuole e ambulatori.
R Questo articolo è stato realizzato in collaborazione con la Fondazione Cariplo.
R L'autore è un giornalista freelance che vive a Torino.
""",
    # EXTRACTOR: a Portuguese story with "Conflito de interesses" and a freelancer's line
    "pt_conflito": """\
T Seca no Alentejo obriga agricultores a abandonar culturas de regadio
A A barragem do Alqueva está com menos de metade da capacidade e os agricultores do Alentejo foram avisados de que a água para rega será reduzida este verão.
A Muitos já decidiram não semear milho e tomate, culturas que exigem muita água, e apostar no olival e no amendoal.
A Os ambientalistas alertam que a expansão do olival intensivo também está a esgotar os aquíferos da região.
R Declaração de interesses
R João Silva recebe financiamento da Fundação para a Ciência e a Tecnologia.
R O autor é jornalista freelancer radicado em Lisboa.
""",
    # EXTRACTOR: a Dutch opinion piece with "Openbaarmaking" and the author's line
    "nl_auteur": """\
T Het stikstofbeleid verdient een eerlijker debat
A Boeren in de Gelderse Vallei wachten al jaren op duidelijkheid over de vraag of hun bedrijf mag blijven bestaan.
A Het kabinet heeft de stikstofdoelen telkens uitgesteld, waardoor woningbouw en wegenbouw ook stil zijn komen te liggen.
A Een eerlijk debat begint met de erkenning dat niet alle bedrijven kunnen blijven, en dat wie moet stoppen een goede vergoeding verdient.
R De auteur is freelance journalist en woont in Utrecht.
R Belangenverstrengeling: de auteur is lid van de Partij voor de Dieren.
""",
    # EXTRACTOR: a German feature with an update note (article) and a "Recherche gefördert von" credit
    "de_partner_korrektur": """\
T Wie ein Dorf in der Eifel seine Energie selbst erzeugt
A Seit drei Jahren versorgt sich das Dorf Niederhausen fast vollständig mit Strom und Wärme aus eigenen Windrädern und einer Biogasanlage.
A Die Genossenschaft, der inzwischen zwei Drittel der Haushalte angehören, zahlt ihren Mitgliedern jedes Jahr eine kleine Dividende aus.
A Andere Gemeinden der Region haben sich das Modell angeschaut, doch viele scheitern an den Genehmigungen für neue Windräder.
A Korrektur: In einer früheren Version dieses Artikels hieß es, die Genossenschaft habe 400 Mitglieder. Richtig ist, dass es 340 sind.
R Diese Recherche wurde gefördert von der Stiftung Mercator.
""",
    # -- (2) weather, traffic and market widgets at the head ------------------------------------------------------
    # NAIVE: a UK regional site's head with its weather and traffic widgets
    "en_weather_head": """\
R 12°C Cloudy
R Manchester
R Change location
R Traffic: 3 incidents on M60
R Live travel updates
T Council to press ahead with clean air zone despite opposition
A Greater Manchester's mayor said on Monday that a clean air zone would be introduced next year after the government rejected the region's alternative plan.
A Drivers of older vans and taxis will have to pay a daily charge, though grants of up to £10,000 will be offered to help them upgrade.
A Business groups warned that the charge would hit small traders already struggling with rising costs.
""",
    # NAIVE: a US local page's head with a forecast widget and a city picker
    "en_weather_picker": """\
R Choose your city
R Chicago
R 45°F
R Partly Cloudy
R H: 52° L: 38°
R See 7-day forecast
T School board votes to keep later start times
A The Chicago school board voted on Thursday to keep the later start times introduced two years ago, despite complaints from some parents about after-school schedules.
A District officials said attendance in first period had improved and students reported getting more sleep.
A The board asked staff to study whether bus routes could be redrawn to save money next year.
""",
    # NAIVE: a markets page's head with a ticker strip
    "en_ticker_head": """\
R Dow 39,127.14 +0.23%
R S&P 500 5,218.19 -0.12%
R Nasdaq 16,399.52 +0.51%
R FTSE 100 7,952.62 +0.34%
R Brent crude $86.42 -1.05%
T Oil falls as investors weigh chances of a ceasefire
A Oil prices fell on Monday as traders weighed the chances of a ceasefire in the Middle East, which would ease fears of disruption to supplies from the region.
A Brent crude, the international benchmark, dropped more than 1% in early trading before recovering some of its losses.
A Analysts said markets remained nervous about attacks on shipping in the Red Sea.
""",
    # NAIVE: a German regional site's head with weather and a Stau widget
    "de_wetter_kopf": """\
R 14°C Bewölkt
R Stuttgart
R Ort ändern
R Verkehr: 5 Staus, 2 Baustellen
R Wetter
T Neue S-Bahn-Linie zum Flughafen soll 2027 fahren
A Die neue S-Bahn-Linie vom Stuttgarter Hauptbahnhof zum Flughafen soll nach Angaben der Bahn im Dezember 2027 in Betrieb gehen.
A Die Bauarbeiten am Tunnel unter den Fildern liegen nach mehreren Verzögerungen inzwischen im Zeitplan, teilte das Unternehmen mit.
A Pendler aus dem Umland sollen dann ohne Umstieg in weniger als zwanzig Minuten am Terminal sein.
""",
    # NAIVE: a German business site's head with a DAX ticker
    "de_boerse_kopf": """\
R DAX 18.492,49 +0,35%
R MDAX 26.711,12 -0,18%
R Euro/Dollar 1,0845 +0,12%
R Gold 2.331,20 $ +0,40%
T Autozulieferer streicht 3000 Stellen in Deutschland
A Der Autozulieferer will in den kommenden drei Jahren rund 3000 Stellen in Deutschland abbauen, vor allem in der Verwaltung und in der Entwicklung von Verbrennungsmotoren.
A Betriebsbedingte Kündigungen sollen nach Angaben des Unternehmens möglichst vermieden werden.
A Die IG Metall kündigte Widerstand an und forderte Zusagen für die Standorte in Baden-Württemberg.
""",
    # NAIVE: a French regional site's head with météo
    "fr_meteo_tete": """\
R Météo
R 9°C Averses
R Rennes
R Changer de ville
R Info trafic : bouchons sur la rocade
T La ville de Rennes va tester la gratuité des bus le week-end
A La métropole de Rennes va rendre les bus et le métro gratuits le samedi et le dimanche à partir de janvier, à titre d'essai pendant un an.
A La mesure coûtera environ deux millions d'euros, financés en partie par la hausse du versement mobilité payé par les entreprises.
A L'opposition dénonce une mesure électoraliste et réclame plutôt des bus plus fréquents en semaine.
""",
    # NAIVE: a Spanish site's head with tiempo and Ibex ticker
    "es_tiempo_ibex": """\
R Madrid 21°C Soleado
R El tiempo
R IBEX 35 11.045,30 +0,62%
R Prima de riesgo 85 -2
T El Gobierno aprueba la reducción de la jornada laboral a 37,5 horas
A El Consejo de Ministros ha aprobado este martes el anteproyecto de ley que reduce la jornada laboral máxima de 40 a 37,5 horas semanales sin reducción de sueldo.
A La norma afectará a unos 12 millones de trabajadores del sector privado, según los cálculos del Ministerio de Trabajo.
A Las patronales CEOE y Cepyme se han opuesto a la medida y advierten de que dañará a las pequeñas empresas.
""",
    # NAIVE: an Italian site's head with meteo and Borsa
    "it_meteo_borsa": """\
R Milano 16°C Nuvoloso
R Meteo
R FTSE MIB 34.271,18 +0,44%
R Spread Btp-Bund 132
T Sciopero dei treni venerdì, a rischio i collegamenti regionali
A I sindacati di base hanno proclamato uno sciopero nazionale dei treni di ventiquattro ore per venerdì, con possibili cancellazioni anche sulle linee regionali.
A Trenitalia ha garantito i treni nelle fasce di maggiore affluenza, dalle 6 alle 9 e dalle 18 alle 21.
A I pendolari lombardi lamentano il terzo sciopero in due mesi.
""",
    # NAIVE: a Portuguese site's head with tempo and PSI
    "pt_tempo_psi": """\
R Lisboa 19°C Céu limpo
R Tempo
R PSI 6.612,45 +0,28%
T Governo aprova aumento do salário mínimo para 870 euros
A O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional para 870 euros a partir de janeiro.
A A subida de 50 euros foi acordada com os parceiros sociais, à exceção da CGTP, que exigia um valor mais alto.
A As confederações patronais pedem em troca uma descida dos impostos sobre as empresas.
""",
    # NAIVE: a Dutch site's head with weer and file info
    "nl_weer_files": """\
R 11°C Bewolkt
R Utrecht
R Weer
R Verkeer: 142 km file
T Gemeente wil fietsenstalling onder station uitbreiden
A De gemeente Utrecht wil de grote fietsenstalling onder het centraal station uitbreiden met nog eens 4000 plekken, omdat de huidige stalling op werkdagen vol raakt.
A De uitbreiding kost naar schatting 30 miljoen euro, die de gemeente samen met ProRail en het Rijk wil betalen.
A Fietsers klagen al langer dat ze na acht uur 's ochtends geen plek meer vinden.
""",
    # -- (3) affiliate and shopping boxes --------------------------------------------------------------------------
    # EXTRACTOR: a UK tech review with retailer buttons and a price-comparison row
    "en_review_retailers": """\
T Samsung Galaxy S24 review: small phone, big battery
A Samsung's smallest flagship finally has a battery that lasts a full day, even with the screen turned up and the camera in heavy use.
A The display is bright enough to read in direct sunlight, and the new processor keeps games running smoothly without the phone getting hot.
R Buy now at Currys £599
R £24.99 at John Lewis
R £579 at Amazon
R Check Amazon
A The cameras are good rather than great, with photos in low light looking a little soft next to the Pixel 8.
A At this price, it is the best compact Android phone you can buy, though the Pixel is a better camera for less money.
R Best deals today
R Samsung Galaxy S24 128GB
R £599.00
R View at Currys
R Prices updated daily
""",
    # EXTRACTOR: a shopping roundup with the commission disclosure at the head
    "en_commission_head": """\
R We may earn a commission if you buy something through links in this article.
R Why you can trust us: our experts test every product we recommend.
T The best air fryers for small kitchens
A An air fryer uses a fan to blow hot air around the food, so it cooks chips and vegetables with a fraction of the oil a deep fryer needs.
A We tested twelve compact models over three months, cooking the same batches of chips, chicken wings and roast vegetables in each.
A Our favourite, the Ninja Max, cooked the crispiest chips and was easy to clean, though it is louder than most.
R £129 at Argos
R Shop now
""",
    # EXTRACTOR: a German product test with Amazon buttons and Provisionshinweis
    "de_provision": """\
R Wir erhalten eine Provision, wenn Sie über einen der Links einkaufen.
T Akku-Staubsauger im Test: Der Testsieger kostet unter 300 Euro
A Wir haben zehn Akku-Staubsauger in einer Wohnung mit Teppich, Parkett und Fliesen getestet und dabei Saugleistung, Akkulaufzeit und Lautstärke gemessen.
A Der Testsieger hielt fast eine Stunde durch und nahm auch Tierhaare vom Teppich zuverlässig auf.
R Bei Amazon ansehen
R 279,99 € bei MediaMarkt
R Zum Angebot
A Enttäuscht hat dagegen das teuerste Gerät im Test, dessen Akku schon nach zwanzig Minuten leer war.
R Preisvergleich
R Amazon 279,99 €
R Otto 289,00 €
""",
    # EXTRACTOR: a French product page with "Voir l'offre" buttons and the affiliate note
    "fr_affiliation": """\
T Test de la Kindle Paperwhite : la meilleure liseuse du moment
A La nouvelle Kindle Paperwhite a un écran plus grand et une autonomie de plusieurs semaines, ce qui en fait la liseuse la plus complète de sa gamme de prix.
A L'éclairage se règle automatiquement et la page se tourne sans délai, même sur les gros fichiers PDF.
R 159,99 € chez Amazon
R Voir l'offre
R 169,99 € chez Fnac
A On regrette seulement l'absence de boutons physiques, que proposent certaines concurrentes.
R Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.
""",
    # EXTRACTOR: a Spanish review with "Ver oferta" and the affiliate note
    "es_afiliados": """\
R Este artículo contiene enlaces de afiliados: podemos recibir una comisión por las compras realizadas.
T Los mejores robots aspiradores de 2024
A Hemos probado ocho robots aspiradores durante dos meses en un piso con suelos de parqué y alfombras.
A El ganador destaca por su mapeo de las habitaciones y por vaciar el depósito solo en su base.
R 349 € en Amazon
R Ver oferta
R 399 € en El Corte Inglés
A El modelo más barato limpia bien, pero se pierde con frecuencia debajo de los sofás.
""",
    # EXTRACTOR: an Italian review with "Vedi offerta"
    "it_offerta": """\
T Recensione iPad Air: il tablet giusto per studiare
A Il nuovo iPad Air è leggero, veloce e ha uno schermo abbastanza grande per prendere appunti e leggere documenti.
A La batteria arriva a fine giornata anche con un uso intenso, e la Apple Pencil risponde senza ritardi.
R 669 € su Amazon
R Vedi offerta
R Acquista ora su MediaWorld 699 €
A Chi deve disegnare o montare video dovrebbe però considerare il modello Pro, con uno schermo migliore.
R In qualità di affiliato Amazon riceviamo un guadagno dagli acquisti idonei.
""",
    # EXTRACTOR: a Portuguese review with "Ver preço"
    "pt_oferta": """\
T Análise: os melhores auscultadores sem fios de 2024
A Testámos dez pares de auscultadores sem fios durante um mês, em transportes públicos, no escritório e a correr.
A Os vencedores combinam um bom cancelamento de ruído com uma bateria que dura mais de trinta horas.
R 299 € na Worten
R Ver preço
R Comprar na Amazon
A Os modelos mais baratos soam bem, mas o cancelamento de ruído deixa passar o barulho dos autocarros.
R Podemos receber uma comissão pelas compras feitas através dos links desta página.
""",
    # EXTRACTOR: a Dutch review with "Bekijk bij bol.com"
    "nl_affiliate": """\
T Review: de beste elektrische tandenborstels
A We hebben zes elektrische tandenborstels een maand lang dagelijks gebruikt en gekeken naar poetsresultaat, batterijduur en gebruiksgemak.
A De winnaar poetst grondig, waarschuwt als je te hard drukt en gaat twee weken mee op één lading.
R € 89,99 bij bol.com
R Bekijk bij Coolblue
A De goedkoopste borstel poetst goed, maar de batterij is na vijf dagen al leeg.
R Als je via een link op deze pagina iets koopt, ontvangen wij mogelijk een commissie.
""",
    # -- (4) comment stamps in a thread ---------------------------------------------------------------------------
    # NAIVE: a French blog post with its comment thread
    "fr_commentaires": """\
T Notre potager en permaculture, un an après
A Il y a un an, nous avons transformé la pelouse derrière la maison en potager, sans labour et avec beaucoup de paillage.
A Les tomates et les courges ont donné bien plus que prévu, mais les carottes n'ont jamais levé dans notre sol argileux.
A Cette année, nous allons ajouter des haies pour attirer les oiseaux qui mangent les limaces.
R 3 commentaires
R Posté le 12 mars 2024 à 14h22 par Jean
R Bravo pour ce potager, les photos donnent envie !
R Posté le 13 mars 2024 à 09h10 par Sophie
R Pour les carottes, essayez de mélanger du sable à la terre.
R Répondre
""",
    # NAIVE: a French news thread with "Publié par … le …"
    "fr_publie_par": """\
T Le prix du gazole repasse sous 1,70 euro
A Le prix moyen du gazole à la pompe est repassé sous la barre de 1,70 euro le litre cette semaine, une première depuis le mois de janvier.
A Cette baisse s'explique par le recul du prix du pétrole sur les marchés internationaux, selon les distributeurs.
A Les automobilistes ne devraient toutefois pas s'attendre à une baisse durable, préviennent les analystes.
R Réactions
R Publié par Marc75 le 04/04/2024 à 10:12
R Toujours trop cher, surtout en zone rurale.
R Publié par Claudine le 04/04/2024 à 11:47
R Les taxes représentent plus de la moitié du prix.
""",
    # NAIVE: a German blog post with "Geschrieben von … am …"
    "de_geschrieben_von": """\
T Unsere Radtour entlang der Mosel
A Fünf Tage waren wir mit dem Rad an der Mosel unterwegs, von Trier bis nach Koblenz, immer am Fluss entlang.
A Der Radweg ist fast durchgehend asphaltiert und so flach, dass auch unsere Kinder die Etappen gut geschafft haben.
A Übernachtet haben wir in kleinen Pensionen, die man im Sommer unbedingt vorher buchen sollte.
R 2 Kommentare
R Geschrieben von Thomas am 14. Juli 2024 um 18:05
R Toller Bericht, wir planen die Tour für nächsten Sommer!
R Geschrieben von Petra am 15. Juli 2024 um 08:30
R Welche Pension in Cochem könnt ihr empfehlen?
R Antworten
""",
    # NAIVE: a Spanish thread with "Publicado por … el …"
    "es_publicado_por": """\
T Cómo ahorrar en la factura de la luz este invierno
A Bajar un grado la calefacción puede reducir el consumo de energía hasta un 7%, según el Instituto para la Diversificación y Ahorro de la Energía.
A También conviene revisar la potencia contratada, porque muchos hogares pagan por más de la que necesitan.
A Las tarifas con discriminación horaria compensan a quien puede poner la lavadora por la noche.
R Comentarios
R Publicado por Ana el 3 de noviembre de 2024 a las 19:40
R Muy útil, gracias por los consejos.
R Publicado por Luis el 4 de noviembre de 2024 a las 07:15
R Yo cambié de tarifa y ahorro 15 euros al mes.
""",
    # NAIVE: an Italian thread with "Scritto da … il …"
    "it_scritto_da": """\
T Come coltivare il basilico sul balcone
A Il basilico ama il sole e il caldo, quindi va messo sul balcone più esposto, al riparo dal vento.
A Va innaffiato poco e spesso, evitando di bagnare le foglie nelle ore più calde della giornata.
A Per avere piante folte bisogna cimare le punte prima che spuntino i fiori.
R Commenti
R Scritto da Giulia il 5 giugno 2024 alle 12:30
R Il mio basilico ingiallisce sempre, forse troppa acqua?
R Scritto da Marco il 6 giugno 2024 alle 09:12
R Prova a cambiare vaso, magari non drena bene.
R Rispondi
""",
    # NAIVE: a Portuguese thread with "Publicado por … em …"
    "pt_publicado_por": """\
T Receita de pastéis de nata caseiros
A O segredo dos pastéis de nata está na massa folhada, que deve ser enrolada bem apertada antes de ser cortada.
A O forno tem de estar no máximo, pelo menos a 250 graus, para que o creme caramelize por cima.
A Depois de cozidos, polvilhe com canela e açúcar em pó e sirva ainda mornos.
R Comentários
R Publicado por Rita em 10 de maio de 2024 às 16:20
R Ficaram ótimos, obrigada!
R Publicado por Pedro em 11 de maio de 2024 às 21:03
R Qual é a farinha que recomendam?
""",
    # NAIVE: a Dutch thread with "Geplaatst door … op …"
    "nl_geplaatst_door": """\
T Zo maak je je tuin klaar voor de winter
A Laat de uitgebloeide planten gerust staan: de holle stengels zijn een schuilplaats voor insecten en de zaden een maaltijd voor vogels.
A Breng wel een laag compost aan op de borders, zodat het bodemleven de winter goed doorkomt.
A Kwetsbare potplanten zet je het best tegen een muur op het zuiden of in een onverwarmde schuur.
R Reacties
R Geplaatst door Henk op 2 november 2024 om 10:15
R Goede tips, dank je wel!
R Geplaatst door Anouk op 2 november 2024 om 14:48
R Moet je rozen nu al snoeien of pas in het voorjaar?
""",
    # -- (5) podcasts, videos, live blogs ---------------------------------------------------------------------------
    # EXTRACTOR: a podcast episode page with its episode list and timestamps in the transcript
    "en_podcast_episodes": """\
T The Daily Brief: why interest rates aren't coming down yet
R Subscribe on Apple Podcasts
R Subscribe on Spotify
R Episode 214
R 32 min
A This week we ask why central banks are in no hurry to cut interest rates, even though inflation has fallen sharply from its peak.
A Our economics editor explains why wage growth and services prices are still worrying policymakers in London and Washington.
A 00:00:00 Introduction
A 00:04:12 Why inflation is sticky
A 00:12:31 What the markets expect
T Producer: Hannah Moore. Sound design: Joe Ellis.
R More episodes
R Episode 213: The housing crunch
R Episode 212: Inside the chip war
""",
    # EXTRACTOR: a video page with its duration, autoplay toggle and playlist
    "en_video_page": """\
R Video
R 02:45
R Autoplay
R Up next
T Watch: firefighters rescue horse stuck in mud
A Firefighters spent three hours freeing a horse that had become stuck in deep mud on a riverbank in Somerset on Sunday.
A The crew used inflatable mats and a harness to lift the animal, which was checked by a vet and found to be unhurt.
R Up next
R 01:52
R Drone footage shows scale of flooding
R 03:10
R Rescue boat reaches stranded family
""",
    # NAIVE: a live blog's chrome
    "en_liveblog": """\
T Election results live: counting under way across the country
R Please turn on JavaScript to view this live blog.
R Key events
R Show key events only
R Updated 3m ago
A Counting has begun in all 650 constituencies after polls closed at 10pm, with the first result expected shortly before midnight.
R 1h ago
R 23.14 BST
A Turnout appears to be down on the last election in several of the early seats, according to figures from returning officers.
R Updated 12m ago
A The exit poll suggests the opposition will win a large majority, though pollsters cautioned that the margin of error is wide in marginal seats.
R Share this post
""",
    # NAIVE: a German live ticker's chrome
    "de_liveticker": """\
T Liveticker: Unwetter in Bayern – Pegel steigen weiter
R Bitte aktivieren Sie JavaScript, um den Liveticker zu sehen.
R Wichtigste Ereignisse
R Nur wichtige Ereignisse anzeigen
R Aktualisiert vor 5 Min.
A In Passau hat die Donau am Vormittag die Marke von neun Metern überschritten, die Altstadt ist teilweise überflutet.
R vor 18 Min.
A Die Feuerwehr hat mehrere Straßen gesperrt und ruft die Bewohner auf, Keller und Tiefgaragen nicht mehr zu betreten.
R Aktualisiert vor 32 Min.
A Der Deutsche Wetterdienst erwartet bis zum Abend weitere Regenfälle im Süden des Landes.
""",
    # NAIVE: a French podcast page
    "fr_podcast": """\
T Le Journal de l'éco : pourquoi le prix de l'électricité baisse enfin
R Écouter sur Apple Podcasts
R Écouter sur Spotify
R Épisode 87
R 24 min
A Après deux années de hausse, le tarif réglementé de l'électricité va baisser de 15 % au 1er février, a annoncé le gouvernement.
A Notre journaliste explique pourquoi les prix de gros se sont effondrés sur les marchés européens depuis l'été.
A 00:00 Introduction
A 03:45 Les prix de gros
A 12:20 Ce qui change pour les ménages
R Tous les épisodes
R S'abonner au podcast
""",
    # NAIVE: a French live blog's chrome
    "fr_direct": """\
T EN DIRECT - Grève SNCF : le trafic perturbé sur les TGV
R Les moments clés
R Voir uniquement les moments clés
R Mis à jour il y a 4 min
A La SNCF prévoit deux TGV sur trois en moyenne ce vendredi, avec des perturbations plus fortes sur l'axe Atlantique.
R Il y a 25 min
A Les syndicats réclament une hausse des salaires et des embauches de contrôleurs avant les vacances d'été.
R Veuillez activer JavaScript pour suivre ce direct.
""",
    # NAIVE: a Spanish podcast and live blog's chrome
    "es_podcast_directo": """\
T Podcast | Las claves del día: la crisis de la vivienda
R Escuchar en Spotify
R Escuchar en Apple Podcasts
R Episodio 132
A Hoy hablamos con economistas y vecinos sobre por qué el alquiler se ha convertido en el principal problema para los jóvenes.
A La mitad de los menores de 35 años que viven de alquiler destina más del 40% de su sueldo a pagarlo.
A 00:00 Presentación
A 05:12 El mercado del alquiler
A 17:48 Qué puede hacer el Gobierno
R Más episodios
""",
    "es_directo": """\
T Directo | Elecciones en Cataluña: recuento en marcha
R Claves
R Mostrar solo lo más importante
R Actualizado hace 5 min
A El recuento avanza en todas las provincias tras el cierre de los colegios electorales a las 20:00 horas.
R Hace 20 min
A La participación se sitúa en torno al 55%, tres puntos menos que en las anteriores elecciones autonómicas.
R Activa JavaScript para seguir el directo.
""",
    # NAIVE: an Italian diretta and a Portuguese podcast
    "it_diretta": """\
T Diretta | Maltempo in Emilia-Romagna, evacuate 500 persone
R Eventi chiave
R Mostra solo gli eventi chiave
R Aggiornato 6 minuti fa
A La protezione civile ha disposto l'evacuazione di circa 500 persone nelle zone vicine al fiume Lamone, dove l'acqua ha superato gli argini.
R 15 minuti fa
A Le scuole resteranno chiuse domani in tutti i comuni della provincia di Ravenna.
R Abilita JavaScript per seguire la diretta.
""",
    "pt_podcast": """\
T Podcast: o que muda nas pensões em 2025
R Ouvir no Spotify
R Ouvir no Apple Podcasts
R Episódio 58
R 28 min
A As pensões mais baixas vão subir cerca de 3,8% em janeiro, de acordo com a fórmula de atualização fixada na lei.
A Neste episódio explicamos quem ganha mais e porque é que as pensões mais altas sobem menos.
A 00:00 Introdução
A 06:30 A fórmula de atualização
R Mais episódios
""",
    "nl_liveblog": """\
T Liveblog | Storm Ciarán raast over Nederland
R Belangrijkste gebeurtenissen
R Toon alleen belangrijkste gebeurtenissen
R 5 min geleden bijgewerkt
A Op Schiphol zijn honderden vluchten geschrapt vanwege de zware windstoten, meldt de luchthaven.
R 20 min geleden
A De NS laat in het noorden en westen van het land minder treinen rijden tot het einde van de middag.
R Zet JavaScript aan om deze liveblog te volgen.
""",
    # -- (6) controls: article text using the same words ------------------------------------------------------------
    "en_controls_author": """\
T Local paper's former editor to lead press freedom inquiry
A The government has appointed a panel to examine threats to local journalism, chaired by a veteran of the regional press.
A The author is a former editor of the paper, he said, and would bring decades of experience of covering councils and courts.
A Mark Jones receives funding from the county council for his flood research, a fact critics of the report raised at the meeting.
A The panel will report to ministers within a year.
""",
    "en_controls_shopping": """\
T Retailers report weaker sales as shoppers cut back
A Prices at Amazon rose 4% on average over the year, according to a price tracker, while John Lewis said it had held prices on most of its own-brand goods.
A Currys said sales of televisions fell sharply, though demand for air fryers and heated blankets remained strong.
A Best deals today are harder to find than a year ago, the consumer group Which? said, because discounts have become smaller and shorter.
A We may earn a commission if the deal goes through, the agent told buyers, according to emails seen by the newspaper.
""",
    "en_controls_weather": """\
T Marathon runners battle the heat in Valencia
A The weather was 12°C and cloudy when the race began at 8am, but the sun came out within an hour and temperatures climbed quickly.
A Traffic was diverted around the city centre for most of the morning, and the organisers said the M60-style ring road had worked well.
A Organisers handed out extra water at every station after several runners needed treatment for dehydration.
""",
    "en_controls_podcast": """\
T Radio station launches podcast on the miners' strike
A The podcast is available on Spotify and Apple Podcasts, the company said, and new episodes will be released every Thursday until the summer.
A The first episode features interviews recorded at 00:12 on the night the strike began, according to the producers.
A Key events of the strike are told by the people who lived through them, including miners, their wives and police officers.
A The station said it would also broadcast the series on Sunday evenings.
""",
    "fr_controls": """\
T Le rédacteur en chef quitte le journal après vingt ans
A L'auteur est un ancien rédacteur en chef du journal, a-t-il précisé, et il a couvert la vie politique régionale pendant trente ans.
A Publié par une petite maison d'édition de Nantes, son premier roman avait été salué par la critique en 2019.
A Le temps était de 12 °C et nuageux au départ de la course, selon les organisateurs.
A Le podcast est disponible sur Spotify, a indiqué la société, et un nouvel épisode sortira chaque semaine.
""",
    "de_controls": """\
T Zeitung trauert um langjährigen Chefredakteur
A Der Autor ist ein ehemaliger Chefredakteur der Zeitung, sagte sein Verleger, und hat mehr als dreißig Jahre über die Landespolitik berichtet.
A Geschrieben von ihm stammen auch zwei Bücher über die Geschichte der Stadt, die noch immer in den Buchhandlungen stehen.
A Die Preise bei Amazon stiegen im vergangenen Jahr um 4 Prozent, teilte ein Preisvergleichsportal mit.
A Es war 12 Grad und bewölkt, als das Rennen am Morgen begann.
""",
    "es_controls": """\
T El exdirector del diario publica sus memorias
A El autor es un antiguo director del periódico, explicó la editorial, y ha trabajado durante cuarenta años en la prensa regional.
A Publicado por una pequeña editorial de Salamanca, el libro ya va por su tercera edición.
A Los precios en Amazon subieron un 4% el año pasado, según un estudio de la OCU.
A El pódcast está disponible en Spotify, según la compañía, y cada semana se publicará un nuevo episodio.
""",
    "it_controls": """\
T L'ex direttore del giornale racconta quarant'anni di cronaca
A L'autore è un ex direttore del quotidiano, ha spiegato l'editore, e ha seguito la politica regionale per tre decenni.
A Scritto da lui anche un saggio sulla storia della città, pubblicato da una piccola casa editrice torinese.
A Il tempo era di 12 gradi e nuvoloso quando la gara è partita, hanno detto gli organizzatori.
A Il podcast è disponibile su Spotify, ha detto la società, con un episodio nuovo ogni settimana.
""",
    "pt_controls": """\
T Antigo diretor do jornal lança livro de memórias
A O autor é um antigo diretor do jornal, disse a editora, e trabalhou durante quarenta anos na imprensa regional.
A Publicado por uma pequena editora do Porto, o livro já vai na terceira edição.
A Os preços na Amazon subiram 4% no último ano, segundo a Deco.
A O podcast está disponível no Spotify, disse a empresa, com um novo episódio todas as semanas.
""",
    "nl_controls": """\
T Oud-hoofdredacteur van de krant schrijft boek over de stad
A De auteur is een voormalig hoofdredacteur van de krant, zei de uitgever, en heeft dertig jaar over de gemeentepolitiek geschreven.
A Geplaatst door de gemeente op de markt, trekt het nieuwe kunstwerk elke dag honderden bezoekers.
A De prijzen bij bol.com stegen vorig jaar met 4 procent, volgens een prijsvergelijker.
A De podcast is te beluisteren op Spotify, zei het bedrijf, met elke week een nieuwe aflevering.
""",
}

_ROUND2: dict[str, str] = {
    # -- controls aimed at the round's rules: the same shapes inside the article ---------------------------------
    # a forecast's cities and temperatures inside the article (head_widget goes only over the first paragraph)
    "en_forecast_inside": """\
T Weekend forecast: cold snap to bring frost across the north
A Temperatures will fall sharply on Saturday as cold air moves in from Scandinavia, with frost likely in most northern towns by Sunday morning.
A London 12°C Cloudy
A Manchester 9°C Showers
A Edinburgh 6°C Sunny Spells
A The Met Office said the cold spell would last until at least Wednesday, when milder air should return from the Atlantic.
A Gardeners are advised to bring tender plants indoors and cover early blossom.
""",
    # a market report's table of closes inside the article
    "de_boersenbericht": """\
T Dax schließt mit leichtem Plus
A Der deutsche Leitindex hat den Handelstag nach einer Erholung am Nachmittag mit einem kleinen Gewinn beendet, gestützt von Autowerten.
A DAX 18.492,49 +0,35%
A MDAX 26.711,12 -0,18%
A Händler verwiesen auf die Hoffnung auf sinkende Zinsen in den USA, nachdem die Inflation dort zuletzt schwächer ausgefallen war.
A Am Freitag stehen die Arbeitsmarktdaten aus den Vereinigten Staaten an, die als wichtigster Termin der Woche gelten.
""",
    # a traffic label and a temperature inside the article, a subheading named "Key events" and series recaps' "Episode 2"
    "en_labels_inside": """\
T Bridge closure: what drivers need to know
A The Severn bridge will close to traffic for three nights next week while engineers replace expansion joints on the eastbound carriageway.
A Traffic: diversions will run via the M48 and the Chepstow bypass from 8pm each night.
A National Highways said the work had been timed for the quietest nights of the year and would be finished by 6am each morning.
A Key events
A The bridge first opened in 1966 and the tolls were scrapped in 2018, since when traffic has grown by a fifth.
A Drivers are advised to allow an extra half an hour for journeys between Bristol and Newport.
""",
    "en_series_recap": """\
T The Crown, season six: our episode-by-episode recap
A The final season of the royal drama opens in the summer of 1997, with Diana on holiday in the south of France and the press gathered off the coast.
A Episode 1
A The first episode follows the princess and Dodi Fayed over a few days in Saint-Tropez, intercut with the photographers who followed them everywhere.
A Episode 2
A The second episode moves to Paris and the final evening at the Ritz, told largely from the point of view of the hotel's staff.
A The remaining episodes, which cover the years up to the wedding of Prince William, will be released next month.
""",
    # an event's programme at the tail (clock times from the morning) and a New Year's schedule of two rows inside
    "en_programme": """\
T Harbour festival returns with tall ships and a night market
A The harbour festival returns this weekend for the first time since 2019, with twelve tall ships moored along the quay and a night market on both evenings.
A Organisers expect more than 50,000 visitors and have asked people to use the park-and-ride from the ring road.
A The programme on Saturday:
A 09:00 Harbour opens to visitors
A 10:30 Parade of sail
A 12:00 Lifeboat display
""",
    "en_new_year": """\
T New Year's Eve: how the city will see in 2025
A The council expects around 100,000 people on the waterfront on Tuesday night, and the main roads into the centre will close from 6pm.
A 00:00 Fireworks over the harbour
A 00:30 Last trams leave for the suburbs
A Extra night buses will run until 4am, and taxis will be allowed to use the bus lanes in the city centre until the morning.
A Police have asked revellers not to bring glass bottles into the cordoned area.
""",
    # a story's subheading "Conflict of interest" over its own last paragraph, the person named above, and a told note
    "en_conflict_story": """\
T Councillor did not declare link to developer, records show
A Councillor Jane Hill voted three times in favour of the riverside scheme without declaring that the developer had donated to a charity she chairs.
A The council's monitoring officer said on Tuesday that he would review the votes and report to the standards committee next month.
A Conflict of interest
A Councillor Jane Hill receives funding from the developer for her charity, which supports young carers in the borough.
""",
    "en_told_notes": """\
T A life on the road: new book follows Britain's last travelling circus
A The book follows the company through a season of forty towns, from the Cornish coast to the Scottish borders, and the families who keep it going.
A It is a warm, funny and often sad account of a way of life that is slowly disappearing from the country's fields and car parks.
A The author is a freelance journalist based in Leeds, his publisher said.
""",
    "fr_reactions_titre": """\
T Réforme des retraites : le texte adopté en première lecture
A L'Assemblée nationale a adopté mardi soir le projet de réforme des retraites par 289 voix contre 262, au terme de trois semaines de débats.
A Réactions
A Le chef de file de l'opposition a dénoncé « un passage en force » et promis de saisir le Conseil constitutionnel dans les prochains jours.
A Les syndicats appellent à une nouvelle journée de mobilisation jeudi dans toutes les grandes villes du pays.
""",
    "de_offenlegung_artikel": """\
T Abgeordneter legt Nebeneinkünfte offen
A Der Bundestagsabgeordnete Klaus Weber hat nach Kritik seine Nebeneinkünfte aus Beratertätigkeiten für mehrere Unternehmen offengelegt.
A Insgesamt erhielt er im vergangenen Jahr mehr als 80.000 Euro, wie aus den Angaben auf der Internetseite des Bundestages hervorgeht.
A Offenlegung
A Klaus Weber erhält Honorare von zwei Energieversorgern, für die er nach eigenen Angaben Vorträge gehalten hat.
""",
}

_ROUND3: dict[str, str] = {
    # -- a few pages in pl, sv, ru (written after rounds 1-2's fixes) -------------------------------------------------
    # NAIVE: a Polish live blog with its chrome and a podcast's buttons
    "pl_relacja": """\
T Relacja na żywo: wybory samorządowe, trwa liczenie głosów
R Włącz JavaScript, aby śledzić relację na żywo.
R Najważniejsze wydarzenia
R Pokaż tylko najważniejsze wydarzenia
A Komisje wyborcze w całym kraju liczą głosy po zamknięciu lokali o godzinie 21, pierwsze wyniki spodziewane są w nocy.
A Frekwencja w dużych miastach była wyższa niż pięć lat temu, podała Państwowa Komisja Wyborcza.
R Słuchaj na Spotify
R Odcinek 42
R Wszystkie odcinki
""",
    # NAIVE: a Swedish site's head with weather and an index, and a review's shop buttons
    "sv_vader_butik": """\
R 8°C Molnigt
R Göteborg
R Byt ort
R OMXS30 2.431,55 +0,44%
T Test: bästa dammsugaren för små lägenheter
A Vi har testat tio sladdlösa dammsugare i en lägenhet med trägolv, mattor och klinkers under två månader.
A Vinnaren har längst batteritid och tar upp hundhår från mattan utan problem.
R 2 990 kr hos Elgiganten
R Köp hos Webhallen
A Den billigaste modellen suger bra men batteriet räcker bara i en kvart.
""",
    # EXTRACTOR: a Russian column with the author's note and a disclosure box
    "ru_raskrytie": """\
T Почему реформа ЖКХ снова откладывается
A Правительство в третий раз за год перенесло реформу тарифов на коммунальные услуги, сославшись на необходимость дополнительных расчётов.
A Эксперты считают, что откладывать решение дальше нельзя: износ сетей в большинстве регионов превышает шестьдесят процентов.
A Без новых инвестиций аварии на теплотрассах этой зимой станут ещё чаще.
R Конфликт интересов
R Иван Петров получает финансирование от Российского научного фонда.
R Автор — независимый журналист из Казани.
""",
    "pl_kontrola": """\
T Serial o strajku górników bije rekordy oglądalności
A Nowy serial o strajku w kopalni Wujek obejrzało w pierwszym tygodniu ponad dwa miliony widzów, poinformowała stacja.
A Najważniejsze wydarzenia
A Twórcy opowiadają o grudniu 1981 roku z perspektywy rodzin górników, milicjantów i lekarzy ze szpitala w Katowicach.
A Odcinek 2
A Drugi odcinek przenosi akcję do szpitala, do którego trafiają ranni górnicy po pacyfikacji kopalni przez ZOMO.
A Podcast o kulisach serialu jest dostępny na Spotify, poinformowała firma, a nowe odcinki ukazują się co tydzień.
""",
    "ru_kontrola": """\
T Депутат не задекларировал связи с застройщиком
A Депутат городской думы Иван Петров трижды голосовал за проект застройки набережной, не сообщив о своих связях с застройщиком.
A Комиссия по этике рассмотрит его голосования на заседании в следующем месяце, сообщили в пресс-службе думы.
A Конфликт интересов
A Иван Петров получает финансирование от застройщика для своего благотворительного фонда.
""",
    "sv_kontrola": """\
T Elektronikkedjorna höjer priserna inför julhandeln
A Priserna hos Elgiganten steg med fyra procent i snitt under hösten, enligt en prisjämförelsetjänst som följer tusentals varor.
A Köp hos Webhallen och Inet har också blivit dyrare, men där är ökningen mindre än hos de stora kedjorna.
A Konsumentverket råder kunderna att jämföra priser innan de handlar julklappar i år.
""",
}

CASES: dict[str, str] = {**_ROUND1, **_ROUND2, **_ROUND3}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # (left33: the price at a shop, "279,99 € bei MediaMarkt", goes now beside the comparison's other residue:
    # widgets.shop_price) a price comparison's heading and rows after the last paragraph ("Preisvergleich" / "Amazon 279,99 €"): a shop's
    # name and a price read as a price list of the article's ("Brot 2,99 €"), and the heading over rows of data stays
    "de_provision": 3,
    # a deals box's "Check Amazon" and product name (see test_left22's reason: the run of furniture under a review)
    "en_review_retailers": 2,
    # the spread's cell right over the first paragraph (a long headline, which counts as prose): the line right over
    # the first paragraph is the headline's place, which head_widget leaves
    "es_tiempo_ibex": 1,
    # an episode's length alone ("24 min") right over the first paragraph: a bare figure, no widget's shape
    "fr_podcast": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)



def _article(key: str) -> list[str]:
    return [text for tag, text in parse(CASES[key]) if tag == "A"]


def _lost(lines: list[str], result: cleaner.Result) -> list[str]:
    kept = result.text.split("\n")
    return [line for line in lines if line not in kept]


# -- a weather, traffic or market widget over the article: it goes there, and stays inside the article ------------

HEAD_WIDGETS = {
    "en": ["12°C Cloudy", "New York 54°F Partly Cloudy", "H: 52° L: 38°", "Dow 39,127.14 +0.23%", "Traffic: 3 incidents on M60", "Change location"],
    "de": ["14°C Bewölkt", "DAX 18.492,49 +0,35%", "Verkehr: 5 Staus, 2 Baustellen", "Ort ändern"],
    "fr": ["9°C Averses", "CAC 40 7.512,30 -0,42%", "Info trafic : bouchons sur la rocade", "Changer de ville"],
    "es": ["Madrid 21°C Soleado", "IBEX 35 11.045,30 +0,62%", "Tráfico: retenciones en la M-30", "Cambiar de ciudad"],
    "it": ["Milano 16°C Nuvoloso", "FTSE MIB 34.271,18 +0,44%", "Traffico: code sulla tangenziale", "Cambia città"],
    "pt": ["Lisboa 19°C Céu limpo", "PSI 6.612,45 +0,28%", "Trânsito: filas na Segunda Circular", "Mudar de cidade"],
    "nl": ["11°C Bewolkt", "AEX 912,35 +0,51%", "Verkeer: 142 km file", "Wijzig locatie"],
}
_WIDGET_PAGES = {"en": "en_weather_head", "de": "de_wetter_kopf", "fr": "fr_meteo_tete", "es": "es_tiempo_ibex", "it": "it_meteo_borsa", "pt": "pt_tempo_psi", "nl": "nl_weer_files"}


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in HEAD_WIDGETS.items() for line in lines])
def test_a_head_widgets_line_goes_over_the_article(lang: str, line: str) -> None:
    text = _article(_WIDGET_PAGES[lang])
    result = cleaner.explain_text("\n".join([line, "Sign in", "A headline over the story", *text]))
    assert ("finance-widget", line) in removed(result)
    assert _lost(text, result) == []


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in HEAD_WIDGETS.items() for line in lines])
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_head_widgets_line_inside_the_article_stays(lang: str, line: str, position: str) -> None:
    # (a forecast's list of cities, a market report's closes, a practical box's traffic line: the article's rows)
    text = with_line(_article(_WIDGET_PAGES[lang]), line, position)
    result = cleaner.explain_text("\n".join(["A headline over the story", *text]))
    assert [r for r in removed(result) if r[0] == "finance-widget"] == []


def test_a_headline_with_a_temperature_stays_a_headline() -> None:
    # (a headline's words around a figure are a sentence's: the head_widget table leaves them to title-line)
    text = _article("en_weather_head")
    for headline in ("Temperatures hit 35°C across southern England", "Record 40°C heat expected", "Britain braces for 40°C"):
        result = cleaner.explain_text("\n".join(["Sign in", "Subscribe", headline, *text]))
        assert [r for r in removed(result) if r[0] == "finance-widget"] == [], headline
        assert _lost(text, result) == []


# -- live-blog and podcast chrome; a subheading of the same words between two paragraphs stays ----------------------

CHROME = {
    "en": (["Please turn on JavaScript to view this live blog.", "Show key events only", "Listen on Spotify", "Episode 214", "Buy now at Currys £599"], ["Key events", "Episode 2"]),
    "de": (["Bitte aktivieren Sie JavaScript, um den Liveticker zu sehen.", "Nur wichtigste Ereignisse anzeigen", "Jetzt hören auf Spotify", "Folge 87", "Bei Amazon ansehen"], ["Wichtigste Ereignisse", "Folge 2", "Preisvergleich"]),
    "fr": (["Veuillez activer JavaScript pour suivre ce direct.", "Voir uniquement les moments clés", "Écouter sur Apple Podcasts", "Épisode 87", "Tous les épisodes"], ["Moments clés", "Épisode 2"]),
    "es": (["Activa JavaScript para seguir el directo.", "Mostrar solo lo más importante", "Escuchar en Spotify", "Episodio 132", "349 € en Amazon"], ["Episodio 2"]),
    "it": (["Abilita JavaScript per seguire la diretta.", "Mostra solo gli eventi chiave", "Ascolta su Spotify", "Episodio 58", "Acquista ora su MediaWorld 699 €"], ["Eventi chiave", "Episodio 2"]),
    "pt": (["Ative o JavaScript para acompanhar o direto.", "Mostrar apenas os momentos-chave", "Ouvir no Spotify", "Episódio 58", "299 € na Worten"], ["Episódio 2"]),
    "nl": (["Zet JavaScript aan om deze liveblog te volgen.", "Toon alleen belangrijkste gebeurtenissen", "Luister via Spotify", "Aflevering 12", "Bekijk bij Coolblue"], ["Belangrijkste gebeurtenissen", "Aflevering 2"]),
}
_EPISODE_WORDS = frozenset({"Episode", "Folge", "Épisode", "Episodio", "Episódio", "Aflevering"})
_CHROME_PAGES = {"en": "en_liveblog", "de": "de_liveticker", "fr": "fr_controls", "es": "es_controls", "it": "it_controls", "pt": "pt_controls", "nl": "nl_controls"}


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, (goes, _s) in CHROME.items() for line in goes])
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_live_blog_podcast_and_shop_chrome_goes(lang: str, line: str, position: str) -> None:
    if position == "middle" and line.split()[0] in _EPISODE_WORDS:
        return  # (between two paragraphs an episode's number is a recap's subheading: the next test)
    text = _article(_CHROME_PAGES[lang])
    result = cleaner.explain_text("\n".join(["A headline over the story", *with_line(text, line, position)]))
    assert any(line == t for _p, t in removed(result)), removed(result)
    assert _lost(text, result) == []


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, (_g, stays) in CHROME.items() for line in stays])
def test_a_subheading_of_the_same_words_between_two_paragraphs_stays(lang: str, line: str) -> None:
    # (a timeline's "Key events", a series recap's "Episode 2", a consumer story's "Preisvergleich")
    text = with_line(_article(_CHROME_PAGES[lang]), line, "middle")
    result = cleaner.explain_text("\n".join(["A headline over the story", *text]))
    assert _lost(text, result) == [], removed(result)


# -- an author's disclosure box and a note on the writer, closing the page ---------------------------------------------

DISCLOSURES = {
    "en": ("en_freelance_tail", ["Conflict of interest", "Mark Jones receives funding from the Natural Environment Research Council."]),
    "de": ("de_controls", ["Offenlegung", "Der Autor ist Mitglied der SPD und berät die Bundestagsfraktion in Fragen der Finanzpolitik."]),
    "fr": ("fr_controls", ["Déclaration d'intérêts", "Marie Dubois a reçu des financements de l'Agence nationale de la recherche (ANR)."]),
    "es": ("es_controls", ["Declaración de conflicto de intereses", "Carlos Ruiz recibe fondos del Ministerio de Ciencia e Innovación."]),
    "it": ("it_controls", ["Dichiarazione di conflitto di interessi", "Giulia Bianchi ha ricevuto finanziamenti dal Ministero dell'Università."]),
    "pt": ("pt_controls", ["Declaração de interesses", "João Silva recebe financiamento da Fundação para a Ciência e a Tecnologia."]),
    "nl": ("nl_controls", ["Belangenverstrengeling", "Pieter de Vries ontvangt financiering van NWO voor zijn onderzoek naar stikstof."]),
}


@pytest.mark.parametrize("lang", sorted(DISCLOSURES))
def test_a_disclosure_box_closing_the_page_goes(lang: str) -> None:
    key, box = DISCLOSURES[lang]
    text = _article(key)
    result = cleaner.explain_text("\n".join([*text, *box]))
    assert result.text.split("\n") == text, removed(result)
    assert {p for p, _t in removed(result)} == {"consent-line"}


@pytest.mark.parametrize("lang", sorted(DISCLOSURES))
def test_a_disclosures_line_alone_or_over_the_article_stays(lang: str) -> None:
    # (alone, the formula is the article's last sentence about a researcher; the heading over the article's own
    # paragraphs is a subheading)
    key, (heading, line) = DISCLOSURES[lang]
    text = _article(key)
    for page in ([*text, line], [*text[:2], heading, line, *text[2:]]):
        result = cleaner.explain_text("\n".join(page))
        assert _lost(page, result) == [], removed(result)


def test_a_labelled_line_told_as_news_closing_the_page_stays() -> None:
    # (a label with its disclosure goes alone: "Conflict of interest: none declared."; told as news, it is the story's)
    text = _article("en_conflict_story")[:2]
    for line, goes in (("Conflict of interest: none declared.", True),
                       ("Conflict of interest: the mayor denies any wrongdoing, his spokesman said.", False)):
        result = cleaner.explain_text("\n".join([*text, line]))
        assert (("consent-line", line) in removed(result)) is goes
        assert _lost(text, result) == []


def test_a_box_line_about_a_person_the_article_names_stays() -> None:
    # (the councillor named above: her funding under the story's subheading "Conflict of interest" is the story's)
    page = _article("en_conflict_story")
    assert cleaner.clean_text("\n".join(page)).split("\n") == page


CLOSING_NOTES = {
    "en": ("en_controls_shopping", "The author is a freelance journalist based in Bristol who writes about planning and housing.", "The author is a freelance journalist based in Leeds, his publisher said."),
    "de": ("de_controls", "Der Autor ist freier Journalist in Leipzig.", "Der Autor ist freier Journalist in Leipzig, sagte der Verlag."),
    "fr": ("fr_controls", "L'auteur est journaliste indépendant à Lyon.", "L'auteur est journaliste indépendant à Lyon, selon son éditeur."),
    "es": ("es_controls", "El autor es periodista freelance afincado en Sevilla.", "El autor es periodista freelance afincado en Sevilla, según la editorial."),
    "it": ("it_controls", "Questo articolo è stato realizzato in collaborazione con la Fondazione Cariplo.", "L'autore è un giornalista freelance che vive a Torino, secondo l'editore."),
    "pt": ("pt_controls", "O autor é jornalista freelancer radicado em Lisboa.", "O autor é jornalista freelancer radicado em Lisboa, segundo a editora."),
    "nl": ("nl_controls", "De auteur is freelance journalist en woont in Utrecht.", "De auteur is freelance journalist en woont in Utrecht, zegt de uitgever."),
}


@pytest.mark.parametrize("lang", sorted(CLOSING_NOTES))
def test_a_note_on_the_writer_closing_the_page_goes(lang: str) -> None:
    key, note, _told = CLOSING_NOTES[lang]
    text = _article(key)
    result = cleaner.explain_text("\n".join([*text, note]))
    assert result.text.split("\n") == text
    assert removed(result) == [("consent-line", note)]


@pytest.mark.parametrize("lang", sorted(CLOSING_NOTES))
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_note_told_as_news_or_inside_the_article_stays(lang: str, position: str) -> None:
    key, note, told = CLOSING_NOTES[lang]
    text = _article(key)
    for page in (with_line(text, told, position), with_line(text, note, "middle")):
        result = cleaner.explain_text("\n".join(page))
        assert _lost(page, result) == [], removed(result)


# -- the same box over the teasers under the article: closing-disclosure judges it again once they went -----------------

TEASERS = {
    "en": ["Related stories", "Why heatwaves are getting longer in southern Europe", "The towns that saved their high streets", "Sign up for our newsletter"],
    "de": ["Mehr zum Thema", "Warum Hitzewellen in Südeuropa länger werden", "Diese Städte haben ihre Innenstadt gerettet", "Newsletter abonnieren"],
    "fr": ["À lire aussi", "Pourquoi les canicules durent plus longtemps en Europe du Sud", "Ces villes qui ont sauvé leur centre", "Abonnez-vous à notre newsletter"],
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_disclosure_over_the_tails_teasers_goes_on_the_first_cleaning(lang: str) -> None:
    # (consent-line runs before the teasers go: there the box does not close the page; judged again after every pass,
    # it goes on the first cleaning, not on a second)
    key, box = DISCLOSURES[lang]
    text = _article(key)
    page = [*text, *box, *TEASERS[lang]]
    result = cleaner.explain_text("\n".join(page))
    assert result.text.split("\n") == text, removed(result)
    assert [("closing-disclosure", line) for line in box] == [r for r in removed(result) if r[0] == "closing-disclosure"]
    assert cleaner.clean_text(result.text) == result.text


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_disclosures_box_the_article_goes_on_under_stays_over_the_teasers(lang: str) -> None:
    key, box = DISCLOSURES[lang]
    text = _article(key)
    page = [*text[:2], *box, *text[2:], *TEASERS[lang]]
    result = cleaner.explain_text("\n".join(page))
    assert _lost(page[: len(text) + len(box)], result) == [], removed(result)


if __name__ == "__main__":
    report(CASES, judge)
