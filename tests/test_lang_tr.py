"""Turkish pages: a probe of scraped texts in the genres and outlet styles Turkish sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: see the commit adding
``rules/lang/tr.toml`` for the numbers before and after the Turkish vocabulary).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, tagged_probe_tests

import cleaner

CASES = {
    # a national news portal: a menu, dateline and byline, promos inside the text, credits, comments
    "news": """\
R Gündem
R Ekonomi
R Dünya
R Spor
R Yazarlar
T Meclis'te kira düzenlemesi kabul edildi: Artış sınırı yüzde 25
R Haber Merkezi
R Yayınlanma: 21.03.2024 14:05
R Güncelleme: 21.03.2024 16:30
A Türkiye Büyük Millet Meclisi Genel Kurulu'nda konut kiralarına ilişkin düzenleme perşembe günü kabul edildi. Teklif 285 oyla yasalaştı.
A Düzenlemeye göre konut kiralarındaki yıllık artış oranı bir yıl daha yüzde 25 ile sınırlandırılacak.
R İLGİLİ HABER: Kira artışında yeni dönem başladı
A Çevre, Şehircilik ve İklim Değişikliği Bakanı, Genel Kurul'da yaptığı konuşmada düzenlemenin kiracıları koruyacağını söyledi.
A "Amacımız ev sahibini de kiracıyı da mağdur etmemek," dedi.
R VİDEO: Bakan açıklamayı böyle yaptı
A Muhalefet ise düzenlemenin kalıcı bir çözüm getirmediğini savunarak konut arzının artırılması gerektiğini vurguladı.
A Düzenleme ne zaman yürürlüğe girecek?
A Kanun, Cumhurbaşkanı'nın onayının ardından Resmi Gazete'de yayımlanarak yürürlüğe girecek.
R Fotoğraf: AA
R Paylaş
R Facebook
R WhatsApp
R 12 Yorum
R Mehmet K.
R 21.03.2024 15:10
R Kiracılar için güzel haber ama ev sahipleri ne yapacak?
R Yanıtla
R Şikayet et
R Yorum yapabilmek için giriş yapmalısınız.
""",
    # a sports site: a match report and a league table
    "sport": """\
R Futbol
R Süper Lig
T Galatasaray deplasmanda 3 puanı 2 golle aldı
R Canlı anlatım: Kayserispor - Galatasaray
A Süper Lig'in 28. haftasında Galatasaray, deplasmanda Kayserispor'u 2-0 mağlup ederek liderliğini sürdürdü.
A Sarı-kırmızılıların gollerini 34. dakikada Icardi ve 78. dakikada Barış Alper Yılmaz kaydetti.
A Puan durumu:
A 1. Galatasaray 28 74
A 2. Fenerbahçe 28 73
A 3. Trabzonspor 28 48
A "Takım olarak çok iyi mücadele ettik," dedi teknik direktör Okan Buruk maç sonunda.
R (Fotoğraf: DHA)
R VİDEO: Maçın özeti
R İlgili Haberler
R Fenerbahçe'den hakem açıklaması
R En çok okunanlar
""",
    # a business site: currency and BIST widgets around a report with figures
    "business": """\
R Piyasalar
R Döviz
R Borsa
T Borsa İstanbul günü rekorla tamamladı
R 21.03.2024 18:20
A Borsa İstanbul'da BIST 100 endeksi günü yüzde 1,8 yükselişle 9.210 puandan tamamlayarak tüm zamanların en yüksek kapanışını gerçekleştirdi.
A Günün öne çıkan verileri şöyle:
A Dolar/TL: 32,05
A Euro/TL: 34,80
A Gram altın: 2.210 TL
A Bankacılık endeksi yüzde 3,4 artarken, holding endeksi yüzde 1,2 değer kazandı.
R Takip listesine ekle
R Son fiyat
R 9.210,45
R %1,80
R Veriler 15 dakika gecikmelidir.
A Analistler, yükselişin önümüzdeki günlerde de sürebileceğini belirtiyor.
R Devamını oku
R Abone ol
R Bizi Twitter'da takip edin
R © 2024 Ekonomi Haber A.Ş. Tüm hakları saklıdır.
""",
    # a columnist's page
    "column": """\
R Yazarlar
R Tüm yazıları
T Emeklinin bayram ikramiyesi ne olacak?
R Ayşe Demir
R 21 Mart 2024 Perşembe
A Bayram yaklaşırken milyonlarca emeklinin aklındaki tek soru ikramiyenin artıp artmayacağı.
A Geçen yıl 3 bin lira olarak ödenen ikramiye, bugünkü fiyatlarla bir market alışverişine ancak yetiyor.
A Hükümetin önünde iki seçenek var: ya ikramiyeyi artıracak ya da emekliyi yine bekletecek.
A Hangisini seçeceğini önümüzdeki hafta göreceğiz.
R Yazarın diğer yazıları
R Asgari ücrette ara zam tartışması
R Bu yazıyı paylaş
R Yorumlar (4)
R Yorum yap
""",
    # a blog post with the WordPress comment form under it
    "blog": """\
T Kapadokya'da üç gün: Rota ve öneriler
R 12 Ağustos 2023 tarihinde Zeynep tarafından yayınlandı
A Bu yaz tatilimizi Kapadokya'da geçirmeye karar verdik. Üç gün boyunca vadilerde yürüdük, mağara otelde kaldık ve sabahın erken saatlerinde balon turuna katıldık.
A İlk gün Göreme Açık Hava Müzesi'ni gezdik. Kaya kiliselerindeki freskler gerçekten etkileyici.
A Yanınıza neler almalısınız?
A Rahat yürüyüş ayakkabısı, şapka ve bol su şart. Akşamları hava serinlediği için bir hırka da işinize yarar.
A Sorularınız olursa yorumlarda yazabilirsiniz!
R Bunu paylaş:
R Twitter
R Facebook
R Benzer yazılar
R 2 Yorum
R Murat
R 13 Ağustos 2023, 09:12
R Çok güzel bir yazı olmuş, seneye biz de gitmeyi düşünüyoruz.
R Cevapla
R Zeynep
R 13 Ağustos 2023, 10:01
R Teşekkürler! Eylül ayını öneririm, daha sakin oluyor.
R Cevapla
R Bir yanıt yazın Yanıtı iptal et
R E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir
R Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet.
R Yorum gönder
""",
    # a technical Q&A forum thread: the posts are the content, the controls around them are not
    "forum": """\
R Forum
R Donanım
T Laptop aşırı ısınıyor, termal macun değişimi gerekli mi?
A Merhaba arkadaşlar, 3 yıllık bir laptopum var ve oyun oynarken sıcaklık 95 dereceye çıkıyor. Termal macun değiştirmek işe yarar mı?
R Alıntı yap
R Yanıtla
A Fanları temizleyip macunu yenilersen 10-15 derece düşüş görürsün. Ben geçen ay yaptım, fark ettim.
R Beğen
R Şikayet et
A Bir de BIOS'tan fan profilini performans moduna almayı dene.
R Cevap yazmak için giriş yapmalısınız.
R Bu konuyu görüntüleyen kullanıcılar: 2 üye, 14 ziyaretçi
""",
    # a shop's product page: cart, favourites, shipping banner, reviews
    "shop": """\
R Ücretsiz kargo 500 TL ve üzeri
R Giriş yap
R Sepetim
T Çelik Su Isıtıcısı 1,7 L
A Paslanmaz çelik gövdeli, 1,7 litre kapasiteli ve 2200 W gücündeki su ısıtıcısı bir litre suyu üç dakikadan kısa sürede kaynatır.
A Teknik özellikler:
A Kapasite: 1,7 L
A Güç: 2200 W
A Ağırlık: 1,2 kg
A Su kaynadığında ve tabandan kaldırıldığında otomatik olarak kapanır.
R Sepete ekle
R Favorilere ekle
R Değerlendirmeler (23)
R Yorum yaz
R Benzer ürünler
""",
    # a recipe: the card's buttons and the rating prompt
    "recipe": """\
R Tarife geç
T Annemin fırın sütlacı
A Bu sütlaç çocukluğumun tadı. Az malzemeyle yapılan, üzeri kızarmış nefis bir tatlı.
A Malzemeler:
A 1 litre süt
A 1 su bardağı pirinç
A 1 su bardağı şeker
A 2 yemek kaşığı pirinç unu
A Hazırlanışı:
A Pirinci yıkayıp iki su bardağı suyla yumuşayana kadar haşlayın. Sütü ekleyip kaynamaya bırakın.
A Şekeri ve suyla açtığınız pirinç ununu ekleyip koyulaşana kadar karıştırın. Kaselere paylaştırıp fırının üst ızgarasında kızartın.
R Tarifi yazdır
R Tarifi değerlendir
R Bu tarifi denediniz mi? Yorumlarda bize yazın!
R E-bültenimize abone olun, yeni tarifler her hafta e-posta kutunuza gelsin.
""",
    # a municipal announcement
    "belediye": """\
R T.C. Kadıköy Belediyesi
R Duyurular
T Moda Caddesi'nde altyapı çalışması nedeniyle trafik düzenlemesi
A Belediyemiz tarafından Moda Caddesi'nde yürütülen altyapı çalışmaları nedeniyle 25 Mart - 5 Nisan tarihleri arasında caddenin bir bölümü araç trafiğine kapatılacaktır.
A Çalışma süresince toplu taşıma araçları Bahariye Caddesi üzerinden yönlendirilecektir.
A Vatandaşlarımızın anlayışına teşekkür ederiz.
A Detaylı bilgi için 444 55 22 numaralı çağrı merkezini arayabilirsiniz.
R Yayın tarihi: 21.03.2024
R Okunma sayısı: 1.245
R Yazdır
R Geri dön
""",
    # a company's press release with its media contact
    "press": """\
R Basın Bülteni
T Termotek, Manisa'da yeni fabrika kuruyor: 300 kişiye istihdam
A Manisa, 21 Mart 2024 – Isıtma sistemleri üreticisi Termotek, Manisa Organize Sanayi Bölgesi'nde ısı pompası üretecek yeni bir fabrika kuracağını açıkladı. Yatırımın değeri 40 milyon euro.
A Üretimin 2025 yılının ikinci yarısında başlaması planlanıyor. Fabrika yılda 50 bin cihaz üretecek.
A Şirketin genel müdürü Ahmet Yılmaz, "Bu yatırım bizim için stratejik bir adım," dedi.
A Termotek hakkında
A Termotek, 1992'den bu yana faaliyet gösteren yerli bir ısıtma sistemleri üreticisidir.
R Basın iletişim:
R Kurumsal İletişim
R Basın bültenini indir (PDF, 245 KB)
R Paylaş
""",
    # a naive full page: header, KVKK cookie bar, menus, an article, app badges, footer
    "naive1": """\
R İçeriğe geç
R Sitemizde çerezler kullanılmaktadır. Çerezler hakkında detaylı bilgi almak için Çerez Politikası'nı inceleyebilirsiniz.
R Kabul et
R Çerez ayarları
R Giriş yap
R Üye ol
R Ara
R Menü
T İstanbul'da parklara 500 yeni ağaç dikilecek
A Nisan sonuna kadar kent parklarına çoğunluğu ıhlamur, akçaağaç ve meşeden oluşan 500 yeni ağaç dikilecek. Dikimler belediye bütçesinden karşılanacak.
A En fazla ağaç Göztepe Parkı'na ve Fenerbahçe sahiline dikilecek. Vatandaşlar yeni dikim alanları için de öneride bulunabilecek.
A Başvurular 10 Nisan'a kadar Park ve Bahçeler Müdürlüğü'ne yapılabiliyor.
R Haberin devamı
R Uygulamamızı indirin
R App Store'dan indirin
R Google Play'den edinin
R Hakkımızda
R Künye
R Gizlilik Politikası
R İletişim
R Reklam
R Copyright © 2024 Kent Gazetesi. Tüm hakları saklıdır. İzinsiz kullanılamaz.
""",
    # another naive page: KVKK notice, paywall, social row, teaser list and footer
    "naive2": """\
R Kişisel verileriniz, 6698 sayılı KVKK kapsamında işlenmektedir. Detaylı bilgi için Aydınlatma Metni'ni inceleyebilirsiniz.
R Tümünü kabul et
R Reddet
R Gündem | Dünya | Ekonomi | Kültür | Yazarlar
T Doktorlar grip salgınına karşı uyardı: Zirve şubatta
R Güncelleme: 21 Mart 2024, 14:05
A Son bir haftada grip ve grip benzeri enfeksiyon nedeniyle hastanelere başvuranların sayısı 300 bini aştı. Veriler Sağlık Bakanlığı tarafından paylaşıldı.
A Uzmanlar özellikle yaşlılara ve kronik hastalığı olanlara aşı olmalarını tavsiye ediyor. Aşı 65 yaş üstü için ücretsiz.
R Bu içerik yalnızca abonelerimize açıktır.
R Zaten abone misiniz? Giriş yapın
R Abone ol
R Bizi takip edin
R Instagram
R YouTube
R Sıradaki haber
R Asgari ücrete ara zam gelecek mi?
R Kaynak gösterilmeden alıntı yapılamaz.
R Tüm hakları saklıdır © 2024 Medya Grubu
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down. Most are pages the
#: stopword profile cannot tell Turkish (few function words: an agglutinative language says with
#: suffixes what others say with words), which get the English and language-neutral tables only.
RESIDUE_LEFT: dict[str, int] = {
    "belediye": 2,  # the municipality's name and a section word at the head
    "business": 1,  # not told Turkish: the quote widget's delay notice
    "column": 2,  # the section word and the columnist's name at the head
    "forum": 2,  # the forum's breadcrumb words at the head
    "press": 1,  # "Basın Bülteni": the genre's label
    "shop": 3,  # not told Turkish: the shipping banner and the header's links
    "sport": 3,  # not told Turkish: the section words and the live-coverage promo
}

#: The same with the language given (the Turkish vocabulary's own reach).
RESIDUE_LEFT_AS_TURKISH: dict[str, int] = {
    "belediye": 2,  # the municipality's name and a section word at the head
    "column": 2,
    "forum": 2,
    "press": 1,
    "sport": 2,  # the section words at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="tr"
)


@pytest.mark.parametrize("key", sorted(CASES))
def test_as_turkish_article_lines_survive_and_residue_goes(key: str) -> None:
    lost, left = judge(CASES[key], language="tr")
    assert lost == []
    assert len(left) <= RESIDUE_LEFT_AS_TURKISH.get(key, 0), left


_BODY = [
    "Belediye meclisi salı günü eski liman için hazırlanan yeni planı onayladı ve böylece projenin maliyeti ile balıkçı filosunun geleceği üzerine iki yıldan uzun süren tartışmalar sona erdi.",
    "Plana göre doğu rıhtımı yeniden inşa edilerek halka açılacak, batı yakası ise her sabah hâlâ kente balık getiren tekneler için kullanılmaya devam edecek.",
    "Mahalle sakinlerinden birçoğu sonunda bir karar alınmasından memnun olduklarını söyledi, ancak bazıları çalışmaların aylarca sorun yaratacağı uyarısında bulundu.",
]


@pytest.mark.parametrize(
    ("line", "pass_name"),
    [
        # Python's re matches i, I, İ and ı with each other; the first-character dispatch and the
        # literal scans must too (str.lower() turns "İ" into two characters and keeps "ı")
        ("İlgili Haberler", "teaser-box"),
        ("İLGİLİ HABERLER", "teaser-box"),
        ("ILGILI HABER: Kira artışında yeni dönem", "promo-label"),
        ("İlgili haber: Kira artışında yeni dönem başladı", "promo-label"),
        ("İçeriğe geç", "site-chrome"),
        ("İLETİŞİM", "site-chrome"),
        ("SİTEMİZDE ÇEREZLER KULLANILMAKTADIR. DETAYLI BİLGİ İÇİN ÇEREZ POLİTİKASI'NI İNCELEYİN.", "cookie-notice"),
        ("EN ÇOK OKUNANLAR", "teaser-box"),
    ],
)
def test_dotted_and_dotless_i_match_either_case(line: str, pass_name: str) -> None:
    result = cleaner.explain_text("\n".join([_BODY[0], line, _BODY[1], _BODY[2]]), language="tr")
    assert result.text.split("\n") == _BODY
    assert [r.pass_name for r in result.removed] == [pass_name]


def test_fold_keeps_offsets() -> None:
    from cleaner.vocab import fold

    assert fold("İLGİLİ HABER") == "ilgili haber"
    assert fold("HAKLARI SAKLIDIR") == "haklari saklidir" == fold("hakları saklıdır")
    assert len(fold("İİı")) == 3


def test_short_turkish_text_is_told_turkish_by_its_letters() -> None:
    # Turkish says with suffixes what others say with function words: two sentences give the stopword
    # profile no clear answer, its dotless ı and soft ğ do (and its vocabularies then apply)
    from cleaner import language

    paras = [
        "Aylar süren görüşmelerden sonra, belediye meclisi dün eski liman için hazırlanan yeni planı onayladı.",
        "Yaklaşık 200 kişinin önünde, belediye meclisi dün eski liman için hazırlanan yeni planı onayladı, dedi "
        "belediye sözcüsü.",
    ]
    text = "\n\n".join([*paras, "İLGİLİ HABER: Kira artışında yeni dönem başladı"])
    assert language.guess_by_stopwords(text) is None
    assert language.guess_by_letters(text) == "tr"
    result = cleaner.explain_text(text)
    assert result.language == "tr"
    assert result.text == "\n\n".join(paras)
    assert [r.pass_name for r in result.removed] == ["promo-label"]


@pytest.mark.parametrize(
    "text",
    [
        # an English page quoting Turkish names: a few of the letters, far under their share of a Turkish text
        "President Erdoğan met the opposition leader Kılıçdaroğlu in Ankara on Tuesday, and the two men "
        "discussed the budget, the central bank and the elections planned for next spring in the capital.",
        # Azerbaijani writes ı and ğ too, and its ə
        "Azərbaycan Respublikasının Prezidenti bu gün paytaxtda keçirilən beynəlxalq forumda çıxış etdi və "
        "ölkənin iqtisadi inkişafı haqqında danışdı, qonaqlar da iştirak etdilər, yığıncaq uzun sürdü.",
        # Romanian's ş and ţ are no Turkish letters
        "Preşedintele a declarat că guvernul va continua reformele începute anul trecut şi că bugetul "
        "pentru anul viitor va fi prezentat parlamentului în următoarele săptămâni de către ministru.",
    ],
)
def test_turkish_letters_tell_turkish_only(text: str) -> None:
    from cleaner import language

    assert language.guess_by_letters(text) is None
