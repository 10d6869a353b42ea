# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""left33: a probe of the residue earlier probes had to leave (their ``RESIDUE_LEFT``) and of social-media embeds as
scrapers flatten them, among news articles, blog posts, newsletters and forum replies, in en, de, fr, es, it, pt, nl, pl
and sv:

- residue: a TikTok embed's one line ("@handle caption #tag ♬ original sound - Name"), an Instagram embed's frame
  ("View this post on Instagram", "A post shared by Name (@handle)", in each language), "Watch on TikTok", "View on
  Threads", "Post by @handle", "Publicación de @…", an embedded YouTube player's controls ("Watch later", "Tap to
  unmute", "If playback doesn't begin shortly, try restarting your device."), an embedded post's attribution ("— Name
  (@handle) March 4, 2024"), a forum's quote header ("Quote:" / "Originally Posted by X", "Zitat von X", "Citation de
  X", "Reply With Quote", "Last edited by X; …"), newsletter pitches naming no newsletter ("Get the week's biggest
  stories in your inbox every Friday.", "Recibe cada mañana las noticias más importantes.", "Ricevi ogni venerdì …",
  "Få veckans viktigaste nyheter i din inkorg varje fredag."), a podcast's box of other episodes with their lengths
  under "Weitere Folgen", dev.to's dates without a year ("Geplaatst op 4 mrt"), its "12 reactions" and "Add to reading
  list", "FULL STORY" and "Story Source:" of a press aggregator, price buttons ("399,00 € bei MediaMarkt"), "SPONSORED"
  blocks, a newsletter issue's "Au sommaire :" and its stories over the letter;
- controls: an article quoting a post in its own sentence ("In a post on X, the minister wrote that …"), an embedded
  post's text the article rests on (``T``), a newsletter's own issue whose intro says "every Friday in your inbox", an
  article about sponsorship ("Sponsored by a betting firm since 2019, …"), "Au sommaire de ce numéro, …" and "Nel
  sommario spiccano …" as the article's sentences.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines, an embedded post's own words).

- round 1, blind (written before reading the passes): 25 pages, 161 ``A`` lines, 131 ``R``, 37 ``T``.
- round 2, after the changes, aimed at them: 7 pages of controls, 55 ``A``, 7 ``T``: "Quote:" over a quotation the
  article gives, "Originally posted by the BBC in 2019, …", "Last edited by the curator in March, …", "Watch later
  episodes …", "Info" / "Shopping" as a guide's headings, "8,00 € bei Vorverkauf" and "279,99 € bei MediaMarkt kostet
  …", "Jeden Morgen landen Dutzende Nachrichten in Ihrem Postfach, …", "Zitat von Goethe", "Weitere Folgen der Reihe
  sind …", "Au sommaire :" with its list inside the text, "Citation de Victor Hugo", "Recevez chaque semaine vos amis
  …", "Recibe cada mañana a más de treinta pacientes …", "Ver en Threads lo que dicen …", "Få nyheter har väckt …", an
  issue's "In this issue:" under the letter's first paragraph, "Gemiddelde prijs: € 6,49 bij Albert Heijn".

Measured on main 2e0aae7: round 1 lost 0, left 65; round 2 lost 0, left 0. After: round 1 lost 0, left 15 (six
attributions of embedded posts, the rest as ``RESIDUE_LEFT`` says); round 2 lost 0, left 0. An embedded post's
attribution was taken by a rule in round 1's first try (a dash, a name, the handle in brackets, a dated tail): it took
test_redteam15's and test_comm22's lines tagged ``A`` (the source of a post the article quotes), so it went.

The changes, each with what it still takes and what it keeps (tests below):

- ``widgets.social`` (social-buttons), any language: a TikTok embed's line, the handle first and the sound's note
  ("♬") in it, or the sound's credit alone. Per language: the Instagram embed's frame ("Diesen Beitrag auf Instagram
  ansehen", "Ein Beitrag geteilt von X (@x)", "Voir cette publication sur Instagram", "Una publicación compartida de X
  (@x)", "Visualizza questo post su Instagram", "Ver esta publicação no Instagram", "Bekijk dit bericht op Instagram",
  "Visa det här inlägget på Instagram", "Wyświetl ten post na Instagramie": the handle in brackets closes the frame, so
  "Una publicación compartida por miles de usuarios obligó …" stays), the link to the embed's network ("Watch on
  TikTok", "Ver en Threads", "Bekijk op YouTube"), a handle's credit ("Post by @x", "Publicación de @x"), dev.to's "12
  reactions" / "Add to reading list" / "Toevoegen aan leeslijst".
- ``widgets.chrome`` (site-chrome), en: a YouTube player's "Watch later", "Tap to unmute", "If playback doesn't begin
  shortly, …" ("Info", "Shopping" stay: a guide's headings); "FULL STORY" in capitals, "Story Source:"; de: "Alle
  Folgen anzeigen".
- ``widgets.shop_price`` (new, site-chrome; de, nl, fr): a price at a shop ("399,00 € bei MediaMarkt", "€ 399 bij
  Coolblue", "399 € chez Fnac"), taken only beside other residue the vocabularies took (another price button, "Zum
  Angebot"): one price between paragraphs stays ("8,00 € bei Vorverkauf"; de's nouns a price is paid at are excluded
  too), and so does a row with its label ("Gemiddelde prijs: € 6,49 bij Albert Heijn").
- ``comments.ui`` (comment-ui): en "Originally Posted by X" (a handle of one word: "Originally posted by the BBC in
  2019, …" runs on), "Reply With Quote", "Last edited by X; 03-14-2024 at 09:12 PM."; de "Zitat von X" and fr
  "Citation de X" where the handle holds an underscore or a figure ("Zitat von Goethe", "Citation de Victor Hugo"
  stay). ``comments.quote_label`` (new): "Quote:", "Zitat:", "Citation :" alone, taken only right over a line the ui
  table takes (``CommentUI._quote_labels``): over a quotation the article gives, it stays.
- ``signup.newsletter`` (newsletter-prompt): en "Get … in your inbox every Friday." (a weekday after "every"); es
  "Recibe cada mañana las noticias más importantes." (the frequency first, then news words: "Recibe cada mañana a más
  de treinta pacientes …" stays); it "Ricevi ogni venerdì le notizie più importanti …"; sv "Få veckans viktigaste
  nyheter i din inkorg …" (closing on "i din inkorg": "Få nyheter har väckt …" stays); de "Jeden Freitag die
  wichtigsten Neuerscheinungen in Ihrem Postfach." (no verb after the time: "Jeden Morgen landen Dutzende Nachrichten
  in Ihrem Postfach, …" stays); fr "Recevez chaque semaine nos …" (the newsletter's own "nos", "l'essentiel": "Recevez
  chaque semaine vos amis …" stays). ``signup.disclosure``, de: "Für Käufe über diese Links erhalten wir eine
  Provision."
- ``metadata.dateline`` (release33's table, a block of its own): a blog platform's date without its year after its
  label, nl "Geplaatst op 4 mrt", es "Publicado el 10 feb", fr "Publié le 4 mars", de "Veröffentlicht am 4. März", it
  "Pubblicato il 4 mar", pt "Publicado em 4 de mar.".
- ``promos.box_heading`` (teaser-box), nine languages: a podcast's "Weitere Folgen", "More episodes", "Autres
  épisodes", …; and ``TeaserBox`` takes an episode's length ("32 Min.", table ``duration``) under a headline of its box,
  and counts it in ``_box_follows`` (a length under no headline of the box stays).
- ``widgets.issue_heading`` (new, table-of-contents, nine languages): "In this issue:", "Au sommaire :", "In dieser
  Ausgabe:", … before the text's first prose line, with the 2 to 8 short lines under it (no sentence: the issue's
  stories) and the letter's salutation or first paragraph right under them (``TableOfContents._issue_contents``); the
  same heading under the letter's first paragraph, or over lines that run into more short lines, stays.
"""

from __future__ import annotations

from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== social embeds =====
    "en_minister_x_embed": """\
T Housing minister defends rent cap after landlords threaten to sell up
A The housing minister on Monday defended the government's plan to cap rent rises at 3 per cent a year, days after a landlords' group warned that thousands of its members would sell their properties.
A In a post on X, the minister wrote that the cap would "give families certainty without punishing the many good landlords who play by the rules".
A The National Landlords Association said the figure was set without consulting the sector and would push smaller owners out of the market.
T The rent cap is about fairness. Nine in ten landlords already raise rents by less than 3% a year. This protects tenants from the few who don't. pic.twitter.com/Qx7LmR2bTa
R — Sarah Whitcombe MP (@SWhitcombeMP) March 4, 2024
A Tenant groups welcomed the plan but said it did not go far enough, pointing out that the cap would not apply to new tenancies.
A "A cap that resets every time a tenant moves is a cap with a hole in it," said Priya Nair of the Renters' Alliance.
A Figures from the Office for National Statistics show private rents rose by 8.7 per cent in the year to January, the fastest rate since records began.
A The bill is expected to have its second reading in the Commons before the Easter recess.
R Get the week's biggest stories in your inbox every Friday.
R Sign up
""",
    "en_instagram_celebrity_full": """\
R Entertainment
T Olympic gymnast announces retirement in emotional Instagram post
R View this post on Instagram
R A post shared by Maya Okonkwo (@mayaokonkwo)
A Three-time Olympic medallist Maya Okonkwo has announced her retirement from competitive gymnastics at the age of 27.
A The announcement came in a long post on Instagram on Sunday evening, in which she thanked her coaches, her family and "every little girl who ever wrote me a letter".
A Okonkwo won bronze on the balance beam in Rio, silver in Tokyo and gold on the floor in Paris last summer.
A She said a recurring ankle injury had made training "a daily negotiation with pain" and that she wanted to leave the sport on her own terms.
A British Gymnastics said in a statement that she had "changed what young athletes in this country believe is possible".
A Okonkwo, who grew up in Leeds, plans to study sports medicine and has said she hopes to coach one day.
A Her former teammate Ellie Marsh wrote in a comment under the post that Okonkwo had been "the heart of that team".
R Get the week's biggest stories in your inbox every Friday.
R Your email address
R Subscribe
R By subscribing you agree to our Privacy Policy.
""",
    "en_tiktok_bluesky_extract": """\
T The cat that runs a museum: how a stray became a tourist attraction
A When a thin tabby wandered into the Harbour Maritime Museum in the winter of 2021, the staff assumed it would move on within a week.
A Three years later, Captain, as the cat is now known, has his own staff pass, a basket beside the ship's wheel and more followers online than the museum itself.
A A short video of him sleeping in a display of Victorian sailors' hammocks has been viewed more than four million times.
R @harbourmuseum Captain has clocked off for the day #museumcat #catsoftiktok ♬ original sound - Harbour Maritime Museum
R Watch on TikTok
A Visitor numbers rose by 38 per cent last year, and the museum's shop now sells more Captain mugs than anything else.
A "People come for the cat and stay for the ships, and honestly we're fine with that," said the museum's director, Alan Pryce.
A Not everyone is a fan: a local councillor complained on Bluesky that the council was "subsidising a cat's influencer career".
T Lovely animal, but the museum's grant is public money and the cat is not an exhibit. Priorities, please.
R — Cllr Dan Hewitt (@danhewitt.bsky.social) April 28, 2025 at 9:14 AM
A The museum says Captain's food and vet bills are paid from donations left in a jar at the entrance.
""",
    "en_youtube_threads_full": """\
R Tech
T Why the EU's new charger rule is coming for your laptop next
A From this spring, every new laptop sold in the European Union must be able to charge over USB-C, extending a rule that has applied to phones since the end of 2024.
A The regulation covers laptops that draw up to 100 watts, which includes almost every model aimed at students and office workers.
A Gaming laptops and mobile workstations that need more power are exempt for now, though they must still accept a USB-C charger for slower charging.
R Watch later
R Share
R Copy link
R Info
R Shopping
R Tap to unmute
R If playback doesn't begin shortly, try restarting your device.
R Watch on YouTube
A The Commission says the rule will save consumers around 250 million euros a year and cut the 11,000 tonnes of charger waste thrown away in the bloc annually.
A Manufacturers must also sell laptops without a charger in the box, though they can still offer one as an option.
A One executive at a large European retailer said on Threads that the change had been "surprisingly painless" for most brands.
R Post by @jvanderlinde
R View on Threads
A Apple, which fought the phone rule for years, switched its MacBook Air to USB-C charging in 2018 and is not expected to be affected.
R More from Tech
""",
    "en_mastodon_devto_extract": """\
T I moved our team's CI from GitHub Actions to a self-hosted runner. Here's what broke.
R Tomás Herrera
R Posted on Mar 4
R • Updated on Mar 6
R #devops #ci #github #selfhosted
A Last month our GitHub Actions bill passed 900 dollars, mostly because of a test suite that runs for 40 minutes on every push.
A So I spent a weekend moving our builds to a self-hosted runner on a spare server in the office.
A The runner itself took twenty minutes to set up; everything after that took the rest of the weekend.
A The first surprise was caching: the hosted runners start clean every time, and our workflow quietly relied on that.
A Stale node_modules folders from earlier builds broke three jobs before I added a cleanup step at the start of each run.
A The second surprise was Docker: jobs that built images filled the disk in four days, so I now prune images every night.
A A few people asked about this on Mastodon, and the most useful reply came from a maintainer of the runner itself.
T Please, please run self-hosted runners in ephemeral mode. A long-lived runner on a public repo is a remote shell for anyone who can open a PR.
R Post by @kgruber@fosstodon.org
R View on Mastodon
A That advice is the most important thing in this post: our repo is private, but I switched to ephemeral runners anyway.
A Our bill is now zero, and the suite runs in 14 minutes instead of 40, because the office server is faster than the hosted machines.
R 12 reactions
R Add to reading list
R Top comments (3)
""",
    "en_forum_quote_vbulletin": """\
R Home > Forums > Vintage Motorcycles > Restoration
T Re: Carb rebuild on a 1978 CB750 — idles rough after cleaning
R Quote:
R Originally Posted by bikerdude77
T I cleaned all four carbs, new gaskets and needles, synced them with a gauge, and it still hunts between 800 and 1400 at idle. Any ideas?
A Hunting idle after a rebuild on those carbs is almost always an air leak, not a fuel problem.
A Check the rubber boots between the carbs and the head first: on a bike that old they crack on the underside, where you can't see them.
A Spray a little carb cleaner around each boot with the engine idling, and if the revs jump you have found your leak.
A Also make sure the pilot screws are set the same on all four, about two and a half turns out from lightly seated is a good start.
A If those are fine, check that the choke plunger is fully closing, because a sticky one will do exactly what you describe.
A I chased the same problem on my K2 for a month and it turned out to be a split boot on cylinder three.
R Last edited by oldwing_ray; 03-14-2024 at 09:12 PM.
R Reply With Quote
""",
    # ===== newsletters and sponsored =====
    "en_newsletter_issue_control": """\
T The Friday Ledger — Issue 112
A Welcome back to The Friday Ledger, the letter that lands every Friday in your inbox with the week's money news explained in plain English.
A This week: why your savings rate is about to fall, and what the new pension rules mean if you are self-employed.
R SPONSORED
R Tired of juggling five budgeting apps? Pennywise brings your accounts, bills and goals into one simple dashboard.
R Try Pennywise free for 30 days
A The Bank of England cut its base rate to 4 per cent on Thursday, the third cut in a year.
A Banks usually pass cuts on to savers within a few weeks and to borrowers much more slowly.
A If you have an easy-access account paying more than 4.5 per cent, it is worth checking whether the rate is fixed or can change at any time.
A On pensions, the change that matters most is the new rule letting self-employed people carry forward unused allowances from six years instead of three.
A That is a real gift for anyone whose income swings from year to year, so speak to an adviser before April if you can.
A That's all for this week. See you next Friday.
R You are receiving this email because you subscribed to The Friday Ledger.
R Unsubscribe | Update your preferences
""",
    "en_sponsorship_article_control": """\
T Sponsored by a betting firm: the Premier League's shirt problem
A Next season, eleven of the twenty Premier League clubs will play with a betting company's name across their shirts.
A The league's clubs agreed last year to remove gambling sponsors from the front of shirts, but the ban only starts in 2026.
A Sponsored content on club websites is growing too, with betting tips appearing beside match reports and injury news.
A Sponsored by a betting firm since 2019, one midlands club earns more from its shirt deal than from its entire matchday income.
A Campaigners say the deals expose millions of children to gambling adverts every weekend.
A "If a child can't buy the product, the child shouldn't be wearing the logo," said Claire Denton of the charity Gambling With Lives.
A The clubs argue that smaller teams would lose up to 10 million pounds a year without the deals.
A The government has said it will review the voluntary ban in 2027.
""",
    "en_sciencedaily_full_story": """\
R Science News
R from research organizations
T Ancient forest found under Antarctic ice sheet
R Date:
R March 4, 2024
R Source:
R University of Northmoor
T Summary:
T Researchers have found fossilised tree roots beneath the West Antarctic ice sheet, evidence of a temperate forest some 90 million years ago.
R Share:
R FULL STORY
A Researchers drilling through the West Antarctic ice sheet have found fossilised tree roots, pollen and spores from a temperate rainforest that grew there some 90 million years ago.
A The samples were taken from a core drilled into the seabed near Pine Island Glacier, about 900 kilometres from the South Pole.
A Analysis of the pollen showed conifers and ferns similar to those found in New Zealand's forests today.
A The team estimates that the average annual temperature was about 12 degrees Celsius, with summer highs near 20 degrees.
A "We did not expect to find a forest this close to the pole," said the lead author, Dr. Ingrid Halvorsen.
A The finding suggests that carbon dioxide levels at the time were much higher than previously assumed, the authors write.
A The study is published in the journal Nature.
R Story Source:
R Materials provided by University of Northmoor. Note: Content may be edited for style and length.
""",
    # ===== German =====
    "de_podcast_weitere_folgen": """\
R Podcast
T Folge 87: Warum wir im Winter öfter krank werden
A In dieser Folge spricht Moderatorin Lena Albers mit der Virologin Prof. Sabine Kröger über die Frage, warum Erkältungen im Winter so viel häufiger sind.
A Kröger erklärt, dass trockene Heizungsluft die Schleimhäute austrocknet und Viren so leichter eindringen können.
A Außerdem halten sich die meisten Menschen im Winter länger in geschlossenen Räumen auf, wo sich Viren schneller verbreiten.
A Die Kälte allein mache dagegen nicht krank, sagt Kröger, auch wenn sich dieser Mythos hartnäckig halte.
A Zum Schluss gibt sie Tipps, wie man sich schützen kann: regelmäßig lüften, Hände waschen und ausreichend schlafen.
R Herunterladen
R Weitere Folgen
R Folge 86: Wie entsteht ein Gewitter?
R 32 Min.
R Folge 85: Was passiert beim Zeitumstellen im Körper?
R 28 Min.
R Folge 84: Können Tiere lügen?
R 35 Min.
R Alle Folgen anzeigen
""",
    "de_smartphone_preis_full": """\
R Startseite › Technik › Smartphones
T Pixel 9a im Preissturz: So günstig war das Google-Handy noch nie
A Das Pixel 9a ist derzeit so günstig wie nie zuvor: Mehrere Händler verlangen nur noch 399 Euro statt der ursprünglichen 549 Euro.
A Google hatte das Mittelklasse-Handy erst im April vorgestellt und sieben Jahre Updates versprochen.
A Im Test überzeugte vor allem die Kamera, die bei Tageslicht fast an das teurere Pixel 9 heranreicht.
A Der Akku hielt in unserem Test über 14 Stunden durch, ein sehr guter Wert in dieser Preisklasse.
A Bei MediaMarkt kostet das Gerät in der Farbe Obsidian aktuell 399,00 Euro, bei Amazon einen Euro mehr.
R 399,00 € bei MediaMarkt
R 400,00 € bei Amazon
R 419,99 € bei Otto
R Zum Angebot
A Wer auf die Farbe Porcelain Wert legt, muss derzeit noch rund 30 Euro mehr bezahlen.
A Ob der Preis weiter fällt, ist unklar: Zum Black Friday rechnen Händler eher mit Engpässen als mit neuen Rabatten.
R * Affiliate-Links: Für Käufe über diese Links erhalten wir eine Provision.
""",
    "de_x_post_bundestag": """\
T Streit um Schuldenbremse: Lindner kontert Kritik der Länder
A Bundesfinanzminister Christian Lindner hat die Kritik mehrerer Länder an seinen Haushaltsplänen scharf zurückgewiesen.
A Auf X schrieb der FDP-Politiker am Montagabend, die Länder sollten „erst einmal ihre eigenen Hausaufgaben machen“.
T Wer jedes Jahr neue Schulden fordert, handelt nicht solidarisch, sondern verantwortungslos gegenüber unseren Kindern.
R — Christian Lindner (@c_lindner) March 4, 2024
A Zuvor hatten die Ministerpräsidenten von Niedersachsen und Bremen eine Reform der Schuldenbremse gefordert, um Investitionen in Schulen und Brücken zu ermöglichen.
A Niedersachsens Regierungschef sprach von einem „Investitionsstau von mehr als 20 Milliarden Euro“ allein in seinem Land.
A Auch aus der SPD-Bundestagsfraktion kam Kritik an Lindners Tonfall.
A Der Bundesrat soll sich im April mit dem Haushaltsbegleitgesetz befassen.
R Mehr zum Thema
R Haushalt 2025: Die wichtigsten Zahlen im Überblick
R Schuldenbremse: Was Ökonomen empfehlen
""",
    "de_forum_zitat": """\
T Re: Wärmepumpe im Altbau – Erfahrungen mit Heizkörpern?
R Zitat von Heizungsbauer_Tom
T Bei 60 Grad Vorlauf lohnt sich das nicht, da bleibst du besser bei Gas.
A Das stimmt so pauschal nicht, wir haben ein Haus von 1962 mit normalen Heizkörpern und eine Luft-Wasser-Wärmepumpe seit zwei Jahren.
A Wir haben drei Heizkörper gegen größere getauscht, damit kommen wir mit 48 Grad Vorlauf auch bei minus zehn Grad aus.
A Die Jahresarbeitszahl lag im ersten Winter bei 3,4, im zweiten nach etwas Optimierung bei 3,7.
A Wichtig war vor allem ein sauberer hydraulischer Abgleich, den der erste Installateur schlicht nicht gemacht hatte.
A Die Stromkosten für die Heizung lagen im letzten Jahr bei rund 1.450 Euro, vorher haben wir für Gas etwa 2.300 Euro gezahlt.
R Beitrag melden
R Antworten
""",
    # ===== French =====
    "fr_lettre_au_sommaire": """\
T La Lettre du climat – n° 58
R Au sommaire :
R La sécheresse s'installe dans le Sud-Ouest
R Ce que change la nouvelle loi sur l'eau
R Trois questions à une hydrologue
A Chère lectrice, cher lecteur,
A Au sommaire de ce numéro, nous revenons longuement sur la sécheresse qui frappe le Sud-Ouest depuis le début du printemps.
A Dans les Landes, les nappes phréatiques sont à leur plus bas niveau depuis 1976, selon le Bureau de recherches géologiques et minières.
A Plusieurs communes ont déjà interdit l'arrosage des jardins et le remplissage des piscines privées.
A La nouvelle loi sur l'eau, adoptée en mars, oblige désormais les grandes exploitations agricoles à déclarer leurs prélèvements chaque mois.
A Les syndicats agricoles dénoncent une charge administrative supplémentaire, tandis que les associations saluent un premier pas.
A Nous avons interrogé l'hydrologue Claire Mouret, qui estime que la France devra réduire de 10 % ses prélèvements d'ici 2030.
A Bonne lecture, et à la semaine prochaine.
R Vous recevez cette lettre car vous êtes inscrit à La Lettre du climat.
R Se désinscrire
""",
    "fr_instagram_chanteuse": """\
R Culture
T Angèle annonce une tournée des stades pour 2026
R Voir cette publication sur Instagram
R Une publication partagée par Angèle (@angele_vl)
A La chanteuse belge Angèle a annoncé lundi une tournée dans les plus grands stades de France et de Belgique pour l'été 2026.
A L'annonce a été faite sur Instagram, où l'artiste a publié une vidéo tournée dans les coulisses de son dernier concert à Bruxelles.
A La tournée passera notamment par le Stade de France, le Groupama Stadium de Lyon et le stade Roi-Baudouin.
A La billetterie ouvrira le 14 mars à 10 heures, avec une prévente réservée aux membres de son fan-club deux jours plus tôt.
A Il s'agit de la première tournée des stades pour la chanteuse, qui avait rempli l'Accor Arena à six reprises en 2023.
A Son troisième album, attendu pour l'automne, n'a pas encore de titre officiel.
R Recevez chaque semaine l'essentiel de l'actualité culturelle dans votre boîte mail.
R S'inscrire
""",
    "fr_forum_citation": """\
R Accueil › Forum › Jardinage › Potager
T Re: Tomates qui noircissent en bas, que faire ?
R Citation de jardin_de_mimi
T Mes tomates ont toutes une tache noire en dessous, même les vertes. C'est une maladie ?
A Ce n'est pas une maladie, c'est la nécrose apicale, un manque de calcium dans le fruit.
A Le plus souvent il y a assez de calcium dans le sol, mais la plante n'arrive pas à le transporter parce que l'arrosage est irrégulier.
A Arrose moins souvent mais plus abondamment, et paille le pied pour garder l'humidité.
A Les fruits touchés ne guériront pas, tu peux les enlever pour que la plante se concentre sur les suivants.
A Chez moi le problème a disparu en trois semaines après avoir installé un goutte-à-goutte.
R Répondre
R Signaler
""",
    # ===== Spanish =====
    "es_entrevista_newsletter": """\
R Economía
T La OCDE rebaja la previsión de crecimiento de España al 2,1%
A La Organización para la Cooperación y el Desarrollo Económicos (OCDE) ha rebajado dos décimas su previsión de crecimiento para la economía española este año, hasta el 2,1%.
A El organismo atribuye el recorte a la debilidad de la demanda europea y a la incertidumbre por los aranceles de Estados Unidos.
A Aun así, España seguirá creciendo por encima de la media de la zona euro, que la OCDE sitúa en el 0,9%.
A El ministro de Economía, Carlos Cuerpo, escribió en X que los datos confirman "la fortaleza de nuestra economía frente a un entorno complejo".
T La OCDE vuelve a situar a España como una de las economías más dinámicas de la OCDE. Seguimos trabajando para que el crecimiento llegue a todos los hogares.
R — Carlos Cuerpo (@carlos_cuerpo) March 4, 2025
A La oposición, por su parte, recordó que la OCDE también advierte del elevado nivel de deuda pública, que supera el 100% del PIB.
A El informe recomienda a España reforzar la formación profesional y reducir la temporalidad en el sector público.
R Recibe cada mañana las noticias más importantes.
R Apúntate
R Te puede interesar
R El Ibex 35 cierra la semana con una subida del 1,8%
""",
    "es_tiktok_threads_cocina": """\
T El truco viral de la tortilla de patatas que divide a los cocineros
A Un vídeo de un cocinero gallego que prepara la tortilla de patatas en la freidora de aire acumula más de seis millones de reproducciones.
R @chefbreogan La tortilla de siempre pero sin freír 🥔🔥 #tortilla #airfryer #recetas ♬ sonido original - Breogán Cocina
A En la grabación, Breogán Castro asa las patatas en la freidora durante veinte minutos antes de mezclarlas con el huevo y cuajar la tortilla en la sartén.
A El resultado, asegura, tiene un 70% menos de aceite y "el mismo sabor que la de tu abuela".
A No todos están de acuerdo: el chef vasco Iñaki Larrañaga respondió en Threads que eso "no es una tortilla, es un bizcocho de patata".
R Publicación de @inakilarranaga
R Ver en Threads
A La polémica ha llegado incluso a la Asociación de Amigos de la Tortilla de Betanzos, que ha invitado a ambos a un concurso en septiembre.
A Los nutricionistas consultados recuerdan que el aceite de oliva no es el problema de la tortilla, sino la cantidad de patata frita que se come.
R Ver en TikTok
""",
    # ===== Italian =====
    "it_instagram_calcio": """\
R Sport
T Chiellini dice addio al calcio giocato: «Ora inizia un'altra vita»
R Visualizza questo post su Instagram
R Un post condiviso da Giorgio Chiellini (@giorgiochiellini)
A Giorgio Chiellini ha annunciato il ritiro dal calcio giocato con un lungo messaggio pubblicato su Instagram.
A L'ex capitano della Juventus e della Nazionale, 40 anni, chiude la carriera dopo due stagioni nella Major League Soccer con il Los Angeles FC.
A Nel post ringrazia i tifosi bianconeri, i compagni di squadra e soprattutto la famiglia, «che mi ha sopportato anche nei giorni peggiori».
A Chiellini ha vinto nove scudetti consecutivi con la Juventus e l'Europeo del 2021 con l'Italia.
A Secondo indiscrezioni, entrerà nello staff dirigenziale della Juventus già dalla prossima stagione.
A Tra i primi a commentare il post c'è stato Leonardo Bonucci, suo compagno di reparto per oltre dieci anni.
R Iscriviti alla newsletter
R Ricevi ogni venerdì le notizie più importanti della settimana.
""",
    "it_sommario_control": """\
T Il sommario del nuovo numero di «Storia Oggi»: dal Medioevo alla Guerra fredda
A Il nuovo numero della rivista «Storia Oggi», in edicola da venerdì, è dedicato al tema dei confini.
A Nel sommario spiccano un lungo saggio sulla nascita delle frontiere medievali e un'intervista allo storico Franco Cardini.
A La rivista, fondata nel 1998, ha cambiato da gennaio direttore e formato, passando a un'uscita bimestrale.
A Il nuovo direttore, Paola Ferri, ha spiegato che la scelta è stata fatta per «dare più spazio agli approfondimenti».
A Un dossier di trenta pagine racconta la costruzione del muro di Berlino attraverso le lettere dei cittadini.
A Il numero costa 7,90 euro ed è disponibile anche in versione digitale.
""",
    # ===== Portuguese =====
    "pt_tweet_instagram_futebol": """\
R Desporto
T Benfica confirma contratação de avançado brasileiro
A O Benfica confirmou esta segunda-feira a contratação do avançado brasileiro Vitor Roque, que chega por empréstimo do Palmeiras até ao final da época.
A O jogador, de 20 anos, já esteve no Barcelona e no Betis e marcou 11 golos no Brasileirão desta temporada.
R Ver esta publicação no Instagram
R Uma publicação partilhada por SL Benfica (@slbenfica)
A O clube anunciou o negócio nas redes sociais com um vídeo gravado no Estádio da Luz.
A O treinador Bruno Lage disse em conferência de imprensa que Roque "traz velocidade e golo" a um ataque que tem sentido falta de soluções.
T Bem-vindo à família, Vitor! 🦅🔴 pic.twitter.com/Bf4kLq9Ztw
R — SL Benfica (@SLBenfica) March 4, 2025
A O Benfica tem a opção de compra do jogador por 25 milhões de euros no final do empréstimo.
A Roque poderá estrear-se já no sábado, frente ao Sporting de Braga.
R Receba as notícias do desporto no seu e-mail todas as sextas-feiras.
""",
    # ===== Dutch =====
    "nl_instagram_gesponsord": """\
R Nieuws
T Influencers moeten reclame voortaan duidelijker melden
A Influencers in Nederland moeten vanaf 1 juli duidelijker aangeven wanneer een bericht betaalde reclame is.
A Dat staat in nieuwe regels van de Stichting Reclame Code, die gelden voor iedereen met meer dan 10.000 volgers.
A Een hashtag als #ad of #spon aan het eind van een lange tekst is niet langer genoeg: de vermelding moet aan het begin staan en in het Nederlands.
R Bekijk dit bericht op Instagram
R Een bericht gedeeld door Monica Geuze (@monicageuze)
A Volgens de Reclame Code maakte bijna de helft van de onderzochte berichten niet duidelijk dat ervoor was betaald.
A Influencers die zich niet aan de regels houden, kunnen een berisping krijgen en worden bij herhaling op een openbare lijst gezet.
A Het woord gesponsord moet in de eerste regel van het bericht staan, zegt de stichting.
R GESPONSORD
R Slim besparen op je energierekening? Vergelijk nu alle energieleveranciers in één overzicht.
R Lees ook
R Kabinet wil reclame voor online gokken helemaal verbieden
""",
    "nl_devto_blog": """\
T Zo hebben we onze API-latency gehalveerd met één index
R Sanne de Vries
R Geplaatst op 4 mrt
R #postgres #performance #backend
A Vorige maand klaagden klanten steeds vaker dat onze app traag was bij het laden van de orderlijst.
A De oorzaak bleek één query te zijn die bij grote klanten meer dan twee seconden duurde.
A De query filterde op klant en status en sorteerde op datum, maar er was alleen een index op de klant.
A Met een samengestelde index op klant, status en datum daalde de mediane responstijd van 480 naar 210 milliseconden.
A Let wel op: een extra index maakt schrijven iets trager, en bij ons ging het om een tabel met veel meer lezen dan schrijven.
A Gebruik EXPLAIN ANALYZE voordat je een index toevoegt, en kijk daarna opnieuw of de planner hem echt gebruikt.
R 8 reacties
R Toevoegen aan leeslijst
""",
    # ===== Polish =====
    "pl_tweet_sejm": """\
T Sejm przyjął ustawę o asystencji osobistej
A Sejm przyjął w piątek ustawę o asystencji osobistej dla osób z niepełnosprawnościami.
A Za głosowało 430 posłów, nikt nie był przeciw, a dwóch wstrzymało się od głosu.
A Ustawa gwarantuje od 30 do 240 godzin asystencji miesięcznie, w zależności od potrzeb danej osoby.
A Ministra rodziny Agnieszka Dziemianowicz-Bąk napisała na X, że to „historyczny dzień dla tysięcy rodzin”.
T Po latach czekania asystencja osobista staje się prawem, a nie łaską. Dziękuję wszystkim, którzy o to walczyli.
R — Agnieszka Dziemianowicz-Bąk (@AgaBak) March 4, 2025
A Organizacje pozarządowe przypominają jednak, że kluczowe będzie finansowanie i liczba przeszkolonych asystentów.
A Ustawa trafi teraz do Senatu, a przepisy mają wejść w życie od stycznia przyszłego roku.
R Zobacz także
R Rząd przyjął projekt budżetu na 2026 rok
""",
    # ===== Swedish =====
    "sv_instagram_melodifestival": """\
T Loreen gör comeback i Melodifestivalen
R Visa det här inlägget på Instagram
R Ett inlägg delat av Loreen (@loreen_talhaoui)
A Loreen, som har vunnit Eurovision två gånger, ställer upp i Melodifestivalen igen nästa år.
A Det bekräftade hon själv i ett inlägg på Instagram på måndagskvällen, där hon skrev att hon ”inte kunde säga nej till en sista dans”.
A SVT presenterar alla 30 artister på tisdag, men Loreens medverkan var känd redan före det officiella beskedet.
A Hon vann Eurovision 2012 med Euphoria och 2023 med Tattoo, och är en av bara två artister som vunnit tävlingen två gånger.
A Deltävlingarna börjar i Linköping i februari och finalen hålls i Friends Arena den 8 mars.
R Få veckans viktigaste nyheter i din inkorg varje fredag.
R Prenumerera
""",
    # ===== ROUND 2 (aimed at the rules added: controls that must survive) ============================================
    "en_r2_quote_and_player_words": """\
T What the old forum posts tell us about the first home computers
A Historians of computing have started to treat old bulletin boards as archives, and the results are surprising.
A Quote:
A "The machine was never meant for games, but by Christmas every kid on the street had one," a user wrote in 1986.
A Originally posted by the BBC in 2019, the clip of a school computer club has now been viewed more than a million times.
A Reply with quote marks, the archive's guide advises, so that later readers can tell a user's words from the moderator's.
A Last edited by the curator in March, the collection now holds 40,000 threads from 1984 to 1999.
A Watch later episodes of the series on the museum's site, where each one comes with a reading list.
A Info
A Most threads begin with a question about a part or a program, and the answers run to dozens of replies.
A Shopping
A The adverts in the margins, for disk drives and modems, are now an archive of prices of their own.
A — Ruth Abbott, curator of the collection
""",
    "de_r2_preise_und_postfach": """\
T Konzert im Stadtpark: Karten ab Montag im Vorverkauf
A Das Sommerkonzert des Stadtorchesters findet am 12. Juli wieder im Stadtpark statt.
A Karten gibt es ab Montag an den bekannten Vorverkaufsstellen und im Bürgerbüro.
A 8,00 € bei Vorverkauf
A 10,00 € an der Abendkasse
A Kinder unter zwölf Jahren haben freien Eintritt, Schüler zahlen die Hälfte.
A Jeden Morgen landen Dutzende Nachrichten in Ihrem Postfach, und nur wenige davon sind wirklich wichtig.
A Deshalb verschickt das Kulturamt seine Hinweise künftig nur noch einmal im Monat.
A Zitat von Goethe
A „Die Musik ist der Gesang der Seele“, steht auf dem Plakat, das der Kunstverein gestaltet hat.
A Weitere Folgen der Reihe sind bereits geplant: Im August spielt das Jugendorchester, im September ein Chor.
A 279,99 € bei MediaMarkt kostet übrigens die Musikanlage, die der Verein für die Bühne gekauft hat.
""",
    "fr_r2_sommaire_dans_le_texte": """\
T Le numéro d'été de « Lire » est en kiosque
A Le magazine « Lire » publie cette semaine son numéro double de l'été, consacré aux romans de la mer.
A Au sommaire :
A Un entretien avec Sylvain Tesson
A Un dossier sur Jules Verne
A La liste des cinquante romans à emporter
A Le numéro compte 180 pages et coûte 9,90 euros, un prix en hausse d'un euro par rapport à l'an dernier.
A Citation de Victor Hugo
A « La mer est un espace de rigueur et de liberté », rappelle l'éditorial en ouverture du numéro.
A Recevez chaque semaine vos amis autour d'une bonne table, conseillait déjà un chroniqueur gastronomique en 1950.
""",
    "es_r2_recibe_informe": """\
T La doctora que atiende a todo un valle
A Marta Olano es la única médica de familia para siete pueblos del valle de Arán en invierno.
A Recibe cada mañana a más de treinta pacientes en un consultorio que comparte con la farmacia.
A Recibe cada mañana las noticias más importantes del hospital comarcal por teléfono, porque en el valle no hay cobertura de datos.
A Los fines de semana hace guardias en el centro de salud de Vielha, a una hora de carretera.
A "Ver en Threads lo que dicen de nosotros no me quita el sueño", bromea.
A La consejería ha prometido una segunda plaza para el próximo otoño.
""",
    "sv_r2_faa_nyheter": """\
T Få nyheter har väckt så mycket debatt som den nya skolreformen
A Få nyheter har väckt så mycket debatt i år som regeringens förslag om betyg från årskurs fyra.
A Få i din inkorg kommer att ha missat mejlen från föräldraföreningen, som skickat ut tre upprop på en vecka.
A Skolverket ska lämna sitt yttrande före sommaren.
A Oppositionen vill i stället satsa på fler speciallärare.
""",
    "en_r2_issue_contents_inside": """\
T The Harbour Weekly — Issue 88
A Good morning, and welcome back to the Harbour Weekly, where this week we have three stories for you.
A In this issue:
A Ferry timetable changes
A New bakery on Quay Street
A The ferry company confirmed on Monday that the winter timetable will start two weeks earlier than usual.
A Over on Quay Street, the Crumb & Co bakery opens its doors on Saturday in the old post office building.
A See you next week.
""",
    "nl_r2_prijslijst": """\
T Boodschappen weer duurder: dit betaal je nu voor een pak koffie
A Een pak koffie van 500 gram is in een jaar tijd gemiddeld 18 procent duurder geworden.
A We vergeleken de prijs van dezelfde koffie bij vier supermarkten.
A Gemiddelde prijs: € 6,49 bij Albert Heijn
A Bij Jumbo kost hetzelfde pak € 6,39, bij Lidl een merk met vergelijkbare bonen € 4,99.
A Volgens de Consumentenbond komt de stijging vooral door de hogere prijs van arabica-bonen.
A Een bericht gedeeld door de Consumentenbond op Instagram leverde honderden reacties op.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # an embedded post's attribution under its text ("— Christian Lindner (@c_lindner) March 4, 2024"): test_redteam15
    # and test_comm22 tag the same line ``A``, the source of a post the article quotes, and no shape tells the two apart
    # (a rule taking it, in widgets.social, took their lines: it went, a project decision this probe does not flip)
    "de_x_post_bundestag": 1,
    "en_minister_x_embed": 1,
    "en_tiktok_bluesky_extract": 1,
    "es_entrevista_newsletter": 1,
    "pl_tweet_sejm": 1,
    "pt_tweet_instagram_futebol": 1,
    # a section's name alone over the headline ("Podcast"): a one-word kicker, which no section table of de names
    "de_podcast_weitere_folgen": 1,
    # the writer's name alone over the post (dev.to's "Tomás Herrera", "Sanne de Vries"): a name, a heading's shape
    # (as test_blogs31 leaves its Hashnode card's)
    "en_mastodon_devto_extract": 1,
    "nl_devto_blog": 1,
    # a sponsor block's pitch and button under "SPONSORED" (which goes): an advertiser's prose and its offer, no call to
    # sign up (as test_mail30's en_beehiiv_sponsor)
    "en_newsletter_issue_control": 2,
    "nl_instagram_gesponsord": 1,
    # a YouTube player's "Info" and "Shopping" between the player's other controls (which go): one word each, a guide's
    # section heading as well ("Shopping" in a city guide)
    "en_youtube_threads_full": 2,
    # "Se désinscrire" alone under the letter's footer sentence: fr's table reads it in a row with another link only
    # ("Se désinscrire | Gérer mes préférences"), as a how-to heads its section so
    "fr_lettre_au_sommaire": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an article per language, the residue line put before or after them
TEXT = {
    "en": [
        "The housing minister on Monday defended the government's plan to cap rent rises at 3 per cent a year.",
        "Tenant groups welcomed the plan but said it did not go far enough, pointing out that the cap would not apply to new tenancies.",
        "The bill is expected to have its second reading in the Commons before the Easter recess.",
    ],
    "de": [
        "Bundesfinanzminister Christian Lindner hat die Kritik mehrerer Länder an seinen Haushaltsplänen scharf zurückgewiesen.",
        "Zuvor hatten die Ministerpräsidenten von Niedersachsen und Bremen eine Reform der Schuldenbremse gefordert.",
        "Der Bundesrat soll sich im April mit dem Haushaltsbegleitgesetz befassen.",
    ],
    "fr": [
        "La chanteuse belge Angèle a annoncé lundi une tournée dans les plus grands stades de France et de Belgique.",
        "La tournée passera notamment par le Stade de France, le Groupama Stadium de Lyon et le stade Roi-Baudouin.",
        "La billetterie ouvrira le 14 mars à 10 heures, avec une prévente réservée aux membres de son fan-club.",
    ],
    "es": [
        "La OCDE ha rebajado dos décimas su previsión de crecimiento para la economía española este año, hasta el 2,1%.",
        "El organismo atribuye el recorte a la debilidad de la demanda europea y a la incertidumbre por los aranceles.",
        "El informe recomienda a España reforzar la formación profesional y reducir la temporalidad en el sector público.",
    ],
    "it": [
        "Giorgio Chiellini ha annunciato il ritiro dal calcio giocato con un lungo messaggio pubblicato sui social.",
        "L'ex capitano della Juventus e della Nazionale chiude la carriera dopo due stagioni negli Stati Uniti.",
        "Secondo indiscrezioni, entrerà nello staff dirigenziale della Juventus già dalla prossima stagione.",
    ],
    "pt": [
        "O Benfica confirmou esta segunda-feira a contratação do avançado brasileiro, que chega por empréstimo até ao final da época.",
        "O treinador disse em conferência de imprensa que o jogador traz velocidade e golo a um ataque sem soluções.",
        "O clube tem a opção de compra do jogador por 25 milhões de euros no final do empréstimo.",
    ],
    "nl": [
        "Influencers in Nederland moeten vanaf 1 juli duidelijker aangeven wanneer een bericht betaalde reclame is.",
        "Volgens de Reclame Code maakte bijna de helft van de onderzochte berichten niet duidelijk dat ervoor was betaald.",
        "Influencers die zich niet aan de regels houden, kunnen een berisping krijgen van de stichting.",
    ],
    "sv": [
        "Loreen, som har vunnit Eurovision två gånger, ställer upp i Melodifestivalen igen nästa år.",
        "SVT presenterar alla 30 artister på tisdag, men hennes medverkan var känd redan före det officiella beskedet.",
        "Deltävlingarna börjar i Linköping i februari och finalen hålls i Stockholm den 8 mars.",
    ],
    "pl": [
        "Sejm przyjął w piątek ustawę o asystencji osobistej dla osób z niepełnosprawnościami.",
        "Ustawa gwarantuje od 30 do 240 godzin asystencji miesięcznie, w zależności od potrzeb danej osoby.",
        "Ustawa trafi teraz do Senatu, a przepisy mają wejść w życie od stycznia przyszłego roku.",
    ],
}

GOES = [
    ("en", "@harbourmuseum Captain has clocked off for the day #museumcat ♬ original sound - Harbour Maritime Museum", "social-buttons"),
    ("en", "Watch on TikTok", "social-buttons"),
    ("en", "View on Threads", "social-buttons"),
    ("en", "Post by @kgruber@fosstodon.org", "social-buttons"),
    ("en", "12 reactions", "social-buttons"),
    ("en", "Add to reading list", "social-buttons"),
    ("en", "Tap to unmute", "site-chrome"),
    ("en", "If playback doesn't begin shortly, try restarting your device.", "site-chrome"),
    ("en", "FULL STORY", "site-chrome"),
    ("en", "Get the week's biggest stories in your inbox every Friday.", "newsletter-prompt"),
    ("en", "Originally Posted by bikerdude77", "comment-ui"),
    ("en", "Reply With Quote", "comment-ui"),
    ("en", "Last edited by oldwing_ray; 03-14-2024 at 09:12 PM.", "comment-ui"),
    ("de", "Diesen Beitrag auf Instagram ansehen", "social-buttons"),
    ("de", "Ein Beitrag geteilt von Christian Lindner (@c_lindner)", "social-buttons"),
    ("de", "Jeden Freitag die wichtigsten Neuerscheinungen in Ihrem Postfach.", "newsletter-prompt"),
    ("de", "Zitat von Heizungsbauer_Tom", "comment-ui"),
    ("de", "Alle Folgen anzeigen", "site-chrome"),
    ("de", "Veröffentlicht am 4. März", "dateline"),
    ("fr", "Voir cette publication sur Instagram", "social-buttons"),
    ("fr", "Une publication partagée par Angèle (@angele_vl)", "social-buttons"),
    ("fr", "Recevez chaque semaine nos coups de cœur littéraires.", "newsletter-prompt"),
    ("fr", "Citation de jardin_de_mimi", "comment-ui"),
    ("es", "Ver esta publicación en Instagram", "social-buttons"),
    ("es", "Publicación de @inakilarranaga", "social-buttons"),
    ("es", "Ver en Threads", "social-buttons"),
    ("es", "Recibe cada mañana las noticias más importantes.", "newsletter-prompt"),
    ("es", "Publicado el 10 feb", "dateline"),
    ("it", "Visualizza questo post su Instagram", "social-buttons"),
    ("it", "Un post condiviso da Giorgio Chiellini (@giorgiochiellini)", "social-buttons"),
    ("it", "Ricevi ogni venerdì le notizie più importanti della settimana.", "newsletter-prompt"),
    ("pt", "Ver esta publicação no Instagram", "social-buttons"),
    ("pt", "Uma publicação partilhada por SL Benfica (@slbenfica)", "social-buttons"),
    ("nl", "Bekijk dit bericht op Instagram", "social-buttons"),
    ("nl", "Een bericht gedeeld door Monica Geuze (@monicageuze)", "social-buttons"),
    ("nl", "Geplaatst op 4 mrt", "dateline"),
    ("sv", "Visa det här inlägget på Instagram", "social-buttons"),
    ("sv", "Ett inlägg delat av Loreen (@loreen_talhaoui)", "social-buttons"),
    ("sv", "Få veckans viktigaste nyheter i din inkorg varje fredag.", "newsletter-prompt"),
    ("pl", "Wyświetl ten post na Instagramie", "social-buttons"),
    ("pl", "Post udostępniony przez Sejm RP (@KancelariaSejmu)", "social-buttons"),
]

STAYS = [
    ("en", "Several of the clips were posted with the sound of a song, and the museum says it pays for every licence."),
    ("en", "Originally posted by the BBC in 2019, the clip of a school computer club has now been viewed more than a million times."),
    ("en", "Last edited by the curator in March, the collection now holds 40,000 threads from 1984 to 1999."),
    ("en", "Readers can get the week's biggest stories in a printed digest, which the library hands out every Friday."),
    ("en", "Welcome back to The Friday Ledger, the letter that lands every Friday in your inbox with the week's money news."),
    ("en", "In a post on X, the minister wrote that the cap would give families certainty."),
    ("de", "Jeden Morgen landen Dutzende Nachrichten in Ihrem Postfach, und nur wenige davon sind wirklich wichtig."),
    ("de", "Zitat von Goethe"),
    ("de", "Weitere Folgen der Reihe sind bereits geplant, im August spielt das Jugendorchester."),
    ("de", "8,00 € bei Vorverkauf"),
    ("fr", "Au sommaire de ce numéro, nous revenons longuement sur la sécheresse qui frappe le Sud-Ouest."),
    ("fr", "Recevez chaque semaine vos amis autour d'une bonne table, conseillait un chroniqueur en 1950."),
    ("fr", "Citation de Victor Hugo"),
    ("es", "Recibe cada mañana a más de treinta pacientes en un consultorio que comparte con la farmacia."),
    ("es", "Una publicación compartida por miles de usuarios obligó al ayuntamiento a rectificar."),
    ("it", "Nel sommario spiccano un lungo saggio sulle frontiere medievali e un'intervista allo storico."),
    ("nl", "Gemiddelde prijs: € 6,49 bij Albert Heijn"),
    ("nl", "Een bericht gedeeld door de Consumentenbond op Instagram leverde honderden reacties op."),
    ("sv", "Få nyheter har väckt så mycket debatt i år som regeringens förslag om betyg från årskurs fyra."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def test_a_run_of_price_buttons_goes_and_one_price_stays() -> None:
    # (site-chrome's shop_price: the buttons of a price comparison stand together; one price between paragraphs is
    # the article's, "8,00 € bei Vorverkauf" as "279,99 € bei MediaMarkt")
    text = TEXT["de"]
    buttons = ["399,00 € bei MediaMarkt", "400,00 € bei Amazon", "419,99 € bei Otto"]
    result = cleaner.explain_text("\n".join([*text[:2], *buttons, text[2]]))
    assert [(r.pass_name, r.text) for r in result.removed] == [("site-chrome", b) for b in buttons]
    for alone in ["399,00 € bei MediaMarkt", "8,00 € bei Vorverkauf"]:
        page = [*text[:2], alone, text[2]]
        result = cleaner.explain_text("\n".join(page))
        assert lost(page, result) == [], removed(result)


def test_a_quote_label_goes_only_over_a_quote_header() -> None:
    text = TEXT["en"]
    result = cleaner.explain_text("\n".join([text[0], "Quote:", "Originally Posted by bikerdude77", *text[1:]]))
    assert [(r.pass_name, r.text) for r in result.removed] == [
        ("comment-ui", "Quote:"),
        ("comment-ui", "Originally Posted by bikerdude77"),
    ]
    page = [text[0], "Quote:", '"The machine was never meant for games," a user wrote in 1986.', *text[1:]]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)


def test_an_issues_contents_at_its_head_go_and_inside_the_letter_stay() -> None:
    letter = [
        "Chère lectrice, cher lecteur,",
        "Au sommaire de ce numéro, nous revenons longuement sur la sécheresse qui frappe le Sud-Ouest depuis le printemps.",
        "Dans les Landes, les nappes phréatiques sont à leur plus bas niveau depuis 1976, selon le Bureau de recherches géologiques.",
        "Plusieurs communes ont déjà interdit l'arrosage des jardins et le remplissage des piscines privées.",
    ]
    contents = ["Au sommaire :", "La sécheresse s'installe dans le Sud-Ouest", "Trois questions à une hydrologue"]
    result = cleaner.explain_text("\n".join([*contents, *letter]))
    assert [(r.pass_name, r.text) for r in result.removed] == [("table-of-contents", c) for c in contents]
    # inside the letter, under its first paragraph: the letter's own list
    page = [*letter[:2], *contents, *letter[2:]]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)


def test_a_podcasts_other_episodes_with_their_lengths_go() -> None:
    text = [
        "In dieser Folge spricht Moderatorin Lena Albers mit der Virologin Sabine Kröger über Erkältungen im Winter.",
        "Kröger erklärt, dass trockene Heizungsluft die Schleimhäute austrocknet und Viren so leichter eindringen können.",
        "Zum Schluss gibt sie Tipps, wie man sich schützen kann: regelmäßig lüften, Hände waschen und ausreichend schlafen.",
    ]
    box = ["Weitere Folgen", "Folge 86: Wie entsteht ein Gewitter?", "32 Min.", "Folge 85: Können Tiere lügen?", "35 Min."]
    result = cleaner.explain_text("\n".join([*text, *box]))
    assert [(r.pass_name, r.text) for r in result.removed] == [("teaser-box", b) for b in box]
    # a length under a line that is no headline of the box (a paragraph of the article) stays
    page = [*text, "Weitere Folgen", text[0], "32 Min.", text[1]]
    result = cleaner.explain_text("\n".join(page))
    assert "32 Min." in result.text, removed(result)


if __name__ == "__main__":
    report(CASES)
