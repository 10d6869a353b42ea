"""Text in languages without residue vocabularies: the fallback (structure, length and
punctuation, language-neutral rules) must never take a line of the article.

The cases are scraped pages from a probe in scripts and languages the project has no
vocabulary for (Turkish, Greek, Arabic, Hebrew, Chinese, Japanese, Indonesian, Hindi,
Korean, Czech); each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T``
(the headline: either). Every case here lost article lines before the fallback judged other
scripts' sentence ends, colon lines, figures in unspaced text and announced tables.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, page_text, parse

import cleaner
from cleaner.textstats import ends_sentence, word_count

CASES = {  # (lines of real paragraphs: longer than the line limit)
    "tr1": """\
R Anasayfa
R Gündem
R Ekonomi
R Dünya
R Spor
R Magazin
T Merkez Bankası faizi yüzde 50'ye yükseltti
R 21.03.2024 - 14:05
R Güncelleme: 21.03.2024 - 14:30
A Türkiye Cumhuriyet Merkez Bankası, politika faizini 500 baz puan artırarak yüzde 50'ye yükseltti. Karar piyasalarda sürpriz olarak değerlendirildi.
A Bankanın açıklamasında, enflasyondaki ana eğilimin beklenenden yüksek seyrettiği belirtildi.
A "Sıkı duruş sürdürülecek" ifadesi dikkat çekti.
A Piyasalar nasıl tepki verdi?
A Kararın ardından Türk lirası dolar karşısında değer kazandı, Borsa İstanbul ise güne düşüşle başladı. Öne çıkan veriler şöyle:
A Dolar/TL: 32,05
A Euro/TL: 34,80
A BIST 100: 9.050 puan
A Gözler şimdi nisan ayındaki toplantıda.
R Fotoğraf: AA
R Paylaş
R Facebook
R WhatsApp
R İlgili Haberler
R Altın fiyatları rekor kırdı
R Asgari ücrete ara zam gelecek mi?
R E-bültenimize abone olun
R Yorumlar
R Ahmet Y.
R 21.03.2024 15:10
R Bu karar çok geç alındı.
R Yanıtla
R Tüm hakları saklıdır. © 2024 Haber Medya A.Ş.
""",
    "el1": """\
R Αρχική
R Ελλάδα
R Πολιτική
R Οικονομία
R Κόσμος
R Αθλητισμός
T Αύξηση του κατώτατου μισθού στα 830 ευρώ από τον Απρίλιο
R 15/03/2024 - 11:20
R Της Μαρίας Παπαδοπούλου
A Η κυβέρνηση ανακοίνωσε την Παρασκευή ότι ο κατώτατος μισθός θα αυξηθεί στα 830 ευρώ από την 1η Απριλίου. Η αύξηση αφορά περίπου 600.000 εργαζομένους στον ιδιωτικό τομέα.
A Ο υπουργός Εργασίας χαρακτήρισε την απόφαση «σημαντικό βήμα» για τους εργαζομένους.
A «Δεν σταματάμε εδώ», δήλωσε.
A Τι αλλάζει
A Οι εργοδοτικές οργανώσεις εκφράζουν επιφυλάξεις, ενώ τα συνδικάτα ζητούν μεγαλύτερη αύξηση. Η εξέλιξη του κατώτατου μισθού:
A 2019: 650 ευρώ
A 2022: 713 ευρώ
A 2023: 780 ευρώ
A 2024: 830 ευρώ
A Πόσο θα κρατήσει η ανακούφιση;
A Η απόφαση θα δημοσιευθεί σε ΦΕΚ τις επόμενες ημέρες.
R Φωτογραφία: Eurokinissi
R Κοινοποίηση
R Facebook
R Twitter
R Διαβάστε επίσης
R Νέα μέτρα για τη στέγαση των νέων
R Πόσο αυξήθηκαν οι τιμές στα σούπερ μάρκετ
R Εγγραφείτε στο newsletter μας
R Σχόλια
R Γιώργος
R 15/03/2024 12:40
R Λίγα είναι ακόμα.
R Απάντηση
R © 2024 Ειδησεογραφικό Πρακτορείο. Με την επιφύλαξη παντός δικαιώματος.
""",
    "ar1": """\
R الرئيسية
R أخبار
R سياسة
R اقتصاد
R رياضة
R ثقافة
T البنك المركزي يرفع سعر الفائدة إلى 27.25 في المئة
R نشر في: 6 مارس 2024 - 10:15
R كتب: أحمد حسن
A قرر البنك المركزي المصري رفع أسعار الفائدة بمقدار 600 نقطة أساس في اجتماع استثنائي يوم الأربعاء، في خطوة تهدف إلى كبح التضخم وجذب الاستثمارات الأجنبية.
A وقال البنك في بيان إنه سمح بتحديد سعر صرف الجنيه وفقا لآليات السوق.
A «هذه خطوة ضرورية لاستعادة الثقة»، قال أحد المصرفيين.
A ردود الفعل في الأسواق
A ارتفعت البورصة المصرية في تعاملات الصباح، بينما تراجع الجنيه أمام الدولار في البنوك. وجاءت الأرقام الرئيسية كما يلي:
A سعر الدولار: 49.5 جنيه
A سعر الفائدة على الإيداع: 27.25%
A سعر الفائدة على الإقراض: 28.25%
A ويتوقع المحللون مزيدا من الإصلاحات خلال الأشهر المقبلة.
A هل تنجح الخطة؟
A الأيام المقبلة ستجيب.
R تصوير: رويترز
R شارك
R فيسبوك
R تويتر
R واتساب
R اقرأ أيضا
R أسعار الذهب اليوم في مصر
R الحكومة تعلن حزمة حماية اجتماعية جديدة
R اشترك في النشرة البريدية
R التعليقات
R محمد علي
R منذ ساعتين
R قرار متأخر لكنه صحيح.
R رد
R جميع الحقوق محفوظة © 2024 شبكة الأخبار
""",
    "he1": """\
R ראשי
R חדשות
R פוליטיקה
R כלכלה
R ספורט
R תרבות
T בנק ישראל הוריד את הריבית ל-4.5%
R 01.01.2024 16:05
R מאת: דנה כהן
A בנק ישראל הודיע היום על הורדת הריבית ברבע אחוז לרמה של 4.5%, לראשונה מזה כמעט ארבע שנים. ההחלטה התקבלה על רקע התמתנות האינפלציה וההאטה בפעילות הכלכלית.
A נגיד הבנק אמר כי הוועדה תמשיך לעקוב מקרוב אחר ההתפתחויות.
A "זה צעד זהיר", אמר הנגיד.
A מה זה אומר לכם
A משמעות ההחלטה היא ירידה קלה בהחזרי המשכנתא החודשיים. הנה כמה דוגמאות:
A משכנתא של 1,000,000 ש"ח: חיסכון של כ-120 ש"ח בחודש
A משכנתא של 1,500,000 ש"ח: חיסכון של כ-180 ש"ח בחודש
A משכנתא של 2,000,000 ש"ח: חיסכון של כ-240 ש"ח בחודש
A ההחלטה הבאה צפויה בפברואר.
R צילום: פלאש 90
R שתפו
R פייסבוק
R וואטסאפ
R כתבות נוספות
R מחירי הדירות ממשיכים לעלות
R הבורסה בתל אביב נסגרה בעליות
R הירשמו לניוזלטר שלנו
R תגובות
R יוסי
R 01.01.2024 17:20
R סוף סוף חדשות טובות
R הגב
R © כל הזכויות שמורות 2024
""",
    "zh1": """\
R 首页
R 新闻
R 财经
R 科技
R 体育
R 娱乐
T 国家统计局：一季度GDP同比增长5.3%
R 2024年04月16日 10:30 来源：新华网
R 作者：李明
A 国家统计局16日发布数据显示，一季度国内生产总值同比增长5.3%，比上年四季度环比增长1.6%，经济运行实现良好开局。
A 统计局新闻发言人表示，国民经济持续回升向好。
A “开局良好，但仍面临挑战。”
A 主要指标
A 从主要指标看，工业生产和服务业均保持较快增长，消费市场稳步恢复。具体数据如下：
A 规模以上工业增加值：增长6.1%
A 社会消费品零售总额：增长4.7%
A 固定资产投资：增长4.5%
A 专家认为，全年经济增长目标有望实现。
A 后续仍需观察。
R 图片来源：视觉中国
R 分享到：
R 微信
R 微博
R 相关阅读
R 央行：保持流动性合理充裕
R 3月份CPI同比上涨0.1%
R 订阅我们的新闻简报
R 网友评论
R 北京网友
R 2024-04-16 11:02
R 数据不错，希望继续保持。
R 回复
R 版权所有 © 2024 新闻网 保留所有权利
""",
    "zh2": """\
R 我的博客
R 旅行
R 美食
R 关于我
T 成都三日游攻略
A 去年秋天，我和朋友第一次去了成都，三天的时间虽然不长，但留下了很深的印象。
A 第一天
A 我们先去了大熊猫繁育研究基地，早上去的熊猫最活跃。
A 第二天
A 逛了宽窄巷子和锦里，吃了很多小吃。
A 花费明细：
A 酒店：350元/晚
A 火锅：180元
A 门票：55元
A 下次还想再去。
R 本文图片均为作者拍摄
R 点赞
R 收藏
R 发表评论
R 京ICP备12345678号
R © 2023 小王的旅行日记
""",
    "ja1": """\
R ホーム
R ニュース
R 経済
R 国際
R スポーツ
R エンタメ
T 日銀、マイナス金利を解除　17年ぶりの利上げ
R 2024年3月19日 15:40
R 経済部　山田太郎
A 日本銀行は19日の金融政策決定会合で、マイナス金利政策を解除することを決めた。利上げは2007年2月以来、17年ぶりとなる。
A 植田総裁は会見で、賃上げの動きが広がっていると説明した。
A 「物価目標の実現が見通せる状況になった」
A 市場の反応
A 決定を受けて円相場は下落し、日経平均株価は上昇した。主な指標は次の通り。
A 日経平均：40003円
A ドル円：150円50銭
A 長期金利：0.73％
A 今後の追加利上げの時期が焦点となる。
A 影響は限定的との見方も多い。
R 写真：共同通信
R シェア
R ツイート
R ブックマーク
R あわせて読みたい
R 春闘、賃上げ率5％超え　33年ぶり高水準
R 円安で輸入物価が上昇
R メールマガジンに登録する
R コメント
R 匿名さん
R 2024/03/19 16:05
R ついに来たか。
R 返信
R Copyright © 2024 ニュース株式会社 All Rights Reserved.
""",
    "id1": """\
R Beranda
R Berita
R Ekonomi
R Olahraga
R Hiburan
R Teknologi
T Bank Indonesia Tahan Suku Bunga di Level 6 Persen
R Rabu, 20 Maret 2024 | 14:30 WIB
R Penulis: Dewi Lestari
A Bank Indonesia memutuskan untuk mempertahankan suku bunga acuan di level 6 persen dalam rapat dewan gubernur yang berakhir pada Rabu. Keputusan ini sesuai dengan perkiraan para ekonom.
A Gubernur BI mengatakan kebijakan ini untuk menjaga stabilitas nilai tukar rupiah.
A "Kami tetap waspada," ujarnya.
A Proyeksi ekonomi
A BI memperkirakan pertumbuhan ekonomi tahun ini berada di kisaran berikut:
A Pertumbuhan ekonomi: 4,7-5,5 persen
A Inflasi: 2,5 plus minus 1 persen
A Kurs rupiah: Rp15.700 per dolar AS
A Rapat berikutnya dijadwalkan pada April.
R Foto: ANTARA/Aprillio Akbar
R Bagikan
R Facebook
R WhatsApp
R Baca Juga
R Harga Emas Antam Naik Hari Ini
R Rupiah Melemah terhadap Dolar AS
R Berlangganan newsletter kami
R Komentar
R Budi Santoso
R 20 Maret 2024 15:10
R Semoga harga kebutuhan pokok stabil.
R Balas
R Copyright © 2024 Media Nusantara. All Rights Reserved.
""",
    "hi1": """\
R होम
R देश
R विदेश
R राजनीति
R खेल
R मनोरंजन
T आरबीआई ने रेपो रेट 6.5 प्रतिशत पर बरकरार रखा
R प्रकाशित: 8 फरवरी 2024, 11:45 AM
R लेखक: राहुल शर्मा
A भारतीय रिज़र्व बैंक ने गुरुवार को लगातार छठी बार रेपो रेट को 6.5 प्रतिशत पर बरकरार रखने का फैसला किया। यह फैसला बाजार की उम्मीदों के अनुरूप रहा।
A गवर्नर ने कहा कि महंगाई को लक्ष्य के भीतर लाना प्राथमिकता है।
A "हमारा ध्यान महंगाई पर है।"
A मुख्य बातें
A मौद्रिक नीति समिति की बैठक के बाद जारी आंकड़े इस प्रकार हैं:
A रेपो रेट: 6.5%
A जीडीपी वृद्धि अनुमान: 7%
A महंगाई अनुमान: 5.4%
A अगली बैठक अप्रैल में होगी।
A बाजार ने सधी प्रतिक्रिया दी।
R फोटो: पीटीआई
R शेयर करें
R फेसबुक
R ट्विटर
R व्हाट्सऐप
R यह भी पढ़ें
R सोने के दाम में आज फिर तेजी
R पेट्रोल डीजल के नए रेट जारी
R हमारे न्यूज़लेटर की सदस्यता लें
R कमेंट्स
R अमित
R 2 घंटे पहले
R अच्छा फैसला है।
R जवाब दें
R © 2024 न्यूज़ इंडिया. सर्वाधिकार सुरक्षित।
""",
    "zh4": """\
A 昨天，市里新建的图书馆正式对外开放。
A 图书馆共有五层，藏书超过五十万册，每天可以接待三千名读者，是全市最大的公共图书馆。
A “我每周都会来。”一位市民说。
""",
    "hi4": """\
A कल शहर में नए पुस्तकालय का उद्घाटन हुआ।
A इसमें पचास हज़ार से अधिक किताबें हैं और यह शहर का सबसे बड़ा पुस्तकालय है जिसमें हर दिन तीन हज़ार पाठक आ सकते हैं और पढ़ सकते हैं।
A प्रवेश निःशुल्क है।
""",
    "ja4": """\
A 駅前の再開発計画が正式に決まった！
A 市によると、新しい商業施設と公園を整備し、二〇三〇年までに完成させる予定で、総事業費は約三百億円にのぼるという。
A 住民説明会は来月開かれる。
""",
    "ar4": """\
A هل يتغير وجه المدينة؟
A أعلنت البلدية خطة جديدة لتطوير وسط المدينة تشمل إنشاء حدائق ومواقف للسيارات وممرات للمشاة خلال السنوات الخمس المقبلة بتكلفة كبيرة.
A ويبدأ التنفيذ في الربيع.
""",
    "ko2": """\
A 지난 주말 제주도 올레길 7코스를 걸었다. 바다를 따라 이어지는 길이라 걷는 내내 지루할 틈이 없었다.
A 코스 정보
A 거리: 17.6km
A 소요 시간: 약 5시간
A 난이도: 중
A 중간에 카페가 많아서 쉬어 가기 좋았다.
A 다음에는 가을에 다시 오고 싶다.
""",
    "cs2": """\
A Na Šumavu jsme vyrazili na konci října, kdy už jsou turisté pryč a lesy hrají všemi barvami.
A Trasa vedla z Modravy k Roklanské chatě a zpět.
A Délka: 18 km
A Převýšení: 350 m
A Čas: asi 5 hodin
A Cesta je nenáročná, ale v zimě se doporučuje mít sněžnice. Cestou jsme potkali jen pár lidí.
A Stálo to za to.
""",
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_article_lines_survive(key: str) -> None:
    lost, _left = judge(CASES[key])
    assert lost == []


@pytest.mark.parametrize("key", sorted(CASES))
def test_cleaning_twice_changes_nothing(key: str) -> None:
    once = cleaner.clean_text(page_text(CASES[key]))
    assert cleaner.clean_text(once) == once


@pytest.mark.parametrize("key", ["tr1", "el1", "ar1", "he1", "zh1", "ja1", "hi1"])
def test_the_menu_at_the_head_still_goes(key: str) -> None:
    lines = parse(CASES[key])
    kept = set(cleaner.clean_text(page_text(CASES[key])).splitlines())
    menu = [text for tag, text in lines[:5] if tag == "R"]
    assert menu and kept.isdisjoint(menu)


@pytest.mark.parametrize(
    "line",
    [
        "कल शहर में नए पुस्तकालय का उद्घाटन हुआ।",  # Devanagari danda
        "यह श्लोक यहीं समाप्त होता है॥",  # double danda
        "هل تنجح الخطة؟",  # Arabic question mark
        "یہ فیصلہ درست ہے۔",  # Arabic full stop (Urdu)
        "Πόσο θα κρατήσει η ανακούφιση;",  # Greek question mark written as a semicolon
        "Πόσο θα κρατήσει η ανακούφιση\u037e",  # the Greek question mark itself
        "Սա վերջն է։",  # Armenian full stop
        "ይህ መጨረሻ ነው።",  # Ethiopic full stop
        "下次还想再去。",
        "“我每周都会来。”",
    ],
)
def test_sentence_ends_of_other_scripts(line: str) -> None:
    assert ends_sentence(line)


@pytest.mark.parametrize("line", ["Home; News", "See also;", "Kontakt:", "关注我们：", "मुख्य बातें"])
def test_no_sentence_end(line: str) -> None:
    assert not ends_sentence(line)


def test_a_figure_in_unspaced_text_counts_as_a_word() -> None:
    assert word_count("日経平均：40003円") == 3  # a row of data, as "Nikkei average: 40003 yen"
    assert word_count("ドル円：150円50銭") == 4
    assert word_count("商標 (32)") == 2  # a category's count in a menu stays short
    assert word_count("Open SSL脆弱性問題の対策を施したFTPクライアントソフト") == word_count("脆弱性問題の対策を施したクライアントソフト")


@pytest.mark.parametrize(
    "first",
    [
        "昨天，市里新建的图书馆正式对外开放。",
        "कल शहर में नए पुस्तकालय का उद्घाटन हुआ।",
        "駅前の再開発計画が正式に決まった！",
        "هل يتغير وجه المدينة؟",
        "Θα αλλάξει η πόλη;",
    ],
)
def test_a_first_sentence_is_no_headline(first: str) -> None:
    rest = (
        "图书馆共有五层，藏书超过五十万册，每天可以接待三千名读者，是全市最大的公共图书馆。\n"
        "“我每周都会来。”一位市民说。"
    )
    assert cleaner.clean_text(f"{first}\n{rest}").splitlines()[0] == first


# -- look-alikes: what the fallback still removes --------------------------------------------

ARTICLE_ZH = (
    "国家统计局16日发布数据显示，一季度国内生产总值同比增长5.3%，比上年四季度环比增长1.6%，经济运行实现良好开局。\n"
    "统计局新闻发言人表示，国民经济持续回升向好，各项主要指标都好于市场此前的普遍预期。"
)


def test_a_footer_under_a_colon_label_still_goes() -> None:
    """An announced list goes on being kept only as rows of figures: links under a label are a footer."""
    footer = ["关注我们：", "微信", "微博", "抖音", "今日头条", "感谢阅读。"]
    out = cleaner.clean_text("\n".join([ARTICLE_ZH, *footer]))
    assert out == ARTICLE_ZH + "\n感谢阅读。"  # (a sentence is never furniture)


def test_a_short_label_ending_in_a_colon_is_still_furniture_without_stopwords() -> None:
    footer = ["Related coverage from How to Do Everything: Money:", "微信", "微博", "抖音", "今日头条"]
    out = cleaner.clean_text("\n".join([ARTICLE_ZH, *footer]))
    assert out == ARTICLE_ZH


def test_counters_under_the_article_still_go() -> None:
    """Figures alone do not make a table: a sidebar of counted categories goes."""
    footer = ["分类", "新闻 (32)", "财经 (10)", "科技 (7)", "体育 (3)"]
    assert cleaner.clean_text("\n".join([ARTICLE_ZH, *footer])) == ARTICLE_ZH
