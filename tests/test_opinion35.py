# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""opinion35: a probe of opinion journalism, scraped as text (half as an extractor leaves them, half as all the visible
text of the page), in en, de, fr, es, it, pt, nl and sv: letters to the editor (several letters a page, each signed
"Jane Doe, Bristol", "Hans Müller, Stuttgart", "Javier Ruiz. Madrid"), editorials, a guest op-ed and a "Gastbeitrag"
with the author's bio line under them, weekly columns with their sign-off ("See you next week." over "Tom Ellery", "Bis
nächste Woche!" over "Ihre Petra Lange"), an advice column (question, "Worried in Leeds", answer), a "Kommentar", a
"Tribune", a "Tribuna", an "Opinione", a debate page with two opposing pieces, a reader's essay.

- the article: every letter's text and its signature line, the advice column's pseudonymous sign-off, one-line
  rhetorical paragraphs ("Enough.", "Basta così.", "Schluss damit."), quoted questions, the editorial's closing line;
- residue: the disclaimer ("The views expressed … are her own.", "Dieser Kommentar gibt die Meinung der Autorin
  wieder.", "Las opiniones expresadas …"), the call for letters with its address ("Write to Ruth at …", "Écrivez-nous :
  courrier@…", "Reageren? Mail naar brieven@…") and the letters page's rules ("Letters may be edited for length.", "Los
  textos destinados a esta sección no deben exceder …"), "Have your say" calls, "More opinion" / "Mehr Meinung" /
  "Meer opinie" teasers, a columnist's follow call, newsletter prompts, comment sections, share rows, cookie lines,
  bylines and timestamps.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, section labels, an author's bio line
under the piece, which many outlets print as the piece's own).

- round 1, blind (written before reading the passes): 24 pages, 193 ``A`` lines, 151 ``R``, 53 ``T``. The editorial's
  "This article was amended on 12 July 2024 to correct a figure." was written ``R`` and is ``T`` here: a correction note
  is the article's by the project's decision (test_fam24); as first written, round 1 on main left 27.
- round 2, after the changes, aimed at them: 8 pages, 53 ``A``, 12 ``R``: sentences with the rules' words that run on
  ("Letters may be edited for length, the paper's style guide says, …", "The views expressed in letters are their own,
  the guide adds, …", "Submit your application here.", "Der Kommentar gibt die Meinung vieler Bürger wieder, …", "Mehr
  Meinung wagen, …", "Écrivez à votre député : …", "Envíe su carta al Defensor del Pueblo …", "Para comentar a decisão,
  …", "Meer opinie dan feiten, …"), two letters pages whose last signature stands over the footer, sign-offs ("Yours,
  Tom", "Un abrazo, Elena", "Groeten, Sanne").

Measured on main e088882: round 1 lost 0, left 26 (the disclaimers in en, de (2), es, it; every call for letters with its
address but de's and es's advice column's (en (3), es, fr, it, nl, pt, sv), the letters pages' rules (de, fr, pt), "Read
more opinion on CNN.", "Mehr Meinung", "Meer opinie", "Alle Kolumnen von Petra Lange", "Folgen Sie Petra Lange auf
Instagram", en's "What do you think? Have your say in the comments below.", pt's "Comentários" over "Para comentar tem
de ser assinante.", the essay's "Submitted by a reader | 6 min read"). Round 2 lost 1 (en_letters_two_full's last
signature "Mark Stevens, Headteacher, Hillside Academy, Derby": edge-furniture took it as the footer's first line),
left 5. And once the tail's residue went with the rules below, three signatures became the footer run's first line on
round 1's pages too (en's "Dr Alan Briggs, Emeritus professor …", es's "Javier Ruiz. Madrid", de's "Ihre Petra Lange").

After: round 1 lost 0, left 2; round 2 lost 0, left 3 (``RESIDUE_LEFT`` says what and why). The changes, each with what it
still takes and what it keeps (tests below):

- ``credits.submission`` (new table, read by copyright): the call for letters, questions or pieces with the address they
  go to, the line whole in its formula, an opening question or the column's schedule before it and the editing note
  after it ("Got a problem? Write to Ruth at …. Letters may be edited for length.", "Please email us your letter and it
  will be considered for publication …", "Submit a reader's essay here.", de "Schreiben Sie uns: …@…", fr "Écrivez-nous :
  …@…", es "Envíe su carta a …@…", it "Scrivete a …@…", pt "Envie a sua carta para …@…", nl "Reageren? Mail naar …@…
  (maximaal 200 woorden).", sv "Vill du skriva en debattartikel? Skicka ditt bidrag till …@…"); the letters page's rules
  and editing note (en "Letters may be shortened …", de "Die Redaktion behält sich Kürzungen vor.", fr "Les lettres
  publiées peuvent être raccourcies …", es "Los textos destinados a esta sección no deben exceder …" with the notice's
  rest, "El periódico se reserva el derecho de resumir las cartas recibidas.", pt "As cartas destinadas a esta secção
  devem indicar …", "O jornal reserva-se o direito de as publicar em versão reduzida."; the right reserved names the
  letters: "El diario se reserva el derecho de publicar la entrevista completa." stays). Kept: a call
  with no address, or an address that names no letter ("Please send your letters to the council before Friday, …",
  "Write to your MP …", "Submit your application here.", "Envíe su carta al Defensor del Pueblo …", "Scrivete al
  sindaco, …", "Envie a sua carta ao presidente da câmara, …", "Mail naar de gemeente heeft geen zin, …"), and a
  sentence that runs on past the formula ("Letters may be edited for length, the paper's style guide says, …").
- ``credits.syndication`` (copyright), the disclaimer: en "… are her own." (a pronoun for the writer), de "Dieser
  Kommentar / Gastbeiträge gibt (nicht notwendigerweise) die Meinung der Autorin / der Redaktion wieder" (the owner of
  the opinion named: "Der Kommentar gibt die Meinung vieler Bürger wieder, …" stays, and so does a sentence going on
  after "wieder"; not the letters page's "Leserbriefe geben …", which test_redteam14 keeps as the article's), es in "esta tribuna" and with "y no …", it without "esclusivamente",
  pt "As opiniões expressas neste artigo são da (exclusiva) responsabilidade do autor.", nl "De mening in dit artikel is
  die van de auteur.", fr in the plural under a debate's two pieces ("… dans ces textes n'engagent que leurs auteurs.").
- ``promos.heading`` (teaser-box): en "More opinion", "Read more opinion on CNN." (a capital after "on": "More opinion
  polls are expected …" runs on; not "More letters", a letters page's own heading between its letters, which stays), de "Mehr Meinung", "Alle Kolumnen von Petra Lange" ("Mehr Meinung wagen, …" stays),
  nl "Meer opinie", "Alle columns van …" ("Meer opinie dan feiten, …" stays).
- ``comments.section_start`` (comment-section): en "(What do you think?) Have your say in the comments (below)" (a bare
  "Have your say" heads a consultation's details, and "Have your say on the plans at the library …" stays); pt "Para
  comentar tem de ser assinante." (its purpose first: "Para comentar a decisão, o ministro convocou …" stays).
- ``promos.cta`` (call-to-action), de: a columnist's follow call "Folgen Sie Petra Lange auf Instagram" (a clause after
  it makes it a sentence and it stays).
- ``edge_reading.letter_signatures`` (edge-furniture's tail, a guard; structure.py calls it, one tagged line): the last
  letter's signature under the page's last paragraph ("Javier Ruiz. Madrid", "Dr Alan Briggs, Emeritus professor …")
  stays when another line of the page, right under a kept sentence, signs the same way (a name of two to six words and
  the same mark, a comma or a full stop, before the place or office): the page signs its letters so. A name with its
  place under one article with no other signature on the page still goes with the footer's run, as on main, and so
  does a name alone (a first draft read a name alone as a signature too, and kept "Quick Links", "Opening Bell",
  "Find Tickets" of eight dev pages under their last sentences). And a
  column's sign-off under its closing sentence (new table ``structure.sign_off_name``: "Ihre Petra Lange", "Yours, Tom",
  "Un abrazo, Elena", "Groeten, Sanne") stays; "Petra Lange" alone there still goes.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base35 (main e088882): no old input moved (the 32 that differ are this probe's
pages, new). A first draft moved eleven: eight dev pages kept a two-word menu line under a sentence ("Quick Links",
"Opening Bell": a name alone read as a signature; now a signature needs its place after a comma or a full stop),
test_redteam14's de_kolumne lost its "Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder. …" (``A``
there; de's disclaimer no longer names "Leserbriefe"), and test_redteam19's gov_consultation's "Email to: …@defra.gov.uk"
went by copyright instead of edge-furniture (en's call now needs a word between its verb and "to").
``python tests/test_opinion35.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests, tail_residue_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_letters_full": """\
R Skip to main content
R News Sport Opinion Culture Lifestyle
R Opinion > Letters
T Letters: Cycle lanes, care homes and the last bus to Frome
R Sat 14 Sep 2024 06.00 BST
R Share
A The council's decision to rip out the Gloucester Road cycle lane after barely a year is a false economy (Report, 10 September).
A Since it opened, my daughter has cycled to school every day instead of being driven, and so have half her class.
A The shops that complained about lost parking have not produced a single figure to show that trade fell.
A Jane Doe
A Bristol
A My mother has lived in the same care home for six years, and in that time the fees have risen by 70%.
A Nobody at the home is paid more, and the building has not changed, so where does the money go?
A Until the owners are made to publish their accounts in full, families like mine will keep paying without answers.
A Peter Hall, Leeds
A I read with dismay that the last bus from Bath to Frome is to be withdrawn in January.
A Enough.
A For those of us who do not drive, that bus is the only way home after a late shift at the hospital.
A Margaret O'Neill, Frome, Somerset
A Have your councillors ever tried to get home on a Sunday evening without a car?
A I doubt it.
A Dr Alan Briggs, Emeritus professor of transport studies, University of Plymouth
R Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will be considered for publication in our letters section.
R Explore more on these topics
R Cycling
R Care homes
R Buses
R Share
R Reuse this content
R Most viewed
""",
    "en_oped_extract": """\
T Opinion: Rent controls won't fix the housing crisis. Building more homes will
R By Jane Doe
R Updated 7:42 AM EDT, Tue March 12, 2024
A Every few years, a city facing soaring rents reaches for the same tool: a cap on how much landlords can charge.
A It is easy to see why. Rent controls promise immediate relief to tenants who are struggling right now.
A But the evidence from San Francisco, Berlin and Stockholm points the same way: capped rents shrink the supply of rental homes over time.
A A 2019 Stanford study found that landlords subject to rent control reduced the supply of rental housing by 15%, often by converting flats to condos.
A "Who will build the homes our children need?" a developer asked me last month. It is the right question.
A The answer is not the state alone, and not the market alone, but rules that make building cheaper and faster.
A Planning reform is unglamorous, and no one marches for it.
A It is also the only thing that has ever brought rents down for good.
T Jane Doe is a professor of economics at the University of Chicago and the author of "Shelter: The Economics of Home."
R The views expressed in this commentary are her own.
R Read more opinion on CNN.
""",
    "en_advice_full": """\
R Menu
R Life & Style
T Dear Ruth: My sister wants me to pay for her wedding
R By Ruth Carter | Published 3:00 am, Friday, May 17, 2024
R Got a problem? Write to Ruth at dearruth@dailynews.example.com. Letters may be edited for length.
A Dear Ruth,
A My younger sister is getting married in August and has asked me to pay for the reception.
A Our parents died when we were teenagers, and she says that as the older sibling, it is my duty.
A I earn a decent salary, but I am still paying off my own mortgage and have two children of my own.
A When I said I could give her £2,000, she told me I was being selfish and has not spoken to me since.
A Am I wrong to refuse?
A Worried in Leeds
A Dear Worried,
A No, you are not wrong.
A Your sister is grieving the parents who would have paid for this day, and she is asking you to stand in for them.
A That is understandable, but it is not a debt you owe.
A Tell her, kindly and once, that £2,000 is what you can afford, and that you want to be at her wedding more than you want to be right.
A Then give her time.
R Ruth's advice column appears every Friday. Send your questions to dearruth@dailynews.example.com.
R Share this article
R Facebook
R Twitter
R Email
R More from Life & Style
R Ten easy dinners for busy weeknights
R The best garden centres in Yorkshire
R © 2024 Daily News Group
""",
    "en_column_extract": """\
T The small joys of a Sunday without a phone
A For six weeks now, I have left my phone in a kitchen drawer from Saturday night until Monday morning.
A It began as an experiment after my son asked why I was always looking at "that thing" during breakfast.
A The first Sunday was awful. I reached for my pocket perhaps forty times before lunch.
A By the third, I had read a whole novel, fixed the garden gate and phoned my aunt in Cork on the landline.
A Nothing bad happened.
A Nobody died, no client was lost, and the news, it turns out, was still there on Monday.
A I am not going to tell you to do the same. I am only going to tell you what I found in the drawer's silence.
A Time, mostly.
A See you next week.
A Tom Ellery
R Follow Tom on X @tomellery
R Sign up for our Opinion newsletter to get the week's best columns in your inbox.
""",
    "en_debate_full": """\
R Home | News | Opinion | Debate
T The big debate: Should the voting age be lowered to 16?
R Published: 08:15, 22 Jun 2024 | Updated: 09:02, 22 Jun 2024
T YES
A At 16 you can work, pay tax, join the army and get married with your parents' consent.
A It makes no sense that you cannot have a say in who spends your taxes.
A Scotland and Wales already let 16-year-olds vote in their own elections, and turnout among the youngest voters has been higher than among those aged 18 to 24.
T Sarah Khan is a youth worker and campaigner with Votes at 16.
T NO
A The age of 18 was not chosen at random: it is the age at which the law treats us as adults in almost everything else.
A Lowering it for voting alone would be a muddle, not a reform.
A And most 16-year-olds, when asked, say they do not want it.
T Richard Blake is a former headteacher and a Conservative councillor in Kent.
R What do you think? Have your say in the comments below.
R 47 comments
R Sort by: Newest
R jimbo77 2 hours ago
R Absolutely not, they can barely make their beds at 16.
R Reply
R Like (12)
R lucy_m 1 hour ago
R My son is 16 and follows politics more closely than most adults I know.
R Reply
""",
    "en_editorial_extract": """\
T The Guardian view on the water companies: a failure of regulation, not just of management
A Another summer, another run of sewage spills into Britain's rivers and seas.
A The figures published this week by the Environment Agency are grim: 3.6 million hours of discharges in 2023, more than double the year before.
A Water firms blame heavy rain. But rain is not a surprise in this country, and the companies have had thirty years to prepare for it.
A Ofwat, the regulator, allowed them to load themselves with debt while paying out billions to shareholders.
A The new government has promised a bill to ban bonuses for bosses whose firms pollute.
A That is a start. It is not enough.
A The public did not sell its rivers to be used as drains, and it should not have to buy them back.
T This article was amended on 12 July 2024 to correct a figure.
R Explore more on these topics
""",
    "de_leserbriefe_full": """\
R Startseite › Meinung › Leserbriefe
T Leserbriefe zur Wärmepumpe: „Die Politik hat uns im Regen stehen lassen“
R 12.03.2024, 18:45 Uhr
R Teilen
R Drucken
A Zum Artikel „Heizungsgesetz: Was Eigentümer jetzt wissen müssen“ vom 8. März:
A Wir haben im vergangenen Jahr eine Wärmepumpe einbauen lassen und warten bis heute auf die versprochene Förderung.
A Der Installateur war pünktlich, die KfW nicht.
A Wer so mit Bürgern umgeht, die bereit sind zu investieren, braucht sich über Politikverdrossenheit nicht zu wundern.
A Hans Müller, Stuttgart
A Ihr Artikel verschweigt, dass in vielen Altbauten eine Wärmepumpe nur mit neuer Dämmung sinnvoll ist.
A Das kostet schnell 60.000 Euro.
A Wer soll das bezahlen?
A Gertrud Weber, Esslingen
A Ich bin 78 Jahre alt und lebe allein in meinem Haus.
A Eine neue Heizung werde ich nicht mehr erleben, sagt mein Schornsteinfeger, und er meint das freundlich.
A Dr. Klaus Brenner, Ludwigsburg
R Leserbriefe geben die Meinung der Einsenderinnen und Einsender wieder, nicht die der Redaktion. Die Redaktion behält sich Kürzungen vor.
R Schreiben Sie uns: leserbriefe@stuttgarter-tagblatt.example.de
R Mehr zum Thema
R Heizungsgesetz: Was Eigentümer jetzt wissen müssen
R Wärmepumpen im Test: Welche sich lohnt
R Newsletter abonnieren
R Impressum Datenschutz Cookie-Einstellungen
""",
    "de_kommentar_extract": """\
T Kommentar
T Die Bahn braucht keinen neuen Chef, sondern Geld
R Ein Kommentar von Anna Schmidt
R Veröffentlicht am 03.02.2024 um 07:30 Uhr
A Wieder einmal wird in Berlin über die Spitze der Deutschen Bahn gestritten, als ob ein neuer Vorstand die Weichen reparieren könnte.
A Das Netz ist marode, weil es jahrzehntelang kaputtgespart wurde.
A Mehr als 4.000 Weichen und 1.000 Brücken gelten als dringend sanierungsbedürftig.
A Kein Manager der Welt ändert daran etwas, solange der Bund das Geld nicht bereitstellt.
A Schluss damit.
A Wer pünktliche Züge will, muss sie bezahlen, über Jahre und nicht nur vor Wahlen.
A Alles andere ist Symbolpolitik.
R Dieser Kommentar gibt die Meinung der Autorin wieder.
R Mehr Meinung
""",
    "de_gastbeitrag_full": """\
R Anzeige
R Meinung
T Gastbeitrag: Warum wir die Schuldenbremse reformieren müssen
R Von Prof. Dr. Michael Hartmann
R 15.05.2024 | Lesedauer: 4 Min.
R Artikel anhören
A Deutschland investiert zu wenig, das bestreitet heute kaum noch jemand.
A Schulen, Brücken und Schienen verfallen, während die Schuldenbremse jede größere Ausgabe blockiert.
A Dabei war die Regel nie als Investitionsverbot gedacht.
A Eine goldene Regel, die Kredite für Nettoinvestitionen erlaubt, würde die Tragfähigkeit der Staatsfinanzen nicht gefährden.
A Die Niederlande und Schweden zeigen, dass solide Haushalte und hohe Investitionen kein Widerspruch sind.
A Es ist Zeit, die Debatte zu beenden und zu handeln.
T Michael Hartmann ist Professor für Volkswirtschaftslehre an der Universität Mannheim.
R Gastbeiträge geben nicht notwendigerweise die Meinung der Redaktion wieder.
R Mehr zum Thema
R Kommentare
R Kommentar schreiben
R Sie müssen angemeldet sein, um kommentieren zu können.
R Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.
R Alle akzeptieren
""",
    "fr_courrier_extract": """\
T Courrier des lecteurs
T « Le train de nuit, une chance pour nos territoires »
A J'ai pris le train de nuit Paris-Briançon le mois dernier, pour la première fois depuis vingt ans.
A Le confort n'est pas celui d'un hôtel, certes, mais arriver au pied des montagnes à 8 heures du matin, reposée, n'a pas de prix.
A Pourquoi la SNCF ne rouvre-t-elle pas davantage de lignes ?
A Marie Dupont, Lyon
T « Les éoliennes et nos paysages »
A On nous répète que l'éolien est indispensable à la transition énergétique.
A Soit. Mais pourquoi faut-il toujours que ce soient les mêmes campagnes qui accueillent les mâts ?
A Dans mon canton, on en compte déjà quarante-deux.
A Jean-Pierre Martin, Saint-Flour (Cantal)
R Écrivez-nous : courrier@ouest-journal.example.fr
R Les lettres publiées peuvent être raccourcies par la rédaction.
""",
    "fr_tribune_full": """\
R Accueil > Idées > Tribunes
R Abonnez-vous
T Tribune
T « L'école doit redevenir le lieu de l'égalité des chances »
R Publié le 4 septembre 2024 à 06h00, modifié le 4 septembre 2024 à 09h12
R Temps de lecture : 3 min.
R Partager
R Article réservé aux abonnés
A À chaque rentrée, le même constat revient : les écarts entre élèves se creusent dès le cours préparatoire.
A Un enfant d'ouvrier a aujourd'hui quatre fois moins de chances d'obtenir un diplôme du supérieur qu'un enfant de cadre.
A Les dispositifs se succèdent, les réformes s'empilent, mais rien ne change vraiment.
A Nous, enseignants, chercheurs et parents, demandons une loi de programmation pour l'école.
A Assez.
A Il ne s'agit pas de dépenser plus pour dépenser plus, mais de donner aux établissements les plus fragiles les moyens de fonctionner.
A L'égalité des chances ne doit plus être un slogan.
T Claire Lefèvre est professeure de sociologie à l'université de Lille.
R Les opinions exprimées dans cette tribune n'engagent que leur auteur.
R Lire aussi
R « Le collège unique a vécu »
R Réagissez
R Vous devez être connecté pour commenter.
R Nous utilisons des cookies pour améliorer votre expérience.
R Accepter et fermer
""",
    "fr_editorial_extract": """\
T Éditorial
T Sécheresse : l'heure des choix
R Par Le Quotidien du Sud
R Mis à jour le 18/07/2024 à 22:10
A Pour la troisième année consécutive, une partie du Sud-Ouest est privée d'eau au robinet en plein été.
A Les arrêtés préfectoraux tombent, les camions-citernes circulent, et chacun attend la pluie.
A Cette gestion de crise permanente ne peut plus tenir lieu de politique.
A Il faudra choisir entre les usages : l'irrigation du maïs, le tourisme, l'industrie, l'eau potable.
A Ces choix seront douloureux.
A Les repousser le serait davantage.
""",
    "es_cartas_full": """\
R Inicio Opinión Cartas al director
T Cartas al director
R 19 ENE 2024 - 05:00 CET
R Compartir en Facebook
R Compartir en Twitter
T Un país sin trenes
A Vivo en un pueblo de Teruel al que hace diez años llegaban cuatro trenes al día.
A Hoy llega uno, cuando llega.
A Nos piden que no abandonemos el medio rural, pero nos quitan todo lo que nos permitiría quedarnos.
A Pilar Gómez Sanz. Alcañiz (Teruel)
T Los deberes
A Mi hija de ocho años dedica dos horas cada tarde a los deberes.
A ¿Cuándo juega? ¿Cuándo se aburre, que también es necesario?
A Los profesores deberían hablar entre ellos antes de llenar las mochilas.
A Javier Ruiz. Madrid
R Los textos destinados a esta sección no deben exceder los 1.000 caracteres. Es imprescindible que vayan firmados y con DNI. Envíe su carta a cartas@diario.example.es
R Más información
R Suscríbete para seguir leyendo
""",
    "es_tribuna_extract": """\
T Tribuna
T La vivienda no es un bien de inversión
A El precio del alquiler en Madrid ha subido un 40% en cinco años, mientras los salarios apenas se han movido.
A Para toda una generación, emanciparse se ha convertido en un lujo.
A Las soluciones se conocen: más vivienda pública, límites a los pisos turísticos, incentivos para alquilar a precios asequibles.
A Lo que falta es voluntad.
A Basta ya.
A Ninguna sociedad puede prosperar si sus jóvenes no pueden formar un hogar.
T Lucía Fernández es economista y profesora en la Universidad Complutense de Madrid.
R Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora.
""",
    "it_lettere_full": """\
R Home Opinioni Lettere
T Lettere al direttore
R 23 febbraio 2024 - 07:00
R Condividi
R Invia una lettera
T Le code al pronto soccorso
A Sabato scorso ho accompagnato mio padre, 84 anni, al pronto soccorso del San Carlo.
A Abbiamo aspettato undici ore su una barella in corridoio.
A Non è colpa dei medici e degli infermieri, che erano pochi e stremati, ma di chi da anni taglia la sanità pubblica.
A Basta così.
A Giovanni Rossi, Milano
T Il silenzio dei politici
A Caro direttore, perché nessuno parla più del lavoro povero?
A Mia figlia ha 29 anni, una laurea e guadagna 900 euro al mese con un contratto a termine.
A Luisa Bianchi, Bologna
T Risponde il direttore
A Cara signora Bianchi, ha ragione: il lavoro povero è la grande questione rimossa di questo Paese.
R Scrivete a lettere@corriere-citta.example.it
R Ultime notizie
R Iscriviti alla newsletter
""",
    "it_opinione_extract": """\
T Opinione
T Il clima non aspetta le elezioni
R di Marco Conti
R 12 luglio 2024
A Anche quest'estate l'Italia brucia e si allaga, spesso nella stessa settimana.
A Eppure la politica continua a trattare il clima come un tema da campagna elettorale, da tirare fuori e poi rimettere nel cassetto.
A Serve un piano di adattamento vero, con fondi certi e tempi certi.
A Le città devono piantare alberi, rifare le fognature, proteggere le coste.
A Costa caro? Costa molto di più non farlo.
A Il resto sono chiacchiere.
R Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente la linea editoriale della testata.
R Seguici su Facebook e Instagram
""",
    "pt_cartas_full": """\
R Opinião
T Cartas ao director
R 5 de Março de 2024, 6:30
R Partilhar
T O preço das casas
A Tenho 34 anos, sou enfermeira e continuo a viver com os meus pais em Almada.
A Não é por opção: nenhum banco me empresta dinheiro para comprar uma casa que custe menos de 300 mil euros.
A Até quando?
A Ana Sousa, Almada
T Os comboios do Oeste
A A Linha do Oeste continua à espera da modernização prometida há mais de uma década.
A Entretanto, quem vive nas Caldas da Rainha demora mais a chegar a Lisboa do que em 1990.
A Carlos Ferreira, Caldas da Rainha
R As cartas destinadas a esta secção devem indicar o nome e a morada do autor. O jornal reserva-se o direito de as publicar em versão reduzida.
R Envie a sua carta para cartas@jornal.example.pt
R Comentários
R Para comentar tem de ser assinante.
""",
    "pt_opiniao_extract": """\
T Opinião
T A escola pública merece mais
A Todos os anos, milhares de alunos começam as aulas sem professor a pelo menos uma disciplina.
A O problema não é novo, mas agravou-se com a reforma de milhares de docentes.
A Não basta prometer concursos. É preciso tornar a profissão atrativa outra vez.
A Chega de remendos.
A O país que não cuida dos seus professores não cuida do seu futuro.
T O autor escreve segundo o novo acordo ortográfico
T Professor do ensino secundário
""",
    "nl_brieven_full": """\
R Home Opinie Brieven
T Brieven
R 23 maart 2024, 06:00
R Delen
T Boeren en de stikstof
A Als boerendochter begrijp ik de woede op het platteland.
A Maar de stikstofcrisis is niet door Den Haag verzonnen: onze natuur gaat echt achteruit.
A Laten we ophouden met schreeuwen en gaan praten over een eerlijke prijs voor voedsel.
A Anke de Vries, Dalfsen
T Het laatste postkantoor
A In ons dorp sluit volgende maand het laatste postpunt.
A Mijn moeder van 88 moet voortaan met de bus naar Assen om een pakketje te versturen.
A Is dat de dienstverlening waar we voor betalen?
A Jan Bakker, Gieten
R Reageren? Mail naar brieven@dagblad.example.nl (maximaal 200 woorden).
R Lees ook
R Meer opinie
""",
    "nl_column_extract": """\
T Column
T Waarom ik nooit meer op een terras ga zitten
A Vorige week zat ik op een terras aan de Oudegracht, in de zon, met een koffie van vijf euro.
A Naast me een man die luidkeels telefoneerde over zijn nieuwe leasebak.
A Achter me een groep studenten die elkaar voorlazen uit hun Tinder-gesprekken.
A Ik dronk mijn koffie en ging naar huis.
A Nooit meer.
A Of ja, volgende week misschien weer.
A Tot volgende week.
R Volg Sanne op Instagram: @sannecolumn
R Lees ook: Waarom ik mijn fiets nooit op slot zet
""",
    "sv_debatt_full": """\
R Debatt
T DEBATT: Skolan måste få behålla mobilförbudet
R Publicerad 14 augusti 2024 kl. 05.00
R Dela
A Från hösten är mobiltelefoner förbjudna under lektionstid i alla skolor i vår kommun.
A Redan efter en termin ser vi färre konflikter på rasterna och mer arbetsro i klassrummen.
A Eleverna själva säger att de sover bättre och pratar mer med varandra.
A Nu vill oppositionen riva upp beslutet. Det vore ett misstag.
A Emma Lindqvist (M), ordförande i barn- och utbildningsnämnden, Uppsala
R Detta är en debattartikel. Åsikterna i texten är skribentens egna.
R Vill du skriva en debattartikel? Skicka ditt bidrag till debatt@tidning.example.se
R Kommentarer
R Logga in för att kommentera
""",
    "en_readers_essay_full": """\
R Skip to content
R Subscribe
T Reader's essay: What my father's allotment taught me
R Submitted by a reader | 6 min read
A My father kept an allotment on the edge of Sheffield for forty-one years.
A He grew leeks mostly, and potatoes, and once, memorably, a pumpkin the size of a wheelbarrow.
A When he died last spring, the waiting list for his plot was eleven years long.
A I went down on a grey morning in April to clear his shed.
A Inside, on a shelf, was a tin of seeds labelled in his careful hand: "For next year."
A I sat on the upturned bucket he used as a stool and cried for the first time since the funeral.
A Then I planted them.
A The leeks came up in June.
A Helen Marsh, Sheffield
R Want to share your story? Submit a reader's essay here.
R Submit your essay
R More from Readers' stories
R Cookie settings
R We use cookies to personalise content and ads.
""",
    "es_consultorio_full": """\
R Menú
T Consultorio sentimental: "Mi pareja no quiere tener hijos"
R Por Elena Marín
R 02/05/2024 08:00
A Querida Elena:
A Llevo siete años con mi pareja y siempre pensé que tendríamos hijos algún día.
A Ahora, a los 36, me dice que no quiere.
A No sé si quedarme o marcharme.
A ¿Qué hago?
A Indecisa en Valencia
A Querida Indecisa:
A Lo que describes no es un desacuerdo menor, sino una diferencia sobre la vida que queréis vivir.
A Antes de decidir, hablad con calma y, si hace falta, con ayuda de un terapeuta de pareja.
A Pero no esperes años a que cambie de opinión.
R ¿Tienes una pregunta para Elena? Escríbenos a consultorio@revista.example.es
R Te puede interesar
R Compartir
R Aceptar cookies
""",
    "de_kolumne_full": """\
R Kolumne
T Die Woche: Warum ich meinen Garten nicht mehr mähe
R Von Petra Lange
R 20.06.2024
A Seit April steht bei uns das Gras kniehoch.
A Die Nachbarn schauen, manche schütteln den Kopf.
A Aber zwischen den Halmen summt und brummt es, wie ich es seit meiner Kindheit nicht mehr gehört habe.
A Ein Stieglitz kommt jeden Morgen.
A Warum also mähen?
A Bis nächste Woche!
A Ihre Petra Lange
R Folgen Sie Petra Lange auf Instagram
R Alle Kolumnen von Petra Lange
R Mehr aus Meinung
""",
    # ===== ROUND 2 (aimed at the rules added: controls that stay) ===================================================
    "en_letters_policy_news_extract": """\
T Readers' editor: why we cut some letters and not others
A Every week the letters desk receives about 1,400 letters, and we publish around 60 of them.
A Please send your letters to the council before Friday, one reader urged others in a letter we ran in March, and dozens did.
A Letters may be edited for length, the paper's style guide says, but never so as to change their meaning.
A Some writers ask us to withhold their names, and we do so when there is a risk to their safety.
A The views expressed in letters are their own, the guide adds, and we do not check every opinion for balance.
A More opinion pieces now arrive by email than by post, a change that began during the pandemic.
A Have your say on the plans at the library on Church Street until 30 June, the council's notice read.
A Submit your application here.
A Yours, Tom
""",
    "en_letters_two_full": """\
R Opinion | Letters
T Letters: School uniforms and the price of a blazer
A The price of a school blazer with the logo sewn on has reached £45 at my children's school.
A Supermarket blazers cost £8, and the logo could be ironed on for a fraction of the difference.
A Schools should be told to drop branded items altogether.
A Rachel Green, Norwich
A I am a head teacher, and I agree with your correspondent about the price of blazers.
A But parents also tell us that a uniform saves them money on clothes their children would otherwise demand.
A Mark Stevens, Headteacher, Hillside Academy, Derby
R Write to us at letters@eastern-herald.example.co.uk. Letters may be edited for length.
R Most read
R Council tax to rise by 5%
R Man charged after crash on A47
""",
    "de_leserbriefe_extract": """\
T Leserbriefe
A Zum Bericht über die Sperrung der Rheinbrücke:
A Seit Wochen stehe ich jeden Morgen eine Stunde im Stau, weil die Umleitung über das Nadelöhr in Kastel führt.
A Warum wurde nicht früher saniert?
A Thomas Becker, Wiesbaden
A Zum Kommentar „Mehr Mut zur Windkraft“:
A Der Kommentar gibt die Meinung vieler Bürger wieder, die sich eine schnellere Energiewende wünschen.
A Schreiben Sie uns Ihre Meinung, hat der Bürgermeister bei der Versammlung gesagt, und dann hat niemand zugehört.
A Mehr Meinung wagen, das wäre ein Anfang.
A Sabine Krüger, Mainz
R Leserbriefe geben die Meinung der Einsender wieder. Die Redaktion behält sich Kürzungen vor.
R Schreiben Sie uns: leserbriefe@rhein-bote.example.de
""",
    "fr_debat_full": """\
R Débats
T Faut-il interdire les jets privés ?
R Publié le 12 juin 2024 à 07h00
T OUI
A Un vol en jet privé émet en une heure autant de CO2 qu'un Français en plusieurs mois.
A Les interdire sur les trajets courts, là où le train existe, est une mesure de simple justice.
A Les lettres publiées par les associations ont rappelé cette évidence depuis des années, sans effet.
A Écrivez à votre député : c'est encore le meilleur moyen de se faire entendre.
A Julie Moreau, porte-parole de l'association Air Juste
T NON
A L'aviation d'affaires représente moins de 1 % des émissions du transport aérien en France.
A L'interdire serait un symbole coûteux pour l'emploi dans nos aéroports régionaux.
A Paul Girard, président de la Fédération de l'aviation d'affaires
R Les opinions exprimées dans ces textes n'engagent que leurs auteurs.
R Envoyez-nous vos réactions à debats@journal-ouest.example.fr
R Lire aussi
""",
    "es_it_pt_controls_extract": """\
T Cartas: la vivienda y los jóvenes
A Envíe su carta al Defensor del Pueblo antes del 30 de junio, recomienda la asociación de inquilinos a sus socios.
A Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora, dijo el director, que defendió su publicación.
A Los textos destinados a esta sección son cada vez más largos, admite la redacción.
A El periódico se reserva el derecho de publicar las cartas que considere, según sus normas, pero nunca las modifica sin avisar.
A Un abrazo, Elena
""",
    "it_controls_extract": """\
T Lettere: il pronto soccorso e i medici di base
A Le opinioni espresse in questo articolo sono dell'autore, ha precisato il direttore, e non di tutta la redazione.
A Scrivete al sindaco, ci ha detto un'infermiera, perché nessuno ascolta chi lavora in corsia.
A Mia madre ha aspettato sei ore per una visita che ne richiedeva venti minuti.
A Il medico di base è andato in pensione a marzo e nessuno lo ha ancora sostituito.
A Un abbraccio, Luca
""",
    "pt_controls_extract": """\
T Cartas: o comboio e a escola
A Para comentar a decisão, o ministro convocou uma conferência de imprensa no Porto.
A As opiniões expressas neste artigo foram discutidas durante semanas na redação antes da publicação.
A Envie a sua carta ao presidente da câmara, sugeriu o vereador aos moradores descontentes.
A O comboio das 7h15 chega atrasado quase todos os dias desde janeiro.
A Um abraço, Rui
""",
    "nl_controls_extract": """\
T Brieven: de stikstof en het postkantoor
A Meer opinie dan feiten, zo vatte de rechter het rapport van de provincie samen.
A Mail naar de gemeente heeft geen zin, schrijft een lezer uit Assen, want niemand antwoordt.
A De mening in dit artikel werd door de hoofdredactie niet gedeeld, schreef de ombudsman later.
A In ons dorp sluit volgende maand het laatste postpunt, en de bus rijdt nog maar twee keer per dag.
A Groeten, Sanne
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the letters page's disclaimer "Leserbriefe geben die Meinung der Einsender wieder. Die Redaktion behält sich Kürzungen
    # vor.": test_redteam14's de_kolumne tags the same line ("Leserbriefe geben nicht unbedingt die Meinung der Redaktion
    # wieder. …") as the article's, a decision this probe does not flip (said in the report); de's table takes a column's
    # and a guest piece's disclaimer, not the letters page's
    "de_leserbriefe_full": 1,
    "de_leserbriefe_extract": 1,
    # "Submitted by a reader | 6 min read" under the essay's headline: a byline with no name glued to a reading time;
    # no table names "Submitted by a reader", and a head's short line that is no menu's is the headline's kicker as often
    "en_readers_essay_full": 1,
    # a section's label alone over the headline ("Opinion | Letters", "Débats"): the run over the text is too short for
    # edge-furniture (one line and a dateline), and a label over a headline reads as a kicker; main leaves them too
    "en_letters_two_full": 1,
    "fr_debat_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an opinion piece per language, the residue line put before or after them
TEXT = {
    "en": [
        "Every few years, a city facing soaring rents reaches for the same tool: a cap on how much landlords can charge.",
        "But the evidence from San Francisco, Berlin and Stockholm points the same way: capped rents shrink the supply of rental homes over time.",
        "Planning reform is unglamorous, and no one marches for it, but it is the only thing that has ever brought rents down for good.",
    ],
    "de": [
        "Wieder einmal wird in Berlin über die Spitze der Deutschen Bahn gestritten, als ob ein neuer Vorstand die Weichen reparieren könnte.",
        "Das Netz ist marode, weil es jahrzehntelang kaputtgespart wurde, und mehr als 4.000 Weichen gelten als dringend sanierungsbedürftig.",
        "Wer pünktliche Züge will, muss sie bezahlen, über Jahre und nicht nur vor Wahlen.",
    ],
    "fr": [
        "À chaque rentrée, le même constat revient : les écarts entre élèves se creusent dès le cours préparatoire.",
        "Un enfant d'ouvrier a aujourd'hui quatre fois moins de chances d'obtenir un diplôme du supérieur qu'un enfant de cadre.",
        "Il ne s'agit pas de dépenser plus pour dépenser plus, mais de donner aux établissements les plus fragiles les moyens de fonctionner.",
    ],
    "es": [
        "El precio del alquiler en Madrid ha subido un 40% en cinco años, mientras los salarios apenas se han movido.",
        "Para toda una generación, emanciparse se ha convertido en un lujo que pocos jóvenes pueden permitirse.",
        "Las soluciones se conocen: más vivienda pública, límites a los pisos turísticos, incentivos para alquilar a precios asequibles.",
    ],
    "it": [
        "Anche quest'estate l'Italia brucia e si allaga, spesso nella stessa settimana e nelle stesse regioni.",
        "Eppure la politica continua a trattare il clima come un tema da campagna elettorale, da tirare fuori e poi rimettere nel cassetto.",
        "Serve un piano di adattamento vero, con fondi certi e tempi certi, e le città devono rifare le fognature.",
    ],
    "pt": [
        "Todos os anos, milhares de alunos começam as aulas sem professor a pelo menos uma disciplina.",
        "O problema não é novo, mas agravou-se com a reforma de milhares de docentes nos últimos cinco anos.",
        "O país que não cuida dos seus professores não cuida do seu futuro, e isso vê-se nas escolas do interior.",
    ],
    "nl": [
        "Als boerendochter begrijp ik de woede op het platteland over de plannen van het kabinet.",
        "Maar de stikstofcrisis is niet door Den Haag verzonnen: onze natuur gaat echt achteruit, dat zie ik elke dag.",
        "Laten we ophouden met schreeuwen en gaan praten over een eerlijke prijs voor voedsel en voor de grond.",
    ],
    "sv": [
        "Från hösten är mobiltelefoner förbjudna under lektionstid i alla skolor i vår kommun.",
        "Redan efter en termin ser vi färre konflikter på rasterna och mer arbetsro i klassrummen.",
        "Eleverna själva säger att de sover bättre och pratar mer med varandra på rasterna.",
    ],
}

_CR, _TB, _CTA = "copyright", "teaser-box", "call-to-action"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "The views expressed in this commentary are her own.", _CR),
    ("en", "Got a problem? Write to Ruth at dearruth@dailynews.example.com. Letters may be edited for length.", _CR),
    ("en", "Ruth's advice column appears every Friday. Send your questions to dearruth@dailynews.example.com.", _CR),
    ("en", "Have an opinion on anything you've read in the Guardian today? Please email us your letter and it will be considered for publication in our letters section.", _CR),
    ("en", "Want to share your story? Submit a reader's essay here.", _CR),
    ("en", "Write to us at letters@eastern-herald.example.co.uk. Letters may be edited for length.", _CR),
    ("en", "Letters may be shortened for reasons of space.", _CR),
    ("en", "Read more opinion on CNN.", _TB),
    ("en", "More opinion", _TB),
    ("de", "Dieser Kommentar gibt die Meinung der Autorin wieder.", _CR),
    ("de", "Gastbeiträge geben nicht notwendigerweise die Meinung der Redaktion wieder.", _CR),
    ("de", "Schreiben Sie uns: leserbriefe@stuttgarter-tagblatt.example.de", _CR),
    ("de", "Die Redaktion behält sich Kürzungen vor.", _CR),
    ("de", "Mehr Meinung", _TB),
    ("de", "Alle Kolumnen von Petra Lange", _TB),
    ("de", "Folgen Sie Petra Lange auf Instagram", _CTA),
    ("fr", "Écrivez-nous : courrier@ouest-journal.example.fr", _CR),
    ("fr", "Les lettres publiées peuvent être raccourcies par la rédaction.", _CR),
    ("fr", "Les opinions exprimées dans ces textes n'engagent que leurs auteurs.", _CR),
    ("es", "Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora.", _CR),
    ("es", "Los textos destinados a esta sección no deben exceder los 1.000 caracteres. Es imprescindible que vayan firmados y con DNI. Envíe su carta a cartas@diario.example.es", _CR),
    ("es", "Envíe su carta a cartas@diario.example.es", _CR),
    ("es", "El periódico se reserva el derecho de resumir las cartas recibidas.", _CR),
    ("it", "Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente la linea editoriale della testata.", _CR),
    ("it", "Scrivete a lettere@corriere-citta.example.it", _CR),
    ("pt", "As cartas destinadas a esta secção devem indicar o nome e a morada do autor. O jornal reserva-se o direito de as publicar em versão reduzida.", _CR),
    ("pt", "Envie a sua carta para cartas@jornal.example.pt", _CR),
    ("pt", "O jornal reserva-se o direito de as publicar em versão reduzida.", _CR),
    ("pt", "As opiniões expressas neste artigo são da exclusiva responsabilidade do autor.", _CR),
    ("nl", "Reageren? Mail naar brieven@dagblad.example.nl (maximaal 200 woorden).", _CR),
    ("nl", "De mening in dit artikel is die van de auteur.", _CR),
    ("nl", "Meer opinie", _TB),
    ("sv", "Vill du skriva en debattartikel? Skicka ditt bidrag till debatt@tidning.example.se", _CR),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "The views expressed are his own, the spokesman added, and do not reflect the board's position."),
    ("en", "Please send your letters to the council before Friday, one reader urged others, and dozens did."),
    ("en", "Letters may be edited for length, the paper's style guide says, but never so as to change their meaning."),
    ("en", "Submit your application here."),
    ("en", "Write to your MP and ask what they will do about the bus."),
    ("en", "More opinion polls are expected before the election in May."),
    ("en", "Have your say on the plans at the library on Church Street until 30 June, the council's notice read."),
    ("de", "Der Kommentar gibt die Meinung vieler Bürger wieder, die sich eine schnellere Energiewende wünschen."),
    ("de", "Dieser Kommentar gibt die Meinung der Autorin wieder, sagte der Chefredakteur, nicht die des Verlags."),
    ("de", "Schreiben Sie uns Ihre Meinung, hat der Bürgermeister gesagt, und dann hat niemand zugehört."),
    ("de", "Mehr Meinung wagen, das wäre ein Anfang für die Partei."),
    ("de", "Folgen Sie Petra Lange auf Instagram, sehen Sie vor allem Blumen und Bienen."),
    ("fr", "Écrivez à votre député : c'est encore le meilleur moyen de se faire entendre."),
    ("fr", "Les lettres publiées par les associations ont rappelé cette évidence depuis des années, sans effet."),
    ("es", "Envíe su carta al Defensor del Pueblo antes del 30 de junio, recomienda la asociación de inquilinos."),
    ("es", "Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora, dijo el director."),
    ("es", "Los textos destinados a esta sección son cada vez más largos, admite la redacción."),
    ("es", "El diario se reserva el derecho de publicar la entrevista completa."),
    ("pt", "O jornal reserva-se o direito de publicar a entrevista na íntegra."),
    ("es", "El periódico se reserva el derecho de publicar las cartas que considere, según sus normas, pero nunca las modifica."),
    ("it", "Le opinioni espresse in questo articolo sono dell'autore, ha precisato il direttore, e non di tutta la redazione."),
    ("it", "Scrivete al sindaco, ci ha detto un'infermiera, perché nessuno ascolta chi lavora in corsia."),
    ("pt", "Para comentar a decisão, o ministro convocou uma conferência de imprensa no Porto."),
    ("pt", "Envie a sua carta ao presidente da câmara, sugeriu o vereador aos moradores descontentes."),
    ("nl", "Meer opinie dan feiten, zo vatte de rechter het rapport van de provincie samen."),
    ("nl", "De mening in dit artikel werd door de hoofdredactie niet gedeeld, schreef de ombudsman later."),
    ("sv", "Skicka ditt bidrag till kommunen senast i maj, uppmanar föreningen sina medlemmar."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

#: the calls to comment over a comment section (comment-section: at the tail, everything from it goes)
test_the_calls_to_comment_go = tail_residue_tests(
    TEXT["en"], [("What do you think? Have your say in the comments below.", "comment-section")]
)


def test_a_login_notice_led_by_its_purpose_opens_the_comments() -> None:
    page = [*TEXT["pt"], "Comentários", "Para comentar tem de ser assinante."]
    result = cleaner.explain_text("\n".join(page))
    assert lost(TEXT["pt"], result) == []
    assert ("comment-section", "Para comentar tem de ser assinante.") in removed(result)


_LETTERS = [
    "The price of a school blazer with the logo sewn on has reached £45 at my children's school, and that is too much.",
    "Supermarket blazers cost £8, and the logo could be ironed on for a fraction of the difference.",
    "Rachel Green, Norwich",
    "I am a head teacher, and I agree with your correspondent about the price of blazers at many schools.",
    "But parents also tell us that a uniform saves them money on clothes their children would otherwise demand.",
]
_SIGNED = "Mark Stevens, Headteacher, Hillside Academy, Derby"
_FOOTER = ["Most read", "Council tax to rise by 5%", "Man charged after crash on A47", "Sport", "Weather"]


def test_the_last_letters_signature_stays_when_the_page_signs_its_letters_so() -> None:
    # (edge_reading.letter_signatures: "Rachel Green, Norwich" under the first letter signs the same way)
    page = [*_LETTERS, _SIGNED]
    result = cleaner.explain_text("\n".join([*page, *_FOOTER]))
    assert lost(page, result) == [], removed(result)
    assert result.text.split("\n")[-1] == _SIGNED


def test_a_name_under_the_article_with_no_other_signature_still_goes() -> None:
    # (one letter's text, no signature between paragraphs: the line is the run's, as on main)
    page = [_LETTERS[0], _LETTERS[1], _LETTERS[3], _LETTERS[4]]
    result = cleaner.explain_text("\n".join([*page, _SIGNED, *_FOOTER]))
    assert lost(page, result) == []
    assert ("edge-furniture", _SIGNED) in removed(result)


_COLUMN = [
    "Seit April steht bei uns das Gras kniehoch, und die Nachbarn schauen jeden Morgen über den Zaun.",
    "Aber zwischen den Halmen summt und brummt es, wie ich es seit meiner Kindheit nicht mehr gehört habe.",
    "Bis nächste Woche!",
]
_COLUMN_FOOTER = ["Alle Kolumnen", "Mehr aus Meinung", "Impressum", "Datenschutz"]


@pytest.mark.parametrize(
    ("closing", "sign_off", "footer"),
    [
        (_COLUMN, "Ihre Petra Lange", _COLUMN_FOOTER),
        (["Nobody died, no client was lost, and the news, it turns out, was still there on Monday morning.",
          "I am only going to tell you what I found in the drawer's silence, which was time, mostly.",
          "See you next week."], "Yours, Tom", ["More columns", "Most read", "Privacy", "Terms"]),
    ],
)
def test_a_columns_sign_off_under_its_closing_sentence_stays(closing: list[str], sign_off: str, footer: list[str]) -> None:
    page = [*closing, sign_off]
    result = cleaner.explain_text("\n".join([*page, *footer]))
    assert lost(page, result) == [], removed(result)


def test_a_bare_name_under_the_column_still_goes() -> None:
    result = cleaner.explain_text("\n".join([*_COLUMN, "Petra Lange", *_COLUMN_FOOTER]))
    assert lost(_COLUMN, result) == []
    assert ("edge-furniture", "Petra Lange") in removed(result)


def test_a_letters_pages_own_heading_between_its_letters_stays() -> None:
    # ("More letters" over the next letter's headline is the page's own heading: en's table names "More opinion", not it)
    page = [
        *_LETTERS[:3],
        "More letters",
        "Bus cuts",
        "I read with dismay that the last bus from Bath to Frome is to be withdrawn in January this year.",
        "For those of us who do not drive, that bus is the only way home after a late shift at the hospital.",
        "Margaret O'Neill, Frome",
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
