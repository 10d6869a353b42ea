# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""rtl38: a probe of news and magazine pages in the right-to-left languages, scraped as text (half as an extractor
leaves them, half as all the visible text of the page), in he, fa and ar: Ynet-, Haaretz-, Walla-, Maariv-, Globes- and
Kan-style Hebrew pages; BBC Persian-, Hamshahri-, ISNA-, Tasnim-, Etemad-, Euronews- and Shargh-style Persian pages;
Al Jazeera-, Al-Ahram-, Hespress-, Asharq Al-Awsat-, Youm7-, BBC Arabic-, column- and Al Arabiya-style Arabic pages.

- the article (``A``): the short lines of a story (one-line quotes, a label over a quote, subheadings, numbered lists,
  labelled values with Eastern Arabic or Persian digits, an interview's short questions and answers, a review's
  labelled verdicts), mixed-direction lines (Latin brand names, RLM marks, "،" and "؟");
- the residue (``R``): menus, breadcrumbs, share and follow rows, "read also"/related links, comment counts and
  sections, sign-up and subscription prompts, cookie banners, bylines and stamps (Hebrew, Solar Hijri and Hijri dates,
  Eastern digits), photo credits, copyright tails, footers;
- ``T``: headlines, a live blog's times, a photo's caption.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 173 ``A`` lines, 260
  ``R``, 28 ``T``, eight pages a language.

- round 2, after the changes, aimed at them: 6 pages (4 extracts, 2 full pages), 41 ``A``, 49 ``R``, 7 ``T``: an
  inline box's one headline over the next subheading (he, ar) and a box of two headlines between paragraphs (he), a
  rights line in a quote of the article's, an agency's page with its code, desk, three-calendar stamp, update stamp and
  comment states over a fact box whose label holds a desk's word ("گروه سنی:"), a photo credit's label in a sentence,
  an interview under the interviewer's label ("المراسل: متى تبدأ الخطة؟"), a stamp's label in a sentence.

Measured on main bf7f8dd: round 1 lost 1, left 34; round 2 lost 2, left 20. The losses: a story's subheading right
under an inline "read also" box of one headline ('התגובה של צה"ל', "מה כולל החוק", "ردود الفعل الدولية"; teaser-box
read it as the box's second headline). Left: the Hebrew rights line naming its holder after "ל" ("כל הזכויות שמורות
לתאגיד השידור הישראלי"), the calls to join on a network or a channel ("הצטרפו אלינו בפייסבוק", "לכל העדכונים - הצטרפו
לערוץ הטלגרם שלנו"), the load-more button ("טעינת עדכונים נוספים"); an Iranian agency's long news code, its desk under
a label ("سرویس: علمی دانشگاهی", which with the code made the stamp between them read as a fact box's row), the stamp in
two or three calendars, the spaced "آخرین به روز رسانی:" over a date in figures, the comment states ("انتشار یافته: ۳",
"در انتظار بررسی: ۱"), the share call ("این مطلب را به اشتراک بگذارید:"), BBC Persian's "منبع تصویر، IRNA"; Arabic
stamps with "من" before the month and the Hijri date beside the Gregorian ("الخميس ٢١ من شعبان ١٤٤٥ هـ - ٢٩ فبراير
٢٠٢٤"), labelled stamps in other orders ("نُشر: 18:03-12 مارس 2024 م ـ 02 رَمضان 1445 هـ", "نشر في: 11 مايو ,2024: 10:30
م GST"), a correspondent's label ("المراسل: …"), the links disclaimer ("بي بي سي ليست مسؤولة عن محتوى المواقع
الخارجية."), a video teaser before two dots ("شاهد.. …").

After: round 1 lost 0, left 17; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_rtl.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``subheading_closing_box`` (teaser-box's guard): an inline box of two headlines and nothing else, the article's
  prose over its heading, whose second headline (four words at most, shorter than the first) stands over a paragraph
  and another sentence: the second is the story's subheading and stays. A box of three headlines, a second as long as
  the first, a box closing the page or over the first paragraph, a short headline over one sentence and the page's row
  (test_redteam23's "Zatvara se Slavonska avenija") go whole as before (tests).
- tables, each in a ``# rtl38:`` block at its list's end: he ``credits.copyright`` the rights line with its holder
  after "ל" (a name of up to five words, no clause), ``widgets.chrome`` a load-more button, ``promos.cta`` the calls
  to join on a network and to the outlet's channel under "לכל העדכונים"; fa ``credits.syndication`` a news code of
  13 to 16 figures, ``metadata.byline`` a desk under "سرویس:" / "گروه:" (the desk's word from a list), two
  ``metadata.dateline`` (the spaced update label over a date in figures; a stamp in two or three calendars, Solar,
  Hijri and Gregorian months), ``comments.ui`` the comment states with their counts, ``widgets.social`` the share call,
  ``credits.image_credit`` "منبع تصویر،" with the Persian comma; ar ``metadata.byline`` a correspondent's label and
  name, two ``metadata.dateline`` (a stamp with "من" and both calendars; a labelled stamp of figures, months and marks
  only), ``credits.syndication`` the links disclaimer, ``promos.label`` a video teaser's label before two dots. Each has
  a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_rtl38.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== HEBREW ==================================================================================================
    # ===== a Ynet-style news story as an extractor leaves it: the byline and stamp, a one-line quote, the share row
    "he_news_extract": """\
T הממשלה אישרה את תקציב המדינה לשנת 2025 אחרי דיון של 14 שעות
R איתמר אייכנר
R פורסם: 14.03.24 , 09:12
R עודכן: 14.03.24 , 11:40
A הממשלה אישרה הלילה את הצעת תקציב המדינה לשנת 2025, לאחר דיון סוער שנמשך כ-14 שעות.
A התקציב מסתכם ב-620 מיליארד שקל, וכולל קיצוצים רוחביים של 3% במשרדי הממשלה.
A שר האוצר אמר בסיום הישיבה:
A "זה תקציב אחראי".
A באופוזיציה תקפו את ההחלטה וטענו כי היא פוגעת במעמד הביניים.
A "אין כאן שום בשורה", אמר יו"ר האופוזיציה.
A התקציב יועבר כעת לכנסת, שם יידרש לעבור שלוש קריאות עד סוף החודש.
A לפי הערכות במשרד האוצר, הגירעון צפוי לעמוד על 4.6% מהתוצר.
R שתפו את הכתבה
R פייסבוק
R וואטסאפ
R טוויטר
R העתקת קישור
R 42 תגובות
""",
    # ===== a Haaretz-style full page: menu, breadcrumbs, paywall prompt, cookie banner, footer
    "he_analysis_full": """\
R דלג לתוכן
R חדשות
R פוליטיקה
R כלכלה
R תרבות
R ספורט
R דעות
R עשו מנוי
R התחברות
R חדשות / פוליטיקה
T ניתוח: מה באמת עומד מאחורי המשבר בקואליציה
R יוסי ורטר
R 12 במרץ 2024
A המשבר בקואליציה לא פרץ ביום אחד.
A הוא נבנה לאורך חודשים של מחלוקות סביב חוק הגיוס, התקציב והמינויים הבכירים.
A שלוש שאלות פתוחות
A האם המפלגות החרדיות יצביעו בעד התקציב?
A האם ראש הממשלה יקדים את הבחירות?
A ומי ייצא מחוזק מהמשבר?
A גורם בכיר בקואליציה אמר השבוע כי "הכל עוד פתוח", אך הודה שהזמן אוזל.
A בסקר שפורסם אמש, 58% מהמשיבים אמרו שהם תומכים בהקדמת הבחירות.
R לקריאת הכתבה המלאה הצטרפו למנוי דיגיטלי
R כבר מנויים? התחברו
R אתר זה עושה שימוש בעוגיות לשיפור חוויית הגלישה. המשך הגלישה באתר מהווה הסכמה לכך.
R אישור
R קראו עוד
R נתניהו: "לא נלך לבחירות"
R הסקר שמטלטל את הפוליטיקה
R אודות
R צור קשר
R תנאי שימוש
R מדיניות פרטיות
R © כל הזכויות שמורות להארץ
""",
    # ===== an interview as an extractor leaves it: short questions and answers, a photo credit, a newsletter prompt
    "he_interview_extract": """\
T "לא חשבתי שאגיע לכאן": ראיון עם הסופרת שזכתה בפרס ספיר
R מאת: נועה לנדאו
R צילום: תומר אפלבאום
A היא כתבה את הספר בשלוש שנים, בעיקר בלילות.
A את מופתעת מהזכייה?
A מאוד.
A למה?
A כי זה ספר קשה, ולא חשבתי שהוא ידבר לקהל רחב.
A מה הלאה?
A ספר חדש, אולי בעוד שנתיים.
A ומה תעשי עם כסף הפרס?
A אחזיר משכנתא. ברצינות.
R הירשמו לניוזלטר שלנו וקבלו את הכתבות הכי מעניינות ישירות למייל
R הרשמה
R תגיות: ספרות, פרס ספיר, ראיון
""",
    # ===== a Walla-style full page with a numbered list and a comment section
    "he_list_full": """\
R וואלה! חדשות
R ראשי
R חדשות
R ספורט
R כסף
R תרבות
R אוכל
R חיפוש
R וואלה! חדשות > בארץ
T חמישה דברים שכדאי לדעת לפני החזרה ללימודים
R מערכת וואלה!
R 01/09/2024 06:30
R עודכן לפני 3 שעות
A השנה ייפתחו הלימודים ביום ראשון, כ-2.5 מיליון תלמידים חוזרים לספסל הלימודים.
A 1. שעות הלימודים
A רוב בתי הספר היסודיים יפעלו עד השעה 13:30.
A 2. תוכנית הקיץ
A התוכנית הורחבה ותכלול גם את כיתות ג'.
A 3. מחסור במורים
A לפי משרד החינוך, חסרים כ-5,000 מורים ברחבי הארץ.
A 4. תחבורה
A יתווספו 300 קווי הסעה חדשים.
A 5. ביטחון
A בכל בית ספר יוצב מאבטח.
R תגובות
R הוסיפו תגובה
R 1. סוף סוף
R אבי, תל אביב
R 2. מה עם הצפון?
R רותי
R טעינת תגובות נוספות
R כל הזכויות שמורות לוואלה! תקשורת בע"מ
""",
    # ===== a Maariv-style extract: a subheading, a date in text, a one-word reply, "read also" links in the body
    "he_security_extract": """\
T צה"ל: יירטנו שלושה כטב"מים מעל הגליל
R מאת אנה ברסקי
R 15:42 | 22.07.2024
A מערך ההגנה האווירית יירט הבוקר שלושה כלי טיס בלתי מאוישים שחדרו למרחב האווירי מלבנון.
A לא נגרמו נפגעים.
A אזעקות נשמעו בשמונה יישובים בגליל העליון.
R קראו גם:
R הותר לפרסום: לוחם נהרג בדרום לבנון
A התגובה של צה"ל
A כלי טיס של חיל האוויר תקפו בהמשך היום מטרות בדרום לבנון.
A דובר צה"ל מסר: "נמשיך לפעול בכל מקום".
R לכל העדכונים - הצטרפו לערוץ הטלגרם שלנו
R 12
""",
    # ===== a Globes-style economy full page: stock ticker, cookie, mailing list, footer
    "he_economy_full": """\
R גלובס
R שוק ההון
R נדל"ן
R בארץ
R דעות
R ת"א 35 1,934.20 0.8%
R דולר 3.65 -0.2%
R שקל דיגיטלי
T בנק ישראל הותיר את הריבית ללא שינוי: 4.5%
R אביב ליבוביץ
R 08/07/2024 16:00
A הוועדה המוניטרית של בנק ישראל החליטה היום להותיר את הריבית על רמתה, 4.5%.
A זו הפעם השישית ברציפות שהריבית נותרת ללא שינוי.
A נגיד הבנק אמר כי "האינפלציה עדיין גבוהה מהיעד".
A הנתונים העיקריים:
A אינפלציה שנתית: 3.2%
A צמיחה צפויה: 1.5%
A אבטלה: 3.1%
A ההחלטה הבאה על הריבית תתפרסם ב-28 באוגוסט.
R הצטרפו לרשימת התפוצה של גלובס
R הזינו כתובת מייל
R באתר זה נעשה שימוש בקבצי Cookies
R הבנתי
R מדיניות פרטיות | תנאי שימוש | נגישות
R © גלובס פבלישר עיתונות (1983) בע"מ
""",
    # ===== a culture review as an extractor leaves it: rating, short verdict lines, a photo credit
    "he_review_extract": """\
T ביקורת: ההצגה החדשה בקאמרי היא הצלחה גדולה
R שי בר-יעקב
R 05.02.2024
A ההצגה, בבימויו של עודד קוטלר, עולה בימים אלה באולם הגדול.
A שחקנים: מצוינים.
A תפאורה: צנועה אבל חכמה.
A מוזיקה: מיותרת.
A העלילה עוקבת אחרי משפחה שמתפרקת אחרי מות האב.
A "הבית הזה לא שלנו יותר", אומרת הבת במערכה השנייה.
A השורה הזו נשארת איתך הרבה אחרי שהמסך יורד.
R (צילום: ז'ראר אלון)
R הצטרפו אלינו בפייסבוק
""",
    # ===== a Kan-style full page: live updates with times, RLM marks, a Latin brand name
    "he_live_full": """\
R כאן חדשות
R חדשות
R תוכניות
R שידור חי
R ‏עדכונים שוטפים
T העדכונים המתגלגלים: סערה בכנסת סביב חוק התקשורת
T 10:15
A ‏יו"ר הוועדה הודיע כי ההצבעה תידחה לשבוע הבא.
T 09:48
A חברי כנסת מהאופוזיציה יצאו מהאולם במחאה.
T 09:30
A נציגי Google ו-Meta הוזמנו להופיע בפני הוועדה.
R שתפו
R טעינת עדכונים נוספים
R הורידו את האפליקציה של כאן
R Google Play
R App Store
R כל הזכויות שמורות לתאגיד השידור הישראלי
""",
    # ===== PERSIAN =================================================================================================
    # ===== a BBC Persian-style story as an extractor leaves it: the stamp in Solar Hijri, a one-line quote, share row
    "fa_news_extract": """\
T افزایش قیمت بنزین در ایران؛ دولت می‌گوید سهمیه‌ها تغییر نمی‌کند
R ۲۴ اسفند ۱۴۰۲ - ۱۴ مارس ۲۰۲۴
R منبع تصویر، Getty Images
A دولت ایران اعلام کرد قیمت بنزین آزاد از ابتدای سال آینده افزایش می‌یابد.
A بر اساس این تصمیم، قیمت هر لیتر بنزین آزاد از ۳ هزار تومان به ۵ هزار تومان می‌رسد.
A سخنگوی دولت گفت:
A «سهمیه خانوارها تغییر نمی‌کند.»
A کارشناسان اقتصادی اما هشدار داده‌اند که این افزایش به تورم دامن می‌زند.
A نرخ تورم سالانه در ایران در ماه گذشته حدود ۴۰ درصد اعلام شده بود.
A آیا اعتراض‌ها تکرار می‌شود؟
A در آبان ۱۳۹۸ افزایش ناگهانی قیمت بنزین به اعتراض‌های گسترده انجامید.
R مطالب مرتبط
R ماجرای بنزین سه‌نرخی چیست؟
R اشتراک گذاری
""",
    # ===== a Hamshahri-style full page: menu, breadcrumb, service line, comment form, footer
    "fa_city_full": """\
R همشهری آنلاین
R صفحه نخست
R سیاسی
R اقتصادی
R شهری
R ورزشی
R فرهنگی
R جستجو
R صفحه نخست / شهری / حمل و نقل
R کد خبر ۸۲۳۴۵۶
R ۱۴۰۳/۰۲/۱۵ - ۰۹:۳۰
T خط ۱۰ مترو تهران تا پایان سال به بهره‌برداری می‌رسد
A مدیرعامل شرکت متروی تهران از افتتاح فاز نخست خط ۱۰ تا پایان سال خبر داد.
A این خط ۴۳ کیلومتر طول دارد و ۳۵ ایستگاه خواهد داشت.
A مراحل اجرای پروژه:
A حفاری تونل: ۸۰ درصد
A ساخت ایستگاه‌ها: ۶۵ درصد
A خرید واگن: در حال مذاکره
A به گفته او، «کمبود بودجه بزرگ‌ترین مانع است».
R برچسب‌ها
R مترو
R حمل و نقل عمومی
R نظر شما
R نام
R ایمیل
R ارسال
R انتشار یافته: ۳
R در انتظار بررسی: ۱
R تمامی حقوق این سایت متعلق به همشهری آنلاین است.
""",
    # ===== an ISNA-style extract: the agency stamp, the "according to ISNA" opening, a list with Persian digits
    "fa_agency_extract": """\
T نتایج کنکور ۱۴۰۳ اعلام شد
R کد خبر: 1403051209876
R تاریخ انتشار: ۱۲ مرداد ۱۴۰۳
R سرویس: علمی دانشگاهی
A به گزارش خبرگزاری دانشجویان ایران (ایسنا)، نتایج نهایی آزمون سراسری امروز اعلام شد.
A داوطلبان می‌توانند از ساعت ۱۰ صبح به سایت سازمان سنجش مراجعه کنند.
A آمار پذیرفته‌شدگان:
A ۱. دوره روزانه: ۱۸۵ هزار نفر
A ۲. دوره شبانه: ۹۰ هزار نفر
A ۳. پیام نور: ۱۲۰ هزار نفر
A رئیس سازمان سنجش گفت: «نتایج دقیق و قابل اعتماد است.»
R انتهای پیام
""",
    # ===== a Tasnim-style full page: date in three calendars, a photo credit, "read more" rail, social follow, footer
    "fa_sport_full": """\
R خبرگزاری تسنیم
R ورزشی
R فوتبال ایران
R فوتبال جهان
R کشتی
R چهارشنبه ۲۳ خرداد ۱۴۰۳ - ۰۶ ذی‌الحجه ۱۴۴۵ - ۱۲ ژوئن ۲۰۲۴
T پیروزی تیم ملی فوتبال ایران مقابل ازبکستان
R عکس: مهدی زارعی
A تیم ملی فوتبال ایران شب گذشته با نتیجه ۲ بر ۱ ازبکستان را شکست داد.
A سردار آزمون در دقیقه ۳۴ گل اول را زد.
A گل دوم را مهدی طارمی در دقیقه ۷۸ به ثمر رساند.
A سرمربی تیم ملی پس از بازی گفت: «بازیکنان فوق‌العاده بودند.»
A ایران با این پیروزی صدرنشین گروه شد.
R بیشتر بخوانید:
R برانکو: ایران شانس قهرمانی دارد
R واکنش هواداران به شکست پرسپولیس
R ما را در اینستاگرام دنبال کنید
R تلگرام
R ایتا
R کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری تسنیم است.
""",
    # ===== a magazine interview as an extractor leaves it: short Q/A lines, questions with "؟"
    "fa_interview_extract": """\
T گفت‌وگو با کارگردان فیلم «خانه پدری»
R نویسنده: سارا محمدی
A فیلم او پس از چهار سال توقیف، سرانجام روی پرده رفت.
A چه حسی دارید؟
A خوشحالم. خیلی.
A چرا این‌قدر طول کشید؟
A نمی‌دانم. از خودشان بپرسید.
A فیلم بعدی؟
A یک کمدی.
A جدی می‌گویید؟
A بله، کاملاً جدی.
R این مطلب را به اشتراک بگذارید:
R تلگرام | واتس‌اپ | توییتر
R ۵ دیدگاه
""",
    # ===== an Etemad-style opinion full page with a cookie banner and an app prompt, Latin brand in the text
    "fa_opinion_full": """\
R روزنامه اعتماد
R یادداشت
R سیاست
R اقتصاد
R جامعه
R ورود | ثبت نام
T یادداشت: اینترنت، حق یا امتیاز؟
R علی ربیعی
R ۱۰ فروردین ۱۴۰۳
A فیلترینگ Instagram و WhatsApp بیش از دو سال است که ادامه دارد.
A در این مدت میلیون‌ها کسب‌وکار کوچک آسیب دیده‌اند.
A سؤال ساده است:
A چه کسی هزینه را می‌پردازد؟
A پاسخ هم ساده است: مردم.
A طبق یک نظرسنجی، ۷۰ درصد کاربران از فیلترشکن استفاده می‌کنند.
A این یعنی سیاست فعلی شکست خورده است.
R این سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.
R قبول دارم
R اپلیکیشن اعتماد را نصب کنید
R درباره ما | تماس با ما | تبلیغات
R © ۱۴۰۳ روزنامه اعتماد
""",
    # ===== an Euronews Persian-style extract: a subheading, a number list with percent, a "also read" box, ZWNJ words
    "fa_explainer_extract": """\
T انتخابات آمریکا چگونه برگزار می‌شود؟
R یورونیوز
R آخرین به روز رسانی: ۰۵/۱۱/۲۰۲۴ - ۱۰:۲۰
A رأی‌دهندگان آمریکایی روز سه‌شنبه به پای صندوق‌ها می‌روند.
A کالج الکترال چیست؟
A رئیس‌جمهور مستقیماً با رأی مردم انتخاب نمی‌شود.
A هر ایالت تعدادی «الکتور» دارد.
A نامزد برنده به ۲۷۰ رأی الکترال نیاز دارد.
R بیشتر بخوانید
R ترامپ یا هریس؛ نظرسنجی‌ها چه می‌گویند؟
A ایالت‌های تعیین‌کننده
A پنسیلوانیا، میشیگان، ویسکانسین، جورجیا و آریزونا.
A نتیجه ممکن است چند روز طول بکشد.
R ارسال به دوستان
R نظرات
""",
    # ===== a Shargh-style full page: culture news with a numbered list of books and a newsletter box
    "fa_books_full": """\
R شرق
R فرهنگ و هنر
R کتاب
R سینما
R تئاتر
T پرفروش‌ترین کتاب‌های نمایشگاه امسال
R گروه فرهنگ
R ۲۵ اردیبهشت ۱۴۰۳
A نمایشگاه کتاب تهران دیروز به کار خود پایان داد.
A فهرست پرفروش‌ها:
A ۱. «سووشون»
A ۲. «کلیدر»
A ۳. «بوف کور»
A ۴. «شازده کوچولو»
A ۵. «صد سال تنهایی»
A به گفته مسئولان، بیش از ۵ میلیون نفر از نمایشگاه بازدید کردند.
R عضویت در خبرنامه
R برای دریافت آخرین اخبار ایمیل خود را وارد کنید
R عضویت
R پربازدیدترین‌ها
R آخرین اخبار
R کپی‌رایت © ۲۰۲۴ روزنامه شرق. همه حقوق محفوظ است.
""",
    # ===== ARABIC ==================================================================================================
    # ===== an Al Jazeera-style story as an extractor leaves it: the stamp with Eastern digits, a one-line quote, "read also"
    "ar_news_extract": """\
T مجلس الأمن يصوت الليلة على مشروع قرار لوقف إطلاق النار
R المراسل: محمد البقالي
R ١٤/٣/٢٠٢٤
R آخر تحديث: ١٤/٣/٢٠٢٤ - ١٠:٣٠ (توقيت مكة)
A يصوت مجلس الأمن الدولي مساء اليوم الخميس على مشروع قرار يدعو إلى وقف فوري لإطلاق النار.
A وقال دبلوماسيون إن المشروع يحظى بدعم ١٢ عضوا على الأقل من أصل ١٥.
A وقال المندوب الفرنسي للصحفيين:
A «الوقت ينفد».
R اقرأ أيضا
R الأمم المتحدة تحذر من مجاعة وشيكة
A ويحتاج القرار إلى ٩ أصوات على الأقل، وعدم استخدام أي من الدول الخمس الدائمة العضوية حق النقض.
A هل تستخدم واشنطن الفيتو؟
A لم تحسم الإدارة الأمريكية موقفها بعد، وفق مسؤول تحدث للجزيرة.
R المصدر: الجزيرة + وكالات
""",
    # ===== an Al-Ahram-style full page: menu, breadcrumb, stamp in Hijri and Gregorian, photo credit, footer
    "ar_economy_full": """\
R بوابة الأهرام
R الرئيسية
R مصر
R عربي وعالمي
R اقتصاد
R رياضة
R فنون وثقافة
R الرئيسية > اقتصاد
T البنك المركزي يرفع أسعار الفائدة ٦٠٠ نقطة أساس
R الخميس ٢١ من شعبان ١٤٤٥ هـ - ٢٩ فبراير ٢٠٢٤
R أ ش أ
R أرشيفية
A قررت لجنة السياسة النقدية بالبنك المركزي المصري، في اجتماع استثنائي، رفع أسعار الفائدة بواقع ٦٠٠ نقطة أساس.
A وأوضح البنك في بيان أن القرار يهدف إلى السيطرة على التضخم.
A أبرز القرارات:
A سعر عائد الإيداع: ٢٧٫٢٥٪
A سعر عائد الإقراض: ٢٨٫٢٥٪
A سعر الائتمان والخصم: ٢٧٫٧٥٪
A كما سمح البنك لسعر صرف الجنيه بالتحرك وفق آليات السوق.
R تابعونا على
R فيسبوك
R تويتر
R يوتيوب
R جميع الحقوق محفوظة لمؤسسة الأهرام ٢٠٢٤
""",
    # ===== a Hespress-style extract: a comment count, the comments under the text
    "ar_local_extract": """\
T الحكومة تعلن عن برنامج جديد لدعم السكن
R هسبريس من الرباط
R الأربعاء 10 أبريل 2024 - 14:20
A أعلنت الحكومة، اليوم الأربعاء، عن برنامج جديد لدعم اقتناء السكن الرئيسي.
A ويستفيد من البرنامج المغاربة المقيمون في المغرب وخارجه.
A قيمة الدعم:
A 100 ألف درهم للسكن الذي يقل ثمنه عن 300 ألف درهم.
A 70 ألف درهم للسكن الذي يتراوح ثمنه بين 300 و700 ألف درهم.
A وقال الناطق الرسمي باسم الحكومة إن البرنامج «سيحرك قطاع العقار».
R 8 تعليقات
R التعليقات
R 1 - مواطن
R برنامج جيد لكن الأسعار مرتفعة جدا
R 2 - متتبع
R أين الطبقة المتوسطة؟
R أضف تعليقك
""",
    # ===== an Asharq Al-Awsat-style full page: an interview's short answers, cookie banner, newsletter
    "ar_interview_full": """\
R الشرق الأوسط
R الرئيسية
R أخبار
R رأي
R ثقافة وفنون
R رياضة
R اشترك
T وزير الخارجية لـ«الشرق الأوسط»: لا عودة إلى الوراء
R لندن: علي بردى
R نُشر: 18:03-12 مارس 2024 م ـ 02 رَمضان 1445 هـ
A قال وزير الخارجية في حوار مع «الشرق الأوسط» إن العلاقات بين البلدين «دخلت مرحلة جديدة».
A هل أنتم متفائلون؟
A نعم، بحذر.
A وماذا عن الملف الأمني؟
A هناك تقدم، لكن الطريق طويل.
A متى الزيارة المقبلة؟
A قريبا جدا.
R يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمواصلة التصفح فإنك توافق على ذلك.
R موافق
R اشترك في النشرة البريدية
R البريد الإلكتروني
R سياسة الخصوصية
R الشروط والأحكام
R جميع الحقوق محفوظة © 2024 الشرق الأوسط
""",
    # ===== a Youm7-style extract: a numbered list, a video box, the Latin brand, the tags
    "ar_tech_extract": """\
T 5 مزايا جديدة في تحديث واتساب الأخير
R كتب أحمد حسن
R الإثنين، 06 مايو 2024 11:00 ص
A أطلق تطبيق WhatsApp تحديثا جديدا لمستخدمي Android وiOS.
A وإليكم أبرز المزايا:
A 1- قفل المحادثات
A 2- إرسال الصور بجودة عالية
A 3- تعديل الرسائل بعد إرسالها
A 4- مشاركة الشاشة في مكالمات الفيديو
A 5- القنوات
A ويبلغ عدد مستخدمي التطبيق أكثر من ملياري مستخدم حول العالم.
R شاهد.. فيديو يشرح طريقة تفعيل الميزة الجديدة
R الموضوعات المتعلقة
R احذر.. رسائل احتيال جديدة عبر واتساب
R كلمات البحث: واتساب، تحديث، تكنولوجيا
""",
    # ===== a BBC Arabic-style full page: date in text, a quote, "more stories", social follow, copyright tail
    "ar_science_full": """\
R بي بي سي نيوز عربي
R تخطى إلى المحتوى
R الرئيسية
R أخبار
R علوم
R صحة
R فيديو
T علماء يكتشفون نوعا جديدا من الضفادع في الأمازون
R 3 يونيو/ حزيران 2024
R صدر الصورة، Getty Images
R التعليق على الصورة،
T الضفدع الجديد لا يتجاوز طوله سنتيمترا واحدا
A أعلن فريق من العلماء اكتشاف نوع جديد من الضفادع في غابات الأمازون المطيرة.
A ويقول الباحثون إن النوع الجديد مهدد بالانقراض.
A وقالت رئيسة الفريق:
A «إنه اكتشاف مذهل».
A وتضم غابات الأمازون نحو ١٠٪ من الأنواع المعروفة في العالم.
R قصص مقترحة
R لماذا تختفي النحل؟
R بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.
R © 2024 بي بي سي.
""",
    # ===== a magazine column as an extractor leaves it: the author box, short rhetorical lines, a share row
    "ar_column_extract": """\
T مقال: المدينة التي لا تنام
R بقلم: سمير عطا الله
A في بيروت، لا أحد ينام مبكرا.
A ليس لأن المدينة تحب السهر.
A بل لأن الكهرباء تأتي في الليل.
A هكذا نعيش.
A هل هذا طبيعي؟
A لا.
A لكننا اعتدنا، والاعتياد أخطر من الأزمة نفسها.
R كاتب وصحافي لبناني
R شارك هذا المقال
R فيسبوك
R تويتر
R واتساب
R الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.
""",
    # ===== a sport full page (Kooora/Al Arabiya-style): a score line, the scorers, the app prompt, the footer
    "ar_sport_full": """\
R العربية
R رياضة
R كرة قدم
R تنس
R الرئيسية / رياضة / كرة قدم
T الهلال يتوج بلقب الدوري السعودي للمرة التاسعة عشرة
R دبي - العربية.نت
R نشر في: 11 مايو ,2024: 10:30 م GST
A حسم الهلال لقب الدوري السعودي للمحترفين بعد فوزه على الحزم بنتيجة 4-1.
A أهداف المباراة:
A ميتروفيتش (د 12، 45)
A سافيتش (د 67)
A مالكوم (د 80)
A وقال مدرب الفريق عقب المباراة: «هذا اللقب للجماهير».
A ويبتعد الهلال بفارق 12 نقطة عن أقرب ملاحقيه قبل 3 جولات من النهاية.
R حمل تطبيق العربية
R الأكثر قراءة
R كريستيانو رونالدو يحطم رقما جديدا
R جميع الحقوق محفوظة للعربية © 2024
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== a Ynet-style extract: an inline box with one headline over the next subheading; a second box of two
    # headlines between paragraphs; the rights line in a quote of the article's
    "he_inline_box_extract": """\
T הכנסת אישרה בקריאה ראשונה את חוק זכויות היוצרים החדש
R מאת רן בר-זיק
R פורסם: 03.06.24 , 18:20
A מליאת הכנסת אישרה הערב בקריאה ראשונה את הצעת החוק לעדכון זכויות היוצרים בעידן הבינה המלאכותית.
A 41 חברי כנסת תמכו בהצעה ו-12 התנגדו לה.
R קראו גם:
R יוצרים נגד בינה מלאכותית: "גונבים לנו את העבודה"
A מה כולל החוק
A לפי ההצעה, חברות שמאמנות מודלים על יצירות מוגנות יחויבו לפצות את היוצרים.
A על כריכת הספר שהציג חבר הכנסת נכתב: "כל הזכויות שמורות למחבר".
A "זה רק ההתחלה", אמר יו"ר הוועדה.
R עוד בנושא:
R ענקיות הטכנולוגיה מאיימות לעזוב את השוק הישראלי
R מה אומרים המשפטנים על הצעת החוק החדשה
A החוק יחזור כעת לוועדה להכנה לקריאה שנייה ושלישית, שצפויות להתקיים עד סוף מושב הקיץ.
R הצטרפו אלינו בפייסבוק
R כל הזכויות שמורות ל-ynet
""",
    # ===== an ISNA/Mehr-style full page: the news code, the desk, two stamps, the comment states, a fact box whose
    # labels hold a desk's word ("گروه سنی:")
    "fa_agency_full": """\
R خبرگزاری مهر
R صفحه اصلی
R سیاست
R اقتصاد
R جامعه
R کد خبر: 1403071812345
R سرویس: اجتماعی
R پنجشنبه ۱۸ مهر ۱۴۰۳ - ۰۴ ربیع‌الثانی ۱۴۴۶ - ۱۰ اکتبر ۲۰۲۴
T آغاز واکسیناسیون آنفلوانزا از هفته آینده
A به گزارش خبرنگار مهر، واکسیناسیون آنفلوانزای گروه‌های پرخطر از شنبه آینده در مراکز بهداشت آغاز می‌شود.
A گروه‌های هدف:
A گروه سنی: بالای ۶۵ سال
A بیماران: دیابتی و قلبی
A کادر درمان: همه پرسنل
A معاون بهداشت وزارت بهداشت گفت: «واکسن برای گروه‌های پرخطر رایگان است.»
A در انتظار بررسی نهایی پرونده واردات، ۲ میلیون دوز دیگر هم تا آذر می‌رسد.
R آخرین به روز رسانی: ۱۰/۱۰/۲۰۲۴ - ۱۴:۳۵
R این مطلب را به اشتراک بگذارید:
R تلگرام | واتس‌اپ | ایتا
R نظرات
R انتشار یافته: ۰
R در انتظار بررسی: ۲
R غیر قابل انتشار: ۰
R کلیه حقوق این سایت متعلق به خبرگزاری مهر است.
""",
    # ===== a BBC Persian-style extract: the photo credit with the Persian comma over the caption, a one-line quote
    "fa_bbc_extract": """\
T سیل در سیستان و بلوچستان؛ هزاران نفر بی‌خانمان شدند
R ۱۲ اسفند ۱۴۰۲ - ۲ مارس ۲۰۲۴
R منبع تصویر، IRNA
T توضیح تصویر، روستاهای جنوب استان زیر آب رفته است
A باران‌های سیل‌آسا در جنوب شرق ایران دست کم ۵ هزار نفر را بی‌خانمان کرده است.
A مقام‌های محلی می‌گویند بیش از ۲۰۰ روستا دچار خسارت شده‌اند.
A یکی از ساکنان گفت:
A «همه چیز را از دست دادیم.»
A منبع تصویر، که در شبکه‌های اجتماعی دست به دست شد، هنوز تأیید نشده است.
A هلال احمر ۳ هزار چادر به منطقه فرستاده است.
R مطالب پیشنهادی
R چرا سیل‌ها در ایران مرگبارتر شده‌اند؟
""",
    # ===== an Al-Ahram/Asharq-style extract: the Hijri stamps, a correspondent's label, an interview under the
    # interviewer's label with its question mark, a video teaser before two dots, the links disclaimer
    "ar_interview_extract": """\
T وزير الصحة: خطة لتطوير ١٠٠ مستشفى خلال عامين
R المراسل: أحمد عبد الحميد
R الأحد ١٢ من رمضان ١٤٤٥ هـ - ٢٤ مارس ٢٠٢٤
A كشف وزير الصحة في حوار خاص عن خطة لتطوير ١٠٠ مستشفى حكومي خلال عامين بتكلفة تتجاوز ٥ مليارات جنيه.
A المراسل: متى تبدأ الخطة؟
A الوزير: في يوليو المقبل.
A المراسل: وما مصادر التمويل؟
A الوزير: الموازنة العامة وقروض ميسرة.
A المراسل: هل تكفي؟
A الوزير: نعم.
R شاهد.. لحظة افتتاح أكبر مستشفى في الصعيد
A وأكد الوزير أن الأولوية ستكون لمحافظات الصعيد، حيث يعاني السكان من نقص حاد في الخدمات.
R نُشر: 09:15-24 مارس 2024 م ـ 14 رَمضان 1445 هـ
R الموقع ليس مسؤولا عن محتوى المواقع الخارجية.
""",
    # ===== an Arabic news full page: an inline box with one headline over the next subheading, a short rights line
    "ar_inline_box_full": """\
R الرئيسية
R سياسة
R اقتصاد
R رياضة
R الرئيسية > سياسة
T البرلمان يقر قانون الانتخابات الجديد بعد جلسة ماراثونية
R بيروت - رويترز
R آخر تحديث: 14:20 ، 5 يونيو 2024
A أقر البرلمان اللبناني، مساء الأربعاء، قانون الانتخابات الجديد بأغلبية ٧٢ صوتا من أصل ١٢٨.
A ويعتمد القانون النظام النسبي مع الصوت التفضيلي في ١٥ دائرة انتخابية.
R اقرأ أيضا
R الأمم المتحدة تدعو إلى إجراء الانتخابات في موعدها
A ردود الفعل الدولية
A رحب الاتحاد الأوروبي بإقرار القانون، ودعا إلى إجراء الانتخابات في موعدها المحدد.
A هل تجرى الانتخابات في موعدها؟
A يرجح مراقبون ذلك، رغم الخلافات حول تقسيم الدوائر.
R تابعونا على تلغرام
R جميع الحقوق محفوظة © 2024
""",
    # ===== a Globes/Kan-style extract: the load-more button under a live page, the channel call, a list's short items
    "he_live_extract": """\
T הבחירות לרשויות המקומיות: כל העדכונים
R עודכן: 27.02.24 , 22:15
A הקלפיות נסגרו בשעה 22:00 ברוב היישובים, ואחוז ההצבעה הארצי עמד על כ-49%, נמוך מהבחירות הקודמות.
A הנתונים לפי ערים:
A ירושלים: 31%
A תל אביב: 44%
A חיפה: 38%
A באר שבע: 41%
A התוצאות הרשמיות צפויות להתפרסם מחר בשעות הצהריים, כך לפי ועדת הבחירות המרכזית.
R טעינת עדכונים נוספים
R לכל העדכונים - הצטרפו לערוץ הטלגרם שלנו
R כל הזכויות שמורות לגלובס
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a page whose every line is shorter than a paragraph (a live page's entries of six to eight words, a column's
    # rhetorical lines of three to seven): no anchor for edge-furniture, so its menu ("כאן חדשות", "חדשות", "תוכניות",
    # "עדכונים שוטפים"), its store badges ("Google Play", "App Store") and the column's byline ("بقلم: …", which
    # byline takes over a paragraph) and its author's line ("كاتب وصحافي لبناني") stay: a page too short to judge
    # its edges by is left alone (structure.EdgeFurniture.run)
    "he_live_full": 6,
    "ar_column_extract": 2,
    # a name alone under the headline or the text ("אביב ליבוביץ", "علی ربیعی"), the outlet's name alone ("یورونیوز"),
    # the outlet's name before its city ("هسبريس من الرباط"): Hebrew and Arabic have no capitals to tell a name by,
    # and an article's short line reads the same
    "fa_opinion_full": 1,
    "fa_explainer_extract": 1,
    "ar_local_extract": 1,
    # a breadcrumb and an editorial byline naming an outlet whose name ends in "!" ("וואלה! חדשות > בארץ", "מערכת
    # וואלה!"): the mark reads as a sentence's end, and "מערכת" is also "system" ("מערכת החינוך")
    "he_list_full": 2,
    # a tag under the tags' heading ("حمل و نقل عمومی", holding the conjunction) over the comment form, which
    # comment-section now takes from "نظر شما" on: edge-furniture took the tag as a menu line between furniture lines
    "fa_city_full": 1,
    # the name ("אביב ליבוביץ", as above) and an index's row in the head's ticker ('ת"א 35 1,934.20 0.8%'): a market
    # widget's row, left to the markets tables
    "he_economy_full": 2,
    # a comment count alone under the text ("12"): a figure closing an article's list reads the same
    "he_security_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT: dict[str, list[str]] = {
    "he": [
        "הממשלה אישרה הלילה את הצעת התקציב לשנה הבאה, לאחר דיון ארוך שנמשך עד השעות הקטנות של הבוקר.",
        "התקציב כולל קיצוצים רוחביים במשרדי הממשלה והגדלה של תקציב הביטחון בכמה מיליארדי שקלים.",
        "באופוזיציה תקפו את ההחלטה וטענו כי היא פוגעת במעמד הביניים ובשירותים החברתיים.",
    ],
    "fa": [
        "دولت اعلام کرد قیمت بنزین آزاد از ابتدای سال آینده افزایش می‌یابد و سهمیه خانوارها تغییر نمی‌کند.",
        "کارشناسان اقتصادی هشدار داده‌اند که این افزایش قیمت به تورم دامن می‌زند و فشار بر خانوارها را بیشتر می‌کند.",
        "سخنگوی دولت در نشست خبری هفتگی گفت که درآمد حاصل از این تصمیم صرف حمل و نقل عمومی می‌شود.",
    ],
    "ar": [
        "يصوت مجلس الأمن الدولي مساء اليوم على مشروع قرار يدعو إلى وقف فوري لإطلاق النار في المنطقة.",
        "وقال دبلوماسيون إن المشروع يحظى بدعم معظم الأعضاء، لكن موقف الدول دائمة العضوية لم يتضح بعد.",
        "وكانت الأمم المتحدة قد حذرت الأسبوع الماضي من تدهور الوضع الإنساني بشكل غير مسبوق.",
    ],
}

#: (language, residue line, the pass that takes it)
GOES: list[tuple[str, str, str]] = [
    ('he', 'כל הזכויות שמורות לתאגיד השידור הישראלי', 'copyright'),
    ('he', '© כל הזכויות שמורות ל-ynet', 'copyright'),
    ('he', 'טעינת עדכונים נוספים', 'site-chrome'),
    ('he', 'טען כתבות נוספות', 'site-chrome'),
    ('he', 'הצטרפו אלינו בפייסבוק', 'call-to-action'),
    ('he', 'לכל העדכונים - הצטרפו לערוץ הטלגרם שלנו', 'call-to-action'),
    ('fa', 'کد خبر: 1403051209876', 'copyright'),
    ('fa', 'سرویس: علمی دانشگاهی', 'byline'),
    ('fa', 'گروه: اقتصادی', 'byline'),
    ('fa', 'آخرین به روز رسانی: ۰۵/۱۱/۲۰۲۴ - ۱۰:۲۰', 'dateline'),
    ('fa', 'چهارشنبه ۲۳ خرداد ۱۴۰۳ - ۰۶ ذی\u200cالحجه ۱۴۴۵ - ۱۲ ژوئن ۲۰۲۴', 'dateline'),
    ('fa', '۲۴ اسفند ۱۴۰۲ - ۱۴ مارس ۲۰۲۴', 'dateline'),
    ('fa', 'انتشار یافته: ۳', 'comment-ui'),
    ('fa', 'در انتظار بررسی: ۱', 'comment-ui'),
    ('fa', 'این مطلب را به اشتراک بگذارید:', 'social-buttons'),
    ('fa', 'منبع تصویر، Getty Images', 'image-credit'),
    ('ar', 'المراسل: محمد البقالي', 'byline'),
    ('ar', 'الخميس ٢١ من شعبان ١٤٤٥ هـ - ٢٩ فبراير ٢٠٢٤', 'dateline'),
    ('ar', 'نُشر: 18:03-12 مارس 2024 م ـ 02 رَمضان 1445 هـ', 'dateline'),
    ('ar', 'نشر في: 11 مايو ,2024: 10:30 م GST', 'dateline'),
    ('ar', 'بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.', 'copyright'),
    ('ar', 'شاهد.. فيديو يشرح طريقة تفعيل الميزة الجديدة', 'promo-label'),
]

#: (language, an article's sentence with the added rules' words)
STAYS: list[tuple[str, str]] = [
    ('he', 'כל הזכויות שמורות ליוצרים, הבהיר המפיק בתגובה לשאלת הכתב על גורל הסרט.'),
    ('he', 'טעינת עדכונים נוספים לאפליקציה נמשכה שעות, ומשתמשים רבים התלוננו על תקלות.'),
    ('he', 'הצטרפו אלינו בפייסבוק, כתבו מארגני ההפגנה, ותוך יום נרשמו יותר מאלף איש.'),
    ('he', 'לכל העדכונים הוקם חדר מצב מיוחד, והצטרפו אליו נציגים של כל המשרדים.'),
    ('fa', 'کد خبر این گزارش در سامانه خبرگزاری ثبت نشده بود و کاربران نتوانستند آن را پیدا کنند.'),
    ('fa', 'سرویس بهداشت شهری گفت که گروه اقتصادی دولت هنوز بودجه این طرح را تصویب نکرده است.'),
    ('fa', 'آخرین به روز رسانی نرم‌افزار بانک در ۵ آبان ۱۴۰۳ منتشر شد و مشکلات زیادی ایجاد کرد.'),
    ('fa', 'در انتظار بررسی پرونده، ۳ نفر از متهمان با قرار وثیقه آزاد شدند، به گفته دادستان.'),
    ('fa', 'این مطلب را به اشتراک بگذارید تا همه ببینند، نوشته بود کاربری که ویدیو را منتشر کرد.'),
    ('fa', 'منبع تصویر، که یک خبرگزاری خارجی بود، هرگز اصل عکس را منتشر نکرد و پرسش‌ها باقی ماند.'),
    ('ar', 'وقال المراسل: محمد البقالي، إن الوضع في المدينة هادئ نسبيا بعد ليلة من الاشتباكات العنيفة.'),
    ('ar', 'وفي الخميس ٢١ من شعبان الماضي أعلنت الوزارة عن خطة جديدة لدعم الأسر الفقيرة في المحافظات.'),
    ('ar', 'نشر في: مجلة العلوم الطبية، العدد الثالث، وتناول البحث أثر التغير المناخي على الزراعة.'),
    ('ar', 'وقالت الشركة إنها ليست مسؤولة عن محتوى المواقع الخارجية التي تنشر إعلاناتها دون إذن منها.'),
    ('ar', 'شاهد.. هكذا علق الملايين على الفيديو، بحسب تقرير نشرته الصحيفة صباح اليوم عن الحادثة.'),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def _kept(page: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    result = cleaner.explain_text("\n".join(page))
    return lost(page, result), removed(result)


#: an inline "read also" box per language: its heading, one other story's headline, the story's next subheading
_INLINE_BOX = {
    "he": ["קראו גם:", "הותר לפרסום: לוחם נהרג בדרום לבנון", 'התגובה של צה"ל'],
    "fa": ["بیشتر بخوانید:", "ماجرای بنزین سه‌نرخی و سهمیه خانوارها چیست", "واکنش نمایندگان مجلس"],
    "ar": ["اقرأ أيضا", "الأمم المتحدة تحذر من مجاعة وشيكة في القطاع", "ردود الفعل الدولية"],
    "en": ["Read more:", "Soldier killed in southern Lebanon, army says", "The army's response"],
}
_EN_TEXT = [
    "The air defence system intercepted three drones that crossed into the country's airspace from Lebanon this morning.",
    "Sirens sounded in eight communities in the Upper Galilee, and residents were told to stay close to shelters.",
    "Fighter jets later struck targets in southern Lebanon, the army said in a statement on Monday evening.",
]


@pytest.mark.parametrize("lang", sorted(_INLINE_BOX))
def test_a_subheading_right_under_an_inline_box_stays(lang: str) -> None:
    # teaser-box (edge_rtl.subheading_closing_box): the heading and the other story's headline go, the story's
    # subheading over its next paragraph and a sentence under that stays
    text = TEXT.get(lang, _EN_TEXT)
    lost_lines, gone = _kept([*text[:1], *_INLINE_BOX[lang], *text[1:]])
    assert lost_lines == _INLINE_BOX[lang][:2], gone


def test_a_box_whose_last_headline_is_no_subheading_still_goes() -> None:
    # (a second headline as long as the first, a third headline, a box closing the page, a box over the article's
    # first line, a short headline over one sentence and the page's row: the box goes whole as before)
    boxes = [
        ["Read more:", "Soldier killed in southern Lebanon, army says", "Army says drones came from Lebanon"],
        ["Read more:", "Soldier killed in southern Lebanon, army says", "Sirens across the north", "Drones over Galilee"],
    ]
    for box in boxes:
        lost_lines, gone = _kept([_EN_TEXT[0], *box, *_EN_TEXT[1:]])
        assert lost_lines == box, gone
    box = _INLINE_BOX["he"]
    lost_lines, gone = _kept([*TEXT["he"], *box])
    assert lost_lines == box, gone
    box = _INLINE_BOX["en"]
    lost_lines, gone = _kept([*box, *_EN_TEXT])
    assert lost_lines == box, gone
    row = "Share this article"
    lost_lines, gone = _kept([*_EN_TEXT[:2], *box, _EN_TEXT[2], row])
    assert lost_lines[:3] == box, gone

if __name__ == "__main__":
    report(CASES)
