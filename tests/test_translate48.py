# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""translate48: a probe of multilingual sites and translated articles scraped as text (half as an extractor leaves them,
half as all the visible text of the page), in en, de, fr, es and pl, sv, da, cs, tr, ro, ru, uk, el (16 of the 28
pages in those nine): language switchers ("English | Deutsch | Français | Español", "DE | EN | FR | TR", "УКР | ENG |
РУС", "Select Language", "Powered by Google Translate", "Translate this page"), machine-translation notices ("Dieser
Artikel wurde maschinell übersetzt.", "Tekst przetłumaczony automatycznie z języka angielskiego.", "Статья переведена с
английского автоматически."), links to the other edition ("Read in English", "Czytaj po angielsku", "Läs på engelsk",
"Читати англійською", "Διαβάστε στα αγγλικά"), translator credits, an EU press release's "Available languages: BG CS
DA …", a Quebec town's notice with its English summary, a Kraków notice with a Ukrainian line.

- the article (``A``): articles about translation that quote "Translate this page" and "Powered by Google Translate"
  in sentences, sentences naming languages in a list, the languages as short rows under a label ("Besonders gefragt
  sind derzeit:" / "Arabisch", "En çok talep gören diller:" / "İngilizce"), one-line quotes in another language
  ("„Wir schaffen das.“", "« Please insert coins. »", "«Vinteren er koselig.»", "«Hyvää huomenta!»"), bilingual signs
  as rows ("Karlův most / Charles Bridge / Karlsbrücke / 查理大桥"), a campaign's title set apart ("Czytaj po angielsku"
  between two paragraphs, one quoting it), a subheading that is a language's own name ("Kalaallisut");
- the residue (``R``): switchers, MT notices, links to the other edition, lone "English" on a Turkish or Polish page,
  translator credits ("Übersetzung: DeepL / Redaktion", "Traduit de l'anglais par Claire Bernard", "Переклад
  англійською: Олена Мельник"), "Cet article est une traduction de The Guardian.", menus, share rows, footers;
- ``T``: headlines, deks, a translated short story's credit lines ("translated from the Polish by …", "Translated by
  Antonia Lloyd-Jones": a literary translator's credit is part of the work's title page), a bilingual page's summary in
  its second language ("Summary in English" and its lines, "Коротко українською: …").

- round 1, blind (written before reading the passes): 22 pages (10 extracts, 12 full pages), 168 ``A`` lines, 311
  ``R``, 30 ``T``, 13 languages. Measured on base 2366b8b6: lost 0, left 16: MT notices in da, cs, tr, el, pl, ru
  (the de and es ones went already: mixedlang46's tables), links in da "Læs på engelsk", pl "Czytaj po angielsku", ru
  "Читать на английском", a lone "English" on a tr page, uk "Переклад англійською: …" (the label with the language
  between), fr "Cet article est une traduction de The Guardian.", en "This article is also available in: Deutsch |
  Français | Español" (the names in their own languages, after a colon, between bars), en "Available languages: BG CS
  DA …", and a literary magazine's two contributor notes.
- after: lost 0, left 2 (the contributor notes: ``RESIDUE_LEFT``).
- round 2, aimed at the changes: 6 pages (3 extracts, 3 full), 52 ``A``, 57 ``R``, 6 ``T``, in da, tr, pl, en, ru, uk:
  the notices, credits and switchers at the tail, a language's own name as an article's subheading, language names as
  rows, sentences opening on a link's words ("Читать на английском смогут теперь и туристы …", "Английская версия сайта
  мэрии заработает в сентябре."), a bilingual street sign as a row, a campaign's quoted title set apart. On base
  2366b8b6: lost 0, left 6 (da's notice "oversat automatisk", en "also available in: Français", pl's notice, ru's
  notice "с помощью нейросети", uk's link in the head and "Переклад з англійської: …"). With the tables alone: lost 1
  (pl "Czytaj po angielsku", the campaign's title between the paragraph quoting it and the next), left 0; after the
  guard below: lost 0, left 0.

The changes:

- tables, each in a ``# translate48:`` block at its list's end: ``credits.syndication`` a machine-translation notice
  alone on its line, in pl, sv, da, cs, tr, ro, ru, uk, el ("Denna artikel har maskinöversatts från engelska.", "Bu
  haber yapay zekâ ile İngilizceye çevrilmiştir.", "Το άρθρο μεταφράστηκε αυτόματα από τα αγγλικά."); a translator's
  credit whose label names the language, pl "Tłumaczenie z języka angielskiego: …", ru "Перевод с английского: …", uk
  "Переклад англійською: …" (capitalised name, no comma); fr "Cet article est une traduction de <Name>." (capitalised
  name, nothing after it). ``widgets.chrome`` in the same nine languages: a link to the page in another language ("Läs
  på engelska", "Přečtěte si článek v angličtině", "Citește în engleză", "Английская версия") and another language's
  own name alone ("English", "Deutsch", "Русский" on a uk page; never the page's own language's name, nor a small
  language an article may head a section with: "Kalaallisut" was taken out after round 1's tables). Family
  ``widgets.chrome`` (read for every language): a switcher's row, two or more languages' own names between bars,
  slashes or dots; two or more codes in capitals between bars or dots (a slash between two codes is a department's "IT
  / HR" too); "(also) available in:" with the languages' own names; "Available languages:" over two-letter codes in
  capitals. Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).
- ``cleaner/passes/edge_translate.py`` (compiled, ``setup.py``): ``quoted_by_its_paragraph`` (site-chrome's guard): a
  chrome line of eight words at most between two paragraphs of the article (prose, no pass's, no list item), whose
  whole text one of the two holds between quotation marks, is the article's title set apart ("… program „Czytaj po
  angielsku”, w którym …" / "Czytaj po angielsku" / "Tak brzmi hasło kampanii …"). Only lines a chrome pattern took
  are read, and a paragraph is searched only when it holds a quotation mark.

No retag after the blind round.

``python tests/test_translate48.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    article_sentences,
    assert_gate_admits,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== an English tech site's feature about machine translation, extract: it quotes "Translate this page" and
    # "Powered by Google Translate" in its sentences, names languages in a list, and a one-line German quote
    "en_mt_feature_extract": """\
T The browser button that changed how we read the foreign web
T A decade after "Translate this page" became a default, translators say the work has changed more than it has shrunk
R By Helen Marsh
R 14 March 2024, 09:12 GMT
A When Google added a "Translate this page" link to its search results, most people in the office thought it was a toy.
A Ten years later the same button sits in every major browser, and millions of people click it without thinking twice.
A The most requested languages, according to figures the company shared with us, are:
A English
A Spanish
A Portuguese
A Indonesian
A "Powered by Google Translate" is now printed at the bottom of countless small-business websites, often above a widget that no one on the staff has ever tested.
A Anna Lindqvist, a Swedish translator based in Malmö, keeps a framed screenshot of one such widget on her desk. It renders a hotel's "no pets allowed" as "pets are not allowed to leave".
A "Wir schaffen das."
A Angela Merkel's three words from 2015 are a favourite teaching example, she says, because every engine renders them correctly and every human knows the translation misses the point.
A The European Parliament still employs more than 600 staff translators, working between English, French, German, Polish, Greek and its 19 other official languages.
A Read in English, leer en español: the small bilingual links at the top of news sites are, Lindqvist argues, a better promise than any automatic button.
R This article is also available in: Deutsch | Français | Español
R Share this article
R Twitter
R LinkedIn
R Email
R More from Features
R The last typesetters of Fleet Street
R Why your phone's keyboard keeps changing your spelling
""",
    # ===== an English news site of a European institution, full page: language switcher at the head, "Select
    # Language", a press release whose "Available languages" row lists twenty codes, footer
    "en_eu_press_release_full": """\
R Skip to main content
R EN
R DE
R FR
R ES
R PL
R Select Language
R Home
R Press corner
R Policies
R Funding
R About us
R Search
T Commission proposes new rules to make cross-border parcel delivery cheaper
R Press release | 12 June 2024 | Brussels
R Available languages: BG CS DA DE EL EN ES ET FI FR GA HR HU IT LT LV MT NL PL PT RO SK SL SV
A The European Commission today proposed new rules to make parcel delivery between Member States cheaper and more transparent for consumers and small businesses.
A Sending a small parcel from one EU country to another can cost up to five times as much as sending it within a single country.
A Under the proposal, delivery companies will have to publish their cross-border tariffs on a single EU website.
A National regulators will gain powers to assess prices that appear unreasonably high.
A Next steps:
A The proposal will now be discussed by the European Parliament and the Council.
A Background
A In 2023, 4.2 billion parcels were sent across EU borders, a third of them ordered online.
A For more information: consult the Questions and Answers on the proposal, available in all 24 official languages.
R Print friendly pdf
R Related documents
R Questions and answers
R Factsheet
R Contacts for media
R Sonya Gospodinova
R Phone: +32 2 29 66953
R Mail: sonya.gospodinova@ec.europa.eu
R Share this page
R Languages on our websites
R Cookies
R Privacy policy
R Legal notice
R Accessibility
""",
    # ===== an English small-business blog, full page: a Google Translate widget at the head and its "Powered by",
    # cookie banner, sidebar, footer
    "en_guesthouse_blog_full": """\
R Select Language
R Powered by Google Translate
R Home
R Rooms
R Breakfast
R Blog
R Book now
R We use cookies to improve your experience. By continuing you accept our cookie policy.
R Accept
T Our favourite walks from the guesthouse this spring
R Posted on 2 April 2024 by Moira
A Spring has finally arrived in the Lakes, and with it our guests' favourite question at breakfast: where should we walk today?
A Here are three routes we recommend, all starting from our front door.
A 1. Loughrigg Fell
A About 3 hours, moderate. The view over Grasmere from the top is worth every step.
A 2. Rydal Water and the caves
A About 2 hours, easy. Bring a torch for the cave and wellies if it has rained.
A 3. Fairfield Horseshoe
A A full day, strenuous. Only in good weather, and tell us your route before you set off.
A Many of our guests come from Germany and the Netherlands, so we now keep printed maps in English, German and Dutch at reception.
A Please ask us for a packed lunch the evening before.
R Leave a comment
R Recent posts
R Christmas opening hours
R A new breakfast menu
R Categories
R Walks
R News
R Translate this page
R © 2024 Fellside Guesthouse, Ambleside
""",
    # ===== an English literary magazine, extract: a translated short story's opening, its translator credit
    "en_translated_fiction_extract": """\
T The Night Ferry
T A short story by Olga Tokarczuk, translated from the Polish by Antonia Lloyd-Jones
A The ferry left Gdynia at ten, and by eleven the bar had emptied of everyone except the two of us.
A He was drinking tea with lemon, which seemed to me a kind of provocation on a night crossing.
A "Dobranoc," he said to the barman, and then, in careful English, "Good night."
A I asked him which language he dreamed in.
A "Depends on the sea," he said.
A Outside, the lights of the coast had gone, and the only thing to look at was our own reflection in the window.
A I did not sleep. In the morning the ferry reached Karlskrona, and I never saw him again.
T Translated by Antonia Lloyd-Jones
R Olga Tokarczuk won the Nobel Prize in Literature in 2018. Her novels include Flights and Drive Your Plow Over the Bones of the Dead.
R Antonia Lloyd-Jones has translated more than forty books from Polish.
R Read next
R Five Polish novels to read this winter
R Subscribe to our print edition
""",
    # ===== a German news site, extract: an article machine-translated from English, its notice, "Read in English"
    "de_maschinell_extract": """\
T Warum Island keine Mücken hat
R Dieser Artikel wurde maschinell aus dem Englischen übersetzt.
R Read in English
A Island ist eines der wenigen Länder der Welt, in denen es keine Mücken gibt.
A Forscher rätseln seit Jahrzehnten darüber, warum die Insel frei von den Insekten geblieben ist, obwohl sie in Grönland und Norwegen vorkommen.
A Eine Theorie: Das Wetter wechselt zu oft zwischen Frost und Tauwetter.
A Mücken brauchen stehende Gewässer, die lange genug ungefroren bleiben, damit sich die Larven entwickeln können.
A Im Jahr 2021 wurde im Naturkundemuseum in Reykjavík allerdings ein einzelnes Exemplar entdeckt.
A „Es war vermutlich ein blinder Passagier aus einem Flugzeug“, sagte der Biologe Gísli Már Gíslason.
A Die Isländer selbst nehmen es mit Humor: Auf Souvenirs steht „No mosquitoes – only midges“.
R Übersetzung: DeepL / Redaktion
R Originalartikel: Why Iceland has no mosquitoes
R Teilen
R Facebook
R X
R E-Mail
R Mehr zum Thema
R Vulkanausbruch auf Reykjanes: Grindavík erneut evakuiert
R Kommentare (12)
""",
    # ===== a German news site, full page: the language switcher at the head ("DE | EN | FR | TR"), an article about
    # interpreters at a court, a list of the languages as short rows, footer
    "de_dolmetscher_full": """\
R Zum Inhalt springen
R DE | EN | FR | TR
R Leichte Sprache
R Gebärdensprache
R Startseite
R Politik
R Wirtschaft
R Kultur
R Panorama
R Suche
T Gerichte suchen händeringend Dolmetscher
T Verfahren platzen, weil niemand Tigrinya oder Paschtu übersetzen kann
R Von Katrin Vogel
R Stand: 08.05.2024 14:31 Uhr
A Am Landgericht Essen musste im April ein Prozess vertagt werden, weil kein Dolmetscher für Tigrinya zur Verfügung stand.
A Solche Fälle häufen sich, sagt die Präsidentin des Bundesverbands der Dolmetscher und Übersetzer.
A Besonders gefragt sind derzeit:
A Arabisch
A Dari und Paschtu
A Tigrinya
A Ukrainisch und Russisch
A Das Honorar von 85 Euro pro Stunde sei für viele Freiberufler zu niedrig, sagt der Verband.
A „Ohne Übersetzung kein faires Verfahren“, steht auf den Plakaten, mit denen der Verband vor dem Landtag demonstrierte.
A Das Justizministerium kündigte an, die Vergütung im Herbst zu überprüfen.
R Mehr zum Thema
R Landgericht Essen: Prozess gegen Clan-Mitglieder vertagt
R Dieser Artikel ist auch auf Englisch verfügbar
R Seite teilen
R Impressum
R Datenschutz
R Barrierefreiheit
R Kontakt
R © WDR 2024
""",
    # ===== a French news site, extract: a piece translated from English, "Traduit de l'anglais par", "Lire en
    # anglais", a one-line English quote
    "fr_traduit_extract": """\
T Au Japon, les distributeurs automatiques se mettent à parler anglais
R Cet article est une traduction de The Guardian.
R Lire la version originale en anglais
A À Tokyo, un nombre croissant de distributeurs automatiques affichent désormais leurs menus en anglais, en chinois et en coréen.
A Le changement vise les touristes, dont le nombre a dépassé les 25 millions l'an dernier.
A « Please insert coins. »
A La phrase, prononcée par une voix synthétique, résonne désormais dans les gares de la capitale.
A Certains habitants s'en agacent : selon un sondage, 38 % des Tokyoïtes jugent que les villes perdent leur caractère.
A Les fabricants, eux, y voient un marché : un écran multilingue coûte environ 40 000 yens de plus qu'un modèle classique.
A Le gouvernement prévoit d'équiper toutes les gares de panneaux en quatre langues d'ici 2026.
R Traduit de l'anglais par Claire Bernard
R Partager sur Facebook
R Partager sur X
R Lire aussi
R Le Japon rouvre ses frontières aux touristes
R Newsletter
R Recevez chaque matin l'essentiel de l'actualité internationale.
""",
    # ===== a Canadian (Quebec) municipal site, full page: bilingual, a French notice with a summary in English after
    # it, "English" switch and footer
    "fr_avis_bilingue_full": """\
R Aller au contenu principal
R English
R Accueil
R Services aux citoyens
R Loisirs et culture
R Environnement
R Nous joindre
T Avis d'ébullition préventif – secteur Nord
R Publié le 17 juillet 2024
A Un avis d'ébullition préventif est émis pour les résidences du secteur Nord, à la suite d'un bris d'aqueduc sur la rue Principale.
A Les citoyens concernés doivent faire bouillir l'eau au moins une minute avant de la boire.
A Rues touchées :
A - rue Principale, du 200 au 450
A - rue des Érables
A - montée Sainte-Marie
A L'eau peut être utilisée sans ébullition pour la douche et la lessive.
A L'avis restera en vigueur jusqu'à ce que les analyses confirment que l'eau est potable, soit au moins 48 heures.
T Summary in English
T A precautionary boil-water advisory is in effect for the North sector following a water main break on Principale Street.
T Boil water for at least one minute before drinking.
R Partager
R Imprimer
R Cette page vous a-t-elle été utile ?
R Oui
R Non
R Plan du site
R Accessibilité
R © Ville de Sainte-Marie-des-Monts
""",
    # ===== a Spanish news site, extract: machine-translated notice, "Leer en inglés", translation credit
    "es_traducido_extract": """\
T La ciudad noruega donde el sol no sale durante dos meses
R Este artículo ha sido traducido automáticamente del inglés.
R Read in English
A En Tromsø, al norte del círculo polar ártico, el sol no asoma por encima del horizonte entre finales de noviembre y mediados de enero.
A Los vecinos llaman a esta época «mørketid», el tiempo oscuro.
A Lejos de deprimirse, muchos dicen disfrutarla: es la temporada de las auroras boreales y de las velas en todas las ventanas.
A Un estudio de la Universidad de Tromsø concluyó que los habitantes con una actitud positiva hacia el invierno dormían mejor.
A «Vinteren er koselig.»
A El invierno es acogedor, repiten en la ciudad, y lo escriben hasta en las tazas de los cafés.
A El primer rayo de sol, a mediados de enero, se celebra con un día festivo local: el Soldagen.
R Traducción: Laura Gómez
R Compartir en Facebook
R Compartir en X
R Enviar por correo
R Te puede interesar
R Las mejores rutas para ver la aurora boreal
""",
    # ===== a Spanish (Catalan region) regional site, full page: "Español | English | Català" switcher, menu, a
    # story about the co-official languages, cookie banner at the tail, footer
    "es_lenguas_full": """\
R Español | English | Català
R Inicio
R Actualidad
R Cultura
R Deportes
R Opinión
R Hemeroteca
T El Parlament aprueba usar catalán, español, inglés y aranés en sus webs
R Redacción
R 20/05/2024 - 13:45h
A El Parlament de Cataluña aprobó este lunes que todas sus páginas web estén disponibles en catalán, español, inglés y aranés.
A La medida, que entrará en vigor en enero, costará 240.000 euros al año en traducción.
A Hasta ahora solo la portada y la agenda de los plenos podían leerse en inglés.
A El texto aprobado dice:
A «Totes les pàgines del Parlament seran accessibles en les llengües oficials i en anglès.»
A El grupo que presentó la propuesta recordó que el aranés es oficial en Cataluña desde 2006.
A La oposición criticó el gasto y pidió usar la traducción automática, que según el Parlament «no garantiza la precisión jurídica».
R Comparte esta noticia
R Comentarios
R Lo más leído
R Aviso legal
R Política de cookies
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Configurar
""",
    # ===== a Polish news site, extract: machine translation notice, "Czytaj po angielsku", translator credit
    "pl_tlumaczenie_extract": """\
T Polscy tłumacze przysięgli protestują przeciwko nowym stawkom
R Tekst przetłumaczony automatycznie z języka angielskiego.
R Czytaj po angielsku
A Tłumacze przysięgli z całej Polski protestowali w środę przed Ministerstwem Sprawiedliwości w Warszawie.
A Domagają się podwyżki stawek za tłumaczenia dla sądów i prokuratur, które nie zmieniły się od 2019 roku.
A Za stronę tłumaczenia z angielskiego na polski sąd płaci obecnie 38 złotych brutto.
A „Nie jesteśmy maszynami”, głosił jeden z transparentów.
A Ministerstwo zapowiedziało, że nowe rozporządzenie zostanie przygotowane do końca roku.
A Najwięcej tłumaczy przysięgłych pracuje z językami: angielskim, niemieckim, rosyjskim i ukraińskim.
R Tłumaczenie: Anna Kowalska
R Udostępnij
R Facebook
R Twitter
R Skomentuj
R Czytaj także
R Sądy szukają tłumaczy języka ukraińskiego
""",
    # ===== a Polish city portal, full page: "PL | EN | UA" switcher, menu, a notice with its Ukrainian summary
    "pl_komunikat_full": """\
R PL | EN | UA
R Wersja kontrastowa
R Strona główna
R Aktualności
R Mieszkańcy
R Biznes
R Turystyka
R Kontakt
T Nowy punkt obsługi mieszkańców na Nowej Hucie
R Opublikowano: 04.03.2024
A Od poniedziałku 11 marca mieszkańcy Nowej Huty mogą załatwić sprawy urzędowe w nowym punkcie obsługi na osiedlu Centrum C.
A W punkcie można złożyć wniosek o dowód osobisty, zarejestrować samochód i uzyskać Kartę Krakowską.
A Godziny otwarcia:
A poniedziałek–piątek: 8.00–18.00
A sobota: 9.00–13.00
A Obsługa jest prowadzona w języku polskim, angielskim i ukraińskim.
A Na wizytę można się umówić przez internet lub telefonicznie pod numerem 12 616 12 00.
T Коротко українською: з 11 березня у Новій Гуті працює новий пункт обслуговування мешканців.
R Udostępnij
R Drukuj
R Deklaracja dostępności
R Polityka prywatności
R Mapa strony
R © Urząd Miasta Krakowa
""",
    # ===== a Swedish news site, full page: "Läs på engelska", "Denna artikel har maskinöversatts", menu, footer
    "sv_maskinoversatt_full": """\
R Hoppa till innehåll
R Svenska
R English
R Nyheter
R Sport
R Kultur
R Ekonomi
R Lokalt
T Stockholm inför avgift för elsparkcyklar i innerstaden
R Publicerad 14 maj 2024 kl. 07.30
R Read this article in English
A Stockholms stad inför från den 1 juni en avgift på 1 000 kronor per elsparkcykel och år för de bolag som hyr ut cyklarna.
A Syftet är att minska antalet felparkerade cyklar på trottoarerna i innerstaden.
A Antalet tillstånd minskas samtidigt från 23 000 till 12 000.
A ”Det här handlar om framkomlighet för alla”, säger trafikborgarrådet Lars Strömgren.
A Bolagen kritiserar beslutet och menar att avgiften kommer att leda till högre priser för användarna.
A Turister kan i dag hyra cyklarna via appar på svenska, engelska, tyska och franska.
R Dela
R Kopiera länk
R Läs också
R Göteborg förbjuder elsparkcyklar nattetid
R Om oss
R Kontakta redaktionen
R Cookieinställningar
R © Stockholms Nyheter
""",
    # ===== a Danish news site, extract: "Denne artikel er oversat", "Læs på engelsk", a translator's credit
    "da_oversat_extract": """\
T Færøerne vil oversætte Google Maps til færøsk – med får
R Denne artikel er maskinoversat fra engelsk.
R Læs på engelsk
A Da Google ikke ville kortlægge Færøerne med Street View, tog turistchefen Durita Andreassen sagen i egen hånd.
A Hun spændte kameraer på ryggen af fem får og sendte dem ud på øernes fjelde.
A Projektet fik navnet "Sheep View" og gik verden rundt.
A Nu vil øerne have Google Translate til at tale færøsk.
A Et hold frivillige oversætter ord og sætninger, som de uploader til en egen tjeneste.
A "Góðan dag" er den mest oversatte sætning indtil videre.
A Færøsk tales af omkring 70.000 mennesker, og sproget er ikke en del af de 133 sprog, Google Translate understøtter.
R Oversat af Mette Holm
R Del artiklen
R Kommentarer
R Læs også
R Færøerne lukker for turister i en weekend
""",
    # ===== a Czech news site, full page: "CZ | EN | DE", "Strojový překlad", menu, footer
    "cs_preklad_full": """\
R Přeskočit na obsah
R CZ | EN | DE
R Zprávy
R Domácí
R Zahraniční
R Ekonomika
R Kultura
R Sport
T Praha chce mít turistické cedule ve čtyřech jazycích
R 13. 6. 2024 10:15
A Pražský magistrát chce do konce příštího roku vyměnit všechny turistické cedule v centru města.
A Nové cedule budou v češtině, angličtině, němčině a čínštině.
A Podle radního pro cestovní ruch Jiřího Pospíšila stojí výměna zhruba 12 milionů korun.
A „Praha je evropská metropole a měla by tak i vypadat,“ řekl radní.
A Na ceduli u Karlova mostu bude například nápis:
A Karlův most / Charles Bridge / Karlsbrücke / 查理大桥
A Opozice kritizuje, že na cedulích chybí ukrajinština, kterou mluví desítky tisíc obyvatel Prahy.
R Tento článek byl strojově přeložen do angličtiny.
R Sdílet
R Diskuse (24)
R Další zprávy
R Turisté v Praze utratili rekordních 30 miliard
R O nás
R Reklama
R Ochrana osobních údajů
R Nastavení cookies
""",
    # ===== a Turkish news site, extract: "Bu makale otomatik olarak çevrilmiştir", "English" link, translator
    "tr_ceviri_extract": """\
T İstanbul'da turistler için yapay zekâ destekli tercüman dönemi
R Bu haber yapay zekâ ile İngilizceye çevrilmiştir.
R English
A İstanbul Büyükşehir Belediyesi, Sultanahmet ve Taksim'deki turizm danışma noktalarına yapay zekâ destekli tercüme cihazları yerleştirdi.
A Cihazlar 40 dilde anlık çeviri yapabiliyor.
A Belediye yetkilileri, en çok talep edilen dillerin Rusça, Arapça, Almanca ve İngilizce olduğunu söyledi.
A Turizm rehberleri ise uygulamaya tepkili.
A "Makine tercümesi rehberin yerini tutmaz" diyen Rehberler Odası Başkanı Ayşe Demir, meslektaşlarının iş kaybından endişe ettiğini belirtti.
A Uygulamanın ilk üç ayında cihazlar 180 bin kez kullanıldı.
R Çeviri: Mehmet Yılmaz
R Paylaş
R Facebook
R Twitter
R WhatsApp
R İlgili Haberler
R İstanbul'a gelen turist sayısı rekor kırdı
R Yorumlar
""",
    # ===== a Romanian news site, full page: "RO | EN | HU" switcher, menu, "Citește în engleză", footer
    "ro_traducere_full": """\
R RO | EN | HU
R Acasă
R Actualitate
R Politică
R Economie
R Externe
R Sport
R Cultură
T Cluj-Napoca va avea indicatoare stradale în trei limbi
R Publicat: 22.04.2024, 11:05
R Citește în engleză
A Primăria Cluj-Napoca a anunțat că toate indicatoarele din centrul istoric vor fi înlocuite până la sfârșitul anului.
A Noile indicatoare vor fi scrise în română, maghiară și engleză.
A Consiliul local a aprobat proiectul cu 22 de voturi pentru și trei abțineri.
A Primarul Emil Boc a declarat că orașul „trebuie să fie primitor pentru toți locuitorii și vizitatorii”.
A În Cluj-Napoca trăiesc aproximativ 50.000 de etnici maghiari, potrivit ultimului recensământ.
A Exemplu de indicator:
A Strada Memorandumului / Memorandum utca / Memorandum Street
A Costul total al proiectului este estimat la 1,8 milioane de lei.
R Distribuie
R Comentarii
R Citește și
R Cluj, cel mai scump oraș pentru chirii din România
R Termeni și condiții
R Politica de confidențialitate
R Abonează-te la newsletter
R © 2024 Ziarul Clujean
""",
    # ===== a Russian news site, extract: "Перевод с английского", "Читать на английском", translator credit
    "ru_perevod_extract": """\
T Почему финский считается одним из самых сложных языков
R Статья переведена с английского автоматически.
R Читать на английском
A В финском языке 15 падежей, и именно это чаще всего пугает иностранцев, которые начинают его учить.
A При этом в языке нет ни рода, ни артиклей, а слова читаются так же, как пишутся.
A Самое длинное слово в финском словаре состоит из 61 буквы.
A «Hyvää huomenta!»
A Это приветствие, «доброе утро», первым делом выучивает каждый, кто переезжает в Финляндию.
A Государственная служба занятости оплачивает бесплатные курсы финского для всех новых жителей страны.
A По данным статистического управления, в Финляндии говорят на финском, шведском, русском, эстонском и арабском языках.
R Перевод: Ирина Смирнова
R Поделиться
R ВКонтакте
R Telegram
R Читайте также
R Как выучить язык за три месяца: советы полиглотов
R Комментарии (7)
""",
    # ===== a Ukrainian news site, full page: "УКР | ENG | РУС" switcher, menu, "Читати англійською", footer
    "uk_pereklad_full": """\
R УКР | ENG | РУС
R Головна
R Новини
R Політика
R Економіка
R Культура
R Спорт
T Українські перекладачі отримали грант на переклад сучасної поезії
R 12 травня 2024, 15:20
R Читати англійською
A Український інститут книги оголосив переможців програми підтримки перекладів української літератури іноземними мовами.
A Цього року грант отримали 42 перекладачі з 19 країн.
A Найбільше заявок надійшло на переклади англійською, німецькою, польською та французькою мовами.
A Серед відзначених книг — збірка поезій Сергія Жадана «Скрипторій».
A «Переклад — це найкраща дипломатія», — сказала директорка інституту Олександра Коваль.
A Загальний бюджет програми становить 25 мільйонів гривень.
A Переклади мають вийти друком до кінця 2025 року.
R Переклад англійською: Олена Мельник
R Поділитися
R Facebook
R Telegram
R Читайте також
R Книжковий Арсенал оголосив програму фестивалю
R Про нас
R Реклама
R Політика конфіденційності
R © 2024 Усі права захищено
""",
    # ===== a Greek news site, extract: "Μετάφραση", "Read in English", an auto-translation notice
    "el_metafrasi_extract": """\
T Η Κρήτη ζητά περισσότερους διερμηνείς για τα νοσοκομεία της
R Το άρθρο μεταφράστηκε αυτόματα από τα αγγλικά.
R Read in English
A Τα νοσοκομεία της Κρήτης δεν έχουν αρκετούς διερμηνείς για να εξυπηρετήσουν τους τουρίστες το καλοκαίρι.
A Κάθε χρόνο το νησί υποδέχεται περισσότερους από πέντε εκατομμύρια επισκέπτες.
A Οι γιατροί λένε ότι συχνά χρησιμοποιούν εφαρμογές μετάφρασης στα κινητά τους για να μιλήσουν με τους ασθενείς.
A Οι γλώσσες με τη μεγαλύτερη ζήτηση είναι τα γερμανικά, τα αγγλικά, τα γαλλικά και τα πολωνικά.
A Η Περιφέρεια ανακοίνωσε ότι θα προσλάβει 30 διερμηνείς για την περίοδο Ιουνίου–Σεπτεμβρίου.
A «Δεν μπορούμε να κάνουμε διάγνωση με το Google Translate», είπε ένας γιατρός του Βενιζέλειου Νοσοκομείου.
R Μετάφραση: Μαρία Παπαδοπούλου
R Κοινοποίηση
R Facebook
R Twitter
R Διαβάστε επίσης
R Ρεκόρ αφίξεων τουριστών στο Ηράκλειο
R Σχόλια
""",
    # ===== a Greek news site, full page: "ΕΛ | EN" switcher, menu, cookie banner, footer
    "el_glosses_full": """\
R ΕΛ | EN
R Αρχική
R Ειδήσεις
R Πολιτική
R Οικονομία
R Κόσμος
R Αθλητισμός
R Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.
R Αποδοχή
T Τα αγγλικά γίνονται υποχρεωτικά από το νηπιαγωγείο
R 05.09.2024 | 08:40
A Από τη φετινή σχολική χρονιά τα αγγλικά διδάσκονται σε όλα τα νηπιαγωγεία της χώρας, δύο ώρες την εβδομάδα.
A Το υπουργείο Παιδείας λέει ότι το πρόγραμμα βασίζεται στο παιχνίδι και στο τραγούδι.
A Οι εκπαιδευτικοί έχουν ήδη περάσει από ειδική επιμόρφωση.
A Τα πρώτα μαθήματα περιλαμβάνουν:
A χρώματα
A αριθμούς
A ζώα
A Οι γονείς εμφανίζονται ικανοποιημένοι, αν και ορισμένοι ζητούν να διδάσκονται και άλλες γλώσσες, όπως τα γαλλικά ή τα γερμανικά.
A Στα σχολεία της Θράκης διδάσκονται ήδη και τα τουρκικά.
R Κοινοποιήστε
R Σχετικά άρθρα
R Πανελλήνιες 2025: τι αλλάζει
R Όροι χρήσης
R Πολιτική απορρήτου
R Επικοινωνία
R © 2024 Όλα τα δικαιώματα διατηρούνται
""",
    # ===== a Russian portal, full page: a "Выберите язык" switcher and "Translate" widget at the head, footer
    "ru_gorod_full": """\
R Выберите язык
R Русский
R English
R Deutsch
R Главная
R Новости
R Афиша
R Транспорт
R Контакты
T В метро Санкт-Петербурга появятся объявления на английском и китайском
R 18 апреля 2024, 10:00
A С 1 июня объявления о станциях в петербургском метро будут звучать на русском, английском и китайском языках.
A Как сообщили в пресс-службе метрополитена, это связано с ростом числа туристов из Китая.
A Сейчас объявления на английском звучат только на кольцевых станциях и в поездах, идущих в аэропорт.
A Пример нового объявления:
A «Станция Невский проспект. Nevsky Prospekt station.»
A Новые таблички с названиями станций также будут продублированы на английском.
A Стоимость проекта составит 80 миллионов рублей.
R Поделиться
R Новости по теме
R Метро Петербурга закроет две станции на ремонт
R О проекте
R Реклама на сайте
R Пользовательское соглашение
R © 2024 Все права защищены. При копировании ссылка обязательна.
""",
    # ===== ROUND 2 (after the changes, aimed at their edges) ===========================================================
    # ===== a Danish news site, full page: an article on Greenlandic whose subheading is the language's own name and
    # whose rows name languages, the "Dansk | English" switcher and a machine-translation notice at the tail
    "da_groenlandsk_full": """\
R Gå til indhold
R Forside
R Indland
R Udland
R Kultur
R Sporten
T Grønlandsk skal være det eneste officielle sprog i Grønland
R Opdateret 3. oktober 2024 kl. 09.12
A Naalakkersuisut vil gøre grønlandsk til det eneste officielle sprog i Grønland inden 2030.
A I dag er både grønlandsk og dansk officielle sprog i praksis, og mange offentlige dokumenter findes kun på dansk.
A Kalaallisut
A Sproget tales af omkring 57.000 mennesker og har tre hoveddialekter.
A Læs på grønlandsk, lyd det fra flere forældre, da landsstyret præsenterede sin nye plan for folkeskolen.
A Planen omfatter blandt andet:
A flere lærere, der underviser på grønlandsk
A engelsk fra 1. klasse
A dansk som fremmedsprog fra 4. klasse
A Kritikere frygter, at unge får sværere ved at læse videre i Danmark.
R Denne artikel er oversat automatisk fra grønlandsk.
R Dansk | English | Kalaallisut
R Del artiklen
R Kontakt redaktionen
R Cookiepolitik
R © Grønlands Radio
""",
    # ===== a Turkish news site, full page: "TR | EN" at the head, an article whose rows are language names in
    # Turkish, "Bu haberi İngilizce okuyun" and lone "English" at the tail
    "tr_dil_kursu_full": """\
R TR | EN
R Ana Sayfa
R Gündem
R Ekonomi
R Eğitim
R Spor
T Belediyenin ücretsiz dil kurslarına rekor başvuru
R 14.09.2024 - 10:25
A Ankara Büyükşehir Belediyesi'nin ücretsiz yabancı dil kurslarına bu yıl 42 bin kişi başvurdu.
A Kurslar ekim ayında başlayacak ve dokuz ay sürecek.
A En çok talep gören diller:
A İngilizce
A Almanca
A Arapça
A Rusça
A Belediye, talebi karşılamak için 120 yeni eğitmen alacağını açıkladı.
A İngilizce oku, yaz ve konuş derslerinin haftada altı saat olacağı belirtildi.
R Bu haberi İngilizce okuyun
R English
R Paylaş
R İlgili Haberler
R Üniversitelerde yabancı dil hazırlık zorunluluğu kalkıyor
R Künye
R Gizlilik Politikası
R © 2024 Başkent Haber
""",
    # ===== a Polish news site, extract: the notice at the tail, the translator's credit naming the language, an
    # article whose quoted line is a language link's words and whose rows are languages
    "pl_program_extract": """\
T „Czytaj po angielsku”: biblioteki rozdają książki dzieciom z Ukrainy
A Biblioteki publiczne w Lublinie rozpoczęły program „Czytaj po angielsku”, w którym dzieci dostają za darmo książki w trzech językach.
A Czytaj po angielsku
A Tak brzmi hasło kampanii, które od poniedziałku wisi na autobusach miejskich.
A W programie są książki w językach:
A polskim
A ukraińskim
A angielskim
A „Dzieci, które przyjechały z Charkowa, chcą czytać to samo co ich koledzy z klasy” – mówi dyrektorka biblioteki.
A Na program miasto przeznaczyło 400 tys. zł.
R Artykuł został przetłumaczony maszynowo z języka ukraińskiego.
R Tłumaczenie z języka ukraińskiego: Olena Kowalczuk
R English
R Czytaj także
R Lublin: nowa biblioteka na Czubach otwarta
R Komentarze
""",
    # ===== an English travel site, extract: Montreal's bilingualism, a one-line French quote, an "Official
    # languages:" row, the French edition's links at the tail
    "en_montreal_bilingual_extract": """\
T In Montreal, the greeting that started a language row
A "Bonjour-Hi."
A The two-word greeting heard in shops across downtown Montreal has become the subject of a political fight.
A Quebec's government says the English half undermines the status of French, the province's only official language.
A Quick facts
A Official languages: French (Quebec); English and French (Canada)
A Population: 1.8 million (city)
A Speakers of both: 59 per cent
A Shop owners say tourists appreciate it. "They hear both and choose," said a café owner on Rue Sainte-Catherine.
A The province's language office received 1,100 complaints about signs and service last year.
R This article is also available in: Français
R Lire en français
R Français
R Related
R Ten free things to do in Old Montreal
R Sign up for our travel newsletter
""",
    # ===== a Russian portal, full page: the switcher row at the tail, the notice and a link at the tail, an article
    # with a sentence opening on a link's words and a bilingual sign as a row
    "ru_vyveski_full": """\
R Главная
R Новости
R Город
R Транспорт
T В Казани появятся вывески на трёх языках
R 21 августа 2024, 12:40
A Мэрия Казани утвердила новые правила оформления вывесок в историческом центре города.
A Названия улиц и учреждений теперь будут писать на русском, татарском и английском языках.
A Пример новой таблички:
A Кремлёвская урамы / Кремлёвская улица / Kremlyovskaya Street
A Читать на английском смогут теперь и туристы, которые не знают кириллицы, отметили в мэрии.
A Английская версия сайта мэрии заработает в сентябре.
A Замена всех табличек обойдётся городу в 15 миллионов рублей.
R Статья переведена с помощью нейросети.
R Читать на татарском
R Русский · Татарча · English
R Поделиться
R О проекте
R Реклама
R © 2024 Казань Сегодня
""",
    # ===== a Ukrainian news site, extract: the link in the middle, a translator credit, article lines naming
    # languages alone as rows
    "uk_movy_extract": """\
T Скільки мов вивчають українські школярі
R Читати англійською
A Міністерство освіти оприлюднило дані про те, які іноземні мови найчастіше вивчають у школах.
A Перша іноземна мова майже в усіх школах — англійська.
A Друга іноземна мова:
A німецька — 41 %
A польська — 23 %
A французька — 18 %
A Польська за два роки обігнала французьку, зазначили в міністерстві.
A «English — це вже не іноземна, а друга мова для молоді», — каже вчителька з Вінниці.
R Переклад з англійської: Ірина Бондар
R Поділитися
R Читайте також
R ЗНО з англійської: що змінилося
""",
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a literary magazine's contributor notes under the story, each a sentence of prose about the author and the
    # translator ("Antonia Lloyd-Jones has translated more than forty books from Polish."): no shape tells them from
    # the story's own last sentences, and a table of "has translated" would take a review's sentence
    "en_translated_fiction_extract": 2,
}

KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: three article sentences per language, the residue line put before or after them
TEXT = article_sentences(
    CASES,
    [
        "en_eu_press_release_full", "fr_traduit_extract", "pl_tlumaczenie_extract", "sv_maskinoversatt_full",
        "da_oversat_extract", "cs_preklad_full", "tr_ceviri_extract", "ro_traducere_full", "ru_perevod_extract",
        "uk_pereklad_full", "el_metafrasi_extract",
    ],
)

_SY, _CH = "copyright", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    # a machine-translation notice (credits.syndication)
    ("pl", "Tekst przetłumaczony automatycznie z języka angielskiego.", _SY),
    ("pl", "Ten artykuł został przetłumaczony maszynowo.", _SY),
    ("sv", "Denna artikel har maskinöversatts från engelska.", _SY),
    ("sv", "Texten är översatt med hjälp av AI.", _SY),
    ("da", "Denne artikel er maskinoversat fra engelsk.", _SY),
    ("da", "Teksten er oversat med hjælp fra AI.", _SY),
    ("cs", "Tento článek byl strojově přeložen do angličtiny.", _SY),
    ("cs", "Strojově přeloženo z angličtiny.", _SY),
    ("tr", "Bu haber yapay zekâ ile İngilizceye çevrilmiştir.", _SY),
    ("tr", "Bu makale otomatik olarak çevrilmiştir.", _SY),
    ("ro", "Acest articol a fost tradus automat din limba engleză.", _SY),
    ("ru", "Статья переведена с английского автоматически.", _SY),
    ("ru", "Материал переведён с помощью нейросети.", _SY),
    ("uk", "Статтю перекладено автоматично з англійської.", _SY),
    ("uk", "Матеріал перекладено за допомогою ШІ.", _SY),
    ("el", "Το άρθρο μεταφράστηκε αυτόματα από τα αγγλικά.", _SY),
    ("fr", "Cet article est une traduction de The Guardian.", _SY),
    ("fr", "Ce texte est une traduction d'un article paru dans Der Spiegel.", _SY),
    # a translator's credit naming the language (credits.syndication)
    ("pl", "Tłumaczenie z języka angielskiego: Anna Kowalska", _SY),
    ("ru", "Перевод с английского: Ирина Смирнова", _SY),
    ("uk", "Переклад англійською: Олена Мельник", _SY),
    # a link to the page in another language (widgets.chrome)
    ("pl", "Czytaj po angielsku", _CH),
    ("pl", "Przeczytaj artykuł w języku ukraińskim", _CH),
    ("sv", "Läs på engelska", _CH),
    ("sv", "Engelsk version", _CH),
    ("da", "Læs artiklen på engelsk", _CH),
    ("cs", "Přečtěte si článek v angličtině", _CH),
    ("cs", "Anglická verze", _CH),
    ("tr", "Bu haberi İngilizce okuyun", _CH),
    ("ro", "Citește în engleză", _CH),
    ("ro", "Versiunea în limba maghiară", _CH),
    ("ru", "Читать на английском", _CH),
    ("ru", "Английская версия", _CH),
    ("uk", "Читати англійською", _CH),
    ("uk", "Англійська версія сайту", _CH),
    ("el", "Διαβάστε στα αγγλικά", _CH),
    ("el", "Αγγλική έκδοση", _CH),
    # another language's own name alone, the switch to its edition (widgets.chrome)
    ("tr", "English", _CH),
    ("pl", "English", _CH),
    ("uk", "Русский", _CH),
    # a switcher's row, the note naming the other editions, the codes under their label (family widgets.chrome)
    ("en", "English | Deutsch | Français | Español", _CH),
    ("fr", "Français / English", _CH),
    ("ru", "Русский · English · Deutsch", _CH),
    ("en", "DE | EN | FR | TR", _CH),
    ("uk", "УКР | ENG | РУС", _CH),
    ("el", "ΕΛ | EN", _CH),
    ("en", "This article is also available in: Deutsch | Français | Español", _CH),
    ("en", "Available languages: BG CS DA DE EL EN ES ET FI FR GA HR HU IT LT LV MT NL PL PT RO SK SL SV", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("pl", "Tekst przetłumaczony automatycznie z języka angielskiego zawierał tyle błędów, że sąd odrzucił go jako dowód."),
    ("pl", "Tłumaczenie z języka angielskiego: Tak brzmiało zadanie, które dostali w tym roku maturzyści."),
    ("pl", "Czytaj po angielsku, a szybciej nauczysz się języka – radzi nauczycielka z Gdańska."),
    ("pl", "English Premier League to najbogatsza liga świata, wynika z raportu firmy Deloitte."),
    ("sv", "Denna artikel har maskinöversatts från engelska, och det märks, skriver en läsare till redaktionen."),
    ("sv", "Läs på engelska varje dag, rådde läraren eleverna inför det nationella provet."),
    ("sv", "Engelsk version av läroplanen publiceras i augusti, meddelar Skolverket."),
    ("da", "Artiklen blev maskinoversat fra engelsk, og resultatet var så dårligt, at avisen trak den tilbage."),
    ("da", "Læs på engelsk, hvis du vil forstå de britiske aviser, siger læreren."),
    ("cs", "Tento článek byl strojově přeložen do angličtiny a jeho autor se pak divil, co z textu zbylo."),
    ("cs", "Číst v angličtině se děti učí už od třetí třídy, uvedlo ministerstvo školství."),
    ("cs", "Anglická verze filmu přijde do kin v prosinci, oznámil distributor."),
    ("tr", "Bu haber İngilizceye çevrildi ve yabancı basında geniş yer buldu."),
    ("tr", "İngilizce oku ve yaz derslerinin saatleri artırılıyor, dedi bakan."),
    ("ro", "Articolul a fost tradus automat din limba engleză și conținea mai multe greșeli, au reclamat cititorii."),
    ("ro", "Citește în engleză cel puțin o carte pe lună, le recomandă profesoara elevilor."),
    ("ro", "Versiunea în engleză a documentului a fost publicată abia marți."),
    ("ru", "Статья переведена с английского автоматически, и в ней оказалось много ошибок, признали в редакции."),
    ("ru", "Перевод с английского: так называется новая выставка в Пушкинском музее, открывшаяся в пятницу."),
    ("ru", "Читать на английском дети начинают во втором классе, сообщили в министерстве."),
    ("ru", "Английская версия сайта заработает в сентябре, пообещали в мэрии."),
    ("uk", "Статтю перекладено автоматично з англійської, і вона містила помилки, визнали в редакції."),
    ("uk", "Переклад англійською: таку назву має нова виставка у Львові, що відкрилася в суботу."),
    ("uk", "Читати англійською діти починають у другому класі, повідомили в міністерстві."),
    ("el", "Το άρθρο μεταφράστηκε αυτόματα από τα αγγλικά και γέμισε λάθη, παραδέχθηκε η εφημερίδα."),
    ("el", "Διαβάστε στα αγγλικά τουλάχιστον ένα βιβλίο τον μήνα, συμβουλεύει η καθηγήτρια."),
    ("el", "Αγγλική έκδοση του βιβλίου θα κυκλοφορήσει τον Μάιο, ανακοίνωσε ο εκδότης."),
    ("fr", "Cet article est une traduction de The Guardian, enrichie de témoignages recueillis à Lyon par notre rédaction."),
    ("fr", "Ce texte est une traduction de Proust par un élève de seize ans, qui a remporté le concours régional."),
    ("en", "The museum's audio guide offers English, Deutsch, Français and Español at no extra cost."),
    ("en", "The report is available in: English and French versions from the library, the ministry said."),
    ("en", "Available languages: English, French and German, with Polish to follow next year, the developer said."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize("lang", ["pl", "sv", "da", "cs", "tr", "ro", "ru", "uk", "el", "fr"])
def test_the_gate_admits_the_added_lines(lang: str) -> None:
    assert_gate_admits(lang, [line for g, line, _p in GOES if g == lang])


_PL = [
    "Biblioteki publiczne w Lublinie rozpoczęły program „Czytaj po angielsku”, w którym dzieci dostają książki za darmo.",
    "Czytaj po angielsku",
    "Tak brzmi hasło kampanii, które od poniedziałku wisi na autobusach miejskich w całym Lublinie.",
]
_EN = [
    "The paper's new app opens with a single button, \"Read in English\", which switches every story to a translation.",
    "Read in English",
    "Editors say the button was pressed more than two million times in its first month on the market.",
]


@pytest.mark.parametrize("text", [_PL, _EN])
def test_a_link_line_that_its_paragraph_quotes_stays(text: list[str]) -> None:
    # site-chrome's guard (edge_translate.quoted_by_its_paragraph): the title the article quotes, set apart
    lost_lines, gone = kept(text)
    assert lost_lines == [], gone


@pytest.mark.parametrize("text", [_PL, _EN])
def test_the_link_between_paragraphs_that_do_not_quote_it_goes(text: list[str]) -> None:
    # the same link between two paragraphs with no quotation marks around its words, and after the last paragraph
    plain = [text[0].replace("„", "").replace("”", "").replace('"', ""), text[1], text[2]]
    lost_lines, gone = kept(plain)
    assert lost_lines == [text[1]], gone
    assert ("site-chrome", text[1]) in gone
    lost_lines, gone = kept([text[0], text[2], text[1]])
    assert lost_lines == [text[1]], gone


if __name__ == "__main__":
    report(CASES)
