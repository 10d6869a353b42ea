# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Keep 22: an over-strip probe in twenty-two languages (en, de, fr, es, it, pt, nl, sv, da, no, fi, pl, cs, ru, tr,
el, ar, hi, id, ja, zh, ko, and two bilingual pages, en/es and ja/en). Pages of article text alone, no residue (every
line tagged ``A``, so every removal is a loss; a headline opening the page is tagged ``H``, not judged: title-line takes
it as the page's title by design), in genres earlier probes covered less: league tables and results as lines, election
results by party, court reports quoting the verdict, scientific summaries under their headings (Methods / Results /
Discussion, "【目的】", "Обсуждение", "Tartışma", "Dyskusja", "Diskuse"), patch notes and changelogs, FAQ pages,
recipes with numbered steps, itineraries day by day, product comparisons and film, wine and poll boxes with spec
rows, poems and lyrics, interviews of short turns, houses for sale in prose, letters to the editor, corrections inside
the body, articles about paywalls, newsletters, cookie banners and share buttons, datelines inside the body, listicles
with short lead-ins, culture guides and round-ups under one-word subheadings, a prize's judges with their roles.

The 75 pages of round 1 were written before any file under cleaner/ was read; the 33 of round 2 after reading the
line vocabularies of the comments, metadata, signup, promos and widgets families (en, then the other languages'),
aimed at their short whole-line patterns that article lines also are; the 15 of round 3 after the fixes of round 2,
their shapes in other languages (film boxes in es, pt, nl, da, cs, ru; poll boxes in fr, nl; answers in it, pt, nl,
da; culture guides in de, tr) and the byline's role; the 8 of round 4 after the fixes, aimed at the comment section's
weak markers as the article's subheadings and labels ("Conversation" in a language lesson, "Comments:" in a school
report's template, "Diskutera", "Dyskusja" over a lesson's questions, "Comentario" over a tasting note, "Commentaires"
over a consultation's results, "Zur Diskussion" in an agenda, "Reader comments" over the article's summary of them).
``python tests/test_keep22.py`` prints the numbers.

Measured before any change (main's HEAD):

- round 1, 75 pages, 596 lines: lost 5, all headlines opening the page (title-line: "Letters: The closure of Bramley
  library", "Te koop: het kleinste grachtenpand van Amsterdam", …), by design; retagged ``H`` with the other three
  opening headlines. Lost 0 of the article lines: nothing in the tables, results, verdicts, abstracts, patch notes,
  FAQs, recipes, itineraries, poems, interviews, letters, corrections or paywall and cookie articles.
- round 2, 33 pages, 246 lines: lost 27 on 17 pages. site-chrome 14: a film's box's language row in en, de, fr, es,
  it, sv ("Language: Danish", "Sprache: Dänisch mit Untertiteln"), a wine's "Region: Valdeorras, Galicia", a product
  comparison's "RRP: £599" ×3, interview answers ("Maybe later.", "Not now.", "Kanske senare."), a guide's subheadings
  "Donate" and "Lyssna"; teaser-box 9: a culture guide's "Watch" / "Listen" / "Play" and "Spela", a round-up's
  "Elsewhere" and "Latest", a baby-names story's "Most popular" and its row of names, an answer "Listen."; comment-ui 1:
  a materials list's "Posts: 4"; social-buttons 1: a guide's "Share"; byline 1: a letter signed "Colin Marsh, retired
  newspaper editor". Kept: "Three thoughts on the budget", one-word answers "Yesterday." and "Today.", "12 points.",
  "Updated" and "Removed" over a changelog's items, "Keywords: …", "Commentaire", "Commenti", the IMRaD headings in ru,
  tr, pl, cs, subheadings "Politics" / "Sport" / "Weather" / "Business".
- round 3, 15 pages, 96 lines: lost 14 on 10 pages. site-chrome 9 (film boxes' "País: Dinamarca", "Idioma: danés",
  "Land: Denemarken", "Taal: Deens", "Sprog: dansk", "Jazyk: …", "Язык: датский"), comment-ui 2 (a poll's "Réponses :
  2 012", "Reacties: 4.210"), teaser-box 1 ("İzle"), byline 2 (a prize's judges: "Sarah Baxter, deputy editor",
  "Gary Younge, former Guardian columnist").
- round 4, 8 pages, 46 lines: lost 3 on one page: en_reader_comments (comment-section: "Reader comments" and the two
  lines under it, the article's summary of its readers' replies, closing the page). Kept: the other seven.

After: round 1 lost 0, round 2 lost 10 on five pages, round 3 lost 0, round 4 lost 3 (``KNOWN_LOST``, with the
reasons). The rules, each with residue of the same shape that still goes (below):

- a row of a fact box whose label a site's settings or a forum's user box also has ("Language: Danish", "Region: …",
  "RRP: …", "Posts: 4", "Réponses : 2 012") stays in site-chrome and comment-ui where it stands under the article's
  first paragraph in a run of three label rows or more, two of them no table matched
  (``metadata.fact_box_rows_in_text``, on ``in_fact_box``); a site's "Edition: UK" / "Language: English" over the
  article or over its footer, a footer's "Region: Europe" / "Currency: EUR" / "Language: English", a forum's user box
  ("Posts: 4" / "Location: Leeds") and the same box over the article's first paragraph still go;
- a short line a control's or a player's pattern matched that closes on a stop right under a question, with another
  question and its answer near, no residue under it, is an interview's answer (``edge_sections.answer_in_exchange``, in
  site-chrome and teaser-box: "Maybe later.", "Listen."); a prompt's buttons under its one question ("Would you like
  to get breaking news alerts?" / "Not now." / "Allow"), a feedback box's unanswered questions and "Listen." between
  two paragraphs still go;
- a button's or a teaser's word as one of a series of the article's subheadings, of as many words each, each between
  two paragraphs, taking turns with them, two of them plain or one in a series of four or more
  (``edge_sections.heading_in_series``, in teaser-box, social-buttons and site-chrome: "Watch" / "Listen" / "Read" /
  "Play", "Se" / "Lyssna" / "Spela" / "Läs", "İzle" / "Dinle" / "Oku"); a button alone between two paragraphs,
  buttons only, two buttons with one subheading, and a button among subheadings of other widths still go;
- bylines with their roles ("Sarah Baxter, deputy editor") in a list of two or more people under a sentence of three
  words or more closing on a colon, one of them at least no byline, the article going on under them
  (``metadata.announced_people``, in byline); the article's byline over it, its reporters under "This story was
  reported by:" closing the page or over its footer, under a one-word label ("Contributors:"), and a list of bylines
  only still go.

Bench: ``pagecmp`` against the session's start: changed 0/362; ``bench_text --variant both``: recall 0.966 / 0.975 /
0.970, naive 0.843 / 0.988 / 0.909, as before.
"""

from __future__ import annotations

import pytest
from probes import BRIDGE_EN, removals_of, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading cleaner/) ==================================================================
    # -- English -----------------------------------------------------------------------------------------------------
    # a league table written as lines, under the round's report
    "en_standings": """\
A Hartlepool climbed into the play-off places with a 3-0 win at Woking, while leaders Barnet were held 1-1 at home by Aldershot.
A Elsewhere, York City's winless run stretched to seven games after a 2-0 defeat at Solihull Moors.
A National League top six
A 1. Barnet 72 pts
A 2. Forest Green 68 pts
A 3. York City 61 pts
A 4. Hartlepool 59 pts
A 5. Gateshead 58 pts
A 6. Oldham 57 pts
A The top seven qualify for the play-offs, with the two leaders going straight into the semi-finals.
""",
    # an article about a newspaper's paywall strategy: subscribe, sign up, newsletter, register in prose
    "en_paywall": """\
A When the Northern Echo put most of its website behind a paywall in 2022, its editors expected to lose half their readers. They lost a fifth.
A The trick, says digital editor Priya Mandal, was not the wall but the steps before it. Readers who arrive from search see three free articles a month, then a box asking them to register with an email address.
A "Registration is the moment that matters," she said. "Someone who signs up for the morning newsletter is four times as likely to subscribe within a year."
A The paper now has 31,000 paying digital subscribers, up from 9,000 three years ago.
A Subscribe now for £1 a week is the offer most readers see, and most of them take the annual plan once the trial ends.
A Not everyone is convinced. Media analyst Tom Heald thinks regional titles that lock their local news away risk ceding the ground to Facebook groups.
A "The wall works for the paper," he said. "Whether it works for the town is another question."
""",
    # a scientific abstract with its headings
    "en_abstract": """\
A A new study suggests that children who walk or cycle to school concentrate better in morning lessons than those driven by car.
A The researchers published the following summary of their findings.
A Background
A Active travel to school has been linked to physical health, but its effect on attention has rarely been measured.
A Methods
A We followed 1,214 pupils aged 9 to 11 in 38 Danish schools over one school year and measured sustained attention with a standard computer task.
A Results
A Pupils who walked or cycled scored 8% higher on the task in the first two lessons (95% CI 4-12%). The difference disappeared by the afternoon.
A Conclusions
A Active travel may bring short-term cognitive benefits. Trials are needed.
A The study was published in the journal Pediatrics on Monday.
""",
    # patch notes of a game, reported in an article
    "en_patch": """\
A Version 1.4 of Stardew-like farming game Hollow Acre went live on Thursday, and its developers say it is the biggest update since launch.
A The full patch notes are long, but these are the changes players will notice first.
A New features
A - Added winter fishing on the frozen lake
A - Added two new villagers, Mara and Oskar
A - Co-op mode now supports up to six players
A Bug fixes
A - Fixed a crash when opening the map during a storm
A - Fixed chickens disappearing after a save
A - Fixed the share button in the photo mode not working on Steam Deck
A Known issues
A - Some players may see flickering shadows on older graphics cards
A The update is free for everyone who owns the game.
""",
    # a correction inside the body, and its last line a one-word sentence
    "en_correction": """\
A Councillors in Frome have approved plans for 140 homes on the edge of the town, despite objections from more than 600 residents.
A The scheme, on farmland off the Berkley Road, includes 42 affordable homes and a new primary school site.
A In an earlier version of this article we misstated the number of affordable homes as 24. It is 42. We apologise for the error.
A Opponents say the town's roads and surgery cannot cope. Asked whether the decision would be challenged, campaign spokesperson Ruth Daly gave a one-word answer.
A "Absolutely."
""",
    # a listicle with short bold lead-ins
    "en_listicle": """\
A Moving house is one of the most stressful things most of us will ever do. Here are five ways to make it a little easier.
A 1. Share the load
A Ask friends for help well in advance, and give each of them one job rather than a vague request to come round.
A 2. Label everything
A Write on each box which room it goes to and what is inside. You will thank yourself at midnight.
A 3. Pack a first-night box
A Kettle, mugs, teabags, phone chargers, toilet roll, a change of clothes.
A 4. Read the meters
A Take photos of the gas, electricity and water meters on the day you leave and the day you arrive.
A 5. Be kind to yourself
A It will take weeks, not days, before the new place feels like home.
""",
    # letters to the editor
    "en_letters": """\
H Letters: The closure of Bramley library
A Your report on the closure of Bramley library (28 May) missed the point. The building is not just a place to borrow books; it is the only warm room in the village open to everyone.
A Margaret Oyelaran
A Bramley, Surrey
A I was saddened but not surprised. Twenty years ago the council promised the library would never close. Promises are cheap.
A Derek Pike
A Guildford
A As a volunteer at the library for eleven years, I would like to thank every reader who signed the petition. We are not finished yet.
A Sue Whitlock
A Cranleigh
""",
    # an article whose topic is social-media share buttons
    "en_sharebuttons": """\
A Why do news sites still show share buttons that almost nobody clicks?
A A study of 80 publishers by the Reuters Institute found that fewer than 0.3% of readers ever press the Facebook, X or WhatsApp buttons under an article.
A Share on Facebook, Share on X and Share via email remain on almost every story all the same, partly from habit and partly because the scripts that run them also track readers for advertisers.
A Several Scandinavian papers have removed them altogether. Their traffic from social media did not fall.
A "People copy the link," said one product manager. "They always did."
""",
    # a court report quoting the verdict
    "en_court_verdict": """\
A A former care home manager who stole more than £90,000 from residents has been jailed for four years.
A Sandra Keele, 54, of Kettering, admitted fraud by abuse of position at Northampton Crown Court last month.
A Sentencing her on Friday, Judge Rebecca Lowe said: "You were trusted with the savings of people who could not look after their own affairs. You betrayed that trust over six years."
A "The sentence of the court is one of four years' imprisonment."
A Keele showed no reaction as she was led from the dock.
A Northamptonshire Police said the money had been repaid in full by the home's insurers.
""",
    # a dateline inside the body, bilingual lines with Welsh
    "en_dateline": """\
A CARDIFF — Wales's new law making Welsh-medium education available in every county came into force on Monday.
A The Welsh Language Education Act requires councils to offer at least one Welsh-medium primary school within five miles of every home.
A ABERYSTWYTH — At Ysgol Gymraeg Aberystwyth, head teacher Elin Rowlands greeted parents at the gate.
A "Croeso i bawb," she said. "Welcome to everyone."
A "Mae'r drws ar agor." The door is open.
A Opposition parties say the plans are not fully funded.
""",
    # -- German ------------------------------------------------------------------------------------------------------
    # election results by party
    "de_wahl": """\
A Bei der Kommunalwahl in Lüneburg hat die CDU ihren Platz als stärkste Kraft knapp verteidigt. Die Grünen verloren deutlich, die AfD legte zu.
A Das vorläufige Endergebnis für den Stadtrat:
A CDU 27,4 Prozent (-1,2)
A Grüne 21,9 Prozent (-6,8)
A SPD 19,3 Prozent (+0,4)
A AfD 12,8 Prozent (+5,9)
A FDP 5,1 Prozent (-0,7)
A Linke 4,2 Prozent (+0,3)
A Sonstige 9,3 Prozent
A Die Wahlbeteiligung lag bei 54,6 Prozent und damit etwas höher als vor fünf Jahren.
""",
    # a court report quoting the verdict
    "de_urteil": """\
A Das Landgericht München I hat einen 38-jährigen Anlageberater wegen Betrugs zu drei Jahren und neun Monaten Haft verurteilt.
A Der Mann hatte nach Überzeugung der Kammer mehr als 40 Rentnern angeblich sichere Festgeldanlagen verkauft und das Geld für sich verwendet.
A „Im Namen des Volkes: Der Angeklagte wird wegen Betrugs in 43 Fällen zu einer Gesamtfreiheitsstrafe von drei Jahren und neun Monaten verurteilt.“
A Die Vorsitzende Richterin sprach in ihrer Begründung von einer „besonders verwerflichen Tat“.
A Das Urteil ist noch nicht rechtskräftig.
""",
    # a recipe with numbered steps
    "de_rezept": """\
A Zwetschgendatschi gehört in Bayern zum Spätsommer wie der Biergarten. Unser Rezept kommt von Gerlinde Huber aus Rosenheim.
A Zutaten für ein Blech
A 500 g Mehl
A 1 Würfel Hefe
A 250 ml lauwarme Milch
A 80 g Zucker
A 2 kg Zwetschgen
A Zubereitung
A 1. Hefe in der Milch auflösen und mit Mehl und Zucker zu einem glatten Teig kneten.
A 2. Den Teig eine Stunde an einem warmen Ort gehen lassen.
A 3. Zwetschgen waschen, entsteinen und dicht an dicht auf den ausgerollten Teig legen.
A 4. Bei 180 Grad etwa 40 Minuten backen.
A Dazu passt Sahne. Guten Appetit!
""",
    # an article about GDPR cookie banners
    "de_cookiebanner": """\
A Wer im Netz eine Nachrichtenseite öffnet, klickt zuerst auf ein Fenster: Cookies akzeptieren oder ablehnen.
A Seit einem Urteil des Bundesgerichtshofs von 2020 müssen Seitenbetreiber eine echte Einwilligung einholen, bevor sie Tracking-Cookies setzen.
A „Alle akzeptieren“ ist dabei oft farbig hervorgehoben, „Ablehnen“ versteckt sich hinter einem zweiten Klick.
A Verbraucherschützer halten das für unzulässig. Die Verbraucherzentrale Nordrhein-Westfalen hat nach eigenen Angaben 60 Unternehmen abgemahnt.
A Datenschutzeinstellungen sollten so einfach zu ändern sein wie sie zu erteilen, sagt Juristin Marie Brandt.
A Ein Gesetz dazu plant die Bundesregierung für das kommende Jahr.
""",
    # letters to the editor, signed
    "de_leserbriefe": """\
H Leserbriefe zum Thema Nachtzug
A Zu „Der Nachtzug nach Paris kommt zurück“ vom 3. Mai:
A Endlich! Ich bin in den Neunzigern oft mit dem Nachtzug gefahren und habe es immer bedauert, dass die Bahn ihn eingestellt hat.
A Helga Vogt, Saarbrücken
A Schön und gut, aber 180 Euro für ein Abteil sind für eine Familie kaum bezahlbar. Da fliegt man eben doch.
A Martin Schäfer, Mainz
""",
    # -- French ------------------------------------------------------------------------------------------------------
    # a travel itinerary, day by day
    "fr_itineraire": """\
A Trois jours suffisent pour découvrir les Cévennes à pied, à condition de ne pas vouloir tout voir.
A Jour 1 : Florac – Le Pont-de-Montvert
A On quitte Florac par le sentier Stevenson. Comptez six heures de marche et 900 mètres de dénivelé.
A Jour 2 : Le Pont-de-Montvert – Mont Lozère
A La montée vers le sommet de Finiels, à 1 699 mètres, offre par temps clair une vue jusqu'aux Alpes.
A Jour 3 : Mont Lozère – Villefort
A Une longue descente à travers les hêtraies jusqu'au lac de Villefort, où l'on peut se baigner.
A Bon à savoir : les gîtes d'étape affichent souvent complet en juillet. Réservez tôt.
""",
    # an FAQ page
    "fr_faq": """\
H Prime à la rénovation : vos questions, nos réponses
A Qui peut en bénéficier ?
A Tous les propriétaires occupants, quels que soient leurs revenus, à condition que le logement ait plus de quinze ans.
A Quels travaux sont concernés ?
A L'isolation, le remplacement d'une chaudière au fioul et l'installation d'une pompe à chaleur.
A Faut-il faire appel à un artisan agréé ?
A Oui. Les travaux doivent être réalisés par une entreprise certifiée RGE.
A Quand faire la demande ?
A Avant de signer le devis.
""",
    # a poem quoted in the article, closing on a verse
    "fr_poeme": """\
A Les élèves du collège Jean-Moulin d'Arras ont remporté le concours régional de poésie avec un texte écrit à vingt-six mains.
A Leur poème, intitulé « La cour », commence ainsi :
A La cour est grise le lundi,
A elle rougit le vendredi,
A et nous, entre les deux,
A on apprend à être heureux.
A Le jury a salué « une voix collective d'une grande fraîcheur ».
A Les élèves liront leur texte au théâtre municipal le 14 juin.
""",
    # a real-estate listing described in prose
    "fr_immobilier": """\
H À Nantes, une maison d'armateur du XVIIIe siècle mise en vente pour 2,3 millions d'euros
A Elle domine la Loire depuis l'île Feydeau depuis plus de deux cent cinquante ans.
A La maison compte 420 mètres carrés sur quatre niveaux, huit chambres et un jardin clos de 300 mètres carrés.
A Les balcons en fer forgé et les mascarons de la façade sont classés monuments historiques.
A Prix : 2 300 000 euros, frais d'agence inclus.
A L'agence dit avoir reçu une douzaine de visites dans la première semaine.
""",
    # an article about social networks and sharing
    "fr_partage": """\
A Partager un article sans l'avoir lu : une habitude plus répandue qu'on ne le croit.
A Selon une étude de l'université de Columbia, près de six liens partagés sur dix sur les réseaux sociaux n'ont jamais été ouverts par la personne qui les partage.
A Cliquer sur « Partager » est devenu un geste réflexe, explique la sociologue Claire Lemoine.
A Certains réseaux ont réagi. Depuis 2021, Twitter demande à ses utilisateurs s'ils veulent lire l'article avant de le retweeter.
A L'effet reste modeste, mais mesurable.
""",
    # -- Spanish -----------------------------------------------------------------------------------------------------
    # a league table as lines
    "es_clasificacion": """\
A El Racing de Santander sigue líder de Segunda División tras ganar 2-0 al Eldense en El Sardinero.
A El Levante, que empató en Oviedo, se mantiene a tres puntos.
A Así queda la clasificación en la parte alta:
A 1. Racing de Santander, 45 puntos
A 2. Levante, 42 puntos
A 3. Almería, 40 puntos
A 4. Mirandés, 39 puntos
A 5. Elche, 37 puntos
A 6. Huesca, 36 puntos
A La próxima jornada el líder visita al Almería en el partido más atractivo del fin de semana.
""",
    # an interview with short questions and answers
    "es_entrevista": """\
A Rosalía Gómez lleva cuarenta años vendiendo pescado en el Mercado Central de Valencia. Este mes se jubila.
A —¿Qué es lo que más va a echar de menos?
A —La gente.
A —¿Y lo que menos?
A —Madrugar. A las cuatro de la mañana, todos los días.
A —¿Ha cambiado mucho el mercado?
A —Antes venían las abuelas. Ahora vienen los turistas a hacer fotos.
A —¿Y quién se queda con el puesto?
A —Mi hija.
""",
    # a recipe with numbered steps
    "es_receta": """\
A La receta de la tortilla de patatas que nunca falla, según la cocinera Carmen Ruiz.
A Ingredientes para cuatro personas
A 6 huevos
A 4 patatas medianas
A 1 cebolla
A Aceite de oliva y sal
A Elaboración
A 1. Pelar y cortar las patatas y la cebolla en láminas finas.
A 2. Freírlas a fuego lento en abundante aceite durante veinte minutos.
A 3. Batir los huevos, mezclar con las patatas escurridas y salar.
A 4. Cuajar la tortilla por los dos lados en una sartén pequeña.
A El secreto, dice Ruiz, es dejarla reposar cinco minutos antes de darle la vuelta.
""",
    # a product comparison with spec lines
    "es_comparativa": """\
A Hemos probado los tres robots aspiradores más vendidos de este año. Estas son sus fichas técnicas.
A Roborock Q7
A Autonomía: 180 minutos
A Potencia de succión: 4.000 Pa
A Precio: 399 euros
A Dreame L10
A Autonomía: 150 minutos
A Potencia de succión: 5.300 Pa
A Precio: 449 euros
A Conga 8290
A Autonomía: 200 minutos
A Potencia de succión: 6.000 Pa
A Precio: 329 euros
A Nuestra elección es el Roborock, por su navegación más fiable en pisos pequeños.
""",
    # a correction note in the body
    "es_errata": """\
A El Ayuntamiento de Zaragoza aprobó este jueves el presupuesto municipal de 2025, que asciende a 925 millones de euros.
A Las cuentas salieron adelante con los votos del PP y la abstención de Vox.
A Fe de errores: en una versión anterior de esta información se atribuía la abstención al PSOE. El PSOE votó en contra.
A La oposición criticó el recorte en las partidas de vivienda social.
""",
    # -- Italian -----------------------------------------------------------------------------------------------------
    # election results by party
    "it_elezioni": """\
H Elezioni regionali in Sardegna: i risultati definitivi
A La coalizione di centrosinistra ha vinto con uno scarto di poco più di tremila voti.
A Questi i voti delle liste:
A Partito Democratico 13,8%
A Fratelli d'Italia 13,6%
A Movimento 5 Stelle 7,8%
A Forza Italia 6,3%
A Lega 3,7%
A L'affluenza si è fermata al 52,4 per cento.
""",
    # a court report with the verdict read out
    "it_sentenza": """\
A La Corte d'Assise di Bologna ha condannato all'ergastolo l'uomo accusato dell'omicidio della ex compagna, avvenuto a Budrio nel 2022.
A Il presidente ha letto il dispositivo alle 18.40, dopo sei ore di camera di consiglio.
A «La Corte dichiara l'imputato colpevole del reato ascrittogli e lo condanna alla pena dell'ergastolo.»
A In aula erano presenti i genitori della vittima, che si sono abbracciati in silenzio.
A Le motivazioni saranno depositate entro novanta giorni.
""",
    # a travel itinerary
    "it_itinerario": """\
A Quattro giorni in Puglia, dal Gargano al Salento, senza correre.
A Primo giorno: Vieste
A Una passeggiata nel centro storico e un giro in barca alle grotte marine.
A Secondo giorno: Alberobello
A I trulli, patrimonio dell'Unesco, sono più belli al tramonto, quando i gruppi sono ripartiti.
A Terzo giorno: Lecce
A Il barocco leccese, il pasticciotto a colazione e una sera in piazza Sant'Oronzo.
A Quarto giorno: Otranto
A Il mosaico della cattedrale merita da solo il viaggio.
""",
    # an article about newsletters
    "it_newsletter": """\
A Le newsletter sono tornate di moda. Dopo anni in cui sembravano uno strumento del passato, decine di giornalisti italiani ne hanno lanciata una propria.
A Iscriversi è gratuito nella maggior parte dei casi, ma alcune chiedono un abbonamento di cinque euro al mese.
A «La newsletter è un appuntamento, non una notifica», dice Valentina Rizzi, che ne scrive una sul clima letta da 40.000 persone.
A Il modello però ha i suoi limiti: solo una piccola parte degli iscritti è disposta a pagare.
A Chi ci riesce, vive del proprio lavoro senza un editore.
""",
    # -- Portuguese ----------------------------------------------------------------------------------------------------
    # standings
    "pt_classificacao": """\
A O Sporting venceu o Famalicão por 3-1 e reforçou a liderança da Liga, agora com cinco pontos de vantagem.
A O Benfica empatou no Bessa e o FC Porto perdeu em Braga.
A Classificação após a 20.ª jornada:
A 1.º Sporting, 52 pontos
A 2.º Benfica, 47 pontos
A 3.º FC Porto, 43 pontos
A 4.º Sp. Braga, 41 pontos
A O próximo dérbi de Lisboa joga-se a 2 de março em Alvalade.
""",
    # a recipe
    "pt_receita": """\
A Pastéis de bacalhau como os da avó: a receita que nos chegou de uma leitora de Viseu.
A Ingredientes
A 400 g de bacalhau demolhado
A 500 g de batatas
A 3 ovos
A Salsa picada q.b.
A Preparação
A 1. Cozer as batatas e desfiar o bacalhau.
A 2. Misturar tudo com os ovos e a salsa.
A 3. Moldar com duas colheres e fritar em óleo bem quente.
A Servem-se quentes ou frios.
""",
    # a song's lyrics quoted in an article
    "pt_letra": """\
A Morreu o fadista Armando Lemos, aos 88 anos. Deixa mais de duzentas gravações e uma canção que toda a Mouraria sabe de cor.
A Foi ele que escreveu, em 1962, os versos de «Rua do Capelão»:
A Na rua onde nasci
A o fado nunca dormiu,
A e quem por ela passou
A nunca mais a esqueceu.
A O funeral realiza-se na quinta-feira na igreja de São Cristóvão.
""",
    # an FAQ
    "pt_faq": """\
H IRS 2025: tudo o que precisa de saber
A Quando começa a entrega da declaração?
A A 1 de abril, e o prazo termina a 30 de junho.
A Quem está obrigado a entregar?
A Todos os contribuintes com rendimentos acima de 8.500 euros anuais.
A O IRS automático aplica-se a mim?
A Aplica-se à maioria dos trabalhadores por conta de outrem e pensionistas.
A E se me enganar?
A Pode entregar uma declaração de substituição sem multa até ao fim do prazo.
""",
    # -- Dutch -------------------------------------------------------------------------------------------------------
    # match results written as lines
    "nl_uitslagen": """\
A PSV heeft ook de twintigste wedstrijd van het seizoen gewonnen. In Eindhoven werd Heerenveen met 4-0 verslagen.
A Ajax won in Zwolle en blijft tweede. De uitslagen van de speelronde:
A PSV - sc Heerenveen 4-0
A PEC Zwolle - Ajax 1-3
A Feyenoord - FC Twente 2-2
A AZ - NEC 1-0
A FC Utrecht - Go Ahead Eagles 0-1
A Volgende week speelt PSV de topper tegen Feyenoord in De Kuip.
""",
    # a court report
    "nl_rechtbank": """\
A De rechtbank in Den Bosch heeft een 41-jarige man uit Oss veroordeeld tot vier jaar cel voor het opzetten van een drugslab in een schuur.
A In de schuur werden in april vorig jaar vaten met chemicaliën en 60 kilo amfetamine gevonden.
A "De verdachte heeft de veiligheid van zijn buren ernstig in gevaar gebracht", oordeelde de rechtbank.
A De man ontkende elke betrokkenheid. Hij zei dat hij de schuur had verhuurd aan een onbekende.
A De rechtbank vond die verklaring "niet geloofwaardig".
""",
    # a house for sale described in prose
    "nl_woning": """\
H Te koop: het kleinste grachtenpand van Amsterdam
A Het huis aan de Singel 7 is aan de voorkant nauwelijks breder dan een deur, maar aan de achterkant zes meter breed.
A Het pand telt vier verdiepingen, een woonoppervlakte van 84 vierkante meter en een dakterras met uitzicht op de Westertoren.
A Vraagprijs: 1.195.000 euro kosten koper
A Bouwjaar: 1736
A De makelaar verwacht veel belangstelling, ook uit het buitenland.
""",
    # patch notes of an app
    "nl_update": """\
A De nieuwe versie van de Buienradar-app is sinds dinsdag beschikbaar. Wat is er veranderd?
A Nieuw in versie 5.2
A Waarschuwingen voor onweer op je eigen locatie
A Een donkere modus
A Een widget voor het startscherm
A Opgelost
A De app liep vast bij het openen van de kaart op oudere iPhones
A De update is gratis te downloaden in de App Store en Google Play.
""",
    # -- Swedish -----------------------------------------------------------------------------------------------------
    # election results
    "sv_val": """\
A Socialdemokraterna blev största parti i kyrkovalet i Uppsala stift, men tappade mandat.
A Så här fördelades rösterna:
A Socialdemokraterna 28,6 procent
A Posk 20,1 procent
A Centerpartiet 12,4 procent
A Sverigedemokraterna 11,9 procent
A Borgerligt alternativ 7,3 procent
A Valdeltagandet var 17,5 procent, något lägre än 2021.
""",
    # a recipe
    "sv_recept": """\
A Kanelbullens dag firas den 4 oktober. Här är bagaren Lena Håkanssons recept.
A Ingredienser till 30 bullar
A 50 g jäst
A 5 dl mjölk
A 150 g smör
A 1 dl socker
A 14 dl vetemjöl
A Gör så här
A 1. Smält smöret, häll i mjölken och värm till fingervarmt.
A 2. Rör ut jästen i degvätskan och tillsätt socker och mjöl.
A 3. Låt degen jäsa i 30 minuter.
A 4. Kavla ut, bred på fyllningen, rulla ihop och skär i bitar.
A 5. Grädda i 225 grader i 8 minuter.
A Smaklig måltid!
""",
    # a court report with the verdict quoted
    "sv_dom": """\
A Hovrätten skärper straffet för den 23-årige man som rånade en guldsmedsbutik i Malmö i fjol.
A Tingsrätten dömde honom till tre års fängelse. Hovrätten dömer nu till fyra år och sex månader.
A ”Rånet var noga planerat och genomfördes med stor hänsynslöshet mot de anställda”, skriver hovrätten i sin dom.
A Mannens advokat säger att domen kommer att överklagas till Högsta domstolen.
A – Vi är besvikna, säger han.
""",
    # a travel itinerary
    "sv_resplan": """\
A Fyra dagar i Lofoten med bil och kajak, från Svolvær till Å.
A Dag 1: Svolvær
A Landa, hämta hyrbilen och ät middag på kajen.
A Dag 2: Henningsvær
A Paddla kajak mellan skären och se fotbollsplanen på klippan.
A Dag 3: Reine
A Bestig Reinebringen tidigt på morgonen innan molnen kommer.
A Dag 4: Å
A Vägen tar slut här. Det gör resan också.
""",
    # -- Polish ------------------------------------------------------------------------------------------------------
    # a league table
    "pl_tabela": """\
A Lech Poznań pokonał na wyjeździe Jagiellonię Białystok 2:1 i umocnił się na pozycji lidera Ekstraklasy.
A Raków przegrał niespodziewanie z Puszczą Niepołomice.
A Czołówka tabeli po 22. kolejce:
A 1. Lech Poznań – 47 pkt
A 2. Raków Częstochowa – 44 pkt
A 3. Jagiellonia Białystok – 41 pkt
A 4. Pogoń Szczecin – 38 pkt
A W następnej kolejce lider zagra u siebie z Legią Warszawa.
""",
    # a court verdict quoted
    "pl_wyrok": """\
A Sąd Okręgowy w Krakowie skazał byłego prezesa spółdzielni mieszkaniowej na pięć lat więzienia za przywłaszczenie 3,2 mln zł.
A „Sąd uznaje oskarżonego za winnego zarzucanego mu czynu i wymierza mu karę pięciu lat pozbawienia wolności” – odczytała sędzia Anna Mazur.
A Oskarżony musi też zwrócić spółdzielni całą kwotę.
A Wyrok jest nieprawomocny.
""",
    # a recipe
    "pl_przepis": """\
A Pierogi ruskie to danie, które najczęściej gotujemy w Wigilię i na co dzień. Oto sprawdzony przepis.
A Składniki
A 500 g mąki
A 250 ml ciepłej wody
A 1 kg ziemniaków
A 300 g twarogu
A 2 cebule
A Przygotowanie
A 1. Ugotuj ziemniaki i przeciśnij je przez praskę.
A 2. Dodaj twaróg i cebulę zeszkloną na maśle.
A 3. Zagnieć ciasto, rozwałkuj i wykrawaj krążki szklanką.
A 4. Nakładaj farsz, sklejaj brzegi i gotuj w osolonej wodzie.
A Smacznego!
""",
    # an interview with short questions
    "pl_wywiad": """\
A Jan Nowicki od trzydziestu lat naprawia zegary w warsztacie przy ulicy Floriańskiej.
A – Ile zegarów ma pan w warsztacie?
A – Teraz? Około dwustu.
A – Który jest najstarszy?
A – Szafkowy z 1780 roku. Wciąż chodzi.
A – Ma pan następcę?
A – Nie. I to jest najsmutniejsze.
""",
    # -- Russian -----------------------------------------------------------------------------------------------------
    # election results
    "ru_vybory": """\
A В Новосибирске подвели итоги выборов в городской совет. Явка составила 28 процентов.
A Голоса распределились следующим образом:
A «Единая Россия» — 41,2%
A КПРФ — 22,7%
A ЛДПР — 10,4%
A «Новые люди» — 9,8%
A «Справедливая Россия» — 7,1%
A Новый состав совета соберётся на первое заседание в конце сентября.
""",
    # a court report
    "ru_sud": """\
A Октябрьский районный суд Екатеринбурга приговорил бывшего директора управляющей компании к четырём годам колонии.
A По версии следствия, он похитил более 12 миллионов рублей, собранных с жильцов на капитальный ремонт.
A «Назначить наказание в виде лишения свободы сроком на четыре года с отбыванием в колонии общего режима», — огласила судья.
A Защита намерена обжаловать приговор.
""",
    # patch notes
    "ru_obnovlenie": """\
A Разработчики «Госуслуг» выпустили обновление мобильного приложения. Рассказываем, что изменилось.
A Что нового
A — запись к врачу в два касания
A — уведомления о штрафах ГИБДД с фотографией
A — тёмная тема
A Исправлено
A — ошибка входа по биометрии на некоторых смартфонах
A Обновление уже доступно в RuStore и App Store.
""",
    # a poem quoted
    "ru_stikhi": """\
A В Пскове открыли памятную доску поэтессе Вере Лебедевой, которая прожила в этом доме сорок лет.
A На церемонии школьники читали её самые известные строки:
A Река уходит в темноту,
A и я за ней иду,
A и всё, что было, на мосту
A оставлю, как звезду.
A Доску установили на средства читателей.
""",
    # -- Turkish -----------------------------------------------------------------------------------------------------
    # standings
    "tr_puan": """\
A Süper Lig'de 25. haftanın sonunda Galatasaray liderliğini sürdürdü. Fenerbahçe deplasmanda Konyaspor'u 2-0 yendi.
A Puan durumunda ilk beş:
A 1. Galatasaray 65 puan
A 2. Fenerbahçe 62 puan
A 3. Trabzonspor 45 puan
A 4. Beşiktaş 44 puan
A 5. Başakşehir 40 puan
A Ligde gelecek hafta Kadıköy'de dev derbi oynanacak.
""",
    # a recipe
    "tr_tarif": """\
A Mercimek çorbası, kış aylarının vazgeçilmez lezzeti. İşte annelerimizin tarifi.
A Malzemeler
A 1 su bardağı kırmızı mercimek
A 1 adet soğan
A 1 adet havuç
A 1 yemek kaşığı tereyağı
A 6 su bardağı sıcak su
A Hazırlanışı
A 1. Soğanı ve havucu doğrayıp tereyağında kavurun.
A 2. Mercimeği ve suyu ekleyip 25 dakika pişirin.
A 3. Blenderdan geçirin, tuz ve kimyon ekleyin.
A Afiyet olsun!
""",
    # a court report
    "tr_mahkeme": """\
A İzmir'de depremde yıkılan apartmanın müteahhidine 18 yıl hapis cezası verildi.
A Mahkeme heyeti kararı okurken salonda bulunan depremzede aileler gözyaşlarını tutamadı.
A "Sanığın olası kastla birden fazla kişinin ölümüne neden olma suçundan cezalandırılmasına" hükmedildi.
A Karara itiraz edileceği açıklandı.
""",
    # an FAQ
    "tr_sss": """\
H Emeklilere bayram ikramiyesi: Merak edilenler
A İkramiye ne zaman yatacak?
A Ödemeler bayramdan bir hafta önce hesaplara geçecek.
A Tutar ne kadar?
A Bu yıl ikramiye 4 bin lira olarak belirlendi.
A Kimler alabilecek?
A SGK ve Bağ-Kur'dan aylık alan tüm emekliler.
""",
    # -- Japanese ----------------------------------------------------------------------------------------------------
    # election results
    "ja_senkyo": """\
A 任期満了に伴う松本市長選挙は21日投開票され、無所属の現職が3選を果たした。
A 開票結果は次の通り。
A 当 臥雲義尚 48,215
A 　 百瀬智之 31,402
A 　 田中昭雄 9,876
A 投票率は45.12％で、前回を3.2ポイント上回った。
A 現職は支持者を前に「市民の皆さんとともに歩む」と語った。
""",
    # a recipe with steps
    "ja_recipe": """\
A 寒い日にぴったりの豚汁。料理研究家の山本さんに、失敗しないこつを聞いた。
A 材料（4人分）
A 豚バラ肉 200g
A 大根 1/4本
A にんじん 1本
A 味噌 大さじ4
A 作り方
A 1. 野菜を食べやすい大きさに切る。
A 2. 鍋にごま油を熱し、豚肉と野菜を炒める。
A 3. 水を加えて15分煮る。
A 4. 火を止めて味噌を溶き入れる。
A 「味噌は最後に入れるのが大事です」と山本さん。
""",
    # an abstract with its headings
    "ja_abstract": """\
A 東北大学の研究チームは、昼寝が高齢者の記憶力に与える影響を調べた研究結果を発表した。
A 【目的】
A 短時間の昼寝が高齢者の記憶力を改善するかを検証する。
A 【方法】
A 65歳以上の男女312人を二つのグループに分け、3カ月間追跡した。
A 【結果】
A 30分以内の昼寝をしたグループでは、記憶テストの点数が平均12％向上した。
A 【結論】
A 短い昼寝は認知機能の維持に役立つ可能性がある。
""",
    # an interview with short turns
    "ja_interview": """\
A 今年で創業100年を迎えた京都の老舗和菓子店の四代目、中村さんに話を聞いた。
A ――100年続いた理由は。
A 変えなかったことと、変えたことの両方です。
A ――変えたこととは。
A 砂糖の量です。昔より3割減らしました。
A ――次の100年は。
A 分かりません。でも、あんこは炊き続けます。
""",
    # -- Chinese -----------------------------------------------------------------------------------------------------
    # a ranking table as lines
    "zh_rank": """\
A 2024赛季中超联赛第28轮战罢，上海海港提前两轮锁定冠军。
A 积分榜前五名如下：
A 1. 上海海港 68分
A 2. 上海申花 63分
A 3. 成都蓉城 57分
A 4. 北京国安 52分
A 5. 山东泰山 50分
A 下一轮，海港将在主场迎战申花。
""",
    # an itinerary by day
    "zh_itinerary": """\
A 五一假期将至，不少游客计划前往云南。记者整理了一条五天的经典线路。
A 第一天：昆明
A 游览滇池和翠湖公园，晚上品尝过桥米线。
A 第二天：大理
A 乘坐高铁前往大理，骑车环洱海。
A 第三天：大理—丽江
A 上午参观崇圣寺三塔，下午抵达丽江古城。
A 第四天：玉龙雪山
A 建议提前预约索道，注意防寒。
A 第五天：返程
A 专家提醒，高原地区要注意防晒和补水。
""",
    # patch notes of an app
    "zh_patch": """\
A 微信近日发布8.0.50版本更新，新增多项实用功能。
A 本次更新内容如下：
A 1. 聊天记录支持按日期搜索
A 2. 朋友圈可设置仅展示最近一个月
A 3. 修复部分机型发送图片失败的问题
A 用户可在应用商店下载更新。
""",
    # an FAQ
    "zh_faq": """\
A 个人养老金制度全面实施，市民关心的问题有哪些？记者采访了有关部门。
A 问：谁可以参加？
A 答：在中国境内参加城镇职工或城乡居民基本养老保险的劳动者。
A 问：每年最多缴多少？
A 答：12000元。
A 问：什么时候可以领取？
A 答：达到领取基本养老金年龄时。
""",
    # -- Korean ------------------------------------------------------------------------------------------------------
    # election results
    "ko_election": """\
A 제22대 국회의원 선거 개표 결과, 더불어민주당이 과반 의석을 확보했다.
A 정당별 의석수는 다음과 같다.
A 더불어민주당 175석
A 국민의힘 108석
A 조국혁신당 12석
A 개혁신당 3석
A 투표율은 67.0%로 32년 만에 가장 높았다.
""",
    # a recipe
    "ko_recipe": """\
A 김장철을 맞아 초보자도 쉽게 따라 할 수 있는 배추김치 담그는 법을 소개한다.
A 재료
A 배추 2포기
A 무 1개
A 고춧가루 2컵
A 멸치액젓 1컵
A 만드는 법
A 1. 배추를 반으로 갈라 소금물에 8시간 절인다.
A 2. 무를 채 썰어 양념과 버무린다.
A 3. 절인 배추 잎 사이사이에 양념을 넣는다.
A 4. 김치통에 담아 하루 동안 실온에서 익힌다.
A 맛있게 드세요.
""",
    # a comparison with spec lines
    "ko_compare": """\
A 올해 출시된 보급형 스마트폰 두 종을 비교해 봤다.
A 갤럭시 A55
A 화면: 6.6인치
A 배터리: 5000mAh
A 가격: 59만 원
A 아이폰 SE
A 화면: 4.7인치
A 배터리: 2018mAh
A 가격: 65만 원
A 배터리를 중시한다면 갤럭시가, 작은 크기를 원한다면 아이폰이 낫다.
""",
    # -- Arabic ------------------------------------------------------------------------------------------------------
    # match results
    "ar_results": """\
A واصل الهلال صدارته لدوري روشن السعودي بعد فوزه على الاتحاد بثلاثة أهداف مقابل هدف.
A وجاءت نتائج الجولة على النحو التالي:
A الهلال 3 - 1 الاتحاد
A النصر 2 - 0 الشباب
A الأهلي 1 - 1 التعاون
A الفتح 0 - 2 الاتفاق
A ويلتقي الهلال في الجولة المقبلة مع النصر في ديربي الرياض.
""",
    # a court report with the verdict quoted
    "ar_court": """\
A قضت محكمة جنايات القاهرة بالسجن المشدد عشر سنوات على موظف سابق في أحد البنوك بتهمة الاستيلاء على أموال العملاء.
A وجاء في منطوق الحكم: «حكمت المحكمة حضوريا بمعاقبة المتهم بالسجن المشدد لمدة عشر سنوات وإلزامه برد المبالغ المستولى عليها».
A وكان المتهم قد أنكر التهم الموجهة إليه خلال الجلسات.
A والحكم قابل للطعن أمام محكمة النقض.
""",
    # an itinerary
    "ar_itinerary": """\
A ثلاثة أيام في الأردن تكفي لرؤية أجمل معالمه إذا أحسنت التخطيط.
A اليوم الأول: عمّان
A جولة في جبل القلعة والمدرج الروماني، ثم عشاء في وسط البلد.
A اليوم الثاني: البتراء
A انطلق مبكرا لتصل إلى الخزنة قبل وصول المجموعات السياحية.
A اليوم الثالث: وادي رم
A ليلة في مخيم بدوي تحت سماء مليئة بالنجوم.
A رحلة سعيدة.
""",
    # -- Finnish, Czech, Norwegian, Greek, Indonesian, Hindi -------------------------------------------------------
    # election results
    "fi_vaalit": """\
A Kokoomus nousi Helsingin kuntavaalien suurimmaksi puolueeksi. Vihreät menetti kuusi valtuustopaikkaa.
A Puolueiden kannatus Helsingissä:
A Kokoomus 27,8 %
A Vihreät 19,6 %
A SDP 18,9 %
A Vasemmistoliitto 12,1 %
A Perussuomalaiset 8,4 %
A Äänestysprosentti oli 61,3.
""",
    # a recipe
    "cs_recept": """\
A Svíčková na smetaně patří k nejoblíbenějším českým jídlům. Přinášíme recept paní Jany Novotné z Kolína.
A Suroviny
A 1 kg hovězí svíčkové
A 2 mrkve
A 1 petržel
A 200 ml smetany
A Postup
A 1. Maso prošpikujte slaninou a osolte.
A 2. Zeleninu nakrájejte a orestujte na másle.
A 3. Maso s kořením a zeleninou pečte dvě hodiny.
A 4. Omáčku rozmixujte a zjemněte smetanou.
A Podávejte s knedlíkem a brusinkami.
""",
    # an article about a paywall, in Norwegian
    "no_betalingsmur": """\
A Stadig flere lokalaviser legger innholdet bak betalingsmur. Nå har over 80 prosent av norske aviser en slik løsning.
A Abonner for 1 krone den første måneden er et tilbud mange lesere har sett.
A Ifølge Mediebedriftenes Landsforening betaler nesten halvparten av nordmenn for minst ett nettabonnement.
A – Folk har vent seg til å betale for lokal journalistikk, sier medieforsker Kari Dahl.
A Men mange sier opp abonnementet når tilbudsperioden er over.
""",
    # a poem quoted, in Greek
    "el_poiima": """\
A Στη Θεσσαλονίκη τιμήθηκε η μνήμη του ποιητή Μανόλη Αναγνωστάκη, εκατό χρόνια από τη γέννησή του.
A Μαθητές διάβασαν τους γνωστούς στίχους του:
A Κι όμως δεν τέλειωσε τίποτα,
A όλα είναι ακόμη εδώ.
A Η εκδήλωση ολοκληρώθηκε με τραγούδια σε στίχους του.
""",
    # an itinerary in Indonesian
    "id_rencana": """\
A Liburan tiga hari di Yogyakarta bisa diatur tanpa terburu-buru. Berikut rencana perjalanan yang kami susun.
A Hari 1: Keraton dan Malioboro
A Kunjungi Keraton pada pagi hari, lalu berjalan kaki menyusuri Malioboro sore harinya.
A Hari 2: Borobudur
A Berangkat subuh untuk melihat matahari terbit dari Punthuk Setumbu.
A Hari 3: Prambanan
A Candi Prambanan paling indah saat senja.
A Selamat berlibur!
""",
    # election results in Hindi
    "hi_chunav": """\
A दिल्ली नगर निगम चुनाव में आम आदमी पार्टी ने बहुमत हासिल कर लिया है।
A पार्टियों को मिली सीटें इस प्रकार हैं:
A आम आदमी पार्टी 134
A भारतीय जनता पार्टी 104
A कांग्रेस 9
A निर्दलीय 3
A मतदान प्रतिशत 50.4 रहा।
""",
    # -- bilingual ---------------------------------------------------------------------------------------------------
    # English article with Spanish quotes and their translations
    "en_es_bilingual": """\
A In Miami's Little Havana, a new city programme is teaching older Cuban-Americans to use their smartphones.
A "Tengo nietos en Madrid y quiero verlos," said Marta Díaz, 79. I have grandchildren in Madrid and I want to see them.
A The classes are taught in Spanish, twice a week, at the Domino Park community room.
A "Ahora les mando fotos todos los días." Now I send them photos every day.
A The programme has a waiting list of 200 people.
""",
    # Japanese article with English terms
    "ja_en_bilingual": """\
A 東京都は外国人観光客向けの防災案内を英語と日本語で発表した。
A 地震が起きたら、まず身を守ってください。
A If an earthquake occurs, protect yourself first.
A 揺れが収まったら、近くの避難所へ移動してください。
A When the shaking stops, go to the nearest evacuation shelter.
A 案内は都内の主要駅で配布される。
""",
    # ===== ROUND 2 (after reading the line vocabularies of comments, metadata, signup, promos, widgets) ================
    # a column's subheading that opens on a count of thoughts, mid-article and closing it
    "en_thoughts": """\
A Labour's first budget in fourteen years was always going to disappoint someone. On Wednesday it managed to disappoint almost everyone.
A The chancellor raised £40bn in taxes, most of it from employers, and promised that working people would not pay a penny more.
A Three thoughts on the budget
A First, the rise in employers' national insurance will be paid by workers in the end, through lower pay rises.
A Second, the fiscal rules have been rewritten so that borrowing for investment no longer counts in the same way.
A Third, nobody will remember any of this by Christmas unless the NHS waiting lists come down.
A Two responses to the housing crisis
A The budget doubled the affordable homes programme and cut stamp duty relief for first-time buyers.
A The two measures point in opposite directions, and builders say they will wait and see.
""",
    # interview answers that read as buttons or stamps, ending on one of them
    "en_answers": """\
A Agnes Moffat opened her bakery on Leith Walk in 1974 and has baked every morning since. We asked her a few questions as she turns 80.
A When did you last take a holiday?
A Yesterday.
A Really?
A I closed at noon and went to the beach. That counts.
A Will you ever retire?
A Maybe later.
A What would you tell a young baker?
A Listen.
A To whom?
A The dough. It tells you when it's ready.
A And your next birthday cake?
A Not now.
""",
    # a culture guide whose subheadings are the verbs of a player's buttons
    "en_culture_guide": """\
A The best things to see, hear and read this weekend, chosen by our critics.
A Watch
A Slow Horses returns for a fourth series on Apple TV+ on Wednesday, with Gary Oldman as the most slovenly spy in London.
A Listen
A The new album from Nilüfer Yanya, My Method Actor, is her most confident record yet: ten songs, not one of them wasted.
A Read
A Sally Rooney's Intermezzo follows two brothers after their father's death. It is her best novel.
A Play
A Astro Bot on PlayStation 5 is the most joyful game of the year.
""",
    # a round-up whose subheadings are one word: Elsewhere, Latest
    "en_elsewhere": """\
A Liverpool moved two points clear at the top of the Premier League with a 2-0 win over Brighton at Anfield, Salah scoring twice in the second half.
A Arsenal were held 1-1 at Stamford Bridge by Chelsea, whose equaliser came from a deflected Pedro Neto shot.
A Elsewhere
A Nottingham Forest's remarkable start continued with a 3-0 win at West Ham, and Bournemouth beat Manchester City for the first time.
A Wolves remain bottom after a 4-1 defeat at Fulham.
A Latest
A Manchester United have confirmed that Ruben Amorim will take charge of his first game against Ipswich next Sunday.
""",
    # a wine column with its spec lines
    "en_wine": """\
A Spanish whites have come a long way in the past decade, and this week's pick shows how far.
A It is a Godello from the hills of Valdeorras, fermented in old oak and aged for six months on its lees.
A Region: Valdeorras, Galicia
A Grape: Godello
A Price: £14.50
A Expect ripe pear, a little smoke and a long, salty finish. It would be perfect with grilled fish.
""",
    # a film review with its fact box, language row included
    "en_film": """\
A Thomas Vinterberg's new film follows four teachers who decide to test a theory that humans are born with too little alcohol in their blood.
A It is funny, then sad, then wonderfully, unexpectedly joyful, and Mads Mikkelsen's final dance is one of the great scenes of recent cinema.
A Director: Thomas Vinterberg
A Language: Danish
A Running time: 117 minutes
A Certificate: 12A
A Another Round is in cinemas from Friday.
""",
    # a DIY materials list with a count of posts
    "en_diy": """\
A A picket fence is one of the easiest weekend projects for a first-time builder, and a three-metre run costs less than £150 in materials.
A You will need:
A Posts: 4
A Rails: 6
A Pickets: 30
A Postcrete: 4 bags
A Start by marking out the line with string and two pegs, then dig the post holes 60cm deep.
""",
    # a product comparison with its prices, RRP included
    "en_rrp": """\
A We tested the three best-selling cordless vacuum cleaners of the year in a family home with two dogs.
A Dyson V15 Detect
A RRP: £599
A Battery: 60 minutes
A Shark Stratos
A RRP: £399
A Battery: 60 minutes
A Vax Blade 4
A RRP: £249
A Battery: 45 minutes
A The Shark picked up the most dog hair, and at £200 less than the Dyson it is our pick.
""",
    # a listicle of ways to help, with one-word lead-ins
    "en_help": """\
A The floods in Valencia have left thousands of families without homes. If you want to help from abroad, here is how.
A Donate
A The Spanish Red Cross and Cáritas are collecting money for food, clothes and temporary housing.
A Volunteer
A Local councils are coordinating volunteers through their websites. Do not travel without registering first.
A Share
A Posting accurate information from the emergency services helps more than sharing dramatic videos.
A Every euro counts.
""",
    # a letters page: a letter opening on "In reply to", a signature with a role
    "en_letters2": """\
A Your letters on the future of the high street drew a large response this week. Here is a selection.
A In reply to Derek Pike: the shops did not close because of parking charges.
A They closed because we all buy online, me included.
A Joan Beresford
A Whitby
A As a former newspaper editor, I know how hard it is to report on a town you love without sounding like a eulogy.
A Colin Marsh, retired newspaper editor
A Scarborough
""",
    # a year-in-review under the names of news sections
    "en_review_sections": """\
A It was the year of elections, heatwaves and a summer of sport. Here is how 2024 looked in our pages.
A Politics
A Labour won a landslide in July, ending fourteen years of Conservative government, and Keir Starmer became prime minister.
A Sport
A Team GB won 65 medals at the Paris Olympics, and England reached a second successive European Championship final.
A Weather
A The wettest 18 months on record ended in a hot, dry August.
A Business
A Inflation returned to the Bank of England's 2% target in May for the first time in three years.
""",
    # an article ending on a one-word "Today." and a Eurovision line "12 points"
    "en_eurovision": """\
A Switzerland's Nemo won the Eurovision Song Contest in Malmö on Saturday night with The Code, a song about finding a way between male and female.
A The UK's Olly Alexander finished 18th, with no points at all from the public vote.
A The jury of Ireland gave the UK its highest mark of the night.
A 12 points.
A Asked when they would start writing a new song, Nemo laughed.
A "Today."
""",
    # a quiz: the answers' count
    "en_quiz": """\
A Our Christmas quiz has 50 questions on the year's news. The answers are at the bottom of the page.
A 1. Which country won Eurovision?
A 2. Who became Britain's prime minister in July?
A 3. Which city hosted the Olympic Games?
A Answers
A 1. Switzerland
A 2. Keir Starmer
A 3. Paris
A How did you do? Most of our testers got 30 answers.
""",
    # patch notes under the headings of a changelog
    "en_changelog": """\
A The open-source photo editor Darkroom Lite released version 3.0 on Tuesday after two years of work.
A Its changelog is unusually readable. These are the main entries.
A Added
A - A new noise reduction module based on machine learning
A - Support for Fujifilm's compressed RAW files
A Updated
A - The export dialog now remembers the last folder
A - Translations for Polish and Turkish
A Removed
A - The old Windows 7 installer
A The release is free to download for Windows, macOS and Linux.
""",
    # a survey of baby names with "Most popular" subheadings
    "en_names": """\
A Olivia and Noah were again the most popular baby names in England and Wales last year, according to the Office for National Statistics.
A Muhammad rose to second place for boys, and Amelia to third for girls.
A Most popular
A Olivia, Noah, Amelia, Muhammad, Isla, Oliver
A Fastest rising
A Maeve, Ezra, Margot, Bodhi
A The ONS said names from television dramas and social media stars rose fastest.
""",
    # a research paper's summary with its keywords line
    "en_keywords": """\
A Hedgerows planted in the last twenty years hold almost as many bee species as ancient ones, a study from the University of Reading has found.
A Researchers counted bees along 120 hedges on 40 farms in southern England over two summers.
A New hedges held 85% of the species found in hedges more than 200 years old.
A Keywords: bees, hedgerows, pollination, farmland
A The paper is published in the Journal of Applied Ecology.
""",
    # a Russian study's summary under its headings, "Обсуждение" among them
    "ru_abstract": """\
A Учёные Томского государственного университета выяснили, как сибирские лягушки переживают зимние морозы.
A Цель
A Изучить, при какой температуре остистая лягушка сохраняет способность к восстановлению после замерзания.
A Методы
A В эксперименте участвовали 120 особей, собранных в окрестностях Томска осенью 2022 года.
A Результаты
A Лягушки выживали при охлаждении до минус 35 градусов и восстанавливались в течение суток.
A Обсуждение
A Такая устойчивость объясняется высокой концентрацией глюкозы в клетках печени.
A Исследование опубликовано в журнале «Экология».
""",
    # a Turkish study's summary under its headings, "Tartışma" among them
    "tr_ozet": """\
A Hacettepe Üniversitesi'nden araştırmacılar, okul öncesi çocuklarda ekran süresinin dil gelişimine etkisini inceledi.
A Amaç
A Günlük ekran süresi ile kelime dağarcığı arasındaki ilişkiyi belirlemek.
A Yöntem
A Ankara'da 3-5 yaş arası 412 çocuğun ebeveynleriyle görüşme yapıldı ve çocuklara dil testi uygulandı.
A Bulgular
A Günde iki saatten fazla ekran karşısında kalan çocukların kelime puanı yüzde 18 daha düşük bulundu.
A Tartışma
A Sonuçlar, ekran süresinin aile içi konuşmanın yerini aldığını düşündürüyor.
A Çalışma Türk Pediatri Arşivi'nde yayımlandı.
""",
    # a Polish summary, closing on its discussion section
    "pl_streszczenie": """\
A Naukowcy z Uniwersytetu Warszawskiego sprawdzili, czy miejskie ogrody społeczne poprawiają samopoczucie seniorów.
A Metody
A Przez sześć miesięcy badano 96 osób w wieku powyżej 65 lat uprawiających działki w trzech dzielnicach Warszawy.
A Wyniki
A U uczestników odnotowano o 20 procent niższy poziom poczucia samotności niż w grupie kontrolnej.
A Dyskusja
A Autorzy podkreślają, że kluczowy był kontakt z innymi ogrodnikami, a nie sama praca w ziemi.
""",
    # the French baccalauréat's two exercises, "Commentaire" as a subheading
    "fr_bac": """\
A Les 520 000 candidats au bac de français ont planché jeudi matin pendant quatre heures.
A Comme chaque année, ils avaient le choix entre deux exercices.
A Dissertation
A Le sujet portait sur « Les Fleurs du mal » et la question de la beauté dans la laideur.
A Commentaire
A Les candidats devaient commenter un extrait de « La Princesse de Clèves ».
A Les résultats seront publiés le 4 juillet.
""",
    # an Italian exam under the same heading, "Commento"
    "it_maturita": """\
A Oltre 500 mila studenti hanno affrontato mercoledì la prima prova della maturità.
A Tra le tracce proposte, la più scelta è stata quella su Pirandello.
A Analisi del testo
A Gli studenti dovevano analizzare una poesia di Ungaretti.
A Commenti
A I professori hanno giudicato le tracce alla portata dei ragazzi, più difficili quelle di attualità.
A Giovedì la seconda prova.
""",
    # one-line answers that read as a dialog's buttons, in six languages
    "de_antworten": """\
A Erika Haas führt seit 1979 das einzige Kino in Wunsiedel. Zum 45. Jubiläum haben wir ihr ein paar Fragen gestellt.
A Haben Sie je ans Aufhören gedacht?
A Nein, danke.
A Was ist Ihr Lieblingsfilm?
A Das ändert sich jede Woche.
A Und wann gehen Sie in Rente?
A Nicht jetzt.
""",
    "fr_reponses": """\
A Jeanne Morel, 91 ans, vient de publier son premier roman. Nous l'avons rencontrée dans sa maison de Dinan.
A Pourquoi avoir attendu si longtemps ?
A Je n'avais pas le temps. J'élevais cinq enfants.
A Et le prochain livre ?
A Pas maintenant.
""",
    "es_respuestas": """\
A Pilar Ortega, 84 años, sigue atendiendo cada mañana el quiosco de prensa de la plaza Mayor de Salamanca.
A ¿Ha pensado en cerrar?
A Ahora no.
A ¿Cuándo, entonces?
A Cuando la gente deje de leer periódicos.
""",
    "sv_svar": """\
A Gunnar Ek har fiskat på Vättern i 60 år. Vi träffade honom i hamnen i Hjo.
A Har du tänkt sluta?
A Kanske senare.
A Vad är det bästa med Vättern?
A Tystnaden. Och rödingen.
""",
    "pl_odpowiedzi": """\
A Stanisław Kowal od 50 lat prowadzi zakład szewski w Lublinie. Zapytaliśmy go o przyszłość.
A Myśli pan o emeryturze?
A Nie teraz.
A A kiedy?
A Może później.
""",
    # film fact boxes with their language row, in five languages
    "de_film": """\
A Thomas Vinterbergs neuer Film erzählt von vier Lehrern, die eine Theorie über den Alkoholspiegel im Blut testen wollen.
A Er ist komisch, dann traurig, dann unerwartet glücklich, und Mads Mikkelsens Tanz am Ende ist eine der großen Szenen des Kinojahres.
A Regie: Thomas Vinterberg
A Sprache: Dänisch mit Untertiteln
A Länge: 117 Minuten
A Der Film läuft ab Donnerstag in den Kinos.
""",
    "fr_film": """\
A Le nouveau film de Thomas Vinterberg suit quatre professeurs qui décident de tester une théorie sur le taux d'alcool dans le sang.
A Drôle, puis triste, puis joyeux, il s'achève sur une danse de Mads Mikkelsen qui restera dans les mémoires.
A Réalisation : Thomas Vinterberg
A Langue : danois sous-titré
A Durée : 1 h 57
A En salles mercredi.
""",
    "es_pelicula": """\
A La nueva película de Thomas Vinterberg sigue a cuatro profesores que deciden probar una teoría sobre el alcohol en la sangre.
A Es divertida, luego triste y al final inesperadamente alegre, con un baile de Mads Mikkelsen que quedará en la memoria.
A Dirección: Thomas Vinterberg
A Idioma: danés con subtítulos
A Duración: 117 minutos
A Se estrena el viernes.
""",
    "it_film": """\
A Il nuovo film di Thomas Vinterberg racconta quattro insegnanti che decidono di mettere alla prova una teoria sull'alcol nel sangue.
A È divertente, poi triste, poi inaspettatamente gioioso, e il ballo finale di Mads Mikkelsen resterà nella memoria.
A Regia: Thomas Vinterberg
A Lingua: danese con sottotitoli
A Durata: 117 minuti
A Nelle sale da giovedì.
""",
    "sv_film": """\
A Thomas Vinterbergs nya film handlar om fyra lärare som bestämmer sig för att testa en teori om alkohol i blodet.
A Den är rolig, sedan sorglig och till sist oväntat lycklig, och Mads Mikkelsens dans i slutet är en av årets stora filmscener.
A Regi: Thomas Vinterberg
A Språk: danska
A Längd: 117 minuter
A Filmen har premiär på fredag.
""",
    # a Swedish culture guide under the verbs of a player's buttons
    "sv_kulturtips": """\
A Helgens bästa kultur, utvald av våra kritiker.
A Se
A Nya säsongen av Bonusfamiljen har premiär på SVT Play på söndag.
A Lyssna
A Veronica Maggios nya skiva är hennes bästa på tio år.
A Spela
A Astro Bot till Playstation 5 är årets mest glädjefyllda spel.
A Läs
A Kristina Sandbergs nya roman utspelar sig i Umeå på 1950-talet.
""",
    # the Swedish IMRaD heading for "Discussion" and a Czech one, closing
    "cs_abstrakt": """\
A Vědci z Masarykovy univerzity zkoumali, jak hluk z dálnice ovlivňuje zpěv sýkor.
A Metody
A Nahrávali zpěv 60 samců sýkory koňadry v různé vzdálenosti od dálnice D1 u Brna.
A Výsledky
A Ptáci žijící do 200 metrů od dálnice zpívali v průměru o 300 hertzů výš.
A Diskuse
A Autoři se domnívají, že vyšší tóny pomáhají ptákům přehlušit nízký hluk aut.
""",
    # ===== ROUND 3 (after the fixes: their shapes in other languages, and the byline's role) ========================
    # film boxes whose rows a site's settings also have: country, language
    "es_ficha": """\
A La nueva película de Thomas Vinterberg sigue a cuatro profesores que deciden poner a prueba una teoría sobre el alcohol.
A Es divertida, luego triste y al final inesperadamente alegre.
A Dirección: Thomas Vinterberg
A País: Dinamarca
A Idioma: danés
A Duración: 117 minutos
A Se estrena el viernes en toda España.
""",
    "pt_ficha": """\
A O novo filme de Thomas Vinterberg acompanha quatro professores que decidem testar uma teoria sobre o álcool no sangue.
A É divertido, depois triste e no fim inesperadamente alegre.
A Realização: Thomas Vinterberg
A País: Dinamarca
A Idioma: dinamarquês
A Duração: 117 minutos
A Estreia na quinta-feira.
""",
    "nl_film": """\
A De nieuwe film van Thomas Vinterberg volgt vier leraren die een theorie over alcohol in het bloed willen testen.
A Hij is grappig, dan verdrietig en aan het eind onverwacht vrolijk.
A Regie: Thomas Vinterberg
A Land: Denemarken
A Taal: Deens
A Duur: 117 minuten
A Vanaf donderdag in de bioscoop.
""",
    "da_film": """\
A Thomas Vinterbergs nye film handler om fire lærere, der beslutter sig for at teste en teori om alkohol i blodet.
A Den er sjov, så trist og til sidst uventet lykkelig.
A Instruktør: Thomas Vinterberg
A Sprog: dansk
A Længde: 117 minutter
A Filmen har premiere torsdag.
""",
    "cs_film": """\
A Nový film Thomase Vinterberga sleduje čtyři učitele, kteří se rozhodnou vyzkoušet teorii o alkoholu v krvi.
A Je vtipný, pak smutný a nakonec nečekaně radostný.
A Režie: Thomas Vinterberg
A Jazyk: dánština s titulky
A Délka: 117 minut
A V kinech od čtvrtka.
""",
    "ru_film": """\
A Новый фильм Томаса Винтерберга рассказывает о четырёх учителях, которые решили проверить теорию об алкоголе в крови.
A Он смешной, потом грустный и в конце неожиданно радостный.
A Режиссёр: Томас Винтерберг
A Язык: датский
A Продолжительность: 117 минут
A В прокате с четверга.
""",
    # a poll's method box, its count of answers in a forum's row
    "fr_sondage": """\
A Près de deux Français sur trois se disent favorables à l'interdiction des téléphones portables au collège, selon un sondage Ifop.
A Le soutien est plus fort chez les parents d'enfants scolarisés, à 71 %.
A Méthode : questionnaire en ligne
A Réponses : 2 012
A Marge d'erreur : 2,2 points
A Dates : du 3 au 5 mars
A Le ministère doit présenter son plan en avril.
""",
    "nl_enquete": """\
A Bijna de helft van de Nederlandse studenten heeft moeite om rond te komen, blijkt uit een enquête van het ISO.
A Vooral studenten die op kamers wonen in Amsterdam en Utrecht komen tekort.
A Methode: online vragenlijst
A Reacties: 4.210
A Periode: januari en februari
A Het ISO wil dat de basisbeurs omhoog gaat.
""",
    # interview answers in other languages
    "it_risposte": """\
A Giuseppe Russo ripara biciclette da cinquant'anni nella stessa bottega di Trastevere. Gli abbiamo fatto qualche domanda.
A Ha mai pensato di smettere?
A Non ora.
A E quando?
A Quando le biciclette smetteranno di rompersi.
A Un consiglio ai giovani?
A No, grazie. Niente consigli.
""",
    "pt_respostas": """\
A Maria Fernandes vende castanhas no Chiado há quarenta invernos. Fizemos-lhe algumas perguntas.
A Já pensou em reformar-se?
A Agora não.
A E o que mais gosta neste trabalho?
A O cheiro. E as conversas.
""",
    "nl_antwoorden": """\
A Kees de Vries is al veertig jaar sluiswachter in Muiden. We stelden hem een paar vragen.
A Denkt u weleens aan stoppen?
A Niet nu.
A Wat is het mooiste aan uw werk?
A De stilte om zes uur 's ochtends.
""",
    "da_svar": """\
A Inge Madsen har drevet kiosken ved Nyhavn i 45 år. Vi stillede hende et par spørgsmål.
A Har du tænkt på at stoppe?
A Måske senere.
A Hvad er det bedste ved jobbet?
A Turisterne. De spørger altid om vej.
""",
    # a culture guide's and a guide's series of subheadings that buttons share, in German and Turkish
    "de_kulturtipps": """\
A Die besten Kulturtipps für das Wochenende, ausgewählt von unseren Kritikerinnen und Kritikern.
A Sehen
A Die neue Staffel von Babylon Berlin läuft ab Sonntag in der ARD-Mediathek, mit Volker Bruch als Kommissar Rath.
A Hören
A Das neue Album von AnnenMayKantereit ist ruhiger als die Vorgänger und ihr bestes seit Jahren.
A Lesen
A Jenny Erpenbecks Roman Kairos erzählt von einer Liebe im Ost-Berlin der achtziger Jahre.
A Spielen
A Das Brettspiel Cascadia ist das perfekte Spiel für verregnete Familiennachmittage.
""",
    "tr_kultur": """\
A Hafta sonu için eleştirmenlerimizin seçtiği kültür önerileri.
A İzle
A Kızıl Goncalar'ın yeni sezonu pazar akşamı ekranlara geliyor ve ilk bölüm oldukça iddialı.
A Dinle
A Mabel Matiz'in yeni albümü, sanatçının bugüne kadarki en olgun işi olarak öne çıkıyor.
A Oku
A Orhan Pamuk'un yeni romanı, İstanbul'un yüz yıllık hikayesini bir ailenin gözünden anlatıyor.
""",
    # a prize's judges with their roles, and a letter signed with its writer's
    "en_judges": """\
A The shortlist for this year's Orwell Prize for Political Writing was announced on Thursday, with six books chosen from 212 entries.
A The judges are:
A Sarah Baxter, deputy editor
A Gary Younge, former Guardian columnist
A Anand Menon, political scientist
A The winner will be announced at a ceremony in London on 25 June.
""",
    # ===== ROUND 4 (the comment section's weak markers as the article's subheadings and labels) ======================
    # a language course's lesson: "Conversation" as a subheading, mid-article
    "en_lesson": """\
A This week's Spanish lesson is about ordering food in a restaurant, and the phrases you will need most often.
A Vocabulary
A La carta means the menu, and la cuenta means the bill. A waiter is el camarero, and a table is una mesa.
A Conversation
A When the waiter arrives, you can say "Una mesa para dos, por favor" to ask for a table for two.
A To order, say "Quisiera" followed by the dish, which is more polite than "Quiero".
A Practice
A Try the phrases aloud with a friend before your next trip, and do not worry about your accent.
""",
    # a school report's labels, "Comments:" among them
    "en_report": """\
A For the first time, parents in Wiltshire will receive their children's school reports through an app rather than on paper.
A Each report follows the same template, which the council published this week as an example.
A Subject: Mathematics
A Attainment: Secure
A Comments:
A Amira works hard and asks good questions. She should practise her times tables at home.
A Parents can still ask for a printed copy at the school office.
""",
    # a Swedish school story: "Diskutera" over its questions
    "sv_diskutera": """\
A Allt fler skolor i Sverige förbjuder mobiltelefoner under skoldagen. Från hösten gäller ett förbud i hela landet.
A Regeringen menar att eleverna lär sig bättre och får mer ro i klassrummet utan mobiler.
A Diskutera
A Tycker du att mobilförbudet är bra eller dåligt?
A Hur använder du själv mobilen i skolan?
A Eleverna på Rinkebyskolan har redan haft förbud i två år och säger att de har vant sig.
""",
    # a Spanish wine review under a "Comentario" heading
    "es_cata": """\
A El Consejo Regulador de la Rioja ha elegido el mejor vino joven de la cosecha de 2024 en su cata anual de Logroño.
A El ganador es un tempranillo de Haro elaborado por una bodega familiar con apenas diez hectáreas de viñedo.
A Comentario
A Color cereza picota, aroma intenso a fruta roja y un final largo y fresco, según el panel de catadores.
A La bodega producirá 40.000 botellas este año.
""",
    # a French consultation's results: "Vos commentaires" as the readers' own, the article's subject
    "fr_consultation": """\
A La mairie de Rennes a publié les résultats de la consultation sur la piétonnisation du centre historique.
A Plus de 6 000 habitants ont répondu au questionnaire en ligne entre janvier et mars.
A Commentaires
A Les remarques les plus fréquentes portent sur les livraisons et l'accès des personnes âgées aux commerces.
A Le conseil municipal votera le projet définitif en juin.
""",
    # a German council's "Zur Diskussion" as an agenda heading
    "de_tagesordnung": """\
A Der Stadtrat von Erlangen berät am Donnerstag über den Bau einer neuen Straßenbahnlinie ins Umland.
A Auf der Tagesordnung stehen außerdem der Haushalt und die Sanierung des Freibads.
A Zur Diskussion
A Die Grünen wollen die Trasse durch den Schlossgarten führen, die CSU lehnt das ab.
A Die Sitzung ist öffentlich und beginnt um 16 Uhr im Rathaus.
""",
    # an English article closing on reader responses it reports, under "Reader comments"
    "en_reader_comments": """\
A Last week we asked readers whether the town's new cycle lanes had changed how they travel. More than 400 of you replied.
A Most said they now cycle to work at least once a week, and a quarter said they had bought a bike for the first time in years.
A Reader comments
A Several readers wrote that the lanes stop just where they are needed most, at the roundabout by the station.
A The council says it will extend them next spring.
""",
    # a Polish lesson closing on "Dyskusja" over questions
    "pl_lekcja": """\
A Ministerstwo Edukacji opublikowało nowe materiały dla nauczycieli na temat dezinformacji w internecie.
A Materiały zawierają scenariusze lekcji, przykłady fałszywych wiadomości i ćwiczenia dla uczniów szkół średnich.
A Dyskusja
A Czy potrafisz rozpoznać fałszywą wiadomość?
A Skąd czerpiesz informacje o świecie?
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # ROUND 2. One-word subheadings a teaser box opens with ("Elsewhere", "Latest"), each alone between two
    # paragraphs: the shape of a box whose headlines the extractor dropped, the heading left over one teaser's summary
    "en_elsewhere": ["Elsewhere", "Latest"],
    # a ranking's heading over one line of names: a "Most popular" box over its one row of links reads the same
    "en_names": ["Most popular", "Olivia, Noah, Amelia, Muhammad, Isla, Oliver"],
    # a product's box of two rows ("RRP: £599" / "Battery: 60 minutes"): a shop's price box is as short; the fact-box
    # guard asks three rows, two of them plain (a forum's user box has two: "Posts: 4" / "Location: Leeds")
    "en_rrp": ["RRP: £599", "RRP: £399", "RRP: £249"],
    # a series of three subheadings two of which are buttons ("Donate" / "Volunteer" / "Share"): two buttons and one
    # subheading between paragraphs is also residue's shape ("Share" / "Listen" / "Reaction"); four or more are kept
    "en_help": ["Donate", "Share"],
    # a letter's signature with its writer's former job, over the town: a byline with its role (between letters,
    # no list under a colon)
    "en_letters2": ["Colin Marsh, retired newspaper editor"],
    # ROUND 4. The article's own summary of its readers' replies under "Reader comments": the heading that opens a
    # site's comment thread, over lines that read as the comments' (a reader's comment speaks of readers and the council
    # as well); what is under it is the article's only by its reporting voice
    "en_reader_comments": [
        "Reader comments",
        "Several readers wrote that the lanes stop just where they are needed most, at the roundabout by the station.",
        "The council says it will extend them next spring.",
    ],
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, {}, known_lost=KNOWN_LOST
)


_gone = removals_of


#: five paragraphs of an English story, one line each
_STORY = [
    "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
    "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said.",
    "The closure will add twenty minutes to the journeys of some 4,000 commuters who cross the river each morning.",
    "A temporary footbridge is planned for September, though the contract has yet to be signed by the county.",
    "Shops on both banks say they fear a summer of lost trade while the bridge stays shut to traffic.",
]


# -- a fact box's rows whose labels a site's settings or a forum's user box also have --------------------------------


@pytest.mark.parametrize(
    "box",
    [
        ["Director: Thomas Vinterberg", "Language: Danish", "Running time: 117 minutes"],
        ["Region: Valdeorras, Galicia", "Grape: Godello", "Price: £14.50"],
        ["Posts: 4", "Rails: 6", "Postcrete: 4 bags"],
        ["Regie: Thomas Vinterberg", "Sprache: Dänisch", "Länge: 117 Minuten"],
        ["Méthode : questionnaire en ligne", "Réponses : 2 012", "Marge d'erreur : 2,2 points"],
    ],
)
def test_a_fact_box_with_a_settings_or_forum_row_stays(box: list[str]) -> None:
    assert _gone([*BRIDGE_EN, *box, _STORY[2]]) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a site's settings over the article (and no fact beside them)
        (["Edition: UK", "Language: English", *BRIDGE_EN], ["Edition: UK", "Language: English"]),
        # ... under it, over its footer
        ([*BRIDGE_EN, "Edition: UK", "Language: English", "© 2024 Hexham Courant. All rights reserved."],
         ["Edition: UK", "Language: English", "© 2024 Hexham Courant. All rights reserved."]),
        # a footer's settings: one fact beside them
        ([*BRIDGE_EN, "Region: Europe", "Currency: EUR", "Language: English"], ["Region: Europe", "Language: English"]),
        # a forum post's user box between two posts: two rows, one fact
        ([*BRIDGE_EN, "Posts: 4", "Location: Leeds", _STORY[2]], ["Posts: 4"]),
        ([*BRIDGE_EN, "Posts: 1,204", "Joined: 12/03/2019", _STORY[2]], ["Posts: 1,204", "Joined: 12/03/2019"]),
        # a setting alone between two paragraphs
        ([*BRIDGE_EN, "Language: English", _STORY[2]], ["Language: English"]),
        # a box of the same rows over the article's first paragraph: the page's header
        (["Director: Thomas Vinterberg", "Language: Danish", "Running time: 117 minutes", *BRIDGE_EN],
         ["Language: Danish"]),
    ],
)
def test_a_sites_settings_and_a_forums_user_box_still_go(page: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone(page)] == goes


_LONG_READS = {
    "ru": (
        "Как живет человек, который тридцать лет перевозит людей через великую сибирскую реку.",
        ["Текст: Мария Волкова", "Фото: Дмитрий Коротаев / «Коммерсантъ»", "Время чтения: 12 минут"],
        [
            "Николай Степанович встает в пять утра, когда над рекой еще стоит туман.",
            "Паром ходит четыре раза в день, и Степанович знает по именам почти всех пассажиров.",
            "Зимой, когда Обь встает, паромщик превращается в сторожа ледовой переправы.",
        ],
    ),
    "de": (
        "Wie ein Mann lebt, der seit dreißig Jahren Menschen mit der Fähre über den großen Fluss bringt.",
        ["Text: Anna Muster", "Fotos: Peter Beispiel / dpa", "Lesezeit: 12 Minuten"],
        [
            "Jeden Morgen um fünf Uhr steht er auf, wenn über dem Fluss noch der Nebel liegt.",
            "Die Fähre fährt viermal am Tag, und er kennt fast alle Fahrgäste mit ihrem Namen.",
            "Im Winter, wenn der Fluss zufriert, wird aus dem Fährmann der Wächter der Eisbrücke.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_LONG_READS))
def test_a_long_reads_header_under_its_standfirst_goes_whole_and_at_once(lang: str) -> None:
    # (its credit and byline rows are other passes' residue, no facts: counted as facts, they kept the reading time
    # on a first cleaning and let it go on the second)
    standfirst, header, body = _LONG_READS[lang]
    result = cleaner.explain_text("\n".join([standfirst, *header, *body]))
    assert [text for _p, text in removed(result)] == header
    assert cleaner.clean_text(result.text) == result.text


# -- an interview's answer that reads as a dialog's button -------------------------------------------------------------

_EXCHANGE = [
    *BRIDGE_EN,
    "We asked the council's engineer, Ruth Daly, a few questions.",
    "When will the bridge reopen?",
    "By September, if the weather holds.",
    "Will you ever build a new one?",
]


@pytest.mark.parametrize("answer", ["Not now.", "Maybe later.", "Listen.", "No thanks."])
def test_an_interviews_answer_that_reads_as_a_button_stays(answer: str) -> None:
    assert _gone([*_EXCHANGE, answer]) == []
    assert _gone([*_EXCHANGE, answer, "What is the best thing about the job?", "The river at six in the morning."]) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a prompt's buttons under its one question
        ([*BRIDGE_EN, "Would you like to get breaking news alerts?", "Not now.", "Allow"], ["Not now.", "Allow"]),
        ([*BRIDGE_EN, "Would you like to get breaking news alerts?", "Not now", "Allow"], ["Not now", "Allow"]),
        ([*BRIDGE_EN, "Would you like to get breaking news alerts?", "Maybe later."], ["Maybe later."]),
        # a feedback box's questions, none answered
        ([*BRIDGE_EN, "Was this article helpful?", "Not now.", "Did you find what you needed?"],
         ["Was this article helpful?", "Not now."]),
        # a player's button between two paragraphs (with a full stop, "Listen.", it reads as the text's one-word
        # sentence and stays since session 39: test_modern39; keeping a button is the lesser harm)
        ([*BRIDGE_EN, "Listen", _STORY[2]], ["Listen"]),
    ],
)
def test_a_prompts_buttons_still_go(page: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone(page)] == goes


# -- a series of subheadings that buttons share their words with -------------------------------------------------------


@pytest.mark.parametrize(
    "headings",
    [
        ["Watch", "Listen", "Read", "Play"],  # one plain subheading in a series of four
        ["Donate", "Volunteer", "Read", "Share"],
        ["Watch", "Read", "Cook"],  # two plain ones in a series of three
    ],
)
def test_a_series_of_subheadings_that_buttons_share_stays(headings: list[str]) -> None:
    page = [_STORY[0]]
    for heading, paragraph in zip(headings, _STORY[1:], strict=False):
        page += [heading, paragraph]
    assert _gone(page) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a button alone between two paragraphs
        ([_STORY[0], "Share", _STORY[1], _STORY[2]], ["Share"]),
        # buttons only, one between each two paragraphs
        ([_STORY[0], "Share", _STORY[1], "Listen", _STORY[2], "Print", _STORY[3]], ["Share", "Listen", "Print"]),
        # two buttons and one subheading: three lines, one plain
        ([_STORY[0], "Share", _STORY[1], "Listen", _STORY[2], "Reaction", _STORY[3]], ["Share", "Listen"]),
        # a button among subheadings of other widths
        ([_STORY[0], "Watch", _STORY[1], "The reaction", _STORY[2], "What happens next", _STORY[3]], ["Watch"]),
    ],
)
def test_buttons_between_paragraphs_still_go(page: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone(page)] == goes


# -- a list of people the article announces, with their roles ----------------------------------------------------------


def test_a_list_of_people_with_their_roles_under_a_colon_stays() -> None:
    people = ["Sarah Baxter, deputy editor", "Gary Younge, former Guardian columnist", "Anand Menon, political scientist"]
    assert _gone([*BRIDGE_EN, "The judges of this year's prize are:", *people, _STORY[2]]) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # the article's byline over it
        (["Jane Roe, staff writer", *BRIDGE_EN], ["Jane Roe, staff writer"]),
        # its reporters under it, closing the page or over its footer
        ([*BRIDGE_EN, "This story was reported by:", "Jane Roe, staff writer", "John Doe, contributing editor"],
         ["Jane Roe, staff writer", "John Doe, contributing editor"]),
        ([*BRIDGE_EN, "This story was reported by:", "Jane Roe, staff writer", "John Doe, contributing editor",
          "© 2024 Hexham Courant. All rights reserved."],
         ["Jane Roe, staff writer", "John Doe, contributing editor", "© 2024 Hexham Courant. All rights reserved."]),
        # under a label of one word
        ([*BRIDGE_EN, "Contributors:", "Jane Roe, staff writer", "John Doe, contributing editor", _STORY[2]],
         ["Jane Roe, staff writer", "John Doe, contributing editor"]),
        # bylines only under the colon: no one the tables do not know
        ([*BRIDGE_EN, "The panel will be chaired by:", "Jane Roe, staff writer", "John Doe, contributing editor",
          _STORY[2]], ["Jane Roe, staff writer", "John Doe, contributing editor"]),
    ],
)
def test_bylines_with_their_roles_still_go(page: list[str], goes: list[str]) -> None:
    assert [text for _p, text in _gone(page)] == goes


if __name__ == "__main__":
    report(CASES)
