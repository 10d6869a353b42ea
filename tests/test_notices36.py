# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""notices36: a probe of obituaries, death and family notices and community notices, scraped as text (half as an
extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt, nl and pl: a newspaper's
obituary of a public figure, a funeral home's obituary page (life story, survivors one a line, "Service details" with
visitation and Mass, "In lieu of flowers …"), an obituary portal's guest book page, a death-notice page (Traueranzeige,
avis de décès, esquela, necrologio, overlijdensbericht, nekrolog), a wedding, a birth and family announcements, a
parish's and a school's notices, a lost dog's notice.

- the article (``A``): the notice's short formulaic lines ("In stiller Trauer", "Rogad a Dios en caridad por el alma
  de", "È mancato all'affetto dei suoi cari", the deceased's name alone, "* 12. April 1938 † 2. März 2024", the
  mourners one a line, a verse), the survivors' list, the service details (a heading, its date, time, place and
  address, one a line), the notice's closing place and date ("Bologna, 5 marzo 2024"), the lines of a lost dog's notice;
- the residue (``R``): the portals' menus, "Sign the guestbook", "Send flowers", "Light a candle" / "Kerze anzünden" /
  "Allumer une bougie" / "Zapal znicz", the counts of candles and condolences, the readers' condolences under them,
  "Anzeige drucken", "Imprimir esquela", share rows, sign-up prompts, florists' ads, bylines, stamps, copyright tails;
- ``T``: headlines, the notice page's title, the life dates under a funeral home's headline, "Service details".

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 294 ``A`` lines, 331
  ``R``, 29 ``T``, all eight languages.
- round 2, after the changes, aimed at them: 6 pages, 44 ``A``, 49 ``R``: a notice's formula right under a portal's
  menu with no breadcrumb (the menu still goes), a funeral home's service box between paragraphs over a footer's menu
  of services and its blurb (which still go), Italian service details, a news story's stamps around a headline
  opening on "Fallece" and a closing stamp (which still go), a Portuguese headline opening on "Faleceu a" over its
  byline and stamp with its time (which still go), a Dutch birth announcement with its place and date.

Measured on main 09049db: round 1 lost 36, left 46; round 2 lost 4, left 8. The losses: a death notice's lines over
its first paragraph went as a run of page furniture (de: "In stiller Trauer", "Wir nehmen Abschied von", "Helmut
Krämer", the verse's first line, "Deine Ingrid", "Michael"; fr: "Catherine et Erwan Morvan,", "Monsieur Yves LE GOFF";
it: the formula, "GIUSEPPE BIANCHI", "(Peppino)"; pt: "Natural de Viseu, residente em Lisboa", "Viúva de Joaquim
Ferreira"; de's wedding announcement, four lines and a birth's "Emil"), es' "Rogad a Dios …", the name and "Viuda de
…" as other stories' headlines (headline-run); a funeral home's survivors, service details and "In lieu of flowers,
donations may be made to …" (13 lines: detached-blocks took the paragraph under the service box as a block cut off by
furniture, the dates and times went as stamps, the rest as the tail's run); nl's "* Amersfoort, 14 mei 1940" and it's
"Bologna, 5 marzo 2024" as datelines; round 2's service dates and times (en) and a birth's "Utrecht, 2 maart 2024".
Left: the guest books' buttons and counts, the condolences under them (de, it, nl, pl), notice portals' "Anzeige
aufgeben", the school newsletters' links, the Legacy note "Published by … from … to …", a lost-pet board's menu.

After: round 1 lost 0, left 12; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). With the language forced
(``en``), the lost dog's notice lost three lines on main too ("Brown and white, red collar, no tags", "Microchipped",
"Reward offered"): a paragraph of nine words anchored the page there; the pet notice's formula saves them. The changes,
each with what it still takes and what it keeps (tests below), in ``cleaner/passes/edge_notices.py`` (compiled with the
other edge modules, ``setup.py``):

- ``notice_head`` (edge-furniture's guard at the head): over the first paragraph, the lines no other pass took, from
  the first that is a notice's formula (new table ``structure.notice_formula``) down, and over it the mourners' lines
  closing on a comma or a semicolon, stay. The menu over the formula, with no breadcrumb between, still goes, and so
  does a head of short lines with no formula (tests).
- ``notice_run`` (headline-run, at the head): a run of headline-like lines is cut at a notice's formula.
- ``notice_tail`` (edge-furniture's guard at the tail): under a notice's formula (at most forty lines over the tail),
  the short lines down to the notice's own last sentence, nothing another pass took between, stay ("Reward offered"
  over "Last seen heading north on Fernbrook Lane."); the share row under that sentence still goes (test).
- ``service_gap`` (detached-blocks): a gap between two paragraphs holding a service's heading (new table
  ``structure.service_heading``: "Visitation", "Funeral Mass", "Trauerfeier", "Camera ardente") and a figure, nothing
  another pass took in it but a date or a time, parts no block. A footer's menu of services under a share row still
  parts the funeral home's blurb (test).
- ``service_row`` (dateline, clock-line): a date or a time at most four short rows under a service's heading that
  stands under a paragraph is the service's. A bare stamp under a teaser's headline still goes (test).
- ``notice_date`` (dateline): the dates of birth and death on two lines each under its mark ("* Amersfoort, 14 mei
  1940" over "† Utrecht, 1 maart 2024"), a date at most four short rows under a notice's formula (no time of day in
  it: "4 mar 2024, 19:02" under "Faleceu a …" still goes), and a place and date under the notice's last sentence with
  a formula over it ("Bologna, 5 marzo 2024"; a story's "Bologna, 5 marzo 2024" over its text still goes).
- tables, each in a ``# notices36:`` block at its list's end: ``comments.ui`` the guest book's buttons and counts (en
  "Sign guestbook", "Order flowers", "Sign in to post a condolence", "48 entries", "Candle lit by …", "Report this
  post"; de "Kondolieren", "Anzeige drucken", "7 Kerzen", "… hat eine Kerze angezündet"; fr "Voir tous les messages",
  "12 bougies"; es "Imprimir esquela", "Ver más condolencias"; it "Lascia un pensiero", "Accendi un lumino"; pt "Ver
  todas as condolências"; nl "Bekijk alle condoleances", "Felicitatie plaatsen"; pl "Zapalone znicze: 9", "Zobacz
  wszystkie kondolencje"); ``comments.section_start`` the count of condolences over them ("3 Kondolenzen", "4 messages
  de condoléances", "Libro de condolencias (6)", "5 pensieri", "Condolências (3)", "12 condoleances", "Kondolencje
  (2)"), which takes the readers' messages under it after the article; ``widgets.chrome`` de "Traueranzeige aufgeben",
  "Alle Familienanzeigen", es "Sobre la firma", it "Scarica il notiziario in PDF", nl "Lees de hele nieuwsbrief";
  ``widgets.social`` en "Share full article"; ``signup.newsletter`` nl "Afmelden voor de nieuwsbrief";
  ``credits.syndication`` en "Published by Bangor Daily News from Feb. 28 to Mar. 1, 2024.". Each has a sentence with
  its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_notices36.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    page_text,
    parse,
    removals_of,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a newspaper's obituary of a public figure =====
    "en_obituary_public_figure_full": """\
R Skip to main content
R Subscribe
R Sign in
R News
R Politics
R Business
R Obituaries
R Opinion
R Obituaries
T Margaret Olsen, Duluth's first woman mayor, dies at 83
R By Karen Lindqvist
R Published March 6, 2024 at 5:42 p.m. | Updated March 7, 2024 at 9:10 a.m.
R Share on Facebook
R Share on X
R Email
R Print
A Margaret Olsen, who in 1985 became the first woman elected mayor of Duluth and led the city through the closing of its last steel mill, died Monday at her home on Park Point. She was 83.
A Her son, Daniel Olsen, said the cause was complications of Parkinson's disease.
A Born March 3, 1941 in Duluth
A Married Arne Olsen, 1962
A Elected to the City Council, 1977
A Mayor of Duluth, 1985–1993
A Olsen grew up in the West End, the daughter of a dockworker and a school cook, and was the first in her family to finish college.
A She taught civics at Denfeld High School for 14 years before a fight over a closed library branch drew her into politics.
A "I went to one council meeting to complain," she told the News Tribune in 1993. "I never really left."
A As mayor she fought to keep the port open year-round and persuaded the state to pay for the lakewalk that now runs along the shore.
A Critics called her stubborn. She agreed.
A In addition to her son, she is survived by:
A a daughter, Ingrid Berg of St. Paul;
A a sister, Ruth Anderson of Two Harbors;
A five grandchildren.
A Her husband died in 2011.
A A public memorial will be held at 2 p.m. on March 16 at the Duluth Entertainment Convention Center.
A In lieu of flowers, the family asks that donations be made to the Duluth Public Library Foundation.
R Sign up for our Obituaries newsletter
R Get notable obituaries delivered to your inbox every Sunday.
R Sign up
R More obituaries
R John Kessler, longtime WDSE meteorologist, dies at 76
R Former Bulldogs hockey coach Ray Marchetti dies
R Comments (38)
R Sign in to post a comment
R northshoregal
R She came to my school in 1988 and I never forgot it. RIP Mayor Olsen.
R Reply
R Like (12)
R duluthdave
R A true public servant. They don't make them like that anymore.
R Reply
R © 2024 Duluth News Tribune. All rights reserved.
R Terms of Use | Privacy Policy | Cookie Settings
""",
    "en_obituary_public_figure_extract": """\
T Sir Alan Pryce, surgeon who pioneered keyhole heart surgery – obituary
R By Telegraph Obituaries
R 4 March 2024 • 6:00pm
A Sir Alan Pryce, who has died aged 91, was a cardiac surgeon whose work on minimally invasive techniques changed the treatment of heart disease.
A In 1987, at the Royal Brompton Hospital, he carried out one of the first bypass operations in Britain through an incision less than three inches long.
A Colleagues were sceptical. Within a decade, the method was standard practice.
A Alan Geoffrey Pryce was born on July 14 1932 in Cardiff, the son of a railway clerk.
A He won a scholarship to Cardiff High School and went on to study medicine at St Thomas's.
A After National Service in the RAMC he trained under Sir Russell Brock, whom he described as "terrifying and right".
A He was knighted in 1998.
A Away from the theatre he was a keen fly fisherman and a stalwart of the Llandaff Cathedral choir.
A He married, in 1958, Gwen Morgan, who predeceased him; he is survived by their three daughters.
A Sir Alan Pryce, born July 14 1932, died February 26 2024
R Join the conversation
R Show comments
""",
    # ===== a funeral home's obituary page =====
    "en_funeral_home_obituary_full": """\
R Hartley & Sons Funeral Home
R Call us: (218) 555-0142
R Home
R About Us
R Obituaries
R Services
R Pre-Planning
R Grief Support
R Contact
R Send Flowers
T Robert "Bob" James Kowalski
T September 14, 1938 – February 27, 2024
R Sign the guestbook
R Share a memory
R Send flowers
R Plant a tree
A Robert "Bob" James Kowalski, 85, of Cloquet, passed away peacefully on Tuesday, February 27, 2024, surrounded by his family.
A Bob was born September 14, 1938 in Duluth to Stanley and Helen (Nowak) Kowalski.
A He graduated from Cloquet High School in 1956 and served in the U.S. Army from 1957 to 1959.
A On June 20, 1964, he married the love of his life, Dorothy Lind, at St. Casimir's Church.
A Bob worked for 38 years at the paper mill, retiring in 1998.
A He loved deer hunting, polka music, and a good game of cribbage.
A Every spring he would plant a tree for each new grandchild; there are eleven of them in the backyard.
A He is survived by his wife of 59 years, Dorothy;
A children
A Mark (Julie) Kowalski of Cloquet
A Susan (Tom) Hendricks of Esko
A Paul Kowalski of Minneapolis
A 11 grandchildren and 4 great-grandchildren;
A sister Irene Zupancic of Virginia, MN.
A He was preceded in death by his parents and brother Frank.
T Service details
A Visitation
A Friday, March 1, 2024
A 4:00 PM – 7:00 PM
A Hartley & Sons Funeral Home
A 1120 Cloquet Avenue, Cloquet, MN 55720
A Funeral Mass
A Saturday, March 2, 2024
A 10:00 AM
A Queen of Peace Catholic Church
A 102 4th Street, Cloquet, MN 55720
A Interment: Calvary Cemetery, Cloquet
A In lieu of flowers, donations may be made to the Cloquet Area Fire District or Queen of Peace Church.
A Arrangements by Hartley & Sons Funeral Home, Cloquet.
R Get Directions
R Add to Calendar
R Send Flowers
R Share
R Facebook
R Twitter
R Email
R Print
R Guestbook
R Sign the Guestbook
R Jim and Carol Peterson
R March 1, 2024
R So sorry for your loss, Dorothy. Bob was the best neighbor anyone could ask for.
R Linda Marsh
R February 29, 2024
R Thinking of you all. Bob always had a joke ready. Rest in peace.
R Load more
R Subscribe to obituaries
R Receive notifications when new obituaries are posted.
R Email address
R Subscribe
R © 2024 Hartley & Sons Funeral Home. All Rights Reserved.
R Website by FuneralTech
R Privacy Policy | Terms of Use | Accessibility
""",
    "en_funeral_home_obituary_extract": """\
R Send Flowers
R Share a Memory
T Eleanor Mae Fitzgerald
T 1929 – 2024
A Eleanor Mae Fitzgerald, 94, of Springfield, went home to be with the Lord on March 2, 2024.
A She was born May 8, 1929 in Decatur, the youngest of nine children of Patrick and Mae Fitzgerald.
A Eleanor taught second grade at Lincoln Elementary for 35 years.
A Generations of Springfield children learned to read at her kidney-shaped table.
A She never married, but she was "Aunt Ellie" to dozens of nieces, nephews and former students.
A Survivors include
A nephew Michael Fitzgerald of Chicago
A niece Anne (Robert) Keene of Peoria
A and many great-nieces and great-nephews.
A Services
A Visitation: Thursday, March 7, 4–7 p.m., Staab Funeral Home, 1109 S. Fifth St., Springfield
A Funeral Mass: Friday, March 8, 10 a.m., Cathedral of the Immaculate Conception
A Burial: Calvary Cemetery
A Memorials may be made to Lincoln Elementary School Library or to Hospice of Central Illinois.
A Friends who cannot attend are invited to share a memory with the family at the reception following the Mass.
R Share a memory
R Sign guestbook
R Order flowers
R Flowers starting at $49.99 from local florist Petals & Stems
""",
    # ===== a memorial guestbook page =====
    "en_memorial_guestbook_full": """\
R Legacy
R Obituaries
R Search Obituaries
R Funeral Homes
R Advice & Support
R Sign In
T Thomas Reid Obituary
T Thomas Reid, 67, of Bangor, Maine, died Feb. 25, 2024.
R Guest Book
R Photos
R Services
A Thomas "Tom" Reid, 67, of Bangor, died unexpectedly on Feb. 25, 2024 at Eastern Maine Medical Center.
A He was born Oct. 2, 1956 in Millinocket, the son of Walter and Jean Reid.
A Tom drove truck for Cianbro for 30 years and could back a flatbed into any space in New England.
A He was a member of the Bangor Elks Lodge and coached Little League for two decades.
A Survived by
A his wife, Debra
A daughters Kelly and Amy
A grandson Owen
A Celebration of Life: Saturday, March 9, 1 p.m., Bangor Elks Lodge, 108 Odlin Road.
A Light refreshments will follow.
R Published by Bangor Daily News from Feb. 28 to Mar. 1, 2024.
R Send Flowers
R Light a Candle
R Sign the Guest Book
R 48 entries
R Sign in to post a condolence
R Not sure what to say?
R Browse sample messages
R Kevin O'Brien
R March 1, 2024
R Tom was my first coach. He taught me more than baseball. God bless the Reid family.
R Marie Thibodeau
R February 29, 2024
R Deepest sympathy to Debra and the girls.
R Candle lit by Sandra Lowe
R Show More Entries
R Sponsored by Bangor Daily News.
R Flowers from Legacy's trusted florists
R Order now
R © 2024 Legacy.com. All rights reserved.
""",
    # ===== a wedding and a birth announcement =====
    "en_wedding_announcement_extract": """\
T Kim–Adeyemi
A Grace Soo-ah Kim and Daniel Oluwaseun Adeyemi were married June 8 at the Grange Hall in Stowe, Vt.
A The Rev. Ann Whitlock, an Episcopal priest, officiated.
A The bride, 31, is a pediatric nurse at the University of Vermont Medical Center.
A She graduated from Boston College.
A She is the daughter of Jin and Hyun-joo Kim of Fort Lee, N.J.
A The groom, 33, is a structural engineer in Burlington.
A He graduated from Cornell and received a master's degree from M.I.T.
A He is the son of Folake and Tunde Adeyemi of Silver Spring, Md.
A The couple met in 2019 at a friend's wedding, where they were seated at the same table.
A Maid of honor: Julia Kim, sister of the bride
A Best man: Samuel Adeyemi, brother of the groom
R Share full article
R 12
""",
    "en_birth_announcements_full": """\
R The Ridgefield Press
R Home
R News
R Community
R Announcements
R Obituaries
R Classifieds
R Community › Announcements
T Births
A Born at Danbury Hospital:
A A son, Oliver James, to Rachel and Ben Costa of Ridgefield, Feb. 20. 7 lbs., 4 oz.
A A daughter, Maya Rose, to Priya and Arjun Menon of Redding, Feb. 22.
A Twins, Lucas and Ella, to Meghan and Chris Doyle of Ridgefield, Feb. 23.
A Grandparents are Pat and Jim Doyle of Ridgefield and Ann Walsh of Boston.
A To submit a birth announcement, email the names, date and hospital to news@ridgefieldpress.com by Tuesday noon.
R Submit an announcement
R Advertisement
R Ridgefield Florist – Welcome baby bouquets from $39
R Most popular
R Town approves budget for new fire station
R © 2024 Hearst Media Services Connecticut, LLC
""",
    # ===== community notices =====
    "en_lost_pet_notice_full": """\
R Maple Grove Community Board
R Home
R Lost & Found
R Events
R Classifieds
R Post a notice
T LOST DOG – Biscuit
A Missing since Sunday, March 3, near Elm Creek Park Reserve
A Beagle mix, male, 9 years old
A Brown and white, red collar, no tags
A Microchipped
A Very friendly but shy with strangers – please do not chase him
A If you see him, call or text Jenna at 763-555-0198
A Reward offered
A Last seen heading north on Fernbrook Lane.
R Posted by jenna_m · 2 days ago
R Share
R Report this post
R 14 comments
R Keep an eye out everyone!
R Saw a beagle on Hemlock Lane around 6pm yesterday
R Reply
R Related notices
R FOUND: Set of keys at Central Park playground
R Log in to comment
""",
    "en_parish_bulletin_extract": """\
T Parish Notices – Third Sunday of Lent
A Please pray for the repose of the soul of Mary Callahan, whose funeral took place on Tuesday.
A May she rest in peace.
A Pray also for the sick of the parish, especially Joe Brennan and Kathleen Ryan.
A Mass times this week
A Mon–Fri: 9:30 a.m.
A Saturday vigil: 6 p.m.
A Sunday: 9 a.m. and 11 a.m.
A Stations of the Cross: Fridays at 7 p.m.
A Baptisms: Congratulations to the parents of Liam Patrick O'Neill, baptised last Sunday.
A Lost property: a pair of reading glasses in a blue case was left in the church porch. Please collect from the sacristy.
A The parish office is closed on Monday.
R Print this page
R Download the bulletin (PDF)
""",
    # ===== German: a death-notice page, an obituary, family notices =====
    "de_traueranzeige_full": """\
R Zum Inhalt springen
R Siegener Zeitung Trauer
R Startseite
R Traueranzeigen
R Nachrufe
R Gedenkkerzen
R Ratgeber Trauerfall
R Anzeige aufgeben
R Anmelden
R Traueranzeigen › Siegen › Helmut Krämer
T Traueranzeige von Helmut Krämer
A In stiller Trauer
A Wir nehmen Abschied von
A Helmut Krämer
A * 12. April 1938 † 2. März 2024
A Du hast gesorgt, du hast geschafft,
A gar manchmal über deine Kraft.
A In Liebe und Dankbarkeit
A Deine Ingrid
A Thomas und Sabine mit Lea und Jonas
A Michael
A Die Trauerfeier findet am Freitag, dem 8. März 2024, um 14 Uhr in der Kapelle des Waldfriedhofs Siegen statt.
A Anschließend ist die Beisetzung.
A Anstelle freundlich zugedachter Blumen bitten wir um eine Spende an die Deutsche Krebshilfe, IBAN DE12 3704 0048 0000 1234 56, Stichwort: Helmut Krämer.
A Traueranschrift: Familie Krämer c/o Bestattungen Lindner, Hauptstraße 12, 57072 Siegen
T Erschienen in Siegener Zeitung am 05.03.2024
R Kerze anzünden
R Kondolieren
R Anzeige drucken
R Anzeige teilen
R Facebook
R WhatsApp
R E-Mail
R 7 Kerzen
R 3 Kondolenzen
R Gudrun und Horst Weber
R Liebe Ingrid, wir sind in Gedanken bei dir. Helmut wird uns fehlen.
R Anonym hat eine Kerze angezündet
R Alle Kondolenzen anzeigen
R Weitere Traueranzeigen aus Siegen
R Erika Schmidt
R Karl-Heinz Bender
R Traueranzeigen durchsuchen
R Impressum
R Datenschutz
R AGB
R © 2024 Siegener Zeitung Vorländer & Rothmaler GmbH & Co. KG
""",
    "de_nachruf_extract": """\
T Zum Tod von Ursula Brandt: Die Stimme des Westdeutschen Rundfunks
R Von Martin Hoffmann
R 05.03.2024, 18:30 Uhr
R Lesezeit: 3 Min.
A Ursula Brandt ist tot. Die Hörfunkmoderatorin starb am Sonntag im Alter von 87 Jahren in Köln, wie der WDR am Dienstag mitteilte.
A Geb. 12.4.1936 – gest. 3.3.2024
A Vier Jahrzehnte lang begleitete sie die Menschen im Westen durch den Morgen.
A Ihre Sendung „Guten Morgen, NRW“ hörten zu besten Zeiten mehr als zwei Millionen Menschen.
A Brandt wuchs in Wuppertal auf, studierte Germanistik in Bonn und kam 1961 als Volontärin zum Sender.
A Stationen
A 1961 Volontariat beim WDR
A 1968 erste eigene Sendung
A 1975–2001 „Guten Morgen, NRW“
A 2002 Grimme-Preis für ihr Lebenswerk
A Kolleginnen erinnern sich an eine Frau, die nie laut wurde und trotzdem jeden Raum füllte.
A „Sie hat uns beigebracht, dass man am Mikrofon mit einem Menschen spricht, nicht mit einer Masse“, sagt Intendant Peter Lohmann.
A Brandt hinterlässt ihren Ehemann Klaus und zwei Söhne.
A Die Beisetzung findet im engsten Familienkreis statt.
R Mehr zum Thema
R Kommentare anzeigen
""",
    "de_familienanzeigen_extract": """\
T Familienanzeigen
A Wir haben geheiratet
A Lena Vogt & Jonas Reuter
A 16. März 2024
A Standesamt Freiburg
A Über die vielen Glückwünsche haben wir uns sehr gefreut.
A Hallo Welt!
A Emil
A geboren am 28. Februar 2024 um 3:14 Uhr
A 3420 g, 51 cm
A Es freuen sich riesig
A Anna und Felix Brandt
A mit Oma Gisela und Opa Werner
A Danksagung
A Für die liebevolle Anteilnahme beim Abschied von unserer Mutter Hildegard Maier sagen wir von Herzen Dank.
A Im Namen aller Angehörigen
A Familie Maier
R Anzeige aufgeben
R Alle Familienanzeigen
""",
    # ===== French =====
    "fr_avis_de_deces_full": """\
R Aller au contenu
R Libra Mémoria
R Avis de décès
R Rechercher un défunt
R Pompes funèbres
R Condoléances
R Se connecter
R Accueil › Avis de décès › Finistère › Quimper
T Avis de décès de Monsieur Yves Le Goff
A Quimper, Pont-l'Abbé.
A Mme Anne Le Goff, née Tanguy, son épouse ;
A Catherine et Erwan Morvan,
A Hervé et Sophie Le Goff,
A ses enfants ;
A Maël, Louise, Tristan, ses petits-enfants ;
A ainsi que toute la famille,
A ont la tristesse de vous faire part du décès de
A Monsieur Yves LE GOFF
A survenu le 1er mars 2024, à l'âge de 84 ans.
A La cérémonie religieuse sera célébrée le jeudi 7 mars, à 14 h 30, en l'église Saint-Mathieu de Quimper, suivie de l'inhumation au cimetière Saint-Marc.
A Yves repose au funérarium Le Bihan, 12 rue de Kerfeunteun, à Quimper. Visites de 14 h à 18 h.
A Ni fleurs ni couronnes, un don à la Ligue contre le cancer.
A Cet avis tient lieu de faire-part.
R Déposer un message de condoléances
R Allumer une bougie
R Envoyer des fleurs
R Partager
R Imprimer
R 4 messages de condoléances
R Famille Cariou
R Toutes nos pensées vous accompagnent dans ces moments difficiles.
R Jean-Pierre et Martine
R Sincères condoléances à toute la famille.
R Voir tous les messages
R Recevoir les avis de décès de ma commune
R Créer une alerte
R Nos partenaires fleuristes
R Mentions légales
R © 2024 Libra Mémoria
""",
    "fr_necrologie_extract": """\
T Mort de Jacqueline Vérany, figure du théâtre marseillais
R Par Julien Bastide
R Publié le 04/03/2024 à 12h05, mis à jour à 14h20
A La comédienne et metteuse en scène Jacqueline Vérany est morte dimanche à Marseille, à l'âge de 89 ans, a annoncé sa famille.
A Née le 9 janvier 1935 à Toulon
A Fondatrice du Théâtre de la Criée en 1981
A Molière d'honneur en 2010
A Fille d'un docker et d'une couturière, elle avait découvert la scène à quatorze ans, dans une troupe de patronage.
A « Le théâtre, c'est la seule église où l'on a le droit de rire », disait-elle.
A Pendant quarante ans, elle a monté Pagnol, Molière et Koltès avec la même exigence.
A Elle laisse deux filles, Claire et Mathilde, et cinq petits-enfants.
A Ses obsèques seront célébrées vendredi à 10 heures en l'église des Réformés, sur la Canebière.
A Un hommage public lui sera rendu à la Criée le 15 mars.
R Partager sur Facebook
R Partager sur X
R Lire aussi : Les grandes figures de la scène marseillaise
""",
    # ===== Spanish =====
    "es_esquela_full": """\
R Esquelas ABC
R Inicio
R Esquelas
R Publicar esquela
R Funerarias
R Buscar
R Iniciar sesión
T Esquela de Doña Carmen Ruiz Moreno
A Rogad a Dios en caridad por el alma de
A DOÑA CARMEN RUIZ MORENO
A Viuda de D. Antonio Gil Pascual
A Falleció en Madrid el día 3 de marzo de 2024, a los 91 años de edad
A Habiendo recibido los Santos Sacramentos y la Bendición Apostólica
A D. E. P.
A Sus hijos, Antonio, María José y Javier;
A hijos políticos, Elena y Luis;
A nietos, Pablo, Lucía, Marta y Diego;
A bisnieta, Carmen;
A hermana, Rosario;
A sobrinos y demás familia
A Ruegan una oración por su alma.
A Misa funeral: martes 5 de marzo, a las 19:00 horas, en la parroquia de San Jerónimo el Real, calle Moreto, 4, Madrid.
A Tanatorio: Tanatorio de La Paz, sala 12.
R Enviar condolencias
R Encender una vela
R Enviar flores
R Compartir
R Imprimir esquela
R Libro de condolencias (6)
R Familia Ortega Sanz
R Nuestro más sentido pésame. Siempre la recordaremos con cariño.
R Publicado hace 2 días
R Ver más condolencias
R Esquelas relacionadas
R Don Francisco López Herrera
R Aviso legal
R Política de privacidad
R © ABC Esquelas 2024
""",
    "es_obituario_extract": """\
T Muere Paco Almendros, el cantaor que llevó el flamenco a las escuelas
R Sevilla
R 4 MAR 2024 - 13:45 CET
A El cantaor Francisco Almendros, Paco Almendros para todos, murió el domingo en Sevilla a los 79 años.
A Nacido en Utrera en 1944, aprendió a cantar en las tabernas de su padre antes de cumplir los diez años.
A Grabó once discos y recorrió medio mundo, pero su obra más querida fue otra.
A Durante treinta años enseñó cante, gratis, en colegios públicos de Andalucía.
A «Un niño que canta una soleá ya no se olvida de dónde viene», decía.
A Deja viuda, Remedios, y cuatro hijos.
A La capilla ardiente se instala este lunes en el Ayuntamiento de Utrera, de 10:00 a 20:00.
A El funeral será el martes a las 12:00 en la iglesia de Santa María de la Mesa.
R Sobre la firma
R Más información
R Comentarios
""",
    # ===== Italian =====
    "it_necrologio_full": """\
R Necrologie
R Il Resto del Carlino
R Home
R Necrologie
R Anniversari
R Ringraziamenti
R Pubblica un necrologio
R Cerca
R Accedi
T Necrologio di Giuseppe Bianchi
A È mancato all'affetto dei suoi cari
A GIUSEPPE BIANCHI
A (Peppino)
A di anni 88
A Ne danno il triste annuncio la moglie Rosa, i figli Marco con Elena e Paola con Stefano, gli adorati nipoti Giulia, Luca e Sofia, la sorella Anna e i parenti tutti.
A I funerali si terranno giovedì 7 marzo alle ore 10 nella chiesa parrocchiale di San Martino, partendo dalla Casa Funeraria Zanetti, via Emilia 214, Bologna.
A Dopo la funzione si proseguirà per il cimetero della Certosa.
A Non fiori ma opere di bene a favore dell'ANT.
A Si ringraziano anticipatamente quanti parteciperanno.
A Bologna, 5 marzo 2024
A O.F. Zanetti – tel. 051 555 0134
R Lascia un pensiero
R Accendi un lumino
R Invia fiori
R Condividi
R Stampa
R 5 pensieri
R Famiglia Rossi
R Sentite condoglianze a tutta la famiglia.
R Mario e Lucia
R Ciao Peppino, ti ricorderemo sempre.
R Leggi tutti i pensieri
R Altri necrologi a Bologna
R © 2024 Necrologie Carlino – P.IVA 01234560372
""",
    "it_notiziario_scuola_extract": """\
T Notiziario della scuola – marzo 2024
A Avvisi
A Lunedì 11 marzo la scuola resterà chiusa per le elezioni.
A Colloqui con i genitori: martedì 19 e mercoledì 20 marzo, dalle 16:30 alle 19:00.
A Uscita didattica delle classi terze al Museo Egizio di Torino: venerdì 22 marzo.
A Quota: 15 euro, da versare entro il 15 marzo.
A Oggetti smarriti: in portineria ci sono felpe, borracce e un paio di occhiali. Quanto non ritirato entro Pasqua sarà donato.
A Ricordo
A Tutta la comunità scolastica si stringe alla famiglia della maestra Franca Moretti, scomparsa il 2 marzo.
A Ha insegnato nella nostra scuola per 32 anni.
A Chi desidera può lasciare un pensiero nel quaderno all'ingresso, che sarà consegnato alla famiglia.
R Scarica il notiziario in PDF
R Torna all'inizio
""",
    # ===== Portuguese =====
    "pt_obituario_full": """\
R Funerária Lusitana
R Início
R Quem somos
R Serviços
R Obituário
R Contactos
R Ligue-nos 24h: 800 200 300
T Maria da Conceição Ferreira
A Faleceu a 2 de março de 2024, com 86 anos
A Natural de Viseu, residente em Lisboa
A Viúva de Joaquim Ferreira
A Seus filhos, noras, genros, netos e bisnetos participam o falecimento da sua querida mãe, sogra, avó e bisavó.
A Velório: Igreja de São João de Deus, Praça de Londres, Lisboa, a partir das 17h00 de segunda-feira, 4 de março.
A Funeral: terça-feira, 5 de março, às 11h00, após missa de corpo presente, para o Cemitério dos Prazeres.
A Missa de sétimo dia: sábado, 9 de março, às 19h00, na mesma igreja.
A A família agradece desde já a todos quantos se dignarem acompanhar a sua ente querida à última morada.
R Deixe as suas condolências
R Acender uma vela
R Enviar flores
R Partilhar
R Imprimir
R Condolências (3)
R Rosa e Manuel Pinto
R Os nossos sentidos pêsames a toda a família.
R Ver todas as condolências
R Subscreva o nosso obituário
R Receba por e-mail as novas publicações.
R © 2024 Funerária Lusitana. Todos os direitos reservados.
R Política de privacidade | Livro de reclamações
""",
    "pt_necrologia_extract": """\
T Morreu Armando Sequeira, o arquiteto das escolas do Alentejo
R Por Helena Matos
R 4 mar 2024, 19:02
A O arquiteto Armando Sequeira morreu este domingo em Évora, aos 90 anos, confirmou a família.
A Projetou mais de quarenta escolas primárias no Alentejo entre 1965 e 1990, quase todas ainda em funcionamento.
A Nascido em Beja em 1933, formou-se em Lisboa e trabalhou com Fernando Távora no Porto.
A Dizia que uma escola devia ter «mais janelas do que paredes».
A Principais obras
A Escola Primária de Mértola, 1966
A Escola Básica de Reguengos de Monsaraz, 1978
A Biblioteca Municipal de Serpa, 1987
A Em 2011 recebeu a Medalha de Mérito Cultural.
A O velório realiza-se na segunda-feira, na Sé de Évora, e o funeral na terça-feira às 15h00.
R Partilhe este artigo
R Leia também
""",
    # ===== Dutch =====
    "nl_overlijdensbericht_full": """\
R Mensenlinq
R Zoeken
R Overlijdensberichten
R Herdenkingen
R Plaats een advertentie
R Inloggen
R Home › Overlijdensberichten › Utrecht › Johannes de Vries
T Johannes (Hans) de Vries
A Bedroefd, maar dankbaar voor alles wat hij voor ons heeft betekend, hebben wij afscheid genomen van mijn lieve man, onze vader en opa
A Johannes de Vries
A Hans
A * Amersfoort, 14 mei 1940
A † Utrecht, 1 maart 2024
A Truus de Vries-Bakker
A Peter en Monique
A Eva, Sam
A Anneke en Rob
A Lotte
A Correspondentieadres: Familie de Vries, Biltstraat 88, 3572 BK Utrecht
A Hans is thuis opgebaard. Er is gelegenheid om afscheid te nemen op woensdag 6 maart van 19.00 tot 20.00 uur.
A De afscheidsdienst wordt gehouden op donderdag 7 maart om 11.00 uur in de Jacobikerk, Jacobskerkhof 2 te Utrecht.
A Aansluitend begeleiden wij hem naar begraafplaats Soestbergen.
R Condoleance plaatsen
R Kaarsje aansteken
R Bloemen sturen
R Delen
R Afdrukken
R 12 condoleances
R Fam. Jansen
R Veel sterkte in deze moeilijke tijd.
R Marja
R Lieve Truus, ik denk aan je.
R Bekijk alle condoleances
R Ontvang overlijdensberichten uit uw woonplaats
R Aanmelden
R © 2024 Mensenlinq
""",
    "nl_school_nieuwsbrief_extract": """\
T Nieuwsbrief De Regenboog – week 10
A Mededelingen
A In memoriam
A Met verdriet laten wij u weten dat meester Henk Visser, van 1978 tot 2012 leerkracht van groep 8, op 28 februari is overleden.
A Veel ouders zullen hem nog kennen van het schoolkamp op Terschelling.
A Wij wensen zijn familie veel sterkte.
A Geboren
A Juf Sanne is bevallen van een dochter: Fleur, geboren op 2 maart. Moeder en kind maken het goed.
A Gevonden voorwerpen
A Op het plein is een blauwe gymtas met sportschoenen maat 32 gevonden. Af te halen bij de conciërge.
A Agenda
A 12 maart: studiedag, alle leerlingen vrij
A 20 maart: rapportgesprekken
A 29 maart: Goede Vrijdag, school gesloten
R Lees de hele nieuwsbrief
R Afmelden voor de nieuwsbrief
""",
    # ===== Polish =====
    "pl_nekrolog_full": """\
R Nekrologi Wyborcza
R Strona główna
R Nekrologi
R Kondolencje
R Podziękowania
R Dodaj nekrolog
R Szukaj
R Zaloguj się
T Nekrolog Jan Kowalczyk
A Z głębokim żalem i smutkiem zawiadamiamy, że 2 marca 2024 r. zmarł w wieku 85 lat
A ś.p.
A Jan Kowalczyk
A inżynier, wieloletni pracownik Huty im. Tadeusza Sendzimira
A kochany Mąż, Ojciec i Dziadek
A Msza św. żałobna zostanie odprawiona 8 marca 2024 r. o godz. 11:00 w kościele pw. św. Józefa w Krakowie-Podgórzu,
A po czym nastąpi odprowadzenie na Cmentarz Rakowicki.
A Zamiast kwiatów prosimy o wsparcie Hospicjum św. Łazarza.
A O czym zawiadamiają pogrążeni w smutku
A Żona, Córki, Wnuki i Rodzina
R Zapal znicz
R Złóż kondolencje
R Udostępnij
R Drukuj
R Zapalone znicze: 9
R Kondolencje (2)
R Anna i Piotr Nowak
R Wyrazy głębokiego współczucia dla całej Rodziny.
R Zobacz wszystkie kondolencje
R Inne nekrologi z Krakowa
R Regulamin
R Polityka prywatności
R © Agora SA
""",
    "pl_ogloszenia_parafialne_extract": """\
T Ogłoszenia parafialne – III Niedziela Wielkiego Postu
A 1. Dziś po Mszy św. o godz. 11:30 zapraszamy na Gorzkie Żale.
A 2. Droga Krzyżowa w piątki: dla dzieci o 17:00, dla dorosłych o 18:00.
A 3. W minionym tygodniu odeszła do Pana ś.p. Helena Wiśniewska, lat 92.
A Wieczny odpoczynek racz jej dać, Panie.
A 4. Rekolekcje wielkopostne od 17 do 20 marca. Prowadzi o. Tomasz Zieliński OP.
A 5. Znaleziono klucze z brelokiem w kształcie serca. Do odebrania w zakrystii.
A 6. Zapraszamy chętnych do zapalenia znicza na grobach kapłanów naszej parafii w sobotę o 10:00.
A Intencje mszalne
A Poniedziałek 7:00 – + Stanisław Nowak (30. dzień)
A Wtorek 18:00 – O zdrowie dla Zofii
R Drukuj
R Udostępnij
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # a notice's formula right under the portal's menu, no breadcrumb between: the menu still goes, the notice stays
    "de_r2_traueranzeige_ohne_pfad_full": """\
R Trauerportal Nordsee
R Startseite
R Traueranzeigen
R Gedenkseiten
R Ratgeber
R Anzeige aufgeben
A In Liebe und Dankbarkeit nehmen wir Abschied von meiner lieben Frau, unserer Mutter und Oma
A Hannelore Petersen
A geb. Jensen
A * 3. Mai 1941 † 28. Februar 2024
A Uwe
A Kirsten und Lars
A Jannik, Mette
A Die Trauerfeier mit anschließender Urnenbeisetzung findet am Freitag, dem 8. März 2024, um 13 Uhr in der Kirche zu Keitum statt.
A Statt Blumen bitten wir um eine Spende für die Seenotretter, IBAN DE42 2905 0101 0001 0601 42.
R Kerze anzünden
R Kondolieren
R Anzeige drucken
R 2 Kondolenzen
R Frauke Hansen
R In stillem Gedenken an eine liebe Nachbarin.
R Alle Traueranzeigen
R © 2024 Trauerportal Nordsee
""",
    # a funeral's service details between two paragraphs, then a footer's menu and the funeral home's blurb, which go
    "en_r2_service_box_footer_full": """\
R Lakeside Funeral Chapel
R Home
R Obituaries
R Pre-Arrangements
R Contact
T Dorothy Ann Mattson
A Dorothy Ann Mattson, 91, of Two Harbors, died peacefully on Sunday, March 3, 2024, at Lakeview Care Center in the town where she was born.
A She worked as a telephone operator and later ran the Two Harbors Public Library for 22 years.
A Visitation
A Thursday, March 7, 2024
A 5:00 PM – 7:00 PM
A Lakeside Funeral Chapel
A 610 First Avenue, Two Harbors, MN 55616
A Memorial Service
A Friday, March 8, 2024
A 11:00 AM
A First Lutheran Church
A Burial: Lakeview Cemetery
A Memorials are preferred to the Two Harbors Public Library, where a reading corner will be named in her honor.
R Share
R Facebook
R Twitter
R Our Services
R Funeral
R Burial
R Cremation
R Pre-Planning
R Contact Us
R Lakeside Funeral Chapel has served families on the North Shore since 1931, offering traditional funerals, cremation and pre-planning.
R © 2024 Lakeside Funeral Chapel
""",
    # Italian service details between paragraphs, their dates and times the article's
    "it_r2_funerali_extract": """\
T Addio a Rosa Lombardi, la maestra di Borgo San Lorenzo
A È morta domenica a 96 anni Rosa Lombardi, che per quarant'anni ha insegnato nella scuola elementare di Borgo San Lorenzo.
A Generazioni di bambini del Mugello hanno imparato a leggere con lei, e molti di loro sono oggi nonni.
A Camera ardente
A Mercoledì 6 marzo, dalle 15 alle 19
A Misericordia di Borgo San Lorenzo, via Giotto 8
A Funerali
A Giovedì 7 marzo, ore 10
A Pieve di San Lorenzo
A Il sindaco ha proclamato il lutto cittadino per il giorno dei funerali e ha invitato i negozi a chiudere durante la cerimonia.
R Condividi
""",
    # a news story's stamp over its first paragraph and a date closing it with no notice on the page still go
    "es_r2_cronica_fecha_full": """\
R Portada
R Local
R Sucesos
T Fallece a los 88 años el último farero de Finisterre
R Por Marta Souto
R Fisterra, 4 de marzo de 2024
A Manuel Castro, el último farero que vivió en el faro de Finisterre, ha fallecido este lunes a los 88 años en su casa de Fisterra.
A Castro llegó al faro en 1962 y lo dejó en 1999, cuando la luz se automatizó del todo y la casa quedó vacía.
A Su funeral se celebrará el miércoles a las 17:00 horas en la iglesia de Santa María das Areas.
R Actualizado: 4 de marzo de 2024
R Compartir
R © La Voz del Faro
""",
    # a headline opening on the notice's word over a news story: its byline and share row still go
    "pt_r2_faleceu_titulo_full": """\
R Cultura
R Teatro
T Faleceu a atriz Maria Alves, aos 92 anos
R Por Helena Matos
R 4 mar 2024, 19:02
R Partilhar
A A atriz Maria Alves morreu esta segunda-feira em Lisboa, aos 92 anos, confirmou a família à agência Lusa.
A Subiu ao palco pela primeira vez em 1951, no Teatro Nacional D. Maria II, e nunca mais o deixou.
A O velório realiza-se na quarta-feira na Basílica da Estrela, a partir das 17h00.
R Leia também
R Morreu o encenador João Mota
R © 2024 Jornal da Cultura
""",
    # a Dutch list of dates, one a bullet, and a birth announcement: no death mark, no notice's dates
    "nl_r2_geboorte_extract": """\
T Geboren: Fleur
A Met heel veel liefde en trots kondigen wij de geboorte aan van onze dochter en zusje
A Fleur
A Utrecht, 2 maart 2024
A Dochter van Sanne en Bas de Jong
A Zusje van Daan
A Fleur is gezond en wel geboren in het Diakonessenhuis en moeder en kind maken het goed.
A Kraamvisite is welkom vanaf volgende week, graag even bellen.
R Delen
R Felicitatie plaatsen
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a florist's ad after the article ("Ridgefield Florist – Welcome baby bouquets from $39", "Flowers starting at
    # $49.99 from local florist Petals & Stems"): a shop's line with a price, of no shape the residue passes know; a
    # table of flower shops would name outlets
    "en_birth_announcements_full": 1,
    "en_funeral_home_obituary_extract": 1,
    # the funeral home's phone over its menu ("Call us: (218) 555-0142", "Ligue-nos 24h: 800 200 300"): a contact line
    # with a figure, which edge-furniture leaves as data
    "en_funeral_home_obituary_full": 1,
    "pt_obituario_full": 1,
    # a lost dog's notice is short lines alone (no paragraph of twelve words anchors the page's edges): the board's
    # menu and the poster's line stay with it, as on any page without prose
    "en_lost_pet_notice_full": 6,
    # "Not sure what to say?" over the guest book's sample messages: a question alone, which an advice article's
    # subheading may be
    "en_memorial_guestbook_full": 1,
    # another obituary's teaser under "More obituaries" closing on its commas ("John Kessler, longtime WDSE
    # meteorologist, dies at 76"): read as a line of the article's own list
    "en_obituary_public_figure_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an obituary per language, the residue line put before or after them
TEXT = {
    "en": [
        "Margaret Olsen, who in 1985 became the first woman elected mayor of Duluth, died Monday at her home on Park Point.",
        "She taught civics at Denfeld High School for 14 years before a fight over a closed library branch drew her into politics.",
        "A public memorial will be held at 2 p.m. on March 16 at the Duluth Entertainment Convention Center.",
    ],
    "de": [
        "Die Hörfunkmoderatorin Ursula Brandt ist am Sonntag im Alter von 87 Jahren in Köln gestorben, wie der Sender mitteilte.",
        "Vier Jahrzehnte lang begleitete sie die Menschen im Westen mit ihrer Morgensendung durch den Tag.",
        "Die Beisetzung findet im engsten Familienkreis statt, eine öffentliche Trauerfeier ist für April geplant.",
    ],
    "fr": [
        "La comédienne Jacqueline Vérany est morte dimanche à Marseille, à l'âge de 89 ans, a annoncé sa famille.",
        "Pendant quarante ans, elle a monté Pagnol, Molière et Koltès avec la même exigence et le même humour.",
        "Ses obsèques seront célébrées vendredi à 10 heures en l'église des Réformés, sur la Canebière.",
    ],
    "es": [
        "El cantaor Francisco Almendros murió el domingo en Sevilla a los 79 años, según informó su familia.",
        "Durante treinta años enseñó cante, de forma gratuita, en colegios públicos de toda Andalucía.",
        "El funeral será el martes a las 12:00 en la iglesia de Santa María de la Mesa, en Utrera.",
    ],
    "it": [
        "È morta domenica a 96 anni Rosa Lombardi, che per quarant'anni ha insegnato nella scuola elementare del paese.",
        "Generazioni di bambini del Mugello hanno imparato a leggere con lei, e molti di loro sono oggi nonni.",
        "Il sindaco ha proclamato il lutto cittadino per il giorno dei funerali, che si terranno giovedì mattina.",
    ],
    "pt": [
        "O arquiteto Armando Sequeira morreu este domingo em Évora, aos 90 anos, confirmou a família.",
        "Projetou mais de quarenta escolas primárias no Alentejo entre 1965 e 1990, quase todas ainda abertas.",
        "O velório realiza-se na segunda-feira, na Sé de Évora, e o funeral na terça-feira à tarde.",
    ],
    "nl": [
        "Meester Henk Visser, van 1978 tot 2012 leerkracht van groep 8 op onze school, is op 28 februari overleden.",
        "Veel ouders zullen hem nog kennen van het schoolkamp op Terschelling, dat hij dertig jaar lang organiseerde.",
        "De afscheidsdienst wordt gehouden op donderdag in de Jacobikerk, en iedereen is daar van harte welkom.",
    ],
    "pl": [
        "W wieku 85 lat zmarł w Krakowie Jan Kowalczyk, inżynier i wieloletni pracownik kombinatu w Nowej Hucie.",
        "Przez trzydzieści lat prowadził też przyparafialny chór, z którym koncertował w całej Małopolsce.",
        "Msza żałobna zostanie odprawiona w piątek w kościele świętego Józefa, a pogrzeb odbędzie się na Rakowicach.",
    ],
}

_UI, _CH, _SB, _NL, _CO = "comment-ui", "site-chrome", "social-buttons", "newsletter-prompt", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Sign guestbook", _UI),
    ("en", "Order flowers", _UI),
    ("en", "Sign in to post a condolence", _UI),
    ("en", "48 entries", _UI),
    ("en", "Candle lit by Sandra Lowe", _UI),
    ("en", "Browse sample messages", _UI),
    ("en", "Show More Entries", _UI),
    ("en", "Report this post", _UI),
    ("en", "Share full article", _SB),
    ("en", "Published by Bangor Daily News from Feb. 28 to Mar. 1, 2024.", _CO),
    ("de", "Kondolieren", _UI),
    ("de", "Anzeige drucken", _UI),
    ("de", "Anzeige teilen", _UI),
    ("de", "7 Kerzen", _UI),
    ("de", "Anonym hat eine Kerze angezündet", _UI),
    ("de", "Alle Kondolenzen anzeigen", _UI),
    ("de", "Traueranzeige aufgeben", _CH),
    ("de", "Alle Familienanzeigen", _CH),
    ("fr", "Voir tous les messages", _UI),
    ("fr", "12 bougies", _UI),
    ("es", "Imprimir esquela", _UI),
    ("es", "Ver más condolencias", _UI),
    ("es", "5 velas encendidas", _UI),
    ("es", "Sobre la firma", _CH),
    ("it", "Lascia un pensiero", _UI),
    ("it", "Accendi un lumino", _UI),
    ("it", "Leggi tutti i pensieri", _UI),
    ("it", "8 lumini accesi", _UI),
    ("it", "Scarica il notiziario in PDF", _CH),
    ("pt", "Ver todas as condolências", _UI),
    ("pt", "9 velas acesas", _UI),
    ("nl", "Bekijk alle condoleances", _UI),
    ("nl", "6 kaarsjes aangestoken", _UI),
    ("nl", "Felicitatie plaatsen", _UI),
    ("nl", "Lees de hele nieuwsbrief", _CH),
    ("nl", "Afmelden voor de nieuwsbrief", _NL),
    ("pl", "Zapalone znicze: 9", _UI),
    ("pl", "14 zniczy", _UI),
    ("pl", "Zobacz wszystkie kondolencje", _UI),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Order flowers from a local shop rather than a national chain, the florists' association advises families."),
    ("en", "Sign the guestbook at the library, the family asked, and more than 600 people did so in a week."),
    ("en", "48 entries were received for the memorial essay prize, a record for the library that bears her name."),
    ("en", "Candle lit by candle, the vigil spread along the lakewalk until the whole shore was glowing."),
    ("en", "Published by the Duluth News Tribune from 1892 until today, the paper never missed an edition."),
    ("en", "Share full articles with your students, the library told teachers, as long as you credit the paper."),
    ("en", "Report this post to the police if you see the dog, the group's moderator wrote on Sunday."),
    ("en", "More than 300 condolences arrived at the family's home in the first week, her son said."),
    ("de", "Kondolieren können Bürgerinnen und Bürger im Rathaus noch bis Freitag, teilte die Stadt mit."),
    ("de", "7 Kerzen brannten am Abend vor dem Funkhaus, wo sich Hunderte Hörerinnen versammelt hatten."),
    ("de", "Anzeige drucken lassen viele Familien inzwischen nur noch online, sagt der Verlag."),
    ("de", "Alle Traueranzeigen erscheinen am Samstag gesammelt in der gedruckten Ausgabe, teilte der Verlag mit."),
    ("de", "Die Nachbarin hat eine Kerze angezündet und ins Fenster gestellt, wie jeden Abend seit dem Unglück."),
    ("fr", "Voir tous les messages de soutien affichés sur les grilles du théâtre a ému sa famille."),
    ("fr", "Plus de 300 bougies ont été allumées samedi soir sur le Vieux-Port en sa mémoire."),
    ("es", "Imprimir esquelas en el periódico local sigue siendo una tradición en muchos pueblos de Galicia."),
    ("es", "Sobre la firma del acuerdo, el alcalde no quiso pronunciarse hasta después del funeral."),
    ("it", "Lascia un pensiero chiunque passi davanti alla scuola, dove è stato aperto un quaderno per la maestra."),
    ("it", "Scarica il notiziario in PDF chi non riceve la copia cartacea, spiega la preside nella circolare."),
    ("it", "Sono arrivati più di 300 pensieri e messaggi alla famiglia nei primi giorni."),
    ("pt", "Ver todas as condolências escritas no livro da igreja levou a família às lágrimas, contou a filha."),
    ("pt", "Foram acesas 90 velas na escadaria da Sé, uma por cada ano da sua vida."),
    ("nl", "Felicitatie plaatsen kan ook in het gastenboek bij de ingang van de kraamafdeling, meldt het ziekenhuis."),
    ("nl", "Afmelden voor de nieuwsbrief kan via de administratie van de school, schrijft de directie."),
    ("nl", "Er werden die avond 6 kaarsjes aangestoken op het schoolplein, één voor elk jaar dat hij met pensioen was."),
    ("pl", "Zapalone znicze: na cmentarzu przez całą noc paliło się ponad tysiąc światełek ku jego pamięci."),
    ("pl", "Zobacz wszystkie kondolencje, które napisali jego dawni uczniowie, mówi wdowa po inżynierze."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def _kept(page: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    result = cleaner.explain_text("\n".join(page))
    return lost([line for line in page if line], result), removed(result)


@pytest.mark.parametrize(
    ("lang", "count", "message"),
    [
        ("en", "38 condolences", "So sorry for your loss, Dorothy. Bob was the best neighbor anyone could ask for."),
        ("de", "3 Kondolenzen", "Liebe Ingrid, wir sind in Gedanken bei dir. Helmut wird uns fehlen."),
        ("fr", "4 messages de condoléances", "Toutes nos pensées vous accompagnent dans ces moments difficiles."),
        ("es", "Libro de condolencias (6)", "Nuestro más sentido pésame. Siempre la recordaremos con cariño."),
        ("it", "5 pensieri", "Ciao Peppino, ti ricorderemo sempre con tanto affetto."),
        ("pt", "Condolências (3)", "Os nossos sentidos pêsames a toda a família."),
        ("nl", "12 condoleances", "Veel sterkte in deze moeilijke tijd, lieve Truus."),
        ("pl", "Kondolencje (2)", "Wyrazy głębokiego współczucia dla całej Rodziny."),
    ],
)
def test_a_guest_books_count_opens_the_condolences_under_it(lang: str, count: str, message: str) -> None:
    # comments.section_start: the count of condolences after the article heads the readers' messages, which go with it
    page = [*TEXT[lang], count, "Anna Weber", message]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[3:], gone
    assert ("comment-section", count) in gone


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("de", ["In stiller Trauer", "Wir nehmen Abschied von", "Helmut Krämer", "* 12. April 1938 † 2. März 2024", "Deine Ingrid", "Thomas und Sabine"]),
        ("es", ["Rogad a Dios en caridad por el alma de", "DOÑA CARMEN RUIZ MORENO", "Viuda de D. Antonio Gil Pascual", "D. E. P."]),
        ("it", ["È mancato all'affetto dei suoi cari", "GIUSEPPE BIANCHI", "(Peppino)", "di anni 88"]),
        ("fr", ["Mme Anne Le Goff, son épouse ;", "Catherine et Erwan Morvan,", "ses enfants ;", "ont la tristesse de vous faire part du décès de", "Monsieur Yves LE GOFF"]),
    ],
)
def test_a_notices_lines_under_its_formula_stay_and_the_menu_over_it_goes(lang: str, notice: list[str]) -> None:
    # edge-furniture (edge_notices.notice_head) and headline-run (notice_run): the notice's lines from its formula down
    # to its first paragraph, the mourners' list running on over it; the portal's menu right over them still goes
    menu = ["Startseite", "Traueranzeigen", "Nachrufe", "Gedenkkerzen", "Ratgeber"]
    lost_lines, gone = _kept([*menu, *notice, *TEXT[lang]])
    assert lost_lines == menu, gone


def test_short_lines_over_the_first_paragraph_with_no_formula_still_go() -> None:
    # (a menu's names and a section's links over the text, no notice's formula among them)
    head = ["Startseite", "Traueranzeigen", "Helmut Krämer", "Erika Schmidt", "Karl-Heinz Bender"]
    lost_lines, gone = _kept([*head, *TEXT["de"]])
    assert lost_lines == head, gone


_SERVICE = {
    "en": ["Visitation", "Thursday, March 7, 2024", "5:00 PM – 7:00 PM", "Lakeside Funeral Chapel", "Memorial Service", "Friday, March 8, 2024", "11:00 AM", "First Lutheran Church"],
    "de": ["Trauerfeier", "Freitag, 8. März 2024", "14:00 Uhr", "Kapelle des Waldfriedhofs", "Beisetzung", "Anschließend auf dem Waldfriedhof"],
    "it": ["Camera ardente", "Mercoledì 6 marzo, dalle 15 alle 19", "Misericordia, via Giotto 8", "Funerali", "Giovedì 7 marzo, ore 10", "Pieve di San Lorenzo"],
}


@pytest.mark.parametrize("lang", sorted(_SERVICE))
def test_a_funerals_service_details_between_paragraphs_stay(lang: str) -> None:
    # detached-blocks (edge_notices.service_gap), dateline and clock-line (service_row): the service's heading over its
    # date, time and place, the article going on under it
    text = TEXT[lang]
    page = [*text[:2], *_SERVICE[lang], text[2]]
    lost_lines, gone = _kept(page)
    assert lost_lines == [], gone


def test_a_footers_menu_of_services_still_parts_the_blurb_under_it() -> None:
    # (round 2's funeral home: its service details stay between the paragraphs, and the share row and the footer's
    # menu of services under the article, lines other passes took among them and no service's date under a heading,
    # still part the funeral home's blurb, which goes as a block cut off after the article)
    result = cleaner.explain_text(page_text(CASES["en_r2_service_box_footer_full"]))
    blurb = next(text for tag, text in parse(CASES["en_r2_service_box_footer_full"]) if text.startswith("Lakeside Funeral Chapel has"))
    assert ("detached-blocks", blurb) in removed(result)


def test_a_date_with_no_heading_over_it_between_paragraphs_is_judged_as_before() -> None:
    # (service_row asks a service's heading at most four short rows over the date: a bare stamp under a teaser's
    # headline after the article still goes)
    tail = ["More obituaries", "John Kessler, longtime meteorologist, dies at 76", "March 4, 2024"]
    _lost, gone = _kept([*TEXT["en"], *tail])
    assert ("dateline", "March 4, 2024") in gone, gone


def test_a_notices_dates_of_birth_and_death_stay() -> None:
    # dateline (edge_notices.life_date): the birth's date over the death's, each under its mark
    notice = ["Johannes de Vries", "* Amersfoort, 14 mei 1940", "† Utrecht, 1 maart 2024", "Truus de Vries-Bakker"]
    lost_lines, gone = _kept([TEXT["nl"][0], *notice, *TEXT["nl"][1:]])
    assert lost_lines == [], gone


def test_a_bulleted_date_with_no_death_mark_is_judged_as_before() -> None:
    # (a stamp under the headline, written as a bullet, no death's mark under it: the page's, as before)
    page = ["Afscheid van meester Henk", "* Utrecht, 1 maart 2024", *TEXT["nl"]]
    bare = ["Afscheid van meester Henk", "Utrecht, 1 maart 2024", *TEXT["nl"]]
    assert [p for p, _t in removals_of(page)] == [p for p, _t in removals_of(bare)] == ["title-line", "dateline"]


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("de", ["Wir haben geheiratet", "Lena Vogt & Jonas Reuter", "16. März 2024", "Standesamt Freiburg"]),
        ("nl", ["Met heel veel liefde en trots kondigen wij de geboorte aan van onze dochter", "Fleur", "Utrecht, 2 maart 2024"]),
        ("it", ["È mancata all'affetto dei suoi cari", "ROSA LOMBARDI", "di anni 96"]),
    ],
)
def test_a_notices_date_under_its_formula_stays(lang: str, notice: list[str]) -> None:
    # dateline (edge_notices.notice_row): the notice's date, no stamp
    lost_lines, gone = _kept([*notice, *TEXT[lang]])
    assert lost_lines == [], gone


def test_a_stamp_with_its_time_under_a_headline_with_a_notices_word_still_goes() -> None:
    # (notice_row: a date with its time of day is the page's stamp, whatever stands over it)
    page = ["Faleceu a 2 de março de 2024, com 86 anos", "4 mar 2024, 19:02", *TEXT["pt"]]
    _lost, gone = _kept(page)
    assert ("dateline", "4 mar 2024, 19:02") in gone, gone


_PET = ["LOST DOG – Biscuit", "Missing since Sunday, March 3, near Elm Creek Park Reserve", "Beagle mix, male, 9 years old",
        "Brown and white, red collar, no tags", "Microchipped", "Very friendly but shy with strangers – please do not chase him",
        "If you see him, call or text Jenna at 763-555-0198", "Reward offered", "Last seen heading north on Fernbrook Lane."]


@pytest.mark.parametrize("language", [None, "en"])
def test_a_lost_pets_notice_stays_and_the_boards_residue_under_it_goes(language: str | None) -> None:
    # edge-furniture (edge_notices.notice_head, notice_tail): under its formula ("LOST DOG – Biscuit") the notice's
    # short lines down to its last sentence stay; the share row and the report link under that sentence still go
    tail = ["Share", "Report this post", "Related notices", "FOUND: Set of keys at Central Park playground"]
    result = cleaner.explain_text("\n".join([*_PET, *tail]), language=language)
    assert lost(_PET, result) == [], removed(result)
    assert lost(tail[:2], result) == tail[:2], removed(result)  # ("Report this post": comments.ui, notices36)


def test_a_notices_place_and_date_closing_it_stays_and_a_storys_does_not() -> None:
    # dateline (edge_notices._notice_signed): under the notice's last sentence, a notice's formula over it
    closing = ["Si ringraziano anticipatamente quanti parteciperanno.", "Bologna, 5 marzo 2024", "O.F. Zanetti – tel. 051 555 0134"]
    notice = ["È mancato all'affetto dei suoi cari", "GIUSEPPE BIANCHI", *TEXT["it"], *closing]
    assert _kept(notice)[0] == []
    story = ["Bologna, 5 marzo 2024", *TEXT["it"]]
    assert ("dateline", "Bologna, 5 marzo 2024") in _kept(story)[1]


def test_a_service_box_under_the_pages_widgets_goes_and_a_second_cleaning_agrees() -> None:
    # (session 36: the funeral home's sidebar repeats the text's service under its share and flower buttons; its date
    # stayed on a first cleaning, its heading gone, and went on a second: only a box right under the paragraph stays)
    text = "\n".join([
        "Harold James Whitcombe, 83, of Lakeview, died Thursday, February 27, 2025, at St. Anne's Hospice.",
        "A celebration of life will be held on Saturday, March 8, at 2 p.m. at the Lakeview Legion, 45 Front Street.",
        "Donations in Harold's memory may be made to St. Anne's Hospice.",
        "Share Your Memory of Harold", "Light a candle", "Send Flowers",
        "Service Details", "Celebration of Life", "Saturday, March 8, 2025", "2:00 - 4:00 pm",
    ])
    once = cleaner.clean_text(text)
    assert "Saturday, March 8, 2025" not in once.split("\n")
    assert cleaner.clean_text(once) == once


if __name__ == "__main__":
    report(CASES)
