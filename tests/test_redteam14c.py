# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Over-stripping red team 14c: article GENRES not probed before, in the languages beyond the main seven
(ru pl cs sv da no ro tr uk el hu id vi), each page written the way sites in that language write.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line that may go
either way). Half the pages are what a NAIVE scraper keeps (menus, share rows, footers), half what an EXTRACTOR
lets through. The genres: court reports, match reports with their line-ups, live blogs with their entry times,
product reviews with pros and cons, a municipal water-cut notice, an obituary, job adverts, a press release with
its press contact, weather reports, an explainer with a numbered list.

BEFORE_NUMBERS
"""

from __future__ import annotations

from probes import report, tagged_probe_tests

_CASES1 = {
    # EXTRACTOR: a Russian court report
    "ru_sud": """\
T Бывшего главу района приговорили к семи годам колонии за взятку
R Новости, 14 марта 2025, 12:40
R Автор: Ирина Соколова
A Ленинский районный суд вынес приговор бывшему главе администрации Заречного района Олегу Миронову.
A Его признали виновным в получении взятки в особо крупном размере.
A По версии следствия, в 2022 году Миронов получил от местного предпринимателя 4,5 млн рублей за победу его фирмы в аукционе на ремонт дорог.
A Суд назначил ему семь лет колонии строгого режима и штраф в размере 9 млн рублей.
A Кроме того, Миронову на пять лет запрещено занимать должности на государственной службе.
A Вину он не признал.
A Защита намерена обжаловать приговор.
A Предприниматель, передавший деньги, ранее заключил досудебное соглашение и получил условный срок.
R Подписывайтесь на наш канал в Telegram
R Нашли ошибку? Выделите текст и нажмите Ctrl+Enter
R Читайте также: В области задержали замглавы дорожного управления
""",
    # NAIVE: a Russian weather report
    "ru_pogoda": """\
R Главная
R Новости
R Погода
R Происшествия
R Спорт
R Афиша
R Войти
T Синоптики пообещали в выходные до +18 и сильный ветер
R 21 марта 2025, 09:15
R 1 245 просмотров
A В субботу в регионе будет тепло и сухо: днём воздух прогреется до +14…+18 градусов.
A Ночью ожидается от 0 до +5, в низинах возможны заморозки.
A В воскресенье с запада придёт атмосферный фронт.
A Ветер усилится до 15–20 метров в секунду, местами пройдут кратковременные дожди.
A Спасатели просят жителей не оставлять машины под деревьями и рекламными щитами.
A Похолодание продлится недолго: уже в среду столбик термометра снова поднимется до +15.
R Поделиться
R ВКонтакте
R Одноклассники
R Telegram
R Комментарии (4)
R Вам может быть интересно
R Как весной защитить огород от заморозков
R © 2025 Городской портал. Все права защищены.
R 18+
""",
    # EXTRACTOR: a Polish obituary
    "pl_nekrolog": """\
T Nie żyje Halina Wróbel, wieloletnia dyrektorka szkoły w Borkowie
R Opublikowano: 03.02.2025, 16:20
A W wieku 84 lat zmarła Halina Wróbel, przez ponad dwadzieścia lat dyrektorka Szkoły Podstawowej nr 2 w Borkowie.
A Urodziła się w 1940 roku w Lublinie.
A Po studiach polonistycznych trafiła do Borkowa, gdzie uczyła języka polskiego, a w 1978 roku objęła kierownictwo szkoły.
A Założyła szkolny teatr i chór, który zdobył wiele nagród.
A Jej uczniowie wspominają ją jako osobę wymagającą, ale bardzo życzliwą.
A „Nauczyła nas, że słowa mają wagę” – mówi burmistrz Borkowa, który sam był jej uczniem.
A Uroczystości pogrzebowe odbędą się w sobotę, 8 lutego, o godz. 11.00 w kościele parafialnym pw. św. Józefa.
A Rodzinie i bliskim składamy wyrazy współczucia.
R Udostępnij
R Komentarze
R Dodaj komentarz
R Twój adres e-mail nie zostanie opublikowany.
""",
    # NAIVE: a Polish product review with its pros and cons
    "pl_recenzja": """\
R Przejdź do treści
R Testy
R Smartfony
R Laptopy
R Poradniki
R Promocje
R Zaloguj się
T Test odkurzacza Vento S8. Tani, a radzi sobie zaskakująco dobrze
R Marek Zieliński
R 12 kwietnia 2025
A Vento S8 kosztuje niecałe 700 zł, a na twardych podłogach sprząta niemal tak dobrze jak modele trzy razy droższe.
A Odkurzacz ma 9 cm wysokości, więc bez problemu wjeżdża pod łóżko i większość kanap.
A Na panelach zebrał 96 proc. testowego brudu, na grubym dywanie już tylko 78 proc.
A Bateria wytrzymała 115 minut w trybie standardowym, co wystarczy na mieszkanie o powierzchni 80 metrów.
A Zalety
A Bardzo cichy
A Tanie szczotki zapasowe
A Wady
A Brak mapowania pomieszczeń
A Słabo radzi sobie z dywanami
A Werdykt
A Jeśli masz w domu głównie panele i ograniczony budżet, Vento S8 będzie dobrym wyborem.
A Ocena: 4/5
R Udostępnij na Facebooku
R Zobacz także
R Najlepsze odkurzacze do 1000 zł – ranking
R Regulamin
R Polityka prywatności
R Ustawienia cookies
""",
    # EXTRACTOR: a Czech live blog with its entry times
    "cs_online": """\
T ONLINE: Povodně na Moravě. Hladina Bečvy stále stoupá
R Aktualizováno 15. září 2024 18:42
A 18:40
A Hasiči evakuovali dalších 120 obyvatel Troubek, kde voda zaplavila dolní část obce.
A 18:05
A Krajský úřad vyhlásil třetí stupeň povodňové aktivity pro celý okres Přerov.
A Lidé by podle hejtmana neměli zbytečně vyjíždět z domova.
A 17:30
A Vlaky mezi Přerovem a Olomoucí nejezdí, náhradní autobusová doprava zatím není zajištěna.
A 16:55
A Na Bečvě v Dluhonicích dosáhla hladina 5,2 metru, což je o metr více než ráno.
R Sdílet
R Diskuse (87)
R Nejčtenější
R Sledujte nás na Facebooku
""",
    # NAIVE: a Czech job advert
    "cs_inzerat": """\
R Hledat práci
R Pro firmy
R Kariérní rady
R Přihlásit
T Skladník / skladnice – ranní směna
R Vloženo: 2. 4. 2025
A Logistické centrum Pohořelice hledá do svého týmu skladníka nebo skladnici na ranní směny.
A Náplň práce
A příjem a výdej zboží
A kontrola dodávek podle dokladů
A obsluha čtečky čárových kódů
A Požadujeme
A vyučení nebo SŠ vzdělání
A průkaz na vysokozdvižný vozík výhodou
A spolehlivost a pečlivost
A Nabízíme
A mzdu 32 000 Kč měsíčně
A 5 týdnů dovolené
A stravenky v hodnotě 120 Kč
A Nástup možný ihned.
A Životopis zasílejte na e-mail prace@pohorelice-logistik.example.
R Odpovědět na inzerát
R Uložit inzerát
R Podobné nabídky
R Nastavení cookies
R © 2025 Práce Dnes
""",
    # NAIVE: a Swedish match report with its line-ups
    "sv_match": """\
R Till innehållet
R Nyheter
R Sport
R Fotboll
R Hockey
R Logga in
T Holm avgjorde när Åsby vann derbyt
R Johan Lindqvist
R Publicerad 14 april 2025 kl. 21.05
A Åsby IF vann derbyt mot Strands BK med 2–1 inför 3 412 åskådare på Sjövallen.
A Strand tog ledningen redan i den tolfte minuten genom Emil Sandberg.
A Efter paus kvitterade Åsby på straff och med fem minuter kvar nickade Viktor Holm in segermålet.
A – Det här betyder allt för oss, sa Holm efter matchen.
A Åsby: Berg – Nyström, Karlsson, Ali, Persson – Holm, Lund (Ek 78), Sjöberg – Olsson, Hedlund, Åkesson.
A Strand: Forsberg – Lindgren, Wall, Sandberg, Dahl – Öberg, Falk, Nyman – Sund, Blom, Vik.
A Mål: Sandberg 12, Åkesson (straff) 56, Holm 85.
A Varningar: Ali, Wall.
A Domare: Peter Ström.
R Dela artikeln
R Kommentera
R Mest läst
R Kontakta oss
R Cookieinställningar
""",
    # EXTRACTOR: a Danish press release with its press contact
    "da_presse": """\
T Fynsk mejeri investerer 80 millioner i ny ostefabrik
R Pressemeddelelse
R 10. marts 2025
A Mejeriet Lyngholm udvider produktionen med en ny fabrik til modne oste i Ringe.
A Fabrikken skal stå færdig i foråret 2026 og vil skabe omkring 40 nye arbejdspladser.
A "Efterspørgslen efter danske lagrede oste er steget markant i Tyskland og Sverige, og vi vil gerne være klar," siger administrerende direktør Søren Holt.
A Byggeriet går i gang til sommer.
A Om Lyngholm
A Lyngholm er et andelsmejeri ejet af 210 landmænd på Fyn og beskæftiger i dag 350 medarbejdere.
A For yderligere oplysninger kontakt:
A Kommunikationschef Mette Brandt
A Tlf. 61 22 33 44
A mb@lyngholm.example
R Del på LinkedIn
R Tilmeld dig vores nyhedsbrev
""",
    # EXTRACTOR: a Norwegian court report
    "no_retten": """\
T Mann i 40-årene dømt til fengsel for grov vold mot dørvakt
R Publisert: 03.03.2025 14:10
R Oppdatert: 03.03.2025 15:02
A En mann i 40-årene er dømt til ett år og seks måneders fengsel for grov vold mot en dørvakt i Tønsberg sentrum.
A Det skjedde natt til 12. august i fjor.
A Ifølge dommen slo mannen dørvakten flere ganger i hodet etter at han ble nektet adgang til et utested.
A Dørvakten fikk brudd i kjeven og var sykmeldt i tre måneder.
A Mannen erkjente straffskyld.
A Retten la vekt på at volden var uprovosert.
A Han må også betale 60 000 kroner i oppreisning til fornærmede.
A Dommen er ikke rettskraftig.
R Del artikkelen
R Les også: Ny sak om vold på utested i helgen
R Tips oss
""",
    # NAIVE: a Romanian municipal water-cut notice
    "ro_anunt": """\
R Acasă
R Primăria
R Anunțuri
R Taxe și impozite
R Contact
T Întrerupere a furnizării apei potabile în cartierul Tineretului
R Publicat pe 5 mai 2025
A Compania de apă anunță că joi, 8 mai, între orele 8:00 și 18:00, furnizarea apei potabile va fi întreruptă în cartierul Tineretului.
A Întreruperea este necesară pentru înlocuirea unei conducte magistrale pe strada Florilor.
A Vor fi afectate următoarele străzi:
A strada Florilor
A strada Crinului
A strada Lalelelor
A aleea Teilor
A Pe durata lucrărilor, locuitorii vor fi aprovizionați cu apă prin cisterne amplasate în parcarea școlii nr. 5.
A Ne cerem scuze pentru neplăcerile create.
A Dispecerat: 0244 555 123
R Distribuie
R Facebook
R Politica de confidențialitate
R Termeni și condiții
R © 2025 Primăria Municipiului
""",
    # EXTRACTOR: a Turkish match report with its line-ups
    "tr_mac": """\
T Kartalspor deplasmanda üç puanı tek golle aldı
R 16 Mart 2025 Pazar 19:45
R Güncelleme: 16 Mart 2025 20:10
A Kartalspor, ligin 26. haftasında deplasmanda Yalıspor'u 1-0 yendi.
A Maçın tek golü 67. dakikada Emre Aydın'dan geldi.
A Ev sahibi ekip son dakikalarda baskı kursa da kaleci Burak Şen'i geçemedi.
A Teknik direktör Levent Koç, maçın ardından "Zor bir deplasmandı, oyuncularımı kutluyorum" dedi.
A Stat: Sahil
A Hakemler: Mert Yıldız, Can Öztürk, Ali Demir
A Yalıspor: Kaya, Çelik, Arslan, Doğan, Kurt, Özdemir (Dk. 70 Şahin), Yılmaz, Aslan, Polat, Kılıç, Erdem
A Kartalspor: Şen, Güler, Akın, Tekin, Bulut, Aydın, Korkmaz (Dk. 80 Ateş), Çetin, Uçar, Turan, Sarı
A Gol: Emre Aydın (Dk. 67) (Kartalspor)
A Sarı kartlar: Doğan, Kılıç (Yalıspor), Güler (Kartalspor)
R Haberi paylaş
R Yorum yap
R İlgili Haberler
""",
    # NAIVE: a Ukrainian live blog
    "uk_online": """\
R Головна
R Новини
R Економіка
R Спорт
R Увійти
T Негода у Карпатах: онлайн
R 12 лютого 2025, 08:00
A 14:20
A Рятувальники відновили рух на трасі Н-09 біля Яремча, проте водіїв просять не виїжджати без потреби.
A 12:45
A Через снігопад без світла залишаються 38 населених пунктів Івано-Франківської області.
A Енергетики працюють у посиленому режимі.
A 11:10
A На Закарпатті закрили для руху перевал Ужоцький.
A 09:30
A Синоптики оголосили жовтий рівень небезпеки на весь день.
R Поділитися
R Коментарі
R Читайте також
R Політика конфіденційності
R © 2025 Всі права захищені
""",
    # EXTRACTOR: a Greek weather report
    "el_kairos": """\
T Καιρός: Έρχεται ψυχρή εισβολή με χιόνια και θυελλώδεις ανέμους
R 20/01/2025 - 10:35
R Ενημερώθηκε: 20/01/2025 - 12:10
A Σημαντική πτώση της θερμοκρασίας αναμένεται από την Τετάρτη σε όλη τη χώρα.
A Σύμφωνα με την ΕΜΥ, χιόνια θα πέσουν στα ορεινά της Μακεδονίας και της Θεσσαλίας, ακόμη και σε χαμηλά υψόμετρα.
A Οι άνεμοι στο Αιγαίο θα πνέουν βόρειοι 8 με 9 μποφόρ.
A Η θερμοκρασία στην Αθήνα δεν θα ξεπεράσει τους 8 βαθμούς.
A Η Πολιτική Προστασία συστήνει στους πολίτες να αποφεύγουν τις άσκοπες μετακινήσεις.
A Βελτίωση του καιρού αναμένεται από την Κυριακή.
R Ακολουθήστε μας στο Google News
R Διαβάστε επίσης: Πού θα χιονίσει την Πέμπτη
R Σχόλια
""",
    # EXTRACTOR: a Hungarian job advert
    "hu_allas": """\
T Pénzügyi asszisztens
R Feladva: 2025. március 3.
A A Tiszafa Kft. debreceni irodájába keres pénzügyi asszisztenst teljes munkaidőbe.
A Feladatok:
A bejövő számlák rögzítése
A banki utalások előkészítése
A kapcsolattartás a könyvelőirodával
A Elvárások:
A középfokú pénzügyi végzettség
A legalább 2 év szakmai tapasztalat
A magabiztos Excel-tudás
A Amit kínálunk:
A versenyképes fizetés
A cafeteria
A home office heti egy napon
A A fényképes önéletrajzokat a karrier@tiszafa.example címre várjuk.
R Jelentkezem
R Hasonló állások
R Megosztás
""",
    # NAIVE: an Indonesian product review with pros and cons
    "id_ulasan": """\
R Beranda
R Berita
R Gadget
R Review
R Tips
R Masuk
T Review Ponsel Nova 12: Baterai Awet, Kamera Biasa Saja
R Oleh Rizky Pratama
R Senin, 10 Maret 2025 14:30 WIB
A Nova 12 dijual dengan harga Rp 2,8 juta dan menawarkan baterai 6.000 mAh yang sanggup bertahan hingga dua hari pemakaian.
A Layarnya berukuran 6,7 inci dengan refresh rate 120 Hz, cukup nyaman untuk menonton video dan bermain gim ringan.
A Kamera utama 50 MP menghasilkan foto yang bagus di siang hari, tetapi hasilnya kurang tajam saat malam.
A Kelebihan
A Baterai sangat awet
A Layar mulus
A Kekurangan
A Kamera malam kurang tajam
A Tanpa pengisian cepat
A Kesimpulan
A Nova 12 cocok untuk pengguna yang mengutamakan daya tahan baterai dengan anggaran terbatas.
R Bagikan
R Baca Juga
R 5 HP Rp 3 Jutaan Terbaik Bulan Ini
R Tentang Kami
R Pedoman Media Siber
R Kebijakan Privasi
R Copyright © 2025 Gadgetku
""",
    # EXTRACTOR: a Vietnamese explainer with a numbered list
    "vi_giaithich": """\
T Làm gì khi bị say nắng? 5 bước sơ cứu cần biết
R Thứ hai, 2/6/2025, 10:15 (GMT+7)
A Say nắng xảy ra khi cơ thể tiếp xúc lâu với nhiệt độ cao, khiến thân nhiệt tăng nhanh và không kịp điều hòa.
A Theo các bác sĩ, người bị say nắng cần được sơ cứu ngay theo các bước sau:
A 1. Đưa người bệnh vào chỗ râm mát, thoáng khí.
A 2. Nới lỏng quần áo và cho nằm nghỉ, kê cao chân.
A 3. Lau người bằng khăn ướt hoặc chườm mát ở nách, bẹn.
A 4. Cho uống nước từng ngụm nhỏ nếu người bệnh còn tỉnh.
A 5. Gọi cấp cứu 115 nếu người bệnh lơ mơ, co giật hoặc ngừng thở.
A Không nên cho người bệnh uống rượu bia hay đồ uống có cồn.
A Bác sĩ Nguyễn Văn Hùng
A Bệnh viện Đa khoa tỉnh
R Chia sẻ
R Ý kiến (12)
R Xem thêm: Cách phòng tránh sốc nhiệt cho trẻ
""",
}

CASES = {**_CASES1}

#: The article lines a page is known to lose (a strict ratchet).
KNOWN_LOST: dict[str, list[str]] = {}

#: The residue a page is known to leave (a ratchet: it may only shrink).
RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


if __name__ == "__main__":
    report(CASES)
