# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""periphery38: a probe of general news and magazine articles in the languages the project covers least, scraped as
text (half as an extractor leaves them, half as all the visible text of the page), in el, hu, fi, ro, tr, et, lv and
lt: those countries' news portals, public broadcasters, tabloids and regional papers (Kathimerini, in.gr, Index,
Telex, a county paper, Yle, Helsingin Sanomat, Iltalehti, Digi24, HotNews, a regional daily, Hürriyet, Sözcü, ERR,
Postimees, Delfi, LSM, 15min, LRT), three pages each.

- the article (``A``): the text with its short lines: a one-line quote, a subheading ("Τι δείχνουν τα στοιχεία", "Mit
  jelent ez a gyakorlatban?", "Ce se schimbă", "Kuidas kokku hoida?"), a list the text announces with a colon (the
  stops, the counties, the fares, the doctors' tips), figures as labelled rows ("Benzin: 45,20 TL", "Lisänumero: 7"),
  a photo-less interview's one-word answers ("Σαράντα δύο.", "On.", "Ehkä.", "– Hayır.", "Nē.", "Protams."), short
  statements ("Nukentėjusiųjų nėra.", "Priežastys tiriamos."), an imperative tip ("Ära lülita tarbetult sauna sisse.");
- the residue (``R``): menus, breadcrumbs, share and follow rows, "Read also" and related links, comment counts and
  comment sections, sign-up, subscription and membership prompts, paywall notices, cookie banners, bylines, stamps
  ("Δημοσίευση: …", "Julkaistu …", "Giriş: …", "Publicēts: …", "Paskelbta: …", "Data publicării: …"), photo credits
  ("Foto: …", "Φωτογραφία:", "Kuva:", "Nuotr."), copyright and reuse tails, footers;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 211 ``A`` lines, 342
  ``R``, 24 ``T``, all eight languages.

Measured on main 3ed42a2: round 1 lost 4, left 35.

``python tests/test_periphery38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

from probes import (
    added_rule_tests,
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== el: a paper's economy story as an extractor leaves it: byline and stamp over it, a list of figures, a quote
    "el_kathimerini_inflation_extract": """\
T Στο 2,9% υποχώρησε ο πληθωρισμός τον Φεβρουάριο
R Γιάννης Παπαδόπουλος
R 12.03.2024 • 13:05
A Στο 2,9% υποχώρησε ο πληθωρισμός τον Φεβρουάριο, από 3,2% τον Ιανουάριο, σύμφωνα με τα στοιχεία που ανακοίνωσε σήμερα η ΕΛΣΤΑΤ.
A Η μεγαλύτερη άνοδος τιμών καταγράφηκε στα τρόφιμα και στις υπηρεσίες εστίασης, ενώ μειώθηκαν οι τιμές στην ενέργεια.
A Σε ετήσια βάση, οι τιμές στα τρόφιμα αυξήθηκαν κατά 5,6%.
A Τι δείχνουν τα στοιχεία
A Οι μεγαλύτερες αυξήσεις σημειώθηκαν στα εξής είδη:
A ελαιόλαδο: 58,3%
A φρούτα: 12,1%
A ζάχαρη: 9,4%
A «Η αποκλιμάκωση θα συνεχιστεί», δήλωσε ο υπουργός Οικονομικών.
A Η κυβέρνηση εξετάζει νέα μέτρα στήριξης για τα νοικοκυριά μέχρι το καλοκαίρι.
R Διαβάστε επίσης: Πώς θα δοθεί το market pass τον Απρίλιο
R Ακολουθήστε την Καθημερινή στο Google News
R Ετικέτες: Πληθωρισμός, ΕΛΣΤΑΤ, Ακρίβεια
""",
    # ===== el: a portal's breaking story, all the page's text: menu, breadcrumb, stamps, share row, photo credit,
    # related links, cookie banner, footer
    "el_ingr_earthquake_full": """\
R Μετάβαση στο περιεχόμενο
R Αρχική
R Ελλάδα
R Πολιτική
R Κόσμος
R Οικονομία
R Αθλητισμός
R Πολιτισμός
R Αρχική » Ελλάδα » Κοινωνία
T Σεισμός 4,8 Ρίχτερ στην Εύβοια – Αισθητός και στην Αθήνα
R Δημοσίευση: 12.03.2024, 08:47
R Ενημέρωση: 12.03.2024, 09:15
R Συντάκτης: Newsroom
R Κοινοποίηση
R Facebook
R Twitter
R Email
A Σεισμική δόνηση μεγέθους 4,8 βαθμών της κλίμακας Ρίχτερ σημειώθηκε στις 07:52 το πρωί της Τρίτης στη Βόρεια Εύβοια.
A Σύμφωνα με το Γεωδυναμικό Ινστιτούτο, το επίκεντρο εντοπίστηκε 12 χιλιόμετρα βορειοδυτικά της Μαντουδίου, σε εστιακό βάθος 9 χιλιομέτρων.
R Φωτογραφία: Eurokinissi
A Ο σεισμός έγινε αισθητός και στην Αθήνα, ιδίως στους ψηλούς ορόφους.
A Δεν έχουν αναφερθεί ζημιές.
A Ο σεισμολόγος Ευθύμιος Λέκκας δήλωσε στην ΕΡΤ ότι η δόνηση δεν προκαλεί ανησυχία.
A «Πρόκειται για μια συνηθισμένη σεισμική δόνηση για την περιοχή», είπε.
A Ακολούθησαν τρεις μετασεισμοί, ο μεγαλύτερος 3,1 Ρίχτερ.
R Σχετικά Άρθρα
R Νέος σεισμός στην Κρήτη: 4,2 Ρίχτερ νότια του Ηρακλείου
R Λέκκας: Τι λέει για τη σεισμική ακολουθία στη Σαντορίνη
R Ροή Ειδήσεων
R Δείτε όλες τις ειδήσεις
R Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στον ιστότοπό μας.
R Αποδοχή
R Ρυθμίσεις
R Όροι χρήσης
R Πολιτική απορρήτου
R Επικοινωνία
R © 2024 in.gr - Με την επιφύλαξη παντός δικαιώματος.
""",
    # ===== el: an interview with one-word answers as an extractor leaves it; photo credit, comments under it
    "el_interview_fisherman_extract": """\
T «Η θάλασσα δεν περιμένει»: Ο σφουγγαράς της Καλύμνου μιλά για τη δουλειά του
R Συνέντευξη στη Μαρία Γεωργίου
A Ο Νίκος Χατζηπέτρος βγάζει σφουγγάρια στην Κάλυμνο εδώ και σαράντα χρόνια. Μιλήσαμε μαζί του λίγο πριν από το πρώτο ταξίδι της χρονιάς.
A Πόσα χρόνια είστε στη θάλασσα;
A Σαράντα δύο.
A Φοβηθήκατε ποτέ;
A Πολλές φορές.
A Τι έχει αλλάξει από τότε που ξεκινήσατε;
A Όλα. Τα σφουγγάρια λιγοστεύουν, τα παιδιά φεύγουν για την Αθήνα και οι βάρκες μένουν δεμένες στο λιμάνι.
A Θα συνεχίσετε;
A Ναι, όσο αντέχω.
A Τι θα λέγατε σε έναν νέο που θέλει να γίνει δύτης;
A Να το σκεφτεί καλά.
R Φωτογραφίες: Κώστας Αντωνίου
R Σχόλια (3)
R Γράψτε το σχόλιό σας
R Γιώργος Κ. 12.03.2024 10:14
R Μπράβο στον άνθρωπο, τέτοιοι έμειναν λίγοι.
R Απάντηση
R Εγγραφείτε στο newsletter μας
""",
    # ===== hu: a portal's city story, all the page's text: menu, breadcrumb, stamps, share row, photo credit, a list of
    # stops, related links, follow call, cookie banner, footer
    "hu_index_bridge_full": """\
R Ugrás a tartalomhoz
R Belföld
R Külföld
R Gazdaság
R Sport
R Kultúr
R Tech-Tudomány
R Címlap / Belföld
T Lezárják a Lánchidat a hétvégén
R 2024.03.12. 14:35
R Módosítva: 2024.03.12. 16:02
R Kovács Anna
R Megosztás
R Facebook
R Link másolása
A Szombat reggel hat órától vasárnap este tíz óráig teljesen lezárják a budapesti Lánchidat – közölte kedden a Budapest Közút.
A A hídon a gyalogosok sem közlekedhetnek.
A A lezárás oka a hídfők burkolatának javítása, amelyet a tavaszi esőzések előtt be kell fejezni.
A A BKV a 16-os buszt a Margit hídon keresztül tereli.
R Fotó: Kovács Tamás / MTI
A A 105-ös busz a következő megállókat nem érinti:
A Clark Ádám tér
A Széchenyi István tér
A Deák Ferenc tér
A „Kérjük az utasokat, hogy tervezzenek több időt” – mondta a BKV szóvivője.
A Az autósoknak az Erzsébet és a Margit híd felé érdemes kerülniük.
R Kapcsolódó cikkek
R Újabb forgalomkorlátozások jönnek a fővárosban
R Felújítják a Margit híd villamosmegállóit
R Kövesse az Indexet a Facebookon is!
R Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.
R Elfogadom
R Beállítások
R Impresszum
R Adatvédelem
R © 2024 Index.hu Zrt. Minden jog fenntartva.
""",
    # ===== hu: a paper's economy story as an extractor leaves it: a question as a subheading, a one-line quote, the
    # newsletter call and the membership appeal under it
    "hu_telex_minimum_wage_extract": """\
T Ennyi lesz jövőre a minimálbér
R Kovács Péter
R 2024. március 12. – 09:14
A Decembertől 266 800 forint lesz a bruttó minimálbér, a garantált bérminimum pedig 326 000 forint – jelentette be a kormány.
A Ez 15 százalékos emelést jelent.
A A megállapodást a versenyszféra és a kormány konzultációs fóruma hagyta jóvá hétfőn.
A Mit jelent ez a gyakorlatban?
A Nettóban a minimálbér 177 422 forint lesz.
A A munkáltatók szerint az emelés sok kisvállalkozást nehéz helyzetbe hoz.
A „Ennyit nem tudunk kigazdálkodni” – mondta lapunknak egy debreceni pékség tulajdonosa.
A A szakszervezetek ennél többet, 20 százalékot kértek.
R A Telex hírlevele: iratkozz fel, és minden reggel elküldjük a legfontosabb híreket.
R Támogasd a Telexet!
R Ha fontosnak tartod a független újságírást, támogasd a munkánkat havi rendszerességgel.
R Támogatom
R Címkék: minimálbér, bérek, kormány
""",
    # ===== hu: a county paper's story, all the page's text: login and subscription links, stamp and byline, the list
    # of papers to bring, related links, the empty comment box, publisher's line
    "hu_regional_nursery_full": """\
R Keresés
R Bejelentkezés
R Előfizetés
R Hírek
R Helyi
R Sport
R Szabadidő
R Gasztro
R Időjárás
R Haon / Helyi közélet
T Új bölcsőde nyílik Debrecenben
R Létrehozva: 2024.03.12. 10:20
R Szerző: Nagy Erika
A Hatvan férőhellyel nyílik meg szeptemberben a debreceni Tócóskert új bölcsődéje.
A A beruházás 820 millió forintba került, nagyobb részét uniós forrásból fedezték.
A Az épületben négy csoportszoba, tornaterem és sószoba kapott helyet.
A Jelentkezni április 30-ig lehet.
A A jelentkezéshez szükséges:
A a gyermek születési anyakönyvi kivonata,
A lakcímkártya,
A munkáltatói igazolás.
A A polgármester az átadón azt mondta: a városban még legalább két új bölcsődére lenne szükség.
R Ez is érdekelheti
R Felújítják a Nagyerdei körutat
R Hőségriasztás: ingyenes ivóvíz a belvárosban
R Még nem érkezett hozzászólás.
R Hozzászólás írásához be kell jelentkezni.
R Kiadja: Mediaworks Hungary Zrt.
R Minden jog fenntartva.
""",
    # ===== fi: a public broadcaster's story, all the page's text: skip link, menu, stamps, share, photo credit, a list
    # the text announces, a dash quote, read-also, the comment window, cookie banner, footer
    "fi_yle_strike_full": """\
R Siirry suoraan sisältöön
R Yle
R Uutiset
R Areena
R Urheilu
R Kotimaa
R Ulkomaat
R Talous
R Kulttuuri
T Helsingin raitiovaunut pysähtyvät perjantaina lakon vuoksi
R Julkaistu 12.3.2024 14:35
R Päivitetty 12.3.2024 16:02
R Jaa
A Raitiovaunuliikenne Helsingissä pysähtyy perjantaina koko päiväksi, kertoo Helsingin kaupunkiliikenne.
A Syynä on Julkisten ja hyvinvointialojen liiton JHL:n poliittinen lakko.
A Myös metro kulkee harvemmin.
R Kuva: Antti Kolppo / Yle
A Lakko alkaa perjantaina kello 4 ja päättyy lauantaiaamuna.
A HSL suosittelee, että matkustajat tarkistavat yhteytensä Reittioppaasta.
A Lakon vaikutukset lyhyesti:
A raitiovaunut eivät kulje
A metro kulkee 10 minuutin välein
A lähijunat kulkevat normaalisti
A – Ymmärrämme, että tämä aiheuttaa haittaa, sanoo HSL:n liikennejohtaja.
A Seuraava neuvottelukierros on ensi viikolla.
R Lue myös:
R Ammattiliitot jatkavat lakkoja – katso lista
R Keskustele
R Voit keskustella aiheesta 13.3. kello 23:00 asti.
R Evästeasetukset
R Yle.fi käyttää evästeitä.
R Hyväksy kaikki
R Yleisradio
R Tietoa Ylestä
R Ota yhteyttä
R Copyright © Yle 2024
""",
    # ===== fi: a paper's interview with one-word answers as an extractor leaves it: text and photo credits over it,
    # the paywall under it
    "fi_hs_nurse_interview_extract": """\
T ”En ole koskaan ollut näin väsynyt” – Hoitaja kertoo, miltä arki päivystyksessä tuntuu
R Teksti: Liisa Mäkinen
R Kuvat: Jussi Nukari
A Sairaanhoitaja Anna Virtanen on tehnyt yövuoroja Meilahden päivystyksessä yhdeksän vuotta.
A Viime talvena hän harkitsi ensimmäistä kertaa alan vaihtamista.
A Kuinka monta potilasta hoidat yövuorossa?
A Pahimmillaan kaksikymmentä.
A Onko se liikaa?
A On.
A Mikä pitää sinut työssä?
A Työkaverit. Ja se, että joskus onnistumme oikeasti auttamaan.
A Aiotko jatkaa?
A Ehkä.
R Tämä artikkeli on vain tilaajille.
R Tilaa HS ja lue rajattomasti.
R Tilaa nyt
R Oletko jo tilaaja? Kirjaudu sisään
""",
    # ===== fi: a tabloid's lottery story as an extractor leaves it: the winning numbers and labelled extras, the
    # read-more, comment count, login and follow call
    "fi_iltalehti_lotto_extract": """\
T Lotossa jaossa 10 miljoonan euron jättipotti
R 12.3.2024 19:45
R Matti Korhonen
A Lauantain Lotossa on jaossa ennätyksellinen 10 miljoonan euron päävoitto.
A Näin suuri potti on Suomessa vasta kolmatta kertaa.
A Veikkauksen mukaan pelaajia on odotettavissa tavallista enemmän.
A Edellisen kierroksen oikeat numerot olivat:
A 3, 11, 17, 22, 28, 34 ja 39
A Lisänumero: 7
A Plusnumero: 21
A Yksi pelaaja Tampereelta sai kuusi oikein ja lisänumeron.
A Voittoa ei ole vielä lunastettu.
R Lue lisää: Näin lottovoittajan kannattaa toimia ensimmäisellä viikolla
R Kommentit (23)
R Kirjaudu sisään kommentoidaksesi
R Seuraa Iltalehteä Facebookissa
""",
    # ===== ro: a news channel's weather story, all the page's text: menu, breadcrumb, stamps, share row, the list of
    # counties, photo credit, read-also, Google News and newsletter calls, cookie banner, footer
    "ro_digi24_snow_full": """\
R Acasă
R Știri
R Actualitate
R Politică
R Economie
R Externe
R Sport
R Acasă » Actualitate » Social
T Cod galben de ninsori în 12 județe. Lista zonelor afectate
R Data publicării: 12.03.2024 14:35
R Data actualizării: 12.03.2024 16:02
R Autor: Andreea Popescu
R Distribuie
R Facebook
R WhatsApp
A Administrația Națională de Meteorologie a emis marți o atenționare cod galben de ninsori și vânt puternic pentru 12 județe.
A Avertizarea este valabilă de miercuri de la ora 10:00 până joi la ora 18:00.
A Județele vizate sunt:
A Suceava
A Neamț
A Harghita
A Covasna
A Brașov
A Stratul de zăpadă va crește cu 15–25 de centimetri, iar la munte cu peste 40.
R Foto: Inquam Photos / Octav Ganea
A „Recomandăm șoferilor să nu plece la drum fără echipament de iarnă”, a transmis Poliția Română.
A Drumarii au pregătit 1.200 de utilaje.
R Citește și: Cum va fi vremea de Paște. Prognoza ANM pentru aprilie
R Urmărește-ne pe Google News
R Abonează-te la newsletterul Digi24
R Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună.
R Accept
R Setări cookie
R Termeni și condiții
R Politica de confidențialitate
R Copyright © 2024 Digi24. Toate drepturile rezervate.
""",
    # ===== ro: a portal's pensions story as an extractor leaves it: byline, stamp, a subheading over three short
    # figures, a quote; read-also, follow call, comment count
    "ro_hotnews_pensions_extract": """\
T Guvernul a aprobat noile pensii. Ce se schimbă de la 1 septembrie
R de Mihai Ionescu
R 12 mar 2024, 09:41
A Guvernul a aprobat marți ordonanța de urgență privind recalcularea pensiilor, care va intra în vigoare la 1 septembrie.
A Aproximativ 4,9 milioane de pensionari vor primi pensii mai mari.
A Ce se schimbă
A Punctul de pensie crește la 81 de lei.
A Pensia minimă ajunge la 1.281 de lei.
A Stagiul complet de cotizare rămâne 35 de ani.
A „Nimeni nu va pierde bani”, a declarat ministrul Muncii.
A Opoziția a anunțat că va ataca ordonanța la Curtea Constituțională.
R Citește și:
R Cât câștigă un pensionar din Germania față de unul din România
R Urmărește HotNews pe Facebook
R Comentarii (57)
R Autentifică-te pentru a comenta
""",
    # ===== ro: a regional paper's story, all the page's text: menu, stamps, a list with its items closed by ";",
    # readers' comments with their reply buttons, footer
    "ro_regional_hospital_full": """\
R Ziarul de Iași
R Prima pagină
R Local
R Social
R Sport
R Opinii
R Anunțuri
R Caută
T Spitalul de Copii din Iași primește un aparat RMN nou
R Publicat: marți, 12 martie 2024, 10:15
R Ultima actualizare: marți, 12 martie 2024, 11:02
A Spitalul Clinic de Urgență pentru Copii „Sfânta Maria” din Iași a primit un aparat de rezonanță magnetică nou, în valoare de 7,5 milioane de lei.
A Aparatul a fost cumpărat din fonduri europene.
A Până acum, copiii așteptau și câte trei luni pentru o investigație.
A Managerul spitalului a spus că timpul de așteptare va scădea la sub o săptămână.
A Câți pacienți vor fi investigați:
A 20 pe zi în primul an;
A 30 pe zi din 2025.
A Primii pacienți vor fi programați de luni.
R Comentarii (4)
R Adaugă un comentariu
R ionut_ias 12.03.2024, 11:40
R În sfârșit o veste bună pentru Iași!
R Răspunde
R maria.p 12.03.2024, 12:05
R Sper să aibă și personal pentru el.
R Răspunde
R Abonează-te
R Contact
R Publicitate
R © Ziarul de Iași 2024
""",
    # ===== tr: a paper's schools story, all the page's text: menu, section, stamps, share, "Haberin Devamı" between
    # paragraphs, a quote announced by a colon, related links, the KVKK cookie notice, footer
    "tr_hurriyet_snow_full": """\
R Ana Sayfa
R Gündem
R Ekonomi
R Dünya
R Spor
R Yazarlar
R Magazin
R Gündem Haberleri
T İstanbul'da yarın okullar tatil mi? Valilikten kar açıklaması
R Giriş: 12.03.2024 - 14:35
R Güncelleme: 12.03.2024 - 16:02
R Paylaş
A İstanbul Valiliği, yoğun kar yağışı nedeniyle yarın ilk ve ortaokullarda eğitime bir gün ara verildiğini açıkladı.
A Liseler ve üniversiteler açık olacak.
A Meteoroloji Genel Müdürlüğü, kar yağışının çarşamba öğle saatlerine kadar süreceğini bildirdi.
A Kar kalınlığının yüksek kesimlerde 20 santimetreyi bulması bekleniyor.
R Haberin Devamı
A Valilik açıklamasında şu ifadelere yer verildi:
A “Vatandaşlarımızın zorunlu olmadıkça özel araçlarıyla trafiğe çıkmamaları önemle rica olunur.”
A İETT, sefer sayısını yüzde 15 artıracak.
A Metro seferleri gece 02.00'ye kadar uzatıldı.
R İlgili Haberler
R Ankara'da okullar tatil mi? Valilik açıkladı
R Hava durumu: Yeni haftada sıcaklık düşüyor
R Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.
R Kabul Et
R Künye
R Gizlilik
R İletişim
R © Copyright 2024 Hürriyet
""",
    # ===== tr: a paper's fuel-price story as an extractor leaves it: prices as labelled rows, a quote after a colon,
    # photo credit, Google News and subscribe calls, comment count
    "tr_sozcu_fuel_extract": """\
T Akaryakıta zam: Benzinin litresi 45 lirayı aştı
R Sözcü Ekonomi
R 12.03.2024 09:41
A Benzine gece yarısından itibaren geçerli olmak üzere 1 lira 12 kuruş zam geldi.
A İstanbul'da benzinin litresi 45,20 liraya yükseldi.
A Motorinde ise fiyat değişmedi.
A Sektör kaynakları, zammın petrol fiyatlarındaki artıştan kaynaklandığını belirtti.
A Güncel akaryakıt fiyatları şöyle:
A Benzin: 45,20 TL
A Motorin: 44,05 TL
A LPG: 22,80 TL
A Sürücüler tepkili: “Her hafta yeni bir zam.”
R Foto: AA
R SÖZCÜ'yü Google News'te takip edin
R Abone Ol
R Yorumlar (12)
R Yorum yaz
""",
    # ===== tr: an interview with dashes and one-word answers as an extractor leaves it; the related box, the source
    # and rights lines
    "tr_interview_actor_extract": """\
T Usta oyuncu: “Tiyatro benim evim”
R Röportaj: Ayşe Demir
A Kırk yıldır sahnede olan oyuncu Mehmet Yılmaz, yeni oyunu için Ankara'ya geldi. Provadan çıkarken konuştuk.
A – Kaç yaşında sahneye çıktınız?
A – On iki.
A – Hiç bırakmayı düşündünüz mü?
A – Hayır.
A – Sizi en çok ne yoruyor?
A – Turneler. Her akşam başka bir şehirde uyanmak kolay değil.
A – Genç oyunculara tavsiyeniz var mı?
A – Sabırlı olsunlar.
A Oyun, 15 Mart'ta Ankara Devlet Tiyatrosu'nda prömiyer yapacak.
R Bu haber ilginizi çekebilir
R Ünlü yönetmen yeni filmini anlattı
R Haber Kaynağı: DHA
R Tüm hakları saklıdır. İzinsiz kullanılamaz.
""",
    # ===== et: a public broadcaster's story, all the page's text: menu, photo credit over the text, the stops one a
    # line, the editor and source under it, read-also, share, cookie banner, footer
    "et_err_tram_full": """\
R ERR.ee
R Uudised
R Eesti
R Maailm
R Majandus
R Kultuur
R Sport
R Menüü
T Tallinna trammiliin Vanasadamasse avatakse juunis
R Foto: Siim Lõvi / ERR
A Uus trammiliin Vanasadama ja Hobujaama vahel avatakse liiklusele 1. juunil, teatas Tallinna linnavalitsus.
A Liini pikkus on 1,2 kilomeetrit.
A Ehitus läks maksma 26 miljonit eurot, millest suurem osa tuli Euroopa Liidu toetustest.
A Tramm hakkab sõitma iga kümne minuti järel.
A Abilinnapea sõnul vähendab uus liin autoliiklust kesklinnas.
A "Sadamasse saab nüüd mugavalt ka ilma autota," ütles ta.
A Liinil on kolm peatust:
A Hobujaama
A Kanuti
A Vanasadam
R Toimetaja: Mari Tamm
R Allikas: ERR
R Loe ka
R Tallinna ühistranspordi piletid kallinevad
R Jaga
R ERR kasutab küpsiseid, et pakkuda paremat kasutajakogemust.
R Nõustun
R Eesti Rahvusringhääling
R Kontakt
R © 2024 ERR
""",
    # ===== et: a paper's energy story as an extractor leaves it: byline and job title, stamp, a question subheading,
    # an imperative tip, the ad note, paywall and comment count
    "et_postimees_power_extract": """\
T Elektri hind tõuseb homme rekordkõrgele
R Jaan Kask
R reporter
R 12. märts 2024, 14:35
A Eleringi andmetel on elektri börsihind homme keskmiselt 312 eurot megavatt-tunni eest.
A Kõige kallim on elekter kella 18 ja 19 vahel, mil hind ulatub 780 euroni.
A Põhjus on tuulevaikne ilm ja mitme elektrijaama hooldus.
A Kuidas kokku hoida?
A Elektrimüüjad soovitavad pesumasina ja nõudepesumasina käivitada öösel.
A Ära lülita tarbetult sauna sisse.
A Homme õhtul on see eriti kallis.
R Artikkel jätkub pärast reklaami
R Postimehe artiklid on lugemiseks tellijatele.
R Telli Postimees
R Juba tellija? Logi sisse
R Kommentaarid (12)
""",
    # ===== et: a portal's police appeal, all the page's text: menu, breadcrumb, stamp, a missing boy's description in
    # short lines, the phone and e-mail, share row, read-more, cookie banner, footer
    "et_delfi_missing_full": """\
R Delfi
R Eesti
R Välismaa
R Majandus
R Sport
R Kultuur
R Delfi » Eesti » Krimi
T Politsei otsib Tartus kadunud 14-aastast poissi
R 12.03.2024 09:41
R Delfi Eesti
A Lõuna prefektuur palub abi 14-aastase Markus Saare leidmiseks, kes lahkus esmaspäeva hommikul kodust Annelinnas ega ole sinna naasnud.
A Markus on umbes 170 cm pikk ja saleda kehaehitusega.
A Tal on lühikesed heledad juuksed.
A Viimati nähti teda kandmas musta jopet ja halle teksaseid.
A Kõigil, kes on poissi näinud, palutakse helistada numbril 112.
A Info võib saata ka e-posti aadressile lounapref@politsei.ee.
R Jaga artiklit
R Facebook
R Kopeeri link
R Loe lisaks
R Narvas süttis korterelamu
R Delfi kasutab küpsiseid. Jätkates nõustud küpsiste kasutamisega.
R Sain aru
R Ekspress Meedia AS
R Kõik õigused kaitstud
""",
    # ===== lv: a portal's transport story, all the page's text: menu, breadcrumb, stamp, share row, the new fares one a
    # line, photo credit, read-also, comment count, cookie banner, footer
    "lv_delfi_tickets_full": """\
R Delfi
R Ziņas
R Latvijā
R Pasaulē
R Bizness
R Sports
R Izklaide
R Ziņas / Latvijā
T Rīgā no aprīļa dārgāka sabiedriskā transporta biļete
R Publicēts: 12.03.2024 14:35
R Dalīties
R Facebook
R X
A No 1. aprīļa vienreizējā biļete Rīgas sabiedriskajā transportā maksās 1,50 eiro līdzšinējo 1,20 eiro vietā, lēmusi Rīgas dome.
A Mēneša biļetes cena nemainīsies.
A "Rīgas satiksmes" valdes priekšsēdētājs skaidroja, ka cenas kāpums vajadzīgs degvielas un algu izdevumu dēļ.
A Jaunās cenas:
A vienreizējā biļete – 1,50 eiro;
A diennakts biļete – 5 eiro;
A mēneša biļete – 30 eiro.
A Skolēni un pensionāri joprojām brauks bez maksas.
R Foto: LETA
R Lasi arī
R Jūrmalā slēgs vilcienu satiksmi uz nedēļu
R Komentāri (15)
R Šī vietne izmanto sīkdatnes. Turpinot lietot vietni, jūs piekrītat sīkdatņu izmantošanai.
R Piekrītu
R Par mums
R Kontakti
R © 2024 Delfi. Visas tiesības aizsargātas.
""",
    # ===== lv: a public broadcaster's interview with one-word answers as an extractor leaves it; the error-report
    # note, follow call, link-copied toast
    "lv_lsm_conductor_extract": """\
T Diriģents: "Kora dziesma ir mūsu valoda"
R Intervija
R Anna Bērziņa
R LSM.lv
A Diriģents Jānis Ozols gatavo Dziesmu svētku noslēguma koncertu. Sarunājāmies pēc mēģinājuma Mežaparkā.
A Cik koru dziedās noslēguma koncertā?
A Vairāk nekā četri simti.
A Vai tas nav par daudz?
A Nē.
A Kura dziesma jums ir vistuvākā?
A "Pūt, vējiņi". To dzied visi, un katru reizi citādi.
A Vai jūs uztraucaties?
A Protams.
A Koncerts notiks 6. jūlijā plkst. 20.00.
R Ja pamanījāt kļūdu, iezīmējiet tekstu un nospiediet Ctrl+Enter!
R Seko LSM.lv arī Facebook un Instagram!
R Raksta saite nokopēta
""",
    # ===== lv: a regional paper's story, all the page's text: menu with the subscribe link, a bare date, byline, the
    # fares one a line, a quote after a colon, related, the comment box and login note, the reprint notice
    "lv_regional_castle_full": """\
R Bauskas Dzīve
R Jaunumi
R Novadā
R Sports
R Kultūra
R Sludinājumi
R Abonēt
T Bauskas pilsdrupas atkal atvērs apmeklētājiem
R 12.03.2024
R Autors: Ilze Kalniņa
A Pēc divus gadus ilgas konservācijas Bauskas pilsdrupas no 1. maija atkal būs pieejamas apmeklētājiem.
A Darbi izmaksāja 1,4 miljonus eiro.
A Apmeklētāji varēs uzkāpt rietumu tornī, no kura paveras skats uz abām upēm.
A Ieejas maksa:
A pieaugušajiem – 5 eiro
A skolēniem – 2 eiro
A Muzeja direktore sacīja: "Esam gaidījuši šo dienu ilgi."
A Pilsdrupas būs atvērtas katru dienu no plkst. 10 līdz 18.
R Jums varētu interesēt
R Bauskā atklās jaunu tirgus laukumu
R Komentāri
R Pievienot komentāru
R Lai komentētu, jums jāpiesakās.
R © Bauskas Dzīve. Visas tiesības aizsargātas. Materiālu pārpublicēšana bez redakcijas atļaujas aizliegta.
""",
    # ===== lt: a portal's city story, all the page's text: menu, breadcrumb, stamps, share row, short figures with a
    # dash, photo credit, a list of two places, read-also, comments, cookie banner, footer
    "lt_15min_bridge_full": """\
R 15min
R Naujienos
R Lietuvoje
R Pasaulyje
R Verslas
R Sportas
R Kultūra
R Naujienos / Lietuvoje
T Vilniuje atidarytas naujas tiltas per Nerį
R Paskelbta: 2024-03-12 14:35
R Atnaujinta: 2024-03-12 16:02
R Dalintis
R Facebook
R Kopijuoti nuorodą
A Antradienį Vilniuje atidarytas naujas pėsčiųjų ir dviratininkų tiltas per Nerį, jungiantis Žirmūnus ir Antakalnį.
A Tilto ilgis – 210 metrų.
A Statybos kainavo 18 mln. eurų.
R Nuotr. Luko Balandžio / 15min
A „Tai tiltas, kurio miestas laukė dešimtmečius“, – sakė Vilniaus meras.
A Tiltu jau pirmąją dieną pasinaudojo keli tūkstančiai žmonių.
A Savivaldybė planuoja dar du tiltus:
A prie Valakampių;
A prie Žvėryno.
R Taip pat skaitykite
R Vilniuje bus uždarytas Gedimino prospektas
R Komentarai (34)
R Rašyti komentarą
R 15min naudoja slapukus. Naršydami toliau sutinkate su slapukų naudojimu.
R Sutinku
R Apie mus
R Reklama
R © 2024 UAB „15min“. Visos teisės saugomos.
""",
    # ===== lt: a public broadcaster's health story as an extractor leaves it: the doctors' tips one a line, a quote,
    # more-news, follow call, reuse notice
    "lt_lrt_flu_extract": """\
T Lietuvoje daugėja gripo atvejų
R LRT.lt
R 2024-03-12 09:41
A Per pastarąją savaitę Lietuvoje užregistruota 12 tūkst. sergamumo gripu ir kitomis ūminėmis viršutinių kvėpavimo takų infekcijomis atvejų.
A Tai 18 proc. daugiau nei prieš savaitę.
A Epidemijos slenkstis viršytas penkiose savivaldybėse.
A Gydytojai pataria:
A dažnai plauti rankas;
A vėdinti patalpas;
A susirgus likti namuose.
A „Skiepytis dar nevėlu“, – sako infektologė.
A Vakcina nemokama vyresniems nei 65 metų žmonėms.
R Daugiau naujienų
R Sekite LRT.lt Facebook ir Instagram
R LRT.lt turinio naudojimas be raštiško sutikimo draudžiamas.
""",
    # ===== lt: a portal's fire story as an extractor leaves it: byline, site, stamp, short lines, readers' comments
    # (names alone over their replies) and the reprint ban
    "lt_delfi_fire_extract": """\
T Kaune degė daugiabutis: evakuota 40 gyventojų
R Aistė Jonaitienė
R DELFI
R 2024 m. kovo 12 d. 07:15
A Naktį Kaune, Šilainiuose, kilo gaisras devynių aukštų daugiabutyje.
A Ugniagesiai evakuavo 40 gyventojų.
A Nukentėjusiųjų nėra.
A Gaisras kilo trečio aukšto bute, virtuvėje.
A Priežastys tiriamos.
A Gyventojai į namus galėjo grįžti tik paryčiais.
R Parašykite komentarą
R Komentarai (8)
R Petras
R Gerai, kad niekas nenukentėjo.
R Atsakyti
R Rūta
R Ačiū ugniagesiams!
R Atsakyti
R Griežtai draudžiama Delfi paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors pavidalu be sutikimo.
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    "et_err_tram_full": ["Liinil on kolm peatust:", "Hobujaama", "Kanuti", "Vanasadam"],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    "et_delfi_missing_full": 3,
    "et_err_tram_full": 1,
    "et_postimees_power_extract": 2,
    "fi_hs_nurse_interview_extract": 2,
    "fi_iltalehti_lotto_extract": 1,
    "fi_yle_strike_full": 3,
    "hu_index_bridge_full": 1,
    "hu_regional_nursery_full": 3,
    "hu_telex_minimum_wage_extract": 4,
    "lt_delfi_fire_extract": 2,
    "lt_lrt_flu_extract": 2,
    "lv_lsm_conductor_extract": 6,
    "lv_regional_castle_full": 1,
    "tr_interview_actor_extract": 4,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT = {
    "el": [
        "Το δημοτικό συμβούλιο της Θεσσαλονίκης ενέκρινε τη Δευτέρα την ανάπλαση της παραλιακής λεωφόρου, ένα έργο που θα κοστίσει 14 εκατομμύρια ευρώ.",
        "Οι εργασίες αναμένεται να ξεκινήσουν τον Σεπτέμβριο και να ολοκληρωθούν σε δύο χρόνια.",
        "Οι κάτοικοι της περιοχής ζητούν εδώ και χρόνια περισσότερο πράσινο και ποδηλατόδρομους.",
    ],
    "hu": [
        "A szegedi közgyűlés hétfőn jóváhagyta a Tisza-part felújítását, amely a tervek szerint 14 milliárd forintba kerül.",
        "A munkálatok szeptemberben kezdődnek, és két évig tartanak.",
        "A környéken élők évek óta több zöldfelületet és kerékpárutat kérnek a várostól.",
    ],
    "fi": [
        "Tampereen kaupunginvaltuusto hyväksyi maanantaina rantaväylän peruskorjauksen, jonka hinnaksi arvioidaan 14 miljoonaa euroa.",
        "Työt alkavat syyskuussa ja kestävät kaksi vuotta.",
        "Alueen asukkaat ovat vuosia toivoneet lisää viheralueita ja pyöräteitä.",
    ],
    "ro": [
        "Consiliul Local Cluj-Napoca a aprobat luni reabilitarea malurilor Someșului, un proiect de 14 milioane de euro.",
        "Lucrările ar urma să înceapă în septembrie și să dureze doi ani.",
        "Locuitorii din zonă cer de ani de zile mai multe spații verzi și piste de biciclete.",
    ],
    "tr": [
        "İzmir Büyükşehir Belediye Meclisi pazartesi günü Kordon'un yenilenmesi projesini onayladı, projenin maliyeti 400 milyon lira.",
        "Çalışmaların eylülde başlaması ve iki yıl sürmesi bekleniyor.",
        "Bölge sakinleri yıllardır daha fazla yeşil alan ve bisiklet yolu istiyor.",
    ],
    "et": [
        "Tartu linnavolikogu kiitis esmaspäeval heaks Emajõe kallasraja rekonstrueerimise, mis läheb maksma 14 miljonit eurot.",
        "Tööd algavad septembris ja kestavad kaks aastat.",
        "Piirkonna elanikud on aastaid soovinud rohkem haljasalasid ja jalgrattateid.",
    ],
    "lv": [
        "Liepājas dome pirmdien apstiprināja jūrmalas promenādes pārbūvi, kas izmaksās 14 miljonus eiro.",
        "Darbi sāksies septembrī un ilgs divus gadus.",
        "Apkaimes iedzīvotāji jau gadiem ilgi lūdz vairāk zaļo zonu un veloceliņu.",
    ],
    "lt": [
        "Klaipėdos miesto taryba pirmadienį pritarė pajūrio promenados rekonstrukcijai, kuri kainuos 14 mln. eurų.",
        "Darbai prasidės rugsėjį ir truks dvejus metus.",
        "Apylinkių gyventojai jau daug metų prašo daugiau žaliųjų zonų ir dviračių takų.",
    ],
}

#: (language, residue line, the pass that takes it)
GOES: list[tuple[str, str, str]] = []

#: (language, an article's sentence with the added rules' words)
STAYS: list[tuple[str, str]] = []

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
