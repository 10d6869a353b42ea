# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Keep 24: an over-strip probe of the text path in the languages probed least: Greek, Persian, Finnish, Hebrew,
Hindi, Hungarian, Indonesian, Thai, Vietnamese, and four the project has no tables for but must not harm (Malay,
Swahili, Urdu, Tamil: the fallback's structure and the language-neutral tables). Pages of article text alone (every
line tagged ``A``, the headline ``T``, a recipe's part heading ``H``: every removal of an ``A`` line is a loss), in
genres whose text looks like residue: news with a one-line quote, sports results, election tables, weather reports,
event listings, obituaries, recipes, interviews with one-word answers, briefs of two sentences, articles about
newsletters, comments, cookies, subscriptions, photos, copyright, advertising, social media and apps, texts closing
on a short sentence; lines that open as bylines and credits do ("Oleh karena itu, …", "Theo Bộ Công Thương, …",
"Από τη στιγμή που …", "به گزارش شورای شهر، …", "Írta a korabeli Délmagyarország: …", "Fotó: …", "Kuvat: …"). Each
language in its own punctuation: Thai closes no sentence with a mark, Hindi closes with "।", Persian and Urdu write
"،" and "؟", Greek asks with ";".

Round 1 (65 pages, 355 article lines) was written before reading the passes; round 2 (32 pages, 188 lines) after,
aimed at the one-word entries of the tables that fire in these languages (a subheading that is a sign-up, menu or
comment word: "Hírlevél", "Uutiskirje", "Keresés", "Haku", "عضویت", "ورود", "Masuk", "ลงทะเบียน", "Đăng ký",
"ביטול", "תגובות", "Kommentit", "Bình luận"; an advice column's "Απάντηση", "Válasz", "Trả lời"; one-word answers;
a poll's networks with their shares; a platform's steps; recipes whose ingredients are written out in words).
``python tests/test_keep24.py`` prints the numbers.

Measured before any change (main's HEAD 79bef89):

- round 1: lost 3 on 2 pages, all Thai. th_app_article: "ผู้ใช้สามารถดาวน์โหลดแอปได้ฟรีทั้งใน App Store และ Google Play"
  ("users can download the app free on …"), call-to-action: the app-store badge's neutral pattern takes a line
  naming both stores that no sentence ends, and a Thai sentence never ends with a mark. th_recipe: "ข่า ตะไคร้
  ใบมะกรูด" (an ingredient of three spaced words) and "เสิร์ฟร้อน ๆ" ("serve hot", the last line), edge-furniture:
  the Thai quantities ("กุ้งแม่น้ำ 4 ตัว", "น้ำพริกเผา 2 ช้อนโต๊ะ") were no quantities to ``quantity_list`` (a Thai
  unit carries vowel marks, which are no letters) and a Thai item of three words counts eight. Kept on every other
  page: the results, tables, lists, Q/A, short briefs, "Oleh karena itu", "Theo …", "Baca juga peringatan BMKG: …",
  "Fotó: a villamos …", "Kuvat: toimitukset …", the Malay, Swahili, Urdu and Tamil pages.
- round 2: lost 31 on 13 pages. A table's one word as the subheading of its paragraph: "عضویت", "اشتراک" (fa
  membership, shares), "Hírlevél", "Uutiskirje", "Masuk", "ลงทะเบียน" (newsletter-prompt), "Keresés" (site-chrome);
  recipes in two parts whose ingredients are words, under a short paragraph or with no Vietnamese or Hindi heading
  the table knew: vi_recipe_words 8, hi_recipe_words 6 (edge-furniture); and what stays lost (below): "ورود" /
  "خروج", "ביטול", "Đăng ký", "Bagikan.", the Thai interview 5.

After: round 1 lost 0; round 2 lost 11 on 6 pages, all in ``KNOWN_LOST`` with the reasons. The changes, each with
residue of the same shape that still goes (below):

- call-to-action: a line naming both app stores in a script that closes no sentence with a mark (Thai, Lao),
  between two paragraphs of the article, is the article's sentence (``promos._unmarked_store_sentence``); the badge
  at the page's edge, or beside another call, still goes;
- edge-furniture's ``quantity_list``: a Thai unit after the figure ("4 ตัว", "2 ช้อนโต๊ะ") makes a quantity
  (``_QUANTITY_WIDE``), and a list item in an unspaced script may count twelve words (``_WIDE_ITEM_WORDS``: a word
  per two characters); a Thai menu's words after the article still go;
- table ``structure.recipe_heading`` names the recipe's parts in Vietnamese, Thai, Hindi, Urdu and Tamil
  ("Nguyên liệu", "Cách làm", "ส่วนผสม", "วิธีทำ", "सामग्री", "विधि", "اجزاء", "ترکیب", "செய்முறை"), and
  ``list_over_steps`` finds the recipe under short paragraphs of prose after the last long one; a teaser box's
  label over headlines and a weather box's over its forecast (no recipe's word) still go;
- newsletter-prompt and site-chrome: a one-word label between two paragraphs of the article is their subheading
  when one of the two speaks of it (the word, less an inflection's last two letters, five letters at least, opening
  a word of the paragraph, or inside one in a script without case: ``edge_sections.subheading_of_its_paragraph``); the
  label between paragraphs that do not name it, over its box's pitch, naming its newsletter ("Pick Six Newsletter",
  a dev page), or sharing four letters with a word ("Resize" over "residents") or a stem inside one ("Search" over
  "research") still goes.

Bench: ``pagecmp`` against main's HEAD: changed 0/362. A first cut of the subheading guard took labels of three
words: it kept a dev page's "Pick Six Newsletter" over its pitch, which speaks of "picks", and "See All
Newsletters"; one word alone now, and no paragraph the tables know. A second took four letters anywhere in the
paragraph: test_passes' "Resize" over "… residents …" stayed.
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, removals_of, report, tagged_probe_tests

from cleaner.language import SUPPORTED

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== Greek =====
    "el_quote_news": """\
T Παραιτήθηκε ο δήμαρχος Πατρέων μετά την κατάρρευση της γέφυρας
A Την παραίτησή του υπέβαλε το πρωί της Τρίτης ο δήμαρχος Πατρέων, δύο ημέρες μετά την κατάρρευση της πεζογέφυρας στην οδό Ακτής Δυμαίων.
A Τρεις πεζοί τραυματίστηκαν ελαφρά και μεταφέρθηκαν στο νοσοκομείο του Ρίου.
A «Αναλαμβάνω την ευθύνη.»
A Με αυτή τη φράση ξεκίνησε τη σύντομη δήλωσή του στο δημοτικό συμβούλιο.
A Η εισαγγελία έχει ήδη ζητήσει τα πρακτικά των ελέγχων των τελευταίων πέντε ετών.
A Ποιος θα πληρώσει τελικά;
""",
    "el_football_results": """\
T Super League: Τα αποτελέσματα της 14ης αγωνιστικής
A Ο Ολυμπιακός επέστρεψε στην κορυφή μετά τη νίκη του στο Αγρίνιο, ενώ η ΑΕΚ έμεινε στην ισοπαλία στη Ριζούπολη.
A Παναιτωλικός - Ολυμπιακός 0-2
A Παναθηναϊκός - ΟΦΗ 3-1
A ΑΕΚ - Άρης 1-1
A ΠΑΟΚ - Βόλος 4-0
A Λαμία - Αστέρας Τρίπολης 2-2
A Την επόμενη Κυριακή ο Ολυμπιακός υποδέχεται τον ΠΑΟΚ στο Φάληρο.
""",
    "el_weather": """\
T Καιρός: Βροχές και καταιγίδες από την Πέμπτη
A Επιδείνωση του καιρού με βροχές και τοπικές καταιγίδες αναμένεται από την Πέμπτη σε μεγάλο μέρος της χώρας, σύμφωνα με την ΕΜΥ.
A Θεσσαλονίκη: 8 έως 14 βαθμοί
A Αθήνα: 12 έως 18 βαθμοί
A Ηράκλειο: 14 έως 20 βαθμοί
A Οι άνεμοι θα πνέουν από νότιες διευθύνσεις 5 με 7 μποφόρ και στα νότια πελάγη τοπικά 8.
A Η βελτίωση αναμένεται από το Σάββατο.
""",
    "el_recipe": """\
T Φασολάδα της γιαγιάς
A Η φασολάδα είναι το εθνικό φαγητό της Ελλάδας, λένε πολλοί, και κάθε σπίτι έχει τη δική του εκδοχή.
H Υλικά
A 500 γρ. μέτρια φασόλια
A 2 καρότα
A 1 ξερό κρεμμύδι
A 1 φλιτζάνι ελαιόλαδο
A Αλάτι και πιπέρι
H Εκτέλεση
A Μουλιάζουμε τα φασόλια από το βράδυ και τα βράζουμε για δέκα λεπτά. Πετάμε το νερό.
A Προσθέτουμε τα λαχανικά και νερό, και σιγοβράζουμε για μιάμιση ώρα. Στο τέλος ρίχνουμε το λάδι.
A Καλή όρεξη!
""",
    "el_cookies_article": """\
T Τι αλλάζει με τα cookies στους ελληνικούς ιστότοπους
A Η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα έστειλε προειδοποιήσεις σε 30 ιστότοπους που δεν ζητούν συγκατάθεση για τα cookies.
A Σύμφωνα με την Αρχή, ο επισκέπτης πρέπει να μπορεί να απορρίψει τα cookies με ένα κλικ, όσο εύκολα τα αποδέχεται.
A Οι περισσότεροι ιστότοποι εμφανίζουν μόνο το κουμπί «Αποδοχή όλων».
A Αποδέχεστε τα cookies χωρίς να το σκεφτείτε;
A Οι ειδικοί συνιστούν να ελέγχετε τις ρυθμίσεις απορρήτου του προγράμματος περιήγησης.
""",
    "el_interview": """\
T «Η ποίηση δεν πουλάει, αλλά επιμένει»
A Η ποιήτρια Μαρία Λαϊνά μιλά για το νέο της βιβλίο και για τη σχέση της με την Αθήνα.
A - Πότε γράψατε το πρώτο σας ποίημα;
A - Στα δεκατέσσερα. Ήταν κακό ποίημα, αλλά το κράτησα.
A - Διαβάζουν ποίηση οι νέοι;
A - Περισσότερο απ' ό,τι νομίζουμε. Στα σόσιαλ μίντια κυκλοφορούν στίχοι κάθε μέρα.
A - Και η Αθήνα;
A - Η Αθήνα είναι η μόνη πόλη που ξέρω να περπατάω χωρίς χάρτη.
""",
    "el_obituary": """\
T Πέθανε ο ηθοποιός Γιώργος Μιχαλάκης
A Έφυγε από τη ζωή σε ηλικία 84 ετών ο ηθοποιός Γιώργος Μιχαλάκης, μία από τις πιο αναγνωρίσιμες φωνές του ελληνικού ραδιοφώνου.
A Γεννήθηκε στη Σπάρτη το 1940 και σπούδασε στη Δραματική Σχολή του Εθνικού Θεάτρου.
A Η κηδεία του θα γίνει την Πέμπτη στις 12:00 στο Α' Νεκροταφείο Αθηνών.
A Αιωνία του η μνήμη.
""",
    # ===== Persian =====
    "fa_election_table": """\
T نتایج اولیه انتخابات شورای شهر تهران اعلام شد
A ستاد انتخابات کشور نتایج اولیه شمارش آرای انتخابات شورای شهر تهران را صبح امروز اعلام کرد.
A میزان مشارکت در تهران ۲۶ درصد بود که پایین‌ترین رقم در دو دهه اخیر است.
A ۱. مهدی چمران: ۸۵۴٬۲۱۲ رأی
A ۲. پرویز سروری: ۶۱۲٬۰۴۸ رأی
A ۳. ناصر امانی: ۵۹۸٬۷۷۱ رأی
A شمارش آرا در برخی حوزه‌ها هنوز ادامه دارد و نتایج نهایی تا پایان هفته اعلام می‌شود.
""",
    "fa_subscription_article": """\
T چرا روزنامه‌های ایرانی به اشتراک دیجیتال روی آورده‌اند؟
A چند روزنامه سراسری از ماه گذشته بخشی از مطالب خود را فقط برای مشترکان منتشر می‌کنند.
A هزینه اشتراک ماهانه بین ۵۰ تا ۱۲۰ هزار تومان است.
A مدیر یکی از این روزنامه‌ها می‌گوید: «بدون درآمد اشتراک، ادامه کار ممکن نیست.»
A آیا خوانندگان حاضرند برای خبر پول بدهند؟
A نظرسنجی‌ها نشان می‌دهد تنها هفت درصد کاربران ایرانی برای محتوای خبری هزینه می‌کنند.
""",
    "fa_obituary": """\
T درگذشت استاد محمدرضا شجریان؛ صدایی که ماند
A محمدرضا شجریان، خواننده برجسته موسیقی سنتی ایران، شامگاه پنجشنبه در سن ۸۰ سالگی در تهران درگذشت.
A او سال‌ها با بیماری سرطان دست و پنجه نرم می‌کرد.
A پیکر او در آرامگاه فردوسی در توس به خاک سپرده می‌شود.
A روحش شاد.
""",
    "fa_interview": """\
T گفت‌وگو با یک کتابفروش قدیمی خیابان انقلاب
A حسن کریمی چهل سال است که در خیابان انقلاب کتاب می‌فروشد.
A چرا هنوز کتابفروشی را رها نکرده‌اید؟
A چون کار دیگری بلد نیستم. شوخی می‌کنم؛ کتاب زندگی من است.
A فروش امسال چطور بوده است؟
A نصف پارسال. کاغذ گران شده و مردم پول ندارند.
A به کتابخوان‌های جوان چه می‌گویید؟
A بخوانید، هر چه دستتان رسید.
""",
    "fa_brief": """\
T زلزله ۴٫۸ ریشتری کرمان را لرزاند
A زمین‌لرزه‌ای به بزرگی ۴٫۸ ریشتر ساعت ۳:۱۲ بامداد امروز حوالی راور در استان کرمان را لرزاند.
A به گفته هلال احمر تاکنون گزارشی از خسارت جانی دریافت نشده است.
""",
    "fa_events": """\
T برنامه‌های فرهنگی تهران در آخر هفته
A جشنواره تئاتر دانشجویی از پنجشنبه در تالار مولوی آغاز می‌شود.
A پنجشنبه ۱۸ آبان، ساعت ۱۸: نمایش «باغ آلبالو»، تالار مولوی
A جمعه ۱۹ آبان، ساعت ۱۷: کنسرت ارکستر ملی، تالار وحدت
A جمعه ۱۹ آبان، ساعت ۲۰: نمایش فیلم «جدایی نادر از سیمین»، خانه هنرمندان
A ورود برای دانشجویان رایگان است.
""",
    # ===== Finnish =====
    "fi_hockey_results": """\
T Liiga: Tappara jatkoi voittoputkeaan
A Tappara voitti tiistaina Ilveksen Tampereen paikallisottelussa ja kasvatti kärkipaikkansa eron kuuteen pisteeseen.
A Tiistain tulokset:
A Tappara – Ilves 3–1
A HIFK – Kärpät 2–4
A JYP – Lukko 1–2 ja.
A TPS – Pelicans 5–0
A Seuraava kierros pelataan torstaina.
""",
    "fi_comments_article": """\
T Yle sulkee kommentoinnin osasta uutisia
A Yle rajoittaa kommentointia uutisissa, joissa keskustelu on toistuvasti mennyt asiattomaksi.
A Kommentit suljetaan jatkossa esimerkiksi rikosuutisista ja vaaleja koskevista jutuista.
A Kommentoinnin valvominen vie päivittäin useiden moderaattorien työajan.
A Lukijat voivat edelleen lähettää palautetta toimitukselle sähköpostitse.
A Päätöstä arvioidaan uudelleen vuoden kuluttua.
""",
    "fi_recipe": """\
T Karjalanpiirakat
A Karjalanpiirakat ovat suomalaisen leivonnan klassikko, ja ne onnistuvat kotikeittiössäkin.
H Ainekset
A 3 dl vettä
A 1 tl suolaa
A 2 dl ruisjauhoja
A 2 dl puuroriisiä
A 1 l maitoa
H Valmistus
A Keitä riisipuuro paksuksi ja anna jäähtyä. Sekoita vesi, suola ja jauhot taikinaksi.
A Kauli ohuiksi levyiksi, täytä puurolla ja paista 300 asteessa noin 15 minuuttia.
A Voitele kuumat piirakat voisulalla.
""",
    "fi_weather": """\
T Sää: Lumimyrsky saapuu Lappiin
A Ilmatieteen laitos on antanut Lappiin vaarallisen lumimyrskyn varoituksen keskiviikolle.
A Lunta voi tulla paikoin jopa 30 senttiä vuorokaudessa.
A Helsinki: +2 astetta, räntää
A Oulu: -6 astetta, lunta
A Rovaniemi: -12 astetta, lumimyrsky
A Autoilijoita kehotetaan välttämään turhia matkoja.
""",
    "fi_app_article": """\
T Uusi sovellus kertoo junan tarkan sijainnin
A VR julkaisi maanantaina sovelluksen, joka näyttää jokaisen kaukojunan sijainnin kartalla reaaliajassa.
A Lataa sovellus, valitse juna ja näet, missä se kulkee, kertoo VR:n digijohtaja Anna Lehtinen.
A Sovellus on ladattavissa ilmaiseksi App Storesta ja Google Playsta.
A Ensimmäisen päivän aikana sen latasi yli 40 000 käyttäjää.
A Lehtisen mukaan seuraavaksi sovellukseen lisätään lähijunat.
""",
    "fi_obituary": """\
T Kirjailija Leena Korhonen on kuollut
A Kirjailija Leena Korhonen on kuollut 86-vuotiaana, kertoo hänen kustantajansa.
A Korhonen tunnettiin erityisesti Pohjois-Karjalaan sijoittuvista romaaneistaan.
A Hän sai Finlandia-palkinnon vuonna 1994.
A Muistotilaisuus pidetään Joensuussa lauantaina.
""",
    # ===== Hebrew =====
    "he_quote_news": """\
T שר האוצר: "לא יהיו העלאות מסים בשנה הבאה"
A שר האוצר הודיע היום בכנס בתל אביב כי התקציב לשנה הבאה לא יכלול העלאות מסים.
A "זו הבטחה, לא תחזית," אמר השר.
A כלכלנים בבנק ישראל הביעו ספק ביכולת לעמוד ביעד הגירעון ללא צעדים נוספים.
A הדיון על התקציב בממשלה צפוי להתחיל בשבוע הבא.
""",
    "he_photo_copyright": """\
T צלם העיתונות שתבע את אתר החדשות וזכה
A בית משפט השלום בתל אביב פסק כי אתר חדשות יפצה צלם עיתונות ב-40 אלף שקל על שימוש בצילום שלו ללא רשות.
A הצילום, שתיעד הפגנה בירושלים, פורסם באתר בלי קרדיט ובלי תשלום.
A זכויות יוצרים על צילום שייכות לצלם, קבעה השופטת.
A כל הזכויות שמורות לצלם, גם כשהתמונה מופצת ברשתות החברתיות.
A האתר שקל לערער על פסק הדין.
""",
    "he_obituary": """\
T הלך לעולמו הסופר אהרן אפלפלד
A הסופר אהרן אפלפלד הלך לעולמו הלילה בגיל 85.
A אפלפלד נולד בצ'רנוביץ ב-1932, שרד את השואה והגיע לארץ ישראל ב-1946.
A ספריו תורגמו ליותר מ-30 שפות, והוא זכה בפרס ישראל לספרות ב-1983.
A הלוויתו תתקיים מחר בשעה 15:00 בבית העלמין בירושלים.
A יהי זכרו ברוך.
""",
    "he_list_article": """\
T חמישה דברים שכדאי לדעת לפני שנוסעים לאילת בקיץ
A אילת היא יעד החופשה הפופולרי ביותר בישראל בקיץ, אבל החום בה יכול להפתיע גם את המנוסים.
A 1. שתו הרבה מים, גם כשאתם לא צמאים.
A 2. הימנעו מהליכה בשמש בין 11:00 ל-16:00.
A 3. הזמינו מלון מראש, במיוחד בסופי שבוע.
A 4. אל תשכחו קרם הגנה.
A 5. בדקו את מזג האוויר לפני הצלילה.
A תהנו!
""",
    "he_interview": """\
T "המוזיקה היא השפה הראשונה שלי"
A שיחה עם המנצחת הצעירה נועה כהן לפני הופעת הבכורה שלה עם הפילהרמונית.
A איך התחלת לנגן?
A בגיל ארבע, על פסנתר ישן של סבתא שלי.
A מה את מרגישה לפני הופעה?
A פחד. תמיד פחד. ואחר כך זה עובר.
A ומה הלאה?
A אופרה. אני חולמת לנצח על "כרמן".
""",
    # ===== Hindi =====
    "hi_cricket": """\
T भारत ने ऑस्ट्रेलिया को छह विकेट से हराया
A भारत ने रविवार को मोहाली में खेले गए पहले वनडे मैच में ऑस्ट्रेलिया को छह विकेट से हरा दिया।
A ऑस्ट्रेलिया: 276 रन (50 ओवर)
A भारत: 281/4 (48.4 ओवर)
A शुभमन गिल ने 74 रन की पारी खेली और प्लेयर ऑफ द मैच चुने गए।
A "टीम ने बहुत अच्छा खेला," कप्तान ने कहा।
A दूसरा मैच बुधवार को इंदौर में खेला जाएगा।
""",
    "hi_election": """\
T विधानसभा चुनाव नतीजे: किस पार्टी को कितनी सीटें
A मध्य प्रदेश विधानसभा चुनाव की मतगणना पूरी हो गई है। भाजपा ने स्पष्ट बहुमत हासिल किया है।
A भाजपा: 163
A कांग्रेस: 66
A अन्य: 1
A मुख्यमंत्री ने जीत का श्रेय जनता को दिया।
A नई सरकार का शपथ ग्रहण अगले सप्ताह होगा।
""",
    "hi_recipe": """\
T घर पर बनाएं स्वादिष्ट दाल मखनी
A दाल मखनी उत्तर भारत की सबसे लोकप्रिय दालों में से एक है। इसे धीमी आंच पर पकाया जाता है।
H सामग्री
A 1 कप साबुत उड़द
A 2 बड़े चम्मच मक्खन
A 1 कप टमाटर प्यूरी
A नमक स्वादानुसार
H विधि
A उड़द को रात भर भिगोकर रखें और सुबह प्रेशर कुकर में पकाएं।
A मक्खन में टमाटर प्यूरी भूनें, दाल डालें और एक घंटे तक पकाएं।
A गरमा-गरम परोसें।
""",
    "hi_social_media": """\
T सोशल मीडिया पर फर्जी खबरें: सरकार ने जारी की नई गाइडलाइन
A केंद्र सरकार ने सोशल मीडिया कंपनियों के लिए फर्जी खबरों पर नई गाइडलाइन जारी की है।
A शिकायत मिलने के 24 घंटे के भीतर कंपनियों को आपत्तिजनक पोस्ट हटानी होगी।
A फेसबुक, ट्विटर और व्हाट्सएप पर शेयर की जाने वाली खबरों की जांच के लिए नई इकाई बनाई जाएगी।
A क्या इससे अभिव्यक्ति की आजादी पर असर पड़ेगा?
A विशेषज्ञों की राय बंटी हुई है।
""",
    "hi_weather": """\
T दिल्ली में शीतलहर, पारा चार डिग्री तक गिरा
A राजधानी दिल्ली में मंगलवार को इस मौसम की सबसे ठंडी सुबह दर्ज की गई।
A सफदरजंग: 4.2 डिग्री
A पालम: 5.1 डिग्री
A लोधी रोड: 3.9 डिग्री
A मौसम विभाग ने अगले तीन दिन घने कोहरे की चेतावनी दी है।
""",
    # ===== Hungarian =====
    "hu_cookies_article": """\
T Mit tudnak rólunk a sütik?
A A weboldalak többsége sütiket helyez el a látogatók számítógépén, és ezek egy része harmadik félnek küld adatokat.
A A Nemzeti Adatvédelmi és Információszabadság Hatóság szerint a sütik elfogadása nem lehet feltétele az oldal használatának.
A Elfogadom az összes sütit – ezt a gombot nyomják meg a legtöbben, gondolkodás nélkül.
A A hatóság tavaly 12 oldalt bírságolt meg emiatt.
A Érdemes a böngésző beállításaiban időnként törölni őket.
""",
    "hu_obituary": """\
T Elhunyt Bodrogi Gyula
A Kilencvenegy éves korában elhunyt Bodrogi Gyula Kossuth-díjas színművész, a nemzet színésze.
A Több mint száz filmben játszott, és évtizedekig a Vígszínház társulatának tagja volt.
A Halálhírét családja közölte.
A Temetéséről később intézkednek.
""",
    "hu_football": """\
T NB I: a Fradi nyert Debrecenben
A A Ferencváros 2–0-ra győzött Debrecenben, és hat pontra növelte előnyét a tabella élén.
A Eredmények:
A DVSC – Ferencváros 0–2
A Paks – Puskás Akadémia 1–1
A MTK – ZTE 3–2
A Újpest – Kecskemét 0–1
A A következő fordulót a válogatott mérkőzései miatt két hét múlva rendezik.
""",
    "hu_events": """\
T Hétvégi programajánló
A Budapesten idén is megrendezik a Rákóczi téri adventi vásárt, de a hétvégén más programok is várják az érdeklődőket.
A Szombat 10:00 – Adventi vásár, Rákóczi tér
A Szombat 19:00 – A diótörő, Magyar Állami Operaház
A Vasárnap 15:00 – Gyerekkoncert, Müpa
A A belépés a vásárra ingyenes.
""",
    "hu_interview": """\
T „A kosárlabda tanított meg veszíteni”
A Interjú a 40 évesen visszavonuló válogatott kosárlabdázóval.
A – Mikor döntött a visszavonulásról?
A – Tavaly nyáron, egy edzés után. Egyszerűen elfáradtam.
A – Hiányozni fog?
A – Az öltöző igen. A reggeli edzések nem.
A – Mit csinál ezután?
A – Edző leszek, egy vidéki utánpótlás-csapatnál.
""",
    # ===== Indonesian =====
    "id_newsletter_article": """\
T Newsletter, Cara Baru Media Indonesia Merebut Pembaca
A Sejumlah media di Jakarta kini mengirimkan berita langsung ke kotak masuk pembaca lewat newsletter harian.
A Daftarkan email Anda, dan berita pilihan akan tiba setiap pagi pukul enam, kata pemimpin redaksi salah satu media itu.
A Jumlah pelanggan newsletter tersebut naik dua kali lipat dalam setahun.
A Namun, tingkat pembukaan email masih di bawah 30 persen.
A Apakah pembaca Indonesia siap membayar?
""",
    "id_quick_count": """\
T Hasil Hitung Cepat Pilkada Jakarta
A Lembaga survei merilis hasil hitung cepat pemilihan gubernur Jakarta beberapa jam setelah tempat pemungutan suara ditutup.
A Pasangan nomor urut 1: 39,4 persen
A Pasangan nomor urut 2: 10,6 persen
A Pasangan nomor urut 3: 50,0 persen
A Hasil resmi akan diumumkan Komisi Pemilihan Umum pekan depan.
""",
    "id_recipe": """\
T Resep Nasi Goreng Kampung
A Nasi goreng kampung adalah menu sarapan favorit di banyak rumah di Indonesia.
H Bahan-bahan
A 2 piring nasi putih
A 3 siung bawang merah
A 2 siung bawang putih
A 1 sdm kecap manis
A Garam secukupnya
H Cara membuat
A Haluskan bawang merah dan bawang putih, lalu tumis hingga harum.
A Masukkan nasi dan kecap, aduk rata selama lima menit.
A Sajikan selagi hangat.
""",
    "id_brief": """\
T Gunung Semeru Kembali Erupsi
A Gunung Semeru di Jawa Timur kembali erupsi pada Senin pagi dengan tinggi kolom abu 800 meter di atas puncak.
A Warga diminta tidak beraktivitas dalam radius lima kilometer dari kawah.
""",
    "id_copyright_article": """\
T Hak Cipta Lagu di Media Sosial
A Direktorat Jenderal Kekayaan Intelektual mengingatkan bahwa lagu yang diunggah ulang di media sosial tetap dilindungi hak cipta.
A Hak cipta dilindungi undang-undang, termasuk untuk potongan lagu pendek di video.
A Pelanggaran dapat dikenai denda hingga Rp 1 miliar.
A Musisi menyambut baik peringatan itu.
""",
    # ===== Thai (no sentence full stops) =====
    "th_news_quote": """\
T นายกฯ สั่งเร่งช่วยผู้ประสบภัยน้ำท่วมภาคเหนือ
A นายกรัฐมนตรีสั่งการให้ทุกหน่วยงานเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมในจังหวัดเชียงรายและเชียงใหม่ หลังฝนตกหนักต่อเนื่องมาสามวัน
A "ขอให้ทุกคนปลอดภัย" นายกฯ กล่าว
A กรมป้องกันและบรรเทาสาธารณภัยรายงานว่ามีบ้านเรือนได้รับความเสียหายกว่า 2,000 หลัง
A ขณะนี้ระดับน้ำในแม่น้ำกกเริ่มลดลงแล้ว
""",
    "th_lottery": """\
T ผลสลากกินแบ่งรัฐบาล งวดวันที่ 16 ธันวาคม
A สำนักงานสลากกินแบ่งรัฐบาลออกรางวัลงวดวันที่ 16 ธันวาคม ที่ห้องประชุมสำนักงานสลากฯ
A รางวัลที่ 1: 912207
A เลขท้าย 2 ตัว: 58
A เลขหน้า 3 ตัว: 121, 540
A ผู้ถูกรางวัลสามารถขึ้นเงินได้ภายในสองปี
""",
    "th_recipe": """\
T ต้มยำกุ้งน้ำข้น สูตรร้านดัง
A ต้มยำกุ้งเป็นอาหารไทยที่ชาวต่างชาติรู้จักมากที่สุด และทำเองที่บ้านได้ไม่ยาก
H ส่วนผสม
A กุ้งแม่น้ำ 4 ตัว
A ข่า ตะไคร้ ใบมะกรูด
A นมสด 1 ถ้วย
A น้ำพริกเผา 2 ช้อนโต๊ะ
H วิธีทำ
A ต้มน้ำให้เดือด ใส่ข่า ตะไคร้ และใบมะกรูด
A ใส่กุ้ง นมสด และน้ำพริกเผา ปรุงรสด้วยน้ำปลาและมะนาว
A เสิร์ฟร้อน ๆ
""",
    "th_app_article": """\
T แอปเป๋าตังมีผู้ใช้ทะลุ 40 ล้านคน
A ธนาคารกรุงไทยเปิดเผยว่าแอปพลิเคชันเป๋าตังมีผู้ใช้งานมากกว่า 40 ล้านคนแล้ว
A ผู้ใช้สามารถดาวน์โหลดแอปได้ฟรีทั้งใน App Store และ Google Play
A ธนาคารระบุว่าจะเพิ่มบริการลงทุนในพันธบัตรภายในปีนี้
A ผู้เชี่ยวชาญเตือนให้ระวังแอปปลอมที่แอบอ้างชื่อเป๋าตัง
""",
    "th_weather": """\
T กรมอุตุฯ เตือนอากาศหนาวทั่วไทย
A กรมอุตุนิยมวิทยาประกาศเตือนอุณหภูมิลดลง 3-5 องศา ในภาคเหนือและภาคอีสาน ตั้งแต่วันพรุ่งนี้
A กรุงเทพฯ: 20-31 องศา
A เชียงใหม่: 12-28 องศา
A ยอดดอยอินทนนท์: 2 องศา
A ประชาชนควรดูแลสุขภาพและเตรียมเสื้อผ้ากันหนาว
""",
    # ===== Vietnamese =====
    "vi_football": """\
T V-League: Hà Nội FC thắng đậm
A Hà Nội FC đánh bại Sông Lam Nghệ An 4-0 trên sân Hàng Đẫy tối thứ Bảy và trở lại vị trí dẫn đầu.
A Kết quả vòng 12:
A Hà Nội FC 4-0 SLNA
A Thép Xanh Nam Định 2-2 Hải Phòng
A Thể Công 1-0 Bình Dương
A Vòng 13 sẽ diễn ra vào cuối tuần sau.
""",
    "vi_comments_article": """\
T Báo điện tử siết chặt bình luận của độc giả
A Nhiều báo điện tử lớn tại Việt Nam đã tạm ngừng chức năng bình luận đối với các bài viết về vụ án.
A Bình luận sẽ được kiểm duyệt trước khi hiển thị, theo quy định mới của Bộ Thông tin và Truyền thông.
A Một biên tập viên cho biết mỗi ngày tòa soạn nhận hơn 10.000 bình luận.
A Độc giả vẫn có thể gửi ý kiến qua email.
""",
    "vi_recipe": """\
T Cách nấu phở bò Hà Nội
A Phở bò là món ăn sáng quen thuộc của người Hà Nội, nước dùng trong và thơm mùi quế hồi.
H Nguyên liệu
A 1 kg xương bò
A 500 g thịt bò thăn
A 1 củ gừng, 2 củ hành tây
A Quế, hồi, thảo quả
H Cách làm
A Rửa sạch xương, chần qua nước sôi rồi ninh trong 6 tiếng.
A Nướng gừng và hành cho thơm, cho vào nồi cùng quế hồi.
A Chúc các bạn thành công!
""",
    "vi_interview": """\
T "Tôi viết cho những người không có tiếng nói"
A Nhà văn Nguyễn Ngọc Tư trò chuyện về tập truyện ngắn mới.
A Chị viết tập truyện này trong bao lâu?
A Gần ba năm, phần lớn vào ban đêm.
A Vì sao chị vẫn chọn viết về miền Tây?
A Vì đó là nơi tôi hiểu rõ nhất.
A Chị có đọc bình luận của độc giả không?
A Có, và đôi khi tôi khóc.
""",
    "vi_photo_article": """\
T Triển lãm ảnh về Hà Nội xưa
A Triển lãm "Hà Nội một thời" trưng bày 120 bức ảnh đen trắng chụp thủ đô từ năm 1950 đến 1990.
A Ảnh được chụp bởi các phóng viên của Thông tấn xã Việt Nam.
A Nhiều bức ảnh lần đầu được công bố.
A Triển lãm mở cửa miễn phí đến hết tháng 12.
""",
    # ===== Malay =====
    "ms_news": """\
T Harga minyak masak naik mulai Isnin
A Kementerian Perdagangan Dalam Negeri mengumumkan harga minyak masak dalam paket satu kilogram akan naik 50 sen mulai Isnin ini.
A "Kenaikan ini tidak dapat dielakkan," kata menteri dalam satu kenyataan.
A Pengguna diminta tidak membeli secara panik.
A Harga baharu akan dikaji semula pada bulan Jun.
""",
    "ms_recipe": """\
T Resipi Nasi Lemak Sambal Sotong
A Nasi lemak ialah sarapan kegemaran rakyat Malaysia.
H Bahan-bahan
A 2 cawan beras
A 1 cawan santan
A 3 helai daun pandan
H Cara memasak
A Masak beras bersama santan dan daun pandan sehingga masak.
A Hidangkan bersama sambal sotong, telur rebus dan kacang.
""",
    # ===== Swahili =====
    "sw_news": """\
T Mvua kubwa yasababisha mafuriko Dar es Salaam
A Mvua kubwa iliyonyesha usiku wa kuamkia leo imesababisha mafuriko katika maeneo kadhaa ya jiji la Dar es Salaam.
A Barabara ya Morogoro imefungwa kwa muda.
A "Tunaomba wananchi wawe waangalifu," alisema Mkuu wa Mkoa.
A Mamlaka ya Hali ya Hewa imetabiri mvua zaidi hadi Ijumaa.
""",
    "sw_football": """\
T Simba yaichapa Yanga 2-1
A Simba SC imeifunga Yanga SC mabao 2-1 katika mchezo wa Ligi Kuu uliochezwa Uwanja wa Benjamin Mkapa.
A Matokeo mengine:
A Azam 3-0 Coastal Union
A KMC 1-1 Dodoma Jiji
A Simba sasa inaongoza ligi kwa pointi 45.
""",
    # ===== Urdu =====
    "ur_news": """\
T کراچی میں بارش، نظام زندگی مفلوج
A کراچی میں گزشتہ رات ہونے والی موسلا دھار بارش کے بعد شہر کے کئی علاقے زیر آب آگئے۔
A محکمہ موسمیات کے مطابق سب سے زیادہ بارش سرجانی ٹاؤن میں ریکارڈ کی گئی۔
A "ہم نے تمام وسائل میدان میں اتار دیے ہیں،" میئر نے کہا۔
A کیا شہر اگلی بارش کے لیے تیار ہے؟
""",
    "ur_cricket": """\
T پاکستان نے نیوزی لینڈ کو شکست دے دی
A پاکستان نے راولپنڈی میں کھیلے گئے پہلے ٹی ٹوئنٹی میچ میں نیوزی لینڈ کو سات وکٹوں سے شکست دے دی۔
A نیوزی لینڈ: 165/8
A پاکستان: 168/3
A بابر اعظم 68 رنز بنا کر ناٹ آؤٹ رہے۔
A دوسرا میچ اتوار کو کھیلا جائے گا۔
""",
    # ===== Tamil =====
    "ta_news": """\
T சென்னையில் கனமழை: பள்ளிகளுக்கு விடுமுறை
A சென்னை மற்றும் புறநகர் பகுதிகளில் பெய்த கனமழை காரணமாக இன்று பள்ளிகளுக்கு விடுமுறை அறிவிக்கப்பட்டுள்ளது.
A வானிலை ஆய்வு மையம் அடுத்த இரண்டு நாட்களுக்கு மழை தொடரும் என தெரிவித்துள்ளது.
A "மக்கள் வீட்டிலேயே இருக்க வேண்டும்" என்று ஆட்சியர் கூறினார்.
A மீட்புப் பணிகள் தொடர்கின்றன.
""",
    "ta_recipe": """\
T வெண் பொங்கல் செய்வது எப்படி
A வெண் பொங்கல் தமிழ்நாட்டின் பாரம்பரிய காலை உணவு.
H தேவையான பொருட்கள்
A அரிசி - 1 கப்
A பாசிப்பருப்பு - அரை கப்
A மிளகு, சீரகம், நெய்
H செய்முறை
A அரிசியையும் பருப்பையும் நன்றாக வேகவைக்கவும்.
A நெய்யில் மிளகு, சீரகம் தாளித்து சேர்க்கவும்.
""",
    # bylines that are the story's, source formulas, ad/newsletter words opening sentences
    "id_oleh_sentences": """\
T Banjir Rob Rendam Pesisir Utara Jakarta
A Banjir rob kembali merendam permukiman warga di Muara Angke, Jakarta Utara, sejak Minggu malam.
A Ketinggian air mencapai 60 sentimeter di beberapa gang.
A Oleh karena itu, pemerintah kota membuka dapur umum di kantor kelurahan.
A Oleh warga, tanggul darurat dibangun dari karung pasir sejak subuh.
A Baca juga peringatan BMKG: pasang laut diperkirakan berlangsung hingga Rabu.
A Warga berharap tanggul laut raksasa segera selesai.
""",
    "vi_theo_sentences": """\
T Giá xăng giảm lần thứ ba liên tiếp
A Giá xăng RON 95 giảm 520 đồng mỗi lít từ 15 giờ chiều nay, lần giảm thứ ba liên tiếp.
A Theo Bộ Công Thương, giá dầu thế giới giảm mạnh trong hai tuần qua.
A Theo đó, giá xăng RON 95 còn 22.870 đồng mỗi lít.
A Quảng cáo khuyến mãi của các cây xăng cũng xuất hiện dày đặc trên mạng xã hội.
A Người dân vẫn chưa thấy giá cả hàng hóa giảm theo.
""",
    "el_apo_sentences": """\
T Πώς η Θεσσαλονίκη απέκτησε μετρό
A Από τη στιγμή που ξεκίνησαν τα έργα, το 2006, μέχρι τα εγκαίνια πέρασαν σχεδόν δύο δεκαετίες.
A Από τον Δήμο Θεσσαλονίκης ζητήθηκαν άδειες για περισσότερα από 300 εργοτάξια.
A Οι αρχαιότητες που βρέθηκαν στον σταθμό Βενιζέλου εκτίθενται πλέον μέσα στον σταθμό.
A Φωτογραφίες από τα εγκαίνια κυκλοφόρησαν αμέσως στα μέσα κοινωνικής δικτύωσης.
A Διαφήμιση για το μετρό δεν χρειάστηκε ποτέ.
A Η πόλη περίμενε αρκετά.
""",
    "fa_gozaresh_sentences": """\
T افزایش قیمت بلیت مترو از اول خرداد
A قیمت بلیت مترو تهران از اول خرداد ۲۵ درصد افزایش می‌یابد.
A به گزارش شورای شهر، این افزایش برای جبران هزینه‌های نگهداری قطارها لازم است.
A به نقل از مدیرعامل مترو، ۳۰ قطار جدید تا پایان سال وارد خدمت می‌شود.
A عکس‌هایی از ایستگاه‌های شلوغ در شبکه‌های اجتماعی دست به دست می‌شود.
A مسافران گلایه دارند.
""",
    "hu_irta_sentences": """\
T Százéves lett a szegedi villamos
A Száz évvel ezelőtt indult el az első villamos Szegeden, a mai Széchenyi tértől a vasútállomásig.
A Írta a korabeli Délmagyarország: „A város új korszaka kezdődik ma.”
A Fotó: a villamos első napjáról csak két kép maradt fenn, mindkettő a Móra Ferenc Múzeumban.
A A jubileum alkalmából hétvégén ingyen utazhat mindenki.
A Hirdetés helyett a városvezetés plakátokon köszöni meg az utasok türelmét.
""",
    "he_meet_sentences": """\
T מאת: מכתבים מהחזית
A התערוכה "מאת: מכתבים מהחזית" מציגה 200 מכתבים ששלחו חיילים לבני משפחותיהם במלחמת יום הכיפורים.
A צילום: רוב המכתבים נכתבו בעיפרון, על דפים שנתלשו ממחברות.
A המכתבים נתרמו לארכיון על ידי המשפחות.
A פרסומת לתערוכה לא נעשתה, והיא מתמלאת מפה לאוזן.
A התערוכה תוצג עד סוף השנה.
""",
    "fi_teksti_sentences": """\
T Tekoäly kirjoittaa jo uutisia
A Teksti, jonka luet, voi olla koneen kirjoittama, muistuttaa Journalistiliitto.
A Kuvat: toimitukset käyttävät yhä useammin myös tekoälyn tuottamia kuvituskuvia.
A Mainos ja journalismi pitää erottaa selvästi toisistaan, liitto korostaa.
A Tilaa-painikkeen takana on yhä useammin ihmisen ja koneen yhteistyö.
A Lukijoilla on oikeus tietää, kumpi kirjoitti.
""",
    "hi_dwara_sentences": """\
T ताजमहल पर प्रदूषण का असर
A सुप्रीम कोर्ट द्वारा गठित समिति ने ताजमहल के संगमरमर के पीले पड़ने पर रिपोर्ट सौंपी है।
A फोटो: समिति ने पिछले दस साल की तस्वीरों की तुलना की है।
A विज्ञापन के लिए ताजमहल की तस्वीरों के इस्तेमाल पर भी नए नियम बनाए गए हैं।
A रिपोर्ट के अनुसार आसपास की फैक्ट्रियां इसकी मुख्य वजह हैं।
A सरकार ने कहा है कि सिफारिशें लागू की जाएंगी।
""",
    # ===== ROUND 2 (written after reading the passes and tables that fire in these languages) ========================
    # -- Greek: an advice column's "Απάντηση", comments as a subheading, steps of a platform, a poll of networks
    "el_advice_column": """\
T Ο γιος μου δεν θέλει να διαβάζει
A Κάθε εβδομάδα η ψυχολόγος Ελένη Παπαδάκη απαντά σε ερωτήσεις αναγνωστών.
A Ο δεκάχρονος γιος μου αρνείται να ανοίξει βιβλίο. Του αγοράζω ό,τι ζητά, αλλά τίποτα δεν τον τραβάει. Τι να κάνω;
A Απάντηση
A Μην το κάνετε υποχρέωση. Διαβάστε εσείς μπροστά του, αφήστε κόμικς στο σπίτι και ρωτήστε τον τι του αρέσει να βλέπει.
A Τα παιδιά μιμούνται, δεν υπακούουν.
""",
    "el_comments_subheading": """\
T Νέοι κανόνες για τα σχόλια στα ειδησεογραφικά sites
A Η Αρχή Προστασίας Δεδομένων εξέδωσε οδηγίες για τη διαχείριση των σχολίων των αναγνωστών στα ειδησεογραφικά sites.
A Σχόλια
A Τα sites θα πρέπει να διαγράφουν μέσα σε 24 ώρες σχόλια που περιέχουν ρητορική μίσους, όταν λαμβάνουν καταγγελία.
A Επωνυμία
A Η Αρχή δεν επιβάλλει την επωνυμία, αλλά συστήνει την επαλήθευση του email των σχολιαστών.
A Οι οδηγίες τίθενται σε ισχύ τον Ιανουάριο.
""",
    "el_poll_networks": """\
T Ποια κοινωνικά δίκτυα χρησιμοποιούν οι Έλληνες
A Σύμφωνα με έρευνα της Focus Bari, το 78% των Ελλήνων χρησιμοποιεί τουλάχιστον ένα κοινωνικό δίκτυο καθημερινά.
A Facebook: 64%
A Instagram: 51%
A YouTube: 49%
A TikTok: 27%
A Οι νεότεροι προτιμούν το TikTok, οι μεγαλύτεροι το Facebook.
""",
    "el_gov_platform_steps": """\
T Πώς θα κάνετε αίτηση για το επίδομα θέρμανσης
A Η πλατφόρμα για το επίδομα θέρμανσης άνοιξε τη Δευτέρα και θα μείνει ανοιχτή έως τις 30 Νοεμβρίου.
A Τα βήματα είναι τρία:
A 1. Είσοδος με τους κωδικούς του Taxisnet
A 2. Συμπλήρωση των στοιχείων της κατοικίας
A 3. Υποβολή της αίτησης
A Η πληρωμή της πρώτης δόσης αναμένεται τον Δεκέμβριο.
""",
    # -- Finnish: subheadings "Kommentit", "Haku", "Uutiskirje"; steps ending on "Lähetä"
    "fi_reactions_heading": """\
T Hallitus esittää eläkeiän nostoa
A Hallitus esittää alimman eläkeiän nostamista vuodella vuodesta 2030 alkaen.
A Esityksen mukaan muutos koskisi vuonna 1970 ja sen jälkeen syntyneitä.
A Kommentit
A SAK:n puheenjohtaja pitää esitystä kohtuuttomana raskasta työtä tekeville.
A Elinkeinoelämän keskusliiton mukaan muutos on välttämätön eläkejärjestelmän kestävyyden vuoksi.
A Eduskunta käsittelee esitystä syksyllä.
""",
    "fi_admissions": """\
T Yhteishaku alkaa keskiviikkona
A Korkeakoulujen kevään yhteishaku alkaa keskiviikkona, ja hakijoita odotetaan yli 100 000.
A Haku
A Haku päättyy 29. maaliskuuta kello 15. Hakemuksen voi jättää vain Opintopolku-palvelussa.
A Valinta
A Suurin osa opiskelijoista valitaan ylioppilastodistuksen perusteella.
A Tulokset julkaistaan kesäkuussa.
""",
    "fi_photo_steps": """\
T Näin lähetät kuvan viranomaiselle turvallisesti
A Poliisi pyytää, että kuvat rikoksista lähetetään sähköisen asioinnin kautta eikä sähköpostilla.
A Näin lähetät kuvan:
A 1. Kirjaudu pankkitunnuksilla
A 2. Valitse liite
A 3. Lähetä
A Poliisi vastaa yleensä kahden arkipäivän kuluessa.
""",
    "fi_newsletter_company": """\
T Uutiskirjeistä tuli kannattavaa liiketoimintaa
A Suomalaiset toimittajat perustavat yhä useammin omia maksullisia uutiskirjeitä.
A Uutiskirje
A Tampereella toimiva entinen Aamulehden toimittaja lähettää 4 000 tilaajalle viikoittaisen kirjeen kaupungin päätöksistä.
A Hinta on viisi euroa kuussa.
A Tilaajia tulee lisää joka viikko, hän kertoo.
""",
    # -- Hungarian: an advice column's "Válasz", subheadings "Hírlevél", "Keresés", one-word answers
    "hu_advice": """\
T Jogi tanácsadó: kié a közös kert?
A Olvasónk kérdése: a társasház kertjét az egyik lakó elkerítette. Megteheti ezt?
A Válasz
A Nem. A közös tulajdonban lévő kertet csak a közgyűlés határozata alapján lehet megosztani.
A Érdemes írásban felszólítani a szomszédot.
""",
    "hu_search_heading": """\
T Eltűnt túrázót keresnek a Mátrában
A Vasárnap délután óta nem adott életjelet egy 34 éves budapesti férfi, aki egyedül indult túrázni a Mátrába.
A Keresés
A A rendőrség drónokkal és kutyákkal kutat a Kékes környékén, a hegyimentők hatvan emberrel vesznek részt a munkában.
A Aki látta a férfit, hívja a 112-t.
""",
    "hu_short_answers": """\
T „Csak a víz van”
A Beszélgetés a Balatont idén háromszor átúszó 71 éves nyugdíjassal.
A – Fáradt?
A – Nem.
A – Mire gondol úszás közben?
A – Semmire. Csak a víz van.
A – Jövőre is jön?
A – Rendben, ha hívnak.
""",
    "hu_newsletter_story": """\
T A hírlevél visszatér
A Egyre több magyar szerkesztőség indít fizetős hírlevelet.
A Hírlevél
A A 444 hírlevelére már 60 ezren iratkoztak fel, a Telex pedig tematikus leveleket indított.
A A szerkesztők szerint az olvasók a válogatást értékelik.
""",
    # -- Vietnamese: "Bình luận", "Nhận xét", "Đánh giá" as a review's parts; "Trả lời" in an advice column
    "vi_review_parts": """\
T Đánh giá Galaxy A55: Tầm trung đáng mua
A Galaxy A55 có giá 9,9 triệu đồng, khung kim loại và màn hình 6,6 inch.
A Nhận xét
A Máy chạy mượt trong các tác vụ hằng ngày, pin dùng được gần hai ngày.
A Đánh giá
A Camera chụp ban ngày đẹp, nhưng ảnh thiếu sáng còn nhiễu.
A Đây là lựa chọn hợp lý trong tầm giá.
""",
    "vi_advice": """\
T Tôi có được nghỉ phép khi con ốm?
A Hỏi: Con tôi 5 tuổi bị ốm phải nằm viện. Công ty có được trừ lương khi tôi nghỉ chăm con không?
A Trả lời
A Theo Luật Bảo hiểm xã hội, người lao động được nghỉ tối đa 20 ngày mỗi năm để chăm con dưới 3 tuổi ốm, và 15 ngày với con từ 3 đến 7 tuổi.
A Trong thời gian này bạn được hưởng chế độ ốm đau từ bảo hiểm xã hội.
""",
    "vi_procedure_steps": """\
T Thủ tục cấp đổi căn cước
A Từ ngày 1/7, người dân có thể làm thủ tục cấp đổi thẻ căn cước tại công an cấp xã.
A Đăng ký
A Người dân đặt lịch trên Cổng dịch vụ công hoặc ứng dụng VNeID.
A Chụp ảnh
A Cán bộ thu nhận vân tay, mống mắt và chụp ảnh chân dung.
A Thẻ được trả sau bảy ngày làm việc.
""",
    "vi_commentary_heading": """\
T Việt Nam hòa Thái Lan 1-1
A Đội tuyển Việt Nam hòa Thái Lan 1-1 trên sân Mỹ Đình tối thứ Ba.
A Bình luận
A Hàng thủ chơi chắc chắn, nhưng tuyến giữa thiếu sáng tạo khi cầm bóng.
A Thầy trò HLV Kim Sang-sik còn hai trận để giành vé vào bán kết.
""",
    # -- Hebrew: "תגובות" as the reactions' subheading, "ביטול" and "פיצוי"
    "he_reactions": """\
T הממשלה אישרה את תקציב המדינה
A הממשלה אישרה הלילה את הצעת תקציב המדינה לשנה הבאה, לאחר דיון של 18 שעות.
A תגובות
A יו"ר האופוזיציה כינה את התקציב "תקציב של הפקרות".
A ארגוני העסקים בירכו על הקיצוץ במס החברות.
A התקציב יועבר לכנסת בשבוע הבא.
""",
    "he_flight_cancel": """\
T מה מגיע לכם כשהטיסה מבוטלת
A מאות טיסות בוטלו השבוע בנתב"ג בשל השביתה, ואלפי נוסעים תקועים.
A ביטול
A חברת התעופה חייבת להציע לכם טיסה חלופית או החזר כספי מלא.
A פיצוי
A אם ההודעה על הביטול נמסרה פחות משבועיים מראש, מגיע לכם גם פיצוי כספי.
A שמרו את כל הקבלות.
""",
    "he_interview_short": """\
T "הבנתי שאני חייבת לרוץ"
A השחיינית שזכתה במדליה בפריז מספרת על הרגע שבו החליטה לחזור לבריכה.
A מתי החלטת לחזור?
A אחרי הפציעה, בבית החולים.
A ומה אמר המאמן?
A "הבנתי".
A זה הכול?
A זה הכול.
""",
    # -- Persian: entry and exit rules as subheadings, "نظرات" over experts' views, an FAQ's "پاسخ"
    "fa_entry_exit": """\
T قوانین جدید سفر به ترکیه
A ترکیه از ماه آینده قوانین تازه‌ای برای مسافران ایرانی اجرا می‌کند.
A ورود
A مسافران باید گذرنامه‌ای با دست‌کم شش ماه اعتبار و بلیت برگشت همراه داشته باشند.
A خروج
A مهلت اقامت بدون روادید ۹۰ روز است و تمدید آن فقط در اداره مهاجرت ممکن است.
A جریمه اقامت غیرمجاز تا ۵۰۰ یورو است.
""",
    "fa_views": """\
T آیا تعطیلی شنبه‌ها به اقتصاد کمک می‌کند؟
A مجلس طرح تعطیلی شنبه‌ها به جای پنجشنبه‌ها را تصویب کرد.
A نظرات
A گروهی از اقتصاددانان می‌گویند هماهنگی با بازارهای جهانی سود دارد.
A گروهی دیگر نگران کاهش روزهای کاری بانک‌ها هستند.
A طرح برای تأیید به شورای نگهبان رفته است.
""",
    "fa_membership": """\
T ایران و گروه بریکس
A ایران از ابتدای سال ۲۰۲۴ رسماً عضو گروه بریکس شد.
A عضویت
A عضویت در این گروه به ایران امکان دسترسی به بانک توسعه بریکس را می‌دهد.
A اشتراک
A اشتراک منافع با روسیه و چین در این گروه روشن است، اما با هند نه چندان.
A آینده روشن نیست.
""",
    # -- Hindi: reactions as a subheading, an FAQ's "जवाब", networks with their figures
    "hi_reactions": """\
T संसद में वक्फ संशोधन विधेयक पारित
A लोकसभा ने देर रात वक्फ संशोधन विधेयक को 288 मतों के मुकाबले 232 मतों से पारित कर दिया।
A प्रतिक्रियाएं
A विपक्ष ने विधेयक को असंवैधानिक बताया है।
A सरकार का कहना है कि इससे पारदर्शिता बढ़ेगी।
A अब विधेयक राज्यसभा में पेश किया जाएगा।
""",
    "hi_faq": """\
T आयकर रिटर्न: आपके सवाल, हमारे जवाब
A रिटर्न भरने की आखिरी तारीख 31 जुलाई है। पाठकों के कुछ सवाल और विशेषज्ञों के जवाब।
A सवाल
A क्या पेंशन पर भी रिटर्न भरना जरूरी है?
A जवाब
A हां, अगर कुल आय छूट की सीमा से ज्यादा है।
A ज्यादा जानकारी के लिए आयकर विभाग की वेबसाइट देखें।
""",
    # -- Indonesian: "Komentar" over experts' comments, "Daftar" as a list's heading, "Masuk" as entry rules
    "id_commentary": """\
T DPR Sahkan RUU Kesehatan
A Dewan Perwakilan Rakyat mengesahkan Rancangan Undang-Undang Kesehatan dalam rapat paripurna, Selasa.
A Tanggapan
A Ikatan Dokter Indonesia menyatakan akan mengajukan uji materi ke Mahkamah Konstitusi.
A Kementerian Kesehatan menyebut undang-undang ini akan mempercepat pemerataan dokter spesialis.
A Undang-undang berlaku sejak diundangkan.
""",
    "id_museum_rules": """\
T Aturan Baru Berkunjung ke Candi Borobudur
A Mulai bulan depan, pengunjung yang naik ke struktur Candi Borobudur dibatasi 1.200 orang per hari.
A Masuk
A Pengunjung wajib memakai sandal khusus yang dibagikan di pintu masuk dan didampingi pemandu.
A Tiket
A Tiket naik ke candi dijual Rp 120.000 untuk wisatawan domestik.
A Pembelian tiket hanya bisa dilakukan secara daring.
""",
    "id_share_aid": """\
T Warga Gotong Royong Bagikan Makanan
A Ratusan warga di Cianjur memasak bersama untuk korban gempa sejak Senin.
A Setiap hari dapur umum menyiapkan 3.000 bungkus nasi.
A "Kami bagikan ke tenda-tenda pengungsi pagi dan sore," kata koordinator relawan.
A Bagikan.
A Kata itu ditulis besar-besar di papan dapur umum.
""",
    # -- Thai: registration steps, opinions as a subheading, a short close
    "th_register_steps": """\
T ลงทะเบียนบัตรสวัสดิการแห่งรัฐรอบใหม่ เริ่ม 1 กันยายน
A กระทรวงการคลังเปิดให้ผู้มีรายได้น้อยลงทะเบียนบัตรสวัสดิการแห่งรัฐรอบใหม่ตั้งแต่วันที่ 1 กันยายน ถึง 30 พฤศจิกายน
A ลงทะเบียน
A ผู้ลงทะเบียนต้องมีอายุ 18 ปีขึ้นไป และมีรายได้ไม่เกิน 100,000 บาทต่อปี
A ตรวจสอบสิทธิ์
A ผลการตรวจสอบจะประกาศทางเว็บไซต์ในเดือนมกราคม
A ผู้ได้รับสิทธิ์จะได้รับเงินช่วยเหลือ 300 บาทต่อเดือน
""",
    "th_opinions": """\
T ขึ้นค่าแรงขั้นต่ำ 400 บาท ทั่วประเทศ
A คณะกรรมการค่าจ้างมีมติปรับค่าแรงขั้นต่ำเป็น 400 บาททั่วประเทศ มีผลตั้งแต่วันที่ 1 ตุลาคม
A ความคิดเห็น
A สภาอุตสาหกรรมกังวลว่าธุรกิจขนาดเล็กอาจแบกรับต้นทุนไม่ไหว
A ขณะที่สหภาพแรงงานมองว่ายังไม่พอกับค่าครองชีพ
A รัฐบาลยืนยันจะเดินหน้าตามมติ
""",
    "th_interview_short": """\
T คุยกับนักวิ่งมาราธอนวัย 80
A คุณตาสมชาย วิ่งมาราธอนมาแล้ว 52 รายการ และยังวิ่งทุกเช้า
A เหนื่อยไหม
A ไม่เหนื่อย
A วิ่งทุกวันเลยหรือ
A ทุกวัน ฝนตกก็วิ่ง
A ตกลง
""",
    # -- recipes whose ingredients are written out in words (no figure): the recipe_heading table's part
    "vi_recipe_words": """\
T Canh chua cá lóc
A Canh chua cá lóc là món ăn quen thuộc của người miền Tây, vị chua ngọt và thơm mùi rau om.
A Món canh này nấu nhanh, chỉ mất khoảng nửa giờ nếu chuẩn bị nguyên liệu từ trước.
A Nguyên liệu
A Cá lóc
A Me chua
A Cà chua
A Thơm
A Giá đỗ
A Rau om
A Cách làm
A Cá làm sạch, cắt khúc và ướp với nước mắm.
A Nấu nước me, cho cà chua và thơm vào đun sôi.
A Thả cá vào, nêm nếm vừa ăn rồi cho giá và rau om.
""",
    "hi_recipe_words": """\
T दाल मखनी
A दाल मखनी उत्तर भारत की सबसे लोकप्रिय दालों में से एक है। इसे धीमी आंच पर पकाया जाता है।
A इसे बनाने में समय लगता है, लेकिन स्वाद इसका इनाम है।
A सामग्री
A साबुत उड़द
A मक्खन
A टमाटर प्यूरी
A नमक
A विधि
A उड़द को रात भर भिगोकर रखें और सुबह पकाएं।
A मक्खन में टमाटर प्यूरी भूनें और दाल डालें।
A एक घंटे तक धीमी आंच पर पकाएं।
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # entry and exit as subheadings of a travel rule (no paragraph names them): the sign-up table's "ورود" (log in)
    # and "خروج" (log out) alone on a line; a pair of bare table words between paragraphs is also a site's pair of
    # buttons ("Share" / "Listen"), which edge_sections.heading_in_series leaves to a series of three
    "fa_entry_exit": ["ورود", "خروج"],
    # a flight's cancellation as a subheading: comment-ui's "ביטול" (cancel) button, the paragraph under it speaking
    # of the airline's duties, not of the cancellation
    "he_flight_cancel": ["ביטול"],
    # a search party's subheading over a paragraph that says "kutat" (searches) in another word: site-chrome's
    # "Keresés" (search)
    "hu_search_heading": ["Keresés"],
    # a sign quoted as a paragraph of one word and a full stop: social-buttons' "Bagikan." (share) button
    "id_share_aid": ["Bagikan."],
    # a Thai interview of short lines with no question mark (Thai asks with a particle, "ไหม", "หรือ"): short lines
    # after the last paragraph are edge-furniture's; its last "ตกลง" (agreed) is a cookie banner's button
    "th_interview_short": ["เหนื่อยไหม", "ไม่เหนื่อย", "วิ่งทุกวันเลยหรือ", "ทุกวัน ฝนตกก็วิ่ง", "ตกลง"],
    # a procedure's step heading of two words: newsletter-prompt's "Đăng ký" (register); the paragraph under it
    # speaks of booking, not of registering
    "vi_procedure_steps": ["Đăng ký"],
}

RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

# (with each page's language given, where the project has tables for it: the same lines lost)
test_the_pages_with_their_language_forced = forced_language_test(
    {key: page for key, page in CASES.items() if key[:2] in SUPPORTED}, RESIDUE_LEFT, KNOWN_LOST
)


_gone = removals_of


def _texts(lines: list[str]) -> list[str]:
    return [text for _p, text in _gone(lines)]


# -- a Thai sentence naming both app stores ---------------------------------------------------------------------------

_TH_APP = [
    "ธนาคารกรุงไทยเปิดเผยว่าแอปพลิเคชันเป๋าตังมีผู้ใช้งานมากกว่า 40 ล้านคนแล้ว หลังเปิดให้บริการมาห้าปี",
    "ธนาคารระบุว่าจะเพิ่มบริการลงทุนในพันธบัตรภายในปีนี้ และจะเปิดให้ซื้อกองทุนผ่านแอปได้ด้วย",
]
_TH_STORES_SENTENCE = "ผู้ใช้สามารถดาวน์โหลดแอปได้ฟรีทั้งใน App Store และ Google Play"
_TH_BADGE = "ดาวน์โหลดแอปไทยรัฐได้ที่ App Store และ Google Play"


def test_a_thai_sentence_naming_both_stores_between_paragraphs_stays() -> None:
    assert _gone([_TH_APP[0], _TH_STORES_SENTENCE, _TH_APP[1]]) == []


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # the badge under the article, over it
        ([*_TH_APP, _TH_BADGE], [_TH_BADGE]),
        ([_TH_BADGE, *_TH_APP], [_TH_BADGE]),
        # beside another call between the paragraphs
        ([_TH_APP[0], _TH_BADGE, "ติดตามเราได้ที่ Facebook", _TH_APP[1]], [_TH_BADGE, "ติดตามเราได้ที่ Facebook"]),
        # the sentence's shape closing the page: no paragraph under it
        ([*_TH_APP, _TH_STORES_SENTENCE], [_TH_STORES_SENTENCE]),
    ],
    ids=["tail", "head", "beside-a-call", "closing"],
)
def test_a_thai_app_store_badge_still_goes(page: list[str], goes: list[str]) -> None:
    assert _texts(page) == goes


# -- a Thai recipe's quantities ----------------------------------------------------------------------------------------

_TH_SOUP = "ต้มยำกุ้งเป็นอาหารไทยที่ชาวต่างชาติรู้จักมากที่สุด และทำเองที่บ้านได้ไม่ยาก"


def test_a_thai_ingredient_list_closing_the_page_stays() -> None:
    assert _gone([_TH_SOUP, "ส่วนผสม", "กุ้งแม่น้ำ 4 ตัว", "ข่า ตะไคร้ ใบมะกรูด", "นมสด 1 ถ้วย", "น้ำพริกเผา 2 ช้อนโต๊ะ"]) == []


def test_a_thai_menu_and_teaser_box_after_the_article_still_go() -> None:
    menu = ["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "ติดต่อเรา"]
    assert _texts([_TH_SOUP, *menu]) == menu
    box = ["ข่าวล่าสุด", "นายกฯ ลงพื้นที่เชียงราย", "ราคาทองวันนี้ขึ้น 200 บาท", "หวยงวดนี้ออกอะไร", "ฝนตกหนักทั่วกรุง"]
    assert _texts([_TH_SOUP, *box]) == box


# -- a recipe in two parts, its ingredients in words -------------------------------------------------------------------

_VI_INTRO = [
    "Canh chua cá lóc là món ăn quen thuộc của người miền Tây, vị chua ngọt và thơm mùi rau om.",
    "Món canh này nấu nhanh, chỉ mất khoảng nửa giờ nếu chuẩn bị nguyên liệu từ trước.",
]
_VI_ITEMS = ["Cá lóc", "Me chua", "Cà chua", "Thơm", "Giá đỗ", "Rau om"]
_VI_STEPS = [
    "Cá làm sạch, cắt khúc và ướp với nước mắm.",
    "Nấu nước me, cho cà chua và thơm vào đun sôi.",
    "Thả cá vào, nêm nếm vừa ăn rồi cho giá và rau om.",
]
_HI_INTRO = [
    "दाल मखनी उत्तर भारत की सबसे लोकप्रिय दालों में से एक है। इसे धीमी आंच पर पकाया जाता है।",
    "इसे बनाने में समय लगता है, लेकिन स्वाद इसका इनाम है।",
]
_HI_ITEMS = ["साबुत उड़द", "मक्खन", "टमाटर प्यूरी", "नमक"]
_HI_STEPS = [
    "उड़द को रात भर भिगोकर रखें और सुबह पकाएं।",
    "मक्खन में टमाटर प्यूरी भूनें और दाल डालें।",
    "एक घंटे तक धीमी आंच पर पकाएं।",
]


@pytest.mark.parametrize(
    "page",
    [
        [*_VI_INTRO, "Nguyên liệu", *_VI_ITEMS, "Cách làm", *_VI_STEPS],
        # under a short paragraph after the last long one
        [*_HI_INTRO, "सामग्री", *_HI_ITEMS, "विधि", *_HI_STEPS],
    ],
    ids=["vi", "hi-under-a-short-paragraph"],
)
def test_a_recipe_whose_ingredients_are_words_stays(page: list[str]) -> None:
    assert _gone(page) == []


@pytest.mark.parametrize(
    ("intro", "items", "heading", "steps"),
    [
        (_VI_INTRO, ["Tin liên quan", *_VI_ITEMS], "Thời tiết", _VI_STEPS),
        (_HI_INTRO, ["ताज़ा ख़बरें", *_HI_ITEMS], "मौसम", _HI_STEPS),
    ],
    ids=["vi", "hi"],
)
def test_a_teaser_box_over_a_weather_box_under_the_article_still_goes(
    intro: list[str], items: list[str], heading: str, steps: list[str]
) -> None:
    gone = _texts([*intro, *items, heading, *steps])
    assert [*items[1:], heading] == [text for text in gone if text != items[0]]


# -- a table's one word as the subheading of its paragraph -------------------------------------------------------------

_SUBHEADED = {
    "hu": ("Egyre több magyar szerkesztőség indít fizetős terméket az olvasóinak, és ez jól működik.",
           "Hírlevél",
           "A 444 hírlevelére már 60 ezren iratkoztak fel, a Telex pedig tematikus leveleket indított."),
    "fa": ("ایران از ابتدای سال ۲۰۲۴ رسماً عضو گروه بریکس شد و در نشست سران شرکت کرد.",
           "عضویت",
           "عضویت در این گروه به ایران امکان دسترسی به بانک توسعه بریکس را می‌دهد."),
    "id": ("Mulai bulan depan, pengunjung yang naik ke struktur Candi Borobudur dibatasi 1.200 orang per hari.",
           "Masuk",
           "Pengunjung wajib memakai sandal khusus yang dibagikan di pintu masuk dan didampingi pemandu."),
    "th": ("กระทรวงการคลังเปิดให้ผู้มีรายได้น้อยลงทะเบียนบัตรสวัสดิการแห่งรัฐรอบใหม่ตั้งแต่วันที่ 1 กันยายน ถึง 30 พฤศจิกายน",
           "ลงทะเบียน",
           "ผู้ลงทะเบียนต้องมีอายุ 18 ปีขึ้นไป และมีรายได้ไม่เกิน 100,000 บาทต่อปี"),
    # the paragraph above speaks of it
    "fi": ("Suomalaiset toimittajat perustavat yhä useammin omia maksullisia uutiskirjeitä.",
           "Uutiskirje",
           "Tampereella toimiva entinen toimittaja lähettää 4 000 tilaajalle viikoittaisen kirjeen kaupungin päätöksistä."),
}


@pytest.mark.parametrize("lang", sorted(_SUBHEADED))
def test_a_tables_word_as_the_subheading_of_its_paragraph_stays(lang: str) -> None:
    assert _gone(list(_SUBHEADED[lang])) == []


_HU = [
    "Egyre több magyar szerkesztőség indít fizetős terméket az olvasóinak, és ez jól működik.",
    "A szerkesztők szerint az olvasók a válogatást értékelik, és hajlandók fizetni is érte.",
]
_EN = [
    "The council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
    "Engineers found cracks in two of the piers during a routine inspection in March, the council said.",
]


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # between paragraphs that do not name it
        ([_HU[0], "Hírlevél", _HU[1]], ["Hírlevél"]),
        ([_HU[0], "Keresés", _HU[1]], ["Keresés"]),
        ([_EN[0], "Newsletter", _EN[1]], ["Newsletter"]),
        ([_EN[0], "Search", _EN[1]], ["Search"]),
        # a word whose first letters another word of the paragraph opens with, or holds
        ([_EN[0], "Resize", "Several residents said they were relieved that a decision had finally been taken."], ["Resize"]),
        ([_EN[0], "Search", "The university's research on the bridge's piers was published in March."], ["Search"]),
        # over its box's pitch, which names it
        ([_HU[0], "Hírlevél", "Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb híreket.", _HU[1]],
         ["Hírlevél", "Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb híreket."]),
        # a label naming its newsletter, over a pitch that speaks of its name
        ([_EN[0], "Pick Six Newsletter", "Get the day's big stories plus mock drafts, picks and power rankings in your inbox."],
         ["Pick Six Newsletter"]),
        # closing the page
        ([_HU[0], "Az olvasók hírlevelet kapnak minden reggel, ingyen, és ez jól működik a szerkesztők szerint.", "Hírlevél"],
         ["Hírlevél"]),
    ],
    ids=["hu-unnamed", "hu-search", "en-unnamed", "en-search", "en-stem", "en-inside", "over-pitch", "named-label", "closing"],
)
def test_a_label_between_paragraphs_that_do_not_make_it_theirs_still_goes(page: list[str], goes: list[str]) -> None:
    assert [text for text in _texts(page) if text in goes] == goes


if __name__ == "__main__":
    report(CASES)
