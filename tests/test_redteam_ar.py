# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team of the Arabic vocabulary (``rules/lang/ar.toml``) and the line gate on it.

- Short lines of an article that look like residue (one-line quotes, subheadings, list items: they
  cannot live in ``fixtures/negatives/ar.txt``, which also puts every line first in a text) in the
  middle and at the end of a short article.
- Sentences a journalist writes with a table's words, five or more a table, at the head, middle and
  tail of a short article (more of them in ``fixtures/negatives/ar.txt``). Arabic spells several
  calls to action like a past-tense verb ("شارك" share / took part, "اشترك" subscribe / subscribed,
  "تابع" follow / went on, "سجل" register / scored): those are here too.
- The residue the tables were written for still goes, by the pass named, in the spellings sites
  print: with and without the hamza (أيضا / ايضا), with tanween (أيضاً), with Arabic-Indic digits.
- The RE2 line gate (``cleaner/gate.py``) never rules out a line these tables match.
"""

from __future__ import annotations

import pytest
from probes import assert_gate_admits, assert_residue_goes, assert_survives, with_line
from strategies import ARTICLES

ARTICLE = ARTICLES["ar"]

SHORT_LINES = [
    # one-line quotes: a button carries no full stop or exclamation mark
    "«موافق».",
    "«شارك!»",
    "«اشترك الآن!»",
    "«لا تعليق».",
    "«تابعونا».",
    "رد الوزير: «لن نستقيل».",
    # subheadings and list items
    "التعليقات على مواقع التواصل",
    "إعلان نتائج الانتخابات",
    "إعلان القاهرة",
    "الإعلانات السياسية في رمضان",
    "صور الأقمار الصناعية",
    "مصادر التمويل",
    "كتب التاريخ في المدارس",
    "النشرة الجوية",
    "شارك الآلاف في المسيرة",
    "اشترك ثلاثة لاعبين في الهدف",
    "تابع الرئيس جولته",
    "سجل المنتخب ثلاثة أهداف",
    "حقوق الإنسان في المنطقة",
    "المزيد من الضغوط على الحكومة",
    "مواضيع الخلاف بين الطرفين",
    "قصص النجاح في الريف",
    "بيانات التضخم الأميركية",
    "ملفات الفساد أمام القضاء",
    "الأكثر تضررا من الأزمة",
    "منذ ثلاث سنوات",
    "في 10 مارس 2024",
    "اليوم العالمي للمرأة",
    "نعم للحوار",
    "رأي",
    "١٢ قتيلا في انفجار",
    "ما الذي تغير؟",
]


@pytest.mark.parametrize("position", ["middle", "tail"])
@pytest.mark.parametrize("line", SHORT_LINES)
def test_short_line_survives(line: str, position: str) -> None:
    assert_survives(with_line(ARTICLE, line, position))


# five or more sentences a table, each with the words the table's patterns look for
RED_TEAM: dict[str, list[str]] = {
    "comments": [
        "أضف تعليقك على الخبر كانت العبارة التي كتبها المشرفون قبل أن يغلقوا الصفحة بسبب الشتائم.",
        "وقال المدير إن كل تعليق يمر على فريق من خمسة مراجعين قبل نشره على الموقع.",
        "لا توجد تعليقات رسمية حتى الآن من الحكومة على نتائج التحقيق.",
        "كن أول من يعلق كان شعار الحملة التي أطلقتها الصحيفة لتشجيع القراء على النقاش.",
        "ترتيب الفرق حسب النقاط يضع الهلال في الصدارة بفارق 12 نقطة.",
        "ورد في التقرير أن عدد الردود على الاستبيان تجاوز عشرة آلاف رد.",
    ],
    "cookies": [
        "تستخدم شركات التسويق ملفات تعريف الارتباط لجمع بيانات المستخدمين دون علمهم في كثير من الأحيان.",
        "وقالت الهيئة إن مواقع كثيرة تستخدم الكوكيز دون أن تطلب موافقة الزوار.",
        "يستخدم هذا الموقع ملفات تعريف الارتباط، حسب ما ذكرته الهيئة في تقريرها عن المواقع الحكومية.",
        "وافق البرلمان على القانون بعد أن رفض الأعضاء تعديلات المعارضة.",
        "قبول الطلاب في الجامعات الحكومية سيبدأ في شهر أغسطس المقبل.",
    ],
    "credits": [
        "وتظهر الصورة التي نشرها الجيش دبابات تعبر الحدود فجر الأحد.",
        "مصدر الصورة كان حسابا مجهولا على تطبيق تلغرام بحسب المحققين.",
        "صورة أرشيفية للرئيس الراحل عرضت في المتحف الوطني لأول مرة منذ عقود.",
        "وكانت حقوق النشر محفوظة للدار حتى انتهاء العقد مع ورثة الكاتب عام 2010.",
        "وقالت رويترز إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.",
        "إعلان الحكومة عن الخطة جاء بعد أشهر من الضغوط الشعبية.",
        "ترجمة الرواية إلى الإنجليزية استغرقت ثلاث سنوات من العمل المتواصل.",
    ],
    "metadata": [
        "نشر في صحيفة الأهرام يوم 10 مارس 2024 مقال طويل عن أزمة المياه.",
        "كتب الرئيس في تغريدة أن الحوار هو السبيل الوحيد للخروج من الأزمة.",
        "بقلم الرصاص كتب الطلاب إجاباتهم في امتحان اللغة العربية.",
        "آخر تحديث للبيانات الرسمية صدر في 12/3/2024 وأظهر تراجع البطالة.",
        "الرياض - واس كانت أول جهة تبث الخبر قبل أن تتناقله القنوات.",
        "منذ ساعتين أعلن الدفاع المدني انتشال ناجين من تحت الأنقاض.",
    ],
    "promos": [
        "اقرأ أيضا تقرير البنك الدولي قبل أن تحكم على أرقام النمو.",
        "شاهد الملايين المباراة النهائية عبر الشاشات العملاقة في الساحات العامة.",
        "ذات صلة بالقضية كانت شهادة الموظف السابق أمام المحكمة.",
        "تابعونا على مدى ثلاثة أيام ونحن نوثق معاناة النازحين في المخيمات.",
        "اضغط هنا هي العبارة التي استخدمها المحتالون لسرقة بيانات الضحايا.",
        "الأكثر قراءة في المكتبات هذا العام كانت كتب الطبخ والتنمية الذاتية.",
    ],
    "signup": [
        "اشترك في النشرة البريدية للبنك أكثر من مليون شخص خلال عام واحد.",
        "سجل الدخول إلى المنصة الحكومية ارتفع بعد إطلاق الخدمات الرقمية الجديدة.",
        "وقال المتحدث إن المحتوى متاح للمشتركين فقط في الوقت الحالي، مضيفا أن ذلك سيتغير قريبا.",
        "بالضغط على الزر الأحمر يتوقف المصعد فورا، بحسب تعليمات السلامة.",
        "أوافق على الشروط التي طرحتها الحكومة، قال زعيم المعارضة في مؤتمر صحفي.",
        "إنشاء حساب مصرفي للأطفال أصبح ممكنا بعد تعديل اللائحة التنفيذية.",
    ],
    "widgets": [
        "شارك في الاجتماع وزراء خارجية الدول العربية والاتحاد الأوروبي.",
        "تابع الرئيس كلمته بالحديث عن أزمة الطاقة في أوروبا.",
        "عدد المشاهدات على يوتيوب تجاوز مليون مشاهدة في يوم واحد.",
        "البيانات متأخرة 15 دقيقة لأن البورصة لا تملك ترخيص البث المباشر، وفق ما قاله مسؤول في الهيئة.",
        "هل كانت هذه الصفحة مفيدة؟ سؤال يطرحه الموقع الحكومي على زواره منذ عام.",
        "فيسبوك وتويتر ويوتيوب أصبحت المصدر الأول للأخبار لدى الشباب العربي.",
        "الرئيسية في خطاب الوزير كانت مسألة الأجور وليس الضرائب.",
    ],
}


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize("line", [line for lines in RED_TEAM.values() for line in lines])
def test_red_team_sentence_survives(line: str, position: str) -> None:
    assert_survives(with_line(ARTICLE, line, position))


RESIDUE_GOES = [
    ("اقرأ أيضا", "teaser-box"),
    ("اقرأ أيضاً:", "teaser-box"),
    ("اقرا ايضا", "teaser-box"),
    ("مواضيع ذات صلة", "teaser-box"),
    ("الأكثر قراءة", "teaser-box"),
    ("شارك", "social-buttons"),
    ("شارك الخبر", "social-buttons"),
    ("فيسبوك تويتر واتساب", "social-buttons"),
    ("تابعونا على تلغرام", "call-to-action"),
    ("حمل تطبيق الجزيرة", "call-to-action"),
    ("اشترك في النشرة البريدية", "newsletter-prompt"),
    ("اشترك في نشرتنا البريدية ليصلك كل جديد", "newsletter-prompt"),
    ("أدخل بريدك الإلكتروني", "newsletter-prompt"),
    ("جميع الحقوق محفوظة © 2024 الشرق الأوسط", "copyright"),
    ("حقوق النشر محفوظة لـ اليوم السابع", "copyright"),
    ("المصدر: الجزيرة + وكالات", "image-credit"),
    ("الصورة: رويترز", "image-credit"),
    ("مصدر الصورة، Getty Images", "image-credit"),
    ("إعلان", "ad-marker"),
    ("نشر في: ١٢ مارس ٢٠٢٤ - ١٤:٣٥", "dateline"),
    ("آخر تحديث: 10/3/2024 - 14:35 (توقيت مكة)", "dateline"),
    ("الأحد، 10 مارس 2024 02:00 م", "dateline"),
    ("الاثنين - 29 شعبان 1445 هـ - 11 مارس 2024 مـ", "dateline"),
    ("أضف تعليقك", "comment-section"),
    ("عدد المشاهدات: 1532", "site-chrome"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment-ui"),
]


@pytest.mark.parametrize(("line", "pass_name"), RESIDUE_GOES)
def test_residue_goes(line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLE, line, pass_name)


def test_gate_admits_what_the_tables_match() -> None:
    assert_gate_admits("ar", [line for line, _pass in RESIDUE_GOES])
