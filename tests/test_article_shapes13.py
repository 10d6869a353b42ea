"""Over-stripping red team: ARTICLE SHAPES that look like residue, in English, German, French, Spanish,
Russian and Polish.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line that may
go either way). Article lines must survive (a hard assertion); the residue left on each page is recorded
in ``RESIDUE_LEFT`` and may only shrink.

Half the pages are what a NAIVE scraper keeps (menus, share rows, cookie lines, comments), half what an
EXTRACTOR lets through. The article bodies are shapes rules could take for residue: interviews in Q&A
form with one-word answers ("No.", "Absolutely."), FAQ explainers whose headings are questions, lists of
short unpunctuated items (ingredients, key facts, steps, "What we know so far"), timelines whose lines
open on a time ("14:05 – Police close the bridge"), results tables (scores, votes, prices), poems, lyrics,
one-line quotes and dialogue, code and command lines, a one-line teaser-like standfirst and a short last
paragraph ("More to follow."), and prose that names residue words (subscribers, share, comments, sign up,
cookies, photo, newsletter) in each language.

Measured when the probe was written, before any rule change (33 pages, 361 article and 190 residue lines; the
first 21 pages were measured on their own first, 10 article lines lost): article lines lost 32 (a match's
scorers, the fans' song under the sentence announcing it and the table's heading, taken by edge-furniture after
the last long paragraph; a list's heading over ingredients whose first item is long; a command line; a how-to's
numbered step "1. Konto anlegen" and an unnumbered "Créer un compte" taken as sign-up calls; a key fact
"Monatlich kündbar" taken as a paywall row; one-word answers "Nein.", "Nichts." closing an interview; lists closing or opening the article next to
the footer or the menu; a table's standings, a price list and opening hours), residue lines left 7. After:
article lines lost 7 (``KNOWN_LOST``), residue lines left 7 (``RESIDUE_LEFT``). Session 14 (``test_known14.py``): the
pool's closing list signed off by "Zapraszamy." and the how-to's "Créer un compte" inside its steps stay, the short
Polish match report's credit and teaser go (Polish told by its letters): article lines lost 1, residue lines left 5."""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import report, tagged_probe_tests
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: an interview in Q&A form, with the site's menu, share row, cookie line and comments
    "en_interview": """\
R Skip to main content
R Home
R News
R Culture
R Opinion
R Subscribe
T 'I never wanted to be a chef': Mara Quill on closing her restaurant
A The chef who put Harlow Street on the map talks about burnout, debt and what comes next.
R By Tom Reddick
R Share
R Email
A Q: When did you decide to close?
A A: In March. I sat in the empty dining room after service and knew.
A Q: Was it the money?
A A: Partly. Rent doubled in three years.
A Q: Would you open another restaurant?
A A: No.
A Q: Not even a small one?
A A: Absolutely not.
A Q: Do you still cook at home?
A A: Every day.
A Q: Any regrets?
A A: Only that I didn't share the kitchen with more young cooks.
A Her cookbook, written with the photographer who shot the menus, is out in May.
R Comments (14)
R Sign in to comment
R jimbob77 · 2 hours ago
R Best lamb I ever had. Sad to see it go.
R Reply
R We use cookies to improve your experience. Accept all
""",
    # EXTRACTOR: a live page's timeline, with its "What we know so far" list and a short last paragraph
    "en_timeline": """\
T Bridge closed after lorry crash: what we know so far
A Police have closed the Eastway bridge in both directions after a lorry hit the central barrier.
A What we know so far
A One lorry and two cars involved
A Three people taken to hospital
A Both carriageways closed
A Diversions via Mill Road
A 14:05 – Police close the bridge
A 14:20 – Fire crews arrive from Southgate
A 14:48 – Second ambulance leaves the scene
A 15:30 – Council says the bridge will stay shut overnight
A "We are asking people to stay away from the area," Inspector Rosa Fenn said.
A Bus subscribers to the council's text alerts were told about the diversions within minutes.
A More to follow.
R Related: Eastway bridge repairs delayed again
""",
    # NAIVE: a tech how-to with command lines and code, whose prose names newsletter, cookies, subscribers
    "en_howto": """\
R Devnotes
R Tutorials
R Newsletter
R Log in
T How to rotate your API keys without downtime
A Rotating keys is easier than most teams think.
A Our newsletter service handles about 40,000 subscribers, so we could not afford a minute of errors.
A First, create the new key:
A $ keyctl create --name prod-2025
A Then deploy it alongside the old one:
A export API_KEY_NEXT=sk_live_new
A kubectl rollout restart deployment/api
A Steps
A 1. Create the new key
A 2. Deploy both keys
A 3. Switch the clients
A 4. Revoke the old key
A Session cookies are not affected, because they are signed with a separate secret.
A That's it.
R Share this article
R Twitter
R LinkedIn
R Copy link
R Sign up for our newsletter
R Enter your email
R Subscribe
R © 2025 Devnotes
""",
    # EXTRACTOR: a match report with its league table and scorers, a one-line quote, a poem-like chant
    "en_sports": """\
T Rovers 3-1 Athletic: Kane double seals derby
A Rovers moved top of the table with a derby win at Ferncliffe Park.
A Rovers 3-1 Athletic
A Kane 12, 67
A Obi 54
A Marsh 81
A "Best night of my career."
A Fans sang the old terrace song long after the whistle:
A Blue and white, blue and white
A We'll be there on Saturday night
A Table
A 1. Rovers 24
A 2. City 23
A 3. Athletic 21
A 4. United 19
A Rovers travel to City next Sunday.
R Read more: Athletic sack assistant coach
R Photo: Ferncliffe Sports Agency
""",
    # NAIVE: a German FAQ explainer with question headings and short answers, naming cookies and the newsletter
    "de_faq": """\
R Zum Inhalt springen
R Startseite
R Politik
R Wirtschaft
R Abo
R Wir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie zu.
R Akzeptieren
T Grundsteuer 2025: Die wichtigsten Fragen und Antworten
A Ab Januar gilt die neue Grundsteuer. Was ändert sich für Eigentümer und Mieter?
A Wer muss zahlen?
A Eigentümer. Sie dürfen die Steuer aber auf die Nebenkosten umlegen.
A Steigt die Steuer für alle?
A Nein.
A Muss ich einen Antrag stellen?
A Nein. Der Bescheid kommt automatisch.
A Kann ich Einspruch einlegen?
A Ja, innerhalb eines Monats.
A Was kostet das im Schnitt?
A Etwa 400 Euro im Jahr
A Viele Leser haben uns ihre Bescheide geschickt; in den Kommentaren unter dem Artikel vom Montag rechnen Abonnenten nach.
A Wir aktualisieren diesen Text laufend.
R Artikel teilen
R Facebook
R WhatsApp
R Kommentare (87)
R Jetzt anmelden und mitdiskutieren
R Newsletter abonnieren
""",
    # EXTRACTOR: German election results, a timeline and a short closing line
    "de_wahl": """\
T Bürgermeisterwahl in Lindenau: Stichwahl nötig
A Keiner der vier Kandidaten hat im ersten Wahlgang die absolute Mehrheit erreicht.
A Das vorläufige Ergebnis
A Petra Hagen (CDU) 38,2 Prozent
A Jonas Albers (SPD) 31,5 Prozent
A Miriam Okafor (Grüne) 19,8 Prozent
A Dieter Lenz (parteilos) 10,5 Prozent
A Wahlbeteiligung: 46,1 Prozent
A Der Wahlabend
A 18:00 Uhr – Die Wahllokale schließen
A 19:10 Uhr – Erste Ergebnisse aus der Briefwahl
A 21:45 Uhr – Das vorläufige Endergebnis steht fest
A „Wir kämpfen weiter“, sagte Hagen.
A Albers gratulierte per Video, das er auf seiner Seite teilte.
A Die Stichwahl ist am 29. September.
R Mehr zum Thema
R Lindenau: Rat streitet über Haushalt
""",
    # NAIVE: a German recipe-like page is in de_4; here a poem and song lyrics in a culture piece
    "de_gedicht": """\
R Kultur
R Bücher
R Musik
R Suche
T Ein Gedicht für den Herbst
A Die Lyrikerin Anna Brandt liest am Freitag im Stadthaus. Wir drucken vorab ein Gedicht.
A Der Nebel steigt
A Die Krähen schweigen
A Am Fluss ein Licht
A Das bleibt, das bricht
A Brandt schreibt seit zwanzig Jahren. Ihr Foto auf dem Buchumschlag zeigt sie am Fluss.
A Kommen Sie?
A Ja. Sicher.
A Der Eintritt ist frei.
R Foto: Stadthaus Lindenau
R Teilen
R Drucken
R Kommentare
R Noch keine Kommentare vorhanden.
""",
    # NAIVE: a French interview with bold-name lines, menu, share row, cookie line and comments
    "fr_entretien": """\
R Aller au contenu principal
R Accueil
R Actualités
R Sport
R S'abonner
R Nous utilisons des cookies pour améliorer votre expérience. Tout accepter
T Claire Morel : « Je ne reviendrai pas en politique »
A L'ancienne maire de Valsac se confie, un an après sa démission.
R Par Luc Ferrand
R Partager
R Facebook
R Twitter
A Le Courrier de Valsac : Regrettez-vous votre départ ?
A Claire Morel : Non.
A Le Courrier de Valsac : Pas même un peu ?
A Claire Morel : Absolument pas.
A Le Courrier de Valsac : Que faites-vous aujourd'hui ?
A Claire Morel : J'enseigne. Et je lis les commentaires de mes anciens électeurs, parfois.
A Le Courrier de Valsac : Un conseil à votre successeur ?
A Claire Morel : Écouter.
A Son livre paraît le 3 octobre. Les abonnés pourront en lire un extrait dans notre newsletter.
R Commentaires
R Connectez-vous pour commenter
R Pierre_V il y a 3 heures
R Elle a bien fait.
R Répondre
""",
    # EXTRACTOR: a French timeline, a price list and a short last line
    "fr_chronologie": """\
T Incendie de l'entrepôt de Saint-Aubin : le fil des événements
A Un incendie a détruit un entrepôt de la zone industrielle dans la nuit de mardi à mercredi.
A 22 h 40 – Les premiers appels arrivent aux pompiers
A 23 h 15 – Quarante pompiers sont sur place
A 1 h 30 – Le feu est circonscrit
A 6 h 00 – La préfecture lève le confinement
A Ce que l'on sait
A Aucun blessé
A 3 000 m² détruits
A Une enquête ouverte
A Les prix du fioul dans le département cette semaine :
A Fioul domestique : 1,12 € le litre
A Gazole : 1,68 € le litre
A Sans plomb 95 : 1,79 € le litre
A Partagez-vous les inquiétudes des riverains ? Le maire les recevra jeudi.
A L'enquête se poursuit.
R À lire aussi : Saint-Aubin, la zone industrielle s'agrandit
""",
    # NAIVE: a Spanish recipe with ingredients and steps, naming the newsletter and photo in prose
    "es_receta": """\
R Ir al contenido
R Inicio
R Recetas
R Suscríbete
R Utilizamos cookies propias y de terceros. Aceptar
T Gazpacho andaluz de la abuela
A Una receta de verano que nuestros suscriptores nos piden cada año.
A Ingredientes
A 1 kg de tomates maduros
A 1 pimiento verde
A 1 pepino
A 1 diente de ajo
A 50 ml de aceite de oliva
A Sal y vinagre
A Preparación
A 1. Trocea las verduras
A 2. Tritura todo con el aceite
A 3. Cuela y enfría dos horas
A Sírvelo muy frío. Si lo preparas, mándanos una foto y la publicaremos en el boletín.
A ¡Buen provecho!
R Compartir
R Facebook
R Pinterest
R Comentarios (23)
R Deja un comentario
R Tu dirección de correo electrónico no será publicada.
""",
    # EXTRACTOR: a Spanish match report with its table, dialogue lines and a short last paragraph
    "es_liga": """\
T El Atlético Ribera gana el derbi y es líder
A El Ribera venció 2-0 al Deportivo Sauce en un estadio lleno.
A Ribera 2-0 Sauce
A Goles: Vidal (23'), Morán (78')
A Clasificación
A 1. Atlético Ribera 30
A 2. Real Costa 28
A 3. Deportivo Sauce 25
A Al final, en el túnel, el entrenador y el capitán hablaron un momento:
A —¿Contento?
A —Mucho.
A —¿Y el domingo?
A —Ya veremos.
A El club pidió a los aficionados que no compartan vídeos del túnel en las redes.
A El domingo visita al Real Costa.
R Te puede interesar: El Sauce destituye a su entrenador
R Foto: Agencia Ribera
""",
    # EXTRACTOR: a Russian interview with dash answers and a one-line answer
    "ru_interview": """\
T Инна Ветрова: «Я никогда не уйду со сцены»
A Актриса Театра на Садовой рассказала о новом спектакле и о зрителях.
A — Вы волнуетесь перед премьерой?
A — Нет.
A — Совсем?
A — Совсем.
A — Читаете ли вы отзывы и комментарии в сетях?
A — Иногда. Подписчики пишут мне каждый день.
A — Вы вернётесь в кино?
A — Безусловно.
A Премьера состоится 14 ноября.
R Читайте также: В Театре на Садовой сменился худрук
""",
    # NAIVE: a Russian timeline and a "what we know" list, with menus, share row, cookie line, comments
    "ru_hronika": """\
R Перейти к содержанию
R Главная
R Новости
R Происшествия
R Подписаться
R Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
T Пожар на складе в Заречье: хроника
A В Заречье горел склад стройматериалов, пострадавших нет.
A 14:05 — Поступил вызов
A 14:20 — На место прибыли пять расчётов
A 15:40 — Пожар локализован
A 17:10 — Открытое горение ликвидировано
A Что известно
A Площадь пожара 800 кв. м
A Пострадавших нет
A Причина устанавливается
A Фото с места пожара жители присылают в редакцию; делиться ими в соцсетях полиция не запрещает.
A Подробности позже.
R Поделиться
R ВКонтакте
R Телеграм
R Комментарии (12)
R Войдите, чтобы оставить комментарий
""",
    # NAIVE: a Polish election results page with a poem quoted in a tribute
    "pl_wybory": """\
R Przejdź do treści
R Strona główna
R Wiadomości
R Region
R Zaloguj się
R Ta strona używa plików cookies. Akceptuję
T Wybory w Brzozowie: Nowak wygrywa w pierwszej turze
A Anna Nowak została burmistrzem Brzozowa już w pierwszej turze.
A Wyniki
A Anna Nowak 52,4 proc.
A Marek Lis 30,1 proc.
A Ewa Kruk 17,5 proc.
A Frekwencja: 48,9 proc.
A Nowak na wieczorze wyborczym przeczytała wiersz swojego ojca:
A Nad rzeką mgła
A Nad mgłą ptak
A Kto wraca do domu
A Ten wie jak
A Czy będzie druga tura?
A Nie.
A Zaprzysiężenie odbędzie się w przyszłym tygodniu.
R Udostępnij
R Facebook
R Komentarze (31)
R Dodaj komentarz
R Zapisz się do newslettera
""",
    # EXTRACTOR: a Polish FAQ explainer naming newsletter, comments and subscribers in prose, with a code line
    "pl_faq": """\
T Nowy system e-Recept: pytania i odpowiedzi
A Od poniedziałku apteki korzystają z nowej wersji systemu. Wyjaśniamy, co się zmienia.
A Czy muszę coś zrobić?
A Nie.
A Czy stare recepty są ważne?
A Tak.
A Jak sprawdzić status recepty?
A Wystarczy wysłać SMS o treści:
A STATUS 1234
A Co jeśli kod nie działa?
A Zadzwoń do przychodni.
A Czytelnicy pytali w komentarzach o aplikację; subskrybenci naszego newslettera dostali instrukcję w czwartek.
A Więcej wkrótce.
R Czytaj także: Apteki w regionie wydłużają godziny otwarcia
""",
    # EXTRACTOR: an obituary of a songwriter that ends on lyrics, a quote and a list of dates
    "en_lyrics": """\
T Del Harper, songwriter of the valley, dies at 81
A Del Harper wrote songs about the mill towns for six decades.
A Born 1944, Cray Valley
A First record 1968
A Last concert 2019
A He never took a publishing deal. "Why would I share?" he told us in 1990.
A Asked once if he would retire, he said:
A "Never."
A His best-known song ends:
A Sing it low and sing it slow
A The river knows where the millers go
A Sign up the kids and teach them the tune
A We'll all be home by the end of June
R Photo: Harper family
R Most read
R Council tax rise confirmed
""",
    # EXTRACTOR: German key facts at the head and the steps at the tail, a code line between
    "de_anleitung": """\
T So beantragen Sie das Deutschlandticket für Schüler
A Das Wichtigste in Kürze
A 29 Euro im Monat
A Gilt bundesweit
A Monatlich kündbar
A Seit Januar können Schüler in Lindenau das vergünstigte Ticket online bestellen. Die Schule muss den Antrag bestätigen.
A Wer die App nutzt, findet den Antrag unter Profil und Tickets. Technisch versierte Eltern können den Status auch abfragen:
A curl https://api.lindenau-verkehr.de/v1/status?antrag=4711
A Schritt für Schritt
A 1. Konto anlegen
A 2. Schulbescheinigung hochladen
A 3. Foto hinzufügen
A 4. Zahlungsart wählen
R Mehr zum Thema
R Busfahrer streiken am Montag
""",
    # NAIVE: a French explainer whose last lines are a question heading and one-word answer
    "fr_faq": """\
R Accueil
R Société
R Économie
R Se connecter
R Ce site utilise des cookies. En savoir plus
T Réforme des retraites : ce qui change au 1er janvier
A L'âge de départ recule de trois mois. Voici les réponses à vos questions.
A Qui est concerné ?
A Les personnes nées après 1965.
A Les carrières longues sont-elles protégées ?
A Oui.
A Faut-il faire une démarche ?
A Aucune.
A Le simulateur est-il à jour ?
A Pas encore.
A Nos abonnés peuvent nous envoyer leurs questions ; nous répondrons dans la prochaine newsletter.
R Partager sur Facebook
R Partager sur X
R Envoyer par e-mail
R Réagissez
R 12 commentaires
""",
    # NAIVE: a Russian tech note with commands and short steps at its tail
    "ru_code": """\
R Главная
R Статьи
R Войти
R Регистрация
T Как обновить сертификат на сервере за пять минут
A Срок действия бесплатного сертификата — 90 дней. Обновление легко автоматизировать.
A Установите клиент:
A sudo apt install certbot
A Получите сертификат:
A sudo certbot --nginx -d example.org
A Проверьте автоматическое обновление:
A sudo certbot renew --dry-run
A Итого
A Установить клиент
A Получить сертификат
A Проверить обновление
R Поделиться
R Комментарии (4)
R Войдите, чтобы оставить комментарий
R © 2025 Девзаметки
""",
    # EXTRACTOR: a Spanish explainer that opens on a teaser-like standfirst and ends on a short line
    "es_explica": """\
T Qué se sabe del apagón del martes
A Lo que sabemos y lo que no.
A El corte de luz afectó a 200.000 hogares de la provincia durante cuatro horas.
A Lo que sabemos
A Empezó a las 13:12
A Afectó a cinco municipios
A No hubo heridos
A 13:12 – Se va la luz en el centro
A 15:30 – Vuelve a la zona norte
A 17:05 – Servicio restablecido
A La compañía pidió a sus abonados que no compartan bulos y que consulten su boletín oficial.
A ¿Se repetirá? Nadie lo sabe.
A Seguiremos informando.
R Noticias relacionadas
R La factura de la luz sube un 4 %
""",
    # EXTRACTOR: a Polish match report: a table and short quotes at the tail
    "pl_mecz": """\
T Orzeł Brzozów wygrywa derby 2:1
A Orzeł pokonał Wisłokę po golu w doliczonym czasie gry.
A Orzeł Brzozów – Wisłoka Dębina 2:1
A Bramki: Kowal 34, Zięba 90+2 – Marek 60
A Tabela
A 1. Orzeł 31
A 2. Stal 29
A 3. Wisłoka 27
A Trener po meczu był krótki:
A – Zasłużyliśmy.
A – Na mistrzostwo?
A – Zobaczymy.
R Zdjęcie: Orzeł Brzozów
R Zobacz też: Stal Dębina zmienia trenera
""",
    # NAIVE: a short explainer that ends on its list, the site's footer right under it
    "en_list_tail": """\
R Skip to content
R Home
R Local
R Business
T What the new parking rules mean for you
A From Monday, drivers in the town centre will pay for parking until 8pm instead of 6pm, the council confirmed on Friday after a month of consultation.
A Residents with permits are not affected, and the first thirty minutes stay free in every council car park.
A What changes
A Charges run until 8pm
A Sunday parking stays free
A Blue badge holders pay nothing
R About us
R Contact
R Privacy policy
R Terms of use
R © 2025 Eastway Gazette
""",
    # NAIVE: a French explainer that ends on what to remember, the footer right under it
    "fr_retenir": """\
R Accueil
R Politique
R Économie
R Se connecter
T Chèque énergie : qui peut en bénéficier cette année ?
A Le chèque énergie sera envoyé à partir du 2 avril à près de six millions de foyers modestes, a annoncé le ministère mardi.
A Il permet de régler une partie des factures d'électricité, de gaz ou de fioul, et il n'y a aucune démarche à faire pour le recevoir.
A Ce qu'il faut retenir
A Envoi à partir du 2 avril
A Aucune démarche à faire
A Valable jusqu'au 31 mars prochain
R Mentions légales
R Contact
R Politique de confidentialité
R Gérer les cookies
R © 2025 Le Courrier de Valsac
""",
    # EXTRACTOR: a Russian report ending on what is known, a teaser under it
    "ru_izvestno": """\
T В Заречье закрыли мост через Сож
A Мост через Сож в Заречье закрыт для всех машин с понедельника, сообщили в городской администрации во вторник утром.
A Ремонт продлится до конца октября, а автобусы пойдут в объезд через старую плотину и улицу Ленина.
A Что известно
A Мост закрыт до конца октября
A Автобусы идут в объезд
A Пешеходы могут пройти по тротуару
R Читайте также: В Заречье подорожал проезд
""",
    # NAIVE: Polish steps with a sign-up-like step and a command, the site's menu and share row around them
    "pl_kroki": """\
R Przejdź do treści
R Poradniki
R Zaloguj się
T Jak złożyć wniosek o dowód osobisty przez internet
A Wniosek o nowy dowód osobisty można złożyć bez wychodzenia z domu, jeśli ma się profil zaufany lub e-dowód.
A Krok po kroku
A 1. Załóż konto
A 2. Zaloguj się profilem zaufanym
A 3. Dodaj zdjęcie
A 4. Wyślij wniosek
A Programiści mogą sprawdzić status wniosku z wiersza poleceń:
A curl https://api.urzad-brzozow.pl/v1/wnioski/12345
A Dowód będzie gotowy po około 30 dniach.
R Udostępnij
R Facebook
R Komentarze (0)
R Dodaj komentarz
""",
    # EXTRACTOR: a Spanish tribute ending on a poem under a sentence, the credit under it
    "es_poema": """\
T Muere a los 90 años Lucía Ortega, la poeta del río
A La poeta Lucía Ortega murió el domingo en su casa de Almenara, donde vivió más de sesenta años junto al río que le dio nombre a su obra.
A Publicó once libros y nunca quiso dar entrevistas. Sus lectores la siguen compartiendo en las redes cada primavera.
A Su poema más conocido, que aprenden los niños de la comarca, termina así:
A El río no pregunta
A el río sólo va
A y quien lo mira pasa
A y quien lo canta está
A El funeral será el martes en Almenara.
R Foto: Archivo familiar
R Temas: Poesía, Almenara
""",
    # NAIVE: a German interview whose last exchange is a one-word answer, the share row and comments under it
    "de_interview": """\
R Zum Inhalt springen
R Sport
R Fußball
R Abo
T Trainerin Jana Roth: „Ich höre nach dieser Saison auf“
A Nach zwölf Jahren verlässt Jana Roth den FC Lindenau. Ein Gespräch über Abschied, Druck und ihre Spielerinnen.
A Frau Roth, warum hören Sie jetzt auf?
A Weil es der richtige Moment ist. Die Mannschaft ist bereit für jemand Neuen.
A Werden Sie dem Verein fehlen?
A Das müssen andere sagen.
A Bereuen Sie etwas?
A Nein.
A Wirklich nichts?
A Nichts.
R Artikel teilen
R Kommentare (5)
R Jetzt anmelden und mitdiskutieren
""",
    # EXTRACTOR: an English FAQ whose last answer is one word, a teaser under it
    "en_faq": """\
T Water meters: your questions answered
A From next year every home in the district will have a water meter. Here is what it means for your bill.
A Will I have to pay for the meter?
A No.
A Who fits it?
A The water company, free of charge.
A Can I refuse?
A Only if your home cannot take one.
A Will my bill go up?
A It depends on how much water you use.
A Will it happen again next year?
A Yes.
R Related: Drought order lifted after wet spring
""",
    # NAIVE: a German report opening on its key points between the headline and the text
    "de_kurz": """\
R Zum Inhalt springen
R Startseite
R Lokales
R Sport
R Kultur
R Abo
T Brücke über die Lindach nach Unfall gesperrt
A Das Wichtigste in Kürze
A Ein Lkw und zwei Autos beteiligt
A Drei Menschen im Krankenhaus
A Beide Fahrbahnen bis Dienstag gesperrt
R Von Lena Hartmann
A Nach einem Unfall mit einem Lastwagen ist die Lindachbrücke seit Montagnachmittag in beide Richtungen gesperrt, wie die Polizei mitteilte.
A Der Fahrer war nach ersten Erkenntnissen gegen die Mittelleitplanke geprallt. Die Ursache ist noch unklar.
A Die Stadt richtet eine Umleitung über die Mühlstraße ein.
R Artikel teilen
R Kommentare (3)
""",
    # NAIVE: a Russian report opening on its key points, the menu over the headline
    "ru_glavnoe": """\
R Главная
R Новости
R Спорт
R Культура
R Войти
T В Заречье закрыли мост через Сож
A Главное
A Мост закрыт до конца октября
A Автобусы идут в объезд
A Пешеходы могут пройти по тротуару
A Мост через Сож в Заречье закрыт для всех машин с понедельника, сообщили в городской администрации во вторник.
A Ремонт продлится до конца октября. Подробности позже.
R Поделиться
R ВКонтакте
""",
    # EXTRACTOR: a Russian match report with its standings (no numbers before the teams) and a one-line quote last
    "ru_tablitsa": """\
T «Сокол» обыграл «Волгу» и вышел на первое место
A «Сокол» победил «Волгу» со счётом 2:0 в субботнем матче и впервые за сезон возглавил турнирную таблицу.
A Сокол – Волга 2:0
A Голы: Петров, 23; Ильин, 78
A Положение команд
A Сокол 31
A Торпедо 30
A Волга 28
A Звезда 25
A Тренер «Сокола» после игры сказал коротко:
A «Мы только начали».
R Фото: пресс-служба ФК «Сокол»
R Читайте также: «Волга» сменит тренера
""",
    # EXTRACTOR: a Polish price list and opening hours of a reopened pool, a short last line
    "pl_cennik": """\
T Basen w Brzozowie znów otwarty. Oto nowe ceny biletów
A Po dwóch latach remontu basen miejski przy ulicy Sportowej w Brzozowie znów przyjmuje pływaków, a ceny biletów nieco wzrosły.
A Cennik
A Bilet normalny 22 zł
A Bilet ulgowy 15 zł
A Karnet miesięczny 150 zł
A Godziny otwarcia
A Poniedziałek–piątek 6:00–22:00
A Sobota i niedziela 8:00–20:00
A Co nowego
A Zjeżdżalnia dla dzieci
A Sauna fińska
A Nowe szatnie
A Zapraszamy.
R Zobacz też: Brzozów buduje nowe boisko
""",
    # EXTRACTOR: a French how-to with its unnumbered steps between two paragraphs, the first step a call's words
    "fr_demarche": """\
T Carte grise : comment faire la démarche en ligne
A Depuis 2017, la demande de certificat d'immatriculation se fait uniquement sur internet, sur le site de l'agence nationale des titres sécurisés.
A Les étapes
A Créer un compte
A Remplir le formulaire en ligne
A Joindre les justificatifs demandés
A Payer la taxe régionale
A Suivre l'avancement du dossier
A Imprimer le certificat provisoire
A Le certificat provisoire permet de circuler pendant un mois, en attendant de recevoir la carte définitive par courrier à votre domicile.
A Comptez une semaine en moyenne.
R Lire aussi : Permis de conduire, ce qui change en juillet
""",
}


#: The residue a page is known to leave (a ratchet: it may only shrink).
RESIDUE_LEFT: dict[str, int] = {
    # the section menu's "Wiadomości", "Region" under the home link (two words of the page's language, no
    # table names them; a subheading of the article's looks the same)
    "pl_wybory": 2,
    # the menu's "Главная", "Статьи" over the sign-in links (no table names them)
    "ru_code": 2,
    # the menu's "Poradniki" between the skip link and the sign-in link (a word, no table names it)
    "pl_kroki": 1,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {
    # a key fact that is word for word a subscription offer's row ("29 Euro im Monat", "Monatlich kündbar":
    # what a paywall's box prints): the paywall table takes the whole line; only the article's subject (a
    # ticket, not the outlet's own subscription) tells them apart
    "de_anleitung": ["Monatlich kündbar"],
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the article's shapes stay, the residue around them still goes -----

_FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use"]


def _kept(lines: list[str]) -> list[str]:
    return cleaner.clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "command",
    [
        "curl https://api.lindenau-verkehr.de/v1/status?antrag=4711",
        "sudo certbot --nginx -d example.org",
        "kubectl rollout restart deployment/api",
        "export API_KEY_NEXT=sk_live_new",
    ],
)
def test_a_command_line_stays_after_the_last_paragraph(command: str) -> None:
    # (edge-furniture: a how-to's code line under its last paragraph is no footer link)
    a1, a2, a3 = ARTICLES["en"]
    for page in ([a1, a2, a3, command, *_FOOTER], [a1, a2, a3, "Then run:", command, "Share", "Facebook", "Twitter"]):
        assert command in _kept(page)


def test_a_lowercase_menu_and_a_source_link_still_go() -> None:
    a1, a2, a3 = ARTICLES["en"]
    kept = _kept([a1, a2, a3, "home", "news", "sport", "contact us", "from https://example.org/news/2019-11-story.html"])
    assert kept == [a1, a2, a3]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_ingredient_list_whose_first_item_is_long_keeps_its_heading(lang: str) -> None:
    # (edge-furniture, before the first long paragraph: "Ingredientes" over "1 kg de tomates maduros", shorter items
    # under it)
    heading, items = {
        "es": ("Ingredientes", ["1 kg de tomates maduros", "1 pimiento verde", "1 pepino", "1 diente de ajo", "Sal y vinagre"]),
        "en": ("Ingredients", ["2 kg of ripe plum tomatoes", "1 green pepper", "1 cucumber", "2 garlic cloves", "Salt"]),
    }[lang]
    a1, a2, a3 = ARTICLES[lang]
    standfirst = {"es": "Una receta de verano que nuestros lectores nos piden cada año.", "en": "A summer recipe our readers ask for every single year."}[lang]
    kept = _kept(["Recetas" if lang == "es" else "Recipes", standfirst, heading, *items, a1, a2, a3])
    assert kept[-len(items) - 4 :] == [heading, *items, a1, a2, a3]


def test_scorers_under_a_result_stay_and_a_stations_menu_goes() -> None:
    # (edge-furniture: a name and its minutes, rows of the same shape under the result, are the match's data)
    a1, a2, a3 = ARTICLES["en"]
    scorers = ["Rovers 3-1 Athletic", "Kane 12, 67", "Obi 54", "Marsh 81"]
    assert _kept([a1, a2, a3, *scorers, *_FOOTER]) == [a1, a2, a3, *scorers]
    # the same rows under no result: a radio's stations in the footer
    stations = ["Radio", "SN 590", "SN 650", "SN 960"]
    assert _kept([a1, a2, a3, *stations, *_FOOTER]) == [a1, a2, a3]


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        ("Cennik", ["Bilet normalny 22 zł", "Bilet ulgowy 15 zł", "Karnet miesięczny 150 zł"]),
        ("Tarifs", ["Plein tarif 12,50 €", "Tarif réduit 8 €", "Enfants 5 €"]),
        ("Положение команд", ["Сокол 31", "Торпедо 30", "Волга 28", "Звезда 25"]),
        ("Godziny otwarcia", ["Poniedziałek–piątek 6:00–22:00", "Sobota 8:00–20:00"]),
    ],
)
def test_rows_of_prices_standings_and_hours_stay_after_the_last_paragraph(heading: str, rows: list[str]) -> None:
    # (edge-furniture: a price list, a table's standings, opening hours under their heading, the footer under them)
    lang = "ru" if heading.startswith("П") else "pl" if heading[0] in "CG" else "fr"
    a1, a2, a3 = ARTICLES[lang]
    assert _kept([a1, a2, a3, heading, *rows, *_FOOTER]) == [a1, a2, a3, heading, *rows]


def test_a_product_menu_and_climbing_figures_still_go() -> None:
    a1, a2, a3 = ARTICLES["en"]
    menu = ["Phones", "Pixel 9", "Galaxy S24", "Moto 5", "Tablets", "Laptops"]
    assert _kept([a1, a2, a3, *menu, *_FOOTER]) == [a1, a2, a3]
    stations = ["Radio", "Kiss 100", "Heart 106", "Capital 112", "Magic 118"]
    assert _kept([a1, a2, a3, *stations, *_FOOTER]) == [a1, a2, a3]


@pytest.mark.parametrize(
    "verse",
    [
        ["Blue and white, blue and white", "We'll be there on Saturday night", "Table", "1. Rovers 24", "2. City 23"],
        ["Sing it low and sing it slow", "The river knows where the millers go", "Sign up the kids and teach them the tune"],
        ["Home is where the heart is", "Contact with the other side", "Share the load"],
    ],
)
def test_what_a_colon_sentence_announces_stays_up_to_the_next_sentence(verse: list[str]) -> None:
    # (edge-furniture: a song's verse or a table under the sentence announcing it, the article going on after)
    a1, a2, a3 = ARTICLES["en"]
    body = [a1, a2, a3, "Fans sang the old terrace song long after the final whistle:", *verse, "Rovers travel to City next Sunday."]
    assert _kept([*body, "Share", "Facebook", "Twitter", *_FOOTER]) == body


def test_a_label_over_links_still_goes() -> None:
    # a label ("Like this:", too short to be a sentence) or no sentence after the lines: the page's
    a1, a2, a3 = ARTICLES["en"]
    kept = _kept([a1, a2, a3, "Like this:", "Home", "News", "Sport", "Weather", "All rights reserved."])
    assert kept == [a1, a2, a3]
    kept = _kept([a1, a2, a3, "Read on for the stories our readers liked most this week:", "Home", "News", "Sport", "Weather"])
    assert kept == [a1, a2, a3, "Read on for the stories our readers liked most this week:"]


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("What we know so far", ["One lorry and two cars involved", "Three people taken to hospital", "Both carriageways closed"]),
        ("Steps", ["Create the new key", "Deploy both keys", "Switch the clients", "Revoke the old key"]),
        ("Das Wichtigste in Kürze", ["Gilt ab dem ersten Januar", "Kinder fahren weiter gratis", "Der Preis steigt auf 29 Euro"]),
    ],
)
def test_a_list_closing_the_article_stays_over_the_footer(heading: str, items: list[str]) -> None:
    # (edge-furniture: a heading and its sentence-case items right under the last paragraph, the footer under them)
    a1, a2, a3 = ARTICLES["en"]
    assert _kept([a1, a2, a3, heading, *items, *_FOOTER]) == [a1, a2, a3, heading, *items]
    assert _kept([a1, a2, a3, heading, *items]) == [a1, a2, a3, heading, *items]


def test_a_title_case_menu_under_the_article_still_goes() -> None:
    # a menu's links are in title case or a word or two: no closing list
    a1, a2, a3 = ARTICLES["en"]
    menu = ["Sections", "World News Today", "Business And Markets", "Arts And Culture", "Sport"]
    assert _kept([a1, a2, a3, *menu, *_FOOTER]) == [a1, a2, a3]


_KEY_POINTS = [
    ("en", "Key points", ["One lorry and two cars involved", "Three people taken to hospital", "Both carriageways closed"]),
    ("en", "Key points:", ["One lorry and two cars involved", "Three people taken to hospital", "Both carriageways closed"]),
    ("de", "Das Wichtigste in Kürze", ["Ein Lkw und zwei Autos beteiligt", "Drei Menschen im Krankenhaus", "Beide Fahrbahnen gesperrt"]),
    ("fr", "Ce qu'il faut retenir", ["Envoi à partir du 2 avril", "Aucune démarche à faire", "Valable un an"]),
    ("es", "Claves", ["Empezó a las 13:12", "Afectó a cinco municipios", "No hubo heridos"]),
    ("ru", "Главное", ["Мост закрыт до конца октября", "Автобусы идут в объезд", "Пешеходы могут пройти"]),
    ("pl", "Najważniejsze", ["Most zamknięty do października", "Autobusy jadą objazdem", "Piesi mogą przejść"]),
]


@pytest.mark.parametrize(("lang", "heading", "items"), _KEY_POINTS)
def test_key_points_between_the_headline_and_the_text_stay_and_the_menu_goes(lang: str, heading: str, items: list[str]) -> None:
    # (edge-furniture, before the first long paragraph: a news page's key points box)
    a1, a2, a3 = ARTICLES[lang]
    menu = ["Home", "News", "Sport", "Politics", "Culture"]
    kept = _kept([*menu, "Bridge closed after lorry crash on the ring road", heading, *items, a1, a2, a3])
    assert kept[-len(items) - 4 :] == [heading, *items, a1, a2, a3]
    assert not set(menu) & set(kept)


def test_a_menu_over_the_headline_still_goes() -> None:
    a1, a2, a3 = ARTICLES["en"]
    kept = _kept(["Home", "News", "Things to do", "Jobs and careers", "Sell your car", "Contact us", a1, a2, a3])
    assert kept == [a1, a2, a3]


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("en", ["Steps", "Create the new key", "Deploy both keys", "Switch the clients", "Revoke the old key", "Check the logs"]),
        ("fr", ["Les étapes", "Remplir le formulaire", "Joindre les justificatifs", "Valider la demande", "Attendre la réponse", "Imprimer le ticket"]),
        ("es", ["Pasos", "Rellenar el formulario", "Adjuntar los documentos", "Enviar la solicitud", "Esperar la respuesta", "Descargar el billete"]),
    ],
)
def test_a_long_list_of_steps_between_two_paragraphs_stays(lang: str, steps: list[str]) -> None:
    # (edge-furniture's long runs between paragraphs: a heading over sentence-case items of three words or more)
    a1, a2, a3 = ARTICLES[lang]
    assert _kept([a1, a2, *steps, a3]) == [a1, a2, *steps, a3]


def test_a_tag_cloud_between_two_paragraphs_still_goes() -> None:
    a1, a2, a3 = ARTICLES["en"]
    tags = ["Topics", "Climate change", "Local elections", "Public transport", "Housing market", "City council", "Harbour plan"]
    kept = _kept([a1, a2, *tags, a3])
    assert not set(tags[1:]) & set(kept)


def test_a_gallerys_captions_ending_alike_still_go() -> None:
    # a gallery's captions in sentence case, each ending in the same credit: no list of the article's
    a1, a2, a3 = ARTICLES["en"]
    names = ["Mara Quill", "Tom Reddick", "Jonas Albers", "Petra Hagen", "Anna Brandt", "Rosa Fenn"]
    captions = [f"{name} Submitted photo" for name in names]
    for page in ([a1, a2, "Story continues below gallery", *captions, a3], [a1, a2, a3, "Gallery", *captions, *_FOOTER]):
        assert not set(captions) & set(_kept(page))


@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_numbered_step_that_reads_as_a_call_stays_among_its_steps(position: str) -> None:
    # (newsletter-prompt: "1. Konto anlegen" is the first of a how-to's steps, not a sign-up box)
    steps = ["1. Konto anlegen", "2. Schulbescheinigung hochladen", "3. Foto hinzufügen", "4. Zahlungsart wählen"]
    a1, a2, a3 = ARTICLES["de"]
    page = [a1, a2, *steps, a3] if position == "middle" else [a1, a2, a3, *steps]
    assert _kept(page) == page


def test_a_numbered_box_of_calls_and_a_lone_call_still_go() -> None:
    a1, a2, a3 = ARTICLES["de"]
    result = cleaner.explain_text("\n".join([a1, a2, a3, "1. Konto anlegen", "2. Newsletter abonnieren", "3. Jetzt registrieren", "Konto anlegen"]))
    assert result.text == "\n".join([a1, a2, a3])
    assert {r.pass_name for r in result.removed} == {"newsletter-prompt"}


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        ("en", "Would you open another restaurant?", "No."),
        ("en", "Not even a small one?", "Absolutely."),
        ("de", "Bereuen Sie etwas?", "Nein."),
        ("fr", "Regrettez-vous votre départ ?", "Non."),
        ("es", "—¿Y el domingo?", "—Nada."),
        ("ru", "— Вы волнуетесь перед премьерой?", "— Нет."),
        ("pl", "Czy będzie druga tura?", "Nie."),
    ],
)
def test_a_one_word_answer_stays_under_its_question_at_the_end(lang: str, question: str, answer: str) -> None:
    # (edge-furniture: an interview's last exchange, the share row and the comments under it)
    a1, a2, a3 = ARTICLES[lang]
    body = [a1, a2, a3, question, answer, "Really nothing at all?", answer]
    assert _kept([*body, "Share", "Facebook", "Comments (5)", "Sign in to comment"]) == body


def test_a_helpfulness_widgets_buttons_still_go() -> None:
    a1, a2, a3 = ARTICLES["en"]
    assert _kept([a1, a2, a3, "Was this article helpful?", "Yes", "No", *_FOOTER]) == [a1, a2, a3]


if __name__ == "__main__":  # the probe's numbers: python tests/test_article_shapes13.py
    report(CASES)
