# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""turkgreek43: a probe of general news in Turkish, Greek and Cypriot outlets, scraped as text (half as an extractor
leaves them, half as all the visible text of the page), in tr and el, with a little en from Cypriot sites:
Hürriyet/Sözcü/NTV/BBC Türkçe-style and Kathimerini/ERT/Protothema/in.gr/Philenews/Cyprus Mail-style pages on
politics, the economy (rates of the lira and the euro, inflation, fuel prices), earthquakes, fires and the weather,
sport and culture.

- the article (``A``): its prose, and the short lines that are its content: a quake's facts ("Büyüklük: 5,8",
  "Derinlik: 7 km", "Μέγεθος: 5,2 Ρίχτερ", "Magnitude: 4.6"), rates rows ("Dolar: 32,15 TL", "Ευρώ/Δολάριο:
  1,0932"), a match's score, goals and line-ups ("Hakem: Arda Kardeşler", "23' Ελ Κααμπί 1-0"), election results
  ("CHP: yüzde 51,1"), a column's one-line sentences ("Seçim bitti."), subheadings and questions ("Ne biliyoruz?",
  "Τι γνωρίζουμε μέχρι τώρα"), lists ("85 πυροσβέστες", "Göçmenköy"), a review's facts box ("Yönetmen: …",
  "Σκηνοθεσία: …"), one-line quotes;
- the residue (``R``): "İlgili Haberler", "Haberin devamı", "Abone ol", "Google News'te takip edin", "Paylaş",
  "Yorum yap", "Διαβάστε επίσης", "Δείτε επίσης", "Ακολουθήστε μας στο Google News", "Κοινοποίηση", "Σχόλια", "Ροή
  ειδήσεων" and its items, the teasers under them, stamps ("Güncelleme: 12.03.2024 14:35", "Ενημερώθηκε: 12.03.2024 |
  14:35"), bylines and desks ("Haber Merkezi", "Newsroom"), tags, menus, footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 23 pages (13 extracts, 10 full pages), 192 ``A`` lines, 283
  ``R``, tr, el and en.
- round 2, after the changes, aimed at them: 6 pages, 38 ``A``, 52 ``R``: a derby's facts box with its crowd over the
  line-ups and a teaser box under them; a Greek and a Cypriot English match report closing on its facts and line-ups
  (no scorers' row); a budget story's "Öne çıkanlar" over its rows of figures inside the text and a real "Öne
  çıkanlar" teaser box under it; an in.gr-style page whose lead is a full paragraph; a column with a one-word quote
  ("Tamam.") over the empty comment box and a cookie banner's "Tamam".

Measured on main c9dcf55: round 1 lost 6, left 35; round 2 lost 15, left 8. Lost: a subheading a table reads as a
teaser box's ("Öne çıkanlar") over three rows of figures ("Gıdada yıllık artış yüzde 71,1") with the rows (teaser-box);
a match's facts box after the report's last paragraph ("Stat: Ülker", "Hakem: Arda Kardeşler", "Seyirci: 38.412" over
the line-ups; edge-furniture's run), and where no scorers' row with figures follows them, the line-ups too
("Γήπεδο: …", "Διαιτητής: …", "ΑΕΚ: Αθανασιάδης, Ρότα, …"; "Venue: …", "Referee: …", "Apoel: Belec, …").

After: round 1 lost 0, left 16; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_turkgreek.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``facts_over_lineup`` (edge-furniture's guard at the tail): a chain of up to four short labelled values ("Stat:
  Ülker", "Διαιτητής: Σιδηρόπουλος") right over a kept line-up stays; where the run took the line-ups too, two line-ups
  of eight names or more one under the other, with the facts over them, right under the article's last sentence,
  stay as the box. The same labelled lines over a share row and a teaser box still go, and so do a tags line and a
  categories line of eight names each (tests).
- ``figure_rows`` (teaser-box's guard): a teaser heading over two or more rows right under it, each closing on a rate
  or a share (decimals or a per cent sign), all sharing a word of four letters or more ("… yıllık artış yüzde 71,1"),
  is the article's own list. "Öne çıkanlar" over other stories' headlines, over a rates widget's rows ("Dolar 32,15" /
  "Euro 35,12": no shared word), over headlines closing on a year or a round price, still goes; a player's button over
  rates goes alone as before (own_player; test_latam43) (tests).
- tables, each in a ``# turkgreek43:`` block at its list's end: tr ``metadata.dateline`` "Giriş: 12.03.2024 14:35
  Güncelleme: 12.03.2024 15:02"; tr ``promos.cta`` the outlet named with its suffix on a platform
  ("NTV.com.tr'yi Google News üzerinden takip edin", "BBC Türkçe'yi YouTube'dan takip edebilirsiniz.") and a section's
  news link ("Sinema haberleri için tıklayın"); tr ``comments.ui`` "Bu yazıya henüz yorum yapılmamış. İlk yorumu siz
  yapın."; tr ``promos.heading`` "Haberle ilgili daha fazlası:"; tr ``cookies.button`` "tamam" (as en's "OK"); el
  ``widgets.social`` "Κοινοποιήστε το άρθρο"; el ``comments.section_start`` "Γράψτε το σχόλιό σας" (the enclitic
  accent); el ``promos.cta`` "Δείτε όλες τις τελευταίες Ειδήσεις … στο protothema.gr"; el ``metadata.byline``
  "Newsroom", "Protothema Newsroom"; el ``metadata.labelled_byline`` "Συντάκτης: in.gr Team". Each has a sentence with
  its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_turkgreek43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a quake story as an extractor leaves it: the quake's facts as short lines, share row, related
    "tr_deprem_extract": """\
T Malatya'da 5,8 büyüklüğünde deprem! AFAD'dan ilk açıklama
R Giriş: 12.03.2024 14:35 Güncelleme: 12.03.2024 15:02
R Paylaş
R Abone ol
A Malatya'nın Yeşilyurt ilçesinde saat 14.21'de 5,8 büyüklüğünde deprem meydana geldi.
A AFAD'ın açıklamasına göre depremin ayrıntıları şöyle:
A Büyüklük: 5,8
A Derinlik: 7 km
A Merkez üssü: Yeşilyurt (Malatya)
A Saat: 14.21
A Deprem çevre illerden Adıyaman, Elazığ ve Kahramanmaraş'ta da hissedildi.
A İçişleri Bakanı, ilk belirlemelere göre can kaybı olmadığını, iki binada hasar tespit edildiğini söyledi.
A "Vatandaşlarımız hasarlı binalara kesinlikle girmesin."
A Bölgeye arama kurtarma ekipleri sevk edildi.
R Haberin devamı
R Google News'te takip edin
R İlgili Haberler
R Kandilli'den korkutan açıklama: Fay hattı hareketlendi
R Son dakika: İstanbul'da 4,1 büyüklüğünde deprem
""",
    # ===== rates of the day as an extractor leaves them: rows of rates, stamps
    "tr_doviz_extract": """\
T Dolar ve euro güne nasıl başladı? İşte güncel döviz kurları
R Haber Merkezi
R 12.03.2024 - 09:30
A Dolar/TL güne 32,15 seviyesinden başladı.
A Merkez Bankası'nın faiz kararı öncesinde piyasalarda temkinli bir hava hakim.
A Güncel kurlar şöyle:
A Dolar: 32,15 TL
A Euro: 35,12 TL
A Sterlin: 41,08 TL
A Gram altın: 2.095 TL
A Ekonomistler, yıl sonu enflasyon beklentisinin yüzde 42'ye yükseldiğine dikkat çekiyor.
A Borsa İstanbul'da BIST 100 endeksi ise güne yüzde 0,4 yükselişle 9.120 puandan başladı.
R Bu haberi paylaşın
R Facebook
R Twitter
R WhatsApp
R Yorum yap
R Yorumlar (3)
""",
    # ===== a football match report: score and line-ups
    "tr_mac_extract": """\
T Galatasaray, Kadıköy'de Fenerbahçe'yi 2-1 yendi
R Spor Servisi
R 12 Mart 2024, Salı 23:05
A Süper Lig'in 27. haftasında oynanan derbide Galatasaray, deplasmanda Fenerbahçe'yi 2-1 mağlup etti.
A İlk yarıyı Icardi'nin golüyle önde kapatan sarı-kırmızılılar, ikinci yarıda farkı ikiye çıkardı.
A Fenerbahçe'nin tek golü 81. dakikada Dzeko'dan geldi.
A Maçın ardından teknik direktör, "Bu galibiyet taraftarımızındır" dedi.
A Stat: Ülker
A Hakem: Arda Kardeşler
A Fenerbahçe: Livakovic, Osayi, Djiku, Becao, Kadıoğlu, Fred, İsmail, Szymanski, Tadic, İrfan Can, Dzeko
A Galatasaray: Muslera, Boey, Nelsson, Abdülkerim, Angelino, Torreira, Ziyech, Demirbay, Barış Alper, Kerem, Icardi
A Goller: Icardi (dk. 34), Barış Alper (dk. 62) - Dzeko (dk. 81)
A Sarı kartlar: Fred, İsmail - Torreira
R Etiketler: Galatasaray, Fenerbahçe, Süper Lig
R Sonraki Haber
""",
    # ===== a BBC Türkçe-style explainer with a list of what we know and subheadings
    "tr_aciklayici_extract": """\
T Asgari ücrete ara zam olacak mı? Bilinenler ve bilinmeyenler
R BBC Türkçe
R 12 Mart 2024
A Yüksek enflasyon nedeniyle asgari ücrete yıl ortasında ara zam yapılıp yapılmayacağı tartışılıyor.
A Çalışma Bakanı geçen hafta yaptığı açıklamada, "Ara zam gündemimizde yok" dedi.
A Ne biliyoruz?
A Asgari ücret ocak ayında yüzde 49 artırılarak net 17.002 TL oldu.
A Şubat ayı yıllık enflasyonu yüzde 67 olarak açıklandı.
A Sendikalar temmuzda ara zam talep ediyor.
A Ne bilmiyoruz?
A Hükümetin temmuzda bir düzenleme yapıp yapmayacağı belli değil.
A Uzmanlar ne diyor?
A Ekonomist Selva Demiralp, ara zam yapılmazsa alım gücündeki kaybın derinleşeceğini söylüyor.
A "Enflasyon böyle devam ederse, ücretliler yılın ikinci yarısında ciddi kayıp yaşar."
R BBC Türkçe'yi YouTube'dan takip edebilirsiniz.
R Bu habere nasıl ulaştık?
R Abone olun
""",
    # ===== a columnist's short paragraphs
    "tr_kose_extract": """\
T Sandıktan çıkan mesaj
R Ahmet Yılmaz
R ahmet.yilmaz@gazete.com.tr
R 01 Nisan 2024 Pazartesi
A Seçim bitti.
A Sonuç ortada.
A Seçmen, iktidara da muhalefete de açık bir mesaj verdi.
A Ekonomi, bu seçimin asıl belirleyicisiydi.
A Emekli maaşları, kira artışları, mutfak masrafı.
A Bunları yaşayan seçmen, sandıkta tercihini değiştirdi.
A Peki bundan sonra ne olacak?
A Önümüzdeki dört yıl seçimsiz bir dönem.
A Ya reform, ya da kaybedilmiş bir fırsat.
R Yazarın Diğer Yazıları
R Tüm Yazıları
R Bu yazıya henüz yorum yapılmamış. İlk yorumu siz yapın.
""",
    # ===== a quake page with all its visible text
    "tr_deprem_full": """\
R Ana Sayfa
R Gündem
R Ekonomi
R Dünya
R Spor
R Yaşam
R Video
R Foto Galeri
R Canlı Yayın
R Ana Sayfa / Gündem
T Son dakika: Ege Denizi'nde 4,9 büyüklüğünde deprem
R 12.03.2024 | 14:35
R Güncelleme: 12.03.2024 | 15:10
R Paylaş
R Kaydet
A Ege Denizi'nde, İzmir'in Karaburun ilçesi açıklarında saat 13.58'de 4,9 büyüklüğünde bir deprem meydana geldi.
A Deprem İzmir ve Manisa'da da hissedildi.
A Kandilli Rasathanesi'nin verilerine göre:
A Büyüklük: 4,9
A Derinlik: 11,2 km
A Konum: Karaburun açıkları
A İzmir Valisi, şu ana kadar olumsuz bir durumun bildirilmediğini açıkladı.
A Depremin ardından bazı vatandaşlar geceyi parklarda geçirdi.
R Haberin devamı
R Google News'te takip edin
R Günün Öne Çıkanları
R Özel yazı: Deprem bölgesinde bir yıl
R Akaryakıta yeni zam geldi mi? İşte güncel fiyatlar
R Çok Okunanlar
R 1 Emekliye bayram ikramiyesi ne zaman yatacak?
R 2 Asgari ücrete ara zam var mı?
R Kurumsal
R Künye
R İletişim
R Gizlilik Politikası
R Çerez Politikası
R © 2024 Tüm hakları saklıdır. İzinsiz ve kaynak gösterilmeden kullanılamaz.
R Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.
R Kabul Et
""",
    # ===== election night with results numbers
    "tr_secim_full": """\
R Gündem
R Politika
R Ekonomi
R Dünya
R Spor
R Yazarlar
R Giriş Yap
T Yerel seçim sonuçları: İstanbul'da son durum
R 31.03.2024 23:45
R Son Güncelleme: 01.04.2024 01:12
A Yüksek Seçim Kurulu verilerine göre sandıkların yüzde 98'i açıldı.
A İstanbul Büyükşehir Belediye Başkanlığı'nda son durum şöyle:
A CHP: yüzde 51,1
A AK Parti: yüzde 39,6
A Yeniden Refah: yüzde 2,6
A Katılım oranı yüzde 78 oldu.
A Ankara'da ise sandıkların tamamına yakını açıldı ve fark 30 puanı aştı.
A Kısa kısa:
A İzmir'de CHP adayı önde.
A Bursa el değiştirdi.
A Sonuçlar resmi değildir.
R Etiketler
R yerel seçim
R istanbul
R Yorum Yap
R Yorumlar
R Mehmet K.: Nihayet!
R 2 saat önce
R Yanıtla
R Bizi takip edin
R Facebook Twitter Instagram YouTube
R KVKK Aydınlatma Metni
R © Copyright 2024 Her hakkı saklıdır.
""",
    # ===== sport: basketball page with full text
    "tr_basketbol_full": """\
R Spor
R Futbol
R Basketbol
R Voleybol
R Diğer Sporlar
R Puan Durumu
R Canlı Skor
T Anadolu Efes, Euroleague'de Real Madrid'i 84-80 yendi
R Spor Servisi
R 14.03.2024 22:58
A Anadolu Efes, Euroleague'in 28. haftasında evinde Real Madrid'i 84-80 mağlup etti.
A Maçın son saniyelerinde Larkin'in attığı üçlük farkı belirledi.
A Periyotlar: 22-19, 41-40, 60-63, 84-80
A Larkin 24 sayıyla maçın en skorer ismi oldu.
A Efes bu sonuçla play-off umutlarını sürdürdü.
R Bu haberler de ilginizi çekebilir
R Fenerbahçe Beko seriyi sürdürdü
R Maç sonu açıklama: "Hakem maçı etkiledi"
R Uygulamamızı indirin
R App Store
R Google Play
R Tüm hakları saklıdır © 2024
""",
    # ===== culture: a film review with a facts box
    "tr_kultur_extract": """\
T Cannes'dan ödülle dönen film vizyonda
R Kültür Sanat
R 15.03.2024
A Geçen yıl Cannes'da ödül alan "Kuru Otlar Üstüne" bu hafta sinemalarda.
A Film, Doğu Anadolu'da bir köyde görev yapan öğretmen Samet'in hikayesini anlatıyor.
A Yönetmen: Nuri Bilge Ceylan
A Oyuncular: Deniz Celiloğlu, Merve Dizdar, Musab Ekici
A Süre: 197 dakika
A Eleştirmenlerden tam not alan film, uzunluğuna rağmen izleyiciyi sıkmıyor.
A Sabırlı seyirci için büyük bir ödül.
R Sinema haberleri için tıklayın
R Haberle ilgili daha fazlası:
R Nuri Bilge Ceylan
R Sinema
""",
    # ===== NTV-style economy full page
    "tr_enflasyon_full": """\
R NTV
R Canlı Yayın
R Son Dakika
R Türkiye
R Dünya
R Ekonomi
R Spor
R Arama
R Ekonomi
T TÜİK şubat ayı enflasyon rakamlarını açıkladı
R 04.03.2024 - 10:00
R Son Güncelleme: 04.03.2024 - 10:25
R Paylaş
A Türkiye İstatistik Kurumu (TÜİK), şubat ayı enflasyon rakamlarını açıkladı.
A Buna göre tüketici fiyatları aylık yüzde 4,53, yıllık yüzde 67,07 arttı.
A Beklenti aylık yüzde 3,7 seviyesindeydi.
A En yüksek artış lokanta ve otellerde görüldü.
A Öne çıkanlar
A Gıdada yıllık artış yüzde 71,1
A Konutta yıllık artış yüzde 67,5
A Ulaştırmada yıllık artış yüzde 56,6
A Merkez Bankası'nın bir sonraki faiz kararı 21 Mart'ta açıklanacak.
R NTV.com.tr'yi Google News üzerinden takip edin
R İlgili Haberler
R Emekli zammı ne kadar olacak?
R Merkez Bankası faiz kararını açıkladı
R Künye
R Reklam
R Gizlilik
R Tüm hakları saklıdır. © 2024 NTV
R Bu sitede çerezler kullanılır. Devam ederek kabul etmiş olursunuz.
R Tamam
""",
    # ===== a Greek quake story as an extractor leaves it
    "el_seismos_extract": """\
T Σεισμός 5,2 Ρίχτερ στην Κρήτη - Αισθητός στο Ηράκλειο
R 12.03.2024 | 14:35
R Ενημερώθηκε: 12.03.2024 | 15:02
R Κοινοποίηση
A Σεισμική δόνηση μεγέθους 5,2 Ρίχτερ σημειώθηκε στις 14:21 νότια της Κρήτης.
A Σύμφωνα με το Γεωδυναμικό Ινστιτούτο:
A Μέγεθος: 5,2 Ρίχτερ
A Εστιακό βάθος: 10 χλμ.
A Επίκεντρο: 40 χλμ. νότια της Ιεράπετρας
A Ο σεισμός έγινε αισθητός στο Ηράκλειο και στο Λασίθι.
A Δεν έχουν αναφερθεί ζημιές.
A «Δεν υπάρχει λόγος ανησυχίας», δήλωσε ο σεισμολόγος Ευθύμιος Λέκκας.
R Διαβάστε επίσης
R Σεισμός τώρα στη Ζάκυνθο
R Λέκκας: Τι δείχνουν τα στοιχεία
R Ακολουθήστε το protothema.gr στο Google News
R Ακολουθήστε μας στο Google News
""",
    # ===== Greek economy: rates and numbers
    "el_oikonomia_extract": """\
T Πληθωρισμός: Στο 3,2% τον Φεβρουάριο - Τι δείχνουν τα στοιχεία της ΕΛΣΤΑΤ
R Newsroom
R 12.03.2024, 12:00
A Στο 3,2% διαμορφώθηκε ο πληθωρισμός τον Φεβρουάριο, σύμφωνα με την ΕΛΣΤΑΤ.
A Τον Ιανουάριο ήταν 3,1%.
A Οι μεγαλύτερες αυξήσεις:
A Τρόφιμα: +6,8%
A Ενοίκια: +4,1%
A Ηλεκτρισμός: -12,3%
A Η ισοτιμία του ευρώ έναντι του δολαρίου διαμορφώνεται στο 1,0932.
A Ευρώ/Δολάριο: 1,0932
A Η κυβέρνηση ανακοίνωσε νέα μέτρα για τα τρόφιμα.
R Δείτε επίσης
R Μισθοί: Τι αλλάζει από τον Απρίλιο
R Tags
R ΕΛΣΤΑΤ
R πληθωρισμός
""",
    # ===== Greek politics: a Kathimerini-style full page
    "el_politiki_full": """\
R Αρχική
R Πολιτική
R Οικονομία
R Ελλάδα
R Κόσμος
R Αθλητισμός
R Πολιτισμός
R Γνώμες
R Συνδρομή
R Σύνδεση
R Πολιτική
T Μητσοτάκης: «Δεν θα υπάρξουν πρόωρες εκλογές»
R Γιώργος Παπαδόπουλος
R 12.03.2024 • 14:35
A Ο πρωθυπουργός απέκλεισε το ενδεχόμενο πρόωρων εκλογών, μιλώντας στη Βουλή.
A «Οι εκλογές θα γίνουν το 2027.»
A Η αντιπολίτευση κατηγόρησε την κυβέρνηση για την ακρίβεια.
A Τι είπε για την οικονομία
A Ο πρωθυπουργός υποστήριξε ότι η ανεργία έπεσε στο 10,5%.
A Όπως είπε, οι μισθοί θα αυξηθούν ξανά τον Απρίλιο.
A Η συζήτηση συνεχίζεται αύριο.
R Ροή ειδήσεων
R 15:02 Κακοκαιρία: Κλειστά σχολεία
R 14:50 Τροχαίο στην Αττική Οδό
R Τα πιο δημοφιλή
R Όροι χρήσης
R Πολιτική απορρήτου
R Επικοινωνία
R © 2024 Η ΚΑΘΗΜΕΡΙΝΗ Α.Ε. Με επιφύλαξη παντός δικαιώματος.
R Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία. Αποδοχή
R Αποδοχή όλων
R Ρυθμίσεις
""",
    # ===== Greek football
    "el_podosfairo_extract": """\
T Ολυμπιακός - Παναθηναϊκός 2-1: Νίκη στο ντέρμπι για τους «ερυθρόλευκους»
R Αθλητικό Τμήμα
R 10.03.2024 | 21:15
A Ο Ολυμπιακός επικράτησε 2-1 του Παναθηναϊκού στο Καραϊσκάκη.
A Τα γκολ:
A 23' Ελ Κααμπί 1-0
A 55' Ιωαννίδης 1-1
A 78' Φορτούνης 2-1
A Οι συνθέσεις:
A Ολυμπιακός: Τζολάκης, Ροντινέι, Ρέτσος, Καρμπόνι, Ορτέγκα, Ιμπόρα, Εσε, Ποντένσε, Φορτούνης, Ζέλσον, Ελ Κααμπί
A Παναθηναϊκός: Μπρινιόλι, Βαγιαννίδης, Μαξ, Ίνγκασον, Μλαντένοβιτς, Ζαρουρί, Μπακασέτας, Ιωαννίδης
A Διαιτητής: Σιδηρόπουλος
A «Ήταν μεγάλη νίκη», είπε ο προπονητής.
R Σχόλια
R Γράψτε το σχόλιό σας
R Δείτε όλα τα σχόλια
""",
    # ===== ERT-style fire/disaster full page
    "el_fotia_full": """\
R ΕΡΤ
R Ειδήσεις
R Ελλάδα
R Κόσμος
R Περιφέρεια
R Αθλητικά
R Live TV
R Ραδιόφωνο
T Φωτιά στην Εύβοια: Εκκενώνονται χωριά - 112 στους κατοίκους
R 20.08.2024 | 16:20
R Ενημερώθηκε: 20.08.2024 | 18:05
R Κοινοποίηση
R Facebook
R X
R Email
A Μεγάλη πυρκαγιά καίει από το μεσημέρι σε δασική έκταση στη βόρεια Εύβοια.
A Μήνυμα 112 στάλθηκε στους κατοίκους δύο χωριών.
A Στην κατάσβεση επιχειρούν:
A 85 πυροσβέστες
A 25 οχήματα
A 6 αεροσκάφη
A 4 ελικόπτερα
A Οι άνεμοι πνέουν με ένταση έως 7 μποφόρ.
A Τι γνωρίζουμε μέχρι τώρα
A Δεν υπάρχουν τραυματίες.
A Καίγονται δασικές εκτάσεις.
A Η κυκλοφορία διακόπηκε στην εθνική οδό.
R Ακολουθήστε την ΕΡΤ στο Google News
R Ακολουθήστε μας στο Facebook
R Σχετικά άρθρα
R Καύσωνας: Πού θα χτυπήσει ο υδράργυρος
R Νέα φωτιά στη Χαλκιδική
R Όροι Χρήσης
R Πολιτική Cookies
R ΕΡΤ Α.Ε. © 2024
""",
    # ===== Greek culture: a theatre review extract
    "el_politismos_extract": """\
T «Οιδίπους Τύραννος» στην Επίδαυρο: Μια παράσταση που θα συζητηθεί
R Της Μαρίας Κωνσταντίνου
R 12.07.2024
A Η φετινή παράσταση του Εθνικού Θεάτρου στην Επίδαυρο ήταν γεμάτη εκπλήξεις.
A Σκηνοθεσία: Γιάννης Χουβαρδάς
A Πρωταγωνιστούν: Άρης Σερβετάλης, Κάτια Γέρου
A Διάρκεια: 110 λεπτά
A Ο πρωταγωνιστής κράτησε το κοινό σε εγρήγορση.
A Το τέλος άφησε τους θεατές σιωπηλούς.
A Αξίζει.
R Ετικέτες: Επίδαυρος, θέατρο, Εθνικό Θέατρο
R Διαβάστε ακόμη
R Το πρόγραμμα του Φεστιβάλ Αθηνών 2024
""",
    # ===== in.gr-style politics full with the live feed
    "el_kybernisi_full": """\
R in.gr
R Πολιτική
R Οικονομία
R Κόσμος
R Κοινωνία
R Αθλητισμός
R Περισσότερα
R Αναζήτηση
T Ανασχηματισμός: Οι νέοι υπουργοί - Ολόκληρη η λίστα
R Συντάκτης: in.gr Team
R 14 Ιουνίου 2024, 19:45
A Ανακοινώθηκε το απόγευμα η νέα σύνθεση της κυβέρνησης.
A Οι βασικές αλλαγές:
A Υπουργός Οικονομικών: Κωστής Χατζηδάκης
A Υπουργός Εξωτερικών: Γιώργος Γεραπετρίτης
A Υπουργός Υγείας: Άδωνις Γεωργιάδης
A Η ορκωμοσία θα γίνει αύριο στις 12:00.
A Ήταν αναμενόμενο.
R Ροή Ειδήσεων
R 19:40 Καιρός: Ζέστη ως τις 38 βαθμούς
R 19:31 Τροχαίο στην Κηφισίας
R Περισσότερα άρθρα
R Όροι Χρήσης
R Προσωπικά Δεδομένα
R Copyright © 2024 in.gr
R Συμφωνώ
""",
    # ===== Greek economy: ekathimerini-like short lines with fuel prices
    "el_kafsima_full": """\
R Ειδήσεις
R Οικονομία
R Αγορές
R Επιχειρήσεις
R Ενέργεια
R Οικονομία
T Καύσιμα: Πάνω από 2 ευρώ η αμόλυβδη στα νησιά
R 15.03.2024 - 11:20
R Newsroom
A Ανεβαίνουν ξανά οι τιμές των καυσίμων.
A Μέση τιμή ανά λίτρο:
A Αμόλυβδη 95: 1,89 ευρώ
A Diesel: 1,65 ευρώ
A Υγραέριο: 0,95 ευρώ
A Στα νησιά η αμόλυβδη ξεπερνά τα 2 ευρώ.
A Οι πρατηριούχοι αποδίδουν την άνοδο στο κόστος μεταφοράς.
R Κοινοποιήστε το άρθρο
R Ακολουθήστε μας στο Google News
R ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ
R Ρεύμα: Τα νέα τιμολόγια του Απριλίου
R Newsletter
R Εγγραφείτε στο newsletter μας
R © 2024 Όλα τα δικαιώματα διατηρούνται
""",
    # ===== a Cypriot Philenews-style page in Greek
    "el_kypros_full": """\
R Philenews
R Ειδήσεις
R Κύπρος
R Οικονομία
R Απόψεις
R Αθλητικά
R Κύπρος
T Λευκωσία: Νέα μέτρα για τη λειψυδρία
R 12/03/2024 15:40
R Τελευταία ενημέρωση: 12/03/2024 16:10
A Το Υπουργικό Συμβούλιο ενέκρινε σήμερα νέα μέτρα για τη λειψυδρία.
A Τα φράγματα είναι γεμάτα μόλις κατά 24%.
A Τα μέτρα περιλαμβάνουν:
A Περιορισμό του ποτίσματος
A Επιδότηση για δεξαμενές
A Έλεγχους στις γεωτρήσεις
A Ο Υπουργός Γεωργίας δήλωσε: «Η κατάσταση είναι κρίσιμη».
R Σχόλια (4)
R Γράψτε ένα σχόλιο
R Πρέπει να είστε συνδεδεμένος για να σχολιάσετε
R Δείτε επίσης
R Τα νέα ωράρια των δημοτικών αγορών
R Όροι χρήσης
R © 2024 Phileleftheros Ltd. All rights reserved.
""",
    # ===== a Cypriot English page (Cyprus Mail-style) extract
    "en_cyprus_extract": """\
T Cyprus inflation eases to 1.9 per cent in February
R By Staff Reporter
R March 12, 2024
R Share this:
R Facebook
R Twitter
A Inflation in Cyprus eased to 1.9 per cent in February, from 2.4 per cent in January, the statistical service said on Tuesday.
A Food prices rose 4.2 per cent, while energy fell 6.1 per cent.
A Key figures:
A Food: +4.2%
A Energy: -6.1%
A Services: +3.3%
A The finance ministry said it expected inflation to stay below 2.5 per cent this year.
R Related Posts
R Central bank chief warns on wages
R Follow the Cyprus Mail on Google News
""",
    # ===== a Cypriot English page with all its text
    "en_cyprus_full": """\
R Home
R Cyprus
R World
R Business
R Sport
R Opinion
R Life
R Cyprus
T Earthquake of 4.6 magnitude felt across Cyprus
R Staff Reporter
R March 12, 2024
R Updated: March 12, 2024 3:02 pm
A An earthquake measuring 4.6 on the Richter scale was felt across Cyprus on Tuesday afternoon.
A The geological survey department said:
A Magnitude: 4.6
A Depth: 15 km
A Epicentre: 30 km south of Paphos
A There were no reports of damage or injuries.
A "It was a strong jolt, but short," a resident of Limassol said.
R Click here to subscribe to our newsletter
R Most Read
R 1 Traffic chaos on Nicosia-Limassol motorway
R 2 Weather: yellow warning for rain
R Cookies help us deliver our services. By using our services, you agree to our use of cookies.
R Accept
R © Copyright 2024 Cyprus Mail
""",
    # ===== Turkish Cypriot news extract (tr)
    "tr_kibris_extract": """\
T Lefkoşa'da su kesintisi: Hangi bölgeler etkilenecek?
R Haber: Kıbrıs Postası
R 12 Mart 2024 16:05
A Lefkoşa Türk Belediyesi, yarın 08.00 ile 16.00 saatleri arasında su kesintisi yapılacağını duyurdu.
A Etkilenecek bölgeler:
A Göçmenköy
A Hamitköy
A Ortaköy
A Belediye, vatandaşların su depolarını önceden doldurmasını istedi.
A Kesinti, ana boru hattındaki bakım çalışması nedeniyle yapılıyor.
R Haberi paylaş
R Whatsapp
R İlginizi Çekebilir
R Girne'de trafik kazası: 2 yaralı
""",
    # ===== Greek weather with short list
    "el_kairos_extract": """\
T Καιρός: Έρχεται κακοκαιρία με καταιγίδες και χαλάζι
R Protothema Newsroom
R 15.11.2024 | 08:10
A Επιδείνωση του καιρού αναμένεται από το απόγευμα της Παρασκευής.
A Σύμφωνα με την ΕΜΥ:
A Παρασκευή: βροχές στα δυτικά
A Σάββατο: καταιγίδες σε όλη τη χώρα
A Κυριακή: βελτίωση
A Θερμοκρασία: από 8 έως 19 βαθμούς.
A Άνεμοι: νότιοι 6 με 8 μποφόρ.
A «Προσοχή στις μετακινήσεις», τόνισε ο μετεωρολόγος.
R Ακολουθήστε το Protothema στο Google News και μάθετε πρώτοι όλες τις ειδήσεις
R Δείτε όλες τις τελευταίες Ειδήσεις από την Ελλάδα και τον Κόσμο, στο protothema.gr
R Διαβάστε ακόμη
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a derby's report with its facts box over the line-ups, the share row and teasers under them
    "tr_derbi_extract": """\
T Beşiktaş, Trabzonspor'u tek golle geçti
R Spor Servisi
R Giriş: 21.04.2024 21:58 Güncelleme: 21.04.2024 22:40
A Süper Lig'in 32. haftasında Beşiktaş, sahasında Trabzonspor'u 1-0 mağlup ederek üst sıralara tutunmayı sürdürdü.
A Maçın tek golünü 67. dakikada Rafa Silva attı; Trabzonspor son dakikalarda bulduğu iki net pozisyonu değerlendiremedi.
A Stat: Tüpraş
A Hakem: Halil Umut Meler
A Seyirci: 38.412
A Beşiktaş: Mert, Svensson, Colley, Paulista, Rosier, Al Musrati, Gedson, Rafa Silva, Cengiz, Ghezzal, Immobile
A Trabzonspor: Uğurcan, Pina, Batagov, Denswil, Eren, Onuachu, Trezeguet, Visca, Orsic, Bakasetas, Abdülkadir
A Gol: Rafa Silva (dk. 67)
R Paylaş
R İlgili Haberler
R Trabzonspor'da hakem tepkisi: "Penaltımız verilmedi"
R Beşiktaş'ta sakatlık şoku: Yıldız oyuncu 3 hafta yok
""",
    # ===== a Greek match page: its facts over the line-ups, the comment form and the footer
    "el_agonas_full": """\
R Αρχική
R Ποδόσφαιρο
R Μπάσκετ
R Super League
R Champions League
T ΑΕΚ - ΠΑΟΚ 1-1: Μοιρασιά στην «ΟΠΑΠ Αρένα»
R 14.04.2024 | 22:05
R Κοινοποιήστε το άρθρο
A Με ισοπαλία 1-1 ολοκληρώθηκε το ντέρμπι της ΑΕΚ με τον ΠΑΟΚ στην «ΟΠΑΠ Αρένα», σε ένα παιχνίδι με πολλές φάσεις και στις δύο εστίες.
A Οι γηπεδούχοι προηγήθηκαν με τον Γκατσίνοβιτς στο 35ο λεπτό, όμως ο Σβαμπ ισοφάρισε με κεφαλιά στο 71ο.
A Γήπεδο: ΟΠΑΠ Αρένα
A Διαιτητής: Τσακαλίδης
A ΑΕΚ: Αθανασιάδης, Ρότα, Βίντα, Μουκουντί, Χατζισαφί, Πινέδα, Γιόνσον, Γκατσίνοβιτς, Αμραμπάτ, Ελίασον, Ζίνι
A ΠΑΟΚ: Κοτάρσκι, Σάστρε, Κεντζιόρα, Μιχαηλίδης, Μπάμπα, Σβαμπ, Οζντόεφ, Κωνσταντέλιας, Τάισον, Ζίβκοβιτς, Τσάλοφ
R Σχόλια
R Γράψτε το σχόλιό σας
R Newsletter
R Όροι χρήσης
R © 2024 Όλα τα δικαιώματα διατηρούνται
""",
    # ===== a budget story: a highlights heading over its rows of figures inside the text, a real teaser box at its end
    "tr_butce_extract": """\
T Bütçe mart ayında 157 milyar lira açık verdi
R Ekonomi Haber Merkezi
R Giriş: 15.04.2024 - 10:30
A Hazine ve Maliye Bakanlığı'nın açıkladığı verilere göre merkezi yönetim bütçesi mart ayında 157 milyar lira açık verdi.
A Açık, geçen yılın aynı ayına göre yaklaşık üç kat arttı; deprem harcamaları ve memur maaş artışları belirleyici oldu.
A Öne çıkanlar
A Vergi gelirlerinde yıllık artış yüzde 82,4
A Faiz giderlerinde yıllık artış yüzde 91,3
A Personel giderlerinde yıllık artış yüzde 109,5
A Bakanlık, yılın ikinci yarısında açığın daralmasını beklediğini açıkladı.
R NTV.com.tr'yi Google News üzerinden takip edin
R Öne çıkanlar
R Emekli bayram ikramiyesi ne zaman yatacak? Tarih belli oldu
R Merkez Bankası rezervleri geriledi
R Ekonomi haberleri için tıklayın
""",
    # ===== in.gr-style page whose lead is a full paragraph: menu and team credit now go over it
    "el_ypourgoi_full": """\
R in.gr
R Πολιτική
R Οικονομία
R Κόσμος
R Κοινωνία
R Αθλητισμός
T Νέα μέτρα για την ακρίβεια: Τι αλλάζει στα σούπερ μάρκετ
R Συντάκτης: in.gr Team
R 02.05.2024, 13:10
A Νέα μέτρα για τη συγκράτηση των τιμών στα τρόφιμα ανακοίνωσε σήμερα το υπουργείο Ανάπτυξης, μετά τη σύσκεψη με εκπροσώπους των σούπερ μάρκετ και των προμηθευτών.
A Τα βασικά μέτρα:
A Μείωση τιμών σε 50 κωδικούς βασικών προϊόντων
A Πλαφόν στο μικτό περιθώριο κέρδους
A Αυστηρότεροι έλεγχοι στις προσφορές
A «Η αγορά πρέπει να καταλάβει ότι δεν θα ανεχθούμε την αισχροκέρδεια», δήλωσε ο υπουργός.
R Newsroom
R Δείτε όλες τις τελευταίες Ειδήσεις από την Ελλάδα και τον Κόσμο, στο in.gr
R Κοινοποιήστε το άρθρο
""",
    # ===== a column with a one-word quote, its stamp, the empty comment box and a cookie banner's OK
    "tr_kose_full": """\
R Yazarlar
R Gündem
R Ekonomi
T Masadan kalkan sendika
R Giriş: 09.05.2024 07:00 Güncelleme: 09.05.2024 09:15
A Toplantı iki saat sürdü, ama sonuç baştan belliydi: hükümet asgari ücrete ara zam yapmayacağını bir kez daha söyledi.
A Sendika temsilcisine "Kabul ediyor musunuz?" diye sordum.
A Tamam.
A Cevap bu kadar kısaydı, ama yüzündeki ifade çok şey anlatıyordu.
A İşçiler ise temmuzu bekliyor, çünkü kira ve mutfak masrafları her ay biraz daha artıyor.
R Bu yazıya henüz yorum yapılmamış. İlk yorumu siz yapın.
R Künye
R İletişim
R Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.
R Tamam
""",
    # ===== a Cypriot English match report: its facts over the line-ups
    "en_cyprus_match_extract": """\
T Apoel edge Omonia in Nicosia derby
R By Sports Desk
R April 21, 2024
A Apoel beat Omonia 2-1 at the GSP stadium on Sunday evening to move three points clear at the top of the first division.
A A late header from the substitute settled a tense derby watched by a crowd of more than 18,000.
A Venue: GSP Stadium
A Referee: Nikolas Neokleous
A Apoel: Belec, Susic, Laifis, Gianniotis, Quintilla, Meis, Marquinhos, Dalcio, Kvilitaia, Koyalipou, Ndongala
A Omonia: Fabiano, Charalambous, Miletic, Yuste, Coulibaly, Kakoullis, Semedo, Loizou, Bruno, Tanković, Matthews
R Share this:
R Facebook
R Twitter
R Related Posts
R Coach blames pitch after cup exit
""",
}

#: the lines each page is known to lose (a strict ratchet)
KNOWN_LOST: dict[str, list[str]] = {}

#: the residue each page may leave, and why
RESIDUE_LEFT: dict[str, int] = {
    # the site's menu over the headline and its labelled team credit ("Συντάκτης: in.gr Team"): the first paragraph
    # is a short sentence of eight words, so neither edge-furniture's head run nor labelled-byline (over the first
    # paragraph) reads the lines over it as the page's; a page of longer paragraphs loses both (test)
    "el_kybernisi_full": 7,
    # BBC Türkçe's "Bu habere nasıl ulaştık?" (one outlet's link, no table)
    "tr_aciklayici_extract": 1,
    # the app badges "App Store" / "Google Play" alone under "Uygulamamızı indirin": a bare store name is a tech
    # story's subheading too
    "tr_basketbol_full": 2,
    # a most-read box's ranked items ("1 Emekliye bayram ikramiyesi ne zaman yatacak?") after its heading went with
    # the tail's run: the ranks glued to the headlines
    "tr_deprem_full": 2,
    # the columnist's name over a column of one-line sentences: a bare name, and the page of short sentences keeps
    # its head (edge-furniture took it with the comment box's notice left; now the notice goes, the name stays)
    "tr_kose_extract": 1,
    # one tag ("Sinema") under the tags box's heading: a one-word line
    "tr_kultur_extract": 1,
    # the tags under a bare "Etiketler" ("yerel seçim", "istanbul") over the comments
    "tr_secim_full": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT = {
    "tr": [
        "Türkiye İstatistik Kurumu, şubat ayında tüketici fiyatlarının yıllık yüzde 67 arttığını açıkladı; beklentiler daha düşüktü.",
        "Ekonomistler, Merkez Bankası'nın mart ayındaki toplantıda faizi sabit tutmasını bekliyor, ancak bazıları artış olasılığından söz ediyor.",
        "Kira ve gıda fiyatlarındaki artış, özellikle büyük şehirlerde yaşayan dar gelirli aileleri zorluyor, dedi bir sendika temsilcisi.",
    ],
    "el": [
        "Σεισμική δόνηση μεγέθους 5,2 Ρίχτερ σημειώθηκε το μεσημέρι της Τρίτης νότια της Κρήτης, σύμφωνα με το Γεωδυναμικό Ινστιτούτο.",
        "Ο σεισμός έγινε αισθητός στο Ηράκλειο και στο Λασίθι, ωστόσο μέχρι στιγμής δεν έχουν αναφερθεί ζημιές ή τραυματισμοί.",
        "Οι σεισμολόγοι εκτιμούν ότι πρόκειται για κύριο σεισμό και καλούν τους κατοίκους να παραμείνουν ψύχραιμοι τις επόμενες ημέρες.",
    ],
}

_DL, _CTA, _CU, _SB, _BY, _CS = "dateline", "call-to-action", "comment-ui", "social-buttons", "byline", "comment-section"
#: (language, residue line, the pass that takes it)
GOES = [
    ("tr", "Giriş: 12.03.2024 14:35 Güncelleme: 12.03.2024 15:02", _DL),
    ("tr", "Giriş: 12.03.2024 - 14:35", _DL),
    ("tr", "NTV.com.tr'yi Google News üzerinden takip edin", _CTA),
    ("tr", "BBC Türkçe'yi YouTube'dan takip edebilirsiniz.", _CTA),
    ("tr", "Sinema haberleri için tıklayın", _CTA),
    ("tr", "Ekonomi haberleri için tıklayınız.", _CTA),
    ("tr", "Bu yazıya henüz yorum yapılmamış. İlk yorumu siz yapın.", _CU),
    ("tr", "Bu habere henüz yorum yapılmadı.", _CU),
    ("el", "Κοινοποιήστε το άρθρο", _SB),
    ("el", "Δείτε όλες τις τελευταίες Ειδήσεις από την Ελλάδα και τον Κόσμο, στο protothema.gr", _CTA),
    ("el", "Newsroom", _BY),
    ("el", "Protothema Newsroom", _BY),
]

#: (language, an article's sentence with the added entries' words)
STAYS = [
    ("tr", "Giriş: 12.03.2024 14:35 itibarıyla sisteme kayıt yaptıran öğrenciler sınava girebilecek, dedi müdür."),
    ("tr", "Bakan, vatandaşlara resmi açıklamaları Google News üzerinden takip edin çağrısı yaptı ve sahte haberlere karşı uyardı."),
    ("tr", "Galatasaray'ı YouTube'dan takip edebilirsiniz diyen kulüp, maçın yayın haklarının kimde olduğunu açıklamadı."),
    ("tr", "Sinema haberleri için tıklayın yazan bağlantılar, araştırmaya göre okurların yalnızca yüzde üçü tarafından kullanılıyor."),
    ("tr", "Bu yazıya henüz yorum yapılmamış olması, yazarın beklediği tartışmanın başlamadığını gösteriyor."),
    ("tr", "Haberle ilgili daha fazlası, bakanlığın yarın yapacağı basın toplantısında açıklanacak."),
    ("tr", "Tamam, bu konuda anlaştık, dedi bakan gazetecilere toplantı çıkışında."),
    ("el", "Κοινοποιήστε το άρθρο στους φίλους σας, ζήτησε ο δήμαρχος από τους πολίτες, για να μάθουν όλοι τα νέα μέτρα."),
    ("el", "Γράψτε το σχόλιό σας στο βιβλίο επισκεπτών, λέει η ξεναγός στους επισκέπτες του μουσείου κάθε πρωί."),
    ("el", "Δείτε όλες τις τελευταίες ειδήσεις για τον σεισμό στον χάρτη του Γεωδυναμικού Ινστιτούτου, προτείνει ο σεισμολόγος."),
    ("el", "Το newsroom της εφημερίδας δούλεψε όλη τη νύχτα για να καλύψει τον σεισμό, λέει ο διευθυντής σύνταξης."),
    ("el", "Συντάκτης: Γιώργος Παπαδόπουλος, της ομάδας που κάλυψε τις εκλογές, μίλησε στην εκπομπή για την εμπειρία του."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def test_the_comment_forms_call_goes_under_the_text() -> None:
    # el comments.section_start: "Γράψτε το σχόλιό σας" (the enclitic accent) opens the comments under the text (over
    # the text a short line is the title's, as before)
    lost_lines, gone = kept([*TEXT["el"], "Σχόλια", "Γράψτε το σχόλιό σας"])
    assert lost_lines == ["Σχόλια", "Γράψτε το σχόλιό σας"], gone


def test_the_outlets_team_credit_goes_over_the_lead() -> None:
    # el metadata.labelled_byline: "Συντάκτης: in.gr Team" over the first paragraph; a fact box's row after it stays
    lost_lines, gone = kept(["Συντάκτης: in.gr Team", *TEXT["el"]])
    assert lost_lines == ["Συντάκτης: in.gr Team"], gone


def test_the_cookie_banners_ok_button_goes_and_a_one_word_quote_stays() -> None:
    # tr cookies.button "tamam": under the banner's notice it goes; "Tamam." (a full stop) is a one-line quote
    text = TEXT["tr"]
    notice = "Bu sitede çerezler kullanılır. Devam ederek kabul etmiş olursunuz."
    lost_lines, gone = kept([*text, notice, "Tamam"])
    assert lost_lines == [notice, "Tamam"], gone
    page = ["Başkan ne dedi?", text[0], "Tamam.", text[1], text[2]]
    lost_lines, gone = kept(page)
    assert lost_lines == [], gone


# -- edge_turkgreek.facts_over_lineup (edge-furniture), both ways -------------------------------------------------

_MATCH = {
    "tr": (
        [
            "Süper Lig'in 27. haftasında oynanan derbide Galatasaray, deplasmanda Fenerbahçe'yi 2-1 mağlup etti ve liderliğini sürdürdü.",
            "İlk yarıyı Icardi'nin golüyle önde kapatan sarı-kırmızılılar, ikinci yarıda Barış Alper'in golüyle farkı ikiye çıkardı.",
        ],
        ["Stat: Ülker", "Hakem: Arda Kardeşler"],
        [
            "Fenerbahçe: Livakovic, Osayi, Djiku, Becao, Kadıoğlu, Fred, İsmail, Szymanski, Tadic, İrfan Can, Dzeko",
            "Galatasaray: Muslera, Boey, Nelsson, Abdülkerim, Angelino, Torreira, Ziyech, Demirbay, Barış Alper, Kerem, Icardi",
        ],
    ),
    "el": (
        [
            "Ο Ολυμπιακός επικράτησε 2-1 του Παναθηναϊκού στο Καραϊσκάκη και πλησίασε στη δεύτερη θέση της βαθμολογίας.",
            "Το νικητήριο γκολ σημείωσε ο Φορτούνης στο 78ο λεπτό, με ωραίο σουτ έξω από την περιοχή.",
        ],
        ["Γήπεδο: Καραϊσκάκης", "Διαιτητής: Σιδηρόπουλος"],
        [
            "Ολυμπιακός: Τζολάκης, Ροντινέι, Ρέτσος, Καρμπόνι, Ορτέγκα, Ιμπόρα, Εσε, Ποντένσε, Φορτούνης, Ζέλσον, Ελ Κααμπί",
            "Παναθηναϊκός: Μπρινιόλι, Βαγιαννίδης, Μαξ, Ίνγκασον, Μλαντένοβιτς, Ζαρουρί, Μπακασέτας, Ιωαννίδης, Βιλένα, Πελίστρι, Ιωαννίδης",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_MATCH))
def test_a_match_reports_facts_over_its_lineups_stay(lang: str) -> None:
    report_lines, facts, lineups = _MATCH[lang]
    lost_lines, gone = kept([*report_lines, *facts, *lineups])
    assert lost_lines == [], gone


@pytest.mark.parametrize("lang", sorted(_MATCH))
def test_a_match_reports_facts_box_closing_a_full_page_stays(lang: str) -> None:
    # the run took the box whole (no scorers' row with figures under the line-ups): the box right under the last
    # sentence, two line-ups of eleven, stays; the comments' heading, the footer under it go
    report_lines, facts, lineups = _MATCH[lang]
    menu = ["Ana Sayfa", "Spor", "Futbol", "Basketbol"] if lang == "tr" else ["Αρχική", "Ποδόσφαιρο", "Μπάσκετ", "Super League"]
    footer = ["Künye", "İletişim", "© 2024 Tüm hakları saklıdır."] if lang == "tr" else ["Newsletter", "Όροι χρήσης", "© 2024 Όλα τα δικαιώματα διατηρούνται"]
    box = [*report_lines, *facts, *lineups]
    lost_lines, gone = kept([*menu, "Derbi berabere bitti" if lang == "tr" else "Ισοπαλία στο ντέρμπι", *box, *footer])
    assert [line for line in lost_lines if line in box] == [], gone
    assert set(footer) <= set(lost_lines), gone


def test_rows_of_eight_names_under_labels_that_are_no_line_ups_still_go() -> None:
    # a tags line and a categories line of eight names each under the text (teaser-box takes them with the footer):
    # the box needs them right under the last sentence in edge-furniture's run, and a tags box is read first
    report_lines, _facts, _lineups = _MATCH["tr"]
    tail = [
        "Etiketler: Galatasaray, Fenerbahçe, Süper Lig, Icardi, Dzeko, Muslera, Tadic, Derbi",
        "Kategoriler: Gündem, Ekonomi, Dünya, Spor, Yaşam, Magazin, Teknoloji, Sağlık",
        "Künye",
        "İletişim",
    ]
    lost_lines, gone = kept([*report_lines, *tail])
    assert lost_lines == tail, gone


# -- edge_turkgreek.figure_rows (teaser-box), both ways -----------------------------------------------------------

_INFLATION = [
    "Türkiye İstatistik Kurumu (TÜİK), şubat ayı enflasyon rakamlarını açıkladı ve tüketici fiyatları yıllık yüzde 67 arttı.",
    "Beklenti aylık yüzde 3,7 seviyesindeydi, ancak gerçekleşme yüzde 4,53 oldu; en yüksek artış lokanta ve otellerde görüldü.",
]
_ROWS = ["Öne çıkanlar", "Gıdada yıllık artış yüzde 71,1", "Konutta yıllık artış yüzde 67,5", "Ulaştırmada yıllık artış yüzde 56,6"]


@pytest.mark.parametrize("after", [[], ["Merkez Bankası'nın bir sonraki faiz kararı 21 Mart'ta açıklanacak."]])
def test_a_highlights_heading_over_the_articles_rows_of_figures_stays(after: list[str]) -> None:
    lost_lines, gone = kept([*_INFLATION, *_ROWS, *after])
    assert lost_lines == [], gone


def test_a_highlights_heading_over_other_stories_or_a_rates_widget_still_goes() -> None:
    teasers = ["Öne çıkanlar", "Emekli zammı ne kadar olacak? İşte hesaplama", "Merkez Bankası faiz kararını açıkladı", "Akaryakıta yeni zam geldi mi?"]
    lost_lines, gone = kept([*_INFLATION, *teasers])
    assert lost_lines == teasers, gone
    # a rates widget's rows share no word: no parallel rows of the article's, the heading goes as before
    lost_lines, gone = kept([*_INFLATION, "Öne çıkanlar", "Dolar 32,15", "Euro 35,12", "Gram altın 2.095"])
    assert "Öne çıkanlar" in lost_lines, gone


@pytest.mark.parametrize(
    "box",
    [
        # headlines closing on a year, prices closing on round figures, sharing only short words: other stories
        ["Öne çıkanlar", "Yeni dizi rehberi: Netflix'te Nisan 2024", "Yeni dizi rehberi: Disney+'ta Nisan 2024"],
        ["Öne çıkanlar", "Kadıköy'de satılık daire, 4.250.000 TL", "Beşiktaş'ta satılık daire, 6.100.000 TL"],
    ],
)
def test_a_highlights_box_of_headlines_closing_on_years_or_prices_still_goes(box: list[str]) -> None:
    lost_lines, gone = kept([*_INFLATION, *box])
    assert lost_lines == box, gone


if __name__ == "__main__":
    report(CASES)
