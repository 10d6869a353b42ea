# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 24 (left24): pages in the nine languages whose tables are thinnest, through the text path.

Forty pages, written before the passes and their tables were read, as an extractor or a naive scraper (menus,
footers, everything) outputs them, in Greek, Persian, Finnish, Hebrew, Hindi, Hungarian, Indonesian, Thai and
Vietnamese (the languages with the smallest tables but Tagalog, Estonian, Slovenian, Latvian, Croatian, Lithuanian,
Catalan, which red team 23 took): a news story with the section menu, "published" and "updated" stamps, the author,
the photo's credit, a "read also" teaser, an ad marker, share and follow buttons, an app call, readers' comments with
their counts, stamps and reply buttons, the copyright tail and the cookie notice; a recipe (byline, ingredients,
numbered steps, rating call, newsletter, more recipes) and a sports report (sections, stamp, credit, related,
tags, footer) in each language, a subscription wall (the notice, the price, the login for subscribers, "the article
continues after the ad", the reading time) in five; and an article-only control in each, whose sentences use the
residue's words (advertising, comments, a photo, an author, all rights, a subscription, "read also"). Tags: ``A``
article, ``R`` residue, ``T`` either way (headlines, a recipe's part headings).

Measured before any change (249 article and 477 residue lines): article lines lost 0, residue lines left 40:

- (9) Hebrew: three of the five Hebrew pages were read with no language (``Context.language`` None; only the English
  tables): Hebrew glues most function words to their word as a prefix (ב, ל, ה, ו, מ, ש), so a short page has too
  few of the words that stand alone for the stopword vote, and no other stage told it. A whole subscription page
  stayed (its section, reading time, wall, newsletter call), and a "קראו עוד: …" teaser, a rating call;
- (17) subscription walls and ads in the text: "Συνεχίστε την ανάγνωση μετά τη διαφήμιση", "ادامه مطلب پس از تبلیغ",
  "บทความต่อหลังโฆษณา", "SCROLL TO CONTINUE WITH CONTENT", "Mainos päättyy"; the notices and the calls with their
  price in el, fa, hu, th ("Γίνετε συνδρομητής με μόνο 1 ευρώ …", "برای مطالعه کامل این مطلب مشترک شوید.",
  "สมัครสมาชิกเพียง 1 บาทในเดือนแรก!", "A cikk folytatásához előfizetés szükséges."), the subscriber's login after a
  Greek question mark ("Είστε ήδη συνδρομητής; Συνδεθείτε": the table asked "?"); the app calls (el, fa, id, vi);
- (8) a recipe's rating call (el, hu, vi), its byline ("Bởi: …", "โดย: …"), its newsletter call (hi, vi), a
  Hungarian teaser asked as a question ("Ezt is olvasta már? …");
- (6) teaser boxes under a heading no table read ("Công thức khác", "Đọc thêm") or read as a read-on link (Finnish
  "Lue lisää": the read-on table's line goes alone, and the headlines under it stayed).

Language detection: langdetect tells every page its language; the passes now do too (``PASSES_TOLD``).

The fixes, all vocabulary but one: ``credits.ad_marker`` (el, fa, fi, th, id; he's entry asked "אחרי" glued to the
article: "אחרי הפרסומת" never matched), ``signup.paywall`` (el, fa, he, hu, th: the notice alone, the call with its
price and nothing after it, the login after a question mark), ``promos.cta`` (rating calls: el, he, hu, vi; the
site's app: el and fa with "our", id by the app's name, vi to read the news), ``promos.label`` (he's "קראו עוד:", hu's
"Ezt is olvasta már?"), ``promos.heading`` (vi's "Đọc thêm", "Công thức khác"), ``signup.newsletter`` (hi, vi), the
bylines (th's "โดย:", vi's "Bởi:"); fi's "Lue lisää" left the ``read_on`` table for the ``heading`` table alone, as
English's "Read more" (a "Lue lisää:" alone over the text at the head of a page is its title now, as "Read more:").
In code: ``language.guess_by_script`` tells a page dominated by the Hebrew script Hebrew (twenty of its letters,
more of its words than words of other scripts), as it tells Thai. After: lost 0, left 0.

Second round (``_ROUND2``: fourteen pages written after the passes were read, 37 article and 94 residue lines):
news briefs of three short sentences under a section's name and a "breaking news" label, and the subscription wall,
the reading time and the app in hi, vi, hu, id, fi. Before: lost 0, left 25 (the section's name or "breaking news"
over every brief: edge-furniture left a page with no anchor of prose alone; "Tilaa nyt 1 eurolla …", "Fizessen elő
most havi 990 forintért!", "Berlangganan mulai Rp 1 …", "Đăng ký chỉ 2.000 đồng/ngày", Hindi's wall, "Bài viết tiếp
tục sau quảng cáo", "מבזקים נוספים" over two flashes, Thai's "14:32 น."). Fixed by vocabulary (``signup.paywall`` fi, hi,
hu, id, vi; vi's ``ad_marker``; he's ``heading``; th's ``clock``; the breaking-news labels in ``structure.section_name``
for fa, hi, id, th, vi) and in code: ``EdgeFurniture`` asks :func:`structure._section_over_headline` on a page with no
anchor too (that test asks prose of its own under the headline, and the name of a section). After: lost 0, left 6
(``RESIDUE_LEFT``: a Finnish brief told no language, a Thai brief whose lines are no prose).

Third round (``_ROUND3``: nine travel blogs' posts over WordPress's comment form in its translations, a newsletter
form and a cookie banner, 27 article and 126 residue lines). Before: lost 0, left 17 (the form's heading "Vélemény,
hozzászólás?", "Tinggalkan Balasan", "Để lại một bình luận", "एक टिप्पणी छोड़ें"; the fields "Nama *", "Tên *"; "save my
name in this browser" in he, hi, id, vi; "the e-mail will not be published" in he and hu). Fixed by vocabulary
(``comments.section_start`` and ``section_link``, a call that opens a section only where no article line follows;
``comments.ui``). After: lost 0, left 0.

Fourth round (``_ROUND4``: four article-only pages, 29 lines, where the new Hebrew detection and tables could cost
text): an interview's short questions and answers, a list article's numbered places and a sentence about its photo, a
Greek list of island names, a Persian recipe's short lines. Before and after: lost 0 (no change needed).

Dev set: pagecmp ``changed 1/362``: an Indonesian blog's "Tinggalkan Balasan" (WordPress's comment heading, not in the
gold) goes.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    lost,
    page_text,
    removed,
    report,
    section_trail_tests,
    tagged_probe_tests,
)

import cleaner
from cleaner import language

_EL = {
    # NAIVE: a Greek news portal: menu, section, stamps, author, photo credit, "Διαβάστε επίσης", ad, comments, footer
    "el_news": """\
R Αρχική
R Ελλάδα
R Κόσμος
R Οικονομία
R Αθλητισμός
R Πολιτισμός
R Ελλάδα
T Νέο σχέδιο για τις συγκοινωνίες της Αθήνας
R Δημοσίευση: 12/03/2025 10:45
R Ενημέρωση: 12/03/2025 13:20
R Συντάκτης: Μαρία Παπαδοπούλου
R Φωτογραφία: Eurokinissi
A Το δημοτικό συμβούλιο της Αθήνας ενέκρινε την Πέμπτη νέο σχέδιο για την ανάπτυξη των δημόσιων συγκοινωνιών έως το 2030.
A Το σχέδιο προβλέπει 120 νέα ηλεκτρικά λεωφορεία και την επέκταση τριών γραμμών του τραμ προς τα δυτικά προάστια.
A Σύμφωνα με τον δήμαρχο, η επένδυση θα ξεπεράσει τα 400 εκατομμύρια ευρώ, τα μισά από τα οποία θα προέλθουν από ευρωπαϊκά προγράμματα.
R Διαβάστε επίσης: Αυξάνονται οι τιμές των εισιτηρίων από τον Απρίλιο
A «Θέλουμε οι πολίτες να αφήσουν το αυτοκίνητο στο σπίτι», δήλωσε ο αντιδήμαρχος αρμόδιος για τις μεταφορές.
A Η αντιπολίτευση ωστόσο επέκρινε το σχέδιο για την έλλειψη σαφών χρονοδιαγραμμάτων.
R Διαφήμιση
A Τα πρώτα νέα λεωφορεία αναμένεται να κυκλοφορήσουν το φθινόπωρο.
R Κοινοποίηση στο Facebook
R Ακολουθήστε μας στο Google News
R Σχόλια (14)
R Γιώργος Ιωάννου
R πριν από 2 ώρες
R Ελπίζω αυτή τη φορά να γίνει πράξη και όχι μόνο λόγια.
R Απάντηση
R Επισκέπτης
R πριν από 1 ώρα
R Πάλι θα ανεβάσουν τις τιμές, θα δείτε.
R Απάντηση
R Σχετικά άρθρα
R Καθυστερεί η επέκταση του μετρό στο Ίλιον
R © 2025 Με την επιφύλαξη παντός δικαιώματος.
R Ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας. Αποδέχομαι
""",
    # EXTRACTOR: a Greek recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "el_recipe": """\
T Σπανακόπιτα με φέτα
R Της Ελένης Γεωργίου
R 15 Ιανουαρίου 2025
A Η σπανακόπιτα είναι ένα από τα πιο αγαπημένα φαγητά της ελληνικής κουζίνας και αυτή η συνταγή είναι πολύ εύκολη.
T Υλικά
A 1 πακέτο φύλλο κρούστας
A 500 γρ. σπανάκι
A 300 γρ. φέτα
A 3 αυγά
A 1 ματσάκι άνηθο
A 100 ml ελαιόλαδο
T Εκτέλεση
A 1. Πλένουμε και ψιλοκόβουμε το σπανάκι και τον άνηθο.
A 2. Ανακατεύουμε με τη θρυμματισμένη φέτα και τα αυγά.
A 3. Στρώνουμε τα φύλλα στο ταψί, προσθέτουμε τη γέμιση και ψήνουμε στους 180 βαθμούς για 45 λεπτά.
A Σερβίρουμε τη σπανακόπιτα ζεστή ή κρύα.
R Σας άρεσε η συνταγή; Βαθμολογήστε τη!
R Κοινοποίηση
R Αποθήκευση
R Εγγραφείτε στο newsletter μας και λάβετε νέες συνταγές κάθε εβδομάδα.
R Περισσότερες συνταγές
R Γεμιστά με ρύζι
R Μουσακάς χωρίς μπεσαμέλ
""",
    # NAIVE: a Greek football report: sections, stamp with views, photo credit, ad, "Δείτε ακόμα", tags, copyright
    "el_sport": """\
R Αθλητικά
R Ποδόσφαιρο
T Ο Ολυμπιακός νίκησε τον Παναθηναϊκό στο ντέρμπι
R 23 Φεβρουαρίου 2025, 21:50
R 1254 προβολές
R Φωτογραφία: Intime Sports
A Ο Ολυμπιακός νίκησε με 2-1 τον Παναθηναϊκό στο ντέρμπι της αγωνιστικής και ανέβηκε στην πρώτη θέση της βαθμολογίας.
A Οι γηπεδούχοι προηγήθηκαν ήδη από το δέκατο λεπτό με γκολ του Ελ Κααμπί.
A Ο Παναθηναϊκός ισοφάρισε λίγο πριν από το ημίχρονο, όμως στο 78ο λεπτό ο Ποντένσε χάρισε τη νίκη στους Πειραιώτες.
A Ο προπονητής του Ολυμπιακού δήλωσε ότι η ομάδα έδειξε χαρακτήρα σε ένα δύσκολο παιχνίδι.
R Διαφήμιση
R Δείτε ακόμα
R Χωρίς προπονητή η ΑΕΚ μετά την ήττα στη Θεσσαλονίκη
R Ετικέτες: ποδόσφαιρο, Ολυμπιακός, Παναθηναϊκός
R Copyright © 2025 Sport News. Όλα τα δικαιώματα διατηρούνται.
""",
    # EXTRACTOR: a Greek economy story behind a subscription wall: reading time, notice, price call, login, app
    "el_paywall": """\
R Οικονομία
T Η ακρίβεια πιέζει τα νοικοκυριά
R 10.03.2025 • 08:15
R Χρόνος ανάγνωσης: 4 λεπτά
A Οι τιμές των τροφίμων αυξήθηκαν κατά 6% τον Φεβρουάριο σε σύγκριση με πέρσι, σύμφωνα με την ΕΛΣΤΑΤ.
R Συνεχίστε την ανάγνωση μετά τη διαφήμιση
A Οι μεγαλύτερες αυξήσεις καταγράφηκαν στο ελαιόλαδο, στα γαλακτοκομικά και στα φρούτα.
R Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.
R Γίνετε συνδρομητής με μόνο 1 ευρώ τον πρώτο μήνα!
R Είστε ήδη συνδρομητής; Συνδεθείτε
R Εγγραφείτε στο newsletter μας
R Κατεβάστε την εφαρμογή μας για iOS και Android
""",
    # CONTROL: article only; its sentences use the residue's words
    "el_control": """\
A Η διαφήμιση αλκοολούχων ποτών στην τηλεόραση θα απαγορεύεται πριν από τις 22:00, αποφάσισε η Βουλή.
A Τα σχόλια του υπουργού προκάλεσαν έντονες αντιδράσεις στην αντιπολίτευση.
A Η φωτογραφία, που δημοσιεύτηκε στα μέσα κοινωνικής δικτύωσης, έκανε τον γύρο του κόσμου μέσα σε λίγες ώρες.
A Ο συγγραφέας του βιβλίου είπε ότι έγραφε το μυθιστόρημα για δέκα χρόνια.
A Όλα τα δικαιώματα των εργαζομένων πρέπει να διατηρηθούν, επέμειναν τα συνδικάτα.
A Διαβάστε επίσης προσεκτικά τις οδηγίες πριν χρησιμοποιήσετε τη συσκευή, συμβουλεύει ο κατασκευαστής.
""",
}

_FA = {
    # NAIVE: a Persian news agency page: menu, section, stamps, author, photo, "بیشتر بخوانید", ad, news code, comments
    "fa_news": """\
R صفحه اصلی
R سیاسی
R اقتصادی
R اجتماعی
R ورزشی
R فرهنگی
R بین‌الملل
R اجتماعی
T طرح جدید حمل‌ونقل عمومی تهران تصویب شد
R تاریخ انتشار: ۲۲ اسفند ۱۴۰۳ - ۱۰:۴۵
R به‌روزرسانی: ۲۲ اسفند ۱۴۰۳ - ۱۳:۲۰
R نویسنده: مریم احمدی
R عکس: ایرنا
A شورای شهر تهران روز پنجشنبه طرح جدیدی را برای توسعه حمل‌ونقل عمومی تا سال ۱۴۱۰ تصویب کرد.
A این طرح خرید ۱۲۰ اتوبوس برقی و گسترش سه خط مترو به سمت محله‌های حاشیه‌ای شهر را پیش‌بینی می‌کند.
A به گفته شهردار، هزینه این طرح بیش از ۴۰ هزار میلیارد تومان خواهد بود که بخشی از آن از محل فروش اوراق مشارکت تأمین می‌شود.
R بیشتر بخوانید: قیمت بلیت مترو از فروردین افزایش می‌یابد
A معاون حمل‌ونقل شهرداری به خبرنگاران گفت: «می‌خواهیم مردم خودروی شخصی را در خانه بگذارند.»
A با این حال برخی اعضای شورا از نبود جدول زمانی روشن برای اجرای طرح انتقاد کردند.
R تبلیغات
A نخستین اتوبوس‌های برقی قرار است پاییز امسال وارد خطوط شوند.
R اشتراک‌گذاری در تلگرام
R ما را در اینستاگرام دنبال کنید
R کد خبر: ۱۲۳۴۵۶۷
R نظرات (۱۴)
R علی رضایی
R ۲ ساعت پیش
R امیدوارم این بار واقعاً اجرا شود و فقط حرف نباشد.
R پاسخ
R ناشناس
R ۱ ساعت پیش
R باز هم قیمت‌ها را بالا می‌برند، خواهید دید.
R پاسخ
R اخبار مرتبط
R افتتاح خط ۱۰ مترو به سال آینده موکول شد
R کلیه حقوق این سایت محفوظ است. استفاده از مطالب با ذکر منبع بلامانع است.
""",
    # EXTRACTOR: a Persian recipe: author, date, ingredients, steps, rating call, share, newsletter, more recipes
    "fa_recipe": """\
T طرز تهیه قورمه سبزی مجلسی
R نویسنده: زهرا کریمی
R ۲۵ دی ۱۴۰۳
A قورمه سبزی یکی از محبوب‌ترین غذاهای ایرانی است و این دستور پخت بسیار ساده است.
T مواد لازم:
A ۵۰۰ گرم گوشت گوسفندی
A ۴۰۰ گرم سبزی قورمه
A ۱ پیمانه لوبیا قرمز
A ۴ عدد لیمو عمانی
A ۱ عدد پیاز بزرگ
A نمک و فلفل به مقدار لازم
T طرز تهیه:
A ۱. لوبیا را از شب قبل خیس کنید.
A ۲. پیاز را خلالی خرد کرده و با گوشت تفت دهید.
A ۳. سبزی سرخ‌شده، لوبیا و لیمو عمانی را اضافه کنید و بگذارید سه ساعت روی حرارت ملایم بپزد.
A قورمه سبزی را با برنج کته یا چلو سرو کنید.
R به این دستور پخت امتیاز دهید
R اشتراک‌گذاری
R ذخیره
R برای دریافت دستورهای جدید در خبرنامه ما عضو شوید.
R دستورهای پخت بیشتر
R طرز تهیه فسنجان
R کوکو سبزی مجلسی
""",
    # NAIVE: a Persian football report: sections, stamp, views, photo credit, ad, related, tags, app, copyright
    "fa_sport": """\
R ورزشی
R فوتبال
T پرسپولیس استقلال را شکست داد و صدرنشین شد
R ۴ اسفند ۱۴۰۳ - ۲۱:۵۰
R ۱۲۵۴ بازدید
R عکس: تسنیم
A پرسپولیس در شهرآورد این هفته با نتیجه دو بر یک استقلال را شکست داد و به صدر جدول رسید.
A سرخپوشان در دقیقه دهم با گل اوستون اورونوف پیش افتادند.
A استقلال کمی پیش از پایان نیمه اول بازی را به تساوی کشاند، اما در دقیقه ۷۸ علیپور گل پیروزی را به ثمر رساند.
A سرمربی پرسپولیس پس از بازی گفت تیمش در این مسابقه دشوار شخصیت خود را نشان داد.
R آگهی
R بیشتر بخوانید
R سپاهان پس از شکست در اصفهان بدون سرمربی ماند
R برچسب‌ها: فوتبال، پرسپولیس، استقلال
R دانلود اپلیکیشن خبرگزاری
R © ۱۴۰۳ تمامی حقوق محفوظ است.
""",
    # EXTRACTOR: a Persian economy story: reading time, "continues after the ad", subscription wall, newsletter, app
    "fa_paywall": """\
R اقتصادی
T قیمت مواد غذایی ۶ درصد افزایش یافت
R ۲۰ اسفند ۱۴۰۳ - ۰۸:۱۵
R زمان مطالعه: ۴ دقیقه
A قیمت مواد غذایی در بهمن ماه نسبت به سال گذشته ۶ درصد افزایش یافت و این را مرکز آمار اعلام کرد.
R ادامه مطلب پس از تبلیغ
A بیشترین افزایش قیمت در روغن، لبنیات و میوه ثبت شده است.
R برای مطالعه کامل این مطلب مشترک شوید.
R اشتراک ماهانه فقط ۵۰ هزار تومان!
R قبلاً مشترک شده‌اید؟ وارد شوید
R عضویت در خبرنامه
R اپلیکیشن ما را از کافه بازار دانلود کنید
""",
    # CONTROL: article only; its sentences use the residue's words
    "fa_control": """\
A تبلیغات محصولات غذایی ناسالم در تلویزیون پیش از ساعت ۲۲ ممنوع خواهد شد و مجلس این طرح را تصویب کرد.
A نظرات وزیر واکنش‌های تندی را در میان نمایندگان مخالف برانگیخت.
A عکسی که در شبکه‌های اجتماعی منتشر شد، در چند ساعت در سراسر جهان دست‌به‌دست شد.
A نویسنده کتاب گفت که نوشتن این رمان ده سال طول کشیده است.
A همه حقوق کارگران باید محفوظ بماند و نمایندگان سندیکاها بر این موضوع تأکید کردند.
A بیشتر بخوانید و کمتر تماشا کنید، این توصیه معلمان به دانش‌آموزان در تعطیلات نوروز است.
""",
}

_FI = {
    # NAIVE: a Finnish news portal: menu, section, stamps, author, photo, "Lue myös", ad, share, app, comments, footer
    "fi_news": """\
R Etusivu
R Kotimaa
R Ulkomaat
R Talous
R Urheilu
R Kulttuuri
R Mielipide
R Kotimaa
T Helsinki hyväksyi uuden joukkoliikennesuunnitelman
R Julkaistu 12.3.2025 10:45
R Päivitetty 12.3.2025 13:20
R Maria Virtanen
R Kuva: Lehtikuva
A Helsingin kaupunginvaltuusto hyväksyi torstaina uuden suunnitelman joukkoliikenteen kehittämiseksi vuoteen 2030 asti.
A Suunnitelma sisältää 120 uutta sähköbussia sekä kolmen raitiolinjan jatkamisen itäisiin lähiöihin.
A Pormestarin mukaan investointi on yli 400 miljoonaa euroa, ja puolet rahoituksesta tulee EU:n ohjelmista.
R Lue myös: Lippujen hinnat nousevat huhtikuussa
A – Haluamme, että ihmiset jättävät autonsa kotiin, apulaispormestari sanoi toimittajille.
A Oppositio kuitenkin arvosteli suunnitelmaa selkeän aikataulun puuttumisesta.
R Mainos
R Mainos päättyy
A Ensimmäiset uudet bussit on tarkoitus ottaa käyttöön syksyllä.
R Jaa Facebookissa
R Seuraa meitä Twitterissä
R Lataa sovelluksemme ja saat uutiset ensimmäisenä.
R Kommentit (14)
R Matti K.
R 2 tuntia sitten
R Toivottavasti tällä kertaa tehdään eikä vain luvata.
R Vastaa
R Vieras
R 1 tunti sitten
R Taas nostetaan hintoja, saatte nähdä.
R Vastaa
R Aiheeseen liittyvät
R Länsimetron jatke viivästyy vuoteen 2027
R © Sanoma Media Finland 2025. Kaikki oikeudet pidätetään.
R Käytämme evästeitä parantaaksemme käyttökokemustasi. Hyväksy evästeet
""",
    # EXTRACTOR: a Finnish recipe: text credit, date, ingredients, steps, rating call, share, newsletter, more recipes
    "fi_recipe": """\
T Karjalanpiirakat
R Teksti: Liisa Korhonen
R 15.1.2025
A Karjalanpiirakat ovat suomalaisen keittiön klassikko, ja tämä resepti onnistuu helposti myös aloittelijalta.
T Ainekset
A 3 dl vettä
A 1 tl suolaa
A 3 dl ruisjauhoja
A 2 dl vehnäjauhoja
A 2 dl puuroriisiä
A 1 l maitoa
T Valmistus
A 1. Keitä riisipuuro maitoon ja anna jäähtyä.
A 2. Sekoita vesi, suola ja jauhot taikinaksi ja kauli ohuiksi levyiksi.
A 3. Levitä puuro levyille, rypytä reunat ja paista 300 asteessa noin 15 minuuttia.
A Tarjoile piirakat munavoin kanssa.
R Arvioi resepti
R Jaa
R Tallenna
R Tilaa uutiskirjeemme ja saat uusia reseptejä joka viikko.
R Lisää reseptejä
R Lihapullat kermakastikkeessa
R Mustikkapiirakka
""",
    # NAIVE: a Finnish ice hockey report: sections, stamp, photo credit, subscription wall, ad, related, tags, copyright
    "fi_sport": """\
R Urheilu
R Jääkiekko
T Tappara kaatoi Ilveksen Tampereen derbyssä
R 23.2.2025 klo 21.50
R Kuva: Jussi Eskola / Jatkoaika
A Tappara voitti Ilveksen 2–1 kauden kolmannessa Tampereen derbyssä ja nousi sarjataulukon kärkeen.
A Kotijoukkue meni johtoon jo kymmenennellä minuutilla, kun Kristian Tanus osui ylivoimalla.
A Ilves tasoitti juuri ennen toisen erän loppua, mutta 58. minuutilla Otto Rauhala ratkaisi ottelun.
A Tapparan päävalmentaja kehui joukkueen luonnetta vaikeassa ottelussa.
R Tämä artikkeli on vain tilaajille. Tilaa nyt alk. 1 € / kk.
R Oletko jo tilaaja? Kirjaudu sisään
R Mainos
R Lue lisää
R HIFK jäi ilman valmentajaa tappion jälkeen
R Aiheet: jääkiekko, Tappara, Ilves
R Kaikki oikeudet pidätetään © 2025 Urheilu-uutiset
""",
    # CONTROL: article only; its sentences use the residue's words
    "fi_control": """\
A Alkoholimainonta televisiossa kielletään ennen kello 22:ta, eduskunta päätti tiistaina.
A Ministerin kommentit herättivät voimakasta arvostelua oppositiossa.
A Sosiaalisessa mediassa julkaistu kuva levisi muutamassa tunnissa ympäri maailmaa.
A Kirjan kirjoittaja kertoi kirjoittaneensa romaania kymmenen vuoden ajan.
A Kaikki työntekijöiden oikeudet on turvattava, ammattiliitot vaativat.
A Lue myös ohjeet huolellisesti ennen laitteen käyttöä, muistuttaa valmistaja.
""",
}

_HE = {
    # NAIVE: a Hebrew news site: menu, section, stamps, author, photo credit, "קראו עוד", ad, share, numbered talkbacks
    "he_news": """\
R דף הבית
R חדשות
R בארץ
R בעולם
R כלכלה
R ספורט
R תרבות
R חדשות
T תוכנית תחבורה ציבורית חדשה אושרה בתל אביב
R פורסם: 12.03.2025 10:45
R עודכן: 12.03.2025 13:20
R מאת: מיכל לוי
R צילום: פלאש 90
A מועצת העיר תל אביב אישרה ביום חמישי תוכנית חדשה לפיתוח התחבורה הציבורית עד שנת 2030.
A התוכנית כוללת 120 אוטובוסים חשמליים חדשים והארכה של שלושה קווי רכבת קלה לשכונות הדרומיות.
A לדברי ראש העירייה, ההשקעה תעמוד על יותר מ-1.5 מיליארד שקל, ומחציתה תגיע מתקציב המדינה.
R קראו עוד: מחירי הכרטיסים יעלו באפריל
A "אנחנו רוצים שאנשים ישאירו את הרכב בבית", אמר סגן ראש העירייה לעיתונאים.
A האופוזיציה במועצה מתחה ביקורת על היעדר לוח זמנים ברור לביצוע.
R פרסומת
A האוטובוסים החדשים הראשונים צפויים לעלות על הקווים בסתיו.
R שתפו בפייסבוק
R שתפו בוואטסאפ
R עקבו אחרינו בטלגרם
R תגובות (14)
R 1. סוף סוף
R יוסי, תל אביב
R לפני שעתיים
R מקווה שהפעם זה באמת יקרה ולא רק הבטחות.
R הגב
R 2. שוב יעלו מחירים
R אורח
R לפני שעה
R תראו שבסוף רק המחירים יעלו.
R הגב
R כתבות נוספות
R הרחבת הקו הסגול נדחתה ל-2027
R כל הזכויות שמורות © 2025
R אתר זה משתמש בעוגיות (cookies). המשך הגלישה מהווה הסכמה לתנאי השימוש.
""",
    # EXTRACTOR: a Hebrew recipe: author, date, ingredients, steps, rating call, share, newsletter, more recipes
    "he_recipe": """\
T שקשוקה ביתית
R מאת: רונית כהן
R 15 בינואר 2025
A שקשוקה היא אחת המנות האהובות בארוחת הבוקר הישראלית, והמתכון הזה פשוט במיוחד.
T מצרכים:
A 6 ביצים
A 4 עגבניות בשלות
A 1 פלפל אדום
A 2 שיני שום
A 1 כפית פפריקה מתוקה
A 3 כפות שמן זית
T אופן ההכנה:
A 1. מחממים שמן במחבת רחבה ומטגנים את הפלפל והשום.
A 2. מוסיפים את העגבניות הקצוצות והתבלינים ומבשלים כעשר דקות.
A 3. שוברים את הביצים לתוך הרוטב, מכסים ומבשלים עד שהחלבון מתייצב.
A מגישים חם עם לחם טרי.
R אהבתם את המתכון? דרגו אותו!
R שיתוף
R שמירה
R הירשמו לניוזלטר שלנו וקבלו מתכונים חדשים בכל שבוע.
R מתכונים נוספים
R עוגת גבינה אפויה
R חמין לשבת
""",
    # NAIVE: a Hebrew football report: sections, stamp, photo credit, ad, "עוד בנושא", tags, app, copyright
    "he_sport": """\
R ספורט
R כדורגל
T מכבי תל אביב ניצחה את הפועל בדרבי
R 23.02.2025 | 21:50
R צילום: ראובן שוורץ
A מכבי תל אביב ניצחה 1:2 את הפועל תל אביב בדרבי של המחזור ועלתה למקום הראשון בטבלה.
A הצהובים עלו ליתרון כבר בדקה העשירית משער של ערן זהבי.
A הפועל השוותה זמן קצר לפני המחצית, אבל בדקה ה-78 הבקיע דור פרץ את שער הניצחון.
A מאמן מכבי אמר לאחר המשחק שהקבוצה הפגינה אופי במשחק קשה.
R פרסומת
R עוד בנושא
R בית"ר ירושלים נותרה בלי מאמן אחרי ההפסד בחיפה
R תגיות: כדורגל, מכבי תל אביב, הפועל תל אביב
R הורידו את האפליקציה שלנו
R © כל הזכויות שמורות לספורט ניוז 2025
""",
    # EXTRACTOR: a Hebrew economy story behind a subscription wall
    "he_paywall": """\
R כלכלה
T יוקר המחיה: מחירי המזון עלו ב-6%
R 10.03.2025 08:15
R זמן קריאה: 4 דקות
A מחירי המזון עלו בפברואר ב-6% לעומת השנה שעברה, כך עולה מנתוני הלשכה המרכזית לסטטיסטיקה.
R הכתבה נמשכת אחרי הפרסומת
A העליות החדות ביותר נרשמו בשמן זית, במוצרי חלב ובפירות.
R הכתבה זמינה למנויים בלבד
R הצטרפו למינוי ב-1 ש"ח בלבד לחודש הראשון!
R כבר מנויים? התחברו
R הירשמו לניוזלטר שלנו
""",
    # CONTROL: article only; its sentences use the residue's words
    "he_control": """\
A פרסומת לאלכוהול בטלוויזיה תיאסר לפני השעה 22:00, כך החליטה הכנסת.
A התגובות של השר עוררו ביקורת חריפה באופוזיציה.
A התמונה, שפורסמה ברשתות החברתיות, הסתובבה בעולם תוך שעות ספורות.
A מחבר הספר סיפר שכתב את הרומן במשך עשר שנים.
A כל הזכויות של העובדים חייבות להישמר, הדגישו נציגי ההסתדרות.
A המנוי החודשי לתחבורה הציבורית יתייקר באפריל בחמישה שקלים.
""",
}

_HI = {
    # NAIVE: a Hindi news portal: menu, section, stamps, author, photo, "यह भी पढ़ें", ad, share, app, comments, footer
    "hi_news": """\
R होम
R देश
R विदेश
R राज्य
R बिज़नेस
R खेल
R मनोरंजन
R देश
T दिल्ली में सार्वजनिक परिवहन की नई योजना को मंजूरी
R प्रकाशित: 12 मार्च 2025, 10:45 AM
R अपडेटेड: 12 मार्च 2025, 01:20 PM
R लेखक: प्रिया शर्मा
R फोटो: पीटीआई
A दिल्ली नगर निगम ने गुरुवार को 2030 तक सार्वजनिक परिवहन के विकास के लिए एक नई योजना को मंजूरी दे दी।
A योजना के तहत 120 नई इलेक्ट्रिक बसें खरीदी जाएंगी और मेट्रो की तीन लाइनों को बाहरी इलाकों तक बढ़ाया जाएगा।
A महापौर के अनुसार इस पर 4,000 करोड़ रुपये से अधिक का खर्च आएगा, जिसमें से आधा केंद्र सरकार देगी।
R यह भी पढ़ें: अप्रैल से बढ़ेंगे मेट्रो के किराए
A उपमहापौर ने पत्रकारों से कहा, "हम चाहते हैं कि लोग अपनी गाड़ियां घर पर छोड़ें।"
A हालांकि विपक्ष ने स्पष्ट समयसीमा न होने के लिए योजना की आलोचना की।
R विज्ञापन
A पहली नई बसें इस साल अक्टूबर तक सड़कों पर उतरने की उम्मीद है।
R फेसबुक पर शेयर करें
R हमें गूगल न्यूज़ पर फॉलो करें
R लेटेस्ट खबरों के लिए हमारा ऐप डाउनलोड करें
R टिप्पणियां (14)
R राहुल वर्मा
R 2 घंटे पहले
R उम्मीद है इस बार सच में काम होगा, सिर्फ वादे नहीं।
R जवाब दें
R अतिथि
R 1 घंटा पहले
R फिर से किराए बढ़ा देंगे, देख लेना।
R जवाब दें
R संबंधित खबरें
R मेट्रो फेज-4 का काम 2027 तक टला
R © 2025 सर्वाधिकार सुरक्षित।
""",
    # EXTRACTOR: a Hindi recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "hi_recipe": """\
T पनीर बटर मसाला
R द्वारा: सुनीता गुप्ता
R 15 जनवरी 2025
A पनीर बटर मसाला उत्तर भारत के सबसे लोकप्रिय व्यंजनों में से एक है और यह रेसिपी बहुत आसान है।
T सामग्री:
A 250 ग्राम पनीर
A 3 टमाटर
A 1 प्याज
A 2 बड़े चम्मच मक्खन
A 1 छोटा चम्मच गरम मसाला
A 1/2 कप क्रीम
T बनाने की विधि:
A 1. टमाटर और प्याज को पीसकर पेस्ट बना लें।
A 2. कड़ाही में मक्खन गरम करें और पेस्ट को दस मिनट तक भूनें।
A 3. मसाले, क्रीम और पनीर के टुकड़े डालकर पांच मिनट पकाएं।
A गरमागरम पनीर बटर मसाला नान या रोटी के साथ परोसें।
R इस रेसिपी को रेटिंग दें
R शेयर करें
R सेव करें
R हमारे न्यूज़लेटर की सदस्यता लें और हर हफ्ते नई रेसिपी पाएं।
R और रेसिपी
R दाल मखनी
R आलू पराठा
""",
    # NAIVE: a Hindi cricket report: sections, stamp, photo credit, ad, "ये भी पढ़ें", tags, copyright
    "hi_sport": """\
R खेल
R क्रिकेट
T भारत ने ऑस्ट्रेलिया को हराकर सीरीज जीती
R अपडेटेड: 23 फरवरी 2025, 09:50 PM IST
R फोटो: बीसीसीआई
A भारत ने तीसरे वनडे में ऑस्ट्रेलिया को छह विकेट से हराकर सीरीज 2-1 से अपने नाम कर ली।
A पहले बल्लेबाजी करते हुए ऑस्ट्रेलिया की टीम 50 ओवर में 268 रन ही बना सकी।
A जवाब में विराट कोहली के शानदार शतक की बदौलत भारत ने लक्ष्य 46वें ओवर में हासिल कर लिया।
A कप्तान ने मैच के बाद कहा कि टीम ने दबाव में बेहतरीन खेल दिखाया।
R विज्ञापन
R ये भी पढ़ें
R हार के बाद पाकिस्तान के कोच ने दिया इस्तीफा
R टैग: क्रिकेट, भारत, ऑस्ट्रेलिया
R कॉपीराइट © 2025 स्पोर्ट्स न्यूज़। सर्वाधिकार सुरक्षित।
""",
    # CONTROL: article only; its sentences use the residue's words
    "hi_control": """\
A टेलीविजन पर शराब के विज्ञापन रात दस बजे से पहले प्रतिबंधित होंगे, संसद ने यह फैसला किया।
A मंत्री की टिप्पणियों पर विपक्ष ने कड़ी प्रतिक्रिया दी।
A सोशल मीडिया पर प्रकाशित यह फोटो कुछ ही घंटों में पूरी दुनिया में फैल गई।
A किताब के लेखक ने बताया कि उन्होंने यह उपन्यास दस साल में लिखा।
A मजदूरों के सभी अधिकार सुरक्षित रहने चाहिए, यूनियनों ने जोर देकर कहा।
A मेट्रो के मासिक पास की सदस्यता अप्रैल से पचास रुपये महंगी हो जाएगी।
""",
}

_HU = {
    # NAIVE: a Hungarian news portal: menu, section, stamps, author, photo, teaser, ad, share, follow, comments, footer
    "hu_news": """\
R Címlap
R Belföld
R Külföld
R Gazdaság
R Sport
R Kultúra
R Vélemény
R Belföld
T Új tömegközlekedési tervet fogadott el a Fővárosi Közgyűlés
R Közzétéve: 2025. 03. 12. 10:45
R Frissítve: 2025. 03. 12. 13:20
R Szerző: Kovács Anna
R Fotó: MTI/Mónus Márton
A A Fővárosi Közgyűlés csütörtökön új tervet fogadott el a budapesti tömegközlekedés 2030-ig tartó fejlesztéséről.
A A terv 120 új elektromos buszt és három villamosvonal meghosszabbítását irányozza elő a külső kerületek felé.
A A főpolgármester szerint a beruházás több mint 150 milliárd forintba kerül, amelynek felét uniós forrásokból fedezik.
R Ezt is olvasta már? Áprilistól drágulnak a bérletek
A – Azt szeretnénk, ha az emberek otthon hagynák az autójukat – mondta a közlekedésért felelős főpolgármester-helyettes.
A Az ellenzék ugyanakkor bírálta a tervet, mert nem tartalmaz világos határidőket.
R Hirdetés
A Az első új buszok ősszel állhatnak forgalomba.
R Megosztás Facebookon
R Kövessen minket a Facebookon is!
R Hozzászólások (14)
R Nagy Péter
R 2 órája
R Remélem, most tényleg meg is csinálják, nem csak ígérgetnek.
R Válasz
R Vendég
R 1 órája
R Megint emelni fogják az árakat, meglátjátok.
R Válasz
R Kapcsolódó cikkek
R Csúszik a 2-es metró felújítása
R © 2025 Minden jog fenntartva. A tartalmak engedély nélküli felhasználása tilos.
R Az oldal sütiket használ a jobb felhasználói élmény érdekében. Elfogadom
""",
    # EXTRACTOR: a Hungarian recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "hu_recipe": """\
T Túrós csusza
R Írta: Szabó Éva
R 2025. január 15.
A A túrós csusza a magyar konyha egyik legkedveltebb étele, és ez a recept nagyon egyszerű.
T Hozzávalók:
A 500 g széles metélt
A 500 g tehéntúró
A 200 g füstölt szalonna
A 3 dl tejföl
A só ízlés szerint
T Elkészítés:
A 1. A tésztát sós vízben kifőzzük és leszűrjük.
A 2. A szalonnát kockára vágjuk és ropogósra sütjük.
A 3. A tésztát összekeverjük a túróval, a tejföllel és a szalonna zsírjával, a tetejére szalonnapörcöt szórunk.
A Melegen tálaljuk.
R Értékelje a receptet!
R Megosztom
R Mentés
R Iratkozzon fel hírlevelünkre, és hetente új recepteket küldünk!
R További receptek
R Gulyásleves
R Somlói galuska
""",
    # NAIVE: a Hungarian football report: sections, stamp, photo, subscription wall, ad, related, tags, copyright
    "hu_sport": """\
R Sport
R Labdarúgás
T A Ferencváros legyőzte az Újpestet a derbin
R 2025. február 23. 21:50
R Fotó: Nemzeti Sport
A A Ferencváros 2–1-re legyőzte az Újpestet a forduló rangadóján, és átvette a vezetést a tabellán.
A A hazaiak már a tizedik percben vezetést szereztek Varga Barnabás góljával.
A Az Újpest még a szünet előtt egyenlített, de a 78. percben Abu Fani megszerezte a győztes gólt.
A A Ferencváros vezetőedzője szerint a csapat jellemet mutatott a nehéz mérkőzésen.
R A cikk folytatásához előfizetés szükséges.
R Előfizetek
R Hirdetés
R Ezek is érdekelhetik
R Edző nélkül maradt a Debrecen a vereség után
R Címkék: labdarúgás, Ferencváros, Újpest
R Minden jog fenntartva © 2025 Sporthírek
""",
    # CONTROL: article only; its sentences use the residue's words
    "hu_control": """\
A Az alkoholos italok televíziós hirdetése este tíz óra előtt tilos lesz, döntött az Országgyűlés.
A A miniszter hozzászólásai heves reakciót váltottak ki az ellenzékben.
A A közösségi médiában közzétett fotó néhány óra alatt bejárta a világot.
A A könyv szerzője elmondta, hogy tíz évig írta a regényt.
A A munkavállalók minden jogát meg kell őrizni, hangsúlyozták a szakszervezetek.
A A havi bérlet előfizetése áprilistól ötszáz forinttal drágul.
""",
}

_ID = {
    # NAIVE: an Indonesian news portal: menu, section, stamps, writer and editor, photo, "Baca Juga", ad, comments
    "id_news": """\
R Beranda
R Nasional
R Internasional
R Ekonomi
R Olahraga
R Hiburan
R Opini
R Nasional
T Pemprov DKI sahkan rencana baru transportasi umum
R Kamis, 13 Mar 2025 10:45 WIB
R Diperbarui: Kamis, 13 Mar 2025 13:20 WIB
R Penulis: Rina Wulandari
R Editor: Budi Santoso
R Foto: ANTARA/Aprillio Akbar
A Jakarta - Pemerintah Provinsi DKI Jakarta pada Kamis mengesahkan rencana baru pengembangan transportasi umum hingga tahun 2030.
A Rencana itu mencakup pengadaan 120 bus listrik baru dan perpanjangan tiga jalur MRT ke wilayah pinggiran kota.
A Menurut gubernur, investasi tersebut mencapai lebih dari Rp 40 triliun, separuhnya berasal dari APBN.
R Baca Juga: Tarif TransJakarta Naik Mulai April
A "Kami ingin warga meninggalkan mobil pribadi di rumah," kata wakil gubernur kepada wartawan.
A Namun DPRD mengkritik rencana tersebut karena tidak ada jadwal pelaksanaan yang jelas.
R ADVERTISEMENT
R SCROLL TO CONTINUE WITH CONTENT
A Bus listrik pertama dijadwalkan mulai beroperasi pada akhir tahun ini.
R Bagikan ke WhatsApp
R Ikuti kami di Google News
R Simak berita terkini lainnya di aplikasi kami. Download sekarang!
R Komentar (14)
R Andi Pratama
R 2 jam lalu
R Semoga kali ini benar-benar terlaksana, bukan janji saja.
R Balas
R Anonim
R 1 jam lalu
R Nanti tarifnya naik lagi, lihat saja.
R Balas
R Berita Terkait
R Proyek MRT fase 3 molor hingga 2027
R Copyright © 2025 Berita Kota. All rights reserved.
R Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju
""",
    # EXTRACTOR: an Indonesian recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "id_recipe": """\
T Resep Rendang Daging Sapi
R Oleh: Siti Rahmawati
R 15 Januari 2025
A Rendang adalah salah satu masakan Indonesia paling terkenal, dan resep ini cukup mudah diikuti di rumah.
T Bahan-bahan:
A 1 kg daging sapi
A 1 liter santan kental
A 5 lembar daun jeruk
A 2 batang serai
A 1 ruas lengkuas
T Cara membuat:
A 1. Haluskan bumbu lalu tumis hingga harum.
A 2. Masukkan daging dan santan, aduk rata.
A 3. Masak dengan api kecil selama tiga jam sambil sesekali diaduk hingga kuah mengering.
A Sajikan rendang dengan nasi putih hangat.
R Beri rating resep ini
R Bagikan
R Simpan
R Berlangganan newsletter kami dan dapatkan resep baru setiap minggu.
R Resep Lainnya
R Resep Soto Ayam Kuning
R Resep Nasi Goreng Kampung
""",
    # NAIVE: an Indonesian football report: sections, stamp, photo, subscription wall, ad, "Baca Juga", tags, copyright
    "id_sport": """\
R Olahraga
R Sepak Bola
T Persib kalahkan Persija di laga klasik
R Minggu, 23 Feb 2025 21:50 WIB
R Foto: Dok. Persib
A Persib Bandung mengalahkan Persija Jakarta 2-1 dalam laga klasik pekan ini dan naik ke puncak klasemen.
A Tuan rumah unggul sejak menit kesepuluh lewat gol David da Silva.
A Persija menyamakan kedudukan menjelang turun minum, tetapi pada menit ke-78 Tyronne del Pino memastikan kemenangan.
A Pelatih Persib mengatakan timnya menunjukkan karakter dalam pertandingan yang sulit.
R Artikel ini khusus untuk pelanggan. Berlangganan sekarang mulai Rp 30.000 per bulan.
R Sudah berlangganan? Masuk
R Iklan
R Baca Juga
R Arema Tanpa Pelatih Usai Kalah di Malang
R Tag: sepak bola, Persib, Persija
R Hak Cipta © 2025 Berita Olahraga. Seluruh hak cipta dilindungi.
""",
    # CONTROL: article only; its sentences use the residue's words
    "id_control": """\
A Iklan minuman beralkohol di televisi akan dilarang sebelum pukul 22.00, demikian keputusan DPR.
A Komentar menteri memicu reaksi keras dari kalangan oposisi.
A Foto yang diunggah di media sosial itu menyebar ke seluruh dunia dalam beberapa jam.
A Penulis buku tersebut mengatakan ia menulis novel itu selama sepuluh tahun.
A Seluruh hak pekerja harus dilindungi, tegas serikat buruh.
A Baca juga buku panduan sebelum menggunakan alat tersebut, pesan produsen kepada konsumen.
""",
}

_TH = {
    # NAIVE: a Thai news portal: menu, section, stamps, author, photo, "อ่านเพิ่มเติม", ad, share, app, comments, footer
    "th_news": """\
R หน้าแรก
R การเมือง
R เศรษฐกิจ
R ต่างประเทศ
R กีฬา
R บันเทิง
R ภูมิภาค
R การเมือง
T กทม. อนุมัติแผนพัฒนาขนส่งสาธารณะฉบับใหม่
R เผยแพร่: 12 มี.ค. 2568 10:45 น.
R ปรับปรุง: 12 มี.ค. 2568 13:20 น.
R ผู้เขียน: สมศรี ใจดี
R ภาพ: มติชน
A สภากรุงเทพมหานครมีมติอนุมัติแผนพัฒนาระบบขนส่งสาธารณะฉบับใหม่เมื่อวันพฤหัสบดีที่ผ่านมา โดยมีเป้าหมายถึงปี 2573
A แผนดังกล่าวครอบคลุมการจัดซื้อรถโดยสารไฟฟ้าใหม่ 120 คัน และการขยายรถไฟฟ้าสามสายไปยังพื้นที่ชานเมือง
A ผู้ว่าราชการกรุงเทพมหานครระบุว่า โครงการนี้จะใช้งบประมาณกว่า 40,000 ล้านบาท ซึ่งครึ่งหนึ่งมาจากรัฐบาลกลาง
R อ่านเพิ่มเติม: ค่าโดยสารรถไฟฟ้าขึ้นราคาเดือนเมษายน
A รองผู้ว่าฯ กล่าวกับผู้สื่อข่าวว่า "เราต้องการให้ประชาชนทิ้งรถยนต์ส่วนตัวไว้ที่บ้าน"
A อย่างไรก็ตาม ฝ่ายค้านวิจารณ์ว่าแผนนี้ยังไม่มีกรอบเวลาที่ชัดเจน
R โฆษณา
A รถโดยสารไฟฟ้าชุดแรกคาดว่าจะเริ่มให้บริการภายในปลายปีนี้
R แชร์ไปยัง Facebook
R ติดตามเราได้ที่ LINE
R ดาวน์โหลดแอปของเราเพื่อรับข่าวสารก่อนใคร
R ความคิดเห็น (14)
R สมชาย
R 2 ชั่วโมงที่แล้ว
R หวังว่าครั้งนี้จะทำจริง ไม่ใช่แค่สัญญา
R ตอบกลับ
R ผู้เยี่ยมชม
R 1 ชั่วโมงที่แล้ว
R เดี๋ยวก็ขึ้นค่าโดยสารอีก คอยดู
R ตอบกลับ
R ข่าวที่เกี่ยวข้อง
R รถไฟฟ้าสายสีส้มเลื่อนเปิดเป็นปี 2570
R © 2025 สงวนลิขสิทธิ์ ห้ามนำเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต
R เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ยอมรับ
""",
    # EXTRACTOR: a Thai recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "th_recipe": """\
T ต้มยำกุ้งน้ำข้น
R โดย: วิภา ศรีสุข
R 15 มกราคม 2568
A ต้มยำกุ้งเป็นหนึ่งในอาหารไทยที่ได้รับความนิยมมากที่สุด และสูตรนี้ทำตามได้ง่ายที่บ้าน
T ส่วนผสม
A กุ้งแม่น้ำ 500 กรัม
A ตะไคร้ 2 ต้น
A ข่าอ่อน 5 แว่น
A ใบมะกรูด 5 ใบ
A น้ำปลา 3 ช้อนโต๊ะ
A นมข้นจืด 1/2 ถ้วย
T วิธีทำ
A 1. ต้มน้ำให้เดือด ใส่ตะไคร้ ข่า และใบมะกรูด
A 2. ใส่กุ้งลงไปต้มจนสุก แล้วปรุงรสด้วยน้ำปลาและน้ำมะนาว
A 3. เติมนมข้นจืด คนให้เข้ากัน แล้วปิดไฟ
A ตักใส่ชามเสิร์ฟพร้อมข้าวสวยร้อนๆ
R ให้คะแนนสูตรนี้
R แชร์
R บันทึก
R สมัครรับจดหมายข่าวของเรา รับสูตรอาหารใหม่ทุกสัปดาห์
R สูตรอาหารอื่นๆ
R ผัดกะเพราหมูสับ
R แกงเขียวหวานไก่
""",
    # NAIVE: a Thai football report: sections, stamp, photo credit, ad, related, tags, copyright
    "th_sport": """\
R กีฬา
R ฟุตบอลไทย
T บุรีรัมย์ ยูไนเต็ด เอาชนะ การท่าเรือ ขึ้นจ่าฝูง
R 23 ก.พ. 2568 21:50 น.
R ภาพ: สยามกีฬา
A บุรีรัมย์ ยูไนเต็ด เปิดบ้านเอาชนะ การท่าเรือ เอฟซี 2-1 ในเกมนัดสำคัญของสัปดาห์ และขึ้นเป็นจ่าฝูงของตาราง
A เจ้าถิ่นได้ประตูขึ้นนำตั้งแต่นาทีที่ 10 จากลูกยิงของ ศุภชัย ใจเด็ด
A การท่าเรือตีเสมอได้ก่อนหมดครึ่งแรก แต่ในนาทีที่ 78 กองหน้าของบุรีรัมย์ยิงประตูชัยให้ทีม
A หัวหน้าผู้ฝึกสอนกล่าวหลังเกมว่า ทีมแสดงให้เห็นถึงจิตใจที่แข็งแกร่งในเกมที่ยากลำบาก
R โฆษณา
R ข่าวที่เกี่ยวข้อง
R เมืองทอง ยูไนเต็ด ปลดโค้ชหลังพ่ายคาบ้าน
R แท็ก: ฟุตบอล, บุรีรัมย์, การท่าเรือ
R ลิขสิทธิ์ © 2025 ข่าวกีฬา สงวนลิขสิทธิ์
""",
    # EXTRACTOR: a Thai economy story behind a subscription wall
    "th_paywall": """\
R เศรษฐกิจ
T ราคาอาหารพุ่ง 6% กดดันครัวเรือน
R 10 มี.ค. 2568 08:15 น.
R ใช้เวลาอ่าน 4 นาที
A ราคาอาหารในเดือนกุมภาพันธ์เพิ่มขึ้นร้อยละ 6 เมื่อเทียบกับปีที่แล้ว ตามข้อมูลของกระทรวงพาณิชย์
R บทความต่อหลังโฆษณา
A ราคาที่เพิ่มขึ้นมากที่สุดคือน้ำมันพืช ผลิตภัณฑ์นม และผลไม้
R บทความนี้สำหรับสมาชิกเท่านั้น
R สมัครสมาชิกเพียง 1 บาทในเดือนแรก!
R เป็นสมาชิกอยู่แล้ว? เข้าสู่ระบบ
R สมัครรับจดหมายข่าว
""",
    # CONTROL: article only; its sentences use the residue's words
    "th_control": """\
A การโฆษณาเครื่องดื่มแอลกอฮอล์ทางโทรทัศน์จะถูกห้ามก่อนเวลา 22.00 น. ตามมติของรัฐสภา
A ความคิดเห็นของรัฐมนตรีทำให้ฝ่ายค้านแสดงปฏิกิริยาอย่างรุนแรง
A ภาพที่เผยแพร่ในโซเชียลมีเดียถูกแชร์ไปทั่วโลกภายในไม่กี่ชั่วโมง
A ผู้เขียนหนังสือเล่มนี้เล่าว่าใช้เวลาเขียนนวนิยายเรื่องนี้นานถึงสิบปี
A สิทธิทั้งหมดของแรงงานต้องได้รับการคุ้มครอง สหภาพแรงงานย้ำ
A ค่าสมาชิกรายเดือนของรถไฟฟ้าจะเพิ่มขึ้น 50 บาทตั้งแต่เดือนเมษายน
""",
}

_VI = {
    # NAIVE: a Vietnamese news portal: menu, section, stamps, author, photo, "Xem thêm", ad, share, app, comments
    "vi_news": """\
R Trang chủ
R Thời sự
R Thế giới
R Kinh doanh
R Thể thao
R Giải trí
R Góc nhìn
R Thời sự
T Hà Nội thông qua kế hoạch phát triển giao thông công cộng mới
R Thứ năm, 13/3/2025, 10:45 (GMT+7)
R Cập nhật: 13/3/2025 13:20
R Tác giả: Nguyễn Thu Hà
R Ảnh: TTXVN
A Hội đồng nhân dân thành phố Hà Nội hôm thứ năm đã thông qua kế hoạch mới nhằm phát triển giao thông công cộng đến năm 2030.
A Kế hoạch bao gồm việc mua 120 xe buýt điện mới và kéo dài ba tuyến đường sắt đô thị ra các huyện ngoại thành.
A Theo chủ tịch thành phố, tổng vốn đầu tư vượt 40.000 tỷ đồng, trong đó một nửa đến từ ngân sách trung ương.
R Xem thêm: Giá vé xe buýt tăng từ tháng 4
A "Chúng tôi muốn người dân để ô tô cá nhân ở nhà", phó chủ tịch thành phố nói với báo chí.
A Tuy nhiên, một số đại biểu phê bình kế hoạch vì thiếu lộ trình thực hiện rõ ràng.
R Quảng cáo
A Những chiếc xe buýt điện đầu tiên dự kiến lăn bánh vào cuối năm nay.
R Chia sẻ lên Facebook
R Theo dõi chúng tôi trên Zalo
R Tải ứng dụng để đọc tin nhanh hơn
R Bình luận (14)
R Trần Văn Minh
R 2 giờ trước
R Mong lần này làm thật chứ không chỉ hứa hẹn.
R Trả lời
R Khách
R 1 giờ trước
R Rồi lại tăng giá vé cho xem.
R Trả lời
R Tin liên quan
R Tuyến metro số 3 lùi tiến độ đến năm 2027
R © Bản quyền thuộc về Báo Thủ Đô. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
R Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý
""",
    # EXTRACTOR: a Vietnamese recipe: byline, date, ingredients, steps, rating call, share, newsletter, more recipes
    "vi_recipe": """\
T Cách nấu phở bò Hà Nội
R Bởi: Lê Thị Mai
R 15/01/2025
A Phở bò là một trong những món ăn nổi tiếng nhất của ẩm thực Việt Nam và công thức này khá dễ làm tại nhà.
T Nguyên liệu:
A 1 kg xương bò
A 500 g thịt bò thăn
A 1 kg bánh phở
A 2 củ hành tây
A 1 nhánh gừng
A Quế, hồi, thảo quả
T Cách làm:
A 1. Chần xương bò qua nước sôi rồi rửa sạch.
A 2. Nướng hành và gừng cho thơm, cho vào nồi cùng xương và các loại gia vị.
A 3. Ninh nước dùng trong sáu tiếng với lửa nhỏ, vớt bọt thường xuyên.
A Chan nước dùng nóng lên bánh phở và thịt bò, ăn kèm rau thơm.
R Đánh giá công thức này
R Chia sẻ
R Lưu
R Đăng ký nhận bản tin của chúng tôi để nhận công thức mới mỗi tuần.
R Công thức khác
R Cách làm bún chả Hà Nội
R Cách nấu canh chua cá lóc
""",
    # NAIVE: a Vietnamese football report: sections, stamp, photo, subscription wall, ad, "Đọc thêm", tags, copyright
    "vi_sport": """\
R Thể thao
R Bóng đá
T Hà Nội FC đánh bại Công an Hà Nội trong trận derby
R Chủ nhật, 23/2/2025, 21:50 (GMT+7)
R Ảnh: Lâm Thỏa
A Hà Nội FC thắng Công an Hà Nội 2-1 trong trận derby của vòng đấu và vươn lên dẫn đầu bảng xếp hạng.
A Đội chủ nhà mở tỷ số ngay từ phút thứ mười nhờ pha lập công của Văn Quyết.
A Công an Hà Nội gỡ hòa ngay trước giờ nghỉ, nhưng đến phút 78 Hai Long ghi bàn quyết định.
A Huấn luyện viên của Hà Nội FC cho biết toàn đội đã thể hiện bản lĩnh trong trận đấu khó khăn.
R Bài viết dành cho thành viên trả phí. Đăng ký ngay chỉ từ 2.000 đồng/ngày.
R Quảng cáo
R Đọc thêm
R Hải Phòng chia tay HLV sau trận thua trên sân nhà
R Từ khóa: bóng đá, Hà Nội FC, V-League
R Bản quyền © 2025 Thể Thao Việt. Mọi quyền được bảo lưu.
""",
    # CONTROL: article only; its sentences use the residue's words
    "vi_control": """\
A Quảng cáo đồ uống có cồn trên truyền hình sẽ bị cấm trước 22 giờ, Quốc hội vừa quyết định.
A Bình luận của bộ trưởng đã gây ra phản ứng mạnh mẽ từ phía các đại biểu.
A Bức ảnh được đăng trên mạng xã hội đã lan khắp thế giới chỉ trong vài giờ.
A Tác giả cuốn sách cho biết ông đã viết cuốn tiểu thuyết trong mười năm.
A Mọi quyền lợi của người lao động phải được bảo đảm, công đoàn nhấn mạnh.
A Phí đăng ký vé tháng xe buýt sẽ tăng thêm 20.000 đồng từ tháng 4.
""",
}

CASES: dict[str, str] = {**_EL, **_FA, **_FI, **_HE, **_HI, **_HU, **_ID, **_TH, **_VI}

_ROUND2 = {
    # briefs: three short sentences under the latest-news section, a share button and a latest-news box
    "el_brief": """\
R Ειδήσεις
T Κλειστή η Αττική Οδός λόγω ατυχήματος
R 14:32
A Κλειστή είναι η Αττική Οδός στο ρεύμα προς Ελευσίνα.
A Στο σημείο βρίσκονται δυνάμεις της Τροχαίας.
A Η κυκλοφορία διεξάγεται από την παράπλευρη οδό.
R Κοινοποίηση
R Ροή ειδήσεων
R Σεισμός 4,2 Ρίχτερ στην Κρήτη
R Νέα αύξηση στις τιμές των καυσίμων
""",
    "fa_brief": """\
R اخبار فوری
T انسداد محور هراز به دلیل بارش برف
R ۱۴:۳۲
A محور هراز از ساعت ۱۴ امروز به دلیل بارش شدید برف مسدود شد.
A پلیس راه از رانندگان خواست از سفرهای غیرضروری خودداری کنند.
A مسیر جایگزین جاده فیروزکوه است.
R اشتراک‌گذاری
R آخرین اخبار
R زلزله ۴.۲ ریشتری در کرمان
R افزایش قیمت بنزین تکذیب شد
""",
    "fi_brief": """\
R Uutiset
T Kehä I suljettu kolarin vuoksi
R 14.32
A Kehä I on suljettu Espoon kohdalla.
A Paikalla on poliisi ja pelastuslaitos.
A Liikenne ohjataan kiertotielle.
R Jaa
R Tuoreimmat
R Maanjäristys Kreetalla
R Bensan hinta nousee taas
""",
    "he_brief": """\
R מבזקים
T כביש 1 נחסם בעקבות תאונה
R 14:32
A כביש 1 נחסם לתנועה בשני הכיוונים.
A במקום פועלים כוחות משטרה והצלה.
A התנועה מופנית לכביש 443.
R שתפו
R מבזקים נוספים
R רעידת אדמה הורגשה בצפון
R מחירי הדלק יעלו בחודש הבא
""",
    "hi_brief": """\
R ब्रेकिंग न्यूज़
T हादसे के बाद यमुना एक्सप्रेसवे बंद
R 14:32 IST
A यमुना एक्सप्रेसवे पर आगरा की ओर जाने वाला रास्ता बंद कर दिया गया है।
A मौके पर पुलिस और बचाव दल मौजूद हैं।
A यातायात को सर्विस रोड से निकाला जा रहा है।
R शेयर करें
R ताज़ा खबरें
R उत्तराखंड में भूकंप के झटके
R पेट्रोल के दाम फिर बढ़े
""",
    "hu_brief": """\
R Belföld
T Lezárták az M1-est egy baleset miatt
R 14:32
A Lezárták az M1-es autópályát Tatabánya közelében.
A A helyszínen rendőrök és tűzoltók dolgoznak.
A A forgalmat a 100-as főútra terelik.
R Megosztás
R Friss hírek
R Földrengés volt Kréta szigetén
R Ismét drágul a benzin
""",
    "id_brief": """\
R Berita Terkini
T Tol Cikampek ditutup akibat kecelakaan
R 14:32 WIB
A Tol Jakarta-Cikampek arah Bandung ditutup sementara.
A Polisi dan petugas tol sudah berada di lokasi.
A Lalu lintas dialihkan ke jalur arteri.
R Bagikan
R Berita Terbaru
R Gempa 4,2 SR guncang Sumbawa
R Harga BBM naik lagi
""",
    "th_brief": """\
R ข่าวด่วน
T ปิดถนนพหลโยธินหลังเกิดอุบัติเหตุ
R 14:32 น.
A ตำรวจปิดถนนพหลโยธินขาออกชั่วคราว
A เจ้าหน้าที่กู้ภัยอยู่ในพื้นที่แล้ว
A ผู้ขับขี่ควรใช้เส้นทางเลี่ยง
R แชร์
R ข่าวล่าสุด
R แผ่นดินไหว 4.2 ที่เชียงราย
R ราคาน้ำมันขึ้นอีกครั้ง
""",
    "vi_brief": """\
R Tin nóng
T Cao tốc Pháp Vân tạm đóng do tai nạn
R 14:32
A Cao tốc Pháp Vân - Cầu Giẽ tạm đóng chiều về Hà Nội.
A Lực lượng cảnh sát đã có mặt tại hiện trường.
A Các phương tiện được phân luồng sang quốc lộ 1A.
R Chia sẻ
R Tin mới nhất
R Động đất 4,2 độ ở Kon Tum
R Giá xăng tăng lần thứ ba
""",
    # a subscription wall, the reading time, the text resumed under an ad, the app, in the languages round 1 gave none
    "hi_paywall": """\
R बिज़नेस
T महंगाई: खाने-पीने की चीजें 6% महंगी
R 10 मार्च 2025
R पढ़ने का समय: 4 मिनट
A फरवरी में खाद्य पदार्थों की कीमतें पिछले साल की तुलना में 6 प्रतिशत बढ़ गईं।
R विज्ञापन के बाद पढ़ें
A सबसे ज्यादा बढ़ोतरी खाने के तेल, दूध और फलों में दर्ज की गई।
R यह लेख केवल सब्सक्राइबर्स के लिए है।
R सिर्फ 1 रुपये में सब्सक्राइब करें!
R पहले से सब्सक्राइबर हैं? लॉग इन करें
R हमारा ऐप डाउनलोड करें
""",
    "vi_paywall": """\
R Kinh doanh
T Giá thực phẩm tăng 6% so với cùng kỳ
R 10/3/2025 08:15
R Thời gian đọc: 4 phút
A Giá thực phẩm trong tháng hai đã tăng 6% so với cùng kỳ năm ngoái, theo Tổng cục Thống kê.
R Bài viết tiếp tục sau quảng cáo
A Mức tăng mạnh nhất ghi nhận ở dầu ăn, sữa và trái cây.
R Nội dung này chỉ dành cho thành viên trả phí.
R Đăng ký chỉ 2.000 đồng/ngày
R Bạn đã là thành viên? Đăng nhập
R Đăng ký nhận bản tin
""",
    "hu_paywall": """\
R Gazdaság
T Hat százalékkal drágultak az élelmiszerek
R 2025. március 10. 08:15
R Olvasási idő: 4 perc
A Az élelmiszerek ára februárban hat százalékkal volt magasabb, mint egy évvel korábban, közölte a KSH.
R A cikk a hirdetés után folytatódik
A A legnagyobb drágulást az étolajnál, a tejtermékeknél és a gyümölcsöknél mérték.
R Ez a cikk csak előfizetőknek érhető el.
R Fizessen elő most havi 990 forintért!
R Már előfizető? Jelentkezzen be
R Töltse le alkalmazásunkat!
""",
    "id_paywall": """\
R Ekonomi
T Harga pangan naik 6 persen
R Senin, 10 Mar 2025 08:15 WIB
R Waktu baca: 4 menit
A Harga pangan pada Februari naik 6 persen dibandingkan tahun lalu, menurut Badan Pusat Statistik.
R Artikel berlanjut setelah iklan
A Kenaikan tertinggi tercatat pada minyak goreng, susu, dan buah-buahan.
R Artikel ini khusus untuk pelanggan premium.
R Berlangganan mulai Rp 1 di bulan pertama!
R Sudah berlangganan? Masuk
R Unduh aplikasi kami sekarang
""",
    "fi_paywall": """\
R Talous
T Ruoan hinta nousi kuusi prosenttia
R 10.3.2025 8.15
R Lukuaika: 4 min
A Ruoan hinta oli helmikuussa kuusi prosenttia korkeampi kuin vuotta aiemmin, kertoo Tilastokeskus.
R Juttu jatkuu mainoksen jälkeen
A Eniten kallistuivat ruokaöljy, maitotuotteet ja hedelmät.
R Tämä artikkeli on vain tilaajille.
R Tilaa nyt 1 eurolla ensimmäinen kuukausi!
R Oletko jo tilaaja? Kirjaudu sisään
R Lataa sovelluksemme
""",
}
CASES.update(_ROUND2)

_ROUND3 = {
    # a travel blog's post under its comment form (WordPress's translation), a newsletter form and a cookie banner
    "el_blog_form": """\
T Τρεις μέρες στη Νάξο
A Η Νάξος είναι το μεγαλύτερο νησί των Κυκλάδων και έχει πολλά να προσφέρει σε όσους την επισκεφθούν.
A Την πρώτη μέρα περπατήσαμε στα σοκάκια της Χώρας και ανεβήκαμε στην Πορτάρα για το ηλιοβασίλεμα.
A Τη δεύτερη μέρα νοικιάσαμε αυτοκίνητο και γυρίσαμε τα ορεινά χωριά, την Απείρανθο και τη Χαλκί.
R Αφήστε ένα σχόλιο
R Η διεύθυνση email σας δεν θα δημοσιευθεί. Τα υποχρεωτικά πεδία σημειώνονται με *
R Σχόλιο *
R Όνομα *
R Email *
R Ιστότοπος
R Αποθήκευση του ονόματος, email και ιστότοπού μου σε αυτόν τον φυλλομετρητή για την επόμενη φορά που θα σχολιάσω.
R Δημοσίευση σχολίου
R Εγγραφείτε στο newsletter
R Το email σας
R Εγγραφή
R Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στην ιστοσελίδα μας.
R Αποδοχή όλων
R Ρυθμίσεις cookies
""",
    "fa_blog_form": """\
T سه روز در اصفهان
A اصفهان یکی از زیباترین شهرهای ایران است و برای گردشگران جاذبه‌های فراوانی دارد.
A روز اول در میدان نقش جهان قدم زدیم و از مسجد شیخ لطف‌الله دیدن کردیم.
A روز دوم به سی‌وسه‌پل رفتیم و عصر را در کافه‌های اطراف زاینده‌رود گذراندیم.
R دیدگاهتان را بنویسید
R نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *
R دیدگاه *
R نام *
R ایمیل *
R وب‌ سایت
R ذخیره نام، ایمیل و وبسایت من در مرورگر برای زمانی که دوباره دیدگاهی می‌نویسم.
R فرستادن دیدگاه
R عضویت در خبرنامه
R ایمیل خود را وارد کنید
R عضویت
R این وب‌سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند.
R موافقم
R تنظیمات کوکی
""",
    "fi_blog_form": """\
T Kolme päivää Lapissa
A Lappi on talvella kuin satumaa, ja sinne kannattaa matkustaa ainakin kerran elämässään.
A Ensimmäisenä päivänä lähdimme koiravaljakkoajelulle ja illalla näimme revontulet.
A Toisena päivänä hiihdimme Pallastunturilla ja söimme poronkäristystä tunturikahvilassa.
R Jätä kommentti
R Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *
R Kommentti *
R Nimi *
R Sähköposti *
R Kotisivu
R Tallenna nimeni, sähköpostiosoitteeni ja kotisivuni tähän selaimeen seuraavaa kommentointikertaa varten.
R Lähetä kommentti
R Tilaa uutiskirje
R Sähköpostiosoitteesi
R Tilaa
R Käytämme evästeitä, jotta voimme tarjota sinulle parhaan käyttökokemuksen.
R Hyväksy kaikki
R Evästeasetukset
""",
    "he_blog_form": """\
T שלושה ימים בגליל
A הגליל הוא אחד האזורים היפים בישראל, ויש בו הרבה מה לראות בכל עונה.
A ביום הראשון טיילנו בסמטאות של צפת וביקרנו בגלריות של האמנים.
A ביום השני ירדנו לכנרת ושחינו בחוף ליד טבריה עד השקיעה.
R כתיבת תגובה
R האימייל לא יוצג באתר. שדות החובה מסומנים *
R תגובה *
R שם *
R אימייל *
R אתר
R שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב.
R להגיב
R הירשמו לניוזלטר
R כתובת האימייל שלכם
R הרשמה
R אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלכם באתר.
R אישור
R הגדרות עוגיות
""",
    "hi_blog_form": """\
T जयपुर में तीन दिन
A जयपुर राजस्थान की राजधानी है और यहां घूमने के लिए बहुत सारी ऐतिहासिक जगहें हैं।
A पहले दिन हमने आमेर किले की सैर की और शाम को नाहरगढ़ से सूर्यास्त देखा।
A दूसरे दिन हम हवा महल और सिटी पैलेस गए और बाजार में खरीदारी की।
R एक टिप्पणी छोड़ें
R आपका ईमेल पता प्रकाशित नहीं किया जाएगा. आवश्यक फ़ील्ड चिह्नित हैं *
R टिप्पणी *
R नाम *
R ईमेल *
R वेबसाइट
R अगली बार जब मैं टिप्पणी करूँ, तो इस ब्राउज़र में मेरा नाम, ईमेल और वेबसाइट सहेजें।
R टिप्पणी करें
R न्यूज़लेटर के लिए सब्सक्राइब करें
R अपना ईमेल दर्ज करें
R सब्सक्राइब
R हम आपको बेहतर अनुभव देने के लिए कुकीज़ का उपयोग करते हैं।
R स्वीकार करें
R कुकी सेटिंग्स
""",
    "hu_blog_form": """\
T Három nap a Balatonnál
A A Balaton nyáron és ősszel is remek úti cél, ha néhány nyugodt napra vágyunk.
A Az első napon Tihanyban sétáltunk, és megnéztük az apátságot a félszigeten.
A A második napon biciklivel körbetekertük a tó északi partját Badacsonyig.
R Vélemény, hozzászólás?
R Az e-mail címet nem tesszük közzé. A kötelező mezőket * karakterrel jelöltük
R Hozzászólás *
R Név *
R E-mail cím *
R Honlap
R A nevem, e-mail címem, és weboldalcímem mentése a következő hozzászólásomhoz.
R Hozzászólás küldése
R Iratkozzon fel hírlevelünkre
R E-mail címe
R Feliratkozom
R Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.
R Elfogadom az összeset
R Süti beállítások
""",
    "id_blog_form": """\
T Tiga hari di Yogyakarta
A Yogyakarta adalah salah satu kota paling menarik di Indonesia untuk wisata budaya.
A Pada hari pertama kami mengunjungi Keraton dan berjalan-jalan di sepanjang Malioboro.
A Pada hari kedua kami berangkat pagi-pagi untuk melihat matahari terbit di Candi Borobudur.
R Tinggalkan Balasan
R Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *
R Komentar *
R Nama *
R Email *
R Situs Web
R Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.
R Kirim Komentar
R Berlangganan newsletter kami
R Masukkan email Anda
R Berlangganan
R Kami menggunakan cookie untuk memberikan pengalaman terbaik di situs kami.
R Terima Semua
R Pengaturan Cookie
""",
    "th_blog_form": """\
T เที่ยวเชียงใหม่สามวัน
A เชียงใหม่เป็นเมืองที่มีเสน่ห์ทั้งธรรมชาติและวัฒนธรรม เหมาะสำหรับการพักผ่อนในช่วงหน้าหนาว
A วันแรกเราขึ้นไปไหว้พระที่วัดพระธาตุดอยสุเทพ และเดินเล่นที่ถนนนิมมานเหมินท์ในตอนเย็น
A วันที่สองเราขับรถไปดอยอินทนนท์ และชมทะเลหมอกในตอนเช้าตรู่
R แสดงความคิดเห็น
R อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *
R ความเห็น *
R ชื่อ *
R อีเมล *
R เว็บไซต์
R บันทึกชื่อ, อีเมล และชื่อเว็บไซต์ของฉันบนเบราว์เซอร์นี้ สำหรับการแสดงความเห็นครั้งถัดไป
R แสดงความเห็น
R สมัครรับจดหมายข่าว
R กรอกอีเมลของคุณ
R สมัคร
R เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุด
R ยอมรับทั้งหมด
R ตั้งค่าคุกกี้
""",
    "vi_blog_form": """\
T Ba ngày ở Đà Lạt
A Đà Lạt là thành phố mộng mơ với khí hậu mát mẻ quanh năm, rất thích hợp để nghỉ dưỡng.
A Ngày đầu tiên chúng tôi dạo quanh hồ Xuân Hương và ghé chợ đêm ăn bánh tráng nướng.
A Ngày thứ hai chúng tôi thuê xe máy lên đồi chè Cầu Đất ngắm bình minh.
R Để lại một bình luận
R Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
R Bình luận *
R Tên *
R Email *
R Trang web
R Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.
R Gửi bình luận
R Đăng ký nhận bản tin
R Nhập email của bạn
R Đăng ký
R Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn.
R Chấp nhận tất cả
R Cài đặt cookie
""",
}
CASES.update(_ROUND3)

_ROUND4 = {
    # Hebrew articles read with the Hebrew tables now: an interview's questions and answers, short lines
    "he_interview": """\
T "אני כותבת כל בוקר": ראיון עם הסופרת נועה לוי
A הסופרת נועה לוי פרסמה החודש את ספרה החמישי, רומן על משפחה בחיפה של שנות השבעים.
A איך נולד הספר?
A מתוך סיפורים של סבתא שלי, שגדלה בהדר הכרמל ועבדה בנמל.
A כמה זמן כתבת אותו?
A ארבע שנים. כתבתי כל בוקר, לפני שהילדים התעוררו.
A מה את קוראת עכשיו?
A את המכתבים של לאה גולדברג, שיצאו לאור בשנה שעברה.
A תגובות הקוראים לספר הקודם הפתיעו אותי, היא אומרת, כי רבים כתבו לי על המשפחות שלהם.
""",
    # a Hebrew list article: short numbered items, a heading, the photo's credit in the text's own sentence
    "he_list": """\
T חמישה מסלולים קצרים לטיול משפחתי בצפון
A לקראת החופש הגדול, ריכזנו חמישה מסלולים קצרים שמתאימים גם לילדים קטנים.
A 1. נחל עמוד התחתון
A 2. עין כמונים
A 3. נחל כזיב
A 4. מערת הקשת
A 5. גן לאומי תל דן
A בכל המסלולים כדאי להצטייד במים ובכובע, ולהגיע בשעות הבוקר.
A הצילום בכתבה צולם בנחל עמוד בחודש מאי על ידי אחד הקוראים.
""",
    # a Greek list page of short lines (few function words)
    "el_list": """\
T Τα δέκα καλύτερα νησιά για οικογένειες
A Νάξος
A Πάρος
A Κεφαλονιά
A Σίφνος
A Κως
A Κάθε νησί έχει ρηχές παραλίες και ήσυχα χωριά για μικρά παιδιά.
""",
    # a Persian recipe's short lines under their headings
    "fa_recipe2": """\
T کشک بادمجان
A کشک بادمجان یکی از پیش‌غذاهای محبوب ایرانی است.
T مواد لازم
A بادمجان ۴ عدد
A کشک ۱ پیمانه
A پیاز ۲ عدد
A نعناع خشک ۲ قاشق
T طرز تهیه
A بادمجان‌ها را پوست بگیرید و سرخ کنید.
A سپس با کشک و پیاز داغ مخلوط کنید و با نعناع داغ تزیین کنید.
""",
}
CASES.update(_ROUND4)

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # round 2: a Finnish brief of three short sentences with two ä in its text: the passes are told no language (too
    # few function words, too few of Finnish's own letters: ``guess_by_letters`` asks eight), so only the English
    # tables read it, and no line is an anchor of prose for the passes that judge by place
    "fi_brief": 5,
    # round 2: a Thai brief: "ข่าวด่วน" over the headline stays (a Thai sentence has no full stop: the brief's lines are
    # no prose to the section-name test, which asks prose under the headline)
    "th_brief": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_pages_language_is_detected(key: str) -> None:
    assert cleaner.explain_text(page_text(CASES[key])).language == key[:2]


# -- the language the passes read: a Hebrew page by its script ---------------------------------------------------


# the pages the passes read with no language: a Finnish brief with two ä (``RESIDUE_LEFT``)
PASSES_TOLD: dict[str, str | None] = {"fi_brief": None}


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_passes_read_the_pages_language(key: str) -> None:
    # (detect_language=False: the language the passes work with, never langdetect's)
    told = cleaner.explain_text(page_text(CASES[key]), detect_language=False).language
    assert told == PASSES_TOLD.get(key, key[:2])


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a short Hebrew page: its function words glue to their word, the script tells it
        ("הכתבה זמינה למנויים בלבד\nמחירי המזון עלו בפברואר ב-6% לעומת השנה שעברה", "he"),
        # an English page quoting a Hebrew name, or a line of Hebrew among English, is not Hebrew
        ("The mayor of Tel Aviv (תל אביב) said on Monday that the new light rail line would open in the autumn.", None),
        ("שלום עולם", None),  # (too few letters to tell)
    ],
)
def test_a_page_dominated_by_hebrew_is_hebrew(sample: str, expected: str | None) -> None:
    assert language.guess_by_script(sample) == expected


def test_hebrew_does_not_take_a_thai_or_arabic_page() -> None:
    assert language.guess_by_script(page_text(CASES["th_news"])) == "th"
    assert language.guess_by_script("مدينة القدس " * 10) is None


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {
    "el": [
        "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα του ποταμού για επισκευές μέχρι το τέλος των καλοκαιρινών διακοπών.",
        "Οι μηχανικοί βρήκαν ρωγμές σε δύο από τους πυλώνες της γέφυρας κατά τη διάρκεια τακτικού ελέγχου τον Μάρτιο, ανέφερε το συμβούλιο.",
    ],
    "fa": [
        "شورای شهر روز سه‌شنبه تصمیم گرفت پل قدیمی روی رودخانه را برای تعمیرات تا پایان تعطیلات تابستانی ببندد.",
        "مهندسان در یک بازرسی معمولی در ماه مارس در دو پایه پل ترک‌هایی پیدا کردند و شورا این را در بیانیه‌ای اعلام کرد.",
    ],
    "fi": [
        "Kaupunginvaltuusto päätti tiistaina sulkea vanhan joen ylittävän sillan korjaustöiden ajaksi kesälomien loppuun asti.",
        "Insinöörit löysivät maaliskuussa tavallisessa tarkastuksessa halkeamia kahdesta sillan pilarista, valtuusto kertoi tiedotteessaan.",
    ],
    "he": [
        "מועצת העיר החליטה ביום שלישי לסגור את הגשר הישן מעל הנהר לצורך תיקונים עד סוף חופשת הקיץ.",
        "המהנדסים מצאו סדקים בשניים מעמודי הגשר במהלך בדיקה שגרתית בחודש מרץ, כך נמסר בהודעת המועצה.",
    ],
    "hi": [
        "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को गर्मी की छुट्टियों के अंत तक मरम्मत के लिए बंद करने का फैसला किया।",
        "इंजीनियरों को मार्च में एक नियमित जांच के दौरान पुल के दो खंभों में दरारें मिलीं, परिषद ने एक बयान में कहा।",
    ],
    "hu": [
        "A városi közgyűlés kedden úgy döntött, hogy a nyári szünet végéig javítások miatt lezárja a folyó feletti régi hidat.",
        "A mérnökök egy márciusi rutinellenőrzés során repedéseket találtak a híd két pillérén, közölte a közgyűlés.",
    ],
    "id": [
        "Dewan kota pada hari Selasa memutuskan untuk menutup jembatan tua di atas sungai untuk perbaikan hingga akhir liburan sekolah.",
        "Para insinyur menemukan retakan di dua tiang jembatan saat pemeriksaan rutin pada bulan Maret, kata dewan dalam sebuah pernyataan.",
    ],
    "th": [
        "สภาเมืองมีมติเมื่อวันอังคารให้ปิดสะพานเก่าข้ามแม่น้ำเพื่อซ่อมแซมจนถึงสิ้นช่วงปิดภาคฤดูร้อน",
        "วิศวกรพบรอยร้าวที่เสาสะพานสองต้นระหว่างการตรวจสอบตามปกติในเดือนมีนาคม สภาเมืองระบุในแถลงการณ์",
    ],
    "vi": [
        "Hội đồng thành phố hôm thứ ba đã quyết định đóng cửa cây cầu cũ bắc qua sông để sửa chữa cho đến hết kỳ nghỉ hè.",
        "Các kỹ sư đã phát hiện vết nứt ở hai trụ cầu trong đợt kiểm tra định kỳ hồi tháng ba, hội đồng cho biết trong một thông cáo.",
    ],
}

GOES: list[tuple[str, str, str]] = [
    # a recipe's rating call
    ("el", "Σας άρεσε η συνταγή; Βαθμολογήστε τη!", "call-to-action"),
    ("he", "אהבתם את המתכון? דרגו אותו!", "call-to-action"),
    ("hu", "Értékelje a receptet!", "call-to-action"),
    ("vi", "Đánh giá công thức này", "call-to-action"),
    # the site's app
    ("el", "Κατεβάστε την εφαρμογή μας για iOS και Android", "call-to-action"),
    ("fa", "اپلیکیشن ما را از کافه بازار دانلود کنید", "call-to-action"),
    ("id", "Simak berita terkini lainnya di aplikasi kami. Download sekarang!", "call-to-action"),
    ("vi", "Tải ứng dụng để đọc tin nhanh hơn", "call-to-action"),
    # the text resumed under an ad, an ad's end
    ("el", "Συνεχίστε την ανάγνωση μετά τη διαφήμιση", "ad-marker"),
    ("fa", "ادامه مطلب پس از تبلیغ", "ad-marker"),
    ("he", "הכתבה נמשכת אחרי הפרסומת", "ad-marker"),
    ("th", "บทความต่อหลังโฆษณา", "ad-marker"),
    ("fi", "Mainos päättyy", "ad-marker"),
    ("id", "SCROLL TO CONTINUE WITH CONTENT", "ad-marker"),
    # a subscription wall: the notice, the call with its price, the login for subscribers
    ("el", "Γίνετε συνδρομητής με μόνο 1 ευρώ τον πρώτο μήνα!", "paywall"),
    ("el", "Είστε ήδη συνδρομητής; Συνδεθείτε", "paywall"),
    ("fa", "برای مطالعه کامل این مطلب مشترک شوید.", "paywall"),
    ("fa", "این مطلب فقط برای مشترکان است.", "paywall"),
    ("fa", "اشتراک ماهانه فقط ۵۰ هزار تومان!", "paywall"),
    ("fa", "قبلاً مشترک شده‌اید؟ وارد شوید", "paywall"),
    ("he", "הכתבה זמינה למנויים בלבד", "paywall"),
    ("he", 'הצטרפו למינוי ב-1 ש"ח בלבד לחודש הראשון!', "paywall"),
    ("hu", "A cikk folytatásához előfizetés szükséges.", "paywall"),
    ("th", "บทความนี้สำหรับสมาชิกเท่านั้น", "paywall"),
    ("th", "สมัครสมาชิกเพียง 1 บาทในเดือนแรก!", "paywall"),
    ("th", "เป็นสมาชิกอยู่แล้ว? เข้าสู่ระบบ", "paywall"),
    # a newsletter's call with what it brings
    ("hi", "हमारे न्यूज़लेटर की सदस्यता लें और हर हफ्ते नई रेसिपी पाएं।", "newsletter-prompt"),
    ("vi", "Đăng ký nhận bản tin của chúng tôi để nhận công thức mới mỗi tuần.", "newsletter-prompt"),
    # a teaser's label
    ("he", "קראו עוד: מחירי הכרטיסים יעלו באפריל", "promo-label"),
    ("hu", "Ezt is olvasta már? Áprilistól drágulnak a bérletek", "promo-label"),
    # a byline's label with its colon
    ("th", "โดย: วิภา ศรีสุข", "byline"),
    # round 2: a time of day with its "o'clock"; the subscription wall's notice, price and login; an ad's resumption
    ("th", "14:32 น.", "clock-line"),
    ("hi", "यह लेख केवल सब्सक्राइबर्स के लिए है।", "paywall"),
    ("hi", "सिर्फ 1 रुपये में सब्सक्राइब करें!", "paywall"),
    ("hi", "पहले से सब्सक्राइबर हैं? लॉग इन करें", "paywall"),
    ("vi", "Bài viết tiếp tục sau quảng cáo", "ad-marker"),
    ("vi", "Đăng ký chỉ 2.000 đồng/ngày", "paywall"),
    ("vi", "Bạn đã là thành viên? Đăng nhập", "paywall"),
    ("fi", "Tilaa nyt 1 eurolla ensimmäinen kuukausi!", "paywall"),
    ("hu", "Fizessen elő most havi 990 forintért!", "paywall"),
    ("id", "Berlangganan mulai Rp 1 di bulan pertama!", "paywall"),
    # round 3: WordPress's comment form in its translations: the heading, the fields, the notices
    ("hi", "एक टिप्पणी छोड़ें", "comment-section"),
    ("hu", "Vélemény, hozzászólás?", "comment-section"),
    ("id", "Tinggalkan Balasan", "comment-section"),
    ("vi", "Để lại một bình luận", "comment-section"),
    ("he", "האימייל לא יוצג באתר. שדות החובה מסומנים *", "comment-ui"),
    ("he", "שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב.", "comment-ui"),
    ("hi", "अगली बार जब मैं टिप्पणी करूँ, तो इस ब्राउज़र में मेरा नाम, ईमेल और वेबसाइट सहेजें।", "comment-ui"),
    ("hu", "Az e-mail címet nem tesszük közzé. A kötelező mezőket * karakterrel jelöltük", "comment-ui"),
    ("id", "Nama *", "comment-ui"),
    ("id", "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.", "comment-ui"),
    ("vi", "Tên *", "comment-ui"),
    ("vi", "Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.", "comment-ui"),
]

STAYS: list[tuple[str, str]] = [
    ("el", "Σας άρεσε η συνταγή; Βαθμολογήστε τη στην ιστοσελίδα μας, έλεγε ο παρουσιαστής στο τέλος κάθε εκπομπής."),
    ("el", "Κατεβάστε την εφαρμογή μας, ανέφερε το ψεύτικο μήνυμα που έλαβαν χιλιάδες πελάτες της τράπεζας."),
    ("el", "Συνεχίστε την ανάγνωση μετά τη διαφήμιση είναι το μήνυμα που βλέπουν οι αναγνώστες στα περισσότερα ειδησεογραφικά site."),
    ("el", "Γίνετε συνδρομητής με 5 ευρώ τον μήνα, προτείνει η δημοτική βιβλιοθήκη σε όσους θέλουν ηλεκτρονικά βιβλία."),
    ("el", "Είστε ήδη συνδρομητής; Συνδεθείτε με τον κωδικό που λάβατε, εξηγεί ο οδηγός της υπηρεσίας για τους ηλικιωμένους."),
    ("fa", "این خبر فقط برای مشترکان برق خانگی در استان تهران اعمال می‌شود و صنایع را شامل نمی‌شود."),
    ("fa", "اشتراک ماهانه فقط ۵۰ هزار تومان است و دانشجویان نیمی از آن را می‌پردازند."),
    ("fa", "ادامه گزارش پس از تبلیغات تلویزیونی پخش شد و بینندگان از طولانی بودن آگهی‌ها گله کردند."),
    ("fa", "اپلیکیشن شرکت را از کافه بازار دانلود کنید، این پیامی بود که کلاهبرداران برای هزاران نفر فرستادند."),
    ("fi", "Mainos päättyy tammikuussa, kun sopimus televisiokanavan kanssa loppuu."),
    ("he", "הכתבה נמשכת אחרי הפרסומת, אמרו בערוץ לצופים שהתלוננו על ההפסקות הארוכות."),
    ("he", "קראו עוד על ההיסטוריה של העיר בספר החדש של ההיסטוריון יוסי כהן."),
    ("he", "הצטרפו למינוי של קופת חולים כדי לקבל הנחות, המליץ משרד הבריאות לתושבים."),
    ("he", "דרגו אותו לפי הטעם, המליצה השפית לצופים בסוף התוכנית."),
    ("hi", "न्यूज़लेटर की सदस्यता लेने वाले पाठकों की संख्या पिछले साल दोगुनी हो गई।"),
    ("hu", "Olvasta már a könyvet? – kérdezte a tanár a diákokat az irodalomórán."),
    ("hu", "Értékelje a receptet, kérte a szakács a nézőktől a műsor végén."),
    ("hu", "A cikk elolvasásához regisztráció szükséges, ezért sok olvasó inkább a nyomtatott lapot veszi meg."),
    ("id", "Baca berita terkini di aplikasi Jaki, saran Pemprov DKI kepada warga yang ingin memantau banjir."),
    ("id", "Scroll to continue with content adalah tulisan yang muncul di bawah iklan pada banyak situs berita."),
    ("th", "เนื้อหาสำหรับสมาชิกสมาคมแพทย์จะถูกเผยแพร่ในเดือนหน้า ตามที่นายกสมาคมระบุ"),
    ("th", "สมัครสมาชิกเพียง 100 บาทต่อปี ห้องสมุดประชาชนเปิดให้บริการแก่ทุกคนในจังหวัด"),
    ("th", "โดยสรุป ผู้ว่าฯ ยืนยันว่าโครงการจะเดินหน้าต่อไปตามแผนเดิม"),
    ("vi", "Đánh giá công thức này, nhiều đầu bếp cho rằng nó quá phức tạp với người mới vào nghề."),
    ("vi", "Tải ứng dụng để đọc tin tức là thói quen của nhiều người trẻ, theo một khảo sát mới."),
    ("vi", "Đăng ký nhận bản tin thời tiết qua tin nhắn là hoàn toàn miễn phí, Bộ Tài nguyên cho biết."),
    # round 2
    ("th", "เวลา 14:32 น. ตำรวจได้รับแจ้งเหตุรถชนกันบนถนนพหลโยธินขาเข้า"),
    ("hi", "सिर्फ 1 रुपये में सब्सक्राइब करें, यह विज्ञापन देखकर कई लोग ठगी का शिकार हुए।"),
    ("hi", "पहले से सब्सक्राइबर हैं? तो आपको नया कार्ड बनवाने की जरूरत नहीं है, बैंक ने कहा।"),
    ("vi", "Bài viết tiếp tục sau quảng cáo là dòng chữ quen thuộc trên các trang báo điện tử."),
    ("vi", "Đăng ký chỉ từ 2.000 đồng/ngày là mức phí mà nhiều ứng dụng học tiếng Anh đưa ra."),
    ("vi", "Bạn đã là thành viên? Hãy mang thẻ đến quầy để nhận quà, ban tổ chức cho biết."),
    ("fi", "Tilaa 5 eurolla kuukaudessa, suosittelee kirjasto niille, jotka haluavat lukea e-kirjoja."),
    ("hu", "Fizessen elő havi 990 forintért, ajánlja a könyvtár azoknak, akik e-könyveket olvasnának."),
    ("id", "Berlangganan mulai Rp 50.000 per bulan, layanan ini menyasar pelajar dan mahasiswa, kata direktur."),
    # round 3
    ("he", "האימייל לא יוצג באתר, הבטיחה החברה, אך הלקוחות חששו שפרטיהם ידלפו."),
    ("hi", "एक टिप्पणी छोड़ें, शिक्षक ने छात्रों से कहा, और हर कविता पर अपनी राय लिखें।"),
    ("hu", "Vélemény, hozzászólás? Ebből bőven akadt a lakossági fórumon, ahol több százan gyűltek össze."),
    ("id", "Tinggalkan balasan di kolom komentar, pinta panitia kepada para peserta lomba menulis."),
    ("vi", "Để lại một bình luận tiêu cực có thể khiến bạn bị kiện, luật sư cảnh báo."),
    ("vi", "Tên của ngôi làng được đặt theo một vị tướng thời Trần."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


CALLS_TO_COMMENT = [("hi", "एक टिप्पणी छोड़ें"), ("hu", "Vélemény, hozzászólás?"), ("id", "Tinggalkan Balasan"), ("vi", "Để lại một bình luận")]


@pytest.mark.parametrize(("lang", "line"), CALLS_TO_COMMENT)
def test_a_call_to_comment_between_two_paragraphs_takes_no_paragraph(lang: str, line: str) -> None:
    # (a section_link: it opens a section only where no article line follows)
    result = cleaner.explain_text("\n".join([TEXT[lang][0], line, *TEXT[lang][1:]]))
    assert result.text.split("\n") == TEXT[lang], removed(result)


# -- a "read more" heading alone over its teasers: the box goes, a sentence opening on its words stays -------------

READ_MORE = [
    ("fi", "Lue lisää", ["Lippujen hinnat nousevat huhtikuussa", "Länsimetron jatke viivästyy"],
     "Lue lisää Kalevalasta, jota oppilaat lukevat kahdeksannella luokalla, suosittelee opettaja."),
    ("vi", "Đọc thêm", ["Giá vé xe buýt tăng từ tháng 4", "Tuyến metro số 3 lùi tiến độ"],
     "Đọc thêm sách của Nguyễn Nhật Ánh là lời khuyên của cô giáo dành cho học sinh lớp tám."),
    ("vi", "Công thức khác", ["Cách làm bún chả Hà Nội", "Cách nấu canh chua cá lóc"],
     "Công thức khác của bà ngoại tôi dùng nhiều nước mắm hơn và ít đường hơn."),
    ("he", "מבזקים נוספים", ["רעידת אדמה הורגשה בצפון", "מחירי הדלק יעלו בחודש הבא"],
     "מבזקים נוספים ישודרו הערב בערוץ 12 בשל המצב הביטחוני בצפון, כך הודיעו ברשות השידור."),
]


@pytest.mark.parametrize(("lang", "heading", "box", "sentence"), READ_MORE)
def test_a_read_more_box_goes(lang: str, heading: str, box: list[str], sentence: str) -> None:
    for page in ([TEXT[lang][0], heading, *box, *TEXT[lang][1:]], [*TEXT[lang], heading, *box]):
        result = cleaner.explain_text("\n".join(page))
        assert result.text.split("\n") == TEXT[lang], removed(result)


@pytest.mark.parametrize(("lang", "heading", "box", "sentence"), READ_MORE)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_sentence_opening_on_a_read_more_heading_stays(
    lang: str, heading: str, box: list[str], sentence: str, position: str
) -> None:
    text = {"head": [sentence, *TEXT[lang]], "middle": [TEXT[lang][0], sentence, *TEXT[lang][1:]], "tail": [*TEXT[lang], sentence]}[position]
    result = cleaner.explain_text("\n".join(text))
    assert lost(text, result) == [], removed(result)


def test_a_vietnamese_byline_over_the_first_paragraph_goes() -> None:
    result = cleaner.explain_text("\n".join(["Bởi: Lê Thị Mai", *TEXT["vi"]]))
    assert removed(result) == [("labelled-byline", "Bởi: Lê Thị Mai")]


def test_a_paragraph_under_a_bare_read_more_stays() -> None:
    # a "Lue lisää" over the article's own paragraph (no headlines under it): the paragraph is the article's
    page = [TEXT["fi"][0], "Lue lisää", TEXT["fi"][1], "Työt maksavat noin kaksi miljoonaa euroa, ja valtio osallistuu kustannuksiin."]
    result = cleaner.explain_text("\n".join(page))
    assert lost([TEXT["fi"][0], *page[2:]], result) == [], removed(result)



# -- a section's name over the headline: the names added, and over a brief whose sentences are no anchor ------------

TRAILS = [
    ("fa", ["اخبار فوری"], "انسداد محور هراز به دلیل بارش برف"),
    ("hi", ["ब्रेकिंग न्यूज़"], "हादसे के बाद यमुना एक्सप्रेसवे बंद"),
    ("id", ["Berita Terkini"], "Tol Cikampek ditutup akibat kecelakaan"),
    ("th", ["ข่าวด่วน"], "ปิดถนนพหลโยธิน หลังเกิดอุบัติเหตุ"),
    ("vi", ["Tin nóng"], "Cao tốc Pháp Vân tạm đóng do tai nạn"),
]

test_a_sections_name_over_the_headline_goes, test_a_sections_word_as_a_one_word_title_stays = section_trail_tests(
    TEXT, TRAILS
)

_SECTION = "a section's name over the headline"

BRIEFS = [
    ("el", "Ειδήσεις", "Κλειστή η Αττική Οδός λόγω ατυχήματος",
     ["Κλειστή είναι η Αττική Οδός στο ρεύμα προς Ελευσίνα.", "Στο σημείο βρίσκονται δυνάμεις της Τροχαίας.",
      "Η κυκλοφορία διεξάγεται από την παράπλευρη οδό."]),
    ("hu", "Belföld", "Lezárták az M1-est egy baleset miatt",
     ["Lezárták az M1-es autópályát Tatabánya közelében.", "A helyszínen rendőrök és tűzoltók dolgoznak.",
      "A forgalmat a 100-as főútra terelik."]),
    ("en", "Politics", "Senate passes the budget after a late vote",
     ["The Senate passed the budget late on Tuesday.", "The vote was 52 to 48.", "The House votes next week."]),
]


@pytest.mark.parametrize(("lang", "section", "headline", "brief"), BRIEFS)
def test_a_sections_name_over_a_briefs_headline_goes(lang: str, section: str, headline: str, brief: list[str]) -> None:
    # (three short sentences: no line is an anchor of prose, and the passes that judge by place leave the page alone)
    result = cleaner.explain_text("\n".join([section, headline, *brief]))
    assert [r.text for r in result.removed if r.reason == _SECTION] == [section], removed(result)
    assert lost(brief, result) == []


@pytest.mark.parametrize(("lang", "section", "headline", "brief"), BRIEFS)
def test_a_word_over_a_brief_with_no_headline_or_no_section_stays(
    lang: str, section: str, headline: str, brief: list[str]
) -> None:
    # the word right over the prose is its title; a kicker that names no section over the headline is not judged
    for page in ([section, *brief], ["Exklusiv", headline, *brief]):
        result = cleaner.explain_text("\n".join(page))
        assert [r.text for r in result.removed if r.reason == _SECTION] == [], removed(result)


if __name__ == "__main__":
    report(CASES)
