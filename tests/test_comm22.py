# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Comments 22: readers' comment sections left under the article (the recall variant's situation: an extractor's
output with the page's comments in it), in thirteen languages (en, de, fr, es, it, pt, nl, pl, ru, tr, sv, ja, ko),
through the text path. Tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either way (headlines).
``python tests/test_comm22.py`` prints the numbers.

Round 1 (``_ROUND1``: 40 pages written before the comment passes were read; 24 with a comment section of a different
platform or style, one with a "Comments" link in its head menu, 15 article-only controls): a Disqus thread with its
count, sorter, votes and footer; threads with no heading (names and stamps under the last paragraph); comments after
the paper's copyright line; a forum-style thread quoting the article ("14 replies", "Re: …", "Posted by … on …",
"Quote: …"); a Facebook plugin; a count in the byline; "Show 14 replies", "Top comments", "Newest first"; a
"Comments" link in the head menu; each language's heading, "il y a", "hace", "vor … Stunden", "… schrieb am … um …
Uhr:", "… disse:", "Réagissez", "Yorum yaz", "댓글 12", "コメント（5件）". Controls: letters pages (en, de, fr) with their
writers' names and towns, a Q&A with readers (en, es), articles about comment moderation quoting "Reply" and "Like"
(en, it), an invitation to write in inside a sentence, an interview transcript with speakers and times, an interview
with the speaker's name opening the answers (nl), embedded posts with their handles and dates (en, de, fr), readers'
reactions and a vox pop quoted in prose (ko, pl). Measured on main's HEAD (40ee038): article lines lost 0, residue
lines left 16 -- de_schrieb_am 4 ("Kasseläner schrieb am 12.03.2024 um 14:22 Uhr:" heads over "Antworten"),
en_forum_quotes 5, pt_disse 2 ("Ana Costa disse:" over the first comment), ru_kommentarii 2 ("Комментарии 14": a
count after the word opened nothing, the comments' text stayed), fr_poste_le 2, en_disqus 1 ("Do Not Sell My Data").
After: lost 0, left 2 (fr_poste_le).

Round 2 (``_ROUND2``, ``_ROUND2B``: 20 pages, 6 of them controls, written after reading ``comments.py`` and
``discussions.py``, aimed at their edges: a commenter's name and time on one line, a brief of under fifty words over
a long thread, a call to comment between two paragraphs, Guardian-like "Recommend 87" / "Reader picks" controls, a
Dutch closed thread, Italian "… ha scritto il … alle …:" heads, a Reddit-like embed ("level 1", "u · 3 hr. ago",
points), names with their times in ko, pl, tr, sv; controls: a live blog's bare times over its entries, an advice
column's "Dear Margaret," and signed letter, readers' views chosen by the editors, an embedded post's stamp line,
French witnesses' messages quoted in the text, an article quoting forum posts with their writers and times in
prose). On main's HEAD: lost 0, left 40 -- en_name_stamp_line, es_nombre_hace, ru_imya_vremya, ko_headless, pl_gosc,
tr_isim_saat, sv_namn_tid 4 each ("Tom Hargreaves · 2 hours ago", "Pepe_Sevilla · hace 3 horas", "Иван Петров · 2
часа назад", "kim**** · 2시간 전" over "Reply"), de_kommentar_von 4 ("Kommentare 3" over "Badenixe | 02.05.2024,
08:14"), it_ha_scritto 4, en_brief_long_thread 4. After: lost 0, left 4 (en_brief_long_thread). (Five pages of both
rounds first had under fifty words of prose over a thread with no heading, which is no article's worth for
``_headless_thread``: their articles got one more paragraph, as a news story has; the counts are the lengthened
pages'.)

Round 3 (``_ROUND3``: three controls aimed at the rules added: readers' questions under "Question from … · 12 March
2024", each answered under a bare "Reply" label, the same in German with "Antwort", a radio transcript with "SHAH ·
08:02" over each answer). On main's HEAD: lost 4 (comment-ui took the bare "Reply" and "Antwort" labels), left 0.
After: lost 0.

The fixes, by shape:

- a count after the comments word ("Comments 14", "Kommentare 12", "Комментарии 14", "Yorumlar 6"): each
  language's bare heading (``section_weak``; German's in ``section_start``) takes the count bare as it took it in
  brackets; German's counted heading is also in ``section_link`` now, so that "Kommentare (12)" or "Kommentare 12"
  between two of the article's paragraphs takes nothing with it (main's HEAD lost the article after "Kommentare
  (12)" there);
- a thread without a heading (``CommentSection._headless_thread``): a comment may open with a commenter's line
  closed by a colon (table ``evidence``: "Rui disse:", and now with the comment's date in de, fr, es, it, pt, nl:
  "… schrieb am 12.03.2024 um 14:22 Uhr:", "… ha scritto il 12/03/2024 alle 10:15:") or with its writer's name
  and time on one line, parted by a dot, a bar or a dash (``_name_and_stamp``: "Sue Patel · 1 hour ago",
  "Klaus R. | 02.05.2024, 09:30"), as it opened with a name alone; still only with two or more reply controls
  under the comments, late after an article's worth of prose;
- a count or bare heading late in the page opens the section over two short lines with a year and a clock time
  among the next eight (a forum's "Posted by cycle_pete on 12 May 2024, 08:14", which the byline's tables read,
  not the dateline's); a live blog's entries under "Posted by Jane Smith at 06:45" (a time of the day alone)
  below a subheading "Comments" or "Conversation" stay;
- comment-ui keeps a bare reply control between a question and its answer (``CommentUI._answer_labels``: the
  line over it prose ending asking, the line under it prose, no exclamation or question in it): a Q&A's label; a
  comment's "Reply" under a reader's question has the next commenter's name under it, or nothing;
- "Do Not Sell My Data" among the English chrome and cookie buttons (as "… My Personal Information").

Left (``RESIDUE_LEFT``): a thread with no control under its comments (fr_poste_le: "Posté le … à … par Marcel37"
over a line of text, twice, reads as a live blog's entry under its stamp and writer); a brief of under fifty words
over its comments (the count early in the text reads as the byline's link to the comments).

Dev set: pagecmp ``changed 0/362`` (bench_text unchanged: recall P 0.966 R 0.975 F1 0.970; naive P 0.843 R 0.988
F1 0.909).
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, judge, kept_lines, lost, removed, report, tagged_probe_tests

import cleaner

_ROUND1: dict[str, str] = {
    # EXTRACTOR: a Disqus thread under a council story: count heading, sorter, names, stamps, votes, "Load more comments"
    "en_disqus": """\
T Council votes to close Mill Lane bridge for six months
A The county council voted on Tuesday to close the Mill Lane bridge for repairs until the end of the summer holidays, diverting about 9,000 vehicles a day through the town centre.
A Engineers found cracks in two of the bridge's piers during a routine inspection in March, and the council's highways committee said the work could not wait another winter.
A Local businesses on the north bank warned that the diversion would cut trade, and the council promised signs directing shoppers to the footbridge, which stays open.
A The contract, worth £4.2 million, has gone to a firm from Sheffield that repaired the Castle Street viaduct in 2019.
R 42 Comments
R Sort by Best
R Oldest
R Newest
R DaveFromRiverside
R 3 hours ago
R Six months? They said the same about the viaduct and it took two years.
R Reply
R Share ›
R 17
R Karen_W
R 2 hours ago
R The footbridge is fine if you can walk. What about the rest of us?
R Reply
R 4
R Load more comments
R Powered by Disqus
R Subscribe
R Privacy
R Do Not Sell My Data
""",
    # EXTRACTOR: no heading at all: readers' names and stamps right under the last paragraph
    "en_bare_thread": """\
T Bakery owner wins national award for sourdough
A A bakery on Market Street has won the gold prize at the national bread awards for a sourdough loaf made with flour milled three miles away.
A Owner Priya Nair, who opened the shop in 2017 after leaving her job as an accountant, said the recipe had taken four years to get right.
A The judges praised the loaf's crust and its "deep, slightly sour flavour", and the bakery now plans to supply two restaurants in the city.
A Ms Nair said she would use the prize money to train two apprentices.
R Tom Hargreaves
R March 4, 2024 at 9:12 am
R Best bread in town, well deserved!
R Reply
R Sue P.
R March 4, 2024 at 11:40 am
R Queued twenty minutes on Saturday and it was worth every second.
R Reply
""",
    # EXTRACTOR: the paper's copyright line, then the login prompt and the comments
    "en_after_copyright": """\
T Water bills to rise by 8 per cent from April
A Households in the region will pay on average £38 more a year for water from April after the regulator approved the company's plan to rebuild its sewers.
A The company says the money will pay for 120 miles of new pipes and for storm tanks that stop sewage spilling into rivers after heavy rain.
A Consumer groups said the rise would hit families already struggling with energy bills, and called for a wider social tariff.
R © 2024 The Northern Courier. All rights reserved.
R You must be signed in to comment.
R Gary Brooks
R 5h ago
R Pay more for the same sewage in the river. Brilliant.
R Like (23)
R Report
R Anne Lowe
R 4h ago
R Shareholders got £300m last year. Let them pay.
R Like (11)
R Report
R End of comments.
""",
    # EXTRACTOR: a forum-style thread under a review, replies quoting the article and each other
    "en_forum_quotes": """\
T Review: the new Ridgeback 400 is the commuter bike to beat
A The Ridgeback 400 weighs 11.2 kilograms with its mudguards and rack, light enough to carry up a flight of stairs to a flat.
A Its hub gears shift cleanly under load, which matters more in city traffic than a wide range, and the hydraulic brakes stopped it confidently in the wet.
A At £899 it costs more than its main rivals, but it comes with lights, a lock and a five-year frame warranty.
R 14 replies
R Re: Review: the new Ridgeback 400 is the commuter bike to beat
R Posted by cycle_pete on 12 May 2024, 08:14
R Quote: "its hub gears shift cleanly under load"
R Mine slipped after three months, the shop had to adjust it twice.
R Re: Review: the new Ridgeback 400 is the commuter bike to beat
R Posted by MarthaB on 12 May 2024, 09:30
R @cycle_pete Did they replace the cable? Mine's been fine for a year.
R Page 1 of 2
R Next »
""",
    # NAIVE: a menu with a "Comments" link over an article that closes normally
    "en_menu_comments": """\
R Home
R News
R Sport
R Opinion
R Comments
R Contact
T Library to open on Sundays from next month
A The central library will open on Sundays from 1 June for the first time in twelve years, after the council found money in its culture budget for two extra staff.
A Opening hours will be 11am to 4pm, and the children's floor will run a reading club every Sunday afternoon through the summer.
A The library closed on Sundays in 2012 when the council cut its budget by a third.
A A survey last year found that more than 2,000 residents wanted weekend opening, most of them parents of young children.
""",
    # CONTROL: a letters page: readers' letters with their names and towns, all of it the article
    "en_control_letters": """\
T Letters: the bridge closure, bus fares and the new library hours
A Closing the Mill Lane bridge for six months will cut the north bank off from the town centre. The council should have built a temporary crossing, as Ridgeford did in 2015.
A Margaret Hill, Northbank
A I welcome the decision to open the library on Sundays. My children and I have waited years for this, and I hope the council will now look at late opening on Thursdays too.
A Daniel Osei, Westfield
A Bus fares have gone up twice this year while services have been cut. It now costs me more to get to work than it did to run a car.
A Irene Walsh, Castleford
""",
    # CONTROL: an article about online comment moderation, quoting the buttons it is about
    "en_control_moderation": """\
T Why newspapers are closing their comment sections
A Dozens of news sites have switched off readers' comments in the past five years, saying moderation costs more than the debate is worth.
A At one regional paper, two moderators read about 4,000 comments a day, and a report button clicked by a handful of readers could hide a post for hours.
A Editors say the "Reply" and "Like" buttons rewarded the angriest posts, which rose to the top of threads sorted by popularity.
A Some sites now open comments for 24 hours on selected stories only, then post a notice that comments are closed.
A Researchers at the University of Leeds found that readers who saw a civil thread under a story rated the story itself as more trustworthy.
""",
    # CONTROL: a column ending with an invitation to write in, in a sentence
    "en_control_welcome": """\
T Ask the gardener: how to save a waterlogged lawn
A After the wettest winter in a decade, many lawns are bare and mossy, and the temptation is to reseed straight away.
A Wait until the soil has dried out, then spike it with a garden fork every 15 centimetres and brush sharp sand into the holes.
A Reseed in late April, when the soil is warm, and keep off the new grass for six weeks.
A Comments and questions are welcome at gardening@northerncourier.co.uk, and we will answer a selection next month.
""",
    # CONTROL: an interview transcript with speakers and times
    "en_control_transcript": """\
T Transcript: the mayor on the bridge closure
A The following is an edited transcript of the mayor's interview on Radio Northbank on Wednesday morning.
A [08:02] PRESENTER: Mayor Collins, why close the bridge now rather than after the summer?
A [08:02] COLLINS: Because the engineers told us the cracks would get worse with another winter, and I am not going to gamble with people's safety.
A [08:04] PRESENTER: Traders say they will lose a third of their customers.
A [08:04] COLLINS: We have put £200,000 aside for businesses that can show a loss, and the footbridge stays open the whole time.
A [08:06] PRESENTER: Mayor Collins, thank you.
""",
    # CONTROL: an embedded post quoted by the article, with its handle and date
    "en_control_tweet": """\
T Floods: residents told to leave homes along the river
A Police asked about 300 households along the River Wend to leave their homes on Sunday night as the water rose faster than forecast.
A The mayor posted a warning shortly after 10pm:
A Please, if you live on Riverside Road or Mill Lane, leave now and go to the sports centre on Park Road. Do not wait until morning.
A — Sarah Collins (@MayorCollins) March 10, 2024
A By midnight the river had reached 4.1 metres at the town bridge, 30 centimetres below the record set in 2007.
A The sports centre took in about 120 people overnight, the council said.
""",
    # EXTRACTOR: a Facebook comments plugin and a closed thread
    "en_facebook_plugin": """\
T Festival moves to the park after record ticket sales
A The town's folk festival will move from the market square to Victoria Park this summer after selling all 6,000 tickets in two days.
A Organisers said the square could no longer hold the crowds safely, and the park gives room for a second stage and a children's tent.
A The festival runs from 19 to 21 July, with the headline acts announced next week.
R Join the conversation
R Comments are closed.
R 3 Comments
R Facebook Comments Plugin
R Add a comment...
R Jenny Marsh
R Finally, the square was far too cramped last year.
R Like · Reply · 2d
R Mark Ellison
R Will there still be free entry for kids under 12?
R Like · Reply · 1d
""",
    # EXTRACTOR: a comment count glued into the byline, and a count link after the text
    "en_count_byline": """\
T Town centre car park to become a housing estate
R By James Porter | 14 March 2024 | 27 comments
A The multi-storey car park on Station Road will be demolished next year to make way for 140 flats, a quarter of them for social rent.
A The council said the car park was used at less than half its capacity even on Saturdays, and its concrete needs repairs costing £3 million.
A Shoppers will be able to use the new car park behind the bus station, which has 400 spaces and opened in January.
R 27 comments
R Show comments
""",
    # EXTRACTOR: nested replies with "Show N replies", "Top comments" / "Newest first" sorters
    "en_nested_replies": """\
T Schools to ban mobile phones from September
A All secondary schools in the county will ban mobile phones during the school day from September, the education committee decided on Monday.
A Pupils will be able to bring phones to school but must keep them switched off in their lockers or in sealed pouches until the end of the day.
A Head teachers at two schools that tried the ban last year said pupils were calmer at break times and bullying reports fell.
R Comments (58)
R Top comments
R Newest first
R ConcernedParent77
R 1 day ago
R About time. My son spends every break on TikTok.
R Reply
R Like 34
R Show 14 replies
R mrs_t_teacher
R 1 day ago
R What happens when a parent needs to reach their child in an emergency?
R Reply
R Like 12
R Show 6 replies
R View more comments
""",
    # CONTROL: a Q&A with readers, their names and towns under the questions
    "en_control_qa": """\
T Your questions answered: the new bin collections
A From April the council will collect general waste every three weeks instead of every two. We asked you for your questions and put them to the council.
A Q: What if my bin is full before collection day? — Robert, Eastgate
A A: Households of five or more can apply for a larger bin free of charge on the council's website.
A Q: Will food waste still be collected every week? — Linda, Northbank
A A: Yes. Food caddies will still be emptied weekly, and the council will hand out free liners in March.
""",
    # NAIVE: a German regional portal: comment heading with count, sorter, names with "vor … Stunden", "Antworten", "Melden"
    "de_kommentare": """\
T Stadtrat beschließt Sperrung der Mühlenbrücke
A Der Stadtrat hat am Dienstag beschlossen, die Mühlenbrücke bis zum Ende der Sommerferien für eine Sanierung zu sperren.
A Bei einer Routineprüfung im März hatten Ingenieure Risse an zwei Brückenpfeilern entdeckt, wie die Verwaltung mitteilte.
A Der Verkehr wird über die Innenstadt umgeleitet, der Fußgängersteg neben der Brücke bleibt geöffnet.
A Die Kosten von rund 4,2 Millionen Euro trägt zum Teil das Land.
R Kommentare (12)
R Neueste zuerst
R Älteste zuerst
R Bürger_aus_Nord
R vor 3 Stunden
R Sechs Monate? Das glaubt doch keiner, bei der Bahnbrücke waren es am Ende zwei Jahre.
R Antworten
R Melden
R hanna.k
R vor 2 Stunden
R Der Steg ist für Rollstuhlfahrer viel zu steil.
R Antworten
R Melden
R Weitere Kommentare laden
""",
    # EXTRACTOR: German comments without a heading: "… schrieb am … um …"
    "de_schrieb_am": """\
T Bäckerei aus Kassel gewinnt Brotpreis
A Eine Bäckerei aus der Kasseler Innenstadt hat beim bundesweiten Brotwettbewerb den ersten Preis für ihr Roggenbrot gewonnen.
A Inhaber Thomas Wenzel backt das Brot mit Sauerteig, der seit über dreißig Jahren im Betrieb weitergeführt wird.
A Die Jury lobte die kräftige Kruste und den langen Nachgeschmack.
A Wenzel will das Preisgeld in einen neuen Steinofen stecken und im Herbst einen zweiten Laden in Wilhelmshöhe eröffnen.
R Kasseläner schrieb am 12.03.2024 um 14:22 Uhr:
R Das beste Brot der Stadt, völlig verdient!
R Antworten
R Gisela M. schrieb am 12.03.2024 um 16:05 Uhr:
R Samstags steht man eine halbe Stunde an, aber es lohnt sich.
R Antworten
""",
    # EXTRACTOR: German community furniture: invitation to discuss, guidelines, closed thread
    "de_community": """\
T Neue Radwege in der Weststadt fertig
A Die Stadt hat die neuen Radwege entlang der Weststraße nach acht Monaten Bauzeit freigegeben.
A Auf 2,4 Kilometern sind die Radfahrer nun durch eine Bordsteinkante vom Autoverkehr getrennt.
A Die Kosten lagen mit 1,9 Millionen Euro leicht unter der Planung, teilte das Tiefbauamt mit.
R Diskutieren Sie mit
R Bitte beachten Sie unsere Community-Richtlinien.
R Die Kommentarfunktion ist für diesen Artikel geschlossen.
R 8 Kommentare
R Rad_Fan
R 15.03.2024, 09:12
R Endlich! Jetzt noch die Kreuzung am Bahnhof.
R Antworten
""",
    # CONTROL: a German letters page, names and towns under each letter
    "de_control_leserbriefe": """\
T Leserbriefe zur Sperrung der Mühlenbrücke
A Die Sperrung trifft vor allem die älteren Menschen in der Nordstadt, die nicht über den steilen Steg laufen können. Warum gibt es keinen Pendelbus?
A Hildegard Sommer, Kassel-Nord
A Ich halte die Entscheidung für richtig. Lieber jetzt sechs Monate Umwege als später eine Brücke, die niemand mehr befahren darf.
A Markus Reinholz, Vellmar
A Die Stadt hätte die Händler früher informieren müssen. Viele haben ihre Bestellungen für den Sommer längst aufgegeben.
A Petra Lange, Kassel
""",
    # CONTROL: a German article quoting social-media posts with their handles
    "de_control_posts": """\
T Hochwasser: Bürgermeisterin ruft zur Räumung auf
A Wegen des schnell steigenden Pegels hat die Stadt am Sonntagabend rund 300 Haushalte entlang der Wende aufgefordert, ihre Wohnungen zu verlassen.
A Bürgermeisterin Sarah Kühn schrieb kurz nach 22 Uhr auf X:
A Bitte verlassen Sie jetzt die Häuser in der Uferstraße und am Mühlenweg. Die Sporthalle an der Parkstraße ist geöffnet.
A — Sarah Kühn (@BMKuehn) 10. März 2024
A Bis Mitternacht stieg der Pegel an der Stadtbrücke auf 4,10 Meter.
A In der Sporthalle übernachteten nach Angaben der Stadt etwa 120 Menschen.
""",
    # NAIVE: a French regional site: "Réagissez", login prompt, names with "il y a", "Répondre", "Signaler"
    "fr_reagissez": """\
T Le pont du Moulin fermé six mois pour travaux
A Le conseil municipal a voté mardi la fermeture du pont du Moulin jusqu'à la fin des vacances d'été, afin de réparer deux piles fissurées.
A Les fissures ont été découvertes en mars lors d'une inspection de routine, a précisé la mairie dans un communiqué.
A La circulation sera déviée par le centre-ville, tandis que la passerelle piétonne restera ouverte.
A Le chantier, d'un montant de 4,2 millions d'euros, a été confié à une entreprise lyonnaise.
R Réagissez
R Vous devez être connecté pour commenter.
R 9 commentaires
R jeanmi33
R il y a 2 heures
R Six mois, on en reparlera en 2026...
R Répondre
R Signaler
R Claire_D
R il y a 1 heure
R Et les commerçants du quai, qui les indemnise ?
R Répondre
R Signaler
R Voir plus de commentaires
""",
    # EXTRACTOR: French comments with "Posté le … à …" and no heading
    "fr_poste_le": """\
T Une boulangerie de Tours primée pour sa baguette
A Une boulangerie du Vieux-Tours a remporté le concours de la meilleure baguette du département, devant 42 concurrents.
A Son gérant, Karim Benali, travaille une pâte à longue fermentation qui repose toute une nuit au frais.
A Le jury a salué une mie alvéolée et une croûte bien caramélisée.
A Karim Benali compte utiliser la prime pour embaucher un apprenti et ouvrir le dimanche à partir du mois de mai.
R Posté le 12/03/2024 à 14h22 par Marcel37
R Bravo, elle est vraiment excellente !
R Posté le 12/03/2024 à 18h05 par Sophie T.
R J'y vais tous les matins, méritée.
""",
    # CONTROL: a French readers' letters page
    "fr_control_courrier": """\
T Courrier des lecteurs : la fermeture du pont du Moulin
A La fermeture du pont va couper le quartier nord du centre-ville pendant tout l'été. Pourquoi ne pas avoir prévu une navette gratuite ?
A Monique Garnier, Saint-Cyr-sur-Loire
A Je comprends la décision : mieux vaut six mois de détour qu'un pont qui s'effondre. Mais les travaux auraient pu commencer en hiver.
A Laurent Petit, Tours
""",
    # CONTROL: a French article quoting a minister's post, with its handle and date
    "fr_control_post": """\
T Intempéries : la préfète appelle à la prudence
A Après les orages de la nuit, la préfecture a placé le département en vigilance orange jusqu'à mercredi matin.
A La préfète a publié un message en fin de soirée :
A Ne prenez pas la route sauf urgence. Les routes départementales 12 et 34 sont coupées à hauteur de Montbazon.
A — Préfète d'Indre-et-Loire (@Prefet37) 12 mars 2024
A Les pompiers sont intervenus plus de 80 fois pendant la nuit, principalement pour des caves inondées.
""",
    # NAIVE: a Spanish paper: count heading, community rules, names, "hace", "Responder", "Me gusta"
    "es_comentarios": """\
T El Ayuntamiento cerrará el puente del Molino durante seis meses
A El pleno municipal aprobó el martes el cierre del puente del Molino hasta el final de las vacaciones de verano para reparar dos pilares dañados.
A Los técnicos detectaron las grietas en marzo durante una inspección rutinaria, según informó el consistorio.
A El tráfico se desviará por el centro y la pasarela peatonal seguirá abierta durante las obras.
R Comentarios (8)
R Normas de participación
R Ordenar por: Más recientes
R Pepe_Sevilla
R hace 3 horas
R Seis meses dicen, ya veremos.
R Responder
R Me gusta 14
R Lucía G.
R hace 2 horas
R ¿Y los comercios de la ribera quién los compensa?
R Responder
R Me gusta 5
R Ver más comentarios
""",
    # EXTRACTOR: a Spanish copyright line, then the closed thread's notice and its comments
    "es_tras_copyright": """\
T La biblioteca central abrirá los domingos
A La biblioteca central abrirá los domingos a partir del 1 de junio por primera vez en doce años, gracias a la contratación de dos nuevos empleados.
A El horario será de 11 a 16 horas y la sala infantil organizará un club de lectura cada domingo durante el verano.
A Una encuesta del año pasado mostró que más de 2.000 vecinos pedían la apertura en fin de semana.
R © Diario del Sur. Todos los derechos reservados.
R Los comentarios están cerrados.
R 4 comentarios
R MariCarmen
R 14/03/2024 a las 10:15
R ¡Por fin! Mis hijos estarán encantados.
R Responder
""",
    # CONTROL: a Spanish Q&A with readers, their names under their questions
    "es_control_preguntas": """\
T Sus preguntas sobre la nueva recogida de basuras
A Desde abril, el Ayuntamiento recogerá la basura general cada tres semanas. Trasladamos sus preguntas al servicio de limpieza.
A Pregunta de Ana, de Triana: ¿Qué hago si el contenedor se llena antes?
A Respuesta: Las familias de cinco o más miembros pueden pedir un contenedor más grande sin coste en la web municipal.
A Pregunta de Jorge, de Nervión: ¿Seguirán recogiendo los restos orgánicos cada semana?
A Respuesta: Sí, el cubo marrón se seguirá vaciando todas las semanas.
""",
    # NAIVE: an Italian paper: "Commenti", names, "ore fa", "Rispondi", "Mi piace", "Carica altri commenti"
    "it_commenti": """\
T Il ponte del Mulino chiuso per sei mesi
A Il consiglio comunale ha approvato martedì la chiusura del ponte del Mulino fino alla fine delle vacanze estive per riparare due piloni danneggiati.
A Le crepe erano state scoperte a marzo durante un'ispezione ordinaria, ha spiegato l'assessore ai lavori pubblici.
A Il traffico sarà deviato attraverso il centro, mentre la passerella pedonale resterà aperta.
R Commenti
R Accedi per commentare
R marco_b
R 2 ore fa
R Sei mesi? Vedremo.
R Rispondi
R Mi piace 7
R GiuliaR
R 1 ora fa
R E i negozi sul lungofiume chi li risarcisce?
R Rispondi
R Mi piace 3
R Carica altri commenti
""",
    # CONTROL: an Italian article about comment moderation, with the buttons' names
    "it_control_moderazione": """\
T Perché i giornali chiudono i commenti
A Negli ultimi cinque anni decine di siti di informazione hanno disattivato i commenti dei lettori, spiegando che la moderazione costa troppo.
A In una redazione regionale due moderatori leggono circa quattromila commenti al giorno, e bastano poche segnalazioni per nascondere un messaggio.
A Secondo i direttori, i pulsanti "Rispondi" e "Mi piace" premiano i messaggi più aggressivi.
A Alcuni siti aprono ora i commenti solo per ventiquattro ore, poi pubblicano l'avviso che i commenti sono chiusi.
""",
    # NAIVE: a Portuguese paper: "Comentários", names, "há … horas", "Responder", "Denunciar"
    "pt_comentarios": """\
T Ponte do Moinho fecha durante seis meses para obras
A A câmara municipal aprovou na terça-feira o encerramento da ponte do Moinho até ao fim das férias de verão, para reparar dois pilares danificados.
A As fissuras foram detetadas em março numa inspeção de rotina, segundo a autarquia.
A O trânsito será desviado pelo centro e a ponte pedonal continuará aberta.
R Comentários
R Inicie sessão para comentar
R JoaoP
R há 3 horas
R Seis meses? Vamos ver.
R Responder
R Denunciar
R Marta Silva
R há 1 hora
R E o comércio da margem norte, quem compensa?
R Responder
R Denunciar
R Ver mais comentários
""",
    # EXTRACTOR: a Portuguese blog with a forum-like thread: "disse:" lines with stamps
    "pt_disse": """\
T Receita de pastéis de nata caseiros
A Os pastéis de nata pedem massa folhada bem fria e um creme cozido até engrossar, sem ferver.
A Forre as formas com a massa enrolada, encha até três quartos e leve ao forno bem quente, a 250 graus, durante 15 minutos.
A Sirva mornos, com canela e açúcar em pó a gosto.
R Ana Costa disse:
R 14 de março de 2024 às 10:15
R Ficaram ótimos, obrigada pela receita!
R Responder
R Rui disse:
R 15 de março de 2024 às 18:40
R O meu forno só chega aos 230 graus, resulta na mesma?
R Responder
""",
    # NAIVE: a Dutch paper: "Reacties (5)", "Reageer", names, "uur geleden", "Meld misbruik"
    "nl_reacties": """\
T Molenbrug zes maanden dicht voor herstel
A De gemeenteraad heeft dinsdag besloten de Molenbrug tot het einde van de zomervakantie af te sluiten om twee beschadigde pijlers te herstellen.
A De scheuren werden in maart ontdekt bij een routine-inspectie, meldt de gemeente.
A Het verkeer wordt via het centrum omgeleid, de voetgangersbrug blijft open.
R Reacties (5)
R Reageer
R Jan_uit_Noord
R 3 uur geleden
R Zes maanden, dat wordt een jaar.
R Beantwoorden
R Meld misbruik
R Fietsmoeder
R 1 uur geleden
R Hoe moeten de kinderen nu naar school?
R Beantwoorden
R Meld misbruik
""",
    # CONTROL: a Dutch interview with the speakers' names opening the answers
    "nl_control_interview": """\
T 'We nemen geen risico met de brug'
A Wethouder Ellen de Vries over de afsluiting van de Molenbrug.
A Waarom nu en niet na de zomer?
A De Vries: 'De ingenieurs zeiden dat de scheuren nog een winter niet zouden overleven. Daar neem ik geen risico mee.'
A Ondernemers vrezen een derde van hun klanten te verliezen.
A De Vries: 'We hebben 200.000 euro opzijgezet voor bedrijven die schade kunnen aantonen.'
""",
    # NAIVE: a Polish portal: "Komentarze (23)", names, "godziny temu", "Odpowiedz", "Zgłoś"
    "pl_komentarze": """\
T Most Młyński zamknięty na pół roku
A Rada miasta zdecydowała we wtorek o zamknięciu mostu Młyńskiego do końca wakacji w celu naprawy dwóch uszkodzonych filarów.
A Pęknięcia wykryto w marcu podczas rutynowej kontroli, poinformował urząd miasta.
A Ruch zostanie skierowany przez centrum, a kładka dla pieszych pozostanie otwarta.
R Komentarze (23)
R Dodaj komentarz
R Gość_Krzysiek
R 2 godziny temu
R Pół roku, akurat.
R Odpowiedz
R Zgłoś
R ania.w
R 1 godzinę temu
R A co z autobusami?
R Odpowiedz
R Zgłoś
R Pokaż więcej komentarzy
""",
    # NAIVE: a Russian portal: "Комментарии 14", names, "часа назад", "Ответить", "Пожаловаться"
    "ru_kommentarii": """\
T Мельничный мост закроют на полгода
A Городская дума во вторник решила закрыть Мельничный мост до конца летних каникул для ремонта двух поврежденных опор.
A Трещины обнаружили в марте во время плановой проверки, сообщили в мэрии.
A Движение транспорта пустят через центр, пешеходный мост останется открытым.
R Комментарии 14
R Иван_Петров
R 2 часа назад
R Полгода? Посмотрим.
R Ответить
R Пожаловаться
R Марина
R 1 час назад
R А как теперь добираться до работы?
R Ответить
R Пожаловаться
R Показать еще комментарии
""",
    # NAIVE: a Turkish portal: "Yorumlar", names, "saat önce", "Yanıtla", "Şikayet et"
    "tr_yorumlar": """\
T Değirmen Köprüsü altı ay kapalı kalacak
A Belediye meclisi salı günü, hasar gören iki ayağın onarımı için Değirmen Köprüsü'nün yaz tatili sonuna kadar kapatılmasına karar verdi.
A Çatlaklar mart ayında yapılan rutin bir denetimde tespit edildi.
A Trafik şehir merkezine yönlendirilecek, yaya köprüsü ise açık kalacak.
R Yorumlar (6)
R Yorum yaz
R mehmet_k
R 2 saat önce
R Altı ay mı? Göreceğiz.
R Yanıtla
R Şikayet et
R Ayşe
R 1 saat önce
R Esnafın zararını kim karşılayacak?
R Yanıtla
R Şikayet et
R Daha fazla yorum yükle
""",
    # NAIVE: a Swedish paper: "Kommentarer", names, "för 2 timmar sedan", "Svara", "Anmäl"
    "sv_kommentarer": """\
T Kvarnbron stängs i sex månader
A Kommunfullmäktige beslutade på tisdagen att stänga Kvarnbron till slutet av sommarlovet för att reparera två skadade pelare.
A Sprickorna upptäcktes i mars vid en rutinbesiktning, uppger kommunen.
A Trafiken leds om genom centrum och gångbron förblir öppen.
R Kommentarer
R Logga in för att kommentera
R Erik_L
R för 2 timmar sedan
R Sex månader? Vi får se.
R Svara
R Anmäl
R Anna
R för 1 timme sedan
R Hur ska barnen ta sig till skolan?
R Svara
R Anmäl
""",
    # NAIVE: a Japanese portal: "コメント", names, "時間前", "返信", "いいね"
    "ja_comments": """\
T 水車橋、補修のため半年間通行止めに
A 市議会は火曜日、損傷した2本の橋脚を補修するため、水車橋を夏休みの終わりまで通行止めにすることを決めた。
A ひび割れは3月の定期点検で見つかったと市が発表した。
A 車両は市中心部へ迂回し、歩道橋は引き続き通行できる。
R コメント（5件）
R たかし
R 2時間前
R 半年で終わるとは思えない。
R 返信
R いいね 12
R さくら
R 1時間前
R 子どもの通学路はどうなるのでしょうか。
R 返信
R いいね 4
R もっと見る
""",
    # NAIVE: a Korean portal: "댓글 12", names, "시간 전", "답글", "신고", "공감"
    "ko_comments": """\
T 물레방아교, 보수공사로 6개월간 통행 금지
A 시의회는 화요일 손상된 교각 두 곳을 보수하기 위해 물레방아교를 여름방학이 끝날 때까지 통제하기로 결정했다.
A 균열은 3월 정기 점검에서 발견됐다고 시는 밝혔다.
A 차량은 도심으로 우회하며 보행자 다리는 계속 이용할 수 있다.
R 댓글 12
R 최신순
R 공감순
R kim****
R 2시간 전
R 6개월이면 끝날까요?
R 답글
R 공감 15
R 신고
R lee****
R 1시간 전
R 상인들 피해는 누가 보상하나요?
R 답글
R 공감 4
R 신고
R 댓글 더보기
""",
    # CONTROL: a Korean article quoting readers' reactions in prose
    "ko_control_reactions": """\
T 시민들 "다리 통제 불편하지만 안전이 먼저"
A 물레방아교 통제 소식에 시민들의 반응은 엇갈렸다.
A 북구에 사는 김모(45)씨는 "출퇴근 시간이 30분 늘겠지만 안전이 먼저"라고 말했다.
A 강변 상인 이모(52)씨는 "여름 장사를 망칠까 걱정"이라며 시에 보상을 요구했다.
A 시는 상인 지원을 위해 2억 원의 예산을 마련했다고 밝혔다.
""",
    # CONTROL: a Polish article with a reader survey quoted by name and age
    "pl_control_sonda": """\
T Mieszkańcy o zamknięciu mostu: „Lepiej teraz niż za późno”
A Zapytaliśmy mieszkańców, co sądzą o zamknięciu mostu Młyńskiego.
A Krzysztof, 45 lat: — Dojazd do pracy wydłuży mi się o pół godziny, ale bezpieczeństwo jest ważniejsze.
A Anna, 38 lat: — Martwię się o dzieci, bo autobus szkolny pojedzie objazdem.
A Urząd miasta zapowiada, że w czasie remontu uruchomi dodatkową linię autobusową.
""",
}

_ROUND2: dict[str, str] = {
    # a commenter's name and stamp on one line, no heading ("Name · 2 hours ago")
    "en_name_stamp_line": """\
T Park run celebrates its 500th Saturday
A The Saturday park run in Victoria Park held its 500th event at the weekend, with more than 600 runners, walkers and volunteers taking part.
A The free five-kilometre run started in 2014 with 38 runners and now draws people from across the county every week, whatever the weather.
A Organisers marked the occasion with a cake for every finisher and a plaque by the park's main gate naming the first volunteers.
R Tom Hargreaves · 2 hours ago
R Ran my 100th there last year, best community in town.
R Reply
R Sue Patel · 1 hour ago
R The volunteers deserve a medal each.
R Reply
""",
    # Guardian-like controls: "Recommend", "Report", "Share", a pick's label, "Comments are moderated"
    "en_recommend": """\
T Ministers to review speed limits on rural roads
A The transport department will review speed limits on single-track rural roads after a rise in crashes involving cyclists and horse riders.
A Officials will look at whether a 40mph limit should become the default on lanes narrower than five metres, as it already is in parts of Wales.
A Rural campaigners welcomed the review but said enforcement mattered more than the number on the sign.
R Comments are moderated before they are published.
R View all comments >
R 312 comments
R Reader picks
R Staff picks
R hedgerowcyclist
R 14 Mar 2024 9.12
R 40 is still too fast on a lane where you cannot see round the bend.
R Recommend 87
R Report
R Share
R oldfarmer
R 14 Mar 2024 9.30
R Try driving a tractor on them at 20mph and see how patient people are.
R Recommend 41
R Report
""",
    # a short brief over a long thread: the marker stands early in the text
    "en_brief_long_thread": """\
T Pothole repairs start on Station Road
A Repairs to the potholes on Station Road begin on Monday and will take two weeks, the council said.
A The road stays open, with temporary lights at the junction with Mill Lane.
A The work costs £80,000.
R Comments (6)
R Greg_M
R 3 hours ago
R Two weeks for a few potholes? They filled the ones on Castle Street in a single night last year, and they were back by Christmas because nobody bothered to do the job properly the first time.
R Reply
R Dawn R.
R 2 hours ago
R I have had two punctures on that road since January and the council refused both claims, saying they had not been told about the holes, which is nonsense because I reported them myself.
R Reply
R Pete
R 1 hour ago
R The lights at Mill Lane will back traffic up to the station every morning, they should do the work at night like every other council manages to.
R Reply
""",
    # a brief call to comment between the article's paragraphs: the link goes, the article stays
    "en_comment_link_inside": """\
T Council publishes plans for new cycle routes
A The council has published plans for six new cycle routes linking the town centre with the outlying estates, to be built over the next four years.
R Leave a comment
A The first route, along the old railway line to Eastgate, would open next spring if councillors approve the plans in June.
A Residents can see the maps at the library and at the town hall until the end of the month, and the council will hold two drop-in sessions.
A The routes would cost £6 million in all, most of it from a government fund for active travel.
""",
    # CONTROL: a live blog: stamps and writers over each entry, "Share" under it
    "en_control_liveblog": """\
T Floods live: river peaks at 4.1 metres in Northbank
A Police have asked about 300 households along the River Wend to leave their homes as the river rose faster than forecast overnight.
A The sports centre on Park Road is open as a rest centre, and the council says it has room for 400 people.
A 06:45
A The river has now peaked at 4.1 metres at the town bridge, 30 centimetres below the 2007 record, the Environment Agency says.
A 07:10
A Mill Lane and Riverside Road remain closed, and buses are running on diversion through the town centre.
A 07:32
A Schools in Northbank will stay closed today, the education department has confirmed.
""",
    # CONTROL: an advice column: a reader's letter opening "Dear …," and signed, and the answer
    "en_control_advice": """\
T Dear Margaret: my neighbour's hedge blocks all our light
A Dear Margaret,
A Our neighbour's leylandii hedge is now six metres tall and blocks the sun from our garden and kitchen for most of the day. He refuses to cut it. What can we do?
A Worried, Eastgate
A Dear Worried,
A You can complain to the council under the high hedges law, but only after you have tried to settle it with your neighbour, so keep a record of your letters to him.
A The council can order him to cut the hedge to a height that lets light through, and he can be fined if he ignores the order.
""",
    # CONTROL: readers' views chosen by the editors, under their own heading, closing the article
    "en_control_your_views": """\
T Should the Mill Lane bridge close for six months? Your views
A Last week we asked readers whether the council was right to close the Mill Lane bridge for repairs. Here is a selection of your replies.
A Your views
A "Better six months of detours than a bridge that falls down. The council had no choice." - Alan, Northbank
A "The traders on the north bank will lose their summer trade, and nobody will pay them for it." - Ruth, Riverside
A "Why not build a temporary bridge, as Ridgeford did when its bridge was repaired?" - Sam, Westfield
""",
    # CONTROL: an embedded post with its stamp line and counters in the article
    "en_control_embedded_post": """\
T Mayor's plea to residents goes viral
A A late-night message from Northbank's mayor urging residents to leave their homes has been shared more than 20,000 times.
A Please, if you live on Riverside Road or Mill Lane, leave now and go to the sports centre on Park Road. Do not wait until morning.
T 10:14 PM · Mar 10, 2024
A Sarah Collins said on Monday that she had written the post herself from the council's emergency room, minutes after the Environment Agency called.
A "I wanted people to hear it from me, not from a press release," she said.
""",
    # German: "Kommentar von … | date" heads, "Antworten", "Gefällt mir"
    "de_kommentar_von": """\
T Freibad öffnet eine Woche früher
A Das Freibad am Stadtwald öffnet in diesem Jahr bereits am 8. Mai, eine Woche früher als geplant.
A Die Stadtwerke begründen den früheren Start mit den warmen Temperaturen und der abgeschlossenen Sanierung der Becken.
A Die Eintrittspreise bleiben unverändert, die Saisonkarte kostet weiterhin 75 Euro für Erwachsene.
R Kommentare 3
R Badenixe | 02.05.2024, 08:14
R Super, endlich!
R Antworten
R Gefällt mir (4)
R Klaus R. | 02.05.2024, 09:30
R Und wann kommt die neue Rutsche?
R Antworten
R Gefällt mir (1)
""",
    # Spanish: name and relative stamp on one line, votes
    "es_nombre_hace": """\
T La feria del libro vuelve al parque en mayo
A La feria del libro regresará al parque de María Luisa del 3 al 12 de mayo, con 90 casetas de librerías y editoriales andaluzas.
A La organización espera superar los 300.000 visitantes de la última edición y ampliará el horario de tarde los fines de semana.
A Este año la feria dedicará un espacio propio a la novela gráfica y a los autores noveles.
R Pepe_Sevilla · hace 3 horas
R ¡Qué ganas! El mejor plan de mayo.
R Responder
R Lucía G. · hace 1 hora
R ¿Habrá firmas de autores el domingo?
R Responder
""",
    # Italian: comment heads "Name ha scritto il … alle …:" with no heading
    "it_ha_scritto": """\
T Il mercato del sabato si sposta in piazza Garibaldi
A Da sabato prossimo il mercato settimanale si sposterà da via Roma a piazza Garibaldi per permettere i lavori alla rete fognaria.
A Le bancarelle saranno 120, come prima, e il mercato resterà aperto dalle 7 alle 13.
A Il comune ha previsto due parcheggi gratuiti in via Dante e in viale Mazzini per tutta la durata dei lavori.
R Marco B. ha scritto il 12/03/2024 alle 10:15:
R Finalmente più spazio, in via Roma non si passava.
R Rispondi
R GiuliaR ha scritto il 12/03/2024 alle 11:40:
R E i residenti di piazza Garibaldi chi li ha sentiti?
R Rispondi
""",
    # CONTROL: a French article whose last lines quote two readers' messages with their names and towns
    "fr_control_temoignages": """\
T Inondations : « On a tout perdu en une nuit »
A Dans le quartier des Rives, l'eau est montée jusqu'à 1,20 mètre dans certaines maisons dans la nuit de dimanche à lundi.
A Plusieurs habitants nous ont écrit pour raconter leur nuit.
A « L'eau est entrée par la porte du garage vers deux heures du matin, nous sommes montés à l'étage avec les enfants », raconte Nathalie, de Joué-lès-Tours.
A « Les pompiers sont arrivés à l'aube en barque, ils ont été formidables », écrit Patrick, qui habite rue des Peupliers.
A La mairie a ouvert une cellule d'aide aux sinistrés à la salle des fêtes.
""",
    # Dutch: "Reageren" heading, name + stamp, "Antwoorden", "Meld misbruik", a closing notice
    "nl_reageren": """\
T Kermis blijft op de Markt
A De jaarlijkse kermis blijft ook dit jaar op de Markt staan, heeft het college besloten na protest van ondernemers en bewoners.
A Eerder lag een plan op tafel om de attracties naar het evenemententerrein aan de rand van de stad te verhuizen.
A De kermis duurt van 14 tot 22 juni en telt dit jaar 45 attracties.
R 7 reacties
R Kees
R 12 maart 2024 om 10:15
R Gelukkig, de kermis hoort in het centrum.
R Antwoorden
R Marloes
R 12 maart 2024 om 11:02
R Voor de bewoners van de Markt is het tien dagen herrie.
R Antwoorden
R Reageren is niet meer mogelijk.
""",
    # Russian: name + relative stamp on one line, "Ответить", no heading
    "ru_imya_vremya": """\
T В городе откроют новый детский парк
A В Заречном районе к лету откроют новый детский парк с площадками для малышей и школьников, сообщили в мэрии.
A На площади в два гектара разместят игровые комплексы, велодорожку и летнее кафе.
A Стоимость работ составит 48 миллионов рублей, их оплатят из городского бюджета.
A Жители района давно просили построить парк на месте заброшенного стадиона, и весной мэрия провела опрос о том, каким он должен быть.
R Иван Петров · 2 часа назад
R Давно пора, детям негде гулять!
R Ответить
R Марина · 1 час назад
R А парковку рядом сделают?
R Ответить
""",
}

_ROUND2B: dict[str, str] = {
    # Korean: masked ids with their times on one line, no heading, "답글" under each
    "ko_headless": """\
T 시립도서관, 다음 달부터 일요일에도 문 연다
A 시립중앙도서관이 다음 달 1일부터 12년 만에 일요일에도 문을 연다고 시가 밝혔다.
A 일요일 운영 시간은 오전 11시부터 오후 4시까지이며, 여름방학 동안 어린이실에서는 매주 독서 모임이 열린다.
A 시는 올해 문화 예산에서 인력 두 명을 추가로 채용할 비용을 마련했다고 설명했다.
A 지난해 설문조사에서 주민 2천여 명이 주말 개관을 요구했으며, 이들 대부분은 어린 자녀를 둔 부모였다.
R kim**** · 2시간 전
R 드디어! 아이들이 정말 좋아하겠네요.
R 답글
R lee**** · 1시간 전
R 평일 야간 개관도 검토해 주세요.
R 답글
""",
    # Polish: "~nick" guest names with their times, "Odpowiedz" and votes
    "pl_gosc": """\
T Biblioteka miejska będzie otwarta w niedziele
A Od przyszłego miesiąca biblioteka miejska po raz pierwszy od dwunastu lat będzie otwarta także w niedziele, poinformował urząd miasta.
A W niedziele czytelnie będą czynne od 11 do 16, a w wakacje dział dziecięcy zaprosi na cotygodniowy klub czytelniczy.
A Miasto znalazło w budżecie na kulturę pieniądze na zatrudnienie dwóch dodatkowych bibliotekarzy.
R Krzysiek · 2 godziny temu
R Wreszcie! Dzieciaki będą zachwycone.
R Odpowiedz
R Ania W. · 1 godzinę temu
R A może jeszcze dłużej w czwartki?
R Odpowiedz
""",
    # a Reddit-like embed under the article: "level 1", "u/name · 3 hr. ago", points, "Reply", "Share"
    "en_reddit_like": """\
T City to trial car-free Sundays on the riverfront
A The riverfront road will close to cars every Sunday from June to September in a trial the council hopes will bring more families to the water.
A Buses will still use the road, and residents' permits will let people who live there drive to their homes at walking pace.
A The council will count visitors and survey traders before deciding whether to make the closure permanent next year.
R 86 comments
R level 1
R riverside_jo · 3 hr. ago
R Finally. It's the only bit of the town where you can actually see the river.
R 212
R Reply
R level 2
R pedalpusher · 2 hr. ago
R Now do the same for Castle Street.
R 87
R Reply
""",
    # Turkish and Swedish: name · time, no heading
    "tr_isim_saat": """\
T Şehir kütüphanesi pazar günleri de açık olacak
A Şehir kütüphanesi gelecek aydan itibaren on iki yıl aradan sonra ilk kez pazar günleri de açık olacak.
A Pazar günleri kütüphane 11.00 ile 16.00 arasında hizmet verecek, yaz tatilinde çocuk bölümünde her hafta okuma kulübü düzenlenecek.
A Belediye, iki yeni personelin maaşını kültür bütçesinden karşılayacağını açıkladı.
A Geçen yıl yapılan bir ankette iki binden fazla vatandaş hafta sonu açılış talep etmişti, bunların çoğu küçük çocuk sahibi ailelerdi.
R mehmet_k · 2 saat önce
R Sonunda! Çocuklar çok sevinecek.
R Yanıtla
R Ayşe · 1 saat önce
R Hafta içi akşamları da açık kalsa keşke.
R Yanıtla
""",
    "sv_namn_tid": """\
T Stadsbiblioteket öppnar på söndagar
A Stadsbiblioteket kommer att hålla öppet på söndagar från och med nästa månad, för första gången på tolv år.
A Öppettiderna blir 11 till 16, och under sommarlovet ordnar barnavdelningen en läsklubb varje söndag.
A Kommunen har hittat pengar i kulturbudgeten för att anställa två nya bibliotekarier.
A I en enkät förra året ville mer än 2 000 invånare ha helgöppet, de flesta av dem föräldrar till små barn.
R Erik L · för 2 timmar sedan
R Äntligen! Barnen kommer att älska det.
R Svara
R Anna · för 1 timme sedan
R Kan ni öppna längre på torsdagar också?
R Svara
""",
    # CONTROL: an article about a row on a neighbourhood forum, quoting posts with their writers and times in prose
    "en_control_forum_row": """\
T Neighbourhood forum row over car-free Sundays
A A proposal to close the riverfront road to cars on Sundays has split the town's biggest neighbourhood forum, where more than 400 posts were written in two days.
A One user, riverside_jo, wrote at 9.12am on Saturday that it was "the only bit of the town where you can actually see the river".
A Within an hour another, who posts as pedalpusher, replied asking for the same on Castle Street, and the thread grew from there.
A The forum's moderators locked the discussion on Sunday evening after several posts were reported for abuse.
""",
}

_ROUND3: dict[str, str] = {
    # CONTROL: readers' questions under their names and dates, each answered under a bare "Reply" label
    "en_control_reply_labels": """\
T Bridge closure: the council answers your questions
A The Mill Lane bridge closes on Monday for six months. We put readers' questions to the council's highways team, and print their answers in full.
A Question from Tom Reid · 12 March 2024
A Will the bridge reopen before the folk festival in September?
A Reply
A The contract ends on 31 August, two weeks before the festival opens, and the contractor faces penalties for every day it runs late.
A Question from Ann Lee · 13 March 2024
A Can cyclists use the footbridge while the bridge is closed?
A Reply
A Yes, but they must walk their bikes across it, and marshals will be there at peak times.
""",
    # CONTROL: a German readers' Q&A, "Frage von … · date" over each question and a bare "Antwort" over each answer
    "de_control_leserfragen": """\
T Leserfragen zur Sperrung der Mühlenbrücke
A Die Mühlenbrücke ist ab Montag für sechs Monate gesperrt. Wir haben Ihre Fragen an das Tiefbauamt weitergegeben und drucken die Antworten ungekürzt.
A Frage von Hans M. · 12.03.2024
A Ist die Brücke vor dem Stadtfest im September wieder offen?
A Antwort
A Der Vertrag endet am 31. August, zwei Wochen vor dem Fest, und die Baufirma zahlt für jeden Tag Verzug eine Strafe.
A Frage von Petra L. · 13.03.2024
A Dürfen Radfahrer über den Steg fahren?
A Antwort
A Nein, sie müssen schieben, zu Stoßzeiten achten Ordner darauf.
""",
    # CONTROL: a radio transcript with each speaker and the time on one line over what they said
    "en_control_transcript_heads": """\
T Transcript: the council leader on the budget
A The following is an edited transcript of the council leader's interview on Radio Northbank on Wednesday morning.
A PRESENTER · 08:02
A Councillor Shah, why raise council tax by the maximum again this year?
A SHAH · 08:02
A Because the cost of adult social care has risen by a fifth in two years and the government grant has not kept pace with it.
A PRESENTER · 08:04
A Residents say they are paying more for fewer services.
A SHAH · 08:04
A I understand that, and it is why we have protected the libraries and the bin collections from the cuts this year.
""",
}

CASES: dict[str, str] = {**_ROUND1, **_ROUND2, **_ROUND2B, **_ROUND3}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a thread with no control under its comments: "Posté le … à … par Marcel37" over a line of text, twice, is a
    # live blog's entry under its stamp and writer too (byline takes the stamps; the text stays)
    "fr_poste_le": 2,
    # a brief of under fifty words of prose over its comments: the count early in the text reads as the byline's
    # link to the comments over the article ("12 comments · 3 hours ago" under a headline), which opens nothing
    "en_brief_long_thread": 4,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added: the residue goes, article text of the same shape stays ---------------------------------------

_TEXT = {
    "en": [
        "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays, diverting traffic through the town centre.",
        "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in a statement on Wednesday.",
        "The footbridge next to it stays open, and the council has promised signs directing shoppers to the businesses on the north bank.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Flussbrücke bis zum Ende der Sommerferien für eine Sanierung zu sperren.",
        "Bei einer Routineprüfung im März hatten Ingenieure Risse an zwei Brückenpfeilern entdeckt, wie die Verwaltung am Mittwoch mitteilte.",
        "Der Fußgängersteg neben der Brücke bleibt geöffnet, und die Stadt will Schilder zu den Geschäften am Nordufer aufstellen.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na rzece do końca wakacji w celu przeprowadzenia remontu.",
        "Pęknięcia w dwóch filarach mostu inżynierowie wykryli w marcu podczas rutynowej kontroli, poinformował w środę urząd miasta.",
        "Kładka dla pieszych obok mostu pozostanie otwarta, a miasto obiecało oznakowanie dojazdu do sklepów na północnym brzegu.",
    ],
}

# a comment's frame under each language's heading with its count after the word ("Comments 14", "Kommentare 12")
_THREAD = {
    "en": ["Comments 14", "Greg_M", "3 hours ago", "Six months? We will see.", "Reply"],
    "de": ["Kommentare 12", "Greg_M", "vor 3 Stunden", "Sechs Monate? Mal sehen.", "Antworten"],
    "pl": ["Komentarze 23", "Greg_M", "3 godziny temu", "Pół roku? Zobaczymy.", "Odpowiedz"],
}


@pytest.mark.parametrize("lang", sorted(_THREAD))
def test_a_count_after_the_word_opens_the_comments(lang: str) -> None:
    result = cleaner.explain_text("\n".join([*_TEXT[lang], *_THREAD[lang]]))
    assert kept_lines(result) == _TEXT[lang], removed(result)


@pytest.mark.parametrize("lang", sorted(_THREAD))
@pytest.mark.parametrize("where", ["top", "middle"])
def test_a_count_after_the_word_over_the_article_takes_nothing(lang: str, where: str) -> None:
    # (a comment-count link under the headline, or between two paragraphs, with the article going on after it)
    text, count = _TEXT[lang], _THREAD[lang][0]
    page = [count, *text] if where == "top" else [text[0], count, *text[1:]]
    assert lost(text, cleaner.explain_text("\n".join(page))) == []



@pytest.mark.parametrize("count", ["Kommentare (12)", "Kommentare 12", "Leserkommentare (3)"])
def test_a_german_counted_heading_between_paragraphs_takes_nothing(count: str) -> None:
    # (German's counted heading opens a section wherever it stands late in the text, unless the article goes on
    # after it: it is a link to the comments there; main's HEAD lost the paragraphs under "Kommentare (12)")
    text = _TEXT["de"]
    result = cleaner.explain_text("\n".join([text[0], count, *text[1:]]))
    assert lost(text, result) == [], removed(result)

# a commenter's line closed by a colon, with the comment's date ("… schrieb am 12.03.2024 um 14:22 Uhr:"), and a
# commenter's name with the comment's time on one line ("Sue Patel · 1 hour ago"), each opening a thread's comment
_HEADS = [
    ("de", ["Kasseläner schrieb am 12.03.2024 um 14:22 Uhr:", "Gisela M. schrieb am 12.03.2024 um 16:05 Uhr:"], "Antworten"),
    ("en", ["Tom Hargreaves · 2 hours ago", "Sue Patel · 1 hour ago"], "Reply"),
    ("en", ["Tom Hargreaves | 12.03.2024, 14:22", "Sue Patel | 12.03.2024, 16:05"], "Reply"),
    ("pl", ["Krzysiek · 2 godziny temu", "Ania W. · 1 godzinę temu"], "Odpowiedz"),
]


@pytest.mark.parametrize(("lang", "heads", "reply"), _HEADS)
def test_a_thread_without_a_heading_goes(lang: str, heads: list[str], reply: str) -> None:
    thread = [heads[0], "Six months? We will see.", reply, heads[1], "Who pays the shops on the quay?", reply]
    result = cleaner.explain_text("\n".join([*_TEXT[lang], *thread]))
    assert kept_lines(result) == _TEXT[lang], removed(result)


# the same lines in an article: posts it quotes under their writers and dates, a live blog's entries under their
# writers and times, no comment's control under them
_QUOTING = {
    "de": [
        "Die Bürgermeisterin schrieb am 10.03.2024 um 22:14 Uhr:",
        "Bitte verlassen Sie jetzt die Häuser in der Uferstraße und am Mühlenweg, die Sporthalle ist geöffnet.",
        "Der Landrat schrieb am 11.03.2024 um 06:30 Uhr:",
        "Die Schulen im Kreis bleiben heute geschlossen, der Busverkehr ist eingestellt.",
    ],
    "en": [
        "Jane Smith · 06:45",
        "The river has now peaked at 4.1 metres at the town bridge, 30 centimetres below the 2007 record.",
        "Tom Reid · 07:10",
        "Mill Lane and Riverside Road remain closed, and buses are running on diversion through the town centre.",
    ],
    "pl": [
        "Anna Nowak · 06:45",
        "Poziom rzeki osiągnął 4,1 metra przy moście miejskim, 30 centymetrów poniżej rekordu z 2007 roku.",
        "Tomasz Wiśniewski · 07:10",
        "Ulice Młyńska i Nadbrzeżna pozostają zamknięte, a autobusy jeżdżą objazdem przez centrum miasta.",
    ],
}


@pytest.mark.parametrize("lang", sorted(_QUOTING))
def test_quoted_posts_and_live_entries_stay(lang: str) -> None:
    page = [*_TEXT[lang], *_QUOTING[lang]]
    assert lost(page, cleaner.explain_text("\n".join(page))) == []


# a live blog's entries under "Posted by … at 06:45" (a time of the day alone) below a subheading a comment count or
# heading may read as: no forum's dated stamps, no comments
@pytest.mark.parametrize("subheading", ["Conversation", "Comments", "Three responses", "Kommentare 3"])
def test_live_entries_under_a_subheading_stay(subheading: str) -> None:
    entries = [
        "Posted by Jane Smith at 06:45",
        "The river has now peaked at 4.1 metres at the town bridge, 30 centimetres below the 2007 record, the Environment Agency says.",
        "Posted by Jane Smith at 07:10",
        "Mill Lane and Riverside Road remain closed, and buses are running on diversion through the town centre.",
        "Posted by Tom Reid at 07:32",
        "Schools in Northbank will stay closed today, the education department has confirmed.",
    ]
    text = [*_TEXT["en"], *entries[1::2]]
    result = cleaner.explain_text("\n".join([*_TEXT["en"], subheading, *entries]))
    assert lost(text, result) == [], removed(result)



# a reply control between a question and its answer is a Q&A's label (round 3's pages); under a reader's question,
# with the next commenter's name or the thread's end under it, it goes
@pytest.mark.parametrize(
    ("lang", "thread"),
    [
        ("en", ["Greg_M", "3 hours ago", "Who pays the shops on the quay?", "Reply", "Karen_W", "2 hours ago", "Nobody, as usual.", "Reply"]),
        ("de", ["Greg_M", "vor 3 Stunden", "Wer zahlt den Läden am Kai den Ausfall?", "Antworten", "Karen_W", "vor 2 Stunden", "Niemand, wie immer.", "Antworten"]),
    ],
)
def test_a_reply_under_a_readers_question_goes(lang: str, thread: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*_TEXT[lang], *thread]))
    assert kept_lines(result) == _TEXT[lang], removed(result)

def test_a_privacy_link_closing_the_page_goes_and_the_sentence_stays() -> None:
    result = cleaner.explain_text("\n".join([*_TEXT["en"], "Do Not Sell My Data"]))
    assert kept_lines(result) == _TEXT["en"], removed(result)
    line = "Do not sell my data to advertisers, the petition signed by 40,000 people demands of the company."
    page = [*_TEXT["en"][:2], line, _TEXT["en"][2]]
    assert lost(page, cleaner.explain_text("\n".join(page))) == []


if __name__ == "__main__":
    report(CASES, judge)
