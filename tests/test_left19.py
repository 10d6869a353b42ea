# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Helper left19's probe: the residue session 18 noticed and left, a page or more a shape, written before any rule.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (either).

1. A section's name over the headline at the head of a scraped text ("Politics", "Wirtschaft", "Économie" over the
   title line, prose under it), in English, German, French, Spanish, Italian, Portuguese and Dutch.
2. Readers' handles and signatures in a comment block or a thread after the article ("jsmith82" alone, "— Sent from
   my iPhone", a signature line under a post).
3. A press release's "About <Company>" box at its end (the heading, one paragraph describing the company, contact
   lines), where an article's last section headed "About the study" with real reporting stays.
4. A postal address right under the article (street, postcode and town, phone) as a footer block.
5. A clap count ("1.2K", "142" alone near the share buttons) and a sidebar's agenda (a date line over an event's
   title, in pairs) after the article.
6. Macedonian, told Russian before: its own placement (ѓ ќ ѕ are its letters) and a vocabulary (rules/lang/mk.toml).

Measured when the probe was written, before any rule (36 pages, the seven section pages, four threads and comment
blocks, eight "about" pages, five address pages, four pages of counts and dates, four Macedonian pages): article lines
lost 2, residue lines left 73 (sections 7, threads 10, about boxes 19, addresses 6, agenda and claps 4, Macedonian
27; the Macedonian pages were told no language or Serbian, and the neighbours' test told a Macedonian text Russian).
The lines lost were a schedule's bare dates inside an article (the dateline pass); own55 keeps them (``KNOWN_LOST`` empty).

After: lost 2 (the same), left 3 (a bulletin board's thread with its count of posts at its head: no discussion is
told, as ``test_discussion_pages``' en_forum_naive, so two handles over their times and a signature stay).

1. ``structure._section_over_headline`` and the table ``structure.section_name`` (en, de, fr, es, it, pt, nl): the page's
   first line, right over a headline (three to twenty words, no sentence) with prose right under that.
2. The comments ``ui`` table takes a mobile client's signature ("Sent from my iPhone", "Von meinem iPhone gesendet",
   "… using Tapatalk") wherever it stands; on a discussion page a reply's signature ("-- Sue, …", "Pete | Gas Safe
   registered since 2004") between its last paragraph and its controls goes with the frame, and so does the opening
   post's writer over its time (``discussions._signature``, ``DiscussionShape._post_writer``). Handles in a comment
   block already went with it.
3. ``structure._about_box`` and the tables ``structure.about_heading``, ``structure.company_profile``: a heading naming
   the company over the page's last paragraph, which opens on the name, defines the company in the present tense
   ("… is a leading provider …") and names its site or stands over a mail or a phone; its contact under it then goes
   as a contact box. "About the study" (no name), "Über die Studie" (no site, no contact), "About Rivian" over a
   reported paragraph or two stay.
4. ``edge_contacts.footer_contact_block``: a name, a street over its postcode and town (or an address on one line) and a
   labelled phone, with the page's residue right over it and under it. Right under the article's text the same block
   is the notice's own contact and stays (red team 18n's decision: ``address_right_under``, not judged).
5. ``edge_comments.share_counts`` (a count alone beside a share button, residue or the article's end on its other side)
   and ``edge_rows.agenda_titles`` with the table ``structure.agenda_heading`` (events' titles under their dates
   under an agenda's heading; an article's own "Key dates" keeps its items).
6. Macedonian: ``mk`` in ``language.SUPPORTED`` (jusText's stoplist), its own function words, ``_macedonian_votes``
   (ѓ ќ ѕ give it the Cyrillic languages' votes; й щ ъ ь ю я ы э ё і ї є ђ ћ, which it never writes, take its votes),
   Russian ruled out by three of ѓ ќ ѕ, and ``rules/lang/mk.toml``.

``python tests/test_left19.py`` prints the numbers.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import (
    assert_gate_admits,
    assert_residue_goes,
    assert_survives,
    judge,
    kept_lines,
    lost,
    page_text,
    parse,
    removed,
    report,
    tagged_probe_tests,
    vocab_table_tests,
    with_line,
)

import cleaner
from cleaner import language
from cleaner.context import Context
from cleaner.document import Document

CASES = {
    # -- 1. a section's name over the headline ---------------------------------------------------------------------
    "section_en": """\
R Politics
T Ministers agree to delay the new housing targets until after the election
A Ministers have agreed to postpone the new housing targets for local councils until after the general election, officials said on Tuesday.
A The decision follows months of pressure from backbench MPs whose constituencies face the largest increases in building.
A Campaigners said the delay would leave thousands of families waiting longer for affordable homes in the south-east.
""",
    "section_de": """\
R Wirtschaft
T Autobauer streichen tausende Stellen in der Verwaltung
A Der Autobauer will bis Ende des kommenden Jahres rund 3000 Stellen in der Verwaltung abbauen, teilte das Unternehmen am Dienstag mit.
A Betriebsbedingte Kündigungen soll es nach Angaben des Konzerns nicht geben, die Stellen sollen über Altersteilzeit wegfallen.
A Der Betriebsrat kündigte an, die Pläne genau zu prüfen und auf einer Beschäftigungsgarantie zu bestehen.
""",
    "section_fr": """\
R Économie
T La Banque centrale relève ses taux pour la troisième fois cette année
A La Banque centrale a annoncé jeudi une nouvelle hausse de ses taux directeurs, la troisième depuis le début de l'année.
A Selon le gouverneur, cette décision doit permettre de ramener l'inflation vers son objectif de deux pour cent d'ici la fin de l'an prochain.
A Les syndicats redoutent que la hausse pèse sur l'investissement des petites entreprises et sur l'emploi.
""",
    "section_es": """\
R Deportes
T El equipo local gana la final de copa en la prórroga
A El equipo local se proclamó campeón de la copa el sábado tras imponerse por dos goles a uno en la prórroga ante más de treinta mil espectadores.
A El entrenador dedicó el título a la afición, que llevaba más de veinte años sin celebrar un trofeo en la ciudad.
A El capitán, que marcó el gol decisivo en el minuto 112, anunció que seguirá en el club una temporada más.
""",
    "section_it": """\
R Cronaca
T Maltempo, chiuse le scuole in tre comuni della provincia
A I sindaci di tre comuni della provincia hanno disposto la chiusura delle scuole per domani a causa dell'allerta meteo diramata dalla Protezione civile.
A Nelle ultime ventiquattro ore sono caduti oltre cento millimetri di pioggia e alcune strade sono state chiuse al traffico.
A Il prefetto ha convocato per questa sera un vertice con le forze dell'ordine e i vigili del fuoco.
""",
    "section_pt": """\
R Economia
T Governo anuncia novo programa de apoio às pequenas empresas
A O governo anunciou nesta quarta-feira um novo programa de crédito para pequenas empresas, com juros abaixo dos praticados pelo mercado.
A Segundo o ministro da Economia, o programa deve beneficiar cerca de duzentas mil empresas ao longo dos próximos dois anos.
A As associações comerciais elogiaram a medida, mas pediram que os prazos de pagamento sejam mais longos.
""",
    "section_nl": """\
R Binnenland
T Kabinet trekt extra geld uit voor de jeugdzorg in kleine gemeenten
A Het kabinet trekt komend jaar driehonderd miljoen euro extra uit voor de jeugdzorg, vooral bedoeld voor kleine gemeenten met grote tekorten.
A De minister zei dinsdag dat de wachtlijsten in sommige regio's onaanvaardbaar lang zijn geworden.
A Gemeenten reageren opgelucht, maar waarschuwen dat het bedrag niet genoeg is om alle tekorten op te vangen.
""",
    # a one-word title (a column's name) over its prose: the page's title, no section
    "section_one_word_title": """\
T Sport
A Sport was the one thing my grandfather never talked about, although he had played for the county side for eleven seasons before the war.
A He kept his caps in a drawer in the spare room, wrapped in a tea towel, and we only found them after the funeral.
A My mother says he thought talking about it would have been showing off, and that was the worst thing a man could do.
""",
    # a story whose first line opens on such a word as part of its sentence
    "section_word_in_sentence": """\
A Politics in the valley has always been a family business, and this year's election is no exception.
A The two candidates for mayor are cousins, and their grandfathers ran against each other in 1962.
A Both say they will keep the campaign civil, but their supporters have already clashed over the new bypass.
""",
    # -- 2. handles and signatures in a comment block ------------------------------------------------------------
    "comments_handles": """\
T How we cut our heating bill in half without a heat pump
A We live in a 1930s semi with solid walls, and for years our gas bill was the biggest single expense after the mortgage.
A Last winter we insulated the loft properly, fitted thermal curtains and put radiator reflectors behind every radiator on an outside wall.
A The result was a bill of £640 for the year, down from £1,310 the year before, with the thermostat one degree lower.
A It is not glamorous, but none of it cost more than a few hundred pounds, and all of it was done in two weekends.
R 23 Comments
R jsmith82
R March 3, 2024 at 10:14 am
R Great write-up, we did the same with the loft and saw a similar drop.
R — Sent from my iPhone
R Reply
R bigdave_1975
R March 3, 2024 at 11:02 am
R Radiator reflectors made no difference for us, to be honest.
R Sent from my Galaxy
R Reply
R Leave a Reply
""",
    # a forum thread (the replies are the page's text, the count of replies under the opening post): the writers'
    # handles and their signatures go
    "thread_signatures": """\
T Boiler pressure keeps dropping overnight
R heatingnovice
R Posted 12 February 2024 - 08:15 PM
A My boiler pressure drops from 1.5 bar to about 0.5 overnight, every night, and I have to top it up each morning. There is no visible leak anywhere.
A The engineer replaced the pressure relief valve last month, but it made no difference. Any ideas what else to check?
R Sent from my iPhone using Tapatalk
R 3 replies
R plumber_pete
R Posted 12 February 2024 - 09:41 PM
A Check the expansion vessel: if it has lost its charge the pressure will swing with the temperature and the relief valve will dump water outside.
R Pete | Gas Safe registered since 2004
R Reply
R heatingnovice
R Posted 13 February 2024 - 07:02 AM
A Thanks, the vessel was completely flat. I pumped it up to 1 bar with a bike pump and the pressure held all night.
R Sent from my Pixel 7 using Tapatalk
R Reply
R sparky_sue
R Posted 13 February 2024 - 08:30 AM
A Good to hear. Check it again in a month: if it goes flat again the diaphragm inside is split and the vessel needs replacing.
R -- Sue, domestic heating engineer, Leeds
R Reply
""",
    # a bulletin board's thread: the count of posts at its head, over the opening post (no discussion is told: see
    # RESIDUE_LEFT)
    "thread_head_count": """\
T Boiler pressure keeps dropping overnight
R 4 posts
R heatingnovice
R Posted 12 February 2024 - 08:15 PM
A My boiler pressure drops from 1.5 bar to about 0.5 overnight, every night, and I have to top it up each morning. There is no visible leak anywhere.
A The engineer replaced the pressure relief valve last month, but it made no difference. Any ideas what else to check?
R Sent from my iPhone using Tapatalk
R Reply
R plumber_pete
R Posted 12 February 2024 - 09:41 PM
A Check the expansion vessel: if it has lost its charge the pressure will swing with the temperature and the relief valve will dump water outside.
R Pete | Gas Safe registered since 2004
R Reply
R heatingnovice
R Posted 13 February 2024 - 07:02 AM
A Thanks, the vessel was completely flat. I pumped it up to 1 bar with a bike pump and the pressure held all night.
R Sent from my Pixel 7 using Tapatalk
R Reply
""",
    # readers' comments under a news story with no heading over them: each under its writer's handle
    "comments_no_heading": """\
T Council to double the number of public bins in the town centre
A The council will double the number of public bins in the town centre by the summer, after complaints about litter from traders.
A The new bins will be emptied twice a day during the week and three times a day at weekends, the council said.
A Traders welcomed the plan but said the council should also fine people who drop litter outside their shops.
R Mike T.
R 2 hours ago
R This is exactly what the council should have done years ago.
R Sent from my iPhone
R Reply
R sarah_k
R 1 hour ago
R Not before time. The high street has been a mess since Christmas.
R Reply
""",
    # -- 3. a press release's "About <Company>" box -----------------------------------------------------------------
    "about_company_en": """\
T Northwind Robotics opens its first European factory in Lyon
A LYON, France, March 4, 2024 — Northwind Robotics, a maker of warehouse robots, today opened its first European factory in Lyon, creating 240 jobs.
A The plant will assemble the company's mobile picking robots for customers in Europe and the Middle East, starting with an output of 3,000 units a year.
A "Being closer to our European customers cuts delivery times from twelve weeks to three," said Maria Gonzalez, the company's chief executive.
R About Northwind Robotics
R Northwind Robotics is a leading provider of autonomous mobile robots for warehouses and distribution centres. Founded in 2015 and headquartered in Austin, Texas, the company serves more than 400 customers in 30 countries. For more information, visit www.northwindrobotics.com.
R Media contact:
R Jane Doe
R press@northwindrobotics.com
R +1 512 555 0100
""",
    "about_company_de": """\
T Solarwerk Nord erweitert Produktion in Rostock
A ROSTOCK, 4. März 2024 – Die Solarwerk Nord GmbH erweitert ihre Produktion in Rostock und schafft damit 120 neue Arbeitsplätze.
A Die neue Halle soll ab Herbst jährlich Module mit einer Leistung von 500 Megawatt liefern, vor allem für Kunden in Skandinavien.
A „Wir sehen eine stark wachsende Nachfrage nach Modulen aus europäischer Fertigung“, sagte Geschäftsführer Jan Peters.
R Über Solarwerk Nord
R Die Solarwerk Nord GmbH ist ein führender Hersteller von Solarmodulen in Norddeutschland. Das 2009 gegründete Unternehmen mit Sitz in Rostock beschäftigt rund 800 Mitarbeiter. Weitere Informationen unter www.solarwerk-nord.de.
R Pressekontakt:
R Anna Schulz
R presse@solarwerk-nord.de
R Tel. +49 381 123456
""",
    "about_company_fr": """\
T Vélocité lance un vélo cargo électrique fabriqué en France
A PARIS, le 4 mars 2024 – Vélocité lance aujourd'hui son premier vélo cargo électrique entièrement assemblé dans son usine de Tours.
A Le modèle, vendu 3 990 euros, peut transporter jusqu'à deux enfants et 80 kilos de courses sur une autonomie de 90 kilomètres.
A « Nous voulions prouver qu'on peut produire un vélo cargo compétitif en France », explique la présidente, Claire Martin.
R À propos de Vélocité
R Vélocité est une entreprise française fondée en 2017 qui conçoit et fabrique des vélos électriques. Basée à Tours, elle emploie 150 personnes. Plus d'informations sur www.velocite.fr.
R Contact presse :
R Paul Bernard
R presse@velocite.fr
R 01 23 45 67 89
""",
    "about_company_es": """\
T Aguaclara inaugura su nueva planta desalinizadora en Almería
A ALMERÍA, 4 de marzo de 2024 – Aguaclara ha inaugurado hoy su nueva planta desalinizadora en Almería, con capacidad para abastecer a 150.000 personas.
A La instalación, que ha supuesto una inversión de 45 millones de euros, funcionará con energía solar durante el día.
A «Es la planta más eficiente que hemos construido», afirmó el consejero delegado de la compañía, Luis Romero.
R Acerca de Aguaclara
R Aguaclara es una empresa líder en tratamiento de agua fundada en 1998, con sede en Madrid y presencia en doce países. Más información en www.aguaclara.es.
R Contacto de prensa:
R Marta López
R prensa@aguaclara.es
R +34 91 123 45 67
""",
    # an article whose last section is headed "About the study", with real reporting under it
    "about_the_study": """\
T Walking after meals lowers blood sugar, study finds
A A short walk after each meal lowered blood sugar levels more than a single longer walk each day, researchers reported on Monday.
A The effect was strongest in people over sixty, who saw their levels fall by almost a fifth after two weeks.
A "Even ten minutes seems to make a difference," said the lead author, who was not involved in designing the walking programme.
A About the study
A The researchers followed 2,000 adults in Denmark for two years, measuring their blood sugar with sensors worn on the arm.
A Participants were randomly assigned to walk after meals or once a day, and neither group changed its diet during the trial.
""",
    # a profile whose last section is headed "About Rivian" and reports on the company (no boilerplate shape)
    "about_company_reported": """\
T Inside the factory where Rivian builds its delivery vans
A The plant in Normal, Illinois, once built Mitsubishi cars, and much of the old assembly hall still stands.
A Workers on the line said the pace has picked up since the company won a second order from Amazon last autumn.
A About Rivian
A Rivian was founded in 2009 by RJ Scaringe, who spent a decade on prototypes before the company showed its first pickup in 2018.
A The company lost more than five billion dollars last year, and its shares have fallen by two thirds since it went public.
""",
    # a study's own section at the end, in German: "Über die Studie" over a paragraph that defines the study (no
    # site, no contact under it)
    "about_the_study_de": """\
T Kurze Spaziergänge nach dem Essen senken den Blutzucker
A Wer nach jeder Mahlzeit zehn Minuten spazieren geht, senkt seinen Blutzucker stärker als mit einem langen Spaziergang am Tag.
A Am deutlichsten war der Effekt bei Menschen über sechzig, deren Werte nach zwei Wochen um fast ein Fünftel sanken.
A Über die Studie
A Die Studie ist eine Langzeituntersuchung der Universität Bonn, die seit 2015 läuft und rund 3000 Erwachsene begleitet.
""",
    # a profile ending on a short section about the company it reports on, in the present tense (no site, no contact)
    "about_company_last_paragraph": """\
T The van maker that Amazon bet on
A The plant in Normal, Illinois, once built Mitsubishi cars, and much of the old assembly hall still stands.
A Workers on the line said the pace has picked up since the company won a second order from Amazon last autumn.
A About Rivian
A Rivian is an electric-vehicle maker based in Irvine, California, that went public in 2021 and has yet to turn a profit.
""",
    # -- 4. a postal address under the article ---------------------------------------------------------------------
    "address_en": """\
T Library extends its opening hours over the exam period
A The central library will stay open until midnight on weekdays from 6 May until the end of the exam period, the council said.
A Students will need to show a valid card after 8pm, and the café on the ground floor will remain open until 10pm.
A The extra hours are funded by a grant from the university, which has also paid for two additional security staff.
R Share this page
R Print
R Central Library
R 12 Market Street
R Leeds LS1 6AB
R Tel: 0113 378 5005
R Privacy notice
R Cookies
""",
    "address_de": """\
T Stadtbibliothek verlängert die Öffnungszeiten
A Die Stadtbibliothek ist ab Mai montags bis freitags bis 22 Uhr geöffnet, wie die Stadtverwaltung am Montag mitteilte.
A Die längeren Öffnungszeiten gelten zunächst für ein Jahr und werden dann überprüft, sagte die Leiterin der Bibliothek.
A Für den Abendbetrieb werden zwei zusätzliche Stellen geschaffen, die aus dem Kulturetat finanziert werden.
R Seite teilen
R Drucken
R Stadtbibliothek Musterstadt
R Hauptstraße 12
R 10115 Berlin
R Telefon: 030 1234567
R Impressum
R Datenschutz
""",
    "address_fr": """\
T La médiathèque ouvre le dimanche à partir de septembre
A La médiathèque municipale ouvrira ses portes le dimanche après-midi à partir du mois de septembre, a annoncé la mairie.
A Cette ouverture supplémentaire sera assurée par des agents volontaires, rémunérés en heures supplémentaires.
A La mairie espère ainsi attirer les familles qui ne peuvent pas venir en semaine.
R Partager
R Imprimer
R Médiathèque municipale
R 5 rue de la République
R 69001 Lyon
R Tél. : 04 78 12 34 56
R Mentions légales
R Plan du site
""",
    # an address block right under the article's text: the notice's own contact (red team 18n's decision, see
    # test_redteam18n.test_an_address_the_footers_links_do_not_surround_stays), not judged
    "address_right_under": """\
T Library extends its opening hours over the exam period
A The central library will stay open until midnight on weekdays from 6 May until the end of the exam period, the council said.
A Students will need to show a valid card after 8pm, and the café on the ground floor will remain open until 10pm.
A The extra hours are funded by a grant from the university, which has also paid for two additional security staff.
T Central Library
T 12 Market Street
T Leeds LS1 6AB
T Tel: 0113 378 5005
""",
    # an article that ends on an address it reports (the venue of an event, in a sentence)
    "address_in_sentence": """\
T New community fridge opens in the old bus depot
A A community fridge where residents can leave and take surplus food opened on Saturday in the old bus depot.
A Volunteers will check the fridge twice a day, and shops in the area have promised to donate what they cannot sell.
A The fridge is at 14 Station Road, Leeds LS6 2AB, and is open every day from 8am to 8pm.
""",
    # -- 5. clap counts and an agenda ----------------------------------------------------------------------------
    "claps": """\
T Why I stopped using microservices for small teams
A For three years our team of five ran eleven services, each with its own pipeline, database and on-call rotation.
A Most of our incidents were not bugs in the code but failures in the network between services that did not need to be apart.
A Last spring we merged them back into one application, and our deploy time fell from forty minutes to six.
A If your team fits around one table, you probably need one codebase and one database, not a distributed system.
R 1.2K
R 14
R Share
R Follow
R Written by Anna Park
R 142
R Responses (14)
""",
    # a clap count alone over the share row, nothing else under the post
    "claps_short": """\
T What I learned from shipping one small feature a week for a year
A The rule was simple: every Friday something new had to reach our users, however small, and it had to be finished.
A After a year we had shipped fifty-one features, and the ones our users liked best were nearly all the smallest.
A Most of all, the habit changed how we planned: nobody proposed work that could not be cut into weekly pieces.
R 1.2K
R Share
""",
    "agenda": """\
T Council approves plans for a new cycle bridge over the river
A The city council approved plans on Thursday for a new cycle and footbridge over the river between the station and the university.
A The bridge will cost 14 million euros, most of it from a regional fund for sustainable transport.
A Construction is due to start next spring and take about eighteen months, the council said.
R Agenda
R 12 March 2024
R Open day at the town hall
R 15 March 2024
R Spring concert of the music school
R 20 March 2024
R Public meeting on the new bus routes
R All events
""",
    # a list of dates in the article: a schedule the article announces
    "dates_in_article": """\
T Road works on the ring road: what closes when
A The ring road will be closed in three stages this spring while the bridge deck is replaced, the transport authority said.
A The closures are:
A 12 March 2024
A Northbound lanes between junctions 3 and 4
A 15 March 2024
A Southbound lanes between junctions 4 and 5
A Drivers are advised to use the city centre routes, which will have extra signs during the works.
""",
    # -- 6. Macedonian ----------------------------------------------------------------------------------------------
    "mk_naive": """\
R Почетна
R Македонија
R Свет
R Економија
R Спорт
R Култура
R Почетна » Македонија » Општество
T Скопје воведува нова зона за платено паркирање во Центар
R 14.03.2024 | 09:42
R Автор: Марија Стојановска
A Градот Скопје ќе воведе платено паркирање во уште 45 улици во општина Центар од 1 април, соопштија од градската администрација во четврток.
A Новата зона ќе опфати околу 3000 паркинг места, а жителите ќе можат да добијат годишна дозвола за 1200 денари.
A „Целта е жителите да можат да паркираат близу до своите домови“, изјави заменик-градоначалникот задолжен за сообраќај.
A Од јавното претпријатие одбија да коментираат колку нови вработени ќе ја контролираат зоната.
R Сподели
R Facebook
R Twitter
R Копирај линк
R Поврзани вести
R Нови автобуси на линијата 22 од понеделник
R Најчитани
R Претплатете се на нашиот билтен
R Внесете ја вашата е-пошта
R Оваа веб-страница користи колачиња за подобро корисничко искуство.
R Прифаќам
R За нас
R Контакт
R Маркетинг
R Политика на приватност
R © 2024 Вести. Сите права се задржани.
""",
    "mk_news": """\
T Охрид ќе го затвори стариот мост поради реконструкција три месеци
R Од Ана Петровска
R Охрид | 12 февруари 2024, 10:15
R Ажурирано во 12:40
A Општина Охрид во понеделникот го одобри проектот за реконструкција на стариот мост, кој ќе биде затворен за сообраќај од 1 април до крајот на јуни.
A Инженерите откриле пукнатини на два од столбовите за време на редовната проверка минатата година.
A „Ова е неопходна работа и не може повеќе да се одложува“, изјави градоначалничката.
R Фото: Општина Охрид
A Жителите на стариот дел од градот собраа повеќе од 2.000 потписи со кои бараат привремен пешачки мост.
R Прочитајте уште: Охридското лето ќе има рекорден број настани оваа година
R Коментари (2)
R Јован
R 12.02.2024 во 11:20
R Крајно време беше да го поправат мостот.
R Одговори
R Ана
R пред 2 часа
R А каде ќе паркираме во меѓувреме?
R Одговори
R Остави коментар
R Мора да бидете најавени за да коментирате.
""",
    "mk_notice": """\
T Јавен повик за субвенции за енергетска ефикасност во домаќинствата 2024
R Објавено на 5 март 2024
R Сектор за односи со јавноста
A Општината објавува јавен повик за доделување субвенции за замена на прозорци и изолација на фасади во станбени згради изградени пред 1980 година.
A Право на субвенција имаат сопствениците на станови и семејни куќи кои живеат на територијата на општината.
A Потребни документи:
A Барање потпишано од подносителот
A Пресметка за трошоците на работите
A Потврда дека нема долгови кон општината
A Рокот за поднесување на барањата е 30 април 2024 година.
R Преземи PDF
R Печати
R Сподели на социјалните мрежи
R Следете не на Instagram
R Дали оваа страница ви беше корисна?
R Да
R Не
R Мапа на сајтот
R © Општина Битола. Сите права се задржани.
""",
    "mk_recipe": """\
T Тавче гравче на баба ми
R Објавено од Елена на 19 март 2024
R 14 коментари
A Тавче гравче е традиционално македонско јадење и кај нас дома секогаш се подготвуваше во недела.
A Состојки (за 6 лица)
A 500 г бел грав
A 2 главици кромид
A 1 лажица црвен пипер
A Сол и бибер по вкус
A Подготовка
A Гравот потопете го во вода преку ноќ, а потоа сварете го додека не омекне.
A Кромидот пропржете го на масло, додадете го пиперот и измешајте го со гравот.
A Сè заедно ставете го во земјена тава и печете го во рерна околу еден час.
R Печати рецепт
R Оцени го рецептот
R Ознаки: јадења со грав, македонска кујна
R Можеби ќе ве интересира
R Пастрмајлија од Штип
R Ајвар како некогаш
R Следете не на Facebook и Instagram
R Претплатете се и добивајте нови рецепти секоја недела!
""",
}

def parse_page(key: str) -> tuple[str, str, list[str]]:
    """A section page's name, headline and paragraphs."""
    rows = [text for _tag, text in parse(CASES[key])]
    return rows[0], rows[1], rows[2:]


#: The residue each page is known to leave.
RESIDUE_LEFT: dict[str, int] = {
    # a bulletin board's thread with its count at the head: no discussion is told (as test_discussion_pages's
    # en_forum_naive), so its writers' handles over their times and a signature stay
    "thread_head_count": 3,
}

#: The article lines each page is known to lose: none (dates_in_article, a schedule's bare dates inside the article
#: under its colon, lost to the dateline pass until own55's metadata._announced_schedule kept them).
KNOWN_LOST: dict[str, list[str]] = {}

#: The press releases whose "About <Company>" box and press contact go only with edge-furniture's ``about_box`` on (off
#: by default: the release's issuer wrote them, and test_redteam14's pt_comunicado keeps its "Sobre a Lactoserra").
ABOUT_BOX_KEYS = ("about_company_en", "about_company_de", "about_company_fr", "about_company_es")
ABOUT_BOX_ON = {"options": {"edge-furniture": {"about_box": True}}}


def _judge_about_on(case: str, **options: Any) -> tuple[list[str], list[str]]:
    return judge(case, **ABOUT_BOX_ON, **options)


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    {k: v for k, v in CASES.items() if k not in ABOUT_BOX_KEYS}, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
(
    test_about_box_on_article_lines_survive,
    test_about_box_on_residue_left_does_not_grow,
    test_about_box_on_cleaning_twice_changes_nothing,
) = tagged_probe_tests({k: CASES[k] for k in ABOUT_BOX_KEYS}, {}, judge=_judge_about_on)
# (the pages that must keep their last section, "About the study", "About Rivian", are judged with it on too)
test_about_box_on_keeps_reported_sections = tagged_probe_tests(
    {k: v for k, v in CASES.items() if k.startswith("about_") and k not in ABOUT_BOX_KEYS}, {}, judge=_judge_about_on
)[0]


@pytest.mark.parametrize("key", ABOUT_BOX_KEYS)
def test_a_press_releases_about_box_stays_by_default(key: str) -> None:
    lost, left = judge(CASES[key])
    assert lost == []
    assert any(line.startswith(("About ", "Über ", "À propos", "Acerca", "Sobre")) for line in left), left


# -- 1. a section's name over the headline, by language -----------------------------------------------------------

#: Each language's section name, a headline and the article's paragraphs (from the probe's pages).
SECTIONS = {key[len("section_"):]: parse_page(key) for key in ("section_en", "section_de", "section_fr", "section_es",
                                                                "section_it", "section_pt", "section_nl")}


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_a_section_name_over_the_headline_goes(lang: str) -> None:
    name, title, paragraphs = SECTIONS[lang]
    result = cleaner.explain_text("\n".join([name, title, *paragraphs]))
    assert ("edge-furniture", name) in removed(result)
    assert lost(paragraphs, result) == []


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_a_section_name_as_a_one_word_title_over_prose_stays(lang: str) -> None:
    # (a column's name over its prose, no headline between: the page's title, not judged)
    name, _title, paragraphs = SECTIONS[lang]
    result = cleaner.explain_text("\n".join([name, *paragraphs]))
    assert ("edge-furniture", name) not in removed(result)


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_a_section_name_over_a_heading_and_a_list_is_not_judged(lang: str) -> None:
    # (no prose under the headline-like line: a heading over a list; what goes there is the head's furniture run)
    name, title, paragraphs = SECTIONS[lang]
    items = ["Bread", "Milk", "Eggs and butter", "Apples"]
    result = cleaner.explain_text("\n".join([name, title, *items, *paragraphs]))
    assert all(r.reason != "a section's name over the headline" for r in result.removed)


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_a_section_name_inside_the_article_stays(lang: str) -> None:
    # (only the page's first line is judged: a subheading with the same word over a headline-like line stays)
    name, title, paragraphs = SECTIONS[lang]
    assert_survives([paragraphs[0], name, title, *paragraphs[1:]])


# -- 2. signatures and handles ---------------------------------------------------------------------------------------

ARTICLE = [
    "The council will double the number of public bins in the town centre by the summer, after complaints about litter from traders.",
    "The new bins will be emptied twice a day during the week and three times a day at weekends, the council said.",
    "Traders welcomed the plan but said the council should also fine people who drop litter outside their shops.",
]

#: A mobile client's signature in each language (under an article in that language): residue wherever it stands.
SENT_FROM = [
    ("en", "Sent from my iPhone"),
    ("en", "— Sent from my iPhone"),
    ("en", "Sent from my Samsung Galaxy S21 using Tapatalk"),
    ("en", "Sent from my SM-G991B using Tapatalk"),
    ("de", "Von meinem iPhone gesendet"),
    ("de", "Gesendet von meinem Pixel 7 mit Tapatalk"),
    ("fr", "Envoyé de mon iPhone"),
    ("es", "Enviado desde mi iPhone"),
    ("it", "Inviato dal mio iPhone"),
    ("pt", "Enviado do meu iPhone"),
    ("nl", "Verzonden vanaf mijn iPhone"),
]


@pytest.mark.parametrize(("lang", "line"), SENT_FROM)
def test_a_mobile_clients_signature_goes(lang: str, line: str) -> None:
    assert_residue_goes(ARTICLE if lang == "en" else SECTIONS[lang][2], line, "comment-ui")


#: Sentences with the same words: the article's own.
SENT_FROM_SENTENCES = [
    "The message, sent from my iPhone at three in the morning, was the one that cost me my job.",
    "Sent from my office in Geneva, the letter reached the minister two days before the vote.",
    "Die Nachricht, von meinem iPhone gesendet, kam nie an, sagte die Frau vor Gericht.",
    "« Envoyé de mon iPhone » : la formule figure sous la moitié des courriels saisis par les enquêteurs.",
]


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize("line", SENT_FROM_SENTENCES)
def test_sentences_about_a_mobile_signature_stay(line: str, position: str) -> None:
    assert_survives(with_line(ARTICLE, line, position))


def test_a_letters_signature_in_an_article_stays() -> None:
    # (a signature's shape under a letter to the editor: only a discussion's reply frames are judged)
    letter = [*ARTICLE, "— Sue Clarke, domestic heating engineer, Leeds"]
    result = cleaner.explain_text("\n".join(letter))
    assert "— Sue Clarke, domestic heating engineer, Leeds" in kept_lines(result), removed(result)


# -- 5. counts beside a share button -----------------------------------------------------------------------------------


def test_a_figure_under_the_articles_own_label_over_the_share_button_stays() -> None:
    # (a count under the article's own short line: the figure it labels)
    page = [*ARTICLE, "Bins in the town centre today", "38", "Share"]
    result = cleaner.explain_text("\n".join(page))
    assert "38" in kept_lines(result), removed(result)


AGENDA_TITLES = ["Open day at the town hall", "Spring concert of the music school"]


def test_an_agendas_titles_under_its_heading_go() -> None:
    page = [*ARTICLE, "Upcoming events", "12 March 2024", AGENDA_TITLES[0], "15 March 2024", AGENDA_TITLES[1], "All events"]
    result = cleaner.explain_text("\n".join(page))
    assert kept_lines(result) == ARTICLE, removed(result)


def test_a_german_agendas_titles_go() -> None:
    _name, title, paragraphs = SECTIONS["de"]
    titles = ["Tag der offenen Tür im Rathaus", "Frühjahrskonzert der Musikschule"]
    page = [title, *paragraphs, "Termine", "12. März 2024", titles[0], "15. März 2024", titles[1], "Alle Termine"]
    result = cleaner.explain_text("\n".join(page))
    assert lost(paragraphs, result) == []
    assert not set(titles) & set(kept_lines(result)), removed(result)


def test_an_articles_own_schedule_at_its_end_keeps_its_items() -> None:
    # (the dates go as before, by the dateline pass; the items under a heading of the article's own stay)
    page = [*ARTICLE, "Key dates", "12 March 2024", "Applications open for the new grants", "15 April 2024",
            "Shortlist of the projects announced", "Share", "Print"]
    result = cleaner.explain_text("\n".join(page))
    kept = kept_lines(result)
    assert "Applications open for the new grants" in kept and "Shortlist of the projects announced" in kept, removed(result)


def test_a_count_beside_a_share_button_goes() -> None:
    result = cleaner.explain_text("\n".join([*ARTICLE, "1.2K", "Share"]))
    assert kept_lines(result) == ARTICLE, removed(result)


# -- 6. Macedonian: the table's lines go, sentences with the same words stay, the language is told -----------------

#: Macedonian's article, the residue lines its table takes, and sentences with the same words that survive anywhere
#: (reported speech about comments, a caption's sentence after its label, a quoted call, a press office in a sentence).
VOCAB = {
    "mk": (
        ["Градскиот совет во вторник одлучи главниот мост во градот да биде затворен поради реконструкција до крајот на летото, соопшти општината.",
         "Инженерите открија пукнатини на два столба при редовната проверка во март, а работите ќе траат најмалку четири месеци.",
         "Во тоа време сообраќајот ќе се пренасочи на обиколницата, а за пешаците ќе биде поставен привремен мост преку реката."],
        ["Сподели", "Копирај линк", "Прочитајте уште: Мостот во Кисела Вода ќе биде затворен до октомври", "Поврзани вести",
         "Најчитани", "Коментари (12)", "Остави коментар", "Претплатете се на нашиот билтен", "Внесете ја вашата е-пошта",
         "Оваа веб-страница користи колачиња за подобро корисничко искуство.", "Прифаќам",
         "© 2024 Вести. Сите права се задржани.", "Фото: Општина Охрид", "Следете не на Instagram",
         "Политика на приватност", "Време за читање: 3 мин", "Од Ана Петровска", "пред 2 часа", "Објавено на 5 март 2024",
         "Ажурирано во 12:40", "Сектор за односи со јавноста", "Мора да бидете најавени за да коментирате.", "14 коментари",
         "Печати рецепт", "Ознаки: јадења со грав, македонска кујна", "Претплатете се и добивајте нови рецепти секоја недела!",
         "Дали оваа страница ви беше корисна?"],
        ["Портпаролот на општината одби да даде коментар за можноста мостот да се затвори пред летото.",
         "Претплатниците на општинскиот билтен ќе добиваат известување по е-пошта за секоја промена во сообраќајот.",
         "Коментарите на жителите на социјалните мрежи беа главно негативни и многумина побараа оставка од градоначалникот.",
         "Агенцијата за заштита на личните податоци заклучи дека веб-страницата користи колачиња без согласност од корисниците.",
         "„Следете не на Instagram“, им одговараше полицијата на жителите кои бараа информации за затворањето на мостот.",
         "Фото: доказ што полицијата го најде на местото покажува дека еден од столбовите веќе бил оштетен.",
         "Сите права се задржани за фотографите, според правилата на конкурсот.",
         "Секторот за односи со јавноста на општината соопшти дека работите ќе почнат во април."],
    ),
}

test_the_residue_goes, test_sentences_with_the_same_words_survive, test_the_articles_are_told_their_language = (
    vocab_table_tests(VOCAB)
)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("mk", VOCAB["mk"][1])


#: Texts in Macedonian's neighbours' languages: each keeps its own answer (Russian, Ukrainian, Bulgarian, Serbian in
#: the Cyrillic script), a Bulgarian and a Serbian one naming a Macedonian place, and a Macedonian one quoting a
#: Russian's name.
NEIGHBOURS = {
    "ru": ("Городской совет во вторник решил закрыть главный мост города на ремонт до конца лета, сообщили в мэрии. "
           "Инженеры обнаружили трещины в двух опорах во время плановой проверки в марте, и ремонт продлится не меньше "
           "четырёх месяцев. На это время движение будет перенаправлено на объездную дорогу, а со стороны реки так и "
           "останется временный мост.", "ru"),
    "uk": ("Міська рада у вівторок вирішила закрити головний міст міста на ремонт до кінця літа, повідомили в мерії. "
           "Інженери виявили тріщини у двох опорах під час планової перевірки в березні, і ремонт триватиме щонайменше "
           "чотири місяці. На цей час рух буде спрямовано на об'їзну дорогу.", "uk"),
    "bg": ("Общинският съвет реши във вторник главният мост в града да бъде затворен за ремонт до края на лятото, "
           "съобщиха от общината. Инженерите откриха пукнатини в две от опорите при редовната проверка през март, "
           "а ремонтът ще продължи най-малко четири месеца. Така движението ще бъде пренасочено по околовръстния път, "
           "съобщиха от общината след срещата с колегите от Ѓевѓелија.", "bg"),
    "sr": ("Градско веће је у уторак одлучило да главни мост у граду буде затворен због обнове до краја лета, саопштила "
           "је градска управа. Инжењери су током редовног прегледа у марту открили пукотине на два стуба моста, а радови "
           "ће трајати најмање четири месеца. Делегација из Ѓевѓелије посетила је градилиште.", "sr"),
    "mk": ("Градскиот совет во вторник одлучи главниот мост во градот да биде затворен поради реконструкција до крајот на "
           "летото, соопшти општината. Инженерите открија пукнатини на два столба при редовната проверка во март, а "
           "работите ќе траат најмалку четири месеци, изјави Јуриј Гагарин од руската компанија која го изведува проектот. "
           "Во тоа време сообраќајот ќе се пренасочи на обиколницата.", "mk"),
}


@pytest.mark.parametrize("lang", sorted(NEIGHBOURS))
def test_the_neighbours_are_told_their_own_language(lang: str) -> None:
    text, told = NEIGHBOURS[lang]
    assert Context(Document(text)).language == told


def test_a_macedonian_page_of_lists_is_no_russian_nor_serbian() -> None:
    # (a notice with few future tenses: two of Macedonian's letters and none of the others still tell it)
    assert Context(Document(page_text(CASES["mk_notice"]))).language == "mk"


def test_macedonian_stoplist() -> None:
    assert {"дека", "што"} <= language.stopwords("mk")


if __name__ == "__main__":
    report(CASES)
    for key in sorted(CASES):
        if key.startswith("mk"):
            ctx = Context(Document(page_text(CASES[key])))
            print(f"{key:16} told {ctx.language} vocabularies {ctx.vocab_languages}")
