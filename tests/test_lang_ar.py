"""Arabic pages: a probe of scraped texts in the genres and outlet styles Arabic news sites print
(pan-Arab portals and broadcasters, a Gulf paper, an Egyptian tabloid, a Moroccan portal with its
comments, a business page with a market widget, sports with a table, a blog with its WordPress
form, a recipe, a press release and a municipal notice), naive full-page texts and extractor output.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline, a table
row: either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: see the commit adding
``rules/lang/ar.toml`` for the numbers before and after the Arabic vocabulary).

Arabic is written right to left with spaces between words, its own comma, semicolon and question
mark (، ؛ ؟), Latin or Arabic-Indic digits (٠-٩), and the hamza forms of alif written or left out
(أيضا / ايضا, إلى / الى): article lines here mix them as sites do.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, language_probe_tests, page_text, parse, tagged_probe_tests

import cleaner
from cleaner import language
from cleaner.context import Context
from cleaner.document import Document

CASES = {
    "jazeera_naive": """\
R الرئيسية
R أخبار
R سياسة
R اقتصاد
R رياضة
R منوعات
R بث مباشر
T الحكومة اللبنانية تقر خطة جديدة لإعادة هيكلة القطاع المصرفي
R نشر في 10 مارس 2024
R آخر تحديث: 10/3/2024 - 14:35 (توقيت مكة)
A أقرت الحكومة اللبنانية، اليوم الأحد، خطة جديدة لإعادة هيكلة القطاع المصرفي، في خطوة يطالب بها صندوق النقد الدولي منذ سنوات.
A وقال وزير المالية في مؤتمر صحفي عقب الجلسة إن الخطة تهدف إلى حماية صغار المودعين وإعادة الثقة بالمصارف.
A ورفض حاكم مصرف لبنان بالإنابة التعليق على تفاصيل الخطة قبل إحالتها إلى البرلمان.
R اقرأ أيضا
R صندوق النقد يحذر من تباطؤ النمو في المنطقة
R البنك الدولي: الاقتصاد اللبناني انكمش 1% العام الماضي
A وتنص الخطة على تقسيم الودائع إلى فئتين، وتحدد سقفا للسحب الشهري يبلغ 800 دولار.
A هل تنجح الخطة في استعادة ثقة المودعين؟
A ويرى خبراء أن نجاحها مرهون بإقرار قانون السرية المصرفية وإصلاح المالية العامة.
R المصدر: الجزيرة + وكالات
R شارك
R فيسبوك
R تويتر
R واتساب
R تابعنا على
R جميع الحقوق محفوظة © 2024 شبكة الجزيرة الإعلامية
""",
    "bbc_extract": """\
T مصر: ارتفاع معدل التضخم إلى 35.7 في المئة في فبراير
R مصدر الصورة، Getty Images
R التعليق على الصورة، سوق شعبي في القاهرة
A أعلن الجهاز المركزي للتعبئة العامة والإحصاء في مصر ارتفاع معدل التضخم السنوي في المدن إلى 35.7 في المئة خلال شهر فبراير/شباط.
A وجاء الارتفاع مدفوعا بزيادة أسعار الطعام والمشروبات بنسبة 50.9 في المئة.
A وأظهرت الصور التي نشرتها وسائل إعلام محلية طوابير طويلة أمام منافذ بيع السكر في عدة محافظات.
A وقال الخبير الاقتصادي عمرو عادل لبي بي سي إن «القرار تأخر كثيرا».
A وتلقت الحكومة آلاف التعليقات الغاضبة على صفحتها الرسمية في فيسبوك بعد إعلان الأرقام.
A المصدر الرئيسي للعملة الصعبة في مصر هو تحويلات العاملين في الخارج، تليها إيرادات قناة السويس والسياحة.
R قصص مقترحة
R البنك المركزي المصري يرفع الفائدة 600 نقطة أساس
R الأكثر قراءة
""",
    "aawsat": """\
T السعودية تطلق برنامجا لتوطين صناعة السيارات الكهربائية
R الرياض: «الشرق الأوسط»
R الاثنين - 29 شعبان 1445 هـ - 11 مارس 2024 مـ
A أطلقت وزارة الصناعة والثروة المعدنية السعودية برنامجا جديدا يهدف إلى توطين صناعة السيارات الكهربائية ومكوناتها بحلول عام 2030.
A وأوضح بيان الوزارة أن البرنامج يقدم حوافز مالية للمصنعين تصل إلى ٢٥ في المائة من تكلفة الاستثمار.
A «نريد أن نكون مركزا إقليميا لهذه الصناعة».
A وكانت المملكة قد وقعت العام الماضي اتفاقية مع شركة «لوسيد» لإنشاء أول مصنع لها خارج الولايات المتحدة.
A وأشار التقرير إلى أن عدد المشتركين في النشرة البريدية لهيئة الاستثمار تضاعف خلال عام واحد.
R الصورة: مصنع «لوسيد» في مدينة الملك عبد الله الاقتصادية (واس)
R مواضيع
R السعودية
R اقتصاد
""",
    "youm7": """\
R اليوم السابع
R أخبار عاجلة
R سياسة
R حوادث
R فن
R كتب محمد عبد الرحمن
R الأحد، 10 مارس 2024 02:00 م
T وزير التعليم يعلن موعد امتحانات الثانوية العامة 2024
A أعلن وزير التربية والتعليم والتعليم الفني، موعد امتحانات الثانوية العامة للعام الدراسي الحالي، والتي تبدأ يوم 10 يونيو المقبل.
A وأكد الوزير أن الامتحانات ستعقد ورقيا، وأن الوزارة انتهت من طباعة كراسات الأسئلة.
R اقرأ أيضا..
R التعليم: فتح باب التقدم لمدارس المتفوقين حتى نهاية الشهر
A وشارك في الاجتماع رؤساء الإدارات التعليمية في المحافظات.
A وطالب أولياء الأمور بنشر جدول الامتحانات مبكرا، وقال أحدهم: «تابعنا الأخبار يوما بيوم».
R شارك
R الموضوعات المتعلقة
R التعليم تعلن أسماء أوائل الشهادة الإعدادية
R إضافة تعليق
""",
    "hespress": """\
T الحكومة المغربية ترفع الدعم عن غاز البوتان تدريجيا
R هسبريس من الرباط
R الأربعاء 13 مارس 2024 - 18:40
A أعلنت الحكومة المغربية عزمها رفع الدعم عن غاز البوتان بشكل تدريجي ابتداء من شهر أبريل المقبل.
A وقال الناطق الرسمي باسم الحكومة إن الزيادة لن تتجاوز 10 دراهم في القنينة الواحدة خلال السنة الأولى.
A وتساءل عدد من المواطنين عن مصير الدعم المباشر، فيما اكتفى مسؤول في الوزارة بالقول: «لا تعليق».
R تعليقات الزوار (3)
R 1 - مواطن مغربي
R منذ 3 ساعات
R هذا القرار سيضر بالفقراء أولا.
R 2 - عبد الله
R منذ ساعتين
R الله يجيب الخير.
R المرجو الالتزام بقواعد التعليق
R أضف تعليقك
R الاسم
R البريد الإلكتروني
R إرسال
""",
    "sky_business": """\
T أسعار النفط تتراجع مع ارتفاع المخزونات الأميركية
R أبوظبي - سكاي نيوز عربية
R نشر في: 12 مارس 2024 10:15 ص - آخر تحديث: 12 مارس 2024 11:30 ص
A تراجعت أسعار النفط، الثلاثاء، بعد أن أظهرت بيانات ارتفاع مخزونات الخام في الولايات المتحدة بأكثر من المتوقع.
A وانخفضت العقود الآجلة لخام برنت 0.6 بالمئة إلى 81.7 دولار للبرميل.
A وقال محللون إن الأسواق تترقب بيانات التضخم الأميركية المقررة في وقت لاحق اليوم.
R مؤشرات الأسواق
R البيانات متأخرة 15 دقيقة
R اشترك في النشرة البريدية
R أدخل بريدك الإلكتروني
R اشترك
R إعلان
R الأكثر قراءة
""",
    "sport_table": """\
R الكرة السعودية
T الهلال يوسع الفارق في صدارة دوري روشن
R الرياض - واس
A وسع الهلال الفارق في صدارة الدوري السعودي للمحترفين إلى 12 نقطة بعد فوزه على الاتحاد بهدفين دون رد.
A وسجل الهدفين ألكسندر ميتروفيتش في الدقيقتين 23 و67.
A ترتيب الفرق بعد الجولة 24:
T 1. الهلال 68 نقطة
T 2. النصر 56 نقطة
T 3. الأهلي 47 نقطة
A وأكد مدرب الفريق أن «الدوري لم يحسم بعد».
R اقرأ أيضاً: النصر يتعادل مع الفيحاء
R تابعونا على تويتر
R جميع الحقوق محفوظة لوكالة الأنباء السعودية
""",
    "blog_wp": """\
T تجربتي مع تعلم البرمجة في ستة أشهر
R نشرت بواسطة سارة الأحمد في 5 فبراير 2024
A قررت قبل عام أن أتعلم البرمجة بنفسي، وبدأت بلغة بايثون لأنها الأسهل للمبتدئين.
A في الشهر الأول كنت أخصص ساعة يوميا لحل التمارين، ثم انتقلت إلى بناء مشاريع صغيرة.
A نصيحتي لكل من يبدأ: اكتب تعليقات واضحة في الكود واحفظ ملاحظاتك في مكان واحد.
A شارك تجربتك مع أصدقائك، فالتعلم الجماعي يختصر الكثير من الوقت.
R 5 تعليقات
R أحمد
R 6 فبراير 2024 في 9:12 م
R مقال رائع، شكرا لك.
R رد
R اترك تعليقاً
R لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
R التعليق *
R الاسم *
R البريد الإلكتروني *
R احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.
R إرسال التعليق
""",
    "gulf_paper": """\
R يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في تصفح الموقع فإنك توافق على سياسة الخصوصية.
R موافق
R الخليج
R الإمارات
R عربي ودولي
T 1.2 مليار درهم لتطوير الطرق في الشارقة
R الشارقة: «الخليج»
A اعتمد المجلس التنفيذي لإمارة الشارقة خطة بقيمة 1.2 مليار درهم لتطوير شبكة الطرق الداخلية خلال ثلاث سنوات.
A وتشمل الخطة إنشاء 14 جسرا ونفقا، وتوسعة الطرق المؤدية إلى المناطق الصناعية.
A وأوضح رئيس دائرة الأشغال أن المشروع سيقلل زمن التنقل بنسبة 30%.
A وكتب على لوحة المشروع عبارة «جميع الحقوق محفوظة لحكومة الشارقة» إلى جانب شعار الدائرة.
R #الشارقة
R #الإمارات
R جميع الحقوق محفوظة لدار الخليج للصحافة والطباعة والنشر © 2024
""",
    "recipe": """\
T طريقة عمل الكبسة السعودية باللحم
T وقت التحضير: 20 دقيقة
R اطبع الوصفة
A الكبسة من أشهر الأطباق في منطقة الخليج، وتقدم عادة في المناسبات والعزائم.
A المقادير:
A كيلو لحم غنم مقطع
A كوبان من الأرز البسمتي
A بصلة كبيرة مفرومة
A طريقة التحضير:
A 1. اغسلي الأرز وانقعيه في الماء لمدة نصف ساعة.
A 2. شاركي أطفالك في تزيين الطبق باللوز والزبيب.
A 3. قدمي الكبسة ساخنة مع السلطة.
R شارك الوصفة
R قيم الوصفة
R وصفات ذات صلة
""",
    "press_municipal": """\
R بلدية دبي
R المركز الإعلامي
T بيان صحفي: بلدية دبي تطلق حملة لترشيد استهلاك المياه
R 14 مارس 2024
A أطلقت بلدية دبي حملة توعوية لترشيد استهلاك المياه في المنازل والمنشآت التجارية، تستمر حتى نهاية أبريل.
A وتدعو الحملة السكان إلى التسجيل في برنامج الفحص المجاني للتسربات عبر الموقع الإلكتروني للبلدية.
A للمزيد من المعلومات، يمكن التواصل مع مركز الاتصال على الرقم 800900.
R عدد المشاهدات: 1532
R هل كانت هذه الصفحة مفيدة؟
R نعم
R لا
R سياسة الخصوصية
R شروط الاستخدام
R خريطة الموقع
""",
    "news_comments_resembling": """\
T البرلمان العراقي يؤجل التصويت على قانون الموازنة
R بغداد - رويترز
A أجل مجلس النواب العراقي التصويت على قانون الموازنة الاتحادية إلى الأسبوع المقبل بسبب خلافات بين الكتل السياسية.
A وامتنع رئيس اللجنة المالية عن التعليق للصحفيين عقب انتهاء الجلسة.
A إعلان نتائج الانتخابات المحلية تأخر أسبوعين بسبب الطعون.
A اقرأ أيضا ما كتبه المحللون عن الموازنة السابقة قبل الحكم على الأرقام الجديدة.
A وتابع النائب قائلا إن «الشعب ينتظر رواتبه ولا ينتظر الخلافات».
A وقال مصدر برلماني لرويترز إن الخلاف يتعلق بحصة إقليم كردستان من الإيرادات النفطية.
A التعليقات التي نشرها النواب على مواقع التواصل كشفت حجم الانقسام داخل المجلس.
R تعليقات
R لا توجد تعليقات حتى الآن.
R كن أول من يعلق
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "hespress": 1,  # the outlet's own dateline ("هسبريس من الرباط"): an outlet's string, no shape
    "press_municipal": 2,  # the municipality's name and its media centre's, at the head
    "sport_table": 1,  # the section's name at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="ar"
)

test_article_lines_survive_as_ar, test_pages_are_told_ar = language_probe_tests(CASES, "ar")


# -- the language guess: Arabic, and its neighbours in the same script -------------------------------

#: Persian and Urdu pages in the Arabic script: never told Arabic, and cleaning them loses no line.
NEIGHBOURS = {
    "fa_news": """\
R صفحه اصلی
R ایران
R جهان
T بانک مرکزی ایران نرخ سود بانکی را افزایش داد
R ۱۲ اسفند ۱۴۰۲ - ۱۴:۳۵
A بانک مرکزی ایران روز سه‌شنبه اعلام کرد که نرخ سود سپرده‌های بانکی را برای مهار تورم افزایش می‌دهد.
A رئیس کل بانک مرکزی در یک نشست خبری گفت این تصمیم پس از بررسی وضعیت بازار ارز گرفته شده است.
A به گفته او، نرخ تورم سالانه در ماه گذشته به ۴۰ درصد رسید.
A سخنگوی دولت از اظهار نظر درباره جزئیات این طرح خودداری کرد.
A من فکر می‌کنم این تصمیم دیر گرفته شد، یکی از کارشناسان اقتصادی به بی‌بی‌سی فارسی گفت.
A برخی از نمایندگان مجلس پیشتر خواستار کاهش نرخ سود شده بودند.
A «ما اجازه نمی‌دهیم قیمت‌ها از کنترل خارج شود».
A در همین حال، قیمت دلار در بازار آزاد تهران کاهش یافت.
T نظرات
T اشتراک‌گذاری
T خبرهای مرتبط
""",
    # a Persian text quoting Arabic: a verse and a saying in Arabic among Persian sentences
    "fa_quoting_arabic": """\
A در این مراسم آیه «إن الله مع الصابرين» بر سر در مسجد نوشته شده بود.
A امام جمعه در خطبه‌های خود به این جمله اشاره کرد که «العلم في الصغر كالنقش على الحجر».
A او گفت که جوانان باید از فرصت‌ها استفاده کنند و برای آینده برنامه داشته باشند.
A سپس مراسم با دعا و قرائت قرآن به پایان رسید و مردم به خانه‌های خود بازگشتند.
A برگزارکنندگان گفتند که سال آینده این مراسم در شهر مشهد برگزار خواهد شد.
""",
    "ur_news": """\
T اسٹیٹ بینک نے شرح سود میں اضافہ کر دیا
A اسٹیٹ بینک آف پاکستان نے مہنگائی پر قابو پانے کے لیے شرح سود میں ایک فیصد اضافہ کر دیا ہے۔
A مرکزی بینک کے گورنر نے ایک پریس کانفرنس میں کہا کہ یہ فیصلہ مارکیٹ کی صورتحال کو دیکھتے ہوئے کیا گیا۔
A ان کا کہنا تھا کہ گزشتہ ماہ مہنگائی کی شرح 30 فیصد تک پہنچ گئی تھی۔
A وزارت خزانہ کے ترجمان نے اس بارے میں تبصرہ کرنے سے انکار کر دیا۔
A بعض ماہرین کا خیال ہے کہ یہ قدم بہت پہلے اٹھایا جانا چاہیے تھا۔
A کراچی اسٹاک ایکسچینج میں آج کاروبار کے دوران مندی دیکھی گئی۔
""",
}


@pytest.mark.parametrize("key", sorted(NEIGHBOURS))
def test_persian_and_urdu_are_not_told_arabic(key: str) -> None:
    text = page_text(NEIGHBOURS[key])
    article = "\n".join(t for tag, t in parse(NEIGHBOURS[key]) if tag == "A")
    for sample in (text, article, article.splitlines()[0]):
        assert language.guess_by_stopwords(sample) in ((None, "fa") if key.startswith("fa") else (None,))
        assert language.lean_by_stopwords(sample) != "ar"
    # no Arabic vocabulary on them (Persian pages have their own since test_lang_vocab17.py)
    assert Context(Document(text), None).vocab_languages == (("fa", "en") if key.startswith("fa") else ("en",))


@pytest.mark.parametrize("key", sorted(NEIGHBOURS))
def test_persian_and_urdu_pages_lose_no_line(key: str) -> None:
    lost, _left = judge(NEIGHBOURS[key])
    assert lost == []


def test_a_persian_page_is_told_persian() -> None:
    assert language.guess_by_stopwords(page_text(NEIGHBOURS["fa_news"])) == "fa"
    assert {"در", "است", "که"} <= language.stopwords("fa")  # (jusText's Persian list, since test_lang_vocab17.py)


AR_DIGITS = "أعلنت وزارة الصحة تسجيل ١٢٠ إصابة جديدة خلال ٢٤ ساعة، في حين تعافى ٣٠٠ مريض من المرض خلال الأسبوع الماضي."
AR_DIACRITICS = "وَقَالَ الوَزِيرُ إِنَّ الحُكُومَةَ سَتُعْلِنُ عَنْ خُطَّةٍ جَدِيدَةٍ فِي الأُسْبُوعِ المُقْبِلِ، وَذَلِكَ بَعْدَ أَنْ أَقَرَّهَا البَرْلَمَانُ."


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (page_text(CASES["bbc_extract"]), "ar"),
        (page_text(CASES["hespress"]), "ar"),
        (AR_DIGITS + " " + AR_DIGITS.replace("الصحة", "الداخلية"), "ar"),
        # a text written with its vowel marks has no function word spelled as the profile spells it
        (AR_DIACRITICS, None),
    ],
)
def test_guess_by_stopwords(sample: str, expected: str | None) -> None:
    assert language.guess_by_stopwords(sample) == expected


def test_a_short_arabic_list_page_leans_arabic() -> None:
    # a page of headlines and menu words, a function word in a few of them
    page = "\n".join([
        "الرئيسية", "أخبار", "رياضة", "اقتصاد", "منوعات", "اقرأ أيضا", "أسعار الذهب في مصر اليوم",
        "الأهلي يفوز على الزمالك", "ارتفاع أسعار النفط", "انطلاق معرض الكتاب في الرياض", "الطقس غدا",
        "تحذيرات من موجة حارة", "نتائج الثانوية العامة", "شارك", "جميع الحقوق محفوظة",
    ])
    assert language.guess_by_stopwords(page) in (None, "ar")
    assert language.lean_by_stopwords(page) == "ar"
    assert Context(Document(page), None).vocab_languages == ("ar", "en")


def test_an_arabic_page_gets_its_vocabulary_and_stopwords() -> None:
    ctx = Context(Document(page_text(CASES["jazeera_naive"])), None)
    assert ctx.language == "ar"
    assert ctx.vocab_languages == ("ar", "en")
    assert {"في", "على", "التي"} <= ctx.stopwords  # jusText's Arabic stoplist


def test_a_line_with_arabic_indic_digits_is_a_dateline() -> None:
    result = cleaner.explain_text("\n".join(["نشر في: ١٢ مارس ٢٠٢٤ - ١٤:٣٥", AR_DIGITS, AR_DIGITS.replace("الصحة", "الداخلية")]))
    assert [r.pass_name for r in result.removed] == ["dateline"]


_PARA = "بعد أشهر من المفاوضات، وافق المجلس البلدي على الخطة الجديدة التي أعدت لتطوير الميناء القديم في المدينة."


@pytest.mark.parametrize("stamp", ["21 مارس 2024 02:05 م", "21 مارس 2024 - 09:30 ص"])
def test_a_stamp_with_a_one_letter_am_or_pm_sign_goes(stamp: str) -> None:
    result = cleaner.explain_text("\n\n".join([_PARA, _PARA, stamp, _PARA]))
    assert result.text == "\n\n".join([_PARA, _PARA, _PARA])
    assert [r.pass_name for r in result.removed] == ["dateline"]


@pytest.mark.parametrize(
    "line",
    [
        "21 مارس 2024 موعد الانتخابات",  # a heading that opens on a date, no time
        "الساعة 02:05 م بدأ الاجتماع في قاعة المجلس بحضور الأعضاء.",  # a sentence with a time in it
        "في 21 مارس 2024 عند الساعة 02:05 م أعلن المجلس نتيجة التصويت على الخطة.",
    ],
)
def test_date_like_article_lines_stay(line: str) -> None:
    text = "\n\n".join([_PARA, _PARA, line, _PARA])
    assert cleaner.clean_text(text) == text
