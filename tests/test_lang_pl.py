"""Polish pages: a probe of scraped texts in the genres and outlet styles Polish sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: before the Polish
vocabulary 84 of 147 residue lines were left, after it 9: see the commit adding ``rules/lang/pl.toml``).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import tagged_probe_tests

CASES = {
    # a national news portal: a menu, dateline and byline, promos inside the text, credits, comments
    "news": """\
R Wiadomości
R Kraj
R Świat
R Biznes
R Sport
R Pogoda
T Sejm przyjął ustawę o obniżce składki zdrowotnej. Teraz zajmie się nią Senat
R 21 marca 2024, 14:05
R Autor: Anna Nowak
A Sejm przyjął w czwartek ustawę obniżającą składkę zdrowotną dla przedsiębiorców. Za głosowało 240 posłów, przeciw było 190, a 12 wstrzymało się od głosu.
A Zgodnie z ustawą od stycznia przyszłego roku przedsiębiorcy rozliczający się według skali podatkowej zapłacą niższą składkę, a jej minimalna wysokość zostanie obniżona o połowę.
R ZOBACZ TEŻ: Rząd przyjął projekt budżetu. Deficyt rekordowo wysoki
A Minister finansów przekonywał w Sejmie, że zmiana kosztować będzie budżet około 4,5 mld zł rocznie.
A – To jest realna ulga dla ponad dwóch milionów firm – powiedział minister podczas debaty.
R Czytaj także: Ile zapłacisz za prąd od lipca? Jest decyzja URE
A Opozycja krytykowała projekt, wskazując, że na zmianach najbardziej skorzystają najlepiej zarabiający przedsiębiorcy.
A Co dalej z ustawą?
A Ustawa trafi teraz do Senatu, który ma 30 dni na zajęcie się nią. Następnie podpisze ją lub zawetuje prezydent.
R Fot. PAP/Leszek Szymański
R Udostępnij
R Facebook
R X
R Komentarze (12)
R Marek_77
R 21.03.2024 15:10
R Wreszcie jakaś dobra wiadomość dla małych firm.
R Odpowiedz
R Zgłoś
R Zaloguj się, aby dodać komentarz
""",
    # a regional paper: labelled dates, a promo box, newsletter box, the most-read list
    "regional": """\
R Strona główna
R Kraków
R Małopolska
R Opublikowano: 21.03.2024 14:05
R Aktualizacja: 21.03.2024 16:30
R Autor: Jan Kowalski
T Remont ulicy Krakowskiej potrwa do jesieni. Są objazdy
A Od poniedziałku kierowcy muszą liczyć się z utrudnieniami na ulicy Krakowskiej. Drogowcy rozpoczęli wymianę nawierzchni i sieci wodociągowej na odcinku od placu Wolnica do mostu Piłsudskiego.
A Jak poinformował Zarząd Dróg Miasta Krakowa, prace potrwają do końca października. Tramwaje linii 8 i 10 pojadą objazdem.
R Polecane
R Pożar hali w Nowej Hucie. Na miejscu kilkanaście zastępów straży
R Tak zmieni się Rynek Podgórski. Zobacz wizualizacje
A Mieszkańcy skarżą się na brak informacji o objazdach. – Nikt nas nie uprzedził, że autobus nie będzie stawał pod domem – mówi pani Halina, która mieszka przy ulicy Józefińskiej.
A Urzędnicy zapowiadają, że oznakowanie zostanie poprawione jeszcze w tym tygodniu.
R Zapisz się do newslettera
R Najważniejsze informacje z Krakowa prosto na Twoją skrzynkę e-mail.
R Twój adres e-mail
R Zapisz się
R Najczęściej czytane
R Nowe przepisy dla kierowców. Mandaty nawet do 5 tys. zł
R Wszelkie prawa zastrzeżone
""",
    # a business site: stock widgets around a report with figures
    "business": """\
R Notowania
R Waluty
R Giełda
T Orlen z rekordowym zyskiem. Kurs akcji w górę
R 21.03.2024 08:45
R Opracowanie: Piotr Zieliński
A Orlen zarobił w ubiegłym roku 20,6 mld zł netto, podała spółka w raporcie rocznym. Wynik okazał się lepszy od oczekiwań analityków.
A Najważniejsze dane finansowe:
A Przychody: 372,8 mld zł
A EBITDA: 47,5 mld zł
A Zysk netto: 20,6 mld zł
A Kurs akcji wzrósł na otwarciu sesji o 3,2 proc.
R Dodaj do obserwowanych
R Kurs
R 65,40 zł
R +3,20%
R Dane opóźnione o 15 minut.
A Zarząd zaproponował wypłatę dywidendy w wysokości 4,15 zł na akcję. Decyzję podejmie walne zgromadzenie w czerwcu.
R Czytaj więcej
R Subskrybuj
R Polub nas na Facebooku
R © 2024 Bankowy Portal Finansowy Sp. z o.o.
""",
    # a blog post with the WordPress comment form under it
    "blog": """\
T Tydzień w Bieszczadach – nasza trasa krok po kroku
R Opublikowano 12 sierpnia 2023 przez Kasia
A W tym roku postanowiliśmy spędzić urlop w Bieszczadach. Przez siedem dni chodziliśmy po połoninach, nocowaliśmy w schroniskach i jedliśmy najlepsze pierogi w życiu.
A Pierwszego dnia weszliśmy na Połoninę Wetlińską. Szlak jest dobrze oznakowany, ale w upale daje w kość.
A Co warto zabrać?
A Przede wszystkim wygodne buty, kurtkę przeciwdeszczową i zapas wody. W schroniskach da się kupić jedzenie, ale ceny są wysokie.
A Jeśli macie pytania, piszcie w komentarzach!
R Udostępnij to:
R Facebook
R Twitter
R Podobne wpisy
R 12 komentarzy
R Tomek
R 13 sierpnia 2023 o 09:12
R Super relacja, też wybieram się w przyszłym roku!
R Odpowiedz
R Kasia
R 13 sierpnia 2023 o 10:01
R Dzięki! Polecam wrzesień, jest mniej ludzi.
R Odpowiedz
R Dodaj komentarz Anuluj pisanie odpowiedzi
R Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *
R Zapisz moje dane, adres e-mail i witrynę w przeglądarce aby wypełnić dane podczas pisania kolejnych komentarzy.
R Opublikuj komentarz
""",
    # a forum thread: the posts are the page's content, the controls around them are not
    "forum": """\
R Forum
R Motoryzacja
T Wymiana rozrządu w Skodzie Octavii 1.6 TDI – ile to kosztuje?
A Cześć, mam Octavię z 2016 roku z przebiegiem 180 tys. km. Mechanik mówi, że trzeba wymienić rozrząd razem z pompą wody. Ile zapłaciliście za taką wymianę?
R Odpowiedz
R Cytuj
A U mnie w zeszłym roku wyszło 1400 zł z pompą, w warsztacie w Poznaniu. Na ASO wołali ponad dwa tysiące.
R Cytuj
R Zgłoś
A Sprawdź jeszcze napinacz i rolki, bo jak padną, to szkoda silnika.
R Zaloguj się, aby odpowiedzieć
R Użytkownicy przeglądający to forum: 3 użytkowników i 12 gości
""",
    # a shop's product page: cart, wish list, shipping banner, ratings
    "shop": """\
R Darmowa dostawa od 199 zł
R Zaloguj się
R Koszyk
T Czajnik elektryczny Stalowy 1,7 l
A Czajnik ze stali nierdzewnej o pojemności 1,7 litra i mocy 2200 W. Zagotuje litr wody w niecałe trzy minuty.
A Dane techniczne:
A Pojemność: 1,7 l
A Moc: 2200 W
A Waga: 1,2 kg
A Czajnik wyłącza się automatycznie po zagotowaniu wody oraz po zdjęciu z podstawy.
R Dodaj do koszyka
R Dodaj do ulubionych
R Opinie (23)
R Napisz opinię
R Zobacz także
R Regulamin sklepu
""",
    # a recipe: the card's buttons and the rating prompt
    "recipe": """\
R Przejdź do przepisu
T Szarlotka babci Zosi
A Ta szarlotka to smak mojego dzieciństwa. Kruche ciasto, dużo jabłek i odrobina cynamonu.
A Składniki:
A 1 kg jabłek
A 300 g mąki pszennej
A 200 g masła
A 3 żółtka
A Sposób przygotowania:
A Mąkę posiekaj z masłem, dodaj żółtka i szybko zagnieć ciasto. Schłodź je w lodówce przez godzinę.
A Jabłka obierz, zetrzyj na tarce i podduś z cynamonem. Piecz w 180 stopniach przez 50 minut.
R Drukuj przepis
R Oceń przepis
R Wypróbowałeś ten przepis? Daj znać w komentarzu!
R Zapisz się do newslettera i otrzymuj nowe przepisy co tydzień.
""",
    # a sports report with a league table
    "sport": """\
R Piłka nożna
R Ekstraklasa
T Jagiellonia wygrywa w Gdańsku i umacnia się na prowadzeniu
R Relacja na żywo: Lechia - Jagiellonia
A Jagiellonia Białystok pokonała na wyjeździe Lechię Gdańsk 2:1 i ma już pięć punktów przewagi nad drugim w tabeli Lechem Poznań.
A Gospodarze objęli prowadzenie w 12. minucie, ale jeszcze przed przerwą wyrównał Jesus Imaz. Zwycięskiego gola zdobył w 78. minucie Afimico Pululu.
A Czołówka tabeli:
A 1. Jagiellonia Białystok 27 52
A 2. Lech Poznań 27 47
A 3. Śląsk Wrocław 27 46
A – Drużyna zagrała dojrzale – powiedział po meczu trener Adrian Siemieniec.
R Fot. Newspix.pl
R WIDEO: Zobacz skrót meczu
R Zobacz także
R Komentarze
""",
    # a company's press release with its media contact
    "press": """\
R Informacja prasowa
T Nowa fabryka w Wałbrzychu. Firma zatrudni 300 osób
A Wałbrzych, 21 marca 2024 r. – Spółka Termotech ogłosiła budowę nowego zakładu produkcji pomp ciepła w Wałbrzyskiej Specjalnej Strefie Ekonomicznej. Wartość inwestycji wynosi 250 mln zł.
A Produkcja ruszy w drugiej połowie 2025 roku. Zakład będzie wytwarzał rocznie do 50 tysięcy urządzeń.
A „To dla nas strategiczna decyzja” – powiedział prezes spółki Tomasz Wrona.
A O firmie
A Termotech jest polskim producentem urządzeń grzewczych, obecnym na rynku od 1992 roku.
R Kontakt dla mediów:
R Biuro prasowe
R Pobierz informację prasową (PDF, 245 KB)
R Udostępnij
""",
    # a municipal notice (a gmina's public information bulletin)
    "gmina": """\
R Urząd Gminy Zielonki
R Aktualności
T Ogłoszenie o przetargu na sprzedaż działki w Bibicach
A Wójt Gminy Zielonki ogłasza pierwszy przetarg ustny nieograniczony na sprzedaż nieruchomości gruntowej położonej w miejscowości Bibice.
A Cena wywoławcza: 450 000 zł
A Wadium: 45 000 zł
A Przetarg odbędzie się 15 kwietnia 2024 r. o godzinie 10:00 w sali konferencyjnej Urzędu Gminy.
A Szczegółowe informacje można uzyskać pod numerem telefonu 12 285 08 50.
R Data publikacji: 21.03.2024
R Wytworzył: Referat Nieruchomości
R Opublikował: Anna Wiśniewska
R Liczba odwiedzin: 234
R Drukuj
R Powrót
R Deklaracja dostępności
""",
    # a naive full page: header, cookie bar, menus, an article, app badges, footer
    "naive1": """\
R Przejdź do treści
R Szanujemy Twoją prywatność
R Ta strona korzysta z plików cookies w celu świadczenia usług na najwyższym poziomie. Dalsze korzystanie ze strony oznacza, że zgadzasz się na ich użycie.
R Akceptuję
R Ustawienia
R Zaloguj się
R Zarejestruj się
R Szukaj
R Menu
T Wiosenne porządki w parkach. Miasto posadzi 500 drzew
A Do końca kwietnia w miejskich parkach pojawi się 500 nowych drzew, głównie lip, klonów i dębów. Nasadzenia sfinansuje miasto z budżetu obywatelskiego.
A Najwięcej drzew trafi do parku Śląskiego i na skwer przy ulicy Słowackiego. Mieszkańcy mogą też zgłaszać kolejne miejsca do obsadzenia.
A Zgłoszenia przyjmuje wydział zieleni do 10 kwietnia.
R Czytaj więcej
R Pobierz aplikację
R Pobierz z App Store
R Pobierz z Google Play
R O nas
R Regulamin
R Polityka prywatności
R Kontakt
R Reklama
R Copyright © 2024 Gazeta Miejska. Wszelkie prawa zastrzeżone.
""",
    # another naive page: RODO notice, paywall, social row, teaser list and footer
    "naive2": """\
R Zanim klikniesz „Przejdź do serwisu”
R Administratorem Twoich danych osobowych jest Media Polska Sp. z o.o. z siedzibą w Warszawie. Twoje dane przetwarzamy w celach marketingowych na podstawie zgody.
R Przejdź do serwisu
R Ustawienia zaawansowane
R Kraj | Świat | Gospodarka | Kultura | Opinie
T Lekarze ostrzegają przed falą grypy. Szczyt zachorowań w lutym
R Aktualizacja: 21 marca 2024, 14:05
A W ostatnim tygodniu na grypę i infekcje grypopodobne zachorowało ponad 300 tysięcy osób, wynika z danych Narodowego Instytutu Zdrowia Publicznego.
A Eksperci zalecają szczepienia, zwłaszcza osobom starszym i przewlekle chorym. Szczepionka jest bezpłatna dla osób powyżej 65. roku życia.
R Ten artykuł jest dostępny tylko dla subskrybentów.
R Masz już konto? Zaloguj się
R Kup subskrypcję
R Obserwuj nas
R Facebook
R Instagram
R Najnowsze
R Prezydent podpisał ustawę o ochronie ludności
R Zmiany w 800 plus od czerwca
R Wszelkie prawa zastrzeżone © 2024 Media Polska
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "business": 2,  # the quote widget's price and change ("65,40 zł", "+3,20%")
    "forum": 2,  # the forum's breadcrumb words at the head
    "gmina": 2,  # the office's name and a section word at the head
    "press": 1,  # "Informacja prasowa": the genre's label
    "sport": 2,  # the section words at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)
