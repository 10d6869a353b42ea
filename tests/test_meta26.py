# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Meta 26: a probe of bylines, datelines, timestamps and credits in 22 languages beyond the big seven (cs sk sv da no fi
hu el tr pl ro bg uk ru ar he ja ko zh vi id hi), two pages each, and three pages whose chrome is English and whose
article is Czech, Turkish or Japanese. Residue (``R``): a reporter's bare name over or under the text ("Jan Novák",
"Anna Lindqvist", "Mehmet Yılmaz"), a name with its role ("Søren Madsen, sportsjournalist"), the "By" of each language
("Af", "Av", "Του", "מאת", "كتب:", "文・", "글", "作者："), dates and times in each language's forms ("4. prosince 2026
10:15", "2026年12月4日 10時15分", "4 Aralık 2026 Cuma", "٤ ديسمبر ٢٠٢٦"), "updated" stamps, reading times ("5 perc
olvasás", "この記事は約3分で読めます", "읽는 시간 3분"), photo credits ("Foto:", "Kuva:", "Φωτογραφία:", "Fotoğraf:") and
sources ("Zdroj: ČTK", "Kaynak: AA", "Źródło: PAP", "מקור: רויטרס"). Controls (``A``): a sentence opening on a person's
name (the byline's own name, in round 1's second pages), a one-line quote, a paragraph that is a date and an event ("4.
prosince 2026 začne předprodej …"), cast lists, lineups and candidates, a sentence about a photographer, a source named
in a sentence. ``python tests/test_meta26.py`` prints the numbers.

Round 1 (47 pages) was written before reading the passes; round 2 (18 pages) after reading metadata.py, credits.py, the
byline tables and structure.py's edges, aimed at the rules below: the name under the text with and without a credit
over it naming it (a letter's signature, a poem's poet, "Szabó Magda" closing a story about her), names joined by "ja",
a name declined ("Της Ελένης Κωνσταντίνου" over "Ελένη Κωνσταντίνου"), names of three words over the stamp, lists
between short sentences over the first long paragraph, and the tables added with a sentence of the same words each.

Measured before any change (m26 = main 1a59db2):

- round 1: lost 3 on 1 page, left 40. Lost: ru_cast's cast list ("Мари — Элеонора Севенард" …), under a label closed by
  a colon and over a sentence, taken by edge-furniture's head as a run of furniture before the first paragraph of
  twelve words (the page's first paragraphs are shorter). Left: the name under the text in 19 pages (bare, "Petra
  Dvořáková", "Kovács Anna", "Trần Thị Mai", "（佐藤花子）"; with a role or a place, "Lukáš Horváth, športový
  redaktor", "Ayşe Demir / İstanbul"), names over the text that it repeats ("Søren Madsen, sportsjournalist", "Piotr
  Nowak, dziennikarz", "De Maria Ionescu"), reading times in bg, ja, ko, zh ("3 мин. четене", "阅读时间：3分钟"), "作者：李娜",
  "文・佐藤花子", "글 이지은", "מקור: רויטרס", and the names over the stamp of five briefs (ru, uk, he, hi, vi) and of a
  mixed page, with that page's English menu.
- round 2: lost 7 on 2 pages (a list of candidates and a lineup over the first long paragraph, under a sentence of
  under twelve words: pl, sv), left 25.

After: round 1 lost 0, left 9; round 2 lost 0, left 0. The changes, each with what it takes and what it keeps:

- ``byline-echo`` (metadata family, after edge-furniture): one of the last three lines under the text's last closed
  sentence, of a name's shape (two to four capitalised words, or two to five characters in Chinese or Japanese, maybe
  bracketed, maybe a role or a place after a comma or a slash, two names joined by a short word: no figure, no colon, no
  dash, no brackets inside, no sentence, not in capitals throughout), goes when a credit over the text's first closed sentence names it: one
  another pass took (byline, labelled-byline, edge-furniture's name between the headline and its date) or a kept line
  of the same shape there, not the page's first line (then that one goes too: "Piotr Nowak, dziennikarz" over the text
  and "Piotr Nowak" under it). Each word of the name one of the credit's, or the same but for an ending of two letters
  (el, cs declensions). Kept: a signature no credit names ("Marta Horáková" under "Redakce"), a poem's poet under a
  quotation, "Szabó Magda" closing a story whose credit is "Szerző: Tóth Eszter", a cast's row "Jeník – Jan Novák", a
  candidate "Anna Kowalská (nezávislá)", a sentence opening on the writer's name, a headline that is only a name;
- (a first version of ``byline-echo`` also took a name of three or four words between the headline and a stamp
  another pass took, "Nguyễn Văn An"; dropped at the merge: ``test_left18`` pins a three-word line there, a section's
  "City Hall Politics", as kept, and nothing in the line tells the two apart;)
- edge-furniture's head (``structure._list_between_sentences``): a list of two to twelve lines under a label of two
  words or more closed by a colon, the label right under a kept closed sentence of three words or more and the list
  running down to another: the article's (ru's cast, pl's candidates, sv's lineup). A menu under its label right under
  the headline ("Mer från sporten:" over "Allsvenskan", …) still goes;
- tables: reading times in bg ("4 мин. четене"), ja ("約3分で読めます", "読了時間：3分"), ko ("읽는 시간 2분"), zh ("预计阅读时间 3
  分钟"); zh's "作者：" / "责任编辑：" with a name of two to five characters; ja's "文・" with a name (not "文・写真" over a
  sentence: "文・写真の展示会も…" stays); he's source "מקור:" with up to four words ("מקור הנתונים הוא סקר…" stays);
  cs's "Rozhovor vedl:". Kept: "Четене на подписка…", "읽는 시간이 짧은…", "作者王芳在采访中…".

``RESIDUE_LEFT`` lists what stays and why. Bench: a first cut of byline-echo changed 2/362 dev pages (naive, P up, R
the same): it took a kicker in capitals printed over and under the text ("GROWING AN ONLINE BUSINESS") as a name, so a
line in capitals throughout is no name now, and ``pagecmp`` against m26 changes 0/362 (``pagegold``: 0 gold lines
newly removed); ``bench_text --variant both``: recall 0.967 / 0.975 / 0.971, naive 0.858 / 0.988 / 0.919, as at m26.
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, removals_of, report, tagged_probe_tests

from cleaner.language import SUPPORTED

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== Czech =====
    "cs_byline_head": """\
T Vláda schválila zvýšení platů učitelů od ledna
R Jan Novák
R 4. prosince 2026 10:15
A Vláda ve středu schválila návrh, podle kterého se platy učitelů od ledna zvýší v průměru o sedm procent.
A Ministr školství Mikuláš Bek uvedl, že peníze na navýšení jsou v rozpočtu vyčleněny a školy je dostanou už v lednové výplatě.
A Odbory považují navýšení za nedostatečné a na příští týden svolaly jednání s premiérem.
A „Sedm procent nepokryje ani loňskou inflaci,“ řekl předseda školských odborů František Dobšík.
R Foto: Michal Šula, MAFRA
R Zdroj: ČTK
""",
    "cs_cast": """\
T Plzeň uvede Prodanou nevěstu v nové inscenaci
R Autor: Petra Dvořáková, redaktorka
R Aktualizováno: 3. 12. 2026 18:40
R 3 min čtení
A Jan Novák, který v Divadle J. K. Tyla působí od roku 2010, se ujme role Jeníka.
A 4. prosince 2026 začne předprodej vstupenek na všechna představení do konce sezony.
A „Chtěli jsme operu vrátit do vesnice, kde se odehrává,“ říká režisér Jiří Nekvasil.
T Obsazení:
A Mařenka – Jana Šrejma Kačírková
A Jeník – Jan Novák
A Kecal – Martin Gurbaľ
A Fotograf Karel Cudlín dokumentoval zkoušky tři měsíce a jeho snímky budou vystaveny ve foyer.
A Zdroj z vedení divadla uvedl, že inscenace stála přes dva miliony korun.
R Petra Dvořáková
""",
    # ===== Slovak =====
    "sk_byline_head": """\
T Bratislava zavedie nové nočné linky MHD
R Martin Kováč
R Publikované: 4. decembra 2026, 9:30
R Aktualizované: 4. decembra 2026, 11:05
A Dopravný podnik Bratislava od januára zavedie štyri nové nočné linky, ktoré budú premávať aj cez pracovné dni.
A Nové spoje majú pokryť najmä Petržalku, Dúbravku a Vrakuňu, kde dnes nočná doprava chýba.
A Podľa hovorcu podniku budú autobusy jazdiť v polhodinových intervaloch od polnoci do štvrtej ráno.
R Foto: TASR/Jaroslav Novák
R Zdroj: TASR
""",
    "sk_lineup": """\
T Slovan predstavil káder na jarnú časť
R Text: Lukáš Horváth
R 5 min čítania
A Zuzana Hrušková, ktorá klub vedie od leta, potvrdila, že tím posilnia dvaja útočníci.
T Zostava na prípravný zápas v Senci:
A Takáč – Blackman, Kašia, Bajrić, Wimmer – Kucka, Barseghyan – Tolić, Marcelli, Metsoja – Strelec
A 12. januára 2027 sa hráči stretnú na prvom tréningu po zimnej prestávke.
A Fotograf Ján Súkup strávil s tímom celé sústredenie v Turecku.
R Lukáš Horváth, športový redaktor
""",
    # ===== Swedish =====
    "sv_byline_head": """\
T Regeringen vill sänka skatten på diesel
R Anna Lindqvist
R Publicerad 4 december 2026 kl. 10.15
R Uppdaterad 4 december 2026 kl. 12.40
A Regeringen föreslår att skatten på diesel sänks med 50 öre per liter från den 1 januari.
A Finansminister Elisabeth Svantesson säger att sänkningen ska kompensera för de höjda priserna under hösten.
A Miljöpartiet kallar förslaget ett steg i fel riktning och kräver att pengarna i stället går till kollektivtrafiken.
R Foto: Fredrik Sandberg/TT
R Källa: TT
""",
    "sv_name_story": """\
T Anna Lindqvist blir ny chef för Dramaten
R Av Erik Johansson
R 4 min läsning
A Anna Lindqvist tar över som teaterchef på Dramaten den 1 augusti nästa år.
A ”Jag vill att fler unga ska hitta hit”, säger hon till TT.
A Hon har tidigare lett Uppsala stadsteater i sju år.
A Fotografen Lars Pehrson följde henne under hennes sista premiär i Uppsala.
A Enligt en källa i styrelsen var hon ensam kandidat i slutskedet.
R Erik Johansson
R erik.johansson@svd.se
""",
    # ===== Danish =====
    "da_byline_head": """\
T Folketinget vedtager ny lov om kontanter
R Af Mette Kjær
R 4. december 2026 kl. 10:15
R Opdateret 4. december 2026 kl. 13:02
A Et flertal i Folketinget har vedtaget en lov, der pålægger butikker at tage imod kontanter frem til 2030.
A Loven gælder for alle butikker, der sælger dagligvarer, og overtrædelser kan koste en bøde på op til 20.000 kroner.
A Dansk Erhverv kalder loven unødvendig og peger på, at kun to procent af betalingerne i dag sker med sedler og mønter.
R Foto: Mads Claus Rasmussen/Ritzau Scanpix
R Kilde: Ritzau
""",
    "da_squad": """\
T Landsholdet er udtaget til EM-kvalifikationen
R Søren Madsen, sportsjournalist
R Læsetid: 3 min.
A Kasper Hjulmand har udtaget 24 spillere til de to kampe mod Finland og Slovenien.
A Målmænd: Kasper Schmeichel, Frederik Rønnow, Mads Hermansen
A Forsvarsspillere: Joachim Andersen, Andreas Christensen, Victor Kristiansen
A 4. december 2026 mødes holdet i Helsingør til den første træning.
A Fotograf Lars Poulsen har fulgt landsholdet siden 1998.
R Søren Madsen
""",
    # ===== Norwegian =====
    "no_byline_head": """\
T Oslo kommune stanser byggingen av ny skole
R Kari Nordmann
R Publisert 4. desember 2026 kl. 10:15
R Oppdatert 4. desember 2026 kl. 14:20
A Oslo kommune stanser byggingen av den nye barneskolen på Tøyen etter at det ble funnet forurenset grunn.
A Prosjektet var allerede ett år forsinket, og kostnadene har økt med over 200 millioner kroner.
A Byrådet skal behandle saken på et ekstraordinært møte neste uke.
R Foto: Stian Lysberg Solum / NTB
R Kilde: NTB
""",
    "no_relay": """\
T Norge tok tre medaljer i skiskytter-VM
R Av Ola Hansen og Ingrid Berg
R 2 min lesetid
A Johannes Thingnes Bø sikret gullet på sprinten med to bom, mens Sturla Holm Lægreid tok bronsen.
A «Dette var en av mine beste dager på skytebanen», sa Bø etter løpet.
A Stafettlaget: Sturla Holm Lægreid, Tarjei Bø, Johannes Thingnes Bø, Vetle Sjåstad Christiansen
A 5. desember 2026 går jaktstarten, der Norge har fire løpere med.
A Ifølge en kilde i forbundet kan Tarjei Bø bli hvilt i jaktstarten.
R Ola Hansen
R Ingrid Berg
""",
    # ===== Finnish =====
    "fi_byline_head": """\
T Hallitus esittää polttoaineveron alentamista
R Matti Virtanen
R 4.12.2026 10:15
R Päivitetty 4.12.2026 12:30
A Hallitus esittää, että bensiinin ja dieselin veroa alennetaan viidellä sentillä litralta ensi vuoden alusta.
A Valtiovarainministeri Riikka Purra perusteli esitystä sillä, että polttoaineen hinta on noussut syksyn aikana nopeasti.
A Oppositio pitää esitystä ilmastotavoitteiden vastaisena.
R Kuva: Heikki Saukkomaa / Lehtikuva
R Lähde: STT
""",
    "fi_candidates": """\
T Matti Virtanen valittiin Tampereen pormestariksi
R Teksti: Liisa Korhonen
R Lukuaika 3 min
A Matti Virtanen valittiin Tampereen pormestariksi kaupunginvaltuuston äänestyksessä maanantaina.
T Ehdokkaat olivat:
A Matti Virtanen (kok.)
A Anna Mäkinen (sd.)
A Jussi Laine (vihr.)
A 4. joulukuuta 2026 alkaa uuden pormestarin ensimmäinen työviikko.
A Valokuvaaja Kari Hautala kuvasi äänestyksen valtuustosalin parvelta.
R Liisa Korhonen
""",
    # ===== Hungarian =====
    "hu_byline_head": """\
T Emelkedik a minimálbér januártól
R Nagy Péter
R 2026. december 4. 10:15
R Frissítve: 2026. december 4. 12:40
R 5 perc olvasás
A Januártól tíz százalékkal emelkedik a minimálbér, jelentette be a kormány szóvivője csütörtökön.
A A garantált bérminimum hét százalékkal nő, így a szakmunkások legkisebb fizetése is meghaladja a 350 ezer forintot.
A A munkáltatói szervezetek szerint a kis- és középvállalkozások számára nehéz lesz kigazdálkodni az emelést.
R Fotó: MTI/Koszticsák Szilárd
R Forrás: MTI
""",
    "hu_coach": """\
T Nagy Péter lett a Fradi új edzője
R Szerző: Kovács Anna
R 3 perc olvasás
A Nagy Péter, aki korábban a Paks csapatát irányította, két és fél évre írt alá a Ferencvároshoz.
A „Ez a legnagyobb kihívás a pályafutásomban” – mondta az új vezetőedző.
A 2026. december 4-én tartja első edzését a csapattal a Groupama Arénában.
A A klub fotósa, Szabó Gergely az edzőtáborba is elkíséri a csapatot.
A Egy klubhoz közeli forrás szerint a szerződés évi 400 ezer eurót ér.
R Kovács Anna
""",
    # ===== Greek =====
    "el_byline_head": """\
T Αυξάνεται ο κατώτατος μισθός από τον Απρίλιο
R Γιώργος Παπαδόπουλος
R 4 Δεκεμβρίου 2026, 10:15
R Τελευταία ενημέρωση: 4 Δεκεμβρίου 2026, 12:40
A Ο κατώτατος μισθός θα αυξηθεί κατά 6% από την 1η Απριλίου, ανακοίνωσε η κυβέρνηση την Πέμπτη.
A Σύμφωνα με το υπουργείο Εργασίας, η αύξηση αφορά περίπου 600.000 εργαζόμενους στον ιδιωτικό τομέα.
A Η ΓΣΕΕ χαρακτήρισε την αύξηση ανεπαρκή και ζήτησε να φτάσει τα 1.000 ευρώ.
R Φωτογραφία: Eurokinissi
R Πηγή: ΑΠΕ-ΜΠΕ
""",
    "el_squad": """\
T Ο Ολυμπιακός ανακοίνωσε την αποστολή για το Κύπελλο
R Του Κώστα Δημητρίου
R Χρόνος ανάγνωσης: 3 λεπτά
A Ο Νίκος Γεωργίου, αρχηγός της ομάδας, επέστρεψε στην αποστολή μετά από τρεις εβδομάδες απουσίας.
A Η αποστολή: Τζολάκης, Πασχαλάκης, Ρέτσος, Ορτέγκα, Ερμόσο, Χέζε, Ελ Καμπί, Ποντένσε
A «Θέλουμε το τρόπαιο», δήλωσε ο προπονητής Χοσέ Λουίς Μεντιλίμπαρ.
A 4 Δεκεμβρίου 2026 ξεκινά η προπώληση των εισιτηρίων για τον τελικό.
A Ο φωτογράφος Αλέξανδρος Μπελτές κατέγραψε την προπόνηση στο Ρέντη.
R Κώστας Δημητρίου
""",
    # ===== Turkish =====
    "tr_byline_head": """\
T Merkez Bankası faizi sabit tuttu
R Mehmet Yılmaz
R 4 Aralık 2026 Cuma
R Güncelleme: 4 Aralık 2026 12:40
A Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 42,5 seviyesinde sabit bıraktı.
A Banka açıklamasında enflasyondaki düşüşün sürmesi halinde ocak ayında faiz indirimine gidilebileceğini belirtti.
A Ekonomistler kararın beklentilerle uyumlu olduğunu söyledi.
R Fotoğraf: AA
R Kaynak: AA
""",
    "tr_squad": """\
T Fenerbahçe'nin Avrupa kadrosu belli oldu
R Haber: Ayşe Demir
R Okuma süresi: 3 dakika
A Mehmet Yılmaz, kulübün sportif direktörü olarak kadroyu basına tanıttı.
A Kaleciler: Livakovic, İrfan Can Eğribayat, Ertuğrul Çetin
A "Bu kadroyla kupaya gidebiliriz," dedi teknik direktör.
A 4 Aralık 2026 Cuma günü takım Londra'ya hareket edecek.
A Kulübün fotoğrafçısı Cem Oksel kampı baştan sona görüntüledi.
A Kulübe yakın bir kaynağa göre transfer bütçesi 30 milyon euro.
R Ayşe Demir / İstanbul
""",
    # ===== Polish =====
    "pl_byline_head": """\
T Sejm przyjął ustawę o asystencji osobistej
R Anna Kowalska
R 4 grudnia 2026, 10:15
R Aktualizacja: 4 grudnia 2026, 13:05
A Sejm przyjął w piątek ustawę, która gwarantuje osobom z niepełnosprawnościami prawo do asystenta osobistego.
A Za ustawą głosowało 430 posłów, nikt nie był przeciw.
A Nowe przepisy mają wejść w życie od 1 stycznia 2028 roku.
R Fot. Leszek Szymański/PAP
R Źródło: PAP
""",
    "pl_candidates": """\
T Kandydaci na prezydenta Krakowa
R Piotr Nowak, dziennikarz
R Czas czytania: 4 min
A Anna Kowalska, radna z Podgórza, ogłosiła w czwartek, że wystartuje w wyborach.
T Lista kandydatów zarejestrowanych przez komisję:
A Aleksander Miszalski (KO)
A Łukasz Kmita (PiS)
A Anna Kowalska (bezpartyjna)
A 4 grudnia 2026 rusza oficjalna kampania wyborcza.
A Fotograf Jakub Porzycki towarzyszył kandydatom przez cały tydzień.
R Piotr Nowak
""",
    # ===== Romanian =====
    "ro_byline_head": """\
T Guvernul aprobă majorarea salariului minim
R Andrei Popescu
R 4 decembrie 2026, 10:15
R Actualizat: 4 decembrie 2026, 12:30
A Guvernul a aprobat joi majorarea salariului minim brut la 4.300 de lei începând cu 1 ianuarie.
A Măsura afectează aproximativ 1,9 milioane de angajați, potrivit Ministerului Muncii.
A Patronatele spun că firmele mici vor avea dificultăți să suporte creșterea.
R Foto: Inquam Photos / Octav Ganea
R Sursa: Agerpres
""",
    "ro_coach": """\
T Andrei Popescu, noul antrenor al Rapidului
R De Maria Ionescu
R Timp de citire: 3 minute
A Andrei Popescu a semnat un contract pe doi ani cu Rapid București.
A „Vreau să aduc trofeul în Giulești”, a declarat el la prezentare.
A 4 decembrie 2026 va fi prima zi de pregătire a echipei sub noua conducere.
A Fotograful clubului, Mihai Stoica, a surprins primul antrenament.
A O sursă din conducerea clubului spune că salariul depășește 30.000 de euro pe lună.
R Maria Ionescu
""",
    # ===== Bulgarian =====
    "bg_byline_head": """\
T Парламентът прие бюджета за 2027 година
R Иван Петров
R 4 декември 2026, 10:15
R Обновена: 4 декември 2026, 13:20
A Народното събрание прие окончателно бюджета за 2027 година с 130 гласа „за“.
A Дефицитът е заложен на 3 процента от брутния вътрешен продукт.
A Опозицията обяви, че ще сезира Конституционния съд заради увеличението на данъка върху дивидентите.
R Снимка: БТА
R Източник: БТА
""",
    "bg_lineup": """\
T Левски обяви състава за мача с ЦСКА
R Автор: Мария Георгиева
R 3 мин. четене
A Иван Петров, капитанът на отбора, се възстанови от контузията и ще бъде титуляр.
A Стартов състав: Михайлов, Макун, Димов, Уелтън, Ивайло Маринов, Костадинов, Бари
A „Готови сме за дербито“, заяви треньорът Хулио Веласкес.
A 4 декември 2026 започва продажбата на билети за мача.
A Фотографът на клуба Стефан Цветков засне тренировката на стадион „Георги Аспарухов“.
R Мария Георгиева
""",
    # ===== Ukrainian =====
    "uk_byline_head": """\
T Уряд ухвалив програму відновлення енергетики
R Олена Шевченко
R 4 грудня 2026, 10:15
R Оновлено: 4 грудня 2026, 12:50
A Кабінет міністрів ухвалив програму відновлення енергетичної інфраструктури на 2027 рік.
A Програма передбачає будівництво 40 нових газопоршневих станцій у прифронтових областях.
A Фінансування частково забезпечить Європейський інвестиційний банк.
R Фото: Укрінформ
R Джерело: Укрінформ
""",
    "uk_club": """\
T Динамо оголосило заявку на весняну частину сезону
R Автор: Андрій Коваленко
R Час читання: 3 хв
A Олена Шевченко, генеральна директорка клубу, представила нових гравців на пресконференції.
A «Ми будуємо команду на роки вперед», — сказав головний тренер Олександр Шовковський.
A 4 грудня 2026 року команда вирушить на збори до Туреччини.
A Фотограф Павло Кубанов працює з клубом уже понад десять років.
A За словами джерела в клубі, бюджет на трансфери становить 15 мільйонів євро.
R Андрій Коваленко
""",
    # ===== Russian =====
    "ru_byline_head": """\
T Центробанк сохранил ключевую ставку
R Иван Смирнов
R 4 декабря 2026, 10:15
R Обновлено 4 декабря 2026, 12:40
R Время чтения: 3 мин
A Банк России сохранил ключевую ставку на уровне 16 процентов годовых.
A Регулятор отметил, что инфляция замедляется быстрее, чем ожидалось в октябре.
A Аналитики допускают снижение ставки уже в феврале.
R Фото: Алексей Никольский / ТАСС
R Источник: ТАСС
""",
    "ru_cast": """\
T Большой театр представил состав «Щелкунчика»
R Автор: Мария Кузнецова
A Иван Смирнов, исполняющий партию Щелкунчика, дебютирует на исторической сцене.
T Состав первого спектакля:
A Мари — Элеонора Севенард
A Щелкунчик — Иван Смирнов
A Дроссельмейер — Денис Савин
A 4 декабря 2026 года начнётся продажа билетов на новогодние спектакли.
A Фотограф Дамир Юсупов снимает спектакли Большого театра больше двадцати лет.
A По словам источника в театре, все билеты на 31 декабря уже распределены.
R Мария Кузнецова, обозреватель
""",
    # ===== Arabic =====
    "ar_byline_head": """\
T البنك المركزي يثبت أسعار الفائدة
R محمد علي
R ٤ ديسمبر ٢٠٢٦
R آخر تحديث: ٤ ديسمبر ٢٠٢٦ - ١٢:٤٠
A قرر البنك المركزي المصري تثبيت أسعار الفائدة على الإيداع والإقراض لليلة واحدة دون تغيير.
A وقال البنك في بيان إن معدلات التضخم واصلت التراجع للشهر الثالث على التوالي.
A وتوقع محللون أن يبدأ البنك في خفض الفائدة مطلع العام المقبل.
R تصوير: أحمد حسن
R المصدر: وكالات
""",
    "ar_squad": """\
T الأهلي يعلن قائمة مباراة القمة
R كتب: أحمد مصطفى
R وقت القراءة: ٣ دقائق
A محمد علي، لاعب خط الوسط، عاد إلى التدريبات الجماعية بعد غياب أسبوعين.
A القائمة: الشناوي، هاني، ياسر إبراهيم، معلول، عطية الله، ديانج، إمام عاشور، تاو، وسام أبو علي
A وقال المدير الفني: "نحن جاهزون للمباراة".
A ٤ ديسمبر ٢٠٢٦ يبدأ طرح تذاكر المباراة للجماهير.
A وكان المصور أحمد حسن قد رافق الفريق في معسكره الأخير.
A وقال مصدر في النادي إن الصفقة ستحسم خلال أيام.
R أحمد مصطفى
""",
    # ===== Hebrew =====
    "he_byline_head": """\
T בנק ישראל הותיר את הריבית ללא שינוי
R דניאל כהן
R 04.12.2026 10:15
R עודכן: 04.12.2026 12:40
A בנק ישראל הודיע היום כי הריבית תיוותר ברמה של 4.5 אחוזים.
A לפי הודעת הבנק, האינפלציה נמצאת בירידה אך עדיין מעל היעד.
A כלכלנים מעריכים כי הפחתה ראשונה תגיע בפברואר.
R צילום: פלאש 90
R מקור: רויטרס
""",
    "he_squad": """\
T מכבי תל אביב הודיעה על הסגל ליורוליג
R מאת מיכל לוי
R זמן קריאה: 3 דקות
A דניאל כהן, מנהל הקבוצה, הציג את השחקנים החדשים במסיבת עיתונאים.
A הסגל: בלאט, ביבר, סורקין, הופמן, ליימן, ריברו, קולסון
A "אנחנו בונים קבוצה לזכייה", אמר המאמן עודד קטש.
A 4 בדצמבר 2026 תיפתח מכירת המנויים לעונה הבאה.
A הצלם שלום מלכה ליווה את הקבוצה במחנה האימונים.
R מיכל לוי
""",
    # ===== Japanese =====
    "ja_byline_head": """\
T 日銀、政策金利を据え置き
R 山田太郎
R 2026年12月4日 10時15分
R 更新：2026年12月4日 12時40分
A 日本銀行は4日の金融政策決定会合で、政策金利を0.75%に据え置くことを決めた。
A 植田和男総裁は記者会見で、賃金と物価の動向を慎重に見極める考えを示した。
A 市場では来年1月の利上げを予想する声が多い。
R 写真：共同通信
R 出典：共同通信
""",
    "ja_cast": """\
T 新国立劇場、「椿姫」の配役を発表
R 文・佐藤花子
R この記事は約3分で読めます
A 山田太郎さんは、今回がアルフレード役での初出演となる。
T 配役
A ヴィオレッタ：中村恵理
A アルフレード：山田太郎
A ジェルモン：須藤慎吾
A 2026年12月4日から一般発売が始まる。
A カメラマンの鈴木一郎さんは、稽古場を半年にわたって撮影してきた。
R （佐藤花子）
""",
    # ===== Korean =====
    "ko_byline_head": """\
T 한국은행, 기준금리 동결
R 김민수 기자
R 입력 2026.12.04 10:15
R 수정 2026.12.04 12:40
A 한국은행 금융통화위원회는 4일 기준금리를 연 2.5%로 동결했다.
A 이창용 총재는 기자간담회에서 가계부채 증가세를 주시하고 있다고 말했다.
A 시장에서는 내년 상반기 인하 가능성을 점치고 있다.
R 사진=연합뉴스
R 출처: 연합뉴스
""",
    "ko_squad": """\
T 국가대표팀, 월드컵 예선 명단 발표
R 글 이지은
R 읽는 시간 3분
A 김민수는 이번 소집에서 처음으로 대표팀에 이름을 올렸다.
A 명단: 조현우, 김민재, 김영권, 황인범, 이강인, 손흥민, 황희찬, 오현규
A 홍명보 감독은 "최상의 전력으로 나선다"고 말했다.
A 2026년 12월 4일 대표팀이 파주에서 소집된다.
A 사진작가 박정호 씨는 대표팀 훈련을 10년째 기록하고 있다.
R 이지은 기자 jieun@example.co.kr
""",
    # ===== Chinese =====
    "zh_byline_head": """\
T 央行宣布下调存款准备金率
R 记者 张伟
R 2026年12月4日 10:15
R 更新时间：2026-12-04 12:40
A 中国人民银行4日宣布，下调金融机构存款准备金率0.5个百分点。
A 此次下调预计将释放长期流动性约1万亿元。
A 分析人士认为，此举有助于稳定市场预期。
R 图片来源：新华社
R 来源：新华社
""",
    "zh_squad": """\
T 国家队公布亚洲杯大名单
R 作者：李娜
R 阅读时间：3分钟
A 张伟在接受采访时表示，这是他第一次入选国家队。
A 名单：颜骏凌、张琳芃、蒋光太、吴曦、武磊、韦世豪、张玉宁
A 主教练伊万科维奇说：“我们会全力以赴。”
A 2026年12月4日，球队将在上海集中。
A 摄影师王刚多年来一直跟拍国家队的比赛。
A 据知情人士透露，球队将在卡塔尔进行两场热身赛。
R （责任编辑：李娜）
""",
    # ===== Vietnamese =====
    "vi_byline_head": """\
T Ngân hàng Nhà nước giữ nguyên lãi suất điều hành
R Nguyễn Văn An
R Thứ sáu, 4/12/2026, 10:15 (GMT+7)
R Cập nhật: 4/12/2026 12:40
A Ngân hàng Nhà nước quyết định giữ nguyên các mức lãi suất điều hành trong tháng 12.
A Theo Ngân hàng Nhà nước, lạm phát đang được kiểm soát ở mức dưới 4%.
A Các chuyên gia dự báo lãi suất sẽ ổn định đến hết quý I năm sau.
R Ảnh: TTXVN
R Nguồn: TTXVN
""",
    "vi_squad": """\
T Đội tuyển Việt Nam công bố danh sách dự AFF Cup
R Bài: Trần Thị Mai
R 3 phút đọc
A Nguyễn Văn An, trợ lý huấn luyện viên, cho biết đội sẽ tập trung tại Hà Nội.
A Danh sách: Đặng Văn Lâm, Đỗ Duy Mạnh, Quế Ngọc Hải, Nguyễn Quang Hải, Nguyễn Tiến Linh
A "Chúng tôi sẽ chiến đấu hết mình", huấn luyện viên Kim Sang-sik nói.
A Ngày 4/12/2026, đội tuyển sẽ bắt đầu tập trung.
A Nhiếp ảnh gia Lê Minh đã theo đội tuyển trong suốt giải đấu trước.
R Trần Thị Mai
""",
    # ===== Indonesian =====
    "id_byline_head": """\
T Bank Indonesia pertahankan suku bunga acuan
R Budi Santoso
R Jumat, 4 Desember 2026 10:15 WIB
R Diperbarui: 4 Desember 2026 12:40 WIB
A Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen dalam rapat dewan gubernur hari ini.
A Gubernur Perry Warjiyo mengatakan keputusan itu sejalan dengan upaya menjaga stabilitas rupiah.
A Ekonom memperkirakan penurunan suku bunga baru terjadi pada kuartal kedua tahun depan.
R Foto: ANTARA/Hafidz Mubarak
R Sumber: Antara
""",
    "id_squad": """\
T Timnas umumkan skuad untuk Piala AFF
R Penulis: Siti Rahayu
R Editor: Agus Wibowo
R Waktu baca 3 menit
A Budi Santoso, manajer tim, mengatakan pemain akan berkumpul di Jakarta pekan depan.
A Daftar pemain: Maarten Paes, Jay Idzes, Rizky Ridho, Thom Haye, Marselino Ferdinan, Rafael Struick
A "Kami siap bersaing," kata pelatih Patrick Kluivert.
A 4 Desember 2026 menjadi hari pertama pemusatan latihan.
A Fotografer Ricky Adrian telah mengikuti timnas sejak 2019.
A Menurut sumber di PSSI, uji coba melawan Jepang masih dibahas.
""",
    # ===== Hindi =====
    "hi_byline_head": """\
T रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया
R राहुल शर्मा
R 4 दिसंबर 2026, 10:15 AM IST
R अपडेटेड: 4 दिसंबर 2026, 12:40 PM IST
A भारतीय रिज़र्व बैंक ने शुक्रवार को रेपो दर को 5.5 प्रतिशत पर स्थिर रखने का फैसला किया।
A गवर्नर ने कहा कि महंगाई दर लक्ष्य के दायरे में बनी हुई है।
A विशेषज्ञों का मानना है कि अगली बैठक में दरों में कटौती हो सकती है।
R फोटो: पीटीआई
R स्रोत: पीटीआई
""",
    "hi_team": """\
T भारतीय टीम का ऐलान, नए चेहरों को मौका
R लेखक: प्रिया वर्मा
R पढ़ने का समय: 3 मिनट
A राहुल शर्मा ने कहा कि चयन समिति ने युवा खिलाड़ियों पर भरोसा जताया है।
A टीम: रोहित शर्मा, शुभमन गिल, विराट कोहली, श्रेयस अय्यर, केएल राहुल, हार्दिक पंड्या, जसप्रीत बुमराह
A "हम जीत के लिए खेलेंगे," कप्तान ने कहा।
A 4 दिसंबर 2026 को टीम ऑस्ट्रेलिया के लिए रवाना होगी।
A फोटोग्राफर अमित कुमार ने टीम के अभ्यास सत्र की तस्वीरें लीं।
R प्रिया वर्मा
""",
    # ===== mixed: English chrome, article in another language =====
    "mix_en_cs": """\
R Home
R News
R Sport
R Business
R Search
T Praha zdraží jízdné v MHD od března
R Tomáš Černý
R 4. prosince 2026 10:15
A Pražská rada ve čtvrtek schválila zdražení jednorázové jízdenky na 40 korun.
A Roční kupón pro dospělé zůstane na 3 650 korunách, uvedl náměstek primátora pro dopravu.
A Opozice kritizuje, že o zdražení se rozhodlo bez veřejné debaty.
R Zdroj: ČTK
R About us
R Contact
R Privacy policy
R © 2026 Prague Daily Media. All rights reserved.
""",
    "mix_en_tr": """\
R Home
R World
R Türkiye
R Economy
R Sign in
T İstanbul'da toplu taşımaya yüzde 30 zam
R Zeynep Kaya
R 4 Aralık 2026 Cuma 10:15
R Updated 4 Aralık 2026 12:40
A İstanbul Büyükşehir Belediyesi toplu taşıma ücretlerine yüzde 30 zam yapılmasını onayladı.
A Tam bilet 27 liraya, öğrenci bileti ise 13 liraya yükselecek.
A Yeni tarife 1 Ocak'tan itibaren geçerli olacak.
R Fotoğraf: DHA
R Terms of use
R Privacy
R Advertise with us
R © 2026 Daily Turkey News
""",
    "mix_en_ja": """\
R Home
R Japan
R Business
R Culture
R Menu
T 東京都、来年度から高校授業料を無償化
R 田中一郎
R 2026年12月4日 10時15分
A 東京都は来年度から、都内に住む高校生の授業料を所得制限なしで無償化すると発表した。
A 対象は私立高校を含む約30万人で、予算は約600億円を見込む。
A 小池百合子知事は「子育て世帯の負担を減らしたい」と述べた。
R 写真：時事通信
R About
R Contact us
R Privacy policy
R © 2026 Japan Today Media Inc.
""",
    # ===== ROUND 2 (after reading metadata.py, credits.py, structure.py's head and tail and the byline tables; aimed
    # at the name under the text, the list over the first long paragraph and the tables added) ======================
    "cs_interview_echo": """\
T Kardiolog: Lidé podceňují vysoký tlak, i když je to tichý zabiják
R Rozhovor vedl: Tomáš Marek
R 2. prosince 2026 7:00
A Vysoký krevní tlak má podle odhadů až třetina dospělých Čechů, ale zhruba polovina z nich o tom vůbec neví, protože je nic nebolí.
A Proč je tak těžké lidi přesvědčit, aby si tlak měřili pravidelně, i když přístroj stojí pár stovek a měření trvá minutu?
A Lidé čekají, že nemoc pozná podle bolesti. Tlak ale bolí až ve chvíli, kdy už poškodil ledviny, srdce nebo cévy v mozku, a to je pozdě.
A Kardioložka Hana Veselá vede ambulanci pro léčbu hypertenze ve Fakultní nemocnici v Motole od roku 2012.
R Tomáš Marek
""",
    "cs_letter_signed": """\
T Dopis čtenářky: Zastávka na Náměstí míru je past na chodce
R Redakce
A Každé ráno vodím dceru do školy přes přechod u zastávky na Náměstí míru a každé ráno se bojím, že tam jednou někoho srazí tramvaj.
A Semafor dává chodcům zelenou jen na osm sekund, což nestihne ani zdravý dospělý, natož senior s holí nebo maminka s kočárkem.
A Psala jsem na radnici dvakrát, ale odpověď nepřišla ani jednou, a proto se obracím na vás.
A Marta Horáková
""",
    "pl_candidates_head": """\
T Znamy kandydatów na burmistrza Wieliczki
R Autor: Karolina Wójcik
R 4 grudnia 2026, 09:40
A Do wyborów zgłosiło się troje kandydatów.
A Oto lista zarejestrowanych komitetów:
A Marek Zając (KWW Razem dla Wieliczki)
A Ewa Krawczyk (KO)
A Tomasz Lis (PiS)
A Pierwsza debata kandydatów odbędzie się w przyszły czwartek w auli liceum przy ulicy Słowackiego i będzie transmitowana w internecie.
A Głosowanie zaplanowano na 18 stycznia, a ewentualna druga tura odbędzie się dwa tygodnie później.
R Karolina Wójcik, Wieliczka
""",
    "sv_lineup_head": """\
T Ny startelva när Malmö möter Hammarby
R Av Johan Nilsson
R 4 december 2026 kl. 08.00
A Henrik Rydström gör tre byten.
A Så här startar Malmö FF:
A Dahlin – Berg, Rosler, Stryger Larsen, Moisander
A Christiansen, Rakip, Lewicki
A Haksabanovic, Kiese Thelin, Botheim
A Matchen spelas på Eleda stadion på söndag klockan 15.00 och är slutsåld sedan i onsdags, meddelar klubben.
R Johan Nilsson
R johan.nilsson@sydsvenskan.se
""",
    "ru_head_name_long": """\
T Московское метро откроет три новые станции до конца года
R Ольга Морозова
R 4 декабря 2026, 10:15
A Три станции Троицкой линии метро откроются для пассажиров до конца декабря, сообщил мэр Москвы на заседании правительства города.
A Новые станции свяжут с центром города районы Новой Москвы, где за последние десять лет построили жильё почти для полумиллиона человек.
A По словам заммэра по вопросам градостроительной политики, все станции уже прошли технический пуск и сейчас по ним идут поезда без пассажиров.
R Ольга Морозова
""",
    "uk_head_name_long": """\
T У Львові запрацює новий реабілітаційний центр для військових
R Наталія Бойко
R 4 грудня 2026, 14:30
A У Львові наступного тижня запрацює новий реабілітаційний центр, у якому одночасно зможуть проходити лікування понад сто військових.
A Центр побудували за кошти міжнародних донорів на місці колишнього заводу, а обладнання для нього передали партнери з Канади та Норвегії.
A Міський голова Андрій Садовий заявив, що центр стане частиною національної мережі реабілітації ветеранів.
""",
    "he_head_name_long": """\
T עיריית חיפה תשיק קו אוטובוס לילי חדש בסופי השבוע
R רונית אברהם
R 04.12.2026 09:30
A עיריית חיפה הודיעה היום כי החל מהחודש הבא יופעל קו אוטובוס לילי חדש בסופי השבוע, שיחבר בין שכונות הכרמל לבין מרכז העיר והנמל.
A לדברי העירייה, הקו יפעל בין חצות לחמש לפנות בוקר בתדירות של חצי שעה, והנסיעה בו תהיה ללא תשלום בחודשיים הראשונים.
A תושבים בשכונות המרוחקות מחכים לקו כזה כבר שנים, ולדבריהם עד היום נאלצו להזמין מוניות יקרות כדי לחזור הביתה בלילה.
R רונית אברהם
""",
    "hi_head_name_long": """\
T दिल्ली में प्रदूषण बढ़ा, स्कूलों में दो दिन की छुट्टी घोषित
R सुनील यादव
R 4 दिसंबर 2026, 09:20 AM IST
A राजधानी दिल्ली में वायु गुणवत्ता सूचकांक गुरुवार सुबह 450 के पार पहुंच गया, जिसके बाद सरकार ने प्राथमिक स्कूलों में दो दिन की छुट्टी घोषित कर दी है।
A पर्यावरण मंत्री ने कहा कि निर्माण कार्यों पर रोक लगा दी गई है और डीजल जनरेटरों के इस्तेमाल पर भी पाबंदी रहेगी।
A डॉक्टरों ने बुजुर्गों और बच्चों को सुबह की सैर से बचने और घर से बाहर निकलते समय मास्क पहनने की सलाह दी है।
R सुनील यादव
""",
    "vi_head_name_long": """\
T Hà Nội mở thêm hai tuyến buýt điện nối sân bay Nội Bài
R Phạm Thu Hà
R Thứ sáu, 4/12/2026, 08:00 (GMT+7)
A Từ ngày 15/12, Hà Nội sẽ đưa vào hoạt động thêm hai tuyến xe buýt điện nối sân bay Nội Bài với khu vực trung tâm và quận Long Biên.
A Theo Sở Giao thông vận tải, mỗi tuyến có 20 xe với tần suất 15 phút một chuyến, giá vé 45.000 đồng cho toàn tuyến.
A Đây là một phần trong kế hoạch chuyển đổi toàn bộ xe buýt của thành phố sang năng lượng xanh trước năm 2035.
R Phạm Thu Hà
""",
    "el_quote_tail": """\
T Ο Γιάννης Ρίτσος και η Ρωμιοσύνη, εβδομήντα χρόνια μετά
R Της Ελένης Κωνσταντίνου
R 4 Δεκεμβρίου 2026
A Εβδομήντα χρόνια μετά την πρώτη της έκδοση, η Ρωμιοσύνη εξακολουθεί να διαβάζεται σε σχολεία, συναυλίες και διαδηλώσεις σε όλη την Ελλάδα.
A Ο ποιητής την έγραψε ανάμεσα στις εξορίες του, και οι στίχοι της έγιναν τραγούδι με τη μουσική του Μίκη Θεοδωράκη.
A Κλείνουμε με τους στίχους που όλοι θυμούνται:
A «Αυτά τα δέντρα δε βολεύονται με λιγότερο ουρανό,
A αυτές οι πέτρες δε βολεύονται κάτου απ' τα ξένα βήματα».
A Γιάννης Ρίτσος
R Ελένη Κωνσταντίνου
""",
    "tr_echo_place": """\
T Kapadokya'da balon turlarına rüzgâr engeli
R Haber: Emre Aydın
R 4 Aralık 2026 Cuma 09:15
A Kapadokya'da sıcak hava balonu turları, bölgede etkili olan kuvvetli rüzgâr nedeniyle üç gündür yapılamıyor ve turistler bekleyişini sürdürüyor.
A Sivil Havacılık Genel Müdürlüğü, rüzgâr hızının saatte 20 kilometrenin altına düşmesi halinde uçuşlara yeniden izin verileceğini açıkladı.
A Bölgedeki otelciler, rezervasyonlarını iptal eden turistlerin sayısının her gün arttığını söylüyor.
R Emre Aydın / Nevşehir
""",
    "fi_echo_names": """\
T Lumimyräkkä katkaisi sähköt kymmeniltä tuhansilta
R Jussi Heikkinen ja Sanna Lehtonen
R 4.12.2026 07:45
A Voimakas lumimyräkkä katkaisi yöllä sähköt yli 40 000 kotitaloudelta Pohjois-Savossa ja Kainuussa, kertoo sähköyhtiö.
A Lumikuorma on kaatanut puita sähkölinjoille, ja korjaustöitä hankaloittaa se, että monille teille ei pääse ennen kuin aurat ovat kulkeneet.
A Yhtiö arvioi, että osa asiakkaista joutuu olemaan ilman sähköä vielä huomiseen iltaan asti.
R Jussi Heikkinen
R Sanna Lehtonen
""",
    "hu_author_profile_tail": """\
T Szabó Magda regényéből készül sorozat
R Szerző: Tóth Eszter
R 2026. december 4. 09:00
A Az Abigél után újabb Szabó Magda-regényből, Az ajtóból készül tévésorozat, jelentette be a közmédia csütörtökön a budapesti bemutatón.
A A hat részes sorozat forgatása tavasszal kezdődik Budapesten és Debrecenben, a főszerepet Udvaros Dorottya játssza.
A A rendező szerint a regény hűséges feldolgozása lesz, de a történet néhány mellékszálát kibővítik.
A Szabó Magda
""",
    "zh_author_label": """\
T 上海地铁新线路本月底开通
R 作者：王芳
R 2026年12月4日 09:30
R 预计阅读时间 3 分钟
A 上海地铁18号线二期工程将于本月底开通试运营，届时全线共设车站八座，连接浦东新区多个大型居住区，预计日均客流量将超过二十万人次。
A 上海申通地铁集团表示，新线路开通初期的行车间隔为六分钟，高峰时段将进一步缩短，以满足沿线居民的通勤需求。
A 作者王芳在采访中注意到，不少沿线居民对新线路的开通充满期待。
R （王芳）
""",
    "ja_writer_dot": """\
T 京都・嵐山で紅葉が見頃、観光客でにぎわう
R 文・高橋健
R 約3分で読めます
A 京都市右京区の嵐山では紅葉が見頃を迎え、週末には国内外から多くの観光客が訪れ、渡月橋の周辺は歩くのも難しいほどの混雑となった。
A 市は混雑対策として、臨時の駐輪場を設けるとともに、観光客に公共交通機関の利用を呼びかけている。
A 文・写真の展示会も同時に開かれており、地元の写真家による嵐山の四季の作品が並んでいる。
R （高橋健）
""",
    "ko_reading_time": """\
T 서울시, 내년부터 심야 자율주행 버스 확대
R 박지훈 기자
R 읽는 시간 2분
A 서울시는 내년부터 심야 자율주행 버스 노선을 현재 두 개에서 다섯 개로 늘리고, 운행 시간도 새벽 다섯 시까지 연장한다고 4일 밝혔다.
A 시는 지난 일 년 동안 심야 자율주행 버스를 이용한 승객이 12만 명을 넘었으며, 안전사고는 한 건도 없었다고 설명했다.
A 읽는 시간이 짧은 출퇴근길 기사를 모은 서비스도 함께 시작된다.
R 박지훈 기자 jihoon@example.co.kr
""",
    "he_source_prose": """\
T מחקר: ישראלים ישנים פחות משש שעות בלילה
R מאת יעל שפירא
R מקור: הלשכה המרכזית לסטטיסטיקה
A כמעט מחצית מהישראלים ישנים פחות משש שעות בלילה, כך עולה מסקר חדש שפרסמה הלשכה המרכזית לסטטיסטיקה.
A מקור הנתונים הוא סקר חברתי שנערך בקרב שבעת אלפים משיבים בני עשרים ומעלה במהלך השנה שעברה.
A החוקרים מציינים כי שעות השינה המועטות נפוצות במיוחד בקרב הורים לילדים צעירים ובקרב עובדים במשמרות.
""",
    "bg_reading_time": """\
T София въвежда зелена зона в още три квартала
R Автор: Петър Стоянов
R 4 мин. четене
A Столичната община разширява зелената зона за платено паркиране в кварталите Лозенец, Изток и Хиподрума от началото на следващата година.
A Живущите в тези райони ще могат да получат годишен стикер за паркиране срещу 120 лева, съобщиха от общината.
A Четене на подписка срещу разширяването започна още през есента, но общинските съветници го одобриха с голямо мнозинство.
R Петър Стоянов
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a name of two words between the headline and its date (edge-furniture's section's name; byline-echo's of three
    # or four): round 1's briefs hold no paragraph of edge-furniture's twelve words, so nothing places the article and
    # the head is not judged (round 2's pages of the same shape with paragraphs of news length lose it: he, ru, uk, hi)
    "he_byline_head": 1,
    "hi_byline_head": 1,
    "ru_byline_head": 1,
    "uk_byline_head": 1,
    # the same: an English menu's links ("World", "Türkiye", "Economy") and the writer's name over a brief of
    # ten-word paragraphs (site-chrome takes "Home" and "Sign in" by their words)
    "mix_en_tr": 4,
    # a name of three words between the headline and its stamp: the same shape as a section's three words ("City Hall
    # Politics", kept by test_left18), so no rule takes it
    "vi_byline_head": 1,
    # "글 이지은": the label "글" (writing) and a name of two to four syllables after a space, no "=" or "/": a
    # subheading reads the same ("글 쓰기", "글 모음"), and ko's tables take the label only before "=" or "/"
    "ko_squad": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

# (with each page's language given: the same lines lost)
test_the_pages_with_their_language_forced = forced_language_test(
    {key: page for key, page in CASES.items() if key[:2] in SUPPORTED}, RESIDUE_LEFT, KNOWN_LOST
)

_gone = removals_of


# -- the writer's name under the article (byline-echo) ------------------------------------------------------------------

_CS = [
    "Vláda schválila zvýšení platů učitelů od ledna",
    "Vláda ve středu schválila návrh, podle kterého se platy učitelů od ledna zvýší v průměru o sedm procent.",
    "Odbory považují navýšení za nedostatečné a na příští týden svolaly jednání s premiérem v Kramářově vile.",
]
_TR = [
    "Merkez Bankası faizi sabit tuttu",
    "Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 42,5 seviyesinde sabit bıraktı ve kararın gerekçesini açıkladı.",
    "Ekonomistlerin büyük bölümü kararın beklentilerle uyumlu olduğunu ve ocak ayında indirim gelebileceğini söyledi.",
]
_JA = [
    "日銀、政策金利を据え置き",
    "日本銀行は4日の金融政策決定会合で、政策金利を0.75%に据え置くことを決め、植田総裁が記者会見で理由を説明した。",
    "市場では来年1月の利上げを予想する声が多く、円相場は発表の直後にやや値を下げる場面もあった。",
]
_ECHO = "the writer's name under the article, as the credit over it names them"


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (_CS, ["Autor: Petra Dvořáková"], ["Petra Dvořáková"]),
        (_CS, ["Text: Lukáš Horváth"], ["Lukáš Horváth, redaktor"]),
        (_CS, ["Recept Marie Novákové"], ["Marie Nováková"]),  # (the credit's name declined)
        (_CS, ["Jan Novák a Eva Malá"], ["Jan Novák", "Eva Malá"]),  # (both kept over the text: both go)
        (_TR, ["Haber: Ayşe Demir"], ["Ayşe Demir / İstanbul"]),
        (_JA, ["文・佐藤花子"], ["（佐藤花子）"]),
    ],
)
def test_the_writers_name_under_the_article_goes_as_the_credit_over_it_names_them(
    text: list[str], head: list[str], tail: list[str]
) -> None:
    # (each text: its headline, then its paragraphs)
    gone = _gone([text[0], *head, *text[1:], *tail])
    assert [t for p, t in gone if p == "byline-echo" and t in tail] == tail
    assert not [t for _p, t in gone if t in text[1:]]


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (_CS, ["Autor: Petra Dvořáková"], ["Marta Horáková"]),  # a reader's letter signed: no credit names her
        (_CS, ["Redakce"], ["Marta Horáková"]),
        (_CS, ["Autor: Jan Novák"], ["Jeník – Jan Novák"]),  # a cast's row: no name's shape
        (_CS, ["Autor: Anna Kowalská"], ["Anna Kowalská (nezávislá)"]),  # a candidate's row
        (_CS, ["Autor: Jan Novák"], ["Jan Novák napsal tuto knihu v roce 1998."]),  # a sentence
        (_TR, ["Mehmet Yılmaz"], ["Mehmet Yılmaz"]),  # the page's first line is its headline, not a credit
        (_CS, ["ZPRÁVY Z REGIONU"], ["ZPRÁVY Z REGIONU"]),  # a section's label in capitals at both edges: no name
    ],
)
def test_a_name_under_the_article_that_no_credit_over_it_names_stays(
    text: list[str], head: list[str], tail: list[str]
) -> None:
    page = [*head, *text[1:], *tail] if head == ["Mehmet Yılmaz"] else [text[0], *head, *text[1:], *tail]
    assert not [t for _p, t in _gone(page) if t in tail or t in text[1:]]


def test_a_line_of_three_words_between_the_headline_and_its_date_stays() -> None:
    """A name there reads as a section's three words ("City Hall Politics", test_left18): both stay."""
    text = [
        "Ngân hàng Nhà nước quyết định giữ nguyên các mức lãi suất điều hành trong tháng 12, sau cuộc họp định kỳ.",
        "Theo Ngân hàng Nhà nước, lạm phát đang được kiểm soát ở mức dưới 4% và tỷ giá ổn định trong quý vừa qua.",
    ]
    title, name, stamp = "Ngân hàng Nhà nước giữ nguyên lãi suất", "Nguyễn Văn An", "Thứ sáu, 4/12/2026, 10:15 (GMT+7)"
    assert ("byline-echo", name) not in _gone([title, name, stamp, *text])
    assert ("byline-echo", name) not in _gone([title, name, *text])


# -- a list over the first long paragraph, between two sentences (edge-furniture's head) -------------------------------

_SV_LIST = ["Så här startar Malmö FF:", "Dahlin – Berg, Rosler, Stryger Larsen, Moisander", "Christiansen, Rakip, Lewicki"]
_SV_UNDER = (
    "Matchen spelas på Eleda stadion på söndag klockan 15.00 och är slutsåld sedan i onsdags, meddelar klubben i ett"
    " pressmeddelande."
)


def test_a_list_between_two_sentences_over_the_first_long_paragraph_stays() -> None:
    page = ["Ny startelva när Malmö möter Hammarby", "Henrik Rydström gör tre byten.", *_SV_LIST, _SV_UNDER]
    assert _gone(page) == []


def test_a_menu_under_its_label_over_the_text_still_goes() -> None:
    # (under the headline, or under residue: no sentence of the text's over the label)
    menu = ["Mer från sporten:", "Allsvenskan", "Superettan", "Damallsvenskan"]
    page = ["Ny startelva när Malmö möter Hammarby", *menu, _SV_UNDER]
    assert [t for _p, t in _gone(page)] == [page[0], *menu]


if __name__ == "__main__":
    report(CASES)
