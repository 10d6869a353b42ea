# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Keep 21: an over-strip probe in sixteen languages (en, de, fr, es, it, pt, nl, sv, da, fi, pl, hu, uk, he, fa, ja).
Pages of article text alone, no residue (every line tagged ``A``, so every removal is a loss), in genres not probed
much before: court and parliamentary transcripts (speaker labels, short turns), match reports minute by minute
("12' Goal! …"), weather forecasts (short lines with temperatures), obituaries (dates of birth and death, "survived
by …"), product reviews with spec lines and ratings ("Rating: 4/5"), tech tutorials with commands and code lines,
legal articles whose prose speaks of cookies, privacy, subscriptions and copyright, press releases with their
contacts, Q&A columns ("Q:" / "A:"), reading lists and book reviews with titles and ISBN lines, travel guides with
addresses and opening hours, short articles of two or three paragraphs, an article closing on a one-line quote, an
article closing on a "Photo:" sentence about its own picture.

The 46 pages of round 1 were written before any file under cleaner/ was read; the 25 of round 2 after reading the
passes that took lines in round 1 (image-credit, copyright, edge-link, edge-furniture and its tail guards), aimed at
what they take: the genres' short lines closing the page, credit labels and rights phrases in prose, a book's
details that read as a credit; the 9 of round 3 after the fixes of round 2, their shapes in other languages
(reading lists with translators in de, fr, es, nl, sv; rights phrases in a sentence in de, es, it; "Foto." in cs).
``python tests/test_keep21.py`` prints the numbers.

Measured before any change (main's HEAD):

- round 1, 46 pages, 298 lines: lost 9 on four pages. de_presse 5 (edge-furniture: the release's contact, its label
  "Pressekontakt:" over the name, phone and mail, closing the page), en_press 2 (copyright: "Notes to editors";
  edge-link: "Email: …" after the release), fr_cnil 1 (copyright: a sentence that opens on "Tous droits réservés,
  avait-on coutume de dire : …"), pl_foto 1 (image-credit: "Fot. Choinkę ustawiano w nocy, …", a sentence about the
  article's picture under the abbreviated label). Nothing lost in the transcripts, minute lines, forecasts,
  obituaries, reviews, tutorials, Q&A columns or guides.
- round 2, 25 pages, 157 lines: lost 12 on four pages. en_books_first 7 (copyright: "First published in 1955" under a
  book's title; edge-furniture: the rest of the list of books with their publishers and prices closing the page),
  en_copyright_law 2 (copyright: "Writing all rights reserved under a photograph adds no protection …",
  "Republished with permission is another phrase that means less than people think …"), it_libri 2 (copyright:
  a book's translator, "Traduzione di Vera Dridso", between its title and its publisher), pl_zdjecia 1 (image-credit:
  the "Fot." sentence again).

- round 3, 9 pages, 62 lines: lost 13 on six pages. es_libros 5 (edge-furniture: books over "Traducción de …" and
  the publisher and price, closing the page), sv_bocker 3, nl_boeken 2, de_buecher 1 (copyright: the books'
  translators, "Översättning: Eva Johansson", "Vertaald door Jan Hoogland", "Aus dem Englischen von Anette Grube"),
  de_rechte 1, it_diritti 1 (copyright: "Wer alle Rechte vorbehalten unter ein Foto schreibt, …").

After: round 1 lost 8 (``KNOWN_LOST``, with the reasons), round 2 lost 0, round 3 lost 0. The rules, each with residue of the same
shape that still goes (below):

- a label's abbreviation and its full stop opens a labelled sentence as a label and its colon does
  (``credits.labelled_sentence``: "Fot. Leśnicy pokazali także nagranie, na którym …"); a credit under it ("Fot.
  PAP/Łukasz Gągulski", "Fot. Jan Kowalski", "Zdj. ilustracyjne", a caption of a few words) still goes;
- "all rights reserved" with a word right before it and a lower-case word right after it is words of a sentence,
  and "republished with permission" with a verb right after it is a sentence's subject (en ``rights_phrase``); the
  notice after its holder or before its end ("Example Ltd all rights reserved.", "All rights reserved including the
  right of reproduction …", "Republished with permission of The Conversation.") still goes; the same for the
  phrase in de, fr, it, nl, pt, sv, da, es (``rights_phrase``: "Wer alle Rechte vorbehalten unter ein Foto schreibt,
  …", "Escrever todos os direitos reservados por baixo de uma fotografia …"), whose notices ("Rhein-Zeitung alle
  Rechte vorbehalten", "Alle Rechte vorbehalten, insbesondere das Recht der Vervielfältigung.") still go;
- "First published in 1955" and "First published in Norwegian in 1920" are a book's first edition (en
  ``syndication``): the credit naming its outlet or its day ("Originally published in The Conversation.", "First
  published on 12 March 2024", "Originally published in The Atlantic in 2019") still goes;
- a credit between a book and its author and a short line with a figure is the book's translator or edition
  (``edge_reading.book_detail``, in copyright: "Traduzione di Vera Dridso" between "Il maestro e Margherita di
  Michail Bulgakov" and "Einaudi, 14 euro"); the translator's credit under the article's last paragraph still goes;
- a list of three books or more, each over one to three short lines ending on those with a figure (translator,
  publisher and price, year, ISBN), right under the article's last paragraph and closing the page (or over residue
  other passes took) is a reading list without its heading (``edge_reading.reading_list``; a book's line may say
  "van" for "by", "De vegetariër van Han Kang"); the same books under a teaser's heading ("You may also like",
  "Customers also bought") or over the page's own lines (a menu, the site's blurb) still go.

Left (``KNOWN_LOST``): a press release's contact block (the project's tables take a release's "Notes to editors"
and its contact rows by design, en/de ``syndication``: "a press release's own labels"; split over lines under
"Pressekontakt:" it goes as the same rows do), and a sentence opening on "Tous droits réservés," (a notice goes on in
lower case the same way: "Tous droits réservés, toute reproduction … est interdite sans l'autorisation …").

Bench: ``pagecmp`` against the session's start: changed 0/362; ``bench_text --variant both``: recall 0.966 / 0.975 /
0.970, naive 0.842 / 0.988 / 0.909, as before.
"""

from __future__ import annotations

import pytest
from probes import BRIDGE_EN, removals_of, report, tagged_probe_tests

CASES = {
    # ===== ROUND 1 (written before reading cleaner/) ==================================================================
    # -- English -----------------------------------------------------------------------------------------------------
    # a court transcript: speaker labels, short turns
    "en_court": """\
A The following is an extract from the transcript of the second day of the inquest into the death of Callum Reid, held at Teesside Coroner's Court.
A THE CORONER: Mr Harding, you were the duty manager that night?
A MR HARDING: I was, sir.
A THE CORONER: What time did you arrive?
A MR HARDING: About ten past nine.
A THE CORONER: And the alarm?
A MR HARDING: It was already sounding.
A MS OKAFOR (for the family): Did anyone tell you the fire exit was chained?
A MR HARDING: No.
A MS OKAFOR: Nobody?
A MR HARDING: Nobody told me anything.
A The hearing continues tomorrow.
""",
    # a match report minute by minute
    "en_minute": """\
A Sunderland kept their play-off hopes alive with a 2-1 win over Millwall at the Stadium of Light, coming from behind after a nervy first half.
A 12' Goal! Millwall lead. Flemming heads in a corner at the near post.
A 27' Yellow card for Neil after a late tackle on De Norre.
A 45' Half-time: Sunderland 0-1 Millwall.
A 58' Goal! Roberts levels with a low shot from the edge of the area.
A 74' Substitution: Rigg on for Clarke.
A 88' Goal! Rigg, 17, scores his first senior goal.
A 90+4' Full-time.
A Sunderland are sixth, two points clear of Hull with three games to play.
""",
    # an obituary: dates, "survived by", the funeral, a one-line close
    "en_obit": """\
A Dorothy May Ellison, who taught at Ripon Grammar School for 34 years and founded the town's first youth orchestra, has died aged 91.
A Born 14 March 1933 in Harrogate
A Died 2 February 2025 in Ripon
A She studied music at Durham and joined the school in 1958, retiring as head of music in 1992. Generations of pupils remember her Friday rehearsals and her red pencil.
A She is survived by her son, Michael, her daughter, Ruth, and five grandchildren. Her husband, Frank, died in 2011.
A The funeral will be held at Ripon Cathedral on 21 February at 11am. Family flowers only; donations to the Ripon Youth Orchestra.
A "Play it as if you mean it," she used to say.
""",
    # a product review: spec lines, a rating, "cookies" and "subscription" in prose
    "en_review": """\
A The Kindle Paperwhite Signature Edition is the best e-reader Amazon has made, but you pay for the extras.
A Screen: 7in, 300 ppi
A Storage: 32GB
A Battery: up to 12 weeks
A Weight: 211g
A Price: £189.99
A The screen is sharp and the warm light is easy on the eyes at night. Wireless charging is a nice touch, though I never used it.
A Amazon's Kindle Unlimited subscription is pushed hard during setup; you can skip it.
A Verdict: the one to buy if you read in the bath.
A Rating: 4/5
""",
    # a tech tutorial: commands alone on their lines
    "en_tutorial": """\
A If your Raspberry Pi has started to feel slow, the first thing to check is whether the SD card is nearly full. Here is how to find out and clear space.
A Open a terminal and run:
A df -h
A The line for /dev/root shows how much is used. To see which folders are biggest, run:
A sudo du -sh /var/* | sort -h
A Old logs are often the culprit. You can clear those older than a week with:
A sudo journalctl --vacuum-time=7d
A Finally, remove packages you no longer need:
A sudo apt autoremove
A Reboot, and the Pi should feel faster.
""",
    # a legal explainer whose prose is all about cookies, privacy, subscriptions and copyright
    "en_legal": """\
A The Information Commissioner's Office has fined a Manchester ticket reseller £250,000 for setting tracking cookies before visitors had agreed to them.
A The regulator found that the site's cookie banner had no "reject all" button and that accepting was the only way to reach the checkout.
A Under the Privacy and Electronic Communications Regulations, consent must be as easy to refuse as it is to give.
A The company also renewed customers' annual subscriptions without warning them, the ICO said, and used photographs whose copyright belonged to a rival.
A The firm said it had updated its privacy policy and would appeal.
""",
    # a press release with its contact details
    "en_press": """\
A Harrogate, 3 June 2025 – Yorkshire Water today announced a £40 million programme to replace lead pipes in 12,000 homes across North Yorkshire by 2030.
A The work will begin in Knaresborough in September and households will be contacted by letter at least four weeks beforehand.
A "Lead pipes are a legacy we want to end," said operations director Helen Ward.
A Notes to editors
A Yorkshire Water supplies 1.3 billion litres of drinking water a day to five million people.
A Media contact: James Pearce, press office
A Tel: 0113 234 5678
A Email: james.pearce@yorkshirewater.co.uk
""",
    # a Q&A column
    "en_qa": """\
A Every week our consumer champion answers your questions. This week: a refund that never came.
A Q: I cancelled a flight with Jet2 in March because of my mother's illness. They promised a refund within 14 days. It is now July and nothing has arrived. What can I do?
A A: Jet2 told us the refund had been "delayed by a system error". It was paid the day after we got in touch.
A Q: Can my landlord keep my deposit for cleaning?
A A: Only if the flat was left dirtier than when you moved in, allowing for fair wear and tear. Ask for the check-in inventory.
A Write to us at the address below. We cannot reply to every letter.
""",
    # a reading list with titles, authors and ISBN lines
    "en_books": """\
A Five novels to take on holiday this summer, chosen by our books editor.
A Intermezzo by Sally Rooney
A Faber, £20
A ISBN 978-0-571-36546-2
A Two brothers, one grief, and Rooney at her most tender.
A The Safekeep by Yael van der Wouden
A Viking, £16.99
A ISBN 978-0-241-66820-8
A A house in the Dutch countryside, 1961, and a stranger who arrives to stay.
A Orbital by Samantha Harvey
A Jonathan Cape, £14.99
A ISBN 978-1-787-33434-3
A Twenty-four hours on the space station, sixteen sunrises.
""",
    # an article ending with a "Photo:" sentence about its own picture, and a short one
    "en_photo": """\
A A family of otters has been filmed on the River Wensum in the centre of Norwich for the first time in more than 50 years.
A Conservationists say cleaner water and new reed beds have helped the animals return.
A Photo: Mark Tilley caught the mother and two cubs on camera near Bishop Bridge at dawn last Tuesday.
""",
    # -- German ------------------------------------------------------------------------------------------------------
    # parliamentary minutes: speaker labels, interjections
    "de_bundestag": """\
A Aus dem Plenarprotokoll der 142. Sitzung des Deutschen Bundestages, Tagesordnungspunkt 5, Wohngeldreform.
A Präsidentin Bärbel Bas: Das Wort hat die Kollegin Anja Schulz für die FDP-Fraktion.
A Anja Schulz (FDP): Frau Präsidentin! Liebe Kolleginnen und Kollegen! Das Wohngeld hilft zwei Millionen Haushalten.
A (Beifall bei der FDP)
A Jan-Marco Luczak (CDU/CSU): Aber nicht schnell genug!
A Anja Schulz (FDP): Die Bearbeitung dauert in manchen Städten sechs Monate.
A (Zuruf von der AfD: Hört! Hört!)
A Präsidentin Bärbel Bas: Vielen Dank. Als Nächstes spricht Caren Lay für die Gruppe Die Linke.
""",
    # weather: short lines with temperatures
    "de_wetter": """\
A Nach dem Sturmtief wird es in Bayern am Wochenende wieder freundlicher. Der Deutsche Wetterdienst rechnet allerdings mit Frost in den Nächten.
A Freitag: Regen, 6 bis 9 Grad
A Samstag: Wolkig, 4 bis 8 Grad
A Sonntag: Sonnig, 2 bis 7 Grad
A In den Alpen kann bis auf 800 Meter herab Schnee fallen.
A Autofahrer sollten auf Glätte achten.
""",
    # a product test with spec lines and a rating; "Abo" and "Datenschutz" in prose
    "de_test": """\
A Die neue Bosch-Waschmaschine Serie 8 verspricht, mit weniger Wasser sauberer zu waschen. Wir haben sie vier Wochen getestet.
A Fassungsvermögen: 9 kg
A Schleuderdrehzahl: 1.400 U/min
A Energieeffizienz: A
A Preis: 899 Euro
A Die App funktioniert gut, verlangt aber ein Konto. Wer Wert auf Datenschutz legt, kann die Maschine auch ohne WLAN nutzen.
A Ein Abo für Waschmittel bietet Bosch ebenfalls an. Nötig ist es nicht.
A Fazit: leise, sparsam, teuer.
A Note: gut (1,9)
""",
    # a press release with a press contact
    "de_presse": """\
A Hamburg, 12. Mai 2025 – Die Hamburger Hochbahn stellt bis Ende 2026 weitere 120 Elektrobusse in Dienst. Damit fährt mehr als die Hälfte der Flotte emissionsfrei.
A Die Busse werden auf den Linien 5, 6 und 20 eingesetzt. Die Ladestationen entstehen auf den Betriebshöfen Alsterdorf und Hummelsbüttel.
A Pressekontakt:
A Hamburger Hochbahn AG
A Christoph Kreienbaum
A Telefon: 040 3288 2136
A presse@hochbahn.de
""",
    # -- French ------------------------------------------------------------------------------------------------------
    # a tutorial with commands; "copier" and "partager" in prose
    "fr_tutoriel": """\
A Vous voulez partager un dossier entre deux ordinateurs sous Linux ? Le plus simple est d'utiliser rsync. Voici comment faire.
A Installez d'abord le paquet :
A sudo apt install rsync
A Puis copiez le dossier vers l'autre machine :
A rsync -avz ~/Documents/ marie@192.168.1.20:~/Documents/
A L'option -a conserve les droits et les dates, -z compresse les données pendant le transfert.
A Pour vérifier sans rien copier, ajoutez --dry-run.
""",
    # a legal explainer: "cookies", "données personnelles", "abonnement" in prose
    "fr_cnil": """\
A La CNIL a infligé une amende de 150 millions d'euros à Google pour avoir rendu le refus des cookies plus compliqué que leur acceptation.
A Sur google.fr comme sur youtube.com, un seul clic suffisait pour accepter les cookies, mais il en fallait plusieurs pour les refuser.
A L'autorité rappelle que le consentement doit être libre. Les données personnelles des internautes ne peuvent pas être collectées par défaut.
A Google dispose de trois mois pour modifier son bandeau.
A Tous droits réservés, avait-on coutume de dire : la CNIL rappelle que ce sont désormais les utilisateurs qui détiennent des droits sur leurs données.
""",
    # a travel guide: addresses and opening hours
    "fr_guide": """\
A Trois adresses pour découvrir Lyon autrement, loin des bouchons touristiques de la rue Mercière.
A Les Halles Paul Bocuse
A 102 cours Lafayette, 69003 Lyon
A Du mardi au samedi de 7 h à 22 h 30, le dimanche de 7 h à 16 h 30.
A Le musée des Confluences
A 86 quai Perrache, 69002 Lyon
A Ouvert du mardi au dimanche, de 10 h 30 à 18 h 30. Entrée : 12 euros.
A La Croix-Rousse
A On y monte à pied par les traboules, ces passages entre les immeubles.
""",
    # -- Spanish -----------------------------------------------------------------------------------------------------
    # a match minute by minute
    "es_minuto": """\
A El Betis remontó ante el Sevilla en un derbi vibrante y se coloca quinto en LaLiga.
A Min. 9: Gol del Sevilla. Lukebakio bate a Rui Silva por bajo.
A Min. 33: Tarjeta amarilla para Isco.
A Min. 51: Gol del Betis. Vitor Roque empata de cabeza.
A Min. 77: Gol del Betis. Lo Celso, de falta directa.
A Min. 90+3: Final del partido.
A Manuel Pellegrini dedicó la victoria a la afición.
""",
    # a legal article: "suscripción", "cookies", "derechos de autor" in prose
    "es_legal": """\
A La Audiencia Nacional ha confirmado la multa de 3,2 millones de euros a una plataforma de música en streaming por renovar suscripciones sin avisar a los usuarios.
A Según la sentencia, la empresa cobraba la suscripción anual el mismo día del vencimiento y no permitía cancelarla desde la aplicación.
A El tribunal también critica la política de cookies, que obligaba a aceptar todas para poder escuchar canciones.
A La compañía alegó que los derechos de autor le obligan a controlar quién accede al catálogo. Los jueces no lo aceptaron.
""",
    # a travel guide with addresses and hours
    "es_guia": """\
A Tres librerías de Madrid donde perderse una tarde de domingo.
A Librería Desnivel
A Plaza Matute, 6
A De lunes a sábado, de 10.00 a 20.30.
A Cuesta de Moyano
A Calle Claudio Moyano, s/n
A Abierta todos los días desde las 9.00.
A Las casetas de madera llevan allí desde 1925.
""",
    # -- Italian -----------------------------------------------------------------------------------------------------
    # a match report minute by minute
    "it_cronaca": """\
A L'Atalanta batte la Roma 2-1 a Bergamo e resta in corsa per il quarto posto.
A 15' Gol dell'Atalanta: Lookman di sinistro sotto la traversa.
A 38' Ammonito Cristante.
A 62' Pareggio della Roma con Dybala su rigore.
A 81' Gol di Retegui, di testa su cross di Zappacosta.
A 94' Fischio finale.
A Gasperini: «Abbiamo meritato».
""",
    # a press release with contacts
    "it_comunicato": """\
A Milano, 4 marzo 2025 – ATM annuncia che la nuova linea metropolitana M4 sarà aperta fino all'una di notte il venerdì e il sabato a partire dal 7 marzo.
A L'estensione dell'orario è stata decisa dopo i dati sul traffico dei primi mesi.
A Per informazioni:
A Ufficio stampa ATM
A tel. 02 4803 1234
A ufficio.stampa@atm.it
""",
    # a book review with the book's details
    "it_libro": """\
A Nel nuovo romanzo di Donatella Di Pietrantonio una ragazza torna in Abruzzo dopo vent'anni e trova il paese svuotato.
A L'età fragile
A Einaudi, 224 pagine, 18,50 euro
A ISBN 978-88-06-25689-2
A La scrittura è asciutta, quasi trattenuta. Il finale non consola, ma resta.
A Voto: 8/10
""",
    # -- Portuguese --------------------------------------------------------------------------------------------------
    # a reading list with ISBN
    "pt_livros": """\
A Quatro livros portugueses para ler nas férias, escolhidos pela nossa redação.
A O Filho de Mil Homens, de Valter Hugo Mãe
A Porto Editora, 16,60 euros
A ISBN 978-972-0-04581-3
A Um pescador de quarenta anos que quer um filho.
A Myra, de Maria Velho da Costa
A Assírio & Alvim, 18 euros
A ISBN 978-972-37-1375-0
A Uma menina e um cão numa fuga pelo país.
""",
    # a match minute by minute
    "pt_minuto": """\
A O FC Porto venceu o Benfica por 1-0 no Dragão e reduziu a distância para a liderança.
A 23' Cartão amarelo para Otamendi.
A 56' Golo do FC Porto! Samu finaliza após cruzamento de Francisco Moura.
A 70' Substituição no Benfica: sai Di María, entra Amdouni.
A 90+5' Apito final.
A Vítor Bruno elogiou a atitude da equipa.
""",
    # -- Dutch -------------------------------------------------------------------------------------------------------
    # an obituary
    "nl_overleden": """\
A Op 87-jarige leeftijd is in Zwolle de schrijver en dichter Jan Willem Hofman overleden. Hij schreef meer dan veertig kinderboeken.
A Geboren 3 april 1937 in Kampen
A Overleden 11 januari 2025 in Zwolle
A Hofman werkte eerst als onderwijzer. Zijn bekendste boek, De kat van de buren, werd in twaalf talen vertaald.
A Hij laat zijn vrouw Ans, drie kinderen en zeven kleinkinderen achter.
A De uitvaart vindt in besloten kring plaats.
""",
    # a match minute by minute
    "nl_wedstrijd": """\
A Feyenoord heeft in De Kuip met 3-1 gewonnen van AZ en blijft in het spoor van PSV.
A 8' Doelpunt! Giménez schiet de 1-0 binnen.
A 31' Gele kaart voor Hancko.
A 49' 1-1. Pavlidis kopt raak.
A 66' 2-1. Paixão krult de bal in de verre hoek.
A 85' 3-1. Giménez maakt zijn tweede.
A Trainer Brian Priske was tevreden: ‘We bleven rustig.’
""",
    # -- Swedish -----------------------------------------------------------------------------------------------------
    # a parliamentary debate
    "sv_riksdag": """\
A Riksdagen debatterade på onsdagen regeringens förslag om skärpta straff för vapenbrott. Här är ett utdrag ur protokollet.
A Anf. 12 Justitieminister Gunnar Strömmer (M):
A Fru talman! Skjutningarna måste stoppas.
A Anf. 13 Ardalan Shekarabi (S):
A Fru talman! Vi stöder förslaget men det räcker inte.
A Anf. 14 Justitieminister Gunnar Strömmer (M):
A Fru talman! Jag välkomnar stödet.
A Omröstningen sker nästa vecka.
""",
    # a press release with contact details
    "sv_press": """\
A Stockholm den 2 april 2025. SL inför från och med den 1 juni ett nytt periodkort för studenter som kostar 690 kronor per månad.
A Kortet gäller i hela Stockholms län och kan köpas i SL-appen.
A För mer information, kontakta:
A Anna Lindqvist, presschef SL
A Telefon: 08-686 16 00
A E-post: press@sl.se
""",
    # -- Danish ------------------------------------------------------------------------------------------------------
    # a Q&A column
    "da_brevkasse": """\
A Hver uge svarer vores advokat på læsernes spørgsmål om bolig og jura.
A Spørgsmål: Min udlejer vil hæve huslejen med 15 procent. Må han det?
A Svar: Kun hvis lejen i dag ligger under det lejedes værdi. Du kan klage til huskeklagenævnet inden for seks uger.
A Spørgsmål: Må naboen fælde træet på grænsen?
A Svar: Nej, ikke uden din tilladelse.
A Send dit spørgsmål til brevkassen. Vi kan ikke svare alle.
""",
    # weather
    "da_vejret": """\
A Efter en våd uge bliver weekenden tør og solrig i hele landet, lover DMI.
A Lørdag: 18 grader, sol
A Søndag: 21 grader, let skyet
A Mandag: 16 grader, byger
A Om natten kan temperaturen falde til 5 grader i Midtjylland.
""",
    # -- Finnish -----------------------------------------------------------------------------------------------------
    # a weather forecast
    "fi_saa": """\
A Ilmatieteen laitos varoittaa liukkaista teistä koko Etelä-Suomessa torstaina. Lämpötila laskee illalla pakkasen puolelle.
A Torstai: lunta, -2 astetta
A Perjantai: pilvistä, -5 astetta
A Lauantai: selkeää, -12 astetta
A Lapissa voi olla jopa 30 astetta pakkasta.
""",
    # a Q&A column
    "fi_kysy": """\
A Lukijat kysyvät, asiantuntija vastaa. Tällä kertaa aiheena on sähkösopimus.
A K: Voinko irtisanoa määräaikaisen sähkösopimuksen kesken kauden?
A V: Yleensä et. Poikkeuksena on muutto, jolloin sopimus päättyy kahden viikon kuluttua.
A K: Mitä pörssisähkö maksaa nyt?
A V: Tammikuussa keskihinta oli 6,9 senttiä kilowattitunnilta.
""",
    # -- Polish ------------------------------------------------------------------------------------------------------
    # weather
    "pl_pogoda": """\
A Przed nami chłodny weekend. Instytut Meteorologii i Gospodarki Wodnej zapowiada przymrozki w całym kraju.
A Piątek: deszcz, 8°C
A Sobota: pochmurno, 5°C
A Niedziela: słonecznie, 3°C
A W górach spadnie śnieg.
""",
    # a tutorial with code
    "pl_poradnik": """\
A Python pozwala w kilku linijkach policzyć, ile razy każde słowo występuje w pliku. Oto jak to zrobić.
A from collections import Counter
A with open("tekst.txt") as plik:
A     slowa = plik.read().split()
A print(Counter(slowa).most_common(10))
A Program wypisze dziesięć najczęstszych słów wraz z liczbą wystąpień.
""",
    # an article ending on a "Fot." sentence about its own picture
    "pl_foto": """\
A Na rynku w Krakowie stanęła choinka o wysokości 20 metrów. Drzewo przyjechało z Beskidu Sądeckiego.
A Ozdobiło je 2000 bombek i 10 kilometrów lampek.
A Fot. Choinkę ustawiano w nocy, przy pomocy dźwigu, a rano podziwiali ją pierwsi turyści.
""",
    # -- Hungarian ---------------------------------------------------------------------------------------------------
    # an obituary
    "hu_gyasz": """\
A Kilencvenkét éves korában elhunyt Kovács Margit keramikus, a szentendrei művésztelep egyik alapítója.
A Született: 1933. március 2., Budapest
A Elhunyt: 2025. január 18., Szentendre
A Munkái a Magyar Nemzeti Galériában és a szentendrei múzeumban láthatók.
A Gyászolják fia, lánya és négy unokája.
A Temetése február 3-án lesz a szentendrei temetőben.
""",
    # a travel guide with addresses and opening hours
    "hu_utikalauz": """\
A Budapest három kevésbé ismert fürdője, ahol nincs tömeg.
A Rudas fürdő
A Döbrentei tér 9.
A Nyitva: hétfőtől vasárnapig 6 és 20 óra között.
A Lukács fürdő
A Frankel Leó út 25–29.
A A törzsvendégek itt sakkoznak a medencében.
""",
    # -- Ukrainian ---------------------------------------------------------------------------------------------------
    # a short article ending on a quote
    "uk_citata": """\
A У Львові відкрили першу в Україні бібліотеку для дітей з порушеннями зору. У ній понад дві тисячі книжок шрифтом Брайля.
A Бібліотеку облаштували за кошти міської ради та благодійників з Польщі.
A «Тепер діти можуть читати самі», — сказала директорка Оксана Гнатюк.
""",
    # a tutorial with commands
    "uk_instrukciya": """\
A Як оновити Ubuntu через термінал? Це займе кілька хвилин.
A Відкрийте термінал і введіть:
A sudo apt update
A sudo apt upgrade
A Система попросить пароль. Після оновлення перезавантажте комп'ютер:
A sudo reboot
""",
    # -- Hebrew ------------------------------------------------------------------------------------------------------
    # an obituary
    "he_esped": """\
A הסופרת והמתרגמת רחל כהן הלכה לעולמה בגיל 88. היא תרגמה לעברית יותר משמונים ספרים מצרפתית ומאיטלקית.
A נולדה בתל אביב ב־1936.
A נפטרה בירושלים ב־2 בפברואר 2025.
A היא הותירה אחריה בת, בן ושישה נכדים.
A הלוויה תתקיים מחר בשעה 14:00 בבית העלמין הר המנוחות.
""",
    # a short article ending on a one-line quote
    "he_citata": """\
A עיריית חיפה תפתח בקיץ שלושה חופים חדשים לרחצה בדרום העיר. העבודות יסתיימו במאי.
A בחופים יוצבו מצילים, מקלחות ושבילי נגישות.
A "זה חלום של עשרים שנה", אמר ראש העירייה.
""",
    # -- Persian -----------------------------------------------------------------------------------------------------
    # a short article ending on a quote
    "fa_khabar": """\
A کتابخانه ملی ایران از امروز ساعت کار خود را تا ساعت ۲۲ افزایش داد. این تصمیم پس از درخواست دانشجویان گرفته شد.
A به گفته مسئولان، سالن‌های مطالعه در روزهای جمعه نیز باز خواهند بود.
A یکی از دانشجویان گفت: «حالا می‌توانم بعد از کار درس بخوانم.»
""",
    # a weather forecast
    "fa_havashenasi": """\
A سازمان هواشناسی برای روزهای آینده در تهران هوای سرد و برفی پیش‌بینی کرده است.
A شنبه: برفی، ۲ درجه
A یکشنبه: ابری، ۴ درجه
A دوشنبه: آفتابی، ۶ درجه
A رانندگان باید زنجیر چرخ همراه داشته باشند.
""",
    # -- Japanese ----------------------------------------------------------------------------------------------------
    # a product review with specs and a rating
    "ja_review": """\
A ソニーの新しいワイヤレスイヤホン「WF-1000XM5」を2週間使ってみた。ノイズキャンセリングの性能は前のモデルより明らかに良くなっている。
A 価格：41,800円
A 重さ：片耳5.9g
A 連続再生：最大8時間
A 装着感は軽く、長時間つけても耳が痛くならない。一方で、ケースは指紋が目立つ。
A 評価：★★★★☆
""",
    # a travel guide with address and hours
    "ja_guide": """\
A 京都・嵐山で朝ごはんを食べるなら、この店がおすすめだ。
A 住所：京都市右京区嵯峨天龍寺芒ノ馬場町
A 営業時間：7時〜11時
A 定休日：水曜日
A 湯豆腐の朝定食は1,500円。早めに行かないと並ぶことになる。
""",
    # ===== ROUND 2 (after reading image-credit, copyright, edge-link, edge-furniture) =================================
    # a court transcript whose short turns close the page
    "en_court_tail": """\
A Cross-examination of the defendant, Daniel Marsh, at Bristol Crown Court on Thursday, as recorded by the court stenographer and released to the press.
A PROSECUTION: You say you were at home all evening, with your phone switched off and your car in the garage?
A MARSH: Yes.
A PROSECUTION: All evening?
A MARSH: All evening.
A PROSECUTION: Then who drove it?
A MARSH: I don't know.
A JUDGE: We'll stop there.
""",
    # a match report whose minute lines close the page
    "en_minute_tail": """\
A Leyton Orient's unbeaten run ended at nine games as Wigan won 2-0 at Brisbane Road in front of a crowd of 7,812, the biggest of the season so far.
A Key moments
A 23' Goal! Wigan lead through Smith.
A 41' Orient hit the post.
A 67' Goal! Wigan 2-0, Sessegnon.
A 78' Red card: Orient's Galbraith.
A 90' Full-time.
""",
    # an obituary whose details close the page
    "en_obit_tail": """\
A Father Patrick Donnelly, parish priest of St Mary's in Newry for almost four decades and a founder of the town's credit union, died peacefully on Sunday at the age of 88.
A He was ordained in 1961 and served in Belfast and Armagh before coming to Newry in 1979. Parishioners remember him for his short sermons and his long walks.
A Born: 2 May 1936, Crossmaglen
A Died: 9 March 2025, Newry
A Survived by his sisters Mary and Bridget
A Funeral Mass: Thursday, 11am, St Mary's Church
A Burial afterwards in Monkshill Cemetery
""",
    # a weather forecast whose days close the page
    "en_weather_tail": """\
A A band of heavy rain will move across Scotland tonight, with up to 50mm expected on high ground in the west and a yellow warning in place until Thursday morning.
A The outlook for Glasgow:
A Wednesday: Rain, 9C
A Thursday: Showers, 8C
A Friday: Sunny spells, 11C
A Saturday: Cloudy, 10C
A Sunday: Dry, 12C
""",
    # a tutorial whose commands close the page
    "en_commands_tail": """\
A After changing nginx's configuration, always test it before you reload the server, or a typo can take your website offline until you notice.
A The two commands to remember are these, run one after the other:
A sudo nginx -t
A sudo systemctl reload nginx
A sudo systemctl status nginx
A journalctl -u nginx --since today
""",
    # a legal explainer: "all rights reserved" and "©" talked about in prose, unquoted
    "en_copyright_law": """\
A Many photographers still believe that a copyright notice is what protects their pictures online. It is not.
A Writing all rights reserved under a photograph adds no protection at all in British law, which protects a work from the moment it is made.
A A © symbol with the year and your name can still help, the Intellectual Property Office says, because it tells people who to ask.
A Republished with permission is another phrase that means less than people think: it only matters if the permission was actually given.
A The IPO's guidance is free to read on its website.
""",
    # a reading list whose details include "First published" lines
    "en_books_first": """\
A Three translated novels that deserve a second life, chosen by our reviewer for the new year.
A The Tree of Man by Patrick White
A First published in 1955
A Vintage, £10.99
A Kristin Lavransdatter by Sigrid Undset
A First published in Norwegian in 1920
A Penguin Classics, £25
A The Leopard by Giuseppe Tomasi di Lampedusa
A First published in Italian in 1958
A Vintage, £9.99
""",
    # a Q&A column whose short answers close the page
    "en_qa_tail": """\
A Our gardening expert answers readers' questions about what to plant now that the evenings are getting lighter and the ground has started to warm up.
A Q: Can I still plant garlic?
A A: Yes, until the end of March.
A Q: When should I sow carrots?
A A: From April, outdoors.
A Q: Are coffee grounds good for roses?
A A: In small amounts.
""",
    # -- German ------------------------------------------------------------------------------------------------------
    # a weather report whose days close the page; "Quelle" in prose
    "de_wetter_tail": """\
A Der Deutsche Wetterdienst erwartet für Nordrhein-Westfalen nach dem Starkregen vom Dienstag eine ruhigere zweite Wochenhälfte mit viel Sonne.
A Quelle der Daten ist das neue Niederschlagsradar in Essen, das seit März in Betrieb ist.
A Die Aussichten für Köln:
A Mittwoch: bewölkt, 14 Grad
A Donnerstag: sonnig, 17 Grad
A Freitag: sonnig, 19 Grad
A Samstag: Gewitter, 21 Grad
""",
    # obituary with the notice's lines closing the page
    "de_nachruf": """\
A Die Stadt Freiburg trauert um ihren früheren Oberbürgermeister Rolf Böhme. Er starb am Montag im Alter von 90 Jahren in seinem Haus in der Wiehre.
A Böhme führte die Stadt von 1982 bis 2002 und gilt als Vater des Solarstandorts Freiburg. Bürgermeister Martin Horn würdigte ihn als „großen Freiburger“.
A Geboren am 6. März 1934 in Konstanz
A Gestorben am 10. März 2025 in Freiburg
A Er hinterlässt seine Frau und zwei Söhne.
A Die Trauerfeier findet im Münster statt.
""",
    # a product test whose spec lines and rating close the page
    "de_test_tail": """\
A Das neue E-Bike von Stevens ist leicht, leise und hat uns auf den Testfahrten im Schwarzwald überzeugt, auch wenn der Akku am Berg schnell nachlässt.
A Technische Daten
A Motor: Bosch Performance Line CX
A Akku: 625 Wh
A Gewicht: 23,4 kg
A Preis: 4.299 Euro
A Gesamtnote: 1,8
""",
    # -- French ------------------------------------------------------------------------------------------------------
    # a travel guide whose practical details close the page; "Crédit" in prose
    "fr_guide_tail": """\
A Le musée de la Piscine, à Roubaix, a rouvert ses portes après deux ans de travaux. Le bassin art déco, devenu galerie de sculptures, retrouve sa lumière.
A Crédit photo ou pas, les visiteurs ont désormais le droit de photographier toutes les œuvres sans flash.
A Infos pratiques
A 23 rue de l'Espérance, 59100 Roubaix
A Du mardi au dimanche, de 11 h à 18 h
A Plein tarif : 11 euros
A Gratuit le premier dimanche du mois
""",
    # a Q&A column with "Question :" / "Réponse :" labels closing the page
    "fr_qr_tail": """\
A Chaque semaine, notre notaire répond aux questions des lecteurs sur les successions et les donations entre parents et enfants.
A Question : Peut-on refuser un héritage ?
A Réponse : Oui, devant le notaire.
A Question : Dans quel délai ?
A Réponse : Quatre mois au moins.
A Question : Et les dettes ?
A Réponse : On ne les paie plus.
""",
    # -- Spanish -----------------------------------------------------------------------------------------------------
    # a weather forecast closing the page; "Fuente" in prose
    "es_tiempo": """\
A La Agencia Estatal de Meteorología ha activado el aviso naranja por calor en Córdoba, Sevilla y Jaén, donde se esperan máximas de hasta 44 grados a partir del miércoles.
A Fuente de muchas consultas estos días es el mapa de avisos de la agencia, que se actualiza cada hora.
A Previsión para Sevilla
A Miércoles: 42 grados
A Jueves: 44 grados
A Viernes: 43 grados
A Sábado: 39 grados
""",
    # -- Italian -----------------------------------------------------------------------------------------------------
    # a reading list with "Traduzione di" lines (a book's translator, not the article's)
    "it_libri": """\
A Tre romanzi stranieri appena arrivati in libreria che vale la pena leggere quest'estate, scelti dalla nostra redazione cultura.
A La vegetariana di Han Kang
A Traduzione di Milena Zemira Ciccimarra
A Adelphi, 18 euro
A Il maestro e Margherita di Michail Bulgakov
A Traduzione di Vera Dridso
A Einaudi, 14 euro
""",
    # a minute-by-minute closing the page
    "it_minuti_tail": """\
A Il Napoli pareggia 1-1 a Torino contro la Juventus e perde l'occasione di allungare in vetta alla classifica, mentre l'Inter vince a Genova.
A I momenti chiave
A 12' Gol di Vlahovic.
A 40' Traversa di Kvaratskhelia.
A 66' Pareggio di Lukaku.
A 90+3' Finisce 1-1.
""",
    # -- Dutch -------------------------------------------------------------------------------------------------------
    # a court report with short turns closing the page
    "nl_rechtbank": """\
A In de rechtbank van Arnhem is woensdag de zaak tegen een 34-jarige man uit Ede begonnen, die wordt verdacht van oplichting van tientallen ouderen via de telefoon.
A Rechter: Kent u deze mensen?
A Verdachte: Nee.
A Rechter: Waarom belde u hen dan?
A Verdachte: Dat deed ik niet.
A Rechter: Dat zegt de telefoon wel.
""",
    # -- Polish ------------------------------------------------------------------------------------------------------
    # an article whose last lines speak of its own photos ("Zdjęcia", "Fot.") in prose
    "pl_zdjecia": """\
A Po raz pierwszy od dwudziestu lat w Biebrzańskim Parku Narodowym zaobserwowano rysia. Zwierzę nagrała fotopułapka ustawiona przez leśników w pobliżu Goniądza.
A Zdjęcia z fotopułapki park opublikował w środę, a w ciągu doby obejrzało je sto tysięcy osób.
A Fot. Leśnicy pokazali także nagranie, na którym ryś spokojnie przechodzi przez drogę.
""",
    # -- Swedish -----------------------------------------------------------------------------------------------------
    # an obituary closing on its short lines
    "sv_minnesord": """\
A Ingrid Bergqvist, Umeå, har avlidit i en ålder av 94 år. Hon var lärare i Umeå i över fyrtio år och grundade stadens första kvinnokör tillsammans med sin syster.
A Hon föddes i Lycksele 1930 och flyttade till Umeå som ung.
A Hon sörjs närmast av
A sonen Lars med familj
A dottern Karin med familj
A fem barnbarn
A Begravningen äger rum i Umeå stads kyrka.
""",
    # -- Finnish -----------------------------------------------------------------------------------------------------
    # a match report with minute lines closing the page
    "fi_ottelu": """\
A HJK voitti Helsingin derbyn HIFK:ta vastaan maalein 3–1 ja nousi sarjan kärkeen. Ottelua seurasi Bolt Arenalla 9 400 katsojaa.
A 14' Maali! HJK johtoon.
A 38' HIFK tasoittaa.
A 61' HJK 2–1.
A 85' HJK 3–1.
A 90' Ottelu päättyi.
""",
    # -- Hungarian ---------------------------------------------------------------------------------------------------
    # a weather forecast closing the page
    "hu_idojaras": """\
A Országos figyelmeztetést adott ki a HungaroMet a hétvégére várható viharos szél miatt. A Dunántúlon óránként 90 kilométeres széllökések is lehetnek.
A Előrejelzés Budapestre
A Péntek: felhős, 12 fok
A Szombat: szeles, 9 fok
A Vasárnap: napos, 11 fok
A Hétfő: esős, 8 fok
""",
    # -- Ukrainian ---------------------------------------------------------------------------------------------------
    # a tutorial whose commands close the page
    "uk_komandy": """\
A Якщо після оновлення системи не працює звук, найчастіше допомагає перезапуск звукового сервера PipeWire. Ось команди, які варто виконати.
A systemctl --user restart pipewire
A systemctl --user restart pipewire-pulse
A systemctl --user status pipewire
A pactl info
""",
    # -- Persian -----------------------------------------------------------------------------------------------------
    # an article ending on its own photo in prose
    "fa_aks": """\
A برای نخستین بار پس از ده سال، پلنگ ایرانی در پارک ملی گلستان دیده شد. دوربین‌های تله‌ای محیط‌بانان تصویر این حیوان را ثبت کردند.
A عکس: محیط‌بانان این تصویر را هفته گذشته در نزدیکی جاده اصلی پارک گرفتند و امروز منتشر کردند.
""",
    # -- Japanese ----------------------------------------------------------------------------------------------------
    # a weather forecast closing the page
    "ja_tenki": """\
A 気象庁によると、関東地方は週末にかけて強い寒気が流れ込み、東京都心でも雪が降るおそれがある。交通機関への影響に注意が必要だ。
A 東京の予報
A 金曜日：雪、最高気温3度
A 土曜日：くもり、最高気温5度
A 日曜日：晴れ、最高気温8度
A 月曜日：晴れ、最高気温10度
""",
    # -- Hebrew ------------------------------------------------------------------------------------------------------
    # an obituary's short lines closing the page
    "he_esped_tail": """\
A שחקן התיאטרון הוותיק משה לוי הלך לעולמו אתמול בגיל 91. הוא הופיע על במת הבימה יותר משישים שנה ושיחק בלמעלה ממאה הצגות.
A נולד בבגדאד ב־1933
A עלה לישראל ב־1950
A הותיר אחריו אישה, שלושה ילדים ותשעה נכדים
A ההלוויה תתקיים מחר בקריית שאול
""",
    # ===== ROUND 3 (after the fixes: their shapes in other languages) ==============================================
    # a reading list: each book over its translator and its publisher
    "de_buecher": """\
A Drei Romane aus dem Norden, die unsere Literaturredaktion für die langen Winterabende empfiehlt.
A Die Vegetarierin von Han Kang
A Aus dem Koreanischen von Ki-Hyang Lee
A Aufbau, 22 Euro
A Das Jahr der Wunder von Sigrid Nunez
A Aus dem Englischen von Anette Grube
A Aufbau, 24 Euro
A Der Meister und Margarita von Michail Bulgakow
A Übersetzt von Alexander Nitzberg
A Galiani, 28 Euro
""",
    "fr_livres": """\
A Trois romans traduits à glisser dans la valise cet été, choisis par notre critique.
A La Végétarienne de Han Kang
A Traduit du coréen par Jeong Eun-Jin et Jacques Batilliot
A Le Serpent à plumes, 19 euros
A Le Maître et Marguerite de Mikhaïl Boulgakov
A Traduit du russe par Claude Ligny
A Robert Laffont, 22 euros
A L'Homme sans qualités de Robert Musil
A Première parution en 1930
A Points, 14 euros
""",
    "es_libros": """\
A Tres novelas traducidas para leer este verano, elegidas por nuestra crítica literaria.
A La vegetariana, de Han Kang
A Traducción de Sunme Yoon
A Rata, 19 euros
A El maestro y Margarita, de Mijaíl Bulgákov
A Traducción de Marta Rebón
A Navona, 24 euros
A El gatopardo, de Giuseppe Tomasi di Lampedusa
A Publicado originalmente en 1958
A Anagrama, 21 euros
""",
    "nl_boeken": """\
A Drie vertaalde romans voor de zomer, gekozen door onze boekenredactie.
A De vegetariër van Han Kang
A Vertaald door Jan Hoogland
A Nijgh & Van Ditmar, 22 euro
A De meester en Margarita van Michail Boelgakov
A Vertaling: Marko Fondse
A Van Oorschot, 30 euro
A De tijger van Jan de Hartog
A Oorspronkelijk verschenen in 1949
A Atlas, 20 euro
""",
    "sv_bocker": """\
A Tre översatta romaner att läsa i sommar, valda av vår litteraturkritiker.
A Vegetarianen av Han Kang
A Översättning: Eva Johansson
A Natur & Kultur, 219 kronor
A Mästaren och Margarita av Michail Bulgakov
A Översättning: Lars Erik Blomqvist
A Wahlström & Widstrand, 249 kronor
A Leoparden av Giuseppe Tomasi di Lampedusa
A Översättning: Karin de Laval
A Bonniers, 199 kronor
""",
    # a sentence about the article's picture under an abbreviated label, in Czech and German
    "cs_foto": """\
A V pražské zoo se narodilo mládě slona indického. Samička váží 110 kilogramů a je zdravá, uvedla mluvčí zahrady.
A Návštěvníci ji mohou vidět od pondělí v pavilonu Údolí slonů.
A Foto. Mládě se poprvé postavilo na nohy necelou hodinu po porodu, jak ukazuje snímek ošetřovatelů.
""",
    # rights phrases in prose, unquoted, in German, Spanish and Italian
    "de_rechte": """\
A Viele Fotografen glauben noch immer, dass ein Hinweis unter dem Bild ihre Werke schützt. Das stimmt nicht.
A Wer alle Rechte vorbehalten unter ein Foto schreibt, gewinnt nach deutschem Urheberrecht keinen zusätzlichen Schutz.
A Ein Werk ist vom Moment seiner Entstehung an geschützt, erklärt die Anwältin Miriam Keller.
""",
    "es_derechos": """\
A Muchos fotógrafos creen que una leyenda bajo la imagen protege su obra en internet. No es así.
A Poner todos los derechos reservados al pie de una fotografía no añade ninguna protección según la ley española.
A La obra está protegida desde el momento de su creación, explica la abogada Marta Gil.
""",
    "it_diritti": """\
A Molti fotografi credono ancora che una scritta sotto l'immagine protegga il loro lavoro in rete. Non è così.
A Scrivere tutti i diritti riservati sotto una fotografia non aggiunge alcuna tutela secondo la legge italiana.
A L'opera è protetta dal momento della sua creazione, spiega l'avvocata Giulia Conti.
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # ROUND 1. A press release's contact under its label, closing the page: the tables take a release's "Notes to
    # editors" and its contact rows by design (en/de ``syndication``, "a press release's own labels"; edge-link takes
    # the mail after the article), and the label over its name, phone and mail goes as the same row on one line does
    # ("Pressekontakt: Anna Berg, Tel. 0221 …"); a site's contact box in its footer reads the same. (en_press's mail
    # beside its labelled phone, closing the page, stays since red team 22's edge-link rule for a notice's contact box)
    "de_presse": ["Pressekontakt:", "Hamburger Hochbahn AG", "Christoph Kreienbaum", "Telefon: 040 3288 2136", "presse@hochbahn.de"],
    "en_press": ["Notes to editors"],
    # a sentence that opens on the rights phrase and a comma: a notice goes on in lower case the same way ("Tous droits
    # réservés, toute reproduction totale ou partielle est interdite sans l'autorisation de l'éditeur.")
    "fr_cnil": [
        "Tous droits réservés, avait-on coutume de dire : la CNIL rappelle que ce sont désormais les utilisateurs qui détiennent des droits sur leurs données."
    ],
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, {}, known_lost=KNOWN_LOST
)


_gone = removals_of


# -- a label's abbreviation over a sentence ------------------------------------------------------------------------

_POLISH = [
    "Na rynku w Krakowie stanęła choinka o wysokości 20 metrów. Drzewo przyjechało z Beskidu Sądeckiego, a ozdobiło je 2000 bombek.",
    "Ozdobiło je 2000 bombek i 10 kilometrów lampek, które zapalono w piątek wieczorem przy dźwiękach kolęd.",
]


def test_a_sentence_under_an_abbreviated_label_stays() -> None:
    for line in [
        "Fot. Choinkę ustawiano w nocy, przy pomocy dźwigu, a rano podziwiali ją pierwsi turyści.",
        "Zdj. Leśnicy pokazali także nagranie, na którym ryś spokojnie przechodzi przez drogę.",
    ]:
        assert _gone([*_POLISH, line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Fot. PAP/Łukasz Gągulski",
        "Fot. Michał Ryniak / Agencja Wyborcza.pl",
        "Fot. Jan Kowalski",
        "Fot. Materiały prasowe Urzędu Miasta Krakowa",
        "Fot. Archiwum Urzędu Miasta Krakowa, Wydział Promocji i Turystyki",
        "Zdj. ilustracyjne",
        "Fot. Choinka na rynku.",  # a caption of a few words: the picture's
    ],
)
def test_a_credit_under_an_abbreviated_label_still_goes(line: str) -> None:
    assert _gone([*_POLISH, line]) == [("image-credit", line)]


# -- rights phrases in a sentence ----------------------------------------------------------------------------------


def test_a_rights_phrase_inside_a_sentence_stays() -> None:
    for line in [
        "Writing all rights reserved under a photograph adds no protection at all in British law, which protects a work from the moment it is made.",
        "Republished with permission is another phrase that means less than people think: it only matters if the permission was actually given.",
        "Printing all rights reserved on a menu does not stop a rival from copying the dishes.",
    ]:
        assert _gone([*BRIDGE_EN, line, BRIDGE_EN[0]]) == []
        assert _gone([*BRIDGE_EN, line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Example Media Ltd. All rights reserved.",
        "Example Ltd all rights reserved.",
        "All rights reserved including the right of reproduction in whole or in part.",
        "Copyright Example News all rights reserved",
        "Republished with permission of The Conversation.",
        "Reprinted with permission from the author.",
    ],
)
def test_a_rights_notice_still_goes(line: str) -> None:
    assert _gone([*BRIDGE_EN, line]) == [("copyright", line)]


# -- a book's details ----------------------------------------------------------------------------------------------


def test_a_books_first_edition_stays() -> None:
    for line in ["First published in 1955", "First published in Norwegian in 1920"]:
        assert _gone([*BRIDGE_EN, "The Tree of Man by Patrick White", line, "Vintage, £10.99", BRIDGE_EN[0]]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Originally published in The Conversation.",
        "First published on 12 March 2024",
        "Originally published in The Atlantic in 2019",
        "First appeared in Granta",
    ],
)
def test_a_credit_naming_its_outlet_or_day_still_goes(line: str) -> None:
    assert _gone([*BRIDGE_EN, line]) == [("copyright", line)]


_ITALIAN = [
    "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte sul fiume per lavori fino alla fine delle vacanze estive.",
    "Gli ingegneri hanno trovato crepe in due piloni del ponte durante un'ispezione di routine a marzo, ha detto il comune in una nota.",
]


def test_a_books_translator_between_its_title_and_its_price_stays() -> None:
    page = [*_ITALIAN, "Il maestro e Margherita di Michail Bulgakov", "Traduzione di Vera Dridso", "Einaudi, 14 euro"]
    assert _gone(page) == []


@pytest.mark.parametrize("under", [[], ["Riproduzione riservata 2024"]])
def test_the_articles_translator_under_its_last_paragraph_still_goes(under: list[str]) -> None:
    gone = _gone([*_ITALIAN, "Traduzione di Maria Rossi", *under])
    assert ("copyright", "Traduzione di Maria Rossi") in gone
    assert len(gone) == 1 + len(under)


_BOOKS = [
    "The Tree of Man by Patrick White", "Vintage, £10.99",
    "Kristin Lavransdatter by Sigrid Undset", "First published in Norwegian in 1920", "Penguin Classics, £25",
    "The Leopard by Giuseppe Tomasi di Lampedusa", "ISBN 978-0-099-51297-1",
]


@pytest.mark.parametrize(
    "under",
    [
        [],  # the page's end
        ["© 2024 Hexham Courant. All rights reserved."],  # residue another pass takes
    ],
)
def test_a_list_of_books_with_their_details_closing_the_page_stays(under: list[str]) -> None:
    gone = _gone([*BRIDGE_EN, *_BOOKS, *under])
    assert [text for _p, text in gone] == under


_SHOP = [
    "The Tree of Man by Patrick White", "Vintage, £10.99", "Kristin Lavransdatter by Sigrid Undset", "Penguin Classics, £25",
    "The Leopard by Giuseppe Tomasi di Lampedusa", "ISBN 978-0-099-51297-1",
]


@pytest.mark.parametrize("heading", ["You may also like", "Customers also bought", "Related books"])
def test_the_same_books_under_a_teasers_heading_still_go(heading: str) -> None:
    # (as before the guard: the heading opens the region, so the list is not right under the paragraph; the lines
    # edge-furniture's own test lets through, "Penguin Classics, £25", stay as they did)
    gone = [text for _p, text in _gone([*BRIDGE_EN, heading, *_SHOP])]
    assert gone[0] == heading
    assert set(gone) >= {"Vintage, £10.99", "Kristin Lavransdatter by Sigrid Undset",
                         "The Leopard by Giuseppe Tomasi di Lampedusa", "ISBN 978-0-099-51297-1"}


@pytest.mark.parametrize(
    "under",
    [
        ["Home", "News", "Sport", "Weather", "Contact"],  # a menu the run of furniture takes with them
        ["We are an independent newspaper founded in 1998 in Hexham."],  # a footer's blurb, kept
    ],
)
def test_books_over_the_pages_own_lines_still_go(under: list[str]) -> None:
    # (the list does not close the page: the shape of a shop's box over the site's footer)
    gone = [text for _p, text in _gone([*BRIDGE_EN, *_SHOP, *under])]
    assert gone[:4] == ["Vintage, £10.99", "Kristin Lavransdatter by Sigrid Undset",
                        "The Leopard by Giuseppe Tomasi di Lampedusa", "ISBN 978-0-099-51297-1"]


# -- rights phrases in a sentence, in other languages --------------------------------------------------------------

#: a language's article, a sentence with its rights phrase, the notices with it that still go
_RIGHTS: dict[str, tuple[list[str], str, list[str]]] = {
    "de": (
        ["Der Gemeinderat hat am Dienstag beschlossen, die alte Flussbrücke bis zum Ende der Sommerferien für Reparaturen zu sperren.",
         "Ingenieure hatten bei einer Routineprüfung im März Risse in zwei Pfeilern der Brücke entdeckt, teilte die Gemeinde mit."],
        "Wer alle Rechte vorbehalten unter ein Foto schreibt, gewinnt nach deutschem Urheberrecht keinen zusätzlichen Schutz.",
        ["© 2024 Spiegel Verlag. Alle Rechte vorbehalten.", "Alle Rechte vorbehalten.", "Rhein-Zeitung alle Rechte vorbehalten",
         "Alle Rechte vorbehalten, insbesondere das Recht der Vervielfältigung."],
    ),
    "fr": (
        ["Le conseil municipal a voté mardi la fermeture du vieux pont sur la rivière pour travaux jusqu'à la fin des vacances d'été.",
         "Les ingénieurs ont découvert des fissures dans deux piles du pont lors d'une inspection de routine en mars, a indiqué la mairie."],
        "Écrire tous droits réservés sous une photo n'ajoute aucune protection selon le droit français, rappelle l'avocate.",
        ["© 2024 Le Parisien. Tous droits réservés.", "Tous droits réservés.", "Ouest-France tous droits réservés"],
    ),
    "it": (
        ["Il consiglio comunale ha votato martedì la chiusura del vecchio ponte sul fiume per lavori fino alla fine delle vacanze estive.",
         "Gli ingegneri hanno trovato crepe in due piloni del ponte durante un'ispezione di routine a marzo, ha detto il comune in una nota."],
        "Scrivere tutti i diritti riservati sotto una fotografia non aggiunge alcuna tutela secondo la legge italiana.",
        ["© 2024 La Stampa. Tutti i diritti riservati.", "Tutti i diritti riservati.", "Il Resto del Carlino tutti i diritti riservati"],
    ),
    "nl": (
        ["De gemeenteraad heeft dinsdag besloten de oude brug over de rivier tot het einde van de zomervakantie te sluiten voor herstel.",
         "Ingenieurs ontdekten in maart bij een routine-inspectie scheuren in twee pijlers van de brug, meldt de gemeente."],
        "Wie alle rechten voorbehouden onder een foto zet, krijgt volgens de Nederlandse wet geen extra bescherming.",
        ["© 2024 DPG Media. Alle rechten voorbehouden.", "Alle rechten voorbehouden.", "Het Parool alle rechten voorbehouden"],
    ),
    "pt": (
        ["A câmara municipal votou na terça-feira o encerramento da velha ponte sobre o rio para obras até ao fim das férias de verão.",
         "Os engenheiros encontraram fissuras em dois pilares da ponte durante uma inspeção de rotina em março, disse a autarquia."],
        "Escrever todos os direitos reservados por baixo de uma fotografia não acrescenta qualquer proteção segundo a lei portuguesa.",
        ["© 2024 Público. Todos os direitos reservados.", "Todos os direitos reservados.", "Jornal de Notícias todos os direitos reservados"],
    ),
    "sv": (
        ["Kommunfullmäktige beslutade på tisdagen att stänga den gamla bron över älven för reparationer fram till sommarlovets slut.",
         "Ingenjörer hittade sprickor i två av brons pelare vid en rutinbesiktning i mars, meddelar kommunen."],
        "Att skriva alla rättigheter förbehållna under ett foto ger inget extra skydd enligt svensk lag.",
        ["© 2024 Dagens Nyheter. Alla rättigheter förbehållna.", "Alla rättigheter förbehållna."],
    ),
    "es": (
        ["El pleno del Ayuntamiento aprobó el martes cerrar el viejo puente sobre el río por obras hasta el final de las vacaciones de verano.",
         "Los ingenieros encontraron grietas en dos pilares del puente durante una inspección rutinaria en marzo, informó el consistorio."],
        "Escribir todos los derechos reservados debajo de una fotografía no añade ninguna protección según la ley española.",
        ["© 2024 El País. Todos los derechos reservados.", "Todos los derechos reservados."],
    ),
}


@pytest.mark.parametrize("lang", sorted(_RIGHTS))
def test_a_rights_phrase_inside_a_sentence_stays_in_each_language(lang: str) -> None:
    text, sentence, _notices = _RIGHTS[lang]
    assert _gone([*text, sentence, text[0]]) == []
    assert _gone([*text, sentence]) == []


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, (_t, _s, lines) in sorted(_RIGHTS.items()) for line in lines])
def test_a_rights_notice_still_goes_in_each_language(lang: str, line: str) -> None:
    assert _gone([*_RIGHTS[lang][0], line]) == [("copyright", line)]


# -- a list of books whose translator's line reads as a book's -------------------------------------------------------


def test_books_over_their_translators_and_prices_closing_the_page_stay() -> None:
    books = [
        "La vegetariana, de Han Kang", "Traducción de Sunme Yoon", "Rata, 19 euros",
        "El maestro y Margarita, de Mijaíl Bulgákov", "Traducción de Marta Rebón", "Navona, 24 euros",
        "El gatopardo, de Giuseppe Tomasi di Lampedusa", "Anagrama, 21 euros",
    ]
    assert _gone([*_RIGHTS["es"][0], *books]) == []


if __name__ == "__main__":
    report(CASES)
